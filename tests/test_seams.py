"""Seams a newcomer relies on: one durable atomic write, key rules without boto3."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slrk_tui import atomic
from slrk_tui.config import RunConfig
from slrk_tui.engine.consolidate import consolidate
from slrk_tui.engine.keys import is_noise_key, is_zip_key, role_of
from slrk_tui.engine.report import write_report
from slrk_tui.engine.staging import StagedPart, read_staged, write_staged
from slrk_tui.engine.state import load_query, save_query


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_fsyncs_file_then_renames_then_fsyncs_folder(tmp_path: Path, monkeypatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync-dir" if os.path.isdir(f"/proc/self/fd/{fd}") else "fsync-file")
        real_fsync(fd)

    def replace(src, dst) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "out" / "a.json"
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    assert calls == ["fsync-file", "replace", "fsync-dir"]
    assert leftovers(target.parent) == []


def test_a_write_cut_short_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_open(target) as fh:
        fh.write("half of the new")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_sweep_removes_only_temps_of_atomic_writes(tmp_path: Path) -> None:
    crashed = atomic.temp_path(tmp_path / "x-consolidated.csv")
    crashed.write_text("torn")
    keep = [tmp_path / "x-consolidated.csv", tmp_path / ".hidden", tmp_path / "notes.tmp"]
    for path in keep:
        path.write_text("data")
    assert atomic.remove_stale_temps(tmp_path) == 1
    assert not crashed.exists() and all(p.exists() for p in keep)
    assert atomic.remove_stale_temps(tmp_path / "missing") == 0


@pytest.mark.parametrize("writer", ["query", "report", "staged", "consolidated"])
def test_engine_writers_are_atomic(tmp_path: Path, monkeypatch, writer: str) -> None:
    """query.json, report.json, staged parts and consolidated CSVs all go through the helper:
    when the rename fails (a crash at that moment), the previous file is intact."""
    cfg = RunConfig(prefixes=("a/",), start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2))
    part = StagedPart("screenshot_data", ["id", "text"], [["1", 'é,"x"']])
    path = (
        tmp_path
        / {
            "query": "query.json",
            "report": "report.json",
            "staged": "p.jsonl",
            "consolidated": "x-consolidated.csv",
        }[writer]
    )

    def write() -> None:
        if writer == "query":
            save_query(path, cfg)
        elif writer == "report":
            write_report(path, {"totals": {"images": 1}})
        elif writer == "staged":
            write_staged(path, part)
        else:
            consolidate(path, "screenshot_data", [part])

    write()
    before = path.read_bytes()
    if writer == "query":
        assert load_query(path).prefixes == cfg.prefixes and load_query(path).end == cfg.end
    elif writer == "report":
        assert json.loads(before)["totals"] == {"images": 1}
    elif writer == "staged":
        assert read_staged(path).rows == part.rows
    else:
        assert before.decode().splitlines()[1] == '1,"é,""x"""'

    def fail(src, dst) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="power cut"):
        write()
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_key_rules_need_no_boto3() -> None:
    code = (
        "import sys, slrk_tui.engine.keys, slrk_tui.engine.layout; "
        "sys.exit(1 if 'boto3' in sys.modules or 'botocore' in sys.modules else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    base = "academia/tenant/t1/panel/p1/V_12/panelist/0042/"
    assert is_zip_key(base + "image_zip_x.ZIP") and not is_zip_key(base + "a.csv")
    assert is_noise_key("academia/tenant/t1/data/year=2024/x.zip")
    assert not is_noise_key(base + "image_zip_x.zip")
    assert [
        role_of(p)
        for p in (
            "academia/tenant/t1/",
            "academia/tenant/t1/panel/p1/",
            "academia/tenant/t1/panel/p1/V_12/",
            base,
        )
    ] == ["tenant", "panel", "version", "panelist"]
