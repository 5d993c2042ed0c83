"""Regenerate screenshots/ from the demo: tree browser, date panel and the dashboard mid-run.

    python scripts/make_screenshots.py [--sizes 120x40,80x24] [--png]

A small demo study is generated (or reused) under --study-dir and served by a local rclone S3
server; the app is driven with Textual's Pilot exactly like the tests do, and each screen is
saved as SVG (and PNG with --png when cairosvg is installed). The dashboard shot is taken from
a real run, a few seconds in.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.demo.study import StudySpec, generate_study
from slrk_tui.engine.pools import make_executor
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.run import RunScreen
from slrk_tui.tui.screens.setup import SetupScreen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test helpers
from helpers.pilot import (
    NULL,
    P2762_V11,
    PANEL,
    UT_0099,
    demo_app,
    open_folder,
    select,
    wait_for_browse,
    wait_until,
)

SPEC = StudySpec(panelists=4, days=2, sessions_per_day=2, seed=7, bad_inputs=True)
SUBTITLE = "demo · s3://screenlake-zip-prod · http://127.0.0.1"


def save(app: SlrkApp, out: Path, name: str, png: bool) -> None:
    svg_path = out / f"{name}.svg"
    svg_path.write_text(app.export_screenshot(title=f"slrk · {name}"))
    if png:
        import cairosvg

        cairosvg.svg2png(url=str(svg_path), write_to=str(svg_path.with_suffix(".png")))
    print(f"wrote {svg_path}", file=sys.stderr)


async def shoot(info, out: Path, size: tuple[int, int], png: bool, work: Path) -> None:
    suffix = f"{size[0]}x{size[1]}"
    executor = make_executor(2)  # before the app runs
    app = demo_app(info, work / "out", executor=executor)
    try:
        async with app.run_test(size=size) as pilot:
            tree = await wait_for_browse(pilot, app)
            await select(pilot, tree, PANEL)
            await select(pilot, tree, UT_0099)
            await open_folder(pilot, tree, PANEL + "V_12/panelist/")
            screen = app.screen
            await wait_until(pilot, lambda: screen.summary is not None and screen.summary[2], 30, "the count")
            app.sub_title = SUBTITLE
            save(app, out, f"tree-browser-{suffix}", png)
            # Start over with a small selection for the date panel and the run.
            await select(pilot, tree, PANEL)  # unselect the panel
            await select(pilot, tree, UT_0099)
            await select(pilot, tree, NULL)
            await select(pilot, tree, P2762_V11)
            await pilot.press("n")
            await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen), 10, "setup")
            setup = app.screen
            setup.query_one("#start").value = "2026-09-01"
            setup.query_one("#end").value = "2026-09-02"
            setup.query_one("#tz").value = "America/Chicago"
            setup.query_one("#procs").value = "2"
            setup.query_one("#batch").value = "1"
            await wait_until(pilot, lambda: setup.preview is not None, 60, "the preview")
            await pilot.pause(0.3)
            app.sub_title = SUBTITLE
            save(app, out, f"date-panel-{suffix}", png)
            await pilot.press("ctrl+s")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, RunScreen), 10, "dashboard")
            run = app.screen
            deadline = time.monotonic() + 120
            await wait_until(
                pilot,
                lambda: run.model.batches_done >= 1 or time.monotonic() > deadline,
                130,
                "a finished batch",
            )
            await pilot.pause(1.0)
            app.sub_title = SUBTITLE
            save(app, out, f"dashboard-{suffix}", png)
            run.cancel_now()
            await wait_until(pilot, lambda: run.model.finished is not None, 120, "the end")
            await pilot.pause(0.5)
    finally:
        executor.shutdown(cancel_futures=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--sizes", default="120x40,80x24")
    parser.add_argument("--png", action="store_true", help="also write PNGs (needs cairosvg)")
    parser.add_argument(
        "--study-dir", type=Path, default=Path(tempfile.gettempdir()) / "slrk-screenshot-study"
    )
    ns = parser.parse_args()
    ns.out.mkdir(parents=True, exist_ok=True)
    generate_study(ns.study_dir, SPEC)
    sizes = [tuple(int(v) for v in s.split("x")) for s in ns.sizes.split(",")]
    with LocalS3Server(ns.study_dir) as info, tempfile.TemporaryDirectory() as work:
        for size in sizes:
            asyncio.run(shoot(info, ns.out, size, ns.png, Path(work) / f"{size[0]}x{size[1]}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
