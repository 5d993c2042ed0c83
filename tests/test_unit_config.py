"""config.py: every setting that cannot work is refused with a message naming the option; the
query id is stable for what selects the data and only for that; days are whole local days."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pytest

from slrk_tui.config import ConfigError, RunConfig, S3Settings, normalise_prefix, parse_date

GOOD = RunConfig(
    bucket="study", prefixes=("academia/tenant/t1/",), start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)
)


@pytest.mark.parametrize(
    ("change", "option", "words"),
    [
        ({"bucket": ""}, "--bucket", "no '/'"),
        ({"bucket": "study/academia"}, "--bucket", "no '/'"),
        ({"prefixes": ()}, "--prefix", "at least one prefix"),
        ({"start": dt.date(2026, 10, 1)}, "--start 2026-10-01", "after --end 2026-09-30"),
        ({"tz": "Mars/Olympus"}, "--tz 'Mars/Olympus'", "not a timezone name"),
        ({"date_basis": "download"}, "--date-basis 'download'", "capture or upload"),
        ({"redaction": "sepia"}, "--redaction 'sepia'", "black, blur, pixelate"),
        ({"batch_size": 0}, "--batch-size 0", "at least 1"),
        ({"processors": 0}, "--processors 0", "at least 1"),
        ({"lag_days": -1}, "--lag-days -1", "0 or more"),
        ({"query_id": "../elsewhere"}, "--query-id '../elsewhere'", "letters, digits"),
        ({"query_id": ".."}, "--query-id '..'", "letters, digits"),
        ({"query_id": "a b"}, "--query-id 'a b'", "letters, digits"),
    ],
)
def test_a_setting_that_cannot_work_is_refused_by_name(change: dict, option: str, words: str) -> None:
    with pytest.raises(ConfigError) as err:
        replace(GOOD, **change).validated()
    message = str(err.value)
    assert message.startswith(option) and words in message, message


def test_validation_normalises_prefixes_and_caps_processors() -> None:
    cfg = replace(
        GOOD, prefixes=("/academia/tenant/t1", "academia/tenant/t1/", " b/x.ZIP "), processors=10_000
    ).validated()
    assert cfg.prefixes == ("academia/tenant/t1/", "b/x.ZIP")
    assert cfg.processors == (os.cpu_count() or 1)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("academia/tenant/t1", "academia/tenant/t1/"),
        ("academia/tenant/t1/", "academia/tenant/t1/"),
        ("//academia/", "academia/"),
        ("  academia/tenant ", "academia/tenant/"),
        ("a/panelist/0042/image_zip_x_3.zip", "a/panelist/0042/image_zip_x_3.zip"),  # one object
        ("", ""),
    ],
)
def test_normalise_prefix(raw: str, normal: str) -> None:
    assert normalise_prefix(raw) == normal


def test_query_id_follows_what_selects_the_data_and_nothing_else() -> None:
    qid = GOOD.resolved_query_id
    assert qid.startswith("query_") and qid == GOOD.resolved_query_id
    same = [
        replace(GOOD, processors=1),
        replace(GOOD, batch_size=3),
        replace(GOOD, out=GOOD.out / "x"),
        replace(GOOD, prefixes=("academia/tenant/t1",)),
        replace(GOOD, s3=S3Settings(endpoint_url="http://127.0.0.1:9000")),
    ]
    assert {c.resolved_query_id for c in same} == {qid}
    different = [
        replace(GOOD, end=dt.date(2026, 9, 29)),
        replace(GOOD, tz="America/Chicago"),
        replace(GOOD, date_basis="upload"),
        replace(GOOD, redaction="blur"),
        replace(GOOD, lag_days=1),
        replace(GOOD, bucket="other"),
        replace(GOOD, prefixes=("academia/tenant/t2/",)),
    ]
    ids = [c.resolved_query_id for c in different]
    assert qid not in ids and len(set(ids)) == len(ids)
    assert replace(GOOD, query_id="mine").resolved_query_id == "mine"
    assert replace(GOOD, query_id="mine").query_dir == GOOD.out / "mine"


def test_days_are_whole_local_days_across_a_clock_change() -> None:
    # 2026-11-01 is the day Chicago leaves daylight time: 25 hours long
    cfg = replace(GOOD, tz="America/Chicago", start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 1))
    lo, hi = cfg.window_utc()
    assert lo == dt.datetime(2026, 11, 1, 5, tzinfo=dt.UTC)
    assert hi == dt.datetime(2026, 11, 2, 6, tzinfo=dt.UTC)
    assert replace(GOOD, tz="UTC").window_utc() == (
        dt.datetime(2026, 9, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "yesterday", "", "01/09/2026"])
def test_a_date_that_is_not_a_date_names_the_option(text: str) -> None:
    with pytest.raises(ConfigError, match=r"^--end .*YYYY-MM-DD"):
        parse_date(text, "--end")


def test_parse_date_accepts_iso_with_spaces() -> None:
    assert parse_date(" 2026-09-01 ", "--start") == dt.date(2026, 9, 1)


def test_to_json_is_plain_data_with_the_resolved_id() -> None:
    data = GOOD.to_json()
    assert data["start"] == "2026-09-01" and data["end"] == "2026-09-30"
    assert data["prefixes"] == ["academia/tenant/t1/"] and data["out"] == "."
    assert data["query_id"] == GOOD.resolved_query_id
    assert set(data["s3"]) == {"endpoint_url", "profile", "region"}  # never a key or secret


@pytest.mark.parametrize(
    ("start", "end", "tz"),
    [
        (dt.date(2026, 1, 1), dt.date(9999, 12, 31), "UTC"),  # the day after the end
        (dt.date(2026, 1, 1), dt.date(9999, 12, 28), "UTC"),  # the end plus --lag-days
        (dt.date(1, 1, 1), dt.date(2026, 1, 1), "Asia/Tokyo"),  # midnight in Tokyo is year 0 UTC
    ],
)
def test_days_at_the_ends_of_the_calendar_are_refused_by_name(start, end, tz) -> None:
    """The date panel accepts 9999-12-31 (a real date); the preview then said 'date value out
    of range' and a started run failed with an internal error."""
    cfg = RunConfig(prefixes=("academia/tenant/t/",), start=start, end=end, tz=tz)
    with pytest.raises(ConfigError, match="too far"):
        cfg.validated()
