"""Demo-stream speed, before and after, in the same session: the same frames through two checkouts.

Run:  .venv/bin/python bench/speed_ab.py --base /tmp/faces-base [--demo-root DIR] [--every 1]
      (make the base with: git archive <start commit> | tar -x -C /tmp/faces-base)

Each checkout redacts the demo study's frames (one FrameRedactor per zip, capture order, default
settings with reuse, as the engine does) in its own process, one after the other, ``--rounds``
times in alternation. The figure is images per CPU second of that process (one thread): on a
machine shared with other work, wall time measures the neighbours; CPU time measures the code.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(frames_file: Path) -> None:
    """Redact every zip's frames with this checkout's defaults; print frames and CPU seconds."""
    os.environ["OMP_NUM_THREADS"] = "1"
    import numpy as np

    import slrk_tui.redact as R
    from slrk_tui.redact import detect as det

    zips: list[list[bytes]] = pickle.loads(frames_file.read_bytes())
    det.detect(np.full((64, 64, 3), 128, np.uint8), det.default_passes())  # load the models first
    stats = {"frames": 0, "identical": 0, "partial": 0, "full": 0, "redacted": 0}
    t, w = time.process_time(), time.perf_counter()
    for frames in zips:
        red = R.FrameRedactor(R.RedactionSettings())
        for f in frames:
            stats["redacted"] += red.process(f).status == "redacted"
        for k in ("frames", "identical", "partial", "full"):
            stats[k] += getattr(red.stats, k)
    stats |= {"cpu": time.process_time() - t, "wall": time.perf_counter() - w, "module": R.__file__}
    print(json.dumps(stats))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="checkout of the commit to compare against")
    ap.add_argument("--demo-root", type=Path, help="an existing demo study (else generated in /tmp)")
    ap.add_argument("--every", type=int, default=1, help="every n-th zip (1: the whole study)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    sys.path.insert(0, str(HERE))
    import faces_bench as B

    zips = [[f.data for f in z] for z in B.demo_zips(args.demo_root)[:: args.every]]
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as fh:
        fh.write(pickle.dumps(zips))
    trees = {"before (base)": args.base.resolve(), "after (this checkout)": HERE.parent}
    runs: dict[str, list[dict]] = {k: [] for k in trees}
    try:
        for _ in range(args.rounds):
            for label, tree in trees.items():
                env = dict(os.environ, PYTHONPATH=str(tree), OMP_NUM_THREADS="1")
                cmd = [sys.executable, str(HERE / "speed_ab.py"), "--child", fh.name]
                out = subprocess.run(cmd, cwd=tree, env=env, check=True, capture_output=True, text=True)
                runs[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        os.unlink(fh.name)
    n = sum(len(z) for z in zips)
    print(f"\n### Demo study stream, before and after: {n} frames in {len(zips)} zips, default with reuse, "
          f"{args.rounds} round(s) alternating\n")  # fmt: skip
    print("| checkout | images/s per CPU-second (median) | runs | full | partial | identical | redacted "
          "| wall images/s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for label, rs in runs.items():
        ips = statistics.median(r["frames"] / r["cpu"] for r in rs)
        wall = statistics.median(r["frames"] / r["wall"] for r in rs)
        r = rs[0]
        each = ", ".join(f"{x['frames'] / x['cpu']:.2f}" for x in rs)
        print(f"| {label} | {ips:.2f} | {each} | {r['full']} | {r['partial']} | {r['identical']} "
              f"| {r['redacted']} | {wall:.2f} |")  # fmt: skip
        print(f"<!-- {label}: {r['module']} -->")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
