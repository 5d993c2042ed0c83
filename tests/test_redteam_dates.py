"""Red-team pass on the days of a query: a day whose midnight happens twice.

Cuba (and Jordan, Syria until 2022) set clocks back from 01:00 to 00:00, so on that day 00:00-00:59
happens twice and the day starts at the first 00:00 (daylight time). The window started at the
second one (pytz's default for an ambiguous time), so the day's first hour of screenshots went to
the day before: a query for that day lost them and a query for the day before got them.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
import pytz
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.config import RunConfig
from slrk_tui.demo.server import LocalS3Server

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

BUCKET = "redteam-dates"
TZ = "America/Havana"
DAY = dt.date(2023, 11, 5)  # 01:00 CDT -> 00:00 CST
KEY = "academia/tenant/t1_one/panel/p1/V_12/panelist/3001"
UUID = "55555555-5555-4555-8555-555555555555"
# capture time (UTC) -> the local day it belongs to
SHOTS = {
    "2023-11-05T03:30:00Z": dt.date(2023, 11, 4),  # 23:30 CDT
    "2023-11-05T04:30:00Z": DAY,  # 00:30 CDT, the first 00:30
    "2023-11-05T05:30:00Z": DAY,  # 00:30 CST, the second
    "2023-11-06T04:30:00Z": DAY,  # 23:30 CST
    "2023-11-06T05:00:00Z": dt.date(2023, 11, 6),  # 00:00 CST
}


def image(i: int) -> str:
    return f"img_{i:08d}-0000-4000-8000-000000000000_2023_11_05_00_30_0{i}_000.jpg"


@pytest.mark.parametrize(
    ("tz", "day"),
    [(TZ, DAY), ("Asia/Amman", dt.date(2021, 10, 29)), ("America/Sao_Paulo", dt.date(2018, 11, 4))],
)
def test_a_day_is_every_instant_whose_local_date_it_is(tz: str, day: dt.date) -> None:
    lo, hi = RunConfig(prefixes=("a/",), start=day, end=day, tz=tz).window_utc()
    zone = pytz.timezone(tz)
    minute = dt.timedelta(minutes=1)
    assert lo.astimezone(zone).date() == day and (lo - minute).astimezone(zone).date() < day
    assert (hi - minute).astimezone(zone).date() == day and hi.astimezone(zone).date() > day


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_first_hour_of_a_fall_back_day_belongs_to_that_day(tmp_path: Path) -> None:
    name = f"image_zip_{UUID}_{len(SHOTS)}.zip"
    images = {image(i): screen_jpeg(30 + 30 * i) for i in range(len(SHOTS))}
    rows = [shot_row(n, name, when) for n, when in zip(images, SHOTS, strict=True)]
    data = zip_of([(f"screenshot_data_csv_{UUID}.csv", app_csv(SHOT_HEADER, rows)), *images.items()])
    put_object(tmp_path / "s3" / BUCKET, f"{KEY}/{name}", data, "2023-11-06T06:00:00Z")
    out = tmp_path / "out"
    queries = {"day": (DAY, DAY), "before": (dt.date(2023, 11, 1), dt.date(2023, 11, 4))}
    with LocalS3Server(tmp_path / "s3") as info:
        for qid, (start, end) in queries.items():
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--tz", TZ,
                "--start", start.isoformat(), "--end", end.isoformat(), "--query-id", qid,
                "--processors", "1",
            )  # fmt: skip
            proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
            assert proc.returncode == 0, proc.stderr[-3000:]
    for qid, (start, end) in queries.items():
        want = {n for n, day in zip(images, SHOTS.values(), strict=True) if start <= day <= end}
        folder = out / qid / "combined" / "panelists" / "3001"
        assert {p.name for p in (folder / "images").iterdir()} == want, qid
        csv = (folder / "metadata" / "screenshot_data-consolidated.csv").read_text()
        assert {n for n in images if n in csv} == want, qid
        report = json.loads((out / qid / "report.json").read_text())
        assert report["panelists"]["3001"]["rows"] == {"screenshot_data": len(want)}, qid
