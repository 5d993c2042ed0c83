"""Crafted hostile uploads beside a good panelist, served over S3 and run through the real CLI
(issue 13): each attack costs only itself. The run ends with exit 3 and a report naming every
object and reason, the good panelist's output is complete, nothing outside the output folder
changes, worker memory stays bounded, and a rerun ends the same way."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import threading
import time
from pathlib import Path

import cv2
import pytest
from test_engine_exact import SESSION_HEADER, SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.engine.lock import QueryLock

from helpers.cli import output_tree, put_object, server_env, slrk_run_cmd, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

BUCKET = "hostile-bucket"
TENANT = "t1_tenant_one"
PANEL_DIR = f"academia/tenant/{TENANT}/panel/p1/V_12/panelist"
QUERY = "hostile"
WHEN = "2026-09-01T03:00:00Z"
GOOD = "1001"
WORKER_MEMORY_LIMIT = 1.5e9


def img_name(i: int, tag: str = "a") -> str:
    return f"img_{tag * 8}-0000-4000-8000-{i:012d}_2026_09_01_03_00_{i % 60:02d}_000.jpg"


def shots(names: list[str], zip_name: str) -> bytes:
    return app_csv(SHOT_HEADER, [shot_row(n, zip_name, WHEN) for n in names])


def session_csv() -> bytes:
    return app_csv(
        SESSION_HEADER,
        [
            [
                "null",
                "2026-09-01T02:59:00Z",
                "2026-09-01T03:01:00Z",
                "sess-1",
                "0",
                "120000",
                "1",
                "5000.0",
                "general_1",
                "general_tenant_1",
                "02:59:00",
                "09/01/2026",
                "03:01:00",
                "09/01/2026",
            ]
        ],
    )


def put(root: Path, key: str, data: bytes) -> None:
    put_object(root / BUCKET, key, data, "2026-09-01T04:00:00Z")


def good_zip(uuid: str, n: int = 3, tag: str = "a") -> tuple[str, bytes, dict[str, bytes]]:
    name = f"image_zip_{uuid}_{n}.zip"
    images = {img_name(i, tag): screen_jpeg(30 + 40 * i) for i in range(n)}
    data = zip_of(
        [
            (f"screenshot_data_csv_{uuid}.csv", shots(list(images), name)),
            *images.items(),
            (f"session_data_csv_{uuid}.csv", session_csv()),
        ]
    )
    return name, data, images


def uuid(i: int) -> str:
    return f"{i:08d}-1111-4111-8111-111111111111"


def declared_huge_jpeg(width: int, height: int) -> bytes:
    """A few hundred bytes whose frame header declares width x height pixels."""
    real = screen_jpeg(80)
    at = real.index(b"\xff\xc0")  # baseline SOF0: marker, length, precision, height, width
    return real[: at + 5] + struct.pack(">HH", height, width) + real[at + 9 :]


def overlapping_zip(entries: int = 16, size: int = 4 * 1024 * 1024) -> bytes:
    """Every central-directory entry points at one compressed stream (the overlapping bomb)."""
    block = (b"0123456789abcdef" * 4 + bytes(range(256)) * 2) * (size // 576 + 1)
    one = zip_of([("a.csv", block[:size])])
    cd_at = one.index(b"PK\x01\x02")
    eocd_at = one.index(b"PK\x05\x06")
    record = one[cd_at:eocd_at]
    records = []
    for i in range(entries):
        name = f"x{i:03d}.csv".encode()
        fixed = bytearray(record[:46])
        struct.pack_into("<H", fixed, 28, len(name))
        records.append(bytes(fixed) + name)
    cd = b"".join(records)
    eocd = bytearray(one[eocd_at : eocd_at + 22])
    struct.pack_into("<HHII", eocd, 8, entries, entries, len(cd), cd_at)
    return one[:cd_at] + cd + bytes(eocd)


def face_jpeg() -> bytes:
    from skimage import data

    face = cv2.cvtColor(data.astronaut()[0:220, 140:330], cv2.COLOR_RGB2BGR)
    return cv2.imencode(".jpg", face)[1].tobytes()


def build_study(root: Path) -> dict:
    """The good panelist, and one panelist per attack. Returns what the test expects."""
    expect: dict = {"bad": {}, "withheld": {}, "images": {}}
    name, data, images = good_zip(uuid(1))
    put(root, f"{PANEL_DIR}/{GOOD}/{name}", data)
    expect["images"][GOOD] = images

    # 1. a 629-byte class JPEG that declares 16384 x 16384 pixels
    huge = img_name(1, "b")
    z = f"image_zip_{uuid(2)}_1.zip"
    put(
        root,
        f"{PANEL_DIR}/2001/{z}",
        zip_of(
            [
                (f"screenshot_data_csv_{uuid(2)}.csv", shots([huge], z)),
                (huge, declared_huge_jpeg(16384, 16384)),
            ]
        ),
    )
    expect["withheld"][huge] = "16384"

    # 2. sixteen entries over one compressed stream
    key = f"{PANEL_DIR}/2002/image_zip_{uuid(3)}_1.zip"
    put(root, key, overlapping_zip())
    expect["bad"][key] = "overlap"

    # 4. a face JPEG appended after the end marker of a face-free screenshot
    smuggled = img_name(2, "c")
    z = f"image_zip_{uuid(4)}_1.zip"
    put(
        root,
        f"{PANEL_DIR}/2003/{z}",
        zip_of(
            [
                (f"screenshot_data_csv_{uuid(4)}.csv", shots([smuggled], z)),
                (smuggled, screen_jpeg(100) + face_jpeg()),
            ]
        ),
    )
    expect["images"]["2003"] = {smuggled: screen_jpeg(100)}

    # 5. a 300-character member name, a 5000-digit time, repeated columns and members,
    #    a dot-file image, a '..csv' member and more CSV kinds than any phone writes
    long_name = "img_" + "d" * 292 + ".jpg"
    dot_name = ".hidden.jpg"
    z = f"image_zip_{uuid(5)}_2.zip"
    key5 = f"{PANEL_DIR}/2004/{z}"
    header = [*SHOT_HEADER, "text"]
    rows = [[*shot_row(n, z, WHEN), f"second text {i}"] for i, n in enumerate([long_name, dot_name])]
    rows.append(
        [
            "0042",
            "",
            z,
            "com.x",
            "sess-1",
            "seg-1",
            "",
            "t",
            "Tue",
            "9" * 5000,
            WHEN,
            "03:00:00",
            "09/01/2026",
            "x",
        ]
    )
    put(
        root,
        key5,
        zip_of(
            [
                (f"screenshot_data_csv_{uuid(5)}.csv", app_csv(header, rows)),
                (long_name, screen_jpeg(60)),
                (dot_name, screen_jpeg(70)),
                (dot_name, screen_jpeg(75)),
                ("..csv", app_csv(["a"], [["1"]])),
                *[(f"kind{i:03d}_data_csv_{uuid(5)}.csv", app_csv(["a"], [["1"]])) for i in range(60)],
            ]
        ),
    )
    expect["bad"][key5] = "300"  # the long name is reported (its length or 'file name')

    # 6. codes that sanitise to one name, a code too long for a folder, a long tenant folder
    for code, n in (("1001é", 11), ("1001ü", 12), ("x／y", 13), ("x-y", 14), ("9" * 250, 15)):
        name, data, images = good_zip(uuid(n), 1, tag=f"{n:02d}")
        put(root, f"{PANEL_DIR}/{code}/{name}", data)
        expect["images"][code] = images
    long_tenant = "t2_" + "t" * 200
    for tenant, n in ((TENANT, 21), (long_tenant, 22)):
        name, data, _ = good_zip(uuid(n), 1, tag=f"{n:02d}")
        put(root, f"academia/tenant/{tenant}/panel/p1/V_12/panelist/3001/{name}", data)
    return expect


class TreeMemory:
    """Peak RSS (VmHWM) of every process below a pid, sampled until stopped."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peaks = pid, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in descendants(self.pid):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]) * 1024)
            time.sleep(0.1)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return max(self.peaks.values(), default=0)


def descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile_study")
    expect = build_study(root)
    with LocalS3Server(root) as info:
        yield root, info, expect


def run_cli(info, out: Path, home: Path, *extra: str, memory: bool = False):
    cmd = slrk_run_cmd(
        info.endpoint_url,
        out,
        "--bucket",
        BUCKET,
        "--prefix",
        "academia/",
        "--start",
        "2026-08-25",
        "--end",
        "2026-09-10",
        "--query-id",
        QUERY,
        "--processors",
        "2",
        *extra,
    )
    env = server_env(info, HOME=str(home))
    env.pop("XDG_CACHE_HOME", None)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeMemory(proc.pid) if memory else None
    out_text, err_text = proc.communicate(timeout=600)
    peak = sampler.stop() if sampler else 0
    return proc.returncode, out_text, err_text, peak


@pytest.fixture(scope="module")
def hostile_run(served, tmp_path_factory):
    root, info, expect = served
    out = tmp_path_factory.mktemp("out")
    home = tmp_path_factory.mktemp("home")
    before = snapshot(root)
    code, stdout, stderr, peak = run_cli(info, out, home, memory=True)
    first = output_tree(out / QUERY) if (out / QUERY / "report.json").exists() else {}
    rerun = run_cli(info, out, home)
    return {
        "root": root,
        "out": out,
        "home": home,
        "expect": expect,
        "code": code,
        "stderr": stderr,
        "stdout": stdout,
        "peak": peak,
        "before": before,
        "first": first,
        "rerun": rerun,
    }


def test_the_run_ends_with_exit_3_and_a_report(hostile_run):
    assert hostile_run["code"] == 3, hostile_run["stderr"][-3000:]
    assert "Traceback" not in hostile_run["stderr"]


def test_every_attack_is_named_with_its_reason(hostile_run):
    report = json.loads((hostile_run["out"] / QUERY / "report.json").read_text())
    bad = {}
    for b in report["bad_objects"]:
        bad.setdefault(b["key"], []).append(b["reason"])
    for key, word in hostile_run["expect"]["bad"].items():
        assert any(word in r for r in bad.get(key, [])), (key, bad.get(key))
    withheld = {w["image"]: w["reason"] for w in report["withheld_images"]}
    for image, word in hostile_run["expect"]["withheld"].items():
        assert word in withheld.get(image, ""), (image, withheld)
    reasons = " ".join(r for rs in bad.values() for r in rs)
    for phrase in ("repeats the name", "second entry named", "more than 50 CSV", "cannot be a file name"):
        assert phrase in reasons, phrase


def folder_with(out: Path, image: str) -> Path:
    found = list((out / QUERY / "combined" / "panelists").glob(f"*/images/{image}"))
    assert len(found) == 1, (image, found)
    return found[0].parent.parent


def test_good_panelists_are_complete_and_never_merged(hostile_run):
    out = hostile_run["out"]
    folders = set()
    for code, images in hostile_run["expect"]["images"].items():
        folder = folder_with(out, next(iter(images)))
        folders.add(folder.name)
        for name, data in images.items():
            assert (folder / "images" / name).read_bytes() == data, (code, name)
        rows = (folder / "metadata" / "screenshot_data-consolidated.csv").read_text()
        assert rows.count("\n") == len(images) + 1, code
        assert len(folder.name.encode()) <= 120
    assert GOOD in folders  # a plain code keeps its plain folder
    assert len(folders) == len(hostile_run["expect"]["images"])  # é/ü, x／y / x-y stay apart
    collisions = [p.name for p in (out / QUERY / "combined" / "panelists").glob("3001__*")]
    assert len(collisions) == 2 and all(len(c.encode()) <= 120 for c in collisions), collisions


def test_the_long_named_and_dot_file_images_are_still_written(hostile_run):
    panelists = hostile_run["out"] / QUERY / "combined" / "panelists"
    written = [p.name for p in panelists.glob("2004/images/*.jpg")]
    assert len(written) == 2, written
    assert all(not n.startswith(".") and len(n.encode()) <= 200 for n in written)
    kinds = list(panelists.glob("2004/metadata/*-consolidated.csv"))
    assert 1 < len(kinds) <= 52  # screenshot_data, '..csv' renamed, at most 50 CSVs read
    assert all(p.parent.name == "metadata" for p in kinds)
    rows = (panelists / "2004/metadata/screenshot_data-consolidated.csv").read_text()
    assert "second text 0" in rows and "9" * 5000 in rows  # both 'text' columns, every row


def test_nothing_outside_the_output_folder_changes(hostile_run):
    assert snapshot(hostile_run["root"]) == hostile_run["before"]  # the bucket is read-only
    home = hostile_run["home"]
    cache = home / ".cache" / "slrk-tui"  # the cache folder the README names (a font cache)
    outside = [p for p in home.rglob("*") if p not in (home / ".cache", cache) and cache not in p.parents]
    assert outside == []  # no telemetry, no device id, no other cache


def test_worker_memory_stays_bounded(hostile_run):
    assert 0 < hostile_run["peak"] < WORKER_MEMORY_LIMIT


def test_a_rerun_ends_the_same_way(hostile_run):
    code, _, stderr, _ = hostile_run["rerun"]
    assert code == 3, stderr[-3000:]
    assert output_tree(hostile_run["out"] / QUERY) == hostile_run["first"]


def test_a_second_run_of_a_running_query_exits_2_and_touches_nothing(served, tmp_path):
    _, info, _ = served
    query_dir = tmp_path / "out" / QUERY
    query_dir.mkdir(parents=True)
    with QueryLock(query_dir):
        before = snapshot(query_dir)
        code, _, stderr, _ = run_cli(info, tmp_path / "out", tmp_path)
        assert code == 2, stderr[-2000:]
        assert f"process {os.getpid()}" in stderr and "already being run" in stderr
        assert snapshot(query_dir) == before
    code, _, stderr, _ = run_cli(info, tmp_path / "out", tmp_path)  # the lock is gone with us
    assert code == 3, stderr[-2000:]


def test_a_symlink_planted_in_the_output_is_not_followed(served, tmp_path):
    _, info, _ = served
    outside = tmp_path / "outside"
    outside.mkdir()
    images = tmp_path / "out" / QUERY / "combined" / "panelists" / GOOD / "images"
    images.parent.mkdir(parents=True)
    images.symlink_to(outside, target_is_directory=True)
    code, _, stderr, _ = run_cli(info, tmp_path / "out", tmp_path)
    assert code == 1, stderr[-2000:]
    assert "symbolic link" in stderr and str(images) in stderr
    assert list(outside.iterdir()) == []


def test_overlapping_zip_is_refused_before_anything_is_inflated(tmp_path):
    from slrk_tui.engine.unpack import open_zip

    path = tmp_path / "bomb.zip"
    path.write_bytes(overlapping_zip())
    with open_zip(path) as archive:
        assert "overlap" in archive.fatal
        assert archive.csvs == [] and archive.images == []
