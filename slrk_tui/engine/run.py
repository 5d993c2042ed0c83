"""The one place that knows the order of the stages and wires them together.

list -> plan -> (download on threads -> unpack/redact/stage in executor processes) per unit,
bounded so memory stays flat -> consolidate a panelist as soon as its last unit is done ->
report -> delete intermediate data. Every step's outcome goes out as an event; `RunFinished` is
always the last one, whatever happens.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import os
import shutil
import sys
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path

from slrk_tui import events as ev
from slrk_tui.atomic import remove_stale_temps
from slrk_tui.config import RunConfig, hide_url_credentials
from slrk_tui.engine.cluster import (
    cluster_slots,
    is_killed_worker,
    is_remote,
    submit_impure,
)
from slrk_tui.engine.consolidate import EditedOutput
from slrk_tui.engine.fetch import DownloadError, download
from slrk_tui.engine.layout import METADATA_DIR, QueryLayout, UnsafeOutput
from slrk_tui.engine.lock import QueryLock, QueryLocked
from slrk_tui.engine.participation import listing_coverage, upload_times, write_participation
from slrk_tui.engine.plan import Plan, Unit, build_plan, list_objects
from slrk_tui.engine.pools import make_executor, make_run_executor, run_alone
from slrk_tui.engine.publish import first_copies, publish_images
from slrk_tui.engine.remote import (
    RemoteDownloadFailed,
    RemoteUnitTask,
    credentials_for_workers,
    fetch_and_process,
)
from slrk_tui.engine.report import build_report, write_report
from slrk_tui.engine.runlog import EVENTS_FILE, LOG_FILE, RunLog
from slrk_tui.engine.s3 import Credentials, S3AccessError, make_client
from slrk_tui.engine.state import QueryState, load_query, save_query
from slrk_tui.engine.worker import (
    FileSink,
    UnitResult,
    UnitTask,
    consolidate_prefix,
    failed_unit,
    process_unit,
)
from slrk_tui.redact import RedactionSettings, detector_description

DOWNLOAD_THREADS = 8


@dataclass(frozen=True)
class Preview:
    panelists: int
    zips: int
    bytes: int
    zips_skipped_by_date: int
    coverage: dict = field(default_factory=dict)  # participation.listing_coverage


def preview(config: RunConfig, credentials: Credentials | None = None) -> Preview:
    """What a run would do (blocking: call it from a thread)."""
    cfg = config.validated()
    client = make_client(cfg.s3, credentials)
    plan = build_plan(list_objects(client, cfg), cfg)
    return Preview(
        len(plan.folders), plan.zips, plan.bytes, plan.skipped_by_date, listing_coverage(plan.units, cfg.tz)
    )


async def run_query(
    config: RunConfig,
    queue: asyncio.Queue,
    executor: Executor | None = None,
    credentials: Credentials | None = None,
    cancel: asyncio.Event | None = None,
    retry_failed: bool = False,
) -> int:
    """Run (or resume) a query; returns the exit code that RunFinished also carries.
    ``retry_failed`` makes units recorded as failed (their worker died twice, or their data
    tripped the code) pending again, e.g. after more memory or a fix."""
    runner = _Runner(config, queue, executor, credentials, cancel or asyncio.Event())
    runner.retry_failed = retry_failed
    return await runner.run()


@dataclass
class _BatchTally:
    """What one batch did in this run; zips counts its pending zips (units' objects)."""

    zips: int
    started: float = field(default_factory=time.monotonic)
    zips_done: int = 0
    images: int = 0
    faces: int = 0
    withheld: int = 0
    problems: int = 0
    rows: int = 0


class _Runner:
    def __init__(
        self,
        config: RunConfig,
        queue: asyncio.Queue,
        executor: Executor | None,
        credentials: Credentials | None,
        cancel: asyncio.Event,
    ):
        self.config = config
        self.queue = queue
        self.executor = executor
        self.own_executor = executor is None
        self.credentials = credentials
        self.cancel = cancel
        self.errors: list[tuple[str, str]] = []
        self.state: QueryState | None = None
        self.retired: list[Executor] = []  # process pools broken by a dying worker
        self.consolidator: Executor | None = None  # local processes for a cluster run's CSVs
        self.worker_credentials: Credentials | None = None  # sent to cluster workers, if any
        self.retry_failed = False
        self.pool_lock = asyncio.Lock()
        self.runlog: RunLog | None = None

    def emit(self, event: ev.Event) -> None:
        if self.runlog is not None:
            self.runlog.write(event)
        self.queue.put_nowait(event)

    async def run(self) -> int:
        exit_code, status, message, report_path, totals = 1, "failed", "", "", {}
        io_pool = ThreadPoolExecutor(DOWNLOAD_THREADS, thread_name_prefix="slrk-io")
        self.io_pool = io_pool
        lock: QueryLock | None = None
        try:
            self.cfg = cfg = self.config.validated()
            self.layout = QueryLayout(cfg.query_dir)
            self.layout.root.mkdir(parents=True, exist_ok=True)
            lock = QueryLock(self.layout.root)
            lock.acquire()
            self._check_same_query()
            self.isolated = asyncio.Semaphore(max(1, cfg.processors))
            self._prepare_folders()
            self.runlog = RunLog(self.layout.root)
            self.state = QueryState(self.layout.state_db)
            if self.retry_failed:
                self.state.forget_failed_units()
            self.state.set_meta(status="running", pid=os.getpid(), updated_at=time.time())
            self.redaction = RedactionSettings(mode=cfg.redaction)
            self.emit(ev.RunStarted(cfg.resolved_query_id, str(self.layout.root), detector_description()))
            loop = asyncio.get_running_loop()
            self.client = make_client(cfg.s3, self.credentials, max_pool=DOWNLOAD_THREADS + 8)
            objects = await loop.run_in_executor(io_pool, list_objects, self.client, cfg)
            plan = build_plan(objects, cfg)
            if self.executor is None:
                self.executor = await loop.run_in_executor(io_pool, make_run_executor, cfg)
            await self._prepare_executor(io_pool)
            await self._process(plan, io_pool)
            await self._consolidate_leftovers(plan)
            if self.errors:
                raise _Unfinished(
                    f"{len(self.errors)} object(s) or unit(s) failed (first: {self.errors[0][0]}: "
                    f"{self.errors[0][1]}); rerun the same command to retry them"
                )
            report = build_report(cfg, plan, self.state, self.layout, detector_description())
            write_report(self.layout.report_json, report)
            write_participation(self.layout.root, report["participation"])
            shutil.rmtree(self.layout.work_dir, ignore_errors=True)
            report_path = str(self.layout.report_json)
            totals = report["totals"]
            problems = totals["bad_objects"] + totals["withheld_images"]
            exit_code, status = (3, "done_with_problems") if problems else (0, "done")
            message = (
                f"{totals['images']} images ({totals['faces']} faces redacted) for "
                f"{totals['panelists']} panelist(s) in {self.layout.root}"
            )
            if problems:
                message += f"; {problems} problem(s) reported in {report_path}"
        except (asyncio.CancelledError, _Cancelled):
            status, message = "cancelled", self._resume_hint("Cancelled")
        except QueryLocked as exc:
            exit_code, status, message = 2, "locked", str(exc)
        except OtherQuery as exc:
            exit_code, status, message = 2, "other_query", str(exc)
        except (S3AccessError, UnsafeOutput, EditedOutput) as exc:
            message = str(exc)
        except _Unfinished as exc:
            message = str(exc)
        except BrokenProcessPool:
            message = self._resume_hint("A worker process died (out of memory?)")
        except Exception as exc:
            message = self._resume_hint(hide_url_credentials(f"Internal error: {type(exc).__name__}: {exc}"))
            trace = hide_url_credentials(traceback.format_exc())
            print(trace, end="", file=sys.stderr)
            if self.runlog is not None:
                self.runlog.traceback(trace)
        finally:
            io_pool.shutdown(wait=False, cancel_futures=True)
            if self.own_executor and self.executor is not None:
                self.executor.shutdown(wait=False, cancel_futures=True)
            for pool in [*self.retired, self.consolidator]:
                if pool is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
            if self.state is not None:
                with contextlib.suppress(Exception):
                    self.state.set_meta(status=status, updated_at=time.time())
                    self.state.close()
            self.emit(ev.RunFinished(exit_code, status, message, report_path, totals))
            if self.runlog is not None:
                self.runlog.close()
            if lock is not None:
                lock.release()
        return exit_code

    def _resume_hint(self, what: str) -> str:
        qid = self.config.resolved_query_id
        return f"{what}. Nothing is lost: rerun the same command (query {qid}) to resume."

    def _check_same_query(self) -> None:
        """Refuse a query folder that holds another query (a reused --query-id), before anything
        in it is touched: its done units were filtered to other days (or prefixes, redaction...),
        so resuming them would skip rows and images this query wants, and say "done"."""
        try:
            earlier = load_query(self.layout.query_json).selection()
        except (OSError, ValueError, KeyError, TypeError):
            return  # a new query folder (or no readable query.json: nothing to compare)
        now = self.cfg.selection()
        differ = [
            f"{k} {_shown(earlier[k])} there, {_shown(now[k])} here" for k in now if earlier.get(k) != now[k]
        ]
        if differ:
            raise OtherQuery(
                f"query {self.cfg.resolved_query_id} ({self.layout.root}) holds another query: "
                f"{'; '.join(differ)}. Nothing was touched. Rerun with its settings to resume it, "
                "or give another --query-id (or none: the default id is made from the query)"
            )

    def _prepare_folders(self) -> None:
        layout = self.layout
        layout.ensure_dir(layout.work_dir, 0o700)
        os.chmod(layout.work_dir, 0o700)  # raw zips and staged rows are private
        layout.ensure_dir(layout.zipped_dir, 0o700)
        for name in (EVENTS_FILE, LOG_FILE):
            layout.check_not_link(layout.root / name)
        for path in (layout.state_db, layout.query_json, layout.report_json):
            layout.check_not_link(path)
        save_query(layout.query_json, self.cfg)
        self._remove_partial_writes()

    def _remove_partial_writes(self) -> None:
        """Temp files of atomic writes cut short by a crash (os.replace never ran): the query
        folder's (query.json, report.json) and each panelist's consolidated CSVs'. Images are
        renamed in from the work folder, so their folders never hold one."""
        remove_stale_temps(self.layout.root)
        if self.layout.panelists_dir.is_dir():
            for folder in self.layout.panelists_dir.iterdir():
                remove_stale_temps(folder / METADATA_DIR)

    async def _process(self, plan: Plan, io_pool: ThreadPoolExecutor) -> None:
        assert self.state is not None
        self._redo_missing_output(plan)
        done = self.state.done_units()
        pending = [u for u in plan.units if u.unit_id not in done]
        batches = [todo for batch in plan.batches if (todo := [u for u in batch if u.unit_id not in done])]
        zips_pending = sum(len(u.objects) for u in pending)
        self.emit(
            ev.RunPlanned(
                panelists=len(plan.folders),
                zips_pending=zips_pending,
                bytes_pending=sum(u.bytes for u in pending),
                batches_pending=len(batches),
                zips_already_done=plan.zips - zips_pending,
                zips_skipped_by_date=plan.skipped_by_date,
            )
        )
        self.state.set_meta(units_total=len(plan.units), units_done=len(plan.units) - len(pending))
        for key, reason in plan.bad:
            self.emit(ev.Warning(key, reason))
        self.units_left = Counter(u.folder for u in pending)
        inflight = asyncio.Semaphore(2 * max(1, self.slots) + 2)
        tasks: set[asyncio.Task] = set()
        for number, todo in enumerate(batches, start=1):
            tally = _BatchTally(zips=sum(len(u.objects) for u in todo))
            self.emit(
                ev.BatchStarted(
                    number, tally.zips, sum(u.bytes for u in todo), tuple(sorted({u.folder for u in todo}))
                )
            )
            for unit in todo:
                await inflight.acquire()
                if self.cancel.is_set():
                    inflight.release()
                    break
                task = asyncio.create_task(self._unit(number, tally, unit, io_pool))
                task.add_done_callback(lambda _t: inflight.release())
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            if self.cancel.is_set():
                break
        waiter = asyncio.ensure_future(asyncio.gather(*tasks))
        stopper = asyncio.ensure_future(self.cancel.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if self.cancel.is_set():
            waiter.cancel()
            for task in tasks:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await waiter
            raise _Cancelled()
        stopper.cancel()
        waiter.result()

    def _redo_missing_output(self, plan: Plan) -> None:
        """A finished panelist whose output is no longer all there (the user deleted an image, a
        CSV or the folder) is processed again: a rerun skipped it, said "done" and reported rows
        that were gone. Its images and rows come back as they were (units are deterministic and
        the merge deduplicates)."""
        assert self.state is not None
        in_plan = {u.unit_id for u in plan.units}
        units: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for unit_id, folder, _keys, result in self.state.unit_results():
            if unit_id in in_plan and not result.get("failed"):  # a failed unit wrote nothing
                units[folder].append((unit_id, result.get("written", [])))
        consolidated = self.state.consolidated()
        for folder, done in sorted(units.items()):
            # Images still staged (a crash before publishing) are published by the rerun; a CSV
            # recorded as consolidated is on disk whatever happened after (written atomically,
            # recorded after), so one that is gone was removed by the user.
            staged = self.layout.staged_images_dir(folder).exists()
            images = [] if staged else list(first_copies(done))
            prefixes = [p for p, rows in consolidated.get(folder, {}).items() if rows]
            missing = self.layout.missing_output(folder, images, prefixes)
            if not missing:
                continue
            self.state.forget_units([unit_id for unit_id, _ in done])
            shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
            self.emit(
                ev.Note(
                    str(self.layout.panelists_dir.relative_to(self.layout.root) / folder),
                    f"{len(missing)} file(s) of finished output missing (deleted or moved?): {shown}; "
                    f"its {len(done)} unit(s) are processed again",
                )
            )

    async def _prepare_executor(self, io_pool: ThreadPoolExecutor) -> None:
        """Which path units take: a local process pool gets zips the client downloaded on threads
        (I/O overlaps CPU); a cluster has no shared filesystem, so its workers fetch from S3 and
        send the output back, and the client consolidates in processes of its own."""
        loop = asyncio.get_running_loop()
        self.remote = is_remote(self.executor)
        self.slots = self.cfg.processors
        if not self.remote:
            return
        assert self.executor is not None
        self.slots = max(self.slots, await loop.run_in_executor(io_pool, cluster_slots, self.executor))
        self.worker_credentials = await loop.run_in_executor(
            io_pool, credentials_for_workers, self.cfg.s3, self.credentials
        )
        self.consolidator = await loop.run_in_executor(io_pool, make_executor, min(2, self.cfg.processors))

    async def _unit(self, number: int, tally: _BatchTally, unit: Unit, io_pool: ThreadPoolExecutor) -> None:
        paths: list[Path] = []
        complete = False
        try:
            task = self._remote_task(unit) if self.remote else await self._fetch(number, unit, paths, io_pool)
            if task is None:
                return
            try:
                result = await self._execute(number, task)
            except RemoteDownloadFailed as exc:
                self._fetch_failed(exc.key, exc.reason)
                return
            except Exception as exc:
                reason = hide_url_credentials(f"processing failed: {type(exc).__name__}: {exc}")
                if self.runlog is not None:
                    self.runlog.traceback(hide_url_credentials("".join(traceback.format_exception(exc))))
                if not _is_local(exc):  # the unit's data trips the code: report it, go on
                    result = failed_unit(task, reason)
                else:  # this machine's problem (disk full, file gone): a rerun retries the unit
                    self.errors.append((unit.keys[0], reason))
                    self.emit(ev.Error(unit.keys[0], reason))
                    return
            complete = self._record(number, tally, unit, result)
        finally:
            for p in paths:
                p.unlink(missing_ok=True)
        if complete:
            await self._consolidate(unit.folder)

    async def _fetch(
        self, number: int, unit: Unit, paths: list[Path], io_pool: ThreadPoolExecutor
    ) -> UnitTask | None:
        """Download the unit's zips on the client's threads (appending to `paths` so the caller
        removes them); None when one cannot be fetched (the unit stays pending)."""
        loop = asyncio.get_running_loop()
        for obj in unit.objects:
            path = self.layout.zipped_dir / f"{hashlib.sha1(obj.key.encode()).hexdigest()}.zip"
            try:
                await loop.run_in_executor(io_pool, download, self.client, self.cfg.bucket, obj, path)
            except DownloadError as exc:
                self._fetch_failed(obj.key, str(exc))
                return None
            paths.append(path)
            self.emit(ev.ObjectDownloaded(number, obj.key, obj.size))
        return UnitTask(
            unit_id=unit.unit_id,
            folder=unit.folder,
            zips=tuple((o.key, str(p)) for o, p in zip(unit.objects, paths, strict=True)),
            images_dir=str(self.layout.staged_images_dir(unit.folder) / unit.unit_id),
            staging_dir=str(self.layout.staging_dir(unit.folder)),
            window_ms=self._window_ms(),
            redaction=self.redaction,
            tz=self.cfg.tz,
            uploaded_ms=upload_times(unit.objects),
        )

    def _remote_task(self, unit: Unit) -> RemoteUnitTask:
        return RemoteUnitTask(
            unit_id=unit.unit_id,
            folder=unit.folder,
            objects=tuple(unit.objects),
            bucket=self.cfg.bucket,
            s3=self.cfg.s3,
            credentials=self.worker_credentials,
            window_ms=self._window_ms(),
            redaction=self.redaction,
            tz=self.cfg.tz,
        )

    def _fetch_failed(self, key: str, reason: str) -> None:
        self.errors.append((key, reason))
        self.emit(ev.Error(key, reason))

    async def _execute(self, number: int, task: UnitTask | RemoteUnitTask) -> UnitResult:
        if isinstance(task, RemoteUnitTask):
            return await self._execute_remote(number, task)
        return await self._execute_local(task)

    async def _execute_local(self, task: UnitTask) -> UnitResult:
        """Process a unit on the pool. A worker that dies (segfault, OOM kill) breaks the whole
        process pool: the pool is replaced, and every unit it held is retried once in a fresh
        process of its own; a unit that kills that one too is recorded as failed (a rerun does
        not retry it), so one poison unit costs itself, never the query."""
        loop = asyncio.get_running_loop()
        pool = self.executor
        try:
            return await loop.run_in_executor(pool, process_unit, task)
        except BrokenProcessPool:
            await self._replace_pool(pool)
        async with self.isolated:
            try:
                return await loop.run_in_executor(self.io_pool, run_alone, task)
            except BrokenProcessPool:
                return failed_unit(
                    task,
                    "its worker process died twice (killed by the system, "
                    "e.g. out of memory, or crashed in native code); its "
                    "data is skipped",
                )

    async def _execute_remote(self, number: int, task: RemoteUnitTask) -> UnitResult:
        """Fetch and process a unit on a cluster worker, then write its output into the query's
        staging folders here, exactly as a local worker would have. Dask reruns the tasks of a
        lost worker elsewhere; a unit whose workers keep dying (KilledWorker) is recorded as
        failed, like a poison unit in the process pool."""
        assert self.executor is not None
        try:
            done = await asyncio.wrap_future(submit_impure(self.executor, fetch_and_process, task))
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # the run is being cancelled
            raise ConnectionError("the Dask cluster cancelled the task (scheduler lost?)") from None
        except Exception as exc:
            if not is_killed_worker(exc):
                raise
            tries = getattr(exc, "allowed_failures", 0) + 1
            return failed_unit(
                task,
                f"its worker process died on all {tries} tries on the "
                "cluster (killed by the system, e.g. out of memory, or "
                "crashed in native code); its data is skipped",
            )
        if done.download_error is not None:
            raise RemoteDownloadFailed(*done.download_error)
        for obj in task.objects:
            self.emit(ev.ObjectDownloaded(number, obj.key, obj.size))
        sink = FileSink(
            task.unit_id,
            self.layout.staged_images_dir(task.folder) / task.unit_id,
            self.layout.staging_dir(task.folder),
        )
        await asyncio.get_running_loop().run_in_executor(self.io_pool, done.output.replay, sink)
        assert done.result is not None
        return done.result

    async def _replace_pool(self, broken: Executor | None) -> None:
        async with self.pool_lock:
            if self.executor is not broken or not isinstance(broken, ProcessPoolExecutor):
                return  # another unit already replaced it
            self.retired.append(broken)
            self.emit(
                ev.Warning(
                    "",
                    "a worker process died; the process pool was restarted and "
                    "its units are retried one by one",
                )
            )
            loop = asyncio.get_running_loop()
            self.executor = await loop.run_in_executor(self.io_pool, make_executor, self.cfg.processors)
            self.own_executor = True

    def _window_ms(self) -> tuple[int, int] | None:
        if self.cfg.date_basis != "capture":
            return None
        lo, hi = self.cfg.window_utc()
        return int(lo.timestamp() * 1000), int(hi.timestamp() * 1000)

    def _record(self, number: int, tally: _BatchTally, unit: Unit, result: UnitResult) -> bool:
        """Make the unit durable and tell the consumers; True when its panelist is complete."""
        assert self.state is not None
        self.state.record_unit(unit.unit_id, unit.folder, unit.keys, asdict(result))
        self.units_left[unit.folder] -= 1
        for image, faces in result.redacted:
            self.emit(ev.ImageRedacted(unit.folder, image, faces))
        for key, reason in result.problems:
            self.emit(ev.Warning(key, reason))
        for key, note in result.notes:
            self.emit(ev.Note(key, note))
        for key, image, reason in result.withheld:
            self.emit(ev.Warning(key, f"{image}: withheld ({reason})"))
        tally.zips_done += len(unit.objects)
        tally.images += result.images
        tally.faces += result.faces
        tally.withheld += len(result.withheld)
        tally.problems += len(result.problems) + len(result.withheld)
        tally.rows += sum(result.rows.values())
        self.emit(
            ev.BatchProgressed(
                number,
                tally.zips_done,
                tally.zips,
                result.images,
                result.faces,
                len(result.withheld),
                sum(result.rows.values()),
            )
        )
        if tally.zips_done == tally.zips:
            self.emit(
                ev.BatchFinished(
                    number,
                    tally.zips,
                    tally.images,
                    tally.faces,
                    tally.withheld,
                    tally.problems,
                    round(time.monotonic() - tally.started, 3),
                )
            )
        return self.units_left[unit.folder] == 0

    async def _consolidate(self, folder: str) -> None:
        """Publish the panelist's images, merge its staged rows into its consolidated CSVs, then
        drop the staging (both steps are idempotent, so a crash in between is harmless)."""
        assert self.state is not None
        loop = asyncio.get_running_loop()
        staged_images = self.layout.staged_images_dir(folder)
        if staged_images.is_dir():
            images = self.layout.ensure_dir(self.layout.images_dir(folder))
            await loop.run_in_executor(None, publish_images, staged_images, images)
            shutil.rmtree(staged_images, ignore_errors=True)
        staging = self.layout.staging_dir(folder)
        if not staging.is_dir():
            return
        for prefix_dir in sorted(p for p in staging.iterdir() if p.is_dir()):
            self.layout.ensure_dir(self.layout.metadata_dir(folder))
            out_csv = self.layout.consolidated_csv(folder, prefix_dir.name)
            self.layout.check_not_link(out_csv)
            rows = await loop.run_in_executor(
                self.consolidator or self.executor,
                consolidate_prefix,
                str(prefix_dir),
                str(out_csv),
                prefix_dir.name,
            )
            self.state.record_consolidated(folder, prefix_dir.name, rows)
            self.emit(ev.CsvConsolidated(folder, prefix_dir.name, rows, str(out_csv)))
        shutil.rmtree(staging, ignore_errors=True)

    async def _consolidate_leftovers(self, plan: Plan) -> None:
        """Panelists whose units were all done before a crash but not yet consolidated."""
        for folder in plan.folders:
            if self.units_left.get(folder, 0) == 0:
                await self._consolidate(folder)


class OtherQuery(Exception):
    """The query folder holds a query with other settings (a --query-id used twice)."""


def _shown(value: object) -> str:
    return " ".join(value) if isinstance(value, list) else str(value)


def _is_local(exc: BaseException) -> bool:
    """An error of this machine (disk full, a file gone), not of the data: the unit stays pending
    and a rerun retries it. An OSError about a name the data chose is the data's."""
    return isinstance(exc, OSError) and exc.errno not in _DATA_ERRNOS


_DATA_ERRNOS = {errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL}


class _Cancelled(Exception):
    pass


class _Unfinished(Exception):
    pass
