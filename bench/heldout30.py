"""Held-out screens, thirtieth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-nine (heldout.py to heldout29.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a car from
the side, a road through a windscreen, a charging bay, a car park from above; nothing with eyes, a
mouth or a mask, and no car from the front, whose lamps over a grille can read as a face); every
random choice from ``HELDOUT30_SEED``. Faces are pasted through heldout2's ``Screen``, which settles
each one on the finished screen (pixels drawn over a face later are not the face's; a face with
under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout26's to heldout22's, its screens marked h30-; on face-free screens pets, objects,
textures, initials and this set's drawn things), which counts a face cut by an edge once half of
its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in car, ride and delivery apps, and what those apps' cameras and photos do
to faces: an in-car camera's cabin view through a wide lens (heldout12's ``fisheye``), by night in
infra-red grey with grain, its time and speed burnt in over whoever they fall on, the front seats
hiding the sides of the people behind; people photographed by a car holding a giant key or a
certificate at the chest or up to the chin; a parcel held up under the recipient's chin in a
courier's doorstep photo. Near repeats avoided (see their docstrings): heldout3's ride on a map and
heldout23's rider-side ride and food-delivery tracker (here the driver's side: a trip request whose
rider sits inside the countdown's ring over a map of busy zones, the day's riders and their notes;
and a carpool's seats from above with each rider's face in their seat and riders boarding along the
route's spine); heldout23's courier card (here a parcel's proof-of-delivery photo, neighbours who
take parcels, handlers on the scan history); heldout11's second-hand marketplace and heldout23's
product page (here a used car's listing with the seller by the car, a dealer's wall of handover
photos and its team); heldout27's home cameras (here a dashcam's two views and its events); heldout29's
walk tracker and face pins (no face pins here: a family's drivers in rings of their driving scores,
trips' route maps with the driver's face over their corner). Ten layouts:
- a ride-hailing app from the driver's side (``driver_console``): one's 26-34 px face; busy zones
  (``hex_heat``); on 75 % a trip request (the rider, 40-80 px, inside the countdown's ring,
  ``arc_ring``); today's trips (20-28 px, initials on some); thank-you notes (20-24 px);
- a dashcam's app (``cabin_cam``): the road ahead (drawn) and the cabin (``cabin_view``: the driver,
  50-200 px, near an edge, passengers behind, in infra-red grey on 60 %) under burnt-in overlays
  (``hud``); who drove (18-24 px); events (cabin thumbnails, 14-44 px, under 18 px not counted;
  riders 20-24 px);
- a used car's listing (``car_listing``): the hero (a car, or on 35 % the seller by it, ``with_car``:
  40-150 px); the seller (44-72 px) or a dealer's salesperson (30-48 px); who viewed it (18-22 px);
  questions (20-28 px, answers 18-24 px); similar cars (sellers' 20-26 px faces over some);
- a car dealer's page (``dealer_page``): buyers this month (18-24 px); handover photos
  (``with_car``: one to four buyers, 18-80 px, a giant key); the team (36-52 px); reviews (20-28 px);
- a commute carpool (``carpool_seats``): the driver (48-80 px); the seats from above (``seat_map``:
  28-44 px); riders boarding along the route (22-32 px); the chat (20-26 px); regulars (18-24 px);
- a parcel's tracking (``parcel_tracker``): on 55 % the proof photo (``doorstep``: 50-170 px, the
  parcel up to the chin on a third), else a map strip; the driver (32-48 px, a van badge);
  neighbours (24-32 px); handlers on the history (18-24 px);
- an EV charging station (``ev_charging``): the bay (drawn); one's session's ring; a home charger's
  host (44-80 px, a bolt badge) on half; who is charging now (18-22 px); check-ins (22-30 px, photos
  of drivers by the charger, 18-60 px, on some);
- a driving school (``driving_school``): the instructor cut out by the car (``instructor_card``:
  60-170 px); the next lesson (24-32 px); learners who passed (``with_car``: one to three holding
  the certificate, 20-80 px); this week's learners (18-24 px); notes (20-26 px);
- a family's driving report (``family_drive``): the family in score rings (36-56 px); on 30 % the
  crash-detection card (28-40 px); trips (the driver's 20-26 px face over the route's map, who rode
  along, 18-22 px);
- a car club's feed (``car_club``): last meet's crowd (14-60 px, under 18 px not counted) or a car
  park; the meet's "going" (18-24 px); garages (owners' 22-30 px faces over round car photos, cut by
  the right edge); posts (24-32 px; a member by the car, 24-90 px, a dashcam clip or a car; likes,
  18-20 px).
Light, dark and tinted themes (the driver's app, the dashcam and the charging station mostly dark);
JPEG quality 30-60. Burnt-in overlays, tags, badges, discs, number plates, keys, certificates and
parcels take the pixels they cover; a face under them counts while half of its box shows; the
countdown's and the scores' rings are drawn before the faces they ring; the infra-red grey, its
grain and the wide lens leave the faces under them counted; initials, logos, "+N" discs, cars, bolts,
busy zones and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes
that size; see heldout5).

At the default 4 reps: 72 screens with 802 faces (542 under 32 px, 198 of 32-63, 52 of 64-127, 10
larger; 633 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, seats and photos,
round things where a driver, a buyer, a learner or an instructor would stand); ``reps=1`` a quarter
(18 screens with 188 faces: 138, 36, 11 and 3 by size, 157 under 40 px; 13 face-free). Every layout
but the dashcam and the parcel (7.25 and 5.75 faces a screen on average at 4 reps, among the three
fewest) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and 128 px or
more):
    driver_console     8 screens    73 faces:  64,  4,  5,  0
    cabin_cam          4 screens    29 faces:  11,  8,  5,  5
    car_listing        8 screens    54 faces:  47,  7,  0,  0
    dealer_page        8 screens   134 faces:  53, 74,  7,  0
    carpool_seats      8 screens    92 faces:  57, 27,  8,  0
    parcel_tracker     4 screens    23 faces:  18,  2,  3,  0
    ev_charging        8 screens    72 faces:  52, 14,  6,  0
    driving_school     8 screens   102 faces:  52, 36, 12,  2
    family_drive       8 screens   110 faces:  91, 19,  0,  0
    car_club           8 screens   113 faces:  97,  7,  6,  3
Counted by running the generator alone (as ``faces_bench.py --only heldout30 --count-only`` does;
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
import heldout8 as H8
import heldout11 as H11
import heldout12 as H12
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small, stars
from heldout6 import off
from heldout11 import INK, figure, offscreen, paste_photo, snapshot
from heldout19 import chevron, heading, street_map
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, play_button, progress, tab_bar, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, car_top, map_pin, new_screen, route_line, star, tag
from heldout24 import RED, section
from heldout25 import who

HELDOUT30_SEED = 30303
AMBER: Colour = (20, 170, 250)  # a surge zone's, a hard brake's amber (BGR)
TEAL: Colour = (160, 170, 30)  # a charging network's teal
PLATE_YELLOW: Colour = (60, 200, 250)
CAR_PAINTS: tuple[Colour, ...] = (
    (40, 40, 40),
    (235, 235, 235),
    (190, 190, 195),
    (60, 60, 200),
    (150, 100, 40),
    (40, 90, 40),
    (30, 140, 230),
)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks). Cars
# are drawn from the side or from above only: a car's front (two lamps over a grille) can read as
# a face.
# ----------------------------------------------------------------------------------------------


def side_car(img: np.ndarray, x0: int, base: int, length: int, colour: Colour, right: bool = True) -> None:
    """A car from the side standing on ``base`` from ``x0`` (``length`` px long, facing right or
    left): the body, the glasshouse split by its pillars, door lines, a handle, the lamps as slivers
    at its ends, two wheels with rims, its shadow."""
    L = length
    r = max(3, round(L * 0.085))
    bottom = base - round(r * 0.55)
    belt = base - r - round(L * 0.13)
    roof = belt - round(L * 0.12)

    def X(f: float) -> int:
        return x0 + round(L * (f if right else 1 - f))

    cv2.ellipse(img, (X(0.5), base), (L // 2, max(2, r // 3)), 0, 0, 360, (30, 30, 30), -1, cv2.LINE_AA)
    body = np.array(
        [
            (X(0.0), bottom),
            (X(0.0), belt + L // 50),
            (X(0.06), belt),
            (X(0.22), belt),
            (X(0.33), roof),
            (X(0.6), roof),
            (X(0.74), belt),
            (X(0.96), belt + L // 40),
            (X(1.0), belt + L // 18),
            (X(1.0), bottom),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [body], colour, cv2.LINE_AA)
    glass = np.array(
        [(X(0.25), belt - 2), (X(0.34), roof + 5), (X(0.59), roof + 5), (X(0.71), belt - 2)], np.int32
    )
    cv2.fillPoly(img, [glass], (70, 60, 55), cv2.LINE_AA)
    cv2.line(img, (X(0.47), roof + 3), (X(0.47), belt), colour, max(2, L // 60))
    shade = tone(colour, -45)
    for f in (0.3, 0.47, 0.7):
        cv2.line(img, (X(f), belt + 2), (X(f), bottom - r // 2), shade, max(1, L // 200))
    cv2.rectangle(img, (X(0.52), belt + L // 30), (X(0.52) + L // 30, belt + L // 30 + 3), shade, -1)
    cv2.rectangle(img, (X(0.0), belt + L // 40), (X(0.02), belt + L // 18), (40, 40, 200), -1)
    cv2.rectangle(img, (X(0.99), belt + L // 30), (X(0.975), belt + L // 18), (170, 230, 250), -1)
    for f in (0.18, 0.8):
        c = (X(f), base - r)
        cv2.circle(img, c, round(r * 1.18), tone(colour, -70), -1, cv2.LINE_AA)
        cv2.circle(img, c, r, (28, 28, 28), -1, cv2.LINE_AA)
        cv2.circle(img, c, max(2, round(r * 0.58)), (175, 175, 180), -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 5), (90, 90, 90), -1, cv2.LINE_AA)


def car_profile(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A listing's car photo: a car from the side in a showroom or by a wall on a street, the floor
    under it, a reflection line on some."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((235, 235, 235), (200, 205, 210), (120, 110, 100), (70, 66, 62), (190, 160, 120)))
    horizon = round(h * rng.uniform(0.5, 0.66))
    gradient(img, (0, 0, w, horizon), tone(wall, 15), wall)
    floor = tone(wall, -45)
    gradient(img, (0, horizon, w, h), floor, tone(floor, -30))
    if rng.random() < 0.5:  # showroom lights or a street's kerb line
        for k in range(rng.randrange(2, 6)):
            x = round(w * (k + 0.5) / 5)
            cv2.ellipse(img, (x, max(2, h // 14)), (max(3, w // 22), max(2, h // 60)), 0, 0, 360, WHITE, -1)
    else:
        cv2.line(img, (0, horizon), (w, horizon), tone(wall, -70), max(1, h // 60))
    length = round(min(w * rng.uniform(0.7, 0.88), h * 2.2))
    side_car(
        img,
        (w - length) // 2,
        round(h * rng.uniform(0.8, 0.9)),
        length,
        rng.choice(CAR_PAINTS),
        rng.random() < 0.5,
    )
    return img


def road_ahead(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A road through a windscreen (a dashcam's front camera): sky over the horizon, the lane's
    dashes meeting at the vanishing point, posts and trees along the verges, the bonnet's edge and
    the dashboard's dark band at the foot; by night street lamps and tail lights as dots."""
    img = np.zeros((h, w, 3), np.uint8)
    night = rng.random() < 0.45
    hz = round(h * rng.uniform(0.38, 0.5))
    vx = round(w * rng.uniform(0.4, 0.6))
    if night:
        gradient(img, (0, 0, w, hz), (40, 25, 20), (70, 55, 50))
        ground, road, line = (35, 40, 35), (45, 45, 48), (150, 170, 180)
    else:
        gradient(img, (0, 0, w, hz), (235, 190, 130), (240, 225, 205))
        ground, road, line = (80, 130, 100), (110, 110, 115), (240, 240, 240)
    img[hz:] = ground
    poly = np.array([[vx - 2, hz], [vx + 2, hz], [round(w * 1.15), h], [round(-w * 0.15), h]], np.int32)
    cv2.fillPoly(img, [poly], road, cv2.LINE_AA)
    for k in range(8):  # the lane's dashes, longer nearer
        t1, t2 = (k / 8) ** 2, ((k + 0.5) / 8) ** 2
        for side in (-0.22, 0.22):
            a = (round(vx + side * w * t1 * 1.6), round(hz + (h - hz) * t1))
            b = (round(vx + side * w * t2 * 1.6), round(hz + (h - hz) * t2))
            cv2.line(img, a, b, line, max(1, round(w / 120 * (t1 + 0.2))), cv2.LINE_AA)
    for _ in range(rng.randrange(3, 8)):  # posts or trees on the verges
        t = rng.uniform(0.05, 0.9)
        side = rng.choice((-1, 1))
        x = round(vx + side * w * (0.35 + 1.4 * t))
        y = round(hz + (h - hz) * t)
        tall = max(2, round(h * 0.5 * t + 3))
        if night:
            cv2.line(img, (x, y), (x, y - tall), (60, 60, 60), max(1, tall // 30))
            cv2.circle(img, (x, y - tall), max(1, tall // 18), (140, 220, 250), -1, cv2.LINE_AA)
        else:
            cv2.line(img, (x, y), (x, y - tall // 2), (40, 60, 80), max(1, tall // 25))
            cv2.circle(img, (x, y - tall * 2 // 3), max(2, tall // 5), (50, 110, 60), -1, cv2.LINE_AA)
    for _ in range(rng.randrange(0, 3)):  # cars ahead, seen as tail lights (by day a dark block)
        t = rng.uniform(0.05, 0.35)
        x, y = round(vx + rng.uniform(-0.1, 0.1) * w * t * 3), round(hz + (h - hz) * t)
        half = max(2, round(w * 0.12 * t + 2))
        if night:
            for d in (-1, 1):
                cv2.circle(img, (x + d * half, y), max(1, half // 4), (40, 40, 230), -1, cv2.LINE_AA)
        else:
            cv2.rectangle(img, (x - half, y - half), (x + half, y), (50, 50, 55), -1)
    dash = round(h * rng.uniform(0.82, 0.9))
    cv2.ellipse(img, (w // 2, dash + h // 6), (round(w * 0.8), h // 5), 0, 180, 360, (25, 25, 28), -1)
    img[dash + h // 12 :] = (22, 22, 25)
    if rng.random() < 0.6:  # the mirror's back from the front camera's side: a dark bar
        cv2.rectangle(img, (w // 2 - w // 8, 0), (w // 2 + w // 8, max(3, h // 14)), (30, 30, 32), -1)
    return img


def bolt(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A lightning bolt (a charger's, a fast-charge chip's glyph)."""
    x, y = c
    pts = np.array(
        [
            [x + r // 4, y - r],
            [x - r // 2, y + r // 8],
            [x - r // 12, y + r // 8],
            [x - r // 4, y + r],
            [x + r // 2, y - r // 8],
            [x + r // 12, y - r // 8],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)


def ev_charger(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A charging bay: a canopy or a wall, the charger's pillar with its lit screen (a bolt and a
    level bar), the holstered connector and its cable coiled down to the painted bay."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((210, 210, 205), (90, 85, 80), (180, 200, 215)))
    gradient(img, (0, 0, w, h), tone(wall, 20), tone(wall, -30))
    ground = round(h * 0.78)
    img[ground:] = (95, 95, 100)
    cv2.line(img, (0, ground + (h - ground) // 2), (w, ground + (h - ground) // 2), WHITE, max(1, h // 80))
    if rng.random() < 0.5:
        cv2.rectangle(img, (0, 0), (w, max(3, h // 10)), rng.choice((TEAL, GREEN, (200, 120, 30))), -1)
    n = 1 if w < h * 1.2 else rng.randrange(1, 3)
    for k in range(n):
        pw, ph = max(6, round(min(w / (n * 3.4), h * 0.2))), round(h * 0.62)
        px, py = round(w * (k + 0.5) / n) - pw, ground - ph
        body = rng.choice(((240, 240, 240), (60, 60, 64), TEAL))
        fill_in(img, rounded_rect(ph, pw, max(2, pw // 5)), px, py, body)
        sx1, sy1 = px + pw // 6, py + ph // 10
        sx2, sy2 = px + pw - pw // 6, py + ph // 10 + round(pw * 0.9)
        cv2.rectangle(img, (sx1, sy1), (sx2, sy2), (30, 30, 30), -1)
        bolt(img, ((sx1 + sx2) // 2, (sy1 + sy2) // 2 - (sy2 - sy1) // 8), max(2, (sy2 - sy1) // 4), GREEN)
        bar = max(2, (sy2 - sy1) // 8)
        cv2.rectangle(img, (sx1 + 2, sy2 - 2 * bar), (sx1 + (sx2 - sx1) * 2 // 3, sy2 - bar), GREEN, -1)
        hy = py + ph // 2
        cv2.rectangle(img, (px + pw, hy), (px + pw + max(3, pw // 4), hy + max(4, pw // 2)), (40, 40, 40), -1)
        cable = np.array(  # from the holster down to the ground and back to the pillar's foot
            [
                [px + pw + pw // 8, hy + pw // 2],
                [px + pw + pw * 2 // 3, hy + ph // 4],
                [px + pw + pw // 2, ground - 4],
                [px + pw + 2, ground - 6],
            ],
            np.int32,
        )
        cv2.polylines(img, [cable], False, (25, 25, 25), max(2, pw // 10), cv2.LINE_AA)
    return img


def parking_lot(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A car park from above: asphalt, rows of bays in white lines, cars from above in most bays, a
    painted "P" and arrows along the aisle."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((90, 90, 94), (70, 72, 75), (120, 118, 115)))
    bay = max(10, round(min(w, h) / rng.uniform(4, 7)))
    deep = round(bay * 2.1)
    y = round(bay * 0.3)
    while y + deep <= h:
        for x in range(0, w + 1, bay):
            cv2.line(img, (x, y), (x, y + deep), WHITE, max(1, bay // 18))
            if rng.random() < 0.65 and x + bay <= w:
                car_top(img, (x + bay / 2, y + deep / 2), round(deep * 0.8), 90, rng.choice(CAR_PAINTS))
        y += deep + round(bay * 1.6)
        aisle = y - round(bay * 0.8)
        if aisle < h:
            for x in range(bay, w, bay * 3):
                tip = np.array(
                    [[x + bay // 2, aisle], [x, aisle - bay // 4], [x, aisle + bay // 4]], np.int32
                )
                cv2.line(img, (x - bay, aisle), (x, aisle), WHITE, max(1, bay // 10))
                cv2.fillPoly(img, [tip], WHITE, cv2.LINE_AA)
    if rng.random() < 0.6:
        cv2.putText(
            img, "P", (w // 10, h - h // 10), FONT, max(0.4, min(w, h) / 150), WHITE, max(1, min(w, h) // 60)
        )
    return img


RENDERS: tuple[H11.Render, ...] = (car_profile, road_ahead, ev_charger, parking_lot)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (through heldout25's to heldout22's: a scene of people or a thing; half of a
    face's box showing counts it), its screens marked h30-, whose drawn things are this set's: a car
    from the side, a road through a windscreen, a charging bay, a car park from above."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h30-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free) and the photos these apps show.
# ----------------------------------------------------------------------------------------------


def fill_in(img: np.ndarray, m: np.ndarray, x: int, y: int, colour: Colour) -> None:
    """``fill`` clipped to ``img``'s own size (a photo drawn off the screen is smaller than it)."""
    h, w = img.shape[:2]
    x1, y1, x2, y2 = max(0, x), max(0, y), min(w, x + m.shape[1]), min(h, y + m.shape[0])
    if x2 > x1 and y2 > y1:
        part = img[y1:y2, x1:x2]
        part[m[y1 - y : y2 - y, x1 - x : x2 - x] > 0] = colour


def number_plate(img: np.ndarray, rng: random.Random, x: int, y: int, h: int) -> int:
    """A number plate (yellow or white, a black rim, seven characters). Returns its width."""
    text = "".join(rng.choice("ABCDEFGHKLMNPRSTVXYZ0123456789") for _ in range(7))
    scale = h / 56
    (tw, _th), _ = cv2.getTextSize(text, FONT, scale, 2)
    back = PLATE_YELLOW if rng.random() < 0.5 else WHITE
    cv2.rectangle(img, (x, y), (x + tw + h // 2, y + h), back, -1)
    cv2.rectangle(img, (x, y), (x + tw + h // 2, y + h), INK, 2)
    cv2.putText(img, text, (x + h // 4, y + h * 3 // 4), FONT, scale, INK, 2, cv2.LINE_AA)
    return tw + h // 2


def arc_ring(
    img: np.ndarray, c: tuple[int, int], r: int, share: float, colour: Colour, track: Colour, t: int
) -> None:
    """A ring of radius ``r`` filled clockwise from the top to ``share`` (a request's countdown, a
    driving score, a battery's charge), drawn before the avatar it rings."""
    cv2.circle(img, c, r, track, t, cv2.LINE_AA)
    if share > 0:
        cv2.ellipse(img, c, (r, r), -90, 0, round(360 * min(1.0, share)), colour, t, cv2.LINE_AA)


def score_colour(score: int) -> Colour:
    """A driving score's colour: green from 80, amber from 60, red under."""
    return GREEN if score >= 80 else AMBER if score >= 60 else RED


def hud(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int, label: str) -> None:
    """A dashcam's burnt-in overlay over a frame: REC and the camera's name at the top left, the
    date and time at the lower left, the speed and GPS at the lower right (white text in a dark
    rim; it takes the pixels it covers)."""
    cv2.circle(img, (x + 28, y + 30), 10, RED, -1, cv2.LINE_AA)
    for colour, t in ((INK, 5), (WHITE, 2)):
        cv2.putText(img, "REC " + label, (x + 48, y + 40), FONT, 0.7, colour, t, cv2.LINE_AA)
        stamp = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} {rng.randrange(24):02d}:"
        stamp += f"{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        cv2.putText(img, stamp, (x + 20, y + h - 22), FONT, 0.65, colour, t, cv2.LINE_AA)
        cv2.putText(
            img, f"{rng.randrange(0, 120)} km/h", (x + w - 190, y + h - 22), FONT, 0.7, colour, t, cv2.LINE_AA
        )


def cabin_view(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float, night: bool
) -> tuple[np.ndarray, list[C.BoxF]]:
    """An in-car camera's cabin view from the windscreen: the rear window, zero to two rear
    passengers between the front seats (faces a third to a half of the driver's), the front seats
    over the sides of the back, the driver near one edge (faces ``lo``-``hi`` px, cut by the edge on
    some), a front passenger on some; through a wide lens and, at ``night``, in infra-red grey with
    grain (the faces stay counted: it is how these cameras see)."""

    def draw(sc: Screen) -> None:
        img = sc.img
        gradient(img, (0, 0, w, h), (80, 78, 75), (35, 35, 38))
        rear = np.array(
            [[w * 0.28, h * 0.06], [w * 0.72, h * 0.06], [w * 0.78, h * 0.36], [w * 0.22, h * 0.36]]
        )
        cv2.fillPoly(
            img, [rear.astype(np.int32)], (150, 150, 145) if not night else (70, 70, 70), cv2.LINE_AA
        )
        cv2.rectangle(img, (0, round(h * 0.55)), (w, h), (50, 48, 46), -1)
        fp = rng.uniform(lo, max(lo + 1, min(hi, h * 0.4)))
        for _ in range(rng.choice((0, 1, 1, 2))):
            figure(
                cast,
                sc,
                w * rng.uniform(0.38, 0.62),
                h * rng.uniform(0.36, 0.46),
                fp * rng.uniform(0.35, 0.5),
                (0, 0, w, h),
                True,
            )
        seat = (40, 40, 44)
        for sx in (0.2, 0.8):
            fill_in(
                img,
                rounded_rect(round(h * 0.62), round(w * 0.3), round(w * 0.05)),
                round(w * (sx - 0.15)),
                round(h * 0.42),
                seat,
            )
            fill_in(
                img,
                rounded_rect(round(h * 0.16), round(w * 0.16), round(w * 0.04)),
                round(w * (sx - 0.08)),
                round(h * 0.28),
                tone(seat, 10),
            )
        driver = rng.choice((0.2, 0.8))
        figure(
            cast,
            sc,
            w * (driver + rng.uniform(-0.08, 0.06)),
            h * rng.uniform(0.38, 0.5),
            fp,
            (0, 0, w, h),
            True,
        )
        if rng.random() < 0.45:
            figure(
                cast,
                sc,
                w * (1 - driver + rng.uniform(-0.06, 0.06)),
                h * rng.uniform(0.4, 0.52),
                fp * rng.uniform(0.8, 0.95),
                (0, 0, w, h),
                True,
            )

    piece, faces = offscreen(w, h, draw)
    if night:
        grey = cv2.cvtColor(piece, cv2.COLOR_BGR2GRAY).astype(np.float32)
        grey = grey * 0.85 + 30 + np.random.default_rng(rng.randrange(2**32)).normal(0, 6, grey.shape)
        piece = np.repeat(np.clip(grey, 0, 255).astype(np.uint8)[:, :, None], 3, axis=2)
    return H12.fisheye(piece, faces, rng.uniform(0.1, 0.3))


def with_car(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float, most: int, prop: str
) -> tuple[np.ndarray, list[C.BoxF]]:
    """A photo of one to ``most`` people standing by a car (a dealer's handover, a learner who
    passed, a seller with the car, a club member with theirs): the car from the side behind them
    (``car_profile``), the people cut out in front of it (faces ``lo``-``hi`` px), each holding
    ``prop`` at the chest: a giant key, a certificate, or nothing; raised to the chin on some (under
    a third of the face's box: still counted)."""

    def draw(sc: Screen) -> None:
        sc.img[:] = car_profile(rng, w, h)
        n = rng.randrange(1, most + 1)
        fp = rng.uniform(lo, max(lo + 1, min(hi, h * 0.3, w / (2.6 * n))))
        for k in range(n):
            cx = w * (0.5 + (k - (n - 1) / 2) * rng.uniform(0.22, 0.3))
            cy = max(fp, h * rng.uniform(0.26, 0.4))
            size = fp * rng.uniform(0.9, 1.05)
            figure(cast, sc, cx, cy, size, (0, 0, w, h), True)
            if prop == "none":
                continue
            top = round(cy + size * (rng.uniform(0.25, 0.4) if rng.random() < 0.3 else rng.uniform(0.8, 1.2)))
            pw, ph = round(size * 1.5), round(size * (1.0 if prop == "cert" else 0.7))
            x = round(cx - pw / 2)
            if prop == "cert":
                cv2.rectangle(sc.img, (x, top), (x + pw, top + ph), (245, 245, 240), -1)
                cv2.rectangle(sc.img, (x + 3, top + 3), (x + pw - 3, top + ph - 3), GOLD, max(1, pw // 40))
                for j in range(3):
                    yy = top + ph * (j + 1) // 4
                    cv2.line(sc.img, (x + pw // 5, yy), (x + pw * 4 // 5, yy), GREY, max(1, ph // 30))
            else:  # a giant presentation key
                fill_in(sc.img, rounded_rect(ph, pw, max(2, ph // 3)), x, top, (40, 40, 44))
                cv2.circle(
                    sc.img, (x + pw // 4, top + ph // 2), max(2, ph // 4), (200, 200, 205), -1, cv2.LINE_AA
                )
                note(
                    sc.img,
                    rng.choice(("SOLD", "NEW", "KEYS")),
                    (x + pw // 2, top + ph * 2 // 3),
                    ph / 60,
                    WHITE,
                    1,
                )

    return offscreen(w, h, draw)


def doorstep(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float
) -> tuple[np.ndarray, list[C.BoxF]]:
    """A courier's proof-of-delivery photo: a front door with its panels and knob, the step, and
    the recipient in the doorway holding the parcel (faces ``lo``-``hi`` px) below the chin or, on a
    third, up to it (covering under a third of the face's box: still counted); a face-free cast's
    is a round thing behind the parcel."""

    def draw(sc: Screen) -> None:
        img = sc.img
        wall = rng.choice(((200, 210, 220), (150, 160, 175), (90, 100, 120), (220, 220, 215)))
        img[:] = wall
        door = rng.choice(((40, 40, 140), (50, 80, 40), (60, 50, 40), (140, 100, 40)))
        dx1, dx2 = round(w * 0.2), round(w * 0.8)
        cv2.rectangle(img, (dx1, round(h * 0.05)), (dx2, round(h * 0.9)), tone(door, -30), -1)
        cv2.rectangle(img, (dx1 + 8, round(h * 0.05) + 8), (dx2 - 8, round(h * 0.9)), (30, 30, 34), -1)
        cv2.rectangle(img, (0, round(h * 0.9)), (w, h), (120, 120, 125), -1)
        fp = rng.uniform(lo, max(lo + 1, min(hi, h * 0.3)))
        cx, cy = w * rng.uniform(0.4, 0.6), max(fp * 0.9, h * rng.uniform(0.25, 0.38))
        figure(cast, sc, cx, cy, fp, (0, 0, w, h), True)
        top = round(cy + fp * (rng.uniform(0.22, 0.35) if rng.random() < 0.33 else rng.uniform(0.7, 1.1)))
        bw, bh = round(fp * rng.uniform(1.5, 2.0)), round(fp * rng.uniform(1.0, 1.4))
        x = round(cx - bw / 2)
        box = rng.choice(((80, 140, 190), (60, 120, 170), (220, 220, 215)))
        cv2.rectangle(img, (x, top), (x + bw, top + bh), box, -1)
        cv2.rectangle(
            img,
            (x + bw // 2 - max(2, bw // 16), top),
            (x + bw // 2 + max(2, bw // 16), top + bh),
            tone(box, 40),
            -1,
        )
        cv2.rectangle(img, (x + bw // 10, top + bh // 2), (x + bw // 3, top + bh * 3 // 4), WHITE, -1)

    return offscreen(w, h, draw)


def seat_map(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, rows: int) -> int:
    """A carpool's seats from above: the car's outline pointing right, the dashboard and wheel,
    ``rows`` rows of seats (two in front, three behind, two or three in a third row) as rounded
    squares; the driver's face (30-44 px) in the driver's seat, riders' faces (28-40 px; initials on
    some) in the taken ones, a "+" disc in the free ones. Returns its height."""
    img = s.img
    h = round(w * 0.46)
    body = tone(s.bg, -18 if sum(s.bg) > 384 else 22)
    fill(img, rounded_rect(h, w, h // 3), x, y, body)
    front, rear = x + round(w * 0.76), x + round(w * 0.18)
    for edge in (front + 14, rear - 14):  # the windscreen's and the rear window's lines
        cv2.line(img, (edge, y + h // 8), (edge, y + h - h // 8), tone(body, -30), 8)
    seat = off(body, 24)
    pitch = (front - rear) // rows
    sw = min(pitch - 30, (h - 60) // 3 - 8)
    for r in range(rows):
        sx = front - (r + 1) * pitch + (pitch - sw) // 2
        n = 2 if r == 0 else 3 if r == 1 else rng.choice((2, 3))
        for k in range(n):
            sy = y + 24 + round((h - 48 - sw) * (k / max(1, n - 1) if n > 1 else 0.5))
            fill(img, rounded_rect(sw, sw, sw // 5), sx, sy, seat)
            side = sw - 16
            if r == 0 and k == 0:
                cv2.circle(img, (front + 40, sy + sw // 2), sw // 3, tone(body, -40), 6, cv2.LINE_AA)
                cast.avatar(
                    s, sx + 8, sy + 8, min(44.0, max(30.0, side / rng.uniform(1.15, 1.4))), side, "circle"
                )
            elif rng.random() < 0.6:
                cast.person(
                    s, sx + 8, sy + 8, min(40.0, max(28.0, side / rng.uniform(1.2, 1.5))), side, "circle"
                )
            else:
                badge(img, (sx + sw // 2, sy + sw // 2), sw // 4, s.accent, "+")
    return h


def timeline_dot(img: np.ndarray, c: tuple[int, int], done: bool, accent: Colour, page: Colour) -> None:
    """A step on a tracking timeline: a filled disc (done) or a ring."""
    cv2.circle(img, c, 13, accent if done else GREY, -1, cv2.LINE_AA)
    if not done:
        cv2.circle(img, c, 7, page, -1, cv2.LINE_AA)


def person_row(
    cast: Cast, rng: random.Random, s: Screen, y: int, sizes: tuple[float, float], detail: Callable[[], str]
) -> int:
    """A list's row of one person (a trip's rider, a charger's check-in): the face (``sizes``;
    initials on some), the name and what they did, a grey line of ``detail`` under it. Returns the
    face's side."""
    sd = face_avatar(cast, s, rng, 30, y, *sizes, (1.1, 1.25), "circle", person=True)
    note(s.img, who(rng) + " - " + words(rng, 1).title()[:10], (50 + sd, y + 24), 0.6, s.fg, 2)
    note(s.img, detail(), (50 + sd, y + 56), 0.5, GREY)
    return sd


def hex_heat(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> None:
    """A driver map's busy zones: translucent hexagons in amber and red, each with its fare
    multiplier (never faces)."""
    x1, y1, x2, y2 = rect
    layer = img[y1:y2, x1:x2].copy()
    spots = []
    for _ in range(rng.randrange(4, 10)):
        r = rng.randrange(50, 110)
        cx, cy = rng.randrange(x1 + r, x2 - r), rng.randrange(y1 + r, y2 - r)
        m = H26.hexagon(2 * r, 2 * r)
        fill_in(layer, m, cx - r - x1, cy - r - y1, rng.choice((AMBER, RED, (40, 120, 250))))
        spots.append((cx, cy))
    img[y1:y2, x1:x2] = cv2.addWeighted(img[y1:y2, x1:x2], 0.62, layer, 0.38, 0)
    for cx, cy in spots:
        note(img, f"{rng.uniform(1.1, 2.4):.1f}x", (cx - 28, cy + 10), 0.7, INK, 2)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def driver_console(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ride-hailing app from the driver's side: one's 26-34 px face, today's earnings and the
    online switch; the map with busy zones as translucent hexagons (``hex_heat``) and one's car;
    on 75 % a trip request over the map (the rider's photo, faces 40-80 px, inside the countdown's
    ring, the rating, a "Verified" tag on some, the pickup, the fare, Accept); today's trips (riders'
    20-28 px faces, initials on some, tips); riders' thank-you notes (20-24 px)."""
    s = new_screen(rng, name, cast.kind("driver"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.15, 1.3), "squircle")
    note(img, f"${rng.randrange(20, 400)}.{rng.randrange(100):02d}", (50 + sd, y + sd // 2 + 2), 1.0, s.fg, 2)
    note(img, "today", (50 + sd, y + sd // 2 + 32), 0.5, GREY)
    online = rng.random() < 0.8
    pill(img, WIDTH - 250, y + 6, 220, 60, GREEN if online else off(page, 30))
    note(img, "Online" if online else "Offline", (WIDTH - 200, y + 46), 0.75, WHITE, 2)
    y += max(sd, 70) + 20
    mh = rng.randrange(800, 961)
    img[y : y + mh, :WIDTH] = street_map(rng, WIDTH, mh)
    hex_heat(img, rng, (0, y, WIDTH, y + mh))
    me = (WIDTH // 2 + rng.randrange(-120, 121), y + mh // 3 + rng.randrange(-80, 81))
    cv2.circle(img, me, 70, tone(s.accent, 60), -1, cv2.LINE_AA)
    car_top(img, me, 70, rng.choice((0, 90, 180, 270)), (30, 30, 30))
    for k in range(2):
        cv2.circle(img, (WIDTH - 80, y + 80 + k * 110), 40, WHITE, -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH - 80, y + 80 + k * 110), 16, INK)
    if rng.random() < 0.75:  # a trip request over the map's foot
        ch = 430
        cy0 = y + mh - ch - 16
        card = (34, 34, 38) if sum(page) < 384 else WHITE
        ink = WHITE if sum(card) < 384 else INK
        fill(img, rounded_rect(ch, WIDTH - 40, 28), 20, cy0, card)
        side = rng.randrange(110, 151)
        ax, ay = 56, cy0 + 44
        arc_ring(
            img,
            (ax + side // 2, ay + side // 2),
            side // 2 + 14,
            rng.uniform(0.15, 0.95),
            GREEN,
            off(card, 40),
            9,
        )
        cast.avatar(s, ax, ay, min(80.0, max(40.0, side / rng.uniform(1.5, 2.2))), side, "circle")
        tx = ax + side + 50
        note(img, who(rng), (tx, ay + 34), 0.85, ink, 2)
        star(img, (tx + 12, ay + 72), 11, GOLD)
        note(img, f"{rng.uniform(4.5, 5.0):.2f}", (tx + 30, ay + 80), 0.6, ink)
        if rng.random() < 0.5:
            tag(img, tx + 110, ay + 54, "Verified", (200, 120, 30), 34)
        note(img, f"{rng.randrange(1, 9)} min ({rng.uniform(0.3, 3):.1f} km) away", (tx, ay + 122), 0.6, GREY)
        cv2.putText(
            img,
            f"${rng.randrange(6, 60)}.{rng.randrange(100):02d}",
            (WIDTH - 250, ay + 50),
            FONT,
            1.2,
            ink,
            2,
            cv2.LINE_AA,
        )
        if rng.random() < 0.6:
            tag(img, WIDTH - 230, ay + 70, f"{rng.uniform(1.1, 2.2):.1f}x", AMBER, 34)
        note(img, f"{rng.randrange(5, 50)} min trip - " + words(rng, 2).title(), (56, cy0 + 260), 0.6, ink)
        pill(img, 56, cy0 + ch - 120, WIDTH - 152, 84, GREEN if rng.random() < 0.5 else (200, 120, 30))
        note(img, "Accept", (WIDTH // 2 - 60, cy0 + ch - 66), 0.9, WHITE, 2)
    else:
        pill(img, 60, y + mh - 120, WIDTH - 120, 80, (30, 30, 30))
        note(img, "Finding trips...", (WIDTH // 2 - 110, y + mh - 70), 0.75, WHITE, 2)
    y += mh + 12
    foot = H - NAV_H - 130
    y = section(s, y, "Today's trips")
    while y + 100 < foot:
        sd = person_row(
            cast,
            rng,
            s,
            y,
            (20, 28),
            lambda: f"{rng.randrange(6, 23)}:{rng.randrange(60):02d}  {rng.randrange(2, 40)} km",
        )
        note(img, f"${rng.randrange(6, 60)}.{rng.randrange(100):02d}", (WIDTH - 170, y + 28), 0.7, s.fg, 2)
        if rng.random() < 0.4:
            tag(img, WIDTH - 170, y + 42, f"+${rng.randrange(1, 9)} tip", GREEN, 30)
        y += max(sd, 70) + 16
        if rng.random() < 0.2 and y + 90 < foot:  # a thank-you note
            sd = face_avatar(cast, s, rng, 90, y, 20, 24, (1.05, 1.2), "circle")
            fill(img, rounded_rect(56, WIDTH - 200 - sd, 20), 110 + sd, y - 8, off(page, 16))
            s.words(rng, 130 + sd, y + 26, 0.55, rng.randrange(3, 7))
            y += max(sd, 56) + 18
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def cabin_cam(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dashcam's app (a rideshare driver's two-way camera): the connection and the mode's chips;
    the road ahead (a drawn road) and the cabin (``cabin_view``: the driver, faces 50-200 px, near an
    edge through a wide lens, passengers behind, by night in infra-red grey on 60 %), each under its
    burnt-in overlay (``hud``: time, speed, REC, over the faces where they fall); saved events
    (thumbnails of the cabin, faces 14-44 px, those under 18 px not counted, or of the road; tags),
    who drove (a stack of 18-24 px)."""
    s = new_screen(rng, name, cast.kind("dashcam"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 50, "Dashcam", 1.2)
    tag(img, 300, y + 20, "Connected", GREEN, 36)
    note(img, f"{rng.randrange(16, 256)} GB free", (WIDTH - 220, y + 46), 0.55, GREY)
    y += 90
    chips(img, rng, 30, y, 3, 48, (120, 170), off(page, 20), s.fg)
    y += 76
    night = rng.random() < 0.6
    fh = rng.randrange(360, 431)
    ch = rng.randrange(520, 641)
    views = [("FRONT", fh), ("CABIN", ch)]
    if rng.random() < 0.4:
        views.reverse()
    for label, vh in views:
        if label == "FRONT":
            blit(img, H11.render(rng, WIDTH - 40, vh, (road_ahead,)), 20, y, rounded_rect(vh, WIDTH - 40, 18))
        else:
            piece, faces = cabin_view(cast, rng, WIDTH - 40, vh, 50, 200, night)
            paste_photo(cast, s, piece, faces, 20, y, rounded_rect(vh, WIDTH - 40, 18))
        hud(img, rng, 20, y, WIDTH - 40, vh, label)
        y += vh + 16
    foot = H - NAV_H - 130
    if y + 80 < foot and rng.random() < 0.7:
        note(img, "Drivers", (30, y + 34), 0.6, GREY, 2)
        stack(cast, s, rng, 160, y + 6, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 4))
        y += 70
    if y + 150 < foot:
        y = section(s, y, "Events")
    while y + 130 < foot:
        tw, th = 210, 118
        if rng.random() < 0.55:
            piece, faces = cabin_view(cast, rng, tw, th, 14, 44, rng.random() < 0.6)
            paste_photo(cast, s, piece, faces, 30, y, rounded_rect(th, tw, 12))
        else:
            blit(img, H11.render(rng, tw, th, (road_ahead,)), 30, y, rounded_rect(th, tw, 12))
        play_button(img, (30 + tw // 2, y + th // 2), 20, (30, 30, 30), WHITE)
        kind, colour = rng.choice(
            (("Harsh brake", AMBER), ("Impact", RED), ("Parked", GREY), ("Saved", GREEN))
        )
        tag(img, 270, y + 6, kind, colour, 34)
        if rng.random() < 0.5:  # the trip's rider
            face_avatar(cast, s, rng, WIDTH - 90, y + 4, 20, 24, (1.05, 1.2), "circle", person=True)
        note(
            img,
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d} - " + words(rng, 2).title()[:18],
            (270, y + 80),
            0.55,
            s.fg,
        )
        y += th + 20
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def car_listing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A used car's listing: the hero (the car from the side, or on 35 % the seller by it holding
    the key, ``with_car``: faces 40-150 px) under back, share and save discs and a photo counter; the
    price with a "Great price" chip; specs; the seller (a private seller's 44-72 px face, or a
    dealer's logo and salesperson, 30-48 px); who viewed it (a stack of 18-22 px); questions (20-28
    px faces, the seller's answers 18-24 px); similar cars cut by the right edge (drawn cars, a
    seller's 20-26 px face over some)."""
    s = new_screen(rng, name, cast.kind("carlisting"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(560, 661)
    if rng.random() < 0.35:
        piece, faces = with_car(cast, rng, WIDTH, hh, 40, 150, 1, "key")
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(img, H11.render(rng, WIDTH, hh, (car_profile,)), 0, y)
    for k, x in enumerate((60, WIDTH - 160, WIDTH - 60)):
        cv2.circle(img, (x, y + 60), 34, WHITE, -1, cv2.LINE_AA)
        if k == 0:
            chevron(img, x, y + 60, INK, back=True)
        else:
            icon(img, rng, (x, y + 60), 14, INK)
    pill(img, WIDTH - 150, y + hh - 60, 120, 40, (30, 30, 30))
    note(img, f"1/{rng.randrange(8, 40)}", (WIDTH - 126, y + hh - 32), 0.55, WHITE)
    y += hh + 20
    heading(s, 30, y + 40, f"{rng.randrange(2009, 2026)} " + words(rng, 2).title()[:20], 0.95)
    cv2.putText(
        img,
        f"${rng.randrange(4, 90)},{rng.randrange(1000):03d}",
        (30, y + 106),
        FONT,
        1.3,
        s.fg,
        2,
        cv2.LINE_AA,
    )
    tag(img, 360, y + 70, rng.choice(("Great price", "Fair price", "Price drop")), GREEN, 38)
    y += 140
    cw = (WIDTH - 80) // 3
    for k in range(6):
        x, yy = 30 + (k % 3) * (cw + 10), y + (k // 3) * 100
        fill(img, rounded_rect(88, cw, 14), x, yy, off(page, 10))
        icon(img, rng, (x + 34, yy + 44), 14, s.accent)
        note(
            img,
            rng.choice(("km", "Petrol", "Auto", "Hybrid", "4 doors", "1 owner", "EV")),
            (x + 64, yy + 38),
            0.5,
            GREY,
        )
        note(
            img,
            f"{rng.randrange(1, 200)}k" if k == 0 else words(rng, 1).title()[:8],
            (x + 64, yy + 70),
            0.6,
            s.fg,
            2,
        )
    y += 220
    fill(img, rounded_rect(190, WIDTH - 60, 20), 30, y, off(page, 8))
    if rng.random() < 0.6:  # a private seller
        side = rng.randrange(76, 111)
        cast.avatar(
            s, 54, y + (190 - side) // 2, min(72.0, max(44.0, side / rng.uniform(1.25, 1.55))), side, "circle"
        )
        note(img, who(rng), (80 + side, y + 70), 0.8, s.fg, 2)
        note(
            img,
            "Private seller - member since " + str(rng.randrange(2012, 2026)),
            (80 + side, y + 106),
            0.5,
            GREY,
        )
        stars(img, 92 + side, y + 140, 10, rng.choice((4, 4.5, 5)), GOLD, GREY)
    else:  # a dealer and the salesperson
        cv2.circle(img, (100, y + 95), 50, WHITE, -1, cv2.LINE_AA)
        H8.logo(img, rng, 62, y + 57, 76)
        note(img, words(rng, 1).title() + " Motors", (180, y + 70), 0.8, s.fg, 2)
        sd = face_avatar(cast, s, rng, 180, y + 96, 30, 48, (1.1, 1.25), "circle")
        note(img, "Ask " + who(rng), (196 + sd, y + 104 + sd // 2), 0.6, s.accent, 2)
    y += 214
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 30))
    note(img, f"{rng.randrange(5, 90)} people viewed this today", (end + 14, y + 28), 0.55, GREY)
    y += 70
    foot = H - NAV_H - 140
    if y + 200 < foot:
        y = section(s, y, "Questions", False)
        for _ in range(rng.randrange(1, 4)):
            if y + 190 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
            s.words(rng, 50 + sd, y + 28, 0.6, rng.randrange(3, 7))
            y += max(sd, 50) + 10
            sd = face_avatar(cast, s, rng, 90, y, 18.3, 24, (1.05, 1.2), "circle")
            note(img, "Seller", (106 + sd, y + 22), 0.5, s.accent, 2)
            s.words(rng, 190 + sd, y + 22, 0.55, rng.randrange(2, 5), GREY)
            y += max(sd, 40) + 20
    if y + 330 < foot:
        y = section(s, y, "Similar cars")
        x, tw = 30, rng.randrange(330, 391)
        th = round(tw * 0.62)
        while x < WIDTH:
            blit(img, H11.render(rng, tw, th, (car_profile,)), x, y, rounded_rect(th, tw, 16))
            if rng.random() < 0.7:
                fp, sd = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.25))
                cast.avatar(s, x + 12, y + th - sd - 12, fp, sd, "circle", WHITE)
            note(img, f"${rng.randrange(4, 90)},{rng.randrange(1000):03d}", (x, y + th + 34), 0.65, s.fg, 2)
            x += tw + 20
    cv2.rectangle(img, (0, H - NAV_H - 120), (WIDTH, H - NAV_H), off(page, 6), -1)
    pill(img, 30, H - NAV_H - 96, (WIDTH - 90) // 2, 72, off(page, 24))
    note(img, "Message", (110, H - NAV_H - 50), 0.7, s.fg, 2)
    pill(img, 60 + (WIDTH - 90) // 2, H - NAV_H - 96, (WIDTH - 90) // 2, 72, s.accent)
    note(img, "Test drive", (120 + (WIDTH - 90) // 2, H - NAV_H - 50), 0.7, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def dealer_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A car dealer's page: the cover (a car park or a car, drawn) with the logo's disc over its
    lower left; hours and rating; happy customers' handover photos in two columns (``with_car``:
    one to three buyers by their new car holding a giant key, faces 20-100 px) under "DELIVERED"
    tags; the team cut by the right edge (40-64 px); reviews (20-28 px faces, the dealer's reply);
    a test drive's advisor picker (28-40 px, the chosen one ringed)."""
    s = new_screen(rng, name, cast.kind("dealer"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(280, 361)
    blit(img, H11.render(rng, WIDTH, bh, (parking_lot, car_profile)), 0, y)
    cv2.circle(img, (110, y + bh), 66, page, -1, cv2.LINE_AA)
    cv2.circle(img, (110, y + bh), 58, WHITE, -1, cv2.LINE_AA)
    H8.logo(img, rng, 70, y + bh - 40, 80)
    y += bh + 20
    heading(s, 200, y + 30, words(rng, 1).title() + " Cars", 1.0)
    star(img, (212, y + 66), 11, GOLD)
    note(
        img,
        f"{rng.uniform(4.0, 5.0):.1f} ({rng.randrange(20, 3000)})  Open until {rng.randrange(5, 10)} pm",
        (232, y + 74),
        0.55,
        GREY,
    )
    y += 100
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(5, 90))
    note(img, "bought here this month", (end + 14, y + 28), 0.55, GREY)
    y += 70
    chips(img, rng, 30, y, 4, 48, (120, 180), off(page, 18), s.fg)
    y += 80
    y = section(s, y, "Happy customers")
    cw = (WIDTH - 84) // 2
    foot = H - NAV_H - 130
    tops = [y, y + rng.randrange(0, 120)]
    for _ in range(2):
        for col in range(2):
            ph = rng.randrange(300, 421)
            x, yy = 30 + col * (cw + 24), tops[col]
            if yy + ph + 60 > foot:
                continue
            piece, faces = with_car(cast, rng, cw, ph, 18.3, 80, 4, "key" if rng.random() < 0.7 else "none")
            paste_photo(cast, s, piece, faces, x, yy, rounded_rect(ph, cw, 18))
            tag(img, x + 12, yy + 12, rng.choice(("DELIVERED", "SOLD", "NEW OWNER")), s.accent, 32)
            note(img, "Congrats " + who(rng) + "!", (x, yy + ph + 34), 0.6, s.fg, 2)
            tops[col] = yy + ph + 60
    y = max(tops) + 10
    if y + 260 < foot:
        y = section(s, y, "Our team")
        x = 30
        while x < WIDTH:
            sd = face_avatar(cast, s, rng, x, y, 36, 52, (1.3, 1.5), "circle")
            note(img, who(rng)[:9], (x, y + sd + 30), 0.55, s.fg, 2)
            note(img, rng.choice(("Sales", "Finance", "Service")), (x, y + sd + 58), 0.5, GREY)
            x += max(sd, 120) + 30
        y += 170
    while y + 140 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, who(rng), (50 + sd, y + 22), 0.6, s.fg, 2)
        stars(img, 60 + sd, y + 46, 9, rng.choice((3, 4, 5)), GOLD, GREY)
        s.words(rng, 50 + sd, y + 88, 0.55, rng.randrange(3, 8))
        y += max(sd, 100) + 10
        if rng.random() < 0.3 and y + 60 < foot:
            note(img, "Reply from the dealer: " + words(rng, 2).lower(), (80 + sd, y + 10), 0.5, GREY)
            y += 40
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def carpool_seats(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A commute carpool's booking: the day's chips; the driver's card (faces 48-80 px in a rounded
    square, "Verified", the car from the side and its plate); the seats from above (``seat_map``:
    the driver's face, 30-44 px, and riders', 28-40 px, in their seats); the route down a spine with
    the riders boarding at each stop (22-32 px faces, initials on some); the ride's group chat
    (20-26 px); the price and "Book seat"."""
    s = new_screen(rng, name, cast.kind("carpool"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(
        s,
        80,
        y + 48,
        rng.choice(("Tomorrow", "Monday", "Today")) + f", {rng.randrange(6, 10)}:"
        f"{rng.choice(('00', '15', '30', '45'))}",
        1.0,
    )
    y += 90
    chips(img, rng, 30, y, 4, 46, (110, 160), off(page, 18), s.fg)
    y += 80
    fill(img, rounded_rect(200, WIDTH - 60, 22), 30, y, off(page, 8))
    side = rng.randrange(110, 151)
    cast.avatar(
        s, 54, y + (200 - side) // 2, min(80.0, max(48.0, side / rng.uniform(1.3, 1.7))), side, "rounded"
    )
    tx = 80 + side
    note(img, who(rng), (tx, y + 60), 0.8, s.fg, 2)
    stars(img, tx + 12, y + 90, 9, rng.choice((4, 4.5, 5)), GOLD, GREY)
    if rng.random() < 0.6:
        tag(img, tx + 140, y + 72, "Verified", GREEN, 32)
    side_car(img, tx, y + 170, 200, rng.choice(CAR_PAINTS), rng.random() < 0.5)
    number_plate(img, rng, tx + 230, y + 124, 42)
    y += 224
    y += seat_map(cast, rng, s, 30, y, WIDTH - 60, rng.choice((2, 2, 3))) + 24
    foot = H - NAV_H - 150
    y = section(s, y, "Route", False)
    stops = rng.randrange(3, 6)
    spine = 130
    start = y
    for k in range(stops):
        if y + 90 > foot:
            break
        timeline_dot(img, (spine, y + 24), k < 2, s.accent, page)
        note(img, f"{rng.randrange(6, 10)}:{rng.randrange(60):02d}", (30, y + 32), 0.55, GREY)
        note(img, words(rng, 2).title()[:18], (spine + 30, y + 32), 0.6, s.fg, 2)
        x = WIDTH - 80
        for _ in range(rng.choice((0, 1, 1, 2))):
            fp, sd = _size(rng, 22, small(rng, 22.5, 32), (1.1, 1.25))
            x -= sd + 10
            cast.person(s, x, y, fp, sd, "circle")
        y += 90
    cv2.line(img, (spine, start + 24), (spine, y - 66), s.accent, 4)
    if y + 110 < foot:
        for _ in range(rng.randrange(1, 3)):
            if y + 70 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.25), "circle")
            fill(img, rounded_rect(56, min(620, WIDTH - 90 - sd), 22), 46 + sd, y - 6, off(page, 16))
            s.words(rng, 66 + sd, y + 30, 0.55, rng.randrange(2, 6))
            y += max(sd, 56) + 16
    if y + 70 < foot and rng.random() < 0.7:
        end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 30))
        note(img, "ride this route every week", (end + 14, y + 28), 0.55, GREY)
    cv2.rectangle(img, (0, H - NAV_H - 130), (WIDTH, H - NAV_H), off(page, 6), -1)
    cv2.putText(
        img,
        f"${rng.randrange(3, 15)}.{rng.randrange(100):02d}",
        (30, H - NAV_H - 50),
        FONT,
        1.1,
        s.fg,
        2,
        cv2.LINE_AA,
    )
    pill(img, WIDTH - 330, H - NAV_H - 104, 300, 76, s.accent)
    note(img, "Book seat", (WIDTH - 250, H - NAV_H - 56), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def parcel_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A parcel's tracking page: the number and status with its steps; delivered (55 %): the
    courier's proof photo (``doorstep``: the recipient holding the parcel, faces 50-170 px, up to the
    chin on some), else a map strip with the van N stops away; the driver (32-48 px, a van badge over
    the lower right); neighbours who take parcels (24-32 px, initials on some); the timeline's scans
    (handlers' 18-24 px faces on some); a signature."""
    s = new_screen(rng, name, cast.kind("parcel"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 36, s.fg, back=True)
    note(img, "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(14)), (80, y + 46), 0.7, GREY)
    y += 80
    delivered = rng.random() < 0.55
    heading(s, 30, y + 50, "Delivered" if delivered else "Out for delivery", 1.3)
    note(
        img,
        rng.choice(("Today", "Yesterday")) + f" {rng.randrange(8, 21)}:{rng.randrange(60):02d}",
        (30, y + 92),
        0.6,
        GREY,
    )
    y += 120
    done = 4 if delivered else 3
    for j in range(4):
        x0 = 30 + j * ((WIDTH - 60) // 4)
        cv2.rectangle(img, (x0, y), (x0 + (WIDTH - 60) // 4 - 12, y + 10), s.accent if j < done else GREY, -1)
    y += 40
    if delivered:
        ph = rng.randrange(520, 661)
        piece, faces = doorstep(cast, rng, WIDTH - 60, ph, 50, 170)
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, WIDTH - 60, 20))
        tag(img, 46, y + ph - 56, "Photo on delivery", (30, 30, 30), 40)
        y += ph + 24
    else:
        mh = rng.randrange(300, 381)
        blit(img, street_map(rng, WIDTH - 60, mh), 30, y, rounded_rect(mh, WIDTH - 60, 20))
        a = (rng.randrange(120, WIDTH - 120), y + rng.randrange(60, mh // 2))
        b = (rng.randrange(120, WIDTH - 120), y + rng.randrange(mh // 2 + 40, mh - 30))
        route_line(img, rng, a, b, s.accent if sum(s.accent) < 600 else (200, 120, 30))
        car_top(img, a, 70, rng.choice((0, 90)), (240, 240, 240))
        map_pin(img, b, 26, INK)
        pill(img, 50, y + 20, 250, 50, (30, 30, 30))
        note(img, f"{rng.randrange(2, 15)} stops away", (76, y + 54), 0.65, WHITE, 2)
        y += mh + 24
    sd = face_avatar(cast, s, rng, 30, y, 32, 48, (1.15, 1.3), "circle")
    bc = (30 + sd - 8, y + sd - 8)
    cv2.circle(img, bc, 20, page, -1, cv2.LINE_AA)
    cv2.circle(img, bc, 16, s.accent, -1, cv2.LINE_AA)
    cv2.rectangle(img, (bc[0] - 9, bc[1] - 5), (bc[0] + 7, bc[1] + 4), WHITE, -1)
    note(img, who(rng) + " - your driver", (56 + sd, y + sd // 2 + 8), 0.7, s.fg, 2)
    y += max(sd, 60) + 24
    foot = H - NAV_H - 40
    if y + 230 < foot:
        y = section(s, y, "Neighbours who take parcels" if delivered else "Or leave with a neighbour", False)
        for _ in range(rng.randrange(1, 4)):
            sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
            note(img, f"{who(rng)}, no. {rng.randrange(1, 120)}", (50 + sd, y + sd // 2 + 8), 0.6, s.fg)
            cv2.circle(img, (WIDTH - 70, y + sd // 2), 16, GREY, 3, cv2.LINE_AA)
            y += max(sd, 50) + 16
    y = section(s, y, "History", False)
    spine, start = 48, y
    while y + 90 < foot - (150 if delivered else 0):
        timeline_dot(img, (spine, y + 20), True, s.accent, page)
        note(
            img,
            rng.choice(("Scanned at depot", "In transit", "Sorted", "Arrived at hub", "Loaded on van")),
            (90, y + 28),
            0.6,
            s.fg,
            2,
        )
        note(
            img,
            words(rng, 1).title() + f"  {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            (90, y + 60),
            0.5,
            GREY,
        )
        if rng.random() < 0.5:
            x = WIDTH - 280
            note(img, "by", (x, y + 40), 0.5, GREY)
            face_avatar(cast, s, rng, x + 36, y + 12, 18.3, 24, (1.05, 1.2), "circle", person=True)
        y += 84
    cv2.line(img, (spine, start + 20), (spine, y - 64), s.accent, 3)
    if delivered and y + 140 < foot:
        fill(img, rounded_rect(120, WIDTH - 60, 16), 30, y, off(page, 10))
        pts = np.array(
            [(80 + k * 18, y + 70 + round(math.sin(k * rng.uniform(0.6, 1.3)) * 26)) for k in range(20)],
            np.int32,
        )
        cv2.polylines(img, [pts], False, INK if sum(page) > 384 else WHITE, 3, cv2.LINE_AA)
        note(img, "Signed", (WIDTH - 160, y + 70), 0.55, GREY)
    H5.nav_bar(s)
    return s.finish()


def ev_charging(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An EV charging station's page: the bay (drawn) under availability; the connectors; on 55 %
    one's session (the charge's ring round a bolt); the host of a shared home charger on half (44-80
    px, a bolt badge over the lower right) or the network's logo; who is charging here now (a stack
    of 18-22 px); drivers' check-ins (22-30 px faces, initials on some; a photo on 40 %, drivers by
    the charger, faces 18-60 px, or the car)."""
    s = new_screen(rng, name, cast.kind("charging"), ("dark", "light", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(380, 461)
    blit(img, H11.render(rng, WIDTH, hh, (ev_charger,)), 0, y)
    cv2.circle(img, (60, y + 60), 34, WHITE, -1, cv2.LINE_AA)
    chevron(img, 60, y + 60, INK, back=True)
    free = rng.randrange(0, 5)
    tag(img, 30, y + hh - 60, f"{free}/4 available", GREEN if free else RED, 40)
    y += hh + 20
    heading(s, 30, y + 40, words(rng, 1).title() + " " + rng.choice(("Plaza", "Garage", "Hub")), 1.0)
    bolt(img, (WIDTH - 100, y + 30), 20, TEAL)
    note(img, f"{rng.choice((50, 150, 350))} kW", (WIDTH - 76, y + 40), 0.6, s.fg, 2)
    y += 76
    cw = (WIDTH - 80) // 3
    for k in range(3):
        x = 30 + k * (cw + 10)
        fill(img, rounded_rect(110, cw, 16), x, y, off(page, 10))
        cv2.circle(img, (x + 40, y + 55), 24, TEAL, 3, cv2.LINE_AA)
        for d in (-8, 8):
            cv2.circle(img, (x + 40 + d, y + 50), 4, TEAL, -1, cv2.LINE_AA)
        note(img, rng.choice(("CCS", "Type 2", "NACS")), (x + 76, y + 48), 0.55, s.fg, 2)
        note(img, rng.choice(("Free", "In use", "Free")), (x + 76, y + 80), 0.5, GREY)
    y += 134
    if rng.random() < 0.55:  # one's session
        fill(img, rounded_rect(200, WIDTH - 60, 22), 30, y, off(page, 12))
        share = rng.uniform(0.1, 0.95)
        arc_ring(img, (130, y + 100), 70, share, GREEN, off(page, 40), 12)
        bolt(img, (130, y + 100), 30, GREEN)
        cv2.putText(img, f"{round(share * 100)}%", (240, y + 90), FONT, 1.4, s.fg, 2, cv2.LINE_AA)
        note(
            img,
            f"{rng.uniform(5, 60):.1f} kWh  -  {rng.randrange(5, 59)} min left",
            (240, y + 140),
            0.6,
            GREY,
        )
        pill(img, WIDTH - 200, y + 64, 150, 64, RED)
        note(img, "Stop", (WIDTH - 156, y + 106), 0.7, WHITE, 2)
        y += 224
    fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, off(page, 8))
    if rng.random() < 0.5:  # a shared home charger's host
        side = rng.randrange(86, 116)
        cast.avatar(
            s, 50, y + (150 - side) // 2, min(80.0, max(44.0, side / rng.uniform(1.2, 1.6))), side, "circle"
        )
        bc = (50 + side - 12, y + (150 - side) // 2 + side - 12)
        cv2.circle(img, bc, 22, off(page, 8), -1, cv2.LINE_AA)
        cv2.circle(img, bc, 18, TEAL, -1, cv2.LINE_AA)
        bolt(img, bc, 11, WHITE)
        note(img, "Hosted by " + who(rng), (80 + side, y + 66), 0.7, s.fg, 2)
        stars(img, 92 + side, y + 100, 9, rng.choice((4, 4.5, 5)), GOLD, GREY)
    else:
        cv2.circle(img, (110, y + 75), 50, WHITE, -1, cv2.LINE_AA)
        H8.logo(img, rng, 72, y + 37, 76)
        note(img, words(rng, 1).title() + " Charge network", (190, y + 84), 0.7, s.fg, 2)
    y += 174
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 12))
    note(img, "charging here now", (end + 14, y + 28), 0.55, GREY)
    y += 70
    foot = H - NAV_H - 130
    y = section(s, y, "Check-ins")
    while y + 110 < foot:
        sd = person_row(
            cast,
            rng,
            s,
            y,
            (22, 30),
            lambda: f"Charged {rng.randrange(10, 90)} min - " + rng.choice(("worked", "slow", "broken plug")),
        )
        y += max(sd, 70) + 10
        if rng.random() < 0.4 and y + 240 < foot:
            pw, ph = rng.randrange(300, 421), rng.randrange(190, 241)
            if rng.random() < 0.6:
                cut_photo(cast, rng, s, 50 + sd, y, pw, ph, 18.3, 60, rounded_rect(ph, pw, 14), 0.9)
            else:
                blit(
                    img,
                    H11.render(rng, pw, ph, (car_profile, ev_charger)),
                    50 + sd,
                    y,
                    rounded_rect(ph, pw, 14),
                )
            y += ph + 20
        y += 10
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def instructor_card(cast: Cast, rng: random.Random, s: Screen, y: int, ch: int) -> None:
    """A driving instructor's card: a gradient, the dual-control car from the side at the right
    with an L plate, the instructor cut out at the left (faces 60-170 px, clipped by the card),
    the name, pass rate and stars over the car's roof."""
    img = s.img
    a = random_colour(rng, 60, 220)
    gradient(img, (30, y, WIDTH - 30, y + ch), tone(a, 40), tone(a, -50))
    length = rng.randrange(420, 561)
    side_car(img, WIDTH - 50 - length, y + ch - 20, length, rng.choice(CAR_PAINTS), rng.random() < 0.5)
    lx, ly = WIDTH - 50 - length // 2, y + ch - 130
    cv2.rectangle(img, (lx, ly), (lx + 50, ly + 50), WHITE, -1)
    note(img, "L", (lx + 12, ly + 42), 1.2, RED, 3)
    fp = rng.uniform(60, min(170.0, ch * 0.36))
    figure(
        cast,
        s,
        30 + rng.uniform(0.18, 0.28) * (WIDTH - 60),
        y + max(fp * 0.9, ch * rng.uniform(0.3, 0.4)),
        fp,
        (30, y, WIDTH - 30, y + ch),
        True,
    )
    fill(img, 255 - rounded_rect(ch, WIDTH - 60, 24), 30, y, s.bg)
    note(img, who(rng), (WIDTH // 2, y + 60), 1.0, WHITE, 2)
    note(img, f"Pass rate {rng.randrange(70, 99)}%", (WIDTH // 2, y + 100), 0.65, WHITE)
    stars(img, WIDTH // 2 + 12, y + 130, 10, rng.choice((4.5, 5)), GOLD, tone(a, -20))


def driving_school(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A driving school's learner app: the instructor's card (``instructor_card``: cut out, faces
    60-170 px, by the car with its L plate); the next lesson (a date block, the instructor's 24-32 px
    face); skills' progress; learners who passed this month (``with_car``: one or two by the car
    holding the certificate, faces 30-100 px, under a "PASSED" tag); this week's learners (a stack of
    18-24 px) and instructors' notes (20-26 px)."""
    s = new_screen(rng, name, cast.kind("drivingschool"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "My lessons", 1.3)
    y += 90
    ch = rng.randrange(380, 461)
    instructor_card(cast, rng, s, y, ch)
    y += ch + 24
    fill(img, rounded_rect(140, WIDTH - 60, 20), 30, y, off(page, 10))
    fill(img, rounded_rect(100, 90, 14), 50, y + 20, s.accent)
    note(img, rng.choice(("MON", "WED", "SAT")), (66, y + 56), 0.55, WHITE, 2)
    note(img, str(rng.randrange(1, 31)), (72, y + 104), 1.0, WHITE, 2)
    note(
        img,
        f"{rng.randrange(7, 19)}:00 - " + rng.choice(("Roundabouts", "Parking", "Motorway", "Mock test")),
        (170, y + 56),
        0.65,
        s.fg,
        2,
    )
    sd = face_avatar(cast, s, rng, 170, y + 72, 24, 32, (1.1, 1.25), "circle")
    note(img, "with " + who(rng), (186 + sd, y + 80 + sd // 2), 0.55, GREY)
    y += 164
    for label in rng.sample(("Parking", "Roundabouts", "Hill start", "Mirrors", "Lane changes"), 3):
        note(img, label, (30, y + 24), 0.55, s.fg)
        progress(img, 300, y + 12, WIDTH - 360, rng.uniform(0.2, 1.0), s.accent, off(page, 24), 12)
        y += 46
    y += 10
    foot = H - NAV_H - 130
    y = section(s, y, "Passed this month")
    cw = (WIDTH - 84) // 2
    while y + 330 < foot:
        ph = min(rng.randrange(300, 381), foot - y - 60)
        for col in range(2):
            x = 30 + col * (cw + 24)
            piece, faces = with_car(cast, rng, cw, ph, 20, 80, 3, "cert" if rng.random() < 0.8 else "none")
            paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, cw, 18))
            tag(img, x + 12, y + 12, "PASSED", GREEN, 34)
            note(
                img, who(rng) + (" - 1st time" if rng.random() < 0.5 else ""), (x, y + ph + 34), 0.55, s.fg, 2
            )
        y += ph + 60
    if y + 70 < foot:
        end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 40))
        note(img, "learners this week", (end + 14, y + 28), 0.55, GREY)
        y += 70
    while y + 70 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.25), "circle", person=True)
        s.words(rng, 46 + sd, y + sd // 2 + 8, 0.55, rng.randrange(3, 8), GREY)
        y += max(sd, 44) + 14
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def family_drive(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family's driving report (an insurer's or a safety app's): the week's chips; the family's
    faces (36-56 px) inside rings of their driving scores (``arc_ring``: green, amber or red), the
    score under; the chosen one's summary (events counted); trips (a route's map, the driver's
    20-26 px face over its lower right, events as tags); on 30 % the crash-detection card (28-40
    px)."""
    s = new_screen(rng, name, cast.kind("familydrive"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "Driving", 1.3)
    y += 80
    chips(img, rng, 30, y, 3, 46, (120, 170), off(page, 18), s.fg)
    y += 84
    n = rng.randrange(3, 6)
    cell = (WIDTH - 60) // n
    fp, side = _size(rng, 36, small(rng, 37, 56), (1.2, 1.35))
    scores = [rng.randrange(45, 100) for _ in range(n)]
    for k in range(n):
        cx = 30 + k * cell + cell // 2
        arc_ring(
            img,
            (cx, y + side // 2 + 14),
            side // 2 + 12,
            scores[k] / 100,
            score_colour(scores[k]),
            off(page, 26),
            8,
        )
        cast.person(s, cx - side // 2, y + 14, fp * rng.uniform(0.93, 1.0), side, "circle")
        note(img, str(scores[k]), (cx - 18, y + side + 62), 0.75, score_colour(scores[k]), 2)
        note(img, who(rng)[:7], (cx - 40, y + side + 94), 0.5, GREY)
    y += side + 124
    fill(img, rounded_rect(230, WIDTH - 60, 22), 30, y, off(page, 10))
    cv2.putText(img, str(scores[0]), (60, y + 110), FONT, 2.4, score_colour(scores[0]), 4, cv2.LINE_AA)
    note(img, rng.choice(("Safe driver", "Smooth week", "Room to improve")), (60, y + 170), 0.7, s.fg, 2)
    for j, label in enumerate(("Phone use", "Hard brakes", "Speeding", "Rapid starts")):
        x, yy = 420 + (j % 2) * 310, y + 60 + (j // 2) * 90
        icon(img, rng, (x, yy), 16, AMBER if j else RED)
        note(img, f"{rng.randrange(0, 9)} {label}", (x + 30, yy + 8), 0.55, s.fg)
    y += 254
    foot = H - NAV_H - 130
    if rng.random() < 0.3 and y + 150 < foot:
        fill(
            img,
            rounded_rect(120, WIDTH - 60, 20),
            30,
            y,
            tone(RED, 20) if sum(page) < 384 else (225, 225, 250),
        )
        sd = face_avatar(cast, s, rng, 50, y + 30, 28, 40, (1.1, 1.25), "circle")
        note(img, "Crash detection is on for " + who(rng), (70 + sd, y + 68), 0.6, INK, 2)
        y += 140
    y = section(s, y, "Trips")
    while y + 150 < foot:
        tw, th = 200, 130
        tile = street_map(rng, tw, th)
        a, b = (
            (rng.randrange(20, 80), rng.randrange(20, th - 20)),
            (rng.randrange(120, tw - 20), rng.randrange(20, th - 20)),
        )
        route_line(tile, rng, a, b, s.accent if sum(s.accent) < 600 else (200, 120, 30))
        blit(img, tile, 30, y, rounded_rect(th, tw, 14))
        fp2, sd = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.25))
        cast.person(s, 30 + tw - sd + 8, y + th - sd + 8, fp2, sd, "circle", page)
        note(
            img, words(rng, 1).title()[:10] + " to " + words(rng, 1).title()[:10], (260, y + 36), 0.6, s.fg, 2
        )
        note(
            img,
            f"{rng.randrange(6, 23)}:{rng.randrange(60):02d}  {rng.randrange(2, 80)} km",
            (260, y + 72),
            0.5,
            GREY,
        )
        for j in range(rng.randrange(0, 3)):
            tag(img, 260 + j * 180, y + 90, rng.choice(("Phone", "Brake", "Speed")), AMBER, 30)
        if rng.random() < 0.4:  # who rode along
            stack(cast, s, rng, WIDTH - 200, y + 20, rng.randrange(2, 4), 18.3, 22, page)
        y += th + 30
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def car_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A car club's community feed: the cover (last meet's crowd, faces 14-60 px, those under 18 px
    not counted, or a drawn car park) with the club's disc; the next meet (a date block, "going"
    stack of 18-24 px); members' garages (round car photos cut by the right edge, each owner's
    22-30 px face over its lower right); posts (24-32 px faces; a member with the car, faces 24-90
    px, a dashcam clip or a car; likes' stack of 18-20 px)."""
    s = new_screen(rng, name, cast.kind("carclub"), ("dark", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(300, 381)
    if cast.photos and rng.random() < 0.7:
        piece, faces = snapshot(cast, WIDTH, bh, 14, 60, 1.0)
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(img, H11.render(rng, WIDTH, bh, (parking_lot, car_profile)), 0, y)
    cv2.circle(img, (100, y + bh), 60, page, -1, cv2.LINE_AA)
    cv2.circle(img, (100, y + bh), 52, s.accent, -1, cv2.LINE_AA)
    side_car(img, 62, y + bh + 18, 76, WHITE)
    y += bh + 20
    heading(
        s, 180, y + 30, words(rng, 1).title() + " " + rng.choice(("Owners Club", "Drivers", "Cruisers")), 1.0
    )
    note(img, f"{rng.randrange(100, 30000):,} members", (180, y + 66), 0.55, GREY)
    y += 96
    fill(img, rounded_rect(140, WIDTH - 60, 18), 30, y, off(page, 10))
    fill(img, rounded_rect(100, 90, 14), 50, y + 20, s.accent)
    note(img, rng.choice(("SAT", "SUN")), (68, y + 56), 0.55, WHITE, 2)
    note(img, str(rng.randrange(1, 31)), (72, y + 104), 1.0, WHITE, 2)
    note(img, rng.choice(("Sunday cruise", "Cars & coffee", "Track day")), (170, y + 54), 0.7, s.fg, 2)
    end = stack(cast, s, rng, 170, y + 70, rng.randrange(2, 6), 18.3, 24, off(page, 10), rng.randrange(0, 80))
    note(img, "going", (end + 12, y + 98), 0.5, GREY)
    y += 164
    note(img, "GARAGES", (30, y + 24), 0.55, GREY, 2)
    y += 40
    x, t = 30, rng.randrange(130, 161)
    while x < WIDTH:
        blit(img, H11.render(rng, t, t, (car_profile,)), x, y, H3.mask(t, "circle"))
        fp, sd = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
        cast.avatar(s, x + t - sd + 4, y + t - sd + 4, fp, sd, "circle", page)
        note(img, who(rng)[:8], (x + 10, y + t + 30), 0.5, s.fg)
        x += t + 30
    y += t + 60
    foot = H - NAV_H - 130
    while y + 200 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
        note(img, who(rng), (50 + sd, y + 24), 0.6, s.fg, 2)
        note(img, f"{rng.randrange(1, 23)}h", (50 + sd, y + 54), 0.5, GREY)
        y += max(sd, 60) + 10
        s.words(rng, 30, y + 20, 0.6, rng.randrange(3, 8))
        y += 40
        ph = min(foot - y - 90, rng.randrange(320, 441))
        if ph < 160:
            break
        roll = rng.random()
        if roll < 0.45:
            piece, faces = with_car(cast, rng, WIDTH - 60, ph, 24, 90, 2, "none")
            paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, WIDTH - 60, 16))
        elif roll < 0.7:
            blit(img, H11.render(rng, WIDTH - 60, ph, (road_ahead,)), 30, y, rounded_rect(ph, WIDTH - 60, 16))
            hud(img, rng, 30, y, WIDTH - 60, ph, "FRONT")
            play_button(img, (WIDTH // 2, y + ph // 2), 44, WHITE, INK)
        else:
            blit(
                img, H11.render(rng, WIDTH - 60, ph, (car_profile,)), 30, y, rounded_rect(ph, WIDTH - 60, 16)
            )
        y += ph + 14
        if y + 60 < foot:
            end = stack(cast, s, rng, 30, y, rng.randrange(2, 4), 18.3, 20, page, rng.randrange(0, 200))
            note(img, f"{rng.randrange(2, 900)} likes", (end + 12, y + 26), 0.55, GREY)
            y += 60
        y += 20
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    driver_console,
    cabin_cam,
    car_listing,
    dealer_page,
    carpool_seats,
    parcel_tracker,
    ev_charging,
    driving_school,
    family_drive,
    car_club,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (cabin_cam, parcel_tracker)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: the cabin's round things in seats,
# seats from above, handover photos by cars)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, cabin_cam, carpool_seats, dealer_page)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT30_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h30", photos, free, seed, reps)
