"""The run record (events.jsonl + run.log in the query folder) and `slrk status`.

The record and status across a SIGKILL and a resume are checked with the real CLI in
test_engine_resilience's kill test, which also compares the output with an undisturbed run's."""

from __future__ import annotations

import time

import pytest

from slrk_tui import events as ev
from slrk_tui.engine.runlog import EVENTS_FILE, LOG_FILE, RunLog, iter_events
from slrk_tui.engine.state import QueryState

from helpers.cli import slrk_status


def test_record_appends_and_mends_a_torn_line(tmp_path):
    log = RunLog(tmp_path)
    log.write(ev.RunStarted("q", str(tmp_path), "detector"))
    log.write(ev.Warning("a.zip", "bad zip"))
    log.close()
    with open(tmp_path / EVENTS_FILE, "a") as fh:
        fh.write('{"event": "BatchProg')  # what a SIGKILL mid-write leaves
    log = RunLog(tmp_path)  # the resume
    log.write(ev.RunStarted("q", str(tmp_path), "detector"))
    log.traceback("Traceback (most recent call last):\nValueError: boom\n")
    log.write(ev.RunFinished(0, "done", "all good", ""))
    log.close()
    events = list(iter_events(tmp_path / EVENTS_FILE))
    kinds = [e["event"] if e else None for e in events]
    assert kinds == ["RunStarted", "Warning", None, "RunStarted", "RunFinished"]
    skipped = [e["event"] if e else None for e in iter_events(tmp_path / EVENTS_FILE, ("Warning",))]
    assert skipped == ["RunStarted", None, "RunStarted", "RunFinished"]
    text = (tmp_path / LOG_FILE).read_text()
    assert text.count("query q ->") == 2
    assert "warning: a.zip: bad zip" in text
    assert "ValueError: boom" in text and "done: all good" in text


def test_status_of_a_finished_query_without_a_process(tmp_path):
    state = QueryState(tmp_path / "state.sqlite")
    state.set_meta(status="done_with_problems", pid=None, units_total=2, updated_at=time.time())
    for unit, images, faces in (("u1", 3, 1), ("u2", 4, 0)):
        state.record_unit(
            unit,
            "0042",
            [f"{unit}.zip"],
            {"images": images, "faces": faces, "withheld": [["k", "img.jpg", "no check"]]},
        )
    state.close()
    log = RunLog(tmp_path)
    log.write(ev.RunStarted("q", str(tmp_path), "detector"))
    log.write(ev.Warning("x.zip", "empty object (0 bytes)"))
    log.write(ev.RunFinished(3, "done_with_problems", "7 images", str(tmp_path / "report.json")))
    log.close()
    out = slrk_status(tmp_path)
    assert out.returncode == 0, out.stderr
    assert "status: done_with_problems" in out.stdout
    assert "units: 2/2 done (100%)" in out.stdout
    assert "images: 7 written, 1 face(s) redacted, 2 withheld" in out.stdout
    assert "warning: x.zip: empty object (0 bytes)" in out.stdout


def test_status_of_a_folder_that_is_no_query(tmp_path):
    out = slrk_status(tmp_path)
    assert out.returncode == 2
    assert "not a query folder" in out.stderr


@pytest.mark.slow
def test_internal_error_traceback_lands_in_run_log(s3_server, tmp_path, monkeypatch):
    import datetime as dt

    from slrk_tui.cli import run_headless
    from slrk_tui.config import RunConfig, S3Settings
    from slrk_tui.engine import run as engine_run
    from slrk_tui.engine.s3 import Credentials

    from helpers.pilot import BUCKET, P2762_V11

    def broken(*_args):
        raise RuntimeError("plotting exploded")

    monkeypatch.setattr(engine_run, "write_participation", broken)
    cfg = RunConfig(
        bucket=BUCKET,
        prefixes=(P2762_V11,),
        start=dt.date(2026, 9, 1),
        end=dt.date(2026, 9, 1),
        date_basis="upload",
        out=tmp_path,
        query_id="q",
        processors=1,
        s3=S3Settings(endpoint_url=s3_server.endpoint_url, region="us-east-1"),
    ).validated()
    code = run_headless(cfg, credentials=Credentials(s3_server.access_key, s3_server.secret_key))
    assert code == 1
    log = (tmp_path / "q" / LOG_FILE).read_text()
    assert "Traceback (most recent call last)" in log and "RuntimeError: plotting exploded" in log
    last = [e for e in iter_events(tmp_path / "q" / EVENTS_FILE)][-1]
    assert last["event"] == "RunFinished" and last["status"] == "failed"
    assert "plotting exploded" in slrk_status(tmp_path / "q").stdout
