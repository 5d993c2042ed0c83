"""`slrk`: opens the app; `slrk run`: the headless job; `slrk demo`: the app (or the job) on a
generated study served locally; `slrk demo-data`: just write a study; `slrk config`: where the
user's config file is and what is in effect.

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
from typing import Any

from slrk_tui import events as ev
from slrk_tui import user_config
from slrk_tui.atomic import write_text
from slrk_tui.config import (
    DATE_BASES,
    DEFAULT_BATCH_SIZE,
    DEFAULT_BUCKET,
    DEFAULT_LAG_DAYS,
    DEFAULT_PROCESSORS,
    REDACTION_MODES,
    ConfigError,
    RunConfig,
    S3Settings,
    hide_url_credentials,
    parse_date,
)
from slrk_tui.engine.report import summary_lines
from slrk_tui.progress import ProgressPrinter, discard

DEMO_CACHE = user_config.cache_dir()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in {
        "run",
        "status",
        "demo",
        "demo-data",
        "config",
        "-h",
        "--help",
        "--version",
    }:
        return _open_app(args)
    parser = _parser()
    ns = parser.parse_args(args)
    try:
        return ns.func(ns)
    except ConfigError as exc:  # the user's config file (or its keymap) is wrong
        print(f"slrk: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `slrk status | head`: the reader has all it wanted
        discard(sys.stdout)
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slrk",
        description="Screenlake Research Kit: turn Screenlake uploads in S3 into a private, "
        "face-redacted, analysis-ready dataset. `slrk` alone opens the terminal app.",
    )
    parser.add_argument("--version", action="version", version="slrk-tui 0.1.0")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser(
        "run",
        help="run a query headless (never prompts)",
        description="Run a query headless. Exit codes: 0 all done; 3 done, but "
        "some inputs were bad or images withheld (all reported); 1 fatal (rerun "
        "the same command to resume); 2 usage error.",
    )
    _add_run_options(run)
    run.set_defaults(func=_cmd_run)

    status = sub.add_parser(
        "status",
        help="where a running or finished query stands",
        description="Print a query's progress and problems from its "
        "state.sqlite and events.jsonl (read-only: safe while it runs).",
    )
    status.add_argument("query_dir", type=Path, help="the query folder, <out>/<query id>")
    status.set_defaults(func=_cmd_status)

    demo = sub.add_parser("demo", help="open the app on a generated demo study served locally")
    demo.add_argument(
        "--out",
        type=Path,
        default=Path("slrk-demo-output"),
        help="output folder (default ./slrk-demo-output)",
    )
    demo.add_argument(
        "--headless", action="store_true", help="run the whole demo study headless instead of opening the app"
    )
    demo.add_argument(
        "--study-dir",
        type=Path,
        default=None,
        help=f"where the demo study is generated (default {DEMO_CACHE}/demo-study)",
    )
    _add_study_options(demo)
    demo.set_defaults(func=_cmd_demo)

    data = sub.add_parser("demo-data", help="write a generated Screenlake study to a folder")
    data.add_argument("dir", type=Path, help="folder; each top-level folder is a bucket")
    _add_study_options(data)
    data.add_argument(
        "--bad-inputs",
        action="store_true",
        help="add corrupt zips, zip-slip names, a zip bomb, bad JPEGs, broken CSVs",
    )
    data.set_defaults(func=_cmd_demo_data)

    config = sub.add_parser(
        "config",
        help="show where the config file is and every setting in effect",
        description=f"Show the config file's path (${user_config.CONFIG_ENV} overrides it), every "
        "setting in effect and where it came from, and every key binding id for [keymap].",
    )
    config.add_argument(
        "--init", action="store_true", help="write a commented file with every default (if there is none)"
    )
    config.set_defaults(func=_cmd_config)
    return parser


def _add_run_options(p: argparse.ArgumentParser) -> None:
    """Options the config file can set default to None here: None means "not given", so the
    file's value (else the built-in one) applies; see config_from_args."""
    today = dt.date.today()
    p.add_argument("--bucket", help=f"default {DEFAULT_BUCKET}")
    p.add_argument(
        "--prefix",
        action="append",
        required=True,
        dest="prefixes",
        help="a tenant, panel, V_ folder or panelist prefix; repeat for more",
    )
    p.add_argument(
        "--start",
        default=(today - dt.timedelta(days=365)).isoformat(),
        help="first day, YYYY-MM-DD (default one year ago)",
    )
    p.add_argument("--end", default=today.isoformat(), help="last day, inclusive (default today)")
    p.add_argument("--tz", help="timezone of the days, e.g. America/Chicago (default UTC)")
    p.add_argument(
        "--date-basis",
        choices=DATE_BASES,
        help="capture: rows captured in the days (default); upload: zips uploaded then",
    )
    p.add_argument(
        "--lag-days",
        type=int,
        help=f"capture basis: also read zips uploaded this many days after --end "
        f"(default {DEFAULT_LAG_DAYS})",
    )
    p.add_argument("--out", type=Path, help="output folder (default .)")
    p.add_argument("--query-id", default=None, help="default query_<hash of the query>")
    p.add_argument("--batch-size", type=int, help=f"zips per batch (default {DEFAULT_BATCH_SIZE})")
    p.add_argument(
        "--processors",
        type=int,
        help=f"worker processes, capped at the CPU count (default {DEFAULT_PROCESSORS})",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run units on a Dask cluster: a scheduler address (tcp://HOST:8786), or "
        "local / local:N to start N worker processes here (needs "
        "pip install 'slrk-tui[cluster]')",
    )
    p.add_argument("--redaction", choices=REDACTION_MODES, help="how faces are covered (default black)")
    p.add_argument("--endpoint-url", default=None, help="S3-compatible endpoint")
    p.epilog = (
        "Defaults of the options that have one come from the config file when it sets "
        "them (`slrk config` shows which); an option given here always wins."
    )
    p.add_argument("--profile", default=None, help="AWS profile (default: the standard chain)")
    p.add_argument("--region", default=None, help="AWS region")
    p.add_argument(
        "--events", type=Path, default=None, help="also write every event as JSON lines to this file"
    )
    p.add_argument(
        "--retry-failed",
        action="store_true",
        help="retry units recorded as failed by an earlier run of this query (their "
        "worker died twice, or their data tripped the code); otherwise a rerun "
        "leaves them as reported",
    )
    p.add_argument("--yes", action="store_true", help="accepted for scripts; slrk run never prompts")


def _add_study_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--panelists", type=int, default=6)
    p.add_argument("--days", type=int, default=3)
    p.add_argument("--seed", type=int, default=0)


def config_from_args(ns: argparse.Namespace, user: user_config.UserConfig) -> RunConfig:
    """Command line, else the config file, else the built-in default; validated."""

    def pick(name: str) -> Any:
        given = getattr(ns, name)
        return given if given is not None else user.value(name)

    return RunConfig(
        bucket=pick("bucket"),
        prefixes=tuple(ns.prefixes),
        start=parse_date(ns.start, "--start"),
        end=parse_date(ns.end, "--end"),
        tz=pick("tz"),
        date_basis=pick("date_basis"),
        out=Path(pick("out")).expanduser(),
        query_id=ns.query_id,
        batch_size=pick("batch_size"),
        processors=pick("processors"),
        redaction=pick("redaction"),
        lag_days=pick("lag_days"),
        s3=S3Settings(endpoint_url=pick("endpoint_url"), profile=pick("profile"), region=pick("region")),
        scheduler=pick("scheduler"),
    ).validated()


def _cmd_run(ns: argparse.Namespace) -> int:
    user = user_config.load()
    try:
        cfg = config_from_args(ns, user)
    except ConfigError as exc:
        print(f"slrk run: error: {exc}", file=sys.stderr)
        return 2
    if ns.events is not None:
        clash = _events_clash(ns.events, cfg)
        if clash:
            print(f"slrk run: error: --events {ns.events}: {clash}", file=sys.stderr)
            return 2
        try:  # fail before the run, not after it, when the events file cannot be written
            ns.events.parent.mkdir(parents=True, exist_ok=True)
            ns.events.open("a").close()
        except OSError as exc:
            print(f"slrk run: error: --events {ns.events}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        return run_headless(cfg, events_path=ns.events, retry_failed=ns.retry_failed)
    except ConfigError as exc:  # the scheduler cannot be reached, or has no workers
        print(f"slrk run: error: {exc}", file=sys.stderr)
        return 2


def _events_clash(events: Path, cfg: RunConfig) -> str | None:
    """Why `--events` cannot be this path: the output folder (or a folder above it), or anything
    in the query folder, whose files slrk writes itself (its events.jsonl already holds every
    event; JSON appended to state.sqlite or a CSV would corrupt it)."""
    path, out = events.resolve(), cfg.out.resolve()
    query_dir = out / cfg.resolved_query_id
    if path == out or path in out.parents:
        return f"that is the output folder --out {cfg.out} (or a folder above it); give a file elsewhere"
    if path == query_dir or query_dir in path.parents:
        return (
            f"that is inside the query folder {cfg.query_dir}, which slrk writes itself (its "
            "events.jsonl already records every event); give a file outside it"
        )
    return None


def run_headless(
    cfg: RunConfig, events_path: Path | None = None, credentials=None, retry_failed: bool = False
) -> int:
    """Run the engine with the CLI's progress output; the executor exists before the loop."""
    from slrk_tui.engine.pools import make_run_executor

    executor = make_run_executor(cfg)
    try:
        return asyncio.run(_drive(cfg, executor, events_path, credentials, retry_failed))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


async def _drive(cfg: RunConfig, executor, events_path: Path | None, credentials, retry_failed: bool) -> int:
    from slrk_tui.engine.run import run_query

    queue: asyncio.Queue[ev.Event] = asyncio.Queue()
    cancel = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, cancel.set)
    printer = ProgressPrinter(sys.stderr)
    consumer = asyncio.create_task(_consume(queue, printer, events_path))
    code = await run_query(
        cfg, queue, executor, credentials=credentials, cancel=cancel, retry_failed=retry_failed
    )
    finished = await consumer
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(sig)
    if finished.report_path:
        report = json.loads(Path(finished.report_path).read_text())
        try:
            print("\n".join(summary_lines(report)), flush=True)
        except BrokenPipeError:  # `slrk run | head`: the run is done all the same
            discard(sys.stdout)
    return code


async def _consume(
    queue: asyncio.Queue, printer: ProgressPrinter, events_path: Path | None
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


def _cmd_status(ns: argparse.Namespace) -> int:
    import sqlite3

    from slrk_tui.status import status_lines

    try:
        print("\n".join(status_lines(ns.query_dir)))
    except (FileNotFoundError, sqlite3.Error) as exc:
        print(f"slrk status: error: {exc}", file=sys.stderr)
        return 2
    return 0


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
    user = user_config.load()  # the demo uses its own bucket and folders, but the user's keys
    with LocalS3Server(study_dir) as info:
        credentials = Credentials(info.access_key, info.secret_key)
        first = spec.start
        cfg = RunConfig(
            bucket=spec.bucket,
            prefixes=("academia/tenant/",),
            start=first,
            end=first + dt.timedelta(days=spec.days - 1),
            out=ns.out,
            s3=S3Settings(endpoint_url=info.endpoint_url, region="us-east-1"),
        )
        if ns.headless or not sys.stdin.isatty():
            code = run_headless(cfg.validated(), credentials=credentials)
        else:
            from slrk_tui.tui.app import run_app

            code = run_app(cfg, credentials=credentials, demo=True, keymap=_keymap(user))
    return code


def _cmd_config(ns: argparse.Namespace) -> int:
    path = user_config.config_path()
    if ns.init:
        if path.exists():
            print(f"slrk config: {path} exists; edit it (nothing was written)", file=sys.stderr)
            return 2
        write_text(path, user_config.template())
        print(f"wrote {path}")
    user = user_config.load(path)
    ids = _keymap_ids(user)
    state = "" if user.exists else " (not found: built-in defaults; `slrk config --init` writes one)"
    env = user_config.CONFIG_ENV
    print(f"config file: {path}{state}")
    print(
        f"             (from ${env})"
        if os.environ.get(env)
        else f"             (set ${env} to use another file)"
    )
    print("\nsettings in effect (an option of `slrk run` wins over them):")
    for s in user_config.SETTINGS:
        value = user.value(s.name)
        shown = "(unset)" if value is None else hide_url_credentials(user_config.toml_value(value))
        source = "config file" if s.name in user.values else "built-in"
        print(f"  {s.name:<13} = {shown:<24} {source:<11}  {s.doc}")
    print("\n[keymap]: binding id = keys")
    for binding_id, keys in ids.items():
        if binding_id in user.keymap:
            print(
                f"  {binding_id:<15} = {user_config.toml_value(user.keymap[binding_id]):<17} "
                f"config file (default {keys})"
            )
        else:
            print(f"  {binding_id:<15} = {user_config.toml_value(keys):<17} built-in")
    return 0


def _keymap_ids(user: user_config.UserConfig) -> dict[str, str]:
    """Every binding id and its default keys; checks the file's [keymap] against them."""
    from slrk_tui.tui.keymap import binding_ids, check_keymap

    check_keymap(user.keymap, user.path)
    return binding_ids()


def _keymap(user: user_config.UserConfig) -> dict[str, str]:
    _keymap_ids(user)
    return user.keymap


def _open_app(args: list[str]) -> int:
    if args:
        print(f"slrk: unknown command {args[0]!r}; see `slrk --help`", file=sys.stderr)
        return 2
    from slrk_tui.tui.app import run_app

    try:
        user = user_config.load()
        keymap = _keymap(user)
    except ConfigError as exc:
        print(f"slrk: error: {exc}", file=sys.stderr)
        return 2
    return run_app(user.run_defaults(), keymap=keymap)
