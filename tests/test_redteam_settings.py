"""Settings `slrk run` cannot work with, from the command line or the config file, and `--events`
paths that would land on slrk's own files: each is a usage error (exit 2) that names the option
(or the file and key) before anything is written, never a run that fails with exit 1 ("rerun to
resume") or an event log written into the query's own record or state."""

from __future__ import annotations

from pathlib import Path

import pytest

from slrk_tui import cli

PREFIX = "academia/tenant/t/panel/p/V_1/panelist/0042/"


def run(out: Path, *extra: str) -> int:
    return cli.main(
        [
            *("run", "--prefix", PREFIX, "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1"),
            *("--out", str(out), "--query-id", "q", *extra),
        ]
    )


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--endpoint-url", "localhost:9000"),
        ("--endpoint-url", "ftp://files.lab:21"),
        ("--endpoint-url", "http://"),
        ("--endpoint-url", "http://host:port"),
        ("--region", "us east 1"),
        ("--region", "eu-west-1/"),
    ],
)
def test_an_endpoint_or_region_boto_would_refuse_is_a_usage_error(tmp_path, capsys, option, value):
    code = run(tmp_path / "out", option, value)
    err = capsys.readouterr().err
    assert code == 2, err
    assert option in err and value in err and "Internal error" not in err
    assert not (tmp_path / "out").exists()  # nothing was started


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('scheduler = "nowhere"\n', "scheduler = 'nowhere'"),
        ('scheduler = "local:0"\n', "scheduler = 'local:0'"),
        ('endpoint_url = "localhost:9000"\n', "endpoint_url = 'localhost:9000'"),
        ('region = "us east"\n', "region = 'us east'"),
    ],
)
def test_a_file_value_run_would_refuse_stops_every_command_naming_file_and_key(
    tmp_path, monkeypatch, capsys, text, named
):
    config = tmp_path / "config.toml"
    config.write_text(text)
    monkeypatch.setenv("SLRK_CONFIG", str(config))
    assert cli.main(["config"]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and named in err, err
    assert cli.main(["run", "--prefix", PREFIX, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and named in err, err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "where",
    [
        "out",  # the output folder itself, not made yet: a file there would stop the run
        "out/q/events.jsonl",  # the engine's own record: every event twice, two runs counted
        "out/q/run.log",
        "out/q/state.sqlite",  # JSON appended to the state database
        "out/q/combined/panelists/0042/metadata/screenshot_data-consolidated.csv",
    ],
)
def test_events_on_slrks_own_output_is_refused(tmp_path, capsys, where):
    code = run(tmp_path / "out", "--events", str(tmp_path / where))
    err = capsys.readouterr().err
    assert code == 2, err
    assert "--events" in err and "Internal error" not in err
    assert not (tmp_path / "out").exists()  # nothing written, not even the events file


def test_events_beside_the_query_is_fine_and_its_folder_is_made(tmp_path, capsys):
    """The check refuses only slrk's own paths: a new folder next to the output is made."""
    events = tmp_path / "logs" / "new" / "run.jsonl"
    code = run(tmp_path / "out", "--events", str(events))
    assert code == 1  # nothing listens on the endpoint: a fatal, resumable run
    assert events.is_file() and '"event": "RunFinished"' in events.read_text()
    capsys.readouterr()
