"""Held-out screens, thirty-eighth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a sofa, an arc lamp, moving boxes, an
energy certificate's rating, a mortgage's repayment chart; nothing with eyes, a mouth or a mask),
by heldout23 (an empty living room) or by heldout8 (agencies' and shops' logos); every random
choice from ``HELDOUT38_SEED``. Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout11's ``Cast``
(through heldout26's; this set's screens are marked h38-) fills the people's places, and on
face-free screens puts pets, objects, textures, initials and this set's drawn things there; it
counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as
everywhere in the bench, never counted.

What it adds is faces in the apps of property and housing, most of them small: agents over the
corners of a property search's photos and "recently viewed" facepiles under them, an area's top
agents in a row, a ranking of agents in medal rings with their clients' stacks, people standing at
two to four depths in an open house's rooms (the farthest under 18 px, drawn and not counted) and a
filmstrip of such rooms, flatmates wanted and the housemates of a room to let, a landlord's tenants
and the technicians booked for repairs, movers and the customers who review them, furniture sellers
over their items' photos, locals in a neighbourhood guide, bidders under their paddles' numbers at a
property auction; and the larger faces such apps also show (the agent of the month's headshot, a
mortgage adviser's video call, an auctioneer's camera, a mover's crew photo, a guide's portraits of
locals). Near repeats avoided: heldout9's rental listing and heldout23's real-estate map and
property page (price pins, cards with the agent's face below the photo, a photo mosaic; heldout9's
"similar homes" carousel laid each agent's face over its photo's lower left; here a results list
without a map, full-width homes with the agent's face over the photo's lower right beside the
agency's logo, the viewers' facepiles, the area's agents in a row cut by the edge, and the photos
full screen with a filmstrip and viewers' questions); heldout27's agent's profile (one agent's
cover, sales and team; here a ranking of many agents with medal rings under an agent of the month,
grey on some); heldout27's open house streamed live (the agent's tour video; here still photos of
rooms with people at several depths, the back ones too small to count); heldout27's tenant app and
shared household (the tenant's side, housemates' balances; here the landlord's units with tenants'
stacks and rent statuses, repair requests with the technicians booked, and a flatshare finder's room
advert and flatmates' cards under match rings); heldout11's, heldout33's and heldout36's
marketplaces (here furniture, the seller's face over the item photo's corner, sellers at home with
the item); heldout15's neighbourhood feed and heldout27's safety post (here an editorial guide: a
street photo under a gradient, locals' quotes, a photo essay of portraits grey on half, shop
owners); heldout22's and heldout34's calls and heldout37's one-way interview (here one adviser, a
co-applicant's tile and a sheet of numbers pulled over the video's foot); heldout23's local pros and
heldout27's quotes (here a mover's booking: the crew among boxes, the day's crew in rings);
heldout20's live commerce, heldout23's live sale and heldout36's runway (here an auction: bidders'
paddle numbers over their avatars, the bids). Ten layouts:
- a landlord's portfolio (``landlord_units``): one's 24-30 px face; the rent collected; units
  (``unit_row``: tenants' stacks of 24-34 px, a late payer's red dot over the first face); repairs
  (``repair_card``: the tenant 20-26 px, the technician 30-44 px under a spanner's badge);
- a neighbourhood guide (``area_guide``): the street photo (18-60 px) under a gradient; locals on
  the app (18-24 px); what locals say (``local_quote``: 30-44 px, ticks on half); meet the locals
  (``local_portrait``: 40-110 px, grey on half the pages) cut by the right edge; the weekend's
  event (18-22 px); local businesses (``shop_row``: owners 24-32 px);
- a property search (``listing_results``): the area's top agents (24-32 px) cut by the right edge;
  homes (``listing_card``: a viewing on 25 %, faces 18-50 px; the agent's 26-34 px face over the
  photo's lower right corner; "recently viewed" stacks of 18-22 px on 60 %);
- find an agent (``agent_ranking``): the agent of the month (128-300 px, grey on 40 %) under a
  gradient; the ranking (``agent_row``: 36-56 px in rings, medals' for the first three, ticks on
  60 %, recent clients' stacks of 18-20 px);
- a listing's photos full screen (``room_viewer``): a room at an open house (``open_house``: two to
  four depths, the front faces 40-110 px, the back ones down to 12 px) under a scrim; the
  filmstrip (``room_thumb``: front faces 18-32 px) cut by the right edge; who is going (18-22 px);
  questions (``question_row``: 20-26 px, the agent's answers 18-22 px); the agent (28-36 px);
- a flatshare finder (``flatshare``): one's 24-30 px face; one's room's advert on 70 %
  (``room_advert``: housemates 20-26 px); who viewed it (24-30 px, "new" dots, cut by the right
  edge); flatmates wanted (``flatmate_card``: portraits of 30-80 px under match rings and ticks);
- a furniture marketplace (``furniture_market``): drawn categories; sellers followed (24-34 px in
  rings, cut by the right edge); items (``item_tile``: sellers at home with them on 30 %, faces
  20-60 px; the seller's 18-26 px face over the photo's corner, ticks on 35 %);
- a moving company's booking (``moving_crew``): the crew among boxes (``staged``: 36-110 px); the
  day's crew (40-56 px in rings); neighbours who booked (18-22 px); reviews (``move_review``:
  20-28 px, photos of the day with 18-44 px faces on 30 %);
- a mortgage adviser's call (``mortgage_call``): the adviser (130-380 px) under a gradient; one's
  own camera (40-110 px); the co-applicant's tile on 60 % (initials, or a 50-100 px photo on a
  third); the adviser's 20-24 px face by a shared document;
- a property auction streamed live (``auction_live``): the auctioneer's camera (80-240 px) under a
  scrim; watchers (18-22 px); the leading bidder (26-34 px) under a paddle's label; registered
  bidders (22-28 px, initials on some) cut by the right edge; bids (``bid_row``: 20-28 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut or a stack's
slightly smaller faces can differ (the table below counts what is drawn). Rows of avatars, the
filmstrip and the portraits run past the right edge, their last item across it with 30-70 % of it
showing (``across_edge``: a carousel scrolled part-way), so some faces are cut by the edge and
counted while half of their box shows (the capture's right 8 px are black padding). Light, dark and
tinted themes (the photo viewer, the call and the auction mostly dark); JPEG quality 30-60. Tags,
paddles' labels, ticks, dots, spanners' and "new" badges, match rings, save buttons, name labels,
the sheet and the tab bar take the pixels they cover; a face under them counts while half of its
box shows; rings and rims are drawn before the faces they ring; the gradients under the hero's, the
call's and the guide's titles, the scrims over the viewer's room and the auction's camera and the
grey of the hero and of the locals' portraits leave the faces under them counted as they look;
initials, logos, "+N" discs, rating charts and drawn things are never faces. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,392 faces (1,100 under 32 px, 212 of 32-63, 49 of 64-127,
31 larger; 1,177 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, stacks,
cards, rooms, portraits and cameras, round things where people would stand); ``reps=1`` a quarter
(18 screens with 328 faces: 259, 49, 13 and 7 by size, 278 under 40 px; 13 face-free). Every
layout but the adviser's call and the landlord's portfolio (a call of one large face and a few
small ones, and short rows of tenants and repairs: 5 and 13.75 faces a screen at 4 reps) is drawn
twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    landlord_units    4 screens    55 faces:  51,   4,   0,   0
    area_guide        8 screens   131 faces:  83,  38,   7,   3
    listing_results   8 screens   190 faces: 169,  21,   0,   0
    agent_ranking     8 screens   130 faces:  67,  52,   0,  11
    room_viewer       8 screens   169 faces: 136,  15,  18,   0
    flatshare         8 screens   173 faces: 151,  19,   3,   0
    furniture_market  8 screens   179 faces: 173,   6,   0,   0
    moving_crew       8 screens   144 faces:  75,  55,  14,   0
    mortgage_call     4 screens    20 faces:   4,   2,   7,   7
    auction_live      8 screens   201 faces: 191,   0,   0,  10
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, blit, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import dots, off, outlined, stepped
from heldout8 import logo
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, progress, words
from heldout22 import call_controls, camera_off, name_label, self_view, stack
from heldout23 import FONT, WIDTH, living_room, new_screen, save_button, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import who
from heldout32 import AMBER
from heldout33 import MEDALS, ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar, wide_photo

HELDOUT38_SEED = 38383
AREAS: tuple[str, ...] = (
    "Riverside", "Old Town", "Northgate", "Canal Quarter", "Hillcrest", "Docklands", "Elm Park", "Southbank",
)  # fmt: skip
STREETS: tuple[str, ...] = (
    "Oak St",
    "Mill Lane",
    "Park Rd",
    "Kings Ave",
    "Rose Hill",
    "Quay St",
    "Church Rd",
)
HOMES: tuple[str, ...] = ("2 bed flat", "3 bed house", "Studio", "4 bed semi", "1 bed loft", "Townhouse")
FAULTS: tuple[str, ...] = (
    "Boiler not heating", "Leak under sink", "Broken window latch", "Damp in bedroom", "Oven door loose",
    "Smoke alarm beeping", "Shower drains slowly",
)  # fmt: skip
TRADES: tuple[str, ...] = ("Plumber", "Electrician", "Handyman", "Gas engineer", "Locksmith")
ITEMS: tuple[str, ...] = (
    "Grey 3-seat sofa", "Arc floor lamp", "Oak dining table", "Moving boxes x20", "Armchair", "Bookcase",
    "Rattan chair", "Desk + chair",
)  # fmt: skip
DAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def money(rng: random.Random, lo: int, hi: int) -> str:
    """A price in thousands, written out ("$412,000")."""
    return f"${rng.randrange(lo, hi)},{rng.randrange(0, 1000, 500):03d}"


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def sofa(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A sofa from the front as a seller photographs it: a wall and the floor, two or three back
    cushions, the seat's cushions over a darker base, square arms, short dark legs; a striped throw
    over one arm on some."""
    wall = rng.choice(((228, 232, 236), (200, 214, 226), (150, 160, 170), (190, 205, 200)))
    img = np.full((h, w, 3), wall, np.uint8)
    floor = round(h * rng.uniform(0.76, 0.86))
    cv2.rectangle(img, (0, floor), (w, h), tone(wall, -70), -1)
    body = random_colour(rng, 40, 200)
    sw = round(w * rng.uniform(0.72, 0.9))
    x0, top, seat = (w - sw) // 2, round(h * rng.uniform(0.3, 0.4)), round(h * 0.56)
    leg = max(2, h // 24)
    base = floor - leg
    mid = base - (base - seat) // 2
    arm = max(4, sw // 10)
    n = rng.choice((2, 3))
    cw = (sw - 2 * arm) // n
    for k in range(n):
        cx = x0 + arm + k * cw
        cv2.rectangle(img, (cx + 1, top), (cx + cw - 2, seat), tone(body, 14), -1)
        cv2.rectangle(img, (cx + 1, seat + 1), (cx + cw - 2, mid), tone(body, -6), -1)
    cv2.rectangle(img, (x0 + arm, mid), (x0 + sw - arm, base), tone(body, -28), -1)
    for ax in (x0, x0 + sw - arm):
        cv2.rectangle(img, (ax, top + (seat - top) // 3), (ax + arm, base), body, -1)
    for lx in (x0 + arm // 3, x0 + sw - arm * 2 // 3):
        cv2.rectangle(img, (lx, base), (lx + max(2, arm // 3), floor + leg // 2), (40, 40, 45), -1)
    if rng.random() < 0.4:
        throw, ax = random_colour(rng, 60, 230), x0 if rng.random() < 0.5 else x0 + sw - arm
        a, b = (ax - arm // 4, top + (seat - top) // 3 - 2), (ax + arm + arm // 4, mid)
        cv2.rectangle(img, a, b, throw, -1)
        for yy in range(a[1] + 3, b[1], max(3, (b[1] - a[1]) // 5)):
            cv2.line(img, (a[0], yy), (b[0], yy), tone(throw, -45), max(1, h // 90))
    return img


def arc_lamp(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An arc floor lamp in a room's corner: a heavy square foot, a steel arm rising and curving
    over, a dome shade hanging from its tip with a soft pool of light on the floor under it."""
    wall = rng.choice(((220, 228, 236), (170, 185, 200), (80, 85, 95), (200, 200, 190)))
    img = np.full((h, w, 3), wall, np.uint8)
    floor = round(h * rng.uniform(0.8, 0.9))
    cv2.rectangle(img, (0, floor), (w, h), tone(wall, -60), -1)
    foot_x = round(w * rng.uniform(0.12, 0.3))
    tip_x, tip_y = round(w * rng.uniform(0.62, 0.8)), round(h * rng.uniform(0.22, 0.32))
    pool = (tip_x, floor + (h - floor) // 2)
    cv2.ellipse(img, pool, (max(4, w // 6), max(2, (h - floor) // 3)), 0, 0, 360, tone(wall, -30), -1)
    steel, t = rng.choice(((60, 60, 64), (170, 170, 175), (60, 150, 200))), max(2, w // 110)
    top_y = round(h * rng.uniform(0.06, 0.14))
    cv2.line(img, (foot_x, floor), (foot_x, top_y + (tip_x - foot_x) // 2), steel, t, cv2.LINE_AA)
    r = (tip_x - foot_x) // 2
    cv2.ellipse(img, (foot_x + r, top_y + r), (r, r), 0, 180, 270, steel, t, cv2.LINE_AA)
    cv2.ellipse(img, (foot_x + r, top_y + r), (r, r), 0, 270, 360, steel, t, cv2.LINE_AA)
    cv2.line(img, (tip_x, top_y + r), (tip_x, tip_y + r), steel, max(1, t // 2), cv2.LINE_AA)
    dome = max(5, w // 9)
    shade = rng.choice(((40, 40, 40), (230, 230, 225), (60, 140, 200), (70, 110, 60)))
    cv2.ellipse(
        img, (tip_x, tip_y + r + dome // 2), (dome, dome * 2 // 3), 0, 180, 360, shade, -1, cv2.LINE_AA
    )
    bw = max(6, w // 8)
    cv2.rectangle(
        img, (foot_x - bw // 2, floor - max(3, h // 30)), (foot_x + bw // 2, floor), (150, 150, 150), -1
    )
    return img


def moving_boxes(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Moving boxes stacked in an emptied room: cardboard boxes of a few sizes in one or two tiers,
    the flaps' seam and brown tape down their middles, a white label with a marker's scrawl on
    some."""
    wall = rng.choice(((230, 232, 235), (205, 215, 222), (175, 180, 186)))
    img = np.full((h, w, 3), wall, np.uint8)
    floor = round(h * rng.uniform(0.82, 0.92))
    cv2.rectangle(img, (0, floor), (w, h), tone(wall, -55), -1)
    card = rng.choice(((95, 150, 200), (80, 135, 185), (110, 165, 210)))
    x = w // 14
    while x < w - w // 6:
        bw = round(w * rng.uniform(0.2, 0.32))
        bottom, bx, tier = floor + h // 40, x, bw
        for _ in range(rng.randrange(1, 3)):
            bh = round(tier * rng.uniform(0.55, 0.85))
            if bottom - bh < h // 12:
                break
            box(img, rng, bx, bottom - bh, tier, bh, tone(card, rng.randrange(-14, 15)))
            bottom, tier = bottom - bh, round(tier * rng.uniform(0.75, 0.95))
            bx += rng.randrange(0, max(1, bw - tier + 1))
        x += bw + rng.randrange(2, max(3, w // 25))
    return img


def box(img: np.ndarray, rng: random.Random, x: int, y: int, bw: int, bh: int, colour: Colour) -> None:
    """One cardboard box from the front: its edges, the flaps' seam, tape down the middle of its
    top third, on 40 % a white label in its lower left corner with two lines of a marker's
    scrawl."""
    cv2.rectangle(img, (x, y), (x + bw, y + bh), colour, -1)
    cv2.rectangle(img, (x, y), (x + bw, y + bh), tone(colour, -45), max(1, bw // 60))
    cv2.line(img, (x, y + bh // 6), (x + bw, y + bh // 6), tone(colour, -30), 1)
    tw = max(2, bw // 9)
    cv2.rectangle(img, (x + (bw - tw) // 2, y), (x + (bw + tw) // 2, y + bh // 3), tone(colour, -35), -1)
    if rng.random() < 0.4:
        lw, lh = bw * 2 // 5, max(6, bh // 4)
        lx, ly = x + max(2, bw // 14), y + bh - lh - max(2, bh // 14)
        cv2.rectangle(img, (lx, ly), (lx + lw, ly + lh), (245, 245, 245), -1)
        for k, end in enumerate((lw * 5 // 6, lw // 2)):
            yy = ly + (k + 1) * lh // 3
            cv2.line(img, (lx + 3, yy), (lx + max(4, end), yy), (40, 40, 40), 1)


BANDS: tuple[Colour, ...] = (
    (50, 130, 0), (60, 180, 50), (70, 200, 150), (0, 205, 255), (30, 170, 250), (20, 110, 240), (40, 30, 220),
)  # fmt: skip


def energy_rating(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A home's energy certificate: seven bands A to G as arrows of rising length from green to
    red, their letters in white, and the current and potential ratings as dark arrows at the
    right."""
    img = np.full((h, w, 3), 250, np.uint8)
    rh = max(3, h // 8)
    gap = max(1, rh // 6)
    for k, colour in enumerate(BANDS):
        y, length = rh // 2 + k * rh, round(w * (0.25 + 0.06 * k))
        pts = np.array([[4, y], [length, y], [length + rh // 2, y + (rh - gap) // 2], [length, y + rh - gap],
                        [4, y + rh - gap]], np.int32)  # fmt: skip
        cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)
        if rh > 14:
            cv2.putText(img, "ABCDEFG"[k], (10, y + rh * 2 // 3), FONT, rh / 40, WHITE, 1, cv2.LINE_AA)
    now = rng.randrange(2, 6)
    for band, left in ((now, round(w * 0.7)), (rng.randrange(0, now + 1), round(w * 0.85))):
        y = rh // 2 + band * rh
        pts = np.array([[left, y + (rh - gap) // 2], [left + rh // 2, y], [w - 4, y], [w - 4, y + rh - gap],
                        [left + rh // 2, y + rh - gap]], np.int32)  # fmt: skip
        cv2.fillPoly(img, [pts], (45, 45, 45), cv2.LINE_AA)
    return img


def repayment_chart(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A mortgage's repayments over its term: a bar a year split into the interest (pale) and the
    capital (the accent) that one payment covers, the interest's share falling year by year; the
    balance owed as a falling line over them; the axes."""
    img = np.full((h, w, 3), 248, np.uint8)
    accent, ink = random_colour(rng, 40, 190), (70, 70, 70)
    years = rng.randrange(12, 31)
    left, base = max(4, w // 12), h - max(4, h // 8)
    bw = max(1, (w - left - w // 20) // years)
    bh = round(h * rng.uniform(0.4, 0.6))
    first = rng.uniform(0.55, 0.8)
    line = []
    for k in range(years):
        x, share = left + k * bw, first * (1 - k / years) ** 1.3 + 0.04
        cv2.rectangle(img, (x + 1, base - bh), (x + max(1, bw - 1), base), tone(accent, 90), -1)
        cv2.rectangle(img, (x + 1, base - round(bh * (1 - share))), (x + max(1, bw - 1), base), accent, -1)
        line.append((x + bw // 2, round(base - (h * 0.8) * (1 - (k / years) ** 1.5))))
    cv2.polylines(img, [np.array(line, np.int32)], False, ink, max(1, h // 80), cv2.LINE_AA)
    cv2.line(img, (left, base), (w - 2, base), ink, 1)
    cv2.line(img, (left, 2), (left, base), ink, 1)
    return img


RENDERS: tuple[H11.Render, ...] = (sofa, arc_lamp, moving_boxes, energy_rating, repayment_chart)
ROOMS: tuple[H11.Render, ...] = (living_room, sofa, arc_lamp)  # rooms behind people and on listings
HOMEWARES: tuple[H11.Render, ...] = (sofa, arc_lamp, moving_boxes)  # a marketplace's items


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h38-, whose drawn things are this set's: a sofa, an arc lamp, moving boxes, an
    energy rating, a repayment chart."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h38-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def staged(
    cast: Cast,
    rng: random.Random,
    backs: tuple[H11.Render, ...],
    depths: int,
    per: tuple[int, int],
    w: int,
    h: int,
    lo: float,
    hi: float,
) -> tuple[np.ndarray, list[BoxF]]:
    """A w x h photo of people standing in a drawn place (one of ``backs``, softened a little: the
    lens's depth of field) at ``depths`` depths with their heads near the eye line: the front
    ones' faces ``hi`` px, the back ones' ``lo`` px (under 18 px on some: drawn, not counted),
    ``per`` people a depth (the range's ends), the front ones hiding parts of those behind them. A
    face-free cast stands round things there."""
    eye = h * rng.uniform(0.3, 0.45)

    def draw(sc: Screen) -> None:
        sc.img[:] = cv2.GaussianBlur(H11.render(rng, w, h, backs), (0, 0), rng.uniform(0.6, 1.6))
        for k in range(depths):  # from the back
            fp = lo + (hi - lo) * k / max(1, depths - 1)
            for _ in range(rng.randrange(per[0], per[1] + 1)):
                cx, cy = rng.uniform(0.08, 0.92) * w, eye + rng.uniform(-0.3, 0.6) * fp
                H11.figure(cast, sc, cx, cy, fp * rng.uniform(0.9, 1.1), (0, 0, w, h), True)

    return H11.offscreen(w, h, draw)


def open_house(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float
) -> tuple[np.ndarray, list[BoxF]]:
    """A room at an open house or a viewing (``staged``): two to four depths of one to three
    people in a drawn living room, a sofa's or a lamp's corner."""
    return staged(cast, rng, ROOMS, rng.randrange(2, 5), (1, 3), w, h, lo, hi)


def home_photo(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, lo: float, hi: float,
    people: bool, m: np.ndarray | None = None,
) -> None:  # fmt: skip
    """A home's photo on a listing: with ``people`` a viewing (``open_house``: faces ``lo``-``hi``
    px, the back ones smaller), else a drawn room (a living room, a sofa, a lamp) on 60 %, or a
    thing."""
    if people:
        piece, faces = open_house(cast, rng, w, h, lo, hi)
        H11.paste_photo(cast, s, piece, faces, x, y, m)
    elif rng.random() < 0.6:
        blit(s.img, H11.render(rng, w, h, ROOMS), x, y, m)
    else:
        cast.thing(s, x, y, w, h, m)


def across_edge(rng: random.Random, step: float, side: int) -> list[int]:
    """The left ends of a row's items about ``step`` px apart from x = 30, the step stretched or
    shrunk a little so that the last one (about ``side`` px wide) lies across the screen's right
    edge with 30-70 % of it showing (a carousel scrolled part-way): its face is cut by the edge,
    counted while half of its box shows."""
    target = WIDTH - side * rng.uniform(0.3, 0.7)
    n = max(1, round((target - 30) / step))
    return [round(30 + k * (target - 30) / n) for k in range(n + 1)]


def rimmed(cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, rim: Colour) -> None:
    """A round avatar in a solid rim of ``rim`` (laid over a photo's edge or a card's corner); the
    rim is drawn before the face."""
    cv2.circle(s.img, (x + side // 2, y + side // 2), side // 2 + max(3, side // 10), rim, -1, cv2.LINE_AA)
    cast.avatar(s, x, y, fp, side, "circle")


def tool_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A trade's badge over a technician's avatar: an amber disc in a rim, a white spanner (a
    handle and an open jaw)."""
    badge(img, c, r, AMBER, "", rim)
    t = max(1, r // 4)
    cv2.line(img, (c[0] - r // 2, c[1] + r // 2), (c[0] + r // 5, c[1] - r // 5), WHITE, t, cv2.LINE_AA)
    cv2.ellipse(img, (c[0] + r // 4, c[1] - r // 4), (r // 3, r // 3), 45, 200, 520, WHITE, t, cv2.LINE_AA)


def paddle(img: np.ndarray, x: int, y: int, side: int, number: int, rim: Colour) -> None:
    """A bidder's paddle number over the lower right corner of an avatar of ``side`` px at (x, y):
    a white label in a rim with the number in ink, its left edge 8 px inside the avatar's right
    (it takes the pixels it covers)."""
    text = str(number)
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.45, 1)
    x, y = x + side - 8, y + side - 16
    cv2.rectangle(img, (x - 3, y - 3), (x + tw + 15, y + 27), rim, -1)
    cv2.rectangle(img, (x, y), (x + tw + 12, y + 24), WHITE, -1)
    cv2.putText(img, text, (x + 6, y + 18), FONT, 0.45, INK, 1, cv2.LINE_AA)


def listing_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A home on a property search's results: the photo (a viewing with people on 25 %: faces 18-50
    px; a drawn room or a thing otherwise) with a tag, a save button and carousel dots; over its
    lower right corner the listing agent's 26-34 px face in a rim of the card's colour, the
    agency's logo beside it; the price, the rooms and the street; on 60 % "recently viewed by" a stack of
    18-22 px faces ("+N"). Returns its height."""
    img = s.img
    card = off(s.bg, 8)
    ph, viewed = rng.randrange(340, 411), rng.random() < 0.6
    ch = ph + 160 + 56 * viewed
    rounded_card(img, 20, y, WIDTH - 40, ch, 18, card)
    people = rng.random() < 0.25
    home_photo(cast, rng, s, 20, y, WIDTH - 40, ph, 18.3, 50, people, rounded_rect(ph, WIDTH - 40, 18))
    label = "Open house Sat" if people else rng.choice(("New", "Price drop", "Under offer", "Chain free"))
    tag(img, 40, y + 20, label, (30, 30, 30), 36)
    save_button(img, (WIDTH - 80, y + 56), 28, rng.random() < 0.3)
    dots(img, WIDTH // 2, y + ph - 22, 5, rng.randrange(5), WHITE, GREY)
    fp, side = _size(rng, 26, small(rng, 27, 34), (1.15, 1.3))
    rimmed(cast, s, WIDTH - 64 - side, y + ph - side // 2, fp, side, card)
    logo(img, rng, WIDTH - 120 - side, y + ph + 8, 36)
    yy = y + ph + side // 2 + 40
    note(img, money(rng, 180, 990), (40, yy), 0.85, s.fg, 2)
    note(img, f"{rng.choice(HOMES)} - {rng.randrange(1, 4)} bath", (330, yy), 0.55, s.fg)
    note(img, f"{rng.randrange(2, 200)} {rng.choice(STREETS)}, {rng.choice(AREAS)}", (40, yy + 36), 0.5, GREY)
    if viewed:
        end = stack(cast, s, rng, 40, yy + 56, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 30))
        note(img, "recently viewed this", (end + 12, yy + 82), 0.48, GREY)
    return ch + 20


def agent_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """An agent in a ranking: the rank; the 36-56 px face in a ring (gold, silver or bronze for
    the first three), a verified tick over its lower right on 60 %; the name, the agency's logo,
    homes sold and the days they take; stars; on 70 % recent clients' stack (18-20 px, "+N") under
    it; a contact button. Returns its height."""
    img = s.img
    note(img, str(rank), (30, y + 52), 0.9, s.fg, 2)
    fp, side = _size(rng, 36, small(rng, 37, 56), (1.15, 1.3))
    x = 86
    ring_avatar(cast, s, x, y, fp, side, MEDALS[rank - 1] if rank <= 3 else off(s.bg, 30))
    if rng.random() < 0.6:
        tick_badge(img, (x + side - 6, y + side - 6), 10, s.bg)
    tx = x + side + 34
    note(img, f"{who(rng)} {who(rng)[:1]}.", (tx, y + 30), 0.65, s.fg, 2)
    logo(img, rng, tx, y + 44, 30)
    note(img, f"{rng.randrange(6, 80)} sold - {rng.randrange(9, 90)} days", (tx + 42, y + 66), 0.48, GREY)
    for k in range(5):
        star(img, (tx + 10 + k * 26, y + 96), 9, GOLD if k < rng.randrange(3, 6) else GREY)
    outlined(img, WIDTH - 190, y + 24, 160, 54, s.accent, s.bg)
    note(img, "Contact", (WIDTH - 158, y + 58), 0.55, s.accent, 2)
    h = max(side, 110) + 10
    if rng.random() < 0.7:
        end = stack(cast, s, rng, tx, y + h, rng.randrange(2, 5), 18.3, 20, s.bg, rng.randrange(0, 40))
        note(img, "recent clients", (end + 10, y + h + 26), 0.45, GREY)
        h += 48
    cv2.line(img, (30, y + h + 8), (WIDTH - 30, y + h + 8), off(s.bg, 16), 1)
    return h + 20


def room_thumb(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, chosen: bool
) -> None:
    """A photo in a listing viewer's filmstrip, rounded, framed in white when it is the one shown:
    on 60 % a room at an open house (``open_house``: the front faces 18-32 px, the back ones under
    18 px, drawn and not counted), else an empty room or a thing."""
    if chosen:
        cv2.rectangle(s.img, (x - 5, y - 5), (x + tw + 4, y + th + 4), WHITE, -1)
    home_photo(cast, rng, s, x, y, tw, th, 10, small(rng, 18.3, 32), rng.random() < 0.6,
               rounded_rect(th, tw, 10))  # fmt: skip


def room_advert(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A room to let in a flatshare: the room's photo (a drawn room or a thing), the room and its
    rent, the house, "you'd live with" the housemates' stack (20-26 px, two to four), a tag.
    Returns its height."""
    img = s.img
    card = off(s.bg, 8)
    ch, pw = 290, 380
    rounded_card(img, 20, y, WIDTH - 40, ch, 18, card)
    home_photo(cast, rng, s, 20, y, pw, ch, 0, 0, False, rounded_rect(ch, pw, 18))
    tx = 20 + pw + 30
    note(
        img,
        rng.choice(("Double room", "Ensuite room", "Attic room", "Single room")),
        (tx, y + 48),
        0.75,
        s.fg,
        2,
    )
    note(img, f"${rng.randrange(500, 1600)} pcm - bills incl.", (tx, y + 88), 0.55, GREY)
    note(img, f"{rng.choice(AREAS)} - {rng.randrange(2, 6)} bed house", (tx, y + 122), 0.5, GREY)
    note(img, "You'd live with", (tx, y + 176), 0.5, s.fg)
    stack(cast, s, rng, tx, y + 194, rng.randrange(2, 5), 20, 26, card)
    tag(img, WIDTH - 210, y + 20, rng.choice(("Available now", "From 1 Jun", "Short let")), s.accent, 34)
    return ch + 24


def flatmate_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A flatmate-wanted card: the person's photo (heldout11's ``portrait``: head and shoulders on a
    graded backdrop, the face 30-80 px; a round thing on face-free screens),
    a match's ring (a share of a circle and the percentage) over its top right corner, a verified
    tick over its lower left on 40 %; the name and age, the budget, "from" a date, two habits'
    tags. Returns its height."""
    img = s.img
    card = off(s.bg, 9)
    ph = round(cw * rng.uniform(0.78, 0.92))
    ch = ph + 160
    rounded_card(img, x, y, cw, ch, 16, card)
    piece, faces = H11.portrait(cast, cw, ph, small(rng, 30, 80))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, cw, 16))
    match, c = rng.randrange(55, 99), (x + cw - 50, y + 50)
    cv2.circle(img, c, 36, WHITE, -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (29, 29), -90, 0, 360 * match / 100, GREEN, 6, cv2.LINE_AA)
    note(img, f"{match}%", (c[0] - 21, c[1] + 7), 0.5, INK, 2)
    if rng.random() < 0.4:
        tick_badge(img, (x + 30, y + ph - 30), 14, WHITE)
    yy = y + ph + 38
    note(img, f"{who(rng)}, {rng.randrange(19, 45)}", (x + 16, yy), 0.65, s.fg, 2)
    when = f"{rng.randrange(1, 29)} {rng.choice(('Jun', 'Jul', 'Sep'))}"
    note(img, f"${rng.randrange(400, 1400)} - from {when}", (x + 16, yy + 34), 0.48, GREY)
    habits = rng.sample(("Non-smoker", "Has a cat", "Early bird", "WFH", "Night owl", "Vegan"), 2)
    tx = x + 16
    for habit in habits:
        tx = tag(img, tx, yy + 56, habit, off(card, 26), 32)[2] + 10
    return ch + 20


def unit_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A unit in a landlord's portfolio: the unit and its street; its tenants (a stack of one to
    three 24-34 px faces), a late payer's red dot over the first face's upper left; the rent's
    status (paid, due, late) as a tag and the amount; the lease's end. Returns its height."""
    img = s.img
    note(img, f"Unit {rng.randrange(1, 40)}{rng.choice('ABC')}", (30, y + 32), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(2, 200)} {rng.choice(STREETS)}", (30, y + 64), 0.45, GREY)
    end = stack(cast, s, rng, 290, y + 10, rng.randrange(1, 4), 24, 34, s.bg)
    status = rng.choice(("Paid", "Paid", "Due", "Late"))
    if status == "Late":
        cv2.circle(img, (296, y + 16), 9, RED, -1, cv2.LINE_AA)
    note(
        img,
        f"ends {rng.choice(('Jan', 'Mar', 'Aug', 'Nov'))} {rng.randrange(26, 29)}",
        (end + 16, y + 44),
        0.45,
        GREY,
    )
    tag(img, WIDTH - 320, y + 16, status, {"Paid": GREEN, "Due": AMBER, "Late": RED}[status], 36)
    note(img, f"${rng.randrange(800, 3200):,}", (WIDTH - 170, y + 44), 0.6, s.fg, 2)
    cv2.line(img, (30, y + 88), (WIDTH - 30, y + 88), off(s.bg, 16), 1)
    return 98


def repair_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A maintenance request: the tenant's photo of the fault (a thing), the fault, the tenant's
    20-26 px face (initials on some) and unit; on 70 % the technician booked (a 30-44 px face with
    a spanner's badge over its lower right, the trade, the visit), else "awaiting quotes"; the
    status's tag. Returns its height."""
    img = s.img
    card = off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 240, 18, card)
    cast.thing(s, 40, y + 20, 150, 150, rounded_rect(150, 150, 12))
    tx = 220
    note(img, rng.choice(FAULTS), (tx, y + 46), 0.65, s.fg, 2)
    sd = face_avatar(cast, s, rng, tx, y + 62, 20, 26, (1.1, 1.25), "circle", person=True)
    note(img, f"{who(rng)} - Unit {rng.randrange(1, 40)}", (tx + sd + 12, y + 68 + sd // 2), 0.45, GREY)
    yy = y + 126
    if rng.random() < 0.7:
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.1, 1.25))
        cast.avatar(s, tx, yy, fp, side, "circle")
        tool_badge(img, (tx + side - 4, yy + side - 4), 11, card)
        note(img, f"{who(rng)} - {rng.choice(TRADES)}", (tx + side + 18, yy + 22), 0.55, s.fg, 2)
        note(
            img, f"Visit {rng.choice(DAYS)} {rng.randrange(8, 17)}:00", (tx + side + 18, yy + 50), 0.45, GREY
        )
    else:
        note(img, "Awaiting quotes", (tx, yy + 30), 0.55, GREY)
    status = rng.choice(("Open", "Booked", "In progress"))
    tag(img, WIDTH - 220, y + 20, status, off(card, 30), 32)
    return 260


def move_review(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A customer's review of a move: the 20-28 px face (initials on some), the name and the move
    from one area to another, stars, a line; on 30 % two or three photos of the day (people
    carrying boxes, faces 18-44 px cut by their edges, or the boxes alone). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 22), 0.6, s.fg, 2)
    note(img, f"{rng.choice(AREAS)} to {rng.choice(AREAS)}", (x + 170, y + 22), 0.45, GREY)
    for k in range(5):
        star(img, (x + 10 + k * 26, y + 50), 9, GOLD if k < rng.randrange(3, 6) else GREY)
    note(img, words(rng, rng.randrange(4, 8)), (x, y + 88), 0.5, s.fg)
    h = 104
    if rng.random() < 0.3:
        for k in range(rng.randrange(2, 4)):
            cut_photo(cast, rng, s, x + k * 192, y + h, 180, 130, 18.3, 44, rounded_rect(130, 180, 10), 0.7)
        h += 146
    cv2.line(img, (x, y + h), (WIDTH - 30, y + h), off(s.bg, 16), 1)
    return h + 16


def item_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A second-hand item in a marketplace's grid: the photo (the seller at home with it on 30 %:
    ``staged``, faces 20-60 px; a drawn sofa, lamp or boxes; or a thing), a save button, a "Free"
    or "Reserved" tag on some; the seller's 18-26 px face over the photo's lower left corner in a
    rim of the page, a verified tick over it on 35 %; the price, the item, the distance. Returns
    its height."""
    img = s.img
    th = round(cw * rng.uniform(0.85, 1.05))
    m = rounded_rect(th, cw, 14)
    roll = rng.random()
    if roll < 0.3:
        piece, faces = staged(cast, rng, ROOMS, rng.randrange(1, 3), (1, 2), cw, th, 20, small(rng, 24, 60))
        H11.paste_photo(cast, s, piece, faces, x, y, m)
    elif roll < 0.75:
        blit(img, H11.render(rng, cw, th, HOMEWARES), x, y, m)
    else:
        cast.thing(s, x, y, cw, th, m)
    save_button(img, (x + cw - 36, y + 36), 22, rng.random() < 0.25)
    if rng.random() < 0.25:
        tag(img, x + 12, y + 12, rng.choice(("Free", "Reserved")), (30, 30, 30), 32)
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
    sy = y + th - side // 2
    rimmed(cast, s, x + 14, sy, fp, side, s.bg)
    if rng.random() < 0.35:
        tick_badge(img, (x + 12 + side, sy + side - 2), 8, s.bg)
    yy = y + th + side // 2 + 32
    note(img, rng.choice(("Free", f"${rng.randrange(5, 900)}")), (x, yy), 0.7, s.fg, 2)
    note(img, rng.choice(ITEMS), (x, yy + 32), 0.5, s.fg)
    note(img, f"{rng.uniform(0.3, 9.9):.1f} km - collection only", (x, yy + 60), 0.42, GREY)
    return yy + 76 - y


def local_quote(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """What a local says about the area: the 30-44 px face (initials on some) with a "local" tick
    over its lower right on half, the name and how long they have lived there, two lines of the
    quote, the thanks' count. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 30, 44, (1.1, 1.3), "circle", person=True)
    if rng.random() < 0.5:
        tick_badge(img, (26 + sd, y + sd - 4), 9, s.bg)
    x = 54 + sd
    note(img, who(rng), (x, y + 24), 0.6, s.fg, 2)
    note(img, f"lived here {rng.randrange(2, 40)} years", (x + 170, y + 24), 0.45, GREY)
    for k in range(2):
        note(img, ('"' if k == 0 else "") + words(rng, rng.randrange(4, 7)), (x, y + 58 + k * 30), 0.5, s.fg)
    note(img, f"{rng.randrange(2, 300)} found this useful", (x, y + 120), 0.42, s.accent)
    return max(sd, 124) + 24


def local_portrait(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, pw: int, ph: int, grey: bool
) -> None:
    """A local's portrait in a guide's photo essay: a studio portrait (heldout11's ``portrait``: a
    graded backdrop, head and shoulders, the face 40-110 px), in grey when the essay is, rounded;
    the name and trade under it."""
    piece, faces = H11.portrait(cast, pw, ph, small(rng, 40, min(110.0, pw * 0.5)))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, pw, 14))
    if grey:
        H10.redrawn(s, (x, y, x + pw, y + ph), H10.greyed)
    note(s.img, who(rng), (x + 4, y + ph + 30), 0.55, s.fg, 2)
    trade = rng.choice(("Baker", "Florist", "Barista", "Teacher", "Tailor", "Grocer"))
    note(s.img, trade, (x + 4, y + ph + 56), 0.45, GREY)


def bid_row(cast: Cast, rng: random.Random, s: Screen, y: int, leading: bool) -> int:
    """A bid in an auction's history: the bidder's 20-28 px face (initials on some: bidders who
    hide) with the paddle's number over its lower right, "Paddle N" and the time, the amount at
    the right (the leading one in the accent, tagged). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.3), "circle", person=True)
    number = rng.randrange(100, 400)
    paddle(img, 30, y, sd, number, s.bg)
    note(img, f"Paddle {number}", (90 + sd, y + 24), 0.55, s.fg, 2)
    note(img, f"{rng.randrange(10, 59)}s ago", (90 + sd, y + 50), 0.42, GREY)
    if leading:
        tag(img, WIDTH - 390, y + 6, "Leading", GREEN, 30)
    note(img, money(rng, 300, 900), (WIDTH - 230, y + 36), 0.65, s.accent if leading else s.fg, 2)
    return max(sd, 56) + 18


def question_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A viewer's question under a listing's photos: the asker's 20-26 px face (initials on some)
    and the question; on half the agent's answer under it, indented after the agent's 18-22 px
    face. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.3), "circle", person=True)
    ask = rng.choice(("Is parking included", "How old is the boiler", "Any offers yet", "Is it chain free"))
    note(img, f"{who(rng)}: {ask}?", (46 + sd, y + sd // 2 + 6), 0.5, s.fg)
    h = max(sd, 34) + 14
    if rng.random() < 0.5:
        sa = face_avatar(cast, s, rng, 80, y + h, 18.3, 22, (1.1, 1.25), "circle")
        answer = rng.choice(("Yes, one space", "Fitted 2021", "Call me to discuss"))
        note(img, answer, (94 + sa, y + h + sa // 2 + 6), 0.48, GREY)
        h += max(sa, 28) + 14
    return h


def shop_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A local business in a neighbourhood guide: its logo, name and kind, the owner's 24-32 px
    face (initials on some) beside "owner", the distance. Returns its height."""
    img = s.img
    logo(img, rng, 30, y, 64)
    shop = rng.choice(("Bakery", "Deli", "Books", "Cafe", "Hardware"))
    note(img, f"{who(rng)}'s {shop}", (110, y + 28), 0.6, s.fg, 2)
    note(img, f"{rng.uniform(0.1, 1.5):.1f} km", (110, y + 56), 0.45, GREY)
    sd = face_avatar(cast, s, rng, WIDTH - 300, y + 8, 24, 32, (1.1, 1.3), "circle", person=True)
    note(img, f"{who(rng)} - owner", (WIDTH - 288 + sd, y + 8 + sd // 2 + 6), 0.45, GREY)
    cv2.line(img, (30, y + 78), (WIDTH - 30, y + 78), off(s.bg, 16), 1)
    return 90


def rows_above(s: Screen, y: int, foot: int, title: str, row: Callable[[int], int]) -> None:
    """A section's ``title`` at ``y`` when 150 px are left above ``foot``, then rows under it
    (``row(top)`` draws one and returns its height) while 90 px are."""
    if y + 150 < foot:
        y = section(s, y, title, False)
        while y + 90 < foot:
            y += row(y)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def listing_results(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A property search's results: the area's search field and a map button, filter chips, the
    count; the area's top agents (round 24-32 px faces with their ratings, cut by the right edge);
    homes (``listing_card``) down to the tab bar, which cuts the last."""
    s = new_screen(rng, name, cast.kind("listings"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    pill(img, 30, y, WIDTH - 200, 64, off(page, 14))
    icon(img, rng, (70, y + 32), 14, GREY)
    note(img, f"{rng.choice(AREAS)} - {rng.choice(('Buy', 'Rent', 'Sold'))}", (100, y + 42), 0.6, s.fg)
    outlined(img, WIDTH - 150, y, 120, 64, GREY, page)
    note(img, "Map", (WIDTH - 118, y + 42), 0.6, s.fg, 2)
    y += 84
    chips(img, rng, 30, y, 4, 44, (130, 210), off(page, 16), s.fg)
    y += 64
    note(img, f"{rng.randrange(12, 900)} homes - newest first", (30, y + 24), 0.5, GREY)
    y += 44
    y = section(s, y, f"Top agents in {rng.choice(AREAS)}", False)
    for x in across_edge(rng, 70, 34):
        sd = face_avatar(cast, s, rng, x, y, 24, 32, (1.15, 1.3), "circle")
        note(img, f"{rng.uniform(4.1, 5.0):.1f}", (x + 4, y + sd + 24), 0.42, GREY)
    y += 86
    return rows_to_tab_bar(s, rng, y, 170, lambda top: listing_card(cast, rng, s, top))


def agent_ranking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Find an agent: the area and chips; the agent of the month (a headshot as wide as the
    screen, faces 128-300 px, in grey on 40 %, darkened by a gradient towards its foot under the
    name and the year's sales, a tag and the agency's logo over it); the ranking (``agent_row``)
    down to the tab bar."""
    s = new_screen(rng, name, cast.kind("agents"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, f"Agents in {rng.choice(AREAS)}", 0.95)
    y += 80
    chips(img, rng, 30, y, 4, 44, (130, 200), off(page, 16), s.fg)
    y += 70
    hw, hh = WIDTH - 60, rng.randrange(440, 521)
    cast.photo(s, 30, y, hw, hh, rng.uniform(128, min(300.0, hh * 0.62)))
    if rng.random() < 0.4:
        H10.redrawn(s, (30, y, 30 + hw, y + hh), H10.greyed)
    stepped(s, (30, y + hh // 2, 30 + hw, y + hh), 0.0, 0.65, 12)
    rounded_corners(s, (30, y, 30 + hw, y + hh), 24)
    tag(img, 50, y + 22, "Agent of the month", GOLD, 40)
    logo(img, rng, 30 + hw - 96, y + 20, 76)
    note(img, f"{who(rng)} {who(rng)}", (54, y + hh - 70), 1.0, WHITE, 2)
    note(img, f"{rng.randrange(30, 90)} homes sold this year", (54, y + hh - 30), 0.6, WHITE)
    y += hh + 24
    y = section(s, y, "Ranked by homes sold", False)
    ranks = itertools.count(1)
    return rows_to_tab_bar(s, rng, y, 10, lambda top: agent_row(cast, rng, s, top, next(ranks)))


def room_viewer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A listing's photos full screen (mostly dark): close and share, "N / M"; the photo
    (``open_house``: people at two to four depths, the front faces 40-110 px, the back ones down
    to 12 px; or an empty room) with the room's name on a scrim and a "3D tour" button; the
    filmstrip (``room_thumb``) cut by the right edge; who is going to the open house (18-22 px,
    "+N"); viewers' questions (``question_row``: 20-26 px, the agent's answers 18-22 px) where
    there is room; the agent's contact bar (28-36 px face) over the foot."""
    s = new_screen(rng, name, cast.kind("photos"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    bar = H - NAV_H - 150
    y = STATUS_H + 10
    badge(img, (50, y + 40), 26, off(page, 30), "x")
    total = rng.randrange(12, 40)
    at = rng.randrange(1, total)
    note(img, f"{at} / {total}", (WIDTH // 2 - 40, y + 50), 0.7, s.fg, 2)
    icon(img, rng, (WIDTH - 60, y + 40), 20, s.fg)
    y += 90
    ph = rng.randrange(860, 1001)
    people = rng.random() < 0.85
    home_photo(cast, rng, s, 0, y, WIDTH, ph, rng.uniform(12, 20), rng.uniform(40, 110), people)
    H5.scrim(s, (0, y + ph - 100, WIDTH, y + ph), 0.5)
    room = rng.choice(("Living room", "Kitchen", "Main bedroom", "Garden", "Dining room"))
    note(img, room, (30, y + ph - 40), 0.8, WHITE, 2)
    pill(img, WIDTH - 230, y + ph - 80, 200, 60, WHITE)
    note(img, "3D tour", (WIDTH - 184, y + ph - 40), 0.65, INK, 2)
    y += ph + 30
    xs, th = across_edge(rng, 230, 215), rng.randrange(150, 181)
    for k, x in enumerate(xs):
        room_thumb(cast, rng, s, x, y, xs[1] - xs[0] - 14, th, k == 1)
    y += th + 40
    hours = f"{rng.randrange(9, 13)}-{rng.randrange(13, 17)}"
    note(img, f"Open house {rng.choice(DAYS)} {hours}", (30, y + 28), 0.6, s.fg, 2)
    y += 44
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 6), 18.3, 22, page, rng.randrange(0, 60))
    note(img, "going", (end + 10, y + 28), 0.5, GREY)
    rows_above(s, y + 64, bar, "Questions", lambda top: question_row(cast, rng, s, top))
    cv2.rectangle(img, (0, bar), (WIDTH, H - NAV_H), off(page, 14), -1)
    sd = face_avatar(cast, s, rng, 30, bar + 40, 28, 36, (1.1, 1.3), "circle")
    note(img, f"{who(rng)} - listing agent", (50 + sd, bar + 66), 0.55, s.fg, 2)
    logo(img, rng, 50 + sd, bar + 80, 34)
    pill(img, WIDTH - 250, bar + 40, 220, 70, s.accent)
    note(img, "Book viewing", (WIDTH - 226, bar + 84), 0.6, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def flatshare(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A flatshare finder: one's 24-30 px face; the tabs; on 70 % one's own room's advert
    (``room_advert``: the housemates 20-26 px); who viewed it (round 24-30 px faces, initials on
    some, "new" dots, cut by the right edge); flatmates wanted in two columns
    (``flatmate_card``: 30-80 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("flatshare"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 16
    heading(s, 30, y + 48, "Flatshare", 1.1)
    face_avatar(cast, s, rng, WIDTH - 90, y + 8, 24, 30, (1.15, 1.3), "circle")
    y += 80
    seg = (WIDTH - 60) // 3
    pill(img, 30, y, WIDTH - 60, 60, off(s.bg, 14))
    pill(img, 30 + seg, y, seg, 60, s.accent)
    for k, label in enumerate(("Rooms", "Flatmates", "Saved")):
        note(img, label, (30 + k * seg + seg // 2 - 60, y + 40), 0.6, WHITE if k == 1 else s.fg, 2)
    y += 84
    if rng.random() < 0.7:
        y = section(s, y, "Your room", False)
        y += room_advert(cast, rng, s, y)
    y = section(s, y, "Viewed your room", False)
    for x in across_edge(rng, 56, 33):
        sd = face_avatar(cast, s, rng, x, y, 24, 30, (1.15, 1.3), "circle", person=True)
        if rng.random() < 0.3:
            cv2.circle(img, (x + sd - 4, y + 4), 7, s.accent, -1, cv2.LINE_AA)
    y += 70
    y = section(s, y, "Flatmates wanted")
    cw = (WIDTH - 60 - 20) // 2

    def row(top: int) -> int:
        return max(flatmate_card(cast, rng, s, 30 + j * (cw + 20), top, cw) for j in range(2))

    return rows_to_tab_bar(s, rng, y, 300, row)


def landlord_units(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A landlord's portfolio: one's 24-30 px face; the month's rent collected (a progress bar);
    units (``unit_row``: tenants 24-34 px, statuses); repairs (``repair_card``: tenants 20-26 px,
    technicians 30-44 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("landlord"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    sd = face_avatar(cast, s, rng, 30, y + 14, 24, 30, (1.15, 1.3), "circle")
    heading(s, 50 + sd, y + 48, "Portfolio", 1.1)
    icon(img, rng, (WIDTH - 60, y + 36), 20, s.fg)
    y += 90
    rounded_card(img, 20, y, WIDTH - 40, 150, 18, off(page, 8))
    due = rng.randrange(6000, 20000)
    got = rng.uniform(0.5, 1.0)
    note(img, f"Rent collected - {rng.choice(('May', 'June', 'July'))}", (44, y + 44), 0.6, s.fg, 2)
    note(img, f"${round(due * got):,} of ${due:,}", (44, y + 84), 0.55, GREY)
    progress(img, 44, y + 110, WIDTH - 88, got, GREEN, off(page, 30), 12)
    y += 176
    y = section(s, y, f"Units ({rng.randrange(5, 14)})")
    for _ in range(rng.randrange(4, 7)):
        y += unit_row(cast, rng, s, y)
    y = section(s, y + 10, "Repairs")
    return rows_to_tab_bar(s, rng, y, 120, lambda top: repair_card(cast, rng, s, top))


def mortgage_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A mortgage adviser's video call: the adviser's camera across the screen (faces 130-380 px)
    darkened by a gradient towards its foot, the adviser's name label; one's own camera over its
    top right (heldout22's ``self_view``: 40-110 px); the co-applicant's tile on 60 % (camera off:
    initials or a profile photo); a sheet over the foot: what one could borrow, the repayment chart
    (drawn), rates' chips, a document the adviser shared (a 20-24 px face); the call's controls."""
    s = new_screen(rng, name, cast.kind("adviser"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    vh = rng.randrange(1080, 1181)
    cast.photo(s, 0, top, WIDTH, vh, rng.uniform(130, 380))
    stepped(s, (0, top + vh // 2, WIDTH, top + vh), 0.0, 0.6, 12)
    note(img, f"{rng.randrange(0, 40):02d}:{rng.randrange(60):02d}", (30, top + 50), 0.7, WHITE, 2)
    name_label(img, f"{who(rng)} - mortgage adviser", 30, top + vh - 70, 44)
    self_view(cast, s, rng, WIDTH - 290, top + 30, 250, 330)
    if rng.random() < 0.6:
        camera_off(cast, s, rng, WIDTH - 290, top + 390, 250, 180)
        name_label(img, "Co-applicant", WIDTH - 280, top + 560, 32)
    y = top + vh - 40
    H5.sheet(img, y, off(page, 8))
    y += 50
    note(img, "You could borrow up to", (30, y + 20), 0.6, GREY)
    heading(s, 30, y + 76, money(rng, 200, 900), 1.4)
    y += 100
    blit(img, repayment_chart(rng, WIDTH - 60, 240), 30, y)
    y += 260
    tx = 30
    for rate in rng.sample(("2 yr fixed 4.1%", "5 yr fixed 3.9%", "Tracker 4.6%", "10 yr fixed 4.3%"), 3):
        tx = tag(img, tx, y, rate, off(page, 30), 38)[2] + 12
    y += 60
    sd = face_avatar(cast, s, rng, 30, y, 20, 24, (1.1, 1.25), "circle")
    note(img, "shared Decision in principle.pdf", (46 + sd, y + sd // 2 + 6), 0.5, s.fg)
    call_controls(s, rng, H - NAV_H - 150)
    H5.nav_bar(s)
    return s.finish()


def moving_crew(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A moving company's booking: the company's logo, name and stars; the crew's photo (two to
    five movers among boxes, ``staged``: faces 36-110 px) with "insured" and "vetted" tags over
    its foot; the day's crew (40-56 px faces in rings, the lead's in the accent, their roles); the
    quote (drawn boxes) and the neighbours who booked the crew (18-22 px stack); reviews
    (``move_review``: 20-28 px, photos of the day with 18-44 px faces) down to the "book"
    button."""
    s = new_screen(rng, name, cast.kind("movers"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 40, s.fg, back=True)
    logo(img, rng, 76, y, 80)
    heading(s, 176, y + 40, rng.choice(("Swift Movers", "Two Vans Co", "Box & Go", "Mile End Removals")), 0.9)
    for k in range(5):
        star(img, (190 + k * 28, y + 70), 10, GOLD)
    note(img, f"({rng.randrange(40, 3000):,})", (340, y + 78), 0.5, GREY)
    y += 110
    pw, ph = WIDTH - 60, rng.randrange(400, 481)
    fp = rng.uniform(36, 110)
    piece, faces = staged(cast, rng, (moving_boxes,), 1, (2, 5), pw, ph, fp * 0.85, fp)
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 20))
    tx = 50
    for label in ("Insured", "Vetted crew"):
        tx = tag(img, tx, y + ph - 56, label, (30, 30, 30), 38)[2] + 12
    y += ph + 24
    y = section(s, y, f"Your crew - {rng.choice(DAYS)} {rng.randrange(1, 29)} Jun", False)
    n = rng.randrange(3, 6)
    for k in range(n):
        x = 40 + k * 200
        fp, side = _size(rng, 40, small(rng, 41, 56), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent if k == 0 else off(page, 30))
        note(img, who(rng)[:8], (x, y + side + 30), 0.5, s.fg, 2)
        note(img, ("Lead", "Driver", "Mover", "Mover", "Packer")[k], (x, y + side + 56), 0.42, GREY)
    y += 150
    rounded_card(img, 20, y, WIDTH - 40, 150, 18, off(page, 8))
    blit(img, H11.render(rng, 160, 118, (moving_boxes,)), 40, y + 16, rounded_rect(118, 160, 10))
    note(img, f"{n} movers - {rng.randrange(3, 9)} hours - 1 van", (230, y + 56), 0.6, s.fg, 2)
    note(img, f"${rng.randrange(300, 1500)} fixed price", (230, y + 96), 0.55, GREY)
    y += 170
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 60))
    note(img, "neighbours booked this crew", (end + 10, y + 28), 0.5, GREY)
    y += 60
    y = section(s, y, "Reviews")
    foot = H - NAV_H - 120
    while y + 120 < foot:
        y += move_review(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), page, -1)
    pill(img, 30, foot + 20, WIDTH - 60, 76, s.accent)
    note(img, "Book this crew", (WIDTH // 2 - 100, foot + 68), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def furniture_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A second-hand furniture marketplace: the search; categories (drawn items in circles, never
    faces); sellers one follows (24-34 px faces in the accent's rings, cut by the right edge); items
    in two columns (``item_tile``) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("furniture"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    icon(img, rng, (70, y + 32), 14, GREY)
    note(img, rng.choice(("sofa", "lamp", "desk", "boxes")) + " near me", (100, y + 42), 0.6, s.fg)
    y += 86
    for k, label in enumerate(("Sofas", "Lighting", "Boxes", "Tables", "Free")):
        x = 30 + k * 210
        blit(img, H11.render(rng, 96, 96, HOMEWARES), x + 40, y, rounded_rect(96, 96, 48))
        note(img, label, (x + 50, y + 126), 0.5, s.fg)
    y += 150
    y = section(s, y, "Sellers you follow", False)
    for x in across_edge(rng, 76, 36):
        fp, side = _size(rng, 24, small(rng, 25, 34), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent)
    y += 80
    y = section(s, y, "Near you")
    cw = (WIDTH - 60 - 20) // 2

    def row(top: int) -> int:
        return max(item_tile(cast, rng, s, 30 + j * (cw + 20), top, cw) for j in range(2)) + 16

    return rows_to_tab_bar(s, rng, y, 300, row)


def area_guide(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood guide: the area's street photo (heldout37's ``wide_photo``: faces 18-60 px)
    under a gradient towards its foot with the area's name; locals on the app (an 18-24 px stack,
    "+N"); scores' tiles; what locals say (``local_quote``: 30-44 px); meet the locals
    (``local_portrait``: 40-110 px, the essay grey on half the pages) cut by the right edge; an
    event this weekend with the going stack (18-22 px); local businesses (``shop_row``: owners
    24-32 px) where there is room."""
    s = new_screen(rng, name, cast.kind("guide"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(460, 561)
    wide_photo(cast, s, 0, y, WIDTH, hh, 18.3, 60)
    stepped(s, (0, y + hh // 3, WIDTH, y + hh), 0.0, 0.7, 12)
    chevron(img, 40, y + 50, WHITE, back=True)
    area = rng.choice(AREAS)
    note(img, area, (30, y + hh - 70), 1.3, WHITE, 3)
    note(img, "Neighbourhood guide", (30, y + hh - 26), 0.6, WHITE)
    y += hh + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(20, 900))
    note(img, f"locals on {rng.choice(('Nextdoor', 'the app', 'the forum'))}", (end + 10, y + 28), 0.5, GREY)
    y += 64
    scores = (("Walk", 50, 99), ("Transit", 40, 99), ("Schools", 5, 10), ("Quiet", 3, 10))
    for k, (label, lo, hi) in enumerate(scores):
        value = rng.randrange(lo, hi)
        x = 30 + k * 255
        rounded_card(img, x, y, 235, 100, 16, off(page, 10))
        note(img, str(value), (x + 20, y + 52), 0.95, s.accent, 2)
        note(img, label, (x + 20, y + 84), 0.5, GREY)
    y += 124
    y = section(s, y, "Locals say", False)
    for _ in range(rng.randrange(2, 4)):
        y += local_quote(cast, rng, s, y)
    y = section(s, y, "Meet the locals")
    xs, ph = across_edge(rng, 225, 205), rng.randrange(240, 281)
    grey = rng.random() < 0.5
    for x in xs:
        local_portrait(cast, rng, s, x, y, xs[1] - xs[0] - 20, ph, grey)
    y += ph + 80
    foot = H - NAV_H - 20
    if y + 120 < foot:
        cast.thing(s, 30, y, 140, 100, rounded_rect(100, 140, 12))
        note(img, f"{rng.choice(('Street market', 'Open studios', 'Park run'))} - {rng.choice(DAYS)}",
             (190, y + 32), 0.6, s.fg, 2)  # fmt: skip
        end = stack(cast, s, rng, 190, y + 48, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 90))
        note(img, "going", (end + 10, y + 76), 0.5, GREY)
        y += 130
    rows_above(s, y, foot, "Local businesses", lambda top: shop_row(cast, rng, s, top))
    H5.nav_bar(s)
    return s.finish()


def auction_live(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A property auction streamed live (mostly dark): the auctioneer's camera (faces 80-240 px)
    under a scrim at its top with LIVE, the watchers' stack (18-22 px) and their count; the lot
    (a drawn room, the home, the guide price); the current bid with the leader's 26-34 px face and
    paddle; registered bidders (22-28 px faces, initials on some, cut by the right edge); the bids
    (``bid_row``: 20-28 px) down to the bid buttons."""
    s = new_screen(rng, name, cast.kind("auction"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    vh = rng.randrange(560, 681)
    cast.photo(s, 0, top, WIDTH, vh, rng.uniform(80, 240))
    H5.scrim(s, (0, top, WIDTH, top + 110), 0.5)
    tag(img, 30, top + 30, "LIVE", RED, 42)
    end = stack(
        cast, s, rng, 150, top + 28, rng.randrange(3, 6), 18.3, 22, (40, 40, 40), rng.randrange(20, 900)
    )
    note(img, f"{rng.randrange(200, 5000):,} watching", (end + 12, top + 60), 0.55, WHITE, 2)
    y = top + vh + 20
    blit(img, H11.render(rng, 180, 130, ROOMS), 30, y, rounded_rect(130, 180, 12))
    note(img, f"Lot {rng.randrange(1, 40)} - {rng.choice(HOMES)}", (230, y + 40), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(2, 200)} {rng.choice(STREETS)}", (230, y + 76), 0.5, GREY)
    note(img, f"Guide {money(rng, 150, 600)}", (230, y + 110), 0.5, GREY)
    y += 160
    rounded_card(img, 20, y, WIDTH - 40, 140, 18, off(page, 10))
    note(img, "Current bid", (44, y + 40), 0.55, GREY)
    heading(s, 44, y + 96, money(rng, 300, 900), 1.3)
    sd = face_avatar(cast, s, rng, WIDTH - 420, y + 40, 26, 34, (1.1, 1.25), "circle")
    paddle(img, WIDTH - 420, y + 40, sd, rng.randrange(100, 400), off(page, 10))
    tag(img, WIDTH - 250, y + 44, rng.choice(("Going once", "Going twice", "On the market")), RED, 40)
    y += 164
    y = section(s, y, f"{rng.randrange(6, 40)} registered bidders", False)
    for x in across_edge(rng, 50, 30):
        face_avatar(cast, s, rng, x, y, 22, 28, (1.1, 1.25), "circle", person=True)
    y += 60
    y = section(s, y, "Bids", False)
    foot = H - NAV_H - 120
    first = True
    while y + 70 < foot:
        y += bid_row(cast, rng, s, y, first)
        first = False
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), page, -1)
    outlined(img, 30, foot + 20, 300, 76, s.accent, page)
    note(img, f"+${rng.choice((1, 2, 5, 10))},000", (100, foot + 68), 0.7, s.accent, 2)
    pill(img, 360, foot + 20, WIDTH - 390, 76, s.accent)
    note(img, "Place bid", (WIDTH // 2 + 100, foot + 68), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    landlord_units,
    area_guide,
    listing_results,
    agent_ranking,
    room_viewer,
    flatshare,
    furniture_market,
    moving_crew,
    mortgage_call,
    auction_live,
)
# with people: each twice a round but two (a call of one large face and a few small ones, and a
# landlord's rows of tenants and repairs, 14 faces a screen at 4 reps)
ONCE = (mortgage_call, landlord_units)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a marketplace's items, a viewer's
# rooms, a search's homes)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, furniture_market, room_viewer, listing_results)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT38_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h38", photos, free, seed, reps)
