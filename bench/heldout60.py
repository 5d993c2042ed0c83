"""Held-out screens, sixtieth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a mountain trail, a path through a wood,
an empty concert platform, a page of a vocal score, a makerspace's bench, a 3D printer, a circuit
board, a blood donation session's room; nothing with eyes, a mouth or a mask, and no round things
in pairs); every random choice from ``HELDOUT60_SEED`` (60606; the environment's ``HELDOUT60_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout59's ``Cast``
(through heldout57's and the sets' before it; this set's screens are marked h60-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in hiking and trail-running groups, choirs and community orchestras,
makerspaces and blood drives, most of them small: a trail race's live tracking; a hiking group's
meetup; an orchestra's seating plan; a choir's concert; its rehearsal on video; a makerspace's
machines; its members' build logs; its inductions; a blood drive; a donor's card. Near repeats
avoided: heldout31's choir roster and heldout33's risers (here an orchestra's platform from above:
rows of desks, two stand partners side by side at each music stand, one size a row, the conductor
on the podium at the foot); the sets' results tables and leaderboards (here the runners pinned on
the course's elevation profile, the leader in a gold ring, and the positions with bibs and the
checkpoints as ticks); the sets' rosters and rotas (here a car share: a car from above, its driver
in a squircle, its seats as places taken by faces or dashed and free; a drive's chairs by time, five
places a row); heldout59's pool sheet (here a sign-off matrix: machines' icons across its top,
members down its side, the trainer who signed each off as a small face in the cell, ticks and
dashed bookings between); the sets' feeds (here build logs: three step photos side by side, the
makers at the bench in some); heldout59's critique and heldout58's tasting on video (here the
conductor beside the page of the score, the singers' cameras five or four a row with their parts'
tags, the bar's metronome); the sets' featured people (here a guest soloist in an oval, a donor's
story in a circle); heldout59's fencer's licence (here a donor's card: the blood group large,
donations as drops, the friends brought). New looks: rain on the trail, a stage's footlights, a
campaign's red duotone, and a running watch's amber night mode, the whole screen amber. Ten
layouts:
- a race's live tracking (``race_tracker``): the race (``race_header``); the course
  (``elevation_track``: seven to twelve runners of 18-24 px in white rims on the profile, the
  leader in a gold ring); the positions (``runner_row``: 22-30 px, the one followed on a card,
  those out faded) cut by the tab bar; on 30 % a dark page with the whole screen in the amber
  night mode;
- a hiking group's meetup (``hike_meetup``): one's 22-26 px face; the group on the trail
  (``hike_hero``: three to six a depth, the front faces 26-50 px, in rain on 35 % or grey on 15 %);
  the route (``route_card``); the car share (``carpool_row``: drivers 28-38 px in squircles,
  passengers 20-26 px in the seats) cut by the tab bar;
- an orchestra's seating plan (``orchestra_plan``): the platform (``desk_plan``: three or four rows
  of three to five desks, stand partners 18-24 px, one size a row; the conductor 32-44 px in a
  square); the parts (``part_row``: 22-28 px in rounded squares, those away faded) cut by the tab
  bar;
- a choir's concert (``concert_night``): one's 22-26 px face; the choir on the platform
  (``concert_hero``: four to seven a depth, the front faces 22-42 px, in footlights on 35 % or grey
  on 15 %); the soloists (``soloist_cards``: 40-56 px, past the right edge); on 45 % the guest
  soloist (``soloist_feature``: 60-96 px in an oval); the programme (``programme_row``: leads 20-26
  px, sections 18-22 px in stacks) cut by the tab bar;
- a choir's rehearsal on video (``virtual_choir``): the conductor beside the score
  (``conductor_tile``: 110-240 px); the singers' cameras in five columns or four and three rows
  (``singers_grid``: 0.12-0.34 of a tile's height, the part's tag on each); the chat (``chat_line``:
  20-26 px) above the call's controls;
- a makerspace's machines (``tool_booking``): one's 22-26 px face; who is in (``keyholders``: 32-46
  px in story rings, past the right edge); the machines (``machine_row``: users 22-30 px in rounded
  squares, those waiting 18-22 px in stacks) cut by the tab bar;
- build logs (``build_log``): the posts (``project_post``: makers 22-28 px, three step photos, the
  makers at the bench in some, 18-40 px, likers 18-22 px in stacks) cut by the tab bar;
- inductions (``induction_board``): the sign-off matrix (``induction_matrix``: five to seven members
  22-28 px down its side, trainers 18-22 px in its cells); the requests (``request_row``: 22-28 px)
  cut by the tab bar;
- a blood drive (``blood_drive``): one's 22-26 px face; the poster (``drive_poster``: two to five a
  depth, the front faces 26-48 px, in the red duotone on 40 %); the goal (``goal_gauge``); the
  volunteers (``volunteers``: 34-46 px in red pills, past the right edge); on 45 % a donor's story
  (``donor_story``: 64-110 px in a circle); the chairs by time (``chair_row``: 18-24 px) cut by the
  tab bar;
- a donor's card (``donor_card``): the card (``donor_id``: the donor 110-240 px, on a quarter cut by
  the photo's side); the donations by year (``donation_chart``); the friends brought
  (``referrals``: 22-28 px in bordered circles); the sessions near one where there is room
  (``session_slot``: nurses 24-30 px), above the "Book a donation" button.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``,
whose group photos keep their own scale, and heldout38's ``staged``, whose single depth stands at
the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's slightly smaller
faces can differ (the table below counts what is drawn). The soloists, the hosts and the volunteers
run past the right edge, the last across it; the positions, the car share, the parts, the
programme, the machines, the build logs, the requests and the chairs are cut by the tab bar, a
donor by the photo's side on some; so some faces are cut by an edge and counted while half of their
box shows (the capture's right 8 px are black padding). Avatars are circles, rounded squares,
squares, squircles, bordered circles, rings of a colour with a gap, white rims and story rings, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes; JPEG quality 30-60. Boot, note, cog and drop badges, bibs, tags,
name labels, the parts' tags, muted microphones, raised hands, "+N" discs, the call's controls and
tab bars take the pixels they cover; a face under them counts while half of its box shows; rings
and rims are drawn before the faces they hold; grey (some hikes, concerts, cameras), rain,
footlights, the red duotone, the amber night mode, fading (runners out, players away) and dark
bands leave the faces under them counted as they look; initials, dashed rings, cars, machines'
icons, parts' pages, the drops, maps, profiles, charts, QR codes and drawn things are never faces.
Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,862 faces (1,608 under 32 px, 228 of 32-63, 19 of 64-127, 7
larger; 1,761 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings,
pills, seats, cells, tiles and photos, round things where a photo's people or a cut-out's person
would be); ``reps=1`` a quarter (18 screens with 490 faces: 433, 50, 5 and 2 by size, 469 under 40
px; 13 face-free). Each layout has people twice a round but the choir's rehearsal and the donor's
card, once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    race_tracker     8 screens   148 faces: 148,   0,   0,   0
    hike_meetup      8 screens   190 faces: 173,  17,   0,   0
    orchestra_plan   8 screens   299 faces: 291,   8,   0,   0
    concert_night    8 screens   251 faces: 197,  51,   3,   0
    virtual_choir    4 screens   126 faces:  96,  24,   3,   3
    tool_booking     8 screens   167 faces: 127,  40,   0,   0
    build_log        8 screens   173 faces: 122,  43,   8,   0
    induction_board  8 screens   237 faces: 237,   0,   0,   0
    blood_drive      8 screens   230 faces: 181,  45,   4,   0
    donor_card       4 screens    41 faces:  36,   0,   1,   4
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import itertools
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout23 as H23
import heldout27 as H27
import heldout52 as H52
import heldout53 as H53
import heldout55 as H55
import heldout57 as H57
import heldout58 as H58
import heldout59 as H59
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips
from heldout23 import WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 60606


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT60_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 60606."""
    return int(env.get("HELDOUT60_SEED") or DEFAULT_SEED)


HELDOUT60_SEED = seed_from(os.environ)

Fn = Callable[[np.ndarray], np.ndarray]  # a look over a whole photo or screen (rain, footlights)

TRAIL: Colour = (30, 120, 235)  # a trail-running club's orange (BGR)
FOREST: Colour = (60, 120, 50)  # a hiking group's green
RACES: tuple[str, ...] = ("Ridge Runner 50K", "Three Peaks Ultra", "Fellside Skyrace", "Moorland 30")
HIKING_GROUPS: tuple[str, ...] = (
    "Northside Hikers",
    "Peak & Pint Walkers",
    "Saturday Trailfinders",
    "Ramblers of Elm Vale",
)
HIKES: tuple[str, ...] = ("Crag Loop", "Falls & Ridge", "Old Drove Road", "Sunrise Summit", "Lake Circuit")
GRADES: tuple[str, ...] = ("Easy", "Moderate", "Hard", "Strenuous")
TOWNS: tuple[str, ...] = ("Eastgate", "Millbrook", "Station Rd", "Hillcrest", "Old Quay", "Riverside")
CHOIR: Colour = (110, 40, 120)  # a choir's plum
CHOIRS: tuple[str, ...] = (
    "Harbourside Community Choir",
    "Vale Singers",
    "Northgate Chorale",
    "St Anne's Voices",
)
ORCHESTRAS: tuple[str, ...] = ("Elm Vale Sinfonia", "Town Hall Orchestra", "Riverside Philharmonic")
PIECES: tuple[str, ...] = (
    "Ave verum corpus", "Jerusalem", "Hallelujah", "Zadok the Priest", "Shenandoah", "Cantique",
    "The Lark Ascending", "Nimrod", "Bogoroditse Devo", "Sure on this shining night",
)  # fmt: skip
COMPOSERS: tuple[str, ...] = (
    "Mozart",
    "Parry",
    "Handel",
    "Faure",
    "Elgar",
    "Rutter",
    "Barber",
    "Vaughan Williams",
)
VOICES: tuple[str, ...] = ("Soprano", "Alto", "Tenor", "Baritone", "Bass", "Mezzo")
PARTS: tuple[tuple[str, Colour], ...] = (  # a choir's parts and their tags' colours
    ("S", (60, 60, 200)),
    ("A", (170, 100, 40)),
    ("T", (60, 150, 60)),
    ("B", (120, 60, 130)),
)
SECTIONS: tuple[tuple[str, Colour], ...] = (  # an orchestra's rows, from the back
    ("Winds", (40, 140, 190)),
    ("Cellos", (120, 80, 40)),
    ("Violas", (60, 120, 60)),
    ("Vln II", (140, 70, 140)),
    ("Vln I", (50, 60, 180)),
)
MAKER: Colour = (180, 110, 20)  # a makerspace's blue
MAKERSPACES: tuple[str, ...] = ("Forge Lab", "Hackspace North", "The Tinkerhouse", "Bitworks Makerspace")
MACHINES: tuple[tuple[str, str], ...] = (  # a machine's name and its glyph
    ("Laser cutter", "laser"),
    ("3D printer", "printer"),
    ("Metal lathe", "lathe"),
    ("CNC router", "cnc"),
    ("Soldering bench", "solder"),
    ("Sewing machine", "sewing"),
)
PROJECTS: tuple[str, ...] = (
    "a weather station", "a plywood kayak", "an arcade cabinet", "a synth module", "a bike trailer",
    "a LED matrix sign", "a camera slider", "a bench vise", "a plant watering rig", "a mechanical clock",
)  # fmt: skip
BLOOD: Colour = (40, 30, 190)  # a blood service's red
DRIVES: tuple[str, ...] = (
    "Campus blood drive",
    "Give blood Saturday",
    "Town hall session",
    "Summer donor day",
)
VENUES: tuple[str, ...] = ("Student union", "Town hall", "Sports centre", "Library foyer", "Mobile unit")
BLOOD_TYPES: tuple[str, ...] = ("O-", "O+", "A-", "A+", "B-", "B+", "AB+")
ROLES: tuple[str, ...] = ("Welcome", "Canteen", "Nurse", "Registration", "Driver", "First aid")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "SEP", "OCT")
NAMES = H59.WHITE_NAMES


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def mountain_trail(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A mountain trail: a pale sky, two or three ridges one before the other (the far one blue-grey
    with snow on its peaks, the near ones greener and darker), the trail as a pale ribbon zigzagging
    up the near slope and narrowing, one or two waymark posts with a painted band at their tops."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 210, 170), (225, 225, 215))
    ridges = rng.randrange(2, 4)
    palette = ((175, 155, 135), (120, 145, 115), (75, 115, 85))
    for k in range(ridges):
        base = h * (0.25 + 0.18 * k)
        level = base + rng.uniform(-0.05, 0.05) * h
        pts = [(0, h)]
        for i in range(11):
            level = min(h * 0.9, max(h * 0.1, level + rng.uniform(-0.09, 0.09) * h))
            pts.append((round(w * i / 10), round(level)))
        pts.append((w, h))
        cv2.fillPoly(img, [np.array(pts, np.int32)], palette[k + 3 - ridges])
        if k == 0:  # snow on the far ridge's highest points
            for px, py in pts[1:-1]:
                if py < base - 0.03 * h:
                    cap = [
                        (px, py),
                        (px - max(2, w // 40), py + max(2, h // 25)),
                        (px + max(2, w // 40), py + h // 25),
                    ]
                    cv2.fillPoly(img, [np.array(cap, np.int32)], (245, 245, 245))
    x, y = rng.uniform(0.35, 0.65) * w, float(h)
    top = h * rng.uniform(0.5, 0.62)
    for i in range(5):
        ny, nx = h - (h - top) * (i + 1) / 5, w * rng.uniform(0.15, 0.85)
        t = max(1, round(w / 14 * (1 - i / 5)))
        cv2.line(img, (round(x), round(y)), (round(nx), round(ny)), (170, 200, 215), t, cv2.LINE_AA)
        x, y = nx, ny
    for _ in range(rng.randrange(1, 3)):
        px, py = rng.randrange(w), round(h * rng.uniform(0.7, 0.95))
        ph, pw = max(4, h // 8), max(2, w // 80)
        cv2.rectangle(img, (px, py - ph), (px + pw, py), (60, 80, 100), -1)
        blaze = rng.choice(((40, 40, 220), (220, 120, 40), (40, 200, 230)))
        cv2.rectangle(img, (px, py - ph), (px + pw, py - ph + max(2, ph // 5)), blaze, -1)
    return img


def forest_path(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A path through a wood: green shade above, shafts of light slanting down, trunks of many
    widths, the path as a pale wedge narrowing to the trees, a signpost with two arrow boards at
    different heights pointing opposite ways."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.55, 0.65))
    gradient(img, (0, 0, w, ground), (90, 140, 110), (70, 115, 85))
    gradient(img, (0, ground, w, h), (60, 95, 115), (45, 75, 95))
    light = img.copy()
    for _ in range(rng.randrange(2, 4)):
        x0 = rng.randrange(w)
        shaft = [(x0, 0), (x0 + w // 10, 0), (x0 + w // 4, h), (x0 + w // 7, h)]
        cv2.fillPoly(light, [np.array(shaft, np.int32)], (200, 235, 235))
    img = cv2.addWeighted(img, 0.8, light, 0.2, 0)
    x = rng.randrange(0, max(1, w // 10))
    while x < w:
        tw = max(2, round(w * rng.uniform(0.02, 0.07)))
        foot = ground + rng.randrange(0, max(1, h // 10))
        cv2.rectangle(img, (x, 0), (x + tw, foot), (40, 55, 70), -1)
        x += tw + rng.randrange(max(3, w // 12), max(4, w // 5))
    vx = round(w * rng.uniform(0.35, 0.65))
    path = [(vx - w // 40, ground), (vx + w // 40, ground), (round(w * 0.8), h), (round(w * 0.2), h)]
    cv2.fillPoly(img, [np.array(path, np.int32)], (120, 160, 185))
    sx = round(w * rng.choice((rng.uniform(0.12, 0.25), rng.uniform(0.75, 0.88))))
    cv2.line(img, (sx, ground - h // 5), (sx, ground + h // 8), (50, 75, 100), max(2, w // 60))
    for k, d in enumerate((1, -1)):
        by, bh, bw = ground - h // 5 + k * max(3, h // 12), max(3, h // 24), max(6, w // 8)
        end = sx + d * bw
        board = [(sx, by), (end, by), (end + d * bh // 2, by + bh // 2), (end, by + bh), (sx, by + bh)]
        cv2.fillPoly(img, [np.array(board, np.int32)], (90, 150, 200))
    return img


def concert_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty concert platform: wooden panels at the back, organ pipes rising toward the middle,
    the stage's boards with rows of empty chairs and music stands (a thin post, a tilted desk), the
    backs of the hall's red seats in rows along the foot."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = round(h * 0.55)
    gradient(img, (0, 0, w, wall), (60, 90, 130), (45, 70, 100))
    for x in range(0, w, max(4, w // 16)):
        cv2.line(img, (x, 0), (x, wall), (50, 75, 110), 1)
    n = rng.randrange(9, 16)
    pw = max(2, w // (n * 3))
    for i in range(n):
        d = i - (n - 1) / 2
        ph = round(h * (0.38 - 0.025 * abs(d) * rng.uniform(0.8, 1.2)))
        x = w // 2 + round(d * pw * 1.6)
        if 0 <= x < w - pw and ph > 2:
            gradient(img, (x, wall - ph, x + pw, wall), (205, 205, 210), (150, 150, 160), False)
    seats = round(h * 0.82)
    gradient(img, (0, wall, w, seats), (90, 140, 185), (70, 115, 160))
    rows = rng.randrange(2, 4)
    for r in range(rows):
        ry = wall + round((seats - wall) * (r + 1) / (rows + 1))
        scale = 0.6 + 0.4 * (r + 1) / rows
        cw = max(3, round(w * 0.03 * scale))
        x = rng.randrange(0, max(1, w // 8))
        while x < w - cw:
            cv2.rectangle(img, (x, ry - cw), (x + cw, ry), (40, 40, 45), -1)
            cv2.rectangle(img, (x, ry - 2 * cw), (x + max(1, cw // 4), ry), (40, 40, 45), -1)
            sx = x + cw + max(2, cw // 2)
            cv2.line(img, (sx, ry), (sx, ry - 2 * cw), (30, 30, 30), 1)
            desk = [
                (sx - cw // 2, ry - 2 * cw),
                (sx + cw // 2, ry - 2 * cw - cw // 3),
                (sx + cw // 2, ry - 2 * cw + 1),
            ]
            cv2.fillPoly(img, [np.array(desk, np.int32)], (30, 30, 30))
            x += round(cw * rng.uniform(3, 5))
    gradient(img, (0, seats, w, h), (40, 40, 90), (30, 30, 70))
    step = max(4, w // 14)
    for k in range(2):
        yy = seats + k * max(3, (h - seats) // 2)
        for x in range(rng.randrange(0, step), w, step):
            rounded_card(
                img, x, yy + 2, step - max(1, step // 6), max(3, (h - seats) // 2 - 3), 2, (50, 50, 150)
            )
    return img


def score_page(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A page of a vocal score: cream paper, staves of five lines with bar lines, noteheads slanted
    with their stems (no two side by side at one height), a pencilled breath mark."""
    img = np.full((h, w, 3), (200, 228, 240), np.uint8)
    sp = max(2, round(min(w, h) * rng.uniform(0.018, 0.026)))
    mx, y = max(3, w // 14), max(4, round(h * 0.08))
    ink = (35, 35, 40)
    while y + 4 * sp < h - max(3, h // 20):
        for line in range(5):
            cv2.line(img, (mx, y + line * sp), (w - mx, y + line * sp), (70, 70, 75), 1)
        for k in range(4):
            bx = mx + k * (w - 2 * mx) // 4
            cv2.line(img, (bx, y), (bx, y + 4 * sp), (70, 70, 75), 1)
        cv2.line(img, (w - mx, y), (w - mx, y + 4 * sp), (70, 70, 75), 1)
        x, prev = mx + 4 * sp, None
        while x < w - mx - 2 * sp:
            step = rng.randrange(-2, 11)
            if prev is not None and abs(step - prev) < 2:
                step = prev + 3 if prev < 5 else prev - 3
            ny = y + 4 * sp - round(step * sp / 2)
            axes = (max(1, round(sp * 0.62)), max(1, round(sp * 0.42)))
            cv2.ellipse(img, (x, ny), axes, -25, 0, 360, ink, -1, cv2.LINE_AA)
            up = step < 4
            sx = x + axes[0] - 1 if up else x - axes[0] + 1
            cv2.line(img, (sx, ny), (sx, ny - 3 * sp if up else ny + 3 * sp), ink, 1)
            x += round(sp * rng.uniform(2.6, 4.6))
            prev = step
        y += round(4 * sp * rng.uniform(2.4, 3.0))
    bx, by = (
        rng.randrange(w // 4, max(w // 4 + 1, w * 3 // 4)),
        rng.randrange(h // 6, max(h // 6 + 1, h * 5 // 6)),
    )
    cv2.line(img, (bx, by), (bx + max(2, sp), by - max(3, 2 * sp)), (120, 120, 125), max(1, sp // 3))
    return img


def workbench(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A makerspace's bench: a pegboard wall (its holes as specks) with tools hanging on it (a
    hammer, a saw, screwdrivers, a spanner with one open jaw, pliers), the bench's top with a green
    cutting mat and a vice at one end."""
    img = np.zeros((h, w, 3), np.uint8)
    bench = round(h * rng.uniform(0.68, 0.78))
    gradient(img, (0, 0, w, bench), (120, 160, 195), (100, 140, 175))
    step = max(4, w // 24)
    for yy in range(step // 2, bench, step):
        for xx in range(step // 2, w, step):
            img[yy, xx] = (70, 90, 110)
    x = rng.randrange(max(2, w // 16), max(3, w // 8))
    while x < w * 0.9:
        kind = rng.choice(("hammer", "saw", "driver", "driver", "spanner", "pliers"))
        top, long = round(h * rng.uniform(0.08, 0.18)), round(h * rng.uniform(0.2, 0.4))
        t = max(1, w // 100)
        if kind == "hammer":
            cv2.line(img, (x, top), (x, top + long), (60, 120, 170), max(2, w // 50))
            cv2.rectangle(img, (x - w // 30, top), (x + w // 30, top + max(3, h // 30)), (90, 90, 95), -1)
        elif kind == "saw":
            blade = [(x, top), (x + w // 14, top), (x + w // 40, top + long), (x, top + long)]
            cv2.fillPoly(img, [np.array(blade, np.int32)], (190, 190, 195))
            cv2.rectangle(img, (x, top - max(3, h // 16)), (x + w // 20, top), (40, 60, 170), -1)
        elif kind == "driver":
            cv2.line(img, (x, top), (x, top + long), (170, 170, 175), t)
            cv2.rectangle(
                img, (x - t * 2, top), (x + t * 2, top + long // 3), random_colour(rng, 40, 200), -1
            )
        elif kind == "spanner":
            cv2.line(img, (x, top + h // 30), (x, top + long), (160, 160, 170), max(2, w // 60))
            cv2.ellipse(
                img,
                (x, top + h // 40),
                (max(2, w // 40), max(2, w // 40)),
                0,
                200,
                500,
                (160, 160, 170),
                t + 1,
            )
        else:
            cv2.line(img, (x - w // 40, top), (x + w // 40, top + long), (150, 150, 155), t + 1)
            cv2.line(img, (x + w // 40, top), (x - w // 40, top + long), (150, 150, 155), t + 1)
            cv2.line(img, (x - w // 40, top + long // 2), (x - w // 40, top + long), (40, 40, 200), t + 2)
        x += rng.randrange(max(4, w // 12), max(5, w // 6))
    cv2.rectangle(img, (0, bench), (w, bench + max(3, h // 14)), (80, 120, 160), -1)
    cv2.rectangle(img, (0, bench + max(3, h // 14)), (w, h), (50, 75, 100), -1)
    mx = rng.randrange(w // 6, max(w // 6 + 1, w // 3))
    mat = (mx, bench - max(2, h // 60), mx + w // 2, bench + max(2, h // 40))
    cv2.rectangle(img, mat[:2], mat[2:], (70, 130, 60), -1)
    for gx in range(mat[0], mat[2], max(3, w // 40)):
        cv2.line(img, (gx, mat[1]), (gx, mat[3]), (110, 170, 100), 1)
    vx = w - w // 6 if rng.random() < 0.5 else w // 20
    cv2.rectangle(img, (vx, bench - h // 12), (vx + w // 10, bench), (90, 90, 100), -1)
    cv2.rectangle(
        img, (vx - w // 40, bench - h // 12), (vx + w // 10 + w // 40, bench - h // 16), (60, 60, 70), -1
    )
    return img


def printer_bed(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A 3D printer from the front: its frame (two uprights, the top bar, the base with a small blue
    display), the gantry with the print head and its nozzle, the bed in perspective, a print on it
    in layers of one filament's colour, the filament running in from the top."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (205, 210, 215), (175, 180, 185))
    x1, x2 = round(w * rng.uniform(0.1, 0.2)), round(w * rng.uniform(0.8, 0.9))
    t = max(3, w // 30)
    dark = (45, 45, 50)
    cv2.rectangle(img, (x1 - t, round(h * 0.06)), (x1, round(h * 0.85)), dark, -1)
    cv2.rectangle(img, (x2, round(h * 0.06)), (x2 + t, round(h * 0.85)), dark, -1)
    cv2.rectangle(img, (x1 - t, round(h * 0.06)), (x2 + t, round(h * 0.06) + t), dark, -1)
    cv2.rectangle(img, (x1 - 2 * t, round(h * 0.82)), (x2 + 2 * t, round(h * 0.96)), dark, -1)
    cv2.rectangle(img, (x1, round(h * 0.86)), (x1 + (x2 - x1) // 4, round(h * 0.92)), (200, 140, 60), -1)
    bed = round(h * 0.74)
    plate = [(x1 + t, bed), (x2 - t, bed), (x2 + t, bed + h // 20), (x1 - t, bed + h // 20)]
    cv2.fillPoly(img, [np.array(plate, np.int32)], (60, 70, 80))
    gy = round(h * rng.uniform(0.3, 0.45))
    cv2.rectangle(img, (x1, gy), (x2, gy + max(2, h // 40)), (150, 150, 155), -1)
    hx = rng.randrange(x1 + (x2 - x1) // 4, max(x1 + (x2 - x1) // 4 + 1, x2 - (x2 - x1) // 4))
    hw = max(6, (x2 - x1) // 7)
    cv2.rectangle(img, (hx - hw // 2, gy - hw // 2), (hx + hw // 2, gy + hw), (60, 60, 65), -1)
    tip = gy + hw + max(3, h // 40)
    cv2.fillPoly(
        img,
        [np.array([(hx - hw // 6, gy + hw), (hx + hw // 6, gy + hw), (hx, tip)], np.int32)],
        (40, 160, 200),
    )
    filament = random_colour(rng, 60, 230)
    layer = max(1, h // 90)
    wobble = rng.uniform(0.5, 1.5)
    for k, yy in enumerate(range(bed - layer, tip + layer * 2, -layer)):
        half = max(2, round(hw * (0.9 + 0.35 * math.sin(k * 0.08 * wobble))))
        cv2.line(img, (hx - half, yy), (hx + half, yy), tone(filament, -15 if k % 2 else 0), layer)
    cv2.line(img, (hx, gy - hw // 2), (round(w * 0.95), 0), filament, max(1, w // 150))
    return img


def circuit_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A circuit board close up: green solder mask, copper traces running square with the board and
    ending on pads, chips as black blocks with their legs along two sides, small parts as pale
    blocks with metal ends, a header's row of pins along one edge."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 125, 45), (50, 105, 40))
    for _ in range(rng.randrange(20, 40)):
        x, y = rng.randrange(w), rng.randrange(h)
        for k in range(rng.randrange(2, 5)):
            if k % 2:
                nx, ny = x, min(h - 1, max(0, y + rng.randrange(-h // 3, h // 3 + 1)))
            else:
                nx, ny = min(w - 1, max(0, x + rng.randrange(-w // 3, w // 3 + 1))), y
            cv2.line(img, (x, y), (nx, ny), (95, 175, 95), max(1, w // 150))
            x, y = nx, ny
        pad = max(2, w // 80)
        cv2.rectangle(img, (x - pad, y - pad), (x + pad, y + pad), (80, 170, 205), -1)
    for _ in range(rng.randrange(1, 4)):
        cw, ch = round(w * rng.uniform(0.15, 0.3)), round(h * rng.uniform(0.1, 0.2))
        cx, cy = rng.randrange(0, max(1, w - cw)), rng.randrange(max(1, h // 10), max(2, h - ch))
        leg = max(2, w // 90)
        for lx in range(cx + leg, cx + cw - leg, max(3, leg * 3)):
            cv2.rectangle(img, (lx, cy - leg * 2), (lx + leg, cy + ch + leg * 2), (190, 190, 195), -1)
        cv2.rectangle(img, (cx, cy), (cx + cw, cy + ch), (30, 30, 32), -1)
        cv2.line(img, (cx + cw // 6, cy + ch // 2), (cx + cw // 2, cy + ch // 2), (150, 150, 150), 1)
    for _ in range(rng.randrange(8, 20)):
        pw, ph = max(3, w // 30), max(2, h // 50)
        px, py = rng.randrange(w), rng.randrange(h)
        cv2.rectangle(img, (px, py), (px + pw, py + ph), rng.choice(((150, 190, 210), (40, 40, 40))), -1)
        cv2.rectangle(img, (px, py), (px + pw // 5, py + ph), (190, 190, 195), -1)
        cv2.rectangle(img, (px + pw - pw // 5, py), (px + pw, py + ph), (190, 190, 195), -1)
    pin = max(3, w // 28)
    hy = h - pin * 2 if rng.random() < 0.5 else pin
    for k in range(rng.randrange(6, 13)):
        x = pin + k * pin * 3 // 2
        cv2.rectangle(img, (x, hy), (x + pin, hy + pin), (25, 25, 25), -1)
        cv2.rectangle(
            img, (x + pin // 3, hy + pin // 3), (x + pin - pin // 3, hy + pin - pin // 3), (60, 180, 220), -1
        )
    return img


def blood_drop(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A drop of blood (never a face): a disc of radius ``r`` at ``c`` drawn up into a point above
    it."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    tip = [
        (c[0] - round(r * 0.93), c[1] - round(r * 0.37)),
        (c[0] + round(r * 0.93), c[1] - round(r * 0.37)),
        (c[0], c[1] - round(r * 2.1)),
    ]
    cv2.fillPoly(img, [np.array(tip, np.int32)], colour, cv2.LINE_AA)


def donation_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A donation session's room: pale walls, a window with its blind's slats, a poster with one
    drop on it, donors' chairs reclined in a row (a base, the seat, the back and the leg rest), drip
    stands with a bag hanging from each, a pale floor."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.68, 0.76))
    gradient(img, (0, 0, w, floor), (235, 225, 215), (215, 205, 195))
    gradient(img, (0, floor, w, h), (170, 180, 185), (150, 160, 165))
    wx, ww = rng.randrange(0, max(1, w // 4)), max(6, w // 4)
    cv2.rectangle(img, (wx, h // 10), (wx + ww, h // 10 + h // 4), (240, 220, 190), -1)
    for yy in range(h // 10, h // 10 + h // 4, max(3, h // 60)):
        cv2.line(img, (wx, yy), (wx + ww, yy), (210, 200, 190), 1)
    px = rng.randrange(w // 2, max(w // 2 + 1, w - w // 6))
    cv2.rectangle(img, (px, h // 8), (px + max(5, w // 8), h // 8 + max(6, h // 6)), BLOOD, -1)
    blood_drop(img, (px + max(5, w // 8) // 2, h // 8 + max(6, h // 6) * 2 // 3), max(2, w // 50), WHITE)
    vinyl = rng.choice(((140, 110, 40), (90, 80, 70), (150, 140, 60)))
    x = rng.randrange(0, max(1, w // 10))
    while x < w - w // 8:
        cw = round(w * rng.uniform(0.2, 0.28))
        base = floor + round((h - floor) * rng.uniform(0.3, 0.6))
        cv2.rectangle(img, (x + cw // 3, base - h // 14), (x + cw // 2, base), (110, 110, 115), -1)
        seat = [
            (x, base - h // 8),
            (x + cw // 4, base - h // 10),
            (x + cw * 3 // 4, base - h // 10),
            (x + cw, base - h // 4),
            (x + cw, base - h // 4 + h // 30),
            (x + cw * 3 // 4, base - h // 14),
            (x + cw // 4, base - h // 14),
            (x, base - h // 12),
        ]
        cv2.fillPoly(img, [np.array(seat, np.int32)], vinyl, cv2.LINE_AA)
        pole = x + cw + max(2, w // 40)
        cv2.line(img, (pole, base), (pole, round(h * 0.2)), (150, 150, 155), max(1, w // 120))
        bag = (
            pole - max(2, w // 50),
            round(h * 0.22),
            pole + max(2, w // 50),
            round(h * 0.22) + max(4, h // 12),
        )
        cv2.rectangle(img, bag[:2], bag[2:], (40, 30, 160), -1)
        cv2.line(img, (pole, bag[3]), (x + cw * 2 // 3, base - h // 10), (190, 190, 200), 1)
        x += cw + rng.randrange(max(4, w // 12), max(5, w // 6))
    return img


RENDERS: tuple[H11.Render, ...] = (
    mountain_trail,
    forest_path,
    concert_hall,
    score_page,
    workbench,
    printer_bed,
    circuit_board,
    donation_room,
)
TRAILS: tuple[H11.Render, ...] = (mountain_trail, mountain_trail, forest_path)  # runners, hikers
HALL: tuple[H11.Render, ...] = (concert_hall,)  # a choir on stage, a conductor
WORKSHOP: tuple[H11.Render, ...] = (workbench, printer_bed, circuit_board)  # a build's steps
SESSION: tuple[H11.Render, ...] = (donation_room,)  # donors, volunteers


@dataclass
class Cast(H59.Cast):
    """heldout59's cast (heldout57's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h60-, whose drawn things are this set's: a mountain trail,
    a path through a wood, an empty concert platform, a page of a vocal score, a makerspace's bench,
    a 3D printer, a circuit board, a blood donation session's room."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h60-" + super().kind(layout).removeprefix("h59-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def boot_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A hike leader's badge: a green disc with a white walking boot (a shaft, the foot, a dark
    sole)."""
    H59.disc_badge(img, c, r, rim, FOREST)
    boot = [(-0.3, -0.6), (0.08, -0.6), (0.08, 0.02), (0.58, 0.16), (0.58, 0.45), (-0.36, 0.45)]
    pts = np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in boot]).astype(np.int32)
    cv2.fillPoly(img, [pts], WHITE, cv2.LINE_AA)
    cv2.line(
        img,
        (c[0] - r * 36 // 100, c[1] + r * 45 // 100),
        (c[0] + r * 58 // 100, c[1] + r * 45 // 100),
        (40, 40, 40),
        max(1, r // 8),
    )


def note_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A soloist's badge: a plum disc with a white quaver (one slanted head, its stem and flag)."""
    H59.disc_badge(img, c, r, rim, CHOIR)
    head = (c[0] - r // 5, c[1] + r * 35 // 100)
    cv2.ellipse(img, head, (max(2, r * 3 // 10), max(1, r // 5)), -20, 0, 360, WHITE, -1, cv2.LINE_AA)
    stem = head[0] + max(2, r * 3 // 10) - 1
    t = max(1, r // 8)
    cv2.line(img, (stem, head[1]), (stem, c[1] - r * 55 // 100), WHITE, t, cv2.LINE_AA)
    cv2.line(img, (stem, c[1] - r * 55 // 100), (stem + r * 3 // 10, c[1] - r // 5), WHITE, t, cv2.LINE_AA)


def gear_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A makerspace host's badge: a blue disc with a white cog (eight square teeth round a disc with
    a hole in it)."""
    H59.disc_badge(img, c, r, rim, MAKER)
    tooth = max(1, r // 7)
    for k in range(8):
        a = math.pi / 4 * k
        tx, ty = c[0] + r * 0.5 * math.cos(a), c[1] + r * 0.5 * math.sin(a)
        cv2.rectangle(
            img, (round(tx) - tooth, round(ty) - tooth), (round(tx) + tooth, round(ty) + tooth), WHITE, -1
        )
    cv2.circle(img, c, max(2, r * 45 // 100), WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(1, r * 15 // 100), MAKER, -1, cv2.LINE_AA)


def drop_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A blood service's badge: a red disc with a white drop (``blood_drop``)."""
    H59.disc_badge(img, c, r, rim, BLOOD)
    blood_drop(img, (c[0], c[1] + r * 25 // 100), max(2, r * 36 // 100), WHITE)


def machine_glyph(img: np.ndarray, x: int, y: int, side: int, kind: str, colour: Colour) -> None:
    """A machine's line icon in the square (x, y, ``side``) (never a face): a laser cutter (a box,
    its lid and the beam), a 3D printer (a frame, the bed, the nozzle), a lathe (the bed, the
    headstock, the work between centres), a CNC router (a table under a gantry and its spindle), a
    soldering iron (the iron in its stand) or a sewing machine (its arm over the bed)."""
    t = max(1, side // 20)
    p = side // 8  # a margin inside the square

    def at(fx: float, fy: float) -> tuple[int, int]:
        return (x + p + round(fx * (side - 2 * p)), y + p + round(fy * (side - 2 * p)))

    if kind == "laser":
        cv2.rectangle(img, at(0, 0.35), at(1, 1), colour, t)
        cv2.line(img, at(0, 0.35), at(0.2, 0), colour, t)
        cv2.line(img, at(0.2, 0), at(1, 0), colour, t)
        cv2.line(img, at(1, 0), at(1, 0.35), colour, t)
        cv2.line(img, at(0.55, 0.45), at(0.55, 0.85), RED, t)
    elif kind == "printer":
        cv2.line(img, at(0.1, 0), at(0.1, 1), colour, t)
        cv2.line(img, at(0.9, 0), at(0.9, 1), colour, t)
        cv2.line(img, at(0.1, 0.05), at(0.9, 0.05), colour, t)
        cv2.line(img, at(0.1, 0.4), at(0.9, 0.4), colour, t)
        cv2.fillPoly(img, [np.array([at(0.4, 0.4), at(0.6, 0.4), at(0.5, 0.58)], np.int32)], colour)
        cv2.rectangle(img, at(0.25, 0.82), at(0.75, 0.9), colour, -1)
    elif kind == "lathe":
        cv2.rectangle(img, at(0, 0.7), at(1, 0.85), colour, -1)
        cv2.rectangle(img, at(0, 0.2), at(0.28, 0.7), colour, t)
        cv2.rectangle(img, at(0.8, 0.4), at(1, 0.7), colour, t)
        cv2.rectangle(img, at(0.28, 0.4), at(0.8, 0.5), colour, -1)
    elif kind == "cnc":
        cv2.rectangle(img, at(0, 0.75), at(1, 0.9), colour, -1)
        cv2.line(img, at(0.08, 0.1), at(0.08, 0.75), colour, t)
        cv2.line(img, at(0.92, 0.1), at(0.92, 0.75), colour, t)
        cv2.line(img, at(0.08, 0.1), at(0.92, 0.1), colour, t)
        cv2.rectangle(img, at(0.42, 0.1), at(0.58, 0.45), colour, -1)
        cv2.line(img, at(0.5, 0.45), at(0.5, 0.62), colour, t)
    elif kind == "solder":
        cv2.line(img, at(0.1, 0.9), at(0.75, 0.25), colour, t + 1)
        cv2.line(img, at(0.75, 0.25), at(0.95, 0.05), GREY, t)
        cv2.rectangle(img, at(0, 0.88), at(0.6, 1), colour, -1)
    else:
        cv2.rectangle(img, at(0, 0.82), at(1, 0.95), colour, -1)
        cv2.line(img, at(0.15, 0.82), at(0.15, 0.15), colour, t + 1)
        cv2.line(img, at(0.15, 0.15), at(0.85, 0.15), colour, t + 1)
        cv2.line(img, at(0.85, 0.15), at(0.85, 0.6), colour, t + 1)
        cv2.line(img, at(0.78, 0.6), at(0.78, 0.78), colour, t)


def part_sheet(img: np.ndarray, x: int, y: int, w: int, h: int) -> None:
    """A musician's part as a page icon at (x, y), w x h: a white sheet with its corner folded and
    three staves as grey lines (never a face)."""
    fold = max(3, w // 4)
    sheet = [(x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)]
    cv2.fillPoly(img, [np.array(sheet, np.int32)], (245, 245, 245))
    cv2.polylines(img, [np.array(sheet, np.int32)], True, (150, 150, 150), 1)
    for k in range(3):
        sy = y + h // 4 + k * h // 4
        for line in range(3):
            cv2.line(img, (x + 3, sy + line * 2), (x + w - 4, sy + line * 2), (150, 150, 150), 1)


def drizzle(rng: random.Random, level: float) -> Fn:
    """Rain on a trail over a photo: a grey veil of ``level`` (0.15-0.35) with pale streaks slanting
    down through it (their places from ``rng``); faces stay counted, paler and streaked."""
    seed = rng.randrange(2**32)
    haze = np.array((205, 200, 195), np.float32)

    def look(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        streaks = np.zeros((h, w), np.float32)
        spots = np.random.default_rng(seed)
        for _ in range(max(4, w * h // 3000)):
            x, y = int(spots.integers(0, w)), int(spots.integers(0, h))
            length = int(spots.integers(max(2, h // 40), max(3, h // 12)))
            cv2.line(streaks, (x, y), (x + length // 4, y + length), 1.0, 1, cv2.LINE_AA)
        alpha = (level + 0.35 * streaks)[:, :, None]
        return np.clip(part * (1 - alpha) + haze * alpha, 0, 255).astype(np.uint8)

    return look


def footlights(level: float) -> Fn:
    """A stage's warm lights from below over a photo: each row brighter toward the foot (from 1 -
    0.2 ``level`` at the top to 1 + 0.1 ``level``), red lifted and blue cut a little; faces stay
    counted, warm and light."""
    warm = np.array((1 - 0.25 * level, 1 - 0.05 * level, 1 + 0.1 * level), np.float32)

    def look(part: np.ndarray) -> np.ndarray:
        ramp = np.linspace(1 - 0.2 * level, 1 + 0.1 * level, part.shape[0], dtype=np.float32)
        return np.clip(part * ramp[:, None, None] * warm, 0, 255).astype(np.uint8)

    return look


def duotone(part: np.ndarray) -> np.ndarray:
    """A campaign poster's red duotone: the brightness from a deep red to a pinkish white; faces stay
    counted, red and light."""
    lum = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None] / 255
    dark, light = np.array((50, 35, 140), np.float32), np.array((235, 232, 255), np.float32)
    return (dark + (light - dark) * lum).clip(0, 255).astype(np.uint8)


def amber_light(part: np.ndarray) -> np.ndarray:
    """A running watch's night mode (an ultra through the night, read by head torch): everything in
    shades of amber by its brightness; faces stay counted, amber and light."""
    lum = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return np.stack((lum * 0.12, lum * 0.6, 24 + lum * 0.92), axis=2).clip(0, 255).astype(np.uint8)


def away(s: Screen, x: int, y: int, side: int) -> None:
    """An avatar at (x, y), ``side`` px, faded toward the page (heldout27's ``faded`` through
    heldout10's ``redrawn``: a face there counted as it looks)."""
    H10.redrawn(s, (x - 2, y - 2, x + side + 2, y + side + 2), H27.faded(s.bg, 0.5))


# ----------------------------------------------------------------------------------------------
# Parts: a trail race's live tracking and a hiking group's meetup.
# ----------------------------------------------------------------------------------------------


def place(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fp: float, side: int, taken: bool, plain: float
) -> None:
    """A place of one size in a row (a car's seat, a donor's chair, a stand partner's or a member's
    place) at (x, y), ``side`` px: when ``taken`` a round face of ``fp`` px or, on ``plain`` of them,
    an initials avatar, else a dashed ring (an empty place, never a face)."""
    if not taken:
        dashed_ring(s.img, (x + side // 2, y + side // 2), side // 2, GREY)
    elif rng.random() < plain:
        H3.initials(s.img, rng, x, y, side, "circle", None)
    else:
        cast.avatar(s, x, y, fp, side, "circle")


def race_header(s: Screen, rng: random.Random, y: int) -> int:
    """The race on a card (no faces): its name, the distance and the climb as chips, the time since
    the start in large digits, "LIVE" on a red tag. Returns its height with the gap under it (130
    px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 110, 18, off(s.bg, 10))
    note(img, rng.choice(RACES), (44, y + 44), 0.66, s.fg, 2)
    for k, text in enumerate((f"{rng.randrange(21, 101)} km", f"{rng.randrange(8, 45)}00 m+")):
        pill(img, 44 + k * 150, y + 60, 134, 36, off(s.bg, 30))
        note(img, text, (60 + k * 150, y + 85), 0.46, s.fg, 2)
    tag(img, WIDTH - 330, y + 22, "LIVE", RED, 34)
    note(
        img,
        f"{rng.randrange(1, 20)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (WIDTH - 250, y + 86),
        1.0,
        TRAIL,
        2,
    )
    return 130


def elevation_track(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The course's elevation profile on a card with the runners on it: the profile as a filled
    line across the card, the checkpoints as dashed uprights labelled under it, seven to twelve
    runners' round 18-24 px faces (one size for all, white rims) pinned over their places on the
    line (the bunched ones hiding parts of each other), the leader's in a gold ring with a gap
    instead (heldout33's ``ring_avatar``, drawn before it). Returns its height with the gap under
    it (400 px)."""
    img = s.img
    light = sum(s.bg) > 384
    rounded_card(img, 20, y, WIDTH - 40, 380, 20, off(s.bg, 10))
    note(img, "Course", (44, y + 40), 0.56, s.fg, 2)
    x0, x1, top, base = 50, WIDTH - 50, y + 150, y + 330
    level, heights = rng.uniform(0.2, 0.5), []
    for _ in range(40):
        level = min(1.0, max(0.05, level + rng.uniform(-0.12, 0.12)))
        heights.append(level)
    xs = [x0 + k * (x1 - x0) // 39 for k in range(40)]
    line = [(x, base - round(v * (base - top))) for x, v in zip(xs, heights, strict=True)]
    fill = (170, 200, 240) if light else (60, 80, 110)
    cv2.fillPoly(img, [np.array([*line, (x1, base), (x0, base)], np.int32)], fill)
    cv2.polylines(img, [np.array(line, np.int32)], False, TRAIL, 3, cv2.LINE_AA)
    for k, f in enumerate(sorted(rng.sample(range(10, 95, 8), rng.randrange(3, 6)))):
        cx = x0 + (x1 - x0) * f // 100
        for yy in range(top - 40, base, 12):
            cv2.line(img, (cx, yy), (cx, yy + 6), GREY, 1)
        note(img, f"CP{k + 1}", (cx - 18, base + 30), 0.42, GREY, 1)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    places = sorted((rng.uniform(0.03, 0.97) for _ in range(rng.randrange(7, 13))), reverse=True)
    for k, at in enumerate(places):
        px = round(x0 + at * (x1 - x0))
        py = round(np.interp(px, xs, [p[1] for p in line]))
        ax, ay = px - side // 2, py - side - 14
        cv2.line(img, (px, ay + side), (px, py), s.fg, 1)
        if k == 0:
            ring_avatar(cast, s, ax, ay, fp, side, GOLD)
        else:
            cast.avatar(s, ax, ay, fp, side, "circle", WHITE)
    return 400


def runner_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int, followed: bool) -> int:
    """A runner's line in the positions: the place, a round 22-30 px face (initials on some), the bib
    (a white tag with the number), the name, the progress as a bar with the checkpoints' ticks, the
    time and the gap; the runner one follows on a card with an orange edge and a star; on 8 % "DNF"
    on a grey tag and the face faded toward the page (counted as it looks). Returns its height (96
    px)."""
    img = s.img
    if followed:
        rounded_card(img, 20, y + 4, WIDTH - 40, 86, 14, off(s.bg, 18))
        cv2.rectangle(img, (20, y + 14), (26, y + 80), TRAIL, -1)
        star(img, (WIDTH - 44, y + 24), 10, GOLD)
    note(img, str(place + 1), (30, y + 56), 0.66, GOLD if place == 0 else s.fg, 2)
    side = face_or_initials(cast, rng, s, (80, y + 18), (22, 30), "circle", 0.1)
    x = 100 + side
    rounded_card(img, x, y + 16, 90, 34, 4, (240, 240, 240))
    note(img, str(rng.randrange(1, 900)), (x + 12, y + 42), 0.56, INK, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 80), 0.48, s.fg, 2)
    done = rng.uniform(0.15, 1.0)
    bx, bw = 440, WIDTH - 720
    cv2.rectangle(img, (bx, y + 40), (bx + bw, y + 50), off(s.bg, 30), -1)
    cv2.rectangle(img, (bx, y + 40), (bx + round(bw * done), y + 50), TRAIL, -1)
    for k in range(1, 5):
        cv2.line(img, (bx + k * bw // 5, y + 34), (bx + k * bw // 5, y + 56), s.fg, 1)
    note(img, f"CP{1 + round(done * 4)}", (bx, y + 80), 0.42, GREY)
    if rng.random() < 0.08:
        tag(img, WIDTH - 250, y + 24, "DNF", (110, 110, 110), 32)
        away(s, 80, y + 18, side)
    else:
        note(
            img,
            f"{rng.randrange(2, 14)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
            (WIDTH - 250, y + 46),
            0.56,
            s.fg,
            2,
        )
        note(img, f"+{rng.randrange(0, 90)}:{rng.randrange(60):02d}", (WIDTH - 250, y + 76), 0.44, GREY)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def hike_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The group on the trail across the screen, 440 px (heldout57's ``staged_across`` on a
    mountain trail or a path through a wood: three to six a depth, the front faces 26-50 px, those
    behind 0.5-0.65 of them), in rain on 35 % (``drizzle``) or grey on 15 % (heldout10's
    ``greyed``); the date on a tag over its top left and a boot badge over its top right (they take
    the pixels they cover), the hike over a dark band at its foot. Returns its height with the gap
    under it (460 px)."""
    roll = rng.random()
    look = drizzle(rng, rng.uniform(0.15, 0.35)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    H57.staged_across(cast, rng, s, y, 440, TRAILS, (3, 6), rng.uniform(26, 50), (0.5, 0.65), look)
    tag(s.img, 24, y + 20, f"Sat {rng.randrange(1, 29)} {rng.choice(MONTHS)}", FOREST, 36)
    boot_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    km, up = rng.randrange(6, 25), rng.randrange(2, 12) * 100
    H59.hero_band(s, y, 440, rng.choice(HIKES).upper(), f"{km} km - {up} m up - {rng.choice(GRADES)}")
    return 460


def route_card(s: Screen, rng: random.Random, y: int) -> int:
    """The route on a card (no faces): a map (a pale ground, a lake, the hill's contours as wobbly
    closed lines round its top, the route dashed from the car park's "P" up to the top's
    triangle); beside it the distance, the climb, the time, the grade as three boots' blocks and
    the meeting point. Returns its height with the gap under it (300 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, off(s.bg, 10))
    mx, my, mw, mh = 36, y + 16, 520, 248
    cv2.rectangle(img, (mx, my), (mx + mw, my + mh), (200, 225, 215), -1)
    lake = (mx + 90 + rng.randrange(80), my + mh - 70 + rng.randrange(20))
    cv2.ellipse(
        img,
        lake,
        (rng.randrange(40, 70), rng.randrange(16, 28)),
        rng.uniform(-20, 20),
        0,
        360,
        (220, 180, 120),
        -1,
    )
    peak = (mx + rng.randrange(mw // 2, mw - 80), my + rng.randrange(60, mh // 2))
    for k in range(4, 0, -1):
        ring = [
            (
                peak[0] + k * 28 * math.cos(a) * rng.uniform(0.85, 1.15),
                peak[1] + k * 20 * math.sin(a) * rng.uniform(0.85, 1.15),
            )
            for a in np.linspace(0, 2 * math.pi, 14, endpoint=False)
        ]
        cv2.polylines(img, [np.array(ring, np.int32)], True, (90, 130, 160), 1, cv2.LINE_AA)
    start = (mx + 40, my + mh - 30)
    route = [start, (mx + 150, my + mh - 70 - rng.randrange(40)), (peak[0] - 60, peak[1] + 60), peak]
    for a, b in itertools.pairwise(route):
        for t in np.linspace(0, 1, 8, endpoint=False):
            p = (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t))
            q = (round(a[0] + (b[0] - a[0]) * (t + 0.07)), round(a[1] + (b[1] - a[1]) * (t + 0.07)))
            cv2.line(img, p, q, RED, 3)
    cv2.rectangle(img, (start[0] - 14, start[1] - 14), (start[0] + 14, start[1] + 14), (160, 90, 30), -1)
    note(img, "P", (start[0] - 8, start[1] + 8), 0.5, WHITE, 2)
    tri = [(peak[0], peak[1] - 14), (peak[0] - 12, peak[1] + 8), (peak[0] + 12, peak[1] + 8)]
    cv2.fillPoly(img, [np.array(tri, np.int32)], (40, 40, 40))
    x = mx + mw + 30
    for k, text in enumerate(
        (f"{rng.randrange(6, 25)} km", f"{rng.randrange(2, 12)}00 m up", f"{rng.randrange(3, 8)} h")
    ):
        note(img, text, (x, y + 54 + k * 40), 0.62, s.fg, 2)
    grade = rng.randrange(1, 4)
    for k in range(3):
        cv2.rectangle(
            img, (x + k * 40, y + 180), (x + k * 40 + 30, y + 204), FOREST if k < grade else off(s.bg, 40), -1
        )
    note(
        img,
        f"Meet {rng.randrange(7, 10)}:{rng.choice(('00', '30'))} - {rng.choice(TOWNS)}",
        (x, y + 246),
        0.46,
        GREY,
    )
    return 300


def carpool_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A car in the car share: the car from above (heldout23's ``car_top``); the driver's 28-38 px
    face in a squircle (initials on some), "Driver", the name, where from and when; the seats as
    three or four places of one size, the taken ones with a round 20-26 px face (initials on some),
    the free ones dashed rings; an outlined "Join" button. Returns its height (130 px)."""
    img = s.img
    H23.car_top(img, (60, y + 64), 70, 90, random_colour(rng, 60, 200))
    side = face_or_initials(cast, rng, s, (110, y + 20), (28, 38), "squircle", 0.1)
    x = 126 + side
    note(img, "Driver", (x, y + 40), 0.42, GREY)
    note(img, who(rng), (x, y + 70), 0.56, s.fg, 2)
    note(
        img,
        f"from {rng.choice(TOWNS)} - {rng.randrange(6, 9)}:{rng.choice(('00', '15', '30', '45'))}",
        (110, y + 116),
        0.42,
        GREY,
    )
    n = rng.randrange(3, 5)
    taken = rng.randrange(0, n + 1)
    sp, sside = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    for k in range(n):
        place(cast, rng, s, 560 + k * 84, y + 36, sp, sside, k < taken, 0.08)
    note(img, f"{n - taken} free", (560, y + 116), 0.42, GREY)
    outlined(img, WIDTH - 170, y + 36, 130, 48, FOREST, s.bg)
    note(img, "Join", (WIDTH - 134, y + 68), 0.54, FOREST, 2)
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


# ----------------------------------------------------------------------------------------------
# Parts: an orchestra's seating plan, a choir's concert and its rehearsal on video.
# ----------------------------------------------------------------------------------------------

DESK_ROW = 96  # a row of desks on the seating plan


def desk_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The platform from above: three or four rows of desks (the winds at the back, the strings
    before them), each row's section on a tag of its colour at the left and three to five desks,
    each a music stand with two stand partners' round faces side by side (18-20 px at the back up
    to 18-24 px at the front, one size a row; initials or a dashed empty place on some); the
    conductor's 32-44 px face in a square on the podium at the foot, the name beside it. Returns its
    height with the gap under it (90 + rows * 96 + 150)."""
    img = s.img
    rows = rng.randrange(3, 5)
    h = 90 + rows * DESK_ROW + 150
    light = sum(s.bg) > 384
    rounded_card(img, 20, y, WIDTH - 40, h - 20, 24, (170, 200, 225) if light else (50, 70, 95))
    note(img, "Platform", (44, y + 44), 0.56, INK if light else WHITE, 2)
    for r in range(rows):
        name, colour = SECTIONS[r + 5 - rows]
        ry = y + 70 + r * DESK_ROW
        tag(img, 34, ry + 14, name, colour, 30)
        fp, side = _size(rng, 18.3, small(rng, 18.8, 20 + r * 1.4), (1.1, 1.2))
        desks = rng.randrange(3, 6)
        dw = (WIDTH - 260) // desks
        for d in range(desks):
            cx = 210 + d * dw + dw // 2
            cv2.line(img, (cx, ry + side + 22), (cx, ry + side + 40), (60, 60, 60), 2)
            cv2.rectangle(img, (cx - 16, ry + side + 16), (cx + 16, ry + side + 24), (40, 40, 40), -1)
            for p in range(2):
                place(
                    cast,
                    rng,
                    s,
                    cx - side - 4 + p * (side + 8),
                    ry + 10,
                    fp,
                    side,
                    rng.random() >= 0.06,
                    0.06,
                )
    py = y + 70 + rows * DESK_ROW + 10
    cv2.rectangle(
        img, (WIDTH // 2 - 70, py), (WIDTH // 2 + 70, py + 100), (40, 60, 90) if light else (30, 40, 55), -1
    )
    cfp, cside = _size(rng, 32, small(rng, 32.5, 44), (1.1, 1.2))
    cast.avatar(s, WIDTH // 2 - cside // 2, py + 50 - cside // 2, cfp, cside, "square")
    note(img, "Conductor", (WIDTH // 2 + 90, py + 40), 0.44, INK if light else WHITE)
    note(
        img,
        f"{who(rng)} {rng.choice(SURNAMES)}",
        (WIDTH // 2 + 90, py + 72),
        0.52,
        INK if light else WHITE,
        2,
    )
    return h


def part_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A player's part: a 22-28 px face in a rounded square (initials on some), the name, the
    instrument and the desk (inside or outside), the part as a page icon (``part_sheet``), "Bowings
    in" by a tick's badge or "Needs part" on a red tag; on 10 % "Away" on a grey tag and the face
    faded toward the page (counted as it looks). Returns its height (90 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 28), "rounded", 0.1)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.52, s.fg, 2)
    instrument = rng.choice(("Violin", "Viola", "Cello", "Flute", "Oboe", "Clarinet", "Bassoon", "Horn"))
    note(
        img,
        f"{instrument} - desk {rng.randrange(1, 6)}, {rng.choice(('inside', 'outside'))}",
        (x, y + 70),
        0.42,
        GREY,
    )
    part_sheet(img, WIDTH - 330, y + 14, 44, 60)
    if rng.random() < 0.1:
        tag(img, WIDTH - 250, y + 26, "Away", (110, 110, 110), 32)
        away(s, 30, y + 16, side)
    elif rng.random() < 0.7:
        badge(img, (WIDTH - 236, y + 44), 14, GREEN, "check")
        note(img, "Bowings in", (WIDTH - 214, y + 50), 0.42, GREY)
    else:
        tag(img, WIDTH - 250, y + 26, "Needs part", RED, 32)
    cv2.line(img, (30, y + 88), (WIDTH - 30, y + 88), off(s.bg, 14), 1)
    return 90


def concert_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The choir on the platform across the screen, 440 px (heldout57's ``staged_across`` in the
    concert hall: four to seven a depth, the front faces 22-42 px, those behind 0.6-0.75 of them),
    in the stage's footlights on 35 % (``footlights``) or grey on 15 % (heldout10's ``greyed``);
    the start on a tag over its top left and a note's badge over its top right (they take the
    pixels they cover), the concert over a dark band at its foot. Returns its height with the gap
    under it (460 px)."""
    roll = rng.random()
    look = footlights(rng.uniform(0.5, 1.0)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    H57.staged_across(cast, rng, s, y, 440, HALL, (4, 7), rng.uniform(22, 42), (0.6, 0.75), look)
    tag(s.img, 24, y + 20, f"Tonight {rng.randrange(18, 20)}:{rng.choice(('00', '30'))}", CHOIR, 36)
    note_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    H59.hero_band(
        s,
        y,
        440,
        rng.choice(("WINTER CONCERT", "SPRING SING", "MESSIAH", "SONGS OF THE SEA")),
        f"{rng.choice(VENUES)} - tickets {rng.randrange(5, 20)}",
    )
    return 460


def soloist_cards(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The soloists under their heading: cards about 230 px apart, each with a round 40-56 px face at
    its top left (the card drawn first; a note's badge over the first's lower right), the first
    name and the voice under it, the last across the screen's right edge (heldout45's
    ``carousel``). Returns its height with the gap under it."""
    top = section(s, y, "Soloists", True)
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    card = off(s.bg, 10)
    for k, x in enumerate(carousel(rng, 230, side)):
        rounded_card(s.img, x - 14, top, side + 130, side + 104, 18, card)
        cast.avatar(s, x, top + 14, fp, side, "circle")
        if k == 0:
            note_badge(s.img, (x + side - 2, top + 12 + side), 11, card)
        note(s.img, who(rng)[:9], (x, top + side + 54), 0.5, s.fg, 2)
        note(s.img, rng.choice(VOICES), (x, top + side + 84), 0.44, CHOIR, 2)
    return top - y + side + 124


def soloist_feature(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The guest soloist on a card: at the left a portrait in an oval (heldout52's ``oval_photo``:
    the face 60-96 px, skewed small) in a plum rim; at the right "Guest soloist", the name, the voice
    and the piece, two lines about them, "Programme notes" as an outlined button. Returns its
    height with the gap under it (320 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 300, 20, off(s.bg, 10))
    fp = small(rng, 60, 96)
    ow, oh = round(fp * 2.0), round(fp * 2.5)
    H52.oval_photo(cast, s, 44 + (240 - ow) // 2, y + (300 - oh) // 2, fp, CHOIR)
    x = 310
    note(img, "Guest soloist", (x, y + 54), 0.5, GREY, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 96), 0.7, s.fg, 2)
    note(img, f"{rng.choice(VOICES)} - {rng.choice(PIECES)}", (x, y + 134), 0.5, CHOIR, 2)
    H52.text_bars(img, rng, x, y + 160, WIDTH - x - 60, 2, off(s.bg, 60))
    outlined(img, x, y + 220, 260, 50, CHOIR, off(s.bg, 10))
    note(img, "Programme notes", (x + 30, y + 253), 0.52, CHOIR, 2)
    return 320


def programme_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int) -> int:
    """A piece in the programme: its number in a plum block, the title and the composer, the lead
    singer's round 20-26 px face (initials on some) and first name, the section singing it as a
    stack of none to three 18-22 px faces (heldout22's ``stack``), the minutes. Returns its height
    (100 px)."""
    img = s.img
    rounded_card(img, 30, y + 24, 50, 50, 10, CHOIR)
    note(img, str(k + 1), (46 if k < 9 else 38, y + 58), 0.6, WHITE, 2)
    note(img, rng.choice(PIECES)[:22], (100, y + 44), 0.54, s.fg, 2)
    note(img, rng.choice(COMPOSERS), (100, y + 74), 0.44, GREY)
    side = face_or_initials(cast, rng, s, (540, y + 28), (20, 26), "circle", 0.12)
    note(img, who(rng)[:8], (552 + side, y + 56), 0.44, s.fg)
    singers = rng.choice((0, 1, 2, 3, 3))
    if singers:
        H22.stack(cast, s, rng, WIDTH - 300, y + 34, singers, 18.3, 22, s.bg)
    note(img, f"{rng.randrange(2, 12)}'", (WIDTH - 90, y + 58), 0.56, GREY, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def rehearsal_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The rehearsal call's bar (no faces): a plum band with the choir and the piece, the tempo
    beside a metronome (a wedge, its arm swung), the parts on tags with how many of each are in, a
    red recording square and "REC". Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), tone(CHOIR, -20), -1)
    note(img, rng.choice(CHOIRS), (30, y + 42), 0.62, WHITE, 2)
    note(img, rng.choice(PIECES), (30, y + 80), 0.48, (220, 200, 225))
    mx = WIDTH - 430
    wedge = [(mx, y + 80), (mx + 40, y + 80), (mx + 26, y + 22), (mx + 14, y + 22)]
    cv2.fillPoly(img, [np.array(wedge, np.int32)], WHITE)
    swing = rng.uniform(-0.5, 0.5)
    tip = (mx + 20 + round(34 * math.sin(swing)), y + 74 - round(34 * math.cos(swing)))
    cv2.line(img, (mx + 20, y + 74), tip, CHOIR, 2, cv2.LINE_AA)
    note(img, f"{rng.randrange(52, 132)} bpm", (mx + 54, y + 46), 0.5, WHITE, 2)
    for k, (part, colour) in enumerate(PARTS):
        tag(img, mx + 54 + k * 58, y + 58, f"{part}{rng.randrange(2, 13)}", colour, 28)
    cv2.rectangle(img, (WIDTH - 150, y + 30), (WIDTH - 130, y + 50), RED, -1)
    note(img, "REC", (WIDTH - 120, y + 48), 0.5, WHITE, 2)
    return 110


def conductor_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The conductor's camera beside the score: at the left the camera, 600 px wide and 460-540 high
    (heldout53's ``posed`` on the platform: the face 110-240 px), the name's label over its lower
    left (heldout22's ``name_label``: it takes the pixels it covers), a plum frame; at the right the
    page they are at (``score_page``: never a face), 440 px wide, the bar's number on a tag. Returns
    its height with the gap under it."""
    img, h = s.img, rng.randrange(460, 540)
    piece, faces = H53.posed(cast, rng, 600, h, rng.uniform(110, 240), HALL)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, 600, 16))
    H22.name_label(img, f"{who(rng)} - Director", 36, y + h - 14, 40)
    cv2.rectangle(img, (20, y), (619, y + h - 1), CHOIR, 4)
    page = score_page(rng, 440, h)
    img[y : y + h, 636:1076] = np.where(
        rounded_rect(h, 440, 14)[:, :, None] > 0, page, img[y : y + h, 636:1076]
    )
    tag(img, 650, y + 14, f"Bar {rng.randrange(1, 120)}", (40, 40, 40), 34)
    return h + 16


def singers_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The singers' cameras from ``y`` in five columns or four and three rows, 4:3 and 10 px apart
    (heldout57's ``call_grid``), each heldout55's ``audience_tile`` (the singer at home: the face
    0.12-0.34 of the tile's height, skewed small; the camera off on a fifth; grey on a tenth;
    labels, muted microphones, raised hands on some) with the part (S, A, T or B) on a tag of its
    colour over its upper left (it takes the pixels it covers); the one singing alone framed in
    plum. Returns its height with the gap under it."""
    cols = rng.choice((5, 4))
    cells = H57.call_grid(cols, 3, y)
    solo = rng.randrange(len(cells))
    for k, (x, top, tw, th) in enumerate(cells):
        H55.audience_tile(cast, rng, s, x, top, tw, th)
        part, colour = rng.choice(PARTS)
        tag(s.img, x + 8, top + 8, part, colour, 28)
        if k == solo:
            cv2.rectangle(s.img, (x, top), (x + tw - 1, top + th - 1), CHOIR, 4)
    x, top, tw, th = cells[-1]
    return top + th + 20 - y


def chat_line(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line in the rehearsal's chat: the singer's round 20-26 px face (initials on some), the first
    name and the part, the message as a text bar, the bar it is about on a tag. Returns its height
    (88 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (20, 26), "circle", 0.15)
    x = 50 + side
    part, colour = rng.choice(PARTS)
    note(img, f"{rng.choice(NAMES)} ({part})", (x, y + 38), 0.5, s.fg, 2)
    H52.text_bars(img, rng, x, y + 52, WIDTH - x - 200, 1, off(s.bg, 60))
    tag(img, WIDTH - 160, y + 22, f"bar {rng.randrange(1, 120)}", colour, 30)
    return 88


# ----------------------------------------------------------------------------------------------
# Parts: a makerspace's machines, its members' build logs and its inductions.
# ----------------------------------------------------------------------------------------------


def keyholders(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is in, under the heading "On site now": faces of 32-46 px in story rings about 200 px
    apart (one size for all), the first name under each and "Host" or "Keyholder" on a tag (a cog's
    badge over the hosts' lower right: it takes the pixels it covers), the last across the screen's
    right edge (heldout45's ``carousel``). Returns its height with the gap under it."""
    top = section(s, y, "On site now", False)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.25))
    for x in carousel(rng, 200, side):
        cast.avatar(s, x, top + 8, fp, side, "ring")
        host = rng.random() < 0.4
        if host:
            gear_badge(s.img, (x + side - 2, top + 6 + side), 10, s.bg)
        note(s.img, rng.choice(NAMES), (x, top + side + 44), 0.46, s.fg, 2)
        tag(s.img, x, top + side + 56, "Host" if host else "Keyholder", MAKER if host else off(s.bg, 50), 26)
    return top - y + side + 100


def machine_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A machine's booking line: its icon on a tile (``machine_glyph``), its name; in use (55 %) the
    user's 22-30 px face in a rounded square (initials on some), "until" a time and the job's
    progress, else "Free" on a green tag or "Out of order" on a red one; who is waiting as a stack
    of none to three 18-22 px faces (heldout22's ``stack``) over their count; an outlined "Book"
    button. Returns its height (140 px)."""
    img = s.img
    name, kind = rng.choice(MACHINES)
    rounded_card(img, 30, y + 16, 100, 100, 18, off(s.bg, 16))
    machine_glyph(img, 40, y + 26, 80, kind, MAKER)
    note(img, name, (150, y + 44), 0.56, s.fg, 2)
    roll = rng.random()
    if roll < 0.55:
        side = face_or_initials(cast, rng, s, (150, y + 60), (22, 30), "rounded", 0.1)
        note(
            img,
            f"{rng.choice(NAMES)} until {rng.randrange(10, 22)}:{rng.choice(('00', '30'))}",
            (164 + side, y + 86),
            0.44,
            GREY,
        )
        cv2.rectangle(img, (164 + side, y + 100), (560, y + 108), off(s.bg, 30), -1)
        cv2.rectangle(
            img, (164 + side, y + 100), (164 + side + rng.randrange(20, 390 - side), y + 108), MAKER, -1
        )
    elif roll < 0.85:
        tag(img, 150, y + 66, "Free", GREEN, 32)
    else:
        tag(img, 150, y + 66, "Out of order", RED, 32)
    waiting = rng.choice((0, 0, 1, 2, 3))
    if waiting:
        H22.stack(cast, s, rng, WIDTH - 330, y + 50, waiting, 18.3, 22, s.bg)
    note(img, f"{waiting} waiting", (WIDTH - 330, y + 104), 0.4, GREY)
    outlined(img, WIDTH - 170, y + 44, 130, 48, MAKER, s.bg)
    note(img, "Book", (WIDTH - 136, y + 76), 0.54, MAKER, 2)
    cv2.line(img, (30, y + 138), (WIDTH - 30, y + 138), off(s.bg, 14), 1)
    return 140


STEP_W = 330  # a build log's step photo


def project_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member's build log: the maker's 22-28 px face in a rounded square (initials on some), the
    name and what they built, when; three step photos 330 px wide and 220-280 high side by side,
    each the workshop (``WORKSHOP``: a bench, a printer, a board; never a face) or on 30 % the
    makers at it (heldout11's ``snapshot``: faces 18-40 px, or a thing), "Step n" on a tag over
    each one's upper left (it takes the pixels it covers); under them who liked it as a stack of
    none to three 18-22 px faces (heldout22's ``stack``) and an outlined "Remix" button. Returns its
    height (the photos' and 170 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 28), "rounded", 0.1)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (46 + side, y + 38), 0.54, s.fg, 2)
    note(img, f"built {rng.choice(PROJECTS)}", (46 + side, y + 66), 0.46, GREY)
    note(img, f"{rng.randrange(1, 23)}h", (WIDTH - 90, y + 38), 0.44, GREY)
    ph, top = rng.randrange(220, 280), y + 86
    for k in range(3):
        x = 30 + k * (STEP_W + 15)
        if rng.random() < 0.3:
            piece, faces = H11.snapshot(cast, STEP_W, ph, 18.3, 40, 0.9)
        else:
            piece, faces = H11.render(rng, STEP_W, ph, WORKSHOP), []
        H11.paste_photo(cast, s, piece, faces, x, top, rounded_rect(ph, STEP_W, 12))
        tag(img, x + 10, top + 10, f"Step {k + 1}", (40, 40, 40), 30)
    likes = rng.choice((0, 1, 2, 3, 3))
    end = 30
    if likes:
        end = H22.stack(cast, s, rng, 30, top + ph + 18, likes, 18.3, 22, s.bg)
    note(img, f"{rng.randrange(likes, 80)} likes", (end + 12, top + ph + 44), 0.44, GREY)
    outlined(img, WIDTH - 190, top + ph + 14, 150, 46, MAKER, s.bg)
    note(img, "Remix", (WIDTH - 150, top + ph + 46), 0.52, MAKER, 2)
    cv2.line(img, (30, top + ph + 80), (WIDTH - 30, top + ph + 80), off(s.bg, 14), 1)
    return ph + 170


IND_X = 330  # the induction matrix's first column
IND_ROW = 64  # a member's line on it


def induction_matrix(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who may use what: the six machines' icons across the top (``machine_glyph``); five to seven
    members down the side, each a line 64 px high (stripes every other) with a round 22-28 px face
    (one size for the side; initials on some), the name and the year they joined; in each cell the
    trainer who signed them off as a round 18-22 px face (one size for the cells) on 42 %, a tick's
    badge on 23 %, a dashed ring (booked) on a tenth, else a dash. Returns its height with the gap
    under it (84 + n * 64)."""
    img = s.img
    n = rng.randrange(5, 8)
    cell = (WIDTH - 30 - IND_X) // len(MACHINES)
    for j, (_name, kind) in enumerate(MACHINES):
        machine_glyph(img, IND_X + j * cell + (cell - 56) // 2, y + 8, 56, kind, MAKER)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    tp, tside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for i in range(n):
        ry = y + 70 + i * IND_ROW
        if i % 2:
            cv2.rectangle(img, (20, ry), (WIDTH - 20, ry + IND_ROW - 2), off(s.bg, 8), -1)
        place(cast, rng, s, 30, ry + (IND_ROW - side) // 2, fp, side, True, 0.08)
        note(img, f"{who(rng)[:8]} {rng.choice(SURNAMES)[0]}.", (44 + side, ry + 30), 0.46, s.fg, 2)
        note(img, f"since {rng.randrange(2015, 2026)}", (44 + side, ry + 54), 0.36, GREY)
        for j in range(len(MACHINES)):
            cx, cy = IND_X + j * cell + cell // 2, ry + IND_ROW // 2
            roll = rng.random()
            if roll < 0.42:
                cast.avatar(s, cx - tside // 2, cy - tside // 2, tp, tside, "circle")
            elif roll < 0.65:
                badge(img, (cx, cy), 12, GREEN, "check")
            elif roll < 0.75:
                dashed_ring(img, (cx, cy), 12, GREY)
            else:
                cv2.line(img, (cx - 8, cy), (cx + 8, cy), off(s.bg, 50), 2)
    return 84 + n * IND_ROW


def request_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An induction asked for: the member's round 22-28 px face (initials on some), the name, the
    machine and the day asked for, "Approve" on a pill of the accent and an outlined "Decline".
    Returns its height (96 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "circle", 0.12)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.52, s.fg, 2)
    note(
        img,
        f"{rng.choice(MACHINES)[0]} - {rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Sat'))}",
        (x, y + 70),
        0.42,
        GREY,
    )
    pill(img, WIDTH - 380, y + 24, 160, 48, s.accent)
    note(img, "Approve", (WIDTH - 350, y + 56), 0.5, WHITE, 2)
    outlined(img, WIDTH - 200, y + 24, 160, 48, GREY, s.bg)
    note(img, "Decline", (WIDTH - 168, y + 56), 0.5, GREY, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a blood drive and a donor's card.
# ----------------------------------------------------------------------------------------------


def drive_poster(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The drive's poster across the screen, 420 px (heldout57's ``staged_across`` in a donation
    session's room: two to five a depth, the front faces 26-48 px, those behind 0.55-0.7 of them),
    in the campaign's red duotone on 40 % (``duotone``); "Walk-ins welcome" on a tag over its top
    left and a drop's badge over its top right (they take the pixels they cover), the drive over a
    dark band at its foot. Returns its height with the gap under it (440 px)."""
    red = duotone if rng.random() < 0.4 else None
    H57.staged_across(cast, rng, s, y, 420, SESSION, (2, 5), rng.uniform(26, 48), (0.55, 0.7), red)
    tag(s.img, 24, y + 20, "Walk-ins welcome", BLOOD, 36)
    drop_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    H59.hero_band(
        s, y, 420, rng.choice(DRIVES).upper(), f"{rng.choice(VENUES)} - {rng.randrange(9, 12)}:00-16:00"
    )
    return 440


def goal_gauge(s: Screen, rng: random.Random, y: int) -> int:
    """The day's goal on a card (no faces): a large drop filled to the share collected (the rest
    pale), the units collected of the goal in large digits, a bar, the blood types most needed as
    chips (the urgent ones red). Returns its height with the gap under it (230 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 210, 20, off(s.bg, 10))
    goal = rng.randrange(60, 160)
    got = rng.randrange(goal // 5, goal)
    drop = np.zeros((150, 120), np.uint8)
    blood_drop(drop, (60, 100), 44, (255,))
    level = 148 - round(140 * got / goal)
    area = img[y + 30 : y + 180, 40:160]
    area[drop > 0] = (210, 210, 245)
    area[(drop > 0) & (np.arange(150)[:, None] >= level)] = BLOOD
    note(img, f"{got} of {goal} units", (200, y + 76), 0.9, s.fg, 2)
    cv2.rectangle(img, (200, y + 100), (WIDTH - 60, y + 112), off(s.bg, 30), -1)
    cv2.rectangle(img, (200, y + 100), (200 + (WIDTH - 260) * got // goal, y + 112), BLOOD, -1)
    for k, kind in enumerate(rng.sample(BLOOD_TYPES, 4)):
        urgent = rng.random() < 0.4
        tag(img, 200 + k * 120, y + 140, kind, BLOOD if urgent else off(s.bg, 40), 40)
    return 230


def volunteers(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The volunteers today: heldout59's ``pill_carousel`` in the service's red (34-46 px faces, a
    drop's badge on some, past the right edge), the first name and the job. Returns its height with
    the gap under it."""
    return H59.pill_carousel(cast, rng, s, y, "Volunteers today", BLOOD, drop_badge, (NAMES, ROLES))


def donor_story(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """ "Why I give" on a card: at the left a studio portrait in a circle 220 px across (heldout11's
    ``portrait``: the face 64-110 px, skewed small) in a red ring drawn before it; at the right a
    large quotation mark, the title, the donor's name and donations, three lines of the story.
    Returns its height with the gap under it (290 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 270, 20, off(s.bg, 10))
    cv2.circle(img, (150, y + 135), 118, BLOOD, -1, cv2.LINE_AA)
    piece, faces = H11.portrait(cast, 220, 220, small(rng, 64, 110))
    circle = np.zeros((220, 220), np.uint8)
    cv2.circle(circle, (110, 110), 110, 255, -1, cv2.LINE_AA)
    H11.paste_photo(cast, s, piece, faces, 40, y + 25, circle)
    x = 310
    note(img, '"', (x, y + 74), 2.4, BLOOD, 4)
    note(img, "Why I give", (x + 60, y + 60), 0.66, s.fg, 2)
    note(
        img,
        f"{who(rng)} {rng.choice(SURNAMES)} - {rng.randrange(5, 80)} donations",
        (x, y + 108),
        0.5,
        GREY,
        2,
    )
    H52.text_bars(img, rng, x, y + 140, WIDTH - x - 60, 3, off(s.bg, 60))
    return 290


def chair_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A time in the session's booking: the time on a red block; five chairs as places of one size,
    the booked ones (55 %) a round 18-24 px face (initials on some), the free ones dashed rings;
    the free count and a "Book" pill, or "Full" on a grey tag. Returns its height (96 px)."""
    img = s.img
    rounded_card(img, 30, y + 16, 110, 62, 12, BLOOD)
    note(img, f"{rng.randrange(9, 16)}:{rng.choice(('00', '15', '30', '45'))}", (46, y + 56), 0.62, WHITE, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    free = 0
    for k in range(5):
        taken = rng.random() < 0.55
        free += not taken
        place(cast, rng, s, 180 + k * 76, y + 46 - side // 2, fp, side, taken, 0.08)
    if free:
        note(img, f"{free} free", (WIDTH - 330, y + 54), 0.46, GREY)
        pill(img, WIDTH - 190, y + 24, 140, 46, BLOOD)
        note(img, "Book", (WIDTH - 152, y + 56), 0.54, WHITE, 2)
    else:
        tag(img, WIDTH - 190, y + 28, "Full", (110, 110, 110), 36)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def donor_id(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The donor's card (WIDTH - 60) wide: the blood service's red band with its name; at the right
    the donor's photo 420 px wide and 480-560 high (heldout53's ``posed`` in a session's room: the
    face 110-240 px, on a quarter cut by a side of the photo); at the left a drop's badge, the name,
    the blood group in large letters, the donor number, the donations as small drops and a QR code
    (heldout57's ``qr_code``). Returns its height with the gap under it."""
    img, x, w, pw = s.img, 30, WIDTH - 60, 420
    ph = rng.randrange(480, 560)
    light = sum(s.bg) > 384
    ink = INK if light else WHITE
    rounded_card(img, x, y, w, 100 + ph + 30, 28, WHITE if light else off(s.bg, 20))
    rounded_card(img, x, y, w, 110, 28, BLOOD)
    note(
        img,
        rng.choice(("NATIONAL BLOOD SERVICE", "COMMUNITY BLOOD BANK", "GIVE BLOOD")),
        (x + 30, y + 62),
        0.8,
        WHITE,
        2,
    )
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), SESSION, edge)
    H11.paste_photo(cast, s, piece, faces, x + w - pw - 20, y + 100, rounded_rect(ph, pw, 16))
    drop_badge(img, (x + 56, y + 160), 24, WHITE if light else off(s.bg, 20))
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x + 100, y + 170), 0.66, ink, 2)
    note(img, rng.choice(BLOOD_TYPES), (x + 30, y + 262), 2.2, BLOOD, 4)
    note(img, f"Donor {rng.randrange(1000000, 9999999)}", (x + 30, y + 302), 0.5, GREY)
    gifts = rng.randrange(1, 40)
    note(img, f"{gifts} donations", (x + 30, y + 342), 0.56, ink, 2)
    for k in range(min(gifts, 10)):
        blood_drop(img, (x + 40 + k * 24, y + 372), 7, BLOOD)
    H57.qr_code(img, rng, x + 30, y + 100 + ph - 190, 170)
    return 100 + ph + 50


def donation_chart(s: Screen, rng: random.Random, y: int) -> int:
    """The donations by year (no faces): a card with a bar a year for six years (the count over
    each), a base line, "Next eligible" and the date on a tag. Returns its height with the gap under
    it (240 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 220, 18, off(s.bg, 10))
    note(img, "Donations by year", (44, y + 40), 0.56, s.fg, 2)
    tag(img, WIDTH - 330, y + 16, f"Next eligible {rng.randrange(1, 29)} {rng.choice(MONTHS)}", BLOOD, 34)
    base = y + 196
    for k in range(6):
        count = rng.randrange(0, 5)
        bx = 90 + k * 150
        cv2.rectangle(
            img, (bx, base - 24 * count - 2), (bx + 70, base), BLOOD if count else off(s.bg, 30), -1
        )
        note(img, str(count), (bx + 28, base - 24 * count - 10), 0.44, s.fg, 2)
        note(img, str(2020 + k), (bx + 10, base + 20), 0.36, GREY)
    cv2.line(img, (70, base), (WIDTH - 70, base), off(s.bg, 50), 1)
    return 240


def referrals(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The friends one brought to give blood: the heading over a row of five 22-28 px faces in
    circles with a light border (one size for all; initials on some) 200 px apart, each with the
    first name and their donations under it. Returns its height (170 px)."""
    img = s.img
    note(img, "Friends you brought", (30, y + 30), 0.6, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    for k in range(5):
        x = 40 + k * 200
        if rng.random() < 0.1:
            H3.initials(img, rng, x, y + 56, side, "circle", None)
        else:
            cast.avatar(s, x, y + 56, fp, side, "border")
        note(img, rng.choice(NAMES), (x - 4, y + 90 + side), 0.46, s.fg, 2)
        note(img, f"{rng.randrange(1, 12)} gifts", (x - 4, y + 116 + side), 0.38, GREY)
    return 170


def session_slot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A session near one: the venue and the hours, the date on a red block at the right, the
    nurse in charge as a round 24-30 px face (initials on some) with the name, "Booked" by a tick's
    badge or an outlined "Book". Returns its height (100 px)."""
    img = s.img
    note(img, rng.choice(VENUES), (30, y + 42), 0.58, s.fg, 2)
    note(img, f"{rng.randrange(9, 12)}:00 - {rng.randrange(15, 20)}:00", (30, y + 74), 0.44, GREY)
    side = face_or_initials(cast, rng, s, (380, y + 24), (24, 30), "circle", 0.12)
    note(img, f"Nurse {rng.choice(NAMES)}", (394 + side, y + 56), 0.44, s.fg)
    if rng.random() < 0.35:
        badge(img, (WIDTH - 310, y + 50), 16, GREEN, "check")
        note(img, "Booked", (WIDTH - 286, y + 58), 0.46, GREEN, 2)
    else:
        outlined(img, WIDTH - 320, y + 26, 120, 48, BLOOD, s.bg)
        note(img, "Book", (WIDTH - 288, y + 58), 0.52, BLOOD, 2)
    rounded_card(img, WIDTH - 150, y + 12, 100, 76, 12, BLOOD)
    note(img, str(rng.randrange(1, 29)), (WIDTH - 128, y + 50), 0.8, WHITE, 2)
    note(img, rng.choice(MONTHS), (WIDTH - 124, y + 78), 0.42, WHITE)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def race_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A trail race's live tracking: the bar; the race (``race_header``); the runners on the course's
    profile (``elevation_track``: 18-24 px); the positions (``runner_row``: 22-30 px, the one
    followed on a card, those out faded) down to the tab bar, which cuts the last; on 30 % a dark
    page with the whole screen in the watch's amber night mode (heldout58's ``night_rows`` through
    ``amber_light``)."""
    night = rng.random() < 0.3
    themes = ("dark",) if night else ("dark", "light", "light", "tinted")
    s, y = H59.pushed(cast, rng, name, "tracker", themes, "Live tracking")
    y += race_header(s, rng, y)
    y += elevation_track(cast, rng, s, y)
    y = section(s, y, "Positions", False)
    followed, places = rng.randrange(8), iter(range(100))

    def row(t: int) -> int:
        place = next(places)
        return runner_row(cast, rng, s, t, place, place == followed)

    return H58.night_rows(s, rng, y, row, night, amber_light)


def hike_meetup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hiking group's meetup: the group's title and one's 22-26 px face; the group on the trail
    (``hike_hero``: front faces 26-50 px, rain or grey on some); the route (``route_card``); the car
    share (``carpool_row``: drivers 28-38 px, passengers 20-26 px) down to the tab bar."""
    themes = ("light", "light", "dark", "tinted")
    s, y = titled(cast, rng, name, "hike", themes, rng.choice(HIKING_GROUPS), own=True)
    y += hike_hero(cast, rng, s, y)
    y += route_card(s, rng, y)
    y = section(s, y, "Car share", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: carpool_row(cast, rng, s, t))


def orchestra_plan(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community orchestra's seating plan: the bar; the orchestra and the concert; the platform
    (``desk_plan``: stand partners 18-24 px, the conductor 32-44 px); the parts (``part_row``: 22-28
    px, those away faded) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "stageplan", ("light", "dark", "light", "tinted"), "Seating plan")
    heading(s, 30, y + 36, f"{rng.choice(ORCHESTRAS)} - {rng.choice(MONTHS)}", 0.7)
    y += 60
    y += desk_plan(cast, rng, s, y)
    y = section(s, y, "Parts", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: part_row(cast, rng, s, t))


def concert_night(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A choir's concert: the choir's title and one's 22-26 px face; the choir on the platform
    (``concert_hero``: front faces 22-42 px, footlights or grey on some); the soloists
    (``soloist_cards``: 40-56 px, past the right edge); on 45 % the guest soloist
    (``soloist_feature``: 60-96 px in an oval); the programme (``programme_row``: leads 20-26 px,
    sections 18-22 px in stacks) down to the tab bar."""
    themes = ("dark", "dark", "light", "tinted")
    s, y = titled(cast, rng, name, "concert", themes, rng.choice(CHOIRS), own=True)
    y += concert_hero(cast, rng, s, y)
    y += soloist_cards(cast, rng, s, y)
    y += soloist_feature(cast, rng, s, y) if rng.random() < 0.45 else 0
    y = section(s, y, "Programme", True)
    pieces = iter(range(100))
    return rows_to_tab_bar(s, rng, y, 60, lambda t: programme_row(cast, rng, s, t, next(pieces)))


def virtual_choir(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A choir's rehearsal on video: the bar (``rehearsal_bar``); the conductor beside the score
    (``conductor_tile``: 110-240 px); the singers' cameras (``singers_grid``: five columns or four
    and three rows, faces 0.12-0.34 of a tile's height, the part on each); the chat (``chat_line``:
    20-26 px) above the call's controls (heldout58's ``call_foot``)."""
    s = new_screen(rng, name, cast.kind("virtualchoir"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + rehearsal_bar(s, rng, STATUS_H)
    y += conductor_tile(cast, rng, s, y)
    y += singers_grid(cast, rng, s, y)
    return H58.call_foot(s, rng, y, "Chat", lambda t: chat_line(cast, rng, s, t))


def tool_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A makerspace's machines: the space's title and one's 22-26 px face; who is in
    (``keyholders``: 32-46 px in story rings, past the right edge); the machines' heading over the
    workshops' chips; the machines (``machine_row``: users 22-30 px, queues 18-22 px in stacks) down
    to the tab bar."""
    themes = ("light", "dark", "dark", "tinted")
    s, y = titled(cast, rng, name, "tools", themes, rng.choice(MAKERSPACES), own=True)
    y += keyholders(cast, rng, s, y)
    y = section(s, y, "Machines", False)
    chips(s.img, rng, 30, y, 4, 44, (110, 160), off(s.bg, 16), s.fg)
    return rows_to_tab_bar(s, rng, y + 64, 80, lambda t: machine_row(cast, rng, s, t))


def build_log(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Members' build logs: the bar; the kinds of project as chips; the posts (``project_post``:
    makers 22-28 px, three step photos with the makers in some, 18-40 px, likers 18-22 px in stacks)
    down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "buildlog", ("light", "dark", "light", "tinted"), "Build logs")
    chips(s.img, rng, 30, y, 4, 44, (110, 160), off(s.bg, 16), s.fg)
    y += 64
    return rows_to_tab_bar(s, rng, y, 160, lambda t: project_post(cast, rng, s, t))


def induction_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A makerspace's inductions: the bar and the space; the sign-off matrix (``induction_matrix``:
    members 22-28 px down its side, trainers 18-22 px in its cells); the requests (``request_row``:
    22-28 px) down to the tab bar."""
    s, y = H59.pushed(cast, rng, name, "inductions", ("light", "light", "dark", "tinted"), "Inductions")
    heading(s, 30, y + 36, rng.choice(MAKERSPACES), 0.7)
    y += 60
    y += induction_matrix(cast, rng, s, y)
    y = section(s, y, "Requests", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: request_row(cast, rng, s, t))


def blood_drive(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A blood drive's page: the title and one's 22-26 px face; the poster (``drive_poster``: front
    faces 26-48 px, the red duotone on some); the goal (``goal_gauge``); the volunteers
    (``volunteers``: 34-46 px, past the right edge); on 45 % a donor's story (``donor_story``:
    64-110 px in a circle); the chairs by time (``chair_row``: 18-24 px) down to the tab bar."""
    themes = ("light", "light", "tinted", "dark")
    s, y = titled(cast, rng, name, "blooddrive", themes, "Give blood", own=True)
    y += drive_poster(cast, rng, s, y)
    y += goal_gauge(s, rng, y)
    y += volunteers(cast, rng, s, y)
    y += donor_story(cast, rng, s, y) if rng.random() < 0.45 else 0
    y = section(s, y, "Book a chair", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: chair_row(cast, rng, s, t))


def donor_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A donor's card: the bar; the card (``donor_id``: the donor 110-240 px, cut by a side on some);
    the donations by year (``donation_chart``); the friends brought (``referrals``: 22-28 px); the
    sessions near one where there is room (``session_slot``: nurses 24-30 px), above the "Book a
    donation" button (heldout57's ``rows_then_button``)."""
    s, y = H59.pushed(cast, rng, name, "donorcard", ("light", "dark", "light", "tinted"), "Donor card")
    y += donor_id(cast, rng, s, y)
    y += donation_chart(s, rng, y)
    y += referrals(cast, rng, s, y)
    return H57.rows_then_button(
        s, y, "Sessions near you", lambda t: session_slot(cast, rng, s, t), "Book a donation"
    )


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    race_tracker,
    hike_meetup,
    orchestra_plan,
    concert_night,
    virtual_choir,
    tool_booking,
    build_log,
    induction_board,
    blood_drive,
    donor_card,
)
# with people: each twice a round but two (the choir's rehearsal on video and the donor's card, a
# few large faces each)
ONCE = (virtual_choir, donor_card)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a sign-off matrix with things in its
# places, a seating plan's desks, a drive's chairs)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, induction_board, orchestra_plan, blood_drive)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT60_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h60", photos, free, seed, reps)
