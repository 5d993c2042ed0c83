"""The real `slrk run` as the tests drive it: a child process talking to a local S3 server with
that server's throwaway keys (the standard AWS chain, as a user's shell would give them)."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

from slrk_tui.demo.server import LocalS3Server


def slrk_run_cmd(endpoint: str, out: Path, *options: str) -> list[str]:
    """`python -m slrk_tui run` against ``endpoint`` writing under ``out``; ``options`` pick the
    bucket, prefixes, dates and knobs."""
    return [sys.executable, "-m", "slrk_tui", "run", "--endpoint-url", endpoint,
            "--region", "us-east-1", "--out", str(out), *options]  # fmt: skip


def slrk_status(query_dir: Path) -> subprocess.CompletedProcess:
    """`python -m slrk_tui status` of the query folder ``query_dir``."""
    return subprocess.run([sys.executable, "-m", "slrk_tui", "status", str(query_dir)],
                          capture_output=True, text=True, timeout=60)  # fmt: skip


def server_env(server, **extra: str) -> dict[str, str]:
    """This process's environment plus the server's keys (and ``extra`` variables)."""
    return {**os.environ, "AWS_ACCESS_KEY_ID": server.access_key,
            "AWS_SECRET_ACCESS_KEY": server.secret_key, **extra}  # fmt: skip


def output_tree(query_dir: Path) -> dict[str, bytes]:
    """Everything a user reads of a query: the combined folder and the report, by path."""
    files = {
        str(p.relative_to(query_dir)): p.read_bytes()
        for p in sorted((query_dir / "combined").rglob("*"))
        if p.is_file()
    }
    files["report.json"] = (query_dir / "report.json").read_bytes()
    return files


def zip_of(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated zip holding ``entries`` (name, bytes), in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()


def put_object(bucket_dir: Path, key: str, data: bytes, uploaded: str) -> None:
    """``data`` as the object ``key`` of the bucket folder ``bucket_dir`` (as `rclone serve s3`
    serves it), its LastModified ``uploaded`` (ISO 8601 with a zone)."""
    path = bucket_dir / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    t = dt.datetime.fromisoformat(uploaded).timestamp()
    os.utime(path, (t, t))


def run_day(s3_root: Path, out: Path, bucket: str, day: str) -> subprocess.CompletedProcess[str]:
    """`slrk run` over everything under ``academia/`` of ``bucket`` (served from ``s3_root``) for
    one ``day``, into query ``q`` of ``out``, with one worker process."""
    with LocalS3Server(s3_root) as info:
        cmd = slrk_run_cmd(info.endpoint_url, out, "--bucket", bucket, "--prefix", "academia/",
                           "--start", day, "--end", day, "--query-id", "q", "--processors", "1")  # fmt: skip
        return subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
