"""The headless CLI's view of the engine's events: a redrawn progress line on a terminal, plain
lines otherwise (logs, CI, nohup). Problems are always printed in full. The numbers come from
the same `RunProgress` fold the dashboard reads."""

from __future__ import annotations

import io
import os
import time
from typing import TextIO

from slrk_tui import events as ev
from slrk_tui.progress_model import RunProgress, Stage


class ProgressPrinter:
    def __init__(self, stream: TextIO, tty: bool | None = None):
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.model = RunProgress()
        self._last_draw = 0.0
        self._line_open = False
        self._reader_gone = False

    def handle(self, event: ev.Event) -> None:
        self.model.apply(event)
        self.model.take_new()  # the printer words its own lines; keep the model's buffers empty
        match event:
            case ev.RunStarted():
                self._say(f"query {event.query_id} -> {event.query_dir}")
                self._say(f"face detector: {event.detector}")
            case ev.RunPlanned():
                self._say(
                    f"plan: {event.panelists} panelist(s), {event.zips_pending} zip(s) "
                    f"to do, {_mb(event.bytes_pending)}, {event.batches_pending} batch(es); "
                    f"{event.zips_already_done} zip(s) already done, "
                    f"{event.zips_skipped_by_date} outside the dates"
                )
            case ev.ObjectDownloaded() | ev.BatchProgressed():
                self._progress()
            case ev.BatchFinished():
                if not self.tty:
                    self._say(
                        f"batch {event.batch}/{self.model.batches_total} done: "
                        f"{event.zips} zip(s), "
                        f"{event.images} image(s), {event.faces} face(s), "
                        f"{event.problems} problem(s), {event.seconds:.1f}s"
                    )
                self._progress(force=True)
            case ev.Warning() | ev.Error():
                label = "error" if isinstance(event, ev.Error) else "warning"
                self._say(f"{label}: {event.key}: {event.reason}")
            case ev.Note():
                self._say(f"note: {event.key}: {event.note}")
            case ev.CsvConsolidated():
                if not self.tty:
                    self._say(f"consolidated {event.panelist} {event.prefix}: {event.rows} rows")
            case ev.RunFinished():
                if self.tty:  # the last state of the bar stays on screen, above the result
                    self._progress(force=True)
                    self._write("\n")
                    self._line_open = False
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
        self._write("\r" + self.status_line() + "\x1b[K")
        self._line_open = True

    def status_line(self) -> str:
        """`[####----] download 50% · redact 4/8 zips · batches 1/2 · … ETA 4s`."""
        m = self.model
        width = 24
        filled = int(width * (m.process_stage.fraction or 0.0))
        rate = m.downloaded_bytes / m.elapsed if m.elapsed > 0 else 0.0
        eta = m.eta(m.process_stage)
        return (
            f"[{'#' * filled}{'-' * (width - filled)}] download {_pct(m.download_stage)} · "
            f"redact {m.processed_zips}/{m.zips_total} zips · "
            f"batches {m.batches_done}/{m.batches_total} · images {m.images} "
            f"faces {m.faces} problems {len(m.problems)} · {_mb(rate)}/s "
            f"ETA {'–' if eta is None else f'{eta:.0f}s'}"
        )

    def _say(self, text: str) -> None:
        if self._line_open:
            self._write("\r\x1b[K")
            self._line_open = False
        self._write(ev.terminal_safe(text) + "\n")

    def _write(self, text: str) -> None:
        """Write now; once the reader has gone (`slrk run 2>&1 | head`), write nothing more: the
        run goes on, and its record (events.jsonl, run.log) still holds every line."""
        if self._reader_gone:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            self._reader_gone = True
            discard(self.stream)


def discard(stream: TextIO) -> None:
    """Point ``stream``'s file at /dev/null once its reader has gone, so that nothing more
    written to it (Python's own flush at exit included) raises BrokenPipeError."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return  # not a file (a test's StringIO): nothing to flush at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _pct(stage: Stage) -> str:
    fraction = stage.fraction
    return "–%" if fraction is None else f"{fraction * 100:.0f}%"


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"
