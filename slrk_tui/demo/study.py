"""A synthetic Screenlake study on disk, byte-faithful to /work/shared/screenlake-format.md.

Why it exists: the tool must be developed, tested and demonstrated without real participants'
data. This module simulates what the app does on each phone (capture every ~5 s while the screen
is on, group screenshots into hourly zips of at most ``shots_per_zip`` rows, save sessions at
screen-off, compute app segments before each zip, take the newest accessibility events, upload
0-2 h later) and writes the resulting objects as files under ``root/<bucket>/<key>``, with the
file mtime as the S3 ``LastModified`` (``rclone serve s3`` serves each top-level folder as a
bucket). ``root/manifest.json`` records every object, row, JPG and face so tests can compute the
exact expected output of the engine.

Deterministic: the same :class:`StudySpec` gives byte-identical files and mtimes. Idempotent:
a root that already holds the same spec is reused. The module is long because it is the one
place that knows the app's whole upload behaviour (files owned by this piece are fixed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from slrk_tui.demo import screens as S

GENERATOR_VERSION = 1
MANIFEST_NAME = "manifest.json"
MARKER_NAME = ".slrk-demo-study"
DEVICE_DIR = "/data/user/0/com.screenlake/files/"

# Exact headers (format doc §3.1-3.6).
SCREENSHOT_HEADER = (
    "id_user",
    "file",
    "zipFileId",
    "apk",
    "id_session",
    "id_segment",
    "app",
    "text",
    "weekday",
    "t_epoch_ts_ms",
    "t_natural_utc_ts",
    "t_natural_second_ts",
    "t_natural_day_ts",
)
ACCESSIBILITY_HEADER = ("id_user", "type", "t_unix_ts_ms", "apk", "id_session", "id_interval", "text")
SESSION_HEADER = (
    "id_user",
    "session_start",
    "session_end",
    "id_session",
    "seconds_since_last_active_ms",
    "session_duration_ms",
    "session_count_per_day",
    "interval",
    "id_panel",
    "id_tenant",
    "t_natural_second_session_start",
    "t_natural_day_session_start",
    "t_natural_second_session_end",
    "t_natural_day_session_end",
)
SEGMENT_HEADER = (
    "apk",
    "t_unix_ts_segment_start",
    "duration_segment_ms",
    "id_session",
    "id_segment",
    "apk_prev_1",
    "apk_prev_2",
    "apk_prev_3",
    "apk_prev_4",
    "apk_next_1",
    "id_user",
)
ZIP_MANIFEST_HEADER = ("app_version", "schema_version", "zip_id", "recorded_at_epoch_ms", "recorded_at_utc")
PACKAGE_EVENT_HEADER = ("id_user", "apk", "app_name", "event_type", "t_unix_ts_ms", "is_replacing")
LOG_HEADER = ("event", "msg", "user", "timestamp")

TENANTS = (("general_tenant_1", "general_tenant"), ("ut_austin_tenant_1", "ut_austin"))
#: (tenant index, panel) in the order panelists are dealt out: >= 2 tenants and >= 2 panels
#: as soon as there are 3 panelists.
PANEL_SLOTS = ((0, "general_1"), (1, "ut_austin_1"), (0, "general_2"))
TIMEZONES = (
    "America/Los_Angeles",
    "America/New_York",
    "America/Los_Angeles",
    "America/Chicago",
    "Europe/Berlin",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: app -> (package, label, screen kinds, weight). Most screen time is face-free.
APPS: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
    ("com.google.android.apps.nexuslauncher", "Pixel Launcher", ("home",), 10),
    ("com.android.chrome", "Chrome", ("browser",), 22),
    ("com.android.settings", "Settings", ("settings",), 7),
    ("com.google.android.apps.maps", "Maps", ("maps",), 8),
    ("com.google.android.youtube", "YouTube", ("video",), 10),
    ("com.instagram.android", "Instagram", ("feed",), 13),
    ("com.whatsapp", "WhatsApp", ("chat_list", "chat_thread"), 13),
    ("us.zoom.videomeetings", "Zoom", ("video_call",), 4),
    ("com.google.android.GoogleCamera", "Camera", ("selfie",), 2),
)
RESTRICTED_APPS = (
    ("com.chase.sora", "Chase"),
    ("com.wf.wellsfargomobile", "Wells Fargo"),
    ("com.myfitnesspal.android", "MyFitnessPal"),
)
QUOTED_URL = 'www.google.com/search?q=say "hi", ok'
URLS = (
    "m.facebook.com",
    "news.example.com/world",
    "www.google.com/search?q=weather",
    "reddit.com/r/AskScience",
    "m.wikipedia.org/wiki/Research",
)
CLICKS = ("Like", "Send", "Reply", "Back", "Recents", "Home", "Search")


# ----------------------------------------------------------------------------- spec/manifest


@dataclass(frozen=True)
class StudySpec:
    """What to generate. The defaults make a ~1,400-row study in well under 30 s on 2 cores."""

    panelists: int = 6  # spread over >= 2 tenants and >= 2 panels
    days: int = 3
    seed: int = 0
    start: dt.date = dt.date(2026, 9, 1)  # first capture day, in each device's local time
    shots_per_zip: int = 50
    sessions_per_day: int = 3
    bad_inputs: bool = False  # add every kind of bad input and naming quirk
    bucket: str = "screenlake-zip-prod"

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["start"] = self.start.isoformat()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StudySpec:
        d = dict(d)
        d["start"] = dt.date.fromisoformat(d["start"])
        return cls(**d)


@dataclass
class PanelistInfo:
    """One simulated phone. ``legacy`` = old build: old JPG names, epoch-seconds bug, rows
    newest first, interval 0.3, ``id_user`` "null" in sessions."""

    code: str
    tenant: str  # the S3 folder, ``{tenantId}_{tenantName}``
    panel: str
    versions: list[str]
    tz: str
    legacy: bool
    stop_reason: bool  # sessions CSV has the 15th column
    csv_zip: bool  # last batch uploaded as the newer csv_zip/image_zip pair


@dataclass
class ObjectEntry:
    """One S3 object. kind: zip (valid upload) | bad (reason in bad_reason) | noise (to ignore).

    ``variant`` names a legal quirk: double_ext, csv_zip, split_image_zip, package_events,
    v11, null_panelist, collision. ``n_rows`` is N from the name (-1 if none)."""

    key: str
    kind: str
    bad_reason: str
    tenant: str
    panel: str
    version: str
    panelist: str
    uploaded_at: int  # epoch seconds = file mtime = S3 LastModified
    zip_uuid: str
    size: int
    n_rows: int = -1
    variant: str = ""
    created_at_ms: int = 0  # zip creation on the phone
    entries: list[str] = field(default_factory=list)  # zip entry names in order
    csv_rows: dict[str, int] = field(default_factory=dict)  # CSV prefix -> data rows
    note: str = ""


@dataclass
class ScreenshotRow:
    """A row of a screenshot CSV. ``zip_key`` is where the row is; ``jpg`` is "" when the app
    was restricted (no image)."""

    panelist: str
    tenant: str
    panel: str
    version: str
    t_epoch_ts_ms: int
    jpg: str
    zip_key: str
    id_session: str
    id_segment: str
    apk: str


@dataclass
class JpgEntry:
    """A JPG member. ``faces`` are [x1,y1,x2,y2] image pixels (forehead to chin), with
    parallel ``face_kinds`` / ``face_sources``. ``duplicate_of_prev``: byte-identical to the
    panelist's previous captured JPG; ``near_duplicate_of_prev``: same screen, clock differs."""

    name: str
    zip_key: str
    panelist: str
    tenant: str
    faces: list[list[int]]
    face_kinds: list[str]
    face_sources: list[str]
    duplicate_of_prev: bool
    near_duplicate_of_prev: bool
    screen_id: str
    sha1: str
    size: int
    corrupt: bool = False
    width: int = S.WIDTH
    height: int = S.HEIGHT


@dataclass
class SessionEntry:
    panelist: str
    tenant: str
    id_session: str
    zip_key: str
    start_ms: int
    end_ms: int


@dataclass
class SegmentEntry:
    panelist: str
    tenant: str
    id_segment: str
    id_session: str
    zip_key: str
    apk: str
    start_ms: int
    duration_ms: int


@dataclass
class AccessibilityEntry:
    """A distinct accessibility event; ``zip_keys`` lists every zip it was written to (the app
    re-sends the newest events, so many appear twice). ``t_unix_ts_ms`` is the raw written
    value (epoch SECONDS for SESSION_START/APP_RESTRICTED on legacy builds)."""

    panelist: str
    tenant: str
    type: str
    t_unix_ts_ms: int
    id_interval: str
    text: str
    zip_keys: list[str]


@dataclass
class StudyManifest:
    """Everything written, for computing expected engine output."""

    spec: dict[str, Any]
    generator_version: int
    bucket: str
    panelists: list[PanelistInfo]
    objects: list[ObjectEntry]
    screenshots: list[ScreenshotRow]
    jpgs: list[JpgEntry]
    sessions: list[SessionEntry]
    segments: list[SegmentEntry]
    accessibility: list[AccessibilityEntry]

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> StudyManifest:
        d = json.loads(text)
        kinds = {
            "panelists": PanelistInfo,
            "objects": ObjectEntry,
            "screenshots": ScreenshotRow,
            "jpgs": JpgEntry,
            "sessions": SessionEntry,
            "segments": SegmentEntry,
            "accessibility": AccessibilityEntry,
        }
        for name, klass in kinds.items():
            d[name] = [klass(**x) for x in d[name]]
        return cls(**d)

    @property
    def study_spec(self) -> StudySpec:
        return StudySpec.from_dict(self.spec)

    def objects_of_kind(self, kind: str) -> list[ObjectEntry]:
        return [o for o in self.objects if o.kind == kind]

    def object(self, key: str) -> ObjectEntry:
        for o in self.objects:
            if o.key == key:
                return o
        raise KeyError(key)


def load_manifest(root: Path) -> StudyManifest:
    """Read ``root/manifest.json`` written by :func:`generate_study`."""
    return StudyManifest.from_json((Path(root) / MANIFEST_NAME).read_text("utf-8"))


# ----------------------------------------------------------------------------- formatting


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def instant(ms: int) -> str:
    """``java.time.Instant.toString()`` at ms precision: no fraction when ms == 0."""
    d = dt.datetime.fromtimestamp(ms // 1000, dt.UTC)
    frac = ms % 1000
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac:03d}" if frac else "") + "Z"


def _local(ms: int, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000, tz)


def _hms(d: dt.datetime) -> str:
    return d.strftime("%H:%M:%S")


def _mdy(d: dt.datetime) -> str:
    return d.strftime("%m/%d/%Y")


def _clock(d: dt.datetime) -> str:
    return f"{(d.hour % 12) or 12}:{d.minute:02d}"


def old_jpg_name(file_uuid: str, d: dt.datetime) -> str:
    """``img_{uuid}_{yyyy_MM_dd_kk_mm_ss_SSS}.jpg``: ``kk`` is 1-24, the midnight hour is 24."""
    kk = d.hour or 24
    return (
        f"img_{file_uuid}_{d.year:04d}_{d.month:02d}_{d.day:02d}_{kk:02d}_{d.minute:02d}_"
        f"{d.second:02d}_{d.microsecond // 1000:03d}.jpg"
    )


def new_jpg_name(file_uuid: str, d: dt.datetime) -> str:
    """``img_{uuid}Screenshot_{yyyy-MM-dd_HH-mm-ss}.jpg`` (no separator, no ms)."""
    return f"img_{file_uuid}Screenshot_{d.strftime('%Y-%m-%d_%H-%M-%S')}.jpg"


def csv_bytes(header: Iterable[str], rows: Iterable[Iterable[str]]) -> bytes:
    """The app's writer: every field quoted, quotes inside values NOT escaped, LF endings."""
    lines = [",".join(f'"{h}"' for h in header)]
    lines += [",".join(f'"{v}"' for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_OCR_DROP = re.compile(r"[^a-z0-9/ ]+")


def _ocr(words: list[str]) -> str:
    text = _OCR_DROP.sub(" ", " ".join(words[:60]).lower())
    return " ".join(text.split())


def _clean(text: str) -> str:
    """``ScreenshotData.ocrCleanUp`` for SCREEN_TEXT/CLICKED text."""
    text = re.sub(r"['\",\r\n;\t\\\[\]]", " ", text)
    return " ".join(text.split())


# ----------------------------------------------------------------------------- simulation


@dataclass(eq=False)
class _Shot:
    t_ms: int
    apk: str
    label: str
    screen_key: str  # "" for restricted rows
    screen_kind: str
    clock: str
    battery: int
    session: _Session
    interval_id: str
    jpg: str = ""
    text: str = ""
    segment_id: str = ""
    zip_name: str = ""


@dataclass(eq=False)
class _Session:
    id: str
    start_ms: int
    end_ms: int
    count_per_day: int
    since_last_ms: int
    shots: list[_Shot] = field(default_factory=list)
    stop_reason: str = "SCREEN_OFF"


@dataclass(eq=False)
class _Event:
    type: str
    t_ms: int  # real time (for ordering and "pending at" checks)
    written_t: int  # value written (seconds bug)
    apk: str
    session_id: str
    interval_id: str
    text: str
    zip_names: list[str] = field(default_factory=list)


@dataclass(eq=False)
class _Segment:
    id: str
    session: _Session
    apk: str
    start_ms: int
    duration_ms: int
    prev: list[str]
    next1: str
    zip_name: str = ""


@dataclass(eq=False)
class _Zip:
    """One batch made by the zip worker."""

    uuid: str
    created_ms: int
    shots: list[_Shot]
    version: str
    sessions: list[_Session] = field(default_factory=list)
    segments: list[_Segment] = field(default_factory=list)
    events: list[_Event] = field(default_factory=list)
    uploaded_at: int = 0
    variant: str = ""
    double_ext: bool = False

    @property
    def name(self) -> str:
        return f"image_zip_{self.uuid}_{len(self.shots)}.zip"


@dataclass(eq=False)
class _Phone:
    idx: int
    info: PanelistInfo
    tz: ZoneInfo
    tenant_id: str
    rng: random.Random
    tick_minute: int = 0  # the zip worker runs hourly at this minute
    sessions: list[_Session] = field(default_factory=list)
    events: list[_Event] = field(default_factory=list)
    zips: list[_Zip] = field(default_factory=list)

    @property
    def folder(self) -> str:
        i = self.info
        return f"academia/tenant/{i.tenant}/panel/{i.panel}/{{version}}/panelist/{i.code}/"

    def key(self, version: str, name: str) -> str:
        return self.folder.format(version=version) + name


def _make_phones(spec: StudySpec) -> list[_Phone]:
    rng = random.Random(f"{spec.seed}:phones")
    n = max(1, spec.panelists)
    codes: list[str] = []
    while len(codes) < n:
        c = f"{rng.randint(0, 99):04d}" if not codes else f"{rng.randint(1001, 9999):04d}"
        if c not in codes and c not in ("1234", "2323"):
            codes.append(c)
    if spec.bad_inputs and n >= 2:
        codes[1] = codes[0]  # same code under another tenant (PANEL_SLOTS[1] is tenant 1)
    phones = []
    for i in range(n):
        t_idx, panel = PANEL_SLOTS[i % len(PANEL_SLOTS)]
        tid, tname = TENANTS[t_idx]
        legacy = i % 2 == 0
        info = PanelistInfo(
            code=codes[i],
            tenant=f"{tid}_{tname}",
            panel=panel,
            versions=["V_12"],
            tz=TIMEZONES[i % len(TIMEZONES)],
            legacy=legacy,
            stop_reason=(not legacy and i % 4 == 1),
            csv_zip=spec.bad_inputs and i == min(3, n - 1),
        )
        if spec.bad_inputs and i == min(2, n - 1):
            info.versions = ["V_11", "V_12"]
        phones.append(
            _Phone(
                i,
                info,
                ZoneInfo(info.tz),
                tid,
                random.Random(f"{spec.seed}:p{i}"),
                tick_minute=rng.randint(5, 55),
            )
        )
    if spec.bad_inputs:
        info = PanelistInfo(
            code="null",
            tenant=f"{TENANTS[0][0]}_{TENANTS[0][1]}",
            panel="general_1",
            versions=["V_12"],
            tz="America/Los_Angeles",
            legacy=False,
            stop_reason=False,
            csv_zip=False,
        )
        phones.append(
            _Phone(
                n, info, ZoneInfo(info.tz), TENANTS[0][0], random.Random(f"{spec.seed}:pnull"), tick_minute=17
            )
        )
    return phones


def _session_starts(p: _Phone, spec: StudySpec, day: int) -> list[tuple[int, bool]]:
    """Start times (epoch ms) of one day's sessions, hours apart, and whether each must run
    across the phone's hourly zip tick (so its session/segment rows land in a later zip)."""
    rng = p.rng
    date = spec.start + dt.timedelta(days=day)
    pool = [7, 8, 9, 11, 12, 13, 15, 16, 18, 19, 20, 21, 22, 23]
    k = 1 if p.info.code == "null" else max(1, spec.sessions_per_day)
    hours = sorted(rng.sample(pool, min(k, len(pool))))
    if p.info.legacy and day == 0:
        hours[0] = 0  # the midnight hour: old JPG names write it as 24
    straddle = min(1, len(hours) - 1) if day == 0 else -1
    starts: list[tuple[int, bool]] = []
    for j, h in enumerate(hours):
        minute = p.tick_minute - 2 if j == straddle else rng.randint(2, 45)
        local = dt.datetime.combine(date, dt.time(h, minute, rng.randint(0, 59)), p.tz)
        starts.append((int(local.timestamp() * 1000) + rng.randint(0, 999), j == straddle))
    if not p.info.legacy and day == 0 and len(starts) > 2:
        # one session starts 2.5 min before UTC midnight: UTC date partitions split it
        utc_mid = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(0), dt.UTC)
        s = int(utc_mid.timestamp() * 1000) - 150_000 + rng.randint(0, 999)
        free = [j for j in range(len(starts)) if j not in (0, straddle)]
        if _local(s, p.tz).date() == date and free:
            nearest = min(free, key=lambda j: abs(starts[j][0] - s))
            others = [t for j, (t, _) in enumerate(starts) if j != nearest]
            if all(abs(t - s) > 5_400_000 for t in others):
                starts[nearest] = (s, False)
                starts.sort()
    # the day's first session starts its first shot on a whole second: an Instant without
    # a fraction
    t0, flag = starts[0]
    starts[0] = (t0 - t0 % 1000, flag)
    return starts


def _simulate_sessions(p: _Phone, spec: StudySpec) -> None:
    rng = p.rng
    cadence = (3190, 3260) if p.info.legacy else (5080, 5400)
    battery = 100
    prev_end = 0
    # visits every phone shows early on, whatever the dice say: a restricted (bank) app, and
    # on the first phone a camera screen whose face fills nearly the whole width and a chat
    # thread with tiny read-receipt avatars (the faces detectors miss most)
    forced: list[str] = ["restricted"] + (["selfie_close", "chat_thread"] if p.idx == 0 else [])
    forced += ["video_call"] if p.idx == min(1, spec.panelists - 1) else []
    weights = [a[3] for a in APPS]
    for day in range(max(1, spec.days) if p.info.code != "null" else 1):
        for count, (start, straddle) in enumerate(_session_starts(p, spec, day), start=1):
            n = rng.randint(5, 22) if rng.random() < 0.8 else rng.randint(30, 60)
            if straddle:  # runs > 2 min, across the tick
                n = rng.randint(42, 55) if p.info.legacy else rng.randint(28, 40)
            if p.info.code == "null":
                n = 7
            sess = _Session(
                id=_uuid(rng),
                start_ms=start - rng.randint(1000, 4000),
                end_ms=0,
                count_per_day=count,
                since_last_ms=0,
                stop_reason="SCREEN_OFF" if rng.random() < 0.8 else "UNKNOWN",
            )
            sess.since_last_ms = max(0, sess.start_ms - prev_end) if prev_end else 0
            battery = max(8, battery - rng.randint(2, 9))
            t = start
            visit = 0
            while len(sess.shots) < n:
                force = forced.pop(0) if forced and visit >= 1 else ""
                restricted = force == "restricted" or (not force and rng.random() < 0.07)
                if restricted:
                    apk, label = rng.choice(RESTRICTED_APPS)
                    kinds: tuple[str, ...] = ()
                elif force == "selfie_close":
                    apk, label = APPS[-1][:2]
                    kinds = ("selfie_close",)
                elif force in ("video_call", "chat_thread"):
                    apk, label, _, _ = next(a for a in APPS if force in a[2])
                    kinds = (force,)
                elif visit == 0 and rng.random() < 0.6:
                    apk, label, kinds, _ = APPS[0]
                else:
                    apk, label, kinds, _ = rng.choices(APPS, weights)[0]
                left = min(n - len(sess.shots), rng.randint(2, 6) if restricted else rng.randint(3, 30))
                screen_no = 0
                dwell = 0
                screen_key, kind = "", ""
                for _ in range(left):
                    if not restricted and dwell == 0:
                        kind = rng.choice(kinds)
                        screen_key = f"p{p.idx}:s{sess.id[:8]}:v{visit}:c{screen_no}"
                        screen_no += 1
                        # Frames on this screen. Calibrated on the app's own sample upload
                        # (51 frames, about 10 distinct): a glance is 1 frame, a short look
                        # 2-4, reading 5-15 (a minute at 5 s per frame).
                        r = rng.random()
                        dwell = 1 if r < 0.25 else rng.randint(2, 4) if r < 0.55 else rng.randint(5, 15)
                    dwell = max(0, dwell - 1)
                    local = _local(t, p.tz)
                    sess.shots.append(
                        _Shot(t, apk, label, screen_key, kind, _clock(local), battery, sess, _uuid(rng))
                    )
                    t += rng.randint(*cadence)
                visit += 1
            sess.end_ms = sess.shots[-1].t_ms + rng.randint(1000, 6000)
            prev_end = sess.end_ms
            p.sessions.append(sess)


def _name_jpgs_and_text(p: _Phone, words: dict[str, list[str]]) -> None:
    rng = p.rng
    for sess in p.sessions:
        for shot in sess.shots:
            if not shot.screen_key:
                shot.text = "null"
                continue
            name_t = _local(shot.t_ms - rng.randint(3, 9), p.tz)
            fid = _uuid(rng)
            shot.jpg = old_jpg_name(fid, name_t) if p.info.legacy else new_jpg_name(fid, name_t)
            shot.text = "" if rng.random() < 0.03 else _ocr(words[shot.screen_key])


def _make_events(p: _Phone, words: dict[str, list[str]]) -> None:
    """Accessibility events: session start/end, per-capture screen text, URLs, clicks."""
    rng = p.rng
    legacy = p.info.legacy
    events: list[_Event] = []

    def secs(t: int) -> int:
        return t // 1000 if legacy else t

    quoted_done = False
    for sess in p.sessions:
        sid = sess.id
        events.append(
            _Event("SESSION_START", sess.start_ms, secs(sess.start_ms), "null", sid, _uuid(rng), "null")
        )
        prev_apk, prev_key, last_url = "", "", ""
        for shot in sess.shots:
            if not shot.screen_key:
                if shot.apk != prev_apk:
                    t = shot.t_ms - rng.randint(200, 900)
                    events.append(
                        _Event("APP_RESTRICTED", t, secs(t), shot.apk, sid, shot.interval_id, "null")
                    )
                prev_apk = shot.apk
                continue
            t = shot.t_ms + rng.randint(50, 900)
            text = _clean(" ".join(words[shot.screen_key][:40]).title())
            events.append(_Event("SCREEN_TEXT", t, t, shot.apk, sid, shot.interval_id, text))
            if shot.screen_key != prev_key:
                if shot.screen_kind == "browser":
                    url = QUOTED_URL if not quoted_done or rng.random() < 0.2 else rng.choice(URLS)
                    quoted_done = True
                    if url != last_url:
                        tu = t - rng.randint(300, 1500)
                        events.append(_Event("URL", tu, tu, shot.apk, sid, shot.interval_id, url))
                        last_url = url
                if rng.random() < 0.3:
                    c = rng.choice(CLICKS)
                    text = f" {c} " if legacy else c
                    tc = t + rng.randint(100, 2000)
                    events.append(_Event("CLICKED_EVENT", tc, tc, shot.apk, sid, shot.interval_id, text))
            prev_apk, prev_key = shot.apk, shot.screen_key
        events.append(_Event("SESSION_END", sess.end_ms, sess.end_ms, "null", sid, _uuid(rng), "null"))
    if not quoted_done and p.sessions:  # every phone writes one malformed (quoted) URL row
        s = p.sessions[0]
        t = s.shots[0].t_ms + 700
        events.append(_Event("URL", t, t, "com.android.chrome", s.id, s.shots[0].interval_id, QUOTED_URL))
    events.sort(key=lambda e: e.t_ms)
    p.events = events


def _segments_for(p: _Phone, shots: list[_Shot]) -> list[_Segment]:
    """``saveAllSessionSegments``: runs of the same apk per session over one batch."""
    rng = p.rng
    out: list[_Segment] = []
    by_session: dict[str, list[_Shot]] = {}
    for s in shots:
        by_session.setdefault(s.session.id, []).append(s)
    for group in by_session.values():
        runs: list[list[_Shot]] = []
        for s in group:
            if runs and runs[-1][-1].apk == s.apk:
                runs[-1].append(s)
            else:
                runs.append([s])
        apks = [r[0].apk for r in runs]
        for i, run in enumerate(runs):
            span = run[-1].t_ms - run[0].t_ms
            final = i == len(runs) - 1
            dur = (span if span else 3) if final else span + 3000
            prev = [apks[i - k] if i - k >= 0 else "NA" for k in range(1, 5)]
            seg = _Segment(
                _uuid(rng),
                run[0].session,
                run[0].apk,
                run[0].t_ms,
                dur,
                prev,
                apks[i + 1] if not final else "NA",
            )
            for s in run:
                s.segment_id = seg.id
            out.append(seg)
    return out


def _make_zips(p: _Phone, spec: StudySpec) -> None:
    """The hourly zip worker: batches, session/segment placement, accessibility events."""
    rng = p.rng
    shots = [s for sess in p.sessions for s in sess.shots]
    if not shots:
        return
    first = shots[0].t_ms
    tick = (first // 3_600_000) * 3_600_000 + p.tick_minute * 60_000
    if tick <= first:
        tick += 3_600_000
    day1 = dt.datetime.combine(spec.start + dt.timedelta(days=1), dt.time(0), p.tz)
    day1_ms = int(day1.timestamp() * 1000)
    i = 0
    waiting: list[_Segment] = []  # segments whose session was still on when computed
    while i < len(shots):
        batch_all = []
        while i < len(shots) and shots[i].t_ms < tick:
            batch_all.append(shots[i])
            i += 1
        if batch_all:
            segs = _segments_for(p, batch_all)
            zips_now: list[_Zip] = []
            for j in range(0, len(batch_all), spec.shots_per_zip):
                created = tick + 3000 + 2000 * len(zips_now) + rng.randint(0, 999)
                version = p.info.versions[0] if created < day1_ms else p.info.versions[-1]
                zips_now.append(_Zip(_uuid(rng), created, batch_all[j : j + spec.shots_per_zip], version))
            # segments of a session still on screen wait for the next zip of that session:
            # they land in a LATER zip than their screenshots
            fresh_live = [g for g in segs if g.session.end_ms > tick]
            candidates = waiting + [g for g in segs if g.session.end_ms <= tick]
            waiting = list(fresh_live)
            for seg in candidates:
                target = next((z for z in zips_now if any(s.session is seg.session for s in z.shots)), None)
                if target is None:
                    waiting.append(seg)
                else:
                    target.segments.append(seg)
            p.zips.extend(zips_now)
        tick += 3_600_000
    if waiting:  # no later zip holds that session: the phone's last zip takes them
        p.zips[-1].segments.extend(waiting)
    for z in p.zips:
        for s in z.shots:
            s.zip_name = z.name
    _place_sessions(p)
    _place_events(p)
    for n, z in enumerate(p.zips):
        offline = rng.random() < 0.06 or (p.idx == 0 and n == len(p.zips) - 1)
        lag = rng.randint(2 * 86400, 4 * 86400) if offline else rng.randint(60, 7200)
        z.uploaded_at = z.created_ms // 1000 + lag


def _place_sessions(p: _Phone) -> None:
    """A session row goes to the first zip made after screen-off that holds its screenshots."""
    for sess in p.sessions:
        target = next(
            (z for z in p.zips if z.created_ms > sess.end_ms and any(s.session is sess for s in z.shots)),
            None,
        )
        if target is None:
            target = next((z for z in p.zips if z.created_ms > sess.end_ms), p.zips[-1])
        target.sessions.append(sess)


def _place_events(p: _Phone) -> None:
    """``getASEvents()``: the 500 newest pending events; the newest few stay pending (they
    were logged while the zip was being written), so they reappear in the next zip."""
    rng = p.rng
    pending: list[_Event] = []
    it = iter(p.events)
    nxt = next(it, None)
    for z in p.zips:
        while nxt is not None and nxt.t_ms <= z.created_ms:
            pending.append(nxt)
            nxt = next(it, None)
        if not pending:
            continue
        pending.sort(key=lambda e: e.written_t, reverse=True)  # ORDER BY eventTime DESC
        taken = pending[:500]
        z.events = list(taken)
        for e in taken:
            e.zip_names.append(z.name)
        keep = rng.randint(0, 3)
        newest = sorted(taken, key=lambda e: e.t_ms, reverse=True)[:keep]
        pending = [e for e in pending[500:]] + newest


# ----------------------------------------------------------------------------- writing


class _NoSeek:
    """A write-only stream: ``zipfile`` then writes data descriptors, like Java's
    ``ZipOutputStream`` (flag bits 0x808)."""

    def __init__(self) -> None:
        self.buf = io.BytesIO()

    def write(self, b: bytes) -> int:
        return self.buf.write(b)

    def tell(self) -> int:
        return self.buf.tell()

    def seek(self, *_: object) -> int:
        raise OSError("not seekable")

    def close(self) -> None:
        """Kept open: the caller reads `buf` after the ZipFile is closed."""

    def flush(self) -> None:
        pass


class _JavaZipInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # overrides zipfile internals
        return self.filename.encode("utf-8"), self.flag_bits | 0x800


def zip_bytes(entries: list[tuple[str, bytes]], local_time: dt.datetime) -> bytes:
    """A flat DEFLATE zip as the app writes it; entry mtimes = local creation time."""
    out = _NoSeek()
    stamp = (
        local_time.year,
        local_time.month,
        local_time.day,
        local_time.hour,
        local_time.minute,
        local_time.second,
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zi = _JavaZipInfo(name, stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zf.writestr(zi, data)
    return out.buf.getvalue()


class _Writer:
    """Collects objects and manifest records; writes files with their upload mtimes."""

    def __init__(self, root: Path, spec: StudySpec) -> None:
        self.root = root
        self.spec = spec
        self.bucket_dir = root / spec.bucket
        self.objects: list[ObjectEntry] = []
        self.screenshots: list[ScreenshotRow] = []
        self.jpgs: list[JpgEntry] = []
        self.sessions: list[SessionEntry] = []
        self.segments: list[SegmentEntry] = []

    def put(self, key: str, data: bytes, uploaded_at: int, **meta: Any) -> ObjectEntry:
        path = self.bucket_dir / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (uploaded_at, uploaded_at))
        entry = ObjectEntry(key=key, uploaded_at=uploaded_at, size=len(data), **meta)
        self.objects.append(entry)
        return entry


class _Frames:
    """Renders each screen once, encodes each distinct (screen, clock, battery) frame once,
    and frees the pixels right away (a phone has hundreds of 7-MB screens)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.screens: dict[str, S.Screen] = {}
        self.frames: dict[tuple[str, str, int], bytes] = {}

    def render_all(self, shots: Iterable[_Shot]) -> None:
        groups: dict[str, list[_Shot]] = {}
        for s in shots:
            if s.screen_key and s.screen_key not in self.screens:
                groups.setdefault(s.screen_key, []).append(s)
        buf = np.empty((S.HEIGHT, S.WIDTH, 3), np.uint8)
        for key, group in groups.items():
            sc = S.render_screen(group[0].screen_kind, random.Random(f"{self.seed}:{key}"), buf)
            for s in group:
                fk = (key, s.clock, s.battery)
                if fk not in self.frames:
                    frame = S.stamp_status_bar(sc, s.clock, s.battery, in_place=True)
                    self.frames[fk] = S.encode_jpeg(frame)
            sc.image = sc.image[:0, :0]  # keep faces and words only
            self.screens[key] = sc

    def frame(self, shot: _Shot) -> bytes:
        return self.frames[(shot.screen_key, shot.clock, shot.battery)]


def _screen_words(p: _Phone, frames: _Frames) -> dict[str, list[str]]:
    frames.render_all(s for sess in p.sessions for s in sess.shots)
    return {k: sc.words for k, sc in frames.screens.items()}


def _shot_row(p: _Phone, s: _Shot, zip_name: str) -> list[str]:
    local = _local(s.t_ms, p.tz)
    app = "" if p.info.legacy or p.rng.random() < 0.3 else s.label
    return [
        p.info.code,
        DEVICE_DIR + s.jpg if s.jpg else "",
        zip_name,
        s.apk,
        s.session.id,
        s.segment_id,
        app,
        s.text,
        WEEKDAYS[local.weekday()],
        str(s.t_ms),
        instant(s.t_ms),
        _hms(local),
        _mdy(local),
    ]


def _session_row(p: _Phone, sess: _Session) -> list[str]:
    a, b = _local(sess.start_ms, p.tz), _local(sess.end_ms, p.tz)
    legacy = p.info.legacy
    row = [
        "null" if legacy else p.info.code,
        instant(sess.start_ms),
        instant(sess.end_ms),
        sess.id,
        str(sess.since_last_ms),
        str(sess.end_ms - sess.start_ms),
        str(sess.count_per_day),
        "0.3" if legacy else "5000.0",
        "ut_austin_1" if legacy else "general_1",
        "ut_austin_tenant_1" if legacy else "general_tenant_1",
        _hms(a),
        _mdy(a),
        _hms(b),
        _mdy(b),
    ]
    if p.info.stop_reason:
        row.append(sess.stop_reason)
    return row


def _segment_row(p: _Phone, seg: _Segment) -> list[str]:
    return [
        seg.apk,
        str(seg.start_ms),
        str(seg.duration_ms),
        seg.session.id,
        seg.id,
        *seg.prev,
        seg.next1,
        p.info.code,
    ]


def _event_row(p: _Phone, e: _Event) -> list[str]:
    return [p.info.code, e.type, str(e.written_t), e.apk, e.session_id, e.interval_id, e.text]


def _zip_csvs(p: _Phone, z: _Zip) -> dict[str, bytes]:
    """The CSV members of a batch, keyed by prefix; absent kinds are omitted like the app."""
    rows = sorted(z.shots, key=lambda s: s.t_ms, reverse=p.info.legacy)
    out = {}
    if z.events:
        out["app_accessibility_data_csv_"] = csv_bytes(
            ACCESSIBILITY_HEADER, [_event_row(p, e) for e in z.events]
        )
    out["screenshot_data_csv_"] = csv_bytes(SCREENSHOT_HEADER, [_shot_row(p, s, z.name) for s in rows])
    if z.sessions:
        header = SESSION_HEADER + (("stop_reason",) if p.info.stop_reason else ())
        out["session_data_csv_"] = csv_bytes(header, [_session_row(p, s) for s in z.sessions])
    if z.segments:
        out["app_segment_data_csv_"] = csv_bytes(SEGMENT_HEADER, [_segment_row(p, s) for s in z.segments])
    return out


def _csv_counts(csvs: dict[str, bytes]) -> dict[str, int]:
    return {k.rstrip("_"): v.count(b"\n") - 1 for k, v in csvs.items()}


def _record_rows(
    w: _Writer, p: _Phone, z: _Zip, row_key: str, jpg_key: str, frames: _Frames, prev: dict[str, Any]
) -> None:
    i = p.info
    for s in sorted(z.shots, key=lambda s: s.t_ms):
        w.screenshots.append(
            ScreenshotRow(
                i.code,
                i.tenant,
                i.panel,
                z.version,
                s.t_ms,
                s.jpg,
                row_key,
                s.session.id,
                s.segment_id,
                s.apk,
            )
        )
        if not s.jpg:
            continue
        data = frames.frame(s)
        sc = frames.screens[s.screen_key]
        fkey = (s.screen_key, s.clock, s.battery)
        w.jpgs.append(
            JpgEntry(
                name=s.jpg,
                zip_key=jpg_key,
                panelist=i.code,
                tenant=i.tenant,
                faces=[list(f.box) for f in sc.faces],
                face_kinds=[f.kind for f in sc.faces],
                face_sources=[f.source for f in sc.faces],
                duplicate_of_prev=prev.get("frame") == fkey,
                near_duplicate_of_prev=(
                    prev.get("frame") is not None
                    and prev["frame"][0] == s.screen_key
                    and prev["frame"] != fkey
                ),
                screen_id=s.screen_key,
                sha1=hashlib.sha1(data).hexdigest(),
                size=len(data),
            )
        )
        prev["frame"] = fkey
    for sess in z.sessions:
        w.sessions.append(SessionEntry(i.code, i.tenant, sess.id, row_key, sess.start_ms, sess.end_ms))
    for seg in z.segments:
        w.segments.append(
            SegmentEntry(
                i.code, i.tenant, seg.id, seg.session.id, row_key, seg.apk, seg.start_ms, seg.duration_ms
            )
        )


def _zip_manifest_csv(p: _Phone, z: _Zip) -> bytes:
    local = _local(z.created_ms, p.tz)
    return csv_bytes(ZIP_MANIFEST_HEADER, [["50", "2", z.uuid, str(z.created_ms), _mdy(local)]])


def _write_phone(w: _Writer, p: _Phone, frames: _Frames, double_ext_zip: int) -> None:
    i = p.info
    prev: dict[str, Any] = {}
    for n, z in enumerate(p.zips):
        csvs = _zip_csvs(p, z)
        local = _local(z.created_ms, p.tz)
        ordered = sorted(z.shots, key=lambda s: s.t_ms, reverse=i.legacy)
        jpg_entries = [(s.jpg, frames.frame(s)) for s in ordered if s.jpg]
        variant = "v11" if z.version == "V_11" else "null_panelist" if i.code == "null" else ""
        meta = dict(
            tenant=i.tenant,
            panel=i.panel,
            version=z.version,
            panelist=i.code,
            zip_uuid=z.uuid,
            created_at_ms=z.created_ms,
            bad_reason="",
        )
        if i.csv_zip and n == len(p.zips) - 1:
            man = (f"manifest_{z.uuid}.csv", _zip_manifest_csv(p, z))
            centries = [(k + z.uuid + ".csv", v) for k, v in csvs.items()] + [man]
            ckey = p.key(z.version, f"csv_zip_{z.uuid}.zip")
            ikey = p.key(z.version, z.name)
            w.put(
                ckey,
                zip_bytes(centries, local),
                z.uploaded_at,
                kind="zip",
                variant="csv_zip",
                entries=[e[0] for e in centries],
                csv_rows=_csv_counts(csvs),
                **meta,
            )
            ientries = [*jpg_entries, man]
            w.put(
                ikey,
                zip_bytes(ientries, local),
                z.uploaded_at + 1,
                kind="zip",
                variant="split_image_zip",
                n_rows=len(z.shots),
                entries=[e[0] for e in ientries],
                csv_rows={"manifest": 1},
                **meta,
            )
            _record_rows(w, p, z, ckey, ikey, frames, prev)
            _write_package_events(w, p, z, meta)
            continue
        entries: list[tuple[str, bytes]] = []
        for prefix in ("app_accessibility_data_csv_", "screenshot_data_csv_"):
            if prefix in csvs:
                entries.append((prefix + z.uuid + ".csv", csvs[prefix]))
        entries += jpg_entries
        for prefix in ("session_data_csv_", "app_segment_data_csv_"):
            if prefix in csvs:
                entries.append((prefix + z.uuid + ".csv", csvs[prefix]))
        name = z.name
        if n == double_ext_zip:
            name += ".zip"  # the pre-2025-04 upload bug
            variant = "double_ext"
        if variant == "" and w.spec.bad_inputs and p.idx == 1:
            variant = "collision"
        key = p.key(z.version, name)
        w.put(
            key,
            zip_bytes(entries, local),
            z.uploaded_at,
            kind="zip",
            variant=variant,
            n_rows=len(z.shots),
            entries=[e[0] for e in entries],
            csv_rows=_csv_counts(csvs),
            **meta,
        )
        _record_rows(w, p, z, key, key, frames, prev)


def _write_package_events(w: _Writer, p: _Phone, z: _Zip, meta: dict[str, Any]) -> None:
    """The CSV-only ``csv_zip`` of the newer variant: package events plus a manifest."""
    zid = _uuid(p.rng)
    t = z.created_ms - 600_000
    rows = [
        [p.info.code, "com.example.game", "Example Game", "INSTALLED", str(t), "false"],
        [p.info.code, "com.whatsapp", "WhatsApp", "REPLACED", str(t + 5000), "true"],
    ]
    local = _local(z.created_ms, p.tz)
    entries = [
        (f"package_event_data_csv_{zid}.csv", csv_bytes(PACKAGE_EVENT_HEADER, rows)),
        (
            f"manifest_{zid}.csv",
            csv_bytes(ZIP_MANIFEST_HEADER, [["50", "2", zid, str(z.created_ms), _mdy(local)]]),
        ),
    ]
    m = dict(meta, zip_uuid=zid)
    w.put(
        p.key(z.version, f"csv_zip_{zid}.zip"),
        zip_bytes(entries, local),
        z.uploaded_at + 2,
        kind="zip",
        variant="package_events",
        entries=[e[0] for e in entries],
        csv_rows={"package_event_data_csv": 2, "manifest": 1},
        **m,
    )


# ----------------------------------------------------------------------------- bad inputs


def _mini_zip(p: _Phone, frames: _Frames, t0: int, n: int, tag: str) -> tuple[_Zip, dict]:
    """A small valid batch of ``n`` shots on one screen kind, for the bad-input objects."""
    rng = p.rng
    sess = _Session(_uuid(rng), t0 - 2000, t0 + n * 5200 + 2000, 1, 0)
    for k in range(n):
        t = t0 + k * 5200
        key = f"p{p.idx}:bad:{tag}:{k // 2}"
        sess.shots.append(
            _Shot(
                t,
                "com.android.chrome",
                "Chrome",
                key,
                "browser",
                _clock(_local(t, p.tz)),
                60,
                sess,
                _uuid(rng),
            )
        )
    frames.render_all(sess.shots)
    words = {s.screen_key: frames.screens[s.screen_key].words for s in sess.shots}
    p_sessions, p.sessions = p.sessions, [sess]
    _name_jpgs_and_text(p, words)
    p.sessions = p_sessions
    segs = _segments_for(p, sess.shots)
    z = _Zip(_uuid(rng), sess.end_ms + 600_000, sess.shots, "V_12", segments=segs)
    for s in z.shots:
        s.zip_name = z.name
    z.uploaded_at = z.created_ms // 1000 + 1800
    return z, _zip_csvs(p, z)


def _entries(z: _Zip, csvs: dict[str, bytes], frames: _Frames) -> list[tuple[str, bytes]]:
    out = [("screenshot_data_csv_" + z.uuid + ".csv", csvs["screenshot_data_csv_"])]
    out += [(s.jpg, frames.frame(s)) for s in z.shots if s.jpg]
    if "app_segment_data_csv_" in csvs:
        out.append(("app_segment_data_csv_" + z.uuid + ".csv", csvs["app_segment_data_csv_"]))
    return out


def _write_bad_inputs(w: _Writer, p: _Phone, frames: _Frames, spec: StudySpec) -> None:
    rng = p.rng
    i = p.info
    day = dt.datetime.combine(spec.start, dt.time(14, 0), p.tz)
    t0 = int(day.timestamp() * 1000)
    base = dict(tenant=i.tenant, panel=i.panel, version="V_12", panelist=i.code)
    prev: dict[str, Any] = {}

    def put_bad(
        z: _Zip, name: str, data: bytes, reason: str, note: str, entries: list[str], rows: bool, n_rows: int
    ) -> str:
        key = p.key("V_12", name)
        w.put(
            key,
            data,
            z.uploaded_at,
            kind="bad",
            bad_reason=reason,
            zip_uuid=z.uuid,
            created_at_ms=z.created_ms,
            entries=entries,
            n_rows=n_rows,
            note=note,
            **base,
        )
        if rows:
            _record_rows(w, p, z, key, key, frames, prev)
        return key

    local = _local(t0, p.tz)
    # 1. truncated zip
    z, csvs = _mini_zip(p, frames, t0, 6, "trunc")
    full = zip_bytes(_entries(z, csvs, frames), local)
    put_bad(
        z,
        z.name,
        full[: len(full) * 55 // 100],
        "corrupt_zip",
        "valid zip cut to 55% of its bytes",
        [],
        False,
        len(z.shots),
    )
    # 2. not a zip at all
    z, _ = _mini_zip(p, frames, t0 + 600_000, 1, "nozip")
    put_bad(
        z,
        f"image_zip_{z.uuid}_12.zip",
        b'<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>\n',
        "not_a_zip",
        "an XML error body saved under a .zip key",
        [],
        False,
        12,
    )
    # 3. zip slip: valid content plus escaping names
    z, csvs = _mini_zip(p, frames, t0 + 1_200_000, 4, "slip")
    ents = _entries(z, csvs, frames)
    evil = ents[1][1]
    ents += [("../../evil.jpg", evil), ("/abs/evil.jpg", evil)]
    put_bad(
        z,
        z.name,
        zip_bytes(ents, local),
        "zip_slip",
        "valid members plus ../../evil.jpg and /abs/evil.jpg (no rows for those)",
        [e[0] for e in ents],
        True,
        len(z.shots),
    )
    # 4. zip bomb: 100 MiB of zeros in one entry
    z, _ = _mini_zip(p, frames, t0 + 1_800_000, 1, "bomb")
    bomb_name = z.shots[0].jpg
    row = csv_bytes(SCREENSHOT_HEADER, [_shot_row(p, z.shots[0], z.name)])
    ents = [("screenshot_data_csv_" + z.uuid + ".csv", row), (bomb_name, bytes(100 << 20))]
    put_bad(
        z,
        z.name,
        zip_bytes(ents, local),
        "zip_bomb",
        f"{bomb_name} inflates to 104857600 bytes of zeros",
        [e[0] for e in ents],
        False,
        1,
    )
    # 5. zero bytes
    z, _ = _mini_zip(p, frames, t0 + 2_400_000, 1, "zero")
    put_bad(z, f"image_zip_{z.uuid}_3.zip", b"", "zero_bytes", "empty object", [], False, 3)
    # 6. a corrupt JPG with a matching row
    z, csvs = _mini_zip(p, frames, t0 + 3_000_000, 4, "badjpg")
    ents = _entries(z, csvs, frames)
    garbage = random.Random(f"{spec.seed}:garbage").randbytes(3000)
    bad_name = ents[2][0]
    ents[2] = (bad_name, garbage)
    key = put_bad(
        z,
        z.name,
        zip_bytes(ents, local),
        "bad_jpeg",
        f"{bad_name} is 3000 random bytes; its row is valid",
        [e[0] for e in ents],
        True,
        len(z.shots),
    )
    for j in w.jpgs:
        if j.zip_key == key and j.name == bad_name:
            j.corrupt, j.faces, j.face_kinds, j.face_sources = True, [], [], []
            j.sha1, j.size = hashlib.sha1(garbage).hexdigest(), len(garbage)
    # 7. header-only CSVs (a batch with zero rows)
    z, _ = _mini_zip(p, frames, t0 + 3_600_000, 1, "hdr")
    ents = [
        ("app_accessibility_data_csv_" + z.uuid + ".csv", csv_bytes(ACCESSIBILITY_HEADER, [])),
        ("screenshot_data_csv_" + z.uuid + ".csv", csv_bytes(SCREENSHOT_HEADER, [])),
    ]
    put_bad(
        z,
        f"image_zip_{z.uuid}_0.zip",
        zip_bytes(ents, local),
        "header_only_csv",
        "screenshot and accessibility CSVs hold only their header",
        [e[0] for e in ents],
        False,
        0,
    )
    # 8. a row with the wrong field count
    z, csvs = _mini_zip(p, frames, t0 + 4_200_000, 3, "fields")
    extra = ",".join(f'"{v}"' for v in _shot_row(p, z.shots[0], z.name)[:11])
    csvs["screenshot_data_csv_"] += (extra + "\n").encode()
    ents = _entries(z, csvs, frames)
    zname = f"image_zip_{z.uuid}_{len(z.shots) + 1}.zip"
    put_bad(
        z,
        zname,
        zip_bytes(ents, local),
        "broken_csv",
        "screenshot CSV: last row has 11 fields instead of 13 (no JPG); other rows valid",
        [e[0] for e in ents],
        True,
        len(z.shots) + 1,
    )
    # 9. invalid UTF-8 in one row
    z, csvs = _mini_zip(p, frames, t0 + 4_800_000, 3, "utf8")
    r = _shot_row(p, z.shots[0], z.name)
    r[1], r[6], r[7] = "", "\udcff", "null"
    line = ",".join(f'"{v}"' for v in r).encode("utf-8", "surrogateescape") + b"\n"
    csvs["screenshot_data_csv_"] += line
    ents = _entries(z, csvs, frames)
    zname = f"image_zip_{z.uuid}_{len(z.shots) + 1}.zip"
    put_bad(
        z,
        zname,
        zip_bytes(ents, local),
        "invalid_utf8_csv",
        "screenshot CSV: last row's app field is the byte 0xFF (no JPG); other rows valid",
        [e[0] for e in ents],
        True,
        len(z.shots) + 1,
    )
    _write_noise(w, p, frames, spec, rng)


def _write_noise(w: _Writer, p: _Phone, frames: _Frames, spec: StudySpec, rng: random.Random) -> None:
    """Objects the RK Lambda and the app's log upload put in the same bucket."""
    i = p.info
    first = next(o for o in w.objects if o.kind == "zip" and o.panelist == i.code and o.tenant == i.tenant)
    up = first.uploaded_at + 20
    date = spec.start.isoformat()
    zip_stem = first.key.rsplit("/", 1)[1].split(".zip")[0]
    shot_csv = zipfile.ZipFile(w.bucket_dir / first.key).read(f"screenshot_data_csv_{first.zip_uuid}.csv")
    meta = dict(kind="noise", tenant="", panel=i.panel, version="", panelist=i.code, zip_uuid="")
    w.put(
        f"data/panel={i.panel}/panelist={i.code}/date={date}/screenshots_{zip_stem}.csv",
        shot_csv,
        up,
        bad_reason="lambda_data",
        **meta,
    )
    index = {
        "panel": i.panel,
        "panelist": i.code,
        "study_start_utc": f"{date}T07:00:00Z",
        "latest_capture_utc": f"{date}T23:51:13Z",
        "days_participating": 1,
        "total_screenshots": 54,
        "updated_at": f"{date}T23:59:00Z",
        "_processed_zip_uuids": [zip_stem],
    }
    w.put(
        f"_manifests/panel={i.panel}/panelist={i.code}/_index.json",
        json.dumps(index).encode(),
        up + 1,
        bad_reason="lambda_manifest",
        **meta,
    )
    jpg = next(iter(frames.frames.values()))
    w.put(
        f"unpacked/panel={i.panel}/panelist={i.code}/date={date}/images/x.jpg",
        jpg,
        up + 2,
        bad_reason="lambda_unpacked",
        **meta,
    )
    log_rows = [
        [
            "UPLOAD",
            'Upload failed: "timeout" after 3 tries\n\tat UploadWorker.doWork',
            i.code,
            f"{date} 14:02:11",
        ],
        ["ZIP", "Created zip with 50 screenshots", i.code, f"{date} 14:05:40"],
    ]
    w.put(
        f"academia/log_events_v2/{i.code}/V_12/{_uuid(rng)}.csv",
        csv_bytes(LOG_HEADER, log_rows),
        up + 3,
        bad_reason="log_events",
        **meta,
    )


# ----------------------------------------------------------------------------- entry point


def _accessibility_entries(
    phones: list[_Phone], keys: dict[tuple[int, str], str]
) -> list[AccessibilityEntry]:
    out = []
    for p in phones:
        for e in p.events:
            if e.zip_names:
                out.append(
                    AccessibilityEntry(
                        p.info.code,
                        p.info.tenant,
                        e.type,
                        e.written_t,
                        e.interval_id,
                        e.text,
                        [keys[(p.idx, n)] for n in e.zip_names],
                    )
                )
    return out


def _existing(root: Path, spec: StudySpec) -> StudyManifest | None:
    try:
        m = load_manifest(root)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if m.spec != spec.to_dict() or m.generator_version != GENERATOR_VERSION:
        return None
    for o in m.objects:
        path = root / m.bucket / o.key
        try:
            st = path.stat()
        except OSError:
            return None
        if st.st_size != o.size or int(st.st_mtime) != o.uploaded_at:
            return None
    return m


def _prepare_root(root: Path, spec: StudySpec) -> None:
    """Refuse to write over data that this generator did not make."""
    root.mkdir(parents=True, exist_ok=True)
    ours = (root / MARKER_NAME).exists() or (root / MANIFEST_NAME).exists()
    if not ours and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty and holds no demo study; choose another")
    (root / MARKER_NAME).write_text("generated by slrk_tui.demo.study\n")
    (root / MANIFEST_NAME).unlink(missing_ok=True)
    for child in root.iterdir():
        if child.is_dir():
            shutil.rmtree(child)


def generate_study(root: Path, spec: StudySpec | None = None) -> StudyManifest:
    """Write the study under ``root/<bucket>/`` and ``root/manifest.json``; reuse if present."""
    spec = spec or StudySpec()
    root = Path(root)
    if spec.shots_per_zip < 1:
        raise ValueError("shots_per_zip must be >= 1")
    found = _existing(root, spec)
    if found is not None:
        return found
    _prepare_root(root, spec)
    w = _Writer(root, spec)
    phones = _make_phones(spec)
    keys: dict[tuple[int, str], str] = {}
    for p in phones:
        frames = _Frames(spec.seed)
        _simulate_sessions(p, spec)
        words = _screen_words(p, frames)
        _name_jpgs_and_text(p, words)
        _make_events(p, words)
        _make_zips(p, spec)
        double_ext = 1 if spec.bad_inputs and p.idx == 0 and len(p.zips) > 1 else -1
        start = len(w.objects)
        _write_phone(w, p, frames, double_ext)
        by_uuid = {z.uuid: z for z in p.zips}
        for o in w.objects[start:]:
            if o.variant not in ("package_events", "split_image_zip"):
                keys[(p.idx, by_uuid[o.zip_uuid].name)] = o.key  # where its CSVs are
        if spec.bad_inputs and p.idx == 0:
            _write_bad_inputs(w, p, frames, spec)
    manifest = StudyManifest(
        spec=spec.to_dict(),
        generator_version=GENERATOR_VERSION,
        bucket=spec.bucket,
        panelists=[p.info for p in phones],
        objects=w.objects,
        screenshots=w.screenshots,
        jpgs=w.jpgs,
        sessions=w.sessions,
        segments=w.segments,
        accessibility=_accessibility_entries(phones, keys),
    )
    tmp = root / (MANIFEST_NAME + ".tmp")
    tmp.write_text(manifest.to_json(), "utf-8")
    last = max((o.uploaded_at for o in w.objects), default=0)
    for path in (tmp, root / MARKER_NAME):  # fixed times: the whole folder is reproducible
        os.utime(path, (last, last))
    os.replace(tmp, root / MANIFEST_NAME)
    return manifest


__all__ = [
    "AccessibilityEntry",
    "JpgEntry",
    "ObjectEntry",
    "PanelistInfo",
    "ScreenshotRow",
    "SegmentEntry",
    "SessionEntry",
    "StudyManifest",
    "StudySpec",
    "csv_bytes",
    "generate_study",
    "instant",
    "load_manifest",
    "new_jpg_name",
    "old_jpg_name",
    "zip_bytes",
]
