"""The local S3 server (rclone serve s3) answers like S3 for what the engine relies on:
delimiter listings at every level of the key layout, LastModified = the generator's upload
time, byte-exact GETs with MD5 ETags, enforced signatures; and it never outlives stop()."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError

from slrk_tui.demo.server import LocalS3Server, ServerInfo, client_kwargs, find_rclone


def prefixes(client, bucket: str, prefix: str) -> set[str]:
    out: set[str] = set()
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix, Delimiter="/"):
        out |= {p["Prefix"] for p in page.get("CommonPrefixes", [])}
    return out


@pytest.mark.slow
def test_bucket_is_the_top_level_folder(s3_client, demo_manifest):
    names = {b["Name"] for b in s3_client.list_buckets()["Buckets"]}
    assert demo_manifest.bucket in names
    assert "manifest.json" not in names  # a loose file at the root is not a bucket


@pytest.mark.slow
def test_delimiter_listings_at_every_level(s3_client, demo_manifest):
    m, b = demo_manifest, demo_manifest.bucket
    zips = [o for o in m.objects if o.key.startswith("academia/tenant/")]
    assert prefixes(s3_client, b, "") == {"academia/", "data/", "_manifests/", "unpacked/"}
    assert prefixes(s3_client, b, "academia/") == {"academia/tenant/", "academia/log_events_v2/"}
    tenants = {f"academia/tenant/{o.tenant}/" for o in zips}
    assert len(tenants) >= 2
    assert prefixes(s3_client, b, "academia/tenant/") == tenants
    for t in tenants:
        assert prefixes(s3_client, b, t) == {t + "panel/"}
        panels = {f"{t}panel/{o.panel}/" for o in zips if f"academia/tenant/{o.tenant}/" == t}
        assert prefixes(s3_client, b, t + "panel/") == panels
        for p in panels:
            versions = {f"{p}{o.version}/" for o in zips if o.key.startswith(p)}
            assert prefixes(s3_client, b, p) == versions
            for v in versions:
                assert prefixes(s3_client, b, v) == {v + "panelist/"}
                codes = {f"{v}panelist/{o.panelist}/" for o in zips if o.key.startswith(v)}
                assert prefixes(s3_client, b, v + "panelist/") == codes
    # the quirks are visible as folders: V_11 beside V_12, a literal "null" panelist
    all_versions = {o.version for o in zips}
    assert {"V_11", "V_12"} <= all_versions
    assert any(o.panelist == "null" for o in zips)


@pytest.mark.slow
def test_full_listing_matches_manifest_with_upload_times(s3_client, demo_root, demo_manifest):
    m = demo_manifest
    listed = {}
    pages = s3_client.get_paginator("list_objects_v2").paginate(
        Bucket=m.bucket, PaginationConfig={"PageSize": 25}
    )
    n_pages = 0
    for page in pages:
        n_pages += 1
        for obj in page.get("Contents", []):
            listed[obj["Key"]] = obj
    assert n_pages > 1  # continuation tokens work
    assert set(listed) == {o.key for o in m.objects}
    for o in m.objects:
        obj = listed[o.key]
        assert int(obj["LastModified"].timestamp()) == o.uploaded_at, o.key
        assert int((demo_root / m.bucket / o.key).stat().st_mtime) == o.uploaded_at
        assert obj["Size"] == o.size


@pytest.mark.slow
def test_get_returns_exact_bytes_and_md5_etag(s3_client, demo_root, demo_manifest):
    m = demo_manifest
    for o in [o for o in m.objects if o.kind == "zip"][:3] + m.objects_of_kind("bad")[:3]:
        body = s3_client.get_object(Bucket=m.bucket, Key=o.key)
        data = body["Body"].read()
        assert data == (demo_root / m.bucket / o.key).read_bytes()
        assert body["ETag"].strip('"') == hashlib.md5(data).hexdigest()
    o = next(o for o in m.objects if o.kind == "zip")
    part = s3_client.get_object(Bucket=m.bucket, Key=o.key, Range="bytes=0-3")["Body"].read()
    assert part == b"PK\x03\x04"


@pytest.mark.slow
def test_signatures_are_enforced(s3_server, demo_manifest):
    kw = client_kwargs(s3_server)
    kw["aws_secret_access_key"] = "x" * 40
    with pytest.raises(ClientError) as err:
        boto3.client(**kw).list_objects_v2(Bucket=demo_manifest.bucket, MaxKeys=1)
    assert err.value.response["Error"]["Code"] in ("SignatureDoesNotMatch", "AccessDenied")


@pytest.mark.slow
def test_keys_stay_off_the_command_line(s3_server):
    cmdline = Path(f"/proc/{s3_server.pid}/cmdline")
    if not cmdline.exists():
        pytest.skip("no /proc on this platform")
    args = cmdline.read_bytes().decode(errors="replace")
    assert "serve\0s3" in args
    assert s3_server.secret_key not in args and s3_server.access_key not in args
    assert s3_server.secret_key not in repr(s3_server)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_stop_leaves_no_process_and_new_files_show_up(tmp_path):
    (tmp_path / "bkt").mkdir()
    server = LocalS3Server(tmp_path)
    info = server.start()
    assert isinstance(info, ServerInfo) and info.endpoint_url.startswith("http://127.0.0.1:")
    client = boto3.client(**client_kwargs(info))
    path = tmp_path / "bkt" / "a" / "late.zip"
    path.parent.mkdir()
    path.write_bytes(b"late")
    os.utime(path, (1788000000, 1788000000))
    deadline = time.monotonic() + 5  # --dir-cache-time 1s: a new upload appears quickly
    keys: list[str] = []
    while time.monotonic() < deadline and not keys:
        keys = [o["Key"] for o in client.list_objects_v2(Bucket="bkt").get("Contents", [])]
        time.sleep(0.2)
    assert keys == ["a/late.zip"]
    assert _alive(info.pid)
    server.stop()
    assert not _alive(info.pid)
    assert not server.running
    server.stop()  # idempotent


@pytest.mark.slow
def test_context_manager_stops_and_two_servers_get_their_own_ports(tmp_path):
    with LocalS3Server(tmp_path) as a, LocalS3Server(tmp_path) as b:
        assert a.endpoint_url != b.endpoint_url and a.access_key != b.access_key
        pids = (a.pid, b.pid)
        assert all(_alive(p) for p in pids)
    assert not any(_alive(p) for p in pids)


@pytest.mark.slow
def test_clear_errors_for_a_missing_root_and_a_taken_port(tmp_path):
    with pytest.raises(FileNotFoundError):
        LocalS3Server(tmp_path / "missing").start()
    with LocalS3Server(tmp_path) as info:
        port = int(info.endpoint_url.rsplit(":", 1)[1])
        with pytest.raises(RuntimeError, match="did not start"):
            LocalS3Server(tmp_path, port=port).start(timeout=5)


def test_rclone_binary_is_found_from_the_installed_wheel():
    path = find_rclone()
    assert path.is_file() and os.access(path, os.X_OK)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
def test_server_dies_with_the_process_that_started_it(tmp_path):
    """Closing a tmux window SIGHUPs `slrk demo` past every finally and atexit: its demo server
    must not live on. SIGKILL is the harshest case of the same."""
    code = (
        "import sys, time; from pathlib import Path; from slrk_tui.demo.server import "
        "LocalS3Server; info = LocalS3Server(Path(sys.argv[1])).start(); "
        "print(info.pid, flush=True); time.sleep(60)"
    )
    starter = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert starter.stdout is not None
    pid = int(starter.stdout.readline())
    assert _running(pid)
    starter.kill()
    starter.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running(pid):
        time.sleep(0.1)
    assert not _running(pid), "the demo S3 server outlived the process that started it"


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"
