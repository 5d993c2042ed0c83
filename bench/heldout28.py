"""Held-out screens, twenty-eighth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-six (heldout.py to heldout26.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: an empty
stadium at night, a match ball on turf, an empty club's dance floor, an empty boxing ring; nothing
with eyes, a mouth or a mask); every random choice from ``HELDOUT28_SEED``. Faces are pasted
through heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn over a
face later are not the face's; a face with under half of its box left is dropped); the people's
places are filled by heldout11's ``Cast`` (through heldout22's to heldout26's, its screens marked
h28-; on face-free screens pets, objects, textures, initials and this set's drawn things), which
counts a face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not
counted, as everywhere in the bench.

What it adds is faces in sports, events and nightlife apps. Near repeats avoided (see their
docstrings): heldout21's match centre (line-ups on one pitch, a player's card, commentary rows) and
heldout3's scores (here a match's timeline down a spine, each side's goals, bookings and
substitutions on its own side, a goal's replay under a motion blur); heldout7's fantasy team on a
pitch and heldout21's card collection (here a live draft room: a board of picks wider than the
screen, a pick clock's ring, a queue); heldout10's seating chart, heldout21's ticket wallet and
heldout23's events page with its seat map (here a stadium's matchday app: one's group in seat
shapes, friends' faces in pins over the bowl's sections, the big screen's kiss cam); heldout12's
quiz scoreboard (here a motorsport timing tower of twenty drivers); heldout14's tennis draw and
heldout25's candidates side by side (here a fight card: cut-outs on red and blue halves split on a
slant, bouts as rows of two rings facing each other); heldout10's team page and heldout16's RSVP
stacks (here an amateur league's availability grid of players by games, a team photo of two rows);
heldout10's team page again and heldout21's player card (here a club's fan app: stories, a lead
story under a dark band, a matchday squad graphic of player cards, a signing's announcement,
highlights under motion blur); heldout11's and heldout17's fan cams and concert feed (here a
club's photo gallery of the night: party photos under on-camera flash or coloured light); heldout18's
dimmed events app (here a nightlife "tonight": a performer under the club's light with lasers,
friends' plans, flyers with going stacks); heldout14's festival poster and timetable (here the
artists tab: a grid of square promo portraits under darkened name bands, hearts, a clash warning).
Ten layouts:
- a live match's timeline (``match_timeline``): the score card (drawn crests), the momentum bars;
  events down a spine (``timeline_event``: goals by 28-40 px faces with the assist's 18-22 px,
  bookings by 20-28 px under a card, substitutions, two 20-28 px); a goal's replay (faces 20-120
  px, on half under a 6-14 px motion blur) on 60 %;
- a fantasy draft room (``draft_board``): the manager on the clock (36-52 px in the clock's ring);
  managers (18-24 px) over the board cut by the right edge (``draft_cell``: 18-26 px); the queue
  (28-36 px on team-colour rims); the league chat (18-22 px);
- a stadium's matchday app (``stadium_app``): the ticket; one's group in seats (``seat``: 24-34
  px); the venue map (``venue_map``: friends' 18-28 px faces in pins); on 60 % the big screen (a
  kiss cam's couple, 50-180 px, under hearts, or a fan of the match, 18-60 px); friends here today
  (26-38 px);
- a motorsport app's live timing (``timing_tower``): the circuit (drawn) or on 35 % the podium (a
  photo, faces 30-90 px, under champagne); twenty rows (``timing_row``: 18-28 px faces, tyres); team
  radio (40-70 px by a waveform);
- a combat sports event (``fight_card``): the main event's poster (two cut-outs, 70-220 px, VS);
  bouts (``fighter_row``: the corners' 36-60 px faces in red and blue rings, friends' picks of 18-22
  px on some); prelims (24-34 px);
- an amateur league team (``league_team``): the next game's answers (stacks of 18-24 px); the
  availability grid (24-32 px); snack duty (28-36 px); on half the team photo (faces 14-40 px, those
  under 18 px not counted);
- a football club's fan app (``club_news``): stories (30-50 px in rings, cut by the edge); the lead
  story (faces 30-200 px) under a dark band; on half the matchday squad (``squad_card``: 26-34 % of
  a card's width, 44-58 px), else a signing (a cut-out, 60-160 px, WELCOME); highlights (18-60 px,
  some blurred);
- a club's photo gallery of the night (``night_gallery``): the photographer (24-32 px), who was
  there (18-22 px); photos in two columns (``night_tile``: shared photos with faces 18-140 px or
  close group selfies, 40-140 px, under flash, ``flash``, or coloured light, ``club_light``, some
  blurred by dancing);
- a nightlife "tonight" (``event_discovery``): the featured performer (110-200 px) under the club's
  light and lasers, friends going (18-24 px); friends' plans (36-56 px, cut by the edge); events
  (``event_row``: flyers with faces 20-70 px, going stacks of 18-22 px);
- a festival's artists tab (``festival_artists``): friends' picks (18-24 px); a clash of two 24-32
  px faces on half; the line-up grid (``artist_tile``: promo portraits 22-40 % of the tile, at most
  210 px in two columns or 140 in three, darkened name bands, hearts, friends going of 18-22 px).
Light, dark and tinted themes (the draft room, the timing, the fight card, the gallery and the
nightlife pages mostly dark); JPEG quality 30-60. Cards, balls, arrows, tyres, labels, tags, pins'
rims, hearts, the VS title, name bands over players and the big screen's hearts take the pixels
they cover; a face under them counts while half of its box shows; the team-colour rings, seats and
the pick clock are drawn before the faces they hold; the news band and artists' bands (darker), the
flash (brighter, colder), the club's light (dimmer, tinted) and motion blur leave the faces under
them counted; initials, crests, flags, barcodes, "+N" discs and drawn things are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,557 faces (1,087 under 32 px, 302 of 32-63, 124 of 64-127,
44 larger; 1,218 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, cells,
seats, pins, tiles and photos, round things where a cut-out fighter, player or performer would be);
``reps=1`` a quarter (18 screens with 377 faces: 269, 68, 28 and 12 by size, 298 under 40 px; 13
face-free). Every layout but the match timeline and the stadium app (14.75 and 10.75 faces a screen
on average at 4 reps, the fewest) is drawn twice a round. Faces by layout at 4 reps (under 32,
32-63, 64-127 and 128 px or more):
    match_timeline     4 screens    59 faces:  48,   5,  4,  2
    draft_board        8 screens   325 faces: 315,  10,  0,  0
    stadium_app        4 screens    43 faces:  38,   0,  2,  3
    timing_tower       8 screens   130 faces: 119,  11,  0,  0
    fight_card         8 screens   154 faces:  98,  38, 14,  4
    league_team        8 screens   152 faces: 150,   2,  0,  0
    club_news          8 screens   240 faces: 100, 113, 19,  8
    night_gallery      8 screens   181 faces:  68,  74, 39,  0
    event_discovery    8 screens   147 faces:  88,  49,  4,  6
    festival_artists   8 screens   126 faces:  63,   0, 42, 21
Counted by running the generator alone (as ``faces_bench.py --only heldout28 --count-only`` does;
no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK, figure, gathering, paste_photo, portrait, snapshot
from heldout19 import chevron, heading, waveform
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, crest, play_button, tab_bar, title, words
from heldout22 import name_label, stack
from heldout23 import FONT, WIDTH, map_pin, new_screen, tag
from heldout24 import RED, section
from heldout26 import PURPLE

HELDOUT28_SEED = 28282
BLUE_CORNER: Colour = (200, 90, 30)  # a fight's blue corner (BGR)
RED_CORNER: Colour = (50, 40, 210)
# a fantasy draft's positions and their cells' colours
POSITIONS: tuple[tuple[str, Colour], ...] = (
    ("QB", (90, 80, 220)),
    ("RB", (110, 180, 70)),
    ("WR", (220, 150, 50)),
    ("TE", (50, 150, 240)),
    ("K", (170, 120, 170)),
)
# a race's tyre compounds: the letter and the ring's colour
TYRES: tuple[tuple[str, Colour], ...] = (
    ("S", (50, 50, 230)),
    ("M", (40, 210, 250)),
    ("H", (235, 235, 235)),
    ("I", (70, 190, 60)),
)
NEON: tuple[Colour, ...] = ((230, 60, 220), (240, 200, 40), (120, 60, 250), (60, 220, 250), (200, 40, 140))


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def stadium_bowl(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty stadium at night from the top of a stand: the sky, tiers of seats in the club's
    colours curving round, the pitch with its lines, four floodlight towers glowing."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 30, 20), (110, 70, 40))
    seats = (random_colour(rng, 40, 230), random_colour(rng, 40, 230))
    horizon = round(h * rng.uniform(0.25, 0.38))
    for k in range(14):  # the tiers, nearer ones lower and wider
        y = horizon + round(k * (h - horizon) / 14)
        cv2.ellipse(
            img,
            (w // 2, y + h // 2),
            (round(w * (0.6 + k * 0.05)), h // 2),
            0,
            180,
            360,
            seats[k % 2] if k % 5 else tone(seats[0], -60),
            max(2, h // 40),
        )
    pitch = np.array(
        [[w * 0.2, h * 0.62], [w * 0.8, h * 0.62], [w * 0.95, h * 0.98], [w * 0.05, h * 0.98]], np.int32
    )
    cv2.fillPoly(img, [pitch], (60, 150, 60), cv2.LINE_AA)
    for k in range(6):  # mowing stripes
        y = round(h * (0.62 + 0.06 * k))
        cv2.line(img, (0, y), (w, y), (70, 165, 70) if k % 2 else (55, 140, 55), max(1, h // 60))
    cv2.polylines(img, [pitch], True, WHITE, max(1, w // 200), cv2.LINE_AA)
    cv2.line(img, (w // 2, round(h * 0.62)), (w // 2, round(h * 0.98)), WHITE, max(1, w // 200))
    cv2.ellipse(img, (w // 2, round(h * 0.8)), (w // 10, h // 20), 0, 0, 360, WHITE, max(1, w // 200))
    for k in range(4):  # floodlights
        x = round(w * (0.08 + 0.28 * k))
        top = round(horizon * rng.uniform(0.2, 0.5))
        cv2.line(img, (x, top), (x, horizon + 10), (90, 90, 100), max(2, w // 150))
        glow = np.zeros((h, w), np.float32)
        cv2.circle(glow, (x, top), max(3, w // 14), 1.0, -1)
        glow = cv2.GaussianBlur(glow, (0, 0), max(2, w // 30))[:, :, None]
        img[:] = np.clip(img + glow * 180, 0, 255).astype(np.uint8)
        cv2.rectangle(img, (x - w // 40, top - h // 60), (x + w // 40, top + h // 60), (240, 250, 255), -1)
    return img


def match_ball(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A match ball on mown turf by a white line: a modern ball of curved coloured swooshes (no
    pentagons), its shadow."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (50, 140, 50)
    band = max(4, w // 6)
    for x in range(0, w, 2 * band):
        cv2.rectangle(img, (x, 0), (x + band, h), (60, 160, 60), -1)
    lx = round(w * rng.uniform(0.1, 0.9))
    cv2.line(img, (lx, 0), (lx + w // 6, h), (235, 235, 235), max(2, w // 40), cv2.LINE_AA)
    r = round(min(w, h) * rng.uniform(0.28, 0.38))
    c = (round(w * rng.uniform(0.35, 0.65)), round(h * rng.uniform(0.4, 0.6)))
    cv2.ellipse(img, (c[0] + r // 4, c[1] + r), (r, r // 4), 0, 0, 360, (30, 80, 30), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (245, 245, 245), -1, cv2.LINE_AA)
    colour = random_colour(rng, 30, 230)
    for k in range(3):
        a = rng.uniform(0, 360) + k * 120
        cv2.ellipse(img, c, (r * 3 // 4, r // 3), a, 20, 200, colour, max(2, r // 6), cv2.LINE_AA)
    cv2.circle(img, c, r, (180, 180, 180), max(1, r // 25), cv2.LINE_AA)
    return img


def dance_floor(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty club before doors: a lit floor of coloured tiles towards the stage, laser beams from
    the upper corners through haze, a mirror ball of small squares."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (25, 15, 20)
    horizon = round(h * 0.45)
    rows = 6
    for r in range(rows):  # the floor in perspective, rows widening towards us
        y1 = horizon + round((h - horizon) * (r / rows) ** 1.3)
        y2 = horizon + round((h - horizon) * ((r + 1) / rows) ** 1.3)
        n = 6 + r
        for c in range(n):
            x1, x2 = round(w * c / n), round(w * (c + 1) / n)
            lit = rng.choice(NEON) if rng.random() < 0.5 else (45, 35, 40)
            cv2.rectangle(img, (x1 + 1, y1 + 1), (x2 - 1, y2 - 1), lit, -1)
    for _ in range(rng.randrange(3, 7)):  # lasers
        x0 = 0 if rng.random() < 0.5 else w - 1
        cv2.line(
            img,
            (x0, 0),
            (rng.randrange(w), rng.randrange(horizon, h)),
            rng.choice(NEON),
            max(1, w // 160),
            cv2.LINE_AA,
        )
    r = max(4, min(w, h) // 9)
    c = (round(w * rng.uniform(0.3, 0.7)), r + max(2, h // 20))
    cv2.line(img, (c[0], 0), c, (120, 120, 120), 1)
    cv2.circle(img, c, r, (150, 150, 160), -1, cv2.LINE_AA)
    q = max(2, r // 4)
    for dy in range(-r, r, q):
        for dx in range(-r, r, q):
            if dx * dx + dy * dy < r * r * 0.8:
                v = rng.randrange(110, 256)
                cv2.rectangle(
                    img, (c[0] + dx, c[1] + dy), (c[0] + dx + q - 1, c[1] + dy + q - 1), (v, v, v), -1
                )
    return img


def boxing_ring(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty boxing ring under a spotlight in a dark arena: the canvas in perspective with the
    promotion's round logo, three ropes in red, white and blue, four corner posts."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (30, 25, 25)
    spot = np.zeros((h, w), np.float32)
    cv2.fillPoly(spot, [np.array([[w * 0.4, 0], [w * 0.6, 0], [w * 0.95, h], [w * 0.05, h]], np.int32)], 0.35)
    spot = cv2.GaussianBlur(spot, (0, 0), max(2, w // 20))[:, :, None]
    img[:] = np.clip(img + spot * 255, 0, 255).astype(np.uint8)
    canvas = tone(rng.choice(((210, 210, 205), (170, 120, 60), (60, 60, 170))), rng.randrange(-30, 30))
    top, foot = round(h * rng.uniform(0.42, 0.56)), round(h * rng.uniform(0.86, 0.96))
    poly = np.array([[w * 0.22, top], [w * 0.78, top], [w * 0.98, foot], [w * 0.02, foot]], np.int32)
    cv2.fillPoly(img, [poly], canvas, cv2.LINE_AA)
    cv2.ellipse(
        img,
        (w // 2, (top + foot) // 2),
        (w // 7, h // 16),
        0,
        0,
        360,
        tone(canvas, -60),
        max(1, w // 100),
        cv2.LINE_AA,
    )
    posts = [(round(w * 0.22), top), (round(w * 0.78), top), (round(w * 0.02), foot), (round(w * 0.98), foot)]
    lift = round(h * rng.uniform(0.2, 0.32))
    for k, colour in enumerate(((60, 60, 220), (240, 240, 240), (200, 100, 40))):
        d = lift * (k + 1) // 3
        for a, b in ((0, 1), (0, 2), (1, 3), (2, 3)):
            p, q = posts[a], posts[b]
            cv2.line(img, (p[0], p[1] - d), (q[0], q[1] - d), colour, max(1, w // 120), cv2.LINE_AA)
    for x, y in posts:
        cv2.line(img, (x, y), (x, y - lift - 4), (40, 40, 40), max(2, w // 60))
    return img


RENDERS: tuple[H11.Render, ...] = (stadium_bowl, match_ball, dance_floor, boxing_ring)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (heldout25's to heldout22's: a scene of people or a thing; half of a face's
    box showing counts it), its screens marked h28-, whose drawn things are this set's: an empty
    stadium at night, a match ball on turf, an empty club's dance floor, an empty boxing ring."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h28-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def ball_glyph(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A goal's icon: a white ball with a dark rim and one curved seam (it takes the pixels it
    covers)."""
    cv2.circle(img, c, r, (245, 245, 245), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (40, 40, 40), max(1, r // 5), cv2.LINE_AA)
    cv2.ellipse(img, c, (r * 2 // 3, r // 3), 30, 0, 180, (40, 40, 40), max(1, r // 6), cv2.LINE_AA)


def booking(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A referee's card, tilted, over an avatar's upper right (yellow or red)."""
    box = cv2.boxPoints(((c[0], c[1]), (r * 1.2, r * 1.7), 12))
    cv2.fillPoly(img, [box.astype(np.int32)], colour, cv2.LINE_AA)
    cv2.polylines(img, [box.astype(np.int32)], True, WHITE, max(1, r // 6), cv2.LINE_AA)


def swap_arrow(img: np.ndarray, c: tuple[int, int], r: int, up: bool) -> None:
    """A substitution's arrow: green pointing up (on), red pointing down (off)."""
    d = -1 if up else 1
    tri = np.array([[c[0], c[1] + d * r], [c[0] - r, c[1] - d * r // 3], [c[0] + r, c[1] - d * r // 3]])
    cv2.fillPoly(img, [tri.astype(np.int32)], GREEN if up else RED, cv2.LINE_AA)
    cv2.rectangle(
        img, (c[0] - r // 3, c[1] - d * r // 3), (c[0] + r // 3, c[1] - d * r), GREEN if up else RED, -1
    )


def tyre(img: np.ndarray, c: tuple[int, int], r: int, kind: tuple[str, Colour]) -> None:
    """A tyre compound's disc: a dark tyre, a ring in the compound's colour, its letter."""
    cv2.circle(img, c, r, (30, 30, 30), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 3 // 4, kind[1], max(2, r // 4), cv2.LINE_AA)
    cv2.putText(img, kind[0], (c[0] - r // 3, c[1] + r // 3), FONT, r / 28, WHITE, 1, cv2.LINE_AA)


def flag(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A country's flag: three stripes across or down."""
    cols = [random_colour(rng, 30, 250) for _ in range(3)]
    for k, colour in enumerate(cols):
        if rng.random() < 0.5:
            cv2.rectangle(img, (x, y + k * h // 3), (x + w - 1, y + (k + 1) * h // 3 - 1), colour, -1)
        else:
            cv2.rectangle(img, (x + k * w // 3, y), (x + (k + 1) * w // 3 - 1, y + h - 1), colour, -1)


def barcode(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A ticket's barcode on a white strip."""
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    xx = x + 12
    while xx < x + w - 12:
        t = rng.choice((2, 2, 3, 5))
        cv2.rectangle(img, (xx, y + 8), (xx + t - 1, y + h - 8), INK, -1)
        xx += t + rng.choice((2, 3, 4))


def seat(img: np.ndarray, x: int, y: int, side: int, colour: Colour) -> None:
    """A stadium seat seen from the front, its backrest a rounded square of ``side`` at (x, y) (an
    avatar goes in it): the backrest's rim, the seat pan under it, the armrests."""
    t = max(4, side // 10)
    fill(img, rounded_rect(side + 2 * t, side + 2 * t, side // 4), x - t, y - t, colour)
    cv2.rectangle(img, (x - t, y + side + t), (x + side + t, y + side + 3 * t), tone(colour, -40), -1)
    for d in (x - 2 * t, x + side + t):
        cv2.rectangle(img, (d, y + side // 2), (d + t, y + side + 3 * t), (90, 90, 90), -1)


def countdown(
    img: np.ndarray, c: tuple[int, int], r: int, share: float, colour: Colour, rest: Colour
) -> None:
    """A pick clock's ring round an avatar of radius ``r`` (drawn before it): the time left as an
    arc of ``colour`` over a ring of ``rest``."""
    cv2.circle(img, c, r + 9, rest, 7, cv2.LINE_AA)
    cv2.ellipse(img, c, (r + 9, r + 9), -90, 0, round(360 * share), colour, 7, cv2.LINE_AA)


def flash(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A party photo's on-camera flash: the middle blown brighter and flatter, falling off to dark
    corners, a cold cast (for ``heldout10.redrawn``: the faces under it stay counted)."""
    gain = rng.uniform(1.15, 1.45)
    lift = rng.uniform(10, 35)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h * 0.45) / (h / 2)) ** 2
    fall = np.clip(1.05 - rng.uniform(0.35, 0.6) * d, 0.35, 1.05)[:, :, None]
    cast = np.array((1.06, 1.0, 0.94), np.float32)

    def fn(part: np.ndarray) -> np.ndarray:
        return np.clip((part.astype(np.float32) * gain + lift) * cast * fall, 0, 255).astype(np.uint8)

    return fn


def club_light(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A club's coloured light over a photo: dimmed to 55-80 %, two neon colours washed across it
    at 25-45 % (for ``heldout10.redrawn``: the faces under it stay counted, tinted)."""
    a, b = np.array(rng.choice(NEON), np.float32), np.array(rng.choice(NEON), np.float32)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    wash = a * (1 - t) + b * t
    k, dim = rng.uniform(0.25, 0.45), rng.uniform(0.55, 0.8)

    def fn(part: np.ndarray) -> np.ndarray:
        return np.clip(part.astype(np.float32) * dim * (1 - k) + wash * k, 0, 255).astype(np.uint8)

    return fn


def bar_chart(
    img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int, colours: tuple[Colour, Colour]
) -> None:
    """A match's momentum: bars up in the home side's colour and down in the away side's along a
    middle line, one a minute or two."""
    mid = y + h // 2
    cv2.line(img, (x, mid), (x + w, mid), GREY, 1)
    n = 45
    for k in range(n):
        v = math.sin(k / rng.uniform(3, 6)) + rng.uniform(-0.6, 0.6)
        bh = round(abs(v) * h / 2.6)
        bx = x + k * w // n
        if v > 0:
            cv2.rectangle(img, (bx, mid - bh), (bx + w // n - 3, mid), colours[0], -1)
        else:
            cv2.rectangle(img, (bx, mid), (bx + w // n - 3, mid + bh), colours[1], -1)


def back_bar(s: Screen, text: str, size: float) -> None:
    """A pushed page's bar: the back chevron and the page's title beside it."""
    chevron(s.img, 40, STATUS_H + 54, s.fg, back=True)
    heading(s, 80, STATUS_H + 66, text, size)


def wide_photo(
    cast: Cast,
    s: Screen,
    x: int,
    y: int,
    w: int,
    h: int,
    lo: float,
    hi: float,
    m: np.ndarray | None,
    people: float,
) -> None:
    """A w x h shared photo (``snapshot``: people with faces ``lo``-``hi`` px, or a thing) pasted
    whole: heldout20's ``cut_photo`` draws up to 1.5 times larger first, and a picture drawn off
    screen wider than the screen comes back with the capture's black padding columns in it."""
    piece, faces = snapshot(cast, w, h, lo, hi, people)
    paste_photo(cast, s, piece, faces, x, y, m)


def initials_code(rng: random.Random) -> str:
    """A driver's or a team's three letters."""
    return "".join(rng.choice("ABCDEFGHKLMNPRSTVWZ") for _ in range(3))


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def timeline_event(cast: Cast, rng: random.Random, s: Screen, y: int, home: bool, colour: Colour) -> int:
    """One event on a match's timeline, on the home side (left of the spine) or the away side: a
    goal (the scorer's 28-40 px face in the team's ring, a ball over its lower right, the assist by
    an 18-22 px face), a booking (a 20-28 px face, a yellow or red card over its upper right) or a
    substitution (two 20-28 px faces, one over the other, with arrows). Returns its height."""
    img = s.img
    mid = WIDTH // 2
    cw = mid - 70
    x = 30 if home else mid + 40
    cv2.circle(img, (mid, y + 30), 26, off(s.bg, 20), -1, cv2.LINE_AA)
    note(img, f"{rng.randrange(1, 91)}'", (mid - 18, y + 38), 0.55, s.fg, 2)
    roll = rng.random()
    if roll < 0.4:  # a goal
        fill(img, rounded_rect(150, cw, 16), x, y, off(s.bg, 10))
        fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.2))
        cv2.circle(img, (x + 20 + side // 2, y + 20 + side // 2), side // 2 + 5, colour, -1, cv2.LINE_AA)
        cast.person(s, x + 20, y + 20, fp, side, "circle")
        ball_glyph(img, (x + 20 + side - 4, y + 20 + side - 4), max(9, side // 5))
        note(img, "GOAL", (x + side + 40, y + 44), 0.7, s.fg, 2)
        note(img, rng.choice(C.WORDS).title()[:10], (x + side + 40, y + 78), 0.55, GREY)
        sd = face_avatar(cast, s, rng, x + side + 40, y + 94, 18.3, 22, (1.05, 1.15), "circle", person=True)
        note(img, "assist", (x + side + 50 + sd, y + 94 + sd // 2 + 6), 0.45, GREY)
        return 170
    if roll < 0.7:  # a booking
        fill(img, rounded_rect(96, cw, 16), x, y, off(s.bg, 10))
        sd = face_avatar(cast, s, rng, x + 18, y + 18, 20, 28, (1.1, 1.25), "circle", person=True)
        booking(img, (x + 18 + sd - 2, y + 22), max(8, sd // 4), GOLD if rng.random() < 0.8 else RED)
        note(img, rng.choice(C.WORDS).title()[:10], (x + sd + 40, y + 44), 0.6, s.fg, 2)
        note(img, rng.choice(("Foul", "Dissent", "Time wasting")), (x + sd + 40, y + 76), 0.5, GREY)
        return 116
    fill(img, rounded_rect(130, cw, 16), x, y, off(s.bg, 10))  # a substitution
    for k in range(2):
        yy = y + 12 + k * 58
        sd = face_avatar(cast, s, rng, x + 18, yy, 20, 28, (1.05, 1.15), "circle", person=True)
        swap_arrow(img, (x + sd + 38, yy + sd // 2), 10, k == 0)
        note(
            img,
            rng.choice(C.WORDS).title()[:10],
            (x + sd + 60, yy + sd // 2 + 8),
            0.55,
            s.fg if k == 0 else GREY,
        )
    return 150


def match_timeline(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live match centre's timeline: the score card (two drawn crests, the minute, scorers by
    name under each crest), tabs, the momentum bars; then events down a spine, the home side's left
    of it and the away side's right (``timeline_event``: goals by 28-40 px faces with the assist's
    18-22 px face, bookings, 20-28 px, substitutions, two 20-28 px faces) with on 60 % a goal's
    replay across the spine (faces 20-120 px, on half under a 6-14 px motion blur, as a freeze
    frame of play is)."""
    s = new_screen(rng, name, cast.kind("timeline"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    back_bar(
        s, rng.choice(("Premier", "Liga", "Serie", "Cup")) + " - Matchday " + str(rng.randrange(1, 38)), 0.9
    )
    y += 80
    teams = (random_colour(rng, 40, 230), random_colour(rng, 40, 230))
    fill(img, rounded_rect(250, WIDTH - 60, 22), 30, y, off(page, 10))
    for k in range(2):
        cx = 170 if k == 0 else WIDTH - 170
        crest(img, (cx, y + 80), 44, teams[k])
        for j in range(rng.randrange(0, 3)):
            note(
                img,
                f"{rng.choice(C.WORDS).title()[:8]} {rng.randrange(1, 90)}'",
                (cx - 70, y + 170 + j * 28),
                0.45,
                GREY,
            )
    cv2.putText(
        img,
        f"{rng.randrange(0, 4)} - {rng.randrange(0, 4)}",
        (WIDTH // 2 - 90, y + 110),
        FONT,
        2.0,
        s.fg,
        3,
        cv2.LINE_AA,
    )
    cv2.circle(img, (WIDTH // 2 - 40, y + 160), 7, RED, -1, cv2.LINE_AA)
    note(img, f"{rng.randrange(1, 90)}'", (WIDTH // 2 - 24, y + 168), 0.7, RED, 2)
    y += 274
    chips(img, rng, 30, y, 4, 44, (110, 170), off(page, 18), s.fg)
    y += 70
    bar_chart(img, rng, 30, y, WIDTH - 60, 110, teams)
    y += 130
    foot = H - NAV_H - 120
    replay = rng.random() < 0.6
    spine_top = y
    while y + 190 < foot:
        if replay and y > spine_top + 200 and y + 420 < foot:
            replay = False
            ph = rng.randrange(300, 381)
            m = rounded_rect(ph, WIDTH - 60, 18)
            wide_photo(cast, s, 30, y, WIDTH - 60, ph, 20, 120, m, 0.9)
            if rng.random() < 0.5:
                H10.redrawn(
                    s,
                    (30, y, WIDTH - 30, y + ph),
                    H10.motion_blur(rng.randrange(6, 15), rng.uniform(-20, 20)),
                )
            play_button(img, (WIDTH // 2, y + ph // 2), 40, WHITE, INK)
            tag(img, 50, y + 20, "GOAL REPLAY", RED, 34)
            pill(img, WIDTH - 130, y + ph - 56, 90, 36, (20, 20, 20))
            note(img, f"0:{rng.randrange(10, 60)}", (WIDTH - 112, y + ph - 30), 0.55, WHITE)
            y += ph + 24
            continue
        cv2.line(img, (WIDTH // 2, y - 24), (WIDTH // 2, y + 60), off(page, 30), 3)
        if rng.random() < 0.35:  # both sides at once (a goal and the booking that followed it)
            y += max(timeline_event(cast, rng, s, y, k == 0, teams[k]) for k in range(2))
            continue
        home = rng.random() < 0.5
        y += timeline_event(cast, rng, s, y, home, teams[0 if home else 1])
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def draft_cell(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A pick on a draft board: a cell in the position's colour, the player's 18-26 px face (or a
    team's drawn crest for a defence), the short name, the position and team."""
    img = s.img
    pos, colour = rng.choice(POSITIONS)
    fill(img, rounded_rect(ch - 6, cw - 6, 10), x + 3, y + 3, colour)
    if rng.random() < 0.9:
        fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
        cv2.circle(img, (x + 12 + side // 2, y + 12 + side // 2), side // 2 + 2, WHITE, -1, cv2.LINE_AA)
        cast.person(s, x + 12, y + 12, fp, side, "circle")
    else:
        crest(img, (x + 28, y + 30), 14, random_colour(rng, 40, 230))
    note(img, rng.choice(C.WORDS).title()[:7], (x + 10, y + ch - 38), 0.45, WHITE, 2)
    note(img, f"{pos} - {initials_code(rng)}", (x + 10, y + ch - 14), 0.4, WHITE)


def draft_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fantasy league's live draft room: the manager on the clock (a 36-52 px face inside the
    pick clock's ring), the board wider than the screen (managers' 18-24 px faces heading eight to
    twelve columns cut by the right edge; rounds of picks as cells in the position's colour with
    the player's 18-26 px face, ``draft_cell``; the picks to come empty), one's queue (players'
    28-36 px faces on team-colour discs, "Draft" pills) and the league chat (18-22 px)."""
    s = new_screen(rng, name, cast.kind("draft"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 44, "Draft room", 1.2)
    note(
        img,
        f"Round {rng.randrange(3, 9)} - Pick {rng.randrange(1, 12)}",
        (WIDTH - 300, y + 40),
        0.65,
        GREY,
        2,
    )
    y += 80
    fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, off(page, 12))
    fp, side = _size(rng, 36, small(rng, 37, 52), (1.15, 1.3))
    c = (60 + side // 2, y + 75)
    countdown(img, c, side // 2, rng.uniform(0.1, 0.95), GOLD, off(page, 30))
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    note(img, "ON THE CLOCK", (100 + side, y + 60), 0.55, GOLD, 2)
    note(img, rng.choice(C.WORDS).title() + "'s team", (100 + side, y + 100), 0.7, s.fg, 2)
    cv2.putText(img, f"0:{rng.randrange(5, 60):02d}", (WIDTH - 200, y + 95), FONT, 1.4, s.fg, 3, cv2.LINE_AA)
    y += 176
    cols = rng.randrange(8, 13)
    cw = rng.randrange(124, 150)
    ch = rng.randrange(104, 124)
    for k in range(cols):  # managers
        x = 30 + k * cw
        if x > WIDTH:
            break
        sd = face_avatar(cast, s, rng, x + 10, y, 18.3, 24, (1.05, 1.2), "circle", person=True)
        note(img, rng.choice(C.WORDS)[:6], (x + sd + 16, y + sd // 2 + 6), 0.4, GREY)
    y += 50
    rounds = rng.randrange(3, 6)
    current = rng.randrange(cols)
    for r in range(rounds + 1):
        for k in range(cols):
            x = 30 + (k if r % 2 == 0 else cols - 1 - k) * cw  # a snake draft
            if x > WIDTH:
                continue
            yy = y + r * ch
            if r == rounds and k >= current:  # picks to come
                edge = cv2.morphologyEx(
                    rounded_rect(ch - 6, cw - 6, 10), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)
                )
                fill(img, edge, x + 3, yy + 3, off(page, 40) if k > current else GOLD)
                continue
            draft_cell(cast, rng, s, x, yy, cw, ch)
    y += (rounds + 1) * ch + 30
    foot = H - NAV_H - 130
    y = section(s, y, "My queue", False)
    while y + 90 < foot - 150:
        fp, side = _size(rng, 28, small(rng, 29, 36), (1.15, 1.3))
        cast.avatar(s, 30, y, fp, side, "circle", random_colour(rng, 40, 230))
        pos, colour = rng.choice(POSITIONS)
        note(img, rng.choice(C.WORDS).title()[:12], (60 + side, y + side // 2 - 4), 0.6, s.fg, 2)
        tag(img, 60 + side, y + side // 2 + 8, pos, colour, 26)
        note(img, f"ADP {rng.uniform(10, 140):.1f}", (140 + side, y + side // 2 + 28), 0.5, GREY)
        pill(img, WIDTH - 180, y + side // 2 - 24, 150, 48, s.accent)
        note(img, "Draft", (WIDTH - 140, y + side // 2 + 8), 0.6, WHITE, 2)
        y += max(side, 56) + 18
    cv2.rectangle(img, (0, foot - 150), (WIDTH, foot), off(page, 8), -1)
    yy = foot - 140
    while yy + 40 < foot:
        sd = face_avatar(cast, s, rng, 30, yy, 18.3, 22, (1.0, 1.12), "circle", person=True)
        note(
            img,
            rng.choice(C.WORDS)[:8] + ": " + words(rng, 3).lower(),
            (44 + sd, yy + sd // 2 + 7),
            0.55,
            s.fg,
        )
        yy += 46
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def venue_map(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A stadium's map: the stands as rings of numbered sections round the pitch (or a stage at one
    end), one's section lit with a "you" pin, friends' pins (18-28 px faces in the pins' discs)
    over their sections."""
    img = s.img
    fill(img, rounded_rect(h, w, 20), x, y, off(s.bg, 8))
    c = (x + w // 2, y + h // 2)
    secs = []
    for ring in range(3):
        rx, ry = w * (0.22 + 0.09 * ring), h * (0.2 + 0.1 * ring)
        n = 12 + 4 * ring
        for k in range(n):
            a0, a1 = 360 * k / n, 360 * (k + 1) / n - 2.5
            cv2.ellipse(img, c, (round(rx), round(ry)), 0, a0, a1, tone((150, 150, 160), 15 * ring - 20), 20)
            am = math.radians((a0 + a1) / 2)
            secs.append((round(c[0] + rx * math.cos(am)), round(c[1] + ry * math.sin(am))))
    pw, ph = round(w * 0.26), round(h * 0.2)
    cv2.rectangle(img, (c[0] - pw // 2, c[1] - ph // 2), (c[0] + pw // 2, c[1] + ph // 2), (60, 150, 60), -1)
    cv2.rectangle(img, (c[0] - pw // 2, c[1] - ph // 2), (c[0] + pw // 2, c[1] + ph // 2), WHITE, 2)
    cv2.line(img, (c[0], c[1] - ph // 2), (c[0], c[1] + ph // 2), WHITE, 2)
    mine = rng.choice(secs)
    cv2.circle(img, mine, 14, s.accent, -1, cv2.LINE_AA)
    tag(img, mine[0] - 26, mine[1] + 18, "YOU", s.accent, 26)
    for _ in range(rng.randrange(2, 6)):
        tip = rng.choice(secs)
        fp, side = _size(rng, 18.3, small(rng, 19, 28), (1.05, 1.15))
        r = side // 2 + 4
        cc = map_pin(img, tip, r, WHITE)
        cast.person(s, cc[0] - side // 2, cc[1] - side // 2, fp, side, "circle")


def stadium_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A stadium's matchday app: the mobile ticket (gate, section, row and seat, a barcode), one's
    group in its seats (``seat``: friends' 24-34 px faces in the seats' backrests, an empty seat to
    transfer); the venue map (``venue_map``: friends' 18-28 px faces in pins over their sections);
    on 60 % the big screen's kiss cam (a couple, faces 50-180 px, inside a frame of hearts under
    its title) or a fan of the match (a crowd's photo, faces 18-60 px); in-seat ordering."""
    s = new_screen(rng, name, cast.kind("stadium"), ("light", "dark", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 44, words(rng, 1).title()[:10] + " vs " + words(rng, 1).title()[:10], 0.95)
    note(
        img,
        f"Kick-off {rng.randrange(12, 21)}:{rng.choice(('00', '30', '45'))} - Gates open",
        (30, y + 80),
        0.55,
        GREY,
    )
    y += 110
    club = random_colour(rng, 40, 200)
    fill(img, rounded_rect(300, WIDTH - 60, 24), 30, y, club)
    for k, (label, value) in enumerate(
        (
            ("GATE", rng.choice("ABCDEFG")),
            ("SECTION", str(rng.randrange(101, 340))),
            ("ROW", str(rng.randrange(1, 40))),
            ("SEAT", str(rng.randrange(1, 30))),
        )
    ):
        note(img, label, (60 + k * 250, y + 50), 0.5, WHITE)
        note(img, value, (60 + k * 250, y + 100), 1.1, WHITE, 3)
    barcode(img, rng, 60, y + 140, WIDTH - 120, 110)
    y += 330
    note(img, "Your group", (30, y + 24), 0.65, s.fg, 2)
    y += 46
    n = rng.randrange(3, 7)
    fp, side = _size(rng, 24, small(rng, 25, 34), (1.25, 1.45))
    step = (WIDTH - 60) // 6
    for k in range(n):
        x = 30 + k * step + (step - side) // 2
        seat(img, x, y, side, tone(club, 30))
        if k == n - 1 and rng.random() < 0.4:
            badge(img, (x + side // 2, y + side // 2), side // 3, off(page, 40), "+")
            note(img, "Transfer", (x - 6, y + side + 60), 0.45, GREY)
            continue
        cast.person(s, x, y, fp * rng.uniform(0.93, 1.0), side, "rounded")
        note(img, str(rng.randrange(1, 30)), (x + side // 2 - 10, y + side + 60), 0.5, GREY)
    y += side + 90
    foot = H - NAV_H - 130
    mh = rng.randrange(380, 461)
    venue_map(cast, rng, s, 30, y, WIDTH - 60, mh)
    y += mh + 30
    if rng.random() < 0.6 and y + 360 < foot:
        jh = min(foot - y - 140, rng.randrange(340, 441))
        cv2.rectangle(img, (30, y), (WIDTH - 30, y + jh), (25, 25, 25), -1)
        ix, iy, iw, ih = 44, y + 14, WIDTH - 88, jh - 28
        kiss = rng.random() < 0.6
        if kiss:
            fp = rng.uniform(50, min(180.0, ih * 0.4))
            piece, faces = gathering(cast, iw, ih, fp, fp, 1, 2, (1.3, 1.8), rng.uniform(0.0, 0.2))
            paste_photo(cast, s, piece, faces, ix, iy)
            for k in range(16):  # the frame of hearts along its top and foot
                hx = ix + 30 + (k % 8) * (iw - 60) // 7
                heart(img, (hx, iy + 24 if k < 8 else iy + ih - 22), 18, (120, 60, 240))
            title(img, "KISS CAM", (ix + iw // 2 - 150, iy + 80), 1.6, WHITE, (120, 60, 240))
        else:
            wide_photo(cast, s, ix, iy, iw, ih, 18.3, 60, None, 0.95)
            name_label(img, "FAN OF THE MATCH", ix + 20, iy + ih - 20, 44, club)
        y += jh + 24
    if y + 120 < foot:
        fill(img, rounded_rect(110, WIDTH - 60, 18), 30, y, off(page, 10))
        for k in range(3):
            icon(img, rng, (90 + k * 100, y + 55), 22, s.accent)
        note(img, "Order to your seat", (380, y + 64), 0.7, s.fg, 2)
        y += 130
    if y + 100 < foot:
        y = section(s, y, "Friends here today", False)
        while y + 70 < foot:
            sd = face_avatar(cast, s, rng, 30, y, 26, 38, (1.1, 1.25), "circle", person=True)
            note(img, rng.choice(C.WORDS).title()[:10], (50 + sd, y + sd // 2 + 8), 0.6, s.fg, 2)
            tag(img, WIDTH - 220, y + sd // 2 - 16, f"SEC {rng.randrange(101, 340)}", off(page, 30), 32)
            y += max(sd, 44) + 18
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def timing_row(cast: Cast, rng: random.Random, s: Screen, y: int, rh: int, pos: int, back: Colour) -> None:
    """A line of a race's timing tower: the position, the team's colour bar, the driver's 18-28 px
    face (initials on some), the three-letter code, the gap, the tyre, a pit or fastest-lap chip on
    some."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + rh - 2), back, -1)
    note(img, str(pos), (24, y + rh // 2 + 10), 0.75, s.fg, 2)
    cv2.rectangle(img, (80, y + 8), (88, y + rh - 10), random_colour(rng, 40, 250), -1)
    fp, side = _size(rng, 18.3, small(rng, 19, 28), (1.05, 1.2))
    cast.person(s, 104, y + (rh - side) // 2, fp, side, "rounded")
    note(img, initials_code(rng), (124 + side, y + rh // 2 + 10), 0.75, s.fg, 2)
    gap = "LEADER" if pos == 1 else f"+{rng.uniform(0.2, 4.0) * pos:.3f}"
    note(img, gap, (WIDTH - 420, y + rh // 2 + 10), 0.65, s.fg)
    tyre(img, (WIDTH - 150, y + rh // 2), 18, rng.choice(TYRES))
    note(img, str(rng.randrange(1, 30)), (WIDTH - 120, y + rh // 2 + 8), 0.5, GREY)
    roll = rng.random()
    if roll < 0.08:
        tag(img, WIDTH - 260, y + rh // 2 - 14, "PIT", GOLD, 28)
    elif roll < 0.12:
        tag(img, WIDTH - 260, y + rh // 2 - 14, "FL", PURPLE, 28)


def timing_tower(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A motorsport app's live timing: the lap count and track status; on 65 % the circuit's map
    with the cars as coloured dots, else the last race's podium (a photo of the three, faces 30-90
    px, under a champagne spray of drawn droplets); the timing tower (``timing_row``: twenty rows,
    the drivers' 18-28 px faces); team radio (a 40-70 px face by a waveform and the words)."""
    s = new_screen(rng, name, cast.kind("timing"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 44, f"LAP {rng.randrange(2, 57)}/{rng.randrange(57, 71)}", 1.1)
    status = rng.choice((("GREEN FLAG", GREEN), ("SAFETY CAR", GOLD), ("VSC", GOLD), ("GREEN FLAG", GREEN)))
    tag(img, WIDTH - 300, y + 14, status[0], status[1], 40)
    y += 80
    mh = rng.randrange(250, 321)
    if rng.random() < 0.65:
        fill(img, rounded_rect(mh, WIDTH - 60, 18), 30, y, off(page, 10))
        pts = []
        for k in range(14):
            a = 2 * math.pi * k / 14
            r = rng.uniform(0.6, 1.0)
            pts.append(
                (
                    WIDTH // 2 + round(r * (WIDTH - 200) / 2 * math.cos(a)),
                    y + mh // 2 + round(r * (mh - 60) / 2 * math.sin(a)),
                )
            )
        cv2.polylines(img, [np.array(pts, np.int32)], True, off(page, 60), 10, cv2.LINE_AA)
        for _ in range(rng.randrange(8, 20)):
            px, py = rng.choice(pts)
            cv2.circle(
                img,
                (px + rng.randrange(-6, 7), py + rng.randrange(-6, 7)),
                9,
                random_colour(rng, 60, 250),
                -1,
                cv2.LINE_AA,
            )
    else:
        wide_photo(cast, s, 30, y, WIDTH - 60, mh, 30, 90, rounded_rect(mh, WIDTH - 60, 18), 0.95)
        for _ in range(rng.randrange(30, 80)):  # champagne
            cv2.circle(
                img,
                (rng.randrange(40, WIDTH - 40), rng.randrange(y + 10, y + mh // 2)),
                rng.randrange(2, 5),
                (200, 235, 245),
                -1,
                cv2.LINE_AA,
            )
        tag(img, 50, y + mh - 56, "PODIUM", GOLD, 36)
    y += mh + 20
    foot = H - NAV_H - 120
    rh = rng.randrange(52, 61)
    for pos in range(1, 21):
        if y + rh > foot - 170:
            break
        timing_row(cast, rng, s, y, rh, pos, off(page, 6 if pos % 2 else 14))
        y += rh
    y += 16
    if y + 150 < foot:
        fill(img, rounded_rect(140, WIDTH - 60, 18), 30, y, off(page, 14))
        sd = face_avatar(cast, s, rng, 50, y + 20, 40, 70, (1.1, 1.3), "rounded")
        note(img, "TEAM RADIO - " + initials_code(rng), (80 + sd, y + 40), 0.55, GREY, 2)
        waveform(img, rng, 80 + sd, y + 80, (WIDTH - 160 - sd) // 10, s.accent, 40)
        note(img, '"' + words(rng, 4).lower() + '"', (80 + sd, y + 126), 0.55, s.fg)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def fighter_row(cast: Cast, rng: random.Random, s: Screen, y: int, lo: float, hi: float) -> int:
    """A bout on a fight card: the red corner's face (``lo``-``hi`` px) at the left in a red ring,
    the blue corner's at the right in a blue one, flags, names and records, the weight class and
    odds between, on some friends' picks (a stack of 18-22 px) under it. Returns its height."""
    img = s.img
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.15, 1.35))
    rh = side + 70
    picks = rng.random() < 0.4
    fill(img, rounded_rect(rh + (60 if picks else 0), WIDTH - 60, 18), 30, y, off(s.bg, 10))
    for k, (x, rim) in enumerate(((50, RED_CORNER), (WIDTH - 50 - side, BLUE_CORNER))):
        cv2.circle(img, (x + side // 2, y + 30 + side // 2), side // 2 + 5, rim, -1, cv2.LINE_AA)
        cast.avatar(s, x, y + 30, fp * rng.uniform(0.93, 1.0), side, "circle")
        tx = x + side + 20 if k == 0 else x - 200
        flag(img, rng, tx, y + 34, 36, 24)
        note(img, rng.choice(C.WORDS).title()[:9], (tx, y + 84), 0.6, s.fg, 2)
        note(
            img,
            f"{rng.randrange(5, 30)}-{rng.randrange(0, 9)}-{rng.randrange(0, 2)}",
            (tx, y + 112),
            0.5,
            GREY,
        )
    note(img, rng.choice(("LW", "WW", "MW", "HW", "FLY", "BW")), (WIDTH // 2 - 20, y + 50), 0.55, GREY, 2)
    note(img, f"{rng.choice('+-')}{rng.randrange(110, 400)}", (WIDTH // 2 - 34, y + 86), 0.55, s.fg)
    if picks:
        end = stack(
            cast, s, rng, 60, y + rh, rng.randrange(2, 5), 18.3, 22, off(s.bg, 10), rng.randrange(0, 30)
        )
        note(img, "friends picked red", (end + 12, y + rh + 28), 0.5, GREY)
        rh += 60
    return rh + 16


def fight_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A combat sports event's fight card: the main event's poster (the two fighters cut out facing
    each other on red and blue halves split on a slant, faces 70-220 px, "VS" and the names' bars
    over their chests, the date); the main card (``fighter_row``: the corners' 36-60 px faces in
    red and blue rings, flags, records, odds, friends' picks' stacks of 18-22 px on some); the
    prelims (24-34 px faces) to the tab bar."""
    s = new_screen(rng, name, cast.kind("fightcard"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(560, 681)
    cut = rng.randrange(-80, 81)
    left = np.zeros((ph, WIDTH), np.uint8)
    cv2.fillPoly(
        left, [np.array([[0, 0], [WIDTH // 2 + cut, 0], [WIDTH // 2 - cut, ph], [0, ph]], np.int32)], 255
    )
    gradient(img, (0, y, WIDTH, y + ph), tone(BLUE_CORNER, 40), tone(BLUE_CORNER, -60))
    part = img[y : y + ph].copy()
    gradient(img, (0, y, WIDTH, y + ph), tone(RED_CORNER, 40), tone(RED_CORNER, -60))
    img[y : y + ph, :WIDTH][left == 0] = part[:, :WIDTH][left == 0]
    fp = rng.uniform(70, min(220.0, ph * 0.32))
    for k in range(2):
        figure(
            cast,
            s,
            WIDTH * (0.26 if k == 0 else 0.74) + rng.uniform(-30, 30),
            y + max(fp * 1.1, ph * rng.uniform(0.3, 0.4)),
            fp * rng.uniform(0.9, 1.05),
            (0, y, WIDTH, y + ph),
            True,
        )
    title(img, "VS", (WIDTH // 2 - 70, y + ph // 2 + 40), 3.0, WHITE, INK)
    for k in range(2):
        name_label(
            img,
            rng.choice(C.WORDS).upper()[:9],
            40 if k == 0 else WIDTH // 2 + 40,
            y + ph - 80,
            54,
            RED_CORNER if k == 0 else BLUE_CORNER,
        )
    note(
        img,
        f"SAT {rng.randrange(1, 31)} - MAIN EVENT - {rng.randrange(3, 6)} ROUNDS",
        (40, y + ph - 24),
        0.65,
        WHITE,
        2,
    )
    y += ph + 24
    chips(img, rng, 30, y, 3, 44, (120, 180), off(page, 18), s.fg)
    y += 70
    foot = H - NAV_H - 130
    y = section(s, y, "Main card", False)
    for _ in range(rng.randrange(2, 4)):
        if y + 220 > foot:
            break
        y += fighter_row(cast, rng, s, y, 36, 60)
    if y + 180 < foot:
        y = section(s, y, "Prelims", False)
        while y + 160 < foot:
            y += fighter_row(cast, rng, s, y, 24, 34)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def league_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An amateur league team's app: the crest and record; the next game with who answered
    (``stack``: going, 18-24 px, "+N"; maybe; out); the availability grid (players' 24-32 px faces,
    initials on some, down the left, the next four games' answers as ticks, crosses and question
    marks); snack duty (a 28-36 px face); on half the team photo (two rows of players, faces 14-40
    px, the back row smaller)."""
    s = new_screen(rng, name, cast.kind("league"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    colour = random_colour(rng, 40, 200)
    crest(img, (74, y + 50), 36, colour)
    heading(
        s, 130, y + 46, words(rng, 1).title()[:10] + " " + rng.choice(("FC", "Bats", "Hoops", "Rovers")), 1.0
    )
    note(
        img,
        f"{rng.randrange(0, 12)}-{rng.randrange(0, 12)} - Division {rng.randrange(1, 5)}",
        (130, y + 84),
        0.55,
        GREY,
    )
    y += 120
    fill(img, rounded_rect(300, WIDTH - 60, 20), 30, y, off(page, 10))
    note(img, "NEXT GAME", (56, y + 40), 0.5, GREY, 2)
    note(img, "vs " + words(rng, 2).title()[:18], (56, y + 82), 0.8, s.fg, 2)
    note(
        img,
        f"{rng.choice(('Sat', 'Sun', 'Wed'))} {rng.randrange(8, 21)}:00 - Field {rng.randrange(1, 9)}",
        (56, y + 118),
        0.55,
        GREY,
    )
    for k, (label, colour2) in enumerate((("Going", GREEN), ("Maybe", GOLD), ("Out", RED))):
        yy = y + 140 + k * 50
        note(img, label, (56, yy + 30), 0.55, colour2, 2)
        if k < 2 or rng.random() < 0.5:
            stack(
                cast,
                s,
                rng,
                180,
                yy,
                rng.randrange(1, 6 if k == 0 else 3),
                18.3,
                24,
                off(page, 10),
                rng.randrange(0, 9) if k == 0 else 0,
            )
    y += 330
    y = section(s, y, "Availability", False)
    gx = WIDTH - 4 * 110 - 30
    for k in range(4):
        note(img, f"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}", (gx + k * 110 + 20, y + 10), 0.5, GREY)
    y += 30
    foot = H - NAV_H - 130
    photo = rng.random() < 0.5
    rows = rng.randrange(6, 13) if photo else rng.randrange(10, 16)
    for r in range(rows):
        if y + 70 > foot - (420 if photo else 120):
            break
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
        note(img, rng.choice(C.WORDS).title()[:9], (46 + sd, y + sd // 2 + 8), 0.6, s.fg)
        note(img, f"#{rng.randrange(1, 99)}", (gx - 80, y + sd // 2 + 8), 0.5, GREY)
        for k in range(4):
            c = (gx + k * 110 + 44, y + sd // 2)
            answer = rng.choices(("y", "n", "?", ""), (6, 2, 1, 2))[0]
            if answer == "y":
                badge(img, c, 16, GREEN, "check")
            elif answer == "n":
                badge(img, c, 16, RED, "x")
            elif answer == "?":
                badge(img, c, 16, GREY, "?")
            else:
                cv2.circle(img, c, 16, off(page, 30), 2, cv2.LINE_AA)
        y += max(sd, 44) + 14
        if r % 3 == 2:
            cv2.line(img, (30, y - 7), (WIDTH - 30, y - 7), off(page, 16), 1)
    y += 10
    if y + 110 < foot:
        fill(img, rounded_rect(100, WIDTH - 60, 18), 30, y, off(page, 10))
        sd = face_avatar(cast, s, rng, 50, y + 18, 28, 36, (1.1, 1.3), "circle", person=True)
        note(img, "Snacks: " + rng.choice(C.WORDS).title(), (76 + sd, y + 58), 0.65, s.fg, 2)
        y += 120
    if photo and y + 300 < foot:
        ph = min(foot - y - 20, rng.randrange(300, 381))
        piece, faces = gathering(
            cast,
            WIDTH - 60,
            ph,
            rng.uniform(14, 22),
            small(rng, 22, 40),
            2,
            rng.randrange(4, 8),
            (1.7, 2.4),
            rng.uniform(0.0, 0.1),
        )
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, WIDTH - 60, 16))
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def squad_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int, club: Colour
) -> None:
    """A player in a club's matchday squad graphic: the headshot on the club's gradient (faces 24-40
    px), the shirt number over its upper left, the name band along its foot."""
    img = s.img
    gradient(img, (x, y, x + cw, y + ch), tone(club, 40), tone(club, -50))
    fp = cw * rng.uniform(0.26, 0.34)
    figure(cast, s, x + cw / 2, y + ch * 0.42, fp, (x, y, x + cw, y + ch - 30))
    note(img, str(rng.randrange(1, 40)), (x + 6, y + 28), 0.7, WHITE, 2)
    cv2.rectangle(img, (x, y + ch - 30), (x + cw - 1, y + ch - 1), (25, 25, 25), -1)
    note(img, rng.choice(C.WORDS).upper()[:8], (x + 6, y + ch - 9), 0.42, WHITE)


def club_news(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A football club's fan app: the crest; stories in rings (faces 30-50 px, cut by the right
    edge); the lead story (a photo, faces 30-200 px, a darkened band under its headline, a NEWS
    tag); on half the matchday squad graphic (``squad_card``: six columns of headshots, faces 24-40
    px, numbers, name bands), else a signing's announcement (the player cut out on the club's
    colour, faces 60-160 px, huge outlined WELCOME); highlights (16:9 thumbnails cut by the right
    edge, faces 18-60 px, a motion blur on some, durations)."""
    s = new_screen(rng, name, cast.kind("clubnews"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    club = random_colour(rng, 40, 200)
    y = STATUS_H + 16
    crest(img, (64, y + 44), 30, club)
    heading(
        s,
        116,
        y + 56,
        words(rng, 1).title()[:10] + " " + rng.choice(("United", "City", "Athletic", "FC")),
        1.0,
    )
    y += 100
    x = 30
    while x < WIDTH:
        fp, side = _size(rng, 30, small(rng, 31, 50), (1.35, 1.6))
        cast.avatar(s, x, y, fp, side, "ring")
        note(img, rng.choice(C.WORDS)[:7], (x + 6, y + side + 34), 0.45, GREY)
        x += side + 34
    y += 150
    hh = rng.randrange(460, 561)
    wide_photo(cast, s, 0, y, WIDTH, hh, 30, min(200.0, hh * 0.4), None, 0.95)
    H5.scrim(s, (0, y + hh - 170, WIDTH, y + hh), rng.uniform(0.45, 0.6))
    tag(img, 30, y + hh - 160, "NEWS", club, 34)
    note(img, words(rng, 4).title()[:34], (30, y + hh - 84), 0.95, WHITE, 2)
    note(img, f"{rng.randrange(1, 23)}h ago", (30, y + hh - 36), 0.5, (210, 210, 210))
    y += hh + 24
    foot = H - NAV_H - 130
    if rng.random() < 0.5:
        y = section(s, y, "Matchday squad", False)
        cols = 6
        cw = (WIDTH - 60 - (cols - 1) * 8) // cols
        ch = round(cw * 1.3)
        for _ in range(rng.randrange(2, 4)):
            if y + ch > foot - 200:
                break
            for k in range(cols):
                squad_card(cast, rng, s, 30 + k * (cw + 8), y, cw, ch, club)
            y += ch + 8
        y += 16
    else:
        ah = rng.randrange(420, 521)
        gradient(img, (30, y, WIDTH - 30, y + ah), tone(club, 50), tone(club, -60), False)
        fp = rng.uniform(60, min(160.0, ah * 0.34))
        figure(
            cast,
            s,
            WIDTH * rng.uniform(0.6, 0.72),
            y + max(fp * 1.1, ah * 0.38),
            fp,
            (30, y, WIDTH - 30, y + ah),
            True,
        )
        fill(img, 255 - rounded_rect(ah, WIDTH - 60, 20), 30, y, page)
        title(img, "WELCOME", (56, y + 110), 1.8, WHITE, INK)
        note(img, rng.choice(C.WORDS).upper() + " SIGNS", (60, y + 170), 0.8, WHITE, 2)
        note(img, f"until {rng.randrange(2027, 2031)}", (60, y + 210), 0.6, WHITE)
        y += ah + 24
    if y + 240 < foot:
        y = section(s, y, "Highlights")
        tw = rng.randrange(360, 431)
        th = tw * 9 // 16
        if y + th + 40 < foot:
            x = 30
            while x < WIDTH:
                cut_photo(cast, rng, s, x, y, tw, th, 18.3, 60, rounded_rect(th, tw, 14), 0.85)
                if rng.random() < 0.4:
                    H10.redrawn(
                        s,
                        (x, y, min(WIDTH, x + tw), y + th),
                        H10.motion_blur(rng.randrange(5, 12), rng.uniform(-15, 15)),
                    )
                pill(img, x + tw - 90, y + th - 46, 76, 32, (20, 20, 20))
                note(
                    img,
                    f"{rng.randrange(1, 9)}:{rng.randrange(60):02d}",
                    (x + tw - 78, y + th - 22),
                    0.5,
                    WHITE,
                )
                x += tw + 20
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def night_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A photo from a club night (people, faces 18-140 px, or a thing): on 45 % lit by the
    photographer's flash (``flash``), else by the club's coloured light (``club_light``), on some
    blurred by dancing; a heart and its count over its lower right."""
    m = rounded_rect(h, w, 12)
    if rng.random() < 0.5:
        cut_photo(cast, rng, s, x, y, w, h, 18.3, 140, m, 0.9)
    else:  # a group selfie, close
        fp = small(rng, 40, min(140.0, w * 0.3))
        n = rng.randrange(2, 5)
        piece, faces = gathering(cast, w, h, fp, fp, 1, n, (1.2, 1.7), rng.uniform(0.1, 0.35))
        paste_photo(cast, s, piece, faces, x, y, m)
    rect = (x, y, min(WIDTH, x + w), y + h)
    look = flash(rng, w, h) if rng.random() < 0.45 else club_light(rng, w, h)
    H10.redrawn(s, rect, look)
    if rng.random() < 0.25:
        H10.redrawn(s, rect, H10.motion_blur(rng.randrange(5, 11), rng.uniform(0, 180)))
    fill(s.img, 255 - m, x, y, s.bg)
    if rng.random() < 0.5:
        heart(s.img, (x + w - 60, y + h - 26), 11, WHITE)
        note(s.img, str(rng.randrange(1, 300)), (x + w - 44, y + h - 18), 0.5, WHITE)


def night_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A club's photo gallery from last night: the venue and the night's album, the photographer
    (a 24-32 px face), "who was there" (a stack of 18-22 px, "+N"), a "find your photos" prompt (a
    dashed circle, no face), then two columns of photos of uneven heights (``night_tile``: faces
    18-140 px under flash or coloured light, some blurred by dancing) to the tab bar."""
    s = new_screen(rng, name, cast.kind("nightgallery"), ("dark", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    back_bar(
        s, rng.choice(("Club", "Warehouse", "Basement", "Rooftop")) + " " + words(rng, 1).title()[:9], 1.0
    )
    y += 80
    note(
        img,
        f"{rng.choice(('Fri', 'Sat'))} {rng.randrange(1, 31)} {rng.choice(('May', 'June', 'Oct'))}"
        f" - {rng.randrange(40, 400)} photos",
        (30, y + 24),
        0.6,
        GREY,
    )
    y += 50
    sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.3), "circle")
    note(img, "Photos by @" + rng.choice(C.WORDS), (46 + sd, y + sd // 2 + 8), 0.6, s.fg, 2)
    y += max(sd, 44) + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 7), 18.3, 22, page, rng.randrange(20, 400))
    note(img, "were there", (end + 12, y + 28), 0.55, GREY)
    y += 70
    fill(img, rounded_rect(120, WIDTH - 60, 18), 30, y, off(page, 12))
    c = (96, y + 60)
    for k in range(0, 360, 30):
        cv2.ellipse(img, c, (40, 40), 0, k, k + 18, s.accent, 3, cv2.LINE_AA)
    note(img, "Find your photos", (160, y + 52), 0.7, s.fg, 2)
    note(img, "Take a selfie, we'll match it", (160, y + 88), 0.5, GREY)
    y += 140
    foot = H - NAV_H - 120
    cw = (WIDTH - 76) // 2
    tops = [y, y]
    while min(tops) + 180 < foot:
        k = 0 if tops[0] <= tops[1] else 1
        th = min(foot - tops[k] - 12, round(cw * rng.choice((0.75, 1.0, 1.25, 1.33))))
        if th < 160:
            break
        night_tile(cast, rng, s, 30 + k * (cw + 16), tops[k], cw, th)
        tops[k] += th + 16
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def event_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An event in a nightlife list: the flyer's square (a performer, faces 20-70 px, or a thing),
    the title, venue and time, the price chip, who is going (a stack of 18-22 px, "+N"). Returns its
    height."""
    img = s.img
    t = rng.randrange(150, 181)
    if rng.random() < 0.75:
        cut_photo(cast, rng, s, 30, y, t, t, 20, 70, rounded_rect(t, t, 14), 0.9)
        if rng.random() < 0.5:
            H10.redrawn(s, (30, y, 30 + t, y + t), club_light(rng, t, t))
    else:
        blit(img, H11.render(rng, t, t, (dance_floor,)), 30, y, rounded_rect(t, t, 14))
    x = 56 + t
    note(img, words(rng, 2).title()[:20], (x, y + 32), 0.7, s.fg, 2)
    note(img, f"{rng.choice(C.WORDS).title()[:10]} - {rng.randrange(21, 24)}:00", (x, y + 66), 0.55, GREY)
    tag(img, WIDTH - 150, y + 8, rng.choice(("FREE", "$15", "$20", "$35")), rng.choice(NEON), 32)
    if rng.random() < 0.8:
        end = stack(cast, s, rng, x, y + 88, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(3, 200))
        note(img, "going", (end + 10, y + 116), 0.5, GREY)
    return t + 24


def event_discovery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A nightlife discovery app's "tonight": the city and day chips; the featured night (the
    performer's photo, faces 60-200 px, under the club's coloured light with lasers drawn over,
    the title, friends going in a stack of 18-24 px); friends' plans (cards cut by the right edge,
    36-56 px faces); events (``event_row``: flyers with faces 20-70 px, going stacks of 18-22 px)."""
    s = new_screen(rng, name, cast.kind("tonight"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 48, "Tonight in " + rng.choice(C.WORDS).title()[:10], 1.1)
    y += 80
    chips(img, rng, 30, y, 4, 44, (110, 170), off(page, 18), s.fg)
    y += 70
    fh = rng.randrange(480, 581)
    piece, faces = portrait(cast, WIDTH - 60, fh, rng.uniform(110, min(200.0, fh * 0.36)))
    paste_photo(cast, s, piece, faces, 30, y, rounded_rect(fh, WIDTH - 60, 22))
    H10.redrawn(s, (30, y, WIDTH - 30, y + fh), club_light(rng, WIDTH - 60, fh))
    for _ in range(rng.randrange(3, 7)):
        x0 = rng.choice((30, WIDTH - 30))
        cv2.line(
            img, (x0, y + 4), (rng.randrange(30, WIDTH - 30), y + fh - 4), rng.choice(NEON), 2, cv2.LINE_AA
        )
    fill(img, 255 - rounded_rect(fh, WIDTH - 60, 22), 30, y, page)
    tag(img, 50, y + 24, "FEATURED", rng.choice(NEON), 34)
    title(img, words(rng, 1)[:9], (56, y + fh - 110), 1.6, WHITE, INK)
    end = stack(
        cast, s, rng, 56, y + fh - 80, rng.randrange(2, 6), 18.3, 24, (30, 30, 30), rng.randrange(2, 90)
    )
    note(img, "friends going", (end + 12, y + fh - 50), 0.55, WHITE, 2)
    y += fh + 24
    foot = H - NAV_H - 130
    y = section(s, y, "Friends' plans")
    x = 30
    cw = rng.randrange(220, 261)
    while x < WIDTH:
        fill(img, rounded_rect(200, cw, 18), x, y, off(page, 12))
        sd = face_avatar(cast, s, rng, x + 20, y + 20, 36, 56, (1.1, 1.25), "circle")
        note(img, rng.choice(C.WORDS).title()[:9], (x + 20, y + sd + 56), 0.6, s.fg, 2)
        note(img, "@ " + rng.choice(C.WORDS).title()[:10], (x + 20, y + sd + 88), 0.5, GREY)
        x += cw + 16
    y += 224
    while y + 200 < foot:
        y += event_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def artist_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, t: int, hi: float) -> None:
    """An artist on a festival's line-up grid: the square photo (faces 22-``hi`` px), a darkened
    band over its foot with the name and the stage's time, a heart over its upper right, on some
    friends going (a stack of 18-22 px) over its lower left above the band."""
    img = s.img
    m = rounded_rect(t, t, 14)
    piece, faces = portrait(cast, t, t, min(hi, t * rng.uniform(0.22, 0.4)))
    paste_photo(cast, s, piece, faces, x, y, m)
    H5.scrim(s, (x, y + t - 70, x + t, y + t), rng.uniform(0.45, 0.6))
    fill(img, 255 - m, x, y, s.bg)
    note(img, rng.choice(C.WORDS).upper()[:10], (x + 14, y + t - 38), 0.65, WHITE, 2)
    note(
        img,
        f"{rng.randrange(14, 24)}:{rng.choice(('00', '15', '30', '45'))}"
        f" - {rng.choice(('Main', 'Tent', 'Forest', 'Dome'))}",
        (x + 14, y + t - 12),
        0.45,
        (220, 220, 220),
    )
    liked = rng.random() < 0.4
    cv2.circle(img, (x + t - 32, y + 32), 20, (30, 30, 30), -1, cv2.LINE_AA)
    heart(img, (x + t - 32, y + 34), 11, RED if liked else (200, 200, 200))
    if rng.random() < 0.3:
        stack(cast, s, rng, x + 12, y + t - 120, rng.randrange(2, 4), 18.3, 22, (30, 30, 30))


def festival_artists(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music festival app's artists tab: the festival's name and days, day chips and a search
    field, "friends' picks" (a stack of 18-24 px), one's clash warning with two 24-32 px faces,
    then the line-up as a grid of square photos (``artist_tile``: two columns, faces 22-150 px, or
    three, 22-90 px; darkened name bands, hearts, friends going)."""
    s = new_screen(rng, name, cast.kind("festival"), ("light", "dark", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 48, words(rng, 1).title()[:10] + " Fest " + str(rng.randrange(2025, 2028)), 1.1)
    y += 80
    chips(img, rng, 30, y, 3, 44, (110, 170), off(page, 18), s.fg)
    y += 64
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    cv2.circle(img, (76, y + 32), 13, GREY, 3, cv2.LINE_AA)
    note(img, "Search artists", (106, y + 42), 0.6, GREY)
    y += 90
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 40))
    note(img, "friends' picks", (end + 12, y + 30), 0.55, GREY)
    y += 70
    if rng.random() < 0.5:
        fill(img, rounded_rect(96, WIDTH - 60, 18), 30, y, tone(GOLD, -30))
        x = 50
        for _ in range(2):
            x += 12 + face_avatar(cast, s, rng, x, y + 18, 24, 32, (1.1, 1.3), "circle")
        note(img, "Clash! Both at " + str(rng.randrange(18, 23)) + ":00", (x + 12, y + 56), 0.65, INK, 2)
        y += 116
    foot = H - NAV_H - 130
    cols = 2 if rng.random() < 0.55 else 3
    t = (WIDTH - 60 - (cols - 1) * 16) // cols
    hi = 210.0 if cols == 2 else 140.0
    while y + t < foot + t // 3:
        for k in range(cols):
            artist_tile(cast, rng, s, 30 + k * (t + 16), y, t, hi)
        y += t + 16
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    match_timeline,
    draft_board,
    stadium_app,
    timing_tower,
    fight_card,
    league_team,
    club_news,
    night_gallery,
    event_discovery,
    festival_artists,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (match_timeline, stadium_app)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a board of small squares, seats
# and pins, a gallery of party photos)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, draft_board, stadium_app, night_gallery)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT28_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h28", photos, free, seed, reps)
