"""`slrk run` over the whole session study (every bad input, collisions, V_ folders, the
csv_zip/image_zip pair, a `null` panelist) checked against the generator's manifest: rows,
images, faces covered in the written pixels, every bad object named."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath

import cv2
import numpy as np
import pytest

from helpers.cli import server_env, slrk_run_cmd

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
QUERY = "demo"
UNREADABLE = {"corrupt_zip", "not_a_zip", "zero_bytes"}


@pytest.fixture(scope="module")
def run(s3_server, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    cmd = slrk_run_cmd(
        s3_server.endpoint_url,
        out,
        "--prefix",
        "academia/tenant/",
        "--start",
        "2026-08-25",
        "--end",
        "2026-09-10",
        "--query-id",
        QUERY,
        "--processors",
        "2",
        "--events",
        str(out / "events.jsonl"),
    )
    env = server_env(s3_server)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    report = json.loads((out / QUERY / "report.json").read_text())
    return out, proc, report


def folder_of(manifest, tenant: str, panel: str, code: str) -> str:
    owners = {(p.tenant, p.panel) for p in manifest.panelists if p.code == code}
    return code if len(owners) == 1 else f"{code}__{tenant}__{panel}"


def zip_info(manifest):
    return {o.key: o for o in manifest.objects}


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_exit_code_and_every_bad_object_named(run, demo_manifest):
    _, proc, report = run
    assert proc.returncode == 3, proc.stderr[-3000:]
    named = {b["key"] for b in report["bad_objects"]}
    for obj in demo_manifest.objects:
        if obj.kind != "bad":
            continue
        if obj.bad_reason == "header_only_csv":  # legal: the app skips nothing, rows are 0
            assert obj.key not in named
        elif obj.bad_reason == "bad_jpeg":
            assert obj.key in {w["key"] for w in report["withheld_images"]}
        else:
            assert obj.key in named, (obj.bad_reason, obj.key)


def test_panelist_folders_split_collisions_and_merge_versions(run, demo_manifest):
    out, _, report = run
    expected = {folder_of(demo_manifest, p.tenant, p.panel, p.code) for p in demo_manifest.panelists}
    assert set(report["panelists"]) == expected
    assert {"2762", "null", "0099__ut_austin_tenant_1_ut_austin__ut_austin_1"} <= expected
    assert set(os.listdir(out / QUERY / "combined" / "panelists")) == expected


def test_screenshot_rows_match_the_manifest(run, demo_manifest):
    out, _, _ = run
    objects = zip_info(demo_manifest)
    # zips whose CSVs the generator damaged on purpose: the reader may keep a repaired row the
    # manifest does not list (invalid UTF-8 replaced) or drop the broken one, never shift it
    damaged = {
        o.zip_uuid
        for o in demo_manifest.objects
        if o.bad_reason in {"broken_csv", "invalid_utf8_csv", "zip_bomb"}
    }
    expected: dict[str, set] = defaultdict(set)
    for r in demo_manifest.screenshots:
        obj = objects[r.zip_key]
        if obj.bad_reason in UNREADABLE:
            continue
        folder = folder_of(demo_manifest, r.tenant, r.panel, r.panelist)
        expected[folder].add((str(r.t_epoch_ts_ms), r.jpg))
    for folder in expected:
        rows = read_rows(
            out / QUERY / "combined/panelists" / folder / "metadata" / "screenshot_data-consolidated.csv"
        )
        got = [(r["t_epoch_ts_ms"], PurePosixPath(r["file"]).name) for r in rows]
        assert len(got) == len(set(got)), "duplicated rows"
        from_damaged = {
            g for g, r in zip(got, rows, strict=True) if any(u in r["zipFileId"] for u in damaged)
        }
        assert expected[folder] - from_damaged <= set(got)
        assert set(got) - from_damaged <= expected[folder]
        times = [int(t) for t, _ in got]
        assert times == sorted(times)
        assert all(r["id_user"] in {folder.split("__")[0], "null"} for r in rows)


def test_accessibility_rows_deduplicated_and_sessions_complete(run, demo_manifest):
    out, _, _ = run
    objects = zip_info(demo_manifest)
    for p in demo_manifest.panelists:
        folder = folder_of(demo_manifest, p.tenant, p.panel, p.code)
        meta = out / QUERY / "combined/panelists" / folder / "metadata"
        acc = [
            e
            for e in demo_manifest.accessibility
            if (e.panelist, e.tenant) == (p.code, p.tenant)
            and any(objects[k].bad_reason not in UNREADABLE | {"header_only_csv"} for k in e.zip_keys)
        ]
        if acc:
            rows = read_rows(meta / "app_accessibility_data-consolidated.csv")
            keys = [(r["type"], r["id_interval"], r["t_unix_ts_ms"]) for r in rows]
            assert len(keys) == len(set(keys))
            assert len(rows) == len({(e.type, e.id_interval, e.t_unix_ts_ms) for e in acc})
        sessions = [
            s
            for s in demo_manifest.sessions
            if (s.panelist, s.tenant) == (p.code, p.tenant)
            and objects[s.zip_key].bad_reason not in UNREADABLE
        ]
        if sessions:
            rows = read_rows(meta / "session_data-consolidated.csv")
            assert {r["id_session"] for r in rows} == {s.id_session for s in sessions}


def _member(demo_root: Path, bucket: str, key: str, name: str) -> bytes:
    with zipfile.ZipFile(demo_root / bucket / key) as zf:
        return zf.read(name)


def covered(img: np.ndarray, box: list[int]) -> bool:
    """The written pixels inside the face box (inset by 1/8) are the black fill."""
    x1, y1 = max(box[0], 0), max(box[1], 0)
    x2, y2 = min(box[2], img.shape[1]), min(box[3], img.shape[0])
    dx, dy = (x2 - x1) // 8, (y2 - y1) // 8
    inner = img[y1 + dy : y2 - dy, x1 + dx : x2 - dx]
    return bool(inner.size) and float(np.percentile(inner, 90)) < 40


def test_images_present_faces_covered_face_free_untouched(run, demo_manifest, demo_root):
    out, _, report = run
    objects = zip_info(demo_manifest)
    withheld = {w["image"] for w in report["withheld_images"]}
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    reported = {e["image"] for e in events if e["event"] == "ImageRedacted"}
    small = small_hidden = large = 0
    for jpg in demo_manifest.jpgs:
        obj = objects[jpg.zip_key]
        if obj.bad_reason in UNREADABLE or jpg.corrupt:
            continue
        panel = next(
            p.panel for p in demo_manifest.panelists if (p.code, p.tenant) == (jpg.panelist, jpg.tenant)
        )
        folder = folder_of(demo_manifest, jpg.tenant, panel, jpg.panelist)
        path = out / QUERY / "combined/panelists" / folder / "images" / jpg.name
        if obj.bad_reason == "zip_bomb" and not path.exists():
            continue  # the bomb entry itself is skipped
        assert path.exists() or jpg.name in withheld, jpg.name
        if not path.exists():
            continue
        written = path.read_bytes()
        source = _member(demo_root, demo_manifest.bucket, jpg.zip_key, jpg.name)
        if written != source:  # never re-encoded silently: the run said it found faces here
            assert jpg.name in reported, f"{jpg.name} altered without a reported face"
            assert len(written) <= 2 * len(source), "re-encoding inflated the file"
        if not jpg.faces:
            continue
        img = cv2.imdecode(np.frombuffer(written, np.uint8), cv2.IMREAD_GRAYSCALE)
        for box in jpg.faces:
            if box[2] - box[0] >= 32:
                large += 1
                assert covered(img, box), f"face {box} in {jpg.name} not covered"
            else:
                small += 1
                small_hidden += covered(img, box)
    assert large > 20
    # 20-31 px grey avatars are the detector's known weak spot (bench/FACES.md): measured 74 of
    # 84 on this study (41 before rows of read receipts became candidates); a regression floor
    assert small_hidden >= 0.8 * small, (small_hidden, small)


def test_nothing_outside_the_output_and_no_leftovers(run, demo_manifest):
    out, _, _ = run
    assert not (out / QUERY / "work").exists()
    assert not list(out.parent.rglob("evil.jpg"))
    noise = [o.key for o in demo_manifest.objects if o.kind == "noise"]
    assert noise
    names = {p.name for p in (out / QUERY).rglob("*")}
    assert "x.jpg" not in names and "_index.json" not in names


def test_newer_variant_kinds_consolidated(run):
    out, _, _ = run
    meta = out / QUERY / "combined/panelists/7822/metadata"
    present = {p.name for p in meta.iterdir()}
    assert {
        "package_event_data-consolidated.csv",
        "manifest-consolidated.csv",
        "screenshot_data-consolidated.csv",
    } <= present
    assert any((out / QUERY / "combined/panelists/7822/images").iterdir())
