"""The download stage: one object to a private file, verified, with retries.

botocore retries failed calls (500, 503 SlowDown, throttling); a connection dropped while the body
streams is not covered by that, so the whole GET is retried here with backoff. A short or
corrupted body (size or MD5 ETag mismatch) is retried the same way.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from pathlib import Path

import botocore.exceptions
import urllib3.exceptions

from slrk_tui.config import hide_url_credentials
from slrk_tui.engine.s3 import ObjectInfo, get_object_to_file

ATTEMPTS = 6
BACKOFF_BASE = 0.5
MD5_ETAG = re.compile(r"^[0-9a-f]{32}$")
PERMANENT_CODES = {"NoSuchKey", "404", "AccessDenied", "403", "NoSuchBucket", "InvalidObjectState"}


class DownloadError(RuntimeError):
    """The object could not be fetched after retries; the run reports it and stays resumable."""


def download(client, bucket: str, obj: ObjectInfo, path: Path) -> Path:
    last = ""
    for attempt in range(ATTEMPTS):
        try:
            size, etag = get_object_to_file(client, bucket, obj.key, path)
            if size != obj.size:
                raise _Corrupt(f"got {size} of {obj.size} bytes")
            expected = (etag or obj.etag).lower()
            if MD5_ETAG.match(expected) and _md5(path) != expected:
                raise _Corrupt("MD5 does not match the ETag")
            return path
        except botocore.exceptions.ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in PERMANENT_CODES:
                path.unlink(missing_ok=True)
                raise DownloadError(f"cannot download ({code})") from None
            last = f"S3 error {code}"
        except (botocore.exceptions.BotoCoreError, urllib3.exceptions.HTTPError, OSError, _Corrupt) as exc:
            last = hide_url_credentials(f"{type(exc).__name__}: {exc}")  # botocore quotes the URL
        path.unlink(missing_ok=True)
        if attempt < ATTEMPTS - 1:
            time.sleep(BACKOFF_BASE * (2**attempt) * (0.5 + random.random()))
    raise DownloadError(f"download failed after {ATTEMPTS} attempts ({last})")


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Corrupt(Exception):
    pass
