"""One progress model for the dashboard and the CLI: a resumed run (half its work done before a
crash) must end with every bar full, in both, and the batch table must count zips, not units."""

from __future__ import annotations

import io

from slrk_tui import events as ev
from slrk_tui.progress import ProgressPrinter
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.widgets.dashboard import BatchTable, stage_details

T0 = 1_800_000_000.0


def resumed_run_events() -> list[ev.Event]:
    """What the engine emits when 4 of 9 zips were done before a SIGKILL: one pair unit
    (csv_zip + image_zip) and three single zips left, in two batches of this run."""
    pending = [
        ("a/csv_zip_u1.zip", 300),
        ("a/image_zip_u1.zip", 700),
        ("b/image_zip_u2.zip", 500),
        ("b/image_zip_u3.zip", 500),
        ("b/image_zip_u4.zip", 1000),
    ]
    out: list[ev.Event] = [
        ev.RunStarted("q", "/out/q", "det", at=T0),
        ev.RunPlanned(
            panelists=2,
            zips_pending=5,
            bytes_pending=3000,
            batches_pending=2,
            zips_already_done=4,
            zips_skipped_by_date=1,
            at=T0,
        ),
        ev.BatchStarted(1, 3, 1500, ("a", "b"), at=T0),
    ]
    out += [ev.ObjectDownloaded(1, key, size, at=T0 + 1) for key, size in pending[:3]]
    out += [
        ev.BatchProgressed(1, 2, 3, images=10, faces=1, withheld=0, rows=5, at=T0 + 2),
        ev.BatchProgressed(1, 3, 3, images=4, faces=0, withheld=0, rows=0, at=T0 + 3),
        ev.BatchFinished(1, 3, 14, 1, 0, 0, 3.0, at=T0 + 3),
        ev.BatchStarted(2, 2, 1500, ("b",), at=T0 + 3),
    ]
    out += [ev.ObjectDownloaded(2, key, size, at=T0 + 4) for key, size in pending[3:]]
    out += [
        ev.BatchProgressed(2, 1, 2, images=6, faces=2, withheld=0, rows=0, at=T0 + 5),
        ev.BatchProgressed(2, 2, 2, images=6, faces=0, withheld=0, rows=0, at=T0 + 6),
        ev.BatchFinished(2, 2, 12, 2, 0, 0, 3.0, at=T0 + 6),
        ev.CsvConsolidated("a", "screenshot_data", 5, "/x.csv", at=T0 + 6),
        ev.RunFinished(0, "done", "ok", "/out/q/report.json", at=T0 + 7),
    ]
    return out


def test_resumed_run_model_ends_full() -> None:
    m = RunProgress(clock=lambda: T0 + 7)
    m.apply_all(resumed_run_events())
    stages = {"download": m.download_stage, "process": m.process_stage, "batches": m.batches_stage}
    assert {k: s.fraction for k, s in stages.items()} == dict.fromkeys(stages, 1.0)
    assert all(m.eta(s) == 0.0 for s in stages.values())
    assert (m.processed_zips, m.zips_total, m.batches_done, m.batches_total) == (5, 5, 2, 2)


def test_resumed_run_dashboard_lines_end_full() -> None:
    m = RunProgress(clock=lambda: T0 + 7)
    m.apply_all(resumed_run_events())
    lines = stage_details(m)
    assert [stage.fraction for stage, _text in lines.values()] == [1.0, 1.0, 1.0]
    assert "5/5 zips" in lines["download"][1] and "ETA 0s" in lines["download"][1]
    assert "5/5 zips" in lines["process"][1] and "ETA 0s" in lines["process"][1]
    assert lines["batches"][1].startswith("2/2 batches")


def test_batch_rows_count_zips_while_running() -> None:
    """A pair unit counts two zips: the row reads 2/3 mid-batch, never units against zips."""
    m = RunProgress(clock=lambda: T0 + 2)
    m.apply_all(resumed_run_events()[:7])  # batch 1's first unit is done
    row = m.batches[1]
    assert BatchTable._cells(row, T0 + 2)[1] == "2/3"
    assert m.process_stage.done == 2


def printed(tty: bool) -> tuple[ProgressPrinter, str]:
    """The CLI printer fed the resumed run, and what it wrote."""
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=tty)
    for event in resumed_run_events():
        printer.handle(event)
    return printer, out.getvalue()


def test_resumed_run_cli_printer_ends_full() -> None:
    printer, text = printed(tty=True)
    final = printer.status_line()
    assert "download 100%" in final and "redact 5/5 zips" in final
    assert "batches 2/2" in final and final.endswith("ETA 0s")
    # The full bar is the last progress line and stays on screen above the result.
    last_bar = text.split("\r")[-1].split("\n")[0]
    assert last_bar.startswith("[########################] download 100%"), last_bar
    assert "\n" + "done: ok" in text
    assert "5 zip(s) to do" in text and "4 zip(s) already done" in text


def test_cli_printer_plain_lines_number_this_runs_batches() -> None:
    printer, text = printed(tty=False)
    assert "batch 1/2 done: 3 zip(s)" in text and "batch 2/2 done: 2 zip(s)" in text
    assert "\r" not in text  # no redrawn line in logs
    assert printer.model.new_log == []  # nothing piles up in a long headless run


def test_nothing_left_to_do_is_complete() -> None:
    """A rerun of a finished query plans zero work: bars are full, not 0% forever."""
    m = RunProgress(clock=lambda: T0 + 1)
    assert m.process_stage.fraction is None  # unknown before the plan
    m.apply(
        ev.RunPlanned(
            panelists=1,
            zips_pending=0,
            bytes_pending=0,
            batches_pending=0,
            zips_already_done=3,
            zips_skipped_by_date=0,
            at=T0,
        )
    )
    assert [s.fraction for s in (m.download_stage, m.process_stage, m.batches_stage)] == [1.0] * 3


async def test_batch_table_columns_grow_with_their_counts() -> None:
    """A row first painted as 0/20 must later read 19/20, not a cut "19/2"."""
    from textual.app import App, ComposeResult

    class TableApp(App):
        def compose(self) -> ComposeResult:
            yield BatchTable()

    m = RunProgress(clock=lambda: T0 + 1)
    m.apply(ev.BatchStarted(1, 20, 20_000, ("a",), at=T0))
    app = TableApp()
    async with app.run_test(size=(100, 10)) as pilot:
        table = app.query_one(BatchTable)
        table.show_rows(m, m.take_new()[2])
        await pilot.pause()
        first_width = table.columns["zips"].content_width
        m.apply(ev.BatchProgressed(1, 19, 20, images=1, faces=0, withheld=0, rows=0, at=T0 + 1))
        table.show_rows(m, m.take_new()[2])
        await pilot.pause()
        assert table.get_cell("1", "zips") == "19/20"
        assert table.columns["zips"].content_width >= len("19/20") > first_width
