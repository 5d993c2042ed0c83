"""A run in a real tmux survives what users do to their panes meanwhile: the terminal shrinks
to a split, grows, becomes very wide and short, detaches and attaches again. The dashboard lays
itself out again each time, and the output is the same as a run nobody touched (`slrk run`).

The app runs on its own tmux server; a second server's pane is the user's terminal, attached
to it in a loop, so resizing that pane resizes the client and detach-client really detaches.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from test_tmux import DAY, SPEC, TMUX, Pane

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.demo.study import generate_study

from helpers.cli import server_env, slrk_run_cmd

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path(TMUX).exists(), reason="tmux is not installed")]


class Server:
    """One tmux server of our own (-L), so no other session is touched."""

    def __init__(self) -> None:
        self.socket = f"slrk-{uuid.uuid4().hex[:8]}"

    def __call__(self, *args: str, check: bool = True) -> str:
        out = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, check=check)
        return out.stdout.strip()

    def pane(self, target: str) -> Pane:
        pane = Pane(target)
        tmux = self

        def keys(*keys: str, literal: bool = False) -> None:
            tmux("send-keys", "-t", target, *(["-l"] if literal else []), *keys)
            time.sleep(0.2)

        pane.keys = keys  # type: ignore[method-assign]
        pane.text = lambda: tmux("capture-pane", "-p", "-t", target) + "\n"  # type: ignore[method-assign]
        return pane


def timezone_with(manifest, images: int) -> str:
    """A whole-hour UTC offset whose day DAY holds about `images` screenshots: long enough a run
    to disturb it, short enough for the suite (the whole day takes ~40 s)."""
    stamps = [r.t_epoch_ts_ms for r in manifest.screenshots if r.jpg]

    def count(hours: int) -> int:
        lo = dt.datetime.combine(DAY, dt.time(), dt.timezone(dt.timedelta(hours=hours))).timestamp() * 1000
        return sum(1 for s in stamps if lo <= s < lo + 86_400_000)

    hours = min(range(-12, 15), key=lambda h: abs(count(h) - images))
    return f"Etc/GMT{-hours:+d}" if hours else "UTC"


def combined(query_dir: Path) -> dict[str, bytes]:
    base = query_dir / "combined"
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def dashboard_or_summary(text: str) -> bool:
    return ("Download" in text and "Redact" in text) or "exit code" in text


def test_resize_detach_and_reattach_mid_run(tmp_path: Path) -> None:
    root = tmp_path / "study"
    manifest = generate_study(root, SPEC)
    tz = timezone_with(manifest, 30)
    tenants = sorted({f"academia/tenant/{p.tenant}/" for p in manifest.panelists})
    out, reference = tmp_path / "out", tmp_path / "reference"
    repo = Path(__file__).resolve().parents[1]
    app_cmd = (
        f"cd {tmp_path} && env -u COLUMNS -u LINES -u TMUX PYTHONPATH={repo} {sys.executable} -m slrk_tui "
        f"demo --panelists {SPEC.panelists} --days {SPEC.days} --seed {SPEC.seed} "
        f"--study-dir {root} --out {out}; sleep 60"
    )
    inner, outer = Server(), Server()
    inner("new-session", "-d", "-s", "app", "-x", "100", "-y", "30", app_cmd)
    outer("new-session", "-d", "-s", "term", "-x", "100", "-y", "30",
          f"while true; do env -u TMUX {TMUX} -L {inner.socket} attach -t app; sleep 0.2; done")  # fmt: skip
    inner("set-option", "-g", "status", "off")  # the pane is the whole client: sizes are exact
    outer("set-option", "-g", "status", "off")
    app, term = inner.pane("app"), outer.pane("term")

    def resize(width: int, height: int) -> str:
        outer("resize-window", "-t", "term", "-x", str(width), "-y", str(height))
        inner_size = f"{width}x{height}"
        deadline = time.monotonic() + 10
        while inner("display", "-p", "-t", "app", "#{window_width}x#{window_height}") != inner_size:
            assert time.monotonic() < deadline, f"the app's window did not follow the client to {inner_size}"
            time.sleep(0.1)
        return app.wait(
            lambda t: dashboard_or_summary(t) and max(map(len, t.splitlines())) <= width,
            f"the dashboard at {inner_size}",
        )

    try:
        app.wait(lambda t: "Browse" in t and " tenant" in t, "the bucket browser", 60)
        time.sleep(0.5)  # the cursor settles on academia/tenant/
        app.keys("Down", "Space", "Down", "Space")  # both tenants
        app.wait(lambda t: "2 folders" in t, "the selection")
        app.keys("n")
        app.wait(lambda t: "Dates & settings" in t and "Preview" in t, "the setup screen")
        day = DAY.isoformat().replace("-", "")
        app.keys(day, literal=True)
        app.keys("Tab")
        app.keys(day, literal=True)
        app.keys(*["Tab"] * 6)  # the five presets, then the timezone
        for attempt in range(3):  # once, on a box running another job, the typed name never showed
            app.keys("C-u")
            app.keys(tz, literal=True)
            try:
                app.wait(lambda t: f"{DAY} → {DAY} ({tz}, capture)" in t, "the preview", 40)
                break
            except AssertionError:
                if attempt == 2:
                    raise
        app.keys("C-s")
        app.wait(lambda t: "Start query_" in t, "the confirmation")
        app.keys("Enter")
        app.wait(lambda t: "Download" in t and "Redact" in t, "the dashboard")
        during: list[str] = []
        for width, height in [(60, 20), (200, 12), (80, 24)]:
            during.append(resize(width, height))
        inner("detach-client", "-s", "app")
        time.sleep(0.5)
        during.append(app.wait(dashboard_or_summary, "the dashboard after reattaching"))
        during.append(resize(120, 40))
        assert "exit code" not in during[0], "the run ended before the pane was disturbed"
        screen = app.wait(lambda t: "exit code" in t, "the summary", 240)
        assert term.text()  # the terminal is still attached and shows the app
    finally:
        inner("kill-server", check=False)
        outer("kill-server", check=False)

    assert "all done" in screen
    with LocalS3Server(root) as server:
        prefixes = [a for t in tenants for a in ("--prefix", t)]
        options = ["--bucket", SPEC.bucket, "--start", str(DAY), "--end", str(DAY), "--tz", tz]
        cmd = slrk_run_cmd(server.endpoint_url, reference, *options, "--processors", "2", *prefixes)
        done = subprocess.run(cmd, env=server_env(server), capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    (query,) = [d for d in out.iterdir() if d.name.startswith("query_")]
    (untouched,) = [d for d in reference.iterdir() if d.name.startswith("query_")]
    assert query.name == untouched.name
    files, expected = combined(query), combined(untouched)
    assert sorted(files) == sorted(expected) and files == expected
    assert any(name.endswith(".jpg") for name in files)
