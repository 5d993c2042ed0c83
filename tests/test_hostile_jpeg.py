"""Hostile JPEGs (issue 13): what leaves is only the checked image, and a bomb is never decoded.

Inputs are built here: small JPEGs from cv2 with segments spliced in by hand, and a real face
photo from the repository's tests/data/faces where a face must not get through.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import ImageCms

from slrk_tui.redact import MAX_PIXELS, MAX_SIDE, FrameRedactor, RedactionSettings
from slrk_tui.redact import detect as det
from slrk_tui.redact.jpeg import image_only

REPO = Path(__file__).resolve().parents[1]
# 2008_002506.jpg: three hand-annotated faces of ~100 px (in the repository, with its licence).
FACE_PHOTO = REPO / "tests" / "data" / "faces" / "dlib-examples" / "2008_002506.jpg"
FACE_BOXES = ((329, 78, 438, 187), (224, 95, 315, 186), (125, 65, 215, 156))

# The platform's passes without the upscaled one: the faces here are large.
FAST = RedactionSettings(passes=tuple(p for p in det.default_passes() if p.scale <= 1.0))
FILL_MAX = 24  # the black fill, after JPEG noise


# --------------------------------------------------------------------------------------------
# Building JPEGs by hand.
# --------------------------------------------------------------------------------------------


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def after_app0(data: bytes, *segments: bytes) -> bytes:
    """``data`` (a cv2 JPEG: SOI, APP0 JFIF, ...) with ``segments`` inserted after the APP0."""
    assert data[2:4] == b"\xff\xe0"
    at = 4 + int.from_bytes(data[4:6], "big")
    return data[:at] + b"".join(segments) + data[at:]


# A real colour profile (LittleCMS's sRGB, 588 bytes) in one chunk: a malformed one is dropped.
ICC = segment(
    0xE2, b"ICC_PROFILE\x00\x01\x01" + ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
)


def encode(img: np.ndarray, *params: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90, *params])
    assert ok
    return buf.tobytes()


def decode(data: bytes | None) -> np.ndarray:
    assert data is not None
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    assert img is not None
    return img


def screen() -> np.ndarray:
    """A face-free phone-like screen: bars, text, a coloured button."""
    img = np.full((1200, 540, 3), 245, np.uint8)
    cv2.rectangle(img, (0, 0), (540, 60), (90, 60, 30), -1)
    for i in range(14):
        cv2.putText(
            img,
            f"message {i}: see you at 5",
            (20, 120 + 70 * i),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.8,
            (40, 40, 40),
            2,
        )
    cv2.rectangle(img, (150, 1100), (390, 1160), (40, 160, 40), -1)
    return img


def exif(thumbnail: bytes, orientation: int = 1) -> bytes:
    """An APP1 EXIF segment (little-endian TIFF) with an orientation, a GPS position and IFD1
    holding ``thumbnail`` as its JPEG thumbnail (JPEGInterchangeFormat)."""
    short, long_, ascii_, rational = 3, 4, 2, 5
    ifd0, gps, ifd1 = 8, 38, 92  # offsets from the TIFF header; each IFD: 2 entries, 30 bytes
    rationals, thumb_at = 68, 122

    def ifd(entries: list[tuple[int, int, int, bytes]], next_ifd: int) -> bytes:
        out = struct.pack("<H", len(entries))
        for tag, typ, count, value in entries:
            out += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\x00")
        return out + struct.pack("<I", next_ifd)

    tiff = b"II*\x00" + struct.pack("<I", ifd0)
    tiff += ifd(
        [(0x0112, short, 1, struct.pack("<H", orientation)), (0x8825, long_, 1, struct.pack("<I", gps))], ifd1
    )
    tiff += ifd([(0x0001, ascii_, 2, b"N\x00"), (0x0002, rational, 3, struct.pack("<I", rationals))], 0)
    tiff += struct.pack("<6I", 48, 1, 51, 1, 2, 1)  # 48 deg 51' 2"
    tiff += ifd(
        [
            (0x0201, long_, 1, struct.pack("<I", thumb_at)),
            (0x0202, long_, 1, struct.pack("<I", len(thumbnail))),
        ],
        0,
    )
    assert len(tiff) == thumb_at
    return segment(0xE1, b"Exif\x00\x00" + tiff + thumbnail)


def face_thumbnail() -> bytes:
    """The face photo as a 160x120 thumbnail, faces and all."""
    return encode(cv2.resize(decode(FACE_PHOTO.read_bytes()), (160, 120), interpolation=cv2.INTER_AREA))


def no_second_image(out: bytes) -> None:
    """Exactly one image: one SOI (at 0), the file ends at its EOI, no APP1 anywhere."""
    assert out.find(b"\xff\xd8", 2) == -1, "a second image start is in the written bytes"
    assert out.endswith(b"\xff\xd9")
    assert image_only(out).dropped == (), "the written file still holds something to strip"
    assert b"\xff\xe1" not in out.split(b"\xff\xda", 1)[0], "an APP1 segment was written"
    assert b"Exif" not in out and b"xap/1.0" not in out


# --------------------------------------------------------------------------------------------
# 1. Limits before work.
# --------------------------------------------------------------------------------------------


def declaring(width: int, height: int) -> bytes:
    """A ~600-byte JPEG whose frame header declares ``width`` x ``height`` pixels."""
    data = bytearray(encode(np.full((16, 16, 3), 128, np.uint8)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def test_declared_size_over_the_limits_is_withheld_before_decoding(tmp_path: Path) -> None:
    """The bombs from issue 13 come back withheld in milliseconds, and the process's peak memory
    does not move (OpenCV alone would allocate 192 MB for 8000x8000, 768 MB for 16384x16384)."""
    sizes = [(16384, 16384), (8000, 8000), (MAX_SIDE + 1, 64), (65535, 244)]
    for i, (w, h) in enumerate(sizes):
        (tmp_path / f"{i}.jpg").write_bytes(declaring(w, h))
    script = textwrap.dedent("""
        import json, sys, time
        from pathlib import Path
        from slrk_tui.redact import FrameRedactor

        def hwm_kb():
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])

        red = FrameRedactor()
        for path in sys.argv[1:]:
            data = Path(path).read_bytes()
            before, t = hwm_kb(), time.perf_counter()
            res = red.process(data)
            print(json.dumps({"size": len(data), "status": res.status, "reason": res.reason,
                              "secs": time.perf_counter() - t, "grew_kb": hwm_kb() - before}))
    """)
    paths = [str(tmp_path / f"{i}.jpg") for i in range(len(sizes))]
    proc = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == len(sizes)
    for (w, h), row in zip(sizes, rows, strict=True):
        assert row["size"] < 1000
        assert row["status"] == "withheld", row
        assert f"{w}x{h}" in row["reason"] and f"{MAX_PIXELS:,}" in row["reason"], row
        assert row["secs"] < 0.5, row
        assert row["grew_kb"] < 20_000, row


@pytest.mark.parametrize(
    ("mangle", "reason"),
    [
        (lambda d: d.replace(b"\xff\xc0", b"\xff\xfe", 1), "frame header"),  # SOF turned into COM
        (lambda d: d[:-2] + d + b"\xff\xd9", "second start marker"),  # an image inside the image
        (lambda d: d[:2] + b"\xff\xe1\x00\x01" + d[2:], "bad length"),
        (lambda d: d[:-2], "no end marker"),
        (lambda d: d[:2] + segment(0xC8, b"x") + d[2:], "unsupported marker"),
    ],
)
def test_a_broken_structure_is_withheld(mangle: Callable[[bytes], bytes], reason: str) -> None:
    res = FrameRedactor(FAST).process(mangle(encode(screen())))
    assert res.status == "withheld" and res.data is None
    assert reason in res.reason, res.reason


# --------------------------------------------------------------------------------------------
# 3. What leaves is only the image.
# --------------------------------------------------------------------------------------------


def test_clean_frame_with_a_colour_profile_is_written_byte_identical() -> None:
    data = after_app0(encode(screen()), ICC)
    red = FrameRedactor(FAST)
    res = red.process(data)
    assert res.status == "clean" and res.data is data and res.stripped == ()
    assert red.stats.stripped == 0


@pytest.mark.parametrize(
    "params",
    [
        (),
        (cv2.IMWRITE_JPEG_PROGRESSIVE, 1),
        (cv2.IMWRITE_JPEG_RST_INTERVAL, 3),
        (cv2.IMWRITE_JPEG_PROGRESSIVE, 1, cv2.IMWRITE_JPEG_RST_INTERVAL, 2),
    ],
    ids=["baseline", "progressive", "restarts", "progressive-restarts"],
)
def test_face_jpeg_appended_after_the_end_marker_is_not_written(params: tuple[int, ...]) -> None:
    first = after_app0(encode(screen(), *params), ICC)
    face = FACE_PHOTO.read_bytes()
    red = FrameRedactor(FAST)
    res = red.process(first + face)
    assert res.status == "clean"
    assert res.data == first  # the first image's bytes exactly: no re-encode, ICC kept
    assert np.array_equal(decode(res.data), decode(first))
    no_second_image(res.data)
    assert res.stripped == ("data after the end marker",)
    assert red.stats.stripped == 1


def test_exif_thumbnail_gps_xmp_comments_and_other_pictures_are_removed() -> None:
    base = encode(screen())
    clean = after_app0(base, ICC)
    thumb = face_thumbnail()
    # The JFIF APP0 given a 2x2 thumbnail; then every kind of extra a viewer might show.
    jfif_len = int.from_bytes(base[4:6], "big")
    jfif = base[6 : 4 + jfif_len - 2] + b"\x02\x02" + bytes(12)
    hostile = (
        base[:2]
        + segment(0xE0, jfif)
        + exif(thumb)
        + segment(0xE0, b"JFXX\x00\x10" + thumb)
        + ICC
        + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>GPS 48.85</x:xmpmeta>")
        + segment(0xE2, b"MPF\x00II*\x00" + bytes(40))
        + segment(0xED, b"Photoshop 3.0\x00" + thumb[:100])
        + segment(0xFE, b"taken at 12 rue X")
        + base[4 + jfif_len : -2]
        + segment(0xFE, b"a comment after the scan")
        + b"\xff\xd9"
    )
    assert decode(hostile) is not None
    res = FrameRedactor(FAST).process(hostile)
    assert res.status == "clean"
    assert res.data == clean  # the same image, its ICC profile, nothing else
    no_second_image(res.data)
    assert b"rue X" not in res.data and b"MPF" not in res.data and b"JFXX" not in res.data
    assert set(res.stripped) >= {"EXIF", "XMP", "MPF", "JFIF thumbnail", "JFXX thumbnail", "comment"}


def test_redacted_frame_keeps_the_colour_profile_and_nothing_else() -> None:
    photo = FACE_PHOTO.read_bytes()
    source = after_app0(photo, ICC, exif(face_thumbnail())) + photo  # and a trailer
    res = FrameRedactor(FAST).process(source)
    assert res.status == "redacted" and res.faces >= 3
    assert res.data is not None and ICC in res.data
    no_second_image(res.data)
    assert "EXIF" in res.stripped and "data after the end marker" in res.stripped
    written = decode(res.data)
    for x1, y1, x2, y2 in FACE_BOXES:
        assert written[y1:y2, x1:x2].max(axis=2).mean() <= FILL_MAX


def test_reuse_of_a_stripped_frame_gives_the_same_stripped_bytes() -> None:
    clean = after_app0(encode(screen()), ICC)
    hostile = after_app0(clean, exif(face_thumbnail())) + FACE_PHOTO.read_bytes()
    red = FrameRedactor(FAST)
    first, again = red.process(hostile), red.process(hostile)
    assert first == again and first.data == clean
    # Same pixels, other extras: the near-identical path must strip too.
    other = clean + b"\x00" * 10 + FACE_PHOTO.read_bytes()
    third = red.process(other)
    assert third.status == "clean" and third.data == clean
    assert red.stats.identical == 1 and red.stats.stripped == 3 and red.stats.full == 1


# --------------------------------------------------------------------------------------------
# 2. EXIF orientation.
# --------------------------------------------------------------------------------------------


def test_upright_face_with_exif_orientation_6_is_redacted_in_the_written_pixels() -> None:
    """Raw pixels hold upright faces; orientation 6 tells a viewer to turn them sideways. We
    strip EXIF, so a viewer shows the raw (upright) faces: detection must see those, not the
    rotated image OpenCV produces by default (where the faces lie on their side)."""
    photo = FACE_PHOTO.read_bytes()
    source = after_app0(photo, exif(b"", orientation=6))
    raw = decode(photo)
    turned = cv2.imdecode(np.frombuffer(source, np.uint8), cv2.IMREAD_COLOR)
    assert turned.shape[:2] == raw.shape[1::-1], "the EXIF orientation must be one OpenCV applies"
    res = FrameRedactor(FAST).process(source)
    assert res.status == "redacted" and res.faces >= 3
    written = decode(res.data)
    assert written.shape == raw.shape  # raw orientation, as the faces were checked
    for x1, y1, x2, y2 in FACE_BOXES:
        assert written[y1:y2, x1:x2].max(axis=2).mean() <= FILL_MAX


# --------------------------------------------------------------------------------------------
# 4. onnxruntime telemetry.
# --------------------------------------------------------------------------------------------


def test_detector_writes_nothing_outside_its_output(tmp_path: Path) -> None:
    """onnxruntime's telemetry writes ~/.cache/Microsoft/... and $TMPDIR/.ses unless disabled.
    HOME and TMPDIR point into an empty folder (onnxruntime honours both), so anything it writes
    lands there; the shared /tmp is not compared because other processes on the machine may run
    onnxruntime at the same time."""
    home, tmp, cwd = tmp_path / "home", tmp_path / "tmp", tmp_path / "cwd"
    for d in (home, tmp, cwd):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("ORT_DISABLE_TELEMETRY", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), TMPDIR=str(tmp), PYTHONDONTWRITEBYTECODE="1")
    script = textwrap.dedent("""
        import cv2, numpy as np
        from slrk_tui.redact import FrameRedactor, RedactionSettings
        from slrk_tui.redact import detect as det
        assert det.model_available("centerface")
        passes = tuple(p for p in det.default_passes() if p.scale <= 1.0)
        print(FrameRedactor(RedactionSettings(passes=passes)).process(
            cv2.imencode(".jpg", np.full((320, 240, 3), 200, np.uint8))[1].tobytes()).status)
    """)
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "clean"
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p not in (home, tmp, cwd))
    assert written == [], f"files written outside the output: {written}"
