"""The app shows participation: zips per panelist per upload day on the setup screen (from the
listing, before any download) and screenshots per panelist per day on the summary screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_tui_snapshots import StaticApp
from textual.widgets import Input, MaskedInput, Select

from slrk_tui import events as ev
from slrk_tui.config import RunConfig
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.screens.summary import SummaryScreen

from helpers.pilot import NULL, P2762_V11, demo_app, to_setup, wait_until


def shown(screen, selector: str) -> list[str]:
    widget = screen.query_one(selector)
    return str(widget.render()).splitlines() if widget.display else []


@pytest.mark.slow
async def test_setup_shows_uploads_per_panelist_and_day(s3_server) -> None:
    app = demo_app(s3_server, Path("/tmp/slrk-out-unused"))
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await to_setup(pilot, app, NULL, P2762_V11)
        screen.query_one("#start", MaskedInput).value = "2026-09-01"
        screen.query_one("#end", MaskedInput).value = "2026-09-02"
        screen.query_one("#basis", Select).value = "upload"
        screen.query_one("#tz", Input).value = "UTC"
        await wait_until(
            pilot,
            lambda: screen.preview is not None and screen.preview.zips > 2 and shown(screen, "#coverage"),
            30,
            "the preview",
        )
        lines = shown(screen, "#coverage")
        coverage = screen.preview.coverage
        assert coverage["days"] == ["2026-09-01", "2026-09-02"]
        assert lines[0].startswith("zips per day, 2026-09-01..2026-09-02 (UTC)")
        assert sorted(ln.split()[0] for ln in lines[1:]) == sorted(coverage["panelists"])
        assert (
            sum(z["zips"] for p in coverage["panelists"].values() for z in p.values()) == screen.preview.zips
        )


async def test_summary_shows_screenshots_per_day_with_the_gap(tmp_path) -> None:
    report = {
        "panelists": {},
        "totals": {},
        "participation": {
            "tz": "UTC",
            "days": ["2026-09-01", "2026-09-02", "2026-09-03"],
            "columns": [],
            "panelists": {
                "0001": {
                    d: {"screenshots": n}
                    for d, n in (("2026-09-01", 8), ("2026-09-02", 4), ("2026-09-03", 8))
                },
                "0002": {"2026-09-01": {"screenshots": 8}, "2026-09-03": {"screenshots": 1}},
            },
        },
    }
    (tmp_path / "report.json").write_text(json.dumps(report))
    model = RunProgress(clock=lambda: 0.0)
    model.apply(ev.RunFinished(0, "done", "done", str(tmp_path / "report.json")))
    app = StaticApp(RunConfig(), demo=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await app.push_screen(SummaryScreen(model))
        await pilot.pause(0.1)
        lines = shown(app.screen, "#summary-participation")
        assert lines[1:] == ["  0001 █▓█", "  0002 █·░"]
        assert "participation.csv" in str(app.screen.query_one("#summary-output").render())
