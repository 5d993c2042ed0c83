"""Read-only S3 access: one client per process, one tree level per listing call, GETs.

There is no put, copy or delete call in this project (the raw tree is immutable); a test greps for
them. Credentials come from boto3's chain, or from `Credentials` typed into the TUI and kept in
memory only; neither is ever logged or written.
"""

from __future__ import annotations

import configparser
import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import botocore.exceptions
from botocore.config import Config

from slrk_tui.config import S3Settings, hide_url_credentials
from slrk_tui.engine.keys import is_noise_key, is_zip_key


@dataclass(frozen=True)
class Credentials:
    """Keys typed by a user; `repr` never shows them."""

    access_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ObjectInfo:
    key: str
    size: int
    last_modified: dt.datetime
    etag: str = ""


@dataclass
class Listing:
    """One page of one level: sub-folders (full prefixes ending '/') and objects."""

    folders: list[str]
    objects: list[ObjectInfo]
    next_token: str | None = None


class S3AccessError(RuntimeError):
    """A user-facing message: what went wrong and what to do."""


def make_client(settings: S3Settings, credentials: Credentials | None = None, max_pool: int = 32):
    """A thread-safe client; build one per process (clients never cross process boundaries)."""
    session_kwargs: dict = {}
    if credentials is not None:
        session_kwargs.update(
            aws_access_key_id=credentials.access_key,
            aws_secret_access_key=credentials.secret_key,
            aws_session_token=credentials.session_token,
        )
    elif settings.profile:
        session_kwargs["profile_name"] = settings.profile
    session = boto3.session.Session(**session_kwargs)
    config = Config(
        max_pool_connections=max_pool,
        retries={"max_attempts": 8, "mode": "standard"},
        connect_timeout=10,
        read_timeout=60,
        # S3-compatible servers (rclone, MinIO, Ceph) reject or ignore the newer CRC trailers.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        s3={"addressing_style": "path"} if settings.endpoint_url else {},
    )
    return session.client(
        "s3",
        endpoint_url=settings.endpoint_url,
        region_name=settings.region or session.region_name or "us-east-1",
        config=config,
    )


def list_level(client, bucket: str, prefix: str, token: str | None = None, page_size: int = 1000) -> Listing:
    """One page of the level below `prefix` (Delimiter='/'): never the whole bucket."""
    kwargs = {"Bucket": bucket, "Prefix": prefix, "Delimiter": "/", "MaxKeys": page_size}
    if token:
        kwargs["ContinuationToken"] = token
    resp = _call(client.list_objects_v2, bucket, prefix, **kwargs)
    folders = [p["Prefix"] for p in resp.get("CommonPrefixes", [])]
    objects = [_info(o) for o in resp.get("Contents", []) if o["Key"] != prefix]
    nxt = resp.get("NextContinuationToken") if resp.get("IsTruncated") else None
    return Listing(folders=folders, objects=objects, next_token=nxt)


def iter_objects(client, bucket: str, prefix: str) -> Iterator[ObjectInfo]:
    """Every object below `prefix`, however deep (flat listing, paged)."""
    token = None
    while True:
        kwargs = {"Bucket": bucket, "Prefix": prefix, "MaxKeys": 1000}
        if token:
            kwargs["ContinuationToken"] = token
        resp = _call(client.list_objects_v2, bucket, prefix, **kwargs)
        for o in resp.get("Contents", []):
            yield _info(o)
        if not resp.get("IsTruncated"):
            return
        token = resp["NextContinuationToken"]


def head_object(client, bucket: str, key: str) -> ObjectInfo | None:
    """The object itself when `key` names one (a prefix may be a single zip), else None."""
    try:
        resp = client.head_object(Bucket=bucket, Key=key)
    except botocore.exceptions.ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
            return None
        raise S3AccessError(_explain(exc, bucket, key)) from None
    return ObjectInfo(key, int(resp["ContentLength"]), resp["LastModified"], resp.get("ETag", "").strip('"'))


def get_object_to_file(client, bucket: str, key: str, path: Path, chunk: int = 1 << 20) -> tuple[int, str]:
    """Stream one object to `path`; returns (bytes written, ETag). The caller checks sizes."""
    resp = client.get_object(Bucket=bucket, Key=key)
    body = resp["Body"]
    written = 0
    with open(path, "wb") as fh:
        while True:
            data = body.read(chunk)
            if not data:
                break
            fh.write(data)
            written += len(data)
    return written, resp.get("ETag", "").strip('"')


def summarize(
    client,
    bucket: str,
    prefixes: list[str],
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Count zips and their bytes below the prefixes; stops early when `cancel` is set."""
    count = size = 0
    for prefix in prefixes:
        for obj in iter_objects(client, bucket, prefix):
            if cancel is not None and cancel.is_set():
                return count, size
            if is_zip_key(obj.key) and not is_noise_key(obj.key):
                count += 1
                size += obj.size
                if progress is not None and count % 500 == 0:
                    progress(count, size)
    return count, size


def check_access(client, bucket: str) -> None:
    """Raise S3AccessError with a message a data manager can act on, or return quietly."""
    try:
        client.list_objects_v2(Bucket=bucket, MaxKeys=1)
    except botocore.exceptions.NoCredentialsError:
        raise S3AccessError(
            "No AWS credentials found. Set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, "
            "run `aws sso login`, attach an instance role, or type keys in the connect screen."
        ) from None
    except botocore.exceptions.EndpointConnectionError as exc:
        where = hide_url_credentials(str(exc.kwargs.get("endpoint_url", "the endpoint")))
        raise S3AccessError(
            f"Cannot reach S3 at {where}: check the network, the region and --endpoint-url."
        ) from None
    except botocore.exceptions.ClientError as exc:
        raise S3AccessError(_explain(exc, bucket, "")) from None


def list_profiles() -> list[str]:
    """Profile names from ~/.aws/config and ~/.aws/credentials (names only, never keys)."""
    names: set[str] = set()
    for env, default in (
        ("AWS_CONFIG_FILE", "~/.aws/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"),
    ):
        parser = configparser.RawConfigParser()
        try:
            parser.read(os.path.expanduser(os.environ.get(env, default)))
        except configparser.Error:
            continue
        for section in parser.sections():
            names.add(section.removeprefix("profile ").strip())
    return sorted(names)


def has_default_credentials(settings: S3Settings) -> bool:
    try:
        session = boto3.session.Session(profile_name=settings.profile or None)
        return session.get_credentials() is not None
    except botocore.exceptions.BotoCoreError:
        return False


def _info(o: dict) -> ObjectInfo:
    return ObjectInfo(o["Key"], int(o["Size"]), o["LastModified"], o.get("ETag", "").strip('"'))


def _call(fn, bucket: str, prefix: str, **kwargs):
    try:
        return fn(**kwargs)
    except botocore.exceptions.NoCredentialsError:
        raise S3AccessError("No AWS credentials found (see `slrk run --help`, Credentials).") from None
    except botocore.exceptions.EndpointConnectionError:
        raise S3AccessError("Cannot reach S3: check the network, region and endpoint URL.") from None
    except botocore.exceptions.ClientError as exc:
        raise S3AccessError(_explain(exc, bucket, prefix)) from None


def _explain(exc: botocore.exceptions.ClientError, bucket: str, key: str) -> str:
    code = exc.response.get("Error", {}).get("Code", "")
    where = f"s3://{bucket}/{key}"
    if code in {"NoSuchBucket"}:
        return f"No such bucket {bucket!r}: check the name (and the region or endpoint)."
    if code in {"AccessDenied", "403", "AllAccessDisabled"}:
        return f"Access denied to {where}: the credentials lack s3:ListBucket/s3:GetObject there."
    if code in {"InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidToken"}:
        return f"The credentials were refused ({code}): check or refresh them (e.g. `aws sso login`)."
    return f"S3 error {code or 'unknown'} at {where}."
