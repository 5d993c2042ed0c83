"""`slrk`: opens the app; `slrk run`: the headless job; `slrk demo`: the app (or the job) on a
generated study served locally; `slrk demo-data`: just write a study.

stdout carries the result summary; progress and diagnostics go to stderr. This module imports
textual only when the app is opened.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

from slrk_tui import events as ev
from slrk_tui.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_BUCKET,
    DEFAULT_LAG_DAYS,
    DEFAULT_PROCESSORS,
    ConfigError,
    RunConfig,
    S3Settings,
    parse_date,
)
from slrk_tui.engine.report import summary_lines
from slrk_tui.progress import ProgressPrinter

DEMO_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "slrk-tui"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in {"run", "demo", "demo-data", "-h", "--help", "--version"}:
        return _open_app(args)
    parser = _parser()
    ns = parser.parse_args(args)
    return ns.func(ns)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slrk",
        description="Screenlake Research Kit: turn Screenlake uploads in S3 into a private, "
        "face-redacted, analysis-ready dataset. `slrk` alone opens the terminal app.",
    )
    parser.add_argument("--version", action="version", version="slrk-tui 0.1.0")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="run a query headless (never prompts)",
                         description="Run a query headless. Exit codes: 0 all done; 3 done, but "
                         "some inputs were bad or images withheld (all reported); 1 fatal (rerun "
                         "the same command to resume); 2 usage error.")
    _add_run_options(run)
    run.set_defaults(func=_cmd_run)

    demo = sub.add_parser("demo", help="open the app on a generated demo study served locally")
    demo.add_argument("--out", type=Path, default=Path("slrk-demo-output"),
                      help="output folder (default ./slrk-demo-output)")
    demo.add_argument("--headless", action="store_true",
                      help="run the whole demo study headless instead of opening the app")
    demo.add_argument("--study-dir", type=Path, default=None,
                      help=f"where the demo study is generated (default {DEMO_CACHE}/demo-study)")
    _add_study_options(demo)
    demo.set_defaults(func=_cmd_demo)

    data = sub.add_parser("demo-data", help="write a generated Screenlake study to a folder")
    data.add_argument("dir", type=Path, help="folder; each top-level folder is a bucket")
    _add_study_options(data)
    data.add_argument("--bad-inputs", action="store_true",
                      help="add corrupt zips, zip-slip names, a zip bomb, bad JPEGs, broken CSVs")
    data.set_defaults(func=_cmd_demo_data)
    return parser


def _add_run_options(p: argparse.ArgumentParser) -> None:
    today = dt.date.today()
    p.add_argument("--bucket", default=DEFAULT_BUCKET, help=f"default {DEFAULT_BUCKET}")
    p.add_argument("--prefix", action="append", required=True, dest="prefixes",
                   help="a tenant, panel, V_ folder or panelist prefix; repeat for more")
    p.add_argument("--start", default=(today - dt.timedelta(days=365)).isoformat(),
                   help="first day, YYYY-MM-DD (default one year ago)")
    p.add_argument("--end", default=today.isoformat(), help="last day, inclusive (default today)")
    p.add_argument("--tz", default="UTC", help="timezone of the days, e.g. America/Chicago")
    p.add_argument("--date-basis", choices=("capture", "upload"), default="capture",
                   help="capture: rows captured in the days (default); upload: zips uploaded then")
    p.add_argument("--lag-days", type=int, default=DEFAULT_LAG_DAYS,
                   help=f"capture basis: also read zips uploaded this many days after --end "
                   f"(default {DEFAULT_LAG_DAYS})")
    p.add_argument("--out", type=Path, default=Path("."), help="output folder (default .)")
    p.add_argument("--query-id", default=None, help="default query_<hash of the query>")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"zips per batch (default {DEFAULT_BATCH_SIZE})")
    p.add_argument("--processors", type=int, default=DEFAULT_PROCESSORS,
                   help=f"worker processes, capped at the CPU count (default {DEFAULT_PROCESSORS})")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run units on a Dask cluster: a scheduler address (tcp://HOST:8786), or "
                   "local / local:N to start N worker processes here (needs "
                   "pip install 'slrk-tui[cluster]')")
    p.add_argument("--redaction", choices=("black", "blur", "pixelate"), default="black",
                   help="how faces are covered (default black)")
    p.add_argument("--endpoint-url", default=None, help="S3-compatible endpoint")
    p.add_argument("--profile", default=None, help="AWS profile (default: the standard chain)")
    p.add_argument("--region", default=None, help="AWS region")
    p.add_argument("--events", type=Path, default=None,
                   help="also write every event as JSON lines to this file")
    p.add_argument("--yes", action="store_true",
                   help="accepted for scripts; slrk run never prompts")


def _add_study_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--panelists", type=int, default=6)
    p.add_argument("--days", type=int, default=3)
    p.add_argument("--seed", type=int, default=0)


def config_from_args(ns: argparse.Namespace) -> RunConfig:
    return RunConfig(
        bucket=ns.bucket,
        prefixes=tuple(ns.prefixes),
        start=parse_date(ns.start, "--start"),
        end=parse_date(ns.end, "--end"),
        tz=ns.tz,
        date_basis=ns.date_basis,
        out=ns.out,
        query_id=ns.query_id,
        batch_size=ns.batch_size,
        processors=ns.processors,
        redaction=ns.redaction,
        lag_days=ns.lag_days,
        s3=S3Settings(endpoint_url=ns.endpoint_url, profile=ns.profile, region=ns.region),
        scheduler=ns.scheduler,
    ).validated()


def _cmd_run(ns: argparse.Namespace) -> int:
    try:
        cfg = config_from_args(ns)
    except ConfigError as exc:
        print(f"slrk run: error: {exc}", file=sys.stderr)
        return 2
    if ns.events is not None:
        try:  # fail before the run, not after it, when the events file cannot be written
            ns.events.parent.mkdir(parents=True, exist_ok=True)
            ns.events.open("a").close()
        except OSError as exc:
            print(f"slrk run: error: --events {ns.events}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        return run_headless(cfg, events_path=ns.events)
    except ConfigError as exc:  # the scheduler cannot be reached, or has no workers
        print(f"slrk run: error: {exc}", file=sys.stderr)
        return 2


def run_headless(cfg: RunConfig, events_path: Path | None = None, credentials=None) -> int:
    """Run the engine with the CLI's progress output; the executor exists before the loop."""
    from slrk_tui.engine.run import make_run_executor

    executor = make_run_executor(cfg)
    try:
        return asyncio.run(_drive(cfg, executor, events_path, credentials))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


async def _drive(cfg: RunConfig, executor, events_path: Path | None, credentials) -> int:
    from slrk_tui.engine.run import run_query

    queue: asyncio.Queue[ev.Event] = asyncio.Queue()
    cancel = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, cancel.set)
    printer = ProgressPrinter(sys.stderr)
    consumer = asyncio.create_task(_consume(queue, printer, events_path))
    code = await run_query(cfg, queue, executor, credentials=credentials, cancel=cancel)
    finished = await consumer
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(sig)
    if finished.report_path:
        report = json.loads(Path(finished.report_path).read_text())
        print("\n".join(summary_lines(report)))
    return code


async def _consume(queue: asyncio.Queue, printer: ProgressPrinter, events_path: Path | None
                   ) -> ev.RunFinished:
    import aiofiles

    sink = await aiofiles.open(events_path, "a", encoding="utf-8") if events_path else None
    try:
        while True:
            event = await queue.get()
            if sink is not None:
                await sink.write(json.dumps(event.to_json(), default=str) + "\n")
            printer.handle(event)
            if isinstance(event, ev.RunFinished):
                return event
    finally:
        if sink is not None:
            await sink.close()


def _cmd_demo_data(ns: argparse.Namespace) -> int:
    from slrk_tui.demo.study import StudySpec, generate_study

    spec = StudySpec(panelists=ns.panelists, days=ns.days, seed=ns.seed, bad_inputs=ns.bad_inputs)
    manifest = generate_study(ns.dir, spec)
    print(f"wrote a study of {len(manifest.objects)} objects to {ns.dir}")
    return 0


def _cmd_demo(ns: argparse.Namespace) -> int:
    from slrk_tui.demo.server import LocalS3Server
    from slrk_tui.demo.study import StudySpec, generate_study
    from slrk_tui.engine.s3 import Credentials

    spec = StudySpec(panelists=ns.panelists, days=ns.days, seed=ns.seed)
    study_dir = ns.study_dir or DEMO_CACHE / f"demo-study-{ns.seed}-{ns.panelists}-{ns.days}"
    print(f"demo study in {study_dir} ...", file=sys.stderr)
    generate_study(study_dir, spec)
    with LocalS3Server(study_dir) as info:
        credentials = Credentials(info.access_key, info.secret_key)
        first = spec.start
        cfg = RunConfig(
            bucket=spec.bucket, prefixes=("academia/tenant/",), start=first,
            end=first + dt.timedelta(days=spec.days - 1), out=ns.out,
            s3=S3Settings(endpoint_url=info.endpoint_url, region="us-east-1"),
        )
        if ns.headless or not sys.stdin.isatty():
            code = run_headless(cfg.validated(), credentials=credentials)
        else:
            from slrk_tui.tui.app import run_app

            code = run_app(cfg, credentials=credentials, demo=True)
    return code


def _open_app(args: list[str]) -> int:
    if args:
        print(f"slrk: unknown command {args[0]!r}; see `slrk --help`", file=sys.stderr)
        return 2
    from slrk_tui.tui.app import run_app

    return run_app(RunConfig())
