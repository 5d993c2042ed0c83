"""Red-team pass on `--query-id`: one folder name given to two different queries.

A query resumes from its state, and a unit's state does not say which days it was filtered to.
Run with `--query-id daily` for one day and then, as a script would, with the same id for the next
day: every zip the first run had done was skipped, so the next day's rows in those zips (phones
upload hours late, so a zip often holds two days) were never extracted, and query.json was
silently overwritten. The run said "done". A query folder that holds another query (other days,
prefixes, bucket, timezone, basis, redaction or lag) is now refused with exit 2 before anything
is touched, naming what differs.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.demo.server import LocalS3Server

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

BUCKET = "redteam-queryid"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/3101"
UUID = "31013101-3101-4101-8101-310131013101"


def test_a_query_id_reused_for_other_days_is_refused(tmp_path: Path) -> None:
    name = f"image_zip_{UUID}_2.zip"
    images = [f"img_31013101-0000-4000-8000-00000000000{i}_2026_09_0{i}_23_59_00_000.jpg" for i in (1, 2)]
    rows = [
        shot_row(images[0], name, "2026-09-01T23:59:00Z"),
        shot_row(images[1], name, "2026-09-02T00:01:00Z"),
    ]
    data = zip_of(
        [(f"screenshot_data_csv_{UUID}.csv", app_csv(SHOT_HEADER, rows))]
        + [(n, screen_jpeg(60)) for n in images]
    )
    put_object(tmp_path / "s3" / BUCKET, f"{PANELIST}/{name}", data, "2026-09-02T01:00:00Z")
    out = tmp_path / "out"
    query = out / "daily"
    with LocalS3Server(tmp_path / "s3") as info:

        def run(day: str) -> subprocess.CompletedProcess[str]:
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/", "--start", day,
                "--end", day, "--query-id", "daily", "--processors", "1",
            )  # fmt: skip
            return subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)

        assert run("2026-09-01").returncode == 0
        before = {p: p.read_bytes() for p in sorted(query.rglob("*")) if p.is_file() and p.name != ".lock"}
        second = run("2026-09-02")
        assert second.returncode == 2, second.stderr[-3000:]
        assert "daily" in second.stderr and "2026-09-01" in second.stderr and "--query-id" in second.stderr
        after = {p: p.read_bytes() for p in sorted(query.rglob("*")) if p.is_file() and p.name != ".lock"}
        assert after == before  # nothing touched: not the state, not query.json, not the log
        assert run("2026-09-01").returncode == 0  # the same query still resumes
