"""Held-out screens, fifty-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a gamepad on a desk mat, a headset on its
stand, a racing game's circuit from above, a chess game, a strategy game's map, a school bus, crayons
on a scribbled page, a packed lunch; nothing with eyes, a mouth or a mask); the animals are crops of
the face-free photos of animals or heldout51's drawn pet things (``Cast.pet``); the drawn characters
(``mascot``: a game's mascot, a PNGtuber's avatar, a class app's monster) have cartoon eyes and a
smile and are never faces; every random choice from ``HELDOUT52_SEED`` (52525; the environment's
``HELDOUT52_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped. heldout11's
``Cast`` (through heldout26's, heldout40's, heldout41's, heldout43's, heldout45's, heldout46's,
heldout47's, heldout48's, heldout49's, heldout50's and heldout51's; this set's screens are marked
h52-) fills the people's places, and on face-free screens puts pets, objects, textures, initials and
this set's drawn things there; its camera (``Cast.webcam``) shows a person, or with nobody a pet (a
cat cam), a PNGtuber's drawn character or a thing; it counts a face cut by an edge while half of its
box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in gaming, e-sports and live streaming apps and in school and parenting apps,
most of them small: a live stream with its chat; a streaming app's following page; an e-sports
tournament's bracket; an e-sports team's page; a voice channel's call; a teacher's class register;
a parent-teacher chat; a school's newsletter in a document viewer; picture day's proofs; a
streamer's channel. Near repeats avoided: heldout9's game stream (the streamer's camera in a corner
of the footage in an accent frame), heldout21's (a corner camera or a green-screen cut-out) and
heldout26's squad stream (four facecams, a round bubble, emote-sized faces on the chat's lines; here
a frame, a rounded frame or a disc in any of the four corners, on a quarter a duo's two cameras, the
streamer's name plate across the frame's foot, a follower's alert with a drawn character, the
player's controls over the footage's foot cutting a low camera, a raid's or gifted subs' stack, and
badges before the chatters' names on lines of which some are highlighted); heldout21's streaming
home and heldout26's guild sidebar (here a following page: live channels as red rings with LIVE tags
over their feet past the right edge, live channels' thumbnails with the streamer's tiny camera in a
corner, offline channels grey on half); heldout14's tennis draw and heldout26's e-sports match (a
bracket wider than the screen, rosters side by side, casters, an MVP; here a bracket down the page
with each team's players as a stack in its row, losers grey, the semi-finals to be decided, the
match on now with ten players' cameras as tall tiles, or the next one's countdown, and a group's
table with captains); heldout10's roster and heldout26's party lobby (here an organisation's team
page: the team's photo under a sponsor's band, the starters as cards cut out head to waist past the
right edge, staff in rounded squares with job tags, the academy in squares ruled in the team's
colour with TRIAL tags); heldout22's calls and heldout26's server (members under voice channels, a
drawer; here the voice channel's call: cameras, avatars in speaking rings and a shared game with the
sharer's tiny camera as tiles with name labels and muted mics, then who is in it on a sheet, muted,
deafened or live); heldout11's childcare feed and heldout24's parents' app (children to switch,
teachers in lesson blocks, a class photo in a post; here a teacher's register: the classroom's
seating plan from above with the pupils' faces over their desks, dashed empty seats and late clocks,
then rows of present, absent and late with the absent grey); heldout40's and heldout48's chats
(here a parent-teacher chat: the class's photos or its pet in the teacher's bubbles, seen-by stacks,
the parents' replies, points on badges over the children's faces and drawn monsters in some
children's places); heldout11's newsletter in a mail app (here a printed page in a document viewer:
a group photo, a staff spotlight's portrait and stars of the week in ovals, zoomed past the sides,
scrolled, a grey scan turned a little on a third); heldout11's and heldout13's yearbooks (a class
photo, portraits in columns; here picture day: the proof under a "PROOF" watermark, the same
portrait eight times as wallet prints or the poses to choose from, the class composite in small
ovals on a mount); heldout21's artist page and heldout26's fan club (here a streamer's channel: the
streamer cut out on the banner by the channel's name in outlined capitals, the avatar over its foot
with OFFLINE or LIVE, clips past the right edge with their cameras, the week's schedule, top
supporters under crowns). Ten layouts:
- a live stream (``stream_viewer``): the player (``stream_player``: a camera of 40-100 px, or a
  duo's two of 28-50 px, in the footage's corners); the streamer (``streamer_bar``: 36-48 px); on
  half a raid (``raid_banner``: a stack of 18-22 px); the chat (``chat_row``: 18-22 px);
- a following page (``following_list``): one's 22-26 px face; live now (``live_rings``: 40-56 px,
  past the right edge); live channels (``channel_row``: cameras 18-28 px, streamers 24-34 px);
  offline ones (``channel_row``: 26-40 px, grey on half);
- a tournament (``tournament``): one's 22-26 px face; on half the match on now
  (``featured_match``: 22-36 px); the playoffs (``bracket``: stacks of 18-22 px); a group's table
  (``standing_row``: captains 20-28 px);
- a team's page (``team_page``): the team's photo (``team_banner``: 26-44 px at the front); the
  starters (``starters``: 48-90 px); the staff (``staff_row``: 24-36 px); the academy
  (``academy_row``: 20-28 px);
- a voice call (``voice_call``): the tiles (``call_grid``: cameras 40-100 px, avatars 44-64 px, a
  shared game's camera 18-26 px); who is in (``voice_member``: 18-26 px);
- a class register (``class_register``): one's 22-26 px face; on 60 % the seating plan
  (``seating_chart``: the teacher 32-44 px, pupils 20-28 px); the register (``student_row``: 24-36
  px);
- a parent-teacher chat (``parent_chat``): the teacher (``teacher_header``: 36-48 px); posts
  (``teacher_post``: the class's photos, 20-50 px; seen by 18-22 px); points (``points_strip``:
  22-30 px); replies (``parent_reply``: 22-28 px);
- a newsletter (``school_newsletter``): the page (``newsletter_page``: the group photo's front 20-32
  px, the staff spotlight 60-110 px, stars of the week 22-32 px);
- picture day (``picture_day``): the proof (``proof_card``: 120-300 px); the wallet prints
  (``wallet_prints``: the proof at 120 px wide) or the poses (``poses_row``: 28-56 px); the class
  composite (``class_composite``: the teacher 30-40 px, the class 18-24 px);
- a streamer's channel (``streamer_channel``): the banner (``channel_banner``: the streamer 110-280
  px, the avatar 64-100 px); clips (``clip_strip``: cameras 20-40 px, past the right edge); top
  supporters (``supporter_row``: 22-30 px).
Sizes are what a layout asks for: a camera's or a photo's other people (``Cast.photo`` and
``Cast.webcam``, heldout11's ``snapshot`` and ``gathering``), a figure in a gathering (0.9-1.1 of its
row's size) or a stack's slightly smaller faces can differ (the table below counts what is drawn).
The live rings, the starters' cards and the clips run past the right edge, their last item across it
(heldout45's ``carousel``), and a zoomed newsletter's page past the screen's sides, so some faces are
cut by an edge and counted while half of their box shows (the capture's right 8 px are black
padding). Avatars are circles, rounded squares, squares ruled in a team's colour, ovals, frames,
discs, story rings, borders, rims and rings, with heldout2's looks (turned up to 20 degrees on 40 %,
grey on 20 %, on a dark backdrop on 30 %). Light, dark and tinted themes (the streams, the
tournament and the call mostly dark); JPEG quality 30-60. LIVE, OFFLINE, TRIAL and job tags, name
plates and labels, alerts, the player's controls, muted mics, late clocks, points badges, the
watermark, rounded corners, the viewer's bars, sponsor bands and tab bars take the pixels they
cover; a face under them counts while half of its box shows; rims, frames, rings, desks, cards and
tiles are drawn before the faces they hold; grey (offline channels, losers, absent pupils, a
scanned page) leaves the faces under it counted as they look; initials, dashed empty seats and
places, "+N" discs, logos, crests, flags, badges, emotes, crowns and drawn things and characters are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,422 faces (1,123 under 32 px, 209 of 32-63, 81 of 64-127,
9 larger; 1,206 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials, this set's drawn things and drawn characters in cameras,
avatars, cards, tiles, seats and ovals, round things where a photo's people or a cut-out's person
would be); ``reps=1`` a quarter (18 screens with 360 faces: 275, 54, 28 and 3 by size, 299 under 40
px; 13 face-free). Each layout has people twice a round but picture day and the streamer's channel,
once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127
and of 128 or more:
    stream_viewer            8 screens   139 faces: 120,  11,   7,   1
    following_list           8 screens   151 faces:  96,  55,   0,   0
    tournament               8 screens   204 faces: 196,   8,   0,   0
    team_page                8 screens   186 faces: 117,  39,  30,   0
    voice_call               8 screens   159 faces:  94,  35,  29,   1
    class_register           8 screens   129 faces: 123,   6,   0,   0
    parent_chat              8 screens   163 faces: 147,  15,   1,   0
    school_newsletter        8 screens   182 faces: 156,  17,   9,   0
    picture_day              4 screens    85 faces:  60,  21,   0,   4
    streamer_channel         4 screens    24 faces:  14,   2,   5,   3
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout6 as H6
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import heldout39 as H39
import heldout51 as H51
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, _cut, blit, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import icon, note
from heldout21 import PURPLE, chips, crest, progress, tab_bar, title, words
from heldout22 import mic_off, name_label, stack
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import BLURPLE, crown, emote, voice_rings
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import rows_above
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, composer, dashed_ring, face_or_initials

DEFAULT_SEED = 52525


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT52_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 52525."""
    return int(env.get("HELDOUT52_SEED") or DEFAULT_SEED)


HELDOUT52_SEED = seed_from(os.environ)

SCHOOL: Colour = (60, 130, 40)  # a school app's green (BGR)
CHALK: Colour = (70, 90, 60)
PAPER: Colour = (240, 244, 246)
VIEWER: Colour = (70, 70, 74)  # a document viewer's backdrop
NICKS: tuple[str, ...] = (
    "xNova",
    "Glitch",
    "Rook",
    "Vex",
    "Pyro",
    "Kairo",
    "Zed",
    "Mako",
    "Frost",
    "Orbit",
    "Juno",
    "Tempo",
    "Blitz",
    "Echo",
)
TEAMS: tuple[str, ...] = ("NVA", "KRT", "FLX", "OWL", "SKY", "BLZ", "ION", "RGX", "VPR", "TSM")
GAMES: tuple[str, ...] = ("Valor Arena", "Kart Rush", "Chess Blitz", "Hex Empires", "Block Craft", "Apex Run")
ROLES: tuple[str, ...] = ("IGL", "Entry", "Support", "AWP", "Flex", "Tank", "Jungle", "Mid")
CLASSES: tuple[str, ...] = ("Class 2B", "Year 4 Oak", "Grade 3 - Rm 12", "Class 5M", "Kindergarten K1")
SCHOOLS: tuple[str, ...] = (
    "Hillcrest Primary",
    "St Anne's School",
    "Maple Grove Elementary",
    "Riverside Academy",
)
FLAGS: tuple[tuple[Colour, Colour, Colour], ...] = (
    ((160, 60, 0), WHITE, (40, 40, 200)),
    ((40, 40, 40), (30, 30, 210), (40, 200, 250)),
    ((50, 140, 0), WHITE, (40, 40, 200)),
    ((40, 40, 200), WHITE, (40, 40, 200)),
    (WHITE, (40, 40, 200), WHITE),
    ((200, 120, 0), (40, 200, 250), (200, 120, 0)),
)


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def mascot(img: np.ndarray, c: tuple[int, int], r: int, rng: random.Random) -> None:
    """A drawn character's head (a game's mascot, a PNGtuber's avatar, a class app's monster): a
    coloured blob of radius ``r`` with ears or horns, two big cartoon eyes and a smile. Drawn, never a
    photo and never counted: on face-free screens it is what a detector must not take for a face."""
    colour = random_colour(rng, 60, 240)
    x, y = c
    if rng.random() < 0.5:
        for d in (-1, 1):
            ear = np.array(
                [
                    (x + d * r * 0.85, y - r * 0.2),
                    (x + d * r * 0.95, y - r * 1.15),
                    (x + d * r * 0.3, y - r * 0.8),
                ]
            )
            cv2.fillPoly(img, [ear.round().astype(np.int32)], tone(colour, -30), cv2.LINE_AA)
    else:
        for d in (-1, 1):
            cv2.circle(
                img,
                (round(x + d * r * 0.7), round(y - r * 0.75)),
                max(1, r // 3),
                tone(colour, -30),
                -1,
                cv2.LINE_AA,
            )
    cv2.ellipse(img, c, (r, round(r * 0.9)), 0, 0, 360, colour, -1, cv2.LINE_AA)
    e = max(1, round(r * 0.26))
    for d in (-1, 1):
        ec = (round(x + d * r * 0.36), round(y - r * 0.12))
        cv2.circle(img, ec, e, WHITE, -1, cv2.LINE_AA)
        cv2.circle(
            img, (ec[0] + rng.choice((-1, 0, 1)) * e // 3, ec[1]), max(1, e * 11 // 20), INK, -1, cv2.LINE_AA
        )
    cv2.ellipse(
        img,
        (x, round(y + r * 0.32)),
        (max(1, r // 3), max(1, r // 5)),
        0,
        0,
        180,
        INK,
        max(1, r // 10),
        cv2.LINE_AA,
    )


def chat_badge(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A chat badge before a name: a subscriber's months on a purple shield, a moderator's green
    sword, a VIP's pink gem, a founder's gold star, or a verified tick (drawn, never a face)."""
    x, y = c
    k = rng.randrange(5)
    if k == 0:
        shield = np.array(
            [(x - r, y - r), (x + r, y - r), (x + r, y + r // 3), (x, y + r), (x - r, y + r // 3)]
        )
        cv2.fillPoly(img, [shield.astype(np.int32)], PURPLE, cv2.LINE_AA)
        note(img, str(rng.randrange(1, 60)), (x - r + 2, y + r // 3), r / 24, WHITE)
    elif k == 1:
        cv2.rectangle(img, (x - r, y - r), (x + r, y + r), (60, 170, 30), -1)
        cv2.line(img, (x - r // 2, y + r // 2), (x + r // 2, y - r // 2), WHITE, max(2, r // 4), cv2.LINE_AA)
        cv2.line(img, (x - r // 2, y), (x, y + r // 2), WHITE, max(1, r // 5), cv2.LINE_AA)
    elif k == 2:
        gem = np.array(
            [(x - r, y - r // 3), (x - r // 2, y - r), (x + r // 2, y - r), (x + r, y - r // 3), (x, y + r)]
        )
        cv2.fillPoly(img, [gem.astype(np.int32)], (180, 60, 230), cv2.LINE_AA)
    elif k == 3:
        H51.star(img, (x, y), r, GOLD)
    else:
        badge(img, c, r, BLURPLE, "check")


def team_logo(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: Colour) -> None:
    """An e-sports team's logo of radius ``r``: a rounded square, a disc or a hexagon in the team's
    colour with a geometric mark in white (a bolt, a chevron, a triangle or a letter); never a
    face."""
    x, y = c
    shape = rng.randrange(3)
    if shape == 0:
        fill(img, rounded_rect(2 * r, 2 * r, max(2, r // 3)), x - r, y - r, colour)
    elif shape == 1:
        cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    else:
        fill(img, H26.hexagon(2 * r, 2 * r), x - r, y - r, colour)
    mark = rng.randrange(4)
    t = max(2, r // 6)
    if mark == 0:
        bolt = np.array(
            [
                (x + r // 5, y - r * 2 // 3),
                (x - r // 3, y + r // 10),
                (x, y + r // 10),
                (x - r // 5, y + r * 2 // 3),
                (x + r // 3, y - r // 10),
                (x, y - r // 10),
            ]
        )
        cv2.fillPoly(img, [bolt.astype(np.int32)], WHITE, cv2.LINE_AA)
    elif mark == 1:
        for d in (-r // 4, r // 4):
            pts = np.array([(x - r // 2, y + d - r // 4), (x, y + d + r // 4), (x + r // 2, y + d - r // 4)])
            cv2.polylines(img, [pts.astype(np.int32)], False, WHITE, t, cv2.LINE_AA)
    elif mark == 2:
        tri = np.array([(x, y - r // 2), (x + r // 2, y + r * 2 // 5), (x - r // 2, y + r * 2 // 5)])
        cv2.polylines(img, [tri.astype(np.int32)], True, WHITE, t, cv2.LINE_AA)
    else:
        letter = rng.choice("AKMNRVXZ")
        (tw, th), _ = cv2.getTextSize(letter, FONT, r / 28, max(1, r // 10))
        cv2.putText(
            img, letter, (x - tw // 2, y + th // 2), FONT, r / 28, WHITE, max(1, r // 10), cv2.LINE_AA
        )


def flag(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A country's flag at (x, y), w x h: three stripes, across or down, a thin dark edge."""
    bands = rng.choice(FLAGS)
    down = rng.random() < 0.5
    for k, colour in enumerate(bands):
        if down:
            cv2.rectangle(img, (x + k * w // 3, y), (x + (k + 1) * w // 3, y + h), colour, -1)
        else:
            cv2.rectangle(img, (x, y + k * h // 3), (x + w, y + (k + 1) * h // 3), colour, -1)
    cv2.rectangle(img, (x, y), (x + w, y + h), (60, 60, 60), 1)


def clock_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A late mark over an avatar's corner: an amber disc in a rim of the page's colour with a
    clock's hands (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (30, 160, 240), -1, cv2.LINE_AA)
    t = max(1, r // 6)
    cv2.line(img, c, (c[0], c[1] - r * 2 // 3), WHITE, t, cv2.LINE_AA)
    cv2.line(img, c, (c[0] + r // 2, c[1]), WHITE, t, cv2.LINE_AA)


def point_badge(img: np.ndarray, c: tuple[int, int], r: int, points: int, rim: Colour) -> None:
    """A class app's points over a child's avatar: a green disc with "+n" or a red one with "-n" in a
    rim of the page's colour (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, GREEN if points > 0 else RED, -1, cv2.LINE_AA)
    text = f"{points:+d}"
    (tw, th), _ = cv2.getTextSize(text, FONT, r / 26, 1)
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, r / 26, WHITE, 1, cv2.LINE_AA)


def headphones(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, slashed: bool) -> None:
    """A headphones glyph (deafened with a slash)."""
    t = max(2, r // 5)
    cv2.ellipse(img, c, (r, r), 0, 180, 360, colour, t, cv2.LINE_AA)
    for d in (-1, 1):
        cv2.rectangle(img, (c[0] + d * r - t, c[1]), (c[0] + d * r + t, c[1] + r * 2 // 3), colour, -1)
    if slashed:
        cv2.line(img, (c[0] - r, c[1] - r), (c[0] + r, c[1] + r), RED, t, cv2.LINE_AA)


def watermark(img: np.ndarray, rect: tuple[int, int, int, int], text: str, angle: float) -> None:
    """A proof's watermark: ``text`` in thin white capitals turned by ``angle`` degrees across
    ``rect``, repeated down it (it takes the pixels it covers)."""
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    layer = np.zeros((h, w), np.uint8)
    scale = w / 300
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, scale, 3)
    for k in range(3):
        cv2.putText(
            layer,
            text,
            ((w - tw) // 2, round(h * (0.2 + 0.35 * k)) + th // 2),
            cv2.FONT_HERSHEY_SIMPLEX,
            scale,
            255,
            3,
            cv2.LINE_AA,
        )
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    layer = cv2.warpAffine(layer, m, (w, h), flags=cv2.INTER_NEAREST)
    view = img[y1:y2, x1:x2]
    view[layer > 0] = (235, 235, 235)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def game_controller(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A gamepad on a desk mat: its body and two grips, a cross-shaped pad at the left, four
    coloured buttons in a diamond at the right, two grey sticks low in the middle."""
    img = np.zeros((h, w, 3), np.uint8)
    mat = random_colour(rng, 30, 110)
    gradient(img, (0, 0, w, h), tone(mat, 20), tone(mat, -20))
    speckle(img, rng, (0, 0, w, h), w * h // 10, 8)
    body = rng.choice(((40, 40, 44), (235, 235, 235), (160, 90, 30), (40, 40, 170)))
    cx, cy, u = w // 2, h // 2, max(4, min(w // 2, h) // 3)
    for d in (-1, 1):
        cv2.ellipse(
            img, (cx + d * u * 2, cy + u // 2), (u, round(u * 1.3)), d * 20, 0, 360, body, -1, cv2.LINE_AA
        )
    cv2.rectangle(img, (cx - u * 2, cy - u), (cx + u * 2, cy + u), body, -1)
    trim = tone(body, 40 if sum(body) < 384 else -60)
    a = max(1, u // 3)
    cv2.rectangle(
        img, (cx - u * 2 - a * 3 // 2, cy - a // 2), (cx - u * 2 + a * 3 // 2, cy + a // 2), trim, -1
    )
    cv2.rectangle(
        img, (cx - u * 2 - a // 2, cy - a * 3 // 2), (cx - u * 2 + a // 2, cy + a * 3 // 2), trim, -1
    )
    for (dx, dy), colour in zip(
        ((0, -1), (1, 0), (0, 1), (-1, 0)),
        ((60, 200, 60), (60, 60, 230), (230, 140, 40), (40, 200, 240)),
        strict=True,
    ):
        cv2.circle(
            img,
            (cx + u * 2 + dx * a * 3 // 2, cy + dy * a * 3 // 2),
            max(1, a * 2 // 3),
            colour,
            -1,
            cv2.LINE_AA,
        )
    for d in (-1, 1):
        cv2.circle(
            img, (cx + d * u * 3 // 4, cy + u * 3 // 4), max(2, u // 2), tone(trim, -30), -1, cv2.LINE_AA
        )
        cv2.circle(
            img, (cx + d * u * 3 // 4, cy + u * 3 // 4), max(1, u // 3), (110, 110, 115), -1, cv2.LINE_AA
        )
    return img


def gaming_headset(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A gaming headset on its stand against a dark wall: the padded band over the stand's post,
    two ear cups with lit rims of one glowing colour, the stand's base."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 20, 60), (15, 15, 18))
    glow = rng.choice(((250, 60, 200), (250, 200, 40), (60, 250, 120), (40, 120, 250)))
    cx, u = round(w * rng.uniform(0.42, 0.58)), max(4, round(min(w, h) * rng.uniform(0.17, 0.22)))
    cv2.rectangle(img, (cx - u // 6, round(h * 0.3)), (cx + u // 6, round(h * 0.9)), (90, 90, 95), -1)
    cv2.ellipse(img, (cx, round(h * 0.9)), (u, u // 4), 0, 0, 360, (70, 70, 75), -1, cv2.LINE_AA)
    cv2.ellipse(
        img,
        (cx, round(h * 0.5)),
        (round(u * 1.5), round(u * 1.6)),
        0,
        180,
        360,
        (55, 55, 60),
        max(3, u // 3),
        cv2.LINE_AA,
    )
    for d in (-1, 1):
        cup = (cx + d * round(u * 1.5), round(h * 0.55))
        cv2.ellipse(img, cup, (round(u * 0.6), round(u * 0.85)), 0, 0, 360, glow, max(2, u // 8), cv2.LINE_AA)
        cv2.ellipse(img, cup, (round(u * 0.5), round(u * 0.75)), 0, 0, 360, (35, 35, 40), -1, cv2.LINE_AA)
    return img


def race_track(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A racing game's circuit from above: grass, a grey loop of asphalt with red and white kerbs at
    its bends, a chequered start line, cars as small coloured blocks on it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (70, 160, 80), (50, 130, 60))
    speckle(img, rng, (0, 0, w, h), w * h // 6, 12)
    n = rng.randrange(6, 10)
    pts = [
        (
            round(w / 2 + w * rng.uniform(0.28, 0.4) * math.cos(2 * math.pi * k / n)),
            round(h / 2 + h * rng.uniform(0.26, 0.38) * math.sin(2 * math.pi * k / n)),
        )
        for k in range(n)
    ]
    road = max(4, min(w, h) // 9)
    loop = np.array([*pts, pts[0]], np.int32)
    cv2.polylines(img, [loop], False, (200, 200, 200), road + max(2, road // 3), cv2.LINE_AA)
    cv2.polylines(img, [loop], False, (90, 90, 95), road, cv2.LINE_AA)
    for p in pts:
        cv2.circle(img, p, road // 2 + 2, RED, max(1, road // 6), cv2.LINE_AA)
    sx, sy = pts[0]
    for k in range(4):
        colour = WHITE if k % 2 else INK
        cv2.rectangle(
            img,
            (sx - road // 2 + k * road // 4, sy - road // 2),
            (sx - road // 2 + (k + 1) * road // 4, sy + road // 2),
            colour,
            -1,
        )
    for k in range(rng.randrange(2, 5)):
        p = pts[(k * 2 + 1) % n]
        cv2.rectangle(
            img,
            (p[0] - road // 4, p[1] - road // 6),
            (p[0] + road // 4, p[1] + road // 6),
            random_colour(rng, 40, 240),
            -1,
        )
    return img


def chess_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chess game mid-play from above: an 8 x 8 board of two wood tones, pieces as discs of cream
    and ebony with a crown's cross or a ring on top, a move's squares lit."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (40, 50, 60)
    side = min(w, h)
    q = max(1, side // 8)
    ox, oy = (w - 8 * q) // 2, (h - 8 * q) // 2
    light, dark = (150, 200, 230), (60, 110, 160)
    for r in range(8):
        for c in range(8):
            cv2.rectangle(
                img,
                (ox + c * q, oy + r * q),
                (ox + (c + 1) * q, oy + (r + 1) * q),
                light if (r + c) % 2 == 0 else dark,
                -1,
            )
    for _ in range(2):
        r, c = rng.randrange(8), rng.randrange(8)
        cv2.rectangle(img, (ox + c * q, oy + r * q), (ox + (c + 1) * q, oy + (r + 1) * q), (90, 210, 200), -1)
    for _ in range(rng.randrange(10, 24)):
        r, c = rng.randrange(8), rng.randrange(8)
        colour = (215, 235, 245) if rng.random() < 0.5 else (35, 30, 30)
        p = (ox + c * q + q // 2, oy + r * q + q // 2)
        cv2.circle(img, p, max(1, q * 2 // 5), colour, -1, cv2.LINE_AA)
        ink = tone(colour, -80 if sum(colour) > 384 else 80)
        if rng.random() < 0.3:
            cv2.line(img, (p[0] - q // 6, p[1]), (p[0] + q // 6, p[1]), ink, max(1, q // 14))
            cv2.line(img, (p[0], p[1] - q // 6), (p[0], p[1] + q // 6), ink, max(1, q // 14))
        else:
            cv2.circle(img, p, max(1, q // 6), ink, max(1, q // 16), cv2.LINE_AA)
    return img


def strategy_map(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A strategy game's map from above: land of a few terrains in a grid of tiles, a river, roads,
    towns as clusters of roofs, units as coloured banners, the fog of war's dark edge."""
    img = np.zeros((h, w, 3), np.uint8)
    q = max(6, min(w, h) // 8)
    for y in range(0, h, q):
        for x in range(0, w, q):
            colour = rng.choice(
                ((80, 150, 90), (70, 130, 80), (110, 170, 180), (60, 110, 60), (130, 150, 150))
            )
            cv2.rectangle(img, (x, y), (x + q, y + q), colour, -1)
    pts = [(0, rng.randrange(h))] + [(round(w * k / 5), rng.randrange(h)) for k in range(1, 6)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, (190, 140, 60), max(2, q // 3), cv2.LINE_AA)
    for _ in range(rng.randrange(2, 5)):
        tx, ty = rng.randrange(w), rng.randrange(h)
        for _k in range(4):
            x, y = tx + rng.randrange(-q, q), ty + rng.randrange(-q, q)
            cv2.rectangle(img, (x, y), (x + q // 3, y + q // 3), (60, 60, 170), -1)
    for _ in range(rng.randrange(3, 8)):
        x, y = rng.randrange(w), rng.randrange(h)
        colour = rng.choice(((200, 60, 40), (40, 40, 200), (40, 190, 230)))
        cv2.line(img, (x, y), (x, y - q // 2), (30, 30, 30), max(1, q // 16))
        cv2.rectangle(img, (x, y - q // 2), (x + q // 3, y - q // 4), colour, -1)
    fog = max(2, q // 2)
    for k in range(fog):
        a = (fog - k) / fog * 0.8
        for rect in ((0, k, w, k + 1), (0, h - k - 1, w, h - k), (k, 0, k + 1, h), (w - k - 1, 0, w - k, h)):
            x1, y1, x2, y2 = rect
            img[y1:y2, x1:x2] = (img[y1:y2, x1:x2] * (1 - a)).astype(np.uint8)
    return img


def school_bus(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A yellow school bus from the side on a street: sky, the road, the bus's body with a black
    stripe, a row of empty windows (sky seen through them), its door, two wheels."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone((235, 190, 130), rng.randrange(-40, 10)), (245, 225, 200))
    road = round(h * rng.uniform(0.74, 0.82))
    cv2.rectangle(img, (0, road), (w, h), (80, 80, 85), -1)
    x1, x2, top = round(w * 0.08), round(w * 0.92), round(h * 0.3)
    yellow = (20, 190, 250)
    fill(img, rounded_rect(road - top, x2 - x1, max(2, (road - top) // 6)), x1, top, yellow)
    cv2.rectangle(img, (x1, round(h * 0.58)), (x2, round(h * 0.62)), INK, -1)
    n = rng.randrange(5, 8)
    ww = (x2 - x1 - (x2 - x1) // 6) // n
    for k in range(n):
        wx = x1 + (x2 - x1) // 8 + k * ww
        cv2.rectangle(img, (wx + 2, round(h * 0.36)), (wx + ww - 3, round(h * 0.5)), (230, 210, 170), -1)
    cv2.rectangle(img, (x1 + 4, round(h * 0.36)), (x1 + (x2 - x1) // 10, road - 4), (200, 180, 140), -1)
    for wx in (round(w * 0.25), round(w * 0.75)):
        cv2.circle(img, (wx, road), max(3, h // 10), (25, 25, 25), -1, cv2.LINE_AA)
        cv2.circle(img, (wx, road), max(1, h // 25), (160, 160, 160), -1, cv2.LINE_AA)
    note(img, "SCHOOL BUS", (round(w * 0.35), round(h * 0.7)), h / 500, INK, max(1, h // 200))
    return img


def crayon_box(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Crayons spilled over a child's scribbled paper: wavy lines of colour on white, then crayons
    lying at slants, each a coloured stick with a paper band and a pointed tip."""
    img = np.full((h, w, 3), 245, np.uint8)
    for _ in range(rng.randrange(4, 9)):
        pts = [(rng.randrange(w), rng.randrange(h)) for _ in range(rng.randrange(3, 6))]
        cv2.polylines(
            img,
            [np.array(pts, np.int32)],
            False,
            random_colour(rng, 40, 240),
            max(2, min(w, h) // 40),
            cv2.LINE_AA,
        )
    L, t = max(8, min(w, h) * 2 // 3), max(3, min(w, h) // 12)
    for _ in range(rng.randrange(4, 8)):
        colour = random_colour(rng, 30, 240)
        a = rng.uniform(0, math.pi)
        c = (rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h)
        dx, dy = math.cos(a) * L / 2, math.sin(a) * L / 2
        p1, p2 = (round(c[0] - dx), round(c[1] - dy)), (round(c[0] + dx), round(c[1] + dy))
        cv2.line(img, p1, p2, colour, t, cv2.LINE_AA)
        band = (
            (round(c[0] - dx * 0.2), round(c[1] - dy * 0.2)),
            (round(c[0] + dx * 0.3), round(c[1] + dy * 0.3)),
        )
        cv2.line(img, band[0], band[1], tone(colour, -50), t, cv2.LINE_AA)
        tip = (round(c[0] + dx * 1.25), round(c[1] + dy * 1.25))
        cv2.line(img, p2, tip, colour, max(1, t // 2), cv2.LINE_AA)
    return img


def bento_lunch(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A packed lunch from above: a lunchbox of compartments on a table, rice, broccoli florets,
    carrot sticks, apple slices and grapes (nothing shaped like a face)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (170, 200, 220), (140, 170, 190))
    box = rng.choice(((200, 120, 60), (90, 170, 240), (160, 100, 200), (80, 180, 120)))
    m = max(2, min(w, h) // 14)
    fill(img, rounded_rect(h - 2 * m, w - 2 * m, max(2, min(w, h) // 8)), m, m, box)
    cells = [
        (m * 2, m * 2, w // 2 - m // 2, h - m * 2),
        (w // 2 + m // 2, m * 2, w - m * 2, h // 2 - m // 2),
        (w // 2 + m // 2, h // 2 + m // 2, w - m * 2, h - m * 2),
    ]
    for x1, y1, x2, y2 in cells:
        cv2.rectangle(img, (x1, y1), (x2, y2), tone(box, 60), -1)
    x1, y1, x2, y2 = cells[0]
    cv2.rectangle(img, (x1, y1), (x2, y2), (235, 240, 240), -1)
    speckle(img, rng, cells[0], (x2 - x1) * (y2 - y1) // 3, 25)
    x1, y1, x2, y2 = cells[1]
    for _ in range(rng.randrange(3, 7)):
        c = (rng.randrange(x1, max(x1 + 1, x2)), rng.randrange(y1, max(y1 + 1, y2)))
        cv2.circle(img, c, max(2, (y2 - y1) // 5), (50, 140, 60), -1, cv2.LINE_AA)
    x1, y1, x2, y2 = cells[2]
    for k in range(rng.randrange(3, 6)):
        sx = x1 + 4 + k * max(3, (x2 - x1) // 6)
        cv2.rectangle(img, (sx, y1 + 4), (sx + max(2, (x2 - x1) // 10), y2 - 4), (40, 130, 240), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (
    game_controller,
    gaming_headset,
    race_track,
    chess_board,
    strategy_map,
    school_bus,
    crayon_box,
    bento_lunch,
)
GAME_ART: tuple[H11.Render, ...] = (race_track, chess_board, strategy_map)  # a game's picture, drawn


@dataclass
class Cast(H51.Cast):
    """heldout51's cast (heldout50's, heldout49's, heldout48's, heldout47's, heldout46's,
    heldout45's, heldout43's, heldout41's, heldout40's, heldout26's and heldout11's: a scene of
    people or a thing; half of a face's box showing counts it; animals' photos as ``pet``), its
    screens marked h52-, whose drawn things are this set's: a gamepad, a headset, a race track, a
    chess board, a strategy map, a school bus, crayons, a packed lunch; and a streamer's camera
    (``webcam``) that shows a pet, a drawn character or a thing when there is nobody."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h52-" + super().kind(layout).removeprefix("h51-")

    def webcam(
        self, s: Screen, x: int, y: int, w: int, h: int, fp: float, m: np.ndarray | None = None
    ) -> None:
        """A camera's picture at (x, y), w x h: a person whose face is ``fp`` px on the photo's own
        backdrop (heldout4's ``photo``); on a face-free cast a pet (a cat cam) on 40 %, a PNGtuber's
        drawn character (``mascot`` on a flat colour: cartoon eyes, never a face) on 30 %, else a
        thing."""
        if self.photos:
            self.photo(s, x, y, w, h, fp, m)
            return
        roll = self.rng.random()
        if roll < 0.4:
            self.pet(s, x, y, w, h, m)
        elif roll < 0.7:
            piece = np.full((h, w, 3), random_colour(self.rng, 60, 230), np.uint8)
            mascot(piece, (w // 2, round(h * 0.56)), max(3, round(min(w, h) * 0.34)), self.rng)
            blit(s.img, piece, x, y, m)
        else:
            self.thing(s, x, y, w, h, m)


# ----------------------------------------------------------------------------------------------
# Small parts: streams, cameras, channels, brackets, rosters, calls, classes, chats and pages.
# ----------------------------------------------------------------------------------------------


def game_footage(cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int]) -> None:
    """A game's picture in ``rect`` (never people): on half heldout26's ``game_frame`` (its platform
    level or a thing under a colour grade, lives, a score, an ability bar), else this set's game art
    (a race track, a chess board, a strategy map) with a minimap's square and a timer over it."""
    if rng.random() < 0.5:
        H26.game_frame(cast, rng, s, rect)
        return
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    blit(s.img, H11.render(rng, w, h, GAME_ART), x1, y1)
    m = max(12, h // 5)
    mx = x1 + 10 if rng.random() < 0.5 else x2 - m - 10
    cv2.rectangle(s.img, (mx, y1 + 10), (mx + m, y1 + 10 + m), (40, 50, 40), -1)
    cv2.rectangle(s.img, (mx, y1 + 10), (mx + m, y1 + 10 + m), WHITE, max(1, m // 40))
    note(
        s.img,
        f"{rng.randrange(0, 20)}:{rng.randrange(60):02d}",
        (x1 + w // 2 - h // 10, y1 + h // 10 + 6),
        h / 700,
        WHITE,
        2,
    )


def webcam_overlay(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    rect: tuple[int, int, int, int],
    size: tuple[float, float],
    plate: bool = True,
    even: bool = False,
) -> tuple[int, int, int, int]:
    """A streamer's camera over a corner of the footage in ``rect`` (the overlay a streamer puts on the game):
    a 4:3 or 16:9 frame, a rounded one or a disc, whose face is ``size`` px (skewed small unless ``even``), in
    one of the four corners (a lower one on 60 %), in a rim of the overlay's colour (drawn before the camera),
    with ``plate`` on half the streamer's name plate across the frame's foot (opaque: it takes the pixels it
    covers). Returns the camera's rectangle."""
    x1, y1, x2, y2 = rect
    fp = rng.uniform(*size) if even else small(rng, size[0], size[1])
    shape = rng.choice(("frame", "frame", "rounded", "disc"))
    if shape == "disc":
        w = h = round(fp * rng.uniform(1.7, 2.2))
    else:
        h = round(fp * rng.uniform(1.8, 2.4))
        w = round(h * rng.choice((4 / 3, 16 / 9)))
    w, h = min(w, x2 - x1 - 16), min(h, y2 - y1 - 16)
    if shape == "disc":
        w = h = min(w, h)
    gap = rng.randrange(6, 20)
    x = x1 + gap if rng.random() < 0.5 else x2 - gap - w
    y = y2 - gap - h if rng.random() < 0.6 else y1 + gap
    rim, colour = max(2, round(h / 40)), random_colour(rng, 80, 250)
    if shape == "disc":
        cv2.circle(s.img, (x + w // 2, y + h // 2), w // 2 + rim, colour, -1, cv2.LINE_AA)
        m = mask(w, "circle")
    else:
        r = 0 if shape == "frame" else max(2, h // 8)
        fill(s.img, rounded_rect(h + 2 * rim, w + 2 * rim, r + rim if r else 0), x - rim, y - rim, colour)
        m = rounded_rect(h, w, r) if r else None
    cast.webcam(s, x, y, w, h, fp, m)
    if plate and shape != "disc" and rng.random() < 0.5:
        ph = max(14, h // 6)
        cv2.rectangle(s.img, (x - rim, y + h - ph), (x + w + rim, y + h + rim), colour, -1)
        note(
            s.img,
            rng.choice(NICKS),
            (x + 6, y + h - ph // 4),
            ph / 34,
            INK if sum(colour) > 420 else WHITE,
            1,
        )
    return (x, y, x + w, y + h)


def thumbnail(
    cast: Cast, rng: random.Random, w: int, h: int, size: tuple[float, float]
) -> tuple[np.ndarray, list[BoxF]]:
    """A stream's or a clip's thumbnail, w x h, drawn on its own (heldout11's ``offscreen``): the game
    (``game_footage``) with the streamer's camera over a corner (``webcam_overlay``, no plate: faces
    ``size`` px), to be pasted whole (a thumbnail past the screen's edge cuts its camera)."""

    def draw(sc: Screen) -> None:
        game_footage(cast, rng, sc, (0, 0, w, h))
        webcam_overlay(cast, rng, sc, (0, 0, w, h), size, plate=False)

    return H11.offscreen(w, h, draw)


def stream_player(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A live stream's player across the screen's top (16:9): the game (``game_footage``), the
    streamer's camera over a corner (``webcam_overlay``: 40-100 px; on a quarter two cameras, a duo's,
    28-50 px each), on 35 % an alert over the top (a drawn ``mascot`` and who followed: opaque), on
    40 % the player's controls in a dark band over its foot (opaque: a camera under it is cut), LIVE
    and the viewers. Returns its height with the gap under it."""
    vh = WIDTH * 9 // 16
    rect = (0, y, WIDTH, y + vh)
    game_footage(cast, rng, s, rect)
    if rng.random() < 0.25:
        a = webcam_overlay(cast, rng, s, rect, (28, 50))
        other = (0, y, a[0], y + vh) if a[0] > WIDTH // 2 else (a[2], y, WIDTH, y + vh)
        webcam_overlay(cast, rng, s, other, (28, 50))
    else:
        webcam_overlay(cast, rng, s, rect, (40, 100), even=True)
    if rng.random() < 0.35:
        ax = rng.randrange(200, WIDTH - 560)
        rounded_card(s.img, ax, y + 30, 360, 96, 18, (30, 30, 34))
        mascot(s.img, (ax + 50, y + 80), 32, rng)
        note(s.img, f"{rng.choice(NICKS)} just followed!", (ax + 96, y + 86), 0.62, WHITE, 2)
    if rng.random() < 0.4:
        cv2.rectangle(s.img, (0, y + vh - 64), (WIDTH, y + vh), (20, 20, 22), -1)
        progress(s.img, 20, y + vh - 60, WIDTH - 40, 1.0, RED, RED, 4)
        for k in range(4):
            icon(s.img, rng, (50 + k * 70, y + vh - 28), 14, WHITE)
    tag(s.img, 20, y + 20, "LIVE", RED, 36)
    pill(s.img, 110, y + 20, 130, 36, (20, 20, 20))
    note(s.img, f"{rng.randrange(1, 99)}.{rng.randrange(10)}K", (130, y + 46), 0.56, WHITE)
    return vh + 20


def streamer_bar(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The streamer under the player: the round 36-48 px face in a red live ring with a "LIVE" tag
    over the ring's foot (and the chin's on some: it takes the pixels it covers), the name, the
    stream's title, the game's chip, a follow button. Returns its height (120 px)."""
    fp, side = _size(rng, 36, small(rng, 36.5, 48), (1.1, 1.2))
    ring_avatar(cast, s, 30, y + 10, fp, side, RED)
    tag(s.img, 30 + side // 2 - 30, y + 10 + side - rng.randrange(2, 10), "LIVE", RED, 24)
    x = 60 + side
    note(s.img, rng.choice(NICKS), (x, y + 38), 0.7, s.fg, 2)
    note(s.img, words(rng, rng.randrange(3, 6)).lower()[:34], (x, y + 72), 0.5, s.fg)
    chips(s.img, rng, x, y + 84, 1, 30, (120, 170), off(s.bg, 20), s.fg)
    pill(s.img, WIDTH - 190, y + 26, 160, 56, PURPLE)
    note(s.img, "Follow", (WIDTH - 154, y + 64), 0.6, WHITE, 2)
    return 120


def raid_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A raid or gifted subs' banner in the chat: purple, who is raiding or gifting and how many, the
    raiders or the gifted (a stack of 18-22 px, "+N"). Returns its height with the gap under it (130
    px)."""
    back = (150, 50, 110)
    rounded_card(s.img, 20, y, WIDTH - 40, 110, 18, back)
    if rng.random() < 0.5:
        note(
            s.img,
            f"{rng.choice(NICKS)} is raiding with {rng.randrange(20, 4000)} viewers",
            (44, y + 44),
            0.6,
            WHITE,
            2,
        )
    else:
        note(
            s.img,
            f"{rng.choice(NICKS)} gifted {rng.choice((5, 10, 20, 50))} subs!",
            (44, y + 44),
            0.6,
            WHITE,
            2,
        )
    stack(cast, s, rng, 44, y + 60, rng.randrange(3, 7), 18.3, 22, back, rng.randrange(0, 200))
    return 130


def chat_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of a stream's chat: on 75 % the chatter's round 18-22 px face (initials on some), one
    or two badges (``chat_badge``), the name in a colour of its own, a few words, emotes after them
    (heldout26's ``emote``; a small drawn ``mascot`` on some); on a tenth the line highlighted (a band
    drawn before the face). Returns its height (48 px)."""
    img = s.img
    if rng.random() < 0.1:
        cv2.rectangle(img, (16, y), (WIDTH - 16, y + 46), off(s.bg, 30), -1)
        cv2.rectangle(img, (16, y), (22, y + 46), PURPLE, -1)
    x = 30
    if rng.random() < 0.75:
        x += 10 + face_or_initials(cast, rng, s, (x, y + 2), (18.3, 22), "circle", 0.12)
    for _ in range(rng.choice((1, 1, 2))):
        chat_badge(img, rng, (x + 11, y + 22), 11)
        x += 28
    name = rng.choice(NICKS) + str(rng.randrange(10, 99))
    note(img, name + ":", (x, y + 30), 0.56, random_colour(rng, 90, 250), 2)
    (nw, _th), _ = cv2.getTextSize(name + ":", cv2.FONT_HERSHEY_SIMPLEX, 0.56, 2)
    text = " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(1, 5)))
    note(img, text, (x + nw + 12, y + 30), 0.56, s.fg)
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.56, 1)
    ex = x + nw + tw + 40
    for _ in range(rng.choice((0, 0, 1, 2))):
        if ex + 30 < WIDTH - 20:
            if rng.random() < 0.25:
                mascot(img, (ex, y + 24), 14, rng)
            else:
                emote(img, rng, (ex, y + 22), 15)
            ex += 40
    return 48


def live_rings(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Channels live now: round 40-56 px faces in red rings about 190 px apart, the last across the
    screen's right edge (heldout45's ``carousel``: cut, counted while half of its box shows), a "LIVE"
    tag over each ring's foot (it takes the pixels it covers), names under them. Returns its height
    with the gap under it."""
    fp, side = _size(rng, 40, small(rng, 40.5, 56), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        ring_avatar(cast, s, x, y + 8, fp, side, RED)
        tag(s.img, x + side // 2 - 30, y + side, "LIVE", RED, 24)
        note(s.img, rng.choice(NICKS), (x, y + side + 56), 0.46, s.fg)
    return side + 80


def channel_row(cast: Cast, rng: random.Random, s: Screen, y: int, live: bool) -> int:
    """A followed channel. Live: the stream's ``thumbnail`` (300 x 169, the camera's face 18-28 px), its
    corners rounded; at its right the streamer's round 24-34 px face (initials on some), the name and a LIVE
    tag, the title, the game and how many watch, tag chips. Offline: a round 26-40 px face, grey on half
    (heldout10's ``greyed``: counted as it looks), the name, when it was last live, a bell. Returns its height
    (200 px live, 110 offline)."""
    img = s.img
    if not live:
        side = face_or_initials(cast, rng, s, (30, y + 12), (26, 40), "circle", 0.12)
        if rng.random() < 0.5:
            H10.redrawn(s, (30, y + 12, 30 + side, y + 12 + side), H10.greyed)
        x = 56 + side
        note(img, rng.choice(NICKS), (x, y + 46), 0.62, s.fg, 2)
        note(img, f"Offline - last live {rng.randrange(1, 30)} days ago", (x, y + 80), 0.48, GREY)
        icon(img, rng, (WIDTH - 70, y + 54), 18, GREY)
        return 110
    piece, faces = thumbnail(cast, rng, 300, 169, (18.3, 28))
    H11.paste_photo(cast, s, piece, faces, 30, y + 12, rounded_rect(169, 300, 14))
    x = 350
    side = face_or_initials(cast, rng, s, (x, y + 14), (24, 34), "circle", 0.12)
    nick = rng.choice(NICKS)
    note(img, nick, (x + side + 14, y + 40), 0.6, s.fg, 2)
    (nw, _th), _ = cv2.getTextSize(nick, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 2)
    tag(img, x + side + nw + 28, y + 16, "LIVE", RED, 26)
    note(img, words(rng, rng.randrange(2, 5)).lower()[:28], (x, y + 94), 0.5, s.fg)
    note(
        img,
        f"{rng.choice(GAMES)} - {rng.randrange(1, 99)}.{rng.randrange(10)}K watching",
        (x, y + 128),
        0.48,
        GREY,
    )
    chips(img, rng, x, y + 146, 2, 32, (90, 140), off(s.bg, 18), s.fg)
    return 200


def match_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, done: bool, known: bool = True
) -> int:
    """A bracket's match at (x, y), ``w`` px wide: two teams' rows, each a drawn logo, the team's
    tag, its players as a stack of two or three round 18-22 px faces ("+N" for the rest) and the
    score; when ``done`` the loser's row grey (heldout10's ``greyed``: faces counted as they look)
    and the winner's score in gold; unless ``known`` (teams still to be decided) "TBD" and a dashed
    ring in each row, no faces. Returns its height (150 px)."""
    img, card = s.img, off(s.bg, 12)
    rounded_card(img, x, y, w, 140, 16, card)
    loser = rng.randrange(2)
    for k in range(2):
        ty = y + 6 + k * 66
        if not known:
            dashed_ring(img, (x + 34, ty + 30), 20, GREY)
            note(img, "TBD", (x + 62, ty + 40), 0.56, GREY, 2)
            continue
        team_logo(img, rng, (x + 34, ty + 30), 20, random_colour(rng, 40, 220))
        note(img, rng.choice(TEAMS), (x + 62, ty + 40), 0.56, s.fg, 2)
        n = rng.randrange(2, 4)
        stack(cast, s, rng, x + 134, ty + 10, n, 18.3, 22, card, 5 - n)
        if done:
            score, colour = (rng.randrange(0, 2), GREY) if k == loser else (2, GOLD)
        else:
            score, colour = rng.randrange(0, 2), s.fg
        note(img, str(score), (x + w - 40, ty + 42), 0.8, colour, 2)
        if done and k == loser:
            H10.redrawn(s, (x + 8, ty, x + w - 8, ty + 62), H10.greyed)
    cv2.line(img, (x + 12, y + 72), (x + w - 12, y + 72), off(card, 20), 1)
    return 150


def bracket(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tournament's bracket down the page: four quarter-finals (``match_card``) at the left, the two
    semi-finals at the right between their pairs (their teams "TBD" until both quarter-finals before
    them are played), lines joining them; played matches grey their losers. Returns its height with
    the gap under it (640 px)."""
    w = (WIDTH - 100) // 2
    played = rng.randrange(1, 5)
    for k in range(4):
        match_card(cast, rng, s, 30, y + k * 160, w, k < played)
    for k in range(2):
        top = y + 80 + k * 320
        match_card(cast, rng, s, 70 + w, top, w, False, played >= 2 * k + 2)
        for j in range(2):
            my = y + (2 * k + j) * 160 + 70
            cv2.line(s.img, (30 + w, my), (50 + w, my), GREY, 2)
        cv2.line(s.img, (50 + w, y + 2 * k * 160 + 70), (50 + w, y + (2 * k + 1) * 160 + 70), GREY, 2)
        cv2.line(s.img, (50 + w, top + 70), (70 + w, top + 70), GREY, 2)
    return 640


def featured_match(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The match on now: a card with "LIVE", both teams' drawn logos and tags and the score, and
    under each team its five players' cameras as a strip of tall tiles (``webcam``: faces 22-36 px,
    a name on a dark strip across each tile's foot that takes the pixels it covers). Returns its
    height with the gap under it (380 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 360, 22, card)
    tag(img, 40, y + 20, "LIVE", RED, 32)
    note(img, rng.choice(("Grand final", "Upper final", "Semi-final")), (130, y + 46), 0.6, s.fg, 2)
    half = (WIDTH - 80) // 2
    for k in range(2):
        x0 = 40 + k * (half + 0)
        team_logo(img, rng, (x0 + 40, y + 110), 30, random_colour(rng, 40, 220))
        note(img, rng.choice(TEAMS), (x0 + 84, y + 124), 0.8, s.fg, 2)
        note(img, str(rng.randrange(0, 3)), (x0 + half - 70, y + 126), 1.2, s.fg, 3)
        tw = (half - 20) // 5
        for j in range(5):
            tx = x0 + j * tw
            fp = small(rng, 22, 36)
            cast.webcam(s, tx, y + 170, tw - 6, 150, fp, rounded_rect(150, tw - 6, 8))
            cv2.rectangle(img, (tx, y + 300), (tx + tw - 6, y + 320), (20, 20, 20), -1)
            note(img, rng.choice(NICKS)[:6], (tx + 4, y + 316), 0.38, WHITE)
    return 380


def standing_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A group's table line: the rank, a drawn logo, the team's tag, on half its captain's round 20-28
    px face, wins and losses, the last five results as dots. Returns its height (84 px)."""
    img = s.img
    note(img, str(rank), (32, y + 50), 0.62, s.fg, 2)
    team_logo(img, rng, (96, y + 42), 24, random_colour(rng, 40, 220))
    note(img, rng.choice(TEAMS), (134, y + 52), 0.62, s.fg, 2)
    if rng.random() < 0.5:
        face_or_initials(cast, rng, s, (240, y + 18), (20, 28), "circle", 0.1)
    wins = rng.randrange(0, 9)
    note(img, f"{wins} - {8 - wins}", (WIDTH - 420, y + 52), 0.6, s.fg)
    for k in range(5):
        cv2.circle(
            img, (WIDTH - 250 + k * 40, y + 42), 11, GREEN if rng.random() < 0.55 else RED, -1, cv2.LINE_AA
        )
    cv2.line(img, (30, y + 82), (WIDTH - 30, y + 82), off(s.bg, 14), 1)
    return 84


def team_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A team's photo across the screen (heldout11's ``gathering``: two rows of four to six in
    their jerseys, the front faces 26-44 px, those behind 0.7-0.85 of them), a sponsor's band over its
    foot and the team's logo on a disc over the band's left end (opaque: they take the pixels they
    cover). Returns its height with the gap under it."""
    fp = rng.uniform(26, 44)
    h = max(380, round(fp * rng.uniform(7.5, 9.0)))
    back, per, stand = fp * rng.uniform(0.7, 0.85), rng.randrange(4, 7), rng.uniform(0.12, 0.2)
    piece, faces = H11.gathering(cast, WIDTH, h, back, fp, 2, per, (1.5, 2.0), stand)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    band = random_colour(rng, 20, 120)
    cv2.rectangle(s.img, (0, y + h - 50), (WIDTH, y + h), band, -1)
    note(
        s.img,
        "  ".join(rng.choice(("HYPERX", "VOLTA", "NEXUS", "GRID", "ORBITAL")) for _ in range(3)),
        (190, y + h - 16),
        0.6,
        WHITE,
        2,
    )
    cv2.circle(s.img, (100, y + h - 40), 72, s.bg, -1, cv2.LINE_AA)
    team_logo(s.img, rng, (100, y + h - 40), 62, random_colour(rng, 40, 220))
    return h + 50


def player_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, colour: Colour
) -> None:
    """A starter's card at (x, y), w x h: the team's colour graded down it, the player cut out head
    to waist (heldout11's ``figure``, the face 48-90 px), the nickname on a plate across the chest
    (below the face), the role's tag and the country's flag at the top corners; its corners
    rounded."""
    img = s.img
    gradient(img, (x, y, x + w, y + h), tone(colour, 50), tone(colour, -60))
    fp = rng.uniform(48, 90)
    H11.figure(
        cast, s, x + w / 2, y + 40 + fp * rng.uniform(0.9, 1.1), fp, (x, y, min(x + w, WIDTH), y + h), True
    )
    plate = y + h - 70
    cv2.rectangle(img, (x, plate), (min(x + w, WIDTH), plate + 44), (20, 20, 24), -1)
    note(img, rng.choice(NICKS), (x + 14, plate + 32), 0.7, WHITE, 2)
    tag(img, x + 10, y + 10, rng.choice(ROLES), (20, 20, 24), 26)
    if x + w - 50 < WIDTH:
        flag(img, rng, x + w - 50, y + 12, 38, 24)
    if x + w <= WIDTH:
        rounded_corners(s, (x, y, x + w, y + h), 16)


def starters(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The five starters as cards (``player_card``: faces 48-90 px) in a row past the right edge
    (heldout45's ``carousel``: the last cut by the edge, counted while half of its box shows).
    Returns its height with the gap under it (380 px)."""
    colour = random_colour(rng, 40, 200)
    for x in carousel(rng, 250, 230)[:5]:
        player_card(cast, rng, s, x, y, 230, 350, colour)
    return 380


def staff_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The team's staff: a coach, an analyst and a manager, their 24-36 px faces in rounded squares
    (initials on some) with their jobs on tags under them and their names at the right. Returns its
    height with the gap under it (140 px)."""
    step = (WIDTH - 60) // 3
    for k, job in enumerate(("Coach", "Analyst", "Manager")):
        x = 30 + k * step
        side = face_or_initials(cast, rng, s, (x, y + 10), (24, 36), "rounded", 0.12)
        tag(s.img, x, y + 20 + side, job, (60, 60, 64), 26)
        note(s.img, rng.choice(NICKS), (x + side + 14, y + 40), 0.56, s.fg, 2)
        note(s.img, who(rng)[:9], (x + side + 14, y + 70), 0.44, GREY)
    return 140


def academy_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A player of the academy's roster: their 20-28 px face in a square ruled in the team's colour
    (initials on some), the nickname and real name, the role, a flag; on a fifth a "TRIAL" tag over
    the avatar's foot (it takes the pixels it covers). Returns its height (80 px)."""
    img = s.img
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
    colour = random_colour(rng, 40, 220)
    if rng.random() < 0.12:
        H3.initials(img, rng, 30, y + 14, side, "square", colour)
    else:
        cast.avatar(s, 30, y + 14, fp, side, "square", colour)
    if rng.random() < 0.2:
        tag(img, 24, y + 14 + side - 12, "TRIAL", GOLD, 20)
    x = 60 + side
    note(img, f"{rng.choice(NICKS)}  {who(rng)} {rng.choice(SURNAMES)}", (x, y + 38), 0.55, s.fg, 2)
    note(img, rng.choice(ROLES), (x, y + 66), 0.45, GREY)
    flag(img, rng, WIDTH - 90, y + 26, 44, 28)
    cv2.line(img, (30, y + 78), (WIDTH - 30, y + 78), off(s.bg, 14), 1)
    return 80


def call_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, kind: str) -> None:
    """A voice call's tile at (x, y), w x h: ``kind`` "camera" (``webcam``, the face 40-100 px), "avatar"
    (a round 44-64 px face on the tile's colour, green speaking rings round it on half: drawn before
    it) or "share" (a shared game, ``game_footage``, with the sharer's camera in a corner:
    ``webcam_overlay``, 18-26 px); its corners rounded, the name on an opaque label over its lower
    left, a muted mic's badge on some."""
    img = s.img
    if kind == "camera":
        cast.webcam(s, x, y, w, h, rng.uniform(40, 100), rounded_rect(h, w, 16))
    elif kind == "avatar":
        colour = random_colour(rng, 40, 200)
        fill(img, rounded_rect(h, w, 16), x, y, colour)
        fp, side = _size(rng, 44, small(rng, 44.5, 64), (1.1, 1.2))
        c = (x + w // 2, y + h // 2)
        if rng.random() < 0.5:
            voice_rings(img, c, side // 2, GREEN, 2)
        cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    else:
        game_footage(cast, rng, s, (x, y, x + w, y + h))
        webcam_overlay(cast, rng, s, (x, y, x + w, y + h), (18.3, 26), plate=False)
        fill(img, 255 - rounded_rect(h, w, 16), x, y, s.bg)
        tag(img, x + w - 120, y + 10, "LIVE", RED, 26)
    name_label(img, rng.choice(NICKS), x + 10, y + h - 10, 30)
    if rng.random() < 0.3:
        mic_off(img, (x + w - 30, y + h - 30), 16, (30, 30, 30))


def call_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A voice channel's call: two columns of two or three rows of tiles (``call_tile``: cameras, avatars
    and on half one shared game). Returns its height with the gap under it."""
    rows = rng.randrange(2, 4)
    tw, th = (WIDTH - 50) // 2, 270
    kinds = [rng.choice(("camera", "camera", "avatar")) for _ in range(2 * rows)]
    if rng.random() < 0.5:
        kinds[rng.randrange(len(kinds))] = "share"
    for k, kind in enumerate(kinds):
        call_tile(cast, rng, s, 20 + (k % 2) * (tw + 10), y + (k // 2) * (th + 10), tw, th, kind)
    return rows * (th + 10) + 10


def voice_member(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member in a voice channel's list: their round 18-26 px face (a green speaking ring round it on
    a third, drawn before it; initials on some), the name, a muted mic or deafened headphones on
    some, a "LIVE" tag for one streaming. Returns its height (62 px)."""
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.2))
    if rng.random() < 0.33:
        cv2.circle(s.img, (50 + side // 2, y + 8 + side // 2), side // 2 + 4, GREEN, 3, cv2.LINE_AA)
    if rng.random() < 0.12:
        H3.initials(s.img, rng, 50, y + 8, side, "circle", None)
    else:
        cast.avatar(s, 50, y + 8, fp, side, "circle")
    note(s.img, rng.choice(NICKS), (66 + side, y + 8 + side // 2 + 8), 0.56, s.fg)
    roll = rng.random()
    if roll < 0.25:
        mic_off(s.img, (WIDTH - 120, y + 24), 14, off(s.bg, 30))
    elif roll < 0.4:
        headphones(s.img, (WIDTH - 120, y + 26), 14, GREY, True)
    elif roll < 0.5:
        tag(s.img, WIDTH - 200, y + 10, "LIVE", RED, 26)
    return 62


def seating_chart(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A classroom's seating plan from above: the board along the top, the teacher's desk with the
    teacher's round 32-44 px face over its edge, three or four rows of five desks, each with a pupil's
    round 20-28 px face over it (a dashed ring where one is absent: never a face; a late mark over the
    face's lower right on some: it takes the pixels it covers) and the name on the desk. Returns its
    height with the gap under it."""
    img = s.img
    rows = rng.randrange(3, 5)
    h = 230 + rows * 170
    floor = (205, 215, 222) if sum(s.bg) > 384 else (70, 72, 76)
    cv2.rectangle(img, (20, y), (WIDTH - 20, y + h), floor, -1)
    for gx in range(20, WIDTH - 20, 90):
        cv2.line(img, (gx, y), (gx, y + h), off(floor, 10), 1)
    cv2.rectangle(img, (200, y + 14), (WIDTH - 200, y + 50), CHALK, -1)
    note(
        img,
        f"{rng.choice(('Maths', 'Reading', 'Science', 'Art'))} {rng.randrange(8, 15)}:00",
        (230, y + 42),
        0.55,
        WHITE,
    )
    desk = (80, 140, 190)
    cv2.rectangle(img, (WIDTH // 2 - 140, y + 130), (WIDTH // 2 + 140, y + 190), desk, -1)
    fp, side = _size(rng, 32, small(rng, 32.5, 44), (1.1, 1.2))
    cv2.circle(img, (WIDTH // 2, y + 130), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, WIDTH // 2 - side // 2, y + 130 - side // 2, fp, side, "circle")
    step = (WIDTH - 80) // 5
    for r in range(rows):
        for c in range(5):
            dx, dy = 40 + c * step + (step - 150) // 2, y + 280 + r * 170
            cv2.rectangle(img, (dx, dy), (dx + 150, dy + 56), desk, -1)
            note(img, who(rng)[:8], (dx + 12, dy + 40), 0.45, INK)
            roll = rng.random()
            cx, cy = dx + 75, dy - 26
            if roll < 0.12:
                dashed_ring(img, (cx, cy), 22, GREY)
                continue
            fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
            cv2.circle(img, (cx, cy), side // 2 + 3, WHITE, -1, cv2.LINE_AA)
            cast.avatar(s, cx - side // 2, cy - side // 2, fp, side, "circle")
            if roll > 0.9:
                clock_badge(img, (cx + side // 2 - 2, cy + side // 2 - 2), max(7, side // 4), floor)
    return h + 20


def student_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A pupil on the register: their 24-36 px face in a rounded square (initials on some), the name,
    present, absent and late as a segmented control with one chosen; an absent pupil's row grey
    (heldout10's ``greyed``: the face counted as it looks), a late one's clock over the face's lower
    right (it takes the pixels it covers). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 14), (24, 36), "rounded", 0.12)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 48), 0.6, s.fg, 2)
    state = rng.choices(range(3), (7, 2, 1))[0]
    for k, (label, colour) in enumerate((("P", GREEN), ("A", RED), ("L", (30, 160, 240)))):
        bx = WIDTH - 280 + k * 84
        if k == state:
            pill(img, bx, y + 22, 76, 52, colour)
        else:
            outlined(img, bx, y + 22, 76, 52, off(s.bg, 40), s.bg)
        note(img, label, (bx + 28, y + 58), 0.66, WHITE if k == state else GREY, 2)
    if state == 2:
        clock_badge(img, (30 + side - 4, y + 14 + side - 4), max(8, side // 4), s.bg)
    if state == 1:
        H10.redrawn(s, (20, y + 4, WIDTH - 20, y + 96), H10.greyed)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def teacher_header(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A parent-teacher chat's header: back, the teacher's round 36-48 px face in the school's green
    ring, the name and class, a "Translated" chip. Returns its height (130 px)."""
    chevron(s.img, 36, y + 50, s.fg, back=True)
    fp, side = _size(rng, 36, small(rng, 36.5, 48), (1.1, 1.2))
    ring_avatar(cast, s, 70, y + 14, fp, side, SCHOOL)
    x = 100 + side
    note(s.img, f"{rng.choice(('Ms', 'Mr', 'Mrs', 'Mx'))} {rng.choice(SURNAMES)}", (x, y + 44), 0.7, s.fg, 2)
    note(s.img, f"{rng.choice(CLASSES)} - teacher", (x, y + 78), 0.5, GREY)
    if rng.random() < 0.5:
        tag(s.img, WIDTH - 200, y + 26, "Translated", (200, 140, 60), 30)
    cv2.line(s.img, (0, y + 126), (WIDTH, y + 126), off(s.bg, 20), 2)
    return 130


def teacher_post(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """The teacher's message: a bubble at the left with two lines and, with ``photo``, a photo in
    it, 640 x 420: the class's (heldout11's ``snapshot``: children and helpers 20-50 px, or a thing) or
    on a fifth the class pet's (``pet``), then
    who has seen it (a stack of 18-22 px, "+N") and the hearts. Returns its height with the gap under
    it (160 px, 600 with the photo)."""
    img = s.img
    bubble = off(s.bg, 14)
    h = 120 + (440 if photo else 0)
    rounded_card(img, 30, y, 700, h - 30, 24, bubble)
    note(img, words(rng, rng.randrange(3, 6)).lower()[:40], (56, y + 44), 0.55, s.fg)
    note(img, words(rng, rng.randrange(2, 5)).lower()[:40], (56, y + 80), 0.55, s.fg)
    if photo and rng.random() < 0.2:
        cast.pet(s, 60, y + 100, 640, 420, rounded_rect(420, 640, 18))
    elif photo:
        piece, faces = H11.snapshot(cast, 640, 420, 20, 50, 0.9)
        H11.paste_photo(cast, s, piece, faces, 60, y + 100, rounded_rect(420, 640, 18))
    note(img, "Seen by", (40, y + h + 6), 0.45, GREY)
    end = stack(cast, s, rng, 120, y + h - 22, rng.randrange(2, 6), 18.3, 22, s.bg, rng.randrange(0, 24))
    note(img, f"{rng.randrange(1, 30)} hearts", (end + 16, y + h + 6), 0.45, GREY)
    return h + 40


def parent_reply(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A parent's reply: a bubble in the accent at the right, on half the parent's round 22-28 px face
    beside its foot. Returns its height with the gap under it (120 px)."""
    face = rng.random() < 0.5
    right = WIDTH - (90 if face else 30)
    bw = rng.randrange(360, 640)
    rounded_card(s.img, right - bw, y, bw, 90, 24, s.accent)
    note(s.img, words(rng, rng.randrange(2, 5)).lower()[:30], (right - bw + 26, y + 54), 0.55, WHITE)
    if face:
        face_or_initials(cast, rng, s, (WIDTH - 70, y + 50), (22, 28), "circle", 0.15)
    return 120


def points_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Today's points: five children's round 22-30 px faces (on a quarter a drawn monster in the
    child's place, the class app's own avatar: ``mascot``, never a face) with their points on a badge
    over the lower right (it takes the pixels it covers), first names under. Returns its height with
    the gap under it (170 px)."""
    img = s.img
    note(img, "Points today", (30, y + 24), 0.55, GREY, 2)
    step = (WIDTH - 60) // 5
    for k in range(5):
        x = 40 + k * step
        fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
        if rng.random() < 0.25:
            cv2.circle(img, (x + side // 2, y + 44 + side // 2), side // 2, off(s.bg, 24), -1, cv2.LINE_AA)
            mascot(img, (x + side // 2, y + 48 + side // 2), side * 2 // 5, rng)
        else:
            cast.avatar(s, x, y + 44, fp, side, "circle")
        point_badge(img, (x + side - 2, y + 44 + side - 2), 11, rng.choice((1, 1, 2, 3, -1)), s.bg)
        note(img, who(rng)[:7], (x - 6, y + 44 + side + 36), 0.45, s.fg)
    return 170


def oval_photo(cast: Cast, s: Screen, x: int, y: int, fp: float, rim: Colour | None) -> tuple[int, int]:
    """A school portrait in an oval at (x, y), 2 x 2.5 times the face (heldout3's ``photo``: the face
    ``fp`` px; a thing on a face-free cast), in a rim of ``rim`` when given (drawn before it). Returns
    the oval's width and height."""
    ow, oh = round(fp * 2.0), round(fp * 2.5)
    m = np.zeros((oh, ow), np.uint8)
    cv2.ellipse(m, (ow // 2, oh // 2), (ow // 2 - 1, oh // 2 - 1), 0, 0, 360, 255, -1, cv2.LINE_AA)
    if rim is not None:
        cv2.ellipse(
            s.img, (x + ow // 2, y + oh // 2), (ow // 2 + 3, oh // 2 + 3), 0, 0, 360, rim, -1, cv2.LINE_AA
        )
    cast.photo(s, x, y, ow, oh, fp, m)
    return ow, oh


def text_bars(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, n: int, colour: Colour) -> int:
    """``n`` lines of printed text as grey bars of ragged lengths from (x, y), 22 px apart. Returns
    the y under them."""
    for k in range(n):
        cv2.rectangle(
            img, (x, y + k * 22), (x + round(w * rng.uniform(0.7, 1.0)), y + k * 22 + 9), colour, -1
        )
    return y + n * 22


def newsletter_sheet(cast: Cast, rng: random.Random, pw: int, ph: int) -> tuple[np.ndarray, list[BoxF]]:
    """A school newsletter's page, pw x ph, drawn on its own (heldout11's ``offscreen``): the masthead (a
    drawn crest, the school, the issue), a headline over two columns of text, the class's or the team's group
    photo (heldout11's ``gathering``: two or three rows of five to eight, the front 20-32 px) with its
    caption, a staff spotlight (heldout11's ``portrait``, 60-110 px) beside text, "stars of the week" in one
    or two rows of five ovals (faces 22-32 px) with names, more text."""
    ink = (60, 60, 60)

    def draw(sc: Screen) -> None:
        img = sc.img
        img[:] = PAPER
        crest(img, (70, 70), 36, SCHOOL)
        cv2.putText(img, rng.choice(SCHOOLS), (130, 80), cv2.FONT_HERSHEY_TRIPLEX, 1.1, INK, 2, cv2.LINE_AA)
        note(
            img,
            f"Newsletter - issue {rng.randrange(2, 40)} - {rng.choice(('March', 'June', 'October'))}",
            (130, 120),
            0.55,
            ink,
        )
        cv2.line(img, (40, 150), (pw - 40, 150), SCHOOL, 4)
        cv2.putText(
            img, words(rng, 3).title()[:26], (40, 210), cv2.FONT_HERSHEY_TRIPLEX, 1.0, INK, 2, cv2.LINE_AA
        )
        cw = (pw - 100) // 2
        for k in range(2):
            text_bars(img, rng, 40 + k * (cw + 20), 240, cw, 5, (150, 150, 150))
        y = 370
        gw, fp = pw - 80, rng.uniform(20, 32)
        gh = max(320, round(fp * rng.uniform(8, 10)))
        back, rows, per = fp * rng.uniform(0.6, 0.8), rng.choice((2, 2, 3)), rng.randrange(5, 9)
        piece, faces = H11.gathering(cast, gw, gh, back, fp, rows, per, (1.6, 2.1), 0.15)
        H11.paste_photo(cast, sc, piece, faces, 40, y)
        note(img, words(rng, 5).lower(), (40, y + gh + 30), 0.5, ink)
        y += gh + 60
        note(img, "STAFF SPOTLIGHT", (40, y + 20), 0.7, SCHOOL, 2)
        piece, faces = H11.portrait(cast, 220, 260, rng.uniform(60, 110))
        H11.paste_photo(cast, sc, piece, faces, 40, y + 40)
        text_bars(img, rng, 290, y + 50, pw - 340, 9, (150, 150, 150))
        y += 330
        note(img, "STARS OF THE WEEK", (40, y + 20), 0.7, SCHOOL, 2)
        step, rows = (pw - 80) // 5, rng.choice((1, 2))
        for r in range(rows):
            for c in range(5):
                fp = small(rng, 22, 32)
                oy = y + 40 + r * 170
                _ow, oh = oval_photo(cast, sc, 40 + c * step + (step - round(fp * 2)) // 2, oy, fp, None)
                note(img, who(rng)[:8], (40 + c * step + 10, oy + oh + 24), 0.45, ink)
        text_bars(img, rng, 40, y + 60 + rows * 170, pw - 80, 30, (150, 150, 150))

    return H11.offscreen(pw, ph, draw)


def newsletter_page(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> None:
    """The newsletter in a document viewer from ``y`` to ``foot``: the page (``newsletter_sheet``) on
    the viewer's grey, scrolled down a little on some (its top under the viewer's bar), zoomed past
    the screen's sides on 40 % (faces by the edges cut, counted while half of their box shows), a
    scan on a third (heldout10's ``printed``: grey, on some sepia, counted as it looks) turned up to
    2 degrees; the parts of the page past ``foot`` are not on the screen."""
    cv2.rectangle(s.img, (0, y), (WIDTH, foot), VIEWER, -1)
    zoomed = rng.random() < 0.4
    pw = rng.randrange(WIDTH + 80, WIDTH + 240) if zoomed else rng.randrange(WIDTH - 120, WIDTH - 40)
    ph = 1850
    piece, faces = newsletter_sheet(cast, rng, pw, ph)
    where = None
    if rng.random() < 0.33:
        piece = H10.printed(rng)(piece)
        piece, faces, where = H11.turned(piece, faces, rng.uniform(-2, 2))
    px = -rng.randrange(20, pw - WIDTH + 60) if zoomed else (WIDTH - piece.shape[1]) // 2
    py = y + 20 - (rng.randrange(0, 260) if rng.random() < 0.5 else 0)
    piece, faces = _cut(piece, faces, 0, max(0, y - py), piece.shape[1], foot - max(py, y))
    if where is not None:
        where = np.ascontiguousarray(where[max(0, y - py) : max(0, y - py) + foot - max(py, y)])
    H11.paste_photo(cast, s, piece, faces, px, max(py, y), where)


def proof_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> tuple[int, np.ndarray, list[BoxF]]:
    """Picture day's proof: the child's studio portrait (heldout11's ``portrait``, the face 120-300 px)
    in the middle of a white mount, "PROOF" written across it three times at a slant in thin white
    capitals (``watermark``: it takes the pixels it covers), the order's code under it. Returns its
    height with the gap under it, and the portrait as it was before the watermark (for the prints)."""
    pw = rng.randrange(560, 700)
    ph = round(pw * 1.25)
    x = (WIDTH - pw) // 2
    cv2.rectangle(s.img, (x - 24, y), (x + pw + 24, y + ph + 90), WHITE, -1)
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(120, 300))
    H11.paste_photo(cast, s, piece, faces, x, y + 24)
    watermark(s.img, (x, y + 24, x + pw, y + 24 + ph), "PROOF", rng.uniform(20, 35))
    note(s.img, f"Proof {rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}", (x, y + ph + 66), 0.55, INK)
    return ph + 110, piece, faces


def wallet_prints(
    cast: Cast, rng: random.Random, s: Screen, y: int, piece: np.ndarray, faces: list[BoxF]
) -> int:
    """The wallet-size prints of a package: the portrait (``piece`` and its ``faces``) shrunk to 120
    x 150 (heldout6's ``resized``: its face a fifth of what it was, 24-60 px; under 18 px not
    counted), eight of them in two rows on a white sheet, cut lines between them. Returns its height
    with the gap under it (390 px)."""
    cv2.rectangle(s.img, (30, y), (WIDTH - 30, y + 370), WHITE, -1)
    note(s.img, "8 wallets", (50, y + 36), 0.6, INK, 2)
    small_piece, small_faces = H6.resized(piece, faces, 120, 150)
    step = (WIDTH - 100) // 4
    for k in range(8):
        x, top = 50 + (k % 4) * step + (step - 120) // 2, y + 54 + (k // 4) * 160
        H11.paste_photo(cast, s, small_piece, small_faces, x, top)
        cv2.rectangle(s.img, (x - 4, top - 4), (x + 124, top + 154), (200, 200, 200), 1)
    return 390


def poses_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The poses to choose from: four studio portraits (heldout11's ``portrait``, faces 28-56 px) in a
    row, the chosen one outlined in the accent, their letters under them. Returns its height with the
    gap under it (320 px)."""
    step = (WIDTH - 60) // 4
    chosen = rng.randrange(4)
    for k in range(4):
        x = 30 + k * step
        if k == chosen:
            cv2.rectangle(s.img, (x - 6, y - 6), (x + step - 14, y + 266), s.accent, 6)
        piece, faces = H11.portrait(cast, step - 20, 260, small(rng, 28, 56))
        H11.paste_photo(cast, s, piece, faces, x, y)
        note(s.img, f"Pose {'ABCD'[k]}", (x + 60, y + 300), 0.55, s.fg, 2 if k == chosen else 1)
    return 320


def class_composite(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> None:
    """The class composite from ``y`` to ``foot``, yearbook-like: a mount of the school's green, the
    class's title, the teacher in a larger oval at the top (a face of 30-40 px), then rows of ten
    small ovals (heldout3's ``photo`` in an oval: faces 18-24 px; a thing on a face-free cast) with
    the first names under them."""
    img = s.img
    cv2.rectangle(img, (20, y), (WIDTH - 20, foot), SCHOOL, -1)
    note(img, f"{rng.choice(CLASSES)} - {rng.randrange(2019, 2026)}", (40, y + 44), 0.7, WHITE, 2)

    fp = rng.uniform(30, 40)
    _ow, oh = oval_photo(cast, s, WIDTH // 2 - round(fp), y + 70, fp, GOLD)
    note(
        img,
        f"{rng.choice(('Ms', 'Mr', 'Mrs'))} {rng.choice(SURNAMES)}",
        (WIDTH // 2 - 70, y + 100 + oh),
        0.5,
        WHITE,
    )
    step = (WIDTH - 60) // 10
    top = y + 130 + oh
    while top + 90 < foot:
        for c in range(10):
            fp = small(rng, 18.3, 24)
            oval_photo(cast, s, 30 + c * step + (step - round(fp * 2)) // 2, top, fp, GOLD)
            note(img, who(rng)[:6], (34 + c * step, top + 80), 0.34, WHITE)
        top += 100


def channel_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A streamer's channel banner across the screen: the channel's colours graded across, the
    streamer cut out head to waist at the right (heldout11's ``figure``, the face 110-280 px), the
    channel's name in huge outlined capitals at the left, then the round 64-100 px face over the
    banner's foot at the left in a ring of the page (drawn after the banner), an "OFFLINE" or "LIVE" tag
    over its foot. Returns its height with the gap under it."""
    img = s.img
    bh = rng.randrange(520, 640)
    gradient(img, (0, y, WIDTH, y + bh), random_colour(rng, 60, 250), random_colour(rng, 20, 160), False)
    fp = rng.uniform(110, min(280.0, bh * 0.45))
    H11.figure(
        cast,
        s,
        WIDTH * rng.uniform(0.64, 0.76),
        y + max(fp * 0.75, bh * rng.uniform(0.34, 0.42)),
        fp,
        (0, y, WIDTH, y + bh),
        True,
    )
    for k in range(2):
        title(img, words(rng, 1)[:7], (30, y + 120 + k * 110), 2.2, WHITE, INK)
    fp, side = _size(rng, 64, small(rng, 64.5, 100), (1.1, 1.2))
    ay = y + bh - side // 2
    cv2.circle(img, (40 + side // 2, ay + side // 2), side // 2 + 8, s.bg, -1, cv2.LINE_AA)
    cast.avatar(s, 40, ay, fp, side, "circle")
    live = rng.random() < 0.4
    tag(
        img,
        40 + side // 2 - 50,
        ay + side - 8,
        "LIVE" if live else "OFFLINE",
        RED if live else (60, 60, 64),
        28,
    )
    x = 70 + side
    note(img, rng.choice(NICKS), (x, y + bh + 40), 0.9, s.fg, 2)
    note(img, f"{rng.randrange(2, 900)}K followers", (x, y + bh + 80), 0.55, GREY)
    return bh + side // 2 + 60


def clip_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Recent clips: thumbnails of 400 x 225 (``thumbnail``: the streamer's camera 20-40 px) in a row
    past the right edge (heldout45's ``carousel``: the last cut by the edge, its camera counted while
    half of its box shows), a duration's chip on each, titles under them. Returns its height with the
    gap under it (310 px)."""
    for x in carousel(rng, 420, 400):
        piece, faces = thumbnail(cast, rng, 400, 225, (20, 40))
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(225, 400, 16))
        pill(s.img, x + 300, y + 180, 84, 32, (20, 20, 20))
        note(s.img, f"0:{rng.randrange(10, 60)}", (x + 314, y + 204), 0.5, WHITE)
        note(s.img, words(rng, 3).lower()[:26], (x, y + 262), 0.52, s.fg)
    return 310


def supporter_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A top supporter: the rank, their round 22-30 px face (initials on some) under a crown for the
    first three (drawn before it), the name and how long they have subscribed. Returns its height (96
    px)."""
    note(s.img, str(rank), (32, y + 60), 0.62, s.fg, 2)
    if rank <= 3:
        crown(s.img, (86, y + 16), 12, GOLD)
    side = face_or_initials(cast, rng, s, (70, y + 26), (22, 30), "circle", 0.12)
    x = 96 + side
    note(s.img, rng.choice(NICKS) + str(rng.randrange(1, 99)), (x, y + 50), 0.58, s.fg, 2)
    note(s.img, f"{rng.randrange(1, 60)} months - {rng.randrange(100, 90000)} bits", (x, y + 80), 0.45, GREY)
    cv2.line(s.img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def schedule_strip(s: Screen, rng: random.Random, y: int) -> int:
    """The stream's week: seven days' blocks, times on the days streamed (no faces). Returns its
    height with the gap under it (150 px)."""
    step = (WIDTH - 60) // 7
    for k, day in enumerate(("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")):
        on = rng.random() < 0.6
        rounded_card(s.img, 30 + k * step, y, step - 10, 120, 14, PURPLE if on else off(s.bg, 14))
        note(s.img, day, (44 + k * step, y + 40), 0.5, WHITE if on else GREY, 2)
        if on:
            note(s.img, f"{rng.randrange(12, 23)}:00", (40 + k * step, y + 90), 0.5, WHITE)
    return 150


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def stream_viewer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live stream's page: the player (``stream_player``: the game with the streamer's camera over a
    corner, 40-100 px, or a duo's two, 28-50 px); the streamer (``streamer_bar``: 36-48 px); on half a
    raid's or gifted subs' banner (``raid_banner``: a stack of 18-22 px); the chat (``chat_row``:
    18-22 px faces, badges, emotes) down to the message field."""
    s = new_screen(rng, name, cast.kind("stream"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H
    y += stream_player(cast, rng, s, y)
    y += streamer_bar(cast, rng, s, y)
    if rng.random() < 0.5:
        y += raid_banner(cast, rng, s, y)
    foot = H - NAV_H - 100
    while y + 40 < foot:
        y += chat_row(cast, rng, s, y)
    cv2.rectangle(s.img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return composer(s, foot + 18, "Send a message")


def following_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A streaming app's following page: the title and one's 22-26 px face; channels live now
    (``live_rings``: 40-56 px in red rings, past the right edge); two to four live channels
    (``channel_row``: the thumbnail's camera 18-28 px, the streamer 24-34 px); offline channels
    (``channel_row``: 26-40 px, grey on half) down to the tab bar."""
    s, y = titled(cast, rng, name, "following", ("dark", "light", "dark", "tinted"), "Following", own=True)
    y = section(s, y, "Live now", False)
    y += live_rings(cast, rng, s, y)
    y = section(s, y, "Live channels", True)
    for _ in range(rng.randrange(2, 5)):
        y += channel_row(cast, rng, s, y, True)
    y = section(s, y, "Offline", False)
    return rows_to_tab_bar(s, rng, y, 110, lambda t: channel_row(cast, rng, s, t, False))


def tournament(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-sports tournament's page: the title and one's 22-26 px face; the stages' chips; on half the match
    on now (``featured_match``: ten players' cameras, 22-36 px), else the next one's countdown; the playoffs
    (``bracket``: teams' stacks of 18-22 px, losers grey); a group's table (``standing_row``: captains 20-28
    px) down to the tab bar."""
    cup = rng.choice(("Spring Cup", "Open Qualifier", "City LAN", "Winter Major"))
    s, y = titled(cast, rng, name, "bracket", ("dark", "dark", "light", "tinted"), cup, own=True)
    lit = rng.randrange(3)
    for k, stage in enumerate(("Groups", "Playoffs", "Finals")):
        pill(s.img, 30 + k * 200, y, 184, 50, s.accent if k == lit else off(s.bg, 18))
        note(s.img, stage, (56 + k * 200, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 70
    if rng.random() < 0.5:
        y += featured_match(cast, rng, s, y)
    else:  # the next match's countdown: logos only
        rounded_card(s.img, 20, y, WIDTH - 40, 200, 22, off(s.bg, 10))
        for k in range(2):
            team_logo(s.img, rng, (120 + k * (WIDTH - 240), y + 90), 44, random_colour(rng, 40, 220))
        note(s.img, "Next match in", (WIDTH // 2 - 90, y + 80), 0.6, GREY)
        note(
            s.img,
            f"0{rng.randrange(10)}:{rng.randrange(10, 60)}:{rng.randrange(10, 60)}",
            (WIDTH // 2 - 100, y + 140),
            1.2,
            s.fg,
            3,
        )
        y += 220
    y = section(s, y, "Playoffs", False)
    y += bracket(cast, rng, s, y)
    y = section(s, y, f"Group {rng.choice('ABCD')}", False)
    ranks = iter(range(1, 40))
    return rows_to_tab_bar(s, rng, y, 84, lambda t: standing_row(cast, rng, s, t, next(ranks)))


def team_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-sports team's page: the team's photo (``team_banner``: 26-44 px at the front, a sponsor's
    band); the tabs; the starters (``starters``: 48-90 px, past the right edge); the staff
    (``staff_row``: 24-36 px); the academy (``academy_row``: 20-28 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("team"), ("dark", "light", "tinted", "dark"))
    y = STATUS_H
    y += team_banner(cast, rng, s, y)
    heading(s, 190, y - 14, rng.choice(TEAMS) + " " + rng.choice(("Esports", "Gaming", "Club")), 0.9)
    for k, tab in enumerate(("Roster", "Matches", "Clips", "Shop")):
        note(s.img, tab, (30 + k * 200, y + 46), 0.6, s.accent if k == 0 else GREY, 2)
    cv2.line(s.img, (30, y + 62), (140, y + 62), s.accent, 4)
    y += 80
    y = section(s, y, "Starters", False)
    y += starters(cast, rng, s, y)
    y = section(s, y, "Staff", False)
    y += staff_row(cast, rng, s, y)
    y = section(s, y, "Academy", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: academy_row(cast, rng, s, t))


def voice_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community chat app's voice channel: the channel's bar; the call (``call_grid``: cameras 40-100
    px, avatars 44-64 px, a shared game's camera 18-26 px); the call's controls; a sheet of who is
    in the channel (``voice_member``: 18-26 px, speaking rings, muted and deafened, LIVE) down to the
    navigation bar."""
    s = new_screen(rng, name, cast.kind("voice"), ("dark", "dark", "dark", "light"))
    img = s.img
    y = STATUS_H + 10
    chevron(img, 36, y + 50, s.fg, back=True)
    headphones(img, (90, y + 48), 16, s.fg, False)
    heading(s, 126, y + 60, rng.choice(("squad-voice", "ranked-grind", "lobby", "chill-vc")), 0.9)
    note(img, rng.choice(("Pixel Hub", "Night Raiders", "Kart Club", "LAN Crew")), (126, y + 94), 0.5, GREY)
    y += 120
    y += call_grid(cast, rng, s, y)
    for k, colour in enumerate((off(s.bg, 30), off(s.bg, 30), off(s.bg, 30), RED)):
        c = (WIDTH // 2 - 240 + k * 160, y + 50)
        cv2.circle(img, c, 44, colour, -1, cv2.LINE_AA)
        icon(img, rng, c, 18, WHITE)
    y += 120
    sheet = tone(s.bg, 12 if sum(s.bg) < 384 else -8)
    H5.sheet(img, y, sheet)
    members = f"In voice - {rng.randrange(3, 40)}"
    rows_above(s, y + 30, H - NAV_H - 20, members, lambda t: voice_member(cast, rng, s, t))
    H5.nav_bar(s)
    return s.finish()


def class_register(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A teacher's class register: the class and one's 22-26 px face; the days; the day's count; on
    60 % the seating plan (``seating_chart``: the teacher 32-44 px, pupils 20-28 px, empty seats, late
    marks); the register (``student_row``: 24-36 px, absent ones grey) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "register", ("light", "light", "tinted", "dark"), rng.choice(CLASSES), own=True
    )
    lit = rng.randrange(5)
    for k, day in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri")):
        pill(s.img, 30 + k * 140, y, 124, 50, SCHOOL if k == lit else off(s.bg, 16))
        note(s.img, day, (62 + k * 140, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 70
    for k, (label, colour) in enumerate((("Present", GREEN), ("Absent", RED), ("Late", (30, 160, 240)))):
        cv2.circle(s.img, (46 + k * 240, y + 24), 10, colour, -1, cv2.LINE_AA)
        note(s.img, f"{label} {rng.randrange(0, 28)}", (66 + k * 240, y + 32), 0.55, s.fg)
    y += 60
    if rng.random() < 0.6:
        y += seating_chart(cast, rng, s, y)
    y = section(s, y, "Register", False)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: student_row(cast, rng, s, t))


def parent_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A parent-teacher chat: the teacher (``teacher_header``: 36-48 px); then the teacher's messages
    (``teacher_post``: on some the class's photo, 20-50 px; who has seen them, 18-22 px), today's
    points (``points_strip``: 22-30 px, drawn monsters on some) and parents' replies (``parent_reply``:
    22-28 px) down to the message field."""
    s = new_screen(rng, name, cast.kind("parents"), ("light", "tinted", "light", "dark"))
    y = STATUS_H + 10
    y += teacher_header(cast, rng, s, y)
    pill(s.img, WIDTH // 2 - 60, y + 14, 120, 40, off(s.bg, 16))
    note(s.img, "Today", (WIDTH // 2 - 34, y + 42), 0.5, GREY)
    y += 70
    foot = H - NAV_H - 100
    while True:
        room, roll = foot - y, rng.random()
        if roll < 0.4 and room > 640:
            y += teacher_post(cast, rng, s, y, True)
        elif roll < 0.6 and room > 190:
            y += points_strip(cast, rng, s, y)
        elif roll < 0.8 and room > 180:
            y += teacher_post(cast, rng, s, y, False)
        elif room > 130:
            y += parent_reply(cast, rng, s, y)
        else:
            break
    cv2.rectangle(s.img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return composer(s, foot + 18, "Message the teacher")


def school_newsletter(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school's newsletter in a document viewer: the viewer's bar; the page (``newsletter_page``:
    the group photo's front 20-32 px, the staff spotlight 60-110 px, stars of the week 22-32 px;
    zoomed past the sides, scrolled, a grey scan on some); the viewer's tools over its foot."""
    s = new_screen(rng, name, cast.kind("newsletter"), ("light", "dark", "light", "tinted"))
    img = s.img
    y = STATUS_H
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    chevron(img, 36, y + 50, s.fg, back=True)
    note(img, f"Newsletter_{rng.randrange(1, 40)}.pdf", (80, y + 60), 0.62, s.fg, 2)
    note(img, f"{rng.randrange(1, 4)} / {rng.randrange(4, 9)}", (WIDTH - 130, y + 60), 0.6, GREY)
    foot = H - NAV_H - 110
    newsletter_page(cast, rng, s, y + 100, foot)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 10), -1)
    for k in range(4):
        icon(img, rng, (round(WIDTH * (k + 0.5) / 4), foot + 55), 20, s.fg)
    H5.nav_bar(s)
    return s.finish()


def picture_day(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school's picture day app: the child's proof (``proof_card``: 120-300 px under a watermark);
    on half the package's wallet prints (``wallet_prints``: the proof at a fifth) else the poses
    (``poses_row``: 28-56 px) where there is room; the class composite (``class_composite``: the
    teacher 30-40 px, the class 18-24 px in ovals) above the order button."""
    s = new_screen(rng, name, cast.kind("pictureday"), ("light", "light", "tinted", "dark"))
    y = STATUS_H + 20
    heading(s, 30, y + 44, "Picture day proofs", 1.0)
    note(s.img, f"{who(rng)} - {rng.choice(CLASSES)} - order by Friday", (30, y + 84), 0.5, GREY)
    y += 110
    height, piece, faces = proof_card(cast, rng, s, y)
    y += height
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 446 + 240 < foot:
        y = section(s, y, "Package B", False)
        y += wallet_prints(cast, rng, s, y, piece, faces)
    elif y + 376 + 240 < foot:
        y = section(s, y, "Choose a pose", False)
        y += poses_row(cast, rng, s, y)
    class_composite(cast, rng, s, y, foot)
    return H39.finish_with_button(s, foot, "Order prints")


def streamer_channel(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A streamer's channel page: the banner (``channel_banner``: the streamer 110-280 px, the round
    avatar 64-100 px); follow and subscribe; the tabs; recent clips (``clip_strip``: cameras 20-40 px,
    past the right edge); the week (``schedule_strip``); top supporters (``supporter_row``: 22-30 px,
    crowns) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("channel"), ("dark", "dark", "light", "tinted"))
    img = s.img
    y = STATUS_H
    y += channel_banner(cast, rng, s, y)
    pill(img, 30, y, 300, 66, PURPLE)
    note(img, "Follow", (130, y + 44), 0.66, WHITE, 2)
    outlined(img, 350, y, 300, 66, PURPLE, s.bg)
    note(img, "Subscribe", (420, y + 44), 0.66, PURPLE, 2)
    y += 90
    for k, tab in enumerate(("Home", "About", "Schedule", "Videos")):
        note(img, tab, (30 + k * 220, y + 30), 0.6, s.fg if k == 0 else GREY, 2)
    cv2.line(img, (30, y + 46), (130, y + 46), PURPLE, 4)
    y += 60
    y = section(s, y, "Recent clips", True)
    y += clip_strip(cast, rng, s, y)
    foot = H - NAV_H - 120
    if y + 206 + 150 < foot:
        y = section(s, y, "Schedule", False)
        y += schedule_strip(s, rng, y)
    ranks = iter(range(1, 40))
    rows_above(s, y, foot, "Top supporters", lambda t: supporter_row(cast, rng, s, t, next(ranks)))
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    stream_viewer,
    following_list,
    tournament,
    team_page,
    voice_call,
    class_register,
    parent_chat,
    school_newsletter,
    picture_day,
    streamer_channel,
)
# with people: each twice a round but two (picture day and a streamer's channel, a few large faces
# each)
ONCE = (picture_day, streamer_channel)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a stream's game and camera with a pet, a
# drawn character or a thing in it, stream thumbnails, a classroom's desks with things on the seats)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, stream_viewer, following_list, class_register)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT52_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h52", photos, free, seed, reps)
