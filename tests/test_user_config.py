"""The user's config file: where it is, what `slrk config` shows, defaults for `slrk run` and
the app (command-line options win), keymaps, and a clear exit 2 for a bad file."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input

from slrk_tui import cli, user_config
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.connect import ConnectScreen
from slrk_tui.tui.screens.help import HelpScreen

FILE = """
bucket = "lab-uploads"
profile = "research"
region = "eu-west-1"
endpoint_url = "http://localhost:9000"
out = "~/slrk-out"
processors = 1
batch_size = 7
lag_days = 2
tz = "America/Chicago"
date_basis = "upload"
redaction = "blur"

[keymap]
"app.help" = "f2"
"""


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("SLRK_CONFIG", str(path))
    return path


def run_config(*argv: str):
    ns = cli._parser().parse_args(["run", "--prefix", "a/", *argv])
    return cli.config_from_args(ns, user_config.load())


def test_platform_folder_when_no_override(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SLRK_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert user_config.config_path() == tmp_path / "slrk-tui" / "config.toml"
    assert user_config.config_path().name == "config.toml"


def test_no_file_means_built_in_defaults(config_file: Path, capsys) -> None:
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    assert str(config_file) in out and "not found" in out and "(from $SLRK_CONFIG)" in out
    assert "config file " not in out.split("settings in effect")[1]  # every value built in
    assert run_config() == run_config()  # stable
    cfg = run_config()
    assert (cfg.bucket, cfg.batch_size, cfg.tz, cfg.redaction, cfg.out) == (
        "screenlake-zip-prod",
        25,
        "UTC",
        "black",
        Path("."),
    )


def test_file_sets_every_default_and_options_win(config_file: Path, capsys) -> None:
    config_file.parent.mkdir()
    config_file.write_text(FILE)
    cfg = run_config()
    assert (cfg.bucket, cfg.s3.profile, cfg.s3.region, cfg.s3.endpoint_url) == (
        "lab-uploads",
        "research",
        "eu-west-1",
        "http://localhost:9000",
    )
    assert cfg.out == Path.home() / "slrk-out"
    assert (cfg.processors, cfg.batch_size, cfg.lag_days) == (1, 7, 2)
    assert (cfg.tz, cfg.date_basis, cfg.redaction) == ("America/Chicago", "upload", "blur")
    given = run_config(
        "--bucket",
        "other",
        "--batch-size",
        "3",
        "--tz",
        "UTC",
        "--redaction",
        "black",
        "--profile",
        "p2",
        "--out",
        "/tmp/o",
        "--lag-days",
        "0",
        "--date-basis",
        "capture",
    )
    assert (
        given.bucket,
        given.batch_size,
        given.tz,
        given.redaction,
        given.s3.profile,
        given.out,
        given.lag_days,
        given.date_basis,
    ) == ("other", 3, "UTC", "black", "p2", Path("/tmp/o"), 0, "capture")
    assert given.s3.region == "eu-west-1"  # not given: still the file's
    assert cli.main(["config"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = {line.split()[0]: line for line in lines if " = " in line}
    assert '"lab-uploads"' in row["bucket"] and "config file" in row["bucket"]
    assert "config file" in row["redaction"] and "built-in" not in row["redaction"]
    assert '"f2"' in row["app.help"] and "default f1" in row["app.help"]
    assert "built-in" in row["tree.select"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('bucket = "a"\nbatchsize = 3\n', "batchsize: unknown setting"),
        ('processors = "four"\n', "processors = 'four': must be a int"),
        ("processors = true\n", "processors = True: must be a int"),
        ('tz = "Mars/Base"\n', "tz = 'Mars/Base': not a timezone name"),
        ('redaction = "smudge"\n', "redaction = 'smudge': use one of black, blur, pixelate"),
        ("batch_size = 0\n", "batch_size = 0: must be at least 1"),
        ('profile = ""\n', "profile = '': must not be empty"),
        ("bucket = \n", "not valid TOML"),
        ('[keymap]\n"app.help" = 3\n', "keymap.app.help: must be a key string"),
    ],
)
def test_a_bad_file_stops_run_with_its_name_and_key(config_file: Path, capsys, text: str, named: str) -> None:
    config_file.parent.mkdir()
    config_file.write_text(text)
    code = cli.main(["run", "--prefix", "a/", "--out", str(config_file.parent / "never")])
    err = capsys.readouterr().err
    assert code == 2
    assert str(config_file) in err and named in err, err
    assert not (config_file.parent / "never").exists()  # nothing ran
    assert cli.main(["config"]) == 2
    assert named in capsys.readouterr().err


def test_unknown_binding_id_is_named(config_file: Path, capsys) -> None:
    config_file.parent.mkdir()
    config_file.write_text('[keymap]\n"tree.selcet" = "x"\n')
    assert cli.main(["config"]) == 2
    err = capsys.readouterr().err
    assert "keymap.tree.selcet: no such key binding" in err and "tree.select" in err


def test_init_writes_every_default_once(config_file: Path, capsys) -> None:
    assert cli.main(["config", "--init"]) == 0
    text = config_file.read_text()
    assert tomllib.loads(text) == {"keymap": {}}  # all commented out: built-in defaults
    for s in user_config.SETTINGS:
        assert f"# {s.name} = " in text
    # Uncommenting every setting line gives a valid file with the built-in values.
    names = tuple(f"# {s.name} = " for s in user_config.SETTINGS)
    uncommented = "\n".join(line[2:] if line.startswith(names) else line for line in text.splitlines())
    config_file.write_text(uncommented)
    values = user_config.load().values
    assert set(values) == {s.name for s in user_config.SETTINGS}
    assert all(values[s.name] == s.default for s in user_config.SETTINGS if s.default is not None)
    assert cli.main(["config", "--init"]) == 2  # never overwrites
    assert config_file.read_text() == uncommented


async def test_app_takes_its_defaults_and_keys_from_the_file(config_file: Path) -> None:
    config_file.parent.mkdir()
    config_file.write_text(FILE)
    user = user_config.load()
    app = SlrkApp(user.run_defaults(), keymap=user.keymap)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConnectScreen)
        assert app.screen.query_one("#bucket", Input).value == "lab-uploads"
        assert app.screen.query_one("#endpoint", Input).value == "http://localhost:9000"
        app.screen.query_one("#bucket", Input).blur()
        await pilot.press("f1")  # remapped away
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def test_a_scheduler_in_the_file_reaches_slrk_run_and_the_app(config_file: Path, monkeypatch) -> None:
    """The cluster is a setting like any other: the file's scheduler is used by `slrk run` (an
    option wins) and by the app, which then lets the engine open the cluster instead of handing it
    a local pool."""
    pytest.importorskip("distributed")
    config_file.parent.mkdir(parents=True)
    config_file.write_text('scheduler = "tcp://10.0.0.5:8786"\n')
    assert run_config().scheduler == "tcp://10.0.0.5:8786"
    assert run_config("--scheduler", "local:2").scheduler == "local:2"
    app_config = user_config.load().run_defaults()
    assert app_config.scheduler == "tcp://10.0.0.5:8786"
    app = SlrkApp(app_config)
    started: list[object] = []

    class FakeRun:
        def __init__(self, config, executor, credentials) -> None:
            started.append(executor)

        def start(self):
            return self

    import slrk_tui.tui.app as app_module

    monkeypatch.setattr(app_module, "EngineRun", FakeRun)
    monkeypatch.setattr(app_module, "RunScreen", lambda engine: None)
    monkeypatch.setattr(app, "push_screen", lambda *a, **k: None)
    app.start_run(app_config)
    assert started == [None]  # no local pool: the engine opens the cluster the config names
