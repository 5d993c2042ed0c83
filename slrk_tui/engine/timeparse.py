"""Time normalisation for Screenlake CSV rows: every time value becomes UTC epoch milliseconds.

The app writes times in three shapes (screenlake-format.md §3): epoch ms, epoch *seconds* (the
SESSION_START/APP_RESTRICTED unit bug before 2025-11, and the legacy 2023 segment files) and
`Instant.toString()` ISO strings whose fraction disappears when the milliseconds are zero.
Sorting and date filtering need one comparable number, so everything goes through `epoch_ms`.
Pure stdlib: this runs once per row on the consolidation hot path.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

__all__ = [
    "FALLBACK_TIME_COLUMNS",
    "SECONDS_THRESHOLD",
    "TIME_COLUMNS",
    "epoch_ms",
    "first_time_ms",
    "row_time_ms",
    "time_indices",
]

# An epoch value below 1e11 cannot be milliseconds of any plausible capture date (1e11 ms is
# 1973-03-03) but as seconds it covers up to year 5138, so it is read as seconds.
SECONDS_THRESHOLD = 100_000_000_000
MAX_EPOCH_MS = 253_402_300_800_000  # 10000-01-01T00:00Z
MAX_TIME_CHARS = 64  # ISO with nanoseconds and an offset is ~35 characters

TIME_COLUMNS: dict[str, str] = {
    "screenshot_data": "t_epoch_ts_ms",
    "app_accessibility_data": "t_unix_ts_ms",
    "session_data": "session_start",
    "app_segment_data": "t_unix_ts_segment_start",
    "package_event_data": "t_unix_ts_ms",
    "manifest": "recorded_at_epoch_ms",
}

# Tried in order for prefixes not in TIME_COLUMNS, and after the primary column when that is
# missing or unparseable in a row. UTC columns come before `timestamp` (log_data), which is a
# naive local `yyyy-MM-dd HH:mm:ss` and is only good for ordering within one device.
FALLBACK_TIME_COLUMNS: tuple[str, ...] = (
    "t_epoch_ts_ms",
    "t_unix_ts_ms",
    "t_unix_ts_segment_start",
    "session_start",
    "t_natural_utc_ts",
    "recorded_at_epoch_ms",
    "timestamp",
)

_NUMBER_RE = re.compile(r"\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_ISO_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?"
)
_EPOCH = dt.datetime(1970, 1, 1)


def epoch_ms(value: str) -> int | None:
    """UTC epoch milliseconds of one CSV value, or None when it holds no time.

    '1710276897506' -> 1710276897506; epoch seconds ('1710276724', anything < 1e11) -> x1000;
    ISO '2024-03-12T20:54:57.506Z', '...:57Z', '+00:00'/'-0700' offsets -> ms (naive ISO is
    taken as UTC); 'null', '', 'NA', negative numbers and garbage -> None.
    """
    s = value.strip()
    if not s or len(s) > MAX_TIME_CHARS:  # no time is that long; int() of 5,000 digits raises
        return None
    if s.isascii() and s.isdigit():  # the common case: plain epoch ms, exact
        n = int(s)
        return _plausible(n * 1000 if n < SECONDS_THRESHOLD else n)
    if _NUMBER_RE.fullmatch(s):
        f = float(s)
        if not math.isfinite(f):
            return None
        return _plausible(round(f * 1000 if f < SECONDS_THRESHOLD else f))
    m = _ISO_RE.fullmatch(s)
    if m is None:
        return None
    year, month, day, hour, minute, second, frac, _z, sign, off_h, off_m = m.groups()
    try:
        when = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:  # month 13, hour 25, ...
        return None
    delta = when - _EPOCH
    ms = (delta.days * 86400 + delta.seconds) * 1000
    if frac:
        ms += int(frac[:3].ljust(3, "0"))  # Instant can carry micro/nanoseconds: truncate
    if sign:
        offset = (int(off_h) * 60 + int(off_m or 0)) * 60_000
        ms += -offset if sign == "+" else offset
    return ms


def _plausible(ms: int) -> int | None:
    """Epoch ms up to the year 9999 (what datetime, Parquet and R can hold), else no time."""
    return ms if ms < MAX_EPOCH_MS else None


def time_indices(prefix: str, columns: list[str]) -> tuple[int, ...]:
    """Column indices to try, in order, for a row's time; computed once per file, not per row."""
    names: list[str] = []
    primary = TIME_COLUMNS.get(prefix)
    if primary is not None:
        names.append(primary)
    names.extend(c for c in FALLBACK_TIME_COLUMNS if c not in names)
    first: dict[str, int] = {}
    for i, c in enumerate(columns):
        first.setdefault(c, i)
    return tuple(first[c] for c in names if c in first)


def row_time_ms(prefix: str, columns: list[str], row: list[str]) -> int | None:
    """The row's time as UTC epoch ms: the prefix's time column, else the first fallback column
    that parses; None when no column holds a time."""
    return first_time_ms(row, time_indices(prefix, columns))


def first_time_ms(row: Sequence[str], indices: tuple[int, ...]) -> int | None:
    """`row_time_ms` with the `time_indices` of the row's file computed once by the caller."""
    for i in indices:
        if i < len(row):
            t = epoch_ms(row[i])
            if t is not None:
                return t
    return None
