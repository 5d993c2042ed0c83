"""The durable state of one query (SQLite in the query folder): which units are done, with what.

A unit is recorded only after its images and staged rows are on disk, so a rerun after a crash
skips exactly the finished work and redoes the rest. Only the engine's event-loop thread writes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from slrk_tui.atomic import write_text
from slrk_tui.config import RunConfig, S3Settings, parse_date
from slrk_tui.engine.lock import pid_alive

SCHEMA = """
CREATE TABLE IF NOT EXISTS units (
    unit_id TEXT PRIMARY KEY,
    folder TEXT NOT NULL,
    keys TEXT NOT NULL,
    result TEXT NOT NULL,
    finished_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS consolidated (
    folder TEXT NOT NULL,
    prefix TEXT NOT NULL,
    rows INTEGER NOT NULL,
    PRIMARY KEY (folder, prefix)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class QueryState:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def done_units(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT unit_id FROM units")}

    def record_unit(self, unit_id: str, folder: str, keys: list[str], result: dict) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO units VALUES (?, ?, ?, ?, ?)",
            (unit_id, folder, json.dumps(keys), json.dumps(result), time.time()),
        )

    def forget_failed_units(self) -> int:
        """Make units recorded as failed pending again (``slrk run --retry-failed``)."""
        cursor = self.db.execute(
            "DELETE FROM units WHERE coalesce(json_extract(result, '$.failed'), '') != ''"
        )
        return cursor.rowcount

    def forget_units(self, unit_ids: list[str]) -> None:
        """Make these done units pending again (their output is to be written anew)."""
        self.db.executemany("DELETE FROM units WHERE unit_id = ?", [(u,) for u in unit_ids])

    def unit_results(self) -> list[tuple[str, str, list[str], dict]]:
        rows = self.db.execute("SELECT unit_id, folder, keys, result FROM units ORDER BY unit_id")
        return [(u, f, json.loads(k), json.loads(r)) for u, f, k, r in rows]

    def record_consolidated(self, folder: str, prefix: str, rows: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO consolidated VALUES (?, ?, ?)", (folder, prefix, rows))

    def consolidated(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for folder, prefix, rows in self.db.execute("SELECT folder, prefix, rows FROM consolidated"):
            out.setdefault(folder, {})[prefix] = rows
        return out

    def set_meta(self, **values: object) -> None:
        for key, value in values.items():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def meta(self) -> dict[str, object]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM meta")}


@dataclass(frozen=True)
class QueryInfo:
    query_id: str
    path: Path
    config: RunConfig
    status: str  # running | interrupted | done | done_with_problems | failed | cancelled
    zips_done: int
    zips_total: int
    updated_at: float


def save_query(path: Path, config: RunConfig) -> None:
    write_text(path, json.dumps(config.to_json(), indent=2, sort_keys=True))


def load_query(path: Path) -> RunConfig:
    data = json.loads(path.read_text())
    return RunConfig(
        bucket=data["bucket"],
        prefixes=tuple(data["prefixes"]),
        start=parse_date(data["start"], "start"),
        end=parse_date(data["end"], "end"),
        tz=data["tz"],
        date_basis=data["date_basis"],
        out=Path(data["out"]),
        query_id=data["query_id"],
        batch_size=int(data["batch_size"]),
        processors=int(data["processors"]),
        redaction=data["redaction"],
        lag_days=int(data["lag_days"]),
        s3=S3Settings(**data.get("s3", {})),
    )


def list_queries(out: Path) -> list[QueryInfo]:
    """Earlier queries under an output folder, newest first, for the resume screen."""
    found: list[QueryInfo] = []
    if not out.is_dir():
        return found
    for qdir in out.iterdir():
        qfile, dbfile = qdir / "query.json", qdir / "state.sqlite"
        if not (qfile.is_file() and dbfile.is_file()):
            continue
        try:
            config = load_query(qfile)
            state = QueryState(dbfile)
            meta = state.meta()
            done = len(state.done_units())
            state.close()
        except (OSError, ValueError, KeyError, sqlite3.Error):
            continue
        status = str(meta.get("status", "interrupted"))
        if status == "running" and not pid_alive(meta.get("pid")):
            status = "interrupted"
        found.append(
            QueryInfo(
                qdir.name,
                qdir,
                config,
                status,
                int(_number(meta.get("units_done", done))),
                int(_number(meta.get("units_total"))),
                _number(meta.get("updated_at")),
            )
        )
    return sorted(found, key=lambda q: q.updated_at, reverse=True)


def _number(value: object) -> float:
    """A count or a time from the meta table (JSON), 0 when absent or not a number."""
    return float(value) if isinstance(value, int | float) else 0.0
