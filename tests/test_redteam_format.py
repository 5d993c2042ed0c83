"""Red-team pass against the format document (screenlake-format.md §1.2, §2-§3, §5).

A tiny study written here byte by byte, one panelist per case, run end to end through `slrk run`
over a real S3 server:

- 8001: the same screenshot in two zips under two UUIDs (§5 "Duplicate screenshots": the app
  only logs them; deduplicate on (id_user, t_epoch_ts_ms, file)). Each copy's row names its own
  zip in `zipFileId`, so the rows are not identical: the image was written once but its row
  twice, and every per-screenshot count of that panelist was inflated. Now one row per screenshot.
- 8002: values pandas would change (`null`, `0042`, `1e5`, `NaN`, spaces around text, an epoch in
  seconds) survive byte for byte (§3 writer properties).
- 8003: header-only CSVs (§2.2: a tool should tolerate them) give a header-only output, not an error.
- 8004: the newer variant (§1.2, §3.3, §3.6): a csv_zip and an image_zip of one UUID, a 15-column
  session CSV, package events and the manifest both zips carry (written once).
- 8005: mixed-case extensions (`.ZIP` key, `.CSV`, `.JPG`, `.jpeg`: §2.3 case-insensitive).
- 9001/9002: §1.2's other layouts, an `uploadImages=false` tenant key and a `test/` upload.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_engine_exact import ACC_HEADER, SESSION_HEADER, SHOT_HEADER, app_csv, ms, screen_jpeg, shot_row
from test_parquet import assert_twin_equals_csv
from test_redteam_named import BUCKET as NAMED_BUCKET
from test_redteam_named import run_queries

from helpers.cli import put_object, run_day, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-format"
P = "academia/tenant/t1_one/panel/p1/V_12/panelist"
WHEN = "2026-09-01T03:00:00Z"
UPLOADED = "2026-09-01T04:00:00Z"
MANIFEST_HEADER = ["app_version", "schema_version", "zip_id", "recorded_at_epoch_ms", "recorded_at_utc"]
PACKAGE_HEADER = ["id_user", "apk", "app_name", "event_type", "t_unix_ts_ms", "is_replacing"]


def uuid(n: int) -> str:
    return f"{n:08d}-0000-4000-8000-000000000000"


def image(n: int, ext: str = ".jpg") -> str:
    return f"img_{n:08d}-1111-4000-8000-000000000000_2026_09_01_03_00_00_000{ext}"


def put(root: Path, key: str, entries: list[tuple[str, bytes]]) -> None:
    put_object(root / "s3" / BUCKET, key, zip_of(entries), UPLOADED)


def rows_of(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def entry(kind: str, u: str, header: list[str], rows: list[list[str]]) -> tuple[str, bytes]:
    """The app's CSV of one kind for the batch ``u``, as a zip entry."""
    return f"{kind}_{u}.csv", app_csv(header, rows)


SESSION_15 = ["null", "2026-09-01T02:59:00Z", "2026-09-01T03:01:00.5Z", "sess-1", "0", "120500", "1"]
SESSION_15 += ["5000.0", "general_1", "general_tenant", "19:59:00", "08/31/2026", "20:01:00", "08/31/2026"]
SESSION_15 += ["UNKNOWN"]
PACKAGE = ["0042", "com.x", "X", "INSTALLED", str(ms(WHEN) + 1), "false"]


def put_duplicate(root: Path) -> dict[str, bytes]:
    """8001: one screenshot uploaded in two batches (two UUIDs), its row naming each zip."""
    for n in (80011, 80012):
        name = f"image_zip_{uuid(n)}_1.zip"
        shots = entry("screenshot_data_csv", uuid(n), SHOT_HEADER, [shot_row(image(1), name, WHEN)])
        put(root, f"{P}/8001/{name}", [shots, (image(1), screen_jpeg(60))])
    return {image(1): screen_jpeg(60)}


def put_values(root: Path) -> dict[str, bytes]:
    """8002: values that must survive exactly."""
    u = uuid(8002)
    name = f"image_zip_{u}_1.zip"
    spaced = shot_row(image(2), name, WHEN, text="  lead and trail  ")
    restricted = shot_row("", name, "2026-09-01T03:00:01Z", text="null")
    restricted[SHOT_HEADER.index("apk")] = "1e5"
    restricted[SHOT_HEADER.index("app")] = "NaN"
    acc = [["0042", "SESSION_START", str(ms(WHEN) // 1000), "null", "sess-1", "int-1", "null"],
           ["0042", "CLICKED_EVENT", str(ms(WHEN) + 5), "com.x", "sess-1", "int-2", " Back "]]  # fmt: skip
    put(root, f"{P}/8002/{name}", [entry("screenshot_data_csv", u, SHOT_HEADER, [spaced, restricted]),
                                    (image(2), screen_jpeg(70)),
                                    entry("app_accessibility_data_csv", u, ACC_HEADER, acc)])  # fmt: skip
    return {image(2): screen_jpeg(70)}


def put_header_only(root: Path) -> dict[str, bytes]:
    """8003: header-only accessibility and session CSVs beside one screenshot."""
    u = uuid(8003)
    name = f"image_zip_{u}_1.zip"
    shots = entry("screenshot_data_csv", u, SHOT_HEADER, [shot_row(image(3), name, WHEN)])
    put(root, f"{P}/8003/{name}", [entry("app_accessibility_data_csv", u, ACC_HEADER, []), shots,
                                    (image(3), screen_jpeg(80)),
                                    entry("session_data_csv", u, SESSION_HEADER, [])])  # fmt: skip
    return {image(3): screen_jpeg(80)}


def put_newer_variant(root: Path) -> dict[str, bytes]:
    """8004: csv_zip + image_zip of one UUID, both carrying the manifest."""
    u = uuid(8004)
    csv_zip, image_zip = f"csv_zip_{u}.zip", f"image_zip_{u}_1.zip"
    recorded = ["2.1.0", "3", u, str(ms(WHEN) + 60_000), "09/01/2026"]
    manifest = (f"manifest_{u}.csv", app_csv(MANIFEST_HEADER, [recorded]))
    shots = entry("screenshot_data_csv", u, SHOT_HEADER, [shot_row(image(4), image_zip, WHEN)])
    sessions = entry("session_data_csv", u, [*SESSION_HEADER, "stop_reason"], [SESSION_15])
    packages = entry("package_event_data_csv", u, PACKAGE_HEADER, [PACKAGE])
    put(root, f"{P}/8004/{csv_zip}", [shots, sessions, packages, manifest])
    put(root, f"{P}/8004/{image_zip}", [(image(4), screen_jpeg(90)), manifest])
    return {image(4): screen_jpeg(90)}


def put_mixed_case(root: Path) -> dict[str, bytes]:
    """8005: upper- and mixed-case extensions."""
    u = uuid(8005)
    name = f"image_zip_{u}_2.ZIP"
    upper, jpeg = image(5, ".JPG"), image(6, ".jpeg")
    shots = [shot_row(upper, name, WHEN), shot_row(jpeg, name, "2026-09-01T03:00:02Z")]
    put(root, f"{P}/8005/{name}", [(f"screenshot_data_csv_{u}.CSV", app_csv(SHOT_HEADER, shots)),
                                    (upper, screen_jpeg(100)), (jpeg, screen_jpeg(110))])  # fmt: skip
    return {upper: screen_jpeg(100), jpeg: screen_jpeg(110)}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("format")
    makers = {"8001": put_duplicate, "8002": put_values, "8003": put_header_only,
              "8004": put_newer_variant, "8005": put_mixed_case}  # fmt: skip
    expect = {folder: make(root) for folder, make in makers.items()}
    out = root / "out"
    proc = run_day(root / "s3", out, BUCKET, "2026-09-01")
    report = json.loads((out / "q" / "report.json").read_text())
    return {"proc": proc, "query": out / "q", "expect": expect, "report": report}


def meta(run: dict, folder: str, prefix: str) -> Path:
    return run["query"] / "combined" / "panelists" / folder / "metadata" / f"{prefix}-consolidated.csv"


def test_every_case_is_clean_input_and_every_image_is_written(run: dict) -> None:
    assert run["proc"].returncode == 0, run["proc"].stderr[-3000:]
    assert run["report"]["bad_objects"] == []
    for folder, images in run["expect"].items():
        written = run["query"] / "combined" / "panelists" / folder / "images"
        assert {p.name: p.read_bytes() for p in written.iterdir()} == images, folder


def test_a_screenshot_uploaded_in_two_batches_is_one_row(run: dict) -> None:
    rows = rows_of(meta(run, "8001", "screenshot_data"))
    assert len(rows) == 1, rows  # one screenshot, one image: one row
    assert rows[0]["file"].endswith(image(1))
    assert rows[0]["zipFileId"] == f"image_zip_{uuid(80011)}_1.zip"  # the first zip, on every run
    assert run["report"]["panelists"]["8001"]["rows"] == {"screenshot_data": 1}
    assert run["report"]["panelists"]["8001"]["images"] == 1
    assert assert_twin_equals_csv(meta(run, "8001", "screenshot_data")).num_rows == 1  # Parquet too


def test_values_pandas_would_change_survive_byte_for_byte(run: dict) -> None:
    text = meta(run, "8002", "screenshot_data").read_text(encoding="utf-8")
    assert ",  lead and trail  ," in text
    rows = rows_of(meta(run, "8002", "screenshot_data"))
    restricted = next(r for r in rows if r["file"] == "")
    exact = (restricted["id_user"], restricted["apk"], restricted["app"], restricted["text"])
    assert exact == ("0042", "1e5", "NaN", "null")
    acc = rows_of(meta(run, "8002", "app_accessibility_data"))
    assert [(r["t_unix_ts_ms"], r["apk"], r["text"]) for r in acc] == [
        (str(ms(WHEN) // 1000), "null", "null"),  # epoch seconds kept as written, sorted as ms
        (str(ms(WHEN) + 5), "com.x", " Back "),
    ]


def test_header_only_csvs_give_header_only_outputs(run: dict) -> None:
    assert meta(run, "8003", "app_accessibility_data").read_bytes() == ",".join(ACC_HEADER).encode() + b"\r\n"
    assert meta(run, "8003", "session_data").read_bytes() == ",".join(SESSION_HEADER).encode() + b"\r\n"
    assert len(rows_of(meta(run, "8003", "screenshot_data"))) == 1


def test_the_newer_variant_is_joined_by_uuid_with_its_extra_kinds(run: dict) -> None:
    with open(meta(run, "8004", "session_data"), encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [[*SESSION_HEADER, "stop_reason"], SESSION_15]
    assert [list(r.values()) for r in rows_of(meta(run, "8004", "package_event_data"))] == [PACKAGE]
    manifest = rows_of(meta(run, "8004", "manifest"))
    assert len(manifest) == 1 and manifest[0]["zip_id"] == uuid(8004)  # in both zips, written once
    assert len(rows_of(meta(run, "8004", "screenshot_data"))) == 1


def test_mixed_case_extensions_are_read(run: dict) -> None:
    rows = rows_of(meta(run, "8005", "screenshot_data"))
    assert sorted(Path(r["file"]).name for r in rows) == sorted([image(5, ".JPG"), image(6, ".jpeg")])


def test_the_other_key_layouts_of_section_1_2_are_study_input(tmp_path: Path) -> None:
    """`uploadImages=false` keys (`tenant/<id>_<name>/V_12/<code>/`, no academia/panel/panelist
    level, no JPGs) and test uploads (a `test/` prefix in front of a study key) are read."""
    root, out = tmp_path / "s3", tmp_path / "out"
    u = uuid(9001)
    name = f"image_zip_{u}_0.zip"
    no_images = shot_row("", name, WHEN, text="")
    data = zip_of([entry("screenshot_data_csv", u, SHOT_HEADER, [no_images])])
    put_object(root / NAMED_BUCKET, f"tenant/t7_lab/V_12/9001/{name}", data, UPLOADED)
    u = uuid(9002)
    name = f"image_zip_{u}_1.zip"
    shots = entry("screenshot_data_csv", u, SHOT_HEADER, [shot_row(image(9), name, WHEN)])
    data = zip_of([shots, (image(9), screen_jpeg(120))])
    put_object(root / NAMED_BUCKET, f"test/{P}/9002/{name}", data, UPLOADED)
    proc = run_queries(root, out, {"q": ["tenant/", "test/"]})["q"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((out / "q" / "report.json").read_text())
    assert report["bad_objects"] == []
    assert {k: v["rows"] for k, v in report["panelists"].items()} == {
        "9001": {"screenshot_data": 1},
        "9002": {"screenshot_data": 1},
    }
    panelists = out / "q" / "combined" / "panelists"
    [row] = rows_of(panelists / "9001" / "metadata" / "screenshot_data-consolidated.csv")
    assert list(row.values()) == no_images
    assert {p.name: p.read_bytes() for p in (panelists / "9002" / "images").iterdir()} == {
        image(9): screen_jpeg(120)
    }
