"""Participation per panelist x day: counted by the workers, merged at report time, written as
participation.csv, participation.png and report.json's "participation". The end-to-end study is
written here with a known gap: panelist 0002 sends nothing on 2026-09-02 (Chicago time)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import cv2
import pytest
from test_engine_exact import SESSION_HEADER, SHOT_HEADER, app_csv, ms, screen_jpeg, write_zip

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.engine.participation import (
    NO_DATA_COLOUR,
    DayCounter,
    ParticipationTally,
    heatmap_text,
    listing_coverage,
    median_of_counts,
    render_heatmap,
)
from slrk_tui.engine.plan import Unit
from slrk_tui.engine.s3 import ObjectInfo

from helpers.cli import server_env, slrk_run_cmd

BUCKET = "gap-bucket"
PANEL = "academia/tenant/t1_tenant_one/panel/p1/V_12/panelist"
TZ = "America/Chicago"  # UTC-5 in September


def test_median_of_counts():
    assert median_of_counts(Counter()) is None
    assert median_of_counts(Counter({7: 1})) == 7
    assert median_of_counts(Counter({30: 1, 119: 1, 120: 1})) == 119
    assert median_of_counts(Counter({60: 1, 300: 1})) == 180
    assert median_of_counts(Counter({-5: 2, 10: 1, 1000: 1})) == 2.5


def test_days_are_local_and_units_merge():
    a = DayCounter(TZ, {"z1": ms("2026-09-02T05:00:00Z")})
    a.add_row("screenshot_data", "z1", ms("2026-09-02T04:59:00Z"))  # 23:59 on the 1st in Chicago
    a.add_row("screenshot_data", "z1", ms("2026-09-02T05:00:00Z"))  # 00:00 on the 2nd
    a.add_row("session_data", "z1", ms("2026-09-02T04:00:00Z"))
    a.add_row("app_accessibility_data", "z1", ms("2026-09-02T04:00:00Z"))  # not counted
    a.add_row("screenshot_data", "z1", None)  # no time, no day
    a.add_images({"x.jpg": ms("2026-09-02T04:59:00Z")}, [("x.jpg", 2)], ["unknown.jpg"])
    b = DayCounter(TZ, {"z2": ms("2026-09-02T06:00:00Z")})
    b.add_row("screenshot_data", "z2", ms("2026-09-02T04:10:00Z"))
    tally = ParticipationTally(TZ, dt.date(2026, 9, 1), dt.date(2026, 9, 2), ["p"])
    tally.add("p", json.loads(json.dumps(a.to_json())))  # as stored in state.sqlite
    tally.add("p", json.loads(json.dumps(b.to_json())))
    summary = tally.summary()
    assert summary["days"] == ["2026-09-01", "2026-09-02"]
    first = summary["panelists"]["p"]["2026-09-01"]
    assert first == {
        "screenshots": 2,
        "sessions": 1,
        "hours_with_data": 1,
        "upload_lag_median_minutes": (1 + 110) / 2,
        "faces_redacted": 2,
        "images_withheld": 0,
    }
    assert summary["panelists"]["p"]["2026-09-02"]["screenshots"] == 1


def shot(name: str, when: str) -> list[str]:
    path = f"/data/user/0/com.screenlake/files/{name}" if name else ""
    return [
        "x",
        path,
        "z",
        "com.android.chrome",
        "s",
        "g",
        "",
        "t",
        "Tue",
        str(ms(when)),
        when,
        "00:00:00",
        "09/01/2026",
    ]


def session(start: str) -> list[str]:
    return [
        "x",
        start,
        start,
        "s",
        "0",
        "1000",
        "1",
        "0.3",
        "p1",
        "t1",
        "00:00:00",
        "09/01/2026",
        "00:00:00",
        "09/01/2026",
    ]


def gap_zip(
    root: Path,
    code: str,
    n: int,
    shots: list[tuple[str, str, bytes | None]],
    sessions: list[str],
    upload: str,
) -> None:
    uuid = f"{n:08d}-0000-4000-8000-000000000000"
    entries: list[tuple[str, bytes]] = [
        (
            f"screenshot_data_csv_{uuid}.csv",
            app_csv(SHOT_HEADER, [shot(name, when) for name, when, _ in shots]),
        ),
        (f"session_data_csv_{uuid}.csv", app_csv(SESSION_HEADER, [session(s) for s in sessions])),
    ]
    entries += [(name, data) for name, _, data in shots if data is not None]
    write_zip(root / BUCKET / PANEL / code / f"image_zip_{uuid}_1.zip", entries, upload)


@pytest.fixture(scope="module")
def gap_run(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gap")
    img = screen_jpeg(60)
    gap_zip(
        root,
        "0001",
        1,
        [
            ("a1.jpg", "2026-09-01T18:00:00Z", img),
            ("a2.jpg", "2026-09-01T18:00:05Z", screen_jpeg(70)),
            ("a3.jpg", "2026-09-01T19:30:00Z", screen_jpeg(80)),
            ("broken.jpg", "2026-09-01T19:31:00Z", b"\xff\xd8\xff cut"),
        ],
        ["2026-09-01T17:59:00Z"],
        upload="2026-09-01T20:00:00Z",
    )
    gap_zip(
        root,
        "0001",
        2,
        [
            ("a4.jpg", "2026-09-02T23:00:00Z", screen_jpeg(90)),
            ("a5.jpg", "2026-09-03T03:00:00Z", screen_jpeg(100)),
        ],  # 22:00 local
        [],
        upload="2026-09-03T04:00:00Z",
    )
    gap_zip(
        root,
        "0002",
        3,
        [("b1.jpg", "2026-09-01T15:00:00Z", screen_jpeg(110))],
        ["2026-09-01T14:50:00Z"],
        upload="2026-09-01T23:00:00Z",
    )
    gap_zip(
        root,
        "0002",
        4,
        [("b3.jpg", "2026-09-03T16:00:00Z", screen_jpeg(120))],
        [],
        upload="2026-09-04T01:00:00Z",
    )
    out = tmp_path_factory.mktemp("gap-out")
    with LocalS3Server(root) as server:
        proc = subprocess.run(
            slrk_run_cmd(
                server.endpoint_url,
                out,
                "--bucket",
                BUCKET,
                "--prefix",
                "academia/",
                "--start",
                "2026-09-01",
                "--end",
                "2026-09-03",
                "--tz",
                TZ,
                "--processors",
                "2",
                "--query-id",
                "q",
            ),
            env=server_env(server),
            capture_output=True,
            text=True,
            timeout=240,
        )
    assert proc.returncode == 3, proc.stderr  # the broken JPEG is withheld
    return out / "q"


@pytest.mark.slow
def test_participation_csv_has_the_gap_and_the_figures(gap_run):
    with open(gap_run / "participation.csv", newline="") as fh:
        rows = {(r["panelist"], r["day"]): r for r in csv.DictReader(fh)}
    days = ["2026-09-01", "2026-09-02", "2026-09-03"]
    assert sorted(rows) == [(p, d) for p in ("0001", "0002") for d in days]
    assert rows[("0002", "2026-09-02")] == {
        "panelist": "0002",
        "day": "2026-09-02",
        "screenshots": "0",
        "sessions": "0",
        "hours_with_data": "0",
        "upload_lag_median_minutes": "",
        "faces_redacted": "0",
        "images_withheld": "0",
    }
    a1 = rows[("0001", "2026-09-01")]
    # 13:00, 13:00:05, 14:30 and 14:31 local; uploaded 20:00Z: lags 120, 119, 30, 29 minutes
    assert (a1["screenshots"], a1["sessions"], a1["hours_with_data"]) == ("4", "1", "2")
    assert a1["upload_lag_median_minutes"] == str((30 + 119) / 2)
    assert a1["images_withheld"] == "1"
    a2 = rows[("0001", "2026-09-02")]  # 18:00 and 22:00 local (03:00Z on the 3rd)
    assert (a2["screenshots"], a2["hours_with_data"], a2["upload_lag_median_minutes"]) == ("2", "2", "180.0")
    assert rows[("0001", "2026-09-03")]["screenshots"] == "0"
    assert rows[("0002", "2026-09-03")]["screenshots"] == "1"

    report = json.loads((gap_run / "report.json").read_text())
    part = report["participation"]
    assert part["tz"] == TZ and part["days"] == days
    assert sorted(part["panelists"]["0002"]) == ["2026-09-01", "2026-09-03"]
    assert part["panelists"]["0001"]["2026-09-01"]["screenshots"] == 4


@pytest.mark.slow
def test_heatmap_png_leaves_the_silent_day_blank(gap_run, tmp_path):
    report = json.loads((gap_run / "report.json").read_text())
    # the PNG of the run is the one rendering the same summary gives (the centres come with it)
    centres = render_heatmap(tmp_path / "again.png", report["participation"])
    assert (tmp_path / "again.png").read_bytes() == (gap_run / "participation.png").read_bytes()
    image = cv2.imread(str(gap_run / "participation.png"))  # BGR
    blank = tuple(int(NO_DATA_COLOUR[i : i + 2], 16) for i in (5, 3, 1))

    def colour(panelist: str, day: str) -> tuple[int, ...]:
        x, y = centres[(panelist, day)]
        return tuple(int(v) for v in image[y, x])

    assert colour("0002", "2026-09-02") == blank
    assert colour("0001", "2026-09-03") == blank
    for cell in (
        ("0001", "2026-09-01"),
        ("0001", "2026-09-02"),
        ("0002", "2026-09-01"),
        ("0002", "2026-09-03"),
    ):
        assert colour(*cell) != blank, cell
    # more screenshots, another colour
    assert colour("0001", "2026-09-01") != colour("0002", "2026-09-01")


@pytest.mark.slow
def test_status_shows_the_gap_in_block_characters(gap_run):
    out = subprocess.run(
        [sys.executable, "-m", "slrk_tui", "status", str(gap_run)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "screenshots per day, 2026-09-01..2026-09-03 (America/Chicago): · none, █ up to 4" in lines, (
        out.stdout
    )
    # 0001: 4 (the busiest), 2, nothing; 0002: 1, nothing, 1
    assert "  0001 █▓·" in lines and "  0002 ▒·▒" in lines, out.stdout


def test_listing_coverage_shows_a_silent_upload_day():
    def unit(folder: str, *uploads: str) -> Unit:
        objects = tuple(
            ObjectInfo(f"{folder}/{i}.zip", 10, dt.datetime.fromisoformat(u)) for i, u in enumerate(uploads)
        )
        return Unit(folder, folder, objects)

    coverage = listing_coverage(
        [
            unit(
                "0001", "2026-09-01T20:00:00+00:00", "2026-09-02T20:00:00+00:00", "2026-09-03T20:00:00+00:00"
            ),
            unit("0002", "2026-09-01T20:00:00+00:00", "2026-09-04T02:00:00"),  # naive = UTC
        ],
        TZ,
    )
    assert coverage["days"] == ["2026-09-01", "2026-09-02", "2026-09-03"]
    assert coverage["panelists"]["0002"] == {"2026-09-01": {"zips": 1}, "2026-09-03": {"zips": 1}}
    assert heatmap_text(coverage, "zips")[1:] == ["  0001 ███", "  0002 █·█"]
