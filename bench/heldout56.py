"""Held-out screens, fifty-sixth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: bundles of newspapers on a pallet, an
empty newsroom, a food bank's shelves, a planting day's field, an empty stage, a festival's field
before the gates open, a record shop's crates, a coworking room; nothing with eyes, a mouth or a
mask, and no round things in pairs); every random choice from ``HELDOUT56_SEED`` (56565; the
environment's ``HELDOUT56_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout55's ``Cast`` (through heldout54's and the sets' before it; this set's screens are
marked h56-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in journalism and newsrooms, nonprofits and volunteering, music and concerts,
and coworking spaces, most of them small: a newsroom's live blog; its staff page; its morning
conference on video; a food bank's volunteer rota; a charity's donor wall; a fundraising campaign's
supporters; a festival's lineup; a band's page; a concert ticket; a coworking space's desk booking.
Near repeats avoided: heldout25's live blog (a briefing's stream with captions and an interpreter;
here the blog's timeline, each entry's reporter on its rail, wire photos grey) and its fundraiser,
heldout26's backer wall and heldout39's campaign (mosaics and rows of donors; here tiers whose faces
shrink from ringed founders to friends, anonymous hearts, gifts in memory grey under a black
ribbon); heldout14's festival poster (duotone cut-outs; here the lineup's grid of square headshots,
turned as a photo of the printed poster on some); heldout17's stage feed and heldout21's ticket
wallet (here a crowd seen from the stage, and one ticket with the artist's photo over its stub);
heldout34's staff directory (rows; here a newsroom's headshots desk by desk, grey in the house
style). Ten layouts:
- a live blog (``live_blog``): the reporters (``contributors``: 24-32 px, "+N"); on half the lead
  photo (``blog_hero``: front faces 28-52 px, grey on some); entries (``blog_entry``: the reporter
  20-28 px on the rail, a pen's badge over some, photos' faces 18-44 px) cut by the tab bar;
- a newsroom's staff page (``newsroom_staff``): the editor (``editor_card``: 52-96 px, grey on
  half); new this month (``new_faces``: 20-26 px, "+N"); headshots desk by desk in four or five
  columns (``staff_cell``: 0.17-0.28 of a headshot's width, grey on 45 %) cut by the tab bar;
- a morning conference (``news_meeting``): the editor chairing (``chair_tile``: 100-240 px); the
  desks' cameras (``desk_tile``: 0.12-0.34 of a tile's height, three or four columns, two rows);
  the day's budget (``budget_row``: 20-26 px);
- a volunteer rota (``volunteer_roster``): the coordinator (``coordinator``: 36-50 px in a ring);
  shifts (``slot_shift``: 22-30 px in the slots, open ones dashed, past ones faded); on half a
  thank-you photo (``thanks_photo``: front faces 26-44 px, turned 2-5 degrees on 40 %);
- a donor wall (``donor_wall``): the tiers (``tier_band``: founders 44-60 px in rings, gold 30-40,
  silver 22-28, friends 18-22, hearts for anonymous gifts, gifts in memory grey under a ribbon);
  the partners' logos; recent gifts (``supporter_row``: 22-30 px);
- a campaign (``campaign_page``): its photo (``campaign_hero``: front faces 24-44 px, the organiser
  40-56 px over its foot, a heart's badge on half); the supporters (``supporters_pile``: 26-34 px
  with "+N", friends 18-22 px); recent support (``supporter_row``: 22-30 px);
- a festival's lineup (``festival_lineup``): the poster (``lineup_poster``: the headliner 48-110
  px, the acts' headshots 22-38 px, duotone on 55 %, turned 2-4 degrees on 30 %); friends going
  (``friends_going``: 20-26 px, "+N"); the running order (``act_row``: 24-32 px);
- a band's page (``band_page``): the band (``band_banner``: front faces 36-72 px, stage light on
  40 %); the members (``members_row``: 40-56 px in rings, past the right edge, quavers' badges);
  on 40 % last night's crowd (``crowd_shot``: front faces 24-40 px, stage light on half, haze on
  30 %); the tour's dates (``tour_row``: openers 20-26 px);
- a ticket (``ticket_page``): the ticket (``ticket_card``: the artist 110-260 px, on a quarter cut
  by a side, stage light on 35 %); one's group (``group_tickets``: 22-28 px); friends at the show
  (``friends_at_show``: 30-40 px, past the right edge); the support acts (``act_row``);
- a desk booking (``desk_booking``): one's 22-26 px face; the floor's plan (``floor_plan``: 18-24
  px on desks, rooms' stacks and booths 18-22 px); in today (``in_today``: 30-44 px under presence
  dots, past the right edge); the community board (``community_row``: hosts 24-32 px, stacks of
  18-22 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``,
whose group photos keep their own scale, and ``gathering``, heldout38's ``staged``), a figure in a
gathering (0.9-1.1 of its row's size) or a stack's slightly smaller faces can differ (the table
below counts what is drawn). The members, the members in today and the friends at a show run past
the right edge, the last across it; the staff grid's last row, the live blog's last entry and the
rota's last shift are cut by the tab bar, an artist by a side on some; so some faces are cut by an
edge and counted while half of their box shows (the capture's right 8 px are black padding). Avatars
are circles, rounded squares, squircles, rings, borders and rings of a colour with a gap, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %);
printed photos and posters are turned 2-5 degrees on some. Light, dark and tinted themes; JPEG
quality 30-60. Pens', hearts', quavers' and presence badges, black ribbons, tier banners, "LIVE",
"BREAKING", "Done", desks' and entry tags, name labels, titles over photos, muted microphones, raised hands,
"+N" discs, the call's controls and tab bars take the pixels they cover; a face under them counts
while half of its box shows; rings and rims are drawn before the faces they hold; grey (wire photos,
headshots, gifts in memory), duotone, stage light, haze, fading (past shifts) and dark bands leave
the faces under them counted as they look; initials, hearts, dashed slots, logos and drawn things
are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,388 faces (1,001 under 32 px, 351 of 32-63, 24 of 64-127,
12 larger; 1,156 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rings, slots,
desks, cells, tiles and photos, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 358 faces: 261, 90, 5 and 2 by size, 292 under 40 px;
13 face-free). Each layout has people twice a round but the morning conference and the ticket,
once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127
and of 128 or more:
    live_blog         8 screens   135 faces: 113,   9,   7,   6
    newsroom_staff    8 screens   145 faces:  42,  95,   8,   0
    news_meeting      4 screens    93 faces:  56,  30,   5,   2
    volunteer_roster  8 screens   138 faces: 120,  18,   0,   0
    donor_wall        8 screens   193 faces: 161,  32,   0,   0
    campaign_page     8 screens   128 faces: 111,  17,   0,   0
    festival_lineup   8 screens   134 faces: 115,  15,   4,   0
    band_page         8 screens   178 faces:  57, 121,   0,   0
    ticket_page       4 screens    63 faces:  51,   8,   0,   4
    desk_booking      8 screens   181 faces: 175,   6,   0,   0
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
import heldout14 as H14
import heldout17 as H17
import heldout22 as H22
import heldout26 as H26
import heldout27 as H27
import heldout28 as H28
import heldout38 as H38
import heldout39 as H39
import heldout52 as H52
import heldout53 as H53
import heldout55 as H55
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips, progress, tab_bar, title
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 56565


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT56_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 56565."""
    return int(env.get("HELDOUT56_SEED") or DEFAULT_SEED)


HELDOUT56_SEED = seed_from(os.environ)

NEWS: Colour = (40, 40, 170)  # a paper's masthead red (BGR)
CHARITY: Colour = (130, 120, 30)  # a charity's teal
GIG: Colour = (130, 40, 140)  # a venue's violet
COWORK: Colour = (40, 140, 230)  # a coworking space's orange
PLATINUM: Colour = (200, 195, 185)
SILVER: Colour = (185, 185, 190)
SERIF = cv2.FONT_HERSHEY_TRIPLEX
PAPERS: tuple[str, ...] = (
    "The Daily Ledger",
    "Harbour Herald",
    "Northside Post",
    "The Evening Wire",
    "City Chronicle",
)
HEADLINES: tuple[str, ...] = (
    "Election night: live",
    "The count, ward by ward",
    "Storm latest: live",
    "Budget day as it happens",
    "Strike talks: updates",
)
BEATS: tuple[str, ...] = (
    "Politics",
    "Metro",
    "Business",
    "Climate",
    "Culture",
    "Sport",
    "Health",
    "Investigations",
    "Photo desk",
    "Data",
)
STORIES: tuple[str, ...] = (
    "Council budget vote",
    "Flood defences",
    "Stadium deal",
    "Transit strike",
    "School meals",
    "Housing audit",
    "Heatwave plan",
    "Port expansion",
)
CHARITIES: tuple[str, ...] = (
    "Eastside Food Bank",
    "River Friends",
    "Second Chance Shelter",
    "Open Books Trust",
    "Green Corridors",
)
TASKS: tuple[str, ...] = (
    "Sorting",
    "Packing",
    "Delivery run",
    "Front desk",
    "Kitchen",
    "Warehouse",
    "Phone line",
)
CAMPAIGNS: tuple[str, ...] = (
    "Plant 10,000 trees",
    "Winter coats drive",
    "Books for every child",
    "Rebuild the shelter",
    "Clean river summer",
)
TIERS: tuple[tuple[str, str, Colour], ...] = (
    ("Founding circle", "$10,000+", PLATINUM),
    ("Gold", "$1,000+", GOLD),
    ("Silver", "$250+", SILVER),
    ("Friends", "Every gift", CHARITY),
)
TIER_FACES: tuple[tuple[float, float], ...] = ((44, 60), (30, 40), (22, 28), (18.3, 22))
TIER_COLS: tuple[int, ...] = (4, 5, 7, 9)
ACTS: tuple[str, ...] = (
    "Velvet Static",
    "The Low Tides",
    "Saltwater Choir",
    "Neon Harvest",
    "Quiet Engines",
    "Copper Sun",
    "Hollow Pines",
    "Mira Vale",
)
VENUES: tuple[str, ...] = ("The Foundry", "Pier 9 Hall", "Old Mill Stage", "Riverside Arena", "Lantern Rooms")
CITIES: tuple[str, ...] = ("Leeds", "Porto", "Austin", "Lyon", "Oslo", "Glasgow", "Denver", "Ghent")
INSTRUMENTS: tuple[str, ...] = ("Vocals", "Guitar", "Bass", "Drums", "Keys", "Synth", "Violin")
MONTHS: tuple[str, ...] = ("JAN", "MAR", "APR", "JUN", "JUL", "SEP", "OCT", "NOV")
EVENTS: tuple[str, ...] = (
    "Friday demo night",
    "Founders breakfast",
    "Pitch practice",
    "Design critique",
    "Yoga on the roof",
    "Open studio",
)
ROOMS: tuple[str, ...] = ("Atlas", "Birch", "Cobalt", "Dune", "Ember", "Fjord")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def newsprint_stack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Bundles of newspapers on a pallet by a wall: two to four bundles, each the folded front page
    face on (a masthead's dark bar, headlines' bars, a grey picture block, columns of thin bars) over
    the edges of the sheets under it, tied with twine across; the pallet's boards and blocks."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.76, 0.86))
    gradient(img, (0, 0, w, floor), random_colour(rng, 150, 220), random_colour(rng, 110, 180))
    gradient(img, (0, floor, w, h), (120, 125, 130), (90, 95, 100))
    ph = max(4, h // 18)
    cv2.rectangle(img, (0, floor - ph), (w, floor), (70, 120, 160), -1)
    for k in range(5):
        bx = round(w * (0.05 + 0.22 * k))
        cv2.rectangle(img, (bx, floor - ph), (bx + max(3, w // 30), floor + ph // 2), (40, 80, 110), -1)
    x = round(w * rng.uniform(0.02, 0.08))
    while x < w * 0.8:
        bw, bh = round(w * rng.uniform(0.2, 0.3)), round(h * rng.uniform(0.35, 0.55))
        top = floor - ph - bh
        paper = tone((225, 232, 236), rng.randrange(-20, 8))
        cv2.rectangle(img, (x, top), (x + bw, floor - ph), paper, -1)
        edge = top + round(bh * 0.72)
        for yy in range(edge, floor - ph, max(2, h // 100)):
            cv2.line(img, (x, yy), (x + bw, yy), tone(paper, -45), 1)
        cv2.rectangle(
            img, (x + bw // 12, top + bh // 14), (x + bw - bw // 12, top + bh // 7), (30, 30, 30), -1
        )
        cv2.rectangle(
            img, (x + bw // 12, top + bh // 5), (x + bw * 3 // 4, top + bh // 5 + max(2, bh // 25)), INK, -1
        )
        cv2.rectangle(
            img, (x + bw // 12, top + bh * 3 // 10), (x + bw // 2, top + bh * 3 // 5), (150, 150, 150), -1
        )
        for c in range(2):
            cx = x + bw // 2 + bw // 16 + c * bw // 5
            for yy in range(top + bh * 3 // 10, top + bh * 2 // 3, max(3, bh // 30)):
                cv2.line(img, (cx, yy), (cx + bw // 6, yy), (120, 120, 120), 1)
        twine = (90, 160, 200)
        cv2.line(img, (x + bw // 3, top), (x + bw // 3, floor - ph), twine, max(1, w // 200))
        cv2.line(img, (x, top + bh * 2 // 3), (x + bw, top + bh * 2 // 3), twine, max(1, w // 200))
        x += bw + rng.randrange(4, max(5, w // 20))
    return img


def newsroom_floor(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty newsroom: a window wall along the top (panes and mullions), a row of screens on it
    showing charts and a ticker, rows of desks in perspective with dark monitors, the chairs' backs
    as bars, ceiling light strips."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 170, 220), random_colour(rng, 110, 160))
    top, bottom = round(h * 0.06), round(h * rng.uniform(0.36, 0.44))
    cv2.rectangle(img, (0, top), (w, bottom), (230, 215, 190), -1)
    for x in range(rng.randrange(0, max(1, w // 6)), w, max(12, w // 6)):
        cv2.line(img, (x, top), (x, bottom), (90, 90, 95), max(1, w // 150))
    for k in range(rng.randrange(2, 5)):
        sx, sw = round(w * (0.06 + 0.24 * k)), round(w * 0.18)
        if sx + sw > w:
            break
        sy, sh = top + (bottom - top) // 5, (bottom - top) // 2
        cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (30, 30, 35), -1)
        for b in range(5):
            bh = round(sh * rng.uniform(0.2, 0.7))
            bx = sx + sw // 12 + b * sw // 6
            cv2.rectangle(
                img, (bx, sy + sh - 4 - bh), (bx + sw // 10, sy + sh - 4), random_colour(rng, 80, 230), -1
            )
        cv2.rectangle(img, (sx, sy + sh - max(3, sh // 8)), (sx + sw, sy + sh), NEWS, -1)
    for k in range(3):
        cv2.line(
            img, (round(w * (0.1 + 0.3 * k)), 2), (round(w * (0.25 + 0.3 * k)), 2), WHITE, max(2, h // 60)
        )
    for row in range(3):
        t = row / 3
        y = round(bottom + (h - bottom) * (0.15 + 0.3 * row))
        x1, x2 = round(w * (0.12 - 0.1 * t)), round(w * (0.88 + 0.1 * t))
        depth = max(4, round(h * (0.04 + 0.03 * t)))
        cv2.rectangle(img, (x1, y), (x2, y + depth), (215, 220, 225), -1)
        n = 3 + row
        for k in range(n):
            mx = x1 + (x2 - x1) * (2 * k + 1) // (2 * n)
            mw, mh = max(6, round(w * (0.05 + 0.02 * t))), max(4, round(h * (0.05 + 0.02 * t)))
            cv2.rectangle(img, (mx - mw // 2, y - mh), (mx + mw // 2, y - 2), (35, 35, 40), -1)
            cv2.rectangle(img, (mx - mw // 3, y - mh + 2), (mx + mw // 3, y - mh // 2), (120, 110, 90), -1)
            cv2.rectangle(
                img, (mx - mw // 3, y + depth), (mx + mw // 3, y + depth + round(mh * 0.8)), (50, 50, 60), -1
            )
    return img


def pantry_shelves(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A food bank's shelving: grey uprights and three or four shelves packed with cans side on
    (labels' bands, a rim's line), cereal boxes, jars with lids and bags of rice or pasta, a sign
    across the top."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 180, 230), random_colour(rng, 150, 200))
    shelves = rng.randrange(3, 5)
    top = round(h * 0.14)
    sh = (h - top) / shelves
    metal = (150, 150, 155)
    cv2.rectangle(img, (round(w * 0.2), round(h * 0.02)), (round(w * 0.8), round(h * 0.1)), CHARITY, -1)
    cv2.putText(
        img, "FOOD DRIVE", (round(w * 0.25), round(h * 0.085)), FONT, max(0.3, w / 900), WHITE, 1, cv2.LINE_AA
    )
    for k in range(shelves):
        base = round(top + (k + 1) * sh) - max(3, h // 60)
        cv2.rectangle(img, (0, base), (w, base + max(3, h // 60)), metal, -1)
        x = rng.randrange(2, max(3, w // 30))
        while x < w - 6:
            kind = rng.randrange(4)
            colour = random_colour(rng, 50, 230)
            if kind == 0:
                iw, ih = max(4, round(w * 0.06)), round(sh * rng.uniform(0.3, 0.42))
                cv2.rectangle(img, (x, base - ih), (x + iw, base), (190, 195, 200), -1)
                cv2.rectangle(img, (x, base - ih * 3 // 4), (x + iw, base - ih // 4), colour, -1)
                cv2.line(img, (x, base - ih + 2), (x + iw, base - ih + 2), (120, 120, 125), 1)
            elif kind == 1:
                iw, ih = max(5, round(w * 0.09)), round(sh * rng.uniform(0.55, 0.8))
                cv2.rectangle(img, (x, base - ih), (x + iw, base), colour, -1)
                cv2.rectangle(img, (x + 2, base - ih * 4 // 5), (x + iw - 2, base - ih * 3 // 5), WHITE, -1)
            elif kind == 2:
                iw, ih = max(4, round(w * 0.07)), round(sh * rng.uniform(0.35, 0.5))
                cv2.rectangle(img, (x, base - ih), (x + iw, base), tone(colour, 40), -1)
                cv2.rectangle(
                    img, (x, base - ih), (x + iw, base - ih + max(2, ih // 6)), tone(colour, -60), -1
                )
            else:
                iw, ih = max(6, round(w * 0.1)), round(sh * rng.uniform(0.3, 0.45))
                bag = np.array(
                    [(x, base), (x + iw, base), (x + iw - iw // 6, base - ih), (x + iw // 6, base - ih)]
                )
                cv2.fillPoly(img, [bag.astype(np.int32)], (200, 225, 235), cv2.LINE_AA)
                cv2.line(
                    img, (x + iw // 6, base - ih), (x + iw - iw // 6, base - ih), colour, max(1, w // 150)
                )
            x += iw + rng.randrange(1, max(2, w // 60))
    for x in (max(2, w // 60), w - max(3, w // 60)):
        cv2.line(img, (x, top), (x, h), metal, max(3, w // 50))
    return img


def tree_planting(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A planting day's field with nobody in it: a sky graded down, a hill's line, rows of saplings
    in perspective (a stem, a stake and ragged leaves, a pale tree guard on some, a mound of soil),
    a spade stuck in the ground and a wheelbarrow with one wheel."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.32, 0.45))
    gradient(img, (0, 0, w, horizon), (230, 190, 140), (240, 228, 210))
    hill = np.array(
        [
            (0, horizon),
            *(
                (x, horizon - round(h * 0.05 * math.sin(x / w * 3 + 1)))
                for x in range(0, w + 1, max(1, w // 12))
            ),
            (w, horizon),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [hill], (90, 150, 110))
    gradient(img, (0, horizon, w, h), (70, 110, 130), (50, 80, 100))
    for row in range(4):
        t = (row + 1) / 4
        y = round(horizon + (h - horizon) * t * 0.9)
        size = max(4, round(h * 0.05 + h * 0.12 * t))
        n = 5 - row // 2
        for k in range(n):
            x = round(w * (k + 0.5) / n + rng.uniform(-0.04, 0.04) * w)
            mound = np.array(
                [
                    (x - size // 2, y),
                    (x - size // 4, y - size // 6),
                    (x + size // 4, y - size // 6),
                    (x + size // 2, y),
                ]
            )
            cv2.fillPoly(img, [mound.astype(np.int32)], (40, 60, 90))
            cv2.line(img, (x + size // 6, y), (x + size // 6, y - size), (80, 130, 170), max(1, size // 12))
            cv2.line(img, (x, y), (x, y - size * 4 // 5), (50, 90, 60), max(1, size // 14))
            if rng.random() < 0.4:
                cv2.rectangle(img, (x - size // 10, y - size // 2), (x + size // 10, y), (210, 225, 230), -1)
            for _ in range(4):
                lx, ly = (
                    x + rng.randrange(-size // 4 - 1, size // 4 + 1),
                    y - size * 4 // 5 + rng.randrange(0, size // 3 + 1),
                )
                leaf = np.array(
                    [
                        (lx, ly),
                        (lx + size // 5, ly - size // 8),
                        (lx + size // 3, ly),
                        (lx + size // 6, ly + size // 10),
                    ]
                )
                cv2.fillPoly(
                    img, [leaf.astype(np.int32)], tone((60, 160, 80), rng.randrange(-30, 30)), cv2.LINE_AA
                )
    sx = round(w * rng.uniform(0.6, 0.85))
    sy = h - round(h * 0.08)
    cv2.line(img, (sx, sy), (sx + w // 40, sy - round(h * 0.3)), (60, 110, 160), max(2, w // 90))
    blade = np.array(
        [(sx - w // 40, sy), (sx + w // 30, sy), (sx + w // 50, sy + h // 16), (sx - w // 60, sy + h // 16)]
    )
    cv2.fillPoly(img, [blade.astype(np.int32)], (170, 170, 175), cv2.LINE_AA)
    wx = round(w * rng.uniform(0.05, 0.3))
    wy = h - round(h * 0.12)
    tray = np.array([(wx, wy - h // 10), (wx + w // 5, wy - h // 10), (wx + w // 6, wy), (wx + w // 30, wy)])
    cv2.fillPoly(img, [tray.astype(np.int32)], (40, 130, 60), cv2.LINE_AA)
    cv2.circle(img, (wx + w // 10, wy + h // 30), max(3, h // 28), (30, 30, 30), -1, cv2.LINE_AA)
    cv2.line(img, (wx + w // 6, wy - h // 20), (wx + w // 4, wy + h // 30), (60, 60, 60), max(1, w // 150))
    return img


def stage_rig(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty stage: a dark hall, a truss across the top with lights as boxes throwing coloured
    beams down, amp stacks with grille meshes at the sides, a mic stand in the middle, monitor
    wedges along the front and cables across the boards."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 30, 35), (20, 18, 22))
    floor = round(h * rng.uniform(0.72, 0.82))
    cv2.rectangle(img, (0, floor), (w, h), (45, 55, 65), -1)
    ty = round(h * 0.08)
    th = max(4, h // 25)
    cv2.line(img, (0, ty), (w, ty), (150, 150, 150), max(1, h // 150))
    cv2.line(img, (0, ty + th), (w, ty + th), (150, 150, 150), max(1, h // 150))
    for x in range(0, w, max(4, th)):
        cv2.line(img, (x, ty), (x + th // 2, ty + th), (120, 120, 120), 1)
    beams = img.copy()
    for _ in range(rng.randrange(3, 7)):
        bx = rng.randrange(w)
        colour = random_colour(rng, 80, 255)
        spread = round(w * rng.uniform(0.08, 0.2))
        foot = bx + round(w * rng.uniform(-0.25, 0.25))
        cv2.fillPoly(
            beams,
            [
                np.array(
                    [(bx - 3, ty + th), (bx + 3, ty + th), (foot + spread, floor), (foot - spread, floor)],
                    np.int32,
                )
            ],
            colour,
        )
        cv2.rectangle(
            img,
            (bx - max(3, w // 60), ty + th),
            (bx + max(3, w // 60), ty + th + max(4, h // 30)),
            (25, 25, 25),
            -1,
        )
    cv2.addWeighted(beams, 0.35, img, 0.65, 0, img)
    for side in (0, 1):
        aw, ah = round(w * 0.16), round(h * 0.34)
        ax = round(w * 0.03) if side == 0 else w - round(w * 0.03) - aw
        for k in range(2):
            y1 = floor - (k + 1) * ah // 2
            cv2.rectangle(img, (ax, y1), (ax + aw, y1 + ah // 2 - 2), (30, 30, 30), -1)
            for gx in range(ax + 3, ax + aw - 2, max(3, aw // 12)):
                cv2.line(img, (gx, y1 + 4), (gx, y1 + ah // 2 - 6), (60, 60, 60), 1)
            cv2.rectangle(
                img, (ax + aw // 4, y1 + 3), (ax + aw * 3 // 4, y1 + max(5, ah // 16)), (200, 200, 200), -1
            )
    mx = w // 2 + rng.randrange(-w // 10, w // 10 + 1)
    cv2.line(img, (mx, floor), (mx, round(h * 0.45)), (140, 140, 140), max(1, w // 200))
    cv2.rectangle(
        img,
        (mx - max(2, w // 150), round(h * 0.42)),
        (mx + max(2, w // 150), round(h * 0.46)),
        (60, 60, 60),
        -1,
    )
    for k in range(3):
        wx = round(w * (0.2 + 0.3 * k))
        wedge = np.array(
            [(wx, h - 2), (wx + w // 8, h - 2), (wx + w // 10, h - h // 12), (wx + w // 40, h - h // 12)]
        )
        cv2.fillPoly(img, [wedge.astype(np.int32)], (35, 35, 38))
    pts = np.array(
        [
            (x, floor + round((h - floor) * (0.4 + 0.3 * math.sin(x / max(1, w) * 9))))
            for x in range(0, w, max(2, w // 30))
        ],
        np.int32,
    )
    cv2.polylines(img, [pts], False, (20, 20, 20), max(1, h // 120))
    return img


def festival_field(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A festival's field before the gates open: a dusk sky graded from orange to violet, the main
    stage's dark frame with its roof and side screens far off, flags on poles, tents' triangles and
    the grass."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.55, 0.66))
    gradient(img, (0, 0, w, horizon), (120, 60, 90), (90, 150, 245))
    gradient(img, (0, horizon, w, h), (60, 130, 80), (40, 90, 55))
    sx, sw = round(w * rng.uniform(0.25, 0.45)), round(w * rng.uniform(0.3, 0.4))
    sh = round(h * 0.3)
    cv2.rectangle(img, (sx, horizon - sh), (sx + sw, horizon), (30, 25, 30), -1)
    roof = np.array(
        [
            (sx - sw // 10, horizon - sh),
            (sx + sw // 2, horizon - sh - sh // 3),
            (sx + sw + sw // 10, horizon - sh),
        ]
    )
    cv2.fillPoly(img, [roof.astype(np.int32)], (40, 35, 40), cv2.LINE_AA)
    cv2.rectangle(
        img, (sx + sw // 6, horizon - sh * 2 // 3), (sx + sw * 5 // 6, horizon - sh // 6), (120, 80, 160), -1
    )
    for _ in range(rng.randrange(4, 9)):
        px = rng.randrange(0, w)
        top = horizon - round(h * rng.uniform(0.1, 0.3))
        cv2.line(img, (px, horizon + h // 20), (px, top), (200, 200, 200), max(1, w // 250))
        flag = np.array([(px, top), (px + w // 25, top + h // 50), (px, top + h // 25)])
        cv2.fillPoly(img, [flag.astype(np.int32)], random_colour(rng, 60, 250), cv2.LINE_AA)
    for _ in range(rng.randrange(3, 7)):
        tx = rng.randrange(0, w)
        ty = horizon + rng.randrange(h // 30, max(h // 30 + 1, (h - horizon) // 2))
        tw = round(w * rng.uniform(0.05, 0.1))
        tent = np.array([(tx, ty), (tx + tw // 2, ty - tw * 2 // 3), (tx + tw, ty)])
        cv2.fillPoly(img, [tent.astype(np.int32)], random_colour(rng, 80, 240), cv2.LINE_AA)
    return img


def record_crates(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A record shop: a back wall of framed sleeves (squares of flat colour with stripes or a wedge),
    wooden crates in front holding sleeves on edge (leaning parallelograms above the crates' fronts)
    with lettered divider tabs."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 120, 200), random_colour(rng, 80, 140))
    side = max(8, round(w * 0.14))
    for r in range(2):
        for c in range(w // (side + 6)):
            x, y = 4 + c * (side + 6), round(h * 0.05) + r * (side + 8)
            colour = random_colour(rng, 40, 240)
            cv2.rectangle(img, (x, y), (x + side, y + side), colour, -1)
            if rng.random() < 0.5:
                cv2.rectangle(img, (x, y + side // 3), (x + side, y + side // 2), tone(colour, 60), -1)
            else:
                cv2.fillPoly(
                    img,
                    [np.array([(x, y + side), (x + side, y), (x + side, y + side)], np.int32)],
                    tone(colour, -50),
                )
    crate_top = round(h * 0.62)
    x = round(w * 0.02)
    while x < w - w // 6:
        cw = round(w * rng.uniform(0.22, 0.3))
        for k in range(rng.randrange(6, 12)):
            sx = x + 4 + k * max(2, cw // 12)
            lean = rng.randrange(-6, 7)
            sleeve = np.array(
                [
                    (sx, crate_top + 4),
                    (sx + lean, crate_top - side),
                    (sx + lean + max(3, cw // 14), crate_top - side),
                    (sx + max(3, cw // 14), crate_top + 4),
                ]
            )
            cv2.fillPoly(img, [sleeve.astype(np.int32)], random_colour(rng, 40, 240))
        tab_x = x + cw // 2
        cv2.rectangle(
            img, (tab_x, crate_top - side - side // 3), (tab_x + side // 3, crate_top), (235, 235, 230), -1
        )
        cv2.putText(
            img,
            rng.choice("ABCDJMRS"),
            (tab_x + 2, crate_top - side - 4),
            FONT,
            max(0.25, side / 90),
            INK,
            1,
            cv2.LINE_AA,
        )
        wood = tone((60, 110, 150), rng.randrange(-20, 20))
        cv2.rectangle(img, (x, crate_top), (x + cw, h), wood, -1)
        for yy in range(crate_top + (h - crate_top) // 3, h, max(4, (h - crate_top) // 3)):
            cv2.line(img, (x, yy), (x + cw, yy), tone(wood, -40), max(1, h // 150))
        x += cw + max(3, w // 40)
    return img


def cowork_desks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A coworking room with nobody in it: a brick wall, a tall window, a long bench desk in
    perspective with open laptops and a monitor, potted plants (a pot and a fan of leaves) and
    pendant lamps as cones on cords, a neon word on the wall."""
    img = np.zeros((h, w, 3), np.uint8)
    brick = rng.choice(((70, 90, 160), (200, 200, 205), (60, 70, 120)))
    img[:] = brick
    for y in range(0, h, max(4, h // 24)):
        cv2.line(img, (0, y), (w, y), tone(brick, 30), 1)
        off_x = (y // max(4, h // 24)) % 2 * max(4, w // 16)
        for x in range(off_x, w, max(8, w // 8)):
            cv2.line(img, (x, y), (x, y + max(4, h // 24)), tone(brick, 30), 1)
    wx = round(w * rng.uniform(0.55, 0.7))
    cv2.rectangle(img, (wx, round(h * 0.05)), (w - round(w * 0.05), round(h * 0.55)), (235, 220, 200), -1)
    for k in range(1, 3):
        gx = wx + (w - round(w * 0.05) - wx) * k // 3
        cv2.line(img, (gx, round(h * 0.05)), (gx, round(h * 0.55)), (50, 50, 50), max(1, w // 120))
    cv2.putText(
        img,
        rng.choice(("WORK", "MAKE", "FOCUS")),
        (round(w * 0.08), round(h * 0.22)),
        FONT,
        max(0.35, w / 500),
        (200, 120, 250),
        max(1, w // 200),
        cv2.LINE_AA,
    )
    top = round(h * 0.62)
    desk = np.array(
        [
            (round(w * 0.02), h - round(h * 0.12)),
            (w - round(w * 0.02), h - round(h * 0.12)),
            (round(w * 0.72), top),
            (round(w * 0.28), top),
        ]
    )
    cv2.fillPoly(img, [desk.astype(np.int32)], (200, 215, 225))
    for k in range(rng.randrange(2, 5)):
        t = (k + 0.5) / 4
        lx = round(w * (0.25 + 0.5 * t))
        ly = round(top + (h - top) * 0.3 * (1 - abs(t - 0.5)))
        lw = max(6, round(w * 0.08))
        cv2.rectangle(img, (lx - lw // 2, ly - lw * 2 // 3), (lx + lw // 2, ly), (60, 60, 65), -1)
        cv2.rectangle(
            img, (lx - lw // 2 - 2, ly), (lx + lw // 2 + 2, ly + max(2, lw // 8)), (170, 170, 175), -1
        )
    px = round(w * rng.uniform(0.05, 0.2))
    pot = np.array(
        [(px, h - 2), (px + w // 10, h - 2), (px + w // 9, h - h // 7), (px - w // 90, h - h // 7)]
    )
    cv2.fillPoly(img, [pot.astype(np.int32)], (60, 90, 180), cv2.LINE_AA)
    for k in range(6):
        a = math.radians(200 + k * 28)
        tip = (round(px + w // 20 + math.cos(a) * h * 0.2), round(h - h // 7 + math.sin(a) * h * 0.2))
        cv2.line(img, (px + w // 20, h - h // 7), tip, (50, 140, 70), max(2, w // 60), cv2.LINE_AA)
    for k in range(rng.randrange(1, 4)):
        lx = round(w * (0.25 + 0.25 * k))
        ly = round(h * rng.uniform(0.2, 0.32))
        cv2.line(img, (lx, 0), (lx, ly), (40, 40, 40), 1)
        cone = np.array(
            [
                (lx - w // 30, ly + h // 18),
                (lx + w // 30, ly + h // 18),
                (lx + w // 90, ly),
                (lx - w // 90, ly),
            ]
        )
        cv2.fillPoly(img, [cone.astype(np.int32)], (40, 40, 45), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    newsprint_stack,
    newsroom_floor,
    pantry_shelves,
    tree_planting,
    stage_rig,
    festival_field,
    record_crates,
    cowork_desks,
)
NEWSROOM: tuple[H11.Render, ...] = (newsroom_floor, newsroom_floor, newsprint_stack)  # a count, a desk
FIELDS: tuple[H11.Render, ...] = (tree_planting, pantry_shelves, tree_planting)  # a campaign's people
STAGE: tuple[H11.Render, ...] = (stage_rig, festival_field, record_crates)  # a band, an artist
COWORK_ROOMS: tuple[H11.Render, ...] = (cowork_desks, H22.empty_room)  # a space's rooms


@dataclass
class Cast(H55.Cast):
    """heldout55's cast (heldout54's, heldout53's and the sets' before it: a scene of people or a
    thing; half of a face's box showing counts it; a camera that shows a pet, a drawn character or a
    thing when there is nobody), its screens marked h56-, whose drawn things are this set's: bundles of
    newspapers, a newsroom, a food bank's shelves, a planting day's field, a stage, a festival's
    field, a record shop's crates, a coworking room."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h56-" + super().kind(layout).removeprefix("h55-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def pen_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A writer's badge over an avatar's corner: a disc of the paper's red in a rim of the page's
    colour, a white pen nib with its slit (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, NEWS, -1, cv2.LINE_AA)
    nib = np.array(
        [
            (c[0], c[1] - r * 0.65),
            (c[0] + r * 0.38, c[1] + r * 0.05),
            (c[0], c[1] + r * 0.6),
            (c[0] - r * 0.38, c[1] + r * 0.05),
        ]
    )
    cv2.fillPoly(img, [nib.astype(np.int32)], WHITE, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] - max(1, r // 8)), (c[0], c[1] + r // 2), NEWS, max(1, r // 6))


def heart_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A supporter's badge: a disc of the charity's teal in a rim of the page's colour, a white heart
    in it (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, CHARITY, -1, cv2.LINE_AA)
    heart(img, (c[0], c[1] + max(1, r // 8)), max(2, r * 3 // 5), WHITE)


def heart_disc(img: np.ndarray, c: tuple[int, int], r: int, back: Colour) -> None:
    """An anonymous donor's place: a disc of a pale ``back`` with the charity's heart in it (never a
    face)."""
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    heart(img, (c[0], c[1] + max(1, r // 10)), max(2, r * 3 // 5), CHARITY)


def note_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A musician's badge: a violet disc in a rim of the page's colour with one white quaver (a head,
    a stem, a flag) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, GIG, -1, cv2.LINE_AA)
    head = (c[0] - r // 5, c[1] + r * 2 // 5)
    cv2.ellipse(img, head, (max(2, r * 3 // 10), max(1, r // 5)), -20, 0, 360, WHITE, -1, cv2.LINE_AA)
    top = c[1] - r // 2
    sx = head[0] + max(2, r * 3 // 10) - 1
    cv2.line(img, (sx, head[1]), (sx, top), WHITE, max(1, r // 7))
    cv2.line(img, (sx, top), (sx + r * 2 // 5, top + r * 2 // 5), WHITE, max(1, r // 7), cv2.LINE_AA)


def mourning_ribbon(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A black awareness ribbon for a gift in someone's memory: a loop and two crossed tails (it
    takes the pixels it covers)."""
    t = max(2, r // 3)
    ink = (35, 35, 35)
    cv2.line(img, (c[0] - r // 2, c[1] + r - t // 2), (c[0] + r // 4, c[1] - r // 3), ink, t, cv2.LINE_AA)
    cv2.line(img, (c[0] + r // 2, c[1] + r - t // 2), (c[0] - r // 4, c[1] - r // 3), ink, t, cv2.LINE_AA)
    cv2.ellipse(
        img, (c[0], c[1] - r // 2), (max(2, r // 3), max(2, r // 2 - t // 2)), 0, 0, 360, ink, t, cv2.LINE_AA
    )


def tier_ribbon(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour) -> None:
    """A donor tier's banner: a band of ``colour`` with a notched tail at its right end (never a
    face)."""
    band = np.array([(x, y), (x + w, y), (x + w - h // 3, y + h // 2), (x + w, y + h), (x, y + h)], np.int32)
    cv2.fillPoly(img, [band], colour)
    cv2.line(img, (x, y + h), (x + w - 1, y + h), tone(colour, -40), 1)


def barcode(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A ticket's bar code: black bars of two to six pixels with gaps, from x to x + w (never a
    face)."""
    xx = x
    while xx < x + w - 6:
        bw = rng.randrange(2, 7)
        cv2.rectangle(img, (xx, y), (xx + bw - 1, y + h), (20, 20, 20), -1)
        xx += bw + rng.randrange(2, 6)


def date_block(img: np.ndarray, x: int, y: int, month: str, day: int, colour: Colour) -> None:
    """A date on a 72 px rounded square of ``colour``: the month small over the day's number (never a
    face)."""
    rounded_card(img, x, y, 72, 72, 14, colour)
    note(img, month, (x + 14, y + 26), 0.5, WHITE, 1)
    cv2.putText(img, str(day), (x + 12 if day > 9 else x + 24, y + 62), FONT, 1.0, WHITE, 2, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Parts: a newsroom's live blog, its staff page and its morning conference.
# ----------------------------------------------------------------------------------------------


def masthead(s: Screen, rng: random.Random, y: int) -> int:
    """A paper's masthead across the screen (no faces): a band of the paper's red with its name in a
    serif and a menu's bars. Returns its height (100 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), NEWS, -1)
    cv2.putText(img, rng.choice(PAPERS), (30, y + 66), SERIF, 1.2, WHITE, 2, cv2.LINE_AA)
    for k in range(3):
        cv2.rectangle(img, (WIDTH - 80, y + 36 + k * 12), (WIDTH - 40, y + 40 + k * 12), WHITE, -1)
    return 100


def contributors(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is reporting: "Reporting" over a facepile of two to five round 24-32 px faces, a "+N"
    disc on some (heldout22's ``stack``: each covers a part of the one under it), and the names.
    Returns its height (110 px)."""
    img = s.img
    note(img, "Reporting", (30, y + 30), 0.5, GREY)
    end = H22.stack(
        cast, s, rng, 30, y + 46, rng.randrange(2, 6), 24, 32, s.bg, rng.choice((0, rng.randrange(2, 12)))
    )
    note(img, f"{who(rng)}, {who(rng)} and others", (end + 16, y + 74), 0.5, s.fg)
    return 110


def blog_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The live blog's lead photo across the screen, 400 px: the count in a hall or the newsroom on
    the night (heldout38's ``staged``: two or three depths of three to five people, the front faces
    28-52 px, the back ones 0.5-0.65 of them, some under 18 px, drawn and not counted), in grey on
    30 % (a wire photo; heldout10's ``greyed``: counted as they look), a dark band over its foot
    with the caption and credit. Returns its height with the gap under it (420 px)."""
    hh, fp = 400, rng.uniform(28, 52)
    piece, faces = H38.staged(
        cast, rng, NEWSROOM, rng.randrange(2, 4), (3, 5), WIDTH, hh, fp * rng.uniform(0.5, 0.65), fp
    )
    if rng.random() < 0.3:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + hh - 70, WIDTH, y + hh), 0.5)
    note(s.img, f"Photo: {who(rng)} {rng.choice(SURNAMES)} / Wire", (30, y + hh - 26), 0.55, WHITE)
    return hh + 20


def blog_entry(cast: Cast, rng: random.Random, s: Screen, y: int, room: int) -> int:
    """An entry on the live blog's timeline: the rail down the left with the reporter's round 20-28
    px face on it in a rim of the page (initials on some; a pen's badge over its lower right on some:
    it takes the pixels it covers), the time and the name, a "BREAKING" or "Pinned" tag on some, two
    to four lines of text and, where ``room`` leaves space, on 30 % a photo 220 px high (heldout11's
    ``snapshot``: faces 18-44 px; grey on 30 %, a wire photo). Returns its height."""
    img = s.img
    tagged = rng.random() < 0.3
    lines = rng.randrange(2, 5)
    photo = room > 480 and rng.random() < 0.3
    h = 70 + (40 if tagged else 0) + lines * 22 + (240 if photo else 0) + 24
    cv2.line(img, (70, y), (70, y + h), off(s.bg, 40), 3)
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
    ax, ay = 70 - side // 2, y + 18
    if rng.random() < 0.12:
        H3.initials(img, rng, ax, ay, side, "circle", s.bg)
    else:
        cast.avatar(s, ax, ay, fp, side, "circle", s.bg)
    if rng.random() < 0.3:
        pen_badge(img, (ax + side - 2, ay + side - 2), 8, s.bg)
    note(img, f"{rng.randrange(18, 24)}:{rng.randrange(60):02d}", (110, y + 40), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (200, y + 40), 0.55, s.fg, 2)
    ty = y + 60
    if tagged:
        breaking = rng.random() < 0.6
        tag(img, 110, ty, "BREAKING" if breaking else "Pinned", RED if breaking else (90, 90, 90), 30)
        ty += 40
    ty = H52.text_bars(img, rng, 110, ty + 6, WIDTH - 160, lines, off(s.bg, 60))
    if photo:
        pw = WIDTH - 140
        piece, faces = H11.snapshot(cast, pw, 220, 18.3, 44, 0.85)
        if rng.random() < 0.3:
            piece = H10.greyed(piece)
        H11.paste_photo(cast, s, piece, faces, 110, ty + 10, rounded_rect(220, pw, 12))
    return h


def editor_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The editor on a card 250 px high: a studio headshot 170 x 210 (heldout11's ``portrait``: the
    face 52-96 px) in grey on half (the paper's house style; heldout10's ``greyed``), a pen's badge
    over its lower right corner on half (it takes the pixels it covers), the name, "Editor", the
    letters' link. Returns its height with the gap under it (270 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 250, 20, card)
    piece, faces = H11.portrait(cast, 170, 210, rng.uniform(52, 96))
    if rng.random() < 0.5:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 40, y + 20, rounded_rect(210, 170, 14))
    if rng.random() < 0.5:
        pen_badge(img, (40 + 170 - 10, y + 20 + 210 - 10), 16, card)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (240, y + 70), 0.7, s.fg, 2)
    note(
        img,
        rng.choice(("Editor-in-chief", "Executive editor", "Managing editor")),
        (240, y + 110),
        0.55,
        GREY,
    )
    note(img, "Letters from the editor >", (240, y + 180), 0.55, s.accent, 2)
    return 270


def staff_cell(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A journalist in the staff grid at (x, y), ``cw`` px wide: a studio headshot ``cw`` - 12 px wide
    and 1.2 times as high (heldout11's ``portrait``: the face 0.2-0.3 of its width, skewed small), in
    grey on 45 % (heldout10's ``greyed``), square or rounded, a pen's badge over its lower right on
    some (a columnist's; it takes the pixels it covers); the name and the beat under it. Returns its
    height with the gap under it."""
    img = s.img
    pw = cw - 12
    ph = round(pw * 1.2)
    piece, faces = H11.portrait(cast, pw, ph, pw * small(rng, 0.17, 0.28))
    if rng.random() < 0.45:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, pw, 12) if rng.random() < 0.5 else None)
    if rng.random() < 0.15:
        pen_badge(img, (x + pw - 14, y + ph - 14), 12, s.bg)
    note(img, who(rng)[:9], (x, y + ph + 28), min(0.5, cw / 320), s.fg, 2)
    note(img, rng.choice(BEATS)[:10], (x, y + ph + 52), min(0.42, cw / 380), GREY)
    return ph + 70


def new_faces(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who joined the newsroom this month: "New this month" over a facepile of three to five round
    20-26 px faces with a "+N" disc on some (heldout22's ``stack``) and "Say hello". Returns its height
    (100 px)."""
    img = s.img
    note(img, "New this month", (30, y + 26), 0.5, GREY)
    end = H22.stack(
        cast, s, rng, 30, y + 40, rng.randrange(3, 6), 20, 26, s.bg, rng.choice((0, rng.randrange(2, 9)))
    )
    note(img, "Say hello >", (end + 18, y + 68), 0.52, s.accent, 2)
    return 100


def meeting_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The morning conference's bar (no faces): the paper's name in its serif, "Morning conference"
    and the time, a red "REC" on most. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    cv2.putText(img, rng.choice(PAPERS), (30, y + 44), SERIF, 0.75, s.fg, 2, cv2.LINE_AA)
    note(img, f"Morning conference - {rng.randrange(8, 11):02d}:30", (30, y + 82), 0.5, GREY)
    if rng.random() < 0.8:
        pill(img, WIDTH - 260, y + 30, 100, 40, RED)
        note(img, "REC", (WIDTH - 236, y + 60), 0.6, WHITE, 2)
    note(img, f"{rng.randrange(0, 40):02d}:{rng.randrange(60):02d}", (WIDTH - 130, y + 60), 0.6, s.fg, 2)
    return 110


def chair_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The editor chairing the conference, a camera across the screen 480-580 px high: the editor
    before the newsroom (heldout53's ``posed``: the face 100-240 px), the name's label over its
    lower left (heldout22's ``name_label``: it takes the pixels it covers), a "Chairing" tag over
    its top, a speaker's green frame round it. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(480, 580)
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(100, 240), NEWSROOM)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(img, f"{who(rng)} {rng.choice(SURNAMES)} - Editor", 36, y + h - 14, 40)
    tag(img, 40, y + 24, "Chairing", (30, 30, 30), 36)
    cv2.rectangle(img, (20, y), (WIDTH - 21, y + h - 1), GREEN, 4)
    return h + 16


def desk_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A desk's camera in the conference's grid at (x, y), tw x th: heldout55's ``audience_tile`` (the
    reporter at a desk or at home, heldout3's ``photo``: the face 0.12-0.34 of the tile's height,
    skewed small; the camera off on a fifth; grey on a tenth; the first name's label over its lower
    left, a muted microphone or a raised hand on some) with the desk's tag over its upper left (it
    takes the pixels it covers)."""
    H55.audience_tile(cast, rng, s, x, y, tw, th)
    tag(s.img, x + 8, y + 8, rng.choice(BEATS)[:9], NEWS, 26)


def budget_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A story on the day's budget: the desk's tag, the slug, the reporter's round 20-26 px face
    (initials on some) with the name, the status's chip. Returns its height (100 px)."""
    img = s.img
    tag(img, 30, y + 14, rng.choice(BEATS)[:8].upper(), NEWS, 28)
    note(img, rng.choice(STORIES), (30, y + 74), 0.6, s.fg, 2)
    side = face_or_initials(cast, rng, s, (WIDTH - 330, y + 34), (20, 26), "circle", 0.15)
    note(img, who(rng)[:8], (WIDTH - 316 + side, y + 58), 0.5, GREY)
    status, colour = rng.choice((("Filed", GREEN), ("Editing", GOLD), ("Needs art", RED)))
    pill(img, WIDTH - 170, y + 30, 140, 42, colour)
    note(img, status, (WIDTH - 156, y + 58), 0.5, WHITE, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: a food bank's volunteer rota, a donor wall, a campaign's supporters.
# ----------------------------------------------------------------------------------------------


def coordinator(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The volunteers' coordinator: a round 36-50 px face in a ring of the charity's teal
    (heldout33's ``ring_avatar``, drawn before it), "Your coordinator", the name, a "Message"
    button. Returns its height (120 px)."""
    img = s.img
    fp, side = _size(rng, 36, small(rng, 36.5, 50), (1.1, 1.2))
    ring_avatar(cast, s, 36, y + 16, fp, side, CHARITY)
    note(img, "Your coordinator", (70 + side, y + 44), 0.48, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (70 + side, y + 80), 0.62, s.fg, 2)
    outlined(img, WIDTH - 230, y + 28, 190, 56, s.accent, s.bg)
    note(img, "Message", (WIDTH - 190, y + 64), 0.58, s.accent, 2)
    return 120


def slot_shift(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A volunteer shift on a card 196 px high: the day and hours, the task's tag, three to six slots
    120 px apart, none to all of them filled from the first (round 22-30 px faces, one size for the
    card; initials on some) with first names under them, the rest open (dashed rings with a plus: never
    faces), the share filled as a bar and how many are still needed; on a fifth a past shift, faded
    (heldout27's ``faded``: counted as it looks) under a "Done" tag. Returns its height with the gap
    under it (212 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 196, 20, card)
    note(
        img,
        f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'))} {rng.randrange(7, 18)}:00-"
        f"{rng.randrange(12, 22)}:00",
        (44, y + 44),
        0.6,
        s.fg,
        2,
    )
    tag(img, WIDTH - 280, y + 18, rng.choice(TASKS), CHARITY, 34)
    slots = rng.randrange(3, 7)
    filled = rng.randrange(0, slots + 1)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    for k in range(slots):
        x, ay = 44 + k * 120, y + 72
        if k < filled:
            if rng.random() < 0.1:
                H3.initials(img, rng, x, ay, side, "circle", None)
            else:
                cast.avatar(s, x, ay, fp, side, "circle")
            note(img, who(rng)[:6], (x - 4, ay + side + 24), 0.42, GREY)
        else:
            c = (x + side // 2, ay + side // 2)
            dashed_ring(img, c, side // 2, GREY, 2)
            cv2.line(img, (c[0] - side // 5, c[1]), (c[0] + side // 5, c[1]), GREY, 2)
            cv2.line(img, (c[0], c[1] - side // 5), (c[0], c[1] + side // 5), GREY, 2)
    progress(img, 44, y + 172, WIDTH - 400, filled / slots, CHARITY, off(card, 30), 8)
    left = slots - filled
    note(img, f"{left} more needed" if left else "Full", (WIDTH - 320, y + 180), 0.5, s.fg, 2)
    if rng.random() < 0.2:
        H10.redrawn(s, (20, y, WIDTH - 20, y + 196), H27.faded(card, 0.5))
        tag(img, WIDTH - 160, y + 120, "Done", (70, 70, 70), 30)
    return 212


def thanks_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A thank-you post to last week's crew: the line, then their photo among the shelves
    (heldout11's ``gathering``: two or three rows of two to five, the front faces 26-44 px, those
    behind 0.7-0.85 of them), on 40 % printed with a white border and turned 2-5 degrees (heldout11's
    ``turned``, a print pinned up); the likes' stack of two or three 18-22 px faces under it.
    Returns its height with the gap under it."""
    img = s.img
    note(
        img,
        rng.choice(("Thank you, Saturday crew!", "What a week, team", "Last shift's heroes")),
        (30, y + 36),
        0.62,
        s.fg,
        2,
    )
    pw, ph = WIDTH - 140, rng.randrange(320, 400)
    fp = rng.uniform(26, 44)
    piece, faces = H11.gathering(
        cast, pw, ph, fp * rng.uniform(0.7, 0.85), fp, rng.randrange(2, 4), rng.randrange(2, 6), (1.5, 2.0),
        rng.uniform(0.0, 0.1),
    )  # fmt: skip
    if rng.random() < 0.4:
        framed = np.full((ph + 32, pw + 32, 3), 245, np.uint8)
        framed[16 : 16 + ph, 16 : 16 + pw] = piece
        moved = [(a + 16, b + 16, c + 16, d + 16) for a, b, c, d in faces]
        turned, boxes, where = H11.turned(framed, moved, rng.choice((-1, 1)) * rng.uniform(2, 5))
        H11.paste_photo(cast, s, turned, boxes, (WIDTH - turned.shape[1]) // 2, y + 56, where)
        hh = turned.shape[0]
    else:
        H11.paste_photo(cast, s, piece, faces, 70, y + 56, rounded_rect(ph, pw, 16))
        hh = ph
    end = H22.stack(cast, s, rng, 30, y + 56 + hh + 12, rng.randrange(2, 4), 18.3, 22, s.bg)
    note(img, f"{rng.randrange(3, 60)} likes", (end + 14, y + 56 + hh + 40), 0.48, GREY)
    return 56 + hh + 70


def tier_band(cast: Cast, rng: random.Random, s: Screen, y: int, tier: int, rows: int) -> int:
    """A tier of the donor wall: its banner (``tier_ribbon``) with the tier's name and the gift, then
    ``rows`` rows of donors, one size for the tier: the founding circle four a row (44-60 px faces
    in platinum rings, heldout33's ``ring_avatar``), gold five (30-40 px), silver seven (22-28 px),
    friends nine (18-22 px); names under the first two tiers' faces; an anonymous donor's heart
    (``heart_disc``) on a tenth and initials on some (never faces); a gift in someone's memory grey
    on a tenth (heldout10's ``greyed``: counted as it looks) under a black ribbon over its upper
    right (``mourning_ribbon``: it takes the pixels it covers). Returns its height."""
    img = s.img
    name, amount, colour = TIERS[tier]
    tier_ribbon(img, 20, y + 8, 420, 44, colour)
    note(img, name, (40, y + 40), 0.6, WHITE if tier in (0, 3) else INK, 2)
    note(img, amount, (WIDTH - 200, y + 40), 0.5, GREY)
    lo, hi = TIER_FACES[tier]
    cols = TIER_COLS[tier]
    cw = (WIDTH - 40) // cols
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.1, 1.2))
    ch = side + (60 if tier < 2 else 14)
    for r in range(rows):
        for k in range(cols):
            x, ay = 20 + k * cw + (cw - side) // 2, y + 70 + r * ch
            roll = rng.random()
            if roll < 0.1:
                heart_disc(img, (x + side // 2, ay + side // 2), side // 2, off(s.bg, 24))
            elif roll < 0.16:
                H3.initials(img, rng, x, ay, side, "circle", None)
            else:
                if tier == 0:
                    ring_avatar(cast, s, x, ay, fp, side, colour)
                else:
                    cast.avatar(s, x, ay, fp, side, "circle")
                if rng.random() < 0.1:
                    H10.redrawn(s, (x, ay, x + side, ay + side), H10.greyed)
                    mourning_ribbon(
                        img, (x + side - max(4, side // 6), ay + max(4, side // 6)), max(5, side // 5)
                    )
            if tier < 2:
                note(img, who(rng)[:8], (x + side // 2 - 44, ay + side + 34), 0.42, s.fg)
    return 70 + rows * ch + 10


def raised_card(s: Screen, rng: random.Random, y: int, colour: Colour) -> int:
    """The sum raised on a card (no faces): the amount, "raised of" the goal, a bar, the donors'
    count and the days left. Returns its height with the gap under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 20, off(s.bg, 10))
    goal = rng.randrange(20, 200) * 1000
    raised = round(goal * rng.uniform(0.2, 1.1))
    note(img, f"${raised:,}", (44, y + 52), 0.9, s.fg, 2)
    note(img, f"raised of ${goal:,}", (300, y + 50), 0.5, GREY)
    progress(img, 44, y + 80, WIDTH - 128, min(1.0, raised / goal), colour, off(s.bg, 40), 12)
    note(
        img,
        f"{rng.randrange(40, 3000):,} donors - {rng.randrange(1, 40)} days left",
        (44, y + 118),
        0.46,
        GREY,
    )
    return 150


def partners(s: Screen, rng: random.Random, y: int) -> int:
    """The charity's partners (no faces): "With thanks to our partners" over a row of four drawn logos
    (a shape of a colour beside a word's bar) on pale tiles. Returns its height (170 px)."""
    img = s.img
    note(img, "With thanks to our partners", (30, y + 34), 0.55, s.fg, 2)
    tw = (WIDTH - 40 - 3 * 14) // 4
    for k in range(4):
        x = 20 + k * (tw + 14)
        rounded_card(img, x, y + 56, tw, 96, 14, off(s.bg, 12))
        colour = random_colour(rng, 40, 220)
        if rng.random() < 0.5:
            cv2.rectangle(img, (x + 20, y + 84), (x + 60, y + 124), colour, -1)
        else:
            tri = np.array([(x + 20, y + 124), (x + 40, y + 84), (x + 60, y + 124)], np.int32)
            cv2.fillPoly(img, [tri], colour, cv2.LINE_AA)
        cv2.rectangle(img, (x + 72, y + 96), (x + tw - 20, y + 110), tone(colour, -30), -1)
    return 170


def campaign_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A campaign's photo across the screen, 380 px: volunteers at work in the field or at the
    shelves (heldout38's ``staged``: one or two depths of two to four, the front faces 24-44 px),
    the days left on a tag; the organiser's round 40-56 px face in a rim of the page over the
    photo's foot (the rim drawn over the photo, before the face) with a heart's badge over its lower
    right on half (``heart_badge``: it takes the pixels it covers), "is organising" beside it. Returns
    its height with the gap under it (450 px)."""
    img, hh = s.img, 380
    fp = rng.uniform(24, 44)
    piece, faces = H38.staged(
        cast, rng, FIELDS, rng.randrange(1, 3), (2, 4), WIDTH, hh, fp * rng.uniform(0.55, 0.7), fp
    )
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 24, y + 20, f"{rng.randrange(2, 40)} days left", CHARITY, 36)
    fo, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    ax, ay = 40, y + hh - side // 2
    cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 5, s.bg, -1, cv2.LINE_AA)
    cast.avatar(s, ax, ay, fo, side, "circle")
    if rng.random() < 0.5:
        heart_badge(img, (ax + side - 4, ay + side - 4), 11, s.bg)
    note(
        img, f"{who(rng)} {rng.choice(SURNAMES)} is organising", (ax + side + 24, y + hh + 44), 0.55, s.fg, 2
    )
    return hh + 70


def supporters_pile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The campaign's supporters: the count over a facepile of three to six round 26-34 px faces
    with a "+N" disc (heldout22's ``stack``), and on 60 % the friends who gave, a stack of two or
    three 18-22 px faces under it. Returns its height (160 px)."""
    img = s.img
    note(img, f"{rng.randrange(200, 9000):,} supporters", (30, y + 32), 0.6, s.fg, 2)
    H22.stack(cast, s, rng, 30, y + 50, rng.randrange(3, 7), 26, 34, s.bg, rng.randrange(20, 900))
    if rng.random() < 0.6:
        end = H22.stack(cast, s, rng, 30, y + 110, rng.randrange(2, 4), 18.3, 22, s.bg)
        note(img, f"{who(rng)} and friends gave", (end + 14, y + 134), 0.48, GREY)
    return 160


def supporter_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A gift on the campaign: the giver's round 22-30 px face (initials on some) or, on 15 %, an
    anonymous heart (``heart_disc``: never a face), the name, the amount, the time and the message
    as a bar. Returns its height (108 px)."""
    img = s.img
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.25))
    roll = rng.random()
    if roll < 0.15:
        heart_disc(img, (30 + side // 2, y + 20 + side // 2), side // 2, off(s.bg, 24))
        name = "Anonymous"
    elif roll < 0.25:
        H3.initials(img, rng, 30, y + 20, side, "circle", None)
        name = f"{who(rng)} {rng.choice(SURNAMES)[0]}."
    else:
        cast.avatar(s, 30, y + 20, fp, side, "circle")
        name = f"{who(rng)} {rng.choice(SURNAMES)[0]}."
    x = 56 + side
    note(img, name, (x, y + 42), 0.56, s.fg, 2)
    note(img, f"${rng.choice((10, 20, 25, 50, 100, 250))}", (WIDTH - 150, y + 42), 0.62, s.fg, 2)
    note(img, f"{rng.randrange(1, 59)} min ago", (x, y + 70), 0.42, GREY)
    H52.text_bars(img, rng, x + 160, y + 62, WIDTH - x - 360, 1, off(s.bg, 60))
    cv2.line(img, (30, y + 106), (WIDTH - 30, y + 106), off(s.bg, 14), 1)
    return 108


# ----------------------------------------------------------------------------------------------
# Parts: a festival's lineup, a band's page, a ticket.
# ----------------------------------------------------------------------------------------------


def lineup_poster(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The lineup announcement, a poster (WIDTH - 60) px wide drawn on its own (heldout11's
    ``offscreen``): the festival's name and dates, the headliner's photo across its top, 250-320 px high
    (heldout53's ``posed`` on a stage, in a field or a record shop: the face 48-110 px, skewed small)
    with the name over its foot (it takes the pixels it covers), then the acts as one row (two on a
    quarter) of square headshots in five columns (heldout11's ``portrait``: faces 22-38 px), in the
    poster's two colours on 55 % (heldout14's ``duotone``: counted as they look), names under them;
    pasted rounded, or on 30 % turned 2-4 degrees (a photo of the printed poster; heldout11's
    ``turned``). Returns its height with the gap under it."""
    pw, hh, rows = WIDTH - 60, rng.randrange(250, 320), rng.choice((1, 1, 1, 2))
    cols, gap = 5, 12
    cw = (pw - 60 - gap * (cols - 1)) // cols
    ph = 144 + hh + 30 + rows * (cw + 44) + 10
    dark, light = random_colour(rng, 20, 90), random_colour(rng, 170, 255)
    fest = f"{rng.choice(('Harbour', 'Northern', 'Meadow', 'Night'))} {rng.choice(('Sounds', 'Weekender'))}"

    def draw(sc: Screen) -> None:
        img = sc.img
        gradient(img, (0, 0, pw, ph), tone(dark, 40), dark)
        cv2.putText(img, fest.upper(), (30, 76), SERIF, 1.5, light, 3, cv2.LINE_AA)
        note(
            img,
            f"{(d := rng.randrange(1, 26))}-{d + 2} {rng.choice(MONTHS)}",
            (32, 120),
            0.7,
            light,
            2,
        )
        head, faces = H53.posed(cast, rng, pw - 60, hh, small(rng, 48, 110), STAGE)
        H11.paste_photo(cast, sc, head, faces, 30, 144)
        title(img, rng.choice(ACTS).upper(), (50, 144 + hh - 22), 1.3, WHITE)
        top = 144 + hh + 30
        gy = top
        for _ in range(rows):
            for k in range(cols):
                piece, boxes = H11.portrait(cast, cw, cw, small(rng, 22, 38))
                H11.paste_photo(cast, sc, piece, boxes, 30 + k * (cw + gap), gy)
                note(img, rng.choice(ACTS)[:11].upper(), (30 + k * (cw + gap), gy + cw + 26), 0.42, light, 1)
            gy += cw + 44
        if rng.random() < 0.55:
            H10.redrawn(sc, (30, top, pw - 30, gy), H14.duotone(dark, light))

    piece, faces = H11.offscreen(pw, ph, draw)
    if rng.random() < 0.3:
        turned, boxes, where = H11.turned(piece, faces, rng.choice((-1, 1)) * rng.uniform(2, 4))
        H11.paste_photo(cast, s, turned, boxes, (WIDTH - turned.shape[1]) // 2, y, where)
        return turned.shape[0] + 20
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 18))
    return ph + 20


def friends_going(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Friends going: a facepile of two to four round 20-26 px faces with a "+N" disc on some
    (heldout22's ``stack``), who is going, a "Going" button. Returns its height (90 px)."""
    img = s.img
    end = H22.stack(
        cast, s, rng, 30, y + 16, rng.randrange(2, 5), 20, 26, s.bg, rng.choice((0, rng.randrange(2, 40)))
    )
    note(img, f"{who(rng)} and friends are going", (end + 16, y + 44), 0.5, s.fg)
    pill(img, WIDTH - 200, y + 14, 170, 52, s.accent)
    note(img, "Going", (WIDTH - 156, y + 48), 0.58, WHITE, 2)
    return 90


def act_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A set on the day's running order: the time, the act's 24-32 px face in a circle, a squircle or
    a rounded square (initials on some, a band's logo), the name and the stage, an add or a saved
    badge. Returns its height (104 px)."""
    img = s.img
    note(img, f"{rng.randrange(13, 24)}:{rng.choice(('00', '15', '30', '45'))}", (30, y + 54), 0.55, GREY)
    side = face_or_initials(
        cast, rng, s, (130, y + 20), (24, 32), rng.choice(("circle", "squircle", "rounded")), 0.15
    )
    x = 150 + side
    note(img, rng.choice(ACTS), (x, y + 44), 0.6, s.fg, 2)
    note(img, f"{rng.choice(('Main', 'Tent', 'Woods', 'Pier'))} stage", (x, y + 74), 0.46, GREY)
    badge(img, (WIDTH - 70, y + 48), 22, s.accent if rng.random() < 0.4 else GREY, rng.choice(("+", "check")))
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def band_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The band's photo across the screen, 420 px (heldout38's ``staged`` on a stage, in a field or
    in a record shop: one or two depths of three to five, the front faces 36-72 px), under a strong
    red, blue, green or magenta stage light on 40 % (heldout17's ``stage_light``: counted as they
    look), a dark band over its foot with the band's name and listeners. Returns its height with the
    gap under it (440 px)."""
    img, hh, fp = s.img, 420, rng.uniform(36, 72)
    piece, faces = H38.staged(
        cast, rng, STAGE, rng.randrange(1, 3), (3, 5), WIDTH, hh, fp * rng.uniform(0.75, 0.9), fp
    )
    if rng.random() < 0.4:
        piece = H17.stage_light(rng.choice(tuple(H17.LIGHTS)), rng.uniform(0.6, 1.0))(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + hh - 100, WIDTH, y + hh), 0.55)
    title(img, rng.choice(ACTS).upper(), (30, y + hh - 40), 1.2, WHITE)
    note(img, f"{rng.randrange(2, 900):,}K monthly listeners", (WIDTH - 420, y + hh - 40), 0.55, WHITE)
    return hh + 20


def members_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The band's members: round 40-56 px faces in violet rings (heldout33's ``ring_avatar``, drawn
    before them) about 190 px apart, the last across the screen's right edge (heldout45's
    ``carousel``), a quaver's badge over the lower right of some (``note_badge``: it takes the pixels
    it covers), the instruments under them. Returns its height with the gap under it."""
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        ring_avatar(cast, s, x, y + 10, fp, side, GIG)
        if rng.random() < 0.4:
            note_badge(s.img, (x + side - 2, y + side + 4), 13, s.bg)
        note(s.img, rng.choice(INSTRUMENTS), (x - 2, y + side + 52), 0.48, s.fg)
    return side + 80


def crowd_shot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Last night's crowd seen from the stage, 400 px under its line (heldout11's ``gathering``:
    two or three rows of four to seven round the middle, the front faces 24-40 px, the back ones
    0.55-0.7 of them, some under 18 px, drawn and not counted), under a stage light on half
    (heldout17's ``stage_light``) and in smoke haze on 30 % (heldout17's ``haze``): counted as they
    look. Returns its height with the gap under it (476 px)."""
    note(s.img, f"Last night at {rng.choice(VENUES)}", (30, y + 36), 0.6, s.fg, 2)
    hh, fp = 400, rng.uniform(24, 40)
    piece, faces = H11.gathering(
        cast, WIDTH, hh, fp * rng.uniform(0.55, 0.7), fp, rng.randrange(2, 4), rng.randrange(4, 8),
        (1.5, 2.0), rng.uniform(0.0, 0.05),
    )  # fmt: skip
    if rng.random() < 0.5:
        piece = H17.stage_light(rng.choice(tuple(H17.LIGHTS)), rng.uniform(0.5, 0.9))(piece)
    if rng.random() < 0.3:
        piece = H17.haze(rng, WIDTH, hh, rng.uniform(0.2, 0.4))(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y + 56)
    return hh + 76


def tour_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tour date: the date's block (``date_block``), the city and the venue, on half the opening
    act's round 20-26 px face (initials on some) with "with" and its name, a "Tickets" button or a
    grey "SOLD OUT" tag. Returns its height (100 px)."""
    img = s.img
    date_block(img, 30, y + 14, rng.choice(MONTHS), rng.randrange(1, 29), GIG)
    note(img, rng.choice(CITIES), (130, y + 44), 0.62, s.fg, 2)
    note(img, rng.choice(VENUES), (130, y + 76), 0.46, GREY)
    if rng.random() < 0.5:
        side = face_or_initials(cast, rng, s, (WIDTH - 430, y + 34), (20, 26), "circle", 0.15)
        note(img, f"with {rng.choice(ACTS)[:10]}", (WIDTH - 420 + side, y + 58), 0.44, GREY)
    if rng.random() < 0.2:
        tag(img, WIDTH - 190, y + 30, "SOLD OUT", (110, 110, 110), 34)
    else:
        pill(img, WIDTH - 190, y + 26, 160, 48, s.accent)
        note(img, "Tickets", (WIDTH - 158, y + 58), 0.55, WHITE, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def ticket_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The ticket on a card (WIDTH - 60) wide: the artist's photo over its upper part, 540-620 px
    (heldout53's ``posed`` on a stage or a field: the face 110-260 px, on a quarter cut by a side),
    under a stage light on 35 % (heldout17's ``stage_light``), the entry's tag over its top left, a
    dark band over its foot (heldout5's ``scrim``) with the artist's name (it takes the pixels it
    covers) and the venue; then the stub: gate, row and seat, the tear line's dashes and a bar code
    (``barcode``). Returns its height with the gap under it."""
    img, x, w = s.img, 30, WIDTH - 60
    ph = rng.randrange(540, 620)
    rounded_card(img, x, y, w, ph + 300, 28, WHITE if sum(s.bg) > 384 else off(s.bg, 20))
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, w, ph, rng.uniform(110, 260), STAGE, edge)
    if rng.random() < 0.35:
        piece = H17.stage_light(rng.choice(tuple(H17.LIGHTS)), rng.uniform(0.5, 0.9))(piece)
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, w, 28))
    tag(img, x + 24, y + 24, rng.choice(("GA", "VIP", "Floor", "Balcony")), GIG, 40)
    H5.scrim(s, (x, y + ph - 110, x + w, y + ph), 0.45)
    title(img, rng.choice(ACTS).upper(), (x + 30, y + ph - 52), 1.1, WHITE)
    note(
        img,
        f"{rng.choice(VENUES)} - {rng.choice(MONTHS)} {rng.randrange(1, 29)}",
        (x + 30, y + ph - 16),
        0.55,
        WHITE,
    )
    ink = INK if sum(s.bg) > 384 else WHITE
    for k, (label, value) in enumerate(
        (
            ("Gate", rng.choice("ABCDE")),
            ("Row", str(rng.randrange(1, 40))),
            ("Seat", str(rng.randrange(1, 60))),
        )
    ):
        note(img, label, (x + 40 + k * 300, y + ph + 50), 0.5, GREY)
        note(img, value, (x + 40 + k * 300, y + ph + 100), 1.0, ink, 2)
    for xx in range(x + 30, x + w - 30, 24):
        cv2.line(img, (xx, y + ph + 134), (xx + 12, y + ph + 134), GREY, 2)
    rounded_card(img, x + 100, y + ph + 152, w - 200, 126, 10, WHITE)
    barcode(img, rng, x + 120, y + ph + 160, w - 240, 110)
    return ph + 320


def group_tickets(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's group: "Your group" over a facepile of two to five round 22-28 px faces (heldout22's
    ``stack``), who the tickets went to, a "Transfer" button. Returns its height (120 px)."""
    img = s.img
    n = rng.randrange(2, 6)
    heading(s, 30, y + 34, "Your group", 0.75)
    end = H22.stack(cast, s, rng, 30, y + 56, n, 22, 28, s.bg)
    note(img, f"{n} tickets - sent to {who(rng)}", (end + 16, y + 86), 0.5, s.fg)
    outlined(img, WIDTH - 220, y + 50, 190, 56, s.accent, s.bg)
    note(img, "Transfer", (WIDTH - 184, y + 86), 0.56, s.accent, 2)
    return 120


def friends_at_show(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Friends at this show: round 30-40 px faces about 150 px apart, the last across the screen's
    right edge (heldout45's ``carousel``), a quaver's badge over some (``note_badge``: it takes the
    pixels it covers), first names under them. Returns its height with the gap under it."""
    fp, side = _size(rng, 30, small(rng, 30.5, 40), (1.1, 1.2))
    for x in carousel(rng, 150, side):
        cast.avatar(s, x, y + 10, fp, side, "circle")
        if rng.random() < 0.3:
            note_badge(s.img, (x + side - 2, y + side + 2), 11, s.bg)
        note(s.img, who(rng)[:7], (x - 4, y + side + 44), 0.45, s.fg)
    return side + 70


# ----------------------------------------------------------------------------------------------
# Parts: a coworking space's desks.
# ----------------------------------------------------------------------------------------------


def floor_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The floor's plan across the screen, 760 px: two benches of desks in two facing rows of five
    (booked desks, 30 % and one's own, hold a round 18-24 px face in a rim of the desk, initials on
    some, one's own in the accent; free ones a green outline with a plus; blocked ones hatched), meeting
    rooms down the right (in use on 60 %: a stack of two or three 18-22 px faces with "+N" on some,
    heldout22's ``stack``), a kitchen's table, phone booths along the foot (a face of 18-22 px in half).
    Returns its height with the gap under it (780 px)."""
    img, ph = s.img, 760
    dark = sum(s.bg) < 384
    floor = (70, 64, 60) if dark else (236, 238, 240)
    desk = (110, 100, 95) if dark else (205, 210, 215)
    wall = (160, 160, 160) if dark else (90, 90, 95)
    rounded_card(img, 20, y, WIDTH - 40, ph, 20, floor)
    cv2.rectangle(img, (30, y + 10), (WIDTH - 31, y + ph - 10), wall, 4)
    bx2 = 20 + round((WIDTH - 40) * 0.64)
    cv2.line(img, (bx2, y + 10), (bx2, y + ph - 10), wall, 4)
    dw, dh = 110, 64
    per = (bx2 - 20 - 60) // (dw + 8)
    mine = rng.randrange(per * 2)
    by = y + 40
    for b in range(2):
        for row in range(2):
            for k in range(per):
                dx, dy = 50 + k * (dw + 8), by + row * (dh + 4)
                cv2.rectangle(img, (dx, dy), (dx + dw, dy + dh), desk, -1)
                roll = rng.random()
                if roll < 0.3 or (b == 0 and row * per + k == mine):
                    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
                    ax, ay = dx + (dw - side) // 2, dy + (dh - side) // 2
                    rim = s.accent if b == 0 and row * per + k == mine else desk
                    if rng.random() < 0.12:
                        H3.initials(img, rng, ax, ay, side, "circle", rim)
                    else:
                        cast.avatar(s, ax, ay, fp, side, "circle", rim)
                elif roll < 0.8:
                    cv2.rectangle(img, (dx + 6, dy + 6), (dx + dw - 6, dy + dh - 6), GREEN, 2)
                    c = (dx + dw // 2, dy + dh // 2)
                    cv2.line(img, (c[0] - 8, c[1]), (c[0] + 8, c[1]), GREEN, 2)
                    cv2.line(img, (c[0], c[1] - 8), (c[0], c[1] + 8), GREEN, 2)
                else:
                    for hx in range(dx, dx + dw, 12):
                        cv2.line(img, (hx, dy + dh), (min(dx + dw, hx + dh // 2), dy + dh // 2), wall, 1)
        by += 2 * dh + 4 + 70
    cv2.rectangle(img, (60, by + 10), (bx2 - 60, by + 70), desk, -1)
    note(img, "Kitchen", (60, by + 110), 0.5, GREY)
    rooms = rng.randrange(2, 4)
    rx, rw = bx2 + 20, WIDTH - 40 - bx2 - 30
    rh = (ph - 80) // rooms - 20
    ry = y + 30
    for _r in range(rooms):
        cv2.rectangle(img, (rx, ry), (rx + rw, ry + rh), wall, 3)
        note(img, f"Room {rng.choice(ROOMS)}", (rx + 16, ry + 34), 0.5, s.fg, 2)
        cv2.rectangle(img, (rx + rw // 4, ry + rh // 2 + 10), (rx + rw * 3 // 4, ry + rh - 20), desk, -1)
        if rng.random() < 0.6:
            H22.stack(
                cast, s, rng, rx + 16, ry + 50, rng.randrange(2, 4), 18.3, 22, floor,
                rng.choice((0, 0, rng.randrange(1, 6))),
            )  # fmt: skip
        else:
            tag(img, rx + 16, ry + 50, "Free", GREEN, 30)
        ry += rh + 20
    for k in range(rng.randrange(2, 5)):
        px, py = 50 + k * 110, y + ph - 100
        cv2.rectangle(img, (px, py), (px + 80, py + 70), wall, 3)
        if rng.random() < 0.5:
            fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
            cast.avatar(s, px + (80 - side) // 2, py + (70 - side) // 2, fp, side, "circle")
    return ph + 20


def in_today(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Members in today: round 30-44 px faces about 200 px apart, the last across the screen's right
    edge (heldout45's ``carousel``), a presence dot over each one's lower right (heldout26's
    ``status_dot``: it takes the pixels it covers), first names under them. Returns its height with
    the gap under it."""
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    r = max(6, side // 7)
    for x in carousel(rng, 200, side):
        cast.avatar(s, x, y + 10, fp, side, "circle")
        H26.status_dot(
            s.img, (x + side - r, y + 10 + side - r), r, rng.choice(("online", "online", "idle", "dnd")), s.bg
        )
        note(s.img, who(rng)[:7], (x - 4, y + side + 44), 0.45, s.fg)
    return side + 70


def community_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An event on the space's board: the date's block (``date_block``), the host's round 24-32 px
    face (initials on some), the event and "hosted by", who is going on half as a stack of one or
    two 18-22 px faces with "+N" on some (heldout22's ``stack``) at the right, else "Be the first".
    Returns its height (120 px)."""
    img = s.img
    date_block(img, 30, y + 20, rng.choice(MONTHS), rng.randrange(1, 29), COWORK)
    side = face_or_initials(cast, rng, s, (124, y + 28), (24, 32), "circle", 0.12)
    x = 142 + side
    note(img, rng.choice(EVENTS), (x, y + 52), 0.58, s.fg, 2)
    note(img, f"hosted by {who(rng)}", (x, y + 84), 0.44, GREY)
    if rng.random() < 0.5:
        H22.stack(
            cast, s, rng, WIDTH - 260, y + 36, rng.randrange(1, 3), 18.3, 22, s.bg,
            rng.choice((0, rng.randrange(2, 20))),
        )  # fmt: skip
    else:
        note(img, "Be the first", (WIDTH - 260, y + 64), 0.46, GREY)
    cv2.line(img, (30, y + 118), (WIDTH - 30, y + 118), off(s.bg, 14), 1)
    return 120


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def live_blog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A newsroom's live blog: the masthead; a "LIVE" tag and the headline; who is reporting
    (``contributors``: 24-32 px, "+N"); on half the lead photo (``blog_hero``: front faces 28-52
    px, grey on some); the timeline's entries (``blog_entry``: reporters 20-28 px on the rail,
    photos' faces 18-44 px) down to the tab bar, which cuts the last."""
    s = new_screen(rng, name, cast.kind("liveblog"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H
    y += masthead(s, rng, y)
    tag(img, 30, y + 20, "LIVE", RED, 36)
    note(img, f"Updated {rng.randrange(1, 9)} min ago", (130, y + 46), 0.5, GREY)
    y += 66
    heading(s, 30, y + 40, rng.choice(HEADLINES), 0.9)
    y += 64
    y += contributors(cast, rng, s, y)
    if rng.random() < 0.5:
        y += blog_hero(cast, rng, s, y)
    foot = H - NAV_H - 120
    return rows_to_tab_bar(s, rng, y, 140, lambda t: blog_entry(cast, rng, s, t, foot - t))


def newsroom_staff(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A newsroom's staff page: the title; the desks' chips; the editor (``editor_card``: 52-96 px);
    new this month (``new_faces``: 20-26 px, "+N"); then desk by desk under their headings a row of
    the journalists' headshots in four or five columns
    (``staff_cell``: faces 0.17-0.28 of a headshot's width, grey on some) down past the tab bar,
    which cuts the last row."""
    s, y = titled(cast, rng, name, "staff", ("light", "light", "dark", "tinted"), "Our newsroom")
    chips(s.img, rng, 30, y, 4, 44, (110, 190), off(s.bg, 16), s.fg)
    y += 64
    y += editor_card(cast, rng, s, y)
    y += new_faces(cast, rng, s, y)
    cols, gap = rng.choice((4, 4, 5)), 10
    cw = (WIDTH - 40 - gap * (cols - 1)) // cols
    foot = H - NAV_H - 120
    beats = rng.sample(BEATS, 5)
    k = 0
    while y < foot - 80:
        y = section(s, y, f"{beats[k % 5]} - {rng.randrange(3, 30)}", False)
        n = cols if rng.random() < 0.5 else rng.randrange(2, cols)
        step = 0
        for c in range(n):
            step = staff_cell(cast, rng, s, 20 + c * (cw + gap), y, cw)
        y += step + 8
        k += 1
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def news_meeting(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A newsroom's morning conference on video: the bar (``meeting_bar``); the editor chairing
    (``chair_tile``: 100-240 px); the desks' cameras in three or four columns, two rows
    (``desk_tile``: faces 0.12-0.34 of a tile's height); the day's budget (``budget_row``: 20-26 px)
    above the call's controls."""
    s = new_screen(rng, name, cast.kind("meeting"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + meeting_bar(s, rng, STATUS_H)
    y += chair_tile(cast, rng, s, y)
    cols, gap = rng.choice((3, 4)), 10
    tw = (WIDTH - 40 - gap * (cols - 1)) // cols
    th = round(tw * 0.75)
    for k in range(cols * 2):
        desk_tile(cast, rng, s, 20 + (k % cols) * (tw + gap), y + (k // cols) * (th + gap), tw, th)
    y += 2 * (th + gap) + 10
    controls = H - NAV_H - 150
    if y + 150 < controls:
        heading(s, 30, y + 40, "Today's budget", 0.8)
        y += 60
        while y + 100 < controls:
            y += budget_row(cast, rng, s, y)
    H22.call_controls(s, rng, controls)
    H5.nav_bar(s)
    return s.finish()


def volunteer_roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A food bank's volunteer rota: the charity's title; the week's chips; the coordinator
    (``coordinator``: 36-50 px); one or two shifts (``slot_shift``: 22-30 px faces in the slots,
    open ones dashed, past shifts faded); on half a thank-you photo (``thanks_photo``: front faces
    26-44 px, turned on some); more shifts down to the tab bar, which cuts the last."""
    s, y = titled(cast, rng, name, "volunteers", ("light", "tinted", "light", "dark"), rng.choice(CHARITIES))
    chips(s.img, rng, 30, y, 5, 44, (100, 150), off(s.bg, 16), s.fg)
    y += 64
    y += coordinator(cast, rng, s, y)
    y = section(s, y, "This week's shifts", True)
    for _ in range(rng.randrange(1, 3)):
        y += slot_shift(cast, rng, s, y)
    if rng.random() < 0.5:
        y += thanks_photo(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 120, lambda t: slot_shift(cast, rng, s, t))


def donor_wall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A charity's donor wall: the title; the sum raised (``raised_card``); the tiers
    (``tier_band``): a row each, the founding circle's (44-60 px in rings), gold's (30-40 px),
    silver's (22-28 px) and the friends' (18-22 px), anonymous hearts, initials and grey gifts in
    memory among them; the partners' logos (``partners``); recent gifts (``supporter_row``: 22-30
    px) where there is room, above the "Give today" button."""
    s, y = titled(cast, rng, name, "donors", ("light", "tinted", "dark", "light"), "Our donors")
    y += raised_card(s, rng, y, CHARITY)
    y += tier_band(cast, rng, s, y, 0, 1)
    y += tier_band(cast, rng, s, y, 1, 1)
    y += tier_band(cast, rng, s, y, 2, 1)
    y += tier_band(cast, rng, s, y, 3, 1)
    y += partners(s, rng, y)
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, "Recent gifts", lambda t: supporter_row(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Give today")


def campaign_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fundraising campaign: the photo of its volunteers with the organiser over its foot
    (``campaign_hero``: front faces 24-44 px, the organiser 40-56 px); the title; the sum raised
    (``raised_card``); the supporters (``supporters_pile``: 26-34 px, "+N", friends 18-22 px);
    recent support (``supporter_row``: 22-30 px) down to the "Donate" button."""
    s = new_screen(rng, name, cast.kind("campaign"), ("light", "light", "tinted", "dark"))
    y = STATUS_H
    y += campaign_hero(cast, rng, s, y)
    heading(s, 30, y + 36, rng.choice(CAMPAIGNS), 0.85)
    y += 60
    y += raised_card(s, rng, y, CHARITY)
    y += supporters_pile(cast, rng, s, y)
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, "Recent support", lambda t: supporter_row(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Donate")


def festival_lineup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A festival's lineup: the bar; the poster (``lineup_poster``: the headliner 48-110 px, the acts'
    headshots 22-38 px, duotone on some, turned on some); friends going (``friends_going``: 20-26
    px, "+N"); the days' chips; the running order (``act_row``: 24-32 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("lineup"), ("dark", "dark", "tinted", "light"))
    H28.back_bar(s, "Lineup", 0.95)
    y = STATUS_H + 100
    y += lineup_poster(cast, rng, s, y)
    y += friends_going(cast, rng, s, y)
    chips(s.img, rng, 30, y, 3, 44, (120, 200), off(s.bg, 16), s.fg)
    y += 64
    return rows_to_tab_bar(s, rng, y, 60, lambda t: act_row(cast, rng, s, t))


def band_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A band's page: the band's photo (``band_banner``: 36-72 px, stage light on some); follow and
    shuffle; the members (``members_row``: 40-56 px in rings, past the right edge); on 40 % last
    night's crowd (``crowd_shot``: front faces 24-40 px, stage light and haze on some); the tour's
    dates (``tour_row``: openers 20-26 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("band"), ("dark", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H
    y += band_banner(cast, rng, s, y)
    pill(img, 30, y, 200, 60, s.accent)
    note(img, "Follow", (84, y + 40), 0.6, WHITE, 2)
    outlined(img, 250, y, 200, 60, s.fg, s.bg)
    note(img, "Shuffle", (300, y + 40), 0.6, s.fg, 2)
    y += 84
    y = section(s, y, "Members", False)
    y += members_row(cast, rng, s, y)
    if rng.random() < 0.4:
        y += crowd_shot(cast, rng, s, y)
    y = section(s, y, "On tour", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: tour_row(cast, rng, s, t))


def ticket_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A concert ticket: the bar; the ticket (``ticket_card``: the artist 110-260 px, stage light on
    some); one's group (``group_tickets``: 22-28 px); friends at the show (``friends_at_show``:
    30-40 px, past the right edge); the support acts (``act_row``: 24-32 px) where there is room,
    above the "Add to wallet" button."""
    s = new_screen(rng, name, cast.kind("ticket"), ("dark", "light", "dark", "tinted"))
    H28.back_bar(s, "Your ticket", 0.95)
    y = STATUS_H + 100
    y += ticket_card(cast, rng, s, y)
    y += group_tickets(cast, rng, s, y)
    y = section(s, y, "Friends at this show", False)
    y += friends_at_show(cast, rng, s, y)
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, "Also on the bill", lambda t: act_row(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Add to wallet")


def desk_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A coworking space's desk booking: the title and one's 22-26 px face; the days' and floors'
    chips; the floor's plan (``floor_plan``: 18-24 px on desks, rooms' stacks of 18-22 px); members
    in today (``in_today``: 30-44 px, presence dots, past the right edge); the community board
    (``community_row``: hosts 24-32 px, stacks of 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "desks", ("light", "light", "dark", "tinted"), "Book a desk", own=True)
    chips(s.img, rng, 30, y, 5, 44, (100, 150), off(s.bg, 16), s.fg)
    y += 64
    y += floor_plan(cast, rng, s, y)
    y = section(s, y, "In today", True)
    y += in_today(cast, rng, s, y)
    y = section(s, y, "Community", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: community_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    live_blog,
    newsroom_staff,
    news_meeting,
    volunteer_roster,
    donor_wall,
    campaign_page,
    festival_lineup,
    band_page,
    ticket_page,
    desk_booking,
)
# with people: each twice a round but two (the morning conference and the ticket, a few large faces
# each)
ONCE = (news_meeting, ticket_page)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a donor wall with things in the people's
# places, a conference's grid of cameras, a floor plan's desks)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, donor_wall, news_meeting, desk_booking)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT56_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h56", photos, free, seed, reps)
