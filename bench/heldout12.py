"""Held-out screens, twelfth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Sets one to eleven (heldout.py to heldout11.py) came before it and are seen data, or may be. To keep
this one unseen, no face detector ran on its screens while it was written and the detector's code
was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: wall clocks
and gauges, fruit and vegetables, patterned cloth, cars' front ends, plush toys with no face, pizza
and doughnuts, a mixer's knobs; nothing with eyes, a mouth or a mask); every random choice from
``HELDOUT12_SEED``. Faces are pasted through heldout2's ``Screen``, which settles each one on the
finished screen (pixels drawn over a face later are not the face's; a face with under half of its
box left is dropped); the people's places are filled by heldout11's ``Cast`` (its screens marked
h12-; on face-free screens pets, objects, textures, initials and this set's drawn things), which
counts a face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not
counted, as everywhere in the bench.

What it adds is faces inside video and camera screens: full-screen videos (a held-out photo scaled
to cover the frame, faces up to 1,430 px cut by its edges, or a face on a blurred backdrop), faces
through a wide lens (``fisheye``: each box the box of where the face's ellipse lands), in low light
(``dusk``), under a little handheld blur (``shake``), in filtered, turned and shrunk copies. Ten
layouts none of sets 2-11 draws (they already draw a short-video feed, a live stream,
picture-in-picture, speaker and gallery calls, a video editor's frame strip, a camera viewfinder,
a doorbell, security cameras, a streaming home and title page, a sports broadcast and more: see
their docstrings):
- a short video's comments sheet half up: the video (faces 140-1,090 px) with the action rail, the
  creator's 36-48 px face in a white ring, the caption and a music ticker; comments with 20-28 px
  faces (replies 18-24 px), a GIF reply (faces 16-40 px) on some, one's own 20-26 px face;
- a live battle between two streamers: the videos side by side (faces 60-200 px), a score bar,
  gift banners over the left video (24-32 px faces), top gifters (20-26 px faces, rank badges
  over their foot), the chat (18-24 px faces), viewers' stack (18-22 px);
- a group call's floating tiles of varied sizes (faces 60-300 px; grey or softened on some), name
  plates over chins, muted mics over a face's upper corner, the self view (faces 100-180 px) over
  the tiles, a "waiting to join" tray (18-24 px faces);
- a multicam editor: the program monitor (faces 40-220 px), four angles (faces 24-90 px, one
  panned under a motion blur on some), a timeline of 60-90 px frames (faces 14-40 px);
- a selfie camera's beauty mode: the front camera (faces 220-610 px, in low light on some) with
  face-tracking brackets and landmark dots over the face, a slider, round filter previews (the
  face shrunk to 24-40 px under colour filters);
- a TV programme guide: the channel's preview (faces 40-200 px, a guest's inset of 30-80 px) under
  a news lower third, channel rows whose programme on now has a still (faces 16-50 px);
- a meeting room's 360-degree camera: the room unrolled through a wide lens (four to eight people
  round a table, faces 18-44 px), close-ups (faces 60-200 px), the people in the call (22-30 px);
- a photo booth: the camera (faces 80-300 px) under a countdown numeral, the strip of four frames
  (faces 30-80 px; colour, sepia, grey or black and white) turned 1-5 degrees, earlier strips
  shrunk (faces 10-30 px);
- a TV quiz show: the studio (the audience in rows, faces 12-24 px, under stage lights; the host,
  40-90 px; contestants behind podiums, 26-44 px), the question's lower third, a scoreboard of
  22-40 px headshots, "play along" answers, the players at home (20-28 px faces);
- a video message app: the message full screen (faces 150-1,430 px, a little blur on most, low light
  on some), the sender's 26-34 px face, one's reply in a round bubble (faces 60-130 px), the
  friends' round video bubbles (faces 40-80 px) cut by the right edge.
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Scrims, low
light, blur, filters and the lens leave the faces under them counted, darker, greyer, softer or
bent; opaque plates, badges, banners, numerals, brackets and dots take the pixels they cover. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,133 faces (645 under 32 px, 268 of 32-63, 129 of 64-127,
91 larger; 741 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places, round things in the rows of the room and the audience); ``reps=1`` a quarter (18 screens
with 275 faces: 160, 68, 26 and 21 by size, 187 under 40 px; 13 face-free). Every layout but the
multicam editor and the quiz show (the two with the most faces a screen, 30 and 35 on average) is
drawn twice a round. Counted by running the generator alone (``faces_bench.py --only heldout12
--count-only``, with ``--quick`` for one rep; no detector).
"""

from __future__ import annotations

import itertools
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
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import caption, new_screen, pill, scrim, sheet, small
from heldout6 import filtered, grab, off, outlined, resized, stepped
from heldout7 import header
from heldout9 import play
from heldout11 import INK, ball, figure, gathering, offscreen, paste_photo, portrait, snapshot, turned

HELDOUT12_SEED = 12727

BLUE: Colour = (220, 140, 50)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def _at(c: tuple[int, int], r: float, degrees: float) -> tuple[int, int]:
    a = math.radians(degrees)
    return round(c[0] + r * math.cos(a)), round(c[1] + r * math.sin(a))


def dial(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wall clock (12 or 60 ticks, an hour and a minute hand, a red second hand on some) or a
    gauge (ticks over 270 degrees, a coloured arc, one needle) on a wall, its shadow behind."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = random_colour(rng, 120, 230)
    gradient(img, (0, 0, w, h), wall, tone(wall, -40))
    c, r = (w // 2, h // 2), max(6, min(w, h) * 2 // 5)
    cv2.circle(img, (c[0] + r // 12, c[1] + r // 10), r, tone(wall, -70), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, random_colour(rng, 30, 200), -1, cv2.LINE_AA)
    dial_colour = rng.choice(((240, 240, 235), (30, 30, 30), random_colour(rng, 150, 250)))
    cv2.circle(img, c, r * 7 // 8, dial_colour, -1, cv2.LINE_AA)
    ink = INK if sum(dial_colour) > 384 else WHITE
    t = max(1, r // 30)
    if rng.random() < 0.35:  # a gauge
        cv2.ellipse(img, c, (r * 3 // 4, r * 3 // 4), 0, 135, 405, GREEN, max(2, r // 12), cv2.LINE_AA)
        cv2.ellipse(img, c, (r * 3 // 4, r * 3 // 4), 0, 345, 405, RED, max(2, r // 12), cv2.LINE_AA)
        for k in range(11):
            cv2.line(img, _at(c, r * 0.55, 135 + 27 * k), _at(c, r * 0.68, 135 + 27 * k), ink, t, cv2.LINE_AA)
        cv2.line(img, c, _at(c, r * 0.7, rng.uniform(140, 400)), RED, max(2, r // 18), cv2.LINE_AA)
    else:
        n = rng.choice((12, 60))
        for k in range(n):
            long = n == 12 or k % 5 == 0
            a = 360 * k / n
            cv2.line(img, _at(c, r * (0.66 if long else 0.76), a), _at(c, r * 0.82, a), ink, t * (1 + long),
                     cv2.LINE_AA)  # fmt: skip
        cv2.line(img, c, _at(c, r * 0.45, rng.uniform(0, 360)), ink, max(2, r // 10), cv2.LINE_AA)
        cv2.line(img, c, _at(c, r * 0.7, rng.uniform(0, 360)), ink, max(2, r // 16), cv2.LINE_AA)
        if rng.random() < 0.5:
            cv2.line(img, c, _at(c, r * 0.78, rng.uniform(0, 360)), RED, t, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r // 14), ink, -1, cv2.LINE_AA)
    return img


def fruit(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Fruit and vegetables on a table: oranges, apples with a stem and a leaf, aubergines with a
    green cap, bananas."""
    img = H11._table(rng, w, h)
    for _ in range(rng.randrange(4, 10)):
        c, r = (rng.randrange(w), rng.randrange(h)), max(3, round(min(w, h) * rng.uniform(0.1, 0.22)))
        kind = rng.randrange(4)
        if kind == 0:
            ball(img, c, r, (30, 140, 245), 0.3)
        elif kind == 1:
            ball(img, c, r, rng.choice(((40, 40, 200), (60, 190, 120), (50, 90, 210))), 0.5)
            cv2.line(img, (c[0], c[1] - r + r // 4), (c[0] + r // 6, c[1] - r - r // 4), (30, 60, 90),
                     max(1, r // 8), cv2.LINE_AA)  # fmt: skip
            cv2.ellipse(img, (c[0] + r // 3, c[1] - r), (max(2, r // 3), max(1, r // 7)), -20, 0, 360,
                        (50, 160, 60), -1, cv2.LINE_AA)  # fmt: skip
        elif kind == 2:
            a = rng.uniform(0, 180)
            cv2.ellipse(img, c, (r * 3 // 2, max(2, r * 2 // 3)), a, 0, 360, (90, 30, 70), -1, cv2.LINE_AA)
            cap = (max(2, r // 3), max(2, r // 2))
            cv2.ellipse(img, _at(c, r * 1.3, a), cap, a, 0, 360, (50, 140, 60), -1, cv2.LINE_AA)
        else:
            start = rng.randrange(360)
            cv2.ellipse(img, c, (r * 3 // 2, r), rng.uniform(0, 180), start, start + 110, (60, 210, 240),
                        max(3, r // 2), cv2.LINE_AA)  # fmt: skip
    return img


def fabric(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A patterned cloth in soft folds: tartan, diagonal stripes, a dotted lattice or checks."""
    base, ink = np.array(random_colour(rng, 60, 220), np.float32), random_colour(rng, 40, 230)
    img = np.full((h, w, 3), base, np.uint8)
    step = max(6, min(w, h) // rng.randrange(5, 12))
    kind = rng.randrange(4)
    if kind == 0:
        band = np.zeros((h, w), np.float32)
        for k in range(0, max(w, h), step):
            band[:, k : k + step // 3] += 0.35
            band[k : k + step // 3, :] += 0.35
        img = (base * (1 - band[:, :, None]) + np.array(ink, np.float32) * band[:, :, None]).astype(np.uint8)
    elif kind == 1:
        for k in range(-h, w, step):
            cv2.line(img, (k, 0), (k + h, h), ink, max(1, step // 3), cv2.LINE_AA)
    elif kind == 2:
        for j, y in enumerate(range(0, h + step, step)):
            for x in range((j % 2) * step // 2, w + step, step):
                cv2.circle(img, (x, y), max(1, step // 5), ink, -1, cv2.LINE_AA)
    else:
        for y in range(0, h, step):
            for x in range((y // step % 2) * step, w, 2 * step):
                cv2.rectangle(img, (x, y), (x + step - 1, y + step - 1), ink, -1)
    folds = cv2.resize(H11._noise(rng, max(2, h // 12), max(2, w // 3), 1.5), (w, h))[:, :, None]
    return np.clip(img * (0.65 + 0.5 * folds), 0, 255).astype(np.uint8)


def car(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A car's front end on a street: the body, a tinted windscreen, a barred grille, round lamps,
    a bumper, a number plate, tyres."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h // 2), random_colour(rng, 170, 250), (200, 200, 205))
    gradient(img, (0, h // 2, w, h), (120, 120, 125), (70, 70, 75))
    body = random_colour(rng, 30, 230)
    x1, x2 = round(w * 0.1), round(w * 0.9)
    top, mid, foot = round(h * 0.2), round(h * 0.45), round(h * 0.8)
    for tx in (x1 + w // 20, x2 - w // 20 - max(3, w // 8)):
        cv2.rectangle(img, (tx, foot - h // 20), (tx + max(3, w // 8), foot + h // 12), (25, 25, 25), -1)
    roof = np.array([[x1 + w // 8, top], [x2 - w // 8, top], [x2, mid], [x1, mid]], np.int32)
    cv2.fillPoly(img, [roof], body, cv2.LINE_AA)
    glass = np.array([[x1 + w // 7, top + h // 30], [x2 - w // 7, top + h // 30], [x2 - w // 30, mid - 2],
                      [x1 + w // 30, mid - 2]], np.int32)  # fmt: skip
    cv2.fillPoly(img, [glass], (70, 55, 45), cv2.LINE_AA)
    fill(img, rounded_rect(foot - mid, x2 - x1, max(2, h // 16)), x1, mid, body)
    gx1, gx2, gy1, gy2 = round(w * 0.33), round(w * 0.67), round(h * 0.55), round(h * 0.68)
    cv2.rectangle(img, (gx1, gy1), (gx2, gy2), (35, 35, 38), -1)
    for k in range(1, 4):
        yy = gy1 + (gy2 - gy1) * k // 4
        cv2.line(img, (gx1, yy), (gx2, yy), (150, 150, 155), max(1, h // 100))
    lamp = rng.choice(((235, 240, 245), (150, 210, 245)))
    for lx in (round(w * 0.2), round(w * 0.8)):
        cv2.ellipse(img, (lx, round(h * 0.57)), (max(2, w // 14), max(2, h // 24)), 0, 0, 360, lamp, -1)
    cv2.rectangle(img, (x1, round(h * 0.72)), (x2, round(h * 0.76)), tone(body, -50), -1)
    cv2.rectangle(img, (round(w * 0.42), round(h * 0.73)), (round(w * 0.58), round(h * 0.78)), WHITE, -1)
    return img


def plush(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A plush toy with no face (a plain round head, two ears, arms, feet with paler pads, a bow)
    sitting on a blanket; fuzz from smoothed noise."""
    img = (
        fabric(rng, w, h)
        if rng.random() < 0.5
        else np.full((h, w, 3), random_colour(rng, 150, 240), np.uint8)
    )
    fur, bow = random_colour(rng, 60, 220), random_colour(rng, 40, 230)
    cx, r = w // 2, max(4, min(w, h) // 5)
    cy = h // 2 - r // 2
    toy = np.zeros((h, w), np.uint8)
    for d in (-1, 1):
        cv2.circle(toy, (cx + d * r * 4 // 5, cy - r * 4 // 5), r * 2 // 5, 255, -1)  # ears
        cv2.ellipse(toy, (cx + d * r * 6 // 5, cy + r * 3 // 2), (r // 3, r * 2 // 3), d * 30, 0, 360, 255,
                    -1)  # fmt: skip
        cv2.ellipse(toy, (cx + d * r * 3 // 5, cy + r * 5 // 2), (r // 2, r // 3), 0, 0, 360, 255, -1)
    cv2.ellipse(toy, (cx, cy + r * 7 // 4), (r, r * 5 // 4), 0, 0, 360, 255, -1)
    cv2.circle(toy, (cx, cy), r, 255, -1)
    fuzz = 0.8 + 0.35 * H11._noise(rng, h, w, 1.2)[:, :, None]
    coat = np.clip(np.array(fur, np.float32) * fuzz, 0, 255).astype(np.uint8)
    img[toy > 0] = coat[toy > 0]
    for d in (-1, 1):
        pad = (cx + d * r * 3 // 5, cy + r * 5 // 2)
        cv2.ellipse(img, pad, (r // 4, r // 6), 0, 0, 360, tone(fur, 50), -1)
        tri = np.array([[cx, cy + r], [cx + d * r // 2, cy + r - r // 4], [cx + d * r // 2, cy + r + r // 4]])
        cv2.fillPoly(img, [tri.astype(np.int32)], bow, cv2.LINE_AA)
    return img


def food(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Food from close up: a pizza (sauce, cheese, pepperoni, basil, slice cuts) or doughnuts with
    icing and sprinkles, on a table."""
    img = H11._table(rng, w, h)
    if rng.random() < 0.5:
        c, r = (w // 2, h // 2), max(6, min(w, h) * 9 // 20)
        ball(img, c, r, (80, 150, 210), 0.1)
        cv2.circle(img, c, r * 5 // 6, (40, 60, 190), -1, cv2.LINE_AA)
        for _ in range(rng.randrange(8, 16)):
            p = _at(c, r * 0.7 * math.sqrt(rng.random()), rng.uniform(0, 360))
            cv2.circle(img, p, max(2, r // 7), (120, 200, 240), -1, cv2.LINE_AA)
        for _ in range(rng.randrange(5, 12)):
            p = _at(c, r * 0.65 * math.sqrt(rng.random()), rng.uniform(0, 360))
            cv2.circle(img, p, max(2, r // 9), (40, 40, 150), -1, cv2.LINE_AA)
        for k in range(rng.randrange(3, 5)):
            cv2.line(img, _at(c, r * 0.85, 45 * k), _at(c, r * 0.85, 45 * k + 180), (150, 190, 220),
                     max(1, r // 40), cv2.LINE_AA)  # fmt: skip
        return img
    for _ in range(rng.randrange(2, 6)):
        c, r = (rng.randrange(w), rng.randrange(h)), max(5, round(min(w, h) * rng.uniform(0.15, 0.25)))
        ball(img, c, r, (70, 140, 210), 0.2)
        cv2.circle(img, c, r * 4 // 5, rng.choice(((180, 120, 240), (40, 60, 100), (240, 240, 245))), -1,
                   cv2.LINE_AA)  # fmt: skip
        for _ in range(12):
            p = _at(c, r * rng.uniform(0.4, 0.75), rng.uniform(0, 360))
            cv2.line(img, p, (p[0] + rng.randrange(-4, 5), p[1] + rng.randrange(-4, 5)),
                     random_colour(rng, 60, 255), max(1, r // 20), cv2.LINE_AA)  # fmt: skip
        cv2.circle(img, c, max(2, r // 4), tuple(int(v) for v in img[0, 0]), -1, cv2.LINE_AA)
    return img


def knobs(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A mixer's panel: rows of round knobs (a pointer, a ring of ticks), LEDs and fader slots."""
    img = np.zeros((h, w, 3), np.uint8)
    metal = random_colour(rng, 40, 120)
    gradient(img, (0, 0, w, h), tone(metal, 30), tone(metal, -20))
    cols, rows = rng.randrange(2, 5), rng.randrange(2, 4)
    r = max(3, min(w // cols, h // (rows + 1)) // 3)
    for i in range(rows):
        for j in range(cols):
            c = (round((j + 0.5) * w / cols), round((i + 0.5) * h / (rows + 1)))
            for k in range(9):
                cv2.line(img, _at(c, r * 1.2, 135 + 34 * k), _at(c, r * 1.4, 135 + 34 * k), (200,) * 3, 1)
            ball(img, c, r, (70, 70, 74), 0.25)
            cv2.line(img, c, _at(c, r * 0.9, rng.uniform(135, 405)), WHITE, max(1, r // 6), cv2.LINE_AA)
    y = round((rows + 0.3) * h / (rows + 1))
    for j in range(cols * 2):
        x = round((j + 0.5) * w / (cols * 2))
        cv2.line(img, (x, y), (x, h - 4), (20, 20, 20), max(2, r // 4))
        cv2.rectangle(img, (x - r // 2, y + rng.randrange(max(1, h - 4 - y))), (x + r // 2, h - 4), metal, -1)
        cv2.circle(img, (x, max(2, y - r // 2)), max(1, r // 5), rng.choice((GREEN, RED, GOLD)), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (dial, fruit, fabric, car, plush, food, knobs)


@dataclass
class Cast(H11.Cast):
    """heldout11's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h12-, whose drawn things (half of its things, a fifth of a face-free screen's
    avatars) are this set's: clocks and gauges, fruit, cloth, cars' fronts, faceless plush toys,
    food, mixer knobs."""

    drawn: float = 0.5
    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h12-" + super().kind(layout).removeprefix("h11-")


# ----------------------------------------------------------------------------------------------
# Staging: fisheye lenses, low light, handheld shake.
# ----------------------------------------------------------------------------------------------


def fisheye(piece: np.ndarray, faces: Sequence[BoxF], k: float) -> tuple[np.ndarray, list[BoxF]]:
    """``piece`` through a wide lens (barrel distortion of strength ``k`` in [0, 1): the middle
    magnified by 1 / (1 - k), the edges squeezed, the corners where they were), each face's box the
    box of where its ellipse (inscribed in the old box) lands; a face landing on no pixel is dropped."""
    h, w = piece.shape[:2]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xs - cx, ys - cy
    f = 1 - k + k * (dx**2 + dy**2) / (cx**2 + cy**2)
    mx, my = cx + dx * f, cy + dy * f
    out = cv2.remap(piece, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    boxes = []
    for a, b, c, d in faces:
        u, v = (mx - (a + c) / 2) / max(0.5, (c - a) / 2), (my - (b + d) / 2) / max(0.5, (d - b) / 2)
        inside = u**2 + v**2
        yy, xx = np.nonzero(inside <= 1)
        if len(xx):
            boxes.append((float(xx.min()), float(yy.min()), float(xx.max() + 1), float(yy.max() + 1)))
    return out, boxes


def dusk(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """Low light (for ``heldout10.redrawn``): darker (45-70 %), a cool cast, sensor grain."""
    level, grain = rng.uniform(0.45, 0.7), rng.uniform(3, 8)
    noise = np.random.default_rng(rng.randrange(2**32))

    def fn(part: np.ndarray) -> np.ndarray:
        out = part.astype(np.float32) * level * np.array((1.1, 1.0, 0.88), np.float32)
        return np.clip(out + noise.normal(0, grain, part.shape[:2])[:, :, None], 0, 255).astype(np.uint8)

    return fn


def shake(s: Screen, rect: tuple[int, int, int, int], rng: random.Random, p: float, longest: int = 8) -> None:
    """On ``p`` of the screens a little handheld motion blur over ``rect`` (3 to ``longest`` px)."""
    if rng.random() < p:
        H10.redrawn(s, rect, H10.motion_blur(rng.randrange(3, longest + 1), rng.uniform(-30, 30)))


def full_frame(cast: Cast, s: Screen, rect: tuple[int, int, int, int], fp: float, cover: float) -> None:
    """A video filling ``rect``: on ``cover`` of them a held-out photo scaled to cover it (1-1.2
    times; its faces at whatever size that makes them, often 300-900 px), else heldout4's photo
    with its face ``fp`` px on a blurred backdrop; a face-free cast's thing."""
    x1, y1, x2, y2 = rect
    w, h, rng = x2 - x1, y2 - y1, cast.rng
    if not cast.photos or rng.random() >= cover:
        cast.photo(s, x1, y1, w, h, fp)
        return
    p = rng.choice(cast.photos)
    img, faces = C._scaled(p, max(w / p.image.shape[1], h / p.image.shape[0]) * rng.uniform(1.0, 1.2))
    x, y = rng.randrange(img.shape[1] - w + 1), rng.randrange(img.shape[0] - h + 1)
    paste_photo(cast, s, *C._crop(img, faces, x, y, w, h, cast.min_visible), x1, y1)


def rail(img: np.ndarray, rng: random.Random, x: int, y: int, ink: Colour) -> int:
    """A short video's action buttons down from (x, y): a heart, a speech bubble, a bookmark, a share
    arrow, each with a count; returns the y under them."""
    for k in range(4):
        c = (x, y + 34)
        if k == 0:
            heart(img, c, 30, RED if rng.random() < 0.4 else ink)
        elif k == 1:
            cv2.ellipse(img, c, (30, 24), 0, 0, 360, ink, -1, cv2.LINE_AA)
            cv2.fillPoly(img, [np.array([[x - 16, y + 50], [x - 24, y + 70], [x, y + 56]], np.int32)], ink)
        elif k == 2:
            pts = np.array(
                [[x - 20, y + 6], [x + 20, y + 6], [x + 20, y + 64], [x, y + 48], [x - 20, y + 64]]
            )
            cv2.fillPoly(img, [pts.astype(np.int32)], ink, cv2.LINE_AA)
        else:
            cv2.arrowedLine(img, (x - 22, y + 50), (x + 24, y + 20), ink, 7, tipLength=0.5)
        cv2.putText(img, f"{rng.randrange(1, 999)}{rng.choice(('', 'K', 'K', 'M'))}", (x - 30, y + 100),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.55, ink, 2, cv2.LINE_AA)  # fmt: skip
        y += 130
    return y


def gift(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A wrapped present: a box, a ribbon across it and two loops on top."""
    cv2.rectangle(img, (c[0] - r, c[1] - r // 2), (c[0] + r, c[1] + r), colour, -1)
    cv2.rectangle(img, (c[0] - r // 6, c[1] - r // 2), (c[0] + r // 6, c[1] + r), GOLD, -1)
    for d in (-1, 1):
        cv2.ellipse(img, (c[0] + d * r // 3, c[1] - r * 3 // 4), (r // 3, r // 4), 0, 0, 360, GOLD, 3)


def plate_over(s: Screen, rng: random.Random, n0: int, rect: tuple[int, int, int, int]) -> None:
    """A name plate over a video tile's foot (over the chin of its main face on most) and a muted
    mic over the face's upper corner on some."""
    x1, y1, x2, y2 = rect
    box = H10.nearest_face(s, n0, ((x1 + x2) / 2, (y1 + y2) / 2))
    py = y2 - 50
    if box is not None and rng.random() < 0.6:
        py = min(py, round(box[3] - (box[3] - box[1]) * rng.uniform(0.05, 0.45)))
    pill(s.img, x1 + 10, py, round((x2 - x1) * rng.uniform(0.35, 0.7)), 36, (25, 25, 28))
    s.words(rng, x1 + 26, py + 26, 0.5, 1, WHITE)
    if box is not None and rng.random() < 0.4:
        badge(s.img, (round(box[2]), round(box[1])), max(12, round((box[2] - box[0]) / 7)), RED, "x", WHITE)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def comments_sheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A vertical short video with its comments sheet half up: the video (one person, faces
    140-420 px, a little handheld blur on some) under the tabs, the action rail with the creator's
    36-48 px face in a white ring and a follow badge over its foot, the caption and a music ticker
    over the video's foot; the sheet (its top at 45-58 % of the screen, over the rest of the video):
    comments with 20-28 px faces (replies 18-24 px, initials on some), a creator chip, a GIF reply
    (faces 16-40 px) on some, hearts and counts, one's own 20-26 px face by the input."""
    s = Screen.new(rng, name, cast.kind("comments"), "dark")
    img = s.img
    top = round(H * rng.uniform(0.45, 0.58))
    n0 = len(s.comp.faces)
    full_frame(cast, s, (0, STATUS_H, W - 8, top + 200), small(rng, 140, 420), 0.5)
    shake(s, (0, STATUS_H, W - 8, top), rng, 0.4)
    stepped(s, (0, top - 260, W - 8, top), 0.0, 0.5)
    for k, word in enumerate(("Following", "For You")):
        cv2.putText(img, word, (300 + k * 230, STATUS_H + 60), cv2.FONT_HERSHEY_DUPLEX, 0.8,
                    WHITE if k else (200, 200, 200), 2, cv2.LINE_AA)  # fmt: skip
    fp, side = _size(rng, 36, small(rng, 37, 48), (1.1, 1.25))
    x, y = W - 8 - 60 - side // 2, max(STATUS_H + 120, top - 720)
    cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, x, y, fp, side, "circle")
    badge(img, (x + side // 2, y + side + 2), 12, RED, "+")
    rail(img, rng, W - 8 - 60, y + side + 40, WHITE)
    s.words(rng, 30, top - 150, 0.65, 2, WHITE)
    _text_lines(s, rng, 30, top - 110, 2, 0.5)
    cv2.circle(img, (44, top - 40), 9, WHITE, -1, cv2.LINE_AA)
    cv2.line(img, (52, top - 40), (52, top - 66), WHITE, 3)
    s.words(rng, 70, top - 32, 0.5, 4, WHITE)
    box = H10.nearest_face(s, n0, (W / 2, top / 2))
    page = rng.choice((WHITE, (32, 32, 34)))
    sheet(img, top, page, 30)
    ink = INK if page == WHITE else WHITE
    s.words(rng, W // 2 - 110, top + 70, 0.6, 2, ink)
    y = top + 120
    while y < H - NAV_H - 230:
        reply = rng.random() < 0.3
        x = 30 + (80 if reply else 0)
        fp, side = (
            _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2)) if reply else _size(rng, 20, small(rng, 21, 28))
        )
        cast.person(s, x, y, fp, side, "circle")
        s.words(rng, x + side + 16, y + 18, 0.45, 1, GREY)
        if rng.random() < 0.12:
            pill(img, x + side + 150, y, 110, 28, s.accent)
            s.words(rng, x + side + 164, y + 21, 0.4, 1, WHITE)
        yy = _text_lines(s, rng, x + side + 16, y + 52, rng.randrange(1, 3), 0.5) if ink == INK else y + 52
        if ink == WHITE:
            s.words(rng, x + side + 16, y + 52, 0.5, 4, WHITE)
            yy += 30
        if rng.random() < 0.15 and yy < H - NAV_H - 420:
            paste_photo(cast, s, *snapshot(cast, 180, 180, 16, 40, 0.8), x + side + 16, yy,
                        rounded_rect(180, 180, 12))  # fmt: skip
            yy += 190
        heart(img, (W - 70, y + 30), 14, GREY if rng.random() < 0.7 else RED)
        s.words(rng, W - 90, y + 70, 0.4, 1, GREY)
        if not reply and rng.random() < 0.3:
            s.words(rng, x + side + 16, yy + 10, 0.45, 3, GREY)
            yy += 36
        y = max(yy, y + side) + 30
    cv2.rectangle(img, (0, H - NAV_H - 120), (W, H - NAV_H), tone(page, -12), -1)
    fp, side = _size(rng, 20, small(rng, 21, 26), (1.1, 1.2))
    cast.avatar(s, 30, H - NAV_H - 60 - side // 2, fp, side, "circle")
    pill(img, 50 + side, H - NAV_H - 92, W - 8 - 110 - side, 64, tone(page, -30))
    s.words(rng, 80 + side, H - NAV_H - 50, 0.5, 2, GREY)
    if box is None:  # a face-free video: the paused glyph
        play(img, (W // 2, top // 2), 50, (60, 60, 60), WHITE)
    H5.nav_bar(s)
    return s.finish()


def pk_battle(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live battle between two streamers: the host's 30-40 px face, name and a follow pill, the
    viewers as a stack of 18-22 px faces and a count, the two videos side by side (faces 60-200 px),
    the score bar across their foot with a "PK" badge and a timer, gift banners sliding in over the
    left video (the sender's 24-32 px face, a name, a present, "x12"), each side's top three gifters
    (20-26 px faces, rank badges over their foot), then the chat (18-24 px faces, coloured names,
    join notices) and the input with a gift button."""
    s = Screen.new(rng, name, cast.kind("pkbattle"), "dark")
    img, page = s.img, s.bg
    fp, side = _size(rng, 30, small(rng, 31, 40), (1.1, 1.2))
    pill(img, 20, STATUS_H + 16, 360, side + 16, (50, 50, 55))
    cast.avatar(s, 28, STATUS_H + 24, fp, side, "circle")
    s.words(rng, 40 + side, STATUS_H + 30 + side // 2, 0.5, 1, WHITE)
    pill(img, 270, STATUS_H + 24, 100, side, RED)
    fp, sd = _size(rng, 18.3, 22, (1.05, 1.15))
    end = cast.stack(s, W - 8 - 300, STATUS_H + 30, 3, fp, sd, round(sd * 0.75), page)
    s.words(rng, end + 10, STATUS_H + 30 + sd // 2 + 8, 0.5, 1, WHITE)
    top, hw = STATUS_H + 120, (W - 8) // 2
    vh = rng.randrange(620, 780)
    for k in range(2):
        cast.photo(s, k * hw, top, hw - 2, vh, small(rng, 60, 200))
    shake(s, (0, top, hw, top + vh), rng, 0.3, 6)
    cv2.line(img, (hw, top), (hw, top + vh), (20, 20, 20), 4)
    share = rng.uniform(0.2, 0.8)
    cv2.rectangle(img, (0, top + vh), (round((W - 8) * share), top + vh + 40), (80, 60, 235), -1)
    cv2.rectangle(img, (round((W - 8) * share), top + vh), (W - 8, top + vh + 40), BLUE, -1)
    for x in (20, W - 8 - 140):
        cv2.putText(img, str(rng.randrange(100, 99999)), (x, top + vh + 30), cv2.FONT_HERSHEY_DUPLEX, 0.8,
                    WHITE, 2, cv2.LINE_AA)  # fmt: skip
    badge(img, (hw, top + vh + 20), 36, GOLD, "PK", (20, 20, 20))
    pill(img, hw - 70, top + 20, 140, 44, (30, 30, 30))
    clock = f"0{rng.randrange(5)}:{rng.randrange(60):02d}"
    cv2.putText(img, clock, (hw - 48, top + 52), cv2.FONT_HERSHEY_DUPLEX, 0.7, WHITE, 2, cv2.LINE_AA)
    y = top + vh - 100
    for _ in range(rng.randrange(1, 4)):  # gift banners over the left video
        fp, side = _size(rng, 24, small(rng, 25, 32), (1.05, 1.15))
        bw = rng.randrange(340, 470)
        pill(img, 10, y - side // 2 - 8, bw, side + 16,
             rng.choice(((140, 60, 200), (60, 120, 240), (200, 90, 60))))  # fmt: skip
        cast.avatar(s, 18, y - side // 2, fp, side, "circle")
        s.words(rng, 30 + side, y + 8, 0.5, 1, WHITE)
        gift(img, (bw - 60, y), 20, RED)
        caption(img, f"x{rng.randrange(2, 99)}", bw + 20, y + 18, 1.0)
        y -= side + 40
    y = top + vh + 60
    for k in range(2):  # top gifters
        for j in range(3):
            fp, side = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
            x = k * hw + 40 + j * (side + 30)
            cast.avatar(s, x, y, fp, side, "circle", (GOLD, (200, 200, 200), (60, 120, 200))[j])
            badge(img, (x + side // 2, y + side), 10, (GOLD, GREY, (60, 120, 200))[j], str(j + 1))
    y += 90
    bottom = H - NAV_H - 120
    while y < bottom - 60:  # the chat
        if rng.random() < 0.2:
            s.words(rng, 30, y + 30, 0.45, 3, GREY)
            y += 50
            continue
        fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
        w = rng.randrange(400, 800)
        pill(img, 20, y, w, side + 16, (45, 45, 50))
        cast.person(s, 28, y + 8, fp, side, "circle")
        s.words(rng, 40 + side, y + 8 + side // 2 + 7, 0.5, 1, random_colour(rng, 120, 255))
        s.words(rng, 180 + side, y + 8 + side // 2 + 7, 0.5, 3, WHITE)
        y += side + 30
    cv2.rectangle(img, (0, bottom), (W, H - NAV_H), (20, 20, 22), -1)
    pill(img, 20, bottom + 26, W - 8 - 260, 64, (50, 50, 55))
    gift(img, (W - 8 - 190, bottom + 60), 22, RED)
    for k in range(2):
        cv2.circle(img, (W - 8 - 110 + k * 60, bottom + 58), 22, (90, 90, 96), -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


# rows of a call's tiles: how many tiles side by side in each row
CALL_ROWS: tuple[tuple[int, ...], ...] = ((1, 2), (2, 1, 2), (1, 3), (2, 2, 3), (1, 2, 3), (2, 3))


def group_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group call's floating tiles: rows of one to three tiles of varied sizes (faces 60-300 px,
    rounded, the speaker in an accent frame, grey under a black-and-white filter on some, softened
    with a "reconnecting" spinner on others), name plates over the foot of the tiles (over the chin
    on most), muted mics over a face's upper corner, the self view (faces 100-180 px) floating over
    the tiles' lower right, a "waiting to join" tray (18-24 px faces, admit pills), the controls."""
    s = new_screen(rng, name, cast.kind("groupcall"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 60, 0.7, 2)
    cv2.putText(img, f"{rng.randrange(60):02d}:{rng.randrange(60):02d}", (W - 170, STATUS_H + 60),
                cv2.FONT_HERSHEY_SIMPLEX, 0.7, s.fg, 2, cv2.LINE_AA)  # fmt: skip
    top, bottom = STATUS_H + 100, H - NAV_H - 420
    rows = rng.choice(CALL_ROWS)
    weights = [rng.uniform(1.6, 2.2) / n for n in rows]
    y, gap = top, 12
    speaker = rng.randrange(sum(rows))
    i = 0
    for n, wt in zip(rows, weights, strict=True):
        rh = round((bottom - top - gap * len(rows)) * wt / sum(weights))
        cuts = sorted(rng.uniform(0.3, 0.7) + k for k in range(n - 1))
        edges = [0, *(round(c / n * (W - 8)) for c in cuts), W - 8]
        for a, b in itertools.pairwise(edges):
            x1, x2 = a + gap // 2, b - gap // 2
            n0 = len(s.comp.faces)
            cast.photo(s, x1, y, x2 - x1, rh, small(rng, 60, min(300, (x2 - x1) * 0.55)),
                       rounded_rect(rh, x2 - x1, 24))  # fmt: skip
            if rng.random() < 0.15:
                H10.redrawn(s, (x1, y, x2, y + rh), H10.greyed)
            elif rng.random() < 0.1:
                H8.softened(s, (x1, y, x2, y + rh), n0, rng.uniform(1.0, 2.0))
                cv2.ellipse(img, ((x1 + x2) // 2, y + rh // 2), (30, 30), 0, 0, 270, WHITE, 5, cv2.LINE_AA)
            plate_over(s, rng, n0, (x1, y, x2, y + rh))
            if i == speaker:
                cv2.rectangle(img, (x1 - 2, y - 2), (x2 + 1, y + rh + 1), s.accent, 5)
            i += 1
        y += rh + gap
    sw = rng.randrange(220, 300)
    sh = sw * 4 // 3
    sx, sy = W - 8 - sw - 30, bottom - sh - rng.randrange(20, 120)
    fill(img, rounded_rect(sh + 8, sw + 8, 22), sx - 4, sy - 4, (15, 15, 18))
    cast.photo(s, sx, sy, sw, sh, small(rng, 100, min(180, sw * 0.6)), rounded_rect(sh, sw, 20))
    y = bottom + 20
    s.words(rng, 30, y + 30, 0.55, 3)
    y += 50
    for _ in range(rng.randrange(1, 3)):  # waiting to join
        fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2 + 8, 0.5, 2)
        outlined(img, W - 330, y - 6, 130, side + 12, GREY, page)
        pill(img, W - 180, y - 6, 130, side + 12, s.accent)
        y += side + 30
    cy = H - NAV_H - 90
    for k, colour in enumerate(((70, 70, 74), (70, 70, 74), (70, 70, 74), RED)):
        cv2.circle(img, (160 + k * 250, cy), 44, colour, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def multicam(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A multicam video editor: the program monitor (faces 40-220 px, or a thing) with a timecode
    chip and thin safe-area lines across it, four camera angles (faces 24-90 px; one panned, under
    a motion blur, on some) with "CAM n" chips over their corner and level meters, the live one
    framed in red, then the timeline: two or three tracks of clips drawn as runs of 60-90 px frames
    (faces 14-40 px; under 18 px not counted), clip names over the first frame, cut marks, the
    playhead across every track, an audio waveform."""
    s = new_screen(rng, name, cast.kind("multicam"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    pill(img, W - 230, STATUS_H + 26, 120, 48, s.accent)
    x0, y0, pw = 20, STATUS_H + 110, W - 8 - 40
    ph = pw * 9 // 16
    cast.scene(s, x0, y0, pw, ph, small(rng, 40, 220), rng.random() < 0.9)
    cv2.rectangle(img, (x0 + pw // 20, y0 + ph // 20), (x0 + pw * 19 // 20, y0 + ph * 19 // 20), (200,) * 3,
                  1)  # fmt: skip
    pill(img, x0 + 16, y0 + ph - 56, 230, 40, (20, 20, 20))
    cv2.putText(img, f"00:{rng.randrange(60):02d}:{rng.randrange(60):02d}:{rng.randrange(25):02d}",
                (x0 + 34, y0 + ph - 28), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2, cv2.LINE_AA)  # fmt: skip
    y = y0 + ph + 24
    aw = (W - 8 - 60) // 2
    ah = aw * 9 // 16
    live = rng.randrange(4)
    for k in range(4):
        ax, ay = 20 + (k % 2) * (aw + 20), y + (k // 2) * (ah + 20)
        cast.scene(s, ax, ay, aw, ah, small(rng, 24, 90), rng.random() < 0.85)
        if rng.random() < 0.2:
            pan = H10.motion_blur(rng.randrange(5, 10), rng.uniform(-10, 10))
            H10.redrawn(s, (ax, ay, ax + aw, ay + ah), pan)
        pill(img, ax + 10, ay + 10, 96, 34, (20, 20, 20))
        cv2.putText(img, f"CAM {k + 1}", (ax + 22, ay + 34), cv2.FONT_HERSHEY_SIMPLEX, 0.5, WHITE, 1)
        level = rng.randrange(20, ah - 20)
        cv2.rectangle(img, (ax + aw - 22, ay + ah - 10 - level), (ax + aw - 12, ay + ah - 10), GREEN, -1)
        if k == live:
            cv2.rectangle(img, (ax - 3, ay - 3), (ax + aw + 2, ay + ah + 2), RED, 5)
    y += 2 * ah + 60
    head = rng.randrange(200, 800)
    tracks = rng.randrange(2, 4)
    for _ in range(tracks):
        fw = rng.randrange(60, 91)
        fh = round(fw * rng.uniform(0.75, 1.0))
        cv2.rectangle(img, (0, y), (W, y + fh + 16), off(page, 14), -1)
        x = rng.randrange(-fw, 40)
        while x < W - 8:
            n = rng.randrange(2, 7)
            if rng.random() < 0.35:
                frame, faces = portrait(cast, fw, fh, fw * rng.uniform(0.2, 0.45))
            else:
                frame, faces = snapshot(cast, fw, fh, 14, 40, 0.8)
            for j in range(n):
                paste_photo(cast, s, frame, faces, x + j * fw, y + 8)
            cv2.rectangle(img, (x, y + 8), (x + n * fw, y + 8 + fh), s.accent, 2)
            s.words(rng, x + 6, y + 28, 0.4, 1, WHITE)
            x += n * fw + rng.choice((0, 0, 12))
        y += fh + 24
    for x in range(20, W - 20, 6):  # the waveform
        a = round(30 * abs(math.sin(x / rng.uniform(20, 40))) * rng.random())
        cv2.line(img, (x, y + 40 - a), (x, y + 40 + a), (90, 200, 90), 2)
    ruler = y0 + ph + 54 + 2 * ah
    cv2.line(img, (head, ruler), (head, y + 80), RED, 3)
    cv2.fillPoly(img, [np.array([[head - 14, ruler], [head + 14, ruler], [head, ruler + 20]], np.int32)], RED)
    H5.nav_bar(s)
    return s.finish()


def beauty_cam(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A selfie camera in beauty mode: the front camera (faces 220-560 px; in low light on some:
    darker, grainy, cool), face-tracking brackets on the main face's corners and a sparse mesh of
    landmark dots over it, a beauty slider with its value, flash and timer glyphs, then a strip of
    round filter previews (the face shrunk to 24-40 px under grey, sepia, cool, warm and other
    filters; things on a face-free screen), the chosen one ringed, mode tabs and the shutter."""
    s = Screen.new(rng, name, cast.kind("beautycam"), "dark")
    img = s.img
    top, bottom = STATUS_H + 90, H - NAV_H - 430
    n0, ps = len(s.comp.faces), rng.randrange(90, 121)
    full_frame(cast, s, (0, top, W - 8, bottom), small(rng, 220, 560), 0.6)
    if rng.random() < 0.35:
        H10.redrawn(s, (0, top, W - 8, bottom), dusk(rng))
    box = H10.nearest_face(s, n0, ((W - 8) / 2, (top + bottom) / 2))
    if box is not None:
        x1, y1, x2, y2 = (round(v) for v in box)
        arm = (x2 - x1) // 5
        for cx, cy, dx, dy in ((x1, y1, 1, 1), (x2, y1, -1, 1), (x1, y2, 1, -1), (x2, y2, -1, -1)):
            cv2.line(img, (cx, cy), (cx + dx * arm, cy), WHITE, 4)
            cv2.line(img, (cx, cy), (cx, cy + dy * arm), WHITE, 4)
        for _ in range(rng.randrange(12, 30)):
            a, r = rng.uniform(0, 2 * math.pi), math.sqrt(rng.random()) * 0.42
            p = (
                round((x1 + x2) / 2 + r * (x2 - x1) * math.cos(a)),
                round((y1 + y2) / 2 + r * (y2 - y1) * math.sin(a)),
            )
            cv2.circle(img, p, 3, (120, 250, 120), -1, cv2.LINE_AA)
        side = (x2 - x1) * ps / rng.uniform(24, 40)
    else:
        x1, y1, x2, y2 = W // 2 - 100, (top + bottom) // 2 - 100, W // 2 + 100, (top + bottom) // 2 + 100
        side = 400
    side = round(side)
    view, view_faces = grab(s, (0, top, W - 8, bottom), n0)  # the face's square, padded where it ends
    sx, sy = (x1 + x2 - side) // 2, (y1 + y2 - side) // 2 - top
    look, look_faces = C._crop(view, view_faces, sx, sy, side, side, cast.min_visible)
    for k in range(4):
        cv2.circle(img, (W - 8 - 60 - k * 100, STATUS_H + 45), 22, WHITE, 3, cv2.LINE_AA)
    sx = W - 8 - 70
    cv2.line(img, (sx, top + 200), (sx, top + 700), (200, 200, 200), 6)
    ky = rng.randrange(top + 200, top + 700)
    cv2.circle(img, (sx, ky), 22, WHITE, -1, cv2.LINE_AA)
    pill(img, sx - 120, ky - 22, 80, 44, (30, 30, 30))
    s.words(rng, sx - 100, ky + 8, 0.5, 1, WHITE)
    y = bottom + 30
    x = 30
    chosen = rng.randrange(5)
    for k in range(rng.randrange(6, 9)):
        kind = ("none", "grey", "sepia", "cool", "warm", "faded", "contrast", "noir")[k % 8]
        piece, faces = resized(filtered(look, kind), look_faces, ps, ps)
        if k == chosen:
            cv2.circle(img, (x + ps // 2, y + ps // 2), ps // 2 + 8, s.accent, 4, cv2.LINE_AA)
        paste_photo(cast, s, piece, faces, x, y, mask(ps, "circle"))
        s.words(rng, x + 10, y + ps + 30, 0.42, 1, WHITE)
        x += ps + 30
    y += ps + 80
    for k in range(4):
        s.words(rng, 110 + k * 240, y, 0.55, 1, GOLD if k == 2 else (200, 200, 200))
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 80), 58, WHITE, 6, cv2.LINE_AA)
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 80), 46, WHITE, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def tv_guide(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A TV app's programme guide: the channel being watched in a preview (faces 40-200 px, or a
    thing; a guest's inset box on some, faces 30-80 px) under a channel logo and a LIVE chip, a
    news lower third over its foot (over chins on some), day chips, a time ruler, then a channel a
    row: a drawn logo, programme cells, the programme on now with a 16:9 thumbnail (a still of
    people, faces 16-50 px, or a thing) and a progress bar, the "now" line down every row."""
    s = new_screen(rng, name, cast.kind("tvguide"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y0, ph = STATUS_H + 110, rng.randrange(420, 560)
    cast.scene(s, 0, y0, W - 8, ph, small(rng, 40, 200), rng.random() < 0.85)
    if rng.random() < 0.35:
        iw = rng.randrange(260, 360)
        cv2.rectangle(img, (W - 8 - iw - 34, y0 + 26), (W - 8 - 26, y0 + 34 + iw * 3 // 4), WHITE, -1)
        cast.scene(s, W - 8 - iw - 30, y0 + 30, iw, iw * 3 // 4, small(rng, 30, 80), True)
    H8.logo(img, rng, 24, y0 + 20, 64)
    pill(img, 100, y0 + 30, 90, 40, RED)
    s.words(rng, 116, y0 + 58, 0.5, 1, WHITE)
    band = y0 + ph - rng.randrange(80, 150)
    cv2.rectangle(img, (0, band), (W - 8, band + 56), s.accent, -1)
    s.words(rng, 24, band + 40, 0.8, 3, WHITE)
    cv2.rectangle(img, (0, band + 56), (W - 8, band + 96), (245, 245, 245), -1)
    s.words(rng, 24, band + 86, 0.55, 6, INK)
    y = y0 + ph + 30
    for k in range(5):
        pill(img, 24 + k * 180, y, 160, 48, s.accent if k == 0 else off(page, 25))
        s.words(rng, 46 + k * 180, y + 32, 0.45, 1, WHITE if k == 0 else s.fg)
    y += 80
    cols = 120 + np.arange(5) * 240
    for c in cols:
        s.words(rng, int(c), y + 24, 0.45, 1, GREY)
    now = int(cols[0]) + rng.randrange(40, 400)
    y += 44
    first = y
    rh = rng.randrange(110, 140)
    while y < H - NAV_H - rh:
        cv2.rectangle(img, (0, y), (W, y + rh - 6), off(page, 10), -1)
        H8.logo(img, rng, 14, y + (rh - 6 - 80) // 2, 80)
        x = 110 - rng.randrange(0, 200)
        while x < W - 8:
            cw = rng.randrange(220, 520)
            a, b = max(x, 110), min(x + cw, W - 8)
            if b - a > 40:
                on = a <= now < b
                cv2.rectangle(img, (a + 3, y + 3), (b - 3, y + rh - 9), off(page, 40 if on else 22), -1)
                tx = a + 10
                if on and b - a > 260:
                    th = rh - 30
                    tw = th * 16 // 9
                    paste_photo(cast, s, *snapshot(cast, tw, th, 16, min(50, th * 0.5), 0.85), a + 10, y + 12)
                    cv2.rectangle(img, (a + 10, y + rh - 22),
                                  (a + 10 + round(tw * rng.random()), y + rh - 16), RED, -1)  # fmt: skip
                    tx += tw + 12
                s.words(rng, tx, y + 42, 0.5, 2, s.fg)
                s.words(rng, tx, y + 76, 0.42, 1, GREY)
            x += cw
        y += rh
    cv2.line(img, (now, first - 10), (now, y), s.accent, 3)
    cv2.circle(img, (now, first - 10), 8, s.accent, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def room_panorama(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """A meeting room seen by a 360-degree camera in the middle of its table, unrolled into a w x h
    band: a wall with windows and a screen, four to eight people round the table (faces 18-44 px,
    head and shoulders, the table's edge over their chests; a face-free cast's are round things),
    laptops and cups on the table; then through a wide lens (``fisheye``)."""

    def draw(sc: Screen) -> None:
        wall = random_colour(rng, 110, 220)
        gradient(sc.img, (0, 0, w, h), tone(wall, 20), tone(wall, -40))
        for _ in range(rng.randrange(1, 4)):
            wx = rng.randrange(0, w - 120)
            cv2.rectangle(sc.img, (wx, h // 10), (wx + rng.randrange(80, 200), h // 2), (235, 225, 210), -1)
        n = rng.randrange(4, 9)
        step = w / n
        for k in range(n):
            fp = small(rng, 18.3, 44)
            cx = (k + 0.5) * step + rng.uniform(-0.2, 0.2) * step
            figure(cast, sc, cx, h * rng.uniform(0.36, 0.46), fp, (0, 0, w, h))
        edge = round(h * rng.uniform(0.66, 0.74))
        wood = random_colour(rng, 40, 120)
        cv2.ellipse(sc.img, (w // 2, edge + h), (w, h), 0, 180, 360, wood, -1, cv2.LINE_AA)
        cv2.rectangle(sc.img, (0, edge + h // 8), (w, h), wood, -1)
        for _ in range(rng.randrange(2, 5)):
            lx = rng.randrange(0, w - 80)
            cv2.rectangle(sc.img, (lx, edge + 6), (lx + 70, edge + 16), (60, 60, 64), -1)
            cv2.circle(sc.img, (lx + rng.randrange(90, 140), edge + 20), 8, WHITE, -1, cv2.LINE_AA)

    piece, faces = offscreen(w, h, draw)
    return fisheye(piece, faces, rng.uniform(0.15, 0.35))


def room360(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meeting room's 360-degree camera in a call: the title, a REC chip, the room's panorama
    through the wide lens (faces 18-44 px bent by it, the speaker marked by an accent bar under
    them), a "360" chip, then the stage: one to three close-ups cut from the room (faces 60-200 px,
    a shared whiteboard of strokes in the third's place on some) with name plates over their foot
    and an accent frame round the one talking, then the people in the call (22-30 px faces,
    initials on some, "in room" chips, mic glyphs) and the controls."""
    s = new_screen(rng, name, cast.kind("room360"), ("dark", "light", "dark"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 60, 0.7, 3)
    pill(img, W - 160, STATUS_H + 28, 110, 44, RED)
    s.words(rng, W - 136, STATUS_H + 58, 0.5, 1, WHITE)
    y0, bh = STATUS_H + 100, rng.randrange(240, 330)
    paste_photo(cast, s, *room_panorama(cast, rng, W - 8, bh), 0, y0)
    pill(img, 16, y0 + 12, 80, 36, (20, 20, 20))
    s.words(rng, 30, y0 + 38, 0.5, 1, WHITE)
    sx = rng.randrange(100, W - 200)
    cv2.rectangle(img, (sx, y0 + bh - 10), (sx + 100, y0 + bh - 4), s.accent, -1)
    y = y0 + bh + 20
    n = rng.randrange(1, 4)
    gap = 12
    tw = (W - 8 - 20 - gap * (n - 1)) // n
    th = rng.randrange(420, 560) if n == 1 else rng.randrange(380, 500)
    talk = rng.randrange(n)
    for k in range(n):
        x = 10 + k * (tw + gap)
        n0 = len(s.comp.faces)
        if k == 2 and rng.random() < 0.4:
            cv2.rectangle(img, (x, y), (x + tw, y + th), (245, 245, 245), -1)
            for _ in range(rng.randrange(3, 8)):
                pts = np.array([[x + rng.randrange(tw), y + rng.randrange(th)] for _ in range(4)], np.int32)
                cv2.polylines(img, [pts], False, random_colour(rng, 20, 200), 3, cv2.LINE_AA)
        else:
            cast.photo(s, x, y, tw, th, small(rng, 60, min(200, tw * 0.5)), rounded_rect(th, tw, 16))
            plate_over(s, rng, n0, (x, y, x + tw, y + th))
        if k == talk:
            cv2.rectangle(img, (x - 2, y - 2), (x + tw + 1, y + th + 1), s.accent, 5)
    y += th + 40
    while y < H - NAV_H - 200:
        fp, side = _size(rng, 22, small(rng, 23, 30), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 2)
        if rng.random() < 0.5:
            outlined(img, W - 330, y + side // 2 - 20, 150, 40, GREY, page)
        cv2.circle(img, (W - 80, y + side // 2), 14, GREY if rng.random() < 0.6 else RED, -1, cv2.LINE_AA)
        y += max(side, 40) + 26
    cy = H - NAV_H - 90
    cv2.rectangle(img, (0, cy - 70), (W, H - NAV_H), off(page, 14), -1)
    for k in range(5):
        cv2.circle(img, (130 + k * 205, cy), 40, RED if k == 4 else off(page, 50), -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def booth_strip(cast: Cast, rng: random.Random, sw: int) -> tuple[np.ndarray, list[BoxF]]:
    """A photo booth's strip ``sw`` px wide: four frames one under the other on white or cream
    paper (one or two people each, faces 30-80 px, or a thing), all in colour, sepia, grey or
    contrasty black and white, the date printed at the foot."""
    m = max(10, sw // 22)
    fw = sw - 2 * m
    fh = fw * 3 // 4
    sh = m + 4 * (fh + m) + 60
    kind = rng.choice(("none", "sepia", "grey", "noir", "sepia"))

    def draw(sc: Screen) -> None:
        sc.img[:] = rng.choice(((245, 245, 245), (215, 235, 245)))
        for k in range(4):
            cast.scene(sc, m, m + k * (fh + m), fw, fh, small(rng, 30, min(80, fw * 0.3)), rng.random() < 0.9)
        H10.redrawn(sc, (0, 0, sw, sh), lambda part: filtered(part, kind))
        sc.words(rng, m, sh - 24, 0.45, 2, (90, 90, 90))

    return offscreen(sw, sh, draw)


def photo_booth(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo booth app: the camera (faces 80-300 px, or a thing) with a countdown numeral in
    outlined digits over it (over a face on some) and a "pose!" chip, then the strip just taken
    (``booth_strip``: four frames, faces 30-80 px) turned 1-5 degrees, beside it the options
    (layouts as drawn icons, colour/sepia/black-and-white chips, print and share pills) and the
    earlier strips shrunk (faces 10-30 px; under 18 px not counted) cut by the right edge."""
    s = new_screen(rng, name, cast.kind("booth"), ("light", "tinted", "dark"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    y0, lh = STATUS_H + 100, rng.randrange(420, 540)
    cast.scene(s, 20, y0, W - 48, lh, small(rng, 80, 300), rng.random() < 0.9, rounded_rect(lh, W - 48, 24))
    caption(img, str(rng.randrange(1, 4)), rng.randrange(300, 700), y0 + lh // 2 + rng.randrange(0, 120), 5.0)
    pill(img, 40, y0 + lh - 70, 160, 50, s.accent)
    s.words(rng, 62, y0 + lh - 36, 0.55, 1, WHITE)
    y = y0 + lh + 40
    sw = rng.randrange(300, 380)
    piece, faces = booth_strip(cast, rng, sw)
    out, boxes, where = turned(piece, faces, rng.uniform(1, 5) * rng.choice((-1, 1)))
    if out.shape[0] > H - NAV_H - y - 10:
        out, boxes = resized(out, boxes, round(out.shape[1] * (H - NAV_H - y - 10) / out.shape[0]),
                             H - NAV_H - y - 10)  # fmt: skip
        where = cv2.resize(where, (out.shape[1], out.shape[0]), interpolation=cv2.INTER_NEAREST)
    paste_photo(cast, s, out, boxes, 30, y, where)
    x = 30 + out.shape[1] + 40
    s.words(rng, x, y + 30, 0.65, 2)
    for k in range(3):  # layouts
        bx = x + k * 140
        outlined(img, bx, y + 60, 110, 150, s.accent if k == 0 else GREY, page)
        for j in range(4 if k == 0 else 2 + k):
            cv2.rectangle(img, (bx + 25, y + 75 + j * 30), (bx + 85, y + 95 + j * 30), off(page, 60), -1)
    for k in range(3):  # tones
        pill(img, x + k * 140, y + 240, 125, 48, s.accent if k == 0 else off(page, 30))
        s.words(rng, x + 20 + k * 140, y + 272, 0.45, 1, WHITE if k == 0 else s.fg)
    pill(img, x, y + 320, 420, 64, s.accent)
    outlined(img, x, y + 400, 420, 64, s.accent, page)
    yy = y + 510
    s.words(rng, x, yy, 0.6, 2)
    bx = x
    while bx < W - 8 and yy + 40 < H - NAV_H - 60:  # earlier strips
        small_w = rng.randrange(80, 120)
        old, old_faces = booth_strip(cast, rng, sw)
        sh = min(H - NAV_H - 40 - yy, round(old.shape[0] * small_w / sw))
        piece, faces = resized(old, old_faces, small_w, sh)
        paste_photo(cast, s, piece, faces, bx, yy + 30)
        bx += small_w + 24
    H5.nav_bar(s)
    return s.finish()


def quiz_show(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A TV quiz show in a streaming app: the studio (a gradient, the audience in 2-3 rows at the
    back, faces 12-24 px, under coloured stage lights; the host standing, faces 40-90 px;
    contestants behind podiums, faces 26-44 px), the question's lower third over the picture's
    foot, the scoreboard strip (the contestants' 22-40 px headshots, names, scores), then "play
    along" answer pills and the players at home (20-28 px faces, ranks, points; one's own row in
    the accent)."""
    s = Screen.new(rng, name, cast.kind("quiz"), "dark")
    img = s.img
    pill(img, 24, STATUS_H + 24, 90, 44, RED)
    s.words(rng, 40, STATUS_H + 56, 0.5, 1, WHITE)
    s.words(rng, 140, STATUS_H + 58, 0.7, 2, WHITE)
    y0, vw, vh = STATUS_H + 100, W - 8, rng.randrange(640, 780)
    podiums = rng.randrange(3, 5)

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, vw, vh), random_colour(rng, 40, 120), (30, 20, 40))
        crowd = round(vh * rng.uniform(0.25, 0.35))
        rows = rng.randrange(2, 4)
        paste_photo(cast, sc, *gathering(cast, vw, crowd, rng.uniform(12, 15), small(rng, 18.3, 24), rows,
                                         0, (2.2, 2.8)), 0, 0)  # fmt: skip
        for _ in range(rng.randrange(2, 4)):
            H10.redrawn(sc, (0, 0, vw, vh), H11.beam(rng, vw, vh))
        floor = round(vh * 0.62)
        gradient(sc.img, (0, floor, vw, vh), (90, 60, 70), (30, 25, 35))
        figure(cast, sc, vw * rng.uniform(0.12, 0.25), vh * 0.42, small(rng, 40, 90), (0, 0, vw, vh), True)
        step = vw * 0.62 / podiums
        for k in range(podiums):
            px = round(vw * 0.35 + (k + 0.5) * step)
            figure(cast, sc, px, vh * rng.uniform(0.5, 0.56), small(rng, 26, 44), (0, 0, vw, vh))
            a, b = step * 0.4, step / 3
            desk = np.array(
                [[px - a, vh * 0.66], [px + a, vh * 0.66], [px + b, vh * 0.9], [px - b, vh * 0.9]], np.int32
            )
            cv2.fillPoly(sc.img, [desk], (160, 90, 40), cv2.LINE_AA)
            score = str(rng.randrange(50) * 100)
            cv2.putText(
                sc.img, score, (px - 40, round(vh * 0.78)), cv2.FONT_HERSHEY_DUPLEX, 0.9, GOLD, 2, cv2.LINE_AA
            )

    paste_photo(cast, s, *offscreen(vw, vh, draw), 0, y0)
    band = y0 + vh - rng.randrange(120, 170)
    fill(img, rounded_rect(90, vw - 80, 20), 40, band, (120, 40, 30))
    s.words(rng, 70, band + 56, 0.8, 5, WHITE)
    y = y0 + vh
    cv2.rectangle(img, (0, y), (W, y + 110), (40, 30, 50), -1)
    cw = (W - 8) // podiums
    for k in range(podiums):  # the scoreboard
        fp, side = _size(rng, 22, small(rng, 23, 40), (1.1, 1.25))
        side = min(side, 90)
        cast.avatar(s, k * cw + 16, y + 55 - side // 2, fp, side, "square")
        s.words(rng, k * cw + 30 + side, y + 45, 0.5, 1, WHITE)
        cv2.putText(img, str(rng.randrange(50) * 100), (k * cw + 30 + side, y + 85), cv2.FONT_HERSHEY_DUPLEX,
                    0.8, GOLD, 2, cv2.LINE_AA)  # fmt: skip
    y += 140
    for k in range(4):  # play along
        x = 30 + (k % 2) * ((W - 8 - 80) // 2 + 20)
        pill(img, x, y + (k // 2) * 84, (W - 8 - 80) // 2, 66, s.accent if k == 0 else (60, 60, 66))
        s.words(rng, x + 30, y + (k // 2) * 84 + 42, 0.55, 2, WHITE)
    y += 190
    me = rng.randrange(6)
    k = 0
    while y < H - NAV_H - 80:
        if k == me:
            cv2.rectangle(img, (0, y - 8), (W, y + 56), s.accent, -1)
        cv2.putText(img, str(k + 1), (30, y + 36), cv2.FONT_HERSHEY_DUPLEX, 0.8, WHITE, 2, cv2.LINE_AA)
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        cast.person(s, 80, y + 24 - side // 2, fp, side, "circle")
        s.words(rng, 100 + side, y + 34, 0.55, 2, WHITE)
        s.words(rng, W - 180, y + 34, 0.55, 1, GOLD)
        y += max(side, 48) + 24
        k += 1
    H5.nav_bar(s)
    return s.finish()


def video_messages(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video message app playing a friend's message: the message full screen (faces 150-450 px,
    handheld: a little motion blur on most; in low light on some), progress segments, the sender's
    26-34 px face, name and time over the top, auto captions on a translucent band, one's own reply
    recording in a round bubble (faces 60-130 px) in a red ring over the lower right, then over a
    gradient at the foot the friends' round video bubbles (faces 40-80 px) with unseen rings and
    names, cut by the right edge."""
    s = Screen.new(rng, name, cast.kind("vmessage"), "dark")
    img = s.img
    bottom = H - NAV_H
    full_frame(cast, s, (0, STATUS_H, W - 8, bottom), small(rng, 150, 450), 0.5)
    shake(s, (0, STATUS_H, W - 8, bottom), rng, 0.7)
    if rng.random() < 0.25:
        H10.redrawn(s, (0, STATUS_H, W - 8, bottom), dusk(rng))
    scrim(s, (0, STATUS_H, W - 8, STATUS_H + 150), 0.35)
    n = rng.randrange(2, 6)
    seg = (W - 8 - 40 - 8 * (n - 1)) // n
    for k in range(n):
        pill(img, 20 + k * (seg + 8), STATUS_H + 14, seg, 8, WHITE if k <= n // 2 else GREY)
    fp, side = _size(rng, 26, small(rng, 27, 34), (1.1, 1.25))
    cast.avatar(s, 24, STATUS_H + 40, fp, side, "circle")
    s.words(rng, 40 + side, STATUS_H + 50 + side // 2, 0.6, 1, WHITE)
    s.words(rng, 200 + side, STATUS_H + 50 + side // 2, 0.45, 1, (210, 210, 210))
    cy = round(bottom * rng.uniform(0.55, 0.65))
    scrim(s, (60, cy, W - 8 - 60, cy + 90), 0.45)
    s.words(rng, 90, cy + 56, 0.7, 4, WHITE)
    foot = bottom - rng.randrange(230, 280)
    stepped(s, (0, foot - 80, W - 8, bottom), 0.0, 0.7)
    bs = rng.randrange(200, 280)
    bx, by = W - 8 - bs - 30, foot - bs - 40
    cv2.circle(img, (bx + bs // 2, by + bs // 2), bs // 2 + 8, RED, 6, cv2.LINE_AA)
    cast.scene(s, bx, by, bs, bs, small(rng, 60, min(130, bs * 0.5)), True, mask(bs, "circle"))
    x = 24
    while x < W - 8:  # friends
        fs = rng.randrange(110, 150)
        fp = small(rng, 40, min(80, fs * 0.6))
        if rng.random() < 0.6:
            cv2.circle(img, (x + fs // 2, foot + 10 + fs // 2), fs // 2 + 7, s.accent, 5, cv2.LINE_AA)
        cast.scene(s, x, foot + 10, fs, fs, fp, True, mask(fs, "circle"))
        s.words(rng, x + 10, foot + fs + 46, 0.45, 1, WHITE)
        x += fs + 30
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    comments_sheet, pk_battle, group_call, multicam, beauty_cam, tv_guide, room360, photo_booth, quiz_show,
    video_messages,
)  # fmt: skip
# with people: each twice a round but the two with the most faces a screen
ONCE = (multicam, quiz_show)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three with the most things again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, multicam, tv_guide, photo_booth)


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT12_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h12", photos, free, seed, reps)
