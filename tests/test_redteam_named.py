"""Red-team pass on zips named with --prefix: a key that cannot be part of the study.

`--prefix` can name one zip. A zip whose key is not a study key (at the bucket root, inside the
Lambda's output) is rightly never processed: its panelist cannot be told. When a folder's listing
meets such a key it is not study input and stays silent. But when the user named it, it was
dropped just as silently and the run exited 0 with nothing in the output, as if all had been
done. A named object that cannot be part of the plan is now bad input: reported with its key and
the reason, exit 3 (like every object a run could not process), and the rest of the run goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from test_engine_exact import SHOT_HEADER, app_csv, screen_jpeg, shot_row

from slrk_tui.config import RunConfig
from slrk_tui.demo.server import LocalS3Server
from slrk_tui.engine.plan import build_plan
from slrk_tui.engine.s3 import ObjectInfo

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

BUCKET = "redteam-named"
PANELIST = "academia/tenant/t1_one/panel/p1/V_12/panelist/7001"
WHEN = "2026-09-01T03:00:00Z"
LAYOUT = "academia/tenant/<t>/panel/<p>/V_<n>/panelist/<code>/...zip"


def uuid(i: int) -> str:
    return f"{i:08d}-9999-4999-8999-999999999999"


def zip_name(i: int) -> str:
    return f"image_zip_{uuid(i)}_1.zip"


ROOT = zip_name(1)  # a study zip copied to the bucket root
LAMBDA = f"academia/tenant/t1_one/data/panel=p1/{zip_name(2)}"
STUDY = f"{PANELIST}/{zip_name(3)}"
MISSING = f"{PANELIST}/{zip_name(4)}"  # named, but no such object


def test_the_plan_reports_a_named_zip_it_cannot_take() -> None:
    when = dt.datetime(2026, 9, 1, 4, tzinfo=dt.UTC)
    objects = [ObjectInfo(k, 100, when) for k in (LAMBDA, ROOT, STUDY)]
    day = dt.date(2026, 9, 1)
    named = RunConfig(bucket="b", prefixes=(ROOT, LAMBDA, STUDY, MISSING), start=day, end=day).validated()
    plan = build_plan(objects, named)
    assert [u.keys for u in plan.units] == [[STUDY]]
    reasons = dict(plan.bad)
    assert sorted(reasons) == sorted([ROOT, LAMBDA, MISSING])
    assert LAYOUT in reasons[ROOT] and "bucket root" in reasons[ROOT]
    assert LAYOUT in reasons[LAMBDA] and "Lambda" in reasons[LAMBDA]
    assert "no such object" in reasons[MISSING]
    listed = RunConfig(bucket="b", prefixes=("academia/",), start=day, end=day).validated()
    plan = build_plan(objects[:1] + objects[2:], listed)  # met by listing a folder: silent
    assert plan.bad == [] and plan.ignored == 1


def put(root: Path, key: str, i: int) -> None:
    image = f"img_{i:08d}-0000-4000-8000-000000000000_2026_09_01_03_00_0{i}_000.jpg"
    shots = app_csv(SHOT_HEADER, [shot_row(image, "z", WHEN)])
    data = zip_of([(f"screenshot_data_csv_{uuid(i)}.csv", shots), (image, screen_jpeg(40 * i))])
    put_object(root / BUCKET, key, data, "2026-09-01T04:00:00Z")


def run_queries(
    root: Path, out: Path, queries: dict[str, list[str]]
) -> dict[str, subprocess.CompletedProcess[str]]:
    """`slrk run` once per query id of ``queries`` (its prefixes), for 2026-09-01, one server."""
    procs = {}
    with LocalS3Server(root) as info:
        for qid, prefixes in queries.items():
            args = [a for p in prefixes for a in ("--prefix", p)]
            cmd = slrk_run_cmd(
                info.endpoint_url, out, "--bucket", BUCKET, *args, "--start", "2026-09-01",
                "--end", "2026-09-01", "--query-id", qid, "--processors", "1",
            )  # fmt: skip
            procs[qid] = subprocess.run(
                cmd, env=server_env(info), capture_output=True, text=True, timeout=240
            )
    return procs


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_named_zip_outside_the_study_layout_is_reported(tmp_path: Path) -> None:
    root, out = tmp_path / "s3", tmp_path / "out"
    for i, key in enumerate((ROOT, LAMBDA, STUDY), start=1):
        put(root, key, i)
    queries = {
        "root": [ROOT],
        "mixed": [ROOT, LAMBDA, STUDY, MISSING],
        "listed": ["academia/", "academia/tenant/t1_one/data/panel=p1/"],
    }
    procs = run_queries(root, out, queries)
    reports = {qid: json.loads((out / qid / "report.json").read_text()) for qid in queries}
    # the named root zip alone: nothing was processed, and the run says so
    assert procs["root"].returncode == 3, procs["root"].stderr[-3000:]
    assert reports["root"]["panelists"] == {}
    [bad] = reports["root"]["bad_objects"]
    assert bad["key"] == ROOT and LAYOUT in bad["reason"]
    assert f"warning: {ROOT}: {bad['reason']}" in procs["root"].stderr
    # beside a good zip: each named one reported, the good one complete
    assert procs["mixed"].returncode == 3, procs["mixed"].stderr[-3000:]
    assert sorted(b["key"] for b in reports["mixed"]["bad_objects"]) == sorted([ROOT, LAMBDA, MISSING])
    assert list(reports["mixed"]["panelists"]) == ["7001"]
    images = out / "mixed" / "combined" / "panelists" / "7001" / "images"
    assert len(list(images.iterdir())) == 1
    # met by listing a folder (the Lambda's own, listed on purpose): stays silent, as before
    assert procs["listed"].returncode == 0, procs["listed"].stderr[-3000:]
    assert list(reports["listed"]["panelists"]) == ["7001"]
    assert reports["listed"]["bad_objects"] == [] and reports["listed"]["totals"]["ignored_objects"] == 1


TYPO = "academia/tenant/t1_one/panel/p1/V_12/panelist/7010/"  # one digit off: no such panelist
NOTHING = "nothing under it"


def test_the_plan_reports_a_named_folder_with_nothing_under_it() -> None:
    when = dt.datetime(2026, 9, 1, 4, tzinfo=dt.UTC)
    objects = [ObjectInfo(STUDY, 100, when), ObjectInfo(LAMBDA, 100, when)]
    day = dt.date(2026, 9, 1)
    prefixes = (f"{PANELIST}/", TYPO.rstrip("/"), "academia/tenant/t1_one/data/", "academia/tenant/t9/")
    plan = build_plan(objects, RunConfig(bucket="b", prefixes=prefixes, start=day, end=day).validated())
    assert [u.keys for u in plan.units] == [[STUDY]]
    reasons = dict(plan.bad)
    assert sorted(reasons) == sorted([TYPO, "academia/tenant/t9/"])  # the Lambda folder was listed
    assert NOTHING in reasons[TYPO] and "--prefix" in reasons[TYPO]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_named_folder_with_nothing_under_it_is_reported(tmp_path: Path) -> None:
    """A typo in a panelist code gave an empty dataset and exit 0, as if all had been done."""
    root, out = tmp_path / "s3", tmp_path / "out"
    put(root, STUDY, 3)
    procs = run_queries(root, out, {"typo": [TYPO], "mixed": [f"{PANELIST}/", TYPO]})
    for qid, proc in procs.items():
        assert proc.returncode == 3, proc.stderr[-3000:]
        report = json.loads((out / qid / "report.json").read_text())
        [bad] = report["bad_objects"]
        assert bad["key"] == TYPO and NOTHING in bad["reason"]
        assert f"warning: {TYPO}: {bad['reason']}" in proc.stderr
    report = json.loads((out / "mixed" / "report.json").read_text())
    assert list(report["panelists"]) == ["7001"]  # the rest of the run went on
    assert len(list((out / "mixed" / "combined" / "panelists" / "7001" / "images").iterdir())) == 1
