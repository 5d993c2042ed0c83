"""Each distinct input shown to a face network once per test process.

The detector's networks (libfacedetection, CenterFace, the Haar cascade) are deterministic: the
same pixels at the same threshold give the same boxes. In-process tests show them the same pixels
many times: a screen checked with and without a look (every pass before the look sees the same
input, and the whole-frame passes come first), the default settings after such a comparison, a
screen drawn by several tests. ``remember`` wraps the runners the passes call (``detect._RUNNERS``)
so that each distinct (network, pixels, threshold) runs the real network once and is answered from
memory after: every box is the one the network gave for those very pixels. Code that calls a runner
by its own name (the detector's memory check calls ``_run_lfd``) still runs the network every time,
and subprocesses (``slrk run``, the engine's forkserver pools) never see the memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import pytest

from slrk_tui.redact import detect as det

Runner = Callable[[np.ndarray, float], list[det.Box]]


def _remembered(runner: Runner, name: str, seen: dict[tuple, list[det.Box]]) -> Runner:
    def run(img: np.ndarray, threshold: float) -> list[det.Box]:
        pixels = hashlib.blake2b(np.ascontiguousarray(img).data, digest_size=20).digest()
        key = (name, img.shape, img.dtype.str, pixels, threshold)
        if key not in seen:
            seen[key] = runner(img, threshold)
        return list(seen[key])

    return run


@contextmanager
def remember() -> Iterator[dict[tuple, list[det.Box]]]:
    """``detect._RUNNERS`` answering each distinct input from memory after its first run."""
    seen: dict[tuple, list[det.Box]] = {}
    with pytest.MonkeyPatch.context() as mp:
        for name, runner in list(det._RUNNERS.items()):
            mp.setitem(det._RUNNERS, name, _remembered(runner, name, seen))
        yield seen
