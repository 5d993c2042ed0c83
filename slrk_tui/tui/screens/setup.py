"""Dates and settings for the selection, a preview of what the run would do, then start."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Footer, Static

from slrk_tui.config import ConfigError, RunConfig
from slrk_tui.engine.participation import heatmap_text
from slrk_tui.engine.run import Preview, preview
from slrk_tui.engine.s3 import Credentials
from slrk_tui.tui.fmt import human_bytes, markup, plural
from slrk_tui.tui.messages import PreviewReady, RunRequested
from slrk_tui.tui.widgets.bucket_tree import name_of
from slrk_tui.tui.widgets.date_range import DateRange
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.run_settings import RunSettings
from slrk_tui.tui.widgets.too_small import TooSmall

PREVIEW_DEBOUNCE = 0.5


def preview_line(config: RunConfig, p: Preview) -> str:
    """One line a data manager can check before spending hours: who, how much, which dates."""
    text = (
        f"{plural(p.panelists, 'panelist')} · {plural(p.zips, 'zip')} · "
        f"{human_bytes(p.bytes)} · {config.start} → {config.end} "
        f"({config.tz}, {config.date_basis})"
    )
    if p.zips_skipped_by_date:
        text += f" · {plural(p.zips_skipped_by_date, 'zip')} outside the dates"
    return text


class SetupScreen(Screen):
    TITLE = "Dates & settings"
    HELP = """
Set the date range and the run settings for the folders you selected.

* **From / to** are whole days, inclusive, in the **timezone** (type to search, e.g.
  `America/Chicago`; → accepts the suggestion; a city alone also works). Presets pick the
  last 7, 30, 90 or 365 days ending today, or everything.
* **Date by**: *capture time* keeps screenshots taken in the range, whenever they were
  uploaded; *upload time* keeps zips uploaded to S3 in the range.
* **Batch size** zips are downloaded and processed together; **processors** run face
  redaction in parallel; **redaction** black (safe), blur or pixelate; **output** receives
  `query_<id>/`.

The preview line shows what the run would process; below it, zips per panelist per upload
day from the listing (a `·` is a day without uploads), so gaps show before any download.
`ctrl+s` starts (after a confirmation),
`escape` goes back to the tree. A query with the same selection, dates and redaction
resumes into the same folder.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start run", priority=True, id="setup.start"),
        Binding("escape", "back", "Back", id="setup.back"),
    ]

    def __init__(
        self,
        prefixes: tuple[str, ...],
        config: RunConfig,
        credentials: Credentials | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.prefixes = prefixes
        self.config = config
        self.credentials = credentials
        self.today = today
        self.preview: Preview | None = None
        self._preview_key: tuple | None = None
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        cfg = self.config
        names = ", ".join(name_of(p).rstrip("/") for p in self.prefixes[:4])
        if len(self.prefixes) > 4:
            names += f" +{len(self.prefixes) - 4} more"
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        with VerticalScroll(id="setup-form"):
            yield Static(
                markup("[b]$folders[/b]: $names", folders=plural(len(self.prefixes), "folder"), names=names),
                id="setup-selection",
            )
            yield Static("Dates", classes="section-title")
            yield DateRange(cfg.start, cfg.end, cfg.tz, cfg.date_basis, today=self.today, id="dates")
            yield Static("Settings", classes="section-title")
            yield RunSettings(cfg.batch_size, cfg.processors, cfg.redaction, cfg.out, id="settings")
            yield Static("", id="preview")
            yield Static("", id="coverage")
            with Horizontal(id="setup-buttons"):
                yield Button("Back", id="go-back", compact=True)
                yield Button("Start run (ctrl+s)", variant="primary", id="start-run", compact=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#dates #start").focus()
        self._schedule_preview()

    def build_config(self) -> RunConfig:
        """The RunConfig the form describes, validated; ConfigError says what to fix."""
        start, end, tz, basis = self.query_one(DateRange).values()
        batch, procs, redaction, out = self.query_one(RunSettings).values()
        cfg = replace(
            self.config,
            prefixes=self.prefixes,
            start=start,
            end=end,
            tz=tz,
            date_basis=basis,
            batch_size=batch,
            processors=procs,
            redaction=redaction,
            out=out,
        )
        return cfg.validated()

    # ---- preview -------------------------------------------------------------------------

    @on(DateRange.Changed)
    @on(RunSettings.Changed)
    def _changed(self) -> None:
        key: tuple | None
        try:
            key = _preview_key(self.build_config())
        except ConfigError:  # half-typed: the line will say what to fix
            key = self._preview_key
        if key != self._preview_key and self.preview is not None:
            # It describes other dates or prefixes: never shown or used as current meanwhile.
            self.preview = None
            self.query_one("#preview", Static).update("[b]Preview:[/b] updating…")
            self._show_coverage(None)
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(PREVIEW_DEBOUNCE, self._start_preview)

    def _start_preview(self) -> None:
        line = self.query_one("#preview", Static)
        try:
            cfg = self.build_config()
        except ConfigError as exc:
            self.preview = None
            line.update(markup("[b]Preview:[/b] [red]$error[/red]", error=exc))
            return
        key = _preview_key(cfg)
        if key == self._preview_key and self.preview is not None:
            line.update(f"[b]Preview:[/b] {preview_line(cfg, self.preview)}")
            return
        self._preview_key = key
        self.preview = None
        line.update("[b]Preview:[/b] listing the selection…")
        self._preview_worker(key, cfg)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _preview_worker(self, key: tuple, cfg: RunConfig) -> None:
        try:
            result = preview(cfg, self.credentials)
        except Exception as exc:  # shown on the line; the run would report the same
            self.post_message(PreviewReady(key, None, str(exc) or type(exc).__name__))
        else:
            self.post_message(PreviewReady(key, result))

    @on(PreviewReady)
    def _preview_ready(self, message: PreviewReady) -> None:
        if message.key != self._preview_key:
            return
        line = self.query_one("#preview", Static)
        if message.error or not isinstance(message.preview, Preview):
            line.update(markup("[b]Preview:[/b] [red]$error[/red]", error=message.error))
            return
        try:
            cfg = self.build_config()
        except ConfigError:
            return
        if _preview_key(cfg) != message.key:  # the form moved on; its own preview is scheduled
            return
        self.preview = message.preview
        line.update(f"[b]Preview:[/b] {preview_line(cfg, message.preview)}")
        self._show_coverage(message.preview)

    def _show_coverage(self, p: Preview | None) -> None:
        """Zips per panelist per upload day, from the listing: gaps show before any download."""
        lines = heatmap_text(p.coverage, "zips") if p is not None else []
        widget = self.query_one("#coverage", Static)
        widget.update(Text("\n".join(lines)))
        widget.display = bool(lines)

    # ---- actions -------------------------------------------------------------------------

    @on(Button.Pressed, "#start-run")
    def _start_pressed(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#go-back")
    def _back_pressed(self) -> None:
        self.action_back()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_start(self) -> None:
        try:
            cfg = self.build_config()
        except ConfigError as exc:
            self.notify(str(exc), title="Cannot start", severity="error")
            return
        what = (
            preview_line(cfg, self.preview)
            if self.preview is not None and self._preview_key == _preview_key(cfg)
            else f"{cfg.start} → {cfg.end} ({cfg.tz}, {cfg.date_basis})"
        )
        body = (
            f"{what}\n\nRedaction {cfg.redaction}, batches of {cfg.batch_size}, "
            f"{cfg.processors} processor(s).\nOutput: {cfg.query_dir}"
        )
        self.app.post_message(RunRequested(cfg, f"Start {cfg.resolved_query_id}?", body))


def _preview_key(cfg: RunConfig) -> tuple:
    return (cfg.bucket, cfg.prefixes, cfg.start, cfg.end, cfg.tz, cfg.date_basis, cfg.lag_days)
