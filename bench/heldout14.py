"""Held-out screens, fourteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to thirteen (heldout.py to heldout13.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: vinyl
records, cupcakes, kites, paper lanterns; nothing with eyes, a mouth or a mask); every random
choice from ``HELDOUT14_SEED``. Faces are pasted through heldout2's ``Screen``, which settles each
one on the finished screen (pixels drawn over a face later are not the face's; a face with under
half of its box left is dropped); the people's places are filled by heldout11's ``Cast`` (through
heldout13's, its screens marked h14-; on face-free screens pets, objects, textures, initials and
this set's drawn things), which counts a face cut by an edge once half of its box is inside. Faces
under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces printed and reproduced: in newsprint halftone (``halftone``), in a poster's
duotone (``duotone``), wrapped round a mug (``wrapped``: each box its columns' new places), on old
prints (``old_print``: sepia, faded, scratched) with a torn corner (``torn``), on gifts under a
jigsaw's cuts (``jigsaw``) or a phone case's camera bump, on a friend code and a book's cover seen
in perspective, and upside down on the far half of a phone shared across a table. Ten layouts none
of sets 2-13 draws (they already draw lock and home screens, an app switcher, an inbox, payments,
calendars and meetings, maps of friends, a music app's library, a karaoke duet, live streams, a
fantasy football pitch, a sports team's page, a family tree, a yearbook, a photo editor, a
retouching app, wall art, slides, a CV and more: see their docstrings):
- an election night's results: the chamber's seat dots, the race being called (two candidates'
  studio portraits, faces 70-160 px, over their party's band, a tick over the winner's corner),
  races by district (26-48 px faces in rings of the party's colour, bars, ticks over some);
- a tennis tournament's draw: the featured match (two portraits, faces 90-180 px, a "VS" disc
  between), then the bracket wider than the screen: matches of two rows of 18-34 px faces with
  flags and set scores, lines to the next round, the third round cut by the right edge;
- a music festival's app: the lineup poster (three to five cut-out artists, faces 60-240 px, cut by
  its edges on some, in a duotone, the headliners' names in huge type across some), day tabs, the
  friends going (18-24 px faces), the timetable by stage (18-30 px faces);
- a photo gifts shop: one's photo (faces 40-200 px) as the chosen gift (a mug it is wrapped round,
  a jigsaw, a phone case, a T-shirt, a cushion, a calendar), the other gifts in a grid (the photo
  shrunk: faces mostly 18-60 px), one's photos (16-44 px faces);
- a genealogy app's DNA matches: an ethnicity ring, a shared ancestor's old print (faces 40-120
  px; sepia or grey, scratched, or a newspaper clipping in halftone; a torn corner on most, turned
  up to 4 degrees) beside the line from the couple (24-34 px faces) to the match and oneself (20-28
  px), the matches (30-52 px faces, old prints or initials on some, stacks of 18-22 px faces);
- adding friends by code: one's QR code with one's face over its middle (60-150 px), or the
  scanner's camera on a friend's phone held at an angle (their code's face bent by perspective,
  under a glare), nearby people on radar rings (20-34 px), suggestions (28-48 px, stacks of 18-22);
- an e-book store: the book being read as a 3D book (its cover's faces 60-200 px, in perspective),
  shelves of memoirs (covers with faces 20-90 px, title bands over foreheads or big titles over
  chins) cut by the right edge, the author of the week (30-50 px), friends reading (18-24 px),
  reviews (20-28 px);
- a music player's lyrics view: the artist's photo full bleed (faces 200-900 px, often larger, or a
  thing) darkening to the foot, the synced lyrics in big bold lines over it, the controls,
  "listening together" (18-26 px faces), the queue's art (faces 18-40 px);
- a two-player quiz duel on one phone laid flat: each half a player's 40-90 px face, a picture
  question (faces 20-60 px) or text, answers and fans (18-24 px faces), the far half upside down;
- a selfie-a-day app: today's camera (faces 200-450 px, or larger) with a dashed head oval and an
  eye line across the face, the month's day tiles (faces 20-60 px; days to come empty, missed days
  grey, today framed, the date over each tile's corner), the time-lapse's frames (18-40 px faces).
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Halftone,
duotone, old prints, a mug's shading, glare, a cushion's light and the lyrics' dark gradient leave
the faces under them counted, dotted, recoloured, lighter or darker; torn corners, jigsaw cuts,
camera bumps, guides, ticks, badges and type take the pixels they cover. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,277 faces (936 under 32 px, 204 of 32-63, 98 of 64-127,
39 larger; 1,033 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: drawn or cut-out things on posters, gifts, prints, codes and covers); ``reps=1`` a
quarter (18 screens with 335 faces: 228, 65, 28 and 14 by size, 258 under 40 px; 13 face-free).
Every layout but the tournament draw and the selfie-a-day month (the most faces a screen, 33 and 34
on average) is drawn twice a round. Counted by running the generator alone (``faces_bench.py
--only heldout14 --count-only``, with ``--quick`` for one rep; no detector).
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
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout13 as H13
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import pill, sheet, small, stars
from heldout6 import filtered, off, outlined, qr, resized
from heldout7 import header
from heldout11 import INK, figure, offscreen, paste_photo, portrait, snapshot, turned
from heldout13 import hung, main_box, new_screen_for

HELDOUT14_SEED = 14141


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def records(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Vinyl records on a table, some half out of square sleeves: black discs with grooves, a
    coloured label and a spindle hole."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 90, 200), random_colour(rng, 60, 160))
    for _ in range(rng.randrange(1, 4)):
        r = max(4, round(min(w, h) * rng.uniform(0.2, 0.42)))
        c = (rng.randrange(w), rng.randrange(h))
        if rng.random() < 0.5:
            sleeve = random_colour(rng, 40, 230)
            cv2.rectangle(img, (c[0] - 2 * r, c[1] - r), (c[0], c[1] + r), sleeve, -1)
            cv2.line(img, (c[0] - 2 * r, c[1]), (c[0], c[1]), tone(sleeve, -50), max(1, r // 10))
        cv2.circle(img, c, r, (22, 22, 24), -1, cv2.LINE_AA)
        for g in range(r * 9 // 10, r * 4 // 10, -max(2, r // 12)):
            cv2.circle(img, c, g, (48, 48, 52), 1, cv2.LINE_AA)
        cv2.circle(img, c, max(2, r * 3 // 10), random_colour(rng, 60, 240), -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 20), (200, 200, 200), -1, cv2.LINE_AA)
    return img


def cupcakes(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Cupcakes from the side in rows: ribbed paper cases, swirled icing, sprinkles, a cherry on
    some."""
    img = np.full((h, w, 3), random_colour(rng, 170, 245), np.uint8)
    n = rng.randrange(1, 4)
    cw = w / n
    for j in range(n):
        cx, base = round((j + 0.5) * cw), round(h * rng.uniform(0.8, 0.95))
        bw, bh = max(4, round(cw * 0.34)), max(4, round(h * 0.3))
        case = random_colour(rng, 60, 230)
        body = np.array(
            [[cx - bw, base - bh], [cx + bw, base - bh], [cx + bw * 3 // 4, base], [cx - bw * 3 // 4, base]],
            np.int32,
        )
        cv2.fillPoly(img, [body], case, cv2.LINE_AA)
        for k in range(-3, 4):
            cv2.line(img, (cx + k * bw // 4, base - bh), (cx + k * bw // 5, base), tone(case, -40), 1)
        icing = random_colour(rng, 150, 255)
        for k in range(3):
            cv2.ellipse(
                img,
                (cx, base - bh - k * bh // 3),
                (max(2, bw + bw // 5 - k * bw // 3), max(2, bh // 4)),
                0,
                0,
                360,
                tone(icing, -15 * k),
                -1,
                cv2.LINE_AA,
            )
        for _ in range(rng.randrange(4, 14)):
            sx, sy = cx + rng.randrange(-bw, bw + 1), base - bh - rng.randrange(0, bh)
            cv2.line(img, (sx, sy), (sx + 2, sy + 1), random_colour(rng, 30, 255), max(1, bw // 12))
        if rng.random() < 0.5:
            cv2.circle(img, (cx, base - bh * 2), max(2, bw // 4), (40, 30, 200), -1, cv2.LINE_AA)
    return img


def kites(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Kites on a sky: diamonds in two to four colours, a cross spar, a tail of bows on a string,
    clouds."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 190, 120), (250, 225, 190))
    for _ in range(rng.randrange(0, 4)):
        c = (rng.randrange(w), rng.randrange(h))
        for d in range(3):
            cv2.circle(img, (c[0] + d * max(2, w // 14), c[1]), max(2, w // 12), (250, 250, 250), -1)
    for _ in range(rng.randrange(1, 3)):
        s = max(4, round(min(w, h) * rng.uniform(0.18, 0.35)))
        c, a = (rng.randrange(w), rng.randrange(h)), rng.uniform(-0.5, 0.5)
        pts = [H12._at(c, s * f, math.degrees(a) + q * 90) for q, f in enumerate((1.4, 0.8, 0.6, 0.8))]
        colours = [random_colour(rng, 40, 240) for _ in range(2)]
        for q in range(4):
            tri = np.array([c, pts[q], pts[(q + 1) % 4]], np.int32)
            cv2.fillPoly(img, [tri], colours[q % 2], cv2.LINE_AA)
        cv2.line(img, pts[0], pts[2], INK, 1, cv2.LINE_AA)
        cv2.line(img, pts[1], pts[3], INK, 1, cv2.LINE_AA)
        tail = pts[2]
        for k in range(1, 6):
            nxt = (tail[0] + rng.randrange(-s // 3 - 1, s // 3 + 2), tail[1] + s // 2)
            cv2.line(img, tail, nxt, INK, 1, cv2.LINE_AA)
            cv2.circle(img, nxt, max(1, s // 12), colours[k % 2], -1)
            tail = nxt
    return img


def lanterns(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Paper lanterns on strings against a dusk sky: ribbed round or tall bodies glowing from
    inside, dark caps top and bottom."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (90, 40, 30), (120, 90, 160))
    for _ in range(rng.randrange(2, 6)):
        cx, r = rng.randrange(w), max(3, round(min(w, h) * rng.uniform(0.08, 0.2)))
        cy = rng.randrange(r, max(r + 1, h - r))
        tall = rng.uniform(1.0, 1.6)
        paper = rng.choice(((60, 80, 230), (60, 190, 250), (200, 200, 250), (80, 60, 200)))
        cv2.line(img, (cx, 0), (cx, cy - round(r * tall)), (40, 40, 40), 1)
        axes = (r, round(r * tall))
        cv2.ellipse(img, (cx, cy), axes, 0, 0, 360, paper, -1, cv2.LINE_AA)
        cv2.ellipse(img, (cx, cy), (r // 2, axes[1] // 2), 0, 0, 360, tone(paper, 40), -1, cv2.LINE_AA)
        for k in range(1, 4):
            cv2.ellipse(img, (cx, cy), (r * k // 4, axes[1]), 0, 0, 360, tone(paper, -45), 1, cv2.LINE_AA)
        for d in (-1, 1):
            yy = cy + d * axes[1]
            cv2.rectangle(img, (cx - r // 2, yy - 2), (cx + r // 2, yy + 2), (30, 30, 30), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (records, cupcakes, kites, lanterns)


@dataclass
class Cast(H13.Cast):
    """heldout13's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h14-, whose drawn things are this set's: vinyl records, cupcakes, kites, paper
    lanterns."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h14-" + super().kind(layout).removeprefix("h13-")


# ----------------------------------------------------------------------------------------------
# Staging: newsprint halftone, duotone posters, photos wrapped on mugs, old prints, puzzles.
# ----------------------------------------------------------------------------------------------


def halftone(rng: random.Random, cell: float) -> Callable[[np.ndarray], np.ndarray]:
    """Newsprint (for ``heldout10.redrawn``): the picture as ink dots on a ``cell`` px screen turned
    15-75 degrees, a dot's area the darkness under it, on yellowed paper."""
    a = math.radians(rng.uniform(15, 75))
    ink = rng.choice(((38, 36, 40), (50, 45, 60)))
    paper = rng.choice(((228, 236, 240), (196, 222, 232), (210, 226, 236)))

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        g = cv2.GaussianBlur(cv2.cvtColor(part, cv2.COLOR_BGR2GRAY), (0, 0), cell / 3).astype(np.float32)
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        u, v = xs * math.cos(a) + ys * math.sin(a), ys * math.cos(a) - xs * math.sin(a)
        d = np.hypot(u % cell - cell / 2, v % cell - cell / 2) / (cell / 2)
        dot = d < np.sqrt(1 - g / 255) * 1.42
        return np.where(dot[:, :, None], np.array(ink, np.uint8), np.array(paper, np.uint8))

    return fn


def duotone(dark: Colour, light: Colour) -> Callable[[np.ndarray], np.ndarray]:
    """A poster's duotone (for ``heldout10.redrawn``): the picture's brightness, stretched, mapped
    from ``dark`` to ``light``."""

    def fn(part: np.ndarray) -> np.ndarray:
        g = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)
        lo, hi = np.percentile(g, 2), np.percentile(g, 98)
        t = np.clip((g - lo) / max(1.0, hi - lo), 0, 1)[:, :, None]
        out = np.array(dark, np.float32) * (1 - t) + np.array(light, np.float32) * t
        return out.astype(np.uint8)

    return fn


def wrapped(piece: np.ndarray, faces: Sequence[BoxF], bend: float) -> tuple[np.ndarray, list[BoxF]]:
    """``piece`` printed round a mug (a cylinder seen from the front, the print covering ``bend``
    radians either side of the middle): squeezed towards the sides, which are shaded; each face's box
    its columns' new places (the mapping keeps order, rows stay)."""
    h, w = piece.shape[:2]
    wo = max(2, round(w * math.sin(bend) / bend))
    r = wo / (2 * math.sin(bend))
    theta = np.arcsin(np.clip((np.arange(wo, dtype=np.float32) + 0.5 - wo / 2) / r, -1, 1))
    mx = np.tile((w / 2 + theta / bend * w / 2 - 0.5).astype(np.float32), (h, 1))
    my = np.repeat(np.arange(h, dtype=np.float32)[:, None], wo, axis=1)
    out = cv2.remap(piece, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = (0.62 + 0.38 * np.cos(theta)).astype(np.float32)[None, :, None]
    out = np.clip(out * shade, 0, 255).astype(np.uint8)

    def at(x: float) -> float:
        return wo / 2 + r * math.sin((x - w / 2) / (w / 2) * bend)

    return out, [(at(a), b, at(c), d) for a, b, c, d in faces]


def old_print(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """An old photo (for ``heldout10.redrawn``): sepia or grey, faded, a darker rim, scratches (thin
    light lines) and dust; the faces under it stay counted."""
    kind, fade = rng.choice(("sepia", "sepia", "grey")), rng.uniform(0.7, 0.9)
    noise = np.random.default_rng(rng.randrange(2**32))
    lines = [(rng.random(), rng.random(), rng.random(), rng.random()) for _ in range(rng.randrange(2, 9))]

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        out = filtered(part, kind).astype(np.float32) * fade + 255 * (1 - fade) * 0.8
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        rim = ((xs / max(1, w) - 0.5) ** 2 + (ys / max(1, h) - 0.5) ** 2) * 1.2
        out *= np.clip(1 - rim, 0.6, 1)[:, :, None]
        out = np.clip(out, 0, 255).astype(np.uint8)
        for x1, y1, x2, y2 in lines:
            cv2.line(out, (round(x1 * w), round(y1 * h)), (round(x2 * w), round(y2 * h)), (225, 232, 236), 1)
        out[noise.random((h, w)) < 0.003] = (30, 30, 30)
        return out

    return fn


def torn(img: np.ndarray, rect: tuple[int, int, int, int], colour: Colour, rng: random.Random) -> None:
    """A corner of the print in ``rect`` torn off: a jagged triangle of ``colour`` (what is under the
    print) over one of its corners."""
    x1, y1, x2, y2 = rect
    k = rng.uniform(0.15, 0.3) * min(x2 - x1, y2 - y1)
    cx, cy = rng.choice((x1, x2)), rng.choice((y1, y2))
    sx, sy = (1 if cx == x1 else -1), (1 if cy == y1 else -1)
    pts = [(cx, cy), (cx + sx * k * 1.3, cy)]
    for t in np.linspace(0.1, 0.9, 7):
        j = rng.uniform(-0.08, 0.08) * k
        pts.append((cx + sx * (k * 1.3 * (1 - t) + j), cy + sy * (k * t + j)))
    pts.append((cx, cy + sy * k))
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)


def jigsaw(img: np.ndarray, rect: tuple[int, int, int, int], cols: int, rows: int, colour: Colour) -> None:
    """A finished jigsaw's cuts over ``rect``: ``cols`` x ``rows`` pieces, each edge between two with
    a round knob at its middle, in thin lines of ``colour``."""
    x1, y1, x2, y2 = rect
    cw, rh = (x2 - x1) / cols, (y2 - y1) / rows
    r = max(3, round(min(cw, rh) / 7))
    for j in range(1, cols):
        x = round(x1 + j * cw)
        cv2.line(img, (x, y1), (x, y2), colour, 2, cv2.LINE_AA)
        for i in range(rows):
            cv2.circle(img, (x + (r if (i + j) % 2 else -r), round(y1 + (i + 0.5) * rh)), r, colour, 2)
    for i in range(1, rows):
        y = round(y1 + i * rh)
        cv2.line(img, (x1, y), (x2, y), colour, 2, cv2.LINE_AA)
        for j in range(cols):
            cv2.circle(img, (round(x1 + (j + 0.5) * cw), y + (r if (i + j) % 2 else -r)), r, colour, 2)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def chips(
    s: Screen, rng: random.Random, y: int, n: int, w: int, chosen: int, x0: int = 30, words: int = 1
) -> None:
    """A row of ``n`` tab chips ``w`` px wide from ``x0``, the ``chosen`` one in the accent, each
    with ``words`` words."""
    for k in range(n):
        x = x0 + k * (w + 20)
        pill(s.img, x, y, w, 52, s.accent if k == chosen else off(s.bg, 25))
        s.words(rng, x + 26, y + 35, 0.5, words, WHITE if k == chosen else s.fg)


def election(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An election night results page: a LIVE chip, the chamber as a half circle of seat dots in
    the parties' colours, the race being called: two candidates' studio portraits (faces 70-160 px)
    over their party's band with the share, a "projected" tick over the winner's corner and a
    split bar, then races by district: each candidate's 26-48 px face in a ring of the party's
    colour, a bar and a share; a "called" tick over some."""
    s = new_screen_for(rng, name, cast.kind("election"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 100
    pill(img, 30, y, 110, 44, RED)
    s.words(rng, 50, y + 31, 0.5, 1, WHITE)
    s.words(rng, 160, y + 32, 0.65, 3)
    parties = [random_colour(rng, 40, 220) for _ in range(rng.randrange(2, 5))]
    cut = sorted(rng.random() for _ in range(len(parties) - 1))
    cx, cy = (W - 8) // 2, y + 80 + rng.randrange(260, 330)
    for row in range(6):
        radius, n = 150 + row * 32, 14 + row * 6
        for k in range(n):
            t = k / (n - 1)
            party = parties[sum(t > c for c in cut)]
            cv2.circle(img, H12._at((cx, cy), radius, 180 + 180 * t), 9, party, -1, cv2.LINE_AA)
    s.words(rng, cx - 60, cy - 30, 1.0, 1)
    y = cy + 50
    cw = (W - 8 - 90) // 2
    ch = rng.randrange(300, 400)
    winner = rng.randrange(2)
    for j in range(2):
        x = 30 + j * (cw + 30)
        party = parties[j % len(parties)]
        paste_photo(cast, s, *portrait(cast, cw, ch, small(rng, 70, min(160, cw * 0.45))), x, y)
        cv2.rectangle(img, (x, y + ch - 80), (x + cw, y + ch), party, -1)
        s.words(rng, x + 20, y + ch - 48, 0.6, 2, WHITE)
        s.words(rng, x + 20, y + ch - 14, 0.8, 1, WHITE)
        if j == winner:
            badge(img, (x + cw - 44, y + 44), 30, GREEN, "check", WHITE)
    y += ch + 20
    split = round(30 + (W - 8 - 60) * rng.uniform(0.35, 0.65))
    cv2.rectangle(img, (30, y), (split, y + 24), parties[0], -1)
    cv2.rectangle(img, (split, y), (W - 8 - 30, y + 24), parties[1 % len(parties)], -1)
    y += 70
    while y + 110 < H - NAV_H:  # races by district
        s.words(rng, 30, y, 0.6, 2)
        y += 20
        for j in range(2):
            party = parties[rng.randrange(len(parties))]
            fp, side = _size(rng, 26, small(rng, 27, 48), (1.1, 1.3))
            cast.avatar(s, 40, y, fp, side, "circle", party)
            share = rng.uniform(0.2, 0.7)
            s.words(rng, 70 + side, y + side // 2 - 2, 0.5, 2)
            cv2.rectangle(
                img,
                (70 + side, y + side // 2 + 8),
                (70 + side + round(520 * share), y + side // 2 + 22),
                party,
                -1,
            )
            s.words(rng, W - 150, y + side // 2 + 10, 0.6, 1)
            if j == 0 and rng.random() < 0.4:
                badge(img, (40 + side - 4, y + side - 4), 12, GREEN, "check", page)
            y += side + 18
        cv2.line(img, (30, y), (W - 38, y), off(page, 25), 2)
        y += 44
    H5.nav_bar(s)
    return s.finish()


def bracket(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tennis tournament's draw: round tabs, the featured match (two players' studio portraits,
    faces 90-180 px, on their halves of a split panel, a "VS" disc over the middle and the live
    score under), then the draw as a bracket wider than the screen: matches of two rows (a flag, the
    player's 18-34 px face, a name, set scores), lines joining winners to the next round, the third
    round cut by the right edge."""
    s = new_screen_for(rng, name, cast.kind("bracket"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 100
    chips(s, rng, y, 4, 150, rng.randrange(4))
    y += 80
    ph = rng.randrange(300, 380)
    pw = (W - 8 - 60) // 2
    for j in range(2):
        x = 30 + j * pw
        paste_photo(cast, s, *portrait(cast, pw, ph, small(rng, 90, min(180, pw * 0.5))), x, y)
    badge(img, ((W - 8) // 2, y + ph // 2), 44, RED, "VS", WHITE)
    y += ph + 20
    for j in range(2):
        s.words(rng, 40 + j * pw, y + 20, 0.6, 2)
        for k in range(3):
            cv2.putText(
                img,
                str(rng.randrange(8)),
                (360 + j * pw + k * 40, y + 24),
                cv2.FONT_HERSHEY_DUPLEX,
                0.8,
                s.accent if k == 2 else s.fg,
                2,
                cv2.LINE_AA,
            )
    y += 60
    row = rng.randrange(52, 62)
    col_w, gap = rng.randrange(380, 430), 60
    n = 8
    mids: list[int] = []
    for rnd in range(3):
        x = 20 + rnd * (col_w + gap)
        if x > W - 60:
            break
        pitch = (H - NAV_H - 30 - y) / n
        new_mids = []
        for k in range(n):
            my = round(y + (k + 0.5) * pitch)
            top = my - row
            cv2.rectangle(img, (x, top), (x + col_w, top + 2 * row), off(page, 18), -1)
            cv2.line(img, (x, my), (x + col_w, my), off(page, 40), 1)
            for q in range(2):
                ry = top + q * row
                cv2.rectangle(
                    img,
                    (x + 10, ry + row // 2 - 8),
                    (x + 34, ry + row // 2 + 8),
                    random_colour(rng, 40, 230),
                    -1,
                )
                side = row - 10
                fp = small(rng, 18.3, min(34, side * 0.85))
                cast.avatar(s, x + 42, ry + 5, fp, side, rng.choice(("circle", "square")))
                s.words(rng, x + 52 + side, ry + row // 2 + 8, 0.45, 1)
                for t in range(3):
                    cv2.putText(
                        img,
                        str(rng.randrange(8)),
                        (x + col_w - 110 + t * 32, ry + row // 2 + 9),
                        cv2.FONT_HERSHEY_SIMPLEX,
                        0.6,
                        s.fg,
                        1,
                        cv2.LINE_AA,
                    )
            if mids:
                for a in (mids[2 * k], mids[2 * k + 1]):
                    cv2.line(img, (x - gap, a), (x - gap // 2, a), GREY, 2)
                    cv2.line(img, (x - gap // 2, a), (x - gap // 2, my), GREY, 2)
                cv2.line(img, (x - gap // 2, my), (x, my), GREY, 2)
            new_mids.append(my)
        mids, n = new_mids, n // 2
    H5.nav_bar(s)
    return s.finish()


def poster(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """A festival's lineup poster w x h: three to five artists cut out head and shoulders (faces
    60-240 px, cut by the poster's edges on some) over a gradient, the whole in a duotone of two of
    the poster's colours, then the headliners' names in huge type across the lower part of some."""
    a, b = random_colour(rng, 20, 120), random_colour(rng, 150, 255)

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), random_colour(rng, 60, 200), random_colour(rng, 60, 200))
        n = rng.randrange(3, 6)
        for k in rng.sample(range(n), n):
            fp = small(rng, 60, 240)
            cx = (k + 0.5) * w / n + rng.uniform(-0.2, 0.2) * w / n
            cast_cy = h * rng.uniform(0.3, 0.75)
            figure(cast, sc, cx, cast_cy, fp, (0, 0, w, h))
        H10.redrawn(sc, (0, 0, w, h), duotone(a, b))
        for k in range(rng.randrange(1, 3)):
            text = H5.shout(rng)
            yy = round(h * rng.uniform(0.55, 0.95))
            cv2.putText(
                sc.img,
                text,
                (rng.randrange(10, 80), yy),
                cv2.FONT_HERSHEY_DUPLEX,
                rng.uniform(2.0, 3.2),
                WHITE if k == 0 else b,
                rng.randrange(5, 9),
                cv2.LINE_AA,
            )

    return offscreen(w, h, draw)


def festival(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music festival's app: the lineup poster (``poster``: duotone cut-outs, faces 60-240 px, big
    names across some), day tabs, the timetable by stage (three columns of sets: the artist's
    18-30 px face, a name and a time, a heart on the saved ones), friends going as a stack of 18-24
    px faces with a "+N" badge."""
    s = Screen.new(rng, name, cast.kind("festival"), rng.choice(("dark", "dark", "tinted")))
    img, page = s.img, s.bg
    ph = rng.randrange(640, 860)
    paste_photo(cast, s, *poster(cast, rng, W - 8, ph), 0, STATUS_H)
    y = STATUS_H + ph + 24
    chips(s, rng, y, 3, 180, 0)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    end = cast.stack(s, W - 8 - 300, y + (56 - sd) // 2, rng.randrange(3, 5), fp, sd, round(sd * 0.7), page)
    badge(img, (end + 26, y + 28), 22, s.accent, f"+{rng.randrange(2, 30)}")
    y += 90
    cols = 3
    cw = (W - 8 - 40 - 20 * (cols - 1)) // cols
    for j in range(cols):
        s.words(rng, 20 + j * (cw + 20), y + 24, 0.55, 1, s.accent)
    y += 44
    tops = [y + rng.randrange(0, 80) for _ in range(cols)]
    for j in range(cols):
        x, yy = 20 + j * (cw + 20), tops[j]
        while yy + 80 < H - NAV_H:
            bh = rng.randrange(140, 230)
            fill(img, rounded_rect(bh, cw, 18), x, yy, off(page, 22))
            fp, side = _size(rng, 18.3, small(rng, 19, 30), (1.1, 1.3))
            cast.avatar(s, x + 14, yy + 14, fp, side, rng.choice(("circle", "rounded")))
            s.words(rng, x + 24 + side, yy + 34, 0.45, 1)
            s.words(rng, x + 14, yy + side + 46, 0.4, 2, GREY)
            if rng.random() < 0.3:
                heart(img, (x + cw - 30, yy + 30), 14, RED)
            yy += bh + 16
    H5.nav_bar(s)
    return s.finish()


def gift_view(
    cast: Cast,
    s: Screen,
    rng: random.Random,
    kind: str,
    piece: np.ndarray,
    faces: Sequence[BoxF],
    rect: tuple[int, int, int, int],
) -> None:
    """The photo ``piece`` shown as a gift inside ``rect``: a mug (``wrapped`` round its body, a rim
    and a handle), a finished jigsaw (``jigsaw`` cuts over it, a piece missing on some), a phone case
    (a rounded case, the camera's bump over its upper left corner), a T-shirt (on a drawn shirt's
    chest), a cushion (rounded, shaded, a seam) or a calendar (the photo over a month's grid)."""
    img = s.img
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    if kind == "mug":
        bw, bh = round(w * 0.62), round(h * 0.7)
        out, boxes = wrapped(*resized(piece, list(faces), round(bw * 1.25), bh), rng.uniform(0.7, 1.1))
        bw = out.shape[1]
        mx, my = x1 + (w - bw) // 2 - round(w * 0.06), y1 + (h - bh) // 2
        body = rng.choice(((245, 245, 245), (40, 40, 44), random_colour(rng, 60, 220)))
        t = max(4, bw // 14)
        cv2.ellipse(img, (mx + bw, my + bh // 2), (bw // 4, bh // 4), 0, -90, 90, body, t, cv2.LINE_AA)
        cv2.rectangle(img, (mx - 3, my), (mx + bw + 3, my + bh), body, -1)
        paste_photo(cast, s, out, boxes, mx, my + bh // 10)
        cv2.ellipse(img, (mx + bw // 2, my), (bw // 2 + 3, max(4, bh // 14)), 0, 0, 360, tone(body, -30), -1)
        cv2.ellipse(img, (mx + bw // 2, my + bh), (bw // 2 + 3, max(4, bh // 14)), 0, 0, 180, body, -1)
    elif kind == "puzzle":
        paste_photo(cast, s, *resized(piece, list(faces), w, h), x1, y1)
        cols, rows = rng.randrange(3, 7), rng.randrange(3, 6)
        jigsaw(img, rect, cols, rows, rng.choice(((250, 250, 250), (50, 50, 50))))
        if rng.random() < 0.4:
            j, i = rng.randrange(cols), rng.randrange(rows)
            cw, rh = w / cols, h / rows
            cv2.rectangle(
                img,
                (round(x1 + j * cw), round(y1 + i * rh)),
                (round(x1 + (j + 1) * cw), round(y1 + (i + 1) * rh)),
                off(s.bg, 30),
                -1,
            )
    elif kind == "case":
        cw = min(w, round(h * 0.5))
        cx = x1 + (w - cw) // 2
        fill(img, rounded_rect(h, cw, cw // 6), cx, y1, (30, 30, 34))
        inner = rounded_rect(h - 12, cw - 12, cw // 6 - 6)
        paste_photo(cast, s, *resized(piece, list(faces), cw - 12, h - 12), cx + 6, y1 + 6, inner)
        bump = round(cw * 0.42)
        fill(img, rounded_rect(bump, bump, bump // 4), cx + 16, y1 + 16, (25, 25, 28))
        for q in range(3):
            c = (cx + 16 + bump // 4 + (q % 2) * bump // 2, y1 + 16 + bump // 4 + (q // 2) * bump // 2)
            cv2.circle(img, c, bump // 6, (60, 60, 66), -1, cv2.LINE_AA)
            cv2.circle(img, c, bump // 10, (20, 20, 20), -1, cv2.LINE_AA)
    elif kind == "shirt":
        shirt = random_colour(rng, 40, 240)
        pts = np.array(
            [
                [0.3, 0],
                [0.7, 0],
                [1, 0.22],
                [0.86, 0.36],
                [0.78, 0.3],
                [0.78, 1],
                [0.22, 1],
                [0.22, 0.3],
                [0.14, 0.36],
                [0, 0.22],
            ],
            np.float32,
        ) * [w, h] + [x1, y1]
        cv2.fillPoly(img, [pts.astype(np.int32)], shirt, cv2.LINE_AA)
        cv2.ellipse(
            img, (x1 + w // 2, y1), (round(w * 0.12), round(h * 0.08)), 0, 0, 180, tone(shirt, -40), -1
        )
        pw = round(w * 0.4)
        ph = round(pw * piece.shape[0] / piece.shape[1])
        paste_photo(
            cast,
            s,
            *resized(piece, list(faces), pw, min(ph, round(h * 0.5))),
            x1 + (w - pw) // 2,
            y1 + round(h * 0.22),
        )
    elif kind == "cushion":
        side = min(w, h)
        cx, cy = x1 + (w - side) // 2, y1 + (h - side) // 2
        m = rounded_rect(side, side, side // 5)
        paste_photo(cast, s, *resized(piece, list(faces), side, side), cx, cy, m)
        H10.redrawn(s, (cx, cy, cx + side, cy + side), cushion_shade(side))
        cv2.rectangle(img, (cx + 8, cy + 8), (cx + side - 8, cy + side - 8), (235, 235, 235), 1)
    else:  # a calendar
        cv2.rectangle(img, (x1, y1), (x2, y2), WHITE, -1)
        ph = round(h * 0.55)
        paste_photo(cast, s, *resized(piece, list(faces), w - 16, ph), x1 + 8, y1 + 8)
        for q in range(35):
            cx, cy = x1 + 12 + (q % 7) * (w - 24) // 7, y1 + ph + 20 + (q // 7) * (h - ph - 30) // 5
            cv2.rectangle(
                img, (cx, cy), (cx + (w - 24) // 7 - 4, cy + (h - ph - 30) // 5 - 4), (225, 225, 225), 1
            )
        for hx in (x1 + w // 3, x1 + 2 * w // 3):
            cv2.circle(img, (hx, y1 + 4), 6, INK, -1)


GIFTS = ("mug", "puzzle", "case", "shirt", "cushion", "calendar")


def cushion_shade(side: int) -> Callable[[np.ndarray], np.ndarray]:
    """A cushion's soft light: brighter at the middle, darker to the edges (faces stay counted)."""
    ys, xs = np.mgrid[0:side, 0:side].astype(np.float32) / max(1, side - 1) - 0.5
    k = np.clip(1.08 - (xs**2 + ys**2) * 0.9, 0.7, 1.1)[:, :, None]
    return lambda part: np.clip(part * k[: part.shape[0], : part.shape[1]], 0, 255).astype(np.uint8)


def photo_gifts(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo gifts shop: one's photo (a studio portrait, a group photo or a gathering; faces
    40-200 px) made into the chosen gift (``gift_view``: a mug it is wrapped round, a jigsaw, a phone
    case under the camera's bump, a T-shirt, a cushion, a calendar) on a backdrop, size and colour
    chips, the price, then the other gifts in a two-column grid (the same photo shrunk: faces
    mostly 18-60 px) and one's photos (faces 16-44 px) cut by the right edge."""
    s = new_screen_for(rng, name, cast.kind("gifts"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    top = STATUS_H + 100
    bottom = top + rng.randrange(620, 760)
    gradient(img, (0, top, W - 8, bottom), random_colour(rng, 170, 245), random_colour(rng, 120, 220))
    pw, ph = rng.randrange(560, 760), rng.randrange(440, 600)
    pick = rng.random()
    if pick < 0.5:
        photo, faces = portrait(cast, pw, ph, small(rng, 60, 200))
    elif pick < 0.65 and cast.photos:
        photo, faces = H11.group_photo(cast, pw, ph)
    else:
        photo, faces = snapshot(cast, pw, ph, 40, 120, 1.0)
    kinds = rng.sample(GIFTS, len(GIFTS))
    gift_view(cast, s, rng, kinds[0], photo, faces, (60, top + 40, W - 8 - 60, bottom - 40))
    y = bottom + 30
    s.words(rng, 30, y + 10, 0.8, 3)
    s.words(rng, W - 220, y + 10, 0.8, 1, s.accent)
    y += 40
    for k in range(4):
        cv2.circle(img, (60 + k * 80, y + 30), 26, random_colour(rng, 40, 240), -1, cv2.LINE_AA)
    for k in range(3):
        outlined(img, 420 + k * 200, y + 4, 180, 52, s.accent if k == 0 else GREY, page)
    y += 90
    cw = (W - 8 - 90) // 2
    chh = round(cw * rng.uniform(0.6, 0.75))
    for k, kind in enumerate(kinds[1:5]):
        x, yy = 30 + (k % 2) * (cw + 30), y + (k // 2) * (chh + 70)
        if yy + chh > H - NAV_H - 20:
            break
        fill(img, rounded_rect(chh, cw, 20), x, yy, off(page, 14))
        gift_view(cast, s, rng, kind, photo, faces, (x + 20, yy + 16, x + cw - 20, yy + chh - 16))
        s.words(rng, x + 10, yy + chh + 36, 0.5, 2)
    y += 2 * (chh + 70)
    x = 30
    while y + 110 < H - NAV_H and x < W - 8:
        side = rng.randrange(130, 180)
        paste_photo(cast, s, *snapshot(cast, side, min(side, H - NAV_H - y - 10), 16, 44), x, y)
        x += side + 14
    H5.nav_bar(s)
    return s.finish()


def dna_matches(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A genealogy app's DNA matches: an ethnicity ring and its legend, a shared-ancestor hint
    (an old print of one to four people, faces 40-120 px, sepia or grey, faded, scratched, or on a
    third a newspaper clipping in halftone; a torn corner on most, turned up to 4 degrees; beside it
    the line down from the couple's 24-34 px faces, grey on some, to one's match and oneself, 20-28
    px), then the matches: 30-52 px faces (initials or an old print on some), the relationship, a
    shared-DNA bar, a "new" chip, a stack of 18-22 px shared matches on some."""
    s = new_screen_for(rng, name, cast.kind("dna"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    c = (150, y + 110)
    start = -90.0
    for k in range(rng.randrange(3, 6)):
        span = rng.uniform(30, 160) if k < 4 else 360 + -90 - start
        colour = random_colour(rng, 50, 230)
        cv2.ellipse(img, c, (100, 100), 0, start, start + span, colour, 26, cv2.LINE_AA)
        cv2.circle(img, (320, y + 20 + k * 44), 12, colour, -1, cv2.LINE_AA)
        s.words(rng, 344, y + 28 + k * 44, 0.5, 2)
        start += span
    y += 250
    card = off(page, 16)
    ch = rng.randrange(380, 440)
    fill(img, rounded_rect(ch, W - 8 - 40, 24), 20, y, card)
    s.words(rng, 44, y + 44, 0.6, 4)
    pw = rng.randrange(320, 420)
    phh = ch - 110
    pick = rng.random()
    if pick < 0.5:
        photo, faces = portrait(cast, pw - 30, phh - 30, small(rng, 40, 120))
    else:
        photo, faces = snapshot(cast, pw - 30, phh - 30, 40, 90, 0.9)
    framed = np.full((phh, pw, 3), 242, np.uint8)
    framed[15:-15, 15:-15] = photo
    faces = [(a + 15, b + 15, cc + 15, d + 15) for a, b, cc, d in faces]
    clipping = rng.random() < 0.35

    def old(sc: Screen) -> None:
        paste_photo(cast, sc, framed, faces, 0, 0)
        if clipping:
            H10.redrawn(sc, (0, 0, pw, phh), halftone(rng, rng.uniform(3, 5)))
        else:
            H10.redrawn(sc, (15, 15, pw - 15, phh - 15), old_print(rng))
        if rng.random() < 0.7:
            torn(sc.img, (0, 0, pw, phh), tuple(int(v) for v in card), rng)

    piece, faces = offscreen(pw, phh, old)
    out, boxes, where = turned(piece, faces, rng.uniform(-4, 4))
    paste_photo(cast, s, out, boxes, 40, y + 70, where)
    x0 = 80 + out.shape[1]
    fp, side = _size(rng, 24, small(rng, 25, 34), (1.1, 1.3))
    for j in range(2):
        cast.person(s, x0 + j * (side + 30), y + 90, fp, side)
        if rng.random() < 0.4:
            H10.redrawn(
                s, (x0 + j * (side + 30), y + 90, x0 + j * (side + 30) + side, y + 90 + side), H10.greyed
            )
    mid = x0 + side + 15
    cv2.line(img, (x0 + side, y + 90 + side // 2), (x0 + side + 30, y + 90 + side // 2), GREY, 2)
    cv2.line(img, (mid, y + 90 + side // 2), (mid, y + 200), GREY, 2)
    fp2, side2 = _size(rng, 20, small(rng, 21, 28), (1.1, 1.3))
    for j in range(2):
        xx = mid - 110 + j * 180
        cv2.line(img, (mid, y + 200), (xx + side2 // 2, y + 200), GREY, 2)
        cv2.line(img, (xx + side2 // 2, y + 200), (xx + side2 // 2, y + 240), GREY, 2)
        cast.avatar(s, xx, y + 240, fp2, side2, "circle")
        s.words(rng, xx - 10, y + 270 + side2, 0.4, 1)
    y += ch + 40
    while y + 90 < H - NAV_H:  # matches
        fp, side = _size(rng, 30, small(rng, 31, 52), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        if rng.random() < 0.2:
            H10.redrawn(s, (30, y, 30 + side, y + side), old_print(rng))
        s.words(rng, 50 + side, y + 24, 0.6, 2)
        s.words(rng, 50 + side, y + 56, 0.45, 3, GREY)
        share = rng.uniform(0.05, 0.9)
        cv2.rectangle(img, (50 + side, y + 70), (50 + side + 360, y + 80), off(page, 30), -1)
        cv2.rectangle(img, (50 + side, y + 70), (50 + side + round(360 * share), y + 80), s.accent, -1)
        if rng.random() < 0.3:
            pill(img, W - 160, y + 4, 110, 40, GREEN)
            s.words(rng, W - 140, y + 32, 0.45, 1, WHITE)
        if rng.random() < 0.4:
            fp3, sd = _size(rng, 18.3, 22, (1.05, 1.2))
            cast.stack(s, W - 8 - 240, y + 50, rng.randrange(2, 4), fp3, sd, round(sd * 0.7), page)
        y += max(side, 90) + 44
    H5.nav_bar(s)
    return s.finish()


def code_card(cast: Cast, rng: random.Random, w: int, h: int, fp: float) -> tuple[np.ndarray, list[BoxF]]:
    """One's friend code on a card w x h: a gradient, a QR code with one's round face (``fp`` px) in
    a white ring over its middle, a name and a line under it."""

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), random_colour(rng, 60, 230), random_colour(rng, 60, 230))
        side = round(w * 0.72)
        qx, qy = (w - side) // 2, round(h * 0.1)
        qr(sc.img, rng, qx, qy, side)
        a = round(min(side * 0.34, fp * rng.uniform(1.15, 1.35)))
        ax, ay = (w - a) // 2, qy + (side - a) // 2
        cv2.circle(sc.img, (ax + a // 2, ay + a // 2), a // 2 + max(4, a // 12), WHITE, -1, cv2.LINE_AA)
        cast.avatar(sc, ax, ay, min(fp, a * 0.85), a, "circle")
        sc.words(rng, w // 5, qy + side + round(h * 0.1), w / 700, 2, WHITE)
        sc.words(rng, w // 5, qy + side + round(h * 0.16), w / 1100, 3, WHITE)

    return offscreen(w, h, draw)


def qr_friends(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Adding friends by code: "my code" and "scan" tabs; one's code (``code_card``: a QR with one's
    face, 60-150 px, over its middle) big, or the scanner's camera on a friend's phone held up at an
    angle (their code card, face 40-110 px, bent by the perspective, under a glare) with a reticle;
    then "nearby" people on radar rings (20-34 px faces, a wave over one's corner) and suggestions
    (28-48 px faces, mutual friends' stack of 18-22 px faces on half, add buttons)."""
    s = new_screen_for(rng, name, cast.kind("qrcode"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    y = STATUS_H + 100
    scan = rng.random() < 0.5
    chips(s, rng, y, 2, 380, scan, 140, 2)
    y += 90
    if not scan:
        cw = rng.randrange(600, 760)
        ch = round(cw * 1.22)
        paste_photo(cast, s, *code_card(cast, rng, cw, ch, small(rng, 60, 150)), (W - 8 - cw) // 2, y)
        y += ch + 30
    else:
        ch = rng.randrange(900, 1020)
        cast.thing(s, 0, y, W - 8, ch)
        H10.redrawn(s, (0, y, W - 8, y + ch), lambda part: cv2.GaussianBlur(part, (0, 0), 9))
        cw = rng.randrange(360, 460)
        card, faces = code_card(cast, rng, cw, round(cw * 1.5), small(rng, 60, 160))
        cx, cy = (W - 8) // 2 + rng.randrange(-80, 80), y + ch // 2
        tilt, lean = rng.uniform(-0.25, 0.25), rng.uniform(0.75, 1.0)
        hw, hh = cw * 0.5, cw * 0.75
        quad = np.array(
            [
                [cx - hw, cy - hh + tilt * hw],
                [cx + hw * lean, cy - hh * lean - tilt * hw],
                [cx + hw * lean, cy + hh * lean - tilt * hw],
                [cx - hw, cy + hh + tilt * hw],
            ],
            np.float32,
        )
        cv2.fillPoly(
            img, [np.round(quad * 1.0 + (quad - [cx, cy]) * 0.07).astype(np.int32)], (25, 25, 28), cv2.LINE_AA
        )
        out, boxes, where, x0, y0 = hung(card, faces, quad)
        paste_photo(cast, s, out, boxes, x0, y0, where)
        H10.redrawn(
            s,
            (x0, y0, x0 + out.shape[1], y0 + out.shape[0]),
            H13.foil(rng, out.shape[1], out.shape[0], rng.uniform(0.15, 0.35)),
        )
        r = round(cw * 0.65)
        for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            px, py = cx + dx * r, cy + dy * r
            cv2.line(img, (px, py), (px - dx * 60, py), WHITE, 6)
            cv2.line(img, (px, py), (px, py - dy * 60), WHITE, 6)
        y += ch + 30
    s.words(rng, 30, y + 10, 0.65, 2)
    y += 40
    x = 30
    while x + 160 < W - 8 and y + 150 < H - NAV_H:  # nearby
        fp, side = _size(rng, 20, small(rng, 21, 34), (1.1, 1.3))
        c = (x + 70, y + 70)
        for rr in (70, 52):
            cv2.circle(img, c, rr, off(page, 30), 2, cv2.LINE_AA)
        cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
        if rng.random() < 0.3:
            badge(img, (c[0] + side // 2, c[1] - side // 2), 12, GOLD, "", page)
        x += 170
    y += 170
    while y + 90 < H - NAV_H:  # suggestions
        fp, side = _size(rng, 28, small(rng, 29, 48), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2, 0.55, 2)
        fp2, sd = _size(rng, 18.3, 22, (1.05, 1.2))
        if rng.random() < 0.5:
            cast.stack(s, 50 + side, y + side // 2 + 12, rng.randrange(2, 4), fp2, sd, round(sd * 0.7), page)
        pill(img, W - 200, y + side // 2 - 26, 150, 52, s.accent)
        y += max(side, 70) + 44
    H5.nav_bar(s)
    return s.finish()


def book_cover(cast: Cast, rng: random.Random, w: int, h: int, fp: float) -> tuple[np.ndarray, list[BoxF]]:
    """A memoir's or a biography's cover w x h: the subject's portrait or a photo of people (faces
    ``fp`` px; grey on some), a title band across the top (over the forehead on some) or the
    title in big type over the lower part, the author's name."""
    low = rng.random() < 0.5

    def draw(sc: Screen) -> None:
        if rng.random() < 0.6:
            paste_photo(cast, sc, *portrait(cast, w, h, fp), 0, 0)
        else:
            paste_photo(cast, sc, *snapshot(cast, w, h, fp * 0.6, fp, 0.9), 0, 0)
        if rng.random() < 0.3:
            H10.redrawn(sc, (0, 0, w, h), H10.greyed)
        if low:
            for k in range(2):
                cv2.putText(
                    sc.img,
                    H5.shout(rng)[:9],
                    (round(w * 0.06), round(h * (0.72 + k * 0.12))),
                    cv2.FONT_HERSHEY_DUPLEX,
                    w / 260,
                    WHITE,
                    max(2, w // 60),
                    cv2.LINE_AA,
                )
        else:
            band = round(h * rng.uniform(0.12, 0.26))
            cv2.rectangle(sc.img, (0, 0), (w, band), random_colour(rng, 30, 230), -1)
            sc.words(rng, round(w * 0.06), round(band * 0.7), w / 360, 2, WHITE)
        sc.words(rng, round(w * 0.06), h - round(h * 0.04), w / 600, 2, WHITE)

    return offscreen(w, h, draw)


def bookstore(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-book store: a search field, the book one is reading as a 3D book (``book_cover``: faces
    60-200 px, in perspective, a spine and the pages' edge) with a progress bar, then shelves of
    memoirs and biographies (covers with faces 20-90 px, title bands over foreheads on some) cut by
    the right edge, the author of the week (a 30-50 px face), friends reading (a stack of 18-24 px
    faces) and reviews (20-28 px faces, stars)."""
    s = new_screen_for(rng, name, cast.kind("books"))
    img, page = s.img, s.bg
    y = STATUS_H + 30
    pill(img, 30, y, W - 8 - 60, 70, off(page, 20))
    s.words(rng, 80, y + 46, 0.55, 2, GREY)
    y += 110
    bw = rng.randrange(280, 360)
    bh = round(bw * 1.5)
    cover, faces = book_cover(cast, rng, bw, bh, small(rng, 60, min(200, bw * 0.6)))
    x0, depth = 70, rng.uniform(0.08, 0.18)
    quad = np.array(
        [[x0, y], [x0 + bw * 0.9, y + bh * depth], [x0 + bw * 0.9, y + bh * (1 - depth / 2)], [x0, y + bh]],
        np.float32,
    )
    spine = np.array([[x0 - 36, y + 10], [x0, y], [x0, y + bh], [x0 - 36, y + bh - 10]], np.int32)
    cv2.fillPoly(img, [spine], random_colour(rng, 30, 120), cv2.LINE_AA)
    edge = np.array([quad[1], quad[1] + [14, 8], quad[2] + [14, -8], quad[2]], np.int32)
    cv2.fillPoly(img, [edge], (230, 235, 240), cv2.LINE_AA)
    out, boxes, where, qx, qy = hung(cover, faces, quad)
    paste_photo(cast, s, out, boxes, qx, qy, where)
    tx = x0 + round(bw * 0.9) + 60
    s.words(rng, tx, y + 60, 0.75, 2)
    s.words(rng, tx, y + 100, 0.55, 2, GREY)
    cv2.rectangle(img, (tx, y + 140), (W - 60, y + 150), off(page, 30), -1)
    cv2.rectangle(img, (tx, y + 140), (tx + rng.randrange(40, 400), y + 150), s.accent, -1)
    pill(img, tx, y + 190, 260, 64, s.accent)
    y += bh + 50
    for _ in range(2):  # shelves
        s.words(rng, 30, y, 0.7, 3)
        y += 24
        cw = rng.randrange(170, 230)
        chh = round(cw * 1.5)
        if y + chh > H - NAV_H - 40:
            break
        x = 30
        while x < W - 8:
            paste_photo(cast, s, *book_cover(cast, rng, cw, chh, small(rng, 20, min(90, cw * 0.45))), x, y)
            x += cw + 24
        y += chh + 60
    if y + 100 < H - NAV_H:
        fp, side = _size(rng, 30, small(rng, 31, 50), (1.1, 1.3))
        cast.avatar(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2, 0.6, 3)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        cast.stack(s, W - 8 - 260, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        y += max(side, sd) + 40
    while y + 90 < H - NAV_H:  # reviews
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + 22, 0.5, 2)
        stars(img, W - 240, y + 14, 11, rng.randrange(2, 6), GOLD, GREY)
        y = _text_lines(s, rng, 50 + side, y + 56, rng.randrange(1, 3), 0.5) + 26
    H5.nav_bar(s)
    return s.finish()


def now_playing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music player's lyrics view: the artist's photo full bleed behind the status bar (faces
    200-900 px, or a thing), a gradient darkening its lower half, the synced lyrics in big bold lines
    across it (the sung line white, the others grey, over a chin or a mouth on some), the song, a
    progress bar, the controls, "listening together" (a stack of 18-26 px faces) and the queue's
    sheet peeking (square art with faces 18-40 px)."""
    s = Screen.new(rng, name, cast.kind("lyrics"), "dark")
    img = s.img
    bottom = H - NAV_H
    H12.full_frame(cast, s, (0, 0, W - 8, bottom), small(rng, 200, 900), 0.6)
    ramp = np.linspace(1.0, 0.15, bottom - bottom // 3, dtype=np.float32)[:, None, None]
    H10.redrawn(s, (0, bottom // 3, W - 8, bottom), lambda part: (part * ramp).astype(np.uint8))
    cv2.line(img, (40, STATUS_H + 40), (64, STATUS_H + 60), WHITE, 5)
    cv2.line(img, (64, STATUS_H + 60), (88, STATUS_H + 40), WHITE, 5)
    s.words(rng, 380, STATUS_H + 60, 0.55, 2, WHITE)
    y = round(H * rng.uniform(0.3, 0.45))
    sung = rng.randrange(1, 4)
    for k in range(rng.randrange(4, 7)):
        colour = WHITE if k == sung else (150, 150, 150)
        cv2.putText(
            img,
            H5.shout(rng).lower().capitalize(),
            (50, y),
            cv2.FONT_HERSHEY_DUPLEX,
            rng.uniform(1.5, 2.0),
            colour,
            4 if k == sung else 3,
            cv2.LINE_AA,
        )
        y += rng.randrange(80, 100)
    y = max(y + 20, H - NAV_H - 520)
    s.words(rng, 50, y, 0.9, 2, WHITE)
    s.words(rng, 50, y + 44, 0.6, 2, (190, 190, 190))
    heart(img, (W - 90, y - 10), 22, WHITE)
    y += 80
    cv2.line(img, (50, y), (W - 58, y), (120, 120, 120), 6)
    kx = rng.randrange(80, W - 100)
    cv2.line(img, (50, y), (kx, y), WHITE, 6)
    cv2.circle(img, (kx, y), 12, WHITE, -1, cv2.LINE_AA)
    y += 80
    cv2.circle(img, ((W - 8) // 2, y + 20), 52, WHITE, -1, cv2.LINE_AA)
    for d in (-1, 1):
        tri = np.array(
            [[(W - 8) // 2 + d * 200, y + 20], [(W - 8) // 2 + d * 170, y], [(W - 8) // 2 + d * 170, y + 40]]
        )
        cv2.fillPoly(img, [tri.astype(np.int32)], WHITE, cv2.LINE_AA)
    y += 110
    fp, sd = _size(rng, 18.3, 26, (1.05, 1.2))
    end = cast.stack(s, 50, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), (30, 30, 30))
    s.words(rng, end + 16, y + sd // 2 + 8, 0.5, 3, WHITE)
    y += sd + 30
    sheet(img, y, (36, 36, 40), 30)
    y += 44
    while y + 60 < H - NAV_H:
        side = rng.randrange(70, 96)
        piece, faces = snapshot(cast, side, side, 18.3, min(40, side * 0.45), 0.8)
        ch = min(side, H - NAV_H - y)
        paste_photo(cast, s, piece[:ch], faces, 40, y)
        s.words(rng, 70 + side, y + 34, 0.55, 2, WHITE)
        s.words(rng, 70 + side, y + 66, 0.45, 2, (160, 160, 160))
        y += side + 20
    H5.nav_bar(s)
    return s.finish()


def duel_half(
    cast: Cast, rng: random.Random, w: int, h: int, colour: Colour
) -> tuple[np.ndarray, list[BoxF]]:
    """One player's half of a quiz duel on one phone, w x h: the player's 40-90 px face, a name and
    a big score, the question, four answer buttons (one picked), a picture question's photo (faces
    20-60 px) on some, the fans' stack of 18-24 px faces."""

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), colour, tone(colour, -60))
        fp, side = _size(rng, 40, small(rng, 41, 90), (1.15, 1.35))
        cast.avatar(sc, 30, 30, fp, side, rng.choice(("circle", "rounded", "ring")))
        sc.words(rng, 60 + side, 30 + side // 2, 0.7, 1, WHITE)
        cv2.putText(
            sc.img,
            str(rng.randrange(40)),
            (w - 160, 30 + side // 2 + 20),
            cv2.FONT_HERSHEY_DUPLEX,
            2.0,
            WHITE,
            4,
            cv2.LINE_AA,
        )
        y = 60 + side
        if rng.random() < 0.5:
            pw, ph = rng.randrange(260, 360), rng.randrange(180, 240)
            paste_photo(cast, sc, *snapshot(cast, pw, ph, 20, 60, 0.9), (w - pw) // 2, y)
            y += ph + 20
        else:
            for k in range(3):
                sc.words(rng, 40, y + 40 + k * 44, 0.8, 4, WHITE)
            y += 170
        bw, bh = (w - 90) // 2, min(100, (h - y - 100) // 2)
        picked = rng.randrange(5)
        for k in range(4):
            x, yy = 30 + (k % 2) * (bw + 30), y + (k // 2) * (bh + 20)
            fill(sc.img, rounded_rect(bh, bw, 22), x, yy, GOLD if k == picked else WHITE)
            sc.words(rng, x + 24, yy + bh // 2 + 10, 0.6, 2, INK)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        cast.stack(sc, 30, h - sd - 20, rng.randrange(3, 6), fp, sd, round(sd * 0.7), tone(colour, -60))

    return offscreen(w, h, draw)


def duel(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A two-player quiz duel on one phone laid flat between the players: the far player's half
    (``duel_half``: a 40-90 px face, a picture question's faces 20-60 px, fans' 18-24 px faces)
    turned upside down above the near player's, a middle bar with a timer ring and the round."""
    s = Screen.new(rng, name, cast.kind("duel"), rng.choice(("dark", "light")))
    img = s.img
    bar = 120
    hh = (H - NAV_H - STATUS_H - bar) // 2
    colours = [random_colour(rng, 60, 220) for _ in range(2)]
    far, far_faces = duel_half(cast, rng, W - 8, hh, colours[0])
    out, boxes, _ = turned(far, far_faces, 180)
    oy, ox = (out.shape[0] - hh) // 2, (out.shape[1] - (W - 8)) // 2
    paste_photo(cast, s, *C._crop(out, boxes, ox, oy, W - 8, hh, cast.min_visible), 0, STATUS_H)
    y = STATUS_H + hh
    cv2.rectangle(img, (0, y), (W - 8, y + bar), (30, 30, 34), -1)
    c = ((W - 8) // 2, y + bar // 2)
    cv2.circle(img, c, 46, (80, 80, 80), 8, cv2.LINE_AA)
    cv2.ellipse(img, c, (46, 46), 0, -90, -90 + rng.randrange(30, 360), GOLD, 8, cv2.LINE_AA)
    for d in (-1, 1):
        s.words(rng, c[0] + d * 300 - 60, c[1] + 10, 0.6, 1, WHITE)
    paste_photo(cast, s, *duel_half(cast, rng, W - 8, hh, colours[1]), 0, y + bar)
    H5.nav_bar(s)
    return s.finish()


def daily_selfie(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A selfie-a-day app: today's front camera (faces 200-450 px, or a thing) with an alignment
    guide (a dashed head oval and an eye line across the main face) and a day chip, then the month:
    weekday letters and seven columns of day tiles with that day's selfie (faces 20-60 px; days to
    come empty, missed days grey, today ringed, the date over each tile's corner), then a
    time-lapse strip of frames (faces 18-40 px) under a play button."""
    s = new_screen_for(rng, name, cast.kind("selfie"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    top = STATUS_H + 100
    bottom = top + rng.randrange(600, 760)
    rect = (0, top, W - 8, bottom)
    n0 = len(s.comp.faces)
    H12.full_frame(cast, s, rect, small(rng, 200, 450), 0.3)
    x1, y1, x2, y2 = main_box(s, n0, rect, 300)
    c = (round((x1 + x2) / 2), round((y1 + y2) / 2))
    axes = (round((x2 - x1) * 0.62), round((y2 - y1) * 0.8))
    for a in range(0, 360, 20):
        cv2.ellipse(img, c, axes, 0, a, a + 10, WHITE, 3, cv2.LINE_AA)
    ey = round(y1 + 0.38 * (y2 - y1))
    cv2.line(img, (round(x1 - 0.1 * (x2 - x1)), ey), (round(x2 + 0.1 * (x2 - x1)), ey), (120, 230, 250), 2)
    pill(img, 30, top + 24, 200, 52, (30, 30, 30))
    s.words(rng, 54, top + 60, 0.6, 1, WHITE)
    cv2.circle(img, ((W - 8) // 2, bottom - 70), 48, WHITE, 6, cv2.LINE_AA)
    y = bottom + 20
    s.words(rng, 30, y + 30, 0.7, 2)
    y += 50
    cell = (W - 8 - 40) // 7
    for k in range(7):
        cv2.putText(
            img,
            "SMTWTFS"[k],
            (20 + k * cell + cell // 2 - 10, y + 30),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.7,
            GREY,
            2,
            cv2.LINE_AA,
        )
    y += 50
    first, today = rng.randrange(7), rng.randrange(8, 28)
    tile = cell - 12
    for d in range(35):
        x, yy = 20 + (d % 7) * cell + 6, y + (d // 7) * cell
        if yy + tile * 0.6 > H - NAV_H - 200:
            break
        day = d - first + 1
        if day < 1 or day > today:
            fill(img, rounded_rect(tile, tile, 14), x, yy, off(page, 14))
        elif rng.random() < 0.3:
            fill(img, rounded_rect(tile, tile, 14), x, yy, off(page, 40))
        else:
            cast.avatar(s, x, yy, small(rng, 20, min(60, tile * 0.55)), tile, "rounded")
        if day == today:
            cv2.rectangle(img, (x - 4, yy - 4), (x + tile + 3, yy + tile + 3), s.accent, 4)
        if day >= 1:
            cv2.putText(img, str(day), (x + 6, yy + 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 3, cv2.LINE_AA)
    y += 5 * cell + 20
    x = 30
    if y + 130 < H - NAV_H:
        badge(img, (60, y + 50), 30, s.accent, "")
        x = 110
    while y + 130 < H - NAV_H and x < W - 8:  # the time-lapse's frames
        fw = rng.randrange(110, 150)
        cast.avatar(s, x, y, small(rng, 18.3, min(40, fw * 0.45)), fw, "square")
        x += fw + 8
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    election,
    bracket,
    festival,
    photo_gifts,
    dna_matches,
    qr_friends,
    bookstore,
    now_playing,
    duel,
    daily_selfie,
)
# with people: each twice a round but the two with the most faces a screen
ONCE = (bracket, daily_selfie)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three with the most things again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, bracket, daily_selfie, photo_gifts)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT14_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h14", photos, free, seed, reps)
