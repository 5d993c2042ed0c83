"""The run record every query folder keeps, whoever started the run (app or CLI).

`events.jsonl` gets every engine event as one JSON line and `run.log` the plain progress lines
(the CLI's non-terminal wording, time-stamped) plus the tracebacks of internal errors. Both are
appended across resumes and flushed per event, so a SIGKILL loses at most the line being written;
`slrk status` reads them (tolerating a torn line) while the run goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from slrk_tui import events as ev
from slrk_tui.progress import ProgressPrinter

EVENTS_FILE = "events.jsonl"
LOG_FILE = "run.log"


class _StampedLines:
    """A text stream that prefixes every line with the UTC time it was written."""

    def __init__(self, fh: TextIO):
        self.fh = fh
        self._at_line_start = True

    def write(self, text: str) -> int:
        for piece in text.splitlines(keepends=True):
            if self._at_line_start:
                self.fh.write(dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ "))
            self.fh.write(piece)
            self._at_line_start = piece.endswith("\n")
        return len(text)

    def flush(self) -> None:
        self.fh.flush()

    def isatty(self) -> bool:
        return False


def _open_append(path: Path) -> TextIO:
    """Open for appending; a line torn by a kill is ended first so the next line stays whole."""
    torn = False
    if path.is_file() and path.stat().st_size > 0:
        with open(path, "rb") as last:
            last.seek(-1, 2)
            torn = last.read(1) != b"\n"
    fd = os.open(
        path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644
    )  # never through a link planted in the query folder
    fh = os.fdopen(fd, "a", encoding="utf-8", newline="\n")
    if torn:
        fh.write("\n")
    return fh


class RunLog:
    """The sink the engine writes its events to, opened at run start and closed after RunFinished."""

    def __init__(self, query_dir: Path):
        self.events = _open_append(query_dir / EVENTS_FILE)
        self.log = _open_append(query_dir / LOG_FILE)
        self.printer = ProgressPrinter(_StampedLines(self.log), tty=False)  # type: ignore[arg-type]
        self.failed = False

    def write(self, event: ev.Event) -> None:
        """Record one event; a full disk stops the record, never the run (it warns once)."""
        if self.failed:
            return
        try:
            self.events.write(json.dumps(event.to_json(), default=str) + "\n")
            self.events.flush()
            self.printer.handle(event)
        except OSError as exc:
            self.failed = True
            print(f"slrk: the run record in {self.events.name} stopped: {exc}", file=sys.stderr)

    def traceback(self, text: str) -> None:
        """An internal error's traceback, for whoever debugs the run later."""
        with contextlib.suppress(OSError):
            self.printer.stream.write(text if text.endswith("\n") else text + "\n")
            self.log.flush()

    def close(self) -> None:
        for fh in (self.events, self.log):
            with contextlib.suppress(OSError):
                fh.close()


def iter_events(path: Path, skip: Iterable[str] = ()) -> Iterator[dict | None]:
    """The events of an events.jsonl one at a time (the file can be large), None for a line that
    is not a whole event (torn by a kill, or being written right now). Kinds in `skip` (the
    per-image ones are most of a big file) are passed over without being parsed."""
    if not path.is_file():
        return
    skipped = tuple(f'{{"event": "{kind}", ' for kind in skip)
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip() or (skipped and line.startswith(skipped) and line.endswith("}\n")):
                continue
            try:
                data = json.loads(line)
            except ValueError:
                data = None
            yield data if isinstance(data, dict) and "event" in data else None
