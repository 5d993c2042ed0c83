"""Red-team pass on capture times that cannot be read.

In a capture-basis query a row is kept when its time is in the days. A row whose time cannot be
read at all (`-5`, `null`, empty, a microsecond epoch past the year 9999) cannot be filtered, so
it is kept in every query: right (a row is never lost), but it was never said. A query for one
day then held rows from any day, and nothing told the user which files they came from or why.
Each source CSV with such rows is now named in a note (report.json and the progress output)
with the count; the exit code is unchanged (nothing was lost or withheld).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from test_engine_exact import ACC_HEADER, SHOT_HEADER, app_csv, ms, screen_jpeg, shot_row

from helpers.cli import put_object, run_day

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-untimed"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/5001"
UUID = "77777777-7777-4777-8777-777777777777"
WHEN = "2026-09-01T03:00:00Z"
IMAGE = "img_77777777-0000-4000-8000-000000000000_2026_09_01_03_00_00_000.jpg"
UNREADABLE = ["-5", "null", "", "1788231600000000"]  # the last: microseconds, year ~58600
SHOT_CSV = f"screenshot_data_csv_{UUID}.csv"
ACC_CSV = f"app_accessibility_data_csv_{UUID}.csv"


def untimed_shot(i: int, value: str) -> list[str]:
    """A restricted-app row (no image) whose every time column holds `value`."""
    row = shot_row("", "z", WHEN, text=f"untimed {i}")
    row[SHOT_HEADER.index("t_epoch_ts_ms")] = value
    row[SHOT_HEADER.index("t_natural_utc_ts")] = value
    return row


def test_rows_kept_without_a_readable_time_are_counted_per_csv(tmp_path: Path) -> None:
    name = f"image_zip_{UUID}_{1 + len(UNREADABLE)}.zip"
    key = f"{PANELIST}/{name}"
    shots = [shot_row(IMAGE, name, WHEN)] + [untimed_shot(i, v) for i, v in enumerate(UNREADABLE)]
    acc = [
        ["0042", "URL", str(ms(WHEN)), "com.android.chrome", "sess-1", "int-1", "a"],
        ["0042", "URL", "-5", "com.android.chrome", "sess-1", "int-2", "b"],
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SHOT_CSV, app_csv(SHOT_HEADER, shots))
        zf.writestr(IMAGE, screen_jpeg(60))
        zf.writestr(ACC_CSV, app_csv(ACC_HEADER, acc))
    put_object(tmp_path / "s3" / BUCKET, key, buf.getvalue(), "2026-09-01T04:00:00Z")
    out = tmp_path / "out"
    proc = run_day(tmp_path / "s3", out, BUCKET, "2026-09-01")
    assert proc.returncode == 0, proc.stderr[-3000:]  # nothing lost or withheld: not bad input
    metadata = out / "q" / "combined" / "panelists" / "5001" / "metadata"
    with open(metadata / "screenshot_data-consolidated.csv", encoding="utf-8", newline="") as fh:
        kept = [r["t_epoch_ts_ms"] for r in csv.DictReader(fh)]
    assert sorted(kept) == sorted([str(ms(WHEN)), *UNREADABLE])  # every row is still there
    report = json.loads((out / "q" / "report.json").read_text())
    notes = {n["note"].split(":", 1)[0]: n for n in report["notes"] if "readable" in n["note"]}
    assert set(notes) == {SHOT_CSV, ACC_CSV}
    assert all(n["key"] == key for n in notes.values())
    assert notes[SHOT_CSV]["note"].startswith(f"{SHOT_CSV}: 4 row(s) kept without a readable capture time")
    assert "t_epoch_ts_ms" in notes[SHOT_CSV]["note"]
    assert notes[ACC_CSV]["note"].startswith(f"{ACC_CSV}: 1 row(s) kept without a readable capture time")
    for note in notes.values():  # the headless progress says it too, naming the object
        assert f"note: {key}: {note['note']}" in proc.stderr
    assert report["bad_objects"] == []
