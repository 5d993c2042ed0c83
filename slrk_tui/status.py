"""`slrk status QUERY_FOLDER`: where a query stands, from a second terminal or after the fact.

Reads only: state.sqlite opened read-only (the running engine keeps writing it; WAL lets both
work) and the run record events.jsonl, streamed so a huge one costs no memory. A line torn by a
kill, or half-written right now, is skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from slrk_tui import events as ev
from slrk_tui.engine.lock import pid_alive
from slrk_tui.engine.participation import heatmap_text
from slrk_tui.engine.runlog import EVENTS_FILE, LOG_FILE, iter_events

MAX_LISTED = 20  # problems printed in full; the rest are counted


@dataclass
class _Batch:
    zips: int
    units_done: int = 0
    units: int = 0
    finished: bool = False


@dataclass
class _RunRecord:
    """What events.jsonl says about the latest run (problems: of every run, deduplicated)."""

    runs: int = 0
    started_at: float | None = None
    planned: dict | None = None
    batches: dict[int, _Batch] = field(default_factory=dict)
    warnings: dict[tuple[str, str], None] = field(default_factory=dict)
    errors: dict[tuple[str, str], None] = field(default_factory=dict)  # latest run only
    finished: dict | None = None
    torn: int = 0
    last_at: float | None = None  # time of the latest event: is the run still moving?

    def add(self, e: dict | None) -> None:
        if e is None or not _whole(e):
            self.torn += 1
            return
        kind = e["event"]
        self.last_at = e.get("at", self.last_at)
        if kind == "RunStarted":
            self.runs += 1
            self.started_at = e.get("at")
            self.planned, self.finished = None, None
            self.batches, self.errors = {}, {}
        elif kind == "RunPlanned":
            self.planned = e
        elif kind == "BatchStarted":
            self.batches[e["batch"]] = _Batch(e["zips"])
        elif kind == "BatchProgressed":
            batch = self.batches.setdefault(e["batch"], _Batch(0))
            batch.units_done, batch.units = e["zips_done"], e["zips"]
        elif kind == "BatchFinished":
            self.batches.setdefault(e["batch"], _Batch(e["zips"])).finished = True
        elif kind == "Warning":
            self.warnings[(e["key"], e["reason"])] = None
        elif kind == "Error":
            self.errors[(e["key"], e["reason"])] = None
        elif kind == "RunFinished":
            self.finished = e


# The fields status reads of each kind, and their types: a line that is JSON but lacks one (a
# damaged or hand-edited record, another version's) is skipped and counted like a torn line.
_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "RunPlanned": {"panelists": int, "zips_pending": int, "batches_pending": int, "zips_already_done": int},
    "BatchStarted": {"batch": int, "zips": int},
    "BatchProgressed": {"batch": int, "zips_done": int, "zips": int},
    "BatchFinished": {"batch": int, "zips": int},
    "Warning": {"key": str, "reason": str},
    "Error": {"key": str, "reason": str},
    "RunFinished": {"status": str, "message": str},
}


def _whole(e: dict) -> bool:
    """Does the event have every field status reads, of the right type?"""
    kind = e.get("event")
    if not isinstance(kind, str) or not isinstance(e.get("at", 0), int | float):
        return False
    return all(isinstance(e.get(name), kind_of) for name, kind_of in _FIELDS.get(kind, {}).items())


@dataclass
class _Progress:
    """What state.sqlite says: durable, so it is right even when events.jsonl is not."""

    meta: dict = field(default_factory=dict)
    units_done: int = 0
    images: int = 0
    faces: int = 0
    withheld: int = 0


def read_state(db: Path) -> _Progress:
    progress = _Progress()
    if not db.is_file():
        return progress
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            progress.meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
            for (text,) in conn.execute("SELECT result FROM units"):
                result = json.loads(text)
                progress.units_done += 1
                progress.images += result.get("images", 0)
                progress.faces += result.get("faces", 0)
                progress.withheld += len(result.get("withheld", []))
        finally:
            conn.close()
    except sqlite3.Error as exc:  # the message names the file: "file is not a database" alone does not
        raise sqlite3.Error(f"{db}: cannot read it ({exc})") from None
    return progress


def _when(epoch: object) -> str:
    if not isinstance(epoch, int | float):
        return "?"
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def status_lines(query_dir: Path) -> list[str]:
    """The printed status; raises FileNotFoundError when the folder holds no query."""
    db = query_dir / "state.sqlite"
    events_path = query_dir / EVENTS_FILE
    if not db.is_file() and not events_path.is_file():
        raise FileNotFoundError(f"{query_dir}: no state.sqlite or {EVENTS_FILE}; not a query folder")
    progress = read_state(db)
    record = _RunRecord()
    for event in iter_events(events_path, skip=("ImageRedacted", "ObjectDownloaded")):
        record.add(event)
    meta = progress.meta
    state = str(meta.get("status", "unknown"))
    if state == "running" and not pid_alive(meta.get("pid")):
        state = "interrupted (the process is gone; rerun the same command to resume)"
    elif state == "running":
        state = f"running (pid {meta.get('pid')})"
    lines = [
        f"query {query_dir.name} ({query_dir})",
        f"status: {state}",
        f"last event: {_when(record.last_at or meta.get('updated_at'))}; "
        f"runs recorded: {record.runs}"
        + (f", latest started {_when(record.started_at)}" if record.started_at else ""),
    ]
    total = int(meta.get("units_total", 0) or 0)
    share = f" ({100 * progress.units_done / total:.0f}%)" if total else ""
    lines.append(f"units: {progress.units_done}/{total or '?'} done{share}")
    lines.append(
        f"images: {progress.images} written, {progress.faces} face(s) redacted, {progress.withheld} withheld"
    )
    if record.planned:
        p = record.planned
        lines.append(
            f"plan: {p['panelists']} panelist(s), {p['zips_pending']} zip(s) to do in "
            f"{p['batches_pending']} batch(es); {p['zips_already_done']} zip(s) done "
            "before this run"
        )
    if record.batches:
        done = sorted(n for n, b in record.batches.items() if b.finished)
        lines.append(f"batches this run: {len(done)} finished, {len(record.batches) - len(done)} in progress")
        lines.extend(
            f"  batch {n}: {b.units_done}/{b.units or '?'} zip(s) done"
            for n, b in sorted(record.batches.items())
            if not b.finished
        )
    problems = [("error", k, r) for k, r in record.errors] + [("warning", k, r) for k, r in record.warnings]
    lines.append(
        f"problems: {len(record.errors)} error(s) in the latest run, "
        f"{len(record.warnings)} warning(s) in all runs"
    )
    lines.extend(f"  {label}: {key}: {reason}" for label, key, reason in problems[:MAX_LISTED])
    if len(problems) > MAX_LISTED:
        lines.append(f"  ... {len(problems) - MAX_LISTED} more in {events_path}")
    if record.finished:
        lines.append(f"finished: {record.finished['status']}: {record.finished['message']}")
        if record.finished.get("report_path"):
            lines.append(f"report: {record.finished['report_path']}")
    if record.torn:
        lines.append(
            f"note: {record.torn} incomplete line(s) in {EVENTS_FILE} skipped "
            "(a kill mid-write, or a line being written now)"
        )
    lines.extend(_participation(query_dir / "report.json"))
    lines.append(f"log: {query_dir / LOG_FILE}")
    return [ev.terminal_safe(line) for line in lines]  # keys and reasons are data


def _participation(report_path: Path) -> list[str]:
    """The finished query's participation heatmap (report.json is written at the end of a run)."""
    try:
        return heatmap_text(json.loads(report_path.read_text())["participation"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # none yet, or not slrk's
        return []
