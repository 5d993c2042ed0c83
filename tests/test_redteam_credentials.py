"""Credentials in an endpoint URL (`http://user:secret@host:port`, as some S3 gateways and proxies
are given) never reach a file slrk writes, its output or its messages: query.json, run.log,
events.jsonl, report.json, stdout/stderr, a download error, the connect check, `slrk config`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import boto3
import pytest
from botocore.config import Config

from slrk_tui import cli
from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine import fetch
from slrk_tui.engine.s3 import Credentials, ObjectInfo, S3AccessError, check_access, make_client
from slrk_tui.engine.state import save_query

from helpers.cli import server_env, slrk_run_cmd

SECRET = "pa55-w0rd-not-for-logs"
NOWHERE = f"http://lab-user:{SECRET}@127.0.0.1:9"  # nothing listens on port 9: refused at once
# A clean zip of the session study (10 screenshots, 6 with faces).
ZIP = (
    "academia/tenant/general_tenant_1_general_tenant/panel/general_2/V_12/panelist/2762/"
    "image_zip_93984db2-aac7-4f48-848c-e6e9e907886d_10.zip"
)


def _client_without_retries():
    """What make_client builds for NOWHERE, but failing at once instead of after botocore's retries."""
    client = make_client(S3Settings(endpoint_url=NOWHERE, region="us-east-1"), Credentials("AKIA1", "s3cr3t"))
    return boto3.client(
        "s3",
        endpoint_url=NOWHERE,
        region_name="us-east-1",
        aws_access_key_id="AKIA1",
        aws_secret_access_key="s3cr3t",
        config=client.meta.config.merge(Config(retries={"max_attempts": 1})),
    )


def test_query_json_keeps_the_endpoint_but_not_its_password(tmp_path):
    cfg = RunConfig(prefixes=("a/",), s3=S3Settings(endpoint_url=NOWHERE)).validated()
    save_query(tmp_path / "query.json", cfg)
    text = (tmp_path / "query.json").read_text()
    assert SECRET not in text
    assert "127.0.0.1:9" in json.loads(text)["s3"]["endpoint_url"]


def test_a_download_error_does_not_carry_the_password(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch, "ATTEMPTS", 1)
    client = _client_without_retries()
    obj = ObjectInfo("a/b.zip", 10, dt.datetime.now(dt.UTC))
    with pytest.raises(fetch.DownloadError) as caught:
        fetch.download(client, "bucket", obj, tmp_path / "b.zip")
    assert "127.0.0.1:9" in str(caught.value) and SECRET not in str(caught.value)


def test_the_connect_check_does_not_show_the_password():
    client = _client_without_retries()
    with pytest.raises(S3AccessError) as caught:
        check_access(client, "bucket")
    assert "Cannot reach S3" in str(caught.value) and SECRET not in str(caught.value)


def test_slrk_config_does_not_print_the_password(tmp_path, monkeypatch, capsys):
    config = tmp_path / "config.toml"
    config.write_text(f'endpoint_url = "{NOWHERE}"\n')
    monkeypatch.setenv("SLRK_CONFIG", str(config))
    assert cli.main(["config"]) == 0
    out = capsys.readouterr().out
    assert "127.0.0.1:9" in out and SECRET not in out


@pytest.mark.slow
def test_a_run_through_an_endpoint_with_userinfo_writes_and_prints_no_password(s3_server, tmp_path):
    endpoint = s3_server.endpoint_url.replace("http://", f"http://lab-user:{SECRET}@")
    events = tmp_path / "extra" / "events.jsonl"
    cmd = slrk_run_cmd(endpoint, tmp_path / "out", "--prefix", ZIP, "--start", "2020-01-01")
    proc = subprocess.run(
        [*cmd, "--end", "2030-12-31", "--query-id", "q", "--events", str(events)],
        env=server_env(s3_server),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    written = [p for p in (tmp_path / "out" / "q").rglob("*") if p.is_file()]
    assert any(p.name == "report.json" for p in written) and any(p.suffix == ".jpg" for p in written)
    for path in [*written, events]:
        assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in proc.stdout + proc.stderr
    status = subprocess.run(
        [sys.executable, "-m", "slrk_tui", "status", str(tmp_path / "out" / "q")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert status.returncode == 0 and SECRET not in status.stdout + status.stderr


def test_the_helper_hides_userinfo_only():
    from slrk_tui.config import hide_url_credentials

    text = f'Could not connect to the endpoint URL: "{NOWHERE}/b/k.zip"; key academia/x@y.zip'
    shown = hide_url_credentials(text)
    assert SECRET not in shown and "lab-user" not in shown
    assert "http://***@127.0.0.1:9/b/k.zip" in shown and "academia/x@y.zip" in shown
    assert hide_url_credentials("https://s3.amazonaws.com/b") == "https://s3.amazonaws.com/b"
