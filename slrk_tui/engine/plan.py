"""What will run, before anything runs: list the prefixes, filter by upload time, group zips
into units (a zip, or a csv_zip/image_zip pair of one UUID) and units into batches.

S3 cannot filter by LastModified on the server, so listing is flat per prefix, spread over
threads across sub-prefixes (one prefix can only be paged sequentially).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from slrk_tui.config import RunConfig
from slrk_tui.engine.keys import is_noise_key, is_noise_prefix, is_zip_key
from slrk_tui.engine.layout import ZipKey, panelist_folders, parse_zip_key
from slrk_tui.engine.s3 import ObjectInfo, head_object, iter_objects, list_level

STUDY_LAYOUT = "academia/tenant/<t>/panel/<p>/V_<n>/panelist/<code>/...zip"
LIST_THREADS = 8
FAN_OUT_TARGET = 16  # sub-prefixes worth listing in parallel


@dataclass(frozen=True)
class Unit:
    unit_id: str
    folder: str
    objects: tuple[ObjectInfo, ...]

    @property
    def bytes(self) -> int:
        return sum(o.size for o in self.objects)

    @property
    def keys(self) -> list[str]:
        return [o.key for o in self.objects]


@dataclass
class Plan:
    units: list[Unit] = field(default_factory=list)
    batches: list[list[Unit]] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)  # (key, reason), never downloaded
    skipped_by_date: int = 0
    ignored: int = 0  # logs, Lambda output, other non-zip objects

    @property
    def folders(self) -> list[str]:
        return sorted({u.folder for u in self.units})

    @property
    def zips(self) -> int:
        return sum(len(u.objects) for u in self.units)

    @property
    def bytes(self) -> int:
        return sum(u.bytes for u in self.units)


def list_objects(client, cfg: RunConfig) -> list[ObjectInfo]:
    """Every object below the query's prefixes (deduplicated, sorted by key)."""
    found: dict[str, ObjectInfo] = {}
    leaves: list[str] = []
    for prefix in cfg.prefixes:
        if prefix.lower().endswith(".zip"):
            obj = head_object(client, cfg.bucket, prefix)
            if obj is not None:
                found[obj.key] = obj
            continue
        leaves.extend(_fan_out(client, cfg.bucket, prefix, found))
    with ThreadPoolExecutor(LIST_THREADS) as pool:
        for objs in pool.map(lambda p: list(iter_objects(client, cfg.bucket, p)), leaves):
            for obj in objs:
                found[obj.key] = obj
    return [found[k] for k in sorted(found)]


def _fan_out(client, bucket: str, prefix: str, found: dict[str, ObjectInfo]) -> list[str]:
    """Walk down with Delimiter='/' until there are enough sub-prefixes to list in parallel.
    Objects met on the way are collected; noise prefixes are not descended into."""
    level = [prefix]
    for _depth in range(6):
        if len(level) >= FAN_OUT_TARGET:
            break
        nxt: list[str] = []
        for p in level:
            token = None
            while True:
                page = list_level(client, bucket, p, token)
                for obj in page.objects:
                    found[obj.key] = obj
                nxt.extend(f for f in page.folders if not is_noise_prefix(f, below=prefix))
                token = page.next_token
                if not token:
                    break
        if not nxt:
            return []
        level = nxt
    return level


def build_plan(objects: list[ObjectInfo], cfg: RunConfig) -> Plan:
    plan = Plan()
    lo, hi = cfg.window_utc()
    if cfg.date_basis == "capture":
        hi = hi + dt.timedelta(days=cfg.lag_days)  # rows in range can be uploaded days later
    parsed: list[tuple[ZipKey, ObjectInfo, bool]] = []
    # A zip the user named can be a mistake to report; one a folder's listing met is not study
    # input (logs, Lambda output) and stays silent.
    named = {p for p in cfg.prefixes if is_zip_key(p)}
    for key in sorted(named - {obj.key for obj in objects}):
        plan.bad.append((key, "named with --prefix, but no such object is in the bucket; not processed"))
    for prefix in _empty_folders(cfg.prefixes, objects):
        plan.bad.append((prefix, _NOTHING_UNDER))
    for obj in objects:
        zk = parse_zip_key(obj.key)
        if zk is None:
            if obj.key in named:
                plan.bad.append((obj.key, _not_a_study_key(obj.key)))
            else:
                plan.ignored += 1
            continue
        modified = obj.last_modified
        if modified.tzinfo is None:
            modified = modified.replace(tzinfo=dt.UTC)
        parsed.append((zk, obj, lo <= modified < hi))
    # Capture basis: a csv_zip/image_zip pair is uploaded together and can straddle the window's
    # edge; its images are kept or dropped by the rows in its csv_zip, so a pair goes whole or
    # not at all (alone, the images had no rows: written whatever their date, and reported).
    wanted = {(*zk.identity, zk.group) for zk, _, inside in parsed if inside}
    keyed: list[tuple[ZipKey, ObjectInfo]] = []
    for zk, obj, inside in parsed:
        if not inside and not (cfg.date_basis == "capture" and (*zk.identity, zk.group) in wanted):
            plan.skipped_by_date += 1
            continue
        if obj.size == 0:
            plan.bad.append((obj.key, "empty object (0 bytes)"))
            continue
        keyed.append((zk, obj))
    folders = panelist_folders([zk for zk, _ in keyed])
    groups: dict[tuple[str, str], list[ObjectInfo]] = defaultdict(list)
    for zk, obj in keyed:
        groups[(folders[zk.identity], zk.group)].append(obj)
    units = []
    for (folder, _group), objs in groups.items():
        objs.sort(key=lambda o: o.key)
        digest = hashlib.sha1("\n".join(o.key for o in objs).encode()).hexdigest()[:16]
        units.append(Unit(digest, folder, tuple(objs)))
    units.sort(key=lambda u: (u.folder, u.objects[0].key))
    plan.units = units
    plan.batches = _batches(units, cfg.batch_size)
    return plan


# A folder named with --prefix that lists nothing is a typo (a panelist code one digit off) far
# more often than a wanted empty result: S3 has no empty folders, so nothing was ever uploaded
# there. It was an empty dataset with exit 0, as if all had been done.
_NOTHING_UNDER = (
    "named with --prefix, but there is nothing under it in the bucket (a typo? only Lambda output "
    "and logs, which are not study input, are not listed); nothing processed for it"
)


def _empty_folders(prefixes: tuple[str, ...], objects: list[ObjectInfo]) -> list[str]:
    """The folder prefixes (not zip keys) under which no listed object lies."""
    keys = sorted(obj.key for obj in objects)
    empty = []
    for prefix in prefixes:
        if is_zip_key(prefix):
            continue
        at = bisect.bisect_left(keys, prefix)
        if at == len(keys) or not keys[at].startswith(prefix):
            empty.append(prefix)
    return empty


def _not_a_study_key(key: str) -> str:
    where = "it is inside Lambda output or logs" if is_noise_key(key) else "it is at the bucket root"
    return (
        f"named with --prefix, but {where}: its key is not {STUDY_LAYOUT}, so its panelist "
        "cannot be told; not processed"
    )


def _batches(units: list[Unit], batch_size: int) -> list[list[Unit]]:
    batches: list[list[Unit]] = []
    current: list[Unit] = []
    count = 0
    for unit in units:
        if current and count + len(unit.objects) > batch_size:
            batches.append(current)
            current, count = [], 0
        current.append(unit)
        count += len(unit.objects)
    if current:
        batches.append(current)
    return batches
