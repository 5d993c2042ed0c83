"""What an S3 key means (tenant, panel, version, panelist, zip kind) and where output goes.

Panelist identity is (tenant folder, panel, code): the old script keyed on the code alone and merged
different people. One code under several `V_` folders is one person.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from slrk_tui.engine.keys import is_noise_key, is_zip_key

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
METADATA_DIR = "metadata"
IMAGES_DIR = "images"
MAX_FOLDER_CHARS = 120  # with "-consolidated.parquet" and the tree around it, far under 255 bytes
_FOLDER_BAD = re.compile(r"[^A-Za-z0-9._=-]")  # folder names stay portable ASCII
_NAME_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f/\\~]")  # control characters, separators, '~'


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
    belongs to more than one tenant/panel in this query. Names are made safe first and checked
    for collisions after (case-insensitively, for macOS and Windows copies of the output): two
    identities never share a folder."""
    by_code: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for k in keys:
        by_code[k.code].add(k.identity)
    raw: dict[tuple[str, str, str], str] = {}
    for code, identities in by_code.items():
        for ident in identities:
            tenant, panel, _ = ident
            raw[ident] = code if len(identities) == 1 else f"{code}__{tenant}__{panel}"
    folders = {ident: safe_name(name, MAX_FOLDER_CHARS, _FOLDER_BAD) for ident, name in raw.items()}
    clash: dict[str, int] = defaultdict(int)
    for name in folders.values():
        clash[name.casefold()] += 1
    return {
        ident: safe_name(raw[ident], MAX_FOLDER_CHARS, _FOLDER_BAD, force=True)
        if clash[name.casefold()] > 1
        else name
        for ident, name in folders.items()
    }


def safe_name(raw: str, limit: int, bad: re.Pattern[str] | None = None, force: bool = False) -> str:
    """``raw`` itself when it is a usable file name of at most ``limit`` characters; otherwise a
    readable cleaned version, ``~`` and a short hash of ``raw`` (``~`` is never kept from a raw
    name, so a hashed name cannot equal a kept one, and different raw names never share one).

    Unusable: empty, starting with '.', a control character or a path separator anywhere, any
    character ``bad`` matches, longer than ``limit``; ``force`` hashes a usable name too.
    """
    bad = bad or _NAME_BAD
    if not force and not name_problem(raw, limit, bad):
        return raw
    cleaned = bad.sub("-", raw).lstrip(".")
    stem, ext = cleaned, ""
    dot = cleaned.rfind(".")
    if dot > 0 and len(cleaned) - dot <= 6:
        stem, ext = cleaned[:dot], cleaned[dot:]
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    room = max(1, limit - _utf8_len(ext) - len(digest) - 1)
    stem = stem.encode("utf-8", "surrogatepass")[:room].decode("utf-8", "ignore") or "unnamed"
    return f"{stem}~{digest}{ext}"


def name_problem(raw: str, limit: int, bad: re.Pattern[str] | None = None) -> str:
    """Why ``raw`` cannot be used as a file name as it is, or ''."""
    size = _utf8_len(raw)
    if not raw or raw.startswith("."):
        return "empty or starts with '.'"
    if size > limit:
        return f"{size} bytes long (limit {limit})"
    if (bad or _NAME_BAD).search(raw):
        return "has control characters or characters not allowed in a file name"
    return ""


def _utf8_len(text: str) -> int:
    """File-name limits are bytes (255 on Linux), not characters."""
    return len(text.encode("utf-8", "surrogatepass"))


class UnsafeOutput(Exception):
    """A path in the query folder is a symbolic link (or not a folder) that slrk did not make."""


@dataclass(frozen=True)
class QueryLayout:
    """Paths inside `<out>/<query_id>/`. `work/` is private (0700) and gone after success."""

    root: Path

    def ensure_dir(self, path: Path, mode: int = 0o777) -> Path:
        """Create ``path`` (inside the query folder) step by step, refusing to pass through a
        symbolic link planted there: output must never land outside the query folder."""
        current = self.root
        for part in path.relative_to(self.root).parts:
            current = current / part
            try:
                os.mkdir(current, mode)
                continue
            except FileExistsError:
                pass
            self.check_not_link(current)
            if not current.is_dir():
                raise UnsafeOutput(f"{current} is in the way: it should be a folder")
        return path

    def check_not_link(self, path: Path) -> None:
        if path.is_symlink():
            raise UnsafeOutput(
                f"{path} is a symbolic link that slrk did not make; refusing to "
                "write through it (remove it, then rerun to resume)"
            )

    @property
    def panelists_dir(self) -> Path:
        return self.root / "combined" / "panelists"

    def images_dir(self, folder: str) -> Path:
        return self.panelists_dir / folder / IMAGES_DIR

    def metadata_dir(self, folder: str) -> Path:
        return self.panelists_dir / folder / METADATA_DIR

    def consolidated_csv(self, folder: str, prefix: str) -> Path:
        return self.metadata_dir(folder) / f"{prefix}-consolidated.csv"

    def missing_output(self, folder: str, images: Iterable[str], csv_prefixes: Iterable[str]) -> list[str]:
        """Names of a finished panelist's output files that are not there (deleted or moved by
        hand since): its published images, its consolidated CSVs and their Parquet twins."""
        folder_dir = self.images_dir(folder)
        present = set(os.listdir(folder_dir)) if folder_dir.is_dir() else set()  # one call, not a stat each
        missing = sorted(set(images) - present)
        for prefix in sorted(csv_prefixes):
            csv_path = self.consolidated_csv(folder, prefix)
            missing.extend(p.name for p in (csv_path, csv_path.with_suffix(".parquet")) if not p.is_file())
        return missing

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
