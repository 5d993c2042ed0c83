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
import time
from pathlib import Path

import pytest

from slrk_tui import events as ev
from slrk_tui.engine.runlog import EVENTS_FILE, LOG_FILE, iter_events
from slrk_tui.engine.state import QueryState
from slrk_tui.progress import ProgressPrinter

from helpers.cli import output_tree, server_env, slrk_run_cmd, slrk_status
from helpers.proxy import FaultProxy

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
QUERY = "resilience"
GENERAL = "academia/tenant/general_tenant_1_general_tenant/panel/"
UT_0099 = "academia/tenant/ut_austin_tenant_1_ut_austin/panel/ut_austin_1/V_12/panelist/0099/"
# Eleven units (12 zips, 31 screenshots, 16 of them with faces) of the study of small zips
# (conftest.SMALL_ZIPS_SPEC): enough units to kill mid-run, small enough to run 8x. Over two
# tenants, with 2762 in two V_ folders (merged), the `null` panelist and a csv_zip/image_zip pair
# (one unit). A unit costs about its screenshots' detector time, so fewer screenshots, not fewer
# units, keep these runs short (the session study's smallest zips: 90 screenshots, 2.5x the CPU).
PREFIXES = (
    GENERAL + "general_1/V_12/panelist/null/image_zip_c3728b61-7ff5-4ff0-8981-e54e0a530964_3.zip",
    GENERAL + "general_1/V_12/panelist/7822/csv_zip_1963fb5b-6a65-48c1-b5d5-3d1210977317.zip",
    GENERAL + "general_1/V_12/panelist/7822/image_zip_1963fb5b-6a65-48c1-b5d5-3d1210977317_1.zip",
    GENERAL + "general_1/V_12/panelist/7822/image_zip_2a7bbe85-aeda-485e-91e7-ae4ae2ae5d08_3.zip",
    GENERAL + "general_1/V_12/panelist/7822/image_zip_57435693-fe2c-4412-84fa-b771c8e3f158_3.zip",
    GENERAL + "general_1/V_12/panelist/7822/image_zip_5c4a156e-baa9-4725-976f-4915d50b9e2a_3.zip",
    GENERAL + "general_2/V_11/panelist/2762/image_zip_5b6d9846-2eca-4962-9da0-b83f891c4b1b_3.zip",
    GENERAL + "general_2/V_11/panelist/2762/image_zip_58687507-0144-479e-aa31-6a7863372b99_3.zip",
    GENERAL + "general_2/V_12/panelist/2762/image_zip_5f22ac21-5f85-489b-8c46-869d932cc754_3.zip",
    GENERAL + "general_2/V_12/panelist/2762/image_zip_651cbefa-d6a3-400a-bf3c-be6ec4495ce7_3.zip",
    UT_0099 + "image_zip_1d6e48f3-920d-493d-a56e-fc0a6d739c2a_3.zip",
    UT_0099 + "image_zip_b0a17d7c-8693-4cae-974d-828037bc56e3_3.zip",
)


def run_cmd(endpoint: str, server, out: Path, *extra: str) -> list[str]:
    prefixes = [arg for p in PREFIXES for arg in ("--prefix", p)]
    return slrk_run_cmd(
        endpoint,
        out,
        "--bucket",
        "screenlake-zip-prod",
        *prefixes,
        "--start",
        "2020-01-01",
        "--end",
        "2030-12-31",
        "--query-id",
        QUERY,
        "--processors",
        "2",
        "--batch-size",
        "4",
        *extra,
    )


def env_for(server) -> dict[str, str]:
    return server_env(server)


@pytest.fixture(scope="module")
def server(small_zips_server):
    """The local S3 server over the study of small zips."""
    return small_zips_server


@pytest.fixture(scope="module")
def manifest(small_zips_study):
    """What the study of small zips holds."""
    manifest = small_zips_study[1]
    assert {o.key for o in manifest.objects if o.kind == "zip" and not o.bad_reason} >= set(PREFIXES)
    return manifest


def screenshots(manifest, keys) -> int:
    """The readable JPGs the study's manifest lists in the zips ``keys``."""
    return sum(1 for j in manifest.jpgs if j.zip_key in keys and not j.corrupt)


@pytest.fixture(scope="module")
def reference(server, manifest, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("reference")
    proc = subprocess.run(
        run_cmd(server.endpoint_url, server, out),
        env=env_for(server),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    files = output_tree(out / QUERY)
    assert sum(name.endswith(".jpg") for name in files) == screenshots(manifest, PREFIXES)
    return files


def units_done(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM units").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for_units(db: Path, proc: subprocess.Popen, n: int) -> None:
    """Until the run has recorded ``n`` units; it must still be running then."""
    deadline = time.monotonic() + 300
    while units_done(db) < n and proc.poll() is None:
        assert time.monotonic() < deadline, "run made no progress"
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before the test could look at it; use a bigger study"


def whole_lines(path: Path) -> list[dict]:
    """The run record's events; every line is one, except possibly one torn by the kill."""
    parsed = list(iter_events(path))
    assert parsed.count(None) <= 1, path.read_text()[-2000:]
    return [e for e in parsed if e is not None]


def test_sigkill_then_rerun_gives_identical_output_and_keeps_the_record(server, reference, tmp_path):
    """`slrk status` while the run works, SIGKILL of the CLI and every worker (no cleanup), status
    after the kill, the rerun: the output equals an undisturbed run's; the record (events.jsonl,
    run.log) keeps both runs' lines; the resumed run's own events fill every bar."""
    cmd = run_cmd(server.endpoint_url, server, tmp_path)
    qdir = tmp_path / QUERY
    db = qdir / "state.sqlite"
    proc = subprocess.Popen(
        cmd,
        env=env_for(server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_units(db, proc, 2)
        running = slrk_status(qdir)
        assert running.returncode == 0, running.stderr
        assert f"status: running (pid {proc.pid})" in running.stdout
        done_line = next(ln for ln in running.stdout.splitlines() if ln.startswith("units: "))
        done, total = done_line.split()[1].split("/")
        assert 2 <= int(done) < int(total), running.stdout
        wait_for_units(db, proc, 4)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert (qdir / "work").exists()  # it really was interrupted mid-run
    first = whole_lines(qdir / EVENTS_FILE)
    assert [e["event"] for e in first[:2]] == ["RunStarted", "RunPlanned"]
    assert sum(e["event"] == "BatchProgressed" for e in first) >= 4
    assert all(e["event"] != "RunFinished" for e in first)
    assert "status: interrupted" in slrk_status(qdir).stdout

    events_path = tmp_path / "events.jsonl"
    rerun = subprocess.run(
        [*cmd, "--events", str(events_path)],
        env=env_for(server),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    done_before = re.search(r"(\d+) zip\(s\) already done", rerun.stderr)
    assert done_before and int(done_before.group(1)) >= 4, rerun.stderr
    assert output_tree(qdir) == reference

    both = whole_lines(qdir / EVENTS_FILE)
    assert both[: len(first)] == first  # appended, nothing of the first run lost
    assert [e["event"] for e in both].count("RunStarted") == 2
    assert both[-1]["event"] == "RunFinished" and both[-1]["exit_code"] == 0
    log = (qdir / LOG_FILE).read_text()
    assert log.count(f"query {QUERY} ->") == 2 and "done: " in log
    finished = slrk_status(qdir)
    assert finished.returncode == 0, finished.stderr
    total_units = len(QueryState(db).done_units())
    assert "status: done" in finished.stdout
    assert f"units: {total_units}/{total_units} done (100%)" in finished.stdout
    assert "runs recorded: 2" in finished.stdout and "finished: done:" in finished.stdout

    printer = ProgressPrinter(io.StringIO(), tty=True)
    for event in replay(events_path):
        printer.handle(event)
    model = printer.model
    assert model.planned is not None and model.planned.zips_already_done >= 4
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


def test_transient_s3_faults_lose_nothing(server, reference, tmp_path):
    port = int(server.endpoint_url.rsplit(":", 1)[1])
    with FaultProxy(port, fault_rate=0.2, seed=7) as url:
        proc = subprocess.run(
            run_cmd(url, server, tmp_path),
            env=env_for(server),
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert proc.returncode == 0, proc.stderr
    assert output_tree(tmp_path / QUERY) == reference


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(server, tmp_path):
    cmd = run_cmd(server.endpoint_url, server, tmp_path)
    proc = subprocess.Popen(
        cmd, env=env_for(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    wait_for_units(tmp_path / QUERY / "state.sqlite", proc, 1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "rerun the same command" in err
    assert "Traceback" not in err


def forkserver_workers(cli_pid: int) -> list[int]:
    """The pool's worker processes: children of the forkserver the CLI started."""
    from test_hostile_inputs import descendants

    def parent(pid: int) -> int:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])

    found = []
    for pid in descendants(cli_pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"forkserver" in cmdline and parent(pid) != cli_pid:
                found.append(pid)
        except OSError:
            continue
    return found


def test_a_worker_killed_mid_run_costs_nothing(server, reference, tmp_path):
    """What the OOM killer does: one worker gone. Its units are redone; nothing is lost."""
    proc = subprocess.Popen(
        run_cmd(server.endpoint_url, server, tmp_path),
        env=env_for(server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for_units(tmp_path / QUERY / "state.sqlite", proc, 1)
    workers = forkserver_workers(proc.pid)
    assert proc.poll() is None and workers, "no worker to kill; use a bigger study"
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-3000:]
    assert "worker process died" in err
    assert output_tree(tmp_path / QUERY) == reference


def test_a_unit_that_kills_its_worker_twice_costs_only_itself(server, manifest, tmp_path, monkeypatch):
    """A poison unit (its worker dies in the pool and again alone) is recorded as failed with its
    keys; the others finish, the run ends with exit 3, and a rerun does not try it again."""
    from concurrent.futures import Executor, Future
    from concurrent.futures.process import BrokenProcessPool

    from slrk_tui import user_config
    from slrk_tui.cli import _parser, config_from_args, run_headless
    from slrk_tui.engine import pools
    from slrk_tui.engine import run as engine_run
    from slrk_tui.engine.s3 import Credentials

    poison = sorted(key for key in PREFIXES if key.startswith(UT_0099))[1]
    attempts: list[str] = []

    def dies_on_poison(task):
        if any(key == poison for key, _ in task.zips):
            attempts.append(poison)
            raise BrokenProcessPool("the worker died")

    class PoisonedPool(Executor):
        def __init__(self) -> None:
            self.inner = real_pool(2)

        def submit(self, fn, /, *args, **kwargs):
            try:
                if fn is engine_run.process_unit:
                    dies_on_poison(args[0])
            except BrokenProcessPool as exc:
                future: Future = Future()
                future.set_exception(exc)
                return future
            return self.inner.submit(fn, *args, **kwargs)

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            self.inner.shutdown(wait=wait, cancel_futures=cancel_futures)

    real_alone, real_pool = pools.run_alone, pools.make_executor
    monkeypatch.setattr(engine_run, "run_alone", lambda t: dies_on_poison(t) or real_alone(t))
    monkeypatch.setattr(pools, "make_executor", lambda n: PoisonedPool())
    argv = run_cmd(server.endpoint_url, server, tmp_path)[4:]
    cfg = config_from_args(_parser().parse_args(["run", *argv]), user_config.load())
    creds = Credentials(server.access_key, server.secret_key)
    assert run_headless(cfg, credentials=creds) == 3
    assert attempts == [poison, poison]  # in the pool, then alone
    report = json.loads((tmp_path / QUERY / "report.json").read_text())
    assert [b["key"] for b in report["bad_objects"] if "died twice" in b["reason"]] == [poison]
    others = [key for key in PREFIXES if key != poison]
    assert report["totals"]["images"] == screenshots(manifest, others) > 0  # every other unit is there
    assert run_headless(cfg, credentials=creds) == 3
    assert attempts == [poison, poison]  # the rerun did not retry it
    assert run_headless(cfg, credentials=creds, retry_failed=True) == 3
    assert attempts == [poison] * 4  # asked to, it did (and the unit failed the same way)
