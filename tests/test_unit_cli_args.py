"""cli.py in-process: a usage mistake exits 2 with a message naming the option and starts
nothing; good arguments reach the engine as the RunConfig they describe."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from slrk_tui import cli
from slrk_tui.config import RunConfig

PREFIX = "academia/tenant/t1_one"


@pytest.fixture()
def runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[RunConfig, Path | None, bool]]:
    """Replaces the engine: records what would have run (config, events file, retry_failed)."""
    calls: list[tuple[RunConfig, Path | None, bool]] = []

    def fake_run(
        cfg: RunConfig, events_path: Path | None = None, credentials=None, retry_failed: bool = False
    ) -> int:
        calls.append((cfg, events_path, retry_failed))
        return 0

    monkeypatch.setattr(cli, "run_headless", fake_run)
    return calls


def run_args(*extra: str) -> list[str]:
    return ["run", "--prefix", PREFIX, *extra]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (run_args("--start", "2026-13-01"), "--start"),
        (run_args("--end", "tomorrow"), "--end"),
        (run_args("--start", "2026-09-02", "--end", "2026-09-01"), "--start"),
        (run_args("--tz", "Mars/Olympus"), "--tz"),
        (run_args("--batch-size", "0"), "--batch-size"),
        (run_args("--processors", "-2"), "--processors"),
        (run_args("--lag-days", "-1"), "--lag-days"),
        (run_args("--bucket", "a/b"), "--bucket"),
        (run_args("--query-id", "../x"), "--query-id"),
    ],
)
def test_a_bad_value_exits_2_naming_the_option_and_runs_nothing(
    args: list[str], option: str, runs, capsys: pytest.CaptureFixture
) -> None:
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("slrk run: error: " + option), err
    assert runs == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["run"], "--prefix"),  # required
        (run_args("--redaction", "sepia"), "--redaction"),
        (run_args("--date-basis", "download"), "--date-basis"),
        (run_args("--batch-size", "many"), "--batch-size"),
        (run_args("--no-such-option"), "--no-such-option"),
    ],
)
def test_argparse_refusals_exit_2_with_usage(
    args: list[str], words: str, runs, capsys: pytest.CaptureFixture
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: slrk") and words in err
    assert runs == []


def test_an_unknown_command_exits_2(capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["rnu"]) == 2
    assert "unknown command 'rnu'" in capsys.readouterr().err


def test_an_events_file_that_cannot_be_written_is_refused_before_running(
    tmp_path: Path, runs, capsys: pytest.CaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert cli.main(run_args("--events", str(blocker / "events.jsonl"))) == 2
    assert capsys.readouterr().err.startswith("slrk run: error: --events")
    assert runs == []


def test_good_arguments_reach_the_engine_as_they_were_meant(tmp_path: Path, runs) -> None:
    events = tmp_path / "logs" / "events.jsonl"
    code = cli.main(
        run_args(
            "--prefix",
            "academia/tenant/t2_two/",
            "--start",
            "2026-09-01",
            "--end",
            "2026-09-03",
            "--tz",
            "America/Chicago",
            "--date-basis",
            "upload",
            "--redaction",
            "blur",
            "--batch-size",
            "5",
            "--processors",
            "1",
            "--lag-days",
            "0",
            "--out",
            str(tmp_path),
            "--endpoint-url",
            "http://127.0.0.1:9000",
            "--region",
            "us-east-1",
            "--events",
            str(events),
        )
    )
    assert code == 0
    [(cfg, events_path, _)] = runs
    assert cfg.prefixes == ("academia/tenant/t1_one/", "academia/tenant/t2_two/")
    assert (cfg.start, cfg.end, cfg.tz) == (dt.date(2026, 9, 1), dt.date(2026, 9, 3), "America/Chicago")
    assert (cfg.date_basis, cfg.redaction, cfg.batch_size, cfg.processors, cfg.lag_days) == (
        "upload",
        "blur",
        5,
        1,
        0,
    )
    assert cfg.out == tmp_path and cfg.s3.endpoint_url == "http://127.0.0.1:9000"
    assert cfg.s3.region == "us-east-1" and cfg.s3.profile is None
    assert events_path == events and events.parent.is_dir()


def test_retry_failed_reaches_the_engine_only_when_asked(runs) -> None:
    assert cli.main(run_args()) == 0
    assert cli.main(run_args("--retry-failed")) == 0
    assert [retry for _, _, retry in runs] == [False, True]


def test_defaults_are_the_last_year_up_to_today_on_the_capture_basis(runs) -> None:
    assert cli.main(run_args()) == 0
    [(cfg, _, _)] = runs
    today = dt.date.today()
    assert cfg.end == today and cfg.start == today - dt.timedelta(days=365)
    assert (cfg.tz, cfg.date_basis, cfg.redaction) == ("UTC", "capture", "black")


def test_version_and_help_exit_0(capsys: pytest.CaptureFixture) -> None:
    for args in (["--version"], ["--help"], ["run", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            cli.main(args)
        assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "slrk-tui" in out and "Exit codes" in out


@pytest.mark.slow
def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path) -> None:
    """`slrk config | head -1`: the reader closes the pipe before slrk has written; slrk ends
    quietly (exit 0, no BrokenPipeError traceback on stderr)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "slrk_tui", "config"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
