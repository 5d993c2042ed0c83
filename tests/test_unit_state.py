"""engine/state.py: what a run records survives closing and reopening (that is what resume reads),
query.json gives back the same query, and the resume list shows earlier queries truthfully."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import asdict, replace
from pathlib import Path

from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine.state import QueryState, list_queries, load_query, save_query
from slrk_tui.engine.worker import UnitResult

CFG = RunConfig(
    bucket="study",
    prefixes=("academia/tenant/t1/",),
    start=dt.date(2026, 9, 1),
    end=dt.date(2026, 9, 2),
    tz="America/Chicago",
    date_basis="upload",
    out=Path("/data/out"),
    batch_size=7,
    processors=1,
    redaction="pixelate",
    lag_days=2,
    s3=S3Settings(endpoint_url="http://127.0.0.1:9000", profile="lab", region="eu-west-1"),
)


def result(unit: str, images: list[str]) -> dict:
    return asdict(
        UnitResult(
            unit,
            "0042",
            images=len(images),
            written=images,
            redacted=[(images[0], 2)],
            withheld=[("k.zip", "bad.jpg", "not a JPEG")],
            rows={"screenshot_data": 3},
            problems=[("k.zip", "entry 'x' skipped")],
        )
    )


def test_recorded_units_survive_a_reopen(tmp_path: Path) -> None:
    db = tmp_path / "q" / "state.sqlite"
    state = QueryState(db)
    state.record_unit("u2", "0042", ["b.zip"], result("u2", ["b.jpg"]))
    state.record_unit("u1", "0042", ["a.zip", "a2.zip"], result("u1", ["a.jpg", "c.jpg"]))
    state.record_consolidated("0042", "screenshot_data", 6)
    state.set_meta(status="running", units_total=5, pid=123, note=None)
    state.close()

    again = QueryState(db)
    assert again.done_units() == {"u1", "u2"}
    rows = again.unit_results()
    assert [(u, f, keys) for u, f, keys, _ in rows] == [
        ("u1", "0042", ["a.zip", "a2.zip"]),
        ("u2", "0042", ["b.zip"]),
    ]
    # JSON turns tuples into lists: the report reads them as sequences
    assert rows[0][3]["redacted"] == [["a.jpg", 2]] and rows[0][3]["written"] == ["a.jpg", "c.jpg"]
    assert again.consolidated() == {"0042": {"screenshot_data": 6}}
    assert again.meta() == {"status": "running", "units_total": 5, "pid": 123, "note": None}
    again.close()


def test_a_unit_recorded_twice_is_one_unit_with_the_last_result(tmp_path: Path) -> None:
    state = QueryState(tmp_path / "state.sqlite")
    state.record_unit("u1", "0042", ["a.zip"], result("u1", ["old.jpg"]))
    state.record_unit("u1", "0042", ["a.zip"], result("u1", ["new.jpg"]))
    state.record_consolidated("0042", "session_data", 1)
    state.record_consolidated("0042", "session_data", 4)
    assert [r[3]["written"] for r in state.unit_results()] == [["new.jpg"]]
    assert state.consolidated() == {"0042": {"session_data": 4}}
    state.close()


def test_a_unit_is_durable_once_recorded_even_if_the_process_dies(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    code = (
        "import sys, os; from pathlib import Path; from slrk_tui.engine.state import QueryState; "
        "s = QueryState(Path(sys.argv[1])); s.record_unit('u1', '0042', ['a.zip'], {}); os._exit(9)"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    reopened = QueryState(db)
    assert reopened.done_units() == {"u1"}
    reopened.close()


def test_query_json_gives_back_the_same_query(tmp_path: Path) -> None:
    path = tmp_path / "q" / "query.json"
    save_query(path, CFG)
    loaded = load_query(path)
    assert loaded == replace(CFG, query_id=CFG.resolved_query_id)
    assert loaded.resolved_query_id == CFG.resolved_query_id
    assert not list(path.parent.glob("*.tmp"))


def _query(out: Path, name: str, **meta: object) -> Path:
    qdir = out / name
    save_query(qdir / "query.json", replace(CFG, query_id=name))
    state = QueryState(qdir / "state.sqlite")
    state.set_meta(**meta)
    state.close()
    return qdir


def test_earlier_queries_are_listed_newest_first_and_broken_ones_left_out(tmp_path: Path) -> None:
    _query(tmp_path, "q_old", status="done", units_done=4, units_total=4, updated_at=100.0)
    _query(tmp_path, "q_new", status="cancelled", units_done=1, units_total=4, updated_at=200.0)
    broken = _query(tmp_path, "q_broken", status="done", updated_at=300.0)
    (broken / "query.json").write_text("{not json")
    (tmp_path / "q_half").mkdir()  # a folder without state
    (tmp_path / "q_half" / "query.json").write_text(json.dumps(CFG.to_json()))
    (tmp_path / "stray-file").write_text("")
    found = list_queries(tmp_path)
    assert [(q.query_id, q.status, q.zips_done, q.zips_total) for q in found] == [
        ("q_new", "cancelled", 1, 4),
        ("q_old", "done", 4, 4),
    ]
    assert found[0].config.redaction == "pixelate"
    assert list_queries(tmp_path / "missing") == []


def test_a_running_query_whose_process_is_gone_is_interrupted(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    _query(tmp_path, "q_dead", status="running", pid=int(dead.stdout), updated_at=1.0)
    _query(tmp_path, "q_live", status="running", pid=os.getpid(), updated_at=2.0)
    status = {q.query_id: q.status for q in list_queries(tmp_path)}
    assert status == {"q_dead": "interrupted", "q_live": "running"}
