"""engine/timeparse.py edge cases beyond the common shapes (test_consolidate.py covers those):
the seconds/milliseconds boundary, ISO spellings the app and its exports produce, values that
hold no time, and which column a row's time comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from slrk_tui.engine.timeparse import SECONDS_THRESHOLD, TIME_COLUMNS, epoch_ms, row_time_ms, time_indices


def utc_ms(*args: int) -> int:
    return int(dt.datetime(*args, tzinfo=dt.UTC).timestamp() * 1000)


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        (str(SECONDS_THRESHOLD - 1), (SECONDS_THRESHOLD - 1) * 1000),  # the largest "seconds"
        (str(SECONDS_THRESHOLD), SECONDS_THRESHOLD),  # the smallest "milliseconds"
        ("0", 0),
        (" 1710276897506 ", 1710276897506),  # padding around a cell
        ("+1710276897506", 1710276897506),
        ("1710276724.5", 1710276724500),  # fractional epoch seconds
        ("1.710276897506e12", 1710276897506),
        ("1710276897506.7", 1710276897507),  # rounded, not truncated
    ],
)
def test_epoch_numbers(value: str, ms: int) -> None:
    assert epoch_ms(value) == ms


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        ("2024-03-12 20:54:57", utc_ms(2024, 3, 12, 20, 54, 57)),  # space separator, naive = UTC
        ("2024-03-12t20:54:57z", utc_ms(2024, 3, 12, 20, 54, 57)),
        ("2024-03-12T20:54Z", utc_ms(2024, 3, 12, 20, 54)),  # no seconds
        ("2024-03-12T20:54:57.5Z", utc_ms(2024, 3, 12, 20, 54, 57) + 500),  # one fraction digit
        ("2024-03-12T20:54:57,25Z", utc_ms(2024, 3, 12, 20, 54, 57) + 250),  # comma fraction
        ("2024-03-12T13:54:57-0700", utc_ms(2024, 3, 12, 20, 54, 57)),  # offset without colon
        ("2024-03-13T02:24:57+05:30", utc_ms(2024, 3, 12, 20, 54, 57)),  # half-hour zone
        ("2024-03-13T01:54:57+05", utc_ms(2024, 3, 12, 20, 54, 57)),  # hours-only offset
        ("2024-02-29T00:00:00Z", utc_ms(2024, 2, 29)),  # leap day
        ("1969-12-31T23:59:59Z", -1000),  # before the epoch is still a time
    ],
)
def test_iso_spellings(value: str, ms: int) -> None:
    assert epoch_ms(value) == ms


@pytest.mark.parametrize(
    "value",
    [
        "   ",
        "null",
        "None",
        "NaN",
        "nan",
        "inf",
        "1e400",
        "-1710276897506",
        "0x1F",
        "12:00:00",
        "2023-02-29T00:00:00Z",
        "2024-03-12T24:00:00Z",
        "2024-03-12T20:54:57Zjunk",
        "03/12/2024",
    ],
)
def test_values_that_hold_no_time(value: str) -> None:
    assert epoch_ms(value) is None


COLUMNS = ["id_user", "t_natural_utc_ts", "t_epoch_ts_ms", "timestamp"]


def test_the_prefix_column_comes_first_then_the_fallbacks() -> None:
    assert time_indices("screenshot_data", COLUMNS) == (2, 1, 3)
    assert time_indices("log_data", ["timestamp", "msg"]) == (0,)
    assert time_indices("anything", ["a", "b"]) == ()
    assert set(TIME_COLUMNS) >= {"screenshot_data", "session_data", "app_accessibility_data"}


def test_a_repeated_column_name_uses_its_first_occurrence() -> None:
    assert time_indices("screenshot_data", ["t_epoch_ts_ms", "x", "t_epoch_ts_ms"]) == (0,)


def test_a_row_falls_back_when_its_primary_time_is_empty_or_broken() -> None:
    ms = 1710276897506
    assert row_time_ms("screenshot_data", COLUMNS, ["0042", "", str(ms), ""]) == ms
    assert row_time_ms("screenshot_data", COLUMNS, ["0042", "2024-03-12T20:54:57.506Z", "null", ""]) == ms
    assert row_time_ms("screenshot_data", COLUMNS, ["0042", "x", "y", "2024-03-12 20:54:57"]) == ms - 506
    assert row_time_ms("screenshot_data", COLUMNS, ["0042", "x", "y", "z"]) is None


def test_a_short_row_is_read_as_far_as_it_goes() -> None:
    assert row_time_ms("screenshot_data", COLUMNS, ["0042", "2024-03-12T20:54:57Z"]) == 1710276897000
    assert row_time_ms("screenshot_data", COLUMNS, ["0042"]) is None
