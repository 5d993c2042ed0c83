"""What an S3 key means (tenant, panel, version, panelist, zip kind) and where output goes.

Panelist identity is (tenant folder, panel, code): the old script keyed on the code alone and merged
different people. One code under several `V_` folders is one person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from slrk_tui.engine.keys import is_noise_key, is_zip_key

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
METADATA_DIR = "metadata"
IMAGES_DIR = "images"


@dataclass(frozen=True)
class ZipKey:
    key: str
    tenant: str  # tenant folder, e.g. "general_tenant_1_general_tenant" ("" when absent)
    panel: str  # "" for the rare uploadImages=false layout, which has no panel level
    version: str  # "V_12"
    code: str  # the panelist code as a string ("0042", "null")
    name: str  # the object's basename
    group: str  # zips of one batch share it: the zip UUID (csv_zip_ + image_zip_ pairs)

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.tenant, self.panel, self.code)


def parse_zip_key(key: str) -> ZipKey | None:
    """None for objects that are not study zips (logs, Lambda output, other files)."""
    if not is_zip_key(key) or is_noise_key(key):
        return None
    parts = key.split("/")
    name = parts[-1]
    folders = parts[:-1]
    if not folders:
        return None
    tenant = _after(folders, "tenant")
    panel = _after(folders, "panel")
    code = _after(folders, "panelist") or folders[-1]
    version = next((p for p in reversed(folders) if p.startswith("V_")), "")
    match = UUID_RE.search(name)
    group = match.group(0).lower() if match else name
    return ZipKey(key, tenant, panel, version, code, name, group)


def panelist_folders(keys: list[ZipKey]) -> dict[tuple[str, str, str], str]:
    """Output folder per identity: the bare code, or `<code>__<tenant>__<panel>` when the same code
    belongs to more than one tenant/panel in this query."""
    by_code: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for k in keys:
        by_code[k.code].add(k.identity)
    folders = {}
    for code, identities in by_code.items():
        for ident in identities:
            tenant, panel, _ = ident
            folders[ident] = code if len(identities) == 1 else f"{code}__{tenant}__{panel}"
    return {ident: safe_folder(name) for ident, name in folders.items()}


def safe_folder(name: str) -> str:
    """A path segment that cannot escape the output folder."""
    cleaned = re.sub(r"[^A-Za-z0-9._=-]", "-", name).strip(".") or "unnamed"
    return cleaned


@dataclass(frozen=True)
class QueryLayout:
    """Paths inside `<out>/<query_id>/`. `work/` is private (0700) and gone after success."""

    root: Path

    @property
    def panelists_dir(self) -> Path:
        return self.root / "combined" / "panelists"

    def images_dir(self, folder: str) -> Path:
        return self.panelists_dir / folder / IMAGES_DIR

    def metadata_dir(self, folder: str) -> Path:
        return self.panelists_dir / folder / METADATA_DIR

    def consolidated_csv(self, folder: str, prefix: str) -> Path:
        return self.metadata_dir(folder) / f"{prefix}-consolidated.csv"

    @property
    def work_dir(self) -> Path:
        return self.root / "work"

    @property
    def zipped_dir(self) -> Path:
        return self.work_dir / "zipped"

    def staging_dir(self, folder: str) -> Path:
        return self.work_dir / "staged" / folder

    def staged_images_dir(self, folder: str) -> Path:
        """One sub-folder per unit; published into ``images_dir`` when the panelist is done."""
        return self.work_dir / "images" / folder

    @property
    def state_db(self) -> Path:
        return self.root / "state.sqlite"

    @property
    def report_json(self) -> Path:
        return self.root / "report.json"

    @property
    def query_json(self) -> Path:
        return self.root / "query.json"


def _after(parts: list[str], literal: str) -> str:
    for i, p in enumerate(parts[:-1]):
        if p == literal:
            return parts[i + 1]
    return ""
