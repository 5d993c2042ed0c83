"""Connect: the standard AWS chain (profile, region, endpoint) or keys typed for this session.

Typed keys live in this process's memory only (a `Credentials` object whose repr hides them);
they are never written to disk, to the query folder or to a log.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, Static

from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine.s3 import (
    Credentials,
    S3AccessError,
    check_access,
    has_default_credentials,
    list_profiles,
    make_client,
)
from slrk_tui.tui.fmt import literal
from slrk_tui.tui.messages import ConnectFailed, ConnectionReady
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.too_small import TooSmall

DEFAULT_CHAIN = "__default__"


class ConnectScreen(Screen):
    """Fields for where the bucket is and who we are; Connect checks access in a thread."""

    TITLE = "Connect"
    HELP = """
Connect to the bucket that holds the Screenlake uploads.

* **Profile**: a profile from `~/.aws/config` / `~/.aws/credentials`, or the default chain
  (environment variables, `aws sso login`, an instance role).
* **Region** and **Endpoint URL**: leave empty for AWS; set the endpoint for a
  MinIO/rclone/other S3-compatible server.
* **Access key / Secret**: only when no credentials are found. They stay in memory for this
  session and are never saved.

The app only reads from the bucket: it never writes or deletes there.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "connect", "Connect", priority=True, id="connect.go"),
    ]

    def __init__(
        self, config: RunConfig, credentials: Credentials | None = None, *, auto: bool = False
    ) -> None:
        super().__init__()
        self.config = config
        self.credentials = credentials
        self.auto = auto

    def compose(self) -> ComposeResult:
        cfg = self.config
        profiles = list_profiles()
        options = [("default chain (env, SSO, instance role)", DEFAULT_CHAIN)]
        options += [(name, name) for name in profiles]
        profile_value = cfg.s3.profile if cfg.s3.profile in profiles else DEFAULT_CHAIN
        creds = self.credentials
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        with VerticalScroll(id="connect-form"):
            yield Static("Where are the uploads?", classes="section-title")
            with Horizontal(classes="field"):
                yield Label("Bucket")
                yield Input(cfg.bucket, id="bucket", compact=True)
            with Horizontal(classes="field"):
                yield Label("Profile")
                yield Select(options, value=profile_value, allow_blank=False, id="profile", compact=True)
            with Horizontal(classes="field"):
                yield Label("Region")
                yield Input(
                    cfg.s3.region or "",
                    id="region",
                    compact=True,
                    placeholder="from the profile, else us-east-1",
                )
            with Horizontal(classes="field"):
                yield Label("Endpoint URL")
                yield Input(
                    cfg.s3.endpoint_url or "",
                    id="endpoint",
                    compact=True,
                    placeholder="empty for AWS; http://host:port for S3-compatible",
                )
            yield Static("", id="chain-status")
            yield Static(
                "Keys (only if the chain has none; kept in memory, never saved)", classes="section-title"
            )
            with Horizontal(classes="field"):
                yield Label("Access key")
                yield Input(creds.access_key if creds else "", id="access-key", password=True, compact=True)
            with Horizontal(classes="field"):
                yield Label("Secret key")
                yield Input(creds.secret_key if creds else "", id="secret-key", password=True, compact=True)
            with Horizontal(classes="field"):
                yield Label("Session token")
                yield Input(
                    (creds.session_token or "") if creds else "",
                    id="session-token",
                    password=True,
                    compact=True,
                    placeholder="optional",
                )
            with Horizontal(id="connect-buttons"):
                yield Button("Connect", variant="primary", id="connect")
            yield Static("", id="connect-error", markup=False)  # it quotes what was typed
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._show_chain_status()
        self.query_one("#connect-error").display = False
        if self.auto:
            self.call_after_refresh(self.action_connect)
        else:
            self.query_one("#bucket", Input).focus()

    def settings(self) -> tuple[str, S3Settings, Credentials | None]:
        """What the form says: bucket, S3 settings and typed keys (None to use the chain)."""
        bucket = self.query_one("#bucket", Input).value.strip()
        profile = str(self.query_one("#profile", Select).value)
        region = self.query_one("#region", Input).value.strip() or None
        endpoint = self.query_one("#endpoint", Input).value.strip() or None
        access = self.query_one("#access-key", Input).value.strip()
        secret = self.query_one("#secret-key", Input).value.strip()
        token = self.query_one("#session-token", Input).value.strip() or None
        creds = Credentials(access, secret, token) if access and secret else None
        settings = S3Settings(
            endpoint_url=endpoint, profile=None if profile == DEFAULT_CHAIN else profile, region=region
        )
        return bucket, settings, creds

    @on(Select.Changed, "#profile")
    def _profile_changed(self) -> None:
        self._show_chain_status()

    def _show_chain_status(self) -> None:
        _bucket, settings, creds = self.settings()
        status = self.query_one("#chain-status", Static)
        if creds is not None:
            status.update("Using the keys typed below.")
        elif has_default_credentials(settings):
            status.update("Credentials found in the AWS chain: keys below are not needed.")
        else:
            status.update(
                "No credentials found in the AWS chain: choose a profile, run "
                "`aws sso login`, or type keys below."
            )

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_connect()

    @on(Button.Pressed, "#connect")
    def _pressed(self) -> None:
        self.action_connect()

    def action_connect(self) -> None:
        bucket, settings, creds = self.settings()
        error = self.query_one("#connect-error", Static)
        if not bucket or "/" in bucket:
            self._show_error("Type a bucket name (no s3:// and no '/').")
            return
        a = self.query_one("#access-key", Input).value.strip()
        s = self.query_one("#secret-key", Input).value.strip()
        if bool(a) != bool(s):
            self._show_error("Type both the access key and the secret key (or neither).")
            return
        error.display = False
        self.query_one("#connect", Button).disabled = True
        self.query_one("#connect", Button).label = "Connecting…"
        self._check(bucket, settings, creds)

    @work(thread=True, exclusive=True, group="connect", exit_on_error=False)
    def _check(self, bucket: str, settings: S3Settings, creds: Credentials | None) -> None:
        """Runs in a thread: one ListObjectsV2 with MaxKeys=1 proves list access."""
        try:
            client = make_client(settings, creds)
            check_access(client, bucket)
        except S3AccessError as exc:
            self.post_message(ConnectFailed(str(exc)))
        except Exception as exc:  # profile not found, bad endpoint URL, ...
            self.post_message(ConnectFailed(f"{type(exc).__name__}: {exc}"))
        else:
            self.app.post_message(ConnectionReady(bucket, settings, creds, client))

    def on_connect_failed(self, message: ConnectFailed) -> None:
        button = self.query_one("#connect", Button)
        button.disabled = False
        button.label = "Connect"
        self._show_error(message.error)

    def _show_error(self, text: str) -> None:
        error = self.query_one("#connect-error", Static)
        error.update(literal(text))
        error.display = True
        self.app.notify(text, title="Cannot connect", severity="error", timeout=6)
