"""Held-out screens, fifty-ninth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: bowling lanes, a pin deck, an apiary, a
frame of comb, a darkroom, a harbour at dusk, a fencing hall, a weapons rack; nothing with eyes, a
mouth or a mask, and no round things in pairs); every random choice from ``HELDOUT59_SEED`` (59595;
the environment's ``HELDOUT59_SEED`` draws the set from another). Every face goes on the screen
through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels
drawn over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout57's ``Cast`` (through heldout56's and the sets' before it; this set's screens are
marked h59-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in bowling leagues, beekeeping associations, photography clubs and fencing
clubs, most of them small: a league night's standings; a lane's live scoresheet; a beekeepers'
club; its hive inspections; a honey show's results; a photo walk; a club's photo critique on video;
a film contact sheet; a fencing pool's sheet; a fencer's licence. Near repeats avoided: the sets'
leaderboards and tables (here a team a line with its three bowlers side by side in rounded squares,
one size a team, the leaders' pin badge); heldout58's crew table and the sets' score lists (here
ten frames of marks a bowler, the one bowling on a stripe); the sets' team and care pages (here
mentors in honey pills past the edge, a beekeeper of the month at the card's right, swarm
collectors on call, those away faded); the sets' feeds (here a hive a line: its boxes drawn, the
inspector in a squircle, the brood frames as cells, the helpers in a stack); results and podiums
(here three winners on a podium's steps in gold, silver and bronze rings, the show's classes with
their jars); heldout58's star party (here a route on a street map, the leader in a ring with a lens
badge, the shots two a row, black and white on some); heldout58's wine tasting (here the photo
under critique beside the judge's camera, scores on the members' cameras); the sets' galleries
(here a contact sheet: strips of black film with sprocket holes, four frames a strip, portraits,
groups and scenery, black and white or sepia on some sheets, frames boxed or struck in grease
pencil); heldout58's bracket (here a pool's square sheet: the fencers down its side and across its
top, the diagonal dark, the bouts on the pistes with their scoring lights as bars); heldout58's
member's card (here the photo at the card's right, the weapon and ranking at its left, a points
chart under it). New looks: a bowling alley's black light, a beekeeper's smoke, sepia. Ten
layouts:
- a league night (``league_night``): the bowlers on the lanes (``alley_hero``: three to six a depth,
  the front faces 26-52 px, under the black light on 35 % or grey on 15 %); the standings
  (``standings_row``: three bowlers a team, 20-26 px in rounded squares, the leaders' pin badge) cut
  by the tab bar;
- a scoresheet (``scoresheet``): who is bowling tonight (``on_lanes``: 34-46 px in pills, past the
  right edge); the match (``match_header``); the frames (``frame_row``: 22-30 px, the one bowling on
  a stripe) cut by the tab bar;
- a beekeepers' club (``apiary_club``): one's 22-26 px face; the club at the apiary
  (``apiary_hero``: two to five a depth, the front faces 26-48 px, in smoke on 35 %); the mentors
  (``mentors``: 34-46 px in honey pills, past the right edge); on 50 % the beekeeper of the month
  (``beekeeper_feature``: 60-110 px, a studio portrait); the swarm collectors (``swarm_row``: 20-26
  px, those away faded) cut by the tab bar;
- hive inspections (``hive_log``): on 60 % the inspection day's photo (``inspection_photo``: front
  faces 24-40 px, smoke on 30 %); the hives (``hive_row``: inspectors 22-28 px in squircles, helpers
  18-22 px in stacks) cut by the tab bar;
- a honey show (``honey_show``): the podium (``podium``: 40-56 px in gold, silver and bronze rings);
  on 50 % best in show (``best_in_show``: 60-110 px); the classes (``class_row``: winners 20-26 px,
  runners-up 18-22 px in stacks) cut by the tab bar;
- a photo walk (``photo_walk``): one's 22-26 px face; the route (``walk_card``); the leader
  (``leader_row``: 40-56 px in a ring); who is going (``walkers_row``: 20-26 px in a stack); the
  last walk's shots two a row (``shots_pair``: people 18-48 px in some, makers 20-26 px) cut by the
  tab bar;
- a photo critique (``critique_call``): the photo under critique beside the judge's camera
  (``judge_tile``: 100-230 px); the members' cameras in four columns and two rows or three and three
  (``critique_grid``: 0.12-0.34 of a tile's height, scores over their corners); the comments
  (``critique_comment``: 20-26 px) above the call's controls;
- a contact sheet (``contact_sheet``): strips of four frames (``film_strip``: studio portraits of
  22-44 px, groups of 18-36 px, scenery; black and white or sepia on some sheets; boxed or struck in
  grease pencil) cut by the tab bar;
- a fencing pool (``fencing_pool``): the referee (``referee_card``: 32-40 px in a square); the pool
  sheet (``pool_sheet``: five to seven fencers 22-28 px down its side, 18-22 px across its top); the
  bouts on the pistes (``piste_row``: 22-28 px) cut by the tab bar;
- a fencer's licence (``fencer_licence``): the card (``licence_card``: the fencer 110-240 px, on a
  quarter cut by the photo's side); the season's points (``points_chart``); the clubmates
  (``clubmates``: 22-28 px in rounded squares, two rows); the competitions where there is room
  (``comp_slot``: coaches 24-30 px), above the "Enter a competition" button.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``,
whose group photos keep their own scale, and heldout38's ``staged``, whose single depth stands at
the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's slightly smaller
faces can differ (the table below counts what is drawn). The bowlers tonight and the mentors run
past the right edge, the last across it; the standings, the frames, the swarm collectors, the
hives, the classes, the shots, the strips and the pistes are cut by the tab bar, a fencer by the
photo's side on some; so some faces are cut by an edge and counted while half of their box shows
(the capture's right 8 px are black padding). Avatars are circles, rounded squares, squares,
squircles, bordered circles, rings of a colour with a gap, white rims and story rings, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
inspection day's print is turned 2-5 degrees on some. Light, dark and tinted themes; JPEG quality
30-60. Pin, comb, lens and blade badges, scores' and stands' tags, name labels, grease pencil,
muted microphones, raised hands, "+N" discs, the call's controls and tab bars take the pixels they
cover; a face under them counts while half of its box shows; rings and rims are drawn before the
faces they hold; grey (some bowlers, sheets), the black light, smoke, sepia and fading (collectors
away) leave the faces under them counted as they look; initials, jars, hives, frames' marks,
maps, charts, scoring lights, QR codes and drawn things are never faces. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,917 faces (1,639 under 32 px, 248 of 32-63, 19 of 64-127,
11 larger; 1,795 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings,
pills, cells, tiles, frames and photos, round things where a photo's people or a cut-out's person
would be); ``reps=1`` a quarter (18 screens with 481 faces: 403, 70, 5 and 3 by size, 450 under 40
px; 13 face-free). Each layout has people twice a round but the photo critique and the fencer's
licence, once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63,
of 64-127 and of 128 or more:
    league_night   8 screens   325 faces: 315,  10,   0,   0
    scoresheet     8 screens   152 faces: 115,  37,   0,   0
    apiary_club    8 screens   166 faces: 112,  49,   5,   0
    hive_log       8 screens   221 faces: 207,  14,   0,   0
    honey_show     8 screens   257 faces: 229,  26,   2,   0
    photo_walk     8 screens   133 faces:  98,  28,   4,   3
    critique_call  4 screens    78 faces:  46,  22,   6,   4
    contact_sheet  8 screens   306 faces: 250,  54,   2,   0
    fencing_pool   8 screens   232 faces: 224,   8,   0,   0
    fencer_licence 4 screens    47 faces:  43,   0,   0,   4
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
import heldout28 as H28
import heldout38 as H38
import heldout52 as H52
import heldout53 as H53
import heldout55 as H55
import heldout57 as H57
import heldout58 as H58
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
from heldout21 import chips, title
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, face_or_initials

DEFAULT_SEED = 59595


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT59_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 59595."""
    return int(env.get("HELDOUT59_SEED") or DEFAULT_SEED)


HELDOUT59_SEED = seed_from(os.environ)

Fn = Callable[[np.ndarray], np.ndarray]  # a look over a whole photo (black light, smoke)

LANE: Colour = (160, 70, 40)  # a bowling alley's blue (BGR)
LEAGUES: tuple[str, ...] = (
    "Tuesday Mixed League",
    "Strike Zone Seniors",
    "Ten Pin Trios",
    "Night Owls League",
)
ALLEYS: tuple[str, ...] = ("Galaxy Bowl", "Kingpin Lanes", "Starlite Bowl", "Riverside Lanes")
TEAMS: tuple[str, ...] = (
    "Split Happens", "Gutter Kings", "Pin Pals", "Alley Cats", "Lucky Strikes", "Spare Parts",
    "Ten Down", "Rolling Stones", "Bowl Movement", "The Sparemen", "Kingpins", "Turkey Trot",
)  # fmt: skip
HONEY: Colour = (40, 170, 230)  # a beekeepers' honey
CLUBS: tuple[str, ...] = (
    "Meadowbrook Beekeepers",
    "Lindenhill BKA",
    "Clover Valley Bees",
    "Old Orchard Apiary",
)
APIARIES: tuple[str, ...] = ("Home apiary", "Orchard", "Heath site", "Allotment", "Church roof", "Lime walk")
STRAINS: tuple[str, ...] = ("Buckfast", "Carniolan", "Italian", "Native black", "Local mongrel")
SHOW_CLASSES: tuple[str, ...] = (
    "Light honey", "Medium honey", "Dark honey", "Set honey", "Cut comb", "Beeswax block",
    "Mead, dry", "Honey cake", "Candles", "Chunk honey",
)  # fmt: skip
PHOTO: Colour = (60, 60, 190)  # a camera club's red
CAMERA_CLUBS: tuple[str, ...] = (
    "Northgate Camera Club",
    "F/8 Society",
    "Lightbox Collective",
    "Aperture Club",
)
THEMES: tuple[str, ...] = ("Reflections", "Street life", "Long exposure", "Monochrome", "Harbour", "Doors")
FENCE: Colour = (120, 90, 30)  # a fencing club's steel blue
SALLES: tuple[str, ...] = ("Salle Riposte", "Tierce Fencing Club", "Northbank Epee", "Salle Vasquez")
WEAPONS: tuple[str, ...] = ("Foil", "Epee", "Sabre")
COMPS: tuple[str, ...] = ("Regional open", "Junior series", "Veterans cup", "Club ranking", "National U17")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "SEP", "OCT", "NOV")
SILVER: Colour = (200, 200, 195)
WHITE_NAMES: tuple[str, ...] = ("Dee", "Marco", "Pat", "Lena", "Sol", "Ravi", "June", "Omar", "Tess", "Ivo")
BRONZE: Colour = (50, 120, 190)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def bowling_lanes(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Bowling lanes seen from the approach: polished wood in lanes narrowing toward the pins (the
    boards as fine lines, dark gutters between), arrows as small triangles a third of the way up,
    the pins' deck as a pale band with the pins as tiny white bars, the masking units above in a
    coloured band with numbers' blocks."""
    img = np.zeros((h, w, 3), np.uint8)
    deck = round(h * rng.uniform(0.28, 0.36))
    gradient(img, (0, 0, w, deck), (70, 40, 30), (40, 25, 20))
    band = tone(random_colour(rng, 60, 200), 0)
    cv2.rectangle(img, (0, deck - max(4, h // 10)), (w, deck - max(2, h // 40)), band, -1)
    cv2.rectangle(img, (0, deck - max(2, h // 40)), (w, deck), (190, 195, 200), -1)
    lanes = rng.randrange(2, 5)
    vx = round(w * rng.uniform(0.4, 0.6))
    for k in range(lanes + 1):
        top_x = round(vx + (k - lanes / 2) * w * 0.22)
        foot_x = round(vx + (k - lanes / 2) * w * 0.9)
        cv2.line(img, (top_x, deck), (foot_x, h), (30, 30, 35), max(2, w // 40), cv2.LINE_AA)
    wood = np.array([(0, deck), (w, deck), (w, h), (0, h)], np.int32)
    layer = img.copy()
    cv2.fillPoly(layer, [wood], (120, 175, 215))
    img[deck:] = layer[deck:]
    for k in range(lanes + 1):
        top_x = round(vx + (k - lanes / 2) * w * 0.22)
        foot_x = round(vx + (k - lanes / 2) * w * 0.9)
        cv2.line(img, (top_x, deck), (foot_x, h), (40, 45, 55), max(2, w // 30), cv2.LINE_AA)
    for t in np.linspace(0.05, 0.95, 14):
        x0, x1 = round(w * t * 0.6 + vx * 0.4), round(w * (t * 1.8 - 0.4))
        cv2.line(img, (x0, deck), (x1, h), (100, 155, 195), 1)
    ay = deck + round((h - deck) * 0.45)
    for k in range(lanes):
        cx = round(vx + (k + 0.5 - lanes / 2) * w * 0.5)
        for d in (-2, -1, 0, 1, 2):
            ax = cx + d * max(3, w // 40)
            tri = np.array([(ax - 2, ay + 4), (ax + 2, ay + 4), (ax, ay - 3)], np.int32)
            cv2.fillPoly(img, [tri], (40, 60, 90))
        px = round(vx + (k + 0.5 - lanes / 2) * w * 0.22)
        for d in range(-3, 4):
            bx = px + d * max(1, w // 120)
            cv2.line(img, (bx, deck - max(3, h // 30)), (bx, deck - 1), (250, 250, 250), max(1, w // 240))
    return img


def pin(img: np.ndarray, x: int, foot: int, w: int, h: int, stripe: Colour) -> None:
    """A bowling pin from the side (never a face): a white polygon swelling at its belly, narrow at
    the neck, blunt at the top, two bands of ``stripe`` round the neck."""
    half = [(0.18, 0.0), (0.5, 0.18), (0.5, 0.45), (0.2, 0.68), (0.24, 0.86), (0.12, 1.0)]
    right = [(x + round(dx * w), foot - round(dy * h)) for dx, dy in half]
    left = [(x - round(dx * w), foot - round(dy * h)) for dx, dy in reversed(half)]
    cv2.fillPoly(img, [np.array(right + left, np.int32)], (245, 245, 245), cv2.LINE_AA)
    for dy in (0.7, 0.76):
        yy = foot - round(dy * h)
        cv2.line(img, (x - round(0.2 * w), yy), (x + round(0.2 * w), yy), stripe, max(1, h // 40))


def pin_deck(rng: random.Random, w: int, h: int) -> np.ndarray:
    """The pin deck close up: the ten pins in their triangle seen from the front (rows of four,
    three, two and one, the back ones smaller and higher), the dark pit behind, the wood under
    them, the lane's end line."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (30, 25, 25), (15, 15, 15))
    floor = round(h * rng.uniform(0.55, 0.65))
    gradient(img, (0, floor, w, h), (110, 160, 200), (130, 185, 225))
    cv2.line(img, (0, floor), (w, floor), (60, 80, 110), max(1, h // 100))
    stripe = rng.choice(((40, 40, 200), (60, 60, 60), (170, 80, 40)))
    pw, ph = max(4, round(w * rng.uniform(0.08, 0.11))), max(8, round(h * rng.uniform(0.38, 0.46)))
    cx = round(w * rng.uniform(0.4, 0.6))
    for row, n in enumerate((4, 3, 2, 1)):
        scale = 0.8 + 0.066 * row
        gap = round(pw * 1.7 * scale)
        foot = floor + round(h * 0.06 * row)
        for k in range(n):
            pin(img, cx + round((k - (n - 1) / 2) * gap), foot, round(pw * scale), round(ph * scale), stripe)
    return img


def apiary(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An apiary in a meadow: a pale sky, a hedge along the back as a dark green band with a ragged
    top, hives in a row on stands (stacked boxes of pastel colours under flat roofs, an entrance
    slot at each foot), the grass with flowers as specks of colour."""
    img = np.zeros((h, w, 3), np.uint8)
    hedge = round(h * rng.uniform(0.3, 0.42))
    gradient(img, (0, 0, w, hedge), (235, 215, 180), (220, 230, 225))
    top = [(0, hedge)]
    for k in range(13):
        top.append((round(w * k / 12), hedge - round(h * rng.uniform(0.05, 0.12))))
    top += [(w, hedge + h // 10), (0, hedge + h // 10)]
    cv2.fillPoly(img, [np.array(top, np.int32)], (50, 100, 60))
    gradient(img, (0, hedge + h // 10, w, h), (90, 170, 120), (60, 130, 90))
    for _ in range(w * h // 400 + 5):
        x, y = rng.randrange(w), rng.randrange(hedge + h // 10, h)
        img[y, x] = rng.choice(((60, 200, 240), (230, 230, 240), (180, 120, 220)))
    hw = max(6, round(w * rng.uniform(0.12, 0.18)))
    x = rng.randrange(0, max(1, hw // 2))
    base = round(h * rng.uniform(0.75, 0.85))
    while x < w:
        boxes = rng.randrange(2, 5)
        bh = max(3, round(h * 0.08))
        cv2.rectangle(img, (x + hw // 6, base), (x + hw * 5 // 6, base + h // 12), (60, 70, 90), -1)
        for b in range(boxes):
            colour = rng.choice(((200, 220, 230), (180, 200, 150), (150, 200, 230), (230, 230, 235)))
            yy = base - (b + 1) * bh
            cv2.rectangle(img, (x, yy), (x + hw, yy + bh - 1), colour, -1)
            cv2.line(img, (x, yy + bh - 1), (x + hw, yy + bh - 1), tone(colour, -60), 1)
        roof = base - boxes * bh
        cv2.rectangle(img, (x - 2, roof - max(2, bh // 3)), (x + hw + 2, roof), (110, 110, 115), -1)
        cv2.rectangle(
            img, (x + hw // 4, base - max(2, bh // 5)), (x + hw * 3 // 4, base - 1), (30, 30, 30), -1
        )
        x += hw + max(4, round(w * rng.uniform(0.06, 0.14)))
    return img


def comb_frame(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A frame of comb held up to the light: the wooden frame's bars round it, the comb's hexagonal
    cells in rows, capped honey pale, open honey amber, capped brood tan in a patch, empty cells dark,
    a blur of sky behind."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (230, 210, 170), (200, 200, 190))
    bar = max(2, min(w, h) // 14)
    cv2.rectangle(img, (0, 0), (w - 1, h - 1), (90, 150, 200), bar)
    cell = max(3, round(min(w, h) * rng.uniform(0.05, 0.08)))
    brood = (rng.uniform(0.3, 0.7) * w, rng.uniform(0.4, 0.7) * h, rng.uniform(0.2, 0.35) * min(w, h))
    dy = cell * math.sqrt(3) / 2
    for r in range(int(h / dy) + 2):
        for c in range(int(w / cell) + 2):
            cx, cy = c * cell + (cell / 2 if r % 2 else 0), r * dy
            if not (bar <= cx < w - bar and bar <= cy < h - bar):
                continue
            if math.hypot(cx - brood[0], cy - brood[1]) < brood[2]:
                colour = (90, 150, 190)
            else:
                colour = rng.choice(((120, 210, 240), (30, 140, 220), (30, 110, 190), (40, 60, 80)))
            turns = [math.pi / 3 * k + math.pi / 6 for k in range(6)]
            pts = [(cx + cell / 2 * math.cos(a), cy + cell / 2 * math.sin(a)) for a in turns]
            hexagon = np.array(pts).astype(np.int32)
            cv2.fillPoly(img, [hexagon], colour)
            cv2.polylines(img, [hexagon], True, (60, 120, 170), 1)
    return img


def darkroom(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A darkroom under its safelight: a dim red room, the enlarger's column and head at one side,
    three trays on the bench as shallow rectangles, a line across the top with prints pegged on it
    (each a landscape: a sky over a horizon, no people), the safelight's glow as one soft patch."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (20, 20, 70), (10, 10, 40))
    glow = np.zeros((h, w, 3), np.float32)
    cv2.circle(glow, (round(w * rng.uniform(0.6, 0.9)), h // 8), max(2, w // 5), (10, 20, 160), -1)
    glow = cv2.GaussianBlur(glow, (0, 0), max(1.0, w / 10))
    img = np.clip(img + glow, 0, 255).astype(np.uint8)
    bench = round(h * rng.uniform(0.66, 0.74))
    cv2.rectangle(img, (0, bench), (w, h), (20, 25, 45), -1)
    tw = max(6, w // 5)
    for k in range(3):
        tx = round(w * 0.3) + k * (tw + max(2, w // 40))
        cv2.rectangle(img, (tx, bench - max(3, h // 30)), (tx + tw, bench), (40, 40, 110), -1)
        cv2.rectangle(img, (tx + 2, bench - max(3, h // 30) + 1), (tx + tw - 2, bench - 2), (50, 60, 90), -1)
    ex = round(w * rng.uniform(0.05, 0.15))
    cv2.line(img, (ex, bench), (ex, round(h * 0.25)), (50, 50, 70), max(2, w // 50))
    cv2.rectangle(img, (ex - w // 30, round(h * 0.3)), (ex + w // 8, round(h * 0.42)), (60, 60, 80), -1)
    line = round(h * 0.12)
    cv2.line(img, (0, line), (w, line), (80, 80, 100), 1)
    x = rng.randrange(w // 4, w // 3 + 1)
    while x < w - w // 10:
        pw, ph = max(4, w // 9), max(5, h // 6)
        gradient(img, (x, line + 2, x + pw, line + 2 + ph // 2), (150, 140, 170), (120, 110, 140))
        cv2.rectangle(img, (x, line + 2 + ph // 2), (x + pw, line + 2 + ph), (60, 60, 90), -1)
        cv2.rectangle(img, (x + pw // 2 - 1, line - 2), (x + pw // 2 + 1, line + 5), (140, 140, 160), -1)
        x += pw + rng.randrange(max(3, w // 30), max(4, w // 12))
    return img


def harbour_dusk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A harbour at dusk for a photo walk: an orange-to-violet sky, a skyline of blocks with lit
    windows as small yellow dots in grids, the water below with the lights' reflections as
    streaks, a pier's rail in the foreground."""
    img = np.zeros((h, w, 3), np.uint8)
    water = round(h * rng.uniform(0.58, 0.7))
    gradient(img, (0, 0, w, water), (120, 60, 70), (110, 150, 240))
    x = 0
    while x < w:
        bw = max(3, round(w * rng.uniform(0.05, 0.12)))
        top = round(water * rng.uniform(0.3, 0.8))
        cv2.rectangle(img, (x, top), (x + bw, water), (50, 40, 45), -1)
        for yy in range(top + 3, water - 2, max(3, h // 40)):
            for xx in range(x + 2, x + bw - 1, max(3, w // 60)):
                if rng.random() < 0.35:
                    img[yy, min(w - 1, xx)] = (110, 210, 250)
        x += bw + rng.randrange(0, max(1, w // 40))
    gradient(img, (0, water, w, h), (90, 60, 60), (50, 35, 40))
    for _ in range(w // 6 + 3):
        sx = rng.randrange(w)
        sy = rng.randrange(water, h)
        cv2.line(img, (sx, sy), (sx + max(2, w // 30), sy), (90, 170, 220), 1)
    rail = round(h * rng.uniform(0.86, 0.92))
    cv2.line(img, (0, rail), (w, rail - h // 20), (30, 30, 30), max(2, h // 60))
    for px in range(rng.randrange(0, max(1, w // 6)), w, max(6, w // 6)):
        cv2.line(img, (px, rail - h * px // (20 * w)), (px, h), (30, 30, 30), max(1, w // 100))
    return img


def fencing_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fencing hall: a high wall with tall windows, a banner along it, the pistes as long grey
    strips in perspective across a wooden floor (white lines at their ends and middles), a scoring
    box on a table at the side of each with a red bar and a green bar on it, a reel's cable
    along the floor."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.45, 0.55))
    gradient(img, (0, 0, w, floor), (215, 215, 210), (185, 185, 180))
    for k in range(rng.randrange(3, 6)):
        wx = round(w * (0.08 + 0.2 * k))
        cv2.rectangle(img, (wx, floor // 6), (wx + max(3, w // 14), floor * 3 // 4), (235, 220, 190), -1)
    cv2.rectangle(img, (0, floor // 12), (w, floor // 12 + max(2, h // 30)), random_colour(rng, 60, 180), -1)
    gradient(img, (0, floor, w, h), (110, 160, 200), (80, 130, 170))
    pistes = rng.randrange(2, 4)
    for k in range(pistes):
        y1 = floor + round((h - floor) * (0.15 + 0.3 * k))
        y2 = y1 + max(3, round((h - floor) * 0.14))
        strip = np.array([(w // 10, y1), (w, y1 - h // 30), (w, y2 - h // 30), (0, y2)], np.int32)
        cv2.fillPoly(img, [strip], (150, 150, 155))
        for t in (0.1, 0.5, 0.9):
            lx = round(w * t)
            cv2.line(img, (lx, y1 - round(h / 30 * t)), (lx, y2 - round(h / 30 * t)), WHITE, 1)
        bx = round(w * rng.uniform(0.35, 0.65))
        by = y1 - max(4, h // 14)
        cv2.rectangle(img, (bx, by), (bx + max(6, w // 10), by + max(3, h // 30)), (40, 40, 40), -1)
        cv2.rectangle(img, (bx + 1, by + 1), (bx + max(2, w // 30), by + 2), (40, 40, 220), -1)
        bw = max(6, w // 10)
        cv2.rectangle(img, (bx + bw - max(2, w // 30), by + 1), (bx + bw - 1, by + 2), (60, 200, 60), -1)
    return img


def weapon_rack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A club's weapons rack: a pegboard wall, blades hanging straight down in a row (thin grey
    lines tapering to their tips) from their grips and guards (short bars, a sabre's knuckle bow as
    an open bracket), a bench below with kit bags as rounded blocks."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (170, 190, 205), (140, 160, 175))
    for yy in range(max(3, h // 20), h, max(4, h // 14)):
        for xx in range(max(3, w // 20), w, max(4, w // 14)):
            img[yy, xx] = (110, 125, 140)
    rail = round(h * rng.uniform(0.1, 0.18))
    cv2.rectangle(img, (0, rail), (w, rail + max(2, h // 50)), (60, 90, 120), -1)
    bench = round(h * rng.uniform(0.78, 0.86))
    x = rng.randrange(max(3, w // 20), max(4, w // 8))
    while x < w - 2:
        grip = rail + max(4, h // 12)
        cv2.line(img, (x, rail), (x, grip), (40, 40, 40), max(2, w // 80))
        gw = max(3, w // 30)
        cv2.rectangle(img, (x - gw, grip), (x + gw, grip + max(2, h // 60)), (150, 150, 160), -1)
        if rng.random() < 0.3:
            cv2.line(img, (x + gw, grip), (x + gw, rail + 2), (150, 150, 160), 1)
        tip = bench - rng.randrange(max(2, h // 20), max(3, h // 6))
        cv2.line(img, (x, grip), (x, tip), (200, 200, 205), max(1, w // 160), cv2.LINE_AA)
        x += rng.randrange(max(4, w // 14), max(5, w // 8))
    cv2.rectangle(img, (0, bench), (w, h), (60, 80, 100), -1)
    bx = rng.randrange(0, max(1, w // 4))
    rounded_card(
        img, bx, bench - max(4, h // 10), max(8, w // 3), max(4, h // 10), max(1, h // 60), (40, 40, 40)
    )
    return img


RENDERS: tuple[H11.Render, ...] = (
    bowling_lanes,
    pin_deck,
    apiary,
    comb_frame,
    darkroom,
    harbour_dusk,
    fencing_hall,
    weapon_rack,
)
ALLEY: tuple[H11.Render, ...] = (bowling_lanes,)  # a league night's bowlers
APIARY: tuple[H11.Render, ...] = (apiary,)  # the club at the hives, an inspection day
WALK: tuple[H11.Render, ...] = (harbour_dusk, harbour_dusk, darkroom, pin_deck, comb_frame)  # scenery
STUDIO: tuple[H11.Render, ...] = (darkroom,)  # the critique's judge
SALLE: tuple[H11.Render, ...] = (fencing_hall, weapon_rack)  # a fencer


@dataclass
class Cast(H57.Cast):
    """heldout57's cast (heldout56's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h59-, whose drawn things are this set's: bowling lanes, a
    pin deck, an apiary, a frame of comb, a darkroom, a harbour at dusk, a fencing hall, a weapons
    rack."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h59-" + super().kind(layout).removeprefix("h57-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def disc_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour, colour: Colour) -> None:
    """A badge's ground: a disc of ``colour`` in a rim of the page's colour (it takes the pixels it
    covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)


def pin_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """The league leaders' badge: a lane-blue disc with a white pin (``pin``) in it."""
    disc_badge(img, c, r, rim, LANE)
    pin(img, c[0], c[1] + r * 7 // 10, max(2, r * 6 // 10), max(4, r * 14 // 10), RED)


def comb_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A mentor's badge: a honey disc with a white hexagon outline and a smaller filled one in it."""
    disc_badge(img, c, r, rim, HONEY)
    for scale, t in ((0.62, max(1, r // 7)), (0.28, -1)):
        pts = [
            (c[0] + r * scale * math.cos(math.pi / 3 * k), c[1] + r * scale * math.sin(math.pi / 3 * k))
            for k in range(6)
        ]
        hexagon = np.array(pts).astype(np.int32)
        if t < 0:
            cv2.fillPoly(img, [hexagon], WHITE, cv2.LINE_AA)
        else:
            cv2.polylines(img, [hexagon], True, WHITE, t, cv2.LINE_AA)


def lens_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A photo walk leader's badge: a red disc with a white camera (a body, a hump, one lens)."""
    disc_badge(img, c, r, rim, PHOTO)
    w, h = r * 12 // 10, r * 8 // 10
    cv2.rectangle(img, (c[0] - w // 2, c[1] - h // 2 + 1), (c[0] + w // 2, c[1] + h // 2), WHITE, -1)
    cv2.rectangle(
        img, (c[0] - w // 5, c[1] - h // 2 - max(1, r // 5)), (c[0] + w // 5, c[1] - h // 2), WHITE, -1
    )
    cv2.circle(img, (c[0], c[1] + 1), max(1, h // 3), PHOTO, -1, cv2.LINE_AA)


def blade_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A fencer's badge: a steel-blue disc with two white blades crossed (lines with short guards)."""
    disc_badge(img, c, r, rim, FENCE)
    t, k = max(1, r // 8), r * 6 // 10
    for d in (-1, 1):
        cv2.line(img, (c[0] - d * k, c[1] + k), (c[0] + d * k, c[1] - k), WHITE, t, cv2.LINE_AA)
        gx, gy = c[0] - d * k // 2, c[1] + k // 2
        cv2.line(img, (gx - k // 3, gy - k // 3), (gx + k // 3, gy + k // 3), WHITE, t, cv2.LINE_AA)


def honey_jar(img: np.ndarray, x: int, y: int, w: int, h: int, honey: Colour) -> None:
    """A jar of honey at (x, y), w x h: a lid on top, a body of the honey's colour with a white
    label band across it (never a face)."""
    cv2.rectangle(img, (x + w // 8, y), (x + w - w // 8, y + h // 6), (60, 100, 160), -1)
    cv2.rectangle(img, (x, y + h // 6), (x + w - 1, y + h - 1), honey, -1)
    cv2.rectangle(img, (x + 2, y + h * 2 // 5), (x + w - 3, y + h * 3 // 5), (240, 240, 240), -1)


def hive_box(img: np.ndarray, x: int, y: int, w: int, h: int, boxes: int, colour: Colour) -> None:
    """A hive's drawing at (x, y), w x h: a flat roof, ``boxes`` stacked boxes of ``colour`` with
    dark seams, a stand under them and an entrance slot (never a face)."""
    roof = max(3, h // 8)
    cv2.rectangle(img, (x, y), (x + w - 1, y + roof), (100, 100, 105), -1)
    bh = (h - 2 * roof) // max(1, boxes)
    for b in range(boxes):
        top = y + roof + b * bh
        cv2.rectangle(img, (x + 3, top), (x + w - 4, top + bh - 1), colour, -1)
        cv2.line(img, (x + 3, top + bh - 1), (x + w - 4, top + bh - 1), tone(colour, -70), 1)
    foot = y + roof + boxes * bh
    cv2.rectangle(img, (x + w // 3, foot - 4), (x + w * 2 // 3, foot - 1), (30, 30, 30), -1)
    cv2.rectangle(img, (x + 6, foot), (x + w - 7, foot + roof - 1), (60, 70, 90), -1)


def cosmic(level: float) -> Fn:
    """A bowling alley's black light over a photo: green cut by up to ``level`` * 0.35, blue lifted,
    a violet cast added; faces stay counted, purple and light."""
    k = np.array((1.0, 1 - 0.35 * level, 1 - 0.1 * level), np.float32)
    add = np.array((30 * level, 0, 12 * level), np.float32)
    return lambda part: np.clip(part * k + add, 0, 255).astype(np.uint8)


def smoke(level: float) -> Fn:
    """A beekeeper's smoke drifting over a photo: everything blended toward a pale warm grey by
    ``level`` (0.2-0.5); faces stay counted, paler."""
    haze = np.array((200, 205, 210), np.float32)
    return lambda part: np.clip(part * (1 - level) + haze * level, 0, 255).astype(np.uint8)


def sepia(part: np.ndarray) -> np.ndarray:
    """A toned print: the brightness in warm browns; faces stay counted, brown and light."""
    lum = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return (
        np.stack((lum * 0.78, lum * 0.9, np.minimum(255, lum * 1.02 + 8)), axis=2)
        .clip(0, 255)
        .astype(np.uint8)
    )


def pushed(
    cast: Cast, rng: random.Random, name: str, kind: str, themes: tuple[str, ...], text: str
) -> tuple[Screen, int]:
    """A new screen in one of ``themes``, marked as ``kind`` for ``cast`` (heldout23's
    ``new_screen``), with a pushed page's bar titled ``text`` (heldout28's ``back_bar``): the screen
    and the y under the bar."""
    s = new_screen(rng, name, cast.kind(kind), themes)
    H28.back_bar(s, text, 0.95)
    return s, STATUS_H + 100


def hero_band(s: Screen, y: int, hh: int, big: str, small_text: str) -> None:
    """The dark band over a hero photo's foot (heldout5's ``scrim``) with ``big`` as its title and
    ``small_text`` under it."""
    H5.scrim(s, (0, y + hh - 100, WIDTH, y + hh), 0.55)
    title(s.img, big, (30, y + hh - 44), 1.0, WHITE)
    note(s.img, small_text, (30, y + hh - 12), 0.5, WHITE)


def pill_carousel(
    cast: Cast, rng: random.Random, s: Screen, y: int, heading_text: str, colour: Colour,
    mark: Callable[[np.ndarray, tuple[int, int], int, Colour], None], lines: tuple[tuple[str, ...], ...],
) -> int:  # fmt: skip
    """A row of people in pills under ``heading_text``: pills of ``colour`` about 280 px apart, each
    with a round 34-46 px face at its left (drawn after the pill) and a line from each of ``lines``
    beside it, the last across the screen's right edge (heldout45's ``carousel``), ``mark``'s badge
    over the lower right of some (it takes the pixels it covers). Returns its height with the gap
    under it."""
    top = section(s, y, heading_text, False)
    fp, side = _size(rng, 34, small(rng, 34.5, 46), (1.1, 1.2))
    for x in carousel(rng, 280, side):
        pill(s.img, x - 8, top + 2, 260, side + 16, colour)
        cast.avatar(s, x, top + 10, fp, side, "circle")
        if rng.random() < 0.35:
            mark(s.img, (x + side - 2, top + side + 4), 11, colour)
        for k, words in enumerate(lines):
            note(
                s.img,
                rng.choice(words)[:11],
                (x + side + 12, top + 10 + side // 2 + 24 * k),
                0.5 - 0.1 * k,
                INK,
                2 - k,
            )
    return top - y + side + 40


# ----------------------------------------------------------------------------------------------
# Parts: a bowling league's night and a lane's scoresheet.
# ----------------------------------------------------------------------------------------------


def alley_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The league's bowlers on the lanes across the screen, 440 px (heldout57's ``staged_across`` in
    the alley: three to six a depth, the front faces 26-52 px, those behind 0.5-0.65 of them), under
    the black light on 35 % (``cosmic``) or grey on 15 % (heldout10's ``greyed``); the week on a
    tag over its top right (it takes the pixels it covers), the league over a dark band at its foot.
    Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    look = cosmic(rng.uniform(0.4, 0.9)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    H57.staged_across(cast, rng, s, y, 440, ALLEY, (3, 6), rng.uniform(26, 52), (0.5, 0.65), look)
    tag(s.img, WIDTH - 200, y + 20, f"Week {rng.randrange(1, 30)}", LANE, 36)
    hero_band(s, y, 440, rng.choice(LEAGUES).upper(), f"{rng.choice(ALLEYS)} - lanes {rng.randrange(1, 20)}+")
    return 460


def standings_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int) -> int:
    """A team's line in the standings: the place, the team's three bowlers side by side in rounded
    squares of 20-26 px (one size a team, 6 px apart; a substitute's initials on some), on the
    leaders' line the pin badge over the first bowler's lower right (``pin_badge``: it takes the
    pixels it covers), the team's name, its points as a bar and the pins' total. Returns its height
    (92 px)."""
    img = s.img
    note(img, str(k + 1), (30, y + 50), 0.7, s.fg if k else GOLD, 2)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    for b in range(3):
        x = 80 + b * (side + 6)
        if rng.random() < 0.08:
            H3.initials(img, rng, x, y + 24, side, "rounded", None)
        else:
            cast.avatar(s, x, y + 24, fp, side, "rounded")
    if k == 0:
        pin_badge(img, (80 + side - 2, y + 22 + side), 10, s.bg)
    x = 80 + 3 * (side + 6) + 16
    note(img, rng.choice(TEAMS), (x, y + 40), 0.56, s.fg, 2)
    points = rng.randrange(10, 90)
    cv2.rectangle(img, (x, y + 56), (x + 300, y + 66), off(s.bg, 24), -1)
    cv2.rectangle(img, (x, y + 56), (x + points * 3, y + 66), LANE, -1)
    note(img, f"{points} pts", (WIDTH - 300, y + 46), 0.5, s.fg, 2)
    note(img, f"{rng.randrange(5000, 9000):,}", (WIDTH - 150, y + 46), 0.46, GREY)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def on_lanes(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is bowling tonight: ``pill_carousel`` in the alley's blue (34-46 px faces, the pin
    badge on some), the first name and the average. Returns its height with the gap under it."""
    averages = tuple(f"avg {a}" for a in range(120, 230, 7))
    return pill_carousel(cast, rng, s, y, "Bowling tonight", LANE, pin_badge, (WHITE_NAMES, averages))


def match_header(s: Screen, rng: random.Random, y: int) -> int:
    """The match on the lane (no faces): the two teams' names and totals with "vs" between, the
    games as three chips, the one on now in the accent. Returns its height (130 px)."""
    img = s.img
    a, b = rng.sample(TEAMS, 2)
    rounded_card(img, 20, y, WIDTH - 40, 110, 18, off(s.bg, 10))
    note(img, a, (44, y + 44), 0.6, s.fg, 2)
    note(img, b, (WIDTH - 340, y + 44), 0.6, s.fg, 2)
    note(img, "vs", (WIDTH // 2 - 14, y + 44), 0.6, GREY, 2)
    note(img, str(rng.randrange(300, 800)), (44, y + 90), 0.8, LANE, 2)
    note(img, str(rng.randrange(300, 800)), (WIDTH - 340, y + 90), 0.8, LANE, 2)
    now = rng.randrange(3)
    for k in range(3):
        colour = s.accent if k == now else off(s.bg, 30)
        pill(img, WIDTH // 2 - 150 + k * 104, y + 62, 90, 34, colour)
        note(img, f"G{k + 1}", (WIDTH // 2 - 124 + k * 104, y + 86), 0.46, WHITE, 2)
    return 130


def frame_marks(rng: random.Random) -> list[str]:
    """Ten frames' marks for a bowler's line: "X" a strike, "n/" a spare, two digits an open frame,
    the frames not bowled yet empty."""
    bowled = rng.randrange(3, 11)
    marks = []
    for _ in range(bowled):
        roll = rng.random()
        first = rng.randrange(0, 10)
        marks.append(
            "X" if roll < 0.3 else f"{first}/" if roll < 0.6 else f"{first}{rng.randrange(0, 10 - first)}"
        )
    return marks + [""] * (10 - bowled)


def frame_row(cast: Cast, rng: random.Random, s: Screen, y: int, bowling: bool) -> int:
    """A bowler's line on the scoresheet: a 22-30 px face in a rounded square (initials on some), the
    first name, ten frames' cells 56 px wide with their marks (``frame_marks``), the total; the one
    bowling on a stripe of the accent's tint with an arrow. Returns its height (90 px)."""
    img = s.img
    if bowling:
        cv2.rectangle(
            img,
            (20, y + 2),
            (WIDTH - 20, y + 86),
            tone(s.accent, 90) if sum(s.bg) > 384 else off(s.bg, 24),
            -1,
        )
        cv2.arrowedLine(img, (WIDTH - 26, y + 44), (WIDTH - 12, y + 44), s.accent, 3, tipLength=0.5)
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "rounded", 0.1)
    note(img, rng.choice(WHITE_NAMES), (40 + side, y + 52), 0.52, s.fg, 2)
    for k, mark in enumerate(frame_marks(rng)):
        x = 330 + k * 56
        cv2.rectangle(img, (x, y + 16), (x + 54, y + 74), off(s.bg, 40), 1)
        cv2.rectangle(img, (x + 30, y + 16), (x + 54, y + 38), off(s.bg, 40), 1)
        if mark:
            note(img, mark, (x + 4, y + 34), 0.4, RED if mark == "X" else s.fg, 1)
            note(img, str(rng.randrange(5, 300)), (x + 6, y + 66), 0.4, s.fg)
    note(img, str(rng.randrange(40, 300)), (WIDTH - 120, y + 54), 0.7, s.fg, 2)
    return 90


# ----------------------------------------------------------------------------------------------
# Parts: a beekeepers' club, its hive inspections and its honey show.
# ----------------------------------------------------------------------------------------------


def apiary_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club at the apiary across the screen, 420 px (heldout57's ``staged_across`` among the
    hives: two to five a depth, the front faces 26-48 px, those behind 0.55-0.7 of them), in a
    beekeeper's smoke on 35 % (``smoke``); the season on a tag over its top left and a comb badge
    over its top right (they take the pixels they cover), the apiary over a dark band at its foot.
    Returns its height with the gap under it (440 px)."""
    drift = smoke(rng.uniform(0.2, 0.5)) if rng.random() < 0.35 else None
    H57.staged_across(cast, rng, s, y, 420, APIARY, (2, 5), rng.uniform(26, 48), (0.55, 0.7), drift)
    tag(s.img, 24, y + 20, rng.choice(("Swarm season", "Open day", "Queen rearing", "Extraction")), HONEY, 36)
    comb_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    hero_band(s, y, 420, rng.choice(APIARIES).upper(), f"Club apiary - {rng.randrange(8, 40)} colonies")
    return 440


def mentors(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club's mentors: ``pill_carousel`` in honey (34-46 px faces, comb badges on some), the
    first name and years kept. Returns its height with the gap under it."""
    years = tuple(f"{n} years" for n in range(3, 40))
    return pill_carousel(cast, rng, s, y, "Mentors", HONEY, comb_badge, (WHITE_NAMES, years))


def beekeeper_feature(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The beekeeper of the month on a card: at the left the title, the name, the apiary and two
    lines about them, a jar (``honey_jar``); at the right a studio portrait 200 x 240 (heldout11's
    ``portrait``: the face 60-110 px, skewed small) in a honey frame. Returns its height with the
    gap under it (290 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 270, 20, card)
    note(img, "Beekeeper of the month", (44, y + 50), 0.5, GREY, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (44, y + 94), 0.7, s.fg, 2)
    note(img, f"{rng.choice(APIARIES)} - {rng.choice(STRAINS)}", (44, y + 132), 0.5, HONEY, 2)
    H52.text_bars(img, rng, 44, y + 160, 560, 2, off(s.bg, 60))
    honey_jar(img, 44, y + 200, 40, 56, HONEY)
    x = WIDTH - 264
    cv2.rectangle(img, (x - 6, y + 9), (x + 205, y + 255), HONEY, -1)
    piece, faces = H11.portrait(cast, 200, 240, small(rng, 60, 110))
    H11.paste_photo(cast, s, piece, faces, x, y + 12)
    return 290


def swarm_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A swarm collector on the club's list: a 20-26 px face in a rounded square (initials on
    some), the name and the area, the distance, "On call" on a green tag or on 15 % "Away" on a grey
    one with the face faded toward the page (heldout27's ``faded``: counted as it looks), a call
    button. Returns its height (80 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (20, 26), "rounded", 0.12)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 36), 0.54, s.fg, 2)
    note(img, f"{rng.choice(APIARIES)} - {rng.randrange(1, 25)} km", (x, y + 64), 0.42, GREY)
    if rng.random() < 0.85:
        tag(img, WIDTH - 330, y + 20, "On call", GREEN, 32)
    else:
        tag(img, WIDTH - 330, y + 20, "Away", (110, 110, 110), 32)
        H10.redrawn(s, (28, y + 14, 32 + side, y + 18 + side), H27.faded(s.bg, 0.5))
    outlined(img, WIDTH - 170, y + 16, 120, 44, HONEY, s.bg)
    note(img, "Call", (WIDTH - 136, y + 46), 0.5, HONEY, 2)
    cv2.line(img, (30, y + 78), (WIDTH - 30, y + 78), off(s.bg, 14), 1)
    return 80


def inspection_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The inspection day's photo on a card: heldout38's ``staged`` at the apiary (two depths of three
    to six, the front faces 24-40 px, those behind 0.65-0.8 of them), in smoke on 30 % (``smoke``),
    pasted rounded or on 35 % as a print turned 2-5 degrees (heldout57's ``printed``); the date and
    the apiary on the card under it. Returns its height with the gap under it."""
    fp, pw, ph = rng.uniform(24, 40), WIDTH - 100, rng.randrange(280, 360)
    piece, faces = H38.staged(cast, rng, APIARY, 2, (3, 6), pw, ph, fp * rng.uniform(0.65, 0.8), fp)
    if rng.random() < 0.3:
        piece = smoke(rng.uniform(0.2, 0.45))(piece)
    where = rounded_rect(ph, pw, 16)
    if rng.random() < 0.35:
        piece, faces, where = H57.printed(piece, faces, 12, rng.choice((-1, 1)) * rng.uniform(2, 5))
    hh = piece.shape[0]
    rounded_card(s.img, 20, y, WIDTH - 40, hh + 80, 20, off(s.bg, 10))
    H11.paste_photo(cast, s, piece, faces, (WIDTH - piece.shape[1]) // 2, y + 10, where)
    note(
        s.img,
        f"Inspection day - {rng.randrange(1, 29)} {rng.choice(MONTHS)}",
        (44, y + hh + 54),
        0.55,
        s.fg,
        2,
    )
    note(s.img, rng.choice(APIARIES), (WIDTH - 260, y + hh + 54), 0.5, GREY)
    return hh + 100


def hive_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A hive in the log: its drawing (``hive_box``), its name and strain; the inspector's 22-28 px
    face in a squircle (initials on some) and first name; the brood frames as ten cells, the filled
    ones in honey; the queen seen on a tick's badge or "Queen?" on a tag; the helpers as a stack of
    none to three 18-22 px faces (heldout22's ``stack``). Returns its height (130 px)."""
    img = s.img
    colour = rng.choice(((200, 220, 230), (180, 200, 150), (150, 200, 230), (220, 200, 200)))
    hive_box(img, 30, y + 14, 70, 100, rng.randrange(2, 5), colour)
    note(img, f"Hive {rng.randrange(1, 30)}", (120, y + 40), 0.58, s.fg, 2)
    note(img, rng.choice(STRAINS), (120, y + 68), 0.42, GREY)
    side = face_or_initials(cast, rng, s, (330, y + 20), (22, 28), "squircle", 0.12)
    note(img, rng.choice(WHITE_NAMES), (344 + side, y + 44), 0.46, s.fg)
    brood = rng.randrange(1, 11)
    for k in range(10):
        x = 120 + k * 26
        cv2.rectangle(img, (x, y + 86), (x + 20, y + 110), HONEY if k < brood else off(s.bg, 30), -1)
    if rng.random() < 0.6:
        badge(img, (560, y + 94), 14, GREEN, "check")
        note(img, "Queen seen", (582, y + 100), 0.4, GREY)
    else:
        tag(img, 548, y + 78, "Queen?", RED, 30)
    helpers = rng.choice((0, 1, 1, 2, 3))
    if helpers:
        note(img, "Helped", (WIDTH - 260, y + 40), 0.4, GREY)
        H22.stack(cast, s, rng, WIDTH - 260, y + 56, helpers, 18.3, 22, s.bg)
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


PODIUM = ((1, 400, 130), (0, 90, 170), (2, 710, 200))  # place, x, the step's top below the faces


def podium(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The show's podium: three steps (first in the middle and highest, second at the left, third at
    the right) with their numbers, the winners' round 40-56 px faces over them in gold, silver and
    bronze rings (heldout33's ``ring_avatar``, drawn first), their names under the steps' tops.
    Returns its height with the gap under it (320 px)."""
    img = s.img
    for place, x, step in PODIUM:
        ring = (GOLD, SILVER, BRONZE)[place]
        rounded_card(img, x + 10, y + step + 60, 260, 240 - step, 10, off(s.bg, 20))
        note(img, str(place + 1), (x + 126, y + step + 110), 1.0, ring, 3)
        fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
        ring_avatar(cast, s, x + 140 - side // 2, y + step - side, fp, side, ring)
        note(img, f"{who(rng)[:8]} {rng.choice(SURNAMES)[0]}.", (x + 70, y + step + 40), 0.48, s.fg, 2)
    return 320


def best_in_show(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Best in show on a card: a studio portrait 220 x 250 at the left (heldout11's ``portrait``: the
    face 60-110 px, skewed small) pasted rounded, a rosette's disc with ribbons over its lower right
    (it takes the pixels it covers), the title, the name, the class, the jar (``honey_jar``).
    Returns its height with the gap under it (300 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, card)
    piece, faces = H11.portrait(cast, 220, 250, small(rng, 60, 110))
    H11.paste_photo(cast, s, piece, faces, 34, y + 14, rounded_rect(250, 220, 14))
    for d in (-1, 1):
        tail = np.array([(236 + d * 4, y + 250), (236 + d * 18, y + 290), (236 + d * 6, y + 284)], np.int32)
        cv2.fillPoly(img, [tail], RED)
    cv2.circle(img, (236, y + 246), 20, RED, -1, cv2.LINE_AA)
    cv2.circle(img, (236, y + 246), 10, GOLD, -1, cv2.LINE_AA)
    note(img, "Best in show", (290, y + 54), 0.5, GREY, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (290, y + 96), 0.7, s.fg, 2)
    note(img, rng.choice(SHOW_CLASSES), (290, y + 134), 0.5, HONEY, 2)
    honey_jar(img, 290, y + 170, 52, 80, HONEY)
    H52.text_bars(img, rng, 370, y + 180, WIDTH - 430, 2, off(s.bg, 60))
    return 300


def class_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A class of the show: its jar (``honey_jar``) in a honey of its own, its name and entries;
    "1st" and the winner's round 20-26 px face (initials on some) and name; the runners-up as a
    stack of one to three 18-22 px faces (heldout22's ``stack``). Returns its height (104 px)."""
    img = s.img
    honey_jar(
        img, 30, y + 18, 44, 66, rng.choice(((40, 170, 230), (30, 120, 200), (90, 200, 240), (30, 80, 150)))
    )
    note(img, rng.choice(SHOW_CLASSES), (96, y + 44), 0.56, s.fg, 2)
    note(img, f"{rng.randrange(4, 40)} entries", (96, y + 74), 0.42, GREY)
    note(img, "1st", (420, y + 58), 0.5, GOLD, 2)
    side = face_or_initials(cast, rng, s, (470, y + 28), (20, 26), "circle", 0.12)
    note(img, rng.choice(WHITE_NAMES), (482 + side, y + 56), 0.46, s.fg)
    H22.stack(cast, s, rng, WIDTH - 260, y + 36, rng.randrange(1, 4), 18.3, 22, s.bg)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


# ----------------------------------------------------------------------------------------------
# Parts: a camera club's photo walk, its critique on video and a contact sheet.
# ----------------------------------------------------------------------------------------------


def walk_card(s: Screen, rng: random.Random, y: int) -> int:
    """The walk's route on a card (no faces): a street map (blocks of a pale colour between roads),
    the route as a thick polyline of the club's red through numbered square stops, the theme, the
    date and the meeting point beside it. Returns its height with the gap under it (300 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, card)
    mx, my, mw, mh = 36, y + 16, 520, 248
    cv2.rectangle(img, (mx, my), (mx + mw, my + mh), (225, 230, 232), -1)
    for k in range(1, 6):
        cv2.line(img, (mx + k * mw // 6, my), (mx + k * mw // 6 + 20, my + mh), WHITE, 8)
    for k in range(1, 4):
        cv2.line(img, (mx, my + k * mh // 4), (mx + mw, my + k * mh // 4 - 16), WHITE, 8)
    cv2.rectangle(img, (mx, my + mh - 50), (mx + mw, my + mh), (220, 190, 150), -1)
    stops = [(mx + 30 + k * (mw - 60) // 4, my + 30 + rng.randrange(0, mh - 110)) for k in range(5)]
    cv2.polylines(img, [np.array(stops, np.int32)], False, PHOTO, 5, cv2.LINE_AA)
    for k, (sx, sy) in enumerate(stops):
        cv2.rectangle(img, (sx - 12, sy - 12), (sx + 12, sy + 12), PHOTO, -1)
        note(img, str(k + 1), (sx - 6, sy + 7), 0.45, WHITE, 2)
    x = mx + mw + 30
    note(img, rng.choice(THEMES), (x, y + 54), 0.7, s.fg, 2)
    note(
        img,
        f"Sun {rng.randrange(1, 29)} {rng.choice(MONTHS)} - {rng.randrange(6, 19)}:00",
        (x, y + 96),
        0.5,
        GREY,
    )
    note(img, "Meet at the harbour steps", (x, y + 130), 0.44, GREY)
    tag(img, x, y + 160, f"{rng.randrange(3, 9)} km", PHOTO, 34)
    return 300


def leader_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The walk's leader on a band of the page: a round 40-56 px face in a ring of the club's red
    (heldout33's ``ring_avatar``, drawn first) with a lens badge over its lower right
    (``lens_badge``: it takes the pixels it covers), "Led by", the name and the camera, a "Join"
    pill. Returns its height (140 px)."""
    img = s.img
    cv2.rectangle(img, (0, y + 6), (WIDTH, y + 130), off(s.bg, 8), -1)
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    top = y + 6 + (124 - side) // 2
    ring_avatar(cast, s, 40, top, fp, side, PHOTO)
    lens_badge(img, (40 + side - 2, top + side - 2), 12, off(s.bg, 8))
    x = 84 + side
    note(img, "Led by", (x, y + 50), 0.44, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 84), 0.62, s.fg, 2)
    note(
        img,
        rng.choice(("35 mm film", "Rangefinder", "Mirrorless", "Medium format")),
        (x, y + 112),
        0.42,
        GREY,
    )
    pill(img, WIDTH - 220, y + 42, 170, 56, PHOTO)
    note(img, "Join", (WIDTH - 166, y + 78), 0.6, WHITE, 2)
    return 140


def walkers_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is going: "Going" over a stack of five to nine 20-26 px faces (heldout22's ``stack``) with
    "+N" on some, the cameras allowed as chips at the right. Returns its height (110 px)."""
    img = s.img
    note(img, f"Going ({rng.randrange(8, 40)})", (30, y + 28), 0.5, GREY, 2)
    H22.stack(
        cast, s, rng, 30, y + 44, rng.randrange(5, 10), 20, 26, s.bg, rng.choice((0, rng.randrange(3, 30)))
    )
    chips(img, rng, WIDTH - 400, y + 40, 2, 40, (120, 160), off(s.bg, 16), s.fg)
    return 110


def shots_pair(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the last walk's shots: two photos 510 px wide and 280-360 high, each scenery
    (``WALK``: never a face) or on 35 % people met on the walk (heldout11's ``snapshot``: a group or
    a gathering, faces 18-48 px, or a thing), in black and white on the monochrome round's 30 %
    (heldout10's ``greyed``); under each its maker's round 20-26 px face (initials on some), the
    name and the likes. Returns its height (the photos' and 80 px)."""
    img, ph = s.img, rng.randrange(280, 360)
    mono = rng.random() < 0.3
    for k in range(2):
        x = 20 + k * 530
        if rng.random() < 0.35:
            piece, faces = H11.snapshot(cast, 510, ph, 18.3, 48, 0.9)
        else:
            piece, faces = H11.render(rng, 510, ph, WALK), []
        if mono:
            piece = H10.greyed(piece)
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, 510, 12))
        side = face_or_initials(cast, rng, s, (x, y + ph + 14), (20, 26), "circle", 0.12)
        note(img, rng.choice(WHITE_NAMES), (x + side + 10, y + ph + 40), 0.46, s.fg, 2)
        note(img, f"{rng.randrange(2, 90)} likes", (x + 400, y + ph + 40), 0.42, GREY)
    return ph + 80


def critique_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The critique call's bar (no faces): the club's name, the competition's theme and round, "LIVE"
    and the time. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    note(img, rng.choice(CAMERA_CLUBS), (30, y + 44), 0.7, s.fg, 2)
    note(img, f"Critique night - {rng.choice(THEMES)}, round {rng.randrange(1, 5)}", (30, y + 82), 0.5, GREY)
    tag(img, WIDTH - 290, y + 30, "LIVE", RED, 36)
    note(img, f"{rng.randrange(0, 2)}:{rng.randrange(60):02d}", (WIDTH - 150, y + 58), 0.55, s.fg, 2)
    return 110


def judge_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The photo under critique beside the judge's camera: at the left the entry, 500 px wide
    (scenery, ``WALK``: never a face) with its number and title on a label; at the right the
    judge's camera, 520 px wide and 460-540 high (heldout53's ``posed`` in the darkroom: the face
    100-230 px), the name's label over its lower left (heldout22's ``name_label``: it takes the
    pixels it covers) in a frame of the club's red. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(460, 540)
    entry = H11.render(rng, 500, h, WALK)
    img[y : y + h, 20:520] = np.where(rounded_rect(h, 500, 14)[:, :, None] > 0, entry, img[y : y + h, 20:520])
    tag(img, 34, y + h - 54, f"#{rng.randrange(1, 60)} {rng.choice(THEMES)}", (40, 40, 40), 36)
    piece, faces = H53.posed(cast, rng, 520, h, rng.uniform(100, 230), STUDIO)
    H11.paste_photo(cast, s, piece, faces, 540, y, rounded_rect(h, 520, 16))
    H22.name_label(img, f"{who(rng)} - Judge", 556, y + h - 14, 40)
    cv2.rectangle(img, (540, y), (1059, y + h - 1), PHOTO, 4)
    return h + 16


def critique_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The members' cameras from ``y`` in four columns and two rows or three and three, 4:3 and 10 px
    apart (heldout57's ``call_grid``), each heldout55's ``audience_tile`` (the member at home: the
    face 0.12-0.34 of the tile's height, skewed small; the camera off on a fifth; grey on a tenth;
    labels, muted microphones, raised hands on some) with the score they gave on a tag over its
    upper right (it takes the pixels it covers) on half. Returns its height with the gap under
    it."""
    cols, rows = rng.choice(((4, 2), (3, 3)))
    cells = H57.call_grid(cols, rows, y)
    for x, top, tw, th in cells:
        H55.audience_tile(cast, rng, s, x, top, tw, th)
        if rng.random() < 0.5:
            tag(s.img, x + tw - 90, top + 8, f"{rng.randrange(10, 21)}/20", PHOTO, 30)
    x, top, tw, th = cells[-1]
    return top + th + 20 - y


def critique_comment(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment in the call's chat: the member's round 20-26 px face (initials on some), the first
    name, the comment as a text bar, the score they gave on a tag. Returns its height (88 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (20, 26), "circle", 0.15)
    x = 50 + side
    note(img, rng.choice(WHITE_NAMES), (x, y + 38), 0.5, s.fg, 2)
    H52.text_bars(img, rng, x, y + 52, WIDTH - x - 200, 1, off(s.bg, 60))
    tag(img, WIDTH - 150, y + 22, f"{rng.randrange(10, 21)}/20", off(s.bg, 60), 30)
    return 88


FRAME_W, FRAME_H = 240, 170  # a contact sheet's frame
STRIP_H = 230  # a strip: its frames, the sprocket bands and a gap


def film_strip(cast: Cast, rng: random.Random, s: Screen, y: int, tone_fn: Fn | None) -> int:
    """A strip of film on a contact sheet: a black band with sprocket holes (small pale rectangles)
    along its top and foot and the frames' numbers in orange, four frames 240 x 170 px, each a
    studio portrait on half (heldout11's ``portrait``: the face 22-44 px, skewed small), a group or
    a gathering on 30 % (heldout11's ``snapshot``: faces 18-36 px, or a thing) or scenery
    (``WALK``), through ``tone_fn`` when the sheet has one (black and white or sepia: counted as
    they look); a frame boxed in red grease pencil round it on some, or struck through with a red
    cross (it takes the pixels it covers). Returns its height (230 px)."""
    img = s.img
    cv2.rectangle(img, (20, y), (WIDTH - 20, y + 220), (28, 24, 22), -1)
    for x in range(30, WIDTH - 36, 28):
        cv2.rectangle(img, (x, y + 6), (x + 12, y + 16), (190, 190, 185), -1)
        cv2.rectangle(img, (x, y + 204), (x + 12, y + 214), (190, 190, 185), -1)
    first = rng.randrange(1, 30)
    for k in range(4):
        x = 30 + k * (FRAME_W + 18)
        roll = rng.random()
        if roll < 0.5:
            piece, faces = H11.portrait(cast, FRAME_W, FRAME_H, small(rng, 22, 44))
        elif roll < 0.8:
            piece, faces = H11.snapshot(cast, FRAME_W, FRAME_H, 18.3, 36, 0.9)
        else:
            piece, faces = H11.render(rng, FRAME_W, FRAME_H, WALK), []
        if tone_fn is not None:
            piece = tone_fn(piece)
        H11.paste_photo(cast, s, piece, faces, x, y + 25)
        mark = rng.random()
        if mark < 0.15:
            cv2.rectangle(img, (x - 5, y + 20), (x + FRAME_W + 4, y + FRAME_H + 29), (40, 40, 220), 3)
        elif mark < 0.23:
            cv2.line(
                img, (x + 10, y + 35), (x + FRAME_W - 10, y + FRAME_H + 15), (40, 40, 220), 3, cv2.LINE_AA
            )
            cv2.line(
                img, (x + FRAME_W - 10, y + 35), (x + 10, y + FRAME_H + 15), (40, 40, 220), 3, cv2.LINE_AA
            )
        note(img, str(first + k), (x + FRAME_W - 30, y + 201), 0.36, (60, 150, 240))
    return STRIP_H


def sheet_header(s: Screen, rng: random.Random, y: int) -> int:
    """The contact sheet's head (no faces): the roll's number and film, the date, a loupe's chip and
    the keepers' count. Returns its height (80 px)."""
    img = s.img
    film = rng.choice(("HP5 400", "Tri-X 400", "Portra 160", "FP4 125", "Ektar 100"))
    note(img, f"Roll {rng.randrange(1, 90)} - {film}", (30, y + 40), 0.66, s.fg, 2)
    note(img, f"{rng.randrange(1, 29)} {rng.choice(MONTHS)}", (30, y + 70), 0.44, GREY)
    tag(img, WIDTH - 330, y + 20, f"{rng.randrange(1, 9)} keepers", PHOTO, 34)
    outlined(img, WIDTH - 160, y + 16, 120, 44, s.accent, s.bg)
    note(img, "Loupe", (WIDTH - 136, y + 46), 0.5, s.accent, 2)
    return 80


# ----------------------------------------------------------------------------------------------
# Parts: a fencing pool and a fencer's licence.
# ----------------------------------------------------------------------------------------------


def referee_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The pool's referee on a card: a 32-40 px face in a square (heldout2's looks), "Referee", the
    name and the level, the piste and the start on tags. Returns its height with the gap under it
    (130 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 110, 18, off(s.bg, 10))
    fp, side = _size(rng, 32, small(rng, 32.5, 40), (1.1, 1.2))
    cast.avatar(s, 40, y + (110 - side) // 2, fp, side, "square")
    x = 60 + side
    note(img, "Referee", (x, y + 44), 0.44, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 80), 0.58, s.fg, 2)
    tag(img, WIDTH - 380, y + 36, f"Piste {rng.randrange(1, 12)}", FENCE, 36)
    tag(img, WIDTH - 200, y + 36, f"{rng.randrange(8, 18)}:{rng.choice(('00', '30'))}", (90, 90, 90), 36)
    return 130


POOL_X = 380  # the pool sheet's first column
POOL_ROW = 64  # a fencer's line on it


def pool_sheet(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A pool's square sheet: five to seven fencers, each a line 64 px high (stripes every other)
    with a round 22-28 px face at its left (one size for the side; initials on some), the name and
    the club, the number; across the top the same number of columns, each under an 18-22 px face
    in a square (one size for the top); the cells "V5" or "D0"-"D4", the diagonal dark, the wins at
    the right. Returns its height with the gap under it (60 + n * 64 + 24)."""
    img = s.img
    n = rng.randrange(5, 8)
    cell = (WIDTH - 30 - POOL_X - 100) // n
    tp, tside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for j in range(n):
        cx = POOL_X + j * cell + cell // 2
        if rng.random() < 0.08:
            H3.initials(img, rng, cx - tside // 2, y + 14, tside, "square", None)
        else:
            cast.avatar(s, cx - tside // 2, y + 14, tp, tside, "square")
    note(img, "V", (WIDTH - 110, y + 44), 0.5, GREY, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    for i in range(n):
        ry = y + 60 + i * POOL_ROW
        if i % 2:
            cv2.rectangle(img, (20, ry), (WIDTH - 20, ry + POOL_ROW - 2), off(s.bg, 8), -1)
        if rng.random() < 0.08:
            H3.initials(img, rng, 30, ry + (POOL_ROW - side) // 2, side, "circle", None)
        else:
            cast.avatar(s, 30, ry + (POOL_ROW - side) // 2, fp, side, "circle")
        note(img, f"{who(rng)[:8]} {rng.choice(SURNAMES)[0]}.", (44 + side, ry + 30), 0.46, s.fg, 2)
        note(img, rng.choice(SALLES)[:14], (44 + side, ry + 54), 0.36, GREY)
        note(img, str(i + 1), (POOL_X - 30, ry + 40), 0.5, GREY, 2)
        wins = 0
        for j in range(n):
            x = POOL_X + j * cell
            if i == j:
                cv2.rectangle(img, (x, ry + 4), (x + cell - 4, ry + POOL_ROW - 6), (40, 40, 40), -1)
                continue
            cv2.rectangle(img, (x, ry + 4), (x + cell - 4, ry + POOL_ROW - 6), off(s.bg, 40), 1)
            won = rng.random() < 0.5
            wins += won
            note(
                img,
                "V5" if won else f"D{rng.randrange(5)}",
                (x + 8, ry + 40),
                0.46,
                GREEN if won else s.fg,
                2 if won else 1,
            )
        note(img, str(wins), (WIDTH - 104, ry + 40), 0.56, s.fg, 2)
    return 60 + n * POOL_ROW + 24


def piste_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A bout on a piste: the piste's number; the left fencer's round 22-28 px face (initials on
    some) and name; the scoring box between (a dark block with a red bar at its left and a green one
    at its right, lit or dim, the score in digits); the right fencer's face and name. Returns its
    height (104 px)."""
    img = s.img
    note(img, f"P{rng.randrange(1, 12)}", (30, y + 56), 0.6, GREY, 2)
    for x in (120, WIDTH - 160):
        side = face_or_initials(cast, rng, s, (x, y + 16), (22, 28), "circle", 0.1)
        note(img, rng.choice(WHITE_NAMES), (x - 10, y + 58 + side), 0.44, s.fg)
    bx = WIDTH // 2 - 160
    cv2.rectangle(img, (bx, y + 20), (bx + 320, y + 84), (35, 35, 35), -1)
    lit = rng.randrange(3)
    cv2.rectangle(img, (bx + 10, y + 30), (bx + 70, y + 44), (40, 40, 230) if lit == 1 else (40, 40, 90), -1)
    cv2.rectangle(
        img, (bx + 250, y + 30), (bx + 310, y + 44), (60, 220, 60) if lit == 2 else (40, 90, 40), -1
    )
    note(img, f"{rng.randrange(0, 6)} - {rng.randrange(0, 6)}", (bx + 112, y + 74), 0.9, (60, 200, 250), 2)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def licence_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The fencer's licence card (WIDTH - 60) wide: the salle's steel-blue band with its name; at the
    left the blade badge (``blade_badge``), the name, the weapon, the ranking in large digits, the
    licence number and a QR code (heldout57's ``qr_code``); at the right the fencer's photo 420 px
    wide and 480-560 high (heldout53's ``posed`` in the hall or by the rack: the face 110-240 px, on
    a quarter cut by a side of the photo). Returns its height with the gap under it."""
    img, x, w, pw = s.img, 30, WIDTH - 60, 420
    ph = rng.randrange(480, 560)
    light = sum(s.bg) > 384
    rounded_card(img, x, y, w, 100 + ph + 30, 28, WHITE if light else off(s.bg, 20))
    rounded_card(img, x, y, w, 110, 28, FENCE)
    note(img, rng.choice(SALLES).upper(), (x + 30, y + 62), 0.85, WHITE, 2)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), SALLE, edge)
    px = x + w - pw - 20
    H11.paste_photo(cast, s, piece, faces, px, y + 100, rounded_rect(ph, pw, 16))
    ink = INK if light else WHITE
    blade_badge(img, (x + 60, y + 160), 26, WHITE if light else off(s.bg, 20))
    note(img, who(rng), (x + 110, y + 160), 0.8, ink, 2)
    note(img, rng.choice(SURNAMES), (x + 110, y + 196), 0.6, ink)
    note(img, rng.choice(WEAPONS), (x + 30, y + 250), 0.6, FENCE, 2)
    note(img, f"#{rng.randrange(1, 400)}", (x + 30, y + 330), 1.6, ink, 3)
    note(img, f"Licence {rng.randrange(100000, 999999)}", (x + 30, y + 380), 0.5, GREY)
    H57.qr_code(img, rng, x + 30, y + 100 + ph - 220, 200)
    return 100 + ph + 50


def points_chart(s: Screen, rng: random.Random, y: int) -> int:
    """The season's ranking points (no faces): a card with the axes, grid lines, the points as a
    polyline with small square markers, the months under it. Returns its height with the gap under
    it (240 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 220, 18, off(s.bg, 10))
    note(img, "Ranking points", (44, y + 40), 0.56, s.fg, 2)
    x0, y0, cw, ch = 80, y + 190, WIDTH - 160, 120
    for k in range(4):
        cv2.line(img, (x0, y0 - k * ch // 3), (x0 + cw, y0 - k * ch // 3), off(s.bg, 30), 1)
    pts = []
    level = rng.uniform(0.2, 0.6)
    for k in range(8):
        level = min(1.0, max(0.0, level + rng.uniform(-0.15, 0.2)))
        pts.append((x0 + k * cw // 7, y0 - round(level * ch)))
    cv2.polylines(img, [np.array(pts, np.int32)], False, FENCE, 3, cv2.LINE_AA)
    for px, py in pts:
        cv2.rectangle(img, (px - 4, py - 4), (px + 4, py + 4), FENCE, -1)
    return 240


def clubmates(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The clubmates: the heading over two rows of four 22-28 px faces in rounded squares 250 px
    apart (one size for all; initials on some), each with the first name and the weapon's letter on
    a small tag beside it. Returns its height (220 px)."""
    img = s.img
    note(img, "Clubmates", (30, y + 30), 0.6, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    for r in range(2):
        for c in range(4):
            x, top = 30 + c * 250, y + 50 + r * 80
            if rng.random() < 0.1:
                H3.initials(img, rng, x, top, side, "rounded", None)
            else:
                cast.avatar(s, x, top, fp, side, "rounded")
            note(img, rng.choice(WHITE_NAMES), (x + side + 12, top + 22), 0.46, s.fg, 2)
            tag(img, x + side + 120, top + 2, rng.choice(WEAPONS)[0], FENCE, 28)
    return 220


def comp_slot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A competition to come: the date as a block (the day large, the month), the competition and
    the city, the coach's round 24-30 px face (initials on some) and name, "Entered" on a tick's
    badge or an "Enter" button. Returns its height (96 px)."""
    img = s.img
    rounded_card(img, 30, y + 10, 80, 76, 12, FENCE)
    note(img, str(rng.randrange(1, 29)), (46, y + 48), 0.8, WHITE, 2)
    note(img, rng.choice(MONTHS), (48, y + 76), 0.42, WHITE)
    note(img, rng.choice(COMPS), (136, y + 44), 0.58, s.fg, 2)
    note(img, rng.choice(("Lyon", "Leeds", "Ghent", "Turin", "Poznan", "Porto")), (136, y + 74), 0.44, GREY)
    side = face_or_initials(cast, rng, s, (WIDTH - 430, y + 22), (24, 30), "circle", 0.12)
    note(img, "Coach " + rng.choice(WHITE_NAMES), (WIDTH - 416 + side, y + 52), 0.44, s.fg)
    if rng.random() < 0.4:
        badge(img, (WIDTH - 110, y + 48), 18, GREEN, "check")
    else:
        outlined(img, WIDTH - 180, y + 24, 130, 48, s.accent, s.bg)
        note(img, "Enter", (WIDTH - 150, y + 56), 0.54, s.accent, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def league_night(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bowling league's night: the bar; the bowlers on the lanes (``alley_hero``: front faces 26-52
    px, the black light or grey on some); the standings (``standings_row``: three bowlers of 20-26 px
    a team, the leaders' pin badge) down to the tab bar, which cuts the last."""
    s, y = pushed(cast, rng, name, "league", ("dark", "dark", "light", "tinted"), "League night")
    y += alley_hero(cast, rng, s, y)
    y = section(s, y, "Standings", True)
    places = iter(range(100))
    return rows_to_tab_bar(s, rng, y, 60, lambda t: standings_row(cast, rng, s, t, next(places)))


def scoresheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lane's live scoresheet: the bar; who is bowling tonight (``on_lanes``: 34-46 px, past the
    right edge); the match (``match_header``); the frames (``frame_row``: 22-30 px, one bowling on a
    stripe) down to the tab bar."""
    s, y = pushed(
        cast, rng, name, "scoresheet", ("light", "dark", "light", "tinted"), f"Lane {rng.randrange(1, 24)}"
    )
    y += on_lanes(cast, rng, s, y)
    y += match_header(s, rng, y)
    bowling = rng.randrange(6)
    lines = iter(range(100))
    return rows_to_tab_bar(s, rng, y, 60, lambda t: frame_row(cast, rng, s, t, next(lines) == bowling))


def apiary_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A beekeepers' club: the title and one's 22-26 px face; the club at the apiary (``apiary_hero``:
    front faces 26-48 px, smoke on some); the mentors (``mentors``: 34-46 px, past the right edge);
    on 50 % the beekeeper of the month (``beekeeper_feature``: 60-110 px); the swarm collectors
    (``swarm_row``: 20-26 px, those away faded) down to the tab bar."""
    themes = ("light", "light", "tinted", "dark")
    s, y = titled(cast, rng, name, "apiary", themes, rng.choice(CLUBS), own=True)
    y += apiary_hero(cast, rng, s, y)
    y += mentors(cast, rng, s, y)
    y += beekeeper_feature(cast, rng, s, y) if rng.random() < 0.5 else 0
    y = section(s, y, "Swarm collectors", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: swarm_row(cast, rng, s, t))


def hive_log(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Hive inspections: the bar; the apiary's chips; on 60 % the inspection day's photo
    (``inspection_photo``: front faces 24-40 px); the hives (``hive_row``: inspectors 22-28 px,
    helpers 18-22 px) down to the tab bar, which cuts the last."""
    s, y = pushed(cast, rng, name, "hivelog", ("light", "light", "dark", "tinted"), "Inspections")
    chips(s.img, rng, 30, y, 4, 44, (110, 160), off(s.bg, 16), s.fg)
    y += 64
    y += inspection_photo(cast, rng, s, y) if rng.random() < 0.6 else 0
    y = section(s, y, "Hives", False)
    return rows_to_tab_bar(s, rng, y, 70, lambda t: hive_row(cast, rng, s, t))


def honey_show(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A honey show's results: the bar and the show; the podium (``podium``: 40-56 px); on 50 % best
    in show (``best_in_show``: 60-110 px); the classes (``class_row``: winners 20-26 px, runners-up
    18-22 px) down to the tab bar."""
    s, y = pushed(cast, rng, name, "honeyshow", ("light", "tinted", "dark", "light"), "Honey show")
    heading(s, 30, y + 36, f"{rng.choice(CLUBS)} - {rng.choice(MONTHS)}", 0.7)
    y += 60
    y += podium(cast, rng, s, y)
    y += best_in_show(cast, rng, s, y) if rng.random() < 0.5 else 0
    y = section(s, y, "Classes", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: class_row(cast, rng, s, t))


def photo_walk(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camera club's photo walk: the title and one's 22-26 px face; the route (``walk_card``); the
    leader (``leader_row``: 40-56 px); who is going (``walkers_row``: 20-26 px); the last walk's
    shots (``shots_pair``: people 18-48 px in some, makers 20-26 px) down to the tab bar."""
    themes = ("dark", "light", "dark", "tinted")
    s, y = titled(cast, rng, name, "photowalk", themes, rng.choice(CAMERA_CLUBS), own=True)
    y += walk_card(s, rng, y)
    y += leader_row(cast, rng, s, y)
    y += walkers_row(cast, rng, s, y)
    y = section(s, y, "Last walk", True)
    return rows_to_tab_bar(s, rng, y, 140, lambda t: shots_pair(cast, rng, s, t))


def critique_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camera club's critique on video: the bar (``critique_bar``); the entry beside the judge
    (``judge_tile``: 100-230 px); the members' cameras (``critique_grid``: faces 0.12-0.34 of a
    tile's height, scores on some); the comments (``critique_comment``: 20-26 px) above the call's
    controls."""
    s = new_screen(rng, name, cast.kind("critique"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + critique_bar(s, rng, STATUS_H)
    y += judge_tile(cast, rng, s, y)
    y += critique_grid(cast, rng, s, y)
    return H58.call_foot(s, rng, y, "Comments", lambda t: critique_comment(cast, rng, s, t))


def contact_sheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contact sheet: the bar; the roll (``sheet_header``); strips of four frames (``film_strip``:
    portraits 22-44 px, groups 18-36 px, scenery; black and white on 35 % of sheets, sepia on 20 %)
    down to the tab bar, which cuts the last."""
    s, y = pushed(cast, rng, name, "contact", ("dark", "light", "dark", "tinted"), "Contact sheet")
    y += sheet_header(s, rng, y)
    roll = rng.random()
    look: Fn | None = H10.greyed if roll < 0.35 else sepia if roll < 0.55 else None
    return rows_to_tab_bar(s, rng, y, 120, lambda t: film_strip(cast, rng, s, t, look))


def fencing_pool(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fencing pool: the bar; the referee (``referee_card``: 32-40 px); the pool sheet
    (``pool_sheet``: 22-28 px down its side, 18-22 px across its top); the bouts on the pistes
    (``piste_row``: 22-28 px) down to the tab bar."""
    s, y = pushed(
        cast, rng, name, "pool", ("light", "light", "dark", "tinted"), f"Pool {rng.randrange(1, 9)}"
    )
    y += referee_card(cast, rng, s, y)
    y += pool_sheet(cast, rng, s, y)
    y = section(s, y, "On the pistes", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: piste_row(cast, rng, s, t))


def fencer_licence(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fencer's licence: the bar; the card (``licence_card``: the fencer 110-240 px, cut by a side
    on some); the season's points (``points_chart``); the clubmates (``clubmates``: 22-28 px); the
    competitions where there is room (``comp_slot``: coaches 24-30 px), above the "Enter a
    competition" button."""
    s, y = pushed(cast, rng, name, "licence", ("light", "dark", "light", "tinted"), "Licence")
    y += licence_card(cast, rng, s, y)
    y += points_chart(s, rng, y)
    y += clubmates(cast, rng, s, y)
    return H57.rows_then_button(
        s, y, "Competitions", lambda t: comp_slot(cast, rng, s, t), "Enter a competition"
    )


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    league_night,
    scoresheet,
    apiary_club,
    hive_log,
    honey_show,
    photo_walk,
    critique_call,
    contact_sheet,
    fencing_pool,
    fencer_licence,
)
# with people: each twice a round but two (the critique and the licence, a few large faces each)
ONCE = (critique_call, fencer_licence)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a contact sheet with things in its frames,
# a pool sheet with things in its places, a honey show's podium and stacks)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, contact_sheet, fencing_pool, honey_show)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT59_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h59", photos, free, seed, reps)
