"""Messages the TUI's workers, widgets and screens post; typed so handlers read like a contract.

Thread workers never touch widgets: they post one of these and the handler runs on the
event loop (post_message is thread-safe). Screens never call into the app: they post a request
below to `self.app`, and the app (which owns the session and the screen stack) handles it.
"""

from __future__ import annotations

from textual.message import Message

from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine.s3 import Credentials, Listing
from slrk_tui.progress_model import RunProgress


class LevelLoaded(Message):
    """One page of one tree level arrived from a thread worker (or failed with `error`)."""

    def __init__(
        self, prefix: str, listing: Listing | None, error: str | None = None, more: bool = False
    ) -> None:
        super().__init__()
        self.prefix = prefix
        self.listing = listing
        self.error = error
        self.more = more


class SelectionChanged(Message):
    """The set of selected prefixes in the bucket tree changed."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes


class SelectionSummarized(Message):
    """The background count of zips and bytes under the selection (partial until `done`)."""

    def __init__(self, job: int, zips: int, size: int, done: bool, error: str | None = None) -> None:
        super().__init__()
        self.job = job
        self.zips = zips
        self.size = size
        self.done = done
        self.error = error


class ConnectFailed(Message):
    """The connect worker could not reach the bucket, and says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ConnectionReady(Message):
    """To the app: the bucket is reachable with these settings; keep them and open the tree."""

    def __init__(
        self, bucket: str, settings: S3Settings, credentials: Credentials | None, client: object
    ) -> None:
        super().__init__()
        self.bucket = bucket
        self.settings = settings
        self.credentials = credentials
        self.client = client


class SetupRequested(Message):
    """To the app: go on to dates and settings for these selected prefixes."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes


class RunRequested(Message):
    """To the app: ask `title`/`body` and, on yes, start (or resume) a run of `config`."""

    def __init__(self, config: RunConfig, title: str, body: str) -> None:
        super().__init__()
        self.config = config
        self.title = title
        self.body = body


class RunEnded(Message):
    """To the app: the dashboard saw `RunFinished`; show the summary (or quit if asked to)."""

    def __init__(self, model: RunProgress) -> None:
        super().__init__()
        self.model = model


class NewQueryRequested(Message):
    """To the app: back to the tree (selection kept) for another query."""


class PreviewReady(Message):
    """The engine's preview of what a run would do, or why it cannot tell."""

    def __init__(self, key: tuple, preview: object | None, error: str | None = None) -> None:
        super().__init__()
        self.key = key
        self.preview = preview
        self.error = error
