"""Held-out screens, fifty-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a made hotel bed, a hotel's pool from
above, a house for sale from the street, a barber's tools on a towel, a salon's shelf of products, a
breakfast tray, a beach, an empty barber's chair before its mirror; nothing with eyes, a mouth or a
mask; scissors' two rings and a house's windows are the nearest); a profile without a photo is a
flat head-and-shoulders outline (``silhouette_tile``), never a face; every random choice from
``HELDOUT53_SEED`` (53535; the environment's ``HELDOUT53_SEED`` draws the set from another). Every
face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it on what the
finished screen shows: pixels drawn over a face afterwards stop being the face's, and a face left
with under half of its box is dropped. heldout52's ``Cast`` (through heldout11's and the sets'
after it; this set's screens are marked h53-) fills the people's places, and on face-free screens
puts pets, objects, textures, initials and this set's drawn things there; it counts a face cut by
an edge while half of its box is inside. Faces under 18 px are drawn but, as everywhere in the
bench, never counted.

What it adds is faces in travel and hospitality, beauty, real estate and dating apps, most of them
small: a hotel app's stay with its team; an airline crew's leg; a tours marketplace; a booking
site's reviews; a barbershop's walk-in queue; a salon's feed of before/after transformations; a
weekend's open houses; an agent's digital business card; a dating profile scrolled; a grid of people
nearby. Near repeats avoided: heldout32's front desk and heldout23's hotel cards (the clerk's side,
arrivals, a concierge's chat; here the guest's side: the team's photo in the lobby under a dark
band, the general manager's note in a brass rim, the staff on duty with their languages' tags, faded
when off, and the concierge's face in a floating "Ask" button over the list's foot); heldout8's and
heldout42's boarding passes (here the crew's side: the pilots' cards with their rank's stripes, the
aircraft from above with the cabin crew's tiny faces at its doors, the purser's ringed, an unworked
door dashed, then the crew under position tags); heldout42's tour itinerary and heldout29's hiking
trip (one group's day; here a marketplace: top guides in rings past the right edge, tours whose
photos are groups staged at a sight at two depths, the guide's face in a rim of the page over the
photo's lower left, "booked today" stacks); heldout23's travel list and heldout6's reviews (a
guest's quote on a hotel card; here a booking site's review page: score bars, guests' photos past
the right edge with a "+N" scrim, reviewers with their country's flag over the avatar, the trip's
kind, the guest's photos and the property's reply with the manager's face); heldout32's salon
booking and heldout36's studio booking (stylists in rings, slots; here a barbershop's walk-in queue:
chairs whose barbers sit in rings of the cut's time with scissors badges, a chair's client, a barber
on a break grey, the queue numbered with one's own place on a band and checked-in ticks);
heldout32's before-and-after, heldout35's editor, heldout36's gallery of pairs side by side and
heldout48's restorer (here one client's portrait split by an upright or slanted divider into a dull
before and a warm after, one face across both, the slider's handle and BEFORE/AFTER tags, or four
clients so in a grid, under the stylists' stories); heldout38's property search, its open house's
rooms and heldout23's real-estate map (here a weekend's open houses: houses from the street, drawn,
on some the hosting agent standing on the lawn by an "OPEN" A-frame, an "OPEN SAT" ribbon and a save
button over the photo, hosts and "going" stacks, agents' faces in pins on a map); heldout27's
agent's profile and heldout38's ranking of agents (here one agent's digital business card: a
headshot over a brand's band, contact buttons, a QR code, the team, homes sold under SOLD sashes,
some with their buyers, clients' words); heldout2's dating card, heldout4's dating profile and
heldout40's swipe deck (a card or a portrait with pass and like buttons; here a profile scrolled:
the first photo at a trip's place or a stay, on some cut by a side, or a group, the name on a dark
band, friends in common, prompts and facts with like buttons, the next photo on a rounded card grey
on a quarter and cut by the screen's foot, the pass button floating over it); heldout2's search grid
and heldout40's likes grid (gapped, blurred; here squares edge to edge in three to five columns:
close photos, people far off before a place, snapshots, blank profiles, the names over a dark band,
"NEW" tags, on some a sheet of chats pulled over the grid). Ten layouts:
- a hotel's stay (``hotel_team``): the header (``stay_header``: on 45 % the team's photo, 24-40 px
  at the front); the general manager (``manager_note``: 40-64 px); the staff on duty
  (``staff_row``: 22-32 px); on 70 % the concierge's button (``concierge_pill``: 28-38 px);
- an airline crew's leg (``crew_briefing``): the flight (``flight_header``); the pilots
  (``pilot_card``: 36-56 px); on 65 % the aircraft's plan (``cabin_plan``: 18-26 px at the doors);
  the cabin crew (``crew_row``: 22-30 px);
- a tours marketplace (``tour_market``): one's 22-26 px face; on 70 % the top guides
  (``top_guides``: 32-50 px, past the right edge); tours (``tour_card``: groups at sights, 22-40 px
  at the front and smaller behind, the guide 28-40 px, "booked today" stacks of 18-22 px);
- a booking site's reviews (``stay_reviews``): the scores (``score_summary``); guests' photos
  (``guest_photos``: 18-60 px, past the right edge); reviews (``review_card``: 22-32 px, photos'
  faces 18-40 px, the manager's reply 20-26 px);
- a barbershop's queue (``barber_queue``): the shop (``shop_header``); the chairs (``chair_card``:
  barbers 40-60 px, clients 18-22 px); the queue (``queue_row``: 22-32 px);
- a salon's feed (``salon_transformations``): the stylists (``stylist_stories``: 34-50 px, past the
  right edge); posts (``split_post``: the stylist 22-30 px, one client's ``transformation`` of
  70-170 px or four of 36-80 px, likes of 18-22 px, a comment's 18-24 px);
- open houses (``open_houses``): one's 22-26 px face; on half the map (``map_strip``: agents' pins
  20-28 px); houses (``open_house_card``: the agent on the lawn on 35 %, 40-90 px; hosts 24-32 px;
  "going" stacks of 18-22 px);
- an agent's card (``agent_card``): the card (``business_card``: the headshot 90-210 px); the team
  (``team_strip``: 28-44 px); homes sold (``sold_strip``: buyers 24-60 px, past the right edge);
  clients' words (``testimonial``: 22-30 px);
- a dating profile (``dating_profile``): the first photo (``profile_hero``: 120-320 px, or a group's
  30-90 px); friends in common (``mutual_row``: 18-22 px); the next photo (``inset_photo``: 60-220
  px);
- people nearby (``nearby_grid``): one's 22-26 px face; the grid (``grid_tile``: close photos'
  faces 0.08-0.45 of a 213-358 px square, people far off, snapshots' 18-40 px); on 40 % the chats
  (``chats_sheet``: 26-36 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``
and ``gathering``, heldout38's ``staged``), a figure in a gathering (0.9-1.1 of its row's size) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). The guides, the
stylists, the guests' photos and the homes sold run past the right edge, their last item across it,
a profile's first photo is cut by a side on some, the next one and the grid's last row by the
screen's foot, so some faces are cut by an edge and counted while half of their box shows (the
capture's right 8 px are black padding). Avatars are circles, rounded squares, story rings, rims,
rings of a cut's time and pins, with heldout2's looks (turned up to 20 degrees on 40 %, grey on 20
%, on a dark backdrop on 30 %). Light, dark and tinted themes (the crew app, the barbershop and the
grid mostly dark); JPEG quality 30-60. Tags, ribbons, flags, sashes, badges, save and like buttons,
the "Ask" button, the slider's handle, the "+N" figures, the pass button, sheets and tab bars take
the pixels they cover; a face under them counts while half of its box shows; rims, rings and bands
are drawn before the faces they hold; grey (a barber on a break, a photo), fading (staff off duty)
and dark bands (scrims over photos' tops and feet, a "+N" tile) leave the faces under them counted
as they look; initials, dashed rings, logos, house pins, blank profiles and drawn things are never
faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,161 faces (781 under 32 px, 307 of 32-63, 60 of 64-127, 13
larger; 971 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings, pins,
photos, cards and squares, round things where a photo's people or a cut-out's person would be);
``reps=1`` a quarter (18 screens with 250 faces: 154, 77, 12 and 7 by size, 209 under 40 px; 13
face-free). Each layout has people twice a round but the agent's card and the dating profile, once
(a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and
of 128 or more:
    hotel_team              8 screens   107 faces:  93,  14,   0,   0
    crew_briefing           8 screens    99 faces:  83,  16,   0,   0
    tour_market             8 screens   148 faces:  79,  69,   0,   0
    stay_reviews            8 screens   118 faces:  84,  33,   1,   0
    barber_queue            8 screens   102 faces:  81,  21,   0,   0
    salon_transformations   8 screens   101 faces:  27,  64,   9,   1
    open_houses             8 screens    66 faces:  58,   4,   4,   0
    agent_card              4 screens    36 faces:  29,   3,   2,   2
    dating_profile          4 screens    27 faces:  10,   5,   6,   6
    nearby_grid             8 screens   357 faces: 237,  78,  38,   4
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout6 as H6
import heldout10 as H10
import heldout11 as H11
import heldout13 as H13
import heldout15 as H15
import heldout22 as H22
import heldout23 as H23
import heldout27 as H27
import heldout32 as H32
import heldout38 as H38
import heldout39 as H39
import heldout42 as H42
import heldout45 as H45
import heldout52 as H52
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, _map, blit, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import icon, note
from heldout21 import chips, progress, tab_bar, title, words
from heldout23 import FONT, WIDTH, living_room, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 53535


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT53_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 53535."""
    return int(env.get("HELDOUT53_SEED") or DEFAULT_SEED)


HELDOUT53_SEED = seed_from(os.environ)

NAVY: Colour = (90, 45, 20)  # an airline's navy (BGR)
BRASS: Colour = (70, 150, 205)  # a hotel's brass
SALON: Colour = (150, 90, 220)  # a salon's rose
REALTY: Colour = (90, 120, 20)  # a brokerage's teal
DATE: Colour = (110, 70, 245)  # a dating app's coral
CITIES: tuple[str, ...] = ("Lisbon", "Kyoto", "Cape Town", "Oaxaca", "Seville", "Hanoi", "Reykjavik", "Porto")
HOTELS: tuple[str, ...] = ("The Harbour Inn", "Casa Alfama", "Hotel Meridian", "The Linden", "Palm Court")
HOTEL_ROLES: tuple[str, ...] = (
    "Concierge",
    "Front desk",
    "Housekeeping",
    "Spa therapist",
    "Chef",
    "Bell captain",
    "Night manager",
    "Guest relations",
)
LANGS: tuple[str, ...] = ("EN", "ES", "FR", "DE", "IT", "PT", "JA", "ZH", "AR", "NL")
AIRPORTS: tuple[str, ...] = (
    "LHR",
    "SFO",
    "JFK",
    "DXB",
    "SIN",
    "CDG",
    "NRT",
    "GRU",
    "SYD",
    "MAD",
    "YYZ",
    "AMS",
)
CUTS: tuple[str, ...] = ("Skin fade", "Beard trim", "Buzz cut", "Kids cut", "Hot towel shave", "Scissor cut")
LOOKS: tuple[str, ...] = (
    "Balayage",
    "Copper melt",
    "Blonde refresh",
    "Curtain bangs",
    "Silk press",
    "Glossing",
)
TRIPS: tuple[str, ...] = ("Couple", "Family", "Solo", "Business", "Friends")
PROMPTS: tuple[str, ...] = (
    "My simple pleasures",
    "I'm looking for",
    "Two truths and a lie",
    "Together we could",
    "The way to win me over",
    "Typical Sunday",
)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def hotel_bed(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A made hotel bed seen from its foot: a wall graded down, an upholstered headboard, a white
    duvet with a runner across it in a colour, two to four pillows, bedside lamps with lit shades,
    an abstract print over the bed."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = random_colour(rng, 120, 220)
    gradient(img, (0, 0, w, h), tone(wall, 20), tone(wall, -30))
    u = min(w, h)
    floor = round(h * 0.82)
    cv2.rectangle(img, (0, floor), (w, h), tone(random_colour(rng, 60, 140), -20), -1)
    bx1, bx2 = round(w * 0.2), round(w * 0.8)
    head = random_colour(rng, 50, 170)
    fill(img, rounded_rect(round(h * 0.3), bx2 - bx1, max(2, u // 30)), bx1, round(h * 0.3), head)
    cv2.rectangle(img, (bx1 - u // 30, round(h * 0.55)), (bx2 + u // 30, floor), (245, 245, 245), -1)
    runner = random_colour(rng, 40, 200)
    cv2.rectangle(img, (bx1 - u // 30, round(h * 0.68)), (bx2 + u // 30, round(h * 0.74)), runner, -1)
    n = rng.randrange(2, 5)
    pw = (bx2 - bx1) // n
    for k in range(n):
        px = bx1 + k * pw + pw // 10
        fill(
            img,
            rounded_rect(max(4, round(h * 0.1)), max(4, pw * 4 // 5), max(2, u // 40)),
            px,
            round(h * 0.47),
            (235, 238, 240) if k % 2 == 0 else tone(runner, 40),
        )
    for lx in (round(w * 0.1), round(w * 0.9)):
        cv2.rectangle(img, (lx - u // 14, round(h * 0.6)), (lx + u // 14, floor), tone(head, -30), -1)
        shade = np.array(
            [
                (lx - u // 20, round(h * 0.42)),
                (lx + u // 20, round(h * 0.42)),
                (lx + u // 14, round(h * 0.52)),
                (lx - u // 14, round(h * 0.52)),
            ]
        )
        cv2.fillPoly(img, [shade.astype(np.int32)], (170, 225, 250), cv2.LINE_AA)
        cv2.line(img, (lx, round(h * 0.52)), (lx, round(h * 0.6)), (60, 60, 60), max(1, u // 90))
    fx1, fy1 = round(w * 0.38), round(h * 0.08)
    fx2, fy2 = round(w * 0.62), round(h * 0.24)
    cv2.rectangle(img, (fx1, fy1), (fx2, fy2), (40, 40, 40), max(1, u // 80))
    for k in range(3):
        colour = random_colour(rng, 60, 230)
        cv2.rectangle(
            img,
            (fx1 + 3 + k * (fx2 - fx1) // 3, fy1 + 3),
            (fx1 + (k + 1) * (fx2 - fx1) // 3 - 2, fy2 - 3),
            colour,
            -1,
        )
    return img


def pool_deck(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hotel's pool from above: a deck of pale tiles, the water in a rounded basin with light
    ripples, loungers in a row with folded towels, parasols as discs of segments."""
    img = np.zeros((h, w, 3), np.uint8)
    deck = (190, 215, 230) if rng.random() < 0.6 else (150, 170, 190)
    img[:] = deck
    q = max(6, min(w, h) // 10)
    for x in range(0, w, q):
        cv2.line(img, (x, 0), (x, h), tone(deck, -20), 1)
    for y in range(0, h, q):
        cv2.line(img, (0, y), (w, y), tone(deck, -20), 1)
    px1, py1, px2, py2 = round(w * 0.08), round(h * 0.35), round(w * 0.92), round(h * 0.92)
    fill(img, rounded_rect(py2 - py1, px2 - px1, max(3, min(w, h) // 10)), px1, py1, (200, 170, 60))
    for _ in range(rng.randrange(8, 18)):
        x, y = rng.randrange(px1 + 5, max(px1 + 6, px2 - 5)), rng.randrange(py1 + 5, max(py1 + 6, py2 - 5))
        cv2.ellipse(
            img,
            (x, y),
            (max(2, w // 30), max(1, h // 80)),
            rng.uniform(-20, 20),
            0,
            180,
            (240, 225, 160),
            max(1, min(w, h) // 120),
            cv2.LINE_AA,
        )
    n = rng.randrange(3, 6)
    lw = max(4, w // (n * 2))
    for k in range(n):
        lx = round(w * 0.06) + k * (w - round(w * 0.12)) // n
        cv2.rectangle(img, (lx, round(h * 0.06)), (lx + lw, round(h * 0.28)), (245, 245, 245), -1)
        cv2.rectangle(img, (lx, round(h * 0.2)), (lx + lw, round(h * 0.26)), random_colour(rng, 40, 220), -1)
    for _ in range(rng.randrange(1, 3)):
        c = (rng.randrange(w), round(h * rng.uniform(0.05, 0.3)))
        r = max(4, min(w, h) // 7)
        a, b = random_colour(rng, 40, 240), (245, 245, 245)
        for k in range(8):
            cv2.ellipse(img, c, (r, r), 0, k * 45, (k + 1) * 45, a if k % 2 else b, -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 10), (80, 80, 80), -1, cv2.LINE_AA)
    return img


def house_front(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A house for sale from the street: a sky, a lawn and a path, the house's walls of siding or
    brick under a pitched roof, a front door, windows with white frames and mullions, a garage's
    door of panels on some, shrubs, a tree, and a for-sale sign on a post on some."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.72, 0.8))
    gradient(img, (0, 0, w, ground), (240, 205, 150), (250, 235, 215))
    lawn = (70, 150, 80) if rng.random() < 0.7 else (90, 160, 150)
    cv2.rectangle(img, (0, ground), (w, h), lawn, -1)
    speckle(img, rng, (0, ground, w, h), w * (h - ground) // 8, 18)
    hx1, hx2 = round(w * rng.uniform(0.12, 0.22)), round(w * rng.uniform(0.7, 0.88))
    top = round(h * rng.uniform(0.34, 0.42))
    wall = rng.choice(((225, 230, 235), (170, 190, 200), (90, 110, 170), (160, 150, 120), (200, 215, 220)))
    cv2.rectangle(img, (hx1, top), (hx2, ground), wall, -1)
    if rng.random() < 0.5:  # siding
        for y in range(top, ground, max(3, h // 60)):
            cv2.line(img, (hx1, y), (hx2, y), tone(wall, -18), 1)
    roof = np.array(
        [(hx1 - w // 30, top), ((hx1 + hx2) // 2, round(h * rng.uniform(0.1, 0.18))), (hx2 + w // 30, top)]
    )
    cv2.fillPoly(
        img, [roof.astype(np.int32)], rng.choice(((60, 60, 70), (50, 70, 120), (90, 90, 90))), cv2.LINE_AA
    )
    door_x = round(hx1 + (hx2 - hx1) * rng.uniform(0.4, 0.55))
    dw, dh = max(4, w // 16), max(6, (ground - top) // 2)
    cv2.rectangle(img, (door_x, ground - dh), (door_x + dw, ground), random_colour(rng, 30, 160), -1)
    cv2.fillPoly(
        img,
        [
            np.array(
                [
                    (door_x + dw // 2 - dw, h),
                    (door_x + dw // 2 + dw, h),
                    (door_x + dw, ground),
                    (door_x, ground),
                ],
                np.int32,
            )
        ],
        (190, 195, 200),
    )
    rows = 2 if ground - top > h // 4 else 1
    wh = max(4, (ground - top) // (rows * 2 + 1))
    for r in range(rows):
        wy = top + wh // 2 + r * (wh + wh // 2)
        for wx in (hx1 + (hx2 - hx1) // 8, hx1 + (hx2 - hx1) * 5 // 8):
            ww = max(4, (hx2 - hx1) // 5)
            if wx < door_x + dw and wx + ww > door_x and wy + wh > ground - dh:
                continue
            cv2.rectangle(img, (wx - 3, wy - 3), (wx + ww + 3, wy + wh + 3), WHITE, -1)
            cv2.rectangle(img, (wx, wy), (wx + ww, wy + wh), (150, 120, 90), -1)
            cv2.line(img, (wx + ww // 2, wy), (wx + ww // 2, wy + wh), WHITE, max(1, w // 300))
            cv2.line(img, (wx, wy + wh // 2), (wx + ww, wy + wh // 2), WHITE, max(1, w // 300))
    if rng.random() < 0.5:  # a garage
        gx2 = min(w, hx2 + round(w * 0.12))
        cv2.rectangle(img, (hx2, round(ground - (ground - top) * 0.6)), (gx2, ground), tone(wall, -10), -1)
        cv2.rectangle(
            img, (hx2 + 4, round(ground - (ground - top) * 0.45)), (gx2 - 4, ground), (220, 220, 220), -1
        )
        for y in range(round(ground - (ground - top) * 0.45), ground, max(3, h // 40)):
            cv2.line(img, (hx2 + 4, y), (gx2 - 4, y), (170, 170, 170), 1)
    for _ in range(rng.randrange(2, 6)):
        sx = rng.randrange(w)
        cv2.circle(img, (sx, ground), max(3, h // 16), tone(lawn, -30), -1, cv2.LINE_AA)
    if rng.random() < 0.6:  # a tree
        tx = rng.choice((round(w * 0.06), round(w * 0.94)))
        cv2.rectangle(img, (tx - w // 80, round(h * 0.45)), (tx + w // 80, ground), (40, 70, 100), -1)
        cv2.circle(img, (tx, round(h * 0.4)), max(5, h // 6), (60, 120, 60), -1, cv2.LINE_AA)
    if rng.random() < 0.5:  # a for-sale sign
        sx, sy = round(w * rng.uniform(0.8, 0.9)), round(h * 0.9)
        cv2.line(img, (sx, sy), (sx, sy - h // 5), WHITE, max(2, w // 150))
        cv2.rectangle(img, (sx - w // 14, sy - h // 5), (sx + w // 60, sy - h // 10), REALTY, -1)
    return img


def barber_tools(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A barber's tools on a striped towel from above: scissors (two finger rings, crossed blades),
    a comb, clippers (a body, a blade's teeth, a cord), a straight razor."""
    img = np.zeros((h, w, 3), np.uint8)
    towel = random_colour(rng, 150, 240)
    img[:] = towel
    for y in range(0, h, max(6, h // 8)):
        cv2.rectangle(img, (0, y), (w, y + max(2, h // 40)), tone(towel, -40), -1)
    u = max(6, min(w, h) // 5)
    steel = (200, 200, 205)
    sx, sy = round(w * 0.3), round(h * 0.35)
    a = rng.uniform(-0.5, 0.5)
    for d in (-1, 1):
        ring = (round(sx + d * u * 0.45), round(sy + u * 0.9))
        cv2.circle(img, ring, max(2, u // 3), (40, 40, 40), max(2, u // 10), cv2.LINE_AA)
        tip = (round(sx - d * u * 0.35 + math.sin(a) * u), round(sy - u * 1.4))
        cv2.line(img, (ring[0], ring[1] - u // 3), tip, steel, max(2, u // 7), cv2.LINE_AA)
    cv2.circle(img, (sx, sy), max(1, u // 12), (90, 90, 90), -1, cv2.LINE_AA)
    cx = round(w * 0.62)
    cv2.rectangle(img, (cx, round(h * 0.1)), (cx + max(3, u // 3), round(h * 0.9)), (40, 40, 45), -1)
    for y in range(round(h * 0.12), round(h * 0.88), max(2, u // 8)):
        cv2.line(img, (cx + max(3, u // 3), y), (cx + max(5, u * 2 // 3), y), (40, 40, 45), 1)
    kx = round(w * 0.84)
    fill(
        img,
        rounded_rect(max(6, round(h * 0.5)), max(4, u // 2 + 4), max(2, u // 5)),
        kx - u // 4,
        round(h * 0.3),
        rng.choice(((40, 40, 40), (60, 120, 200), (180, 180, 185))),
    )
    cv2.rectangle(img, (kx - u // 4, round(h * 0.26)), (kx + u // 4 + 4, round(h * 0.3)), steel, -1)
    cv2.line(img, (kx, round(h * 0.8)), (w, h), (50, 50, 50), max(1, u // 12), cv2.LINE_AA)
    if rng.random() < 0.5:
        cv2.line(
            img,
            (round(w * 0.1), round(h * 0.85)),
            (round(w * 0.45), round(h * 0.7)),
            steel,
            max(2, u // 5),
            cv2.LINE_AA,
        )
    return img


def hair_products(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A salon's retail shelf: two glass shelves of bottles, pumps, tubes and tubs in a brand's
    colours with white labels, a mirror's edge behind them."""
    img = np.zeros((h, w, 3), np.uint8)
    back = random_colour(rng, 150, 235)
    gradient(img, (0, 0, w, h), tone(back, 20), tone(back, -25))
    brand = [random_colour(rng, 30, 230) for _ in range(2)]
    for k, base in enumerate((round(h * 0.5), round(h * 0.93))):
        cv2.rectangle(img, (0, base), (w, base + max(2, h // 60)), (215, 225, 225), -1)
        x = rng.randrange(2, max(3, w // 12))
        while x < w - 4:
            bw = max(4, round(w * rng.uniform(0.06, 0.12)))
            bh = max(6, round(h * rng.uniform(0.2, 0.38)))
            colour = brand[(x + k) % 2] if rng.random() < 0.7 else random_colour(rng, 40, 230)
            kind = rng.randrange(3)
            if kind == 0:  # a bottle with a pump
                fill(img, rounded_rect(bh, bw, max(2, bw // 4)), x, base - bh, colour)
                cv2.rectangle(img, (x + bw // 3, base - bh - bh // 6), (x + bw * 2 // 3, base - bh), INK, -1)
            elif kind == 1:  # a tube standing on its cap
                pts = np.array(
                    [
                        (x, base - bh),
                        (x + bw, base - bh),
                        (x + bw * 3 // 4, base - 4),
                        (x + bw // 4, base - 4),
                    ]
                )
                cv2.fillPoly(img, [pts.astype(np.int32)], colour, cv2.LINE_AA)
                cv2.rectangle(img, (x + bw // 4, base - 6), (x + bw * 3 // 4, base), (40, 40, 40), -1)
            else:  # a tub
                bh = bh // 2
                cv2.rectangle(img, (x, base - bh), (x + bw + 4, base), colour, -1)
                cv2.rectangle(img, (x - 1, base - bh - 3), (x + bw + 5, base - bh + 2), tone(colour, -40), -1)
            cv2.rectangle(img, (x + 2, base - bh * 2 // 3), (x + bw - 2, base - bh // 3), WHITE, -1)
            x += bw + rng.randrange(4, max(5, w // 20))
    return img


def breakfast_tray(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Room service from above on the bed's white sheet: a wooden tray, a plate with croissants, a
    glass of orange juice, a coffee cup on its saucer, a small vase, a folded napkin."""
    img = np.full((h, w, 3), 238, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 12, 6)
    m = max(3, min(w, h) // 12)
    wood = (60, 110, 170)
    fill(img, rounded_rect(h - 2 * m, w - 2 * m, max(3, min(w, h) // 14)), m, m, wood)
    cv2.rectangle(img, (2 * m, 2 * m), (w - 2 * m, h - 2 * m), tone(wood, 20), -1)
    u = max(6, min(w, h) // 6)
    pc = (round(w * 0.35), round(h * 0.55))
    cv2.circle(img, pc, u, (245, 245, 245), -1, cv2.LINE_AA)
    for k in range(rng.randrange(1, 3)):
        cc = (pc[0] - u // 3 + k * u // 2, pc[1] - u // 5 + k * u // 3)
        cv2.ellipse(
            img,
            cc,
            (max(2, u // 2), max(2, u // 4)),
            rng.uniform(-30, 30),
            200,
            340,
            (50, 140, 215),
            max(2, u // 4),
            cv2.LINE_AA,
        )
    jc = (round(w * 0.72), round(h * 0.3))
    cv2.circle(img, jc, max(3, u * 2 // 3), (230, 235, 235), -1, cv2.LINE_AA)
    cv2.circle(img, jc, max(2, u // 2), (20, 150, 250), -1, cv2.LINE_AA)
    cc = (round(w * 0.72), round(h * 0.7))
    cv2.circle(img, cc, max(3, u * 4 // 5), (245, 245, 245), -1, cv2.LINE_AA)
    cv2.circle(img, cc, max(2, u // 2), (40, 70, 110), -1, cv2.LINE_AA)
    cv2.ellipse(
        img, (cc[0] + u * 4 // 5, cc[1]), (max(2, u // 4), max(1, u // 8)), 0, 0, 360, (245, 245, 245), -1
    )
    vc = (round(w * 0.2), round(h * 0.25))
    cv2.circle(img, vc, max(2, u // 4), (200, 220, 220), -1, cv2.LINE_AA)
    for _ in range(3):
        cv2.circle(
            img,
            (vc[0] + rng.randrange(-u // 4, u // 4 + 1), vc[1] + rng.randrange(-u // 4, u // 4 + 1)),
            max(1, u // 7),
            random_colour(rng, 60, 240),
            -1,
            cv2.LINE_AA,
        )
    cv2.rectangle(img, (round(w * 0.1), round(h * 0.78)), (round(w * 0.22), round(h * 0.9)), WHITE, -1)
    return img


def beach(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A beach from the promenade: a sky graded to the horizon, the sea in bands, the surf's white
    line, sand, parasols of two colours with their poles, towels, a palm's trunk and fronds on
    some."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.32, 0.45))
    gradient(img, (0, 0, w, horizon), (235, 190, 130), (250, 230, 210))
    shore = round(h * rng.uniform(0.58, 0.66))
    gradient(img, (0, horizon, w, shore), (150, 110, 30), (200, 190, 90))
    cv2.line(img, (0, shore), (w, shore), (245, 245, 240), max(2, h // 60))
    sand = (150, 200, 230)
    cv2.rectangle(img, (0, shore + max(2, h // 60)), (w, h), sand, -1)
    speckle(img, rng, (0, shore, w, h), w * (h - shore) // 6, 16)
    for _ in range(rng.randrange(2, 6)):
        px, py = rng.randrange(w), rng.randrange(shore + h // 10, h)
        r = max(4, w // rng.randrange(9, 14))
        a, b = random_colour(rng, 40, 240), (245, 245, 245)
        cv2.line(img, (px, py - r // 2), (px, py + r), (80, 80, 80), max(1, w // 200))
        for k in range(6):
            cv2.ellipse(
                img,
                (px, py - r // 2),
                (r, r // 2),
                0,
                180 + k * 30,
                180 + (k + 1) * 30,
                a if k % 2 else b,
                -1,
                cv2.LINE_AA,
            )
        cv2.rectangle(img, (px + r // 3, py + r // 2), (px + r, py + r), random_colour(rng, 40, 240), -1)
    if rng.random() < 0.5:
        tx = rng.choice((round(w * 0.08), round(w * 0.92)))
        top = round(h * 0.12)
        cv2.line(img, (tx, h), (tx + w // 20, top), (50, 90, 120), max(3, w // 60), cv2.LINE_AA)
        for k in range(6):
            ang = math.pi * (1.0 + k / 5)
            end = (
                round(tx + w // 20 + math.cos(ang) * w // 7),
                round(top - math.sin(ang) * h // 12 + h // 14),
            )
            cv2.line(img, (tx + w // 20, top), end, (50, 130, 60), max(2, w // 80), cv2.LINE_AA)
    return img


def barber_chair(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A barbershop's empty station: a chequered floor, a wall with a long mirror (its glass graded,
    the room's lights in it), a barber's chair of leather and chrome before it, a striped pole at
    the side."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((40, 45, 50), (200, 205, 210), (60, 90, 120), (150, 170, 160)))
    img[:] = wall
    floor = round(h * 0.75)
    q = max(4, w // 12)
    for y in range(floor, h, q):
        for x in range(0, w, q):
            dark = ((x // q) + (y - floor) // q) % 2
            cv2.rectangle(img, (x, y), (x + q, y + q), (40, 40, 40) if dark else (235, 235, 235), -1)
    mx1, mx2, my1, my2 = round(w * 0.2), round(w * 0.8), round(h * 0.08), round(h * 0.5)
    cv2.rectangle(
        img, (mx1 - 4, my1 - 4), (mx2 + 4, my2 + 4), GOLD if rng.random() < 0.5 else (30, 30, 30), -1
    )
    gradient(img, (mx1, my1, mx2, my2), (200, 190, 180), (130, 125, 120), False)
    for k in range(rng.randrange(2, 5)):
        cv2.circle(
            img,
            (mx1 + (k + 1) * (mx2 - mx1) // 5, my1 + (my2 - my1) // 5),
            max(2, h // 50),
            (240, 250, 255),
            -1,
            cv2.LINE_AA,
        )
    seat = rng.choice(((30, 30, 160), (30, 30, 30), (40, 70, 110), (90, 60, 30)))
    cx, u = w // 2, max(6, min(w, h) // 6)
    fill(
        img,
        rounded_rect(round(u * 1.6), round(u * 1.4), max(2, u // 4)),
        cx - round(u * 0.7),
        round(h * 0.3),
        seat,
    )
    fill(
        img,
        rounded_rect(round(u * 0.6), round(u * 2.0), max(2, u // 5)),
        cx - u,
        round(h * 0.3 + u * 1.5),
        seat,
    )
    for d in (-1, 1):
        cv2.rectangle(
            img,
            (cx + d * u - u // 6, round(h * 0.3 + u)),
            (cx + d * u + u // 6, round(h * 0.3 + u * 1.5)),
            (200, 200, 205),
            -1,
        )
    cv2.rectangle(
        img, (cx - u // 8, round(h * 0.3 + u * 2.1)), (cx + u // 8, floor + q // 2), (200, 200, 205), -1
    )
    cv2.ellipse(img, (cx, floor + q // 2), (u, max(2, u // 4)), 0, 0, 360, (190, 190, 195), -1, cv2.LINE_AA)
    px = round(w * 0.92)
    pw = max(3, w // 30)
    cv2.rectangle(img, (px - pw, round(h * 0.1)), (px + pw, round(h * 0.55)), WHITE, -1)
    for k in range(0, round(h * 0.45), max(4, h // 20)):
        y = round(h * 0.1) + k
        cv2.line(
            img,
            (px - pw, y + pw),
            (px + pw, y - pw),
            RED if (k // max(4, h // 20)) % 2 else (160, 60, 20),
            max(2, h // 60),
            cv2.LINE_AA,
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    hotel_bed,
    pool_deck,
    house_front,
    barber_tools,
    hair_products,
    breakfast_tray,
    beach,
    barber_chair,
)
STAYS: tuple[H11.Render, ...] = (hotel_bed, pool_deck, breakfast_tray, living_room)  # a hotel's photos
SIGHTS: tuple[H11.Render, ...] = (beach, H42.landmark, H11.landscape, pool_deck)  # a tour's, a date's trip
HOUSES: tuple[H11.Render, ...] = (house_front, house_front, H13.facade)  # a listing's fronts
SHOPS: tuple[H11.Render, ...] = (barber_chair, hair_products, barber_tools)  # a barbershop's, a salon's


@dataclass
class Cast(H52.Cast):
    """heldout52's cast (heldout51's, heldout50's, heldout49's, heldout48's, heldout47's,
    heldout46's, heldout45's, heldout43's, heldout41's, heldout40's, heldout26's and heldout11's: a
    scene of people or a thing; half of a face's box showing counts it; a camera that shows a pet, a
    drawn character or a thing when there is nobody), its screens marked h53-, whose drawn things are
    this set's: a made hotel bed, a pool from above, a house for sale, a barber's tools, a salon's
    shelf of products, a breakfast tray, a beach, an empty barber's chair."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h53-" + super().kind(layout).removeprefix("h52-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def scissors_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A barber's badge over an avatar's lower right: a dark disc in a rim of the page's colour with
    white scissors, two finger rings and crossed blades (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (40, 40, 44), -1, cv2.LINE_AA)
    t = max(1, r // 7)
    for d in (-1, 1):
        ring = (c[0] + d * r // 3, c[1] + r // 3)
        cv2.circle(img, ring, max(1, r // 4), WHITE, t, cv2.LINE_AA)
        cv2.line(
            img, (ring[0], ring[1] - r // 4), (c[0] - d * r // 3, c[1] - r * 2 // 3), WHITE, t, cv2.LINE_AA
        )


def epaulette(img: np.ndarray, x: int, y: int, w: int, bars: int) -> None:
    """A pilot's rank on a shoulder board at (x, y), w x w // 3: a navy board with ``bars`` gold
    stripes (four a captain's, three a first officer's)."""
    h = max(8, w // 3)
    fill(img, rounded_rect(h, w, max(2, h // 3)), x, y, NAVY)
    step = (w - 12) // 4
    for k in range(bars):
        cv2.rectangle(img, (x + 6 + k * step, y + 3), (x + 6 + k * step + step // 2, y + h - 3), GOLD, -1)


def score_box(img: np.ndarray, x: int, y: int, side: int, score: float, back: Colour) -> None:
    """A review's score in a square of ``back`` with one corner squared (a booking site's)."""
    fill(img, rounded_rect(side, side, max(2, side // 5)), x, y, back)
    cv2.rectangle(img, (x, y + side // 2), (x + side // 2, y + side), back, -1)
    text = f"{score:.1f}" if score < 10 else "10"
    scale = side / 80
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, 2)
    cv2.putText(img, text, (x + (side - tw) // 2, y + (side + th) // 2), FONT, scale, WHITE, 2, cv2.LINE_AA)


def progress_ring(
    img: np.ndarray, c: tuple[int, int], r: int, share: float, on: Colour, rest: Colour
) -> None:
    """A ring of radius ``r`` round an avatar (a cut's time gone): the track in ``rest``, ``share`` of
    it from the top in ``on``; drawn before the face it rings."""
    t = max(3, r // 9)
    cv2.circle(img, c, r, rest, t, cv2.LINE_AA)
    cv2.ellipse(img, c, (r, r), -90, 0, round(360 * share), on, t, cv2.LINE_AA)


def open_sign(img: np.ndarray, x: int, y: int, h: int, colour: Colour) -> None:
    """An open house's A-frame sign on the lawn, its foot at (x, y) and ``h`` px high: two legs, a
    board in the brokerage's colour, "OPEN" in white."""
    w = max(20, h * 3 // 4)
    for d in (-1, 1):
        cv2.line(
            img, (x + d * w // 2, y), (x + d * w // 3, y - h), (60, 60, 60), max(2, h // 25), cv2.LINE_AA
        )
    cv2.rectangle(img, (x - w // 2, y - h), (x + w // 2, y - h // 3), colour, -1)
    (tw, th), _ = cv2.getTextSize("OPEN", FONT, h / 160, 2)
    cv2.putText(img, "OPEN", (x - tw // 2, y - h * 2 // 3 + th // 2), FONT, h / 160, WHITE, 2, cv2.LINE_AA)


def like_button(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A dating profile's like button over a photo's or a prompt's corner: a white disc with a shadow
    and a heart outlined in the app's colour (it takes the pixels it covers)."""
    cv2.circle(img, (c[0] + 2, c[1] + 3), r, (70, 70, 70), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    heart(img, (c[0], c[1] + r // 10), max(4, r * 11 // 20), colour)
    heart(img, (c[0], c[1] + r // 10), max(3, r * 7 // 20), WHITE)


def silhouette_tile(img: np.ndarray, x: int, y: int, side: int, back: Colour) -> None:
    """A profile without a photo in a grid: a flat tile and a paler head-and-shoulders outline (a
    disc on a rounded bust; no eyes, no mouth: never a face)."""
    tile = np.full((side, side, 3), back, np.uint8)
    ink = tone(back, 40 if sum(back) < 384 else -40)
    cv2.circle(tile, (side // 2, side * 2 // 5), side // 6, ink, -1, cv2.LINE_AA)
    cv2.ellipse(tile, (side // 2, side), (side // 3, side * 3 // 10), 0, 180, 360, ink, -1, cv2.LINE_AA)
    blit(img, tile, x, y)


def online_dot(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """Someone online: a green dot in a rim."""
    cv2.circle(img, c, r + max(2, r // 3), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, GREEN, -1, cv2.LINE_AA)


def plane_glyph(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A small aeroplane seen from above, nose to the right (a route's mark)."""
    x, y = c
    cv2.line(img, (x - r, y), (x + r, y), colour, max(2, r // 4), cv2.LINE_AA)
    wing = np.array([(x - r // 4, y - r), (x + r // 4, y), (x - r // 4, y + r)], np.int32)
    cv2.polylines(img, [wing], False, colour, max(2, r // 4), cv2.LINE_AA)
    cv2.line(img, (x - r, y - r // 2), (x - r, y + r // 2), colour, max(2, r // 4), cv2.LINE_AA)


def dull(piece: np.ndarray) -> np.ndarray:
    """A salon's before shot: most of the colour gone, flatter and a little cool (the after is
    heldout32's ``warm``)."""
    p = piece.astype(np.float32)
    g = cv2.cvtColor(piece, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None]
    out = (0.65 * g + 0.35 * p) * 0.82 + 22 + np.array((6, 0, -3), np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def split_handle(img: np.ndarray, a: tuple[int, int], b: tuple[int, int], r: int) -> None:
    """A before/after slider's divider from ``a`` to ``b``: a white line and, at its middle, a white
    disc with two arrowheads (it takes the pixels it covers)."""
    cv2.line(img, a, b, WHITE, 3, cv2.LINE_AA)
    c = ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2)
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    for d in (-1, 1):
        tip = np.array(
            [
                (c[0] + d * r * 3 // 4, c[1]),
                (c[0] + d * r // 4, c[1] - r // 3),
                (c[0] + d * r // 4, c[1] + r // 3),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [tip], INK, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Pictures: people before a drawn place, and the salon's before/after.
# ----------------------------------------------------------------------------------------------


def posed(
    cast: Cast,
    rng: random.Random,
    w: int,
    h: int,
    fp: float,
    backs: tuple[H11.Render, ...],
    edge: float | None = None,
) -> tuple[np.ndarray, list[BoxF]]:
    """A w x h photo of one person before a drawn place (one of ``backs``, softened by the lens),
    heldout11's ``figure`` standing (head, shoulders and the body under them), the face ``fp`` px
    and its top a quarter to two fifths down; round the middle, or with ``edge`` the face's centre
    that share of the face in from the photo's left or right side (a share under a half cuts the
    face, counted while half of its box shows). A face-free cast stands a round thing there."""

    def draw(sc: Screen) -> None:
        sc.img[:] = H15.blurred(H11.render(rng, w, h, backs), rng.uniform(1.5, 5.0))
        cx = w * rng.uniform(0.3, 0.7) if edge is None else rng.choice((fp * edge, w - fp * edge))
        H11.figure(cast, sc, cx, h * rng.uniform(0.25, 0.4) + fp / 2, fp, (0, 0, w, h), True)

    return H11.offscreen(w, h, draw)


def transformation(
    cast: Cast, rng: random.Random, w: int, h: int, fp: float, diagonal: bool
) -> tuple[np.ndarray, list[BoxF], tuple[tuple[int, int], tuple[int, int]]]:
    """A salon's before/after of one client, w x h: a studio portrait (heldout11's ``portrait``, the
    face ``fp`` px) whose part left of a divider (upright, or with ``diagonal`` from the top's right
    third to the foot's left third) is the before (``dull``) and the rest the after (heldout32's
    ``warm``): one face, its box whole across both halves. Returns the picture, its faces and the
    divider's ends (to draw the slider's handle on)."""
    piece, faces = H11.portrait(cast, w, h, fp)
    before, after = dull(piece), H32.warm(rng)(piece)
    if diagonal:
        a, b = (round(w * rng.uniform(0.55, 0.7)), 0), (round(w * rng.uniform(0.3, 0.45)), h)
    else:
        mid = round(w * rng.uniform(0.45, 0.55))
        a, b = (mid, 0), (mid, h)
    ys, xs = np.mgrid[0:h, 0:w]
    left = (xs - a[0]) * (b[1] - a[1]) - (ys - a[1]) * (b[0] - a[0]) < 0
    return np.where(left[:, :, None], before, after), faces, (a, b)


# ----------------------------------------------------------------------------------------------
# Parts: a hotel's team, a flight's crew, tours, reviews.
# ----------------------------------------------------------------------------------------------


def stay_header(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A hotel app's stay across the screen's top, 400 px: on 45 % the hotel's team in its lobby
    (heldout11's ``gathering``: two rows of four to six, the front faces 24-40 px, those behind
    0.7-0.85 of them), else a room, the pool or breakfast (drawn: ``STAYS``); a dark band over its
    top 130 px (heldout5's ``scrim``: faces under it stay counted, darker) with the hotel's name and
    the room. Returns its height with the gap under it (420 px)."""
    hh = 400
    if rng.random() < 0.45:
        fp = rng.uniform(24, 40)
        per, stand = rng.randrange(4, 7), rng.uniform(0.0, 0.1)
        piece, faces = H11.gathering(
            cast, WIDTH, hh, fp * rng.uniform(0.7, 0.85), fp, 2, per, (1.5, 2.0), stand
        )
        H11.paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(s.img, H11.render(rng, WIDTH, hh, STAYS), 0, y)
    H5.scrim(s, (0, y, WIDTH, y + 130), 0.55)
    title(s.img, rng.choice(HOTELS), (30, y + 66), 1.1, WHITE)
    note(
        s.img, f"Room {rng.randrange(101, 950)} - {rng.randrange(2, 8)} nights", (30, y + 108), 0.6, WHITE, 2
    )
    return hh + 20


def manager_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The general manager's welcome on a card: the round 40-64 px face in a brass rim (drawn before
    it), the name, the note as lines of text and a signature's scrawl. Returns its height with the
    gap under it (250 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 230, 22, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 64), (1.1, 1.2))
    H38.rimmed(cast, s, 44, y + 24, fp, side, BRASS)
    x = 74 + side
    note(img, "A note from your General Manager", (x, y + 48), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 88), 0.7, s.fg, 2)
    H52.text_bars(img, rng, 44, y + max(112, side + 44), WIDTH - 400, 3, off(card, 50))
    pts = [(WIDTH - 300 + k * 24, y + 180 + rng.randrange(-14, 15)) for k in range(10)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, s.fg, 2, cv2.LINE_AA)
    return 250


def staff_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member of the hotel's staff on duty: the 22-32 px face in a rounded square (initials on
    some), the name and job, the languages they speak as tags, until when they are on; on a sixth the
    row off duty, faded (heldout27's ``faded``: the face counted as it looks). Returns its height (96
    px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 14), (22, 32), "rounded", 0.12)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 42), 0.6, s.fg, 2)
    note(img, rng.choice(HOTEL_ROLES), (x, y + 74), 0.48, GREY)
    lx = WIDTH - 430
    for lang in rng.sample(LANGS, rng.randrange(1, 4)):
        lx = tag(img, lx, y + 26, lang, off(s.bg, 60), 28)[2] + 8
    note(img, f"until {rng.randrange(14, 24)}:00", (WIDTH - 190, y + 52), 0.5, GREY)
    if rng.random() < 0.16:
        H10.redrawn(s, (20, y + 4, WIDTH - 20, y + 92), H27.faded(s.bg, 0.45))
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def concierge_pill(cast: Cast, rng: random.Random, s: Screen, y: int) -> tuple[int, int, int, int]:
    """A floating "Ask the concierge" button over the list's lower right (opaque: it takes the pixels
    it covers): a pill in the accent with the concierge's round 28-38 px face at its left. Returns
    its rectangle."""
    x, w, h = WIDTH - 420, 390, 88
    pill(s.img, x, y, w, h, s.accent)
    fp, side = _size(rng, 28, small(rng, 28.5, 38), (1.1, 1.2))
    cast.avatar(s, x + 20, y + (h - side) // 2, fp, side, "circle")
    note(s.img, f"Ask {who(rng)[:8]}", (x + side + 40, y + 54), 0.66, WHITE, 2)
    return (x, y, x + w, y + h)


def flight_header(s: Screen, rng: random.Random, y: int) -> int:
    """A crew app's leg on a navy card (no faces): the flight and the aircraft, the airports' codes
    with a plane between them, the times, the stand and report chips. Returns its height with the gap
    under it (250 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 230, 24, NAVY)
    a, b = rng.sample(AIRPORTS, 2)
    kind = rng.choice(("A321neo", "B787-9", "A350-900", "B737 MAX", "E190"))
    note(img, f"XA {rng.randrange(10, 999)}  -  {kind}", (44, y + 46), 0.56, (220, 220, 220), 2)
    title(img, a, (44, y + 132), 1.5, WHITE)
    title(img, b, (WIDTH - 230, y + 132), 1.5, WHITE)
    for x in range(250, WIDTH - 270, 24):
        cv2.line(img, (x, y + 110), (x + 12, y + 110), (200, 200, 200), 2)
    plane_glyph(img, (WIDTH // 2, y + 110), 22, GOLD)
    dep = rng.randrange(5, 23)
    note(img, f"{dep:02d}:{rng.choice(('05', '20', '35', '50'))}", (44, y + 190), 0.7, WHITE, 2)
    note(
        img,
        f"{(dep + rng.randrange(2, 12)) % 24:02d}:{rng.choice(('10', '25', '40'))}",
        (WIDTH - 200, y + 190),
        0.7,
        WHITE,
        2,
    )
    tag(img, WIDTH // 2 - 150, y + 160, f"Stand {rng.choice('ABCDE')}{rng.randrange(1, 40)}", BRASS, 32)
    tag(img, WIDTH // 2 + 20, y + 160, f"Report {rng.randrange(4, 22):02d}:00", (70, 70, 70), 32)
    return 250


def pilot_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, captain: bool) -> int:
    """A pilot's card at (x, y), ``w`` px wide: the round 36-56 px face, the rank and the name, the
    rank's stripes on a shoulder board, the hours flown. Returns its height with the gap under it (160
    px)."""
    img = s.img
    rounded_card(img, x, y, w, 150, 20, off(s.bg, 12))
    fp, side = _size(rng, 36, small(rng, 36.5, 56), (1.1, 1.2))
    cast.avatar(s, x + 16, y + (150 - side) // 2, fp, side, "circle")
    tx = x + side + 34
    note(img, "Captain" if captain else "First Officer", (tx, y + 40), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}"[:15], (tx, y + 76), 0.58, s.fg, 2)
    epaulette(img, tx, y + 96, 84, 4 if captain else 3)
    note(img, f"{rng.randrange(2, 19)}k h", (tx + 100, y + 120), 0.45, GREY)
    return 160


def cabin_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The aircraft from above with its crew at their doors: wings and a tail, the fuselage with a
    nose, seats in rows (business then economy); three or four pairs of doors down it, at each a
    crew member's round 18-26 px face outside the fuselage with the door's label (L1, R1, ...), the
    purser's at L1 in a gold ring (drawn before it); a door nobody works a dashed ring (never a
    face). Returns its height with the gap under it (880 px)."""
    img, h = s.img, 860
    cx, fw = WIDTH // 2, 300
    body = (225, 228, 232) if sum(s.bg) < 384 else (205, 210, 218)
    wing = tone(body, -30)
    wy = y + round(h * 0.44)
    for d in (-1, 1):
        pts = [
            (cx + d * fw // 2, wy),
            (cx + d * (WIDTH // 2 - 30), wy + 150),
            (cx + d * (WIDTH // 2 - 30), wy + 190),
            (cx + d * fw // 2, wy + 140),
        ]
        cv2.fillPoly(img, [np.array(pts, np.int32)], wing, cv2.LINE_AA)
        tail = [(cx, y + h - 150), (cx + d * 170, y + h - 40), (cx + d * 170, y + h - 14), (cx, y + h - 60)]
        cv2.fillPoly(img, [np.array(tail, np.int32)], wing, cv2.LINE_AA)
    cv2.ellipse(img, (cx, y + 170), (fw // 2, 160), 0, 180, 360, body, -1, cv2.LINE_AA)
    cv2.rectangle(img, (cx - fw // 2, y + 170), (cx + fw // 2, y + h - 190), body, -1)
    cv2.ellipse(img, (cx, y + h - 190), (fw // 2, 150), 0, 0, 180, body, -1, cv2.LINE_AA)
    cv2.ellipse(
        img, (cx, y + 70), (60, 22), 0, 180, 360, (90, 90, 95), -1, cv2.LINE_AA
    )  # the cockpit's glass
    seat = tone(s.accent, 30)
    for r in range(3):  # business
        for k in (-2, -1, 1, 2):
            sx = cx + k * 62 - (28 if k > 0 else -6) - 14
            cv2.rectangle(img, (sx, y + 200 + r * 48), (sx + 40, y + 236 + r * 48), seat, -1)
    for ry in range(y + 360, y + h - 230, 34):  # economy
        for k in (-3, -2, -1, 1, 2, 3):
            sx = cx + k * 40 - (12 if k > 0 else -12) - 14
            cv2.rectangle(img, (sx, ry), (sx + 26, ry + 24), tone(seat, -30), -1)
    fracs = (0.2, 0.36, 0.7, 0.84) if rng.random() < 0.6 else (0.2, 0.36, 0.8)
    for k, frac in enumerate(fracs):
        dy = y + round(h * frac)
        for d, letter in ((-1, "L"), (1, "R")):
            cv2.rectangle(img, (cx + d * fw // 2 - 4, dy - 20), (cx + d * fw // 2 + 4, dy + 20), GOLD, -1)
            fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.2))
            ax = cx + d * (fw // 2 + 28) - (side if d < 0 else 0)
            lx = ax - 56 if d < 0 else ax + side + 12
            note(img, f"{letter}{k + 1}", (lx, dy + 9), 0.55, s.fg, 2)
            if rng.random() < 0.1:
                dashed_ring(img, (ax + side // 2, dy), side // 2, GREY)
                continue
            if k == 0 and d < 0:
                cv2.circle(img, (ax + side // 2, dy), side // 2 + 5, GOLD, -1, cv2.LINE_AA)
                cv2.circle(img, (ax + side // 2, dy), side // 2 + 2, s.bg, -1, cv2.LINE_AA)
            cast.avatar(s, ax, dy - side // 2, fp, side, "circle")
    return h + 20


def crew_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A crew member on the leg's list: the position's tag, the round 22-30 px face (initials on
    some), a "NEW" tag over the avatar's foot on a fifth (it takes the pixels it covers), the name,
    the languages spoken and the base. Returns its height (92 px)."""
    img = s.img
    pos = rng.choice(("PUR", "L1", "R1", "L2", "R2", "L3", "R3", "L4", "R4", "GAL"))
    tag(img, 30, y + 28, pos, NAVY if sum(s.bg) > 384 else BRASS, 32)
    side = face_or_initials(cast, rng, s, (124, y + 16), (22, 30), "circle", 0.12)
    if rng.random() < 0.2:
        tag(img, 118, y + 8 + side, "NEW", GREEN, 20)
    x = 146 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.58, s.fg, 2)
    note(img, " ".join(rng.sample(LANGS, rng.randrange(1, 4))), (x, y + 72), 0.45, GREY)
    note(img, f"Base {rng.choice(AIRPORTS)}", (WIDTH - 170, y + 52), 0.5, GREY)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def top_guides(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tours app's top guides: round 32-50 px faces in rings of the accent (drawn before them)
    about 180 px apart, the last across the screen's right edge (heldout45's ``carousel``: cut,
    counted while half of its box shows), names and ratings under them. Returns its height with the
    gap under it."""
    fp, side = _size(rng, 32, small(rng, 32.5, 50), (1.1, 1.2))
    for x in carousel(rng, 180, side):
        ring_avatar(cast, s, x, y + 10, fp, side, s.accent)
        note(s.img, who(rng)[:8], (x, y + side + 50), 0.5, s.fg, 2)
        H23.star(s.img, (x + 10, y + side + 72), 9, GOLD)
        note(s.img, f"4.{rng.randrange(5, 10)}", (x + 26, y + side + 80), 0.45, GREY)
    return side + 100


def tour_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tour in the results: its photo, 300 px high and rounded: on 45 % a group at the sight
    (heldout38's ``staged``: two depths of two to four people, the front faces 22-40 px, those behind
    0.45-0.6 of them, some under 18 px, drawn and not counted), else the sight alone (drawn:
    ``SIGHTS``); a "Likely to sell out" tag over its upper left on half and a save button over its
    upper right (they take the pixels they cover); the guide's round 28-40 px face in a rim of the
    page over the photo's lower left (drawn after it); the title, the length, the stars, the price
    and who booked today (a stack of 18-22 px, "+N"). Returns its height with the gap under it (530
    px)."""
    img, pw, ph = s.img, WIDTH - 40, 300
    if rng.random() < 0.45:
        fp = rng.uniform(22, 40)
        piece, faces = H38.staged(cast, rng, SIGHTS, 2, (2, 4), pw, ph, fp * rng.uniform(0.45, 0.6), fp)
        H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(ph, pw, 20))
    else:
        blit(img, H11.render(rng, pw, ph, SIGHTS), 20, y, rounded_rect(ph, pw, 20))
    if rng.random() < 0.5:
        tag(img, 40, y + 20, rng.choice(("Likely to sell out", "Top rated", "New")), (40, 40, 44), 34)
    H23.save_button(img, (WIDTH - 70, y + 52), 30, rng.random() < 0.3)
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.2))
    H38.rimmed(cast, s, 44, y + ph - side // 2, fp, side, s.bg)
    note(img, f"with {who(rng)}", (64 + side, y + ph + 34), 0.5, GREY)
    t = y + ph + 76
    note(img, f"{words(rng, 3).title()[:28]} tour", (30, t), 0.66, s.fg, 2)
    note(img, f"{rng.randrange(2, 9)} hours - small group", (30, t + 36), 0.5, GREY)
    x = H5.stars(img, 40, t + 62, 10, rng.uniform(3.5, 5.0), GOLD, off(s.bg, 40))
    note(img, f"({rng.randrange(12, 4000):,})", (x + 10, t + 70), 0.45, GREY)
    note(img, f"from ${rng.randrange(15, 180)}", (WIDTH - 220, t), 0.66, s.fg, 2)
    end = H22.stack(cast, s, rng, 30, t + 88, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 30))
    note(img, "booked today", (end + 14, t + 112), 0.45, GREY)
    return 530


def score_summary(s: Screen, rng: random.Random, y: int) -> int:
    """A booking site's review scores (no faces): the overall score in a navy box, its word and the
    number of reviews, then six categories' bars in two columns. Returns its height with the gap
    under it (330 px)."""
    img = s.img
    score_box(img, 30, y + 10, 110, rng.uniform(7.2, 9.6), NAVY)
    note(img, rng.choice(("Excellent", "Very good", "Wonderful", "Superb")), (164, y + 56), 0.8, s.fg, 2)
    note(img, f"{rng.randrange(200, 9000):,} reviews", (164, y + 98), 0.55, GREY)
    for k, cat in enumerate(("Staff", "Cleanliness", "Location", "Comfort", "Value", "Facilities")):
        cx, cy = 30 + (k % 2) * (WIDTH // 2), y + 170 + (k // 2) * 56
        v = rng.uniform(7.0, 9.9)
        note(img, cat, (cx, cy), 0.5, s.fg)
        progress(img, cx, cy + 14, WIDTH // 2 - 130, v / 10, s.accent, off(s.bg, 30), 8)
        note(img, f"{v:.1f}", (cx + WIDTH // 2 - 110, cy + 20), 0.5, s.fg, 2)
    return 330


def guest_photos(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Guests' photos: 200 px rounded squares in a row past the right edge (heldout38's
    ``across_edge``: the last cut by the edge), each a snapshot (heldout11's: on 65 % people, faces
    18-60 px, else a thing); on half a dark scrim over the fourth with "+N" (the faces under it
    counted, darker; the figures take the pixels they cover). Returns its height with the gap under
    it (230 px)."""
    side, more = 200, rng.random() < 0.5
    for k, x in enumerate(H38.across_edge(rng, 214, side)):
        piece, faces = H11.snapshot(cast, side, side, 18.3, 60, 0.65)
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(side, side, 14))
        if k == 3 and more:
            H5.scrim(s, (x, y, x + side, y + side), 0.55)
            note(s.img, f"+{rng.randrange(12, 400)}", (x + 56, y + 116), 1.1, WHITE, 3)
    return side + 30


def review_card(cast: Cast, rng: random.Random, s: Screen, y: int, room: int) -> int:
    """A guest's review: the round 22-32 px face (initials on some) with the country's flag over its
    lower right (it takes the pixels it covers), the name, the trip's kind and the stay, the score in
    a box, a quote and lines of text; on 35 % two or three of the guest's photos (heldout11's
    ``snapshot``: faces 18-40 px) and on 30 % the property's reply with the manager's round 20-26 px
    face, each where ``room`` is left for it; a "Helpful" count. Returns its height."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 32), "circle", 0.18)
    H52.flag(img, rng, 30 + side - 18, y + 16 + side - 12, 24, 16)
    x = 60 + side
    note(img, who(rng), (x, y + 42), 0.6, s.fg, 2)
    note(
        img,
        f"{rng.choice(TRIPS)} - {rng.randrange(1, 12)} nights - {rng.choice(('May', 'Aug', 'Dec'))}",
        (x, y + 74),
        0.46,
        GREY,
    )
    score_box(img, WIDTH - 110, y + 16, 70, rng.uniform(6.0, 10.0), NAVY)
    ty = y + 130
    note(img, f'"{words(rng, 3).lower()}"', (30, ty), 0.62, s.fg, 2)
    ty = H52.text_bars(img, rng, 30, ty + 20, WIDTH - 60, rng.randrange(2, 4), off(s.bg, 60))
    if rng.random() < 0.35 and room > ty - y + 200:
        for k in range(rng.randrange(2, 4)):
            piece, faces = H11.snapshot(cast, 130, 130, 18.3, 40, 0.7)
            H11.paste_photo(cast, s, piece, faces, 30 + k * 142, ty + 10, rounded_rect(130, 130, 10))
        ty += 150
    if rng.random() < 0.3 and room > ty - y + 170:
        rounded_card(img, 50, ty + 6, WIDTH - 100, 104, 14, off(s.bg, 10))
        face_or_initials(cast, rng, s, (70, ty + 22), (20, 26), "circle", 0.1)
        note(img, "Response from the property", (120, ty + 44), 0.5, s.fg, 2)
        H52.text_bars(img, rng, 120, ty + 64, WIDTH - 260, 2, off(s.bg, 60))
        ty += 120
    note(img, f"Helpful ({rng.randrange(0, 80)})", (30, ty + 34), 0.45, GREY)
    cv2.line(img, (30, ty + 54), (WIDTH - 30, ty + 54), off(s.bg, 14), 1)
    return ty + 60 - y


# ----------------------------------------------------------------------------------------------
# Parts: a barbershop's queue, a salon's feed, open houses, an agent's card, a dating profile, a
# grid of people nearby.
# ----------------------------------------------------------------------------------------------


def shop_header(s: Screen, rng: random.Random, y: int) -> int:
    """A barbershop's header (no faces): its photo across the screen (drawn: an empty chair before
    the mirror, the retail shelf or the tools), a dark band over its foot with the shop's name, an
    "OPEN" tag and the wait. Returns its height with the gap under it (300 px)."""
    hh = 280
    blit(s.img, H11.render(rng, WIDTH, hh, SHOPS), 0, y)
    H5.scrim(s, (0, y + hh - 120, WIDTH, y + hh), 0.6)
    shop = rng.choice(("Fade Street", "Kings Cuts", "The Chair", "Sharp & Co", "Blade Room"))
    title(s.img, shop, (30, y + hh - 56), 1.1, WHITE)
    tag(s.img, 30, y + hh - 40, "OPEN until 20:00", GREEN, 30)
    pill(s.img, WIDTH - 290, y + hh - 90, 260, 60, (30, 30, 30))
    note(s.img, f"~{rng.randrange(10, 90)} min wait", (WIDTH - 260, y + hh - 50), 0.6, WHITE, 2)
    return hh + 20


def chair_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A barber's chair now, at (x, y), ``w`` px wide: the barber's round 40-60 px face in a ring of
    the cut's time gone (drawn before it), a scissors badge over its lower right (it takes the pixels
    it covers), the name; the client in the chair (on 60 % their round 18-22 px face, initials on
    some) and the minutes left; on a fifth the barber on a break, the card grey (heldout10's
    ``greyed``: counted as it looks) under an "ON BREAK" tag over the avatar's foot. Returns its height
    with the gap under it (270 px)."""
    img, card = s.img, off(s.bg, 12)
    rounded_card(img, x, y, w, 250, 20, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 60), (1.1, 1.2))
    c = (x + w // 2, y + 30 + side // 2)
    progress_ring(img, c, side // 2 + 10, rng.uniform(0.1, 0.9), s.accent, off(card, 30))
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    scissors_badge(img, (c[0] + side // 2 - 4, c[1] + side // 2 - 4), max(10, side // 5), card)
    note(img, who(rng)[:9], (x + 20, y + side + 80), 0.6, s.fg, 2)
    if rng.random() < 0.2:
        H10.redrawn(s, (x, y, x + w, y + 250), H10.greyed)
        tag(img, c[0] - 64, c[1] + side // 2 - 8, "ON BREAK", (70, 70, 70), 26)
        return 270
    cx = x + 20
    if rng.random() < 0.6:
        cx += 12 + face_or_initials(cast, rng, s, (x + 20, y + side + 96), (18.3, 22), "circle", 0.1)
    note(img, f"with {who(rng)[:7]}", (cx, y + side + 120), 0.45, GREY)
    note(img, f"{rng.randrange(2, 30)} min left", (x + 20, y + 236), 0.45, s.accent, 2)
    return 270


def queue_row(cast: Cast, rng: random.Random, s: Screen, y: int, pos: int, me: bool) -> int:
    """A place in the walk-in queue: the place's number on a disc, the round 22-32 px face (initials on
    some), on a third a checked-in tick over its lower right (it takes the pixels it covers), the
    name (one's own row "You", on a band drawn before it), the cut's chip, the wait. Returns its
    height (96 px)."""
    img = s.img
    if me:
        cv2.rectangle(img, (16, y + 2), (WIDTH - 16, y + 92), off(s.bg, 22), -1)
        cv2.rectangle(img, (16, y + 2), (24, y + 92), s.accent, -1)
    cv2.circle(img, (60, y + 48), 22, s.accent if me else off(s.bg, 26), -1, cv2.LINE_AA)
    note(img, str(pos), (60 - (8 if pos < 10 else 15), y + 57), 0.6, WHITE if me else s.fg, 2)
    side = face_or_initials(cast, rng, s, (100, y + 18), (22, 32), "circle", 0.15)
    if rng.random() < 0.33:
        badge(img, (100 + side - 4, y + 14 + side), 9, GREEN, "check", s.bg)
    x = 124 + side
    note(img, "You" if me else f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 42), 0.6, s.fg, 2)
    tag(img, x, y + 56, rng.choice(CUTS), off(s.bg, 60), 26)
    note(img, f"~{pos * rng.randrange(6, 14)} min", (WIDTH - 170, y + 56), 0.55, GREY, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def stylist_stories(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A salon's stylists as stories: round 34-50 px faces in rose rings (drawn before them) about 170
    px apart, the last across the screen's right edge (heldout45's ``carousel``), first names under
    them. Returns its height with the gap under it."""
    fp, side = _size(rng, 34, small(rng, 34.5, 50), (1.1, 1.2))
    for x in carousel(rng, 170, side):
        ring_avatar(cast, s, x, y + 10, fp, side, SALON)
        note(s.img, who(rng)[:8], (x, y + side + 48), 0.48, s.fg)
    return side + 70


def split_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A salon's post of transformations: the stylist's round 22-30 px face, handle and look; the
    picture across the screen: on 35 % four clients in two rows (``transformation``: faces 36-80 px),
    else one (70-170 px, 0.85-1.1 times as high as wide), each with the slider's divider and handle
    (``split_handle``) and "BEFORE" and "AFTER" tags over its upper corners (they take the pixels
    they cover); then likes (a stack of 18-22 px), the caption and a comment with its 18-24 px face.
    Returns its height with the gap under it."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 14), (22, 30), "circle", 0.1)
    note(
        img,
        f"{who(rng).lower()}.{rng.choice(('hair', 'colour', 'styles', 'cuts'))}",
        (50 + side, y + 40),
        0.58,
        s.fg,
        2,
    )
    note(img, f"{rng.choice(LOOKS)} - {rng.choice(('2d', '5h', '1w'))}", (50 + side, y + 68), 0.45, GREY)
    y0 = y + 92
    if rng.random() < 0.35:
        half = (WIDTH - 6) // 2
        ph = half * 2 + 6
        for k in range(4):
            px, py = (k % 2) * (half + 6), y0 + (k // 2) * (half + 6)
            piece, faces, (a, b) = transformation(
                cast, rng, half, half, rng.uniform(36, 80), rng.random() < 0.3
            )
            H11.paste_photo(cast, s, piece, faces, px, py)
            split_handle(img, (px + a[0], py + a[1]), (px + b[0], py + b[1]), 14)
            tag(img, px + 10, py + 10, "BEFORE", (30, 30, 30), 24)
            tag(img, px + half - 90, py + 10, "AFTER", SALON, 24)
    else:
        ph = round(WIDTH * rng.uniform(0.85, 1.1))
        piece, faces, (a, b) = transformation(cast, rng, WIDTH, ph, rng.uniform(70, 170), rng.random() < 0.4)
        H11.paste_photo(cast, s, piece, faces, 0, y0)
        split_handle(img, (a[0], y0 + a[1]), (b[0], y0 + b[1]), 26)
        tag(img, 20, y0 + 20, "BEFORE", (30, 30, 30), 34)
        tag(img, WIDTH - 136, y0 + 20, "AFTER", SALON, 34)
    y1 = y0 + ph + 14
    for k in range(3):
        icon(img, rng, (50 + k * 70, y1 + 30), 18, s.fg)
    end = H22.stack(cast, s, rng, 30, y1 + 64, rng.randrange(2, 5), 18.3, 22, s.bg)
    note(img, f"Liked by {who(rng)} and {rng.randrange(20, 3000):,} others", (end + 12, y1 + 90), 0.48, s.fg)
    note(
        img,
        f"{words(rng, 4).lower()} #{rng.choice(LOOKS).lower().replace(' ', '')}",
        (30, y1 + 136),
        0.5,
        s.fg,
    )
    cx = 30 + 12 + face_or_initials(cast, rng, s, (30, y1 + 156), (18.3, 24), "circle", 0.12)
    note(img, f"{who(rng).lower()}: {words(rng, 3).lower()}", (cx, y1 + 178), 0.48, s.fg)
    return y1 + 200 - y


def map_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Open houses on a map across the screen, 300 px, rounded: heldout2's street map, houses' pins,
    and one to three pins holding the hosting agents' round 20-28 px faces (heldout23's ``face_pin``;
    a later pin covers an earlier one's face where they meet). Returns its height with the gap under
    it (320 px)."""
    h = 300
    full = np.zeros((H, C.W, 3), np.uint8)
    _map(full, rng, sum(s.bg) < 384)
    blit(
        s.img, full[STATUS_H + 300 : STATUS_H + 300 + h, : WIDTH - 40], 20, y, rounded_rect(h, WIDTH - 40, 20)
    )
    for _ in range(rng.randrange(3, 7)):
        H23.house_pin(s.img, (rng.randrange(60, WIDTH - 60), y + rng.randrange(70, h - 10)), 22, REALTY)
    for _ in range(rng.randrange(1, 4)):
        H23.face_pin(
            cast, s, rng, (rng.randrange(80, WIDTH - 80), y + rng.randrange(110, h - 10)), 20, 28, REALTY
        )
    return h + 20


def open_house_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An open house in the list: the house's photo from the street, 360 px high and rounded (drawn:
    ``HOUSES``), on 35 % with the hosting agent standing on the lawn (heldout11's ``figure``: the face
    40-90 px) by an "OPEN" A-frame sign; an "OPEN SAT 1-4 PM" ribbon over its upper left and a save
    button over its upper right (they take the pixels they cover); the price, the rooms, the street;
    who hosts it (one or two overlapping round 24-32 px faces, heldout22's ``stack``), on 70 % who is
    going (a stack of 18-22 px, "+N"), an RSVP button. Returns its height with the gap under it (580
    px)."""
    img, pw, ph = s.img, WIDTH - 40, 360
    if rng.random() < 0.35:
        fp = rng.uniform(40, 90)

        def draw(sc: Screen) -> None:
            sc.img[:] = H11.render(rng, pw, ph, HOUSES)
            cx = pw * (rng.uniform(0.15, 0.3) if rng.random() < 0.5 else rng.uniform(0.7, 0.85))
            H11.figure(cast, sc, cx, ph * rng.uniform(0.3, 0.45), fp, (0, 0, pw, ph), True)
            open_sign(
                sc.img, round(cx + (fp * 1.7 if cx < pw / 2 else -fp * 1.7)), ph - 16, round(ph * 0.3), REALTY
            )

        piece, faces = H11.offscreen(pw, ph, draw)
        H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(ph, pw, 20))
    else:
        blit(img, H11.render(rng, pw, ph, HOUSES), 20, y, rounded_rect(ph, pw, 20))
    day, start = rng.choice(("SAT", "SUN")), rng.randrange(10, 14)
    H23.ribbon(img, 20, y + 24, f"OPEN {day} {start}-{start + rng.randrange(2, 4)}", REALTY)
    H23.save_button(img, (WIDTH - 70, y + 52), 30, rng.random() < 0.3)
    t = y + ph + 50
    note(img, H38.money(rng, 250, 1900), (30, t), 0.9, s.fg, 2)
    note(
        img,
        f"{rng.randrange(1, 6)} bd  {rng.randrange(1, 4)} ba  {rng.randrange(700, 3900):,} sqft",
        (30, t + 40),
        0.55,
        s.fg,
    )
    note(img, f"{rng.randrange(2, 999)} {rng.choice(H38.STREETS)}", (30, t + 74), 0.5, GREY)
    outlined(img, WIDTH - 220, t - 34, 190, 60, REALTY, s.bg)
    note(img, "RSVP", (WIDTH - 160, t + 6), 0.66, REALTY, 2)
    note(img, "Hosted by", (30, t + 126), 0.45, GREY)
    end = H22.stack(cast, s, rng, 124, t + 96, rng.choice((1, 2, 2)), 24, 32, s.bg)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (end + 12, t + 126), 0.5, s.fg, 2)
    if rng.random() < 0.7:
        end = H22.stack(
            cast, s, rng, WIDTH - 360, t + 100, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 40)
        )
        note(img, "going", (end + 10, t + 126), 0.45, GREY)
    return 580


def business_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An agent's digital business card: a band of the brokerage's colour graded across with its
    house logo and name; the agent's headshot over the band's foot (heldout11's ``portrait``, the face
    90-210 px, in a rounded square or a circle in a white rim drawn before it); the name, the title
    and the licence. Returns its height with the gap under it."""
    img = s.img
    brand = rng.choice((REALTY, NAVY, (40, 40, 160), (40, 40, 40), (120, 60, 120)))
    gradient(img, (0, y, WIDTH, y + 300), tone(brand, 50), tone(brand, -20), False)
    H45.house_disc(img, (80, y + 76), 40, tone(brand, 70))
    note(
        img,
        rng.choice(("Harbor Realty", "Keystone Homes", "Oak & Stone", "Northside Properties")),
        (136, y + 88),
        0.8,
        WHITE,
        2,
    )
    pw = rng.randrange(300, 420)
    circle = rng.random() < 0.4
    ph = pw if circle else round(pw * rng.uniform(1.0, 1.25))
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(90, min(210.0, pw * 0.5)))
    px, py = ((WIDTH - pw) // 2 if rng.random() < 0.5 else 40), y + 150
    if circle:
        cv2.circle(img, (px + pw // 2, py + pw // 2), pw // 2 + 8, WHITE, -1, cv2.LINE_AA)
        m = mask(pw, "circle")
    else:
        rounded_card(img, px - 8, py - 8, pw + 16, ph + 16, 30, WHITE)
        m = rounded_rect(ph, pw, 24)
    H11.paste_photo(cast, s, piece, faces, px, py, m)
    ty = py + ph + 60
    heading(s, 30, ty, f"{who(rng)} {rng.choice(SURNAMES)}", 1.1)
    note(img, f"REALTOR - Licence #{rng.randrange(10**6, 10**7)}", (30, ty + 44), 0.55, GREY)
    return ty + 80 - y


def contact_row(s: Screen, rng: random.Random, y: int) -> int:
    """Four round contact buttons (call, text, email, website) with their labels (no faces). Returns
    its height with the gap under it (130 px)."""
    step = (WIDTH - 60) // 4
    for k, label in enumerate(("Call", "Text", "Email", "Website")):
        c = (30 + step * k + step // 2, y + 44)
        cv2.circle(s.img, c, 38, off(s.bg, 20), -1, cv2.LINE_AA)
        icon(s.img, rng, c, 16, s.accent)
        note(s.img, label, (c[0] - 30, y + 112), 0.5, s.fg)
    return 130


def team_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An agent's team: three or four round 28-44 px faces spread across the screen (initials on
    some), names and jobs under them. Returns its height with the gap under it."""
    n = rng.randrange(3, 5)
    step = (WIDTH - 60) // n
    tallest = 0
    for k in range(n):
        x = 30 + k * step + 20
        side = face_or_initials(cast, rng, s, (x, y + 8), (28, 44), "circle", 0.12)
        tallest = max(tallest, side)
        note(s.img, who(rng)[:9], (x - 10, y + side + 40), 0.5, s.fg, 2)
        note(
            s.img,
            rng.choice(("Buyer agent", "Listings", "Admin", "Mortgage", "Stager")),
            (x - 10, y + side + 68),
            0.42,
            GREY,
        )
    return tallest + 90


def sold_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Homes recently sold: 310 x 220 rounded photos in a row past the right edge (heldout38's
    ``across_edge``), each a house (drawn: ``HOUSES``) or on 40 % the buyers with their keys
    (heldout11's ``snapshot``: people, faces 24-60 px), a "SOLD" sash over its upper left (heldout27's
    ``sash``: it takes the pixels it covers), the price under it. Returns its height with the gap under
    it (300 px)."""
    for x in H38.across_edge(rng, 330, 310):
        if rng.random() < 0.4:
            piece, faces = H11.snapshot(cast, 310, 220, 24, 60, 1.0)
        else:
            piece, faces = H11.render(rng, 310, 220, HOUSES), []
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(220, 310, 16))
        H27.sash(s.img, (x, y, x + 310, y + 220), "SOLD", RED)
        note(s.img, H38.money(rng, 250, 1900), (x, y + 262), 0.6, s.fg, 2)
    return 300


def testimonial(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A client's word: the round 22-30 px face (initials on some), the name, stars and two lines.
    Returns its height (140 px)."""
    side = face_or_initials(cast, rng, s, (30, y + 14), (22, 30), "circle", 0.15)
    x = 50 + side
    note(s.img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.58, s.fg, 2)
    H5.stars(s.img, WIDTH - 200, y + 32, 11, rng.choice((4, 4.5, 5)), GOLD, off(s.bg, 40))
    H52.text_bars(s.img, rng, x, y + 62, WIDTH - x - 40, 2, off(s.bg, 60))
    cv2.line(s.img, (30, y + 136), (WIDTH - 30, y + 136), off(s.bg, 14), 1)
    return 140


def profile_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A dating profile's first photo across the screen, 860-1000 px high: on 30 % a group photo
    (heldout11's ``snapshot``: faces 30-90 px, which one is them?), else the person before a place of a
    trip or a stay (``posed``: the face 120-320 px, on 30 % cut by a side); a dark band over its foot
    (heldout5's ``scrim``) with the name and age, a verified tick and the distance. Returns its
    height with the gap under it."""
    img, h = s.img, rng.randrange(860, 1000)
    if rng.random() < 0.3:
        piece, faces = H11.snapshot(cast, WIDTH, h, 30, 90, 1.0)
    else:
        edge = rng.uniform(0.1, 0.45) if rng.random() < 0.3 else None
        piece, faces = posed(cast, rng, WIDTH, h, rng.uniform(120, 320), SIGHTS + STAYS, edge)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + h - 170, WIDTH, y + h), 0.5)
    text = f"{who(rng)}, {rng.randrange(21, 45)}"
    title(img, text, (30, y + h - 76), 1.4, WHITE)
    (tw, _th), _ = cv2.getTextSize(text, FONT, 1.4, 3)
    badge(img, (50 + tw, y + h - 92), 16, (230, 140, 40), "check")
    note(img, f"{rng.randrange(1, 30)} km away", (30, y + h - 30), 0.6, WHITE, 2)
    return h + 20


def prompt_card(s: Screen, rng: random.Random, y: int) -> int:
    """A profile's prompt and answer on a card with a like button over its lower right (no faces).
    Returns its height with the gap under it (260 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 240, 26, off(s.bg, 10))
    note(img, rng.choice(PROMPTS), (50, y + 52), 0.55, s.fg, 2)
    for k in range(2):
        cv2.putText(
            img,
            words(rng, rng.randrange(2, 4)).capitalize(),
            (50, y + 118 + k * 56),
            cv2.FONT_HERSHEY_TRIPLEX,
            1.0,
            s.fg,
            2,
            cv2.LINE_AA,
        )
    like_button(img, (WIDTH - 90, y + 180), 40, DATE)
    return 260


def vitals_row(s: Screen, rng: random.Random, y: int) -> int:
    """A profile's facts as icons and words in a strip (age, height, town, job; no faces). Returns its
    height with the gap under it (110 px)."""
    x = 30
    for text in (
        f"{rng.randrange(21, 45)}",
        f"{rng.randrange(150, 195)} cm",
        rng.choice(CITIES),
        rng.choice(("Architect", "Nurse", "Chef", "Teacher", "Pilot")),
    ):
        icon(s.img, rng, (x + 20, y + 44), 16, GREY)
        note(s.img, text, (x + 48, y + 54), 0.58, s.fg)
        (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.58, 1)
        x += tw + 100
        cv2.line(s.img, (x - 30, y + 24), (x - 30, y + 70), off(s.bg, 30), 2)
    return 110


def inset_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A profile's next photo on a rounded card, 700-900 px high: a portrait's crop (heldout4's
    ``photo``) or the person before a place (``posed``), the face 60-220 px, grey on a quarter
    (heldout10's ``greyed``: counted as it looks); a like button over its lower right (it takes the
    pixels it covers). Returns its height with the gap under it."""
    pw, ph = WIDTH - 40, rng.randrange(700, 900)
    fp, m = rng.uniform(60, 220), rounded_rect(ph, pw, 26)
    if rng.random() < 0.5:
        piece, faces = posed(cast, rng, pw, ph, fp, SIGHTS)
        H11.paste_photo(cast, s, piece, faces, 20, y, m)
    else:
        cast.photo(s, 20, y, pw, ph, fp, m)
    if rng.random() < 0.25:
        H10.redrawn(s, (20, y, 20 + pw, min(H, y + ph)), H10.greyed)
    like_button(s.img, (WIDTH - 90, y + ph - 70), 44, DATE)
    return ph + 20


def mutual_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Friends in common: a stack of three to five round 18-22 px faces and how many. Returns its
    height with the gap under it (90 px)."""
    end = H22.stack(cast, s, rng, 30, y + 14, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(0, 9))
    note(s.img, f"{rng.randrange(2, 30)} friends in common", (end + 14, y + 44), 0.52, s.fg)
    return 90


def grid_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A square of a grid of people nearby at (x, y): on 55 % a close photo (heldout4's ``photo``, the
    face 0.08-0.45 of the side, skewed small), on 17 % the person far off before a place (``posed``: the
    face 0.07-0.16 of the side; under 18 px drawn and not counted), on 12 % a snapshot (heldout11's:
    faces 18-40 px), else no photo (``silhouette_tile``: never a face); a dark band over its foot
    (heldout5's ``scrim``: faces under it stay counted) with the online dot on half, the name and age,
    a "NEW" tag over its upper left on some (it takes the pixels it covers)."""
    img, roll = s.img, rng.random()
    if roll < 0.55:
        cast.photo(s, x, y, side, side, max(18.3, side * small(rng, 0.08, 0.45)))
    elif roll < 0.72:
        piece, faces = posed(cast, rng, side, side, side * rng.uniform(0.07, 0.16), SIGHTS)
        H11.paste_photo(cast, s, piece, faces, x, y)
    elif roll < 0.84:
        piece, faces = H11.snapshot(cast, side, side, 18.3, 40, 0.9)
        H11.paste_photo(cast, s, piece, faces, x, y)
    else:
        silhouette_tile(img, x, y, side, random_colour(rng, 60, 120))
    H5.scrim(s, (x, y + side - 52, x + side, y + side), 0.45)
    tx = x + 12
    if rng.random() < 0.5:
        cv2.circle(img, (x + 20, y + side - 24), 7, GREEN, -1, cv2.LINE_AA)
        tx += 20
    note(img, f"{who(rng)[:7]}, {rng.randrange(21, 45)}", (tx, y + side - 16), 0.5, WHITE, 1)
    if rng.random() < 0.12:
        tag(img, x + 8, y + 8, "NEW", DATE, 24)


def chat_line(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A chat on the grid app's sheet: the round 26-36 px face (initials on some), an online dot over
    its lower right on a third (it takes the pixels it covers), the name, the last message or a
    photo's mark, the time, an unread count on some. Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 14), (26, 36), "circle", 0.12)
    if rng.random() < 0.33:
        online_dot(img, (30 + side - 6, y + 14 + side - 6), 8, s.bg)
    x = 54 + side
    note(img, who(rng), (x, y + 44), 0.6, s.fg, 2)
    last = "Sent a photo" if rng.random() < 0.2 else words(rng, rng.randrange(2, 5)).lower()
    note(img, last[:30], (x, y + 76), 0.5, GREY)
    note(img, f"{rng.randrange(1, 59)}m", (WIDTH - 100, y + 44), 0.45, GREY)
    if rng.random() < 0.4:
        cv2.circle(img, (WIDTH - 80, y + 70), 16, DATE, -1, cv2.LINE_AA)
        note(img, str(rng.randrange(1, 9)), (WIDTH - 86, y + 78), 0.5, WHITE, 2)
    return 100


def chats_sheet(cast: Cast, rng: random.Random, s: Screen, top: int) -> None:
    """A sheet of chats pulled up from ``top`` over the grid (heldout5's ``sheet``: it takes the
    pixels it covers), "Chats" and chat lines (``chat_line``: 26-36 px) down to the tab bar."""
    H5.sheet(s.img, top, s.bg)
    heading(s, 30, top + 80, "Chats", 0.9)
    y, foot = top + 100, H - NAV_H - 120
    while y + 100 < foot:
        y += chat_line(cast, rng, s, y)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def hotel_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hotel app's stay: the header (``stay_header``: on 45 % the team's photo, 24-40 px at the
    front); the manager's note (``manager_note``: 40-64 px); the departments' chips; the staff on
    duty (``staff_row``: 22-32 px, faded off duty) down to the tab bar; on 70 % the concierge's
    button floating over the list's foot (``concierge_pill``: 28-38 px)."""
    s = new_screen(rng, name, cast.kind("hotel"), ("light", "light", "tinted", "dark"))
    y = STATUS_H
    y += stay_header(cast, rng, s, y)
    y += manager_note(cast, rng, s, y)
    y = section(s, y, "On duty today", False)
    chips(s.img, rng, 30, y, 4, 44, (120, 200), off(s.bg, 16), s.fg)
    y += 64
    foot = H - NAV_H - 120
    while y + 96 < foot:
        y += staff_row(cast, rng, s, y)
    if rng.random() < 0.7:
        concierge_pill(cast, rng, s, foot - 110)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def crew_briefing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An airline crew app's leg: the flight (``flight_header``); the captain and the first officer
    (``pilot_card``: 36-56 px); on 65 % the cabin's plan with the crew at their doors (``cabin_plan``:
    18-26 px); the cabin crew (``crew_row``: 22-30 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("crew"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + 10
    y += flight_header(s, rng, y)
    w = (WIDTH - 60) // 2
    pilot_card(cast, rng, s, 20, y, w, True)
    y += pilot_card(cast, rng, s, 40 + w, y, w, False)
    if rng.random() < 0.65:
        y = section(s, y, "Positions", False)
        y += cabin_plan(cast, rng, s, y)
    y = section(s, y, f"Cabin crew - {rng.randrange(4, 12)}", False)
    return rows_to_tab_bar(s, rng, y, 92, lambda t: crew_row(cast, rng, s, t))


def tour_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tours marketplace's results: the title and one's 22-26 px face; the categories' chips; on 70 %
    top guides (``top_guides``: 32-50 px in rings, past the right edge); tours (``tour_card``: a group at
    the sight on 45 %, 22-40 px at the front, the guide 28-40 px over the photo's corner, who booked
    18-22 px) down to the tab bar."""
    city = rng.choice(CITIES)
    s, y = titled(
        cast, rng, name, "tours", ("light", "light", "dark", "tinted"), f"Things to do in {city}", own=True
    )
    chips(s.img, rng, 30, y, 4, 44, (110, 180), off(s.bg, 16), s.fg)
    y += 64
    if rng.random() < 0.7:
        y = section(s, y, "Top guides", True)
        y += top_guides(cast, rng, s, y)
    y = section(s, y, "Popular tours", False)
    return rows_to_tab_bar(s, rng, y, 420, lambda t: tour_card(cast, rng, s, t))


def stay_reviews(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A booking site's reviews of a hotel: the bar; the scores (``score_summary``); guests' photos
    (``guest_photos``: faces 18-60 px, past the right edge); the trips' filters; reviews
    (``review_card``: 22-32 px under flags, photos' faces 18-40 px, the manager's reply 20-26 px) down
    to the tab bar."""
    s = new_screen(rng, name, cast.kind("reviews"), ("light", "light", "tinted", "dark"))
    y = STATUS_H + 10
    chevron(s.img, 36, y + 50, s.fg, back=True)
    heading(s, 80, y + 62, "Guest reviews", 0.95)
    note(s.img, rng.choice(HOTELS), (WIDTH - 320, y + 60), 0.55, GREY)
    y += 100
    y += score_summary(s, rng, y)
    y = section(s, y, "Guest photos", True)
    y += guest_photos(cast, rng, s, y)
    lit = rng.randrange(5)
    for k, trip in enumerate(TRIPS):
        pill(s.img, 30 + k * 200, y, 184, 48, s.accent if k == lit else off(s.bg, 18))
        note(s.img, trip, (56 + k * 200, y + 33), 0.52, WHITE if k == lit else s.fg, 2)
    y += 68
    foot = H - NAV_H - 120
    while foot - y > 300:
        y += review_card(cast, rng, s, y, foot - y)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def barber_queue(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A barbershop's walk-in queue: the shop (``shop_header``); the chairs now (``chair_card``: barbers
    40-60 px in rings of the cut's time, clients 18-22 px, some on a break and grey), two or three
    across; the queue (``queue_row``: 22-32 px, one's own place on a band) down to the "Join the queue"
    button."""
    s = new_screen(rng, name, cast.kind("barber"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H
    y += shop_header(s, rng, y)
    y = section(s, y, "Now cutting", False)
    cols = rng.choice((2, 3, 3))
    rows = 2 if cols == 2 and rng.random() < 0.5 else 1
    w = (WIDTH - 40 - (cols - 1) * 16) // cols
    for k in range(cols * rows):
        chair_card(cast, rng, s, 20 + (k % cols) * (w + 16), y + (k // cols) * 270, w)
    y += rows * 270
    y = section(s, y, f"Queue - {rng.randrange(3, 14)} waiting", False)
    foot, me, pos = H - NAV_H - 120, rng.randrange(1, 8), 1
    while y + 96 < foot:
        y += queue_row(cast, rng, s, y, pos, pos == me)
        pos += 1
    return H39.finish_with_button(s, foot, "Join the queue")


def salon_transformations(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A salon's feed: the salon's name and a follow button; its stylists as stories
    (``stylist_stories``: 34-50 px, past the right edge); posts of transformations (``split_post``: the
    stylist 22-30 px, before/after pictures of one client, 70-170 px, or four, 36-80 px, likes 18-22
    px, a comment 18-24 px) down past the tab bar, which cuts the last."""
    s = new_screen(rng, name, cast.kind("salon"), ("light", "tinted", "light", "dark"))
    y = STATUS_H + 10
    heading(s, 30, y + 56, rng.choice(("Studio Lumen", "Mane Society", "Salon Verde", "Gloss & Co")), 1.0)
    pill(s.img, WIDTH - 200, y + 14, 170, 56, SALON)
    note(s.img, "Follow", (WIDTH - 160, y + 52), 0.62, WHITE, 2)
    y += 90
    y += stylist_stories(cast, rng, s, y)
    foot = H - NAV_H - 120
    while y < foot - 300:
        y += split_post(cast, rng, s, y)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def open_houses(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A property app's open houses this weekend: the title and one's 22-26 px face; the days' chips;
    on half the map (``map_strip``: agents' pins 20-28 px); the houses (``open_house_card``: on 35 % the
    hosting agent on the lawn, 40-90 px; hosts 24-32 px; who is going 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "openhouse", ("light", "light", "tinted", "dark"), "Open houses", own=True)
    for k, day in enumerate(("Sat 14", "Sun 15", "Next week")):
        pill(s.img, 30 + k * 210, y, 194, 50, REALTY if k == 0 else off(s.bg, 18))
        note(s.img, day, (56 + k * 210, y + 34), 0.55, WHITE if k == 0 else s.fg, 2)
    y += 70
    if rng.random() < 0.5:
        y += map_strip(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 440, lambda t: open_house_card(cast, rng, s, t))


def agent_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A real-estate agent's digital business card: the card (``business_card``: the headshot 90-210
    px); the contact buttons; on half a QR code to save the contact; the team (``team_strip``: 28-44
    px); homes recently sold (``sold_strip``: buyers with their keys on 40 %, 24-60 px, past the right
    edge) where there is room; clients' words (``testimonial``: 22-30 px) above the "Save contact"
    button."""
    s = new_screen(rng, name, cast.kind("agentcard"), ("light", "tinted", "dark", "light"))
    y = STATUS_H
    y += business_card(cast, rng, s, y)
    y += contact_row(s, rng, y)
    foot = H - NAV_H - 120
    if rng.random() < 0.5:
        H6.qr(s.img, rng, 30, y, 150)
        note(s.img, "Scan to save my contact", (210, y + 84), 0.6, s.fg, 2)
        y += 170
    y = section(s, y, "My team", False)
    y += team_strip(cast, rng, s, y)
    if y + 356 < foot:
        y = section(s, y, "Recently sold", True)
        y += sold_strip(cast, rng, s, y)
    H38.rows_above(s, y, foot, "What clients say", lambda t: testimonial(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Save contact")


def dating_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's profile scrolled from its top: the bar; the first photo (``profile_hero``: a face
    of 120-320 px, on 30 % cut by a side, or a group's 30-90 px); a prompt (``prompt_card``), the facts
    (``vitals_row``), then the next photo (``inset_photo``: 60-220 px, cut by the screen's foot when it
    runs past it) and friends in common (``mutual_row``: 18-22 px) in either order; the pass button
    floating over the lower left (it takes the pixels it covers)."""
    s = new_screen(rng, name, cast.kind("profile"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H
    chevron(img, 36, y + 44, s.fg, back=True)
    note(img, "...", (WIDTH - 90, y + 44), 1.0, s.fg, 3)
    y += 80
    y += profile_hero(cast, rng, s, y)
    y += mutual_row(cast, rng, s, y)
    parts: list[Callable[[int], int]] = [lambda t: prompt_card(s, rng, t), lambda t: vitals_row(s, rng, t)]
    for part in (*(parts if rng.random() < 0.5 else parts[::-1]), lambda t: inset_photo(cast, rng, s, t)):
        if y > H - NAV_H - 120:
            break
        y += part(y)
    c = (120, H - NAV_H - 110)
    cv2.circle(img, (c[0] + 3, c[1] + 4), 66, (60, 60, 60), -1, cv2.LINE_AA)
    cv2.circle(img, c, 66, WHITE, -1, cv2.LINE_AA)
    for d in (-1, 1):
        cv2.line(img, (c[0] - 22, c[1] - 22 * d), (c[0] + 22, c[1] + 22 * d), INK, 6, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def nearby_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's grid of people nearby: the title and one's 22-26 px face; filters; squares edge to
    edge in three to five columns (``grid_tile``: close photos, faces 0.08-0.45 of the side, people far
    off, snapshots, profiles without a photo) down under the tab bar, which cuts the last row; on 40 %
    a sheet of chats pulled over the grid's lower part (``chats_sheet``: 26-36 px)."""
    s, y = titled(cast, rng, name, "nearby", ("dark", "dark", "light", "tinted"), "Nearby", own=True)
    chips(s.img, rng, 30, y, 3, 44, (120, 190), off(s.bg, 16), s.fg)
    y += 64
    cols, gap = rng.choice((3, 4, 5, 5)), 3
    side = (WIDTH - (cols - 1) * gap) // cols
    foot = H - NAV_H - 120
    while y < foot:
        for k in range(cols):
            grid_tile(cast, rng, s, k * (side + gap), y, side)
        y += side + gap
    if rng.random() < 0.4:
        chats_sheet(cast, rng, s, rng.randrange(1050, 1400))
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    hotel_team,
    crew_briefing,
    tour_market,
    stay_reviews,
    barber_queue,
    salon_transformations,
    open_houses,
    agent_card,
    dating_profile,
    nearby_grid,
)
# with people: each twice a round but two (an agent's card and a dating profile, a few large faces
# each)
ONCE = (agent_card, dating_profile)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a grid of squares with pets, things and
# blank profiles, a salon's before/after with round things and products, houses and their hosts'
# places)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, nearby_grid, salon_transformations, open_houses)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT53_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h53", photos, free, seed, reps)
