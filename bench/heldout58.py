"""Held-out screens, fifty-eighth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a vineyard, a barrel cellar, a brewhouse,
a tasting flight, an observatory at night, an astrophotograph, a dojo, a dental surgery; nothing
with eyes, a mouth or a mask, and no round things in pairs); every random choice from
``HELDOUT58_SEED`` (58585; the environment's ``HELDOUT58_SEED`` draws the set from another). Every
face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it on what the
finished screen shows: pixels drawn over a face afterwards stop being the face's, and a face left
with under half of its box is dropped. heldout57's ``Cast`` (through heldout56's and the sets'
before it; this set's screens are marked h58-) fills the people's places, and on face-free screens
puts pets, objects, textures, initials and this set's drawn things there; it counts a face cut by an
edge while half of its box is inside. Faces under 18 px are drawn but, as everywhere in the bench,
never counted.

What it adds is faces in wineries and breweries, astronomy clubs and observatories, martial-arts
dojos and dental clinics, most of them small: a vineyard's harvest crew; a brewery's taproom; a wine
club's tasting on video; a star party; an astronomy club's members' gallery; a dojo's grading
results; a tournament's bracket; a dojo member's card; a dental clinic's team; its booking. Near
repeats avoided: heldout57's sign-in sheet and heldout52's class register (columns of the company;
here the crew as a striped table, one picker a line with the bins as a bar, the top picker's vine
badge, breaks faded); heldout41's food and restaurant pages (here taps: a handle and a glass of the
beer's colour, the brewer's face after "by", the week's drinkers in a stack, the brewer of the month
in a studio portrait); heldout57's table read and heldout55's author's Q&A (here the sommelier's
camera at the left beside tonight's bottles, the members' cameras with a glass's disc over their
corner, tasting notes with stars); heldout57's album and the sets' galleries (here astrophotographs
with their makers' faces in white rims over their corners and the likers' stacks under them, club
nights under red torches on some); club results and leaderboards (here a knockout bracket of
sixteen: four columns of slots joined by elbow lines, each round's faces a size larger, the losers
grey, the rounds to come dashed, the champion in a gold ring); heldout57's season pass (here the
member's photo at the card's left, the rank as a belt with stripes beside it, a QR code under them);
the sets' care and team pages (here a dental team three a row with teal rings and tooth badges, and
a booking with one's dentist's portrait, the family to choose from, the dentists' cards across the
edge, the days and times). New looks: a low evening sun over the vines, a clinic's cool light, red
torches, and the astronomy app's night mode, the whole screen red. Ten layouts:
- a harvest crew (``harvest_crew``): the pickers in the vines (``harvest_hero``: three to six a
  depth, the front faces 26-56 px, in a low sun on 40 % or grey on 15 %); the leads
  (``crew_leads``: 28-38 px in squircles); the crew table (``crew_header``, ``crew_row``: 20-26 px,
  the top picker's badge, breaks faded) cut by the tab bar;
- a taproom (``taproom``): one's 22-26 px face; the brewers on shift (``on_shift``: 34-46 px in
  amber pills, past the right edge); on 60 % the brewer of the month (``brewer_feature``: 60-110 px,
  a studio portrait); the taps (``tap_row``: brewers 20-26 px, drinkers 18-22 px in stacks) cut by
  the tab bar;
- a wine tasting (``wine_tasting``): the sommelier (``sommelier_tile``: 100-240 px) beside tonight's
  wines; the members' cameras in four columns and two rows or three and three (``members_grid``,
  ``member_tile``: 0.12-0.34 of a tile's height, the one speaking framed); the tasting notes
  (``tasting_note``: 20-26 px) above the call's controls;
- a star party (``star_party``): one's 22-26 px face; tonight's sky (``sky_card``: the moon's phase,
  the clouds by hour); the host (``host_card``: 40-56 px in a ring, a planet's badge); who is going
  (``going_row``: 20-26 px and 18-22 px stacks); the telescopes (``scope_row``: owners 22-30 px,
  queues of 18-22 px) cut by the tab bar; on 30 % the whole screen in the night mode's red;
- a members' gallery (``astro_gallery``): the photo of the month (``photo_of_month``: the maker
  36-48 px in a gold ring over an astrophotograph or, on 35 %, over the club at the observatory,
  front faces 36-80 px, red torches on half); the gallery (``astro_row``: makers 18-26 px in white
  rims over astrophotographs, likers 18-22 px, club nights' photos on a quarter) cut by the tab bar;
- a grading (``grading``): the panel (``examiners``: 32-44 px in squares over black belts); on 60 %
  the grading's photo (``grading_photo``: front faces 24-40 px, grey on a fifth, a turned print on
  35 %); the results (``grade_row``: 22-30 px, belts before and after, retakes faded) cut by the tab
  bar;
- a bracket (``bracket``): the bracket of sixteen (``bracket_tree``: 18-22, 20-24, 22-28 and 26-32 px
  by round, two to four rounds fought, the losers grey, the champion 40-56 px when the final is
  fought); the bouts to come (``bout_row``: 22-28 px in red and blue rings) cut by the tab bar;
- a member's card (``dojo_pass``): the card (``member_card``: the member 110-240 px, on a quarter cut
  by the photo's side); the training partners (``partners_row``: 22-28 px in white rims); the week's
  classes where there is room (``class_slot``: senseis 24-30 px), above the "Check in" button;
- a dental team (``dental_team``): the team in the surgery (``clinic_hero``: two to five a depth,
  the front faces 26-46 px, the cool light on 35 %); the team three a row (``team_trio``: 24-34 px,
  teal rings and tooth badges on some) cut by the tab bar;
- a dental booking (``dental_booking``): one's dentist (``your_dentist``: 64-120 px, a studio
  portrait); who it is for (``family_picker``: 22-28 px, the chosen ringed and ticked); the dentists
  (``dentist_cards``: 40-56 px in squircles, past the right edge); the days and times
  (``slot_grid``); the reviews (``review_row``: 20-26 px, who found it helpful 18-22 px) cut by the
  tab bar.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``,
whose group photos keep their own scale, and heldout38's ``staged``, whose single depth stands at
the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's slightly smaller
faces can differ (the table below counts what is drawn). The brewers and the dentists run past the
right edge, the last across it; the crew table, the taps, the telescopes, the gallery, the results,
the bouts, the team and the reviews are cut by the tab bar, a member by the photo's side on some; so
some faces are cut by an edge and counted while half of their box shows (the capture's right 8 px
are black padding). Avatars are circles, rounded squares, squares, squircles, bordered circles,
rings of a colour with a gap, white rims and story rings, with heldout2's looks (turned up to 20
degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); prints are turned 2-5 degrees on some.
Light, dark and tinted themes; JPEG quality 30-60. Vine, hop, planet, tooth and tick badges, the
tonnes' and treatments' tags, name labels, glasses' discs, muted microphones, raised hands, "+N"
discs, the call's controls and tab bars take the pixels they cover; a face under them counts while
half of its box shows; rings and rims are drawn before the faces they hold (the bouts' rings round
them, clear of them); grey (the losers, some harvests and gradings), the low sun, the cool light,
red torches, the night mode, fading (breaks, retakes) and dark bands leave the faces under them
counted as they look; initials, dashed rings, belts, the moon, stars, QR codes, bottles, glasses,
tap handles and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes
that size; see heldout5).

At the default 4 reps: 72 screens with 1,905 faces (1,652 under 32 px, 226 of 32-63, 20 of 64-127, 7
larger; 1,772 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings,
slots, cells, tiles and photos, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 476 faces: 398, 73, 3 and 2 by size, 439 under 40 px; 13
face-free). Each layout has people twice a round but the wine tasting and the member's card, once
(a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and
of 128 or more:
    harvest_crew    8 screens   178 faces: 164,  14,   0,   0
    taproom         8 screens   258 faces: 216,  41,   1,   0
    wine_tasting    4 screens   115 faces:  76,  33,   2,   4
    star_party      8 screens   271 faces: 263,   8,   0,   0
    astro_gallery   8 screens   218 faces: 176,  33,   9,   0
    grading         8 screens   155 faces: 117,  38,   0,   0
    bracket         8 screens   269 faces: 267,   2,   0,   0
    dojo_pass       4 screens    52 faces:  48,   0,   1,   3
    dental_team     8 screens   239 faces: 222,  17,   0,   0
    dental_booking  8 screens   150 faces: 103,  40,   7,   0
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
import heldout17 as H17
import heldout22 as H22
import heldout27 as H27
import heldout28 as H28
import heldout38 as H38
import heldout39 as H39
import heldout52 as H52
import heldout53 as H53
import heldout55 as H55
import heldout57 as H57
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips, tab_bar, title
from heldout23 import WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 58585


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT58_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 58585."""
    return int(env.get("HELDOUT58_SEED") or DEFAULT_SEED)


HELDOUT58_SEED = seed_from(os.environ)

Fn = Callable[[np.ndarray], np.ndarray]  # a look over a whole photo (a low sun, a red torch)

WINE: Colour = (70, 30, 120)  # a winery's burgundy (BGR)
WINERIES: tuple[str, ...] = ("Hollow Oak Vineyards", "Clos des Pierres", "Sunridge Estate", "Valle Alta")
VARIETALS: tuple[str, ...] = ("Pinot Noir", "Riesling", "Syrah", "Chardonnay", "Gamay", "Malbec", "Grenache")
BLOCKS: tuple[str, ...] = ("Block A", "Block B", "North slope", "Old vines", "Terrace 3", "River block")
AMBER: Colour = (30, 140, 215)  # a brewery's amber
BREWERIES: tuple[str, ...] = ("Copper Kettle", "Foxglove Brewery", "Ironbridge Ales", "Low Tide Brew Co.")
BEERS: tuple[tuple[str, str, Colour], ...] = (
    ("Hazy Harbour", "IPA 6.5%", (60, 170, 230)), ("Oat Stout", "Stout 5.2%", (20, 30, 45)),
    ("Kettle Sour", "Sour 4.1%", (80, 100, 220)), ("Pilsner No. 5", "Pils 4.8%", (90, 210, 240)),
    ("Red Fox", "Red ale 5.6%", (40, 70, 170)), ("Farmhouse", "Saison 6.0%", (70, 180, 225)),
    ("Night Shift", "Porter 5.9%", (25, 45, 80)), ("Wheat Field", "Wheat 5.0%", (110, 200, 235)),
)  # fmt: skip
NIGHT: Colour = (70, 35, 20)  # an astronomy club's night blue
SOCIETIES: tuple[str, ...] = ("Dark Sky Society", "North Ridge Astronomers", "Orion Club", "Meridian AS")
SITES: tuple[str, ...] = ("Hilltop field", "Observatory lawn", "Reservoir car park", "Quarry ridge")
SCOPES: tuple[str, ...] = (
    '8" Dobsonian', "80 mm refractor", "C11 SCT", "15x70 binoculars", '6" Newtonian', "102 mm Mak",
)  # fmt: skip
TARGETS: tuple[str, ...] = ("M31", "M42", "NGC 7000", "M13", "Saturn", "Jupiter", "M57", "Veil Nebula", "M81")
DOJO: Colour = (40, 40, 170)  # a dojo's red
DOJOS: tuple[str, ...] = ("Kaizen Dojo", "Riverside Karate", "Tora Judo Club", "Blue Wave Taekwondo")
BELTS: tuple[tuple[str, Colour], ...] = (
    ("White", (235, 235, 235)), ("Yellow", (40, 210, 240)), ("Orange", (30, 140, 245)),
    ("Green", (50, 150, 50)), ("Blue", (190, 110, 30)), ("Purple", (140, 50, 120)),
    ("Brown", (30, 60, 110)), ("Black", (25, 25, 25)),
)  # fmt: skip
DIVISIONS: tuple[str, ...] = ("Junior kumite", "Cadet -55 kg", "Senior kata", "Veterans open", "Girls 10-12")
CLASSES: tuple[str, ...] = ("Little dragons", "Juniors", "Adults", "Sparring", "Kata", "Open mat")
TEAL: Colour = (150, 140, 30)  # a dental clinic's teal
CLINICS: tuple[str, ...] = ("Brightside Dental", "Maple Smiles", "City Orthodontics", "Harbour Dental Care")
STAFF: tuple[str, ...] = ("Dentist", "Hygienist", "Orthodontist", "Dental nurse", "Reception", "Implants")
TREATMENTS: tuple[str, ...] = ("Check-up", "Hygiene", "Filling", "Whitening", "Braces review", "Crown fit")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "SEP", "OCT", "NOV")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def vineyard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A vineyard on a slope: a warm sky, a ridge of hills, rows of vines running up the slope and
    narrowing toward it (leafy bands on their wires, posts at their ends), bunches as small purple
    wedges under the leaves, the grass between the rows, a stone wall along the foot."""
    img = np.zeros((h, w, 3), np.uint8)
    ridge = round(h * rng.uniform(0.22, 0.34))
    gradient(img, (0, 0, w, ridge), (215, 215, 240), (170, 215, 250))
    hill = [(0, ridge)]
    for k in range(1, 7):
        hill.append((round(w * k / 6), ridge - round(h * 0.06 * math.sin(k + rng.uniform(0, 3)))))
    hill += [(w, h), (0, h)]
    cv2.fillPoly(img, [np.array(hill, np.int32)], (90, 150, 140))
    gradient(img, (0, ridge + h // 20, w, h), (80, 160, 120), (50, 120, 90))
    vanish = (round(w * rng.uniform(0.35, 0.65)), ridge)
    rows = rng.randrange(6, 11)
    for k in range(rows + 1):
        foot = round(-w * 0.4 + w * 1.8 * k / rows)
        leaf = tone((40, 110, 50), rng.randrange(-15, 15))
        cv2.line(img, vanish, (foot, h), leaf, max(2, w // 28), cv2.LINE_AA)
        for t in (0.55, 0.7, 0.85):
            bx = round(vanish[0] + (foot - vanish[0]) * t)
            by = round(ridge + (h - ridge) * t)
            r = max(1, round(w * 0.012 * t))
            wedge = np.array([(bx - r, by), (bx + r, by), (bx, by + 2 * r)], np.int32)
            cv2.fillPoly(img, [wedge], (90, 30, 80), cv2.LINE_AA)
        cv2.line(img, (foot, h), (foot, h - h // 6), (60, 80, 110), max(1, w // 150))
    wall = round(h * rng.uniform(0.9, 0.95))
    cv2.rectangle(img, (0, wall), (w, h), (120, 150, 170), -1)
    for x in range(0, w, max(4, w // 14)):
        cv2.line(img, (x, wall), (x, h), (90, 115, 135), 1)
    return img


def barrel_cellar(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A barrel cellar: a vault of stone (the arch's courses as arcs), barrels lying in two tiers
    seen from their long side (staves as a bulging band, dark hoops across them), a wooden rack
    under each tier, a lamp hanging from the crown, the flagstones."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (70, 90, 110), (35, 45, 55))
    for k in range(3):
        axes = (round(w * (0.7 - 0.12 * k)), round(h * (0.8 - 0.14 * k)))
        cv2.ellipse(img, (w // 2, h), axes, 0, 180, 360, (95, 120, 140), max(1, h // 80), cv2.LINE_AA)
    floor = round(h * rng.uniform(0.82, 0.88))
    cv2.rectangle(img, (0, floor), (w, h), (80, 95, 110), -1)
    for x in range(rng.randrange(0, max(1, w // 8)), w, max(5, w // 8)):
        cv2.line(img, (x, floor), (x - w // 20, h), (60, 72, 85), 1)
    bh = max(6, round(h * rng.uniform(0.16, 0.2)))
    for tier in range(2):
        base = floor - tier * (bh + max(2, h // 40))
        cv2.rectangle(img, (0, base - max(2, h // 60)), (w, base), (40, 60, 90), -1)
        bw = max(8, round(w * rng.uniform(0.3, 0.42)))
        x = -rng.randrange(0, bw // 2 + 1)
        while x < w:
            top = base - bh
            stave = tone((50, 90, 150), rng.randrange(-20, 15))
            body = np.array(
                [
                    (x, top + bh // 8),
                    (x + bw // 2, top),
                    (x + bw, top + bh // 8),
                    (x + bw, base - bh // 8),
                    (x + bw // 2, base),
                    (x, base - bh // 8),
                ],
                np.int32,
            )
            cv2.fillPoly(img, [body], stave, cv2.LINE_AA)
            for t in (0.12, 0.3, 0.7, 0.88):
                hx = x + round(bw * t)
                cv2.line(img, (hx, top + 2), (hx, base - 2), (40, 40, 45), max(1, w // 160))
            cv2.line(img, (x + 2, top + bh // 2), (x + bw - 2, top + bh // 2), tone(stave, 25), 1)
            x += bw + max(2, w // 60)
    lx = round(w * rng.uniform(0.4, 0.6))
    cv2.line(img, (lx, 0), (lx, h // 6), (40, 40, 40), max(1, w // 200))
    cv2.rectangle(img, (lx - w // 40, h // 6), (lx + w // 40, h // 6 + h // 30), (120, 210, 250), -1)
    return img


def brewhouse(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A brewhouse: tall steel fermenters side by side (a graded body, a domed top, a cone under it
    on legs), pipes across them at two heights with square valves, a ladder up one, sacks of malt
    stacked on a pallet, the tiled floor."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (150, 160, 165), (110, 115, 120))
    floor = round(h * rng.uniform(0.84, 0.9))
    cv2.rectangle(img, (0, floor), (w, h), (120, 130, 140), -1)
    for x in range(0, w, max(4, w // 12)):
        cv2.line(img, (x, floor), (x, h), (100, 108, 115), 1)
    tw = max(8, round(w * rng.uniform(0.18, 0.24)))
    x = rng.randrange(0, max(1, w // 12))
    while x < w - tw // 3:
        top = round(h * rng.uniform(0.1, 0.2))
        cone = floor - round(h * 0.2)
        gradient(img, (x, top, min(w, x + tw), cone), (215, 215, 220), (170, 172, 178), vertical=False)
        cv2.ellipse(img, (x + tw // 2, top), (tw // 2, max(2, tw // 5)), 0, 180, 360, (200, 202, 208), -1)
        cv2.fillPoly(
            img,
            [np.array([(x, cone), (x + tw, cone), (x + tw // 2, cone + h // 10)], np.int32)],
            (160, 162, 168),
            cv2.LINE_AA,
        )
        for lx in (x + tw // 6, x + tw - tw // 6):
            cv2.line(img, (lx, cone), (lx, floor), (90, 90, 95), max(1, w // 150))
        x += tw + max(3, w // 25)
    for py in (round(h * 0.35), round(h * 0.55)):
        cv2.line(img, (0, py), (w, py), (120, 125, 130), max(2, h // 60))
        for vx in range(rng.randrange(0, max(1, w // 5)), w, max(6, w // 4)):
            v = max(2, h // 50)
            cv2.rectangle(img, (vx - v, py - v), (vx + v, py + v), (40, 40, 180), -1)
    lx = round(w * rng.uniform(0.05, 0.25))
    for side in (0, max(3, w // 30)):
        cv2.line(img, (lx + side, round(h * 0.2)), (lx + side, floor), (60, 60, 60), 1)
    for ry in range(round(h * 0.2), floor, max(3, h // 25)):
        cv2.line(img, (lx, ry), (lx + max(3, w // 30), ry), (60, 60, 60), 1)
    sx = round(w * rng.uniform(0.6, 0.8))
    for k in range(rng.randrange(2, 4)):
        sy = floor - (k + 1) * max(3, h // 18)
        cv2.rectangle(
            img, (sx + (k % 2) * w // 40, sy), (sx + w // 6, sy + max(3, h // 18) - 1), (110, 170, 200), -1
        )
    return img


def beer_flight(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A tasting flight on the bar, seen from the side: a wooden paddle along the counter with four
    tall glasses on it (each a tapering body of a beer's colour under a band of foam), shelves of
    bottles behind out of focus (narrow-necked shapes), the counter's edge."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 80, 100), (30, 40, 55))
    for k in range(2):
        sy = round(h * (0.18 + 0.22 * k))
        cv2.rectangle(img, (0, sy), (w, sy + max(2, h // 60)), (40, 70, 100), -1)
        x = rng.randrange(0, max(1, w // 16))
        while x < w:
            bw, bh = max(3, w // 40), max(6, h // 8)
            colour = random_colour(rng, 40, 160)
            cv2.rectangle(img, (x, sy - bh), (x + bw, sy), colour, -1)
            cv2.rectangle(img, (x + bw // 3, sy - bh - bh // 3), (x + bw - bw // 3, sy - bh), colour, -1)
            x += bw + rng.randrange(2, max(3, w // 20))
    img[:] = cv2.GaussianBlur(img, (0, 0), max(0.8, w / 160))
    counter = round(h * rng.uniform(0.7, 0.78))
    cv2.rectangle(img, (0, counter), (w, h), (50, 90, 140), -1)
    cv2.line(img, (0, counter), (w, counter), (80, 130, 180), max(1, h // 80))
    paddle = (round(w * 0.1), counter - max(3, h // 30), round(w * 0.9), counter)
    cv2.rectangle(img, paddle[:2], paddle[2:], (60, 120, 170), -1)
    gw = (paddle[2] - paddle[0]) // 5
    for k in range(4):
        gx = paddle[0] + gw // 3 + k * (gw + gw // 8)
        top = round(h * rng.uniform(0.38, 0.46))
        body = np.array(
            [(gx, top), (gx + gw * 4 // 5, top), (gx + gw * 2 // 3, paddle[1]), (gx + gw // 7, paddle[1])],
            np.int32,
        )
        cv2.fillPoly(img, [body], rng.choice(BEERS)[2], cv2.LINE_AA)
        cv2.rectangle(img, (gx, top), (gx + gw * 4 // 5, top + max(2, h // 25)), (235, 240, 245), -1)
    return img


def night_sky(rng: random.Random, img: np.ndarray, top: int, bottom: int, stars: int) -> None:
    """A night sky between rows ``top`` and ``bottom`` of ``img``: graded from black-blue to a
    paler horizon, ``stars`` single pixels and small crosses of light scattered over it."""
    h, w = img.shape[:2]
    gradient(img, (0, top, w, bottom), (40, 12, 8), (90, 50, 40))
    for _ in range(stars):
        x, y = rng.randrange(w), rng.randrange(top, max(top + 1, bottom))
        v = rng.randrange(150, 256)
        img[y, x] = (v, v, min(255, v + 10))
        if rng.random() < 0.05 and 1 <= x < w - 1 and 1 <= y < h - 1:
            img[y - 1 : y + 2, x] = (v, v, v)
            img[y, x - 1 : x + 2] = (v, v, v)


def observatory(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An observatory at night: a star field over a dark hill, the round building's drum as a pale
    block under its dome (a half ellipse) with the slit open as a dark band up it, a door, a path
    of gravel to it, the glow of a town along the horizon."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.68, 0.78))
    night_sky(rng, img, 0, ground, w * h // 300 + 10)
    gradient(img, (0, ground - h // 20, w, ground), (70, 60, 60), (90, 130, 160))
    cv2.rectangle(img, (0, ground), (w, h), (30, 40, 35), -1)
    cx, dw = round(w * rng.uniform(0.35, 0.65)), max(8, round(w * rng.uniform(0.22, 0.32)))
    drum = ground - round(h * 0.22)
    cv2.rectangle(img, (cx - dw // 2, drum), (cx + dw // 2, ground), (170, 175, 180), -1)
    cv2.ellipse(img, (cx, drum), (dw // 2 + 2, dw // 2), 0, 180, 360, (200, 205, 210), -1, cv2.LINE_AA)
    slit = max(2, dw // 8)
    cv2.rectangle(
        img,
        (cx - slit // 2 + dw // 10, drum - dw // 2 + 2),
        (cx + slit // 2 + dw // 10, drum),
        (25, 20, 20),
        -1,
    )
    cv2.rectangle(img, (cx - dw // 10, ground - h // 10), (cx + dw // 10, ground), (60, 70, 80), -1)
    path = np.array(
        [(cx - dw // 10, ground), (cx + dw // 10, ground), (cx + w // 6, h), (cx - w // 6, h)], np.int32
    )
    cv2.fillPoly(img, [path], (80, 90, 95))
    return img


def deep_sky(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An astrophotograph: a dense star field, and a galaxy (one tilted glow with a brighter core
    and dust lanes along it) or a nebula (long clouds of red and teal light, softened) across it."""
    img = np.zeros((h, w, 3), np.uint8)
    night_sky(rng, img, 0, h, w * h // 90 + 20)
    img[:] = (img * 0.6).astype(np.uint8)
    glow = np.zeros((h, w, 3), np.float32)
    if rng.random() < 0.5:
        c = (round(w * rng.uniform(0.35, 0.65)), round(h * rng.uniform(0.35, 0.65)))
        axes = (max(2, round(w * rng.uniform(0.3, 0.45))), max(1, round(h * rng.uniform(0.06, 0.14))))
        angle = rng.uniform(-40, 40)
        cv2.ellipse(glow, c, axes, angle, 0, 360, (200, 190, 210), -1)
        cv2.ellipse(glow, c, (max(1, axes[0] // 3), max(1, axes[1] // 2)), angle, 0, 360, (255, 250, 255), -1)
        glow = cv2.GaussianBlur(glow, (0, 0), max(1.0, w / 30))
        cv2.ellipse(
            glow,
            (c[0], c[1] + max(1, axes[1] // 3)),
            (axes[0], max(1, axes[1] // 5)),
            angle,
            0,
            360,
            (20, 20, 30),
            max(1, h // 80),
        )
    else:
        for _ in range(rng.randrange(4, 9)):
            c = (rng.randrange(w), rng.randrange(h))
            r = max(2, round(min(w, h) * rng.uniform(0.1, 0.3)))
            colour = rng.choice(((60, 40, 200), (160, 150, 40), (120, 60, 180), (90, 90, 230)))
            cv2.ellipse(
                glow, c, (r, round(r * rng.uniform(0.3, 0.7))), rng.uniform(0, 180), 0, 360, colour, -1
            )
        glow = cv2.GaussianBlur(glow, (0, 0), max(1.5, w / 14))
    return np.clip(img + glow * 0.8, 0, 255).astype(np.uint8)


def dojo_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dojo: a wooden wall of vertical boards, a hanging scroll of brush strokes, a rack of
    wooden staffs leaning in it, the shrine's shelf high up, the mats in a grid of pale green and
    red rectangles with dark seams reaching toward the wall."""
    img = np.zeros((h, w, 3), np.uint8)
    base = round(h * rng.uniform(0.5, 0.6))
    gradient(img, (0, 0, w, base), (110, 160, 200), (80, 130, 170))
    for x in range(rng.randrange(0, max(1, w // 14)), w, max(4, w // 14)):
        cv2.line(img, (x, 0), (x, base), (60, 100, 140), 1)
    sx = round(w * rng.uniform(0.15, 0.35))
    sw, sh = max(4, w // 10), max(8, round(base * 0.6))
    cv2.rectangle(img, (sx, base // 8), (sx + sw, base // 8 + sh), (225, 235, 240), -1)
    for k in range(rng.randrange(2, 5)):
        yy = base // 8 + sh // 6 + k * sh // 6
        cv2.line(
            img,
            (sx + sw // 3, yy),
            (sx + sw * 2 // 3 + rng.randrange(-2, 3), yy + sh // 10),
            INK,
            max(1, sw // 8),
            cv2.LINE_AA,
        )
    shelf = round(base * 0.2)
    cv2.rectangle(
        img, (round(w * 0.55), shelf), (round(w * 0.85), shelf + max(2, h // 60)), (40, 70, 100), -1
    )
    rx = round(w * rng.uniform(0.6, 0.8))
    for k in range(rng.randrange(3, 6)):
        cv2.line(
            img,
            (rx + k * max(3, w // 40), base),
            (rx + k * max(3, w // 40) + w // 30, round(base * 0.35)),
            (50, 90, 130),
            max(1, w // 120),
            cv2.LINE_AA,
        )
    mats = ((150, 190, 170), (70, 70, 170))
    for row in range(4):
        y1 = base + round((h - base) * (row / 4) ** 1.3)
        y2 = base + round((h - base) * ((row + 1) / 4) ** 1.3)
        n = 4 + row
        for k in range(n):
            x1 = round(w * k / n) - row * 3
            x2 = round(w * (k + 1) / n) - row * 3
            cv2.rectangle(img, (x1, y1), (x2, y2), mats[(row + k) % 2], -1)
            cv2.rectangle(img, (x1, y1), (x2, y2), (60, 80, 70), max(1, h // 150))
    return img


def dental_surgery(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dental surgery: pale walls, a window with blinds, the patient's chair reclined (seat, back
    and headrest as rounded slabs on a column), the light on its arm (one rounded head), a tray
    of instruments as thin lines, cabinets along the wall with handles."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 235, 228), (205, 210, 200))
    floor = round(h * rng.uniform(0.8, 0.88))
    cv2.rectangle(img, (0, floor), (w, h), (180, 185, 175), -1)
    wx = round(w * rng.uniform(0.05, 0.2))
    cv2.rectangle(img, (wx, h // 10), (wx + w // 4, h // 2), (240, 220, 190), -1)
    for yy in range(h // 10, h // 2, max(2, h // 40)):
        cv2.line(img, (wx, yy), (wx + w // 4, yy), (200, 200, 200), 1)
    cab = round(w * rng.uniform(0.62, 0.7))
    cv2.rectangle(img, (cab, round(h * 0.55)), (w, floor), (225, 225, 220), -1)
    for k in range(3):
        x = cab + k * (w - cab) // 3
        cv2.rectangle(
            img, (x + 2, round(h * 0.55) + 2), (x + (w - cab) // 3 - 2, floor - 2), (200, 200, 195), 1
        )
        cv2.line(
            img,
            (x + (w - cab) // 6 - 4, round(h * 0.62)),
            (x + (w - cab) // 6 + 4, round(h * 0.62)),
            (120, 120, 120),
            max(1, h // 150),
        )
    seat = TEAL if rng.random() < 0.6 else (180, 120, 60)
    cx = round(w * rng.uniform(0.3, 0.45))
    cv2.line(img, (cx, floor), (cx, round(h * 0.7)), (160, 160, 165), max(2, w // 40))
    slab = max(3, h // 18)
    cv2.line(img, (cx - w // 8, round(h * 0.66)), (cx + w // 6, round(h * 0.7)), seat, slab, cv2.LINE_AA)
    cv2.line(img, (cx - w // 8, round(h * 0.66)), (cx - w // 4, round(h * 0.5)), seat, slab, cv2.LINE_AA)
    cv2.line(img, (cx + w // 6, round(h * 0.7)), (cx + w // 4, round(h * 0.78)), seat, slab, cv2.LINE_AA)
    ax = cx + w // 10
    cv2.line(img, (ax, 0), (ax, round(h * 0.15)), (150, 150, 150), max(1, w // 100))
    cv2.line(img, (ax, round(h * 0.15)), (cx - w // 10, round(h * 0.3)), (150, 150, 150), max(1, w // 100))
    lamp = (cx - w // 10, round(h * 0.3))
    cv2.rectangle(img, (lamp[0] - w // 20, lamp[1]), (lamp[0] + w // 20, lamp[1] + h // 25), (90, 90, 95), -1)
    ty = round(h * 0.56)
    cv2.rectangle(img, (cab - w // 6, ty), (cab - w // 50, ty + max(2, h // 60)), (190, 190, 190), -1)
    for k in range(4):
        x = cab - w // 6 + (k + 1) * w // 40
        cv2.line(img, (x, ty - 1), (x + w // 60, ty - h // 30), (120, 120, 125), 1)
    return img


RENDERS: tuple[H11.Render, ...] = (
    vineyard,
    barrel_cellar,
    brewhouse,
    beer_flight,
    observatory,
    deep_sky,
    dojo_hall,
    dental_surgery,
)
VINES: tuple[H11.Render, ...] = (vineyard, vineyard, barrel_cellar)  # pickers, a sommelier
STARGAZING: tuple[H11.Render, ...] = (observatory,)  # a star party's group
DOJO_HALL: tuple[H11.Render, ...] = (dojo_hall,)  # a grading's class, a member
SURGERY: tuple[H11.Render, ...] = (dental_surgery,)  # a clinic's team


@dataclass
class Cast(H57.Cast):
    """heldout57's cast (heldout56's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h58-, whose drawn things are this set's: a vineyard, a
    barrel cellar, a brewhouse, a tasting flight, an observatory, an astrophotograph, a dojo, a
    dental surgery."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h58-" + super().kind(layout).removeprefix("h57-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def vine_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """The day's top picker's badge: a burgundy disc in a rim of the page's colour with a white vine
    leaf (five blunt lobes on a stem) in it (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, WINE, -1, cv2.LINE_AA)
    pts = [
        (
            c[0] + (r * 0.72 if k % 2 == 0 else r * 0.42) * math.sin(math.pi * k / 5 + math.pi / 5),
            c[1]
            - r * 0.08
            - (r * 0.72 if k % 2 == 0 else r * 0.42) * math.cos(math.pi * k / 5 + math.pi / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(img, [np.array(pts).astype(np.int32)], WHITE, cv2.LINE_AA)
    cv2.line(img, c, (c[0], c[1] + r * 3 // 4), WHITE, max(1, r // 7), cv2.LINE_AA)


def hop_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A brewer's badge: an amber disc in a rim of the page's colour with a white hop cone (three
    rows of scales as chevrons narrowing downward, a stalk on top) (it takes the pixels it
    covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, AMBER, -1, cv2.LINE_AA)
    t = max(1, r // 7)
    for k in range(3):
        hw = r * (0.5 - 0.12 * k)
        yy = c[1] - r * 0.35 + k * r * 0.32
        v = np.array([(c[0] - hw, yy), (c[0], yy + r * 0.3), (c[0] + hw, yy)])
        cv2.polylines(img, [v.astype(np.int32)], False, WHITE, t, cv2.LINE_AA)
    cv2.line(img, (c[0], round(c[1] - r * 0.35)), (c[0] + r // 4, round(c[1] - r * 0.7)), WHITE, t)


def planet_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """An astronomer's badge: a night-blue disc in a rim of the page's colour with a ringed planet
    (one small disc, a tilted ring through it) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, NIGHT, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r * 2 // 5), (120, 200, 240), -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (max(3, r * 3 // 4), max(1, r // 4)), -20, 0, 360, WHITE, max(1, r // 8), cv2.LINE_AA)


def tooth_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A dentist's badge: a teal disc in a rim of the page's colour with a white tooth (a rounded
    crown over two roots) (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, TEAL, -1, cv2.LINE_AA)
    crown = (c[0] - r // 2, c[1] - r // 2, c[0] + r // 2, c[1] + r // 8)
    cv2.rectangle(img, crown[:2], crown[2:], WHITE, -1)
    for d in (-1, 1):
        root = np.array(
            [
                (c[0] + d * r // 2, crown[3]),
                (c[0] + d * r // 10, crown[3]),
                (c[0] + d * r // 4, c[1] + r * 3 // 5),
            ]
        )
        cv2.fillPoly(img, [root.astype(np.int32)], WHITE, cv2.LINE_AA)


def belt(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour, stripes: int) -> None:
    """A martial-arts belt's bar at (x, y), w x h: the belt's colour in a dark outline, the black
    tape near its right end with ``stripes`` white stripes on it (never a face)."""
    cv2.rectangle(img, (x, y), (x + w - 1, y + h - 1), colour, -1)
    cv2.rectangle(img, (x, y), (x + w - 1, y + h - 1), (50, 50, 50), 1)
    tape = (x + w - w // 3, x + w - w // 8)
    if colour != BELTS[-1][1]:
        cv2.rectangle(img, (tape[0], y + 1), (tape[1], y + h - 2), (25, 25, 25), -1)
    for k in range(stripes):
        sx = tape[0] + 3 + k * 6
        cv2.rectangle(img, (sx, y + 1), (sx + 2, y + h - 2), WHITE if colour != BELTS[-1][1] else GOLD, -1)


def moon(img: np.ndarray, c: tuple[int, int], r: int, lit: float, sky: Colour) -> None:
    """The moon's phase (never a face): a pale disc with the dark part as a disc of the ``sky``'s
    colour shifted across it by how much is ``lit`` (0 new, 1 full)."""
    cv2.circle(img, c, r, (200, 230, 240), -1, cv2.LINE_AA)
    if lit < 0.97:
        shift = round(2 * r * lit)
        cv2.circle(img, (c[0] + shift, c[1]), r, sky, -1, cv2.LINE_AA)
        cv2.circle(img, c, r, (120, 130, 140), 1, cv2.LINE_AA)


def glass(img: np.ndarray, x: int, y: int, w: int, h: int, beer: Colour) -> None:
    """A pint glass from the side at (x, y), w x h: the body tapering to its foot, of the beer's
    colour, a band of foam on top and a pale rim (never a face)."""
    body = np.array([(x, y), (x + w, y), (x + w - w // 6, y + h), (x + w // 6, y + h)], np.int32)
    cv2.fillPoly(img, [body], beer, cv2.LINE_AA)
    cv2.rectangle(img, (x + 1, y), (x + w - 1, y + max(3, h // 6)), (235, 240, 245), -1)
    cv2.polylines(img, [body], True, (200, 200, 200), 1, cv2.LINE_AA)


def golden(level: float) -> Fn:
    """A low evening sun over a photo (a harvest's last light): blue cut by up to ``level`` * 0.4,
    red lifted, a warm cast added; faces stay counted, warmed."""
    k = np.array((1 - 0.4 * level, 1 - 0.1 * level, 1.0), np.float32)
    add = np.array((0, 12 * level, 30 * level), np.float32)
    return lambda part: np.clip(part * k + add, 0, 255).astype(np.uint8)


def clinic_light(level: float) -> Fn:
    """A clinic's cool white light over a photo: blue raised and red cut by ``level`` (0.2-0.5),
    everything a little brighter; faces stay counted, cooled."""
    k = np.array((1 + 0.15 * level, 1.02, 1 - 0.3 * level), np.float32)
    return lambda part: np.clip(part * k + 10 * level, 0, 255).astype(np.uint8)


def red_light(part: np.ndarray) -> np.ndarray:
    """An astronomy app's night mode (kept dark to the eye at the telescope): everything in shades
    of red by its brightness; faces stay counted, red and dim."""
    lum = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return np.stack((lum * 0.05, lum * 0.1, 20 + lum * 0.9), axis=2).clip(0, 255).astype(np.uint8)


def night_rows(
    s: Screen, rng: random.Random, y: int, row: Callable[[int], int], red: bool, look: Fn = red_light
) -> Composite:
    """heldout37's ``rows_to_tab_bar`` (rows while 60 px are left, the tab bar over the last, the
    navigation bar) with, when ``red``, the whole screen redrawn through ``look``, the night mode's
    red unless another one-hue mode is given (``red_light``, heldout10's ``redrawn``: faces counted
    as they look): the finished screen."""
    while y + 60 < H - NAV_H - 120:
        y += row(y)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    if red:
        H10.redrawn(s, (0, 0, s.img.shape[1], H), look)
    return s.finish()


# ----------------------------------------------------------------------------------------------
# Parts: a vineyard's harvest crew, a brewery's taproom, a wine club's tasting on video.
# ----------------------------------------------------------------------------------------------


def harvest_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The day's pickers in the vines across the screen, 440 px (heldout57's ``staged_across`` in a
    vineyard or its cellar: three to six a depth, the front faces 26-56 px, those behind 0.5-0.65 of
    them), in the low evening sun on 40 % (``golden``) or grey on 15 % (heldout10's ``greyed``); the
    tonnes picked on a tag over its top right (it takes the pixels it covers), the harvest's title
    over a dark band at its foot. Returns its height with the gap under it (460 px)."""
    img, roll = s.img, rng.random()
    look = golden(rng.uniform(0.3, 0.8)) if roll < 0.4 else H10.greyed if roll < 0.55 else None
    H57.staged_across(cast, rng, s, y, 440, VINES, (3, 6), rng.uniform(26, 56), (0.5, 0.65), look)
    tag(img, WIDTH - 240, y + 20, f"{rng.randrange(2, 40)} t picked", WINE, 36)
    H5.scrim(s, (0, y + 340, WIDTH, y + 440), 0.55)
    title(img, f"HARVEST {rng.randrange(2024, 2028)}", (30, y + 396), 1.0, WHITE)
    note(img, f"{rng.choice(WINERIES)} - day {rng.randrange(1, 30)}", (30, y + 428), 0.5, WHITE)
    return 460


def crew_leads(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The crew's leads: "Leads" over three or four 28-38 px faces in squircles 260 px apart
    (heldout2's looks; initials on some), each with the block it leads and the crew's size under the
    name. Returns its height (120 px)."""
    img = s.img
    note(img, "Leads", (30, y + 26), 0.5, GREY, 2)
    for k in range(rng.randrange(3, 5)):
        x = 30 + k * 260
        side = face_or_initials(cast, rng, s, (x, y + 40), (28, 38), "squircle", 0.1)
        note(img, who(rng)[:8], (x + side + 12, y + 62), 0.5, s.fg, 2)
        note(img, f"{rng.choice(BLOCKS)[:9]} - {rng.randrange(4, 16)}", (x + side + 12, y + 90), 0.4, GREY)
    return 120


def crew_header(s: Screen, rng: random.Random, y: int) -> int:
    """The crew table's head (no faces): the block and the varietal, the columns' names over a rule.
    Returns its height (90 px)."""
    img = s.img
    note(img, f"{rng.choice(BLOCKS)} - {rng.choice(VARIETALS)}", (30, y + 36), 0.62, s.fg, 2)
    for x, text in ((90, "PICKER"), (420, "BINS TODAY"), (WIDTH - 150, "KG/H")):
        note(img, text, (x, y + 76), 0.42, GREY, 2)
    cv2.line(img, (20, y + 88), (WIDTH - 20, y + 88), off(s.bg, 40), 2)
    return 90


def crew_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int) -> int:
    """A picker's line in the crew table, on a stripe every other line: a round 20-26 px face
    (initials on some) with, on the first line, the day's top picker's badge over its lower right
    (``vine_badge``: it takes the pixels it covers), on a break faded toward the page on 15 %
    (heldout27's ``faded``: counted as it looks), the name and the row worked, the bins as a bar and
    a count, the rate. Returns its height (70 px)."""
    img = s.img
    if k % 2:
        cv2.rectangle(img, (20, y), (WIDTH - 20, y + 68), off(s.bg, 8), -1)
    side = face_or_initials(cast, rng, s, (34, y + 17), (20, 26), "circle", 0.12)
    if k == 0:
        vine_badge(img, (34 + side - 2, y + 15 + side), 10, s.bg)
    elif rng.random() < 0.15:
        H10.redrawn(s, (32, y + 15, 36 + side, y + 19 + side), H27.faded(s.bg, 0.5))
        tag(img, 300, y + 12, "break", (90, 90, 90), 26)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (90, y + 34), 0.5, s.fg, 2)
    note(img, f"Row {rng.randrange(1, 60)}", (90, y + 60), 0.4, GREY)
    bins = rng.randrange(2, 40)
    cv2.rectangle(img, (420, y + 26), (820, y + 44), off(s.bg, 24), -1)
    cv2.rectangle(img, (420, y + 26), (420 + bins * 10, y + 44), WINE, -1)
    note(img, str(bins), (836, y + 42), 0.5, s.fg, 2)
    note(img, str(rng.randrange(60, 260)), (WIDTH - 150, y + 42), 0.5, s.fg)
    return 70


def tap_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A beer on tap: the tap's handle (a tall rounded bar with a label), a glass of its colour
    (``glass``), the name and style, "by" the brewer's round 20-26 px face (initials on some) and
    name, the price, and who drank it this week as a stack of none to four 18-22 px faces
    (heldout22's ``stack``) with "+N" on some. Returns its height (124 px)."""
    img = s.img
    name, style, colour = rng.choice(BEERS)
    rounded_card(img, 30, y + 12, 34, 100, 10, random_colour(rng, 40, 200))
    cv2.rectangle(img, (34, y + 44), (60, y + 70), WHITE, -1)
    glass(img, 82, y + 34, 44, 70, colour)
    note(img, name, (150, y + 40), 0.6, s.fg, 2)
    note(img, style, (150, y + 68), 0.46, GREY)
    note(img, "by", (150, y + 104), 0.44, GREY)
    side = face_or_initials(cast, rng, s, (186, y + 80), (20, 26), "circle", 0.12)
    note(img, who(rng), (196 + side, y + 104), 0.46, s.fg)
    note(img, f"${rng.randrange(5, 11)}", (WIDTH - 120, y + 44), 0.64, s.fg, 2)
    drank = rng.choice((0, 1, 2, 2, 3, 4))
    if drank:
        H22.stack(
            cast, s, rng, WIDTH - 360, y + 70, drank, 18.3, 22, s.bg, rng.choice((0, 0, rng.randrange(3, 40)))
        )
    cv2.line(img, (30, y + 122), (WIDTH - 30, y + 122), off(s.bg, 14), 1)
    return 124


def on_shift(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Brewers on shift under their heading: pills of the brewery's amber about 280 px apart, each
    with a round 34-46 px face at its left (drawn after the pill) and the first name and role beside
    it, the last across the screen's right edge (heldout45's ``carousel`` for the faces), a hop's
    badge over the lower right of some (``hop_badge``: it takes the pixels it covers). Returns its
    height with the gap under it."""
    top = section(s, y, "On shift", False)
    fp, side = _size(rng, 34, small(rng, 34.5, 46), (1.1, 1.2))
    for x in carousel(rng, 280, side):
        pill(s.img, x - 8, top + 2, 260, side + 16, tone(AMBER, 40) if sum(s.bg) > 384 else AMBER)
        cast.avatar(s, x, top + 10, fp, side, "circle")
        if rng.random() < 0.35:
            hop_badge(s.img, (x + side - 2, top + side + 4), 11, s.bg)
        note(s.img, who(rng)[:7], (x + side + 12, top + 10 + side // 2), 0.5, INK, 2)
        note(
            s.img,
            rng.choice(("Head brewer", "Cellar", "Bar", "Canning")),
            (x + side + 12, top + 34 + side // 2),
            0.4,
            INK,
        )
    return top - y + side + 40


def brewer_feature(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """ "Meet the brewer" on a card: a studio portrait 220 x 260 at the left (heldout11's ``portrait``:
    the face 60-110 px, skewed small), a hop's badge over its lower right (``hop_badge``: it takes
    the pixels it covers), the name, the beer they brew and a line about it. Returns its height
    with the gap under it (300 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, card)
    piece, faces = H11.portrait(cast, 220, 260, small(rng, 60, 110))
    H11.paste_photo(cast, s, piece, faces, 30, y + 10, rounded_rect(260, 220, 14))
    hop_badge(img, (236, y + 256), 16, card)
    note(img, "Meet the brewer", (290, y + 50), 0.5, GREY, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (290, y + 92), 0.7, s.fg, 2)
    note(img, f"Brews the {rng.choice(BEERS)[0]}", (290, y + 130), 0.5, AMBER, 2)
    H52.text_bars(img, rng, 290, y + 160, WIDTH - 350, 3, off(s.bg, 60))
    return 300


def tasting_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The tasting call's bar (no faces): the wine club's name, the bottles of the month as three
    coloured capsules, "LIVE" and the time. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    note(img, f"{rng.choice(WINERIES)} club", (30, y + 44), 0.7, s.fg, 2)
    note(img, f"Live tasting - {rng.choice(MONTHS)} box", (30, y + 82), 0.5, GREY)
    for k in range(3):
        cv2.rectangle(
            img,
            (WIDTH - 420 + k * 30, y + 30),
            (WIDTH - 404 + k * 30, y + 76),
            random_colour(rng, 30, 160),
            -1,
        )
    tag(img, WIDTH - 300, y + 30, "LIVE", RED, 36)
    note(
        img,
        f"{rng.randrange(0, 2)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (WIDTH - 160, y + 58),
        0.55,
        s.fg,
        2,
    )
    return 110


def sommelier_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The sommelier's camera, 700 px wide and 460-560 high at the left (heldout53's ``posed`` in the
    vines or the cellar: the face 100-240 px), the name's label over its lower left (heldout22's
    ``name_label``: it takes the pixels it covers), a burgundy frame; beside it the tonight's wines
    card: three bottles (a tall body and neck of a wine's colour, a label) with their names and
    vintages (never faces). Returns its height with the gap under it."""
    img, h, tw = s.img, rng.randrange(460, 560), 700
    piece, faces = H53.posed(cast, rng, tw, h, rng.uniform(100, 240), VINES)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, tw, 16))
    H22.name_label(img, f"{who(rng)} - Sommelier", 36, y + h - 14, 40)
    cv2.rectangle(img, (20, y), (20 + tw - 1, y + h - 1), WINE, 4)
    x = 20 + tw + 16
    rounded_card(img, x, y, WIDTH - 20 - x, h, 16, off(s.bg, 12))
    note(img, "Tonight", (x + 20, y + 40), 0.6, s.fg, 2)
    for k in range(3):
        by = y + 70 + k * (h - 90) // 3
        bh = (h - 90) // 3 - 16
        colour = rng.choice(((30, 30, 90), (60, 150, 190), (50, 60, 140)))
        cv2.rectangle(img, (x + 24, by + bh // 3), (x + 60, by + bh), colour, -1)
        cv2.rectangle(img, (x + 36, by), (x + 48, by + bh // 3), colour, -1)
        cv2.rectangle(img, (x + 26, by + bh // 2), (x + 58, by + bh * 3 // 4), (230, 235, 240), -1)
        note(img, rng.choice(VARIETALS)[:10], (x + 74, by + bh // 2), 0.44, s.fg, 2)
        note(img, str(rng.randrange(2015, 2024)), (x + 74, by + bh // 2 + 26), 0.42, GREY)
    return h + 16


def member_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, speaking: bool
) -> None:
    """A club member's camera in the tasting's grid at (x, y), tw x th: heldout55's ``audience_tile``
    (the member at home, heldout3's ``photo``: the face 0.12-0.34 of the tile's height, skewed
    small; the camera off on a fifth; grey on a tenth; the first name's label, a muted microphone or
    a raised hand on some), a glass of wine's colour on a disc over its upper left (it takes the
    pixels it covers) and, for the one speaking, a frame of the winery's burgundy."""
    H55.audience_tile(cast, rng, s, x, y, tw, th)
    cv2.circle(s.img, (x + 22, y + 22), 16, (240, 240, 240), -1, cv2.LINE_AA)
    cv2.ellipse(s.img, (x + 22, y + 18), (8, 8), 0, 0, 180, rng.choice(((40, 30, 110), (90, 200, 230))), -1)
    cv2.line(s.img, (x + 22, y + 26), (x + 22, y + 33), (120, 120, 120), 2)
    if speaking:
        cv2.rectangle(s.img, (x, y), (x + tw - 1, y + th - 1), WINE, 4)


def members_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The members' cameras from ``y`` in four columns and two rows or three and three, 4:3 and 10 px
    apart (heldout57's ``call_grid``), each a ``member_tile``, one of them speaking. Returns its
    height with the gap under it."""
    cols, rows = rng.choice(((4, 2), (3, 3)))
    speaking = rng.randrange(cols * rows)
    cells = H57.call_grid(cols, rows, y)
    for k, (x, top, tw, th) in enumerate(cells):
        member_tile(cast, rng, s, x, top, tw, th, k == speaking)
    x, top, tw, th = cells[-1]
    return top + th + 20 - y


def tasting_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tasting note in the call's chat: the member's round 20-26 px face (initials on some), the
    first name and the wine, the note as a text bar, a score out of five as small stars. Returns its
    height (90 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (20, 26), "circle", 0.15)
    x = 50 + side
    note(img, f"{who(rng)} on the {rng.choice(VARIETALS)}", (x, y + 38), 0.5, s.fg, 2)
    H52.text_bars(img, rng, x, y + 52, WIDTH - x - 220, 1, off(s.bg, 60))
    score = rng.randrange(2, 6)
    for k in range(5):
        star(img, (WIDTH - 190 + k * 30, y + 40), 11, GOLD if k < score else off(s.bg, 40))
    return 90


# ----------------------------------------------------------------------------------------------
# Parts: an astronomy club's star party and its members' gallery.
# ----------------------------------------------------------------------------------------------


def sky_card(s: Screen, rng: random.Random, y: int) -> int:
    """Tonight's sky on a card (no faces): the date and the site, the moon's phase (``moon``) and
    rise, the cloud cover by hour as bars, the seeing and the sky's darkness on tags. Returns its
    height with the gap under it (220 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 200, 20, card)
    note(
        img,
        f"Sat {rng.randrange(1, 29)} {rng.choice(MONTHS)} - {rng.choice(SITES)}",
        (44, y + 44),
        0.6,
        s.fg,
        2,
    )
    moon(img, (WIDTH - 100, y + 60), 34, rng.random(), card)
    note(img, f"Moonrise {rng.randrange(18, 24)}:{rng.randrange(60):02d}", (WIDTH - 300, y + 130), 0.44, GREY)
    for k in range(8):
        cover = rng.random()
        cv2.rectangle(
            img, (44 + k * 60, y + 170 - round(cover * 80)), (84 + k * 60, y + 170), (150, 150, 160), -1
        )
        note(img, str((20 + k) % 24), (48 + k * 60, y + 192), 0.36, GREY)
    tag(img, 560, y + 80, f"Seeing {rng.randrange(2, 6)}/5", NIGHT, 32)
    tag(img, 560, y + 126, f"Bortle {rng.randrange(2, 6)}", (60, 60, 60), 32)
    return 220


def host_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The night's host on a card: a round 40-56 px face in a ring of night blue (heldout33's
    ``ring_avatar``, drawn before it) with a ringed planet's badge over its lower right
    (``planet_badge``: it takes the pixels it covers), "Hosted by", the name, a directions
    button. Returns its height with the gap under it (170 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 150, 22, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    ring_avatar(cast, s, 44, y + (150 - side) // 2, fp, side, NIGHT if sum(s.bg) > 384 else (200, 150, 110))
    planet_badge(img, (44 + side - 2, y + (150 + side) // 2 - 2), 12, card)
    x = 86 + side
    note(img, "Hosted by", (x, y + 54), 0.46, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 90), 0.62, s.fg, 2)
    pill(img, WIDTH - 250, y + 46, 200, 56, s.accent)
    note(img, "Directions", (WIDTH - 224, y + 82), 0.55, WHITE, 2)
    return 170


def going_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is going: "Going" over a stack of five to nine 20-26 px faces (heldout22's ``stack``) with
    "+N" on some, and "Maybe" over a stack of two to four 18-22 px faces. Returns its height (120
    px)."""
    img = s.img
    note(img, f"Going ({rng.randrange(8, 60)})", (30, y + 28), 0.5, GREY, 2)
    H22.stack(
        cast, s, rng, 30, y + 44, rng.randrange(5, 10), 20, 26, s.bg, rng.choice((0, rng.randrange(4, 50)))
    )
    note(img, "Maybe", (WIDTH - 330, y + 28), 0.5, GREY, 2)
    H22.stack(cast, s, rng, WIDTH - 330, y + 48, rng.randrange(2, 5), 18.3, 22, s.bg)
    return 120


def scope_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A telescope set up for the night: the owner's 22-30 px face in a circle, a squircle or a
    bordered circle (initials on some), the name and the telescope, what it is on tonight on a tag,
    and the queue at the eyepiece as a stack of none to three 18-22 px faces (heldout22's
    ``stack``). Returns its height (110 px)."""
    img = s.img
    shape = rng.choice(("circle", "squircle", "border"))
    side = face_or_initials(cast, rng, s, (30, y + 22), (22, 30), shape, 0.12)
    x = 54 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 42), 0.56, s.fg, 2)
    note(img, rng.choice(SCOPES), (x, y + 74), 0.46, GREY)
    tag(img, x + 300, y + 20, f"On {rng.choice(TARGETS)}", NIGHT, 30)
    queue = rng.choice((0, 1, 2, 3))
    if queue:
        note(img, "Queue", (WIDTH - 320, y + 40), 0.42, GREY)
        H22.stack(cast, s, rng, WIDTH - 320, y + 52, queue, 18.3, 22, s.bg)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def photo_of_month(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club's photo of the month across the screen, 400 px: an astrophotograph (``deep_sky``:
    never a face) or on 35 % the club at the observatory (heldout57's ``staged_across``: two to four
    a depth, the front faces 36-80 px, skewed small, those behind 0.55-0.7 of them, lit by red
    torches on half: heldout17's ``stage_light``); its maker's round 36-48 px face in a gold ring
    over its lower left (heldout33's ``ring_avatar``, drawn before it), the object and the hours of
    exposure over a dark band at its foot. Returns its height with the gap under it (420 px)."""
    img, hh = s.img, 400
    if rng.random() < 0.35:
        torch = H17.stage_light("red", rng.uniform(0.5, 0.8)) if rng.random() < 0.5 else None
        H57.staged_across(cast, rng, s, y, hh, STARGAZING, (2, 4), small(rng, 36, 80), (0.55, 0.7), torch)
    else:
        img[y : y + hh, 0:WIDTH] = deep_sky(rng, WIDTH, hh)
    H5.scrim(s, (0, y + hh - 110, WIDTH, y + hh), 0.5)
    fp, side = _size(rng, 36, small(rng, 36.5, 48), (1.1, 1.2))
    ring_avatar(cast, s, 34, y + hh - side - 28, fp, side, GOLD)
    title(img, rng.choice(TARGETS).upper(), (side + 76, y + hh - 58), 0.95, WHITE)
    note(img, f"{rng.randrange(2, 30)} h - photo of the month", (side + 76, y + hh - 24), 0.5, WHITE)
    return hh + 20


def astro_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the members' gallery: three photos 320 px square, each an astrophotograph
    (``deep_sky``: never a face) with its maker's round 18-26 px face in a white rim over its upper
    left (the rim drawn first), or on a quarter a photo of a club night (heldout11's ``snapshot``:
    a group photo or a gathering, faces 18-40 px, or a thing) lit by red torches on half
    (heldout17's ``stage_light``); the object and the exposure under each, and who liked it as a
    stack of none to three 18-22 px faces (heldout22's ``stack``). Returns its height (380 px)."""
    img, side, gap = s.img, 320, 20
    for k in range(3):
        x = 20 + k * (side + gap)
        where = rounded_rect(side, side, 14)
        if rng.random() < 0.25:
            piece, faces = H11.snapshot(cast, side, side, 18.3, 40, 0.85)
            if rng.random() < 0.5:
                piece = H17.stage_light("red", rng.uniform(0.5, 0.8))(piece)
            H11.paste_photo(cast, s, piece, faces, x, y, where)
            caption = "Club night"
        else:
            sky = deep_sky(rng, side, side)
            img[y : y + side, x : x + side] = np.where(
                where[:, :, None] > 0, sky, img[y : y + side, x : x + side]
            )
            fp, sd = _size(rng, 18.3, small(rng, 18.8, 26), (1.1, 1.2))
            cv2.circle(img, (x + 14 + sd // 2, y + 14 + sd // 2), sd // 2 + 4, WHITE, -1, cv2.LINE_AA)
            if rng.random() < 0.12:
                H3.initials(img, rng, x + 14, y + 14, sd, "circle", None)
            else:
                cast.avatar(s, x + 14, y + 14, fp, sd, "circle")
            caption = f"{rng.choice(TARGETS)} - {rng.randrange(1, 20)} h"
        note(img, caption, (x + 6, y + side + 34), 0.46, s.fg)
        liked = rng.choice((0, 1, 2, 2, 3))
        if liked:
            H22.stack(cast, s, rng, x + side - 100, y + side + 12, liked, 18.3, 22, s.bg)
    return side + 60


# ----------------------------------------------------------------------------------------------
# Parts: a dojo's grading, a tournament's bracket, a member's card.
# ----------------------------------------------------------------------------------------------


def examiners(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The grading's panel: "Panel" over three or four examiners side by side, each a 32-44 px face
    in a square (heldout2's looks) with a black belt's bar under it (``belt``: never a face) and the
    name and dan. Returns its height with the gap under it (170 px)."""
    img = s.img
    note(img, "Panel", (30, y + 26), 0.5, GREY, 2)
    fp, side = _size(rng, 32, small(rng, 32.5, 44), (1.1, 1.2))
    for k in range(rng.randrange(3, 5)):
        x = 30 + k * 260
        cast.avatar(s, x, y + 40, fp, side, "square")
        belt(img, x, y + 48 + side, side, 10, BELTS[-1][1], rng.randrange(1, 6))
        note(img, who(rng)[:8], (x + side + 14, y + 60 + side // 3), 0.5, s.fg, 2)
        note(img, f"{rng.randrange(2, 8)}th dan", (x + side + 14, y + 88 + side // 3), 0.42, GREY)
    return 170


def grading_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The grading's photo: heldout38's ``staged`` in the dojo (two depths of four to seven, the front
    faces 24-40 px, those behind 0.65-0.8 of them), grey on a fifth (heldout10's ``greyed``), pasted
    rounded or on 35 % as a print with a white border turned 2-5 degrees (heldout57's ``printed``),
    the date's tag over its lower left (it takes the pixels it covers). Returns its height with the
    gap under it."""
    fp, pw, ph = rng.uniform(24, 40), WIDTH - 120, rng.randrange(300, 380)
    piece, faces = H38.staged(cast, rng, DOJO_HALL, 2, (4, 7), pw, ph, fp * rng.uniform(0.65, 0.8), fp)
    if rng.random() < 0.2:
        piece = H10.greyed(piece)
    where = rounded_rect(ph, pw, 16)
    if rng.random() < 0.35:
        piece, faces, where = H57.printed(piece, faces, 14, rng.choice((-1, 1)) * rng.uniform(2, 5))
    H11.paste_photo(cast, s, piece, faces, (WIDTH - piece.shape[1]) // 2, y + 10, where)
    hh = piece.shape[0]
    tag(s.img, 84, y + hh - 40, f"{rng.randrange(1, 29)} {rng.choice(MONTHS)}", DOJO, 34)
    return hh + 30


def grade_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's result: a 22-30 px face in a rounded square (initials on some), the name, the belt
    before and after as bars with an arrow between (``belt``), "Pass" on a green tag, or on a fifth
    "Retake" with the face faded toward the page (heldout27's ``faded``: counted as it looks).
    Returns its height (88 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 14), (22, 30), "rounded", 0.12)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}"[:16], (x, y + 36), 0.54, s.fg, 2)
    old = rng.randrange(0, len(BELTS) - 1)
    belt(img, x, y + 50, 120, 16, BELTS[old][1], rng.randrange(0, 4))
    cv2.arrowedLine(img, (x + 132, y + 58), (x + 176, y + 58), GREY, 2, tipLength=0.3)
    belt(img, x + 188, y + 50, 120, 16, BELTS[old + 1][1], 0)
    if rng.random() < 0.8:
        tag(img, WIDTH - 170, y + 26, "Pass", GREEN, 34)
    else:
        tag(img, WIDTH - 170, y + 26, "Retake", RED, 34)
        H10.redrawn(s, (28, y + 12, 32 + side, y + 16 + side), H27.faded(s.bg, 0.45))
    cv2.line(img, (30, y + 86), (WIDTH - 30, y + 86), off(s.bg, 14), 1)
    return 88


BRACKET_X = (20, 280, 540, 800)  # the rounds' columns, 240 px wide
SLOT_H = 58  # the first round's slot
ROUND_FACES = ((18.3, 22), (20, 24), (22, 28), (26, 32))  # the faces of each round's slots


def bracket_slot(cast: Cast, rng: random.Random, s: Screen, x: int, cy: int, faces: tuple[float, float],
                 lost: bool) -> None:  # fmt: skip
    """A competitor's slot centred on row ``cy`` of a bracket's column at ``x``: a card 240 x 50 px
    with the club's belt colour down its left, a round face of ``faces`` px (initials on some), the
    first name and the score; a loser's slot grey (heldout10's ``greyed``: counted as it looks)."""
    img = s.img
    rounded_card(img, x, cy - 25, 240, 50, 10, off(s.bg, 12))
    cv2.rectangle(img, (x, cy - 19), (x + 5, cy + 19), rng.choice(BELTS[1:])[1], -1)
    fp, side = _size(rng, faces[0], small(rng, faces[0] + 0.5, faces[1]), (1.05, 1.15))
    ax = x + 12
    if rng.random() < 0.08:
        H3.initials(img, rng, ax, cy - side // 2, side, "circle", None)
    else:
        cast.avatar(s, ax, cy - side // 2, fp, side, "circle")
    note(img, who(rng)[:7], (ax + side + 10, cy + 8), 0.44, s.fg, 2)
    note(img, str(rng.randrange(0, 9)), (x + 212, cy + 8), 0.5, s.fg if not lost else GREY, 2)
    if lost:
        H10.redrawn(s, (x, cy - 25, x + 240, cy + 25), H10.greyed)


def bracket_tree(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A knockout bracket of sixteen: four columns of slots (``bracket_slot``), the first round's 58
    px apart, each later slot between the two it comes from, joined by elbow lines; the rounds
    fought so far (two to four) filled with faces (18-22, 20-24, 22-28 and 26-32 px a round), the
    loser of each bout grey, the rounds to come as dashed rings with "TBD" (never faces); when the
    final is fought, the champion's 40-56 px face in a gold ring (heldout33's ``ring_avatar``) with a
    trophy's star above the last column. Returns its height with the gap under it (16 * 58 + 40)."""
    img = s.img
    rounds = rng.choice((2, 3, 3, 4))
    centres = [y + SLOT_H // 2 + k * SLOT_H for k in range(16)]
    line = off(s.bg, 60)
    for r in range(4):
        x = BRACKET_X[r]
        winners = [rng.randrange(2) for _ in range(len(centres) // 2)] if r < 3 else [rng.randrange(2)]
        for k, cy in enumerate(centres):
            if r < rounds:
                decided = r == 3 or r + 1 < rounds
                bracket_slot(cast, rng, s, x, cy, ROUND_FACES[r], decided and winners[k // 2] != k % 2)
            else:
                rounded_card(img, x, cy - 25, 240, 50, 10, off(s.bg, 12))
                dashed_ring(img, (x + 26, cy), 13, GREY, 2)
                note(img, "TBD", (x + 54, cy + 8), 0.44, GREY)
        if r < 3:
            nxt = [(centres[2 * k] + centres[2 * k + 1]) // 2 for k in range(len(centres) // 2)]
            for k, c in enumerate(nxt):
                a, b = centres[2 * k], centres[2 * k + 1]
                cv2.line(img, (x + 240, a), (x + 250, a), line, 2)
                cv2.line(img, (x + 240, b), (x + 250, b), line, 2)
                cv2.line(img, (x + 250, a), (x + 250, b), line, 2)
                cv2.line(img, (x + 250, c), (x + 260, c), line, 2)
            centres = nxt
    if rounds == 4:
        fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
        cx = BRACKET_X[3] + 120
        star(img, (cx, y + 40), 26, GOLD)
        ring_avatar(cast, s, cx - side // 2, y + 90, fp, side, GOLD)
        note(img, "Champion", (cx - 56, y + 120 + side), 0.56, s.fg, 2)
    return 16 * SLOT_H + 40


def bout_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A bout to come: its number and mat, the red corner's round 22-28 px face in a red ring and the
    blue corner's in a blue one (initials on some; the rings drawn first, clear of the faces), "vs"
    between, the names, the time. Returns its height (110 px)."""
    img = s.img
    note(img, f"Bout {rng.randrange(1, 80)}", (30, y + 36), 0.5, s.fg, 2)
    note(img, f"Mat {rng.randrange(1, 5)}", (30, y + 66), 0.44, GREY)
    for k, (x, ring) in enumerate(((220, RED), (620, (200, 110, 30)))):
        fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
        cv2.circle(img, (x + side // 2, y + 22 + side // 2), side // 2 + 6, ring, 3, cv2.LINE_AA)
        if rng.random() < 0.1:
            H3.initials(img, rng, x, y + 22, side, "circle", None)
        else:
            cast.avatar(s, x, y + 22, fp, side, "circle")
        note(img, who(rng)[:8], (x + side + 18, y + 50), 0.5, s.fg, 2)
        if k == 0:
            note(img, "vs", (520, y + 50), 0.6, GREY, 2)
    note(img, f"{rng.randrange(9, 17)}:{rng.choice(('00', '20', '40'))}", (WIDTH - 110, y + 50), 0.5, GREY)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def member_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The dojo's membership card (WIDTH - 60) wide: the dojo's red band with its name; the member's
    photo 440 px wide and 480-560 high at the left (heldout53's ``posed`` in the dojo: the face
    110-240 px, on a quarter cut by a side of the photo); at the right the name, the rank as a belt
    (``belt``), since when, and a QR code (heldout57's ``qr_code``). Returns its height with the gap
    under it."""
    img, x, w, pw = s.img, 30, WIDTH - 60, 440
    ph = rng.randrange(480, 560)
    light = sum(s.bg) > 384
    rounded_card(img, x, y, w, 100 + ph + 30, 28, WHITE if light else off(s.bg, 20))
    rounded_card(img, x, y, w, 110, 28, DOJO)
    note(img, rng.choice(DOJOS).upper(), (x + 30, y + 62), 0.85, WHITE, 2)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), DOJO_HALL, edge)
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 100, rounded_rect(ph, pw, 16))
    ink, rx = INK if light else WHITE, x + pw + 50
    note(img, who(rng), (rx, y + 160), 0.8, ink, 2)
    note(img, rng.choice(SURNAMES), (rx, y + 200), 0.6, ink)
    rank = rng.randrange(len(BELTS))
    belt(img, rx, y + 230, 220, 22, BELTS[rank][1], rng.randrange(0, 4))
    note(img, f"{BELTS[rank][0]} belt", (rx, y + 290), 0.5, GREY)
    note(img, f"Since {rng.randrange(2012, 2026)}", (rx, y + 326), 0.5, GREY)
    H57.qr_code(img, rng, rx, y + 100 + ph - 220, 200)
    return 100 + ph + 50


def partners_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Training partners: the heading over five to eight round 22-28 px faces side by side in white
    rims, in story rings on half the rows (who trained today; initials on some), "+N" at the end on
    some. Returns its height (150 px)."""
    img = s.img
    note(img, "Training partners", (30, y + 30), 0.6, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    n, shape = rng.randrange(5, 9), rng.choice(("circle", "ring"))
    for k in range(n):
        x = 30 + k * 110
        cv2.circle(img, (x + side // 2, y + 50 + side // 2), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
        if rng.random() < 0.1:
            H3.initials(img, rng, x, y + 50, side, "circle", None)
        else:
            cast.avatar(s, x, y + 50, fp, side, shape)
        note(img, who(rng)[:6], (x - 4, y + 80 + side), 0.4, GREY)
    if n < 8 and rng.random() < 0.5:
        badge(
            img,
            (30 + n * 110 + side // 2, y + 50 + side // 2),
            side // 2,
            off(s.bg, 40),
            f"+{rng.randrange(2, 20)}",
        )
    return 150


def class_slot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A class in the week's timetable: the day and the time, the class and its level, the sensei's
    round 24-30 px face (initials on some) and name, "Booked" on a tick's badge or a "Book" button.
    Returns its height (96 px)."""
    img = s.img
    note(img, rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")), (30, y + 40), 0.5, GREY, 2)
    note(img, f"{rng.randrange(7, 21)}:{rng.choice(('00', '30'))}", (30, y + 70), 0.56, s.fg, 2)
    note(img, rng.choice(CLASSES), (150, y + 44), 0.58, s.fg, 2)
    note(img, rng.choice(BELTS)[0] + " belt up", (150, y + 74), 0.44, GREY)
    side = face_or_initials(cast, rng, s, (WIDTH - 420, y + 22), (24, 30), "circle", 0.12)
    note(img, who(rng)[:8], (WIDTH - 406 + side, y + 52), 0.46, s.fg)
    if rng.random() < 0.4:
        badge(img, (WIDTH - 120, y + 46), 18, GREEN, "check")
    else:
        outlined(img, WIDTH - 180, y + 24, 130, 48, s.accent, s.bg)
        note(img, "Book", (WIDTH - 148, y + 56), 0.54, s.accent, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a dental clinic's team and its booking.
# ----------------------------------------------------------------------------------------------


def clinic_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The clinic's team in the surgery across the screen, 420 px (heldout57's ``staged_across``: two
    to five a depth, the front faces 26-46 px, those behind 0.55-0.7 of them), in the clinic's cool
    light on 35 % (``clinic_light``); the opening hours on a tag and a tooth's badge over its top
    (they take the pixels they cover), the clinic's name over a dark band at its foot. Returns its
    height with the gap under it (440 px)."""
    img = s.img
    cool = clinic_light(rng.uniform(0.2, 0.5)) if rng.random() < 0.35 else None
    H57.staged_across(cast, rng, s, y, 420, SURGERY, (2, 5), rng.uniform(26, 46), (0.55, 0.7), cool)
    tag(img, 24, y + 20, f"Open today {rng.randrange(7, 10)}-{rng.randrange(17, 20)}", TEAL, 36)
    tooth_badge(img, (WIDTH - 60, y + 50), 26, s.bg)
    H5.scrim(s, (0, y + 330, WIDTH, y + 420), 0.5)
    title(img, rng.choice(CLINICS).upper(), (30, y + 388), 0.95, WHITE)
    return 440


def team_trio(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of the clinic's team: three in columns 346 px wide, each a round 24-34 px face (a ring of
    the clinic's teal round some, heldout33's ``ring_avatar``, drawn first; a light border on some;
    initials on some; a
    tooth's badge over the lower right of some, ``tooth_badge``: it takes the pixels it covers),
    the name, the role and "New patients" or the languages. Returns its height (120 px)."""
    img = s.img
    cw = (WIDTH - 40) // 3
    for k in range(3):
        x = 30 + k * cw
        fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.1, 1.25))
        roll = rng.random()
        if roll < 0.3:
            ring_avatar(cast, s, x, y + 20, fp, side, TEAL)
        elif roll < 0.4:
            H3.initials(img, rng, x, y + 20, side, "circle", None)
        else:
            cast.avatar(s, x, y + 20, fp, side, rng.choice(("circle", "circle", "border")))
            if rng.random() < 0.2:
                tooth_badge(img, (x + side - 2, y + 18 + side), 10, s.bg)
        tx = x + side + 18
        note(
            img,
            f"Dr {rng.choice(SURNAMES)}"[:11] if rng.random() < 0.5 else who(rng)[:10],
            (tx, y + 40),
            0.5,
            s.fg,
            2,
        )
        note(img, rng.choice(STAFF), (tx, y + 66), 0.42, s.accent)
        note(img, rng.choice(("New patients", "EN ES", "EN PL", "EN FR", "Kids")), (tx, y + 90), 0.4, GREY)
    return 120


def your_dentist(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's own dentist on a card: a portrait 200 x 230 at the left (heldout11's ``portrait``: the
    face 64-120 px, skewed small) in a teal frame, "Your dentist", the name, the last visit and a
    recall's tag. Returns its height with the gap under it (270 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 250, 20, card)
    cv2.rectangle(img, (36, y + 6), (244, y + 244), TEAL, -1)
    piece, faces = H11.portrait(cast, 200, 230, small(rng, 64, 120))
    H11.paste_photo(cast, s, piece, faces, 40, y + 10)
    note(img, "Your dentist", (280, y + 54), 0.5, GREY, 2)
    note(img, f"Dr {who(rng)} {rng.choice(SURNAMES)}", (280, y + 96), 0.7, s.fg, 2)
    note(img, f"Last visit {rng.randrange(1, 29)} {rng.choice(MONTHS)}", (280, y + 136), 0.5, GREY)
    tag(img, 280, y + 164, f"Recall due in {rng.randrange(1, 6)} mo", TEAL, 34)
    return 270


def family_picker(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who the visit is for: three to five round 22-28 px faces (initials on some) 170 px apart with
    the first names under them, the chosen one ringed in the clinic's teal (drawn before it) with a
    tick's badge over its lower right (heldout4's ``badge``: it takes the pixels it covers).
    Returns its height (160 px)."""
    img = s.img
    note(img, "Who is it for?", (30, y + 32), 0.6, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    n = rng.randrange(3, 6)
    chosen = rng.randrange(n)
    for k in range(n):
        x = 40 + k * 170
        if k == chosen:
            cv2.circle(img, (x + side // 2, y + 56 + side // 2), side // 2 + 7, TEAL, 3, cv2.LINE_AA)
        if rng.random() < 0.1:
            H3.initials(img, rng, x, y + 56, side, "circle", None)
        else:
            cast.avatar(s, x, y + 56, fp, side, "circle")
        if k == chosen:
            badge(img, (x + side - 1, y + 54 + side), 10, TEAL, "check", s.bg)
        note(img, who(rng)[:7], (x - 6, y + 94 + side), 0.44, s.fg)
    return 160


def dentist_cards(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Choose a dentist, under its heading: cards about 250 px apart, each with a 40-56 px face in a
    squircle at its left (the card drawn first), the surname and the rating as stars beside it, the
    next free day under it, the last across the screen's right edge (heldout45's ``carousel``).
    Returns its height with the gap under it."""
    top = section(s, y, "Choose a dentist", True)
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    card = off(s.bg, 10)
    for x in carousel(rng, 250, side):
        rounded_card(s.img, x - 14, top, side + 186, side + 76, 18, card)
        cast.avatar(s, x, top + 14, fp, side, "squircle")
        note(s.img, rng.choice(SURNAMES)[:8], (x + side + 12, top + 40), 0.46, s.fg, 2)
        rating = rng.randrange(3, 6)
        for k in range(5):
            star(s.img, (x + side + 22 + k * 22, top + 68), 9, GOLD if k < rating else GREY)
        note(s.img, f"Next: {rng.choice(('Mon', 'Tue', 'Thu', 'Fri'))}", (x, top + side + 52), 0.42, GREY)
    return top - y + side + 96


def slot_grid(s: Screen, rng: random.Random, y: int) -> int:
    """The days and times (no faces): a strip of seven day pills, the chosen one in the accent, then
    three rows of four time pills, the taken ones struck through. Returns its height with the gap
    under it (300 px)."""
    img = s.img
    chosen = rng.randrange(7)
    for k in range(7):
        x = 30 + k * 146
        colour = s.accent if k == chosen else off(s.bg, 16)
        rounded_card(img, x, y, 130, 90, 16, colour)
        ink = WHITE if k == chosen else s.fg
        note(img, ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")[k], (x + 44, y + 36), 0.5, ink, 2)
        note(img, str(rng.randrange(1, 29)), (x + 46, y + 72), 0.56, ink, 2)
    for r in range(3):
        for c in range(4):
            x, ty = 30 + c * 256, y + 120 + r * 58
            outlined(img, x, ty, 236, 46, TEAL, s.bg)
            text = f"{8 + r * 3 + c // 2}:{('00', '30')[c % 2]}"
            note(img, text, (x + 80, ty + 32), 0.5, s.fg)
            if rng.random() < 0.3:
                cv2.line(img, (x + 20, ty + 23), (x + 216, ty + 23), GREY, 2)
    return 300


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A patient's review: a round 20-26 px face (initials on some), the name, five stars, the
    treatment on a tag, when, who found it helpful as a stack of none to two 18-22 px faces
    (heldout22's ``stack``), the review as two text bars. Returns its height (130 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (20, 26), "circle", 0.15)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.54, s.fg, 2)
    score = rng.randrange(3, 6)
    for k in range(5):
        star(img, (x + 10 + k * 26, y + 64), 10, GOLD if k < score else off(s.bg, 40))
    tag(img, x + 160, y + 50, rng.choice(TREATMENTS), TEAL, 28)
    note(img, f"{rng.randrange(1, 11)} weeks ago", (WIDTH - 190, y + 40), 0.42, GREY)
    helpful = rng.choice((0, 1, 1, 2))
    if helpful:
        end = H22.stack(cast, s, rng, WIDTH - 190, y + 50, helpful, 18.3, 22, s.bg)
        note(img, "helpful", (end + 8, y + 68), 0.38, GREY)
    H52.text_bars(img, rng, x, y + 84, WIDTH - x - 60, 2, off(s.bg, 60))
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def pushed(
    cast: Cast, rng: random.Random, name: str, kind: str, themes: tuple[str, ...], text: str
) -> tuple[Screen, int]:
    """A new screen in one of ``themes``, marked as ``kind`` for ``cast`` (heldout23's
    ``new_screen``), with a pushed page's bar titled ``text`` (heldout28's ``back_bar``): the screen
    and the y under the bar."""
    s = new_screen(rng, name, cast.kind(kind), themes)
    H28.back_bar(s, text, 0.95)
    return s, STATUS_H + 100


def harvest_crew(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A vineyard's harvest crew: the bar; the pickers in the vines (``harvest_hero``: front faces
    26-56 px, a low sun or grey on some); the leads (``crew_leads``: 28-38 px); the crew table
    (``crew_header``, then ``crew_row``: 20-26 px, the top picker's badge, breaks faded) down to the
    tab bar."""
    s, y = pushed(cast, rng, name, "harvest", ("light", "light", "dark", "tinted"), "Harvest crew")
    y += harvest_hero(cast, rng, s, y)
    y += crew_leads(cast, rng, s, y)
    y += crew_header(s, rng, y)
    lines = iter(range(100))
    return rows_to_tab_bar(s, rng, y, 60, lambda t: crew_row(cast, rng, s, t, next(lines)))


def taproom(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A brewery's taproom: the title and one's 22-26 px face; the brewers on shift (``on_shift``:
    34-46 px, past the right edge); on 60 % the brewer of the month (``brewer_feature``: 60-110 px);
    what is on tap (``tap_row``: brewers 20-26 px, drinkers 18-22 px in stacks) down to the tab
    bar, which cuts the last."""
    s, y = titled(
        cast, rng, name, "taproom", ("dark", "dark", "light", "tinted"), rng.choice(BREWERIES), own=True
    )
    y += on_shift(cast, rng, s, y)
    y += brewer_feature(cast, rng, s, y) if rng.random() < 0.6 else 0
    y = section(s, y, "On tap", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: tap_row(cast, rng, s, t))


def wine_tasting(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wine club's tasting on video: the bar (``tasting_bar``); the sommelier (``sommelier_tile``:
    100-240 px) beside tonight's wines; the members' cameras (``members_grid``: four columns and two
    rows or three and three, ``member_tile``: faces 0.12-0.34 of a tile's height, the one speaking
    framed); the tasting notes (``tasting_note``: 20-26 px) above the call's controls."""
    s = new_screen(rng, name, cast.kind("tasting"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + tasting_bar(s, rng, STATUS_H)
    y += sommelier_tile(cast, rng, s, y)
    y += members_grid(cast, rng, s, y)
    return call_foot(s, rng, y, "Tasting notes", lambda t: tasting_note(cast, rng, s, t))


def call_foot(s: Screen, rng: random.Random, y: int, title: str, row: Callable[[int], int]) -> Composite:
    """A video call's foot: ``title``'s rows from ``y`` down to the call's controls, the controls
    and the nav bar; the finished screen."""
    controls = H - NAV_H - 150
    H38.rows_above(s, y, controls, title, row)
    H22.call_controls(s, rng, controls)
    H5.nav_bar(s)
    return s.finish()


def star_party(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An astronomy club's star party: the club's title and one's 22-26 px face; tonight's sky
    (``sky_card``); the host (``host_card``: 40-56 px); who is going (``going_row``: 20-26 and 18-22
    px stacks); the telescopes (``scope_row``: owners 22-30 px, queues 18-22 px) down to the tab bar;
    on 30 % the whole screen in the night mode's red (``night_rows``)."""
    themes = ("dark", "dark", "tinted", "light")
    s, y = titled(cast, rng, name, "starparty", themes, rng.choice(SOCIETIES), own=True)
    y += sky_card(s, rng, y)
    y += host_card(cast, rng, s, y)
    y += going_row(cast, rng, s, y)
    y = section(s, y, "Telescopes", False)
    red = rng.random() < 0.3
    return night_rows(s, rng, y, lambda t: scope_row(cast, rng, s, t), red)


def astro_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An astronomy club's members' gallery: the title; the photo of the month (``photo_of_month``:
    its maker 36-48 px); the objects' chips; the gallery (``astro_row``: makers 18-26 px over
    astrophotographs, club nights' photos on some) down to the tab bar, which cuts the last."""
    themes = ("dark", "dark", "tinted", "light")
    s, y = titled(cast, rng, name, "astro", themes, "Members' gallery")
    y += photo_of_month(cast, rng, s, y)
    chips(s.img, rng, 30, y, 5, 44, (90, 140), off(s.bg, 16), s.fg)
    y += 64
    return rows_to_tab_bar(s, rng, y, 120, lambda t: astro_row(cast, rng, s, t))


def grading(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dojo's grading results: the bar; the dojo and the month; the panel (``examiners``: 32-44
    px); on 60 % the grading's photo (``grading_photo``: front faces 24-40 px, grey or a turned print
    on some); the results (``grade_row``: 22-30 px, retakes faded) down to the tab bar."""
    s, y = pushed(cast, rng, name, "grading", ("light", "light", "dark", "tinted"), "Grading results")
    heading(s, 30, y + 36, f"{rng.choice(DOJOS)} - {rng.choice(MONTHS)}", 0.8)
    y += 60
    y += examiners(cast, rng, s, y)
    y += grading_photo(cast, rng, s, y) if rng.random() < 0.6 else 0
    y = section(s, y, "Results", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: grade_row(cast, rng, s, t))


def bracket(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tournament's bracket: the bar and the division; the mats' chips; the bracket of sixteen
    (``bracket_tree``: 18-32 px by round, losers grey, the champion 40-56 px when the final is
    fought); the bouts to come (``bout_row``: 22-28 px) down to the tab bar."""
    s, y = pushed(cast, rng, name, "bracket", ("light", "dark", "light", "tinted"), "Bracket")
    note(s.img, rng.choice(DIVISIONS), (WIDTH - 330, STATUS_H + 62), 0.56, GREY, 2)
    chips(s.img, rng, 30, y, 4, 44, (100, 140), off(s.bg, 16), s.fg)
    y += 70
    y += bracket_tree(cast, rng, s, y)
    y = section(s, y, "Up next", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: bout_row(cast, rng, s, t))


def dojo_pass(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dojo member's card: the bar; the card (``member_card``: the member 110-240 px, cut by a side
    on some); the training partners (``partners_row``: 22-28 px); the week's classes where there is
    room (``class_slot``: senseis 24-30 px), above the "Check in" button."""
    s, y = pushed(cast, rng, name, "dojopass", ("light", "dark", "light", "tinted"), "Membership")
    y += member_card(cast, rng, s, y)
    y += partners_row(cast, rng, s, y)
    foot = H - NAV_H - 120
    H38.rows_above(s, y, foot, "This week", lambda t: class_slot(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Check in")


def dental_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dental clinic's team page: the bar; the team in the surgery (``clinic_hero``: front faces
    26-46 px, cool light on some); the treatments' chips; the team three a row (``team_trio``: 24-34
    px, teal rings and tooth badges on some) down to the tab bar, which cuts the last."""
    s, y = pushed(cast, rng, name, "dentalteam", ("light", "light", "tinted", "dark"), "Our clinic")
    y += clinic_hero(cast, rng, s, y)
    chips(s.img, rng, 30, y, 4, 44, (110, 160), off(s.bg, 16), s.fg)
    y += 64
    y = section(s, y, "Meet the team", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: team_trio(cast, rng, s, t))


def dental_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dental clinic's booking: the bar; one's dentist (``your_dentist``: 64-120 px); who it is for
    (``family_picker``: 22-28 px); the dentists
    (``dentist_cards``: 40-56 px, past the right edge); the days and times (``slot_grid``); the
    patients' reviews (``review_row``: 20-26 px) down to the tab bar."""
    s, y = pushed(cast, rng, name, "booking", ("light", "light", "dark", "tinted"), "Book a visit")
    y += your_dentist(cast, rng, s, y)
    y += family_picker(cast, rng, s, y)
    y += dentist_cards(cast, rng, s, y)
    y += slot_grid(s, rng, y)
    y = section(s, y, "Patient reviews", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: review_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    harvest_crew,
    taproom,
    wine_tasting,
    star_party,
    astro_gallery,
    grading,
    bracket,
    dojo_pass,
    dental_team,
    dental_booking,
)
# with people: each twice a round but two (the wine tasting and the dojo's card, a few large faces
# each)
ONCE = (wine_tasting, dojo_pass)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a bracket with things in its slots, the
# gallery's photos with things in the makers' rims, the taproom's stacks)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, bracket, astro_gallery, taproom)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT58_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h58", photos, free, seed, reps)
