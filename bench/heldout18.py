"""Held-out screens, eighteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to seventeen (heldout.py to heldout17.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: bookshelves,
kites in a sky, fanned paint swatches; nothing with eyes, a mouth or a mask); every random choice
from ``HELDOUT18_SEED``. Faces are pasted through heldout2's ``Screen``, which settles each one on
the finished screen (pixels drawn over a face later are not the face's; a face with under half of
its box left is dropped); the people's places are filled by heldout11's ``Cast`` (through
heldout17's, its screens marked h18-; on face-free screens pets, objects, textures, initials and
this set's drawn things), which counts a face cut by an edge once half of its box is inside. Faces
under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces as phones show them once participants change the accessibility and display
settings: classic colour inversion (``inverted``: every pixel's complement, photos too), smart
invert (the interface inverted, pictures kept; avatars inverted too in an app that does not flag
them as images), the greyscale colour filter, colour-correction filters for protanopia,
deuteranopia and tritanopia (``colour_correction``: one daltonizing 3 x 3 matrix over the screen),
the colour tint filter (``colour_tint``), a reduced white point (``white_point``: bright colours
pulled down by 25-45 %, dark ones hardly), extra dim, the screen magnifier (a window or the whole
screen 2-4 times larger, blown up by linear interpolation, the faces re-boxed along), display zoom
with larger and bold text, increased contrast with high-contrast (outlined) text, an e-ink panel
(``eink``: grey dithered to 4 or 16 shades) and a dark mode that dims pictures. Each is drawn over
an app first drawn plainly (``APPS``), whole-screen settings after everything else, so the faces
under them stay counted, as they now look. Ten layouts none of sets 2-17 draws in this way (they
already draw a night light and low brightness, an always-on display in grey, grey and sepia
prints, a fan cam's loupe, a slideshow's slow zoom, a photo editor's filters and more: see their
docstrings):
- a contacts app under classic inversion (on 35 % its white point reduced too): four favourites
  (44-80 px faces), letters and rows of contacts (22-36 px faces, initials on some), the index;
- a social feed under smart invert: up to seven story rings (26-40 px faces), posts by 24-36 px
  faces with photos of people (faces 18-200 px) kept as they are, likes stacks (18-24 px faces); on
  40 % the avatars inverted with the interface (their faces negative);
- a photo library under the greyscale filter (on 30 % its white point reduced too): People & Pets
  (four to six 40-80 px faces), Recents in 3-4 columns (faces 18-60 px, or things);
- a group video call under a colour-correction filter (strength 0.5-1): two by two tiles (faces
  60-250 px) or two by three (40-160 px), one's own view (30-60 px), the others' strip (24-34 px);
- a messages app under the colour tint filter (any hue, intensity 0.3-0.85): pinned conversations
  (60-90 px faces), rows (28-40 px faces, a group's two 20-26 px faces on some), unread dots;
- the screen magnifier over another of these apps (drawn plainly) looking at one of its faces: a
  window of 55-90 % of the width and 300-700 px high, in a frame with a handle, showing the app
  round that point 2-4 times larger (the app's faces blown up along; the app's faces round and
  under the window settled on what it leaves), or full-screen magnification inside an orange
  border (faces cut by its edges counted while half shows);
- a news reader at display zoom with larger text (everything 1.4-2 times; bold on half): the lead
  photo (faces 24-300 px), the headline wrapped over lines, the byline's 39-60 px face, the people
  in the story (up to five, 20-40 px faces), stories with thumbnails (faces 18-60 px) and reporters'
  faces (18-37 px);
- a profile page under increased contrast (1.25-1.6 times farther from mid grey) with
  high-contrast text (type outlined in black or white): the cover (faces 20-120 px), one's own
  100-160 px face, a mutual stack (18-24 px), two rows of three friends (60-120 px), a post (faces
  18-100 px);
- an e-reader on an e-ink panel (grey, dithered to 4 or 16 shades on a paper tone): a book's cover
  (a portrait, faces 80-300 px), the author's 40-70 px face, readers' stack (18-24 px), a chapter's
  text with a photo (faces 20-120 px), "readers also enjoyed" covers (faces 18-40 px);
- a community events app in dark mode with its pictures dimmed to 55-85 % (the interface as it
  is; on half extra dim over the whole screen, 60-85 %): the event's photo (faces 30-200 px), the
  host's 28-40 px face, a going stack (18-24 px), four to six attendees (24-44 px), more events
  with thumbnails (faces 18-50 px).
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Inversion,
smart invert, greyscale, colour correction, tints, a reduced white point, extra dim, more contrast,
e-ink dithering and dimmed pictures leave the faces under them counted (negative, grey, recoloured,
duller, darker, harsher, dotted); the magnifier's window and frame, type, pills and badges take
the pixels they cover. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,368 faces (892 under 32 px, 228 of 32-63, 208 of 64-127,
40 larger; 944 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things in avatars, photos, tiles and covers); ``reps=1`` a quarter (18
screens with 365 faces: 240, 70, 45 and 10 by size, 253 under 40 px; 13 face-free). Every layout but
the library and the call (35 and 32 faces a screen on average at 4 reps, the most) is drawn twice a
round. Counted by running the generator alone (``faces_bench.py --only heldout18 --count-only``; no
detector).
"""

from __future__ import annotations

import colorsys
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout15 as H15
import heldout17 as H17
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, _cut, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREY, RED, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, resized
from heldout11 import INK, paste_photo, portrait, snapshot
from heldout13 import new_screen_for

HELDOUT18_SEED = 18181


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def bookshelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bookshelf: shelves of upright spines of many colours and heights, a few leaning, bands
    across some spines, the shelves' boards."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 60, 85), (25, 40, 60))
    rows = rng.randrange(1, 4)
    step = h / rows
    for r in range(rows):
        floor = round((r + 1) * step) - max(2, h // 40)
        x = rng.randrange(0, max(1, w // 20))
        while x < w:
            bw = max(2, round(w * rng.uniform(0.03, 0.07)))
            bh = max(3, round(step * rng.uniform(0.55, 0.9)))
            col = random_colour(rng, 40, 230)
            cv2.rectangle(img, (x, floor - bh), (x + bw - 1, floor), col, -1)
            if rng.random() < 0.5:
                y = floor - round(bh * rng.uniform(0.2, 0.8))
                cv2.line(img, (x, y), (x + bw - 1, y), tone(col, 60), max(1, bh // 20))
            x += bw + rng.randrange(0, 3)
        cv2.rectangle(img, (0, floor), (w, floor + max(2, h // 40)), (70, 110, 150), -1)
    return img


def kites(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Kites in a sky: diamonds of two colours with a cross spar, tails of bows waving below."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 190, 120), (250, 225, 190))
    for _ in range(rng.randrange(1, 5)):
        cx, cy = rng.randrange(w), rng.randrange(max(1, h * 2 // 3))
        r = max(3, round(min(w, h) * rng.uniform(0.08, 0.2)))
        a, b = random_colour(rng, 40, 240), random_colour(rng, 40, 240)
        top, right, foot, left = (
            (cx, cy - r),
            (cx + r * 3 // 4, cy),
            (cx, cy + r * 3 // 2),
            (cx - r * 3 // 4, cy),
        )
        cv2.fillPoly(img, [np.array([top, right, (cx, cy)], np.int32)], a, cv2.LINE_AA)
        cv2.fillPoly(img, [np.array([right, foot, (cx, cy)], np.int32)], b, cv2.LINE_AA)
        cv2.fillPoly(img, [np.array([foot, left, (cx, cy)], np.int32)], a, cv2.LINE_AA)
        cv2.fillPoly(img, [np.array([left, top, (cx, cy)], np.int32)], b, cv2.LINE_AA)
        ys = np.linspace(foot[1], foot[1] + r * 3, 12)
        xs = cx + np.sin(np.linspace(0, rng.uniform(3, 7), 12)) * r / 3
        cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, (60, 60, 60), 1, cv2.LINE_AA)
        for x, y in list(zip(xs, ys, strict=True))[2::3]:
            cv2.circle(img, (round(x), round(y)), max(1, r // 8), random_colour(rng, 40, 240), -1)
    return img


def swatches(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Paint swatch cards fanned on a table: strips of five shades of one colour each, turned."""
    img = np.full((h, w, 3), random_colour(rng, 170, 235), np.uint8)
    sw, sh = max(4, round(w * rng.uniform(0.18, 0.3))), max(6, round(h * rng.uniform(0.6, 0.9)))
    for _ in range(rng.randrange(3, 8)):
        card = np.full((sh, sw, 3), 250, np.uint8)
        base = random_colour(rng, 60, 220)
        for k in range(5):
            y1, y2 = k * sh // 5 + 2, (k + 1) * sh // 5 - 2
            card[y1:y2, 2 : sw - 2] = tone(base, 50 - 25 * k)
        out, _, where = H11.turned(card, [], rng.uniform(-40, 40))
        x, y = rng.randrange(-sw // 2, w - sw // 2), rng.randrange(-sh // 3, h - sh // 2)
        a, b = max(0, x), max(0, y)
        c, d = min(w, x + out.shape[1]), min(h, y + out.shape[0])
        if c > a and d > b:
            m = where[b - y : d - y, a - x : c - x, None] > 0
            img[b:d, a:c] = np.where(m, out[b - y : d - y, a - x : c - x], img[b:d, a:c])
    return img


RENDERS: tuple[H11.Render, ...] = (bookshelf, kites, swatches)


@dataclass
class Cast(H17.Cast):
    """heldout17's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h18-, whose drawn things are this set's: bookshelves, kites, paint swatches."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h18-" + super().kind(layout).removeprefix("h17-")


# ----------------------------------------------------------------------------------------------
# Display settings: whole-screen and partial transforms of what the phone shows (for
# ``heldout10.redrawn``: the faces under them stay counted, as they look now).
# ----------------------------------------------------------------------------------------------

Fn = Callable[[np.ndarray], np.ndarray]


def inverted(part: np.ndarray) -> np.ndarray:
    """Classic colour inversion: every pixel's complement, photos too."""
    return 255 - part


greyscale: Fn = H10.greyed  # the greyscale colour filter

# colour vision deficiency simulation at full severity (Machado, Oliveira and Fernandes 2009), RGB
DEFICIENCY: dict[str, np.ndarray] = {
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
# where a correction moves the colours those eyes lose (RGB): red-green errors into green and blue,
# blue-yellow errors into red and green
SHIFT: dict[str, np.ndarray] = {
    "protanopia": np.array([[0, 0, 0], [0.7, 1, 0], [0.7, 0, 1]]),
    "deuteranopia": np.array([[1, 0.7, 0], [0, 0, 0], [0, 0.7, 1]]),
    "tritanopia": np.array([[1, 0, 0.7], [0, 1, 0.7], [0, 0, 0]]),
}


def colour_correction(kind: str, strength: float) -> Fn:
    """A colour-correction filter for ``kind`` of colour blindness at ``strength`` (0.5-1): each
    pixel times one 3 x 3 matrix, I + strength * SHIFT (I - DEFICIENCY) (a daltonizing filter, as
    phones offer), in BGR; faces stay counted, recoloured."""
    eye = np.eye(3)
    rgb = eye + strength * SHIFT[kind] @ (eye - DEFICIENCY[kind])
    bgr = rgb[::-1, ::-1].astype(np.float32)
    return lambda part: np.clip(cv2.transform(part.astype(np.float32), bgr), 0, 255).astype(np.uint8)


def colour_tint(hue: float, intensity: float) -> Fn:
    """The colour tint filter: the picture's brightness in a tint of ``hue`` (0-1) blended over it
    by ``intensity`` (0.3-0.85); faces stay counted, tinted."""
    r, g, b = colorsys.hsv_to_rgb(hue, 0.8, 1.0)
    tint = np.array((b, g, r), np.float32)

    def fn(part: np.ndarray) -> np.ndarray:
        lum = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None]
        return (part * (1 - intensity) + lum * tint * intensity).astype(np.uint8)

    return fn


def white_point(r: float) -> Fn:
    """Reduce white point: bright colours pulled down by up to ``r`` (0.25-0.45; white to 1 - r of
    itself), dark ones hardly; faces stay counted, duller."""
    return lambda part: (part * (1 - r * part.astype(np.float32) / 255)).astype(np.uint8)


def contrast(k: float) -> Fn:
    """Increase contrast: every level ``k`` (1.25-1.6) times farther from mid grey, clipped; faces
    stay counted, harsher."""
    return lambda part: np.clip((part.astype(np.float32) - 128) * k + 128, 0, 255).astype(np.uint8)


BAYER = np.array([[0, 2], [3, 1]])
for _ in range(2):  # the 8 x 8 ordered-dither matrix
    BAYER = np.block([[4 * BAYER, 4 * BAYER + 2], [4 * BAYER + 3, 4 * BAYER + 1]])
THRESHOLD = ((BAYER + 0.5) / 64).astype(np.float32)


def eink(levels: int, paper: Colour) -> Fn:
    """An e-ink panel: grey, the levels dithered (an 8 x 8 ordered dither) to ``levels`` (4 or 16)
    shades between ink (35) and ``paper``; faces stay counted, grey and dotted."""
    ink = np.array((35, 35, 35), np.float32)
    top = np.array(paper, np.float32)

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        v = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32) / 255 * (levels - 1)
        t = np.tile(THRESHOLD, (h // 8 + 1, w // 8 + 1))[:h, :w]
        q = (np.clip(np.floor(v + t), 0, levels - 1) / (levels - 1))[:, :, None]
        return (ink + (top - ink) * q).astype(np.uint8)

    return fn


@contextmanager
def pic(s: Screen, keep: np.ndarray, rect: tuple[int, int, int, int]) -> Iterator[None]:
    """Mark in ``keep`` the pixels inside ``rect`` that what is drawn in the block changes (a photo
    or an avatar pasted there): what a smart invert leaves as it is, what a dark mode dims."""
    x1, y1, x2, y2 = max(0, rect[0]), max(0, rect[1]), min(W, rect[2]), min(H, rect[3])
    before = s.img[y1:y2, x1:x2].copy()
    yield
    keep[y1:y2, x1:x2] |= (s.img[y1:y2, x1:x2] != before).any(axis=2)


def split(s: Screen, keep: np.ndarray, inside: Fn, outside: Fn) -> None:
    """The whole screen drawn again, the pixels marked in ``keep`` through ``inside`` and the rest
    through ``outside`` (a smart invert, a dark mode's dimmed pictures)."""
    m = keep[:, :, None]
    H10.redrawn(s, (0, 0, W, H), lambda part: np.where(m, inside(part), outside(part)))


def kept(part: np.ndarray) -> np.ndarray:
    return part


# ----------------------------------------------------------------------------------------------
# Type as the settings draw it: larger, bold, outlined (high-contrast text), wrapped.
# ----------------------------------------------------------------------------------------------


def text(s: Screen, rng: random.Random, x: int, y: int, width: int, size: float, n: int,
         colour: Colour | None = None, bold: bool = False, edge: Colour | None = None) -> int:  # fmt: skip
    """``n`` words from baseline ``y``, wrapped at ``width``, bold (twice as thick) on ``bold``,
    outlined in ``edge`` (high-contrast text) when given; returns the baseline under the last
    line."""
    font = cv2.FONT_HERSHEY_DUPLEX if bold else cv2.FONT_HERSHEY_SIMPLEX
    t = max(1, round(size * (3.5 if bold else 2)))
    step = round(cv2.getTextSize("Ag", font, size, t)[0][1] * 1.9)
    cx = x
    for _ in range(n):
        word = rng.choice(C.WORDS)
        tw = cv2.getTextSize(word + " ", font, size, t)[0][0]
        if cx > x and cx + tw > x + width:
            cx, y = x, y + step
        if edge is not None:
            cv2.putText(s.img, word, (cx, y), font, size, edge, t + max(3, t), cv2.LINE_AA)
        cv2.putText(s.img, word, (cx, y), font, size, colour or s.fg, t, cv2.LINE_AA)
        cx += tw
    return y + step


def row_of(cast: Cast, s: Screen, rng: random.Random, y: int, lo: float, hi: float, shape: str,
           gap: int, keep: np.ndarray, most: int = 0) -> int:  # fmt: skip
    """A row of avatars (faces ``lo``-``hi`` px) across the screen, the last cut by the right
    edge, or ``most`` of them spread over the width; names under; returns the y under it."""
    fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.15, 1.35))
    if most:
        gap = max(gap, (W - 8 - 60 - most * side) // max(1, most - 1))
    x = 30
    for _ in range(most or 99):
        if x >= W - 8:
            break
        with pic(s, keep, (x, y, x + side, y + side)):
            cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, shape)
        s.words(rng, x + 4, y + side + 30, 0.45, 1)
        x += side + gap
    return y + side + 60


def top_photo(cast: Cast, s: Screen, keep: np.ndarray, h: int, lo: float, hi: float, people: float) -> None:
    """A photo across the screen under the status bar, ``h`` px high (heldout11's ``snapshot``:
    people, faces ``lo``-``hi`` px, on ``people`` of them), marked in ``keep``."""
    piece = snapshot(cast, W - 8, h, lo, hi, people)
    with pic(s, keep, (0, STATUS_H, W - 8, STATUS_H + h)):
        paste_photo(cast, s, *piece, 0, STATUS_H)


# ----------------------------------------------------------------------------------------------
# Apps as drawn before a display setting: each draws on ``s`` (people or things), marking its
# pictures in ``keep``; a layout below then shows them through a setting.
# ----------------------------------------------------------------------------------------------

App = Callable[[Cast, random.Random, Screen, np.ndarray], None]


def contacts(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray) -> None:
    """A contacts app: the title, a search field, favourites (44-80 px faces, the row cut by the
    right edge), then letters and rows of contacts (22-36 px faces, initials on some), the index of
    letters down the right edge."""
    img, page = s.img, s.bg
    w = W - 8
    text(s, rng, 30, STATUS_H + 90, 600, 1.6, 1, bold=True)
    pill(img, 30, STATUS_H + 130, w - 60, 70, off(page, 18))
    s.words(rng, 80, STATUS_H + 176, 0.6, 1, GREY)
    y = row_of(cast, s, rng, STATUS_H + 240, 44, 80, "circle", 36, keep, 4)
    letters = sorted(rng.sample("ABCDEFGHJKLMNPRSTW", 8))
    for ch in letters:
        if y + 100 > H - NAV_H:
            break
        cv2.putText(img, ch, (30, y + 10), cv2.FONT_HERSHEY_DUPLEX, 0.8, s.accent, 2, cv2.LINE_AA)
        y += 30
        for _ in range(rng.randrange(2, 5)):
            fp, side = _size(rng, 22, small(rng, 23, 36), (1.1, 1.3))
            if y + side + 20 > H - NAV_H:
                break
            with pic(s, keep, (30, y, 30 + side, y + side)):
                cast.person(s, 30, y, fp, side)
            s.words(rng, 60 + side, y + side // 2 + 10, 0.65, 2)
            y += max(side, 56) + 18
            cv2.line(img, (60 + side, y - 9), (w - 60, y - 9), off(page, 20), 1)
    for k, ch in enumerate("ABCDEFGHIJKLMNOPRSTW"):
        cv2.putText(img, ch, (w - 34, STATUS_H + 300 + k * 60), cv2.FONT_HERSHEY_SIMPLEX, 0.5, s.accent, 1,
                    cv2.LINE_AA)  # fmt: skip


def feed(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray, avatars: bool = True) -> None:
    """A social feed: story rings (26-40 px faces), then cards: the author's 24-36 px face, the
    photo (people, faces 18-200 px, or a thing), the actions and a likes stack of 18-24 px faces.
    Avatars are marked as pictures in ``keep`` when ``avatars`` (an app that flags them as
    images), the photos always."""
    img, page = s.img, s.bg
    w = W - 8
    mark = keep if avatars else np.zeros_like(keep)
    text(s, rng, 30, STATUS_H + 70, 500, 1.2, 1, bold=True)
    y = row_of(cast, s, rng, STATUS_H + 110, 26, 40, "ring", 40, mark, 7)
    while y + 260 < H - NAV_H:
        fp, side = _size(rng, 24, small(rng, 25, 36), (1.1, 1.3))
        with pic(s, mark, (30, y, 30 + side, y + side)):
            cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 + 8, 0.6, 2)
        y += side + 16
        ph = min(rng.randrange(400, 700), H - NAV_H - y - 20)
        photo = snapshot(cast, w - 40, ph, 18.3, 200, 0.9)
        with pic(s, keep, (20, y, w - 20, y + ph)):
            paste_photo(cast, s, *photo, 20, y, rounded_rect(ph, w - 40, 24))
        y += ph + 20
        if y + 120 > H - NAV_H:
            break
        heart(img, (50, y + 20), 16, RED)
        cv2.circle(img, (120, y + 20), 16, s.fg, 3, cv2.LINE_AA)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        with pic(s, mark, (150, y - 10, w, y + 60)):
            cast.stack(s, 160, y + 20 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        s.words(rng, 30, y + 74, 0.55, rng.randrange(3, 7))
        y += 110


def library(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray) -> None:
    """A photo library: the People & Pets album (round 48-80 px faces), then Recents in 3-5
    columns of square tiles (snapshots: faces 18-60 px, or things), a video's duration on some."""
    w = W - 8
    text(s, rng, 30, STATUS_H + 80, 600, 1.4, 1, bold=True)
    y = row_of(cast, s, rng, STATUS_H + 110, 40, 80, "circle", 30, keep, rng.randrange(4, 7))
    s.words(rng, 30, y, 0.8, 1)
    y += 20
    cols = rng.randrange(3, 5)
    t = (w - 4 * (cols - 1)) // cols
    while y + 40 < H - NAV_H:
        for c in range(cols):
            x = c * (t + 4)
            piece = snapshot(cast, t, t, 18.3, small(rng, 20, 60), 0.5)
            with pic(s, keep, (x, y, x + t, y + t)):
                paste_photo(cast, s, *piece, x, y)
            if rng.random() < 0.15:
                cv2.putText(s.img, f"0:{rng.randrange(10, 60)}", (x + t - 70, y + t - 14),
                            cv2.FONT_HERSHEY_SIMPLEX, 0.5, WHITE, 2, cv2.LINE_AA)  # fmt: skip
        y += t + 4


def messages(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray) -> None:
    """A messages app: pinned conversations (60-90 px faces in a row of three or four), then rows
    (28-40 px faces, a group's two overlapping 20-26 px faces on some), unread dots, times."""
    img, page = s.img, s.bg
    w = W - 8
    text(s, rng, 30, STATUS_H + 90, 600, 1.5, 1, bold=True)
    n = rng.randrange(3, 5)
    fp, side = _size(rng, 60, small(rng, 61, 90), (1.2, 1.35))
    y = STATUS_H + 130
    for k in range(n):
        x = round((k + 0.5) * w / n - side / 2)
        with pic(s, keep, (x, y, x + side, y + side)):
            cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        s.words(rng, x + 6, y + side + 32, 0.5, 1)
    y += side + 70
    while y + 110 < H - NAV_H:
        if rng.random() < 0.2:
            fp, sd = _size(rng, 20, small(rng, 21, 26), (1.1, 1.2))
            with pic(s, keep, (30, y, 30 + sd * 2, y + sd * 2)):
                cast.avatar(s, 30, y, fp, sd, "circle")
                cast.avatar(s, 30 + sd * 3 // 4, y + sd * 3 // 4, fp, sd, "circle", page)
            side = sd * 7 // 4
        else:
            fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.3))
            with pic(s, keep, (30, y, 30 + side, y + side)):
                cast.person(s, 30, y, fp, side)
        s.words(rng, 70 + side, y + 26, 0.65, 2)
        s.words(rng, 70 + side, y + 66, 0.5, rng.randrange(3, 7), GREY)
        cv2.putText(img, f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}", (w - 130, y + 26),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.5, GREY, 1, cv2.LINE_AA)  # fmt: skip
        if rng.random() < 0.3:
            cv2.circle(img, (w - 60, y + 60), 11, s.accent, -1, cv2.LINE_AA)
        y += max(side, 80) + 30


def call(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray) -> None:
    """A group video call: two by two or two by three tiles (faces 60-250 px, or 40-160 px), a name
    pill and a muted mark on each, one's own view in a corner (faces 30-60 px), the others on the
    call in a strip (24-34 px faces), the round controls."""
    img = s.img
    w = W - 8
    img[STATUS_H : H - NAV_H] = (20, 20, 24)
    rows = rng.choice((2, 3))
    lo, hi = (60, 250) if rows == 2 else (40, 160)
    top, bottom = STATUS_H + 90, H - NAV_H - 330
    th, tw = (bottom - top - 12 * (rows - 1)) // rows, (w - 36) // 2
    for r in range(rows):
        for c in range(2):
            x, y = 12 + c * (tw + 12), top + r * (th + 12)
            fp = small(rng, lo, min(hi, tw * 0.6))
            with pic(s, keep, (x, y, x + tw, y + th)):
                cast.photo(s, x, y, tw, th, fp, rounded_rect(th, tw, 20))
            pill(img, x + 14, y + th - 56, 200, 42, (30, 30, 30))
            s.words(rng, x + 30, y + th - 26, 0.5, 1, WHITE)
            if rng.random() < 0.4:
                badge(img, (x + tw - 36, y + 36), 20, (60, 60, 60), "x")
    sw, sh = rng.randrange(180, 240), rng.randrange(240, 320)
    sx, sy = w - sw - 30, bottom - sh - 30
    fill(img, rounded_rect(sh + 6, sw + 6, 22), sx - 3, sy - 3, WHITE)
    with pic(s, keep, (sx, sy, sx + sw, sy + sh)):
        cast.photo(s, sx, sy, sw, sh, small(rng, 30, 60), rounded_rect(sh, sw, 20))
    y = row_of(cast, s, rng, bottom + 20, 24, 34, "circle", 24, keep)
    for k in range(4):
        c = (round(w * (k + 0.5) / 4), min(H - NAV_H - 60, y + 20))
        cv2.circle(img, c, 46, RED if k == 3 else (70, 70, 76), -1, cv2.LINE_AA)
        cv2.circle(img, c, 16, WHITE, 3, cv2.LINE_AA)


def news(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray, zoom: float = 1.0,
         bold: bool = False) -> None:  # fmt: skip
    """A news reader drawn at ``zoom`` (display zoom and larger text: 1, or 1.4-2): the masthead, a
    lead story (a photo of people, faces 24-300 px, the headline wrapped over lines, the byline's
    face 28 px times ``zoom``, the people in the story: faces 20 px to 20 + 10 ``zoom``), then
    stories with thumbnails (faces 18-60 px) beside wrapped headlines, each with its reporter's face
    (18.3 px to 18.3 ``zoom``)."""
    img, page = s.img, s.bg
    w = W - 8
    cv2.putText(img, H5.shout(rng)[:10].title(), (30, STATUS_H + round(70 * zoom)), cv2.FONT_HERSHEY_TRIPLEX,
                1.3 * zoom, s.fg, max(2, round(2 * zoom)), cv2.LINE_AA)  # fmt: skip
    y = STATUS_H + round(110 * zoom)
    ph = rng.randrange(480, 700)
    piece = H17.people_photo(cast, rng, w, ph, 24, 300)
    with pic(s, keep, (0, y, w, y + ph)):
        paste_photo(cast, s, *piece, 0, y)
    y = text(s, rng, 30, y + ph + round(50 * zoom), w - 60, 1.1 * zoom, rng.randrange(6, 12), bold=bold)
    fp, side = _size(rng, 28 * zoom, 30 * zoom, (1.1, 1.2))
    with pic(s, keep, (30, y - 20, 30 + side, y - 20 + side)):
        cast.person(s, 30, y - 20, fp, side)
    text(s, rng, 50 + side, y - 20 + side // 2 + 10, w, 0.55 * zoom, 3, GREY, bold)
    y = row_of(cast, s, rng, y + side + 30, 20, 20 + 10 * zoom, "circle", round(30 * zoom), keep, 5)
    while y + 120 < H - NAV_H:
        cv2.line(img, (30, y - 10), (w - 30, y - 10), off(page, 25), 2)
        t = rng.randrange(180, 260)
        piece = snapshot(cast, t, t, 18.3, small(rng, 20, 60), 0.8)
        with pic(s, keep, (w - 30 - t, y + 10, w - 30, y + 10 + t)):
            paste_photo(cast, s, *piece, w - 30 - t, y + 10, rounded_rect(t, t, 16))
        end = text(
            s, rng, 30, y + round(40 * zoom), w - 100 - t, 0.75 * zoom, rng.randrange(5, 12), bold=bold
        )
        fp, side = _size(rng, 18.3, 18.3 * zoom + 1, (1.05, 1.2))
        with pic(s, keep, (30, end - 20, 30 + side, end - 20 + side)):
            cast.person(s, 30, end - 20, fp, side)
        s.words(rng, 44 + side, end - 20 + side // 2 + 8, 0.45 * zoom, 2, GREY)
        y = max(end + side, y + t + 20) + 30


def profile(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray, edge: Colour | None = None) -> None:
    """A profile page: the cover (people, faces 20-120 px, or a thing), one's own 100-160 px face in
    a ring over its foot, the name (outlined in ``edge``: high-contrast text) and counts, buttons,
    friends in two rows of three (faces 60-120 px), a mutual stack of 18-24 px faces, a post's photo
    (faces 18-100 px)."""
    img, page = s.img, s.bg
    w = W - 8
    ch = rng.randrange(380, 520)
    top_photo(cast, s, keep, ch, 20, small(rng, 21, 120), 0.7)
    fp, side = _size(rng, 100, small(rng, 101, 160), (1.15, 1.3))
    y = STATUS_H + ch - side // 2
    cv2.circle(img, (40 + side // 2, y + side // 2), side // 2 + 8, page, -1, cv2.LINE_AA)
    with pic(s, keep, (40, y, 40 + side, y + side)):
        cast.avatar(s, 40, y, fp, side, "circle")
    y += side + 60
    y = text(s, rng, 40, y, w - 80, 1.3, 2, bold=True, edge=edge)
    y = text(s, rng, 40, y, w - 80, 0.6, rng.randrange(6, 14), edge=edge)
    for k in range(2):
        pill(img, 40 + k * 330, y, 300, 70, s.accent if k == 0 else off(page, 25))
        text(s, rng, 80 + k * 330, y + 45, 300, 0.6, 1, WHITE if k == 0 else s.fg, True, edge)
    y += 110
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    with pic(s, keep, (30, y - 10, w, y + sd + 10)):
        cast.stack(s, 40, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
    y += sd + 30
    t = (w - 80 - 2 * 20) // 3
    fp = small(rng, 60, 120)
    for _ in range(2):
        if y + t > H - NAV_H:
            break
        for c in range(3):
            x = 40 + c * (t + 20)
            with pic(s, keep, (x, y, x + t, y + t)):
                cast.photo(s, x, y, t, t, fp * rng.uniform(0.9, 1.1), rounded_rect(t, t, 24))
            text(s, rng, x, y + t + 34, t, 0.55, 2, edge=edge)
        y += t + 60
    if y + 200 < H - NAV_H:
        ph = H - NAV_H - y
        piece = snapshot(cast, w - 80, ph, 18.3, small(rng, 20, 100), 0.6)
        with pic(s, keep, (40, y, w - 40, y + ph)):
            paste_photo(cast, s, *piece, 40, y)


def events(cast: Cast, rng: random.Random, s: Screen, keep: np.ndarray) -> None:
    """A community events app: the event's photo (people, faces 30-200 px, or a thing), the title,
    the host's 28-40 px face, a "going" stack of 18-24 px faces, four to six attendees (faces
    24-44 px), more events with thumbnails (faces 18-50 px)."""
    img, page = s.img, s.bg
    w = W - 8
    ph = rng.randrange(500, 700)
    top_photo(cast, s, keep, ph, 30, small(rng, 31, 200), 0.9)
    y = text(s, rng, 30, STATUS_H + ph + 60, w - 60, 1.1, rng.randrange(3, 7), bold=True)
    fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.25))
    with pic(s, keep, (30, y, 30 + side, y + side)):
        cast.person(s, 30, y, fp, side)
    s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 3, GREY)
    y += side + 30
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    with pic(s, keep, (20, y - 10, w, y + sd + 10)):
        cast.stack(s, 30, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
    pill(img, w - 260, y - 10, 230, 60, s.accent)
    y += sd + 40
    y = row_of(cast, s, rng, y, 24, 44, "circle", 30, keep, rng.randrange(4, 7)) + 10
    while y + 180 < H - NAV_H:
        t = 160
        piece = snapshot(cast, t, t, 18.3, small(rng, 20, 50), 0.6)
        with pic(s, keep, (30, y, 30 + t, y + t)):
            paste_photo(cast, s, *piece, 30, y, rounded_rect(t, t, 18))
        text(s, rng, 60 + t, y + 40, w - 100 - t, 0.65, rng.randrange(3, 8), bold=True)
        s.words(rng, 60 + t, y + t - 20, 0.5, 3, GREY)
        y += t + 30


APPS: tuple[App, ...] = (contacts, feed, library, messages, news, profile, events)


def plain(cast: Cast, rng: random.Random, app: App) -> tuple[np.ndarray, list[BoxF]]:
    """Another app of this set as drawn with no display setting, finished: its app area (between
    the bars, unlifted) and its faces."""
    s = new_screen_for(rng, "inner", cast.kind("inner"))
    app(cast, rng, s, np.zeros((H, W), bool))
    return H15.app_area(s.finish())


# ----------------------------------------------------------------------------------------------
# Layouts: an app shown through one or more display settings; each draws people or, with a
# face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def bar_of(s: Screen) -> np.ndarray:
    """The navigation bar of a screen just made (heldout5's ``nav_bar`` takes its colour from the
    app area's corner, which a photo may cover here)."""
    return s.img[H - NAV_H :].copy()


def shown(s: Screen, bar: np.ndarray, *fns: Fn) -> Composite:
    """The navigation bar ``bar`` drawn again over what went under it, the whole screen redrawn
    through ``fns`` in turn, finished."""
    s.img[H - NAV_H :] = bar
    for fn in fns:
        H10.redrawn(s, (0, 0, W, H), fn)
    return s.finish()


def through(cast: Cast, rng: random.Random, s: Screen, app: App, fn: Fn, white: float = 0.0) -> Composite:
    """``app`` drawn on ``s``, then the whole screen shown through ``fn`` and on ``white`` of them
    a reduced white point (25-45 %) too."""
    bar = bar_of(s)
    app(cast, rng, s, np.zeros((H, W), bool))
    fns = [fn] + ([white_point(rng.uniform(0.25, 0.45))] if rng.random() < white else [])
    return shown(s, bar, *fns)


def inverted_contacts(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contacts app (favourites' 44-80 px faces, contacts' 22-36 px) under classic colour
    inversion, photos too; on 35 % its white point reduced too."""
    return through(cast, rng, new_screen_for(rng, name, cast.kind("invert")), contacts, inverted, 0.35)


def smart_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A social feed under smart invert: the interface inverted, the photos kept as they are; on
    40 % an app that does not flag its avatars as images, so story rings, authors and likes stacks
    are inverted with the interface (their faces turned negative)."""
    s = new_screen_for(rng, name, cast.kind("smartinvert"))
    bar = bar_of(s)
    keep = np.zeros((H, W), bool)
    feed(cast, rng, s, keep, rng.random() >= 0.4)
    s.img[H - NAV_H :] = bar
    split(s, keep, kept, inverted)
    return s.finish()


def grey_library(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo library (People & Pets' 40-80 px faces, Recents' tiles with faces 18-60 px) under
    the greyscale colour filter; on 30 % its white point reduced too."""
    return through(cast, rng, new_screen_for(rng, name, cast.kind("greyscale")), library, greyscale, 0.3)


def corrected_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group video call (tiles' faces 40-250 px, one's own 30-60 px, the strip's 24-34 px) under
    a colour-correction filter for protanopia, deuteranopia or tritanopia (strength 0.5-1)."""
    s = Screen.new(rng, name, cast.kind("colourfilter"), "dark")
    fn = colour_correction(rng.choice(tuple(DEFICIENCY)), rng.uniform(0.5, 1.0))
    return through(cast, rng, s, call, fn)


def tinted_messages(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A messages app (pinned 60-90 px faces, rows' 28-40 px, groups' 20-26 px) under the colour
    tint filter (any hue, intensity 0.3-0.85)."""
    s = new_screen_for(rng, name, cast.kind("tint"))
    return through(cast, rng, s, messages, colour_tint(rng.random(), rng.uniform(0.3, 0.85)))


def focus(rng: random.Random, faces: Sequence[BoxF], w: int, h: int) -> tuple[float, float]:
    """Where one looks closer: the middle of one of ``faces``, or (none) anywhere in w x h."""
    if faces:
        a, b, c, d = rng.choice(faces)
        return (a + c) / 2, (b + d) / 2
    return rng.uniform(0, w), rng.uniform(0, h)


def magnified(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The screen magnifier over another app of this set (``APPS`` as drawn with no setting), looking
    at one of its faces: on 65 % a window magnifier, a rounded window of 55-90 % of the width and
    300-700 px high over that point (kept on the screen) showing the app round it 2-4 times larger
    (blown up by linear interpolation; its faces along, counted while half shows), in a 6 px frame
    with a drag handle, the app's faces round it settled on what the window leaves; else
    full-screen magnification, the app area 2-4 times larger about that point (faces cut by its
    edges counted while half shows), inside an orange border."""
    s = Screen.new(rng, name, cast.kind("magnifier"), rng.choice(("light", "dark")))
    bar = bar_of(s)
    piece, faces = plain(cast, rng, rng.choice(APPS))
    k = rng.uniform(2, 4)
    w, ah = W - 8, H - NAV_H - STATUS_H
    px, py = focus(rng, faces, w, ah)
    window = rng.random() < 0.65
    if window:
        paste_photo(cast, s, piece, faces, 0, STATUS_H)
        lw, lh = round(w * rng.uniform(0.55, 0.9)), rng.randrange(300, 700)
        sw, sh = round(lw / k), round(lh / k)
        sx, sy = round(min(max(0, px - sw / 2), w - sw)), round(min(max(0, py - sh / 2), ah - sh))
        big, big_faces = resized(*_cut(piece, faces, sx, sy, sw, sh), lw, lh)
        lx = round(min(max(8, px - lw / 2), w - lw - 8))
        ly = STATUS_H + round(min(max(20, py - lh / 2), ah - lh - 20))
        fill(s.img, rounded_rect(lh + 12, lw + 12, 26), lx - 6, ly - 6, (40, 40, 40))
        paste_photo(cast, s, big, big_faces, lx, ly, rounded_rect(lh, lw, 20))
        pill(s.img, lx + lw // 2 - 50, ly + lh - 4, 100, 14, (40, 40, 40))
        cv2.circle(s.img, (lx + lw - 6, ly + lh - 6), 18, (40, 40, 40), -1, cv2.LINE_AA)
    else:
        fx = min(1.0, max(0.0, (k * px - w / 2) / (k * w - w)))
        fy = min(1.0, max(0.0, (k * py - ah / 2) / (k * ah - ah)))
        paste_photo(cast, s, *H15.zoomed(piece, faces, k, fx, fy), 0, STATUS_H)
    H15.clock(s, rng, s.fg)
    s.img[H - NAV_H :] = bar
    if not window:
        cv2.rectangle(s.img, (3, STATUS_H + 3), (w - 4, STATUS_H + ah - 4), (0, 140, 255), 6)
    return s.finish()


def large_news(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news reader at display zoom with larger text (everything 1.4-2 times: headlines wrap over
    more lines, the byline's face 39-60 px; the lead photo's faces 24-300 px, thumbnails' 18-60 px),
    bold text on half."""
    s = new_screen_for(rng, name, cast.kind("largetext"))
    bar = bar_of(s)
    news(cast, rng, s, np.zeros((H, W), bool), rng.uniform(1.4, 2.0), rng.random() < 0.5)
    return shown(s, bar)


def contrast_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A profile page (the cover's faces 20-120 px, one's own 100-160 px, friends' 40-90 px, a
    stack's 18-24 px) with high-contrast text (type outlined in black or white) under increased
    contrast (1.25-1.6 times farther from mid grey)."""
    s = new_screen_for(rng, name, cast.kind("contrast"))
    bar = bar_of(s)
    edge = INK if sum(s.fg) > 384 else WHITE
    profile(cast, rng, s, np.zeros((H, W), bool), edge)
    return shown(s, bar, contrast(rng.uniform(1.25, 1.6)))


def eink_reader(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-reader app on an e-ink panel: a book's page (its cover: a portrait, faces 80-300 px,
    under the title in big type), the author's 40-70 px face, readers' stack (18-24 px), a chapter's
    text with a photo (faces 20-120 px), "readers also enjoyed" covers (faces 18-40 px), all in
    grey dithered to 4 or 16 shades on a paper tone."""
    s = Screen.new(rng, name, cast.kind("eink"), "light")
    bar = bar_of(s)
    img = s.img
    w = W - 8
    text(s, rng, 30, STATUS_H + 70, w, 0.9, 3, INK, True)
    cw, chh = rng.randrange(360, 480), rng.randrange(520, 680)
    y = STATUS_H + 110
    paste_photo(cast, s, *portrait(cast, cw, chh, small(rng, 80, min(300, cw * 0.55))), 30, y)
    cv2.putText(img, H5.shout(rng)[:8], (50, y + 80), cv2.FONT_HERSHEY_TRIPLEX, 1.6, WHITE, 3, cv2.LINE_AA)
    x = 60 + cw
    ty = text(s, rng, x, y + 50, w - x - 30, 1.0, rng.randrange(3, 7), INK, True)
    fp, side = _size(rng, 40, small(rng, 41, 70), (1.1, 1.25))
    cast.avatar(s, x, ty, fp, side, "circle")
    s.words(rng, x + side + 20, ty + side // 2 + 8, 0.6, 2, INK)
    ty += side + 30
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    cast.stack(s, x, ty, rng.randrange(2, 5), fp, sd, round(sd * 0.7), s.bg)
    for k in range(5):
        cv2.circle(img, (x + 20 + k * 36, ty + sd + 40), 12, INK, -1 if k < 4 else 2, cv2.LINE_AA)
    y += chh + 50
    y = text(s, rng, 30, y, w - 60, 0.65, rng.randrange(20, 40), INK)
    ph = rng.randrange(320, 460)
    pw = rng.randrange(500, w - 60)
    paste_photo(cast, s, *snapshot(cast, pw, ph, 20, small(rng, 21, 120), 0.85), (w - pw) // 2, y)
    y = text(s, rng, 30, y + ph + 50, w - 60, 0.65, rng.randrange(10, 25), INK) + 10
    t = rng.randrange(150, 200)
    x = 30
    while x < w and y + t * 3 // 2 < H - NAV_H:
        paste_photo(cast, s, *portrait(cast, t, t * 3 // 2, small(rng, 18.3, 40)), x, y)
        cv2.rectangle(img, (x, y), (x + t, y + t * 3 // 2), INK, 2)
        x += t + 24
    paper = (rng.randrange(200, 225),) * 3
    return shown(s, bar, eink(rng.choice((4, 16, 16)), paper))


def dim_events(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community events app in dark mode with its pictures dimmed (photos and avatars at 55-85 %
    of their brightness, the interface as it is); on half extra dim over the whole screen too
    (60-85 %)."""
    s = Screen.new(rng, name, cast.kind("darkdim"), "dark")
    bar = bar_of(s)
    keep = np.zeros((H, W), bool)
    events(cast, rng, s, keep)
    s.img[H - NAV_H :] = bar
    split(s, keep, H15.dimmed(rng.uniform(0.55, 0.85)), kept)
    if rng.random() < 0.5:
        H10.redrawn(s, (0, 0, W, H), H15.dimmed(rng.uniform(0.6, 0.85)))
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    inverted_contacts, smart_feed, grey_library, corrected_call, tinted_messages, magnified, large_news,
    contrast_profile, eink_reader, dim_events,
)  # fmt: skip
# with people: each twice a round but the library and the call (the most faces a screen)
ONCE = (grey_library, corrected_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, smart_feed, magnified, dim_events)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT18_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h18", photos, free, seed, reps)
