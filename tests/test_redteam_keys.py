"""Red-team pass on bucket keys: a study's own folder names that look like Lambda output.

The Lambda's derived data (`data/`, `_manifests/`, `unpacked/`, `key=value` levels) is ignored.
The same words used as a study's own names (a panel called `data`, a panelist code `a=b`, a
tenant `t=1_lab`) were ignored too: those panelists vanished from the output without a word and
the run still exited 0. The value after a `tenant/`, `panel/` or `panelist/` literal is a name the
study chose, never Lambda output.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.engine.keys import is_noise_key, is_noise_prefix
from slrk_tui.engine.layout import parse_zip_key

from helpers.cli import put_object, server_env, slrk_run_cmd

BUCKET = "redteam-keys"
WHEN = "2026-09-01T03:00:00Z"
T = "academia/tenant/t1_one/panel/p1/V_12/panelist"


def uuid(i: int) -> str:
    return f"{i:08d}-3333-4333-8333-333333333333"


def study_zip(i: int) -> tuple[str, bytes, dict[str, bytes]]:
    """One zip of the app's shape: a screenshot CSV naming two JPGs."""
    name = f"image_zip_{uuid(i)}_2.zip"
    images = {
        f"img_{i:08d}-0000-4000-8000-{k:012d}_2026_09_01_03_00_0{k}_000.jpg": screen_jpeg(40 + 30 * k)
        for k in range(2)
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        rows = [shot_row(n, name, WHEN) for n in images]
        zf.writestr(f"screenshot_data_csv_{uuid(i)}.csv", app_csv(SHOT_HEADER, rows))
        for n, data in images.items():
            zf.writestr(n, data)
    return name, buf.getvalue(), images


# (key folder, expected output folder) for the study's own odd names
STUDY = {
    f"{T}/a=b": ("a=b", 1),
    "academia/tenant/t1_one/panel/data/V_12/panelist/1002": ("1002", 2),
    "academia/tenant/t=1_lab/panel/p1/V_12/panelist/1003": ("1003", 3),
    f"{T}/unpacked": ("unpacked", 4),
}
# Lambda output and loose logs, which must stay ignored (zips so that only the rule drops them)
NOISE = [
    "academia/tenant/t1_one/data/panel=p1/image_zip_{u}_2.zip",
    "academia/tenant/t1_one/_manifests/panel=p1/image_zip_{u}_2.zip",
    "data/panel=p1/panelist=1001/date=2026-09-01/image_zip_{u}_2.zip",
    f"{T}/1001/date=2026-09-01/image_zip_{{u}}_2.zip",
]


@pytest.mark.parametrize(
    "key",
    [f"{folder}/image_zip_{uuid(1)}_2.zip" for folder in STUDY],
)
def test_a_study_name_that_looks_like_lambda_output_is_study_input(key: str) -> None:
    assert not is_noise_key(key)
    assert parse_zip_key(key) is not None


@pytest.mark.parametrize("key", [k.format(u=uuid(9)) for k in NOISE])
def test_lambda_output_is_still_ignored(key: str) -> None:
    assert is_noise_key(key) and parse_zip_key(key) is None


def test_a_prefix_inside_lambda_output_is_judged_only_below_it() -> None:
    assert not is_noise_prefix("data/panel=p1/x/", below="data/panel=p1/")
    assert is_noise_prefix("academia/tenant/t1/x/data/", below="academia/tenant/t1/x/")
    assert not is_noise_prefix("academia/tenant/t1/panel/data/", below="academia/tenant/t1/panel/")


def put(root: Path, key: str, data: bytes) -> None:
    put_object(root / BUCKET, key, data, "2026-09-01T04:00:00Z")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_panelists_with_lambda_like_names_are_in_the_output(tmp_path: Path) -> None:
    root = tmp_path / "s3"
    expected: dict[str, dict[str, bytes]] = {}
    for folder, (out_folder, i) in STUDY.items():
        name, data, images = study_zip(i)
        put(root, f"{folder}/{name}", data)
        expected[out_folder] = images
    for n, key in enumerate(NOISE):
        put(root, key.format(u=uuid(50 + n)), study_zip(50 + n)[1])
    out = tmp_path / "out"
    with LocalS3Server(root) as info:
        one_zip = f"academia/tenant/t1_one/panel/data/V_12/panelist/1002/{study_zip(2)[0]}"
        for prefixes in (["academia/"], [one_zip]):
            args = [a for p in prefixes for a in ("--prefix", p)]
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, *args, "--start", "2026-09-01",
                "--end", "2026-09-01", "--query-id", f"q{len(prefixes[0])}", "--processors", "1",
            )  # fmt: skip
            proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
            assert proc.returncode == 0, proc.stderr[-3000:]
    whole = out / f"q{len('academia/')}"
    report = json.loads((whole / "report.json").read_text())
    assert sorted(report["panelists"]) == sorted(expected)  # no Lambda output became a panelist
    for folder, images in expected.items():
        base = whole / "combined" / "panelists" / folder
        for name, data in images.items():
            assert (base / "images" / name).read_bytes() == data, (folder, name)
        rows = (base / "metadata" / "screenshot_data-consolidated.csv").read_text().splitlines()
        assert len(rows) == 1 + len(images), folder
    one = next(p for p in out.iterdir() if p != whole)  # the single zip key given as --prefix
    assert sorted(json.loads((one / "report.json").read_text())["panelists"]) == ["1002"]
