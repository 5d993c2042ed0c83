"""The live dashboard of a run: stages, batches, totals, throughput, problems and a log.

Repaints are coalesced: a timer drains the engine's events ~5 times a second, folds them into a
`RunProgress` model and paints once, so keys stay responsive however fast the engine goes.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, RichLog, Sparkline, Static

from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.fmt import human_bytes, human_duration, markup, plural
from slrk_tui.tui.messages import RunEnded
from slrk_tui.tui.runner import EngineRun
from slrk_tui.tui.screens.confirm import ConfirmScreen
from slrk_tui.tui.widgets.dashboard import BatchTable, ProblemTable, StageLine, stage_details
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.too_small import TooSmall

REPAINT_SECONDS = 0.2
SPARK_EVERY = 5  # ticks: one throughput point per second


class RunScreen(Screen):
    TITLE = "Run"
    HELP = """
The run in progress. **Download** counts zips and bytes fetched from S3, **Redact** counts
zips unpacked and redacted (images kept, faces covered), **Batches** counts finished batches
and the CSVs consolidated per panelist. ETAs use the average rate so far; the sparkline shows
zips per second.

The table has one row per batch; **Problems** lists every bad object and withheld image with
the reason; **Log** tells the story. Work finished is saved as it goes: `c` cancels (after a
confirmation) and the query can be resumed later from the resume screen (F3) or by running
the same command again.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "cancel_run", "Cancel run", id="run.cancel"),
        Binding("ctrl+x", "cancel_run", "Cancel run", show=False, id="run.cancel2"),
    ]

    def __init__(self, engine: EngineRun, model: RunProgress | None = None, *, live: bool = True) -> None:
        super().__init__()
        self.engine = engine
        self.model = model or RunProgress()
        self.live = live
        self.cancelling = False
        self._ticks = 0
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        with Vertical(id="dashboard"):
            yield Static("Starting…", id="run-title")
            yield StageLine("Download", id="stage-download")
            yield StageLine("Redact", id="stage-process")
            yield StageLine("Batches", id="stage-batches")
            with Horizontal(id="totals-row"):
                yield Static("", id="totals")
                yield Sparkline([0.0], id="spark")
            # One above the other; side by side in a short, wide pane (app.tcss).
            with Container(id="panels"):
                yield BatchTable(id="batches")
                with Horizontal(id="bottom"):
                    with Vertical(id="problems-box"):
                        yield Static("Problems", id="problems-title", classes="panel-title")
                        yield ProblemTable(id="problems")
                    with Vertical(id="log-box"):
                        yield Static("Log", classes="panel-title")
                        yield RichLog(id="log", max_lines=2000, wrap=True, markup=False, min_width=20)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#batches", BatchTable).focus()
        if self.live:
            self._timer = self.set_interval(REPAINT_SECONDS, self.tick)
        self.call_after_refresh(self.paint)

    def tick(self) -> None:
        """Drain, fold, paint: the only place engine events touch the UI."""
        events = self.engine.drain()
        self.model.apply_all(events)
        self._ticks += 1
        if self._ticks % SPARK_EVERY == 0:
            self.model.sample()
        self.paint()
        if self.model.finished is not None and self._timer is not None:
            self._timer.stop()
            self._timer = None
            self.app.post_message(RunEnded(self.model))

    def paint(self) -> None:
        m = self.model
        narrow = self.size.width < 100
        for name, (stage, text) in stage_details(m, narrow).items():
            self.query_one(f"#stage-{name}", StageLine).show(stage, text)
        title = "[b]$query[/b]"  # a query id is a folder name: data, never markup
        if m.planned is not None:
            p = m.planned
            title += (
                f" · {plural(p.panelists, 'panelist')} · {plural(p.zips_planned, 'zip')} · "
                f"{human_bytes(p.bytes_pending)}"
            )
            if p.zips_already_done:
                title += f" ({p.zips_already_done} already done)"
        title += f" · {human_duration(m.elapsed)}"
        if self.cancelling and m.finished is None:
            title += " · [b red]cancelling: finishing work in flight…[/b red]"
        self.query_one("#run-title", Static).update(markup(title, query=m.query_id or "query"))
        self.query_one("#totals", Static).update(
            f"Images [b]{m.images:,}[/b]  Faces [b]{m.faces:,}[/b]  Withheld {m.withheld:,}"
            f"  Problems [b]{len(m.problems):,}[/b]  zips/s"
        )
        self.query_one("#spark", Sparkline).data = list(m.spark)
        log_lines, problems, changed = m.take_new()
        self.query_one("#batches", BatchTable).show_rows(m, changed)
        if problems:
            self.query_one("#problems", ProblemTable).add_problems(problems)
            self.query_one("#problems-title", Static).update(f"Problems ({len(m.problems)})")
        if log_lines:
            log = self.query_one("#log", RichLog)
            for line in log_lines:
                log.write(line)

    def action_cancel_run(self) -> None:
        if self.model.finished is not None or self.cancelling:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.cancel_now()

        self.app.push_screen(
            ConfirmScreen(
                "Cancel this run?",
                "Work in flight finishes, finished batches are kept, and the query can be "
                "resumed later (F3, or run the same command again).",
                yes="Cancel run",
                no="Keep running",
            ),
            answer,
        )

    def cancel_now(self) -> None:
        self.cancelling = True
        self.engine.cancel()
        self.paint()
