"""A `kill -9` of slrk (the OOM killer, a lost terminal's `kill -9`, a scheduler's hard stop)
must not leave its worker processes behind: each holds a face detector (~400 MB), they would
pile up with every kill and rerun, and one still working on a unit would write into the query
folder beside the rerun. Pool workers end on their own when the process that started them dies
(the forkserver's children are not its children, so nothing else tells them)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = """
import os, sys, time
from slrk_tui.engine.pools import make_executor
pool = make_executor(2)
pool.submit(os.getpid).result()
print(" ".join(map(str, sorted(pool._processes))), flush=True)  # every worker, busy or not
time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_pool_workers_end_when_slrk_is_killed():
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert proc.stdout is not None
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers and all(_running(p) for p in workers)
        proc.kill()  # SIGKILL: no cleanup code of the parent runs
        proc.wait()
        deadline = time.monotonic() + 60
        while any(_running(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [p for p in workers if _running(p)] == [], "pool workers outlived the killed slrk"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in workers:  # only the processes this test started
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
