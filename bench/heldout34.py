"""Held-out screens, thirty-fourth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a periodic table, a scientific plot, a
chalkboard of equations, lab glassware on a bench, a campus map; nothing with eyes, a mouth or a
mask); every random choice from ``HELDOUT34_SEED``. Faces are pasted through heldout2's ``Screen``,
which settles each one on the finished screen (pixels drawn over a face later are not the face's; a
face with under half of its box left is dropped); the people's places are filled by heldout11's
``Cast`` (through heldout26's, its screens marked h34-; on face-free screens pets, objects,
textures, initials and this set's drawn things), which counts a face cut by an edge once half of
its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in the apps of academia, conferences and science, most of them small:
speakers and session chairs in a conference programme, presenters pinned on a poster hall's map,
colleagues in a staff directory, authors along an article's byline, students in a lecture's chat,
a lab's members, and the larger faces such apps also show (a lecturer's video under the
projector's light, a thesis committee's call tiles, an award winner's portrait, a keynote on
stage). Near repeats avoided: heldout10's and heldout22's meeting galleries (here a defence's
committee round the candidate's large tile with a slide shared); heldout24's education screens
(here a university's, not a school's: lecture capture with a slide beside the lecturer, a
directory of offices); heldout28's event pages (here a programme of sessions by room and a poster
hall); heldout22's work feed (here an alumni network's class years and a journal's bylines). Ten
layouts:
- a conference programme (``conference_programme``): the keynote on stage (30-200 px); sessions
  (``talk_row``: speakers' 24-34 px faces, rooms, times) and their chairs' stacks (18-22 px);
- a lecture-capture player (``lecture_capture``): the lecturer's video (70-240 px, projector light
  on some) beside a slide (drawn); the students' chat (``chat_row``: 18-26 px); watching (18-22 px);
- a poster session's map (``poster_map``): the hall's boards (drawn) with presenters' 18-24 px faces
  pinned on them; "presenting now" (``presenter_row``: 24-32 px);
- a university's staff directory (``staff_directory``): the department's photo (14-60 px, under 18
  px not counted); people (``directory_row``: 24-36 px, offices, office hours); an A-Z rail;
- a thesis defence's call (``defence_call``): the candidate's tile (90-260 px) with a shared slide,
  the committee's tiles (40-110 px); participants (20-26 px);
- a journal article (``journal_article``): the byline (``byline``: 18-24 px faces in a row), the
  corresponding author (28-40 px), the graphical abstract (drawn); "cited by" (20-26 px);
- an alumni network's feed (``alumni_feed``): posts by alumni (26-36 px) with a reunion or a
  graduation photo (14-90 px, under 18 px not counted) and reactions (18-20 px), class tags;
- a lab group's page (``lab_group``): the PI's header (60-130 px in a ring); collaborators (18-22
  px); the group photo (18-70 px); members' headshots (``member_tile``: 30-80 px, role tags);
- a grant or award announcement (``award_page``): the winner's portrait (120-420 px, warm or low-key
  on some), a drawn rosette; congratulations (18-22 px); past winners (28-40 px);
- a campus events calendar (``events_calendar``): a week strip; events (``event_card``: the
  speaker's 30-64 px photo, "going" stacks 18-22 px).
Light, dark and tinted themes (the lecture player and the defence call mostly dark); JPEG quality
30-60. Tags, chips, pins, badges, presence dots, rosettes, the slide's frame and buttons take the
pixels they cover; a face under them counts while half of its box shows; rings are drawn before the
faces they ring; the projector's light, the warm and low-key light and the scrims under titles leave
the faces under them counted as they look; initials, "+N" discs and drawn things are never faces.
Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,366 faces (1,070 under 32 px, 130 of 32-63, 128 of
64-127, 38 larger; 1,109 under 40 px) and 52 face-free screens (the same layouts with things in
the people's places: pets, objects, textures, initials and this set's drawn things in avatars,
pins, tiles and videos); ``reps=1`` a quarter (18 screens with 339 faces: 267, 34, 28 and 10 by
size, 275 under 40 px; 13 face-free). Every layout but the defence call and the award page
(screens of a few large faces) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63,
64-127 and 128 px or more):
    conference_programme  8 screens   129 faces: 115,  1,  4,  9
    lecture_capture       8 screens   108 faces:  86,  0, 10, 12
    poster_map            8 screens   200 faces: 200,  0,  0,  0
    staff_directory       8 screens    78 faces:  73,  5,  0,  0
    defence_call          4 screens   116 faces:  74,  8, 25,  9
    journal_article       8 screens   114 faces: 114,  0,  0,  0
    alumni_feed           8 screens   260 faces: 224, 34,  1,  1
    lab_group             8 screens   140 faces:  33, 17, 87,  3
    award_page            4 screens    50 faces:  37,  9,  0,  4
    events_calendar       8 screens   171 faces: 114, 56,  1,  0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
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
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, play_button, progress, tab_bar, title, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import status_dot
from heldout32 import warm
from heldout33 import low_key, ring_avatar, rounded_corners

HELDOUT34_SEED = 34343
BLUE: Colour = (200, 120, 40)
ELEMENTS: tuple[str, ...] = (
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
    "K", "Ca", "Fe", "Cu", "Zn", "Ag", "Au", "Sn", "Pb", "U",
)  # fmt: skip
FIELDS: tuple[str, ...] = ("Physics", "Chemistry", "Biology", "History", "Maths", "Economics", "Geology")
ROLES: tuple[str, ...] = ("PI", "Postdoc", "PhD", "MSc", "Technician", "Visiting")
ROOMS: tuple[str, ...] = ("Hall A", "Hall B", "Room 101", "Room 204", "Auditorium", "Lab 3")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def periodic_table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A periodic table: 18 columns of element cells in family colours (the two tall side blocks,
    the gap over the transition metals, the two detached rows below), symbols in the larger ones."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((250, 250, 250), (40, 36, 32)))
    cell = max(2, min((w - 4) // 18, (h - 4) // 10))
    x0, y0 = (w - 18 * cell) // 2, (h - 10 * cell) // 2
    families = [random_colour(rng, 90, 230) for _ in range(6)]
    k = 0
    for r in range(10):
        if r == 7:
            continue
        for c in range(18):
            if (r == 0 and 0 < c < 17) or (r in (1, 2) and 1 < c < 12) or (r >= 8 and not 2 <= c < 17):
                continue
            fam = families[(0 if c < 2 else 1 if c < 12 else 2 + (c - 12) // 2) if r < 8 else 5]
            x, y = x0 + c * cell, y0 + r * cell
            cv2.rectangle(img, (x, y), (x + cell - 2, y + cell - 2), fam, -1)
            if cell >= 14:
                sym = ELEMENTS[k % len(ELEMENTS)]
                cv2.putText(img, sym, (x + 2, y + cell * 2 // 3), FONT, cell / 50, INK, 1, cv2.LINE_AA)
            k += 1
    return img


def science_plot(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A figure from a paper: axes with ticks, a fitted curve through data points with error bars or
    bars of a histogram, a legend's coloured lines, a panel letter."""
    img = np.full((h, w, 3), 252, np.uint8)
    m = max(4, min(w, h) // 8)
    cv2.line(img, (m, h - m), (w - 4, h - m), INK, 1)
    cv2.line(img, (m, 4), (m, h - m), INK, 1)
    for k in range(6):
        x = m + (w - m - 4) * k // 5
        cv2.line(img, (x, h - m), (x, h - m + 4), INK, 1)
        y = h - m - (h - m - 4) * k // 5
        cv2.line(img, (m - 4, y), (m, y), INK, 1)
    colours = ((200, 100, 30), (40, 80, 220), (60, 160, 60))
    if rng.random() < 0.6:
        for j in range(rng.randrange(1, 4)):
            a, b, ph = rng.uniform(0.2, 0.45), rng.uniform(1, 4), rng.uniform(0, 3)
            pts = []
            for i in range(40):
                t = i / 39
                pts.append(
                    [
                        m + round(t * (w - m - 8)),
                        round(h / 2 - (h - m) * a * math.sin(b * t + ph) * (1 - t / 2)),
                    ]
                )
            cv2.polylines(img, [np.array(pts, np.int32)], False, colours[j], max(1, w // 200), cv2.LINE_AA)
            for p in pts[::5]:
                y = p[1] + rng.randrange(-6, 7)
                cv2.circle(img, (p[0], y), max(1, w // 150), colours[j], -1, cv2.LINE_AA)
                cv2.line(img, (p[0], y - 5), (p[0], y + 5), colours[j], 1)
    else:
        n = rng.randrange(8, 20)
        bw = max(1, (w - m - 8) // n)
        for i in range(n):
            bh = round((h - m - 8) * math.exp(-(((i - n / 2) / (n / 4)) ** 2)) * rng.uniform(0.7, 1.0))
            cv2.rectangle(img, (m + 2 + i * bw, h - m - bh), (m + (i + 1) * bw, h - m - 1), colours[0], -1)
    cv2.putText(img, rng.choice("abcd"), (m + 6, m + 6), FONT, max(0.3, h / 300), INK, 1, cv2.LINE_AA)
    return img


def chalkboard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lecture's chalkboard: dark green or slate, lines of chalk equations (letters, signs and
    fractions), a boxed result, an integral sign drawn as a long S and a sketched axis."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((60, 80, 40), (50, 50, 48), (70, 60, 30)))
    chalk = (225, 230, 230)
    scale = max(0.3, h / 420)
    y = max(12, h // 8)
    while y < h - 10:
        x = 10
        if rng.random() < 0.3:  # an integral sign
            cv2.ellipse(img, (x + 6, y - 14), (6, 12), 0, 180, 360, chalk, 1, cv2.LINE_AA)
            cv2.line(img, (x + 12, y - 14), (x, y + 10), chalk, 1, cv2.LINE_AA)
            x += 20
        eq = rng.choice(
            (
                "dx/dt = -kx",
                "E = mc^2",
                "F = ma",
                "a^2 + b^2 = c^2",
                "pV = nRT",
                "H = -sum p log p",
                "y = ax + b",
                "lim n->inf",
                "grad f = 0",
                "S = k ln W",
            )
        )
        cv2.putText(img, eq, (x, y), FONT, scale, chalk, max(1, round(scale)), cv2.LINE_AA)
        if rng.random() < 0.2:
            (tw, th), _ = cv2.getTextSize(eq, FONT, scale, 1)
            cv2.rectangle(img, (x - 4, y - th - 6), (x + tw + 4, y + 6), chalk, 1)
        y += max(14, round(60 * scale))
    if rng.random() < 0.5:
        ox, oy = w * 2 // 3, h * 2 // 3
        cv2.line(img, (ox, oy), (w - 8, oy), chalk, 1)
        cv2.line(img, (ox, oy), (ox, h // 3), chalk, 1)
        cv2.ellipse(
            img, (ox + (w - ox) // 3, oy), ((w - ox) // 4 + 1, (oy - h // 3) // 2 + 1), 0, 180, 360, chalk, 1
        )
    return img


def lab_glassware(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Lab glassware on a bench: a conical flask, a beaker with graduations, test tubes in a rack,
    coloured liquids at different levels, a bench line and tiles behind."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 235, 230), (200, 205, 205))
    bench = round(h * 0.78)
    cv2.rectangle(img, (0, bench), (w, h), (60, 70, 80), -1)
    glass = (120, 110, 100)
    u = max(4, min(w // 8, h // 4))
    # a conical flask
    fx = round(w * 0.22)
    body = np.array(
        [[fx - u // 4, bench - 2 * u], [fx + u // 4, bench - 2 * u], [fx + u, bench], [fx - u, bench]],
        np.int32,
    )
    liquid = random_colour(rng, 60, 230)
    cv2.fillPoly(
        img,
        [
            np.array(
                [
                    [fx - u * 2 // 3, bench - u * 2 // 3],
                    [fx + u * 2 // 3, bench - u * 2 // 3],
                    [fx + u, bench],
                    [fx - u, bench],
                ],
                np.int32,
            )
        ],
        liquid,
    )
    cv2.polylines(img, [body], True, glass, max(1, u // 12), cv2.LINE_AA)
    # a beaker
    bx = round(w * 0.5)
    cv2.rectangle(
        img,
        (bx - u * 2 // 3, bench - round(1.3 * u) + round(u * rng.uniform(0.2, 0.8))),
        (bx + u * 2 // 3, bench),
        random_colour(rng, 60, 230),
        -1,
    )
    cv2.rectangle(
        img, (bx - u * 2 // 3, bench - round(1.3 * u)), (bx + u * 2 // 3, bench), glass, max(1, u // 12)
    )
    for k in range(1, 4):
        yy = bench - k * u * 3 // 10
        cv2.line(img, (bx - u * 2 // 3, yy), (bx - u // 3, yy), glass, 1)
    # test tubes in a rack
    rx = round(w * 0.72)
    cv2.rectangle(img, (rx, bench - u), (rx + round(1.8 * u), bench - u + max(2, u // 6)), (40, 90, 140), -1)
    for k in range(4):
        tx = rx + u // 4 + k * u * 2 // 5
        top = bench - round(1.7 * u)
        fillh = rng.randrange(u // 3, u)
        cv2.rectangle(img, (tx, bench - fillh), (tx + u // 5, bench - 2), random_colour(rng, 60, 230), -1)
        cv2.rectangle(img, (tx, top), (tx + u // 5, bench - 2), glass, 1)
    return img


def campus_map(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A campus map: lawns, paths, numbered buildings as blocks, a library's larger block, a car
    park's hatched lot, the blue pin of one's location."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (225, 232, 228)
    for _ in range(rng.randrange(2, 5)):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.ellipse(
            img,
            (x, y),
            (rng.randrange(w // 8 + 2, w // 3 + 3), rng.randrange(h // 8 + 2, h // 3 + 3)),
            0,
            0,
            360,
            (170, 215, 170),
            -1,
        )
    for _ in range(rng.randrange(3, 6)):
        cv2.line(img, (rng.randrange(w), 0), (rng.randrange(w), h), (250, 250, 250), max(2, w // 60))
        cv2.line(img, (0, rng.randrange(h)), (w, rng.randrange(h)), (250, 250, 250), max(2, w // 60))
    for k in range(rng.randrange(5, 11)):
        x, y = rng.randrange(w), rng.randrange(h)
        bw, bh = rng.randrange(w // 12 + 2, w // 4 + 3), rng.randrange(h // 12 + 2, h // 4 + 3)
        cv2.rectangle(img, (x, y), (x + bw, y + bh), (190, 180, 175), -1)
        cv2.rectangle(img, (x, y), (x + bw, y + bh), (150, 140, 135), 1)
        if bw > 24:
            cv2.putText(img, str(k + 1), (x + 4, y + min(bh - 2, 16)), FONT, 0.4, INK, 1, cv2.LINE_AA)
    if rng.random() < 0.6:
        x, y = rng.randrange(w), rng.randrange(h)
        for d in range(0, w // 4, 6):
            cv2.line(img, (x + d, y), (x + d - 10, y + h // 6), (160, 160, 160), 1)
    cx, cy = rng.randrange(w), rng.randrange(h)
    cv2.circle(img, (cx, cy), max(3, min(w, h) // 30), (230, 140, 30), -1, cv2.LINE_AA)
    cv2.circle(img, (cx, cy), max(3, min(w, h) // 30), WHITE, 2, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (periodic_table, science_plot, chalkboard, lab_glassware, campus_map)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h34-, whose drawn things are this set's: a periodic table, a plot, a chalkboard,
    lab glassware, a campus map."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h34-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def projector(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A lecture hall's light on a w x h video (for ``heldout10.redrawn``): a cool cast, flattened
    contrast and a brighter patch where the projector's beam spills onto the lecturer (the faces
    under it stay counted, as they look)."""
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.5) * h
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    spill = np.exp(-(((xs - cx) / (0.4 * w)) ** 2 + ((ys - cy) / (0.5 * h)) ** 2))[:, :, None]
    cool = np.array((1.08, 1.0, 0.9), np.float32)
    flat = rng.uniform(0.7, 0.85)

    def fn(part: np.ndarray) -> np.ndarray:
        out = (part.astype(np.float32) * flat + 128 * (1 - flat)) * cool
        return np.clip(out * (0.8 + 0.35 * spill), 0, 255).astype(np.uint8)

    return fn


def talk_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A session in a conference programme: the time, the speaker's 24-34 px face (initials on
    some), the talk's title, the room's chip and a bookmark; on some the session chair's 18-22 px
    face after "Chair". Returns its height."""
    img = s.img
    note(img, f"{rng.randrange(9, 18):02d}:{rng.choice(('00', '20', '40'))}", (30, y + 30), 0.6, GREY, 2)
    sd = face_avatar(cast, s, rng, 130, y, 24, 34, (1.1, 1.25), "circle", person=True)
    note(img, words(rng, 3).title()[:26], (146 + sd, y + 24), 0.6, s.fg, 2)
    note(
        img,
        who(rng) + " - " + rng.choice(("MIT", "ETH", "UCL", "KTH", "Kyoto", "Oxford")),
        (146 + sd, y + 54),
        0.5,
        GREY,
    )
    tag(img, 146 + sd, y + 66, rng.choice(ROOMS), off(s.bg, 30), 28)
    cv2.rectangle(img, (WIDTH - 70, y + 8), (WIDTH - 46, y + 40), s.accent, 2 if rng.random() < 0.6 else -1)
    h = max(sd, 100)
    if rng.random() < 0.4:
        note(img, "Chair", (WIDTH - 300, y + 90), 0.45, GREY)
        face_avatar(cast, s, rng, WIDTH - 240, y + 68, 18.3, 22, (1.05, 1.15), "circle")
        h = max(h, 112)
    return h + 14


def chat_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's message in a lecture's chat: the 18-26 px face (initials on some), the name, a
    time stamp into the lecture, one or two lines, a question's tag on some. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 18.3, 26, (1.05, 1.2), "circle", person=True)
    note(img, who(rng)[:10], (44 + sd, y + 18), 0.5, s.fg, 2)
    note(img, f"{rng.randrange(0, 50):02d}:{rng.randrange(60):02d}", (230 + sd, y + 18), 0.45, s.accent)
    yy = y + 46
    for _ in range(rng.randrange(1, 3)):
        note(
            img,
            " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(3, 9)))[:54],
            (44 + sd, yy),
            0.5,
            GREY,
        )
        yy += 26
    if rng.random() < 0.25:
        tag(img, WIDTH - 140, y, "Question", (40, 140, 230), 26)
    return max(sd, yy - y) + 8


def poster_hall(cast: Cast, rng: random.Random, s: Screen, y: int, hh: int) -> int:
    """A poster hall's map: rows of poster boards (grey slats with numbers), a presenter's round
    18-24 px face pinned over a board on most (a white rim, a pin's tail), the entrance and coffee
    marked, one's own location. Returns the number of boards."""
    img = s.img
    cv2.rectangle(img, (30, y), (WIDTH - 30, y + hh), off(s.bg, 8), -1)
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
    cols, rows = rng.randrange(5, 8), max(2, (hh - 80) // 130)
    bw = (WIDTH - 120) // cols
    n = 0
    for r in range(rows):
        for c in range(cols):
            bx, by = 60 + c * bw, y + 40 + r * 130
            cv2.rectangle(img, (bx, by + 50), (bx + bw - 24, by + 62), (150, 150, 160), -1)
            note(img, str(n + 1), (bx, by + 86), 0.4, GREY)
            if rng.random() < 0.7:
                px = bx + (bw - 24 - side) // 2
                cv2.line(img, (px + side // 2, by + side), (px + side // 2, by + 50), RED, 2)
                cast.avatar(s, px, by + 4, fp * rng.uniform(0.95, 1.0), side, "circle", WHITE)
            n += 1
    pill(img, WIDTH // 2 - 80, y + hh - 34, 160, 28, s.accent)
    note(img, "Entrance", (WIDTH // 2 - 50, y + hh - 14), 0.45, WHITE)
    cv2.circle(img, (WIDTH - 70, y + hh - 30), 12, (30, 90, 150), -1, cv2.LINE_AA)
    return n


def presenter_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A poster being presented now: the board's number, the presenter's 24-32 px face, the
    poster's title and field, a "live" dot and the minutes left. Returns its height."""
    img = s.img
    badge(img, (52, y + 30), 22, s.accent, str(rng.randrange(1, 60)))
    sd = face_avatar(cast, s, rng, 90, y, 24, 32, (1.1, 1.25), "circle", person=True)
    status_dot(img, (90 + sd - 4, y + sd - 4), 6, "online", s.bg)
    note(img, words(rng, 3).title()[:26], (106 + sd, y + 24), 0.55, s.fg, 2)
    note(img, who(rng) + " - " + rng.choice(FIELDS), (106 + sd, y + 52), 0.45, GREY)
    note(img, f"{rng.randrange(2, 40)} min", (WIDTH - 130, y + 30), 0.5, GREY)
    return max(sd, 62) + 12


def directory_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A staff directory's entry: the 24-36 px face in a rounded square (initials on some), the
    name with a title (Prof., Dr), the role and office, office hours' chip, call and mail icons.
    Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 24, 36, (1.1, 1.3), "rounded", person=True)
    note(img, rng.choice(("Prof. ", "Dr ", "", "Dr ")) + who(rng), (48 + sd, y + 24), 0.6, s.fg, 2)
    note(
        img,
        rng.choice(("Lecturer", "Reader", "Professor", "Admin", "Librarian")) + " - " + rng.choice(FIELDS),
        (48 + sd, y + 52),
        0.45,
        GREY,
    )
    pill(img, 48 + sd, y + 62, 220, 30, off(s.bg, 16))
    note(img, f"Office {rng.choice('ABCDE')}{rng.randrange(100, 480)}", (60 + sd, y + 83), 0.42, s.fg)
    for k in range(2):
        cv2.circle(img, (WIDTH - 140 + k * 64, y + 40), 24, off(s.bg, 20), -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH - 140 + k * 64, y + 40), 11, s.accent)
    return max(sd, 96) + 10


def byline(cast: Cast, rng: random.Random, s: Screen, y: int, n: int) -> int:
    """An article's byline: ``n`` authors each with an 18-24 px face (initials on some) before the
    name and an affiliation's superscript, wrapping over lines. Returns its height."""
    img = s.img
    x, yy = 30, y
    for k in range(n):
        name = who(rng)[:10] + f" {k + 1}"
        (tw, _), _ = cv2.getTextSize(name, cv2.FONT_HERSHEY_SIMPLEX, 0.5, 1)
        if x + tw + 60 > WIDTH - 30:
            x, yy = 30, yy + 44
        sd = face_avatar(cast, s, rng, x, yy, 18.3, 24, (1.05, 1.15), "circle", person=True)
        note(img, name, (x + sd + 8, yy + sd // 2 + 6), 0.5, s.accent)
        x += sd + tw + 28
    return yy + 44 - y


def member_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int) -> int:
    """A lab member's headshot: a rounded square photo (faces 30-80 px), the name, a role tag and
    the research topic. Returns its height."""
    img = s.img
    fp = min(80.0, max(30.0, tw / rng.uniform(1.5, 3.2)))
    cast.avatar(s, x, y, fp, tw, "rounded")
    note(img, who(rng)[:9], (x + 2, y + tw + 28), 0.5, s.fg, 2)
    tag(img, x + 2, y + tw + 38, rng.choice(ROLES), s.accent, 26)
    return tw + 80


def rosette(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """An award's rosette: two ribbon tails, a scalloped disc and a ring (a seal, not a face)."""
    for d in (-1, 1):
        tail = np.array(
            [[c[0] + d * r // 4, c[1]], [c[0] + d * r, c[1] + 2 * r], [c[0] + d * r // 3, c[1] + 3 * r // 2]],
            np.int32,
        )
        cv2.fillPoly(img, [tail], RED, cv2.LINE_AA)
    for k in range(16):
        a = k * math.pi / 8
        cv2.circle(
            img,
            (round(c[0] + r * 0.85 * math.cos(a)), round(c[1] + r * 0.85 * math.sin(a))),
            max(2, r // 5),
            colour,
            -1,
            cv2.LINE_AA,
        )
    cv2.circle(img, c, round(r * 0.85), colour, -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.6), tone(colour, -40), max(1, r // 12), cv2.LINE_AA)


def event_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A campus event: the date block, the speaker's photo in a rounded square (faces 30-64 px),
    the talk's title, the venue, a "going" stack (18-22 px) and RSVP. Returns its height."""
    img = s.img
    ch = 170
    fill(img, rounded_rect(ch, WIDTH - 60, 18), 30, y, off(s.bg, 9))
    fill(img, rounded_rect(90, 90, 14), 46, y + 16, s.accent)
    note(img, str(rng.randrange(1, 29)), (64, y + 60), 0.9, WHITE, 2)
    note(img, rng.choice(("OCT", "NOV", "MAR", "APR")), (62, y + 92), 0.5, WHITE)
    side = 124
    cast.avatar(s, 156, y + 22, min(64.0, max(30.0, side / rng.uniform(1.9, 4.0))), side, "rounded")
    note(img, words(rng, 3).title()[:24], (300, y + 44), 0.6, s.fg, 2)
    note(
        img,
        rng.choice(("Seminar", "Colloquium", "Public lecture", "Workshop")) + " - " + rng.choice(ROOMS),
        (300, y + 76),
        0.45,
        GREY,
    )
    end = stack(cast, s, rng, 300, y + 96, rng.randrange(2, 5), 18.3, 22, off(s.bg, 9), rng.randrange(0, 60))
    note(img, "going", (end + 8, y + 124), 0.45, GREY)
    pill(img, WIDTH - 190, y + 110, 130, 44, s.accent)
    note(img, "RSVP", (WIDTH - 158, y + 140), 0.6, WHITE, 2)
    return ch + 16


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def conference_programme(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A conference app's programme: the keynote on stage (a hall's photo, faces 30-200 px) under
    the conference's name; day tabs; sessions (``talk_row``: speakers' 24-34 px faces, chairs'
    18-22 px); "attending from your lab" stack (18-22 px)."""
    s = new_screen(rng, name, cast.kind("programme"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(380, 481)
    cut_photo(cast, rng, s, 0, y, WIDTH, hh, 30, 200, None, 0.9)
    H5.scrim(s, (0, y + hh - 130, WIDTH, y + hh), 0.5)
    title(
        img,
        rng.choice(("ICML", "NeurIPS", "EGU", "APS", "ISMB", "CHI")) + f" {rng.randrange(2025, 2028)}",
        (30, y + hh - 60),
        1.3,
        WHITE,
        (20, 20, 20),
    )
    note(img, "Keynote - " + who(rng), (30, y + hh - 20), 0.6, WHITE, 2)
    tag(img, WIDTH - 140, y + 20, "LIVE", RED, 34)
    y += hh + 16
    for d in range(4):
        pill(img, 30 + d * 200, y, 180, 48, s.accent if d == 1 else off(page, 14))
        note(img, f"Day {d + 1}", (70 + d * 200, y + 32), 0.55, WHITE if d == 1 else s.fg, 2)
    y += 70
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 6), 18.3, 22, page, rng.randrange(0, 12))
    note(img, "from your lab are attending", (end + 12, y + 30), 0.5, GREY)
    y += 56
    y = section(s, y, rng.choice(("Morning sessions", "Track A", "Plenary")))
    foot = H - NAV_H - 130
    while y + 120 < foot:
        y += talk_row(cast, rng, s, y)
        cv2.line(img, (30, y - 6), (WIDTH - 30, y - 6), off(page, 14), 1)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def lecture_capture(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lecture-capture player: the lecturer's camera (faces 70-240 px, a projector's light on
    some) in the top half, the slide (a chalkboard, a plot or a periodic table) beside or under it,
    the player's scrubber with chapter ticks; watching now (18-22 px); the students' chat
    (``chat_row``: 18-26 px faces)."""
    s = new_screen(rng, name, cast.kind("lecture"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    note(
        img,
        rng.choice(FIELDS) + f" {rng.randrange(100, 400)} - Lecture {rng.randrange(1, 24)}",
        (30, y + 40),
        0.75,
        s.fg,
        2,
    )
    y += 64
    vh = rng.randrange(420, 521)
    side_by_side = rng.random() < 0.5
    vw = WIDTH // 2 - 20 if side_by_side else WIDTH
    cast.photo(s, 0, y, vw, vh, rng.uniform(70, min(240.0, vw * 0.5)))
    if rng.random() < 0.5:
        H10.redrawn(s, (0, y, vw, y + vh), projector(rng, vw, vh))
    if side_by_side:
        blit(
            img, H11.render(rng, WIDTH - vw - 10, vh, (chalkboard, science_plot, periodic_table)), vw + 10, y
        )
    y += vh
    progress(img, 0, y, WIDTH, rng.random(), RED, off(page, 40), 8)
    for k in range(1, rng.randrange(3, 7)):
        cv2.line(img, (k * WIDTH // 6, y), (k * WIDTH // 6, y + 8), WHITE, 2)
    y += 24
    if not side_by_side:
        sh = rng.randrange(260, 321)
        blit(
            img,
            H11.render(rng, WIDTH - 60, sh, (chalkboard, science_plot, periodic_table)),
            30,
            y,
            rounded_rect(sh, WIDTH - 60, 12),
        )
        y += sh + 16
    play_button(img, (60, y + 30), 26, s.accent, WHITE)
    note(img, f"{rng.choice((1, 1.25, 1.5, 2))}x", (110, y + 40), 0.6, s.fg, 2)
    end = stack(cast, s, rng, WIDTH - 330, y + 6, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(10, 200))
    note(img, "watching", (min(end + 8, WIDTH - 110), y + 36), 0.45, GREY)
    y += 70
    y = section(s, y, "Class chat", False)
    foot = H - NAV_H - 130
    while y + 80 < foot:
        y += chat_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def poster_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A poster session's map in a conference app: the session's name and time; the hall
    (``poster_hall``: boards with presenters' 18-24 px faces pinned over them); field chips;
    presenting now (``presenter_row``: 24-32 px faces, live dots)."""
    s = new_screen(rng, name, cast.kind("posters"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Poster session " + rng.choice("ABCD"), 1.0)
    note(
        img,
        f"{rng.randrange(13, 18)}:00 - {rng.randrange(18, 20)}:30 - Exhibition hall",
        (80, y + 86),
        0.55,
        GREY,
    )
    y += 110
    hh = rng.randrange(560, 720)
    poster_hall(cast, rng, s, y, hh)
    y += hh + 20
    chips(img, rng, 30, y, 4, 44, (140, 210), off(page, 14), s.fg)
    y += 64
    y = section(s, y, "Presenting now")
    foot = H - NAV_H - 130
    while y + 80 < foot:
        y += presenter_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def staff_directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A university's staff directory: the search bar; the department's card with its photo on the
    steps (faces 14-60 px, under 18 px not counted) on most; people (``directory_row``: 24-36 px
    faces in rounded squares, offices); an A-Z rail down the right edge."""
    s = new_screen(rng, name, cast.kind("directory"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "People", 1.2)
    y += 76
    pill(img, 30, y, WIDTH - 60, 60, off(page, 14))
    icon(img, rng, (70, y + 30), 14, GREY)
    note(img, "Search name, department, room", (100, y + 38), 0.55, GREY)
    y += 84
    if rng.random() < 0.75:
        ph = rng.randrange(260, 341)
        cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 14, 60, None, 0.95)
        rounded_corners(s, (30, y, WIDTH - 30, y + ph), 20)
        H5.scrim(s, (30, y + ph - 70, WIDTH - 30, y + ph), 0.5)
        note(img, "Department of " + rng.choice(FIELDS), (50, y + ph - 24), 0.7, WHITE, 2)
        y += ph + 16
    chips(img, rng, 30, y, 4, 44, (120, 200), off(page, 14), s.fg)
    y += 64
    foot = H - NAV_H - 130
    letter = rng.randrange(0, 20)
    while y + 100 < foot:
        if rng.random() < 0.25:
            note(img, chr(65 + letter), (30, y + 28), 0.6, s.accent, 2)
            letter += 1
            y += 40
            continue
        y += directory_row(cast, rng, s, y)
    for k in range(26):
        note(img, chr(65 + k), (WIDTH - 22, STATUS_H + 260 + k * 48), 0.4, s.accent)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def defence_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A thesis defence's video call: the candidate's large tile (faces 90-260 px) with the slide
    shared in a corner, the committee's tiles in a two-column grid (faces 40-110 px, names and
    roles, a muted badge on some); the participants list (20-26 px faces)."""
    s = new_screen(rng, name, cast.kind("defence"), ("dark", "dark", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 10
    note(img, "PhD defence - " + who(rng), (30, y + 40), 0.75, s.fg, 2)
    tag(img, WIDTH - 150, y + 14, "REC", RED, 32)
    y += 64
    vh = rng.randrange(520, 620)
    cast.photo(s, 0, y, WIDTH, vh, rng.uniform(90, 260))
    sw, sh = rng.randrange(280, 360), rng.randrange(180, 230)
    cv2.rectangle(img, (WIDTH - sw - 24, y + 16), (WIDTH - 16, y + sh + 24), (20, 20, 20), -1)
    blit(img, H11.render(rng, sw, sh, (science_plot, chalkboard)), WIDTH - sw - 20, y + 20)
    note(img, "Candidate", (24, y + vh - 20), 0.6, WHITE, 2)
    y += vh + 10
    tw, th = (WIDTH - 10) // 2, rng.randrange(260, 320)
    for k in range(4):
        x, ty = (k % 2) * (tw + 10), y + (k // 2) * (th + 10)
        cast.photo(s, x, ty, tw, th, rng.uniform(40, 110))
        H5.scrim(s, (x, ty + th - 40, x + tw, ty + th), 0.5)
        note(
            img,
            rng.choice(("Chair", "Examiner", "Supervisor", "External")) + " - " + who(rng)[:8],
            (x + 12, ty + th - 12),
            0.5,
            WHITE,
        )
        if rng.random() < 0.4:
            badge(img, (x + tw - 30, ty + 30), 16, RED, "x")
    y += 2 * (th + 10)
    foot = H - NAV_H - 130
    if y + 80 < foot:
        note(img, "Audience", (30, y + 34), 0.55, GREY, 2)
        x = 180
        while x < WIDTH - 60 and y + 60 < foot:
            x += face_avatar(cast, s, rng, x, y + 4, 20, 26, (1.1, 1.2), "circle", person=True) + 12
    H5.nav_bar(s)
    return s.finish()


def journal_article(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A journal's article page: the journal's name and open-access tag, the title, the byline
    (``byline``: authors' 18-24 px faces), the corresponding author's card (28-40 px), the
    graphical abstract (a drawn plot, a table of elements or glassware), the abstract's lines;
    "cited by" (20-26 px faces) with citation counts."""
    s = new_screen(rng, name, cast.kind("article"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    note(
        img,
        rng.choice(("Nature Methods", "J. Chem. Phys.", "PLOS ONE", "Cell Reports", "Phys. Rev. B")),
        (30, y + 30),
        0.6,
        s.accent,
        2,
    )
    tag(img, WIDTH - 190, y + 4, "Open access", GREEN, 32)
    y += 60
    for _ in range(2):
        note(img, words(rng, 3).title()[:30], (30, y + 36), 0.9, s.fg, 2)
        y += 44
    y += 16
    y += byline(cast, rng, s, y, rng.randrange(4, 10))
    fill(img, rounded_rect(90, WIDTH - 60, 16), 30, y, off(page, 10))
    sd = face_avatar(cast, s, rng, 46, y + 14, 28, 40, (1.1, 1.25), "circle")
    note(img, "Corresponding: " + who(rng), (62 + sd, y + 40), 0.55, s.fg, 2)
    note(img, "orcid 0000-000" + str(rng.randrange(1, 9)), (62 + sd, y + 70), 0.45, GREY)
    y += 110
    note(img, "Graphical abstract", (30, y + 26), 0.6, s.fg, 2)
    y += 40
    gh = rng.randrange(320, 421)
    blit(img, H11.render(rng, WIDTH - 60, gh, (science_plot, periodic_table, lab_glassware)), 30, y)
    cv2.rectangle(img, (30, y), (WIDTH - 30, y + gh), GREY, 1)
    y += gh + 20
    for _ in range(rng.randrange(3, 6)):
        note(img, " ".join(rng.choice(C.WORDS) for _ in range(9))[:64], (30, y + 24), 0.5, GREY)
        y += 30
    y = section(s, y + 10, "Cited by", True)
    foot = H - NAV_H - 130
    while y + 70 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.2), "circle", person=True)
        note(img, who(rng) + " et al. " + str(rng.randrange(2019, 2027)), (44 + sd, y + 22), 0.5, s.fg, 2)
        note(img, words(rng, 3).title()[:32], (44 + sd, y + 48), 0.45, GREY)
        note(img, str(rng.randrange(0, 400)), (WIDTH - 100, y + 30), 0.5, s.accent, 2)
        y += max(sd, 56) + 12
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def alumni_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An alumni network's feed: "your classmates" (round 24-32 px faces in rings, cut by the
    edge); posts: the alum's 26-36 px face, the name and "Class of", a new-role or reunion line, a
    graduation or reunion photo (faces 14-90 px, under 18 px not counted; a campus drawn on some),
    a reactions stack (18-20 px)."""
    s = new_screen(rng, name, cast.kind("alumni"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, "Alumni", 1.1)
    icon(img, rng, (WIDTH - 60, y + 36), 20, s.fg)
    y += 80
    fp, side = _size(rng, 24, small(rng, 25, 32), (1.9, 2.4))
    x = 30
    while x < WIDTH - 10:
        ring_avatar(cast, s, x, y, fp * rng.uniform(0.93, 1.0), side, s.accent)
        note(img, f"'{rng.randrange(0, 25):02d}", (x + side // 2 - 18, y + side + 30), 0.45, GREY)
        x += side + 26
    y += side + 50
    foot = H - NAV_H - 130
    while y + 200 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 26, 36, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (46 + sd, y + 24), 0.55, s.fg, 2)
        tag(img, 220 + sd, y + 2, f"Class of {rng.randrange(1975, 2025)}", off(page, 30), 28)
        note(
            img,
            rng.choice(("started a new position", "is at the reunion", "got tenure", "defended today")),
            (46 + sd, y + 54),
            0.5,
            GREY,
        )
        y += max(sd, 66) + 10
        ph = min(foot - y - 70, rng.randrange(280, 381))
        if ph < 140:
            break
        if rng.random() < 0.2:
            blit(img, H11.render(rng, WIDTH - 60, ph, (campus_map,)), 30, y, rounded_rect(ph, WIDTH - 60, 16))
        else:
            cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 14, 90, rounded_rect(ph, WIDTH - 60, 16), 0.9)
        y += ph + 10
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 20, page, rng.randrange(0, 80))
        note(img, "congratulated", (end + 10, y + 28), 0.5, GREY)
        y += 60
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def lab_group(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lab group's page: a banner (glassware or a plot), the PI's round photo over its foot in a
    ring (faces 60-130 px), the lab's name and field; collaborators (18-22 px stack); the group
    photo (faces 18-70 px); members'
    headshots in a three-column grid (``member_tile``: 30-80 px, role tags)."""
    s = new_screen(rng, name, cast.kind("lab"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = 200
    blit(img, H11.render(rng, WIDTH, bh, (lab_glassware, science_plot, campus_map)), 0, y)
    side = rng.randrange(170, 231)
    ring_avatar(
        cast, s, 40, y + bh - side // 2, min(130.0, max(60.0, side / rng.uniform(1.3, 2.2))), side, page
    )
    note(img, who(rng) + " Lab", (70 + side, y + bh + 50), 0.9, s.fg, 2)
    note(
        img,
        rng.choice(FIELDS) + " - " + rng.choice(("Building 4", "North campus", "Science park")),
        (70 + side, y + bh + 86),
        0.55,
        GREY,
    )
    y += bh + side // 2 + 30
    chips(img, rng, 30, y, 3, 44, (140, 220), off(page, 14), s.fg)
    y += 64
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 7), 18.3, 22, page, rng.randrange(0, 30))
    note(img, "collaborators", (end + 10, y + 28), 0.5, GREY)
    y += 56
    gh = rng.randrange(340, 421)
    cut_photo(cast, rng, s, 30, y, WIDTH - 60, gh, 18.3, 70, None, 1.0)
    rounded_corners(s, (30, y, WIDTH - 30, y + gh), 20)
    note(img, f"Group retreat {rng.randrange(2019, 2027)}", (50, y + gh - 20), 0.6, WHITE, 2)
    y += gh + 16
    y = section(s, y, "Members")
    foot = H - NAV_H - 130
    tw = (WIDTH - 60 - 2 * 24) // 3
    while y + tw + 80 < foot:
        for j in range(3):
            member_tile(cast, rng, s, 30 + j * (tw + 24), y, tw)
        y += tw + 96
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def award_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A grant or award announcement: the winner's portrait (faces 120-420 px; warm, low-key or as
    shot) under the award's name, a drawn rosette over its corner; the citation's lines;
    congratulations (18-22 px stack); past winners (round 28-40 px faces with years)."""
    s = new_screen(rng, name, cast.kind("award"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    note(
        img,
        rng.choice(("Research Excellence Award", "Early Career Grant", "Teaching Prize", "Fellowship")),
        (30, y + 40),
        0.8,
        s.fg,
        2,
    )
    y += 70
    ph = rng.randrange(700, 900)
    cast.photo(s, 0, y, WIDTH, ph, rng.uniform(120, 420))
    roll = rng.random()
    if roll < 0.3:
        H10.redrawn(s, (0, y, WIDTH, y + ph), warm(rng))
    elif roll < 0.55:
        H10.redrawn(s, (0, y, WIDTH, y + ph), low_key(rng, WIDTH, ph))
    rosette(img, (WIDTH - 100, y + ph - 110), 56, GOLD)
    y += ph + 20
    note(img, "Congratulations, " + who(rng) + "!", (30, y + 30), 0.75, s.fg, 2)
    y += 50
    for _ in range(3):
        note(img, " ".join(rng.choice(C.WORDS) for _ in range(9))[:62], (30, y + 24), 0.5, GREY)
        y += 30
    y += 10
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(5, 120))
    note(img, "sent congratulations", (end + 10, y + 30), 0.5, GREY)
    y += 60
    foot = H - NAV_H - 130
    if y + 140 < foot:
        y = section(s, y, "Past winners")
        x = 30
        while x < WIDTH - 60:
            sd = face_avatar(cast, s, rng, x, y, 28, 40, (1.2, 1.5), "circle")
            note(img, str(rng.randrange(2000, 2025)), (x + 4, y + sd + 26), 0.45, GREY)
            x += max(sd, 80) + 30
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def events_calendar(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A campus events calendar: the month, a week strip with event dots, a filter's chips; events
    (``event_card``: speakers' 30-64 px faces, "going" stacks of 18-22 px); the campus map at the
    foot on some."""
    s = new_screen(rng, name, cast.kind("events"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, rng.choice(("October", "November", "March", "April")), 1.2)
    y += 80
    chosen = rng.randrange(7)
    for d in range(7):
        colour = s.accent if d == chosen else off(page, 12)
        fill(img, rounded_rect(100, 120, 16), 30 + d * 146, y, colour)
        note(img, "MTWTFSS"[d], (78 + d * 146, y + 36), 0.6, WHITE if d == chosen else s.fg, 2)
        note(img, str(rng.randrange(1, 29)), (72 + d * 146, y + 70), 0.55, WHITE if d == chosen else GREY)
        for k in range(rng.randrange(0, 4)):
            cv2.circle(img, (76 + d * 146 + k * 12, y + 88), 4, WHITE if d == chosen else s.accent, -1)
    y += 124
    chips(img, rng, 30, y, 4, 44, (120, 200), off(page, 14), s.fg)
    y += 70
    foot = H - NAV_H - 130
    end = foot - (rng.randrange(260, 320) if rng.random() < 0.4 else 0)
    while y + 186 < end:
        y += event_card(cast, rng, s, y)
    if y + 220 < foot:
        mh = foot - y - 10
        blit(img, H11.render(rng, WIDTH - 60, mh, (campus_map,)), 30, y, rounded_rect(mh, WIDTH - 60, 16))
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    conference_programme,
    lecture_capture,
    poster_map,
    staff_directory,
    defence_call,
    journal_article,
    alumni_feed,
    lab_group,
    award_page,
    events_calendar,
)
# with people: each twice a round but two (screens of a few large faces)
ONCE = (defence_call, award_page)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: pins on a hall's boards, a
# directory's rows, a byline)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, poster_map, staff_directory, journal_article)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT34_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h34", photos, free, seed, reps)
