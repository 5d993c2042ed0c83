"""MTCNN's refine and output networks (RNet, ONet) in numpy: a third, independent opinion on a box.

Why: the upscaled libfacedetection passes keep weak boxes (0.35-0.6) so that 18-30 px faces are
not left visible, and on face-free screens those boxes land on pets, objects and textures just as
often. MTCNN's last two stages were trained, on other data than either network we run, to tell a
face crop from anything else; shown the box as a crop they score most of those false boxes under
0.3 and the faces only the weak boxes cover above it (bench/FACES.md, tenth round).

The weights are MTCNN's (Zhang et al. 2016) as shipped in the ``mtcnn`` 0.1.1 wheel on PyPI (MIT),
RNet and ONet only, float32 (``models/mtcnn_rnet_onet.npz``; licence beside it). Both nets are a
few small convolutions: a dozen crops cost a few milliseconds in numpy, so no runtime is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import cv2
import numpy as np

from slrk_tui.redact import detect as det

WEIGHTS_NAME = "mtcnn_rnet_onet.npz"  # in detect.MODELS_DIR


@cache
def _weights(net: str) -> list[np.ndarray]:
    with np.load(det.MODELS_DIR / WEIGHTS_NAME) as z:
        names = sorted((k for k in z.files if k.startswith(net + "_")), key=lambda k: int(k.split("_")[1]))
        return [z[k] for k in names]


def _conv(x: np.ndarray, k: np.ndarray, b: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """A 'valid' stride-1 convolution (kernel kh x kw x C x O) and its PReLU, by im2col."""
    n, h, w, c = x.shape
    kh, kw, _, o = k.shape
    oh, ow = h - kh + 1, w - kw + 1
    cols = np.empty((n, oh, ow, kh, kw, c), np.float32)
    for i in range(kh):
        for j in range(kw):
            cols[:, :, :, i, j, :] = x[:, i : i + oh, j : j + ow, :]
    y = (cols.reshape(n * oh * ow, -1) @ k.reshape(-1, o) + b).reshape(n, oh, ow, o)
    return _prelu(y, alpha)


def _prelu(x: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    a = alpha.reshape(-1)
    return np.maximum(x, 0) + a * np.minimum(x, 0)


def _pool(x: np.ndarray, k: int, same: bool) -> np.ndarray:
    """Max pooling with stride 2, 'same' (padded, Keras's split) or 'valid'."""
    n, h, w, c = x.shape
    if same:
        oh, ow = -(-h // 2), -(-w // 2)
        ph, pw = max((oh - 1) * 2 + k - h, 0), max((ow - 1) * 2 + k - w, 0)
        pads = ((0, 0), (ph // 2, ph - ph // 2), (pw // 2, pw - pw // 2), (0, 0))
        x = np.pad(x, pads, constant_values=-np.inf)
    else:
        oh, ow = (h - k) // 2 + 1, (w - k) // 2 + 1
    out = np.full((n, oh, ow, c), -np.inf, np.float32)
    for i in range(k):
        for j in range(k):
            out = np.maximum(out, x[:, i : i + 2 * oh - 1 : 2, j : j + 2 * ow - 1 : 2, :])
    return out


def _face_probability(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e[:, 1] / e.sum(axis=1)


def rnet(x: np.ndarray) -> np.ndarray:
    """P(face) for N 24x24 crops (as ``crops`` makes them)."""
    w = _weights("rnet")
    x = _pool(_conv(x, *w[0:3]), 3, same=True)
    x = _pool(_conv(x, *w[3:6]), 3, same=False)
    x = _conv(x, *w[6:9])
    x = _prelu(x.reshape(len(x), -1) @ w[9] + w[10], w[11])
    return _face_probability(x @ w[12] + w[13])


def onet(x: np.ndarray) -> np.ndarray:
    """P(face) for N 48x48 crops (as ``crops`` makes them)."""
    w = _weights("onet")
    x = _pool(_conv(x, *w[0:3]), 3, same=True)
    x = _pool(_conv(x, *w[3:6]), 3, same=False)
    x = _pool(_conv(x, *w[6:9]), 2, same=True)
    x = _conv(x, *w[9:12])
    x = _prelu(x.reshape(len(x), -1) @ w[12] + w[13], w[14])
    return _face_probability(x @ w[15] + w[16])


def crops(img: np.ndarray, boxes: Sequence[det.Box], side: int, pad: float = 0.0) -> np.ndarray:
    """Each box made square about its centre (grown by ``pad``), resampled to ``side`` px, in the
    layout MTCNN was trained on: RGB, scaled to [-1, 1], rows and columns swapped (its Caffe
    origin). Parts outside the image are black, as MTCNN pads them. Only the crops change colour
    order, never the whole frame (this runs on every frame with a weak box)."""
    h, w = img.shape[:2]
    if img.ndim == 2:
        img = img[:, :, None]
    out = np.zeros((len(boxes), side, side, 3), np.float32)
    for n, b in enumerate(boxes):
        x1, y1, x2, y2 = b[:4]
        s = max(1, round(max(x2 - x1, y2 - y1) * (1 + pad)))
        left, top = round((x1 + x2 - s) / 2), round((y1 + y2 - s) / 2)
        square = np.zeros((s, s, 3), np.uint8)
        sx1, sy1, sx2, sy2 = max(0, left), max(0, top), min(w, left + s), min(h, top + s)
        if sx2 > sx1 and sy2 > sy1:
            square[sy1 - top : sy2 - top, sx1 - left : sx2 - left] = img[sy1:sy2, sx1:sx2, ::-1]
        interp = cv2.INTER_AREA if s > side else cv2.INTER_LINEAR
        out[n] = cv2.resize(square, (side, side), interpolation=interp)
    return np.transpose((out - 127.5) / 128.0, (0, 2, 1, 3)).copy()


def face_scores(img: np.ndarray, boxes: Sequence[det.Box]) -> np.ndarray:
    """The best of three looks at each box: RNet and ONet on the box, ONet with 30 % more context
    (a face the box cuts off at the chin or a box sitting high is still seen whole)."""
    if not boxes:
        return np.zeros(0, np.float32)
    return np.maximum.reduce(
        [rnet(crops(img, boxes, 24)), onet(crops(img, boxes, 48)), onet(crops(img, boxes, 48, pad=0.3))]
    )
