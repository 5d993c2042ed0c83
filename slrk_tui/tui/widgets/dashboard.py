"""Dashboard panels: stage progress lines, the per-batch table and the problems table.

They are painted from a `RunProgress` model a few times a second, never per event.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable, Static

from slrk_tui.events import terminal_safe
from slrk_tui.progress_model import BatchRow, Problem, RunProgress, Stage
from slrk_tui.tui.fmt import human_bytes, human_duration

STATE_STYLES = {"running": "bold yellow", "done": "green", "stopped": "red"}


def bar(fraction: float, width: int) -> Text:
    """A solid bar that reads in 256 colours and in plain text (capture-pane)."""
    fraction = min(1.0, max(0.0, fraction))
    filled = round(fraction * width)
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "grey42"))


class StageLine(Static):
    """`Download  ███████░░░░  45%  18/40 zips · …` on one line."""

    DEFAULT_CSS = "StageLine { height: 1; }"

    def __init__(self, label: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label

    def show(self, stage: Stage, details: str) -> None:
        width = 24 if self.size.width >= 100 else 14
        fraction = stage.fraction
        pct = "  –%" if fraction is None else f"{fraction * 100:3.0f}%"
        self.update(
            Text.assemble((f"{self.label:<10}", "bold"), bar(fraction or 0.0, width), f" {pct}  ", details)
        )


def stage_details(model: RunProgress, narrow: bool = False) -> dict[str, tuple[Stage, str]]:
    """(stage, text) per stage line; `narrow` drops the rate so 80 columns fit."""
    total = model.zips_total
    eta_dl = model.eta(model.download_stage)
    rate = model.downloaded_bytes / model.elapsed if model.elapsed > 0 else 0.0
    download = f"{model.downloaded_zips}/{total} zips · {human_bytes(model.downloaded_bytes)}"
    if not narrow:
        download += f"/{human_bytes(model.bytes_total)} · {human_bytes(rate)}/s"
    download += f" · ETA {human_duration(eta_dl)}"
    process = (
        f"{model.processed_zips}/{total} zips · {model.images:,} images · "
        f"{model.faces:,} faces · ETA {human_duration(model.eta(model.process_stage))}"
    )
    consolidate = f"{model.batches_done}/{model.batches_total} batches · {model.csvs} CSVs"
    if not narrow:
        consolidate += f" consolidated · {model.rows:,} rows"
    return {
        "download": (model.download_stage, download),
        "process": (model.process_stage, process),
        "batches": (model.batches_stage, consolidate),
    }


class BatchTable(DataTable):
    """One row per batch: batch, zips, state, images, faces redacted, problems, time."""

    COLUMNS = (
        ("batch", "Batch"),
        ("zips", "Zips"),
        ("state", "State"),
        ("images", "Images"),
        ("faces", "Faces"),
        ("problems", "Problems"),
        ("time", "Time"),
    )

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        for key, label in self.COLUMNS:
            self.add_column(label, key=key)

    def show_rows(self, model: RunProgress, changed: set[int]) -> None:
        running = {b for b, row in model.batches.items() if row.state == "running"}
        added = False
        for number in sorted(changed | running):
            row = model.batches[number]
            cells = self._cells(row, model.clock())
            key = str(number)
            if key in self.rows:
                for (col, _label), value in zip(self.COLUMNS, cells, strict=True):
                    # Counts grow ("0/20" -> "19/20"): a column sized at the first value
                    # would cut them ("19/2").
                    self.update_cell(key, col, value, update_width=True)
            else:
                self.add_row(*cells, key=key)
                added = True
        if added and not self.has_focus:
            self.scroll_end(animate=False)

    @staticmethod
    def _cells(row: BatchRow, now: float) -> list[object]:
        seconds = row.seconds if row.seconds is not None else max(0.0, now - row.started_at)
        zips = f"{row.zips_done}/{row.zips}" if row.state != "done" else str(row.zips)
        return [
            row.batch,
            zips,
            Text(row.state, style=STATE_STYLES.get(row.state, "")),
            row.images,
            row.faces,
            Text(str(row.problems), style="bold red" if row.problems else ""),
            human_duration(seconds),
        ]


def short_key(key: str) -> str:
    """Keep the panelist code and the file name: enough to find the object, short enough.
    Control characters are escaped: a key is data, never terminal codes."""
    if not key:
        return "(run)"
    parts = key.split("/")
    return terminal_safe("/".join(parts[-2:]) if len(parts) >= 2 else key)


def plain(text: str) -> Text:
    """A cell showing data as it is: no markup parsing ('[red]' in a key stays text), control
    characters escaped."""
    return Text(terminal_safe(text))


class ProblemTable(DataTable):
    """Object and reason of every warning and error, in arrival order."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.add_column("Level", key="level")
        self.add_column("Object", key="object")
        self.add_column("Reason", key="reason")

    def add_problems(self, problems: list[Problem]) -> None:
        """The level is written, not only coloured: NO_COLOR, 16 colours, colour blindness."""
        for p in problems:
            style = "red" if p.level == "error" else "yellow"
            self.add_row(Text(p.level, style=style), Text(short_key(p.key), style=style), plain(p.reason))
