"""End-to-end benchmark: `slrk run` against a naive sequential baseline, in the same run.

Both read the same generated study from `rclone serve s3` through a proxy that adds ~20 ms to
every request (loopback has no latency, which would hide a bad concurrency design). The naive
baseline is the old tool's shape: download every zip one after another, then unzip them all to
disk, then redact every image (same detector, same number of processes, no frame reuse), then
`pandas.concat` the CSVs with default settings. A third row is the engine's floor: the same zips,
already local, through the redactor alone (with reuse, same processors); `slrk run` close to it
means downloads and consolidation are hidden behind redaction. Figures are ratios within one run.

    python bench/e2e_bench.py                 # ~2,000 screenshots
    python bench/e2e_bench.py --sizes 1 2     # memory at 1x and 2x the study size
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import boto3

from slrk_tui.demo.server import LocalS3Server, client_kwargs
from slrk_tui.demo.study import StudySpec, generate_study

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test helpers
from helpers.proxy import FaultProxy

BUCKET = "screenlake-zip-prod"


def _tree_rss_mb(root_pid: int) -> float:
    """Summed RSS of a process and all its descendants, read from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry)] = int(fields.get("PPid", "0").strip())
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree) / 1024


def slrk_run_command(endpoint: str, out: Path, processors: int, *extra: str) -> list[str]:
    """The benches' `slrk run`: the whole study, every date, one query id (`bench`)."""
    return [sys.executable, "-m", "slrk_tui", "run", "--bucket", BUCKET, "--prefix", "academia/tenant/",
            "--start", "2020-01-01", "--end", "2030-12-31", "--endpoint-url", endpoint,
            "--region", "us-east-1", "--out", str(out), "--query-id", "bench",
            "--processors", str(processors), *extra]  # fmt: skip


def run_engine(endpoint: str, info, out: Path, processors: int) -> dict:
    """`slrk run` in a child process; peak summed RSS of its process tree, sampled every 0.2 s."""
    env = {**os.environ, "AWS_ACCESS_KEY_ID": info.access_key, "AWS_SECRET_ACCESS_KEY": info.secret_key}
    cmd = slrk_run_command(endpoint, out, processors)
    t0 = time.perf_counter()
    peak = 0.0
    with tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=stderr, text=True)
        while proc.poll() is None:
            peak = max(peak, _tree_rss_mb(proc.pid))
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        if proc.returncode not in (0, 3):
            stderr.seek(0)
            raise SystemExit(f"slrk run failed ({proc.returncode}):\n{stderr.read()[-2000:]}")
    report = json.loads((out / "bench" / "report.json").read_text())
    return {
        "wall_s": wall,
        "images": report["totals"]["images"],
        "faces": report["totals"]["faces"],
        "peak_rss_mb": peak,
    }


def _redact_file(args: tuple[str, str]) -> int:
    from slrk_tui.redact import FrameRedactor, RedactionSettings

    src, dst = args
    result = FrameRedactor(RedactionSettings()).process(Path(src).read_bytes())  # no reuse
    if result.data is not None:
        Path(dst).write_bytes(result.data)
    return result.faces


def _redact_zip(path: str) -> int:
    """One zip's frames through one FrameRedactor with reuse, as the engine does, nothing else."""
    from slrk_tui.redact import FrameRedactor, RedactionSettings

    redactor = FrameRedactor(RedactionSettings())
    faces = 0
    with zipfile.ZipFile(path) as zf:
        for name in sorted(n for n in zf.namelist() if n.lower().endswith(".jpg")):
            faces += redactor.process(zf.read(name)).faces
    return faces


def run_redaction_only(zipped: Path, processors: int) -> dict:
    """The engine's CPU floor: redaction of local zips on the same processors, no S3, no CSVs."""
    t0 = time.perf_counter()
    with ProcessPoolExecutor(processors, mp_context=multiprocessing.get_context("forkserver")) as pool:
        faces = sum(pool.map(_redact_zip, sorted(str(p) for p in zipped.glob("*.zip"))))
    return {"wall_s": time.perf_counter() - t0, "faces": faces}


def run_naive(endpoint: str, info, work: Path, processors: int) -> dict:
    """Download all, then unzip all, then redact all, then pandas-append all."""
    import pandas as pd

    t0 = time.perf_counter()
    client = boto3.client(**{**client_kwargs(info), "endpoint_url": endpoint})
    zipped, unzipped, combined = work / "zipped", work / "unzipped", work / "combined"
    for d in (zipped, unzipped, combined):
        d.mkdir(parents=True)
    keys = [
        o["Key"]
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix="academia/tenant/")
        for o in page.get("Contents", [])
        if o["Key"].endswith(".zip") and o["Size"] > 0
    ]
    phases = {}
    for i, key in enumerate(keys):
        client.download_file(BUCKET, key, str(zipped / f"{i}.zip"))
    phases["download_s"] = time.perf_counter() - t0
    for i in range(len(keys)):
        with zipfile.ZipFile(zipped / f"{i}.zip") as zf:
            zf.extractall(unzipped / str(i))
    phases["unzip_s"] = time.perf_counter() - t0 - sum(phases.values())
    jpgs = sorted(glob.glob(str(unzipped / "*" / "*.jpg")))
    # forkserver: forking this process (proxy and boto3 threads running) can deadlock the pool
    with ProcessPoolExecutor(processors, mp_context=multiprocessing.get_context("forkserver")) as pool:
        faces = sum(pool.map(_redact_file, [(j, str(combined / Path(j).name)) for j in jpgs], chunksize=8))
    phases["redact_s"] = time.perf_counter() - t0 - sum(phases.values())
    frames: dict[str, pd.DataFrame] = {}
    unreadable = 0
    for csv_path in sorted(glob.glob(str(unzipped / "*" / "*.csv"))):
        prefix = Path(csv_path).name.split("_csv_")[0]
        try:
            df = pd.read_csv(csv_path)
        except (pd.errors.ParserError, pd.errors.EmptyDataError):
            unreadable += 1  # the old tool crashed here (unescaped quotes); the baseline skips
            continue
        frames[prefix] = df if prefix not in frames else pd.concat([frames[prefix], df])
    for prefix, df in frames.items():
        df.to_csv(combined / f"{prefix}-consolidated.csv", index=False)
    wall = time.perf_counter() - t0
    phases["csv_s"] = wall - sum(phases.values())
    return {
        "wall_s": wall,
        "images": len(jpgs),
        "faces": faces,
        "zips": len(keys),
        "csvs_unreadable": unreadable,
        **{k: round(v, 1) for k, v in phases.items()},
    }


def bench(size: float, processors: int, delay: float, root: Path) -> dict:
    spec = StudySpec(panelists=max(2, round(6 * size)), days=3, seed=11)
    study = root / f"study-{size}"
    manifest = generate_study(study, spec)
    mb = sum(o.size for o in manifest.objects) / 1e6
    with LocalS3Server(study) as info:
        port = int(info.endpoint_url.rsplit(":", 1)[1])
        with FaultProxy(port, delay=delay) as endpoint:
            engine = run_engine(endpoint, info, root / f"out-{size}", processors)
            naive = run_naive(endpoint, info, root / f"naive-{size}", processors)
    floor = run_redaction_only(root / f"naive-{size}" / "zipped", processors)
    for r in (engine, naive):
        r["images_per_s"] = r["images"] / r["wall_s"]
        r["mb_per_s"] = mb / r["wall_s"]
    return {
        "size": size,
        "screenshots": len(manifest.screenshots),
        "jpgs": len(manifest.jpgs),
        "study_mb": round(mb, 1),
        "engine": engine,
        "naive": naive,
        "redaction_only": floor,
        "speedup": naive["wall_s"] / engine["wall_s"],
        "engine_vs_redaction_only": engine["wall_s"] / floor["wall_s"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[2.0])
    ap.add_argument("--processors", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--delay", type=float, default=0.02, help="seconds added to every request")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="slrk-bench-"))
    try:
        results = [bench(s, args.processors, args.delay, root) for s in args.sizes]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for r in results:
        e, n = r["engine"], r["naive"]
        print(
            f"study x{r['size']}: {r['screenshots']} screenshot rows, {r['jpgs']} JPGs, "
            f"{r['study_mb']} MB, {args.processors} processors, {args.delay * 1000:.0f} ms/request"
        )
        print(
            f"  slrk run : {e['wall_s']:7.1f} s  {e['images_per_s']:6.2f} images/s  "
            f"{e['mb_per_s']:5.2f} MB/s  faces {e['faces']}  peak RSS {e['peak_rss_mb']:.0f} MB"
        )
        print(
            f"  naive    : {n['wall_s']:7.1f} s  {n['images_per_s']:6.2f} images/s  "
            f"{n['mb_per_s']:5.2f} MB/s  faces {n['faces']}  "
            f"CSVs pandas could not read {n['csvs_unreadable']}"
        )
        print(
            f"    phases : download {n['download_s']} s, unzip {n['unzip_s']} s, "
            f"redact {n['redact_s']} s, pandas {n['csv_s']} s"
        )
        f = r["redaction_only"]
        print(
            f"  redaction alone (local zips, reuse, same processors): {f['wall_s']:7.1f} s; "
            f"slrk run takes {r['engine_vs_redaction_only']:.2f}x that"
        )
        print(f"  speed-up : {r['speedup']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
