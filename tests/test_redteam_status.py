"""`slrk status` on run records that are not what a clean run writes: a line that is JSON but not
a whole event (a hand-edited or damaged file, a record from another version), a state.sqlite
that is no database. The status is still printed, the odd lines counted, never a traceback."""

from __future__ import annotations

import time

import pytest

from slrk_tui import cli
from slrk_tui import events as ev
from slrk_tui.engine.runlog import EVENTS_FILE, RunLog
from slrk_tui.engine.state import QueryState


def _finished_query(folder) -> None:
    state = QueryState(folder / "state.sqlite")
    state.set_meta(status="done", pid=None, units_total=1, updated_at=time.time())
    state.record_unit("u1", "0042", ["u1.zip"], {"images": 5, "faces": 2, "withheld": []})
    state.close()
    log = RunLog(folder)
    log.write(ev.RunStarted("q", str(folder), "detector"))
    log.write(ev.RunPlanned(1, 1, 10, 1, 0, 0))
    log.write(ev.BatchStarted(1, 1, 10, ("0042",)))
    log.write(ev.Warning("x.zip", "empty object (0 bytes)"))
    log.write(ev.RunFinished(0, "done", "5 images", str(folder / "report.json")))
    log.close()


@pytest.mark.parametrize(
    "line",
    [
        '{"event": "BatchStarted", "batch": 9}',
        '{"event": "BatchProgressed", "batch": 1}',
        '{"event": "BatchFinished"}',
        '{"event": "Warning", "key": "y.zip"}',
        '{"event": "Error"}',
        '{"event": "RunPlanned", "at": 1}',
        '{"event": "RunFinished", "at": 1}',
        '{"event": "Warning", "key": ["a"], "reason": {"b": 1}}',
        '{"event": "BatchStarted", "batch": [1], "zips": 2}',
        '{"event": "RunStarted", "at": "yesterday"}',
        '{"event": 7}',
    ],
)
def test_a_line_that_is_no_whole_event_is_skipped_and_counted(tmp_path, capsys, line):
    _finished_query(tmp_path)
    with open(tmp_path / EVENTS_FILE, "a") as fh:
        fh.write(line + "\n")
    assert cli.main(["status", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "units: 1/1 done (100%)" in out
    assert "images: 5 written, 2 face(s) redacted, 0 withheld" in out
    assert "warning: x.zip: empty object (0 bytes)" in out
    assert f"1 incomplete line(s) in {EVENTS_FILE} skipped" in out


def test_a_state_file_that_is_no_database_is_named(tmp_path, capsys):
    _finished_query(tmp_path)
    (tmp_path / "state.sqlite").write_bytes(b"not a database at all" * 100)
    assert cli.main(["status", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "state.sqlite" in err and "Traceback" not in err
