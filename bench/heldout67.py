"""Held-out screens, sixty-seventh set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a sofa for sale in a room, a takeaway box
on a counter, a road at night; nothing with eyes, a mouth or a mask, and no round things in
pairs); every random choice from ``HELDOUT67_SEED`` (67676; the environment's ``HELDOUT67_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout66's ``Cast``
(through the sets' before it; this set's screens are marked h67-) fills the people's places with
``solo`` avatars, whose squares hold one face each (a photo whose face has a neighbour is passed
over), and on face-free screens puts pets, objects, textures, initials, app icons, glyphs and this
set's drawn things there; it counts a face cut by an edge while half of its box is inside.

What it adds is SPARSE screens again, as heldout66 drew them, on other apps: a screen holds one
small face, or at most two far apart, where every set before 66 crowds them: a video call waiting
for others with the user's own self view (dragged past the screen's side on some) and, on some, one
participant's tile; a ride-hailing app's driver card under a map; a food order's tracker with its
courier's avatar (a scooter's badge over it on some); a bank's payees, initials but one photo; a
job's listing with its recruiter's avatar; a marketplace listing with its seller's avatar beside the
price; a dating app's new match (a banner over a home screen, or on some the app's match card with
a large face); a fitness leaderboard, initials but one friend's tinted row; a news article's byline;
a phone's recent calls, initials but one contact's photo (that row swiped on some, the photo cut by
the left edge). Ten layouts:
- a video call (``video_call``): the meeting's name, a large initials disc, "Waiting for others to
  join", the user's self view (``self_view``: a rounded tile, the face 20-44 px, past the screen's
  right side by 15-30 % on 20 %); on 35 % a participant's tile at the top (30-96 px face); the
  controls;
- a ride (``ride_driver``): a map with the route and the car, the sheet with the driver's card
  (``driver_card``: the face 22-48 px, a rating's chip over the avatar's foot on 40 %); on 35 % the
  rider's own 18-26 px face at the top's right;
- an order's tracker (``courier_tracker``): the time, four steps, a small map, the courier's row
  (``courier_row``: 18-30 px, a scooter's icon over its lower right on half), the items; on 30 % a
  past courier's row at the foot ("Rate your last courier");
- a bank's payees (``payee_list``): rows (``payee_row``) of initials but one payee's 20-32 px
  photo, on 35 % a second four rows or more away;
- a job's listing (``job_listing``): the company's icon, the title, chips, the pay, "Posted by" with
  the recruiter's 18-30 px face, the description; on 35 % "People you know here" with a 13-24 px
  face near the foot (under 18 px drawn, not counted);
- a marketplace listing (``marketplace_item``): the item's photo (a thing), the price, the seller's
  row (``seller_row``: 18-28 px, stars), the description; on 30 % a buyer's question with an 18-24
  px face near the foot;
- a new match (``match_notice``): on 70 % a home screen (a dimmed wallpaper, a grid of app icons)
  under the notification's banner with the match's 20-40 px face (the app's small icon over it on
  half); else the app's card with the match's face 64-160 px;
- a leaderboard (``leaderboard``): rows (``board_row``) of ranks, initials and steps but one
  friend's tinted row with an 18-30 px face; on 35 % "You" pinned at the foot with the user's own
  face four rows or more away;
- an article (``article_byline``): the headline, the byline with the author's 18-32 px face (33-48
  px on a fifth), the picture (a thing), the body; on 30 % "About the author" at the foot (24-40 px);
- recent calls (``recent_calls``): rows (``call_row``) of initials and unknown numbers but one
  contact's 20-32 px photo (that row swiped on 20 %, the photo cut by the left edge), on 35 % a
  second four rows or more away.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
badges, chips and swipe bands take the pixels they cover, and a face under them counts while half
of its box shows. Light, dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 240 screens with 315 faces (276 under 32 px, 29 of 32-63, 9 of 64-127, 1
larger; 294 under 40 px), 165 of the screens with one face and 75 with two, and 52 face-free
screens (the same layouts with initials, app icons, glyphs, pets, objects and this set's drawn
things in the people's places); ``reps=1`` a quarter (60 screens with 77 faces: 65, 9, 2 and 1 by
size, 69 under 40 px; 13 face-free). Every layout has people six times a round. The faces of each
layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    video_call         24 screens    36 faces:  19,   9,   8,   0
    ride_driver        24 screens    33 faces:  23,  10,   0,   0
    courier_tracker    24 screens    29 faces:  29,   0,   0,   0
    payee_list         24 screens    34 faces:  34,   0,   0,   0
    job_listing        24 screens    29 faces:  29,   0,   0,   0
    marketplace_item   24 screens    32 faces:  32,   0,   0,   0
    match_notice       24 screens    24 faces:  20,   2,   1,   1
    leaderboard        24 screens    31 faces:  31,   0,   0,   0
    article_byline     24 screens    34 faces:  26,   8,   0,   0
    recent_calls       24 screens    33 faces:  33,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout as HO
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout66 as H66
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout19 import chevron
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import APPS, MARKS, NAMES, SHAPES, app_icon, face_px, finish, glyph, side_for, top_bar

DEFAULT_SEED = 67676


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT67_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 67676."""
    return int(env.get("HELDOUT67_SEED") or DEFAULT_SEED)


HELDOUT67_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top
RED: Colour = (60, 60, 220)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def sofa(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A sofa for sale in a room: a pale wall, a wooden floor's boards, the sofa's back, seat and
    arms as blocks of one fabric colour, and a square cushion."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.68, 0.78))
    gradient(img, (0, 0, w, floor), (215, 225, 230), (190, 200, 210))
    gradient(img, (0, floor, w, h), (70, 110, 150), (50, 85, 120))
    for x in range(0, w, max(6, w // 9)):
        cv2.line(img, (x, floor), (x, h), (45, 75, 105), 1)
    fabric = rng.choice(((120, 100, 60), (80, 80, 150), (100, 130, 90), (150, 150, 150)))
    x1, x2 = round(w * 0.12), round(w * 0.88)
    back, seat = round(h * 0.35), round(h * 0.55)
    cv2.rectangle(img, (x1, back), (x2, floor - 8), fabric, -1)
    cv2.rectangle(img, (x1, seat), (x2, floor - 8), tuple(max(0, c - 25) for c in fabric), -1)
    arm = max(4, w // 14)
    for ax in (x1 - arm // 2, x2 - arm // 2):
        cv2.rectangle(
            img, (ax, seat - h // 12), (ax + arm, floor - 8), tuple(max(0, c - 40) for c in fabric), -1
        )
    cx = round(w * rng.uniform(0.3, 0.6))
    cv2.rectangle(img, (cx, seat - h // 7), (cx + w // 7, seat), rng.choice(((40, 160, 220), WHITE)), -1)
    return img


def takeaway(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A takeaway box on a counter: a tiled wall, the counter's top, a folded paper box (a trapezoid
    with its flaps) and a straw laid across it."""
    img = np.zeros((h, w, 3), np.uint8)
    top = round(h * rng.uniform(0.6, 0.7))
    img[:top] = rng.choice(((200, 205, 200), (170, 190, 210)))
    step = max(6, w // 10)
    img[:top, ::step] = 150  # the tiles' grout, down and across
    img[:top:step] = 150
    gradient(img, (0, top, w, h), (60, 60, 70), (40, 40, 50))
    cx, bw = round(w * rng.uniform(0.4, 0.6)), max(10, w // 3)
    box = np.array(
        [
            (cx - bw // 2, top - h // 3),
            (cx + bw // 2, top - h // 3),
            (cx + bw // 3, top + h // 10),
            (cx - bw // 3, top + h // 10),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [box], rng.choice(((235, 235, 235), (90, 140, 190))))
    cv2.line(img, (cx - bw // 2, top - h // 3), (cx, top - h // 2), (200, 200, 200), max(1, w // 60))
    cv2.line(img, (cx + bw // 2, top - h // 3), (cx, top - h // 2), (200, 200, 200), max(1, w // 60))
    cv2.line(img, (cx - bw, top + h // 6), (cx + bw, top + h // 8), (60, 150, 200), max(1, w // 50))
    return img


def night_road(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A road at night seen from a car: a dark sky, the road narrowing to the horizon, its dashed
    middle line and a row of tall lamp posts with their light on one side."""
    img = np.zeros((h, w, 3), np.uint8)
    hz = round(h * rng.uniform(0.4, 0.5))
    gradient(img, (0, 0, w, hz), (60, 30, 20), (110, 70, 50))
    gradient(img, (0, hz, w, h), (40, 45, 40), (30, 35, 30))
    vx = round(w * rng.uniform(0.4, 0.6))
    road = np.array([(vx - 4, hz), (vx + 4, hz), (w, h), (0, h)], np.int32)
    cv2.fillPoly(img, [road], (70, 70, 75))
    for k in range(1, 8):
        t1, t2 = k / 8, (k + 0.5) / 8
        p1 = (round(vx + (w // 2 - vx) * t1), round(hz + (h - hz) * t1))
        p2 = (round(vx + (w // 2 - vx) * t2), round(hz + (h - hz) * t2))
        cv2.line(img, p1, p2, (200, 220, 230), max(1, round(w * t2 / 60)))
    side = rng.choice((-1, 1))
    for k in range(1, 5):
        t = k / 5
        x = round(vx + side * (w * 0.6) * t)
        y = round(hz + (h - hz) * t)
        cv2.line(img, (x, y), (x, y - round(h * 0.4 * t)), (110, 110, 110), max(1, round(3 * t)))
        cv2.ellipse(
            img,
            (x, y - round(h * 0.4 * t)),
            (max(2, round(10 * t)), max(1, round(3 * t))),
            0,
            0,
            360,
            (150, 220, 250),
            -1,
        )
    return img


RENDERS: tuple[H11.Render, ...] = (sofa, takeaway, night_road)


# ----------------------------------------------------------------------------------------------
# The cast: one face an avatar (heldout66's ``solo``).
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H66.Cast):
    """heldout66's cast (one face in each ``solo`` avatar; on a face-free screen initials, app icons,
    glyphs, pets, objects or drawn things in its place), its screens marked h67-, whose drawn things
    are this set's: a sofa, a takeaway box, a road at night."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h67-" + super().kind(layout).removeprefix("h66-")


def button(img: np.ndarray, x: int, y: int, w: int, text: str, back: Colour, ink: Colour = WHITE) -> None:
    """A wide button at (x, y), ``w`` wide and 90 high, ``text`` about its middle."""
    rounded_card(img, x, y, w, 90, 45, back)
    note(img, text, (x + w // 2 - 12 * len(text), y + 58), 0.8, ink, 2)


def stars(img: np.ndarray, x: int, y: int, n: int, r: int, ink: Colour) -> None:
    """``n`` filled five-point stars of radius ``r`` in a row from (x, y) (their centres)."""
    for k in range(n):
        cx = x + k * (2 * r + 6)
        pts = []
        for j in range(10):
            a = np.pi / 2 + j * np.pi / 5
            rr = r if j % 2 == 0 else r * 0.45
            pts.append((cx + rr * np.cos(a), y - rr * np.sin(a)))
        cv2.fillPoly(img, [np.array(pts).astype(np.int32)], ink)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws one face (or two far apart) or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def self_view(cast: Cast, rng: random.Random, s: Screen, y: int, edge: bool) -> int:
    """A video call's self view: a rounded tile with the user's own 20-44 px face (a wider crop than
    an avatar's) at the right above ``y``; with ``edge`` dragged 15-30 % past the screen's right
    side. Returns the tile's side."""
    fp = face_px(rng, 20, 44)
    side = round(fp * rng.uniform(1.3, 1.8))
    x = WIDTH - side + round(side * rng.uniform(0.15, 0.3)) if edge else WIDTH - 40 - side
    rounded_card(s.img, x - 4, y - side - 4, side + 8, side + 8, 14, (90, 90, 90))
    cast.solo(s, x, y - side, fp, side, "rounded")
    return side


def video_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video call waiting for others: the meeting's name, "Waiting for others to join" under a
    large initials disc, the user's self view (``self_view``; dragged past the right side on 20 %),
    on 35 % a participant who joined in a tile at the top (30-96 px face); the controls."""
    s = new_screen(rng, name, cast.kind("call"), ("dark", "dark", "tinted"))
    meeting = rng.choice(("Weekly sync", "Design review", "Parents' evening", "Standup"))
    note(s.img, meeting, (40, STATUS_H + 60), 0.9, s.fg, 2)
    clock = f"{rng.randrange(0, 59):02d}:{rng.randrange(0, 59):02d}"
    note(s.img, clock, (WIDTH - 140, STATUS_H + 60), 0.6, GREY)
    y = STATUS_H + 120
    if rng.random() < 0.35:
        fp = rng.uniform(30, 96)
        side = round(fp * rng.uniform(1.3, 1.7))
        rounded_card(s.img, 40, y, WIDTH - 80, side + 80, 24, off(s.bg, 16))
        cast.solo(s, (WIDTH - side) // 2, y + 20, fp, side, rng.choice(("rounded", "circle", "square")))
        note(s.img, rng.choice(NAMES), (60, y + side + 60), 0.6, s.fg)
        y += side + 120
    else:
        y += 200
    cast.disc(s, WIDTH // 2 - 110, y + 60, 220)
    note(s.img, "Waiting for others to join", (WIDTH // 2 - 260, y + 360), 0.9, s.fg, 2)
    note(s.img, "You're the first one here", (WIDTH // 2 - 170, y + 410), 0.6, GREY)
    self_view(cast, rng, s, FOOT - 240, rng.random() < 0.2)
    for k, (kind, colour) in enumerate((("bell", (80, 80, 80)), ("bolt", (80, 80, 80)), ("gear", RED))):
        cx = WIDTH // 2 + (k - 1) * 200
        cv2.circle(s.img, (cx, FOOT - 110), 52, colour, -1, cv2.LINE_AA)
        glyph(s.img, (cx, FOOT - 110), 20, kind, WHITE)
    return finish(s, rng, False)


def driver_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A ride's driver card from ``y``: the driver's 22-48 px face with the rating's chip over the
    avatar's foot on 40 %, the name, the car and its plate. Returns its height (200)."""
    rounded_card(s.img, 24, y, WIDTH - 48, 180, 24, off(s.bg, 10))
    fp = face_px(rng, 22, 48)
    side = side_for(rng, fp)
    ay = y + 90 - side // 2
    cast.solo(s, 50, ay, fp, side, rng.choice(SHAPES))
    if rng.random() < 0.4:
        tag(s.img, 50 + side // 2 - 30, ay + side - max(6, side // 8), "4.9", (40, 40, 40), 26)
    x = 80 + side
    note(s.img, rng.choice(NAMES), (x, y + 70), 0.8, s.fg, 2)
    note(
        s.img,
        rng.choice(("Grey Toyota Prius", "White Skoda Octavia", "Blue Kia Niro")),
        (x, y + 112),
        0.55,
        GREY,
    )
    tag(
        s.img,
        WIDTH - 260,
        y + 60,
        f"{rng.choice('KLMNP')}{rng.randrange(10, 99)} {rng.choice('ABCDX')}RT",
        WHITE,
        48,
    )
    return 200


def ride_driver(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ride-hailing app on the way: a map (heldout2's) with the route and the car, "Arriving in n
    min", the driver's card (``driver_card``), the call's and the message's buttons; on 35 % the
    rider's own 18-26 px face at the top's right."""
    s = new_screen(rng, name, cast.kind("ride"), ("light", "dark", "light"))
    H2._map(s.img, rng, sum(s.bg) < 384)
    pts = [(rng.randrange(100, WIDTH - 100), rng.randrange(300, 1200)) for _ in range(4)]
    cv2.polylines(s.img, [np.array(pts, np.int32)], False, s.accent, 10, cv2.LINE_AA)
    cx, cy = pts[0]
    cv2.rectangle(s.img, (cx - 20, cy - 12), (cx + 20, cy + 12), (30, 30, 30), -1)
    rounded_card(s.img, 24, STATUS_H + 20, WIDTH - 48, 90, 45, s.bg)
    note(
        s.img,
        rng.choice(("To: Central Station", "To: Airport T2", "To: Home")),
        (70, STATUS_H + 76),
        0.7,
        s.fg,
    )
    if rng.random() < 0.35:
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.solo(s, WIDTH - 60 - side, STATUS_H + 65 - side // 2, fp, side, "circle")
    top = FOOT - 560
    rounded_card(s.img, 0, top, WIDTH, 600, 36, s.bg)
    note(s.img, f"Arriving in {rng.randrange(2, 12)} min", (40, top + 70), 1.0, s.fg, 2)
    note(s.img, "Meet at the pickup point", (40, top + 116), 0.55, GREY)
    y = top + 150 + driver_card(cast, rng, s, top + 150)
    for k, label in enumerate(("Call", "Message")):
        button(s.img, 40 + k * (WIDTH - 80) // 2, y + 10, (WIDTH - 120) // 2, label, off(s.bg, 28), s.fg)
    return finish(s, rng, False)


def courier_row(cast: Cast, rng: random.Random, s: Screen, y: int, label: str) -> int:
    """An order's courier row: the courier's 18-30 px face (a scooter's small icon over its lower
    right on half), the name and ``label``, the call's glyph. Returns its height (120)."""
    fp = face_px(rng, 18.3, 30)
    side = side_for(rng, fp)
    ay = y + 60 - side // 2
    cast.solo(s, 40, ay, fp, side, rng.choice(("circle", "circle", "rounded", "border")))
    if rng.random() < 0.5:
        mini = max(14, side * 2 // 5)
        app_icon(s.img, 40 + side - mini * 2 // 3, ay + side - mini * 2 // 3, mini, (40, 140, 220), "bolt")
    note(s.img, rng.choice(NAMES), (70 + side, y + 54), 0.7, s.fg, 2)
    note(s.img, label, (70 + side, y + 88), 0.5, GREY)
    cv2.circle(s.img, (WIDTH - 90, y + 60), 36, off(s.bg, 20), -1, cv2.LINE_AA)
    glyph(s.img, (WIDTH - 90, y + 60), 14, "bell", s.accent)
    return 120


def courier_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A food order's tracker: the estimated time, four steps, a small map's card, the courier's row
    (``courier_row``), the order's items; on 30 % "Rate your last courier" with a past courier's
    face at the foot."""
    s = new_screen(rng, name, cast.kind("courier"), ("light", "dark", "light", "tinted"))
    y = top_bar(s, f"Order #{rng.randrange(1000, 9999)}") + 20
    note(
        s.img,
        f"{rng.randrange(12, 20)}:{rng.randrange(0, 60):02d} - {rng.randrange(5, 30)} min",
        (40, y + 50),
        1.2,
        s.fg,
        3,
    )
    y += 100
    done = rng.randrange(1, 4)
    for k, label in enumerate(("Placed", "Cooking", "On the way", "Here")):
        x = 80 + k * (WIDTH - 160) // 3
        colour = s.accent if k <= done else off(s.bg, 40)
        if k:
            cv2.line(s.img, (x - (WIDTH - 160) // 3 + 20, y + 20), (x - 20, y + 20), colour, 6)
        cv2.rectangle(s.img, (x - 14, y + 6), (x + 14, y + 34), colour, -1)
        note(s.img, label, (x - 40, y + 80), 0.45, s.fg)
    y += 120
    piece = np.zeros((H, WIDTH, 3), np.uint8)
    H2._map(piece, rng, sum(s.bg) < 384)
    mh = rng.randrange(260, 380)
    H2.blit(s.img, piece[600 : 600 + mh, 24 : WIDTH - 24], 24, y, H2.rounded_rect(mh, WIDTH - 48, 20))
    glyph(s.img, (rng.randrange(100, WIDTH - 100), y + mh // 2), 18, "pin", RED)
    y += mh + 20
    y += courier_row(cast, rng, s, y, "Your courier - on a scooter")
    cv2.line(s.img, (40, y), (WIDTH - 40, y), off(s.bg, 18), 1)
    y += 40
    for _ in range(rng.randrange(2, 5)):
        note(s.img, f"{rng.randrange(1, 3)}x", (40, y + 30), 0.6, GREY)
        s.words(rng, 100, y + 30, 0.65, rng.randrange(2, 4))
        note(s.img, f"{rng.randrange(3, 19)}.{rng.randrange(0, 99):02d}", (WIDTH - 150, y + 30), 0.6, s.fg)
        y += 56
    if rng.random() < 0.3 and y + 180 < FOOT:
        y = max(y + 60, FOOT - 160)
        note(s.img, "Rate your last courier", (40, y), 0.55, GREY)
        courier_row(cast, rng, s, y + 10, "Tuesday")
    return finish(s, rng, False)


def slot(
    cast: Cast, rng: random.Random, s: Screen, c: tuple[int, int], px: tuple[float, float] | None,
    shapes: tuple[str, ...],
) -> None:  # fmt: skip
    """A row's 52 px avatar slot centred on ``c``: with ``px`` a face of that many px (lo, hi) in one
    of ``shapes``, else initials."""
    if px:
        fp = face_px(rng, *px)
        side = side_for(rng, fp)
        cast.solo(s, c[0] - side // 2, c[1] - side // 2, fp, side, rng.choice(shapes))
    else:
        cast.disc(s, c[0] - 26, c[1] - 26, 52)


def payee_row(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """A payee: initials, or with ``photo`` the payee's 20-32 px face; the name, the account's
    masked number and the last amount. Returns its height (110)."""
    slot(cast, rng, s, (66, y + 55), (20, 32) if photo else None, ("circle", "circle", "square"))
    note(s.img, f"{rng.choice(NAMES)} {rng.choice('ABCDKMRS')}.", (120, y + 48), 0.7, s.fg)
    note(s.img, f"**** {rng.randrange(1000, 9999)}", (120, y + 84), 0.5, GREY)
    note(s.img, f"-{rng.randrange(5, 400)}.00", (WIDTH - 190, y + 60), 0.65, s.fg)
    return 110


def payee_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank's payees: "Pay someone", the search field, "New payee", then rows (``payee_row``) of
    initials but one payee's photo; on 35 % a second four rows or more away."""
    s = new_screen(rng, name, cast.kind("payees"), ("light", "dark", "light", "tinted"))
    y = top_bar(s, "Pay someone") + 10
    rounded_card(s.img, 24, y, WIDTH - 48, 80, 40, off(s.bg, 12))
    note(s.img, "Name, sort code or phone", (70, y + 52), 0.6, GREY)
    y += 110
    cv2.circle(s.img, (66, y + 40), 26, s.accent, -1, cv2.LINE_AA)
    cv2.line(s.img, (54, y + 40), (78, y + 40), WHITE, 4)
    cv2.line(s.img, (66, y + 28), (66, y + 52), WHITE, 4)
    note(s.img, "New payee", (120, y + 50), 0.7, s.accent, 2)
    y += 100
    note(s.img, "All payees", (40, y), 0.55, GREY)
    y += 20
    n = (FOOT - 140 - y) // 110
    first = rng.randrange(0, n)
    far = [k for k in range(n) if abs(k - first) >= 4]
    faced = {first} | ({rng.choice(far)} if far and rng.random() < 0.35 else set())
    for k in range(n):
        y += payee_row(cast, rng, s, y, k in faced)
    return finish(s, rng, True)


def job_listing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A job board's listing: the company's icon, the title, the place, chips, the pay, "Posted by"
    with the recruiter's 18-30 px face, the description and "Apply"; on 35 % "People you know here"
    with one 13-24 px face further down (under 18 px drawn, not counted)."""
    s = new_screen(rng, name, cast.kind("job"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, "") + 20
    app_icon(s.img, 40, y, 96, rng.choice(APPS)[1], rng.choice(MARKS))
    y += 140
    note(
        s.img,
        rng.choice(("Data Analyst", "Senior Nurse", "Backend Engineer", "Store Manager")),
        (40, y),
        1.1,
        s.fg,
        2,
    )
    note(
        s.img,
        f"{rng.choice(('Northwind', 'Acme Foods', 'Bluebird'))} - {rng.choice(('Leeds', 'Remote', 'Lyon'))}",
        (40, y + 50),
        0.65,
        GREY,
    )
    y += 90
    x = 40
    for chip in rng.sample(("Full-time", "Hybrid", "Remote", "Contract", "Senior"), 3):
        _x1, _y1, x2, _y2 = tag(s.img, x, y, chip, off(s.bg, 24), 44)
        x = x2 + 16 if x2 > x else x + 180
    y += 80
    note(s.img, f"{rng.randrange(30, 90)}k - {rng.randrange(90, 140)}k a year", (40, y + 20), 0.75, s.fg, 2)
    y += 70
    note(s.img, "Posted by", (40, y), 0.5, GREY)
    fp = face_px(rng, 18.3, 30)
    side = side_for(rng, fp)
    cast.solo(s, 40, y + 20, fp, side, rng.choice(("circle", "circle", "rounded", "ring", "border")))
    note(s.img, rng.choice(NAMES), (64 + side, y + 20 + side // 2), 0.65, s.fg, 2)
    note(
        s.img,
        f"Recruiter - active {rng.randrange(1, 9)}h ago",
        (64 + side, y + 20 + side // 2 + 32),
        0.45,
        GREY,
    )
    y += side + 90
    note(s.img, "About the role", (40, y), 0.75, s.fg, 2)
    y += 50
    for _ in range(rng.randrange(4, 9)):
        if y > FOOT - 400:
            break
        s.words(rng, 40, y, 0.6, rng.randrange(4, 8), GREY)
        y += 40
    if rng.random() < 0.35:
        y = max(y + 40, FOOT - 330)
        note(s.img, "People you know here", (40, y), 0.55, GREY)
        fp = rng.uniform(13, 24)
        side = max(14, side_for(rng, fp))
        cast.solo(s, 40, y + 20, fp, side, "circle")
        note(s.img, f"{rng.choice(NAMES)} - 2nd", (60 + side, y + 20 + side // 2 + 8), 0.6, s.fg)
    button(s.img, 40, FOOT - 130, WIDTH - 80, "Apply", s.accent)
    return finish(s, rng, False)


def seller_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A listing's seller: the seller's 18-28 px face, the name, the stars and the sales, "Follow".
    Returns its height (110)."""
    fp = face_px(rng, 18.3, 28)
    side = side_for(rng, fp)
    cast.solo(s, 40, y + 55 - side // 2, fp, side, rng.choice(SHAPES))
    note(s.img, rng.choice(NAMES), (64 + side, y + 46), 0.65, s.fg, 2)
    stars(s.img, 74 + side, y + 76, rng.randrange(3, 6), 9, (40, 170, 240))
    note(s.img, f"({rng.randrange(3, 300)})", (190 + side, y + 84), 0.45, GREY)
    tag(s.img, WIDTH - 200, y + 34, "Follow", off(s.bg, 26), 44)
    return 110


def marketplace_item(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A marketplace's listing: the item's photo (a thing, a drawn one on some), the price, the title
    and the place, the seller's row (``seller_row``), the description, "Message seller"; on 30 % a
    buyer's question at the foot with the asker's 18-24 px face."""
    s = new_screen(rng, name, cast.kind("listing"), ("light", "dark", "light"))
    ph = rng.randrange(640, 820)
    cast.thing(s, 0, STATUS_H, WIDTH, ph)
    chevron(s.img, 40, STATUS_H + 50, WHITE, back=True)
    y = STATUS_H + ph + 70
    note(s.img, f"{rng.randrange(15, 900)}", (40, y), 1.5, s.fg, 3)
    item = rng.choice(("Three-seat sofa", "Rice cooker, barely used", "Desk lamp", "Road bike helmet"))
    note(s.img, item, (40, y + 56), 0.8, s.fg)
    listed = f"Listed {rng.choice(('2 days ago', 'today'))} in {rng.choice(('Hove', 'Kreuzberg', 'Leith'))}"
    note(s.img, listed, (40, y + 96), 0.5, GREY)
    y += 130
    cv2.line(s.img, (40, y), (WIDTH - 40, y), off(s.bg, 18), 1)
    y += seller_row(cast, rng, s, y + 10) + 20
    for _ in range(rng.randrange(2, 5)):
        s.words(rng, 40, y + 30, 0.6, rng.randrange(4, 8), GREY)
        y += 40
    if rng.random() < 0.3 and y + 300 < FOOT:
        y = max(y + 40, FOOT - 270)
        fp = face_px(rng, 18.3, 24)
        side = side_for(rng, fp)
        cast.solo(s, 40, y, fp, side, "circle")
        note(s.img, "Is this still available?", (60 + side, y + side // 2 + 8), 0.6, s.fg)
    button(s.img, 40, FOOT - 130, WIDTH - 80, "Message seller", s.accent)
    return finish(s, rng, False)


def match_notice(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's new match: on 70 % a home screen (a wallpaper, app icons in a grid) with the
    notification's banner at the top, the match's 20-40 px face (the app's small icon over its lower
    right on half); else the app's match card, the match's face 64-160 px in a large circle, the
    name and two buttons."""
    s = new_screen(rng, name, cast.kind("match"), ("dark", "light", "tinted"))
    if rng.random() < 0.3:
        y = STATUS_H + 160
        note(s.img, "It's a match!", (WIDTH // 2 - 200, y), 1.6, s.accent, 3)
        fp = rng.uniform(64, 160)
        side = min(420, round(fp * rng.uniform(1.4, 1.9)))
        cast.solo(s, (WIDTH - side) // 2, y + 80, fp, side, rng.choice(("circle", "border", "rounded")))
        y += side + 180
        note(s.img, f"You and {rng.choice(NAMES)} liked each other", (WIDTH // 2 - 300, y), 0.8, s.fg)
        button(s.img, 80, y + 100, WIDTH - 160, "Send a message", s.accent)
        button(s.img, 80, y + 220, WIDTH - 160, "Keep looking", off(s.bg, 28), s.fg)
        return finish(s, rng, False)
    h = FOOT - STATUS_H
    wall = H11.render(rng, WIDTH, h, RENDERS) if rng.random() < 0.4 else cast.piece(WIDTH, h)
    s.img[STATUS_H:FOOT, :WIDTH] = (wall * rng.uniform(0.4, 0.7)).astype(np.uint8)
    for row in range(4):
        for col in range(4):
            x, y = 70 + col * 250, 560 + row * 260
            app_icon(s.img, x, y, 150, rng.choice(APPS)[1], rng.choice(MARKS))
            note(s.img, rng.choice(APPS)[0], (x + 10, y + 190), 0.5, WHITE)
    light = rng.random() < 0.5
    card, ink = ((235, 235, 235), (30, 30, 30)) if light else ((60, 58, 56), (235, 235, 235))
    y = STATUS_H + 40
    rounded_card(s.img, 24, y, WIDTH - 48, 150, 28, card)
    fp = face_px(rng, 20, 40)
    side = min(84, side_for(rng, fp))
    ax, ay = 48, y + 75 - side // 2
    cast.solo(s, ax, ay, fp, side, rng.choice(("circle", "rounded", "square")))
    if rng.random() < 0.5:
        mini = max(16, side * 2 // 5)
        app_icon(s.img, ax + side - mini * 2 // 3, ay + side - mini * 2 // 3, mini, (90, 60, 230), "bolt")
    note(s.img, "SPARK", (72 + side, y + 44), 0.45, ink)
    note(s.img, "now", (WIDTH - 120, y + 44), 0.45, ink)
    note(s.img, "You have a new match!", (72 + side, y + 84), 0.65, ink, 2)
    HO._words(s.img, rng, 72 + side, y + 120, ink, 0.55, rng.randrange(3, 6))
    return finish(s, rng, False)


def board_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int, photo: bool, hi: bool) -> int:
    """A leaderboard's row: the rank, initials or with ``photo`` a friend's 18-30 px face, the name,
    the steps and a bar; ``hi`` tints the row. Returns its height (104)."""
    if hi:
        rounded_card(
            s.img, 16, y + 4, WIDTH - 32, 96, 20, off(s.accent, 90) if sum(s.bg) > 384 else off(s.bg, 30)
        )
    note(s.img, str(rank), (40, y + 62), 0.75, s.fg, 2)
    slot(cast, rng, s, (126, y + 52), (18.3, 30) if photo else None, ("circle", "ring", "rounded"))
    note(s.img, rng.choice(NAMES), (180, y + 50), 0.65, s.fg)
    steps = rng.randrange(4000, 30000)
    cv2.line(s.img, (180, y + 78), (180 + steps // 60, y + 78), s.accent, 8)
    note(s.img, f"{steps:,}", (WIDTH - 190, y + 62), 0.65, s.fg)
    return 104


def leaderboard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fitness app's weekly leaderboard: the title, a segmented control, rows (``board_row``) of
    initials but one friend's face in a tinted row; on 35 % "You" pinned at the foot with the
    user's own face four rows or more from the friend's."""
    s = new_screen(rng, name, cast.kind("leader"), ("light", "dark", "dark", "tinted"))
    note(s.img, "Leaderboard", (40, STATUS_H + 70), 1.2, s.fg, 3)
    rounded_card(s.img, 40, STATUS_H + 110, WIDTH - 80, 70, 35, off(s.bg, 14))
    rounded_card(s.img, 44, STATUS_H + 114, (WIDTH - 88) // 2, 62, 31, s.accent)
    note(s.img, "This week", (140, STATUS_H + 156), 0.6, WHITE)
    note(s.img, "All time", (WIDTH // 2 + 120, STATUS_H + 156), 0.6, s.fg)
    y = STATUS_H + 210
    own = rng.random() < 0.35
    n = (FOOT - 120 - (130 if own else 0) - y) // 104
    pick = rng.randrange(0, n - 3 if own else n)
    for k in range(n):
        y += board_row(cast, rng, s, y, k + 1, k == pick, k == pick)
    if own:
        y = FOOT - 120 - 120
        cv2.line(s.img, (0, y), (WIDTH, y), off(s.bg, 24), 2)
        board_row(cast, rng, s, y + 8, rng.randrange(n + 3, 40), True, True)
    return finish(s, rng, True)


def article_byline(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news article: the paper's name, the headline, the byline with the author's 18-32 px face
    (33-48 px on a fifth), the picture (a thing), the body; on 30 % "About the author" at the foot
    with the face again (24-40 px)."""
    s = new_screen(rng, name, cast.kind("article"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("The Courier", "Daily Ledger", "Harbour Post"))) + 30
    for _ in range(rng.randrange(2, 4)):
        s.words(rng, 40, y + 40, 1.05, rng.randrange(3, 5))
        y += 56
    y += 30
    fp = face_px(rng, 18.3, 32) if rng.random() < 0.8 else rng.uniform(33, 48)
    side = side_for(rng, fp)
    cast.solo(s, 40, y, fp, side, rng.choice(SHAPES))
    note(
        s.img,
        f"By {rng.choice(NAMES)} {rng.choice(('Ward', 'Iqbal', 'Costa', 'Young'))}",
        (60 + side, y + side // 2),
        0.6,
        s.fg,
        2,
    )
    note(
        s.img,
        f"{rng.randrange(2, 12)} min read - {rng.randrange(1, 23)}h ago",
        (60 + side, y + side // 2 + 30),
        0.45,
        GREY,
    )
    y += max(side, 60) + 40
    ph = rng.randrange(380, 520)
    cast.thing(s, 0, y, WIDTH, ph)
    y += ph + 20
    note(s.img, "Photo: agency", (40, y + 10), 0.4, GREY)
    y += 50
    about = rng.random() < 0.3
    while y < FOOT - (330 if about else 60):
        s.words(rng, 40, y, 0.65, rng.randrange(4, 9))
        y += 42
    if about:
        y = FOOT - 260
        cv2.line(s.img, (40, y), (WIDTH - 40, y), off(s.bg, 18), 1)
        note(s.img, "About the author", (40, y + 40), 0.6, s.fg, 2)
        fp = face_px(rng, 24, 40)
        side = side_for(rng, fp)
        cast.solo(s, 40, y + 70, fp, side, "circle")
        s.words(rng, 64 + side, y + 70 + side // 2, 0.55, 5, GREY)
    return finish(s, rng, False)


def call_row(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool, swiped: bool) -> int:
    """A recent call: initials (a phone's glyph for an unknown number on some), or with ``photo``
    the contact's 20-32 px face; the name (red if missed), the call's kind and the time, the info
    mark. ``swiped``: slid left 15-30 % of the avatar past the screen's side, the delete band at the
    right. Returns its height (112)."""
    fp = face_px(rng, 20, 32)
    side = side_for(rng, fp) if photo else 56
    shift = round(side * rng.uniform(0.15, 0.3)) + 30 if swiped else 0
    x = 30 - shift
    if swiped:
        cv2.rectangle(s.img, (WIDTH - 200, y), (WIDTH, y + 108), RED, -1)
        note(s.img, "Delete", (WIDTH - 160, y + 64), 0.6, WHITE, 2)
    if photo:
        cast.solo(s, x, y + 56 - side // 2, fp, side, rng.choice(("circle", "circle", "rounded")))
    elif rng.random() < 0.25:
        cv2.circle(s.img, (x + 28, y + 56), 28, off(s.bg, 30), -1, cv2.LINE_AA)
        glyph(s.img, (x + 28, y + 56), 12, "bell", GREY)
    else:
        cast.disc(s, x, y + 28, side)
    missed = rng.random() < 0.25
    tx = x + side + 30
    note(s.img, rng.choice(NAMES), (tx, y + 50), 0.7, RED if missed else s.fg, 2)
    note(s.img, rng.choice(("mobile", "home", "work", "video")), (tx, y + 84), 0.5, GREY)
    if not swiped:
        note(s.img, rng.choice(("Yesterday", "09:14", "Monday", "17:02")), (WIDTH - 220, y + 62), 0.55, GREY)
        cv2.circle(s.img, (WIDTH - 60, y + 56), 16, s.accent, 2, cv2.LINE_AA)
    cv2.line(s.img, (tx, y + 110), (WIDTH, y + 110), off(s.bg, 14), 1)
    return 112


def recent_calls(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A phone's recent calls: "Recents", the All/Missed control, rows (``call_row``) of initials and
    unknown numbers but one contact's photo (on 20 % swiped, cut by the left edge); on 35 % a second
    four rows or more away; the tab bar."""
    s = new_screen(rng, name, cast.kind("calls"), ("light", "dark", "dark", "tinted"))
    note(s.img, "Recents", (40, STATUS_H + 80), 1.3, s.fg, 3)
    tag(s.img, WIDTH - 330, STATUS_H + 40, "All", s.accent, 48)
    tag(s.img, WIDTH - 220, STATUS_H + 40, "Missed", off(s.bg, 24), 48)
    y = STATUS_H + 130
    n = (FOOT - 130 - y) // 112
    first = rng.randrange(0, n)
    far = [k for k in range(n) if abs(k - first) >= 4]
    second = rng.choice(far) if far and rng.random() < 0.35 else -1
    swiped = rng.random() < 0.2
    for k in range(n):
        y += call_row(cast, rng, s, y, k in (first, second), swiped and k == first)
    return finish(s, rng, True)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    video_call,
    ride_driver,
    courier_tracker,
    payee_list,
    job_listing,
    marketplace_item,
    match_notice,
    leaderboard,
    article_byline,
    recent_calls,
)
EACH = 6  # screens of people a layout draws a round
# with people: the ten layouts in turn, six times a round (sparse screens: one face, or two)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * EACH
# face-free: each once, then three again (the lookalikes: a call with things in the tiles, a ride
# with a thing in the driver's place, recent calls with things in the contacts')
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, video_call, ride_driver, recent_calls)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT67_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 60 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h67", photos, free, seed, reps)
