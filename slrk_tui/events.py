"""Every event the engine emits, as frozen dataclasses with one JSON form.

The engine puts these on an asyncio.Queue; the TUI dashboard, the CLI progress printer and the
`--events FILE.jsonl` writer are consumers. `RunFinished` is always the last event of a run,
also after a crash or a cancel, so no consumer waits forever.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field, fields

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
    """What will run, known before any download: the preview line and the progress totals."""

    panelists: int
    zips: int
    bytes: int
    batches: int
    zips_already_done: int
    zips_skipped_by_date: int


@dataclass(frozen=True)
class BatchStarted(Event):
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
    """One zip (or csv_zip/image_zip pair) of a batch is fully processed."""

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


EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        RunStarted,
        RunPlanned,
        BatchStarted,
        ObjectDownloaded,
        BatchProgressed,
        ImageRedacted,
        BatchFinished,
        CsvConsolidated,
        Warning,
        Error,
        RunFinished,
    )
}


def event_from_json(data: dict) -> Event:
    """Inverse of `Event.to_json` (used by tests and by tools that replay a JSONL file)."""
    cls = EVENT_TYPES[data["event"]]
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    if "panelists" in kwargs and isinstance(kwargs["panelists"], list):
        kwargs["panelists"] = tuple(kwargs["panelists"])
    return cls(**kwargs)
