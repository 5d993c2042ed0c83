"""`slrk run` on a small study written byte by byte here from the format document (not by our
own generator), so every expected value below is known exactly."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import zipfile
from pathlib import Path

import cv2
import numpy as np
import pyarrow.parquet as pq
import pytest
from test_parquet import assert_twin_equals_csv

from slrk_tui.demo.server import LocalS3Server

from helpers.cli import server_env, slrk_run_cmd

BUCKET = "study-bucket"
BASE = "academia/tenant/t1_tenant_one/panel/p1/V_12/panelist/0042"
U1 = "11111111-1111-4111-8111-111111111111"
U2 = "22222222-2222-4222-8222-222222222222"
U3 = "33333333-3333-4333-8333-333333333333"
U4 = "44444444-4444-4444-8444-444444444444"
SHOT_HEADER = [
    "id_user",
    "file",
    "zipFileId",
    "apk",
    "id_session",
    "id_segment",
    "app",
    "text",
    "weekday",
    "t_epoch_ts_ms",
    "t_natural_utc_ts",
    "t_natural_second_ts",
    "t_natural_day_ts",
]
ACC_HEADER = ["id_user", "type", "t_unix_ts_ms", "apk", "id_session", "id_interval", "text"]
SESSION_HEADER = [
    "id_user",
    "session_start",
    "session_end",
    "id_session",
    "seconds_since_last_active_ms",
    "session_duration_ms",
    "session_count_per_day",
    "interval",
    "id_panel",
    "id_tenant",
    "t_natural_second_session_start",
    "t_natural_day_session_start",
    "t_natural_second_session_end",
    "t_natural_day_session_end",
]


def ms(text: str) -> int:
    return int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def app_csv(header: list[str], rows: list[list[str]]) -> bytes:
    """The app's writer: every field quoted, quotes NOT escaped, LF, trailing newline."""
    lines = [",".join(f'"{v}"' for v in r) for r in [header, *rows]]
    return ("\n".join(lines) + "\n").encode()


def screen_jpeg(shade: int) -> bytes:
    img = np.full((400, 218, 3), shade, np.uint8)
    cv2.putText(img, "inbox", (20, 100), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (255, 255, 255), 2)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 50])
    assert ok
    return buf.tobytes()


def shot_row(name: str, zip_name: str, when: str, text: str = "hello 0042") -> list[str]:
    path = f"/data/user/0/com.screenlake/files/{name}" if name else ""
    return [
        "0042",
        path,
        zip_name,
        "com.android.chrome",
        "sess-1",
        "seg-1",
        "",
        text,
        "Tue",
        str(ms(when)),
        when,
        "03:00:00",
        "09/01/2026",
    ]


def write_zip(path: Path, entries: list[tuple[str, bytes]], upload: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    t = ms(upload) / 1000
    os.utime(path, (t, t))


IMG_A = "img_aaaaaaaa-0000-4000-8000-000000000001_2026_09_01_03_00_00_000.jpg"
IMG_B = "img_aaaaaaaa-0000-4000-8000-000000000002Screenshot_2026-09-01_03-00-05.jpg"
IMG_C = "img_aaaaaaaa-0000-4000-8000-000000000003Screenshot_2026-09-02_23-59-59.jpg"
IMG_LATE = "img_aaaaaaaa-0000-4000-8000-000000000004Screenshot_2026-09-03_00-00-01.jpg"
URL_TEXT = 'say "hi", ok'


def url_row() -> list[str]:
    """The accessibility row both zips carry (the second upload must not duplicate it)."""
    return ["0042", "URL", str(ms("2026-09-01T03:00:01Z")), "com.android.chrome", "sess-1", "int-2", URL_TEXT]


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("exact")
    base = root / BUCKET / BASE
    z1 = f"image_zip_{U1}_3.zip"
    write_zip(
        base / z1,
        [
            (
                f"app_accessibility_data_csv_{U1}.csv",
                app_csv(
                    ACC_HEADER,
                    [
                        [
                            "0042",
                            "SESSION_START",
                            str(ms("2026-09-01T02:59:00Z") // 1000),
                            "null",
                            "sess-1",
                            "int-1",
                            "null",
                        ],
                        url_row(),
                    ],
                ),
            ),
            (
                f"screenshot_data_csv_{U1}.csv",
                app_csv(
                    SHOT_HEADER,
                    [
                        shot_row(IMG_B, z1, "2026-09-01T03:00:05Z"),
                        shot_row(IMG_A, z1, "2026-09-01T03:00:00Z"),
                        [
                            "0042",
                            "",
                            z1,
                            "com.bank.app",
                            "sess-1",
                            "seg-2",
                            "",
                            "null",
                            "Tue",
                            str(ms("2026-09-01T03:00:10Z")),
                            "2026-09-01T03:00:10Z",
                            "03:00:10",
                            "09/01/2026",
                        ],
                    ],
                ),
            ),
            (IMG_A, screen_jpeg(40)),
            (IMG_B, screen_jpeg(90)),
            (
                f"session_data_csv_{U1}.csv",
                app_csv(
                    SESSION_HEADER,
                    [
                        [
                            "null",
                            "2026-09-01T02:59:00Z",
                            "2026-09-01T03:01:00.500Z",
                            "sess-1",
                            "0",
                            "120500",
                            "1",
                            "0.3",
                            "general_1",
                            "general_tenant_1",
                            "02:59:00",
                            "09/01/2026",
                            "03:01:00",
                            "09/01/2026",
                        ],
                    ],
                ),
            ),
        ],
        upload="2026-09-01T04:00:00Z",
    )
    z2 = f"image_zip_{U2}_2.zip"
    write_zip(
        base / (z2 + ".zip"),
        [  # the pre-2025 double extension
            (
                f"app_accessibility_data_csv_{U2}.csv",
                app_csv(
                    ACC_HEADER,
                    [
                        url_row(),
                    ],
                ),
            ),
            (
                f"screenshot_data_csv_{U2}.csv",
                app_csv(
                    SHOT_HEADER,
                    [
                        shot_row(IMG_C, z2, "2026-09-02T23:59:59Z"),
                        shot_row(IMG_LATE, z2, "2026-09-03T00:00:01Z"),
                        shot_row(IMG_A, z1, "2026-09-01T03:00:00Z"),  # a screenshot uploaded again
                    ],
                ),
            ),
            (IMG_A, screen_jpeg(40)),
            (IMG_C, screen_jpeg(120)),
            (IMG_LATE, screen_jpeg(160)),
            (
                f"session_data_csv_{U2}.csv",
                app_csv(
                    [*SESSION_HEADER, "stop_reason"],
                    [
                        [
                            "0042",
                            "2026-09-02T23:00:00Z",
                            "2026-09-03T00:05:00Z",
                            "sess-2",
                            "72000000",
                            "3900000",
                            "1",
                            "5000.0",
                            "general_1",
                            "general_tenant_1",
                            "23:00:00",
                            "09/02/2026",
                            "00:05:00",
                            "09/03/2026",
                            "UNKNOWN",
                        ],
                    ],
                ),
            ),
        ],
        upload="2026-09-03T01:00:00Z",
    )
    # uploaded before the start: cannot hold rows in range, never downloaded
    write_zip(
        base / f"image_zip_{U3}_1.zip",
        [
            (
                f"screenshot_data_csv_{U3}.csv",
                app_csv(SHOT_HEADER, [shot_row("", "x", "2026-08-30T10:00:00Z")]),
            ),
        ],
        upload="2026-08-30T11:00:00Z",
    )
    bad = base / f"image_zip_{U4}_5.zip"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    t = ms("2026-09-01T05:00:00Z") / 1000
    os.utime(bad, (t, t))
    noise = root / BUCKET / "data/panel=p1/panelist=0042/date=2026-09-01/screenshots_x.csv"
    noise.parent.mkdir(parents=True)
    noise.write_text("not input")
    return root


@pytest.fixture(scope="module")
def server(study):
    with LocalS3Server(study) as info:
        yield info


def slrk_run(server, out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = server_env(server)
    cmd = slrk_run_cmd(
        server.endpoint_url,
        out,
        "--bucket",
        BUCKET,
        "--prefix",
        "academia/tenant/t1_tenant_one/",
        "--start",
        "2026-09-01",
        "--end",
        "2026-09-02",
        "--processors",
        "2",
        "--query-id",
        "q",
        *extra,
    )
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def capture_run(server, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = slrk_run(server, out, "--events", str(out / "events.jsonl"))
    return out, proc


@pytest.mark.slow
def test_exit_code_3_names_the_bad_zip(capture_run):
    out, proc = capture_run
    assert proc.returncode == 3, proc.stderr
    report = json.loads((out / "q" / "report.json").read_text())
    bad = {b["key"]: b["reason"] for b in report["bad_objects"]}
    assert f"{BASE}/image_zip_{U4}_5.zip" in bad
    assert "zip" in bad[f"{BASE}/image_zip_{U4}_5.zip"]
    assert f"image_zip_{U4}_5.zip" in proc.stderr  # named in the progress output too


@pytest.mark.slow
def test_screenshot_rows_exact_and_sorted_by_capture_time(capture_run):
    out, _ = capture_run
    rows = read_csv(out / "q/combined/panelists/0042/metadata/screenshot_data-consolidated.csv")
    # the 2026-09-03 row is outside the days; the restricted row (file "") is kept
    assert [r["t_epoch_ts_ms"] for r in rows] == [
        str(ms(t))
        for t in (
            "2026-09-01T03:00:00Z",
            "2026-09-01T03:00:05Z",
            "2026-09-01T03:00:10Z",
            "2026-09-02T23:59:59Z",
        )
    ]
    assert all(r["id_user"] == "0042" for r in rows)
    assert rows[2]["file"] == "" and rows[2]["text"] == "null"
    assert list(rows[0].keys()) == SHOT_HEADER


@pytest.mark.slow
def test_images_of_kept_rows_copied_byte_for_byte(capture_run, study):
    out, _ = capture_run
    images = out / "q/combined/panelists/0042/images"
    assert sorted(p.name for p in images.iterdir()) == sorted([IMG_A, IMG_B, IMG_C])
    with zipfile.ZipFile(study / BUCKET / BASE / f"image_zip_{U1}_3.zip") as zf:
        assert (images / IMG_A).read_bytes() == zf.read(IMG_A)
    # IMG_A is in two zips: one file, counted once
    report = json.loads((out / "q" / "report.json").read_text())
    assert report["panelists"]["0042"]["images"] == 3


@pytest.mark.slow
def test_accessibility_dedup_quotes_and_seconds(capture_run):
    out, _ = capture_run
    rows = read_csv(out / "q/combined/panelists/0042/metadata/app_accessibility_data-consolidated.csv")
    assert [r["type"] for r in rows] == ["SESSION_START", "URL"]  # URL row in 2 zips appears once
    assert rows[0]["t_unix_ts_ms"] == str(ms("2026-09-01T02:59:00Z") // 1000)  # value untouched
    assert rows[0]["apk"] == "null"
    assert rows[1]["text"] == URL_TEXT


@pytest.mark.slow
def test_session_columns_union(capture_run):
    out, _ = capture_run
    rows = read_csv(out / "q/combined/panelists/0042/metadata/session_data-consolidated.csv")
    assert list(rows[0].keys()) == [*SESSION_HEADER, "stop_reason"]
    assert [r["id_user"] for r in rows] == ["null", "0042"]
    assert [r["stop_reason"] for r in rows] == ["", "UNKNOWN"]


@pytest.mark.slow
def test_every_consolidated_csv_has_an_exact_parquet_twin(capture_run):
    out, _ = capture_run
    metadata = out / "q/combined/panelists/0042/metadata"
    csvs = sorted(metadata.glob("*-consolidated.csv"))
    assert [p.name for p in csvs] == [
        "app_accessibility_data-consolidated.csv",
        "screenshot_data-consolidated.csv",
        "session_data-consolidated.csv",
    ]
    for path in csvs:
        assert_twin_equals_csv(path)
    shots = pq.read_table(metadata / "screenshot_data-consolidated.parquet")
    assert shots.column("_t_epoch_ms").to_pylist() == [
        ms(t)
        for t in (
            "2026-09-01T03:00:00Z",
            "2026-09-01T03:00:05Z",
            "2026-09-01T03:00:10Z",
            "2026-09-02T23:59:59Z",
        )
    ]
    sessions = pq.read_table(metadata / "session_data-consolidated.parquet")
    assert sessions.column("id_user").to_pylist() == ["null", "0042"]
    assert sessions.column("stop_reason").to_pylist() == ["", "UNKNOWN"]
    assert sessions.column("_t_utc").to_pylist()[1] == dt.datetime(2026, 9, 2, 23, tzinfo=dt.UTC)


@pytest.mark.slow
def test_intermediate_data_gone_and_events_end_with_run_finished(capture_run):
    out, _ = capture_run
    assert not (out / "q" / "work").exists()
    lines = (out / "events.jsonl").read_text().splitlines()
    last = json.loads(lines[-1])
    assert last["event"] == "RunFinished" and last["exit_code"] == 3


@pytest.mark.slow
def test_rerun_is_idempotent(capture_run, server):
    out, _ = capture_run
    before = _tree(out / "q")
    proc = slrk_run(server, out)
    assert proc.returncode == 3, proc.stderr
    assert _tree(out / "q") == before


@pytest.mark.slow
def test_upload_basis_takes_whole_zips(server, tmp_path):
    proc = slrk_run(server, tmp_path, "--date-basis", "upload", "--end", "2026-09-01")
    assert proc.returncode == 3, proc.stderr
    rows = read_csv(tmp_path / "q/combined/panelists/0042/metadata/screenshot_data-consolidated.csv")
    assert len(rows) == 3  # only zip 1 was uploaded on 2026-09-01


@pytest.mark.slow
def test_timezone_shifts_the_days(server, tmp_path):
    # In Chicago (UTC-5 in September) 2026-09-02 ends at 2026-09-03T05:00Z: the late row is in.
    proc = slrk_run(server, tmp_path, "--tz", "America/Chicago", "--start", "2026-09-02")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "q/combined/panelists/0042/metadata/screenshot_data-consolidated.csv")
    assert [r["t_natural_utc_ts"] for r in rows] == ["2026-09-02T23:59:59Z", "2026-09-03T00:00:01Z"]


@pytest.mark.slow
def test_usage_error_exit_2(server, tmp_path):
    proc = slrk_run(server, tmp_path, "--start", "2026-13-01")
    assert proc.returncode == 2
    assert "--start" in proc.stderr


@pytest.mark.slow
def test_events_file_that_cannot_be_written_is_a_usage_error(server, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    proc = slrk_run(server, tmp_path, "--events", str(blocker / "events.jsonl"))
    assert proc.returncode == 2, proc.stderr
    assert "--events" in proc.stderr
    assert not (tmp_path / "q").exists(), "nothing may run when the events file is unusable"


def _tree(root: Path) -> dict[str, bytes]:
    """The query folder less what a rerun must change: the state and the run record (appended)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.name not in {"state.sqlite", "state.sqlite-wal", "state.sqlite-shm", "events.jsonl", "run.log"}
    }


def test_no_bucket_writes_in_code():
    """The tool is read-only on the bucket: no put, copy or delete call exists."""
    src = Path(__file__).resolve().parents[1] / "slrk_tui"
    text = "\n".join(p.read_text() for p in src.rglob("*.py"))
    for call in (
        "put_object",
        "copy_object",
        "delete_object",
        "upload_file",
        "upload_fileobj",
        "delete_objects",
        "put_bucket",
    ):
        assert call not in text, call
