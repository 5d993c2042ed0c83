"""Held-out screens, twenty-fourth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-three (heldout.py to heldout23.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a running
track from above, a weekly pill organiser, toy blocks, an empty classroom's chalkboard; nothing with
eyes, a mouth or a mask); every random choice from ``HELDOUT24_SEED``. Faces are pasted through
heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn over a face later
are not the face's; a face with under half of its box left is dropped); the people's places are
filled by heldout11's ``Cast`` (through heldout22's and heldout23's, its screens marked h24-; on
face-free screens pets, objects, textures, initials and this set's drawn things), which counts a
face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not counted, as
everywhere in the bench.

What it adds is faces in health, fitness, education and family apps. Near repeats avoided (see
their docstrings): heldout7's telehealth booking page and heldout2's picture-in-picture call (here
a visit in progress: the doctor's video over the upper half with vital signs' chips over its foot,
an interpreter's bubble, the care team on a sheet), heldout9's live fitness class and heldout4's
game leaderboard (here the coach's video in a box above the ride's metrics, zone-coloured output
bars by 18-30 px faces, one's own row pinned), heldout7's running club feed (here a group run's
recap: the group photo in a carousel, members' faces riding race lanes' progress lines, a tight
kudos stack), heldout7's class people page and watch page and heldout10's kids' lesson path (here a
course's hero with the instructor cut out beside the title, lessons' thumbnails under padlocks and
duration chips, a Q&A with instructor tags), heldout16's tutoring marketplace (here full-width tutor
cards with flag badges over the photo's corner, intro videos and week strips), heldout11's yearbook
and childcare feed (here a parents' app: children's faces to switch, a timetable with teachers'
faces in the lessons' corners, a class photo in a teacher's post, a portfolio under star stickers),
heldout2's friends on a map and heldout19's family page (here geofences drawn under the pins, a
breadcrumb trail, battery chips and a car badge by the pins, two pins overlapping), heldout11's
album scanner and collage (here a child's journal: a turned "on this day" print, months' photos
under scalloped milestone stickers, a growth chart), heldout19's Medical ID and heldout10's transit
pass (here a pharmacy's record: the ID photo in a rounded square under a verified tick, an
insurance card lying flat with the photo again, prescriptions by prescribers' faces); no earlier
set draws a meditation app. Ten layouts:
- a telehealth visit (``telehealth_visit``): the doctor's video (faces 90-380 px) under an
  "encrypted" tag, the name label and vital signs' chips over its foot; the patient's self view
  (40-110 px), dragged half off the edge on 30 %; an interpreter's bubble (30-60 px) on 40 %; the
  controls; the care team (``care_row``: 26-40 px, online dots), who the notes are shared with
  (18-24 px) and the follow-up (30-44 px);
- a connected class's board (``class_board``): the coach's live video (40-200 px, or the studio's
  riders, 14-44 px) with the heart-rate zones' bar over its foot; the ride's metrics; friends in the
  class (18-24 px); the leaderboard (``leader_row``: 18-30 px faces, zone-coloured output bars, high
  fives over some), one's own row pinned over the foot;
- a running club's recap (``run_club``): the group run's photos (``group_run``: a group photo,
  40-130 px, or two rows of runners, 14-70 px) with the next one peeking at the edge and a
  distance sticker; kudos (a tight stack of 18-22 px); race lanes (``lanes``: 20-32 px faces riding
  their progress); comments (20-28 px); the next run's map with a "going" stack (18-24 px);
- a course page (``course_page``): the instructor cut out on the hero (70-260 px), a preview pill
  over the chest; enrolled students (18-24 px), the instructor's row (30-44 px); lessons
  (``lesson_row``: 16:9 thumbnails, 18-56 px, padlocks and duration chips over them); a Q&A
  (``qa_post``: 22-34 px, instructor replies 20-28 px); the enrol bar;
- a language tutors' marketplace (``tutor_market``): the next lesson's card (40-60 px) on 70 %,
  learners like you (18-24 px), tutors' cards (``tutor_row``: photos with 40-90 px faces under a
  flag badge, an online dot and a "Super tutor" ribbon on some, intro videos with 20-60 px faces);
- a school app for parents (``school_app``): one's children (30-46 px); the timetable
  (``timetable``: teachers' 18-26 px faces in the blocks' corners, cut by the edge); a teacher's
  post (28-40 px) with the class photo (two or three rows of six to nine, 14-40 px) and a "seen"
  stack (18-22 px); messages (24-36 px) on half; the portfolio (``portfolio_grid``: 18-80 px, star
  stickers);
- a family locator (``family_map``): geofences and place pins, a breadcrumb trail, the family's face
  pins (22-40 px) with battery chips and a car badge; the sheet's stack (18-24 px), members' rows
  (``member_row``: 36-56 px) and a drive report (24-32 px);
- a child's journal (``baby_journal``): the child (60-100 px) in a pastel ring, followers (18-24
  px); a turned print (``polaroid``: 30-120 px) by a relative's comment (22-30 px); the months' grid
  (14-90 px under milestone stickers and hearts); a growth chart on 40 %;
- a meditation app (``meditation``): the daily session's teacher (60-180 px) in a breathing ring's
  glow; "meditating now" (18-24 px); teachers' circles (40-70 px) cut by the edge; a quote (24-32
  px) on half; session cards (``session_card``: teachers cut out on soft gradients, 36-100 px) and
  sleep stories (drawn views);
- a pharmacy's health record (``health_record``): the ID photo (70-150 px, grey on some) under a
  verified tick; the family's profiles (28-40 px); the insurance card (``insurance_card``: 36-60
  px); prescriptions (``prescription_row``: 20-28 px); vaccinations and a QR code on half;
  appointments (26-40 px); the pharmacist's chat head (40-60 px) on 60 %.
Light, dark and tinted themes (the meditation app mostly at night, on a night-blue gradient on
some); JPEG quality 30-60. Chips, tags, labels, ribbons, badges, flags, padlocks, stickers, pills,
rims and pinned rows take the pixels they cover; a face under them counts while half of its box
shows; glows and geofences are drawn before the faces over them; initials, logos, "+N" discs, place
pins, capsules, cars and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,251 faces (793 under 32 px, 302 of 32-63, 120 of 64-127,
36 larger; 924 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pins, lanes and
thumbnails, round things where a cut-out teacher would be); ``reps=1`` a quarter (18 screens with
351 faces: 236, 84, 23 and 8 by size, 279 under 40 px; 13 face-free). Every layout but the visit
and the record (10 and 9.5 faces a screen on average at 4 reps) is drawn twice a round. Faces by
layout at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    telehealth_visit   4 screens    40 faces:  24,  5,  1, 10
    class_board        8 screens   107 faces:  88, 15,  3,  1
    run_club           8 screens   187 faces: 126, 53,  1,  7
    course_page        8 screens   107 faces:  83, 14,  7,  3
    tutor_market       8 screens   116 faces:  59, 27, 30,  0
    school_app         8 screens   228 faces: 186, 34,  7,  1
    family_map         8 screens    90 faces:  63, 27,  0,  0
    baby_journal       8 screens   206 faces: 107, 61, 34,  4
    meditation         8 screens   132 faces:  34, 55, 35,  8
    health_record      4 screens    38 faces:  23, 11,  2,  2
Counted by running the generator alone (as ``faces_bench.py --only heldout24 --count-only`` does;
no detector).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout7 as H7
import heldout11 as H11
import heldout23 as H23
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, glow, heart, tone
from heldout5 import pill, small, stars
from heldout6 import dots, off, qr
from heldout11 import INK, figure, offscreen, paste_photo, snapshot
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import app_bar, chips, play_button, progress, tab_bar, words
from heldout22 import call_bar, name_label, raised_hand, self_view, stack
from heldout23 import (
    FONT,
    SALE,
    TEAL,
    WIDTH,
    face_pin,
    map_area,
    map_pin,
    new_screen,
    ribbon,
    tag,
    tick_badge,
)

HELDOUT24_SEED = 24242
CALM: Colour = (90, 40, 40)  # a meditation app's night blue (BGR)
ZONES: tuple[Colour, ...] = ((170, 170, 170), (220, 150, 40), (80, 190, 60), (30, 150, 250), (60, 60, 230))
PASTELS: tuple[Colour, ...] = (
    (200, 220, 250),
    (230, 210, 190),
    (200, 235, 210),
    (235, 200, 230),
    (190, 230, 245),
)
RED: Colour = (60, 60, 230)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def running_track(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An athletics track from above: grass round a red (or blue) oval of four to eight lanes in
    white lines, the green infield with a pitch's outline on some, a chequered finish across the
    lanes of one straight."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((70, 140, 80), (60, 125, 70), (150, 165, 175)))
    track = rng.choice(((60, 70, 190), (50, 90, 175), (160, 110, 60)))
    infield = (70, 160, 90)
    m = max(2, round(min(w, h) * 0.06))
    tw, th = w - 2 * m, h - 2 * m
    r = min(tw, th) // 2
    lanes = rng.randrange(4, 9)
    lane = max(2, round(r * 0.55 / lanes))
    t = max(1, lane // 7)
    for k in range(lanes + 1):
        d = k * lane
        if min(tw, th) - 2 * d <= 2 * t + 2:
            break
        fill(img, rounded_rect(th - 2 * d, tw - 2 * d, max(1, r - d)), m + d, m + d, WHITE)
        inner = (th - 2 * d - 2 * t, tw - 2 * d - 2 * t, max(1, r - d - t))
        fill(img, rounded_rect(*inner), m + d + t, m + d + t, track if k < lanes else infield)
    d = lanes * lane + t
    if rng.random() < 0.6 and tw - 2 * d > 4 * lane and th - 2 * d > 4 * lane:  # a pitch's lines
        cv2.rectangle(img, (m + d + lane, m + d + lane), (w - m - d - lane, h - m - d - lane), WHITE, t)
        if tw > th:
            cv2.line(img, (w // 2, m + d + lane), (w // 2, h - m - d - lane), WHITE, t)
        else:
            cv2.line(img, (m + d + lane, h // 2), (w - m - d - lane, h // 2), WHITE, t)
    sq = max(1, lane // 3)
    if tw >= th:  # the finish across the lower straight
        x0 = w // 2 + rng.randrange(-tw // 6, tw // 6 + 1)
        for j, yy in enumerate(range(h - m - lanes * lane, h - m, sq)):
            for i in range(2):
                if (i + j) % 2 == 0:
                    cv2.rectangle(img, (x0 + i * sq, yy), (x0 + (i + 1) * sq - 1, yy + sq - 1), WHITE, -1)
    return img


def capsule(
    img: np.ndarray, c: tuple[int, int], length: int, angle: float, colours: tuple[Colour, Colour]
) -> None:
    """A two-tone capsule (a round-ended bar in two halves) centred on ``c``, turned by ``angle``."""
    dx, dy = np.cos(np.radians(angle)) * length / 2, np.sin(np.radians(angle)) * length / 2
    a = (round(c[0] - dx), round(c[1] - dy))
    b = (round(c[0] + dx), round(c[1] + dy))
    t = max(2, length // 3)
    cv2.line(img, a, c, colours[0], t, cv2.LINE_AA)
    cv2.line(img, c, b, colours[1], t, cv2.LINE_AA)


def pill_organiser(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A weekly pill organiser from above on a table: one or two rows of seven lidded compartments
    in rainbow colours with the days' letters, some open with capsules in them, a few capsules
    spilled on the table (elongated, never round pairs)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 150, 235), random_colour(rng, 130, 225))
    rows = 1 if w >= h * 0.8 else 2
    cell = min(w * 0.9 / 7, h * 0.8 / (rows * 1.15))
    x0 = round((w - cell * 7) / 2)
    y0 = round((h - cell * 1.15 * rows) / 2)
    lids = [
        (60, 60, 220),
        (40, 140, 250),
        (40, 210, 240),
        (80, 190, 80),
        (200, 150, 40),
        (170, 80, 120),
        (150, 80, 200),
    ]
    for r in range(rows):
        yy = y0 + round(r * cell * 1.15)
        fill(
            img,
            rounded_rect(round(cell * 1.05), round(cell * 7), max(2, round(cell / 6))),
            x0,
            yy,
            (235, 235, 238),
        )
        for k in range(7):
            cx = x0 + round(k * cell)
            inset = max(1, round(cell * 0.06))
            side = max(2, round(cell - 2 * inset))
            if rng.random() < 0.35:  # open: the compartment and its capsules
                fill(
                    img, rounded_rect(side, side, max(1, side // 5)), cx + inset, yy + inset, (215, 215, 220)
                )
                for _ in range(rng.randrange(1, 3)):
                    capsule(
                        img,
                        (
                            cx + inset + rng.randrange(side // 4, 3 * side // 4 + 1),
                            yy + inset + rng.randrange(side // 4, 3 * side // 4 + 1),
                        ),
                        max(4, round(side * 0.45)),
                        rng.uniform(0, 180),
                        (random_colour(rng, 40, 230), WHITE),
                    )
            else:
                fill(img, rounded_rect(side, side, max(1, side // 5)), cx + inset, yy + inset, lids[k])
                scale = max(0.2, side / 60)
                (lw, lh), _ = cv2.getTextSize("MTWTFSS"[k], FONT, scale, max(1, side // 25))
                cv2.putText(
                    img, "MTWTFSS"[k], (cx + inset + (side - lw) // 2, yy + inset + (side + lh) // 2),
                    FONT, scale, WHITE, max(1, side // 25), cv2.LINE_AA,
                )  # fmt: skip
    for _ in range(rng.randrange(1, 4)):
        capsule(
            img,
            (rng.randrange(w), rng.choice((rng.randrange(max(1, y0)), rng.randrange(min(h - 1, h - y0), h)))),
            max(4, round(cell * 0.4)),
            rng.uniform(0, 180),
            (random_colour(rng, 40, 230), random_colour(rng, 150, 250)),
        )
    return img


def toy_blocks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Wooden toy blocks stacked in a pyramid on a playroom floor: each a front square in a bright
    colour with a letter or a figure, a lighter top and a darker side, a rug's stripe."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.7, 0.82))
    img[:floor] = random_colour(rng, 170, 245)
    img[floor:] = rng.choice(((120, 160, 200), (100, 130, 170), (170, 180, 190)))
    cv2.rectangle(
        img, (0, floor + (h - floor) // 3), (w, floor + (h - floor) // 2), random_colour(rng, 60, 220), -1
    )
    base = rng.randrange(2, 5)
    s = max(4, round(min(w * 0.8 / (base + 0.3), floor * 0.85 / (base + 0.3))))
    d = max(1, s // 4)  # the depth's offset (up and right)
    x0 = round((w - base * s) / 2 + rng.uniform(-0.05, 0.05) * w)
    for row in range(base):
        n = base - row
        for k in range(n):
            x = x0 + round((row / 2 + k) * s)
            y = floor + round(s * 0.1) - (row + 1) * s
            colour = random_colour(rng, 40, 230)
            top = np.array([[x, y], [x + d, y - d], [x + s + d, y - d], [x + s, y]], np.int32)
            side = np.array(
                [[x + s, y], [x + s + d, y - d], [x + s + d, y + s - d], [x + s, y + s]], np.int32
            )
            cv2.fillPoly(img, [top], tone(colour, 45), cv2.LINE_AA)
            cv2.fillPoly(img, [side], tone(colour, -45), cv2.LINE_AA)
            cv2.rectangle(img, (x, y), (x + s - 1, y + s - 1), colour, -1)
            cv2.rectangle(
                img,
                (x + s // 10, y + s // 10),
                (x + s - 1 - s // 10, y + s - 1 - s // 10),
                tone(colour, 35),
                max(1, s // 20),
            )
            ch = rng.choice("ABCDEFHKLMNRSTXZ1234579")
            scale = s / 48
            (cw, chh), _ = cv2.getTextSize(ch, FONT, scale, max(1, s // 14))
            cv2.putText(
                img,
                ch,
                (x + (s - cw) // 2, y + (s + chh) // 2),
                FONT,
                scale,
                WHITE,
                max(1, s // 14),
                cv2.LINE_AA,
            )
    return img


def chalkboard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty classroom's front: a wall, a green or slate chalkboard in a wooden frame with chalk
    sums, underlines and a triangle on it, the chalk tray, and the tops of empty desks in rows in
    front."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((200, 215, 225), (180, 200, 210), (215, 225, 215), (170, 190, 220)))
    bx1, by1, bx2, by2 = round(w * 0.08), round(h * 0.08), round(w * 0.92), round(h * 0.55)
    wood = (60, 100, 150)
    cv2.rectangle(
        img,
        (bx1 - max(2, w // 80), by1 - max(2, w // 80)),
        (bx2 + max(2, w // 80), by2 + max(2, w // 80)),
        wood,
        -1,
    )
    board = rng.choice(((70, 100, 50), (60, 60, 55), (80, 90, 40)))
    cv2.rectangle(img, (bx1, by1), (bx2, by2), board, -1)
    chalk = (225, 230, 230)
    scale = max(0.25, (by2 - by1) / 160)
    t = max(1, round(scale * 1.5))
    yy = by1 + round((by2 - by1) * 0.3)
    for _ in range(rng.randrange(1, 3)):
        a, b = rng.randrange(2, 40), rng.randrange(2, 40)
        cv2.putText(
            img,
            f"{a} + {b} = {a + b}",
            (bx1 + round((bx2 - bx1) * 0.08), yy),
            FONT,
            scale,
            chalk,
            t,
            cv2.LINE_AA,
        )
        yy += round((by2 - by1) * 0.3)
    tx = bx1 + round((bx2 - bx1) * rng.uniform(0.62, 0.72))
    tri = np.array(
        [
            [tx, by2 - (by2 - by1) // 6],
            [tx + (bx2 - bx1) // 5, by2 - (by2 - by1) // 6],
            [tx + (bx2 - bx1) // 12, by1 + (by2 - by1) // 5],
        ],
        np.int32,
    )
    cv2.polylines(img, [tri], True, chalk, t, cv2.LINE_AA)
    cv2.rectangle(img, (bx1, by2 + max(2, w // 80)), (bx2, by2 + max(4, w // 40)), tone(wood, -20), -1)
    desk = (70, 120, 170)
    for row in range(2):
        top = round(h * (0.7 + row * 0.16))
        dh = round(h * (0.07 + row * 0.03))
        n = 3 if row == 0 else 2
        gap = w / (n + 1)
        for k in range(n):
            cx = round(gap * (k + 1))
            half_top, half_foot = round(gap * (0.3 + row * 0.08)), round(gap * (0.36 + row * 0.1))
            poly = np.array(
                [
                    [cx - half_top, top],
                    [cx + half_top, top],
                    [cx + half_foot, top + dh],
                    [cx - half_foot, top + dh],
                ],
                np.int32,
            )
            cv2.fillPoly(img, [poly], tone(desk, row * 15), cv2.LINE_AA)
            cv2.rectangle(
                img,
                (cx - half_foot + 4, top + dh),
                (cx - half_foot + 4 + max(2, w // 100), min(h - 1, top + dh + round(h * 0.08))),
                (60, 60, 60),
                -1,
            )
    return img


RENDERS: tuple[H11.Render, ...] = (running_track, pill_organiser, toy_blocks, chalkboard)


@dataclass
class Cast(H23.Cast):
    """heldout23's cast (heldout22's: a scene of people or a thing; half of a face's box showing
    counts it), its screens marked h24-, whose drawn things are this set's: a running track from
    above, a weekly pill organiser, toy blocks, an empty classroom's chalkboard."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h24-" + super().kind(layout).removeprefix("h23-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def vital_chip(img: np.ndarray, x: int, y: int, text: str, colour: Colour) -> int:
    """A vital sign's chip over a video's foot (a heart rate, an oxygen level): a dark pill with a
    heart and the value (it takes the pixels it covers). Returns its right end."""
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.6, 1)
    bw = tw + 60
    pill(img, x, y, bw, 44, (35, 35, 40))
    heart(img, (x + 26, y + 24), 10, colour)
    cv2.putText(img, text, (x + 46, y + 30), FONT, 0.6, WHITE, 1, cv2.LINE_AA)
    return x + bw


def round_buttons(s: Screen, rng: random.Random, y: int, h: int, back: Colour) -> None:
    """A visit's controls in a band ``h`` high from ``y``: four round buttons (mic, camera, chat,
    files) and a red end-call pill."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + h), back, -1)
    ink = WHITE if sum(back) < 384 else INK
    for k in range(4):
        c = (80 + k * 170, y + h // 2)
        cv2.circle(img, c, 42, off(back, 30), -1, cv2.LINE_AA)
        icon(img, rng, c, 17, ink)
    pill(img, WIDTH - 250, y + h // 2 - 38, 220, 76, RED)
    note(img, "End visit", (WIDTH - 214, y + h // 2 + 10), 0.75, WHITE, 2)


def flag_badge(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A country's flag in a disc over an avatar's corner (a tutor's first language): three stripes
    across or down, in a ring of ``rim`` (it takes the pixels it covers)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    side = 2 * r
    piece = np.zeros((side, side, 3), np.uint8)
    across = rng.random() < 0.5
    for k in range(3):
        colour = random_colour(rng, 30, 245)
        if across:
            piece[k * side // 3 : (k + 1) * side // 3] = colour
        else:
            piece[:, k * side // 3 : (k + 1) * side // 3] = colour
    blit(img, piece, c[0] - r, c[1] - r, C.shape_mask(side, "circle"))


def lock_glyph(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A locked lesson's padlock on a dark disc (over a thumbnail's middle)."""
    cv2.circle(img, c, r, (35, 35, 35), -1, cv2.LINE_AA)
    t = max(2, r // 7)
    cv2.ellipse(img, (c[0], c[1] - r // 8), (r // 3, r // 3), 0, 180, 360, WHITE, t, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r // 2, c[1] - r // 8), (c[0] + r // 2, c[1] + r // 2), WHITE, -1)


def month_sticker(img: np.ndarray, c: tuple[int, int], r: int, text: str, colour: Colour) -> None:
    """A milestone sticker over a photo's corner (a baby's "3 mo"): a scalloped pastel disc with the
    text (it takes the pixels it covers)."""
    pts = [
        (
            c[0] + (r if k % 2 == 0 else r * 0.88) * np.cos(k * np.pi / 12),
            c[1] + (r if k % 2 == 0 else r * 0.88) * np.sin(k * np.pi / 12),
        )
        for k in range(24)
    ]
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)
    scale = r / (12 * len(text) + 12)
    (tw, th), _ = cv2.getTextSize(text, FONT, scale, max(1, r // 14))
    cv2.putText(img, text, (c[0] - tw // 2, c[1] + th // 2), FONT, scale, INK, max(1, r // 14), cv2.LINE_AA)


def zone_bar(img: np.ndarray, x: int, y: int, w: int, h: int, now: int) -> None:
    """Five heart-rate zones as segments across ``w`` (grey to red), the current one taller."""
    seg = w // 5
    for k, colour in enumerate(ZONES):
        top = y - (h // 2 if k == now else 0)
        cv2.rectangle(img, (x + k * seg + 2, top), (x + (k + 1) * seg - 2, y + h), colour, -1)


def battery_chip(img: np.ndarray, x: int, y: int, level: int, back: Colour) -> None:
    """A phone's battery beside a family member's pin: a small pill with a battery glyph (red when
    low) and the percentage."""
    pill(img, x, y, 118, 36, back)
    ink = INK if sum(back) > 384 else WHITE
    cv2.rectangle(img, (x + 12, y + 11), (x + 42, y + 25), ink, 2)
    cv2.rectangle(img, (x + 43, y + 15), (x + 46, y + 21), ink, -1)
    cv2.rectangle(
        img, (x + 14, y + 13), (x + 14 + round(26 * level / 100), y + 23), RED if level < 20 else GREEN, -1
    )
    cv2.putText(img, f"{level}%", (x + 54, y + 26), FONT, 0.55, ink, 1, cv2.LINE_AA)


def geofence(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A saved place's zone on a map: a translucent disc in a ring (drawn before the pins)."""
    x1, y1, x2, y2 = max(0, c[0] - r), max(0, c[1] - r), min(WIDTH, c[0] + r + 1), min(H, c[1] + r + 1)
    if x2 <= x1 or y2 <= y1:
        return
    part = img[y1:y2, x1:x2]
    layer = part.copy()
    cv2.circle(layer, (c[0] - x1, c[1] - y1), r, colour, -1, cv2.LINE_AA)
    img[y1:y2, x1:x2] = cv2.addWeighted(part, 0.72, layer, 0.28, 0)
    cv2.circle(img, c, r, colour, 3, cv2.LINE_AA)


def place_pin(img: np.ndarray, rng: random.Random, tip: tuple[int, int], colour: Colour, label: str) -> None:
    """A saved place's pin (home, school, the gym): a disc with a line glyph and a label under it."""
    c = map_pin(img, tip, 26, colour)
    icon(img, rng, c, 12, WHITE)
    (tw, _th), _ = cv2.getTextSize(label, FONT, 0.5, 1)
    pill(img, tip[0] - tw // 2 - 12, tip[1] + 6, tw + 24, 32, WHITE)
    cv2.putText(img, label, (tip[0] - tw // 2, tip[1] + 29), FONT, 0.5, INK, 1, cv2.LINE_AA)


def polaroid(
    cast: Cast, pw: int, lo: float, hi: float, angle: float
) -> tuple[np.ndarray, list[C.BoxF], np.ndarray]:
    """An "on this day" print: a ``pw`` px square snapshot (people with faces ``lo``-``hi`` px, or a
    thing) in a white border with a wide foot, turned by ``angle`` degrees; with its faces and where
    it lies."""
    b = max(8, pw // 14)

    def draw(sc: Screen) -> None:
        sc.img[:] = (246, 246, 244)
        piece, faces = snapshot(cast, pw, pw, lo, hi, 0.95)
        paste_photo(cast, sc, piece, faces, b, b)

    piece, faces = offscreen(pw + 2 * b, pw + 5 * b, draw)
    return H11.turned(piece, faces, angle)


def chart_line(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colour: Colour) -> None:
    """A growth chart: three percentile curves in grey and the child's measurements as dots joined
    by a line in ``colour``."""
    x1, y1, x2, y2 = rect
    cv2.line(img, (x1, y2), (x2, y2), GREY, 2)
    cv2.line(img, (x1, y1), (x1, y2), GREY, 2)
    xs = np.linspace(x1 + 10, x2 - 10, 24)
    for p in (0.25, 0.5, 0.75):
        ys = y2 - (y2 - y1) * (p * 0.6 + 0.3 * np.sqrt((xs - x1) / (x2 - x1)) * (0.5 + p))
        cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, (190, 190, 190), 2, cv2.LINE_AA)
    p = rng.uniform(0.3, 0.7)
    n = rng.randrange(4, 9)
    pts = []
    for k in range(n):
        x = x1 + 10 + (x2 - x1 - 20) * k / (n - 1) * rng.uniform(0.6, 0.9)
        y = y2 - (y2 - y1) * (p * 0.6 + 0.3 * np.sqrt((x - x1) / (x2 - x1)) * (0.5 + p)) + rng.uniform(-6, 6)
        pts.append((round(x), round(y)))
    cv2.polylines(img, [np.array(pts, np.int32)], False, colour, 3, cv2.LINE_AA)
    for pt in pts:
        cv2.circle(img, pt, 6, colour, -1, cv2.LINE_AA)


def profiles(
    cast: Cast, rng: random.Random, s: Screen, y: int, n: int, lo: float, hi: float, person: bool
) -> int:
    """A row of ``n`` round faces (``lo``-``hi`` px; initials on some with ``person``) from the
    left, the first, the chosen profile, in a ring of the accent (a parent's children, a family's
    records). Returns the x right of the row."""
    x = 30
    for k in range(n):
        fp, sd = _size(rng, lo, small(rng, lo + 1, hi), (1.2, 1.4))
        if k == 0:
            cv2.circle(s.img, (x + sd // 2, y + sd // 2), sd // 2 + 7, s.accent, 4, cv2.LINE_AA)
        (cast.person if person else cast.avatar)(s, x, y, fp, sd, "circle")
        x += sd + 30
    return x


def section(s: Screen, y: int, text: str, more: bool = True) -> int:
    """A section's heading at ``y`` with "See all" at the right on some. Returns the y under it."""
    heading(s, 30, y + 32, text, 0.85)
    if more:
        note(s.img, "See all", (WIDTH - 130, y + 30), 0.6, s.accent, 2)
    return y + 56


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def care_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A care team's member: the 26-40 px face (initials on some) with an "online" dot over its
    lower right on half, the name, a role chip, a message glyph. Returns the row's height."""
    img, page = s.img, s.bg
    sd = face_avatar(cast, s, rng, 30, y, 26, 40, (1.15, 1.35), "circle", person=True)
    if rng.random() < 0.5:
        badge(img, (30 + sd - max(5, sd // 9), y + sd - max(5, sd // 9)), max(5, sd // 9), GREEN, "", page)
    note(
        img,
        " ".join(rng.choice(C.WORDS).title() for _ in range(2))[:20],
        (54 + sd, y + sd // 2 - 4),
        0.65,
        s.fg,
        2,
    )
    role = rng.choice(("Nurse", "GP", "Physio", "Dietitian", "Pharmacist", "Midwife"))
    (tw, _th), _ = cv2.getTextSize(role, FONT, 0.5, 1)
    pill(img, 54 + sd, y + sd // 2 + 8, tw + 28, 34, off(page, 22))
    note(img, role, (68 + sd, y + sd // 2 + 32), 0.5, s.fg)
    icon(img, rng, (WIDTH - 70, y + sd // 2), 18, s.accent)
    return max(sd, 80) + 22


def telehealth_visit(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A telehealth visit in progress: the call's bar (the doctor's name, the timer, REC on some);
    the doctor's video across the upper half (faces 90-380 px) with an "encrypted" tag over its top,
    the doctor's name label and the patient's vital signs' chips over its foot; the patient's self
    view (faces 40-110 px) at its upper right, dragged half off the edge on 30 %; an interpreter's
    round bubble (faces 30-60 px) with a language badge on 40 %; the controls; a sheet with the
    visit's tabs, the care team (``care_row``: 26-40 px faces, online dots, role chips), who the
    notes are shared with (a stack of 18-24 px faces, "+N") and the follow-up booked with the doctor
    (a 30-44 px face)."""
    s = new_screen(rng, name, cast.kind("telehealth"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    doctor = "Dr. " + rng.choice(C.WORDS).title()
    y = call_bar(s, rng, doctor)
    vh = rng.randrange(760, 941)
    cv2.rectangle(img, (0, y), (WIDTH, y + vh), (30, 32, 36), -1)
    cast.photo(s, 0, y, WIDTH, vh, small(rng, 90, 380))
    tag(img, 24, y + 20, "Encrypted", (40, 40, 40), 34)
    x = 24
    for text, colour in rng.sample(
        [
            (f"{rng.randrange(58, 110)} bpm", RED),
            (f"SpO2 {rng.randrange(93, 100)}%", TEAL),
            (f"{rng.randrange(105, 150)}/{rng.randrange(65, 95)}", GOLD),
        ],
        rng.randrange(1, 4),
    ):
        x = vital_chip(img, x, y + vh - 64, text, colour) + 12
    name_label(img, doctor, 24, y + vh - 84, 42)
    vw = rng.randrange(230, 291)
    svh = round(vw * rng.uniform(1.25, 1.45))
    sx = WIDTH - vw - 28 if rng.random() < 0.7 else WIDTH - round(vw * rng.uniform(0.45, 0.6))
    self_view(cast, s, rng, sx, y + 28, vw, svh)
    if rng.random() < 0.4:  # an interpreter joined
        side = rng.randrange(100, 131)
        bx, by = WIDTH - side - 36, y + vh - side - 110
        cv2.circle(img, (bx + side // 2, by + side // 2), side // 2 + 5, WHITE, -1, cv2.LINE_AA)
        cast.avatar(s, bx, by, min(60.0, max(30.0, side / rng.uniform(1.7, 2.4))), side, "circle")
        badge(img, (bx + side - 14, by + side - 14), 18, TEAL, rng.choice(("ES", "FR", "AR", "PL")), WHITE)
    y += vh
    round_buttons(s, rng, y, 130, (34, 34, 38))
    y += 120
    H5.sheet(img, y, page)
    y += 50
    chips(img, rng, 30, y, 3, 52, (150, 220), off(page, 18), s.fg)
    y += 80
    y = section(s, y, "Care team")
    foot = H - NAV_H - 100
    for _ in range(rng.randrange(3, 6)):
        if y + 100 > foot:
            break
        y += care_row(cast, rng, s, y)
    if y + 70 < foot:
        note(img, "Notes shared with", (30, y + 30), 0.6, GREY)
        stack(cast, s, rng, 290, y, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 5))
        y += 80
    if y + 150 < foot:  # the follow-up booked with the doctor
        fill(img, rounded_rect(120, WIDTH - 60, 18), 30, y, off(page, 12))
        sd = face_avatar(cast, s, rng, 54, y + 20, 30, 44, (1.2, 1.4), "rounded")
        note(img, "Follow-up", (78 + sd, y + 50), 0.65, s.fg, 2)
        when = f"{rng.randrange(1, 29)} {rng.choice(('Jun', 'Jul', 'Aug'))}, {rng.randrange(8, 18)}:00"
        note(img, when, (78 + sd, y + 88), 0.55, GREY)
        pill(img, WIDTH - 230, y + 30, 170, 60, s.accent)
        note(img, "Change", (WIDTH - 190, y + 70), 0.6, WHITE, 2)
        y += 150
    while y + 40 < foot:
        s.words(rng, 30, y + 20, 0.6, rng.randrange(4, 9))
        y += 40
    H5.nav_bar(s)
    return s.finish()


def leader_row(
    cast: Cast, rng: random.Random, s: Screen, y: int, rank: int, share: float, back: Colour | None
) -> int:
    """A leaderboard's row: the rank, the rider's 18-30 px face (initials on some), the name, the
    output as a bar in the rider's heart-rate zone's colour and its figure; a high five over the
    face's upper right on some. ``back``: the row's own colour (one's own row). Returns its height."""
    img = s.img
    rh = 76
    if back is not None:
        cv2.rectangle(img, (0, y), (WIDTH, y + rh), back, -1)
    ink = WHITE if back is not None and sum(back) < 384 else s.fg
    note(img, str(rank), (30, y + rh // 2 + 10), 0.7, ink, 2)
    sd = face_avatar(cast, s, rng, 100, y + (rh - 44) // 2, 18.3, 30, (1.1, 1.25), "circle", person=True)
    if rng.random() < 0.15:
        raised_hand(img, (100 + sd - 4, y + (rh - 44) // 2 + 4), 12)
    note(img, rng.choice(C.WORDS).title()[:10], (124 + sd, y + rh // 2 + 8), 0.6, ink)
    bx = 380
    zone = rng.choices(range(5), (1, 2, 4, 3, 2))[0]
    cv2.rectangle(
        img, (bx, y + rh // 2 - 9), (bx + round((WIDTH - 560) * share), y + rh // 2 + 9), ZONES[zone], -1
    )
    note(img, str(round(180 + 420 * share)), (WIDTH - 140, y + rh // 2 + 10), 0.7, ink, 2)
    return rh


def class_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cycling or rowing class on a connected machine: the coach's live video at the top (the
    coach, faces 40-200 px, or on 35 % the studio with riders, 14-44 px) with a "LIVE" tag and the
    timer over it and the heart-rate zones' bar over its foot; cadence, resistance and output in
    three boxes; friends in this class (a stack of 18-24 px faces); the leaderboard's filter chips
    and rows (``leader_row``: 18-30 px faces, zone-coloured output bars, high fives over some);
    one's own row pinned over the foot in the accent (an 18-30 px face)."""
    s = new_screen(rng, name, cast.kind("classboard"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = rng.randrange(440, 581)
    if rng.random() < 0.65:
        cast.photo(s, 0, y, WIDTH, vh, small(rng, 40, 200))
    else:
        piece, faces = snapshot(cast, WIDTH, vh, 14, 44, 0.95)
        paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 24, y + 20, "LIVE", RED, 40)
    pill(img, WIDTH - 190, y + 20, 160, 44, (30, 30, 30))
    note(img, f"{rng.randrange(5, 45)}:{rng.randrange(60):02d}", (WIDTH - 160, y + 52), 0.7, WHITE, 2)
    zone_bar(img, 0, y + vh - 14, WIDTH, 14, rng.randrange(5))
    y += vh + 20
    bw = (WIDTH - 80) // 3
    for k, (label, value) in enumerate(
        (
            ("Cadence", rng.randrange(60, 110)),
            ("Resistance", rng.randrange(20, 70)),
            ("Output", rng.randrange(80, 320)),
        )
    ):
        x = 30 + k * (bw + 10)
        fill(img, rounded_rect(120, bw, 16), x, y, off(page, 14))
        note(img, label, (x + 20, y + 36), 0.55, GREY)
        cv2.putText(img, str(value), (x + 20, y + 96), FONT, 1.5, s.fg, 3, cv2.LINE_AA)
    y += 150
    if rng.random() < 0.8:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 6), 18.3, 24, page, rng.randrange(0, 9))
        note(img, "friends in this class", (end + 14, y + 26), 0.55, GREY)
        y += 60
    heading(s, 30, y + 30, f"Leaderboard  {rng.randrange(40, 4000):,}", 0.8)
    y += 50
    chips(img, rng, 30, y, 3, 46, (120, 190), off(page, 18), s.fg)
    y += 66
    foot = H - NAV_H - 90
    rank = rng.randrange(1, 40)
    share = rng.uniform(0.85, 1.0)
    while y + 76 < foot:
        y += leader_row(cast, rng, s, y, rank, share, None)
        rank += 1
        share *= rng.uniform(0.9, 0.99)
    cv2.rectangle(img, (0, foot - 4), (WIDTH, H - NAV_H), page, -1)
    leader_row(cast, rng, s, foot, rank + rng.randrange(5, 300), share * rng.uniform(0.5, 0.95), s.accent)
    H5.nav_bar(s)
    return s.finish()


def lanes(cast: Cast, rng: random.Random, s: Screen, y: int, n: int) -> int:
    """A club challenge's race lanes: ``n`` tracks, each member's round face (20-32 px, in a white
    rim) riding the point of their progress along it, the kilometres at the right. Returns the
    height."""
    img, page = s.img, s.bg
    goal = rng.choice((50, 100, 150, 200))
    fp, side = _size(rng, 20, small(rng, 21, 32), (1.1, 1.25))
    lane_h = side + 26
    fill(img, rounded_rect(n * lane_h + 100, WIDTH - 60, 20), 30, y, off(page, 10))
    note(img, f"June challenge: {goal} km", (60, y + 44), 0.7, s.fg, 2)
    y += 70
    shares = sorted((rng.uniform(0.15, 1.0) for _ in range(n)), reverse=True)
    for k, share in enumerate(shares):
        cy = y + k * lane_h + lane_h // 2
        x1, x2 = 100, WIDTH - 200
        note(img, str(k + 1), (56, cy + 8), 0.6, GREY, 2)
        cv2.line(img, (x1, cy), (x2, cy), off(page, 40), 10, cv2.LINE_AA)
        cx = round(x1 + (x2 - x1) * share)
        cv2.line(img, (x1, cy), (cx, cy), s.accent, 10, cv2.LINE_AA)
        cast.avatar(s, cx - side // 2, cy - side // 2, fp * rng.uniform(0.92, 1.0), side, "circle", WHITE)
        note(img, f"{round(goal * share)} km", (WIDTH - 170, cy + 8), 0.6, s.fg)
    return n * lane_h + 100


def group_run(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[C.BoxF]]:
    """The group after a run: on a third a held-out photo of two to seven people scaled to cover the
    frame (faces 40-130 px), else two rows of runners across it (faces 34-70 px at the front, about
    half that at the back; under 18 px not counted)."""
    if cast.photos and rng.random() < 0.33:
        return H11.group_photo(cast, w, h)
    hi = small(rng, 34, 70)
    return H11.gathering(
        cast, w, h, hi * rng.uniform(0.45, 0.6), hi, 2, 0, (1.8, 2.6), rng.uniform(0.0, 0.15)
    )


def run_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A running club's recap of a group run: the club's name and a follow pill; a carousel of the
    run's photos (``group_run``: the group after the finish, faces 14-130 px, those under 18 px not
    counted; the next photo, a cut of another snapshot with faces 14-48 px, peeking at the right
    edge), a distance sticker over the first one's lower left, page dots; the stats; kudos (a tight
    stack of five to eight 18-22 px faces, "+N"); the club challenge's race lanes (``lanes``: faces
    20-32 px riding their progress lines); comments by 20-28 px faces; the next run's map tile with
    its route and a "going" stack (18-24 px)."""
    s = new_screen(rng, name, cast.kind("runclub"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    heading(s, 80, STATUS_H + 70, rng.choice(("Sunrise", "Riverside", "Hill", "Park")) + " Runners", 1.1)
    pill(img, WIDTH - 190, STATUS_H + 28, 160, 56, s.accent)
    note(img, "Joined", (WIDTH - 150, STATUS_H + 66), 0.65, WHITE, 2)
    y = STATUS_H + 120
    pw, ph = WIDTH - 150, rng.randrange(500, 621)
    piece, faces = group_run(cast, rng, pw, ph)
    paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 20))
    cut_photo(cast, rng, s, 46 + pw, y, pw, ph, 14, 48, rounded_rect(ph, pw, 20), 0.9)
    pill(img, 50, y + ph - 76, 190, 56, (30, 30, 30))
    note(img, f"{rng.randrange(5, 22)}.{rng.randrange(10)} km", (76, y + ph - 38), 0.8, WHITE, 2)
    dots(img, WIDTH // 2, y + ph + 26, rng.randrange(3, 7), 0, s.accent, GREY)
    y += ph + 60
    for k, (value, label) in enumerate(
        (
            (f"{rng.randrange(4, 7)}:{rng.randrange(60):02d} /km", "Pace"),
            (f"{rng.randrange(20, 400)} m", "Elevation"),
            (f"{rng.randrange(8, 80)}", "Runners"),
        )
    ):
        note(img, label, (30 + k * 340, y + 20), 0.55, GREY)
        note(img, value, (30 + k * 340, y + 60), 0.85, s.fg, 2)
    y += 90
    end = stack(cast, s, rng, 30, y, rng.randrange(5, 9), 18.3, 22, page, rng.randrange(3, 60), (0.5, 0.62))
    note(img, "gave kudos", (end + 14, y + 24), 0.55, GREY)
    y += 60
    foot = H - NAV_H - 120
    n = rng.randrange(4, 8)
    y += lanes(cast, rng, s, y, n) + 30
    while y + 90 < foot - (380 if rng.random() < 0.5 else 0):
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
        note(img, rng.choice(C.WORDS).title(), (50 + sd, y + 20), 0.6, s.fg, 2)
        s.words(rng, 50 + sd, y + 52, 0.55, rng.randrange(3, 7), GREY)
        y += max(sd, 56) + 26
    if y + 300 < foot:  # the next run
        th = min(foot - y - 20, rng.randrange(240, 320))
        H7.map_tile(img, rng, (30, y, WIDTH - 30, y + th), sum(page) < 384)
        H7.route(img, rng, (30, y, WIDTH - 30, y + th))
        fill(img, rounded_rect(70, 420, 35), 50, y + th - 90, WHITE)
        end = stack(cast, s, rng, 62, y + th - 80, rng.randrange(2, 5), 18.3, 24, WHITE)
        note(img, "going Sat", (end + 12, y + th - 46), 0.55, INK)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def lesson_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int, watched: bool) -> int:
    """A course's lesson: a 16:9 thumbnail of the instructor teaching (faces 18-56 px, or the
    subject: a board, a thing) with a duration chip over its lower right, a padlock over the middle
    of locked ones; the number and title, a progress bar under watched ones, a tick. Returns its
    height."""
    img = s.img
    tw, th = 224, 126
    m = rounded_rect(th, tw, 12)
    if rng.random() < 0.7:
        cast.photo(s, 30, y, tw, th, small(rng, 18.3, 56), m)
    else:
        blit(img, H11.render(rng, tw, th, (chalkboard,)), 30, y, m) if rng.random() < 0.5 else cast.thing(
            s, 30, y, tw, th, m
        )
    note_w = f"{rng.randrange(2, 30)}:{rng.randrange(60):02d}"
    pill(img, 30 + tw - 92, y + th - 40, 84, 32, (20, 20, 20))
    note(img, note_w, (30 + tw - 80, y + th - 16), 0.5, WHITE)
    locked = not watched and rng.random() < 0.35
    if locked:
        lock_glyph(img, (30 + tw // 2, y + th // 2), 24)
    note(img, f"{k}. " + words(rng, 3).title()[:22], (280, y + 44), 0.65, s.fg, 2)
    note(img, rng.choice(("Video", "Video - quiz", "Video - notes")), (280, y + 82), 0.5, GREY)
    if watched:
        progress(img, 280, y + 104, 380, rng.uniform(0.3, 1.0), s.accent, off(s.bg, 30), 8)
        badge(img, (WIDTH - 70, y + th // 2), 20, GREEN, "check")
    else:
        play_button(img, (WIDTH - 70, y + th // 2), 26, off(s.bg, 20), s.fg)
    return th + 24


def qa_post(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A course's Q&A: a student's question by a 22-34 px face (initials on some), upvotes, and on
    half the instructor's reply indented by a 20-28 px face with an "Instructor" tag. Returns the y
    under it."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 22, 34, (1.1, 1.3), "circle", person=True)
    note(img, rng.choice(C.WORDS).title(), (50 + sd, y + 20), 0.6, s.fg, 2)
    s.words(rng, 50 + sd, y + 54, 0.55, rng.randrange(4, 8))
    note(img, f"^ {rng.randrange(0, 90)}", (WIDTH - 120, y + 24), 0.6, GREY, 2)
    y += max(sd, 60) + 24
    if rng.random() < 0.5 and y + 80 < foot:
        cv2.line(img, (30 + sd // 2, y - 20), (30 + sd // 2, y + 20), off(s.bg, 30), 3)
        rd = face_avatar(cast, s, rng, 80, y, 20, 28, (1.1, 1.25), "circle")
        note(img, rng.choice(C.WORDS).title(), (96 + rd, y + 20), 0.6, s.fg, 2)
        tag(img, 230 + rd, y, "Instructor", s.accent, 30)
        s.words(rng, 96 + rd, y + 52, 0.55, rng.randrange(4, 8))
        y += max(rd, 56) + 24
    return y


def course_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An online course's page: the hero (a gradient, the instructor cut out at one side, faces
    70-260 px, the course's title in big type at the other, a "Bestseller" tag, a preview button
    over the instructor's chest); the rating, the enrolled students (a stack of 18-24 px faces,
    "+N"), the instructor's row (a 30-44 px face, an "Instructor" tag); tabs; lessons
    (``lesson_row``: thumbnails of the instructor teaching, faces 18-56 px, duration chips and
    padlocks over them); questions and answers (``qa_post``: 22-34 px students, 20-28 px replies);
    the enrol bar."""
    s = new_screen(rng, name, cast.kind("course"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(560, 701)
    gradient(img, (0, y, WIDTH, y + hh), random_colour(rng, 60, 230), random_colour(rng, 30, 180))
    right = rng.random() < 0.5
    fp = small(rng, 70, 260)
    cx = WIDTH * (0.72 if right else 0.28)
    cy = y + hh - fp * rng.uniform(1.6, 2.4)
    cy = max(y + fp * 0.9, cy)
    figure(cast, s, cx, cy, fp, (0, y, WIDTH, y + hh), True)
    tx = 40 if right else WIDTH // 2 + 10
    for k in range(2):
        cv2.putText(img, words(rng, 1)[:9], (tx, y + 170 + k * 80), FONT, 1.7, WHITE, 4, cv2.LINE_AA)
    tag(img, tx, y + 60, "Bestseller", GOLD, 40)
    pill(img, round(cx) - 110, round(min(y + hh - 90, cy + fp * 1.4)), 220, 64, WHITE)
    note(img, "Preview", (round(cx) - 56, round(min(y + hh - 90, cy + fp * 1.4)) + 42), 0.7, INK, 2)
    cv2.circle(img, (50, y + 50), 30, WHITE, -1, cv2.LINE_AA)
    chevron(img, 50, y + 50, INK, back=True)
    y += hh + 30
    heading(s, 30, y + 30, words(rng, 3).title()[:28], 0.95)
    end = stars(img, 30, y + 70, 11, rng.randrange(3, 6), GOLD, GREY)
    note(
        img,
        f"{rng.randrange(30, 50) / 10:.1f} ({rng.randrange(100, 90000):,})",
        (end + 10, y + 78),
        0.55,
        GREY,
    )
    y += 100
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(10, 999))
    note(img, "enrolled this week", (end + 14, y + 26), 0.55, GREY)
    y += 60
    sd = face_avatar(cast, s, rng, 30, y, 30, 44, (1.1, 1.3), "circle")
    note(
        img,
        rng.choice(C.WORDS).title() + " " + rng.choice(C.WORDS).title(),
        (50 + sd, y + sd // 2 + 8),
        0.7,
        s.fg,
        2,
    )
    tag(img, WIDTH - 220, y + sd // 2 - 18, "Instructor", s.accent, 36)
    y += sd + 30
    chips(img, rng, 30, y, 3, 50, (140, 200), off(page, 18), s.fg)
    y += 80
    foot = H - NAV_H - 130
    watched = rng.randrange(0, 5)
    k = 1
    while y + 150 < foot and k <= rng.randrange(3, 8):
        y += lesson_row(cast, rng, s, y, k, k <= watched)
        k += 1
    if y + 180 < foot:
        y = section(s, y, "Questions", False)
        while y + 100 < foot:
            y = qa_post(cast, rng, s, y, foot)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 6), -1)
    note(img, f"${rng.randrange(9, 199)}.99", (40, foot + 76), 1.0, s.fg, 2)
    pill(img, WIDTH - 430, foot + 26, 400, 80, s.accent)
    note(img, "Enrol now", (WIDTH - 300, foot + 78), 0.85, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def tutor_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A language tutor's full-width card: the square photo (faces 40-90 px) with the flag of the
    tutor's first language (``flag_badge``) over its lower right and an online dot over its upper
    right on some, a "Super tutor" ribbon over its upper left on 30 %; the name, the languages'
    chips, stars, lessons taught, the price; the intro video's thumbnail at the right (faces 20-60
    px, a play button over its lower left); the week's free hours as a strip of cells. Returns its
    height."""
    img, page = s.img, s.bg
    card = off(page, 8)
    ch = 330
    fill(img, rounded_rect(ch, WIDTH - 60, 18), 30, y, card)
    side = rng.randrange(150, 191)
    cast.avatar(
        s,
        54,
        y + 24,
        min(90.0, max(40.0, side / rng.uniform(1.7, 2.6))),
        side,
        rng.choice(("rounded", "square", "squircle")),
    )
    flag_badge(img, rng, (54 + side - 10, y + 24 + side - 10), 20, card)
    if rng.random() < 0.4:
        badge(img, (54 + side - 8, y + 32), 10, GREEN, "", card)
    if rng.random() < 0.3:
        ribbon(img, 54, y + 38, "Super tutor", (150, 60, 200))
    tx = 80 + side
    note(
        img,
        rng.choice(C.WORDS).title() + " " + rng.choice("ABCDEFGHKLMNPRST") + ".",
        (tx, y + 58),
        0.75,
        s.fg,
        2,
    )
    chips(img, rng, tx, y + 76, 2, 38, (100, 140), off(card, 20), s.fg)
    end = stars(img, tx, y + 150, 9, rng.randrange(3, 6), GOLD, GREY)
    note(img, f"{rng.randrange(40, 9000):,} lessons", (end + 10, y + 158), 0.5, GREY)
    note(img, f"${rng.randrange(6, 60)} / 50 min", (tx, y + 204), 0.7, s.fg, 2)
    vw, vh = 220, 150
    vx = WIDTH - 60 - vw
    if rng.random() < 0.75:
        cast.photo(s, vx, y + 30, vw, vh, small(rng, 20, 60), rounded_rect(vh, vw, 12))
        play_button(img, (vx + 36, y + 30 + vh - 36), 24, WHITE, INK)
    cells = 7
    cw = (WIDTH - 120) // cells
    for k in range(cells):
        share = rng.random()
        colour = tone(s.accent, 90 - round(share * 90)) if share > 0.2 else off(card, 20)
        cv2.rectangle(img, (54 + k * cw, y + 250), (54 + (k + 1) * cw - 8, y + 300), colour, -1)
        note(img, "MTWTFSS"[k], (54 + k * cw + cw // 2 - 12, y + 284), 0.55, INK if share > 0.2 else GREY)
    return ch


def tutor_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A language-learning app's tutor marketplace: the language and a filter button, the next
    lesson's card on 70 % (the booked tutor's 40-60 px face, the time, a "join" pill), learners like
    you (a stack of 18-24 px faces), filter chips, then tutors' full-width cards (``tutor_row``:
    40-90 px photos with flag badges, intro videos with faces 20-60 px, hours strips)."""
    s = new_screen(rng, name, cast.kind("tutors"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    app_bar(s, rng, rng.choice(("Spanish", "English", "French", "Japanese", "German")) + " tutors", 2)
    y = STATUS_H + 110
    if rng.random() < 0.7:
        fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, s.accent)
        sd = face_avatar(cast, s, rng, 56, y + (150 - 76) // 2, 40, 60, (1.2, 1.4), "circle")
        note(img, "Next lesson", (80 + sd, y + 56), 0.6, WHITE)
        note(
            img, f"Today {rng.randrange(8, 22)}:{rng.choice(('00', '30'))}", (80 + sd, y + 100), 0.8, WHITE, 2
        )
        pill(img, WIDTH - 220, y + 44, 160, 62, WHITE)
        note(img, "Join", (WIDTH - 170, y + 86), 0.7, INK, 2)
        y += 180
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(10, 900))
    note(img, "learners like you booked today", (end + 14, y + 26), 0.55, GREY)
    y += 64
    chips(img, rng, 30, y, 4, 48, (120, 200), off(page, 18), s.fg)
    y += 76
    foot = H - NAV_H - 120
    while y + 200 < foot:
        y += tutor_row(cast, rng, s, y) + 22
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def timetable(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Today's timetable as a strip of lesson blocks in subject colours, each with the teacher's
    18-26 px face in its upper right corner (initials on some), cut by the right edge. Returns its
    height."""
    img = s.img
    x = 30
    bw, bh = rng.randrange(200, 241), 130
    hour = rng.randrange(8, 10)
    while x < WIDTH:
        colour = random_colour(rng, 80, 230)
        fill(img, rounded_rect(bh, bw, 16), x, y, colour)
        ink = INK if sum(colour) > 420 else WHITE
        note(img, f"{hour}:{rng.choice(('00', '15', '30'))}", (x + 16, y + 36), 0.55, ink)
        note(
            img,
            rng.choice(("Maths", "Art", "Music", "Science", "Reading", "PE", "French")),
            (x + 16, y + 90),
            0.7,
            ink,
            2,
        )
        face_avatar(cast, s, rng, x + bw - 52, y + 12, 18.3, 26, (1.1, 1.25), "circle", person=True)
        x += bw + 14
        hour += 1
    return bh + 30


def tile_grid(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    y: int,
    foot: int,
    hi: float,
    people: float,
    renders: tuple[H11.Render, ...],
    over: Callable[[int, int, int], None],
) -> int:
    """Three columns of square tiles from ``y`` down to ``foot``: on ``people`` of them a cut of a
    snapshot (faces 18-``hi`` px, its groups' back rows down to 14 px and not counted), else on
    half a drawn thing of ``renders`` or a thing; ``over(x, y, side)`` draws what lies over each
    tile (stickers, hearts, dots). Returns the y under the grid."""
    t = (WIDTH - 60 - 2 * 12) // 3
    while y + t * 0.6 < foot:
        for c in range(3):
            x = 30 + c * (t + 12)
            m = rounded_rect(t, t, 16)
            if rng.random() < people:
                cut_photo(cast, rng, s, x, y, t, t, 18.3, hi, m, 0.9)
            elif rng.random() < 0.5:
                blit(s.img, H11.render(rng, t, t, renders), x, y, m)
            else:
                cast.thing(s, x, y, t, t, m)
            over(x, y, t)
        y += t + 12
    return y


def portfolio_grid(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A child's portfolio (``tile_grid``): the child at work (faces 18-80 px) on 60 % of the
    tiles, else a piece of work (toy blocks, a board, a thing); a gold star sticker over the upper
    right of some, a "new" dot over others. Returns the y under it."""

    def over(x: int, y: int, t: int) -> None:
        if rng.random() < 0.3:
            H23.star(s.img, (x + t - 36, y + 36), 26, GOLD)
        elif rng.random() < 0.2:
            badge(s.img, (x + t - 24, y + 24), 10, RED, "", WHITE)

    return tile_grid(cast, rng, s, y, foot, 80, 0.6, (toy_blocks, chalkboard), over)


def school_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school's app for parents: one's children as round faces (30-46 px, the chosen one in a
    ring); today's timetable (``timetable``: teachers' 18-26 px faces in lesson blocks' corners); a
    teacher's post (a 28-40 px face, the class's photo: two or three rows of six to nine children,
    faces 24-40 px at the front to 14 px at the back, those under 18 px not counted; "seen by" a
    stack of 18-22 px parents' faces, "+N"); messages from teachers (24-36 px faces, unread counts)
    on half; the child's portfolio (``portfolio_grid``: faces 18-80 px, star stickers) down to the
    tab bar."""
    s = new_screen(rng, name, cast.kind("school"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 24
    x = profiles(cast, rng, s, y, rng.randrange(1, 4), 30, 46, False)
    note(img, rng.choice(C.WORDS).title() + "'s class", (x + 10, y + 40), 0.8, s.fg, 2)
    y += 110
    y = section(s, y, "Today", False)
    y += timetable(cast, rng, s, y)
    card = off(page, 8)
    ph = rng.randrange(320, 401)
    fill(img, rounded_rect(ph + 200, WIDTH - 60, 20), 30, y, card)
    sd = face_avatar(cast, s, rng, 56, y + 24, 28, 40, (1.1, 1.3), "circle", person=True)
    note(img, "Ms " + rng.choice(C.WORDS).title(), (76 + sd, y + 24 + sd // 2 - 2), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(1, 12)}h ago", (76 + sd, y + 24 + sd // 2 + 28), 0.5, GREY)
    y += 40 + max(sd, 60)
    s.words(rng, 56, y, 0.6, rng.randrange(4, 8))
    y += 20
    if cast.photos:
        piece, faces = H11.gathering(
            cast,
            WIDTH - 112,
            ph,
            14,
            small(rng, 24, 40),
            rng.randrange(2, 4),
            rng.randrange(6, 10),
            (1.6, 2.0),
            0.04,
        )
    else:
        piece, faces = cast.piece(WIDTH - 112, ph), []
    paste_photo(cast, s, piece, faces, 56, y, rounded_rect(ph, WIDTH - 112, 14))
    y += ph + 20
    end = stack(cast, s, rng, 56, y, rng.randrange(3, 6), 18.3, 22, card, rng.randrange(2, 30))
    note(img, "seen", (end + 12, y + 24), 0.55, GREY)
    y += 80
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 360 < foot:
        y = section(s, y, "Messages")
        for _ in range(2):
            sd = face_avatar(
                cast, s, rng, 30, y, 24, 36, (1.1, 1.3), rng.choice(("circle", "squircle")), person=True
            )
            note(
                img,
                rng.choice(("Mr ", "Ms ")) + rng.choice(C.WORDS).title(),
                (50 + sd, y + 24),
                0.65,
                s.fg,
                2,
            )
            s.words(rng, 50 + sd, y + 58, 0.55, rng.randrange(3, 7), GREY)
            if rng.random() < 0.6:
                badge(img, (WIDTH - 60, y + 34), 16, RED, str(rng.randrange(1, 6)))
            y += max(sd, 64) + 24
    y = section(s, y, "Portfolio")
    portfolio_grid(cast, rng, s, y, foot)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def member_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A family member in the locator's sheet: the 36-56 px face (initials on some), the name, where
    they are and since when, the battery and the distance. Returns the row's height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 36, 56, (1.15, 1.35), "circle", person=True)
    note(img, rng.choice(C.WORDS).title(), (56 + sd, y + sd // 2 - 6), 0.7, s.fg, 2)
    where = rng.choice(("At School", "At Home", "At Work", "Near Park Road", "Driving", "At the Gym"))
    note(
        img,
        f"{where} since {rng.randrange(7, 19)}:{rng.randrange(60):02d}",
        (56 + sd, y + sd // 2 + 26),
        0.55,
        GREY,
    )
    battery_chip(img, WIDTH - 170, y + sd // 2 - 30, rng.randrange(5, 100), off(s.bg, 16))
    note(img, f"{rng.randrange(1, 40)}.{rng.randrange(10)} km", (WIDTH - 150, y + sd // 2 + 34), 0.5, GREY)
    return max(sd, 70) + 26


def family_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family locator: a street map over the upper half with saved places' zones (``geofence``:
    translucent discs, drawn first) and their pins (a glyph, a label), one member's breadcrumb trail
    (dots) ending at their pin, the family's round face pins (22-40 px, ``face_pin``) with a battery
    chip beside some and a car badge over one driving, two pins overlapping at one place on 40 %;
    zoom and "check in" buttons; the sheet: the circle's name and a stack (18-24 px), members' rows
    (``member_row``: 36-56 px faces, batteries, distances), a drive report (a 24-32 px face, a
    score)."""
    s = new_screen(rng, name, cast.kind("familymap"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    sheet = rng.randrange(STATUS_H + 980, STATUS_H + 1180)
    map_area(s, rng, STATUS_H, sheet + 40)
    places = []
    for label in rng.sample(("Home", "School", "Work", "Gym", "Nan's"), rng.randrange(2, 4)):
        c = (rng.randrange(150, WIDTH - 150), rng.randrange(STATUS_H + 220, sheet - 120))
        geofence(img, c, rng.randrange(110, 190), rng.choice((s.accent, (60, 160, 60), (150, 80, 200))))
        places.append((c, label))
    trail_to = (rng.randrange(120, WIDTH - 120), rng.randrange(STATUS_H + 240, sheet - 60))
    x, y = rng.randrange(80, WIDTH - 80), rng.randrange(STATUS_H + 200, sheet - 60)
    for k in range(14):
        t = k / 13
        cv2.circle(
            img,
            (round(x + (trail_to[0] - x) * t + rng.uniform(-12, 12)), round(y + (trail_to[1] - y) * t)),
            6,
            s.accent,
            -1,
            cv2.LINE_AA,
        )
    for c, label in places:
        place_pin(img, rng, c, INK, label)
    tips = [trail_to] + [
        (rng.randrange(80, WIDTH - 80), rng.randrange(STATUS_H + 200, sheet - 40))
        for _ in range(rng.randrange(1, 5))
    ]
    if rng.random() < 0.4:  # two at the same place, one pin over the other's rim
        tips.append(
            (tips[-1][0] + rng.choice((-1, 1)) * rng.randrange(34, 50), tips[-1][1] + rng.randrange(-10, 11))
        )
    driving = rng.randrange(len(tips))
    for k, tip in enumerate(tips):
        face_pin(cast, s, rng, tip, 22, 40, WHITE)
        if k == driving:
            cv2.circle(img, (tip[0] + 30, tip[1] - 80), 18, (40, 40, 40), -1, cv2.LINE_AA)
            H23.car_top(img, (tip[0] + 30, tip[1] - 80), 26, 0, WHITE)
        elif rng.random() < 0.4:
            battery_chip(img, tip[0] + 36, tip[1] - 60, rng.randrange(5, 100), WHITE)
    for k in range(2):
        cv2.circle(img, (WIDTH - 70, STATUS_H + 80 + k * 100), 38, WHITE, -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH - 70, STATUS_H + 80 + k * 100), 16, INK)
    pill(img, 30, sheet - 110, 240, 70, s.accent)
    note(img, "Check in", (80, sheet - 64), 0.75, WHITE, 2)
    H5.sheet(img, sheet, page)
    y = sheet + 56
    heading(s, 30, y + 30, rng.choice(("Family", "Home crew", "The ")) + rng.choice(("", " circle")), 0.95)
    stack(cast, s, rng, WIDTH - 260, y, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 4))
    y += 80
    foot = H - NAV_H - 120
    while y + 90 < foot - 130:
        y += member_row(cast, rng, s, y)
    if y + 110 < foot:
        fill(img, rounded_rect(100, WIDTH - 60, 18), 30, y, off(page, 10))
        sd = face_avatar(cast, s, rng, 50, y + 20, 24, 32, (1.1, 1.25), "circle")
        note(img, "Drive report", (70 + sd, y + 46), 0.65, s.fg, 2)
        note(img, f"Score {rng.randrange(60, 100)}", (WIDTH - 230, y + 60), 0.7, GREEN, 2)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def baby_journal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A child's photo journal: the child's round face (60-100 px) in a pastel ring with the name
    and age, followers (a stack of 18-24 px faces: "Grandma and N others"); an "on this day" print
    (``polaroid``: faces 30-120 px or a group photo's, turned 2-8 degrees) beside a relative's
    comment (a 22-30 px face); the months' grid (three columns of square snapshots, faces 14-90 px,
    those under 18 px not counted, or toy blocks and things; a milestone sticker ``month_sticker``
    over each upper left, a heart over some lower right); on 40 % a growth chart (``chart_line``) in
    place of the grid's last rows."""
    s = new_screen(rng, name, cast.kind("journal"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    fp, side = _size(rng, 60, small(rng, 61, 100), (1.2, 1.4))
    ring = rng.choice(PASTELS)
    cv2.circle(img, (30 + side // 2 + 8, y + side // 2 + 8), side // 2 + 8, ring, -1, cv2.LINE_AA)
    cast.avatar(s, 38, y + 8, fp, side, "circle")
    tx = 70 + side
    heading(s, tx, y + 50, rng.choice(C.WORDS).title(), 1.1)
    note(img, f"{rng.randrange(0, 4)} y {rng.randrange(0, 12)} m", (tx, y + 90), 0.65, GREY)
    end = stack(cast, s, rng, tx, y + 108, rng.randrange(2, 5), 18.3, 24, page)
    note(img, f"Grandma and {rng.randrange(2, 14)} others", (end + 12, y + 134), 0.55, GREY)
    y += max(side + 16, 160) + 30
    pw = rng.randrange(300, 381)
    out, faces, where = polaroid(cast, pw, 30, min(120.0, pw * 0.4), rng.uniform(2, 8) * rng.choice((-1, 1)))
    paste_photo(cast, s, out, faces, 24, y, where)
    tx = 70 + out.shape[1]
    note(img, "On this day", (tx, y + 40), 0.75, s.fg, 2)
    note(img, f"{rng.randrange(1, 4)} year ago", (tx, y + 76), 0.55, GREY)
    sd = face_avatar(cast, s, rng, tx, y + 110, 22, 30, (1.1, 1.25), "circle", person=True)
    fill(img, rounded_rect(110, WIDTH - 40 - tx - sd - 12, 18), tx + sd + 12, y + 104, off(page, 14))
    s.words(rng, tx + sd + 28, y + 146, 0.5, rng.randrange(2, 4))
    s.words(rng, tx + sd + 28, y + 182, 0.5, rng.randrange(2, 4))
    heart(img, (tx + 20, y + 270), 16, SALE)
    note(img, str(rng.randrange(2, 40)), (tx + 44, y + 280), 0.6, GREY)
    y += out.shape[0] + 30
    foot = H - NAV_H - 120
    chart = rng.random() < 0.4
    y = section(s, y, "Months")
    months = itertools.count(rng.randrange(1, 6))

    def over(x: int, y: int, t: int) -> None:
        month_sticker(img, (x + 42, y + 42), 34, f"{next(months)} mo", rng.choice(PASTELS))
        if rng.random() < 0.3:
            cv2.circle(img, (x + t - 36, y + t - 36), 24, WHITE, -1, cv2.LINE_AA)
            heart(img, (x + t - 36, y + t - 34), 14, SALE)

    y = tile_grid(cast, rng, s, y, foot - (380 if chart else 0), 90, 0.75, (toy_blocks,), over)
    if chart and y + 300 < foot:
        y = section(s, y + 10, "Height", False)
        chart_line(img, rng, (60, y + 10, WIDTH - 60, min(foot - 30, y + 290)), s.accent)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def session_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A meditation session's card: a soft gradient with two or three pale blobs, the teacher cut
    out head and shoulders at its foot (faces 36-100 px, clipped by the card), the title and minutes
    over its top."""
    img = s.img
    a, b = random_colour(rng, 90, 220), random_colour(rng, 40, 160)
    gradient(img, (x, y, x + cw, y + ch), a, b)
    view = img[y : y + ch, x : x + cw]
    for _ in range(rng.randrange(2, 4)):
        c = (rng.randrange(cw), rng.randrange(ch))
        axes = (rng.randrange(cw // 6, cw // 2), rng.randrange(ch // 8, ch // 3))
        cv2.ellipse(view, c, axes, rng.uniform(0, 180), 0, 360, tone(a, 25), -1, cv2.LINE_AA)
    fp = small(rng, 36, min(100.0, ch * 0.32))
    figure(
        cast,
        s,
        x + cw * rng.uniform(0.3, 0.7),
        y + ch - fp * rng.uniform(1.3, 2.1),
        fp,
        (x, y, x + cw, y + ch),
    )
    fill(img, 255 - rounded_rect(ch, cw, 20), x, y, s.bg)
    note(img, words(rng, 2).title()[:16], (x + 20, y + 44), 0.65, WHITE, 2)
    note(img, f"{rng.choice((3, 5, 10, 15, 20))} min", (x + 20, y + 76), 0.5, WHITE)


def meditation(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meditation app, mostly at night: the greeting and one's 22-30 px face; the daily session's
    hero (the teacher's round photo, faces 60-180 px, inside a breathing ring: soft glows drawn
    first, the photo over them), a play button beside it; "meditating now" (a stack of 18-24 px
    faces, "+N"); teachers' round photos (40-70 px faces) cut by the right edge; session cards
    (``session_card``: teachers cut out on soft gradients, faces 36-100 px) in two columns; a
    teacher's quote by a 24-32 px face; a sleep story's cover (a drawn view) on some."""
    s = new_screen(rng, name, cast.kind("meditate"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    if sum(page) < 200 and rng.random() < 0.6:
        gradient(img, (0, STATUS_H, WIDTH, H - NAV_H), CALM, tone(CALM, -50))
        s = H23.Paged(s.comp, s.fg, s.accent, page=CALM)
        page = CALM
    heading(s, 30, STATUS_H + 70, rng.choice(("Good evening", "Good night", "Welcome back")), 1.1)
    face_avatar(cast, s, rng, WIDTH - 100, STATUS_H + 20, 22, 30, (1.2, 1.4), "circle")
    y = STATUS_H + 130
    side = rng.randrange(260, 381)
    fp = min(180.0, max(60.0, side / rng.uniform(1.6, 2.6)))
    c = (60 + side // 2, y + 40 + side // 2)
    for k in range(3):
        glow(img, c, side // 2 + 18 + k * 22, tone(s.accent, 60), 0.6 - k * 0.15)
    cast.avatar(s, 60, y + 40, fp, side, "circle")
    tx = 140 + side
    note(img, "Today's session", (tx, y + 110), 0.6, GREY)
    for k in range(2):
        note(img, words(rng, 1).title()[:10], (tx, y + 160 + k * 44), 0.9, s.fg, 2)
    play_button(img, (tx + 50, y + 320), 44, s.accent, WHITE)
    y += side + 120
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(100, 999))
    note(img, "meditating now", (end + 14, y + 26), 0.55, GREY)
    y += 70
    y = section(s, y, "Teachers")
    t = rng.randrange(120, 151)
    x = 30
    while x < WIDTH:
        cast.avatar(s, x, y, min(70.0, max(40.0, t / rng.uniform(1.7, 2.6))), t, "circle")
        note(img, rng.choice(C.WORDS).title()[:8], (x + 10, y + t + 32), 0.5, GREY)
        x += t + 30
    y += t + 60
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 150 < foot:
        fill(img, rounded_rect(130, WIDTH - 60, 20), 30, y, off(page, 14))
        sd = face_avatar(cast, s, rng, 56, y + 30, 24, 32, (1.1, 1.3), "circle")
        s.words(rng, 76 + sd, y + 60, 0.6, rng.randrange(3, 6))
        s.words(rng, 76 + sd, y + 96, 0.55, rng.randrange(2, 4), GREY)
        y += 160
    cw = (WIDTH - 84) // 2
    ch = rng.randrange(260, 321)
    while y + ch * 0.6 < foot:
        for col in range(2):
            x = 30 + col * (cw + 24)
            if rng.random() < 0.8:
                session_card(cast, rng, s, x, y, cw, ch)
            else:  # a sleep story: a drawn view
                blit(img, H11.render(rng, cw, ch, (H11.landscape,)), x, y, rounded_rect(ch, cw, 20))
                note(img, "Sleep story", (x + 20, y + 44), 0.65, WHITE, 2)
        y += ch + 24
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def insurance_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A health insurance card lying flat: a tinted gradient, the insurer's name, a chip, the member
    number, the holder's small ID photo at the right (faces 36-60 px, in a white frame), a barcode
    along its foot. Returns its height."""
    img = s.img
    ch = 340
    a = random_colour(rng, 70, 210)
    gradient(img, (30, y, WIDTH - 30, y + ch), a, tone(a, -50), False)
    fill(img, 255 - rounded_rect(ch, WIDTH - 60, 26), 30, y, s.bg)
    note(
        img,
        rng.choice(("CARE", "MEDI", "VITA", "HEAL")) + rng.choice(("PLUS", "FIRST", "ONE")),
        (64, y + 64),
        1.0,
        WHITE,
        2,
    )
    fill(img, rounded_rect(56, 76, 10), 64, y + 100, (90, 200, 230))
    note(img, " ".join(str(rng.randrange(1000, 9999)) for _ in range(3)), (64, y + 210), 0.85, WHITE, 2)
    note(img, rng.choice(C.WORDS).upper() + " " + rng.choice(C.WORDS).upper(), (64, y + 250), 0.6, WHITE)
    pw, ph = 150, 190
    px, py = WIDTH - 70 - pw, y + 36
    cv2.rectangle(img, (px - 6, py - 6), (px + pw + 5, py + ph + 5), WHITE, -1)
    cast.avatar(s, px, py, small(rng, 36, 60), pw, "square")
    cv2.rectangle(img, (px, py + pw), (px + pw, py + ph), (235, 235, 235), -1)
    x = 64
    while x < WIDTH - 80:
        wdt = rng.choice((2, 3, 5))
        cv2.rectangle(img, (x, y + ch - 56), (x + wdt, y + ch - 22), INK, -1)
        x += wdt + rng.choice((2, 4, 6))
    return ch


def prescription_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A prescription: a capsule on a tinted disc, the medicine and dose, "prescribed by" the
    prescriber's 20-28 px face (initials on some), a refill pill or the refills left. Returns its
    height."""
    img, page = s.img, s.bg
    cv2.circle(img, (70, y + 40), 40, off(page, 18), -1, cv2.LINE_AA)
    capsule(img, (70, y + 40), 46, rng.uniform(20, 70), (random_colour(rng, 40, 230), WHITE))
    note(
        img,
        words(rng, 1).title()[:12] + f" {rng.choice((5, 10, 20, 50, 100))} mg",
        (136, y + 30),
        0.65,
        s.fg,
        2,
    )
    note(img, "by", (136, y + 72), 0.5, GREY)
    sd = face_avatar(cast, s, rng, 170, y + 46, 20, 28, (1.1, 1.25), "circle", person=True)
    note(img, "Dr. " + rng.choice(C.WORDS).title(), (180 + sd, y + 74), 0.5, GREY)
    if rng.random() < 0.5:
        pill(img, WIDTH - 200, y + 14, 170, 56, s.accent)
        note(img, "Refill", (WIDTH - 160, y + 52), 0.65, WHITE, 2)
    else:
        note(img, f"{rng.randrange(0, 5)} refills left", (WIDTH - 230, y + 50), 0.55, GREY)
    return max(100, 56 + sd) + 20


def health_record(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pharmacy's health record: the profile's ID photo (a rounded square, faces 70-150 px; grey
    on some) with a verified tick over its corner, the name, birth date and blood group; the
    family's profiles (round faces 28-40 px, the chosen one ringed, an "add" disc); the insurance
    card (``insurance_card``: the holder's ID photo again, 36-60 px); prescriptions
    (``prescription_row``: prescribers' 20-28 px faces); a vaccination record with a QR code on
    half; appointments with the care team down to the tab bar (``care_row``: 26-40 px faces); the
    pharmacist's chat head floating over the page's right edge on 60 % (faces 40-60 px, a count
    badge over it)."""
    s = new_screen(rng, name, cast.kind("record"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    app_bar(s, rng, "My health", 2)
    y = STATUS_H + 120
    side = rng.randrange(170, 231)
    cast.avatar(s, 30, y, min(150.0, max(70.0, side / rng.uniform(1.3, 2.1))), side, "rounded")
    tick_badge(img, (30 + side - 8, y + side - 8), 18, page)
    tx = 70 + side
    heading(s, tx, y + 50, rng.choice(C.WORDS).title() + " " + rng.choice(C.WORDS).title(), 1.0)
    note(
        img,
        f"Born {rng.randrange(1, 29)}/{rng.randrange(1, 13)}/{rng.randrange(1940, 2020)}",
        (tx, y + 92),
        0.6,
        GREY,
    )
    pill(img, tx, y + 116, 110, 48, (60, 60, 200))
    note(img, rng.choice(("A+", "B+", "O-", "AB+", "O+")), (tx + 30, y + 150), 0.7, WHITE, 2)
    y += side + 40
    x = profiles(cast, rng, s, y, rng.randrange(2, 5), 28, 40, True)
    badge(img, (x + 30, y + 30), 28, off(page, 40), "+")
    y += 100
    y += insurance_card(cast, rng, s, y) + 30
    foot = H - NAV_H - 120
    y = section(s, y, "Prescriptions")
    for _ in range(rng.randrange(3, 7)):
        if y + 130 > foot:
            break
        y += prescription_row(cast, rng, s, y)
    if rng.random() < 0.5 and y + 230 < foot:
        fill(img, rounded_rect(200, WIDTH - 60, 18), 30, y, off(page, 10))
        note(img, "Vaccinations", (60, y + 50), 0.75, s.fg, 2)
        for k in range(3):
            when = f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}/{rng.randrange(2015, 2026)}"
            note(
                img,
                f"{words(rng, 1).title()[:10]}  {when}",
                (60, y + 96 + k * 34),
                0.55,
                GREY,
            )
        qr(img, rng, WIDTH - 210, y + 30, 140)
        y += 230
    if y + 170 < foot:
        y = section(s, y, "Appointments")
        while y + 110 < foot:
            y += care_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    if rng.random() < 0.6:
        side = rng.randrange(90, 111)
        cx, cy = WIDTH - side - 16, rng.randrange(STATUS_H + 700, foot - side - 40)
        cv2.circle(img, (cx + side // 2, cy + side // 2), side // 2 + 5, WHITE, -1, cv2.LINE_AA)
        cast.avatar(s, cx, cy, min(60.0, max(40.0, side / rng.uniform(1.6, 2.2))), side, "circle")
        badge(img, (cx + side - 10, cy + 10), 16, RED, str(rng.randrange(1, 9)), WHITE)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    telehealth_visit,
    class_board,
    run_club,
    course_page,
    tutor_market,
    school_app,
    family_map,
    baby_journal,
    meditation,
    health_record,
)
# with people: each twice a round but two (the fewest faces a screen)
ONCE = (telehealth_visit, health_record)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a map with pins, a grid of
# children's work, lessons' thumbnails)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, family_map, school_app, course_page)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT24_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h24", photos, free, seed, reps)
