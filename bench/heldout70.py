"""Held-out screens, seventieth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a hotel room's bed under a window, a
grocery bag's contents, a museum's amphora on a plinth; nothing with eyes, a mouth or a mask, and
no round things in pairs); every random choice from ``HELDOUT70_SEED`` (70707; the environment's
``HELDOUT70_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped.
heldout69's ``Cast`` (through the sets' before it; this set's screens are marked h70-) fills the
people's places with ``solo`` avatars, whose squares hold one face each (a photo whose face has a
neighbour is passed over), washes some (faded, grey, sepia or tinted), and on face-free screens
puts pets, objects, textures, initials, app icons, glyphs, skin-toned shaded discs, busts,
paintings, bowls of food, toy blocks and, here, this set's amphorae and grocery bags there; it
counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as
everywhere in the bench, never counted.

What it adds is a MIXED set on app screens no set before it drew: a third of its screens of people
CROWDED (ten faces to thirty, most of them 18-32 px, in grids and lists), two thirds SPARSE (one
small face to three, 18-40 px, far apart, many alone on an otherwise plain app screen; some grey,
sepia, faded or tinted, some cut by the screen's side, some turned a little), and more face-free
screens than screens of people: every layout twice, then each crowded one again, with things in
the people's places. Ten layouts, three crowded and seven sparse:
- a sports club's coaching staff (``coaching_staff``, crowded): on half the head coach's portrait
  across the screen (the face 48-170 px), then the staff's cards three or four across (``staff_card``:
  the face 18-32 px, 16-18 px on an eighth, drawn and not counted; "Vacant" with a glyph on a
  tenth), 18 at most under the portrait and 24 without;
- a wedding's RSVP guest list (``wedding_rsvp``, crowded): the venue (a thing), the replies' counts
  and chips, then two columns of guests (``guest_chip``: an 18-28 px face, 15-18 px on a tenth,
  drawn and not counted; initials on 15 %; faded for "Declined"), 30 at most;
- an apartment building's residents directory (``residents_directory``, crowded): floors as rows of
  four or five flats' tiles (``flat_tile``: an 18-26 px face, initials on a quarter, "Vacant" on a
  tenth), six floors at most; on 30 % each floor's row scrolls sideways, its last tile past the
  screen's right side (its avatar 68-78 % inside, the face cut by the side, counted while half of
  its box shows);
- a holiday rental's host profile (``host_profile``, sparse): the room (a thing or a drawn hotel
  room), the rating, "Hosted by" with the host's 20-40 px face (tinted on 25 %); on 20 % instead
  "Meet your host" with a 64-150 px face; on 25 % a co-host's 18-26 px face at the foot;
- a telehealth appointment (``doctor_visit``, sparse): the doctor's card with a 20-36 px face
  (tinted with the clinic's colour on 30 %), or on 25 % the video visit's preview (the face 80-180
  px); the time and a checklist; "Your care team" as initials but, on 25 %, a nurse's grey 18-26
  px face at the foot;
- a grocery delivery's "Your shopper" (``your_shopper``, sparse): the order's progress, the shopper's
  card with a 20-34 px face, or on 25 % a glyph on the card and the shopper's chat head past the
  screen's right side (cut by it); the items with things as thumbnails; on 20 % a past shopper's
  faded 18-24 px face at the foot;
- a neighbourhood watch post (``watch_post``, sparse): the poster's 18-30 px face (faded on 30 %),
  the post, a camera's still (a thing), on 30 % a grey faded 20-36 px face pinned under it ("Have
  you seen this person?"), then comments with initials;
- a podcast's guest list (``podcast_guests``, sparse): the show's art (a thing), then episodes with
  the guest as initials but one guest's 18-30 px face (tinted or faded on 30 %), on 25 % a second
  three episodes or more away;
- a museum guide's curator (``museum_curator``, sparse): the exhibit (an amphora, a bust, a painting
  or a thing), the room, an audio bar, the text, "Your curator" with a 20-40 px face (sepia on a
  quarter, faded on a quarter); on 20 % a guest curator's 18-26 px face at the foot;
- a lost-and-found alert (``lost_found``, sparse): the poster's 18-28 px face at the top, then a
  lost pet's photo (60 %) or a missing person's 24-48 px face (faded or grey on 40 %), the details,
  a map's strip and a call button.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
chips and strips take the pixels they cover, and a face under them counts while half of its box
shows. Light, dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115 screens (the
bench assumes that size; see heldout5).

At the default 4 reps: 80 screens with 507 faces (491 under 32 px, 7 of 32-63, 6 of 64-127, 3
larger; 497 under 40 px): 24 crowded screens (10 to 25 faces) and 56 sparse ones (39 with one
face, 17 with two), and 92 face-free screens (every layout twice, then the three crowded ones
again, with initials, app icons, glyphs, pets, objects, busts, paintings, food, toy blocks,
amphorae, grocery bags, skin-toned shapes and this set's drawn things in the people's places);
``reps=1`` a quarter (20 screens with 126 faces: 122, 2, 2 and 0 by size, 124 under 40 px; 23
face-free; its one round has no face of 128 px or more). Every layout has people twice a round.
The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    coaching_staff       8 screens   126 faces: 119,   1,   5,   1
    wedding_rsvp         8 screens   179 faces: 179,   0,   0,   0
    residents_directory  8 screens   129 faces: 129,   0,   0,   0
    host_profile         8 screens    10 faces:   8,   2,   0,   0
    doctor_visit         8 screens    11 faces:   8,   0,   1,   2
    your_shopper         8 screens     9 faces:   8,   1,   0,   0
    watch_post           8 screens    11 faces:  10,   1,   0,   0
    podcast_guests       8 screens    10 faces:  10,   0,   0,   0
    museum_curator       8 screens    10 faces:   8,   2,   0,   0
    lost_found           8 screens    12 faces:  12,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import os
import random
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout69 as H69
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import NAMES, SHAPES, face_px, finish, glyph, side_for, top_bar
from heldout67 import button
from heldout68 import TEAMS, fade, maybe, tint
from heldout69 import SURNAMES, sepia

DEFAULT_SEED = 70707


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT70_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 70707."""
    return int(env.get("HELDOUT70_SEED") or DEFAULT_SEED)


HELDOUT70_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def hotel_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hotel room: a wall, a window with a view's sky, a wide bed with one long pillow and a
    folded throw, a floor's boards."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((200, 215, 225), (170, 190, 200), (120, 140, 150)))
    gradient(img, (0, 0, w, h), wall, off(wall, -30))
    floor = round(h * rng.uniform(0.72, 0.8))
    cv2.rectangle(img, (0, floor), (w, h), (70, 100, 140), -1)
    for x in range(0, w, max(6, w // 9)):
        cv2.line(img, (x, floor), (x, h), (55, 85, 120), max(1, w // 200))
    wx = round(w * rng.uniform(0.05, 0.15))
    cv2.rectangle(img, (wx, h // 10), (wx + w // 4, h // 2), (235, 205, 160), -1)
    cv2.rectangle(img, (wx, h // 10), (wx + w // 4, h // 2), (240, 240, 240), max(2, w // 100))
    bx1, bx2, by = round(w * 0.35), round(w * 0.95), round(h * 0.5)
    cv2.rectangle(img, (bx1, by - h // 8), (bx2, floor), (90, 70, 60), -1)
    cv2.rectangle(img, (bx1, by), (bx2, floor - h // 30), (245, 245, 245), -1)
    cv2.rectangle(img, (bx1 + w // 30, by - h // 30), (bx2 - w // 30, by + h // 30), (225, 225, 230), -1)
    cv2.rectangle(img, (bx1, by + h // 8), (bx2, by + h // 5), rng.choice(TEAMS), -1)
    return img


def grocery_bag(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A grocery bag from the side on a counter: a paper bag with a baguette, leeks' green tops and a
    milk carton standing out of it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (230, 230, 225), (200, 205, 205))
    cv2.rectangle(img, (0, round(h * 0.85)), (w, h), (120, 140, 160), -1)
    bx1, bx2, top = round(w * 0.2), round(w * 0.8), round(h * 0.4)
    cv2.rectangle(img, (round(w * 0.62), round(h * 0.2)), (round(w * 0.75), top + 4), (240, 240, 240), -1)
    cv2.line(
        img,
        (round(w * 0.3), top),
        (round(w * 0.42), round(h * 0.05)),
        (100, 170, 215),
        max(3, w // 12),
        cv2.LINE_AA,
    )
    for k in range(3):
        x = round(w * (0.46 + 0.04 * k))
        cv2.line(img, (x, top), (x + rng.randrange(-w // 12, w // 12 + 1), round(h * 0.12)), (60, 150, 60), 2)
    cv2.rectangle(img, (bx1, top), (bx2, round(h * 0.88)), (110, 160, 200), -1)
    cv2.line(img, (bx1, top + h // 20), (bx2, top + h // 20), (90, 135, 175), max(1, h // 80))
    return img


def amphora(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A museum's amphora on a plinth against a dark wall: one tall pot with a painted band and two
    handles (angular strokes, no rings), no figure on it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), off((60, 55, 50), rng.randrange(-20, 21)), (30, 28, 25))
    clay = rng.choice(((60, 110, 180), (50, 90, 150), (90, 130, 170)))
    cx = w // 2
    body = np.array(
        [
            (cx - w // 12, h // 8),
            (cx + w // 12, h // 8),
            (cx + w // 4, h * 2 // 5),
            (cx + w // 6, h * 2 // 3),
            (cx - w // 6, h * 2 // 3),
            (cx - w // 4, h * 2 // 5),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [body], clay, cv2.LINE_AA)
    band = round(h * rng.uniform(0.36, 0.44))  # the painted band's height varies with the seed
    cv2.rectangle(img, (cx - w // 5, band - h // 30), (cx + w // 5, band + h // 30), (30, 30, 30), -1)
    for sign in (-1, 1):  # the handles: angular strokes from the neck to the shoulder, no rings
        pts = [(cx + sign * w // 12, h // 6), (cx + sign * w // 5, h // 5), (cx + sign * w // 5, h * 3 // 10)]
        cv2.polylines(img, [np.array(pts, np.int32)], False, off(clay, -30), max(1, w // 60), cv2.LINE_AA)
    cv2.rectangle(img, (cx - w // 4, h * 2 // 3), (cx + w // 4, h), (200, 200, 205), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (hotel_room, grocery_bag, amphora)


# ----------------------------------------------------------------------------------------------
# The cast: one face an avatar (heldout66's ``solo``), washed on some.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H69.Cast):
    """heldout69's cast (one face in each ``solo`` avatar, washed on some; on a face-free screen
    initials, app icons, glyphs, pets, objects, skin-toned shapes, busts, paintings, food, toy
    blocks or drawn things in its place), its screens marked h70-, whose drawn things are this
    set's; on a face-free screen a sixth of the people's places hold an amphora or a grocery bag."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h70-" + super().kind(layout).removeprefix("h69-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """An amphora or a grocery bag in the avatar's shape on a sixth; else heldout69's stand-ins."""
        if self.rng.random() < 1 / 6:
            pick = self.rng.choice((amphora, grocery_bag))
            H2.blit(s.img, H11.render(self.rng, side, side, (pick,)), x, y, mask(side, shape))
            return
        super().stand_in(s, x, y, side, shape, edge)


def far_washed(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, px: tuple[float, float], share: float
) -> int:
    """One ``px`` px face at (x, y) in a round or square avatar, faded, grey or sepia on ``share``
    of the draws. Returns the avatar's side."""
    fp = face_px(rng, *px)
    side = side_for(rng, fp)
    wash = maybe(rng, share, lambda: sepia(rng) if rng.random() < 0.3 else fade(rng))
    cast.washed(s, x, y, fp, side, rng.choice(("circle", "rounded", "square")), wash)
    return side


# ----------------------------------------------------------------------------------------------
# Crowded layouts: ten faces to thirty, or things in their places.
# ----------------------------------------------------------------------------------------------


def staff_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, vacant: bool
) -> None:
    """A coach's card at (x, y), ``w`` x ``h``: the face (18-32 px, 16-18 px on an eighth, drawn and
    not counted) at its top's middle, the name and the role under it; with ``vacant`` "Vacant" and
    a glyph on a disc instead."""
    rounded_card(s.img, x, y, w, h, 18, off(s.bg, 10))
    if vacant:
        H2.fill(s.img, mask(60, "circle"), x + (w - 60) // 2, y + 16, off(s.bg, 40))
        glyph(s.img, (x + w // 2, y + 46), 18, "gear", WHITE)
        note(s.img, "Vacant", (x + 12, y + h - 40), 0.45, GREY)
        return
    fp = rng.uniform(16, 18) if rng.random() < 0.125 else face_px(rng, 18.3, 32)
    side = side_for(rng, fp)
    cast.washed(s, x + (w - side) // 2, y + 14, fp, side, rng.choice(SHAPES), None)
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x + 12, y + h - 48), 0.5, s.fg, 2)
    role = rng.choice(("Goalkeeping", "Fitness", "U12 coach", "Analyst", "Physio", "Assistant"))
    note(s.img, role, (x + 12, y + h - 18), 0.42, GREY)


def coaching_staff(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports club's coaching staff: on half the head coach's portrait across the screen (the face
    48-170 px), then the staff's cards (``staff_card``) three or four across, to the tab bar, 18 at
    most under the portrait and 24 without; a tenth "Vacant"."""
    s = new_screen(rng, name, cast.kind("coaches"), ("light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Coaching staff", "Our coaches", "Club staff"))) + 10
    head = rng.random() < 0.5
    if head:
        th = 340
        piece, faces = H11.portrait(cast, WIDTH - 48, th, rng.uniform(48, 170))
        H11.paste_photo(cast, s, piece, faces, 24, y)
        tag(s.img, 40, y + th - 56, "Head coach", (40, 40, 40), 40)
        y += th + 20
    cols = rng.choice((3, 4))
    w = (WIDTH - 48 - 16 * (cols - 1)) // cols
    h = rng.randrange(170, 200)
    rows = min((FOOT - 130 - y) // (h + 16), (18 if head else 24) // cols)
    for k in range(rows * cols):
        x = 24 + (k % cols) * (w + 16)
        staff_card(cast, rng, s, x, y + (k // cols) * (h + 16), w, h, rng.random() < 0.1)
    return finish(s, rng, True)


STATUS: tuple[tuple[str, Colour], ...] = (
    ("Attending", (60, 160, 60)),
    ("Attending", (60, 160, 60)),
    ("Attending", (60, 160, 60)),
    ("Declined", (120, 120, 120)),
    ("Awaiting", (40, 150, 220)),
)


def guest_chip(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A guest's row at (x, y), ``w`` wide: an 18-28 px face (15-18 px on a tenth, drawn and not
    counted; initials on 15 %), the name and the reply on a chip; a declined guest's face faded.
    Returns its height (96)."""
    reply, colour = rng.choice(STATUS)
    if rng.random() < 0.15:
        cast.disc(s, x, y + 18, 56)
    else:
        fp = rng.uniform(15, 18) if rng.random() < 0.1 else face_px(rng, 18.3, 28)
        side = side_for(rng, fp)
        wash = fade(rng) if reply == "Declined" else None
        cast.washed(s, x, y + 46 - side // 2, fp, side, rng.choice(SHAPES), wash)
    note(s.img, rng.choice(NAMES), (x + 70, y + 40), 0.55, s.fg, 2)
    tag(s.img, x + 70, y + 52, reply, colour, 28)
    if w > 360 and rng.random() < 0.3:
        note(s.img, "+1", (x + w - 50, y + 40), 0.5, GREY)
    return 96


def wedding_rsvp(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding's RSVP guest list: the venue (a thing) with the date, the replies' counts, chips,
    then two columns of guests (``guest_chip``) to the foot, 30 at most."""
    s = new_screen(rng, name, cast.kind("rsvp"), ("light", "light", "tinted", "dark"))
    y = top_bar(s, rng.choice(("Guest list", "RSVPs", "Who's coming"))) + 10
    cast.thing(s, 24, y, WIDTH - 48, 240)
    tag(
        s.img,
        40,
        y + 20,
        f"Sat {rng.randrange(1, 29)} {rng.choice(('May', 'June', 'Sept'))}",
        (40, 40, 40),
        40,
    )
    y += 260
    note(
        s.img,
        f"{rng.randrange(40, 140)} attending  {rng.randrange(3, 20)} declined  "
        f"{rng.randrange(5, 30)} awaiting",
        (40, y + 30),
        0.55,
        GREY,
    )
    for k, label in enumerate(("All", "Attending", "Awaiting")):
        tag(s.img, 40 + k * 200, y + 50, label, s.accent if k == 0 else off(s.bg, 26), 44)
    y += 120
    w = (WIDTH - 80) // 2
    rows = min((FOOT - 20 - y) // 96, 15)
    for k in range(rows * 2):
        guest_chip(cast, rng, s, 40 + (k % 2) * (w + 20), y + (k // 2) * 96, w)
    return finish(s, rng, False)


def flat_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, unit: str, who: str, cut: bool = False
) -> None:
    """A flat's tile at (x, y), ``w`` x 140: the flat's number, and ``who`` is there: "face" (an
    18-26 px face; with ``cut`` its avatar 68-78 % inside the screen, past its right side),
    "initials" or "vacant" (a glyph)."""
    rounded_card(s.img, x, y, w, 140, 16, off(s.bg, 12))
    note(s.img, unit, (x + 12, y + 30), 0.5, GREY, 2)
    cx = x + w // 2
    if who == "face":
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        ax = WIDTH - side + round(side * rng.uniform(0.22, 0.32)) if cut else cx - side // 2
        cast.washed(s, ax, y + 84 - side // 2, fp, side, rng.choice(SHAPES), None)
    elif who == "initials":
        cast.disc(s, cx - 24, y + 60, 48)
    else:
        glyph(s.img, (cx, y + 84), 16, "pin", GREY)
    note(s.img, rng.choice(NAMES) if who != "vacant" else "Vacant", (x + 12, y + 132), 0.4, s.fg)


def residents_directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An apartment building's residents: the building's name, a search field, then floors from the
    top, each a row of four or five flats' tiles (``flat_tile``: a face, initials on a quarter,
    "Vacant" on a tenth), six floors at most; on 30 % the rows scroll sideways, their last tile
    past the screen's right side (cut by it)."""
    s = new_screen(rng, name, cast.kind("residents"), ("light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Elm Court", "Harbour View", "The Larches"))) + 10
    rounded_card(s.img, 24, y, WIDTH - 48, 70, 35, off(s.bg, 14))
    note(s.img, "Search residents", (70, y + 46), 0.6, GREY)
    y += 100
    per = rng.choice((4, 5))
    scroll = rng.random() < 0.3
    w = (WIDTH - 48 - 12 * (per - 1)) // per
    if scroll:  # one tile more than fits, the last one cut by the screen's side
        w = round((WIDTH - 24) / (per - 1 + rng.uniform(0.55, 0.7))) - 12
    floors = min((FOOT - 40 - y) // 200, 6)
    top = rng.randrange(floors + 1, 12)
    for f in range(floors):
        note(s.img, f"Floor {top - f}", (40, y + 30), 0.6, s.fg, 2)
        for k in range(per):
            who = rng.choices(("face", "initials", "vacant"), (0.65, 0.25, 0.1))[0]
            last = scroll and k == per - 1
            flat_tile(cast, rng, s, 24 + k * (w + 12), y + 50, w, f"{top - f}{chr(65 + k)}", who, last)
        y += 200
    return finish(s, rng, True)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two or three far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def person_card(cast: Cast, rng: random.Random, s: Screen, y: int, label: str, px: tuple[float, float],
                wash: Callable[[], typing.Any] | None, colour: Colour) -> int:  # fmt: skip
    """A person's card at ``y`` under ``label``: a ``px`` px face (through ``wash()`` when given),
    the name, a line and a button of ``colour``. Returns its height."""
    fp = face_px(rng, *px)
    side = side_for(rng, fp)
    h = max(150, side + 70)
    note(s.img, label, (40, y + 24), 0.55, GREY)
    rounded_card(s.img, 24, y + 40, WIDTH - 48, h - 40, 20, off(s.bg, 10))
    mid = y + 40 + (h - 40) // 2
    cast.washed(
        s, 48, y + 40 + (h - 40 - side) // 2, fp, side, rng.choice(("circle", "rounded", "square")),
        wash() if wash else None,
    )  # fmt: skip
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (80 + side, mid), 0.7, s.fg, 2)
    s.words(rng, 80 + side, mid + 34, 0.5, rng.randrange(2, 4), GREY)
    tag(s.img, WIDTH - 180, mid - 24, rng.choice(("Message", "Call", "Profile")), colour, 48)
    return h


def foot_face(
    cast: Cast, rng: random.Random, s: Screen, y: int, label: str, hi: float, faded: bool, suffix: str = ""
) -> None:
    """A person near the foot at ``y``: ``label``, then an 18.3-``hi`` px face in a circle (faded
    with ``faded``) and the name (then ``suffix``) beside it (a nurse, a past shopper, a guest
    curator)."""
    note(s.img, label, (40, y), 0.55, GREY)
    fp = face_px(rng, 18.3, hi)
    side = side_for(rng, fp)
    cast.washed(s, 40, y + 20, fp, side, "circle", fade(rng) if faded else None)
    note(s.img, f"{rng.choice(NAMES)}{suffix}", (70 + side, y + 20 + side // 2 + 8), 0.6, s.fg)


def host_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A holiday rental's host profile: the room (a thing or a drawn hotel room), the title and the
    rating, "Hosted by" (``person_card``, 20-40 px, tinted on 25 %) or on 20 % "Meet your host"
    (64-150 px), the house rules; on 25 % a co-host's 18-26 px card at the foot."""
    s = new_screen(rng, name, cast.kind("host"), ("light", "light", "dark"))
    y = STATUS_H
    ph = rng.randrange(540, 680)
    if rng.random() < 0.5:
        H2.blit(s.img, H11.render(rng, WIDTH, ph, (hotel_room,)), 0, y)
    else:
        cast.thing(s, 0, y, WIDTH, ph)
    tag(s.img, 24, y + 24, rng.choice(("Guest favourite", "Superhost", "New")), (40, 40, 40), 44)
    y += ph + 30
    s.words(rng, 40, y + 40, 0.9, rng.randrange(3, 6))
    note(s.img, f"{rng.uniform(4.2, 5.0):.2f}  ({rng.randrange(12, 400)} reviews)", (40, y + 90), 0.6, GREY)
    y += 130
    brand = rng.choice(TEAMS)
    if rng.random() < 0.2:
        y += person_card(cast, rng, s, y, "Meet your host", (64, 150), None, brand) + 20
    else:
        washing = (lambda: tint(brand, rng.uniform(0.3, 0.45))) if rng.random() < 0.25 else None
        y += person_card(cast, rng, s, y, "Hosted by", (20, 40), washing, brand) + 20
    for k in range(3):
        glyph(s.img, (60, y + 30 + k * 56), 14, rng.choice(("bell", "gear", "pin")), s.accent)
        s.words(rng, 100, y + 40 + k * 56, 0.55, rng.randrange(3, 6))
    y += 200
    if rng.random() < 0.25 and y + 150 < FOOT - 210:
        person_card(cast, rng, s, FOOT - 210, "Co-host", (18.3, 26), None, brand)
    return finish(s, rng, False)


def doctor_visit(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A telehealth appointment: the doctor's card (``person_card``, a 20-36 px face tinted with the
    clinic's colour on 30 %), or on 25 % the video visit's preview (one 80-180 px face in a square
    on the clinic's colour) with "Join"; the time, a checklist; "Your care team" as initials but, on 25 %, a
    nurse's grey 18-26 px face at the foot."""
    s = new_screen(rng, name, cast.kind("televisit"), ("light", "light", "tinted", "dark"))
    y = top_bar(s, rng.choice(("Appointment", "Video visit", "Your visit"))) + 20
    clinic = rng.choice(TEAMS)
    if rng.random() < 0.25:
        vh = 460
        gradient(s.img, (24, y, WIDTH - 24, y + vh), off(clinic, 60), off(clinic, -20))
        fp = rng.uniform(80, 180)
        side = side_for(rng, fp)
        cast.washed(s, (WIDTH - side) // 2, y + (vh - side) // 2, fp, side, "square", None)
        tag(s.img, 40, y + 20, "Your doctor is ready", (40, 40, 40), 40)
        y += vh + 20
        button(s.img, 40, y, WIDTH - 80, "Join video visit", clinic)
        y += 120
    else:
        washing = (lambda: tint(clinic, rng.uniform(0.3, 0.45))) if rng.random() < 0.3 else None
        y += person_card(cast, rng, s, y, "Your doctor", (20, 36), washing, clinic) + 30
    note(s.img, f"{rng.choice(('Mon', 'Tue', 'Thu'))} {rng.randrange(8, 18)}:30", (40, y + 40), 1.1, s.fg, 2)
    y += 90
    for k in range(4):
        cv2.rectangle(s.img, (40, y + k * 70), (76, y + 36 + k * 70), clinic, 3)
        s.words(rng, 100, y + 28 + k * 70, 0.6, rng.randrange(3, 6))
    y += 300
    note(s.img, "Your care team", (40, y + 20), 0.7, s.fg, 2)
    for k in range(rng.randrange(2, 4)):
        cast.disc(s, 40 + k * 90, y + 50, 60)
    if rng.random() < 0.25:
        foot_face(cast, rng, s, FOOT - 200, "Nurse", 26, True)
    return finish(s, rng, False)


def your_shopper(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A grocery delivery's "Your shopper": the order's progress as steps, the shopper's card with a
    20-34 px face or on 25 % a bag's glyph and the shopper's chat head past the screen's right side
    (15-30 % of it, cut by it) lower down; the items, things as thumbnails; on 20 % a past shopper's
    faded 18-24 px face at the foot."""
    s = new_screen(rng, name, cast.kind("shopper"), ("light", "light", "dark"))
    y = top_bar(s, "Your order") + 20
    step = rng.randrange(1, 4)
    for k in range(4):
        cv2.circle(
            s.img, (80 + k * 300, y + 30), 16, s.accent if k <= step else off(s.bg, 40), -1, cv2.LINE_AA
        )
        if k < 3:
            cv2.line(s.img, (100 + k * 300, y + 30), (360 + k * 300, y + 30), off(s.bg, 40), 4)
    y += 80
    head = rng.random() < 0.25
    note(s.img, "Your shopper", (40, y + 24), 0.55, GREY)
    rounded_card(s.img, 24, y + 40, WIDTH - 48, 130, 20, off(s.bg, 10))
    if head:
        H2.fill(s.img, mask(64, "circle"), 48, y + 73, s.accent)
        glyph(s.img, (80, y + 105), 18, "bolt", WHITE)
        side_used = 64
    else:
        fp = face_px(rng, 20, 34)
        side_used = side_for(rng, fp)
        cast.washed(s, 48, y + 105 - side_used // 2, fp, side_used, rng.choice(SHAPES), None)
    note(s.img, f"{rng.choice(NAMES)} is shopping", (80 + side_used, y + 100), 0.7, s.fg, 2)
    s.words(rng, 80 + side_used, y + 136, 0.5, 3, GREY)
    y += 200
    if head:
        fp = face_px(rng, 20, 32)
        side = side_for(rng, fp)
        x = WIDTH - side + round(side * rng.uniform(0.15, 0.3))
        hy = rng.randrange(y + 300, FOOT - 400)
        H2.fill(s.img, mask(side + 8, "circle"), x - 4, hy - 4, WHITE)
        cast.washed(s, x, hy, fp, side, "circle", None)
    note(s.img, f"Items ({rng.randrange(8, 30)})", (40, y + 20), 0.7, s.fg, 2)
    y += 40
    while y + 130 < FOOT - 260:
        cast.thing(s, 40, y, 100, 100)
        s.words(rng, 170, y + 40, 0.6, rng.randrange(2, 4))
        note(s.img, rng.choice(("Found", "Replaced", "Picking")), (170, y + 80), 0.45, GREY)
        y += 120
    if rng.random() < 0.2:
        foot_face(cast, rng, s, FOOT - 180, "Your last shopper", 24, True, " - rate")
    return finish(s, rng, True)


def watch_post(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood watch post: the poster's 18-30 px face (faded on 30 %), the name and the
    street, the post, a camera's still (a thing) with its time, on 30 % a grey faded 20-36 px face
    pinned under it ("Have you seen this person?"), then comments with initials."""
    s = new_screen(rng, name, cast.kind("watch"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Neighbourhood watch", "Oak Lane residents", "Street alerts"))) + 20
    fp = face_px(rng, 18.3, 30)
    side = side_for(rng, fp)
    cast.washed(s, 40, y, fp, side, "circle", maybe(rng, 0.3, lambda: fade(rng)))
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, y + side // 2), 0.7, s.fg, 2)
    note(
        s.img,
        f"{rng.choice(('Oak Lane', 'Mill St', 'Park Rd'))} - {rng.randrange(2, 59)} min",
        (70 + side, y + side // 2 + 34),
        0.5,
        GREY,
    )
    y += max(side, 60) + 60
    for k in range(rng.randrange(2, 5)):
        s.words(rng, 40, y + k * 40, 0.6, rng.randrange(5, 9))
    y += 180
    ph = rng.randrange(380, 480)
    cast.thing(s, 24, y, WIDTH - 48, ph)
    tag(
        s.img, 40, y + ph - 56, f"CAM 2  {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}", (40, 40, 40), 36
    )
    y += ph + 30
    if rng.random() < 0.3:
        note(s.img, "Have you seen this person?", (40, y + 30), 0.7, s.fg, 2)
        fp = face_px(rng, 20, 36)
        side = side_for(rng, fp)
        cast.washed(s, 40, y + 60, fp, side, "square", fade(rng))
        y += side + 100
    note(s.img, f"{rng.randrange(2, 40)} comments", (40, y + 20), 0.6, GREY)
    y += 50
    while y + 120 < FOOT - 20:
        cast.disc(s, 40, y, 56)
        s.words(rng, 120, y + 36, 0.55, rng.randrange(3, 7))
        y += 100
    return finish(s, rng, False)


def episode_row(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """An episode's row at ``y``: the number, the title, the length and the guest, as initials or
    with ``photo`` an 18-30 px face (tinted or faded on 30 %). Returns its height (170)."""
    rounded_card(s.img, 24, y, WIDTH - 48, 156, 18, off(s.bg, 10))
    note(s.img, f"#{rng.randrange(12, 240)}", (48, y + 44), 0.6, GREY, 2)
    s.words(rng, 200, y + 44, 0.6, rng.randrange(3, 6))
    if photo:
        fp = face_px(rng, 18.3, 30)
        side = side_for(rng, fp)
        wash = maybe(rng, 0.3, lambda: fade(rng) if rng.random() < 0.5 else tint(rng.choice(TEAMS), 0.35))
        cast.washed(s, 200, y + 110 - side // 2, fp, side, "circle", wash)
        x = 220 + side
    else:
        cast.disc(s, 200, y + 88, 44)
        x = 260
    note(s.img, f"with {rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 118), 0.5, s.fg)
    note(s.img, f"{rng.randrange(20, 90)} min", (WIDTH - 170, y + 118), 0.45, GREY)
    return 170


def podcast_guests(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast's guest list: the show's art (a thing) and its name, "Follow", then episodes
    (``episode_row``) with the guest as initials but one guest's face; on 25 % a second three
    episodes or more away."""
    s = new_screen(rng, name, cast.kind("podguests"), ("dark", "light", "tinted"))
    y = top_bar(s, "Guests") + 10
    cast.thing(s, 40, y, 260, 260)
    s.words(rng, 330, y + 60, 0.9, rng.randrange(2, 4))
    note(s.img, f"{rng.randrange(30, 300)} episodes", (330, y + 110), 0.55, GREY)
    tag(s.img, 330, y + 150, "Follow", s.accent, 48)
    y += 300
    n = (FOOT - 130 - y) // 170
    first = rng.randrange(n)
    far = [k for k in range(n) if abs(k - first) >= 3]
    faced = {first} | ({rng.choice(far)} if far and rng.random() < 0.25 else set())
    for k in range(n):
        y += episode_row(cast, rng, s, y, k in faced)
    return finish(s, rng, True)


def museum_curator(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A museum guide's exhibit page: the exhibit (a drawn amphora, bust or painting, or a thing),
    the room, an audio bar, the text, "Your curator" (``person_card``, 20-40 px, sepia on a quarter
    and faded on a quarter); on 20 % a guest curator's 18-26 px face at the foot."""
    s = new_screen(rng, name, cast.kind("curator"), ("dark", "light", "light"))
    y = STATUS_H
    ph = rng.randrange(520, 640)
    if rng.random() < 0.6:
        pick = rng.choice((amphora, H69.bust, H69.painting))
        H2.blit(s.img, H11.render(rng, WIDTH, ph, (pick,)), 0, y)
    else:
        cast.thing(s, 0, y, WIDTH, ph)
    tag(s.img, 24, y + 24, f"Room {rng.randrange(1, 40)}", (40, 40, 40), 44)
    y += ph + 30
    s.words(rng, 40, y + 40, 0.9, rng.randrange(2, 5))
    y += 70
    rounded_card(s.img, 24, y, WIDTH - 48, 80, 40, off(s.bg, 14))
    glyph(s.img, (70, y + 40), 16, "bolt", s.accent)
    cv2.line(s.img, (120, y + 40), (WIDTH - 80, y + 40), GREY, 4)
    cv2.line(s.img, (120, y + 40), (120 + rng.randrange(50, 700), y + 40), s.accent, 6)
    y += 110
    for k in range(rng.randrange(3, 6)):
        s.words(rng, 40, y + k * 40, 0.55, rng.randrange(5, 9))
    y += 230
    roll = rng.random()
    washing = (lambda: sepia(rng)) if roll < 0.25 else (lambda: fade(rng)) if roll < 0.5 else None
    y += person_card(cast, rng, s, y, "Your curator", (20, 40), washing, rng.choice(TEAMS)) + 20
    if rng.random() < 0.2 and y + 60 < FOOT - 200:
        foot_face(cast, rng, s, FOOT - 180, "Guest curator", 26, False)
    return finish(s, rng, True)


def lost_found(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lost-and-found alert: the poster's 18-28 px face, name and time at the top, a red or amber
    banner, then a lost pet's photo (60 %) or a missing person's 24-48 px face (faded or grey on
    40 %) on a card, the details, a map's strip and a call button."""
    s = new_screen(rng, name, cast.kind("lostfound"), ("light", "light", "dark"))
    y = top_bar(s, rng.choice(("Lost & found", "Community alerts", "Missing"))) + 20
    fp = face_px(rng, 18.3, 28)
    side = side_for(rng, fp)
    cast.washed(s, 40, y, fp, side, "circle", None)
    note(s.img, f"Posted by {rng.choice(NAMES)}", (70 + side, y + side // 2 + 8), 0.6, s.fg)
    y += max(side, 40) + 40
    pet = rng.random() < 0.6
    banner = (40, 40, 200) if not pet else (30, 140, 230)
    cv2.rectangle(s.img, (0, y), (WIDTH, y + 80), banner, -1)
    note(s.img, "LOST PET" if pet else "MISSING PERSON", (40, y + 54), 1.0, WHITE, 2)
    y += 120
    if pet:
        side = rng.randrange(300, 460)
        cast.pet(s, (WIDTH - side) // 2, y, side, side, mask(side, "rounded"))
        y += side + 30
    else:
        rounded_card(s.img, 24, y, WIDTH - 48, 200, 20, off(s.bg, 10))
        fp = face_px(rng, 24, 48)
        side = side_for(rng, fp)
        cast.washed(s, 48, y + 100 - side // 2, fp, side, "square", maybe(rng, 0.4, lambda: fade(rng)))
        note(s.img, f"{rng.choice(NAMES)}, {rng.randrange(14, 90)}", (90 + side, y + 90), 0.8, s.fg, 2)
        y += 230
    for k in range(3):
        s.words(rng, 40, y + 30 + k * 40, 0.55, rng.randrange(4, 8))
    y += 160
    if FOOT - 140 - y > 160:
        H2._map(s.img[y : y + 200, 24 : WIDTH - 24], rng, sum(s.bg) < 384)
    button(s.img, 40, FOOT - 120, WIDTH - 80, "I have information", banner)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
CROWDED: tuple[Layout, ...] = (coaching_staff, wedding_rsvp, residents_directory)
SPARSE: tuple[Layout, ...] = (
    host_profile, doctor_visit, your_shopper, watch_post, podcast_guests, museum_curator, lost_found,
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (*CROWDED, *SPARSE)
# with people: the ten layouts in turn twice (six crowded screens a round and fourteen sparse ones)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2
# face-free: each twice, then the crowded ones again (the lookalikes: grids and lists of things,
# busts, paintings, food, toys, amphorae and skin-toned shapes in the people's places)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, *CROWDED)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT70_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 20 screens of people and 23 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h70", photos, free, seed, reps)
