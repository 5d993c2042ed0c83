"""What a run is asked to do: one dataclass that the CLI, the TUI and the tests all build.

Validation lives here so every front end gives the same message for the same mistake.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytz

DEFAULT_BUCKET = "screenlake-zip-prod"
DEFAULT_BATCH_SIZE = 25
DEFAULT_PROCESSORS = 4
DEFAULT_LAG_DAYS = 7
REDACTION_MODES = ("black", "blur", "pixelate")
DATE_BASES = ("capture", "upload")


class ConfigError(ValueError):
    """A setting that cannot work; the message names the setting and the reason."""


def _tz_reason(tz: str) -> str | None:
    return None if tz in pytz.all_timezones_set else "not a timezone name (e.g. UTC, America/Chicago)"


def _at_least(low: int) -> Callable[[int], str | None]:
    return lambda n: None if n >= low else ("must be 0 or more" if low == 0 else f"must be at least {low}")


_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@\"'<>]*@")


def hide_url_credentials(text: str) -> str:
    """`text` with the user:password part of every URL in it replaced by `***`: an endpoint URL
    may carry credentials (http://user:secret@host), and botocore quotes the URL in its errors."""
    return _URL_USERINFO.sub(r"\1***@", text)


def _endpoint_reason(url: str | None) -> str | None:
    """botocore refuses an endpoint without http(s):// and a host (a ValueError deep in the run)."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        return "not a URL: use http(s)://HOST[:PORT]"
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return "not a URL: use http(s)://HOST[:PORT]"
    return None


_REGION = re.compile(r"^[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?$")  # botocore's own check


def _scheduler_reason(scheduler: str | None) -> str | None:
    if scheduler is None:
        return None
    try:
        local_cluster_workers(scheduler)
    except ConfigError:
        return "use a Dask scheduler address (tcp://HOST:8786), local, or local:N (N worker processes)"
    return None


# Why a value of a setting cannot work (None: it can). RunConfig.validated and the user config
# file (slrk_tui.user_config) both check with these, so both give the same reason.
SETTING_RULES: dict[str, Callable[[Any], str | None]] = {
    "bucket": lambda b: None if b and "/" not in b else "a bucket name has no '/'",
    "endpoint_url": _endpoint_reason,
    "region": lambda r: None if r is None or _REGION.match(r) else "not a region name (e.g. us-east-1)",
    "scheduler": _scheduler_reason,
    "tz": _tz_reason,
    "date_basis": lambda b: None if b in DATE_BASES else "use capture or upload",
    "redaction": lambda m: None if m in REDACTION_MODES else f"use one of {', '.join(REDACTION_MODES)}",
    "batch_size": _at_least(1),
    "processors": _at_least(1),
    "lag_days": _at_least(0),
}


@dataclass(frozen=True)
class S3Settings:
    """Where the bucket lives. Credentials are never stored here: boto3's chain finds them,
    or the TUI passes keys typed by the user straight to the client (memory only)."""

    endpoint_url: str | None = None
    profile: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class RunConfig:
    bucket: str = DEFAULT_BUCKET
    prefixes: tuple[str, ...] = ()
    start: dt.date = field(default_factory=lambda: dt.date.today() - dt.timedelta(days=365))
    end: dt.date = field(default_factory=dt.date.today)
    tz: str = "UTC"
    date_basis: str = "capture"
    out: Path = Path(".")
    query_id: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    processors: int = DEFAULT_PROCESSORS
    redaction: str = "black"
    lag_days: int = DEFAULT_LAG_DAYS
    s3: S3Settings = field(default_factory=S3Settings)
    # A Dask scheduler address (tcp://host:8786) or local / local:N; None: a local process pool.
    # Not part of the query id: where units run does not change the output.
    scheduler: str | None = None

    def validated(self) -> RunConfig:
        """Return a copy with normalised prefixes and capped processors, or raise ConfigError."""
        for name, rule in SETTING_RULES.items():
            value = getattr(self.s3 if name in {"endpoint_url", "region"} else self, name)
            reason = rule(value)
            if reason is not None:
                raise ConfigError(f"--{name.replace('_', '-')} {value!r}: {reason}")
        if not self.prefixes:
            raise ConfigError("--prefix: give at least one prefix (a tenant, panel, V_ folder or panelist)")
        if self.start > self.end:
            raise ConfigError(f"--start {self.start} is after --end {self.end}")
        try:  # the days in UTC, and the upload window after them, must exist in the calendar
            self.window_utc()[1] + dt.timedelta(days=self.lag_days)
        except OverflowError:
            raise ConfigError(
                f"--start {self.start} / --end {self.end}: too far from today for the calendar "
                f"in {self.tz} (with --lag-days {self.lag_days}); use years 1900-9990"
            ) from None
        if self.scheduler is not None and importlib.util.find_spec("distributed") is None:
            raise ConfigError("--scheduler needs Dask's distributed package: pip install 'slrk-tui[cluster]'")
        if self.query_id is not None and not _safe_name(self.query_id):
            raise ConfigError(f"--query-id {self.query_id!r}: use letters, digits, '-', '_' and '.'")
        prefixes = tuple(sorted({normalise_prefix(p) for p in self.prefixes}))
        processors = min(self.processors, os.cpu_count() or 1)
        return replace(self, prefixes=prefixes, processors=processors)

    @property
    def resolved_query_id(self) -> str:
        """`query_<hash>` of what selects the data, so the same query resumes into the same folder.
        Knobs that do not change the output (processors, batch size) are not part of the hash."""
        if self.query_id:
            return self.query_id
        digest = hashlib.sha256(json.dumps(self.selection(), sort_keys=True).encode()).hexdigest()[:12]
        return f"query_{digest}"

    def selection(self) -> dict[str, Any]:
        """What selects the data and shapes the output (JSON-safe): two runs into one query folder
        must agree on all of it, or one resumes work the other filtered differently."""
        return {
            "bucket": self.bucket,
            "prefixes": sorted(normalise_prefix(p) for p in self.prefixes),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "tz": self.tz,
            "date_basis": self.date_basis,
            "redaction": self.redaction,
            "lag_days": self.lag_days,
        }

    @property
    def query_dir(self) -> Path:
        return Path(self.out) / self.resolved_query_id

    def window_utc(self) -> tuple[dt.datetime, dt.datetime]:
        """[start 00:00, end+1 00:00) in `tz`, as aware UTC datetimes: whole days, inclusive."""
        zone = pytz.timezone(self.tz)
        lo = _day_start(zone, self.start)
        hi = _day_start(zone, self.end + dt.timedelta(days=1))
        return lo.astimezone(dt.UTC), hi.astimezone(dt.UTC)

    def to_json(self) -> dict:
        """A JSON-safe view, without the credentials an endpoint URL may carry (query.json)."""
        data = asdict(self)
        if self.s3.endpoint_url:
            data["s3"]["endpoint_url"] = hide_url_credentials(self.s3.endpoint_url)
        data["start"] = self.start.isoformat()
        data["end"] = self.end.isoformat()
        data["out"] = str(self.out)
        data["prefixes"] = list(self.prefixes)
        data["query_id"] = self.resolved_query_id
        return data


def _day_start(zone: pytz.BaseTzInfo, day: dt.date) -> dt.datetime:
    """The first instant of ``day`` in ``zone``. Where clocks fall back onto midnight (Havana,
    Amman: 01:00 -> 00:00) 00:00 happens twice and the day starts at the first one (pytz's
    default picks the second, giving the day's first hour to the day before); where midnight is
    skipped (Sao Paulo until 2019) the day starts at the jump, which pytz's default gives."""
    midnight = dt.datetime.combine(day, dt.time())
    try:
        return zone.localize(midnight, is_dst=None)
    except pytz.AmbiguousTimeError:
        return zone.localize(midnight, is_dst=True)
    except pytz.NonExistentTimeError:
        return zone.localize(midnight, is_dst=False)


def normalise_prefix(prefix: str) -> str:
    """Strip `s3://bucket/`-less leading slashes; a folder prefix ends with '/'.
    A prefix that names a single .zip object is kept as is."""
    p = prefix.strip().lstrip("/")
    if p and not p.endswith("/") and not p.lower().endswith(".zip"):
        p += "/"
    return p


def local_cluster_workers(scheduler: str) -> int | None:
    """`local` -> 0 (one worker per processor), `local:N` -> N, a scheduler address -> None."""
    name, _, count = scheduler.strip().partition(":")
    if name == "local":
        if not count:
            return 0
        if count.isdigit() and int(count) >= 1:
            return int(count)
    elif "://" in scheduler or (count.isdigit() and name):
        return None
    raise ConfigError(
        f"--scheduler {scheduler!r}: use a Dask scheduler address "
        "(tcp://HOST:8786), local, or local:N (N worker processes)"
    )


def parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"{option} {text!r}: use a real date as YYYY-MM-DD") from None


def _safe_name(name: str) -> bool:
    return bool(name) and name not in {".", ".."} and all(c.isalnum() or c in "-_." for c in name)
