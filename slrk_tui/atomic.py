"""Atomic, durable file writes: a reader (or a rerun after a crash or power cut) sees the old
file or the whole new one, never a torn one.

The bytes go to a hidden temp file next to the target (same filesystem, so the rename is atomic),
are fsync'd, renamed over the target, and the folder is fsync'd so the rename itself survives.
A crash before the rename leaves only a temp file, which `remove_stale_temps` sweeps on the next
run.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TEMP_SUFFIX = ".tmp"


def temp_path(path: Path) -> Path:
    """`.<name>.<pid>.tmp` beside `path`: hidden, per process, recognisable by the sweep."""
    return path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", **open_kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temp file for writing; on a clean exit it replaces `path`, else it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)  # a leftover, or a link planted there: never written through
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    fh = os.fdopen(fd, mode, **open_kwargs)
    try:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(tmp, path)
    except BaseException:
        fh.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_open(path, "w", encoding=encoding) as fh:
        fh.write(text)


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path) -> int:
    """Delete the temp files of writes a crash cut short in `folder`; returns how many."""
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in os.scandir(folder):
        if entry.is_file() and entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
            os.unlink(entry.path)
            removed += 1
    return removed
