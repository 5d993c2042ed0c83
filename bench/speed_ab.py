"""Demo-stream speed, before and after, in the same session: the same frames through two checkouts.

Run:  .venv/bin/python bench/speed_ab.py --base /tmp/faces-base [--demo-root DIR] [--every 1]
      (make the base with: git archive <start commit> | tar -x -C /tmp/faces-base)

Each checkout redacts the demo study's frames (one FrameRedactor per zip, capture order, default
settings with reuse, as the engine does) in its own process, one after the other, ``--rounds``
times in alternation (before-after, then after-before). The figure is images per CPU second of
that process (one thread): on a machine shared with other work, wall time measures the
neighbours; CPU time measures the code (mostly: a busy sibling hyperthread still slows it).
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

    zips: list[list[tuple[bytes, list[list[int]]]]] = pickle.loads(frames_file.read_bytes())
    det.detect(np.full((64, 64, 3), 128, np.uint8), det.default_passes())  # load the models first
    stats = {"frames": 0, "identical": 0, "partial": 0, "full": 0}
    written: list[bytes | None] = []
    t, w = time.process_time(), time.perf_counter()
    for frames in zips:
        red = R.FrameRedactor(R.RedactionSettings())
        written.extend(red.process(f).data for f, _ in frames)
        for k in stats:
            stats[k] += getattr(red.stats, k)
    stats |= {"cpu": time.process_time() - t, "wall": time.perf_counter() - w, "module": R.__file__}
    stats |= judge([f for z in zips for f in z], written)
    print(json.dumps(stats))


def judge(frames: list[tuple[bytes, list[list[int]]]], written: list[bytes | None]) -> dict[str, int]:
    """Manifest face boxes wholly hidden (and >= 90 % fill, the earlier measure); face-free
    frames written byte-identical. Judged after the clock stops."""
    import composites as C
    import cv2
    import numpy as np

    out = {"boxes": 0, "wholly": 0, "ninety": 0, "free": 0, "free_same": 0}
    for (src, boxes), data in zip(frames, written, strict=True):
        if not boxes:
            out["free"] += 1
            out["free_same"] += data == src
            continue
        img = cv2.imdecode(np.frombuffer(data or b"", np.uint8), cv2.IMREAD_COLOR) if data else None
        for b in boxes:
            out["boxes"] += 1
            if img is None:
                continue
            box = tuple(float(v) for v in b)
            out["wholly"] += C.wholly_hidden(img, box)  # type: ignore[arg-type]
            region = img[b[1] : b[3], b[0] : b[2]]
            out["ninety"] += bool(region.size) and float((region.max(axis=2) <= 24).mean()) >= 0.9
    return out


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

    zips = [[(f.data, f.faces) for f in z] for z in B.demo_zips(args.demo_root)[:: args.every]]
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as fh:
        fh.write(pickle.dumps(zips))
    trees = {"before (base)": args.base.resolve(), "after (this checkout)": HERE.parent}
    runs: dict[str, list[dict]] = {k: [] for k in trees}
    try:
        for r in range(args.rounds):
            # alternate the order (ABBA...): load that drifts during a round favours neither side
            for label, tree in list(trees.items())[:: 1 if r % 2 == 0 else -1]:
                env = dict(os.environ, PYTHONPATH=str(tree), OMP_NUM_THREADS="1")
                cmd = [sys.executable, str(HERE / "speed_ab.py"), "--child", fh.name]
                out = subprocess.run(cmd, cwd=tree, env=env, check=True, capture_output=True, text=True)
                runs[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
                print(label, runs[label][-1], file=sys.stderr, flush=True)  # progress, for long runs
    finally:
        os.unlink(fh.name)
    n = sum(len(z) for z in zips)
    print(f"\n### Demo study stream, before and after: {n} frames in {len(zips)} zips, default with reuse, "
          f"{args.rounds} round(s) alternating\n")  # fmt: skip
    print("| checkout | images/s per CPU-second (median) | runs | full | partial | identical "
          "| manifest face boxes wholly hidden | >= 90 % hidden | face-free frames unchanged "
          "| wall images/s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, rs in runs.items():
        ips = statistics.median(r["frames"] / r["cpu"] for r in rs)
        wall = statistics.median(r["frames"] / r["wall"] for r in rs)
        r = rs[0]
        each = ", ".join(f"{x['frames'] / x['cpu']:.2f}" for x in rs)
        print(f"| {label} | {ips:.2f} | {each} | {r['full']} | {r['partial']} | {r['identical']} "
              f"| {B._pct(r['wholly'], r['boxes'])} | {B._pct(r['ninety'], r['boxes'])} "
              f"| {B._pct(r['free_same'], r['free'])} | {wall:.2f} |")  # fmt: skip
        print(f"<!-- {label}: {r['module']} -->")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
