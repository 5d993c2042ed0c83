"""The engine, S3 and CLI code must not load Textual (the headless job runs on servers and in
scripts; the TUI is only one consumer of the engine), and the code stays ruff-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADLESS_MODULES = [
    "slrk_tui.cli",
    "slrk_tui.config",
    "slrk_tui.events",
    "slrk_tui.progress",
    "slrk_tui.engine.run",
    "slrk_tui.engine.s3",
    "slrk_tui.engine.plan",
    "slrk_tui.engine.fetch",
    "slrk_tui.engine.unpack",
    "slrk_tui.engine.worker",
    "slrk_tui.engine.consolidate",
    "slrk_tui.engine.state",
    "slrk_tui.engine.report",
    "slrk_tui.engine.remote",
    "slrk_tui.engine.cluster",
    "slrk_tui.redact",
    "slrk_tui.demo.study",
    "slrk_tui.demo.server",
]


@pytest.mark.parametrize("module", HEADLESS_MODULES)
def test_headless_module_does_not_import_textual(module):
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules else 0)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"{module} loads textual\n{proc.stderr}"


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    proc = subprocess.run([ruff, "check", "slrk_tui", "tests", "bench", "scripts"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
