"""The real `slrk run` as the tests drive it: a child process talking to a local S3 server with
that server's throwaway keys (the standard AWS chain, as a user's shell would give them)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def slrk_run_cmd(endpoint: str, out: Path, *options: str) -> list[str]:
    """`python -m slrk_tui run` against ``endpoint`` writing under ``out``; ``options`` pick the
    bucket, prefixes, dates and knobs."""
    return [sys.executable, "-m", "slrk_tui", "run", "--endpoint-url", endpoint,
            "--region", "us-east-1", "--out", str(out), *options]  # fmt: skip


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
