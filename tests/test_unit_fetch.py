"""engine/fetch.py `download` against a stubbed S3: a short or corrupted body is fetched again,
a permanent refusal stops at once, and a failed download never leaves a file behind."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from slrk_tui.engine import fetch
from slrk_tui.engine.fetch import DownloadError, download
from slrk_tui.engine.s3 import ObjectInfo

from helpers.s3stub import BUCKET, WHEN, get_answer, stubbed_s3

KEY = "academia/tenant/t1/panel/p1/V_12/panelist/0042/image_zip_x_2.zip"
DATA = os.urandom(3000)
GET = {"Bucket": BUCKET, "Key": KEY}


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "BACKOFF_BASE", 0.0)


def info(data: bytes = DATA, etag: str = "") -> ObjectInfo:
    return ObjectInfo(KEY, len(data), WHEN, etag)


def test_a_good_body_is_written_once(tmp_path: Path) -> None:
    dest = tmp_path / "z.zip"
    with stubbed_s3() as (client, stubber):
        stubber.add_response("get_object", get_answer(DATA), GET)
        assert download(client, BUCKET, info(), dest) == dest
    assert dest.read_bytes() == DATA


def test_a_short_body_is_fetched_again(tmp_path: Path) -> None:
    dest = tmp_path / "z.zip"
    with stubbed_s3() as (client, stubber):
        stubber.add_response("get_object", get_answer(DATA[:1000]), GET)  # the connection dropped
        stubber.add_response("get_object", get_answer(DATA), GET)
        download(client, BUCKET, info(), dest)
    assert dest.read_bytes() == DATA


def test_a_body_that_does_not_match_its_md5_etag_is_fetched_again(tmp_path: Path) -> None:
    dest = tmp_path / "z.zip"
    flipped = bytes([DATA[0] ^ 0xFF]) + DATA[1:]  # same size, one byte corrupted in transit
    good_md5 = hashlib.md5(DATA, usedforsecurity=False).hexdigest()
    with stubbed_s3() as (client, stubber):
        stubber.add_response("get_object", get_answer(flipped, etag=good_md5), GET)
        stubber.add_response("get_object", get_answer(DATA), GET)
        download(client, BUCKET, info(), dest)
    assert dest.read_bytes() == DATA


def test_the_listed_etag_is_checked_when_the_get_has_none(tmp_path: Path) -> None:
    good_md5 = hashlib.md5(DATA, usedforsecurity=False).hexdigest()
    flipped = DATA[:-1] + bytes([DATA[-1] ^ 1])
    with stubbed_s3() as (client, stubber):
        stubber.add_response("get_object", get_answer(flipped, etag=""), GET)
        stubber.add_response("get_object", get_answer(DATA, etag=""), GET)
        download(client, BUCKET, info(etag=good_md5), tmp_path / "z.zip")
    assert (tmp_path / "z.zip").read_bytes() == DATA


def test_a_multipart_etag_is_not_mistaken_for_an_md5(tmp_path: Path) -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_response("get_object", get_answer(DATA, etag="0123456789abcdef0123456789abcdef-2"), GET)
        download(client, BUCKET, info(), tmp_path / "z.zip")
    assert (tmp_path / "z.zip").read_bytes() == DATA


@pytest.mark.parametrize(("code", "status"), [("AccessDenied", 403), ("NoSuchKey", 404)])
def test_a_permanent_refusal_stops_at_once_and_leaves_no_file(tmp_path: Path, code: str, status: int) -> None:
    dest = tmp_path / "z.zip"
    dest.write_bytes(b"partial from an earlier attempt")
    with stubbed_s3() as (client, stubber):
        stubber.add_client_error("get_object", code, http_status_code=status)  # one answer only
        with pytest.raises(DownloadError, match=code):
            download(client, BUCKET, info(), dest)
    assert not dest.exists()


def test_a_transient_error_is_retried_then_succeeds(tmp_path: Path) -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_client_error("get_object", "SlowDown", http_status_code=503)
        stubber.add_client_error("get_object", "InternalError", http_status_code=500)
        stubber.add_response("get_object", get_answer(DATA), GET)
        download(client, BUCKET, info(), tmp_path / "z.zip")
    assert (tmp_path / "z.zip").read_bytes() == DATA


def test_retries_are_bounded_and_the_last_reason_is_reported(tmp_path: Path) -> None:
    dest = tmp_path / "z.zip"
    with stubbed_s3() as (client, stubber):
        for _ in range(fetch.ATTEMPTS):
            stubber.add_response("get_object", get_answer(DATA[:10]), GET)
        with pytest.raises(DownloadError, match=rf"after {fetch.ATTEMPTS} attempts .*got 10 of 3000 bytes"):
            download(client, BUCKET, info(), dest)
    assert not dest.exists()


def test_backoff_grows_between_attempts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "BACKOFF_BASE", 1.0)
    slept: list[float] = []
    monkeypatch.setattr(fetch.time, "sleep", slept.append)
    with stubbed_s3() as (client, stubber):
        for _ in range(3):
            stubber.add_client_error("get_object", "SlowDown", http_status_code=503)
        stubber.add_response("get_object", get_answer(DATA), GET)
        download(client, BUCKET, info(), tmp_path / "z.zip")
    assert len(slept) == 3
    # base * 2**attempt, jittered by x0.5..1.5: the ranges of attempts 0, 1 and 2
    for attempt, seconds in enumerate(slept):
        assert 0.5 * 2**attempt <= seconds <= 1.5 * 2**attempt
