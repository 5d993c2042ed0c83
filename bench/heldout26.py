"""Held-out screens, twenty-sixth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-five (heldout.py to heldout25.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a backlit
gaming keyboard, a trophy on a plinth, a platform game's level with no character in it, dice on a
battle mat; nothing with eyes, a mouth or a mask); every random choice from ``HELDOUT26_SEED``.
Faces are pasted through heldout2's ``Screen``, which settles each one on the finished screen
(pixels drawn over a face later are not the face's; a face with under half of its box left is
dropped); the people's places are filled by heldout11's ``Cast`` (through heldout22's to
heldout25's, its screens marked h26-; on face-free screens pets, objects, textures, initials and
this set's drawn things), which counts a face cut by an edge once half of its box is inside. Faces
under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in gaming, creator and community apps, most of them tiny: facepiles with
rings between the overlapping faces and "+N" discs, presence dots, level badges and voice rings.
Near repeats avoided (see their docstrings): heldout21's game lobby (3D characters, real photos only
on nameplates) and heldout4's leaderboard and team lobby (here the party's real photos in
hexagonal frames with voice rings round the speakers and level hexagons over their lower vertex);
heldout9's game stream in an accent frame, heldout21's green-screen cut-out and heldout12's battle
side by side (here a squad stream of four games each with its own tiny facecam, or a round facecam
bubble, a hype train's and a prediction's stacks, an emote-sized face on most chat lines);
heldout15's creator membership page and heldout4's and heldout7's video lists (here the creator's
own studio: the thumbnail with the creator cut out under huge outlined words, an A/B test of two,
recent subscribers, a moderation queue); heldout3's forum and heldout16's fans' forum (here
reaction chips and poll options carrying who reacted or voted as stacks, collapsed branches shown
as their repliers' stack, level badges over the posters' corner); heldout22's team chat and its
channel list (here a server rail with people's photos as some icons, a voice channel's members
under it, a members drawer slid over the channels with offline members faded, a profile sheet);
heldout15's membership page again (here a fan club: the artist cut out on the hero, one's member
card, tiers' stacks, a wall of top fans in tier-coloured rings under crowns); heldout3's voice room
and heldout9's and heldout21's podcast apps (here a remote recording studio: cameras with level
meters and upload chips, or round avatars with radiating waveforms, a multitrack timeline headed by
each speaker's face, a green room); heldout16's crowdfunding page and heldout25's donor wall (here
stretch goals along a line, reward tiers' stacks and a backer wall of square tiles touching edge to
edge, a top backer's double tile); heldout14's tennis draw and heldout21's match centre (here two
e-sports rosters side by side with K/D/A, a casters' desk, an MVP cut out, pick'em stacks and a
match chat); every earlier stack runs across the page (here a guild's "who's online" sidebar whose
facepile runs down it). Ten layouts:
- a game's party screen (``party_lobby``): one's 24-32 px face; the squad (``hex_player``: 36-110
  px in hexagonal frames, voice rings, muted mics, level hexagons; an empty slot on some); the
  mode card (a drawn thing); "invite" (18-24 px); friends online (22-30 px, presence dots);
- a game stream (``squad_stream``): four games (``game_frame``) each with a facecam (18-40 px), or
  one with a round facecam bubble (30-90 px); the streamer (36-48 px); a hype train (18-22 px); a
  prediction on 70 % (18-22 px); the chat (``chat_lines``: 18-22 px, drawn emotes);
- a creator's studio (``creator_studio``): one's 28-40 px face; the latest upload's thumbnail
  (``thumbnail``: the creator cut out, 50-180 px); an A/B test on half (30-90 px); recent
  subscribers (24-36 px); the moderation queue (``review_row``: 20-28 px);
- a community forum's thread (``forum_thread``): "online" (18-22 px); the post (28-36 px, a level
  badge), a poll's voters (18-20 px) on 40 % or a photo (18-70 px) on 35 %; reaction chips
  (``reaction_pile``: 18-20 px); nested replies (20-26 px, 18-22 px deeper), collapsed branches'
  stacks; the composer (20-26 px);
- a community chat server (``server_members``): the rail (``server_rail``: people's photos, 30-48
  px, on some icons); voice channels' members (18-24 px, speaking rings); the members drawer on 60 %
  (``member_row``: 28-40 px, presence dots, offline ones faded) or a profile sheet (60-110 px, a
  stack of 18-24 px);
- a fan club (``fan_club``): the artist cut out (70-240 px); one's member card (40-80 px); tiers'
  stacks (18-24 px); top fans (``tier_ring``: 20-30 px in tier rings, crowns); a members-only live
  (40-90 px) on 60 %;
- a podcast's recording studio (``podcast_room``): cameras (``studio_tile``: 40-300 px) on 60 %,
  else round avatars (60-160 px, ``radial_wave``); tracks (20-26 px); the green room (22-30 px);
  the producer's notes (20-26 px);
- a crowdfunding campaign (``backer_wall``): the video (40-220 px, or a snapshot); the creators
  (30-44 px); stretch goals (``stretch_goals``); reward tiers (18-22 px); the backer wall
  (``mosaic``: 18-34 px in touching square tiles, a double tile of 36-60 px); comments (20-28 px);
- an e-sports match (``esports_match``): the score card (drawn crests); the casters' desk on 60 %
  (``casters_desk``: 30-90 px); two rosters (``roster``: 18-30 px); the MVP (60-160 px) on half;
  pick'em stacks (18-22 px); the match chat (18-22 px);
- a gaming guild's hub (``guild_hub``): the banner (14-60 px, under 18 px not counted, or a drawn
  thing); the "who's online" sidebar (``column_pile``: 28-44 px down the page, presence dots,
  "+N"); events' "going" stacks (18-24 px), achievements (22-30 px), posts (24-32 px) with
  screenshots (drawn) or meetups' photos (18-60 px).
Light, dark and tinted themes (the lobby, the stream, the server, the recording studio and the
e-sports page mostly dark); JPEG quality 30-60. Level hexagons, presence dots, muted mics, tags,
labels, chips, badges, crowns, ability bars, upload chips, level meters, emotes and the drawer take
the pixels they cover; a face under them counts while half of its box shows; voice rings, tier rings
and waveforms are drawn before the faces they ring; the fade over offline members and the profile
sheet's scrim leave the faces under them counted, paler or darker; initials, logos, crests, rank
emblems, "+N" discs, hearts, padlocks and drawn things are never faces. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,527 faces (1,285 under 32 px, 148 of 32-63, 68 of 64-127,
26 larger; 1,346 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars,
hexagons, stacks, tiles and thumbnails, round things where a cut-out creator, artist, caster or
player would be); ``reps=1`` a quarter (18 screens with 398 faces: 342, 35, 15 and 6 by size, 355
under 40 px; 13 face-free). Every layout but the party screen and the creator's studio (13.25 and
14.75 faces a screen on average at 4 reps, among the fewest) is drawn twice a round. Faces by layout
at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    party_lobby        4 screens    53 faces:  34,  4, 15,  0
    squad_stream       8 screens   131 faces: 114, 10,  7,  0
    creator_studio     4 screens    59 faces:  46,  4,  8,  1
    forum_thread       8 screens   170 faces: 170,  0,  0,  0
    server_members     8 screens   142 faces:  96, 44,  2,  0
    fan_club           8 screens   199 faces: 176,  5, 12,  6
    podcast_room       8 screens   104 faces:  57, 21, 15, 11
    backer_wall        8 screens   350 faces: 309, 31,  3,  7
    esports_match      8 screens   137 faces: 127,  4,  6,  0
    guild_hub          8 screens   182 faces: 156, 25,  0,  1
Counted by running the generator alone (as ``faces_bench.py --only heldout26 --count-only`` does;
no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout11 as H11
import heldout25 as H25
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK, figure, paste_photo, snapshot
from heldout15 import EMOJI, emoji
from heldout19 import chevron, heading, waveform
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import PURPLE, chips, crest, play_button, progress, tab_bar, title, words
from heldout22 import initials_disc, mic_off, name_label, plus_more, stack
from heldout23 import FONT, WIDTH, new_screen, star, tag
from heldout24 import RED, lock_glyph, section
from heldout25 import who

HELDOUT26_SEED = 26262
BLURPLE: Colour = (242, 101, 88)  # a community chat app's blue-violet (BGR)
IDLE: Colour = (30, 170, 250)  # an "idle" moon's amber
# a fan club's or a backer's tiers: the name and the ring's colour
TIERS: tuple[tuple[str, Colour], ...] = (
    ("Bronze", (60, 120, 190)),
    ("Silver", (200, 200, 205)),
    ("Gold", (40, 190, 245)),
)
STATUSES: tuple[str, ...] = ("online", "online", "online", "idle", "dnd")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def rgb_keyboard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A gaming keyboard from above on a desk mat: rows of keycaps over a rainbow backlight that
    sweeps across it, a long space bar, a mouse and its cable beside it on some."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((40, 40, 45), (70, 55, 45), (95, 85, 80)))
    kw, kh = max(8, round(w * rng.uniform(0.7, 0.92))), max(8, round(h * rng.uniform(0.4, 0.6)))
    x0, y0 = max(0, (w - kw) // 2 - round(w * 0.04)), (h - kh) // 2
    case = rng.choice(((28, 28, 30), (210, 210, 215), (70, 60, 60)))
    fill(img, rounded_rect(kh, kw, max(2, min(kh, kw) // 12)), x0, y0, case)
    rows, cols = 5, rng.randrange(10, 16)
    kx, ky = kw / (cols + 0.8), kh / (rows + 0.8)
    hue0 = rng.uniform(0, 180)
    for r in range(rows):
        for c in range(cols):
            x = x0 + round(kx * (c + 0.4) + (r % 2) * kx * 0.25)
            y = y0 + round(ky * (r + 0.4))
            wide = kx * (5 if r == rows - 1 and c == cols // 3 else 1)
            if r == rows - 1 and cols // 3 < c < cols // 3 + 5:
                continue  # under the space bar
            if x + wide * 0.85 > x0 + kw - 2:
                continue
            hue = int((hue0 + (c + r * 2) * 180 / (cols + 2 * rows)) % 180)
            lit = cv2.cvtColor(np.uint8([[[hue, 210, 255]]]), cv2.COLOR_HSV2BGR)[0, 0]
            x2, y2 = x + round(wide * 0.85), y + round(ky * 0.8)
            cv2.rectangle(img, (x - 1, y - 1), (x2 + 1, y2 + 1), tuple(int(v) for v in lit), -1)
            cv2.rectangle(img, (x + 1, y + 1), (x2 - 1, y2 - 2), tone(case, 22), -1)
    if rng.random() < 0.6 and w > kw + 20:  # a mouse on the mat and its cable
        mx, my = min(w - 4, x0 + kw + (w - x0 - kw) // 2), y0 + kh // 2
        cv2.line(img, (mx, my), (mx, 0), (20, 20, 20), max(1, w // 150), cv2.LINE_AA)
        rx, ry = max(2, (w - x0 - kw) // 4), max(3, kh // 4)
        cv2.ellipse(img, (mx, my), (rx, ry), 0, 0, 360, tone(case, 10), -1, cv2.LINE_AA)
        cv2.line(img, (mx, my - ry), (mx, my - ry // 3), tone(case, 50), 1, cv2.LINE_AA)
    return img


def trophy_cup(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A championship trophy on a plinth under two spotlights: a gold or silver bowl, its handles
    as two loops, a stem and a base, a star engraved, confetti falling; no figure on it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 20, 90), random_colour(rng, 10, 50))
    for sx in (w // 5, w * 4 // 5):  # the spotlights' cones
        layer = img.copy()
        cone = np.array(
            [[sx - w // 40, 0], [sx + w // 40, 0], [w // 2 + w // 4, h], [w // 2 - w // 4, h]], np.int32
        )
        cv2.fillPoly(layer, [cone], (220, 230, 240), cv2.LINE_AA)
        img[:] = cv2.addWeighted(img, 0.8, layer, 0.2, 0)
    metal = rng.choice((GOLD, (200, 200, 205), (60, 150, 210)))
    cx = w // 2
    r = max(4, round(min(w * 0.28, h * 0.22)))
    bowl_y = round(h * 0.3)
    cv2.ellipse(img, (cx, bowl_y), (r, round(r * 1.1)), 0, 0, 180, metal, -1, cv2.LINE_AA)
    cv2.ellipse(img, (cx, bowl_y), (r, max(2, r // 5)), 0, 0, 360, tone(metal, 40), -1, cv2.LINE_AA)
    for d in (-1, 1):
        cv2.ellipse(
            img,
            (cx + d * r, bowl_y + r // 3),
            (max(2, r // 3), max(2, r // 2)),
            0,
            0,
            360,
            metal,
            max(1, r // 8),
            cv2.LINE_AA,
        )
    stem_top, base = bowl_y + round(r * 1.05), round(h * 0.78)
    cv2.rectangle(img, (cx - max(1, r // 8), stem_top), (cx + max(1, r // 8), base), tone(metal, -30), -1)
    foot = np.array(
        [
            [cx - r // 2, base],
            [cx + r // 2, base],
            [cx + r * 3 // 4, base + h // 14],
            [cx - r * 3 // 4, base + h // 14],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [foot], tone(metal, -20), cv2.LINE_AA)
    plinth = rng.choice(((40, 40, 40), (70, 50, 40), (230, 230, 230)))
    cv2.rectangle(img, (cx - r, base + h // 14), (cx + r, h), plinth, -1)
    cv2.rectangle(img, (cx - r * 2 // 3, base + h // 9), (cx + r * 2 // 3, base + h // 7), GOLD, -1)
    star(img, (cx, bowl_y + r // 2), max(2, r // 3), tone(metal, 50))
    for _ in range(rng.randrange(10, 40)):  # confetti
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.rectangle(
            img, (x, y), (x + max(1, w // 80), y + max(1, w // 50)), random_colour(rng, 60, 250), -1
        )
    return img


def pixel_level(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A platform game's level in pixel art, no character in it: sky and clouds, hills, a brick
    ground, floating blocks (some with a "?"), coins and a green pipe."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((250, 150, 90), (240, 190, 120), (90, 40, 30), (200, 120, 250)))
    b = max(4, round(h / rng.uniform(9, 14)))
    for _ in range(rng.randrange(1, 4)):  # clouds: clusters of white blocks
        cx, cy = rng.randrange(w), rng.randrange(max(1, h // 3))
        for k in range(rng.randrange(2, 5)):
            cv2.rectangle(img, (cx + k * b, cy), (cx + (k + 1) * b + b // 2, cy + b), (250, 250, 250), -1)
        cv2.rectangle(img, (cx + b // 2, cy - b // 2), (cx + 2 * b, cy), (250, 250, 250), -1)
    ground = h - 2 * b
    for _ in range(rng.randrange(1, 3)):  # hills
        hx = rng.randrange(w)
        cv2.ellipse(
            img,
            (hx, ground),
            (rng.randrange(2, 5) * b, rng.randrange(1, 3) * b),
            0,
            180,
            360,
            (60, 170, 60),
            -1,
        )
    brick = rng.choice(((40, 80, 180), (60, 110, 200), (110, 110, 120)))
    for y in range(ground, h, b):
        for x in range(-(y // b % 2) * b // 2, w, b):
            cv2.rectangle(img, (x, y), (x + b - 1, y + b - 1), brick, -1)
            cv2.rectangle(img, (x, y), (x + b - 1, y + b - 1), tone(brick, -50), 1)
    for _ in range(rng.randrange(1, 3)):  # floating blocks
        px, py, n = (
            rng.randrange(w),
            rng.randrange(h // 3, max(h // 3 + 1, ground - 3 * b)),
            rng.randrange(2, 6),
        )
        for k in range(n):
            q = rng.random() < 0.3
            colour = GOLD if q else brick
            cv2.rectangle(img, (px + k * b, py), (px + (k + 1) * b - 1, py + b - 1), colour, -1)
            cv2.rectangle(img, (px + k * b, py), (px + (k + 1) * b - 1, py + b - 1), tone(colour, -60), 1)
            if q:
                cv2.putText(
                    img,
                    "?",
                    (px + k * b + b // 4, py + b * 4 // 5),
                    FONT,
                    b / 36,
                    WHITE,
                    max(1, b // 10),
                    cv2.LINE_AA,
                )
        for k in range(rng.randrange(0, 4)):  # coins above them
            cv2.ellipse(
                img,
                (px + k * b + b // 2, py - b),
                (max(1, b // 4), max(2, b * 2 // 5)),
                0,
                0,
                360,
                GOLD,
                -1,
                cv2.LINE_AA,
            )
    if rng.random() < 0.7:  # a pipe
        px = rng.randrange(w)
        ph = rng.randrange(1, 4) * b
        cv2.rectangle(img, (px, ground - ph), (px + 2 * b, ground), (60, 170, 40), -1)
        cv2.rectangle(
            img,
            (px - b // 4, ground - ph - b // 2),
            (px + 2 * b + b // 4, ground - ph + b // 3),
            (80, 200, 60),
            -1,
        )
    return img


def dice_mat(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A tabletop game's battle mat: felt with a square grid, three to six dice rolled on it (a d20
    drawn as a hexagon of facets, d6 and d8 with numbers, never pips), a scatter of tokens."""
    img = np.zeros((h, w, 3), np.uint8)
    felt = rng.choice(((60, 100, 50), (110, 60, 40), (70, 60, 110), (50, 50, 55)))
    img[:] = felt
    g = max(6, round(min(w, h) / rng.uniform(5, 9)))
    for x in range(0, w, g):
        cv2.line(img, (x, 0), (x, h), tone(felt, 25), 1)
    for y in range(0, h, g):
        cv2.line(img, (0, y), (w, y), tone(felt, 25), 1)
    for _ in range(rng.randrange(2, 7)):  # tokens
        cv2.circle(
            img,
            (rng.randrange(w), rng.randrange(h)),
            max(2, g // 5),
            random_colour(rng, 80, 240),
            -1,
            cv2.LINE_AA,
        )
    for _ in range(rng.randrange(3, 7)):
        r = max(4, round(g * rng.uniform(0.45, 0.8)))
        c = (rng.randrange(w), rng.randrange(h))
        colour = random_colour(rng, 40, 230)
        ink = WHITE if sum(colour) < 400 else INK
        kind = rng.randrange(3)
        if kind == 0:  # a d20: a hexagon, its facets' lines, a number
            pts = [
                (
                    c[0] + r * math.cos(math.pi / 6 + k * math.pi / 3),
                    c[1] + r * math.sin(math.pi / 6 + k * math.pi / 3),
                )
                for k in range(6)
            ]
            poly = np.array(pts, np.int32)
            cv2.fillPoly(img, [poly], colour, cv2.LINE_AA)
            tri = np.array([pts[1], pts[3], pts[5]], np.int32)
            cv2.polylines(img, [tri], True, tone(colour, 50), max(1, r // 10), cv2.LINE_AA)
        elif kind == 1:  # a d6 seen from above, turned
            box = cv2.boxPoints(((c[0], c[1]), (1.5 * r, 1.5 * r), rng.uniform(0, 90)))
            cv2.fillPoly(img, [box.astype(np.int32)], colour, cv2.LINE_AA)
        else:  # a d8: a diamond
            poly = np.array(
                [[c[0], c[1] - r], [c[0] + r, c[1]], [c[0], c[1] + r], [c[0] - r, c[1]]], np.int32
            )
            cv2.fillPoly(img, [poly], colour, cv2.LINE_AA)
            cv2.line(img, (c[0] - r, c[1]), (c[0] + r, c[1]), tone(colour, 50), max(1, r // 10))
        text = str(rng.randrange(1, 21 if kind == 0 else 9 if kind == 2 else 7))
        cv2.putText(
            img,
            text,
            (c[0] - r * len(text) // 4, c[1] + r // 4),
            FONT,
            r / 45,
            ink,
            max(1, r // 12),
            cv2.LINE_AA,
        )
    return img


RENDERS: tuple[H11.Render, ...] = (rgb_keyboard, trophy_cup, pixel_level, dice_mat)


@dataclass
class Cast(H25.Cast):
    """heldout25's cast (heldout24's and heldout23's: a scene of people or a thing; half of a face's
    box showing counts it), its screens marked h26-, whose drawn things are this set's: a backlit
    keyboard, a trophy on a plinth, a platform game's level, dice on a battle mat."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h26-" + super().kind(layout).removeprefix("h25-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def hexagon(w: int, h: int) -> np.ndarray:
    """255 inside a pointy-topped hexagon filling w x h (a game's portrait frame, a level badge)."""
    m = np.zeros((h, w), np.uint8)
    pts = np.array(
        [[w / 2, 0], [w - 1, h / 4], [w - 1, h * 3 / 4], [w / 2, h - 1], [0, h * 3 / 4], [0, h / 4]]
    )
    cv2.fillPoly(m, [pts.astype(np.int32)], 255, cv2.LINE_AA)
    return m


def hex_badge(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, text: str, rim: Colour) -> None:
    """A level badge (a hexagon of ``colour`` in a rim, the level in it) over a portrait's edge: it
    takes the pixels it covers."""
    t = max(2, r // 4)
    fill(img, hexagon(2 * (r + t), 2 * (r + t)), c[0] - r - t, c[1] - r - t, rim)
    fill(img, hexagon(2 * r, 2 * r), c[0] - r, c[1] - r, colour)
    scale = r / (14 + 11 * len(text))
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, 1)
    ink = WHITE if sum(colour) < 450 else INK
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, scale, ink, 1, cv2.LINE_AA)


def voice_rings(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, n: int = 3) -> None:
    """Someone speaking in voice chat: ``n`` rings round an avatar of radius ``r``, fading outwards
    (drawn before the avatar, round it)."""
    for k in range(n):
        cv2.circle(img, c, r + 8 + 11 * k, tone(colour, -45 * k), max(2, 5 - k), cv2.LINE_AA)


def status_dot(img: np.ndarray, c: tuple[int, int], r: int, status: str, rim: Colour) -> None:
    """A presence dot over an avatar's corner in a rim of the page's colour: online (green), idle
    (an amber moon), do not disturb (red with a bar), offline (a grey ring); it takes the pixels it
    covers."""
    cv2.circle(img, c, r + max(2, r // 3), rim, -1, cv2.LINE_AA)
    if status == "online":
        cv2.circle(img, c, r, GREEN, -1, cv2.LINE_AA)
    elif status == "idle":
        cv2.circle(img, c, r, IDLE, -1, cv2.LINE_AA)
        cv2.circle(img, (c[0] - r // 2, c[1] - r // 2), max(1, r * 2 // 3), rim, -1, cv2.LINE_AA)
    elif status == "dnd":
        cv2.circle(img, c, r, RED, -1, cv2.LINE_AA)
        cv2.rectangle(
            img,
            (c[0] - r * 3 // 5, c[1] - max(1, r // 5)),
            (c[0] + r * 3 // 5, c[1] + max(1, r // 5)),
            rim,
            -1,
        )
    else:
        cv2.circle(img, c, r, GREY, -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 2), rim, -1, cv2.LINE_AA)


def level_meter(img: np.ndarray, x: int, bottom: int, h: int, level: float) -> None:
    """An audio input's level meter standing on ``bottom``: ten segments, lit to ``level`` (green,
    then amber, then red at the top)."""
    seg = h / 10
    for k in range(10):
        lit = k < round(level * 10)
        colour = (GREEN if k < 6 else GOLD if k < 8 else RED) if lit else (70, 70, 70)
        y2 = round(bottom - k * seg)
        cv2.rectangle(img, (x, round(y2 - seg * 0.75)), (x + 14, y2), colour, -1)


def radial_wave(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A speaker's waveform as bars radiating round an avatar of radius ``r`` (drawn before it)."""
    for k in range(60):
        a = 2 * math.pi * k / 60
        d = r * rng.uniform(0.04, 0.3) * (1 + math.sin(a * 3 + rng.uniform(0, 0.5)) * 0.3)
        p1 = (round(c[0] + (r + 6) * math.cos(a)), round(c[1] + (r + 6) * math.sin(a)))
        p2 = (round(c[0] + (r + 6 + d) * math.cos(a)), round(c[1] + (r + 6 + d) * math.sin(a)))
        cv2.line(img, p1, p2, colour, 4, cv2.LINE_AA)


def emote(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A chat emote (drawn, never a face): one of heldout15's reactions, a "GG" tile, a crown or a
    gem; it takes the pixels it covers."""
    k = rng.randrange(len(EMOJI) + 3)
    if k < len(EMOJI):
        emoji(img, c, r, EMOJI[k])
    elif k == len(EMOJI):
        fill(img, rounded_rect(2 * r, 2 * r, max(2, r // 3)), c[0] - r, c[1] - r, PURPLE)
        cv2.putText(
            img, "GG", (c[0] - r * 3 // 4, c[1] + r // 3), FONT, r / 22, WHITE, max(1, r // 8), cv2.LINE_AA
        )
    elif k == len(EMOJI) + 1:
        crown(img, c, r, GOLD)
    else:
        gem = np.array(
            [
                [c[0] - r, c[1] - r // 3],
                [c[0] - r // 2, c[1] - r],
                [c[0] + r // 2, c[1] - r],
                [c[0] + r, c[1] - r // 3],
                [c[0], c[1] + r],
            ],
            np.int32,
        )
        cv2.fillPoly(img, [gem], (230, 170, 60), cv2.LINE_AA)


def crown(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A crown (a top fan's, a server owner's): a band and three points with balls on them."""
    pts = np.array(
        [
            [c[0] - r, c[1] + r // 2],
            [c[0] - r, c[1] - r // 2],
            [c[0] - r // 2, c[1]],
            [c[0], c[1] - r],
            [c[0] + r // 2, c[1]],
            [c[0] + r, c[1] - r // 2],
            [c[0] + r, c[1] + r // 2],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)
    for d in (-1, 0, 1):
        cv2.circle(
            img, (c[0] + d * r, c[1] - (r if d == 0 else r // 2)), max(1, r // 5), colour, -1, cv2.LINE_AA
        )


def rank_emblem(img: np.ndarray, c: tuple[int, int], r: int, tier: int) -> None:
    """A competitive rank's emblem: a shield in the tier's colour with one to three chevrons."""
    colour = TIERS[min(tier, 2)][1] if tier < 3 else (230, 120, 200)
    shield = np.array(
        [
            [c[0] - r, c[1] - r],
            [c[0] + r, c[1] - r],
            [c[0] + r, c[1] + r // 4],
            [c[0], c[1] + r],
            [c[0] - r, c[1] + r // 4],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [shield], colour, cv2.LINE_AA)
    for k in range(1 + tier % 3):
        y = c[1] - r // 2 + k * r // 3
        cv2.polylines(
            img,
            [np.array([[c[0] - r // 2, y], [c[0], y + r // 4], [c[0] + r // 2, y]], np.int32)],
            False,
            WHITE,
            max(1, r // 6),
            cv2.LINE_AA,
        )


def game_frame(cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int]) -> None:
    """A frame of gameplay in ``rect`` (never people): this set's platform level or a thing under a
    colour grade, hearts for lives at the top left, the score at the top right, a timer, an ability
    bar of four slots at the foot."""
    img = s.img
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    if rng.random() < 0.5:
        blit(img, H11.render(rng, w, h, (pixel_level,)), x1, y1)
    else:
        cast.thing(s, x1, y1, w, h)
        grade = np.full((h, w, 3), random_colour(rng, 20, 200), np.uint8)
        img[y1:y2, x1:x2] = cv2.addWeighted(img[y1:y2, x1:x2], 0.75, grade, 0.25, 0)
    r = max(6, h // 28)
    for k in range(rng.randrange(2, 6)):
        heart(img, (x1 + 16 + r + k * (2 * r + 6), y1 + 16 + r), r, RED)
    score = f"{rng.randrange(0, 999999):06d}"
    (tw, _th), _ = cv2.getTextSize(score, FONT, h / 420, 2)
    cv2.putText(img, score, (x2 - tw - 16, y1 + 16 + 2 * r), FONT, h / 420, WHITE, 2, cv2.LINE_AA)
    a = max(14, h // 12)
    ax = x1 + (w - 4 * (a + 6)) // 2
    for k in range(4):
        cv2.rectangle(img, (ax + k * (a + 6), y2 - a - 12), (ax + k * (a + 6) + a, y2 - 12), (30, 30, 30), -1)
        cv2.rectangle(
            img,
            (ax + k * (a + 6) + 3, y2 - a - 9),
            (ax + k * (a + 6) + a - 3, y2 - 15),
            random_colour(rng, 80, 240),
            -1,
        )
        if rng.random() < 0.4:  # cooling down
            cv2.rectangle(
                img,
                (ax + k * (a + 6), y2 - a - 12),
                (ax + k * (a + 6) + a, y2 - 12 - a // 2),
                (20, 20, 20),
                -1,
            )


def column_pile(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    x: int,
    y: int,
    n: int,
    sizes: tuple[float, float],
    rim: Colour,
    more: int,
) -> int:
    """A facepile standing on end (a "who's online" rail): ``n`` round avatars (faces of the
    ``sizes`` range) overlapping down the page, each ringed in ``rim`` and covering the top of the
    one under it (or the other way round), a presence dot over each one's lower right, then a
    "+``more``" disc. Returns the y under it."""
    lo, hi = sizes
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.05, 1.2))
    step = round(side * rng.uniform(0.66, 0.82))
    ys = [y + k * step for k in range(n)]
    for yy in ys if rng.random() < 0.6 else ys[::-1]:
        cast.avatar(s, x, yy, fp * rng.uniform(0.92, 1.0), side, "circle", rim)
        status_dot(
            s.img, (x + side - side // 7, yy + side - side // 7), max(5, side // 9), rng.choice(STATUSES), rim
        )
    end = ys[-1] + side
    if more:
        plus_more(s.img, x, end - side + step, side, more, off(rim, 40), rim)
        end += step
    return end


def chat_lines(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> None:
    """A live chat from ``y`` down to ``foot``: on most lines the chatter's emote-sized face (18-22
    px, initials on some), the name in a colour of its own, a few words, zero to three drawn
    emotes after them."""
    img = s.img
    while y + 50 < foot:
        x = 30
        if rng.random() < 0.75:
            x += 12 + face_avatar(cast, s, rng, x, y - 6, 18.3, 22, (1.0, 1.12), "circle", person=True)
        note(img, rng.choice(C.WORDS)[:9] + ":", (x, y + 18), 0.6, random_colour(rng, 80, 250), 2)
        text = " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(1, 5)))
        note(img, text, (x + 150, y + 18), 0.6, s.fg)
        (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 1)
        for k in range(rng.choice((0, 1, 1, 2, 3))):
            if x + 190 + tw + k * 40 < WIDTH - 20:
                emote(img, rng, (x + 180 + tw + k * 40, y + 10), 15)
        y += 46


def split_vote(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    x: int,
    y: int,
    w: int,
    colours: tuple[Colour, Colour],
    back: Colour,
) -> None:
    """A vote between two sides (a stream's prediction, a match's pick'em): a bar split at the share,
    each side's percentage on it, and under each half a stack of 18-22 px faces of who picked it
    (a "+N" disc on most)."""
    img = s.img
    share = rng.uniform(0.15, 0.85)
    cut = x + round(w * share)
    cv2.rectangle(img, (x, y), (cut, y + 34), colours[0], -1)
    cv2.rectangle(img, (cut + 4, y), (x + w, y + 34), colours[1], -1)
    note(img, f"{round(share * 100)}%", (x + 14, y + 26), 0.6, WHITE, 2)
    note(img, f"{round(100 - share * 100)}%", (x + w - 70, y + 26), 0.6, WHITE, 2)
    for k in range(2):
        stack(
            cast,
            s,
            rng,
            x + k * (w // 2 + 20),
            y + 50,
            rng.randrange(2, 5),
            18.3,
            22,
            back,
            rng.randrange(0, 300),
        )


def counter(img: np.ndarray, x: int, y: int, label: str, value: str, ink: Colour) -> None:
    """A dashboard figure: a grey label over a big value."""
    note(img, label, (x, y), 0.55, GREY)
    cv2.putText(img, value, (x, y + 52), FONT, 1.2, ink, 2, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def hex_player(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, rim: Colour) -> None:
    """A party member's portrait in a hexagonal frame of ``rim`` (faces 36-110 px): voice rings
    round it while they speak (drawn first), a muted mic over its upper right on some, the level
    in a hexagonal badge over its lower vertex."""
    img = s.img
    c = (x + side // 2, y + side // 2)
    speaking = rng.random() < 0.4
    if speaking:
        voice_rings(img, c, side // 2, GREEN)
    fill(img, hexagon(side + 16, side + 16), x - 8, y - 8, rim)
    fp = min(110.0, max(36.0, side / rng.uniform(1.9, 3.6)))
    cast.photo(s, x, y, side, side, fp, hexagon(side, side))
    if not speaking and rng.random() < 0.3:
        mic_off(img, (x + side - 14, y + side // 5), 20, (40, 40, 44))
    hex_badge(img, (c[0], y + side), max(16, side // 8), tone(rim, -40), str(rng.randrange(1, 300)), s.bg)


def party_lobby(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A game's party screen: one's 24-32 px face with a level hexagon; the party's voice bar; the
    squad in a two by two grid of cards (``hex_player``: real photos in hexagonal frames, faces
    36-110 px, voice rings, muted mics, level badges over the lower vertex; rank emblems and ready
    ticks under them; an empty slot's dashed hexagon on some); the mode card (a drawn thing) and
    the queue button; "invite" (a stack of 18-24 px faces, "+N"); friends online (22-30 px faces in
    squircles, presence dots, "Join" pills) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("party"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.15, 1.3), "squircle")
    hex_badge(img, (30 + sd - 4, y + sd - 2), 15, s.accent, str(rng.randrange(1, 99)), page)
    heading(s, 64 + sd, y + sd // 2 + 12, rng.choice(("SQUAD UP", "PARTY", "LOBBY")), 1.0)
    badge(img, (WIDTH - 230, y + 26), 16, GOLD, "")
    note(img, f"{rng.randrange(100, 99999):,}", (WIDTH - 200, y + 36), 0.7, s.fg, 2)
    y += max(sd, 60) + 30
    pill(img, 30, y, WIDTH - 60, 64, off(page, 16))
    icon(img, rng, (76, y + 32), 14, GREEN)
    note(img, f"Party voice - {rng.randrange(1, 4)} talking", (110, y + 42), 0.6, s.fg)
    y += 90
    cw = (WIDTH - 90) // 2
    side = rng.randrange(170, 231)
    ch = side + 160
    filled = 4 if rng.random() < 0.6 else 3
    for k in range(4):
        x, yy = 30 + (k % 2) * (cw + 30), y + (k // 2) * (ch + 24)
        fill(img, rounded_rect(ch, cw, 24), x, yy, off(page, 10))
        hx, hy = x + (cw - side) // 2, yy + 30
        if k >= filled:
            outline = hexagon(side, side)
            edge = cv2.morphologyEx(outline, cv2.MORPH_GRADIENT, np.ones((5, 5), np.uint8))
            fill(img, edge, hx, hy, GREY)
            badge(img, (hx + side // 2, hy + side // 2), 30, off(page, 40), "+")
            note(img, "Invite", (hx + side // 2 - 34, yy + ch - 40), 0.65, GREY)
            continue
        hex_player(cast, rng, s, hx, hy, side, rng.choice(TIERS)[1])
        note(img, rng.choice(C.WORDS)[:9], (x + 60, yy + ch - 60), 0.65, s.fg, 2)
        rank_emblem(img, (x + 34, yy + ch - 66), 16, rng.randrange(4))
        if rng.random() < 0.7:
            badge(img, (x + cw - 40, yy + ch - 66), 16, GREEN, "check")
        note(img, rng.choice(("Ready", "In menus", "Picking")), (x + 60, yy + ch - 26), 0.5, GREY)
    y += 2 * (ch + 24) + 6
    mh = 200
    fill(img, rounded_rect(mh, WIDTH - 60, 22), 30, y, off(page, 14))
    blit(img, H11.render(rng, 300, mh - 40, RENDERS), 50, y + 20, rounded_rect(mh - 40, 300, 14))
    tag(img, 380, y + 30, rng.choice(("RANKED", "CASUAL", "ARENA")), s.accent, 34)
    note(img, words(rng, 2).title()[:18], (380, y + 110), 0.75, s.fg, 2)
    pill(img, 380, y + 130, WIDTH - 440, 56, GOLD)
    note(img, f"FIND MATCH  0:{rng.randrange(10, 60)}", (420, y + 168), 0.7, INK, 2)
    y += mh + 30
    note(img, "Invite", (30, y + 30), 0.6, GREY)
    end = stack(cast, s, rng, 130, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 40))
    note(img, "recently played", (end + 14, y + 30), 0.5, GREY)
    y += 70
    foot = H - NAV_H - 130
    while y + 70 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.15, 1.3), "squircle", person=True)
        status = rng.choice(STATUSES)
        status_dot(img, (30 + sd - 4, y + sd - 4), max(6, sd // 6), status, page)
        note(img, rng.choice(C.WORDS)[:10], (54 + sd, y + sd // 2 - 2), 0.6, s.fg, 2)
        note(
            img,
            rng.choice(("In lobby", "In match 2/5", "Online", "Away")),
            (54 + sd, y + sd // 2 + 26),
            0.5,
            GREY,
        )
        if status == "online":
            pill(img, WIDTH - 170, y + sd // 2 - 24, 140, 48, s.accent)
            note(img, "Join", (WIDTH - 126, y + sd // 2 + 8), 0.6, WHITE, 2)
        y += max(sd, 50) + 24
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def squad_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A game stream's viewer: on half a squad stream (four players' gameplay in a two by two grid,
    ``game_frame``, each with its own tiny facecam in a corner, faces 18-40 px, a name tag), else
    one gameplay with the streamer's round facecam bubble in a ring over a lower corner (faces
    30-90 px); LIVE and viewers; the streamer's 36-48 px face; a hype train (a stack of 18-22 px
    contributors); on 70 % a prediction (two bars, a stack of 18-22 px predictors under each);
    the chat (``chat_lines``: an emote-sized face, 18-22 px, on most lines, drawn emotes after the
    words); the field."""
    s = new_screen(rng, name, cast.kind("squadstream"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = WIDTH * 9 // 16
    if rng.random() < 0.5:  # the squad: four games, four facecams
        tw, th = WIDTH // 2, vh // 2
        for k in range(4):
            x0, y0 = (k % 2) * tw, y + (k // 2) * th
            game_frame(cast, rng, s, (x0, y0, x0 + tw, y0 + th))
            fp = small(rng, 18.3, 40)
            cw, chh = round(fp * rng.uniform(2.2, 2.8)), round(fp * rng.uniform(1.7, 2.1))
            cx = x0 + tw - cw - 10 if rng.random() < 0.6 else x0 + 10
            cy = y0 + th - chh - 10 - max(14, th // 12) - 14 if rng.random() < 0.5 else y0 + 14 + th // 10
            cv2.rectangle(img, (cx - 3, cy - 3), (cx + cw + 2, cy + chh + 2), random_colour(rng, 80, 250), -1)
            cast.photo(s, cx, cy, cw, chh, fp)
            tag(img, x0 + 10, y0 + th - 46, rng.choice(C.WORDS)[:8], (20, 20, 20), 30)
        cv2.line(img, (tw, y), (tw, y + vh), (10, 10, 10), 3)
        cv2.line(img, (0, y + th), (WIDTH, y + th), (10, 10, 10), 3)
    else:
        game_frame(cast, rng, s, (0, y, WIDTH, y + vh))
        side = rng.randrange(120, 201)
        bx = WIDTH - side - 30 if rng.random() < 0.6 else 30
        by = y + vh - side - 70
        cv2.circle(img, (bx + side // 2, by + side // 2), side // 2 + 6, s.accent, -1, cv2.LINE_AA)
        cast.avatar(s, bx, by, min(90.0, max(30.0, side / rng.uniform(1.5, 2.3))), side, "circle")
    tag(img, WIDTH - 220, y + vh - 46, "LIVE", RED, 34)
    pill(img, WIDTH - 130, y + vh - 46, 110, 34, (20, 20, 20))
    note(img, f"{rng.randrange(1, 99)}.{rng.randrange(10)}k", (WIDTH - 112, y + vh - 21), 0.55, WHITE)
    y += vh + 24
    sd = face_avatar(cast, s, rng, 30, y, 36, 48, (1.1, 1.2), "circle")
    cv2.circle(img, (30 + sd // 2, y + sd // 2), sd // 2 + 5, PURPLE, 4, cv2.LINE_AA)
    s.words(rng, 56 + sd, y + 28, 0.75, 3)
    note(img, "Squad stream - " + words(rng, 1).title(), (56 + sd, y + 64), 0.55, GREY)
    y += max(sd, 70) + 24
    fill(img, rounded_rect(120, WIDTH - 60, 18), 30, y, (150, 60, 120))
    note(img, f"HYPE TRAIN  LV {rng.randrange(1, 6)}", (56, y + 40), 0.7, WHITE, 2)
    progress(img, 56, y + 58, WIDTH - 420, rng.uniform(0.1, 0.95), GOLD, (90, 40, 80), 12)
    stack(
        cast, s, rng, WIDTH - 330, y + 30, rng.randrange(3, 6), 18.3, 22, (150, 60, 120), rng.randrange(2, 99)
    )
    note(img, f"{rng.randrange(10, 90)}% to next level", (56, y + 104), 0.5, WHITE)
    y += 140
    if rng.random() < 0.7:  # a prediction: two outcomes, their top predictors
        fill(img, rounded_rect(230, WIDTH - 60, 18), 30, y, off(page, 12))
        note(img, "Prediction: " + words(rng, 3).lower() + "?", (56, y + 40), 0.65, s.fg, 2)
        split_vote(cast, rng, s, 56, y + 62, WIDTH - 112, ((230, 140, 40), (160, 60, 230)), off(page, 12))
        note(img, "Predict with points", (56, y + 210), 0.5, GREY)
        y += 254
    foot = H - NAV_H - 110
    chat_lines(cast, rng, s, y, foot)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    pill(img, 20, foot + 20, WIDTH - 160, 70, off(page, 22))
    note(img, "Send a message", (50, foot + 64), 0.7, GREY)
    emote(img, rng, (WIDTH - 70, foot + 55), 26)
    H5.nav_bar(s)
    return s.finish()


def thumbnail(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, lo: float, hi: float
) -> None:
    """A video's thumbnail as creators make them: a loud gradient, the creator cut out at one side
    (faces ``lo``-``hi`` px, clipped by the frame), a few words in huge outlined capitals at the
    other, a drawn arrow pointing in, the duration chip; rounded corners."""
    img = s.img
    gradient(
        img,
        (x, y, x + tw, y + th),
        random_colour(rng, 60, 250),
        random_colour(rng, 20, 200),
        rng.random() < 0.5,
    )
    right = rng.random() < 0.5
    fp = rng.uniform(lo, max(lo + 1, min(hi, th * 0.42)))
    cx = x + tw * (rng.uniform(0.66, 0.8) if right else rng.uniform(0.2, 0.34))
    figure(cast, s, cx, y + max(fp * 0.95, th * rng.uniform(0.35, 0.5)), fp, (x, y, x + tw, y + th), True)
    tx = x + round(tw * 0.05) if right else x + round(tw * 0.5)
    scale = th / 260
    for k in range(rng.randrange(1, 3)):
        title(img, words(rng, 1)[:7], (tx, y + round(th * (0.35 + 0.3 * k))), scale, WHITE, INK)
    ax, ay = tx + round(tw * 0.2), y + round(th * 0.8)
    tip = (round(cx - (fp if right else -fp) * 0.9), round(y + th * 0.6))
    if rng.random() < 0.6:  # the arrow
        cv2.arrowedLine(img, (ax, ay), tip, RED, max(4, th // 40), cv2.LINE_AA, tipLength=0.25)
    fill(img, 255 - rounded_rect(th, tw, 18), x, y, s.bg)
    pill(img, x + tw - 96, y + th - 44, 84, 32, (20, 20, 20))
    note(img, f"{rng.randrange(1, 40)}:{rng.randrange(60):02d}", (x + tw - 82, y + th - 20), 0.5, WHITE)


def creator_studio(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A creator's studio dashboard: one's 28-40 px face in the app bar; subscribers, views and
    watch time with sparklines; the latest upload's thumbnail (``thumbnail``: the creator cut out,
    faces 50-180 px, huge outlined words, an arrow); on half an A/B test of two thumbnails (faces
    30-90 px) with the winner's chip; recent subscribers (round faces 24-36 px, cut by the right
    edge); comments to review (``review_row``: 20-28 px faces, "held" tags, approve and remove
    buttons)."""
    s = new_screen(rng, name, cast.kind("studio"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 54, "Studio", 1.4)
    face_avatar(cast, s, rng, WIDTH - 100, y, 28, 40, (1.3, 1.6), "circle")
    y += 110
    bw = (WIDTH - 80) // 3
    for k, label in enumerate(("Subscribers", "Views (28 d)", "Watch hours")):
        x = 30 + k * (bw + 10)
        fill(img, rounded_rect(170, bw, 16), x, y, off(page, 10))
        counter(img, x + 20, y + 40, label, f"{rng.randrange(1, 999)}.{rng.randrange(10)}K", s.fg)
        pts = np.array(
            [(x + 20 + j * (bw - 40) // 11, y + 150 - rng.randrange(0, 40)) for j in range(12)], np.int32
        )
        cv2.polylines(img, [pts], False, GREEN if rng.random() < 0.7 else RED, 3, cv2.LINE_AA)
    y += 200
    y = section(s, y, "Latest upload")
    tw = WIDTH - 60
    th = tw * 9 // 16
    thumbnail(cast, rng, s, 30, y, tw, th, 50, 180)
    y += th + 20
    note(
        img,
        f"{rng.randrange(1, 900)}K views   CTR {rng.randrange(2, 15)}.{rng.randrange(10)}%",
        (30, y + 24),
        0.6,
        GREY,
    )
    y += 50
    foot = H - NAV_H - 130
    if rng.random() < 0.5 and y + 420 < foot:
        y = section(s, y, "Thumbnail test", False)
        aw = (WIDTH - 90) // 2
        ah = aw * 9 // 16
        win = rng.randrange(2)
        for k in range(2):
            thumbnail(cast, rng, s, 30 + k * (aw + 30), y, aw, ah, 30, 90)
            tag(img, 30 + k * (aw + 30) + 12, y + 12, "AB"[k], (30, 30, 30), 34)
            share = rng.randrange(40, 60) if k == 0 else 0
            text = f"{share or rng.randrange(40, 60)}% watch time"
            note(
                img,
                text,
                (30 + k * (aw + 30), y + ah + 34),
                0.55,
                GREEN if k == win else GREY,
                2 if k == win else 1,
            )
        y += ah + 70
    if y + 200 < foot:
        y = section(s, y, "Recent subscribers")
        x = 30
        t = rng.randrange(74, 96)
        while x < WIDTH:
            sd = face_avatar(cast, s, rng, x, y, 24, 36, (t / 34, t / 28), "circle", person=True)
            note(img, rng.choice(C.WORDS)[:7], (x, y + sd + 30), 0.5, GREY)
            x += sd + 34
        y += t + 70
    if y + 150 < foot:
        y = section(s, y, f"Held for review ({rng.randrange(2, 60)})")
        while y + 110 < foot:
            y += review_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment in a moderation queue: the commenter's 20-28 px face (initials on some), the name,
    a "Held" or "Spam?" tag on some, two lines, approve and remove buttons at the right. Returns its
    height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
    note(img, "@" + rng.choice(C.WORDS)[:9], (50 + sd, y + 20), 0.6, s.fg, 2)
    if rng.random() < 0.5:
        tag(img, 290 + sd, y, rng.choice(("Held", "Spam?", "Link")), rng.choice((GOLD, RED, GREY)), 28)
    s.words(rng, 50 + sd, y + 54, 0.55, rng.randrange(3, 7))
    s.words(rng, 50 + sd, y + 84, 0.55, rng.randrange(2, 5), GREY)
    badge(img, (WIDTH - 140, y + 40), 24, GREEN, "check")
    badge(img, (WIDTH - 70, y + 40), 24, RED, "x")
    return max(sd, 100) + 16


def reaction_pile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, back: Colour) -> int:
    """A reaction chip with who reacted: a drawn emoji, the count, two or three overlapping 18-20 px
    faces and a "+N" disc. Returns the x right of it."""
    img = s.img
    pill(img, x, y, 250, 52, back)
    emoji(img, (x + 30, y + 26), 13, rng.choice(EMOJI))
    note(img, str(rng.randrange(2, 300)), (x + 52, y + 35), 0.55, s.fg)
    end = stack(cast, s, rng, x + 108, y + 12, rng.randrange(2, 4), 18.3, 20, back, rng.randrange(2, 40))
    return max(end, x + 250) + 14


def forum_thread(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community forum's thread: the community's drawn emblem, "N online" with a stack of 18-22 px
    faces; the first post (a 28-36 px face with a level badge over its corner, flair tags) with, on
    40 %, a poll whose options show their voters' stacks (18-20 px, "+N") or on 35 % a photo
    (faces 18-70 px); reaction chips carrying who reacted (``reaction_pile``: 18-20 px, "+N");
    replies nested up to four deep (20-26 px faces at the top level, 18-22 px below, "OP" and "MOD"
    tags, curved thread lines), collapsed branches as "N more replies" with a stack of repliers;
    the composer with one's 20-26 px face."""
    s = new_screen(rng, name, cast.kind("forum"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 40, s.fg, back=True)
    hex_badge(img, (110, y + 40), 30, s.accent, rng.choice("ABCDEFGHKMNPRSTW"), page)
    heading(s, 160, y + 34, "c/" + rng.choice(C.WORDS) + rng.choice(("gaming", "club", "fans", "")), 0.85)
    cv2.circle(img, (170, y + 66), 7, GREEN, -1, cv2.LINE_AA)
    note(img, f"{rng.randrange(20, 9000):,} online", (186, y + 74), 0.5, GREY)
    stack(cast, s, rng, WIDTH - 280, y + 16, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(10, 900))
    y += 110
    cv2.line(img, (0, y), (WIDTH, y), off(page, 20), 2)
    y += 20
    sd = face_avatar(cast, s, rng, 30, y, 28, 36, (1.1, 1.25), "circle", person=True)
    hex_badge(img, (30 + sd - 4, y + sd - 4), 12, GOLD, str(rng.randrange(1, 80)), page)
    note(img, rng.choice(C.WORDS)[:10], (56 + sd, y + 22), 0.6, s.fg, 2)
    tag(
        img,
        250 + sd,
        y,
        rng.choice(("Veteran", "Creator", "Speedrunner", "Artist")),
        random_colour(rng, 60, 200),
        28,
    )
    note(img, f"{rng.randrange(1, 23)}h", (56 + sd, y + 54), 0.5, GREY)
    y += max(sd, 60) + 16
    for _ in range(2):
        heading(s, 30, y + 36, words(rng, 3).title()[:30], 0.95)
        y += 48
    s.words(rng, 30, y + 24, 0.6, rng.randrange(4, 9))
    y += 50
    roll = rng.random()
    if roll < 0.4:  # a poll: each option's bar and its voters
        for _ in range(rng.randrange(2, 5)):
            share = rng.uniform(0.05, 0.8)
            fill(img, rounded_rect(60, WIDTH - 60, 14), 30, y, off(page, 12))
            fill(img, rounded_rect(60, max(30, round((WIDTH - 60) * share)), 14), 30, y, tone(s.accent, 60))
            note(img, words(rng, 2).title()[:16], (50, y + 40), 0.6, INK, 2)
            end = stack(
                cast,
                s,
                rng,
                WIDTH - 330,
                y + 14,
                rng.randrange(2, 4),
                18.3,
                20,
                off(page, 12),
                rng.randrange(1, 99),
            )
            note(img, f"{round(share * 100)}%", (end + 10, y + 40), 0.55, s.fg, 2)
            y += 74
    elif roll < 0.75:
        ph = rng.randrange(300, 401)
        cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 18.3, 70, rounded_rect(ph, WIDTH - 60, 16), 0.85)
        y += ph + 16
    x = 30
    for _ in range(rng.randrange(1, 4)):
        if x + 264 > WIDTH:
            break
        x = reaction_pile(cast, rng, s, x, y, off(page, 16))
    y += 70
    chips(img, rng, 30, y, 3, 44, (110, 170), off(page, 18), s.fg)
    y += 70
    foot = H - NAV_H - 110
    lines: list[int] = [0] * 5  # where each depth's thread line starts
    depth = 0
    while y + 120 < foot:
        x = 30 + depth * 60
        lo, hi = (20.0, 26.0) if depth == 0 else (18.3, 22.0)
        if depth and rng.random() < 0.15:  # a collapsed branch: its repliers
            end = stack(cast, s, rng, x, y, rng.randrange(2, 5), 18.3, 20, page)
            note(img, f"{rng.randrange(2, 40)} more replies", (end + 12, y + 22), 0.55, s.accent, 2)
            y += 60
            depth = rng.randrange(0, depth)
            continue
        if depth:
            px = 30 + (depth - 1) * 60 + 12
            cv2.line(img, (px, lines[depth - 1]), (px, y + 10), off(page, 40), 3)
            cv2.ellipse(img, (px + 14, y + 10), (14, 14), 0, 90, 180, off(page, 40), 3, cv2.LINE_AA)
        sd = face_avatar(cast, s, rng, x, y, lo, hi, (1.05, 1.2), "circle", person=True)
        lines[depth] = y + sd + 4
        note(img, rng.choice(C.WORDS)[:10], (x + sd + 12, y + 20), 0.55, s.fg, 2)
        if rng.random() < 0.25:
            tag(
                img,
                x + sd + 170,
                y,
                rng.choice(("OP", "MOD", "OP")),
                s.accent if rng.random() < 0.6 else GREEN,
                26,
            )
        s.words(rng, x + sd + 12, y + 52, 0.55, rng.randrange(2, 7))
        note(img, f"^ {rng.randrange(0, 900)}   Reply", (x + sd + 12, y + 84), 0.5, GREY)
        y += max(sd, 90) + 14
        if rng.random() < 0.15 and y + 70 < foot:
            reaction_pile(cast, rng, s, x + sd + 12, y, off(page, 16))
            y += 66
        depth = min(3, depth + 1) if rng.random() < 0.55 else rng.randrange(0, depth + 1)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    sd = face_avatar(cast, s, rng, 30, foot + 24, 20, 26, (1.2, 1.4), "circle")
    pill(img, 50 + sd, foot + 20, WIDTH - 80 - sd, 64, off(page, 22))
    note(img, "Add a comment", (80 + sd, foot + 62), 0.6, GREY)
    H5.nav_bar(s)
    return s.finish()


def server_rail(cast: Cast, rng: random.Random, s: Screen, top: int, foot: int) -> None:
    """A chat app's server rail down the left edge: the home disc, then servers' round icons (on 40
    % a person's photo, faces 30-48 px; else a drawn logo or initials), an unread pill at the edge
    and a red mention count over some."""
    img = s.img
    rail = tone(s.bg, -14 if sum(s.bg) > 384 else -10)
    cv2.rectangle(img, (0, top), (118, foot), rail, -1)
    cv2.circle(img, (59, top + 52), 38, BLURPLE, -1, cv2.LINE_AA)
    icon(img, rng, (59, top + 52), 16, WHITE)
    y = top + 120
    while y + 80 < foot:
        if rng.random() < 0.4:
            cast.avatar(s, 21, y, rng.uniform(30, 48), 76, "circle")
        elif rng.random() < 0.5:
            initials_disc(img, rng, (59, y + 38), 38, random_colour(rng, 50, 200))
        else:
            cv2.circle(img, (59, y + 38), 38, rail, -1)
            H8.logo(img, rng, 21, y, 76)
        if rng.random() < 0.3:
            pill(img, -6, y + 24, 14, 28, s.fg)
        if rng.random() < 0.25:
            badge(img, (88, y + 66), 13, RED, str(rng.randrange(1, 9)), rail)
        y += 92


def member_row(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, back: Colour, status: str) -> int:
    """A server member: the 28-40 px face (initials on some) with a presence dot in ``back``, the
    name in a role's colour, a crown for the owner on some, what they play under it. Returns its
    height."""
    img = s.img
    sd = face_avatar(cast, s, rng, x, y, 28, 40, (1.1, 1.2), "circle", person=True)
    status_dot(img, (x + sd - sd // 7, y + sd - sd // 7), max(6, sd // 8), status, back)
    name = rng.choice(C.WORDS)[:9]
    note(
        img,
        name,
        (x + sd + 16, y + sd // 2 - 2),
        0.6,
        random_colour(rng, 90, 250) if rng.random() < 0.5 else s.fg,
        2,
    )
    if rng.random() < 0.08:
        crown(img, (x + sd + 30 + 15 * len(name), y + sd // 2 - 10), 10, GOLD)
    if rng.random() < 0.6:
        note(img, "Playing " + words(rng, 1).title()[:10], (x + sd + 16, y + sd // 2 + 24), 0.45, GREY)
    return max(sd, 52) + 16


def server_members(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community chat server on a phone: the server rail (``server_rail``: photos of people as
    icons on some, faces 30-48 px); the channels with a drawn banner, text channels and voice
    channels whose connected members sit under them (18-24 px faces, speaking rings, muted mics, a
    LIVE tag); on 60 % the members drawer slid over the channels from the right (a shadow at its
    edge; ``member_row``: 28-40 px faces with presence dots, grouped by status, the offline ones
    faded to 45-60 % of the drawer's colour, still counted), else a member's profile sheet (a
    banner, the 60-110 px face in a ring of the sheet over the banner's foot with a presence dot,
    roles, mutual friends' stack of 18-24 px)."""
    s = new_screen(rng, name, cast.kind("server"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    top, foot = STATUS_H + 10, H - NAV_H - 110
    server_rail(cast, rng, s, top, foot)
    x0 = 134
    bh = 170
    blit(img, H11.render(rng, WIDTH - x0 - 16, bh, RENDERS), x0, top, rounded_rect(bh, WIDTH - x0 - 16, 16))
    heading(s, x0 + 10, top + bh + 46, words(rng, 1).title()[:12] + " Hub", 0.9)
    y = top + bh + 80
    for group in ("TEXT CHANNELS", "VOICE CHANNELS"):
        note(img, group, (x0 + 10, y + 20), 0.5, GREY, 2)
        y += 40
        for _ in range(rng.randrange(2, 4)):
            if y + 60 > foot:
                break
            note(
                img,
                ("# " if group[0] == "T" else "< ") + rng.choice(C.WORDS)[:10],
                (x0 + 20, y + 28),
                0.65,
                s.fg,
            )
            y += 50
            if group[0] == "V" and rng.random() < 0.7:
                for _ in range(rng.randrange(1, 5)):
                    if y + 50 > foot:
                        break
                    fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
                    if rng.random() < 0.3:
                        cv2.circle(img, (x0 + 50 + sd // 2, y + sd // 2), sd // 2 + 4, GREEN, 3, cv2.LINE_AA)
                    cast.person(s, x0 + 50, y, fp, sd, "circle")
                    note(img, rng.choice(C.WORDS)[:9], (x0 + 64 + sd, y + sd // 2 + 8), 0.55, GREY)
                    if rng.random() < 0.2:
                        tag(img, x0 + 260 + sd, y, "LIVE", RED, 26)
                    elif rng.random() < 0.3:
                        mic_off(img, (x0 + 300 + sd, y + sd // 2), 12, off(page, 20))
                    y += sd + 12
    if rng.random() < 0.6:  # the members drawer over the channels
        dx = rng.randrange(380, 500)
        drawer = tone(page, 8 if sum(page) < 384 else -8)
        for k in range(24):  # its shadow
            cv2.line(img, (dx - 24 + k, top), (dx - 24 + k, foot), tone(page, -k // 2 - 2), 1)
        cv2.rectangle(img, (dx, top), (WIDTH, foot), drawer, -1)
        y = top + 24
        for group, count in (("ONLINE", rng.randrange(3, 90)), ("OFFLINE", rng.randrange(5, 900))):
            if y + 120 > foot:
                break
            note(img, f"{group} - {count}", (dx + 24, y + 24), 0.5, GREY, 2)
            y += 46
            start = y
            for _ in range(rng.randrange(3, 9)):
                if y + 70 > foot:
                    break
                y += member_row(
                    cast, rng, s, dx + 24, y, drawer, rng.choice(STATUSES) if group[1] == "N" else "off"
                )
            if group[1] == "F":
                H5.scrim(s, (dx, start, WIDTH, y), rng.uniform(0.45, 0.6), drawer)
            y += 10
    else:  # a member's profile sheet
        sy = rng.randrange(STATUS_H + 760, STATUS_H + 980)
        H5.scrim(s, (0, top, WIDTH, sy + 40), 0.45)
        sheet = tone(page, 10 if sum(page) < 384 else -6)
        H5.sheet(img, sy, sheet)
        ban = rng.randrange(150, 211)
        cv2.rectangle(img, (0, sy + 40), (WIDTH, sy + ban), random_colour(rng, 60, 220), -1)
        side = rng.randrange(130, 191)
        ax, ay = 40, sy + ban - side // 2
        cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 10, sheet, -1, cv2.LINE_AA)
        cast.avatar(s, ax, ay, min(110.0, max(60.0, side / rng.uniform(1.5, 2.1))), side, "circle")
        status_dot(
            img,
            (ax + side - side // 7, ay + side - side // 7),
            max(12, side // 9),
            rng.choice(STATUSES),
            sheet,
        )
        y = ay + side + 20
        heading(s, 40, y + 40, rng.choice(C.WORDS).title()[:12], 1.1)
        note(img, "@" + rng.choice(C.WORDS) + str(rng.randrange(10, 99)), (40, y + 80), 0.6, GREY)
        y += 110
        chips(img, rng, 40, y, rng.randrange(2, 5), 44, (110, 180), off(sheet, 20), s.fg)
        y += 70
        note(img, "Mutual friends", (40, y + 28), 0.6, GREY)
        stack(cast, s, rng, 260, y, rng.randrange(2, 6), 18.3, 24, sheet, rng.randrange(0, 20))
        y += 80
        if y + 80 < foot:
            pill(img, 40, y, WIDTH - 80, 70, off(sheet, 22))
            note(img, "Message @" + rng.choice(C.WORDS), (70, y + 45), 0.6, GREY)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 6), -1)
    for k in range(4):
        icon(img, rng, (round(WIDTH * (k + 0.5) / 4), foot + 55), 20, BLURPLE if k == 0 else GREY)
    H5.nav_bar(s)
    return s.finish()


def tier_ring(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fp: float, side: int, rank: int
) -> None:
    """A fan's round face in a ring of their tier's colour (thicker for gold), a crown over the top
    of the first three."""
    img = s.img
    tier = rng.choices(range(3), (5, 3, 2))[0] if rank > 3 else 2
    c = (x + side // 2, y + side // 2)
    cv2.circle(img, c, side // 2 + 3 + 2 * tier, TIERS[tier][1], -1, cv2.LINE_AA)
    cast.person(s, x, y, fp * rng.uniform(0.93, 1.0), side, "circle")
    if rank <= 3:
        crown(img, (c[0], y - 6), max(7, side // 4), GOLD)


def fan_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fan club's membership page: the artist or creator cut out on a gradient hero (faces 70-240
    px) under the club's name in huge outlined type; one's member card (one's photo, faces 40-80
    px, in a rounded square, the tier's band, a sheen stripe, the number); the tiers as cards cut by
    the right edge, each with its members' stack (18-24 px, "+N"); top fans this month (a wall of
    20-30 px faces in rings of their tier's colour, crowns over the first three); the members-only
    live's card (the artist's 40-90 px face, a countdown) where there is room."""
    s = new_screen(rng, name, cast.kind("fanclub"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(520, 641)
    a = random_colour(rng, 60, 230)
    gradient(img, (0, y, WIDTH, y + hh), a, tone(a, -70))
    fp = rng.uniform(70, min(240.0, hh * 0.32))
    figure(
        cast,
        s,
        WIDTH * rng.uniform(0.55, 0.75),
        y + max(fp, hh * rng.uniform(0.3, 0.42)),
        fp,
        (0, y, WIDTH, y + hh),
        True,
    )
    title(img, words(rng, 1)[:8], (40, y + hh - 120), 2.2, WHITE, INK)
    note(img, "OFFICIAL FAN CLUB", (44, y + hh - 60), 0.8, WHITE, 2)
    tag(img, 30, y + 24, "JOINED", GREEN, 36)
    y += hh + 30
    tier = rng.randrange(3)
    ch = 250
    fill(img, rounded_rect(ch, WIDTH - 60, 24), 30, y, tone(TIERS[tier][1], -60))
    band = img[y : y + ch, 30 : WIDTH - 30]
    stripe = np.zeros(band.shape[:2], np.float32)
    sx = rng.randrange(100, WIDTH - 200)
    cv2.line(stripe, (sx, 0), (sx - 140, ch), 0.3, 60)
    band[:] = (band * (1 - stripe[:, :, None]) + 255 * stripe[:, :, None]).astype(np.uint8)
    fill(img, 255 - rounded_rect(ch, WIDTH - 60, 24), 30, y, page)
    side = rng.randrange(150, 191)
    cast.avatar(
        s, 60, y + (ch - side) // 2, min(80.0, max(40.0, side / rng.uniform(1.8, 2.6))), side, "rounded"
    )
    note(img, TIERS[tier][0].upper() + " MEMBER", (100 + side, y + 70), 0.8, WHITE, 2)
    note(img, f"No. {rng.randrange(1, 99999):05d}", (100 + side, y + 120), 0.7, WHITE)
    note(img, f"since {rng.randrange(2015, 2026)}", (100 + side, y + 160), 0.55, WHITE)
    y += ch + 30
    y = section(s, y, "Tiers")
    x = 30
    tw = rng.randrange(330, 391)
    for k in range(3):
        if x >= WIDTH:
            break
        fill(img, rounded_rect(250, tw, 20), x, y, off(page, 10))
        cv2.rectangle(img, (x + 20, y + 20), (x + 90, y + 32), TIERS[k][1], -1)
        note(img, TIERS[k][0], (x + 20, y + 72), 0.8, s.fg, 2)
        note(img, f"${(3, 8, 20)[k]}/month", (x + 20, y + 110), 0.6, GREY)
        stack(
            cast,
            s,
            rng,
            x + 20,
            y + 140,
            rng.randrange(2, 5),
            18.3,
            24,
            off(page, 10),
            rng.randrange(5, 9000),
        )
        note(img, "members", (x + 20, y + 220), 0.5, GREY)
        x += tw + 24
    y += 280
    foot = H - NAV_H - 130
    y = section(s, y, "Top fans this month")
    cols = rng.randrange(6, 8)
    cell = (WIDTH - 60) // cols
    fp0, side = _size(rng, 20, small(rng, 21, 30), (1.1, 1.25))
    rank = 1
    live = rng.random() < 0.6
    while y + side + 90 < foot - (200 if live else 0):
        for c in range(cols):
            tier_ring(cast, rng, s, 30 + c * cell + (cell - side) // 2, y + 12, fp0, side, rank)
            note(img, f"{rng.randrange(100, 9999)} pts", (30 + c * cell + 4, y + side + 50), 0.45, GREY)
            rank += 1
        y += side + 80
    if live and y + 170 < foot:
        fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, s.accent)
        sd = face_avatar(cast, s, rng, 54, y + 20, 40, 90, (1.1, 1.25), "circle")
        note(img, "Members-only live", (80 + sd, y + 60), 0.7, WHITE, 2)
        note(img, f"starts in {rng.randrange(1, 23)}h {rng.randrange(60)}m", (80 + sd, y + 100), 0.6, WHITE)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def studio_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, hi: float
) -> None:
    """A participant's camera in a recording studio (faces 40-``hi`` px): the name label over its
    lower left, the input's level meter up its right edge, the local recording's upload chip over
    its upper right, a muted mic on some."""
    img = s.img
    cv2.rectangle(img, (x, y), (x + tw, y + th), (30, 30, 34), -1)
    cast.photo(s, x, y, tw, th, small(rng, 40, min(hi, th * 0.55)), rounded_rect(th, tw, 14))
    name_label(img, rng.choice(C.WORDS).title()[:10], x + 14, y + th - 14, 38)
    level_meter(img, x + tw - 30, y + th - 20, min(220, th // 2), rng.uniform(0.1, 0.95))
    pill(img, x + tw - 230, y + 14, 216, 40, (25, 25, 25))
    note(img, f"Uploading {rng.randrange(20, 100)}%", (x + tw - 214, y + 41), 0.5, WHITE)
    if rng.random() < 0.2:
        mic_off(img, (x + 36, y + 36), 20, RED)


def podcast_room(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast's remote recording studio: the REC timer; on 60 % the cameras (two stacked, faces
    40-300 px, or three or four in a grid, 40-180 px; ``studio_tile``: name labels, level meters,
    upload chips), else audio only (two by two round avatars, faces 60-160 px, a waveform
    radiating round the speaking ones, ``radial_wave``); the multitrack timeline (each lane's
    speaker's 20-26 px face at its head, the waveform, the playhead); the green room (22-30 px
    faces, "Admit" pills); the producer's notes (20-26 px faces); the controls."""
    s = new_screen(rng, name, cast.kind("podroom"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    cv2.circle(img, (46, y + 30), 12, RED, -1, cv2.LINE_AA)
    note(
        img,
        f"REC  {rng.randrange(0, 2)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (70, y + 40),
        0.8,
        s.fg,
        2,
    )
    pill(img, WIDTH - 190, y + 4, 160, 56, RED)
    note(img, "Stop", (WIDTH - 140, y + 42), 0.7, WHITE, 2)
    y += 90
    n = rng.randrange(2, 5)
    if rng.random() < 0.6:
        if n == 2:
            th = rng.randrange(420, 521)
            for k in range(2):
                studio_tile(cast, rng, s, 20, y + k * (th + 12), WIDTH - 40, th, 300)
            y += 2 * (th + 12)
        else:
            tw = (WIDTH - 52) // 2
            th = round(tw * rng.uniform(1.0, 1.25))
            for k in range(n):
                studio_tile(cast, rng, s, 20 + (k % 2) * (tw + 12), y + (k // 2) * (th + 12), tw, th, 180)
            y += 2 * (th + 12)
    else:
        cell = (WIDTH - 40) // 2
        side = rng.randrange(190, 251)
        for k in range(4 if n > 2 else 2):
            cx, cy = 20 + (k % 2) * cell + cell // 2, y + (k // 2) * (side + 170) + side // 2 + 50
            if rng.random() < 0.5:
                radial_wave(img, rng, (cx, cy), side // 2, s.accent)
            cast.avatar(
                s,
                cx - side // 2,
                cy - side // 2,
                min(160.0, max(60.0, side / rng.uniform(1.4, 2.0))),
                side,
                "circle",
            )
            note(img, rng.choice(C.WORDS).title()[:10], (cx - 60, cy + side // 2 + 60), 0.65, s.fg, 2)
        y += (2 if n > 2 else 1) * (side + 170) + 20
    foot = H - NAV_H - 140
    if y + 160 < foot:
        note(img, "TRACKS", (30, y + 24), 0.55, GREY, 2)
        y += 40
        head = rng.randrange(40, 161)
        for _ in range(n):
            if y + 60 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.2), "circle")
            cv2.rectangle(img, (50 + sd, y + 4), (WIDTH - 30, y + sd - 4), off(page, 12), -1)
            waveform(
                img,
                rng,
                66 + sd,
                y + sd // 2,
                (WIDTH - 110 - sd) // 10,
                random_colour(rng, 90, 250),
                max(8, sd - 12),
            )
            y += max(sd, 40) + 12
        cv2.line(img, (60 + head * 4, y - 12 - n * 50), (60 + head * 4, y - 8), RED, 3)
        y += 20
    if y + 120 < foot:
        note(img, f"GREEN ROOM ({rng.randrange(1, 4)})", (30, y + 24), 0.55, GREY, 2)
        y += 44
        for _ in range(rng.randrange(1, 3)):
            if y + 70 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
            note(img, rng.choice(C.WORDS).title()[:10] + " (guest)", (50 + sd, y + sd // 2 + 8), 0.6, s.fg)
            pill(img, WIDTH - 190, y + sd // 2 - 24, 160, 48, GREEN)
            note(img, "Admit", (WIDTH - 150, y + sd // 2 + 8), 0.6, WHITE, 2)
            y += max(sd, 50) + 16
    while y + 60 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.05, 1.2), "circle", person=True)
        s.words(rng, 46 + sd, y + sd // 2 + 8, 0.55, rng.randrange(3, 8), GREY)
        y += max(sd, 40) + 14
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 10), -1)
    for k in range(4):
        c = (110 + k * 170, foot + 70)
        cv2.circle(img, c, 44, off(page, 30), -1, cv2.LINE_AA)
        icon(img, rng, c, 17, s.fg)
    H5.nav_bar(s)
    return s.finish()


def stretch_goals(
    img: np.ndarray, rng: random.Random, x: int, y: int, w: int, share: float, accent: Colour
) -> None:
    """A campaign's stretch goals along a line: nodes at their sums, the reached ones filled with a
    tick, the others a padlock; the line coloured as far as the sum raised."""
    n = rng.randrange(4, 7)
    cv2.line(img, (x, y), (x + w, y), GREY, 6)
    cv2.line(img, (x, y), (x + round(w * min(1.0, share)), y), accent, 6)
    for k in range(n):
        cx = x + round(w * (k + 1) / n)
        if (k + 1) / n <= share:
            badge(img, (cx, y), 20, accent, "check")
        else:
            lock_glyph(img, (cx, y), 20)
        note(img, f"${(k + 1) * rng.randrange(5, 30)}K", (cx - 36, y + 54), 0.45, GREY)


def mosaic(cast: Cast, rng: random.Random, s: Screen, y: int, rows: int) -> int:
    """A backer wall: square tiles touching edge to edge in 18-25 columns (faces 18-34 px inside
    40-56 px tiles), one top backer's double tile (faces 36-60 px) on most, anonymous backers'
    hearts, initials and things among them. Returns its height."""
    img = s.img
    t = rng.randrange(40, 57)
    cols = (WIDTH - 60) // t
    x0 = (WIDTH - cols * t) // 2
    taken: set[tuple[int, int]] = set()
    if rng.random() < 0.8 and rows >= 2:
        r0, c0 = rng.randrange(rows - 1), rng.randrange(cols - 1)
        taken |= {(r0, c0), (r0 + 1, c0), (r0, c0 + 1), (r0 + 1, c0 + 1)}
        cast.avatar(
            s, x0 + c0 * t, y + r0 * t, min(60.0, max(36.0, 2 * t / rng.uniform(1.5, 2.4))), 2 * t, "square"
        )
    for r in range(rows):
        for c in range(cols):
            if (r, c) in taken:
                continue
            x, yy = x0 + c * t, y + r * t
            roll = rng.random()
            if roll < 0.12:
                cv2.rectangle(img, (x, yy), (x + t - 1, yy + t - 1), random_colour(rng, 60, 220), -1)
                heart(img, (x + t // 2, yy + t // 2 + 2), t // 4, WHITE)
            elif roll < 0.2:
                cast.thing(s, x, yy, t, t)
            else:
                cast.person(s, x, yy, small(rng, 18.3, min(34.0, t / 1.25)), t, "square")
    return rows * t


def backer_wall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A crowdfunding campaign's page: the campaign video (people, faces 40-220 px, or a snapshot)
    with a play button; the creators' overlapping faces (30-44 px); the sum pledged over its goal,
    the backers and days left; stretch goals along a line (``stretch_goals``); reward tiers (each
    with a stack of 18-22 px backers, "+N"); the backer wall (``mosaic``: square tiles touching in
    18-25 columns, faces 18-34 px, a top backer's double tile, 36-60 px); comments (20-28 px faces,
    the creator's reply under a "Creator" tag)."""
    s = new_screen(rng, name, cast.kind("backers"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = rng.randrange(420, 521)
    if rng.random() < 0.6:
        cast.photo(s, 0, y, WIDTH, vh, rng.uniform(40, 220))
    else:
        piece, faces = snapshot(cast, WIDTH, vh, 18.3, 80, 0.95)
        paste_photo(cast, s, piece, faces, 0, y)
    play_button(img, (WIDTH // 2, y + vh // 2), 46, WHITE, INK)
    y += vh + 24
    heading(s, 30, y + 40, words(rng, 3).title()[:28], 1.0)
    y += 60
    end = stack(cast, s, rng, 30, y, rng.randrange(1, 4), 30, 44, page)
    note(img, "by " + who(rng) + " & team", (end + 14, y + 34), 0.6, GREY)
    y += 80
    goal = rng.randrange(5, 200) * 1000
    share = rng.uniform(0.4, 4.0)
    cv2.putText(img, f"${round(goal * share):,}", (30, y + 50), FONT, 1.5, GREEN, 3, cv2.LINE_AA)
    note(img, f"pledged of ${goal:,} goal", (30, y + 90), 0.6, GREY)
    progress(img, 30, y + 110, WIDTH - 60, min(1.0, share), GREEN, off(page, 30), 12)
    note(
        img,
        f"{rng.randrange(100, 40000):,} backers    {rng.randrange(1, 40)} days to go",
        (30, y + 160),
        0.65,
        s.fg,
        2,
    )
    y += 190
    stretch_goals(img, rng, 60, y + 30, WIDTH - 140, share / 4, s.accent)
    y += 110
    foot = H - NAV_H - 120
    for _ in range(rng.randrange(1, 3)):
        fill(img, rounded_rect(150, WIDTH - 60, 18), 30, y, off(page, 10))
        note(img, f"Pledge ${rng.choice((5, 15, 25, 49, 99, 250))} or more", (56, y + 44), 0.7, s.fg, 2)
        end = stack(
            cast, s, rng, 56, y + 70, rng.randrange(2, 5), 18.3, 22, off(page, 10), rng.randrange(9, 9000)
        )
        note(img, "backers", (end + 12, y + 98), 0.55, GREY)
        pill(img, WIDTH - 230, y + 74, 180, 52, s.accent)
        note(img, "Select", (WIDTH - 180, y + 108), 0.6, WHITE, 2)
        y += 170
    y = section(s, y, "Backers")
    rows = rng.randrange(2, 4)
    y += mosaic(cast, rng, s, y, rows) + 30
    while y + 120 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, rng.choice(C.WORDS).title()[:10], (50 + sd, y + 22), 0.6, s.fg, 2)
        creator = rng.random() < 0.25
        if creator:
            tag(img, 240 + sd, y, "Creator", s.accent, 28)
        s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(3, 8))
        y += max(sd, 70) + 22
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def casters_desk(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """The broadcast's desk: two (or three) casters side by side (faces 30-90 px) in front of a
    lit studio wall with the league's mark, the desk over their chests, a LIVE tag."""
    img = s.img
    gradient(img, (x, y, x + w, y + h), random_colour(rng, 60, 200), (30, 20, 30))
    for k in range(6):
        cv2.line(img, (x + k * w // 6, y), (x + k * w // 6 + w // 10, y + h), tone(s.accent, 30), 3)
    n = 2 if rng.random() < 0.7 else 3
    fp = small(rng, 30, min(90.0, h * 0.26))
    desk = y + round(h * rng.uniform(0.68, 0.78))
    for k in range(n):
        figure(
            cast,
            s,
            x + w * (k + 0.5) / n + rng.uniform(-20, 20),
            desk - fp * rng.uniform(1.5, 2.0),
            fp * rng.uniform(0.92, 1.05),
            (x, y, x + w, y + h),
        )
    cv2.rectangle(img, (x, desk), (x + w - 1, y + h - 1), (40, 40, 46), -1)
    crest(img, (x + w // 2, desk + (y + h - desk) // 2 - 4), max(10, (y + h - desk) // 3), s.accent)
    fill(img, 255 - rounded_rect(h, w, 16), x, y, s.bg)
    tag(img, x + 16, y + 16, "LIVE", RED, 34)


def roster(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, colour: Colour) -> int:
    """A team's five players down a column: each one's 18-30 px face in a rounded square (initials
    on some), the nickname, a role's glyph and kills, deaths and assists. Returns its height."""
    img = s.img
    cv2.rectangle(img, (x, y), (x + cw, y + 8), colour, -1)
    yy = y + 24
    for _ in range(5):
        sd = face_avatar(cast, s, rng, x, yy, 18.3, 30, (1.1, 1.25), "rounded", person=True)
        note(img, rng.choice(C.WORDS)[:8], (x + sd + 12, yy + sd // 2 - 2), 0.55, s.fg, 2)
        icon(img, rng, (x + sd + 22, yy + sd // 2 + 22), 8, colour)
        k, d, a = rng.randrange(0, 25), rng.randrange(0, 15), rng.randrange(0, 25)
        note(img, f"{k}/{d}/{a}", (x + cw - 110, yy + sd // 2 + 8), 0.55, GREY)
        yy += max(sd, 50) + 16
    return yy - y


def esports_match(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An e-sports match page: the tournament and stage; the score card (two drawn crests, the
    score, maps as chips); on 60 % the broadcast's desk (``casters_desk``: two or three casters,
    faces 30-90 px); the two rosters side by side (``roster``: 18-30 px faces, roles, K/D/A); on
    half the MVP's card (cut out on the team's gradient, faces 60-160 px, stats); the pick'em bar
    with friends' picks (stacks of 18-22 px under each side); one or two upcoming matches (crests
    only); the match chat (``chat_lines``: 18-22 px faces, drawn emotes)."""
    s = new_screen(rng, name, cast.kind("esports"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 34, s.fg, back=True)
    heading(s, 80, y + 46, rng.choice(("Spring Split", "World Finals", "Masters", "Pro League")), 1.0)
    y += 80
    chips(img, rng, 30, y, 3, 44, (110, 170), off(page, 18), s.fg)
    y += 70
    teams = [random_colour(rng, 40, 230), random_colour(rng, 40, 230)]
    fill(img, rounded_rect(240, WIDTH - 60, 22), 30, y, off(page, 10))
    for k in range(2):
        cx = 170 if k == 0 else WIDTH - 170
        crest(img, (cx, y + 90), 46, teams[k])
        note(
            img, "".join(rng.choice("ABCDEFGHKLMNPRSTVX") for _ in range(3)), (cx - 34, y + 190), 0.8, s.fg, 2
        )
    score = f"{rng.randrange(0, 3)} : {rng.randrange(0, 3)}"
    cv2.putText(img, score, (WIDTH // 2 - 90, y + 110), FONT, 2.0, s.fg, 3, cv2.LINE_AA)
    note(
        img,
        "Game " + str(rng.randrange(1, 4)) + " - " + rng.choice(C.WORDS).title(),
        (WIDTH // 2 - 100, y + 170),
        0.55,
        GREY,
    )
    y += 264
    if rng.random() < 0.6:
        dh = rng.randrange(300, 381)
        casters_desk(cast, rng, s, 30, y, WIDTH - 60, dh)
        y += dh + 24
    cw = (WIDTH - 90) // 2
    h1 = roster(cast, rng, s, 30, y, cw, teams[0])
    roster(cast, rng, s, 60 + cw, y, cw, teams[1])
    y += h1 + 20
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 340 < foot:
        mh = min(foot - y - 140, rng.randrange(300, 381))
        colour = rng.choice(teams)
        gradient(img, (30, y, WIDTH - 30, y + mh), tone(colour, 40), tone(colour, -60), False)
        fp = rng.uniform(60, max(61.0, min(160.0, mh * 0.34)))
        figure(
            cast,
            s,
            WIDTH * rng.uniform(0.68, 0.78),
            y + max(fp, mh * 0.4),
            fp,
            (30, y, WIDTH - 30, y + mh),
            True,
        )
        fill(img, 255 - rounded_rect(mh, WIDTH - 60, 20), 30, y, page)
        title(img, "MVP", (60, y + 100), 2.0, GOLD, INK)
        for j, (label, value) in enumerate(
            (("KDA", f"{rng.uniform(2, 12):.1f}"), ("DMG", f"{rng.randrange(8, 40)}K"))
        ):
            note(img, label, (60, y + 160 + j * 70), 0.55, WHITE)
            note(img, value, (140, y + 160 + j * 70), 0.8, WHITE, 2)
        y += mh + 24
    if y + 140 < foot:
        note(img, "Who wins?", (30, y + 24), 0.6, GREY, 2)
        split_vote(cast, rng, s, 30, y + 40, WIDTH - 60, (teams[0], teams[1]), page)
        y += 150
    for _ in range(rng.randrange(1, 3)):  # upcoming matches: crests only
        if y + 110 > foot:
            break
        fill(img, rounded_rect(90, WIDTH - 60, 16), 30, y, off(page, 10))
        for k in range(2):
            crest(img, (80 + k * 120, y + 44), 22, random_colour(rng, 40, 230))
        note(
            img,
            f"{rng.choice(('Sat', 'Sun', 'Fri'))} {rng.randrange(10, 23)}:00",
            (WIDTH - 220, y + 54),
            0.6,
            s.fg,
        )
        y += 106
    if y + 150 < foot:
        y = section(s, y, "Match chat", False)
        chat_lines(cast, rng, s, y + 10, foot)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def guild_hub(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gaming guild's hub: the banner (a group photo or a gathering, faces 14-60 px, those under
    18 px not counted, or a drawn thing) under the emblem and the name; a "who's online" sidebar
    down the right edge (``column_pile``: round faces 28-44 px overlapping down the page with
    presence dots, "+N"; then those in game); beside it events (date blocks, "going" stacks of
    18-24 px), achievements (22-30 px faces by drawn trophies) and screenshots (a drawn level or
    keyboard, or friends at a meetup, faces 18-60 px) posted by 24-32 px faces."""
    s = new_screen(rng, name, cast.kind("guild"), ("dark", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(300, 401)
    if cast.photos and rng.random() < 0.7:
        piece, faces = snapshot(cast, WIDTH, bh, 14, 60, 1.0)
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(img, H11.render(rng, WIDTH, bh, RENDERS), 0, y)
    hex_badge(img, (80, y + bh), 44, s.accent, rng.choice("ABCDEFGHKMNPRSTW"), page)
    y += bh + 20
    heading(
        s,
        150,
        y + 30,
        rng.choice(("Night", "Iron", "Pixel", "Void")) + " " + rng.choice(("Raiders", "Wolves", "Guild")),
        1.0,
    )
    note(
        img,
        f"Level {rng.randrange(2, 40)} guild - {rng.randrange(20, 500)} members",
        (150, y + 66),
        0.5,
        GREY,
    )
    y += 100
    foot = H - NAV_H - 130
    sx = WIDTH - 124
    side_back = off(page, 12)
    cv2.rectangle(img, (sx, y), (WIDTH, foot), side_back, -1)
    note(img, "ONLINE", (sx + 14, y + 30), 0.5, GREY, 2)
    yy = column_pile(
        cast, rng, s, sx + 22, y + 50, rng.randrange(4, 9), (28, 44), side_back, rng.randrange(3, 60)
    )
    if yy + 200 < foot:
        note(img, "IN GAME", (sx + 14, yy + 40), 0.5, GREY, 2)
        column_pile(cast, rng, s, sx + 22, yy + 60, rng.randrange(2, 5), (28, 44), side_back, 0)
    mw = sx - 50
    while y + 200 < foot:
        roll = rng.random()
        if roll < 0.35:  # an event
            fill(img, rounded_rect(170, mw, 18), 30, y, off(page, 10))
            fill(img, rounded_rect(110, 90, 14), 50, y + 30, s.accent)
            note(img, rng.choice(("SAT", "SUN", "FRI")), (66, y + 64), 0.55, WHITE, 2)
            note(img, str(rng.randrange(1, 31)), (70, y + 118), 1.0, WHITE, 2)
            note(img, words(rng, 2).title()[:18], (170, y + 58), 0.7, s.fg, 2)
            end = stack(
                cast, s, rng, 170, y + 84, rng.randrange(2, 6), 18.3, 24, off(page, 10), rng.randrange(0, 40)
            )
            note(img, "going", (end + 12, y + 114), 0.5, GREY)
            y += 190
        elif roll < 0.7:  # achievements
            for _ in range(rng.randrange(1, 3)):
                sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
                note(img, rng.choice(C.WORDS)[:9] + " unlocked", (50 + sd, y + 24), 0.55, s.fg, 2)
                note(img, words(rng, 2).title()[:18], (50 + sd, y + 56), 0.55, GOLD)
                blit(img, H11.render(rng, 64, 64, (trophy_cup,)), mw - 40, y, rounded_rect(64, 64, 12))
                y += max(sd, 64) + 20
        else:  # a screenshot or a meetup's photo
            sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
            note(img, rng.choice(C.WORDS)[:9], (50 + sd, y + sd // 2 + 8), 0.6, s.fg, 2)
            y += max(sd, 40) + 14
            ph = min(foot - y - 20, rng.randrange(260, 341))
            if ph < 120:
                break
            if rng.random() < 0.5:
                blit(
                    img, H11.render(rng, mw, ph, (pixel_level, rgb_keyboard)), 30, y, rounded_rect(ph, mw, 16)
                )
            else:
                cut_photo(cast, rng, s, 30, y, mw, ph, 18.3, 60, rounded_rect(ph, mw, 16), 0.9)
            y += ph + 24
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    party_lobby,
    squad_stream,
    creator_studio,
    forum_thread,
    server_members,
    fan_club,
    podcast_room,
    backer_wall,
    esports_match,
    guild_hub,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (party_lobby, creator_studio)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: hexagonal portraits, a wall of
# square tiles, a facepile on end)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, party_lobby, backer_wall, guild_hub)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT26_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h26", photos, free, seed, reps)
