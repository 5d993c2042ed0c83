"""Red-team pass on CSV line endings: a CSV whose lines end in a carriage return alone.

The app writes LF. A CSV re-saved by a tool that writes classic Mac line ends (CR only, e.g. a
spreadsheet's "CSV (Macintosh)" export) was split on LF only, so the whole file was one line:
the header swallowed every row (the data became column names, reported as "repeated" column
names), no row was kept, and the zip's images were reported as having no row. A file with CR and
no LF is now read line by line on CR, every value exact; CRLF and LF files are read as before.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_engine_exact import ACC_HEADER, SHOT_HEADER, app_csv, ms, screen_jpeg, shot_row

from slrk_tui.engine.appcsv import parse_app_csv

from helpers.cli import put_object, run_day, zip_of

BUCKET = "redteam-lineends"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/9001"
UUID = "99999999-1111-4111-8111-111111111111"
WHEN = "2026-09-01T03:00:00Z"
IMAGES = [f"img_99999999-0000-4000-8000-{i:012d}_2026_09_01_03_00_0{i}_000.jpg" for i in range(2)]
ACC = [["0042", "URL", str(ms(WHEN)), "com.android.chrome", "sess-1", "int-1", 'say "hi", ok']]


def cr_only(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r")


def shots(name: str) -> list[list[str]]:
    return [shot_row(n, name, WHEN, text=t) for n, t in zip(IMAGES, ["null", "0042"], strict=True)]


def test_a_cr_only_csv_is_read_row_by_row() -> None:
    for ending in (b"\r", b"\r\n", b"\n"):
        data = app_csv(SHOT_HEADER, shots("z.zip")).replace(b"\n", ending)
        parsed = parse_app_csv(data, "x")
        assert parsed.problems == [], ending
        assert parsed.columns == SHOT_HEADER and parsed.rows == shots("z.zip"), ending
    parsed = parse_app_csv(cr_only(app_csv(ACC_HEADER, ACC)), "x")
    assert (parsed.rows, parsed.repaired) == (ACC, 1)  # the unescaped quotes still repaired


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_cr_only_csvs_keep_every_row_and_image(tmp_path: Path) -> None:
    name = f"image_zip_{UUID}_2.zip"
    data = zip_of(
        [
            (f"screenshot_data_csv_{UUID}.csv", cr_only(app_csv(SHOT_HEADER, shots(name)))),
            (f"app_accessibility_data_csv_{UUID}.csv", cr_only(app_csv(ACC_HEADER, ACC))),
            *((n, screen_jpeg(40 + 50 * i)) for i, n in enumerate(IMAGES)),
        ]
    )
    put_object(tmp_path / "s3" / BUCKET, f"{PANELIST}/{name}", data, "2026-09-01T04:00:00Z")
    out = tmp_path / "out"
    proc = run_day(tmp_path / "s3", out, BUCKET, "2026-09-01")
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((out / "q" / "report.json").read_text())
    assert report["bad_objects"] == []
    folder = out / "q" / "combined" / "panelists" / "9001"
    for prefix, header, rows in (
        ("screenshot_data", SHOT_HEADER, shots(name)),
        ("app_accessibility_data", ACC_HEADER, ACC),
    ):
        with open(folder / "metadata" / f"{prefix}-consolidated.csv", encoding="utf-8", newline="") as fh:
            assert list(csv.reader(fh)) == [header, *rows], prefix
    assert sorted(p.name for p in (folder / "images").iterdir()) == sorted(IMAGES)
