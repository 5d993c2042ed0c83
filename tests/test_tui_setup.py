"""Pilot tests of the date range panel, the settings and the preview (real engine preview)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, MaskedInput, Select, Static

from slrk_tui.tui.screens.setup import SetupScreen
from slrk_tui.tui.widgets.bucket_tree import BucketTree
from slrk_tui.tui.widgets.date_range import DateRange, find_timezone

from helpers.pilot import BUCKET, NULL, P2762_V11, to_setup, wait_until
from helpers.pilot import demo_app as make_app

TODAY = dt.date(2026, 9, 30)

pytestmark = pytest.mark.slow  # every test here starts the local S3 server


def error_text(screen: SetupScreen) -> str:
    widget = screen.query_one("#date-error", Static)
    return str(widget.render()) if widget.display else ""


async def test_dates_validate_and_presets(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await to_setup(pilot, app, NULL)
        dates = screen.query_one(DateRange)
        start = screen.query_one("#start", MaskedInput)
        end = screen.query_one("#end", MaskedInput)
        # Defaults: one year ago .. today (from the RunConfig defaults).
        assert end.value == dt.date.today().isoformat()
        assert error_text(screen) == ""
        # Typing goes through the mask: digits only, separators added.
        start.value = ""
        start.focus()
        await pilot.press(*"20260230")
        assert start.value == "2026-02-30"
        assert "real date" in error_text(screen)
        await pilot.press("ctrl+s")  # refused: still here
        assert isinstance(app.screen, SetupScreen)
        start.value = "2026-10-05"
        end.value = "2026-10-01"
        await pilot.pause()
        assert "after end" in error_text(screen)
        # Presets end today (the app's `today`) and count whole days, inclusive.
        await pilot.click("#preset-7")
        assert (start.value, end.value) == ("2026-09-24", "2026-09-30")
        assert error_text(screen) == ""
        assert "7 days" in str(screen.query_one("#range-days").render())
        await pilot.click("#preset-90")
        assert start.value == (TODAY - dt.timedelta(days=89)).isoformat()
        await pilot.click("#preset-all")
        assert dates.values()[0] == dt.date(2000, 1, 1)


async def test_timezone_search_and_basis_explanation(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await to_setup(pilot, app, NULL)
        tz = screen.query_one("#tz", Input)
        tz.value = ""
        tz.focus()
        await pilot.press(*"america/chic")
        await pilot.pause(0.1)  # the suggestion is computed in the background
        await pilot.press("right")  # accepts the suggestion
        assert tz.value == "America/Chicago"
        assert screen.query_one(DateRange).values()[2] == "America/Chicago"
        tz.value = "Mars/Olympus"
        await pilot.pause()
        assert "not known" in error_text(screen)
        tz.value = "tokyo"  # a city alone is enough
        await pilot.pause()
        assert error_text(screen) == ""
        assert screen.query_one(DateRange).values()[2] == "Asia/Tokyo"
        help_line = screen.query_one("#basis-help", Static)
        assert "taken" in str(help_line.render())
        screen.query_one("#basis", Select).value = "upload"
        await pilot.pause()
        assert "uploaded" in str(help_line.render())
    assert find_timezone("utc") == "UTC" and find_timezone("nowhere") is None


async def test_preview_line_and_start_confirmation(s3_server, demo_root: Path, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await to_setup(pilot, app, NULL, P2762_V11)
        screen.query_one("#start", MaskedInput).value = "2026-09-01"
        screen.query_one("#end", MaskedInput).value = "2026-09-01"
        screen.query_one("#basis", Select).value = "upload"
        preview = screen.query_one("#preview", Static)
        await pilot.pause()  # the form's Changed messages: the preview of the old dates is dropped
        await wait_until(
            pilot,
            lambda: (
                screen.preview is not None
                and "2026-09-01 → 2026-09-01 (UTC, upload)" in str(preview.render())
            ),
            30,
            "the preview of these dates",
        )
        text = str(preview.render())
        # Upload basis, one UTC day: the null panelist's zip and one of 2762's V_11 zips.
        assert screen.preview.panelists == 2
        assert screen.preview.zips == 2
        assert screen.preview.zips_skipped_by_date == 2
        assert "2 panelists · 2 zips" in text and "2026-09-01 → 2026-09-01" in text
        # Settings are validated too.
        batch = screen.query_one("#batch", Input)
        batch.value = "0"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SetupScreen)
        batch.value = "1"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ConfirmScreen", 5, "the confirmation")
        body = str(app.screen.query_one("#dialog-body", Static).render())
        assert "2 zips" in body and str(tmp_path) in body
        await pilot.press("escape")  # "Back": nothing starts
        assert isinstance(app.screen, SetupScreen) and app.engine is None
        await pilot.press("escape")
        assert app.screen.query_one(BucketTree).selected  # selection kept on the way back
    assert BUCKET in app.config.bucket
