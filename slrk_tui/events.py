"""Every event the engine emits, as frozen dataclasses with one JSON form.

The engine puts these on an asyncio.Queue; the TUI dashboard, the CLI progress printer and the
`--events FILE.jsonl` writer are consumers. `RunFinished` is always the last event of a run,
also after a crash or a cancel, so no consumer waits forever.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # all but tab


def terminal_safe(text: str) -> str:
    """Text with control characters shown as escapes (``\\x1b``), for printing keys and reasons
    to a terminal: an S3 key or member name with an ANSI escape must not move the cursor or
    rewrite lines. JSON output (events, report.json) keeps the exact text."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Event:
    """Base class: `at` is the wall-clock time the engine made the event (epoch seconds)."""

    at: float = field(default_factory=time.time, kw_only=True)

    @property
    def kind(self) -> str:
        return type(self).__name__

    def to_json(self) -> dict:
        return {"event": self.kind, **asdict(self)}


@dataclass(frozen=True)
class RunStarted(Event):
    query_id: str
    query_dir: str
    detector: str


@dataclass(frozen=True)
class RunPlanned(Event):
    """What this run will do, known before any download: the progress totals.

    The `*_pending` fields count only the work left (a resumed run does not redo finished units),
    so they are what every progress bar ends at; the plan's whole size is
    `zips_pending + zips_already_done`.
    """

    panelists: int
    zips_pending: int
    bytes_pending: int
    batches_pending: int
    zips_already_done: int
    zips_skipped_by_date: int

    @property
    def zips_planned(self) -> int:
        """Every zip in the dates, done before or not."""
        return self.zips_pending + self.zips_already_done


@dataclass(frozen=True)
class BatchStarted(Event):
    """A batch with pending work starts. Batches are numbered 1..batches_pending within this run;
    zips and bytes count this batch's pending work."""

    batch: int
    zips: int
    bytes: int
    panelists: tuple[str, ...]


@dataclass(frozen=True)
class ObjectDownloaded(Event):
    batch: int
    key: str
    bytes: int


@dataclass(frozen=True)
class BatchProgressed(Event):
    """One unit (a zip, or a csv_zip/image_zip pair) of a batch is fully processed.

    zips_done and zips count zips (not units): done so far in the batch, and the batch's pending
    zips; images..rows are this unit's own numbers."""

    batch: int
    zips_done: int
    zips: int
    images: int
    faces: int
    withheld: int
    rows: int


@dataclass(frozen=True)
class ImageRedacted(Event):
    """An image in which faces were found and covered (face-free images are copied silently)."""

    panelist: str
    image: str
    faces: int


@dataclass(frozen=True)
class BatchFinished(Event):
    batch: int
    zips: int
    images: int
    faces: int
    withheld: int
    problems: int
    seconds: float


@dataclass(frozen=True)
class CsvConsolidated(Event):
    panelist: str
    prefix: str
    rows: int
    path: str


@dataclass(frozen=True)
class Warning(Event):
    """Bad input that was reported and skipped or repaired; the run goes on."""

    key: str
    reason: str


@dataclass(frozen=True)
class Note(Event):
    """Something a user should know about an object that is not bad input (rows repaired, rows
    kept without a readable time, a re-upload written once); the exit code does not change."""

    key: str
    note: str


@dataclass(frozen=True)
class Error(Event):
    """Something that failed for a whole object (or the run, when key is empty)."""

    key: str
    reason: str


@dataclass(frozen=True)
class RunFinished(Event):
    """Always the last event. exit_code: 0 done, 3 done with problems, 1 fatal (resumable)."""

    exit_code: int
    status: str  # "done" | "done_with_problems" | "failed" | "cancelled"
    message: str
    report_path: str
    totals: dict = field(default_factory=dict)
