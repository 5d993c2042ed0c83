"""Held-out screens, fifty-fifth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a stack of parcels, a warehouse's pallet
racks, a market stall's crates of vegetables, a barn by a field, a library's shelf of spines, a
reading room with its lamps, a bus shelter, a railway platform; nothing with eyes, a mouth or a
mask, and no round things in pairs); every random choice from ``HELDOUT55_SEED`` (55555; the
environment's ``HELDOUT55_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout54's ``Cast`` (through heldout53's and the sets' before it; this set's screens are
marked h55-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in logistics and delivery, farmers' markets and growers' co-ops, libraries
and book clubs, and transit and rideshare community boards, most of them small: a parcel's
tracking with its courier; a warehouse's shift roster; a farmers' market's vendors; a market day's
photo wall; a growers' co-op's story; a book club's page; an author's Q&A on video; a commuters'
carpool board; a transit community's lost and found; a delivery depot's leaderboard. Ten layouts:
- a parcel's tracking (``courier_tracking``): one's 22-26 px face; the map with the courier's pin
  (``route_map``: 26-40 px); the courier (``courier_card``: 40-64 px under a van's badge); the
  parcel's steps (``tracking_step``: 20-28 px or a dot); on 40 % the rating sheet
  (``rate_courier``: 70-140 px);
- a warehouse's roster (``shift_roster``): shifts (``shift_block``: the lead 36-52 px under a
  "LEAD" tag, the crew's facepile of 20-28 px with "+N", the docks' cells 22-30 px, on leave
  faded); swaps (``swap_row``: two faces of 20-26 px);
- a farmers' market's vendors (``market_vendors``): one's 22-26 px face; stalls this week
  (``stall_strip``: the vendor at the stall 22-56 px, past the right edge); vendors
  (``vendor_card``: the stall's photo with the vendor 26-70 px on some, the vendor's 30-44 px
  avatar over the photo's foot under a leaf's badge);
- a market day's photo wall (``market_wall``): the crowd (``crowd_banner``: front faces 24-48 px,
  grey on some); the wall's tiles in three columns (``wall_tile``: faces 18-60 px, turned 2-6
  degrees on some, grey on some, the uploader's 18-24 px face over a corner) cut by the tab bar;
- a growers' co-op's story (``coop_story``): the grower's video (``grower_video``: 120-280 px);
  members (``member_tile``: 36-60 px, four columns, a "+N" disc last); harvest news
  (``harvest_row``: 22-28 px);
- a book club's page (``book_club``): the banner with the members' facepile over its foot
  (``club_banner``: 26-36 px, "+N"); this month's book (``now_reading``); readers
  (``reader_row``: 24-34 px with their stacks of books);
- an author's Q&A (``author_qa``): the author's camera (``author_tile``: 100-260 px); the audience
  (``audience_tile``: 0.12-0.34 of a tile's height, four or five columns); the questions' queue
  (``question_row``: 20-26 px, raised hands);
- a carpool board (``carpool_board``): one's 22-26 px face; regulars on some (``regulars``: 36-54
  px, past the right edge); carpools (``carpool_card``: the driver 30-44 px in a seat-coloured
  ring, riders' facepiles of 20-26 px with "+N" or empty seats dashed);
- a lost and found (``lost_found``): posts (``found_post``: the poster 22-30 px, the items'
  photos with people 18-40 px on some, repliers' stacks 18-22 px, returned ones faded);
- a depot's leaderboard (``driver_board``): the podium (``podium``: 48-96 px, first the largest,
  medals over them); on 45 % the depot's crew (``depot_crew``: front faces 26-46 px); ranks
  (``rank_row``: 22-32 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``
and ``gathering``, heldout38's ``staged``), a figure in a gathering (0.9-1.1 of its row's size) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). The stalls and the
regulars run past the right edge, their last item across it; the photo wall's last tiles are cut
by the tab bar, a grower's video by a side on some; so some faces are cut by an edge and counted
while half of their box shows (the capture's right 8 px are black padding). Avatars are circles,
rounded squares, squircles, rings, borders, rings of a colour with a gap and pins' rims, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); wall
tiles are turned 2-6 degrees on some. Light, dark and tinted themes; JPEG quality 30-60. Vans'
badges, leaves, medals, "LEAD", "LOST", "FOUND" and "Returned" tags, likes, name labels, muted
microphones, raised hands, "+N" discs, sheets and tab bars take the pixels they cover; a face under
them counts while half of its box shows; rings and rims are drawn before the faces they hold; grey
(crowds, wall tiles), fading (crew on leave, returned posts) and dark bands leave the faces under
them counted as they look; initials, dashed discs, dots and drawn things are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,384 faces (1,071 under 32 px, 266 of 32-63, 38 of 64-127, 9
larger; 1,219 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rings, pins,
cells, cards, tiles and photos, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 328 faces: 259, 59, 8 and 2 by size, 288 under 40 px;
13 face-free). Each layout has people twice a round but the co-op's story and the author's Q&A,
once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127
and of 128 or more:
    courier_tracking  8 screens    50 faces:  39,   8,   3,   0
    shift_roster      8 screens   275 faces: 252,  23,   0,   0
    market_vendors    8 screens    76 faces:  55,  19,   2,   0
    market_wall       8 screens   308 faces: 193,  96,  18,   1
    coop_story        4 screens    43 faces:  20,  19,   0,   4
    book_club         8 screens    95 faces:  95,   0,   0,   0
    author_qa         4 screens    82 faces:  45,  26,   7,   4
    carpool_board     8 screens   180 faces: 137,  43,   0,   0
    lost_found        8 screens   138 faces: 130,   8,   0,   0
    driver_board      8 screens   137 faces: 105,  24,   8,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout27 as H27
import heldout38 as H38
import heldout39 as H39
import heldout52 as H52
import heldout53 as H53
import heldout54 as H54
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import icon, note
from heldout21 import chips, play_button, progress, tab_bar, title, words
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 55555


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT55_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 55555."""
    return int(env.get("HELDOUT55_SEED") or DEFAULT_SEED)


HELDOUT55_SEED = seed_from(os.environ)

PARCEL: Colour = (60, 120, 180)  # a courier's cardboard brown (BGR)
DEPOT: Colour = (140, 80, 20)  # a logistics firm's blue
FARM: Colour = (60, 140, 70)  # a co-op's green
LIBRARY: Colour = (90, 40, 120)  # a library's plum
TRANSIT: Colour = (150, 110, 0)  # a transit board's teal
SEATS: tuple[Colour, ...] = ((60, 170, 60), (30, 150, 240), (200, 120, 40), (150, 60, 170))
DEPOTS: tuple[str, ...] = (
    "Depot 4 - Eastgate",
    "Hub North",
    "Riverside DC",
    "Airport Cross-dock",
    "Depot 11",
)
STEPS: tuple[str, ...] = (
    "Label created",
    "Picked up",
    "At sorting hub",
    "Left the depot",
    "Out for delivery",
    "Handed to neighbour",
    "Delivered",
)
SHIFTS: tuple[str, ...] = ("Early 05:00-13:30", "Day 08:00-16:30", "Late 14:00-22:30", "Night 22:00-06:30")
ROLES: tuple[str, ...] = ("Picker", "Packer", "Forklift", "Loader", "Returns", "Inbound", "Dispatch")
PRODUCE: tuple[str, ...] = (
    "Heirloom veg",
    "Orchard fruit",
    "Sourdough",
    "Raw honey",
    "Cut flowers",
    "Free-range eggs",
    "Goat cheese",
    "Microgreens",
)
FARMS: tuple[str, ...] = (
    "Hollow Oak Farm",
    "Two Creeks",
    "Millbrook Growers",
    "Sunfield Co-op",
    "Ridge Acre",
)
BOOKS: tuple[str, ...] = (
    "The Salt Road",
    "A Quiet Harbour",
    "North of Nowhere",
    "Glass Orchard",
    "The Long Winter Light",
    "Paper Cities",
)
LINES: tuple[str, ...] = ("Route 12", "Line 4", "Blue Line", "Route 7X", "Night Bus N3", "Tram 2")
STOPS: tuple[str, ...] = (
    "Central Stn",
    "Mill Rd",
    "Park & Ride",
    "Harbour St",
    "Uni Gate",
    "Oak Ave",
    "Depot Sq",
)
ITEMS: tuple[str, ...] = ("Umbrella", "Blue scarf", "Keys on a ring", "Backpack", "Glasses case", "Kid's hat")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def parcel_stack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Parcels stacked by a door: a wall and a floor, three to seven cardboard boxes of several
    sizes piled from the floor, each with a tape's band across its top, a white label with bar-code
    stripes on some, a door's frame at one side."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.7, 0.82))
    gradient(img, (0, 0, w, floor), random_colour(rng, 170, 235), random_colour(rng, 140, 200))
    gradient(img, (0, floor, w, h), (110, 120, 130), (80, 90, 100))
    dx = round(w * rng.uniform(0.02, 0.12)) if rng.random() < 0.5 else round(w * rng.uniform(0.78, 0.9))
    cv2.rectangle(img, (dx, 0), (dx + max(6, w // 8), floor), (235, 235, 230), max(2, w // 60))
    x = round(w * rng.uniform(0.15, 0.3))
    base = floor + round((h - floor) * 0.4)
    for _ in range(rng.randrange(3, 8)):
        bw, bh = round(w * rng.uniform(0.14, 0.3)), round(h * rng.uniform(0.12, 0.28))
        if x + bw > w - 4:
            x, base = round(w * rng.uniform(0.2, 0.4)), base - round(h * 0.22)
        colour = tone(PARCEL, rng.randrange(-25, 26))
        cv2.rectangle(img, (x, base - bh), (x + bw, base), colour, -1)
        cv2.rectangle(img, (x, base - bh), (x + bw, base), tone(colour, -40), 1)
        cv2.rectangle(
            img,
            (x + bw // 2 - max(1, bw // 14), base - bh),
            (x + bw // 2 + max(1, bw // 14), base),
            (170, 200, 220),
            -1,
        )
        if rng.random() < 0.6:
            lx, ly = x + bw // 8, base - bh * 3 // 4
            cv2.rectangle(img, (lx, ly), (lx + bw // 3, ly + bh // 4), (250, 250, 250), -1)
            for k in range(0, max(1, bw // 3) - 2, 3):
                cv2.line(img, (lx + 2 + k, ly + 2), (lx + 2 + k, ly + max(3, bh // 6)), (30, 30, 30), 1)
        x += bw + rng.randrange(2, 12)
    return img


def pallet_racks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A warehouse's aisle: orange uprights and blue beams of pallet racking in three or four levels,
    wrapped pallets on the beams (boxes under film), a concrete floor with a yellow line along it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (200, 200, 195), (150, 150, 150))
    floor = round(h * rng.uniform(0.82, 0.9))
    cv2.rectangle(img, (0, floor), (w, h), (140, 145, 150), -1)
    cv2.line(
        img, (0, floor + (h - floor) // 2), (w, floor + (h - floor) // 3), (30, 200, 240), max(2, h // 80)
    )
    levels = rng.randrange(3, 5)
    bays = rng.randrange(2, 4)
    upright, beam = (20, 110, 240), rng.choice(((160, 90, 30), (40, 40, 160)))
    bw = w / bays
    for b in range(bays + 1):
        x = round(b * bw)
        cv2.rectangle(img, (x - max(2, w // 80), 0), (x + max(2, w // 80), floor), upright, -1)
    lh = floor / levels
    for lv in range(levels):
        y = round(floor - lv * lh)
        cv2.rectangle(img, (0, y - max(3, h // 60)), (w, y), beam, -1)
        for b in range(bays):
            if rng.random() < 0.8:
                x1, x2 = round(b * bw + bw * 0.1), round((b + 1) * bw - bw * 0.1)
                top = y - max(3, h // 60) - round(lh * rng.uniform(0.5, 0.8))
                cv2.rectangle(
                    img, (x1, top), (x2, y - max(3, h // 60)), tone(PARCEL, rng.randrange(-20, 21)), -1
                )
                cv2.rectangle(img, (x1, top), (x2, y - max(3, h // 60)), (225, 225, 225), max(1, w // 150))
                cv2.line(img, (x1, (top + y) // 2), (x2, (top + y) // 2), (200, 200, 200), 1)
    return img


def veg_crates(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A market stall's crates from above on a trestle: wooden crates side by side holding carrots
    (orange wedges with green tops), leeks (long white and green stalks) or leafy greens (ragged
    green patches), a chalkboard price sign in one corner."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((200, 200, 190), (80, 110, 140), (60, 60, 60)))
    cols, rows = rng.randrange(2, 4), rng.randrange(1, 3)
    cw, ch = w // cols, h // rows
    for r in range(rows):
        for c in range(cols):
            x1, y1 = c * cw + 3, r * ch + 3
            x2, y2 = x1 + cw - 6, y1 + ch - 6
            wood = tone((70, 130, 180), rng.randrange(-20, 21))
            cv2.rectangle(img, (x1, y1), (x2, y2), wood, -1)
            m = max(3, cw // 14)
            cv2.rectangle(img, (x1 + m, y1 + m), (x2 - m, y2 - m), tone(wood, -50), -1)
            kind = rng.randrange(3)
            for _ in range(rng.randrange(5, 10)):
                px = rng.randrange(x1 + m, max(x1 + m + 1, x2 - m))
                py = rng.randrange(y1 + m, max(y1 + m + 1, y2 - m))
                if kind == 0:
                    length, a = max(6, ch // 4), rng.uniform(0, math.pi)
                    tip = (round(px + length * math.cos(a)), round(py + length * math.sin(a)))
                    cv2.line(img, (px, py), tip, (30, 120, 240), max(2, cw // 18), cv2.LINE_AA)
                    cv2.line(img, (px, py), (px - 3, py - max(3, ch // 12)), (40, 150, 60), max(1, cw // 40))
                elif kind == 1:
                    cv2.line(img, (px, y1 + m), (px, y2 - m), (225, 235, 235), max(2, cw // 22))
                    cv2.line(img, (px, y1 + m), (px, (y1 + y2) // 2), (60, 140, 70), max(2, cw // 22))
                else:
                    pts = np.array(
                        [
                            (
                                px + rng.randrange(-cw // 6 - 1, cw // 6 + 1),
                                py + rng.randrange(-ch // 6 - 1, ch // 6 + 1),
                            )
                            for _ in range(5)
                        ],
                        np.int32,
                    )
                    cv2.fillPoly(img, [pts], tone((50, 150, 60), rng.randrange(-30, 31)), cv2.LINE_AA)
    sx, sy = rng.randrange(max(1, w - w // 4)), rng.randrange(max(1, h - h // 5))
    cv2.rectangle(img, (sx, sy), (sx + w // 4, sy + h // 5), (40, 45, 40), -1)
    cv2.line(img, (sx + w // 20, sy + h // 10), (sx + w // 5, sy + h // 10), (230, 230, 230), max(1, h // 80))
    return img


def barn_field(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A barn by a field: a sky graded down, a red or grey barn with a gable roof and a big door with
    its cross brace, a silo's tall cylinder beside it on some, rows of crops converging in the
    field, a fence's rails."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.5, 0.62))
    gradient(img, (0, 0, w, horizon), (220, 170, 110), (240, 225, 205))
    field = rng.choice(((60, 150, 90), (80, 170, 170), (50, 120, 70)))
    cv2.rectangle(img, (0, horizon), (w, h), field, -1)
    for k in range(-6, 7):
        cv2.line(
            img, (w // 2 + k * w // 30, horizon), (w // 2 + k * w // 4, h), tone(field, -35), max(1, w // 120)
        )
    bx, bw = round(w * rng.uniform(0.1, 0.45)), round(w * rng.uniform(0.28, 0.4))
    bh = round(h * rng.uniform(0.22, 0.3))
    wall = rng.choice(((40, 40, 170), (50, 60, 150), (150, 150, 150)))
    cv2.rectangle(img, (bx, horizon - bh), (bx + bw, horizon), wall, -1)
    roof = np.array(
        [(bx - 4, horizon - bh), (bx + bw // 2, horizon - bh - bh // 2), (bx + bw + 4, horizon - bh)],
        np.int32,
    )
    cv2.fillPoly(img, [roof], (60, 60, 70), cv2.LINE_AA)
    dx1, dx2 = bx + bw // 3, bx + bw * 2 // 3
    dy = horizon - bh * 3 // 5
    cv2.rectangle(img, (dx1, dy), (dx2, horizon), (235, 235, 235), max(1, w // 150))
    cv2.line(img, (dx1, dy), (dx2, horizon), (235, 235, 235), max(1, w // 150))
    cv2.line(img, (dx2, dy), (dx1, horizon), (235, 235, 235), max(1, w // 150))
    if rng.random() < 0.5:
        sx = bx + bw + max(4, w // 40)
        cv2.rectangle(
            img, (sx, horizon - round(bh * 1.5)), (sx + max(6, w // 14), horizon), (180, 185, 190), -1
        )
    fy = horizon + (h - horizon) // 3
    cv2.line(img, (0, fy), (w, fy), (70, 110, 150), max(1, h // 100))
    for x in range(rng.randrange(0, max(1, w // 10)), w, max(8, w // 10)):
        cv2.line(img, (x, fy - h // 30), (x, fy + h // 30), (60, 100, 140), max(1, w // 150))
    return img


def book_spines(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A library's shelves face on: two to four wooden shelves, each packed with books' spines of
    many colours and heights (bands and titles as pale bars on some), a few leaning at the end, a
    bookend's block."""
    img = np.zeros((h, w, 3), np.uint8)
    wood = rng.choice(((50, 90, 140), (40, 60, 90), (170, 190, 210)))
    img[:] = tone(wood, -30)
    shelves = rng.randrange(2, 5)
    sh = h / shelves
    for k in range(shelves):
        base = round((k + 1) * sh) - max(3, h // 40)
        cv2.rectangle(img, (0, base), (w, base + max(3, h // 40)), wood, -1)
        x = rng.randrange(0, max(1, w // 20))
        while x < w - 4:
            bw = max(3, round(w * rng.uniform(0.025, 0.06)))
            bh = round(sh * rng.uniform(0.55, 0.88))
            colour = random_colour(rng, 40, 220)
            cv2.rectangle(img, (x, base - bh), (x + bw, base), colour, -1)
            if rng.random() < 0.5:
                cv2.rectangle(img, (x, base - bh * 4 // 5), (x + bw, base - bh * 3 // 4), GOLD, -1)
            if rng.random() < 0.4 and bw > 5:
                cv2.line(
                    img, (x + bw // 2, base - bh * 2 // 3), (x + bw // 2, base - bh // 4), tone(colour, 70), 1
                )
            x += bw + (1 if rng.random() < 0.85 else max(6, w // 25))
    return img


def reading_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A library's reading room: tall windows in a panelled wall, long tables across the floor
    with a row of green desk lamps (shades as trapezoids on stems) and open books as pale
    wedges, chairs' backs as bars."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((150, 170, 190), (110, 130, 150), (200, 210, 215)))
    gradient(img, (0, 0, w, h), tone(wall, 20), tone(wall, -30))
    n = rng.randrange(2, 5)
    for k in range(n):
        x = round(w * (k + 0.5) / n)
        ww = max(6, round(w / n * 0.4))
        cv2.rectangle(
            img, (x - ww // 2, round(h * 0.06)), (x + ww // 2, round(h * 0.45)), (240, 225, 200), -1
        )
        cv2.line(img, (x, round(h * 0.06)), (x, round(h * 0.45)), tone(wall, -40), max(1, w // 150))
    for t, ty in enumerate((round(h * 0.6), round(h * 0.8))):
        cv2.rectangle(img, (round(w * 0.05), ty), (round(w * 0.95), ty + max(4, h // 30)), (40, 70, 110), -1)
        for k in range(rng.randrange(2, 6)):
            lx = round(w * (0.12 + k * 0.2) + t * w * 0.05)
            if lx > w * 0.9:
                break
            cv2.line(img, (lx, ty), (lx, ty - h // 14), (60, 140, 170), max(1, w // 200))
            shade = np.array(
                [
                    (lx - w // 30, ty - h // 14),
                    (lx + w // 30, ty - h // 14),
                    (lx + w // 50, ty - h // 9),
                    (lx - w // 50, ty - h // 9),
                ],
                np.int32,
            )
            cv2.fillPoly(img, [shade], (50, 120, 40), cv2.LINE_AA)
            bx = lx + w // 20
            book = np.array([(bx, ty), (bx + w // 25, ty - h // 60), (bx + w // 12, ty)], np.int32)
            cv2.fillPoly(img, [book], (230, 240, 245), cv2.LINE_AA)
        for _ in range(rng.randrange(3, 7)):
            cx = round(w * rng.uniform(0.08, 0.9))
            cv2.rectangle(
                img, (cx, ty + max(4, h // 30)), (cx + max(3, w // 40), ty + h // 10), (30, 50, 80), -1
            )
    return img


def bus_shelter(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bus shelter at a kerb: a street behind, the shelter's glass panels in a dark frame with a
    roof slab, a timetable's panel with rows of lines, a route sign on a pole, a bench inside, the
    kerb and the road's markings."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 150, 230), random_colour(rng, 100, 170))
    kerb = round(h * rng.uniform(0.78, 0.86))
    cv2.rectangle(img, (0, kerb), (w, h), (70, 70, 75), -1)
    for x in range(rng.randrange(0, max(1, w // 8)), w, max(10, w // 5)):
        cv2.rectangle(
            img,
            (x, kerb + (h - kerb) // 2),
            (x + max(5, w // 12), kerb + (h - kerb) // 2 + max(2, h // 80)),
            (230, 230, 230),
            -1,
        )
    x1, x2 = round(w * rng.uniform(0.08, 0.25)), round(w * rng.uniform(0.6, 0.8))
    top = round(h * 0.18)
    frame = rng.choice(((40, 40, 45), (120, 90, 30), (30, 90, 30)))
    glass = random_colour(rng, 170, 230)
    cv2.rectangle(img, (x1, top), (x2, kerb), glass, -1)
    panels = rng.randrange(2, 4)
    for k in range(panels + 1):
        px = x1 + (x2 - x1) * k // panels
        cv2.line(img, (px, top), (px, kerb), frame, max(2, w // 80))
    cv2.rectangle(img, (x1 - w // 30, top - max(4, h // 30)), (x2 + w // 30, top), frame, -1)
    tx = x1 + (x2 - x1) // panels // 4
    cv2.rectangle(
        img, (tx, top + h // 10), (tx + (x2 - x1) // panels // 2, top + h // 3), (245, 245, 245), -1
    )
    for k in range(5):
        ly = top + h // 10 + (k + 1) * (h // 3 - h // 10) // 6
        cv2.line(img, (tx + 3, ly), (tx + (x2 - x1) // panels // 2 - 3, ly), (90, 90, 90), 1)
    by = kerb - h // 10
    cv2.rectangle(img, (x1 + (x2 - x1) // 3, by), (x2 - 6, by + max(3, h // 50)), (60, 60, 60), -1)
    sx = x2 + max(8, w // 12)
    if sx < w - 4:
        cv2.line(img, (sx, round(h * 0.12)), (sx, kerb), (160, 160, 160), max(2, w // 90))
        cv2.rectangle(img, (sx - w // 25, round(h * 0.12)), (sx + w // 25, round(h * 0.22)), TRANSIT, -1)
    return img


def rail_platform(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A railway platform seen along its length: a canopy on posts overhead, the platform's grey
    surface with its yellow edge line, the tracks beside it as converging rails and sleepers, a
    departure board hanging from the canopy."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (215, 190, 150), (230, 225, 215))
    vx, vy = round(w * rng.uniform(0.4, 0.65)), round(h * rng.uniform(0.4, 0.5))
    edge = round(w * rng.uniform(0.45, 0.6))
    plat = np.array([(0, h), (edge, h), (vx, vy), (0, vy + h // 20)], np.int32)
    cv2.fillPoly(img, [plat], (150, 150, 155))
    cv2.line(img, (edge - max(4, w // 40), h), (vx, vy), (30, 200, 240), max(2, w // 60), cv2.LINE_AA)
    track = np.array([(edge, h), (w, h), (w, vy + h // 10), (vx, vy)], np.int32)
    cv2.fillPoly(img, [track], (90, 100, 110))
    for k in range(1, 12):
        t = (k / 12) ** 2
        y = round(vy + (h - vy) * t)
        cv2.line(
            img,
            (round(vx + (edge - vx) * t), y),
            (round(vx + (w - vx) * t), y),
            (50, 60, 80),
            max(1, round(6 * t)),
        )
    for f in (0.25, 0.75):
        cv2.line(
            img, (vx, vy), (round(edge + (w - edge) * f), h), (170, 170, 180), max(1, w // 120), cv2.LINE_AA
        )
    canopy = rng.choice(((70, 70, 75), (40, 90, 40), (110, 60, 30)))
    cv2.fillPoly(img, [np.array([(0, 0), (w, 0), (vx, vy - h // 8), (0, vy - h // 10)], np.int32)], canopy)
    for k in range(1, 4):
        t = k / 4
        px = round(edge * 0.5 * (1 - t) + vx * t * 0.6)
        cv2.line(
            img,
            (px, round(vy - h // 9 + (h - vy) * (1 - t) * 0.2)),
            (px, round(vy + (h - vy) * (1 - t))),
            (60, 60, 60),
            max(1, round(5 * (1 - t))),
        )
    bw = max(8, w // 5)
    cv2.rectangle(img, (vx - bw, vy - h // 5), (vx - bw // 4, vy - h // 8), (20, 20, 20), -1)
    cv2.line(
        img, (vx - bw + 3, vy - h // 6), (vx - bw // 4 - 3, vy - h // 6), (30, 180, 250), max(1, h // 120)
    )
    return img


RENDERS: tuple[H11.Render, ...] = (
    parcel_stack,
    pallet_racks,
    veg_crates,
    barn_field,
    book_spines,
    reading_room,
    bus_shelter,
    rail_platform,
)
DOORSTEPS: tuple[H11.Render, ...] = (parcel_stack, H22.empty_room)  # a delivery's photo
WAREHOUSE: tuple[H11.Render, ...] = (pallet_racks, parcel_stack, pallet_racks)  # a depot's crew photo
MARKET: tuple[H11.Render, ...] = (veg_crates, barn_field, veg_crates)  # a stall, a farm
SHELVES: tuple[H11.Render, ...] = (book_spines, reading_room)  # an author's room, a club's banner
STREETS: tuple[H11.Render, ...] = (bus_shelter, rail_platform)  # a commute's places


@dataclass
class Cast(H54.Cast):
    """heldout54's cast (heldout53's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h55-, whose drawn things are this set's: parcels, pallet
    racks, a stall's crates, a barn, a shelf of books, a reading room, a bus shelter, a platform."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h55-" + super().kind(layout).removeprefix("h54-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def van_badge(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A courier's badge over their avatar's lower right: a disc of ``colour`` in a rim of the
    page's colour with a white van side on (a box, a cab, no wheels drawn) (it takes the pixels it
    covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    u = max(1, r // 5)
    cv2.rectangle(img, (c[0] - 3 * u, c[1] - 2 * u), (c[0] + u, c[1] + u), WHITE, -1)
    cv2.rectangle(img, (c[0] + u, c[1] - u), (c[0] + 3 * u, c[1] + u), WHITE, -1)
    cv2.line(img, (c[0] - 3 * u, c[1] + 2 * u), (c[0] + 3 * u, c[1] + 2 * u), WHITE, max(1, u // 2))


def leaf_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A certified grower's badge: a green disc in a rim of the page's colour, a white leaf (an
    almond shape with a vein) in it (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, FARM, -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (max(2, r * 3 // 5), max(1, r // 3)), -40, 0, 360, WHITE, -1, cv2.LINE_AA)
    d = round(r * 0.45)
    cv2.line(img, (c[0] - d, c[1] + d), (c[0] + d, c[1] - d), FARM, max(1, r // 8), cv2.LINE_AA)


def medal(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rank: int) -> None:
    """A podium's medal under an avatar: two ribbon tails above a disc of ``colour`` with the rank
    in it (it takes the pixels it covers)."""
    for d in (-1, 1):
        tail = np.array(
            [
                (c[0] + d * r // 2, c[1] - r),
                (c[0] + d * r, c[1] - 2 * r),
                (c[0] + d * r // 5, c[1] - 2 * r),
                (c[0], c[1] - r),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [tail], (60, 60, 200) if d < 0 else (200, 80, 40), cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(1, r * 3 // 4), tone(colour, -40), max(1, r // 8), cv2.LINE_AA)
    (tw, th), _ = cv2.getTextSize(str(rank), FONT, r / 22, 2)
    cv2.putText(img, str(rank), (c[0] - tw // 2, c[1] + th // 2), FONT, r / 22, WHITE, 2, cv2.LINE_AA)


def map_pin(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A map's pin (a drop with a white hole; never a face): a disc with a point under it."""
    cv2.fillPoly(
        img,
        [
            np.array(
                [
                    (c[0] - r * 2 // 3, c[1] + r // 2),
                    (c[0] + r * 2 // 3, c[1] + r // 2),
                    (c[0], c[1] + 2 * r),
                ],
                np.int32,
            )
        ],
        colour,
        cv2.LINE_AA,
    )
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r // 3), WHITE, -1, cv2.LINE_AA)


def book_stack(img: np.ndarray, rng: random.Random, x: int, y: int, n: int) -> int:
    """A reader's pile of ``n`` books lying flat from (x, y) downwards (never a face): covers' edges
    of several colours and widths, pages as a pale band at one end. Returns its height."""
    yy = y
    for _ in range(n):
        bw, bh = rng.randrange(70, 120), rng.randrange(10, 18)
        bx = x + rng.randrange(-8, 9)
        cv2.rectangle(img, (bx, yy), (bx + bw, yy + bh), random_colour(rng, 40, 220), -1)
        cv2.rectangle(img, (bx + bw - 8, yy + 2), (bx + bw - 2, yy + bh - 2), (235, 240, 245), -1)
        yy += bh + 1
    return yy - y


def route_line(img: np.ndarray, a: tuple[int, int], b: tuple[int, int], colour: Colour) -> None:
    """A commute's line from ``a`` to ``b``: a hollow ring at the start, a filled square at the end,
    the dotted line between them (never a face)."""
    steps = max(2, abs(b[0] - a[0]) // 14)
    for k in range(1, steps):
        p = (a[0] + (b[0] - a[0]) * k // steps, a[1] + (b[1] - a[1]) * k // steps)
        cv2.circle(img, p, 3, colour, -1, cv2.LINE_AA)
    cv2.circle(img, a, 9, colour, 3, cv2.LINE_AA)
    cv2.rectangle(img, (b[0] - 8, b[1] - 8), (b[0] + 8, b[1] + 8), colour, -1)


# ----------------------------------------------------------------------------------------------
# Parts: a parcel's tracking, a warehouse's roster, a depot's leaderboard.
# ----------------------------------------------------------------------------------------------


def route_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A street map, 520 px across the screen (no faces but one): blocks between streets, a park, a
    river on some, the route as a thick line from the depot's square to one's pin, and on it the
    courier's round 26-40 px face in a white pin's rim (drawn before the face) with a point under
    it. Returns its height with the gap under it (540 px)."""
    img, h = s.img, 520
    land = (235, 238, 240) if sum(s.bg) > 384 else (70, 64, 60)
    cv2.rectangle(img, (0, y), (WIDTH, y + h), land, -1)
    road = (255, 255, 255) if sum(s.bg) > 384 else (110, 100, 95)
    for x in range(rng.randrange(0, 90), WIDTH, rng.randrange(140, 220)):
        cv2.line(img, (x, y), (x + rng.randrange(-60, 61), y + h), road, rng.choice((8, 14)))
    for yy in range(y + rng.randrange(0, 80), y + h, rng.randrange(120, 180)):
        cv2.line(img, (0, yy), (WIDTH, yy + rng.randrange(-40, 41)), road, rng.choice((8, 14)))
    px = rng.randrange(40, WIDTH - 300)
    cv2.rectangle(img, (px, y + 300), (px + 200, y + 440), (150, 210, 170), -1)
    if rng.random() < 0.5:
        cv2.line(
            img, (0, y + rng.randrange(60, 200)), (WIDTH, y + rng.randrange(200, 460)), (230, 190, 140), 26
        )
    pts = [(60, y + h - 60)]
    while pts[-1][0] < WIDTH - 160:
        last = pts[-1]
        pts.append(
            (
                last[0] + rng.randrange(90, 200),
                max(y + 60, min(y + h - 60, last[1] + rng.randrange(-140, 100))),
            )
        )
    cv2.polylines(img, [np.array(pts, np.int32)], False, DEPOT, 10, cv2.LINE_AA)
    cv2.rectangle(img, (pts[0][0] - 16, pts[0][1] - 16), (pts[0][0] + 16, pts[0][1] + 16), DEPOT, -1)
    map_pin(img, (pts[-1][0], pts[-1][1] - 40), 22, RED)
    k = rng.randrange(1, len(pts) - 1) if len(pts) > 2 else 0
    fp, side = _size(rng, 26, small(rng, 26.5, 40), (1.1, 1.2))
    c = (
        max(40 + side // 2, min(WIDTH - 40 - side // 2, pts[k][0])),
        max(y + side, pts[k][1] - side // 2 - 10),
    )
    cv2.fillPoly(
        img,
        [
            np.array(
                [
                    (c[0] - side // 4, c[1] + side // 3),
                    (c[0] + side // 4, c[1] + side // 3),
                    (c[0], c[1] + side // 2 + 18),
                ],
                np.int32,
            )
        ],
        WHITE,
        cv2.LINE_AA,
    )
    cv2.circle(img, c, side // 2 + 6, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    tag(img, 24, y + 20, f"Arriving {rng.randrange(9, 20)}:{rng.choice(('05', '20', '35', '50'))}", DEPOT, 40)
    return h + 20


def courier_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The courier on a card: the 40-64 px face in a circle or a squircle (initials on some) with a
    van's badge over its lower right (``van_badge``: it takes the pixels it covers), the name, the
    stars and deliveries, the van's plate on a chip, a call and a message button. Returns its
    height with the gap under it (200 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 180, 22, card)
    side = face_or_initials(cast, rng, s, (44, y + 24), (40, 64), rng.choice(("circle", "squircle")), 0.1)
    van_badge(img, (44 + side - 4, y + 20 + side), 15, DEPOT, card)
    x = 80 + side
    note(img, f"{who(rng)} is your courier", (x, y + 56), 0.64, s.fg, 2)
    end = H5.stars(img, x, y + 86, 10, rng.choice((4, 4.5, 5)), GOLD, off(card, 40))
    note(img, f"{rng.randrange(200, 9000):,} deliveries", (end + 12, y + 94), 0.46, GREY)
    tag(
        img,
        x,
        y + 118,
        f"{rng.choice('ABCDEFGHKLMNPRSTVWXY')}{rng.randrange(10, 99)} {words(rng, 1)[:3].upper()}",
        INK,
        32,
    )
    for k, colour in enumerate((GREEN, s.accent)):
        cv2.circle(img, (WIDTH - 90 - k * 90, y + 90), 34, colour, -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH - 90 - k * 90, y + 90), 15, WHITE)
    return 200


def tracking_step(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A step of the parcel's journey on a line down the page: at the line, on about half the
    person who handled it (a round 20-28 px face, initials on some) else a dot of the depot's
    colour (never a face); the step, the place and the time. Returns its height (100 px)."""
    img = s.img
    cv2.line(img, (80, y), (80, y + 100), off(s.bg, 40), 4)
    if rng.random() < 0.55:
        fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
        if rng.random() < 0.12:
            H3.initials(img, rng, 80 - side // 2, y + 44 - side // 2, side, "circle", s.bg)
        else:
            cast.avatar(s, 80 - side // 2, y + 44 - side // 2, fp, side, "circle", s.bg)
    else:
        cv2.circle(img, (80, y + 44), 12, DEPOT, -1, cv2.LINE_AA)
    note(img, rng.choice(STEPS), (130, y + 40), 0.6, s.fg, 2)
    note(img, rng.choice(DEPOTS), (130, y + 72), 0.46, GREY)
    note(img, f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}", (WIDTH - 130, y + 44), 0.5, GREY)
    return 100


def rate_courier(cast: Cast, rng: random.Random, s: Screen, top: int) -> None:
    """ "How was your delivery?": the page above dimmed (heldout5's ``scrim``: faces under it stay
    counted, darker), a sheet from ``top`` (heldout5's ``sheet``: it takes the pixels it covers),
    the courier's round 70-140 px face in a ring of the depot's colour (heldout33's ``ring_avatar``,
    drawn before it), stars to tap and tips' chips down to the navigation bar."""
    img = s.img
    H5.scrim(s, (0, STATUS_H, WIDTH, top), 0.45)
    H5.sheet(img, top, s.bg)
    fp, side = _size(rng, 70, small(rng, 70.5, 140), (1.1, 1.2))
    ring_avatar(cast, s, (WIDTH - side) // 2, top + 60, fp, side, DEPOT)
    y = top + 60 + side + 60
    text = f"How was {who(rng)}'s delivery?"
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, 0.8, 2)
    heading(s, max(20, (WIDTH - tw) // 2), y, text, 0.8)
    H5.stars(img, WIDTH // 2 - 150, y + 60, 26, 0, GOLD, off(s.bg, 40))
    x = 80
    for amount in ("$2", "$3", "$5", "Other"):
        outlined(img, x, y + 120, 200, 64, s.accent, s.bg)
        note(img, amount, (x + 60, y + 162), 0.66, s.accent, 2)
        x += 230


def shift_block(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shift on the roster on a card 320 px high: a band of the shift's colour with its hours and
    the head count; the lead's 36-52 px face in a rounded square (initials on some) with a "LEAD"
    tag over its foot (it takes the pixels it covers); the crew as a facepile of three to six 20-28
    px faces with a "+N" disc on most (heldout22's ``stack``); the docks' cells, five of them, each
    with a round 22-30 px face (initials or an open slot on some), the role under it, on a fifth
    faded (on leave; heldout27's ``faded``: counted as it looks). Returns its height with the gap
    under it (336 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 320, 20, card)
    colour = rng.choice(SEATS)
    cv2.rectangle(img, (20, y + 20), (32, y + 300), colour, -1)
    note(img, rng.choice(SHIFTS), (50, y + 44), 0.62, s.fg, 2)
    note(img, f"{rng.randrange(8, 40)} on shift", (WIDTH - 220, y + 44), 0.5, GREY)
    side = face_or_initials(cast, rng, s, (50, y + 64), (36, 52), "rounded", 0.1)
    tag(img, 50, y + 64 + side - 14, "LEAD", (20, 140, 250), 26)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (70 + side, y + 96), 0.56, s.fg, 2)
    H22.stack(
        cast,
        s,
        rng,
        70 + side,
        y + 108,
        rng.randrange(3, 7),
        20,
        28,
        card,
        rng.choice((0, rng.randrange(2, 30))),
    )
    cw = (WIDTH - 100) // 5
    for k in range(5):
        x = 50 + k * cw
        fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
        ax, ay = x + (cw - side) // 2, y + 196
        roll = rng.random()
        if roll < 0.1:
            dashed_ring(img, (ax + side // 2, ay + side // 2), side // 2, GREY, 2)
        elif roll < 0.2:
            H3.initials(img, rng, ax, ay, side, "circle", None)
        else:
            cast.avatar(s, ax, ay, fp, side, "circle")
        note(img, rng.choice(ROLES)[:8], (x + 10, y + 196 + side + 30), 0.42, s.fg)
        if rng.random() < 0.2:
            H10.redrawn(s, (x, y + 190, x + cw, y + 296), H27.faded(card, 0.5))
    return 336


def swap_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shift swap asked for: two round 20-26 px faces (initials on some) with an arrow between,
    the names and the shifts, "Approve" or "Pending". Returns its height (96 px)."""
    img = s.img
    a = face_or_initials(cast, rng, s, (30, y + 22), (20, 26), "circle", 0.12)
    cv2.arrowedLine(
        img, (40 + a, y + 22 + a // 2), (90 + a, y + 22 + a // 2), GREY, 2, cv2.LINE_AA, tipLength=0.3
    )
    face_or_initials(cast, rng, s, (100 + a, y + 22), (20, 26), "circle", 0.12)
    x = 150 + 2 * a
    note(img, f"{who(rng)} > {who(rng)}", (x, y + 42), 0.56, s.fg, 2)
    note(img, rng.choice(SHIFTS), (x, y + 74), 0.44, GREY)
    if rng.random() < 0.5:
        pill(img, WIDTH - 190, y + 24, 150, 48, s.accent)
        note(img, "Approve", (WIDTH - 168, y + 56), 0.52, WHITE, 2)
    else:
        note(img, "Pending", (WIDTH - 170, y + 56), 0.52, GREY, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def podium(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The week's top three couriers on a podium, 440 px: blocks of three heights (first in the
    middle, tallest), on each a round face in a ring of gold, silver or bronze (heldout33's
    ``ring_avatar``, drawn before it), the first 64-96 px, the others 48-72 px, a medal over each
    one's foot (``medal``: it takes the pixels it covers), the name and the parcels on the block.
    Returns its height with the gap under it (460 px)."""
    img = s.img
    colours = (GOLD, (190, 190, 195), (60, 120, 190))
    first = _size(rng, 64, small(rng, 64.5, 96), (1.1, 1.2))
    for rank, (cx, block) in enumerate(((WIDTH // 2, 170), (WIDTH // 2 - 320, 120), (WIDTH // 2 + 320, 90))):
        fp, side = first if rank == 0 else _size(rng, 48, small(rng, 48.5, 72), (1.1, 1.2))
        bottom = y + 440
        cv2.rectangle(img, (cx - 140, bottom - block), (cx + 140, bottom), off(s.bg, 14 + 6 * rank), -1)
        ay = bottom - block - side - 40
        ring_avatar(cast, s, cx - side // 2, ay, fp, side, colours[rank])
        medal(img, (cx + side // 2 - 4, ay + side - 2), 16, colours[rank], rank + 1)
        note(img, who(rng)[:8], (cx - 60, bottom - block + 40), 0.6, s.fg, 2)
        note(img, f"{rng.randrange(300, 900)} parcels", (cx - 70, bottom - block + 74), 0.46, GREY)
    return 460


def depot_crew(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The depot's crew photo across the screen, 400 px (heldout38's ``staged`` before the racks:
    two or three depths of three to five people, the front faces 26-46 px, the back ones 0.5-0.65 of
    them, some under 18 px, drawn and not counted), a dark band over its foot (heldout5's
    ``scrim``) with the depot's name. Returns its height with the gap under it (420 px)."""
    hh, fp = 400, rng.uniform(26, 46)
    piece, faces = H38.staged(
        cast, rng, WAREHOUSE, rng.randrange(2, 4), (3, 5), WIDTH, hh, fp * rng.uniform(0.5, 0.65), fp
    )
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + hh - 90, WIDTH, y + hh), 0.5)
    note(s.img, f"{rng.choice(DEPOTS)} - crew of the month", (30, y + hh - 34), 0.7, WHITE, 2)
    return hh + 20


def rank_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A courier's rank: the number, the round 22-32 px face or a border's square (initials on
    some), the name and route, a bar of on-time share, parcels. Returns its height (96 px)."""
    img = s.img
    note(img, str(rng.randrange(4, 60)), (30, y + 56), 0.66, GREY, 2)
    side = face_or_initials(cast, rng, s, (90, y + 16), (22, 32), rng.choice(("circle", "border")), 0.12)
    x = 110 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 44), 0.58, s.fg, 2)
    progress(img, x, y + 62, 320, rng.uniform(0.7, 1.0), GREEN, off(s.bg, 30), 8)
    note(img, f"{rng.randrange(80, 400)}", (WIDTH - 130, y + 56), 0.62, s.fg, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a farmers' market's vendors, a market day's photo wall, a growers' co-op's story.
# ----------------------------------------------------------------------------------------------


def stall_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Stalls at this week's market: 260 x 200 photos rounded in a row past the right edge
    (heldout38's ``across_edge``: the last cut by the edge), each the vendor at the stall on 55 %
    (heldout53's ``posed`` before the crates or the farm: the face 22-56 px) else the stall drawn,
    the stall's number on a tag over its top left (it takes the pixels it covers). Returns its
    height with the gap under it (290 px)."""
    for x in H38.across_edge(rng, 280, 260):
        if rng.random() < 0.55:
            piece, faces = H53.posed(cast, rng, 260, 200, small(rng, 22, 56), MARKET)
        else:
            piece, faces = H11.render(rng, 260, 200, MARKET), []
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(200, 260, 16))
        tag(s.img, x + 10, y + 10, f"Stall {rng.randrange(1, 60)}", FARM, 30)
        note(s.img, rng.choice(PRODUCE)[:13], (x + 4, y + 236), 0.5, s.fg)
    return 290


def vendor_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A vendor's profile card at (x, y), ``w`` px wide: the stall's photo 0.7 times as high as wide
    (on 40 % the vendor behind the crates, heldout53's ``posed``: the face 26-70 px; else the stall
    or the farm drawn), the vendor's round 30-44 px face (initials on some) over the photo's foot in
    a rim of the card (the rim drawn before it, over the photo) with a leaf's badge on half
    (``leaf_badge``: it takes the pixels it covers), the farm's name, the produce's chip and the
    miles away. Returns its height with the gap under it."""
    img, card = s.img, off(s.bg, 8)
    ph = round(w * 0.7)
    rounded_card(img, x, y, w, ph + 170, 18, card)
    if rng.random() < 0.4:
        piece, faces = H53.posed(cast, rng, w, ph, small(rng, 26, 70), MARKET)
    else:
        piece, faces = H11.render(rng, w, ph, MARKET), []
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, w, 18))
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    ax, ay = x + 20, y + ph - side // 2
    cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 5, card, -1, cv2.LINE_AA)
    if rng.random() < 0.1:
        H3.initials(img, rng, ax, ay, side, "circle", None)
    else:
        cast.avatar(s, ax, ay, fp, side, "circle")
    if rng.random() < 0.5:
        leaf_badge(img, (ax + side - 2, ay + side - 4), 11, card)
    scale = min(0.6, w / 700)
    note(img, rng.choice(FARMS)[: max(8, w // 24)], (x + 20, y + ph + side // 2 + 40), scale, s.fg, 2)
    tag(img, x + 20, y + ph + side // 2 + 56, rng.choice(PRODUCE)[: max(6, w // 30)], FARM, 28)
    note(img, f"{rng.uniform(2, 40):.0f} mi", (x + w - 80, y + ph + side // 2 + 40), scale * 0.8, GREY)
    return ph + 190


def crowd_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A market day's crowd across the screen, 440 px (heldout11's ``gathering``: two or three rows
    of four to six, the front faces 24-48 px, those behind 0.7-0.85 of them), in grey on 30 %
    (heldout10's ``greyed``: counted as they look), a dark band over its foot (heldout5's ``scrim``)
    with the day and the photos' count. Returns its height with the gap under it (460 px)."""
    hh, fp = 440, rng.uniform(24, 48)
    piece, faces = H11.gathering(
        cast,
        WIDTH,
        hh,
        fp * rng.uniform(0.7, 0.85),
        fp,
        rng.randrange(2, 4),
        rng.randrange(4, 7),
        (1.5, 2.0),
        rng.uniform(0.0, 0.08),
    )
    if rng.random() < 0.3:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + hh - 110, WIDTH, y + hh), 0.5)
    title(s.img, "MARKET DAY", (30, y + hh - 50), 1.1, WHITE)
    note(s.img, f"{rng.randrange(40, 400)} photos", (WIDTH - 220, y + hh - 50), 0.6, WHITE, 2)
    return hh + 20


def wall_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A photo on the market's wall at (x, y), ``w`` px wide and 0.8-1.4 times as high: people at
    the stalls on 70 % (heldout11's ``snapshot``: faces 18-60 px) else a thing or the stall drawn;
    grey on a quarter (heldout10's ``greyed``); on a fifth turned 2-6 degrees (heldout11's
    ``turned``, a print pinned up); the uploader's round 18-24 px face over its lower left in a rim
    (drawn after the photo: it takes the pixels it covers) and a heart's count tag at the right.
    Returns its height with the gap under it."""
    img = s.img
    ph = round(w * rng.uniform(0.8, 1.4))
    if rng.random() < 0.7:
        piece, faces = H11.snapshot(cast, w, ph, 18.3, 60, 0.9)
    elif rng.random() < 0.5:
        piece, faces = H11.render(rng, w, ph, MARKET), []
    else:
        piece, faces = cast.piece(w, ph), []
    if rng.random() < 0.25:
        piece = H10.greyed(piece)
    if rng.random() < 0.2:
        piece, turned, where = H11.turned(piece, faces, rng.choice((-1, 1)) * rng.uniform(2, 6))
        H11.paste_photo(cast, s, piece, turned, x + (w - piece.shape[1]) // 2, y, where)
        ph = piece.shape[0]
    else:
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, w, 12))
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.05, 1.15))
    cv2.circle(img, (x + 14 + side // 2, y + ph - 14 - side // 2), side // 2 + 3, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, x + 14, y + ph - 14 - side, fp, side, "circle")
    tag(img, x + w - 80, y + ph - 44, f"{rng.randrange(1, 99)}", (40, 40, 200), 30)
    return ph + 14


def grower_video(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A grower telling the co-op's story, a video across the screen 620-720 px high: the grower
    standing by the barn or the crates (heldout53's ``posed``: the face 120-280 px, on a quarter cut
    by a side), a play button over its lower right (it takes the pixels it covers), "Meet the
    growers" and the length over its upper left, a progress bar over its foot. Returns its height
    with the gap under it."""
    img, h = s.img, rng.randrange(620, 720)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH, h, rng.uniform(120, 280), MARKET, edge)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    play_button(img, (WIDTH - 110, y + h - 110), 54, WHITE, INK)
    tag(
        img, 24, y + 24, f"Meet the growers - {rng.randrange(1, 6)}:{rng.randrange(60):02d}", (30, 30, 30), 36
    )
    progress(img, 0, y + h - 8, WIDTH, rng.uniform(0.0, 0.5), FARM, (90, 90, 90), 8)
    return h + 20


def member_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> None:
    """A co-op member in a grid's cell at (x, y), ``cw`` px wide: the 36-60 px face in a rounded
    square, a squircle or a bordered square (initials on some), the farm's first word under it."""
    shape = rng.choice(("rounded", "squircle", "border"))
    fp, side = _size(rng, 36, small(rng, 36.5, 60), (1.1, 1.2))
    ax = x + (cw - side) // 2
    if rng.random() < 0.12:
        H3.initials(s.img, rng, ax, y + 8, side, "rounded", None)
    else:
        cast.avatar(s, ax, y + 8, fp, side, shape)
    note(s.img, rng.choice(FARMS).split()[0][:9], (x + 10, y + side + 42), 0.46, s.fg)


def harvest_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A harvest update from a member: the round 22-28 px face (initials on some), what came in and
    how much, a thumbnail of the crates (drawn), the day. Returns its height (116 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (22, 28), "circle", 0.12)
    x = 54 + side
    note(img, f"{rng.choice(PRODUCE)} - {rng.randrange(20, 900)} lb", (x, y + 46), 0.58, s.fg, 2)
    note(img, f"{who(rng)} - {rng.choice(('Mon', 'Tue', 'Thu', 'Sat'))}", (x, y + 80), 0.46, GREY)
    blit(img, H11.render(rng, 130, 90, (veg_crates,)), WIDTH - 160, y + 12, rounded_rect(90, 130, 10))
    cv2.line(img, (30, y + 112), (WIDTH - 30, y + 112), off(s.bg, 14), 1)
    return 116


# ----------------------------------------------------------------------------------------------
# Parts: a book club, an author's Q&A, a carpool board, a lost and found.
# ----------------------------------------------------------------------------------------------


def club_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A book club's banner across the screen, 320 px, of shelves or the reading room (drawn), the
    club's name on a band, and over its foot the members' facepile: four to seven round 26-36 px
    faces in rims of the page (heldout22's ``stack``: each covers a part of the one under it) with a
    "+N" disc. Returns its height with the gap under it (400 px)."""
    hh = 320
    blit(s.img, H11.render(rng, WIDTH, hh, SHELVES), 0, y)
    H5.scrim(s, (0, y + 40, WIDTH, y + 140), 0.45)
    title(
        s.img,
        rng.choice(("Tuesday Readers", "Spine & Tea", "Last Chapter Club", "Page Turners")),
        (30, y + 110),
        1.0,
        WHITE,
    )
    H22.stack(cast, s, rng, 30, y + hh - 24, rng.randrange(4, 8), 26, 36, s.bg, rng.randrange(2, 40))
    return hh + 80


def now_reading(s: Screen, rng: random.Random, y: int) -> int:
    """This month's book (no faces): a cover of a colour with the title in bars, the title, the
    author's name, the meeting's date and the share read as a bar. Returns its height with the gap
    under it (260 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 240, 20, off(s.bg, 10))
    cover = random_colour(rng, 40, 200)
    cv2.rectangle(img, (44, y + 24), (194, y + 216), cover, -1)
    for k in range(3):
        cv2.rectangle(
            img, (60, y + 60 + k * 24), (60 + rng.randrange(60, 120), y + 70 + k * 24), tone(cover, 80), -1
        )
    note(img, rng.choice(BOOKS), (220, y + 70), 0.72, s.fg, 2)
    note(img, f"by {who(rng)} {rng.choice(SURNAMES)}", (220, y + 110), 0.52, GREY)
    note(
        img,
        f"We meet {rng.choice(('Tue', 'Thu', 'Sun'))} {rng.randrange(1, 29)} - room {rng.randrange(1, 9)}",
        (220, y + 156),
        0.48,
        s.fg,
    )
    progress(img, 220, y + 186, WIDTH - 300, rng.uniform(0.1, 0.9), LIBRARY, off(s.bg, 30), 10)
    return 260


def reader_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member's reading: the 24-34 px face in a circle, a ring or a squircle (initials on some),
    the name, the page they are on with a bar, their pile of books this year at the right
    (``book_stack``: never a face). Returns its height (130 px)."""
    img = s.img
    side = face_or_initials(
        cast, rng, s, (30, y + 22), (24, 34), rng.choice(("circle", "ring", "squircle")), 0.12
    )
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 46), 0.6, s.fg, 2)
    pages = rng.randrange(200, 600)
    at = rng.randrange(1, pages)
    note(img, f"p. {at} of {pages}", (x, y + 80), 0.46, GREY)
    progress(img, x, y + 94, 300, at / pages, LIBRARY, off(s.bg, 30), 8)
    book_stack(img, rng, WIDTH - 180, y + 20, rng.randrange(2, 6))
    cv2.line(img, (30, y + 126), (WIDTH - 30, y + 126), off(s.bg, 14), 1)
    return 130


def author_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The author's camera across the screen, 560-660 px: the author before shelves or the reading
    room (heldout53's ``posed``: the face 100-260 px), the author's label over its lower left
    (heldout22's ``name_label``: it takes the pixels it covers), a "LIVE" pill and the viewers' count
    over its top, a speaker's frame round it. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(560, 660)
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(100, 260), SHELVES)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(img, f"{who(rng)} {rng.choice(SURNAMES)} - author", 36, y + h - 14, 40)
    pill(img, 40, y + 24, 90, 40, RED)
    note(img, "LIVE", (56, y + 54), 0.6, WHITE, 2)
    tag(img, 150, y + 26, f"{rng.randrange(20, 900)} watching", (30, 30, 30), 36)
    cv2.rectangle(img, (20, y), (WIDTH - 21, y + h - 1), LIBRARY, 4)
    return h + 16


def audience_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A reader's camera in the audience at (x, y), tw x th: the reader at home (heldout3's
    ``photo``: the face 0.12-0.34 of the tile's height, skewed small) or, on a fifth, the camera off
    (heldout22's ``camera_off``); grey on a tenth (a black-and-white filter); the first name's label
    over its lower left (it takes the pixels it covers), a muted microphone or a raised hand on
    some."""
    img = s.img
    if rng.random() < 0.2:
        H22.camera_off(cast, s, rng, x, y, tw, th)
    else:
        cast.photo(s, x, y, tw, th, max(18.3, th * small(rng, 0.12, 0.34)), rounded_rect(th, tw, 10))
        if rng.random() < 0.1:
            H10.redrawn(s, (x, y, x + tw, y + th), H10.greyed)
    H22.name_label(img, who(rng)[:8], x + 6, y + th - 6, max(20, th // 8))
    roll = rng.random()
    if roll < 0.35:
        H22.mic_off(img, (x + tw - 22, y + 22), 14, (40, 40, 40))
    elif roll < 0.5:
        H22.raised_hand(img, (x + tw - 22, y + 22), 14)


def question_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A question in the queue: a raised hand's badge, the asker's round 20-26 px face (initials on
    some), the name and the question as text bars, the votes. Returns its height (100 px)."""
    img = s.img
    H22.raised_hand(img, (46, y + 46), 16)
    side = face_or_initials(cast, rng, s, (80, y + 22), (20, 26), "circle", 0.15)
    x = 100 + side
    note(img, who(rng), (x, y + 40), 0.54, s.fg, 2)
    H52.text_bars(img, rng, x, y + 56, WIDTH - x - 160, 2, off(s.bg, 60))
    note(img, f"^ {rng.randrange(1, 60)}", (WIDTH - 110, y + 50), 0.6, s.accent, 2)
    return 100


def regulars(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Commuters one rides with often: round 36-54 px faces in rings of the transit's teal
    (heldout33's ``ring_avatar``, drawn before them) about 180 px apart, the last across the
    screen's right edge (heldout45's ``carousel``), the line's badge over each one's lower right
    (heldout4's ``badge`` with the line's number: it takes the pixels it covers), the names under
    them. Returns its height with the gap under it."""
    fp, side = _size(rng, 36, small(rng, 36.5, 54), (1.1, 1.2))
    for x in carousel(rng, 180, side):
        ring_avatar(cast, s, x, y + 10, fp, side, TRANSIT)
        badge(s.img, (x + side - 2, y + side + 4), 13, TRANSIT, str(rng.randrange(1, 20)), s.bg)
        note(s.img, who(rng)[:8], (x - 2, y + side + 52), 0.48, s.fg)
    return side + 80


def carpool_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A carpool on a card 250 px high: the driver's round 30-44 px face in a ring of the seats'
    colour (heldout33's ``ring_avatar``; initials on some), the name and the car, the route from a
    stop to a stop (``route_line``), the leaving time; the riders as a facepile of one to four 20-26
    px faces with "+N" on some (heldout22's ``stack``) and the seats left as dashed discs (never
    faces); "Join" or "Full". Returns its height with the gap under it (266 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 250, 20, card)
    colour = rng.choice(SEATS)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    if rng.random() < 0.1:
        H3.initials(img, rng, 44, y + 24, side, "circle", None)
    else:
        ring_avatar(cast, s, 44, y + 24, fp, side, colour)
    x = 80 + side
    note(
        img,
        f"{who(rng)} - {rng.choice(('Civic', 'Prius', 'Golf', 'Model 3', 'Corolla'))}",
        (x, y + 54),
        0.6,
        s.fg,
        2,
    )
    note(
        img, f"Leaves {rng.randrange(6, 10)}:{rng.choice(('00', '15', '30', '45'))}", (x, y + 88), 0.48, GREY
    )
    route_line(img, (60, y + 150), (WIDTH - 340, y + 150), colour)
    note(img, rng.choice(STOPS), (44, y + 130), 0.44, s.fg)
    note(img, rng.choice(STOPS), (WIDTH - 420, y + 130), 0.44, s.fg)
    riders, seats = rng.randrange(1, 5), rng.randrange(0, 3)
    end = H22.stack(cast, s, rng, 44, y + 180, riders, 20, 26, card, rng.choice((0, 0, rng.randrange(1, 5))))
    for k in range(seats):
        dashed_ring(img, (end + 30 + k * 46, y + 196), 16, GREY, 2)
    if seats:
        pill(img, WIDTH - 200, y + 170, 150, 56, colour)
        note(img, "Join", (WIDTH - 150, y + 206), 0.6, WHITE, 2)
    else:
        note(img, "Full", (WIDTH - 150, y + 206), 0.6, GREY, 2)
    return 266


def found_post(cast: Cast, rng: random.Random, s: Screen, y: int, room: int) -> int:
    """A post on the lost and found: the poster's 22-30 px face in a circle or a rounded square
    (initials on some), the name, the line and the stop, a "LOST" or "FOUND" tag, two lines; one to
    three photos 200 x 160 of the item (a thing, or on 30 % a snapshot with people by it, heldout11's
    ``snapshot``: faces 18-40 px) where ``room`` leaves space; replies as a stack of two or three
    18-22 px faces with "+N" on some (heldout22's ``stack``); on a sixth the post returned, faded
    (heldout27's ``faded``: counted as it looks) under a "Returned" tag. Returns its height."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), rng.choice(("circle", "rounded")), 0.12)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.58, s.fg, 2)
    note(img, f"{rng.choice(LINES)} - {rng.choice(STOPS)}", (x, y + 70), 0.44, GREY)
    lost = rng.random() < 0.5
    tag(img, WIDTH - 160, y + 20, "LOST" if lost else "FOUND", RED if lost else GREEN, 34)
    note(img, rng.choice(ITEMS), (30, y + 120), 0.62, s.fg, 2)
    ty = H52.text_bars(img, rng, 30, y + 140, WIDTH - 60, 2, off(s.bg, 60))
    if room > ty - y + 260:
        for k in range(rng.randrange(1, 4)):
            px = 30 + k * 220
            if rng.random() < 0.3:
                piece, faces = H11.snapshot(cast, 200, 160, 18.3, 40, 1.0)
            else:
                piece, faces = cast.piece(200, 160), []
            H11.paste_photo(cast, s, piece, faces, px, ty + 6, rounded_rect(160, 200, 12))
        ty += 180
    end = H22.stack(
        cast, s, rng, 30, ty + 6, rng.randrange(2, 4), 18.3, 22, s.bg, rng.choice((0, rng.randrange(1, 12)))
    )
    note(img, f"{rng.randrange(1, 30)} replies", (end + 12, ty + 34), 0.46, GREY)
    ty += 60
    if rng.random() < 0.16:
        H10.redrawn(s, (20, y + 4, WIDTH - 20, ty), H27.faded(s.bg, 0.45))
        tag(img, WIDTH - 330, y + 20, "Returned", (70, 70, 70), 34)
    cv2.line(img, (30, ty + 8), (WIDTH - 30, ty + 8), off(s.bg, 14), 1)
    return ty + 16 - y


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def courier_tracking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A parcel's tracking: the title and one's 22-26 px face; the map with the courier's pin
    (``route_map``: 26-40 px); the courier (``courier_card``: 40-64 px); the parcel's steps
    (``tracking_step``: 20-28 px or dots) down to the tab bar, or on 40 % the rating sheet over them
    (``rate_courier``: 70-140 px)."""
    s, y = titled(cast, rng, name, "tracking", ("light", "light", "dark", "tinted"), "Your parcel", own=True)
    y += route_map(cast, rng, s, y)
    y += courier_card(cast, rng, s, y)
    y = section(s, y, "Journey", False)
    if rng.random() < 0.4:
        foot = H - NAV_H
        while y + 100 < foot:
            y += tracking_step(cast, rng, s, y)
        rate_courier(cast, rng, s, rng.randrange(1240, 1340))
        H5.nav_bar(s)
        return s.finish()
    return rows_to_tab_bar(s, rng, y, 60, lambda t: tracking_step(cast, rng, s, t))


def shift_roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A warehouse's shift roster: the depot's bar; the week's days as chips with one chosen; the
    day's shifts (``shift_block``: the lead 36-52 px, the crew's facepile of 20-28 px with "+N", the
    docks' cells 22-30 px, some on leave faded); swap requests (``swap_row``: 20-26 px) where there
    is room, above the tab bar."""
    s = new_screen(rng, name, cast.kind("roster"), ("light", "dark", "light", "tinted"))
    img = s.img
    y = STATUS_H
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), DEPOT, -1)
    note(img, rng.choice(DEPOTS), (30, y + 62), 0.85, WHITE, 2)
    y += 116
    day = rng.randrange(7)
    for k, d in enumerate("MTWTFSS"):
        x = 30 + k * 146
        if k == day:
            pill(img, x, y, 120, 70, s.accent)
        note(
            img,
            f"{d} {rng.randrange(1, 29) if k == day else ''}".strip(),
            (x + 36, y + 46),
            0.6,
            WHITE if k == day else s.fg,
            2,
        )
    y += 90
    foot = H - NAV_H - 120
    for _ in range(rng.randrange(2, 5)):
        if y + 336 > foot:
            break
        y += shift_block(cast, rng, s, y)
    H38.rows_above(s, y, foot, "Swap requests", lambda t: swap_row(cast, rng, s, t))
    tab_bar(s, rng, off(s.bg, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def market_vendors(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A farmers' market's vendors: the title and one's 22-26 px face; the search field; produce's
    chips; this week's stalls (``stall_strip``: vendors 22-56 px, past the right edge); the vendors'
    cards in two or three columns (``vendor_card``: stalls with the vendor 26-70 px on some, the
    vendor's 30-44 px avatar over the photo's foot) down past the tab bar, which cuts the last."""
    s, y = titled(
        cast, rng, name, "vendors", ("light", "tinted", "light", "dark"), "Saturday market", own=True
    )
    pill(s.img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(s.img, "Search vendors or produce", (70, y + 42), 0.55, GREY)
    y += 84
    chips(s.img, rng, 30, y, 4, 44, (110, 190), off(s.bg, 16), s.fg)
    y += 64
    y = section(s, y, "This week's stalls", True)
    y += stall_strip(cast, rng, s, y)
    y = section(s, y, f"{rng.randrange(20, 90)} vendors", False)
    cols, gap = rng.choice((2, 2, 3)), 20
    w = (WIDTH - 40 - gap * (cols - 1)) // cols
    foot = H - NAV_H - 120
    while y < foot - 120:
        for k in range(cols):
            step = vendor_card(cast, rng, s, 20 + k * (w + gap), y, w)
        y += step
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def market_wall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A market day's photo wall: the bar; the crowd (``crowd_banner``: front faces 24-48 px, grey on
    some); the wall in three columns of tiles of several heights (``wall_tile``: faces 18-60 px,
    turned or grey on some, the uploaders' 18-24 px faces over their corners) down past the tab
    bar, which cuts the last tiles."""
    s = new_screen(rng, name, cast.kind("wall"), ("light", "dark", "tinted", "light"))
    y = STATUS_H + 10
    chevron(s.img, 36, y + 50, s.fg, back=True)
    heading(s, 80, y + 62, "Photo wall", 0.95)
    y += 90
    y += crowd_banner(cast, rng, s, y)
    gap = 14
    w = (WIDTH - 40 - 2 * gap) // 3
    foot = H - NAV_H - 120
    for k in range(3):
        yy = y + rng.randrange(0, 40)
        while yy < foot - 60:
            yy += wall_tile(cast, rng, s, 20 + k * (w + gap), yy, w)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def coop_story(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A growers' co-op's story: the title; the grower's video (``grower_video``: 120-280 px); the
    members in four columns (``member_tile``: 36-60 px), one or two rows, the last cell a "+N"
    disc; harvest news (``harvest_row``: 22-28 px) where there is room, above the "Join the co-op"
    button."""
    s, y = titled(cast, rng, name, "coop", ("light", "tinted", "light", "dark"), rng.choice(FARMS))
    y += grower_video(cast, rng, s, y)
    y = section(s, y, f"Members - {rng.randrange(12, 80)}", True)
    cw = (WIDTH - 40) // 4
    rows = rng.choice((1, 2))
    for k in range(4 * rows):
        x, yy = 20 + (k % 4) * cw, y + (k // 4) * 130
        if k == 4 * rows - 1:
            H22.plus_more(s.img, x + (cw - 64) // 2, yy + 8, 64, rng.randrange(4, 70), off(s.bg, 30), s.bg)
        else:
            member_tile(cast, rng, s, x, yy, cw)
    y += 130 * rows
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, "Harvest news", lambda t: harvest_row(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Join the co-op")


def book_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A book club's page: the banner with the members' facepile over its foot (``club_banner``:
    26-36 px, "+N"); this month's book (``now_reading``); readers' progress (``reader_row``: 24-34
    px, their piles of books) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("club"), ("light", "tinted", "dark", "light"))
    y = STATUS_H
    y += club_banner(cast, rng, s, y)
    y += now_reading(s, rng, y)
    y = section(s, y, "Where everyone is", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: reader_row(cast, rng, s, t))


def author_qa(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An author's Q&A on video: the bar; the author's camera (``author_tile``: 100-260 px); the
    audience in four or five columns, two rows (``audience_tile``: faces 0.12-0.34 of a tile's
    height); the questions' queue (``question_row``: 20-26 px) above the call's controls."""
    s = new_screen(rng, name, cast.kind("qa"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H
    cv2.rectangle(s.img, (0, y), (WIDTH, y + 90), off(s.bg, 10), -1)
    note(s.img, f"Author Q&A - {rng.choice(BOOKS)}", (30, y + 56), 0.7, s.fg, 2)
    y += 100
    y += author_tile(cast, rng, s, y)
    cols, gap = rng.choice((4, 5)), 10
    tw = (WIDTH - 40 - gap * (cols - 1)) // cols
    th = round(tw * 0.75)
    for k in range(cols * 2):
        audience_tile(cast, rng, s, 20 + (k % cols) * (tw + gap), y + (k // cols) * (th + gap), tw, th)
    y += 2 * (th + gap) + 10
    controls = H - NAV_H - 150
    if y + 150 < controls:
        heading(s, 30, y + 40, f"Questions ({rng.randrange(3, 40)})", 0.8)
        y += 60
        while y + 100 < controls:
            y += question_row(cast, rng, s, y)
    H22.call_controls(s, rng, controls)
    H5.nav_bar(s)
    return s.finish()


def carpool_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A commuters' carpool board: the title and one's 22-26 px face; the commute's card (from, to);
    on 55 % regulars (``regulars``: 36-54 px under lines' badges, past the right edge); carpools
    (``carpool_card``: the driver 30-44 px, riders' facepiles of 20-26 px with "+N", empty seats
    dashed) down to the tab bar, which cuts the last."""
    s, y = titled(cast, rng, name, "carpool", ("light", "dark", "light", "tinted"), "Carpools", own=True)
    rounded_card(s.img, 20, y, WIDTH - 40, 120, 20, TRANSIT)
    route_line(s.img, (70, y + 78), (WIDTH - 90, y + 78), WHITE)
    note(s.img, f"{rng.choice(STOPS)}  to  {rng.choice(STOPS)}", (60, y + 46), 0.64, WHITE, 2)
    y += 140
    if rng.random() < 0.55:
        y = section(s, y, "You ride with", True)
        y += regulars(cast, rng, s, y)
    y = section(s, y, f"Leaving tomorrow - {rng.randrange(4, 40)}", False)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: carpool_card(cast, rng, s, t))


def lost_found(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A transit community's lost and found: the title; the lines' chips; posts (``found_post``: the
    poster 22-30 px, items' photos with people 18-40 px on some, replies' stacks 18-22 px, returned
    posts faded) down to the "Post an item" button."""
    s, y = titled(cast, rng, name, "lostfound", ("light", "tinted", "dark", "light"), "Lost & found")
    chips(s.img, rng, 30, y, 4, 44, (110, 190), off(s.bg, 16), s.fg)
    y += 70
    foot = H - NAV_H - 120
    while foot - y > 200:
        y += found_post(cast, rng, s, y, foot - y)
    return H39.finish_with_button(s, foot, "Post an item")


def driver_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A delivery depot's leaderboard: the title and one's 22-26 px face; the week's chips; the
    podium (``podium``: 48-96 px, medals); on 45 % the depot's crew (``depot_crew``: front faces
    26-46 px); the ranks (``rank_row``: 22-32 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "leaders", ("light", "dark", "tinted", "light"), "Top couriers", own=True)
    chips(s.img, rng, 30, y, 3, 44, (120, 200), off(s.bg, 16), s.fg)
    y += 64
    y += podium(cast, rng, s, y)
    if rng.random() < 0.45:
        y += depot_crew(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: rank_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    courier_tracking,
    shift_roster,
    market_vendors,
    market_wall,
    coop_story,
    book_club,
    author_qa,
    carpool_board,
    lost_found,
    driver_board,
)
# with people: each twice a round but two (a co-op's story and an author's Q&A, a few large faces
# each)
ONCE = (coop_story, author_qa)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a market's photo wall with things in the
# people's places, an author's Q&A's grid of cameras, a warehouse's roster of avatars)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, market_wall, author_qa, shift_roster)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT55_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h55", photos, free, seed, reps)
