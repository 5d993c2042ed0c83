"""Start, progress, cancel, resume and summary: the real engine against the local S3 server.

The selection is kept small on purpose (two panelists, upload dates of one day = 2 zips, 12
JPGs), so each run takes seconds while still going through download, redaction and
consolidation.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable, MaskedInput, Select, Static

from slrk_tui import events as ev
from slrk_tui.demo.server import ServerInfo
from slrk_tui.engine.pools import make_executor
from slrk_tui.engine.state import list_queries
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.confirm import ConfirmScreen
from slrk_tui.tui.screens.resume import ResumeScreen
from slrk_tui.tui.screens.run import RunScreen
from slrk_tui.tui.screens.summary import SummaryScreen

from helpers.pilot import NULL, screen_with, to_setup, wait_until
from helpers.pilot import P2762_V11 as P2762
from helpers.pilot import demo_app as make_app
from helpers.proxy import FaultProxy

DAY = "2026-09-01"


@pytest.fixture(scope="module")
def executor():
    """Made before any app runs, as run_app does (a pool made inside a running app fails)."""
    pool = make_executor(2)
    yield pool
    pool.shutdown(cancel_futures=True)


@dataclasses.dataclass
class Link:
    """The local S3 server as the app sees it: through a proxy that can add latency."""

    info: ServerInfo
    proxy: FaultProxy

    def slow_down(self) -> None:
        """From now on 0.4 s more for every request (a slow link)."""
        self.proxy.delay = 0.4


@pytest.fixture()
def link(s3_server):
    """The same server behind a proxy that turns into a slow link as the run starts (see
    start_small_run), so a run of this small selection is still going while a test presses keys,
    cancels or quits. Browsing and the form before it (~16 requests) are not slowed: no test
    here times them."""
    port = int(s3_server.endpoint_url.rsplit(":", 1)[1])
    proxy = FaultProxy(port)
    with proxy as url:
        yield Link(dataclasses.replace(s3_server, endpoint_url=url), proxy)


def expected_jpgs(demo_manifest) -> int:
    """JPGs of the two selected zips (uploaded on DAY) that are readable."""
    from datetime import UTC, datetime

    keys = {
        o.key
        for o in demo_manifest.objects
        if (o.key.startswith(NULL) or o.key.startswith(P2762))
        and datetime.fromtimestamp(o.uploaded_at, UTC).date().isoformat() == DAY
    }
    assert len(keys) == 2
    return sum(1 for j in demo_manifest.jpgs if j.zip_key in keys and not j.corrupt)


def images_on_disk(query_dir: Path) -> dict[str, int]:
    base = query_dir / "combined" / "panelists"
    return {
        p.name: sum(1 for f in (p / "images").iterdir() if f.is_file())
        for p in sorted(base.iterdir())
        if (p / "images").is_dir()
    }


async def start_small_run(pilot, app: SlrkApp, link: Link, batch_size: int = 1) -> None:
    screen = await to_setup(pilot, app, NULL, P2762)
    screen.query_one("#start", MaskedInput).value = DAY
    screen.query_one("#end", MaskedInput).value = DAY
    screen.query_one("#basis", Select).value = "upload"
    screen.query_one("#batch").value = str(batch_size)
    screen.query_one("#procs").value = "2"
    await pilot.pause()
    link.slow_down()  # every request of the run (its listing too) crosses the slow link
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirmation")
    await pilot.press("enter")  # "Start" has the focus
    await wait_until(pilot, lambda: isinstance(app.screen, RunScreen), 5, "the dashboard")


@pytest.mark.slow
async def test_start_progress_and_summary(link, demo_manifest, executor, tmp_path: Path) -> None:
    app = make_app(link.info, tmp_path, executor=executor)
    async with app.run_test(size=(120, 40)) as pilot:
        await start_small_run(pilot, app, link, batch_size=1)
        run_screen = app.screen
        assert isinstance(run_screen, RunScreen)
        # Keys are answered while the engine works (coalesced repaints, engine in a thread): the
        # time from a key press to its handling being done, median of 10. A hang check, not a
        # speed figure: an engine on the event loop would hold each key for a whole batch, while
        # on a 2-core box whose cores the workers and the other test worker take, a handled key
        # took up to 0.35 s (median), and 2.0 s with other jobs beside the suite (load 6-8).
        latencies = []
        for key in ["down", "up"] * 5:
            t0 = time.monotonic()
            await pilot.press(key)
            latencies.append(time.monotonic() - t0)
        assert sorted(latencies)[5] < 5.0, latencies
        await pilot.press("f1")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "HelpScreen", 3, "help")
        await pilot.press("escape")
        await wait_until(pilot, lambda: run_screen.model.planned is not None, 60, "the plan")
        planned = run_screen.model.planned
        assert planned.zips_planned == 2 and planned.batches_pending == 2
        await screen_with(pilot, app, SummaryScreen, "#summary-status", 150)
        summary = app.screen
        model = run_screen.model
        # Dashboard numbers came from the events.
        assert model.downloaded_zips == 2 and model.processed_zips == 2
        assert model.batches_done == 2 and model.finished.exit_code in (0, 3)
        table = run_screen.query_one("#batches", DataTable)
        assert table.row_count == 2
        assert [str(table.get_cell(k, "state")) for k in ("1", "2")] == ["done", "done"]
        # The summary: per-panelist rows, totals, output path, exit code meaning.
        expected = expected_jpgs(demo_manifest)
        query_dir = Path(model.query_dir)
        on_disk = images_on_disk(query_dir)
        assert sum(on_disk.values()) == expected == model.images
        rows = {r[0]: r for r in summary.panelist_rows()}
        assert set(rows) == set(on_disk) == {"null", "2762"}
        assert {k: r[2] for k, r in rows.items()} == on_disk
        status = str(summary.query_one("#summary-status", Static).render())
        assert "exit code" in status and ("all done" in status or "problems" in status)
        assert str(query_dir) in str(summary.query_one("#summary-output", Static).render())
        assert (query_dir / "report.json").is_file()
        await pilot.press("c")
        assert app.clipboard == summary.output_path
        await pilot.press("q")
    assert app.return_value == model.finished.exit_code


@pytest.mark.slow
async def test_cancel_keeps_state_and_resume_finishes(link, demo_manifest, executor, tmp_path: Path) -> None:
    app = make_app(link.info, tmp_path, executor=executor)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_small_run(pilot, app, link, batch_size=1)
        run_screen = app.screen
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirm")
        await pilot.press("escape")  # "Keep running": nothing happens
        assert not run_screen.cancelling and app.engine.running
        await pilot.press("c")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirm")
        await pilot.press("y")
        await screen_with(pilot, app, SummaryScreen, "#summary-status", 120)
        first = run_screen.model.finished
        query_id = run_screen.model.query_id
        assert first.status == "cancelled" and "resume" in first.message.lower()
        assert "Cancelled" in str(app.screen.query_one("#summary-status").render())
        # The query is on disk with its state: the resume screen lists it.
        await pilot.press("f3")
        resume = await screen_with(pilot, app, ResumeScreen, "#queries", 5)
        assert [q.query_id for q in resume.queries] == [query_id]
        assert resume.queries[0].status == first.status
        table = resume.query_one("#queries", DataTable)
        assert str(table.get_cell(query_id, "status")) == first.status
        await pilot.press("r")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirm")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, RunScreen), 5, "dashboard")
        second_screen = app.screen
        await screen_with(pilot, app, SummaryScreen, "#summary-status", 150)
        second = second_screen.model
        assert second.query_id == query_id  # same folder, same query
        assert second.finished.status in ("done", "done_with_problems")
        assert second.planned.zips_planned == 2  # the same selection and dates, read from disk
        # The resumed run's bars count only its own work, so they all end full.
        stages = (second.download_stage, second.process_stage, second.batches_stage)
        assert [s.fraction for s in stages] == [1.0, 1.0, 1.0], stages
        expected = expected_jpgs(demo_manifest)
        assert sum(images_on_disk(Path(second.query_dir)).values()) == expected
    assert list_queries(tmp_path)[0].status in ("done", "done_with_problems")


@pytest.mark.slow
async def test_quit_while_running_asks_then_cancels(link, executor, tmp_path: Path) -> None:
    app = make_app(link.info, tmp_path, executor=executor)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_small_run(pilot, app, link, batch_size=1)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirm")
        await pilot.press("escape")  # keep running
        assert isinstance(app.screen, RunScreen) and app.engine.running
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), 5, "confirm")
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running, 120, "the app to exit")
    assert not app.engine.running
    assert app.return_value == app.last_exit_code
    statuses = [q.status for q in list_queries(tmp_path)]
    assert statuses and statuses[0] in ("cancelled", "done", "done_with_problems")


def test_progress_model_folds_events_and_coalesces() -> None:
    """The dashboard model: totals, per-batch rows, ETA from a fixed clock, problems."""
    now = [100.0]
    m = RunProgress(clock=lambda: now[0])
    events: list[ev.Event] = [
        ev.RunStarted("query_x", "/out/query_x", "det", at=100.0),
        ev.RunPlanned(
            panelists=2,
            zips_pending=4,
            bytes_pending=4000,
            batches_pending=2,
            zips_already_done=0,
            zips_skipped_by_date=1,
            at=100.0,
        ),
        ev.BatchStarted(1, 2, 2000, ("a",), at=100.0),
        ev.ObjectDownloaded(1, "k1", 1000, at=101.0),
        ev.ObjectDownloaded(1, "k2", 1000, at=101.0),
        ev.BatchProgressed(1, 1, 2, images=5, faces=2, withheld=0, rows=7, at=102.0),
        ev.ImageRedacted("a", "img1.jpg", 2, at=102.0),
        ev.Warning("t/panel/p/V_12/panelist/a/bad.zip", "not a zip", at=102.0),
        ev.BatchProgressed(1, 2, 2, images=3, faces=0, withheld=1, rows=4, at=103.0),
        ev.BatchFinished(1, 2, 8, 2, 1, 2, 3.0, at=103.0),
        ev.CsvConsolidated("a", "screenshot_data", 11, "/x.csv", at=104.0),
    ]
    m.apply_all(events)
    now[0] = 110.0
    assert (m.downloaded_zips, m.downloaded_bytes, m.processed_zips) == (2, 2000, 2)
    assert (m.images, m.faces, m.withheld, m.rows, m.csvs) == (8, 2, 1, 11, 1)
    assert m.batches[1].state == "done" and m.batches_done == 1
    assert m.eta(m.process_stage) == pytest.approx(10.0)  # 2 of 4 in 10 s
    assert [p.reason for p in m.problems] == ["not a zip"]
    assert m.panelists["a"].faces == 2 and m.panelists["a"].rows == {"screenshot_data": 11}
    logs, problems, changed = m.take_new()
    assert len(problems) == 1 and changed == {1} and any("Batch 1 done" in x for x in logs)
    assert m.take_new() == ([], [], set())  # drained: the next repaint paints nothing new
    m.apply(ev.RunFinished(1, "cancelled", "Cancelled. rerun", "", at=111.0))
    assert m.finished is not None and m.elapsed == pytest.approx(11.0)
