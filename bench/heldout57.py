"""Held-out screens, fifty-seventh set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a stage set, an empty auditorium, a
marina's moored yachts, a dinghy race at sea, a summer camp's lake, cabins among pines, a ski slope,
a ski lodge; nothing with eyes, a mouth or a mask, and no round things in pairs); every random choice
from ``HELDOUT57_SEED`` (57575; the environment's ``HELDOUT57_SEED`` draws the set from another).
Every face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it on what the
finished screen shows: pixels drawn over a face afterwards stop being the face's, and a face left
with under half of its box is dropped. heldout56's ``Cast`` (through heldout55's and the sets' before
it; this set's screens are marked h57-) fills the people's places, and on face-free screens puts
pets, objects, textures, initials and this set's drawn things there; it counts a face cut by an edge
while half of its box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never
counted.

What it adds is faces in theatre and the performing arts, sailing clubs and marinas, summer camps,
and ski resorts and winter sports, most of them small: a theatre's programme; a table read on
video; the stage door's sign-in sheet; a regatta's results; a marina's pontoon; a sailing course; a
summer camp's cabins; the camp's photos for parents; a ski school; a season pass. Near repeats
avoided: heldout33's choir and concert pages (seating on risers, a venue's seat map; here the
programme's key art of the company on the set and its "Who's who", two actors a row in rounded
squares, grey on half, a lead's star over some) and heldout56's newsroom headshots (a grid; here
rows beside the biographies); heldout22's calls, heldout55's author's Q&A and heldout56's morning
conference (here the director large with one's own camera over its corner, each actor's camera
tagged with the role, the reader framed, the script's lines by their readers' faces); heldout32's
and heldout56's rotas (shifts' slots; here one night's sign-in sheet, each of the company ticked,
faded until due or off with a dashed ring); heldout28's and heldout49's club results (here helms in
rings with their crews' stacks beside pennants and medals' discs); heldout55's route map and
heldout38's pins (here berths from above, the owners' faces at their boats' sterns, and a trail map
with friends in pins); heldout29's trails (people far off, caps and helmets; here a ski class
standing on the slope in its glare, no gear drawn); heldout47's and heldout55's galleries (here a
camp's album three a row, prints turned, grey on some); heldout52's class register (here cabins of
campers under their ringed counsellors, last session's faded); heldout56's concert ticket (here a
pass whose holder's photo fills its middle, a QR code, the family's own small pass cards). Ten
layouts:
- a programme (``programme``): the key art (``programme_art``: three to five a depth, the front faces
  30-56 px, under a stage light on 40 % or in duotone on 30 %); on half the understudy's slip
  (``understudy_slip``: 30-44 px in a gold-bordered square); the creative team (``creative_team``:
  20-26 px, "+N"); "Who's who" (``whos_who``: 22-32 px, two a row, grey on half, stars over some)
  cut by the tab bar;
- a table read (``table_read``): the director (``director_tile``: 100-240 px, one's own camera over
  its lower right, 0.2-0.35 of its 150 px); the actors' cameras in three columns and two rows or
  four and three (``role_tile``: 0.12-0.34 of a tile's height, roles' tags, the reader framed); the
  script (``script_line``: 20-26 px) above the call's controls;
- a sign-in sheet (``callboard``): one's 22-26 px face; tonight's calls; the stage manager's note
  (``sm_note``: 24-32 px); the company five a row (``sign_in_row``: 22-30 px, ticks over the signed
  in, the due faded, the off dashed) cut by the tab bar;
- a regatta's results (``regatta``): on 60 % the race's photo (``race_photo``: two to four a depth,
  the front faces 26-48 px, sea mist on 30 %); the results (``result_row``: helms 24-32 px in rings,
  crews' stacks of 18-22 px) cut by the tab bar;
- a marina's pontoon (``marina``): one's 22-26 px face; the harbour master (``harbour_master``: 40-56
  px under an anchor's badge); the berths (``berth_map``: owners 18-24 px on 40 % of the boats);
  arriving today (``arrivals``: 30-44 px, past the right edge); notices (``marina_notice``: 20-26 px);
- a sailing course (``sailing_course``): the lesson's video (``lesson_video``: 60-120 px, skewed
  small); on half the class's photo (``class_photo``: front faces 26-42 px, turned 2-5 degrees as a
  print on 40 %); the students (``student_row``: 22-30 px) cut by the tab bar;
- a camp's cabins (``camp_cabins``): one's 22-26 px face; the cabins (``cabin_card``: the counsellor
  30-40 px in a ring under a pine's badge, four to nine campers 18-24 px, an empty bunk dashed on
  some, last session's faded on a fifth) cut by the tab bar;
- a camp's photos (``camp_photos``): one's camper (``found_in``: 36-48 px in a ring, cabin mates
  20-26 px, "+N"); the album (``album_row``: three photos a row, faces 18-40 px and group photos at
  their own scale, grey on a fifth, turned prints on a quarter, likes over some) cut by the tab bar;
- a ski school (``ski_school``): the class on the slope (``slope_hero``: three to five a depth, the
  front faces 28-50 px, glare on 40 %); the conditions' tags; the instructors (``instructor_strip``:
  40-56 px on blue tiles, past the right edge, snowflakes' badges); group lessons (``lesson_card``:
  instructors 26-34 px, the booked 18-22 px in stacks, places left dashed) cut by the tab bar;
- a season pass (``lift_pass``): the pass (``pass_card``: the holder 110-260 px, on a quarter cut by
  the photo's side); the family's passes (``family_passes``: 22-28 px); friends on the mountain
  (``trail_map``: 20-28 px in pins); the lifts where there is room, above the "Buy a day pass" button.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``,
whose group photos keep their own scale, and ``gathering``, heldout38's ``staged``, whose single depth
stands at the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's slightly
smaller faces can differ (the table below counts what is drawn). The arrivals and the instructors run
past the right edge, the last across it; who's who, the sign-in sheet, the results, the students,
the cabins, the album and the lessons are cut by the tab bar, a pass's holder by the photo's side on
some; so some faces are cut by an edge and counted while half of their box shows (the capture's
right 8 px are black padding). Avatars are circles, rounded squares, squircles, bordered squares,
rings of a colour with a gap and pins' rims, with heldout2's looks (turned up to 20 degrees on 40 %,
grey on 20 %, on a dark backdrop on 30 %); prints are turned 2-5 degrees on some. Light, dark and
tinted themes; JPEG quality 30-60. Stars', anchors', pines', snowflakes' and ticks' badges, roles',
races', passes' and "SM" tags, name labels, the self view, muted microphones, raised hands, "+N"
discs, likes, the call's controls and tab bars take the pixels they cover; a face under them counts
while half of its box shows; rings and rims are drawn before the faces they hold (the helms' rings
round them, clear of them); grey (headshots, album photos), duotone, stage light, mist, glare,
fading (the due, last session) and dark bands leave the faces under them counted as they look;
initials, dashed rings, medals' discs, pennants, piste signs, QR codes, boats and drawn things are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,941 faces (1,626 under 32 px, 275 of 32-63, 34 of 64-127, 6
larger; 1,745 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rings, pins,
berths, cells, tiles and photos, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 501 faces: 413, 80, 6 and 2 by size, 446 under 40 px; 13
face-free). Each layout has people twice a round but the table read and the season pass, once (a few
large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128
or more:
    programme       8 screens   218 faces: 192,  25,   1,   0
    table_read      4 screens    98 faces:  45,  42,   8,   3
    callboard       8 screens   320 faces: 320,   0,   0,   0
    regatta         8 screens   189 faces: 176,  13,   0,   0
    marina          8 screens   140 faces: 121,  19,   0,   0
    sailing_course  8 screens   123 faces: 100,  18,   5,   0
    camp_cabins     8 screens   315 faces: 300,  15,   0,   0
    camp_photos     8 screens   266 faces: 166,  81,  19,   0
    ski_school      8 screens   238 faces: 176,  62,   0,   0
    lift_pass       4 screens    34 faces:  30,   0,   1,   3
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
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout14 as H14
import heldout17 as H17
import heldout22 as H22
import heldout27 as H27
import heldout28 as H28
import heldout38 as H38
import heldout39 as H39
import heldout52 as H52
import heldout53 as H53
import heldout55 as H55
import heldout56 as H56
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips, play_button, progress, title
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 57575


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT57_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 57575."""
    return int(env.get("HELDOUT57_SEED") or DEFAULT_SEED)


HELDOUT57_SEED = seed_from(os.environ)

Fn = Callable[[np.ndarray], np.ndarray]  # a look over a whole photo (a light, a mist, a glare)

BRONZE: Colour = (50, 110, 180)
SILVER: Colour = (185, 185, 190)
THEATRE: Colour = (50, 30, 150)  # a theatre's crimson (BGR)
SHOWS: tuple[str, ...] = ("The Lighthouse Keeper", "Midsummer Nights", "The Glass Orchard", "Harbour Lights")
THEATRES: tuple[str, ...] = ("The Lyric", "Old Vic Road", "Playhouse 7", "The Granary", "Queen's Hall")
ROLES: tuple[str, ...] = ("Viola", "Orsino", "Feste", "Malvolio", "Olivia", "Sebastian", "Maria", "Captain")
CREW: tuple[str, ...] = ("Director", "Stage manager", "Lighting", "Sound", "Costume", "Wigs", "Props", "Fly")
NAVY: Colour = (110, 60, 20)  # a sailing club's navy
CLUBS: tuple[str, ...] = ("Bayside SC", "North Cove YC", "Harbour Dinghy Club", "Estuary SC")
REGATTAS: tuple[str, ...] = ("Spring Series", "Autumn Cup", "Round the Island", "Frostbite Series")
CLASSES: tuple[str, ...] = ("Laser", "RS Feva", "420", "Topper", "Wayfarer", "J/24", "Optimist")
BOATS: tuple[str, ...] = ("Sea Otter", "Blue Heron", "Wild Rose", "Kestrel", "Mistral", "Halcyon", "Petrel")
NOTICES: tuple[str, ...] = ("Crane out Saturday", "Fuel dock closed", "Lost winch handle", "Pump-out fixed")
SKILLS = ("Knots", "Rigging", "Capsize", "Tacking", "Gybing", "Mooring")  # a course's, signed off in turn
CAMP: Colour = (50, 120, 60)  # a summer camp's pine green
CAMPS: tuple[str, ...] = ("Camp Pinecrest", "Camp Willow Lake", "Camp Red Fox", "Camp Birchwood")
CABINS: tuple[tuple[str, Colour], ...] = (
    ("Bear", (60, 90, 140)), ("Hawk", (40, 110, 200)), ("Otter", (140, 110, 40)), ("Maple", (40, 60, 180)),
    ("Cedar", (60, 130, 90)), ("Loon", (120, 70, 70)), ("Aspen", (50, 160, 190)),
)  # fmt: skip
ACTIVITIES: tuple[str, ...] = ("Canoeing", "Archery", "Crafts", "Swimming", "Campfire", "Hiking", "Drama")
ICE: Colour = (210, 150, 60)  # a ski resort's ice blue
RESORTS: tuple[str, ...] = ("Silver Peak", "Alpine Meadows", "Whitecap Ridge", "Snowy Pines", "Glacier Bowl")
LEVELS: tuple[str, ...] = ("First timers", "Beginners", "Improvers", "Intermediate", "Advanced", "Kids 5-7")
LIFTS: tuple[str, ...] = ("Summit Express", "Meadow Chair", "Gondola", "Magic Carpet", "North T-bar")
LANGUAGES = ("EN FR", "EN DE", "EN ES", "EN IT", "EN JA", "FR DE")  # an instructor's, under the face
MONTHS = ("JAN", "FEB", "MAR", "JUN", "JUL", "AUG", "OCT", "DEC")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def stage_set(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty stage set: the boards in perspective, a painted flat with a door and one shuttered
    window, a staircase up to a platform, crimson curtains gathered at the sides in folds under a
    valance, a chair's frame and the ghost light (one lamp on a stand)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (34, 28, 40), (16, 14, 20))
    floor = round(h * rng.uniform(0.7, 0.8))
    boards = np.array([(0, h), (w, h), (round(w * 0.86), floor), (round(w * 0.14), floor)], np.int32)
    cv2.fillPoly(img, [boards], (50, 85, 120))
    for k in range(1, 8):
        cv2.line(img, (round(w * (0.14 + 0.72 * k / 8)), floor), (round(w * k / 8), h), (38, 66, 95), 1)
    fx1, fx2 = round(w * rng.uniform(0.2, 0.3)), round(w * rng.uniform(0.62, 0.72))
    ftop = round(h * rng.uniform(0.16, 0.28))
    paint = random_colour(rng, 110, 200)
    cv2.rectangle(img, (fx1, ftop), (fx2, floor), paint, -1)
    fw = fx2 - fx1
    dx = fx1 + fw * rng.choice((1, 3)) // 5
    cv2.rectangle(img, (dx, floor - (floor - ftop) * 3 // 5), (dx + fw // 5, floor), tone(paint, -70), -1)
    wx = fx1 + fw * (3 if dx < fx1 + fw // 2 else 1) // 5
    wy = ftop + (floor - ftop) // 5
    cv2.rectangle(img, (wx, wy), (wx + fw // 5, wy + fw // 5), (120, 80, 40), -1)
    cv2.line(img, (wx + fw // 10, wy), (wx + fw // 10, wy + fw // 5), tone(paint, -40), max(1, w // 150))
    steps = rng.randrange(3, 6)
    sw = max(2, w // 40)
    for k in range(steps):
        sx = fx2 - fw // 6 + k * sw
        cv2.rectangle(img, (sx, floor - (k + 1) * max(2, h // 30)), (fx2 + fw // 3, floor), (70, 70, 80), -1)
    for side in (0, 1):
        cw = round(w * rng.uniform(0.1, 0.16))
        x0 = 0 if side == 0 else w - cw
        for k in range(6):
            shade = THEATRE if k % 2 == 0 else tone(THEATRE, -35)
            cv2.rectangle(img, (x0 + k * cw // 6, 0), (x0 + (k + 1) * cw // 6, floor), shade, -1)
    cv2.rectangle(img, (0, 0), (w, max(3, h // 12)), tone(THEATRE, -20), -1)
    for x in range(0, w, max(4, w // 14)):
        cv2.line(img, (x, max(3, h // 12)), (x + max(2, w // 28), max(3, h // 12)), GOLD, max(1, h // 120))
    cx = round(w * rng.uniform(0.35, 0.55))
    cv2.line(img, (cx, floor - h // 7), (cx, floor + h // 12), (20, 20, 20), max(1, w // 160))
    cv2.line(img, (cx, floor - h // 14), (cx + w // 16, floor - h // 14), (20, 20, 20), max(1, w // 160))
    cv2.line(img, (cx + w // 16, floor - h // 14), (cx + w // 16, floor + h // 12), (20, 20, 20), 1)
    gx = round(w * rng.uniform(0.75, 0.85))
    cv2.line(img, (gx, floor + h // 10), (gx, floor - h // 5), (90, 90, 90), max(1, w // 150))
    cv2.circle(img, (gx, floor - h // 5), max(2, w // 60), (200, 235, 255), -1, cv2.LINE_AA)
    return img


def auditorium(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty auditorium seen from the stage: rows of crimson seat backs, smaller and closer
    together toward the back, split by an aisle of carpet; the circle's front as a band of gilt
    panels above them, exit signs as green boxes, the dark walls."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 35, 45), (25, 22, 30))
    circle = round(h * rng.uniform(0.2, 0.3))
    cv2.rectangle(img, (0, circle - max(4, h // 16)), (w, circle), (60, 150, 190), -1)
    for x in range(rng.randrange(0, max(1, w // 10)), w, max(6, w // 8)):
        cv2.rectangle(
            img, (x, circle - max(3, h // 20)), (x + max(3, w // 14), circle - 2), (40, 110, 150), 1
        )
    for x in (max(2, w // 30), w - max(2, w // 30) - max(4, w // 16)):
        cv2.rectangle(
            img, (x, circle + h // 20), (x + max(4, w // 16), circle + h // 20 + max(2, h // 40)), GREEN, -1
        )
    aisle = round(w * rng.uniform(0.4, 0.6))
    y = h
    row = 0
    while y > circle + h // 10:
        sh = max(3, round(h * (0.09 - 0.012 * row)))
        seat = max(4, round(w * (0.07 - 0.008 * row)))
        y -= sh + max(1, sh // 4)
        shade = tone(THEATRE, rng.randrange(-15, 10))
        x = -rng.randrange(0, seat)
        while x < w:
            if abs(x + seat // 2 - aisle) > w // 20:
                cv2.rectangle(img, (x + 1, y), (x + seat - 2, y + sh), shade, -1)
                cv2.line(img, (x + 1, y), (x + seat - 2, y), tone(shade, 40), max(1, sh // 6))
            x += seat
        row += 1
    cv2.line(img, (aisle, circle + h // 10), (aisle, h), (70, 60, 110), max(2, w // 30))
    return img


def sea_under_sky(
    rng: random.Random, w: int, h: int, horizon: tuple[float, float], sea: Colour, strokes: Colour
) -> tuple[np.ndarray, int]:
    """A w x h sky graded pale down to a horizon ``horizon`` of the way down, the sea of ``sea``
    darkening under it, ten to twenty-four short strokes of ``strokes`` on it (ripples,
    whitecaps): the picture and the horizon's row."""
    img = np.zeros((h, w, 3), np.uint8)
    line = round(h * rng.uniform(*horizon))
    gradient(img, (0, 0, w, line), (232, 195, 155), (243, 228, 210))
    gradient(img, (0, line, w, h), sea, tone(sea, -35))
    for _ in range(rng.randrange(10, 24)):
        rx, ry = rng.randrange(w), rng.randrange(line, h)
        cv2.line(img, (rx, ry), (rx + rng.randrange(4, max(5, w // 10)), ry), strokes, 1)
    return img, line


def marina_pontoon(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A marina from the shore: a sky, the water graded down with ripple strokes, yachts moored side
    by side (white hulls as long polygons with a stripe, masts and a stay as thin lines, a sail's
    blue cover along the boom), fenders as short upright bars, the pontoon's planks along the
    foot."""
    img, _ = sea_under_sky(rng, w, h, (0.3, 0.42), (150, 110, 60), (180, 150, 110))
    water = round(h * rng.uniform(0.62, 0.7))
    x = rng.randrange(-w // 10, w // 20 + 1)
    while x < w:
        bw = round(w * rng.uniform(0.18, 0.3))
        bh = max(4, round(h * rng.uniform(0.08, 0.12)))
        hull = np.array(
            [
                (x, water - bh),
                (x + bw, water - bh - bh // 3),
                (x + bw - bw // 8, water),
                (x + bw // 10, water),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [hull], (240, 242, 245), cv2.LINE_AA)
        cv2.line(
            img, (x + bw // 12, water - bh // 2), (x + bw - bw // 10, water - bh // 2), NAVY, max(1, bh // 6)
        )
        mx = x + bw * 2 // 5
        top = round(h * rng.uniform(0.02, 0.12))
        cv2.line(img, (mx, water - bh), (mx, top), (200, 200, 205), max(1, w // 250))
        cv2.line(img, (mx, top), (x + bw - bw // 10, water - bh), (170, 170, 175), 1)
        cv2.rectangle(
            img, (mx, water - bh - max(3, h // 30)), (x + bw - bw // 5, water - bh), (140, 90, 30), -1
        )
        for f in range(2):
            fx = x + bw // 4 + f * bw // 3
            cv2.rectangle(
                img,
                (fx, water - bh // 2),
                (fx + max(2, w // 120), water + max(2, h // 40)),
                (60, 60, 180),
                -1,
            )
        x += bw + rng.randrange(2, max(3, w // 30))
    deck = round(h * rng.uniform(0.82, 0.9))
    cv2.rectangle(img, (0, deck), (w, h), (90, 140, 170), -1)
    for px in range(rng.randrange(0, max(1, w // 12)), w, max(4, w // 12)):
        cv2.line(img, (px, deck), (px, h), (60, 100, 130), 1)
    return img


def regatta_sea(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A race at sea from the committee boat: a sky, a sea with whitecaps' strokes, dinghies heeling
    (a dark hull and a tall triangular sail with a class's emblem and a number), an orange turning
    mark as a cone, the boat's rail across the foot with a hoist of square flags on a line."""
    img, horizon = sea_under_sky(rng, w, h, (0.36, 0.48), (140, 100, 40), (235, 235, 235))
    for _ in range(rng.randrange(3, 7)):
        t = rng.uniform(0.2, 1.0)
        bx = rng.randrange(0, w)
        by = round(horizon + (h * 0.7 - horizon) * t)
        size = max(6, round(h * (0.1 + 0.25 * t)))
        lean = rng.choice((-1, 1)) * size // 5
        hull = np.array(
            [
                (bx - size // 3, by),
                (bx + size // 3, by),
                (bx + size // 4, by + size // 10),
                (bx - size // 4, by + size // 10),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [hull], random_colour(rng, 30, 120), cv2.LINE_AA)
        sail = np.array([(bx, by), (bx + lean, by - size), (bx + size // 3, by)], np.int32)
        cv2.fillPoly(img, [sail], (245, 245, 240), cv2.LINE_AA)
        cv2.putText(
            img,
            str(rng.randrange(10, 99)),
            (bx + 2, by - size // 3),
            FONT,
            max(0.25, size / 160),
            INK,
            1,
            cv2.LINE_AA,
        )
    mx = rng.randrange(w // 8, w - w // 8)
    my = round(horizon + (h - horizon) * 0.35)
    cone = np.array([(mx - w // 40, my), (mx + w // 40, my), (mx, my - h // 12)], np.int32)
    cv2.fillPoly(img, [cone], (30, 120, 250), cv2.LINE_AA)
    rail = round(h * 0.88)
    cv2.rectangle(img, (0, rail), (w, h), (230, 232, 235), -1)
    cv2.line(img, (0, rail), (w, rail), (120, 120, 125), max(1, h // 100))
    cv2.line(img, (w // 12, rail), (w - w // 12, round(h * 0.52)), (60, 60, 60), 1)
    for k in range(rng.randrange(3, 7)):
        t = (k + 1) / 8
        fx = round(w / 12 + (w - w / 6) * t)
        fy = round(rail + (h * 0.52 - rail) * t)
        fs = max(3, w // 30)
        cv2.rectangle(img, (fx, fy), (fx + fs, fy + fs), random_colour(rng, 40, 250), -1)
    return img


def camp_lake(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A summer camp's lake: the sky, pines along the far shore as dark triangles in layers, the
    lake with their reflection, a wooden dock on posts out into it, canoes upside down on a rack at
    the side, a flagpole with a pennant."""
    img = np.zeros((h, w, 3), np.uint8)
    shore = round(h * rng.uniform(0.38, 0.5))
    gradient(img, (0, 0, w, shore), (230, 200, 160), (240, 235, 220))
    gradient(img, (0, shore, w, h), (130, 110, 60), (90, 80, 40))
    for layer in range(2):
        x = -rng.randrange(0, max(1, w // 12))
        while x < w:
            tw = max(4, round(w * rng.uniform(0.05, 0.09)))
            th = max(6, round(h * rng.uniform(0.14, 0.24) * (1 - 0.3 * layer)))
            colour = tone((40, 80, 40), -15 * layer + rng.randrange(-10, 10))
            tree = np.array([(x, shore), (x + tw // 2, shore - th), (x + tw, shore)], np.int32)
            cv2.fillPoly(img, [tree], colour, cv2.LINE_AA)
            mirror = np.array([(x, shore), (x + tw // 2, shore + th // 2), (x + tw, shore)], np.int32)
            cv2.fillPoly(img, [mirror], tone((90, 80, 40), -10), cv2.LINE_AA)
            x += tw - tw // 4
    dx = round(w * rng.uniform(0.3, 0.5))
    dock = np.array(
        [(dx, h), (dx + w // 5, h), (dx + w // 7, round(h * 0.62)), (dx + w // 20, round(h * 0.62))], np.int32
    )
    cv2.fillPoly(img, [dock], (70, 120, 160))
    for k in range(1, 6):
        yy = round(h * 0.62 + (h * 0.38) * k / 6)
        cv2.line(img, (dx, yy), (dx + w // 5, yy), (50, 90, 120), 1)
    rx = round(w * rng.uniform(0.68, 0.8))
    for k in range(rng.randrange(2, 4)):
        cy = round(h * 0.7) + k * max(4, h // 14)
        canoe = np.array(
            [
                (rx, cy),
                (rx + w // 5, cy),
                (rx + w // 6, cy - max(3, h // 28)),
                (rx + w // 30, cy - max(3, h // 28)),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [canoe], rng.choice(((40, 60, 200), (40, 160, 220), (60, 140, 60))), cv2.LINE_AA)
    cv2.line(img, (rx + w // 60, round(h * 0.66)), (rx + w // 60, h), (60, 60, 60), max(1, w // 150))
    px = round(w * rng.uniform(0.05, 0.2))
    cv2.line(img, (px, h), (px, round(h * 0.12)), (200, 200, 205), max(1, w // 150))
    flag = np.array([(px, round(h * 0.12)), (px + w // 10, round(h * 0.15)), (px, round(h * 0.18))], np.int32)
    cv2.fillPoly(img, [flag], CAMP, cv2.LINE_AA)
    return img


def cabin_row(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Camp cabins among pines: two or three log cabins (walls of log lines, a pitched roof, a door,
    a porch's rail, a name board over the door), pines between them, a gravel path, a fire pit of
    crossed logs under flames."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.7, 0.8))
    gradient(img, (0, 0, w, ground), (200, 190, 150), (150, 170, 140))
    gradient(img, (0, ground, w, h), (60, 100, 90), (40, 70, 60))
    for _ in range(rng.randrange(4, 8)):
        tx, tw = rng.randrange(-w // 20, w), max(4, round(w * rng.uniform(0.06, 0.1)))
        th = round(h * rng.uniform(0.4, 0.6))
        cv2.fillPoly(
            img,
            [np.array([(tx, ground), (tx + tw // 2, ground - th), (tx + tw, ground)], np.int32)],
            (40, 75, 45),
            cv2.LINE_AA,
        )
    x = rng.randrange(0, max(1, w // 10))
    while x < w - w // 6:
        cw = round(w * rng.uniform(0.26, 0.36))
        ch = round(h * rng.uniform(0.22, 0.3))
        top = ground - ch
        logs = tone((40, 80, 130), rng.randrange(-20, 20))
        cv2.rectangle(img, (x, top), (x + cw, ground), logs, -1)
        for yy in range(top, ground, max(3, ch // 8)):
            cv2.line(img, (x, yy), (x + cw, yy), tone(logs, -35), max(1, h // 200))
        roof = np.array(
            [(x - cw // 12, top), (x + cw // 2, top - ch // 2), (x + cw + cw // 12, top)], np.int32
        )
        cv2.fillPoly(img, [roof], (50, 55, 70), cv2.LINE_AA)
        dx = x + cw // 2 - cw // 10
        cv2.rectangle(img, (dx, ground - ch * 3 // 5), (dx + cw // 5, ground), (30, 45, 70), -1)
        cv2.rectangle(
            img,
            (dx - cw // 12, top + ch // 12),
            (dx + cw // 5 + cw // 12, top + ch // 4),
            (150, 200, 220),
            -1,
        )
        cv2.line(img, (x, ground - ch // 4), (x + cw, ground - ch // 4), (30, 60, 100), max(1, h // 150))
        x += cw + rng.randrange(w // 20, w // 8)
    path = np.array(
        [(w // 2 - w // 20, ground), (w // 2 + w // 20, ground), (w // 2 + w // 6, h), (w // 2 - w // 6, h)],
        np.int32,
    )
    cv2.fillPoly(img, [path], (150, 165, 175))
    fx, fy = round(w * rng.uniform(0.1, 0.3)), round(h * 0.92)
    for d in (-1, 1):
        cv2.line(
            img,
            (fx - w // 18, fy + d * h // 60),
            (fx + w // 18, fy - d * h // 60),
            (30, 60, 90),
            max(2, h // 60),
        )
    flame = np.array([(fx - w // 30, fy), (fx, fy - h // 10), (fx + w // 30, fy)], np.int32)
    cv2.fillPoly(img, [flame], (40, 150, 250), cv2.LINE_AA)
    return img


def ski_slope(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ski slope: a blue sky, peaks capped with snow, the slope graded from white to pale blue
    with groomed lines, clumps of pines, a chairlift's cable across with its chairs as hooked
    frames, piste poles."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (230, 170, 110), (250, 225, 200))
    ridge = round(h * rng.uniform(0.25, 0.38))
    x = -rng.randrange(0, max(1, w // 6))
    while x < w:
        pw, ph = round(w * rng.uniform(0.3, 0.5)), round(h * rng.uniform(0.12, 0.25))
        cv2.fillPoly(
            img,
            [np.array([(x, ridge), (x + pw // 2, ridge - ph), (x + pw, ridge)], np.int32)],
            (150, 130, 120),
            cv2.LINE_AA,
        )
        cv2.fillPoly(
            img,
            [
                np.array(
                    [
                        (x + pw // 3, ridge - ph * 2 // 3),
                        (x + pw // 2, ridge - ph),
                        (x + pw * 2 // 3, ridge - ph * 2 // 3),
                    ],
                    np.int32,
                )
            ],
            (250, 250, 250),
            cv2.LINE_AA,
        )
        x += pw * 2 // 3
    slope = np.array([(0, ridge + h // 20), (w, ridge - h // 30), (w, h), (0, h)], np.int32)
    cv2.fillPoly(img, [slope], (250, 248, 245))
    gradient(img, (0, round(h * 0.75), w, h), (245, 235, 225), (235, 215, 200))
    for _ in range(rng.randrange(4, 8)):
        gx = rng.randrange(w)
        cv2.line(img, (gx, ridge + h // 10), (gx + rng.randrange(-w // 4, w // 4), h), (235, 225, 215), 1)
    for _ in range(rng.randrange(2, 5)):
        cx = rng.randrange(w)
        cy = round(h * rng.uniform(0.5, 0.8))
        for k in range(rng.randrange(2, 5)):
            tx, tw = cx + k * max(3, w // 30), max(3, round(w * 0.04))
            cv2.fillPoly(
                img,
                [np.array([(tx, cy), (tx + tw // 2, cy - tw * 2), (tx + tw, cy)], np.int32)],
                (40, 70, 40),
                cv2.LINE_AA,
            )
    a, b = (0, round(h * rng.uniform(0.25, 0.45))), (w, round(h * rng.uniform(0.05, 0.2)))
    cv2.line(img, a, b, (50, 50, 50), max(1, h // 200))
    for k in range(1, 5):
        t = k / 5
        cx, cy = round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t)
        drop = max(5, h // 14)
        cv2.line(img, (cx, cy), (cx, cy + drop), (50, 50, 50), 1)
        cv2.line(
            img,
            (cx - max(2, w // 40), cy + drop),
            (cx + max(2, w // 40), cy + drop),
            (40, 40, 60),
            max(1, h // 100),
        )
    for k in range(rng.randrange(2, 5)):
        px = round(w * (0.15 + 0.22 * k))
        py = round(h * rng.uniform(0.6, 0.85))
        cv2.line(
            img,
            (px, py),
            (px, py - h // 10),
            rng.choice(((40, 40, 200), (200, 120, 0), (20, 20, 20))),
            max(1, w // 150),
        )
    return img


def ski_lodge(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ski lodge at dusk: an A-frame chalet under a roof laden with snow, its lit windows as a grid
    of warm panes, a deck's rail, skis and poles upright in a rack, banks of snow."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (110, 60, 60), (170, 120, 130))
    ground = round(h * rng.uniform(0.75, 0.85))
    cx = round(w * rng.uniform(0.4, 0.6))
    half = round(w * rng.uniform(0.25, 0.35))
    top = round(h * rng.uniform(0.12, 0.22))
    cv2.fillPoly(
        img,
        [np.array([(cx - half, ground), (cx, top), (cx + half, ground)], np.int32)],
        (40, 70, 110),
        cv2.LINE_AA,
    )
    t = max(3, h // 30)
    cv2.line(img, (cx - half - t, ground - t), (cx, top - t), (250, 250, 250), t * 2, cv2.LINE_AA)
    cv2.line(img, (cx, top - t), (cx + half + t, ground - t), (250, 250, 250), t * 2, cv2.LINE_AA)
    pw = max(3, half // 5)
    for row in range(3):
        yy = ground - (row + 1) * (pw + max(2, pw // 3))
        span = round(half * (1 - (ground - yy) / max(1, ground - top)) * 0.8)
        for xx in range(cx - span, cx + span - pw + 1, pw + max(2, pw // 4)):
            cv2.rectangle(img, (xx, yy), (xx + pw, yy + pw), (110, 200, 250), -1)
    cv2.rectangle(img, (cx - half, ground - max(3, h // 25)), (cx + half, ground), (30, 50, 80), -1)
    snow = np.array(
        [
            (0, ground),
            *(
                (x, ground - round(h * 0.03 * math.sin(x / max(1, w) * 7)))
                for x in range(0, w + 1, max(1, w // 10))
            ),
            (w, h),
            (0, h),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [snow], (245, 240, 238))
    rx = round(w * rng.uniform(0.02, 0.1)) if cx > w // 2 else round(w * rng.uniform(0.72, 0.8))
    for k in range(rng.randrange(4, 8)):
        sx = rx + k * max(3, w // 40)
        cv2.line(
            img,
            (sx, ground + h // 20),
            (sx + rng.randrange(-2, 3), ground - h // 5),
            random_colour(rng, 40, 240),
            max(2, w // 90),
        )
    cv2.line(
        img,
        (rx - 4, ground - h // 12),
        (rx + 8 * max(3, w // 40), ground - h // 12),
        (60, 60, 60),
        max(1, h // 150),
    )
    return img


RENDERS: tuple[H11.Render, ...] = (
    stage_set,
    auditorium,
    marina_pontoon,
    regatta_sea,
    camp_lake,
    cabin_row,
    ski_slope,
    ski_lodge,
)
STAGES: tuple[H11.Render, ...] = (stage_set, auditorium, stage_set)  # a company, a director
HARBOUR: tuple[H11.Render, ...] = (marina_pontoon, regatta_sea, marina_pontoon)  # crews, an instructor
CAMPGROUND: tuple[H11.Render, ...] = (camp_lake, cabin_row)  # campers
SNOWFIELD: tuple[H11.Render, ...] = (ski_slope, ski_lodge, ski_slope)  # a class, a pass's holder


@dataclass
class Cast(H56.Cast):
    """heldout56's cast (heldout55's, heldout54's and the sets' before it: a scene of people or a
    thing; half of a face's box showing counts it; a camera that shows a pet, a drawn character or a
    thing when there is nobody), its screens marked h57-, whose drawn things are this set's: a stage
    set, an empty auditorium, a marina, a race at sea, a camp's lake, cabins among pines, a ski
    slope, a ski lodge."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h57-" + super().kind(layout).removeprefix("h56-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def star_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A lead's badge over an avatar's corner: a crimson disc in a rim of the page's colour with a
    gold five-pointed star (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, THEATRE, -1, cv2.LINE_AA)
    pts = [
        (
            c[0] + (r * 0.8 if k % 2 == 0 else r * 0.34) * math.sin(math.pi * k / 5),
            c[1] - (r * 0.8 if k % 2 == 0 else r * 0.34) * math.cos(math.pi * k / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(img, [np.array(pts).astype(np.int32)], GOLD, cv2.LINE_AA)


def anchor_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A sailor's badge: a navy disc in a rim of the page's colour with a white anchor (a ring, the
    shank, the stock across it and the arms' curve) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, NAVY, -1, cv2.LINE_AA)
    t = max(1, r // 7)
    cv2.circle(img, (c[0], c[1] - r * 3 // 5), max(2, r // 6), WHITE, t, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] - r * 2 // 5), (c[0], c[1] + r * 3 // 5), WHITE, t)
    cv2.line(img, (c[0] - r // 3, c[1] - r // 5), (c[0] + r // 3, c[1] - r // 5), WHITE, t)
    cv2.ellipse(img, (c[0], c[1] + r // 5), (r // 2, r * 2 // 5), 0, 10, 170, WHITE, t, cv2.LINE_AA)


def pine_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A counsellor's badge: a disc of the camp's green in a rim of the page's colour with a white
    pine (two stacked triangles on a trunk) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, CAMP, -1, cv2.LINE_AA)
    for k, (top, base) in enumerate(((-0.7, 0.05), (-0.35, 0.45))):
        hw = r * (0.4 + 0.15 * k)
        tri = np.array([(c[0], c[1] + r * top), (c[0] + hw, c[1] + r * base), (c[0] - hw, c[1] + r * base)])
        cv2.fillPoly(img, [tri.astype(np.int32)], WHITE, cv2.LINE_AA)
    cv2.rectangle(
        img,
        (c[0] - max(1, r // 10), c[1] + r * 9 // 20),
        (c[0] + max(1, r // 10), c[1] + r * 7 // 10),
        WHITE,
        -1,
    )


def flake_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """An instructor's badge: an ice-blue disc in a rim of the page's colour with a white snowflake
    (three bars crossing, a tick near each end) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, ICE, -1, cv2.LINE_AA)
    t = max(1, r // 8)
    for k in range(3):
        a = math.pi * k / 3 + math.pi / 2
        dx, dy = math.cos(a) * r * 0.72, math.sin(a) * r * 0.72
        cv2.line(
            img,
            (round(c[0] - dx), round(c[1] - dy)),
            (round(c[0] + dx), round(c[1] + dy)),
            WHITE,
            t,
            cv2.LINE_AA,
        )
        for e in (-1, 1):
            p = (c[0] + e * dx * 0.6, c[1] + e * dy * 0.6)
            for turn in (-0.6, 0.6):
                q = (p[0] + e * r * 0.22 * math.cos(a + turn), p[1] + e * r * 0.22 * math.sin(a + turn))
                cv2.line(img, (round(p[0]), round(p[1])), (round(q[0]), round(q[1])), WHITE, t, cv2.LINE_AA)


def burgee(img: np.ndarray, x: int, y: int, w: int, colour: Colour) -> None:
    """A sailing club's pennant at (x, y), ``w`` wide and w * 0.6 high: a triangle of ``colour``
    with a white stripe along it, on its staff (never a face)."""
    h = max(6, w * 3 // 5)
    cv2.line(img, (x, y), (x, y + h + h // 2), (90, 90, 90), 2)
    cv2.fillPoly(
        img, [np.array([(x + 2, y), (x + w, y + h // 2), (x + 2, y + h)], np.int32)], colour, cv2.LINE_AA
    )
    cv2.line(img, (x + 2, y + h // 2), (x + w * 2 // 3, y + h // 2), WHITE, max(1, h // 6))


def piste_sign(img: np.ndarray, c: tuple[int, int], r: int, level: int) -> None:
    """A run's difficulty (never a face): a green disc (0), a blue square (1), a black diamond (2),
    two black diamonds side by side (3)."""
    if level == 0:
        cv2.circle(img, c, r, (60, 160, 60), -1, cv2.LINE_AA)
    elif level == 1:
        cv2.rectangle(img, (c[0] - r, c[1] - r), (c[0] + r, c[1] + r), (200, 110, 20), -1)
    else:
        n = level - 1
        for k in range(n):
            x = c[0] + (k - (n - 1) / 2) * r * 1.5
            d = np.array([(x, c[1] - r), (x + r * 0.75, c[1]), (x, c[1] + r), (x - r * 0.75, c[1])])
            cv2.fillPoly(img, [d.astype(np.int32)], (25, 25, 25), cv2.LINE_AA)


def qr_code(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A pass's QR code at (x, y), ``side`` px square: a white tile, 21 x 21 random dark modules and
    three finder squares in its corners (never a face)."""
    cv2.rectangle(img, (x, y), (x + side, y + side), WHITE, -1)
    pad = side // 12
    m = (side - 2 * pad) / 21
    for r in range(21):
        for c in range(21):
            if (r < 8 and c < 8) or (r < 8 and c > 12) or (r > 12 and c < 8) or rng.random() < 0.55:
                continue
            x1, y1 = round(x + pad + c * m), round(y + pad + r * m)
            cv2.rectangle(img, (x1, y1), (round(x1 + m) - 1, round(y1 + m) - 1), INK, -1)
    for fx, fy in ((0, 0), (14, 0), (0, 14)):
        a, b = round(x + pad + fx * m), round(y + pad + fy * m)
        cv2.rectangle(img, (a, b), (round(a + 7 * m) - 1, round(b + 7 * m) - 1), INK, -1)
        cv2.rectangle(
            img, (round(a + m), round(b + m)), (round(a + 6 * m) - 1, round(b + 6 * m) - 1), WHITE, -1
        )
        cv2.rectangle(
            img, (round(a + 2 * m), round(b + 2 * m)), (round(a + 5 * m) - 1, round(b + 5 * m) - 1), INK, -1
        )


def boat_top(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour, bow_up: bool) -> None:
    """A boat moored in a berth seen from above at (x, y), w x h: the hull pointed at its bow (up or
    down), a paler deck inside, the cockpit's dark well and the mast's step (never a face)."""
    tip = y if bow_up else y + h
    stern = y + h if bow_up else y
    shoulder = y + h // 3 if bow_up else y + h - h // 3
    hull = np.array(
        [(x + w // 2, tip), (x + w, shoulder), (x + w - w // 8, stern), (x + w // 8, stern), (x, shoulder)]
    )
    cv2.fillPoly(img, [hull.astype(np.int32)], colour, cv2.LINE_AA)
    inner = np.array(
        [
            (x + w // 2, tip + (h // 10 if bow_up else -h // 10)),
            (x + w - w // 6, shoulder),
            (x + w - w // 4, stern + (-h // 12 if bow_up else h // 12)),
            (x + w // 4, stern + (-h // 12 if bow_up else h // 12)),
            (x + w // 6, shoulder),
        ]
    )
    cv2.fillPoly(img, [inner.astype(np.int32)], tone(colour, 25), cv2.LINE_AA)
    well = (y + h * 3 // 5, y + h * 17 // 20) if bow_up else (y + h * 3 // 20, y + h * 2 // 5)
    cv2.rectangle(img, (x + w // 3, well[0]), (x + w * 2 // 3, well[1]), tone(colour, -60), -1)
    cv2.rectangle(img, (x + w // 2 - 3, shoulder - 3), (x + w // 2 + 3, shoulder + 3), (60, 60, 60), -1)


def printed(
    piece: np.ndarray, faces: list[BoxF], border: int, angle: float
) -> tuple[np.ndarray, list[BoxF], np.ndarray]:
    """``piece`` as a print: a white ``border`` round it, turned by ``angle`` degrees (heldout11's
    ``turned``: its faces' boxes along); the print, its boxes and the mask of where it lies."""
    framed = cv2.copyMakeBorder(
        piece, border, border, border, border, cv2.BORDER_CONSTANT, value=(245, 245, 245)
    )
    return H11.turned(
        framed, [(a + border, b + border, c + border, d + border) for a, b, c, d in faces], angle
    )


def glare(level: float) -> Fn:
    """Snow's glare over a photo: every pixel ``level`` (0.25-0.45) of the way to near white; faces
    stay counted, washed pale."""
    return lambda part: (part * (1 - level) + 250 * level).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Parts: a theatre's programme, a table read on video, the stage door's sign-in sheet.
# ----------------------------------------------------------------------------------------------


def staged_across(
    cast: Cast, rng: random.Random, s: Screen, y: int, hh: int, backs: tuple[H11.Render, ...],
    per: tuple[int, int], fp: float, behind: tuple[float, float], look: Fn | None,
) -> None:  # fmt: skip
    """People standing in one of ``backs`` across the screen at ``y``, ``hh`` px high (heldout38's
    ``staged``): one or two depths of ``per`` people, the front faces ``fp`` px, those behind
    ``behind`` of them (one depth stands at the back's size; some under 18 px, drawn and not
    counted), through ``look`` when one is given (a light, a mist, a glare: counted as they look)."""
    piece, faces = H38.staged(
        cast, rng, backs, rng.randrange(1, 3), per, WIDTH, hh, fp * rng.uniform(*behind), fp
    )
    H11.paste_photo(cast, s, look(piece) if look else piece, faces, 0, y)


def programme_art(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The show's key art across the screen, 440 px: the company on the set (``staged_across``
    before a stage set or the stalls: three to five a depth, the front faces 30-56 px, those behind
    0.55-0.7 of them), under a strong stage light on 40 % (heldout17's ``stage_light``) or in the
    poster's duotone on 30 % (heldout14's ``duotone``); a dark band over its foot with the show's
    title (it takes the pixels it covers) and the theatre. Returns its height with the gap under it
    (460 px)."""
    img, roll = s.img, rng.random()
    look = None
    if roll < 0.4:
        look = H17.stage_light(rng.choice(tuple(H17.LIGHTS)), rng.uniform(0.5, 0.9))
    elif roll < 0.7:
        look = H14.duotone(random_colour(rng, 20, 80), random_colour(rng, 180, 255))
    staged_across(cast, rng, s, y, 440, STAGES, (3, 5), rng.uniform(30, 56), (0.55, 0.7), look)
    H5.scrim(s, (0, y + 330, WIDTH, y + 440), 0.55)
    title(img, rng.choice(SHOWS).upper(), (30, y + 390), 1.0, WHITE)
    note(
        img,
        f"{rng.choice(THEATRES)} - until {rng.randrange(1, 29)} {rng.choice(MONTHS)}",
        (30, y + 424),
        0.5,
        WHITE,
    )
    return 460


def understudy_slip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The slip in the programme: "At this performance" on a card with a crimson edge, the role and
    who plays it tonight: the understudy's 30-44 px face in a square with a gold border (heldout2's
    looks: turned, grey or on a dark backdrop on some), the name. Returns its height with the gap
    under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 16, off(s.bg, 10))
    cv2.rectangle(img, (20, y + 10), (30, y + 120), THEATRE, -1)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    cast.avatar(s, 60, y + (130 - side) // 2, fp, side, "square", GOLD)
    x = 90 + side
    note(img, "At this performance", (x, y + 38), 0.5, GREY)
    note(img, f"the role of {rng.choice(ROLES)} is played by", (x, y + 72), 0.52, s.fg)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 108), 0.62, s.fg, 2)
    return 150


def creative_team(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The creative team: "Creative team" over a facepile of three to six round 20-26 px faces
    (heldout22's ``stack``) with "+N" on some, and who they are. Returns its height (100 px)."""
    img = s.img
    note(img, "Creative team", (30, y + 26), 0.5, GREY)
    end = H22.stack(
        cast, s, rng, 30, y + 40, rng.randrange(3, 7), 20, 26, s.bg, rng.choice((0, rng.randrange(3, 30)))
    )
    note(img, ", ".join(rng.sample(CREW, 3)), (end + 16, y + 68), 0.48, s.fg)
    return 100


def whos_who(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the programme's "Who's who": two actors side by side (the second place empty on
    some), each a 22-32 px face in a rounded square (heldout2's looks) in grey on half (the
    programme's black-and-white headshots; heldout10's ``greyed``: counted as it looks), a lead's
    star over its lower right on some (``star_badge``: it takes the pixels it covers), the name in
    capitals, the role and a line of biography. Returns its height (100 px)."""
    img = s.img
    half = (WIDTH - 40) // 2
    for k in range(1 if rng.random() < 0.12 else 2):
        x = 30 + k * half
        fp, side = _size(rng, 22, small(rng, 22.5, 32), (1.12, 1.25))
        ay = y + (92 - side) // 2
        cast.avatar(s, x, ay, fp, side, "rounded")
        if rng.random() < 0.5:
            H10.redrawn(s, (x, ay, x + side, ay + side), H10.greyed)
        if rng.random() < 0.15:
            star_badge(img, (x + side - 3, ay + side - 3), 9, s.bg)
        tx = x + side + 20
        note(img, f"{who(rng)} {rng.choice(SURNAMES)}".upper()[:17], (tx, y + 34), 0.46, s.fg, 2)
        note(img, rng.choice(ROLES), (tx, y + 60), 0.44, s.accent)
        H52.text_bars(img, rng, tx, y + 76, half - side - 70, 1, off(s.bg, 60))
    return 100


def read_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The table read's bar (no faces): the show in the programme's serif, the act and scene, the
    script's page on a chip, "REC" on most and the time. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    cv2.putText(img, rng.choice(SHOWS), (30, y + 44), cv2.FONT_HERSHEY_TRIPLEX, 0.75, s.fg, 2, cv2.LINE_AA)
    note(img, f"Table read - Act {rng.randrange(1, 3)}, scene {rng.randrange(1, 7)}", (30, y + 82), 0.5, GREY)
    tag(img, WIDTH - 390, y + 30, f"p. {rng.randrange(2, 90)}", (90, 90, 90), 36)
    if rng.random() < 0.8:
        tag(img, WIDTH - 250, y + 30, "REC", RED, 36)
    clock = f"{rng.randrange(0, 3)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    note(img, clock, (WIDTH - 150, y + 58), 0.55, s.fg, 2)
    return 110


def director_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The director's camera across the screen, 440-540 px: the director before the set or the
    stalls (heldout53's ``posed``: the face 100-240 px), the name's label over its lower left
    (heldout22's ``name_label``: it takes the pixels it covers), a crimson frame round it; one's own
    camera over its lower right in a white rim, 200 x 150 (heldout3's ``photo``: the face 0.2-0.35
    of its height; a thing on a face-free screen). Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(440, 540)
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(100, 240), STAGES)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(img, f"{who(rng)} {rng.choice(SURNAMES)} - Director", 36, y + h - 14, 40)
    cv2.rectangle(img, (20, y), (WIDTH - 21, y + h - 1), THEATRE, 4)
    sw, sh = 200, 150
    sx, sy = WIDTH - 44 - sw, y + h - 24 - sh
    rounded_card(img, sx - 5, sy - 5, sw + 10, sh + 10, 16, WHITE)
    cast.photo(s, sx, sy, sw, sh, sh * small(rng, 0.2, 0.35), rounded_rect(sh, sw, 12))
    note(img, "You", (sx + 12, sy + 30), 0.5, WHITE, 2)
    return h + 16


def call_grid(cols: int, rows: int, y: int, gap: int = 10) -> list[tuple[int, int, int, int]]:
    """A call's grid of ``cols`` x ``rows`` cameras from ``y`` across the screen, ``gap`` px apart, in
    4:3: each camera's left, top, width and height, row by row."""
    tw = (WIDTH - 40 - gap * (cols - 1)) // cols
    th = round(tw * 0.75)
    return [(20 + c * (tw + gap), y + r * (th + gap), tw, th) for r in range(rows) for c in range(cols)]


def role_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, speaking: bool
) -> None:
    """An actor's camera in the read's grid at (x, y), tw x th: heldout55's ``audience_tile`` (the
    actor at home, heldout3's ``photo``: the face 0.12-0.34 of the tile's height, skewed small; the
    camera off on a fifth; grey on a tenth; the first name's label, a muted microphone or a raised
    hand on some), the role's tag over its upper left (it takes the pixels it covers) and, for the
    one reading, a green frame."""
    H55.audience_tile(cast, rng, s, x, y, tw, th)
    tag(s.img, x + 8, y + 8, rng.choice(ROLES)[:9], THEATRE, 26)
    if speaking:
        cv2.rectangle(s.img, (x, y), (x + tw - 1, y + th - 1), GREEN, 4)


def script_line(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of the script as it is read: the reader's round 20-26 px face at the left (initials on
    some), the character's name in capitals, the line as one or two text bars, the line being read
    on a pale highlight. Returns its height (96 px)."""
    img = s.img
    if rng.random() < 0.25:
        cv2.rectangle(img, (20, y + 4), (WIDTH - 20, y + 90), off(s.bg, 22), -1)
    face_or_initials(cast, rng, s, (30, y + 26), (20, 26), "circle", 0.15)
    note(img, rng.choice(ROLES).upper(), (100, y + 36), 0.52, s.accent, 2)
    H52.text_bars(img, rng, 100, y + 54, WIDTH - 160, rng.randrange(1, 3), off(s.bg, 70))
    return 96


def call_times(s: Screen, rng: random.Random, y: int) -> int:
    """Tonight's calls on a card (no faces): the half, the quarter, beginners and curtain up, each a
    time over its name, and the running time under them. Returns its height with the gap under it
    (170 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 150, 20, off(s.bg, 10))
    up = rng.choice((19, 19, 20, 14))
    mins = rng.choice((0, 30))
    for k, (name, before) in enumerate((("The half", 35), ("Quarter", 20), ("Beginners", 5), ("Curtain", 0))):
        t = up * 60 + mins - before
        x = 44 + k * 252
        note(img, f"{t // 60}:{t % 60:02d}", (x, y + 62), 0.85, s.fg if before else THEATRE, 2)
        note(img, name, (x, y + 96), 0.48, GREY)
    running = f"Running time 2h {rng.choice(('10', '25', '40'))} with an interval"
    note(img, running, (44, y + 132), 0.46, GREY)
    return 170


def sm_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The stage manager's note: a round 24-32 px face (initials on some) under an "SM" tag, the name
    and two or three lines of the note as text bars. Returns its height (140 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 30), (24, 32), "circle", 0.12)
    tag(img, 30, y + 34 + side, "SM", THEATRE, 26)
    note(img, f"From {who(rng)}, stage manager", (60 + side, y + 44), 0.55, s.fg, 2)
    H52.text_bars(img, rng, 60 + side, y + 66, WIDTH - 120 - side, rng.randrange(2, 4), off(s.bg, 60))
    cv2.line(img, (30, y + 136), (WIDTH - 30, y + 136), off(s.bg, 14), 1)
    return 140


def sign_in_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the stage door's sign-in sheet: five of the company, each in a column 208 px wide, a
    round 22-30 px face (initials on some); signed in (on 60 %): a green tick's badge over its lower
    right (heldout4's ``badge``: it takes the pixels it covers) and the time; not yet (25 %): faded
    toward the page (heldout27's ``faded``: counted as it looks), "due"; off tonight (15 %): a dashed
    ring with "OFF" (never a face); the first name and the role under it. Returns its height (130
    px)."""
    img = s.img
    cw = (WIDTH - 40) // 5
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    for k in range(5):
        x, ay = 20 + k * cw + 20, y + 14
        roll = rng.random()
        if roll < 0.15:
            dashed_ring(img, (x + side // 2, ay + side // 2), side // 2, GREY, 2)
            note(img, "OFF", (x + side + 10, ay + side // 2 + 8), 0.46, RED, 2)
        else:
            if rng.random() < 0.1:
                H3.initials(img, rng, x, ay, side, "circle", None)
            else:
                cast.avatar(s, x, ay, fp, side, "circle")
            if roll < 0.75:
                badge(img, (x + side - 2, ay + side - 2), max(7, side // 4), GREEN, "check", s.bg)
                came = f"{rng.randrange(17, 19)}:{rng.randrange(60):02d}"
                note(img, came, (x + side + 12, ay + side // 2 + 8), 0.42, GREY)
            else:
                H10.redrawn(s, (x - 2, ay - 2, x + side + 2, ay + side + 2), H27.faded(s.bg, 0.5))
                note(img, "due", (x + side + 12, ay + side // 2 + 8), 0.42, GREY)
        note(img, who(rng)[:8], (x - 6, ay + side + 36), 0.44, s.fg, 2)
        note(img, rng.choice(ROLES + CREW)[:11], (x - 6, ay + side + 60), 0.38, GREY)
    return 130


# ----------------------------------------------------------------------------------------------
# Parts: a regatta's results, a marina's pontoon, a sailing course.
# ----------------------------------------------------------------------------------------------


def race_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The race's photo across the screen, 400 px: crews by the boats or at sea (``staged_across``
    before the marina or the race: two to four a depth, the front faces 26-48 px, those behind
    0.5-0.65 of them), in sea mist on 30 % (heldout17's ``haze``); the race's tag and the wind's over
    its top (they take the pixels they cover), the credit over a dark band at its foot. Returns its
    height with the gap under it (420 px)."""
    img = s.img
    mist = H17.haze(rng, WIDTH, 400, rng.uniform(0.2, 0.4)) if rng.random() < 0.3 else None
    staged_across(cast, rng, s, y, 400, HARBOUR, (2, 4), rng.uniform(26, 48), (0.5, 0.65), mist)
    tag(img, 24, y + 20, f"Race {rng.randrange(1, 9)}", NAVY, 36)
    tag(img, 160, y + 20, f"SW {rng.randrange(6, 25)} kn", (60, 60, 60), 36)
    H5.scrim(s, (0, y + 344, WIDTH, y + 400), 0.5)
    note(img, f"Photo: {who(rng)} {rng.choice(SURNAMES)}", (30, y + 380), 0.5, WHITE)
    return 420


def result_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """A boat in the results: its place (on a gold, silver or bronze disc for the first three: never
    faces), the club's pennant (``burgee``), the sail number and the boat's name and class, the
    helm's round 24-32 px face (initials on some) in a navy ring clear of it, the crew as a stack of
    none to two 18-22 px faces (heldout22's ``stack``), the points. Returns its height (104 px)."""
    img = s.img
    if place <= 3:
        cv2.circle(img, (52, y + 52), 22, (GOLD, SILVER, BRONZE)[place - 1], -1, cv2.LINE_AA)
    note(img, str(place), (44 if place < 10 else 38, y + 60), 0.6, s.fg if place > 3 else WHITE, 2)
    burgee(img, 92, y + 30, 40, random_colour(rng, 40, 220))
    side = face_or_initials(cast, rng, s, (150, y + 24), (24, 32), "circle", 0.12)
    cv2.circle(img, (150 + side // 2, y + 24 + side // 2), side // 2 + 6, NAVY, 3, cv2.LINE_AA)
    x = 180 + side
    note(img, f"{rng.choice(CLASSES)} {rng.randrange(100, 9999)}", (x, y + 44), 0.58, s.fg, 2)
    note(img, f"{rng.choice(BOATS)} - {who(rng)}", (x, y + 74), 0.46, GREY)
    crew = rng.choice((0, 1, 1, 2))
    if crew:
        H22.stack(cast, s, rng, WIDTH - 300, y + 34, crew, 18.3, 22, s.bg)
    note(img, f"{place * 3 + rng.randrange(0, 6)} pts", (WIDTH - 150, y + 60), 0.58, s.fg, 2)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def harbour_master(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The harbour master on a card: a 40-56 px face in a circle or a squircle (initials on some) with
    an anchor's badge over its lower right (``anchor_badge``: it takes the pixels it covers),
    "Harbour master", the name, the VHF channel on a tag, a call button. Returns its height with the
    gap under it (170 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 150, 22, card)
    side = face_or_initials(cast, rng, s, (44, y + 30), (40, 56), rng.choice(("circle", "squircle")), 0.1)
    anchor_badge(img, (44 + side - 4, y + 26 + side), 14, card)
    x = 84 + side
    note(img, "Harbour master", (x, y + 50), 0.48, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 86), 0.64, s.fg, 2)
    tag(img, x, y + 102, f"VHF {rng.choice((9, 12, 14, 16, 80))}", NAVY, 32)
    pill(img, WIDTH - 210, y + 46, 160, 56, s.accent)
    note(img, "Call", (WIDTH - 158, y + 82), 0.6, WHITE, 2)
    return 170


def berth_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A pontoon's berths from above, 720 px across the screen (no faces but the owners'): the
    water, the pontoon along the middle with a finger between each two berths, boats in most
    berths (``boat_top``) with their bows away from it, the berths' numbers; on 40 % of the boats
    the owner's round 18-24 px face in a white rim at the boat's stern (the rim drawn first;
    initials on some), one's own berth outlined in the accent. Returns its height with the gap
    under it (740 px)."""
    img, h = s.img, 720
    dark = sum(s.bg) < 384
    water = (110, 80, 40) if dark else (215, 185, 140)
    deck = (90, 120, 140) if dark else (160, 190, 210)
    rounded_card(img, 20, y, WIDTH - 40, h, 20, water)
    mid = y + h // 2
    cv2.rectangle(img, (20, mid - 24), (WIDTH - 20, mid + 24), deck, -1)
    per = rng.choice((6, 7))
    bw = (WIDTH - 80) // per
    mine = rng.randrange(per * 2)
    for side_k in range(2):
        for k in range(per + 1):
            fx = 40 + k * bw
            top, bottom = (y + 40, mid - 24) if side_k == 0 else (mid + 24, y + h - 40)
            cv2.rectangle(img, (fx - 5, top), (fx + 5, bottom), deck, -1)
        for k in range(per):
            bx = 40 + k * bw + 12
            top, bottom = (y + 50, mid - 34) if side_k == 0 else (mid + 34, y + h - 50)
            number = f"{'AB'[side_k]}{k + 1}"
            note(img, number, (bx + bw // 2 - 30, mid + (16 if side_k else -4)), 0.4, WHITE if dark else INK)
            if side_k * per + k == mine:
                cv2.rectangle(img, (bx - 4, top - 4), (bx + bw - 20, bottom + 4), s.accent, 3)
            if rng.random() < 0.15 and side_k * per + k != mine:
                continue
            boat_top(img, bx, top, bw - 24, bottom - top, random_colour(rng, 170, 250), side_k == 0)
            if rng.random() < 0.4 or side_k * per + k == mine:
                fp, sd = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
                ax = bx + (bw - 24 - sd) // 2
                ay = bottom - sd - 14 if side_k == 0 else top + 14
                cv2.circle(img, (ax + sd // 2, ay + sd // 2), sd // 2 + 4, WHITE, -1, cv2.LINE_AA)
                if rng.random() < 0.12:
                    H3.initials(img, rng, ax, ay, sd, "circle", None)
                else:
                    cast.avatar(s, ax, ay, fp, sd, "circle")
    return h + 20


def arrivals(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Arriving today under its heading: round 30-44 px faces about 180 px apart, the last across
    the screen's right edge (heldout45's ``carousel``), an anchor's badge over the lower right of
    some (``anchor_badge``: it takes the pixels it covers), the boats' names under them. Returns its
    height with the gap under it."""
    top = section(s, y, "Arriving today", True)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    for x in carousel(rng, 180, side):
        cast.avatar(s, x, top + 10, fp, side, "circle")
        if rng.random() < 0.35:
            anchor_badge(s.img, (x + side - 2, top + side + 4), 11, s.bg)
        note(s.img, rng.choice(BOATS)[:9], (x - 8, top + side + 46), 0.44, s.fg)
    return top - y + side + 70


def marina_notice(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A notice on the pontoon's board: the poster's round 20-26 px face (initials on some), the
    notice's title and a line of text, the time, a "Crane" or "Fuel" tag on some. Returns its height
    (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 22), (20, 26), "circle", 0.15)
    x = 54 + side
    note(img, rng.choice(NOTICES), (x, y + 40), 0.56, s.fg, 2)
    H52.text_bars(img, rng, x, y + 56, WIDTH - x - 200, 1, off(s.bg, 60))
    note(img, f"{rng.randrange(1, 23)}h ago", (WIDTH - 130, y + 40), 0.44, GREY)
    if rng.random() < 0.3:
        tag(img, WIDTH - 160, y + 54, rng.choice(("Crane", "Fuel", "Swap")), NAVY, 28)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def lesson_video(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """This week's lesson on video, 420 px across the screen: the instructor on the pontoon or
    aboard (heldout53's ``posed`` before the marina or the race: the face 60-120 px, skewed small),
    a play button over its lower left (never a face), the lesson's title over a dark band at its foot,
    the duration's tag and how much was watched. Returns its height with the gap under it (440
    px)."""
    img, hh = s.img, 420
    piece, faces = H53.posed(cast, rng, WIDTH, hh, small(rng, 60, 120), HARBOUR)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    H5.scrim(s, (0, y + hh - 90, WIDTH, y + hh), 0.55)
    play_button(img, (80, y + hh - 150), 40, (240, 240, 240), INK)
    note(img, f"Lesson {rng.randrange(1, 9)}: {rng.choice(SKILLS)}", (30, y + hh - 44), 0.7, WHITE, 2)
    tag(img, WIDTH - 130, y + 20, f"{rng.randrange(3, 15)}:{rng.randrange(60):02d}", (30, 30, 30), 34)
    progress(img, 0, y + hh - 8, WIDTH, rng.uniform(0.1, 0.9), RED, (90, 90, 90), 8)
    return hh + 20


def class_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The class's photo: heldout11's ``gathering`` (two rows of three to six, the front faces 26-42
    px, those behind 0.7-0.85 of them) pasted rounded or on 40 % as a print with a white border
    turned 2-5 degrees (``printed``: pinned on the clubhouse's board), the class's label over its
    lower left (it takes the pixels it covers), the certificates' count under it. Returns its height
    with the gap under it."""
    fp, pw, ph = rng.uniform(26, 42), WIDTH - 140, rng.randrange(300, 380)
    behind, per = fp * rng.uniform(0.7, 0.85), rng.randrange(3, 7)
    piece, faces = H11.gathering(cast, pw, ph, behind, fp, 2, per, (1.5, 2.0), rng.uniform(0.0, 0.1))
    where = rounded_rect(ph, pw, 16)
    if rng.random() < 0.4:
        piece, faces, where = printed(piece, faces, 14, rng.choice((-1, 1)) * rng.uniform(2, 5))
    H11.paste_photo(cast, s, piece, faces, (WIDTH - piece.shape[1]) // 2, y + 10, where)
    hh = piece.shape[0]
    tag(s.img, 84, y + hh - 40, rng.choice(("Saturday's class", "Level 2, week 4", "New sailors")), NAVY, 34)
    note(s.img, f"{rng.randrange(3, 12)} certificates this week", (30, y + hh + 50), 0.5, GREY)
    return hh + 80


def student_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student of the course: a round 22-30 px face (initials on some), the name, the skills
    signed off as ticks and still to do as open boxes, a progress bar, the level reached. Returns
    its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (22, 30), rng.choice(("circle", "squircle")), 0.12)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.56, s.fg, 2)
    done = rng.randrange(0, len(SKILLS) + 1)
    for k in range(len(SKILLS)):
        bx = x + k * 46
        if k < done:
            badge(img, (bx + 14, y + 68), 13, NAVY, "check")
        else:
            cv2.rectangle(img, (bx + 2, y + 56), (bx + 26, y + 80), GREY, 2)
    progress(img, WIDTH - 330, y + 40, 180, done / len(SKILLS), NAVY, off(s.bg, 30), 8)
    note(img, f"Level {1 + done // 3}", (WIDTH - 130, y + 48), 0.5, s.fg, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: a summer camp's cabins and its photos for parents.
# ----------------------------------------------------------------------------------------------


def cabin_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A cabin on a card: a band of the cabin's colour with its name and ages; the counsellor's round
    30-40 px face in a ring of the camp's green (heldout33's ``ring_avatar``, drawn before it) with a
    pine's badge over its lower right (``pine_badge``: it takes the pixels it covers) and the name;
    then five to twelve campers in rows of seven, round or squircle 18-24 px faces (one size and
    shape for the cabin; initials on some), an empty bunk as a dashed ring (never a face), first
    names under them; on a fifth last session's cabin, faded toward the page (heldout27's
    ``faded``: counted as they look) under a "Last session" tag. Returns its height with the gap
    under it."""
    img, card = s.img, off(s.bg, 8)
    campers = rng.randrange(4, 10)
    rows = -(-campers // 7)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.25))
    step = side + 42
    h = 60 + 92 + rows * step + 12
    rounded_card(img, 20, y, WIDTH - 40, h, 20, card)
    name, colour = rng.choice(CABINS)
    cv2.rectangle(img, (20, y + 14), (WIDTH - 20, y + 56), colour, -1)
    note(img, f"{name} cabin", (44, y + 46), 0.64, WHITE, 2)
    note(img, f"Ages {(a := rng.randrange(7, 14))}-{a + 2}", (WIDTH - 200, y + 46), 0.5, WHITE)
    cfp, cside = _size(rng, 30, small(rng, 30.5, 40), (1.1, 1.2))
    ring_avatar(cast, s, 44, y + 72, cfp, cside, CAMP)
    pine_badge(img, (44 + cside - 2, y + 72 + cside - 2), 10, card)
    lead = f"{who(rng)} {rng.choice(SURNAMES)[0]}. - counsellor"
    note(img, lead, (80 + cside, y + 80 + cside // 2), 0.54, s.fg, 2)
    shape = rng.choice(("circle", "circle", "squircle"))
    cw = (WIDTH - 80) // 7
    for k in range(campers + rng.choice((0, 0, 1))):
        x, ay = 40 + (k % 7) * cw + (cw - side) // 2, y + 60 + 92 + (k // 7) * step
        if k >= campers:
            dashed_ring(img, (x + side // 2, ay + side // 2), side // 2, GREY, 2)
            continue
        if rng.random() < 0.1:
            H3.initials(img, rng, x, ay, side, shape, None)
        else:
            cast.avatar(s, x, ay, fp, side, shape)
        note(img, who(rng)[:6], (x + side // 2 - 26, ay + side + 26), 0.4, GREY)
    if rng.random() < 0.2:
        H10.redrawn(s, (20, y, WIDTH - 20, y + h), H27.faded(card, 0.5))
        tag(img, WIDTH - 220, y + 72, "Last session", (70, 70, 70), 30)
    return h + 16


def found_in(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's camper in today's photos: the camper's round 36-48 px face in a ring of the camp's green
    (heldout33's ``ring_avatar``, drawn before it), "N new photos of <name>", and the cabin mates
    tagged with them as a facepile of two to four 20-26 px faces (heldout22's ``stack``) with "+N"
    on some. Returns its height with the gap under it (170 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 150, 20, off(s.bg, 10))
    fp, side = _size(rng, 36, small(rng, 36.5, 48), (1.1, 1.2))
    ring_avatar(cast, s, 44, y + (150 - side) // 2, fp, side, CAMP)
    x = 80 + side
    note(img, f"{rng.randrange(2, 30)} new photos of {who(rng)}", (x, y + 50), 0.62, s.fg, 2)
    end = H22.stack(
        cast,
        s,
        rng,
        x,
        y + 70,
        rng.randrange(2, 5),
        20,
        26,
        off(s.bg, 10),
        rng.choice((0, rng.randrange(2, 9))),
    )
    note(img, "tagged too", (end + 12, y + 100), 0.46, GREY)
    return 170


def album_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the day's album: on a quarter the day's heading first (the day and its activities),
    then three photos 320 px square (heldout11's ``snapshot``: a group photo or a gathering of one to
    six, faces 18-40 px, or a thing on some), grey on some (the camp's black-and-white filter;
    heldout10's ``greyed``: counted as they look), on a quarter a print with a white border turned
    2-5 degrees (``printed``), a heart and the likes over the foot of some (they take the pixels they
    cover). Returns its height."""
    img = s.img
    top = y
    if rng.random() < 0.25:
        day = rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri"))
        note(img, f"{day} - {' & '.join(rng.sample(ACTIVITIES, 2))}", (30, y + 40), 0.6, s.fg, 2)
        top += 60
    side, gap = 320, 20
    for k in range(3):
        x = 20 + k * (side + gap)
        piece, faces = H11.snapshot(cast, side, side, 18.3, 40, 0.8)
        if rng.random() < 0.2:
            piece = H10.greyed(piece)
        if rng.random() < 0.25:
            f = (side - 28) / side
            turned, boxes, where = printed(
                cv2.resize(piece, (side - 28, side - 28), interpolation=cv2.INTER_AREA),
                [(a * f, b * f, c * f, d * f) for a, b, c, d in faces],
                10,
                rng.choice((-1, 1)) * rng.uniform(2, 5),
            )
            H11.paste_photo(
                cast,
                s,
                turned,
                boxes,
                x + (side - turned.shape[1]) // 2,
                top + (side - turned.shape[0]) // 2,
                where,
            )
        else:
            H11.paste_photo(cast, s, piece, faces, x, top, rounded_rect(side, side, 14))
        if rng.random() < 0.3:
            pill(img, x + 12, top + side - 52, 110, 40, (40, 40, 40))
            heart(img, (x + 36, top + side - 32), 10, (80, 80, 240))
            note(img, str(rng.randrange(1, 60)), (x + 60, top + side - 22), 0.5, WHITE, 2)
    return top - y + side + gap


# ----------------------------------------------------------------------------------------------
# Parts: a ski school and a season pass.
# ----------------------------------------------------------------------------------------------


def slope_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A lesson on the slope, 420 px across the screen (``staged_across`` on the slope or by the
    lodge: three to five a depth, the front faces 28-50 px, those behind 0.55-0.7 of them), in the
    snow's glare on 40 % (``glare``), the resort's name and the snow's depth over a dark band at its
    foot. Returns its height with the gap under it (440 px)."""
    img = s.img
    bright = glare(rng.uniform(0.25, 0.45)) if rng.random() < 0.4 else None
    staged_across(cast, rng, s, y, 420, SNOWFIELD, (3, 5), rng.uniform(28, 50), (0.55, 0.7), bright)
    H5.scrim(s, (0, y + 320, WIDTH, y + 420), 0.5)
    title(img, f"{rng.choice(RESORTS).upper()} SKI SCHOOL", (30, y + 376), 0.95, WHITE)
    note(img, f"{rng.randrange(40, 260)} cm base", (WIDTH - 220, y + 376), 0.55, WHITE)
    return 440


def instructor_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The school's instructors under their heading: 40-56 px faces in rounded squares on a tile of
    the resort's blue (drawn before them) about 180 px apart, the last across the screen's right
    edge (heldout45's ``carousel``), a snowflake's badge over the lower right of some
    (``flake_badge``: it takes the pixels it covers), the languages under them. Returns its height
    with the gap under it."""
    top = section(s, y, "Instructors", True)
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    for x in carousel(rng, 180, side):
        rounded_card(s.img, x - 5, top + 5, side + 10, side + 10, max(4, side // 4), ICE)
        cast.avatar(s, x, top + 10, fp, side, "rounded")
        if rng.random() < 0.4:
            flake_badge(s.img, (x + side - 2, top + side + 6), 12, s.bg)
        note(s.img, rng.choice(LANGUAGES), (x - 2, top + side + 50), 0.46, s.fg)
    return top - y + side + 76


def lesson_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A group lesson on a card 180 px high: the run's sign (``piste_sign``), the level and the time,
    the instructor's round 26-34 px face (initials on some) and name; who is booked as a stack of one
    to five 18-22 px faces with "+N" on some (heldout22's ``stack``), the places left as dashed rings
    (never faces); a "Book" button or "Full". Returns its height with the gap under it (196 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 180, 20, card)
    level = rng.randrange(4)
    piste_sign(img, (60, y + 44), 16, level)
    when = f"{rng.randrange(9, 15)}:{rng.choice(('00', '30'))}"
    note(img, f"{rng.choice(LEVELS)} - {when}", (96, y + 54), 0.6, s.fg, 2)
    side = face_or_initials(cast, rng, s, (WIDTH - 330, y + 22), (26, 34), "circle", 0.12)
    note(img, who(rng)[:8], (WIDTH - 318 + side, y + 50), 0.5, GREY)
    booked = rng.randrange(1, 6)
    end = H22.stack(cast, s, rng, 44, y + 96, booked, 18.3, 22, card, rng.choice((0, 0, rng.randrange(2, 6))))
    left = rng.randrange(0, 4)
    for k in range(left):
        dashed_ring(img, (end + 24 + k * 40, y + 110), 14, GREY, 2)
    if left:
        outlined(img, WIDTH - 210, y + 92, 160, 56, s.accent, card)
        note(img, "Book", (WIDTH - 164, y + 128), 0.58, s.accent, 2)
    else:
        note(img, "Full", (WIDTH - 164, y + 128), 0.58, GREY, 2)
    return 196


def pass_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The season pass on a card (WIDTH - 60) wide: the resort's band with its name and the season;
    the holder's photo, 460-540 px (heldout53's ``posed`` on the slope or by the lodge: the face
    110-260 px, on a quarter cut by a side of the photo), a "SEASON" or "PEAK" tag over its top left
    (it takes the pixels it covers); the holder's name, the pass's number and dates, a QR code
    (``qr_code``). Returns its height with the gap under it."""
    img, x, w = s.img, 30, WIDTH - 60
    ph = rng.randrange(460, 540)
    light = sum(s.bg) > 384
    rounded_card(img, x, y, w, 90 + ph + 230, 28, WHITE if light else off(s.bg, 20))
    rounded_card(img, x, y, w, 110, 28, ICE)
    note(img, rng.choice(RESORTS).upper(), (x + 30, y + 58), 0.9, WHITE, 2)
    note(img, f"Season {(yr := rng.randrange(24, 30))}/{yr + 1}", (w - 200, y + 58), 0.55, WHITE)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, w, ph, rng.uniform(110, 260), SNOWFIELD, edge)
    H11.paste_photo(cast, s, piece, faces, x, y + 90)
    tag(img, x + 24, y + 114, rng.choice(("SEASON", "PEAK", "UNLIMITED")), ICE, 40)
    ink = INK if light else WHITE
    top = y + 90 + ph
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x + 30, top + 60), 0.8, ink, 2)
    note(img, f"No. {rng.randrange(100000, 999999)}", (x + 30, top + 104), 0.5, GREY)
    note(
        img,
        f"Valid {rng.choice(('NOV', 'DEC'))} - {rng.choice(('APR', 'MAY'))}",
        (x + 30, top + 140),
        0.5,
        GREY,
    )
    qr_code(img, rng, x + w - 220, top + 20, 190)
    return 90 + ph + 250


def family_passes(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The family's passes: "Family" over a row of two to four small pass cards, each with a band of
    the resort's blue down its left, a round 22-28 px face (initials on some: a pass with no photo
    yet), the first name and the pass's kind. Returns its height (170 px)."""
    img = s.img
    heading(s, 30, y + 34, "Family", 0.75)
    for k in range(rng.randrange(2, 5)):
        x = 30 + k * 250
        rounded_card(img, x, y + 56, 236, 96, 16, off(s.bg, 12))
        cv2.rectangle(img, (x, y + 64), (x + 8, y + 144), ICE, -1)
        side = face_or_initials(cast, rng, s, (x + 24, y + 72), (22, 28), "circle", 0.12)
        note(img, who(rng)[:7], (x + 38 + side, y + 96), 0.5, s.fg, 2)
        note(img, rng.choice(("Child", "Teen", "Adult", "Senior")), (x + 38 + side, y + 126), 0.44, GREY)
    return 170


def trail_map(cast: Cast, rng: random.Random, s: Screen, y: int, h: int) -> int:
    """The mountain's trail map, ``h`` px across the screen: a sky, the peaks and the slopes in white
    and pale blue, runs as green, blue and black lines down them, lifts as straight dark lines with a
    terminal's square at each end; friends on the mountain: three to seven round 20-28 px faces in
    white pins' rims with a point under them (drawn before the faces), one's own pin (heldout55's
    ``map_pin``: never a face). Returns its height with the gap under it."""
    img = s.img
    gradient(img, (20, y, WIDTH - 20, y + h), (230, 180, 120), (245, 235, 225))
    base = y + h - 30
    peaks = [(20, base)]
    x = 20
    while x < WIDTH - 20:
        x = min(WIDTH - 20, x + rng.randrange(180, 320))
        peaks.append((x, y + rng.randrange(40, h // 3)))
    peaks.append((WIDTH - 20, base))
    cv2.fillPoly(img, [np.array(peaks, np.int32)], (250, 246, 240), cv2.LINE_AA)
    cv2.rectangle(img, (20, base), (WIDTH - 20, y + h), (220, 205, 190), -1)
    for colour in ((60, 160, 60), (200, 110, 20), (25, 25, 25), (200, 110, 20)):
        top = rng.choice(peaks[1:-1])
        pts = [top]
        while pts[-1][1] < base - 20:
            px, py = pts[-1]
            pts.append(
                (
                    max(30, min(WIDTH - 30, px + rng.randrange(-90, 91))),
                    min(base, py + rng.randrange(50, 110)),
                )
            )
        cv2.polylines(img, [np.array(pts, np.int32)], False, colour, 5, cv2.LINE_AA)
    for _ in range(rng.randrange(2, 4)):
        a = (rng.randrange(60, WIDTH - 60), base - 10)
        b = rng.choice(peaks[1:-1])
        cv2.line(img, a, b, (60, 60, 60), 3)
        for p in (a, b):
            cv2.rectangle(img, (p[0] - 8, p[1] - 8), (p[0] + 8, p[1] + 8), (40, 40, 40), -1)
    spots: list[tuple[int, int]] = []
    for _ in range(rng.randrange(3, 8)):
        for _try in range(20):
            c = (rng.randrange(70, WIDTH - 70), rng.randrange(y + 60, y + h - 90))
            if all(abs(c[0] - a) > 90 or abs(c[1] - b) > 90 for a, b in spots):
                break
        spots.append(c)
        fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
        tri = np.array(
            [
                (c[0] - side // 4, c[1] + side // 3),
                (c[0] + side // 4, c[1] + side // 3),
                (c[0], c[1] + side // 2 + 16),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
        cv2.circle(img, c, side // 2 + 5, WHITE, -1, cv2.LINE_AA)
        cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    H55.map_pin(img, (rng.randrange(80, WIDTH - 80), base - 60), 18, RED)
    return h + 20


def lift_row(s: Screen, rng: random.Random, y: int) -> int:
    """A lift's status (no faces): its name, the wait, an open or closed tag. Returns its height (80
    px)."""
    img = s.img
    note(img, rng.choice(LIFTS), (30, y + 46), 0.56, s.fg, 2)
    if rng.random() < 0.8:
        note(img, f"{rng.randrange(0, 25)} min wait", (WIDTH - 380, y + 46), 0.5, GREY)
        tag(img, WIDTH - 170, y + 20, "Open", GREEN, 34)
    else:
        tag(img, WIDTH - 170, y + 20, "Closed", (90, 90, 90), 34)
    cv2.line(img, (30, y + 78), (WIDTH - 30, y + 78), off(s.bg, 14), 1)
    return 80


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def programme(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A theatre's digital programme: the bar; the key art (``programme_art``: front faces 30-56 px,
    stage light or duotone on some); on half the understudy's slip (``understudy_slip``: 30-44 px);
    the creative team (``creative_team``: 20-26 px, "+N"); "Who's who" (``whos_who``: two actors a
    row, 22-32 px, grey on half) down to the tab bar, which cuts the last row."""
    s = new_screen(rng, name, cast.kind("programme"), ("dark", "light", "dark", "tinted"))
    H28.back_bar(s, "Programme", 0.95)
    y = STATUS_H + 100
    y += programme_art(cast, rng, s, y)
    if rng.random() < 0.5:
        y += understudy_slip(cast, rng, s, y)
    y += creative_team(cast, rng, s, y)
    y = section(s, y, "Who's who", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: whos_who(cast, rng, s, t))


def table_read(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A table read on video: the bar (``read_bar``); the director (``director_tile``: 100-240 px,
    one's own camera over its corner); the cast's cameras in three columns and two rows or four and
    three (``role_tile``: faces 0.12-0.34 of a tile's height, the reader in a green frame); the
    script's lines (``script_line``: 20-26 px) above the call's controls."""
    s = new_screen(rng, name, cast.kind("tableread"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + read_bar(s, rng, STATUS_H)
    y += director_tile(cast, rng, s, y)
    cols = rng.choice((3, 4))
    reading = rng.randrange(cols * (cols - 1))
    for k, (x, top, tw, th) in enumerate(call_grid(cols, cols - 1, y)):
        role_tile(cast, rng, s, x, top, tw, th, k == reading)
    controls = H - NAV_H - 150
    H38.rows_above(s, top + th + 20, controls, "Script", lambda t: script_line(cast, rng, s, t))
    H22.call_controls(s, rng, controls)
    H5.nav_bar(s)
    return s.finish()


def callboard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The stage door's sign-in sheet: the title and one's 22-26 px face; tonight's calls
    (``call_times``); the stage manager's note (``sm_note``: 24-32 px); the company in rows of five
    (``sign_in_row``: 22-30 px, ticked, faded or off) down to the tab bar, which cuts the last."""
    s, y = titled(
        cast, rng, name, "callboard", ("light", "dark", "light", "tinted"), "Tonight's call", own=True
    )
    y += call_times(s, rng, y)
    y += sm_note(cast, rng, s, y)
    y = section(s, y, "Signed in", False)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: sign_in_row(cast, rng, s, t))


def regatta(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A regatta's results: the bar; the regatta and the club; the races' chips; on 60 % the race's
    photo (``race_photo``: front faces 26-48 px, mist on some); the results (``result_row``: helms
    24-32 px in rings, crews 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("regatta"), ("light", "light", "dark", "tinted"))
    H28.back_bar(s, "Results", 0.95)
    y = STATUS_H + 100
    heading(s, 30, y + 36, rng.choice(REGATTAS), 0.85)
    note(s.img, f"{rng.choice(CLUBS)} - {rng.randrange(12, 60)} boats", (30, y + 80), 0.5, GREY)
    y += 100
    chips(s.img, rng, 30, y, 5, 44, (100, 140), off(s.bg, 16), s.fg)
    y += 64
    if rng.random() < 0.6:
        y += race_photo(cast, rng, s, y)
    y = section(s, y, "Overall", False)
    places = itertools.count(1)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: result_row(cast, rng, s, t, next(places)))


def marina(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A marina's pontoon: the title and one's 22-26 px face; the harbour master (``harbour_master``:
    40-56 px); the berths (``berth_map``: owners 18-24 px); arriving today (``arrivals``: 30-44 px,
    past the right edge); notices (``marina_notice``: 20-26 px) down to the tab bar."""
    themes, pontoon = ("light", "tinted", "dark", "light"), f"Pontoon {rng.choice('ABCD')}"
    s, y = titled(cast, rng, name, "marina", themes, pontoon, own=True)
    y += harbour_master(cast, rng, s, y)
    y += berth_map(cast, rng, s, y)
    y += arrivals(cast, rng, s, y)
    y = section(s, y, "Notices", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: marina_notice(cast, rng, s, t))


def sailing_course(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sailing school's course: the bar; this week's lesson (``lesson_video``: 60-120 px); the
    weeks' chips; on half the class's photo (``class_photo``: front faces 26-42 px, a turned print on
    some); the students (``student_row``: 22-30 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("course"), ("light", "dark", "light", "tinted"))
    H28.back_bar(s, "Dinghy course", 0.95)
    y = STATUS_H + 100
    y += lesson_video(cast, rng, s, y)
    chips(s.img, rng, 30, y, 4, 44, (110, 150), off(s.bg, 16), s.fg)
    y += 64
    y += class_photo(cast, rng, s, y) if rng.random() < 0.5 else 0
    y = section(s, y, "Students", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: student_row(cast, rng, s, t))


def camp_cabins(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A summer camp's cabins: the camp's title and one's 22-26 px face; the sessions' chips; the
    cabins (``cabin_card``: counsellors 30-40 px in rings, campers 18-24 px, last session faded) down
    to the tab bar, which cuts the last."""
    s, y = titled(
        cast, rng, name, "cabins", ("light", "light", "dark", "tinted"), rng.choice(CAMPS), own=True
    )
    chips(s.img, rng, 30, y, 4, 44, (120, 170), off(s.bg, 16), s.fg)
    y += 64
    y = section(s, y, "Cabins", False)
    return rows_to_tab_bar(s, rng, y, 120, lambda t: cabin_card(cast, rng, s, t))


def camp_photos(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A summer camp's photos for parents: the camp's title; one's camper in today's photos
    (``found_in``: 36-48 px, cabin mates 20-26 px); the day's album (``album_row``: three photos a
    row, faces 18-40 px, grey or turned prints on some) down to the tab bar, which cuts the last."""
    s, y = titled(
        cast, rng, name, "campphotos", ("light", "dark", "tinted", "light"), f"{rng.choice(CAMPS)} photos"
    )
    y += found_in(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 120, lambda t: album_row(cast, rng, s, t))


def ski_school(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ski school: the lesson on the slope (``slope_hero``: front faces 28-50 px, glare on some);
    book and rent buttons; the instructors (``instructor_strip``: 40-56 px, past the right edge);
    group lessons (``lesson_card``: instructors 26-34 px, the booked 18-22 px) down to the tab
    bar."""
    s = new_screen(rng, name, cast.kind("skischool"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H + slope_hero(cast, rng, s, STATUS_H)
    for k, text in enumerate((f"-{rng.randrange(1, 15)} C", f"{rng.randrange(2, 40)} cm new", "Lifts open")):
        tag(img, 30 + k * 240, y + 4, text, ICE if k == 1 else (90, 90, 90), 44)
    y += 70
    y += instructor_strip(cast, rng, s, y)
    y = section(s, y, "Group lessons", False)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: lesson_card(cast, rng, s, t))


def lift_pass(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A season pass: the bar; the pass (``pass_card``: the holder 110-260 px, cut by a side on
    some); the family's passes (``family_passes``: 22-28 px); friends on the mountain (``trail_map``:
    20-28 px in pins); the lifts' status where there is room, above the "Buy a day pass" button."""
    s = new_screen(rng, name, cast.kind("liftpass"), ("light", "dark", "light", "tinted"))
    H28.back_bar(s, "Season pass", 0.95)
    y = STATUS_H + 100 + pass_card(cast, rng, s, STATUS_H + 100)
    y += family_passes(cast, rng, s, y)
    y = section(s, y, "Friends on the mountain", False)
    foot = H - NAV_H - 120
    y += trail_map(cast, rng, s, y, max(300, min(620, foot - y - 30)))
    return rows_then_button(s, y, "Lifts", lambda t: lift_row(s, rng, t), "Buy a day pass")


def rows_then_button(s: Screen, y: int, title: str, row: Callable[[int], int], label: str) -> Composite:
    """``title``'s rows from ``y`` down to a ``label`` button above the nav bar; the finished screen."""
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, title, row)
    return H39.finish_with_button(s, foot, label)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    programme,
    table_read,
    callboard,
    regatta,
    marina,
    sailing_course,
    camp_cabins,
    camp_photos,
    ski_school,
    lift_pass,
)
# with people: each twice a round but two (the table read and the season pass, a few large faces
# each)
ONCE = (table_read, lift_pass)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a camp's cabins with things in the campers'
# places, a table read's grid of cameras, a marina's berths)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, camp_cabins, table_read, marina)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT57_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h57", photos, free, seed, reps)
