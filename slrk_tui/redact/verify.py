"""A second look at libfacedetection's boxes: fewer false hits on pets and objects.

Why: on face-free photo screens libfacedetection is as sure of a dog's face (0.81-0.89 on the
tuning composites) as of a person's, and scores a coffee cup 0.51-0.55; each such box re-encodes
a screen that had no face (issue 14: half the face-free tuning screens). A missed face is a leak
and a false hit only a re-encode, so a box is dropped only when two independent cues agree that
it is no human face (bench/FACES.md has the figures):

- its middle is fine-grained texture (fur, foam, wood grain), where a face is mostly smooth skin:
  ``fine_texture`` at least ``TEXTURE_MIN``; and
- CenterFace, shown the box alone at a size it sees well (the box's longer side at ``LOOK_SIDE``
  px, in a window twice as large), scores it below ``CENTERFACE_MIN``.

Only boxes of at least ``MIN_SIDE`` px are looked at: below that CenterFace misses real faces
(22-40 px chat avatars scored under 0.1) and a face has too few pixels for texture to mean
anything. The texture costs a 64x64 blur; the CenterFace look (a 192x192 window) runs only for
boxes the texture doubts.

Small weak boxes (under ``MIN_SIDE`` px, scored under ``WEAK_MAX``: what the upscaled passes keep
so that 18-30 px faces are not left) get a different second look: MTCNN's RNet and ONet
(:mod:`slrk_tui.redact.mtcnn`, trained on other data than either network we run) shown the box as
a crop. A weak box all three looks score under ``MTCNN_MIN`` is dropped: on the seen sets (7,381
faces, 219 face-free screens) that left no face more and 23 face-free screens fewer altered (111
-> 88), and on the sixth blind set no face more and 24 -> 17 of 52; at 0.4 one seen face more
was left (bench/FACES.md, tenth round). A box scored ``WEAK_MAX`` or more is one a network is
sure of and is never dropped by this look. The looks on negatives (``detect.NEGATIVE_LOOKS``), which
no other pass backs, get MTCNN's look on every box, kept from ``EVERY_MTCNN_MIN``.

The 4x look around seeds and blobs (``detect.Pass.backed``) is kept only where a second cue backs
its box (``backed_by``): CenterFace's look finds anything there (``BACKED_CENTERFACE_MIN``), or
MTCNN sees a face (``BACKED_MTCNN_MIN``) in a box at least half skin (``BACKED_SKIN_MIN``); and
never where the box's middle is fine texture (``BACKED_TEXTURE_MAX``: fur, a headlight, pixelated
text) unless MTCNN and CenterFace's look both see a face there (``BACKED_BOTH_*``: a sharp grey
30 px avatar's JPEG edges read as texture; on the face-free screens of seen sets no textured box
had both). That look alone hid 1.8 % of the seen sets' faces and drew the only box on most altered
face-free screens (a patch of a map, a drawn ball, pixelated text at 4x); on seen sets 21-28 the
cue kept every face it hid and left 76 of the 178 altered face-free screens as they came. The 4x
look over photos gets the same cue; the 2x look around seeds and blobs a weaker one
(``Pass.doubted``): its boxes neither MTCNN nor CenterFace sees a face in are dropped (``unseen``).

RNet also says, before the 4x look, which of its windows around avatar-sized patches are worth
scanning (``face_like``, ``detect.BLOB_GATE_4X``): a cue for cost, which only drops a window where
no seed points and no patch looks like a face to it.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from slrk_tui.redact import detect as det
from slrk_tui.redact import mtcnn

MIN_SIDE = 64.0  # px: smaller boxes get no texture/CenterFace look (weak ones get MTCNN's)
TEXTURE_SIDE = 64  # px: the box's middle is measured at this size, whatever the box's size
TEXTURE_MIN = 3.1  # grey levels: at least this much fine texture reads as fur, not skin
LOOK_SIDE = 96  # px: the box's longer side in the window CenterFace sees
CENTERFACE_MIN = 0.25  # a box CenterFace scores at least this (centre inside its box) is a face
WEAK_MAX = 0.6  # small boxes scored under this get MTCNN's look ...
MTCNN_MIN = 0.3  # ... and are kept when its best look scores at least this
EVERY_MTCNN_MIN = 0.5  # with ``every`` (a look no other pass backs), every box must score this
# With ``backed`` (detect.Pass.backed: the 4x look around seeds and blobs), a box is kept only
# where a second cue backs it: CenterFace's look finds anything there, or MTCNN sees a face and
# half the box is skin (bench/FACES.md, twenty-fourth round).
BACKED_CENTERFACE_MIN = 0.05
BACKED_MTCNN_MIN = 0.7
BACKED_SKIN_MIN = 0.5
# ... and never where its middle is fine-grained texture (fur, pixelated text, a pattern):
# ``fine_texture`` at SMALL_TEXTURE_SIDE px from this up.
BACKED_TEXTURE_MAX = 3.0
SMALL_TEXTURE_SIDE = 32
# ... unless both other networks see a face there: MTCNN at least this and CenterFace's look at
# least this (a sharp grey 30 px face's JPEG edges read as fine texture).
BACKED_BOTH_MTCNN_MIN = 0.9
BACKED_BOTH_CENTERFACE_MIN = 0.1
# With ``doubted`` (detect.Pass.doubted: the 2x look around seeds and blobs), a box MTCNN does not
# see as a face (under MTCNN_MIN, as for weak boxes) is dropped whatever its score, unless
# CenterFace's look finds a trace of one there (bench/FACES.md, twenty-fifth round).
DOUBTED_CENTERFACE_MIN = 0.04


def fine_texture(
    img: np.ndarray, b: det.Box, side: int = TEXTURE_SIDE, interpolation: int = cv2.INTER_AREA
) -> float:
    """Mean grey-level difference between the box's middle (60 % of each side, resampled to
    ``side`` x ``side``) and itself blurred by one pixel: what fur or foam has everywhere and skin
    has only at the eyes and mouth. Tuning composites, at 64x64: dog, cup and galaxy boxes
    3.45-6.2; real faces of 64 px and more 0.9-5.7 (median 2.8), grey LFW avatars of 90 and 160 px
    0.9-3.3. Small boxes are enlarged smoothly (``SMALL_TEXTURE_SIDE``, bilinear): the area
    resampling copies each pixel into a block, whose edges read as texture.
    """
    x1, y1, x2, y2 = b[:4]
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    hw, hh = (x2 - x1) * 0.3, (y2 - y1) * 0.3
    top, left = max(0, round(cy - hh)), max(0, round(cx - hw))
    middle = img[top : max(top, round(cy + hh)), left : max(left, round(cx + hw))]
    if middle.size == 0:
        return 0.0
    g = cv2.cvtColor(middle, cv2.COLOR_BGR2GRAY)
    g = cv2.resize(g, (side, side), interpolation=interpolation).astype(np.float32)
    return float(np.abs(g - cv2.GaussianBlur(g, (0, 0), 1.0)).mean())


def centerface_look(img: np.ndarray, b: det.Box) -> float:
    """CenterFace's best score for a face whose box holds this box's centre, in a window of twice
    the box's longer side around it, scaled so that side is ``LOOK_SIDE`` px (edges repeated)."""
    x1, y1, x2, y2 = b[:4]
    s = LOOK_SIDE / max(x2 - x1, y2 - y1)
    n = 2 * LOOK_SIDE
    m = np.array([[s, 0.0, n / 2 - (x1 + x2) / 2 * s], [0.0, s, n / 2 - (y1 + y2) / 2 * s]])
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    window = cv2.warpAffine(img, m, (n, n), flags=interp, borderMode=cv2.BORDER_REPLICATE)
    c = n / 2
    found = det.run_pass(window, det.Pass("centerface", threshold=0.01))
    return max((f[4] for f in found if f[0] <= c <= f[2] and f[1] <= c <= f[3]), default=0.0)


def not_a_face(img: np.ndarray, b: det.Box) -> bool:
    """True when both cues say this box is no human face (module docstring)."""
    if det._side(b) < MIN_SIDE or fine_texture(img, b) < TEXTURE_MIN:
        return False
    return centerface_look(img, b) < CENTERFACE_MIN


def weak(b: det.Box) -> bool:
    """A small box no network was sure of: the kind MTCNN's look may drop."""
    return det._side(b) < MIN_SIDE and b[4] < WEAK_MAX


def backed_by(img: np.ndarray, b: det.Box, mtcnn_score: float) -> bool:
    """True when a second cue backs box ``b``: MTCNN (its score given) sees a face and half the
    box is skin, or CenterFace's look finds any face there (a grey or tinted avatar has no skin
    colours); and its middle is not fine-grained texture, or both MTCNN and CenterFace's look see
    a face. The tests without a network come first."""
    textured = fine_texture(img, b, SMALL_TEXTURE_SIDE, cv2.INTER_LINEAR) >= BACKED_TEXTURE_MAX
    if textured and mtcnn_score < BACKED_BOTH_MTCNN_MIN:
        return False
    if not textured and mtcnn_score >= BACKED_MTCNN_MIN:
        x1, y1, x2, y2 = (max(0, round(v)) for v in b[:4])
        patch = img[y1:y2, x1:x2]
        if patch.size and det._skin_share(patch) >= BACKED_SKIN_MIN:
            return True
    if not det.model_available("centerface"):
        return False
    return centerface_look(img, b) >= (BACKED_BOTH_CENTERFACE_MIN if textured else BACKED_CENTERFACE_MIN)


def confirmed(
    img: np.ndarray,
    boxes: Sequence[det.Box],
    every_min: float = 0.0,
    backed: bool = False,
    doubted: bool = False,
) -> list[det.Box]:
    """The boxes that are not vetoed: large ones two cues call no face (none where CenterFace
    cannot run) and weak small ones MTCNN does not see as a face are dropped; with ``every_min``,
    every box MTCNN scores under it (a look no other pass backs: the negative looks); with
    ``backed``, also every box no second cue backs (``backed_by``); with ``doubted``, also every
    box neither MTCNN nor CenterFace sees a face in (``unseen``)."""
    if det.model_available("centerface"):
        boxes = [b for b in boxes if not not_a_face(img, b)]
    every = every_min > 0
    doubtful = [b for b in boxes if every or backed or doubted or weak(b)]
    if not doubtful:
        return list(boxes)
    seen = mtcnn.face_scores(img, doubtful)
    floor = every_min if every else MTCNN_MIN
    dropped = {
        b
        for b, score in zip(doubtful, seen, strict=True)
        if ((every or weak(b)) and score < floor)
        or (backed and not backed_by(img, b, float(score)))
        or (doubted and unseen(img, b, float(score)))
    }
    return [b for b in boxes if b not in dropped]


def unseen(img: np.ndarray, b: det.Box, mtcnn_score: float) -> bool:
    """True when MTCNN (its score given) does not see a face in box ``b`` and CenterFace's look
    finds no trace of one there (never where CenterFace cannot run)."""
    return (
        mtcnn_score < MTCNN_MIN
        and det.model_available("centerface")
        and centerface_look(img, b) < DOUBTED_CENTERFACE_MIN
    )


GATE_MIDDLE = 0.8  # of a blob's side: its middle, where an avatar's face is, without the ring


def face_like(img: np.ndarray, blobs: Sequence[det.Box], floor: float) -> list[det.Box]:
    """The ``blobs`` (avatar-sized patches) MTCNN's RNet scores at least ``floor``, whole or their
    middle: the cue for which blobs the 4x look searches (``detect.BLOB_GATE_4X``). RNet alone (a
    24 px crop, ~0.4 ms a blob) costs a fraction of the 4x look at a 40 px blob's window (~13 ms)."""
    if not blobs:
        return []
    whole, middle = (mtcnn.rnet(mtcnn.crops(img, blobs, 24, pad=pad)) for pad in (0.0, GATE_MIDDLE - 1))
    return [b for b, s in zip(blobs, np.maximum(whole, middle).tolist(), strict=True) if s >= floor]
