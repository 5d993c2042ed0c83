"""The user's config file: their defaults for every run setting, and their keys.

`~/.config/slrk-tui/config.toml` on Linux (the platform's config folder, from platformdirs;
`SLRK_CONFIG=/path/to/file.toml` points elsewhere). Command-line options win over the file, the
file wins over the built-in defaults. A bad file is an error that names the file and the key:
a typo must not silently run with a default the user thought they had changed.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from slrk_tui.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_BUCKET,
    DEFAULT_LAG_DAYS,
    DEFAULT_PROCESSORS,
    SETTING_RULES,
    ConfigError,
    RunConfig,
    S3Settings,
)

CONFIG_ENV = "SLRK_CONFIG"
APP_NAME = "slrk-tui"


@dataclass(frozen=True)
class Setting:
    """One key of the file: its type, built-in default (None: unset), what it means, and for
    an unset one an example for the template."""

    name: str
    type: type
    default: object
    doc: str
    example: str = ""


SETTINGS: tuple[Setting, ...] = (
    Setting("bucket", str, DEFAULT_BUCKET, "the bucket holding the uploads"),
    Setting("profile", str, None, "AWS profile (unset: the standard chain: env, SSO, role)", "research"),
    Setting("region", str, None, "AWS region (unset: the profile's, else us-east-1)", "us-east-2"),
    Setting("endpoint_url", str, None, "S3-compatible endpoint (unset: AWS)", "http://localhost:9000"),
    Setting("out", str, ".", "output folder (~ is expanded)"),
    Setting("processors", int, DEFAULT_PROCESSORS, "worker processes, capped at the CPU count"),
    Setting("batch_size", int, DEFAULT_BATCH_SIZE, "zips per batch"),
    Setting(
        "lag_days",
        int,
        DEFAULT_LAG_DAYS,
        "capture basis: also read zips uploaded this many days after the end",
    ),
    Setting("tz", str, "UTC", "timezone of the days, e.g. America/Chicago"),
    Setting("date_basis", str, "capture", "capture or upload"),
    Setting("redaction", str, "black", "black, blur or pixelate"),
    Setting(
        "scheduler",
        str,
        None,
        "run units on a Dask cluster: tcp://host:8786, local or local:N (unset: this machine's pool)",
        "tcp://10.0.0.5:8786",
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}


def cache_dir() -> Path:
    """The one folder slrk writes outside a query folder: the demo study, matplotlib's font
    cache (`~/.cache/slrk-tui` on Linux)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    """Where the file is read from: $SLRK_CONFIG, else the platform's user config folder."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


@dataclass(frozen=True)
class UserConfig:
    """What the file set (validated), and where it is."""

    path: Path
    exists: bool
    values: dict[str, Any] = field(default_factory=dict)
    keymap: dict[str, str] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        """The file's value, else the built-in default."""
        return self.values.get(name, BY_NAME[name].default)

    def run_defaults(self, base: RunConfig | None = None) -> RunConfig:
        """`base` (a fresh RunConfig by default) with the file's values applied."""
        cfg = base or RunConfig()
        run_fields = {
            k: v for k, v in self.values.items() if k not in {"profile", "region", "endpoint_url", "out"}
        }
        s3 = S3Settings(
            endpoint_url=self.value("endpoint_url"),
            profile=self.value("profile"),
            region=self.value("region"),
        )
        return replace(cfg, **run_fields, s3=s3, out=Path(self.value("out")).expanduser())


def load(path: Path | None = None) -> UserConfig:
    """Read and check the file (a missing file is fine: every default stays built in)."""
    path = config_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return UserConfig(path, exists=False)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    keymap = data.pop("keymap", {})
    if not isinstance(keymap, dict):
        raise ConfigError(f'{path}: keymap: must be a table ([keymap]) of binding id = "keys"')
    for binding_id, keys in keymap.items():
        if not isinstance(keys, str) or not keys.strip():
            raise ConfigError(f'{path}: keymap.{binding_id}: must be a key string, e.g. "ctrl+r"')
    values = {name: _checked(path, name, value) for name, value in data.items()}
    return UserConfig(path, exists=True, values=values, keymap=dict(keymap))


def _checked(path: Path, name: str, value: object) -> object:
    setting = BY_NAME.get(name)
    if setting is None:
        known = ", ".join(BY_NAME) + ", [keymap]"
        raise ConfigError(f"{path}: {name}: unknown setting (known: {known})")
    # bool is an int in Python, but `processors = true` is a mistake, not 1.
    if not isinstance(value, setting.type) or isinstance(value, bool):
        raise ConfigError(f"{path}: {name} = {value!r}: must be a {setting.type.__name__}")
    rule = SETTING_RULES.get(name)
    reason = rule(value) if rule is not None else None
    if reason is None and isinstance(value, str) and not value.strip():
        reason = "must not be empty (leave the key out for the default)"
    if reason is not None:
        raise ConfigError(f"{path}: {name} = {value!r}: {reason}")
    return value


def template() -> str:
    """A commented file with every setting at its built-in default (what `slrk config --init`
    writes): uncomment a line to change it."""
    lines = [
        "# slrk-tui settings. Command-line options win over these; delete a line for the",
        "# built-in default. `slrk config` shows what is in effect and where it came from.",
        "",
    ]
    for s in SETTINGS:
        value = s.default if s.default is not None else s.example
        lines += [f"# {s.doc}", f"# {s.name} = {toml_value(value)}", ""]
    lines += [
        '# Keys: binding id = "key[,key]" (`slrk config` lists every id and its key).',
        "[keymap]",
        '# "tree.select" = "x"',
        "",
    ]
    return "\n".join(lines)


def toml_value(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)
