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
    "slrk_tui.progress_model",
    "slrk_tui.user_config",
    "slrk_tui.atomic",
    "slrk_tui.engine.keys",
    "slrk_tui.engine.run",
    "slrk_tui.engine.s3",
    "slrk_tui.engine.plan",
    "slrk_tui.engine.fetch",
    "slrk_tui.engine.unpack",
    "slrk_tui.engine.worker",
    "slrk_tui.engine.appcsv",
    "slrk_tui.engine.staging",
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


def test_type_checker_clean():
    """mypy over slrk_tui/ with the settings in pyproject.toml ([tool.mypy])."""
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_import_contracts_kept():
    """import-linter's contracts in pyproject.toml ([tool.importlinter]): no Textual outside
    slrk_tui.tui, no boto3 under the key rules and the layout."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
