"""Move a panelist's staged images into its output folder, the same way whatever the history.

The same screenshot can arrive in two zips (the app re-uploads; see the format notes on duplicate
screenshots). Each unit redacts its own copy, and the two copies need not be byte-identical: the
redactor reuses work from the frames before it, which differ between zips. Units finish in any
order, so writing straight into the output would let a crash and resume change which copy lands.
Instead every unit writes into its own staging folder, and when the panelist's last unit is done
the copy from the first unit in unit-id order wins.

Crash-safe in two phases: first every losing copy is deleted, then the winners are renamed into
place. A rerun after a crash in either phase picks the same winners, because the winners' files
are never touched before phase two.
"""

from __future__ import annotations

import os
from pathlib import Path


def first_copies(unit_images: list[tuple[str, list[str]]]) -> dict[str, str]:
    """image name -> the unit whose copy is published: the first unit id (sorted) that wrote it."""
    owner: dict[str, str] = {}
    for unit_id, names in sorted(unit_images):
        for name in names:
            owner.setdefault(name, unit_id)
    return owner


def publish_images(staged_root: Path, dest: Path) -> int:
    """Publish every ``staged_root/<unit_id>/<image>`` into ``dest``; returns images moved."""
    if not staged_root.is_dir():
        return 0
    units = sorted(p for p in staged_root.iterdir() if p.is_dir())
    listing = [(u.name, sorted(n for n in os.listdir(u) if not n.startswith("."))) for u in units]
    owner = first_copies(listing)
    for unit_id, names in listing:
        for name in names:
            if owner[name] != unit_id:
                (staged_root / unit_id / name).unlink()
    dest.mkdir(parents=True, exist_ok=True)
    moved = 0
    for name, unit_id in sorted(owner.items()):
        os.replace(staged_root / unit_id / name, dest / name)
        moved += 1
    return moved
