"""Red-team pass on CSV encodings: a CSV written in UTF-16 with a byte order mark.

The app writes UTF-8, but a CSV re-saved by a spreadsheet or a Windows tool can be UTF-16 (BOM
FF FE or FE FF). It was read as UTF-8: reported as invalid UTF-8, and as every other byte is a
NUL most rows no longer fitted the header and were dropped. A BOM says which encoding the file
is in, so the file is decoded by it and every row is kept with its exact values (the output stays
UTF-8). Bytes that are not UTF-8 without such a BOM keep their handling (U+FFFD, reported).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from test_engine_exact import ACC_HEADER, SHOT_HEADER, app_csv, ms, screen_jpeg, shot_row

from slrk_tui.engine.appcsv import parse_app_csv

from helpers.cli import put_object, run_day

BUCKET = "redteam-encoding"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/6001"
UUID = "88888888-8888-4888-8888-888888888888"
WHEN = "2026-09-01T03:00:00Z"
TEXTS = ["héllo 0042", "naïve “quotes” 日本語", "emoji 😀 past the BMP", "null"]
IMAGES = [f"img_88888888-0000-4000-8000-{i:012d}_2026_09_01_03_00_0{i}_000.jpg" for i in range(len(TEXTS))]
SHOT_CSV = f"screenshot_data_csv_{UUID}.csv"
ACC_CSV = f"app_accessibility_data_csv_{UUID}.csv"


def shots(zip_name: str) -> list[list[str]]:
    return [shot_row(n, zip_name, WHEN, text=t) for n, t in zip(IMAGES, TEXTS, strict=True)]


def acc_rows() -> list[list[str]]:
    return [
        ["0042", "URL", str(ms(WHEN) + i), "com.android.chrome", "s", f"i{i}", t] for i, t in enumerate(TEXTS)
    ]


def utf16(data: bytes, bom: bytes) -> bytes:
    """The app's UTF-8 CSV re-encoded as UTF-16 with the given byte order mark."""
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    return bom + data.decode("utf-8").encode(codec)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE], ids=["FFFE", "FEFF"])
def test_a_utf16_csv_is_read_by_its_byte_order_mark(bom: bytes) -> None:
    parsed = parse_app_csv(utf16(app_csv(SHOT_HEADER, shots("z.zip")), bom), "z.zip:x.csv")
    assert parsed.columns == SHOT_HEADER
    assert parsed.rows == shots("z.zip")
    assert parsed.problems == []


def test_bad_bytes_without_a_utf16_bom_are_still_reported() -> None:
    parsed = parse_app_csv(b'"a","b"\n"x\xff","y"\n', "z.zip:x.csv")
    assert parsed.rows == [["x\ufffd", "y"]]
    assert any("invalid UTF-8" in p for p in parsed.problems)


def test_broken_utf16_after_its_bom_is_reported_not_dropped() -> None:
    data = utf16(app_csv(["a", "b"], [["x", "y"]]), codecs.BOM_UTF16_LE) + b"\x00"  # odd length
    parsed = parse_app_csv(data, "z.zip:x.csv")
    assert parsed.rows == [["x", "y"]]
    assert any(p.startswith("invalid UTF-16-LE at byte offset") for p in parsed.problems)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_utf16_csvs_keep_every_row_exactly(tmp_path: Path) -> None:
    name = f"image_zip_{UUID}_{len(IMAGES)}.zip"
    key = f"{PANELIST}/{name}"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SHOT_CSV, utf16(app_csv(SHOT_HEADER, shots(name)), codecs.BOM_UTF16_LE))
        zf.writestr(ACC_CSV, utf16(app_csv(ACC_HEADER, acc_rows()), codecs.BOM_UTF16_BE))
        for i, image in enumerate(IMAGES):
            zf.writestr(image, screen_jpeg(40 + 40 * i))
    put_object(tmp_path / "s3" / BUCKET, key, buf.getvalue(), "2026-09-01T04:00:00Z")
    out = tmp_path / "out"
    proc = run_day(tmp_path / "s3", out, BUCKET, "2026-09-01")
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((out / "q" / "report.json").read_text())
    assert report["bad_objects"] == []
    folder = out / "q" / "combined" / "panelists" / "6001"
    for csv_name, header, rows in (
        ("screenshot_data", SHOT_HEADER, shots(name)),
        ("app_accessibility_data", ACC_HEADER, acc_rows()),
    ):
        data = (folder / "metadata" / f"{csv_name}-consolidated.csv").read_bytes()
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8))
        got = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert got[0] == header and sorted(got[1:]) == sorted(rows), csv_name
    assert sorted(p.name for p in (folder / "images").iterdir()) == sorted(IMAGES)
    notes = [n for n in report["notes"] if "UTF-16" in n["note"]]
    assert sorted(n["note"].split(":", 1)[0] for n in notes) == sorted([SHOT_CSV, ACC_CSV])
