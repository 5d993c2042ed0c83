"""Held-out screens, fifteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to fourteen (heldout.py to heldout14.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: beach
umbrellas from above, sailboats, candles, glazed tiles; nothing with eyes, a mouth or a mask); every
random choice from ``HELDOUT15_SEED``. Faces are pasted through heldout2's ``Screen``, which settles
each one on the finished screen (pixels drawn over a face later are not the face's; a face with
under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout14's, its screens marked h15-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces as the phone itself shows them: under the night light or at low brightness
(``capture``: a whole screen warmed or darkened, on about a quarter of the screens), behind frosted
glass (``frosted``: blurred and washed, which takes the faces under it), mid-dissolve between two
pictures or two screens (``crossfade``: both at 30-70 %, the faces of both counted), in a push
transition, smeared by a fling's vertical motion blur, under film grain, a vignette and a light
leak, under a proof's watermark, blurred beyond knowing in a locked post (not counted), on turned
cards mid-swipe, and with reaction emoji over their parts. Ten layouts none of sets 2-14 draws
(they already draw lock and home screens, an app switcher, an inbox, payments, calendars and
meetings, calls of every kind, dating cards, maps of friends, a story viewer, a photo library and
shared albums, a news reader, a rental listing, a camera, a photo editor and more: see their
docstrings):
- a neighbourhood app's feed caught mid-fling: neighbours' 24-36 px faces (initials on some),
  photos of people (faces 16-80 px) or things with reaction emoji over them, "thanked by" stacks of
  18-24 px faces, all under a 5-16 px vertical motion blur, a frosted header and tab bar over it;
- a photos app playing a memory: a frame mid-dissolve from a photo covering it (faces 60-600 px,
  slowly zoomed) to a group photo or a gathering (faces 20-160 px), film grain and a vignette, the
  title in big type, the people in it (22-40 px faces);
- a capture mid-transition between two other screens of this set: a fade-through, or a push (the
  old screen slid a third as far and dimmed to 74-96 %, a shadow by the new one's edge);
- a conference app's "meet attendees": a deck of attendee cards (portraits, faces 90-260 px, or
  snapshots, 40-140 px) fanned 2-8 degrees, the top one turned 4-14 degrees and pushed aside under a
  CONNECT or SKIP stamp, people here now (20-30 px faces), speakers (28-44 px), connections
  (18-24 px);
- a race photos finder: the chosen photo (runners or a crowd, faces 30-200 px) and the photos found
  (runners, faces 18-60 px) under a proof's watermark (a word in turned rows, 25-45 % white), bib
  chips and ticks over their corners;
- a creator's membership page: a banner (faces 20-80 px or a thing), the creator's 80-140 px face
  in a white ring, tiers, posts open (faces 20-120 px) or locked (blurred, no face counted), "liked
  by" stacks of 18-24 px faces;
- an incoming group call: the caller's contact poster (faces 200-800 px) under the name in huge
  type, or a round photo (faces 90-200 px) on the photo blurred beyond knowing; the others on the
  call (18-26 px faces); frosted round buttons and a frosted slide-to-answer track over the picture;
- a parental-controls app at bedtime, always under the night light (and dimmed on some): one's own
  22-30 px face, children's cards (40-90 px faces in a ring of today's use, who can see: 18-24 px),
  requests for more time (28-40 px), the family (18-26 px);
- a retro film camera app: the last shot as a print (faces 40-300 px, or a thing) under a light
  leak, grain and a vignette with an orange date stamp over it, then film strips of frames (faces
  16-50 px, grainy; the developing ones under a grey fog) run past the right edge;
- a barber's booking page: the barbers' round photos (faces 36-64 px), the chosen one's portfolio
  of head crops (faces 100-160 px cut by the tiles' edges, BEFORE and AFTER over the hair of the
  first pair), time slots, reviews (20-28 px faces; photos with 18-40 px faces on some).
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. The night
light, low brightness, dissolves, the push's dimming and shadow, grain, vignettes, light leaks,
watermarks, fogs, gradients and motion blur leave the faces under them counted, warmer, darker,
fainter, noisier, lighter or smeared; frosted glass, a locked post's blur, emoji, stamps, chips,
labels, badges and type take the pixels they cover. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,251 faces (828 under 32 px, 248 of 32-63, 94 of 64-127,
81 larger; 934 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things on cards, prints, posters and film); ``reps=1`` a quarter (18
screens with 331 faces: 243, 48, 20 and 20 by size, 267 under 40 px; 13 face-free). Every layout but
the attendees' deck and the transition (27 and 17 faces a screen on average at 4 reps; a transition
holds two screens) is drawn twice a round. Counted by running the generator alone (no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout14 as H14
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import pill, small, stars
from heldout6 import off
from heldout7 import header
from heldout11 import INK, gathering, offscreen, paste_photo, portrait, snapshot, turned, unlift
from heldout13 import new_screen_for
from heldout14 import chips

HELDOUT15_SEED = 15151
ORANGE: Colour = (40, 140, 250)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def umbrellas(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Beach umbrellas seen from above on sand: discs of alternating coloured segments, a pole's dot
    at the middle, towels beside some."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (150, 205, 230), (120, 180, 215))
    for _ in range(rng.randrange(1, 5)):
        r = max(4, round(min(w, h) * rng.uniform(0.15, 0.35)))
        c = (rng.randrange(w), rng.randrange(h))
        if rng.random() < 0.5:
            x, y = c[0] + r // 2, c[1] - r // 3
            cv2.rectangle(img, (x, y), (x + r, y + r * 2), random_colour(rng, 60, 240), -1)
        colours = [random_colour(rng, 40, 250) for _ in range(2)]
        n = rng.choice((6, 8, 10))
        for k in range(n):
            cv2.ellipse(img, c, (r, r), 0, k * 360 / n, (k + 1) * 360 / n, colours[k % 2], -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 10), (235, 235, 235), -1, cv2.LINE_AA)
    return img


def sailboats(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Sailboats on a sea under a sky: triangular sails (white or striped), dark hulls, waves."""
    img = np.zeros((h, w, 3), np.uint8)
    sea = round(h * rng.uniform(0.45, 0.7))
    gradient(img, (0, 0, w, sea), (230, 200, 150), (245, 225, 200))
    gradient(img, (0, sea, w, h), (150, 110, 40), (110, 70, 20))
    for k in range(sea + 4, h, max(3, h // 30)):
        cv2.line(img, (0, k), (w, k + rng.randrange(-2, 3)), (170, 135, 70), 1)
    for _ in range(rng.randrange(1, 4)):
        s = max(4, round(min(w, h) * rng.uniform(0.15, 0.4)))
        x, y = rng.randrange(w), sea + rng.randrange(-s // 4, s // 3 + 1)
        sail = rng.choice(((245, 245, 245), random_colour(rng, 60, 240)))
        cv2.fillPoly(img, [np.array([[x, y - s], [x, y - 4], [x + s * 2 // 3, y - 4]], np.int32)], sail)
        cv2.fillPoly(
            img, [np.array([[x - 2, y - s * 4 // 5], [x - 2, y - 4], [x - s // 3, y - 4]], np.int32)], sail
        )
        cv2.line(img, (x, y - s), (x, y), (40, 40, 40), 1)
        hull = np.array(
            [[x - s // 2, y - 3], [x + s * 3 // 4, y - 3], [x + s // 2, y + s // 6], [x - s // 3, y + s // 6]]
        )
        cv2.fillPoly(img, [hull.astype(np.int32)], random_colour(rng, 20, 120), cv2.LINE_AA)
    return img


def candles(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Candles of different heights on a dark table: wax pillars, a wick, a teardrop flame and its
    warm glow."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (30, 30, 40), (50, 60, 80))
    n = rng.randrange(1, 5)
    for k in range(n):
        cw = max(3, round(w / n * rng.uniform(0.3, 0.55)))
        x = round((k + 0.5) * w / n) - cw // 2
        top = round(h * rng.uniform(0.3, 0.7))
        glow = np.zeros((h, w), np.float32)
        cv2.circle(glow, (x + cw // 2, top - cw // 2), max(3, cw), 0.5, -1)
        glow = blurred(glow, max(1.0, cw / 2))[:, :, None]
        img[:] = np.clip(img + glow * np.array((90, 190, 255), np.float32), 0, 255).astype(np.uint8)
        cv2.rectangle(img, (x, top), (x + cw, h), random_colour(rng, 150, 250), -1)
        cv2.line(img, (x + cw // 2, top), (x + cw // 2, top - max(2, cw // 5)), (30, 30, 30), 1)
        fh = max(3, cw * 2 // 3)
        c = (x + cw // 2, top - max(2, cw // 5) - fh // 2)
        cv2.ellipse(img, c, (max(1, cw // 5), fh // 2), 0, 0, 360, (120, 220, 255), -1, cv2.LINE_AA)
    return img


def tiles(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wall of glazed tiles: squares in two to four colours with grout between, diagonals or
    quarter circles on some."""
    grout = random_colour(rng, 180, 240)
    img = np.full((h, w, 3), grout, np.uint8)
    side = max(4, round(min(w, h) * rng.uniform(0.12, 0.3)))
    colours = [random_colour(rng, 30, 240) for _ in range(rng.randrange(2, 5))]
    for y in range(0, h, side):
        for x in range(0, w, side):
            col = rng.choice(colours)
            cv2.rectangle(img, (x + 1, y + 1), (x + side - 2, y + side - 2), col, -1)
            pattern = rng.randrange(3)
            if pattern == 1:
                cv2.line(img, (x + 1, y + 1), (x + side - 2, y + side - 2), tone(col, 50), max(1, side // 10))
            elif pattern == 2:
                cv2.ellipse(img, (x, y), (side // 2, side // 2), 0, 0, 90, tone(col, -50), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (umbrellas, sailboats, candles, tiles)


@dataclass
class Cast(H14.Cast):
    """heldout14's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h15-, whose drawn things are this set's: beach umbrellas from above, sailboats,
    candles, glazed tiles."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h15-" + super().kind(layout).removeprefix("h14-")


# ----------------------------------------------------------------------------------------------
# Staging: frosted glass, night light and low brightness, film grain, light leaks, watermarks,
# cross-fades, emoji.
# ----------------------------------------------------------------------------------------------


def blurred(part: np.ndarray, sigma: float) -> np.ndarray:
    """``part`` under a Gaussian blur of ``sigma`` px, done on a copy shrunk by up to sigma / 4 (the
    same look as a full blur, fast enough for whole screens)."""
    h, w = part.shape[:2]
    f = max(1.0, min(sigma / 4, w / 8, h / 8))
    if f == 1.0:
        return cv2.GaussianBlur(part, (0, 0), sigma)
    tiny = cv2.resize(part, (max(1, round(w / f)), max(1, round(h / f))), interpolation=cv2.INTER_AREA)
    return cv2.resize(cv2.GaussianBlur(tiny, (0, 0), sigma / f), (w, h), interpolation=cv2.INTER_LINEAR)


def frosted(
    s: Screen,
    rect: tuple[int, int, int, int],
    tint: Colour,
    alpha: float,
    sigma: float,
    m: np.ndarray | None = None,
) -> None:
    """Frosted glass over ``rect`` (where mask ``m`` is set): what is under it blurred by ``sigma``
    and washed with ``tint`` by ``alpha``. Drawn as new pixels: a face under the glass is not seen
    there any more (one left with under half of its box outside the glass is not counted)."""
    x1, y1, x2, y2 = max(0, rect[0]), max(0, rect[1]), min(W, rect[2]), min(H, rect[3])
    if x2 <= x1 or y2 <= y1:
        return
    part = s.img[y1:y2, x1:x2]
    glass = blurred(part, sigma).astype(np.float32) * (1 - alpha)
    glass = (glass + np.array(tint, np.float32) * alpha).astype(np.uint8)
    if m is not None:
        mm = m[y1 - rect[1] : y2 - rect[1], x1 - rect[0] : x2 - rect[0], None] > 0
        glass = np.where(mm, glass, part)
    s.img[y1:y2, x1:x2] = glass


def night_light(strength: float) -> Callable[[np.ndarray], np.ndarray]:
    """A phone's night light (for ``heldout10.redrawn`` over the whole screen): blue cut by up to
    60 %, green by up to 20 %, red kept, by ``strength`` in [0, 1]; faces under it stay counted,
    warmer."""
    k = np.array((1 - 0.6 * strength, 1 - 0.2 * strength, 1.0), np.float32)
    return lambda part: np.clip(part * k, 0, 255).astype(np.uint8)


def dimmed(level: float) -> Callable[[np.ndarray], np.ndarray]:
    """A screen at low brightness, or a screen sliding away (for ``heldout10.redrawn``): every
    pixel times ``level``; faces under it stay counted, darker."""
    return lambda part: (part.astype(np.float32) * level).astype(np.uint8)


def grain(rng: random.Random, sigma: float, vignette: float) -> Callable[[np.ndarray], np.ndarray]:
    """Film grain and a vignette (for ``heldout10.redrawn``): luminance noise of ``sigma`` levels and
    the corners darkened by ``vignette`` of their brightness; faces under it stay counted."""
    noise = np.random.default_rng(rng.randrange(2**32))

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        r2 = ((np.arange(h, dtype=np.float32) / max(1, h) - 0.5) ** 2)[:, None] * 2
        r2 = r2 + ((np.arange(w, dtype=np.float32) / max(1, w) - 0.5) ** 2)[None, :] * 2
        k = 1 - vignette * r2 * np.sqrt(r2)
        grains = noise.standard_normal((h, w), dtype=np.float32) * sigma
        out = part.astype(np.float32) * k[:, :, None] + grains[:, :, None]
        return np.clip(out, 0, 255).astype(np.uint8)

    return fn


def light_leak(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A film camera's light leak over a w x h picture (for ``heldout10.redrawn``): a soft blob of
    orange, red or yellow light, 35-65 % at its heart, coming in from one edge; faces under it stay
    counted, washed with it."""
    sw, sh = max(2, w // 8), max(2, h // 8)
    alpha = np.zeros((sh, sw), np.float32)
    c = (
        (rng.choice((0, sw)), rng.randrange(sh))
        if rng.random() < 0.6
        else (rng.randrange(sw), rng.choice((0, sh)))
    )
    r = max(2, round(max(sw, sh) * rng.uniform(0.3, 0.6)))
    cv2.circle(alpha, c, r, rng.uniform(0.35, 0.65), -1)
    alpha = cv2.resize(cv2.GaussianBlur(alpha, (0, 0), r / 2), (w, h), interpolation=cv2.INTER_LINEAR)[
        :, :, None
    ]
    colour = np.array(rng.choice(((40, 130, 250), (60, 60, 240), (80, 210, 250))), np.float32)
    return lambda part: (part * (1 - alpha) + colour * alpha).astype(np.uint8)


def watermark(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A proof's watermark over a w x h picture (for ``heldout10.redrawn``): a word in white
    capitals repeated in rows turned 20-35 degrees, 25-45 % opaque; faces under it stay counted,
    lighter where the letters cross them."""
    text = rng.choice(("PROOF", "PREVIEW", "SAMPLE", "RACEPIX"))
    scale, a = rng.uniform(0.9, 1.6), rng.uniform(0.25, 0.45)
    side = math.ceil(math.hypot(w, h)) + 2
    m = np.zeros((side, side), np.float32)
    (tw, th), _ = cv2.getTextSize(text + " ", cv2.FONT_HERSHEY_DUPLEX, scale, 2)
    for k, y in enumerate(range(th, side, round(th * 3.2))):
        for x in range(-(k % 2) * tw // 2, side, tw):
            cv2.putText(m, text, (x, y), cv2.FONT_HERSHEY_DUPLEX, scale, 1.0, 2, cv2.LINE_AA)
    rot = cv2.getRotationMatrix2D((side / 2, side / 2), rng.uniform(20, 35), 1.0)
    m = cv2.warpAffine(m, rot, (side, side))
    oy, ox = (side - h) // 2, (side - w) // 2
    mm = (m[oy : oy + h, ox : ox + w] * a)[:, :, None]
    return lambda part: (part * (1 - mm) + 255 * mm).astype(np.uint8)


def crossfade(
    a: np.ndarray, fa: Sequence[BoxF], b: np.ndarray, fb: Sequence[BoxF], t: float
) -> tuple[np.ndarray, list[BoxF]]:
    """Two pictures of one size mid-dissolve: ``a`` at ``t``, ``b`` at 1 - ``t`` (both between 0.3
    and 0.7), the faces of both counted (each still at least 30 % opaque)."""
    assert 0.3 <= t <= 0.7 and a.shape == b.shape
    out = a.astype(np.float32) * t + b.astype(np.float32) * (1 - t)
    return out.astype(np.uint8), [*fa, *fb]


def zoomed(
    piece: np.ndarray, faces: Sequence[BoxF], k: float, fx: float, fy: float
) -> tuple[np.ndarray, list[BoxF]]:
    """``piece`` zoomed ``k`` times (a slideshow's slow zoom) about the point at ``fx``, ``fy`` of its
    width and height, cut back to its size, its faces along (a face cut by the edge stays while half
    of it shows, as ``C._crop`` keeps it)."""
    h, w = piece.shape[:2]
    big = cv2.resize(piece, (round(w * k), round(h * k)), interpolation=cv2.INTER_LINEAR)
    moved = [(a * k, b * k, c * k, d * k) for a, b, c, d in faces]
    x, y = round((big.shape[1] - w) * fx), round((big.shape[0] - h) * fy)
    return C._crop(big, moved, x, y, w, h, 0.5)


EMOJI = ("heart", "fire", "thumbs", "star", "hundred")


def emoji(img: np.ndarray, c: tuple[int, int], r: int, kind: str) -> None:
    """A reaction emoji of radius about ``r`` at ``c``, opaque (it takes the pixels it covers): a
    heart, a flame, a thumbs up, a star or a red "100"; none has a face."""
    x, y = c
    if kind == "heart":
        heart(img, c, r, RED)
    elif kind == "fire":
        cv2.ellipse(img, (x, y + r // 4), (r * 3 // 4, r * 3 // 4), 0, 0, 360, (30, 90, 240), -1, cv2.LINE_AA)
        tip = np.array([[x - r * 3 // 4, y + r // 4], [x + r * 3 // 4, y + r // 4], [x + r // 5, y - r]])
        cv2.fillPoly(img, [tip.astype(np.int32)], (30, 90, 240), cv2.LINE_AA)
        cv2.ellipse(img, (x, y + r // 3), (r // 3, r // 2), 0, 0, 360, (60, 210, 250), -1, cv2.LINE_AA)
    elif kind == "thumbs":
        cv2.rectangle(img, (x - r * 3 // 4, y - r // 6), (x + r * 2 // 3, y + r * 3 // 4), GOLD, -1)
        cv2.ellipse(img, (x - r // 6, y - r // 3), (r // 4, r * 2 // 3), -20, 0, 360, GOLD, -1, cv2.LINE_AA)
        cv2.rectangle(img, (x - r, y - r // 8), (x - r * 3 // 4, y + r * 3 // 4), (30, 120, 200), -1)
    elif kind == "star":
        stars(img, x - r, y, r, 1, GOLD, GOLD)
    else:
        cv2.putText(
            img, "100", (x - r, y + r // 3), cv2.FONT_HERSHEY_DUPLEX, r / 22, RED, max(2, r // 8), cv2.LINE_AA
        )
        cv2.line(img, (x - r, y + r // 2), (x + r, y + r // 2), RED, max(2, r // 8))


def stamp(img: np.ndarray, c: tuple[int, int], text: str, colour: Colour, angle: float, scale: float) -> None:
    """A swipe's stamp over a card: ``text`` in capitals in a frame, turned by ``angle`` degrees,
    opaque strokes of ``colour`` centred at ``c``."""
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, scale, 5)
    pad = max(10, th // 2)
    m = np.zeros((th + 2 * pad, tw + 2 * pad, 3), np.uint8)
    cv2.rectangle(m, (3, 3), (m.shape[1] - 4, m.shape[0] - 4), (255, 255, 255), max(4, th // 6))
    cv2.putText(m, text, (pad, pad + th), cv2.FONT_HERSHEY_DUPLEX, scale, (255, 255, 255), 5, cv2.LINE_AA)
    out, _, _ = turned(m, [], angle)
    mm = (out[:, :, 0] > 127).astype(np.uint8) * 255
    fill(img, mm, c[0] - out.shape[1] // 2, c[1] - out.shape[0] // 2, colour)


def capture(s: Screen, rng: random.Random) -> None:
    """How the phone showed the finished screen: on 12 % under the night light (strength 0.4-1),
    on 12 % at low brightness (35-65 %), else as drawn; faces under either stay counted."""
    pick = rng.random()
    if pick < 0.12:
        H10.redrawn(s, (0, 0, W, H), night_light(rng.uniform(0.4, 1.0)))
    elif pick < 0.24:
        H10.redrawn(s, (0, 0, W, H), dimmed(rng.uniform(0.35, 0.65)))


def clock(s: Screen, rng: random.Random, ink: Colour | None = None) -> None:
    """The status bar's clock drawn again over what went under it."""
    C.draw_clock(s.img, f"{rng.randrange(0, 24)}:{rng.randrange(0, 60):02d}", ink)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


FROST_TOP = (190, 260)  # the neighbourhood feed's frosted header: its height under the status bar


def neighbourhood(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood app's feed caught mid-fling: posts (the neighbour's 24-36 px face or
    initials, the street, text, a photo of people with faces 16-80 px or a thing, reaction emoji
    over the photo, over a face's part on some, a "thanked by" stack of 18-24 px faces) under a
    vertical motion blur of 5-16 px (faces stay counted, smeared), then a frosted header (the
    content under it blurred and washed: faces there not counted) with a search field and chips,
    and a frosted tab bar over the feed's foot."""
    s = new_screen_for(rng, name, cast.kind("neighbours"))
    img, page = s.img, s.bg
    head = STATUS_H + rng.randrange(*FROST_TOP)
    tabs = H - NAV_H - 130
    y = STATUS_H + rng.randrange(-260, 60)
    while y < H - NAV_H:
        fp, side = _size(rng, 24, small(rng, 25, 36), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 - 4, 0.6, 2)
        s.words(rng, 50 + side, y + side // 2 + 26, 0.45, 3, GREY)
        y = _text_lines(s, rng, 30, y + side + 40, rng.randrange(1, 4)) + 6
        if rng.random() < 0.75:
            ph = rng.randrange(300, 520)
            piece, faces = snapshot(cast, W - 8 - 60, ph, 16, 80, 0.85)
            paste_photo(cast, s, piece, faces, 30, y)
            for _ in range(rng.randrange(0, 3)):
                r = rng.randrange(22, 44)
                emoji(img, (rng.randrange(60, W - 80), y + rng.randrange(r, ph - r)), r, rng.choice(EMOJI))
            y += ph + 16
        emoji(img, (50, y + 22), 18, rng.choice(EMOJI))
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(s, 84, y + 22 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        s.words(rng, end + 14, y + 30, 0.45, 3, GREY)
        y += 60
        cv2.line(img, (0, y), (W - 8, y), off(page, 25), 8)
        y += 30
    H10.redrawn(s, (0, STATUS_H, W - 8, H - NAV_H), H10.motion_blur(rng.randrange(5, 17), 90))
    glass = tone(page, -8 if sum(page) > 384 else 8)
    frosted(s, (0, 0, W - 8, head), glass, rng.uniform(0.35, 0.6), rng.uniform(12, 22))
    frosted(s, (0, tabs, W - 8, H - NAV_H), glass, rng.uniform(0.35, 0.6), rng.uniform(12, 22))
    clock(s, rng, s.fg)
    s.words(rng, 30, STATUS_H + 56, 0.9, 1)
    pill(img, 30, STATUS_H + 80, W - 8 - 60, 56, off(glass, 20))
    s.words(rng, 70, STATUS_H + 118, 0.5, 2, GREY)
    if head - STATUS_H > 210:
        chips(s, rng, STATUS_H + 150, 4, 170, rng.randrange(4))
    for k in range(5):
        cv2.circle(img, (110 + k * 215, tabs + 52), 22, s.accent if k == 0 else GREY, 3, cv2.LINE_AA)
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def people_row(cast: Cast, s: Screen, rng: random.Random, y: int, lo: float, hi: float, ink: Colour) -> int:
    """A row of round faces (``lo``-``hi`` px) with a name under each, from the left; returns the y
    under it."""
    fp, side = _size(rng, lo, hi, (1.15, 1.35))
    x = 40
    for _ in range(rng.randrange(3, 7)):
        if x + side > W - 8 - 20:
            break
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        s.words(rng, x, y + side + 28, 0.45, 1, ink)
        x += side + 30
    return y + side + 44


def memory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photos app playing a memory: the frame mid-dissolve from one photo to the next (a held-out
    photo covering the frame or a portrait, faces 60-600 px, slowly zoomed; a group photo or a
    gathering, faces 20-160 px; both at 30-70 %, the faces of both counted), film grain and a
    vignette over it, the segments of the memory's progress, its title in big type over the lower
    part (over a chin on some), a gradient to the foot, the people in it (22-40 px faces), a pause
    button and the song's chip."""
    s = Screen.new(rng, name, cast.kind("memory"), "dark")
    img = s.img
    w, bottom = W - 8, H - NAV_H

    def still(sc: Screen) -> None:
        H12.full_frame(cast, sc, (0, 0, w, bottom), small(rng, 60, 600), 0.5)

    a, fa = zoomed(*offscreen(w, bottom, still), rng.uniform(1.0, 1.15), rng.random(), rng.random())
    if rng.random() < 0.5:
        b, fb = snapshot(cast, w, bottom, 20, 160, 0.9)
    else:
        b, fb = offscreen(w, bottom, still)
    paste_photo(cast, s, *crossfade(a, fa, b, fb, rng.uniform(0.3, 0.7)), 0, 0)
    H10.redrawn(s, (0, 0, w, bottom), grain(rng, rng.uniform(5, 16), rng.uniform(0.2, 0.55)))
    n = rng.randrange(4, 12)
    at = rng.randrange(n)
    seg = (w - 60 - 8 * (n - 1)) / n
    for k in range(n):
        x = round(30 + k * (seg + 8))
        cv2.rectangle(
            img, (x, STATUS_H + 10), (round(x + seg), STATUS_H + 16), WHITE if k <= at else GREY, -1
        )
    clock(s, rng, WHITE)
    ramp_top = bottom - 520
    ramp = np.linspace(1.0, 0.3, bottom - ramp_top, dtype=np.float32)[:, None, None]
    H10.redrawn(s, (0, ramp_top, w, bottom), lambda part: (part * ramp).astype(np.uint8))
    ty = round(H * rng.uniform(0.55, 0.66))
    for k in range(rng.randrange(1, 3)):
        cv2.putText(
            img,
            H5.shout(rng)[:12],
            (50, ty + k * 90),
            cv2.FONT_HERSHEY_DUPLEX,
            rng.uniform(1.8, 2.4),
            WHITE,
            5,
            cv2.LINE_AA,
        )
    s.words(rng, 54, ty + 150, 0.7, 3, (220, 220, 220))
    people_row(cast, s, rng, bottom - 330, 22, small(rng, 23, 40), WHITE)
    pill(img, 40, bottom - 110, 420, 64, (60, 60, 64))
    s.words(rng, 80, bottom - 68, 0.55, 3, WHITE)
    cv2.circle(img, (w - 90, bottom - 78), 44, WHITE, -1, cv2.LINE_AA)
    for d in (-12, 12):
        cv2.rectangle(img, (w - 90 + d - 5, bottom - 96), (w - 90 + d + 5, bottom - 60), INK, -1)
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def app_area(comp: Composite) -> tuple[np.ndarray, list[BoxF]]:
    """A finished screen's app area (between the status and the navigation bars), unlifted, with
    its faces moved along."""
    piece = unlift(comp.image[STATUS_H : H - NAV_H, : W - 8])
    return piece, [(a, b - STATUS_H, c, d - STATUS_H) for a, b, c, d in comp.faces]


def push(
    cast: Cast,
    s: Screen,
    old: tuple[np.ndarray, Sequence[BoxF]],
    new: tuple[np.ndarray, Sequence[BoxF]],
    p: float,
) -> None:
    """A push ``p`` of the way through, over the app area: the ``new`` picture's left edge at 1 - p
    of the width, the ``old`` one slid p / 3 of the width left and dimmed to 1 - 0.3 p, a 40 px
    shadow (to 55 %) on it by the new one's edge; faces cut by an edge count while half shows."""
    w = W - 8
    xn = round((1 - p) * w)
    paste_photo(cast, s, *old, -round(p * w / 3), STATUS_H)
    H10.redrawn(s, (0, STATUS_H, xn, H - NAV_H), dimmed(1 - 0.3 * p))
    edge = min(40, xn)
    if edge > 0:
        ramp = np.linspace(1.0, 0.55, edge, dtype=np.float32)[None, :, None]
        H10.redrawn(s, (xn - edge, STATUS_H, xn, H - NAV_H), lambda part: (part * ramp).astype(np.uint8))
    paste_photo(cast, s, *new, xn, STATUS_H)


def transition(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A capture mid-transition between two screens of this set (``INNER``, their app areas): a
    fade-through (the old at 30-70 %, the new at the rest; the faces of both counted) or a push (the
    new screen sliding in from the right over the old, which slides a third as far left and dims
    to 74-96 %, a shadow on it by the new one's edge; faces cut by an edge count while half shows)."""
    s = Screen.new(rng, name, cast.kind("transition"), rng.choice(("light", "dark")))
    old = app_area(rng.choice(INNER)(cast, rng, "inner"))
    new = app_area(rng.choice(INNER)(cast, rng, "inner"))
    if rng.random() < 0.5:
        paste_photo(cast, s, *crossfade(*old, *new, rng.uniform(0.3, 0.7)), 0, STATUS_H)
    else:
        push(cast, s, old, new, rng.uniform(0.15, 0.85))
    H5.nav_bar(s)
    return s.finish()


def attendee_card(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """An attendee's card w x h: a studio portrait (faces 90-260 px) or a snapshot of them with
    others (faces 40-140 px) over most of it, then the name, the role, the company's drawn logo and
    interest chips."""

    def draw(sc: Screen) -> None:
        sc.img[:] = rng.choice(((250, 250, 250), (40, 40, 44)))
        ph = round(h * rng.uniform(0.62, 0.74))
        if rng.random() < 0.7:
            paste_photo(cast, sc, *portrait(cast, w, ph, small(rng, 90, min(260, w * 0.45))), 0, 0)
        else:
            paste_photo(cast, sc, *snapshot(cast, w, ph, 40, 140, 1.0), 0, 0)
        ink = INK if int(sc.img[-2, -2].sum()) > 384 else WHITE
        sc.words(rng, 30, ph + 56, 1.0, 2, ink)
        sc.words(rng, 30, ph + 100, 0.6, 3, GREY)
        H8.logo(sc.img, rng, w - 110, ph + 30, 80)
        for k in range(3):
            pill(sc.img, 30 + k * 190, ph + 130, 170, 46, random_colour(rng, 60, 220))

    return offscreen(w, h, draw)


def attendees(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A conference app's "meet attendees": day chips, a deck of attendee cards (``attendee_card``:
    faces 90-260 px) fanned 2-8 degrees behind the top card, which is mid-swipe: turned 4-14 degrees
    and pushed aside (cut by the screen's edge on some) under a CONNECT or SKIP stamp; skip and
    connect buttons, then today's speakers (28-44 px faces, initials on some) with session times,
    one's connections as a stack of 18-24 px faces."""
    s = new_screen_for(rng, name, cast.kind("attendees"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    chips(s, rng, STATUS_H + 100, 3, 200, rng.randrange(3))
    y = STATUS_H + 190
    cw, ch = rng.randrange(640, 760), rng.randrange(860, 980)
    cx = (W - 8) // 2
    for k, angle in enumerate((rng.uniform(3, 8), -rng.uniform(2, 6))):
        out, boxes, where = turned(*attendee_card(cast, rng, cw, ch), angle)
        paste_photo(
            cast, s, out, boxes, cx - out.shape[1] // 2, y + 20 - 10 * k - (out.shape[0] - ch) // 2, where
        )
    side = rng.choice((-1, 1))
    angle = -side * rng.uniform(4, 14)
    out, boxes, where = turned(*attendee_card(cast, rng, cw, ch), angle)
    dx = side * rng.randrange(30, 300)
    x0, y0 = cx + dx - out.shape[1] // 2, y - (out.shape[0] - ch) // 2
    paste_photo(cast, s, out, boxes, x0, y0, where)
    yes = side > 0
    stamp(
        img,
        (x0 + out.shape[1] // 2 - side * cw // 4, y0 + round(ch * rng.uniform(0.12, 0.35))),
        "CONNECT" if yes else "SKIP",
        GREEN if yes else RED,
        angle + side * 10,
        rng.uniform(1.6, 2.4),
    )
    y += ch + 40
    for k, (mark, colour) in enumerate((("x", RED), ("check", GREEN))):
        badge(img, (cx - 150 + k * 300, y + 40), 50, colour, mark, WHITE)
    y += 120
    s.words(rng, 30, y + 20, 0.6, 2)  # here now: a row of small faces
    y += 40
    fp, sd = _size(rng, 20, small(rng, 21, 30), (1.1, 1.25))
    for x in range(30, W - 8 - sd, sd + 24):
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), sd, "circle")
        if rng.random() < 0.25:
            badge(img, (x + sd - 6, y + sd - 6), 8, GREEN, "", page)
    y += sd + 40
    s.words(rng, 30, y + 20, 0.7, 2)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    cast.stack(s, W - 8 - 300, y - 6, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
    y += 60
    while y + 80 < H - NAV_H:
        fp, side_px = _size(rng, 28, small(rng, 29, 44), (1.1, 1.3))
        cast.person(s, 30, y, fp, side_px)
        s.words(rng, 50 + side_px, y + 24, 0.55, 3)
        s.words(rng, 50 + side_px, y + 54, 0.45, 2, GREY)
        pill(img, W - 200, y + 8, 150, 44, off(page, 25))
        y += max(side_px, 64) + 26
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def race_photos(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A race photos finder: the event's banner and a bib search, the chosen photo big (runners
    standing or a crowd at the finish, faces 30-200 px) under a proof's watermark (``watermark``:
    turned rows of a word, 25-45 % white; faces counted), price and buy buttons, then the photos
    found in three columns (runners, faces 18-60 px, watermarked too), a bib chip over each one's
    corner and a tick over the picked ones, cut by the navigation bar."""
    s = new_screen_for(rng, name, cast.kind("racephotos"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    y = STATUS_H + 100
    pill(img, 30, y, W - 8 - 60, 64, off(page, 20))
    cv2.putText(
        img,
        f"BIB {rng.randrange(100, 9999)}",
        (70, y + 44),
        cv2.FONT_HERSHEY_DUPLEX,
        0.8,
        s.fg,
        2,
        cv2.LINE_AA,
    )
    y += 90
    pw, ph = W - 8 - 60, rng.randrange(520, 680)

    def runners(w: int, h: int, lo: float, hi: float) -> tuple[np.ndarray, list[BoxF]]:
        if rng.random() < 0.6:
            return gathering(
                cast, w, h, lo, hi, rng.randrange(1, 3), rng.randrange(1, 4), (1.6, 2.6), rng.uniform(0, 0.3)
            )
        return snapshot(cast, w, h, lo, hi, 0.9)

    paste_photo(cast, s, *runners(pw, ph, 30, small(rng, 40, 200)), 30, y)
    H10.redrawn(s, (30, y, 30 + pw, y + ph), watermark(rng, pw, ph))
    y += ph + 24
    cv2.putText(
        img, f"${rng.randrange(5, 40)}.99", (30, y + 40), cv2.FONT_HERSHEY_DUPLEX, 1.1, s.fg, 2, cv2.LINE_AA
    )
    pill(img, W - 8 - 360, y, 330, 64, s.accent)
    s.words(rng, W - 8 - 320, y + 42, 0.6, 2, WHITE)
    y += 100
    cols = 3
    t = (W - 8 - 40 - 16 * (cols - 1)) // cols
    th = round(t * rng.uniform(1.0, 1.3))
    while y + 60 < H - NAV_H:
        for j in range(cols):
            x = 20 + j * (t + 16)
            hh = min(th, H - NAV_H - y)
            piece, faces = runners(t, th, 18.3, small(rng, 20, 60))
            paste_photo(cast, s, piece[:hh], faces, x, y)
            H10.redrawn(s, (x, y, x + t, y + hh), watermark(rng, t, hh))
            pill(img, x + 8, y + 8, 110, 36, (30, 30, 30))
            cv2.putText(
                img, str(rng.randrange(100, 9999)), (x + 24, y + 34), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2
            )
            if rng.random() < 0.3:
                badge(img, (x + t - 30, y + 30), 20, s.accent, "check", WHITE)
        y += th + 16
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def locked_post(cast: Cast, rng: random.Random, w: int, h: int) -> np.ndarray:
    """A members-only post's preview w x h: a photo (of people on most) blurred beyond knowing
    (sigma 14-26) and darkened; no face of it counts."""
    piece, _ = snapshot(cast, w, h, 30, 160, 0.8)
    return (blurred(piece, rng.uniform(14, 26)) * rng.uniform(0.6, 0.85)).astype(np.uint8)


def creator(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A creator's membership page: a banner (people with 20-80 px faces, or a thing), the creator's
    80-140 px face in a white ring over its lower edge, the name and members, a join pill, tiers as
    cards cut by the right edge, then posts: the creator's 24-32 px face, a title, an open photo
    (faces 20-120 px) or a locked one (``locked_post``: blurred, no face counted) under a lock pill,
    a heart and a "liked by" stack of 18-24 px faces."""
    s = new_screen_for(rng, name, cast.kind("creator"))
    img, page = s.img, s.bg
    bh = rng.randrange(300, 380)
    paste_photo(cast, s, *snapshot(cast, W - 8, bh, 20, 80, 0.5), 0, STATUS_H)
    fp, side = _size(rng, 80, small(rng, 81, 140), (1.15, 1.3))
    y = STATUS_H + bh - side // 2
    cast.avatar(s, 40, y, fp, side, "circle", WHITE)
    s.words(rng, 60 + side, STATUS_H + bh + 50, 0.9, 2)
    s.words(rng, 60 + side, STATUS_H + bh + 90, 0.5, 3, GREY)
    y += side + 30
    pill(img, 30, y, W - 8 - 60, 70, s.accent)
    s.words(rng, 400, y + 46, 0.7, 2, WHITE)
    y += 100
    x = 30
    tw, th = rng.randrange(300, 380), rng.randrange(240, 300)
    while x < W - 8:
        fill(img, rounded_rect(th, tw, 20), x, y, off(page, 16))
        cast.thing(s, x, y, tw, th // 2)
        s.words(rng, x + 20, y + th // 2 + 50, 0.6, 2)
        s.words(rng, x + 20, y + th // 2 + 90, 0.5, 1, s.accent)
        x += tw + 20
    y += th + 40
    while y + 200 < H - NAV_H:
        fp, sd = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
        cast.avatar(s, 30, y, fp, sd, "circle")
        s.words(rng, 46 + sd, y + sd // 2 + 8, 0.6, 4)
        y += sd + 16
        ph = min(rng.randrange(320, 520), H - NAV_H - y)
        if rng.random() < 0.5:
            blit(img, locked_post(cast, rng, W - 8 - 60, ph), 30, y)
            pill(img, (W - 8) // 2 - 150, y + ph // 2 - 34, 300, 68, (30, 30, 30))
            s.words(rng, (W - 8) // 2 - 110, y + ph // 2 + 10, 0.6, 2, WHITE)
        else:
            paste_photo(cast, s, *snapshot(cast, W - 8 - 60, ph, 20, 120, 0.85), 30, y)
        y += ph + 16
        if y + 40 > H - NAV_H:
            break
        heart(img, (50, y + 20), 16, RED)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        cast.stack(s, 90, y + 20 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        y += 70
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def incoming_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An incoming group call: the caller's contact poster (a photo full screen, faces 200-800 px,
    the name in huge type over its top) or, on half, the photo blurred beyond knowing as the
    backdrop (no face counted there) with the caller's round photo (faces 90-200 px) in it; the
    others on the call as a stack of 18-26 px faces; frosted round buttons (remind, message) and a
    frosted slide-to-answer track over the picture's lower part (a face under the glass is not
    seen there), or red and green buttons."""
    s = Screen.new(rng, name, cast.kind("call"), "dark")
    img = s.img
    w, bottom = W - 8, H - NAV_H
    poster = rng.random() < 0.5
    if poster:
        H12.full_frame(cast, s, (0, 0, w, bottom), small(rng, 200, 800), 0.5)
        ty = STATUS_H + rng.randrange(140, 420)
        cv2.putText(
            img,
            H5.shout(rng)[:8],
            (40, ty),
            cv2.FONT_HERSHEY_DUPLEX,
            rng.uniform(2.6, 3.6),
            WHITE,
            8,
            cv2.LINE_AA,
        )
        y = ty + 60
    else:
        piece, _ = offscreen(w, bottom, lambda sc: H12.full_frame(cast, sc, (0, 0, w, bottom), 400.0, 0.5))
        blit(img, (blurred(piece, rng.uniform(30, 50)) * 0.7).astype(np.uint8), 0, 0)
        fp, side = _size(rng, 90, small(rng, 91, 200), (1.2, 1.4))
        cast.avatar(s, (w - side) // 2, STATUS_H + 160, fp, side, "circle")
        y = STATUS_H + 160 + side + 80
        cv2.putText(
            img, H5.shout(rng)[:10], (w // 2 - 220, y), cv2.FONT_HERSHEY_DUPLEX, 1.8, WHITE, 3, cv2.LINE_AA
        )
        y += 30
    s.words(rng, 44, y + 30, 0.7, 2, (220, 220, 220))
    fp, sd = _size(rng, 18.3, 26, (1.05, 1.2))
    end = cast.stack(s, 44, y + 56, rng.randrange(2, 5), fp, sd, round(sd * 0.7), (40, 40, 40))
    s.words(rng, end + 16, y + 56 + sd // 2 + 8, 0.55, 3, WHITE)
    clock(s, rng, WHITE)
    glass = (235, 235, 235) if rng.random() < 0.5 else (40, 40, 40)
    alpha, sigma = rng.uniform(0.25, 0.5), rng.uniform(14, 26)
    by = bottom - rng.randrange(380, 460)
    for k in range(2):
        c = (w // 2 + (2 * k - 1) * 280, by)
        r = 62
        frosted(
            s,
            (c[0] - r, c[1] - r, c[0] + r + 1, c[1] + r + 1),
            glass,
            alpha,
            sigma,
            C.shape_mask(2 * r + 1, "circle"),
        )
        cv2.circle(img, c, 18, WHITE, 3, cv2.LINE_AA)
    if rng.random() < 0.5:
        tw, th = w - 120, 130
        frosted(
            s,
            (60, bottom - 200, 60 + tw, bottom - 200 + th),
            glass,
            alpha,
            sigma,
            rounded_rect(th, tw, th // 2),
        )
        cv2.circle(img, (60 + th // 2, bottom - 200 + th // 2), th // 2 - 10, WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, (60 + th // 2, bottom - 200 + th // 2), 22, GREEN, -1, cv2.LINE_AA)
        s.words(rng, 60 + th + 60, bottom - 200 + th // 2 + 12, 0.8, 2, WHITE)
    else:
        for k, colour in enumerate((RED, GREEN)):
            cv2.circle(img, (w // 2 + (2 * k - 1) * 280, bottom - 170), 72, colour, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def screen_time(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A parental-controls app at bedtime, always under the night light (``night_light``, strength
    0.55-1, low brightness too on some; faces stay counted, warmer and darker): one's own 22-30 px
    face, the downtime card with a moon and a toggle, each child's card (a 40-90 px face in a ring
    of today's use, app usage bars with drawn logos), requests for more time (28-40 px faces,
    approve and deny pills), the family as a stack of 18-26 px faces."""
    s = new_screen_for(rng, name, cast.kind("screentime"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 0)
    fp, side = _size(rng, 22, 30, (1.1, 1.25))
    cast.avatar(s, W - 8 - 40 - side, STATUS_H + 50 - side // 2, fp, side, "circle")
    y = STATUS_H + 110
    card = off(page, 18)
    fill(img, rounded_rect(160, W - 8 - 60, 28), 30, y, card)
    cv2.circle(img, (110, y + 80), 44, GOLD, -1, cv2.LINE_AA)
    cv2.circle(img, (132, y + 64), 40, card, -1, cv2.LINE_AA)
    s.words(rng, 190, y + 70, 0.7, 2)
    s.words(rng, 190, y + 110, 0.5, 3, GREY)
    pill(img, W - 200, y + 56, 110, 50, s.accent)
    cv2.circle(img, (W - 118, y + 81), 20, WHITE, -1, cv2.LINE_AA)
    y += 190
    for _ in range(rng.randrange(2, 4)):
        ch = rng.randrange(280, 330)
        if y + ch > H - NAV_H - 200:
            break
        fill(img, rounded_rect(ch, W - 8 - 60, 28), 30, y, card)
        fp, side = _size(rng, 40, small(rng, 41, 90), (1.15, 1.3))
        c = (60 + 16 + side // 2, y + 40 + side // 2)
        cv2.circle(img, c, side // 2 + 14, off(card, 30), 8, cv2.LINE_AA)
        cv2.ellipse(
            img, c, (side // 2 + 14, side // 2 + 14), -90, 0, rng.randrange(40, 350), s.accent, 8, cv2.LINE_AA
        )
        cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
        tx = 130 + side
        s.words(rng, tx, y + 60, 0.7, 1)
        s.words(rng, tx, y + 96, 0.5, 2, GREY)
        for k in range(3):
            yy = y + 130 + k * 50
            H8.logo(img, rng, tx, yy, 40)
            cv2.rectangle(img, (tx + 56, yy + 14), (tx + 56 + rng.randrange(60, 400), yy + 26), s.accent, -1)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        cast.stack(s, W - 8 - 60 - 4 * sd, y + 30, rng.randrange(2, 4), fp, sd, round(sd * 0.7), card)
        y += ch + 24
    s.words(rng, 30, y + 30, 0.7, 2)
    y += 60
    while y + 80 < H - NAV_H - 90:  # requests
        fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 + 8, 0.5, 4)
        pill(img, W - 340, y + side // 2 - 24, 140, 48, GREEN)
        pill(img, W - 180, y + side // 2 - 24, 130, 48, off(card, 30))
        y += max(side, 56) + 28
    fp, sd = _size(rng, 18.3, 26, (1.05, 1.2))
    cast.stack(s, 30, H - NAV_H - sd - 30, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
    H5.nav_bar(s)
    H10.redrawn(s, (0, 0, W, H), night_light(rng.uniform(0.55, 1.0)))
    if rng.random() < 0.3:
        H10.redrawn(s, (0, 0, W, H), dimmed(rng.uniform(0.45, 0.75)))
    return s.finish()


def film_camera(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A retro film camera app: the shot count, the last shot as a print in a white frame (people
    with faces 40-300 px, or a thing) under a light leak (``light_leak``), film grain and a vignette
    (faces counted, washed and grainy), an orange date stamp over its lower right, the camera
    presets, then the roll: film strips with sprocket holes whose frames (faces 16-50 px, grainy)
    run past the right edge, the ones still developing under a grey fog (30-50 %, still counted),
    and the shutter."""
    s = Screen.new(rng, name, cast.kind("filmcam"), "dark")
    img = s.img
    cv2.putText(
        img,
        f"{rng.randrange(1, 36)}/36",
        (40, STATUS_H + 64),
        cv2.FONT_HERSHEY_DUPLEX,
        1.1,
        ORANGE,
        2,
        cv2.LINE_AA,
    )
    cv2.circle(img, (W - 80, STATUS_H + 50), 22, WHITE, 3, cv2.LINE_AA)
    y = STATUS_H + 110
    fw = rng.randrange(680, 840)
    pw = fw - 60
    ph = round(pw * rng.choice((1.0, 4 / 5, 3 / 4)))
    x = (W - 8 - fw) // 2
    cv2.rectangle(img, (x, y), (x + fw, y + ph + 150), (245, 245, 245), -1)
    if rng.random() < 0.5:
        piece, faces = portrait(cast, pw, ph, small(rng, 60, 300))
    else:
        piece, faces = snapshot(cast, pw, ph, 40, 160, 0.9)
    paste_photo(cast, s, piece, faces, x + 30, y + 30)
    rect = (x + 30, y + 30, x + 30 + pw, y + 30 + ph)
    H10.redrawn(s, rect, light_leak(rng, pw, ph))
    H10.redrawn(s, rect, grain(rng, rng.uniform(6, 18), rng.uniform(0.2, 0.5)))
    stamp_text = f"'{rng.randrange(80, 100)} {rng.randrange(1, 13)} {rng.randrange(1, 29)}"
    cv2.putText(
        img, stamp_text, (rect[2] - 260, rect[3] - 30), cv2.FONT_HERSHEY_SIMPLEX, 1.1, ORANGE, 3, cv2.LINE_AA
    )
    y += ph + 170
    for k in range(5):
        fill(img, rounded_rect(110, 150, 20), 30 + k * 180, y, (60, 60, 64) if k else ORANGE)
        cv2.circle(img, (105 + k * 180, y + 55), 30, (30, 30, 30), -1, cv2.LINE_AA)
    y += 140
    while y + 200 < H - NAV_H - 150:  # the roll
        sh = rng.randrange(180, 230)
        cv2.rectangle(img, (0, y), (W - 8, y + sh), (25, 25, 28), -1)
        for hx in range(10, W - 8, 40):
            for hy in (y + 8, y + sh - 22):
                cv2.rectangle(img, (hx, hy), (hx + 20, hy + 14), (200, 200, 200), -1)
        fh = sh - 60
        fwd = round(fh * 1.4)
        fx = -rng.randrange(0, fwd // 2)
        while fx < W - 8:
            piece, faces = snapshot(cast, fwd, fh, 16, small(rng, 20, 50), 0.9)
            paste_photo(cast, s, piece, faces, fx, y + 30)
            r = (max(0, fx), y + 30, min(W - 8, fx + fwd), y + 30 + fh)
            if r[2] > r[0]:
                H10.redrawn(s, r, grain(rng, rng.uniform(5, 14), 0.0))
                if rng.random() < 0.25:
                    fog = rng.uniform(0.3, 0.5)
                    H10.redrawn(s, r, lambda part, a=fog: (part * (1 - a) + 170 * a).astype(np.uint8))
            fx += fwd + 12
        y += sh + 30
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 90), 60, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 90), 48, (30, 30, 30), 3, cv2.LINE_AA)
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


def barber(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A barber's booking page: the shop's banner (a thing), its drawn logo and stars, the barbers
    as round photos (faces 36-64 px) with an "available" dot over some, the chosen one ringed, cut
    by the right edge; the chosen barber's portfolio (head crops, faces 100-160 px cut by the tile's
    edges, BEFORE and AFTER labels over the hair of the first pair), time slots, reviews (20-28 px
    faces, initials on some, stars, a photo of the cut with 18-40 px faces on some)."""
    s = new_screen_for(rng, name, cast.kind("barber"))
    img, page = s.img, s.bg
    bh = rng.randrange(240, 320)
    cast.thing(s, 0, STATUS_H, W - 8, bh)
    y = STATUS_H + bh - 60
    fill(img, C.shape_mask(130, "circle"), 36, y - 6, page)
    H8.logo(img, rng, 45, y + 3, 112)
    s.words(rng, 190, STATUS_H + bh + 40, 0.9, 2)
    stars(img, 190, STATUS_H + bh + 76, 12, rng.randrange(3, 6), GOLD, GREY)
    y = STATUS_H + bh + 120
    fp, side = _size(rng, 36, small(rng, 37, 64), (1.2, 1.4))
    x, chosen = 40, rng.randrange(3)
    for k in range(8):
        if x > W - 8:
            break
        if k == chosen:
            cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 8, s.accent, 4, cv2.LINE_AA)
        cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.0), side, "circle")
        if rng.random() < 0.5:
            badge(img, (x + side - 10, y + side - 10), 12, GREEN, "", page)
        s.words(rng, x, y + side + 30, 0.45, 1)
        x += side + 40
    y += side + 60
    cols = 4
    t = (W - 8 - 40 - 10 * (cols - 1)) // cols
    for r in range(rng.randrange(1, 3)):
        for j in range(cols):
            x = 20 + j * (t + 10)
            cast.avatar(s, x, y, t * rng.uniform(0.4, 0.62), t, "square")
            if r == 0 and j < 2:
                pill(img, x + 10, y + 10, 130, 40, (30, 30, 30))
                cv2.putText(
                    img, ("BEFORE", "AFTER")[j], (x + 24, y + 38), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2
                )
        y += t + 10
    y += 20
    for k in range(5):
        outlined_slot = (30 + k * 205, y)
        pill(img, *outlined_slot, 185, 56, s.accent if k == 1 else off(page, 22))
        s.words(rng, outlined_slot[0] + 40, y + 38, 0.55, 1, WHITE if k == 1 else s.fg)
    y += 90
    while y + 90 < H - NAV_H:  # reviews
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + 22, 0.5, 2)
        stars(img, W - 240, y + 14, 11, rng.randrange(2, 6), GOLD, GREY)
        y = _text_lines(s, rng, 50 + side, y + 56, rng.randrange(1, 3), 0.5) + 10
        if rng.random() < 0.35 and y + 200 < H - NAV_H:
            pw = rng.randrange(160, 220)
            paste_photo(cast, s, *snapshot(cast, pw, 180, 18.3, 40, 0.9), 50 + side, y)
            y += 190
        y += 16
    H5.nav_bar(s)
    capture(s, rng)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
INNER: tuple[Layout, ...] = (
    neighbourhood,
    memory,
    attendees,
    race_photos,
    creator,
    incoming_call,
    screen_time,
    film_camera,
    barber,
)
LAYOUTS: tuple[Layout, ...] = (*INNER, transition)
# with people: each twice a round but the two with the most faces a screen
ONCE = (attendees, transition)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, attendees, race_photos, film_camera)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT15_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h15", photos, free, seed, reps)
