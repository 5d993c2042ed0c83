"""Red-team pass on whole zips: re-uploads that share a batch UUID, and a zip with nothing in it.

- The same zip under two `V_` folders, or as `.zip` and `.zip.zip`, shares its UUID and so lands
  in one unit. Its images were reported as bad input ("also in ...; this copy ignored", exit 3)
  while the same re-upload under another UUID (two units) was written once with exit 0. An
  identical copy is a re-upload: written once, a note, exit 0. A copy with other bytes under the
  same name is still reported.
- A zip with no file in it (22 bytes) was processed as a batch with nothing in it: no report,
  exit 0, while a 0-byte object is reported as empty. The app always writes its screenshot CSV.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.engine.unpack import open_zip

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

BUCKET = "redteam-zips"
WHEN = "2026-09-01T03:00:00Z"
PANEL = "academia/tenant/t1_one/panel/p1"


def uuid(i: int) -> str:
    return f"{i:08d}-4444-4444-8444-444444444444"


def batch(i: int, shade: int = 40) -> tuple[str, bytes, dict[str, bytes]]:
    name = f"image_zip_{uuid(i)}_2.zip"
    images = {
        f"img_{i:08d}-0000-4000-8000-{k:012d}_2026_09_01_03_00_0{k}_000.jpg": screen_jpeg(shade + 30 * k)
        for k in range(2)
    }
    rows = [shot_row(n, name, WHEN) for n in images]
    csv = (f"screenshot_data_csv_{uuid(i)}.csv", app_csv(SHOT_HEADER, rows))
    return name, zip_of([csv, *images.items()]), images


def put(root: Path, key: str, data: bytes) -> None:
    put_object(root / BUCKET, key, data, "2026-09-01T04:00:00Z")


def test_an_empty_zip_is_refused_as_empty(tmp_path: Path) -> None:
    for name, entries in (("none.zip", []), ("folders.zip", [("a/", b""), ("b/c/", b"")])):
        path = tmp_path / name
        path.write_bytes(zip_of(entries))
        with open_zip(path) as archive:
            assert "empty zip" in archive.fatal, name


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("s3")
    expect: dict[str, dict[str, bytes]] = {}
    # 2001: one zip under V_12 and V_13; 2002: as .zip and .zip.zip
    name, data, images = batch(1)
    put(root, f"{PANEL}/V_12/panelist/2001/{name}", data)
    put(root, f"{PANEL}/V_13/panelist/2001/{name}", data)
    expect["2001"] = images
    name, data, images = batch(2)
    put(root, f"{PANEL}/V_12/panelist/2002/{name}", data)
    put(root, f"{PANEL}/V_12/panelist/2002/{name}.zip", data)
    expect["2002"] = images
    # 2003: same UUID and image names, other pixels: the second copy is not the same image
    name, data, images = batch(3)
    put(root, f"{PANEL}/V_12/panelist/2003/{name}", data)
    put(root, f"{PANEL}/V_13/panelist/2003/{name}", batch(3, shade=90)[1])
    expect["2003"] = images
    empty_key = f"{PANEL}/V_12/panelist/2004/image_zip_{uuid(4)}_0.zip"
    put(root, empty_key, zip_of([]))
    out = tmp_path_factory.mktemp("out")
    results = []
    with LocalS3Server(root) as info:
        for prefix in ("academia/", f"{PANEL}/V_12/panelist/2001/", f"{PANEL}/V_12/panelist/2004/"):
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", prefix, "--start", "2026-09-01",
                "--end", "2026-09-01", "--query-id", f"q{len(results)}", "--processors", "1",
                *(["--prefix", f"{PANEL}/V_13/panelist/2001/"] if len(results) == 1 else []),
            )  # fmt: skip
            proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
            report = json.loads((out / f"q{len(results)}" / "report.json").read_text())
            results.append((proc.returncode, proc.stderr, report, out / f"q{len(results)}"))
    return {"results": results, "expect": expect, "empty_key": empty_key}


def bad_for(report: dict, folder: str) -> list[str]:
    return [b["reason"] for b in report["bad_objects"] if f"/{folder}/" in b["key"]]


@pytest.mark.slow
def test_a_reuploaded_zip_is_written_once_without_a_problem(run: dict) -> None:
    code, stderr, report, query = run["results"][1]  # 2001 alone: only the V_12/V_13 re-upload
    assert code == 0, stderr[-3000:]
    assert report["bad_objects"] == []
    assert any("written once" in n["note"] for n in report["notes"])
    images = query / "combined" / "panelists" / "2001" / "images"
    assert {p.name: p.read_bytes() for p in images.iterdir()} == run["expect"]["2001"]


@pytest.mark.slow
def test_the_whole_query_keeps_every_image_and_reports_only_real_problems(run: dict) -> None:
    code, stderr, report, query = run["results"][0]
    assert code == 3, stderr[-3000:]  # 2003 and 2004 are bad input
    assert bad_for(report, "2001") == [] and bad_for(report, "2002") == []
    assert any("this copy ignored" in r for r in bad_for(report, "2003"))
    for folder, images in run["expect"].items():
        written = query / "combined" / "panelists" / folder / "images"
        assert {p.name: p.read_bytes() for p in written.iterdir()} == images, folder
        rows = (written.parent / "metadata" / "screenshot_data-consolidated.csv").read_text()
        assert rows.count("\n") == 1 + len(images), folder
    assert {"key": run["empty_key"], "reason": "holds no files (an empty zip)"} in report["bad_objects"]


@pytest.mark.slow
def test_an_empty_zip_alone_ends_with_exit_3(run: dict) -> None:
    code, stderr, report, _ = run["results"][2]
    assert code == 3, stderr[-3000:]
    assert [b["key"] for b in report["bad_objects"]] == [run["empty_key"]]
