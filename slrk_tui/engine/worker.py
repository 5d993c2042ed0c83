"""The CPU work for one unit (a zip, or a csv_zip/image_zip pair), run in an executor process.

Input is local zip files; output is redacted images in the unit's own staging folder (published
into the panelist's images folder by `publish.py` once all its units are done) and staged CSV rows
for consolidation. The result is a deterministic function of the zips, so a unit
redone after a crash writes byte-identical files.

Output goes through a sink: the local pool writes the staging files directly (`FileSink`); a
cluster worker, which has no output folder, collects the same bytes in memory (`MemorySink`) and
the client replays them into a `FileSink` - one processing core, two places for its output.
"""

from __future__ import annotations

import contextlib
import shutil
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from slrk_tui.engine.appcsv import csv_prefix, parse_app_csv
from slrk_tui.engine.consolidate import consolidate
from slrk_tui.engine.layout import name_problem, safe_name
from slrk_tui.engine.parquet import write_parquet_twin
from slrk_tui.engine.participation import DayCounter
from slrk_tui.engine.staging import StagedPart, read_staged, write_staged
from slrk_tui.engine.timeparse import first_time_ms, time_indices
from slrk_tui.engine.unpack import SafeZip, open_zip
from slrk_tui.redact import FrameRedactor, RedactionSettings

SCREENSHOT_PREFIX = "screenshot_data"
FILE_COLUMN = "file"
MAX_PREFIX_CHARS = 100  # "<prefix>-consolidated.parquet" must fit a 255-byte file name
MAX_IMAGE_NAME_CHARS = 200


@dataclass(frozen=True)
class UnitTask:
    unit_id: str
    folder: str  # panelist output folder name
    zips: tuple[tuple[str, str], ...]  # (S3 key, local path)
    images_dir: str  # this unit's own staging folder for its written images
    staging_dir: str
    window_ms: tuple[int, int] | None  # capture-time filter [lo, hi); None keeps every row
    redaction: RedactionSettings
    tz: str = "UTC"  # the query's days, for the participation figures
    uploaded_ms: tuple[tuple[str, int], ...] = ()  # (S3 key, LastModified epoch ms)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.zips)


class UnitSpec(Protocol):
    """What processing a unit needs besides its zips: a local `UnitTask` or a cluster's
    `remote.RemoteUnitTask`."""

    @property
    def unit_id(self) -> str: ...

    @property
    def folder(self) -> str: ...

    @property
    def keys(self) -> tuple[str, ...]: ...

    @property
    def window_ms(self) -> tuple[int, int] | None: ...

    @property
    def redaction(self) -> RedactionSettings: ...

    @property
    def tz(self) -> str: ...

    @property
    def uploaded_ms(self) -> tuple[tuple[str, int], ...]: ...


class OutputSink(Protocol):
    """Where a unit's staged rows and written images go."""

    def write_part(self, part: StagedPart) -> None: ...

    def start_images(self) -> None: ...

    def write_image(self, name: str, data: bytes) -> None: ...


@dataclass(frozen=True)
class FileSink:
    """The query's staging folders: ``images_dir/<image>`` and ``staging_dir/<prefix>/<unit>.jsonl``."""

    unit_id: str
    images_dir: Path
    staging_dir: Path

    def write_part(self, part: StagedPart) -> None:
        write_staged(self.staging_dir / part.prefix / f"{self.unit_id}.jsonl", part)

    def start_images(self) -> None:
        shutil.rmtree(self.images_dir, ignore_errors=True)  # a unit redone after a crash starts clean
        self.images_dir.mkdir(parents=True)

    def write_image(self, name: str, data: bytes) -> None:
        (self.images_dir / name).write_bytes(data)


@dataclass
class MemorySink:
    """A unit's output held in memory (bounded: one unit is one or two zips), to be replayed."""

    parts: list[StagedPart] = field(default_factory=list)
    images: list[tuple[str, bytes]] = field(default_factory=list)

    def write_part(self, part: StagedPart) -> None:
        self.parts.append(part)

    def start_images(self) -> None:
        self.images.clear()

    def write_image(self, name: str, data: bytes) -> None:
        self.images.append((name, data))

    def replay(self, sink: OutputSink) -> None:
        """Write the collected output into `sink` in the order it was produced."""
        for part in self.parts:
            sink.write_part(part)
        sink.start_images()
        for name, data in self.images:
            sink.write_image(name, data)


@dataclass
class UnitResult:
    unit_id: str
    folder: str
    images: int = 0  # written (clean or redacted)
    faces: int = 0
    written: list[str] = field(default_factory=list)  # image names written, in capture order
    redacted: list[tuple[str, int]] = field(default_factory=list)  # (image, faces)
    withheld: list[tuple[str, str, str]] = field(default_factory=list)  # (key, image, reason)
    rows: dict[str, int] = field(default_factory=dict)  # staged rows per prefix
    problems: list[tuple[str, str]] = field(default_factory=list)  # (key, reason): bad input
    notes: list[tuple[str, str]] = field(default_factory=list)  # (key, note): repaired, harmless
    bad_zips: int = 0
    stripped: int = 0  # images written without metadata or data a viewer could show beside them
    failed: str = ""  # why the unit could not be processed at all ('' when it was)
    days: dict[str, dict] = field(default_factory=dict)  # participation.DayCounter.to_json()


def process_unit(task: UnitTask) -> UnitResult:
    """The local pool's task: the zips are on this machine, the output goes to staging files."""
    sink = FileSink(task.unit_id, Path(task.images_dir), Path(task.staging_dir))
    return process_zips(task, task.zips, sink)


def process_zips(task: UnitSpec, zips: Iterable[tuple[str, str]], sink: OutputSink) -> UnitResult:
    """Unpack, filter, stage and redact one unit's local zips ((S3 key, path) pairs) into `sink`."""
    result = UnitResult(task.unit_id, task.folder)
    with contextlib.ExitStack() as stack:
        opened: list[tuple[str, SafeZip]] = []
        for key, path in zips:
            archive = stack.enter_context(open_zip(Path(path)))
            if archive.fatal:
                result.problems.append((key, archive.fatal))
                result.bad_zips += 1
                continue
            opened.append((key, archive))
        images: dict[str, _Member] = {}
        for key, archive in opened:
            for name, info in archive.images:
                if name in images:
                    first = images[name]
                    if _same_entry(first.info, info):
                        # The same zip under two V_ folders, or as .zip and .zip.zip: a
                        # re-upload, written once like one in two units, not bad input.
                        result.notes.append((key, f"{name}: the same image is in {first.key}; written once"))
                    else:
                        result.problems.append((key, f"{name}: also in {first.key}; this copy ignored"))
                    continue
                images[name] = _Member(key, archive, info)
        csvs = (
            (key, name, archive.read(name, info)) for key, archive in opened for name, info in archive.csvs
        )
        staged = _stage_rows(task, csvs, result)
        _write_parts(staged.parts, sink, result)
        _redact_images(task, images, staged, sink, result)
        for key, archive in opened:
            result.problems.extend((key, p) for p in archive.problems)
        staged.days.add_images(staged.image_times, result.redacted, (w[1] for w in result.withheld))
        result.days = staged.days.to_json()
    return result


def _same_entry(a: zipfile.ZipInfo, b: zipfile.ZipInfo) -> bool:
    """Two entries with the same size and CRC-32 hold the same bytes (as far as the zip says)."""
    return (a.file_size, a.CRC) == (b.file_size, b.CRC)


@dataclass(frozen=True)
class _Member:
    """A JPG entry, read only when its turn comes (one image in memory at a time)."""

    key: str
    archive: SafeZip
    info: zipfile.ZipInfo


@dataclass
class _Staged:
    days: DayCounter
    parts: dict[str, list[StagedPart]] = field(default_factory=lambda: defaultdict(list))
    kept_files: set[str] = field(default_factory=set)  # images named by rows in the window
    named_files: set[str] = field(default_factory=set)  # images named by any row
    image_times: dict[str, int] = field(default_factory=dict)


def _stage_rows(task: UnitSpec, csvs: Iterable[tuple[str, str, bytes | None]], result: UnitResult) -> _Staged:
    """Parse every CSV, keep the rows in the window, remember which images the kept rows name."""
    staged = _Staged(DayCounter(task.tz, dict(task.uploaded_ms)))
    for key, member, data in csvs:
        raw_prefix = csv_prefix(member)
        if raw_prefix is None or data is None:
            continue
        prefix = safe_name(raw_prefix, MAX_PREFIX_CHARS)
        if prefix != raw_prefix:
            result.problems.append(
                (key, f"{member}: CSV kind {raw_prefix!r} cannot be a file name; consolidated as {prefix!r}")
            )
        parsed = parse_app_csv(data, f"{key}:{member}")
        for problem in parsed.problems:
            result.problems.append((key, f"{member}: {problem}"))
        if parsed.encoding != "utf-8":
            result.notes.append(
                (key, f"{member}: read as {parsed.encoding.upper()} (its byte order mark); written as UTF-8")
            )
        if parsed.repaired:
            result.notes.append((key, f"{member}: {parsed.repaired} row(s) with unescaped quotes repaired"))
        if not parsed.columns:
            continue
        rows = parsed.rows
        file_idx = parsed.columns.index(FILE_COLUMN) if FILE_COLUMN in parsed.columns else -1
        kept = []
        indices = time_indices(prefix, parsed.columns)
        untimed = 0
        for row in rows:
            ts = first_time_ms(row, indices)
            untimed += ts is None
            inside = task.window_ms is None or ts is None or task.window_ms[0] <= ts < task.window_ms[1]
            if prefix == SCREENSHOT_PREFIX and file_idx >= 0 and row[file_idx]:
                base = PurePosixPath(row[file_idx].replace("\\", "/")).name
                staged.named_files.add(base)
                if inside:
                    staged.kept_files.add(base)
                    if ts is not None:
                        staged.image_times.setdefault(base, ts)
            if inside:
                kept.append(row)
                staged.days.add_row(prefix, key, ts)
        staged.parts[prefix].append(StagedPart(prefix, parsed.columns, kept))
        if untimed and task.window_ms is not None:
            result.notes.append((key, _untimed_note(member, untimed, [parsed.columns[i] for i in indices])))
    return staged


def _untimed_note(member: str, count: int, time_columns: list[str]) -> str:
    """Rows with no readable time cannot be filtered by date: kept in every capture-basis query
    (never lost), so the user is told which file holds how many."""
    where = f"no time in {', '.join(time_columns)}" if time_columns else "the file has no time column"
    return (
        f"{member}: {count} row(s) kept without a readable capture time ({where}); "
        "they cannot be filtered by date, so every query keeps them"
    )


def _write_parts(parts: dict[str, list[StagedPart]], sink: OutputSink, result: UnitResult) -> None:
    for prefix, plist in parts.items():
        columns: list[str] = []
        for p in plist:
            columns.extend(c for c in p.columns if c not in columns)
        rows = []
        for p in plist:
            index = {c: i for i, c in enumerate(p.columns)}
            if p.columns == columns:
                rows.extend(p.rows)
            else:
                rows.extend([r[index[c]] if c in index else "" for c in columns] for r in p.rows)
        sink.write_part(StagedPart(prefix, columns, rows))
        result.rows[prefix] = len(rows)


def _redact_images(
    task: UnitSpec, images: dict[str, _Member], staged: _Staged, sink: OutputSink, result: UnitResult
) -> None:
    """Redact the images of kept rows in capture order (so near-duplicate reuse works)."""
    selected = []
    for name, member in images.items():
        if name in staged.kept_files:
            selected.append((staged.image_times.get(name, 0), name, member))
        elif name not in staged.named_files:
            # A JPG no row names should not exist; keep it (never lose data) but say so.
            result.problems.append((member.key, f"{name}: image has no screenshot_data row; kept"))
            selected.append((staged.image_times.get(name, 0), name, member))
    selected.sort(key=lambda item: (item[0], item[1]))
    sink.start_images()
    redactor = FrameRedactor(task.redaction)
    for _, name, member in selected:
        key = member.key
        data = member.archive.read(name, member.info)
        if data is None:
            result.withheld.append((key, name, "could not be read from the zip"))
            continue
        problem = name_problem(name, MAX_IMAGE_NAME_CHARS)
        out_name = safe_name(name, MAX_IMAGE_NAME_CHARS)
        if problem:
            result.problems.append((key, f"{name!r}: name {problem}; image written as {out_name!r}"))
        try:
            frame = redactor.process(data)
        except Exception as exc:  # fail closed, whatever the detector does
            result.withheld.append((key, name, f"redaction failed: {exc}"))
            continue
        if frame.status == "withheld" or frame.data is None:
            result.withheld.append((key, name, frame.reason or "could not be checked for faces"))
            continue
        sink.write_image(out_name, frame.data)
        result.images += 1
        result.stripped += bool(frame.stripped)
        result.written.append(out_name)
        if frame.faces:
            result.faces += frame.faces
            result.redacted.append((out_name, frame.faces))


def consolidate_prefix(staging_prefix_dir: str, out_csv: str, prefix: str) -> int:
    """Merge a panelist's staged parts of one prefix (in unit order) into its consolidated CSV
    and the CSV's Parquet twin."""
    parts = (read_staged(p) for p in sorted(Path(staging_prefix_dir).glob("*.jsonl")))
    out = Path(out_csv)
    out.parent.mkdir(parents=True, exist_ok=True)
    return consolidate(out, prefix, parts, twin=write_parquet_twin)


def failed_unit(task: UnitSpec, reason: str) -> UnitResult:
    """The record of a unit that could not be processed: every zip named with the reason, no
    images and no rows (never a half-written unit)."""
    result = UnitResult(task.unit_id, task.folder, bad_zips=len(task.keys), failed=reason)
    result.problems.extend((key, reason) for key in task.keys)
    return result
