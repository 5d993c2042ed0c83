"""Held-out screens, thirty-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a page of sheet music, an instrument
tuner's dial, a painter's palette, a colourwork knitting chart, a chess position, an abstract
painting; nothing with eyes, a mouth or a mask); every random choice from ``HELDOUT33_SEED``. Faces
are pasted through heldout2's ``Screen``, which settles each one on the finished screen (pixels
drawn over a face later are not the face's; a face with under half of its box left is dropped);
the people's places are filled by heldout11's ``Cast`` (through heldout26's, its screens marked
h33-; on face-free screens pets, objects, textures, initials and this set's drawn things), which
counts a face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not
counted, as everywhere in the bench.

What it adds is faces in the apps of the arts, music and hobbies, most of them small: singers on a
choir's risers, readers along a book's progress bar, makers over their items' corners, dancers
booked into classes, a forum's leaderboard and podium, and the larger faces such apps also show (a
teacher's lesson video, a critiqued portrait in black and white or low-key light, a museum's
archive portrait, two singers side by side). Near repeats avoided: heldout10's karaoke duet (one
video over the other) and heldout21's karaoke screen (here the two halves side by side, or one
beside an open "Tap to join" half, covers of the song in a grid); heldout10's seating chart (round
tables) and heldout31's choir roster (a group photo on the risers, sections' rows of 28-40 px
faces; here the seating plan drawn as arcs of ringed seats round a conductor, one section's
attendance over four rehearsals); heldout21's ticket wallet and heldout17's concert
feed (here the concert's own page: lineup with set times, friends going, a seat map); heldout10's
and heldout22's meeting galleries (here one teacher's video and a self view over a score);
heldout26's fan club and forum (here a hobby club's podium and leaderboard with drawn badges).
Ten layouts:
- an online music lesson (``music_lesson``): the teacher's video (faces 90-300 px, a warm lamp on
  some), the student's self view (30-80 px), the score with a playhead; the studio's students'
  tiles (24-60 px); the practice log (``practice_row``: 20-28 px);
- a choir's rehearsal (``choir_rehearsal``): the risers (``riser_arcs``: 18-24 px faces ringed by
  section, the conductor 26-34 px); attendance (``roster_row``: 20-30 px); "running late" (18-22
  px);
- a concert's page (``concert_page``): the band on stage (30-200 px, a beam on some); friends going
  (18-22 px); the lineup (36-90 px); a seat map (drawn); more shows (18-50 px);
- a photography club's critique (``photo_critique``): the poster (24-32 px); the portrait (120-420
  px; black and white, ``low_key``, warm or as shot); critiques (``critique_row``: 20-26 px); the
  challenge's entries (18-70 px);
- a handmade marketplace (``craft_market``): the maker of the week (30-160 px); the shop (28-40
  px); followed shops (22-34 px in rings); items (``item_card``: the maker's 20-26 px face over the
  corner, the maker holding it on some, 30-90 px);
- a book club (``book_club``): the host (40-70 px) and "going" (18-22 px); where everyone is
  (``reading_progress``: 18-24 px on a bar); the discussion (``comment_row``: 22-30 px, replies
  18-22 px);
- a dance studio's timetable (``dance_timetable``): instructors (40-110 px in rings); classes
  (``class_row``: 24-32 px, booked stacks 18-22 px); last week's class (14-60 px, under 18 px not
  counted, a motion blur on some);
- a karaoke duet side by side (``karaoke_split``): the two singers (60-220 px) under the pitch
  lane and the lyrics' band (``lyric_band``); covers (``cover_tile``: 24-90 px); up next (20-26
  px);
- a museum's gallery guide (``gallery_guide``): the artist's archive portrait (80-260 px, printed
  grey or sepia) in a gilt frame; the room's works (drawn); "also in this room" (24-36 px); a floor
  plan; the audio guide (20-26 px);
- a hobby club's forum (``hobby_forum``): online now (18-22 px); the podium (``podium``: 36-90 px,
  a crown); the leaderboard (``leader_row``: 20-28 px, drawn badges); posts (24-32 px) with a drawn
  board or chart or a meet's photo (14-60 px, under 18 px not counted) and reactions (18-20 px).
Light, dark and tinted themes (the lesson, the concert, the critiques, the dance studio and
karaoke mostly dark); JPEG quality 30-60. Tags, badges, presence dots, crowns, the lyrics, the
pitch lane's notes, buttons and play buttons take the pixels they cover; a face under them counts
while half of its box shows; rings are drawn before the faces they ring; the lamp's warmth, the
stage beam, black and white, the low-key fall-off, the archive print, the motion blur and the
scrims under titles leave the faces under them counted as they look; initials, "+N" discs, medals,
drawn badges, covers and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,422 faces (1,058 under 32 px, 237 of 32-63, 84 of 64-127,
43 larger; 1,166 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, rings,
tiles, frames and videos); ``reps=1`` a quarter (18 screens with 388 faces: 282, 76, 16 and 14
by size, 321 under 40 px; 13 face-free). Every layout but the critique feed and the karaoke duet
(screens of a few large faces: one portrait, two singers) is drawn twice a round. Faces by layout
at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    music_lesson       8 screens   134 faces:  29, 81,  9, 15
    choir_rehearsal    8 screens   229 faces: 229,  0,  0,  0
    concert_page       8 screens   150 faces:  93, 45,  8,  4
    photo_critique     4 screens    53 faces:  30, 13,  5,  5
    craft_market       8 screens   183 faces: 145, 25, 11,  2
    book_club          8 screens   111 faces: 103,  8,  0,  0
    dance_timetable    8 screens   250 faces: 202,  7, 41,  0
    karaoke_split      4 screens    51 faces:  21, 18,  4,  8
    gallery_guide      8 screens   129 faces: 115,  1,  4,  9
    hobby_forum        8 screens   132 faces:  91, 39,  2,  0
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
from heldout11 import INK, beam
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, play_button, progress, tab_bar, title, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import crown, status_dot
from heldout32 import stars, warm

HELDOUT33_SEED = 33333
PARTS: tuple[tuple[str, Colour], ...] = (  # a choir's or a band's sections and their colours (BGR)
    ("Soprano", (150, 80, 230)),
    ("Alto", (200, 140, 60)),
    ("Tenor", (60, 170, 90)),
    ("Bass", (40, 120, 220)),
)
MEDALS: tuple[Colour, ...] = (GOLD, (200, 200, 205), (60, 120, 190))
SKILLS: tuple[str, ...] = ("Beginner", "Improver", "Intermediate", "Advanced", "Open level")
DANCES: tuple[str, ...] = ("Salsa", "Ballet", "Hip hop", "Contemporary", "Tap", "Swing", "Bachata")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def sheet_music(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A page of sheet music on cream paper: staves of five lines, bar lines, note heads on stems
    (quavers joined by beams), a treble clef drawn as a looped curve, a few dynamics marks."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((235, 245, 250), (220, 238, 246), (250, 250, 250)))
    ink = (30, 30, 30)
    gap = max(2, round(h / rng.uniform(28, 44)))
    y = gap * 3
    while y + 4 * gap < h:
        for k in range(5):
            cv2.line(img, (4, y + k * gap), (w - 4, y + k * gap), ink, 1)
        clef = np.array(
            [
                [10 + gap, y + 5 * gap],
                [10 + gap, y - gap],
                [10 + 2 * gap, y],
                [10, y + 3 * gap],
                [10 + 2 * gap, y + 3 * gap],
            ],
            np.int32,
        )
        cv2.polylines(img, [clef], False, ink, max(1, gap // 4), cv2.LINE_AA)
        x = 10 + 4 * gap
        bar = rng.randrange(4, 9) * gap * 2
        last: tuple[int, int] | None = None
        while x < w - 2 * gap:
            if (x - 10 - 4 * gap) % bar < 2 * gap and x > 10 + 5 * gap:
                cv2.line(img, (x, y), (x, y + 4 * gap), ink, 1)
                x += gap
                last = None
                continue
            ny = y + rng.randrange(-2, 10) * gap // 2
            cv2.ellipse(
                img, (x, ny), (max(1, gap * 2 // 3), max(1, gap // 2)), -20, 0, 360, ink, -1, cv2.LINE_AA
            )
            top = ny - round(3.2 * gap)
            cv2.line(img, (x + gap * 2 // 3, ny), (x + gap * 2 // 3, top), ink, 1)
            if last is not None and rng.random() < 0.5:  # a beam to the note before
                cv2.line(img, last, (x + gap * 2 // 3, top), ink, max(1, gap // 3))
                last = None
            else:
                last = (x + gap * 2 // 3, top)
            x += rng.randrange(2, 4) * gap
        if rng.random() < 0.4:
            cv2.putText(
                img,
                rng.choice(("mf", "p", "ff", "cresc.")),
                (20 + rng.randrange(max(1, w // 2)), y + 6 * gap),
                FONT,
                gap / 20,
                ink,
                1,
                cv2.LINE_AA,
            )
        y += 8 * gap
    return img


def tuner_dial(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An instrument tuner's dial: a dark face, an arc of ticks from -50 to +50 cents, a needle, the
    note's letter large under it and the string's number, green when in tune."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), rng.choice(((40, 35, 30), (20, 20, 24))), (10, 10, 12))
    cx, cy, r = w // 2, round(h * 0.62), max(6, round(min(w * 0.42, h * 0.5)))
    for k in range(-10, 11):
        a = math.radians(-90 + k * 6)
        long = k % 5 == 0
        p = (round(cx + r * math.cos(a)), round(cy + r * math.sin(a)))
        q = (
            round(cx + r * (0.84 if long else 0.9) * math.cos(a)),
            round(cy + r * (0.84 if long else 0.9) * math.sin(a)),
        )
        cv2.line(img, p, q, GREEN if k == 0 else (200, 200, 200), max(1, r // 60 + long), cv2.LINE_AA)
    cents = rng.uniform(-40, 40)
    good = abs(cents) < 6
    a = math.radians(-90 + cents * 0.6 * 2)
    colour = GREEN if good else (60, 90, 240)
    cv2.line(
        img,
        (cx, cy),
        (round(cx + r * 0.92 * math.cos(a)), round(cy + r * 0.92 * math.sin(a))),
        colour,
        max(1, r // 40),
        cv2.LINE_AA,
    )
    letter = rng.choice("EADGBC") + rng.choice(("", "", "#", "b"))
    scale = max(0.3, r / 90)
    (tw, th), _ = cv2.getTextSize(letter, FONT, scale, max(1, r // 40))
    cv2.putText(
        img,
        letter,
        (cx - tw // 2, min(h - 4, cy + th + r // 8)),
        FONT,
        scale,
        colour,
        max(1, r // 40),
        cv2.LINE_AA,
    )
    cv2.putText(
        img, f"{cents:+.0f}", (4, max(10, h // 8)), FONT, max(0.25, r / 200), (200, 200, 200), 1, cv2.LINE_AA
    )
    return img


def paint_palette(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A painter's wooden palette on a paint-stained table: one thumb hole, six to nine blobs of
    paint along its rim, a mixing smear, a brush laid across."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((200, 205, 210), (150, 160, 170), (60, 70, 80)))
    for _ in range(rng.randrange(4, 12)):  # stains on the table
        cv2.circle(
            img,
            (rng.randrange(w), rng.randrange(h)),
            max(1, min(w, h) // 40),
            random_colour(rng, 60, 240),
            -1,
        )
    cx, cy = w // 2, h // 2
    ax, ay = max(4, round(w * 0.44)), max(4, round(h * 0.38))
    wood = rng.choice(((80, 150, 200), (100, 170, 215), (60, 120, 170)))
    cv2.ellipse(img, (cx, cy), (ax, ay), rng.uniform(-15, 15), 0, 360, wood, -1, cv2.LINE_AA)
    cv2.circle(
        img,
        (round(cx - ax * 0.55), round(cy + ay * 0.25)),
        max(2, min(ax, ay) // 6),
        img[0, 0].tolist(),
        -1,
        cv2.LINE_AA,
    )
    n = rng.randrange(6, 10)
    for k in range(n):
        a = math.radians(-160 + k * 250 / n)
        c = (round(cx + ax * 0.75 * math.cos(a)), round(cy + ay * 0.72 * math.sin(a)))
        rr = max(2, round(min(ax, ay) * rng.uniform(0.1, 0.17)))
        cv2.ellipse(
            img,
            c,
            (rr, max(2, round(rr * rng.uniform(0.6, 1.0)))),
            rng.uniform(0, 180),
            0,
            360,
            random_colour(rng, 30, 250),
            -1,
            cv2.LINE_AA,
        )
    smear = random_colour(rng, 60, 230)
    cv2.ellipse(
        img, (cx + ax // 5, cy), (max(2, ax // 4), max(2, ay // 6)), 30, 0, 360, smear, -1, cv2.LINE_AA
    )
    if rng.random() < 0.7:  # a brush
        p, q = (rng.randrange(w), 0), (rng.randrange(w), h)
        cv2.line(img, p, q, (40, 60, 160), max(2, w // 60), cv2.LINE_AA)
        cv2.line(img, p, (p[0] + (q[0] - p[0]) // 6, h // 6), (190, 190, 200), max(2, w // 50), cv2.LINE_AA)
    return img


def knit_chart(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A colourwork knitting chart: a grid of stitches in two to four yarn colours making a repeat of
    diamonds, stripes or snowflake-like crosses, row numbers down its side, a ball of yarn in a
    corner on some."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (245, 245, 245)
    cell = max(3, round(min(w, h) / rng.uniform(12, 28)))
    colours = [random_colour(rng, 40, 240) for _ in range(rng.randrange(2, 5))]
    period, kind = rng.randrange(4, 9), rng.randrange(3)
    for r in range(h // cell + 1):
        for c in range(w // cell + 1):
            i, j = c % period, r % period
            if kind == 0:
                on = abs(i - period // 2) + abs(j - period // 2) == period // 2
            elif kind == 1:
                on = j < 2
            else:
                on = i == period // 2 or j == period // 2
            colour = colours[(r // period) % len(colours)] if on else (235, 235, 228)
            cv2.rectangle(img, (c * cell, r * cell), ((c + 1) * cell - 1, (r + 1) * cell - 1), colour, -1)
    for x in range(0, w, cell):
        cv2.line(img, (x, 0), (x, h), (190, 190, 190), 1)
    for y in range(0, h, cell):
        cv2.line(img, (0, y), (w, y), (190, 190, 190), 1)
    if rng.random() < 0.5:  # a ball of yarn: a disc wound with arcs
        r = max(4, min(w, h) // 5)
        ball = (w - r - 2, h - r - 2)
        yarn = colours[0]
        cv2.circle(img, ball, r, yarn, -1, cv2.LINE_AA)
        for k in range(5):
            cv2.ellipse(
                img, ball, (r, max(1, r * k // 5)), 20 + k * 30, 0, 360, tone(yarn, -40), 1, cv2.LINE_AA
            )
    return img


def chess_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chess position from above: the board's squares, pieces as flat discs marked with their
    letters in white and black, the last move's squares highlighted, coordinates at the edge."""
    img = np.zeros((h, w, 3), np.uint8)
    light, dark = rng.choice((((180, 215, 235), (90, 140, 180)), ((210, 225, 235), (100, 150, 120))))
    sq = max(2, min(w, h) // 8)
    x0, y0 = (w - 8 * sq) // 2, (h - 8 * sq) // 2
    img[:] = tone(dark, -40)
    moved = {(rng.randrange(8), rng.randrange(8)) for _ in range(2)}
    for r in range(8):
        for c in range(8):
            colour = light if (r + c) % 2 == 0 else dark
            if (r, c) in moved:
                colour = (90, 200, 210)
            cv2.rectangle(
                img, (x0 + c * sq, y0 + r * sq), (x0 + (c + 1) * sq - 1, y0 + (r + 1) * sq - 1), colour, -1
            )
    for _ in range(rng.randrange(6, 20)):
        r, c = rng.randrange(8), rng.randrange(8)
        white = rng.random() < 0.5
        centre = (x0 + c * sq + sq // 2, y0 + r * sq + sq // 2)
        cv2.circle(
            img, centre, max(1, sq * 2 // 5), (240, 240, 240) if white else (35, 35, 35), -1, cv2.LINE_AA
        )
        letter = rng.choice("KQRBNP")
        cv2.putText(
            img,
            letter,
            (centre[0] - sq // 5, centre[1] + sq // 5),
            FONT,
            max(0.2, sq / 60),
            (35, 35, 35) if white else (240, 240, 240),
            max(1, sq // 30),
            cv2.LINE_AA,
        )
    return img


def abstract_canvas(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An abstract painting in a gallery: colour fields (a few large soft-edged rectangles), gestural
    brush strokes and drips over them; no figure, nothing with eyes."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = random_colour(rng, 120, 245)
    for _ in range(rng.randrange(2, 5)):
        x1, y1 = rng.randrange(w), rng.randrange(h)
        cv2.rectangle(
            img,
            (x1, y1),
            (x1 + rng.randrange(w // 3 + 1, w + 1), y1 + rng.randrange(h // 4 + 1, h // 2 + 2)),
            random_colour(rng, 30, 240),
            -1,
        )
    img[:] = cv2.GaussianBlur(img, (0, 0), max(1.0, min(w, h) / 60))
    for _ in range(rng.randrange(3, 9)):
        pts = np.array([[rng.randrange(w), rng.randrange(h)] for _ in range(rng.randrange(3, 6))], np.int32)
        cv2.polylines(
            img,
            [pts],
            False,
            random_colour(rng, 10, 250),
            max(1, min(w, h) // rng.randrange(20, 60)),
            cv2.LINE_AA,
        )
    for _ in range(rng.randrange(0, 5)):  # drips
        x, y = rng.randrange(w), rng.randrange(h // 2 + 1)
        cv2.line(
            img, (x, y), (x, y + rng.randrange(h // 3 + 1)), random_colour(rng, 10, 250), max(1, w // 120)
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    sheet_music,
    tuner_dial,
    paint_palette,
    knit_chart,
    chess_board,
    abstract_canvas,
)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h33-, whose drawn things are this set's: sheet music, a tuner's dial, a paint
    palette, a knitting chart, a chess position, an abstract painting."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h33-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def low_key(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A low-key portrait's light over a w x h picture: one side falls off into shadow (to 35-55 %
    of its brightness) under a soft vignette (for ``heldout10.redrawn``: the faces under it stay
    counted, darker on one side)."""
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)
    if rng.random() < 0.5:
        xs = xs[::-1]
    floor = rng.uniform(0.35, 0.55)
    ys = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None]
    light = (floor + (1 - floor) * np.clip(1.2 - xs, 0, 1))[None, :] * (1 - 0.25 * ys**2)
    return lambda part: np.clip(part * light[:, :, None], 0, 255).astype(np.uint8)


def rounded_corners(s: Screen, rect: tuple[int, int, int, int], r: int) -> None:
    """Round a picture's corners in the page's colour (a card's photo); what they cover is not a
    face's."""
    x1, y1, x2, y2 = rect
    fill(s.img, 255 - rounded_rect(y2 - y1, x2 - x1, r), x1, y1, s.bg)


def ring_avatar(cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, ring: Colour) -> None:
    """A round avatar inside a coloured ring with a gap of the page's colour (a story's, a chosen
    instructor's, a section's); the ring is drawn before the face it rings."""
    c = (x + side // 2, y + side // 2)
    cv2.circle(s.img, c, side // 2 + max(5, side // 14), ring, -1, cv2.LINE_AA)
    cv2.circle(s.img, c, side // 2 + max(2, side // 28), s.bg, -1, cv2.LINE_AA)
    cast.avatar(s, x, y, fp, side, "circle")


def practice_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's line in the teacher's practice log: the 20-28 px face (initials on some), the
    name and instrument, the week's minutes as seven small bars, a streak's flame count. Returns its
    height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:9], (46 + sd, y + 22), 0.55, s.fg, 2)
    note(
        img,
        rng.choice(("Piano", "Violin", "Guitar", "Cello", "Voice", "Flute")),
        (46 + sd, y + 50),
        0.45,
        GREY,
    )
    for d in range(7):
        bh = rng.randrange(2, 44)
        cv2.rectangle(img, (WIDTH - 420 + d * 26, y + 52 - bh), (WIDTH - 404 + d * 26, y + 52), s.accent, -1)
    note(img, f"{rng.randrange(0, 400)} min", (WIDTH - 220, y + 40), 0.55, s.fg)
    tag(img, WIDTH - 110, y + 14, f"{rng.randrange(1, 60)}d", (40, 120, 240), 30)
    return max(sd, 60) + 14


def riser_arcs(cast: Cast, rng: random.Random, s: Screen, y: int, rows: int) -> int:
    """A choir's seating on risers seen from the conductor: ``rows`` arcs of seats (round 18-24 px
    faces ringed in their section's colour, empty seats as grey rings, initials on some) widening
    towards the back, the conductor's 26-34 px face at the front. Returns the height used."""
    img = s.img
    cx = WIDTH // 2
    base = y + 90 + rows * 72
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
    for r in range(rows):
        radius = 180 + r * 72
        n = 7 + 3 * r
        for k in range(n):
            a = math.radians(200 + k * 140 / (n - 1))
            x, yy = (
                round(cx + radius * math.cos(a)) - side // 2,
                round(base + radius * math.sin(a) * 0.55) - side // 2,
            )
            seat = PARTS[min(3, k * 4 // n)]
            if rng.random() < 0.12:
                cv2.circle(img, (x + side // 2, yy + side // 2), side // 2, GREY, 2, cv2.LINE_AA)
                continue
            cv2.circle(img, (x + side // 2, yy + side // 2), side // 2 + 3, seat[1], -1, cv2.LINE_AA)
            cast.person(s, x, yy, fp * rng.uniform(0.94, 1.0), side, "circle")
    cfp, cside = _size(rng, 26, small(rng, 27, 34), (1.1, 1.25))
    cv2.rectangle(img, (cx - 60, base + 40), (cx + 60, base + 60), off(s.bg, 30), -1)
    cast.avatar(s, cx - cside // 2, base + 30 - cside, cfp, cside, "circle", s.accent)
    for j, (part, colour) in enumerate(PARTS):
        cv2.circle(img, (60 + j * 250, base + 100), 10, colour, -1, cv2.LINE_AA)
        note(img, part, (80 + j * 250, base + 108), 0.5, s.fg)
    return base + 130 - y


def roster_row(cast: Cast, rng: random.Random, s: Screen, y: int, part: tuple[str, Colour]) -> int:
    """A singer's attendance line: the 20-30 px face (initials on some), the name, the section's
    tag and the last four rehearsals as ticks and crosses, "excused" on some. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 30, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:10] + " " + rng.choice("ABCDEFGHKLMNPRST") + ".", (46 + sd, y + 26), 0.55, s.fg, 2)
    tag(img, 46 + sd, y + 36, part[0], part[1], 26)
    for k in range(4):
        here = rng.random() < 0.8
        badge(
            img, (WIDTH - 250 + k * 50, y + sd // 2 + 4), 14, GREEN if here else RED, "check" if here else "x"
        )
    return max(sd, 66) + 12


def photo_row(
    cast: Cast, rng: random.Random, s: Screen, y: int, tile: tuple[int, int, int], hi: float, people: float
) -> None:
    """A row of shared photos from the left margin cut by the right edge (more shows, a challenge's
    entries): tiles of ``tile`` (width, height, gap), people in them with faces 18.3-``hi`` px on
    ``people`` of them, else things."""
    tw, th, gap = tile
    x = 30
    while x < WIDTH:
        cut_photo(cast, rng, s, x, y, min(tw, WIDTH - x), th, 18.3, hi, None, people)
        x += tw + gap


def seat_map(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int, page: Colour) -> None:
    """A venue's seat map: the stage at the top, the floor and tiered blocks in price colours, some
    sold out in grey, one chosen block outlined; no people."""
    cv2.rectangle(img, (x, y), (x + w, y + h), off(page, 8), -1)
    cv2.rectangle(img, (x + w // 4, y + 14), (x + 3 * w // 4, y + 54), (40, 40, 40), -1)
    note(img, "STAGE", (x + w // 2 - 40, y + 42), 0.6, WHITE, 2)
    prices = ((200, 120, 60), (60, 160, 220), (120, 80, 200), (90, 170, 90))
    bw = (w - 60) // 4
    for r in range(3):
        for c in range(4):
            bx, by = x + 20 + c * (bw + 7), y + 74 + r * ((h - 90) // 3)
            colour = GREY if rng.random() < 0.2 else prices[(r + abs(c - 1)) % 4]
            cv2.rectangle(img, (bx, by), (bx + bw, by + (h - 110) // 3), colour, -1)
    k = rng.randrange(12)
    bx, by = x + 20 + (k % 4) * (bw + 7), y + 74 + (k // 4) * ((h - 90) // 3)
    cv2.rectangle(img, (bx - 3, by - 3), (bx + bw + 3, by + (h - 110) // 3 + 3), WHITE, 3)


def exif_chips(img: np.ndarray, rng: random.Random, x: int, y: int, back: Colour, ink: Colour) -> None:
    """A photo's settings as chips: the lens, the aperture, the shutter and the ISO."""
    for text in (
        f"{rng.choice((35, 50, 85, 105, 135))}mm",
        f"f/{rng.choice((1.4, 1.8, 2.8, 4, 5.6))}",
        f"1/{rng.choice((60, 125, 200, 500, 1000))}",
        f"ISO {rng.choice((100, 200, 400, 800, 3200))}",
    ):
        (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.5, 1)
        pill(img, x, y, tw + 30, 40, back)
        note(img, text, (x + 15, y + 27), 0.5, ink)
        x += tw + 44


def critique_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A critique under a portrait: the critic's 20-26 px face (initials on some), the name and a
    "Pro" or "Mentor" tag on some, two lines of advice, a star rating. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:10], (44 + sd, y + 22), 0.55, s.fg, 2)
    if rng.random() < 0.35:
        tag(img, 200 + sd, y, rng.choice(("Mentor", "Pro")), s.accent, 28)
    for k in range(2):
        note(
            img,
            " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(4, 9)))[:60],
            (44 + sd, y + 52 + k * 28),
            0.5,
            GREY,
        )
    stars(img, WIDTH - 170, y + 16, rng.randrange(2, 6), 11)
    return max(sd, 96) + 14


def item_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A handmade item's card: the item (a drawn chart, palette or sheet, or a thing; on some the
    maker holding it, faces 30-90 px), the maker's 20-26 px face over the picture's lower left in a
    white rim, the item's name, price and stars, a heart. Returns its height."""
    img = s.img
    ph = round(cw * rng.uniform(1.0, 1.2))
    if rng.random() < 0.25:
        cast.photo(s, x, y, cw, ph, small(rng, 30, 90))
    elif rng.random() < 0.6:
        blit(img, H11.render(rng, cw, ph, (knit_chart, paint_palette, sheet_music)), x, y)
    else:
        cast.thing(s, x, y, cw, ph)
    rounded_corners(s, (x, y, x + cw, y + ph), 18)
    cv2.circle(img, (x + cw - 34, y + 34), 22, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, (x + cw - 34, y + 36), 8, RED, -1, cv2.LINE_AA)
    fp, side = _size(rng, 20, small(rng, 21, 26), (1.1, 1.2))
    cast.avatar(s, x + 12, y + ph - side // 2 - 6, fp, side, "circle", WHITE)
    note(img, words(rng, 2).title()[:16], (x + 4, y + ph + side // 2 + 34), 0.55, s.fg, 2)
    note(img, f"${rng.randrange(8, 240)}", (x + 4, y + ph + side // 2 + 66), 0.6, s.fg, 2)
    stars(img, x + cw - 130, y + ph + side // 2 + 58, rng.uniform(3.5, 5), 9)
    return ph + side // 2 + 84


def book_cover(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A novel's cover: a colour field with a band or a drawn shape, the title and the author in
    capitals; no figure on it."""
    back = random_colour(rng, 40, 220)
    cv2.rectangle(img, (x, y), (x + w, y + h), back, -1)
    if rng.random() < 0.5:
        cv2.rectangle(img, (x, y + h // 3), (x + w, y + h // 2), tone(back, 60), -1)
    else:
        cv2.circle(img, (x + w // 2, y + h // 2), w // 3, tone(back, -50), -1, cv2.LINE_AA)
    title(img, words(rng, 1)[:8], (x + 12, y + h // 4), w / 260, WHITE)
    note(img, who(rng).upper()[:10], (x + 12, y + h - 20), w / 400, WHITE, 1)


def reading_progress(cast: Cast, rng: random.Random, s: Screen, y: int, chapters: int) -> int:
    """Where the members are in the book: a bar split into chapters, each member's 18-24 px face
    on it where they have read to (faces bunched at a chapter overlap, the later drawn over the
    earlier: under half of a face left, not counted), "spoiler-free" below. Returns its height."""
    img = s.img
    x0, x1 = 50, WIDTH - 50
    cv2.rectangle(img, (x0, y + 40), (x1, y + 48), off(s.bg, 30), -1)
    for k in range(chapters + 1):
        cx = x0 + (x1 - x0) * k // chapters
        cv2.line(img, (cx, y + 34), (cx, y + 54), GREY, 2)
        if k < chapters:
            note(img, str(k + 1), (cx + 6, y + 82), 0.4, GREY)
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
    for _ in range(rng.randrange(4, 10)):
        cx = x0 + round((x1 - x0) * rng.random() ** 0.7)
        cast.avatar(
            s,
            min(x1 - side, max(x0 - side // 2, cx - side // 2)),
            y + 44 - side // 2,
            fp,
            side,
            "circle",
            s.bg,
        )
    return 100


def comment_row(cast: Cast, rng: random.Random, s: Screen, y: int, depth: int) -> int:
    """A thread's comment: the member's face (22-30 px; 18-22 px in a reply), the name, the
    chapter it is about, two lines, a quoted passage in a side-barred block on some, likes.
    Returns its height."""
    img = s.img
    x = 30 + depth * 60
    lo, hi = (22, 30) if depth == 0 else (18.3, 22)
    sd = face_avatar(cast, s, rng, x, y, lo, hi, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:10] + f"  - ch. {rng.randrange(1, 30)}", (x + sd + 14, y + 22), 0.55, s.fg, 2)
    yy = y + 50
    if depth == 0 and rng.random() < 0.4:
        cv2.rectangle(img, (x + sd + 14, yy - 10), (x + sd + 20, yy + 40), s.accent, -1)
        note(
            img,
            '"' + " ".join(rng.choice(C.WORDS) for _ in range(6))[:44] + '"',
            (x + sd + 34, yy + 20),
            0.5,
            GREY,
        )
        yy += 56
    for _ in range(rng.randrange(1, 3)):
        note(
            img,
            " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(4, 9)))[:56],
            (x + sd + 14, yy),
            0.5,
            s.fg,
        )
        yy += 28
    note(img, f"{rng.randrange(0, 40)} likes  Reply", (x + sd + 14, yy + 6), 0.45, GREY)
    return max(sd, yy + 20 - y) + 10


def class_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A class in a dance studio's timetable: the time block, the style and level, the room, the
    instructor's 24-32 px face in a rounded square, the booked dancers' stack (18-22 px, "+N")
    and "Book" or "Waitlist" (a "FULL" tag on some). Returns its height."""
    img = s.img
    rh = 132
    fill(img, rounded_rect(rh - 12, WIDTH - 60, 18), 30, y, off(s.bg, 9))
    fill(img, rounded_rect(rh - 36, 110, 14), 42, y + 12, s.accent)
    hh = rng.randrange(7, 21)
    note(img, f"{hh:02d}:{rng.choice(('00', '30'))}", (56, y + 54), 0.7, WHITE, 2)
    note(img, f"{rng.choice((45, 60, 75, 90))} min", (58, y + 88), 0.45, WHITE)
    sd = face_avatar(cast, s, rng, 172, y + 16, 24, 32, (1.1, 1.25), "rounded", person=True)
    note(img, rng.choice(DANCES), (186 + sd, y + 40), 0.65, s.fg, 2)
    note(img, rng.choice(SKILLS) + " - Studio " + rng.choice("ABC"), (186 + sd, y + 70), 0.45, GREY)
    end = stack(
        cast, s, rng, 186 + sd, y + 78, rng.randrange(2, 6), 18.3, 22, off(s.bg, 9), rng.randrange(0, 14)
    )
    full = rng.random() < 0.25
    if full:
        tag(img, end + 12, y + 84, "FULL", RED, 26)
    pill(img, WIDTH - 200, y + 36, 150, 48, off(s.bg, 30) if full else s.accent)
    note(img, "Waitlist" if full else "Book", (WIDTH - 178, y + 68), 0.6, WHITE, 2)
    return rh


def lyric_band(s: Screen, rng: random.Random, y: int, h: int) -> None:
    """The lyrics across both singers' halves: a translucent band, the line sung now in outlined
    capitals with its sung part in the accent, the next line smaller (they take the pixels they
    cover; faces under them count while half of their box shows)."""
    H5.scrim(s, (0, y, WIDTH, y + h), 0.35)
    line = " ".join(rng.choice(C.WORDS) for _ in range(3)).upper()[:22]
    title(s.img, line, (40, y + h // 2), 1.3, WHITE, (20, 20, 20))
    cut = rng.randrange(1, len(line))
    title(
        s.img, line[:cut], (40, y + h // 2), 1.3, rng.choice(((80, 220, 250), (230, 120, 250))), (20, 20, 20)
    )
    note(s.img, " ".join(rng.choice(C.WORDS) for _ in range(4))[:36], (40, y + h - 24), 0.7, WHITE, 2)


def cover_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A cover of the song by someone else: their video's still (faces 24-90 px), a play count and
    a heart over its foot, a "Duet" tag on some."""
    cast.photo(s, x, y, tw, th, small(rng, 24, min(90.0, th * 0.45)))
    H5.scrim(s, (x, y + th - 40, x + tw, y + th), 0.5)
    play_button(s.img, (x + 22, y + th - 20), 10, (0, 0, 0), WHITE)
    note(s.img, f"{rng.randrange(1, 900)}k", (x + 38, y + th - 12), 0.45, WHITE)
    if rng.random() < 0.3:
        tag(s.img, x + 6, y + 6, "Duet", (230, 120, 250), 26)


def podium(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The month's top three contributors: round photos (the first 50-90 px, a crown over its
    ring; the others 36-60 px) on steps in gold, silver and bronze with their points, the rank's medal
    under each ring. Returns its
    height."""
    img = s.img
    steps = ((0, WIDTH // 2, 0), (1, WIDTH // 2 - 300, 60), (2, WIDTH // 2 + 300, 90))
    for rank, cx, drop in steps:
        lo, hi = (50.0, 90.0) if rank == 0 else (36.0, 60.0)
        fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.5, 1.9))
        top = y + 60 + drop
        ring_avatar(cast, s, cx - side // 2, top, fp, side, MEDALS[rank])
        if rank == 0:
            crown(img, (cx, top - 22), 22, GOLD)
        badge(img, (cx, top + side + 6), 16, MEDALS[rank], str(rank + 1), s.bg)
        sy = top + side + 30
        cv2.rectangle(img, (cx - 120, sy), (cx + 120, y + 470), tone(MEDALS[rank], -20), -1)
        note(img, who(rng)[:9], (cx - 100, sy + 36), 0.55, INK, 2)
        note(img, f"{rng.randrange(200, 9000)} pts", (cx - 100, sy + 66), 0.5, INK)
    return 490


def leader_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A leaderboard's line: the rank, the member's 20-28 px face (initials on some), the name,
    earned badges as small drawn shapes, the points and a rise or fall arrow. Returns its
    height."""
    img = s.img
    note(img, str(rank), (30, y + 36), 0.6, GREY, 2)
    sd = face_avatar(cast, s, rng, 80, y + 4, 20, 28, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:10], (96 + sd, y + 36), 0.55, s.fg, 2)
    for k in range(rng.randrange(0, 5)):
        c = (330 + sd + k * 34, y + 28)
        shape = rng.randrange(3)
        colour = random_colour(rng, 60, 230)
        if shape == 0:
            star(img, c, 13, colour)
        elif shape == 1:
            cv2.circle(img, c, 12, colour, -1, cv2.LINE_AA)
        else:
            cv2.rectangle(img, (c[0] - 11, c[1] - 11), (c[0] + 11, c[1] + 11), colour, -1)
    note(img, f"{rng.randrange(20, 5000)}", (WIDTH - 170, y + 36), 0.6, s.fg, 2)
    up = rng.random() < 0.6
    tri = (
        [(WIDTH - 60, y + 16), (WIDTH - 48, y + 36), (WIDTH - 72, y + 36)]
        if up
        else [(WIDTH - 60, y + 38), (WIDTH - 48, y + 18), (WIDTH - 72, y + 18)]
    )
    cv2.fillPoly(img, [np.array(tri, np.int32)], GREEN if up else RED, cv2.LINE_AA)
    return max(sd, 56) + 12


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def music_lesson(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An online music lesson: the teacher's video (faces 90-300 px, under a warm lamp on some) in
    a rounded frame with a REC tag, the student's self view over its lower right (faces 30-80
    px), the call's buttons; the piece's sheet music with a playhead; "Your studio": students'
    tiles cut by the right edge (faces 24-60 px); the practice log (``practice_row``: 20-28 px)."""
    s = new_screen(rng, name, cast.kind("lesson"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    note(
        img,
        rng.choice(("Piano", "Violin", "Guitar", "Voice")) + " with " + who(rng),
        (30, y + 40),
        0.8,
        s.fg,
        2,
    )
    note(img, f"{rng.randrange(0, 45):02d}:{rng.randrange(60):02d}", (WIDTH - 130, y + 40), 0.7, GREY, 2)
    y += 64
    vw, vh = WIDTH - 60, rng.randrange(600, 721)
    cast.photo(s, 30, y, vw, vh, rng.uniform(90, 300))
    if rng.random() < 0.4:
        H10.redrawn(s, (30, y, 30 + vw, y + vh), warm(rng))
    pw = rng.randrange(170, 231)
    ph = round(pw * 1.35)
    px, py = 30 + vw - pw - 20, y + vh - ph - 20
    cv2.rectangle(img, (px - 4, py - 4), (px + pw + 4, py + ph + 4), WHITE, -1)
    cast.photo(s, px, py, pw, ph, small(rng, 30, 80))
    rounded_corners(s, (30, y, 30 + vw, y + vh), 28)
    if rng.random() < 0.6:
        tag(img, 50, y + 20, "REC", RED, 32)
    y += vh + 20
    for k, colour in enumerate((off(page, 30), off(page, 30), RED, off(page, 30))):
        cv2.circle(img, (WIDTH // 2 - 240 + k * 160, y + 40), 38, colour, -1, cv2.LINE_AA)
        icon(img, rng, (WIDTH // 2 - 240 + k * 160, y + 40), 16, WHITE)
    y += 100
    sh = rng.randrange(200, 261)
    blit(img, H11.render(rng, WIDTH - 60, sh, (sheet_music,)), 30, y, rounded_rect(sh, WIDTH - 60, 16))
    px = 30 + rng.randrange(60, WIDTH - 120)
    cv2.line(img, (px, y + 6), (px, y + sh - 6), s.accent, 4)
    y += sh + 16
    foot = H - NAV_H - 130
    y = section(s, y, "Your studio")
    side = rng.randrange(130, 161)
    x = 30
    while x < WIDTH - 40 and y + side + 50 < foot:
        cast.avatar(s, x, y, min(60.0, max(24.0, side / rng.uniform(2.2, 4.5))), side, "rounded")
        note(img, who(rng)[:8], (x + 4, y + side + 30), 0.5, s.fg)
        x += side + 24
    y += side + 50
    while y + 80 < foot:
        y += practice_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def choir_rehearsal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A choir's rehearsal app: the date, the pieces as chips; the seating on risers
    (``riser_arcs``: arcs of 18-24 px faces ringed by section, the conductor 26-34 px); the
    sections' tabs; attendance (``roster_row``: 20-30 px faces, ticks and crosses); "running late"
    with a stack of 18-22 px."""
    s = new_screen(rng, name, cast.kind("risers"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "Rehearsal", 1.2)
    note(
        img,
        f"{rng.choice(('Tue', 'Wed', 'Thu'))} 19:30 - {rng.choice(C.WORDS).title()} Hall",
        (30, y + 92),
        0.6,
        GREY,
    )
    y += 120
    chips(img, rng, 30, y, 3, 44, (150, 230), off(page, 14), s.fg)
    y += 70
    y += riser_arcs(cast, rng, s, y, rng.randrange(2, 5))
    x = 30
    chosen = rng.randrange(4)
    for k, (part, colour) in enumerate(PARTS):
        pill(img, x, y, 200, 48, colour if k == chosen else off(page, 14))
        note(img, part, (x + 30, y + 32), 0.55, WHITE if k == chosen else s.fg, 2)
        x += 220
    y += 72
    foot = H - NAV_H - 130
    end = foot - 90
    while y + 80 < end:
        y += roster_row(cast, rng, s, y, PARTS[chosen] if rng.random() < 0.8 else rng.choice(PARTS))
    if y + 70 < foot:
        note(img, "Running late", (30, y + 36), 0.6, s.fg, 2)
        stack(cast, s, rng, 240, y + 6, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 4))
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def concert_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A concert's page in a ticketing app: the band on stage (faces 30-200 px, a stage light's beam
    over it on some) under the tour's name, the date and venue, "Get tickets"; friends going (18-22
    px); the lineup with set times (round photos, faces 36-90 px, the headliner ringed); the
    venue's seat map (drawn); more shows (cards of photos, faces 18-50 px, cut by the edge)."""
    s = new_screen(rng, name, cast.kind("concert"), ("dark", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(440, 541)
    cut_photo(cast, rng, s, 0, y, WIDTH, hh, 30, 200, None, 0.9)
    if rng.random() < 0.5:
        H10.redrawn(s, (0, y, WIDTH, y + hh), beam(rng, WIDTH, hh))
    H5.scrim(s, (0, y + hh - 140, WIDTH, y + hh), 0.5)
    title(img, words(rng, 2)[:16], (30, y + hh - 70), 1.3, WHITE, (20, 20, 20))
    note(img, "World tour " + str(rng.randrange(2024, 2028)), (30, y + hh - 26), 0.6, WHITE, 2)
    y += hh + 20
    note(
        img,
        f"{rng.choice(('Fri', 'Sat'))} {rng.randrange(1, 31)} {rng.choice(('May', 'Sep'))} - doors 19:00",
        (30, y + 30),
        0.65,
        s.fg,
        2,
    )
    note(img, rng.choice(C.WORDS).title() + " Arena", (30, y + 64), 0.55, GREY)
    pill(img, WIDTH - 290, y + 6, 250, 62, s.accent)
    note(img, "Get tickets", (WIDTH - 258, y + 46), 0.7, WHITE, 2)
    y += 90
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 6), 18.3, 22, page, rng.randrange(0, 30))
    note(img, "friends going", (end + 12, y + 30), 0.55, GREY)
    y += 60
    y = section(s, y, "Lineup", False)
    foot = H - NAV_H - 130
    for k in range(rng.randrange(2, 4)):
        fp, side = _size(rng, 36, small(rng, 37, 90), (1.2, 1.45))
        if k == 0:
            ring_avatar(cast, s, 40, y, fp, side, s.accent)
        else:
            cast.avatar(s, 40, y, fp, side, "circle")
        note(
            img, f"{21 - k}:{rng.choice(('00', '30', '45'))}", (WIDTH - 140, y + side // 2 + 8), 0.6, GREY, 2
        )
        note(img, words(rng, 2).title()[:16], (70 + side, y + side // 2), 0.65, s.fg, 2)
        note(img, "Headliner" if k == 0 else "Support", (70 + side, y + side // 2 + 32), 0.5, GREY)
        y += side + 24
    if y + 380 < foot:
        y = section(s, y, "Seats", False)
        mh = min(360, foot - y - 250)
        seat_map(img, rng, 30, y, WIDTH - 60, mh, page)
        y += mh + 20
    if y + 230 < foot:
        y = section(s, y, "More shows")
        ch = min(220, foot - y - 20)
        if ch > 120:
            photo_row(cast, rng, s, y, (300, ch, 20), 50, 0.85)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def photo_critique(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photography club's critique feed: the poster (24-32 px) and "Portrait - critique wanted";
    the portrait (faces 120-420 px) in black and white, low-key light falling off one side, a warm
    studio light or as shot; the camera's settings as chips; critiques (``critique_row``: 20-26 px
    faces, stars); the month's challenge entries (photos with faces 18-70 px, cut by the edge)."""
    s = new_screen(rng, name, cast.kind("critique"), ("dark", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:10], (46 + sd, y + 24), 0.6, s.fg, 2)
    note(img, "Portrait - critique wanted", (46 + sd, y + 52), 0.5, GREY)
    y += max(sd, 60) + 16
    ph = rng.randrange(640, 861)
    cast.photo(s, 0, y, WIDTH, ph, rng.uniform(120, 420))
    roll = rng.random()
    if roll < 0.3:
        H10.redrawn(s, (0, y, WIDTH, y + ph), H10.greyed)
    elif roll < 0.6:
        H10.redrawn(s, (0, y, WIDTH, y + ph), low_key(rng, WIDTH, ph))
    elif roll < 0.8:
        H10.redrawn(s, (0, y, WIDTH, y + ph), warm(rng))
    y += ph + 16
    exif_chips(img, rng, 30, y, off(page, 16), s.fg)
    y += 60
    note(img, f"{rng.randrange(2, 60)} critiques", (30, y + 24), 0.55, GREY, 2)
    y += 46
    foot = H - NAV_H - 130
    end = foot - (300 if rng.random() < 0.6 else 0)
    while y + 110 < end:
        y += critique_row(cast, rng, s, y)
    if y + 270 < foot:
        y = section(s, y, "Challenge: " + rng.choice(("Window light", "Strangers", "Street", "Mono")))
        side = min(240, foot - y - 16)
        photo_row(cast, rng, s, y, (side, side, 14), 70, 0.9)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def craft_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A handmade marketplace: the featured maker at the bench (faces 30-160 px) in a rounded
    card, the shop's 28-40 px face, name and stars; category chips; on most the shops one follows
    (ringed round photos, faces 22-34 px, cut by the right edge); a grid of two columns of items
    (``item_card``: the maker's 20-26 px face over each picture's corner, on some the maker holding
    it, faces 30-90 px)."""
    s = new_screen(rng, name, cast.kind("makers"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    heading(s, 30, y + 50, rng.choice(("Handmade", "Makers", "Crafted")), 1.2)
    icon(img, rng, (WIDTH - 60, y + 36), 20, s.fg)
    y += 80
    bh = rng.randrange(300, 381)
    cut_photo(cast, rng, s, 30, y, WIDTH - 60, bh, 30, 160, None, 0.85)
    rounded_corners(s, (30, y, WIDTH - 30, y + bh), 24)
    tag(img, 50, y + 20, "Maker of the week", s.accent, 34)
    y += bh + 16
    sd = face_avatar(cast, s, rng, 30, y, 28, 40, (1.1, 1.3), "circle", person=True)
    note(
        img,
        rng.choice(C.WORDS).title() + rng.choice((" Pottery", " Knits", " Prints", " Leather")),
        (46 + sd, y + 26),
        0.65,
        s.fg,
        2,
    )
    stars(img, 46 + sd, y + 50, rng.uniform(4, 5), 10)
    y += max(sd, 70) + 16
    chips(img, rng, 30, y, 4, 46, (130, 200), off(page, 14), s.fg)
    y += 70
    if rng.random() < 0.7:  # the shops one follows, cut by the right edge
        fp, side = _size(rng, 22, small(rng, 23, 34), (2.0, 2.6))
        x = 30
        while x < WIDTH - 20:
            ring_avatar(
                cast, s, x, y, fp * rng.uniform(0.92, 1.0), side, s.accent if rng.random() < 0.4 else GREY
            )
            note(img, who(rng)[:7], (x + 4, y + side + 30), 0.45, s.fg)
            x += side + 30
        y += side + 50
    foot = H - NAV_H - 130
    cw = (WIDTH - 84) // 2
    while y + 200 < foot:
        heights = [item_card(cast, rng, s, 30 + j * (cw + 24), y, cw) for j in range(2)]
        y += max(heights) + 16
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def book_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A book club's thread: this month's book (a drawn cover), the next meeting with its host
    (40-70 px face) and a "going" stack (18-22 px); where everyone is in the book
    (``reading_progress``: 18-24 px faces along a bar); the discussion (``comment_row``: 22-30 px
    faces, replies 18-22 px, quoted passages)."""
    s = new_screen(rng, name, cast.kind("bookclub"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(C.WORDS).title()[:10] + " Readers", 1.0)
    y += 90
    book_cover(img, rng, 30, y, 200, 300)
    note(img, "This month", (260, y + 30), 0.55, GREY)
    note(img, words(rng, 2).title()[:18], (260, y + 72), 0.8, s.fg, 2)
    note(img, f"{rng.randrange(180, 600)} pages", (260, y + 110), 0.55, GREY)
    fill(img, rounded_rect(150, WIDTH - 290, 18), 260, y + 140, off(page, 10))
    fp, side = _size(rng, 40, small(rng, 41, 70), (1.1, 1.3))
    side = min(side, 130)
    cast.avatar(s, 276, y + 150, min(fp, side / 1.05), side, "circle")
    note(img, f"{rng.choice(('Thu', 'Sun'))} {rng.randrange(17, 21)}:00", (296 + side, y + 180), 0.6, s.fg, 2)
    note(img, "hosted by " + who(rng)[:8], (296 + side, y + 210), 0.5, GREY)
    end = stack(
        cast, s, rng, 296 + side, y + 222, rng.randrange(2, 5), 18.3, 22, off(page, 10), rng.randrange(0, 9)
    )
    note(img, "going", (end + 8, y + 250), 0.45, GREY)
    y += 320
    y = section(s, y, "Where we are", False)
    y += reading_progress(cast, rng, s, y, rng.randrange(6, 13))
    y = section(s, y, "Discussion", False)
    foot = H - NAV_H - 130
    while y + 110 < foot:
        y += comment_row(cast, rng, s, y, 0)
        for _ in range(rng.choice((0, 0, 1, 2))):
            if y + 100 < foot:
                y += comment_row(cast, rng, s, y, 1)
        cv2.line(img, (30, y), (WIDTH - 30, y), off(page, 14), 1)
        y += 10
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def dance_timetable(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dance studio's timetable: instructors in a row of ringed round photos (faces 40-110 px, the
    chosen one in the accent) cut by the right edge; the week's day strip; classes (``class_row``:
    instructors' 24-32 px faces, booked stacks of 18-22 px); last week's class video (the class in
    the mirror, faces 14-60 px, under 18 px not counted, blurred by their moves on some)."""
    s = new_screen(rng, name, cast.kind("dance"), ("dark", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, rng.choice(("Classes", "Timetable", "Studio")), 1.2)
    y += 80
    side = rng.randrange(150, 201)
    x, k, chosen = 30, 0, rng.randrange(3)
    while x < WIDTH - 30:
        fp = min(110.0, max(40.0, side / rng.uniform(1.3, 2.6)))
        ring_avatar(cast, s, x, y, fp, side, s.accent if k == chosen else off(page, 40))
        note(img, who(rng)[:8], (x + 10, y + side + 36), 0.55, s.fg, 2)
        x += side + 36
        k += 1
    y += side + 60
    for d in range(7):
        colour = s.accent if d == 2 else off(page, 12)
        fill(img, rounded_rect(86, 120, 16), 30 + d * 146, y, colour)
        note(
            img,
            ("M", "T", "W", "T", "F", "S", "S")[d],
            (78 + d * 146, y + 36),
            0.6,
            WHITE if d == 2 else s.fg,
            2,
        )
        note(img, str(rng.randrange(1, 29)), (72 + d * 146, y + 70), 0.55, WHITE if d == 2 else GREY)
    y += 110
    foot = H - NAV_H - 130
    end = foot - (rng.randrange(300, 381) if rng.random() < 0.6 else 0)
    while y + 132 < end:
        y += class_row(cast, rng, s, y)
    if y + 300 < foot:
        y = section(s, y, "Last week's class")
        vh = foot - y - 10
        cut_photo(cast, rng, s, 30, y, WIDTH - 60, vh, 14, 60, None, 0.95)
        if rng.random() < 0.5:
            H10.redrawn(
                s, (30, y, WIDTH - 30, y + vh), H10.motion_blur(rng.randrange(5, 13), rng.uniform(-20, 20))
            )
        rounded_corners(s, (30, y, WIDTH - 30, y + vh), 20)
        play_button(img, (WIDTH // 2, y + vh // 2), 44, (30, 30, 30), WHITE)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def karaoke_split(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A karaoke app's duet side by side: two singers' videos in the left and right halves (faces
    60-220 px), or one beside an open half ("Tap to join"), the pitch lane over their top, the
    lyrics across both (``lyric_band``); the score; covers of the song in three columns
    (``cover_tile``: faces 24-90 px); the queue (20-26 px faces)."""
    s = new_screen(rng, name, cast.kind("karaoke"), ("dark", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    note(img, words(rng, 2).title()[:18] + " - " + who(rng), (30, y + 40), 0.7, s.fg, 2)
    y += 60
    vh = rng.randrange(720, 861)
    hw = WIDTH // 2 - 3
    open_half = rng.random() < 0.3
    for j in range(2):
        if j == 1 and open_half:
            cv2.rectangle(img, (hw + 6, y), (WIDTH, y + vh), (30, 30, 34), -1)
            cv2.circle(img, (hw + 6 + hw // 2, y + vh // 2 - 60), 60, s.accent, -1, cv2.LINE_AA)
            badge(img, (hw + 6 + hw // 2, y + vh // 2 - 60), 30, s.accent, "+")
            note(img, "Tap to join", (hw + 6 + hw // 2 - 90, y + vh // 2 + 40), 0.8, WHITE, 2)
            continue
        cast.photo(s, j * (hw + 6), y, hw, vh, rng.uniform(60, min(220.0, hw * 0.55)))
    cv2.rectangle(img, (hw, y), (hw + 6, y + vh), (20, 20, 20), -1)
    H5.scrim(s, (0, y, WIDTH, y + 110), 0.4)
    for k in range(rng.randrange(5, 10)):  # the pitch lane's notes
        px, py = rng.randrange(0, WIDTH - 120), y + 20 + rng.randrange(0, 70)
        pill(img, px, py, rng.randrange(50, 160), 14, (80, 220, 250) if k % 3 else WHITE)
    lyric_band(s, rng, y + vh - rng.randrange(170, 231), 150)
    y += vh + 16
    note(img, f"Score {rng.randrange(2000, 9999)}", (30, y + 34), 0.8, GOLD, 2)
    progress(img, 330, y + 24, WIDTH - 380, rng.random(), s.accent, off(page, 30), 8)
    y += 64
    foot = H - NAV_H - 130
    y = section(s, y, "Covers")
    tw = (WIDTH - 88) // 3
    th = round(tw * 1.3)
    if y + th + 20 < foot:
        for j in range(3):
            cover_tile(cast, rng, s, 30 + j * (tw + 14), y, tw, th)
        y += th + 20
    y = section(s, y, "Up next", False) if y + 120 < foot else y
    while y + 70 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.2), "circle", person=True)
        note(img, who(rng)[:10] + " - " + words(rng, 2).title()[:16], (46 + sd, y + sd // 2 + 8), 0.55, s.fg)
        y += max(sd, 50) + 12
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def gallery_guide(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A museum's gallery guide: the room's artist in an archive portrait (faces 80-260 px, grey or
    sepia, specks) in a gilt frame, the name and years; the works in the room (drawn abstract
    paintings in frames with wall labels) cut by the right edge; "also in this room": the artists'
    24-36 px faces; the floor plan (drawn); the audio guide with its narrator's 20-26 px face."""
    s = new_screen(rng, name, cast.kind("gallery"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    note(img, f"Room {rng.randrange(1, 40)}", (30, y + 36), 0.7, GREY, 2)
    y += 60
    fw, fh = rng.randrange(520, 641), rng.randrange(620, 741)
    fx = (WIDTH - fw) // 2
    cv2.rectangle(img, (fx - 22, y - 22), (fx + fw + 22, y + fh + 22), (40, 150, 200), -1)
    cv2.rectangle(img, (fx - 10, y - 10), (fx + fw + 10, y + fh + 10), (70, 190, 230), -1)
    cast.photo(s, fx, y, fw, fh, rng.uniform(80, 260))
    H10.redrawn(s, (fx, y, fx + fw, y + fh), H10.printed(rng))
    y += fh + 50
    note(img, who(rng) + " " + who(rng), (30, y + 20), 0.9, s.fg, 2)
    born = rng.randrange(1850, 1960)
    note(img, f"{born} - {born + rng.randrange(40, 90)}", (30, y + 56), 0.6, GREY)
    y += 80
    y = section(s, y, "In this room")
    side = rng.randrange(240, 291)
    x = 30
    while x < WIDTH:
        cv2.rectangle(img, (x - 8, y - 8), (x + side + 8, y + side + 8), (40, 40, 40), -1)
        blit(img, H11.render(rng, side, side, (abstract_canvas,)), x, y)
        note(
            img, words(rng, 1).title()[:10] + f", {rng.randrange(1900, 2020)}", (x, y + side + 36), 0.5, s.fg
        )
        x += side + 40
    y += side + 60
    foot = H - NAV_H - 130
    if y + 100 < foot:
        note(img, "Also in this room", (30, y + 30), 0.6, s.fg, 2)
        x = 280
        while x < WIDTH - 80:
            x += face_avatar(cast, s, rng, x, y, 24, 36, (1.1, 1.25), "circle", person=True) + 14
        y += 70
    if y + 260 < foot - 100:
        mh = min(320, foot - y - 120)
        cv2.rectangle(img, (30, y), (WIDTH - 30, y + mh), off(page, 10), -1)
        for k in range(rng.randrange(4, 8)):
            rx, ry = 40 + rng.randrange(0, WIDTH - 300), y + 10 + rng.randrange(0, max(1, mh - 120))
            cv2.rectangle(img, (rx, ry), (rx + rng.randrange(120, 240), ry + rng.randrange(60, 110)), s.fg, 2)
            note(img, str(k + 1), (rx + 10, ry + 30), 0.5, s.fg)
        cv2.circle(
            img, (rng.randrange(60, WIDTH - 60), y + rng.randrange(20, mh - 20)), 12, (240, 140, 40), -1
        )
        y += mh + 16
    if y + 90 < foot:
        fill(img, rounded_rect(90, WIDTH - 60, 20), 30, y, off(page, 14))
        sd = face_avatar(cast, s, rng, 46, y + 16, 20, 26, (1.1, 1.2), "circle")
        note(img, "Audio guide - " + who(rng)[:8], (62 + sd, y + 52), 0.55, s.fg, 2)
        play_button(img, (WIDTH - 80, y + 45), 28, s.accent, WHITE)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def hobby_forum(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hobby forum (models, chess, knitting): "online now" (18-22 px, presence dots); the month's
    top three on a podium (``podium``: 36-90 px, a crown); the leaderboard (``leader_row``: 20-28
    px faces, drawn badges); posts (24-32 px faces, a level tag, a drawn chart or board, or a club
    meet's photo with faces 14-60 px, under 18 px not counted, a reactions stack of 18-20 px)."""
    s = new_screen(rng, name, cast.kind("hobbyforum"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(C.WORDS).title()[:10] + " Club", 1.1)
    y += 76
    note(img, "Online now", (30, y + 28), 0.55, GREY, 2)
    x = 200
    for _ in range(rng.randrange(4, 9)):
        sd = face_avatar(cast, s, rng, x, y, 18.3, 22, (1.05, 1.15), "circle", person=True)
        status_dot(img, (x + sd - 4, y + sd - 4), 6, "online", page)
        x += sd + 12
    y += 60
    y = section(s, y, "Top this month")
    y += podium(cast, rng, s, y)
    foot = H - NAV_H - 130
    end = foot - rng.randrange(420, 560)
    rank = 4
    while y + 70 < end:
        y += leader_row(cast, rng, s, y, rank)
        rank += 1
    y = section(s, y + 10, "Latest posts", False)
    while y + 200 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:10], (46 + sd, y + 24), 0.55, s.fg, 2)
        tag(img, 200 + sd, y + 2, f"Lv {rng.randrange(1, 60)}", s.accent, 28)
        note(img, words(rng, 3).title()[:28], (46 + sd, y + 56), 0.6, s.fg, 2)
        y += max(sd, 66) + 10
        ph = min(foot - y - 70, rng.randrange(240, 321))
        if ph < 120:
            break
        if rng.random() < 0.55:
            blit(
                img,
                H11.render(rng, WIDTH - 60, ph, (chess_board, knit_chart, paint_palette)),
                30,
                y,
                rounded_rect(ph, WIDTH - 60, 16),
            )
        else:
            cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 14, 60, rounded_rect(ph, WIDTH - 60, 16), 0.9)
        y += ph + 10
        end_x = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 20, page, rng.randrange(0, 40))
        note(img, "reacted", (end_x + 10, y + 28), 0.5, GREY)
        y += 60
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    music_lesson,
    choir_rehearsal,
    concert_page,
    photo_critique,
    craft_market,
    book_club,
    dance_timetable,
    karaoke_split,
    gallery_guide,
    hobby_forum,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (photo_critique, karaoke_split)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: seats on risers, items under their
# makers' corners, a podium)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, choir_rehearsal, craft_market, hobby_forum)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT33_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h33", photos, free, seed, reps)
