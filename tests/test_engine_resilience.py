"""Idempotence under the worst a real run meets: SIGKILL at any moment, then a rerun; an S3 that
answers 503 SlowDown and drops connections mid-body. The output must equal an undisturbed run's."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from slrk_tui import events as ev
from slrk_tui.demo.proxy import FaultProxy
from slrk_tui.progress import ProgressPrinter

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
QUERY = "resilience"
# Two panels (10 zips, ~150 screenshots): enough units to kill mid-run, small enough to run 5x.
PREFIXES = ("academia/tenant/ut_austin_tenant_1_ut_austin/panel/ut_austin_1/",
            "academia/tenant/general_tenant_1_general_tenant/panel/general_2/")


def run_cmd(endpoint: str, server, out: Path, *extra: str) -> list[str]:
    prefixes = [arg for p in PREFIXES for arg in ("--prefix", p)]
    return [sys.executable, "-m", "slrk_tui", "run", "--bucket", "screenlake-zip-prod",
            *prefixes, "--start", "2020-01-01", "--end", "2030-12-31",
            "--endpoint-url", endpoint, "--region", "us-east-1", "--out", str(out),
            "--query-id", QUERY, "--processors", "2", "--batch-size", "4", *extra]


def env_for(server) -> dict[str, str]:
    return {**os.environ, "AWS_ACCESS_KEY_ID": server.access_key,
            "AWS_SECRET_ACCESS_KEY": server.secret_key}


def tree(root: Path) -> dict[str, bytes]:
    """Everything a user reads: the combined folder and the report."""
    files = {str(p.relative_to(root)): p.read_bytes()
             for p in sorted((root / "combined").rglob("*")) if p.is_file()}
    files["report.json"] = (root / "report.json").read_bytes()
    return files


@pytest.fixture(scope="module")
def reference(s3_server, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("reference")
    proc = subprocess.run(run_cmd(s3_server.endpoint_url, s3_server, out), env=env_for(s3_server),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    files = tree(out / QUERY)
    assert sum(name.endswith(".jpg") for name in files) > 100
    return files


def units_done(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM units").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kill_after_units", [1, 5])
def test_sigkill_then_rerun_gives_identical_output(s3_server, reference, tmp_path,
                                                   kill_after_units):
    cmd = run_cmd(s3_server.endpoint_url, s3_server, tmp_path)
    proc = subprocess.Popen(cmd, env=env_for(s3_server), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    db = tmp_path / QUERY / "state.sqlite"
    deadline = time.monotonic() + 300
    while units_done(db) < kill_after_units and proc.poll() is None:
        assert time.monotonic() < deadline, "run made no progress"
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; use a bigger study"
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and every worker process, no cleanup
    proc.wait()
    assert (tmp_path / QUERY / "work").exists()  # it really was interrupted mid-run
    events_path = tmp_path / "events.jsonl"
    rerun = subprocess.run([*cmd, "--events", str(events_path)], env=env_for(s3_server),
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    done_before = re.search(r"(\d+) zip\(s\) already done", rerun.stderr)
    assert done_before and int(done_before.group(1)) >= kill_after_units, rerun.stderr
    assert tree(tmp_path / QUERY) == reference
    # The resumed run's own events fill every bar, in the model the dashboard reads and in the
    # CLI's progress line.
    printer = ProgressPrinter(io.StringIO(), tty=True)
    for event in replay(events_path):
        printer.handle(event)
    model = printer.model
    assert model.planned is not None and model.planned.zips_already_done >= kill_after_units
    stages = (model.download_stage, model.process_stage, model.batches_stage)
    assert [s.fraction for s in stages] == [1.0, 1.0, 1.0], stages
    line = printer.status_line()
    assert "download 100%" in line and f"batches {model.batches_total}/" in line, line


def replay(path: Path) -> list[ev.Event]:
    """The engine's events back from an `--events` JSONL file."""
    out = []
    for line in path.read_text().splitlines():
        data = json.loads(line)
        cls = getattr(ev, data.pop("event"))
        if isinstance(data.get("panelists"), list):
            data["panelists"] = tuple(data["panelists"])
        out.append(cls(**data))
    return out


def test_transient_s3_faults_lose_nothing(s3_server, reference, tmp_path):
    port = int(s3_server.endpoint_url.rsplit(":", 1)[1])
    with FaultProxy(port, fault_rate=0.2, seed=7) as url:
        proc = subprocess.run(run_cmd(url, s3_server, tmp_path), env=env_for(s3_server),
                              capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / QUERY) == reference


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(s3_server, tmp_path):
    cmd = run_cmd(s3_server.endpoint_url, s3_server, tmp_path)
    proc = subprocess.Popen(cmd, env=env_for(s3_server), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    db = tmp_path / QUERY / "state.sqlite"
    deadline = time.monotonic() + 300
    while units_done(db) < 1 and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "rerun the same command" in err
    assert "Traceback" not in err
