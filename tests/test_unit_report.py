"""engine/report.py: report.json is built from the durable state, so a resumed run reports the
whole query; an image published once counts its faces once; every bad input is listed; the same
state gives the same bytes whatever order the units finished in."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine.layout import QueryLayout
from slrk_tui.engine.plan import Plan, build_plan
from slrk_tui.engine.report import build_report, summary_lines, write_report
from slrk_tui.engine.s3 import ObjectInfo
from slrk_tui.engine.state import QueryState
from slrk_tui.engine.worker import UnitResult

BASE = "academia/tenant/t1_one/panel/p1/V_12/panelist/"
WHEN = dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC)
CFG = RunConfig(
    bucket="study",
    prefixes=(BASE,),
    start=dt.date(2026, 9, 1),
    end=dt.date(2026, 9, 1),
    s3=S3Settings(endpoint_url="http://127.0.0.1:9000", profile="lab"),
).validated()


def zkey(code: str, n: int) -> str:
    return f"{BASE}{code}/image_zip_{n:08x}-0000-4000-8000-000000000000_3.zip"


@pytest.fixture()
def plan() -> Plan:
    objects = [ObjectInfo(zkey(code, n), 100, WHEN) for code, n in (("0042", 1), ("0042", 2), ("0043", 3))]
    objects.append(ObjectInfo(zkey("0043", 4), 0, WHEN))  # bad: empty
    objects.append(ObjectInfo(zkey("0043", 5), 100, WHEN - dt.timedelta(days=9)))  # outside the dates
    objects.append(ObjectInfo(BASE + "0043/debug.log", 5, WHEN))  # ignored
    return build_plan(objects, CFG)


def results(plan: Plan) -> list[tuple[str, str, list[str], dict]]:
    """What the workers recorded: 0042's two zips both hold img_b.jpg (2 faces in each copy)."""
    u1, u2, u3 = plan.units
    r1 = UnitResult(
        u1.unit_id,
        "0042",
        images=2,
        faces=3,
        written=["img_a.jpg", "img_b.jpg"],
        redacted=[("img_a.jpg", 1), ("img_b.jpg", 2)],
        rows={"screenshot_data": 2},
    )
    r2 = UnitResult(
        u2.unit_id,
        "0042",
        images=2,
        faces=2,
        written=["img_b.jpg", "img_c.jpg"],
        redacted=[("img_b.jpg", 2)],
        withheld=[(u2.keys[0], "img_d.jpg", "not a decodable JPEG")],
        problems=[(u2.keys[0], "entry '../x.csv' skipped: path escapes the folder (zip-slip)")],
        notes=[(u2.keys[0], "2 rows repaired")],
    )
    r3 = UnitResult(u3.unit_id, "0043", problems=[(u3.keys[0], "not a readable zip (bad)")], bad_zips=1)
    return [(u.unit_id, u.folder, u.keys, asdict(r)) for u, r in ((u1, r1), (u2, r2), (u3, r3))]


def record(tmp_path: Path, plan: Plan, order: list[int], name: str = "q") -> tuple[QueryState, QueryLayout]:
    layout = QueryLayout(tmp_path / name)
    state = QueryState(layout.state_db)
    rows = results(plan)
    for i in order:
        state.record_unit(*rows[i])
    # a unit of an earlier, wider query in the same state is not part of this report
    state.record_unit("stale", "0099", ["old.zip"], asdict(UnitResult("stale", "0099", images=9)))
    state.record_consolidated("0042", "screenshot_data", 2)
    state.record_consolidated("0042", "session_data", 1)
    images = layout.images_dir("0042")
    images.mkdir(parents=True)
    for image in ("img_a.jpg", "img_b.jpg", "img_c.jpg"):
        (images / image).write_bytes(b"jpg")
    (images / ".partial").write_bytes(b"")  # a hidden leftover is not an image
    return state, layout


def test_totals_count_each_published_image_once(tmp_path: Path, plan: Plan) -> None:
    state, layout = record(tmp_path, plan, [0, 1, 2])
    report = build_report(CFG, plan, state, layout, "libfacedetection")
    t = report["totals"]
    assert t["panelists"] == 2 and set(report["panelists"]) == {"0042", "0043"}
    assert t["zips"] == 2  # the unreadable zip of 0043 is not counted as done work
    assert t["images"] == 3
    assert t["faces"] == 3  # img_a 1 + img_b 2 (published once, from the first unit)
    assert t["withheld_images"] == 1
    assert t["bad_objects"] == 3  # the empty zip, the zip-slip entry, the unreadable zip
    assert t["zips_outside_dates"] == 1 and t["ignored_objects"] == 1
    assert t["rows"] == {"screenshot_data": 2, "session_data": 1}
    assert report["panelists"]["0042"] == {
        "zips": 2,
        "images": 3,
        "faces": 3,
        "withheld": 1,
        "stripped": 0,
        "rows": {"screenshot_data": 2, "session_data": 1},
    }
    assert report["withheld_images"] == [
        {
            "panelist": "0042",
            "key": plan.units[1].keys[0],
            "image": "img_d.jpg",
            "reason": "not a decodable JPEG",
        }
    ]
    assert {b["reason"] for b in report["bad_objects"]} >= {"empty object (0 bytes)"}
    assert report["notes"] == [{"key": plan.units[1].keys[0], "note": "2 rows repaired"}]
    state.close()


def test_the_report_says_what_was_asked_never_where_from_or_how_fast(tmp_path: Path, plan: Plan) -> None:
    state, layout = record(tmp_path, plan, [0, 1, 2])
    report = build_report(CFG, plan, state, layout, "CenterFace")
    assert report["query_id"] == CFG.resolved_query_id and report["detector"] == "CenterFace"
    assert report["query"]["prefixes"] == [BASE]
    assert not {"s3", "out", "processors", "batch_size"} & set(report["query"])
    assert "127.0.0.1" not in json.dumps(report) and "lab" not in json.dumps(report["query"])
    assert report["output"] == "combined/panelists"
    assert report["exit_codes"]["3"].startswith("done, but")
    state.close()


def test_the_same_state_gives_the_same_report_whatever_the_finishing_order(
    tmp_path: Path, plan: Plan
) -> None:
    reports = []
    for i, order in enumerate(([0, 1, 2], [2, 1, 0], [1, 2, 0])):
        state, layout = record(tmp_path, plan, order, name=f"q{i}")
        reports.append(json.dumps(build_report(CFG, plan, state, layout, "d")))
        state.close()
    assert reports[0] == reports[1] == reports[2]


def test_summary_has_a_line_per_panelist_a_total_and_every_problem(tmp_path: Path, plan: Plan) -> None:
    state, layout = record(tmp_path, plan, [0, 1, 2])
    lines = summary_lines(build_report(CFG, plan, state, layout, "d"))
    state.close()
    assert lines[0].split() == ["panelist", "zips", "images", "faces", "withheld", "rows"]
    assert lines[1].split()[:5] == ["0042", "2", "3", "3", "1"]
    assert "screenshot_data=2" in lines[1] and "session_data=1" in lines[1]
    assert lines[2].split()[:5] == ["0043", "0", "0", "0", "0"]
    assert lines[3].split() == ["total", "2", "3", "3", "1"]
    bad = [line for line in lines if line.startswith("BAD  ")]
    withheld = [line for line in lines if line.startswith("WITHHELD  ")]
    assert len(bad) == 3 and any("zip-slip" in line for line in bad)
    assert withheld == [f"WITHHELD  {plan.units[1].keys[0]} img_d.jpg: not a decodable JPEG"]


def test_write_report_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("old")
    write_report(path, {"totals": {"images": 1}, "name": "ä"})
    assert json.loads(path.read_text()) == {"totals": {"images": 1}, "name": "ä"}
    assert path.read_text().endswith("\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
