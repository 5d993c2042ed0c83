"""The slrk Textual app: connect -> browse -> dates & settings -> run -> summary (and resume).

The app holds the session's state (the RunConfig being built, the S3 client, typed keys in
memory, the process pool) and moves between screens; each screen owns one step. Nothing here
processes data: the engine does, in `slrk_tui.engine`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable
from concurrent.futures import Executor
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import NoScreen, Widget

from slrk_tui.config import RunConfig, hide_url_credentials
from slrk_tui.engine.pools import make_executor
from slrk_tui.engine.s3 import Credentials
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.fmt import literal
from slrk_tui.tui.messages import (
    ConnectionReady,
    NewQueryRequested,
    RunEnded,
    RunRequested,
    SetupRequested,
)
from slrk_tui.tui.runner import EngineRun
from slrk_tui.tui.screens.browse import BrowseScreen
from slrk_tui.tui.screens.confirm import ConfirmScreen
from slrk_tui.tui.screens.connect import ConnectScreen
from slrk_tui.tui.screens.help import HelpScreen
from slrk_tui.tui.screens.resume import ResumeScreen
from slrk_tui.tui.screens.run import RunScreen
from slrk_tui.tui.screens.setup import SetupScreen
from slrk_tui.tui.screens.summary import SummaryScreen
from slrk_tui.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall, too_small_text


class SlrkApp(App[int]):
    """Screenlake uploads in S3 -> a private, face-redacted dataset, one screen per step."""

    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "slrk"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
        Binding("f1", "help", "Help", id="app.help"),
        Binding("question_mark", "help", "Help", show=False, id="app.help2"),
        Binding("f3", "resume", "Resume", id="app.resume"),
    ]
    # Classes on every screen by pane size: the stylesheet lays out short and narrow panes
    # (tmux splits) and, below MIN_WIDTH x MIN_HEIGHT, shows TooSmall instead of a broken screen.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual types it as an instance variable)
        (0, "-too-narrow"),
        (MIN_WIDTH, "-narrow"),
        (80, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-too-short"),
        (MIN_HEIGHT, "-short"),
        (22, "-tall"),
    ]

    def __init__(
        self,
        config: RunConfig,
        credentials: Credentials | None = None,
        *,
        demo: bool = False,
        executor: Executor | None = None,
        client: Any | None = None,
        today: dt.date | None = None,
        page_size: int = 1000,
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        if keymap:
            self.set_keymap(keymap)  # binding id -> keys, from the user's config file
        self.config = config
        self.credentials = credentials
        self.demo = demo
        self.client = client
        self.today = today
        self.page_size = page_size
        self._executors: dict[int, Executor] = {}
        if executor is not None:  # keyed by its real size, so a matching run reuses it
            self._executors[getattr(executor, "_max_workers", config.processors)] = executor
        self.engine: EngineRun | None = None
        self.last_model: RunProgress | None = None
        self.last_exit_code: int | None = None
        self._quit_after_run = False
        self._too_small = False
        self._last_focus: dict[int, Widget] = {}  # screen id -> what it focused last

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast as plain text: they quote keys, paths, typed input and S3 errors, which
        are data (`[@click=app.quit]x` must not run an action, an ESC must not reach the
        terminal). No toast here uses markup; this is the one place that says so."""
        plain = literal(message)
        super().notify(plain, title=literal(title), severity=severity, timeout=timeout, markup=False)

    # ---- pane size ----------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        """Below the minimum size every screen shows TooSmall. Hidden widgets lose the focus
        (and a screen opened meanwhile cannot take it), so it is given back when the pane is
        large enough again: keys like space in the tree only reach a focused widget."""
        width, height = event.size
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        if too_small:
            for screen in self.screen_stack:
                for widget in screen.query(TooSmall):
                    widget.update(too_small_text(width, height))
        elif self._too_small:
            self.call_after_refresh(self._restore_focus)
        self._too_small = too_small

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember what each screen last focused, for `_restore_focus`."""
        live = {id(screen) for screen in self.screen_stack}
        self._last_focus = {k: w for k, w in self._last_focus.items() if k in live}
        with contextlib.suppress(NoScreen):
            self._last_focus[id(event.widget.screen)] = event.widget

    def _restore_focus(self) -> None:
        for screen in self.screen_stack:
            widget = self._last_focus.get(id(screen))
            if screen.focused is None and widget is not None and widget.is_attached:
                screen.set_focus(widget)

    # ---- connection ----------------------------------------------------------------------

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self._update_subtitle()
        if self.client is not None:
            self.push_screen(self._browse())
        else:
            self.push_screen(ConnectScreen(self.config, self.credentials, auto=self.demo))

    def on_connection_ready(self, message: ConnectionReady) -> None:
        self.config = replace(self.config, bucket=message.bucket, s3=message.settings)
        self.credentials = message.credentials
        self._update_subtitle()
        self.client = message.client
        # After a refresh: a Header mounted a moment ago must finish its first paint before
        # its screen goes away (Textual's Header otherwise fails looking up its title).
        self.call_after_refresh(self._show_browse)

    def _show_browse(self) -> None:
        """Not awaited on purpose: awaiting a screen switch inside a callback of the app's own
        message loop would wait for that loop forever."""
        self.switch_screen(self._browse())

    def _browse(self) -> BrowseScreen:
        return BrowseScreen(self.client, self.config.bucket, page_size=self.page_size)

    def connection_label(self) -> str:
        s3 = self.config.s3
        where = f"s3://{self.config.bucket}"
        if self.demo:
            return f"demo · {where} · {s3.endpoint_url or 'local'}"
        who = (
            "typed keys"
            if self.credentials
            else f"profile {s3.profile}"
            if s3.profile
            else "default credentials"
        )
        parts = [where, who]
        if s3.region:
            parts.append(s3.region)
        if s3.endpoint_url:
            parts.append(hide_url_credentials(s3.endpoint_url))  # on screen: no password
        return " · ".join(parts)

    def _update_subtitle(self) -> None:
        self.sub_title = self.connection_label()

    # ---- flow ----------------------------------------------------------------------------

    def on_setup_requested(self, message: SetupRequested) -> None:
        self.push_screen(SetupScreen(message.prefixes, self.config, self.credentials, today=self.today))

    def on_run_requested(self, message: RunRequested) -> None:
        if self.engine is not None and self.engine.running:
            self.notify("A run is already going.", severity="warning")
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.start_run(message.config)

        self.push_screen(ConfirmScreen(message.title, message.body, yes="Start", no="Back"), answer)

    def executor_for(self, processors: int) -> Executor:
        """Reuse the pool made before the app started; make another only for a new size."""
        if processors not in self._executors:
            self._executors[processors] = make_executor(processors)
        return self._executors[processors]

    def start_run(self, config: RunConfig) -> None:
        self.config = replace(
            self.config,
            batch_size=config.batch_size,
            processors=config.processors,
            redaction=config.redaction,
            out=config.out,
            start=config.start,
            end=config.end,
            tz=config.tz,
            date_basis=config.date_basis,
        )
        # with a Dask scheduler set (config file), the engine opens the cluster itself
        executor = None if config.scheduler else self.executor_for(config.processors)
        self.engine = EngineRun(config, executor, self.credentials).start()
        self.push_screen(RunScreen(self.engine))

    def on_run_ended(self, message: RunEnded) -> None:
        model = self.last_model = message.model
        if model.finished is not None:
            self.last_exit_code = model.finished.exit_code
        if self._quit_after_run:
            self.exit(self.last_exit_code or 0)
            return
        self.push_screen(SummaryScreen(model))  # over the finished dashboard

    def on_new_query_requested(self, _message: NewQueryRequested) -> None:
        """Back to the tree (selection kept) for another query."""
        while len(self.screen_stack) > 2 and not isinstance(self.screen, BrowseScreen):
            self.pop_screen()
        if not isinstance(self.screen, BrowseScreen):
            self.switch_screen(self._browse())

    # ---- global actions ------------------------------------------------------------------

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_resume(self) -> None:
        if self.client is None:
            self.notify("Connect first.", severity="warning")
            return
        if isinstance(self.screen, RunScreen | ResumeScreen):
            return
        self.push_screen(ResumeScreen(self.config))

    async def action_quit(self) -> None:
        if self.engine is None or not self.engine.running:
            self.exit(self.last_exit_code or 0)
            return

        def answer(yes: bool | None) -> None:
            if yes and self.engine is not None:
                self._quit_after_run = True
                self.engine.cancel()
                if isinstance(self.screen, RunScreen):
                    self.screen.cancelling = True
                self.set_timer(60, lambda: self.exit(self.last_exit_code or 1))

        self.push_screen(
            ConfirmScreen(
                "Quit while a run is going?",
                "The run is cancelled: work in flight finishes, finished batches are kept, and "
                "the query resumes later from where it stopped.",
                yes="Cancel run and quit",
                no="Keep running",
            ),
            answer,
        )

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help for this screen", "Keys and what this screen does", self.action_help)
        if self.client is not None:
            yield SystemCommand("Resume an earlier query", "Queries in the output folder", self.action_resume)
        if isinstance(screen, BrowseScreen):
            yield SystemCommand(
                "Copy S3 URI", "Copy the s3:// URI under the cursor", screen.bucket_tree.action_copy_uri
            )
            yield SystemCommand(
                "Refresh level", "List the current level again", screen.bucket_tree.action_refresh_level
            )
            yield SystemCommand(
                "Show/hide derived data",
                "data/, _manifests/, unpacked/, logs",
                screen.bucket_tree.action_toggle_noise,
            )
            yield SystemCommand("Next: dates & settings", "Continue with the selection", screen.action_next)
        if isinstance(screen, RunScreen):
            yield SystemCommand(
                "Cancel run", "Stop after work in flight (resumable)", screen.action_cancel_run
            )

    def shutdown_executors(self) -> None:
        for pool in self._executors.values():
            pool.shutdown(wait=False, cancel_futures=True)
        self._executors.clear()


def run_app(
    config: RunConfig,
    credentials: Credentials | None = None,
    demo: bool = False,
    keymap: dict[str, str] | None = None,
) -> int:
    """Entry point for `slrk` and `slrk demo`: the process pool is made BEFORE Textual starts
    (a pool first created inside a running app fails), then the app runs; returns an exit code
    (0 when no run finished, else the last run's code)."""
    processors = _capped(config.processors)
    executor = make_executor(processors)
    app = SlrkApp(
        replace(config, processors=processors), credentials, demo=demo, executor=executor, keymap=keymap
    )
    try:
        result = app.run()
    finally:
        app.shutdown_executors()
    return int(result or 0)


def _capped(processors: int) -> int:
    return max(1, min(processors, os.cpu_count() or 1))
