"""Red-team pass on CSV headers: a byte order mark inside the header's first quotes.

A BOM before the first quote is stripped on reading. One inside the quotes (`"\ufeffid_user"`)
is part of the column's name and was written unquoted at the very start of the consolidated CSV,
where the next merge (a rerun picking up a newly uploaded zip) read it as a byte order mark and
dropped it: the column was renamed, a second `\ufeffid_user` column appeared, and every row was
doubled under two headers. A resumed query no longer matched an uninterrupted one.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server

from helpers.cli import output_tree, put_object, server_env, slrk_run_cmd, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-csv"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/4001"
WHEN = "2026-09-01T03:00:00Z"


def uuid(i: int) -> str:
    return f"{i:08d}-6666-4666-8666-666666666666"


def put_zip(root: Path, i: int) -> None:
    """One zip whose screenshot CSV header carries a BOM inside its first quotes."""
    name = f"image_zip_{uuid(i)}_1.zip"
    image = f"img_{i:08d}-0000-4000-8000-000000000000_2026_09_01_03_00_0{i}_000.jpg"
    header = ["\ufeff" + SHOT_HEADER[0], *SHOT_HEADER[1:]]
    shots = app_csv(header, [shot_row(image, name, WHEN)])
    data = zip_of([(f"screenshot_data_csv_{uuid(i)}.csv", shots), (image, screen_jpeg(40 * i))])
    put_object(root / BUCKET, f"{PANELIST}/{name}", data, "2026-09-01T04:00:00Z")


def test_a_rerun_that_merges_a_new_zip_matches_one_uninterrupted_run(tmp_path: Path) -> None:
    root, out = tmp_path / "s3", tmp_path / "out"
    put_zip(root, 1)
    with LocalS3Server(root) as info:

        def run(query: str) -> None:
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--start",
                "2026-09-01", "--end", "2026-09-01", "--query-id", query, "--processors", "1",
            )  # fmt: skip
            proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
            assert proc.returncode == 0, proc.stderr[-3000:]

        run("resumed")
        put_zip(root, 2)  # uploaded after the first run
        run("resumed")
        run("whole")
    merged = out / "resumed" / "combined" / "panelists" / "4001" / "metadata"
    with open(merged / "screenshot_data-consolidated.csv", encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    assert header == ["\ufeff" + SHOT_HEADER[0], *SHOT_HEADER[1:]]
    assert len(rows) == 2 and all(r[0] == "0042" for r in rows)
    resumed, whole = output_tree(out / "resumed"), output_tree(out / "whole")
    del resumed["report.json"], whole["report.json"]  # they name their own query ids
    assert resumed == whole
