"""SVG snapshots of the main screens at fixed sizes, with no clock and no random port on screen.

Update with `pytest tests/test_tui_snapshots.py --snapshot-update` after a deliberate change,
and look at the SVGs (`pytest --snapshot-report`) before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, MaskedInput, Select

from slrk_tui import events as ev
from slrk_tui.config import RunConfig
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.runner import EngineRun
from slrk_tui.tui.screens.run import RunScreen
from slrk_tui.tui.screens.summary import SummaryScreen

from helpers.pilot import (
    NULL,
    P2762_V11,
    PANEL,
    UT_0099,
    demo_app,
    open_folder,
    select,
    to_setup,
    wait_for_browse,
    wait_until,
)

SUBTITLE = "demo · s3://screenlake-zip-prod · http://127.0.0.1:PORT"


class StaticApp(SlrkApp):
    """The app without its connect step, for screens painted from a fixed event list."""

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # skip SlrkApp.on_mount: no S3 behind this app
        self.sub_title = SUBTITLE


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make every snapshot with a focused input flaky."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda _self: None)


@pytest.mark.slow
def test_browse_with_selection(snap_compare, s3_server, tmp_path: Path) -> None:
    app = demo_app(s3_server, tmp_path)

    async def run_before(pilot) -> None:
        tree = await wait_for_browse(pilot, app)
        await select(pilot, tree, PANEL)
        await select(pilot, tree, UT_0099)
        await open_folder(pilot, tree, PANEL + "V_12/panelist/")
        screen = app.screen
        await wait_until(pilot, lambda: screen.summary is not None and screen.summary[2], 20, "the count")
        app.sub_title = SUBTITLE

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


@pytest.mark.slow
def test_dates_and_settings(snap_compare, s3_server, tmp_path: Path) -> None:
    app = demo_app(s3_server, Path("/data/slrk-out"))

    async def run_before(pilot) -> None:
        screen = await to_setup(pilot, app, NULL, P2762_V11)
        screen.query_one("#start", MaskedInput).value = "2026-09-01"
        screen.query_one("#end", MaskedInput).value = "2026-09-01"
        screen.query_one("#basis", Select).value = "upload"
        screen.query_one("#tz", Input).value = "America/Chicago"
        await wait_until(
            pilot,
            lambda: (
                screen.preview is not None and screen._preview_key is not None and screen.preview.zips == 2
            ),
            30,
            "the preview",
        )
        await pilot.pause(0.2)
        app.sub_title = SUBTITLE

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def mid_run_events() -> list[ev.Event]:
    """A run two batches in, one problem, in event time (seconds since the start)."""
    t0 = 1_800_000_000.0
    key = "academia/tenant/t/panel/p/V_12/panelist/7822/image_zip_bad_3.zip"
    return [
        ev.RunStarted("query_0123456789ab", "/data/out/query_0123456789ab", "libfacedetection", at=t0),
        ev.RunPlanned(
            panelists=3,
            zips_pending=12,
            bytes_pending=24_000_000,
            batches_pending=4,
            zips_already_done=0,
            zips_skipped_by_date=5,
            at=t0 + 1,
        ),
        ev.BatchStarted(1, 3, 6_000_000, ("0099", "7822"), at=t0 + 1),
        ev.BatchStarted(2, 3, 6_000_000, ("7822",), at=t0 + 2),
        *[ev.ObjectDownloaded(1 + i // 3, f"k{i}", 2_000_000, at=t0 + 3 + i) for i in range(6)],
        ev.BatchProgressed(1, 1, 3, images=40, faces=6, withheld=0, rows=55, at=t0 + 8),
        ev.BatchProgressed(1, 2, 3, images=38, faces=3, withheld=0, rows=50, at=t0 + 12),
        ev.BatchProgressed(1, 3, 3, images=41, faces=9, withheld=1, rows=60, at=t0 + 15),
        ev.BatchFinished(1, 3, 119, 18, 1, 1, 14.0, at=t0 + 15),
        ev.Warning(key, "not a zip file (truncated upload?)", at=t0 + 16),
        ev.BatchStarted(3, 3, 6_000_000, ("7822", "null"), at=t0 + 16),
        ev.BatchProgressed(2, 1, 3, images=44, faces=0, withheld=0, rows=61, at=t0 + 19),
        ev.CsvConsolidated("0099", "screenshot_data", 119, "/x.csv", at=t0 + 20),
    ]


def test_dashboard_mid_run(snap_compare) -> None:
    app = StaticApp(RunConfig(), demo=True)
    model = RunProgress(clock=lambda: 1_800_000_000.0 + 24)
    model.apply_all(mid_run_events())
    model.spark.extend([0.0, 0.1, 0.25, 0.2, 0.3, 0.15, 0.2])

    async def run_before(pilot) -> None:
        await app.push_screen(RunScreen(EngineRun(RunConfig(), None), model, live=False))
        await pilot.pause(0.2)
        app.screen.paint()
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_summary_of_a_cancelled_run(snap_compare) -> None:
    app = StaticApp(RunConfig(), demo=True)
    model = RunProgress(clock=lambda: 1_800_000_000.0 + 30)
    model.apply_all(mid_run_events())
    model.apply(
        ev.RunFinished(
            1,
            "cancelled",
            "Cancelled. Nothing is lost: rerun the same command (query query_0123456789ab) to resume.",
            "",
            at=1_800_000_000.0 + 30,
        )
    )

    async def run_before(pilot) -> None:
        await app.push_screen(SummaryScreen(model))
        await pilot.pause(0.1)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
