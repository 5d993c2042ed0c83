"""Held-out screens, nineteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to eighteen (heldout.py to heldout18.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: street map
tiles, farmland from a satellite, a desk of stationery; nothing with eyes, a mouth or a mask); every
random choice from ``HELDOUT19_SEED``. Faces are pasted through heldout2's ``Screen``, which settles
each one on the finished screen (pixels drawn over a face later are not the face's; a face with
under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout18's, its screens marked h19-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces on the phone's own surfaces and in the small places the system puts them: a
lock screen's depth effect (``lock_wall``: the clock's digits drawn between the wallpaper's backdrop
and the person, so the head hides part of the time), lock screens shrunk into the picker's cards
and a Focus's previews, the Dynamic Island's black pill over the status bar, chat bubbles floating
over another app, allowed people under remove badges, a long press's preview lifted over an app
behind frosted glass, the phone app's matches and calls, the settings' account card, family and
Medical ID, the system search over a frosted home screen, and a chat's attachment drawer with the
camera's live view in its first cell. Ten layouts none of sets 2-18 draws (they already draw lock
screens with notifications and a portrait under the clock, a home screen's widgets, share sheets,
picture-in-picture calls, two apps at once, friends' map pins, a ride-share sheet, a payments feed,
meeting invites, cut-out stickers, a screenshot in a chat, an always-on display, a notification
shade, parental controls and more: see their docstrings):
- a lock screen with a depth-effect wallpaper (a person, faces 150-480 px, the top of the head
  reaching into the digits, drawn behind the head on 70 % and over it on the rest), round widgets
  under the clock (a contact's 57-112 px face in some), see-through notifications (22-34 px faces)
  and a summary's stack of three to six 18-26 px faces;
- the lock screens' picker: the switcher (the current card at 52-60 %, faces 90-320 px, its
  neighbours cut by the screen's edges, faces 60-260 px, suggested lock screens at about 15 %, faces
  18-60 px) or the gallery of new ones (rows of mini lock screens at 22-26 %, faces 20-110 px);
- the Dynamic Island over another app of this set: compact (an 18-30 px face in the black pill, a
  second activity's 18-26 px face in a bubble beside it) or expanded over the app's top (a call's
  or a ride's or a courier's 40-80 px face, a car and its plate, an album's art);
- chat bubbles over another app of this set: collapsed at an edge (faces 85-140 px, one over the
  other, an unread count over the front one, one dragged to a dismiss target on some) or expanded
  (the app under a 45-65 % scrim, bubbles across the top, a chat window: 20-32 px faces, photos with
  faces 18-60 px);
- a Focus's settings: allowed people (faces 44-90 px) with remove badges over their upper left, a
  stack of 18-26 px faces allowed to call, apps, and the screens it shows: a lock screen (faces
  24-120 px) and a home screen with a contacts widget (18-30 px);
- a long press: another app behind frosted glass (its faces gone), a photo (faces 30-250 px and
  who shared it, 22-30 px), a conversation, a contact's card (100-160 px, a stack of 18-24 px,
  shared photos with 18-40 px faces) or an app's shortcuts (26-40 px faces) lifted over it with a
  shadow, reactions above on some, the menu under;
- the phone app: the keypad with the contacts its digits match (24-42 px faces, initials on some),
  or a call in progress (a call on hold by a 20-28 px face, the caller's 100-180 px face or a
  conference's 50-90 px stack, round buttons);
- the settings: the account card (60-110 px), the family's stack (20-30 px) and rows shared with
  stacks of 18-24 px faces; the Medical ID (90-150 px, emergency contacts 22-44 px); or the family's
  page (members 36-56 px, stacks 18-24 px, people sharing their location 26-36 px);
- the system search over a frosted home screen: suggested contacts (44-70 px), the top hit
  (48-68 px), photos (faces 18-60 px), messages (28-40 px) and contacts (24-36 px);
- a chat with its attachment drawer over the lower 52-65 %: the chat (a 30-42 px face in the header,
  senders' 20-32 px, photos), the camera's live view (faces 50-130 px) in the first cell, recent
  photos in three or four columns (faces 18-60 px) under selection circles, tabs or a send pill.
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. See-through
widgets and notifications, scrims and the depth effect leave the faces under them counted
(washed, darker or whole); frosted glass takes the faces under it; the clock's digits (with the
depth effect off), the island, bubbles, badges, menus, windows, drawers and type take the pixels
they cover. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,158 faces (704 under 32 px, 278 of 32-63, 151 of 64-127,
25 larger; 773 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things as wallpapers, in bubbles, widgets, grids and cards); ``reps=1`` a
quarter (18 screens with 322 faces: 188, 85, 44 and 5 by size, 212 under 40 px; 13 face-free). Every
layout but the phone app and the long press (3.5 and 7.5 faces a screen on average at 4 reps; few
faces, some large) is drawn twice a round. Counted by running the generator alone
(``faces_bench.py --only heldout19 --count-only``; no detector).
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout11 as H11
import heldout15 as H15
import heldout17 as H17
import heldout18 as H18
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREEN, GREY, RED, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK, offscreen, paste_photo, snapshot
from heldout13 import new_screen_for

HELDOUT19_SEED = 19191
BLACK: Colour = (8, 8, 8)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def _turned_poly(pts: list[tuple[float, float]], c: tuple[float, float], angle: float) -> np.ndarray:
    """``pts`` (relative to ``c``) turned by ``angle`` degrees about ``c``, as an int32 polygon."""
    t = math.radians(angle)
    ca, sa = math.cos(t), math.sin(t)
    return np.array([[c[0] + x * ca - y * sa, c[1] + x * sa + y * ca] for x, y in pts], np.int32)


def street_map(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A street map's tile: land, blocks, a park, a river, roads in casings, round place dots with
    a white rim."""
    dark = rng.random() < 0.3
    land, block, road, casing, park, water = (
        ((42, 40, 38), (58, 56, 54), (110, 104, 98), (70, 66, 62), (52, 82, 58), (96, 66, 44))
        if dark
        else (
            (236, 240, 242),
            (222, 226, 230),
            (255, 255, 255),
            (200, 204, 210),
            (150, 215, 170),
            (240, 205, 160),
        )
    )
    img = np.full((h, w, 3), land, np.uint8)
    s = max(w, h)
    for _ in range(max(8, w * h // 2500)):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.rectangle(
            img, (x, y), (x + rng.randrange(s // 20, s // 6), y + rng.randrange(s // 20, s // 6)), block, -1
        )
    pts = np.array([[rng.randrange(w), rng.randrange(h)] for _ in range(5)], np.int32)
    cv2.fillPoly(img, [cv2.convexHull(pts)], park)
    if rng.random() < 0.6:
        y0 = rng.randrange(h)
        river = np.array(
            [[x, y0 + round(math.sin(x / s * 4) * s / 8)] for x in range(-20, w + 40, 20)], np.int32
        )
        cv2.polylines(img, [river], False, water, max(4, s // 12), cv2.LINE_AA)
    for _ in range(rng.randrange(4, 9)):
        width = max(3, round(s * rng.choice((0.015, 0.015, 0.035))))
        if rng.random() < 0.5:
            a, b = (0, rng.randrange(h)), (w, rng.randrange(h))
        else:
            a, b = (rng.randrange(w), 0), (rng.randrange(w), h)
        cv2.line(img, a, b, casing, width + 4, cv2.LINE_AA)
        cv2.line(img, a, b, road, width, cv2.LINE_AA)
    for _ in range(rng.randrange(1, 5)):
        c, r = (rng.randrange(w), rng.randrange(h)), max(3, s // 40)
        cv2.circle(img, c, r + max(1, r // 3), WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, c, r, random_colour(rng, 40, 230), -1, cv2.LINE_AA)
    return img


def fields(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Farmland from a satellite: a patchwork of parcels in greens, yellows and browns, furrows
    across each, a road, a farm's roofs, clumps of trees."""
    big = max(w, h) * 3 // 2
    img = np.zeros((big, big, 3), np.uint8)
    palette = ((60, 130, 80), (70, 160, 120), (90, 180, 200), (70, 110, 140), (50, 100, 60), (120, 190, 210))
    cuts_x = sorted({0, big, *(rng.randrange(big) for _ in range(rng.randrange(2, 5)))})
    for x1, x2 in itertools.pairwise(cuts_x):
        cuts_y = sorted({0, big, *(rng.randrange(big) for _ in range(rng.randrange(2, 5)))})
        for y1, y2 in itertools.pairwise(cuts_y):
            col = rng.choice(palette)
            cv2.rectangle(img, (x1, y1), (x2, y2), col, -1)
            step = max(3, big // rng.randrange(30, 70))
            if rng.random() < 0.5:
                for x in range(x1, x2, step):
                    cv2.line(img, (x, y1), (x, y2), tone(col, -18), 1)
            else:
                for y in range(y1, y2, step):
                    cv2.line(img, (x1, y), (x2, y), tone(col, -18), 1)
            cv2.rectangle(img, (x1, y1), (x2, y2), tone(col, -35), max(1, big // 200))
    m = cv2.getRotationMatrix2D((big / 2, big / 2), rng.uniform(-35, 35), 1.0)
    img = cv2.warpAffine(img, m, (big, big), borderMode=cv2.BORDER_REFLECT)
    img = np.ascontiguousarray(img[(big - h) // 2 : (big - h) // 2 + h, (big - w) // 2 : (big - w) // 2 + w])
    cv2.line(img, (0, rng.randrange(h)), (w, rng.randrange(h)), (170, 180, 185), max(2, w // 60), cv2.LINE_AA)
    s = max(w, h)
    x, y = rng.randrange(w), rng.randrange(h)
    for _ in range(rng.randrange(1, 4)):
        cv2.rectangle(img, (x, y), (x + s // 25, y + s // 40), random_colour(rng, 60, 200), -1)
        x, y = x + rng.randrange(-s // 20, s // 20), y + rng.randrange(s // 30, s // 15)
    for _ in range(rng.randrange(1, 4)):
        cx, cy = rng.randrange(w), rng.randrange(h)
        for _ in range(rng.randrange(4, 12)):
            c = (cx + rng.randrange(-s // 20, s // 20), cy + rng.randrange(-s // 20, s // 20))
            cv2.circle(img, c, max(2, s // rng.randrange(50, 90)), (40, 70, 35), -1, cv2.LINE_AA)
    return img


def stationery(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk from above: sticky notes turned this way and that, pencils (a painted body, a wooden
    cone, the lead, a metal band and an eraser), paper clips."""
    img = np.full((h, w, 3), random_colour(rng, 150, 230), np.uint8)
    s = max(w, h)
    for _ in range(rng.randrange(1, 4)):
        c, r, a = (rng.randrange(w), rng.randrange(h)), s * rng.uniform(0.1, 0.2), rng.uniform(0, 90)
        sq = [(-r, -r), (r, -r), (r, r), (-r, r)]
        cv2.fillPoly(
            img,
            [_turned_poly(sq, (c[0] + r / 10, c[1] + r / 8), a)],
            tone(tuple(int(v) for v in img[0, 0]), -40),
        )
        cv2.fillPoly(
            img, [_turned_poly(sq, c, a)], rng.choice(((120, 240, 250), (180, 150, 250), (200, 240, 160)))
        )
    for _ in range(rng.randrange(1, 5)):
        c, a = (rng.randrange(w), rng.randrange(h)), rng.uniform(0, 180)
        L, t = s * rng.uniform(0.3, 0.6), max(2, s * 0.025)
        cv2.fillPoly(
            img,
            [_turned_poly([(-L / 2, -t), (L / 2, -t), (L / 2, t), (-L / 2, t)], c, a)],
            random_colour(rng, 40, 240),
            cv2.LINE_AA,
        )
        cv2.fillPoly(
            img,
            [_turned_poly([(L / 2, -t), (L / 2 + t * 3, 0), (L / 2, t)], c, a)],
            (150, 200, 230),
            cv2.LINE_AA,
        )
        cv2.fillPoly(
            img,
            [_turned_poly([(L / 2 + t * 2, -t / 3), (L / 2 + t * 3, 0), (L / 2 + t * 2, t / 3)], c, a)],
            (50, 50, 50),
            cv2.LINE_AA,
        )
        cv2.fillPoly(
            img,
            [_turned_poly([(-L / 2 - t, -t), (-L / 2, -t), (-L / 2, t), (-L / 2 - t, t)], c, a)],
            (190, 190, 200),
            cv2.LINE_AA,
        )
        cv2.fillPoly(
            img,
            [
                _turned_poly(
                    [(-L / 2 - 2.5 * t, -t), (-L / 2 - t, -t), (-L / 2 - t, t), (-L / 2 - 2.5 * t, t)], c, a
                )
            ],
            (170, 160, 240),
            cv2.LINE_AA,
        )
    for _ in range(rng.randrange(0, 4)):
        c, a, r = (rng.randrange(w), rng.randrange(h)), rng.uniform(0, 180), s * rng.uniform(0.03, 0.05)
        loop = [
            (-2 * r, -r),
            (2 * r, -r),
            (2 * r, r),
            (-1.4 * r, r),
            (-1.4 * r, -0.5 * r),
            (1.4 * r, -0.5 * r),
            (1.4 * r, 0.5 * r),
        ]
        cv2.polylines(
            img, [_turned_poly(loop, c, a)], False, (120, 120, 130), max(1, round(r / 5)), cv2.LINE_AA
        )
    return img


RENDERS: tuple[H11.Render, ...] = (street_map, fields, stationery)


@dataclass
class Cast(H18.Cast):
    """heldout18's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h19-, whose drawn things are this set's: street map tiles, farmland from a
    satellite, a desk of stationery."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h19-" + super().kind(layout).removeprefix("h18-")


# ----------------------------------------------------------------------------------------------
# Glyphs and small parts of system screens (face-free).
# ----------------------------------------------------------------------------------------------


def handset(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A phone's handset: a thick arc with a round ear and mouth piece."""
    cv2.ellipse(img, c, (r, r), 0, 100, 170, colour, max(3, r // 3), cv2.LINE_AA)
    for a in (100, 170):
        p = (round(c[0] + r * math.cos(math.radians(a))), round(c[1] + r * math.sin(math.radians(a))))
        cv2.circle(img, p, max(3, r // 3), colour, -1, cv2.LINE_AA)


def minus_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A remove badge: a grey disc in a rim of the page's colour, a white bar across."""
    badge(img, c, r, (140, 140, 146), "", rim)
    cv2.line(img, (c[0] - r // 2, c[1]), (c[0] + r // 2, c[1]), WHITE, max(2, r // 4))


def toggle(img: np.ndarray, x: int, y: int, on: bool, accent: Colour) -> None:
    """A switch: a 96 x 56 pill, its knob left (off, grey) or right (on, the accent)."""
    pill(img, x, y, 96, 56, GREEN if on else (190, 190, 196))
    cv2.circle(img, (x + (68 if on else 28), y + 28), 24, WHITE, -1, cv2.LINE_AA)


def car(img: np.ndarray, x: int, y: int, w: int, colour: Colour) -> None:
    """A car from the side: the body, the cabin with two windows, two wheels."""
    h = w // 3
    pill(img, x, y + h // 3, w, h // 2, colour)
    cabin = np.array(
        [[x + w * 0.2, y + h / 3 + 2], [x + w * 0.34, y], [x + w * 0.7, y], [x + w * 0.84, y + h / 3 + 2]]
    )
    cv2.fillPoly(img, [cabin.astype(np.int32)], colour, cv2.LINE_AA)
    glass = (220, 200, 170)
    for a, b in ((0.27, 0.5), (0.53, 0.78)):
        win = np.array(
            [
                [x + w * a, y + h / 3 - 2],
                [x + w * (a + 0.06), y + 4],
                [x + w * b, y + 4],
                [x + w * b, y + h / 3 - 2],
            ]
        )
        cv2.fillPoly(img, [win.astype(np.int32)], glass, cv2.LINE_AA)
    for f in (0.24, 0.76):
        cv2.circle(img, (x + round(w * f), y + h * 5 // 6), max(3, h // 5), (30, 30, 30), -1, cv2.LINE_AA)


def waveform(img: np.ndarray, rng: random.Random, x: int, y: int, n: int, colour: Colour, hh: int) -> None:
    """``n`` bars of a voice's level centred on row ``y``."""
    for k in range(n):
        a = max(2, round(hh * rng.uniform(0.2, 1.0)) // 2)
        cv2.line(img, (x + k * 10, y - a), (x + k * 10, y + a), colour, 5, cv2.LINE_AA)


def row_icon(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A settings row's icon: a white shape (a gear's ring, a bell's dome, a bar chart, a bolt, a
    square) on a coloured rounded square."""
    back = random_colour(rng, 40, 220)
    fill(img, rounded_rect(side, side, side // 4), x, y, back)
    c, r = (x + side // 2, y + side // 2), side // 3
    k = rng.randrange(5)
    if k == 0:
        cv2.circle(img, c, r, WHITE, max(2, side // 9), cv2.LINE_AA)
    elif k == 1:
        cv2.ellipse(img, c, (r, r), 0, 180, 360, WHITE, -1, cv2.LINE_AA)
        cv2.rectangle(img, (c[0] - r, c[1]), (c[0] + r, c[1] + r // 3), WHITE, -1)
    elif k == 2:
        for j, f in enumerate((0.5, 0.9, 0.7)):
            bx = c[0] - r + j * r * 2 // 3
            cv2.rectangle(img, (bx, c[1] + r - round(2 * r * f)), (bx + r // 2, c[1] + r), WHITE, -1)
    elif k == 3:
        bolt = np.array(
            [
                [c[0] + r // 3, c[1] - r],
                [c[0] - r // 2, c[1] + r // 6],
                [c[0], c[1] + r // 6],
                [c[0] - r // 3, c[1] + r],
                [c[0] + r // 2, c[1] - r // 6],
                [c[0], c[1] - r // 6],
            ]
        )
        cv2.fillPoly(img, [bolt.astype(np.int32)], WHITE, cv2.LINE_AA)
    else:
        cv2.rectangle(img, (c[0] - r, c[1] - r), (c[0] + r, c[1] + r), WHITE, max(2, side // 10))


def chevron(img: np.ndarray, x: int, y: int, colour: Colour, back: bool = False) -> None:
    """A list row's ">" (or a back "<")."""
    d = -1 if back else 1
    cv2.polylines(
        img,
        [np.array([[x - 8 * d, y - 14], [x + 6 * d, y], [x - 8 * d, y + 14]], np.int32)],
        False,
        colour,
        4,
        cv2.LINE_AA,
    )


def heading(s: Screen, x: int, y: int, words: str, size: float, colour: Colour | None = None) -> None:
    cv2.putText(
        s.img,
        words,
        (x, y),
        cv2.FONT_HERSHEY_DUPLEX,
        size,
        colour or s.fg,
        max(2, round(size * 2)),
        cv2.LINE_AA,
    )


def inside(page: Colour) -> Colour:
    """Ink that reads on ``page``."""
    return INK if sum(page) > 384 else WHITE


# ----------------------------------------------------------------------------------------------
# Lock-screen wallpapers with the depth effect.
# ----------------------------------------------------------------------------------------------


def person_mask(w: int, h: int, box: BoxF) -> np.ndarray:
    """255 over the head (with its hair), neck and shoulders down to the foot of a w x h picture
    whose face has ``box``: where a depth effect puts the person in front of the clock."""
    m = np.zeros((h, w), np.uint8)
    fw, fh = box[2] - box[0], box[3] - box[1]
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    cv2.ellipse(
        m, (round(cx), round(cy - 0.12 * fh)), (round(0.64 * fw), round(0.8 * fh)), 0, 0, 360, 255, -1
    )
    cv2.rectangle(m, (round(cx - 0.3 * fw), round(cy)), (round(cx + 0.3 * fw), round(cy + 1.2 * fh)), 255, -1)
    sy = round(cy + 1.55 * fh)
    cv2.ellipse(m, (round(cx), sy), (round(1.25 * fw), round(0.6 * fh)), 0, 180, 360, 255, -1)
    cv2.rectangle(m, (round(cx - 1.25 * fw), sy), (round(cx + 1.25 * fw), h), 255, -1)
    return m


CLOCK_FONTS = (cv2.FONT_HERSHEY_DUPLEX, cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_TRIPLEX)


def lock_wall(
    cast: Cast,
    rng: random.Random,
    sc: Screen,
    rect: tuple[int, int, int, int],
    fp: float,
    depth: bool,
    ink: Colour,
) -> int:
    """A lock screen's wallpaper and clock over ``rect`` of ``sc`` (inside its canvas): on most a
    person (a held-out photo scaled so the main face is ``fp`` px, over a blurred thing where the
    photo ends, or covering the frame on half) placed so the top of the head reaches into the
    clock's digits; a face-free cast's thing with a subject in its middle. The date and the clock
    in big type (50-72 % of the width) over its top; with ``depth`` the digits are drawn behind the
    person (the head and shoulders keep their pixels), else over it (what they cover is not the
    face's). Returns the clock's baseline."""
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    font = rng.choice(CLOCK_FONTS)
    txt = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}"
    scale = w * rng.uniform(0.5, 0.72) / cv2.getTextSize(txt, font, 1.0, 2)[0][0]
    t = max(1, round(scale * rng.uniform(1.0, 3.2)))
    (tw, th), _ = cv2.getTextSize(txt, font, scale, t)
    top = round(h * rng.uniform(0.1, 0.15))
    base = top + th
    region = sc.img[y1:y2, x1:x2]
    subject = np.zeros((h, w), np.uint8)
    if cast.photos and rng.random() < 0.85:
        p, f = HO._face(cast.photos, rng)
        k = fp / max(f[2] - f[0], f[3] - f[1])
        if rng.random() < 0.5:
            k = max(k, w / p.image.shape[1], h / p.image.shape[0])
        img, faces = C._scaled(p, k)
        fh = (f[3] - f[1]) * k
        tx, ty = w * rng.uniform(0.35, 0.65), rng.uniform(top + 0.15 * th, base) + 0.75 * fh
        ox, oy = round((f[0] + f[2]) / 2 * k - tx), round((f[1] + f[3]) / 2 * k - ty)
        tile, kept = C._crop(img, faces, ox, oy, w, h, cast.min_visible)
        region[:] = H15.blurred(cast.piece(w, h), rng.uniform(4, 12))
        shown = cast.shown(tile)
        paste_photo(cast, sc, tile, kept, x1, y1, shown)
        main = (f[0] * k - ox, f[1] * k - oy, f[2] * k - ox, f[3] * k - oy)
        subject = np.minimum(person_mask(w, h, main), shown)
    else:
        region[:] = cast.piece(w, h)
        axes = (round(w * rng.uniform(0.2, 0.4)), round(h * rng.uniform(0.15, 0.3)))
        cv2.ellipse(subject, (w // 2, round(h * rng.uniform(0.3, 0.5))), axes, 0, 0, 360, 255, -1)
    sc.words(rng, x1 + (w - tw) // 2 + 4, y1 + top - max(4, th // 5), max(0.3, scale * 0.16), 3, ink)
    layer = np.zeros((h, w), np.uint8)
    cv2.putText(layer, txt, ((w - tw) // 2, base), font, scale, 255, t, cv2.LINE_AA)
    a = layer.astype(np.float32) / 255
    if depth:
        a *= 1 - cv2.GaussianBlur(subject, (0, 0), 1.0).astype(np.float32) / 255
    a = a[:, :, None]
    region = sc.img[y1:y2, x1:x2]
    mixed = (region * (1 - a) + np.array(ink, np.float32) * a).astype(np.uint8)
    region[:] = np.where(a > 0.02, mixed, region)
    return y1 + base


def lock_card(
    cast: Cast, rng: random.Random, cw: int, ch: int, fp: float, depth: bool
) -> tuple[np.ndarray, list[BoxF]]:
    """A lock screen drawn at cw x ch (a picker's card, a preview): ``lock_wall`` with its main
    face ``fp`` px, the flashlight and camera buttons."""
    ink = WHITE if rng.random() < 0.7 else random_colour(rng, 150, 250)

    def draw(sc: Screen) -> None:
        lock_wall(cast, rng, sc, (0, 0, cw, ch), fp, depth, ink)
        for x in (round(cw * 0.14), round(cw * 0.86)):
            cv2.circle(sc.img, (x, round(ch * 0.93)), max(4, cw // 22), (40, 40, 40), -1, cv2.LINE_AA)

    return offscreen(cw, ch, draw)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def depth_lock(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lock screen with a depth-effect wallpaper (``lock_wall``: a person, faces 150-480 px, the
    top of the head reaching into the clock's digits, which are drawn behind the head on 70 % and
    over it on the rest), a row of two to four round widgets under the clock (see-through discs, a
    contact's 57-112 px face in some, a gauge in others), one to three see-through notifications (a
    22-34 px face) and a summary whose stack of three to six 18-26 px faces shows who wrote, the
    flashlight and camera buttons."""
    s = Screen.new(rng, name, cast.kind("depthlock"), "dark")
    img = s.img
    w = W - 8
    ink = WHITE if rng.random() < 0.6 else random_colour(rng, 150, 250)
    base = lock_wall(cast, rng, s, (0, 0, w, H), small(rng, 150, 480), rng.random() < 0.7, ink)
    H15.clock(s, rng, WHITE)
    tint = (30, 30, 34) if rng.random() < 0.6 else (235, 235, 235)
    y = base + rng.randrange(40, 90)
    n, d, gap = rng.randrange(2, 5), rng.randrange(110, 150), rng.randrange(24, 50)
    x = (w - n * d - (n - 1) * gap) // 2
    for _ in range(n):
        H17.glass(s, (x, y, x + d, y + d), tint, rng.uniform(0.35, 0.6), d // 2)
        if rng.random() < 0.6:
            side = round(d * rng.uniform(0.72, 0.86))
            cast.avatar(
                s, x + (d - side) // 2, y + (d - side) // 2, side / rng.uniform(1.15, 1.4), side, "circle"
            )
        else:
            c = (x + d // 2, y + d // 2)
            cv2.ellipse(
                img, c, (d // 2 - 12, d // 2 - 12), 0, 135, 135 + rng.randrange(60, 270), ink, 8, cv2.LINE_AA
            )
            cv2.putText(
                img,
                str(rng.randrange(10, 99)),
                (c[0] - 24, c[1] + 12),
                cv2.FONT_HERSHEY_DUPLEX,
                1.0,
                ink,
                2,
                cv2.LINE_AA,
            )
        x += d + gap
    text = inside(tint)
    alpha = rng.uniform(0.6, 0.85)
    by = H - NAV_H - 110
    ny = by - 120 - rng.randrange(160, 200)
    H17.glass(s, (40, ny, w - 40, ny + 170), tint, alpha, 34)
    fp, sd = _size(rng, 18.3, small(rng, 19, 27), (1.1, 1.25))
    end = cast.stack(s, 70, ny + 30, rng.randrange(3, 7), fp, sd, round(sd * 0.72), tint)
    s.words(rng, end + 24, ny + 30 + sd // 2 + 8, 0.6, 2, text)
    s.words(rng, 70, ny + 130, 0.5, rng.randrange(3, 6), text)
    for _ in range(rng.randrange(1, 4)):
        ny -= 190
        if ny < y + d + 40:
            break
        H17.glass(s, (40, ny, w - 40, ny + 170), tint, alpha, 34)
        fp, side = _size(rng, 22, small(rng, 23, 34), (1.1, 1.3))
        cast.person(s, 66, ny + 30, fp, side)
        s.words(rng, 90 + side, ny + 56, 0.55, 2, text)
        s.words(rng, 90 + side, ny + 104, 0.5, rng.randrange(3, 6), text)
    for x in (110, w - 110):
        H3.shade(img, (x - 46, by - 46, x + 46, by + 46), (20, 20, 20), 0.5)
        cv2.circle(img, (x, by), 14, WHITE, 3, cv2.LINE_AA)
    cv2.line(img, (W // 2 - 90, H - 40), (W // 2 + 90, H - 40), WHITE, 8)
    return s.finish()


def lock_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The lock screens' picker: on 45 % the switcher (the current lock screen as a card at 52-60 %
    of the screen, its faces 90-320 px, the neighbours' 60-260 px, cut by the screen's edges, a
    focus chip, page dots, a customise pill, then a strip of suggested lock screens at about 15 %,
    faces 18-60 px, cut by the right edge), else the gallery for a new one (category tiles, then
    rows of three or four mini lock screens at 22-26 %, faces 20-110 px, cut by the right edge).
    Every card is a ``lock_card``: a wallpaper with the clock, the depth effect on some."""
    s = Screen.new(rng, name, cast.kind("lockgallery"), rng.choice(("dark", "light")))
    img, page = s.img, s.bg
    w = W - 8
    if rng.random() < 0.45:
        gradient(img, (0, 0, w, H), tone(page, -10), tone(page, 10))
        k = rng.uniform(0.52, 0.6)
        cw, ch = round(w * k), round(H * k)
        y = STATUS_H + rng.randrange(100, 140)
        gap, cx = rng.randrange(30, 60), (w - round(w * k)) // 2
        pill(img, w // 2 - 110, y - 80, 220, 56, off(page, 25))
        s.words(rng, w // 2 - 60, y - 42, 0.55, 1)
        for x in (cx - cw - gap, cx + cw + gap, cx):
            fp = rng.uniform(90, 320) if x == cx else small(rng, 60, 260)
            card = lock_card(cast, rng, cw, ch, fp, rng.random() < 0.6)
            paste_photo(cast, s, *card, x, y, rounded_rect(ch, cw, 36))
        y += ch + 40
        for j in range(3):
            cv2.circle(img, (w // 2 + (j - 1) * 26, y), 7, s.fg if j == 1 else GREY, -1, cv2.LINE_AA)
        pill(img, cx, y + 30, cw - 110, 70, off(page, 25))
        s.words(rng, cx + 60, y + 76, 0.65, 1)
        badge(img, (cx + cw - 35, y + 65), 35, s.accent, "+")
        y += 150
        s.words(rng, 30, y, 0.7, 2)
        y += 24
        mw = rng.randrange(150, 180)
        mh = round(mw * H / w)
        x = 30
        while x < w and y + mh <= H - NAV_H:
            card = lock_card(cast, rng, mw, mh, small(rng, 20, 60), rng.random() < 0.5)
            paste_photo(cast, s, *card, x, y, rounded_rect(mh, mw, 16))
            x += mw + 20
    else:
        heading(s, 30, STATUS_H + 80, "Add new", 1.2)
        y = STATUS_H + 120
        for j in range(5):
            x = 30 + j * 205
            fill(img, rounded_rect(110, 185, 24), x, y, random_colour(rng, 60, 220))
            s.words(rng, x + 20, y + 70, 0.5, 1, WHITE)
        y += 170
        mw = rng.randrange(240, 285)
        mh = round(mw * H / w)
        while y + 60 + mh * 0.55 < H - NAV_H:
            s.words(rng, 30, y, 0.75, 2)
            y += 24
            x = 30
            while x < w:
                card = lock_card(cast, rng, mw, mh, small(rng, 20, 110), rng.random() < 0.4)
                paste_photo(cast, s, *card, x, y, rounded_rect(mh, mw, 22))
                x += mw + 24
            y += mh + 70
    H5.nav_bar(s)
    H15.clock(s, rng, s.fg)
    return s.finish()


def inner(cast: Cast, rng: random.Random) -> tuple[np.ndarray, list[BoxF]]:
    """Another app of this set (``INNER``), finished: its app area (between the bars, unlifted)
    and its faces."""
    return H15.app_area(rng.choice(INNER)(cast, rng, "inner"))


def island(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The Dynamic Island over another app of this set (``INNER``, as it was drawn): on half the
    island compact in the status bar (a black pill with a 18-30 px face at its left and a voice's
    level or a timer at its right; on 40 % a second activity's round bubble beside it, an 18-26 px
    face), else expanded over the app's top (a black card 200-290 px high: a call, with the
    caller's 40-80 px face, name, time and round buttons; a ride, with the driver's face, a car and
    the plate; a delivery, the courier's face and a progress bar; or music: the album's art, faces
    18-40 px, and the level)."""
    s = new_screen_for(rng, name, cast.kind("island"))
    img = s.img
    w = W - 8
    paste_photo(cast, s, *inner(cast, rng), 0, STATUS_H)
    kind = rng.choice(("call", "ride", "delivery", "music"))
    if rng.random() < 0.5:
        iw, ih = rng.randrange(240, 330), 56
        ix, iy = (w - iw) // 2, 8
        pill(img, ix, iy, iw, ih, BLACK)
        if kind == "music":
            paste_photo(
                cast, s, *snapshot(cast, 44, 44, 18.3, 24, 0.5), ix + 12, iy + 6, rounded_rect(44, 44, 8)
            )
        else:
            fp, side = _size(rng, 18.3, small(rng, 19, 30), (1.1, 1.25))
            side = min(side, ih - 8)
            cast.avatar(s, ix + 10, iy + (ih - side) // 2, min(fp, side / 1.08), side, "circle")
        if kind in ("call", "music"):
            waveform(
                img, rng, ix + iw - 90, iy + ih // 2, 7, GREEN if kind == "call" else (200, 160, 240), 30
            )
        else:
            cv2.putText(
                img,
                f"{rng.randrange(2, 30)} min",
                (ix + iw - 110, iy + 37),
                cv2.FONT_HERSHEY_SIMPLEX,
                0.7,
                (40, 170, 250),
                2,
                cv2.LINE_AA,
            )
        if rng.random() < 0.4:
            bx = ix + iw + 12
            cv2.circle(img, (bx + ih // 2, iy + ih // 2), ih // 2, BLACK, -1, cv2.LINE_AA)
            fp = small(rng, 18.3, 26)
            side = min(ih - 10, round(fp * 1.15))
            cast.avatar(s, bx + (ih - side) // 2, iy + (ih - side) // 2, min(fp, side / 1.05), side, "circle")
    else:
        ih = rng.randrange(200, 290)
        fill(img, rounded_rect(ih, w - 40, 64), 20, 8, BLACK)
        y = 8 + 40
        if kind == "music":
            t = ih - 90
            paste_photo(
                cast, s, *snapshot(cast, t, t, 18.3, small(rng, 20, 40), 0.7), 60, y, rounded_rect(t, t, 16)
            )
            side = t
        else:
            fp, side = _size(rng, 40, small(rng, 41, 80), (1.15, 1.3))
            side = min(side, ih - 70)
            cast.avatar(s, 60, y, min(fp, side / 1.1), side, "circle")
        tx = 90 + side
        s.words(rng, tx, y + 36, 0.8, 2, WHITE)
        s.words(rng, tx, y + 80, 0.6, 2, GREY)
        if kind == "call":
            for j, col in enumerate(((70, 70, 76), RED)):
                c = (w - 90 - j * 120, y + side // 2)
                cv2.circle(img, c, 44, col, -1, cv2.LINE_AA)
                handset(img, c, 18, WHITE)
        elif kind == "ride":
            car(img, w - 300, y + 10, 220, random_colour(rng, 60, 230))
            pill(img, w - 280, y + 100, 180, 50, (235, 235, 235))
            cv2.putText(
                img,
                f"{rng.choice('ABCKLMRS')}{rng.choice('ABCKLMRS')} {rng.randrange(100, 999)}",
                (w - 258, y + 135),
                cv2.FONT_HERSHEY_DUPLEX,
                0.7,
                INK,
                2,
                cv2.LINE_AA,
            )
        elif kind == "delivery":
            bar_y = 8 + ih - 50
            cv2.line(img, (80, bar_y), (w - 80, bar_y), (70, 70, 76), 10, cv2.LINE_AA)
            cv2.line(
                img,
                (80, bar_y),
                (80 + round((w - 160) * rng.uniform(0.2, 0.9)), bar_y),
                GREEN,
                10,
                cv2.LINE_AA,
            )
        else:
            waveform(img, rng, w - 220, y + side // 2, 14, WHITE, 50)
    return s.finish()


def chat_window(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    rect: tuple[int, int, int, int],
    page: Colour,
    header: bool = True,
) -> None:
    """A chat inside ``rect`` (a bubble's window, a preview): the name, messages (incoming ones by
    the sender's 20-32 px face on a group's, one's own in the accent), a photo (people with faces
    18-60 px, or a thing) on some, down to a field at the foot."""
    x1, y1, x2, y2 = rect
    ink = inside(page)
    y = y1 + 24
    if header:
        s.words(rng, x1 + 30, y1 + 56, 0.8, 2, ink)
        cv2.line(s.img, (x1, y1 + 86), (x2, y1 + 86), off(page, 20), 2)
        y = y1 + 110
    group = rng.random() < 0.7
    while True:
        mine = rng.random() < 0.35
        photo = rng.random() < 0.25
        bw = rng.randrange(260, min(560, x2 - x1 - 130))
        bh = rng.randrange(230, 330) if photo else rng.randrange(64, 120)
        if y + bh > y2 - 110:
            break
        if mine:
            bx = x2 - 24 - bw
        else:
            bx = x1 + (80 if group else 24)
            if group:
                fp, side = _size(rng, 20, small(rng, 21, 32), (1.1, 1.25))
                cast.person(s, x1 + 20, y + bh - side, fp, side)
        if photo:
            paste_photo(
                cast,
                s,
                *snapshot(cast, bw, bh, 18.3, small(rng, 20, 60), 0.8),
                bx,
                y,
                rounded_rect(bh, bw, 24),
            )
        else:
            fill(s.img, rounded_rect(bh, bw, 28), bx, y, s.accent if mine else off(page, 18))
            s.words(rng, bx + 22, y + 44, 0.55, rng.randrange(2, 5), WHITE if mine else ink)
        y += bh + 18
    pill(s.img, x1 + 24, y2 - 90, x2 - x1 - 140, 66, off(page, 14))
    cv2.circle(s.img, (x2 - 60, y2 - 57), 32, s.accent, -1, cv2.LINE_AA)


def chat_heads(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Chat bubbles floating over another app of this set (``INNER``, as it was drawn): on 45 %
    collapsed at the left or right edge (one to four round 120-165 px bubbles, faces 85-140 px, one
    over the other, each with a shadow, an unread count over the front one), on 40 % of those one
    dragged towards a dismiss target at the foot over a dark gradient; else expanded: the app under
    a 45-65 % scrim (its faces counted, darker), a row of two to five bubbles (faces 80-120 px)
    across the top, a pointer under the chosen one and its chat window (``chat_window``) down 55-100 %
    of the way to the foot."""
    s = new_screen_for(rng, name, cast.kind("chatheads"))
    img = s.img
    w = W - 8
    paste_photo(cast, s, *inner(cast, rng), 0, STATUS_H)
    if rng.random() < 0.45:
        side = rng.randrange(120, 166)
        left = rng.random() < 0.5
        x = rng.randrange(0, 14) if left else w - side - rng.randrange(0, 14)
        y = rng.randrange(STATUS_H + 200, H - NAV_H - 560)
        n = rng.randrange(1, 5)
        for k in reversed(range(n)):
            bx, by = x + (k * 10 if left else -k * 10), y + k * 8
            cv2.circle(
                img, (bx + side // 2, by + side // 2 + 6), side // 2 + 3, (30, 30, 30), -1, cv2.LINE_AA
            )
            cast.avatar(s, bx, by, side / rng.uniform(1.15, 1.4), side, "circle")
        badge(img, (x + side - 16, y + 16), 22, RED, str(rng.randrange(1, 9)), WHITE)
        if rng.random() < 0.4:
            for j in range(6):
                yy = H - NAV_H - 420 + j * 70
                H5.scrim(s, (0, yy, w, yy + 70), 0.1 * (j + 1))
            c = (w // 2, H - NAV_H - 170)
            badge(img, c, 56, (70, 70, 76), "x", WHITE)
            d = round(side * 1.1)
            cast.avatar(
                s,
                c[0] - d // 2 + rng.randrange(-60, 60),
                c[1] - d - rng.randrange(40, 240),
                d / rng.uniform(1.15, 1.4),
                d,
                "circle",
            )
    else:
        H5.scrim(s, (0, STATUS_H, w, H - NAV_H), rng.uniform(0.45, 0.65))
        n, bs, gap = rng.randrange(2, 6), rng.randrange(110, 140), 18
        x0, y = w - 30 - n * bs - (n - 1) * gap, STATUS_H + 24
        chosen = rng.randrange(n)
        for k in range(n):
            cast.avatar(s, x0 + k * (bs + gap), y, bs / rng.uniform(1.15, 1.4), bs, "circle")
            if k != chosen and rng.random() < 0.4:
                badge(img, (x0 + k * (bs + gap) + bs - 14, y + 14), 20, RED, str(rng.randrange(1, 9)), WHITE)
        top = y + bs + 34
        page = (250, 250, 250) if rng.random() < 0.6 else (36, 36, 40)
        cx = x0 + chosen * (bs + gap) + bs // 2
        cv2.fillPoly(
            img, [np.array([[cx - 22, top + 2], [cx + 22, top + 2], [cx, top - 20]], np.int32)], page
        )
        foot = top + round((H - NAV_H - 30 - top) * rng.uniform(0.55, 1.0))
        fill(img, rounded_rect(foot - top, w - 40, 36), 20, top, page)
        chat_window(cast, rng, s, (20, top, w - 20, foot), page)
    return s.finish()


def focus(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A Focus's settings: the Focus's icon and name, allowed notifications (People | Apps), the
    allowed people in four or five columns (faces 44-90 px) with a remove badge over each one's
    upper left and an add tile, a row allowing calls from a stack of three to five 18-26 px faces,
    allowed apps' icons, then the screens it shows: a lock screen (``lock_card``: faces 24-120 px), a
    home screen with a contacts widget (faces 18-30 px) and a watch face, cut by the navigation bar."""
    s = new_screen_for(rng, name, cast.kind("focus"))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 50, s.accent, back=True)
    s.words(rng, 64, STATUS_H + 62, 0.7, 1, s.accent)
    c = (w // 2, STATUS_H + 170)
    cv2.circle(img, c, 80, s.accent, -1, cv2.LINE_AA)
    if rng.random() < 0.5:
        cv2.circle(img, c, 42, WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, (c[0] + 20, c[1] - 16), 38, s.accent, -1, cv2.LINE_AA)
    else:
        cv2.rectangle(img, (c[0] - 42, c[1] - 20), (c[0] + 42, c[1] + 36), WHITE, -1)
        cv2.rectangle(img, (c[0] - 16, c[1] - 38), (c[0] + 16, c[1] - 20), WHITE, 6)
    heading(s, w // 2 - 120, STATUS_H + 320, rng.choice(("Sleep", "Work", "Personal", "Driving")), 1.4)
    y = STATUS_H + 380
    s.words(rng, 40, y, 0.55, 3, GREY)
    y += 30
    pill(img, 40, y, w - 80, 70, off(page, 18))
    pill(img, 46, y + 6, (w - 80) // 2 - 12, 58, page)
    y += 120
    cols = rng.choice((4, 5))
    cell = (w - 60) // cols
    fp, side = _size(rng, 44, small(rng, 45, 90), (1.15, 1.3))
    side = min(side, cell - 30)
    fp = min(fp, side / 1.1)
    n = rng.randrange(3, 12)
    rows = 0
    for k in range(n + 1):
        r, col = divmod(k, cols)
        x, yy = 30 + col * cell + (cell - side) // 2, y + r * (side + 80)
        rows = r + 1
        if k == n:
            cv2.circle(img, (x + side // 2, yy + side // 2), side // 2, off(page, 22), -1, cv2.LINE_AA)
            badge(img, (x + side // 2, yy + side // 2), side // 5, s.accent, "+")
        else:
            cast.avatar(s, x, yy, fp * rng.uniform(0.92, 1.0), side, "circle")
            minus_badge(img, (x + side // 7, yy + side // 7), max(12, side // 7), page)
        s.words(rng, x, yy + side + 34, 0.45, 1)
    y += rows * (side + 80) + 20
    fp, sd = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
    s.words(rng, 40, y + sd // 2 + 8, 0.6, 3)
    cast.stack(s, w - 140 - 3 * sd, y, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
    toggle(img, w - 130, y + sd // 2 - 28, rng.random() < 0.7, s.accent)
    y += max(sd, 56) + 40
    s.words(rng, 40, y + 10, 0.6, 2, GREY)
    y += 30
    for k in range(rng.randrange(4, 7)):
        H8.logo(img, rng, 40 + k * 110, y, 86)
    y += 150
    s.words(rng, 40, y, 0.6, 2, GREY)
    y += 24
    pw = rng.randrange(220, 260)
    ph = round(pw * H / w)
    x = 40
    card = lock_card(cast, rng, pw, ph, small(rng, 24, 120), rng.random() < 0.5)
    paste_photo(cast, s, *card, x, y, rounded_rect(ph, pw, 24))
    x += pw + 50

    def home(sc: Screen) -> None:
        sc.img[:] = cast.piece(pw, ph)
        t = (pw - 52) // 4
        wh = round(pw * 0.42)
        fill(sc.img, rounded_rect(wh, pw - 24, 14), 12, 30, (235, 235, 235))
        for j in range(4):
            bx, by = 24 + (j % 2) * (pw - 48) // 2, 42 + (j // 2) * (wh - 24) // 2
            fp2 = small(rng, 18.3, 30)
            side2 = min((pw - 72) // 2, round(fp2 * 1.15), (wh - 36) // 2)
            cast.avatar(sc, bx, by, min(fp2, side2 / 1.05), side2, "circle")
        for r in range(3):
            for col in range(4):
                H8.logo(sc.img, rng, 10 + col * (t + 14), 60 + wh + r * (t + 24), t)

    paste_photo(cast, s, *offscreen(pw, ph, home), x, y, rounded_rect(ph, pw, 24))
    x += pw + 50
    if x + 160 < w:
        fill(img, rounded_rect(200, 170, 50), x, y + 60, (20, 20, 20))
        cv2.circle(img, (x + 85, y + 160), 62, s.accent, 3, cv2.LINE_AA)
        cv2.line(img, (x + 85, y + 160), (x + 85, y + 115), WHITE, 4)
        cv2.line(img, (x + 85, y + 160), (x + 118, y + 170), WHITE, 4)
    H5.nav_bar(s)
    return s.finish()


def preview_card(
    cast: Cast, rng: random.Random, sc: Screen, variant: str, card: Colour, accent: Colour
) -> None:
    """A long press's preview on its own canvas ``sc``: a conversation (the contact's 30-48 px face
    by ``chat_window``) or a contact's card (a 100-160 px face, the name, four round buttons, a
    mutual stack of 18-24 px faces, three shared photos with faces 18-40 px)."""
    ph, pw = sc.img.shape[:2]
    sc.img[:] = card
    ink = inside(card)
    if variant == "chat":
        fp, side = _size(rng, 30, small(rng, 31, 48), (1.1, 1.25))
        cast.avatar(sc, 24, 20, fp, side, "circle")
        chat_window(cast, rng, sc, (side + 10, 0, pw, ph), card)
        return
    fp, side = _size(rng, 100, small(rng, 101, 160), (1.15, 1.3))
    cast.avatar(sc, (pw - side) // 2, 40, fp, side, "circle")
    y = 80 + side
    sc.words(rng, pw // 2 - 140, y, 1.0, 2, ink)
    y += 40
    for k in range(4):
        cv2.circle(sc.img, (round(pw * (k + 0.5) / 4), y + 50), 44, accent, -1, cv2.LINE_AA)
    y += 130
    fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
    end = cast.stack(sc, 30, y, rng.randrange(2, 5), fp, sd, round(sd * 0.7), card)
    sc.words(rng, end + 16, y + sd // 2 + 8, 0.5, 3, GREY)
    y += sd + 40
    t = (pw - 80) // 3
    if y + t < ph:
        for k in range(3):
            piece = snapshot(cast, t, t, 18.3, small(rng, 20, 40), 0.8)
            paste_photo(cast, sc, *piece, 20 + k * (t + 20), y, rounded_rect(t, t, 16))


def long_press(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A long press: another app of this set (``INNER``) behind frosted glass (blurred by sigma
    16-28 and washed: its faces are not seen any more), lifted over it with a shadow one of a
    photo (a portrait or people, faces 30-250 px) with who shared it (a 22-30 px face), a
    conversation's preview (``chat_window``), a contact's card (a 100-160 px face, buttons, a
    mutual stack of 18-24 px faces, shared photos with faces 18-40 px) or an app's icon with its
    shortcuts (conversations by 26-40 px faces); a reaction bar of emoji above a photo or a
    conversation on some; the menu of actions under it."""
    s = new_screen_for(rng, name, cast.kind("longpress"))
    img, page = s.img, s.bg
    w = W - 8
    paste_photo(cast, s, *inner(cast, rng), 0, STATUS_H)
    dark = sum(page) < 384
    H15.frosted(
        s,
        (0, STATUS_H, w, H - NAV_H),
        (20, 20, 24) if dark else (240, 240, 240),
        rng.uniform(0.25, 0.45),
        rng.uniform(16, 28),
    )
    card = (36, 36, 40) if dark else (250, 250, 250)
    ink = inside(card)
    variant = rng.choice(("photo", "chat", "contact", "shortcuts"))
    rows = rng.randrange(4, 8)
    pw = round(w * rng.uniform(0.78, 0.9))
    px = (w - pw) // 2
    mw = 620
    if variant == "shortcuts":
        n = rng.randrange(3, 6)
        mh = n * 110 + (rows - 2) * 84
        my = STATUS_H + rng.randrange(200, max(201, H - NAV_H - STATUS_H - mh - 360))
        t = 150
        ix = rng.randrange(60, w - 60 - t)
        H8.logo(img, rng, ix, my, t)
        mw = rng.randrange(620, 760)
        mx = min(max(30, ix + t // 2 - mw // 2), w - 30 - mw)
        my += t + 30
        H3.shade(img, (mx - 10, my - 4, mx + mw + 10, my + mh + 18), (0, 0, 0), 0.25)
        fill(img, rounded_rect(mh, mw, 32), mx, my, card)
        for _ in range(n):
            fp, side = _size(rng, 26, small(rng, 27, 40), (1.1, 1.3))
            cast.avatar(s, mx + 30, my + (110 - side) // 2, fp, side, "circle")
            s.words(rng, mx + 60 + side, my + 66, 0.6, 2, ink)
            my += 110
        rows -= 2
    else:
        room = H - NAV_H - STATUS_H - rows * 84 - 260
        if variant == "photo":
            ph = min(room - 90, round(pw * rng.uniform(0.7, 1.3)))
            piece, faces = H17.people_photo(cast, rng, pw, ph, 30, 250)
        else:
            ph = min(room, rng.randrange(700, 960))
            piece, faces = offscreen(pw, ph, lambda sc: preview_card(cast, rng, sc, variant, card, s.accent))
        py = STATUS_H + max(130, (H - NAV_H - STATUS_H - ph - rows * 84 - 60) // 2 + rng.randrange(-60, 60))
        if variant != "contact" and rng.random() < 0.6:
            pill(img, px, py - 120, min(pw, 600), 96, card)
            for k, kind in enumerate(rng.sample(H15.EMOJI, 5)):
                H15.emoji(img, (px + 60 + k * 104, py - 72), 28, kind)
        H3.shade(img, (px - 14, py - 6, px + pw + 14, py + ph + 26), (0, 0, 0), 0.3)
        paste_photo(cast, s, piece, faces, px, py, rounded_rect(ph, pw, 36))
        if variant == "photo":
            fp, side = _size(rng, 22, small(rng, 23, 30), (1.1, 1.2))
            pill(img, px + 20, py + ph - side - 30, 300, side + 14, (30, 30, 30))
            cast.avatar(s, px + 27, py + ph - side - 23, fp, side, "circle")
            s.words(rng, px + 40 + side, py + ph - side // 2 - 16, 0.5, 2, WHITE)
        my = py + ph + 24
        mx = px if rng.random() < 0.5 else px + pw - mw
        fill(img, rounded_rect(rows * 84, mw, 28), mx, my, card)
    for k in range(rows):
        yy = my + k * 84
        s.words(rng, mx + 34, yy + 54, 0.6, 2, RED if k == rows - 1 and rng.random() < 0.5 else ink)
        cv2.circle(img, (mx + mw - 50, yy + 42), 16, ink, 2, cv2.LINE_AA)
        if k:
            cv2.line(img, (mx, yy), (mx + mw, yy), off(card, 20), 1)
    return s.finish()


def dialer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The phone app: on 55 % the keypad with digits typed and the contacts they match above it
    (three to six rows, 24-42 px faces, initials on some, the matched digits in the accent), the
    keys, the call button and the tab bar; else a call in progress on a dark gradient: a call on
    hold (a 20-28 px face) in a bar over the top, the caller's round photo (faces 100-180 px) or a
    conference's overlapping photos (50-90 px faces), the name, the time, six round buttons and the
    red end button."""
    if rng.random() < 0.55:
        s = new_screen_for(rng, name, cast.kind("keypad"))
        img, page = s.img, s.bg
        w = W - 8
        digits = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(3, 9)))
        cv2.putText(
            img,
            digits,
            (w // 2 - 28 * len(digits), STATUS_H + 110),
            cv2.FONT_HERSHEY_SIMPLEX,
            2.4,
            s.fg,
            4,
            cv2.LINE_AA,
        )
        s.words(rng, w // 2 - 100, STATUS_H + 170, 0.6, 2, s.accent)
        keys_top = H - NAV_H - 130 - 190 - 4 * 160
        y = STATUS_H + 210
        for _ in range(rng.randrange(3, 7)):
            fp, side = _size(rng, 24, small(rng, 25, 42), (1.1, 1.3))
            if y + side + 20 > keys_top:
                break
            cast.person(s, 40, y, fp, side)
            s.words(rng, 70 + side, y + side // 2, 0.7, 2)
            cv2.putText(
                img,
                digits[: rng.randrange(1, len(digits) + 1)],
                (70 + side, y + side // 2 + 40),
                cv2.FONT_HERSHEY_SIMPLEX,
                0.6,
                s.accent,
                2,
                cv2.LINE_AA,
            )
            y += max(side, 80) + 26
        letters = ("", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ", "", "+", "")
        for k, ch in enumerate("123456789*0#"):
            r, c = divmod(k, 3)
            cc = (w // 2 + (c - 1) * 230, keys_top + r * 160 + 70)
            cv2.circle(img, cc, 70, off(page, 22), -1, cv2.LINE_AA)
            cv2.putText(img, ch, (cc[0] - 18, cc[1] + 8), cv2.FONT_HERSHEY_SIMPLEX, 1.6, s.fg, 3, cv2.LINE_AA)
            if letters[k]:
                cv2.putText(
                    img,
                    letters[k],
                    (cc[0] - 10 * len(letters[k]), cc[1] + 42),
                    cv2.FONT_HERSHEY_SIMPLEX,
                    0.5,
                    s.fg,
                    1,
                    cv2.LINE_AA,
                )
        c = (w // 2, keys_top + 4 * 160 + 80)
        cv2.circle(img, c, 72, GREEN, -1, cv2.LINE_AA)
        handset(img, c, 30, WHITE)
        ty = H - NAV_H - 120
        cv2.line(img, (0, ty), (w, ty), off(page, 20), 2)
        for k in range(5):
            tc = (round(w * (k + 0.5) / 5), ty + 45)
            cv2.circle(img, tc, 20, s.accent if k == 3 else GREY, 3, cv2.LINE_AA)
            s.words(rng, tc[0] - 40, ty + 100, 0.4, 1, s.accent if k == 3 else GREY)
        return s.finish()
    s = Screen.new(rng, name, cast.kind("incall"), "dark")
    img = s.img
    w = W - 8
    a, b = random_colour(rng, 30, 110), random_colour(rng, 20, 80)
    gradient(img, (0, STATUS_H, w, H - NAV_H), a, b)
    y = STATUS_H + 20
    fill(img, rounded_rect(90, w - 60, 30), 30, y, tone(a, 30))
    fp, side = _size(rng, 20, small(rng, 21, 28), (1.1, 1.3))
    cast.person(s, 56, y + (90 - side) // 2, fp, side)
    s.words(rng, 80 + side, y + 56, 0.6, 3, WHITE)
    y += 160
    if rng.random() < 0.65:
        fp, side = _size(rng, 100, small(rng, 101, 180), (1.15, 1.3))
        cast.avatar(s, (w - side) // 2, y, fp, side, "circle")
    else:
        n = rng.randrange(2, 5)
        fp, side = _size(rng, 50, small(rng, 51, 90), (1.15, 1.3))
        step = round(side * 0.72)
        cast.stack(s, (w - side - step * (n - 1)) // 2, y, n, fp, side, step, a)
    y += side + 90
    s.words(rng, w // 2 - 160, y, 1.2, 2, WHITE)
    cv2.putText(
        img,
        f"{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (w // 2 - 60, y + 60),
        cv2.FONT_HERSHEY_SIMPLEX,
        0.9,
        (210, 210, 210),
        2,
        cv2.LINE_AA,
    )
    by = max(y + 180, H - NAV_H - 760)
    for k in range(6):
        r, c = divmod(k, 3)
        cc = (w // 2 + (c - 1) * 250, by + r * 220 + 80)
        cv2.circle(img, cc, 80, tone(a, 45), -1, cv2.LINE_AA)
        cv2.circle(img, cc, 26, WHITE, 4, cv2.LINE_AA)
    c = (w // 2, by + 2 * 220 + 110)
    cv2.circle(img, c, 80, RED, -1, cv2.LINE_AA)
    handset(img, c, 32, WHITE)
    H5.nav_bar(s)
    return s.finish()


def settings(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The settings app: on half its first page (a search field, the account card with one's
    60-110 px face, the family as a stack of three to six 20-30 px faces, rows of coloured icons,
    some ending in a "shared with" stack of 18-24 px faces), else the Medical ID (one's 90-150 px
    face, fields, emergency contacts: 22-44 px faces, initials on some) or the family's page (the
    members' 36-56 px faces and roles, subscriptions shared with stacks of 18-24 px faces, people
    sharing their location: 26-36 px faces)."""
    s = new_screen_for(rng, name, cast.kind("settings"))
    img, page = s.img, s.bg
    w = W - 8
    card = off(page, 12)
    what = rng.choice(("home", "home", "medical", "family"))
    if what == "home":
        heading(s, 30, STATUS_H + 90, "Settings", 1.6)
        pill(img, 30, STATUS_H + 120, w - 60, 70, off(page, 18))
        s.words(rng, 80, STATUS_H + 166, 0.6, 1, GREY)
        y = STATUS_H + 230
        fill(img, rounded_rect(300, w - 60, 30), 30, y, card)
        fp, side = _size(rng, 60, small(rng, 61, 110), (1.15, 1.3))
        cast.avatar(s, 60, y + 30, fp, side, "circle")
        s.words(rng, 90 + side, y + 30 + side // 2 - 6, 0.9, 2)
        s.words(rng, 90 + side, y + 30 + side // 2 + 34, 0.5, 3, GREY)
        yy = y + 30 + side + 30
        cv2.line(img, (60, yy - 12), (w - 60, yy - 12), off(page, 24), 2)
        fp, sd = _size(rng, 20, small(rng, 21, 30), (1.1, 1.25))
        end = cast.stack(s, 60, yy, rng.randrange(3, 7), fp, sd, round(sd * 0.72), card)
        s.words(rng, end + 20, yy + sd // 2 + 8, 0.6, 1)
        y += 340
        while y + 100 < H - NAV_H:
            n = rng.randrange(3, 6)
            fill(img, rounded_rect(n * 96, w - 60, 30), 30, y, card)
            for k in range(n):
                ry = y + k * 96
                row_icon(img, rng, 54, ry + 22, 52)
                s.words(rng, 130, ry + 60, 0.65, rng.randrange(1, 3))
                if rng.random() < 0.5:
                    fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
                    cast.stack(
                        s,
                        w - 110 - 3 * sd,
                        ry + 48 - sd // 2,
                        rng.randrange(2, 4),
                        fp,
                        sd,
                        round(sd * 0.7),
                        card,
                    )
                chevron(img, w - 70, ry + 48, GREY)
                if k:
                    cv2.line(img, (130, ry), (w - 30, ry), off(page, 24), 1)
            y += n * 96 + 50
    elif what == "medical":
        heading(s, 30, STATUS_H + 90, "Medical ID", 1.4, RED)
        y = STATUS_H + 140
        fp, side = _size(rng, 90, small(rng, 91, 150), (1.15, 1.3))
        cast.avatar(s, 40, y, fp, side, "circle")
        s.words(rng, 80 + side, y + side // 2, 1.0, 2)
        s.words(rng, 80 + side, y + side // 2 + 44, 0.6, 2, GREY)
        y += side + 60
        for _ in range(rng.randrange(3, 6)):
            s.words(rng, 40, y, 0.5, 2, GREY)
            s.words(rng, 40, y + 40, 0.65, rng.randrange(1, 5))
            y += 96
        s.words(rng, 40, y, 0.6, 2, GREY)
        y += 30
        for _ in range(rng.randrange(3, 8)):
            fp, side = _size(rng, 22, small(rng, 23, 44), (1.1, 1.3))
            if y + side > H - NAV_H:
                break
            cast.person(s, 40, y, fp, side)
            s.words(rng, 70 + side, y + side // 2, 0.65, 2)
            s.words(rng, 70 + side, y + side // 2 + 36, 0.5, 1, GREY)
            y += max(side, 80) + 30
    else:
        chevron(img, 40, STATUS_H + 50, s.accent, back=True)
        heading(s, 30, STATUS_H + 150, "Family", 1.5)
        y = STATUS_H + 200
        for _ in range(rng.randrange(3, 7)):
            fp, side = _size(rng, 36, small(rng, 37, 56), (1.1, 1.3))
            cast.avatar(s, 40, y, fp, side, "circle")
            s.words(rng, 70 + side, y + side // 2, 0.7, 2)
            s.words(rng, 70 + side, y + side // 2 + 34, 0.5, 1, GREY)
            chevron(img, w - 60, y + side // 2, GREY)
            y += side + 36
        badge(img, (40 + 30, y + 30), 30, s.accent, "+")
        s.words(rng, 120, y + 40, 0.65, 2, s.accent)
        y += 110
        s.words(rng, 40, y, 0.55, 2, GREY)
        y += 30
        for _ in range(rng.randrange(2, 5)):
            H8.logo(img, rng, 40, y, 70)
            s.words(rng, 130, y + 46, 0.65, 2)
            fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
            cast.stack(
                s, w - 100 - 3 * sd, y + 35 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page
            )
            y += 100
        y += 30
        s.words(rng, 40, y, 0.55, 2, GREY)
        y += 30
        while y + 60 < H - NAV_H:
            fp, side = _size(rng, 26, small(rng, 27, 36), (1.1, 1.3))
            cast.person(s, 40, y, fp, side)
            s.words(rng, 70 + side, y + side // 2 + 8, 0.6, 3)
            y += max(side, 60) + 30
    H5.nav_bar(s)
    return s.finish()


def spotlight(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The system search over the home screen (a thing as wallpaper, app icons) behind frosted
    glass: the field with the query, suggested contacts (four, faces 44-70 px), the top hit (a
    contact's 48-68 px face, three buttons), photos found (four or five tiles: people with faces
    18-60 px, or things), messages (28-40 px faces, initials on some) and contacts (24-36 px)."""
    s = Screen.new(rng, name, cast.kind("spotlight"), rng.choice(("light", "dark")))
    img = s.img
    w = W - 8
    cast.thing(s, 0, 0, w, H)
    for r in range(5):
        for c in range(4):
            H8.logo(img, rng, 60 + c * 260, STATUS_H + 120 + r * 270, 150)
    dark = rng.random() < 0.6
    H15.frosted(
        s,
        (0, 0, w, H),
        (30, 30, 34) if dark else (238, 238, 238),
        rng.uniform(0.45, 0.65),
        rng.uniform(14, 24),
    )
    ink = WHITE if dark else INK
    glassy = (70, 70, 76) if dark else (252, 252, 252)
    H15.clock(s, rng, ink)
    y = STATUS_H + 30
    pill(img, 30, y, w - 60, 84, glassy)
    cv2.circle(img, (86, y + 40), 16, GREY, 3, cv2.LINE_AA)
    s.words(rng, 120, y + 54, 0.75, 1, ink)
    y += 150
    s.words(rng, 40, y, 0.6, 2, GREY)
    y += 30
    fp, side = _size(rng, 44, small(rng, 45, 70), (1.15, 1.3))
    for k in range(4):
        x = round(w * (k + 0.5) / 4 - side / 2)
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        s.words(rng, x + 4, y + side + 34, 0.45, 1, ink)
    y += side + 80
    s.words(rng, 40, y, 0.6, 1, GREY)
    y += 20
    fill(img, rounded_rect(170, w - 60, 30), 30, y, glassy)
    fp, side = _size(rng, 48, small(rng, 49, 68), (1.1, 1.25))
    cast.avatar(s, 56, y + (170 - side) // 2, fp, side, "circle")
    s.words(rng, 80 + side, y + 80, 0.75, 2, ink)
    for k in range(3):
        badge(img, (w - 110 - k * 100, y + 85), 36, s.accent, "")
    y += 230
    s.words(rng, 40, y, 0.6, 1, GREY)
    y += 20
    n = rng.randrange(4, 6)
    t = (w - 60 - (n - 1) * 12) // n
    for k in range(n):
        piece = snapshot(cast, t, t, 18.3, small(rng, 20, 60), 0.75)
        paste_photo(cast, s, *piece, 30 + k * (t + 12), y, rounded_rect(t, t, 18))
    y += t + 60
    for title, lo, hi in (("m", 28, 40), ("c", 24, 36)):
        if y + 100 > H - NAV_H:
            break
        s.words(rng, 40, y, 0.6, 1, GREY)
        y += 20
        n = rng.randrange(3, 7)
        fill(img, rounded_rect(min(n * 110, H - NAV_H - y), w - 60, 30), 30, y, glassy)
        for _ in range(n):
            fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.1, 1.3))
            if y + side + 20 > H - NAV_H:
                break
            cast.person(s, 56, y + (110 - side) // 2, fp, side)
            s.words(rng, 80 + side, y + 50, 0.6, 2, ink)
            if title == "m":
                s.words(rng, 80 + side, y + 86, 0.45, rng.randrange(3, 6), GREY)
            y += 110
        y += 40
    H5.nav_bar(s)
    return s.finish()


def attach(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat with its attachment drawer open: the header (the contact's 30-42 px face), messages
    (senders' 20-32 px faces in a group, initials on some; a photo with faces 18-60 px), dimmed by
    a 20-40 % scrim on some, then the drawer over the lower 52-65 %: a handle, a grid of three or
    four columns whose first cell is the camera's live view (people with faces 50-130 px, or a
    thing) and the rest recent photos (people with faces 18-60 px, or things), selection circles
    over their upper right (some picked, numbered, the cell framed), and at the foot the drawer's
    tabs or a caption field and a send pill."""
    s = new_screen_for(rng, name, cast.kind("attach"))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 36, STATUS_H + 60, s.accent, back=True)
    fp, side = _size(rng, 30, small(rng, 31, 42), (1.1, 1.25))
    cast.avatar(s, 70, STATUS_H + 60 - side // 2, fp, side, "circle")
    s.words(rng, 90 + side, STATUS_H + 70, 0.75, 2)
    cv2.line(img, (0, STATUS_H + 120), (w, STATUS_H + 120), off(page, 20), 2)
    top = H - NAV_H - round((H - NAV_H - STATUS_H) * rng.uniform(0.52, 0.65))
    chat_window(cast, rng, s, (0, STATUS_H + 120, w, top + 200), page, False)
    if rng.random() < 0.4:
        H5.scrim(s, (0, STATUS_H, w, top), rng.uniform(0.2, 0.4))
    drawer = off(page, 8)
    fill(img, rounded_rect(H - top, w, 40), 0, top, drawer)
    pill(img, w // 2 - 50, top + 14, 100, 10, GREY)
    cols = rng.choice((3, 4))
    t = (w - 4 * (cols - 1)) // cols
    y = top + 40
    foot = H - NAV_H - 130
    k = 0
    picked = 0
    while y < foot:
        for c in range(cols):
            x = c * (t + 4)
            if k == 0:
                cast.photo(s, x, y, t, t, small(rng, 50, min(130, t * 0.6)))
                cv2.rectangle(img, (x + t // 2 - 30, y + t - 70), (x + t // 2 + 30, y + t - 30), WHITE, 3)
                cv2.circle(img, (x + t // 2, y + t - 50), 12, WHITE, 3, cv2.LINE_AA)
            else:
                paste_photo(cast, s, *snapshot(cast, t, t, 18.3, small(rng, 20, 60), 0.7), x, y)
                cc = (x + t - 34, y + 34)
                if rng.random() < 0.25:
                    picked += 1
                    cv2.rectangle(img, (x + 2, y + 2), (x + t - 3, y + t - 3), s.accent, 5)
                    badge(img, cc, 20, s.accent, str(picked), WHITE)
                else:
                    cv2.circle(img, cc, 20, WHITE, 3, cv2.LINE_AA)
            k += 1
        y += t + 4
    fill(img, np.full((H - NAV_H - foot, w), 255, np.uint8), 0, foot, drawer)
    if picked and rng.random() < 0.6:
        pill(img, 30, foot + 30, w - 260, 76, off(drawer, 18))
        s.words(rng, 60, foot + 80, 0.6, 2, GREY)
        pill(img, w - 210, foot + 30, 180, 76, s.accent)
        s.words(rng, w - 170, foot + 80, 0.6, 1, WHITE)
    else:
        for j in range(5):
            c = (round(w * (j + 0.5) / 5), foot + 50)
            cv2.circle(img, c, 32, random_colour(rng, 60, 220), -1, cv2.LINE_AA)
            s.words(rng, c[0] - 40, foot + 116, 0.45, 1, GREY)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
# the apps shown under the island, the chat bubbles and a long press's frosted glass
INNER: tuple[Layout, ...] = (focus, settings, spotlight, attach)
LAYOUTS: tuple[Layout, ...] = (
    depth_lock,
    lock_gallery,
    island,
    chat_heads,
    focus,
    long_press,
    dialer,
    settings,
    spotlight,
    attach,
)
# with people: each twice a round but two
ONCE = (dialer, long_press)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, lock_gallery, chat_heads, attach)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT19_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h19", photos, free, seed, reps)
