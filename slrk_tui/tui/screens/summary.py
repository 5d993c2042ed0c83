"""The end of a run: what came out per panelist, where it is, and what the exit code means.

Numbers come from report.json when the run wrote one (it covers a resumed query as a whole),
else from the events of this run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from slrk_tui.engine.participation import heatmap_text
from slrk_tui.engine.report import EXIT_MEANING
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.fmt import literal_lines, markup
from slrk_tui.tui.messages import NewQueryRequested
from slrk_tui.tui.widgets.dashboard import plain, short_key
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.too_small import TooSmall

STATUS_TEXT = {
    "done": ("Done", "bold green"),
    "done_with_problems": ("Done, with problems", "bold yellow"),
    "cancelled": ("Cancelled", "bold yellow"),
    "failed": ("Failed", "bold red"),
}


def load_report(path: str) -> dict[str, Any] | None:
    if not path:
        return None
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None


class SummaryScreen(Screen):
    TITLE = "Summary"
    HELP = """
The result of the run. One row per panelist: zips processed, images kept, faces covered,
images withheld (never written because redaction could not be guaranteed), rows of the
consolidated screenshot CSV, and problems. Above it, screenshots per panelist per day (a `·`
is a day without data; the figures are in participation.csv). The output folder holds `panelists/<code>/`
(images and CSVs) and `report.json` with every problem and its reason.

Exit codes: 0 all done · 3 done with problems · 1 failed or cancelled (nothing is lost, the
same query resumes).
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_query", "New query", id="summary.new"),
        Binding("c", "copy_path", "Copy output path", id="summary.copy"),
        Binding("q", "app.quit", "Quit", id="summary.quit"),
    ]

    def __init__(self, model: RunProgress) -> None:
        super().__init__()
        self.model = model
        self.finished = model.finished
        self.report = load_report(self.finished.report_path) if self.finished else None

    @property
    def output_path(self) -> str:
        """The folder with the panelists' images and CSVs (absolute, ready to copy)."""
        base = Path(self.model.query_dir) if self.model.query_dir else None
        if self.report is not None and self.report.get("output"):
            out = Path(str(self.report["output"]))
            if not out.is_absolute() and base is not None:
                out = base / out
            return str(out)
        return str(base or "")

    def compose(self) -> ComposeResult:
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        with VerticalScroll(id="summary-body"):
            yield Static(self._status_text(), id="summary-status")
            message = literal_lines(self.finished.message) if self.finished else ""
            yield Static(message, id="summary-message", markup=False)  # it can quote keys, paths
            yield Static(self._output_text(), id="summary-output")
            yield self._participation()
            yield DataTable(id="summary-table", cursor_type="row", zebra_stripes=True)
            yield Static("", id="summary-problems-title", classes="panel-title")
            yield DataTable(id="summary-problems", cursor_type="row")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fill_panelists()
        self._fill_problems()
        self.query_one("#summary-table", DataTable).focus()

    def _status_text(self) -> Text:
        if self.finished is None:
            return Text("Run ended without a result.", style="bold red")
        label, style = STATUS_TEXT.get(self.finished.status, (self.finished.status, "bold"))
        code = self.finished.exit_code
        meaning = (
            "cancelled: nothing is lost, resume it to continue"
            if self.finished.status == "cancelled"
            else EXIT_MEANING.get(code, "")
        )
        return Text.assemble((label, style), f"  ·  exit code {code}: {meaning}")

    def _output_text(self) -> Content:
        text, paths = "Output: [b]$output[/b]", {"output": self.output_path}
        if self.finished and self.finished.report_path:
            text += "\nReport: $report"
            paths["report"] = self.finished.report_path
            if self.report is not None and "participation" in self.report:
                text += "\nParticipation per day: $participation (and .png)"
                paths["participation"] = str(Path(self.finished.report_path).parent / "participation.csv")
        return markup(text, **paths)  # paths are data, never markup

    def _participation(self) -> Static:
        """Screenshots per panelist per day from report.json; the figures are in
        participation.csv and participation.png beside it."""
        summary = (self.report or {}).get("participation")
        lines = heatmap_text(summary) if summary else []
        widget = Static(Text("\n".join(lines)), id="summary-participation")
        widget.display = bool(lines)
        return widget

    def panelist_rows(self) -> list[tuple[str, int | None, int | None, int, int | None, int]]:
        """(panelist, zips, images, faces, withheld, screenshot rows) per panelist; without a
        report (a cancelled or failed run) the unknown numbers are None, shown as '–'."""
        rows = []
        if self.report is not None:
            for name, p in self.report.get("panelists", {}).items():
                shots = sum(v for k, v in p.get("rows", {}).items() if k.startswith("screenshot"))
                rows.append(
                    (
                        name,
                        p.get("zips", 0),
                        p.get("images", 0),
                        p.get("faces", 0),
                        p.get("withheld", 0),
                        shots,
                    )
                )
            return rows
        for name, t in sorted(self.model.panelists.items()):
            shots = sum(v for k, v in t.rows.items() if k.startswith("screenshot"))
            rows.append((name, None, None, t.faces, None, shots))  # None: not in the events
        return rows

    def _fill_panelists(self) -> None:
        table = self.query_one("#summary-table", DataTable)
        for label in ("Panelist", "Zips", "Images", "Faces", "Withheld", "Screenshot rows"):
            table.add_column(label)
        rows = self.panelist_rows()
        for row in rows:
            table.add_row(*("–" if v is None else v for v in row))
        if self.report is not None:
            t = self.report.get("totals", {})
            shots = sum(v for k, v in t.get("rows", {}).items() if k.startswith("screenshot"))
            table.add_row(
                Text("total", style="bold"),
                t.get("zips", 0),
                t.get("images", 0),
                t.get("faces", 0),
                t.get("withheld_images", 0),
                shots,
                key="total",
            )
        else:
            m = self.model
            table.add_row(
                Text("this run", style="bold"),
                m.processed_zips,
                m.images,
                m.faces,
                m.withheld,
                sum(r[5] for r in rows),
                key="total",
            )

    def problems(self) -> list[tuple[str, str]]:
        if self.report is not None:
            out = [(b["key"], b["reason"]) for b in self.report.get("bad_objects", [])]
            out += [
                (w["key"], f"{w['image']}: withheld ({w['reason']})")
                for w in self.report.get("withheld_images", [])
            ]
            return out
        return [(p.key, p.reason) for p in self.model.problems]

    def _fill_problems(self) -> None:
        problems = self.problems()
        title = self.query_one("#summary-problems-title", Static)
        table = self.query_one("#summary-problems", DataTable)
        if not problems:
            title.update("No problems.")
            table.display = False
            return
        title.update(f"Problems ({len(problems)})")
        table.add_column("Object")
        table.add_column("Reason")
        for key, reason in problems:
            table.add_row(plain(short_key(key)), plain(reason))

    def action_new_query(self) -> None:
        self.app.post_message(NewQueryRequested())

    def action_copy_path(self) -> None:
        self.app.copy_to_clipboard(self.output_path)
        self.notify(f"Copied {self.output_path}")
