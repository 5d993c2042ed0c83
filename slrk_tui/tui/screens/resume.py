"""Earlier queries in the output folder with their state; enter resumes the one under the cursor.

A query's identity is its selection, dates and redaction (`query_<hash>`), and its state is on
disk, so resuming is simply running the same config again: finished units are skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from slrk_tui.config import RunConfig
from slrk_tui.engine.state import QueryInfo, list_queries
from slrk_tui.tui.fmt import literal
from slrk_tui.tui.messages import RunRequested
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.too_small import TooSmall

STATUS_STYLES = {
    "done": "green",
    "done_with_problems": "yellow",
    "interrupted": "bold red",
    "failed": "red",
    "cancelled": "yellow",
    "running": "bold cyan",
}


class ResumeScreen(Screen):
    TITLE = "Resume"
    HELP = """
Queries found in the output folder, newest first. **interrupted** means the process stopped
(closed terminal, crash) in the middle; **cancelled** and **failed** runs keep what they
finished too. Enter (or `r`) resumes the query under the cursor with the current connection:
finished work is skipped. Type another folder above and press enter to look there.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "resume", "Resume", id="resume.go"),
        Binding("escape", "back", "Back", id="resume.back"),
        Binding("f5", "reload", "Reload", id="resume.reload"),
    ]

    def __init__(self, config: RunConfig) -> None:
        """`config` is the session's: its output folder is listed, its S3 settings and
        processors are what a resumed run uses."""
        super().__init__()
        self.config = config
        self.out = config.out
        self.queries: list[QueryInfo] = []

    def compose(self) -> ComposeResult:
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        with Horizontal(id="resume-folder"):
            yield Label("Output folder ")
            yield Input(str(self.out), id="resume-out", compact=True)
        yield DataTable(id="queries", cursor_type="row", zebra_stripes=True)
        yield Static("", id="resume-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#queries", DataTable)
        for key, label in (
            ("query", "Query"),
            ("status", "Status"),
            ("done", "Done"),
            ("updated", "Updated"),
            ("dates", "Dates"),
            ("what", "Selection"),
        ):
            table.add_column(label, key=key)
        self.action_reload()
        table.focus()

    def action_reload(self) -> None:
        self.queries = list_queries(self.out)
        table = self.query_one("#queries", DataTable)
        table.clear()
        for q in self.queries:
            updated = (
                dt.datetime.fromtimestamp(q.updated_at).strftime("%Y-%m-%d %H:%M") if q.updated_at else ""
            )
            done = f"{q.zips_done}/{q.zips_total}" if q.zips_total else str(q.zips_done)
            what = ", ".join(p.rstrip("/").rsplit("/", 1)[-1] for p in q.config.prefixes)
            table.add_row(
                Text(literal(q.query_id)),  # folder and prefix names are data, never markup
                Text(q.status, style=STATUS_STYLES.get(q.status, "")),
                done,
                updated,
                f"{q.config.start} → {q.config.end}",
                Text(literal(what)),
                key=q.query_id,
            )
        empty = self.query_one("#resume-empty", Static)
        empty.update("" if self.queries else f"No earlier queries in {self.out}.")
        empty.display = not self.queries

    @on(Input.Submitted, "#resume-out")
    def _folder(self, event: Input.Submitted) -> None:
        self.out = Path(event.value.strip() or ".").expanduser()
        self.action_reload()
        self.query_one("#queries", DataTable).focus()

    @on(DataTable.RowSelected, "#queries")
    def _row_selected(self) -> None:
        self.action_resume()

    def selected_query(self) -> QueryInfo | None:
        table = self.query_one("#queries", DataTable)
        if not self.queries or table.cursor_row < 0 or table.cursor_row >= len(self.queries):
            return None
        return self.queries[table.cursor_row]

    def action_resume(self) -> None:
        q = self.selected_query()
        if q is None:
            self.notify("No query to resume here.", severity="warning")
            return
        cfg = replace(
            q.config, out=self.out, query_id=q.query_id, s3=self.config.s3, processors=self.config.processors
        )
        body = (
            f"{q.status}: {q.zips_done}/{q.zips_total} done · {cfg.start} → {cfg.end} "
            f"({cfg.tz}, {cfg.date_basis})\nFinished work is kept and skipped.\n"
            f"Output: {cfg.query_dir}"
        )
        self.app.post_message(RunRequested(cfg, f"Resume {q.query_id}?", body))

    def action_back(self) -> None:
        self.app.pop_screen()
