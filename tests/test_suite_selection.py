"""The default run keeps the held-out generators' checks it promises (README, Development): the
shared machinery's, the newest sets' and any module named on the command line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def collected_sets(*args: str) -> set[int]:
    """The held-out set numbers whose generator checks a run with ``args`` collects. Collecting runs
    no assert, so the modules' asserts are not rewritten (--assert=plain): that was half of each
    collection's CPU (11.5 s -> 5.7 s for ``tests``)."""
    options = ["--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider", "--assert=plain"]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", *options, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return {int(n) for n in re.findall(r"tests/test_heldout(\d+)\.py::", proc.stdout)}


@pytest.mark.slow
def test_the_default_run_keeps_shared_and_newest_generators_and_named_modules() -> None:
    every = sorted(
        int(m.group(1)) for p in ROOT.glob("tests/test_heldout*.py") if (m := re.search(r"(\d+)", p.name))
    )
    assert collected_sets("tests") == {2, 3, *every[-3:]}
    assert collected_sets("tests/test_heldout12.py", "tests/test_heldout20.py") == {12, 20}
    assert collected_sets("tests", "--generators") == set(every)
