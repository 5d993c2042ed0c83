"""Who sent data, and when: per panelist x day (in the query's timezone) figures, counted as
units finish and summed at report time, so memory stays flat and no output file is reread.

A worker counts its unit's kept rows into a `DayCounter` (screenshot rows, session rows, the
hours that have screenshots, the upload lag of each screenshot in whole minutes, redacted faces
and withheld images by capture day); the small dict it returns is stored with the unit result.
`ParticipationTally` merges those dicts in `build_report`; `write_participation` writes
participation.csv and participation.png. Figures are summed over units, so a screenshot row
uploaded again in a second zip counts twice here (the consolidated CSV holds it once).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytz

from slrk_tui.atomic import atomic_open
from slrk_tui.engine.plan import Unit
from slrk_tui.engine.s3 import ObjectInfo
from slrk_tui.user_config import cache_dir

SCREENSHOT_PREFIX = "screenshot_data"
SESSION_PREFIX = "session_data"
BUCKET_MS = 15 * 60_000  # every UTC offset is a multiple of 15 minutes: one day/hour per bucket
CSV_FILE = "participation.csv"
PNG_FILE = "participation.png"
CSV_COLUMNS = (
    "panelist",
    "day",
    "screenshots",
    "sessions",
    "hours_with_data",
    "upload_lag_median_minutes",
    "faces_redacted",
    "images_withheld",
)
MAX_WINDOW_DAYS = 92  # longer queries show only the span that has data
NO_DATA_COLOUR = "#ffffff"  # a cell of the heatmap where a panelist sent nothing that day


# --------------------------------------------------------------------------- worker side


@dataclass
class _Day:
    screenshots: int = 0
    sessions: int = 0
    hours: set[int] = field(default_factory=set)
    lag_minutes: Counter[int] = field(default_factory=Counter)
    faces: int = 0
    withheld: int = 0


class DayCounter:
    """One unit's figures per local day; `to_json()` is what the unit result stores."""

    def __init__(self, tz: str, uploaded_ms: dict[str, int]):
        self.zone = pytz.timezone(tz)
        self.uploaded_ms = uploaded_ms  # S3 key -> LastModified, epoch ms
        self.days: dict[str, _Day] = {}
        self._buckets: dict[int, tuple[str, int]] = {}

    def _where(self, ts: int) -> tuple[_Day, int]:
        bucket = ts // BUCKET_MS
        found = self._buckets.get(bucket)
        if found is None:
            local = dt.datetime.fromtimestamp(bucket * BUCKET_MS / 1000, self.zone)
            found = self._buckets[bucket] = (local.date().isoformat(), local.hour)
        day, hour = found
        return self.days.setdefault(day, _Day()), hour

    def add_row(self, prefix: str, key: str, ts: int | None) -> None:
        """A kept row of `prefix` from the zip `key`, captured at `ts` (None: no time, no day)."""
        if ts is None or prefix not in (SCREENSHOT_PREFIX, SESSION_PREFIX):
            return
        day, hour = self._where(ts)
        if prefix == SESSION_PREFIX:
            day.sessions += 1
            return
        day.screenshots += 1
        day.hours.add(hour)
        uploaded = self.uploaded_ms.get(key)
        if uploaded is not None:
            day.lag_minutes[(uploaded - ts) // 60_000] += 1

    def add_images(
        self, image_times: dict[str, int], redacted: Iterable[tuple[str, int]], withheld: Iterable[str]
    ) -> None:
        """Faces and withheld images by the capture day of their screenshot row."""
        for name, faces in redacted:
            if name in image_times:
                self._where(image_times[name])[0].faces += faces
        for name in withheld:
            if name in image_times:
                self._where(image_times[name])[0].withheld += 1

    def to_json(self) -> dict[str, dict]:
        return {
            day: {
                "screenshots": d.screenshots,
                "sessions": d.sessions,
                "hours": sorted(d.hours),
                "lag_minutes": {str(m): n for m, n in sorted(d.lag_minutes.items())},
                "faces": d.faces,
                "withheld": d.withheld,
            }
            for day, d in sorted(self.days.items())
        }


def upload_times(objects: Iterable[ObjectInfo]) -> tuple[tuple[str, int], ...]:
    """(key, LastModified as epoch ms) of a unit's zips, for `UnitTask.uploaded_ms`."""
    return tuple((obj.key, int(_aware(obj.last_modified).timestamp() * 1000)) for obj in objects)


def _aware(when: dt.datetime) -> dt.datetime:
    """S3 gives aware UTC times; a naive one (some S3-compatible servers) is UTC too."""
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


# --------------------------------------------------------------------------- report side


def median_of_counts(counts: Counter[int]) -> float | None:
    """The median of values given as {value: how many}; None when there are none."""
    total = sum(counts.values())
    if total == 0:
        return None
    lo_rank, hi_rank = (total - 1) // 2, total // 2
    lo = hi = None
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if lo is None and seen > lo_rank:
            lo = value
        if seen > hi_rank:
            hi = value
            break
    assert lo is not None and hi is not None
    return (lo + hi) / 2


class ParticipationTally:
    """Merges the per-unit day figures of a whole query into per panelist x day figures."""

    def __init__(self, tz: str, first_day: dt.date, last_day: dt.date, folders: Iterable[str]):
        self.tz = tz
        self.window = (first_day, last_day)
        self.days: dict[str, dict[str, _Day]] = {f: {} for f in folders}

    def add(self, folder: str, unit_days: dict[str, dict]) -> None:
        panelist = self.days.setdefault(folder, {})
        for day, figures in unit_days.items():
            d = panelist.setdefault(day, _Day())
            d.screenshots += figures["screenshots"]
            d.sessions += figures["sessions"]
            d.hours.update(figures["hours"])
            d.lag_minutes.update({int(m): n for m, n in figures["lag_minutes"].items()})
            d.faces += figures["faces"]
            d.withheld += figures["withheld"]

    def summary(self) -> dict:
        """report.json's "participation": the days shown, and each panelist's days with data."""
        return {
            "tz": self.tz,
            "days": self._shown_days(),
            "columns": list(CSV_COLUMNS[2:]),
            "panelists": {
                folder: {day: _figures(d) for day, d in sorted(days.items())}
                for folder, days in sorted(self.days.items())
            },
        }

    def _shown_days(self) -> list[str]:
        """Every day from the first to the last with data, so a day nobody sent anything shows
        as a blank column; widened to the query's days when those are few enough to show."""
        seen = {dt.date.fromisoformat(day) for p in self.days.values() for day in p}
        first, last = self.window
        if (last - first).days < MAX_WINDOW_DAYS:
            seen |= {first, last}
        return _day_range(seen)


def _day_range(dates: Iterable[dt.date]) -> list[str]:
    """Every day from the earliest to the latest of `dates`, as ISO strings."""
    ordered = sorted(dates)
    if not ordered:
        return []
    return [
        (ordered[0] + dt.timedelta(days=i)).isoformat() for i in range((ordered[-1] - ordered[0]).days + 1)
    ]


def listing_coverage(units: Iterable[Unit], tz: str) -> dict:
    """Zips per panelist per upload day (in `tz`), from the listing alone: the gaps a run would
    find, shown before anything is downloaded. Shaped like the report's participation."""
    zone = pytz.timezone(tz)
    zips: dict[str, Counter[dt.date]] = {}
    for unit in units:
        counts = zips.setdefault(unit.folder, Counter())
        for obj in unit.objects:
            counts[_aware(obj.last_modified).astimezone(zone).date()] += 1
    return {
        "tz": tz,
        "days": _day_range({day for counts in zips.values() for day in counts}),
        "panelists": {
            folder: {day.isoformat(): {"zips": n} for day, n in sorted(counts.items())}
            for folder, counts in sorted(zips.items())
        },
    }


def _figures(d: _Day) -> dict[str, int | float | None]:
    return {
        "screenshots": d.screenshots,
        "sessions": d.sessions,
        "hours_with_data": len(d.hours),
        "upload_lag_median_minutes": median_of_counts(d.lag_minutes),
        "faces_redacted": d.faces,
        "images_withheld": d.withheld,
    }


SHADES = "░▒▓█"  # quarters of the busiest panelist-day's screenshots
NO_DATA_CHAR = "·"
TEXT_DAYS = 120  # the text heatmap shows at most the last this many days


def heatmap_text(summary: dict, figure: str = "screenshots") -> list[str]:
    """The heatmap of `figure` in block characters for a terminal: a row per panelist, a column
    per day. `summary` is the report's participation or a `listing_coverage`."""
    days = summary["days"][-TEXT_DAYS:]
    panelists = summary["panelists"]
    if not days or not panelists:
        return []
    peak = max((f[figure] for p in panelists.values() for f in p.values()), default=0)
    label = min(max(len(name) for name in panelists), 24)
    lines = [
        f"{figure} per day, {days[0]}..{days[-1]} ({summary['tz']}): "
        f"{NO_DATA_CHAR} none, {SHADES[-1]} up to {peak}"
    ]
    if len(summary["days"]) > TEXT_DAYS:
        lines[0] += f" (last {TEXT_DAYS} of {len(summary['days'])} days)"
    for name, figures in panelists.items():
        cells = []
        for day in days:
            f = figures.get(day)
            if f is None:
                cells.append(NO_DATA_CHAR)
            else:
                share = f[figure] / peak if peak else 0
                cells.append(SHADES[min(len(SHADES) - 1, int(share * len(SHADES)))])
        lines.append(f"  {name[:label]:<{label}} {''.join(cells)}")
    return lines


# --------------------------------------------------------------------------- files


def write_participation(query_dir: Path, summary: dict) -> dict[tuple[str, str], tuple[int, int]]:
    """participation.csv (every panelist x day, zeros where nothing came) and participation.png;
    returns each cell's centre in the PNG as (x, y) pixels from the top left."""
    columns = summary["columns"]
    path = query_dir / CSV_FILE
    with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for folder, days in summary["panelists"].items():
            for day in summary["days"]:
                figures = days.get(day)
                if figures is None:
                    writer.writerow(
                        [folder, day, *(0 if c != "upload_lag_median_minutes" else "" for c in columns)]
                    )
                else:
                    writer.writerow(
                        [folder, day, *("" if figures[c] is None else figures[c] for c in columns)]
                    )
    return render_heatmap(query_dir / PNG_FILE, summary)


def render_heatmap(path: Path, summary: dict) -> dict[tuple[str, str], tuple[int, int]]:
    """Screenshots per panelist (rows) and day (columns); days with no rows are left blank.

    Headless: a bare Figure on the Agg canvas, no pyplot state. Written atomically."""
    import numpy as np

    # matplotlib keeps a font cache; it goes to slrk's cache folder, not ~/.cache/matplotlib
    os.environ.setdefault("MPLCONFIGDIR", str(cache_dir() / "matplotlib"))
    from matplotlib import colormaps
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    panelists = list(summary["panelists"])
    days = summary["days"]
    values = np.ma.masked_all((max(len(panelists), 1), max(len(days), 1)))
    for i, folder in enumerate(panelists):
        for j, day in enumerate(days):
            figures = summary["panelists"][folder].get(day)
            if figures and (figures["screenshots"] or figures["sessions"]):
                values[i, j] = figures["screenshots"]
    width = min(max(5.0, 3.0 + 0.28 * len(days)), 120.0)
    height = min(max(2.5, 1.6 + 0.24 * len(panelists)), 120.0)
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    cmap = colormaps["viridis"].with_extremes(bad=NO_DATA_COLOUR)
    mesh = ax.pcolormesh(values, cmap=cmap, vmin=0, edgecolors="#d0d0d0", linewidth=0.3)
    ax.invert_yaxis()  # first panelist on top, like the CSV
    step = max(1, len(days) // 40)
    ax.set_xticks(
        [j + 0.5 for j in range(0, len(days), step)],
        [days[j] for j in range(0, len(days), step)],
        rotation=90,
        fontsize=7,
    )
    ax.set_yticks([i + 0.5 for i in range(len(panelists))], panelists, fontsize=7)
    ax.set_title(f"Screenshots per panelist and day ({summary['tz']}); blank: no data", fontsize=9)
    fig.colorbar(mesh, ax=ax, label="screenshots", shrink=0.8)
    canvas.draw()
    _, pixel_height = canvas.get_width_height()
    centres = {}
    for i, folder in enumerate(panelists):
        for j, day in enumerate(days):
            x, y = ax.transData.transform((j + 0.5, i + 0.5))
            centres[(folder, day)] = (round(x), round(pixel_height - y))
    with atomic_open(path, "wb") as fh:
        fig.savefig(fh, format="png", dpi=fig.dpi)
    return centres
