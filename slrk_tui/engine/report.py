"""report.json and the printed summary, built from the durable state (so a resumed run reports
the whole query, not just its own part). Deterministic: no timestamps, everything sorted."""

from __future__ import annotations

import json
from pathlib import Path

from slrk_tui.atomic import write_text
from slrk_tui.config import RunConfig
from slrk_tui.engine.layout import QueryLayout
from slrk_tui.engine.participation import ParticipationTally
from slrk_tui.engine.plan import Plan
from slrk_tui.engine.publish import first_copies
from slrk_tui.engine.state import QueryState
from slrk_tui.events import terminal_safe

EXIT_MEANING = {
    0: "all done",
    1: "fatal error: nothing is lost, rerun the same command to resume",
    2: "usage error",
    3: "done, but some inputs were bad or images withheld (see report.json)",
}


def build_report(cfg: RunConfig, plan: Plan, state: QueryState, layout: QueryLayout, detector: str) -> dict:
    in_plan = {u.unit_id for u in plan.units}
    panelists: dict[str, dict] = {
        f: {"zips": 0, "images": 0, "faces": 0, "withheld": 0, "stripped": 0, "rows": {}}
        for f in plan.folders
    }
    bad = [{"key": k, "reason": r} for k, r in plan.bad]
    withheld: list[dict] = []
    notes: list[dict] = []
    published: dict[str, list[tuple[str, list[str]]]] = {f: [] for f in plan.folders}
    faces: dict[tuple[str, str], int] = {}  # (unit, image) -> faces redacted
    participation = ParticipationTally(cfg.tz, cfg.start, cfg.end, plan.folders)
    for unit_id, folder, keys, result in state.unit_results():
        if unit_id not in in_plan:
            continue
        entry = panelists[folder]
        entry["zips"] += len(keys) - result.get("bad_zips", 0)
        published[folder].append((unit_id, result.get("written", [])))
        faces.update(((unit_id, image), n) for image, n in result["redacted"])
        entry["withheld"] += len(result["withheld"])
        entry["stripped"] += result.get("stripped", 0)
        bad.extend({"key": k, "reason": r} for k, r in result["problems"])
        withheld.extend(
            {"panelist": folder, "key": k, "image": i, "reason": r} for k, i, r in result["withheld"]
        )
        notes.extend({"key": k, "note": n} for k, n in result["notes"])
        participation.add(folder, result.get("days", {}))
    for folder, unit_images in published.items():
        # an image in two zips is one file: count the faces of the copy that was published
        owners = first_copies(unit_images)
        panelists[folder]["faces"] = sum(faces.get((unit, image), 0) for image, unit in owners.items())
    consolidated = state.consolidated()
    for folder, entry in panelists.items():
        entry["rows"] = dict(sorted(consolidated.get(folder, {}).items()))
        images_dir = layout.images_dir(folder)
        entry["images"] = _count_files(images_dir)
    totals_rows: dict[str, int] = {}
    for entry in panelists.values():
        for prefix, n in entry["rows"].items():
            totals_rows[prefix] = totals_rows.get(prefix, 0) + n
    bad.sort(key=lambda b: (b["key"], b["reason"]))
    withheld.sort(key=lambda w: (w["panelist"], w["image"], w["key"]))
    notes.sort(key=lambda n: (n["key"], n["note"]))
    return {
        "query_id": cfg.resolved_query_id,
        # what selects the data; where it was read from (endpoint), where it ran and how fast are
        # not part of it
        "query": {
            k: v
            for k, v in cfg.to_json().items()
            if k not in {"out", "processors", "batch_size", "s3", "scheduler"}
        },
        "detector": detector,
        "output": str(layout.panelists_dir.relative_to(layout.root)),
        "totals": {
            "panelists": len(panelists),
            "zips": sum(p["zips"] for p in panelists.values()),
            "images": sum(p["images"] for p in panelists.values()),
            "faces": sum(p["faces"] for p in panelists.values()),
            "withheld_images": len(withheld),
            "stripped_images": sum(p["stripped"] for p in panelists.values()),
            "bad_objects": len(bad),
            "rows": dict(sorted(totals_rows.items())),
            "zips_outside_dates": plan.skipped_by_date,
            "ignored_objects": plan.ignored,
        },
        "panelists": dict(sorted(panelists.items())),
        "bad_objects": bad,
        "withheld_images": withheld,
        "notes": notes,
        "participation": participation.summary(),
        "exit_codes": {str(k): v for k, v in EXIT_MEANING.items()},
    }


def write_report(path: Path, report: dict) -> None:
    write_text(path, json.dumps(report, indent=2, sort_keys=False) + "\n")


def summary_lines(report: dict) -> list[str]:
    """The printed summary: one line per panelist, then every problem."""
    t = report["totals"]
    lines = [f"{'panelist':<28} {'zips':>6} {'images':>8} {'faces':>7} {'withheld':>8}  rows"]
    for folder, p in report["panelists"].items():
        rows = ", ".join(f"{k}={v}" for k, v in p["rows"].items())
        lines.append(
            f"{folder:<28} {p['zips']:>6} {p['images']:>8} {p['faces']:>7} {p['withheld']:>8}  {rows}"
        )
    lines.append(f"{'total':<28} {t['zips']:>6} {t['images']:>8} {t['faces']:>7} {t['withheld_images']:>8}")
    if t.get("stripped_images"):
        lines.append(
            f"{t['stripped_images']} image(s) written without the metadata or extra data "
            "they carried (EXIF, thumbnails, data after the image)"
        )
    for b in report["bad_objects"]:
        lines.append(f"BAD  {b['key']}: {b['reason']}")
    for w in report["withheld_images"]:
        lines.append(f"WITHHELD  {w['key']} {w['image']}: {w['reason']}")
    return [terminal_safe(line) for line in lines]


def _count_files(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
