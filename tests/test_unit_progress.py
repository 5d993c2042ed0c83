"""progress.py, the CLI's printer, fed a scripted run: plain lines in logs, one redrawn line on a
terminal, problems always printed whole and never mixed into the progress line, and a resumed
run that ends at N/N."""

from __future__ import annotations

import io

import pytest

from slrk_tui import events as ev
from slrk_tui import progress
from slrk_tui.progress import ProgressPrinter

KEY = "academia/tenant/t1/panel/p1/V_12/panelist/0042/image_zip_u1_3.zip"


class Clock:
    """time.monotonic under the test's control: the printer redraws at most every 0.2 s."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(progress.time, "monotonic", c)
    return c


def a_run(done_before: int = 0) -> list[ev.Event]:
    """Two batches of two zips; `done_before` zips were finished by an earlier, interrupted run."""
    todo = 4 - done_before
    events: list[ev.Event] = [
        ev.RunStarted(query_id="query_abc", query_dir="/out/query_abc", detector="libfacedetection"),
        ev.RunPlanned(
            panelists=1,
            zips_pending=todo,
            bytes_pending=todo * 1_000_000,
            batches_pending=(todo + 1) // 2,
            zips_already_done=done_before,
            zips_skipped_by_date=3,
        ),
    ]
    for i in range(todo):
        batch = 1 + i // 2
        events += [
            ev.ObjectDownloaded(batch=batch, key=f"{KEY}.{i}", bytes=1_000_000),
            ev.BatchProgressed(
                batch=batch, zips_done=i % 2 + 1, zips=2, images=10, faces=1, withheld=0, rows=30
            ),
        ]
        if i == 1:
            events.append(ev.Warning(key=KEY, reason="entry '../x.csv' skipped: zip-slip"))
        if i % 2 or i == todo - 1:
            events.append(
                ev.BatchFinished(
                    batch=batch, zips=2, images=20, faces=2, withheld=0, problems=int(i == 1), seconds=1.5
                )
            )
    events += [
        ev.CsvConsolidated(panelist="0042", prefix="screenshot_data", rows=120, path="/x.csv"),
        ev.RunFinished(
            exit_code=3,
            status="done_with_problems",
            message="1 problem",
            report_path="/out/query_abc/report.json",
        ),
    ]
    return events


def play(events: list[ev.Event], tty: bool, clock: Clock) -> str:
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=tty)
    for event in events:
        clock.now += 0.5
        printer.handle(event)
    return out.getvalue()


def test_in_a_log_every_step_is_one_plain_line(clock: Clock) -> None:
    text = play(a_run(), tty=False, clock=clock)
    assert "\r" not in text and "\x1b" not in text
    assert text.splitlines() == [
        "query query_abc -> /out/query_abc",
        "face detector: libfacedetection",
        "plan: 1 panelist(s), 4 zip(s) to do, 4.0 MB, 2 batch(es); 0 zip(s) already done, "
        "3 outside the dates",
        f"warning: {KEY}: entry '../x.csv' skipped: zip-slip",
        "batch 1/2 done: 2 zip(s), 20 image(s), 2 face(s), 1 problem(s), 1.5s",
        "batch 2/2 done: 2 zip(s), 20 image(s), 2 face(s), 0 problem(s), 1.5s",
        "consolidated 0042 screenshot_data: 120 rows",
        "done_with_problems: 1 problem",
        "report: /out/query_abc/report.json",
    ]


def test_on_a_terminal_progress_is_one_redrawn_line(clock: Clock) -> None:
    text = play(a_run(), tty=True, clock=clock)
    redraws = [part for part in text.split("\r") if part.startswith("[")]
    assert redraws, text
    assert all(part.endswith("\x1b[K") or "\n" in part for part in redraws)
    last = redraws[-1]
    assert last.startswith("[" + "#" * 24 + "]") and "redact 4/4 zips" in last
    assert "download 100%" in last and "batches 2/2" in last
    assert "images 40" in last and "faces 4" in last and "problems 1" in last
    assert "consolidated" not in text and "batch 1/2 done" not in text  # logs-only lines


def test_a_warning_on_a_terminal_clears_the_progress_line_first(clock: Clock) -> None:
    text = play(a_run(), tty=True, clock=clock)
    warning = f"warning: {KEY}: entry '../x.csv' skipped: zip-slip\n"
    at = text.index(warning)
    assert text[:at].endswith("\r\x1b[K"), "the message would be glued to the progress bar"


def test_redraws_are_rate_limited(clock: Clock) -> None:
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=True)
    printer.handle(
        ev.RunPlanned(
            panelists=1,
            zips_pending=100,
            bytes_pending=100,
            batches_pending=1,
            zips_already_done=0,
            zips_skipped_by_date=0,
        )
    )
    for i in range(100):
        clock.now += 0.01  # 100 downloads in one second
        printer.handle(ev.ObjectDownloaded(batch=1, key=str(i), bytes=1))
    assert 3 <= out.getvalue().count("\r[") <= 6


def test_a_resumed_run_counts_only_what_is_left_and_ends_full(clock: Clock) -> None:
    text = play(a_run(done_before=2), tty=True, clock=clock)
    assert "2 zip(s) already done" in text
    last = [part for part in text.split("\r") if part.startswith("[")][-1]
    assert "redact 2/2 zips" in last and last.startswith("[" + "#" * 24 + "]")
    assert "download 100%" in last and "batches 1/1" in last and "ETA 0s" in last


def test_an_error_is_printed_whole(clock: Clock) -> None:
    out = io.StringIO()
    ProgressPrinter(out, tty=False).handle(ev.Error(key=KEY, reason="download failed after 6 attempts"))
    assert out.getvalue() == f"error: {KEY}: download failed after 6 attempts\n"


class ReaderGone(io.StringIO):
    """A stream whose reader leaves after ``lines`` writes (`slrk run 2>&1 | head`)."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.left, self.tried = lines, 0

    def write(self, text: str) -> int:
        self.tried += 1
        if self.left == 0:
            raise BrokenPipeError(32, "Broken pipe")
        self.left -= 1
        return super().write(text)


def test_a_reader_that_leaves_stops_the_printing_not_the_run(clock: Clock) -> None:
    stream = ReaderGone(lines=2)
    printer = ProgressPrinter(stream, tty=False)
    for event in a_run():  # every event is still taken in: the run goes on
        printer.handle(event)
    assert stream.getvalue().splitlines() == [
        "query query_abc -> /out/query_abc",
        "face detector: libfacedetection",
    ]
    assert stream.tried == 3, "it kept writing to a pipe nobody reads"
    assert printer.model.batches_done == 2
