"""Safe reading of one uploaded zip: limits before work, zip-slip, classification, one entry at a
time.

Nothing is extracted to disk by entry name, so a hostile name cannot write anywhere. The whole
zip is refused when its shape is hostile (more entries than any phone writes, entries that share
compressed data: the "overlapping" zip bomb whose entries each pass a per-entry ratio check).
Single entries that are unsafe, oversized or over-compressed are reported and skipped while the
rest of the zip is still used. Entries are read one at a time, on demand, so a worker holds one
entry in memory, not one zip.

A zip the app writes holds 1-5 CSVs of a few MB at most and 50-200 JPGs of ~100 KB (5,000 in the
unused ScreenCollector path); every limit below is at least 10x that.
"""

from __future__ import annotations

import errno
import itertools
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MAX_ENTRIES = 20_000  # 5,000-shot zips have 5,005 entries
MAX_IMAGE_BYTES = 32 * 1024 * 1024  # a JPG is ~100 KB
MAX_CSV_BYTES = 32 * 1024 * 1024  # a CSV is a few MB at most
MAX_CSV_TOTAL_BYTES = 48 * 1024 * 1024  # parsed together; 32 MiB of CSV parses to ~330 MB
MAX_CSV_MEMBERS = 50  # the app writes 1-5 (7 in the newer variant)
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # what one zip may expand to, all entries together
MAX_RATIO = 200  # real JPGs deflate ~1.5x, CSVs ~10-30x; zeros deflate ~1000x
RATIO_CHECK_ABOVE = 1024 * 1024  # tiny entries may compress oddly; ratio only matters when big
IMAGE_SUFFIXES = (".jpg", ".jpeg")
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, (skipped), name length, extra length
_EOCD = b"PK\x05\x06"
# Read errors of this machine; others (EINVAL from an offset the zip declares, bz2 data errors)
# are the entry's fault.
_LOCAL_ERRNOS = {errno.EIO, errno.ENOENT, errno.EACCES, errno.EPERM, errno.EBADF, errno.ESTALE}
_ZIP64_EOCD = b"PK\x06\x06"


class LocalZipError(OSError):
    """The downloaded file cannot be read on this machine (deleted, disk error): a local
    problem to retry, never a verdict on the uploaded object."""


@dataclass
class SafeZip:
    """A validated zip, open for reading its members one at a time (use as a context manager)."""

    path: Path
    csvs: list[tuple[str, zipfile.ZipInfo]] = field(default_factory=list)  # (basename, entry)
    images: list[tuple[str, zipfile.ZipInfo]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    fatal: str = ""  # set when the zip as a whole is refused or cannot be read
    _archive: zipfile.ZipFile | None = None

    def read(self, name: str, info: zipfile.ZipInfo) -> bytes | None:
        """The entry's bytes (at most its checked declared size), or None with a problem noted."""
        assert self._archive is not None, "read() on a refused zip"
        try:
            return self._archive.read(info)
        except OSError as exc:
            if exc.errno in _LOCAL_ERRNOS:  # the disk, not the data
                raise LocalZipError(f"{self.path}: {exc}") from exc
            reason = str(exc)
        except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError, ...: the entry's fault
            reason = f"{type(exc).__name__}: {exc}"
        self.problems.append(f"entry {name!r} unreadable: {reason}")
        return None

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_zip(path: Path) -> SafeZip:
    """Open and check a downloaded zip. Bad input gives ``fatal``/``problems``; only a local
    failure to read the file raises (LocalZipError)."""
    out = SafeZip(Path(path))
    try:
        declared = _declared_entries(out.path)
    except OSError as exc:
        raise LocalZipError(f"{path}: {exc}") from exc
    if declared is not None and declared > MAX_ENTRIES:
        out.fatal = f"declares {declared} entries, over the {MAX_ENTRIES}-entry limit"
        return out
    try:
        archive = zipfile.ZipFile(out.path)
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise LocalZipError(f"{path}: {exc}") from exc
    except Exception as exc:  # zipfile raises many kinds on hostile bytes
        out.fatal = f"not a readable zip ({type(exc).__name__}: {exc})"
        return out
    infos = [i for i in archive.infolist() if not i.filename.endswith("/")]  # folders
    # The app always writes at least its screenshot CSV; a zip with no file in it is as empty as
    # a 0-byte object (reported the same way), not a batch with nothing in it.
    reason = "holds no files (an empty zip)" if not infos else _shape_problem(archive, infos)
    if reason:
        archive.close()
        out.fatal = reason
        return out
    out._archive = archive
    _classify(out, infos)
    return out


def _classify(out: SafeZip, infos: list[zipfile.ZipInfo]) -> None:
    totals = {"all": 0, "csv": 0}
    seen: set[str] = set()
    for info in infos:
        base = PurePosixPath(info.filename.replace("\\", "/")).name
        lower = base.lower()
        is_csv = lower.endswith(".csv")
        if not (is_csv or lower.endswith(IMAGE_SUFFIXES) or _unsafe(info, is_csv)):
            out.problems.append(f"entry {info.filename!r} ignored: not a CSV or JPG")
            continue
        reason = _unsafe(info, is_csv) or _over_budget(info, base, is_csv, seen, len(out.csvs), totals)
        if reason:
            out.problems.append(f"entry {info.filename!r} skipped: {reason}")
            continue
        (out.csvs if is_csv else out.images).append((base, info))
        seen.add(base)


def _over_budget(
    info: zipfile.ZipInfo, base: str, is_csv: bool, seen: set[str], csvs: int, totals: dict[str, int]
) -> str:
    """Why a safe entry still cannot be used (a repeated name, the zip's budgets), or ''.
    Counts the entry against the budgets when it fits."""
    if base in seen:
        return f"a second entry named {base!r} in the same zip (the first one is used)"
    if totals["all"] + info.file_size > MAX_TOTAL_BYTES:
        return f"the zip expands past {MAX_TOTAL_BYTES} bytes"
    if is_csv and csvs >= MAX_CSV_MEMBERS:
        return f"more than {MAX_CSV_MEMBERS} CSV entries in one zip"
    if is_csv and totals["csv"] + info.file_size > MAX_CSV_TOTAL_BYTES:
        return f"the zip's CSVs expand past {MAX_CSV_TOTAL_BYTES} bytes"
    totals["all"] += info.file_size
    totals["csv"] += info.file_size if is_csv else 0
    return ""


def _unsafe(info: zipfile.ZipInfo, is_csv: bool) -> str:
    """Why an entry must not be used, or ''."""
    name = info.filename
    if "\x00" in name:
        return "name contains a NUL byte"
    norm = name.replace("\\", "/")
    path = PurePosixPath(norm)
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return "absolute path (zip-slip)"
    if ".." in path.parts:
        return "path escapes the folder (zip-slip)"
    if info.flag_bits & 0x1:
        return "encrypted"
    limit = MAX_CSV_BYTES if is_csv else MAX_IMAGE_BYTES
    if info.file_size > limit:
        return (
            f"declares {info.file_size} bytes, over the {limit}-byte limit for a {'CSV' if is_csv else 'JPG'}"
        )
    if info.file_size > RATIO_CHECK_ABOVE:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            return f"compression ratio {ratio:.0f}:1 over the {MAX_RATIO}:1 limit (zip bomb?)"
    return ""


def _shape_problem(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str:
    """'' for a zip whose entries each own their bytes; a reason for overlapping entries (two
    entries reading one compressed stream can turn a 1.5 MB zip into gigabytes)."""
    if len(infos) > MAX_ENTRIES:
        return f"holds {len(infos)} entries, over the {MAX_ENTRIES}-entry limit"
    fp = archive.fp
    assert fp is not None
    size = fp.seek(0, 2)
    spans = []
    for info in sorted(infos, key=lambda i: i.header_offset):
        if not 0 <= info.header_offset < size:
            continue  # points outside the file: reported as unreadable when read
        fp.seek(info.header_offset)
        head = fp.read(_LOCAL_HEADER.size)
        if len(head) < _LOCAL_HEADER.size:
            continue  # unreadable entry: reported when read
        _sig, name_len, extra_len = _LOCAL_HEADER.unpack(head)
        start = info.header_offset
        spans.append(
            (start, start + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size, info.filename)
        )
    for (_s1, end1, name1), (start2, _e2, name2) in itertools.pairwise(spans):
        if start2 < end1:
            return (
                f"entries {name1!r} and {name2!r} overlap (they share compressed data: "
                "an overlapping-entry zip bomb)"
            )
    return ""


def _declared_entries(path: Path) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile builds an
    object per entry (a hostile directory can declare millions)."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 65_557))
        tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or at + 22 > len(tail):
        return None
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    if count != 0xFFFF:
        return count
    at64 = tail.rfind(_ZIP64_EOCD, 0, at)
    if at64 < 0 or at64 + 40 > len(tail):
        return None
    return int.from_bytes(tail[at64 + 32 : at64 + 40], "little")
