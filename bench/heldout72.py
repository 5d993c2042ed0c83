"""Held-out screens, seventy-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a sheet of die-cut stickers, a ring
light on its stand, a street of shop fronts; nothing with eyes, a mouth or a mask, and no round
things in pairs); every random choice from ``HELDOUT72_SEED`` (72727; the environment's
``HELDOUT72_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped. heldout71's
``Cast`` (through the sets' before it; this set's screens are marked h72-) fills the people's places
with ``solo`` avatars, whose squares hold one face each, washes some, and on face-free screens puts
pets, objects, textures, initials, app icons, glyphs, skin-toned shaded discs, busts, paintings,
food, toy blocks, amphorae, grocery bags, wallpapers, lamps, kettles and, here, this set's drawn
things there. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is SMALL FACES PARTLY COVERED BY THE APP'S OWN MARKS, which no set before it took as
its subject (sets 66-71 drew their small faces whole but for an online dot, a chip or an edge here
and there, or dimmed, shrunk or cut by the screen's side): a video's play button over a thumbnail's
face, a sticker stamped on a face in a shared photo or a story, a presence dot and a status sticker
over an avatar's corners, a "LIVE" tag and a driver's rating pill over the foot of a face, a
profile's face scrolled under the app's sticky bar (a tenth to three tenths of it hidden and counted,
or most of it hidden and not counted, the bar's small copy then shown); and a screen drawn at a
lower device resolution (0.5-0.72) and scaled up to the bench's, soft and blocky. Each cover leaves
over half of a counted face's box showing by design; what the finished screen shows decides. A
third of its screens of people CROWDED (seven faces to sixteen, most of them 18-32 px), two thirds
SPARSE (one small face or two far apart), and more face-free screens than screens of people: every
layout twice, then each crowded one again, with things in the people's places (the covers drawn
over them alike). Ten layouts, three crowded and seven sparse:
- a video app's grid (``video_grid``, crowded): thumbnails two across (a thing behind), on 80 % a
  presenter's 18-32 px face (32-48 px on 15 %) in a cut-out, on 45 % of those just right of the
  thumbnail's centre so the translucent play button over it hides 10-35 % of the face's width; the
  duration chip, a watched bar on some; under each the channel's 18-24 px face (initials on a
  quarter) and the title; the tab bar over the foot;
- a group chat's reactions (``reaction_chat``, crowded): rows of the senders' 18-26 px faces by
  their bubbles (mine on the right, no face), a drawn sticker for a message on some, reaction pills
  (a sticker's glyph and a count, the reactors' 13-17 px faces on 30 %, drawn and not counted) over
  the bubbles' foot; "Seen by" 13-17 px faces at the foot;
- a work chat's people (``team_presence``, crowded): rows of an 18-30 px face (initials on a
  sixth, faded for "away" on a fifth) with a presence dot ringed in the page's colour over its lower
  right and on 30 % a status sticker over its upper right, the list scrolled 0-100 px under the
  sticky header (the first row's face cut by it, counted while half of its box shows);
- a sticker on a shared photo (``sticker_photo``, sparse): a chat (the contact's 18-28 px face in
  the header on 25 %), a picture bubble with a person's 20-40 px face (40-90 px on 20 %) and, on
  75 %, a sticker (a heart, a star, a sparkle or a sun) stamped over the face's corner, others on the
  photo away from it, a text sticker on some;
- a profile scrolled under its sticky bar (``scrolled_profile``, sparse): the cover, the profile's
  22-40 px face, the bar from the screen's top down over 10-30 % of the face's box on 70 % (counted)
  or 62-95 % on 30 % (not counted; the bar then shows the face's 18-24 px copy), the name, the bio,
  posts as things; on 20 % a "Followed by" 18-24 px face 400 px or more below;
- live streams (``live_card``, sparse): cards of a stream's preview (a thing), "LIVE" on it, the
  host's row; one host's 20-32 px face in a story ring with a red "LIVE" tag over its foot hiding
  15-35 % of its box, the other hosts initials; on 25 % an ended stream's host's 18-26 px face on a
  later card;
- a paused video (``paused_video``, sparse): the frame (a thing, dimmed 20-35 % for the paused
  controls) with a person's 28-64 px face (64-170 px on 20 %), on half (the smaller faces) just
  right of the centre so the play button hides 10-30 % of the face's width; the scrubber; the
  channel's 18-26 px face on 40 % (initials else), "Up next" as things with duration chips;
- a screen drawn at a lower resolution (``low_res_shot``, sparse): a contact's page (the contact's
  18-30 px face, the details, things; on 25 % a mutual friend's 18-26 px face 500 px or more below)
  drawn whole, shrunk to 0.5-0.72 and scaled back up to the screen (soft, blocky), its faces' boxes
  kept;
- a ride's driver (``driver_card``, sparse): a map with the car, the sheet with the driver's 20-34
  px face and the rating pill ("4.9" and a star) over its foot hiding 15-35 % of its box, the car
  (a thing) beside it, the plate, call and message buttons; on 20 % a co-rider's 18-24 px face 300
  px or more below;
- a story being viewed (``story_viewer``, sparse): the story (a thing) across the screen, its
  progress bars, the poster's 18-28 px face at the top left; on 35 % the story shows a person's 36-110
  px face, a sticker over its corner on 60 %; stickers and a text sticker elsewhere, the reply field.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %). Light,
dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115 screens (the bench assumes
that size; see heldout5).

At the default 4 reps: 80 screens with 348 faces (327 under 32 px, 18 of 32-63, 3 of 64-127, 0
larger; 341 under 40 px): 24 crowded screens (7 to 16 faces) and 56 sparse ones (42 with one face,
14 with two), and 92 face-free screens (every layout twice, then the three crowded ones again, with
initials, app icons, glyphs, pets, objects, busts, paintings, food, toy blocks, amphorae, grocery
bags, wallpapers, lamps, kettles, skin-toned shapes and this set's drawn things in the people's
places, the covers over them alike); ``reps=1`` a quarter (20 screens with 87 faces: 82, 4, 1 and 0
by size, 85 under 40 px; 23 face-free). At the default seed no story shows a person (35 % each: none of
its eight) and no paused frame a face of 64 px or more (a fifth each: none of its eight), so no face
of 128 px or more is drawn and its three of 64-127 px are the shared photos'. Every layout has
people twice a round. The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    video_grid           8 screens   105 faces:  97,   8,   0,   0
    reaction_chat        8 screens    70 faces:  70,   0,   0,   0
    team_presence        8 screens   103 faces: 103,   0,   0,   0
    sticker_photo        8 screens    13 faces:   9,   1,   3,   0
    scrolled_profile     8 screens    10 faces:   6,   4,   0,   0
    live_card            8 screens     9 faces:   9,   0,   0,   0
    paused_video         8 screens    11 faces:   6,   5,   0,   0
    low_res_shot         8 screens    10 faces:  10,   0,   0,   0
    driver_card          8 screens     9 faces:   9,   0,   0,   0
    story_viewer         8 screens     8 faces:   8,   0,   0,   0
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
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout71 as H71
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, star, tag
from heldout37 import rounded_card
from heldout66 import (
    NAMES,
    bubble,
    bubbles,
    face_px,
    finish,
    glyph,
    input_bar,
    top_bar,
)
from heldout66 import SHAPES as SHAPES  # the avatars' shapes and sides, as the tests ask a set for
from heldout66 import side_for as side_for
from heldout68 import fade
from heldout69 import SURNAMES
from heldout71 import Layer, card_mask, dimmed, face_at, layer, put

DEFAULT_SEED = 72727


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT72_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 72727."""
    return int(env.get("HELDOUT72_SEED") or DEFAULT_SEED)


HELDOUT72_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top
STICKERS = ("heart", "star", "sparkle", "sun")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def sticker_sheet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A sheet of die-cut stickers on a pastel page: hearts, stars, sparkles and suns, each with
    its white edge."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = off((235, 215, 235), rng.randrange(-40, 21))
    for _ in range(rng.randrange(4, 8)):
        r = round(min(w, h) * rng.uniform(0.08, 0.16))
        c = (rng.randrange(r, max(r + 1, w - r)), rng.randrange(r, max(r + 1, h - r)))
        sticker(img, c, r, rng.choice(STICKERS), H2.random_colour(rng, 60, 230))
    return img


def ring_light(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ring light on its stand against a wall: one bright ring, a phone's clamp across it, the
    stand's pole and three legs."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), off((120, 110, 100), rng.randrange(-40, 41)), (60, 55, 50))
    c, r = (w // 2, round(h * 0.35)), round(min(w, h) * rng.uniform(0.22, 0.3))
    cv2.circle(img, c, r, (250, 250, 245), max(3, r // 5), cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r // 6, c[1] - r // 3), (c[0] + r // 6, c[1] + r // 3), (30, 30, 30), -1)
    cv2.line(img, (c[0], c[1] + r), (c[0], round(h * 0.85)), (40, 40, 40), max(2, w // 50), cv2.LINE_AA)
    for dx in (-w // 6, 0, w // 6):
        cv2.line(img, (c[0], round(h * 0.85)), (c[0] + dx, h - 4), (40, 40, 40), max(2, w // 60), cv2.LINE_AA)
    return img


def shop_street(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A street of shop fronts: a sky, three to five fronts of colours with awnings and windows, the
    pavement and the road's lines."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 200, 150), (250, 230, 210))
    base, x = round(h * 0.75), 0
    while x < w:
        fw = round(w * rng.uniform(0.2, 0.35))
        top = round(h * rng.uniform(0.15, 0.4))
        colour = H2.random_colour(rng, 70, 220)
        cv2.rectangle(img, (x, top), (x + fw, base), colour, -1)
        cv2.rectangle(img, (x, round(base - h * 0.3)), (x + fw, round(base - h * 0.26)), off(colour, -60), -1)
        cv2.rectangle(
            img, (x + fw // 8, round(base - h * 0.22)), (x + fw * 7 // 8, base - 4), (90, 70, 60), -1
        )
        x += fw
    cv2.rectangle(img, (0, base), (w, h), (110, 110, 110), -1)
    for x in range(0, w, max(12, w // 6)):
        cv2.line(img, (x, round(h * 0.9)), (x + max(6, w // 12), round(h * 0.9)), (230, 230, 230), 2)
    return img


RENDERS: tuple[H11.Render, ...] = (sticker_sheet, ring_light, shop_street)


# ----------------------------------------------------------------------------------------------
# The cast, and the marks that go over faces.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H71.Cast):
    """heldout71's cast (one face in each ``solo`` avatar, washed on some; on a face-free screen
    initials, app icons, glyphs, pets, objects, skin-toned shapes, busts, paintings, food, toy
    blocks, amphorae, grocery bags, wallpapers, lamps, kettles in its place), its screens marked
    h72-, whose drawn things are this set's; on a face-free screen a sixth of the people's places
    hold a sheet of stickers, a ring light or a street of shops."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h72-" + super().kind(layout).removeprefix("h71-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """A sheet of stickers, a ring light or a street of shops in the avatar's shape on a sixth;
        else heldout71's stand-ins."""
        if self.rng.random() < 1 / 6:
            H2.blit(s.img, H11.render(self.rng, side, side, RENDERS), x, y, mask(side, shape))
            return
        super().stand_in(s, x, y, side, shape, edge)


def sticker(img: np.ndarray, c: tuple[int, int], r: int, kind: str, colour: Colour) -> None:
    """A sticker of radius ``r`` on ``c`` with its white die-cut edge: a heart, a five-pointed star,
    a four-pointed sparkle or a sun (one disc and its rays). Nothing with eyes or a mouth."""
    x, y = c
    edge = max(2, r // 6)
    if kind == "heart":
        t = np.linspace(0, 2 * math.pi, 48)
        xs, ys = (
            16 * np.sin(t) ** 3,
            -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)),
        )
        for k, ink in ((r + edge, WHITE), (r, colour)):
            pts = np.stack([x + xs * k / 17, y + ys * k / 17], axis=1).astype(np.int32)
            cv2.fillPoly(img, [pts], ink, cv2.LINE_AA)
    elif kind == "star":
        star(img, c, r + edge, WHITE)
        star(img, c, r, colour)
    elif kind == "sparkle":
        for k, ink in ((r + edge, WHITE), (r, colour)):
            pts = []
            for i in range(8):
                a = -math.pi / 2 + i * math.pi / 4
                d = k if i % 2 == 0 else k * 0.32
                pts.append((x + d * math.cos(a), y + d * math.sin(a)))
            cv2.fillPoly(img, [np.array(pts, np.int32)], ink, cv2.LINE_AA)
    else:
        cv2.circle(img, c, round(r * 0.62) + edge, WHITE, -1, cv2.LINE_AA)
        for i in range(8):
            a = i * math.pi / 4
            p = (round(x + r * math.cos(a)), round(y + r * math.sin(a)))
            cv2.line(img, c, p, WHITE, max(3, r // 4) + edge, cv2.LINE_AA)
            cv2.line(img, c, p, colour, max(2, r // 4), cv2.LINE_AA)
        cv2.circle(img, c, round(r * 0.62), colour, -1, cv2.LINE_AA)


def play_button(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A video's play button: a translucent black disc (50-60 %) and a white triangle."""
    x, y = c
    h, w = img.shape[:2]
    x1, y1, x2, y2 = max(0, x - r), max(0, y - r), min(w, x + r + 1), min(h, y + r + 1)
    m = np.zeros((y2 - y1, x2 - x1), np.uint8)
    cv2.circle(m, (x - x1, y - y1), r, 255, -1, cv2.LINE_AA)
    a = (m.astype(np.float32) / 255 * 0.55)[:, :, None]
    img[y1:y2, x1:x2] = (img[y1:y2, x1:x2] * (1 - a)).astype(np.uint8)
    tri = np.array([(x - r * 0.3, y - r * 0.45), (x + r * 0.5, y), (x - r * 0.3, y + r * 0.45)], np.int32)
    cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)


def box_of(s: Screen, before: int, x: int, y: int, side: int, fp: float) -> BoxF:
    """The box of the face just pasted at (x, y) (``before`` faces came before it), or where one of
    ``fp`` px would sit in the avatar's middle when none was counted (a face-free cast's stand-in)."""
    if len(s.comp.faces) > before:
        return s.comp.faces[-1]
    cx, cy = x + side / 2, y + side / 2
    return (cx - fp / 2, cy - fp / 2, cx + fp / 2, cy + fp / 2)


def sticker_over(rng: random.Random, img: np.ndarray, box: BoxF) -> None:
    """A sticker stamped over one corner of a face's ``box``: its radius 35-48 % of the face, its
    centre 0-10 % of the face inside the corner (it hides up to about two fifths of the box)."""
    fs = max(box[2] - box[0], box[3] - box[1])
    r = round(fs * rng.uniform(0.35, 0.48))
    d = fs * rng.uniform(0, 0.1)
    cx = box[0] + d if rng.random() < 0.5 else box[2] - d
    cy = box[1] + d if rng.random() < 0.4 else box[3] - d
    sticker(img, (round(cx), round(cy)), max(4, r), rng.choice(STICKERS), H2.random_colour(rng, 60, 230))


def foot_tag(img: np.ndarray, box: BoxF, share: float, text: str, back: Colour, ink: Colour) -> None:
    """A pill across a face's foot (a "LIVE" tag, a rating) hiding the lower ``share`` of its box:
    1.3 times the box wide, centred under it, its top ``share`` of the box up from its foot."""
    fw, fh = box[2] - box[0], box[3] - box[1]
    w, h = round(fw * 1.3), max(10, round(fh * share * 1.6))
    x, y = round((box[0] + box[2]) / 2 - w / 2), round(box[3] - fh * share)
    rounded_card(img, x, y, w, h, h // 2, back)
    note(img, text, (x + max(2, w // 8), y + h * 3 // 4), max(0.3, h / 60), ink, 1)


def covered_face(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fp: float, side: int,
                 shape: str) -> BoxF:  # fmt: skip
    """A ``fp`` px face in an avatar at (x, y). Returns its box (``box_of``)."""
    before = len(s.comp.faces)
    cast.washed(s, x, y, fp, side, shape, None)
    return box_of(s, before, x, y, side, fp)


# ----------------------------------------------------------------------------------------------
# Crowded layouts: seven faces to sixteen, or things in their places.
# ----------------------------------------------------------------------------------------------


def video_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, th: int) -> int:
    """A video's tile at (x, y), ``w`` wide: the thumbnail (a thing, ``th`` high) with, on 80 %, a
    presenter's 18-32 px face (32-48 on 15 %) in a cut-out, on 45 % of those just right of the
    centre so the play button hides 10-35 % of its width, else off to a side; the play button, the
    duration chip, a watched bar on 30 %; under it the channel's 18-24 px face (initials on a
    quarter) and the title. Returns its height (th + 120)."""
    cast.thing(s, x, y, w, th)
    cx, cy, r = x + w // 2, y + th // 2, rng.randrange(30, 42)
    if rng.random() < 0.8:
        fp = face_px(rng, 18.3, 32) if rng.random() < 0.85 else rng.uniform(32, 48)
        side = round(fp * rng.uniform(1.5, 2.1))
        if rng.random() < 0.45:
            fx = cx + r - rng.uniform(0.1, 0.35) * fp - (side - fp) / 2
            fy = cy - side / 2
        else:
            fx = x + rng.randrange(12, 60) if rng.random() < 0.5 else x + w - side - rng.randrange(12, 60)
            fy = y + rng.randrange(12, max(13, th - side - 60))
        cast.washed(
            s, round(fx), round(fy), fp, side, rng.choice(("square", "rounded", "circle", "border")), None
        )
    play_button(s.img, (cx, cy), r)
    tag(s.img, x + w - 100, y + th - 44, f"{rng.randrange(1, 59)}:{rng.randrange(60):02d}", (20, 20, 20), 32)
    if rng.random() < 0.3:
        cv2.line(s.img, (x, y + th - 3), (x + rng.randrange(40, w), y + th - 3), (40, 40, 220), 6)
    if rng.random() < 0.75:
        side = face_at(cast, rng, s, x + 4, y + th + 16, (18.3, 24), ("circle",))
    else:
        cast.disc(s, x + 4, y + th + 16, 44)
        side = 44
    s.words(rng, x + side + 18, y + th + 44, 0.55, rng.randrange(2, 5))
    s.words(rng, x + side + 18, y + th + 80, 0.45, rng.randrange(2, 4), GREY)
    return th + 120


def video_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video app's grid: the bar, topic chips, then tiles two across (``video_tile``) down under
    the tab bar."""
    s = new_screen(rng, name, cast.kind("videos"), ("light", "dark", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Videos", "Subscriptions", "Watch"))) + 10
    x = 24
    for word in rng.sample(("All", "Music", "Cooking", "Live", "News", "Travel", "Gaming"), 5):
        x = tag(s.img, x, y, word, off(s.bg, 24), 44)[2] + 14
    y += 70
    w = (WIDTH - 48 - 16) // 2
    th = round(w * 9 / 16)
    while y < FOOT - 120:
        for k in range(2):
            video_tile(cast, rng, s, 24 + k * (w + 16), y, w, th)
        y += th + 120 + 16
    return finish(s, rng, True)


def reaction_pill(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> None:
    """A reaction pill at (x, y) over a bubble's foot: a sticker's glyph and a count, or on 30 % the
    reactors' 13-17 px faces (drawn, never counted)."""
    faces = rng.random() < 0.3
    w = 150 if faces else 96
    rounded_card(s.img, x, y, w, 44, 22, off(s.bg, 30))
    sticker(s.img, (x + 24, y + 22), 13, rng.choice(STICKERS), H2.random_colour(rng, 60, 230))
    if faces:
        for k in range(2):
            fp = rng.uniform(13, 17)
            cast.washed(s, x + 48 + k * 36, y + 22 - round(fp * 0.65), fp, round(fp * 1.3), "circle", None)
    else:
        note(s.img, str(rng.randrange(1, 9)), (x + 48, y + 32), 0.55, s.fg)


def reaction_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group chat's reactions: the group's initials and name, then rows to the message field:
    mine on the right (no face) on a quarter, else the sender's 18-26 px face by a bubble of one or
    two lines (a drawn sticker instead on 15 %), its name above; a reaction pill over the foot of
    some bubbles; "Seen by" and 13-17 px faces (not counted) above the field."""
    s = new_screen(rng, name, cast.kind("reactions"), ("light", "dark", "light", "tinted"))
    cast.disc(s, 80, STATUS_H + 24, 72)
    note(
        s.img,
        rng.choice(("Climbing crew", "Flat 4B", "Book club", "Family")),
        (172, STATUS_H + 70),
        0.8,
        s.fg,
        2,
    )
    cv2.line(s.img, (0, STATUS_H + 124), (WIDTH, STATUS_H + 124), off(s.bg, 18), 1)
    y, foot = STATUS_H + 140, FOOT - 110 - 60
    while True:
        lines = rng.randrange(1, 3)
        h = 30 + 40 * lines
        if y + h + 40 > foot:
            break
        if rng.random() < 0.2:
            w = rng.randrange(300, 640)
            bubble(s.img, rng, WIDTH - 30 - w, y, w, lines, s.accent, WHITE)
            y += h + 16
            continue
        note(s.img, rng.choice(NAMES), (104, y + 22), 0.5, GREY)
        top = y + 32
        if rng.random() < 0.12:
            r = rng.randrange(48, 70)
            sticker(s.img, (104 + r, top + r), r, rng.choice(STICKERS), H2.random_colour(rng, 60, 230))
            h = 2 * r
        else:
            w = rng.randrange(300, 700)
            bubble(s.img, rng, 100, top, w, lines, off(s.bg, 22), s.fg)
            if rng.random() < 0.3:
                reaction_pill(cast, rng, s, 100 + w - 130, top + h - 18)
                h += 26
        fp = face_px(rng, 18.3, 26)
        side = min(64, round(fp * rng.uniform(1.2, 1.45)))
        cast.washed(s, 24, top + h - side, fp, side, rng.choice(("circle", "circle", "rounded")), None)
        y = top + h + 18
    note(s.img, "Seen by", (WIDTH - 420, foot + 36), 0.5, GREY)
    for k in range(rng.randrange(3, 7)):
        fp = rng.uniform(13, 17)
        cast.washed(s, WIDTH - 300 + k * 40, foot + 14, fp, round(fp * 1.3), "circle", None)
    input_bar(s)
    return finish(s, rng, False)


def presence_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A person's row at ``y``: an 18-30 px face (initials on a sixth, faded for "away" on a fifth)
    with a presence dot ringed in the page's colour over its lower right and, on 30 %, a status
    sticker over its upper right; the name and a status line. Returns its height (100)."""
    away = rng.random() < 0.2
    if rng.random() < 1 / 6:
        cast.disc(s, 30, y + 18, 64)
        side = 64
    else:
        fp = face_px(rng, 18.3, 30)
        side = round(fp * rng.uniform(1.25, 1.45))
        cast.washed(s, 30, y + 18, fp, side, rng.choice(("circle", "rounded")), fade(rng) if away else None)
    r = max(5, round(side * rng.uniform(0.14, 0.2)))
    dot = (30 + side - round(r * 0.7), y + 18 + side - round(r * 0.7))
    cv2.circle(s.img, dot, r + 3, s.bg, -1, cv2.LINE_AA)
    colour = GREY if away else rng.choice(((80, 200, 60), (60, 170, 240), (60, 60, 220)))
    cv2.circle(s.img, dot, r, colour, -1, cv2.LINE_AA)
    if rng.random() < 0.3:
        sticker(
            s.img, (30 + side - r, y + 18 + r), max(5, r + 2), rng.choice(STICKERS), H2.random_colour(rng)
        )
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, y + 48), 0.65, s.fg, 2)
    s.words(rng, 70 + side, y + 82, 0.5, rng.randrange(2, 5), GREY)
    return 100


def team_presence(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A work chat's people: rows (``presence_row``) scrolled 0-100 px under the sticky header (the
    title, the search field, "Online"), down under the tab bar."""
    s = new_screen(rng, name, cast.kind("presence"), ("light", "dark", "tinted"))
    header = STATUS_H + 230
    y = header - rng.randrange(0, 101)
    while y < FOOT - 120:
        y += presence_row(cast, rng, s, y)
    cv2.rectangle(s.img, (0, STATUS_H), (WIDTH, header), s.bg, -1)
    note(s.img, rng.choice(("People", "Team", "Directory")), (40, STATUS_H + 70), 1.2, s.fg, 3)
    rounded_card(s.img, 24, STATUS_H + 100, WIDTH - 48, 64, 32, off(s.bg, 14))
    note(s.img, "Search", (70, STATUS_H + 142), 0.6, GREY)
    note(s.img, f"Online - {rng.randrange(3, 40)}", (40, header - 18), 0.55, GREY)
    cv2.line(s.img, (0, header), (WIDTH, header), off(s.bg, 20), 2)
    return finish(s, rng, True)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def sticker_photo(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sticker on a shared photo: the chat's header (initials, or on 25 % the contact's 18-28 px
    face), bubbles, a picture bubble 520-760 px wide with a person's 20-40 px face (40-90 px on 20 %)
    and, on 75 %, a sticker over the face's corner (``sticker_over``), one or two others away from
    it, a text sticker on 40 %; more bubbles, the message field."""
    s = new_screen(rng, name, cast.kind("sticker"), ("light", "dark", "light", "tinted"))
    y = STATUS_H + 20
    if rng.random() < 0.25:
        side = face_at(cast, rng, s, 80, y, (18.3, 28), ("circle",))
    else:
        cast.disc(s, 80, y, 64)
        side = 64
    note(s.img, rng.choice(NAMES), (110 + side, y + side // 2 + 10), 0.8, s.fg, 2)
    y = STATUS_H + 140
    _mine, y = bubbles(s, rng, y + 20, y + rng.randrange(160, 420))
    pw = rng.randrange(520, 761)
    ph = min(round(pw * rng.uniform(1.0, 1.33)), FOOT - 140 - y)
    x = 30 if rng.random() < 0.5 else WIDTH - 30 - pw
    cast.thing(s, x, y, pw, ph, card_mask(pw, ph, 28))
    fp = face_px(rng, 20, 40) if rng.random() < 0.8 else rng.uniform(40, 90)
    side = round(fp * rng.uniform(1.4, 2.0))
    fx, fy = x + rng.randrange(40, pw - side - 40), y + rng.randrange(40, max(41, ph - side - 40))
    box = covered_face(cast, rng, s, fx, fy, fp, side, rng.choice(("square", "rounded")))
    if rng.random() < 0.75:
        sticker_over(rng, s.img, box)
    for _ in range(rng.randrange(1, 3)):
        r = rng.randrange(30, 60)
        cx, cy = x + rng.randrange(r, pw - r), y + rng.randrange(r, ph - r)
        if abs(cx - (box[0] + box[2]) / 2) > fp + r and abs(cy - (box[1] + box[3]) / 2) > fp + r:
            sticker(s.img, (cx, cy), r, rng.choice(STICKERS), H2.random_colour(rng, 60, 230))
    if rng.random() < 0.4:
        ty = y + ph - 90 if box[3] < y + ph - 110 else y + 30
        tag(s.img, x + 30, ty, rng.choice(("lol", "omg", "same", "mood")), (250, 250, 250), 56)
    bubbles(s, rng, y + ph + 30, FOOT - 120)
    input_bar(s)
    return finish(s, rng, False)


def scrolled_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A profile scrolled under its sticky bar: the cover (a thing), the profile's 22-40 px face in a
    ringed circle (centred or at the left), then the bar from the screen's top down over 10-30 % of
    the face's box on 70 % (counted) or 62-95 % on 30 % (not counted; the bar shows the face's
    18-24 px copy by the title), the name, the bio, buttons, posts as things; on 20 % "Followed by"
    with an 18-24 px face 400 px or more below the profile's face."""
    s = new_screen(rng, name, cast.kind("scrolled"), ("light", "dark", "light"))
    fp = face_px(rng, 22, 40)
    side = round(fp * rng.uniform(1.25, 1.45))
    ax = (WIDTH - side) // 2 if rng.random() < 0.5 else 40
    ay = STATUS_H + rng.randrange(150, 260)
    cast.thing(s, 0, STATUS_H, WIDTH, ay + side // 2 - STATUS_H)
    t = max(3, side // 12)
    H2.fill(s.img, mask(side + 2 * t, "circle"), ax - t, ay - t, s.bg)
    box = covered_face(cast, rng, s, ax, ay, fp, side, "circle")
    y = ay + side + 30
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (40, y + 30), 0.9, s.fg, 2)
    y += 50
    for _ in range(2):
        s.words(rng, 40, y + 30, 0.55, rng.randrange(3, 7), GREY)
        y += 40
    if rng.random() < 0.2:
        y = max(y + 20, round(box[3]) + 400)
        side2 = face_at(cast, rng, s, 40, y, (18.3, 24), ("circle",))
        note(s.img, f"Followed by {rng.choice(NAMES)}", (70 + side2, y + side2 // 2 + 8), 0.55, GREY)
        y += side2 + 20
    for k in range(2):
        tag(s.img, 40 + k * 240, y + 20, ("Follow", "Message")[k], s.accent if k == 0 else off(s.bg, 26), 50)
    y += 100
    tw = (WIDTH - 16) // 3
    while y + 40 < FOOT:
        for k in range(3):
            cast.thing(s, k * (tw + 8), y, tw, min(tw, FOOT - y))
        y += tw + 8
    hidden = rng.uniform(0.1, 0.3) if rng.random() < 0.7 else rng.uniform(0.62, 0.95)
    cut = max(STATUS_H + 100, round(box[1] + hidden * (box[3] - box[1])))
    bar = off(s.bg, 6)
    cv2.rectangle(s.img, (0, STATUS_H), (WIDTH, cut), bar, -1)
    cv2.line(s.img, (0, cut), (WIDTH, cut), off(s.bg, -30 if sum(s.bg) > 384 else 30), 2)
    x = 40
    if hidden > 0.5:
        side3 = face_at(cast, rng, s, 40, STATUS_H + 24, (18.3, 24), ("circle",))
        x = 60 + side3
    note(s.img, rng.choice(NAMES), (x, STATUS_H + 62), 0.8, s.fg, 2)
    return finish(s, rng, False)


def live_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Live streams: cards of a stream's preview (a thing, "LIVE" and the viewers on it) and the
    host's row; the first or second card's host a 20-32 px face in a story ring with a red "LIVE"
    tag over its foot (``foot_tag``: 15-35 % of its box), the other hosts initials; on 25 % an ended
    stream's host's 18-26 px face on a card two or more later."""
    s = new_screen(rng, name, cast.kind("live"), ("dark", "light", "dark"))
    y = top_bar(s, rng.choice(("Live", "Following", "Live now"))) + 10
    faced, ended = rng.randrange(2), rng.random() < 0.25
    k = 0
    while y + 200 < FOOT:
        ph = rng.randrange(300, 420)
        cast.thing(s, 24, y, WIDTH - 48, ph, card_mask(WIDTH - 48, ph, 24))
        if not (ended and k >= faced + 2):
            tag(s.img, 44, y + 20, "LIVE", (40, 40, 220), 40)
        note(s.img, f"{rng.randrange(1, 99)}.{rng.randrange(10)}k watching", (150, y + 50), 0.55, WHITE, 2)
        y += ph + 20
        if k == faced:
            fp = face_px(rng, 20, 32)
            side = round(fp * rng.uniform(1.25, 1.4))
            box = covered_face(cast, rng, s, 44, y + 10, fp, side, "ring")
            foot_tag(s.img, box, rng.uniform(0.15, 0.35), "LIVE", (40, 40, 220), WHITE)
        elif ended and k == faced + 2:
            side = face_at(cast, rng, s, 44, y + 10, (18.3, 26), ("circle",))
        else:
            cast.disc(s, 44, y + 10, 60)
            side = 60
        note(
            s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (80 + max(side, 60), y + 40), 0.65, s.fg, 2
        )
        s.words(rng, 80 + max(side, 60), y + 76, 0.5, rng.randrange(2, 5), GREY)
        y += 120
        k += 1
    return finish(s, rng, True)


def paused_video(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A paused video: the frame (a thing, dimmed 20-35 % under the paused controls) with a person's
    28-64 px face (64-170 px on 20 %), on half of the smaller ones just right of the centre so the
    play button (48-67 px round) hides 10-30 % of the face's width, else at the left; the scrubber
    and the time; the title, the channel's 18-26 px face on 40 % (initials else), "Up next" as things
    with duration chips."""
    s = new_screen(rng, name, cast.kind("paused"), ("dark", "light", "dark"))
    fh = round(WIDTH * 9 / 16)
    cx, cy, r = WIDTH // 2, fh // 2, rng.randrange(48, 68)
    big = rng.random() < 0.2
    fp = rng.uniform(64, 170) if big else face_px(rng, 28, 64)
    side = min(fh - 40, round(fp * rng.uniform(1.5, 2.0)))
    over = not big and rng.random() < 0.5

    def frame(sc: Screen) -> None:
        cast.thing(sc, 0, 0, WIDTH, fh)
        if over:
            fx, fy = cx + r - rng.uniform(0.1, 0.3) * fp - (side - fp) / 2, cy - side / 2
        else:
            fx, fy = rng.randrange(40, 120), rng.randrange(20, fh - side - 19)
        cast.washed(sc, round(fx), round(fy), fp, side, "square", None)

    drawn = layer(s, WIDTH, fh, frame)
    put(cast, s, (dimmed(drawn[0], rng.uniform(0.2, 0.35)), drawn[1]), 0, STATUS_H)
    play_button(s.img, (cx, STATUS_H + cy), r)
    bar = STATUS_H + fh - 24
    cv2.line(s.img, (30, bar), (WIDTH - 30, bar), (200, 200, 200), 5)
    at = rng.randrange(60, WIDTH - 60)
    cv2.line(s.img, (30, bar), (at, bar), (40, 40, 220), 5)
    cv2.circle(s.img, (at, bar), 12, (40, 40, 220), -1, cv2.LINE_AA)
    note(s.img, f"{rng.randrange(10)}:{rng.randrange(60):02d} / 1{rng.randrange(10)}:{rng.randrange(60):02d}",
         (30, bar - 22), 0.5, WHITE)  # fmt: skip
    y = STATUS_H + fh + 30
    s.words(rng, 30, y + 30, 0.8, rng.randrange(3, 6))
    y += 120
    if rng.random() < 0.4:
        side = face_at(cast, rng, s, 30, y, (18.3, 26), ("circle",))
    else:
        cast.disc(s, 30, y, 56)
        side = 56
    note(
        s.img,
        rng.choice(("Kitchen Lab", "Trail Notes", "Daily Tech", "Slow Travel")),
        (50 + side, y + 36),
        0.65,
        s.fg,
        2,
    )
    tag(s.img, WIDTH - 200, y + 6, "Subscribe", s.accent, 50)
    y += 100
    note(s.img, "Up next", (30, y + 20), 0.6, GREY)
    y += 40
    while y + 210 < FOOT:
        cast.thing(s, 30, y, 360, 202, card_mask(360, 202, 16))
        tag(s.img, 290, y + 160, f"{rng.randrange(1, 30)}:{rng.randrange(60):02d}", (20, 20, 20), 30)
        s.words(rng, 420, y + 40, 0.6, rng.randrange(2, 5))
        s.words(rng, 420, y + 80, 0.45, rng.randrange(2, 4), GREY)
        y += 222
    return finish(s, rng, False)


def resampled(drawn: Layer, k: float) -> Layer:
    """A layer shrunk to ``k`` and scaled back up to its size (a screen drawn at a lower resolution,
    shown at the bench's): soft and blocky, its faces' boxes where they were."""
    piece, faces = drawn
    h, w = piece.shape[:2]
    small = cv2.resize(piece, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR), list(faces)


def low_res_shot(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contact's page drawn at a lower resolution: the page (the contact's 18-30 px face, the name,
    the details, actions, shared photos as things; on 25 % a mutual friend's 18-26 px face 500 px or
    more below) drawn whole, shrunk to 0.5-0.72 and scaled back up (``resampled``)."""
    s = new_screen(rng, name, cast.kind("lowres"), ("light", "dark", "tinted"))
    h = FOOT - STATUS_H

    def page(sc: Screen) -> None:
        note(sc.img, "Contact", (40, 70), 1.0, sc.fg, 2)
        side = face_at(cast, rng, sc, 40, 120, (18.3, 30), ("circle", "rounded"))
        note(
            sc.img,
            f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            (70 + side, 120 + side // 2 + 10),
            0.9,
            sc.fg,
            2,
        )
        y = 160 + max(side, 60)
        for k, mark in enumerate(("bubble", "bell", "envelope")):
            glyph(sc.img, (100 + k * 200, y + 40), 22, mark, sc.accent)
        y += 120
        for _ in range(4):
            sc.words(rng, 40, y + 30, 0.55, 1, GREY)
            sc.words(rng, 40, y + 66, 0.7, rng.randrange(2, 4))
            y += 96
        friend = rng.random() < 0.25
        if friend:
            y = max(y, 120 + 500)
            side = face_at(cast, rng, sc, 40, y, (18.3, 26), ("circle",))
            note(sc.img, f"Mutual friend: {rng.choice(NAMES)}", (70 + side, y + side // 2 + 8), 0.6, GREY)
            y += side + 40
        note(sc.img, "Shared photos", (40, y + 30), 0.6, GREY)
        y += 50
        tw = (WIDTH - 80 - 16) // 3
        while y + tw < h:
            for k in range(3):
                cast.thing(sc, 40 + k * (tw + 8), y, tw, tw)
            y += tw + 8

    drawn = resampled(layer(s, WIDTH, h, page), rng.uniform(0.5, 0.72))
    put(cast, s, drawn, 0, STATUS_H)
    return finish(s, rng, False)


def driver_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ride's driver: a map with the car's icon to the sheet, the sheet ("arriving in n min") with
    the driver's 20-34 px face and the rating pill over its foot (``foot_tag``: 15-35 % of its box),
    the car (a thing) beside it, the plate, call and message buttons; on 20 % a co-rider's 18-24 px
    face 300 px or more below."""
    s = new_screen(rng, name, cast.kind("driver"), ("light", "dark", "light"))
    top = round(H * rng.uniform(0.45, 0.55))
    H2._map(s.img[STATUS_H:top, 0:WIDTH], rng, sum(s.bg) < 384)
    glyph(
        s.img,
        (rng.randrange(200, WIDTH - 200), rng.randrange(STATUS_H + 150, top - 150)),
        24,
        "pin",
        s.accent,
    )
    H71.sheet(s, top, off(s.bg, 6))
    y = top + 50
    note(s.img, f"Arriving in {rng.randrange(1, 12)} min", (40, y + 30), 0.9, s.fg, 2)
    y += 80
    fp = face_px(rng, 20, 34)
    side = round(fp * rng.uniform(1.25, 1.45))
    box = covered_face(cast, rng, s, 40, y, fp, side, rng.choice(("circle", "rounded")))
    cast.thing(s, 60 + side, y, 220, 120, card_mask(220, 120, 16))
    foot_tag(s.img, box, rng.uniform(0.15, 0.35), "4.9*", (250, 250, 250), (30, 30, 30))
    note(s.img, rng.choice(NAMES), (310 + side, y + 40), 0.8, s.fg, 2)
    plate = f"{rng.choice('ABKLMR')}{rng.randrange(10, 99)} {rng.choice(('XYZ', 'KLM', 'RTA'))}"
    tag(s.img, 310 + side, y + 60, plate, off(s.bg, 26), 44)
    y += max(side, 120) + 50
    for k, mark in enumerate(("bell", "bubble")):
        rounded_card(s.img, 40 + k * 260, y, 230, 70, 35, off(s.bg, 22))
        glyph(s.img, (90 + k * 260, y + 35), 16, mark, s.accent)
    y += 110
    if rng.random() < 0.2 and y + 40 < FOOT - 60:
        y = max(y, round(box[3]) + 300)
        side = face_at(cast, rng, s, 40, min(y, FOOT - 80), (18.3, 24), ("circle",))
        note(
            s.img,
            f"Sharing with {rng.choice(NAMES)}",
            (70 + side, min(y, FOOT - 80) + side // 2 + 8),
            0.55,
            GREY,
        )
    return finish(s, rng, False)


def story_viewer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A story being viewed: the story (a thing) across the screen, its progress bars, the poster's
    18-28 px face at the top left with the name and the time; on 35 % the story shows a person's
    36-110 px face in its middle third, a sticker over its corner on 60 %; one or two stickers and a
    text sticker away from it; the reply field."""
    s = new_screen(rng, name, cast.kind("story"), ("dark",))
    cast.thing(s, 0, STATUS_H, WIDTH, FOOT - STATUS_H)
    n = rng.randrange(2, 7)
    seg = (WIDTH - 40 - 6 * (n - 1)) // n
    for k in range(n):
        colour = WHITE if k < rng.randrange(1, n + 1) else (150, 150, 150)
        cv2.line(
            s.img, (20 + k * (seg + 6), STATUS_H + 14), (20 + k * (seg + 6) + seg, STATUS_H + 14), colour, 4
        )
    side = face_at(cast, rng, s, 24, STATUS_H + 34, (18.3, 28), ("circle", "border"))
    note(
        s.img,
        f"{rng.choice(NAMES)}  {rng.randrange(1, 23)}h",
        (44 + side, STATUS_H + 34 + side // 2 + 8),
        0.6,
        WHITE,
        2,
    )
    box = None
    if rng.random() < 0.35:
        fp = rng.uniform(36, 110)
        sd = round(fp * rng.uniform(1.4, 1.9))
        fx = rng.randrange(60, WIDTH - sd - 60)
        fy = rng.randrange(round(H * 0.33), round(H * 0.6))
        box = covered_face(cast, rng, s, fx, fy, fp, sd, rng.choice(("square", "rounded", "circle")))
        if rng.random() < 0.6:
            sticker_over(rng, s.img, box)
    for _ in range(rng.randrange(1, 3)):
        r = rng.randrange(50, 100)
        cx, cy = rng.randrange(r + 20, WIDTH - r - 20), rng.randrange(STATUS_H + 260, FOOT - 260)
        if box is None or abs(cy - (box[1] + box[3]) / 2) > (box[3] - box[1]) + r + 40:
            sticker(s.img, (cx, cy), r, rng.choice(STICKERS), H2.random_colour(rng, 60, 230))
    if rng.random() < 0.6:
        ty = round(H * 0.22) if box is None or box[1] > H * 0.3 else round(H * 0.72)
        words = rng.choice(("best day", "new place!", "sunday", "guess where"))
        tag(s.img, rng.randrange(60, 400), ty, words, (250, 250, 250), 64)
    rounded_card(s.img, 24, FOOT - 110, WIDTH - 160, 76, 38, (40, 40, 40))
    note(s.img, "Send message", (70, FOOT - 62), 0.65, (220, 220, 220))
    sticker(s.img, (WIDTH - 80, FOOT - 72), 26, "heart", (60, 60, 230))
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
CROWDED: tuple[Layout, ...] = (video_grid, reaction_chat, team_presence)
SPARSE: tuple[Layout, ...] = (
    sticker_photo, scrolled_profile, live_card, paused_video, low_res_shot, driver_card, story_viewer,
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (*CROWDED, *SPARSE)
# with people: the ten layouts in turn twice (six crowded screens a round and fourteen sparse ones)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2
# face-free: each twice, then the crowded ones again (the lookalikes: grids and lists with things in
# the people's places, the covers drawn over them alike)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, *CROWDED)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT72_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 20 screens of people and 23 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h72", photos, free, seed, reps)
