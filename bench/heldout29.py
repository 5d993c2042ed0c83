"""Held-out screens, twenty-ninth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-eight came before it and are seen data, or may be. To keep this one unseen, no
face detector ran on its screens while it was written and the detector's code was not read. Where
its pixels come from: people from the held-out face photos only (``composites.HELDOUT`` without
two_people.jpg, whose people are in tuning photos); animals and things from heldout2's face-free
photos (``FREE_HELDOUT2``: its cat and horse are the pets and the wildlife) and, on some, drawn here
(``RENDERS``: a trail map, an empty campsite, an open tackle box, a pet's bowl and toys; nothing
with eyes, a mouth or a mask); every random choice from ``HELDOUT29_SEED``. Faces are pasted
through heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn over a
face later are not the face's; a face with under half of its box left is dropped); the people's
places are filled by heldout11's ``Cast`` (through heldout22's to heldout26's, its screens marked
h29-; on face-free screens pets, objects, textures, initials and this set's drawn things), which
counts a face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not
counted, as everywhere in the bench.

What it adds is faces in pet, animal and outdoor apps: owners holding their pets (``with_pet``: an
animal's photo in their arms under the chin), people far off on trails and summits (``far_away``),
and what the outdoors puts on faces: caps with the brim's shade over the brow, cycling and climbing
helmets with straps down the cheeks, beanies, sunglasses (``gear``, drawn on the photo before it is
pasted, so the box stays whole: a face in a cap is a face), photos into the sun (``backlit``: the
people darker under a glare). Pets' round photos with the owner's small face on their corner, map
pins whose heads are faces. Ten layouts:
- a pet adoption listing (``pet_adoption``): the animal's photo; the fosterer (28-40 px); "Happy
  tails", adopters holding their pets (40-130 px) in cards, the last cut by the edge; "also
  interested" (18-24 px); the shelter's answers (20-28 px);
- a vet clinic's page (``vet_clinic``): the vet holding a patient (64-150 px); the team (28-40 px);
  your pets with the owner's face on the corner (``pet_and_owner``: 18-26 px); reviews (20-28 px),
  an owner's photo with the pet on some (18-70 px);
- a dog-walking marketplace (``sitter_market``): a map of walkers as face pins (``face_pin``: 20-30
  px); walkers' cards (36-90 px, with a dog on half, caps on some), repeat clients (18-22 px);
- a live walk (``walk_tracker``): the route on a map, the walker's pin (22-32 px); the walker (36-52
  px); photo updates (selfies with the dog, 40-140 px); the chat (20-26 px);
- a hiking club's trip (``hike_event``): last summit's group (14-70 px, under 18 px not counted,
  kit on most); the elevation profile; the leader (32-48 px); going and waitlist stacks (18-24 px);
  trip reports (22-30 px) with people far off on the trail (up to 18-40 px) or drawn views;
- a climbing route (``climb_route``): the climber on the crag (``climbing_wall``: 22-70 px, a helmet
  on most); ascents (22-30 px); beta videos (40-110 px, helmets on some); partners wanted (18-24 px);
  comments (20-26 px);
- a cycling club's feed (``ride_feed``): the club's cover (riders, 18-60 px, helmets and sunglasses);
  members (18-24 px); a ride's post (28-40 px) with a map and a photo (20-90 px); kudos (18-22 px); a
  segment's leaderboard (20-28 px);
- a fishing and hunting log (``catch_log``): the trophy photo (``trophy``: 60-220 px, a cap and
  sunglasses on most, the fish held across, drawn with no eye); the angler (28-36 px); the lake's
  leaderboard (20-28 px); a hunting party in blaze orange on half (18-60 px); comments (20-26 px);
- a birding and wildlife app (``bird_sightings``): top observers (40-60 px, rank badges); sightings
  posted by 22-30 px faces with the animal's photo (never a person) and "also seen it" (18-22 px); a
  guided walk's birders far off (up to 18-36 px) and the guide (30-44 px);
- a pet sitter's profile (``sitter_profile``): the cover (the sitter with a dog, 70-240 px); the
  round photo over its foot (64-110 px); pets cared for (owners' faces 18-24 px on some); reviews
  (22-30 px), a photo from the stay on some (30-80 px).
Light, dark and tinted themes (the climbing page mostly dark); JPEG quality 30-60. Tags, pins'
rims, rank badges, stars and bubbles take the pixels they cover; a face under them counts while half
of its box shows; caps, helmets, beanies, sunglasses and the sun's glare are the photo's own;
initials, paw prints, drawn fish, maps and drawn things are never faces. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 962 faces (729 under 32 px, 163 of 32-63, 60 of 64-127, 10
larger; 791 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pins, cards and
covers; round things where a held or standing person would be; animals' photos where the apps show
them); ``reps=1`` a quarter (18 screens with 238 faces: 179, 40, 15 and 4 by size, 197 under 40 px;
13 face-free). Every layout but the live walk (the fewest faces a screen) and the catch log (its
trophy photo one large face) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63,
64-127 and 128 px or more):
    pet_adoption       8 screens    77 faces:  53, 13, 10,  1
    vet_clinic         8 screens   106 faces:  82, 15,  7,  2
    sitter_market      8 screens   168 faces: 124, 33, 11,  0
    walk_tracker       4 screens    22 faces:  13,  8,  1,  0
    hike_event         8 screens   128 faces:  95, 26,  7,  0
    climb_route        8 screens    87 faces:  64, 18,  5,  0
    ride_feed          8 screens   146 faces: 118, 25,  2,  1
    catch_log          4 screens    45 faces:  39,  2,  2,  2
    bird_sightings     8 screens   108 faces:  88, 20,  0,  0
    sitter_profile     8 screens    75 faces:  53,  3, 15,  4
Counted by running the generator alone (as ``faces_bench.py --only heldout29 --count-only`` does;
no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout3 as H3
import heldout5 as H5
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small, stars
from heldout6 import off
from heldout11 import INK, figure, gathering, offscreen, paste_photo, snapshot
from heldout13 import spectacles
from heldout19 import chevron, heading, street_map
from heldout20 import face_avatar, note
from heldout21 import chips, play_button, tab_bar, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who

HELDOUT29_SEED = 29292
FOREST: Colour = (70, 120, 40)  # an outdoor app's green (BGR)
BLAZE: Colour = (20, 110, 250)  # a hunter's blaze orange
PETS = ("chelsea.png", "horse.png")  # the face-free photos that are animals: a cat, a horse
Box = tuple[float, float, float, float]


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def topo_map(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A trail map: contour lines round two or three summits on pale green, a lake, a dashed trail
    between a trailhead's square and a summit's triangle."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((200, 225, 210), (190, 215, 225), (60, 70, 60)))
    ink = tone(tuple(int(v) for v in img[0, 0]), -50)
    peaks = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(rng.randrange(2, 4))]
    for px, py in peaks:
        for k in range(1, 9):
            r = k * max(3.0, min(w, h) / 14)
            cv2.ellipse(
                img, (round(px), round(py)), (round(r * 1.3), round(r)), rng.uniform(0, 180), 0, 360, ink, 1
            )
    lake = (rng.randrange(w), rng.randrange(h))
    cv2.ellipse(
        img, lake, (max(3, w // 8), max(2, h // 12)), rng.uniform(0, 180), 0, 360, (220, 170, 110), -1
    )
    start = (rng.randrange(w), rng.randrange(h))
    end = (round(peaks[0][0]), round(peaks[0][1]))
    n = 14
    for k in range(0, n, 2):
        a = (start[0] + (end[0] - start[0]) * k // n, start[1] + (end[1] - start[1]) * k // n)
        b = (start[0] + (end[0] - start[0]) * (k + 1) // n, start[1] + (end[1] - start[1]) * (k + 1) // n)
        cv2.line(img, a, b, (40, 60, 220), max(1, min(w, h) // 60), cv2.LINE_AA)
    r = max(3, min(w, h) // 20)
    cv2.rectangle(img, (start[0] - r, start[1] - r), (start[0] + r, start[1] + r), FOREST, -1)
    tri = np.array([[end[0], end[1] - r], [end[0] + r, end[1] + r], [end[0] - r, end[1] + r]], np.int32)
    cv2.fillPoly(img, [tri], (30, 30, 30), cv2.LINE_AA)
    return img


def campsite(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A campsite at dusk with nobody in it: a sky graded to the horizon, ridges, a lake's shine, a
    tent (a triangle and its door), a fire's flames on crossed logs, a few stars."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.45, 0.6))
    gradient(img, (0, 0, w, horizon), random_colour(rng, 60, 140), (90, 160, 250))
    for k in range(2):  # ridges
        pts = [[0, horizon]]
        for x in range(0, w + 20, max(4, w // 8)):
            pts.append([x, round(horizon - h * rng.uniform(0.05, 0.2) * (2 - k))])
        pts.append([w, horizon])
        cv2.fillPoly(img, [np.array(pts, np.int32)], tone((70, 60, 50), -20 * k), cv2.LINE_AA)
    cv2.rectangle(img, (0, horizon), (w, h), rng.choice(((50, 80, 50), (60, 70, 80))), -1)
    cv2.line(img, (0, horizon + h // 20), (w, horizon + h // 20), (160, 150, 140), max(1, h // 60))
    for _ in range(rng.randrange(3, 12)):
        cv2.circle(img, (rng.randrange(w), rng.randrange(max(1, horizon // 2))), max(1, w // 200), WHITE, -1)
    tw = max(6, round(w * rng.uniform(0.25, 0.4)))
    tx, ty = rng.randrange(max(1, w - tw)), round(h * 0.85)
    tent = rng.choice(((40, 120, 230), (60, 160, 60), (180, 120, 40)))
    tri = np.array([[tx, ty], [tx + tw, ty], [tx + tw // 2, ty - round(tw * 0.7)]], np.int32)
    cv2.fillPoly(img, [tri], tent, cv2.LINE_AA)
    door = np.array([[tx + tw * 2 // 5, ty], [tx + tw * 3 // 5, ty], [tx + tw // 2, ty - tw // 3]], np.int32)
    cv2.fillPoly(img, [door], tone(tent, -70), cv2.LINE_AA)
    fx = min(w - 2, tx + tw + max(4, w // 10)) if tx + tw < w * 0.8 else max(2, tx - w // 8)
    fr = max(3, w // 30)
    cv2.line(img, (fx - fr, ty), (fx + fr, ty - fr // 2), (40, 60, 90), max(1, fr // 3))
    cv2.line(img, (fx - fr, ty - fr // 2), (fx + fr, ty), (40, 60, 90), max(1, fr // 3))
    flame = np.array(
        [[fx - fr // 2, ty - fr // 3], [fx, ty - 2 * fr], [fx + fr // 2, ty - fr // 3]], np.int32
    )
    cv2.fillPoly(img, [flame], (40, 170, 250), cv2.LINE_AA)
    return img


def tackle_box(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An open tackle box from above: a tray of compartments, in each a lure (a striped body and a
    hook's curve, no eye painted on), a spoon, sinkers or a coil of line."""
    img = np.zeros((h, w, 3), np.uint8)
    shell = rng.choice(((40, 140, 60), (30, 30, 160), (120, 120, 125)))
    img[:] = shell
    cols, rows = rng.randrange(3, 6), rng.randrange(2, 4)
    cw, ch = w / cols, h / rows
    for r in range(rows):
        for c in range(cols):
            x1, y1 = round(c * cw + max(1, w // 80)), round(r * ch + max(1, h // 80))
            x2, y2 = round((c + 1) * cw - max(1, w // 80)), round((r + 1) * ch - max(1, h // 80))
            cv2.rectangle(img, (x1, y1), (x2, y2), tone(shell, 40), -1)
            cx, cy = (x1 + x2) // 2, (y1 + y2) // 2
            lw, lh = max(2, (x2 - x1) * 2 // 5), max(1, (y2 - y1) // 6)
            kind = rng.randrange(4)
            colour = random_colour(rng, 60, 250)
            if kind == 0:  # a crankbait: a body with stripes and a hook
                cv2.ellipse(img, (cx, cy), (lw, lh), rng.uniform(-20, 20), 0, 360, colour, -1, cv2.LINE_AA)
                for k in range(-1, 2):
                    cv2.line(
                        img, (cx + k * lw // 3, cy - lh), (cx + k * lw // 3, cy + lh), tone(colour, -60), 1
                    )
                cv2.ellipse(img, (cx + lw, cy + lh), (max(1, lh), max(1, lh)), 0, 0, 270, (180, 180, 180), 1)
            elif kind == 1:  # a spoon
                cv2.ellipse(img, (cx, cy), (lw, lh * 2), 30, 0, 360, (200, 200, 205), -1, cv2.LINE_AA)
                cv2.ellipse(img, (cx, cy), (lw // 2, lh), 30, 0, 360, (40, 180, 230), -1, cv2.LINE_AA)
            elif kind == 2:  # sinkers
                for k in range(3):
                    cv2.circle(
                        img, (cx - lw // 2 + k * lw // 2, cy), max(1, lh), (90, 90, 95), -1, cv2.LINE_AA
                    )
            else:  # a coil of line
                for k in range(3):
                    cv2.circle(img, (cx, cy), max(1, lh + k * 2), colour, 1, cv2.LINE_AA)
    return img


def pet_gear(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A pet's things on a floor from above: a food bowl of kibble, a bone-shaped chew, a ball and
    a leash in a loose loop."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = rng.choice(((150, 190, 220), (110, 140, 170), (200, 200, 200)))
    img[:] = floor
    for x in range(0, w, max(4, w // 6)):  # floorboards
        cv2.line(img, (x, 0), (x, h), tone(floor, -25), 1)
    r = max(4, round(min(w, h) * rng.uniform(0.18, 0.26)))
    c = (round(w * rng.uniform(0.3, 0.45)), round(h * rng.uniform(0.35, 0.55)))
    bowl = random_colour(rng, 60, 230)
    cv2.circle(img, c, r, bowl, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r * 3 // 4), (60, 90, 140), -1, cv2.LINE_AA)
    for _ in range(12):
        a, d = rng.uniform(0, 2 * math.pi), rng.uniform(0, r * 0.6)
        k = (round(c[0] + d * math.cos(a)), round(c[1] + d * math.sin(a)))
        cv2.circle(img, k, max(1, r // 9), (40, 70, 120), -1, cv2.LINE_AA)
    bx, by, bl = round(w * 0.72), round(h * 0.25), max(4, w // 7)
    for d in (-1, 1):  # a bone: a bar and two knobs at each end
        cv2.circle(img, (bx + d * bl, by - bl // 5), max(2, bl // 4), (230, 235, 240), -1, cv2.LINE_AA)
        cv2.circle(img, (bx + d * bl, by + bl // 5), max(2, bl // 4), (230, 235, 240), -1, cv2.LINE_AA)
    cv2.rectangle(img, (bx - bl, by - bl // 6), (bx + bl, by + bl // 6), (230, 235, 240), -1)
    ball = (round(w * 0.75), round(h * 0.75))
    cv2.circle(img, ball, max(3, r // 2), (60, 230, 200), -1, cv2.LINE_AA)
    cv2.ellipse(img, ball, (max(3, r // 2), max(1, r // 6)), 30, 0, 360, WHITE, 1, cv2.LINE_AA)
    leash = random_colour(rng, 40, 220)
    cv2.ellipse(
        img, (w // 2, round(h * 0.8)), (w // 3, h // 8), 0, 0, 300, leash, max(1, w // 70), cv2.LINE_AA
    )
    return img


RENDERS: tuple[H11.Render, ...] = (topo_map, campsite, tackle_box, pet_gear)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (heldout25's to heldout23's: a scene of people or a thing; half of a face's
    box showing counts it), its screens marked h29-, whose drawn things are this set's: a trail
    map, an empty campsite, a tackle box, a pet's bowl and toys."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h29-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Outdoors: what the weather, the sun and the kit do to the people in these apps' photos.
# ----------------------------------------------------------------------------------------------


def cap(img: np.ndarray, box: Box, colour: Colour, right: bool) -> None:
    """A peaked cap on a head: the crown over the box's top, the brim across its upper tenth to the
    facing side, the brim's shadow over the brow."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    cx = (x1 + x2) / 2
    ya, yb = max(0, round(y1 + 0.12 * h)), round(y1 + 0.42 * h)
    xa, xb = max(0, round(x1)), round(x2)
    if yb > ya and xb > xa:
        part = img[ya:yb, xa:xb]
        part[:] = (part.astype(np.float32) * 0.78).astype(np.uint8)  # the brim's shade
    crown = (round(cx), round(y1 + 0.08 * h))
    axes = (max(1, round(0.62 * w)), max(1, round(0.5 * h)))
    cv2.ellipse(img, crown, axes, 0, 180, 360, colour, -1, cv2.LINE_AA)
    d = 1 if right else -1
    brim = (round(cx + d * 0.3 * w), round(y1 + 0.1 * h))
    cv2.ellipse(
        img, brim, (max(1, round(0.5 * w)), max(1, round(0.07 * h))), 0, 0, 360, tone(colour, -30), -1
    )


def bike_helmet(img: np.ndarray, box: Box, colour: Colour) -> None:
    """A cycling or climbing helmet: a shell over the head down to the brow, vents as dark slots,
    straps down the sides of the face to under the chin."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    cx, base = round((x1 + x2) / 2), round(y1 + 0.14 * h)
    cv2.ellipse(img, (cx, base), (max(1, round(0.7 * w)), max(1, round(0.6 * h))), 0, 180, 360, colour, -1)
    for k in (-1, 0, 1):
        top = (round(cx + k * 0.28 * w), round(base - 0.45 * h))
        cv2.line(
            img,
            top,
            (round(cx + k * 0.34 * w), round(base - 0.12 * h)),
            tone(colour, -90),
            max(1, round(w / 14)),
        )
    t = max(1, round(w / 30))
    for side in (x1 + 0.02 * w, x2 - 0.02 * w):
        cv2.line(img, (round(side), base), (round(cx + (side - cx) * 0.35), round(y2)), (30, 30, 30), t)


def beanie(img: np.ndarray, box: Box, colour: Colour) -> None:
    """A knitted hat pulled down to the brow: its body over the head, a folded band, a pompom."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    band = round(y1 + 0.12 * h)
    cv2.ellipse(
        img,
        (round((x1 + x2) / 2), band),
        (max(1, round(0.62 * w)), max(1, round(0.62 * h))),
        0,
        180,
        360,
        colour,
        -1,
    )
    cv2.rectangle(
        img, (round(x1 - 0.1 * w), round(band - 0.16 * h)), (round(x2 + 0.1 * w), band), tone(colour, -35), -1
    )
    cv2.circle(img, (round((x1 + x2) / 2), round(band - 0.66 * h)), max(1, round(0.14 * w)), WHITE, -1)


def gear(
    img: np.ndarray, faces: Sequence[Box], rng: random.Random, share: float, hunting: bool = False
) -> None:
    """What people wear outdoors, drawn on a photo before it is pasted (it is the face's own: the
    box stays whole, as it would be on a photo of someone in a cap): on ``share`` of the faces a
    cap (blaze orange on a hunt), a helmet or a beanie, sunglasses with it on some or alone."""
    for box in faces:
        if rng.random() >= share:
            continue
        roll = rng.random()
        colour = BLAZE if hunting and rng.random() < 0.6 else random_colour(rng, 30, 230)
        if roll < 0.4:
            cap(img, box, colour, rng.random() < 0.5)
        elif roll < 0.6:
            bike_helmet(img, box, colour)
        elif roll < 0.75:
            beanie(img, box, colour)
        if roll >= 0.75 or rng.random() < 0.4:
            spectacles(img, box, random_colour(rng, 20, 120), True)


def backlit(piece: np.ndarray, rng: random.Random) -> np.ndarray:
    """A photo into the sun: everything darker (to 55-80 %), a glare spreading from a corner of the
    sky. The faces stay the photo's faces, only darker."""
    h, w = piece.shape[:2]
    k = rng.uniform(0.55, 0.8)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sx, sy = rng.choice((0.0, float(w))), rng.uniform(-0.2, 0.1) * h
    glare = np.exp(-((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * (0.35 * max(w, h)) ** 2))
    out = piece.astype(np.float32) * k + (255 * (1 - k) * glare)[:, :, None] * np.float32((0.8, 0.95, 1.0))
    return np.clip(out, 0, 255).astype(np.uint8)


def outdoor_photo(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, lo: float,
                  hi: float, m: np.ndarray | None = None, share: float = 0.5,
                  hunting: bool = False) -> None:  # fmt: skip
    """A w x h photo from outside (``snapshot``: a group or a few people, faces ``lo``-``hi`` px,
    or a thing), its people in caps, helmets and sunglasses on ``share`` of them, into the sun on
    a fifth."""
    piece, faces = snapshot(cast, w, h, lo, hi, 0.9)
    gear(piece, faces, rng, share, hunting)
    if rng.random() < 0.2:
        piece = backlit(piece, rng)
    paste_photo(cast, s, piece, faces, x, y, m)


def pet_piece(cast: Cast, w: int, h: int) -> np.ndarray:
    """A w x h photo of an animal (heldout2's cat or horse), or on some another face-free picture."""
    rng = cast.rng
    pets = [p for p in cast.free if p.name.endswith(PETS)]
    if not pets or rng.random() < 0.25:
        return cast.piece(w, h)
    crop = HO._crop_square(rng.choice(pets), rng, (0.45, 1.0))
    return cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)


def oval(w: int, h: int) -> np.ndarray:
    """255 inside the ellipse filling w x h."""
    m = np.zeros((h, w), np.uint8)
    cv2.ellipse(
        m, (w // 2, h // 2), (max(1, w // 2 - 1), max(1, h // 2 - 1)), 0, 0, 360, 255, -1, cv2.LINE_AA
    )
    return m


def with_pet(cast: Cast, rng: random.Random, w: int, h: int, fp: float, share: float = 0.5,
             hunting: bool = False) -> tuple[np.ndarray, list[C.BoxF]]:  # fmt: skip
    """Someone outdoors holding their pet (a cat, a horse's head, or a thing on a face-free cast):
    a blurred park or trail behind, head and shoulders (the face ``fp`` px, a cap or sunglasses on
    ``share``), the animal in their arms under the chin, into the sun on some."""
    back = rng.random() < 0.5

    def draw(sc: Screen) -> None:
        base = H11.landscape(rng, w, h) if back else cast.piece(w, h)
        sc.img[:] = cv2.GaussianBlur(base, (0, 0), rng.uniform(2, 6))
        cy = h * rng.uniform(0.28, 0.38)
        figure(cast, sc, w * rng.uniform(0.4, 0.6), cy, fp, (0, 0, w, h), True)
        pw, ph = round(min(w * 0.8, fp * rng.uniform(1.8, 2.6))), round(fp * rng.uniform(1.4, 2.0))
        top = round(cy + fp * rng.uniform(0.95, 1.3))
        if top < h - 8:
            keep = min(ph, h - top)  # the arms run off the photo's foot
            left = round(w / 2 - pw / 2 + rng.uniform(-0.1, 0.1) * w)
            blit(sc.img, pet_piece(cast, pw, ph)[:keep], left, top, oval(pw, ph)[:keep])

    piece, faces = offscreen(w, h, draw)
    gear(piece, faces, rng, share, hunting)
    if rng.random() < 0.15:
        piece = backlit(piece, rng)
    return piece, faces


def held_photo(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, fp: float,
               m: np.ndarray | None = None, share: float = 0.5) -> None:  # fmt: skip
    """``with_pet`` pasted at (x, y) (its face counted while half of its box shows)."""
    piece, faces = with_pet(cast, rng, w, h, fp, share)
    paste_photo(cast, s, piece, faces, x, y, m)


def far_away(cast: Cast, rng: random.Random, w: int, h: int, hi: float) -> tuple[np.ndarray, list[C.BoxF]]:
    """A view with people far off in it (a trail, a summit ridge, a river bank): a landscape, and
    one or two small rows of hikers standing high in the frame, faces ``hi`` px and smaller (those
    under 18 px drawn, not counted), kit on most; a face-free cast's is a view with round things."""
    lo = hi * rng.uniform(0.55, 0.8)
    piece, faces = gathering(cast, w, h, lo, hi, rng.randrange(1, 3), rng.randrange(2, 6), (1.8, 3.2),
                             rng.uniform(0.05, 0.35))  # fmt: skip
    view = H11.landscape(rng, w, h)
    sky = np.zeros((h, w), np.uint8)
    sky[: round(h * 0.3)] = 255
    top = np.where(sky[:, :, None] > 0, cv2.addWeighted(piece, 0.3, view, 0.7, 0), piece)
    gear(top, faces, rng, 0.7)
    return top, faces


def paw(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A paw print (a walk's marker, a pet app's glyph): a pad and four toes."""
    cv2.ellipse(
        img, (c[0], c[1] + r // 3), (max(1, r * 3 // 5), max(1, r // 2)), 0, 0, 360, colour, -1, cv2.LINE_AA
    )
    for k, dx in enumerate((-0.75, -0.28, 0.28, 0.75)):
        dy = -0.35 if k in (0, 3) else -0.7
        cv2.circle(img, (round(c[0] + dx * r), round(c[1] + dy * r)), max(1, r // 4), colour, -1, cv2.LINE_AA)


def face_pin(cast: Cast, rng: random.Random, s: Screen, tip: tuple[int, int], lo: float, hi: float,
             colour: Colour) -> None:  # fmt: skip
    """A map pin whose head is someone's round photo (faces ``lo``-``hi`` px) in a rim of
    ``colour``, its point at ``tip``."""
    fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.1, 1.25))
    r = side // 2 + 5
    c = (tip[0], tip[1] - r - 14)
    tri = np.array([[c[0] - r * 2 // 3, c[1] + r // 2], [c[0] + r * 2 // 3, c[1] + r // 2], tip], np.int32)
    cv2.fillPoly(s.img, [tri], colour, cv2.LINE_AA)
    cv2.circle(s.img, c, r, colour, -1, cv2.LINE_AA)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")


def pet_and_owner(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, lo: float, hi: float,
                  rim: Colour) -> None:  # fmt: skip
    """A pet's round photo with its owner's small face (``lo``-``hi`` px) over the lower right, ringed
    in ``rim`` (the pet apps' double avatar)."""
    blit(s.img, pet_piece(cast, side, side), x, y, oval(side, side))
    fp, small_side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.05, 1.2))
    cast.avatar(
        s, x + side - small_side * 2 // 3, y + side - small_side * 2 // 3, fp, small_side, "circle", rim
    )


def elevation(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colour: Colour) -> None:
    """A route's elevation profile: a filled ridge over a baseline, the high point marked."""
    x1, y1, x2, y2 = rect
    n = 40
    level, pts = rng.uniform(0.2, 0.5), []
    for k in range(n + 1):
        level = min(0.95, max(0.05, level + rng.uniform(-0.08, 0.1) * (1 if k < n * 0.6 else -1.2)))
        pts.append([x1 + (x2 - x1) * k // n, round(y2 - (y2 - y1) * level)])
    poly = np.array([[x1, y2], *pts, [x2, y2]], np.int32)
    cv2.fillPoly(img, [poly], tone(colour, 60), cv2.LINE_AA)
    cv2.polylines(img, [np.array(pts, np.int32)], False, colour, 3, cv2.LINE_AA)
    top = min(pts, key=lambda p: p[1])
    tri = np.array([[top[0], top[1] - 18], [top[0] + 10, top[1] - 2], [top[0] - 10, top[1] - 2]], np.int32)
    cv2.fillPoly(img, [tri], INK, cv2.LINE_AA)


def fish(img: np.ndarray, c: tuple[int, int], length: int, angle: float, colour: Colour) -> None:
    """A caught fish held across: a long body, a forked tail, fins and spots (no eye drawn)."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)

    def at(dx: float, dy: float) -> list[int]:
        return [round(c[0] + dx * ca - dy * sa), round(c[1] + dx * sa + dy * ca)]

    half, depth = length / 2, length / 6
    cv2.ellipse(img, c, (max(1, round(half)), max(1, round(depth))), angle, 0, 360, colour, -1, cv2.LINE_AA)
    tail = np.array(
        [at(half * 0.9, 0), at(half * 1.25, -depth), at(half * 1.15, 0), at(half * 1.25, depth)], np.int32
    )
    cv2.fillPoly(img, [tail], tone(colour, -30), cv2.LINE_AA)
    fin = np.array(
        [at(-half * 0.1, -depth * 0.9), at(half * 0.3, -depth * 1.5), at(half * 0.4, -depth * 0.8)], np.int32
    )
    cv2.fillPoly(img, [fin], tone(colour, -40), cv2.LINE_AA)
    cv2.ellipse(
        img, c, (max(1, round(half * 0.9)), max(1, round(depth * 0.3))), angle, 0, 360, tone(colour, 40), -1
    )
    for k in range(6):
        p = at(-half * 0.5 + k * half * 0.2, (-1) ** k * depth * 0.45)
        cv2.circle(img, (p[0], p[1]), max(1, length // 60), tone(colour, -70), -1, cv2.LINE_AA)


def trophy(
    cast: Cast, rng: random.Random, w: int, h: int, fp: float, hunting: bool
) -> tuple[np.ndarray, list[C.BoxF]]:
    """A trophy photo: the angler on a boat or a bank (face ``fp`` px, a cap and sunglasses on
    most, blaze orange on a hunt), the fish held across the chest (drawn, no eye)."""

    def draw(sc: Screen) -> None:
        sc.img[:] = cv2.GaussianBlur(H11.landscape(rng, w, h), (0, 0), rng.uniform(1, 4))
        cy = h * rng.uniform(0.26, 0.36)
        cx = w * rng.uniform(0.35, 0.65)
        figure(cast, sc, cx, cy, fp, (0, 0, w, h), True)
        colour = rng.choice(((90, 140, 120), (150, 170, 170), (60, 110, 150)))
        at = (round(cx), round(cy + fp * rng.uniform(1.9, 2.4)))
        fish(sc.img, at, round(min(w * 0.8, fp * rng.uniform(3, 4.5))), rng.uniform(-12, 12), colour)

    piece, faces = offscreen(w, h, draw)
    gear(piece, faces, rng, 0.8, hunting)
    if rng.random() < 0.2:
        piece = backlit(piece, rng)
    return piece, faces


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def comments(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int, lo: float, hi: float) -> int:
    """Comment rows down to ``foot``: a face (``lo``-``hi`` px, initials on some), a name, a line or
    two. Returns the y under them."""
    while y + 110 < foot:
        sd = face_avatar(cast, s, rng, 30, y, lo, hi, (1.1, 1.25), "circle", person=True)
        note(s.img, who(rng)[:10], (50 + sd, y + 22), 0.6, s.fg, 2)
        s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(3, 8))
        y += max(sd, 66) + 22
    return y


def pet_adoption(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pet adoption listing: the animal's photo (a cat, a horse or a thing) over the top with a
    heart; its name, age and traits as chips; who fosters it (28-40 px); "Happy tails", a carousel
    of adopters holding their pets (``with_pet``: faces 40-130 px, caps and sunglasses on some), the
    last card cut by the edge; "also interested" (a stack of 18-24 px, "+N"); the shelter's answers
    (20-28 px)."""
    s = new_screen(rng, name, cast.kind("adopt"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(480, 600)
    blit(img, pet_piece(cast, WIDTH, ph), 0, y)
    chevron(img, 40, y + 50, WHITE, back=True)
    cv2.circle(img, (WIDTH - 70, y + 60), 36, WHITE, -1, cv2.LINE_AA)
    heart(img, (WIDTH - 70, y + 64), 18, RED)
    y += ph + 24
    heading(s, 30, y + 40, who(rng), 1.3)
    note(img, f"{rng.randrange(1, 12)} yrs - {rng.choice(('Female', 'Male'))}", (30, y + 84), 0.6, GREY)
    y += 110
    chips(img, rng, 30, y, 3, 48, (140, 220), off(page, 14), s.fg)
    y += 74
    sd = face_avatar(cast, s, rng, 30, y, 28, 40, (1.1, 1.25), "circle", person=True)
    note(img, "Fostered by " + who(rng), (50 + sd, y + sd // 2 + 8), 0.6, s.fg, 2)
    y += max(sd, 50) + 24
    y = section(s, y, "Happy tails")
    cw, chh = rng.randrange(300, 360), rng.randrange(360, 440)
    x = 30
    while x < WIDTH:
        held_photo(cast, rng, s, x, y, cw, chh, small(rng, 40, 130), rounded_rect(chh, cw, 20), 0.4)
        x += cw + 20
    y += chh + 24
    note(img, "Also interested", (30, y + 30), 0.6, GREY, 2)
    stack(cast, s, rng, 280, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 30))
    y += 70
    y = section(s, y, "Questions", False)
    comments(cast, rng, s, y, H - NAV_H - 130, 20, 28)
    pill(img, 30, H - NAV_H - 110, WIDTH - 60, 90, s.accent)
    note(img, "Apply to adopt", (WIDTH // 2 - 110, H - NAV_H - 55), 0.8, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def vet_clinic(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A vet app's clinic page: the vet with a patient in their arms (``with_pet``: faces 64-150
    px) in a rounded square beside the name and stars; the team (28-40 px faces); your pets' double
    avatars (a pet's photo, the owner's 18-26 px face on its corner); the next visit card; reviews
    by owners (20-28 px faces, a photo of an owner and pet on some, faces 18-70 px)."""
    s = new_screen(rng, name, cast.kind("vet"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 34, s.fg, back=True)
    heading(s, 80, y + 46, rng.choice(("Paws & Claws", "Oak Vet", "Riverside Animal")), 0.9)
    y += 90
    side = rng.randrange(260, 340)
    held_photo(cast, rng, s, 30, y, side, side, small(rng, 64, 150), rounded_rect(side, side, 24), 0.15)
    note(img, "Dr. " + who(rng), (side + 60, y + 60), 0.9, s.fg, 2)
    note(img, rng.choice(("Small animals", "Dogs & cats", "Exotics")), (side + 60, y + 104), 0.6, GREY)
    stars(img, side + 74, y + 150, 14, rng.randrange(4, 6), GOLD, GREY)
    pill(img, side + 60, y + side - 80, 260, 64, s.accent)
    note(img, "Book visit", (side + 110, y + side - 38), 0.7, WHITE, 2)
    y += side + 30
    y = section(s, y, "Our team")
    for k in range(rng.randrange(4, 6)):
        sd = face_avatar(cast, s, rng, 30 + k * 200, y, 28, 40, (1.1, 1.3), "circle", person=True)
        note(img, who(rng)[:8], (30 + k * 200, y + sd + 30), 0.55, s.fg)
    y += 120
    y = section(s, y, "Your pets", False)
    for k in range(rng.randrange(2, 4)):
        pet_and_owner(cast, rng, s, 30 + k * 230, y, 150, 18.3, 26, page)
        note(img, who(rng)[:8], (40 + k * 230, y + 190), 0.6, s.fg, 2)
    y += 220
    fill(img, rounded_rect(130, WIDTH - 60, 20), 30, y, off(page, 12))
    paw(img, (90, y + 64), 30, s.accent)
    note(
        img,
        f"Vaccines due {rng.choice(('Mon', 'Tue', 'Fri'))} {rng.randrange(9, 17)}:00",
        (150, y + 72),
        0.7,
        s.fg,
        2,
    )
    y += 160
    y = section(s, y, "Reviews")
    foot = H - NAV_H - 130
    while y + 120 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (50 + sd, y + 22), 0.6, s.fg, 2)
        stars(img, 60 + sd + 180, y + 14, 9, rng.randrange(3, 6), GOLD, GREY)
        s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(3, 8))
        y += max(sd, 66) + 16
        if rng.random() < 0.35 and y + 260 < foot:
            outdoor_photo(cast, rng, s, 50 + sd, y, 300, 220, 18.3, 70, rounded_rect(220, 300, 16), 0.2)
            y += 240
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def sitter_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dog-walking and pet-sitting marketplace: the search and filters; a map strip with the
    walkers near you as pins whose heads are their faces (20-30 px); the walkers' cards (a photo of
    each with a dog or alone, faces 36-90 px, caps on some), stars, the price, a "Star sitter" tag,
    a stack of repeat clients (18-22 px)."""
    s = new_screen(rng, name, cast.kind("sitters"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    pill(img, 30, y, WIDTH - 60, 76, off(page, 14))
    note(
        img, rng.choice(("Dog walking", "Boarding", "Drop-in visits")) + " near you", (80, y + 48), 0.65, GREY
    )
    y += 96
    chips(img, rng, 30, y, 4, 48, (130, 210), off(page, 14), s.fg)
    y += 70
    mh = rng.randrange(280, 360)
    blit(img, street_map(rng, WIDTH, mh), 0, y)
    for _ in range(rng.randrange(3, 7)):
        face_pin(
            cast, rng, s, (rng.randrange(60, WIDTH - 60), rng.randrange(y + 80, y + mh - 4)), 20, 30, s.accent
        )
    y += mh + 20
    foot = H - NAV_H - 130
    while y + 200 < foot:
        fill(img, rounded_rect(200, WIDTH - 60, 20), 30, y, off(page, 8))
        pw = 160
        if rng.random() < 0.5:
            held_photo(cast, rng, s, 46, y + 20, pw, pw, small(rng, 36, 90), rounded_rect(pw, pw, 16), 0.4)
        else:
            piece, faces = H11.portrait(cast, pw, pw, small(rng, 40, 90))
            gear(piece, faces, rng, 0.3)
            paste_photo(cast, s, piece, faces, 46, y + 20, rounded_rect(pw, pw, 16))
        x = 46 + pw + 24
        note(img, who(rng) + " " + rng.choice("ABCDKLMRST") + ".", (x, y + 56), 0.75, s.fg, 2)
        stars(img, x + 14, y + 90, 10, rng.randrange(4, 6), GOLD, GREY)
        note(img, f"${rng.randrange(15, 60)}/walk", (WIDTH - 200, y + 56), 0.7, s.accent, 2)
        if rng.random() < 0.4:
            tag(img, x + 150, y + 72, "Star sitter", GOLD, 32)
        end = stack(
            cast, s, rng, x, y + 118, rng.randrange(2, 5), 18.3, 22, off(page, 8), rng.randrange(0, 20)
        )
        note(img, "repeat clients", (end + 10, y + 146), 0.5, GREY)
        y += 220
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def walk_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live walk: the map with the route so far, paw prints where the dog stopped, the walker's
    pin (a 22-32 px face); the sheet: time and distance, the walker (36-52 px); photo updates (the
    walker's selfie with the dog, faces 40-140 px, a cap or sunglasses on half; or the dog alone);
    the chat with the walker (20-26 px)."""
    s = new_screen(rng, name, cast.kind("walk"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    mh = rng.randrange(700, 860)
    blit(img, (topo_map if rng.random() < 0.4 else street_map)(rng, WIDTH, mh), 0, STATUS_H)
    pts = [(rng.randrange(100, WIDTH - 100), STATUS_H + rng.randrange(120, mh - 60)) for _ in range(6)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, s.accent, 10, cv2.LINE_AA)
    for p in pts[1:-1]:
        if rng.random() < 0.5:
            cv2.circle(img, p, 22, WHITE, -1, cv2.LINE_AA)
            paw(img, p, 14, s.accent)
    face_pin(cast, rng, s, pts[-1], 22, 32, s.accent)
    y = STATUS_H + mh - 40
    H5.sheet(img, y, page)
    y += 40
    sd = face_avatar(cast, s, rng, 30, y, 36, 52, (1.1, 1.25), "circle")
    note(img, who(rng) + " is walking " + who(rng), (50 + sd, y + 30), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(5, 55)} min - {rng.uniform(0.5, 4):.1f} km", (50 + sd, y + 66), 0.6, GREY)
    y += max(sd, 70) + 24
    pw = (WIDTH - 80) // 2
    ph = rng.randrange(300, 380)
    for k in range(2):
        if rng.random() < 0.7:
            held_photo(
                cast, rng, s, 30 + k * (pw + 20), y, pw, ph, small(rng, 40, 140), rounded_rect(ph, pw, 18)
            )
        else:
            blit(img, pet_piece(cast, pw, ph), 30 + k * (pw + 20), y, rounded_rect(ph, pw, 18))
    y += ph + 24
    foot = H - NAV_H - 130
    while y + 100 < foot:
        mine = rng.random() < 0.4
        bw = rng.randrange(360, 640)
        if mine:
            fill(img, rounded_rect(70, bw, 30), WIDTH - 30 - bw, y, s.accent)
            s.words(rng, WIDTH - bw, y + 45, 0.6, 3, WHITE)
        else:
            sd = face_avatar(cast, s, rng, 30, y + 10, 20, 26, (1.1, 1.25), "circle")
            fill(img, rounded_rect(70, bw, 30), 46 + sd, y, off(page, 14))
            s.words(rng, 70 + sd, y + 45, 0.6, 3)
        y += 90
    H5.nav_bar(s)
    return s.finish()


def hike_event(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hiking club's trip: the summit photo of last time's group (faces 14-70 px, those under 18 px
    not counted, caps, beanies and sunglasses on most); the trip's name, date and difficulty; the
    elevation profile; the leader (32-48 px, a tag); who is going (a stack of 18-24 px, "+N") and the
    waitlist; trip reports by 22-30 px faces with photos of the trail (people far off, faces up to
    18-40 px) or a drawn campsite or map."""
    s = new_screen(rng, name, cast.kind("hike"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(420, 520)
    piece, faces = snapshot(cast, WIDTH, bh, 14, 70, 0.95)
    gear(piece, faces, rng, 0.7)
    paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 30, y + bh - 60, rng.choice(("Summit!", "Last trip", "2023")), FOREST, 40)
    y += bh + 20
    heading(s, 30, y + 40, words(rng, 2).title()[:24] + " Peak", 1.1)
    note(
        img,
        f"Sat {rng.randrange(1, 29)} - {rng.randrange(6, 24)} km - {rng.randrange(300, 1600)} m up",
        (30, y + 80),
        0.6,
        GREY,
    )
    y += 100
    chips(img, rng, 30, y, 3, 44, (110, 180), off(page, 14), s.fg)
    y += 64
    elevation(img, rng, (30, y, WIDTH - 30, y + 150), FOREST)
    y += 170
    sd = face_avatar(cast, s, rng, 30, y, 32, 48, (1.1, 1.25), "circle")
    note(img, who(rng), (50 + sd, y + 30), 0.65, s.fg, 2)
    tag(img, 50 + sd, y + 44, "Trip leader", FOREST, 30)
    y += max(sd, 80) + 16
    for label in ("Going", "Waitlist"):
        note(img, label, (30, y + 32), 0.6, GREY, 2)
        stack(cast, s, rng, 200, y, rng.randrange(3, 7), 18.3, 24, page, rng.randrange(0, 25))
        y += 64
    y = section(s, y + 10, "Trip reports")
    foot = H - NAV_H - 130
    while y + 200 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (50 + sd, y + sd // 2 + 8), 0.6, s.fg, 2)
        y += max(sd, 40) + 14
        ph = min(foot - y - 10, rng.randrange(260, 360))
        if ph < 120:
            break
        if cast.photos and rng.random() < 0.7:
            piece, faces = far_away(cast, rng, WIDTH - 60, ph, small(rng, 18.3, 40))
            paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, WIDTH - 60, 16))
        else:
            blit(
                img,
                H11.render(rng, WIDTH - 60, ph, (campsite, topo_map)),
                30,
                y,
                rounded_rect(ph, WIDTH - 60, 16),
            )
        y += ph + 24
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def climbing_wall(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[C.BoxF]]:
    """A climber on a crag (face 22-70 px, a helmet on most), the rope up from below, chalk marks;
    a face-free cast's crag has a round thing on it."""
    rock = rng.choice(((120, 140, 160), (90, 100, 110), (140, 160, 190)))
    fp = small(rng, 22, 70)

    def draw(sc: Screen) -> None:
        sc.img[:] = rock
        for _ in range(40):
            p = (rng.randrange(w), rng.randrange(h))
            cv2.line(
                sc.img, p, (p[0] + rng.randrange(-60, 60), p[1] + rng.randrange(20, 120)), tone(rock, -40), 2
            )
        cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.2, 0.5)
        cv2.line(sc.img, (round(cx), round(cy + fp)), (round(cx + rng.uniform(-80, 80)), h), (40, 60, 230), 3)
        figure(cast, sc, cx, cy, fp, (0, 0, w, h), True)

    piece, faces = offscreen(w, h, draw)
    for box in faces:
        if rng.random() < 0.75:
            bike_helmet(piece, box, random_colour(rng, 40, 230))
    return piece, faces


def climb_route(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A climbing app's route page: the crag's photo with the climber on it (``climbing_wall``);
    the route's name and grade, its line drawn on a topo; ascents (22-30 px faces, Flash or
    Redpoint tags, stars); beta videos (climbers cut out, faces 40-110 px, helmets on some, play
    buttons); partners wanted (a stack of 18-24 px)."""
    s = new_screen(rng, name, cast.kind("climb"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(460, 580)
    piece, faces = climbing_wall(cast, rng, WIDTH, ph)
    paste_photo(cast, s, piece, faces, 0, y)
    y += ph + 20
    heading(s, 30, y + 40, words(rng, 2).title()[:22], 1.1)
    tag(img, WIDTH - 170, y + 10, rng.choice(("6a+", "7b", "5.11c", "V4")), RED, 44)
    y += 80
    chips(img, rng, 30, y, 3, 44, (110, 180), off(page, 14), s.fg)
    y += 70
    y = section(s, y, "Ascents")
    for _ in range(rng.randrange(3, 6)):
        sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (50 + sd, y + 24), 0.6, s.fg, 2)
        tag(
            img, 330, y, rng.choice(("Flash", "Redpoint", "Onsight")), rng.choice((GREEN, GOLD, s.accent)), 30
        )
        stars(img, WIDTH - 200, y + 16, 9, rng.randrange(2, 6), GOLD, GREY)
        y += max(sd, 50) + 16
    y = section(s, y + 6, "Beta videos")
    vw, vh = (WIDTH - 80) // 2, rng.randrange(260, 330)
    for k in range(2):
        piece, faces = H11.portrait(cast, vw, vh, small(rng, 40, 110))
        for box in faces:
            if rng.random() < 0.5:
                bike_helmet(piece, box, random_colour(rng, 40, 230))
        paste_photo(cast, s, piece, faces, 30 + k * (vw + 20), y, rounded_rect(vh, vw, 16))
        play_button(img, (30 + k * (vw + 20) + vw // 2, y + vh - 50), 30, WHITE, INK)
    y += vh + 24
    if y + 100 < H - NAV_H - 130:
        note(img, "Partners wanted", (30, y + 32), 0.6, GREY, 2)
        stack(cast, s, rng, 290, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(0, 12))
        y += 70
    comments(cast, rng, s, y, H - NAV_H - 130, 20, 26)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def ride_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cycling club's feed: the club's cover (riders in helmets and sunglasses, faces 18-60 px);
    members (a stack of 18-24 px, "+N"); a ride's post by a 28-40 px face: distance, climb and
    time, a map beside a photo from the ride (faces 20-90 px, kit on most); kudos (a stack of 18-22
    px); a segment's leaderboard (20-28 px faces, your row in the accent)."""
    s = new_screen(rng, name, cast.kind("ride"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    ch = rng.randrange(280, 360)
    outdoor_photo(cast, rng, s, 0, y, WIDTH, ch, 18.3, 60, None, 0.85)
    y += ch + 20
    heading(
        s,
        30,
        y + 36,
        rng.choice(("Hill", "Coast", "Gravel", "Dawn")) + " " + rng.choice(("Riders", "Wheelers", "CC")),
        1.0,
    )
    y += 56
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(20, 900))
    note(img, "members", (end + 12, y + 30), 0.55, GREY)
    y += 70
    sd = face_avatar(cast, s, rng, 30, y, 28, 40, (1.1, 1.25), "circle", person=True)
    note(img, who(rng), (50 + sd, y + 26), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(1, 23)} h ago - Morning ride", (50 + sd, y + 60), 0.5, GREY)
    y += max(sd, 70) + 10
    for k, (label, value) in enumerate(
        (
            ("Distance", f"{rng.uniform(20, 140):.1f} km"),
            ("Climb", f"{rng.randrange(100, 2400)} m"),
            ("Time", f"{rng.randrange(1, 6)}h {rng.randrange(60)}m"),
        )
    ):
        note(img, label, (30 + k * 340, y + 20), 0.5, GREY)
        note(img, value, (30 + k * 340, y + 60), 0.8, s.fg, 2)
    y += 90
    pw, ph = (WIDTH - 80) // 2, rng.randrange(300, 380)
    blit(img, topo_map(rng, pw, ph), 30, y, rounded_rect(ph, pw, 14))
    outdoor_photo(cast, rng, s, 50 + pw, y, pw, ph, 20, 90, rounded_rect(ph, pw, 14), 0.8)
    y += ph + 16
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, 0)
    note(
        img, f"{rng.randrange(3, 90)} kudos - {rng.randrange(0, 12)} comments", (end + 12, y + 28), 0.55, GREY
    )
    y += 60
    y = section(s, y, words(rng, 1).title() + " climb - segment")
    me = rng.randrange(1, 6)
    foot = H - NAV_H - 130
    k = 1
    while y + 70 < foot:
        if k == me:
            cv2.rectangle(
                img, (0, y - 6), (WIDTH, y + 58), tone(s.accent, 90 if sum(page) > 384 else -60), -1
            )
        note(img, str(k), (36, y + 36), 0.7, s.fg, 2)
        sd = face_avatar(cast, s, rng, 80, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (100 + sd, y + 34), 0.6, s.fg)
        note(img, f"{rng.randrange(2, 12)}:{rng.randrange(10, 60)}", (WIDTH - 150, y + 34), 0.6, s.fg, 2)
        y += max(sd, 52) + 14
        k += 1
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def catch_log(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fishing and hunting log's catch: the trophy photo (``trophy``: the angler, face 60-220 px,
    a cap and sunglasses on most, the fish held across); the angler (28-36 px), species, weight and
    lure; the lake's leaderboard (20-28 px faces, weights); a hunting party's photo from the same
    weekend on some (blaze orange caps, faces 18-60 px); comments (20-26 px)."""
    s = new_screen(rng, name, cast.kind("catch"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(560, 700)
    piece, faces = trophy(cast, rng, WIDTH, ph, rng.uniform(60, 220), False)
    paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 30, y + 30, "Personal best", GOLD, 40)
    y += ph + 20
    sd = face_avatar(cast, s, rng, 30, y, 28, 36, (1.1, 1.25), "circle")
    note(
        img,
        who(rng) + " caught a " + rng.choice(("Pike", "Bass", "Trout", "Perch")),
        (50 + sd, y + 28),
        0.65,
        s.fg,
        2,
    )
    note(
        img,
        f"{rng.uniform(0.5, 9):.1f} kg - {rng.randrange(25, 95)} cm - {words(rng, 1).lower()} lure",
        (50 + sd, y + 64),
        0.55,
        GREY,
    )
    y += max(sd, 74) + 20
    y = section(s, y, "Lake leaderboard")
    for k in range(rng.randrange(3, 6)):
        note(img, str(k + 1), (36, y + 34), 0.7, GOLD if k == 0 else s.fg, 2)
        sd = face_avatar(cast, s, rng, 80, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (100 + sd, y + 34), 0.6, s.fg)
        note(img, f"{rng.uniform(1, 12):.1f} kg", (WIDTH - 160, y + 34), 0.6, s.fg, 2)
        y += max(sd, 50) + 12
    foot = H - NAV_H - 130
    if rng.random() < 0.5 and y + 380 < foot:
        y = section(s, y + 10, "Opening weekend", False)
        outdoor_photo(
            cast, rng, s, 30, y, WIDTH - 60, 300, 18.3, 60, rounded_rect(300, WIDTH - 60, 16), 0.9, True
        )
        y += 324
    comments(cast, rng, s, y + 10, foot, 20, 26)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def bird_sightings(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A birding and wildlife app: top observers this week (round faces 40-60 px with rank badges);
    nearby sightings, each posted by a 22-30 px face with the animal's photo (a thing: the cat, the
    horse, a texture; never a person) and "also seen by" (a stack of 18-22 px); a guided walk's
    card (the birders far off with binoculars and hats, faces up to 18-36 px; the guide 30-44 px)."""
    s = new_screen(rng, name, cast.kind("birding"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "Sightings", 1.4)
    y += 90
    y = section(s, y, "Top observers")
    for k in range(rng.randrange(4, 6)):
        sd = face_avatar(cast, s, rng, 30 + k * 200, y, 40, 60, (1.1, 1.2), "circle")
        badge(
            img,
            (30 + k * 200 + sd - 12, y + sd - 12),
            16,
            (GOLD, (190, 190, 195), (60, 120, 190), FOREST, FOREST)[k],
            str(k + 1),
            page,
        )
        note(img, f"{rng.randrange(20, 300)} spp", (30 + k * 200, y + sd + 30), 0.5, GREY)
    y += 130
    foot = H - NAV_H - 130
    walk_done = False
    while y + 240 < foot:
        if not walk_done and rng.random() < 0.4:
            walk_done = True
            fill(img, rounded_rect(360, WIDTH - 60, 20), 30, y, off(page, 10))
            pw, ph = 420, 320
            if cast.photos:
                piece, faces = far_away(cast, rng, pw, ph, small(rng, 18.3, 36))
                paste_photo(cast, s, piece, faces, 50, y + 20, rounded_rect(ph, pw, 14))
            else:
                blit(img, H11.render(rng, pw, ph, (campsite, topo_map)), 50, y + 20, rounded_rect(ph, pw, 14))
            note(img, "Dawn chorus walk", (500, y + 70), 0.7, s.fg, 2)
            sd = face_avatar(cast, s, rng, 500, y + 100, 30, 44, (1.1, 1.25), "circle")
            note(img, "with " + who(rng), (520 + sd, y + 140), 0.55, GREY)
            pill(img, 500, y + 250, 220, 56, FOREST)
            note(img, "Join", (580, y + 286), 0.65, WHITE, 2)
            y += 384
            continue
        sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(
            img,
            who(rng)[:10] + " saw a " + rng.choice(("Heron", "Kestrel", "Red Fox", "Otter", "Wren")),
            (50 + sd, y + 26),
            0.6,
            s.fg,
            2,
        )
        y += max(sd, 40) + 12
        ph = min(foot - y - 80, rng.randrange(240, 320))
        if ph < 120:
            break
        blit(img, pet_piece(cast, WIDTH - 60, ph), 30, y, rounded_rect(ph, WIDTH - 60, 16))
        y += ph + 12
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 9))
        note(img, "also seen it", (end + 12, y + 28), 0.55, GREY)
        y += 64
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def sitter_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pet sitter's own profile: the cover (the sitter outdoors with a dog in their arms, faces
    70-240 px); their round photo over the cover's foot in a rim (faces 64-110 px); stays, stars
    and repeat clients; "pets I've cared for" (the pets' round photos, the owners' 18-24 px faces
    on the corner of some); reviews by owners (22-30 px faces, a photo from the stay on some)."""
    s = new_screen(rng, name, cast.kind("sitter"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    ch = rng.randrange(420, 520)
    held_photo(cast, rng, s, 0, y, WIDTH, ch, rng.uniform(70, 240), None, 0.4)
    y += ch
    side = rng.randrange(150, 190)
    cv2.circle(img, (40 + side // 2, y), side // 2 + 8, page, -1, cv2.LINE_AA)
    piece, faces = H11.portrait(cast, side, side, side / rng.uniform(1.6, 2.2))
    paste_photo(cast, s, piece, faces, 40, y - side // 2, oval(side, side))
    y += side // 2 + 20
    heading(s, 30, y + 40, who(rng) + " " + rng.choice("ABKLMRST") + ".", 1.1)
    tag(img, 340, y + 10, "Star sitter", GOLD, 36)
    y += 70
    for k, (label, value) in enumerate(
        (
            ("stays", str(rng.randrange(10, 400))),
            ("rating", f"{rng.uniform(4.5, 5):.1f}"),
            ("repeat", f"{rng.randrange(30, 90)} %"),
        )
    ):
        note(img, value, (30 + k * 300, y + 40), 0.9, s.fg, 2)
        note(img, label, (30 + k * 300, y + 76), 0.5, GREY)
    y += 100
    y = section(s, y, "Pets I've cared for")
    for k in range(5):
        if rng.random() < 0.6:
            pet_and_owner(cast, rng, s, 30 + k * 205, y, 170, 18.3, 24, page)
        else:
            blit(img, pet_piece(cast, 170, 170), 30 + k * 205, y, oval(170, 170))
    y += 200
    y = section(s, y, "Reviews")
    foot = H - NAV_H - 130
    while y + 120 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10] + " & " + who(rng)[:8], (50 + sd, y + 22), 0.6, s.fg, 2)
        stars(img, 60 + sd, y + 50, 9, rng.randrange(4, 6), GOLD, GREY)
        s.words(rng, 50 + sd, y + 90, 0.55, rng.randrange(3, 8))
        y += max(sd, 100) + 16
        if rng.random() < 0.3 and y + 250 < foot:
            held_photo(cast, rng, s, 50 + sd, y, 320, 230, small(rng, 30, 80), rounded_rect(230, 320, 16))
            y += 250
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    pet_adoption,
    vet_clinic,
    sitter_market,
    walk_tracker,
    hike_event,
    climb_route,
    ride_feed,
    catch_log,
    bird_sightings,
    sitter_profile,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (walk_tracker, catch_log)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: animals' photos where people's
# would be, pets' round photos, pins and cards of a marketplace)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, pet_adoption, bird_sightings, sitter_market)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT29_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h29", photos, free, seed, reps)
