"""The one fold of the engine's events into progress numbers (no Textual, no terminal).

Both consumers read it: the dashboard drains the event queue a few times a second, applies every
event here and repaints once (so a fast engine costs the UI a handful of repaints), and the CLI's
progress printer applies each event as it arrives. Totals come from `RunPlanned`'s pending
fields, so a resumed run's bars end at 100% like a fresh one's.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from slrk_tui import events as ev

SPARK_POINTS = 60


@dataclass
class BatchRow:
    batch: int
    zips: int
    bytes: int
    panelists: tuple[str, ...]
    started_at: float
    state: str = "running"
    zips_done: int = 0
    images: int = 0
    faces: int = 0
    problems: int = 0
    seconds: float | None = None


@dataclass(frozen=True)
class Stage:
    """One progress bar: `done` out of `total`, unknown (None) until the run is planned."""

    done: int
    total: int
    planned: bool

    @property
    def fraction(self) -> float | None:
        if not self.planned:
            return None
        if self.total <= 0:
            return 1.0  # nothing left to do (a resumed run whose work was all done)
        return min(1.0, self.done / self.total)


@dataclass
class Problem:
    level: str  # "warning" | "error"
    key: str
    reason: str


@dataclass
class PanelistTally:
    faces: int = 0
    redacted_images: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    problems: int = 0


@dataclass
class RunProgress:
    """Everything the dashboard and the summary show, folded from events."""

    clock: Callable[[], float] = time.time
    query_id: str = ""
    query_dir: str = ""
    detector: str = ""
    started_at: float | None = None
    planned: ev.RunPlanned | None = None
    downloaded_zips: int = 0
    downloaded_bytes: int = 0
    images: int = 0
    faces: int = 0
    withheld: int = 0
    rows: int = 0
    csvs: int = 0
    batches: dict[int, BatchRow] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    panelists: dict[str, PanelistTally] = field(default_factory=dict)
    finished: ev.RunFinished | None = None
    log: deque[str] = field(default_factory=lambda: deque(maxlen=2000))
    new_log: list[str] = field(default_factory=list)
    new_problems: list[Problem] = field(default_factory=list)
    changed_batches: set[int] = field(default_factory=set)
    spark: deque[float] = field(default_factory=lambda: deque([0.0], maxlen=SPARK_POINTS))
    _spark_last: tuple[float, int] | None = None
    events_seen: int = 0

    # ---- folding -------------------------------------------------------------------------

    def apply_all(self, events: Iterable[ev.Event]) -> None:
        for event in events:
            self.apply(event)

    def apply(self, event: ev.Event) -> None:
        self.events_seen += 1
        if isinstance(event, ev.RunStarted):
            self.query_id, self.query_dir, self.detector = (event.query_id, event.query_dir, event.detector)
            self.started_at = event.at
            self._log(event, f"Run {event.query_id} started; detector: {event.detector}")
        elif isinstance(event, ev.RunPlanned):
            self.planned = event
            text = (
                f"Planned {event.zips_pending} zips ({event.panelists} panelists) in "
                f"{event.batches_pending} batches"
            )
            if event.zips_already_done:
                text += f"; {event.zips_already_done} already done (resuming)"
            if event.zips_skipped_by_date:
                text += f"; {event.zips_skipped_by_date} outside the dates"
            self._log(event, text)
        elif isinstance(event, ev.BatchStarted):
            self.batches[event.batch] = BatchRow(
                event.batch, event.zips, event.bytes, event.panelists, event.at
            )
            self.changed_batches.add(event.batch)
            self._log(event, f"Batch {event.batch} started: {event.zips} zips, {', '.join(event.panelists)}")
        elif isinstance(event, ev.ObjectDownloaded):
            self.downloaded_zips += 1
            self.downloaded_bytes += event.bytes
        elif isinstance(event, ev.BatchProgressed):
            row = self._row(event.batch)
            row.zips_done, row.zips = event.zips_done, event.zips
            row.images += event.images
            row.faces += event.faces
            self.images += event.images
            self.faces += event.faces
            self.withheld += event.withheld
            self.rows += event.rows
            self.changed_batches.add(event.batch)
        elif isinstance(event, ev.ImageRedacted):
            tally = self._panelist(event.panelist)
            tally.faces += event.faces
            tally.redacted_images += 1
        elif isinstance(event, ev.BatchFinished):
            row = self._row(event.batch)
            row.state = "done"
            row.zips = row.zips_done = event.zips
            row.problems = event.problems
            row.seconds = event.seconds
            row.images, row.faces = event.images, event.faces
            self.changed_batches.add(event.batch)
            self._log(
                event,
                f"Batch {event.batch} done: {event.images} images, "
                f"{event.faces} faces, {event.problems} problems "
                f"in {event.seconds:.1f}s",
            )
        elif isinstance(event, ev.CsvConsolidated):
            self.csvs += 1
            self._panelist(event.panelist).rows[event.prefix] = event.rows
            self._log(event, f"{event.panelist}: {event.prefix} → {event.rows:,} rows")
        elif isinstance(event, ev.Warning | ev.Error):
            level = "error" if isinstance(event, ev.Error) else "warning"
            problem = Problem(level, event.key, event.reason)
            self.problems.append(problem)
            self.new_problems.append(problem)
            panelist = _panelist_of(event.key)
            if panelist:
                self._panelist(panelist).problems += 1
            self._log(event, f"{level.upper()} {event.key or 'run'}: {event.reason}")
        elif isinstance(event, ev.Note):
            self._log(event, f"NOTE {event.key}: {event.note}")
        elif isinstance(event, ev.RunFinished):
            self.finished = event
            for row in self.batches.values():
                if row.state == "running":
                    row.state = "stopped" if event.status != "done" else "done"
                    self.changed_batches.add(row.batch)
            self._log(event, f"Finished: {event.status} (exit {event.exit_code}). {event.message}")

    def _row(self, batch: int) -> BatchRow:
        if batch not in self.batches:
            self.batches[batch] = BatchRow(batch, 0, 0, (), self.clock())
        return self.batches[batch]

    def _panelist(self, name: str) -> PanelistTally:
        return self.panelists.setdefault(name, PanelistTally())

    def _log(self, event: ev.Event, text: str) -> None:
        """Lines start with the time since the run started: comparable across machines and
        time zones, and what a user watching the run wants to know."""
        since = max(0, int(event.at - self.started_at)) if self.started_at is not None else 0
        line = f"+{since // 60:02d}:{since % 60:02d} {text}"
        self.log.append(line)
        self.new_log.append(ev.terminal_safe(line))

    def take_new(self) -> tuple[list[str], list[Problem], set[int]]:
        """What changed since the last repaint (log lines, problems, batch rows)."""
        out = (self.new_log, self.new_problems, self.changed_batches)
        self.new_log, self.new_problems, self.changed_batches = [], [], set()
        return out

    # ---- derived numbers -----------------------------------------------------------------

    @property
    def zips_total(self) -> int:
        """Zips this run has to do (a resumed run does not count what is already done)."""
        return self.planned.zips_pending if self.planned is not None else 0

    @property
    def bytes_total(self) -> int:
        return self.planned.bytes_pending if self.planned is not None else 0

    @property
    def batches_total(self) -> int:
        return self.planned.batches_pending if self.planned is not None else 0

    @property
    def processed_zips(self) -> int:
        return sum(row.zips_done for row in self.batches.values())

    @property
    def batches_done(self) -> int:
        return sum(1 for row in self.batches.values() if row.state == "done")

    @property
    def download_stage(self) -> Stage:
        return Stage(self.downloaded_bytes, self.bytes_total, self.planned is not None)

    @property
    def process_stage(self) -> Stage:
        return Stage(self.processed_zips, self.zips_total, self.planned is not None)

    @property
    def batches_stage(self) -> Stage:
        return Stage(self.batches_done, self.batches_total, self.planned is not None)

    @property
    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        end = self.finished.at if self.finished is not None else self.clock()
        return max(0.0, end - self.started_at)

    def eta(self, stage: Stage) -> float | None:
        """Seconds left at the average rate so far; None until there is a rate."""
        if stage.fraction == 1.0:
            return 0.0
        if stage.total <= 0 or stage.done <= 0 or self.elapsed <= 0:
            return None
        return (stage.total - stage.done) * self.elapsed / stage.done

    def sample(self) -> None:
        """Add one throughput point (zips per second since the last sample) to the sparkline."""
        now, processed = self.clock(), self.processed_zips
        if self._spark_last is not None:
            then, before = self._spark_last
            if now - then >= 0.5:
                self.spark.append((processed - before) / (now - then))
                self._spark_last = (now, processed)
        else:
            self._spark_last = (now, processed)


def _panelist_of(key: str) -> str:
    """'…/panelist/1005/image_zip_….zip' -> '1005' (empty when the key has no panelist)."""
    parts = key.split("/")
    if "panelist" in parts:
        i = parts.index("panelist")
        if i + 1 < len(parts) - 1:
            return parts[i + 1]
    return ""
