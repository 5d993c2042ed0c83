"""Held-out screens, fifty-first set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a pet's coat close up, paw prints on a
floor, a food bowl from above, a kennel on a lawn, camouflage cloth, dog tags on a chain, a folded
flag in its case, a service medal on velvet; nothing with eyes, a mouth or a mask); the animals
beside the people are crops of the face-free photos of animals (chelsea.png's cat, horse.png's
silhouette) or those drawn pet things (``Cast.pet``); every random choice from ``HELDOUT51_SEED``
(51515; the environment's ``HELDOUT51_SEED`` draws the set from another). Every face goes on the
screen through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows:
pixels drawn over a face afterwards stop being the face's, and a face left with under half of its
box is dropped. heldout11's ``Cast`` (through heldout26's, heldout40's, heldout41's, heldout43's,
heldout45's, heldout46's, heldout47's, heldout48's, heldout49's and heldout50's; this set's screens
are marked h51-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces beside animals, in the apps of pets, vets and animal shelters, and faces in
the apps of veterans' associations, most of them small: a vet clinic's day of appointments; a
shelter's adoptable pets; a lost pet's poster and its sightings; a dog-walker marketplace; a
shelter's kennel walk board; a veterans' post's member directory; a unit reunion's photos; a roll of
honour; a medal ceremony; an adoption story. Near repeats avoided: heldout33's and heldout46's
booking lists (here each appointment's pet as a round photo with its owner's face over its lower
right, the vet on duty in a portrait with the team as small rounded squares); heldout11's
marketplace and heldout32's offers (here animals' photos across two columns of cards with the
fosters' faces in white rings over the photos' corners, the adopted grey under a tag, stacks of who
is interested, this week's volunteers past the right edge); heldout46's volunteers on pins and
heldout50's cleanup map (here a poster on a cork board turned a few degrees, its owner's face ruled
in ink on the paper, the map's pins round a red search ring with paw marks, and sightings with
stacks of thanks and their photos); heldout42's travel maps and heldout49's clubs (here a walk's
route on the map, walkers' squircles with stars and the dogs they walk as round photos, reviews
under some); heldout31's volunteers' rota and heldout49's floor plans (here kennel runs three across
with the walkers' small faces over the photos' corners and the times on tags, the lead in a ring,
the hours as bars); heldout34's campus directory and heldout50's committee (here a post's
commander in a gold ring by a ribbon bar, four officers in squares ruled in gold with their offices
on tags, members in squares ruled in their branch's colour under letter bands, rank chevrons, a
black mourning band over a few faces' corners, an A-Z index down the right edge); heldout11's
yearbook and heldout44's old prints (here a reunion's group photo under an opaque unit banner, a
then-and-now pair of an old grey or sepia print and today's portrait, and a gallery whose last
photo is darkened under "+N"); heldout48's family trees (here a roll of honour: small faces made old
prints in gilt ovals, poppies, stacks of who remembered, a featured name's print in a large gilt
oval); heldout25's mayor's banner and heldout49's finish photo (here a ceremony's portrait with the
medal drawn on the chest and a ribbon band over its top, the ceremony's photos past the right edge,
recipients with ribbon bars); heldout16's fundraisers (here an adopter's portrait with the animal's
photo framed over its corner under "ADOPTED!", the volunteers thanked, more homes found). Ten
layouts:
- a vet clinic's day (``vet_appointments``): one's 22-26 px face; the vet on duty (``vet_card``:
  60-110 px, the team 20-28 px); appointments (``appointment_row``: owners 22-30 px over their pets'
  photos);
- a shelter's adoptable pets (``adoption_cards``): one's 22-26 px face; this week's volunteers
  (``volunteer_strip``: 30-48 px, past the right edge); cards (``pet_card``: fosters 26-40 px,
  stacks of 18-22 px);
- a lost pet (``lost_pet_alert``): one's 22-26 px face; the poster (``lost_poster``: the owner 36-60
  px, turned 1.5-6 degrees; who is searching, stacks of 18-22 px); the map (``street_map``: pins of
  20-28 px); sightings (``sighting_row``: 20-28 px, stacks of 18-22 px);
- a dog-walker marketplace (``walker_market``): one's 22-26 px face; the map (``street_map``: pins
  of 20-30 px); walkers (``walker_card``: 40-64 px, reviewers 20-24 px);
- a kennel walk board (``kennel_board``): one's 22-26 px face; the shift (``shift_header``: the lead
  44-64 px, a stack of 18-22 px); the runs (``kennel_run``: walkers 18-24 px); hours
  (``hours_row``: 24-40 px);
- a veterans' post's directory (``veterans_directory``): one's 22-26 px face; the commander
  (``commander_card``: 64-100 px); the officers (``officers_row``: 30-44 px); members
  (``member_row``: 26-42 px);
- a unit reunion (``reunion_gallery``): one's 22-26 px face; the group photo (``reunion_photo``:
  26-44 px at the front); then and now (``then_and_now``: 50-100 px in the print, 60-140 px today);
  the gallery (``gallery_row``: 20-44 px);
- a roll of honour (``memorial_roll``): one's 22-26 px face; on half a featured name
  (``in_memoriam``: 60-140 px); names (``honour_row``: 24-36 px, stacks of 18-22 px);
- a medal ceremony (``medal_ceremony``): the photo (``medal_hero``: 110-270 px); the ceremony's
  photos (24-60 px, past the right edge); recipients (``recipient_row``: 26-40 px); who saluted (a
  stack of 18-22 px);
- an adoption story (``happy_tails``): the adopter (110-300 px); the volunteers thanked
  (``volunteer_strip``: 30-48 px); more homes (``pet_and_person``: 22-30 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``
and ``gathering``) or a stack's slightly smaller faces can differ (the table below counts what is
drawn). The volunteers' strips and the ceremony's photos run past the right edge, the last across it
(heldout45's ``carousel``), so some faces are cut by the edge and counted while half of their box
shows (the capture's right 8 px are black padding). Avatars are circles, squircles, rounded
squares, squares ruled in ink, gold or a branch's colour, borders, rims and rings, with heldout2's
looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the lost pet's
poster is turned whole. Light, dark and tinted themes (the roll of honour dark on half); JPEG quality
30-60. Status pills, "ADOPTED" and "PENDING" tags, time tags, the mourning band, the reunion's
banner, the ceremony's ribbon band, the "+N" cell's darkening and tab bars take the pixels they
cover; a face under them counts while half of its box shows; rims, rings, cards and pins are drawn
before the faces they hold; grey and sepia (adopted cards, old prints) leave the faces under them
counted as they look; initials, "+N" discs, paw marks, poppies, chevrons, ribbon bars, stars and
drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,460 faces (1,148 under 32 px, 246 of 32-63, 58 of 64-127, 8
larger; 1,294 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, cards, runs, pins
and frames, round things where a photo's people or a portrait's person would be); ``reps=1`` a
quarter (18 screens with 383 faces: 281, 87, 13 and 2 by size, 326 under 40 px; 13 face-free). Each
layout has people twice a round but the medal ceremony and the adoption story, once (a few large
faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or
more:
    vet_appointments         8 screens   129 faces: 121,   0,   8,   0
    adoption_cards           8 screens   170 faces: 128,  42,   0,   0
    lost_pet_alert           8 screens   144 faces: 136,   8,   0,   0
    walker_market            8 screens   110 faces:  78,  32,   0,   0
    kennel_board             8 screens   149 faces: 138,  11,   0,   0
    veterans_directory       8 screens   125 faces: 104,  13,   8,   0
    reunion_gallery          8 screens   303 faces: 169, 101,  32,   1
    memorial_roll            8 screens   183 faces: 175,   3,   5,   0
    medal_ceremony           4 screens    87 faces:  59,  20,   4,   4
    happy_tails              4 screens    60 faces:  40,  16,   1,   3
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
import heldout as HO
import heldout3 as H3
import heldout10 as H10
import heldout11 as H11
import heldout23 as H23
import heldout44 as H44
import heldout50 as H50
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, mask, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout20 import note
from heldout21 import progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, composer, face_or_initials

DEFAULT_SEED = 51515


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT51_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 51515."""
    return int(env.get("HELDOUT51_SEED") or DEFAULT_SEED)


HELDOUT51_SEED = seed_from(os.environ)

TEAL: Colour = (150, 140, 30)  # a vet clinic's (BGR)
SHELTER: Colour = (40, 130, 230)
OLIVE: Colour = (35, 120, 100)
KHAKI: Colour = (130, 170, 190)
NAVY: Colour = (90, 40, 20)
BRANCHES: tuple[tuple[str, Colour], ...] = (
    ("Army", OLIVE),
    ("Navy", NAVY),
    ("Air Force", (180, 120, 60)),
    ("Marines", (40, 40, 150)),
    ("Coast Guard", (30, 110, 230)),
)
PETS: tuple[str, ...] = (
    "Biscuit",
    "Luna",
    "Max",
    "Pepper",
    "Milo",
    "Bella",
    "Rocky",
    "Daisy",
    "Oreo",
    "Willow",
    "Scout",
    "Juniper",
)
SPECIES: tuple[str, ...] = ("Dog", "Cat", "Rabbit", "Guinea pig", "Ferret", "Puppy", "Kitten")
REASONS: tuple[str, ...] = (
    "Vaccinations",
    "Dental check",
    "Limping",
    "Spay",
    "Annual exam",
    "Skin rash",
    "Nail trim",
    "Follow-up",
)
UNITS: tuple[str, ...] = (
    "3rd Bn, 5th Marines",
    "HMS Ark Royal",
    "101st Airborne",
    "2 Para",
    "USS Kitty Hawk",
    "1st Cavalry Div",
)
WARS: tuple[str, ...] = ("Vietnam", "Korea", "Gulf War", "Falklands", "Iraq", "Afghanistan", "Bosnia")
POSTS: tuple[str, ...] = ("Post 1142", "Branch 27", "Chapter 9", "Post 66")
STREETS: tuple[str, ...] = ("Elm St", "Mill Rd", "Birch Ave", "Quay Ln", "Oak Dr", "Park Rd", "Kiln Way")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def star(img: np.ndarray, c: tuple[float, float], r: float, colour: Colour, points: int = 5) -> None:
    """A filled star of ``points`` points, radius ``r``, pointing up (a rating, a medal)."""
    pts = [
        (c[0] + r * f * math.sin(k * math.pi / points), c[1] - r * f * math.cos(k * math.pi / points))
        for k in range(2 * points)
        for f in ((1.0,) if k % 2 == 0 else (0.45,))
    ]
    cv2.fillPoly(img, [np.array(pts, np.float32).round().astype(np.int32)], colour, cv2.LINE_AA)


def paw_mark(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A paw print of radius ``r``: a broad pad under four toes in an arc."""
    cx, cy = c
    cv2.ellipse(
        img, (cx, cy + round(r * 0.35)), (round(r * 0.5), round(r * 0.4)), 0, 0, 360, colour, -1, cv2.LINE_AA
    )
    for a in (-62, -22, 22, 62):
        t = math.radians(a)
        toe = (round(cx + r * 0.68 * math.sin(t)), round(cy + 0.1 * r - r * 0.68 * math.cos(t)))
        cv2.circle(img, toe, max(1, round(r * 0.2)), colour, -1, cv2.LINE_AA)


def chevrons(img: np.ndarray, c: tuple[int, int], w: int, n: int, colour: Colour) -> None:
    """A rank's ``n`` chevrons stacked, ``w`` px wide, centred on ``c`` (points up)."""
    t = max(2, w // 7)
    for k in range(n):
        y = c[1] - (n - 1) * t + k * 2 * t
        pts = np.array([(c[0] - w // 2, y + w // 3), (c[0], y), (c[0] + w // 2, y + w // 3)], np.int32)
        cv2.polylines(img, [pts], False, colour, t, cv2.LINE_AA)


def ribbon_bar(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A medal's ribbon bar at (x, y), w x h: three to five vertical stripes, symmetric, a thin dark
    edge."""
    n = rng.randrange(3, 6)
    colours = [H11.random_colour(rng, 40, 220) for _ in range(n)]
    widths = [w // (2 * n - 1)] * (2 * n - 1)
    widths[n - 1] += w - sum(widths)
    sx = x
    for k, sw in enumerate(widths):
        cv2.rectangle(img, (sx, y), (sx + sw, y + h), colours[min(k, 2 * n - 2 - k)], -1)
        sx += sw
    cv2.rectangle(img, (x, y), (x + w, y + h), INK, 1)


def poppy(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A remembrance poppy: four red petals round a black heart, a green stem's stub."""
    cv2.line(img, (c[0], c[1]), (c[0] + r // 2, c[1] + r + r // 2), (40, 120, 40), max(1, r // 5))
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):
        cv2.circle(img, (c[0] + dx * r // 3, c[1] + dy * r // 3), r * 2 // 3, (40, 30, 200), -1, cv2.LINE_AA)
    cv2.circle(img, c, max(1, r // 4), (20, 20, 20), -1, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def fur(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A pet's coat close up: ginger, grey, brown or cream graded across, a tabby's dark wavy
    stripes at a slant, and fine hairs every way a little lighter or darker."""
    img = np.zeros((h, w, 3), np.uint8)
    coat = rng.choice(((60, 130, 200), (120, 120, 125), (50, 80, 120), (185, 200, 215)))
    gradient(img, (0, 0, w, h), tone(coat, 25), tone(coat, -25), rng.random() < 0.5)
    slope = rng.uniform(-0.5, 0.5)
    for k in range(rng.randrange(4, 8)):
        y0, amp, phase = h * (k + rng.uniform(0, 0.7)) / 5, rng.uniform(2, h / 14 + 2), rng.uniform(0, 6.3)
        pts = [
            (x, round(y0 + slope * (x - w / 2) + amp * math.sin(phase + 9 * x / max(w, 1))))
            for x in range(0, w + 6, 6)
        ]
        cv2.polylines(img, [np.array(pts, np.int32)], False, tone(coat, -70), max(2, h // 20), cv2.LINE_AA)
    lean = math.atan(slope) + rng.uniform(-0.4, 0.4)
    for _ in range(w * h // 70):
        x, y, n = rng.randrange(w), rng.randrange(h), rng.randrange(3, max(4, h // 12))
        a = lean + rng.uniform(-0.3, 0.3)
        end = (round(x + n * math.cos(a)), round(y + n * math.sin(a)))
        cv2.line(img, (x, y), end, tone(coat, rng.randrange(-45, 45)), 1)
    return img


def paw_prints(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A trail of muddy paw prints across a floor: snow, pale tiles with their grout or a wooden
    deck, the prints walking from one corner to the other in pairs."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = rng.choice(("snow", "tiles", "deck"))
    if floor == "snow":
        gradient(img, (0, 0, w, h), (250, 245, 240), (225, 215, 205))
        speckle(img, rng, (0, 0, w, h), w * h // 5, 12)
    elif floor == "tiles":
        img[:] = (215, 225, 230)
        step = max(8, min(w, h) // 4)
        for k in range(0, max(w, h), step):
            cv2.line(img, (k, 0), (k, h), (170, 180, 185), 1)
            cv2.line(img, (0, k), (w, k), (170, 180, 185), 1)
    else:
        H50.wood(img, rng, (0, 0, w, h), tone(H50.OAK, rng.randrange(-20, 30)))
    mud = rng.choice(((40, 60, 90), (60, 70, 80), (30, 40, 55)))
    r = max(3, round(min(w, h) * rng.uniform(0.07, 0.11)))
    n = rng.randrange(4, 8)
    for k in range(n):
        f = (k + 0.5) / n
        side = r * (1 if k % 2 else -1)
        paw_mark(img, (round(w * f - side * 0.8), round(h * (1 - f) + side * 0.8)), r, mud)
    return img


def food_bowl(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A pet's bowl from above on a tiled floor: a steel bowl (a bright rim round a darker well)
    heaped with kibble, a bone-shaped treat lying beside it."""
    img = np.full((h, w, 3), rng.choice(((200, 210, 215), (120, 160, 190), (150, 150, 150))), np.uint8)
    step = max(8, min(w, h) // 3)
    for k in range(0, max(w, h), step):
        cv2.line(img, (k, 0), (k, h), tone(tuple(img[0, 0].tolist()), -30), max(1, step // 30))
        cv2.line(img, (0, k), (w, k), tone(tuple(img[0, 0].tolist()), -30), max(1, step // 30))
    c = (round(w * rng.uniform(0.4, 0.6)), round(h * rng.uniform(0.4, 0.55)))
    r = max(4, round(min(w, h) * 0.34))
    cv2.circle(img, c, r, (215, 215, 220), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 3 // 4, (120, 120, 125), -1, cv2.LINE_AA)
    kibble = rng.choice(((40, 80, 130), (50, 100, 160), (30, 60, 100)))
    for _ in range(r * r // 12):
        a, d = rng.uniform(0, 6.3), r * 0.7 * math.sqrt(rng.random())
        p = (round(c[0] + d * math.cos(a)), round(c[1] + d * math.sin(a)))
        cv2.ellipse(
            img,
            p,
            (max(1, r // 12), max(1, r // 16)),
            rng.uniform(0, 180),
            0,
            360,
            tone(kibble, rng.randrange(-25, 25)),
            -1,
            cv2.LINE_AA,
        )
    bx, by, bl = round(w * 0.12), round(h * 0.86), max(6, w // 4)
    cv2.line(img, (bx, by), (bx + bl, by - bl // 4), (200, 225, 240), max(2, bl // 6))
    for ex, ey in ((bx, by), (bx + bl, by - bl // 4)):
        for d in (-1, 1):
            cv2.circle(
                img, (ex, ey + d * max(1, bl // 10)), max(2, bl // 8), (200, 225, 240), -1, cv2.LINE_AA
            )
    return img


def kennel(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wooden kennel on a lawn: sky, the grass, the kennel's planked walls under a pitched roof,
    its arched doorway dark inside and a name board over it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 200, 150), (245, 230, 210))
    ground = round(h * 0.7)
    gradient(img, (0, ground, w, h), (80, 170, 100), (50, 120, 70))
    x1, x2, top = round(w * 0.2), round(w * 0.8), round(h * 0.38)
    H50.wood(img, rng, (x1, top, x2, ground + h // 20), tone(H50.OAK, rng.randrange(-30, 30)))
    roof = rng.choice(((40, 40, 150), (60, 60, 60), (50, 90, 40)))
    apex = ((x1 + x2) // 2, round(h * 0.14))
    cv2.fillPoly(
        img, [np.array([(x1 - w // 16, top), apex, (x2 + w // 16, top)], np.int32)], roof, cv2.LINE_AA
    )
    dw = (x2 - x1) // 3
    cx, dy = (x1 + x2) // 2, ground + h // 20
    cv2.rectangle(img, (cx - dw // 2, top + (dy - top) // 2), (cx + dw // 2, dy), (25, 25, 30), -1)
    cv2.ellipse(img, (cx, top + (dy - top) // 2), (dw // 2, dw // 2), 0, 180, 360, (25, 25, 30), -1)
    by = top + max(2, h // 30)
    cv2.rectangle(img, (cx - dw // 2, by), (cx + dw // 2, by + max(4, h // 16)), (230, 235, 240), -1)
    note(img, rng.choice(PETS)[:6], (cx - dw // 2 + 2, by + max(4, h // 16) - 2), h / 700, INK)
    return img


def camouflage(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Woodland or desert camouflage cloth: blotches of three or four colours over a base, the
    weave's faint lines across."""
    woodland = ((80, 120, 110), (40, 80, 60), (30, 60, 90), (30, 35, 40))
    desert = ((150, 190, 210), (110, 150, 180), (80, 110, 140), (60, 80, 100))
    cols = rng.choice((woodland, desert))
    img = np.full((h, w, 3), cols[0], np.uint8)
    for colour in cols[1:]:
        for _ in range(rng.randrange(5, 10)):
            c = (rng.randrange(w), rng.randrange(h))
            pts = [
                (
                    c[0] + round(min(w, h) * rng.uniform(0.06, 0.22) * math.cos(t)),
                    c[1] + round(min(w, h) * rng.uniform(0.06, 0.22) * math.sin(t)),
                )
                for t in np.linspace(0, 2 * math.pi, 9, endpoint=False)
            ]
            cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)
    for k in range(0, h, 3):
        cv2.line(img, (0, k), (w, k), tone(cols[0], -12), 1)
    return img


def dog_tags(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A soldier's two identity tags on a ball chain over olive cloth: steel tags with rounded ends,
    stamped lines of text, a hole at one end, the chain's beads looping up out of the frame."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone(OLIVE, 20), tone(OLIVE, -30), False)
    for k in range(0, w, 4):
        cv2.line(img, (k, 0), (k, h), tone(OLIVE, -15), 1)
    tw, th = max(8, round(w * 0.42)), max(6, round(h * 0.28))
    for k in range(2):
        c = (w * (0.38 + 0.22 * k), h * (0.5 + 0.14 * k))
        a = rng.uniform(-25, 25)
        box = cv2.boxPoints((c, (tw, th), a)).astype(np.int32)
        cv2.fillPoly(img, [box], tone((200, 200, 205), -20 * k), cv2.LINE_AA)
        cv2.polylines(img, [box], True, (120, 120, 125), max(1, th // 16), cv2.LINE_AA)
        ca, sa = math.cos(math.radians(a)), math.sin(math.radians(a))
        for j in range(3):
            off_y = (j - 1) * th / 4.5
            p1 = (c[0] - tw * 0.25 * ca - off_y * sa, c[1] - tw * 0.25 * sa + off_y * ca)
            p2 = (c[0] + tw * 0.35 * ca - off_y * sa, c[1] + tw * 0.35 * sa + off_y * ca)
            cv2.line(
                img,
                tuple(round(v) for v in p1),
                tuple(round(v) for v in p2),
                (130, 130, 135),
                max(1, th // 12),
            )
        hole = (round(c[0] - tw * 0.4 * ca), round(c[1] - tw * 0.4 * sa))
        cv2.circle(img, hole, max(1, th // 10), tone(OLIVE, -40), -1, cv2.LINE_AA)
        for t in np.linspace(0, 1, 18):
            bead = (round(hole[0] + (w * 0.1 - hole[0]) * t), round(hole[1] * (1 - t) - h * 0.05 * t))
            cv2.circle(img, bead, max(1, min(w, h) // 70), (175, 175, 180), -1, cv2.LINE_AA)
    return img


def folded_flag(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A memorial flag folded into a triangle in a wooden case on a papered wall: the case's grained
    frame, the flag's blue with rows of white stars behind glass, a sheen across, a brass plate
    under it."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = H11.random_colour(rng, 150, 220)
    gradient(img, (0, 0, w, h), wall, tone(wall, -40))
    speckle(img, rng, (0, 0, w, h), w * h // 8, 10)
    left, right, top, base = round(w * 0.1), round(w * 0.9), round(h * 0.1), round(h * 0.75)
    outer = np.zeros((h, w), np.uint8)
    cv2.fillPoly(outer, [np.array([(left, base), ((left + right) // 2, top), (right, base)], np.int32)], 255)
    case = np.zeros_like(img)
    H50.wood(case, rng, (0, 0, w, h), tone(H50.OAK, rng.randrange(-60, 0)))
    img[outer > 0] = case[outer > 0]
    t = max(3, min(w, h) // 18)
    inner = np.array(
        [(left + 2 * t, base - t), ((left + right) // 2, top + 2 * t), (right - 2 * t, base - t)], np.int32
    )
    cv2.fillPoly(img, [inner], (100, 50, 30), cv2.LINE_AA)
    r = max(1, min(w, h) // 60)
    for y in range(top + 4 * t, base - t, max(3, 4 * r)):
        span = (y - top - 2 * t) * (right - left - 4 * t) / max(1, base - top - 3 * t) / 2
        for x in np.arange((left + right) / 2 - span + 2 * r, (left + right) / 2 + span - r, max(3, 4 * r)):
            cv2.circle(img, (round(x), y), r, WHITE, -1)
    cv2.line(
        img, (left + 3 * t, base - 2 * t), ((left + right) // 2, top + 4 * t), (200, 190, 180), max(1, t // 2)
    )
    cv2.rectangle(img, (round(w * 0.35), round(h * 0.8)), (round(w * 0.65), round(h * 0.9)), GOLD, -1)
    return img


def service_medal(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A service medal on dark velvet: its striped ribbon hanging from a bar, the bronze or silver
    star or disc below it with a raised rim and a small star in the middle."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), rng.choice(((60, 30, 30), (30, 30, 70), (40, 45, 30))), (15, 15, 15))
    speckle(img, rng, (0, 0, w, h), w * h // 6, 8)
    rw, rh = max(6, round(w * 0.3)), round(h * 0.42)
    rx = (w - rw) // 2
    ribbon_bar(img, rng, rx, round(h * 0.08), rw, rh)
    metal = rng.choice((GOLD, (180, 180, 185), (60, 110, 170)))
    c, r = (w // 2, round(h * 0.68)), max(4, round(min(w, h) * 0.22))
    if rng.random() < 0.5:
        star(img, c, r * 1.2, metal)
    else:
        cv2.circle(img, c, r, metal, -1, cv2.LINE_AA)
        cv2.circle(img, c, r, tone(metal, -50), max(1, r // 8), cv2.LINE_AA)
    star(img, c, r * 0.4, tone(metal, 40))
    return img


RENDERS: tuple[H11.Render, ...] = (
    fur,
    paw_prints,
    food_bowl,
    kennel,
    camouflage,
    dog_tags,
    folded_flag,
    service_medal,
)
PET_RENDERS: tuple[H11.Render, ...] = (fur, paw_prints, food_bowl, kennel)
# the face-free photos that show animals, with their weights (the horse is a silhouette)
ANIMALS: dict[str, int] = {"chelsea.png": 3, "horse.png": 1}


@dataclass
class Cast(H50.Cast):
    """heldout50's cast (heldout49's, heldout48's, heldout47's, heldout46's, heldout45's,
    heldout43's, heldout41's, heldout40's, heldout26's and heldout11's: a scene of people or a
    thing; half of a face's box showing counts it), its screens marked h51-, whose drawn things are
    this set's: a pet's coat, paw prints, a food bowl, a kennel, camouflage, dog tags, a folded
    flag, a service medal; and the animals' photos (``pet``) every layout shows beside its
    people."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h51-" + super().kind(layout).removeprefix("h50-")

    def pet(self, s: Screen, x: int, y: int, w: int, h: int, m: np.ndarray | None = None) -> None:
        """An animal's photo at (x, y), w x h (on any screen): on 70 % a crop of the face-free photos of
        animals (a cat three times in four, a horse's silhouette) where the cast holds them, else a pet's
        thing drawn (its coat close up, paw prints, its bowl, its kennel)."""
        animals = [p for p in self.free for _ in range(ANIMALS.get(p.name, 0))]
        if animals and self.rng.random() < 0.7:
            crop = HO._crop_square(self.rng.choice(animals), self.rng, (0.3, 1.0))
            piece = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)
        else:
            piece = H11.render(self.rng, w, h, PET_RENDERS)
        blit(s.img, piece, x, y, m)


# ----------------------------------------------------------------------------------------------
# Small parts: pets with their people, cards, posters, maps, kennels, rolls and medals.
# ----------------------------------------------------------------------------------------------


def pet_and_person(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, pet: int, size: tuple[float, float]
) -> int:
    """An animal's round photo (``pet`` px) at (x, y) with its person's round face (``size`` px,
    skewed small; initials on some) over its lower right, rimmed in the page's colour. Returns the
    x right of them."""
    cast.pet(s, x, y, pet, pet, mask(pet, "circle"))
    fp, side = _size(rng, size[0], small(rng, size[0] + 0.5, size[1]), (1.1, 1.2))
    ax, ay = x + pet - side * 2 // 3, y + pet - side * 2 // 3
    cv2.circle(s.img, (ax + side // 2, ay + side // 2), side // 2 + 3, s.bg, -1, cv2.LINE_AA)
    if rng.random() < 0.12:
        H3.initials(s.img, rng, ax, ay, side, "circle", None)
    else:
        cast.avatar(s, ax, ay, fp, side, "circle")
    return ax + side


def vet_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The vet on duty: a card under a teal band ("On duty today" and the room), the vet's studio
    portrait at the right (heldout11's ``portrait``, the face 60-110 px, its corners rounded), the
    name at the left over today's team: four to six 20-28 px faces in rounded squares (initials on
    some) with first names under them. Returns its height with the gap under it (300 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 280, 22, off(s.bg, 10))
    cv2.rectangle(img, (20, y + 20), (WIDTH - 20, y + 64), TEAL, -1)
    note(img, f"On duty today - room {rng.randrange(1, 6)}", (40, y + 50), 0.55, WHITE, 2)
    note(img, f"Dr {who(rng)} {rng.choice(SURNAMES)}", (40, y + 108), 0.7, s.fg, 2)
    n = rng.randrange(4, 7)
    step = 560 // n
    for k in range(n):
        side = face_or_initials(cast, rng, s, (40 + k * step, y + 140), (20, 28), "rounded", 0.12)
        note(img, who(rng)[:7], (40 + k * step, y + 166 + side), 0.4, GREY)
    piece, faces = H11.portrait(cast, 200, 200, rng.uniform(60, 110))
    H11.paste_photo(cast, s, piece, faces, WIDTH - 240, y + 70, rounded_rect(200, 200, 24))
    return 300


def appointment_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An appointment: its time, the pet's round photo (84 px) with the owner's round 22-30 px face
    over its lower right (``pet_and_person``), the pet's name and kind, the reason and the owner,
    the status on a pill. Returns its height (112 px)."""
    img = s.img
    note(img, f"{rng.randrange(8, 18)}:{rng.choice(('00', '15', '30', '45'))}", (30, y + 62), 0.58, s.fg, 2)
    pet_and_person(cast, rng, s, 130, y + 12, 84, (22, 30))
    x = 260
    note(img, f"{rng.choice(PETS)} - {rng.choice(SPECIES)}", (x, y + 44), 0.6, s.fg, 2)
    note(img, f"{rng.choice(REASONS)} - {who(rng)} {rng.choice(SURNAMES)}", (x, y + 80), 0.48, GREY)
    status, colour = rng.choice((("Checked in", GREEN), ("Waiting", GOLD), ("Done", GREY), ("Late", RED)))
    pill(img, WIDTH - 200, y + 34, 160, 44, colour)
    note(img, status, (WIDTH - 186, y + 64), 0.45, WHITE, 2)
    cv2.line(img, (30, y + 110), (WIDTH - 30, y + 110), off(s.bg, 14), 1)
    return 112


def pet_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> None:
    """An adoptable pet's card at (x, y), ``w`` px wide and 470 high: the animal's photo across its
    top (300 px), the foster volunteer's round 26-40 px face in a white ring over the photo's lower
    left corner, an "ADOPTED" or "PENDING" tag over its top right on a quarter (the adopted card
    drawn again in grey: heldout10's ``greyed``, its face counted as it looks), the name, age and
    foster, on 60 % who is interested (a stack of 18-22 px)."""
    img, card = s.img, off(s.bg, 12)
    rounded_card(img, x, y, w, 470, 20, card)
    cast.pet(s, x, y, w, 300, rounded_rect(300, w, 20))
    fp, side = _size(rng, 26, small(rng, 26.5, 40), (1.1, 1.2))
    ay = y + 300 - side * 2 // 3
    cv2.circle(img, (x + 20 + side // 2, ay + side // 2), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, x + 20, ay, fp, side, "circle")
    tx = x + 36 + side
    note(img, rng.choice(PETS), (tx, y + 340), 0.66, s.fg, 2)
    note(img, f"{rng.randrange(1, 12)} yrs - {rng.choice(SPECIES)}", (tx, y + 372), 0.45, GREY)
    note(img, f"Fostered by {who(rng)}", (x + 20, y + 412), 0.45, s.fg)
    status = rng.random()
    if status < 0.25:
        tag(
            img,
            x + w - 150,
            y + 16,
            "ADOPTED" if status < 0.12 else "PENDING",
            GREEN if status < 0.12 else GOLD,
            34,
        )
        if status < 0.12:
            H10.redrawn(s, (x, y, x + w, y + 470), H10.greyed)
    if rng.random() < 0.6:
        end = stack(cast, s, rng, x + 20, y + 420, rng.randrange(2, 4), 18.3, 22, card, rng.randrange(0, 20))
        note(img, "interested", (end + 8, y + 450), 0.42, GREY)


def volunteer_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The shelter's volunteers this week: round 30-48 px faces in rings of the shelter's orange,
    about 150 px apart from the left, the last across the screen's right edge (heldout45's
    ``carousel``: cut, counted while half of its box shows), first names under them. Returns its
    height with the gap under it."""
    fp, side = _size(rng, 30, small(rng, 30.5, 48), (1.1, 1.2))
    for x in carousel(rng, 150, side):
        ring_avatar(cast, s, x, y, fp, side, SHELTER)
        note(s.img, who(rng)[:8], (x, y + side + 34), 0.42, GREY)
    return side + 60


def officers_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The post's officers: four 30-44 px faces in squares ruled in gold across (initials on some),
    their offices on tags under them. Returns its height with the gap under it (120 px)."""
    step = (WIDTH - 60) // 4
    for k, office in enumerate(("Adjutant", "Chaplain", "Treasurer", "Sgt-at-Arms")):
        x = 30 + k * step
        fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
        if rng.random() < 0.12:
            H3.initials(s.img, rng, x, y, side, "square", GOLD)
        else:
            cast.avatar(s, x, y, fp, side, "square", GOLD)
        tag(s.img, x, y + 62, office, NAVY, 28)
    return 120


def lost_poster(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A lost-pet poster pinned on a cork board, turned up to 6 degrees (heldout11's ``turned``): yellow or
    white paper, "LOST DOG", "LOST CAT" or "FOUND" in red, the animal's photo, the reward, the owner's 36-60
    px face in a square ruled in ink with their number, tear-off tabs; beside it when and where it went
    missing and who is searching now (a stack of 18-22 px). Returns its height with the gap under it."""
    pw, ph = 600, 760
    paper = rng.choice(((150, 235, 250), (245, 245, 245), (200, 230, 250)))
    title = rng.choice(("LOST DOG", "LOST CAT", "FOUND", "MISSING"))

    def draw(sc: Screen) -> None:
        sc.img[:] = paper
        note(sc.img, title, (40, 90), 2.0, (30, 30, 200), 5)
        cast.pet(sc, 40, 120, pw - 80, 330)
        note(sc.img, f"Answers to {rng.choice(PETS).upper()}", (40, 500), 0.8, INK, 2)
        note(sc.img, f"REWARD ${rng.choice((50, 100, 200, 500))}", (40, 550), 0.9, (30, 30, 200), 2)
        fp, side = _size(rng, 36, small(rng, 36.5, 60), (1.12, 1.25))
        cast.avatar(sc, 40, 580, fp, side, "square", INK)
        note(sc.img, f"Call {who(rng)}", (60 + side, 620), 0.6, INK, 2)
        note(
            sc.img,
            f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
            (60 + side, 656),
            0.55,
            INK,
        )
        for k in range(8):
            cv2.line(sc.img, (k * pw // 8, ph - 70), (k * pw // 8, ph), (120, 120, 120), 1)

    piece, faces = H11.offscreen(pw, ph, draw)
    out, boxes, where = H11.turned(piece, faces, rng.uniform(1.5, 6) * rng.choice((-1, 1)))
    bh = out.shape[0] + 40
    cv2.rectangle(s.img, (20, y), (WIDTH - 20, y + bh), H50.CORK, -1)
    speckle(s.img, rng, (20, y, WIDTH - 20, y + bh), (WIDTH - 40) * bh // 3, 30)
    H11.paste_photo(cast, s, out, boxes, 40, y + 20, where)
    cv2.circle(s.img, (40 + out.shape[1] // 2, y + 34), 9, RED, -1, cv2.LINE_AA)
    x = 60 + out.shape[1]
    note(s.img, "Missing since", (x, y + 80), 0.5, INK)
    note(s.img, f"{rng.choice(('Mon', 'Tue', 'Sat'))} {rng.randrange(6, 11)} pm", (x, y + 116), 0.62, INK, 2)
    note(s.img, "Last seen", (x, y + 180), 0.5, INK)
    note(s.img, rng.choice(STREETS), (x, y + 216), 0.62, INK, 2)
    note(s.img, "Searching now", (x, y + 290), 0.5, INK)
    stack(cast, s, rng, x, y + 306, rng.randrange(3, 6), 18.3, 22, H50.CORK, rng.randrange(0, 30))
    return bh + 20


def street_map(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    y: int,
    h: int,
    size: tuple[float, float],
    marks: Callable[[tuple[int, int, int, int]], None],
) -> int:
    """A neighbourhood's map (``h`` px high): streets in a grid, a park's green, ``marks`` drawn on
    it (a search's radius, a walk's route), then four to eight people on pins (heldout23's
    ``face_pin``: round faces of ``size`` px). Returns its height with the gap under it."""
    img = s.img
    x1, x2 = 20, WIDTH - 20
    ground = (228, 236, 238) if sum(s.bg) > 384 else (72, 74, 76)
    cv2.rectangle(img, (x1, y), (x2, y + h), ground, -1)
    px, py = rng.randrange(x1 + 30, x2 - 360), rng.randrange(y + 30, y + h - 200)
    rounded_card(img, px, py, 320, 180, 30, (120, 190, 130))
    road = off(ground, 40)
    for gx in range(x1 + rng.randrange(60, 160), x2, 240):
        cv2.line(img, (gx, y), (gx + rng.randrange(-60, 60), y + h), road, 12)
    for gy in range(y + rng.randrange(60, 140), y + h, 180):
        cv2.line(img, (x1, gy), (x2, gy + rng.randrange(-30, 30)), road, 12)
    marks((x1, y, x2, y + h))
    for _ in range(rng.randrange(4, 9)):
        tip = (rng.randrange(x1 + 40, x2 - 40), rng.randrange(y + 80, y + h - 10))
        H23.face_pin(cast, s, rng, tip, *size, rng.choice((s.accent, SHELTER, TEAL)))
    cv2.rectangle(img, (x1, y), (x2, y + h), off(s.bg, 40), 2)
    return h + 20


def search_radius(rng: random.Random, img: np.ndarray) -> Callable[[tuple[int, int, int, int]], None]:
    """A lost pet's search on a map: a red ring round where it was last seen, paw marks where
    neighbours saw it."""

    def marks(rect: tuple[int, int, int, int]) -> None:
        x1, y1, x2, y2 = rect
        c = (rng.randrange(x1 + 200, x2 - 200), (y1 + y2) // 2)
        cv2.circle(img, c, min(180, (y2 - y1) // 2 - 10), RED, 3, cv2.LINE_AA)
        paw_mark(img, c, 22, RED)
        for _ in range(rng.randrange(3, 6)):
            paw_mark(img, (rng.randrange(x1 + 30, x2 - 30), rng.randrange(y1 + 30, y2 - 30)), 14, SHELTER)

    return marks


def walk_route(rng: random.Random, img: np.ndarray) -> Callable[[tuple[int, int, int, int]], None]:
    """A dog walk's route on a map: a line through six to nine turns from home (a paw in a disc)
    and back."""

    def marks(rect: tuple[int, int, int, int]) -> None:
        x1, y1, x2, y2 = rect
        pts = [
            (rng.randrange(x1 + 40, x2 - 40), rng.randrange(y1 + 40, y2 - 40))
            for _ in range(rng.randrange(6, 10))
        ]
        cv2.polylines(img, [np.array([*pts, pts[0]], np.int32)], False, (200, 110, 30), 6, cv2.LINE_AA)
        cv2.circle(img, pts[0], 26, TEAL, -1, cv2.LINE_AA)
        paw_mark(img, pts[0], 16, WHITE)

    return marks


def sighting_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A neighbour's sighting: their round 20-28 px face (initials on some), who saw it, where and
    when, on half who thanked them (a stack of 18-22 px), the photo they took at the right on half
    (an animal's 80 px rounded square). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (20, 28), "circle", 0.12)
    x = 50 + side
    note(img, f"{who(rng)} saw it", (x, y + 40), 0.55, s.fg, 2)
    note(img, f"Near {rng.choice(STREETS)} - {rng.randrange(2, 59)} min ago", (x, y + 74), 0.46, GREY)
    if rng.random() < 0.5:
        stack(cast, s, rng, WIDTH - 330, y + 26, rng.randrange(2, 4), 18.3, 22, s.bg)
    if rng.random() < 0.5:
        cast.pet(s, WIDTH - 120, y + 10, 80, 80, rounded_rect(80, 80, 14))
    else:
        H23.map_pin(img, (WIDTH - 80, y + 80), 20, SHELTER)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def walker_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A dog walker's card: their 40-64 px face in a squircle, the name, stars and rate, how many dogs
    and how far, the dogs they walk today as overlapping round photos, a "Book" button; on 60 % a
    review under it (the reviewer's round 20-24 px face, initials on some). Returns its height with
    the gap under it."""
    img, card = s.img, off(s.bg, 10)
    review = rng.random() < 0.6
    h = 200 + (70 if review else 0)
    rounded_card(img, 20, y, WIDTH - 40, h, 22, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 64), (1.1, 1.2))
    cast.avatar(s, 40, y + 24, fp, side, "squircle")
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 54), 0.66, s.fg, 2)
    for k in range(5):
        star(img, (x + 12 + k * 26, y + 80), 11, GOLD if k < rng.randrange(3, 6) else off(card, 30))
    note(
        img,
        f"${rng.randrange(12, 30)} / walk - {rng.randrange(1, 40) / 10:.1f} km",
        (x + 150, y + 88),
        0.5,
        GREY,
    )
    dogs = rng.randrange(1, 4)
    note(img, f"Up to {dogs + 1} dogs", (x, y + 130), 0.48, s.fg)
    for k in range(dogs):
        dx = x + 150 + k * 40
        cv2.circle(img, (dx + 26, y + 140), 29, card, -1, cv2.LINE_AA)
        cast.pet(s, dx, y + 114, 52, 52, mask(52, "circle"))
    outlined(img, WIDTH - 200, y + 60, 150, 56, s.accent, card)
    note(img, "Book", (WIDTH - 154, y + 98), 0.6, s.accent, 2)
    if review:
        t = y + 196
        rs = face_or_initials(cast, rng, s, (40, t), (20, 24), "circle", 0.12)
        note(img, words(rng, rng.randrange(4, 8)).lower(), (56 + rs, t + 28), 0.48, s.fg)
    return h + 20


def kennel_run(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, walked: bool) -> None:
    """A kennel run's card at (x, y), ``w`` px wide and 230 high: the dog's photo, its name and run;
    when ``walked`` the volunteer's round 18-24 px face over the photo's top right (rimmed in the
    card's colour) and the time on a tag over its foot, else a red "needs a walk" dot."""
    img, card = s.img, off(s.bg, 12)
    rounded_card(img, x, y, w, 230, 16, card)
    cast.pet(s, x + 8, y + 8, w - 16, 150, rounded_rect(150, w - 16, 12))
    note(img, f"{rng.choice(PETS)}", (x + 14, y + 190), 0.55, s.fg, 2)
    note(img, f"Run {rng.randrange(1, 40)}", (x + 14, y + 218), 0.42, GREY)
    if walked:
        fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
        ax, ay = x + w - side - 18, y + 14
        cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 4, card, -1, cv2.LINE_AA)
        cast.avatar(s, ax, ay, fp, side, "circle")
        tag(img, x + 14, y + 120, f"{rng.randrange(8, 12)}:{rng.randrange(10, 60)}", GREEN, 28)
    else:
        cv2.circle(img, (x + w - 30, y + 190), 9, RED, -1, cv2.LINE_AA)


def shift_header(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shelter's shift: the lead's round 44-64 px face in a ring of the shelter's orange, the shift, who
    else is on it (a stack of 18-22 px at the right) and its walks done as a bar. Returns its height with the
    gap under it (140 px)."""
    fp, side = _size(rng, 44, small(rng, 44.5, 64), (1.1, 1.2))
    ring_avatar(cast, s, 30, y + 4, fp, side, SHELTER)
    x = 60 + side
    note(s.img, f"Shift lead: {who(rng)}", (x, y + 36), 0.6, s.fg, 2)
    note(s.img, rng.choice(("Morning 8-12", "Afternoon 12-4", "Evening 4-8")), (x, y + 70), 0.5, GREY)
    done = rng.uniform(0.2, 0.9)
    progress(s.img, x, y + 90, WIDTH - 60 - x, done, SHELTER, off(s.bg, 30), 12)
    stack(cast, s, rng, WIDTH - 300, y + 10, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(0, 9))
    return 140


def hours_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A volunteer's hours this month: the rank, their round 24-40 px face (initials on some), the
    name, a bar of the hours. Returns its height (88 px)."""
    img = s.img
    note(img, str(rank), (32, y + 52), 0.6, s.fg, 2)
    side = face_or_initials(cast, rng, s, (70, y + 10), (24, 40), rng.choice(("circle", "ring")), 0.12)
    x = 90 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.55, s.fg, 2)
    hours = rng.randrange(4, 60)
    progress(img, x, y + 58, WIDTH - 200 - x, hours / 60, SHELTER, off(s.bg, 30), 10)
    note(img, f"{hours} h", (WIDTH - 130, y + 66), 0.5, GREY)
    cv2.line(img, (30, y + 86), (WIDTH - 30, y + 86), off(s.bg, 14), 1)
    return 88


def commander_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A veterans' association's commander: a card striped in the branch's colour, the commander's
    round 64-100 px face in a gold ring, the title, name and post, a ribbon bar, a "Message" button.
    Returns its height with the gap under it."""
    img, card = s.img, off(s.bg, 10)
    fp, side = _size(rng, 64, small(rng, 64.5, 100), (1.1, 1.2))
    h = side + 60
    rounded_card(img, 20, y, WIDTH - 40, h, 22, card)
    cv2.rectangle(img, (20, y + 20), (30, y + h - 20), rng.choice(BRANCHES)[1], -1)
    ring_avatar(cast, s, 50, y + 30, fp, side, GOLD)
    x = 90 + side
    note(img, "Commander", (x, y + 50), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 90), 0.7, s.fg, 2)
    note(img, f"{rng.choice(POSTS)} - {rng.choice(WARS)}", (x, y + 124), 0.5, GREY)
    ribbon_bar(img, rng, x, y + 140, 150, 26)
    outlined(img, WIDTH - 220, y + 36, 170, 52, s.accent, card)
    note(img, "Message", (WIDTH - 196, y + 70), 0.55, s.accent, 2)
    return h + 20


def member_row(cast: Cast, rng: random.Random, s: Screen, y: int, letter: str) -> int:
    """A member in the directory, under ``letter``'s band when given: their 26-42 px face in a
    square ruled in the branch's colour (initials on some), the name, the rank's chevrons, branch,
    war and years; a "LIFE" tag on a fifth; on a tenth a black mourning band across the face's top
    left corner (it takes the pixels it covers). Returns its height (96 px, 140 under a band)."""
    img = s.img
    top = y
    if letter:
        cv2.rectangle(img, (20, y + 4), (WIDTH - 70, y + 40), off(s.bg, 14), -1)
        note(img, letter, (34, y + 32), 0.62, s.accent, 2)
        y += 44
    branch, colour = rng.choice(BRANCHES)
    fp, side = _size(rng, 26, small(rng, 26.5, 42), (1.1, 1.2))
    ay = y + 48 - side // 2
    if rng.random() < 0.12:
        H3.initials(img, rng, 30, ay, side, "square", colour)
    else:
        cast.avatar(s, 30, ay, fp, side, "square", colour)
        if rng.random() < 0.1:
            band = np.array(
                [(30, ay + side // 3), (30 + side // 3, ay), (30 + side // 2, ay), (30, ay + side // 2)],
                np.int32,
            )
            cv2.fillPoly(img, [band], (20, 20, 20))
    x = 52 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.56, s.fg, 2)
    chevrons(img, (WIDTH - 150, y + 46), 30, rng.randrange(1, 4), colour)
    note(img, f"{branch} - {rng.choice(WARS)} - {rng.randrange(1960, 2015)}", (x, y + 72), 0.45, GREY)
    if rng.random() < 0.2:
        tag(img, WIDTH - 250, y + 28, "LIFE", GOLD, 28)
    cv2.line(img, (30, y + 94), (WIDTH - 70, y + 94), off(s.bg, 14), 1)
    return y + 96 - top


def reunion_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A unit reunion's group photo across the screen (heldout11's ``gathering``: two or three rows
    of six to nine round the middle, the front faces 26-44 px, those behind down to 0.55 of them,
    the smallest drawn and not counted), the unit's banner as an opaque band over its foot, its
    corners rounded. Returns its height with the gap under it."""
    w, fp = WIDTH - 40, rng.uniform(26, 44)
    h = max(360, round(fp * rng.uniform(7.0, 8.5)))
    rows, per = rng.choice((2, 3)), rng.randrange(6, 10)
    piece, faces = H11.gathering(cast, w, h, fp * 0.55, fp, rows, per, (1.6, 2.1), rng.uniform(0.12, 0.2))
    H11.paste_photo(cast, s, piece, faces, 20, y)
    cv2.rectangle(s.img, (20, y + h - 56), (20 + w, y + h), NAVY, -1)
    note(
        s.img, f"{rng.choice(UNITS)} - Reunion {rng.randrange(2015, 2025)}", (40, y + h - 20), 0.62, WHITE, 2
    )
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def then_and_now(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Then and now: at the left an old print of one or two comrades (heldout44's ``old_print``,
    grey or sepia, faces 0.92-1 of 50-100 px) tagged with its year, at the right today's portrait (heldout11's
    ``portrait``, 60-140 px) tagged with this year, the names under them. Returns its height with
    the gap under it (470 px)."""
    cw, ph = (WIDTH - 60 - 20) // 2, 400
    for k in range(2):
        x = 30 + k * (cw + 20)
        if k == 0:
            piece, faces = H44.old_print(cast, rng, cw, ph, rng.uniform(50, 100), rng.choice((1, 1, 2)))
        else:
            piece, faces = H11.portrait(cast, cw, ph, rng.uniform(60, 140))
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, cw, 18))
        tag(s.img, x + 16, y + 16, str(rng.randrange(1966, 1992) if k == 0 else 2024), INK, 30)
        note(s.img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + ph + 40), 0.55, s.fg, 2)
    return ph + 70


def gallery_row(cast: Cast, rng: random.Random, s: Screen, y: int, last: bool) -> int:
    """A row of the reunion's gallery: three square photos (heldout11's ``snapshot``: on 80 % people
    with faces 20-44 px, else a thing), corners rounded; when ``last`` the third darkened with "+N" over
    it (its faces counted as they look). Returns its height (340 px)."""
    side = 330
    for k in range(3):
        x = 30 + k * (side + 10)
        piece, faces = H11.snapshot(cast, side, side, 20, 44, 0.8)
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(side, side, 16))
    if last:
        x = 30 + 2 * (side + 10)
        H10.redrawn(s, (x, y, x + side, y + side), lambda part: (part * 0.45).astype(np.uint8))
        note(s.img, f"+{rng.randrange(12, 240)}", (x + side // 2 - 50, y + side // 2 + 16), 1.2, WHITE, 3)
    return side + 10


def honour_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A name on the roll of honour: their round 24-36 px face made an old print (heldout44's
    ``aged``: grey or sepia, counted as it looks) in a gilt oval, the name in capitals, the rank,
    unit and years, the poppies laid; on half those who remembered them (a stack of 18-22 px).
    Returns its height (104 px, 160 with the stack)."""
    img = s.img
    fp, side = _size(rng, 24, small(rng, 24.5, 36), (1.1, 1.2))
    ax, ay = 40, y + 14
    cv2.ellipse(
        img,
        (ax + side // 2, ay + side // 2),
        (side // 2 + 5, side * 3 // 5 + 6),
        0,
        0,
        360,
        GOLD,
        -1,
        cv2.LINE_AA,
    )
    cast.avatar(s, ax, ay, fp, side, "circle")
    H44.aged(s, rng, (ax, ay, ax + side, ay + side), mask(side, "circle"))
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}".upper(), (x, y + 40), 0.56, s.fg, 2)
    born = rng.randrange(1890, 1990)
    rank = rng.choice(("Pte", "Cpl", "Sgt", "Lt", "AB", "LCpl"))
    note(
        img, f"{rank} - {rng.choice(UNITS)} - {born}-{born + rng.randrange(18, 40)}", (x, y + 74), 0.44, GREY
    )
    poppy(img, (WIDTH - 110, y + 40), 14)
    note(img, str(rng.randrange(2, 300)), (WIDTH - 86, y + 48), 0.5, GREY)
    h = 104
    if rng.random() < 0.5:
        end = stack(cast, s, rng, x, y + 92, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 60))
        note(img, "remembered", (end + 10, y + 122), 0.44, GREY)
        h = 160
    cv2.line(img, (30, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


def in_memoriam(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A featured name: a cream card, an old print (heldout44's ``old_print``, the face 60-140 px) in
    a gilt oval, the name, rank, unit and dates, poppies along the card's foot. Returns its height
    with the gap under it (380 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 360, 22, (215, 235, 245))
    pw, ph = 260, 320
    piece, faces = H44.old_print(cast, rng, pw, ph, rng.uniform(60, 140), 1)
    oval = np.zeros((ph, pw), np.uint8)
    cv2.ellipse(oval, (pw // 2, ph // 2), (pw // 2 - 8, ph // 2 - 8), 0, 0, 360, 255, -1, cv2.LINE_AA)
    H11.paste_photo(cast, s, piece, faces, 40, y + 20, oval)
    cv2.ellipse(
        img, (40 + pw // 2, y + 20 + ph // 2), (pw // 2 - 6, ph // 2 - 6), 0, 0, 360, GOLD, 8, cv2.LINE_AA
    )
    x = 330
    note(img, "In memoriam", (x, y + 60), 0.55, (90, 90, 90))
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 104), 0.75, INK, 2)
    born = rng.randrange(1900, 1960)
    note(img, f"{rng.choice(UNITS)}", (x, y + 146), 0.5, INK)
    note(img, f"{born} - {born + rng.randrange(19, 30)}", (x, y + 184), 0.6, INK, 2)
    for k in range(rng.randrange(3, 9)):
        poppy(img, (x + 20 + k * 60, y + 290), 18)
    return 380


def medal_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A medal ceremony's photo across the screen (heldout11's ``portrait``, the face 110-270 px)
    with the medal pinned on the chest under the face (a ribbon and a star, drawn in the photo
    below the face's box) and a ribbon-striped band over its top (opaque: it takes the pixels it
    covers). Returns its height with the gap under it."""
    pw, ph = WIDTH - 40, rng.randrange(520, 640)
    fp = rng.uniform(110, 270)
    piece, faces = H11.portrait(cast, pw, ph, fp)
    for x1, _y1, x2, y2 in faces:
        my = round(y2 + 0.45 * fp)
        if my + 90 < ph:
            mx = round((x1 + x2) / 2 + 0.45 * fp)
            ribbon_bar(piece, rng, mx - 20, my, 40, 50)
            star(piece, (mx, my + 75), 26, GOLD)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(ph, pw, 24))
    ribbon_bar(s.img, rng, 20, y, pw, 18)
    return ph + 20


def recipient_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A medal's recipient: their 26-40 px face ruled round (initials on some), the rank and name,
    the award, its ribbon bar, a "Salute" button. Returns its height (110 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (26, 40), rng.choice(("border", "circle")), 0.12)
    x = 54 + side
    note(
        img,
        f"{rng.choice(('Sgt', 'Cpl', 'Capt', 'PO', 'Maj'))} {who(rng)} {rng.choice(SURNAMES)}",
        (x, y + 42),
        0.56,
        s.fg,
        2,
    )
    note(
        img,
        rng.choice(("Bronze Star", "Service Medal", "Commendation", "Long Service", "Veterans Badge")),
        (x, y + 76),
        0.46,
        GREY,
    )
    ribbon_bar(img, rng, WIDTH - 330, y + 36, 90, 26)
    outlined(img, WIDTH - 210, y + 28, 160, 48, s.accent, s.bg)
    note(img, "Salute", (WIDTH - 170, y + 60), 0.52, s.accent, 2)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def vet_appointments(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A vet clinic's day: the title and one's 22-26 px face; the vet on duty (``vet_card``: 60-110
    px, the team 20-28 px); the days' chips; appointments (``appointment_row``: pets' photos with
    their owners' 22-30 px faces) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "vet", ("light", "tinted", "light", "dark"), "Today's appointments", own=True
    )
    y += vet_card(cast, rng, s, y)
    lit = rng.randrange(5)
    for k, day in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri")):
        pill(s.img, 30 + k * 140, y, 124, 50, TEAL if k == lit else off(s.bg, 16))
        note(s.img, day, (62 + k * 140, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 70
    return rows_to_tab_bar(s, rng, y, 112, lambda t: appointment_row(cast, rng, s, t))


def adoption_cards(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shelter's adoptable pets: the shelter and one's 22-26 px face; this week's volunteers past
    the right edge (``volunteer_strip``: 30-48 px); the kinds' chips; two
    columns of cards (``pet_card``: the fosters' 26-40 px faces over the animals' photos, stacks of
    18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "adopt", ("light", "light", "tinted", "dark"), "Adopt a friend", own=True)
    y += volunteer_strip(cast, rng, s, y)
    for k, kind in enumerate(("All", "Dogs", "Cats", "Rabbits", "Seniors")):
        pill(s.img, 30 + k * 170, y, 156, 50, SHELTER if k == 0 else off(s.bg, 16))
        note(s.img, kind, (54 + k * 170, y + 34), 0.52, WHITE if k == 0 else s.fg, 2)
    y += 74
    cw = (WIDTH - 60 - 20) // 2

    def row(t: int) -> int:
        for k in range(2):
            pet_card(cast, rng, s, 30 + k * (cw + 20), t, cw)
        return 490

    return rows_to_tab_bar(s, rng, y, 300, row)


def lost_pet_alert(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood's lost-pet alert: the title and one's 22-26 px face; the poster on a cork
    board (``lost_poster``: the owner 36-60 px, turned); the sightings' map (``street_map``: pins of
    20-28 px round a red search ring); sightings (``sighting_row``: 20-28 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "lost", ("light", "tinted", "dark", "light"), "Lost & found", own=True)
    y += lost_poster(cast, rng, s, y)
    y += street_map(cast, rng, s, y, rng.randrange(380, 460), (20, 28), search_radius(rng, s.img))
    return rows_to_tab_bar(s, rng, y, 100, lambda t: sighting_row(cast, rng, s, t))


def walker_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dog-walker marketplace: the title and one's 22-26 px face; walkers near you on a map
    (``street_map``: pins of 20-30 px along a walk's route); walkers' cards (``walker_card``: 40-64
    px, reviewers 20-24 px, the dogs' photos) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "walkers", ("light", "dark", "tinted", "light"), "Walkers near you", own=True
    )
    y += street_map(cast, rng, s, y, rng.randrange(420, 520), (20, 30), walk_route(rng, s.img))
    y = section(s, y, f"{rng.randrange(6, 40)} walkers", True)
    return rows_to_tab_bar(s, rng, y, 220, lambda t: walker_card(cast, rng, s, t))


def kennel_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shelter's walk board: the title and one's 22-26 px face; the shift (``shift_header``: the
    lead 44-64 px); the kennel runs three across (``kennel_run``: dogs' photos, the walkers' 18-24 px
    faces over some); volunteers' hours (``hours_row``: 24-40 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "kennels", ("light", "tinted", "dark", "light"), "Kennel walks", own=True)
    y += shift_header(cast, rng, s, y)
    w = (WIDTH - 60 - 20) // 3
    for _r in range(rng.randrange(2, 4)):
        for k in range(3):
            kennel_run(cast, rng, s, 30 + k * (w + 10), y, w, rng.random() < 0.7)
        y += 240
    y = section(s, y + 10, "Hours this month", False)
    ranks = iter(range(1, 40))
    return rows_to_tab_bar(s, rng, y, 88, lambda t: hours_row(cast, rng, s, t, next(ranks)))


def veterans_directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A veterans' association's member directory: the post and one's 22-26 px face; the search; the commander
    (``commander_card``: 64-100 px); the officers (``officers_row``: 30-44 px); members under their letters
    (``member_row``: 26-42 px in ruled squares, chevrons) down to the tab bar, an A-Z index down the right
    edge."""
    s, y = titled(
        cast, rng, name, "members", ("light", "dark", "tinted", "light"), rng.choice(POSTS), own=True
    )
    pill(s.img, 30, y, WIDTH - 60, 56, off(s.bg, 14))
    note(s.img, "Search members", (70, y + 38), 0.55, GREY)
    y += 76
    y += commander_card(cast, rng, s, y)
    y += officers_row(cast, rng, s, y)
    for k, letter in enumerate("ABCDEFGHIJKLMNOPRSTW"):
        note(s.img, letter, (WIDTH - 44, y + 20 + k * 34), 0.42, s.accent, 1)
    letters = iter(sorted(rng.sample("ABCDEFGHIJKLMNOPRSTW", 12)))
    count = iter(range(400))
    return rows_to_tab_bar(
        s,
        rng,
        y,
        140,
        lambda t: member_row(cast, rng, s, t, next(letters, "") if next(count) % 3 == 0 else ""),
    )


def reunion_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A unit reunion's gallery: the title and one's 22-26 px face; the group photo
    (``reunion_photo``: 26-44 px at the front); then and now (``then_and_now``: 50-140 px); the
    gallery (``gallery_row``: snapshots' 20-50 px faces, "+N" on the last) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "reunion", ("light", "dark", "light", "tinted"), "Reunion photos", own=True
    )
    y += reunion_photo(cast, rng, s, y)
    y = section(s, y, "Then and now", False)
    y += then_and_now(cast, rng, s, y)
    foot = H - NAV_H - 120  # the tab bar's top (heldout37's ``rows_to_tab_bar``)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: gallery_row(cast, rng, s, t, t + 540 >= foot))


def memorial_roll(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A roll of honour: the title and one's 22-26 px face; poppies across; on half a featured name
    (``in_memoriam``: 60-140 px in a gilt oval); names (``honour_row``: 24-36 px old prints, stacks
    of 18-22 px) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "memorial", ("dark", "light", "tinted", "dark"), "Roll of Honour", own=True
    )
    for k in range(rng.randrange(6, 15)):
        poppy(s.img, (40 + k * 70, y + 10), 16)
    note(s.img, "Lest we forget", (30, y + 70), 0.6, GREY, 2)
    y += 90
    if rng.random() < 0.5:
        y += in_memoriam(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 104, lambda t: honour_row(cast, rng, s, t))


def medal_ceremony(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A medal ceremony's post: the photo (``medal_hero``: 110-270 px); the ceremony's photos past
    the right edge (heldout11's ``snapshot``: 24-60 px); recipients (``recipient_row``: 26-40 px)
    above those who saluted (a stack of 18-22 px) and the message field."""
    s = new_screen(rng, name, cast.kind("medals"), ("light", "dark", "tinted", "light"))
    y = STATUS_H + 20
    y += medal_hero(cast, rng, s, y)
    note(s.img, f"{rng.choice(POSTS)} - Medal day", (30, y + 20), 0.66, s.fg, 2)
    y += 44
    pw, ph = 300, 260
    for x in carousel(rng, pw + 20, pw):
        piece, faces = H11.snapshot(cast, pw, ph, 24, 60, 0.9)
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, pw, 18))
    y += ph + 20
    foot = H - NAV_H - 100
    rows_above(s, y, foot - 80, "Recipients", lambda t: recipient_row(cast, rng, s, t))
    cv2.rectangle(s.img, (0, foot - 80), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    end = stack(
        cast, s, rng, 30, foot - 70, rng.randrange(3, 6), 18.3, 22, off(s.bg, 8), rng.randrange(10, 400)
    )
    note(s.img, "saluted", (end + 10, foot - 40), 0.48, GREY)
    return composer(s, foot + 18, "Congratulate")


def happy_tails(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shelter's adoption story: the new family's portrait (heldout11's ``portrait``, 110-300 px) with the
    adopted animal's photo over its lower right in a white frame and an "ADOPTED!" tag; the story; the
    volunteers who helped past the right edge (``volunteer_strip``: 30-48 px); more homes found
    (``appointment``-like rows: pets with their people's 22-30 px faces) above the share button."""
    s = new_screen(rng, name, cast.kind("tails"), ("light", "tinted", "light", "dark"))
    y = STATUS_H + 20
    pw, ph = WIDTH - 40, rng.randrange(560, 680)
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(110, 300))
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(ph, pw, 24))
    img = s.img
    cv2.rectangle(img, (pw - 300, y + ph - 280), (pw, y + ph - 20), WHITE, -1)
    cast.pet(s, pw - 290, y + ph - 270, 280, 240)
    tag(img, 40, y + 24, "ADOPTED!", SHELTER, 40)
    y += ph + 20
    note(img, f"{rng.choice(PETS)} found a home", (30, y + 30), 0.75, s.fg, 2)
    for k in range(2):
        note(img, words(rng, rng.randrange(5, 9)).lower(), (30, y + 72 + 34 * k), 0.5, s.fg)
    y += 150
    note(img, "Thanks to", (30, y), 0.5, GREY)
    y += volunteer_strip(cast, rng, s, y + 16) + 16
    foot = H - NAV_H - 120

    def home(t: int) -> int:
        end = pet_and_person(cast, rng, s, 30, t + 8, 80, (22, 30))
        note(img, f"{rng.choice(PETS)} and {who(rng)}", (end + 20, t + 48), 0.56, s.fg, 2)
        note(img, f"{rng.randrange(2, 30)} days ago", (end + 20, t + 80), 0.46, GREY)
        return 108

    rows_above(s, y, foot, "More homes found", home)
    return finish_with_button(s, foot, "Share their story")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    vet_appointments,
    adoption_cards,
    lost_pet_alert,
    walker_market,
    kennel_board,
    veterans_directory,
    reunion_gallery,
    memorial_roll,
    medal_ceremony,
    happy_tails,
)
# with people: each twice a round but two (a medal ceremony and an adoption story, a few large faces
# each)
ONCE = (medal_ceremony, happy_tails)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: animals' photos in adoption cards, kennel
# runs and walkers' cards, with things in the people's places)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, adoption_cards, kennel_board, walker_market)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT51_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h51", photos, free, seed, reps)
