"""Cluster benchmark: `slrk run` on a Dask LocalCluster of 1, 2 and 4 workers beside the local
process pool on the same cores, in one run, on one generated study served by `rclone serve s3`
through a proxy that adds ~20 ms to every request (as in e2e_bench.py).

Also measures the three numbers the model for a real cluster needs (bench/CLUSTER.md): the
round-trip overhead of one Dask task, the bytes a worker returns per unit, and how fast the
client writes a unit's returned output into the staging folders.

    python bench/cluster_bench.py                  # ~1,000 screenshots, 5 runs
    python bench/cluster_bench.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.demo.study import StudySpec, generate_study
from slrk_tui.engine.worker import FileSink, MemorySink

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test helpers
from e2e_bench import slrk_run_command  # bench/ is on sys.path when a bench runs

from helpers.proxy import FaultProxy


def run_engine(endpoint: str, info, out: Path, processors: int, scheduler: str | None) -> dict:
    env = {**os.environ, "AWS_ACCESS_KEY_ID": info.access_key, "AWS_SECRET_ACCESS_KEY": info.secret_key}
    cmd = slrk_run_command(endpoint, out, processors, *(["--scheduler", scheduler] if scheduler else []))
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"slrk run failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    query = out / "bench"
    report = json.loads((query / "report.json").read_text())
    images = report["totals"]["images"]
    image_bytes = sum(p.stat().st_size for p in (query / "combined").rglob("*.jpg"))
    with sqlite3.connect(query / "state.sqlite") as db:
        units = db.execute("SELECT count(*) FROM units").fetchone()[0]
    return {
        "wall_s": round(wall, 1),
        "images": images,
        "images_per_s": round(images / wall, 2),
        "units": units,
        "image_bytes": image_bytes,
        "tree": _tree(query),
    }


def _tree(query: Path) -> dict[str, bytes]:
    files = {
        str(p.relative_to(query)): p.read_bytes()
        for p in sorted((query / "combined").rglob("*"))
        if p.is_file()
    }
    files["report.json"] = (query / "report.json").read_bytes()
    return files


def task_overhead_ms(tasks: int = 300) -> float:
    """Submit-to-result time of an empty task on a 1-worker LocalCluster, one at a time: what
    the scheduler and the client add to every unit, whatever its size."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address="127.0.0.1:0") as cluster,
        Client(cluster) as client,
    ):
        client.submit(int, pure=False).result()  # warm up
        t0 = time.perf_counter()
        for _ in range(tasks):
            client.submit(int, pure=False).result()
        return (time.perf_counter() - t0) / tasks * 1000


def client_write_mb_s(root: Path, image_bytes: int, images: int, units: int) -> float:
    """How fast the client replays returned units into the staging folders (this disk)."""
    per_unit = max(1, images // max(units, 1))
    size = max(1, image_bytes // max(images, 1))
    sink = MemorySink()
    for number in range(per_unit):
        sink.write_image(f"img_{number}.jpg", os.urandom(size))
    data = pickle.dumps(sink)  # what crosses the network, as Dask pickles it
    t0 = time.perf_counter()
    for unit in range(50):
        pickle.loads(data).replay(FileSink(f"u{unit}", root / "images" / f"u{unit}", root / "staging"))
    elapsed = time.perf_counter() - t0
    shutil.rmtree(root / "images", ignore_errors=True)
    return 50 * len(data) / elapsed / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--panelists", type=int, default=4)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--processors", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--delay", type=float, default=0.02, help="seconds added to every request")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="slrk-cluster-bench-"))
    try:
        spec = StudySpec(panelists=args.panelists, days=args.days, seed=11)
        manifest = generate_study(root / "study", spec)
        rows = {}
        with LocalS3Server(root / "study") as info:
            port = int(info.endpoint_url.rsplit(":", 1)[1])
            with FaultProxy(port, delay=args.delay) as endpoint:
                rows["process pool"] = run_engine(endpoint, info, root / "pool", args.processors, None)
                for n in args.workers:
                    rows[f"LocalCluster x{n}"] = run_engine(
                        endpoint, info, root / f"dask{n}", args.processors, f"local:{n}"
                    )
        pool = rows["process pool"]
        reference = pool["tree"]
        for r in rows.values():
            r["same_output_as_pool"] = r.pop("tree") == reference
        results = {
            "screenshots": len(manifest.screenshots),
            "processors": args.processors,
            "cpu_count": os.cpu_count(),
            "load_avg_at_end": os.getloadavg(),
            "runs": rows,
            "task_overhead_ms": round(task_overhead_ms(), 2),
            "returned_mb_per_unit": round(pool["image_bytes"] / pool["units"] / 1e6, 3),
            "client_write_mb_s": round(
                client_write_mb_s(root / "write", pool["image_bytes"], pool["images"], pool["units"]), 1
            ),
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"{results['screenshots']} screenshots, {args.processors} processors on "
        f"{results['cpu_count']} cores, {args.delay * 1000:.0f} ms/request"
    )
    for name, r in results["runs"].items():
        print(
            f"  {name:18s} {r['wall_s']:7.1f} s  {r['images_per_s']:6.2f} images/s  "
            f"({r['images']} images, {r['units']} units, output identical to the pool's: "
            f"{r['same_output_as_pool']})"
        )
    print(
        f"  Dask task round trip: {results['task_overhead_ms']} ms; returned per unit: "
        f"{results['returned_mb_per_unit']} MB; client writes returned units at "
        f"{results['client_write_mb_s']} MB/s"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
