"""engine/plan.py `build_plan`: which listed zips a query takes (whole days in its timezone, the
upload lag on the capture basis), how they group into units (a csv_zip/image_zip pair is one)
and units into batches."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from slrk_tui.config import RunConfig
from slrk_tui.engine.plan import build_plan
from slrk_tui.engine.s3 import ObjectInfo

BASE = "academia/tenant/t1_one/panel/p1/V_12/panelist/"
DAY = dt.date(2026, 9, 10)


def uuid(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-000000000000"


def zip_obj(code: str, n: int, when: dt.datetime, kind: str = "image", size: int = 1000) -> ObjectInfo:
    name = f"image_zip_{uuid(n)}_5.zip" if kind == "image" else f"csv_zip_{uuid(n)}.zip"
    return ObjectInfo(f"{BASE}{code}/{name}", size, when)


def at(day: dt.date, hour: int = 12, minute: int = 0, tz: dt.tzinfo = dt.UTC) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tz)


def cfg(**kw) -> RunConfig:
    base = {"bucket": "b", "prefixes": (BASE,), "start": DAY, "end": DAY, "lag_days": 0}
    return RunConfig(**(base | kw)).validated()


@pytest.mark.parametrize(
    ("when", "taken"),
    [
        (at(DAY, 0, 0), True),  # the first instant of the day
        (at(DAY, 23, 59), True),
        (at(DAY + dt.timedelta(days=1), 0, 0), False),  # the window is half-open
        (at(DAY - dt.timedelta(days=1), 23, 59), False),
    ],
)
def test_upload_basis_takes_whole_days(when: dt.datetime, taken: bool) -> None:
    plan = build_plan([zip_obj("0042", 1, when)], cfg(date_basis="upload"))
    assert (len(plan.units), plan.skipped_by_date) == ((1, 0) if taken else (0, 1))


def test_days_are_days_in_the_query_timezone() -> None:
    # Chicago is UTC-5 in September: its 2026-09-10 runs 05:00Z to 05:00Z next day
    early, late = at(DAY, 4, 59), at(DAY + dt.timedelta(days=1), 4, 59)
    plan = build_plan(
        [zip_obj("0042", 1, early), zip_obj("0042", 2, late)], cfg(date_basis="upload", tz="America/Chicago")
    )
    assert [u.objects[0].last_modified for u in plan.units] == [late]
    assert plan.skipped_by_date == 1


def test_capture_basis_also_reads_zips_uploaded_within_the_lag() -> None:
    after = [at(DAY + dt.timedelta(days=d), 1) for d in (1, 3, 4)]
    objects = [zip_obj("0042", i, when) for i, when in enumerate(after)]
    plan = build_plan(objects, cfg(date_basis="capture", lag_days=3))
    assert sorted(o.last_modified for u in plan.units for o in u.objects) == after[:2]
    assert plan.skipped_by_date == 1
    # the upload basis never looks past the last day
    assert build_plan(objects, cfg(date_basis="upload", lag_days=3)).units == []


def test_a_naive_upload_time_is_read_as_utc() -> None:
    naive = dt.datetime.combine(DAY, dt.time(0, 30))
    plan = build_plan([zip_obj("0042", 1, naive)], cfg(date_basis="upload", tz="America/Chicago"))
    assert plan.units == [] and plan.skipped_by_date == 1  # 00:30Z is still the 9th in Chicago


def test_noise_and_other_files_are_ignored_and_empty_zips_are_bad() -> None:
    when = at(DAY)
    objects = [
        zip_obj("0042", 1, when),
        ObjectInfo(BASE + "0042/debug.log", 10, when),
        ObjectInfo("academia/tenant/t1_one/data/panel=p1/screenshots_x.csv", 10, when),
        ObjectInfo("academia/tenant/t1_one/_manifests/panel=p1/x.zip", 10, when),
        zip_obj("0042", 2, when, size=0),
    ]
    plan = build_plan(objects, cfg(date_basis="upload"))
    assert [u.keys for u in plan.units] == [[objects[0].key]]
    assert plan.ignored == 3
    assert plan.bad == [(objects[4].key, "empty object (0 bytes)")]


def test_a_csv_zip_and_image_zip_of_one_uuid_are_one_unit() -> None:
    when = at(DAY)
    pair = [zip_obj("0042", 7, when, "image"), zip_obj("0042", 7, when, "csv")]
    alone = zip_obj("0042", 8, when, "csv")
    plan = build_plan([*pair, alone], cfg(date_basis="upload"))
    assert sorted(len(u.objects) for u in plan.units) == [1, 2]
    two = next(u for u in plan.units if len(u.objects) == 2)
    assert set(two.keys) == {o.key for o in pair}
    assert plan.zips == 3 and plan.bytes == 3000


def test_same_uuid_under_two_panelists_is_two_units() -> None:
    when = at(DAY)
    plan = build_plan([zip_obj("0042", 7, when), zip_obj("0043", 7, when)], cfg(date_basis="upload"))
    assert sorted(u.folder for u in plan.units) == ["0042", "0043"] == plan.folders


def test_units_and_their_ids_do_not_depend_on_listing_order() -> None:
    when = at(DAY)
    objects = [
        zip_obj(code, n, when, kind)
        for code in ("0042", "0043")
        for n in range(6)
        for kind in ("image", "csv")
    ]
    first = build_plan(objects, cfg(date_basis="upload"))
    shuffled = objects[:]
    random.Random(3).shuffle(shuffled)
    again = build_plan(shuffled, cfg(date_basis="upload"))
    assert [(u.unit_id, u.folder, u.keys) for u in first.units] == [
        (u.unit_id, u.folder, u.keys) for u in again.units
    ]
    assert len({u.unit_id for u in first.units}) == len(first.units) == 12


@pytest.mark.parametrize("batch_size", [1, 2, 3, 5, 100])
def test_batches_hold_every_unit_once_in_order_and_never_split_a_pair(batch_size: int) -> None:
    when = at(DAY)
    objects = [
        zip_obj("0042", n, when, kind)
        for n in range(7)
        for kind in (("image", "csv") if n % 2 else ("image",))
    ]
    plan = build_plan(objects, cfg(date_basis="upload", batch_size=batch_size))
    assert [u for batch in plan.batches for u in batch] == plan.units
    for batch in plan.batches:
        zips = sum(len(u.objects) for u in batch)
        # a batch is full before the next starts; one unit alone may exceed a batch of 1
        assert zips <= batch_size or len(batch) == 1
    for left, right in zip(plan.batches, plan.batches[1:], strict=False):
        assert sum(len(u.objects) for u in left) + len(right[0].objects) > batch_size


def test_nothing_in_range_is_an_empty_plan() -> None:
    plan = build_plan([zip_obj("0042", 1, at(DAY - dt.timedelta(days=30)))], cfg())
    assert plan.units == [] and plan.batches == [] and plan.zips == 0 and plan.bytes == 0
