"""Red-team pass on rerunning a finished query whose output the user changed.

A query resumes from its state: units recorded as done are skipped. When the user had deleted
part of the output (an image, a panelist's folder, a consolidated CSV) and ran the same command
again, the run skipped everything, said "done" (exit 0) and the report counted rows that were no
longer on disk: the dataset stayed incomplete without a word. A panelist whose finished output
is missing is now processed again (its images and CSVs come back byte-identical), with a note
naming what was missing.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server

from helpers.cli import output_tree, put_object, server_env, slrk_run_cmd, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-resume"
PANEL = "academia/tenant/t1_one/panel/p1/V_12/panelist"
WHEN = "2026-09-01T03:00:00Z"


def uuid(i: int) -> str:
    return f"{i:08d}-7777-4777-8777-777777777777"


def put_zip(root: Path, code: str, i: int) -> None:
    name = f"image_zip_{uuid(i)}_1.zip"
    image = f"img_{i:08d}-0000-4000-8000-000000000000_2026_09_01_03_00_0{i}_000.jpg"
    shots = app_csv(SHOT_HEADER, [shot_row(image, name, WHEN)])
    data = zip_of([(f"screenshot_data_csv_{uuid(i)}.csv", shots), (image, screen_jpeg(30 * i))])
    put_object(root / BUCKET, f"{PANEL}/{code}/{name}", data, "2026-09-01T04:00:00Z")


def test_a_rerun_restores_output_the_user_deleted(tmp_path: Path) -> None:
    root, out = tmp_path / "s3", tmp_path / "out"
    for code, i in (("3001", 1), ("3001", 2), ("3002", 3), ("3003", 4)):
        put_zip(root, code, i)
    panelists = out / "q" / "combined" / "panelists"
    with LocalS3Server(root) as info:

        def run() -> subprocess.CompletedProcess[str]:
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--start",
                "2026-09-01", "--end", "2026-09-01", "--query-id", "q", "--processors", "1",
            )  # fmt: skip
            proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
            assert proc.returncode == 0, proc.stderr[-3000:]
            return proc

        run()
        before = output_tree(out / "q")
        [image, _] = sorted((panelists / "3001" / "images").iterdir())
        image.unlink()  # one image of a panelist with two zips
        subprocess.run(["rm", "-r", str(panelists / "3002")], check=True)  # a whole panelist
        (panelists / "3003" / "metadata" / "screenshot_data-consolidated.csv").unlink()
        proc = run()
        assert output_tree(out / "q") == before
        notes = [line for line in proc.stderr.splitlines() if line.startswith("note:")]
        assert len(notes) == 3 and all("missing" in n for n in notes), proc.stderr[-3000:]
        assert any("3001" in n and image.name in n for n in notes)
        assert "0 zip(s) to do" in run().stderr  # a complete output is not redone


def test_a_consolidated_csv_edited_by_hand_is_named_and_rebuilt_once_removed(tmp_path: Path) -> None:
    """A CSV saved back by a spreadsheet with a ragged row ended the next merge with exit 1, a
    traceback, 'Internal error' and 'rerun to resume', which failed the same way every time."""
    root, out = tmp_path / "s3", tmp_path / "out"
    put_zip(root, "3001", 1)
    metadata = out / "q" / "combined" / "panelists" / "3001" / "metadata"
    edited = metadata / "screenshot_data-consolidated.csv"
    with LocalS3Server(root) as info:

        def run(query: str) -> subprocess.CompletedProcess[str]:
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--start",
                "2026-09-01", "--end", "2026-09-01", "--query-id", query, "--processors", "1",
            )  # fmt: skip
            return subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)

        assert run("q").returncode == 0
        edited.write_text(edited.read_text() + "a row,typed by hand\r\n")
        put_zip(root, "3001", 2)  # a later upload: its rows are merged into the edited file
        proc = run("q")
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr and "Internal error" not in proc.stderr, proc.stderr[-3000:]
        assert str(edited) in proc.stderr and "rerun" in proc.stderr
        edited.unlink()  # what the message asks
        proc = run("q")
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert run("whole").returncode == 0
    resumed, whole = output_tree(out / "q"), output_tree(out / "whole")
    del resumed["report.json"], whole["report.json"]  # they name their own query ids
    assert resumed == whole
