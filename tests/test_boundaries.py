"""The engine, S3 and CLI code must not load Textual (the headless job runs on servers and in
scripts; the TUI is only one consumer of the engine), and the code stays ruff-clean."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Every module outside slrk_tui.tui (and the package's entry point), found, not listed: a new
# engine module is checked without anyone remembering to add it.
HEADLESS_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages([str(ROOT / "slrk_tui")], "slrk_tui.")
    if not m.name.startswith("slrk_tui.tui") and m.name != "slrk_tui.__main__"
)


@pytest.mark.parametrize("module", HEADLESS_MODULES)
def test_headless_module_does_not_import_textual(module):
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules else 0)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"{module} loads textual\n{proc.stderr}"


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_clean(command: list[str]):
    """Lint rules and one formatting (`ruff format`), so diffs carry changes, not style."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    proc = subprocess.run(
        [ruff, *command, "slrk_tui", "tests", "bench", "scripts"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_type_checker_clean():
    """mypy over slrk_tui/ with the settings in pyproject.toml ([tool.mypy])."""
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_import_contracts_kept():
    """import-linter's contracts in pyproject.toml ([tool.importlinter]): no Textual outside
    slrk_tui.tui, no boto3 under the key rules and the layout."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
