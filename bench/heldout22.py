"""Held-out screens, twenty-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-one (heldout.py to heldout21.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: a desk from
above, a whiteboard of sticky notes, an empty meeting room; nothing with eyes, a mouth or a mask);
every random choice from ``HELDOUT22_SEED``. Faces are pasted through heldout2's ``Screen``, which
settles each one on the finished screen (pixels drawn over a face later are not the face's; a face
with under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout21's, its screens marked h22-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in work, productivity and video-call apps. Near repeats avoided (see their
docstrings): heldout.py's call of 2-9 people, heldout10's gallery view with name plates over the
chins, heldout12's floating call tiles and 360-degree room camera and heldout18's call under a
filter (here a paged gallery whose cameras-off tiles show initials discs or a profile photo, a
speaker's frame, reactions and raised hands over corners, a floating self view; a shared screen
with a filmstrip; a recorded talk with the presenter's round webcam bubble); heldout3's inbox and
heldout13's slides and meetings (here an opened mail with a signature headshot and a team photo in
its body, a slides editor's sorter of shrunk slides, a calendar's events with attendee stacks). Ten
layouts:
- a video call's gallery (``gallery_call``): two to five columns of tiles (at most 25; 16:9, 4:3,
  square or portrait; webcam faces 10-50 % of the tile's height, skewed small), cameras off on a
  quarter (``camera_off``: an initials disc, never counted, or the profile photo, 20-60 px), opaque
  name labels over the tiles' lower edge (over a chin on some: the face counts while half of it
  shows), muted mics over a corner, raised hands and reactions, the speaker's frame, an "N more"
  tile (a stack of 18-30 px faces) on most, a floating self view (faces 40-110 px) on 40 %, the
  controls;
- a shared screen (``share_call``): on 60 % a meeting (who presents, with an 18-24 px face; the
  shared slide or document, ``slide``: a chart, the team's headshots, a photo or a quote; a
  filmstrip of small tiles, faces 18-100 px, cut by the right edge; the participants with 22-30 px
  faces or the chat with 20-26 px faces), else a recorded talk (the slide with the presenter's
  round webcam bubble in a corner, faces 70-220 px; the deck's slides shrunk, faces mostly under 18
  px; viewers' comments with 20-28 px faces);
- a team chat (``team_chat``): on 65 % a channel (members' stack, 18-22 px; a huddle's ringed
  stack, 20-28 px; messages by 24-40 px faces in rounded squares, images with faces 18-70 px,
  reaction chips with stacks of who reacted, 18-21 px, threads' stacks, 18-22 px; who is typing),
  else the channel list (direct messages by 22-32 px faces, presence dots over their corner, group
  messages' two overlapping 18-22 px faces);
- a calendar (``calendar``): on 55 % a day (one's 24-32 px face; events whose blocks end in a stack
  of overlapping 18-26 px attendee circles and a "+N" disc, never counted), else a meeting invite
  (the organiser's 36-52 px face, the guests' overlapping stack, 26-40 px, guest rows with 24-34 px
  faces and RSVP badges over their corner);
- a mail app (``mail``): on 45 % the inbox (senders' 24-44 px faces, initials on a quarter, photo
  attachments' chips with faces mostly under 18 px), else an opened mail (the thread's earlier
  messages collapsed by 24-34 px faces on 60 %, the sender's 32-50 px face, recipients' stack of
  18-22 px on most, a team photo in the body, faces 16-90 px, a signature with
  the sender's headshot, faces 50-110 px, and on some a banner of an event, faces 14-40 px);
- a professional network (``pro_network``): on 55 % a profile (a banner photo, people 18-60 px or
  a thing; the profile photo, faces 110-190 px, under an "open to work" ring arc on some; mutual
  connections' stack, 18-24 px; "people you may know" cards, faces 60-100 px, with mutual stacks of
  18-22 px), else a feed (authors' 32-52 px faces, "reacted" stacks of 18-22 px, conference photos
  with faces 18-100 px, shared articles' thumbnails, comment fields with one's 20-26 px face);
- a documents editor (``doc_editor``): collaborators' bubbles at the top (22-32 px faces, each in
  its colour's ring, overlapping), then on 55 % a page (an embedded team photo, faces 14-70 px,
  collaborators' cursors with name flags over it, which take the pixels they cover; comments with
  20-26 px faces) or a slide (``slide``) above the sorter of the deck's shrunk slides;
- a task board (``task_board``): the board's members (20-26 px faces), columns of cards cut by the
  right edge (cover photos with faces 18-50 px on some, labels, due dates, assignees' 22-34 px
  faces overlapping), a card being dragged, turned 2-6 degrees over the columns on 35 % (what it
  covers is not a face's any more);
- an organisation chart or directory (``org_chart``): on 55 % the chart panned (photos in boxes
  joined by lines: the head 56-84 px, managers 36-56 px, reports 24-40 px, teams' rows of 18-26
  px; boxes cut by the screen's edges), else the directory (new joiners, 44-90 px, cut by the right
  edge; rows with 28-46 px faces in rounded boxes, teams' stacks of 18-24 px, an A-Z index);
- a webcam preview before joining (``webcam_preview``): the person (faces 150-380 px) cut out in
  front of a replaced background (a drawn room or desk, a photo of a thing), a blurred one (sigma
  8-20) or their real room (on face-free screens the camera off on half: an initials disc); the
  backgrounds to pick (things, the blur's icon) and on 60 % filters (the person shrunk, faces 20-46
  px, under colour washes of 15-40 %, still counted), the others in the meeting (18-24 px).
Light, dark (on some, low-contrast grey text) and tinted themes (calls mostly dark); JPEG quality
30-60. Labels, badges, cursors' flags, dragged cards, self views and chips take the pixels they
cover; initials discs, "+N" discs, reaction icons and drawn things are never faces. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,324 faces (903 under 32 px, 275 of 32-63, 112 of 64-127,
34 larger; 1,019 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: cameras off with initials discs, pets, objects, textures, views, desks, rooms and
whiteboards as tiles, photos, covers and backgrounds, initials and things in avatars and stacks,
a round thing where a webcam's person would be); ``reps=1`` a quarter (18 screens with 342 faces:
235, 73, 27 and 7 by size, 265 under 40 px; 13 face-free). Every layout but the webcam preview and
the shared screen (8 and 18 faces a screen on average at 4 reps, with some of the largest) is drawn
twice a round. Counted by running the generator alone (``faces_bench.py --only heldout22
--count-only``; no detector).
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
import heldout10 as H10
import heldout11 as H11
import heldout15 as H15
import heldout21 as H21
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, resized
from heldout11 import INK, figure, offscreen, paste_photo, snapshot, turned
from heldout13 import new_screen_for
from heldout19 import _turned_poly, chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import app_bar, chips, tab_bar, words

HELDOUT22_SEED = 22222
BLUE: Colour = (200, 110, 30)  # a work app's blue (BGR)
TEAMS: Colour = (180, 90, 90)  # a meeting app's violet
FONT = cv2.FONT_HERSHEY_DUPLEX
# cursor and ring colours of collaborators
COLLAB: tuple[Colour, ...] = ((60, 60, 230), (40, 170, 60), (220, 120, 30), (180, 60, 200), (30, 160, 230))


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def desk_top(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk from above: its top's colour with a grain, an open laptop (a keyboard's grid of keys,
    a trackpad, the lid's dark band), a notebook with ruled lines, a pen, a mug of coffee (one
    ring, one dark disc) and a plant's leaves round a point."""
    top = rng.choice(((70, 110, 150), (205, 205, 210), (45, 65, 95), (170, 185, 195), (110, 140, 160)))
    img = np.full((h, w, 3), top, np.uint8)
    for y in range(0, h, max(3, h // 40)):
        cv2.line(img, (0, y), (w, y + rng.randrange(-3, 4)), tone(top, rng.randrange(-12, 12)), 1)
    s = min(w, h)
    c = (w * rng.uniform(0.35, 0.6), h * rng.uniform(0.45, 0.6))
    a = rng.uniform(-20, 20)
    lw, lh = s * 0.55, s * 0.36
    base = [(-lw / 2, 0), (lw / 2, 0), (lw / 2, lh), (-lw / 2, lh)]
    lid = [(-lw / 2, -lh * 0.35), (lw / 2, -lh * 0.35), (lw / 2, 0), (-lw / 2, 0)]
    cv2.fillPoly(img, [_turned_poly(lid, c, a)], (40, 40, 45), cv2.LINE_AA)
    cv2.fillPoly(img, [_turned_poly(base, c, a)], (190, 190, 195), cv2.LINE_AA)
    for r in range(4):
        for k in range(10):
            kx, ky = -lw * 0.42 + k * lw * 0.085, lh * (0.1 + r * 0.12)
            key = [(kx, ky), (kx + lw * 0.07, ky), (kx + lw * 0.07, ky + lh * 0.09), (kx, ky + lh * 0.09)]
            cv2.fillPoly(img, [_turned_poly(key, c, a)], (70, 70, 75))
    pad = [(-lw * 0.15, lh * 0.62), (lw * 0.15, lh * 0.62), (lw * 0.15, lh * 0.92), (-lw * 0.15, lh * 0.92)]
    cv2.fillPoly(img, [_turned_poly(pad, c, a)], (165, 165, 170), cv2.LINE_AA)
    nb = (w * rng.uniform(0.1, 0.3), h * rng.uniform(0.1, 0.3))
    nw, nh = s * 0.28, s * 0.36
    sheet = [(-nw / 2, -nh / 2), (nw / 2, -nh / 2), (nw / 2, nh / 2), (-nw / 2, nh / 2)]
    b = rng.uniform(-30, 30)
    cv2.fillPoly(img, [_turned_poly(sheet, nb, b)], (235, 240, 245), cv2.LINE_AA)
    for k in range(1, 8):
        yy = -nh / 2 + nh * k / 8
        cv2.polylines(
            img, [_turned_poly([(-nw * 0.4, yy), (nw * 0.4, yy)], nb, b)], False, (200, 170, 140), 1
        )
    pen = _turned_poly([(nw * 0.6, -nh * 0.4), (nw * 0.7, nh * 0.4)], nb, b)
    cv2.line(img, tuple(pen[0]), tuple(pen[1]), random_colour(rng, 30, 200), max(2, s // 60), cv2.LINE_AA)
    mc = (round(w * rng.uniform(0.7, 0.9)), round(h * rng.uniform(0.15, 0.35)))
    mr = max(3, round(s * 0.08))
    cv2.circle(img, mc, mr, random_colour(rng, 80, 240), -1, cv2.LINE_AA)
    cv2.circle(img, mc, max(2, round(mr * 0.75)), (30, 55, 90), -1, cv2.LINE_AA)
    cv2.line(img, (mc[0] + mr, mc[1]), (mc[0] + round(mr * 1.5), mc[1]), (200, 200, 200), max(2, mr // 3))
    pc = (round(w * rng.uniform(0.75, 0.92)), round(h * rng.uniform(0.7, 0.9)))
    for k in range(rng.randrange(5, 9)):
        t = 2 * math.pi * k / 7 + rng.uniform(-0.2, 0.2)
        end = (round(pc[0] + s * 0.12 * math.cos(t)), round(pc[1] + s * 0.12 * math.sin(t)))
        mid = ((pc[0] + end[0]) // 2, (pc[1] + end[1]) // 2)
        axes = (max(2, round(s * 0.065)), max(1, round(s * 0.025)))
        cv2.ellipse(img, mid, axes, math.degrees(t), 0, 360, (60, 140, 50), -1, cv2.LINE_AA)
    return img


def sticky_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A whiteboard of sticky notes: a grey frame, columns of square notes (yellow, pink, green,
    blue) turned a little, each with two or three scribbled lines, marker arrows between some and a
    marker's box round a group."""
    img = np.full((h, w, 3), (238, 240, 240), np.uint8)
    cv2.rectangle(img, (0, 0), (w - 1, h - 1), (150, 150, 155), max(2, min(w, h) // 40))
    colours = ((120, 240, 250), (200, 170, 250), (160, 235, 170), (240, 200, 140), (120, 200, 250))
    n = rng.randrange(3, 6)
    side = max(6, round(min(w / (n + 1), h / 4) * rng.uniform(0.7, 0.9)))
    ink = (60, 60, 60)
    prev = None
    for col in range(n):
        for row in range(rng.randrange(1, 4)):
            c = (w * (col + 0.7) / (n + 0.4), h * (0.22 + row * 0.28))
            a = rng.uniform(-8, 8)
            sq = [(-side / 2, -side / 2), (side / 2, -side / 2), (side / 2, side / 2), (-side / 2, side / 2)]
            cv2.fillPoly(img, [_turned_poly(sq, c, a)], rng.choice(colours), cv2.LINE_AA)
            for j in range(rng.randrange(2, 4)):
                yy = -side * 0.25 + j * side * 0.22
                line = _turned_poly([(-side * 0.35, yy), (side * rng.uniform(0.0, 0.35), yy)], c, a)
                cv2.line(img, tuple(line[0]), tuple(line[1]), ink, max(1, side // 25), cv2.LINE_AA)
            if prev is not None and row == 0 and rng.random() < 0.6:
                p, q = (
                    (round(prev[0] + side * 0.55), round(prev[1])),
                    (round(c[0] - side * 0.55), round(c[1])),
                )
                cv2.arrowedLine(img, p, q, (180, 80, 40), max(1, side // 30), cv2.LINE_AA, tipLength=0.2)
            if row == 0:
                prev = c
    if rng.random() < 0.6:
        x0 = rng.randrange(0, max(1, w // 2))
        cv2.rectangle(img, (x0, h // 12), (x0 + w // 3, h * 11 // 12), (60, 60, 200), max(1, side // 25))
    return img


def empty_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty meeting room: a window wall (mullions, the sky and a skyline), a screen on the side
    wall, a long table in perspective with the backs of its chairs along it, pendant lamps' cones
    (no round things in pairs)."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((215, 220, 225), (180, 190, 200), (120, 130, 140), (200, 210, 190)))
    img[:] = wall
    wy = round(h * rng.uniform(0.08, 0.15))
    wh = round(h * rng.uniform(0.3, 0.42))
    gradient(img, (0, wy, w, wy + wh), (235, 200, 150), (240, 225, 205))
    x = 0
    while x < w:
        bw, bh = (
            rng.randrange(max(2, w // 14), max(3, w // 6)),
            rng.randrange(max(2, wh // 5), max(3, wh * 3 // 4)),
        )
        cv2.rectangle(img, (x, wy + wh - bh), (x + bw, wy + wh), random_colour(rng, 110, 170), -1)
        x += bw + rng.randrange(0, max(1, w // 30))
    for k in range(0, 7):
        mx = round(w * k / 6)
        cv2.line(img, (mx, wy), (mx, wy + wh), (90, 90, 95), max(2, w // 120))
    cv2.rectangle(img, (0, wy), (w - 1, wy + wh), (90, 90, 95), max(2, w // 120))
    floor = wy + wh + round(h * 0.12)
    cv2.rectangle(img, (0, floor), (w, h), rng.choice(((80, 90, 100), (60, 70, 90), (120, 130, 140))), -1)
    sx = round(w * rng.uniform(0.05, 0.2))
    cv2.rectangle(img, (sx, wy + wh + 10), (sx + w // 5, wy + wh + 10 + w // 9), (25, 25, 30), -1)
    cx = w / 2 + rng.uniform(-0.1, 0.1) * w
    near, far = h * 0.95, floor + h * 0.05
    table = np.array(
        [[cx - w * 0.08, far], [cx + w * 0.08, far], [cx + w * 0.3, near], [cx - w * 0.3, near]], np.int32
    )
    tc = rng.choice(((70, 100, 140), (220, 225, 230), (40, 50, 60)))
    chair = rng.choice(((40, 40, 45), (70, 60, 160), (150, 120, 60), (90, 90, 90)))
    for k in range(1, 5):
        t = k / 5
        y = far + (near - far) * t
        half = w * (0.08 + 0.22 * t)
        cw, ch = max(3, round(w * 0.05 * (0.5 + t))), max(4, round(h * 0.08 * (0.5 + t)))
        for d in (-1, 1):
            x0 = round(cx + d * (half + cw * 0.3)) - cw // 2
            fill(img, rounded_rect(ch, cw, max(1, cw // 4)), x0, round(y - ch * 0.8), chair)
    cv2.fillPoly(img, [table], tc, cv2.LINE_AA)
    for k in range(rng.randrange(1, 4)):
        lx = round(w * (k + 1) / 4)
        cv2.line(img, (lx, 0), (lx, wy // 2 + 4), (60, 60, 60), max(1, w // 300))
        shade = np.array([[lx - w // 30, wy // 2 + 4], [lx + w // 30, wy // 2 + 4], [lx + w // 60, wy // 3]])
        cv2.fillPoly(img, [shade.astype(np.int32)], (50, 50, 55), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (desk_top, sticky_wall, empty_room)


@dataclass
class Cast(H21.Cast):
    """heldout21's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h22-, whose drawn things are this set's: a desk from above, a whiteboard of
    sticky notes, an empty meeting room."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h22-" + super().kind(layout).removeprefix("h21-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def initials_disc(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A cameras-off tile's initials: one or two capitals on a disc of ``colour`` (never a face)."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    text = "".join(rng.choice("ABCDEFGHJKLMNOPRSTVWZ") for _ in range(rng.randrange(1, 3)))
    scale = r / (22 * len(text) + 14)
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, max(1, r // 14))
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, scale, WHITE, max(1, r // 14), cv2.LINE_AA)


def plus_more(img: np.ndarray, x: int, y: int, side: int, n: int, back: Colour, rim: Colour) -> int:
    """A "+N" disc closing an avatar stack (never a face), a ring of ``rim`` round it. Returns the x
    right of it."""
    c, r = (x + side // 2, y + side // 2), side // 2
    cv2.circle(img, c, r + max(2, side // 14), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    text = f"+{n}"
    scale = side / (24 * len(text) + 24)
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, 1)
    ink = WHITE if sum(back) < 420 else INK
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, scale, ink, 1, cv2.LINE_AA)
    return x + side


def stack(
    cast: Cast,
    s: Screen,
    rng: random.Random,
    x: int,
    y: int,
    n: int,
    lo: float,
    hi: float,
    rim: Colour,
    more: int = 0,
    steps: tuple[float, float] = (0.6, 0.78),
) -> int:
    """``n`` overlapping round avatars (faces ``lo``-``hi`` px, one size for the stack), each ringed
    in ``rim``, ``steps`` of their side apart (so each covers a part of the one under it: the
    covered part of a face is not the face's; under half of it left, not counted), then a
    "+``more``" disc when ``more``. Returns the x right of it."""
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.05, 1.18))
    step = round(side * rng.uniform(*steps))
    end = cast.stack(s, x, y, n, fp, side, step, rim)
    if more:
        end = plus_more(s.img, end - side + step, y, side, more, off(rim, 40), rim)
    return end


def mic_off(img: np.ndarray, c: tuple[int, int], r: int, back: Colour) -> None:
    """A muted microphone's badge: a disc, the mic's capsule and stand in white, a slash."""
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    t = max(1, r // 6)
    pill(img, c[0] - r // 4, c[1] - r // 2, max(2, r // 2), max(3, r * 3 // 4), WHITE)
    cv2.ellipse(img, (c[0], c[1]), (r // 3 + t, r // 3 + t), 0, 0, 180, WHITE, t, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] + r // 3 + t), (c[0], c[1] + r * 2 // 3), WHITE, t)
    cv2.line(img, (c[0] - r // 2, c[1] - r // 2), (c[0] + r // 2, c[1] + r // 2), RED, t + 1, cv2.LINE_AA)


def raised_hand(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A raised hand's badge: a gold disc, a palm and four fingers and a thumb in white."""
    cv2.circle(img, c, r, GOLD, -1, cv2.LINE_AA)
    t = max(2, r // 5)
    cv2.rectangle(img, (c[0] - r // 3, c[1] - r // 8), (c[0] + r // 3, c[1] + r // 2), WHITE, -1)
    for k in range(4):
        fx = c[0] - r // 3 + k * (2 * r // 3) // 3
        cv2.line(img, (fx, c[1]), (fx, c[1] - r // 2 - (k % 3 == 1) * r // 8), WHITE, t)
    cv2.line(img, (c[0] - r // 3, c[1] + r // 6), (c[0] - r * 2 // 3, c[1] - r // 8), WHITE, t)


def reaction(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A reaction's icon on a disc (never a face): a heart, a thumb up, a clap's sparks, a tick."""
    k = rng.randrange(4)
    back = ((80, 80, 230), BLUE, GOLD, GREEN)[k]
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    if k == 0:
        heart(img, (c[0], c[1] + r // 8), max(4, r * 2 // 3), WHITE)
    elif k == 1:
        cv2.rectangle(img, (c[0] - r // 3, c[1] - r // 8), (c[0] + r // 3, c[1] + r // 2), WHITE, -1)
        cv2.line(
            img, (c[0] - r // 6, c[1] - r // 8), (c[0] + r // 12, c[1] - r * 2 // 3), WHITE, max(2, r // 4)
        )
    elif k == 2:
        for j in range(5):
            a = -math.pi / 2 + (j - 2) * 0.5
            p = (round(c[0] + r * 0.25 * math.cos(a)), round(c[1] + r * 0.25 * math.sin(a)))
            q = (round(c[0] + r * 0.75 * math.cos(a)), round(c[1] + r * 0.75 * math.sin(a)))
            cv2.line(img, p, q, WHITE, max(1, r // 6), cv2.LINE_AA)
    else:
        badge(img, c, r, back, "check")


def name_label(
    img: np.ndarray, text: str, x: int, y: int, h: int, back: Colour = (30, 30, 30), ink: Colour = WHITE
) -> tuple[int, int, int, int]:
    """An opaque name label ``h`` px high, its lower left at (x, y) (over a tile's lower edge): it
    takes the pixels it covers. Returns its rectangle."""
    scale = h / 42
    (tw, _th), _ = cv2.getTextSize(text, FONT, scale, 1)
    rect = (x, y - h, x + tw + h, y)
    fill(img, rounded_rect(h, tw + h, max(2, h // 4)), x, y - h, back)
    cv2.putText(img, text, (x + h // 2, y - h // 4), FONT, scale, ink, 1, cv2.LINE_AA)
    return rect


def camera(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, slash: bool = False) -> None:
    """A video camera icon (a body and a lens's wedge), slashed when off."""
    t = max(2, r // 5)
    cv2.rectangle(img, (c[0] - r, c[1] - r // 2), (c[0] + r // 3, c[1] + r // 2), colour, t)
    tri = np.array([[c[0] + r // 3, c[1]], [c[0] + r, c[1] - r // 2], [c[0] + r, c[1] + r // 2]], np.int32)
    cv2.fillPoly(img, [tri], colour, cv2.LINE_AA)
    if slash:
        cv2.line(img, (c[0] - r, c[1] - r), (c[0] + r, c[1] + r), colour, t, cv2.LINE_AA)


def call_controls(s: Screen, rng: random.Random, top: int) -> None:
    """A call's control bar from ``top`` to the navigation bar: mic, camera, share, participants
    (with a count) as round buttons, and a red leave button."""
    img = s.img
    w = W - 8
    back = (28, 28, 32) if sum(s.bg) < 384 else (235, 235, 238)
    ink = WHITE if sum(back) < 384 else INK
    cv2.rectangle(img, (0, top), (w, H - NAV_H), back, -1)
    cy = top + (H - NAV_H - top) // 2
    for k in range(4):
        c = (90 + k * 200, cy)
        cv2.circle(img, c, 44, off(back, 30), -1, cv2.LINE_AA)
        if k == 1:
            camera(img, c, 20, ink, rng.random() < 0.3)
        elif k == 3:
            icon(img, rng, c, 18, ink)
            badge(img, (c[0] + 30, c[1] - 30), 16, off(back, 60), str(rng.randrange(3, 60)))
        else:
            icon(img, rng, c, 18, ink)
    pill(img, w - 200, cy - 40, 170, 80, (50, 50, 220))
    note(img, "Leave", (w - 160, cy + 12), 0.9, WHITE, 2)


def call_bar(s: Screen, rng: random.Random, text: str) -> int:
    """A call's top bar: the meeting's name, the timer, a REC chip on some, two icons. Returns the y
    under it."""
    img = s.img
    w = W - 8
    y = STATUS_H
    cv2.rectangle(img, (0, y), (w, y + 100), off(s.bg, 10), -1)
    heading(s, 30, y + 48, text, 0.85)
    note(img, f"{rng.randrange(0, 59):02d}:{rng.randrange(60):02d}", (30, y + 86), 0.6, GREY)
    if rng.random() < 0.4:
        pill(img, 180, y + 62, 110, 34, RED)
        note(img, "REC", (214, y + 88), 0.6, WHITE, 2)
    for k in range(2):
        icon(img, rng, (w - 50 - k * 80, y + 50), 20, s.fg)
    return y + 110


def bars(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colours: list[Colour]) -> None:
    """A bar chart in ``rect``: an axis, five to eight bars, a trend line on some."""
    x1, y1, x2, y2 = rect
    cv2.line(img, (x1, y2), (x2, y2), (120, 120, 120), max(1, (x2 - x1) // 200))
    n = rng.randrange(5, 9)
    bw = (x2 - x1) / (n * 1.5)
    pts = []
    for k in range(n):
        bh = round((y2 - y1) * rng.uniform(0.15, 0.95))
        bx = round(x1 + bw * 0.5 + k * bw * 1.5)
        cv2.rectangle(img, (bx, y2 - bh), (bx + round(bw), y2), colours[k % len(colours)], -1)
        pts.append((bx + round(bw / 2), y2 - bh - max(4, (y2 - y1) // 12)))
    if rng.random() < 0.5:
        cv2.polylines(
            img, [np.array(pts, np.int32)], False, (60, 60, 220), max(1, (x2 - x1) // 150), cv2.LINE_AA
        )


def slide(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, sw: int, sh: int) -> None:
    """A 16:9 slide in (x, y, sw, sh): its colour, an accent band and the title, then bullets and a
    bar chart, the team's headshots in a row (faces 30-65 % of their round frame, named), a photo
    of people beside bullets (faces 18 px up to a third of its height) or a quote by a headshot;
    the page number."""
    img = s.img
    back = rng.choice((WHITE, (245, 240, 235), (60, 40, 30), random_colour(rng, 40, 200)))
    ink = INK if sum(back) > 420 else WHITE
    cv2.rectangle(img, (x, y), (x + sw, y + sh), back, -1)
    k = sw / 1000
    band = random_colour(rng, 40, 220)
    cv2.rectangle(img, (x, y), (x + round(16 * k), y + sh), band, -1)
    cv2.putText(
        img,
        words(rng, rng.randrange(2, 4)).title(),
        (x + round(50 * k), y + round(90 * k)),
        FONT,
        1.4 * k,
        ink,
        max(1, round(3 * k)),
        cv2.LINE_AA,
    )
    bx1, by1, bx2, by2 = x + round(50 * k), y + round(130 * k), x + sw - round(50 * k), y + sh - round(50 * k)
    kind = rng.choices(("chart", "team", "photo", "quote"), (0.3, 0.3, 0.25, 0.15))[0]

    def bullets(right: int, n: int) -> None:
        for j in range(n):
            yy = by1 + round((j + 0.5) * 70 * k)
            cv2.circle(img, (bx1 + round(10 * k), yy), max(2, round(7 * k)), band, -1, cv2.LINE_AA)
            length = round((right - bx1 - 40 * k) * rng.uniform(0.5, 1.0))
            cv2.rectangle(
                img,
                (bx1 + round(30 * k), yy - round(8 * k)),
                (bx1 + round(30 * k) + length, yy + round(8 * k)),
                off(back, 90),
                -1,
            )

    if kind == "chart":
        mid = (bx1 + bx2) // 2
        bullets(mid - round(20 * k), rng.randrange(3, 6))
        bars(img, rng, (mid, by1, bx2, by2), [band, tone(band, 60), GREY])
    elif kind == "team":
        n = rng.randrange(3, 7)
        cell = (bx2 - bx1) // n
        side = max(16, min(round(cell * 0.78), round((by2 - by1) * 0.62)))
        for j in range(n):
            cx = bx1 + cell * j + cell // 2
            cast.avatar(s, cx - side // 2, by1, side * rng.uniform(0.3, 0.65), side, "circle")
            length = round(cell * 0.6)
            cv2.rectangle(
                img,
                (cx - length // 2, by1 + side + round(20 * k)),
                (cx + length // 2, by1 + side + round(34 * k)),
                off(back, 90),
                -1,
            )
    elif kind == "photo":
        pw = (bx2 - bx1) * 11 // 20
        bullets(bx2 - pw - round(30 * k), rng.randrange(2, 5))
        ph = by2 - by1
        cut_photo(cast, rng, s, bx2 - pw, by1, pw, ph, 18.3, max(19.0, ph / 3), None, 0.85)
    else:
        side = max(16, round((by2 - by1) * 0.5))
        cast.avatar(s, bx1, by1 + round(20 * k), side / rng.uniform(1.15, 1.5), side, "circle")
        cv2.putText(img, '"', (bx1 + side + round(30 * k), by1 + round(90 * k)), FONT, 3 * k, band, 3)
        for j in range(3):
            yy = by1 + round((j + 1.6) * 60 * k)
            cv2.rectangle(
                img,
                (bx1 + side + round(40 * k), yy),
                (bx2 - round(rng.uniform(0, 200) * k), yy + round(18 * k)),
                off(back, 90),
                -1,
            )
    cv2.putText(
        img,
        str(rng.randrange(2, 40)),
        (x + sw - round(60 * k), y + sh - round(20 * k)),
        FONT,
        0.6 * k,
        ink,
        1,
    )


def shrunk_slide(cast: Cast, rng: random.Random, tw: int, th: int) -> tuple[np.ndarray, list]:
    """A slide drawn at 1000 px wide and shrunk to tw x th (a deck's sorter, a filmstrip of
    slides): its faces along, those under 18 px drawn and not counted."""
    sw, sh = 1000, 562
    piece, faces = offscreen(sw, sh, lambda sc: slide(cast, rng, sc, 0, 0, sw, sh))
    return resized(piece, faces, tw, th)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def camera_off(
    cast: Cast, s: Screen, rng: random.Random, x: int, y: int, tw: int, th: int
) -> tuple[int, int, int] | None:
    """A tile whose camera is off: a dark tile, and in its middle an initials disc (never a face;
    on 65 %, 75 % on face-free screens) or the person's round profile photo. Returns the disc's
    centre and radius, or None for a photo."""
    img = s.img
    dark = (45, 45, 52) if sum(s.bg) < 384 else (70, 70, 78)
    fill(img, rounded_rect(th, tw, 10), x, y, dark)
    r = round(min(tw, th) * rng.uniform(0.2, 0.3))
    c = (x + tw // 2, y + th // 2)
    if rng.random() < (0.65 if cast.photos else 0.75):
        initials_disc(img, rng, c, r, random_colour(rng, 60, 220))
        return (c[0], c[1], r)
    side = 2 * r
    cast.avatar(s, c[0] - r, c[1] - r, side / rng.uniform(1.1, 1.35), side, "circle")
    return None


def self_view(cast: Cast, s: Screen, rng: random.Random, x: int, y: int, vw: int, vh: int) -> None:
    """One's own camera floating over the grid: a white frame, the person (faces 40-110 px)."""
    fill(s.img, rounded_rect(vh + 8, vw + 8, 16), x - 4, y - 4, WHITE)
    cast.photo(s, x, y, vw, vh, small(rng, 40, min(110, vh * 0.5)), rounded_rect(vh, vw, 14))


def more_tile(cast: Cast, s: Screen, rng: random.Random, x: int, y: int, tw: int, th: int) -> None:
    """The gallery's last tile when more people are in the call than it shows: a dark tile, a stack
    of two to four overlapping faces (18-30 px) and "N more"."""
    fill(s.img, rounded_rect(th, tw, 10), x, y, (60, 60, 70))
    n = rng.randrange(2, 5)
    hi = max(19.0, min(30.0, tw / (n + 1.5)))
    fp, side = _size(rng, 18.3, small(rng, 18.8, hi), (1.05, 1.15))
    step = round(side * 0.7)
    sx = x + (tw - side - (n - 1) * step) // 2
    cast.stack(s, sx, y + th // 2 - side, n, fp, side, step, (60, 60, 70))
    note(s.img, f"{rng.randrange(2, 90)} more", (x + tw // 2 - 50, y + th // 2 + 40), 0.7, WHITE, 2)


def gallery_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video call's gallery: the top bar, two to five columns of tiles (at most 25; 16:9, 4:3,
    square or portrait, taller when few rows fit; webcam faces 10-50 % of a tile's height, skewed
    small), cameras off on a quarter (``camera_off``: an initials disc or a profile photo; 65 % off
    on face-free screens), the last an "N more" tile (``more_tile``) when eight or fewer show and on
    half the others, then over the tiles: opaque name labels over their lower edge on 75 %
    (``name_label``), muted mics over a corner, raised hands and reactions, the speaker's frame; a
    floating self view on 40 % (``self_view``), the page dots and the controls."""
    s = Screen.new(rng, name, cast.kind("gallery"), rng.choice(("dark", "dark", "light")))
    img = s.img
    w = W - 8
    y = call_bar(s, rng, words(rng, rng.randrange(1, 3)).title())
    foot = H - NAV_H - 170
    cols = rng.choice((2, 3, 3, 4, 4, 5))
    aspect = rng.choice((0.5625, 0.75, 1.0) if cols == 2 else (0.5625, 0.75, 1.0, 1.3))
    gap = rng.choice((4, 8, 12))
    tw = (w - (cols + 1) * gap) // cols
    th = round(tw * aspect)
    rows = max(1, min((foot - y - 40) // (th + gap), 25 // cols))
    th = max(th, min(round(tw * 1.4), (foot - y - 40) // rows - gap))  # fewer rows: taller tiles
    y += max(0, (foot - y - 40 - rows * (th + gap)) // 2)
    n = rows * cols - (rng.randrange(cols) if rows > 2 else 0)
    on = 0.75 if cast.photos else 0.35
    tiles = []
    more = n <= 8 or rng.random() < 0.5
    for k in range(n):
        r, c = divmod(k, cols)
        x0, y0 = gap + c * (tw + gap), y + r * (th + gap)
        if more and k == n - 1:
            more_tile(cast, s, rng, x0, y0, tw, th)
            continue
        if rng.random() < on:
            lo = max(18.3, th * 0.1)
            cast.photo(s, x0, y0, tw, th, small(rng, lo, max(lo + 1, th * 0.5)), rounded_rect(th, tw, 10))
        else:
            camera_off(cast, s, rng, x0, y0, tw, th)
        tiles.append((x0, y0))
    lh = max(22, min(40, th // 7))
    for x0, y0 in tiles:
        if rng.random() < 0.75:
            name_label(img, rng.choice(C.WORDS)[:10].title(), x0 + 6, y0 + th - 6, lh)
        if rng.random() < 0.4:
            mic_off(img, (x0 + tw - lh, y0 + lh), lh * 2 // 3, (40, 40, 40))
        if rng.random() < 0.08:
            raised_hand(img, (x0 + lh + 4, y0 + lh + 4), lh * 2 // 3)
        elif rng.random() < 0.08:
            reaction(img, rng, (x0 + tw - lh - 6, y0 + th - lh - 6), lh)
    sx, sy = tiles[rng.randrange(len(tiles))]
    cv2.rectangle(img, (sx, sy), (sx + tw - 1, sy + th - 1), rng.choice((GREEN, s.accent, GOLD)), 5)
    if rng.random() < 0.4:
        vw = rng.randrange(200, 300)
        vh = round(vw * rng.uniform(1.2, 1.45))
        self_view(cast, s, rng, w - vw - 30, foot - vh - 30, vw, vh)
    for k in range(3):
        cv2.circle(img, (w // 2 - 30 + k * 30, foot - 16), 7, s.fg if k == 0 else GREY, -1, cv2.LINE_AA)
    call_controls(s, rng, foot)
    H5.nav_bar(s)
    return s.finish()


def filmstrip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of small participant tiles from the left, cut by the right edge: tiles 150-220 px
    wide (faces 20-45 % of their height), cameras off on some, a name label over each one's foot,
    the speaker's frame. Returns its height."""
    img = s.img
    w = W - 8
    tw = rng.randrange(150, 221)
    th = round(tw * rng.uniform(0.75, 1.05))
    x = 14
    first = True
    while x < w:
        if rng.random() < (0.8 if cast.photos else 0.4):
            lo = max(18.3, th * 0.2)
            cast.photo(s, x, y, tw, th, small(rng, lo, max(lo + 1, th * 0.45)), rounded_rect(th, tw, 10))
        else:
            camera_off(cast, s, rng, x, y, tw, th)
        name_label(img, rng.choice(C.WORDS)[:8].title(), x + 4, y + th - 4, 22)
        if first:
            cv2.rectangle(img, (x, y), (x + tw - 1, y + th - 1), GREEN, 4)
            first = False
        elif rng.random() < 0.3:
            mic_off(img, (x + tw - 20, y + 20), 14, (40, 40, 40))
        x += tw + 10
    return th


def participants(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> None:
    """The participants' panel or the chat down to ``foot``: rows of 22-30 px faces (initials on
    some), names, mic and camera icons; or messages by 20-26 px faces."""
    img = s.img
    w = W - 8
    chat = rng.random() < 0.4
    heading(s, 30, y + 40, "Chat" if chat else f"Participants ({rng.randrange(4, 40)})", 0.85)
    y += 70
    while y + 70 < foot:
        lo, hi = (20.0, 26.0) if chat else (22.0, 30.0)
        sd = face_avatar(cast, s, rng, 30, y, lo, hi, (1.1, 1.3), "circle", person=True)
        note(img, rng.choice(C.WORDS).title(), (50 + sd, y + 22), 0.65, s.fg, 2)
        if chat:
            s.words(rng, 50 + sd, y + 56, 0.6, rng.randrange(2, 7), GREY)
            y += max(sd, 60) + 26
        else:
            camera(img, (w - 70, y + sd // 2), 16, GREY, rng.random() < 0.4)
            icon(img, rng, (w - 150, y + sd // 2), 14, GREY)
            y += max(sd, 40) + 24


def presenter(
    cast: Cast, s: Screen, rng: random.Random, x: int, y: int, sw: int, sh: int
) -> tuple[int, int, int]:
    """A recorded talk's presenter: a round webcam bubble 110-260 px across (faces 70-220 px) in a
    white ring over a corner of the slide at (x, y, sw, sh), the lower right mostly. Returns its
    upper left and side."""
    side = rng.randrange(110, 261)
    corner = rng.choice(("br", "br", "bl", "tr"))
    bx = x + (sw - side - 16 if corner in ("br", "tr") else 16)
    by = y + (16 if corner == "tr" else sh - side - 16)
    cv2.circle(s.img, (bx + side // 2, by + side // 2), side // 2 + 5, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, bx, by, min(220.0, side / rng.uniform(1.15, 1.6)), side, "circle")
    return bx, by, side


def share_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared screen: on 60 % a meeting (who presents, an 18-24 px face; the shared slide or a
    document, ``slide``; a filmstrip of small tiles, ``filmstrip``, above or under it; the
    participants or the chat, ``participants``), else a recorded talk (the slide with the
    presenter's round webcam bubble over a corner, faces 70-220 px, a white ring round it; the
    deck's slides shrunk in a row, ``shrunk_slide``; viewers' comments with 20-28 px faces); the
    controls."""
    s = Screen.new(rng, name, cast.kind("sharecall"), rng.choice(("dark", "dark", "light", "tinted")))
    img = s.img
    w = W - 8
    y = call_bar(s, rng, words(rng, 2).title())
    foot = H - NAV_H - 170
    sw = w - 40
    sh = sw * 9 // 16
    if rng.random() < 0.6:
        pill(img, 20, y, 560, 56, off(s.bg, 24))
        sd = face_avatar(cast, s, rng, 30, y + 28 - 12, 18.3, 24, (1.0, 1.1), "circle")
        note(img, f"{rng.choice(C.WORDS).title()} is presenting", (44 + sd, y + 38), 0.65, s.fg)
        y += 76
        strip_top = rng.random() < 0.35
        if strip_top:
            y += filmstrip(cast, rng, s, y) + 20
        if rng.random() < 0.75:
            slide(cast, rng, s, 20, y, sw, sh)
            y += sh + 20
        else:  # a shared document, scrolled
            dh = round(sh * 1.4)
            cv2.rectangle(img, (20, y), (20 + sw, y + dh), (235, 235, 235), -1)
            cv2.rectangle(img, (90, y + 20), (sw - 50, y + dh), WHITE, -1)
            yy = y + 70
            for _ in range(rng.randrange(3, 6)):
                s.words(rng, 120, yy, 0.6, rng.randrange(4, 9), INK)
                yy += 36
            pw, ph = sw - 200, dh - (yy - y) - 40
            if ph > 120:
                cut_photo(cast, rng, s, 120, yy, pw, ph, 14, min(70, ph * 0.4), None, 0.8)
            y += dh + 20
        if not strip_top:
            y += filmstrip(cast, rng, s, y) + 20
        participants(cast, rng, s, y, foot)
    else:
        pill(img, 20, y, 300, 56, RED)
        note(img, f"REC {rng.randrange(0, 59):02d}:{rng.randrange(60):02d}", (50, y + 38), 0.7, WHITE, 2)
        y += 76
        slide(cast, rng, s, 20, y, sw, sh)
        presenter(cast, s, rng, 20, y, sw, sh)
        y += sh + 30
        note(img, f"SLIDES {rng.randrange(10, 40)}", (30, y + 10), 0.6, GREY, 2)
        y += 24
        tw = rng.randrange(180, 260)
        th = tw * 9 // 16
        x = 20
        while x < w:
            piece, faces = shrunk_slide(cast, rng, tw, th)
            paste_photo(cast, s, piece, faces, x, y)
            x += tw + 14
        cv2.rectangle(img, (20, y - 4), (20 + tw, y + th + 4), s.accent, 4)
        y += th + 30
        heading(s, 30, y + 30, f"Comments {rng.randrange(2, 90)}", 0.8)
        y += 60
        while y + 80 < foot:
            sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
            note(img, rng.choice(C.WORDS).title(), (46 + sd, y + 20), 0.6, s.fg, 2)
            s.words(rng, 46 + sd, y + 52, 0.55, rng.randrange(3, 8), GREY)
            y += max(sd, 56) + 24
    call_controls(s, rng, foot)
    H5.nav_bar(s)
    return s.finish()


def reaction_chip(cast: Cast, s: Screen, rng: random.Random, x: int, y: int, who: bool) -> int:
    """A message's reaction: a chip with a drawn icon and a count, and with ``who`` the stack of
    those who reacted (18-21 px faces) after it. Returns the x right of it."""
    img = s.img
    pill(img, x, y, 100, 40, off(s.bg, 18))
    reaction(img, rng, (x + 24, y + 20), 13)
    note(img, str(rng.randrange(1, 20)), (x + 48, y + 29), 0.6, s.fg)
    x += 110
    if who:
        x = stack(cast, s, rng, x, y + 2, rng.randrange(2, 5), 18.3, 21, s.bg) + 14
    return x


def channel(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A team chat's channel: the name, the members' stack (18-22 px faces), a huddle's band on
    30 % (a stack of 20-28 px faces in green rings), messages by 24-40 px faces in rounded squares
    (initials on some; a run by one person without), images (faces 18-70 px), reaction chips
    (``reaction_chip``: stacks of who reacted), thread rows (a stack of 18-22 px faces, replies),
    the composer with who is typing (an 18-22 px face) on some."""
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(s, 80, STATUS_H + 66, "# " + rng.choice(C.WORDS), 1.1)
    end = stack(cast, s, rng, w - 240, STATUS_H + 36, 3, 18.3, 22, page)
    note(img, str(rng.randrange(4, 300)), (end + 10, STATUS_H + 64), 0.6, GREY)
    y = STATUS_H + 120
    cv2.line(img, (0, y - 10), (w, y - 10), off(page, 18), 2)
    if rng.random() < 0.3:
        fill(img, rounded_rect(90, w - 40, 20), 20, y, (70, 150, 60))
        note(img, "Huddle", (44, y + 54), 0.8, WHITE, 2)
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.1, 1.2))
        x = 200
        for _ in range(rng.randrange(2, 5)):
            cv2.circle(img, (x + side // 2, y + 45), side // 2 + 5, (120, 230, 120), 3, cv2.LINE_AA)
            cast.avatar(s, x, y + 45 - side // 2, fp * rng.uniform(0.92, 1.0), side, "circle")
            x += side + 18
        pill(img, w - 160, y + 22, 120, 46, WHITE)
        note(img, "Join", (w - 126, y + 54), 0.7, (70, 150, 60), 2)
        y += 110
    foot = H - NAV_H - 130
    prev = None
    while True:
        kind = rng.choices(("text", "image", "divider"), (0.72, 0.2, 0.08))[0]
        if kind == "divider":
            if y + 60 > foot:
                break
            cv2.line(img, (30, y + 24), (w - 30, y + 24), off(page, 20), 1)
            pill(img, w // 2 - 90, y + 4, 180, 40, page)
            note(img, rng.choice(("Today", "Yesterday", "Monday")), (w // 2 - 50, y + 32), 0.6, s.fg)
            y += 60
            prev = None
            continue
        lines = rng.randrange(1, 4)
        need = 60 + lines * 34 + (300 if kind == "image" else 0)
        if y + need > foot:
            break
        same = prev is not None and rng.random() < 0.3
        if not same:
            sd = face_avatar(cast, s, rng, 30, y, 24, 40, (1.15, 1.3), "rounded", person=True)
            note(img, rng.choice(C.WORDS).title(), (60 + sd, y + 22), 0.7, s.fg, 2)
            note(img, f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}", (230 + sd, y + 22), 0.5, GREY)
            prev = sd
            ty = y + 56
        else:
            ty = y + 22
        x0 = 60 + (prev or 44)
        for j in range(lines):
            s.words(rng, x0, ty + j * 34, 0.6, rng.randrange(3, 9))
        y = ty + lines * 34
        if kind == "image":
            iw, ih = rng.randrange(380, 640), rng.randrange(200, 300)
            cut_photo(cast, rng, s, x0, y - 10, iw, ih, 18.3, 70, rounded_rect(ih, iw, 14), 0.8)
            y += ih + 4
        if rng.random() < 0.35 and y + 50 < foot:
            x = x0
            for _ in range(rng.randrange(1, 4)):
                x = reaction_chip(cast, s, rng, x, y, rng.random() < 0.4)
                if x > w - 300:
                    break
            y += 50
        if rng.random() < 0.25 and y + 50 < foot:
            end = stack(cast, s, rng, x0, y + 4, rng.randrange(2, 5), 18.3, 22, page)
            note(img, f"{rng.randrange(2, 40)} replies", (end + 12, y + 28), 0.6, BLUE, 2)
            y += 50
        y += 24
    cv2.rectangle(img, (0, foot), (w, H - NAV_H), off(page, 6), -1)
    if rng.random() < 0.3:
        sd = face_avatar(cast, s, rng, 30, foot + 6, 18.3, 22, (1.05, 1.15), "circle")
        note(img, f"{rng.choice(C.WORDS).title()} is typing...", (40 + sd, foot + 26), 0.5, GREY)
    pill(img, 20, foot + 40, w - 140, 70, off(page, 20))
    s.words(rng, 50, foot + 84, 0.6, 2, GREY)
    badge(img, (w - 60, foot + 75), 30, s.accent, "")


def channel_list(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A team chat's home: the workspace's logo, a search field, one's own 24-30 px face; threads
    and huddles rows, channels (bold when unread, counts), direct messages by 22-32 px faces
    (initials on some) with presence dots over their lower right corner (a group's two overlapping
    18-22 px faces), the tab bar."""
    img, page = s.img, s.bg
    w = W - 8
    H8.logo(img, rng, 30, STATUS_H + 20, 70)
    heading(s, 120, STATUS_H + 68, words(rng, 1).title(), 1.1)
    face_avatar(cast, s, rng, w - 80, STATUS_H + 24, 24, 30, (1.1, 1.25), "rounded")
    y = STATUS_H + 120
    pill(img, 30, y, w - 60, 64, off(page, 16))
    note(img, "Jump to...", (70, y + 42), 0.7, GREY)
    y += 100
    for t in ("Threads", "Huddles", "Drafts"):
        icon(img, rng, (50, y + 10), 14, GREY)
        note(img, t, (90, y + 20), 0.7, s.fg)
        y += 56
    foot = H - NAV_H - 130
    for section in ("Channels", "Direct messages"):
        if y + 100 > foot:
            break
        note(img, section, (30, y + 30), 0.7, GREY, 2)
        y += 60
        for _ in range(rng.randrange(3, 6) if section == "Channels" else 20):
            if y + 60 > foot:
                break
            if section == "Channels":
                unread = rng.random() < 0.4
                note(
                    img,
                    "# " + rng.choice(C.WORDS),
                    (40, y + 28),
                    0.75,
                    s.fg if unread else GREY,
                    2 if unread else 1,
                )
                if unread and rng.random() < 0.5:
                    badge(img, (w - 60, y + 18), 16, RED, str(rng.randrange(1, 9)))
                y += 56
                continue
            if rng.random() < 0.15:
                fp, sd = _size(rng, 18.3, small(rng, 19, 22), (1.05, 1.15))
                cast.avatar(s, 34, y, fp, sd, "rounded")
                cast.avatar(s, 34 + sd // 2, y + sd // 2, fp, sd, "rounded", page)
                side = sd + sd // 2
            else:
                side = face_avatar(cast, s, rng, 34, y, 22, 32, (1.1, 1.25), "rounded", person=True)
                dot = GREEN if rng.random() < 0.6 else page
                cv2.circle(img, (34 + side - 2, y + side - 2), max(6, side // 6) + 3, page, -1, cv2.LINE_AA)
                cv2.circle(img, (34 + side - 2, y + side - 2), max(6, side // 6), dot, -1, cv2.LINE_AA)
                if dot == page:
                    cv2.circle(img, (34 + side - 2, y + side - 2), max(6, side // 6), GREY, 2, cv2.LINE_AA)
            note(
                img,
                " ".join(rng.choice(C.WORDS).title() for _ in range(rng.randrange(1, 3))),
                (60 + side, y + side // 2 + 8),
                0.7,
                s.fg,
            )
            y += max(side, 40) + 22
    tab_bar(s, rng, off(page, 6))


def team_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A team chat app: on 65 % a channel (``channel``), else the channel list (``channel_list``)."""
    s = new_screen_for(rng, name, cast.kind("teamchat"))
    (channel if rng.random() < 0.65 else channel_list)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def day_view(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A calendar's day: the month and one's 24-32 px face, the week's strip (today ringed), the hour
    grid, four to seven events (side by side where they overlap), each block's title and time and,
    on most, a stack of overlapping 18-26 px attendee circles ringed in the block's colour with a
    "+N" disc on some; the red line of now; the next meeting's card with its stack and a join
    button."""
    img, page = s.img, s.bg
    w = W - 8
    heading(s, 30, STATUS_H + 70, rng.choice(("March", "June", "October", "December")), 1.3)
    face_avatar(cast, s, rng, w - 80, STATUS_H + 24, 24, 32, (1.1, 1.25), "circle")
    icon(img, rng, (w - 150, STATUS_H + 52), 18, s.fg)
    y = STATUS_H + 110
    today = rng.randrange(7)
    for k, d in enumerate("MTWTFSS"):
        cx = round(w * (k + 0.5) / 7)
        note(img, d, (cx - 8, y + 20), 0.55, GREY)
        if k == today:
            cv2.circle(img, (cx, y + 60), 28, s.accent, -1, cv2.LINE_AA)
        note(img, str(10 + k), (cx - 14, y + 70), 0.7, WHITE if k == today else s.fg, 2)
    y += 110
    cv2.line(img, (0, y), (w, y), off(page, 18), 2)
    hour = rng.randrange(150, 190)
    foot = H - NAV_H - 260
    first = rng.randrange(7, 11)
    for k in range((foot - y) // hour + 1):
        yy = y + 20 + k * hour
        note(img, f"{first + k}:00", (20, yy + 8), 0.5, GREY)
        cv2.line(img, (110, yy), (w, yy), off(page, 14), 1)
    top = y + 20
    t = top + rng.randrange(0, hour)
    while t + 120 < foot:
        lanes = 2 if rng.random() < 0.3 else 1
        length = rng.choice((hour // 2, hour, hour * 3 // 2, hour * 2))
        length = max(120, min(length, foot - t))
        lw = (w - 130) // lanes
        for lane in range(lanes):
            colour = random_colour(rng, 120, 240)
            x0 = 120 + lane * lw
            bw = lw - 10
            fill(img, rounded_rect(length - 6, bw, 12), x0, t, colour)
            cv2.rectangle(img, (x0, t), (x0 + 8, t + length - 6), tone(colour, -80), -1)
            note(img, words(rng, rng.randrange(1, 3)).title()[:18], (x0 + 22, t + 34), 0.65, INK, 2)
            note(
                img,
                f"{first + (t - top) // hour}:{rng.choice(('00', '15', '30'))}",
                (x0 + 22, t + 64),
                0.5,
                (70, 70, 70),
            )
            if rng.random() < 0.8 and length >= 120:
                fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.15))
                n = rng.randrange(2, 6)
                step = round(side * rng.uniform(0.6, 0.75))
                sx = x0 + bw - 20 - side - (n - 1) * step - (side if rng.random() < 0.5 else 0)
                sy = t + length - 16 - side
                end = cast.stack(s, max(x0 + 22, sx), sy, n, fp, side, step, colour)
                if rng.random() < 0.5:
                    plus_more(
                        img, end - side + step, sy, side, rng.randrange(2, 30), tone(colour, -60), colour
                    )
        t += length + rng.randrange(0, hour)
    ny = y + 20 + rng.randrange(1, 4) * hour + rng.randrange(hour)
    if ny < foot:
        cv2.line(img, (110, ny), (w, ny), RED, 3)
        cv2.circle(img, (110, ny), 9, RED, -1, cv2.LINE_AA)
    cy = foot + 20
    fill(img, rounded_rect(200, w - 40, 24), 20, cy, off(page, 14))
    note(img, "Next", (50, cy + 44), 0.6, GREY)
    note(img, words(rng, 2).title(), (50, cy + 86), 0.8, s.fg, 2)
    end = stack(
        cast, s, rng, 50, cy + 110, rng.randrange(3, 6), 18.3, 26, off(page, 14), rng.randrange(0, 12)
    )
    note(img, f"in {rng.randrange(2, 55)} min", (end + 20, cy + 140), 0.6, GREY)
    pill(img, w - 230, cy + 110, 180, 64, s.accent)
    camera(img, (w - 185, cy + 142), 14, WHITE)
    note(img, "Join", (w - 150, cy + 152), 0.7, WHITE, 2)


def invite(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A meeting invite: the colour and title, the time, a join button, the room; the organiser's
    36-52 px face, then the guests' summary over a stack of 26-40 px faces overlapping (a "+N" disc
    on some), guest rows (24-34 px faces, initials on some) with an RSVP badge over each one's
    lower right corner, the notes and the RSVP bar."""
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    for k in range(3):
        icon(img, rng, (w - 50 - k * 80, STATUS_H + 56), 18, s.fg)
    y = STATUS_H + 120
    colour = random_colour(rng, 60, 230)
    fill(img, rounded_rect(36, 36, 8), 30, y, colour)
    heading(s, 90, y + 32, words(rng, rng.randrange(2, 4)).title(), 1.1)
    y += 70
    note(img, f"Thursday, {rng.randrange(1, 29)} May - {rng.randrange(8, 18)}:00", (90, y + 10), 0.65, s.fg)
    y += 50
    pill(img, 90, y, 420, 66, s.accent)
    camera(img, (140, y + 33), 16, WHITE)
    note(img, "Join with video", (180, y + 44), 0.75, WHITE, 2)
    y += 100
    icon(img, rng, (50, y), 16, GREY)
    note(img, f"Room {rng.randrange(1, 9)}.{rng.randrange(10, 60)}", (90, y + 8), 0.65, s.fg)
    y += 60
    sd = face_avatar(cast, s, rng, 30, y, 36, 52, (1.1, 1.25), "circle")
    note(img, rng.choice(C.WORDS).title(), (50 + sd, y + sd // 2 - 4), 0.7, s.fg, 2)
    note(img, "Organizer", (50 + sd, y + sd // 2 + 28), 0.55, GREY)
    y += sd + 40
    n = rng.randrange(6, 30)
    note(img, f"{n} guests", (30, y), 0.75, s.fg, 2)
    note(img, f"{rng.randrange(1, n)} yes, {rng.randrange(0, 4)} maybe", (210, y), 0.6, GREY)
    y += 24
    stack(cast, s, rng, 30, y, rng.randrange(4, 8), 26, 40, page, n - 5 if n > 8 else 0, (0.55, 0.72))
    y += 70
    foot = H - NAV_H - 130
    while y + 70 < foot - 140:
        sd = face_avatar(cast, s, rng, 30, y, 24, 34, (1.15, 1.3), "circle", person=True)
        mark, colour = rng.choice((("check", GREEN), ("check", GREEN), ("x", RED), ("", GREY)))
        badge(img, (30 + sd - 4, y + sd - 4), max(8, sd // 5), colour, mark, page)
        note(img, rng.choice(C.WORDS).title(), (56 + sd, y + sd // 2), 0.65, s.fg)
        note(img, f"{rng.choice(C.WORDS)}@{rng.choice(C.WORDS)}.com", (56 + sd, y + sd // 2 + 28), 0.5, GREY)
        y += max(sd, 50) + 22
    y = max(y, foot - 140)
    s.words(rng, 30, y + 30, 0.6, 6, GREY)
    s.words(rng, 30, y + 66, 0.6, 5, GREY)
    cv2.rectangle(img, (0, foot), (w, H - NAV_H), off(page, 8), -1)
    note(img, "Going?", (30, foot + 70), 0.7, s.fg, 2)
    for k, t in enumerate(("Yes", "Maybe", "No")):
        x = 200 + k * 200
        pill(img, x, foot + 30, 170, 62, s.accent if k == 0 else off(page, 24))
        note(img, t, (x + 46, foot + 72), 0.7, WHITE if k == 0 else s.fg, 2)


def calendar(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A calendar: on 55 % a day (``day_view``), else a meeting invite (``invite``)."""
    s = new_screen_for(rng, name, cast.kind("calendar"))
    (day_view if rng.random() < 0.55 else invite)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def inbox(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A mail inbox: the search field with one's 24-30 px face, the category, rows by senders'
    24-44 px faces (initials on a quarter), the name (bold when unread), subject, snippet, time and
    star; on some an attachment's chip with a photo thumbnail (faces mostly under 18 px); the
    compose button and the tab bar."""
    img, page = s.img, s.bg
    w = W - 8
    pill(img, 20, STATUS_H + 20, w - 40, 84, off(page, 14))
    for k in range(3):
        cv2.line(img, (50, STATUS_H + 48 + k * 14), (80, STATUS_H + 48 + k * 14), s.fg, 3)
    note(img, "Search in mail", (110, STATUS_H + 72), 0.75, GREY)
    face_avatar(cast, s, rng, w - 100, STATUS_H + 42, 24, 30, (1.1, 1.25), "circle")
    y = STATUS_H + 140
    note(img, rng.choice(("Primary", "Inbox", "Focused")), (30, y), 0.6, GREY, 2)
    y += 30
    foot = H - NAV_H - 120
    while y + 110 < foot:
        sd = face_avatar(cast, s, rng, 30, y + 4, 24, 44, (1.2, 1.4), "circle", person=True)
        x0 = 54 + max(sd, 56)
        unread = rng.random() < 0.4
        note(
            img,
            " ".join(rng.choice(C.WORDS).title() for _ in range(2)),
            (x0, y + 28),
            0.7,
            s.fg,
            2 if unread else 1,
        )
        note(
            img,
            f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}",
            (w - 110, y + 28),
            0.55,
            s.fg if unread else GREY,
        )
        s.words(rng, x0, y + 62, 0.6, rng.randrange(3, 6), s.fg)
        s.words(rng, x0, y + 94, 0.55, rng.randrange(4, 8), GREY)
        icon(img, rng, (w - 60, y + 80), 14, GOLD if rng.random() < 0.2 else GREY)
        y += 120
        if rng.random() < 0.2 and y + 80 < foot:
            pill(img, x0, y - 10, 300, 64, off(page, 16))
            cut_photo(cast, rng, s, x0 + 10, y - 2, 66, 48, 10, 30, rounded_rect(48, 66, 6), 0.8)
            note(img, f"IMG_{rng.randrange(1000, 9999)}.jpg", (x0 + 90, y + 30), 0.55, s.fg)
            y += 70
        y += 10
    pill(img, w - 300, foot - 120, 260, 90, off(page, 30))
    note(img, "Compose", (w - 220, foot - 64), 0.8, s.fg, 2)
    tab_bar(s, rng, off(page, 6), 3)


def opened_mail(cast: Cast, rng: random.Random, s: Screen) -> None:
    """An opened mail: the actions, the subject and its label, on 60 % the thread's earlier messages
    collapsed (24-34 px faces, initials on some), the sender's 32-50 px face, "to me" and on 80 %
    the recipients' stack (18-22 px), the body's paragraphs, on 55 % a team photo in the
    body (faces 16-90 px), then the signature: the sender's headshot (a rounded square or a circle,
    faces 50-110 px), the name and title, the company's logo, links; on 35 % a banner of an event
    under it (faces 14-40 px); the reply buttons."""
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    for k in range(4):
        icon(img, rng, (w - 50 - k * 80, STATUS_H + 56), 18, s.fg)
    y = STATUS_H + 130
    heading(s, 30, y + 30, words(rng, rng.randrange(2, 4)).title(), 1.05)
    pill(img, 30, y + 56, 110, 40, off(page, 24))
    note(img, "Inbox", (50, y + 84), 0.55, s.fg)
    y += 120
    earlier = rng.randrange(1, 5) if rng.random() < 0.6 else 0
    for k in range(earlier):  # the thread's earlier messages, collapsed
        sd = face_avatar(cast, s, rng, 30, y, 24, 34, (1.15, 1.3), "circle", person=True)
        note(img, rng.choice(C.WORDS).title(), (50 + sd, y + 20), 0.65, s.fg, 2)
        s.words(rng, 50 + sd, y + 50, 0.55, rng.randrange(3, 7), GREY)
        y += max(sd, 56) + 20
        cv2.line(img, (30, y - 10), (w - 30, y - 10), off(page, 14), 1)
        if k == 0 and earlier > 2:
            badge(img, (60, y + 16), 20, off(page, 30), str(rng.randrange(2, 9)))
            y += 50
    sd = face_avatar(cast, s, rng, 30, y, 32, 50, (1.15, 1.3), "circle", person=True)
    note(img, rng.choice(C.WORDS).title(), (50 + sd, y + 26), 0.7, s.fg, 2)
    note(img, "to me", (50 + sd, y + 60), 0.55, GREY)
    if rng.random() < 0.8:
        stack(cast, s, rng, 140 + sd, y + 38, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 6))
    note(img, f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}", (w - 110, y + 26), 0.55, GREY)
    y += max(sd, 70) + 40
    for _ in range(rng.randrange(2, 5)):
        s.words(rng, 30, y, 0.65, rng.randrange(5, 10))
        y += 40
    y += 10
    foot = H - NAV_H - 140
    if rng.random() < 0.55:
        ph = rng.randrange(360, 560)
        piece, faces = snapshot(cast, w - 60, ph, 16, 90, 0.9)
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, w - 60, 10))
        y += ph + 30
        s.words(rng, 30, y, 0.65, rng.randrange(4, 9))
        y += 50
    note(img, "--", (30, y), 0.7, GREY)
    y += 30
    side = rng.randrange(80, 151)
    shape = rng.choice(("rounded", "circle", "square"))
    cast.avatar(s, 30, y, side / rng.uniform(1.3, 1.6), side, shape)
    note(img, " ".join(rng.choice(C.WORDS).title() for _ in range(2)), (60 + side, y + 34), 0.75, s.fg, 2)
    note(img, words(rng, 2).title(), (60 + side, y + 68), 0.6, GREY)
    H8.logo(img, rng, 60 + side, y + 86, 50)
    note(img, f"+1 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}", (124 + side, y + 120), 0.55, GREY)
    y += side + 30
    if rng.random() < 0.35 and y + 150 < foot:
        bh = min(rng.randrange(120, 200), foot - y - 10)
        cut_photo(cast, rng, s, 30, y, w - 60, bh, 14, 40, rounded_rect(bh, w - 60, 6), 0.85)
        y += bh + 20
    cv2.rectangle(img, (0, foot), (w, H - NAV_H), page, -1)
    for k, t in enumerate(("Reply", "Reply all", "Forward")):
        x = 30 + k * 340
        pill(img, x, foot + 30, 310, 80, off(page, 20))
        note(img, t, (x + 70, foot + 80), 0.7, s.fg)


def mail(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A mail app: on 45 % the inbox (``inbox``), else an opened mail (``opened_mail``)."""
    s = new_screen_for(rng, name, cast.kind("mail"))
    (inbox if rng.random() < 0.45 else opened_mail)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def open_ring(img: np.ndarray, c: tuple[int, int], r: int, t: int) -> None:
    """An "open to work" ring: a green arc over the lower left of a round photo's rim (it takes the
    pixels it covers) and a white tag along it."""
    cv2.ellipse(img, c, (r - t // 2, r - t // 2), 0, 60, 250, (60, 150, 40), t, cv2.LINE_AA)
    a = math.radians(135)
    p = (round(c[0] + (r - t) * math.cos(a)) - t, round(c[1] + (r - t) * math.sin(a)))
    cv2.putText(img, "#OPEN", p, FONT, t / 30, WHITE, max(1, t // 12), cv2.LINE_AA)


def person_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A "people you may know" card: a banner strip (a thing), the round photo (faces 60-100 px)
    over its foot in a ring of the card's colour, the name, a headline, mutual connections' stack
    (18-22 px) and a connect button; a dismiss badge."""
    img = s.img
    card = off(s.bg, 10)
    fill(img, rounded_rect(ch, cw, 16), x, y, card)
    cast.thing(s, x, y, cw, 80, rounded_rect(80, cw, 16))
    cv2.rectangle(img, (x, y + 64), (x + cw - 1, y + 80), card, -1)
    side = min(cw - 80, rng.randrange(110, 161))
    px = x + (cw - side) // 2
    cv2.circle(img, (px + side // 2, y + 30 + side // 2), side // 2 + 5, card, -1, cv2.LINE_AA)
    cast.avatar(s, px, y + 30, min(100.0, max(60.0, side / rng.uniform(1.3, 1.7))), side, "circle")
    badge(img, (x + cw - 30, y + 30), 16, (60, 60, 60), "x")
    ty = y + 30 + side + 40
    note(img, " ".join(rng.choice(C.WORDS).title() for _ in range(2))[:16], (x + 20, ty), 0.7, s.fg, 2)
    note(img, words(rng, 2).title()[:20], (x + 20, ty + 32), 0.5, GREY)
    end = stack(cast, s, rng, x + 20, ty + 50, rng.randrange(2, 4), 18.3, 22, card)
    note(img, f"{rng.randrange(2, 90)} mutual", (end + 8, ty + 72), 0.45, GREY)
    pill(img, x + 20, y + ch - 76, cw - 40, 56, BLUE)
    pill(img, x + 23, y + ch - 73, cw - 46, 50, card)
    note(img, "Connect", (x + cw // 2 - 54, y + ch - 38), 0.7, BLUE, 2)


def profile(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A professional profile: the banner (people, faces 18-60 px, on 35 %; a thing otherwise), the
    profile photo (faces 110-190 px) in a ring of the page over the banner's foot, an "open to
    work" arc on 35 % (``open_ring``), the name, headline, place, mutual connections' stack
    (18-24 px), buttons, then "people you may know" (``person_card``, two columns) down to the tab
    bar."""
    img, page = s.img, s.bg
    w = W - 8
    bh = rng.randrange(240, 320)
    if rng.random() < 0.35:
        cut_photo(cast, rng, s, 0, STATUS_H, w, bh, 18.3, 60, None, 0.9)
    else:
        cast.thing(s, 0, STATUS_H, w, bh)
    chevron(img, 40, STATUS_H + 50, WHITE, back=True)
    side = rng.randrange(200, 281)
    px, py = 40, STATUS_H + bh - side // 2
    cv2.circle(img, (px + side // 2, py + side // 2), side // 2 + 8, page, -1, cv2.LINE_AA)
    cast.avatar(s, px, py, min(190.0, side / rng.uniform(1.35, 1.7)), side, "circle")
    if rng.random() < 0.35:
        open_ring(img, (px + side // 2, py + side // 2), side // 2, max(12, side // 12))
    y = py + side + 50
    heading(s, 40, y, " ".join(rng.choice(C.WORDS).title() for _ in range(2)), 1.2)
    y += 44
    s.words(rng, 40, y, 0.65, rng.randrange(4, 8))
    y += 36
    note(img, f"{rng.choice(C.WORDS).title()} - {rng.randrange(2, 500)}+ connections", (40, y), 0.55, GREY)
    y += 22
    end = stack(cast, s, rng, 40, y, 3, 18.3, 24, page)
    note(img, f"{rng.randrange(2, 90)} mutual connections", (end + 12, y + 24), 0.55, GREY)
    y += 60
    for k, t in enumerate(("Connect", "Message", "More")):
        x = 40 + k * 300
        pill(img, x, y, 270, 64, BLUE if k == 0 else off(page, 20))
        note(img, t, (x + 70, y + 42), 0.7, WHITE if k == 0 else s.fg, 2)
    y += 100
    heading(s, 40, y + 30, "People you may know", 0.9)
    y += 60
    cw = (w - 90) // 2
    ch = rng.randrange(400, 461)
    foot = H - NAV_H - 120
    while y + ch * 0.5 < foot:
        for c in range(2):
            person_card(cast, rng, s, 30 + c * (cw + 30), y, cw, ch)
        y += ch + 30
    tab_bar(s, rng, off(page, 6), 5)


def post(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A feed's post: on some "X and N others reacted" over a stack of 18-22 px faces, the
    author's 32-52 px face, the name and headline, text, a conference photo (faces 18-100 px) or an
    article's card with a thumbnail (faces 20-50 px), reaction icons and counts, the comment field
    by one's own 20-26 px face. Returns the y under it."""
    img, page = s.img, s.bg
    w = W - 8
    if rng.random() < 0.4:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 4), 18.3, 22, page)
        note(
            img,
            f"{rng.choice(C.WORDS).title()} and {rng.randrange(2, 99)} others reacted",
            (end + 10, y + 18),
            0.5,
            GREY,
        )
        y += 40
        cv2.line(img, (30, y), (w - 30, y), off(page, 14), 1)
        y += 14
    sd = face_avatar(cast, s, rng, 30, y, 32, 52, (1.15, 1.3), "circle")
    note(img, " ".join(rng.choice(C.WORDS).title() for _ in range(2)), (50 + sd, y + 24), 0.7, s.fg, 2)
    note(img, words(rng, 3).title()[:30], (50 + sd, y + 54), 0.5, GREY)
    y += max(sd, 64) + 30
    for _ in range(rng.randrange(1, 4)):
        s.words(rng, 30, y, 0.62, rng.randrange(5, 10))
        y += 36
    if rng.random() < 0.65:
        ph = min(rng.randrange(420, 680), max(120, foot - y))
        piece, faces = snapshot(cast, w, ph, 18.3, 100, 0.9)
        paste_photo(cast, s, piece, faces, 0, y)
        y += ph + 20
    else:
        fill(img, rounded_rect(200, w - 60, 14), 30, y, off(page, 12))
        cut_photo(cast, rng, s, 30, y, 260, 200, 20, 50, rounded_rect(200, 260, 14), 0.75)
        s.words(rng, 310, y + 60, 0.7, 3)
        note(img, f"{rng.choice(C.WORDS)}.com", (310, y + 110), 0.55, GREY)
        y += 220
    for k in range(3):
        reaction(img, rng, (46 + k * 26, y + 20), 15)
    note(img, str(rng.randrange(2, 999)), (140, y + 28), 0.55, GREY)
    y += 50
    sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.05, 1.2), "circle")
    pill(img, 46 + sd, y - 4, w - 110 - sd, sd + 8, off(page, 14))
    note(img, "Add a comment...", (70 + sd, y + sd // 2 + 8), 0.55, GREY)
    y += sd + 30
    cv2.rectangle(img, (0, y), (w, y + 14), off(page, 12), -1)
    return y + 30


def pro_network(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A professional network: on 55 % a profile (``profile``), else the feed (a search field by
    one's 24-30 px face, a start-a-post row, ``post`` after ``post``, the tab bar)."""
    s = new_screen_for(rng, name, cast.kind("pronet"))
    if rng.random() < 0.55:
        profile(cast, rng, s)
    else:
        img, page = s.img, s.bg
        w = W - 8
        face_avatar(cast, s, rng, 30, STATUS_H + 24, 24, 30, (1.1, 1.25), "circle")
        pill(img, 110, STATUS_H + 20, w - 230, 64, off(page, 14))
        note(img, "Search", (160, STATUS_H + 62), 0.7, GREY)
        icon(img, rng, (w - 60, STATUS_H + 52), 20, s.fg)
        y = STATUS_H + 110
        foot = H - NAV_H - 120
        while y + 200 < foot:
            y = post(cast, rng, s, y, foot)
        tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def collaborators(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> list[Colour]:
    """Collaborators' bubbles at the top of a document: three to five avatars (22-32 px faces)
    each in a ring of its own colour, overlapping, and a "+N" disc on some. Returns the colours in
    order (their cursors')."""
    fp, side = _size(rng, 22, small(rng, 23, 32), (1.05, 1.2))
    n = rng.randrange(3, 6)
    colours = rng.sample(COLLAB, n)
    step = round(side * rng.uniform(0.7, 0.9))
    for k, colour in enumerate(colours):
        cx = x + k * step
        cv2.circle(s.img, (cx + side // 2, y + side // 2), side // 2 + 4, colour, -1, cv2.LINE_AA)
        cast.avatar(s, cx, y, fp * rng.uniform(0.92, 1.0), side, "circle")
    if rng.random() < 0.4:
        plus_more(s.img, x + n * step + 8, y, side, rng.randrange(2, 9), GREY, s.bg)
    return colours


def cursor(img: np.ndarray, x: int, y: int, colour: Colour, text: str) -> tuple[int, int, int, int]:
    """A collaborator's text cursor: a coloured bar and the name's flag above it (opaque: it takes
    the pixels it covers). Returns the flag's rectangle."""
    cv2.rectangle(img, (x, y), (x + 3, y + 44), colour, -1)
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.55, 1)
    rect = (x, y - 30, x + tw + 16, y)
    cv2.rectangle(img, rect[:2], (rect[2], rect[3]), colour, -1)
    cv2.putText(img, text, (x + 8, y - 8), FONT, 0.55, WHITE, 1, cv2.LINE_AA)
    return rect


def doc_editor(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A documents editor: the title, the collaborators' bubbles (``collaborators``) and a share
    button, the toolbar; on 55 % a page (a heading, paragraphs, an embedded team photo, faces 14-70
    px, with a caption, the collaborators' cursors with name flags, ``cursor``, one or two over the
    photo; comments in the margin by 20-26 px faces), else a slide (``slide``) above the deck's
    sorter (``shrunk_slide``: two columns, faces mostly under 18 px)."""
    s = new_screen_for(rng, name, cast.kind("doceditor"))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    note(img, words(rng, 2).title()[:16], (80, STATUS_H + 66), 0.8, s.fg, 2)
    colours = collaborators(cast, rng, s, w - 470, STATUS_H + 28)
    pill(img, w - 150, STATUS_H + 28, 130, 56, BLUE)
    note(img, "Share", (w - 124, STATUS_H + 66), 0.7, WHITE, 2)
    y = STATUS_H + 110
    cv2.rectangle(img, (0, y), (w, y + 80), off(page, 10), -1)
    for k in range(8):
        icon(img, rng, (50 + k * 90, y + 40), 14, s.fg)
    y += 100
    foot = H - NAV_H - 20
    if rng.random() < 0.55:
        cv2.rectangle(img, (20, y), (w - 20, foot), (240, 240, 240) if sum(page) > 384 else (60, 60, 64), -1)
        px1, px2 = 60, w - 60
        cv2.rectangle(img, (px1, y + 20), (px2, foot), WHITE, -1)
        yy = y + 90
        cv2.putText(img, words(rng, 3).title(), (px1 + 40, yy), FONT, 1.1, INK, 2, cv2.LINE_AA)
        yy += 60
        for _ in range(rng.randrange(2, 5)):
            s.words(rng, px1 + 40, yy, 0.6, rng.randrange(5, 10), INK)
            yy += 36
        yy += 10
        pw = px2 - px1 - 80
        ph = rng.randrange(380, 560)
        piece, faces = snapshot(cast, pw, ph, 14, 70, 0.95)
        paste_photo(cast, s, piece, faces, px1 + 40, yy)
        photo = (px1 + 40, yy, px1 + 40 + pw, yy + ph)
        yy += ph + 36
        note(img, f"Fig. {rng.randrange(1, 9)}: {words(rng, 3).lower()}", (px1 + 40, yy), 0.55, GREY)
        yy += 50
        while yy + 40 < foot - 20:
            s.words(rng, px1 + 40, yy, 0.6, rng.randrange(5, 10), INK)
            yy += 36
        for k, colour in enumerate(colours[: rng.randrange(1, len(colours) + 1)]):
            if k < 2 and rng.random() < 0.7:
                cx = rng.randrange(photo[0] + 20, photo[2] - 120)
                cy = rng.randrange(photo[1] + 40, photo[3] - 50)
            else:
                cx, cy = rng.randrange(px1 + 40, px2 - 160), rng.randrange(y + 120, foot - 60)
            cursor(img, cx, cy, colour, rng.choice(C.WORDS).title()[:8])
        for _ in range(rng.randrange(0, 3)):
            cy = rng.randrange(y + 60, foot - 60)
            fill(img, rounded_rect(44, 44, 8), px2 - 60, cy - 4, GOLD)
            face_avatar(cast, s, rng, px2 - 56, cy, 20, 26, (1.0, 1.1), "circle")
    else:
        sw = w - 40
        sh = sw * 9 // 16
        slide(cast, rng, s, 20, y, sw, sh)
        cv2.rectangle(img, (20, y), (20 + sw, y + sh), off(page, 30), 2)
        c = rng.choice(colours)
        cursor(
            img,
            rng.randrange(60, sw - 150),
            rng.randrange(y + 60, y + sh - 60),
            c,
            rng.choice(C.WORDS).title()[:8],
        )
        y += sh + 40
        note(img, f"{rng.randrange(5, 40)} slides", (30, y), 0.6, GREY, 2)
        y += 24
        tw = (w - 90) // 2
        th = tw * 9 // 16
        k = 1
        while y + th * 0.5 < foot:
            for col in range(2):
                x = 30 + col * (tw + 30)
                note(img, str(k), (x, y + 24), 0.5, GREY)
                piece, faces = shrunk_slide(cast, rng, tw - 30, th)
                paste_photo(cast, s, piece, faces, x + 30, y)
                if k == 2:
                    cv2.rectangle(img, (x + 26, y - 4), (x + tw + 4, y + th + 4), s.accent, 4)
                k += 1
            y += th + 30
    H5.nav_bar(s)
    return s.finish()


def task_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A task's card: on 30 % a cover (people, faces 18-50 px, or a thing), label chips, the title
    in one or two lines, a checklist and a due date's chip, the assignees' 22-34 px faces (one to
    three, overlapping; initials on some) at its lower right. Returns its height."""
    img = s.img
    card = off(s.bg, 6) if sum(s.bg) > 384 else off(s.bg, 22)
    cover = rng.randrange(150, 220) if rng.random() < 0.3 else 0
    lines = rng.randrange(1, 3)
    ch = cover + 60 + lines * 34 + 70
    fill(img, rounded_rect(ch, cw, 12), x, y, card)
    if cover:
        cut_photo(cast, rng, s, x, y, cw, cover, 18.3, 50, rounded_rect(cover, cw, 12), 0.75)
        cv2.rectangle(img, (x, y + cover - 12), (x + cw - 1, y + cover), card, -1)
    yy = y + cover + 14
    xx = x + 16
    for _ in range(rng.randrange(0, 3)):
        lw = rng.randrange(60, 110)
        pill(img, xx, yy, lw, 16, random_colour(rng, 60, 230))
        xx += lw + 8
    yy += 30
    for j in range(lines):
        s.words(rng, x + 16, yy + 20 + j * 34, 0.6, rng.randrange(2, 5))
    yy += lines * 34 + 20
    if rng.random() < 0.5:
        note(img, f"{rng.randrange(0, 5)}/{rng.randrange(5, 9)}", (x + 16, yy + 30), 0.5, GREY)
    if rng.random() < 0.5:
        due = RED if rng.random() < 0.3 else off(card, 30)
        pill(img, x + 80, yy + 8, 110, 32, due)
        note(img, f"{rng.randrange(1, 29)} Jun", (x + 96, yy + 31), 0.5, WHITE if due == RED else s.fg)
    n = rng.choice((1, 1, 2, 3))
    fp, side = _size(rng, 22, small(rng, 23, 34), (1.1, 1.25))
    step = round(side * 0.7)
    ax = x + cw - 16 - side - (n - 1) * step
    for k in range(n):
        cast.person(s, ax + k * step, y + ch - side - 12, fp * rng.uniform(0.92, 1.0), side, "circle", card)
    return ch


def task_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A task board: the project's name, its members' stack (20-26 px faces, "+N") and a share
    button, the views' tabs, then columns 420-500 px wide (the third cut by the right edge) of
    cards (``task_card``) under their names and counts, "add a card" at their foot; on 35 % a card
    being dragged, turned 2-6 degrees over the columns with a shadow (what it covers is not the
    faces'), the tab bar."""
    s = new_screen_for(rng, name, cast.kind("board"))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(s, 80, STATUS_H + 66, words(rng, 2).title(), 1.0)
    stack(cast, s, rng, w - 380, STATUS_H + 34, rng.randrange(3, 6), 20, 26, page, rng.randrange(0, 9))
    pill(img, w - 150, STATUS_H + 30, 130, 56, s.accent)
    note(img, "Share", (w - 124, STATUS_H + 66), 0.7, WHITE, 2)
    y = STATUS_H + 110
    for k, t in enumerate(("Board", "List", "Timeline", "Files")):
        note(img, t, (40 + k * 200, y + 36), 0.7, s.fg if k == 0 else GREY, 2 if k == 0 else 1)
    cv2.line(img, (40, y + 52), (140, y + 52), s.accent, 4)
    y += 80
    foot = H - NAV_H - 120
    cw = rng.randrange(420, 501)
    colw = cw + 32
    x = 20
    col_back = off(page, 10)
    while x < w:
        fill(img, rounded_rect(foot - y - 10, colw, 16), x, y, col_back)
        note(
            img, rng.choice(("To do", "Doing", "Review", "Done", "Backlog")), (x + 20, y + 44), 0.75, s.fg, 2
        )
        note(img, str(rng.randrange(1, 20)), (x + colw - 60, y + 44), 0.6, GREY)
        yy = y + 70
        while yy + 150 < foot - 80:
            yy += task_card(cast, rng, s, x + 16, yy, cw) + 14
        note(img, "+ Add a card", (x + 20, min(yy + 40, foot - 30)), 0.6, GREY)
        x += colw + 20
    if rng.random() < 0.35:
        dw, heights = cw, []

        def draw(sc: Screen) -> None:
            sc.img[:] = page
            heights.append(task_card(cast, rng, sc, 0, 0, dw))

        piece, faces = offscreen(dw, 420, draw)
        ph = heights[0]
        angle = rng.choice((-1, 1)) * rng.uniform(2, 6)
        out, faces, where = turned(piece[:ph], [f for f in faces if f[1] < ph], angle)
        corners = turned(np.dstack([rounded_rect(ph, dw, 12)] * 3), [], angle)[0][:, :, 0]
        where = np.minimum(where, corners)
        dx, dy = rng.randrange(150, 420), rng.randrange(y + 100, max(y + 101, foot - out.shape[0] - 40))
        H5.scrim(s, (dx + 10, dy + 16, dx + out.shape[1] + 10, dy + out.shape[0] + 16), 0.25)
        paste_photo(cast, s, out, faces, dx, dy, where)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def node(
    cast: Cast, s: Screen, rng: random.Random, x: int, y: int, bw: int, bh: int, lo: float, hi: float
) -> None:
    """An org chart's box: a card with a stripe of the team's colour at its top, the person's photo
    in a rounded square at its left (faces ``lo``-``hi`` px; initials on some), the name and
    title."""
    img = s.img
    card = off(s.bg, 8) if sum(s.bg) > 384 else off(s.bg, 26)
    fill(img, rounded_rect(bh, bw, 10), x, y, card)
    cv2.rectangle(img, (x + 10, y), (x + bw - 10, y + 6), random_colour(rng, 60, 230), -1)
    side = bh - 30
    fp = min(hi, max(lo, side / rng.uniform(1.25, 1.5)))
    cast.person(s, x + 14, y + 18, fp, side, "rounded")
    tx = x + side + 30
    size = min(0.7, bh / 160)
    note(img, rng.choice(C.WORDS).title()[:9], (tx, y + bh // 2 - 4), size, s.fg, 2)
    note(img, rng.choice(C.WORDS)[:10], (tx, y + bh // 2 + round(34 * size)), size * 0.8, GREY)


def chart(cast: Cast, rng: random.Random, s: Screen) -> None:
    """An organisation chart panned: a dotted canvas, the head's box (faces 56-84 px), lines to two
    to four managers (36-56 px) and their reports (two to four each, 24-40 px) joined by elbows,
    each column's team as a row of 18-26 px faces; boxes cut by the screen's edges; zoom buttons and
    on half a person's sheet over the chart's foot (a 60-90 px face)."""
    img, page = s.img, s.bg
    w = W - 8
    for yy in range(STATUS_H + 120, H - NAV_H, 40):
        for xx in range(10, w, 40):
            img[yy : yy + 2, xx : xx + 2] = off(page, 30)
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(s, 80, STATUS_H + 66, words(rng, 1).title() + " org", 1.0)
    icon(img, rng, (w - 60, STATUS_H + 52), 20, s.fg)
    line = off(page, 80)
    m = rng.randrange(2, 5)
    colw = rng.randrange(300, 361)
    left = (w - m * colw) // 2 + rng.randrange(-160, 80)
    y = STATUS_H + 140 + rng.randrange(0, 80)
    rw, rh = 360, rng.randrange(120, 151)
    rx = left + (m * colw - rw) // 2
    node(cast, s, rng, rx, y, rw, rh, 56, 84)
    bus = y + rh + 40
    cv2.line(img, (rx + rw // 2, y + rh), (rx + rw // 2, bus), line, 3)
    cv2.line(img, (left + colw // 2, bus), (left + (m - 1) * colw + colw // 2, bus), line, 3)
    my = bus + 40
    mh = rng.randrange(96, 121)
    foot = H - NAV_H - 20
    for k in range(m):
        cx = left + k * colw + colw // 2
        cv2.line(img, (cx, bus), (cx, my), line, 3)
        mx = left + k * colw + 20
        node(cast, s, rng, mx, my, colw - 40, mh, 36, 56)
        yy = my + mh + 30
        rh2 = rng.randrange(76, 92)
        for _ in range(rng.randrange(2, 5)):
            if yy + rh2 > foot - 200:
                break
            cv2.line(img, (mx + 24, yy - 30), (mx + 24, yy + rh2 // 2), line, 2)
            cv2.line(img, (mx + 24, yy + rh2 // 2), (mx + 44, yy + rh2 // 2), line, 2)
            node(cast, s, rng, mx + 44, yy, colw - 84, rh2, 24, 40)
            yy += rh2 + 24
        if yy + 100 < foot:
            fill(img, rounded_rect(84, colw - 40, 12), mx, yy, off(page, 14))
            fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
            xx = mx + 12
            for _ in range(rng.randrange(3, 7)):
                if xx + side > mx + colw - 50:
                    break
                cast.person(s, xx, yy + 42 - side // 2, fp * rng.uniform(0.92, 1.0), side, "circle")
                xx += side + 8
    for k, t in enumerate(("+", "-")):
        fill(img, rounded_rect(70, 70, 12), w - 100, foot - 260 + k * 80, off(page, 30))
        note(img, t, (w - 78, foot - 214 + k * 80), 1.0, s.fg, 2)
    if rng.random() < 0.5:
        top = foot - rng.randrange(280, 360)
        H5.sheet(img, top, off(page, 4))
        sd = face_avatar(cast, s, rng, 40, top + 60, 60, 90, (1.15, 1.3), "circle")
        heading(s, 70 + sd, top + 100, " ".join(rng.choice(C.WORDS).title() for _ in range(2)), 0.9)
        note(img, words(rng, 2).title(), (70 + sd, top + 140), 0.6, GREY)
        for k, t in enumerate(("Chat", "Call", "Mail")):
            pill(img, 70 + sd + k * 180, top + 170, 160, 56, s.accent if k == 0 else off(page, 24))
            note(img, t, (110 + sd + k * 180, top + 207), 0.65, WHITE if k == 0 else s.fg)


def directory(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A company directory: the title, a search field, department chips, new joiners in a carousel
    cut by the right edge (rounded photos, faces 44-90 px), then rows under letters: the person's
    28-46 px face in a rounded box (initials on some), the name, title, a department pill and a
    presence dot, or a team's row (a stack of 18-24 px faces and "+N"); an A-Z index down the right
    edge."""
    img, page = s.img, s.bg
    w = W - 8
    app_bar(s, rng, "People", 2)
    y = STATUS_H + 120
    pill(img, 30, y, w - 120, 64, off(page, 16))
    note(img, "Search people", (70, y + 42), 0.7, GREY)
    y += 90
    chips(img, rng, 30, y, 4, 50, (140, 200), off(page, 20), s.fg)
    y += 80
    note(img, "New joiners", (30, y + 24), 0.75, s.fg, 2)
    y += 44
    side = rng.randrange(150, 191)
    x = 30
    while x < w:
        fp = min(side / 1.3, small(rng, 44, 90))
        cast.avatar(s, x, y, fp, side, "rounded")
        note(img, rng.choice(C.WORDS).title()[:9], (x, y + side + 30), 0.6, s.fg)
        note(img, rng.choice(C.WORDS)[:10], (x, y + side + 56), 0.5, GREY)
        x += side + 30
    y += side + 90
    index = y + 20
    foot = H - NAV_H - 120
    letters = sorted(rng.sample("ABCDEFGHJKLMNPRSTW", 6))
    li = 0
    while y + 80 < foot:
        if li < len(letters) and (li == 0 or rng.random() < 0.3):
            note(img, letters[li], (30, y + 28), 0.8, s.accent, 2)
            li += 1
            y += 50
        if rng.random() < 0.2:
            note(img, words(rng, 1).title() + " team", (30, y + 32), 0.65, s.fg, 2)
            stack(cast, s, rng, 330, y + 6, rng.randrange(3, 7), 18.3, 24, page, rng.randrange(0, 20))
            y += 70
            continue
        sd = face_avatar(cast, s, rng, 30, y, 28, 46, (1.25, 1.45), "rounded", person=True)
        note(
            img,
            " ".join(rng.choice(C.WORDS).title() for _ in range(2)),
            (54 + sd, y + sd // 2 - 6),
            0.7,
            s.fg,
        )
        note(img, words(rng, 2).title(), (54 + sd, y + sd // 2 + 26), 0.5, GREY)
        pill(img, w - 300, y + sd // 2 - 18, 170, 36, off(page, 20))
        note(img, rng.choice(C.WORDS)[:9], (w - 280, y + sd // 2 + 7), 0.5, s.fg)
        if rng.random() < 0.6:
            cv2.circle(img, (30 + sd - 4, y + sd - 4), max(6, sd // 7), GREEN, -1, cv2.LINE_AA)
        y += max(sd, 50) + 24
        cv2.line(img, (54 + sd, y - 12), (w - 80, y - 12), off(page, 14), 1)
    for k, ch in enumerate("ABCDEFGHIJKLMNOPRSTW"):
        if index + k * 56 < foot:
            note(img, ch, (w - 40, index + k * 56), 0.5, s.accent)
    tab_bar(s, rng, off(page, 6), 4)


def org_chart(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An organisation chart (``chart``) on 55 %, else the company directory (``directory``)."""
    s = new_screen_for(rng, name, cast.kind("orgchart"))
    (chart if rng.random() < 0.55 else directory)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def backdrop(cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], mode: str) -> None:
    """A webcam's background in ``rect``: a replacement (a drawn room or desk, or a photo of a
    thing), or a thing under a blur of sigma 8-20 (the person's room, blurred)."""
    x1, y1, x2, y2 = rect
    piece = cast.piece(x2 - x1, y2 - y1)
    if mode == "blur":
        piece = H15.blurred(piece, rng.uniform(8, 20))
    s.img[y1:y2, x1:x2] = piece


def effect_thumb(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A filter's preview: the person (faces 20-46 px) in front of a background, under a colour
    wash of 15-40 % (the face under it still counted)."""
    backdrop(cast, rng, s, (x, y, x + tw, y + th), rng.choice(("replace", "blur")))
    fp = small(rng, 20, min(46.0, th * 0.36))
    figure(cast, s, x + tw / 2, y + th - 2.1 * fp, fp, (x, y, x + tw, y + th), True)
    wash = np.array(random_colour(rng, 60, 250), np.float32)
    a = rng.uniform(0.15, 0.4)
    H10.redrawn(s, (x, y, x + tw, y + th), lambda part: (part * (1 - a) + wash * a).astype(np.uint8))
    corners = 255 - rounded_rect(th, tw, 12)
    fill(s.img, corners, x, y, s.bg)


def webcam_preview(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A webcam preview before joining: the meeting's name, the preview (the person, faces 150-380
    px, cut out in front of a replaced background, ``backdrop``, or a blurred one, or on a quarter
    in their own room; on face-free screens half the time the camera off, an initials disc), the
    name label, mic and camera buttons over its foot; backgrounds (things, the blur's icon) and on
    60 % filters (``effect_thumb``: the person shrunk, faces 20-46 px, under colour washes); the
    others in the meeting (a stack of 18-24 px faces) and the join button."""
    s = Screen.new(rng, name, cast.kind("preview"), rng.choice(("dark", "dark", "light")))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(s, 80, STATUS_H + 66, words(rng, 2).title(), 1.0)
    y = STATUS_H + 120
    px, pw = 30, w - 60
    ph = rng.randrange(760, 961)
    rect = (px, y, px + pw, y + ph)
    roll = rng.random()
    if not cast.photos and rng.random() < 0.5:
        fill(img, rounded_rect(ph, pw, 24), px, y, (40, 40, 46))
        initials_disc(
            img, rng, (px + pw // 2, y + ph // 2 - 40), rng.randrange(90, 160), random_colour(rng, 60, 220)
        )
        note(img, "Camera is off", (px + pw // 2 - 110, y + ph // 2 + 170), 0.8, WHITE)
    elif roll < 0.25:
        cast.photo(s, px, y, pw, ph, small(rng, 150, 380), rounded_rect(ph, pw, 24))
    else:
        backdrop(cast, rng, s, rect, "replace" if roll < 0.65 else "blur")
        fp = small(rng, 150, 380)
        cy = max(y + ph * 0.35, y + ph - 2.3 * fp)
        figure(cast, s, px + pw / 2 + rng.uniform(-0.12, 0.12) * pw, cy, fp, rect, True)
        fill(img, 255 - rounded_rect(ph, pw, 24), px, y, page)
    name_label(img, rng.choice(C.WORDS).title(), px + 20, y + ph - 20, 40)
    for k in range(3):
        c = (px + pw // 2 + (k - 1) * 120, y + ph - 80)
        cv2.circle(
            img, c, 44, (50, 50, 220) if k == 0 and rng.random() < 0.3 else (60, 60, 66), -1, cv2.LINE_AA
        )
        if k == 1:
            camera(img, c, 20, WHITE)
        else:
            icon(img, rng, c, 18, WHITE)
    y += ph + 40
    note(img, "Backgrounds", (30, y), 0.7, s.fg, 2)
    y += 24
    tw = (w - 60 - 3 * 14) // 4
    th = round(tw * 0.62)
    for k in range(4):
        x = 30 + k * (tw + 14)
        if k == 0:
            fill(img, rounded_rect(th, tw, 12), x, y, off(page, 24))
            c = (x + tw // 2, y + th // 2)
            cv2.circle(img, c, 26, s.fg, 3, cv2.LINE_AA)
            cv2.line(img, (c[0] - 18, c[1] + 18), (c[0] + 18, c[1] - 18), s.fg, 3, cv2.LINE_AA)
        else:
            backdrop(cast, rng, s, (x, y, x + tw, y + th), "blur" if k == 1 else "replace")
            fill(img, 255 - rounded_rect(th, tw, 12), x, y, page)
        if k == 2:
            cv2.rectangle(img, (x - 4, y - 4), (x + tw + 3, y + th + 3), s.accent, 4)
    y += th + 40
    if rng.random() < 0.6:
        note(img, "Filters", (30, y), 0.7, s.fg, 2)
        y += 24
        for k in range(4):
            effect_thumb(cast, rng, s, 30 + k * (tw + 14), y, tw, th)
        y += th + 40
    foot = H - NAV_H - 140
    if y + 60 < foot:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 6), 18.3, 24, page)
        note(img, f"{rng.randrange(2, 30)} others are in the call", (end + 14, y + 26), 0.6, GREY)
    pill(img, 30, foot + 20, w - 60, 90, s.accent)
    note(img, "Join now", (w // 2 - 70, foot + 76), 0.9, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    gallery_call,
    share_call,
    team_chat,
    calendar,
    mail,
    pro_network,
    doc_editor,
    task_board,
    org_chart,
    webcam_preview,
)
# with people: each twice a round but two
ONCE = (webcam_preview, share_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: cameras off, initials, charts)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, gallery_call, team_chat, calendar)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT22_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h22", photos, free, seed, reps)
