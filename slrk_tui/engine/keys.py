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


def is_noise_prefix(prefix: str, below: str = "") -> bool:
    """Lambda output and loose logs share the bucket; they are never study input.

    Only the segments of ``prefix`` past ``below`` (a prefix it starts with) are judged. The
    value right after a ``tenant/``, ``panel/`` or ``panelist/`` literal is a name the study chose
    (a panel called ``data``, a code such as ``a=b``), never Lambda output, whose folders are
    ``data/``, ``_manifests/``, ``unpacked/`` and ``key=value`` levels: judging those values
    by the same rules silently dropped whole panelists.
    """
    parts = prefix.split("/")
    skip = len([p for p in below.split("/") if p]) if below and prefix.startswith(below) else 0
    seen = 0
    for i, part in enumerate(parts):
        if not part:
            continue
        seen += 1
        named = i > 0 and parts[i - 1] in ROLE_BY_PARENT
        if seen > skip and not named and _noise_segment(part):
            return True
    return False


def is_noise_key(key: str) -> bool:
    return is_noise_prefix(key.rsplit("/", 1)[0]) if "/" in key else False


def is_zip_key(key: str) -> bool:
    return key.lower().endswith(".zip")


def _noise_segment(segment: str) -> bool:
    return segment in NOISE_SEGMENTS or "=" in segment
