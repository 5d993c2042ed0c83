"""What a bucket key or prefix is, from its text alone: a zip, derived data (noise), a tree role.

Pure string rules, no boto3: the planner, the output layout and the tree all read keys this way,
and layout/plan tests need no S3 client to check them.
"""

from __future__ import annotations

NOISE_SEGMENTS = frozenset({"data", "_manifests", "unpacked", "log_events", "log_events_v2"})
ROLE_BY_PARENT = {"tenant": "tenant", "panel": "panel", "panelist": "panelist"}


def role_of(prefix: str) -> str:
    """What a tree level is, from its parent literal: tenant/, panel/, panelist/ or a V_ folder."""
    parts = [p for p in prefix.split("/") if p]
    if not parts:
        return "root"
    if parts[-1].startswith("V_"):
        return "version"
    if len(parts) >= 2:
        return ROLE_BY_PARENT.get(parts[-2], "folder")
    return "folder"


def is_noise_prefix(prefix: str) -> bool:
    """Lambda output and loose logs share the bucket; they are never study input."""
    return any(_noise_segment(p) for p in prefix.split("/") if p)


def is_noise_key(key: str) -> bool:
    return is_noise_prefix(key.rsplit("/", 1)[0]) if "/" in key else False


def is_zip_key(key: str) -> bool:
    return key.lower().endswith(".zip")


def _noise_segment(segment: str) -> bool:
    return segment in NOISE_SEGMENTS or "=" in segment
