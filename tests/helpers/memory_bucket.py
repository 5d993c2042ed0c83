"""A bucket in memory behind the one S3 call the browser makes (ListObjectsV2).

For Pilot tests of the tree that need names rclone cannot serve from a folder (control
characters, newlines) or sizes a generated study would take minutes to write (20,000
panelists). Delimiter listings and paging behave as S3's: common prefixes and keys share
MaxKeys, and a continuation token resumes where the page stopped.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from typing import Any

import botocore.exceptions

WHEN = dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC)


class MemoryBucket:
    """`list_objects_v2` over a sorted key list; prefixes in `denied` answer AccessDenied."""

    def __init__(self, keys: Iterable[str], denied: Iterable[str] = ()) -> None:
        self.keys = sorted(keys)
        self.denied = tuple(denied)
        self.calls: list[tuple[str, str | None]] = []
        self._lock = threading.Lock()

    def list_objects_v2(
        self,
        Bucket: str,  # boto3's argument names
        Prefix: str = "",
        Delimiter: str | None = None,
        MaxKeys: int = 1000,
        ContinuationToken: str | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        with self._lock:
            self.calls.append((Prefix, ContinuationToken))
        if any(Prefix.startswith(d) for d in self.denied):
            error = {"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}
            raise botocore.exceptions.ClientError(error, "ListObjectsV2")  # type: ignore[arg-type]
        entries: list[tuple[str, str]] = []
        seen: set[str] = set()
        for key in self.keys:
            if not key.startswith(Prefix):
                continue
            rest = key[len(Prefix) :]
            if Delimiter and Delimiter in rest:
                folder = Prefix + rest.split(Delimiter, 1)[0] + Delimiter
                if folder not in seen:
                    seen.add(folder)
                    entries.append(("folder", folder))
            else:
                entries.append(("key", key))
        start = int(ContinuationToken or 0)
        page = entries[start : start + MaxKeys]
        resp: dict[str, Any] = {
            "Contents": [
                {"Key": k, "Size": 100, "LastModified": WHEN, "ETag": '"0"'} for t, k in page if t == "key"
            ],
            "CommonPrefixes": [{"Prefix": k} for t, k in page if t == "folder"],
            "IsTruncated": start + MaxKeys < len(entries),
        }
        if resp["IsTruncated"]:
            resp["NextContinuationToken"] = str(start + MaxKeys)
        return resp
