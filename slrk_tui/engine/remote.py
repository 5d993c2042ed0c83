"""A unit processed on a cluster worker: the worker fetches its zips from S3 itself and returns the
output; the client writes it into the query folder (workers never see the output folder).

The task carries S3 keys and settings, never local paths. The S3 client is made on the worker,
once per process (clients do not pickle), and the detector is cached per process by
`slrk_tui.redact`. Credentials travel in the task only when the client has explicit ones (keys
typed in the app, or resolved from a --profile the workers do not have); otherwise each worker
uses its own chain (instance role, environment). `Credentials.__repr__` hides them, and nothing
here writes or logs them.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

from slrk_tui.config import S3Settings
from slrk_tui.engine.fetch import DownloadError, download
from slrk_tui.engine.participation import upload_times
from slrk_tui.engine.s3 import Credentials, ObjectInfo, make_client
from slrk_tui.engine.worker import MemorySink, UnitResult, process_zips
from slrk_tui.redact import RedactionSettings

_clients: dict[tuple[S3Settings, Credentials | None], Any] = {}
_clients_lock = threading.Lock()


@dataclass(frozen=True)
class RemoteUnitTask:
    unit_id: str
    folder: str
    objects: tuple[ObjectInfo, ...]
    bucket: str
    s3: S3Settings
    credentials: Credentials | None = field(repr=False)
    window_ms: tuple[int, int] | None
    redaction: RedactionSettings
    tz: str

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(obj.key for obj in self.objects)

    @property
    def uploaded_ms(self) -> tuple[tuple[str, int], ...]:
        return upload_times(self.objects)


@dataclass
class RemoteUnitResult:
    """What a worker sends back: the unit's result and its output, or the zip it could not get
    (the unit then stays pending, as when the client's own download fails)."""

    result: UnitResult | None
    output: MemorySink
    download_error: tuple[str, str] | None = None  # (key, reason)


class RemoteDownloadFailed(Exception):
    def __init__(self, key: str, reason: str):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason


def fetch_and_process(task: RemoteUnitTask) -> RemoteUnitResult:
    """Run on a worker: download the unit's zips into a private temp dir, process them in memory."""
    client = _client(task.s3, task.credentials)
    with tempfile.TemporaryDirectory(prefix="slrk-unit-") as tmp:
        zips = []
        for number, obj in enumerate(task.objects):
            path = Path(tmp) / f"{number}.zip"
            try:
                download(client, task.bucket, obj, path)
            except DownloadError as exc:
                return RemoteUnitResult(None, MemorySink(), (obj.key, str(exc)))
            zips.append((obj.key, str(path)))
        sink = MemorySink()
        result = process_zips(task, zips, sink)
    return RemoteUnitResult(result, sink)


def _client(settings: S3Settings, credentials: Credentials | None) -> Any:
    """One S3 client per worker process and settings, made on first use (clients do not pickle)."""
    key = (settings, credentials)
    with _clients_lock:
        if key not in _clients:
            _clients[key] = make_client(settings, credentials, max_pool=4)
        return _clients[key]


def credentials_for_workers(settings: S3Settings, credentials: Credentials | None) -> Credentials | None:
    """The keys workers get from the client: explicit ones (typed in the app, or those of a
    --profile, which the workers' machines do not have). None lets each worker use its own chain
    (instance role, environment). Blocking (a profile may need an SSO or role call)."""
    if credentials is not None or not settings.profile:
        return credentials
    found = boto3.session.Session(profile_name=settings.profile).get_credentials()
    if found is None:
        return None
    frozen = found.get_frozen_credentials()
    return Credentials(frozen.access_key, frozen.secret_key, frozen.token)
