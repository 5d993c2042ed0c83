"""Shared fixtures: one small demo study with every bad input, served by a real S3 server.

The study is generated once per test run (xdist's workers share it) into a temporary folder; it has
~380 JPGs over 4 panelists (+ the literal "null" panelist), 2 days, 2 sessions a day, and takes
about 5 s on 2 cores. ``demo_manifest`` says exactly what it holds. A second study of the same
panelists in small zips (``small_zips_study``, ``small_zips_server``) serves the tests of runs that
are killed, rerun or faulted, where the number of units matters and each screenshot costs time.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from slrk_tui.demo.server import LocalS3Server, ServerInfo, client_kwargs
from slrk_tui.demo.study import StudyManifest, StudySpec, generate_study

DEMO_SPEC = StudySpec(panelists=4, days=2, sessions_per_day=2, seed=7, bad_inputs=True)


@pytest.fixture(scope="session")
def demo_spec() -> StudySpec:
    """The spec of the session study (bucket ``screenlake-zip-prod``)."""
    return DEMO_SPEC


def shared_study(
    tmp_path_factory: pytest.TempPathFactory, name: str, spec: StudySpec
) -> tuple[Path, StudyManifest]:
    """``spec`` generated once for the whole run into the folder ``name``: xdist's workers share the
    parent of their base temp folders, and the first to take the lock writes the study while the
    other waits, then reuses it (generate_study checks every object's size and time). 6 s of CPU
    for the session study, 4 s for the small zips', once instead of once per worker. Every test
    only reads it (see demo_root)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return shared / name, generate_study(shared / name, spec)


@pytest.fixture(scope="session")
def demo_study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, StudyManifest]:
    return shared_study(tmp_path_factory, "demo_study", DEMO_SPEC)


@pytest.fixture(scope="session")
def demo_root(demo_study: tuple[Path, StudyManifest]) -> Path:
    """Folder holding ``<bucket>/…`` objects and ``manifest.json``; treat it as read-only."""
    return demo_study[0]


@pytest.fixture(scope="session")
def demo_manifest(demo_study: tuple[Path, StudyManifest]) -> StudyManifest:
    """Every object, row, JPG and face of the session study."""
    return demo_study[1]


@pytest.fixture(scope="session")
def s3_server(demo_root: Path) -> Iterator[ServerInfo]:
    """``rclone serve s3`` over ``demo_root`` on a free 127.0.0.1 port."""
    with LocalS3Server(demo_root) as info:
        yield info


@pytest.fixture(scope="session")
def s3_client(s3_server: ServerInfo) -> Any:
    """A boto3 S3 client (path-style, SigV4) for ``s3_server``."""
    import boto3

    return boto3.client(**client_kwargs(s3_server))


# The session study's spec with one session a day and at most 3 screenshots a zip: the same
# tenants, panelists and quirks (0099 under two tenants, 2762 in two V_ folders, the `null`
# panelist, a csv_zip/image_zip pair, every bad input), in many small zips. For tests of what
# happens to a run (kills, reruns, S3 faults, dying workers), where a unit's cost is its
# screenshots' detector time and the number of units, not of screenshots, is what matters.
SMALL_ZIPS_SPEC = replace(DEMO_SPEC, sessions_per_day=1, shots_per_zip=3)


@pytest.fixture(scope="session")
def small_zips_study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, StudyManifest]:
    """``SMALL_ZIPS_SPEC`` generated once per run (bucket ``screenlake-zip-prod``)."""
    return shared_study(tmp_path_factory, "small_zips_study", SMALL_ZIPS_SPEC)


@pytest.fixture(scope="session")
def small_zips_server(small_zips_study: tuple[Path, StudyManifest]) -> Iterator[ServerInfo]:
    """``rclone serve s3`` over ``small_zips_study`` on a free 127.0.0.1 port."""
    with LocalS3Server(small_zips_study[0]) as info:
        yield info


# The held-out sets' generator checks (tests/test_heldoutN.py, one module per bench/heldoutN.py)
# were most of the suite's time: about 1,100 tests, 14 min of CPU on 2026-12-06's machine. A
# scored set's generator no longer changes, so by default only the shared machinery's (sets 2 and
# 3) and the newest sets' (which draw through most shared helpers) run; `--generators` runs them
# all, and a module named on the command line always runs.
GENERATORS_ALWAYS = {2, 3}
GENERATORS_NEWEST = 3
_HELD_OUT_MODULE = re.compile(r"test_heldout(\d+)\.py")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--generators", action="store_true", help="run every held-out set's generator checks")


def _held_out_set(item: pytest.Item) -> int | None:
    match = _HELD_OUT_MODULE.fullmatch(item.path.name)
    return int(match.group(1)) if match else None


# The modules that keep one worker busiest, longest first (seconds of a worker in a full run,
# 2026-12-06, before this list; the rest take under a minute each). xdist's loadfile hands out
# whole modules in collection order (addopts: --no-loadscope-reorder; by default it sorts them by
# their number of tests, which put the 5 resilience tests, ~6 minutes, among the last modules to
# start while the other worker ran out of work). Started first, the long ones overlap and the
# short ones fill the end. A module missing here only runs later; nothing is skipped.
LONG_MODULES = (
    "test_redact_heldout.py",  # 716 s
    "test_engine_resilience.py",  # 368 s
    "test_engine_demo.py",  # 299 s
    "test_cluster.py",  # 297 s
    "test_redact.py",  # 187 s
    "test_tui_run.py",  # 86 s
    "test_demo_study.py",  # 81 s
    "test_tmux_resize.py",  # 70 s
)


def _long_first(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONG_MODULES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _long_first(items)
    if config.getoption("--generators"):
        return
    sets = sorted({n for n in map(_held_out_set, items) if n is not None})
    kept = {None, *GENERATORS_ALWAYS, *sets[-GENERATORS_NEWEST:]}  # None: not a generator check
    named = {Path(arg.split("::")[0]).name for arg in config.args}
    runs: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        (runs if _held_out_set(item) in kept or item.path.name in named else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = runs


# The fast tier (`pytest -m "not slow"`) must stay fast: a test that starts the local S3 server
# (itself or through a fixture) without the `slow` mark fails, saying so, instead of quietly
# making every quick run take minutes.
_current: list[pytest.Item] = []


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _current[:] = [item]  # before its fixtures are set up: they may start the server


@pytest.fixture(scope="session", autouse=True)
def _server_only_in_slow_tests() -> Iterator[None]:
    start = LocalS3Server.start

    def guarded(self: LocalS3Server, *args: Any, **kwargs: Any) -> ServerInfo:
        item = _current[0] if _current else None
        if item is not None and item.get_closest_marker("slow") is None:
            pytest.fail(f"{item.nodeid} starts the local S3 server: mark it @pytest.mark.slow", pytrace=False)
        return start(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(LocalS3Server, "start", guarded)
        yield


@pytest.fixture(scope="session", autouse=True)
def _detector_memo() -> Iterator[None]:
    """Each distinct input a test in this process shows a face network runs it once (see
    helpers.detector_memo): the held-out tests' with/without comparisons and the screens several
    tests draw were most of the suite's in-process detector time."""
    from helpers import detector_memo

    with detector_memo.remember():
        yield


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own ~/.config/slrk-tui/config.toml (subprocesses inherit
    this): a missing file means every built-in default."""
    missing = tmp_path_factory.getbasetemp() / "no-user-config" / "config.toml"
    monkeypatch.setenv("SLRK_CONFIG", str(missing))


@pytest.fixture(scope="session")
def people_and_things() -> tuple[list[Any], list[Any]]:
    """The held-out face photos that show faces and heldout2's face-free photos, loaded once: the
    cast every held-out generator's tests draw from (they must not change them)."""
    from helpers import heldout_sets

    return heldout_sets.cast_photos()
