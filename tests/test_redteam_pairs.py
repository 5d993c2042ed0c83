"""Red-team pass on the newer upload variant: a csv_zip/image_zip pair across the window's start.

The app uploads a batch's `csv_zip_<uuid>.zip` and `image_zip_<uuid>_<n>.zip` together, so the
two can get upload times either side of the query's first midnight. The capture-basis plan
skipped the csv_zip (uploaded before the start: its rows cannot be in range) and kept the
image_zip alone, whose images then had no rows: every one was written, however old, and reported
as "image has no screenshot_data row" (exit 3). A pair now goes to the plan whole or not at all,
and its images follow its rows.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, ms, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-pairs"
PANEL = "academia/tenant/t1_one/panel/p1/V_12/panelist"
MANIFEST = ["app_version", "schema_version", "zip_id", "recorded_at_epoch_ms", "recorded_at_utc"]


def uuid(i: int) -> str:
    return f"{i:08d}-7777-4777-8777-777777777777"


def put(root: Path, key: str, entries: list[tuple[str, bytes]], uploaded: str) -> None:
    put_object(root / BUCKET, key, zip_of(entries), uploaded)


def put_pair(root: Path, code: str, i: int, captured: str, csv_up: str, image_up: str) -> dict[str, bytes]:
    """A batch as the newer variant uploads it: rows and manifest in csv_zip, JPGs and the same
    manifest in image_zip."""
    u = uuid(i)
    image_zip = f"image_zip_{u}_2.zip"
    images = {
        f"img_{i:08d}-0000-4000-8000-{k:012d}Screenshot_x.jpg": screen_jpeg(50 + 40 * k) for k in range(2)
    }
    manifest = (f"manifest_{u}.csv", app_csv(MANIFEST, [["50", "2", u, str(ms(captured)), "09/01/2026"]]))
    shots = app_csv(SHOT_HEADER, [shot_row(n, image_zip, captured) for n in images])
    put(root, f"{PANEL}/{code}/csv_zip_{u}.zip", [(f"screenshot_data_csv_{u}.csv", shots), manifest], csv_up)
    put(root, f"{PANEL}/{code}/{image_zip}", [*images.items(), manifest], image_up)
    return images


def test_a_pair_across_the_first_midnight_goes_whole_or_not_at_all(tmp_path: Path) -> None:
    root, out = tmp_path / "s3", tmp_path / "out"
    # captured the evening before the query, uploaded across its first midnight
    put_pair(root, "5001", 1, "2026-08-31T23:50:00Z", "2026-08-31T23:59:59Z", "2026-09-01T00:00:01Z")
    inside = put_pair(root, "5002", 2, "2026-09-01T03:00:00Z", "2026-09-01T04:00:00Z", "2026-09-01T04:00:01Z")
    with LocalS3Server(root) as info:
        cmd = slrk_run_cmd(
            info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--start", "2026-09-01",
            "--end", "2026-09-01", "--query-id", "q", "--processors", "1",
        )  # fmt: skip
        proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((out / "q" / "report.json").read_text())
    assert report["bad_objects"] == []
    panelists = out / "q" / "combined" / "panelists"
    assert list((panelists / "5001").glob("images/*")) == []  # captured before the start
    assert report["panelists"]["5001"]["rows"]["screenshot_data"] == 0
    assert {p.name: p.read_bytes() for p in (panelists / "5002" / "images").iterdir()} == inside
    assert report["panelists"]["5002"]["rows"] == {"manifest": 1, "screenshot_data": 2}
