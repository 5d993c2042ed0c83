"""Held-out screens, forty-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a departures board, a baggage carousel, a
station's platform with a train's side, the view through a plane's window, a visa page of ink
stamps, a stone gate or a lattice tower on a plaza; nothing with eyes, a mouth or a mask), by
heldout23 (a living room), heldout15 (beach umbrellas) or heldout8 (airlines' logos); every random
choice from ``HELDOUT42_SEED``. Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout11's ``Cast``
(through heldout26's, heldout40's and heldout41's; this set's screens are marked h42-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in the apps of travel and transit in daily life, most of them small: a travel
vlog's frame with the vlogger holding the phone out at a sight, on a platform or on a beach (the
face up to 460 px, on half across the screen's edge) over comments tagged with where each commenter
has been; a phrasebook's video tutor over phrases each voiced by a native speaker's small face; a
family's boarding passes in a wallet, stacked so that each shows only its header with the
passenger's face in a rim, the front one open with the passenger's photo and a stacked barcode, and
friends on the same flight; a pooled ride, co-riders' faces in pins at their pickups along the
route, the driver's card and who rides by the stops' numbers; a homestay's host page, the household
at two depths in their lounge, the host in a ring, guests' reviews under the flags of where they
come from with photos taken with the hosts; a tour group's itinerary, the guide's card, the group in
two rows of rings and the day's stops with who joins each; an e-gate's passport check, the
traveller before a departures board or a baggage carousel between the camera's brackets, the
passport's data page with its printed photo and pale ghost image, the family on the booking; rating
a bus driver after a ride, the route's strip, the driver large, the drivers on the route and other
riders' notes; a hospitality exchange's requests, travellers in town and request cards with flags,
references and who travels with them; a trip's shared costs, the group at a sight under a gradient,
the members in rings of their balance and the expenses with who paid and who shares. Near repeats
avoided: heldout8's boarding pass, heldout6's wallet, heldout10's transit pass and heldout21's ticket
wallet (one pass under a destination photo with a QR code and co-travellers' rows, a holder's face
under a hologram with family passes peeking under it, passes whose photo strips lie under the next
one's edge; here a family's airline passes stacked header over header, each header's passenger face
in a white rim at its right, the front pass open with the route's codes, a rounded square photo,
gate and seat, a stacked barcode instead of a QR code, and friends on the flight cut by the right
edge); heldout3's ride on a map, heldout23's ride hail and heldout30's carpool and driver's side (a
driver's card with a car badge, riders sharing the trip, seats from above, riders boarding along a
spine; here a pool's co-riders as face pins at their pickups on the route, heldout41's round pins,
and rows numbered by stop with "next" and seat tags); heldout23's rental host and heldout32's front
desk (a host with a superhost medal, co-hosts, a carousel of reviews; here a homestay's household
``staged`` in a drawn lounge under a gradient, the host's ring over its edge, "lives here" and
language tags, reviewers under flag badges with photos taken with the hosts); heldout29's hiking
trip, heldout33's gallery guide and heldout34's events (a trip's guide and reports, an audio guide;
here a tour's guide card in a gold ring, the group in two rows of accent rings with names and a
day's timeline of drawn sights with "joining" stacks or "optional"); heldout13's passport photo
maker, heldout16's ID scan, heldout25's digital ID, heldout35's ID photo checker and heldout39's
liveness step (a crop editor, an ID card front on, an oval guide; here an e-gate: the traveller cut
out before a drawn hall between corner brackets, a passport's data page on a visa page's tint with
its portrait, a grey ghost portrait, fields and the machine-readable lines, a match bar and the
family's rounded photos with ticks or "waiting"); heldout3's and heldout23's rides and heldout30's
driver console (here the rider rating a bus driver: the line's badge and strip of stops, the driver
centred large with the route over the photo's corner, stars, chips, drivers on the route in rings);
heldout4's short videos, heldout41's recipe video and heldout40's tutor call (a cook at a counter, a
tutor before a room; here a vlogger before a sight, a platform or a beach with the arm out to the
phone, the place's tag, a red progress bar, "watching now", comments with "been to" chips and
photos from there; and a phrasebook's tutor in a rounded card with a caption band, a record button
and phrases with waveforms and the speakers' faces in rings); heldout40's language partners and
heldout16's tutors (here requests to stay: cards with accept and decline, dates and guests' chips,
references under a tick, travellers in town cut by the right edge); heldout25's split bill,
heldout27's housemates and heldout39's bill split (a sheet over a scrim, arrows of who owes whom;
here a trip's cover of the group ``staged`` at a sight or a beach, members in rings of their
balance, green or red, expenses with a thing's emoji, the payer's face over its corner and who
shares). Ten layouts:
- a travel vlog (``travel_vlog``): the vlogger (``selfie_frame``: 160-460 px, across the screen's
  edge on half); the channel's face (26-34 px); who is watching (18-22 px); comments
  (``vlog_comment``: 22-30 px, photos of 18-32 px on 15 %); one's 22-26 px face;
- a phrasebook's tutor (``phrase_tutor``): one's 22-26 px face; the tutor (90-260 px); learners
  practising (18-22 px); phrases (``phrase_row``: speakers 20-28 px in rings);
- a wallet of boarding passes (``pass_wallet``): the passes' headers (``pass_header``: 22-34 px in
  rims); the front pass (``front_pass``: the photo 48-110 px, the booking's stack of 18-22 px);
  friends on the flight (22-30 px, cut by the right edge);
- a pooled ride (``ride_pool``): co-riders' pins (heldout41's ``face_pin``: 20-28 px); the driver
  (56-120 px); who rides (``rider_row``: 24-32 px); who often shares the route (18-22 px);
- a homestay's host (``host_profile``): the household (``staged``: front faces 40-120 px, the back
  ones 24-34 px) under a gradient; the host (60-110 px in a ring); who lives there (20-26 px);
  reviews (``guest_review``: 24-32 px, photos of 18-40 px on 25 %);
- a tour's itinerary (``tour_itinerary``): the guide (64-130 px in a ring); the group (``ring_row``:
  24-36 px); the stops (``stop_row``: stacks of 18-22 px);
- an e-gate (``egate_check``): the traveller (120-300 px); the passport (``passport_page``: the
  photo 50-100 px, the ghost 24-36 px); the family (28-52 px);
- a bus driver's rating (``driver_rating``): the driver (64-140 px); drivers on the route (28-44 px
  in rings, cut by the right edge); riders' notes (``vlog_comment``: 22-30 px);
- requests to stay (``surf_requests``): one's 22-28 px face; travellers in town (24-36 px, cut by
  the right edge); requests (``request_card``: 28-44 px, stacks of 18-22 px);
- a trip's shared costs (``trip_split``): the group (``staged``: front faces 40-130 px, the back ones
  down to 10 px) under a gradient; members (30-64 px in rings of their balance); expenses
  (``expense_row``: payers 22-28 px, stacks of 18-22 px).
Sizes are what a layout asks for: a photo's other people, a cut-out's neighbour, a group photo's
close cut or a stack's slightly smaller faces can differ (the table below counts what is drawn).
Friends on the flight, travellers in town and drivers on the route run past the right edge, their
last item across it with 30-70 % of it showing (heldout38's ``across_edge``), so some faces are cut
by the edge and counted while half of their box shows (the capture's right 8 px are black padding);
the vlogger's face is on some cut by the screen's left or right edge the same way. Light, dark and
tinted themes (the vlog and the e-gate mostly dark); JPEG quality 30-60. The next pass over a
pass's header, the e-gate's brackets and the rounded corners of the camera and the tutor's card, the
caption band, flags, ticks, badges, tags, chips, pins' discs, rims, emoji, sheets, buttons and tab
bars take the pixels they cover; a face under them counts while half of its box shows; rings, rims
and discs are drawn before the faces they hold; the gradients over the household and the trip's
group, the scrim over the vlog's top and the grey wash of the ghost portrait leave the faces under
them counted as they look; initials, logos, "+N" discs, emoji, stamps and drawn things are never
faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,373 faces (1,162 under 32 px, 139 of 32-63, 53 of 64-127,
19 larger; 1,239 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pins, rims,
stacks and rings, round things where people would stand); ``reps=1`` a quarter (18 screens with 347
faces: 301, 32, 10 and 4 by size, 319 under 40 px; 13 face-free). Each layout has people twice a
round but the vlog and the phrasebook, once (one large face and a few small ones: 7.25 and 9.75
faces a screen at 4 reps). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and
of 128 or more:
    travel_vlog        4 screens    29 faces:  25,   0,   0,   4
    phrase_tutor       4 screens    39 faces:  34,   0,   1,   4
    pass_wallet        8 screens   156 faces: 148,   6,   2,   0
    ride_pool          8 screens    99 faces:  91,   3,   5,   0
    host_profile       8 screens   207 faces: 162,  31,  14,   0
    tour_itinerary     8 screens   192 faces: 179,   5,   8,   0
    egate_check        8 screens    56 faces:  16,  29,   1,  10
    driver_rating      8 screens   148 faces: 122,  18,   8,   0
    surf_requests      8 screens   197 faces: 177,  20,   0,   0
    trip_split         8 screens   250 faces: 208,  27,  14,   1
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout15 as H15
import heldout41 as H41
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined, stepped
from heldout8 import logo
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, play_button, progress, words
from heldout22 import stack
from heldout23 import WIDTH, car_top, living_room, map_area, new_screen, route_line, star, tag, tick_badge
from heldout24 import RED, flag_badge, section
from heldout25 import OBJECTS, object_emoji, ring_progress, who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import faded, rounded_card, rows_to_tab_bar
from heldout38 import across_edge, rimmed, rows_above, staged
from heldout39 import finish_with_button

HELDOUT42_SEED = 42424
AIRPORTS: tuple[str, ...] = (
    "LIS",
    "JFK",
    "NRT",
    "CDG",
    "GRU",
    "SYD",
    "CPT",
    "MEX",
    "IST",
    "OSL",
    "DEL",
    "YVR",
)
CITIES: tuple[str, ...] = (
    "Lisbon", "Kyoto", "Oaxaca", "Tbilisi", "Porto", "Hanoi", "Cusco", "Seville", "Bergen", "Marrakesh",
)  # fmt: skip
SIGHTS: tuple[str, ...] = (
    "Old town walk", "Harbour ferry", "Castle gate", "Night market", "Cathedral", "Tea house",
    "Viewpoint", "Museum of art", "River cruise",
)  # fmt: skip
SPENDS: tuple[str, ...] = (
    "Hostel",
    "Train tickets",
    "Dinner",
    "Museum",
    "Taxi",
    "Groceries",
    "Ferry",
    "Tour",
)
PHRASES: tuple[tuple[str, str], ...] = (
    ("Where is the station?", "Onde fica a estacao?"), ("A ticket to the centre", "Un billete al centro"),
    ("How much is it?", "Combien ca coute ?"), ("Thank you very much", "Vielen Dank"),
    ("Is this seat free?", "E libero questo posto?"), ("I'm lost", "Jestem zgubiony"),
    ("The bill, please", "Hesap lutfen"),
)  # fmt: skip
SKY: Colour = (235, 200, 150)  # a clear day's sky (BGR)
STONE: Colour = (170, 190, 205)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def departure_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An airport's or a station's departures board: a dark panel, a header band with the title
    as a bar and the clock as amber split-flap tiles, rows of flights (the time's flap tiles, the
    destination as a pale bar, the gate as a short one, a status as a green, amber or red bar),
    every other row a shade lighter."""
    img = np.full((h, w, 3), (30, 28, 26), np.uint8)
    top = max(4, round(h * rng.uniform(0.1, 0.16)))
    cv2.rectangle(img, (0, 0), (w, top), (55, 50, 45), -1)
    cv2.rectangle(img, (w // 20, top // 3), (w // 20 + round(w * 0.35), top * 2 // 3), (230, 230, 230), -1)
    rows = rng.randrange(6, 11)
    rh = (h - top) / rows
    tile = max(2, round(min(rh * 0.6, w / 40)))
    for k in range(rows):
        y1 = round(top + k * rh)
        y2 = round(top + (k + 1) * rh)
        if k % 2:
            cv2.rectangle(img, (0, y1), (w, y2), (42, 40, 38), -1)
        mid = (y1 + y2) // 2
        for j in range(4):  # the time, in split-flap tiles
            x = w // 30 + j * (tile + max(1, tile // 4))
            cv2.rectangle(img, (x, mid - tile // 2), (x + tile - 1, mid + tile // 2), (15, 15, 15), -1)
            cv2.line(img, (x, mid), (x + tile - 1, mid), (60, 60, 60), 1)
            cv2.rectangle(img, (x + tile // 4, mid - tile // 3), (x + tile * 3 // 4, mid + tile // 3),
                          (60, 200, 250), -1)  # fmt: skip
        x = round(w * 0.3)
        cv2.rectangle(img, (x, mid - max(1, tile // 3)), (x + round(w * rng.uniform(0.15, 0.35)),
                      mid + max(1, tile // 3)), (225, 225, 225), -1)  # fmt: skip
        x = round(w * 0.7)
        cv2.rectangle(
            img, (x, mid - max(1, tile // 3)), (x + w // 20, mid + max(1, tile // 3)), (200, 200, 200), -1
        )
        status = rng.choice(((80, 200, 90), (40, 170, 250), (60, 60, 230), (200, 200, 200)))
        bar = max(1, tile // 3)
        cv2.rectangle(img, (round(w * 0.82), mid - bar), (round(w * 0.96), mid + bar), status, -1)
    return img


def luggage_belt(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A baggage hall's carousel: a grey wall with a yellow sign (a black bar for its word), the
    belt's dark band with slats and a steel lip, three to five suitcases on it (a body of one
    colour, a strap across it, a handle on top, a white luggage tag), the hall's floor."""
    img = np.zeros((h, w, 3), np.uint8)
    belt1, belt2 = round(h * rng.uniform(0.42, 0.5)), round(h * rng.uniform(0.78, 0.86))
    gradient(img, (0, 0, w, belt1), (200, 200, 205), (160, 160, 165))
    gradient(img, (0, belt2, w, h), (130, 130, 135), (90, 95, 100))
    sx = round(w * rng.uniform(0.1, 0.5))
    cv2.rectangle(img, (sx, h // 20), (sx + w // 3, h // 20 + max(3, h // 10)), (40, 200, 240), -1)
    cv2.rectangle(img, (sx + w // 24, h // 20 + max(1, h // 30)), (sx + w // 4, h // 20 + max(2, h // 16)),
                  (30, 30, 30), -1)  # fmt: skip
    cv2.rectangle(img, (0, belt1), (w, belt2), (50, 50, 55), -1)
    for x in range(0, w, max(3, w // 24)):
        cv2.line(img, (x, belt1), (x, belt2), (35, 35, 40), max(1, w // 300))
    cv2.rectangle(img, (0, belt2 - max(2, h // 50)), (w, belt2), (190, 195, 200), -1)
    x = rng.randrange(0, max(1, w // 10))
    for _ in range(rng.randrange(3, 6)):
        bw = max(5, round(w * rng.uniform(0.12, 0.22)))
        bh = max(5, round((belt2 - belt1) * rng.uniform(0.5, 0.8)))
        by = belt2 - max(2, h // 50) - bh
        body = random_colour(rng, 40, 220)
        rounded_card(img, x, by, bw, bh, max(1, min(bw, bh) // 6), body)
        cv2.rectangle(img, (x, by + bh // 2 - max(1, bh // 14)), (x + bw, by + bh // 2 + max(1, bh // 14)),
                      tone(body, -50), -1)  # fmt: skip
        cv2.rectangle(
            img, (x + bw // 3, by - max(2, bh // 8)), (x + bw * 2 // 3, by), (40, 40, 40), max(1, bh // 20)
        )
        cv2.rectangle(img, (x + bw * 3 // 4, by + bh // 5), (x + bw * 3 // 4 + max(2, bw // 8), by + bh // 2),
                      WHITE, -1)  # fmt: skip
        x += bw + rng.randrange(max(2, w // 30), max(3, w // 8))
        if x > w:
            break
    return img


def train_platform(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A station's platform: the canopy's roof and beams, a train's long side (a body of one colour,
    a stripe, a band of windows, doors with their split), the platform's edge with its yellow line,
    a hanging sign (a dark bar with pale bars)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h // 4), (110, 110, 115), (170, 170, 175))
    for x in range(0, w, max(8, w // 6)):
        cv2.line(img, (x, 0), (x + w // 12, h // 4), (80, 80, 85), max(1, w // 150))
    body = rng.choice(((60, 60, 200), (200, 120, 40), (220, 220, 225), (60, 140, 60)))
    t1, t2 = round(h * 0.25), round(h * rng.uniform(0.66, 0.72))
    cv2.rectangle(img, (0, t1), (w, t2), body, -1)
    cv2.rectangle(
        img, (0, round(t1 + (t2 - t1) * 0.62)), (w, round(t1 + (t2 - t1) * 0.7)), tone(body, -60), -1
    )
    wy1, wy2 = round(t1 + (t2 - t1) * 0.15), round(t1 + (t2 - t1) * 0.5)
    pitch = max(6, w // rng.randrange(6, 10))
    for x in range(pitch // 3, w, pitch):
        cv2.rectangle(img, (x, wy1), (x + pitch * 2 // 3, wy2), (60, 50, 40), -1)
    door = rng.randrange(0, max(1, w // 2))
    cv2.rectangle(img, (door, wy1 - 2), (door + max(4, w // 9), t2 - 2), tone(body, -35), -1)
    cv2.line(img, (door + max(2, w // 18), wy1), (door + max(2, w // 18), t2 - 2), (40, 40, 40), 1)
    cv2.rectangle(img, (0, t2), (w, h), (150, 155, 160), -1)
    edge = t2 + max(2, (h - t2) // 6)
    cv2.rectangle(img, (0, edge), (w, edge + max(2, h // 60)), (40, 210, 240), -1)
    sx = round(w * rng.uniform(0.3, 0.6))
    cv2.line(img, (sx + w // 10, 0), (sx + w // 10, h // 10), (60, 60, 60), max(1, w // 200))
    cv2.rectangle(img, (sx, h // 10), (sx + w // 5, h // 10 + max(3, h // 16)), (40, 40, 40), -1)
    cv2.rectangle(img, (sx + w // 60, h // 10 + max(1, h // 50)), (sx + w // 8, h // 10 + max(2, h // 28)),
                  (230, 230, 230), -1)  # fmt: skip
    return img


def wing_view(rng: random.Random, w: int, h: int) -> np.ndarray:
    """The view from a plane's seat: the cabin's pale wall round a tall rounded window, through it a
    sky graded to the horizon, clouds as white ellipses, the wing's grey blade and its tip turned
    up."""
    view = np.zeros((h, w, 3), np.uint8)
    gradient(view, (0, 0, w, h), tone(SKY, -40), (245, 235, 225))
    for _ in range(rng.randrange(3, 8)):
        c = (rng.randrange(w), rng.randrange(h // 3, h))
        axes = (max(2, round(w * rng.uniform(0.1, 0.3))), max(1, round(h * rng.uniform(0.03, 0.07))))
        cv2.ellipse(view, c, axes, 0, 0, 360, rng.choice(((250, 250, 250), (225, 225, 230))), -1, cv2.LINE_AA)
    root = round(h * rng.uniform(0.7, 0.85))
    wing = np.array([[0, root], [round(w * 0.95), round(h * 0.55)], [w, round(h * 0.57)], [0, h]], np.int32)
    cv2.fillPoly(view, [wing], (175, 178, 182), cv2.LINE_AA)
    cv2.line(view, (round(w * 0.95), round(h * 0.55)), (round(w * 0.97), round(h * 0.4)), (60, 60, 200),
             max(2, w // 40), cv2.LINE_AA)  # fmt: skip
    img = np.full((h, w, 3), rng.choice(((225, 225, 220), (200, 205, 210), (235, 232, 228))), np.uint8)
    mx, my = max(2, w // 6), max(2, h // 10)
    hole = rounded_rect(h - 2 * my, w - 2 * mx, max(1, min(w - 2 * mx, h - 2 * my) // 3))
    corner = max(1, min(w - 2 * mx, h - 2 * my) // 3)
    rounded_card(img, mx - 4, my - 4, w - 2 * mx + 8, h - 2 * my + 8, corner, (170, 170, 170))
    part = img[my : h - my, mx : w - mx]
    part[hole > 0] = view[my : h - my, mx : w - mx][hole > 0]
    return img


def stamp_page(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A passport's visa page: a pale tint with guilloche waves, three to six ink stamps (a ring
    with a ring inside and lines of lettering as bars, or a double-ruled box with a date's bar),
    in blue, red, violet or green."""
    paper = rng.choice(((225, 235, 240), (230, 225, 240), (220, 240, 230)))
    img = np.full((h, w, 3), paper, np.uint8)
    xs = np.arange(0, w, max(1, w // 60))
    for k in range(8):
        ys = h * (k + 0.5) / 8 + h / 30 * np.sin(xs / max(1, w) * 2 * np.pi * 3 + k)
        pts = np.stack([xs, ys], 1).round().astype(np.int32)
        cv2.polylines(img, [pts], False, tone(paper, -25), 1, cv2.LINE_AA)
    base = min(w, h)
    for _ in range(rng.randrange(3, 7)):
        ink = rng.choice(((150, 60, 40), (50, 50, 190), (130, 50, 120), (60, 130, 50)))
        c = (rng.randrange(w), rng.randrange(h))
        r = max(4, round(base * rng.uniform(0.12, 0.22)))
        t = max(1, r // 12)
        if rng.random() < 0.5:
            cv2.circle(img, c, r, ink, t, cv2.LINE_AA)
            cv2.circle(img, c, r * 3 // 4, ink, t, cv2.LINE_AA)
            cv2.rectangle(
                img, (c[0] - r // 2, c[1] - max(1, r // 10)), (c[0] + r // 2, c[1] + max(1, r // 10)), ink, -1
            )
        else:
            a = (c[0] - r, c[1] - r * 2 // 3)
            b = (c[0] + r, c[1] + r * 2 // 3)
            cv2.rectangle(img, a, b, ink, t)
            cv2.rectangle(img, (a[0] + 2 * t, a[1] + 2 * t), (b[0] - 2 * t, b[1] - 2 * t), ink, t)
            for j in range(2):
                y = a[1] + (b[1] - a[1]) * (j + 1) // 3
                cv2.line(img, (a[0] + r // 3, y), (b[0] - r // 3 - j * r // 2, y), ink, t + 1)
    return img


def landmark(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A sight a tour stops at: a sky graded to the horizon, a stone gate with a round-topped arch
    through it (the sky and the plaza beyond showing), a cornice and a frieze of vertical grooves,
    or a lattice tower narrowing to its top; the plaza's paving in rows."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.72, 0.82))
    gradient(img, (0, 0, w, ground), tone(SKY, -30), (240, 235, 225))
    gradient(img, (0, ground, w, h), (170, 180, 190), (120, 130, 140))
    for k in range(1, 6):
        y = ground + (h - ground) * k * k // 30
        cv2.line(img, (0, y), (w, y), (110, 120, 130), 1)
    cx = round(w * rng.uniform(0.35, 0.65))
    stone = rng.choice((STONE, (150, 170, 190), (190, 200, 210)))
    if rng.random() < 0.5:
        gw, top = round(w * rng.uniform(0.4, 0.6)), round(h * rng.uniform(0.12, 0.25))
        cv2.rectangle(img, (cx - gw // 2, top), (cx + gw // 2, ground), stone, -1)
        cv2.rectangle(img, (cx - gw // 2 - gw // 20, top), (cx + gw // 2 + gw // 20, top + max(2, h // 30)),
                      tone(stone, -30), -1)  # fmt: skip
        for x in range(cx - gw // 2 + gw // 12, cx + gw // 2, max(3, gw // 10)):
            cv2.line(img, (x, top + max(3, h // 20)), (x, top + max(5, h // 9)), tone(stone, -40), 1)
        aw = gw // 4
        arch_top = top + (ground - top) // 3 + aw
        cv2.rectangle(img, (cx - aw, arch_top), (cx + aw, ground), (200, 195, 185), -1)
        cv2.ellipse(img, (cx, arch_top), (aw, aw), 0, 180, 360, (220, 210, 195), -1, cv2.LINE_AA)
    else:
        top = round(h * rng.uniform(0.05, 0.15))
        half = round(w * rng.uniform(0.12, 0.2))
        steel = rng.choice(((60, 70, 90), (90, 100, 110), (40, 80, 140)))
        legs = np.array([[cx - half, ground], [cx, top], [cx + half, ground]], np.int32)
        cv2.polylines(img, [legs], False, steel, max(2, w // 80), cv2.LINE_AA)
        for k in range(1, 6):
            y = top + (ground - top) * k // 6
            dx = half * k // 6
            cv2.line(img, (cx - dx, y), (cx + dx, y), steel, max(1, w // 200))
            ny = top + (ground - top) * (k + 1) // 6
            cv2.line(img, (cx - dx, y), (cx + half * (k + 1) // 6, ny), steel, 1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    departure_board,
    luggage_belt,
    train_platform,
    wing_view,
    stamp_page,
    landmark,
)
HALLS: tuple[H11.Render, ...] = (departure_board, luggage_belt)  # behind an e-gate's traveller
OUTINGS: tuple[H11.Render, ...] = (landmark, train_platform, H15.umbrellas)  # behind a vlogger or a group
HOMES: tuple[H11.Render, ...] = (living_room,)  # a homestay's lounge


@dataclass
class Cast(H41.Cast):
    """heldout41's cast (heldout40's, heldout26's and heldout11's: a scene of people or a thing;
    half of a face's box showing counts it), its screens marked h42-, whose drawn things are this
    set's: a departures board, a baggage carousel, a station's platform, a plane's window, a visa
    page of stamps, a stone gate or a tower."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h42-" + super().kind(layout).removeprefix("h41-")


# ----------------------------------------------------------------------------------------------
# Small parts: a framed traveller, passes, rows and cards, people in them or things.
# ----------------------------------------------------------------------------------------------


def selfie_frame(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float, share: float
) -> float:
    """A traveller filming themself over ``rect``: a sight, a platform or a beach behind
    (``OUTINGS``, softened by the phone's lens), the traveller (heldout11's ``figure``, the face
    ``fp`` px, high in the frame) holding the phone out: the arm runs from the shoulder under the
    chin to the frame's foot. With ``share`` 1 the face is round the frame's middle; under 1 only
    that share of its width is on the screen, across its left or right edge (counted while half of
    its box shows). Returns the face's x."""
    x1, y1, x2, y2 = rect
    back = H11.render(rng, x2 - x1, y2 - y1, OUTINGS)
    blit(s.img, H15.blurred(back, rng.uniform(1.5, 4.0)), x1, y1)
    left = rng.random() < 0.5
    if share < 1.0:
        cx = fp * (share - 0.5) if left else WIDTH - fp * (share - 0.5)
    else:
        cx = x1 + (x2 - x1) * rng.uniform(0.32, 0.68)
    cy = y1 + (y2 - y1) * rng.uniform(0.3, 0.4)
    if cast.photos:
        arm = (round(cx + (fp if left else -fp)), round(cy + 1.6 * fp))
        end = (x2 - 40 if left else x1 + 40, y2)
        cv2.line(s.img, arm, end, rng.choice(H11.SKIN), max(6, round(fp * 0.28)), cv2.LINE_AA)
    H11.figure(cast, s, cx, cy, fp, rect, True)
    return cx


def pass_header(cast: Cast, rng: random.Random, s: Screen, y: int, colour: Colour) -> int:
    """The top of a boarding pass tucked in a wallet's stack: a card of the airline's ``colour``
    whose lower part the next pass covers, its logo, the flight and the route, the passenger's
    round 22-34 px face in a white rim at its right (initials on some). Returns the pitch to the
    next pass (104 px)."""
    img = s.img
    rounded_card(img, 24, y, WIDTH - 48, 160, 28, colour)
    logo(img, rng, 50, y + 22, 56)
    ink = WHITE if sum(colour) < 450 else INK
    a, b = rng.sample(AIRPORTS, 2)
    note(img, f"{a}  >  {b}", (130, y + 52), 0.8, ink, 2)
    note(
        img,
        f"{rng.choice('ABDEKLTU')}{rng.choice('ABKLXY')} {rng.randrange(100, 9999)}",
        (130, y + 84),
        0.5,
        ink,
    )
    fp, side = _size(rng, 22, rng.uniform(22.5, 34), (1.15, 1.3))
    x = WIDTH - 70 - side
    if rng.random() < 0.15:
        cv2.circle(img, (x + side // 2, y + 14 + side // 2), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
        H3.initials(img, rng, x, y + 14, side, "circle", None)
    else:
        rimmed(cast, s, x, y + 14, fp, side, WHITE)
    note(img, who(rng), (x - 150, y + 40), 0.5, ink, 2)
    return 104


def barcode(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A boarding pass's stacked barcode (PDF417-like): rows of black bars of random widths on
    white between a start and a stop pattern."""
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    rows = max(1, h // 10)
    for r in range(rows):
        yy = y + 4 + r * (h - 8) // rows
        hh = max(1, (h - 8) // rows - 1)
        xx = x + 10
        while xx < x + w - 12:
            bw = rng.randrange(1, 5)
            if rng.random() < 0.55:
                cv2.rectangle(img, (xx, yy), (min(x + w - 12, xx + bw), yy + hh), INK, -1)
            xx += bw + 1
    for xx in (x + 4, x + w - 8):
        cv2.rectangle(img, (xx, y + 4), (xx + 3, y + h - 4), INK, -1)


def front_pass(cast: Cast, rng: random.Random, s: Screen, y: int, colour: Colour) -> int:
    """The boarding pass opened at the front of the wallet: the airline's band with the route in
    large codes and a plane between them; the passenger's photo (a rounded square, the face 48-110
    px), name and class; gate, boarding time, seat and group; the notches and the tear line; the
    stacked barcode; who travels on the same booking (a stack of 18-22 px). Returns its height."""
    img, card = s.img, off(s.bg, 10) if sum(s.bg) < 384 else WHITE
    rounded_card(img, 24, y, WIDTH - 48, 820, 30, card)
    rounded_card(img, 24, y, WIDTH - 48, 180, 30, colour)
    cv2.rectangle(img, (24, y + 150), (WIDTH - 25, y + 180), colour, -1)
    ink = WHITE if sum(colour) < 450 else INK
    a, b = rng.sample(AIRPORTS, 2)
    note(img, a, (60, y + 120), 2.0, ink, 4)
    note(img, b, (WIDTH - 230, y + 120), 2.0, ink, 4)
    cv2.line(img, (300, y + 96), (WIDTH - 300, y + 96), ink, 2)
    plane = [[WIDTH // 2 - 24, y + 84], [WIDTH // 2 + 26, y + 96], [WIDTH // 2 - 24, y + 108]]
    cv2.fillPoly(img, [np.array(plane, np.int32)], ink, cv2.LINE_AA)
    fp, side = _size(rng, 48, rng.uniform(48.5, 110), (1.15, 1.3))
    py = y + 210
    cast.avatar(s, 60, py, fp, side, "rounded")
    text = WHITE if sum(card) < 384 else INK
    note(img, f"{who(rng).upper()} / {who(rng).upper()}", (90 + side, py + 40), 0.7, text, 2)
    note(img, rng.choice(("Economy", "Premium", "Business")), (90 + side, py + 76), 0.55, GREY)
    gy = py + max(side, 100) + 30
    values = (
        f"{rng.choice('ABCDE')}{rng.randrange(1, 60)}",
        f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
        f"{rng.randrange(1, 40)}{rng.choice('ABCDEF')}",
        str(rng.randrange(1, 7)),
    )
    for k, (label, value) in enumerate(zip(("Gate", "Boards", "Seat", "Group"), values, strict=True)):
        note(img, label, (60 + k * 250, gy), 0.5, GREY)
        note(img, value, (60 + k * 250, gy + 46), 1.0, text, 2)
    ty = gy + 90
    for cx in (24, WIDTH - 25):
        cv2.circle(img, (cx, ty), 22, s.bg, -1, cv2.LINE_AA)
    for x in range(60, WIDTH - 60, 30):
        cv2.line(img, (x, ty), (x + 14, ty), GREY, 2)
    bh = min(160, y + 820 - ty - 140)
    barcode(img, rng, 80, ty + 30, WIDTH - 160, bh)
    sy = ty + bh + 56
    end = stack(cast, s, rng, 60, sy, rng.randrange(2, 5), 18.3, 22, card)
    note(img, "on this booking", (end + 12, sy + 28), 0.5, GREY)
    return 820


def rider_row(cast: Cast, rng: random.Random, s: Screen, y: int, stop: int) -> int:
    """A co-rider in a pooled ride: the stop's number in the accent's disc, the 24-32 px face
    (initials on some), the name and where they are picked up or dropped, a seat chip; "next" in
    green on the next pickup. Returns its height."""
    img = s.img
    badge(img, (50, y + 44), 16, s.accent, str(stop), s.bg)
    sd = face_avatar(cast, s, rng, 84, y + 12, 24, 32, (1.15, 1.3), "circle", person=True)
    x = 100 + sd
    note(img, who(rng), (x, y + 38), 0.58, s.fg, 2)
    place = rng.choice(("Pickup", "Drop-off"))
    note(img, f"{place} - {rng.choice(CITIES)} St, {rng.randrange(1, 18)} min", (x, y + 68), 0.45, GREY)
    if stop == 1:
        tag(img, WIDTH - 150, y + 20, "Next", GREEN, 32)
    else:
        tag(img, WIDTH - 170, y + 20, f"Seat {rng.randrange(1, 4)}", off(s.bg, 24), 32)
    cv2.line(img, (x, y + max(sd, 70) + 20), (WIDTH - 30, y + max(sd, 70) + 20), off(s.bg, 14), 1)
    return max(sd, 70) + 26


def guest_review(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A guest's review of a homestay: the 24-32 px face (initials on some) under the flag of
    where they come from (over its lower right), the name, the nights stayed and the month, five
    stars, a line; on 25 % two or three photos taken with the hosts (people with faces 18-40 px,
    cut by their edges, or a thing). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 8, 24, 32, (1.15, 1.3), "circle", person=True)
    flag_badge(img, rng, (30 + sd - 4, y + 8 + sd - 4), 9, s.bg)
    x = 56 + sd
    note(img, who(rng), (x, y + 30), 0.58, s.fg, 2)
    month = rng.choice(("March", "July", "October", "May", "January"))
    note(img, f"{rng.randrange(2, 30)} nights - {month}", (x + 180, y + 30), 0.45, GREY)
    stars = rng.randrange(4, 6)
    for k in range(5):
        star(img, (x + 10 + k * 26, y + 56), 10, GOLD if k < stars else off(s.bg, 40))
    note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 94), 0.5, s.fg)
    h = 110
    if rng.random() < 0.25:
        for k in range(rng.randrange(2, 4)):
            cut_photo(cast, rng, s, x + k * 176, y + h, 164, 120, 18.3, 40, rounded_rect(120, 164, 14), 0.75)
        h += 134
    cv2.line(img, (x, y + h + 4), (WIDTH - 30, y + h + 4), off(s.bg, 14), 1)
    return h + 14


def stop_row(cast: Cast, rng: random.Random, s: Screen, y: int, at: str) -> int:
    """A stop on a tour's day: the time ``at`` beside the day's spine and its dot, the sight's drawn
    picture, its name and the walk to it, who of the group joins this stop (a stack of 18-22 px,
    "+N") on 70 %, "optional" on the rest. Returns its height (132 px)."""
    img = s.img
    note(img, at, (30, y + 34), 0.5, GREY, 2)
    cv2.line(img, (130, y), (130, y + 132), off(s.bg, 40), 3)
    cv2.circle(img, (130, y + 28), 10, s.accent, -1, cv2.LINE_AA)
    blit(
        img,
        H11.render(rng, 140, 104, (landmark, train_platform, stamp_page)),
        160,
        y + 8,
        rounded_rect(104, 140, 14),
    )
    x = 320
    note(img, rng.choice(SIGHTS), (x, y + 36), 0.62, s.fg, 2)
    note(img, f"{rng.randrange(5, 40)} min walk - {rng.randrange(1, 3)} h", (x, y + 64), 0.45, GREY)
    if rng.random() < 0.7:
        end = stack(cast, s, rng, x, y + 78, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 9))
        note(img, "joining", (end + 10, y + 104), 0.45, GREY)
    else:
        tag(img, x, y + 82, "Optional", off(s.bg, 24), 30)
    return 132


def request_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A traveller's request to stay (a hospitality exchange): a card with the 28-44 px face
    (initials on some) under a flag, the name and age, the dates and the guests' count as chips,
    references with a tick, a line of the message; on 40 % who travels with them (a stack of 18-22
    px); accept and decline. Returns its height with the gap under it."""
    img = s.img
    card = off(s.bg, 8)
    h = rng.choice((206, 250))
    rounded_card(img, 20, y, WIDTH - 40, h, 20, card)
    fp, side = _size(rng, 28, rng.uniform(28.5, 44), (1.15, 1.3))
    if rng.random() < 0.2:
        H3.initials(img, rng, 40, y + 20, side, "circle", None)
    else:
        cast.avatar(s, 40, y + 20, fp, side, "circle")
    flag_badge(img, rng, (40 + side - 6, y + 20 + side - 6), 10, card)
    x = 70 + side
    note(img, f"{who(rng)}, {rng.randrange(19, 60)}", (x, y + 46), 0.62, s.fg, 2)
    day = rng.randrange(1, 25)
    tag(
        img,
        x,
        y + 60,
        f"{day}-{day + rng.randrange(1, 5)} {rng.choice(('Jun', 'Aug', 'Sep'))}",
        off(card, 20),
        30,
    )
    tag(img, x + 170, y + 60, f"{rng.randrange(1, 4)} guests", off(card, 20), 30)
    tick_badge(img, (x + 10, y + 118), 10, card)
    note(img, f"{rng.randrange(0, 80)} references", (x + 30, y + 124), 0.45, GREY)
    note(img, words(rng, rng.randrange(3, 6)).lower(), (40, y + 170), 0.5, s.fg)
    if h > 206 and rng.random() < 0.8:
        end = stack(cast, s, rng, 40, y + 186, rng.randrange(1, 4), 18.3, 22, card)
        note(img, "travelling together", (end + 10, y + 214), 0.45, GREY)
    pill(img, WIDTH - 200, y + 24, 150, 46, s.accent)
    note(img, "Accept", (WIDTH - 164, y + 56), 0.55, WHITE, 2)
    outlined(img, WIDTH - 200, y + 80, 150, 46, GREY, card)
    note(img, "Decline", (WIDTH - 166, y + 112), 0.55, GREY, 2)
    return h + 16


def expense_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An expense in a trip's shared costs: what it was (an emoji that is a thing in a disc), who
    paid (the 22-28 px face over the disc's lower right, initials on some), the amount, who it is
    split between (a stack of 18-22 px). Returns its height (104 px)."""
    img = s.img
    cv2.circle(img, (64, y + 46), 34, off(s.bg, 18), -1, cv2.LINE_AA)
    object_emoji(img, (64, y + 46), 18, rng.choice(OBJECTS))
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.25))
    if rng.random() < 0.2:
        H3.initials(img, rng, 84 - side // 3, y + 60 - side // 3, side, "circle", s.bg)
    else:
        cast.avatar(s, 84 - side // 3, y + 60 - side // 3, fp, side, "circle", s.bg)
    x = 150
    note(img, rng.choice(SPENDS), (x, y + 34), 0.6, s.fg, 2)
    note(img, f"paid by {who(rng)}", (x, y + 62), 0.45, GREY)
    note(img, f"{rng.randrange(8, 600)}.{rng.randrange(0, 100):02d}", (WIDTH - 190, y + 40), 0.65, s.fg, 2)
    stack(cast, s, rng, WIDTH - 330, y + 54, rng.randrange(1, 4), 18.3, 22, s.bg)
    return 104


def phrase_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A phrase in a phrasebook: the native speaker who recorded it (a 20-28 px face in a ring of
    the accent, initials on some), the phrase and its translation, a waveform of bars, a play
    button, a star when saved. Returns its height (106 px)."""
    img = s.img
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.15, 1.3))
    if rng.random() < 0.2:
        H3.initials(img, rng, 30, y + 18, side, "circle", None)
    else:
        ring_avatar(cast, s, 30, y + 18, fp, side, s.accent)
    english, there = rng.choice(PHRASES)
    x = 60 + side
    note(img, there, (x, y + 38), 0.62, s.fg, 2)
    note(img, english, (x, y + 66), 0.45, GREY)
    for k in range(rng.randrange(14, 26)):
        bh = rng.randrange(4, 26)
        cv2.rectangle(
            img, (x + k * 10, y + 90 - bh // 2), (x + k * 10 + 5, y + 90 + bh // 2), off(s.bg, 60), -1
        )
    play_button(img, (WIDTH - 70, y + 50), 26, s.accent, WHITE)
    if rng.random() < 0.3:
        star(img, (WIDTH - 140, y + 50), 12, GOLD)
    return 106


def vlog_comment(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment under a travel vlog: the 22-30 px face (initials on some), the name and how long
    ago, a pin chip with where the commenter has been, a line; on 15 % their own photo from there
    at the right (people with faces 18-32 px, cut by its edges, or a thing); likes. Returns its
    height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 10, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, f"{who(rng)}  {rng.randrange(1, 23)}h", (x, y + 30), 0.5, GREY)
    tag(img, x, y + 42, f"been to {rng.choice(CITIES)}", off(s.bg, 22), 28)
    note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 100), 0.5, s.fg)
    h = max(sd + 20, 116)
    if rng.random() < 0.15:
        cut_photo(cast, rng, s, WIDTH - 200, y + 8, 150, 110, 18.3, 32, rounded_rect(110, 150, 12), 0.8)
        h = max(h, 126)
    else:
        heart(img, (WIDTH - 60, y + 40), 10, RED if rng.random() < 0.3 else GREY)
        note(img, str(rng.randrange(0, 900)), (WIDTH - 74, y + 76), 0.42, GREY)
    return h + 8


def ring_row(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    y: int,
    cols: int,
    lo: float,
    hi: float,
    label: Callable[[], str],
) -> int:
    """A row of ``cols`` round faces (``lo``-``hi`` px, evenly spread) in rings of the accent, each
    with a ``label()`` under it. Returns its height."""
    step = (WIDTH - 60) // cols
    tallest = 0
    for c in range(cols):
        fp, side = _size(rng, lo, rng.uniform(lo + 0.5, hi), (1.15, 1.3))
        x = 30 + c * step + (step - side) // 2
        ring_avatar(cast, s, x, y + 8, fp, side, s.accent)
        note(s.img, label()[:9], (x, y + side + 44), 0.42, GREY)
        tallest = max(tallest, side)
    return tallest + 60


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def pass_wallet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wallet of a family's boarding passes: the wallet's title; three to five passes stacked
    (``pass_header``: each passenger's 22-34 px face in a rim at the pass's right); the front pass
    open (``front_pass``: the passenger's 48-110 px photo, the barcode, the booking's stack of 18-22
    px); friends on the same flight (round 22-30 px faces, cut by the right edge) down to the
    navigation bar."""
    s = new_screen(rng, name, cast.kind("wallet"), ("light", "dark", "tinted", "light"))
    img = s.img
    y = STATUS_H + 16
    heading(s, 30, y + 46, "Wallet", 1.1)
    note(img, f"Trip to {rng.choice(CITIES)}", (WIDTH - 300, y + 44), 0.6, s.accent, 2)
    y += 80
    colour = random_colour(rng, 40, 200)
    for _ in range(rng.randrange(3, 6)):
        y += pass_header(cast, rng, s, y, colour)
    y += front_pass(cast, rng, s, y, colour) + 20
    if y + 130 < H - NAV_H:
        note(img, f"Also on {rng.choice('ABDEKL')}{rng.randrange(100, 999)}", (30, y + 20), 0.55, GREY, 2)
        y += 36
        for x in across_edge(rng, 88, 48):
            fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.15, 1.3))
            cast.avatar(s, x, y, fp, side, "circle")
    H5.nav_bar(s)
    return s.finish()


def ride_pool(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pooled ride: the map with the route through its stops, each co-rider's face in a pin at
    their pickup (heldout41's ``face_pin``: 20-28 px), the car on the route, one's own pin; the
    sheet: the driver's card (a 56-120 px face in a rounded square, the car's plate), who rides
    (``rider_row``: 24-32 px by the stops' numbers), people who often share this route (a stack of
    18-22 px) down to the navigation bar."""
    s = new_screen(rng, name, cast.kind("pool"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    sheet = rng.randrange(STATUS_H + 700, STATUS_H + 820)
    map_area(s, rng, STATUS_H, sheet + 40)
    a = (rng.randrange(100, 300), rng.randrange(STATUS_H + 180, STATUS_H + 300))
    b = (rng.randrange(WIDTH - 300, WIDTH - 100), rng.randrange(sheet - 200, sheet - 60))
    pts = route_line(img, rng, a, b, s.accent)
    stops = rng.randrange(2, 5)
    for k in range(stops):
        p, q = pts[min(k + 1, len(pts) - 2)], pts[min(k + 2, len(pts) - 1)]
        c = ((p[0] * 2 + q[0]) // 3, (p[1] * 2 + q[1]) // 3 - 20 * k)
        H41.face_pin(cast, rng, s, c, 20, 28, WHITE)
    car_top(img, (a[0] + 40, a[1] + 50), 70, rng.uniform(0, 180), (40, 40, 40))
    badge(img, b, 22, s.accent, "", WHITE)
    rounded_card(img, 30, STATUS_H + 24, WIDTH - 60, 100, 24, WHITE)
    note(img, f"Pool - {stops} stops - {rng.randrange(10, 50)} min", (60, STATUS_H + 84), 0.7, INK, 2)
    H5.sheet(img, sheet, page)
    y = sheet + 50
    fp, side = _size(rng, 56, rng.uniform(56.5, 120), (1.15, 1.3))
    cast.avatar(s, 30, y, fp, side, "rounded")
    x = 60 + side
    note(img, f"{who(rng)} is driving", (x, y + 34), 0.65, s.fg, 2)
    star(img, (x + 10, y + 62), 10, GOLD)
    note(img, f"{rng.uniform(4.6, 5.0):.2f}", (x + 28, y + 70), 0.5, GREY)
    tag(img, x, y + 86, f"{rng.choice('ABCHKM')}{rng.randrange(10, 99)} {rng.choice(('KLT', 'RWD', 'ZPA'))}",
        off(page, 20), 32)  # fmt: skip
    y += max(side, 130) + 20
    y = section(s, y, "Riding with you", False)
    foot = H - NAV_H - 90
    k = 1
    while y + 100 < foot - 80:
        y += rider_row(cast, rng, s, y, k)
        k += 1
    end = stack(cast, s, rng, 30, foot - 70, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(0, 30))
    note(img, "often share this route", (end + 12, foot - 42), 0.5, GREY)
    H5.nav_bar(s)
    return s.finish()


def host_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A homestay's host page: the household in their lounge (``staged``: the front faces 40-120
    px, the back ones 24-34 px) under a gradient with the home's name; the host's 60-110 px face in
    a ring over its lower edge, a tick; the household (a stack of 20-26 px) and the languages
    spoken; guests' reviews (``guest_review``: 24-32 px under flags, photos with the hosts of
    18-40 px on 25 %) down to the request button."""
    s = new_screen(rng, name, cast.kind("homestay"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(380, 461)
    piece, faces = staged(cast, rng, HOMES, 2, (1, 3), WIDTH, ph, rng.uniform(24, 34), rng.uniform(40, 120))
    H11.paste_photo(cast, s, piece, faces, 0, top)
    stepped(s, (0, top + ph // 2, WIDTH, top + ph), 0.0, 0.7, 10)
    chevron(img, 40, top + 46, WHITE, back=True)
    note(img, f"Stay with the {who(rng)}s", (WIDTH // 3, top + ph - 40), 0.95, WHITE, 2)
    fp, side = _size(rng, 60, rng.uniform(60.5, 110), (1.15, 1.25))
    ring_avatar(cast, s, 40, top + ph - side // 2, fp, side, s.accent)
    tick_badge(img, (34 + side, top + ph + side // 2 - 12), 14, page)
    y = top + ph + side // 2 + 20
    note(img, f"Hosted {rng.randrange(3, 400)} guests - {rng.choice(CITIES)}", (40, y + 10), 0.55, s.fg, 2)
    y += 30
    end = stack(cast, s, rng, 40, y, rng.randrange(2, 5), 20, 26, page)
    note(img, "lives here", (end + 12, y + 30), 0.5, GREY)
    y += 60
    for k, lang in enumerate(rng.sample(("English", "Espanol", "Francais", "Deutsch", "Italiano"), 3)):
        tag(img, 40 + k * 200, y, lang, off(page, 18), 36)
    y += 56
    foot = H - NAV_H - 120
    rows_above(s, y, foot, f"Guests say ({rng.randrange(8, 300)})", lambda t: guest_review(cast, rng, s, t))
    return finish_with_button(s, foot, "Request to stay")


def tour_itinerary(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tour group's itinerary: the tour's name and days; the guide's card (a 64-130 px face in a
    ring, a tick, a message button); the group (two rows of round 24-36 px faces in rings, names
    under them); the day's chips; the stops (``stop_row``: the drawn sight, stacks of 18-22 px)
    down to the tab bar."""
    s = new_screen(rng, name, cast.kind("tour"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 46, f"{rng.choice(CITIES)} in {rng.randrange(3, 9)} days", 1.0)
    note(img, f"Group of {rng.randrange(8, 24)}", (30, y + 84), 0.5, GREY)
    y += 110
    card = off(page, 10)
    fp, side = _size(rng, 64, rng.uniform(64.5, 130), (1.15, 1.25))
    rounded_card(img, 20, y, WIDTH - 40, side + 60, 22, card)
    ring_avatar(cast, s, 50, y + 30, fp, side, GOLD)
    tick_badge(img, (46 + side, y + 26 + side), 14, card)
    note(img, f"{who(rng)}, your guide", (90 + side, y + 30 + side // 2), 0.7, s.fg, 2)
    about = f"{rng.randrange(2, 20)} yrs - speaks {rng.randrange(2, 5)} languages"
    note(img, about, (90 + side, y + 64 + side // 2), 0.45, GREY)
    y += side + 80
    y = section(s, y, "Your group", True)
    for _ in range(2):
        y += ring_row(cast, rng, s, y, rng.choice((5, 6)), 24, 36, lambda: who(rng))
    chips(img, rng, 30, y, 4, 46, (120, 180), off(page, 16), s.fg)
    y += 70
    times = iter(f"{h:02d}:{m:02d}" for h, m in zip(range(8, 20, 2), (0, 30, 15, 45, 0, 30), strict=True))
    return rows_to_tab_bar(s, rng, y, 140, lambda t: stop_row(cast, rng, s, t, next(times, "Later")))


def passport_page(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A passport's data page read at an e-gate: a tinted card with guilloche waves (``stamp_page``'s
    paper), the printed photo (heldout11's ``portrait``: the face 50-100 px) at its left, the
    ghost image (a portrait of 24-36 px, grey and pale) by it, the fields as bars, the
    machine-readable zone's two lines along its foot, a chip's tick."""
    page = stamp_page(rng, w, h)
    blit(s.img, page, x, y, rounded_rect(h, w, 20))
    fp = small(rng, 50, 100)
    pw, phh = round(fp * 1.6), round(fp * 2.1)
    piece, faces = H11.portrait(cast, pw, phh, fp)
    H11.paste_photo(cast, s, piece, faces, x + 30, y + 30)
    gp = rng.uniform(24, 36)
    gw, gh = round(gp * 1.6), round(gp * 2.1)
    gx, gy = x + 50 + pw, y + 30 + phh - gh
    piece, faces = H11.portrait(cast, gw, gh, gp)
    H11.paste_photo(cast, s, piece, faces, gx, gy)
    H10.redrawn(s, (gx, gy, gx + gw, gy + gh), faded((235, 235, 235)))
    fx = gx + gw + 30
    for k in range(5):
        cv2.rectangle(s.img, (fx, y + 40 + k * 40), (fx + 80, y + 48 + k * 40), GREY, -1)
        cv2.rectangle(s.img, (fx, y + 56 + k * 40), (fx + rng.randrange(120, 260), y + 66 + k * 40), INK, -1)
    for k in range(2):
        line = "P<" + "".join(rng.choice("ABCDEFGHKLMNOPRSTUZ<<<<0123456789") for _ in range(36))
        note(s.img, line[: (w - 60) // 25], (x + 30, y + h - 70 + k * 36), 0.75, INK, 2)
    badge(s.img, (x + w - 50, y + 50), 20, GREEN, "check", WHITE)


def egate_check(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-gate's passport check (mostly dark): the gate's camera over the hall (a softened
    departures board or baggage carousel) with the traveller's face (heldout11's ``figure``:
    120-300 px round the frame's middle) between corner brackets, the instruction above it; the
    passport's data page (``passport_page``: the photo 50-100 px, the ghost 24-36 px); the match's
    bar; the family on the booking (rounded squares, 28-52 px, ticks or "waiting") down to the
    button."""
    s = new_screen(rng, name, cast.kind("egate"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H + 90
    ask = rng.choice(("Look at the camera", "Remove glasses and hat", "Stand on the feet"))
    note(img, ask, (30, top - 30), 0.8, s.fg, 2)
    vh = rng.randrange(620, 721)
    rect = (30, top, WIDTH - 30, top + vh)
    blit(img, H15.blurred(H11.render(rng, WIDTH - 60, vh, HALLS), rng.uniform(2, 5)), 30, top)
    fp = rng.uniform(120, 300)
    H11.figure(cast, s, WIDTH / 2 + rng.uniform(-60, 60), top + vh * rng.uniform(0.38, 0.45), fp, rect, True)
    rounded_corners(s, rect, 30)
    for cx, cy, dx, dy in ((80, top + 50, 1, 1), (WIDTH - 80, top + 50, -1, 1), (80, top + vh - 50, 1, -1),
                           (WIDTH - 80, top + vh - 50, -1, -1)):  # fmt: skip
        cv2.line(img, (cx, cy), (cx + dx * 60, cy), s.accent, 6)
        cv2.line(img, (cx, cy), (cx, cy + dy * 60), s.accent, 6)
    y = top + vh + 30
    ph = rng.randrange(380, 431)
    passport_page(cast, rng, s, 30, y, WIDTH - 60, ph)
    y += ph + 24
    match = rng.uniform(0.7, 0.99)
    note(img, f"Match {round(match * 100)} %", (30, y + 24), 0.65, s.fg, 2)
    progress(img, 250, y + 12, WIDTH - 290, match, GREEN, off(page, 30), 12)
    y += 60
    foot = H - NAV_H - 120
    if y + 100 < foot:
        note(img, "On this booking", (30, y + 24), 0.55, GREY, 2)
        y += 40
        for k in range(rng.randrange(2, 6)):
            fp2, side = _size(rng, 28, rng.uniform(28.5, 52), (1.15, 1.3))
            x = 30 + k * 150
            cast.avatar(s, x, y, fp2, side, "rounded")
            if rng.random() < 0.6:
                badge(img, (x + side - 4, y + side - 4), 12, GREEN, "check", page)
            else:
                note(img, "waiting", (x, y + side + 24), 0.42, GREY)
    return finish_with_button(s, foot, "Walk through")


def driver_rating(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Rating a bus driver after a ride: the route's strip (the line's badge, the stops got on and
    off at); the driver (a 64-140 px face in a rounded square, the route's number over its corner);
    stars and compliment chips; drivers on the route (round 28-44 px faces in rings, cut by the
    right edge); other riders' notes (``vlog_comment``: 22-30 px) down to the submit button."""
    s = new_screen(rng, name, cast.kind("bus"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    route = str(rng.randrange(1, 400))
    badge(img, (60, y + 36), 30, s.accent, route, page)
    note(img, f"to {rng.choice(CITIES)} Central", (110, y + 46), 0.7, s.fg, 2)
    y += 90
    cv2.line(img, (60, y + 20), (WIDTH - 60, y + 20), s.accent, 6)
    for k in range(7):
        cv2.circle(
            img, (60 + k * (WIDTH - 120) // 6, y + 20), 10 if k in (1, 5) else 6, s.fg, -1, cv2.LINE_AA
        )
    y += 60
    fp, side = _size(rng, 64, rng.uniform(64.5, 140), (1.15, 1.25))
    x = (WIDTH - side) // 2
    cast.avatar(s, x, y, fp, side, "rounded")
    badge(img, (x + side - 8, y + side - 8), 22, s.accent, route[:2], page)
    y += side + 20
    line = f"How was your ride with {who(rng)}?"
    (tw, _th), _ = cv2.getTextSize(line, cv2.FONT_HERSHEY_SIMPLEX, 0.75, 2)
    note(img, line, ((WIDTH - tw) // 2, y + 30), 0.75, s.fg, 2)
    y += 50
    lit = rng.randrange(3, 6)
    for k in range(5):
        star(img, (WIDTH // 2 - 200 + k * 100, y + 40), 32, GOLD if k < lit else off(page, 40))
    y += 100
    chips(img, rng, 30, y, 4, 50, (150, 230), off(page, 16), s.fg)
    y += 80
    y = section(s, y, f"Drivers on route {route}", False)
    for x in across_edge(rng, 130, 64):
        fp2, side2 = _size(rng, 28, small(rng, 28.5, 44), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp2, side2, s.accent)
    y += 110
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Riders said", lambda t: vlog_comment(cast, rng, s, t))
    return finish_with_button(s, foot, "Send rating")


def travel_vlog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A travel vlog's frame (mostly dark): the vlogger filming themself (``selfie_frame``: the face
    160-460 px, on half across the screen's left or right edge with 55-95 % of its width showing)
    at a sight, a platform or a beach, a scrim over the top with the place's pin, the progress bar;
    the title, the channel's 26-34 px face; who is watching (a stack of 18-22 px); comments
    (``vlog_comment``: 22-30 px, photos of 18-32 px on 15 %) down to the question field, one's own
    22-26 px face and the send button."""
    s = new_screen(rng, name, cast.kind("vlog"), ("dark", "dark", "light", "tinted"))
    img = s.img
    top = STATUS_H
    vh = rng.randrange(820, 961)
    share = rng.uniform(0.55, 0.95) if rng.random() < 0.5 else 1.0
    selfie_frame(cast, rng, s, (0, top, WIDTH, top + vh), rng.uniform(160, 460), share)
    H5.scrim(s, (0, top, WIDTH, top + 90), 0.5)
    chevron(img, 40, top + 46, WHITE, back=True)
    tag(img, WIDTH - 280, top + 24, rng.choice(CITIES), s.accent, 40)
    progress(img, 0, top + vh - 10, WIDTH, rng.random(), (60, 60, 230), (120, 120, 120), 8)
    y = top + vh + 20
    heading(s, 30, y + 40, f"{rng.randrange(24, 72)} hours in {rng.choice(CITIES)}", 0.9)
    y += 60
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.1, 1.25), "circle")
    note(img, f"{who(rng)} travels - {rng.randrange(2, 900)}k", (46 + sd, y + sd // 2 + 8), 0.5, s.fg)
    pill(img, WIDTH - 200, y, 170, 50, (60, 60, 230))
    note(img, "Subscribe", (WIDTH - 178, y + 34), 0.55, WHITE, 2)
    y += max(sd, 50) + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(5, 900))
    note(img, "watching now", (end + 12, y + 28), 0.5, GREY)
    y += 60
    foot = H - NAV_H - 110
    rows_above(
        s, y, foot - 20, f"Comments ({rng.randrange(8, 900)})", lambda t: vlog_comment(cast, rng, s, t)
    )
    band = off(s.bg, 8)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), band, -1)
    cv2.line(img, (0, foot), (WIDTH, foot), off(s.bg, 30), 2)
    pill(img, 30, foot + 22, WIDTH - 200, 62, s.bg)
    note(img, f"Ask {who(rng)} about {rng.choice(CITIES)}...", (60, foot + 62), 0.55, GREY)
    face_avatar(cast, s, rng, WIDTH - 150, foot + 26, 22, 26, (1.15, 1.3), "circle")
    badge(img, (WIDTH - 60, foot + 53), 26, s.accent, ">", band)
    H5.nav_bar(s)
    return s.finish()


def surf_requests(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hospitality exchange's requests: the title and tabs; travellers nearby (round 24-36 px
    faces, cut by the right edge); requests (``request_card``: 28-44 px under flags, stacks of
    18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("requests"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 16
    heading(s, 30, y + 46, "Requests", 1.1)
    face_avatar(cast, s, rng, WIDTH - 80, y + 8, 22, 28, (1.15, 1.3), "circle")
    y += 80
    for k, label in enumerate(("Pending", "Accepted", "Past")):
        note(img, label, (40 + k * 220, y + 30), 0.6, s.accent if k == 0 else GREY, 2)
    cv2.line(img, (30, y + 44), (190, y + 44), s.accent, 4)
    y += 70
    note(img, f"Travellers in {rng.choice(CITIES)} now", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 80, 48):
        fp, side = _size(rng, 24, small(rng, 24.5, 36), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
    y += 80
    return rows_to_tab_bar(s, rng, y, 230, lambda t: request_card(cast, rng, s, t))


def trip_split(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A trip's shared costs: the trip's photo (``staged`` at a sight or a beach: front faces
    40-130 px, the back ones down to 10 px, drawn and not counted) under a gradient with the trip's
    name and total; the members (round 30-64 px faces in rings of their balance: green when owed,
    red when owing); the expenses (``expense_row``: payers 22-28 px, stacks of 18-22 px) down to
    the tab bar."""
    s = new_screen(rng, name, cast.kind("split"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(340, 421)
    piece, faces = staged(
        cast, rng, OUTINGS, rng.randrange(2, 4), (1, 3), WIDTH, ph, rng.uniform(10, 14), rng.uniform(40, 130)
    )
    H11.paste_photo(cast, s, piece, faces, 0, top)
    stepped(s, (0, top + ph // 2, WIDTH, top + ph), 0.0, 0.7, 10)
    note(img, f"{rng.choice(CITIES)} trip", (30, top + ph - 70), 1.1, WHITE, 3)
    note(
        img,
        f"Total {rng.randrange(400, 9000)} - {rng.randrange(3, 12)} days",
        (30, top + ph - 26),
        0.6,
        WHITE,
    )
    y = top + ph + 20
    n = rng.randrange(3, 6)
    step, tallest = (WIDTH - 60) // n, 0
    for k in range(n):
        fp, side = _size(rng, 30, small(rng, 30.5, 64), (1.15, 1.3))
        x = 30 + k * step + (step - side) // 2
        owed = rng.random() < 0.5
        c = (x + side // 2, y + 10 + side // 2)
        ring_progress(img, c, side // 2 + 8, rng.uniform(0.1, 1.0), GREEN if owed else RED, off(page, 24), 5)
        cast.avatar(s, x, y + 10, fp, side, "circle")
        note(img, f"{'+' if owed else '-'}{rng.randrange(5, 400)}", (x + 4, y + side + 50), 0.5,
             GREEN if owed else RED, 2)  # fmt: skip
        tallest = max(tallest, side)
    y += tallest + 70
    pill(img, 30, y, 300, 56, s.accent)
    note(img, "Settle up", (90, y + 38), 0.65, WHITE, 2)
    y += 76
    y = section(s, y, "Expenses", False)
    return rows_to_tab_bar(s, rng, y, 110, lambda t: expense_row(cast, rng, s, t))


def phrase_tutor(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A phrasebook's video tutor: the tutor's clip in a rounded card (heldout11's ``figure`` before
    a softened platform, sight or beach: the face 90-260 px round the frame's middle) with the
    phrase in a caption band along its foot; the record button and one's 22-26 px face; learners
    practising this lesson (a stack of 18-22 px); phrases (``phrase_row``: the native speakers'
    20-28 px faces) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("phrasebook"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(
        s, 30, y + 46, rng.choice(("At the station", "At the hotel", "Asking the way", "Eating out")), 1.0
    )
    face_avatar(cast, s, rng, WIDTH - 80, y + 8, 22, 26, (1.15, 1.3), "circle")
    y += 80
    vh = rng.randrange(520, 621)
    rect = (30, y, WIDTH - 30, y + vh)
    blit(img, H15.blurred(H11.render(rng, WIDTH - 60, vh, OUTINGS), rng.uniform(2, 5)), 30, y)
    cx, cy = WIDTH / 2 + rng.uniform(-150, 150), y + vh * rng.uniform(0.3, 0.38)
    H11.figure(cast, s, cx, cy, rng.uniform(90, 260), rect, True)
    cv2.rectangle(img, (30, y + vh - 90), (WIDTH - 31, y + vh), (25, 25, 25), -1)
    note(img, rng.choice(PHRASES)[1], (60, y + vh - 36), 0.85, WHITE, 2)
    rounded_corners(s, rect, 26)
    y += vh + 24
    cv2.circle(img, (WIDTH // 2, y + 50), 46, RED, -1, cv2.LINE_AA)
    cv2.rectangle(img, (WIDTH // 2 - 10, y + 28), (WIDTH // 2 + 10, y + 64), WHITE, -1)
    end = stack(cast, s, rng, 30, y + 26, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(3, 99))
    note(img, "practising", (end + 10, y + 80), 0.45, GREY)
    y += 120
    y = section(s, y, "Phrases", False)
    return rows_to_tab_bar(s, rng, y, 110, lambda t: phrase_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    travel_vlog,
    phrase_tutor,
    pass_wallet,
    ride_pool,
    host_profile,
    tour_itinerary,
    egate_check,
    driver_rating,
    surf_requests,
    trip_split,
)
# with people: each twice a round but two (a vlog of one large face and a few small ones, and a
# phrasebook's tutor of one large face and the speakers' rows)
ONCE = (travel_vlog, phrase_tutor)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a tour's stops, requests' cards, a
# trip's rings and expenses)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, tour_itinerary, surf_requests, trip_split)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT42_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h42", photos, free, seed, reps)
