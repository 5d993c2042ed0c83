"""Held-out screens, forty-eighth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a family Bible open at its register, a
headstone in a churchyard, a stained-glass window, a bundle of old letters, prayer beads on cloth,
an oak in a meadow, an emigrant steamship in sepia, a potluck's table from above; nothing with
eyes, a mouth or a mask); every random choice from ``HELDOUT48_SEED`` (48484; the environment's
``HELDOUT48_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped.
heldout11's ``Cast`` (through heldout26's, heldout40's, heldout41's, heldout43's, heldout45's,
heldout46's and heldout47's; this set's screens are marked h48-) fills the people's places, and on
face-free screens puts pets, objects, textures, initials and this set's drawn things there; it
counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as
everywhere in the bench, never counted.

What it adds is faces in the apps of genealogy, family history and faith congregations, most of
them small and many of them old: a family tree's fan chart, generations of ancestors in half rings
round whose tree it is; a photo restorer's before-and-after slider across one old portrait and a
queue of old prints; an old family photo being identified, numbered tags on its people and a row a
tag; a congregation's member directory of households; a prayer group's chat; a congregation
event's page with its sign-up sheet; a local paper's obituary; a family reunion's album; a
congregation's small groups; a remembrance calendar of the departed's days. Near repeats avoided:
heldout6's family tree (generations of round photos in rows, couples side by side) and heldout14's
DNA matches (an ethnicity ring, a shared ancestor's old print, the line to a match; here a fan
chart of wedges, the father's side blue and the mother's rose, the older generations old prints,
unknown ancestors dashed, and the tree's recent changes with the photos added); heldout44's memory
book and heldout14's old prints (one studio print under black photo corners, who is who with how
they are related; torn, scratched and halftone prints; here a restorer's slider splitting one
photo into its old print and its restored colour under BEFORE and AFTER tags, a queue of turned
prints in paper borders, and a group photo on a card mount with numbered tags on chests and faces,
matched tag by tag to the tree or left unknown); heldout16's church app, heldout25's faith group
and heldout31's parish or mosque app (a sermon's video, small groups in rows, rotas, events under
date blocks; here a directory of households, each a family photo with its members' faces in a row,
beside an A-Z rail, and small groups' cards whose covers are mosaics with the leader in a story
ring, one's groups as icons of four members' faces); heldout25's prayer requests and heldout31's
prayer wall (a list, notes in two columns; here a group chat over a wallpaper of emblems, prayer
requests as cards inside bubbles, "praying" chips with stacks); heldout25's event cards and
heldout40's meetup cover (here a congregation's supper or iftar under a date block, the host, and
a sign-up sheet of dishes and tasks with the volunteers' faces and dashed open places); heldout16's
and heldout31's memorials (a portrait in a gilt oval, a candle wall, a life story of askew prints;
here a newspaper's obituary, the portrait in a black frame under a mourning band, the name in a
serif face, who survives them cut by the right edge, the service and a guestbook with sent
flowers and memories); heldout34's alumni reunions and heldout46's reunion board (here a family
reunion's wide photo with a banner held across the front row, then-and-now pairs aged on the
left, a grid of filtered photos); no earlier set draws a remembrance calendar (heldout14's
selfie-a-day fills day tiles with faces; here small round portraits at the foot of day cells by
candles). Ten layouts:
- a family tree (``family_tree``): one's 22-26 px face; the fan chart (``fan_chart``: the hub 44-64
  px; parents 28-38, grandparents 22-30, great-grandparents 19-24, on 20 % their parents 18-21 px,
  older ones as old prints); recent changes (``change_row``: 22-28 px, added photos of 20-30 px);
- a photo restorer (``photo_restore``): the photo (``restore_view``: one face of 110-280 px, or two
  or three of 90-170 px); the ancestor it is attached to (``person_card``: 36-52 px); old prints to
  restore (``print_tile``: 18-44 px on 40 %, turned);
- an old photo's who is who (``who_is_who``): one's 22-26 px face; the photo (``tagged_photo``:
  front faces 34-60 px, the row behind at 0.6-0.8 of them); the tags' rows (``tag_row``: 22-30 px);
- a member directory (``member_directory``): one's 22-26 px face; households (``household_card``:
  family photos of 18-44 px on half, members 18-24 px);
- a prayer group's chat (``prayer_chat``): the group's icon (``group_icon``: four 18-30 px faces);
  messages (``chat_message``: senders 20-26 px, photos of 18-60 px, prayer requests 40-60 px,
  "praying" stacks of 18-20 px);
- a congregation's event (``congregation_event``): the cover (``event_cover``: front faces 22-36
  px, the row behind 11-15 px); the host (28-40 px); going (18-22 px stacks); the sign-up sheet
  (``signup_row``: 22-28 px);
- an obituary (``obituary``): the portrait (``obituary_portrait``: 70-220 px); who survives them
  (30-48 px, cut by the right edge); the guestbook (``condolence_row``: 22-30 px, memories of 18-50
  px);
- a reunion's album (``reunion_album``): one's 22-26 px face; the photo (``reunion_banner``: front
  faces 24-36 px, the row behind 11-14 px); on half a then-and-now pair (``then_now``: 30-130 px);
  six photos (``album_square``: 18-56 px on 40 %);
- small groups (``small_groups``): one's 22-26 px face; one's groups (four 18-30 px faces, or one
  of 30 px or more, cut by the right edge); groups to join (``group_card``: covers of 18-50 px,
  leaders 28-40 px, stacks of 18-22 px);
- a remembrance calendar (``remembrance``): one's 22-26 px face; the month (``month_grid``: 18-24
  px in day cells); this week's (``remembered_row``: 26-36 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut (``cut_photo``
and heldout11's ``snapshot`` show held-out group photos at whatever size their people come), a
crowd's figures (0.9-1.1 of their row's size) or a stack's slightly smaller faces can differ (the
table below counts what is drawn). Who survives them and one's groups run past the right edge,
their last item across it (heldout45's ``carousel``), so some faces are cut by the edge and counted
while half of their box shows (the capture's right 8 px are black padding). Avatars are circles,
rounded squares, story rings, rims and gold edges, with heldout2's looks (turned up to 20 degrees
on 40 %, grey on 20 %, on a dark backdrop on 30 %). Light, dark and tinted themes (the restorer and
the prayer chat mostly dark); JPEG quality 30-60. Numbered tags, the slider's line and handle, the
BEFORE and AFTER tags, the mourning band, the reunion's banner, date blocks, year tags, "praying"
chips, the cover's title and tab bars take the pixels they cover; a face under them counts while
half of its box shows; rims, rings, wedges, cells and mounts are drawn before the faces they hold;
old prints (grey or sepia, flatter, specks, scratches, a dark rim), grey portraits, filters and the
scrim over an event's cover leave the faces under them counted as they look; initials, dashed
unknown ancestors and open places, emblems, candles, flowers, "+N" discs and drawn things are never
faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,502 faces (1,212 under 32 px, 250 of 32-63, 25 of 64-127,
15 larger; 1,346 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, wedges,
icons, cells, photos and prints, round things where a portrait's, a crowd's or an old group's
people would be); ``reps=1`` a quarter (18 screens with 373 faces: 282, 78, 9 and 4 by size, 315
under 40 px; 13 face-free). Each layout has people twice a round but the restorer and the
obituary, once (one large face each, 8.25 and 15.5 faces a screen at 4 reps). The faces of each
layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    family_tree          8 screens   207 faces: 193,  14,   0,   0
    photo_restore        4 screens    33 faces:  18,   9,   2,   4
    who_is_who           8 screens   101 faces:  46,  54,   1,   0
    member_directory     8 screens   197 faces: 171,  21,   5,   0
    prayer_chat          8 screens   114 faces: 101,  13,   0,   0
    congregation_event   8 screens   219 faces: 214,   5,   0,   0
    obituary             4 screens    62 faces:  37,  20,   0,   5
    reunion_album        8 screens   193 faces: 151,  35,   6,   1
    small_groups         8 screens   247 faces: 156,  75,  11,   5
    remembrance          8 screens   129 faces: 125,   4,   0,   0
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
import heldout44 as H44
import heldout47 as H47
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, mask, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREY, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout20 import cut_photo, note
from heldout21 import chips, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout31 import small_candle
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import rimmed, rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, composer, dashed_ring, face_or_initials

DEFAULT_SEED = 48484


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT48_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 48484."""
    return int(env.get("HELDOUT48_SEED") or DEFAULT_SEED)


HELDOUT48_SEED = seed_from(os.environ)

PARCHMENT: Colour = (200, 228, 240)  # BGR
UMBER: Colour = (40, 70, 120)
BURGUNDY: Colour = (60, 40, 130)
NAVY: Colour = (110, 60, 30)
OLIVE: Colour = (60, 130, 120)
PATERNAL: Colour = (210, 180, 140)  # the fan chart's father's side
MATERNAL: Colour = (180, 160, 225)  # and mother's side
FAMILIES: tuple[str, ...] = (*SURNAMES, "Mensah", "Novak", "Ferreira", "Cohen", "Nakamura", "Adeyemi")
FAITHS: tuple[tuple[str, str], ...] = (
    ("St Brigid's Parish", "cross"),
    ("Grace Chapel", "cross"),
    ("Masjid al-Noor", "crescent"),
    ("Beth Shalom", "star"),
    ("Temple Emanuel", "star"),
    ("Al-Rahma Centre", "crescent"),
)
RELATIONS: tuple[str, ...] = (
    "great-grandfather", "grandmother", "2nd cousin", "great-aunt", "uncle", "grandfather", "cousin",
)  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def handwriting(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, colour: Colour, t: int) -> None:
    """A line of joined handwriting about ``w`` px long from (x, y): a wavering stroke with loops
    rising from it at random (no letters)."""
    n = max(4, w // 6)
    pts = []
    for k in range(n):
        px = x + k * w / n
        rise = rng.uniform(0.5, 1.0) if rng.random() < 0.25 else 0.2
        pts.append((round(px), round(y - rise * max(2, t * 4) * abs(math.sin(k * 1.7)))))
    cv2.polylines(img, [np.array(pts, np.int32)], False, colour, t, cv2.LINE_AA)


def family_bible(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An old family Bible open on a table at its family register: a leather cover round two cream
    pages darkening into the spine's shadow, a printed border and a heading's bar on each, ruled
    lines of brown handwriting (births, marriages, deaths), a ribbon marker across one page and the
    gilt edge of the leaves under them."""
    table = rng.choice(((40, 55, 80), (30, 40, 55), (70, 90, 120)))
    img = np.full((h, w, 3), table, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 15, 12)
    bw, bh = round(w * rng.uniform(0.8, 0.92)), round(h * rng.uniform(0.7, 0.84))
    x1, y1 = (w - bw) // 2, (h - bh) // 2
    e = max(2, min(w, h) // 50)
    rounded_card(
        img, x1 - e, y1 - e, bw + 2 * e, bh + 3 * e, e, rng.choice(((30, 30, 90), (20, 50, 40), (40, 30, 30)))
    )
    for k in range(e):
        cv2.line(img, (x1, y1 + bh + k), (x1 + bw, y1 + bh + k), tone(GOLD, -25 * (k % 2)), 1)
    paper = rng.choice((PARCHMENT, (185, 215, 230), (215, 232, 240)))
    cv2.rectangle(img, (x1, y1), (x1 + bw, y1 + bh), paper, -1)
    mid = x1 + bw // 2
    sw = max(2, bw // 12)
    for i in range(sw):
        for x in (mid - 1 - i, mid + i):
            img[y1 : y1 + bh, x] = (img[y1 : y1 + bh, x] * (0.6 + 0.4 * i / sw)).astype(np.uint8)
    ink = rng.choice((UMBER, (60, 50, 40), (50, 40, 90)))
    m = max(3, bw // 24)
    lines = rng.randrange(5, 10)
    for a in (x1, mid):
        cv2.rectangle(img, (a + m, y1 + m), (a + bw // 2 - m, y1 + bh - m), ink, max(1, m // 4))
        cv2.line(
            img,
            (a + bw // 4 - bw // 10, y1 + 3 * m),
            (a + bw // 4 + bw // 10, y1 + 3 * m),
            ink,
            max(2, m // 2),
        )
        for k in range(lines):
            ly = y1 + 5 * m + round(k * (bh - 7 * m) / lines)
            cv2.line(img, (a + 2 * m, ly), (a + bw // 2 - 2 * m, ly), tone(paper, -35), 1)
            if rng.random() < 0.75:
                span = round((bw // 2 - 4 * m) * rng.uniform(0.4, 0.95))
                handwriting(img, rng, a + 2 * m, ly - 2, span, tone(ink, -10), max(1, bh // 240))
    rx = rng.choice((x1, mid)) + rng.randrange(bw // 8, bw // 3)
    cv2.line(
        img,
        (rx, y1 - e),
        (rx + rng.randrange(-bw // 20, bw // 20 + 1), y1 + bh + 4 * e),
        (40, 40, 170),
        max(2, bw // 60),
    )
    return img


def headstone(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A headstone in a churchyard: an overcast sky over a dark line of yews, mown grass, a slab of
    grey granite or sandstone with a round, pointed or square top and its shadow, carved lettering
    as rows of short dark strokes, a small carved cross on some, lichen's flecks and a posy laid at
    its foot."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.62, 0.75))
    gradient(img, (0, 0, w, ground), (215, 210, 205), (190, 190, 185))
    hedge = max(2, h // 8)
    for x in range(0, w, max(3, w // 14)):
        cv2.circle(img, (x, ground - hedge // 3), hedge, (50, 75, 45), -1, cv2.LINE_AA)
    gradient(img, (0, ground, w, h), (80, 150, 95), (55, 115, 70))
    speckle(img, rng, (0, ground, w, h), w * (h - ground) // 6, 25)
    stone = rng.choice(((150, 150, 150), (130, 175, 200), (105, 110, 115)))
    sh = round(h * rng.uniform(0.5, 0.66))
    sw = max(6, round(min(w * 0.48, sh * 0.9) * rng.uniform(0.75, 1.0)))
    x1, foot = (w - sw) // 2 + rng.randrange(-w // 12, w // 12 + 1), ground + round(h * 0.08)
    top = foot - sh
    cv2.ellipse(
        img, (x1 + sw // 2 + sw // 6, foot), (sw * 2 // 3, max(2, h // 30)), 0, 0, 360, (40, 80, 50), -1
    )
    shape = rng.choice(("round", "point", "square"))
    body = [(x1, foot), (x1, top + sw // 3), (x1 + sw, top + sw // 3), (x1 + sw, foot)]
    cv2.fillPoly(img, [np.array(body, np.int32)], stone)
    if shape == "round":
        cv2.ellipse(
            img, (x1 + sw // 2, top + sw // 3), (sw // 2, sw // 3), 0, 180, 360, stone, -1, cv2.LINE_AA
        )
    elif shape == "point":
        cv2.fillPoly(
            img,
            [np.array([(x1, top + sw // 3), (x1 + sw // 2, top), (x1 + sw, top + sw // 3)], np.int32)],
            stone,
        )
    else:
        cv2.rectangle(img, (x1, top + sw // 6), (x1 + sw, top + sw // 3), stone, -1)
    cv2.rectangle(img, (x1 + sw - max(2, sw // 12), top + sw // 3), (x1 + sw, foot), tone(stone, -30), -1)
    speckle(img, rng, (x1, top, x1 + sw, foot), sw * sh // 5, 18)
    carve = tone(stone, -60)
    y = top + sw // 3 + max(4, sh // 12)
    if rng.random() < 0.5:
        c, r = (x1 + sw // 2, top + sw // 3), max(3, sw // 12)
        cv2.line(img, (c[0], c[1] - r), (c[0], c[1] + r), carve, max(1, r // 3))
        cv2.line(
            img, (c[0] - r * 2 // 3, c[1] - r // 3), (c[0] + r * 2 // 3, c[1] - r // 3), carve, max(1, r // 3)
        )
        y += r
    for k in range(rng.randrange(3, 6)):
        half = round(sw * rng.uniform(0.18, 0.36)) if k else round(sw * 0.38)
        cx, ly = x1 + sw // 2, y + k * max(4, sh // 9)
        if ly > foot - max(4, sh // 12):
            break
        for x in range(cx - half, cx + half, max(2, sw // 30)):
            cv2.line(img, (x, ly), (x + max(1, sw // 50), ly), carve, max(1, sh // 80))
    for _ in range(rng.randrange(4, 12)):
        p = (rng.randrange(x1, x1 + sw), rng.randrange(top + sw // 3, foot))
        cv2.circle(img, p, max(1, sw // 40), rng.choice(((90, 170, 180), (110, 190, 160))), -1)
    for _ in range(rng.randrange(3, 8)):
        p = (
            x1 + sw // 2 + rng.randrange(-sw // 3, sw // 3 + 1),
            foot + rng.randrange(-h // 40 - 1, h // 40 + 2),
        )
        cv2.circle(
            img, p, max(2, sw // 22), rng.choice(((60, 60, 210), WHITE, (60, 200, 240), (180, 120, 200))), -1
        )
    return img


def stained_glass(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A stained-glass window lit from behind in a stone wall: a tall arch of glass in small panes
    of a few deep colours (a lattice of squares and diagonals, a band of another colour round the
    edge) held by dark lead, a rose of coloured petals in the arch's head, the stone's blocks
    round it."""
    stone = rng.choice(((120, 130, 140), (90, 100, 110), (150, 160, 170)))
    img = np.full((h, w, 3), stone, np.uint8)
    bh = max(4, h // 10)
    for row in range(0, h, bh):
        cv2.line(img, (0, row), (w, row), tone(stone, -25), 1)
        for x in range(((row // bh) % 2) * bh, w, 2 * bh):
            cv2.line(img, (x, row), (x, row + bh), tone(stone, -25), 1)
    speckle(img, rng, (0, 0, w, h), w * h // 8, 15)
    ww = round(w * rng.uniform(0.5, 0.7))
    x1, y1 = (w - ww) // 2, round(h * rng.uniform(0.06, 0.12)) + ww // 2
    y2 = h - round(h * rng.uniform(0.04, 0.1))
    shape = np.zeros((h, w), np.uint8)
    cv2.rectangle(shape, (x1, y1), (x1 + ww, y2), 255, -1)
    cv2.ellipse(shape, (x1 + ww // 2, y1), (ww // 2, ww // 2), 0, 180, 360, 255, -1)
    palette = rng.sample(
        ((160, 40, 30), (40, 40, 170), (40, 160, 210), (60, 140, 40), (130, 40, 120), (40, 190, 230)), 3
    )
    glass = np.zeros((h, w, 3), np.uint8)
    cell = max(4, ww // rng.randrange(5, 9))
    for gy in range(0, h, cell):
        for gx in range(x1, x1 + ww, cell):
            cv2.rectangle(
                glass, (gx, gy), (gx + cell, gy + cell), tone(rng.choice(palette), rng.randrange(-20, 40)), -1
            )
    lead = (30, 30, 35)
    t = max(1, ww // 60)
    for gy in range(0, h, cell):
        cv2.line(glass, (x1, gy), (x1 + ww, gy), lead, t)
    for gx in range(x1, x1 + ww, cell):
        cv2.line(glass, (gx, 0), (gx, h), lead, t)
        cv2.line(glass, (gx, 0), (gx + h, h), lead, t)
    rose = (x1 + ww // 2, y1)
    rr = max(3, min(ww * 2 // 5, (y2 - y1) // 3))
    petals = rng.choice((6, 8, 12))
    for k in range(petals):
        cv2.ellipse(glass, rose, (rr, rr), 0, k * 360 / petals, (k + 1) * 360 / petals, palette[k % 2], -1)
        a = math.radians(k * 360 / petals)
        cv2.line(glass, rose, (rose[0] + round(rr * math.cos(a)), rose[1] + round(rr * math.sin(a))), lead, t)
    cv2.circle(glass, rose, rr, lead, t + 1, cv2.LINE_AA)
    cv2.circle(glass, rose, max(2, rr // 4), palette[2], -1, cv2.LINE_AA)
    edge = cv2.erode(shape, np.ones((max(3, ww // 14),) * 2, np.uint8))
    glass[(shape > 0) & (edge == 0)] = tone(palette[2], 20)
    rim = cv2.dilate(shape, np.ones((max(3, ww // 20),) * 2, np.uint8))
    img[(rim > 0) & (shape == 0)] = tone(stone, 30)
    img[shape > 0] = glass[shape > 0]
    return img


def old_letters(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bundle of old letters on a wooden table: three to five envelopes of yellowed paper lying
    askew on each other, each flap's V, an address in handwriting, a stamp of one colour with a
    perforated edge and a number, a postmark's rings and wavy cancelling lines, twine tied round
    the pile."""
    wood = rng.choice(((60, 90, 130), (40, 60, 90), (90, 120, 160)))
    img = np.full((h, w, 3), wood, np.uint8)
    for y in range(0, h, max(3, h // 24)):
        cv2.line(img, (0, y + rng.randrange(3)), (w, y), tone(wood, rng.randrange(-20, 10)), 1)
    ew, eh = round(w * rng.uniform(0.55, 0.7)), round(h * rng.uniform(0.38, 0.48))
    for _ in range(rng.randrange(3, 6)):
        paper = tone(rng.choice((PARCHMENT, (190, 220, 235), (220, 230, 235))), rng.randrange(-25, 5))
        env = np.full((eh, ew, 3), paper, np.uint8)
        cv2.polylines(
            env,
            [np.array([(0, 0), (ew // 2, eh // 2), (ew, 0)], np.int32)],
            False,
            tone(paper, -40),
            max(1, eh // 60),
        )
        for j in range(3):
            handwriting(
                env,
                rng,
                ew // 3,
                eh * 3 // 5 + j * max(4, eh // 9),
                round(ew * rng.uniform(0.3, 0.5)),
                UMBER,
                max(1, eh // 100),
            )
        sx, sy, ss = ew - ew // 5, eh // 10, max(6, ew // 8)
        stamp = rng.choice(((60, 60, 170), (130, 80, 30), (50, 130, 60), (120, 50, 110)))
        cv2.rectangle(env, (sx, sy), (sx + ss, sy + round(ss * 1.2)), WHITE, -1)
        cv2.rectangle(env, (sx + 2, sy + 2), (sx + ss - 2, sy + round(ss * 1.2) - 2), stamp, -1)
        for p in range(sx, sx + ss, max(2, ss // 6)):
            cv2.circle(env, (p, sy), max(1, ss // 20), wood, -1)
        note(env, str(rng.randrange(1, 9)), (sx + ss // 4, sy + ss), ss / 40, WHITE)
        pc = (sx - ss // 3, sy + ss // 2)
        for r in (ss // 2, ss // 3):
            cv2.circle(env, pc, max(2, r), (70, 70, 80), max(1, ss // 25), cv2.LINE_AA)
        for j in range(3):
            pts = [
                (pc[0] - ss * 2 + i * ss // 4, pc[1] - ss // 4 + j * ss // 4 + round(ss / 10 * math.sin(i)))
                for i in range(8)
            ]
            cv2.polylines(env, [np.array(pts, np.int32)], False, (70, 70, 80), 1, cv2.LINE_AA)
        out, _faces, where = H11.turned(env, [], rng.uniform(-14, 14))
        oh, ow = out.shape[:2]
        x, y = (
            (w - ow) // 2 + rng.randrange(-w // 14, w // 14 + 1),
            (h - oh) // 2 + rng.randrange(-h // 14, h // 14 + 1),
        )
        blit(img, out, x, y, where)
    tw = (170, 200, 215)
    cx = w // 2 + rng.randrange(-w // 10, w // 10 + 1)
    cv2.line(img, (cx, 0), (cx + rng.randrange(-w // 10, w // 10 + 1), h), tw, max(2, w // 120), cv2.LINE_AA)
    cv2.line(
        img,
        (0, h // 2 + rng.randrange(-h // 10, h // 10 + 1)),
        (w, h // 2),
        tw,
        max(2, w // 120),
        cv2.LINE_AA,
    )
    return img


def prayer_beads(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A string of prayer beads (a rosary, a tasbih, a mala) lying in a loop on cloth with soft
    folds: shaded beads of wood, glass or stone along a wavering closed curve, a larger bead every
    tenth or so, a tassel or a small cross hanging from its foot."""
    cloth = rng.choice(((150, 60, 50), (60, 60, 130), (200, 210, 215), (70, 110, 80)))
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone(cloth, 20), tone(cloth, -25), vertical=rng.random() < 0.5)
    for _ in range(rng.randrange(2, 5)):
        a, b = (rng.randrange(w), 0), (rng.randrange(w), h)
        cv2.line(img, a, b, tone(cloth, -18), max(2, w // 30), cv2.LINE_AA)
    img[:] = cv2.GaussianBlur(img, (0, 0), max(1.0, w / 80))
    bead = rng.choice(((40, 70, 120), (200, 200, 210), (60, 40, 30), (150, 120, 200), (90, 160, 60)))
    c = (w / 2 + rng.uniform(-0.05, 0.05) * w, h * rng.uniform(0.4, 0.48))
    rx, ry = w * rng.uniform(0.28, 0.38), h * rng.uniform(0.24, 0.32)
    r = max(2, round(min(w, h) / rng.uniform(26, 36)))
    n = max(12, round(math.pi * (rx + ry) / (2.1 * r)))
    wob = [rng.uniform(0, 2 * math.pi) for _ in range(3)]
    foot = (round(c[0]), round(c[1] + ry))
    for k in range(n):
        t = 2 * math.pi * k / n
        k1 = 1 + 0.08 * math.sin(3 * t + wob[0]) + 0.05 * math.sin(5 * t + wob[1])
        p = (round(c[0] + rx * k1 * math.cos(t)), round(c[1] + ry * k1 * math.sin(t)))
        big = k % 10 == 0
        H11.ball(img, p, round(r * (1.4 if big else 1.0)), tone(bead, 25 if big else 0), 0.6)
    pend = (foot[0], foot[1] + round(h * 0.12))
    cv2.line(img, foot, pend, tone(bead, -30), max(1, r // 3), cv2.LINE_AA)
    if rng.random() < 0.5:
        cv2.line(img, (pend[0], pend[1] - r), (pend[0], pend[1] + 3 * r), GOLD, max(2, r // 2))
        cv2.line(img, (pend[0] - r * 3 // 2, pend[1]), (pend[0] + r * 3 // 2, pend[1]), GOLD, max(2, r // 2))
    else:
        for k in range(-4, 5):
            cv2.line(img, pend, (pend[0] + k * r // 2, pend[1] + 4 * r), tone(bead, 10), 1, cv2.LINE_AA)
    return img


def oak_tree(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lone old oak in a meadow (a family tree's emblem): a pale sky, the meadow's green to the
    horizon, a thick trunk forking into branches, a broad canopy of overlapping clumps of leaves
    in three greens, its shadow on the grass."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.7, 0.82))
    gradient(img, (0, 0, w, horizon), (240, 220, 190), (235, 235, 225))
    gradient(img, (0, horizon, w, h), (90, 170, 120), (60, 130, 80))
    speckle(img, rng, (0, horizon, w, h), w * (h - horizon) // 5, 25)
    cx = w // 2 + rng.randrange(-w // 10, w // 10 + 1)
    foot = horizon + (h - horizon) // 3
    cv2.ellipse(img, (cx, foot), (w // 3, max(2, h // 30)), 0, 0, 360, (45, 100, 60), -1, cv2.LINE_AA)
    bark = rng.choice(((40, 60, 80), (50, 70, 90), (35, 45, 60)))
    tw = max(3, w // 16)
    crown = round(h * rng.uniform(0.3, 0.42))
    cv2.fillPoly(
        img,
        [
            np.array(
                [(cx - tw, foot), (cx + tw, foot), (cx + tw // 2, crown), (cx - tw // 2, crown)], np.int32
            )
        ],
        bark,
    )
    for _ in range(rng.randrange(3, 6)):
        a = math.radians(rng.uniform(-150, -30))
        ln = h * rng.uniform(0.15, 0.25)
        cv2.line(
            img,
            (cx, crown + h // 10),
            (round(cx + ln * math.cos(a)), round(crown + ln * math.sin(a))),
            bark,
            max(2, tw // 2),
            cv2.LINE_AA,
        )
    greens = ((40, 110, 50), (50, 140, 70), (70, 160, 100))
    rx, ry = w * rng.uniform(0.3, 0.42), h * rng.uniform(0.2, 0.28)
    cy = crown - ry * 0.35
    for k in range(rng.randrange(40, 70)):
        a, d = rng.uniform(0, 2 * math.pi), rng.random() ** 0.5
        p = (round(cx + rx * d * math.cos(a)), round(cy + ry * d * math.sin(a)))
        cv2.circle(
            img,
            p,
            max(3, round(min(w, h) * rng.uniform(0.05, 0.1))),
            greens[min(2, k * 3 // 50)],
            -1,
            cv2.LINE_AA,
        )
    return img


def steamship(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An emigrant steamship at sea in an old photograph's sepia or grey: a hazy sky, the sea's
    rows of waves, the long dark hull with a white line and portholes, decks of white
    superstructure, one to four tall funnels with a band at their tops and smoke trailing off,
    masts with rigging lines."""
    img = np.zeros((h, w, 3), np.uint8)
    sea = round(h * rng.uniform(0.6, 0.72))
    gradient(img, (0, 0, w, sea), (225, 225, 225), (190, 190, 190))
    gradient(img, (0, sea, w, h), (120, 120, 120), (70, 70, 70))
    for y in range(sea + 2, h, max(3, h // 40)):
        for x in range(rng.randrange(8), w, max(6, w // 25)):
            cv2.ellipse(img, (x, y), (max(2, w // 60), 1), 0, 180, 360, (150, 150, 150), 1)
    hull_l, hull_r = round(w * rng.uniform(0.08, 0.16)), round(w * rng.uniform(0.84, 0.92))
    hh = max(4, round(h * rng.uniform(0.1, 0.14)))
    waterline = sea + max(2, h // 40)
    hull = [
        (hull_l, waterline - hh),
        (hull_r + hh // 2, waterline - hh),
        (hull_r, waterline),
        (hull_l + hh // 3, waterline),
    ]
    cv2.fillPoly(img, [np.array(hull, np.int32)], (40, 40, 40))
    cv2.line(
        img,
        (hull_l, waterline - hh + max(2, hh // 5)),
        (hull_r + hh // 3, waterline - hh + max(2, hh // 5)),
        (230, 230, 230),
        max(1, hh // 10),
    )
    for x in range(hull_l + hh // 2, hull_r, max(4, (hull_r - hull_l) // 24)):
        cv2.circle(img, (x, waterline - hh // 2), max(1, hh // 10), (200, 200, 200), -1)
    deck = waterline - hh
    sup = [(round(hull_l + (hull_r - hull_l) * a), round(hh * b)) for a, b in ((0.25, 0.7), (0.3, 0.55))]
    cv2.rectangle(
        img, (sup[0][0], deck - sup[0][1]), (hull_r - (hull_r - hull_l) // 5, deck), (235, 235, 235), -1
    )
    cv2.rectangle(
        img,
        (sup[1][0], deck - sup[0][1] - sup[1][1]),
        (hull_r - (hull_r - hull_l) // 3, deck - sup[0][1]),
        (220, 220, 220),
        -1,
    )
    top = deck - sup[0][1] - sup[1][1]
    n = rng.randrange(1, 5)
    fw = max(3, (hull_r - hull_l) // 18)
    for k in range(n):
        fx = round(hull_l + (hull_r - hull_l) * (0.32 + 0.36 * (k + 0.5) / n))
        fh = round(h * rng.uniform(0.16, 0.22))
        cv2.rectangle(img, (fx - fw, top - fh), (fx + fw, top), (160, 160, 160), -1)
        cv2.rectangle(img, (fx - fw, top - fh), (fx + fw, top - fh + max(2, fh // 5)), (50, 50, 50), -1)
        for j in range(5):
            cv2.circle(
                img,
                (fx - j * fw * 2, top - fh - fw - j * fw // 2),
                fw + j * fw // 3,
                (205 - 4 * j, 205 - 4 * j, 205 - 4 * j),
                -1,
                cv2.LINE_AA,
            )
    for mx in (hull_l + (hull_r - hull_l) // 8, hull_r - (hull_r - hull_l) // 10):
        cv2.line(img, (mx, deck), (mx, deck - round(h * 0.32)), (60, 60, 60), max(1, w // 250))
        cv2.line(
            img, (mx, deck - round(h * 0.32)), ((hull_l + hull_r) // 2, top), (90, 90, 90), 1, cv2.LINE_AA
        )
    if rng.random() < 0.65:
        img[:] = (
            (img.astype(np.float32) * np.array((0.78, 0.92, 1.05), np.float32)).clip(0, 255).astype(np.uint8)
        )
    return img


def potluck_table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A community potluck's table from above: a checked or plain cloth, round bowls and
    rectangular dishes of food (rice, stew, salad, bread; speckled textures in their colours)
    with serving spoons laid across some, a basket of rolls, paper plates and napkins at the
    edge."""
    cloth = rng.choice(((235, 235, 240), (70, 70, 190), (200, 160, 90)))
    img = np.full((h, w, 3), cloth, np.uint8)
    if rng.random() < 0.5:
        sq = max(4, w // 14)
        for y in range(0, h, sq):
            for x in range((y // sq % 2) * sq, w, 2 * sq):
                cv2.rectangle(img, (x, y), (x + sq, y + sq), (240, 240, 245), -1)
    foods = (
        ((180, 220, 235), 25),
        ((30, 70, 140), 35),
        ((60, 170, 90), 50),
        ((80, 150, 210), 30),
        ((40, 110, 200), 40),
    )
    spots = [(x, y) for x in (0.2, 0.5, 0.8) for y in (0.28, 0.72)]
    rng.shuffle(spots)
    r = max(5, round(min(w / 7.5, h / 4.6)))
    for fx, fy in spots[: rng.randrange(4, 7)]:
        c = (round(w * fx + rng.uniform(-0.04, 0.04) * w), round(h * fy + rng.uniform(-0.05, 0.05) * h))
        food, grit = rng.choice(foods)
        if rng.random() < 0.55:
            cv2.circle(img, (c[0] + 3, c[1] + 4), r, tone(cloth, -45), -1, cv2.LINE_AA)
            cv2.circle(img, c, r, rng.choice((WHITE, (200, 210, 230), (150, 90, 60))), -1, cv2.LINE_AA)
            cv2.circle(img, c, r * 4 // 5, food, -1, cv2.LINE_AA)
            box = (c[0] - r, c[1] - r, c[0] + r, c[1] + r)
        else:
            a, b = round(r * 1.3), round(r * 0.85)
            cv2.rectangle(
                img, (c[0] - a + 3, c[1] - b + 4), (c[0] + a + 3, c[1] + b + 4), tone(cloth, -45), -1
            )
            rounded_card(img, c[0] - a, c[1] - b, 2 * a, 2 * b, max(2, r // 5), (230, 230, 235))
            cv2.rectangle(
                img, (c[0] - a * 4 // 5, c[1] - b * 3 // 4), (c[0] + a * 4 // 5, c[1] + b * 3 // 4), food, -1
            )
            box = (c[0] - a, c[1] - b, c[0] + a, c[1] + b)
        speckle(img, rng, (box[0] + r // 4, box[1] + r // 4, box[2] - r // 4, box[3] - r // 4), r * r, grit)
        if rng.random() < 0.5:
            s0 = (c[0] - r // 3, c[1] - r // 4)
            cv2.line(img, s0, (s0[0] + r * 3 // 2, s0[1] - r), (190, 190, 195), max(2, r // 8), cv2.LINE_AA)
            cv2.ellipse(
                img, s0, (max(2, r // 5), max(2, r // 7)), 30, 0, 360, (190, 190, 195), -1, cv2.LINE_AA
            )
    for k in range(rng.randrange(2, 5)):
        cv2.circle(
            img, (round(w * (0.1 + 0.08 * k)), h - max(4, h // 10)), max(4, r // 2), WHITE, -1, cv2.LINE_AA
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    family_bible,
    headstone,
    stained_glass,
    old_letters,
    prayer_beads,
    oak_tree,
    steamship,
    potluck_table,
)
ARCHIVE: tuple[H11.Render, ...] = (family_bible, old_letters, steamship)  # a family historian's records
SANCTUARY: tuple[H11.Render, ...] = (stained_glass, prayer_beads)  # a place of worship's pictures


@dataclass
class Cast(H47.Cast):
    """heldout47's cast (heldout46's, heldout45's, heldout43's, heldout41's, heldout40's,
    heldout26's and heldout11's: a scene of people or a thing; half of a face's box showing counts
    it), its screens marked h48-, whose drawn things are this set's: a family Bible's register, a
    headstone, a stained-glass window, a bundle of old letters, prayer beads, an oak in a meadow, an
    emigrant steamship, a potluck's table."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h48-" + super().kind(layout).removeprefix("h47-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def emblem(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, kind: str, back: Colour) -> None:
    """A faith's or a family tree's emblem about 2 r across on ``c`` (on ``back``): a cross, a
    crescent with a star, a six-pointed star of two triangles' outlines, or a tree (a trunk under a
    round crown)."""
    t = max(2, r // 5)
    if kind == "cross":
        cv2.line(img, (c[0], c[1] - r), (c[0], c[1] + r), colour, t)
        cv2.line(img, (c[0] - r * 2 // 3, c[1] - r // 3), (c[0] + r * 2 // 3, c[1] - r // 3), colour, t)
    elif kind == "crescent":
        cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
        cv2.circle(img, (c[0] + r // 3, c[1] - r // 6), r * 4 // 5, back, -1, cv2.LINE_AA)
        H47.sparkle(img, (c[0] + r * 3 // 4, c[1] - r // 4), max(2, r // 3), colour)
    elif kind == "star":
        for turn in (-90, 90):
            pts = [
                (
                    c[0] + round(r * math.cos(math.radians(turn + k * 120))),
                    c[1] + round(r * math.sin(math.radians(turn + k * 120))),
                )
                for k in range(3)
            ]
            cv2.polylines(img, [np.array(pts, np.int32)], True, colour, t, cv2.LINE_AA)
    else:
        cv2.line(img, (c[0], c[1] + r), (c[0], c[1]), colour, t)
        cv2.circle(img, (c[0], c[1] - r // 4), r * 3 // 4, colour, -1, cv2.LINE_AA)


def number_disc(img: np.ndarray, c: tuple[int, int], r: int, n: int, back: Colour) -> None:
    """A numbered tag on a photo (who is who): a disc of ``back`` in a white rim with ``n`` in
    white (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 6), WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    text = str(n)
    scale = r / 22
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, 2)
    cv2.putText(
        img, text, (c[0] - tw // 2, c[1] + th // 2), cv2.FONT_HERSHEY_SIMPLEX, scale, WHITE, 2, cv2.LINE_AA
    )


def mourning_band(img: np.ndarray, rect: tuple[int, int, int, int], t: int) -> None:
    """A black mourning band across the top right corner of a portrait in ``rect``, ``t`` px wide
    (it takes the pixels it covers)."""
    x1, y1, x2, _y2 = rect
    a = min(x2 - x1, 400) * 0.32
    pts = [(x2 - a - t, y1), (x2 - a, y1), (x2, y1 + a), (x2, y1 + a + t)]
    cv2.fillPoly(img, [np.array(pts, np.int32)], (20, 20, 20), cv2.LINE_AA)


def slider_handle(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A before-and-after slider's handle: a white disc with a soft shadow and two arrowheads
    pointing apart (it takes the pixels it covers)."""
    cv2.circle(img, (c[0] + 2, c[1] + 3), r, (50, 50, 50), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    k = r // 2
    for d in (-1, 1):
        tip = (c[0] + d * (k + r // 5), c[1])
        pts = [tip, (tip[0] - d * k, c[1] - k), (tip[0] - d * k, c[1] + k)]
        cv2.fillPoly(img, [np.array(pts, np.int32)], INK, cv2.LINE_AA)


def flower(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A five-petalled flower's glyph (sent flowers) of radius ``r`` on ``c``."""
    for k in range(5):
        a = math.radians(k * 72 - 90)
        cv2.circle(
            img,
            (c[0] + round(r * 0.55 * math.cos(a)), c[1] + round(r * 0.55 * math.sin(a))),
            max(2, r * 2 // 5),
            colour,
            -1,
            cv2.LINE_AA,
        )
    cv2.circle(img, c, max(2, r // 4), GOLD, -1, cv2.LINE_AA)


def aged_avatar(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    x: int,
    y: int,
    fp: float,
    side: int,
    shape: str,
    share: float = 1.0,
    edge: Colour | None = None,
) -> None:
    """An ancestor's avatar: ``fp`` px in an avatar of ``shape`` (in an edge of ``edge``), on
    ``share`` of them made an old print inside its shape (heldout44's ``aged``: grey or sepia,
    flatter, specks); its face keeps counting as it looks."""
    cast.avatar(s, x, y, fp, side, shape, edge)
    if rng.random() < share:
        H44.aged(s, rng, (x, y, x + side, y + side), mask(side, shape))


# ----------------------------------------------------------------------------------------------
# Small parts: a fan chart, a restorer's slider, old prints, rows, cards and grids, people in them
# or things.
# ----------------------------------------------------------------------------------------------

# a fan chart's rings: the hub's radius, then each generation's outer one; the faces in each
FAN_EDGES = (92, 196, 300, 404, 520)
FAN_SIZES = ((44, 64), (28, 38), (22, 30), (19, 24), (18.3, 21))


def fan_chart(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A family tree's fan chart: whose tree it is at the hub (a round 44-64 px face in a ring of
    the accent, the name under it), three generations of ancestors (four on 20 %) in half rings of
    wedges above it, the father's side in blue and the mother's in rose, each ancestor a round face
    in the middle of their wedge (parents 28-38 px with their birth years, grandparents 22-30,
    great-grandparents 19-24, their parents 18-21; ``FAN_SIZES``), the grandparents' photos made old
    prints in grey or sepia on 70 % and the older ones' on all, initials on some and, from the
    great-grandparents out, unknown ancestors on 30 % (a dashed ring with "?"). Returns its height
    with the gap under it."""
    img = s.img
    gens = 4 if rng.random() < 0.2 else 3
    edges = FAN_EDGES[: gens + 1]
    c = (WIDTH // 2, y + edges[-1] + 10)
    for g in range(gens, 0, -1):
        n = 2**g
        for j in range(n):
            base = PATERNAL if j < n // 2 else MATERNAL
            a1, a2 = 180 + 180 * j / n, 180 + 180 * (j + 1) / n
            cv2.ellipse(
                img, c, (edges[g], edges[g]), 0, a1, a2, tone(base, 6 * (j % 2) - 10 * g), -1, cv2.LINE_AA
            )
    for g in range(1, gens + 1):
        cv2.ellipse(img, c, (edges[g], edges[g]), 0, 180, 360, s.bg, 3, cv2.LINE_AA)
        for j in range(2**g + 1):
            a = math.radians(180 + 180 * j / 2**g)
            p, q = (
                (edges[g - 1] * math.cos(a), edges[g - 1] * math.sin(a)),
                (edges[g] * math.cos(a), edges[g] * math.sin(a)),
            )
            cv2.line(
                img,
                (c[0] + round(p[0]), c[1] + round(p[1])),
                (c[0] + round(q[0]), c[1] + round(q[1])),
                s.bg,
                3,
            )
    cv2.circle(img, c, edges[0], s.bg, -1, cv2.LINE_AA)
    for g in range(1, gens + 1):
        n = 2**g
        lo, hi = FAN_SIZES[g]
        fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.12, 1.22))
        mid = (edges[g - 1] + edges[g]) / 2
        for j in range(n):
            a = math.radians(180 + 180 * (j + 0.5) / n)
            p = (c[0] + round(mid * math.cos(a)), c[1] + round(mid * math.sin(a)) - (12 if g == 1 else 0))
            x, t = p[0] - side // 2, p[1] - side // 2
            pick = rng.random()
            unknown = 0.3 if g >= 3 else 0.0
            if pick < unknown:
                dashed_ring(img, p, side // 2, GREY)
                note(img, "?", (p[0] - 6, p[1] + 7), 0.55, GREY, 2)
            elif pick < unknown + 0.08:
                H3.initials(img, rng, x, t, side, "circle", None)
            else:
                aged_avatar(cast, rng, s, x, t, fp, side, "circle", 0.3 + 0.2 * g if g >= 2 else 0.0)
            if g == 1:
                note(img, str(rng.randrange(1930, 1975)), (p[0] - 24, t + side + 24), 0.5, INK)
    lo, hi = FAN_SIZES[0]
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.1, 1.2))
    ring_avatar(cast, s, c[0] - side // 2, c[1] - side // 2 - 34, fp, side, s.accent)
    text = f"{who(rng)} {rng.choice(FAMILIES)}"
    (tw, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.65, 2)
    note(img, text, (c[0] - tw // 2, c[1] + 44), 0.65, s.fg, 2)
    return edges[-1] + 80


def change_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A change in a family tree: who made it (a 22-28 px face, initials on a fifth), what they did
    and to whom, when; at the right a photo they added on 20 % (people of 20-30 px, made an old
    print) or a record on 25 % (a drawn register, letters or a ship). Returns its height (104 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "circle", 0.2)
    x = 50 + sd
    note(img, f"{who(rng)} - {rng.randrange(1, 23)}h", (x, y + 42), 0.58, s.fg, 2)
    action = rng.choice(("added a photo of", "linked a census to", "corrected the dates of", "added"))
    note(img, f"{action} {who(rng)} {rng.choice(FAMILIES)}", (x, y + 76), 0.5, GREY)
    pick = rng.random()
    rect = (WIDTH - 130, y + 12, WIDTH - 40, y + 92)
    m = rounded_rect(80, 90, 10)
    if pick < 0.2:
        cast.photo(s, rect[0], rect[1], 90, 80, small(rng, 20, 30), m)
        H44.aged(s, rng, rect, m)
    elif pick < 0.45:
        blit(img, H11.render(rng, 90, 80, ARCHIVE), rect[0], rect[1], m)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def restore_view(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A photo restorer's before-and-after view across the screen: one old photo (heldout11's studio
    ``portrait`` of one person, the face 110-280 px; on 35 % two or three people standing side by
    side, 90-170 px), left of the slider an old print's sepia or grey with its scratches, dust and
    dark rim (heldout14's ``old_print``), right of it restored; the slider's white line and its
    handle (over a face on some), "BEFORE" and "AFTER" tags at the top corners, the corners rounded.
    Returns its height with the gap under it."""
    w, h = WIDTH - 40, rng.randrange(640, 780)
    if rng.random() < 0.65:
        piece, faces = H11.portrait(cast, w, h, rng.uniform(110, 280))
    else:
        fp = rng.uniform(90, 170)
        piece, faces = H11.gathering(
            cast, w, h, fp * 0.95, fp, 1, rng.randrange(2, 4), (1.6, 2.2), rng.uniform(0.05, 0.3)
        )
    H11.paste_photo(cast, s, piece, faces, 20, y)
    cut = 20 + round(w * rng.uniform(0.4, 0.6))
    H10.redrawn(s, (20, y, cut, y + h), H14.old_print(rng))
    cv2.line(s.img, (cut, y), (cut, y + h), WHITE, 4)
    slider_handle(s.img, (cut, y + h // 2 + rng.randrange(-h // 5, h // 5 + 1)), 30)
    tag(s.img, 44, y + 24, "BEFORE", (40, 40, 40), 36)
    tag(s.img, WIDTH - 160, y + 24, "AFTER", s.accent, 36)
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def person_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The ancestor a photo is attached to: a card with their face (36-52 px in a rounded square, an
    old print's grey or sepia on 70 %), the name, the years and how they are related to you, "View
    in tree". Returns its height with the gap under it (150 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 134, 20, card)
    fp, side = _size(rng, 36, small(rng, 36.5, 52), (1.12, 1.25))
    aged_avatar(cast, rng, s, 44, y + (134 - side) // 2, fp, side, "rounded", 0.7)
    x = 70 + side
    born = rng.randrange(1840, 1930)
    note(img, f"{who(rng)} {rng.choice(FAMILIES)}", (x, y + 52), 0.65, s.fg, 2)
    note(
        img, f"{born} - {born + rng.randrange(30, 95)} - your {rng.choice(RELATIONS)}", (x, y + 92), 0.5, GREY
    )
    note(img, "View in tree", (WIDTH - 220, y + 76), 0.55, s.accent, 2)
    return 150


def print_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """An old print waiting in a restorer's queue, in the w x h cell at (x, y): a snapshot (on 40 %
    people of 18-44 px, else a thing) made an old print (heldout10's ``printed``: grey or sepia,
    specks) in a white paper border, turned up to 4 degrees and centred in its cell; a "Restore"
    pill over its foot."""
    b = 8
    pw, ph = w - 2 * b - 22, h - 2 * b - 30
    piece, faces = H11.snapshot(cast, pw, ph, 18.3, 44, 0.4)
    framed = np.full((ph + 2 * b, pw + 2 * b, 3), (235, 238, 240), np.uint8)
    framed[b:-b, b:-b] = H10.printed(rng)(piece)
    moved = [(a + b, c + b, e + b, d + b) for a, c, e, d in faces]
    out, moved, where = H11.turned(framed, moved, rng.uniform(-4, 4))
    oh, ow = out.shape[:2]
    H11.paste_photo(cast, s, out, moved, x + (w - ow) // 2, y + (h - oh) // 2, where)
    pill(s.img, x + w // 2 - 64, y + h - 46, 128, 38, s.accent)
    note(s.img, "Restore", (x + w // 2 - 42, y + h - 20), 0.5, WHITE, 2)


def tagged_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> tuple[int, int]:
    """An old family photo being identified: heldout11's ``gathering`` of two rows, three to six
    people in front (faces 34-60 px, 1.6-2.0 faces apart) and the row behind at 0.6-0.8 of their
    size, the photo as wide as they stand (420 px or more), made an old print (heldout14's
    ``old_print``) on a mount of card, turned up to 2.5 degrees; numbered tags on three to six of
    its people (``number_disc``), most on their chests under the face and a quarter over the face's
    lower right corner. Returns its height with the gap under it and the number of tags."""
    per_row, fp = rng.randrange(3, 7), rng.uniform(34, 60)
    w = max(420, round(per_row * fp * 1.8 + fp * 1.2))
    h = max(round(fp * 4), round(w * 0.6))
    piece, faces = H11.gathering(cast, w, h, fp * rng.uniform(0.6, 0.8), fp, 2, per_row, (1.6, 2.0))
    h = piece.shape[0]
    b = 16
    mount = np.full(
        (h + 2 * b, w + 2 * b, 3), rng.choice(((225, 235, 240), (60, 70, 80), (190, 205, 215))), np.uint8
    )
    mount[b:-b, b:-b] = H14.old_print(rng)(piece)
    out, moved, where = H11.turned(
        mount, [(a + b, t + b, e + b, d + b) for a, t, e, d in faces], rng.uniform(-2.5, 2.5)
    )
    ox = (WIDTH - out.shape[1]) // 2
    H11.paste_photo(cast, s, out, moved, ox, y, where)
    n = rng.randrange(3, 7)
    spots = rng.sample(moved, min(n, len(moved))) if moved else []
    spots += [
        (u - 20, v - 20, u + 20, v + 20)
        for u, v in ((rng.uniform(60, w - 60), rng.uniform(h * 0.4, h - 40)) for _ in range(n - len(spots)))
    ]
    spots.sort(key=lambda box: box[0])
    for k, (a, _top, e, d) in enumerate(spots):
        size = e - a
        at = (e - size * 0.12, d - size * 0.12) if rng.random() < 0.25 else ((a + e) / 2, d + size * 0.75)
        number_disc(s.img, (ox + round(at[0]), y + round(min(at[1], out.shape[0] - 20))), 15, k + 1, s.accent)
    return out.shape[0] + 30, n


def source_card(s: Screen, rng: random.Random, y: int) -> int:
    """Where an old photo came from: a card with a drawn record (a family Bible's register, a
    bundle of letters), who scanned it and from which album and page, "Add a story". Returns its
    height with the gap under it (220 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 200, 20, card)
    blit(img, H11.render(rng, 200, 160, (family_bible, old_letters)), 40, y + 20, rounded_rect(160, 200, 14))
    note(img, f"Scanned by {who(rng)}", (270, y + 60), 0.62, s.fg, 2)
    note(img, f"Album {rng.randrange(1, 9)}, page {rng.randrange(2, 60)}", (270, y + 100), 0.52, GREY)
    note(img, "Add a story", (270, y + 160), 0.55, s.accent, 2)
    return 220


def tag_row(cast: Cast, rng: random.Random, s: Screen, y: int, n: int) -> int:
    """Who tag ``n`` of an old photo is: the tag's number disc, the relative it was matched to in the
    tree (a 22-30 px face in a rounded square, an old print's grey or sepia on half) or on 25 %
    "Unknown" (a dashed ring with "?"), the name and relation, "Confirm" or "Suggest". Returns its
    height (96 px)."""
    img = s.img
    number_disc(img, (48, y + 46), 16, n, s.accent)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.22))
    x, t = 84, y + 46 - side // 2
    unknown = rng.random() < 0.25
    if unknown:
        dashed_ring(img, (x + side // 2, y + 46), side // 2, GREY)
        note(img, "?", (x + side // 2 - 6, y + 53), 0.55, GREY, 2)
        note(img, "Unknown", (x + side + 24, y + 42), 0.6, s.fg, 2)
        note(img, "Do you know who this is?", (x + side + 24, y + 74), 0.45, GREY)
    else:
        aged_avatar(cast, rng, s, x, t, fp, side, "rounded", 0.5)
        note(img, f"{who(rng)} {rng.choice(FAMILIES)}", (x + side + 24, y + 42), 0.6, s.fg, 2)
        note(img, f"your {rng.choice(RELATIONS)}", (x + side + 24, y + 74), 0.45, GREY)
    outlined(img, WIDTH - 210, y + 24, 170, 46, s.accent, s.bg)
    note(img, "Suggest" if unknown else "Confirm", (WIDTH - 174, y + 55), 0.5, s.accent, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def household_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A household in a congregation's directory: a card with the family's photo at its left (on
    half people of 18-44 px cut by its edges, else a thing), the family's name and street, two to
    four members' round 18-24 px faces in a row with first names under them (initials on some), call
    and mail buttons. The card leaves the index rail at the right clear. Returns its height with the
    gap under it (286 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 90, 270, 20, card)
    cut_photo(cast, rng, s, 40, y + 20, 300, 230, 18.3, 44, rounded_rect(230, 300, 16), 0.5)
    x = 370
    note(img, f"The {rng.choice(FAMILIES)} family", (x, y + 54), 0.68, s.fg, 2)
    note(
        img,
        f"{rng.randrange(2, 90)} {rng.choice(('Church', 'Mill', 'Oak', 'Station'))} Road",
        (x, y + 88),
        0.48,
        GREY,
    )
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.12, 1.25))
    for k in range(rng.randrange(2, 5)):
        ax = x + k * (side + 44)
        if rng.random() < 0.12:
            H3.initials(img, rng, ax, y + 112, side, "circle", None)
        else:
            cast.avatar(s, ax, y + 112, fp, side, "circle")
        note(img, who(rng)[:6], (ax - 4, y + 136 + side), 0.42, s.fg)
    for k in range(2):
        c = (x + 24 + k * 70, y + 226)
        cv2.circle(img, c, 24, s.accent, -1, cv2.LINE_AA)
        cv2.rectangle(img, (c[0] - 10, c[1] - 7), (c[0] + 10, c[1] + 7), WHITE, 2 if k else -1)
    return 286


def index_rail(s: Screen, rng: random.Random, y1: int, y2: int) -> None:
    """A directory's A-Z rail down the right edge from ``y1`` to ``y2``: the letters small in grey,
    the one scrolled to in a disc of the accent."""
    letters = "ABCDEFGHIJKLMNOPRSTUVWYZ"
    step = (y2 - y1) / len(letters)
    lit = rng.randrange(len(letters))
    for k, ch in enumerate(letters):
        c = (WIDTH - 34, round(y1 + (k + 0.5) * step))
        if k == lit:
            cv2.circle(s.img, c, 16, s.accent, -1, cv2.LINE_AA)
        note(s.img, ch, (c[0] - 8, c[1] + 8), 0.5, WHITE if k == lit else GREY, 1)


def group_icon(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A group's icon: four members' photos in the quarters of a square ``side`` px wide (each face
    0.55-0.75 of its quarter, 18 px or more) with a seam of the page between them, its outer
    corners rounded."""
    q = (side - 3) // 2
    for k in range(4):
        qx, qy = x + (k % 2) * (q + 3), y + (k // 2) * (q + 3)
        cast.photo(s, qx, qy, q, q, max(18.3, q * rng.uniform(0.55, 0.75)))
    rounded_corners(s, (x, y, x + 2 * q + 3, y + 2 * q + 3), max(4, side // 5))
    cv2.line(s.img, (x + q + 1, y), (x + q + 1, y + 2 * q + 3), s.bg, 3)
    cv2.line(s.img, (x, y + q + 1), (x + 2 * q + 3, y + q + 1), s.bg, 3)


NAME_INKS: tuple[Colour, ...] = ((60, 120, 220), (160, 80, 40), (40, 150, 60), (150, 60, 150), (30, 140, 200))


def chat_message(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A message in a prayer group's chat: one's own on 30 % (a bubble in the accent at the right),
    else another member's (their 20-26 px face at its top left, initials on some, the name in a
    colour, one to three lines; in the bubble a photo on 18 % (people of 18-60 px cut by its edges,
    or a thing) or a prayer request's card on 12 % (the person prayed for, a 40-60 px face in a
    rounded square); "praying" under it on 30 %: a chip with a stack of 18-20 px faces and a
    count). Returns its height with the gap under it."""
    img = s.img
    lines = [words(rng, rng.randrange(3, 7)).lower() for _ in range(rng.randrange(1, 4))]
    tw = max(len(line) for line in lines) * 12 + 44
    if rng.random() < 0.3:
        bw = min(640, tw)
        x, bh = WIDTH - 30 - bw, 26 + 36 * len(lines)
        rounded_card(img, x, y, bw, bh, 22, s.accent)
        for k, line in enumerate(lines):
            note(img, line, (x + 22, y + 46 + 36 * k), 0.55, WHITE)
        return bh + 20
    pick = rng.random()
    photo, request = pick < 0.18, 0.18 <= pick < 0.3
    bubble = off(s.bg, 22)
    sd = face_or_initials(cast, rng, s, (24, y), (20, 26), "circle", 0.12)
    x = 36 + sd
    bw = min(720, max(tw, 520 if photo or request else 0))
    bh = 66 + 36 * len(lines) + (310 if photo else 0) + (124 if request else 0)
    rounded_card(img, x, y, bw, bh, 22, bubble)
    note(img, who(rng), (x + 22, y + 36), 0.52, rng.choice(NAME_INKS), 2)
    t = y + 52
    if request:
        rounded_card(img, x + 16, t, bw - 32, 110, 14, off(bubble, 16))
        fp, side = _size(rng, 40, small(rng, 40.5, 60), (1.1, 1.2))
        cast.avatar(s, x + 30, t + (110 - side) // 2, fp, side, "rounded")
        note(img, "PRAYER REQUEST", (x + 50 + side, t + 44), 0.45, RED, 2)
        note(
            img,
            f"for {who(rng)}'s {rng.choice(('surgery', 'recovery', 'exams', 'journey'))}",
            (x + 50 + side, t + 80),
            0.5,
            s.fg,
        )
        t += 124
    if photo:
        cut_photo(cast, rng, s, x + 12, t, bw - 24, 300, 18.3, 60, rounded_rect(300, bw - 24, 16), 0.85)
        t += 310
    for k, line in enumerate(lines):
        note(img, line, (x + 22, t + 30 + 36 * k), 0.55, s.fg)
    if rng.random() < 0.3:
        chip = off(s.bg, 40)
        pill(img, x + 20, y + bh - 14, 230, 44, chip)
        H47.sparkle(img, (x + 46, y + bh + 8), 12, GOLD)
        end = stack(cast, s, rng, x + 70, y + bh - 3, rng.randrange(2, 4), 18.3, 20, chip)
        note(img, f"{rng.randrange(3, 40)} praying", (end + 8, y + bh + 16), 0.45, s.fg)
        bh += 40
    return bh + 22


EVENTS: tuple[str, ...] = (
    "Harvest supper",
    "Community iftar",
    "Shabbat potluck",
    "Parish picnic",
    "Eid lunch",
)
DISHES: tuple[str, ...] = (
    "Main dishes",
    "Salads",
    "Desserts",
    "Bread",
    "Drinks",
    "Set-up crew",
    "Washing up",
)


def event_cover(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A congregation event's cover across the screen: its people in a hall (heldout11's
    ``gathering`` of two rows across the photo, front faces 22-36 px 3.6-4.6 faces apart, the row
    behind 11-15 px, drawn and not counted) before a softened picture; the date's block (the month
    in red, the day large) over its top left; a scrim over its foot with the event's name over the
    front row on some; the corners rounded. Returns its height with the gap under it."""
    w, h = WIDTH - 40, rng.randrange(500, 600)
    piece, faces = H11.gathering(
        cast, w, h, rng.uniform(11, 15), small(rng, 22, 36), 2, 0, (3.6, 4.6),
        rng.uniform(0.0, 0.15),
    )  # fmt: skip
    H11.paste_photo(cast, s, piece, faces, 20, y)
    H5.scrim(s, (20, y + h - 96, WIDTH - 20, y + h), 0.55)
    rounded_card(s.img, 44, y + 24, 100, 108, 14, WHITE)
    note(s.img, rng.choice(("MAR", "JUN", "SEP", "DEC")), (66, y + 58), 0.6, RED, 2)
    note(s.img, str(rng.randrange(1, 29)), (62, y + 114), 1.3, INK, 3)
    note(s.img, rng.choice(EVENTS), (48, y + h - 36), 0.95, WHITE, 2)
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def signup_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of a potluck's or a volunteers' sign-up sheet: what is needed and how many have signed
    up, the volunteers' round 22-28 px faces in a row (initials on some) and dashed rings for the
    places still open, "Sign up" at the right while any is. Returns its height (112 px)."""
    img = s.img
    need = rng.randrange(2, 5)
    have = rng.randrange(0, need + 1)
    note(img, rng.choice(DISHES), (30, y + 36), 0.6, s.fg, 2)
    note(img, f"{have} of {need}", (WIDTH - 190, y + 36), 0.5, GREY)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.12, 1.22))
    for k in range(need):
        x = 30 + k * (side + 18)
        if k >= have:
            dashed_ring(img, (x + side // 2, y + 54 + side // 2), side // 2, GREY)
        elif rng.random() < 0.12:
            H3.initials(img, rng, x, y + 54, side, "circle", None)
        else:
            cast.avatar(s, x, y + 54, fp, side, "circle")
    if have < need:
        outlined(img, WIDTH - 210, y + 52, 170, 44, s.accent, s.bg)
        note(img, "Sign up", (WIDTH - 170, y + 82), 0.5, s.accent, 2)
    cv2.line(img, (30, y + 110), (WIDTH - 30, y + 110), off(s.bg, 14), 1)
    return 112


def obituary_portrait(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An obituary's head: the portrait at the left (heldout11's studio ``portrait``, the face
    70-220 px; grey on 45 %, an old print's grey or sepia on 30 %) in a black frame with a mourning
    band across its top right corner; at its right the name in a serif face, the years, the age, the
    town and the faith's emblem. Returns its height with the gap under it."""
    img = s.img
    fp = rng.uniform(70, 220)
    pw = round(max(300, min(560, fp * 2.4)))
    ph = round(pw * 1.28)
    piece, faces = H11.portrait(cast, pw, ph, fp)
    pick = rng.random()
    if pick < 0.45:
        piece = H10.greyed(piece)
    elif pick < 0.75:
        piece = H10.printed(rng)(piece)
    cv2.rectangle(img, (24, y - 6), (36 + pw, y + ph + 6), INK, -1)
    H11.paste_photo(cast, s, piece, faces, 30, y)
    mourning_band(img, (24, y - 6, 36 + pw, y + ph + 6), max(16, pw // 12))
    x = 70 + pw
    born = rng.randrange(1925, 1960)
    died = rng.randrange(2018, 2025)
    for k, (text, scale, colour, t) in enumerate(
        (
            (who(rng), 1.0, s.fg, 2),
            (rng.choice(FAMILIES), 1.0, s.fg, 2),
            (f"{born} - {died}", 0.7, GREY, 1),
            (f"aged {died - born}", 0.6, GREY, 1),
            (rng.choice(("of Millbrook", "of Haven Bay", "of Eastfield")), 0.6, GREY, 1),
        )
    ):
        cv2.putText(img, text, (x, y + 60 + 50 * k), cv2.FONT_HERSHEY_TRIPLEX, scale, colour, t, cv2.LINE_AA)
    emblem(img, (x + 30, y + 340), 22, s.fg, rng.choice(("cross", "crescent", "star", "tree")), s.bg)
    return ph + 40


def service_card(s: Screen, rng: random.Random, y: int) -> int:
    """The funeral or memorial service: a card with a drawn picture (a stained-glass window or a
    headstone), the service, the day and time, the place, "Add to calendar". Returns its height
    with the gap under it (190 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 170, 20, card)
    blit(img, H11.render(rng, 140, 140, (stained_glass, headstone)), 36, y + 15, rounded_rect(140, 140, 14))
    note(
        img,
        rng.choice(("Funeral service", "Memorial service", "Janazah prayer", "Graveside service")),
        (200, y + 50),
        0.68,
        s.fg,
        2,
    )
    day = f"{rng.choice(('Fri', 'Sat', 'Mon'))} {rng.randrange(1, 29)}"
    note(img, f"{day} at {rng.randrange(9, 15)}:{rng.choice(('00', '30'))}", (200, y + 90), 0.52, GREY)
    note(img, rng.choice([f[0] for f in FAITHS]), (200, y + 126), 0.52, GREY)
    note(img, "Add to calendar", (WIDTH - 270, y + 150), 0.5, s.accent, 2)
    return 190


def condolence_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An entry in an obituary's guestbook: the 22-30 px face (initials on some), the name and
    when, one or two lines; "sent flowers" with a flower's glyph on 25 %; a shared memory on 15 %
    (people of 18-50 px cut by its edges, an old print on half, or a thing). Returns its height."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle", 0.12)
    x = 50 + sd
    note(img, f"{who(rng)} - {rng.randrange(1, 12)} days ago", (x, y + 38), 0.55, s.fg, 2)
    lines = rng.randrange(1, 3)
    for k in range(lines):
        note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 72 + 32 * k), 0.5, s.fg)
    h = 92 + 32 * lines
    if rng.random() < 0.25:
        flower(img, (WIDTH - 220, y + 30), 14, rng.choice((RED, WHITE, (200, 120, 240))))
        note(img, "sent flowers", (WIDTH - 196, y + 38), 0.45, GREY)
    if rng.random() < 0.15 and y + h + 240 < H - NAV_H - 120:
        rect = (x, y + h - 10, x + 400, y + h + 230)
        m = rounded_rect(240, 400, 14)
        cut_photo(cast, rng, s, x, y + h - 10, 400, 240, 18.3, 50, m, 0.85)
        if rng.random() < 0.5:
            H44.aged(s, rng, rect, m)
        h += 246
    cv2.line(img, (30, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


def reunion_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A family reunion's group photo across the screen: heldout11's ``gathering`` of two rows of
    relatives across it (three on 20 %), front faces 24-36 px 3.0-3.8 faces apart, the back row's
    11-14 px (drawn and not counted); a printed banner ("NOVAK FAMILY REUNION") held across the
    front row's chests, on a third low on their chins (hiding the lower part of their faces); the
    corners rounded. Returns its height with the gap under it."""
    w, hi = WIDTH - 40, small(rng, 24, 36)
    h = max(260, round(hi * rng.uniform(7.5, 10)))
    piece, faces = H11.gathering(
        cast, w, h, rng.uniform(11, 14), hi, 2 if rng.random() < 0.8 else 3, 0, (3.0, 3.8)
    )
    H11.paste_photo(cast, s, piece, faces, 20, y)
    front = h - 1.7 * hi  # the front row's faces' middle (heldout11's gathering)
    top = y + round(front + hi * (0.3 if rng.random() < 0.33 else 0.95))
    bw = round(w * rng.uniform(0.55, 0.8))
    bx = 20 + (w - bw) // 2
    foot = min(y + h - 4, top + round(hi * 1.1))
    cv2.rectangle(s.img, (bx, top), (bx + bw, foot), rng.choice((BURGUNDY, NAVY, OLIVE, (40, 120, 200))), -1)
    text = f"{rng.choice(FAMILIES).upper()} FAMILY REUNION"
    scale = max(0.4, (foot - top) / 50)
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, scale, 1)
    scale *= min(1.0, (bw - 20) / tw)
    cv2.putText(
        s.img,
        text,
        (bx + 10, foot - max(2, (foot - top - th) // 2)),
        cv2.FONT_HERSHEY_DUPLEX,
        scale,
        WHITE,
        1,
        cv2.LINE_AA,
    )
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def then_now(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A "then and now" pair in a reunion album: two photos side by side in a card (heldout20's
    ``cut_photo``: people of 30-130 px cut by their edges), the left made an old print (grey or
    sepia) with the year it was taken on a tag, the right as it is with this year's, an arrow's disc
    over their seam, the caption under them. Returns its height with the gap under it (420 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 400, 22, off(s.bg, 10))
    pw, ph = (WIDTH - 100) // 2, 300
    m = rounded_rect(ph, pw, 16)
    years = (rng.randrange(1955, 1990), rng.randrange(2019, 2025))
    for k in range(2):
        x = 40 + k * (pw + 20)
        cut_photo(cast, rng, s, x, y + 20, pw, ph, 30, 130, m, 1.0)
        if k == 0:
            H44.aged(s, rng, (x, y + 20, x + pw, y + 20 + ph), m)
        tag(img, x + 14, y + ph - 30, str(years[k]), (40, 40, 40), 34)
    c = (WIDTH // 2, y + 20 + ph // 2)
    cv2.circle(img, c, 28, s.accent, -1, cv2.LINE_AA)
    cv2.arrowedLine(img, (c[0] - 12, c[1]), (c[0] + 13, c[1]), WHITE, 4, cv2.LINE_AA, tipLength=0.5)
    note(img, f"{who(rng)} and {who(rng)}, then and now", (40, y + 370), 0.55, s.fg, 2)
    return 420


def reunion_details(s: Screen, rng: random.Random, y: int) -> int:
    """A reunion's details: a card with a drawn picture of the day (an oak in a meadow, a potluck's
    table), when, where and how many came, "Get directions". Returns its height with the gap under
    it (240 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 220, 22, card)
    blit(img, H11.render(rng, 260, 180, (oak_tree, potluck_table)), 40, y + 20, rounded_rect(180, 260, 16))
    note(
        img,
        f"Sat {rng.randrange(1, 29)} {rng.choice(('June', 'July', 'August'))}",
        (330, y + 60),
        0.7,
        s.fg,
        2,
    )
    note(
        img, rng.choice(("Riverside Park", "Grandma's farm", "St Brigid's hall")), (330, y + 100), 0.55, GREY
    )
    note(
        img, f"{rng.randrange(20, 140)} came from {rng.randrange(2, 9)} countries", (330, y + 136), 0.55, GREY
    )
    note(img, "Get directions", (330, y + 186), 0.55, s.accent, 2)
    return 240


def album_square(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A photo in a reunion album's grid at (x, y), ``side`` px square: heldout11's ``snapshot`` (on
    40 % a group photo or one to six people with faces 18-56 px, else a thing) as heldout47's
    ``filtered`` left it (grey, a print's grey or sepia, a wash, or as it was), the corners rounded,
    a heart's count at its foot on some."""
    piece, faces = H11.snapshot(cast, side, side, 18.3, 56, 0.4)
    H11.paste_photo(cast, s, H47.filtered(rng, piece), faces, x, y, rounded_rect(side, side, 14))
    if rng.random() < 0.4:
        tag(s.img, x + side - 90, y + side - 48, str(rng.randrange(1, 40)), (50, 50, 50), 32)
        heart(s.img, (x + side - 62, y + side - 32), 8, RED)


def group_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A small group on a congregation's page (a Bible study, a halaqa, a youth group, a choir): a
    card whose cover is a mosaic (at its left on 40 % a photo of people with 20-50 px faces cut by
    its edges, else a thing; two stacked at its right, each on a quarter people of 18-36 px, else a
    drawn window or prayer beads) with its outer corners rounded; the leader's round 28-40 px face
    in a story ring over the cover's lower left; the name, when and where; the members' stack (18-22
    px, "+N"), open places as dashed rings and "Join". Returns its height with the gap under it (490
    px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 470, 22, card)
    cw, ch = WIDTH - 80, 280
    lw = round(cw * 0.6)
    rw, rh = cw - lw - 8, (ch - 8) // 2
    cut_photo(cast, rng, s, 40, y + 20, lw, ch, 20, 50, None, 0.4)
    for k in range(2):
        ry = y + 20 + k * (rh + 8)
        if rng.random() < 0.25:
            cut_photo(cast, rng, s, 48 + lw, ry, rw, rh, 18.3, 36, None, 1.0)
        else:
            blit(img, H11.render(rng, rw, rh, SANCTUARY), 48 + lw, ry)
    cv2.rectangle(img, (40 + lw, y + 20), (47 + lw, y + 20 + ch), card, -1)
    cv2.rectangle(img, (48 + lw, y + 20 + rh), (40 + cw, y + 27 + rh), card, -1)
    rounded_corners(s, (40, y + 20, 40 + cw, y + 20 + ch), 18)
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.12, 1.22))
    lx, ly = 64, y + 20 + ch - side // 2
    cv2.circle(img, (lx + side // 2, ly + side // 2), side // 2 + 14, card, -1, cv2.LINE_AA)
    cast.avatar(s, lx, ly, fp, side, "ring")
    x = lx + side + 30
    note(
        img,
        rng.choice(("Tuesday Bible study", "Sisters' halaqa", "Youth group", "Choir", "Torah study")),
        (x, y + ch + 64),
        0.7,
        s.fg,
        2,
    )
    note(
        img,
        f"{rng.choice(('Tue', 'Thu', 'Sun'))} {rng.randrange(6, 9)} pm - Hall {rng.choice('ABC')}",
        (x, y + ch + 100),
        0.5,
        GREY,
    )
    end = stack(cast, s, rng, 44, y + ch + 128, rng.randrange(2, 4), 18.3, 22, card, rng.randrange(2, 30))
    for k in range(rng.randrange(0, 4)):
        dashed_ring(img, (end + 30 + k * 40, y + ch + 142), 15, GREY)
    pill(img, WIDTH - 200, y + ch + 118, 150, 50, s.accent)
    note(img, "Join", (WIDTH - 150, y + ch + 152), 0.6, WHITE, 2)
    return 490


def month_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A remembrance calendar's month: its name and arrows, the weekdays' initials, five weeks of
    day cells; on a fifth of the days those remembered (one or two round 18-24 px faces in white
    rims, the second over the first, an old print's grey or sepia on 70 %) at the cell's foot with a
    small lit candle; today ringed in the accent. Returns its height with the gap under it (710 px)."""
    img = s.img
    cw, ch = (WIDTH - 40) // 7, 118
    note(img, rng.choice(("March", "Nisan", "Ramadan", "October", "Tevet")), (30, y + 40), 0.8, s.fg, 2)
    for k, ch_ in enumerate("<>"):
        note(img, ch_, (WIDTH - 130 + 60 * k, y + 40), 0.8, s.accent, 2)
    for k, d in enumerate("SMTWTFS"):
        note(img, d, (20 + k * cw + cw // 2 - 8, y + 86), 0.5, GREY)
    start, days = rng.randrange(7), rng.choice((29, 30, 31))
    today = rng.randrange(1, days + 1)
    for d in range(1, days + 1):
        k = start + d - 1
        if k >= 35:
            break
        x, t = 20 + (k % 7) * cw, y + 100 + (k // 7) * ch
        cv2.rectangle(img, (x, t), (x + cw, t + ch), off(s.bg, 12), 1)
        if d == today:
            cv2.circle(img, (x + 26, t + 24), 20, s.accent, 2, cv2.LINE_AA)
        note(img, str(d), (x + 14 if d > 9 else x + 20, t + 32), 0.5, s.fg)
        if rng.random() < 0.2:
            fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.08, 1.18))
            for j in range(1 if rng.random() < 0.65 else 2):
                ax, ay = x + cw - side - 12 - j * (side * 2 // 3), t + ch - side - 12
                cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 3, WHITE, -1, cv2.LINE_AA)
                aged_avatar(cast, rng, s, ax, ay, fp, side, "circle", 0.7)
            small_candle(img, (x + 22, t + ch - 44), 12, True)
    return 710


def remembered_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Someone remembered this week: their portrait (a 26-36 px face in a rounded square with a thin
    gold edge, an old print's grey or sepia on 70 %), the name, the years and the day, who
    remembers them, a candle at the right, lit by those who have lit one. Returns its height (108
    px)."""
    img = s.img
    fp, side = _size(rng, 26, small(rng, 26.5, 36), (1.12, 1.25))
    t = y + (108 - side) // 2
    aged_avatar(cast, rng, s, 30, t, fp, side, "rounded", 0.7, GOLD)
    x = 60 + side
    born = rng.randrange(1900, 1960)
    note(img, f"{who(rng)} {rng.choice(FAMILIES)}", (x, y + 42), 0.58, s.fg, 2)
    day = rng.choice(("Thursday", "Friday", "Sunday"))
    kin = f"{who(rng)}'s {rng.choice(('father', 'mother', 'grandmother', 'uncle'))}"
    note(img, f"{born} - {min(2024, born + rng.randrange(40, 95))} - {day} - {kin}", (x, y + 76), 0.45, GREY)
    small_candle(img, (WIDTH - 70, y + 34), 20, rng.random() < 0.6)
    cv2.line(img, (30, y + 106), (WIDTH - 30, y + 106), off(s.bg, 14), 1)
    return 108


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def congregation(
    cast: Cast, rng: random.Random, name: str, kind: str, themes: tuple[str, ...], title: str
) -> tuple[Screen, int]:
    """heldout43's ``titled`` screen with one's 22-26 px face at the top right, a congregation's
    emblem and name under the title: the screen and the y under them."""
    s, y = titled(cast, rng, name, kind, themes, title, own=True)
    faith, mark = rng.choice(FAITHS)
    emblem(s.img, (46, y + 4), 14, s.accent, mark, s.bg)
    note(s.img, faith, (76, y + 14), 0.55, GREY)
    return s, y + 40


def tab_bar_over(s: Screen, rng: random.Random) -> Composite:
    """The tab bar over whatever runs under it and the navigation bar: the finished screen
    (heldout37's ``rows_to_tab_bar`` with no rows left to draw)."""
    return rows_to_tab_bar(s, rng, H, 0, lambda t: 0)


def family_tree(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family tree app's fan view: the title and one's 22-26 px face; the tree's name and size;
    the views' switch (fan, pedigree, list); the fan chart (``fan_chart``: the hub 44-64 px, parents
    28-38, then 22-30, 19-24 and 18-21 px, the older ones old prints); recent changes
    (``change_row``: 22-28 px, added photos of 20-30 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "tree", ("light", "light", "tinted", "dark"), "Family tree", own=True)
    img = s.img
    note(img, f"The {rng.choice(FAMILIES)} tree - {rng.randrange(40, 900)} people", (30, y), 0.55, GREY)
    y += 24
    lit = rng.randrange(3)
    for k, label in enumerate(("Fan", "Pedigree", "List")):
        x = 30 + k * 200
        pill(img, x, y, 184, 50, s.accent if k == lit else off(s.bg, 16))
        note(img, label, (x + 40, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 76
    y += fan_chart(cast, rng, s, y)
    y = section(s, y, "Recent changes", True)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: change_row(cast, rng, s, t))


def photo_restore(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family history app's photo restorer (mostly dark): the title; the before-and-after view
    (``restore_view``: one face of 110-280 px, or two or three of 90-170 px); the tools; the
    ancestor it is attached to (``person_card``: 36-52 px); more old prints to restore three a row
    (``print_tile``: 18-44 px on some, turned); the save button."""
    s, y = titled(cast, rng, name, "restore", ("dark", "dark", "tinted", "light"), "Photo restore")
    img = s.img
    y += restore_view(cast, rng, s, y)
    for k, label in enumerate(("Enhance", "Colourise", "Repair", "Crop")):
        x = 30 + k * 258
        pill(img, x, y, 240, 56, s.accent if k == 0 else off(s.bg, 18))
        note(img, label, (x + 50, y + 37), 0.55, WHITE if k == 0 else s.fg, 2)
    y += 76
    y += person_card(cast, rng, s, y)
    foot = H - NAV_H - 120
    if y + 200 < foot:
        y = section(s, y, "More to restore", True)
        cw = (WIDTH - 60 - 2 * 16) // 3
        while y + 200 < foot:
            for k in range(3):
                print_tile(cast, rng, s, 30 + k * (cw + 16), y, cw, 280)
            y += 296
    return finish_with_button(s, foot, "Save restored photo")


def who_is_who(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Identifying the people in an old family photo: the title and one's 22-26 px face; whose album
    it came from and when; the photo (``tagged_photo``: front faces 34-60 px, the row behind at
    0.6-0.8 of them, numbered tags on three to six); who each tag is (``tag_row``: 22-30 px, unknown
    ones dashed); where the photo came from (``source_card``, no faces) where there is room; the tab
    bar."""
    s, y = titled(cast, rng, name, "tagging", ("light", "tinted", "dark", "light"), "Who is who?", own=True)
    note(s.img, f"From {who(rng)}'s album - about {rng.randrange(1905, 1965)}", (30, y), 0.55, GREY)
    y += 24
    h, n = tagged_photo(cast, rng, s, y)
    y += h
    note(s.img, "Tap a face to add a tag", (30, y), 0.5, GREY)
    y += 14
    foot = H - NAV_H - 120
    for k in range(1, n + 1):
        if y + 96 > foot:
            break
        y += tag_row(cast, rng, s, y, k)
    if y + 260 < foot:
        source_card(s, rng, y + 20)
    return tab_bar_over(s, rng)


def member_directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A congregation's member directory: the title and one's 22-26 px face; the congregation under
    its emblem; the search field; the A-Z rail down the right edge; households under their letters
    (``household_card``: family photos of 18-44 px, members 18-24 px) down to the tab bar."""
    s, y = congregation(cast, rng, name, "directory", ("light", "light", "tinted", "dark"), "Directory")
    img = s.img
    pill(img, 30, y, WIDTH - 100, 60, off(s.bg, 14))
    note(img, "Search members", (70, y + 40), 0.55, GREY)
    y += 80
    index_rail(s, rng, y, H - NAV_H - 140)
    letters = iter(sorted(rng.sample("ABCDEFGHIKLMNOPRSTW", 6)))

    def row(t: int) -> int:
        note(img, next(letters, "Z"), (30, t + 36), 0.8, s.accent, 2)
        cv2.line(img, (70, t + 26), (WIDTH - 90, t + 26), off(s.bg, 20), 1)
        return 56 + household_card(cast, rng, s, t + 56)

    return rows_to_tab_bar(s, rng, y, 180, row)


def prayer_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A prayer group's chat (mostly dark): on a wallpaper of faint emblems, the header with the
    group's icon (``group_icon``: four members' 18-30 px faces) and the members' count; the pinned
    prayer list; messages (``chat_message``: 20-26 px faces, photos of 18-60 px, prayer requests'
    40-60 px faces, "praying" stacks of 18-20 px) down to the message field."""
    s = new_screen(rng, name, cast.kind("prayer"), ("dark", "dark", "light", "tinted"))
    img, top = s.img, STATUS_H
    faint = off(s.bg, 10)
    mark = rng.choice(("cross", "crescent", "star", "tree"))
    for k in range(60):
        emblem(
            img, (40 + (k % 6) * 190 + (k // 6 % 2) * 95, top + 200 + (k // 6) * 190), 16, faint, mark, s.bg
        )
    cv2.rectangle(img, (0, top), (WIDTH, top + 130), off(s.bg, 12), -1)
    cv2.polylines(img, [np.array([[44, top + 50], [30, top + 66], [44, top + 82]], np.int32)], False, s.fg, 4)
    side = rng.randrange(64, 84)
    group_icon(cast, rng, s, 70, top + 66 - side // 2, side)
    x = 90 + side
    group = rng.choice(("Tuesday prayer circle", "Mothers' prayer group", "Dua requests", "Men's fellowship"))
    note(img, group, (x, top + 58), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(8, 120)} members", (x, top + 94), 0.5, GREY)
    cv2.rectangle(img, (0, top + 130), (WIDTH, top + 200), off(s.bg, 20), -1)
    cv2.line(img, (30, top + 150), (44, top + 180), s.accent, 4)
    note(img, "Pinned: this week's prayer list", (64, top + 176), 0.55, s.fg)
    y = top + 230
    foot = H - NAV_H - 100
    while y + 200 < foot:
        y += chat_message(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return composer(s, foot + 18, "Message")


def congregation_event(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A congregation event's page: the cover (``event_cover``: front faces 22-36 px, the back down
    to 11-15 px); the host (a 28-40 px face in a rim); when and where; who is going (a stack of
    18-22 px, "+N"); the sign-up sheet (``signup_row``: 22-28 px, dashed open places) down to the
    tab bar."""
    s = new_screen(rng, name, cast.kind("event"), ("light", "tinted", "light", "dark"))
    img = s.img
    y = STATUS_H + 20
    y += event_cover(cast, rng, s, y)
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.2))
    rimmed(cast, s, 30, y, fp, side, s.accent)
    team = rng.choice(("Women's guild", "Youth team", "Welcome team"))
    note(img, f"Hosted by {who(rng)} - {team}", (60 + side, y + side // 2 + 8), 0.55, s.fg, 2)
    y += side + 24
    faith, mark = rng.choice(FAITHS)
    cv2.circle(img, (46, y + 22), 14, s.accent, 2, cv2.LINE_AA)
    note(img, f"{rng.choice(('Sat', 'Sun', 'Fri'))} {rng.randrange(5, 8)} pm", (80, y + 32), 0.55, s.fg)
    emblem(img, (46, y + 68), 13, s.accent, mark, s.bg)
    note(img, faith, (80, y + 80), 0.55, s.fg)
    y += 96
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(5, 90))
    note(img, "going", (end + 10, y + 30), 0.5, GREY)
    y = section(s, y + 60, "Sign-up sheet", False)
    return rows_to_tab_bar(s, rng, y, 112, lambda t: signup_row(cast, rng, s, t))


def obituary(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A local paper's obituary: the masthead; the portrait (``obituary_portrait``: 70-220 px, grey
    or sepia on most, a mourning band over its corner); the notice's lines; who survives them (round
    30-48 px faces with relations, cut by the right edge); the service (``service_card``, no faces);
    the guestbook (``condolence_row``: 22-30 px, memories of 18-50 px) where there is room; the sign
    button."""
    s = new_screen(rng, name, cast.kind("obituary"), ("light", "light", "tinted", "dark"))
    img, top = s.img, STATUS_H
    cv2.putText(
        img,
        rng.choice(("The Valley Gazette", "Harbour Herald", "County Courier")),
        (30, top + 62),
        cv2.FONT_HERSHEY_TRIPLEX,
        1.1,
        s.fg,
        2,
        cv2.LINE_AA,
    )
    note(img, "Obituaries", (30, top + 100), 0.55, GREY, 2)
    cv2.line(img, (30, top + 116), (WIDTH - 30, top + 116), s.fg, 2)
    y = top + 146
    y += obituary_portrait(cast, rng, s, y)
    for k in range(rng.randrange(2, 5)):
        note(img, words(rng, rng.randrange(6, 10)).lower(), (30, y + 32 * k), 0.52, s.fg)
    y += 32 * 4
    note(img, "Survived by", (30, y), 0.6, s.fg, 2)
    y += 20
    fp, side = _size(rng, 30, small(rng, 30.5, 48), (1.1, 1.2))
    shape = rng.choice(("circle", "circle", "rounded"))
    for x in carousel(rng, side + 70, side):
        cast.avatar(s, x, y, fp, side, shape)
        note(
            img,
            rng.choice(("wife", "son", "daughter", "brother", "grandson", "niece")),
            (x, y + side + 26),
            0.45,
            GREY,
        )
    y += side + 50
    y += service_card(s, rng, y)
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Guestbook", lambda t: condolence_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Sign the guestbook")


def reunion_album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family reunion's shared album: the title and one's 22-26 px face; the family and the count;
    the group photo (``reunion_banner``: front faces 24-36 px, the back row's 11-14 px not counted,
    a banner over the front row); generation chips; on half a then-and-now pair (``then_now``:
    30-130 px), else the day's details (``reunion_details``, no faces); two rows of three photos
    (``album_square``: 18-56 px on some), the tab bar over the second."""
    s, y = titled(cast, rng, name, "reunion", ("light", "dark", "tinted", "light"), "Reunion album", own=True)
    img = s.img
    note(img, f"{rng.choice(FAMILIES)} family - {rng.randrange(40, 400)} photos", (30, y), 0.55, GREY)
    y += 24
    y += reunion_banner(cast, rng, s, y)
    for k, label in enumerate(("All", "Elders", "Cousins", "Kids")):
        pill(img, 30 + k * 170, y, 154, 50, s.accent if k == 0 else off(s.bg, 16))
        note(img, label, (58 + k * 170, y + 34), 0.55, WHITE if k == 0 else s.fg, 2)
    y += 70
    y += then_now(cast, rng, s, y) if rng.random() < 0.5 else reunion_details(s, rng, y)
    side = (WIDTH - 60 - 2 * 14) // 3
    for k in range(6):
        album_square(cast, rng, s, 30 + k % 3 * (side + 14), y + k // 3 * (side + 14), side)
    return tab_bar_over(s, rng)


def small_groups(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A congregation's small groups: the title and one's 22-26 px face; the congregation under its
    emblem; one's own groups with their names, cut by the right edge (on a fifth ``group_icon``'s
    four 18-30 px faces, on 30 % one member's 30 px or larger, else the faith's emblem); day chips;
    groups to join (``group_card``: covers of 18-50 px, leaders 28-40 px in story rings, members'
    stacks of 18-22 px) down to the tab bar."""
    s, y = congregation(cast, rng, name, "groups", ("light", "tinted", "dark", "light"), "Small groups")
    img = s.img
    side = rng.randrange(76, 96)
    for x in carousel(rng, side + 130, side):
        pick = rng.random()
        if pick < 0.2:
            group_icon(cast, rng, s, x, y, side)
        elif pick < 0.5:
            fp = small(rng, 30, side / 1.15)
            cast.photo(s, x, y, side, side, fp, mask(side, "rounded"))
        else:
            rounded_card(img, x, y, side, side, side // 4, off(s.bg, 30))
            emblem(
                img,
                (x + side // 2, y + side // 2),
                side // 4,
                s.accent,
                rng.choice(("cross", "crescent", "star", "tree")),
                off(s.bg, 30),
            )
        note(
            img,
            rng.choice(("Choir", "Youth", "Study", "Elders", "Welcome"))[:7],
            (x, y + side + 28),
            0.45,
            s.fg,
        )
    y += side + 50
    chips(img, rng, 30, y, 4, 46, (120, 190), off(s.bg, 16), s.fg)
    y += 70
    return rows_to_tab_bar(s, rng, y, 260, lambda t: group_card(cast, rng, s, t))


def remembrance(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A congregation's remembrance calendar (yahrzeits, anniversaries, the departed's days): the
    title and one's 22-26 px face; the congregation under its emblem; the month (``month_grid``:
    18-24 px faces in the day cells, grey or sepia on most); this week's (``remembered_row``: 26-36
    px in gold edges) where there is room; the candle button."""
    s, y = congregation(cast, rng, name, "remember", ("light", "dark", "tinted", "light"), "Remembrance")
    y += month_grid(cast, rng, s, y)
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "This week", lambda t: remembered_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Light a candle")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    family_tree,
    photo_restore,
    who_is_who,
    member_directory,
    prayer_chat,
    congregation_event,
    obituary,
    reunion_album,
    small_groups,
    remembrance,
)
# with people: each twice a round but two (a photo restorer and an obituary, one large face each)
ONCE = (photo_restore, obituary)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a fan chart's wedges, an old group photo
# and a reunion's with round things in them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, family_tree, who_is_who, reunion_album)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT48_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h48", photos, free, seed, reps)
