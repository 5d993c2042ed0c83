"""Redact one stream of frames: fail closed, cover every face, do the work once per screen.

Why the reuse matters: consecutive phone screenshots are often byte-identical, or differ only in
the status-bar clock. Identical bytes reuse the earlier result (no decode); a near-identical frame
is detected only where pixels changed, padded by a margin so a face straddling the change is seen
whole, while a cheap downscaled pass over the whole frame still catches faces larger than that
margin. Boxes found earlier in unchanged pixels are kept, so recall never drops below a full pass
on the changed part.

What leaves is only the image (see :mod:`slrk_tui.redact.jpeg` for the policy): the first image of
the file, without metadata, thumbnails or appended data, and faces are searched in exactly those
pixels, as stored (EXIF orientation is dropped, so it is ignored when decoding too). Frames whose
declared size is beyond the limits below are withheld before anything is decoded.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from slrk_tui.config import REDACTION_MODES
from slrk_tui.redact import detect as det
from slrk_tui.redact.jpeg import ImageOnly, JpegError, add_icc, estimate_quality, icc_segments, image_only

Rect = tuple[int, int, int, int]  # x1, y1, x2, y2 (exclusive), integer pixels

# Limits, checked on the declared size before decoding. A 629-byte file can declare 16384x16384:
# OpenCV then allocates 768 MB, and libfacedetection crashes (a 32-bit size overflow) from about
# 67 Mpx. The detector's peak memory grows with the frame (measured in one process, models
# loaded: 0.92 GB at 4000x4000, 1.42 GB at 6000x4000), and a worker must stay under 1.5 GB.
# Screens are far smaller: phones ~2.6 Mpx (1088x2400), the largest tablets ~5.5 Mpx
# (2960x1848), so 16 Mpx leaves 3x room. A side over 8192 px is no screen (the largest is under
# 3000) and would let an extreme strip (65535x244 is 16 Mpx) reach the detector's untiled
# full-frame passes in a shape never measured.
MAX_PIXELS = 16_000_000
MAX_SIDE = 8192
# A frame thinner than this holds no face and is written as it is: the detector works on a
# half-size copy, and OpenCV refuses to make one 0 px thin (a 1x1 or 1088x1 image was withheld
# as "redaction failed: error").
MIN_SEARCHED_SIDE = 2
DECODE_FLAGS = cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION
SMALL_BOX_PX = 32.0  # detector boxes under this (longer side) are hidden at small_mask_scale


@dataclass(frozen=True)
class RedactionSettings:
    """How faces are found and hidden. Defaults favour recall (a missed face is a leak)."""

    mode: str = "black"  # "black" | "blur" | "pixelate"
    # Side of the hidden square / longer side of the detector box (see grow). The boxes are tight: on a
    # tightly cropped head (a demo avatar, hair to beard) its box was 0.64 of the head (145 of
    # 228 px), so 1.5 left a strip of it; 1.6 also hid the last 25 px grid face in the composites.
    mask_scale: float = 1.6
    # Boxes under SMALL_BOX_PX px: a few pixels off a 20 px face are a tenth of it, and faces were
    # left partly covered (group photos, threads: 60-93 % hidden); with 1.8 set 2 left 29 faces,
    # not 32, and the tuning avatars none, not 2, for 0.7-1.8 % more pixels covered on the seen
    # sets (bench/FACES.md, twelfth round). 2.4 from the twenty-first round. A box of 32 px and
    # more gets at least the square of a 32 px box (see mask_rects). On seen sets 1-23 and tuning
    # (twenty-second round, the detector's boxes once per screen where it left a face) it left 414
    # faces at 2.4, 397 at 2.6, 379 at 2.8, 371 at 3.0: the gain halves after 2.8, and also
    # covers faces no box touched beside a found one in a stack. 2.8 costs 4 % more covered pixels
    # on distinct demo frames than 2.4 and 9-13 % on seen face screens dense with small avatars.
    small_mask_scale: float = 2.8
    passes: tuple[det.Pass, ...] | None = None  # None: the strongest set for this platform
    reuse: bool = True  # reuse results for identical / near-identical frames
    second_look: bool = True  # drop boxes the second looks call no human face (redact/verify.py)
    diff_margin: int = 320  # px around a changed region searched for faces (>= face size)
    full_pass_share: float = 0.45  # padded changed area above this share -> full pass
    quality: int | None = None  # JPEG quality for redacted frames; None: the source's own
    min_quality: int = 50  # clamp of the estimated source quality
    max_quality: int = 90
    cache_size: int = 16  # distinct frames remembered for byte-identical reuse


@dataclass(frozen=True)
class FrameResult:
    """What to write for one frame.

    status "clean": no face, ``data`` is the first image of the source exactly (the source bytes
    object itself when it held nothing else); "redacted": faces covered and re-encoded once;
    "withheld": could not be checked, ``data`` is None and ``reason`` says why. ``stripped``
    names what the source carried that was not written (EXIF, data after the end marker, ...),
    empty when nothing was left out.
    """

    status: str
    faces: int
    data: bytes | None
    reason: str = ""
    stripped: tuple[str, ...] = ()


@dataclass
class RedactorStats:
    """Counters of the work done, for benchmarks and tests."""

    frames: int = 0
    identical: int = 0  # byte-identical to a remembered frame: no decode, no detection
    partial: int = 0  # near-identical: detection on changed regions only
    full: int = 0  # full detection
    withheld: int = 0
    stripped: int = 0  # frames written without metadata or data the source carried
    detected_share: float = 0.0  # sum over frames of the share of pixels searched in full


@dataclass
class _Seen:
    data: bytes  # the image as written for a clean frame: what ``image`` decodes from
    boxes: list[det.Box]
    result: FrameResult
    image: np.ndarray | None = field(default=None, repr=False)


class FrameRedactor:
    """Redacts one stream of frames in capture order.

    One instance per zip: the output for a frame is a deterministic function of the frames given
    to this instance so far, so a resumed run (new instance, same frames) writes identical bytes.
    """

    def __init__(self, settings: RedactionSettings = RedactionSettings()) -> None:
        if settings.mode not in REDACTION_MODES:
            raise ValueError(f"unknown redaction mode {settings.mode!r}")
        self.settings = settings
        self.passes: tuple[det.Pass, ...] = settings.passes or det.default_passes()
        self.stats = RedactorStats()
        self._seen: OrderedDict[bytes, _Seen] = OrderedDict()
        self._prev: _Seen | None = None

    # ---------------------------------------------------------------------------------------
    def process(self, data: bytes) -> FrameResult:
        """Check one frame and return what may be written. Never raises; fails closed."""
        self.stats.frames += 1
        try:
            result = self._process(data)
        except Exception as exc:  # fail closed: nothing unchecked leaves this function
            result = FrameResult("withheld", 0, None, f"redaction failed: {type(exc).__name__}")
        if result.status == "withheld":
            self._prev = None
            self.stats.withheld += 1
        elif result.stripped:
            self.stats.stripped += 1
        return result

    def _process(self, data: bytes) -> FrameResult:
        # Structure and limits first: nothing is decoded or reused before they pass.
        try:
            image = image_only(data)
        except JpegError as exc:
            return FrameResult("withheld", 0, None, str(exc))
        problem = over_limits(image)
        if problem:
            return FrameResult("withheld", 0, None, problem)
        # The key is the source: equal sources give equal results, stripping included.
        key = hashlib.blake2b(data, digest_size=16).digest()
        if self.settings.reuse and key in self._seen:
            remembered = self._seen[key]
            self._seen.move_to_end(key)
            self._prev = remembered
            self.stats.identical += 1
            return remembered.result
        result, seen = self._process_new(image)
        if self.settings.reuse and seen is not None:
            self._seen[key] = seen
            while len(self._seen) > self.settings.cache_size:
                self._seen.popitem(last=False)
            self._prev = seen
        return result

    # ---------------------------------------------------------------------------------------
    def _process_new(self, image: ImageOnly) -> tuple[FrameResult, _Seen | None]:
        # Detection sees exactly the bytes a clean frame writes.
        img = decode(image.data)
        if img is None or img.size == 0:
            return FrameResult("withheld", 0, None, "not a decodable JPEG"), None
        boxes = self._find_boxes(img)
        faces = det.merge_faces(boxes)
        if not faces:
            result = FrameResult("clean", 0, image.data, stripped=image.dropped)
        else:
            out = img.copy()
            for rect in mask_rects(faces, self.settings, img.shape[1], img.shape[0]):
                apply_mask(out, rect, self.settings.mode)
            data = self._encode(out, image)
            result = FrameResult("redacted", len(faces), data, stripped=image.dropped)
        return result, _Seen(image.data, boxes, result, img)

    def _encode(self, img: np.ndarray, source: ImageOnly) -> bytes:
        """Re-encode at the source's quality, keeping its colour profile (only for a colour
        source: a grey or CMYK profile would not fit the BGR pixels written)."""
        s = self.settings
        q = s.quality or estimate_quality(source.data, default=75)
        q = max(s.min_quality, min(s.max_quality, q)) if s.quality is None else q
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        icc = icc_segments(source.data) if source.header.components == 3 else []
        return add_icc(buf.tobytes(), icc)

    # ---------------------------------------------------------------------------------------
    def _find_boxes(self, img: np.ndarray) -> list[det.Box]:
        if min(img.shape[:2]) < MIN_SEARCHED_SIDE:
            return []
        prev = self._prev if self.settings.reuse else None
        if prev is not None:
            if prev.image is None:
                prev.image = decode(prev.data)
            if prev.image is not None and prev.image.shape == img.shape:
                partial = self._find_boxes_partial(prev, img)
                if partial is not None:
                    return partial
        self.stats.full += 1
        self.stats.detected_share += 1.0
        return det.detect(img, self.passes, self.settings.second_look)

    def _find_boxes_partial(self, prev: _Seen, img: np.ndarray) -> list[det.Box] | None:
        """Detect in changed regions only; None when a full pass is the better deal."""
        assert prev.image is not None
        h, w = img.shape[:2]
        changed = changed_rects(prev.image, img)
        if not changed:
            # Same pixels, different bytes (e.g. metadata): the previous boxes hold.
            self.stats.partial += 1
            return list(prev.boxes)
        windows = merge_rects([pad(r, self.settings.diff_margin, w, h) for r in changed])
        area = sum((r[2] - r[0]) * (r[3] - r[1]) for r in windows)
        if area > self.settings.full_pass_share * w * h:
            return None
        self.stats.partial += 1
        self.stats.detected_share += area / (w * h)
        boxes: list[det.Box] = []
        for win in windows:
            crop = img[win[1] : win[3], win[0] : win[2]]
            for b in det.detect(crop, self.passes, self.settings.second_look):
                boxes.append((b[0] + win[0], b[1] + win[1], b[2] + win[0], b[3] + win[1], b[4]))
        # A face larger than the margin may straddle a window: the downscaled passes see it whole.
        # Only a change of at least (margin/2)^2 pixels can be (most of) a new face that large, so
        # a small change (the status-bar clock) skips them; a large face already there keeps its
        # earlier box below.
        changed_area = sum((r[2] - r[0]) * (r[3] - r[1]) for r in changed)
        if changed_area >= (self.settings.diff_margin / 2) ** 2:
            boxes.extend(det.detect(img, coarse_passes(self.passes), self.settings.second_look))
        # Earlier boxes stay unless their face was re-examined (touches a change, inside a window).
        for b in prev.boxes:
            stale = any(_touches(b, c) and _inside(b, win) for c in changed for win in windows)
            if not stale:
                boxes.append(b)
        return boxes


def over_limits(image: ImageOnly) -> str:
    """Why a frame of this declared size must not be decoded, or "" when it may be."""
    h = image.header
    if h.width == 0 or h.height == 0:
        return f"JPEG declares no size ({h.width}x{h.height})"
    if h.width * h.height > MAX_PIXELS or max(h.width, h.height) > MAX_SIDE:
        return (
            f"JPEG declares {h.width}x{h.height} pixels, over the limit of {MAX_PIXELS:,} pixels "
            f"and {MAX_SIDE} per side"
        )
    if h.components not in (1, 3, 4):
        return f"JPEG declares {h.components} colour components (only 1, 3 or 4 decode)"
    return ""


def decode(data: bytes) -> np.ndarray | None:
    """BGR pixels as stored: EXIF orientation is not applied (it is not written either)."""
    return cv2.imdecode(np.frombuffer(data, np.uint8), DECODE_FLAGS)


# --------------------------------------------------------------------------------------------
# Geometry and masks.
# --------------------------------------------------------------------------------------------


def coarse_passes(passes: Sequence[det.Pass]) -> list[det.Pass]:
    """The downscaled passes (or the smallest-scale one): cheap on a full frame, they find the
    faces too large to fit in a window padded by ``diff_margin``."""
    whole = [p for p in passes if p.region == "full"]
    smallest = min(p.scale for p in whole)
    return [p for p in whole if p.scale <= 0.5 or p.scale == smallest]


def mask_rects(faces: Sequence[det.Box], settings: RedactionSettings, w: int, h: int) -> list[Rect]:
    """The squares the faces are hidden under (the bench scores the same squares): ``mask_scale``
    times each box's longer side, ``small_mask_scale`` times it for boxes under SMALL_BOX_PX, and
    never smaller than a box of SMALL_BOX_PX gets: a 33 px box once got a smaller square (53 px)
    than a 31 px one (74 px)."""
    return [det.square_about(b, square_scale(det._side(b), settings), w, h) for b in faces]


def square_scale(side: float, settings: RedactionSettings) -> float:
    """The side of a box's hidden square over the box's longer ``side``.

    Square, not the box's own shape grown: libfacedetection's boxes are narrow (width 0.72-0.85
    of the height on the tuning composites) and a face is hidden only when its whole box, cheek
    to cheek, is (issue 14). Measured on the tuning composites (bench/FACES.md), per detector box
    that found a face: the annotated face reached at most 0.68 of the longer side from the box's
    centre in every direction (0.81 of the width sideways), with no pull downwards (chin 0.66,
    forehead 0.68), so a square of 1.6 (0.8 each way) covers it with room.
    """
    floor = settings.small_mask_scale * min(side, SMALL_BOX_PX)
    return max(settings.mask_scale, floor / max(side, 1e-9))


def pad(r: Rect, margin: int, w: int, h: int) -> Rect:
    x1, y1, x2, y2 = r
    return max(0, x1 - margin), max(0, y1 - margin), min(w, x2 + margin), min(h, y2 + margin)


def _touches(b: det.Box, r: Rect) -> bool:
    return b[0] < r[2] and b[2] > r[0] and b[1] < r[3] and b[3] > r[1]


def _inside(b: det.Box, r: Rect) -> bool:
    return b[0] >= r[0] and b[1] >= r[1] and b[2] <= r[2] and b[3] <= r[3]


def merge_rects(rects: Sequence[Rect]) -> list[Rect]:
    """Union overlapping rectangles until none overlap (deterministic order)."""
    return det.merge_overlapping(
        sorted(rects),
        lambda r, m: r[0] < m[2] and r[2] > m[0] and r[1] < m[3] and r[3] > m[1],
        lambda r, m: (min(r[0], m[0]), min(r[1], m[1]), max(r[2], m[2]), max(r[3], m[3])),
        resort=True,
    )


def changed_rects(a: np.ndarray, b: np.ndarray, cell: int = 16) -> list[Rect]:
    """Bounding rectangles of the pixels that differ at all (JPEG decoding is deterministic)."""
    diff = cv2.absdiff(a, b)
    h, w = diff.shape[:2]
    chans = diff.shape[2] if diff.ndim == 3 else 1
    # Each cell's largest difference over its pixels and channels: a dilation whose kernel spans
    # one cell (channels interleaved along a row), read at each cell's corner. numpy's max over
    # the channel axis took 67 ms per frame, 8 % of the demo stream; this takes 4 ms.
    rows = diff.reshape(h, w * chans)
    cells = cv2.dilate(rows, np.ones((cell, cell * chans), np.uint8), anchor=(0, 0))[::cell, :: cell * chans]
    if not cells.any():
        return []
    # join changes a cell or two apart
    mask = cv2.dilate((cells > 0).astype(np.uint8), np.ones((3, 3), np.uint8))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    rects: list[Rect] = []
    for i in range(1, n):
        x, y, cw, ch = (int(v) for v in stats[i, :4])
        rects.append((x * cell, y * cell, min(w, (x + cw) * cell), min(h, (y + ch) * cell)))
    return sorted(rects)


def apply_mask(img: np.ndarray, rect: Rect, mode: str) -> None:
    """Hide ``rect`` in place. Solid black is the safe default: blur/pixelation keep coarse
    colour only (4-6 cells across the hidden box), so no facial detail survives."""
    x1, y1, x2, y2 = rect
    if x2 <= x1 or y2 <= y1:
        return
    region = img[y1:y2, x1:x2]
    rw, rh = x2 - x1, y2 - y1
    if mode == "black":
        region[:] = 0
        return
    cells = 6 if mode == "pixelate" else 4
    side = max(rw, rh)
    sw, sh = max(1, round(cells * rw / side)), max(1, round(cells * rh / side))
    small = cv2.resize(region, (sw, sh), interpolation=cv2.INTER_AREA)
    if mode == "pixelate":
        region[:] = cv2.resize(small, (rw, rh), interpolation=cv2.INTER_NEAREST)
    else:
        big = cv2.resize(small, (rw, rh), interpolation=cv2.INTER_LINEAR)
        k = max(3, (side // 4) | 1)
        region[:] = cv2.GaussianBlur(big, (k, k), 0)
