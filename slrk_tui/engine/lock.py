"""One writer per query: an exclusive lock on `<query>/.lock`, held for the run's life.

Two runs of one query at once delete each other's downloads and record good zips as bad, so the
second run must stop before it touches anything. `flock` is released by the kernel when its
holder exits in any way (crash, SIGKILL, a dropped SSH session), so a lock left by a dead process
is never in the way. Filesystems without `flock` (some cluster mounts) fall back to a pid file
checked for a live process on this host.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import socket
import time
from pathlib import Path

LOCK_NAME = ".lock"
_NO_FLOCK = {errno.ENOLCK, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL}


class QueryLocked(Exception):
    """Another live process runs this query; the message says which."""


class QueryLock:
    def __init__(self, query_dir: Path) -> None:
        self.path = Path(query_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise QueryLocked naming the holder."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _describe(_read(fd))
            os.close(fd)
            raise QueryLocked(
                f"this query is already being run by {holder}; wait for it to "
                "finish (or stop it), then rerun to resume"
            ) from None
        except OSError as exc:
            if exc.errno not in _NO_FLOCK:
                os.close(fd)
                raise
            self._pid_file_check(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(_me()).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def _pid_file_check(self, fd: int) -> None:
        holder = _read(fd)
        if holder and holder.get("host") == socket.gethostname() and pid_alive(holder.get("pid")):
            os.close(fd)
            raise QueryLocked(
                f"this query is already being run by {_describe(holder)}; wait "
                "for it to finish (or stop it), then rerun to resume"
            )

    def __enter__(self) -> QueryLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _me() -> dict[str, object]:
    return {"pid": os.getpid(), "host": socket.gethostname(), "since": time.strftime("%Y-%m-%d %H:%M:%S %Z")}


def _read(fd: int) -> dict[str, object]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
        if isinstance(data, dict):
            return data
    return {}


def _describe(holder: dict[str, object]) -> str:
    if not holder:
        return "another process"
    return f"process {holder.get('pid')} on {holder.get('host')} (since {holder.get('since')})"


def pid_alive(pid: object) -> bool:
    """A process of that id exists on this host (ours or another user's)."""
    if not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
