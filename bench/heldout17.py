"""Held-out screens, seventeenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to sixteen (heldout.py to heldout16.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: fireworks,
neon tubes on a brick wall, confetti and streamers, city lights out of focus; nothing with eyes, a
mouth or a mask); every random choice from ``HELDOUT17_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout11's ``Cast`` (through heldout16's, its screens marked h17-; on face-free screens pets,
objects, textures, initials and this set's drawn things), which counts a face cut by an edge once
half of its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces seen through what sits over them or how they move: overlays, motion and
light. Under a modal's scrim (40-75 % black or white) over a frosted feed (a Gaussian blur of sigma
2-8), under a stage's strong red, blue, green or magenta light (``stage_light``), in smoke haze
(``haze``: a grey veil of 20-45 % on average), against the light (``backlit``: 2-4 times darker
than the bright backdrop), behind see-through notification cards (``glass``: 60-85 %), under
fading reactions rising over a video (``floating``), smeared by a gallery's scroll (a horizontal
motion blur of 8-30 px), turned a quarter, half or three quarters (``quarter``), on a card flung
mid-swipe, wearing a face filter's stickers (``stickers``: the face's box stays whole), under a
markup's pen, arrows and a blur brush across part of the face (``blur_stroke``), and cut by a
keyboard. Ten layouts none of sets 2-16 draws in this way (they already draw a dialog and a share
sheet under a 30-60 % scrim, lock-screen notifications on a wallpaper, dating cards and a deck of
turned cards under CONNECT or SKIP, a concert's fan cam under beams, picture-in-picture calls and
recordings, a GIF keyboard's masonry under a chat, glasses tried on, a collage's crop grid, a
phone's far half upside down and more: see their docstrings):
- a modal over a feed: posts by 24-36 px faces with photos of people (faces 18-200 px) and likes
  stacks (18-24 px), blurred on half and under the scrim, then opaque over it a bottom sheet (share
  targets' 40-64 px faces cut by the right edge) or a dialog (a 60-100 px face, a 18-24 px stack);
- a dating app mid-swipe: the top card (on most a portrait, faces 100-400 px, else people, 60-200
  px; a mutual friends stack of 18-24 px faces) tinted green or red with a LIKE or NOPE stamp over
  its upper part, turned 5-25 degrees and 20-50 % off the screen's edge, the next card under it;
- a concert or club's feed: the stage cam (faces 30-200 px) under a coloured light, beams and
  haze, "here tonight" rings (24-34 px faces), posts (faces 20-200 px) under coloured light, haze
  or both, or backlit;
- a watch party: the video (faces 60-300 px, or a photo filling it) with live captions over its
  lower third on a 55-75 % black band, a friend's camera in a picture-in-picture window (faces
  30-80 px), reactions rising over the picture, the party's 22-34 px faces, the chat's 20-28 px;
- a gallery viewer mid-scroll: the photo leaving and the one coming (faces 40-500 px) split
  anywhere across the screen under the scroll's motion blur, page dots, thumbnails (18-40 px);
- a photo saved sideways or upside down (faces 30-300 px) in a viewer (who shared it: a 22-30 px
  face) or in an editor's crop (outside dimmed 45-60 %, a thirds grid and handles over the face, a
  straighten dial), then a strip of photos, some turned too (faces 18-40 px);
- a face-filter camera: one person (faces 120-400 px) or two or three (80-260 px) wearing the
  filter's sunglasses or heart lenses, hats, hearts or blush, the filters' carousel round the
  shutter (drawn stickers, some a 18-36 px face), the last shot (a 24-40 px face);
- a lock screen: on most a portrait filling it (faces 150-600 px) under the clock and a stack of
  2-5 see-through banners, each a sender's 18-28 px face, on some a thumbnail (faces 18-40 px);
- a screenshot's markup: a picture (faces 24-300 px) with a blur brush across part of a face, pen
  scribbles, arrows, a highlighter, a ring round a face and outlined text, the pens, share
  targets' 26-38 px faces;
- a chat with the keyboard open over its lower 35-45 % (the chat's 20-36 px faces and photos with
  faces 20-60 px cut or hidden by it), the suggestion strip's GIF and sticker results with people
  (faces 18-50 px), the keys.
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Scrims, blur,
tints, stage light, haze, backlight, see-through cards and fading reactions, motion blur and the
blur brush leave the faces under them counted (darker, lighter, coloured, greyed, softer,
smeared); sheets, dialogs, keyboards, stamps, stickers, pen strokes, captions' type, whole
reactions and windows take the pixels they cover. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,135 faces (823 under 32 px, 175 of 32-63, 86 of 64-127,
51 larger; 905 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things in feeds, cards, chats and wallpapers; a face filter's stickers lie
about apart); ``reps=1`` a quarter (18 screens with 285 faces: 206, 49, 21 and 9 by size, 221 under
40 px; 13 face-free). Every layout but the face filter and the swipe (5.5 and 6.8 faces a screen on
average at 4 reps; few faces and large) is drawn twice a round. Counted by running the generator
alone (no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout13 as H13
import heldout15 as H15
import heldout16 as H16
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import BLACK, pill, small
from heldout6 import off
from heldout7 import header
from heldout8 import PINK
from heldout11 import INK, figure, offscreen, paste_photo, portrait, snapshot, turned
from heldout13 import new_screen_for, spectacles
from heldout15 import emoji, stamp
from heldout16 import clock

HELDOUT17_SEED = 17171


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def fireworks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Fireworks over a dark town: bursts of coloured rays from a point, a spark at each ray's end,
    the roofs' dark band at the foot."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 25, 15), (25, 12, 8))
    for _ in range(rng.randrange(1, 5)):
        c = (rng.randrange(w), rng.randrange(max(1, h * 2 // 3)))
        r = max(3, round(min(w, h) * rng.uniform(0.12, 0.35)))
        col = random_colour(rng, 120, 255)
        n = rng.randrange(10, 24)
        for k in range(n):
            a = 2 * math.pi * k / n + rng.uniform(-0.1, 0.1)
            rr = r * rng.uniform(0.6, 1.0)
            p = (round(c[0] + rr * math.cos(a)), round(c[1] + rr * math.sin(a)))
            q = (round(c[0] + rr * 0.3 * math.cos(a)), round(c[1] + rr * 0.3 * math.sin(a)))
            cv2.line(img, q, p, col, 1, cv2.LINE_AA)
            cv2.circle(img, p, max(1, r // 25), tone(col, 40), -1, cv2.LINE_AA)
    cv2.rectangle(img, (0, h - max(2, h // 10)), (w, h), (15, 15, 18), -1)
    return img


def neon(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Neon tubes on a dark brick wall: zigzags, waves, arrows and frames in a glow of their colour
    with a pale core."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (45, 45, 60), (30, 30, 40))
    step = max(4, h // 12)
    for k, y in enumerate(range(0, h, step)):
        cv2.line(img, (0, y), (w, y), (25, 25, 32), 1)
        for x in range(-(k % 2) * step, w, step * 2):
            cv2.line(img, (x, y), (x, y + step), (25, 25, 32), 1)
    glow = np.zeros((h, w, 3), np.uint8)
    cores = np.zeros((h, w, 3), np.uint8)
    t = max(2, min(w, h) // 40)
    for _ in range(rng.randrange(1, 4)):
        col = rng.choice(((255, 80, 255), (80, 255, 255), (255, 255, 80), (80, 80, 255), (120, 255, 120)))
        x0, x1 = sorted((rng.randrange(w), rng.randrange(w)))
        x1 = max(x1, x0 + 4)
        y0 = rng.randrange(h)
        kind = rng.choice(("zigzag", "wave", "arrow", "frame"))
        if kind == "zigzag":
            xs = np.linspace(x0, x1, rng.randrange(4, 9))
            ys = y0 + np.array([(-1) ** j for j in range(len(xs))]) * max(2, h // 12)
            pts = [np.stack([xs, ys], 1).astype(np.int32)]
        elif kind == "wave":
            xs = np.linspace(x0, x1, 40)
            ys = y0 + np.sin(np.linspace(0, rng.uniform(6, 14), 40)) * max(2, h // 14)
            pts = [np.stack([xs, ys], 1).astype(np.int32)]
        elif kind == "frame":
            y1 = min(h - 1, y0 + max(4, h // 4))
            pts = [np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], np.int32)]
        else:
            cv2.arrowedLine(glow, (x0, y0), (x1, y0), col, t * 3, tipLength=0.3)
            cv2.arrowedLine(cores, (x0, y0), (x1, y0), tone(col, 80), t, tipLength=0.3)
            continue
        cv2.polylines(glow, pts, False, col, t * 3, cv2.LINE_AA)
        cv2.polylines(cores, pts, False, tone(col, 80), t, cv2.LINE_AA)
    glow = cv2.GaussianBlur(glow, (0, 0), t * 2)
    return np.maximum(np.maximum(img, glow), cores)


def confetti(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Confetti and streamers on a plain colour: small turned rectangles of bright colours and wavy
    ribbons."""
    img = np.full((h, w, 3), random_colour(rng, 150, 250), np.uint8)
    s = max(2, round(min(w, h) * 0.04))
    for _ in range(rng.randrange(20, 80)):
        box = cv2.boxPoints(((rng.randrange(w), rng.randrange(h)), (s, s * 2), rng.uniform(0, 180)))
        cv2.fillPoly(img, [box.astype(np.int32)], random_colour(rng, 40, 250), cv2.LINE_AA)
    for _ in range(rng.randrange(1, 4)):
        xs = np.linspace(0, w, 30)
        ys = rng.randrange(h) + np.sin(np.linspace(0, rng.uniform(4, 10), 30)) * max(2, h // 10)
        cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, random_colour(rng, 40, 250),
                      max(1, s // 2), cv2.LINE_AA)  # fmt: skip
    return img


def bokeh(rng: random.Random, w: int, h: int) -> np.ndarray:
    """City lights out of focus: many soft see-through discs of warm and cold light on a dark
    ground, overlapping at random."""
    img = np.zeros((h, w, 3), np.float32)
    img[:] = random_colour(rng, 15, 60)
    for _ in range(rng.randrange(12, 40)):
        layer = img.copy()
        r = max(2, round(min(w, h) * rng.uniform(0.04, 0.14)))
        col = rng.choice(((80, 190, 255), (60, 120, 250), (250, 200, 120), (200, 120, 250), (180, 240, 250)))
        cv2.circle(layer, (rng.randrange(w), rng.randrange(h)), r, col, -1, cv2.LINE_AA)
        a = rng.uniform(0.2, 0.5)
        img = img * (1 - a) + layer * a
    return cv2.GaussianBlur(img, (0, 0), max(0.8, min(w, h) / 150)).astype(np.uint8)


RENDERS: tuple[H11.Render, ...] = (fireworks, neon, confetti, bokeh)


@dataclass
class Cast(H16.Cast):
    """heldout16's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h17-, whose drawn things are this set's: fireworks, neon tubes, confetti, city
    lights out of focus."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h17-" + super().kind(layout).removeprefix("h16-")


# ----------------------------------------------------------------------------------------------
# Staging: scrims and glass, stage light, haze, backlight, quarter turns, stickers, markup.
# ----------------------------------------------------------------------------------------------

Fn = Callable[[np.ndarray], np.ndarray]
LIGHTS: dict[str, tuple[float, float, float]] = {  # B, G, R gains of a stage light at full strength
    "red": (0.25, 0.3, 1.25),
    "blue": (1.3, 0.5, 0.25),
    "green": (0.3, 1.2, 0.35),
    "magenta": (1.2, 0.3, 1.2),
}


def stage_light(colour: str, strength: float) -> Fn:
    """A strong stage light over a whole photo (for ``heldout10.redrawn``): each channel times the
    light's gain, by ``strength`` (0.6-1: the other colours cut to a quarter to a half); faces stay
    counted, in the light's colour."""
    k = 1 + (np.array(LIGHTS[colour], np.float32) - 1) * strength
    return lambda part: np.clip(part * k, 0, 255).astype(np.uint8)


def haze(rng: random.Random, w: int, h: int, level: float) -> Fn:
    """Smoke haze over a w x h picture (for ``heldout10.redrawn``): a grey veil of ``level``
    (0.2-0.45) of opacity on average, 20 % thicker and thinner in soft drifts; faces stay counted,
    greyed."""
    sw, sh = max(2, w // 16), max(2, h // 16)
    drift = np.random.default_rng(rng.randrange(2**32)).random((sh, sw)).astype(np.float32)
    drift = cv2.GaussianBlur(drift, (0, 0), 2)
    drift = (drift - drift.min()) / max(1e-6, float(drift.max() - drift.min()))
    alpha = cv2.resize(level * (0.8 + 0.4 * drift), (w, h), interpolation=cv2.INTER_LINEAR)[:, :, None]
    grey = rng.uniform(150, 215)
    return lambda part: (part * (1 - alpha) + grey * alpha).astype(np.uint8)


def backlit(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float
) -> tuple[np.ndarray, list[BoxF]]:
    """People against the light: a bright backdrop (a window, a stage's wash, 200-255 with a glow),
    one to three people standing before it (faces ``lo``-``hi`` px), their pixels 2-4 times darker
    than drawn and a thin rim of light round them; faces stay counted, dark on light. A face-free
    cast's are round things."""

    def draw(sc: Screen) -> None:
        base = random_colour(rng, 200, 255)
        gradient(sc.img, (0, 0, w, h), base, tone(base, -25))
        sun = np.zeros((h, w), np.float32)
        cv2.circle(sun, (rng.randrange(w), rng.randrange(max(1, h // 2))), max(4, min(w, h) // 4), 1.0, -1)
        sun = cv2.GaussianBlur(sun, (0, 0), max(2, min(w, h) / 10))[:, :, None]
        sc.img[:] = np.clip(sc.img * (1 - sun) + 255 * sun, 0, 255).astype(np.uint8)
        before = sc.img.copy()
        n, fp = rng.randrange(1, 4), small(rng, lo, hi)
        for j in range(n):
            cx = (j + 0.5 + rng.uniform(-0.15, 0.15)) * w / n
            figure(cast, sc, cx, h * rng.uniform(0.32, 0.5), fp * rng.uniform(0.9, 1.1), (0, 0, w, h), True)
        person = (sc.img != before).any(axis=2).astype(np.uint8)
        rim = (person - cv2.erode(person, np.ones((5, 5), np.uint8))).astype(bool)
        dark = 1 / rng.uniform(2, 4)

        def fn(part: np.ndarray) -> np.ndarray:
            out = part.astype(np.float32)
            out[person > 0] *= dark
            out[rim] = out[rim] * 0.5 + 120
            return np.clip(out, 0, 255).astype(np.uint8)

        H10.redrawn(sc, (0, 0, w, h), fn)

    return offscreen(w, h, draw)


def glass(s: Screen, rect: tuple[int, int, int, int], colour: Colour, alpha: float, r: int) -> None:
    """A see-through card over ``rect`` (inside the screen, corners rounded to ``r``): ``colour``
    blended in by ``alpha`` (0.6-0.85); faces under it stay counted, washed."""
    x1, y1, x2, y2 = rect
    m = rounded_rect(y2 - y1, x2 - x1, r)[:, :, None] > 0
    tint = np.array(colour, np.float32)
    H10.redrawn(s, rect, lambda part: np.where(m, part * (1 - alpha) + tint * alpha, part).astype(np.uint8))


def floating(s: Screen, c: tuple[int, int], r: int, kind: str, alpha: float) -> None:
    """A rising reaction (heldout15's ``emoji``) at ``alpha``: fading (under 1) it is see-through
    and the face under it stays counted; whole (1) it takes the pixels it covers."""
    if alpha >= 1:
        emoji(s.img, c, r, kind)
        return
    x1, y1 = max(0, c[0] - 2 * r), max(0, c[1] - 2 * r)
    x2, y2 = min(W, c[0] + 2 * r), min(H, c[1] + 2 * r)
    if x2 <= x1 or y2 <= y1:
        return

    def fn(part: np.ndarray) -> np.ndarray:
        drawn = part.copy()
        emoji(drawn, (c[0] - x1, c[1] - y1), r, kind)
        return (part * (1 - alpha) + drawn * alpha).astype(np.uint8)

    H10.redrawn(s, (x1, y1, x2, y2), fn)


def quarter(piece: np.ndarray, faces: Sequence[BoxF], k: int) -> tuple[np.ndarray, list[BoxF]]:
    """``piece`` turned ``k`` quarter turns anticlockwise (a photo the phone saved sideways or
    upside down), its faces' boxes along."""
    out = np.ascontiguousarray(np.rot90(piece, k % 4))
    boxes = []
    for box in faces:
        a, b, c, d = box
        w, h = piece.shape[1], piece.shape[0]
        for _ in range(k % 4):
            a, b, c, d = b, w - c, d, w - a
            w, h = h, w
        boxes.append((a, b, c, d))
    return out, boxes


def hat(img: np.ndarray, box: Sequence[float], rng: random.Random) -> None:
    """A hat sticker whose foot sits on the forehead: a party cone with a pompom, a top hat or a
    crown, narrower than the box (its upper corners stay the face's)."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    foot = y1 + 0.12 * h
    kind = rng.choice(("cone", "top", "crown"))
    col = random_colour(rng, 40, 230)
    if kind == "cone":
        tip = (x1 + w * rng.uniform(0.4, 0.6), y1 - 0.75 * h)
        tri = np.array([[x1 + 0.24 * w, foot], [x1 + 0.76 * w, foot], tip], np.int32)
        cv2.fillPoly(img, [tri], col, cv2.LINE_AA)
        band = round(foot - 0.25 * h)
        cv2.line(
            img, (round(x1 + 0.32 * w), band), (round(x1 + 0.68 * w), band), WHITE, max(2, round(w / 25))
        )
        cv2.circle(img, (round(tip[0]), round(tip[1])), max(3, round(w / 12)), WHITE, -1, cv2.LINE_AA)
    elif kind == "top":
        cv2.rectangle(
            img, (round(x1 + 0.3 * w), round(y1 - 0.6 * h)), (round(x1 + 0.7 * w), round(foot)), INK, -1
        )
        a, b = round(x1 + 0.3 * w), round(x1 + 0.7 * w)
        cv2.rectangle(img, (a, round(foot - 0.16 * h)), (b, round(foot - 0.08 * h)), col, -1)
        brim = (round(0.3 * w), max(2, round(0.04 * h)))
        cv2.ellipse(img, (round(x1 + w / 2), round(foot)), brim, 0, 0, 360, INK, -1, cv2.LINE_AA)
    else:
        xs = np.linspace(x1 + 0.25 * w, x1 + 0.75 * w, 7)
        pts = [[xs[0], foot]] + [[x, foot - (0.35 if j % 2 == 0 else 0.18) * h] for j, x in enumerate(xs)]
        cv2.fillPoly(img, [np.array([*pts, [xs[-1], foot]], np.int32)], GOLD, cv2.LINE_AA)
        for x in xs[::2]:
            cv2.circle(img, (round(x), round(foot - 0.35 * h)), max(2, round(w / 30)), RED, -1, cv2.LINE_AA)


def stickers(img: np.ndarray, box: Sequence[float], rng: random.Random) -> None:
    """A face filter's stickers over a face's ``box``: one to three of sunglasses over the eyes
    (heldout13's ``spectacles``, dark lenses) or heart lenses, a hat on the forehead (``hat``),
    hearts or blush on the cheeks. Under half of the box is covered and its corners are left, so
    the face's box stays whole."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    kinds = rng.sample(("glasses", "hat", "cheeks"), rng.randrange(1, 4))
    if "glasses" in kinds:
        if rng.random() < 0.6:
            spectacles(img, box, random_colour(rng, 20, 200), True)
        else:
            ey = round(y1 + 0.37 * h)
            for fx in (0.29, 0.71):
                heart(img, (round(x1 + fx * w), ey), max(3, round(0.11 * w)), PINK)
            cv2.line(img, (round(x1 + 0.38 * w), ey), (round(x1 + 0.62 * w), ey), PINK, max(1, round(w / 30)))
    if "hat" in kinds:
        hat(img, box, rng)
    if "cheeks" in kinds:
        blush = rng.random() < 0.5
        for fx in (0.2, 0.8):
            c = (round(x1 + fx * w), round(y1 + 0.66 * h))
            if blush:
                axes = (max(2, round(0.08 * w)), max(1, round(0.04 * h)))
                cv2.ellipse(img, c, axes, 0, 0, 360, (150, 130, 250), -1, cv2.LINE_AA)
            else:
                heart(img, c, max(3, round(0.06 * w)), RED)


def blur_stroke(s: Screen, rng: random.Random, box: Sequence[float], sigma: float) -> float:
    """A markup tool's blur brush dragged across part of a face's ``box`` (the mouth and chin, or
    one side): a wobbly stroke 25-40 % of the box thick, what is under it blurred by ``sigma``
    through a soft edge. The face stays counted, partly blurred. Returns the share of the box under
    the stroke (at most about half)."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    rx1, ry1 = max(0, round(x1 - w)), max(0, round(y1 - h))
    rx2, ry2 = min(W - 8, round(x2 + w)), min(H, round(y2 + h))
    m = np.zeros((ry2 - ry1, rx2 - rx1), np.uint8)
    if rng.random() < 0.6:
        t = rng.uniform(0.25, 0.4) * h
        yy = y1 + rng.uniform(0.62, 0.8) * h
        xs = np.linspace(x1 - 0.4 * w, x1 + rng.uniform(0.5, 1.3) * w, 6)
        pts = [(x, yy + rng.uniform(-0.06, 0.06) * h) for x in xs]
    else:
        t = rng.uniform(0.25, 0.4) * w
        xx = x1 + rng.choice((rng.uniform(0.1, 0.25), rng.uniform(0.75, 0.9))) * w
        ys = np.linspace(y1 - 0.4 * h, y1 + rng.uniform(0.6, 1.3) * h, 6)
        pts = [(xx + rng.uniform(-0.06, 0.06) * w, y) for y in ys]
    line = np.array([[round(px - rx1), round(py - ry1)] for px, py in pts], np.int32)
    cv2.polylines(m, [line], False, 255, max(2, round(t)), cv2.LINE_AA)
    alpha = cv2.GaussianBlur(m.astype(np.float32) / 255, (0, 0), max(1.0, t / 8))[:, :, None]
    H10.redrawn(
        s,
        (rx1, ry1, rx2, ry2),
        lambda part: (part * (1 - alpha) + H15.blurred(part, sigma) * alpha).astype(np.uint8),
    )
    bx1, by1 = max(0, round(x1) - rx1), max(0, round(y1) - ry1)
    inside = m[by1 : max(by1 + 1, round(y2) - ry1), bx1 : max(bx1 + 1, round(x2) - rx1)]
    return float((inside > 127).mean()) if inside.size else 0.0


def scribble(
    img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colour: Colour, t: int
) -> None:
    """A pen scribble inside ``rect``: a smooth random loop or zigzag of ``t`` px, opaque."""
    x1, y1, x2, y2 = rect
    n = rng.randrange(5, 12)
    xs = np.clip(np.cumsum([rng.uniform(-1, 1) * (x2 - x1) / 4 for _ in range(n)]) + (x1 + x2) / 2, x1, x2)
    ys = np.clip(np.cumsum([rng.uniform(-1, 1) * (y2 - y1) / 4 for _ in range(n)]) + (y1 + y2) / 2, y1, y2)
    at = np.linspace(0, n - 1, n * 8)
    fine = np.stack([np.interp(at, np.arange(n), xs), np.interp(at, np.arange(n), ys)], 1)
    cv2.polylines(img, [fine.astype(np.int32)], False, colour, t, cv2.LINE_AA)


def outlined(img: np.ndarray, text: str, org: tuple[int, int], scale: float, colour: Colour) -> None:
    """A markup's text: ``text`` in ``colour`` with a dark outline, opaque."""
    t = max(2, round(scale * 2))
    cv2.putText(img, text, org, cv2.FONT_HERSHEY_DUPLEX, scale, INK, t + 4, cv2.LINE_AA)
    cv2.putText(img, text, org, cv2.FONT_HERSHEY_DUPLEX, scale, colour, t, cv2.LINE_AA)


def crop_frame(img: np.ndarray, rect: tuple[int, int, int, int], ink: Colour) -> None:
    """A photo editor's crop box over ``rect``: a thin frame, a rule-of-thirds grid of 2 px lines,
    thick corner handles and short edge handles, opaque."""
    x1, y1, x2, y2 = rect
    cv2.rectangle(img, (x1, y1), (x2, y2), ink, 2)
    for f in (1 / 3, 2 / 3):
        cv2.line(img, (round(x1 + (x2 - x1) * f), y1), (round(x1 + (x2 - x1) * f), y2), ink, 2)
        cv2.line(img, (x1, round(y1 + (y2 - y1) * f)), (x2, round(y1 + (y2 - y1) * f)), ink, 2)
    arm, t = 50, 8
    for cx, cy, dx, dy in ((x1, y1, 1, 1), (x2, y1, -1, 1), (x1, y2, 1, -1), (x2, y2, -1, -1)):
        cv2.line(img, (cx, cy), (cx + dx * arm, cy), ink, t)
        cv2.line(img, (cx, cy), (cx, cy + dy * arm), ink, t)
    mx, my = (x1 + x2) // 2, (y1 + y2) // 2
    for yy in (y1, y2):
        cv2.line(img, (mx - 30, yy), (mx + 30, yy), ink, t)
    for xx in (x1, x2):
        cv2.line(img, (xx, my - 30), (xx, my + 30), ink, t)


def people_photo(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float
) -> tuple[np.ndarray, list[BoxF]]:
    """A photo someone took: on half a studio-like portrait (one face ``lo``-``hi`` px, skewed
    small), else heldout11's ``snapshot`` (people or a thing)."""
    if rng.random() < 0.5:
        return portrait(cast, w, h, min(small(rng, lo, hi), w * 0.5, h * 0.4))
    return snapshot(cast, w, h, lo, min(hi, w * 0.4), 0.9)


def post(cast: Cast, s: Screen, rng: random.Random, y: int, lo: float, hi: float,
         light: Callable[[int, int], Fn] | None = None) -> int:  # fmt: skip
    """A feed post from ``y``: the author's 24-36 px face (initials on some), a name, the photo
    (people, faces ``lo``-``hi`` px, or a thing; through ``light(w, h)`` when given), a likes stack
    of 18-24 px faces and a line of text; returns the y under it."""
    w = W - 8
    fp, side = _size(rng, 24, small(rng, 25, 36), (1.1, 1.3))
    cast.person(s, 30, y, fp, side)
    s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 2)
    y += side + 14
    ph = min(rng.randrange(380, 640), H - y)
    if ph > 40:
        paste_photo(cast, s, *snapshot(cast, w, ph, lo, hi, 0.9), 0, y)
        if light is not None:
            H10.redrawn(s, (0, y, w, y + ph), light(w, ph))
    y += ph + 16
    if y + 60 < H:
        heart(s.img, (46, y + 16), 14, RED)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(s, 80, y + 16 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), s.bg)
        s.words(rng, end + 14, y + 24, 0.45, 3, GREY)
        s.words(rng, 30, y + 70, 0.5, 5)
    return y + 100


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def modal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A modal over a feed: the feed (posts by 24-36 px faces, photos of people with faces 18-200 px,
    likes stacks of 18-24 px faces), frosted on half (a Gaussian blur of sigma 2-8) and under a
    40-75 % black or white scrim, all of it left counted; then opaque over it a bottom sheet (share
    targets' 40-64 px faces cut by the right edge, apps, actions) or a dialog (a person's 60-100 px
    face, a "followed by" stack of 18-24 px faces, two buttons)."""
    s = new_screen_for(rng, name, cast.kind("modal"))
    img, page = s.img, s.bg
    w = W - 8
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    while y + 200 < H - NAV_H:
        y = post(cast, s, rng, y, 18.3, 200)
    H5.nav_bar(s)
    if rng.random() < 0.5:
        sigma = rng.uniform(2, 8)
        H10.redrawn(s, (0, 0, w, H), lambda part: H15.blurred(part, sigma))
    H5.scrim(s, (0, 0, w, H), rng.uniform(0.4, 0.75), BLACK if rng.random() < 0.6 else WHITE)
    if rng.random() < 0.6:  # a bottom sheet
        y0 = H - rng.randrange(round(H * 0.35), round(H * 0.6))
        fill(img, rounded_rect(H - y0, w, 36), 0, y0, page)
        cv2.rectangle(img, (0, H - 40), (w, H), page, -1)
        pill(img, w // 2 - 50, y0 + 18, 100, 10, off(page, 40))
        s.words(rng, 40, y0 + 80, 0.75, 2)
        y = y0 + 110
        fp, side = _size(rng, 40, small(rng, 41, 64), (1.15, 1.3))
        x = 30
        while x < w:
            cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
            s.words(rng, x, y + side + 30, 0.45, 1)
            x += side + 34
        y += side + 70
        for k in range(5):
            fill(img, rounded_rect(90, 90, 22), 30 + k * 130, y, random_colour(rng, 60, 220))
        y += 130
        while y + 80 < H - NAV_H:
            cv2.circle(img, (60, y + 30), 26, off(page, 30), -1, cv2.LINE_AA)
            s.words(rng, 110, y + 40, 0.6, 3)
            y += 80
    else:  # a dialog
        dw, dh = w - rng.randrange(120, 240), rng.randrange(560, 720)
        x0, y0 = (w - dw) // 2, (H - dh) // 2 + rng.randrange(-200, 200)
        fill(img, rounded_rect(dh, dw, 30), x0, y0, page)
        fp, side = _size(rng, 60, small(rng, 61, 100), (1.15, 1.3))
        cast.avatar(s, x0 + (dw - side) // 2, y0 + 40, fp, side, "circle")
        y = y0 + 70 + side
        s.words(rng, x0 + 60, y + 20, 0.8, 3)
        y = _text_lines(s, rng, x0 + 60, y + 70, 2, 0.5)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(s, x0 + 60, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        s.words(rng, end + 14, y + sd // 2 + 8, 0.45, 3, GREY)
        bw = (dw - 150) // 2
        pill(img, x0 + 50, y0 + dh - 110, bw, 70, off(page, 25))
        pill(img, x0 + 100 + bw, y0 + dh - 110, bw, 70, s.accent)
    H5.nav_bar(s)
    return s.finish()


def swipe_card(cast: Cast, rng: random.Random, w: int, h: int, swipe: int) -> tuple[np.ndarray, list[BoxF]]:
    """A dating card w x h: a photo (on most a portrait, faces 100-400 px, else people, faces 60-200
    px, or a thing), a dark fade over its foot with the
    name and age, passion chips and a "mutual friends" stack of 18-24 px faces; mid-swipe
    (``swipe`` 1 right, -1 left) tinted green or red (10-30 %) with a LIKE or NOPE stamp over its
    upper part, opaque."""

    def draw(sc: Screen) -> None:
        if rng.random() < 0.75:
            paste_photo(cast, sc, *portrait(cast, w, h, rng.uniform(100, 400)), 0, 0)
        else:
            paste_photo(cast, sc, *snapshot(cast, w, h, 60, small(rng, 60, 200), 0.9), 0, 0)
        fade = np.linspace(0, 0.7, h // 3, dtype=np.float32)[:, None, None]
        H10.redrawn(sc, (0, h - h // 3, w, h), lambda part: (part * (1 - fade)).astype(np.uint8))
        cv2.putText(sc.img, f"{H5.shout(rng)[:10].title()} {rng.randrange(19, 45)}", (40, h - 200),
                    cv2.FONT_HERSHEY_DUPLEX, 1.8, WHITE, 3, cv2.LINE_AA)  # fmt: skip
        for k in range(3):
            pill(sc.img, 40 + k * 200, h - 160, 180, 50, (80, 80, 80))
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(sc, 40, h - 90, rng.randrange(2, 5), fp, sd, round(sd * 0.7), (30, 30, 30))
        sc.words(rng, end + 14, h - 90 + sd // 2 + 8, 0.5, 2, WHITE)
        if swipe:
            col = np.array(GREEN if swipe > 0 else RED, np.float32)
            a = rng.uniform(0.1, 0.3)
            H10.redrawn(sc, (0, 0, w, h), lambda part: (part * (1 - a) + col * a).astype(np.uint8))
            cx = round(w * (0.28 if swipe > 0 else 0.72))
            stamp(sc.img, (cx, round(h * rng.uniform(0.08, 0.3))), "LIKE" if swipe > 0 else "NOPE",
                  GREEN if swipe > 0 else RED, 20 * swipe, rng.uniform(2.6, 4.0))  # fmt: skip

    return offscreen(w, h, draw)


def swipe(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app mid-swipe: one's own 22-30 px face and the app's name at the top, the next card
    (``swipe_card``: faces 60-400 px) waiting under, the top card flung left or right, turned 5-25
    degrees and 20-50 % off the screen's edge, green or red with a LIKE or NOPE stamp over part of
    the photo; the round buttons under the deck."""
    s = Screen.new(rng, name, cast.kind("swipe"), rng.choice(("light", "dark")))
    img, page = s.img, s.bg
    w = W - 8
    cx1, cy1 = 24, STATUS_H + 110
    cw, ch = w - 48, H - NAV_H - 220 - cy1
    nxt, nboxes = swipe_card(cast, rng, cw, ch, 0)
    k = rng.uniform(0.93, 0.97)
    nw, nh = round(cw * k), round(ch * k)
    nxt = cv2.resize(nxt, (nw, nh), interpolation=cv2.INTER_AREA)
    nboxes = [(a * nw / cw, b * nh / ch, c * nw / cw, d * nh / ch) for a, b, c, d in nboxes]
    paste_photo(
        cast, s, nxt, nboxes, cx1 + (cw - nw) // 2, cy1 + (ch - nh) // 2 + 24, rounded_rect(nh, nw, 30)
    )
    way = rng.choice((-1, 1))
    top, tboxes = swipe_card(cast, rng, cw, ch, way)
    angle = -way * rng.uniform(5, 25)
    out, boxes, _ = turned(top, tboxes, angle)
    where = turned(np.repeat(rounded_rect(ch, cw, 30)[:, :, None], 3, axis=2), [], angle)[0][:, :, 0]
    dx = way * round(cw * rng.uniform(0.2, 0.5))
    x0 = cx1 + cw // 2 + dx - out.shape[1] // 2
    y0 = cy1 + ch // 2 + rng.randrange(-60, 60) - out.shape[0] // 2
    paste_photo(cast, s, out, boxes, x0, y0, where)
    cv2.rectangle(img, (0, 0), (W, STATUS_H), page, -1)
    clock(s, rng, s.fg)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 100), page, -1)
    fp, side = _size(rng, 22, small(rng, 23, 30), (1.1, 1.25))
    cast.avatar(s, 30, STATUS_H + 50 - side // 2, fp, side, "circle")
    s.words(rng, w // 2 - 80, STATUS_H + 64, 1.0, 1, s.accent)
    cv2.circle(img, (w - 60, STATUS_H + 50), 24, s.fg, 3, cv2.LINE_AA)
    by = H - NAV_H - 110
    for j, (r, col, mark) in enumerate(((34, GOLD, ""), (50, RED, "x"), (34, (240, 160, 40), ""),
                                        (50, GREEN, ""), (34, (200, 80, 160), ""))):  # fmt: skip
        c = (round(w * (j + 0.5) / 5), by)
        cv2.circle(img, c, r + 4, col, 3, cv2.LINE_AA)
        cv2.circle(img, c, r, off(page, 8), -1, cv2.LINE_AA)
        if mark:
            badge(img, c, r // 2, col, mark)
        elif j == 3:
            heart(img, c, r // 2, col)
        else:
            cv2.circle(img, c, r // 3, col, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def light_for(rng: random.Random) -> Callable[[int, int], Fn]:
    """One post's light: a strong coloured stage light (``stage_light``), smoke haze (``haze``) or
    both, made for a photo's size."""
    colour, strength, level = rng.choice(tuple(LIGHTS)), rng.uniform(0.6, 1.0), rng.uniform(0.2, 0.45)
    pick = rng.random()

    def make(w: int, h: int) -> Fn:
        lit = stage_light(colour, strength)
        if pick < 0.45:
            return lit
        veil = haze(rng, w, h, level)
        return veil if pick < 0.7 else (lambda part: veil(lit(part)))

    return make


def stage(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A concert or club's feed: the stage cam (the band: people, faces 30-200 px) under a strong
    red, blue, green or magenta light (``stage_light``), heldout11's beams and smoke haze
    (``haze``), a LIVE pill and a viewers' stack of 18-24 px faces; "here tonight" story rings
    (24-34 px faces); then posts whose photos (faces 20-200 px) are under coloured light, haze or
    both, or backlit (``backlit``: bright backdrops, the people 2-4 times darker)."""
    s = Screen.new(rng, name, cast.kind("stage"), rng.choice(("dark", "dark", "tinted")))
    img, page = s.img, s.bg
    w = W - 8
    vh = rng.randrange(520, 720)
    rect = (0, STATUS_H, w, STATUS_H + vh)
    paste_photo(cast, s, *snapshot(cast, w, vh, 30, small(rng, 40, 200), 0.9), 0, STATUS_H)
    H10.redrawn(s, rect, stage_light(rng.choice(tuple(LIGHTS)), rng.uniform(0.7, 1.0)))
    for _ in range(rng.randrange(1, 4)):
        H10.redrawn(s, rect, H11.beam(rng, w, vh))
    H10.redrawn(s, rect, haze(rng, w, vh, rng.uniform(0.2, 0.45)))
    clock(s, rng, WHITE)
    pill(img, 30, STATUS_H + 30, 110, 46, RED)
    cv2.putText(img, "LIVE", (50, STATUS_H + 63), cv2.FONT_HERSHEY_DUPLEX, 0.9, WHITE, 2)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    cast.stack(s, 160, STATUS_H + 53 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), (30, 30, 30))
    y = STATUS_H + vh + 24
    fp, side = _size(rng, 24, small(rng, 25, 34), (1.2, 1.4))
    x = 30
    while x < w:
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "ring")
        x += side + 30
    y += side + 40
    while y + 200 < H - NAV_H:
        if rng.random() < 0.35:
            fp, side = _size(rng, 24, small(rng, 25, 36), (1.1, 1.3))
            cast.person(s, 30, y, fp, side)
            s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 2)
            y += side + 14
            ph = min(rng.randrange(380, 600), H - y)
            paste_photo(cast, s, *backlit(cast, rng, w, ph, 20, 200), 0, y)
            y += ph + 40
        else:
            y = post(cast, s, rng, y, 20, 200, light_for(rng))
        cv2.line(img, (0, y - 20), (w, y - 20), off(page, 25), 4)
    H5.nav_bar(s)
    return s.finish()


def watch_party(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A watch party: the video (faces 60-300 px, or a photo filling it) with live captions over
    its lower third (a 55-75 % black band, white type), a friend's camera in a picture-in-picture
    window (faces 30-80 px) over a corner, reactions rising over the picture (heldout15's emoji,
    fading: see-through, or whole: opaque), the party's row of 22-34 px faces, the chat (20-28 px
    faces) and its field."""
    s = Screen.new(rng, name, cast.kind("party"), "dark")
    img = s.img
    w = W - 8
    vh = rng.randrange(700, 1000)
    rect = (0, STATUS_H, w, STATUS_H + vh)
    H12.full_frame(cast, s, rect, small(rng, 60, 300), 0.35)
    cy = STATUS_H + vh - rng.randrange(150, 260)
    H3.shade(img, (40, cy, w - 40, cy + 120), BLACK, rng.uniform(0.55, 0.75))
    for k in range(2):
        s.words(rng, 70, cy + 48 + k * 48, 0.8, rng.randrange(3, 6), WHITE)
    pw = rng.randrange(200, 300)
    ph = round(pw * rng.uniform(1.25, 1.45))
    px = rng.choice((30, w - pw - 30))
    py = STATUS_H + rng.randrange(30, max(31, vh - ph - 300))
    fill(img, rounded_rect(ph + 8, pw + 8, 24), px - 4, py - 4, WHITE)
    cast.photo(s, px, py, pw, ph, small(rng, 30, 80), rounded_rect(ph, pw, 20))
    col = w - 120 if px < w // 2 else 140
    for _ in range(rng.randrange(6, 15)):
        c = (col + rng.randrange(-70, 71), STATUS_H + rng.randrange(40, vh - 40))
        fade = (c[1] - STATUS_H) / vh
        floating(
            s,
            c,
            rng.randrange(20, 46),
            rng.choice(H15.EMOJI),
            1.0 if rng.random() < 0.3 else 0.25 + 0.7 * fade,
        )
    clock(s, rng, WHITE)
    y = STATUS_H + vh + 30
    s.words(rng, 30, y + 10, 0.7, 3, WHITE)
    y += 40
    fp, side = _size(rng, 22, small(rng, 23, 34), (1.1, 1.3))
    x = 30
    for _ in range(rng.randrange(4, 9)):
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        if rng.random() < 0.4:
            badge(img, (x + side - 6, y + side - 6), 10, GREEN, "", BLACK)
        x += side + 22
    y += side + 40
    while y + 90 < H - NAV_H - 100:
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + 24, 0.5, 1, s.accent)
        s.words(rng, 50 + side, y + 56, 0.5, rng.randrange(2, 6), (220, 220, 220))
        y += max(side, 70) + 18
    pill(img, 30, H - NAV_H - 96, w - 60, 72, (45, 45, 50))
    s.words(rng, 70, H - NAV_H - 50, 0.55, 2, GREY)
    H5.nav_bar(s)
    return s.finish()


def gallery_scroll(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gallery viewer caught mid-scroll between two photos: the one leaving and the one coming
    (faces 40-500 px, or things), a 16-40 px black gap between, the split anywhere across the
    screen, both under a horizontal motion blur of 8-30 px; the date and "n of m" over the top, the
    page dots, a strip of thumbnails (faces 18-40 px) with the two framed, the toolbar."""
    s = Screen.new(rng, name, cast.kind("gallery"), "dark")
    img = s.img
    w = W - 8
    img[STATUS_H : H - NAV_H] = (5, 5, 5)
    top, bottom = STATUS_H + 110, H - NAV_H - 330
    split, gap = round(w * rng.uniform(0.2, 0.8)), rng.randrange(16, 41)
    for x0 in (split - gap - w, split):
        ph = min(bottom - top, round(w * rng.choice((0.75, 1.0, 1.33, 1.5))))
        paste_photo(cast, s, *people_photo(cast, rng, w, ph, 40, 500), x0, top + (bottom - top - ph) // 2)
    H10.redrawn(s, (0, top, w, bottom), H10.motion_blur(rng.randrange(8, 31), 0))
    s.words(rng, 100, STATUS_H + 62, 0.7, 2, WHITE)
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), WHITE, 4, tipLength=0.5)
    n = rng.randrange(5, 30)
    cv2.putText(img, f"{rng.randrange(1, n)} / {n}", (w - 200, STATUS_H + 62), cv2.FONT_HERSHEY_SIMPLEX,
                0.8, WHITE, 2, cv2.LINE_AA)  # fmt: skip
    y = bottom + 30
    dots = min(n, 9)
    for k in range(dots):
        cv2.circle(img, (w // 2 + (k - dots // 2) * 28, y), 7 if k == dots // 2 else 5,
                   WHITE if k == dots // 2 else GREY, -1, cv2.LINE_AA)  # fmt: skip
    y += 40
    t = rng.randrange(100, 140)
    x = 30 - rng.randrange(0, t)
    j = 0
    while x < w:
        paste_photo(cast, s, *snapshot(cast, t, t, 18.3, small(rng, 20, 40), 0.85), x, y)
        if j in (2, 3):
            cv2.rectangle(img, (x - 3, y - 3), (x + t + 2, y + t + 2), WHITE, 4)
        x += t + 8
        j += 1
    y += t + 40
    for k in range(4):
        cv2.circle(img, (round(w * (k + 0.5) / 4), y + 30), 22, WHITE, 3, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def sideways(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo saved sideways or upside down (turned 90, 180 or 270 degrees; faces 30-300 px),
    shown by a viewer (on black, the info: who shared it by a 22-30 px face) or in an editor's crop
    (outside the box dimmed by 45-60 %, a crop box with a thirds grid and handles over the face,
    the straighten dial, rotate and flip buttons); then a strip of other photos, some turned too
    (faces 18-40 px)."""
    editor = rng.random() < 0.5
    s = Screen.new(rng, name, cast.kind("sideways"), rng.choice(("dark", "dark", "light")))
    img = s.img
    w = W - 8
    top = STATUS_H + 120
    k = rng.choice((1, 2, 3))
    side = rng.randrange(760, 960)
    tall = round(side * rng.uniform(0.65, 1.0))
    pw, ph = (tall, side) if k % 2 else (side, tall)  # its size as shown
    piece, faces = people_photo(cast, rng, ph if k % 2 else pw, pw if k % 2 else ph, 30, 300)
    piece, faces = quarter(piece, faces, k)
    x0, y0 = (w - pw) // 2, top + 40
    paste_photo(cast, s, piece, faces, x0, y0)
    if editor:
        m = rng.randrange(30, 90)
        crop = (x0 + m, y0 + m, x0 + pw - m, y0 + ph - m)
        level = rng.uniform(0.45, 0.6)
        cx1, cy1, cx2, cy2 = crop
        for r in (
            (x0, y0, x0 + pw, cy1),
            (x0, cy2, x0 + pw, y0 + ph),
            (x0, cy1, cx1, cy2),
            (cx2, cy1, x0 + pw, cy2),
        ):
            H5.scrim(s, r, level)
        crop_frame(img, crop, WHITE)
        y = y0 + ph + 40
        for j in range(-12, 13):
            cv2.line(img, (w // 2 + j * 30, y), (w // 2 + j * 30, y + (30 if j % 4 == 0 else 16)), GREY, 2)
        cv2.line(img, (w // 2, y - 6), (w // 2, y + 40), s.accent, 4)
        y += 70
        for j in range(4):
            cv2.circle(img, (round(w * (j + 0.5) / 4), y + 30), 28, s.fg, 3, cv2.LINE_AA)
        y += 90
    else:
        y = y0 + ph + 30
        fp, sd = _size(rng, 22, small(rng, 23, 30), (1.1, 1.25))
        cast.avatar(s, 30, y, fp, sd, "circle")
        s.words(rng, 50 + sd, y + sd // 2 + 8, 0.6, 3)
        y += sd + 30
        _text_lines(s, rng, 30, y, 2, 0.5)
        y += 80
    t = rng.randrange(110, 150)
    x = 30
    while x < w and y + t < H - NAV_H:
        thumb, tf = snapshot(cast, t, t, 18.3, small(rng, 20, 40), 0.85)
        if rng.random() < 0.4:
            thumb, tf = quarter(thumb, tf, rng.choice((1, 2, 3)))
        paste_photo(cast, s, thumb, tf, x, y)
        x += t + 10
    H5.nav_bar(s)
    return s.finish()


def face_filter(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A face-filter camera: the front camera filling the screen (one person, faces 120-400 px, or
    two or three, 80-260 px) with the filter's stickers drawn over each face (``stickers``:
    sunglasses or heart lenses, a hat, hearts or blush; the faces' boxes stay whole), the close,
    flip and flash icons, the filters' carousel (drawn sticker icons, some a 18-36 px face) round
    the shutter, the last shot's thumbnail (a 24-40 px face)."""
    s = Screen.new(rng, name, cast.kind("filter"), "dark")
    img = s.img
    w = W - 8
    n0 = len(s.comp.faces)
    if cast.photos and rng.random() < 0.5:
        fp = small(rng, 80, 260)
        piece, faces = H11.gathering(
            cast, w, H, fp * 0.85, fp, 1, rng.randrange(2, 4), (1.6, 2.2), rng.uniform(0.25, 0.45)
        )
        paste_photo(cast, s, piece, faces, 0, 0)
    else:
        paste_photo(cast, s, *portrait(cast, w, H, rng.uniform(120, 400)), 0, 0)
    boxes = [b for b in s.comp.faces[n0:] if b[2] - b[0] >= 60]
    if boxes:
        for box in boxes:
            stickers(img, box, rng)
    else:  # things: the stickers lie about, off the middle, never arranged as a face
        for kind in ("glasses", "hat", "cheeks"):
            x = rng.choice((rng.randrange(40, w // 2 - 420), rng.randrange(w // 2 + 200, w - 240)))
            y = rng.randrange(300, H - 900)
            stickers_one(img, (x, y, x + 200, y + 220), rng, kind)
    clock(s, rng, WHITE)
    badge(img, (60, STATUS_H + 50), 26, (30, 30, 30), "x")
    for j in range(2):
        cv2.circle(img, (w - 60 - j * 90, STATUS_H + 50), 26, WHITE, 3, cv2.LINE_AA)
    cy = H - NAV_H - 200
    r = 70
    fp, side = _size(rng, 18.3, small(rng, 19, 36), (1.3, 1.6))
    for j in range(-3, 4):
        c = (w // 2 + j * (2 * r + 20), cy)
        if j == 0:
            cv2.circle(img, c, r + 12, WHITE, 8, cv2.LINE_AA)
            continue
        cv2.circle(img, c, r - 16, (40, 40, 40), -1, cv2.LINE_AA)
        if rng.random() < 0.35:
            cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp * rng.uniform(0.92, 1.0), side, "circle")
        else:
            stickers_one(
                img,
                (c[0] - 30, c[1] - 30, c[0] + 30, c[1] + 30),
                rng,
                rng.choice(("glasses", "hat", "cheeks")),
            )
    fp, side = _size(rng, 24, small(rng, 25, 40), (1.3, 1.6))
    cast.avatar(s, 40, cy + r + 40, fp, side, "rounded")
    H5.nav_bar(s)
    return s.finish()


def stickers_one(img: np.ndarray, box: Sequence[float], rng: random.Random, kind: str) -> None:
    """One sticker of ``stickers`` drawn as an icon in ``box`` (a tray's, or lying about a face-free
    view): sunglasses, a hat or a pair of hearts."""
    if kind == "glasses":
        spectacles(img, box, random_colour(rng, 20, 200), True)
    elif kind == "hat":
        hat(img, (box[0], box[1] + (box[3] - box[1]) * 0.7, box[2], box[3] + (box[3] - box[1]) * 0.7), rng)
    else:
        w = box[2] - box[0]
        for fx in (0.3, 0.7):
            heart(img, (round(box[0] + fx * w), round((box[1] + box[3]) / 2)), max(3, round(0.15 * w)), RED)


def lock_stack(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lock screen with notifications stacked over the wallpaper: on most a portrait filling it
    (faces 150-600 px, or a photo filling it), else a thing; the clock in big type; 2-5 see-through
    banners (60-85 % white or dark), each with a sender's 18-28 px face, an app's badge, a name,
    lines of text and on some a photo's thumbnail (faces 18-40 px); a grouped stack's edges under
    the last; the flashlight and camera buttons."""
    s = Screen.new(rng, name, cast.kind("lock"), "dark")
    img = s.img
    w = W - 8
    if cast.photos and rng.random() < 0.8:
        H12.full_frame(cast, s, (0, 0, w, H), small(rng, 150, 600), 0.5)
    else:
        cast.thing(s, 0, 0, w, H)
    clock(s, rng, WHITE)
    ty = STATUS_H + rng.randrange(220, 360)
    cv2.putText(img, f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}", (w // 2 - 250, ty),
                cv2.FONT_HERSHEY_DUPLEX, 5.0, WHITE, 8, cv2.LINE_AA)  # fmt: skip
    s.words(rng, w // 2 - 160, ty - 190, 0.8, 3, WHITE)
    light = rng.random() < 0.6
    tint, ink = ((235, 235, 235), INK) if light else ((30, 30, 34), WHITE)
    alpha = rng.uniform(0.6, 0.85)
    y = ty + rng.randrange(120, 420)
    n = rng.randrange(2, 6)
    for k in range(n):
        bh = rng.randrange(150, 200)
        if y + bh + 60 > H - NAV_H - 160:
            break
        if k == n - 1:
            for j in (2, 1):
                glass(s, (40 + j * 30, y + bh - 30, w - 40 - j * 30, y + bh + j * 18), tint, alpha * 0.8, 24)
        glass(s, (40, y, w - 40, y + bh), tint, alpha, 30)
        fp, side = _size(rng, 18.3, small(rng, 19, 28), (1.15, 1.35))
        cast.avatar(s, 66, y + 28, fp, side, "circle")
        badge(img, (66 + side - 4, y + 28 + side - 4), 10, random_colour(rng, 60, 220), "")
        s.words(rng, 90 + side, y + 50, 0.55, 2, ink)
        s.words(rng, 90 + side, y + 90, 0.5, rng.randrange(3, 6), ink)
        if bh > 170:
            s.words(rng, 90 + side, y + 125, 0.5, rng.randrange(2, 5), ink)
        if rng.random() < 0.35:
            t = bh - 50
            paste_photo(cast, s, *snapshot(cast, t, t, 18.3, small(rng, 20, 40), 0.8), w - 70 - t, y + 25)
        y += bh + (50 if k == n - 1 else 16)
    by = H - NAV_H - 110
    for x in (110, w - 110):
        H3.shade(img, (x - 46, by - 46, x + 46, by + 46), (20, 20, 20), 0.5)
        cv2.circle(img, (x, by), 14, WHITE, 3, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def markup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A screenshot's markup: the picture (people, faces 24-300 px, or a thing) with a blur brush's
    stroke across part of a face (``blur_stroke``: the mouth and chin or one side; the face stays
    counted, partly blurred), pen scribbles and arrows (opaque, 5-12 px), a highlighter's
    see-through stroke, a ring round a face and outlined text; the done and undo bar, the pens'
    tray, share targets' 26-38 px faces."""
    s = Screen.new(rng, name, cast.kind("markup"), rng.choice(("dark", "light")))
    img, page = s.img, s.bg
    w = W - 8
    cv2.rectangle(img, (0, STATUS_H), (w, STATUS_H + 100), off(page, 12), -1)
    s.words(rng, 30, STATUS_H + 62, 0.7, 1, s.accent)
    for j in range(3):
        cv2.circle(img, (w - 70 - j * 90, STATUS_H + 50), 22, s.fg, 3, cv2.LINE_AA)
    top = STATUS_H + 130
    pw, ph = w - 80, rng.randrange(1100, 1380)
    n0 = len(s.comp.faces)
    paste_photo(cast, s, *people_photo(cast, rng, pw, ph, 24, 300), 40, top)
    boxes = sorted(s.comp.faces[n0:], key=lambda b: -(b[2] - b[0]))
    sigma = rng.uniform(8, 16)
    if boxes and rng.random() < 0.8:
        blur_stroke(s, rng, boxes[0], sigma)
    else:
        x, y = rng.randrange(100, pw - 200), rng.randrange(top + 100, top + ph - 300)
        blur_stroke(s, rng, (x, y, x + 200, y + 240), sigma)
    pens = [RED, GOLD, (230, 140, 40), GREEN, WHITE, INK]
    if rng.random() < 0.5:  # a highlighter
        y = rng.randrange(top + 60, top + ph - 60)
        glass(s, (60, y, 40 + pw - 20, y + 50), (60, 240, 250), 0.35, 10)
    for _ in range(rng.randrange(1, 4)):
        x, y = rng.randrange(40, pw - 200), rng.randrange(top, top + ph - 300)
        scribble(img, rng, (x, y, x + rng.randrange(150, 400), y + rng.randrange(100, 300)), rng.choice(pens),
                 rng.randrange(5, 13))  # fmt: skip
    for _ in range(rng.randrange(1, 3)):
        if boxes:
            b = rng.choice(boxes)
            end = (round((b[0] + b[2]) / 2), round(b[3] + 6))
        else:
            end = (rng.randrange(100, pw), rng.randrange(top + 200, top + ph - 100))
        start = (
            min(w - 40, max(40, end[0] + rng.randrange(-300, 300))),
            min(top + ph, end[1] + rng.randrange(120, 320)),
        )
        cv2.arrowedLine(img, start, end, rng.choice(pens), rng.randrange(6, 12), cv2.LINE_AA, tipLength=0.2)
    if boxes and rng.random() < 0.5:
        b = rng.choice(boxes)
        c = (round((b[0] + b[2]) / 2), round((b[1] + b[3]) / 2))
        ax = (round((b[2] - b[0]) * 0.85), round((b[3] - b[1]) * 0.85))
        cv2.ellipse(
            img, c, ax, rng.uniform(-20, 20), 0, 360, rng.choice(pens), rng.randrange(5, 10), cv2.LINE_AA
        )
    for _ in range(rng.randrange(1, 3)):
        at = (rng.randrange(60, max(61, pw - 400)), rng.randrange(top + 80, top + ph - 40))
        outlined(img, H5.shout(rng)[:12], at, rng.uniform(1.2, 2.2), rng.choice(pens))
    y = top + ph + 30
    for j, col in enumerate(pens):
        x = 40 + j * 110
        cv2.rectangle(img, (x + 20, y + 20), (x + 60, y + 120), off(page, 30), -1)
        cv2.rectangle(img, (x + 20, y), (x + 60, y + 26), col, -1)
    y += 160
    fp, side = _size(rng, 26, small(rng, 27, 38), (1.2, 1.4))
    x = 30
    while x < w and y + side < H - NAV_H:
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        x += side + 30
    H5.nav_bar(s)
    return s.finish()


def keyboard_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat with the keyboard open: the contact's 30-40 px face in the header, messages down to
    the screen's foot (the senders' 20-36 px faces, photos with faces 20-60 px, one's own bubbles),
    then opaque over the lower 35-45 % the field and the keyboard (the chat's faces under it cut or
    gone), whose suggestion strip shows GIF and sticker results, people among them (faces 18-50 px;
    heldout13's cut-out stickers on some), cut by the right edge, then the keys."""
    s = new_screen_for(rng, name, cast.kind("keyboard"))
    img, page = s.img, s.bg
    w = W - 8
    cv2.rectangle(img, (0, STATUS_H), (w, STATUS_H + 110), off(page, 14), -1)
    cv2.arrowedLine(img, (64, STATUS_H + 55), (26, STATUS_H + 55), s.fg, 4, tipLength=0.5)
    fp, side = _size(rng, 30, small(rng, 31, 40), (1.1, 1.25))
    cast.avatar(s, 90, STATUS_H + 55 - side // 2, fp, side, "circle")
    s.words(rng, 110 + side, STATUS_H + 64, 0.7, 2)
    y = STATUS_H + 140
    bubble = off(page, 22)
    while y < H - 100:
        mine = rng.random() < 0.3
        fp, side = _size(rng, 20, small(rng, 21, 36), (1.05, 1.2))
        if rng.random() < 0.4:
            pw = rng.randrange(360, 620)
            ph = round(pw * rng.uniform(0.6, 1.2))
            bx = w - 30 - pw if mine else 50 + side
            paste_photo(
                cast, s, *snapshot(cast, pw, ph, 20, small(rng, 20, 60), 0.9), bx, y, rounded_rect(ph, pw, 24)
            )
            bh = ph
        else:
            lines = rng.randrange(1, 4)
            bw = rng.randrange(300, 700)
            bx = w - 30 - bw if mine else 50 + side
            bh = 30 + lines * 34
            fill(img, rounded_rect(bh, bw, 22), bx, y, s.accent if mine else bubble)
            for k in range(lines):
                s.words(rng, bx + 22, y + 44 + k * 34, 0.55, rng.randrange(2, 5), WHITE if mine else s.fg)
        if not mine:
            cast.person(s, 20, y + bh - side, fp, side)
        y += bh + 26
    kh = rng.randrange(round(H * 0.35), round(H * 0.45))
    ky = H - NAV_H - kh
    dark = sum(page) < 384 or rng.random() < 0.3
    board, key = ((40, 40, 44), (90, 90, 96)) if dark else ((210, 212, 218), (252, 252, 252))
    cv2.rectangle(img, (0, ky - 100), (W, H), off(page, 10), -1)
    pill(img, 30, ky - 86, w - 150, 72, off(page, 25))
    s.words(rng, 60, ky - 40, 0.6, rng.randrange(1, 4))
    cv2.circle(img, (w - 60, ky - 50), 34, s.accent, -1, cv2.LINE_AA)
    cv2.rectangle(img, (0, ky), (W, H - NAV_H), board, -1)
    for j in range(3):
        pill(img, 30 + j * 170, ky + 16, 150, 44, key if j == 0 else board)
        s.words(rng, 56 + j * 170, ky + 46, 0.5, 1, WHITE if dark else INK)
    th = rng.randrange(150, 210)
    x, ty = 20, ky + 76
    while x < w:
        tw = round(th * rng.uniform(0.8, 1.5))
        if rng.random() < 0.3:
            out, boxes, where = H13.sticker(cast, small(rng, 18.3, 50), rng.uniform(-10, 10))
            k = min(1.0, th / out.shape[0], tw / out.shape[1])
            size = (max(1, round(out.shape[1] * k)), max(1, round(out.shape[0] * k)))
            out = cv2.resize(out, size, interpolation=cv2.INTER_AREA)
            where = cv2.resize(where, size, interpolation=cv2.INTER_NEAREST)
            paste_photo(cast, s, out, [(a * k, b * k, c * k, d * k) for a, b, c, d in boxes], x, ty, where)
            tw = size[0]
        else:
            paste_photo(
                cast,
                s,
                *snapshot(cast, tw, th, 18.3, small(rng, 20, 50), 0.85),
                x,
                ty,
                rounded_rect(th, tw, 12),
            )
            if rng.random() < 0.4:
                pill(img, x + 8, ty + th - 40, 64, 32, (30, 30, 30))
                cv2.putText(img, "GIF", (x + 18, ty + th - 16), cv2.FONT_HERSHEY_SIMPLEX, 0.55, WHITE, 2)
        x += tw + 10
    y = ty + th + 24
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    kw = (w - 40 - 9 * 10) // 10
    khh = max(40, (H - NAV_H - y - 4 * 16) // 4)
    for keys in rows:
        x0 = 20 + (len(rows[0]) - len(keys)) * (kw + 10) // 2
        for j, ch in enumerate(keys):
            x = x0 + j * (kw + 10)
            fill(img, rounded_rect(khh, kw, 10), x, y, key)
            cv2.putText(img, ch, (x + kw // 2 - 10, y + khh // 2 + 10), cv2.FONT_HERSHEY_SIMPLEX, 0.9,
                        WHITE if dark else INK, 2, cv2.LINE_AA)  # fmt: skip
        y += khh + 16
    fill(img, rounded_rect(khh, w - 400, 10), 200, y, key)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    modal, swipe, stage, watch_party, gallery_scroll, sideways, face_filter, lock_stack, markup,
    keyboard_chat,
)  # fmt: skip
# with people: each twice a round but the face filter and the swipe (few faces, large ones)
ONCE = (face_filter, swipe)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, modal, stage, keyboard_chat)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT17_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h17", photos, free, seed, reps)
