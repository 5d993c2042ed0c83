"""Safe reading of one uploaded zip into memory: limits, zip-slip, classification.

Nothing is extracted to disk by entry name, so a hostile name cannot write anywhere; such names,
oversized or over-compressed entries (bombs) and unreadable entries are reported and skipped
while the rest of the zip is still used.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MAX_ENTRY_BYTES = 256 * 1024 * 1024  # a JPG is ~100 KB and a CSV a few MB
MAX_RATIO = 200  # real JPGs deflate ~1.5x, CSVs ~10-30x; zeros deflate ~1000x
RATIO_CHECK_ABOVE = 1024 * 1024  # tiny entries may compress oddly; ratio only matters when big
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
IMAGE_SUFFIXES = (".jpg", ".jpeg")


@dataclass
class ZipContents:
    csvs: list[tuple[str, bytes]] = field(default_factory=list)  # (member name, bytes)
    images: list[tuple[str, bytes]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    fatal: str = ""  # set when the zip as a whole cannot be read


def read_zip(path: Path) -> ZipContents:
    out = ZipContents()
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        out.fatal = f"not a readable zip ({exc})"
        return out
    except OSError as exc:
        out.fatal = f"cannot open ({exc})"
        return out
    total = 0
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            reason = _unsafe(info)
            if reason:
                out.problems.append(f"entry {name!r} skipped: {reason}")
                continue
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                out.problems.append(f"entry {name!r} skipped: zip expands past {MAX_TOTAL_BYTES} bytes")
                continue
            base = PurePosixPath(name).name
            lower = base.lower()
            if not (lower.endswith(".csv") or lower.endswith(IMAGE_SUFFIXES)):
                out.problems.append(f"entry {name!r} ignored: not a CSV or JPG")
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError,
                    NotImplementedError, RuntimeError, ValueError) as exc:
                out.problems.append(f"entry {name!r} unreadable: {exc}")
                continue
            target = out.csvs if lower.endswith(".csv") else out.images
            target.append((base, data))
    return out


def _unsafe(info: zipfile.ZipInfo) -> str:
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
    if info.file_size > MAX_ENTRY_BYTES:
        return f"declares {info.file_size} bytes, over the {MAX_ENTRY_BYTES}-byte limit (zip bomb?)"
    if info.file_size > RATIO_CHECK_ABOVE:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            return f"compression ratio {ratio:.0f}:1 over the {MAX_RATIO}:1 limit (zip bomb?)"
    return ""
