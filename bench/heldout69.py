"""Held-out screens, sixty-ninth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a house's front for sale, a library's
shelf, a conference's empty stage, a plaster bust with no features, a bowl of noodles from above, a
framed landscape painting; nothing with eyes, a mouth or a mask, and no round things in pairs);
every random choice from ``HELDOUT69_SEED`` (69696; the environment's ``HELDOUT69_SEED`` draws the
set from another). Every face goes on the screen through heldout2's ``Screen``, whose ``finish``
settles it on what the finished screen shows: pixels drawn over a face afterwards stop being the
face's, and a face left with under half of its box is dropped. heldout68's ``Cast`` (through the
sets' before it; this set's screens are marked h69-) fills the people's places with ``solo``
avatars, whose squares hold one face each (a photo whose face has a neighbour is passed over),
washes some (faded, grey or tinted), and on face-free screens puts pets, objects, textures,
initials, app icons, glyphs, skin-toned shaded discs, this set's drawn things and, here, busts,
paintings, bowls of food and toy blocks there; it counts a face cut by an edge while half of its
box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is a MIXED set weighted the other way from set 68: half its screens of people are
CROWDED (ten faces to forty, most of them 16-32 px, in grids, lists, rows of avatars and group
photos), half SPARSE (one small face to three, far apart, alone on an otherwise plain app screen,
many grey, faded or tinted, some cut by the screen's side), and more face-free screens than screens
of people: every layout twice, then each crowded one again, with things in the people's places, to
count false alarms on crowded screens. Ten layouts, five crowded and five sparse:
- a conference's speakers (``speaker_grid``, crowded): on 45 % the first day's group photo
  (heldout11's ``gathering``: two rows of five to seven, faces 16-30 px), then the speakers' cards
  three or four across, 18 at most under the photo and 24 without (``speaker_card``: the face
  18-32 px, 16-18 px on an eighth, drawn and not counted; "To be announced" with a glyph on a
  tenth);
- a photo app's "People" album (``people_album``, crowded): chips, then round face thumbnails eight
  to ten across, two or three rows, one size for the grid (faces 18-33 px, 16-18 px on a tenth,
  drawn and not counted; a pet's on a twelfth), the hidden people (``hidden_row``: four to six
  18-26 px faces faded), a memory's picture (a thing);
- a multiplayer game's lobby (``game_lobby``, crowded): the party as a stack of three to five 18-24
  px faces, then two teams' columns of five to seven slots (``lobby_slot``: 18-30 px faces in
  squares rimmed with the team's colour, "Searching" on a tenth), the lobby's chat (two to five
  lines, each with a 16-22 px face, under 18 px on a fifth, drawn and not counted);
- a class's video roll call (``roll_call``, crowded): on half the teacher's tile pinned on top (the
  face 48-140 px), then a grid of the pupils' cameras four or five across (``camera_tile``: heads
  on a room's wall, faces 18-34 px, a name strip at the foot; a fifth of the cameras off, with
  initials), 24 at most, and who is present;
- a live stream (``stream_viewers``, crowded): the streamer's video (the face 60-170 px), "Top
  supporters" (``supporters_row``: six to eight 18-28 px faces in rims, the last cut by the screen's
  right side on 35 %), then the viewers' rows (18-26 px faces, 15-18 px on a sixth, drawn and not
  counted);
- a conference's schedule (``session_schedule``, sparse): day chips, then the talks' cards with
  initials but one speaker's 18-30 px face (faded on 40 %: a talk that has ended), on 25 % a second
  three cards or more away;
- a real-estate listing (``agent_listing``, sparse): the house (a thing or a drawn house), the
  price and the rooms, "Listed by" with the agent's 20-40 px face (tinted with the agency's colour
  on 30 %); on 20 % instead "Meet your agent" with a 64-150 px face; on 25 % a co-agent's 18-26 px
  face at the foot;
- a shared ride (``pool_ride``, sparse): a map with the route, the co-riders' 20-32 px faces in pins
  (one on 60 %, two on 30 %, three on 10 %, 400 px or more apart; the first cut by the screen's
  side on 25 %; grey on 30 %: already dropped off), the sheet with the fare split;
- a library app's author page (``author_page``, sparse): the author's 20-44 px portrait (grey or
  sepia and faded on half: an old photograph), the dates, the bio, the books' covers (things); on
  25 % "Narrated by" with the narrator's 18-26 px face near the foot;
- a genealogy record (``genealogy_record``, sparse): a scanned record (a ruled page with
  handwriting) with the ancestor's 22-44 px photo tinted sepia, then the family's tree as boxes
  with initials but, on 25 %, one relative's grey or sepia 18-28 px photo two generations down.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
chips and strips take the pixels they cover, and a face under them counts while half of its box
shows. Light, dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115 screens (the
bench assumes that size; see heldout5).

At the default 4 reps: 80 screens with 813 faces (771 under 32 px, 30 of 32-63, 8 of 64-127, 4
larger; 799 under 40 px): 40 crowded screens (15 to 27 faces) and 40 sparse ones (31 with one
face, 8 with two, 1 with three), and 100 face-free screens (every layout twice,
then the five crowded ones again, with initials, app icons, glyphs, pets, objects, busts,
paintings, food, toy blocks, skin-toned shapes and this set's drawn things in the people's
places); ``reps=1`` a quarter (20 screens with 209 faces: 203, 4, 1 and 1 by size, 206 under 40
px; 25 face-free). Every layout has people twice a round. The faces of each layout at 4 reps,
under 32 px, of 32-63, of 64-127 and of 128 or more:
    speaker_grid       8 screens   152 faces: 152,   0,   0,   0
    people_album       8 screens   190 faces: 181,   9,   0,   0
    game_lobby         8 screens   142 faces: 142,   0,   0,   0
    roll_call          8 screens   132 faces: 117,  11,   3,   1
    stream_viewers     8 screens   147 faces: 139,   0,   5,   3
    session_schedule   8 screens     9 faces:   9,   0,   0,   0
    agent_listing      8 screens     8 faces:   3,   5,   0,   0
    pool_ride          8 screens    12 faces:  12,   0,   0,   0
    author_page        8 screens     9 faces:   8,   1,   0,   0
    genealogy_record   8 screens    12 faces:   8,   4,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout68 as H68
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout5 import small
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import NAMES, SHAPES, face_px, finish, glyph, person_pin, side_for, top_bar
from heldout67 import button
from heldout68 import TEAMS, Wash, Washed, fade, maybe, tint

DEFAULT_SEED = 69696


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT69_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 69696."""
    return int(env.get("HELDOUT69_SEED") or DEFAULT_SEED)


HELDOUT69_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top
SEPIA: Colour = (110, 160, 196)  # an old print's brown (BGR)
SURNAMES: tuple[str, ...] = ("Okafor", "Berg", "Sato", "Reyes", "Novak", "Haddad", "Lund", "Mwangi")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def house_front(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A house's front for sale: a sky, a lawn, the walls in one colour under a pitched roof, a door
    off the middle and one wide window beside it (never two alike side by side)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 200, 150), (240, 230, 215))
    lawn = round(h * rng.uniform(0.75, 0.85))
    gradient(img, (0, lawn, w, h), (70, 150, 80), (50, 120, 60))
    x1, x2, top = round(w * 0.15), round(w * 0.85), round(h * rng.uniform(0.35, 0.45))
    cv2.rectangle(
        img, (x1, top), (x2, lawn), rng.choice(((200, 215, 230), (150, 170, 190), (90, 110, 160))), -1
    )
    roof = np.array([(x1 - w // 20, top), ((x1 + x2) // 2, round(h * 0.12)), (x2 + w // 20, top)])
    cv2.fillPoly(img, [roof.astype(np.int32)], (60, 60, 90))
    door = round(w * rng.uniform(0.25, 0.35))
    cv2.rectangle(img, (door, lawn - h // 4), (door + w // 10, lawn), (40, 60, 120), -1)
    cv2.rectangle(img, (door + w // 6, top + h // 12), (x2 - w // 12, lawn - h // 6), (120, 90, 60), -1)
    cv2.line(
        img, (door + w // 6, top + h // 6), (x2 - w // 12, top + h // 6), (230, 230, 230), max(1, h // 80)
    )
    return img


def bookshelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A library's shelf: wooden boards and rows of spines of many colours and heights."""
    img = np.full((h, w, 3), (60, 90, 130), np.uint8)
    shelves = rng.randrange(2, 5)
    for k in range(shelves):
        y2 = (k + 1) * h // shelves - max(2, h // 40)
        x = 0
        while x < w:
            bw = max(2, round(w * rng.uniform(0.03, 0.07)))
            bh = round(h / shelves * rng.uniform(0.6, 0.9))
            cv2.rectangle(img, (x, y2 - bh), (x + bw - 1, y2), H2.random_colour(rng, 40, 220), -1)
            x += bw + 1
        cv2.rectangle(img, (0, y2), (w, y2 + max(2, h // 40)), (40, 70, 110), -1)
    return img


def stage(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A conference's empty stage: a dark hall, a wide screen with a slide's bars, a lectern and a
    red carpet's strip on the boards."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 30, 30), (20, 15, 15))
    sx1, sy1, sx2, sy2 = w // 6, h // 10, w * 5 // 6, h // 2
    cv2.rectangle(img, (sx1, sy1), (sx2, sy2), (235, 235, 240), -1)
    for k in range(3):
        y = sy1 + (k + 1) * (sy2 - sy1) // 5
        cv2.rectangle(
            img,
            (sx1 + w // 20, y),
            (sx1 + round((sx2 - sx1) * rng.uniform(0.4, 0.9)), y + h // 40),
            rng.choice(TEAMS),
            -1,
        )
    floor = h * 3 // 4
    cv2.rectangle(img, (0, floor), (w, h), (50, 80, 110), -1)
    cv2.rectangle(img, (w // 3, floor + h // 20), (w * 2 // 3, h), (40, 40, 170), -1)
    lx = round(w * rng.uniform(0.6, 0.8))
    cv2.rectangle(img, (lx, floor - h // 5), (lx + w // 12, floor), (70, 70, 80), -1)
    return img


def bust(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A plaster bust on a plinth against a museum's wall: a smooth pale head, neck and shoulders,
    shaded from one side, with no eyes, nose or mouth."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), off(H2.random_colour(rng, 60, 160), 20), (50, 50, 55))
    plaster = rng.choice(((215, 220, 225), (190, 200, 205), (150, 160, 170)))
    cx, hr = w // 2, max(3, min(w, h) // 6)
    cy = round(h * 0.35)
    cv2.ellipse(img, (cx, h * 3 // 4), (w * 2 // 5, h // 6), 0, 180, 360, plaster, -1, cv2.LINE_AA)
    cv2.rectangle(img, (cx - hr // 2, cy), (cx + hr // 2, h * 3 // 4), plaster, -1)
    cv2.ellipse(img, (cx, cy), (round(hr * 0.85), hr), 0, 0, 360, plaster, -1, cv2.LINE_AA)
    cv2.ellipse(
        img, (cx + hr // 3, cy), (round(hr * 0.5), hr), 0, -60, 60, off(plaster, -40), -1, cv2.LINE_AA
    )
    cv2.rectangle(img, (w // 5, h * 3 // 4), (w * 4 // 5, h), (90, 90, 95), -1)
    return img


def noodle_bowl(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bowl of noodles from above on a wooden table: one bowl, wavy noodles, green leaves and a
    pair of chopsticks across it."""
    img = np.full((h, w, 3), (60, 100, 150), np.uint8)
    for y in range(0, h, max(3, h // 12)):
        cv2.line(img, (0, y), (w, y), (50, 85, 130), max(1, h // 60))
    c, r = (w // 2, h // 2), max(4, min(w, h) * 2 // 5)
    cv2.circle(img, c, r, rng.choice(((230, 230, 235), (60, 60, 160), (40, 40, 40))), -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.82), (90, 170, 220), -1, cv2.LINE_AA)
    for k in range(8):
        pts = [
            (c[0] - r * 0.7 + j * r * 0.2, c[1] - r * 0.5 + k * r * 0.13 + (j % 2) * r * 0.06)
            for j in range(8)
        ]
        cv2.polylines(img, [np.array(pts, np.int32)], False, (150, 220, 245), max(1, r // 20), cv2.LINE_AA)
    for _ in range(4):
        a = rng.uniform(0, 2 * math.pi)
        p = (round(c[0] + r * 0.5 * math.cos(a)), round(c[1] + r * 0.5 * math.sin(a)))
        cv2.ellipse(img, p, (max(2, r // 6), max(1, r // 12)), math.degrees(a), 0, 360, (60, 150, 60), -1)
    cv2.line(img, (c[0] - r, c[1] + r), (c[0] + r, c[1] - r // 3), (120, 170, 200), max(2, r // 14))
    return img


def painting(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A framed landscape painting: a gilt frame round hills under a sky and a river's band."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (40, 140, 190)
    t = max(2, min(w, h) // 12)
    gradient(img, (t, t, w - t, h - t), (220, 190, 150), (200, 210, 225))
    hill = np.array(
        [
            (t, h - t),
            (t, h // 2),
            (w // 3, round(h * rng.uniform(0.3, 0.45))),
            (w * 2 // 3, h // 2),
            (w - t, h * 2 // 5),
            (w - t, h - t),
        ]
    )
    cv2.fillPoly(
        img, [hill.astype(np.int32)], off(rng.choice(((70, 130, 80), (60, 110, 120))), rng.randrange(-20, 30))
    )
    cv2.rectangle(img, (t, h * 3 // 4), (w - t, h * 3 // 4 + max(2, h // 14)), (180, 140, 90), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (house_front, bookshelf, stage, bust, noodle_bowl, painting)


def toy_blocks(img: np.ndarray, x: int, y: int, side: int, rng: random.Random) -> None:
    """Toy blocks in a stack: three coloured squares, each with a letter (a toy in a person's place)."""
    b = max(4, side // 2)
    for k, (dx, dy) in enumerate(((0, side - b), (b, side - b), (b // 2, side - 2 * b))):
        colour = rng.choice(TEAMS)
        cv2.rectangle(img, (x + dx, y + dy), (x + dx + b - 2, y + dy + b - 2), colour, -1)
        note(img, "ABC"[k], (x + dx + b // 4, y + dy + b * 3 // 4), b / 50, WHITE, 1)


# ----------------------------------------------------------------------------------------------
# The cast: one face an avatar (heldout66's ``solo``), washed on some.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H68.Cast):
    """heldout68's cast (one face in each ``solo`` avatar, washed on some; on a face-free screen
    initials, app icons, glyphs, pets, objects, skin-toned shapes or drawn things in its place),
    its screens marked h69-, whose drawn things are this set's; on a face-free screen a third of the
    people's places hold a bust, a painting, a bowl of food or toy blocks."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h69-" + super().kind(layout).removeprefix("h68-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """A bust, a painting or a bowl of food in the avatar's shape, or toy blocks, on a third;
        else heldout68's stand-ins."""
        roll = self.rng.random()
        if roll < 0.25:
            pick = (bust, painting, noodle_bowl)[int(roll / 0.25 * 3)]
            H2.blit(s.img, H11.render(self.rng, side, side, (pick,)), x, y, mask(side, shape))
        elif roll < 0.33:
            toy_blocks(s.img, x, y, side, self.rng)
        else:
            super().stand_in(s, x, y, side, shape, edge)


def rimmed(cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, shape: str, rim: Colour) -> None:
    """``cast.solo`` at (x, y) in a rim of ``rim`` round the avatar's shape (a team's, a rank's,
    the page's colour between a stack's faces); on a face-free screen its stand-in, rimmed alike."""
    cast.solo(s, x, y, fp, side, shape, rim)


def sepia(rng: random.Random) -> Wash:
    """An old print's look: grey, then 35-55 % of sepia, its contrast cut by a fade on half."""
    brown = tint(SEPIA, rng.uniform(0.35, 0.55))
    faded = fade(rng) if rng.random() < 0.5 else None

    def wash(piece: np.ndarray) -> np.ndarray:
        grey = np.repeat(piece.mean(axis=2, keepdims=True), 3, axis=2).astype(np.uint8)
        return brown(faded(grey) if faded else grey)

    return wash


# ----------------------------------------------------------------------------------------------
# Crowded layouts: ten faces to forty, or things in their places.
# ----------------------------------------------------------------------------------------------


def speaker_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, tba: bool
) -> None:
    """A speaker's card at (x, y), ``w`` x ``h``: the speaker's face (18-32 px, 16-18 px on an
    eighth, drawn and not counted) in an avatar at its top's middle, the name and the company
    under it; with ``tba`` "To be announced" and a glyph on a disc instead."""
    rounded_card(s.img, x, y, w, h, 18, off(s.bg, 10))
    if tba:
        H2.fill(s.img, mask(60, "circle"), x + (w - 60) // 2, y + 16, off(s.bg, 40))
        glyph(s.img, (x + w // 2, y + 46), 18, "bell", WHITE)
        note(s.img, "To be announced", (x + 12, y + h - 40), 0.45, GREY)
        return
    fp = rng.uniform(16, 18) if rng.random() < 0.125 else face_px(rng, 18.3, 32)
    side = side_for(rng, fp)
    cast.washed(s, x + (w - side) // 2, y + 14, fp, side, rng.choice(SHAPES), None)
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x + 12, y + h - 48), 0.5, s.fg, 2)
    note(
        s.img,
        rng.choice(("Acme Labs", "Univ. of Leeds", "Oxbow", "Freelance", "Nordika")),
        (x + 12, y + h - 18),
        0.42,
        GREY,
    )


def speaker_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A conference app's speakers: on 45 % the first day's group photo across the screen (two rows
    of five to seven, faces 16-30 px), then the speakers' cards (``speaker_card``) three or four
    across, to the tab bar, 18 at most with the photo and 24 without; a tenth "To be announced"."""
    s = new_screen(rng, name, cast.kind("speakers"), ("light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Speakers", "DevSummit speakers", "Who's talking"))) + 10
    photo = rng.random() < 0.45
    if photo:
        front = small(rng, 22, 30)
        piece, faces = H11.gathering(
            cast, WIDTH - 48, 300, 16.0, front, 2, rng.randrange(5, 8), (1.5, 2.0), rng.uniform(0.1, 0.2)
        )
        H11.paste_photo(cast, s, piece, faces, 24, y)
        tag(s.img, 40, y + 16, "Day 1 group photo", (40, 40, 40), 34)
        y += 320
    cols = rng.choice((3, 4))
    w = (WIDTH - 48 - 16 * (cols - 1)) // cols
    h = rng.randrange(170, 200)
    rows = min((FOOT - 130 - y) // (h + 16), (18 if photo else 24) // cols)
    for k in range(rows * cols):
        x = 24 + (k % cols) * (w + 16)
        speaker_card(cast, rng, s, x, y + (k // cols) * (h + 16), w, h, rng.random() < 0.1)
    return finish(s, rng, True)


def hidden_row(cast: Cast, rng: random.Random, s: Screen, y: int, n: int) -> int:
    """ "Hidden people": ``n`` round 18-26 px faces in a row from x = 40, each faded (grey on most;
    an album's hidden faces). Returns its height (120)."""
    note(s.img, "Hidden people", (40, y + 20), 0.6, GREY, 2)
    for k in range(n):
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.washed(s, 40 + k * 90, y + 40, fp, side, "circle", fade(rng))
    return 120


def people_album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo app's "People" album: the count, chips, then round thumbnails eight to ten across
    and two or three rows, one avatar size for the grid (faces 18-33 px, 16-18 px on a tenth, a
    pet's photo on a twelfth), a name under some; the hidden people (``hidden_row``, four to six
    faded) and a memory's picture (a thing) to the foot; 40 faces at most."""
    s = new_screen(rng, name, cast.kind("people"), ("light", "dark", "dark", "tinted"))
    y = top_bar(s, "People") + 10
    note(s.img, f"{rng.randrange(40, 400)} people and pets", (40, y + 20), 0.6, GREY)
    for k, label in enumerate(("All", "Named", "Pets")):
        tag(s.img, 40 + k * 160, y + 40, label, s.accent if k == 0 else off(s.bg, 26), 44)
    y += 110
    cols = rng.choice((8, 9, 10))
    cell = (WIDTH - 60) // cols
    base = rng.uniform(16, 32)
    side = round(base * rng.uniform(1.2, 1.45))
    hidden = rng.randrange(4, 7)
    rows = min(rng.randrange(2, 4), (40 - hidden) // cols)
    for k in range(rows * cols):
        cx = 30 + (k % cols) * cell + cell // 2
        top = y + (k // cols) * (cell + 20)
        roll = rng.random()
        if roll < 1 / 12:
            cast.pet(s, cx - side // 2, top, side, side, mask(side, "circle"))
        else:  # a tenth a face far in the photo: 16-18 px, drawn and not counted
            fp = rng.uniform(16, 18) if roll < 1 / 12 + 0.1 else max(18.3, base * rng.uniform(0.96, 1.04))
            cast.washed(s, cx - side // 2, top, fp, side, "circle", None)
        if rng.random() < 0.4:
            note(s.img, rng.choice(NAMES), (cx - cell // 2 + 10, top + side + 18), 0.4, s.fg)
    y += rows * (cell + 20) + 20
    y += hidden_row(cast, rng, s, y, hidden) + 20
    note(s.img, "Memories", (40, y + 10), 0.7, s.fg, 2)
    y += 30
    if FOOT - 140 - y > 120:
        cast.thing(s, 40, y, WIDTH - 80, FOOT - 140 - y)
    return finish(s, rng, True)


def lobby_slot(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, team: Colour, open_: bool
) -> int:
    """A lobby's player slot at (x, y), ``w`` wide: an 18-30 px face in a square rimmed with the
    team's colour, the name, the level on a chip and a ready tick; ``open_``: "Searching" with a
    glyph. Returns its height (96)."""
    rounded_card(s.img, x, y, w, 88, 14, off(s.bg, 12))
    if open_:
        glyph(s.img, (x + 44, y + 44), 16, "gear", GREY)
        note(s.img, "Searching...", (x + 90, y + 52), 0.5, GREY)
        return 96
    fp = face_px(rng, 18.3, 30)
    side = side_for(rng, fp)
    rimmed(cast, s, x + 44 - side // 2, y + 44 - side // 2, fp, side, "square", team)
    note(s.img, f"{rng.choice(NAMES).lower()}_{rng.randrange(10, 99)}", (x + 90, y + 40), 0.5, s.fg, 2)
    tag(s.img, x + 90, y + 52, f"Lv {rng.randrange(3, 90)}", off(team, 30), 26)
    if rng.random() < 0.7:
        cv2.line(s.img, (x + w - 50, y + 46), (x + w - 38, y + 58), (60, 200, 60), 4)
        cv2.line(s.img, (x + w - 38, y + 58), (x + w - 18, y + 30), (60, 200, 60), 4)
    return 96


def game_lobby(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A multiplayer game's lobby: the mode and the map (a thing), "Your party" as a stack of three
    to five 18-24 px faces, the two teams' columns of five to seven slots (``lobby_slot``, "Searching"
    on a tenth), then the lobby's chat (two to five lines), each with a 16-22 px face (under 18 drawn, not
    counted), and "Ready"."""
    s = new_screen(rng, name, cast.kind("lobby"), ("dark", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Ranked 5v5", "Custom lobby", "Squads"))) + 10
    cast.thing(s, 24, y, 260, 146)
    note(s.img, rng.choice(("Harbour", "Dunes", "Foundry", "Glacier")), (310, y + 50), 0.9, s.fg, 2)
    note(s.img, "Your party", (310, y + 100), 0.5, GREY)
    fp = face_px(rng, 18.3, 24)
    side = side_for(rng, fp)
    for k in range(rng.randrange(3, 6)):  # a stack: each overlaps the one before by a fifth
        rimmed(cast, s, 480 + k * round(side * 0.8), y + 110 - side // 2, fp, side, "circle", s.bg)
    y += 180
    per = rng.randrange(5, 8)
    w = (WIDTH - 64) // 2
    home, away = rng.sample(TEAMS, 2)
    for j, team in enumerate((home, away)):
        x = 24 + j * (w + 16)
        note(s.img, ("Team A", "Team B")[j], (x + 10, y + 30), 0.7, team, 2)
        for k in range(per):
            lobby_slot(cast, rng, s, x, y + 50 + k * 96, w, team, rng.random() < 0.1)
    y += 60 + per * 96
    note(s.img, "Lobby chat", (40, y + 20), 0.6, GREY, 2)
    y += 40
    for _ in range(min(rng.randrange(2, 6), (FOOT - 180 - y) // 70)):
        fp = rng.uniform(16, 18) if rng.random() < 0.2 else face_px(rng, 18.3, 22)
        side = side_for(rng, fp)
        cast.washed(s, 40, y + 30 - side // 2, fp, side, "circle", None)
        s.words(rng, 90, y + 40, 0.5, rng.randrange(3, 7))
        y += 70
    button(s.img, 40, FOOT - 110, WIDTH - 80, "Ready", (60, 170, 60))
    return finish(s, rng, False)


def camera_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, fp: float,
                on: bool) -> None:  # fmt: skip
    """A pupil's camera at (x, y), ``w`` x ``h``: with ``on`` a head and shoulders on a room's wall
    (heldout11's ``portrait``, the face ``fp`` px), else a dark tile with an initials disc; a name
    strip across its foot (over the shoulders)."""
    if on:
        piece, faces = H11.portrait(cast, w, h, fp)
        H11.paste_photo(cast, s, piece, faces, x, y)
    else:
        cv2.rectangle(s.img, (x, y), (x + w - 1, y + h - 1), (45, 45, 50), -1)
        H3.initials(s.img, rng, x + w // 2 - 24, y + h // 2 - 30, 48, "circle")
    cv2.rectangle(s.img, (x, y + h - 24), (x + w - 1, y + h - 1), (30, 30, 30), -1)
    note(s.img, rng.choice(NAMES), (x + 6, y + h - 6), 0.42, WHITE)


def roll_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A class's video call for the roll call: on half the teacher's tile pinned on top (the face
    48-140 px), then the pupils' cameras (``camera_tile``: faces 18-34 px, a fifth of them off)
    four or five across to the foot, 24 at most, and "n present" with a mark-all button."""
    s = new_screen(rng, name, cast.kind("rollcall"), ("dark", "dark", "light"))
    y = top_bar(s, rng.choice(("Year 8 Science", "Maths 3B", "Spanish II"))) + 10
    tag(s.img, WIDTH - 200, y - 86, "REC", (50, 50, 220), 36)
    if rng.random() < 0.5:
        th = 340
        piece, faces = H11.portrait(cast, WIDTH - 48, th, rng.uniform(48, 140))
        H11.paste_photo(cast, s, piece, faces, 24, y)
        tag(s.img, 40, y + th - 56, "Teacher (pinned)", (40, 40, 40), 40)
        y += th + 20
    cols = rng.choice((4, 5))
    w = (WIDTH - 48 - 8 * (cols - 1)) // cols
    h = round(w * 1.1)
    rows = min((FOOT - 200 - y) // (h + 8), 24 // cols)
    tiles = rows * cols
    off_ = set(rng.sample(range(tiles), tiles // 5))
    for k in range(tiles):
        fp = face_px(rng, 18.3, 34)
        x, yy = 24 + (k % cols) * (w + 8), y + (k // cols) * (h + 8)
        camera_tile(cast, rng, s, x, yy, w, h, fp, k not in off_)
    y += rows * (h + 8) + 20
    note(s.img, f"{tiles - len(off_)} present, {len(off_)} cameras off", (40, y + 30), 0.6, s.fg, 2)
    button(s.img, 40, y + 50, WIDTH - 80, "Mark all present", s.accent)
    return finish(s, rng, False)


def supporters_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """ "Top supporters": six to eight 18-28 px faces in a row from x = 40, each in a rim of its rank's
    colour, the last past the screen's right side (cut by it) on 35 %. Returns the row's height
    (120)."""
    n = rng.randrange(6, 9)
    cut = rng.random() < 0.35
    step = (WIDTH - 80) // (n - 1 if cut else n)
    for k in range(n):
        fp = face_px(rng, 18.3, 28)
        side = side_for(rng, fp)
        x = 40 + k * step
        if cut and k == n - 1:
            x = WIDTH - side + round(side * rng.uniform(0.22, 0.32))
        rim = ((40, 190, 240), (200, 200, 200), (60, 120, 190))[min(k, 2)] if k < 3 else off(s.bg, 40)
        rimmed(cast, s, x, y + 20, fp, side, "circle", rim)
        note(s.img, f"#{k + 1}", (x, y + 100), 0.45, GREY)
    return 120


def stream_viewers(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live stream: the streamer's video across the screen (heldout11's ``portrait``, the face
    60-170 px) with "LIVE" and the viewers' count, the title, "Top supporters" (``supporters_row``),
    then "Viewers" as rows to the foot, 18-26 px faces (15-18 px on a sixth, drawn and not counted),
    names and a follow button."""
    s = new_screen(rng, name, cast.kind("viewers"), ("dark", "dark", "light"))
    y = STATUS_H + 10
    vh = WIDTH * 9 // 16
    piece, faces = H11.portrait(cast, WIDTH, vh, rng.uniform(60, 170))
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(s.img, 24, y + 20, "LIVE", (50, 50, 220), 40)
    tag(s.img, 130, y + 20, f"{rng.randrange(2, 40)}.{rng.randrange(10)}k", (40, 40, 40), 40)
    y += vh + 20
    s.words(rng, 40, y + 30, 0.8, rng.randrange(3, 6))
    y += 60
    note(s.img, "Top supporters", (40, y + 20), 0.6, s.fg, 2)
    y += supporters_row(cast, rng, s, y + 10) + 20
    note(s.img, f"Viewers ({rng.randrange(200, 9000)})", (40, y + 20), 0.6, s.fg, 2)
    y += 40
    while y + 80 < FOOT - 10:
        fp = rng.uniform(15, 18) if rng.random() < 1 / 6 else face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.washed(s, 40, y + 40 - side // 2, fp, side, rng.choice(SHAPES), None)
        note(s.img, f"{rng.choice(NAMES).lower()}{rng.randrange(1, 999)}", (100, y + 48), 0.55, s.fg)
        tag(s.img, WIDTH - 180, y + 20, "Follow", off(s.bg, 30), 40)
        y += 80
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two or three far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def talk_card(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """A talk's card at ``y``: the time, the track's colour bar, the title, the room and the
    speaker, as initials or with ``photo`` an 18-30 px face (faded on 40 %: a talk that has ended).
    Returns its height (200)."""
    rounded_card(s.img, 24, y, WIDTH - 48, 184, 20, off(s.bg, 10))
    cv2.rectangle(s.img, (24, y + 12), (34, y + 172), rng.choice(TEAMS), -1)
    note(s.img, f"{rng.randrange(9, 18)}:{rng.choice(('00', '15', '30', '45'))}", (60, y + 44), 0.6, GREY, 2)
    s.words(rng, 200, y + 44, 0.6, rng.randrange(3, 6))
    s.words(rng, 200, y + 84, 0.6, rng.randrange(2, 5))
    if photo:
        fp = face_px(rng, 18.3, 30)
        side = side_for(rng, fp)
        cast.washed(s, 200, y + 140 - side // 2, fp, side, "circle", maybe(rng, 0.4, lambda: fade(rng)))
        x = 220 + side
    else:
        cast.disc(s, 200, y + 118, 44)
        x = 260
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 150), 0.5, s.fg)
    note(s.img, f"Room {rng.choice('ABCD')}{rng.randrange(1, 9)}", (WIDTH - 200, y + 150), 0.45, GREY)
    return 200


def session_schedule(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A conference's schedule: the days as chips, then talks' cards (``talk_card``) with initials
    but one speaker's photo; on 25 % a second three cards or more away."""
    s = new_screen(rng, name, cast.kind("schedule"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, "Schedule") + 10
    day = rng.randrange(3)
    for k in range(3):
        tag(s.img, 40 + k * 200, y, f"Day {k + 1}", s.accent if k == day else off(s.bg, 26), 48)
    y += 80
    n = (FOOT - 130 - y) // 200
    first = rng.randrange(n)
    far = [k for k in range(n) if abs(k - first) >= 3]
    faced = {first} | ({rng.choice(far)} if far and rng.random() < 0.25 else set())
    for k in range(n):
        y += talk_card(cast, rng, s, y, k in faced)
    return finish(s, rng, True)


def agent_card(cast: Cast, rng: random.Random, s: Screen, y: int, label: str, px: tuple[float, float],
               agency: Colour) -> int:  # fmt: skip
    """An agent's card at ``y`` under ``label``: a ``px`` px face (tinted with the agency's colour on
    30 %), the name, the agency and a call button. Returns its height."""
    fp = face_px(rng, *px)
    side = side_for(rng, fp)
    h = max(150, side + 70)
    note(s.img, label, (40, y + 24), 0.55, GREY)
    rounded_card(s.img, 24, y + 40, WIDTH - 48, h - 40, 20, off(s.bg, 10))
    cast.washed(
        s,
        48,
        y + 40 + (h - 40 - side) // 2,
        fp,
        side,
        rng.choice(("circle", "rounded", "square")),
        maybe(rng, 0.3, lambda: tint(agency, rng.uniform(0.3, 0.45))),
    )
    note(
        s.img,
        f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
        (80 + side, y + 40 + (h - 40) // 2),
        0.7,
        s.fg,
        2,
    )
    note(
        s.img,
        rng.choice(("Keys & Co", "Brightmove", "Oak Estates")),
        (80 + side, y + 40 + (h - 40) // 2 + 34),
        0.5,
        agency,
    )
    tag(s.img, WIDTH - 180, y + 40 + (h - 40) // 2 - 24, "Call", agency, 48)
    return h


def agent_listing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A real-estate listing: the house (a thing or a drawn house's front), the price, the rooms and
    the area, a map's strip, "Listed by" (``agent_card``, 20-40 px) or on 20 % "Meet your agent"
    (64-150 px); on 25 % "Also listed by" a co-agent's 18-26 px card at the foot."""
    s = new_screen(rng, name, cast.kind("listing"), ("light", "light", "dark"))
    y = STATUS_H
    ph = rng.randrange(560, 700)
    if rng.random() < 0.5:
        H2.blit(s.img, H11.render(rng, WIDTH, ph, (house_front,)), 0, y)
    else:
        cast.thing(s, 0, y, WIDTH, ph)
    tag(s.img, 24, y + 24, rng.choice(("For sale", "New", "Price reduced")), (40, 40, 40), 44)
    y += ph + 30
    note(s.img, f"${rng.randrange(180, 990)},000", (40, y + 50), 1.5, s.fg, 3)
    note(
        s.img,
        f"{rng.randrange(1, 6)} bd  {rng.randrange(1, 4)} ba  {rng.randrange(60, 260)} m2",
        (40, y + 100),
        0.7,
        GREY,
    )
    y += 140
    agency = rng.choice(TEAMS)
    if rng.random() < 0.2:
        y += agent_card(cast, rng, s, y, "Meet your agent", (64, 150), agency) + 20
    else:
        y += agent_card(cast, rng, s, y, "Listed by", (20, 40), agency) + 20
    H2._map(s.img[y : y + 240, 24 : WIDTH - 24], rng, sum(s.bg) < 384)
    y += 260
    s.words(rng, 40, y + 20, 0.55, 6, GREY)
    if rng.random() < 0.25 and y + 150 < FOOT - 210:
        agent_card(cast, rng, s, FOOT - 210, "Also listed by", (18.3, 26), agency)
    return finish(s, rng, False)


def pool_ride(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared ride: a map with the route, the co-riders' 20-32 px faces in pins (one on 60 %, two on
    30 %, three on 10 %, 400 px or more apart; the first by the screen's side, cut by it, on 25 %;
    grey and faded on 30 %: already dropped off), then the sheet with the stops and the fare
    split."""
    s = new_screen(rng, name, cast.kind("pool"), ("light", "dark", "light"))
    H2._map(s.img, rng, sum(s.bg) < 384)
    pts = [(rng.randrange(100, WIDTH - 100), rng.randrange(300, FOOT - 600)) for _ in range(5)]
    cv2.polylines(s.img, [np.array(pts, np.int32)], False, s.accent, 10, cv2.LINE_AA)
    rounded_card(s.img, 24, STATUS_H + 20, WIDTH - 48, 90, 45, s.bg)
    note(s.img, "Shared ride - 3 stops", (70, STATUS_H + 76), 0.7, s.fg)
    n = rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0]
    spots: list[tuple[int, int]] = []
    for k in range(n):
        fp = face_px(rng, 20, 32)
        side = side_for(rng, fp)
        edge = k == 0 and rng.random() < 0.25
        for _ in range(40):
            x = (
                WIDTH - side // 2 + round(side * rng.uniform(0.15, 0.3))
                if edge
                else rng.randrange(90, WIDTH - 90)
            )
            y = rng.randrange(420, FOOT - 640)
            if all(math.hypot(x - a, y - b) >= 400 for a, b in spots):
                break
        else:
            break
        spots.append((x, y))
        colour = rng.choice((WHITE, s.accent, (40, 40, 40)))
        wash = fade(rng) if rng.random() < 0.3 else None
        person_pin(
            cast, typing.cast(Screen, Washed(s, wash)) if wash and cast.photos else s, x, y, fp, side, colour
        )
    top = FOOT - 520
    rounded_card(s.img, 0, top, WIDTH, 560, 36, s.bg)
    note(s.img, f"Dropping you off in {rng.randrange(4, 30)} min", (40, top + 70), 0.9, s.fg, 2)
    for k in range(3):
        glyph(s.img, (60, top + 140 + k * 70), 14, "pin", s.accent)
        s.words(rng, 100, top + 150 + k * 70, 0.55, rng.randrange(2, 5))
    note(s.img, f"Your share ${rng.randrange(4, 30)}.{rng.randrange(10, 99)}", (40, top + 380), 0.8, s.fg, 2)
    return finish(s, rng, False)


def author_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A library app's author page: the author's 20-44 px portrait (grey or sepia and faded on half:
    an old photograph), the name and the dates, the bio, the books' covers (things) with "Borrow";
    on 25 % "Narrated by" with the narrator's 18-26 px face near the foot."""
    s = new_screen(rng, name, cast.kind("author"), ("light", "light", "tinted", "dark"))
    y = top_bar(s, "Author") + 30
    fp = face_px(rng, 20, 44)
    side = side_for(rng, fp)
    old = rng.random() < 0.5
    wash = (sepia(rng) if rng.random() < 0.5 else fade(rng)) if old else None
    cast.washed(s, 40, y, fp, side, rng.choice(("circle", "rounded", "square")), wash)
    born = rng.randrange(1820, 1990)
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, y + side // 2), 1.0, s.fg, 2)
    note(
        s.img,
        f"{born}-{born + rng.randrange(40, 90)}" if old else f"Born {born}",
        (70 + side, y + side // 2 + 40),
        0.55,
        GREY,
    )
    y += max(side, 100) + 40
    for k in range(rng.randrange(4, 7)):
        s.words(rng, 40, y + k * 40, 0.55, rng.randrange(5, 9))
    y += 300
    note(s.img, "Books", (40, y), 0.8, s.fg, 2)
    y += 30
    for k in range(4):
        x = 40 + k * 250
        cast.thing(s, x, y, 200, 300)
        tag(s.img, x, y + 320, "Borrow" if rng.random() < 0.6 else "Waitlist", off(s.bg, 30), 40)
    y += 400
    if rng.random() < 0.25 and y < FOOT - 180:
        y = FOOT - 180
        note(s.img, "Audiobook - Narrated by", (40, y), 0.55, GREY)
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.washed(s, 40, y + 20, fp, side, "circle", None)
        note(s.img, rng.choice(NAMES), (70 + side, y + 20 + side // 2 + 8), 0.6, s.fg)
    return finish(s, rng, True)


def record_scan(s: Screen, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A scanned record: a yellowed page with ruled lines, handwriting scribbles and a stamp's ring."""
    gradient(s.img, (x, y, x + w, y + h), (170, 210, 225), (150, 195, 215))
    for k in range(1, h // 44):
        yy = y + k * 44
        cv2.line(s.img, (x + 20, yy), (x + w - 20, yy), (120, 150, 170), 1)
        pts = [
            (x + 30 + j * 14, yy - 8 - rng.randrange(0, 10)) for j in range(rng.randrange(10, (w - 60) // 14))
        ]
        cv2.polylines(s.img, [np.array(pts, np.int32)], False, (70, 60, 60), 2, cv2.LINE_AA)
    cv2.circle(s.img, (x + w - 110, y + h - 90), 60, (90, 90, 170), 3, cv2.LINE_AA)


def tree_box(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, photo: bool) -> None:
    """A relative's box in a family tree at (x, y), 300 x 110: initials, or with ``photo`` a grey
    18-28 px face; the name and the years."""
    rounded_card(s.img, x, y, 300, 110, 14, off(s.bg, 12))
    if photo:
        fp = face_px(rng, 18.3, 28)
        side = side_for(rng, fp)
        cast.washed(
            s, x + 14, y + 55 - side // 2, fp, side, "circle", sepia(rng) if rng.random() < 0.5 else fade(rng)
        )
    else:
        cast.disc(s, x + 14, y + 31, 48)
    note(s.img, rng.choice(NAMES), (x + 80, y + 50), 0.55, s.fg, 2)
    note(s.img, f"{rng.randrange(1800, 1950)}-", (x + 80, y + 84), 0.45, GREY)


def genealogy_record(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A genealogy record: the record's name and source, the scanned page (``record_scan``) with the
    ancestor's 22-44 px photo tinted sepia pinned to it, the facts, then the family tree as boxes
    (``tree_box``) with initials but, on 25 %, one relative's grey or sepia photo two generations down."""
    s = new_screen(rng, name, cast.kind("record"), ("light", "light", "tinted"))
    y = top_bar(s, rng.choice(("Census 1911", "Birth record", "Parish register"))) + 10
    note(
        s.img,
        f"Source: {rng.choice(('National Archives', 'Parish of St Mary', 'County records'))}",
        (40, y + 20),
        0.5,
        GREY,
    )
    y += 50
    record_scan(s, rng, 24, y, WIDTH - 48, 560)
    fp = face_px(rng, 22, 44)
    side = side_for(rng, fp)
    px = rng.randrange(60, WIDTH - 120 - side)
    cv2.rectangle(s.img, (px - 8, y + 40 - 8), (px + side + 8, y + 40 + side + 20), (235, 240, 240), -1)
    cast.washed(s, px, y + 40, fp, side, "square", sepia(rng))
    y += 600
    for k, fact in enumerate(("Born", "Married", "Occupation")):
        note(s.img, fact, (40, y + k * 50), 0.55, GREY)
        s.words(rng, 260, y + k * 50, 0.55, rng.randrange(2, 4))
    y += 180
    note(s.img, "Family tree", (40, y), 0.8, s.fg, 2)
    y += 30
    face_at = rng.randrange(3) if rng.random() < 0.25 else -1  # a box of the youngest generation
    for gen, n in enumerate((2, 2, 3)):
        for k in range(n):
            x = 40 + k * (WIDTH - 380) // (n - 1)
            tree_box(cast, rng, s, x, y + gen * 170, gen == 2 and k == face_at)
        if gen < 2:
            cv2.line(s.img, (WIDTH // 2, y + gen * 170 + 110), (WIDTH // 2, y + gen * 170 + 170), GREY, 3)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
CROWDED: tuple[Layout, ...] = (speaker_grid, people_album, game_lobby, roll_call, stream_viewers)
SPARSE: tuple[Layout, ...] = (session_schedule, agent_listing, pool_ride, author_page, genealogy_record)
LAYOUTS: tuple[Layout, ...] = (*CROWDED, *SPARSE)
# with people: the ten layouts in turn twice (ten crowded screens a round and ten sparse ones)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2
# face-free: each twice, then the crowded ones again (the lookalikes: grids, lists and rows of
# things, busts, paintings, food, toys and skin-toned shapes in the people's places)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, *CROWDED)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT69_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 20 screens of people and 25 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h69", photos, free, seed, reps)
