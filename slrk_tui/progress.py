"""The headless CLI's view of the engine's events: a redrawn progress line on a terminal, plain
lines otherwise (logs, CI, nohup). Problems are always printed in full."""

from __future__ import annotations

import time
from typing import TextIO

from slrk_tui import events as ev


class ProgressPrinter:
    def __init__(self, stream: TextIO, tty: bool | None = None):
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.zips_total = self.zips_done = self.bytes_total = self.bytes_done = 0
        self.images = self.faces = self.problems = 0
        self.batches = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._line_open = False

    def handle(self, event: ev.Event) -> None:
        match event:
            case ev.RunStarted():
                self._say(f"query {event.query_id} -> {event.query_dir}")
                self._say(f"face detector: {event.detector}")
            case ev.RunPlanned():
                self.zips_total = event.zips - event.zips_already_done
                self.bytes_total = event.bytes
                self.batches = event.batches
                self._say(f"plan: {event.panelists} panelist(s), {event.zips} zip(s), "
                          f"{_mb(event.bytes)}, {event.batches} batch(es); "
                          f"{event.zips_already_done} zip(s) already done, "
                          f"{event.zips_skipped_by_date} outside the dates")
            case ev.ObjectDownloaded():
                self.bytes_done += event.bytes
                self.zips_done += 1
                self._progress()
            case ev.BatchProgressed():
                self.images += event.images
                self.faces += event.faces
                self._progress()
            case ev.BatchFinished():
                if not self.tty:
                    self._say(f"batch {event.batch}/{self.batches} done: {event.zips} zip(s), "
                              f"{event.images} image(s), {event.faces} face(s), "
                              f"{event.problems} problem(s), {event.seconds:.1f}s")
                self._progress(force=True)
            case ev.Warning() | ev.Error():
                self.problems += 1
                label = "error" if isinstance(event, ev.Error) else "warning"
                self._say(f"{label}: {event.key}: {event.reason}")
            case ev.CsvConsolidated():
                if not self.tty:
                    self._say(f"consolidated {event.panelist} {event.prefix}: {event.rows} rows")
            case ev.RunFinished():
                self._say(f"{event.status}: {event.message}")
                if event.report_path:
                    self._say(f"report: {event.report_path}")

    def _progress(self, force: bool = False) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < 0.2:
            return
        self._last_draw = now
        elapsed = max(now - self.started, 1e-6)
        rate = self.bytes_done / elapsed
        eta = (self.bytes_total - self.bytes_done) / rate if rate > 0 else 0
        width = 24
        filled = int(width * self.zips_done / self.zips_total) if self.zips_total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(
            f"\r[{bar}] zips {self.zips_done}/{self.zips_total} images {self.images} "
            f"faces {self.faces} problems {self.problems} {_mb(rate)}/s ETA {eta:.0f}s\x1b[K"
        )
        self.stream.flush()
        self._line_open = True

    def _say(self, text: str) -> None:
        if self._line_open:
            self.stream.write("\r\x1b[K")
            self._line_open = False
        self.stream.write(ev.terminal_safe(text) + "\n")
        self.stream.flush()


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"
