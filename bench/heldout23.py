"""Held-out screens, twenty-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-two (heldout.py to heldout22.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: a garment on
a hanger, a suitcase, a living room; nothing with eyes, a mouth or a mask); every random choice
from ``HELDOUT23_SEED``. Faces are pasted through heldout2's ``Screen``, which settles each one on
the finished screen (pixels drawn over a face later are not the face's; a face with under half of
its box left is dropped); the people's places are filled by heldout11's ``Cast`` (through
heldout22's, its screens marked h23-; on face-free screens pets, objects, textures, initials and
this set's drawn things), which counts a face cut by an edge once half of its box is inside. Faces
under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in shopping, travel, delivery and local-services apps. Near repeats avoided
(see their docstrings): heldout3's ride or delivery on a map (here a ride's driver card with a
rating chip over the photo's chin, a car badge, riders sharing the trip, cars from above on the
map; a delivery tracker whose courier is a pin on the route, with restaurants' photos of staff and
diners), heldout6's product page (here a "shop the look" hero with price hotspots over it, a strip
of customers' photos and reviews with verified ticks over the avatars), heldout9's home-rental
listing (here a holiday rental's host with a superhost medal, co-hosts, a carousel of guests'
reviews cut by the edge, and a real-estate map of price pins and agents' faces, or a photo mosaic
with the agent's contact bar pinned over the page), heldout11's second-hand marketplace (here a
fashion catalogue of models cut out on studio backdrops, heads cut by the cards' top edges and
models seen from behind) and heldout20's live-commerce stream (here a sale banner with its
presenter under a sale sticker and a row of live thumbnails with "LIVE" tags over their chins). Ten
layouts:
- a fashion catalogue (``fashion_grid``): on 80 % creators' circles (faces 22-40 px, cut by the
  right edge), filter chips, then two (60 %) or three columns of product cards (``model_card``: a
  model cut out on a studio backdrop, whole, faces 18-48 px, or to the waist, 40-130 px, or with the
  head cut by the card's top edge, 50-140 px, counted while half shows; a photo cropped under the
  head, ``top_photo``, 40-130 px; a model seen from behind, never counted; or the product alone),
  save buttons over their upper right corner, sale stickers or "new" tags over the upper left, on
  45 % a "seen on" chip with the creator's 20-28 px face over the lower left; on 60 % a sponsored
  banner across the grid (``promo_banner``: a photo, faces 30-120 px, under a price tag and a sale
  sticker);
- a product page (``product_page``): the hero (a model cut out on a studio backdrop on 60 %, else a
  photo; faces 80-320 px) with "shop the look" price hotspots over it on 60 %, a save button and a
  counter; sizes, a "bought this week" stack (18-24 px) on 70 %, creators' circles on half,
  customers' photos (square tiles 140-190 px, faces 18-85 px, cut by the right edge, a "+N" scrim
  over the fourth on half), reviews (reviewers' 20-34 px faces, initials on some, a verified tick
  over their lower right on half, review photos with faces 18-40 px on half), questions answered by
  the seller (20-28 px faces), the cart bar;
- a ride-hailing screen (``ride_hail``): a street map, the route, cars from above, the driver's face
  in a pin over the car on 80 % (20-30 px), an ETA bubble; the sheet: the driver's photo (faces
  56-110 px) with a car badge over its lower right and a rating chip over its foot, the car and its
  plate, riders sharing the trip (24-32 px) on 40 %, the driver's message (a 22-28 px face) on
  40 %, trusted contacts' stack (18-24 px), the trip's addresses and payment, an ad (faces 18-50 px
  under a price tag) on 60 %;
- a food-delivery tracker (``food_delivery``): the map with the restaurant's logo pin, the home pin,
  the courier's pin on the route (faces 20-34 px) and up to two other couriers' pins (20-26 px); the
  status card, the courier's card (faces 36-64 px, initials on some, a scooter badge over the lower
  right), tip chips, the order's dishes (things), a group order's people (24-32 px) on 40 %, friends
  who ordered (a stack of 18-24 px) on 80 %, the kitchen's stories (22-40 px) on half, restaurants
  (staff or diners on 60 %, faces 18-60 px, else dishes; a logo disc over the lower left, a save
  heart, a "free delivery" pill, on half a "loved" chip with a friend's 20-26 px face);
- a holiday-rental listing (``rental_listing``): the carousel's photo (a room with people on 55 %,
  faces 18-90 px, else a drawn room, a building or a thing) with a "guest favourite" pill, back,
  share and save buttons over it; the host (faces 50-90 px) with a superhost medal over the lower
  right on 60 %, co-hosts (22-30 px) on half, bedrooms cut by the right edge (people on 30 %, 18-50
  px), the reviews' carousel cut by the right edge (40-60 px faces, initials on some), "meet your
  host" (faces 90-150 px, the medal) where there is room, the reserve bar;
- a flight or hotel booking list (``travel_list``): the search summary, a date strip, filters, on
  60 % travellers who booked (18-24 px); hotels (``hotel_card``: a room or people at the pool on
  60 %, faces 14-50 px, sale stickers and save hearts over them, a "viewing" stack of 18-22 px, a
  guest's quote by a 20-26 px face on 40 %) or flights (airline logos, friends on a flight, 18-22 px,
  on some; an ad with travellers, faces 30-90 px, under a price tag); deals' thumbnails (faces 14-40
  px) on 80 %; a travel agent's chat head over the list (faces 50-70 px, a count badge over it) on
  60 %;
- a real-estate app (``real_estate``): on half a map search (``map_search``: price pins and
  clusters, never faces; two to five pins with an agent's 22-32 px face; listing cards with the
  house, people on 45 %, faces 18-60 px, the agent's 24-36 px face and on 40 % a co-buyer's stack),
  else a property's page (``listing_page``: a photo mosaic, people on half, faces 18-80 px, a "+N
  photos" scrim; facts, an open house's "going" stack of 18-24 px on 90 %, local experts' cards
  (40-56 px) cut by the right edge on 60 %, a floor plan, and the agent's contact bar pinned over
  the page's foot, faces 40-64 px);
- a local-services marketplace (``local_pros``): a featured team's banner on half (faces 20-60 px,
  a price sticker and a ribbon over it, darkened towards its foot), neighbours who hired (a stack of
  18-24 px) on 80 %, tradespeople's cards (``pro_card``: the pro at work, faces 30-90 px, or a round
  headshot, 40-70 px, a "TOP PRO" ribbon over the photo's upper left on 35 %, stars, a verified
  badge, portfolio thumbnails with faces 14-36 px on some, a review by a 20-26 px face on 70 %);
- a sale with a live presenter (``live_sale``): the sale banner (the presenter cut out, faces 60-200
  px, a sale sticker near the face on 40 %, "LIVE", the viewers and a countdown), live thumbnails
  (faces 30-60 px in red rings, a "LIVE" tag over their foot, cut by the right edge), the flash
  sale's grid (products or models, faces 14-40 px, price tags over each foot, stickers over some),
  buyers' photos (faces 18-30 px) on 60 % of its rows;
- an events and ticketing page (``events_page``): the performers' photo (one performer, faces 40-220
  px, or a band, 14-100 px) darkened towards its foot, a date leaf over its lower left, back and save
  buttons; friends going (18-26 px), the line-up (round photos, faces 40-80 px, cut by the right
  edge, a badge over the headliner's), a seat map on 40 %, more events (thumbnails, faces 14-60 px,
  a "SOLD OUT" stamp over some, friends going, 18-22 px, on 40 %).
Light, dark and tinted themes (shops mostly light); JPEG quality 30-60. Save buttons, stickers,
price tags, hotspots, pills, ribbons, medals, badges, chips, pins' rims, stamps and pinned bars
take the pixels they cover; gradient darkenings and scrims leave the faces under them counted;
initials, logos, "+N" discs, price pins, clusters, cars and drawn things are never faces; a
model seen from behind has no face. Only portrait 1088 x 2115 screens (the bench assumes that
size; see heldout5).

At the default 4 reps: 72 screens with 1,201 faces (758 under 32 px, 291 of 32-63, 122 of 64-127,
30 larger; 843 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: garments, suitcases, rooms, pets and objects as products, listings and restaurants, round
things where a cut-out model or presenter would be, initials and things in avatars and pins);
``reps=1`` a quarter (18 screens with 286 faces: 188, 69, 25 and 4 by size, 204 under 40 px; 13
face-free). Every layout but the ride and the rental (4 and 6 faces a screen on average at 4 reps)
is drawn twice a round. Counted by running the generator alone (``faces_bench.py --only heldout23
--count-only``; no detector).
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
import heldout13 as H13
import heldout22 as H22
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, _cut, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small, stars
from heldout6 import off, stepped
from heldout11 import INK, figure, offscreen, paste_photo, snapshot
from heldout19 import _turned_poly, chevron, heading, street_map
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import app_bar, chips, tab_bar, words
from heldout22 import stack

HELDOUT23_SEED = 23232
SALE: Colour = (40, 40, 220)  # a sale's red (BGR)
ORANGE: Colour = (20, 130, 250)
TEAL: Colour = (150, 150, 20)
FONT = cv2.FONT_HERSHEY_DUPLEX
WIDTH = W - 8  # the screen left of the capture's padding


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def garment(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A garment on a hanger against a plain wall: the hanger's hook and bar, a T-shirt, a dress or a
    coat in one colour with stripes or a print of dots scattered (never two alone), buttons in a
    column, a soft shadow."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 170, 245), random_colour(rng, 150, 235))
    s = min(w, h)
    cx = w / 2 + rng.uniform(-0.06, 0.06) * w
    top = h * 0.12
    t = max(1, s // 60)
    cv2.ellipse(
        img, (round(cx), round(top)), (max(2, s // 30), max(2, s // 30)), 0, 180, 450, (90, 90, 90), t
    )
    bar = h * 0.2
    cv2.line(img, (round(cx), round(top + s / 30)), (round(cx - w * 0.3), round(bar)), (90, 90, 90), t)
    cv2.line(img, (round(cx), round(top + s / 30)), (round(cx + w * 0.3), round(bar)), (90, 90, 90), t)
    colour = random_colour(rng, 30, 230)
    kind = rng.randrange(3)
    sw, foot = w * 0.34, h * (0.78 if kind == 0 else 0.94)
    if kind == 0:  # a T-shirt
        pts = [
            (cx - sw * 0.55, bar),
            (cx - sw * 1.15, bar + h * 0.12),
            (cx - sw * 0.95, bar + h * 0.2),
            (cx - sw * 0.7, bar + h * 0.15),
            (cx - sw * 0.7, foot),
            (cx + sw * 0.7, foot),
            (cx + sw * 0.7, bar + h * 0.15),
            (cx + sw * 0.95, bar + h * 0.2),
            (cx + sw * 1.15, bar + h * 0.12),
            (cx + sw * 0.55, bar),
            (cx, bar + h * 0.05),
        ]
    elif kind == 1:  # a dress
        pts = [
            (cx - sw * 0.35, bar),
            (cx - sw * 0.5, bar + h * 0.25),
            (cx - sw * 1.1, foot),
            (cx + sw * 1.1, foot),
            (cx + sw * 0.5, bar + h * 0.25),
            (cx + sw * 0.35, bar),
            (cx, bar + h * 0.08),
        ]
    else:  # a coat
        pts = [
            (cx - sw * 0.6, bar),
            (cx - sw * 1.0, bar + h * 0.1),
            (cx - sw * 1.05, foot),
            (cx + sw * 1.05, foot),
            (cx + sw * 1.0, bar + h * 0.1),
            (cx + sw * 0.6, bar),
            (cx, bar + h * 0.2),
        ]
    shadow = np.array([(x + s * 0.03, y + s * 0.03) for x, y in pts], np.int32)
    cv2.fillPoly(img, [shadow], tone(tuple(int(v) for v in img[h // 2, 2]), -40), cv2.LINE_AA)
    poly = np.array(pts, np.int32)
    cv2.fillPoly(img, [poly], colour, cv2.LINE_AA)
    m = np.zeros((h, w), np.uint8)
    cv2.fillPoly(m, [poly], 255)
    pattern = rng.randrange(3)
    layer = img.copy()
    ink = tone(colour, 70 if sum(colour) < 384 else -70)
    if pattern == 0:
        step = max(3, s // rng.randrange(8, 16))
        for y in range(0, h, step * 2):
            cv2.rectangle(layer, (0, y), (w, y + step - 1), ink, -1)
    elif pattern == 1:
        for _ in range(rng.randrange(12, 40)):
            cv2.circle(layer, (rng.randrange(w), rng.randrange(h)), max(1, s // 50), ink, -1, cv2.LINE_AA)
    img = np.where(m[:, :, None] > 0, layer, img)
    if kind == 2:
        cv2.line(img, (round(cx), round(bar + h * 0.2)), (round(cx), round(foot)), tone(colour, -40), t)
        for k in range(4):
            y = round(bar + h * 0.28 + k * (foot - bar - h * 0.3) / 4)
            cv2.circle(img, (round(cx + s * 0.04), y), max(1, s // 45), tone(colour, -60), -1, cv2.LINE_AA)
    return img


def suitcase(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hard-shell suitcase standing on a floor by a wall: ribbed shell, a telescopic handle, a
    luggage tag, square wheels' housings."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = random_colour(rng, 150, 240)
    floor = round(h * rng.uniform(0.72, 0.85))
    img[:floor] = wall
    img[floor:] = tone(wall, -60)
    s = min(w, h)
    bw, bh = s * rng.uniform(0.38, 0.5), s * rng.uniform(0.5, 0.62)
    x1 = round(w / 2 - bw / 2 + rng.uniform(-0.15, 0.15) * w)
    y2 = floor + round(s * 0.04)
    y1 = round(y2 - bh)
    x2 = round(x1 + bw)
    shell = random_colour(rng, 40, 230)
    fill(img, rounded_rect(y2 - y1, x2 - x1, max(2, s // 20)), x1, y1, shell)
    for k in range(1, 5):
        x = x1 + (x2 - x1) * k // 5
        cv2.line(img, (x, y1 + s // 30), (x, y2 - s // 30), tone(shell, -35), max(1, s // 80))
    hx = (x1 + x2) // 2
    cv2.line(img, (hx - s // 14, y1), (hx - s // 14, y1 - round(bh * 0.35)), (120, 120, 125), max(1, s // 70))
    cv2.line(img, (hx + s // 14, y1), (hx + s // 14, y1 - round(bh * 0.35)), (120, 120, 125), max(1, s // 70))
    cv2.line(
        img,
        (hx - s // 14, y1 - round(bh * 0.35)),
        (hx + s // 14, y1 - round(bh * 0.35)),
        (60, 60, 60),
        max(2, s // 40),
    )
    tag = random_colour(rng, 60, 240)
    cv2.rectangle(img, (x2 - s // 10, y1 + s // 12), (x2 - s // 40, y1 + s // 5), tag, -1)
    for x in (x1 + s // 30, x2 - s // 12):
        cv2.rectangle(img, (x, y2), (x + s // 20, y2 + s // 30), (30, 30, 30), -1)
    return img


def living_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A rental's living room with nobody in it: a wall, a window with its mullions and a view of
    sky, a sofa with square cushions, a floor lamp, a rug, a frame of stripes on the wall."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((225, 230, 235), (200, 215, 225), (170, 190, 200), (215, 225, 215), (90, 95, 105)))
    floor_y = round(h * rng.uniform(0.66, 0.76))
    img[:floor_y] = wall
    gradient(img, (0, floor_y, w, h), (90, 120, 150), (60, 90, 120))
    wx1, wy1 = round(w * rng.uniform(0.05, 0.5)), round(h * 0.1)
    wx2, wy2 = wx1 + round(w * 0.38), round(h * 0.5)
    gradient(img, (wx1, wy1, wx2, wy2), (235, 200, 160), (240, 230, 215))
    cv2.rectangle(img, (wx1, wy1), (wx2, wy2), (245, 245, 245), max(2, w // 100))
    cv2.line(img, ((wx1 + wx2) // 2, wy1), ((wx1 + wx2) // 2, wy2), (245, 245, 245), max(2, w // 120))
    cv2.line(img, (wx1, (wy1 + wy2) // 2), (wx2, (wy1 + wy2) // 2), (245, 245, 245), max(2, w // 120))
    fx = round(w * 0.72) if wx1 < w * 0.3 else round(w * 0.08)
    fw, fh = round(w * 0.16), round(h * 0.2)
    cv2.rectangle(img, (fx, round(h * 0.15)), (fx + fw, round(h * 0.15) + fh), (40, 40, 40), max(2, w // 120))
    for k in range(4):
        yy = round(h * 0.15) + (k + 1) * fh // 5
        cv2.line(
            img, (fx + fw // 6, yy), (fx + fw * 5 // 6, yy), random_colour(rng, 40, 200), max(1, h // 60)
        )
    sofa = random_colour(rng, 50, 200)
    sx1, sx2 = round(w * rng.uniform(0.08, 0.22)), round(w * rng.uniform(0.7, 0.9))
    back_y, seat_y = floor_y - round(h * 0.2), floor_y - round(h * 0.09)
    fill(img, rounded_rect(floor_y - back_y, sx2 - sx1, max(2, h // 40)), sx1, back_y, tone(sofa, -25))
    cv2.rectangle(img, (sx1, seat_y), (sx2, floor_y + round(h * 0.02)), sofa, -1)
    for x in (sx1 - round(w * 0.03), sx2 - round(w * 0.02)):
        fill(
            img,
            rounded_rect(round(h * 0.16), round(w * 0.05), max(2, w // 80)),
            x,
            seat_y - round(h * 0.07),
            sofa,
        )
    n = rng.randrange(2, 4)
    for k in range(n):
        cw = round(w * 0.11)
        cx = sx1 + (sx2 - sx1) * (k + 1) // (n + 1) - cw // 2
        fill(img, rounded_rect(cw, cw, max(2, cw // 5)), cx, seat_y - cw + 4, random_colour(rng, 60, 240))
    rug = random_colour(rng, 60, 220)
    cv2.ellipse(
        img, (w // 2, round(h * 0.9)), (round(w * 0.35), round(h * 0.06)), 0, 0, 360, rug, -1, cv2.LINE_AA
    )
    lx = sx2 + round(w * 0.05) if sx2 < w * 0.85 else sx1 - round(w * 0.06)
    cv2.line(img, (lx, floor_y), (lx, round(h * 0.3)), (50, 50, 50), max(1, w // 150))
    shade = np.array(
        [
            [lx - w // 20, round(h * 0.3)],
            [lx + w // 20, round(h * 0.3)],
            [lx + w // 40, round(h * 0.22)],
            [lx - w // 40, round(h * 0.22)],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [shade], (190, 230, 245), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (garment, suitcase, living_room)


@dataclass
class Cast(H22.Cast):
    """heldout22's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h23-, whose drawn things are this set's: a garment on a hanger, a suitcase, a
    living room."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h23-" + super().kind(layout).removeprefix("h22-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


@dataclass
class Paged(Screen):
    """heldout2's screen whose page colour is the theme's, kept: heldout2 reads it from the pixel
    under the status bar, which a hero photo or a map drawn from the top would change."""

    page: Colour = (0, 0, 0)

    @property
    def bg(self) -> Colour:
        return self.page


def new_screen(rng: random.Random, name: str, kind: str, themes: tuple[str, ...]) -> Screen:
    """heldout5's screen in one of ``themes`` (low-contrast text on some dark ones), its page colour
    kept (``Paged``)."""
    s = H5.new_screen(rng, name, kind, themes)
    return Paged(s.comp, s.fg, s.accent, page=s.bg)


def star(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """One five-pointed star (a rating's)."""
    pts = [
        (
            c[0] + (r if k % 2 == 0 else r * 0.45) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c[1] + (r if k % 2 == 0 else r * 0.45) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)


def save_button(img: np.ndarray, c: tuple[int, int], r: int, on: bool) -> tuple[int, int, int, int]:
    """A heart/save button: a white disc with a heart, red when saved, outlined otherwise (it takes
    the pixels it covers). Returns its rectangle."""
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    if on:
        heart(img, (c[0], c[1] + r // 10), max(4, r * 3 // 5), SALE)
    else:
        heart(img, (c[0], c[1] + r // 10), max(4, r * 3 // 5), INK)
        heart(img, (c[0], c[1] + r // 10), max(3, r * 2 // 5), WHITE)
    return (c[0] - r, c[1] - r, c[0] + r, c[1] + r)


def sale_sticker(img: np.ndarray, c: tuple[int, int], r: int, text: str, colour: Colour = SALE) -> None:
    """A starburst sticker (a sale's "-30%"): a star of 16 points in ``colour``, the text in white
    (it takes the pixels it covers)."""
    pts = [
        (
            c[0] + (r if k % 2 == 0 else r * 0.82) * math.cos(k * math.pi / 16),
            c[1] + (r if k % 2 == 0 else r * 0.82) * math.sin(k * math.pi / 16),
        )
        for k in range(32)
    ]
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)
    scale = r / (14 * len(text) + 10)
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, max(1, r // 18))
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, scale, WHITE, max(1, r // 18), cv2.LINE_AA)


def price_tag(
    img: np.ndarray, x: int, y: int, text: str, h: int, colour: Colour = WHITE
) -> tuple[int, int, int, int]:
    """A price tag from (x, y): a pointed tag shape ``h`` px high with a hole and the price (it takes
    the pixels it covers). Returns its rectangle."""
    scale = h / 46
    (tw, _th), _ = cv2.getTextSize(text, FONT, scale, 2)
    tip = h // 2
    pts = np.array(
        [
            [x, y + h // 2],
            [x + tip, y],
            [x + tip + tw + h // 2, y],
            [x + tip + tw + h // 2, y + h],
            [x + tip, y + h],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)
    cv2.circle(img, (x + tip * 2 // 3, y + h // 2), max(2, h // 10), tone(colour, -90), -1, cv2.LINE_AA)
    ink = INK if sum(colour) > 420 else WHITE
    cv2.putText(img, text, (x + tip + h // 5, y + h * 3 // 4), FONT, scale, ink, 2, cv2.LINE_AA)
    return (x, y, x + tip + tw + h // 2, y + h)


def price(rng: random.Random) -> str:
    return rng.choice(("$", "EUR ", "GBP ")) + str(rng.randrange(9, 400))


def tag(img: np.ndarray, x: int, y: int, text: str, back: Colour, h: int = 36) -> tuple[int, int, int, int]:
    """A small opaque label (a "NEW", "LIVE", "Sponsored" tag) at (x, y). Returns its rectangle."""
    scale = h / 52
    (tw, _th), _ = cv2.getTextSize(text, FONT, scale, 1)
    fill(img, rounded_rect(h, tw + h // 2 + 8, max(2, h // 5)), x, y, back)
    ink = INK if sum(back) > 420 else WHITE
    cv2.putText(img, text, (x + h // 4 + 4, y + h * 2 // 3 + 2), FONT, scale, ink, 1, cv2.LINE_AA)
    return (x, y, x + tw + h // 2 + 8, y + h)


def car_top(img: np.ndarray, c: tuple[float, float], length: int, angle: float, colour: Colour) -> None:
    """A car seen from above (a map's car icon): a rounded body, the windscreen and the rear window
    as dark bands, mirrors."""
    lw, lh = length / 2, length / 4.4
    body = [(-lw, -lh), (lw, -lh), (lw * 1.05, 0), (lw, lh), (-lw, lh), (-lw * 1.05, 0)]
    cv2.fillPoly(img, [_turned_poly(body, c, angle)], colour, cv2.LINE_AA)
    front = [(lw * 0.25, -lh * 0.8), (lw * 0.55, -lh * 0.7), (lw * 0.55, lh * 0.7), (lw * 0.25, lh * 0.8)]
    rear = [
        (-lw * 0.75, -lh * 0.75),
        (-lw * 0.55, -lh * 0.75),
        (-lw * 0.55, lh * 0.75),
        (-lw * 0.75, lh * 0.75),
    ]
    for part in (front, rear):
        cv2.fillPoly(img, [_turned_poly(part, c, angle)], (45, 45, 50), cv2.LINE_AA)
    for d in (-1, 1):
        mirror = [(lw * 0.2, d * lh), (lw * 0.32, d * lh), (lw * 0.3, d * lh * 1.3), (lw * 0.2, d * lh * 1.3)]
        cv2.fillPoly(img, [_turned_poly(mirror, c, angle)], tone(colour, -50), cv2.LINE_AA)


def map_pin(img: np.ndarray, tip: tuple[int, int], r: int, colour: Colour) -> tuple[int, int]:
    """A map pin whose point is at ``tip``: a disc of radius ``r`` in ``colour`` above a pointer.
    Returns the disc's centre (an avatar, a logo or an icon goes in it)."""
    c = (tip[0], tip[1] - round(r * 1.6))
    tri = np.array(
        [[tip[0], tip[1]], [tip[0] - round(r * 0.6), c[1] + r // 2], [tip[0] + round(r * 0.6), c[1] + r // 2]]
    )
    cv2.fillPoly(img, [tri.astype(np.int32)], colour, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    return c


def face_pin(
    cast: Cast, s: Screen, rng: random.Random, tip: tuple[int, int], lo: float, hi: float, colour: Colour
) -> None:
    """A pin holding a round face (``lo``-``hi`` px; on face-free screens a thing or initials): the
    pin's disc rims it."""
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.1, 1.25))
    r = side // 2 + max(4, side // 8)
    c = map_pin(s.img, tip, r, colour)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")


def house_pin(img: np.ndarray, tip: tuple[int, int], r: int, colour: Colour) -> None:
    """A pin with a house drawn in it (a home, a destination)."""
    c = map_pin(img, tip, r, colour)
    roof = np.array([[c[0] - r // 2, c[1]], [c[0], c[1] - r // 2], [c[0] + r // 2, c[1]]], np.int32)
    cv2.fillPoly(img, [roof], WHITE, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r // 3, c[1]), (c[0] + r // 3, c[1] + r // 2), WHITE, -1)


def price_pin(img: np.ndarray, x: int, y: int, text: str, back: Colour) -> int:
    """A real-estate map's price bubble (a pill with a pointer under it, never a face). Returns its
    width."""
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.6, 1)
    bw = tw + 28
    pill(img, x, y, bw, 40, back)
    tri = np.array([[x + bw // 2 - 8, y + 38], [x + bw // 2 + 8, y + 38], [x + bw // 2, y + 50]], np.int32)
    cv2.fillPoly(img, [tri], back, cv2.LINE_AA)
    ink = INK if sum(back) > 420 else WHITE
    cv2.putText(img, text, (x + 14, y + 28), FONT, 0.6, ink, 1, cv2.LINE_AA)
    return bw


def cluster(img: np.ndarray, c: tuple[int, int], r: int, n: int, colour: Colour) -> None:
    """A cluster of listings on a map: a disc in a paler ring with the count (never a face)."""
    cv2.circle(img, c, r + max(4, r // 3), tone(colour, 80), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    text = str(n)
    (tw, th), _ = cv2.getTextSize(text, FONT, r / 30, 2)
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, r / 30, WHITE, 2, cv2.LINE_AA)


def medal(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A superhost's or a top pro's medal over an avatar's corner: a rimmed disc in a rose colour, a
    ribbon's two tails and a star in it."""
    for d in (-1, 1):
        tail = np.array(
            [[c[0] + d * r // 3, c[1]], [c[0] + d * r, c[1] + r * 3 // 2], [c[0] + d * r // 6, c[1] + r]]
        )
        cv2.fillPoly(img, [tail.astype(np.int32)], (90, 60, 200), cv2.LINE_AA)
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (110, 80, 235), -1, cv2.LINE_AA)
    pts = [
        (
            c[0] + (r * 0.6 if k % 2 == 0 else r * 0.26) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c[1] + (r * 0.6 if k % 2 == 0 else r * 0.26) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(img, [np.array(pts, np.int32)], WHITE, cv2.LINE_AA)


def ribbon(img: np.ndarray, x: int, y: int, text: str, back: Colour) -> tuple[int, int, int, int]:
    """A corner ribbon ("TOP PRO", "FEATURED") over a photo's upper left: a band with a notched end
    (it takes the pixels it covers). Returns its rectangle."""
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.55, 1)
    bw, bh = tw + 40, 36
    pts = np.array([[x, y], [x + bw, y], [x + bw - 14, y + bh // 2], [x + bw, y + bh], [x, y + bh]], np.int32)
    cv2.fillPoly(img, [pts], back, cv2.LINE_AA)
    cv2.putText(img, text, (x + 10, y + 25), FONT, 0.55, WHITE, 1, cv2.LINE_AA)
    return (x, y, x + bw, y + bh)


def tick_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A verified tick over an avatar's lower right (a rimmed blue disc with a white tick)."""
    badge(img, c, r, (230, 140, 40), "check", rim)


def room(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, m: np.ndarray | None = None
) -> None:
    """A rental's, a hotel's or a house's photo without people: a drawn living room on 40 %, a
    building's front on 15 %, else a thing."""
    roll = rng.random()
    if roll < 0.55:
        blit(s.img, H11.render(rng, w, h, (living_room,) if roll < 0.4 else (H13.facade,)), x, y, m)
    else:
        cast.thing(s, x, y, w, h, m)


def search_field(s: Screen, y: int, text: str) -> None:
    img = s.img
    pill(img, 30, y, WIDTH - 60, 70, off(s.bg, 16))
    cv2.circle(img, (74, y + 33), 14, GREY, 3, cv2.LINE_AA)
    cv2.line(img, (84, y + 43), (94, y + 53), GREY, 3)
    note(img, text, (112, y + 46), 0.7, GREY)


def backdrop_card(img: np.ndarray, rng: random.Random, x: int, y: int, cw: int, ch: int) -> None:
    """A studio backdrop (a pale gradient with a floor line) over a product card."""
    a = random_colour(rng, 190, 250)
    piece = np.zeros((ch, cw, 3), np.uint8)
    gradient(piece, (0, 0, cw, ch), a, tone(a, -30))
    cv2.line(piece, (0, ch * 4 // 5), (cw, ch * 4 // 5), tone(a, -45), 1)
    blit(img, piece, x, y)


def back_view(
    img: np.ndarray, rng: random.Random, cx: float, cy: float, fp: float, clip: tuple[int, int, int, int]
) -> None:
    """A model seen from behind (never counted): the back of a head (hair, no face) over a neck,
    shoulders and a garment's back, legs under it, clipped to ``clip``."""
    x1, y1, x2, y2 = clip
    view = img[y1:y2, x1:x2]
    ox, oy = round(cx - x1), round(cy - y1)
    hair = rng.choice(((30, 30, 35), (40, 60, 90), (70, 110, 150), (120, 160, 200), (25, 25, 60)))
    cloth = random_colour(rng, 40, 230)
    skin = rng.choice(H11.SKIN)
    r = max(3, round(fp * 0.55))
    cv2.rectangle(view, (ox - r // 3, oy), (ox + r // 3, oy + round(fp * 1.1)), skin, -1)
    torso = np.array(
        [
            [ox - round(fp * 1.2), oy + round(fp * 1.2)],
            [ox + round(fp * 1.2), oy + round(fp * 1.2)],
            [ox + round(fp * 0.95), oy + round(fp * 4.6)],
            [ox - round(fp * 0.95), oy + round(fp * 4.6)],
        ]
    )
    cv2.fillPoly(view, [torso.astype(np.int32)], cloth, cv2.LINE_AA)
    legs = tone(random_colour(rng, 30, 120), -20)
    for d in (-1, 1):
        a = ox + d * round(fp * 0.45) - round(fp * 0.22)
        cv2.rectangle(view, (a, oy + round(fp * 4.6)), (a + round(fp * 0.45), oy + round(fp * 8)), legs, -1)
    cv2.ellipse(view, (ox, oy), (r, round(r * 1.15)), 0, 0, 360, hair, -1, cv2.LINE_AA)
    if rng.random() < 0.5:  # a ponytail or a bun
        cv2.ellipse(view, (ox, oy + round(r * 1.3)), (max(2, r // 3), r), 0, 0, 360, hair, -1, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def top_photo(cast: Cast, s: Screen, x: int, y: int, w: int, h: int, fp: float, top: float) -> None:
    """A w x h photo of people whose main face (``fp`` px) is centred ``top`` px under its top edge
    (cut by it when ``top`` is under half the face), cut from a taller photo; a thing on a
    face-free cast."""
    if not cast.photos:
        cast.thing(s, x, y, w, h)
        return
    th = 2 * h + round(abs(top) + 2 * fp)
    piece, faces = offscreen(w, th, lambda sc: cast.photo(sc, 0, 0, w, th, fp))
    cy = th / 2
    if faces:
        main = min(faces, key=lambda b: abs((b[0] + b[2]) / 2 - w / 2) + abs((b[1] + b[3]) / 2 - th / 2))
        cy = (main[1] + main[3]) / 2
    y0 = max(0, min(th - h, round(cy - top)))
    part, moved = _cut(piece, faces, 0, y0, w, h)
    paste_photo(cast, s, part, moved, x, y)


def model_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> str:
    """A product card's photo at (x, y, cw, ch): a studio backdrop and a model cut out in front of
    it, whole (faces 18-48 px), to the waist (40-130 px), with the head cut by the card's top edge
    (50-140 px, counted while half of the box shows), or seen from behind (never counted); or a
    photo of the model out and about, cropped under the head (``top_photo``, 40-130 px); on
    face-free screens and a fifth of the others the product alone (a garment, a thing). Over it: a
    save button at the upper right, a sale sticker or a "NEW" tag at the upper left on some. Returns
    the kind drawn."""
    img, page = s.img, s.bg
    clip = (x, y, x + cw, y + ch)
    kinds = ("whole", "waist", "crop", "cut", "back", "item")
    kind = rng.choices(kinds, (0.27, 0.18, 0.15, 0.18, 0.08, 0.14))[0]
    if not cast.photos and kind != "back" and rng.random() < 0.6:
        kind = "item"
    if kind == "item":
        cast.thing(s, x, y, cw, ch)
    elif kind == "crop":
        fp = small(rng, 40, max(41.0, min(130.0, cw * 0.42)))
        top_photo(cast, s, x, y, cw, ch, fp, fp * rng.uniform(0.9, 1.8))
    else:
        backdrop_card(img, rng, x, y, cw, ch)
        cx = x + cw / 2 + rng.uniform(-0.12, 0.12) * cw
        if kind == "whole":
            fp = small(rng, 18.3, max(19.0, min(48.0, ch / 9.5)))
            figure(cast, s, cx, y + ch * 0.06 + fp * rng.uniform(0.8, 1.6), fp, clip, True)
        elif kind == "waist":
            fp = small(rng, 40, max(41.0, min(130.0, cw * 0.42)))
            figure(cast, s, cx, y + fp * rng.uniform(0.9, 1.6), fp, clip, True)
        elif kind == "cut":
            fp = small(rng, 50, max(51.0, min(140.0, cw * 0.5)))
            figure(cast, s, cx, y + fp * rng.uniform(-0.35, 0.45), fp, clip, True)
        else:
            fp = rng.uniform(24, min(90.0, cw * 0.3))
            back_view(img, rng, cx, y + fp * rng.uniform(0.8, 1.6), fp, clip)
    fill(img, 255 - rounded_rect(ch, cw, 14), x, y, page)
    save_button(img, (x + cw - 40, y + 40), 28, rng.random() < 0.25)
    roll = rng.random()
    if roll < 0.3:
        sale_sticker(img, (x + 50, y + 50), 44, f"-{rng.randrange(10, 70)}%")
    elif roll < 0.45:
        tag(img, x + 14, y + 16, "NEW", INK)
    return kind


def creators_row(cast: Cast, rng: random.Random, s: Screen, y: int, title: str = "Styled by") -> int:
    """ "Styled by" creators (or a kitchen's stories): round photos in rings (faces 22-40 px) with
    names, cut by the right edge. Returns the height."""
    note(s.img, title, (30, y + 26), 0.7, s.fg, 2)
    y += 44
    fp0, side = _size(rng, 22, small(rng, 23, 40), (1.25, 1.5))
    x = 30
    while x < WIDTH:
        cv2.circle(s.img, (x + side // 2, y + side // 2), side // 2 + 6, s.accent, 3, cv2.LINE_AA)
        cast.avatar(s, x, y, fp0 * rng.uniform(0.92, 1.0), side, "circle")
        note(s.img, rng.choice(C.WORDS)[:7], (x, y + side + 30), 0.5, GREY)
        x += side + 40
    return 44 + side + 50


def promo_banner(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, bw: int, bh: int) -> None:
    """A sponsored banner: a colour block with the offer in big type at its left, a photo of people
    (faces 30-120 px) at its right, a price tag over the photo's lower left and a sale sticker over
    its upper part, "Sponsored" at the corner."""
    img = s.img
    back = random_colour(rng, 40, 220)
    fill(img, rounded_rect(bh, bw, 18), x, y, back)
    pw = bw * rng.randrange(48, 62) // 100
    px = x + bw - pw
    cast.photo(s, px, y, pw, bh, small(rng, 30, min(120.0, bh * 0.45)), rounded_rect(bh, pw, 18))
    ink = WHITE if sum(back) < 420 else INK
    cv2.putText(
        img,
        rng.choice(("SALE", "NEW IN", "DEALS", "-50%")),
        (x + 30, y + bh // 2 - 10),
        FONT,
        1.6,
        ink,
        3,
        cv2.LINE_AA,
    )
    note(img, words(rng, 2).title(), (x + 30, y + bh // 2 + 40), 0.65, ink)
    pill(img, x + 30, y + bh - 80, 200, 54, WHITE)
    note(img, "Shop now", (x + 62, y + bh - 44), 0.65, INK, 2)
    price_tag(
        img,
        px + rng.randrange(10, 60),
        y + bh - rng.randrange(70, 130),
        price(rng),
        44,
        rng.choice((WHITE, GOLD)),
    )
    sale_sticker(
        img,
        (px + rng.randrange(pw // 3, pw - 40), y + rng.randrange(40, bh // 2)),
        rng.randrange(40, 60),
        f"-{rng.randrange(20, 80)}%",
    )
    tag(img, x + 16, y + 14, "Sponsored", (60, 60, 60), 30)


def fashion_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fashion catalogue: the shop's title, a search field, "styled by" creators (``creators_row``)
    on 80 %, filter chips and a sort row, then two (60 %) or three columns of product cards
    (``model_card``, 3:4, then the brand, name, colour swatches and price, struck through beside a
    red one on sale; a "seen on" chip with the creator's 20-28 px face over the lower left on 45 %),
    on 60 % a sponsored banner (``promo_banner``) across the grid after its first row, the tab
    bar."""
    s = new_screen(rng, name, cast.kind("fashion"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    app_bar(s, rng, rng.choice(("Shop", "Women", "Men", "New in")), 3)
    y = STATUS_H + 110
    search_field(s, y, "Search for items and brands")
    y += 90
    if rng.random() < 0.8:
        y += creators_row(cast, rng, s, y)
    chips(img, rng, 30, y, 5, 50, (120, 200), off(page, 18), s.fg)
    y += 70
    note(img, f"{rng.randrange(40, 3000)} items", (30, y + 26), 0.6, GREY)
    note(img, "Sort", (WIDTH - 110, y + 26), 0.6, s.fg, 2)
    y += 50
    cols = 2 if rng.random() < 0.6 else 3
    gap = 24
    cw = (WIDTH - 60 - (cols - 1) * gap) // cols
    ch = cw * 4 // 3
    foot = H - NAV_H - 120
    banner = rng.random() < 0.6
    row = 0
    while y < foot:
        if banner and row == 1:
            bh = rng.randrange(260, 341)
            promo_banner(cast, rng, s, 30, y, WIDTH - 60, bh)
            y += bh + 30
            banner = False
            continue
        for c in range(cols):
            x = 30 + c * (cw + gap)
            model_card(cast, rng, s, x, y, cw, ch)
            if rng.random() < 0.45:  # "seen on": the creator's face in a chip over the lower left
                fp, sd = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.25))
                fill(img, rounded_rect(sd + 12, sd + 150, (sd + 12) // 2), x + 10, y + ch - sd - 22, WHITE)
                cast.avatar(s, x + 16, y + ch - sd - 16, fp, sd, "circle")
                note(img, "@" + rng.choice(C.WORDS)[:7], (x + sd + 24, y + ch - sd // 2 - 10), 0.5, INK)
            ty = y + ch + 34
            note(img, rng.choice(C.WORDS).upper()[:10], (x, ty), 0.55, s.fg, 2)
            note(img, words(rng, 2).title()[:18], (x, ty + 30), 0.5, GREY)
            for k in range(rng.randrange(0, 4)):
                cv2.circle(img, (x + 12 + k * 30, ty + 54), 10, random_colour(rng, 30, 230), -1, cv2.LINE_AA)
            if rng.random() < 0.3:
                note(img, price(rng), (x, ty + 92), 0.6, SALE, 2)
                note(img, str(rng.randrange(20, 500)), (x + 150, ty + 92), 0.5, GREY)
                cv2.line(img, (x + 148, ty + 86), (x + 190, ty + 86), GREY, 1)
            else:
                note(img, price(rng), (x, ty + 92), 0.6, s.fg, 2)
        y += ch + 140
        row += 1
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def hotspot(img: np.ndarray, rng: random.Random, c: tuple[int, int]) -> None:
    """A "shop the look" hotspot: a white dot in a translucent-looking ring and a price pill beside
    it (both opaque: they take the pixels they cover)."""
    cv2.circle(img, c, 20, (225, 225, 225), -1, cv2.LINE_AA)
    cv2.circle(img, c, 11, WHITE, -1, cv2.LINE_AA)
    text = price(rng)
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.55, 1)
    pill(img, c[0] + 28, c[1] - 20, tw + 30, 40, (30, 30, 30))
    cv2.putText(img, text, (c[0] + 43, c[1] + 8), FONT, 0.55, WHITE, 1, cv2.LINE_AA)


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A review: the reviewer's 20-34 px face (initials on some) with a verified tick over its lower
    right on half, name, stars, date, two lines; review photos on 35 % (faces 18-40 px, or the
    product); "helpful". Returns the y under it."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 34, (1.15, 1.35), "circle", person=True)
    if rng.random() < 0.5:
        tick_badge(img, (30 + sd - 3, y + sd - 3), max(7, sd // 6), s.bg)
    note(img, " ".join(rng.choice(C.WORDS).title() for _ in range(2)), (50 + sd, y + 22), 0.65, s.fg, 2)
    stars(img, 50 + sd, y + sd // 2 + 22, 10, rng.randrange(2, 6), GOLD, GREY)
    y += max(sd, 60) + 30
    for _ in range(rng.randrange(1, 3)):
        s.words(rng, 30, y, 0.6, rng.randrange(5, 9))
        y += 34
    if rng.random() < 0.5 and y + 140 < foot:
        t = rng.randrange(100, 131)
        for k in range(rng.randrange(1, 4)):
            cast.scene(
                s,
                30 + k * (t + 12),
                y,
                t,
                t,
                small(rng, 18.3, min(40.0, t * 0.35)),
                rng.random() < 0.7,
                rounded_rect(t, t, 10),
            )
        y += t + 20
    note(img, f"Helpful ({rng.randrange(0, 60)})", (30, y + 10), 0.55, GREY)
    return y + 40


def customer_photos(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Customers' photos: square tiles 140-190 px from the left, cut by the right edge (selfies in
    the product, faces 18-85 px, or the product alone), a "+N" scrim with the count over the fourth
    on some. Returns the height."""
    img = s.img
    n = rng.randrange(12, 400)
    note(img, f"Customer photos ({n})", (30, y + 26), 0.75, s.fg, 2)
    y += 46
    t = rng.randrange(140, 191)
    x = 30
    k = 0
    while x < WIDTH:
        if rng.random() < 0.75:
            cast.photo(s, x, y, t, t, small(rng, 18.3, min(85.0, t * 0.5)), rounded_rect(t, t, 12))
        else:
            cast.thing(s, x, y, t, t, rounded_rect(t, t, 12))
        if k == 3 and rng.random() < 0.5:
            H5.scrim(s, (x, y, x + t, y + t), 0.55)
            note(img, f"+{n - 4}", (x + t // 2 - 34, y + t // 2 + 12), 0.9, WHITE, 2)
        x += t + 12
        k += 1
    return 46 + t + 30


def product_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A product page: back, share and cart (a count badge) over the hero (a model cut out on a
    studio backdrop on 60 %, else a photo; faces 80-320 px), two to four "shop the look" hotspots
    (``hotspot``) over it on 60 %, a save button and a "1/N" counter; the brand, name, stars and
    price, size chips, a "bought this week" stack (18-24 px) on 70 %, creators' circles
    (``creators_row``) on half; customers' photos (``customer_photos``); reviews (``review_row``)
    and, on a fifth of the rows, a question answered by the seller (a 20-28 px face); the cart
    bar."""
    s = new_screen(rng, name, cast.kind("product"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(760, 961)
    fp = small(rng, 80, 320)
    if rng.random() < 0.6:  # the model cut out on a studio backdrop
        backdrop_card(img, rng, 0, y, WIDTH, hh)
        figure(
            cast,
            s,
            WIDTH / 2 + rng.uniform(-0.2, 0.2) * WIDTH,
            y + max(fp * 1.3, hh * rng.uniform(0.2, 0.4)),
            fp,
            (0, y, WIDTH, y + hh),
            True,
        )
    else:
        cast.photo(s, 0, y, WIDTH, hh, fp)
    if rng.random() < 0.6:
        for _ in range(rng.randrange(2, 5)):
            hotspot(img, rng, (rng.randrange(60, WIDTH - 260), rng.randrange(y + 160, y + hh - 80)))
    for k, c in enumerate(((50, y + 50), (WIDTH - 160, y + 50), (WIDTH - 60, y + 50))):
        cv2.circle(img, c, 32, WHITE, -1, cv2.LINE_AA)
        if k == 0:
            chevron(img, c[0], c[1], INK, back=True)
        else:
            icon(img, rng, c, 14, INK)
    badge(img, (WIDTH - 36, y + 26), 14, SALE, str(rng.randrange(1, 9)))
    save_button(img, (WIDTH - 60, y + hh - 60), 34, rng.random() < 0.3)
    pill(img, 30, y + hh - 80, 100, 44, (40, 40, 40))
    note(img, f"1/{rng.randrange(3, 9)}", (52, y + hh - 50), 0.6, WHITE)
    y += hh + 50
    note(img, rng.choice(C.WORDS).upper(), (30, y), 0.6, GREY, 2)
    heading(s, 30, y + 46, words(rng, 3).title()[:26], 1.0)
    end = stars(img, 30, y + 86, 12, rng.randrange(3, 6), GOLD, GREY)
    note(img, f"({rng.randrange(5, 4000)})", (end + 10, y + 94), 0.55, GREY)
    note(img, price(rng), (WIDTH - 240, y + 46), 0.9, SALE if rng.random() < 0.4 else s.fg, 2)
    y += 120
    chips(img, rng, 30, y, 5, 54, (90, 130), off(page, 20), s.fg)
    y += 90
    if rng.random() < 0.7:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 40))
        note(img, f"{rng.randrange(2, 90)}k bought this week", (end + 14, y + 26), 0.55, GREY)
        y += 60
    foot = H - NAV_H - 130
    if rng.random() < 0.5:
        y += creators_row(cast, rng, s, y)
    y += customer_photos(cast, rng, s, y)
    heading(s, 30, y + 30, f"Reviews ({rng.randrange(5, 900)})", 0.8)
    y += 60
    while y + 160 < foot:
        if rng.random() < 0.2:
            note(img, "Q: " + words(rng, 4).lower() + "?", (30, y + 20), 0.6, s.fg, 2)
            sd = face_avatar(cast, s, rng, 30, y + 40, 20, 28, (1.1, 1.25), "circle")
            note(img, "Answered by the seller", (46 + sd, y + 40 + sd // 2 + 6), 0.55, GREY)
            y += 60 + sd
            continue
        y = review_row(cast, rng, s, y, foot)
        cv2.line(img, (30, y - 10), (WIDTH - 30, y - 10), off(page, 14), 1)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 6), -1)
    cv2.circle(img, (80, foot + 64), 44, off(page, 24), -1, cv2.LINE_AA)
    heart(img, (80, foot + 68), 22, s.fg)
    pill(img, 160, foot + 24, WIDTH - 190, 80, s.accent)
    note(img, "Add to bag", (WIDTH // 2 - 20, foot + 74), 0.8, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def map_area(s: Screen, rng: random.Random, y1: int, y2: int) -> None:
    """A street map from ``y1`` to ``y2`` across the screen (heldout19's drawn map)."""
    s.img[y1:y2, :WIDTH] = street_map(rng, WIDTH, y2 - y1)


def route_line(
    img: np.ndarray, rng: random.Random, a: tuple[int, int], b: tuple[int, int], colour: Colour
) -> list:
    """A route from ``a`` to ``b`` in elbows along the streets. Returns its points."""
    pts = [a]
    x, y = a
    for k in range(rng.randrange(2, 5)):
        if k % 2 == 0:
            x = rng.randrange(min(x, b[0]), max(x, b[0]) + 1)
        else:
            y = rng.randrange(min(y, b[1]), max(y, b[1]) + 1)
        pts.append((x, y))
    pts += [(b[0], y), b]
    cv2.polylines(img, [np.array(pts, np.int32)], False, tone(colour, -50), 14, cv2.LINE_AA)
    cv2.polylines(img, [np.array(pts, np.int32)], False, colour, 9, cv2.LINE_AA)
    return pts


def ride_hail(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ride on its way: the map (``map_area``), the route, three to seven cars from above
    (``car_top``), the driver's car at the route's start with the driver's face in a pin over it on
    60 % (20-30 px), the destination's flag, an ETA bubble; the sheet: "arriving in N min", the
    driver's photo (faces 56-110 px) with a car badge over its lower right and a rating chip over
    its foot (over the chin), name, the car and its plate, riders sharing the trip on 40 % (24-32
    px), message and call buttons, the driver's message on 40 % (a 22-28 px face), trusted
    contacts' stack (18-24 px, "+N") sharing the trip, the trip's addresses and payment, an ad on
    60 % (faces 18-50 px, a price tag over them)."""
    s = new_screen(rng, name, cast.kind("ride"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    sheet = H - NAV_H - rng.randrange(900, 1100)
    map_area(s, rng, STATUS_H, sheet + 40)
    a = (rng.randrange(120, WIDTH - 120), rng.randrange(sheet - 420, sheet - 120))
    b = (rng.randrange(120, WIDTH - 120), rng.randrange(STATUS_H + 180, STATUS_H + 420))
    route_line(img, rng, a, b, s.accent if sum(s.accent) < 600 else (200, 120, 30))
    for _ in range(rng.randrange(3, 8)):
        car_top(
            img,
            (rng.randrange(40, WIDTH - 40), rng.randrange(STATUS_H + 120, sheet - 20)),
            rng.randrange(44, 64),
            rng.uniform(0, 360),
            rng.choice(((40, 40, 40), (235, 235, 235), (60, 60, 200), (150, 110, 60))),
        )
    car_top(img, a, 64, rng.choice((0, 90, 180, 270)), (30, 30, 30))
    if rng.random() < 0.8:
        face_pin(cast, s, rng, (a[0], a[1] - 30), 20, 30, WHITE)
    cv2.rectangle(img, (b[0] - 3, b[1] - 60), (b[0] + 3, b[1]), INK, -1)
    cv2.rectangle(img, (b[0], b[1] - 60), (b[0] + 40, b[1] - 34), INK, -1)
    pill(img, b[0] - 100, b[1] + 16, 200, 56, (30, 30, 30))
    note(img, f"{rng.randrange(2, 40)} min", (b[0] - 60, b[1] + 54), 0.7, WHITE, 2)
    cv2.circle(img, (60, STATUS_H + 60), 36, WHITE, -1, cv2.LINE_AA)
    chevron(img, 60, STATUS_H + 60, INK, back=True)
    H5.sheet(img, sheet, page)
    y = sheet + 80
    heading(s, 30, y, f"Arriving in {rng.randrange(1, 12)} min", 1.0)
    note(img, words(rng, 3).title(), (30, y + 40), 0.6, GREY)
    y += 80
    side = rng.randrange(120, 171)
    fp = min(110.0, max(56.0, side / rng.uniform(1.3, 1.7)))
    cast.avatar(s, 30, y, fp, side, "circle")
    bc = (30 + side - 14, y + side - 18)
    cv2.circle(img, bc, 30, WHITE, -1, cv2.LINE_AA)
    car_top(img, bc, 44, 0, rng.choice(((40, 40, 40), (60, 60, 200), (150, 110, 60))))
    pill(img, 30 + side // 2 - 62, y + side - 22, 110, 40, WHITE)
    cv2.putText(
        img,
        f"{rng.uniform(4.5, 5.0):.1f}",
        (30 + side // 2 - 44, y + side + 8),
        FONT,
        0.65,
        INK,
        2,
        cv2.LINE_AA,
    )
    star(img, (30 + side // 2 + 30, y + side - 2), 11, GOLD)
    tx = 70 + side
    heading(s, tx, y + 40, rng.choice(C.WORDS).title(), 0.95)
    note(img, words(rng, 2).title(), (tx, y + 80), 0.6, GREY)
    cv2.rectangle(img, (tx, y + 100), (tx + 230, y + 150), (60, 200, 250), -1)
    cv2.rectangle(img, (tx, y + 100), (tx + 230, y + 150), INK, 2)
    cv2.putText(
        img,
        "".join(rng.choice("ABCDEFGHKLMNPRSTVXYZ0123456789") for _ in range(7)),
        (tx + 16, y + 138),
        FONT,
        0.85,
        INK,
        2,
        cv2.LINE_AA,
    )
    cast.thing(s, WIDTH - 300, y + 10, 260, 150, rounded_rect(150, 260, 14))
    y += max(side, 170) + 40
    if rng.random() < 0.4:
        note(img, "Sharing this ride with", (30, y + 26), 0.6, GREY)
        x = 330
        for _ in range(rng.randrange(1, 3)):
            sd = face_avatar(cast, s, rng, x, y, 24, 32, (1.1, 1.25), "circle", person=True)
            x += sd + 16
        y += 70
    for k, t in enumerate(("Any pickup notes?", "Call")):
        x0 = 30 if k == 0 else WIDTH - 230
        pill(img, x0, y, WIDTH - 290 if k == 0 else 200, 70, off(page, 18))
        note(img, t, (x0 + 36, y + 46), 0.65, GREY if k == 0 else s.fg)
    y += 100
    if rng.random() < 0.4:
        sd = face_avatar(cast, s, rng, 30, y, 22, 28, (1.1, 1.25), "circle")
        fill(img, rounded_rect(64, 560, 24), 46 + sd, y - 6, off(page, 22))
        s.words(rng, 70 + sd, y + 34, 0.6, rng.randrange(3, 6))
        y += 90
    foot = H - NAV_H - 20
    if y + 80 < foot:
        icon(img, rng, (56, y + 30), 20, s.accent)
        note(img, "Share trip status", (100, y + 40), 0.7, s.fg)
        stack(cast, s, rng, WIDTH - 330, y + 6, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 6))
        y += 90
    if y + 220 < foot:  # the trip: pickup and destination, the payment
        for k in range(2):
            cv2.circle(img, (56, y + 30 + k * 80), 12, GREEN if k == 0 else s.fg, -1, cv2.LINE_AA)
            note(
                img,
                f"{rng.randrange(1, 300)} {rng.choice(C.WORDS).title()} Street",
                (100, y + 40 + k * 80),
                0.65,
                s.fg,
            )
        cv2.line(img, (56, y + 46), (56, y + 94), GREY, 3)
        y += 170
        fill(img, rounded_rect(44, 68, 8), 30, y, random_colour(rng, 40, 200))
        note(img, f"**** {rng.randrange(1000, 9999)}", (120, y + 32), 0.65, s.fg)
        note(img, price(rng), (WIDTH - 180, y + 32), 0.7, s.fg, 2)
        y += 80
    if rng.random() < 0.6 and y + 200 < foot:
        bh = min(rng.randrange(180, 260), foot - y - 10)
        fill(img, rounded_rect(bh, WIDTH - 60, 18), 30, y, off(page, 14))
        cut_photo(
            cast,
            rng,
            s,
            WIDTH - 30 - bh * 3 // 2,
            y,
            bh * 3 // 2,
            bh,
            18.3,
            50,
            rounded_rect(bh, bh * 3 // 2, 18),
            0.85,
        )
        note(img, "Ride pass", (60, y + 60), 0.8, s.fg, 2)
        note(img, f"{rng.randrange(10, 50)}% off rides", (60, y + 100), 0.6, GREY)
        price_tag(img, WIDTH - 30 - bh * 3 // 2 + 10, y + bh - 60, price(rng), 44, GOLD)
    H5.nav_bar(s)
    return s.finish()


def food_delivery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A food order on its way: the map (``map_area``), the route from the restaurant's logo pin to
    the home pin, the courier's pin on it (faces 20-34 px), up to two other couriers' pins (20-26
    px); the status card (the time, four steps), the courier's card (faces 36-64 px, initials on
    some, a scooter badge over the lower right, stars, call and chat), tip chips, the order's dishes
    (things), a group order's people (24-32 px) on 40 %, friends who ordered (a stack of 18-24 px)
    on 80 %, the kitchen's stories (``creators_row``) on half, then restaurants in two columns
    (staff or diners on 60 %, faces 18-60 px, else dishes; a logo disc over the photo's lower left,
    a save heart, a "free delivery" pill over the upper left on some, a "loved" chip with a
    friend's 20-26 px face over the lower right on half)."""
    s = new_screen(rng, name, cast.kind("delivery"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    mh = rng.randrange(560, 721)
    map_area(s, rng, STATUS_H, STATUS_H + mh)
    a = (rng.randrange(140, WIDTH - 140), rng.randrange(STATUS_H + 180, STATUS_H + mh // 2))
    b = (rng.randrange(140, WIDTH - 140), rng.randrange(STATUS_H + mh // 2 + 60, STATUS_H + mh - 100))
    pts = route_line(img, rng, a, b, (40, 160, 40))
    c = map_pin(img, a, 34, SALE)
    H8.logo(img, rng, c[0] - 22, c[1] - 22, 44)
    house_pin(img, b, 30, INK)
    k = rng.randrange(1, len(pts) - 1)
    tip = ((pts[k][0] + pts[k + 1][0]) // 2, (pts[k][1] + pts[k + 1][1]) // 2)
    face_pin(cast, s, rng, tip, 20, 34, (40, 160, 40))
    for _ in range(rng.choice((0, 1, 1, 2))):  # other orders' couriers
        face_pin(
            cast,
            s,
            rng,
            (rng.randrange(80, WIDTH - 80), rng.randrange(STATUS_H + 160, STATUS_H + mh - 40)),
            20,
            26,
            GREY,
        )
    y = STATUS_H + mh - 40
    fill(img, rounded_rect(200, WIDTH - 60, 22), 30, y, off(page, 4))
    heading(s, 60, y + 56, f"Arriving {rng.randrange(10, 23)}:{rng.randrange(60):02d}", 1.0)
    note(img, rng.choice(("Picked up", "On the way", "Nearly there")), (60, y + 96), 0.6, GREY)
    steps = rng.randrange(1, 4)
    for j in range(4):
        x0 = 60 + j * ((WIDTH - 120) // 4)
        cv2.rectangle(
            img,
            (x0, y + 130),
            (x0 + (WIDTH - 120) // 4 - 12, y + 140),
            (40, 160, 40) if j <= steps else GREY,
            -1,
        )
    y += 230
    side = rng.randrange(60, 91)
    fp = min(64.0, max(36.0, side / rng.uniform(1.2, 1.5)))
    cast.person(s, 30, y, fp, side, "circle")
    bc = (30 + side - 8, y + side - 8)
    cv2.circle(img, bc, 20, page, -1, cv2.LINE_AA)
    cv2.circle(img, bc, 16, (40, 160, 40), -1, cv2.LINE_AA)
    cv2.rectangle(img, (bc[0] - 9, bc[1] - 3), (bc[0] + 9, bc[1] + 4), WHITE, -1)
    note(img, f"{rng.choice(C.WORDS).title()} is your courier", (56 + side, y + side // 2 - 6), 0.7, s.fg, 2)
    stars(img, 56 + side, y + side // 2 + 22, 9, 5, GOLD, GREY)
    for k2 in range(2):
        cv2.circle(img, (WIDTH - 80 - k2 * 100, y + side // 2), 36, off(page, 20), -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH - 80 - k2 * 100, y + side // 2), 14, s.fg)
    y += side + 30
    note(img, "Add a tip", (30, y + 24), 0.6, GREY)
    chips(img, rng, 180, y, 4, 44, (90, 120), off(page, 20), s.fg)
    y += 70
    for _ in range(rng.randrange(1, 3)):
        cast.thing(s, 30, y, 90, 90, rounded_rect(90, 90, 12))
        s.words(rng, 140, y + 40, 0.6, rng.randrange(2, 4))
        note(img, price(rng), (WIDTH - 160, y + 40), 0.6, s.fg)
        y += 110
    foot = H - NAV_H - 120
    if rng.random() < 0.4 and y + 120 < foot:  # a group order: who is in it
        note(img, "Group order", (30, y + 26), 0.7, s.fg, 2)
        x = 30
        y += 44
        for _ in range(rng.randrange(2, 6)):
            sd = face_avatar(cast, s, rng, x, y, 24, 32, (1.1, 1.3), "circle", person=True)
            note(img, rng.choice(C.WORDS)[:6], (x, y + sd + 24), 0.45, GREY)
            x += max(sd, 80) + 24
        y += 90
    if rng.random() < 0.8 and y + 60 < foot:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 9))
        note(img, "friends ordered from here", (end + 14, y + 26), 0.55, GREY)
        y += 60
    if rng.random() < 0.5 and y + 400 < foot:
        y += creators_row(cast, rng, s, y, "From the kitchen")
    heading(s, 30, y + 36, "Order again", 0.85)
    y += 60
    cw = (WIDTH - 84) // 2
    ch = rng.randrange(220, 281)
    while y + ch * 0.5 < foot:
        for col in range(2):
            x = 30 + col * (cw + 24)
            rect = rounded_rect(ch, cw, 16)
            if rng.random() < 0.6:
                cut_photo(cast, rng, s, x, y, cw, ch, 18.3, 60, rect, 0.9)
            else:
                cast.thing(s, x, y, cw, ch, rect)
            cv2.circle(img, (x + 46, y + ch - 10), 38, WHITE, -1, cv2.LINE_AA)
            H8.logo(img, rng, x + 22, y + ch - 34, 48)
            save_button(img, (x + cw - 36, y + 36), 24, rng.random() < 0.3)
            if rng.random() < 0.4:
                tag(img, x + 12, y + 14, "Free delivery", (40, 160, 40), 32)
            if rng.random() < 0.5:  # "loved by": a friend's face in a chip over the lower right
                fp, sd = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.25))
                fill(
                    img,
                    rounded_rect(sd + 10, sd + 120, (sd + 10) // 2),
                    x + cw - sd - 136,
                    y + ch - sd - 20,
                    WHITE,
                )
                cast.avatar(s, x + cw - sd - 131, y + ch - sd - 15, fp, sd, "circle")
                note(img, "loved", (x + cw - 118, y + ch - sd // 2 - 10), 0.5, INK)
            note(img, words(rng, 2).title()[:16], (x + 100, y + ch + 34), 0.6, s.fg, 2)
            note(img, f"{rng.randrange(10, 45)} min", (x, y + ch + 70), 0.5, GREY)
        y += ch + 100
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def rental_listing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A holiday-rental listing: the carousel's photo (a room with people on 55 %, faces 18-90 px,
    else a drawn room, a building or a thing, ``room``) with a "guest favourite" pill over its
    upper left on half, back, share and save buttons over it and a counter; the title and rating;
    the host's row (faces 50-90
    px, a superhost medal over the lower right on 60 %, co-hosts' 22-30 px faces on half); where
    you'll sleep (room cards cut by the right edge, people on 30 %, faces 18-50 px); amenities;
    the reviews' carousel (cards cut by the right edge, 40-60 px faces, initials on some); "meet
    your host" (faces 90-150 px, the medal) if there is room; the reserve bar."""
    s = new_screen(rng, name, cast.kind("rental"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(540, 681)
    if rng.random() < 0.55:
        piece, faces = snapshot(cast, WIDTH, hh, 18.3, 90, 1.0)
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        room(cast, rng, s, 0, y, WIDTH, hh)
    if rng.random() < 0.5:
        tag(img, 30, y + 110, "Guest favourite", WHITE, 44)
    for k, c in enumerate(((60, y + 50), (WIDTH - 150, y + 50))):
        cv2.circle(img, c, 32, WHITE, -1, cv2.LINE_AA)
        if k == 0:
            chevron(img, c[0], c[1], INK, back=True)
        else:
            icon(img, rng, c, 14, INK)
    save_button(img, (WIDTH - 60, y + 50), 32, rng.random() < 0.3)
    pill(img, WIDTH - 140, y + hh - 70, 110, 44, (40, 40, 40))
    note(img, f"1/{rng.randrange(8, 40)}", (WIDTH - 116, y + hh - 40), 0.6, WHITE)
    y += hh + 60
    heading(s, 30, y, words(rng, 3).title()[:26], 1.05)
    note(img, f"{rng.choice(C.WORDS).title()}, {rng.choice(C.WORDS).title()}", (30, y + 40), 0.6, GREY)
    star(img, (42, y + 70), 12, INK if sum(page) > 384 else WHITE)
    note(img, f"4.{rng.randrange(50, 99)} - {rng.randrange(3, 400)} reviews", (66, y + 78), 0.6, s.fg, 2)
    y += 110
    cv2.line(img, (30, y), (WIDTH - 30, y), off(page, 16), 1)
    y += 30
    side = rng.randrange(80, 121)
    cast.avatar(s, 30, y, min(90.0, max(50.0, side / rng.uniform(1.2, 1.5))), side, "circle")
    superhost = rng.random() < 0.6
    if superhost:
        medal(img, (30 + side - 12, y + side - 16), max(14, side // 6), page)
    note(img, f"Hosted by {rng.choice(C.WORDS).title()}", (60 + side, y + 36), 0.75, s.fg, 2)
    note(
        img,
        ("Superhost - " if superhost else "") + f"{rng.randrange(1, 12)} years hosting",
        (60 + side, y + 72),
        0.55,
        GREY,
    )
    if rng.random() < 0.5:
        end = stack(cast, s, rng, 60 + side, y + 88, rng.randrange(2, 4), 22, 30, page)
        note(img, "Co-hosts", (end + 12, y + 116), 0.55, GREY)
    y += max(side, 130) + 40
    note(img, "Where you'll sleep", (30, y + 20), 0.8, s.fg, 2)
    y += 44
    rw, rh = rng.randrange(340, 421), rng.randrange(220, 271)
    x = 30
    while x < WIDTH:
        if rng.random() < 0.3:
            cut_photo(cast, rng, s, x, y, rw, rh, 18.3, 50, rounded_rect(rh, rw, 14), 1.0)
        else:
            room(cast, rng, s, x, y, rw, rh, rounded_rect(rh, rw, 14))
        note(img, f"Bedroom {rng.randrange(1, 4)}", (x, y + rh + 32), 0.6, s.fg, 2)
        x += rw + 20
    y += rh + 70
    for k in range(2):
        icon(img, rng, (50 + k * 500, y), 16, s.fg)
        note(img, rng.choice(C.WORDS).title(), (90 + k * 500, y + 8), 0.6, s.fg)
    y += 50
    foot = H - NAV_H - 130
    if y + 220 < foot:
        heading(s, 30, y + 30, f"{rng.randrange(5, 400)} reviews", 0.85)
        y += 60
        cw2 = rng.randrange(440, 521)
        ch2 = min(foot - y - 20, rng.randrange(240, 320))
        x = 30
        while x < WIDTH:
            fill(img, rounded_rect(ch2, cw2, 18), x, y, off(page, 10))
            sd = face_avatar(cast, s, rng, x + 24, y + 24, 40, 60, (1.15, 1.3), "circle", person=True)
            note(img, rng.choice(C.WORDS).title(), (x + 40 + sd, y + 50), 0.65, s.fg, 2)
            note(
                img,
                f"{rng.choice(('March', 'May', 'July', 'October'))} 2026",
                (x + 40 + sd, y + 80),
                0.5,
                GREY,
            )
            yy = y + 44 + sd
            while yy + 30 < y + ch2:
                s.words(rng, x + 24, yy, 0.55, rng.randrange(3, 6))
                yy += 32
            x += cw2 + 20
        y += ch2 + 30
    if y + 280 < foot:
        fill(img, rounded_rect(260, WIDTH - 60, 20), 30, y, off(page, 10))
        side = rng.randrange(160, 221)
        side = min(side, 220)
        cast.avatar(s, 60, y + 20, min(150.0, max(90.0, side / rng.uniform(1.25, 1.55))), side, "circle")
        medal(img, (60 + side - 20, y + 20 + side - 24), 22, off(page, 10))
        note(img, "Meet your host", (100 + side, y + 70), 0.8, s.fg, 2)
        note(img, f"{rng.randrange(20, 900)} reviews - 4.9", (100 + side, y + 110), 0.6, GREY)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), page, -1)
    cv2.line(img, (0, foot), (WIDTH, foot), off(page, 20), 1)
    note(img, f"{price(rng)} night", (30, foot + 60), 0.8, s.fg, 2)
    pill(img, WIDTH - 330, foot + 20, 300, 84, (90, 60, 230))
    note(img, "Reserve", (WIDTH - 240, foot + 72), 0.85, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def hotel_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A hotel in a results list: the photo at the left (people at the pool on 60 %, faces 14-50
    px, else a room, ``room``), a sale sticker over its upper left on 30 %, a save heart; the name,
    stars, a rating chip, a "sponsored" tag on some, the price, rooms left in red or a "viewing"
    stack (18-22 px) on some; a guest's quote by a 20-26 px face under it on 40 %. Returns its
    height."""
    img, page = s.img, s.bg
    pw, ph = rng.randrange(300, 361), rng.randrange(240, 301)
    fill(img, rounded_rect(ph, WIDTH - 60, 18), 30, y, off(page, 8))
    m = rounded_rect(ph, pw, 18)
    if rng.random() < 0.6:
        cut_photo(cast, rng, s, 30, y, pw, ph, 14, 50, m, 1.0)
    else:
        room(cast, rng, s, 30, y, pw, ph, m)
    if rng.random() < 0.3:
        sale_sticker(img, (30 + 52, y + 52), 46, f"-{rng.randrange(10, 60)}%")
    save_button(img, (30 + pw - 36, y + 36), 24, rng.random() < 0.3)
    tx = 60 + pw
    note(img, words(rng, 2).title()[:18], (tx, y + 44), 0.75, s.fg, 2)
    stars(img, tx, y + 76, 8, rng.randrange(2, 6), GOLD, GREY)
    pill(img, tx, y + 100, 80, 40, (140, 60, 20))
    note(img, f"{rng.randrange(70, 99) / 10:.1f}", (tx + 18, y + 128), 0.6, WHITE, 2)
    note(img, rng.choice(("Superb", "Very good", "Good")), (tx + 96, y + 128), 0.55, s.fg)
    if rng.random() < 0.25:
        tag(img, tx, y + 150, "Sponsored", off(page, 40), 28)
    note(img, price(rng), (WIDTH - 230, y + ph - 40), 0.85, s.fg, 2)
    if rng.random() < 0.4:
        note(img, f"Only {rng.randrange(1, 4)} left", (tx, y + ph - 40), 0.55, SALE)
    elif rng.random() < 0.5:
        end = stack(cast, s, rng, tx, y + ph - 70, rng.randrange(2, 4), 18.3, 22, off(page, 8))
        note(img, "viewing", (end + 10, y + ph - 44), 0.5, GREY)
    if rng.random() < 0.4:  # a guest's quote under the photo
        fill(img, rounded_rect(70, WIDTH - 60, 18), 30, y + ph - 20, off(page, 8))
        sd = face_avatar(cast, s, rng, 50, y + ph + 4, 20, 26, (1.1, 1.25), "circle", person=True)
        s.words(rng, 66 + sd, y + ph + sd // 2 + 12, 0.55, rng.randrange(3, 7), GREY)
        return ph + 50
    return ph


def travel_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Flights or hotels found: the search summary, a strip of dates with prices, filter chips;
    on 60 % travellers who booked (a stack of 18-24 px); on half hotels (``hotel_card``), else
    flights (airline logos, times, a line with stops, prices, friends on the flight on some, 18-22
    px) with an ad across the list (travellers, faces 30-90 px, a price tag over it); either with
    deals' thumbnails on 80 % (faces 14-40 px, under 18 px not counted); on 60 % a travel agent's
    chat head floating over the list at the right (faces 50-70 px, a count badge over its upper
    right)."""
    s = new_screen(rng, name, cast.kind("travel"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    pill(img, 80, STATUS_H + 20, WIDTH - 110, 76, off(page, 16))
    code = lambda: "".join(rng.choice("ABCDEFGHJKLMNOPRSTVXZ") for _ in range(3))  # noqa: E731
    note(img, f"{code()} - {code()}", (110, STATUS_H + 52), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(1, 29)} Jun - {rng.randrange(1, 5)} guests", (110, STATUS_H + 84), 0.5, GREY)
    y = STATUS_H + 120
    cw = (WIDTH - 60) // 5
    today = rng.randrange(5)
    for k in range(5):
        x = 30 + k * cw
        if k == today:
            fill(img, rounded_rect(90, cw - 8, 12), x, y, s.accent)
        ink = WHITE if k == today else s.fg
        note(img, f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {k + 10}", (x + 20, y + 36), 0.55, ink)
        note(img, price(rng)[:8], (x + 20, y + 70), 0.5, ink)
    y += 110
    chips(img, rng, 30, y, 4, 48, (130, 200), off(page, 18), s.fg)
    y += 70
    foot = H - NAV_H - 120
    if rng.random() < 0.6:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 24, page)
        note(img, f"{rng.randrange(3, 90)} travellers booked today", (end + 14, y + 26), 0.55, GREY)
        y += 60
    hotels = rng.random() < 0.5
    ad_at = rng.randrange(1, 3)
    k = 0
    while y + 200 < foot:
        if k == ad_at + (1 if hotels else 2) and rng.random() < 0.8 and y + 260 < foot:
            note(img, "Deals for you", (30, y + 26), 0.7, s.fg, 2)
            y += 44
            tw, th = rng.randrange(150, 191), rng.randrange(110, 141)
            x = 30
            while x < WIDTH:
                cut_photo(cast, rng, s, x, y, tw, th, 14, 40, rounded_rect(th, tw, 12), 0.8)
                note(img, price(rng), (x, y + th + 30), 0.5, s.fg)
                x += tw + 14
            y += th + 56
        elif hotels:
            y += hotel_card(cast, rng, s, y) + 24
        elif k == ad_at and y + 320 < foot:
            bh = rng.randrange(240, 301)
            fill(img, rounded_rect(bh, WIDTH - 60, 18), 30, y, random_colour(rng, 40, 200))
            pw = (WIDTH - 60) // 2
            cast.photo(s, 30 + pw, y, pw, bh, small(rng, 30, 90), rounded_rect(bh, pw, 18))
            heading(s, 60, y + 70, "Fly to " + rng.choice(C.WORDS).title(), 0.9, WHITE)
            note(img, "from", (60, y + 120), 0.55, WHITE)
            price_tag(img, 30 + pw + rng.randrange(0, 60), y + bh - rng.randrange(60, 110), price(rng), 46)
            tag(img, 46, y + bh - 50, "Ad", (40, 40, 40), 30)
            y += bh + 24
        else:
            rh = 170
            fill(img, rounded_rect(rh, WIDTH - 60, 18), 30, y, off(page, 8))
            H8.logo(img, rng, 54, y + 24, 56)
            t0 = rng.randrange(5, 20)
            note(img, f"{t0:02d}:{rng.randrange(60):02d}", (140, y + 62), 0.8, s.fg, 2)
            note(
                img,
                f"{(t0 + rng.randrange(1, 9)) % 24:02d}:{rng.randrange(60):02d}",
                (560, y + 62),
                0.8,
                s.fg,
                2,
            )
            cv2.line(img, (270, y + 52), (540, y + 52), GREY, 2)
            for j in range(rng.randrange(0, 3)):
                cv2.circle(img, (320 + j * 120, y + 52), 7, SALE, -1, cv2.LINE_AA)
            note(img, f"{rng.randrange(1, 14)}h {rng.randrange(60):02d}m", (350, y + 90), 0.5, GREY)
            note(img, price(rng), (WIDTH - 220, y + 62), 0.8, s.fg, 2)
            note(img, rng.choice(C.WORDS).title(), (140, y + 130), 0.5, GREY)
            if rng.random() < 0.35:  # friends on this flight
                end = stack(cast, s, rng, WIDTH - 330, y + 104, rng.randrange(2, 4), 18.3, 22, off(page, 8))
                note(img, "friends", (end + 10, y + 130), 0.5, GREY)
            y += rh + 20
        k += 1
    tab_bar(s, rng, off(page, 6), 4)
    if rng.random() < 0.6:
        side = rng.randrange(90, 111)
        cx, cy = WIDTH - side - 16, rng.randrange(STATUS_H + 500, foot - side - 40)
        cv2.circle(img, (cx + side // 2, cy + side // 2), side // 2 + 5, WHITE, -1, cv2.LINE_AA)
        cast.avatar(s, cx, cy, min(70.0, max(50.0, side / rng.uniform(1.3, 1.6))), side, "circle")
        badge(img, (cx + side - 10, cy + 10), 16, SALE, str(rng.randrange(1, 9)), WHITE)
    H5.nav_bar(s)
    return s.finish()


def map_search(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A real-estate map search: the map over the upper half with price pins (``price_pin``) and
    clusters (``cluster``), never faces; two to five pins with an agent's face (22-32 px, over
    whatever they fall on); a sheet with the count and listing cards (the house, people on 45 %,
    faces 18-60 px; price, beds and baths; the agent's 24-36 px face, initials on some, the agency's
    logo; on 40 % the stack of who it is shared with, 18-24 px)."""
    img, page = s.img, s.bg
    sheet = rng.randrange(STATUS_H + 860, STATUS_H + 1060)
    map_area(s, rng, STATUS_H, sheet + 40)
    search_field(s, STATUS_H + 20, "City, neighbourhood or postcode")
    for _ in range(rng.randrange(6, 12)):
        price_pin(
            img,
            rng.randrange(20, WIDTH - 180),
            rng.randrange(STATUS_H + 120, sheet - 60),
            f"{rng.randrange(150, 999)}k",
            rng.choice((WHITE, INK, (90, 60, 230))),
        )
    for _ in range(rng.randrange(1, 4)):
        cluster(
            img,
            (rng.randrange(60, WIDTH - 60), rng.randrange(STATUS_H + 140, sheet - 40)),
            rng.randrange(26, 40),
            rng.randrange(3, 60),
            (90, 60, 230),
        )
    for _ in range(rng.randrange(2, 6)):
        face_pin(
            cast,
            s,
            rng,
            (rng.randrange(60, WIDTH - 60), rng.randrange(STATUS_H + 200, sheet - 20)),
            22,
            32,
            (40, 160, 40),
        )
    H5.sheet(img, sheet, page)
    y = sheet + 70
    heading(s, 30, y, f"{rng.randrange(20, 900)} homes", 0.9)
    y += 40
    foot = H - NAV_H - 120
    while y + 200 < foot:
        ph = rng.randrange(300, 381)
        m = rounded_rect(ph, WIDTH - 60, 18)
        if rng.random() < 0.45:
            cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 18.3, 60, m, 1.0)
        else:
            room(cast, rng, s, 30, y, WIDTH - 60, ph, m)
        save_button(img, (WIDTH - 70, y + 40), 28, rng.random() < 0.3)
        if rng.random() < 0.4:
            tag(img, 46, y + 20, rng.choice(("Open house Sat", "New", "Reduced")), WHITE, 36)
        y += ph + 20
        note(img, f"{price(rng)},000", (30, y + 30), 0.85, s.fg, 2)
        note(
            img,
            f"{rng.randrange(1, 6)} bd - {rng.randrange(1, 4)} ba - {rng.randrange(40, 300)} m2",
            (30, y + 64),
            0.55,
            GREY,
        )
        sd = face_avatar(cast, s, rng, WIDTH - 260, y + 4, 24, 36, (1.1, 1.3), "circle", person=True)
        H8.logo(img, rng, WIDTH - 250 + sd, y + 8, 40)
        if rng.random() < 0.4:  # shared with a co-buyer
            end = stack(cast, s, rng, 30, y + 84, 2, 18.3, 24, page)
            note(img, f"Shared with {rng.choice(C.WORDS).title()}", (end + 12, y + 108), 0.5, GREY)
            y += 50
        y += max(90, sd + 20) + 30
    tab_bar(s, rng, off(page, 6), 4)


def listing_page(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A property's page: a mosaic of photos (a big one and four small, people on half, faces
    18-80 px; the last under a "+N photos" scrim), the price, address and facts' chips, text, on
    90 % an open house's card with a "going" stack (18-24 px faces, "+N"), on 60 % local experts'
    cards cut by the right edge (40-56 px faces, initials on some), a floor plan, and the agent's
    contact bar pinned over the page's foot (the headshot, faces 40-64 px, name, the agency's logo,
    call and message buttons)."""
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(440, 541)
    gap = 6
    sw, sh = (WIDTH - gap) // 2, rng.randrange(200, 251)
    rects = [(0, y, WIDTH, bh)] + [
        (c * (sw + gap), y + bh + gap + r * (sh + gap), sw, sh) for r in range(2) for c in range(2)
    ]
    for k, (x, yy, w, h) in enumerate(rects):
        if rng.random() < 0.5:
            cut_photo(cast, rng, s, x, yy, w, h, 18.3, 80, None, 1.0)
        else:
            room(cast, rng, s, x, yy, w, h)
        if k == len(rects) - 1:
            H5.scrim(s, (x, yy, x + w, yy + h), 0.55)
            note(img, f"+{rng.randrange(6, 40)} photos", (x + w // 2 - 90, yy + h // 2 + 10), 0.9, WHITE, 2)
    cv2.circle(img, (60, y + 50), 32, WHITE, -1, cv2.LINE_AA)
    chevron(img, 60, y + 50, INK, back=True)
    save_button(img, (WIDTH - 60, y + 50), 32, rng.random() < 0.3)
    y += bh + 2 * (sh + gap) + 60
    heading(s, 30, y, f"{price(rng)},000", 1.2)
    note(img, f"{rng.randrange(1, 200)} {rng.choice(C.WORDS).title()} Street", (30, y + 44), 0.65, GREY)
    y += 70
    chips(img, rng, 30, y, 4, 50, (130, 200), off(page, 18), s.fg)
    y += 80
    for _ in range(rng.randrange(2, 4)):
        s.words(rng, 30, y, 0.6, rng.randrange(5, 10))
        y += 36
    y += 10
    foot = H - NAV_H - 170
    if y + 150 < foot and rng.random() < 0.9:
        fill(img, rounded_rect(130, WIDTH - 60, 18), 30, y, off(page, 12))
        note(img, f"Open house - Sat {rng.randrange(9, 12)}:00", (60, y + 50), 0.7, s.fg, 2)
        end = stack(
            cast, s, rng, 60, y + 68, rng.randrange(2, 6), 18.3, 24, off(page, 12), rng.randrange(0, 20)
        )
        note(img, "going", (end + 12, y + 96), 0.55, GREY)
        y += 160
    if y + 260 < foot and rng.random() < 0.6:  # local experts: agents' cards cut by the right edge
        note(img, "Local experts", (30, y + 26), 0.75, s.fg, 2)
        y += 44
        cw = rng.randrange(300, 361)
        x = 30
        while x < WIDTH:
            fill(img, rounded_rect(170, cw, 16), x, y, off(page, 12))
            sd = face_avatar(cast, s, rng, x + 20, y + 20, 40, 56, (1.2, 1.4), "circle", person=True)
            note(img, rng.choice(C.WORDS).title(), (x + 40 + sd, y + 50), 0.65, s.fg, 2)
            star(img, (x + 52 + sd, y + 84), 10, GOLD)
            note(
                img,
                f"{rng.randrange(40, 50) / 10:.1f} ({rng.randrange(5, 300)})",
                (x + 70 + sd, y + 92),
                0.5,
                GREY,
            )
            H8.logo(img, rng, x + 20, y + 120, 36)
            x += cw + 20
        y += 200
    if y + 200 < foot:
        ph = min(foot - y - 20, rng.randrange(260, 400))
        cv2.rectangle(img, (30, y), (WIDTH - 30, y + ph), WHITE, -1)
        for _ in range(rng.randrange(4, 8)):
            a = (rng.randrange(40, WIDTH - 40), rng.randrange(y + 10, y + ph - 10))
            b = (
                (a[0], rng.randrange(y + 10, y + ph - 10))
                if rng.random() < 0.5
                else (rng.randrange(40, WIDTH - 40), a[1])
            )
            cv2.line(img, a, b, (60, 60, 60), 4)
        cv2.rectangle(img, (30, y), (WIDTH - 30, y + ph), (60, 60, 60), 6)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 4), -1)
    cv2.line(img, (0, foot), (WIDTH, foot), off(page, 24), 2)
    side = rng.randrange(56, 86)
    cast.avatar(
        s,
        30,
        foot + (170 - side) // 2,
        min(64.0, max(40.0, side / rng.uniform(1.2, 1.4))),
        side,
        rng.choice(("circle", "rounded")),
    )
    note(img, rng.choice(C.WORDS).title(), (50 + side, foot + 70), 0.7, s.fg, 2)
    H8.logo(img, rng, 50 + side, foot + 88, 44)
    for k, t in enumerate(("Call", "Message")):
        x = WIDTH - 430 + k * 210
        pill(img, x, foot + 50, 190, 72, s.accent if k else off(page, 24))
        note(img, t, (x + 40, foot + 96), 0.65, WHITE if k else s.fg, 2)


def real_estate(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A real-estate app: on half a map search (``map_search``), else a property's page
    (``listing_page``)."""
    s = new_screen(rng, name, cast.kind("estate"), ("light", "light", "dark", "tinted"))
    (map_search if rng.random() < 0.5 else listing_page)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def pro_card(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A tradesperson's card: the photo at the left (the pro at work, faces 30-90 px, or a round
    headshot, faces 40-70 px; a thing on face-free screens), a "TOP PRO" ribbon over its upper left
    on 35 %; the name, a verified badge, stars and count, "hired N times", a price and response time;
    portfolio thumbnails on 60 % (jobs done, people on 25 %, faces 14-36 px); a review by a 20-26 px
    face on 70 %. Returns its height."""
    img, page = s.img, s.bg
    card = off(page, 8)
    ph = rng.randrange(200, 241)
    pw = ph
    thumbs = rng.random() < 0.6
    review = rng.random() < 0.7
    ch = ph + 40 + (150 if thumbs else 0) + (90 if review else 0)
    ch = min(ch, foot - y)
    fill(img, rounded_rect(ch, WIDTH - 60, 18), 30, y, card)
    if rng.random() < 0.6:
        cast.photo(s, 50, y + 20, pw, ph, small(rng, 30, 90), rounded_rect(ph, pw, 14))
    else:
        side = ph - 20
        cast.avatar(s, 60, y + 30, min(70.0, max(40.0, side / rng.uniform(1.8, 2.6))), side, "circle")
    if rng.random() < 0.35:
        ribbon(img, 50, y + 34, "TOP PRO", (40, 140, 40))
    tx = 80 + pw
    note(img, " ".join(rng.choice(C.WORDS).title() for _ in range(2))[:18], (tx, y + 60), 0.75, s.fg, 2)
    if rng.random() < 0.6:
        tick_badge(img, (tx + 330, y + 50), 14, card)
    end = stars(img, tx, y + 96, 10, rng.randrange(3, 6), GOLD, GREY)
    note(img, f"({rng.randrange(3, 600)})", (end + 8, y + 104), 0.55, GREY)
    note(img, f"Hired {rng.randrange(2, 400)} times", (tx, y + 144), 0.55, GREY)
    note(img, f"from {price(rng)}/h", (tx, y + 184), 0.65, s.fg, 2)
    pill(img, WIDTH - 250, y + ph - 50, 200, 60, s.accent)
    note(img, "Get quote", (WIDTH - 220, y + ph - 10), 0.6, WHITE, 2)
    yy = y + ph + 40
    if thumbs and yy + 130 < y + ch:
        t = 120
        x = 50
        while x + t < WIDTH - 40:
            if rng.random() < 0.25:
                cut_photo(cast, rng, s, x, yy, t, t, 14, 36, rounded_rect(t, t, 10), 1.0)
            else:
                cast.thing(s, x, yy, t, t, rounded_rect(t, t, 10))
            x += t + 12
        yy += t + 30
    if review and yy + 70 < y + ch:
        sd = face_avatar(cast, s, rng, 50, yy, 20, 26, (1.1, 1.25), "circle", person=True)
        fill(img, rounded_rect(max(sd, 50), WIDTH - 160 - sd, 16), 66 + sd, yy, off(card, 10))
        s.words(rng, 86 + sd, yy + max(sd, 50) // 2 + 8, 0.55, rng.randrange(3, 7))
    return ch


def local_pros(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A local-services marketplace: the service's title, the search field, chips; a featured team's
    banner on half (a group or gathering, faces 20-60 px, a sale sticker with a price over it, a
    "FEATURED" ribbon); neighbours who hired (a stack of 18-24 px faces); tradespeople's cards
    (``pro_card``) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("pros"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(
        s, 80, STATUS_H + 70, rng.choice(("Plumbers", "Cleaners", "Electricians", "Painters", "Movers")), 1.2
    )
    y = STATUS_H + 120
    search_field(s, y, "What do you need done?")
    y += 90
    chips(img, rng, 30, y, 4, 50, (140, 220), off(page, 18), s.fg)
    y += 80
    if rng.random() < 0.5:
        bh = rng.randrange(280, 361)
        piece, faces = snapshot(cast, WIDTH - 60, bh, 20, 60, 0.9)
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(bh, WIDTH - 60, 18))
        ribbon(img, 30, y + 24, "FEATURED", (90, 60, 230))
        sale_sticker(
            img, (WIDTH - 140, y + rng.randrange(70, bh - 70)), rng.randrange(56, 76), price(rng)[:7], GOLD
        )
        stepped(s, (30, y + bh * 2 // 3, WIDTH - 30, y + bh), 0.0, 0.6, 8)
        note(img, words(rng, 3).title(), (60, y + bh - 30), 0.8, WHITE, 2)
        y += bh + 30
    if rng.random() < 0.8:
        end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(0, 40))
        note(img, "neighbours hired here this month", (end + 14, y + 26), 0.55, GREY)
        y += 60
    foot = H - NAV_H - 130
    while y + 220 < foot:
        y += pro_card(cast, rng, s, y, foot) + 24
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def live_sale(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shop's sale with a live presenter: the search field; the sale banner (a gradient in sale
    colours, the presenter cut out at one side, faces 60-200 px, the offer in big type at the other,
    a sale sticker near the face on 40 %, a "LIVE" tag and the viewers, a countdown's blocks); live
    thumbnails (round, faces 30-60 px, in red rings, a "LIVE" tag over their foot, over the chin on
    some; cut by the right edge); the flash sale's grid (three columns: products or models, faces
    14-40 px, a price tag over each foot, a sticker over some); after 60 % of its rows buyers'
    photos (faces 18-30 px)."""
    s = new_screen(rng, name, cast.kind("livesale"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    search_field(s, STATUS_H + 20, "Search deals")
    y = STATUS_H + 110
    bh = rng.randrange(560, 721)
    a, b = random_colour(rng, 60, 250), random_colour(rng, 30, 200)
    gradient(img, (30, y, WIDTH - 30, y + bh), a, b)
    right = rng.random() < 0.5
    fp = small(rng, 60, 200)
    pcx = (WIDTH - 30 - (WIDTH - 60) * 0.27) if right else 30 + (WIDTH - 60) * 0.27
    pcy = y + max(fp * 1.3, bh * rng.uniform(0.25, 0.45))
    figure(cast, s, pcx, pcy, fp, (30, y, WIDTH - 30, y + bh), True)
    tx = 70 if right else WIDTH // 2 + 20
    cv2.putText(img, rng.choice(("MEGA", "FLASH", "SUPER")), (tx, y + 150), FONT, 2.2, WHITE, 5, cv2.LINE_AA)
    cv2.putText(img, "SALE", (tx, y + 250), FONT, 2.4, GOLD, 6, cv2.LINE_AA)
    note(img, f"up to -{rng.randrange(30, 90)}%", (tx, y + 310), 0.9, WHITE, 2)
    for k in range(3):
        fill(img, rounded_rect(60, 64, 10), tx + k * 84, y + 350, INK)
        note(img, f"{rng.randrange(60):02d}", (tx + 10 + k * 84, y + 392), 0.8, WHITE, 2)
    if rng.random() < 0.4:
        sale_sticker(
            img,
            (
                round(pcx + fp * rng.uniform(0.3, 0.9) * (-1 if right else 1)),
                round(pcy - fp * rng.uniform(0.4, 1.0)),
            ),
            rng.randrange(50, 80),
            f"-{rng.randrange(20, 80)}%",
        )
    tag(img, 50, y + 20, "LIVE", SALE, 40)
    note(img, f"{rng.randrange(1, 90)}.{rng.randrange(10)}k watching", (160, y + 48), 0.6, WHITE, 2)
    fill(img, 255 - rounded_rect(bh, WIDTH - 60, 24), 30, y, page)
    y += bh + 40
    note(img, "Live now", (30, y + 26), 0.75, s.fg, 2)
    y += 44
    side = rng.randrange(120, 151)
    x = 30
    while x < WIDTH:
        cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 7, SALE, 4, cv2.LINE_AA)
        cast.avatar(s, x, y, min(60.0, max(30.0, side / rng.uniform(2.0, 3.5))), side, "circle")
        tag(img, x + side // 2 - 36, y + side - 22, "LIVE", SALE, 34)
        note(img, rng.choice(C.WORDS)[:8], (x, y + side + 44), 0.5, GREY)
        x += side + 30
    y += side + 70
    foot = H - NAV_H - 120
    heading(s, 30, y + 30, "Flash sale", 0.9)
    y += 56
    cw = (WIDTH - 60 - 2 * 16) // 3
    while y + cw * 0.5 < foot:
        for c in range(3):
            x = 30 + c * (cw + 16)
            m = rounded_rect(cw, cw, 14)
            if rng.random() < 0.4:
                cast.photo(s, x, y, cw, cw, small(rng, 14, 40), m)
            else:
                cast.thing(s, x, y, cw, cw, m)
            price_tag(img, x + 6, y + cw - 56, price(rng), 44, rng.choice((WHITE, GOLD, SALE)))
            if rng.random() < 0.3:
                sale_sticker(img, (x + cw - 40, y + 40), 36, f"-{rng.randrange(10, 80)}%")
        y += cw + 24
        if y + 220 < foot and rng.random() < 0.6:
            note(img, "Buyers' photos", (30, y + 26), 0.7, s.fg, 2)
            y += 44
            t = rng.randrange(110, 141)
            x = 30
            while x < WIDTH:
                cast.photo(s, x, y, t, t, small(rng, 18.3, 30), rounded_rect(t, t, 10))
                x += t + 10
            y += t + 30
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def date_leaf(img: np.ndarray, x: int, y: int, month: str, day: int) -> None:
    """A calendar leaf (the event's date) over a photo's corner: white, the month in red."""
    fill(img, rounded_rect(110, 100, 14), x, y, WHITE)
    cv2.rectangle(img, (x, y + 10), (x + 99, y + 38), SALE, -1)
    cv2.putText(img, month, (x + 22, y + 32), FONT, 0.6, WHITE, 1, cv2.LINE_AA)
    cv2.putText(img, str(day), (x + 22 if day > 9 else x + 36, y + 90), FONT, 1.3, INK, 2, cv2.LINE_AA)


def seat_map(img: np.ndarray, rng: random.Random, y: int, h: int, page: Colour) -> None:
    """A venue's seat map: the stage's arc and blocks of seats (rows of small squares), some
    sections taken (grey), the chosen one in the accent."""
    cv2.ellipse(img, (WIDTH // 2, y + 10), (WIDTH // 4, 60), 0, 0, 180, off(page, 60), -1, cv2.LINE_AA)
    note(img, "STAGE", (WIDTH // 2 - 44, y + 40), 0.6, WHITE if sum(page) > 384 else INK, 2)
    for row in range(6, h // 22):
        yy = y + row * 22
        half = 120 + row * 14
        colour = random_colour(rng, 60, 230)
        for xx in range(WIDTH // 2 - half, WIDTH // 2 + half, 22):
            if 0 < xx < WIDTH - 20:
                taken = rng.random() < 0.3
                cv2.rectangle(img, (xx, yy), (xx + 14, yy + 14), GREY if taken else colour, -1)


def events_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An event's page in a ticketing app: the performers' photo (one performer, faces 40-220 px,
    or a band, 14-100 px) darkened towards its foot (the faces under it counted), a date leaf
    (``date_leaf``) over its lower left, back and save buttons; the title, venue, friends going (a
    stack of 18-26 px faces, "+N"), the tickets button; the line-up (round photos, faces 40-80 px,
    named, cut by the right edge, a star badge over the headliner's); a seat map (``seat_map``) on
    40 %; more events (thumbnails, faces 14-60 px, a "SOLD OUT" stamp over some, dates and prices,
    friends going on 40 %, 18-22 px)."""
    s = new_screen(rng, name, cast.kind("events"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(560, 701)
    if rng.random() < 0.55:
        cast.photo(s, 0, y, WIDTH, hh, small(rng, 40, 220))
    else:
        piece, faces = snapshot(cast, WIDTH, hh, 14, 100, 0.95)
        paste_photo(cast, s, piece, faces, 0, y)
    stepped(s, (0, y + hh // 2, WIDTH, y + hh), 0.0, 0.7, 12)
    date_leaf(img, 30, y + hh - 140, rng.choice(("JUN", "JUL", "AUG", "SEP")), rng.randrange(1, 31))
    cv2.circle(img, (60, y + 50), 32, WHITE, -1, cv2.LINE_AA)
    chevron(img, 60, y + 50, INK, back=True)
    save_button(img, (WIDTH - 60, y + 50), 32, rng.random() < 0.3)
    cv2.putText(img, words(rng, 2), (160, y + hh - 60), FONT, 1.3, WHITE, 3, cv2.LINE_AA)
    y += hh + 50
    note(img, f"{rng.choice(C.WORDS).title()} Arena - 20:00", (30, y), 0.7, GREY)
    y += 30
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 26, page, rng.randrange(0, 30))
    note(img, "friends going", (end + 14, y + 26), 0.6, GREY)
    pill(img, WIDTH - 300, y - 6, 270, 70, s.accent)
    note(img, "Get tickets", (WIDTH - 256, y + 40), 0.75, WHITE, 2)
    y += 90
    heading(s, 30, y + 30, "Line-up", 0.9)
    y += 56
    side = rng.randrange(120, 151)
    x = 30
    first = True
    while x < WIDTH:
        cast.avatar(s, x, y, min(80.0, max(40.0, side / rng.uniform(1.5, 2.4))), side, "circle")
        if first:
            badge(img, (x + side - 16, y + 16), 18, GOLD, "", page)
            first = False
        note(img, rng.choice(C.WORDS).title()[:8], (x, y + side + 32), 0.55, s.fg)
        x += side + 28
    y += side + 70
    foot = H - NAV_H - 120
    if rng.random() < 0.4 and y + 360 < foot:
        seat_map(img, rng, y, 300, page)
        y += 330
    heading(s, 30, y + 30, "More events", 0.9)
    y += 60
    while y + 130 < foot:
        t = rng.randrange(120, 141)
        m = rounded_rect(t, t, 14)
        if rng.random() < 0.6:
            cast.photo(s, 30, y, t, t, small(rng, 18.3, 60), m)
        else:
            cut_photo(cast, rng, s, 30, y, t, t, 14, 40, m, 0.9)
        if rng.random() < 0.2:
            stamp = np.zeros((44, 190, 3), np.uint8)
            stamp[:] = SALE
            cv2.putText(stamp, "SOLD OUT", (14, 32), FONT, 0.8, WHITE, 2, cv2.LINE_AA)
            out, _faces, where = H11.turned(stamp, [], rng.uniform(-25, -12))
            blit(img, out, 30 + t // 2 - out.shape[1] // 2, y + t // 2 - out.shape[0] // 2, where)
        note(img, words(rng, 2).title()[:20], (60 + t, y + 40), 0.7, s.fg, 2)
        note(
            img,
            f"{rng.randrange(1, 29)} {rng.choice(('Jun', 'Jul', 'Aug'))} - from {price(rng)}",
            (60 + t, y + 80),
            0.55,
            GREY,
        )
        if rng.random() < 0.4:  # friends going to it
            end = stack(cast, s, rng, 60 + t, y + 94, rng.randrange(2, 4), 18.3, 22, page)
            note(img, "going", (end + 10, y + 118), 0.5, GREY)
        y += t + 24
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    fashion_grid,
    product_page,
    ride_hail,
    food_delivery,
    rental_listing,
    travel_list,
    real_estate,
    local_pros,
    live_sale,
    events_page,
)
# with people: each twice a round but two (the fewest faces a screen)
ONCE = (ride_hail, rental_listing)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: products, maps with pins, listings)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, fashion_grid, food_delivery, real_estate)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT23_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h23", photos, free, seed, reps)
