"""The lossless staging format between a unit and its panelist's consolidation.

Each unit stages its rows per prefix as JSON lines (exact strings, any character); the header
records the prefix and row count, so a file cut short by a crash is detected, not half-read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from slrk_tui.atomic import atomic_open

__all__ = ["StagedPart", "read_staged", "write_staged"]

_STAGED_MAGIC = "slrk-staged"
_STAGED_VERSION = 1


@dataclass
class StagedPart:
    """The rows of one prefix from one source, ready for consolidation."""

    prefix: str
    columns: list[str]
    rows: list[list[str]]


def write_staged(path: Path, part: StagedPart) -> None:
    """Write a part atomically as JSON lines (exact strings, any character, checkable length).

    JSON rather than CSV because the staging file must round-trip every string, and its header
    records the prefix and row count so a damaged file is detected instead of half-read.
    """
    head = {
        "format": _STAGED_MAGIC,
        "version": _STAGED_VERSION,
        "prefix": part.prefix,
        "columns": part.columns,
        "rows": len(part.rows),
    }
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with atomic_open(path, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as fh:
        fh.write(dumps(head) + "\n")
        fh.writelines(dumps(row) + "\n" for row in part.rows)


def read_staged(path: Path) -> StagedPart:
    """Read a file written by `write_staged`; ValueError if it is not one or is incomplete."""
    path = Path(path)
    loads = json.loads
    with open(path, encoding="utf-8", errors="surrogatepass", newline="\n") as fh:
        first = fh.readline()
        try:
            head = loads(first)
        except ValueError:
            head = None
        if not isinstance(head, dict) or head.get("format") != _STAGED_MAGIC:
            raise ValueError(f"{path}: not a slrk staged file")
        columns = head["columns"]
        rows = [loads(line) for line in fh]
    if len(rows) != head["rows"]:
        raise ValueError(f"{path}: {len(rows)} rows, header says {head['rows']}")
    return StagedPart(head["prefix"], columns, rows)
