"""The executors the engine runs units on: a warmed-up process pool (the default), a Dask
cluster's (`--scheduler`), and a fresh process of its own for a unit whose worker died.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor

from slrk_tui.config import RunConfig
from slrk_tui.engine.cluster import open_cluster
from slrk_tui.engine.lock import pid_alive
from slrk_tui.engine.worker import UnitResult, UnitTask, process_unit


def make_executor(processors: int) -> ProcessPoolExecutor:
    """A process pool started NOW (before a Textual app swaps stderr), workers warmed up."""
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    pool = ProcessPoolExecutor(
        max_workers=processors,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(os.getpid(),),
    )
    for fut in [pool.submit(os.getpid) for _ in range(processors)]:
        fut.result()
    return pool


def make_run_executor(cfg: RunConfig) -> Executor:
    """The executor the config asks for: a Dask cluster's (`scheduler`), else a process pool."""
    if cfg.scheduler is not None:
        return open_cluster(cfg.scheduler, cfg.processors)
    return make_executor(cfg.processors)


def run_alone(task: UnitTask) -> UnitResult:
    """Process one unit in a fresh process of its own (blocking): the retry for a unit whose
    worker died, so a unit that kills its process again cannot take others down with it."""
    with ProcessPoolExecutor(
        max_workers=1,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(os.getpid(),),
    ) as pool:
        return pool.submit(process_unit, task).result()


def _mp_context() -> multiprocessing.context.BaseContext:
    # fork from a process that runs threads is unsafe; forkserver is the fast safe choice on Linux
    return multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")


def _init_worker(client_pid: int) -> None:
    """Ctrl-C reaches the whole process group; only the engine decides how to stop. And a worker
    ends when the process that started it is gone: after a `kill -9` of slrk nothing else tells
    it (a forkserver's children are not the client's), so it would wait on its queue forever,
    holding a detector's memory, or finish a queued unit into the query folder beside the rerun."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(client_pid,), daemon=True, name="slrk-watch-client").start()


def _exit_with(client_pid: int) -> None:
    """Wait until `client_pid` exits, then end this process at once (a unit it was working on is
    not recorded as done, so the rerun redoes it, as after any kill)."""
    try:
        pidfd = os.pidfd_open(client_pid)  # Linux 5.3+: readable when the process exits
    except (AttributeError, OSError):
        while pid_alive(client_pid):
            time.sleep(1.0)
    else:
        select.select([pidfd], [], [])
    os._exit(1)
