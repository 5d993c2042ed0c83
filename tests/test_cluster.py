"""`slrk run --scheduler`: units fetched and processed on Dask workers that cannot see the output
folder, the output written by the client, byte for byte what the local process pool writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_engine_resilience import env_for, units_done
from test_hostile_inputs import descendants

from slrk_tui.cli import main
from slrk_tui.config import ConfigError, RunConfig, local_cluster_workers

from helpers.cli import output_tree

QUERY = "cluster"
PANELIST = "academia/tenant/general_tenant_1_general_tenant/panel/general_1/V_12/panelist/0099/"
OTHER = "academia/tenant/general_tenant_1_general_tenant/panel/general_2/"
# Every bad input of the study of small zips (conftest.SMALL_ZIPS_SPEC: empty, not a zip, zip
# bomb, zip-slip, invalid UTF-8, a truncated CSV, a non-JPEG) plus three clean zips of another
# panelist (in two V_ folders, every screenshot with faces): 12 units, 22 screenshots (the session
# study's same bad inputs and two larger zips: 32).
ZIPS = tuple(
    PANELIST + name
    for name in (
        "image_zip_dd2e8597-bd9a-4ebb-b702-b6718423570e_12.zip",
        "image_zip_90b16450-0b00-41f9-9953-820710d5e226_1.zip",
        "image_zip_3a52a264-88e9-4216-b654-564aa0c8a4db_4.zip",
        "image_zip_24a945f9-795e-40ae-983b-f0bfbc35f7d6_4.zip",
        "image_zip_32b6c7d0-64fb-462a-945b-653ceba377fe_4.zip",
        "image_zip_824378ae-bfc7-4674-b797-d22c6657988b_4.zip",
        "image_zip_147bdd4d-bef3-4aa2-a752-4555b84d165b_6.zip",
        "image_zip_fcfee030-fda4-4767-888c-0b8ef42e0675_0.zip",
        "image_zip_e5637996-2dea-42b4-9300-267379df5dfe_3.zip",
    )
) + tuple(
    OTHER + name
    for name in (
        "V_11/panelist/2762/image_zip_58687507-0144-479e-aa31-6a7863372b99_3.zip",
        "V_12/panelist/2762/image_zip_5f22ac21-5f85-489b-8c46-869d932cc754_3.zip",
        "V_12/panelist/2762/image_zip_651cbefa-d6a3-400a-bf3c-be6ec4495ce7_3.zip",
    )
)


def run_args(endpoint: str, out: Path, *extra: str) -> list[str]:
    prefixes = [arg for key in ZIPS for arg in ("--prefix", key)]
    return [
        "run",
        "--bucket",
        "screenlake-zip-prod",
        *prefixes,
        "--start",
        "2020-01-01",
        "--end",
        "2030-12-31",
        "--endpoint-url",
        endpoint,
        "--region",
        "us-east-1",
        "--out",
        str(out),
        "--query-id",
        QUERY,
        "--processors",
        "2",
        "--batch-size",
        "4",
        *extra,
    ]


def slrk(*args: str) -> list[str]:
    return [sys.executable, "-m", "slrk_tui", *args]


# ----------------------------------------------------------------------------- fast checks


@pytest.mark.parametrize(
    ("text", "workers"),
    [("local", 0), ("local:3", 3), ("tcp://10.0.0.5:8786", None), ("scheduler.lab:8786", None)],
)
def test_scheduler_addresses(text, workers):
    assert local_cluster_workers(text) == workers


@pytest.mark.parametrize("text", ["local:0", "local:x", "nowhere", ""])
def test_a_bad_scheduler_is_a_config_error(text):
    with pytest.raises(ConfigError, match="--scheduler"):
        RunConfig(prefixes=("a/",), scheduler=text).validated()


def test_where_units_run_does_not_change_the_query():
    local = RunConfig(prefixes=("a/",))
    assert RunConfig(prefixes=("a/",), scheduler="tcp://h:8786").resolved_query_id == local.resolved_query_id


def test_scheduler_without_distributed_is_a_usage_error_naming_the_extra(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    code = main(run_args("http://127.0.0.1:9", tmp_path, "--scheduler", "local"))
    assert code == 2
    assert "pip install 'slrk-tui[cluster]'" in capsys.readouterr().err
    assert not (tmp_path / QUERY).exists()


# ----------------------------------------------------------------------------- a real cluster


def _hide(paths: list[Path]) -> list[str]:
    """A command prefix that runs a process with `paths` covered by empty tmpfs mounts in a
    mount namespace of its own (so it cannot read them even as root), or [] where that is not
    permitted; the test then checks the working folder and HOME only."""
    if (
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode != 0
    ):
        return []
    mounts = " && ".join(f"mount -t tmpfs slrk-hidden '{p}'" for p in paths)
    return ["unshare", "--mount", "--", "sh", "-c", f'{mounts} && exec "$@"', "sh"]


@pytest.fixture(scope="module")
def s3_server(small_zips_server):
    """The local S3 server over the study of small zips (for every test of this module)."""
    return small_zips_server


@pytest.fixture(scope="module")
def study_root(small_zips_study) -> Path:
    """The folder the study of small zips is served from."""
    root, manifest = small_zips_study
    assert {o.key for o in manifest.objects if o.kind in ("zip", "bad")} >= set(ZIPS)
    return root


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """Where every run in this module writes (created before the workers start, so they can be
    kept from seeing it)."""
    return tmp_path_factory.mktemp("outputs")


@pytest.fixture(scope="module")
def dask_cluster(s3_server, study_root, outputs) -> Iterator[SimpleNamespace]:
    """A `dask scheduler` and two `dask worker`s (one single-threaded process each), started in an
    empty folder of their own with their own HOME; they get the S3 keys from their environment
    (their own credential chain) and cannot see the output folder or the study's files."""
    home = Path(os.path.realpath(os.environ.get("TMPDIR", "/tmp"))) / f"slrk-dask-{os.getpid()}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "tmp").mkdir(parents=True)
    env = {k: v for k, v in env_for(s3_server).items() if k not in {"PYTHONPATH", "PWD"}}
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"))
    file = home / "scheduler.json"
    common = {"cwd": home, "env": env, "stdout": subprocess.DEVNULL, "start_new_session": True}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                str(file),
            ],
            stderr=subprocess.DEVNULL,
            **common,
        )
    ]
    logs = []
    try:
        deadline = time.monotonic() + 60
        while not file.exists():
            assert time.monotonic() < deadline and procs[0].poll() is None, "no scheduler"
            time.sleep(0.1)
        hidden = _hide([outputs, study_root])
        for number in range(2):
            logs.append(open(home / f"worker{number}.log", "w"))  # noqa: SIM115
            procs.append(
                subprocess.Popen(
                    [
                        *hidden,
                        sys.executable,
                        "-m",
                        "distributed.cli.dask_worker",
                        "--scheduler-file",
                        str(file),
                        "--nworkers",
                        "1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--host",
                        "127.0.0.1",
                        "--local-directory",
                        str(home / "scratch"),
                    ],
                    stderr=logs[-1],
                    **common,
                )
            )
        address = json.loads(file.read_text())["address"]
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield SimpleNamespace(address=address, home=home, nannies=procs[1:], hidden=bool(hidden))
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        for log in logs:
            log.close()
        shutil.rmtree(home, ignore_errors=True)


def worker_processes(cluster: SimpleNamespace) -> list[int]:
    """The processes that run tasks: children the nannies spawned (not their trackers)."""
    found = []
    for nanny in cluster.nannies:
        for pid in descendants(nanny.pid):
            try:
                if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(pid)
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def reference(s3_server, outputs) -> dict[str, bytes]:
    """The local process pool's output for the same query."""
    out = outputs / "pool"
    proc = subprocess.run(
        slrk(*run_args(s3_server.endpoint_url, out)),
        env=env_for(s3_server),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 3, proc.stderr  # the bad inputs are reported
    files = output_tree(out / QUERY)
    assert sum(name.endswith(".jpg") for name in files) >= 20
    return files


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_cluster_output_is_the_process_pools_byte_for_byte(s3_server, dask_cluster, reference, outputs):
    out = outputs / "dask"
    proc = subprocess.run(
        slrk(*run_args(s3_server.endpoint_url, out, "--scheduler", dask_cluster.address)),
        env=env_for(s3_server),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 3, proc.stderr
    assert output_tree(out / QUERY) == reference
    workers = worker_processes(dask_cluster)
    assert len(workers) == 2
    for pid in workers:  # the workers ran elsewhere, and could not see what the client wrote
        assert Path(os.readlink(f"/proc/{pid}/cwd")) == dask_cluster.home
        assert f"HOME={dask_cluster.home}".encode() in Path(f"/proc/{pid}/environ").read_bytes()
        if dask_cluster.hidden:
            assert (out / QUERY / "report.json").exists()
            assert os.listdir(f"/proc/{pid}/root{outputs}") == []


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_cluster_worker_killed_mid_run_costs_nothing(s3_server, dask_cluster, reference, outputs):
    """What the OOM killer does to a Dask worker: its tasks are rerun on the other worker."""
    out = outputs / "killed"
    proc = subprocess.Popen(
        slrk(*run_args(s3_server.endpoint_url, out, "--scheduler", dask_cluster.address)),
        env=env_for(s3_server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while units_done(out / QUERY / "state.sqlite") < 1 and proc.poll() is None:
        assert time.monotonic() < deadline, "run made no progress"
        time.sleep(0.05)
    workers = worker_processes(dask_cluster)
    assert proc.poll() is None and len(workers) == 2, "nothing to kill; use more units"
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 3, err[-3000:]
    assert units_done(out / QUERY / "state.sqlite") == units_done(outputs / "pool" / QUERY / "state.sqlite")
    assert output_tree(out / QUERY) == reference


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_unit_whose_workers_keep_dying_costs_only_itself(s3_server, reference, tmp_path, monkeypatch):
    """Dask gives up on a task whose workers died `allowed-failures` times (KilledWorker): the
    unit is recorded as failed with its key, like the process pool's poison unit, the others
    finish, and a rerun does not try it again."""
    from concurrent.futures import Future

    from distributed import Client, KilledWorker, LocalCluster

    from slrk_tui import user_config
    from slrk_tui.cli import _parser, config_from_args, run_headless
    from slrk_tui.engine import pools
    from slrk_tui.engine.cluster import ClusterExecutor
    from slrk_tui.engine.remote import fetch_and_process
    from slrk_tui.engine.s3 import Credentials

    poison = ZIPS[-1]
    attempts: list[str] = []

    class PoisonedCluster(ClusterExecutor):
        def submit(self, fn, /, *args, **kwargs):
            if fn is fetch_and_process and poison in args[0].keys:
                attempts.append(poison)
                future: Future = Future()
                future.set_exception(KilledWorker("task", SimpleNamespace(address="tcp://w"), 3))
                return future
            return super().submit(fn, *args, **kwargs)

    def in_process_cluster(scheduler: str, processors: int) -> ClusterExecutor:
        cluster = LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0"
        )
        return PoisonedCluster(Client(cluster), cluster)

    monkeypatch.setattr(pools, "open_cluster", in_process_cluster)
    argv = run_args(s3_server.endpoint_url, tmp_path, "--scheduler", "local")
    cfg = config_from_args(_parser().parse_args(argv), user_config.load())
    creds = Credentials(s3_server.access_key, s3_server.secret_key)
    assert run_headless(cfg, credentials=creds) == 3
    assert attempts == [poison]
    report = json.loads((tmp_path / QUERY / "report.json").read_text())
    assert [b["key"] for b in report["bad_objects"] if "died on all 4 tries" in b["reason"]] == [poison]
    images = {name for name in output_tree(tmp_path / QUERY) if name.endswith(".jpg")}
    assert images and images < {name for name in reference if name.endswith(".jpg")}
    assert run_headless(cfg, credentials=creds) == 3
    assert attempts == [poison]  # the rerun did not retry it
