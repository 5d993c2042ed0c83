"""engine/s3.py and the listing half of engine/plan.py against a stubbed S3 (botocore Stubber):
which requests are made, how pages and CommonPrefixes are read, what is never listed (Lambda
output and logs), and the message a user gets when S3 says no."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from slrk_tui.config import RunConfig
from slrk_tui.engine import plan as plan_mod
from slrk_tui.engine.keys import is_noise_key, is_noise_prefix, is_zip_key, role_of
from slrk_tui.engine.s3 import (
    ObjectInfo,
    S3AccessError,
    check_access,
    head_object,
    iter_objects,
    list_level,
    summarize,
)

from helpers.s3stub import BUCKET, WHEN, level_params, listing, obj, stubbed_s3

PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/0042/"
UUID = "11111111-2222-4333-8444-555555555555"


def test_one_level_reads_folders_and_objects_and_hides_the_prefix_marker() -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_response(
            "list_objects_v2",
            listing(objects=[obj(PANELIST), obj(PANELIST + "a.zip", 7)], folders=[PANELIST + "sub/"]),
            level_params(PANELIST),
        )
        page = list_level(client, BUCKET, PANELIST)
    assert page.folders == [PANELIST + "sub/"]
    assert page.objects == [ObjectInfo(PANELIST + "a.zip", 7, WHEN, obj(PANELIST + "a.zip")["ETag"][1:-1])]
    assert page.next_token is None


def test_one_level_passes_the_continuation_token_on() -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_response(
            "list_objects_v2",
            listing(objects=[obj(PANELIST + "b.zip")]),
            level_params(PANELIST, token="tok-2"),
        )
        page = list_level(client, BUCKET, PANELIST, token="tok-2")
    assert [o.key for o in page.objects] == [PANELIST + "b.zip"]


def test_a_token_on_an_untruncated_page_is_not_followed() -> None:
    answer = listing(objects=[obj(PANELIST + "a.zip")])
    answer["NextContinuationToken"] = "stale"  # IsTruncated is False: the listing is complete
    with stubbed_s3() as (client, stubber):
        stubber.add_response("list_objects_v2", answer, level_params(PANELIST))
        assert list_level(client, BUCKET, PANELIST).next_token is None


def test_flat_listing_follows_every_page() -> None:
    keys = [f"{PANELIST}z{i}.zip" for i in range(5)]
    with stubbed_s3() as (client, stubber):
        base = {"Bucket": BUCKET, "Prefix": PANELIST, "MaxKeys": 1000}
        stubber.add_response("list_objects_v2", listing([obj(k) for k in keys[:2]], next_token="t1"), base)
        stubber.add_response(
            "list_objects_v2",
            listing([obj(k) for k in keys[2:4]], next_token="t2"),
            {**base, "ContinuationToken": "t1"},
        )
        stubber.add_response("list_objects_v2", listing([obj(keys[4])]), {**base, "ContinuationToken": "t2"})
        assert [o.key for o in iter_objects(client, BUCKET, PANELIST)] == keys


def test_summarize_counts_only_study_zips() -> None:
    contents = [
        obj(PANELIST + "a.zip", 10),
        obj(PANELIST + "B.ZIP", 20),
        obj(PANELIST + "notes.txt", 5),
        obj(PANELIST + "data/x.zip", 40),
        obj(PANELIST + "dt=2026-09-01/y.zip", 80),
    ]
    with stubbed_s3() as (client, stubber):
        stubber.add_response(
            "list_objects_v2", listing(contents), {"Bucket": BUCKET, "Prefix": PANELIST, "MaxKeys": 1000}
        )
        assert summarize(client, BUCKET, [PANELIST]) == (2, 30)


@pytest.mark.parametrize(
    ("code", "status", "words"),
    [
        ("NoSuchBucket", 404, "No such bucket 'study-bucket'"),
        ("AccessDenied", 403, "Access denied to s3://study-bucket/"),
        ("InvalidAccessKeyId", 403, "credentials were refused (InvalidAccessKeyId)"),
        ("SignatureDoesNotMatch", 403, "credentials were refused"),
        ("InternalError", 500, "S3 error InternalError"),
    ],
)
def test_refusals_become_a_message_a_user_can_act_on(code: str, status: int, words: str) -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_client_error("list_objects_v2", code, http_status_code=status)
        with pytest.raises(S3AccessError, match=re.escape(words)):
            list_level(client, BUCKET, PANELIST)


def test_check_access_lists_one_key_and_explains_a_refusal() -> None:
    with stubbed_s3() as (client, stubber):
        stubber.add_response("list_objects_v2", listing(), {"Bucket": BUCKET, "MaxKeys": 1})
        check_access(client, BUCKET)
        stubber.add_client_error("list_objects_v2", "AccessDenied", http_status_code=403)
        with pytest.raises(S3AccessError, match="Access denied"):
            check_access(client, BUCKET)


def test_head_object_is_none_for_a_missing_key_and_reads_a_present_one() -> None:
    key = PANELIST + f"image_zip_{UUID}_3.zip"
    with stubbed_s3() as (client, stubber):
        stubber.add_client_error("head_object", "404", http_status_code=404)
        assert head_object(client, BUCKET, key) is None
        stubber.add_response(
            "head_object",
            {"ContentLength": 321, "LastModified": WHEN, "ETag": '"abc"'},
            {"Bucket": BUCKET, "Key": key},
        )
        assert head_object(client, BUCKET, key) == ObjectInfo(key, 321, WHEN, "abc")


@pytest.mark.parametrize(
    ("prefix", "noise"),
    [
        ("academia/tenant/t1/panel/p1/V_12/panelist/0042/", False),
        ("data/panel=p1/panelist=0042/", True),
        ("_manifests/", True),
        ("academia/unpacked/", True),
        ("log_events/", True),
        ("log_events_v2/2026/", True),
        ("academia/tenant/t1/date=2026-09-01/", True),
    ],
)
def test_noise_prefixes(prefix: str, noise: bool) -> None:
    assert is_noise_prefix(prefix) is noise


def test_noise_and_zip_keys() -> None:
    assert is_zip_key("a/b/image_zip_x_1.zip") and is_zip_key("a/B.ZIP") and is_zip_key("a/x.zip.zip")
    assert not is_zip_key("a/b/manifest.csv") and not is_zip_key("a/zip")
    assert is_noise_key("data/panel=p1/x.zip") and is_noise_key("t/_manifests/x.zip")
    assert not is_noise_key("academia/tenant/t1/panel/p1/V_12/panelist/0042/x.zip")
    assert not is_noise_key("x.zip")


@pytest.mark.parametrize(
    ("prefix", "role"),
    [
        ("", "root"),
        ("academia/", "folder"),
        ("academia/tenant/", "folder"),
        ("academia/tenant/t1_one/", "tenant"),
        ("academia/tenant/t1_one/panel/p1/", "panel"),
        ("academia/tenant/t1_one/panel/p1/V_12/", "version"),
        ("academia/tenant/t1_one/panel/p1/V_12/panelist/0042/", "panelist"),
    ],
)
def test_role_of_a_tree_level(prefix: str, role: str) -> None:
    assert role_of(prefix) == role


def _cfg(*prefixes: str) -> RunConfig:
    return RunConfig(
        bucket=BUCKET, prefixes=prefixes, start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 1)
    ).validated()


def test_planner_walks_down_by_level_and_never_enters_noise() -> None:
    """A small tree is walked one level at a time (never a flat listing of a whole tenant); the
    Lambda's data/, _manifests/ and key=value folders beside the panelists are never opened."""
    tenant = "academia/tenant/t1_one/"
    panel = tenant + "panel/p1/V_12/panelist/"
    a, b = panel + "0042/", panel + "0043/"
    za, zb = a + f"image_zip_{UUID}_3.zip", b + "csv_zip_x.zip"
    with stubbed_s3() as (client, stubber):
        for params, answer in [
            (
                level_params(tenant),
                listing(folders=[tenant + "data/", tenant + "panel/", tenant + "_manifests/"]),
            ),
            (level_params(tenant + "panel/"), listing(folders=[tenant + "panel/p1/"])),
            (level_params(tenant + "panel/p1/"), listing(folders=[tenant + "panel/p1/V_12/"])),
            (
                level_params(tenant + "panel/p1/V_12/"),
                listing(folders=[panel, tenant + "panel/p1/V_12/dt=1/"]),
            ),
            (level_params(panel), listing(folders=[a], next_token="more")),
            (level_params(panel, token="more"), listing(folders=[b])),
            (level_params(a), listing([obj(za, 30)])),
            (level_params(b), listing([obj(zb, 40), obj(b + "debug.log", 2)])),
        ]:
            stubber.add_response("list_objects_v2", answer, params)
        found = plan_mod.list_objects(client, _cfg(tenant))
    assert [(o.key, o.size) for o in found] == [(za, 30), (zb, 40), (b + "debug.log", 2)]


def test_planner_heads_a_prefix_that_names_one_zip() -> None:
    key = PANELIST + f"image_zip_{UUID}_3.zip"
    with stubbed_s3() as (client, stubber):
        stubber.add_response(
            "head_object",
            {"ContentLength": 9, "LastModified": WHEN, "ETag": '"e"'},
            {"Bucket": BUCKET, "Key": key},
        )
        found = plan_mod.list_objects(client, _cfg(key))
    assert found == [ObjectInfo(key, 9, WHEN, "e")]
