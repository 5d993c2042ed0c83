"""An S3 client with botocore's Stubber: listing and GET answers scripted per test, no network.

The Stubber checks each call's parameters against what the test expects and fails on a call
nobody expected, so a test also proves which requests the code makes (and that it makes no
others: `stubber.assert_no_pending_responses()` at the end).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.response import StreamingBody
from botocore.stub import Stubber

BUCKET = "study-bucket"
WHEN = dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC)


@contextmanager
def stubbed_s3() -> Iterator[tuple[Any, Stubber]]:
    """A real boto3 S3 client whose every call must have been scripted on the Stubber."""
    client = boto3.client(
        "s3", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test"
    )
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def obj(key: str, size: int = 100, when: dt.datetime = WHEN, etag: str = "") -> dict[str, Any]:
    """One `Contents` entry of a ListObjectsV2 answer."""
    return {
        "Key": key,
        "Size": size,
        "LastModified": when,
        "ETag": f'"{etag or hashlib.md5(key.encode(), usedforsecurity=False).hexdigest()}"',
    }


def listing(
    objects: Sequence[dict[str, Any]] = (), folders: Sequence[str] = (), next_token: str | None = None
) -> dict[str, Any]:
    """A ListObjectsV2 answer; truncated (with a continuation token) when `next_token` is set."""
    resp: dict[str, Any] = {
        "Contents": list(objects),
        "KeyCount": len(objects),
        "CommonPrefixes": [{"Prefix": f} for f in folders],
        "IsTruncated": next_token is not None,
    }
    if next_token is not None:
        resp["NextContinuationToken"] = next_token
    return resp


def level_params(prefix: str, token: str | None = None, bucket: str = BUCKET) -> dict[str, Any]:
    """What a one-level (Delimiter='/') listing call must send."""
    params: dict[str, Any] = {"Bucket": bucket, "Prefix": prefix, "Delimiter": "/", "MaxKeys": 1000}
    if token:
        params["ContinuationToken"] = token
    return params


def get_answer(data: bytes, etag: str | None = None) -> dict[str, Any]:
    """A GetObject answer whose body holds `data`; ETag defaults to the body's MD5."""
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return {
        "Body": StreamingBody(io.BytesIO(data), len(data)),
        "ContentLength": len(data),
        "ETag": f'"{md5 if etag is None else etag}"',
    }
