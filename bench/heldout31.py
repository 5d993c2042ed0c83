"""Held-out screens, thirty-first set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to thirty (heldout.py to heldout30.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: candles in
the dark, a tiered wedding cake, flowers, an empty chapel down its aisle, a hymn sheet; nothing
with eyes, a mouth or a mask); every random choice from ``HELDOUT31_SEED``. Faces are pasted
through heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn over a
face later are not the face's; a face with under half of its box left is dropped); the people's
places are filled by heldout11's ``Cast`` (through heldout22's to heldout26's, its screens marked
h31-; on face-free screens pets, objects, textures, initials and this set's drawn things), which
counts a face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not
counted, as everywhere in the bench.

What it adds is faces in faith, ceremony and remembrance apps, and what those occasions do to
pictures: a bride's lace veil over the upper half of a face (``veil``), confetti thrown over the
couple, a reception's or a chapel's dim amber candlelight (``candlelight``), a funeral's stream at
a low bitrate, a memorial's portrait in black and white or as a faded sepia print. Near repeats
avoided (see their docstrings): heldout25's faith group (a rota as rows of faces, events, prayer
requests as a list) and heldout16's church app (here a parish's or a mosque's app: the day's
prayer or service times, the leader's card, the week's rota as a grid of roles by services, a
swap request); heldout16's wedding app (here the planner: a countdown disc, a checklist with
assignees, the wedding party in arched frames, vendors' cards); heldout22's invitation with RSVP
badges (here the guest list by household: plus-ones' faces tucked under the guests', dashed "+1"
places, meals, tables, a ring chart); heldout10's seating chart of round tables (here a reception
room from above: the top table facing the room, long banquet tables with seats down both sides, a
guest dragged over the plan, an "unseated" sheet); heldout20's masonry and heldout11's collage
(here a photographer's gallery of touching square tiles with uploaders' faces over their corners,
selection mode's tint); heldout16's memorial (here a candle wall of tributes, a life story of
askew prints along a line of decades, condolences); heldout12's and heldout25's streams (here a
funeral from the back of the chapel, mourners' backs, the speaker at the lectern, the order of
service, a wall of those attending online); heldout24's child's journal (here a christening's or
naming's announcement card with drawn sprigs, the child in an arch, godparents); heldout10's team
page (here a choir's or youth group's sections in rows with attendance ticks under a risers'
photo); heldout25's prayer requests (here a wall of pastel notes in two columns with "praying"
stacks, anonymous ones, photos). Ten layouts:
- a parish's or a mosque's app (``service_rota``): the leader's photo (40-90 px), a reader (22-30
  px); the week's rota (``rota_cell``: 18-26 px, dashed places, one's own cell lit); a swap request
  (24-32 px);
- a wedding planner (``wedding_planner``): the couple (``hero_couple``: 60-240 px, a veil on 40 %,
  confetti on 35 %) and a countdown; assignees (18-24 px); the wedding party (``party_arch``: 36-70
  px in arches) cut by the edge; vendors (a photographer's sample, 18-70 px, or drawn flowers and
  cakes);
- a guest list (``guest_list``): households' guests (``guest_row``: 26-36 px, plus-ones' 18-26 px
  under their lower right, dashed "+1"); "no reply yet" (18-22 px);
- a seating plan (``seating_chart``): the top table (``seat``: 22-32 px); banquet tables' seats
  (18-26 px, dashed empty ones); a dragged guest (30-44 px) on 70 %; the unseated (24-32 px);
- a wedding gallery (``wedding_gallery``): the cover (``hero_couple``: 40-200 px); uploaders'
  stack (18-24 px); tiles (``gallery_tile``: 18-120 px, a quarter in candlelight, drawn things),
  uploaders' faces over corners (18-22 px), selection's tint on 40 %;
- an online memorial (``memorial_page``): the portrait (70-220 px, grey or sepia, faded into the
  page); the candle wall (``candle_tile``: 18-24 px); on 55 % the life story's prints (18-80 px,
  grey or sepia, askew); condolences (24-32 px);
- a funeral's livestream (``funeral_stream``): the service (``chapel_stream``: the speaker, 24-70
  px, or close, 60-160 px, in candlelight at a low bitrate); the order of service's portrait
  (40-70 px, grey); those attending online (18-30 px tiles); condolences (20-26 px);
- a christening's or naming's announcement (``naming_card``): the poster (26-34 px); the child in
  an arch (60-200 px); godparents (36-60 px); on 60 % ceremony photos (18-60 px); who sent love
  (18-24 px); congratulations (20-28 px);
- a choir's or a youth group's roster (``choir_roster``): the group photo (14-48 px, under 18 px not
  counted, two or three rows); sections' members (28-40 px, ticks and "away" dots) cut by the edge;
- a prayer wall (``prayer_wall``): notes (``prayer_card``: 20-30 px, anonymous ones with a candle,
  photos with 18-60 px faces on some, "praying" stacks of 18-22 px, "Answered" ribbons).
Light, dark and tinted themes (the funeral's stream mostly dark); JPEG quality 30-60. Veils,
candlelight, the stream's low bitrate, the memorial's grey and sepia, the hero's and the group
photo's darkened foot, the selection's tint and the page's fade leave the faces under them
counted, as they now look; confetti, ticks, dots, tags, pills, chips, lecterns, sheets, the dragged
guest's label and the sections' badges take the pixels they cover (a face under them counts while
half of its box shows); initials, dashed places, mourners' backs, candles, emblems, hearts and
drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,871 faces (1,484 under 32 px, 227 of 32-63, 123 of
64-127, 37 larger; 1,585 under 40 px) and 52 face-free screens (the same layouts with things in
the people's places: pets, objects, textures, initials and this set's drawn things in avatars,
seats, arches, tiles and cards, round things where a speaker or a choir would be); ``reps=1`` a
quarter (18 screens with 486 faces: 382, 67, 32 and 5 by size, 414 under 40 px; 13 face-free).
Every layout but the guest list and the memorial (14.0 and 10.75 faces a screen on average at 4
reps, among the fewest) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127
and 128 px or more):
    service_rota       8 screens   173 faces: 157, 12,  3,  1
    wedding_planner    8 screens   117 faces:  32, 16, 56, 13
    guest_list         4 screens    56 faces:  55,  1,  0,  0
    seating_chart      8 screens   356 faces: 355,  1,  0,  0
    wedding_gallery    8 screens   290 faces: 169, 74, 39,  8
    memorial_page      4 screens    43 faces:  38,  1,  3,  1
    funeral_stream     8 screens   241 faces: 216, 17,  8,  0
    naming_card        8 screens   110 faces:  67, 22, 12,  9
    choir_roster       8 screens   293 faces: 210, 83,  0,  0
    prayer_wall        8 screens   192 faces: 185,  0,  2,  5
Counted by running the generator alone (as ``faces_bench.py --only heldout31 --count-only`` does;
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
import heldout10 as H10
import heldout11 as H11
import heldout16 as H16
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, stepped
from heldout11 import INK, figure, paste_photo
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, progress, tab_bar, words
from heldout22 import initials_disc, stack
from heldout23 import FONT, WIDTH, new_screen, star, tag
from heldout24 import RED, polaroid, section
from heldout25 import dashed_circle, lectern, who

HELDOUT31_SEED = 31313
IVORY: Colour = (228, 240, 246)  # a wedding stationer's cream (BGR)
BLUSH: Colour = (190, 195, 240)
SAGE: Colour = (150, 180, 150)
WAX: Colour = (215, 235, 245)  # a candle's wax
FLAME: Colour = (60, 190, 255)
PETALS: tuple[Colour, ...] = (
    (235, 235, 250),
    (190, 170, 245),
    (120, 120, 230),
    (170, 210, 250),
    (220, 200, 240),
)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def flame(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A candle's flame: a soft glow, a teardrop of amber with a pale core (it takes the pixels it
    covers)."""
    x, y = c
    cv2.ellipse(img, (x, y), (max(1, r // 2), r), 0, 0, 360, FLAME, -1, cv2.LINE_AA)
    tip = np.array([[x - r // 2, y - r // 3], [x, y - 2 * r], [x + r // 2, y - r // 3]], np.int32)
    cv2.fillPoly(img, [tip], FLAME, cv2.LINE_AA)
    cv2.ellipse(img, (x, y + r // 4), (max(1, r // 4), max(1, r // 2)), 0, 0, 360, (200, 245, 255), -1)


def candle(img: np.ndarray, x: int, foot: int, w: int, h: int, lit: bool = True) -> None:
    """A pillar candle standing on ``foot``: the wax with a shaded side, the wick, its flame."""
    cv2.rectangle(img, (x, foot - h), (x + w, foot), WAX, -1)
    cv2.rectangle(img, (x + w * 2 // 3, foot - h), (x + w, foot), tone(WAX, -30), -1)
    cv2.ellipse(img, (x + w // 2, foot - h), (w // 2, max(1, w // 8)), 0, 0, 360, tone(WAX, 12), -1)
    cv2.line(img, (x + w // 2, foot - h), (x + w // 2, foot - h - max(2, w // 6)), INK, max(1, w // 16))
    if lit:
        flame(img, (x + w // 2, foot - h - max(3, w // 4)), max(3, w // 4))


def candle_glow(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Candles in the dark (a vigil, a memorial's banner): pillars of three to seven heights on a
    ledge, each flame in a warm halo that lights the wall behind."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (30, 30, 40), (20, 35, 60))
    ledge = round(h * rng.uniform(0.78, 0.9))
    n = rng.randrange(3, 8)
    halo = np.zeros((h, w), np.float32)
    pillars = []
    for k in range(n):
        cw = max(6, round(w / n * rng.uniform(0.35, 0.6)))
        x = round(w * (k + 0.5) / n - cw / 2)
        ch = max(8, round(h * rng.uniform(0.2, 0.5)))
        cv2.circle(halo, (x + cw // 2, ledge - ch - cw // 2), max(4, cw), 1.0, -1)
        pillars.append((x, cw, ch))
    halo = np.minimum(1.0, cv2.GaussianBlur(halo, (0, 0), max(2.0, w / n / 3)))[:, :, None]
    img[:] = np.clip(img + halo * np.array((40, 120, 200), np.float32), 0, 255).astype(np.uint8)
    for x, cw, ch in pillars:
        candle(img, x, ledge, cw, ch)
    cv2.rectangle(img, (0, ledge), (w, h), (40, 50, 70), -1)
    return img


def wedding_cake(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A tiered wedding cake on a stand against a pastel wall: two to four tiers with piped beads
    along each edge, a spray of petals on top and cascading down one side."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone(rng.choice(PETALS), 10), tone(rng.choice(PETALS), -30))
    icing = rng.choice(((245, 248, 250), (220, 235, 245), (210, 225, 235)))
    tiers = rng.randrange(2, 5)
    foot = round(h * 0.86)
    cv2.rectangle(
        img, (round(w * 0.25), foot), (round(w * 0.75), foot + max(2, h // 40)), (180, 180, 190), -1
    )
    cv2.rectangle(img, (w // 2 - max(2, w // 40), foot), (w // 2 + max(2, w // 40), h), (160, 160, 170), -1)
    th = round(h * 0.62 / tiers)
    top = foot
    for k in range(tiers):
        tw = round(w * (0.62 - 0.13 * k))
        x = (w - tw) // 2
        cv2.rectangle(img, (x, top - th), (x + tw, top), icing, -1)
        cv2.rectangle(img, (x + tw * 3 // 4, top - th), (x + tw, top), tone(icing, -18), -1)
        r = max(1, th // 12)
        for bx in range(x + r, x + tw, max(2, 3 * r)):
            cv2.circle(img, (bx, top - r), r, tone(icing, -25), -1, cv2.LINE_AA)
        top -= th
    for _ in range(rng.randrange(4, 9)):  # petals on top and down the side
        c = (w // 2 + round(rng.uniform(-0.12, 0.2) * w), top + round(rng.uniform(-0.04, 0.4) * (foot - top)))
        cv2.circle(img, c, max(2, w // 30), rng.choice(PETALS[1:]), -1, cv2.LINE_AA)
    return img


def bouquet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An arrangement of flowers (a bride's bouquet, an altar's or a grave's flowers): leaves, then
    blooms as rings of petals round a pale centre, a ribbon round the stems."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((236, 240, 242), (200, 215, 225), (70, 60, 60), (180, 200, 190)))
    cx, cy, R = w // 2, round(h * 0.42), max(6, round(min(w, h) * 0.32))
    for _ in range(12):  # stems and leaves
        a = rng.uniform(0, 2 * math.pi)
        p = (cx + round(R * 1.15 * math.cos(a)), cy + round(R * 1.15 * math.sin(a)))
        cv2.ellipse(img, p, (max(2, R // 3), max(1, R // 8)), math.degrees(a), 0, 360, (70, 130, 60), -1)
    for k in range(7):
        cv2.line(img, (cx, cy + R // 2), (cx + (k - 3) * R // 10, h), (60, 120, 70), max(1, R // 14))
    for _ in range(rng.randrange(6, 12)):
        a, d = rng.uniform(0, 2 * math.pi), R * math.sqrt(rng.random()) * 0.85
        c = (cx + round(d * math.cos(a)), cy + round(d * math.sin(a)))
        r = max(3, round(R * rng.uniform(0.22, 0.34)))
        colour = rng.choice(PETALS)
        for j in range(6):
            b = j * math.pi / 3 + rng.uniform(0, 0.3)
            q = (c[0] + round(r * 0.55 * math.cos(b)), c[1] + round(r * 0.55 * math.sin(b)))
            cv2.circle(img, q, max(2, r // 2), colour, -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, r // 4), tone(colour, 25), -1, cv2.LINE_AA)
    by = cy + R + max(2, R // 4)
    cv2.rectangle(img, (cx - R // 4, by), (cx + R // 4, by + max(2, R // 3)), rng.choice(PETALS[1:]), -1)
    return img


def chapel(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty chapel or prayer hall down its aisle: a tall arched window of coloured panes at the
    end, rows of pews (or prayer rows on a carpet) narrowing towards it, flower stands; nobody."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((200, 210, 220), (150, 170, 190), (90, 90, 100)))
    img[:] = wall
    hz = round(h * 0.45)
    floor = rng.choice(((60, 80, 120), (40, 40, 140), (120, 120, 130)))
    cv2.rectangle(img, (0, hz), (w, h), floor, -1)
    aw, ah = max(4, w // 6), max(6, round(h * 0.32))
    ax, ay = w // 2 - aw // 2, hz - ah - max(2, h // 30)
    cv2.rectangle(img, (ax, ay + aw // 2), (ax + aw, ay + ah), (40, 40, 40), -1)
    cv2.circle(img, (w // 2, ay + aw // 2), aw // 2, (40, 40, 40), -1, cv2.LINE_AA)
    pane = max(2, aw // 4)
    for py in range(ay, ay + ah, pane):
        for px in range(ax, ax + aw, pane):
            if (px - w // 2) ** 2 + (py - ay - aw // 2) ** 2 > (aw // 2) ** 2 and py < ay + aw // 2:
                continue
            colour = rng.choice(((200, 120, 40), (60, 60, 200), (60, 180, 220), (90, 160, 60)))
            cv2.rectangle(img, (px + 1, py + 1), (px + pane - 2, py + pane - 2), colour, -1)
    wood = rng.choice(((40, 70, 110), (30, 50, 80), (70, 100, 140)))
    rows = rng.randrange(4, 8)
    for k in range(rows):  # pews from the back (wide, low) up towards the window
        t = 1 - k / rows
        y = round(hz + (h - hz) * t * 0.95)
        half = round(w * (0.08 + 0.42 * t))
        gap = round(w * (0.04 + 0.08 * t))
        ph = max(2, round((h - hz) * 0.1 * t))
        for side in (-1, 1):
            a, b = (w // 2 - half, w // 2 - gap) if side < 0 else (w // 2 + gap, w // 2 + half)
            cv2.rectangle(img, (a, y - ph), (b, y), wood, -1)
            cv2.rectangle(img, (a, y - ph), (b, y - ph + max(1, ph // 4)), tone(wood, 30), -1)
    for side in (-1, 1):  # flower stands by the front: sprays of small blooms, one side higher
        fx = w // 2 + side * round(w * rng.uniform(0.14, 0.3))
        fy = hz - round(h * rng.uniform(0.0, 0.12))
        cv2.line(img, (fx, fy), (fx, hz + round((h - hz) * 0.1)), (60, 60, 60), max(1, w // 120))
        for _ in range(7):
            c = (fx + round(rng.uniform(-0.05, 0.05) * w), fy + round(rng.uniform(-0.05, 0.02) * h))
            cv2.circle(img, c, max(1, w // 90), rng.choice(PETALS), -1, cv2.LINE_AA)
    return img


def hymn_sheet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A page of a hymn or song sheet on a stand: the title, staves of five lines with note heads
    and stems (never pairs of round marks alone), lyrics under each staff."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((60, 70, 90), (120, 90, 60), (40, 40, 45)))
    m = max(2, min(w, h) // 14)
    paper = (238, 244, 246)
    cv2.rectangle(img, (m, m), (w - m, h - m), paper, -1)
    gap = max(2, h // 70)
    y = m + max(6, h // 10)
    cv2.line(img, (w // 3, y - gap * 2), (w * 2 // 3, y - gap * 2), (80, 80, 80), max(1, gap))
    while y + gap * 8 < h - m:
        for k in range(5):
            cv2.line(img, (2 * m, y + k * gap), (w - 2 * m, y + k * gap), (90, 90, 90), 1)
        x = 2 * m + gap * 4
        while x < w - 3 * m:
            ny = y + rng.randrange(-1, 9) * gap // 2
            cv2.ellipse(img, (x, ny), (max(1, gap * 2 // 3), max(1, gap // 2)), -20, 0, 360, INK, -1)
            cv2.line(img, (x + gap * 2 // 3, ny), (x + gap * 2 // 3, ny - gap * 3), INK, 1)
            x += rng.randrange(3, 6) * gap
        for x in range(2 * m, w - 3 * m, max(4, gap * 5)):
            cv2.line(img, (x, y + gap * 6), (x + gap * 3, y + gap * 6), (120, 120, 120), max(1, gap // 2))
        y += gap * 10
    return img


RENDERS: tuple[H11.Render, ...] = (candle_glow, wedding_cake, bouquet, chapel, hymn_sheet)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (heldout25's and heldout24's: a scene of people or a thing; half of a face's
    box showing counts it), its screens marked h31-, whose drawn things are this set's: candles in
    the dark, a wedding cake, flowers, an empty chapel, a hymn sheet."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h31-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free) and what these apps do to pictures.
# ----------------------------------------------------------------------------------------------


def arch(w: int, h: int) -> np.ndarray:
    """255 inside an arch (a wedding stationer's or a chapel window's frame): a rectangle under a
    round top as wide as it."""
    m = np.zeros((h, w), np.uint8)
    r = w // 2
    cv2.rectangle(m, (0, min(h - 1, r)), (w - 1, h - 1), 255, -1)
    cv2.ellipse(m, (r, r), (r, r), 0, 180, 360, 255, -1, cv2.LINE_AA)
    return m


def veil(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A bride's lace veil over part of a photo (for ``heldout10.redrawn``): the picture paler
    through tulle (a fine mesh and a faint floral scallop at its edge); the face under it stays
    counted, seen through it."""
    alpha = rng.uniform(0.25, 0.42)
    pitch = rng.randrange(3, 6)

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        mesh = np.full((h, w), alpha, np.float32)
        mesh[::pitch, :] += 0.12
        mesh[:, ::pitch] += 0.12
        white = np.array((246, 246, 250), np.float32)
        return (part * (1 - mesh[:, :, None]) + white * mesh[:, :, None]).astype(np.uint8)

    return fn


def candlelight(k: float) -> Callable[[np.ndarray], np.ndarray]:
    """A dim room lit by candles and warm lamps (for ``heldout10.redrawn``): the picture at ``k`` of
    its brightness, pulled towards amber; the faces stay counted, dark and orange."""
    warm = np.array((0.55, 0.85, 1.15), np.float32)

    def fn(part: np.ndarray) -> np.ndarray:
        return np.clip(part * (k * warm), 0, 255).astype(np.uint8)

    return fn


def confetti(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], n: int) -> None:
    """Confetti and petals thrown over a photo: small turned rectangles and dots in party colours
    (each takes the pixels it covers, over faces too)."""
    x1, y1, x2, y2 = rect
    for _ in range(n):
        c = (rng.uniform(x1, x2), rng.uniform(y1, y2))
        colour = rng.choice((*PETALS, (60, 200, 250), (200, 160, 60), WHITE))
        if rng.random() < 0.6:
            box = cv2.boxPoints((c, (rng.uniform(5, 12), rng.uniform(3, 6)), rng.uniform(0, 180)))
            cv2.fillPoly(img, [box.astype(np.int32)], colour, cv2.LINE_AA)
        else:
            cv2.circle(img, (round(c[0]), round(c[1])), rng.randrange(2, 5), colour, -1, cv2.LINE_AA)


def sprig(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, angle: float) -> None:
    """A stationer's floral sprig for a card's corner: a curved stem, leaves along it, two or three
    small blooms of petals (no centres that read as eyes: pale, one to a bloom)."""
    x, y = c
    pts = []
    for k in range(8):
        t = k / 7
        a = math.radians(angle) + t * 0.9
        pts.append((x + r * t * math.cos(a), y + r * t * math.sin(a)))
    cv2.polylines(img, [np.array(pts, np.int32)], False, (80, 120, 90), max(1, r // 30), cv2.LINE_AA)
    for k, (px, py) in enumerate(pts[1:], 1):
        side = 1 if k % 2 else -1
        a = math.radians(angle) + 0.9 * k / 7 + side * 0.9
        cv2.ellipse(
            img,
            (round(px), round(py)),
            (max(2, r // 9), max(1, r // 22)),
            math.degrees(a),
            0,
            360,
            SAGE,
            -1,
            cv2.LINE_AA,
        )
    for px, py in pts[3::2]:
        colour = rng.choice(PETALS[1:])
        for j in range(5):
            b = j * 2 * math.pi / 5
            q = (round(px + r / 16 * math.cos(b)), round(py + r / 16 * math.sin(b)))
            cv2.circle(img, q, max(2, r // 16), colour, -1, cv2.LINE_AA)


def worship_glyph(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, kind: int) -> None:
    """A community's emblem: a steeple with a cross (0), a dome with a crescent (1) or a roof over
    an arched door (2), in one colour."""
    x, y = c
    if kind == 0:
        cv2.rectangle(img, (x - r // 2, y - r // 4), (x + r // 2, y + r), colour, -1)
        cv2.fillPoly(
            img, [np.array([[x - r // 2, y - r // 4], [x, y - r], [x + r // 2, y - r // 4]])], colour
        )
        cv2.line(img, (x, y - r), (x, y - r - r // 2), colour, max(2, r // 8))
        cv2.line(img, (x - r // 5, y - r - r // 4), (x + r // 5, y - r - r // 4), colour, max(2, r // 8))
    elif kind == 1:
        cv2.rectangle(img, (x - r, y), (x + r, y + r), colour, -1)
        cv2.ellipse(img, (x, y), (r * 3 // 4, r * 3 // 4), 0, 180, 360, colour, -1, cv2.LINE_AA)
        cv2.circle(img, (x, y - r - r // 8), max(2, r // 5), colour, -1, cv2.LINE_AA)
        cv2.circle(img, (x + r // 10, y - r - r // 5), max(2, r // 5), WHITE, -1, cv2.LINE_AA)
    else:
        cv2.fillPoly(img, [np.array([[x - r, y], [x, y - r], [x + r, y]])], colour, cv2.LINE_AA)
        cv2.rectangle(img, (x - r * 3 // 4, y), (x + r * 3 // 4, y + r), colour, -1)
    cv2.ellipse(img, (x, y + r - r // 4), (r // 4, r // 4), 0, 180, 360, WHITE, -1)
    cv2.rectangle(img, (x - r // 4, y + r - r // 4), (x + r // 4, y + r), WHITE, -1)


def small_candle(img: np.ndarray, c: tuple[int, int], r: int, lit: bool) -> None:
    """A memorial's "light a candle" glyph: a short candle, its flame when lit."""
    candle(img, c[0] - r // 3, c[1] + r, max(4, r * 2 // 3), r, lit)


def donut(img: np.ndarray, c: tuple[int, int], r: int, shares: list[float], colours: list[Colour]) -> None:
    """A ring chart (an RSVP summary): arcs of ``shares`` from the top clockwise."""
    a = -90.0
    for share, colour in zip(shares, colours, strict=True):
        cv2.ellipse(img, c, (r, r), 0, a, a + 360 * share, colour, max(6, r // 4), cv2.LINE_AA)
        a += 360 * share


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def rota_cell(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, mine: bool) -> None:
    """A rota grid's cell: one or two volunteers' 18-26 px faces (initials on some) side by side,
    or a dashed place still needed; one's own cell in an accent ring."""
    if mine:
        fill(
            s.img, rounded_rect(64, cw - 8, 12), x + 4, y + 4, tone(s.accent, 60 if sum(s.bg) > 384 else -40)
        )
    roll = rng.random()
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.08, 1.2))
    if roll < 0.14:
        dashed_circle(s.img, (x + 12 + side // 2, y + 36), side // 2, GREY)
        return
    for k in range(1 if roll < 0.7 else 2):
        cast.person(
            s, x + 12 + k * (side + 6), y + 36 - side // 2, fp * rng.uniform(0.94, 1.0), side, "circle"
        )


def service_rota(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A parish's or a mosque's community app: the emblem and the name; today's prayer or service
    times as chips (the next one lit); today's service card (the leader's photo, faces 40-90 px,
    a reader's 22-30 px face); the week's rota as a grid of roles by services (``rota_cell``:
    volunteers' 18-26 px faces, dashed places still needed, one's own cell lit); a swap request
    (two 24-32 px faces, an arrow between, accept and decline)."""
    s = new_screen(rng, name, cast.kind("rota"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    mosque = rng.random() < 0.45
    y = STATUS_H + 20
    worship_glyph(img, (66, y + 44), 28, s.accent, 1 if mosque else rng.choice((0, 2)))
    heading(
        s,
        120,
        y + 56,
        (rng.choice(("Al-Noor ", "Central ", "Green Lane ")) + "Masjid")
        if mosque
        else "St " + rng.choice(("Mary's", "John's", "Aidan's", "Luke's")),
        1.0,
    )
    y += 110
    times = (
        ("Fajr", "Dhuhr", "Asr", "Maghrib", "Isha")
        if mosque
        else ("Morning", "Family", "Evensong", "Midweek", "Prayer")
    )
    now = rng.randrange(5)
    for k, label in enumerate(times):
        x = 30 + k * (WIDTH - 60) // 5
        cw = (WIDTH - 60) // 5 - 12
        fill(img, rounded_rect(96, cw, 16), x, y, s.accent if k == now else off(page, 12))
        ink = WHITE if k == now else s.fg
        note(img, label[:7], (x + 14, y + 36), 0.55, ink, 2 if k == now else 1)
        note(img, f"{5 + 3 * k + rng.randrange(2)}:{rng.randrange(60):02d}", (x + 14, y + 76), 0.7, ink, 2)
    y += 124
    fill(img, rounded_rect(250, WIDTH - 60, 22), 30, y, off(page, 10))
    pw = rng.randrange(170, 211)
    cast.photo(s, 50, y + 20, pw, 210, small(rng, 40, 90), rounded_rect(210, pw, 16))
    note(img, "TODAY", (80 + pw, y + 50), 0.55, s.accent, 2)
    heading(s, 80 + pw, y + 92, rng.choice(("Jumu'ah", "Friday prayer")) if mosque else "Sunday Mass", 0.9)
    note(img, ("Khutbah: " if mosque else "Celebrant: ") + who(rng), (80 + pw, y + 132), 0.6, s.fg)
    sd = face_avatar(cast, s, rng, 80 + pw, y + 156, 22, 30, (1.1, 1.25), "circle", person=True)
    note(img, "Reader: " + who(rng), (96 + pw + sd, y + 156 + sd // 2 + 8), 0.55, GREY)
    y += 280
    y = section(s, y, "This week's rota")
    services = rng.randrange(3, 5)
    lw = 230
    cw = (WIDTH - 30 - lw) // services
    for k in range(services):
        note(
            img,
            rng.choice(("Fri", "Sat", "Sun 9", "Sun 11", "Wed"))[:6],
            (lw + k * cw + 14, y + 20),
            0.55,
            GREY,
            2,
        )
    y += 34
    roles = ["Welcome", "Readers", "Tea & coffee", "Sound desk", "Children", "Flowers", "Cleaning", "Parking"]
    rng.shuffle(roles)
    foot = H - NAV_H - 130
    mine = (rng.randrange(6), rng.randrange(services))
    for r, role in enumerate(roles[: rng.randrange(5, 8)]):
        if y + 190 > foot:
            break
        cv2.line(img, (30, y), (WIDTH - 30, y), off(page, 20), 1)
        note(img, role, (36, y + 44), 0.6, s.fg, 2 if r % 2 else 1)
        for k in range(services):
            rota_cell(cast, rng, s, lw + k * cw, y, cw, (r, k) == mine)
        y += 74
    if y + 170 < foot:
        y += 20
        fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, off(page, 14))
        a = face_avatar(cast, s, rng, 56, y + 24, 24, 32, (1.1, 1.25), "circle", person=True)
        cv2.arrowedLine(
            img, (70 + a, y + 24 + a // 2), (130 + a, y + 24 + a // 2), s.accent, 3, tipLength=0.3
        )
        face_avatar(cast, s, rng, 146 + a, y + 24, 24, 32, (1.1, 1.25), "circle", person=True)
        note(
            img, who(rng) + " asks to swap " + rng.choice(("Sunday", "Friday")), (250 + a, y + 50), 0.55, s.fg
        )
        pill(img, 250 + a, y + 80, 150, 48, s.accent)
        note(img, "Accept", (282 + a, y + 112), 0.6, WHITE, 2)
        pill(img, 420 + a, y + 80, 150, 48, off(page, 30))
        note(img, "Decline", (448 + a, y + 112), 0.6, s.fg)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def party_arch(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, aw: int, ah: int) -> None:
    """A wedding party member's portrait in an arched frame (faces 36-70 px): a thin gilt rim round
    the arch, the name and the role under it."""
    fill(s.img, arch(aw + 8, ah + 8), x - 4, y - 4, GOLD)
    cast.photo(s, x, y, aw, ah, min(70.0, max(36.0, aw / rng.uniform(1.6, 2.6))), arch(aw, ah))
    note(s.img, who(rng)[:9], (x + 6, y + ah + 32), 0.6, s.fg, 2)
    note(
        s.img,
        rng.choice(("Maid of honour", "Best man", "Bridesmaid", "Groomsman", "Flower girl", "Usher"))[:14],
        (x + 6, y + ah + 60),
        0.45,
        GREY,
    )


def hero_couple(cast: Cast, rng: random.Random, s: Screen, y: int, hh: int, lo: float, hi: float) -> None:
    """A couple's hero photo across the page (a portrait of one or a group photo, faces ``lo``-``hi``
    px, or a thing): on 40 % a veil over the upper half of the main face (``veil``), on 35 %
    confetti thrown over it, then the names' band."""
    n = len(s.comp.faces)
    if cast.photos and rng.random() < 0.4:
        piece, faces = H11.group_photo(cast, WIDTH, hh, (1.0, 1.6))
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        cast.photo(s, 0, y, WIDTH, hh, rng.uniform(lo, hi))
    box = H10.nearest_face(s, n, (WIDTH / 2, y + hh / 2))
    if box is not None and rng.random() < 0.4:
        x1, y1, x2, y2 = (round(v) for v in box)
        pad = round((x2 - x1) * 0.4)
        rect = (max(0, x1 - pad), max(y, y1 - pad), min(WIDTH, x2 + pad), min(y + hh, (y1 + y2) // 2 + 4))
        if rect[2] > rect[0] and rect[3] > rect[1]:
            H10.redrawn(s, rect, veil(rng))
    if rng.random() < 0.35:
        confetti(s.img, rng, (0, y, WIDTH, y + hh), rng.randrange(40, 120))
    stepped(s, (0, y + hh * 2 // 3, WIDTH, y + hh), 0.0, 0.55, 8)


def wedding_planner(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding planner's home: the couple's hero photo (``hero_couple``: faces 60-240 px, a veil
    or confetti on some) under their names and a countdown disc; the checklist's progress and
    tasks with assignees' 18-24 px faces; the wedding party in arched frames (``party_arch``: faces
    36-70 px) cut by the right edge; booked vendors' cards (a photographer's sample with people,
    faces 18-70 px, or drawn flowers or a cake)."""
    s = new_screen(rng, name, cast.kind("planner"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(520, 661)
    hero_couple(cast, rng, s, y, hh, 60, 240)
    a, b = who(rng), who(rng)
    cv2.putText(
        img, f"{a} & {b}"[:20], (40, y + hh - 60), cv2.FONT_HERSHEY_SCRIPT_COMPLEX, 1.6, WHITE, 2, cv2.LINE_AA
    )
    day = f"{rng.randrange(1, 29)} {rng.choice(('May', 'June', 'Sept'))} - "
    note(img, day + words(rng, 1).title() + " Hall", (44, y + hh - 20), 0.6, WHITE)
    cx = WIDTH - 110
    cv2.circle(img, (cx, y + 110), 74, (245, 245, 245), -1, cv2.LINE_AA)
    cv2.putText(img, str(rng.randrange(3, 300)), (cx - 44, y + 118), FONT, 1.3, INK, 2, cv2.LINE_AA)
    note(img, "days to go", (cx - 48, y + 150), 0.45, GREY)
    y += hh + 24
    done = rng.uniform(0.2, 0.9)
    note(img, f"Checklist  {round(done * 100)}%", (30, y + 26), 0.65, s.fg, 2)
    progress(img, 30, y + 44, WIDTH - 60, done, s.accent, off(page, 20), 12)
    y += 76
    for _ in range(rng.randrange(2, 4)):
        ticked = rng.random() < 0.4
        cv2.rectangle(img, (34, y + 6), (66, y + 38), s.accent if ticked else GREY, -1 if ticked else 3)
        note(img, words(rng, 3).capitalize()[:28], (86, y + 32), 0.6, GREY if ticked else s.fg)
        face_avatar(cast, s, rng, WIDTH - 80, y, 18.3, 24, (1.1, 1.3), "circle", person=True)
        y += 60
    y = section(s, y + 10, "Wedding party")
    aw = rng.randrange(130, 171)
    ah = round(aw * rng.uniform(1.3, 1.5))
    x = 30
    while x < WIDTH:
        party_arch(cast, rng, s, x, y, aw, ah)
        x += aw + 28
    y += ah + 84
    foot = H - NAV_H - 130
    if y + 200 < foot:
        y = section(s, y, "Vendors")
    while y + 170 < foot:
        ch = min(foot - y - 10, rng.randrange(170, 241))
        fill(img, rounded_rect(ch, WIDTH - 60, 18), 30, y, off(page, 10))
        kind = rng.choice(("Photography", "Flowers", "Cake", "Photography"))
        tw = round(ch * 1.3)
        m = rounded_rect(ch - 24, tw, 14)
        if kind == "Photography":
            cut_photo(cast, rng, s, 42, y + 12, tw, ch - 24, 18.3, 70, m, 0.95)
        else:
            blit(
                img,
                H11.render(rng, tw, ch - 24, (bouquet if kind == "Flowers" else wedding_cake,)),
                42,
                y + 12,
                m,
            )
        note(img, kind, (tw + 64, y + 44), 0.55, GREY)
        note(img, words(rng, 2).title()[:16], (tw + 64, y + 84), 0.7, s.fg, 2)
        for k in range(5):
            star(img, (tw + 76 + k * 30, y + 118), 11, GOLD)
        tag(img, tw + 64, y + 140, "Booked", GREEN, 30)
        y += ch + 16
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def guest_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A guest on the list: the guest's 26-36 px face (initials on some); on half their plus-one's
    18-26 px face tucked under its lower right in a ring of the page (or a dashed "+1" still to be
    named); the name, a meal choice, the table's chip and the RSVP state. Returns its height."""
    img, page = s.img, s.bg
    fp, side = _size(rng, 26, small(rng, 27, 36), (1.1, 1.25))
    plus = rng.random()
    if plus < 0.5:
        fq, sq = _size(rng, 18.3, small(rng, 19, 26), (1.08, 1.2))
        cast.person(s, 30 + side - sq // 3, y + side - sq * 2 // 3, fq, sq, "circle", page)
    cast.person(s, 30, y, fp, side, "circle", page)
    if 0.5 <= plus < 0.7:
        dashed_circle(img, (30 + side + 4, y + side - 4), 14, GREY)
    x = 30 + side + 40
    name = who(rng) + (" + " + (who(rng) if plus < 0.5 else "guest") if plus < 0.7 else "")
    note(img, name[:22], (x, y + 24), 0.6, s.fg, 2)
    meal = rng.choice(("Chicken", "Fish", "Veg", "Vegan", "Kids"))
    cv2.circle(
        img, (x + 8, y + 50), 7, {"Veg": GREEN, "Vegan": GREEN, "Fish": (200, 150, 60)}.get(meal, GOLD), -1
    )
    note(img, meal, (x + 24, y + 56), 0.5, GREY)
    if rng.random() < 0.6:
        tag(img, x + 140, y + 34, f"T{rng.randrange(1, 20)}", off(page, 30), 28)
    state = rng.choices(("Attending", "Pending", "Declined"), (6, 3, 1))[0]
    colour = {"Attending": GREEN, "Pending": GOLD, "Declined": RED}[state]
    pill(img, WIDTH - 200, y + 6, 170, 44, tone(colour, 60) if sum(page) > 384 else tone(colour, -60))
    note(img, state, (WIDTH - 182, y + 36), 0.55, colour if sum(page) < 384 else INK, 2)
    return max(side + 18, 76) + 10


def guest_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding's or an event's guest list: the RSVP ring chart and counts (attending, pending,
    declined, plus-ones); filter chips and the search field; guests grouped by household under
    headings (``guest_row``: 26-36 px faces, plus-ones' 18-26 px faces tucked under their lower
    right, dashed "+1" places, meals, tables, RSVP pills); "no reply yet" as a stack of 18-22 px
    faces over a reminder button."""
    s = new_screen(rng, name, cast.kind("guests"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 40, s.fg, back=True)
    heading(s, 80, y + 54, "Guest list", 1.2)
    y += 100
    total = rng.randrange(60, 260)
    parts = [rng.uniform(0.4, 0.8), rng.uniform(0.1, 0.4), rng.uniform(0.02, 0.12)]
    shares = [p / sum(parts) for p in parts]
    donut(img, (130, y + 100), 80, shares, [GREEN, GOLD, RED])
    cv2.putText(
        img, str(total), (130 - 30 * len(str(total)) // 2 - 6, y + 112), FONT, 1.0, s.fg, 2, cv2.LINE_AA
    )
    for k, (label, share) in enumerate(zip(("Attending", "Pending", "Declined"), shares, strict=True)):
        cv2.circle(img, (270, y + 40 + k * 56), 9, (GREEN, GOLD, RED)[k], -1, cv2.LINE_AA)
        note(img, f"{label}  {round(share * total)}", (292, y + 48 + k * 56), 0.65, s.fg)
    note(img, f"Plus-ones  {rng.randrange(4, 40)}", (620, y + 48), 0.6, GREY)
    note(img, f"Children  {rng.randrange(0, 20)}", (620, y + 104), 0.6, GREY)
    y += 220
    chips(img, rng, 30, y, 4, 48, (120, 190), off(page, 16), s.fg)
    y += 70
    pill(img, 30, y, WIDTH - 60, 64, off(page, 12))
    note(img, "Search guests", (80, y + 42), 0.6, GREY)
    y += 90
    foot = H - NAV_H - 250
    while y + 120 < foot:
        note(
            img,
            ("The " + who(rng) + " family").upper()[:24] + f"  -  {rng.randrange(2, 6)}",
            (30, y + 28),
            0.5,
            GREY,
            2,
        )
        y += 46
        for _ in range(rng.randrange(1, 4)):
            if y + 90 > foot:
                break
            y += guest_row(cast, rng, s, y)
        y += 8
    y = foot + 20
    cv2.rectangle(img, (0, y - 10), (WIDTH, H - NAV_H), off(page, 8), -1)
    note(img, "No reply yet", (30, y + 36), 0.6, s.fg, 2)
    end = stack(cast, s, rng, 230, y + 8, rng.randrange(3, 6), 18.3, 22, off(page, 8), rng.randrange(2, 40))
    pill(img, max(end + 20, WIDTH - 330), y + 6, 300, 56, s.accent)
    note(img, "Send reminder", (max(end + 20, WIDTH - 330) + 50, y + 42), 0.6, WHITE, 2)
    y += 90
    pill(img, 30, y, WIDTH - 60, 70, off(page, 22))
    note(img, "+ Add guest", (WIDTH // 2 - 80, y + 46), 0.7, s.accent, 2)
    H5.nav_bar(s)
    return s.finish()


def seat(
    cast: Cast, rng: random.Random, s: Screen, c: tuple[int, int], lo: float, hi: float, empty: float
) -> None:
    """A seat on the plan: a guest's round face (``lo``-``hi`` px, initials on some) in a white rim,
    or on ``empty`` of them a dashed empty seat."""
    if rng.random() < empty:
        dashed_circle(s.img, c, round(hi * 0.6), GREY)
        return
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.08, 1.2))
    cast.person(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle", WHITE)


def seating_chart(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A drag-and-drop seating plan of a reception: the room from above (a floor's boards, the
    dance floor's squares, the cake table with a drawn cake, the band's stage); the top table along
    the head of the room with guests on one side (``seat``: 22-32 px faces, the couple's hearts
    between them); long banquet tables with seats down both sides (18-26 px faces, empty seats
    dashed); a guest dragged over the plan (a 30-44 px face lifted on a shadow, over a seat on
    some); the "unseated" sheet (24-32 px faces cut by the right edge)."""
    s = new_screen(rng, name, cast.kind("seating"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    chevron(img, 40, y + 40, s.fg, back=True)
    heading(s, 80, y + 54, "Seating plan", 1.1)
    note(
        img, f"{rng.randrange(40, 160)} of {rng.randrange(160, 200)} seated", (WIDTH - 300, y + 50), 0.6, GREY
    )
    y += 100
    top, foot = y, H - NAV_H - 330
    floor = rng.choice(((200, 220, 235), (170, 190, 205), (120, 130, 140)))
    cv2.rectangle(img, (20, top), (WIDTH - 20, foot), floor, -1)
    for yy in range(top, foot, 34):
        cv2.line(img, (20, yy), (WIDTH - 20, yy), tone(floor, -14), 1)
    head = top + 30  # the top table: seats facing the room
    cv2.rectangle(img, (150, head + 44), (WIDTH - 150, head + 84), WHITE, -1)
    n = rng.randrange(6, 10)
    step = (WIDTH - 340) / (n - 1)
    for k in range(n):
        cx = round(170 + k * step)
        if k == n // 2 - 1 or k == n // 2:
            seat(cast, rng, s, (cx, head + 20), 24, 32, 0.0)
        else:
            seat(cast, rng, s, (cx, head + 20), 22, 30, 0.05)
    heart(img, (round(170 + (n // 2 - 0.5) * step), head + 66), 12, RED)
    y = head + 140
    tables = rng.randrange(2, 4)
    tw = 64
    gap = (WIDTH - 40 - tables * (tw + 80)) // (tables + 1)
    tl = min(foot - y - 200, rng.randrange(480, 680))
    for t in range(tables):
        x = 20 + gap + t * (tw + 80 + gap) + 40
        cv2.rectangle(img, (x, y), (x + tw, y + tl), WHITE, -1)
        cv2.rectangle(img, (x, y), (x + tw, y + tl), tone(floor, -50), 2)
        note(img, f"T{t + 1}", (x + 14, y - 10), 0.5, INK, 2)
        for j in range(max(2, tl // 56)):
            cy = y + 28 + j * 56
            for side in (-1, 1):
                seat(cast, rng, s, (x + tw // 2 + side * (tw // 2 + 30), cy), 18.3, 26, 0.15)
    y += tl + 30
    if y + 140 < foot:  # the dance floor and the cake
        dw = min(360, WIDTH - 380)
        for i in range(0, dw, 40):
            for j in range(0, min(120, foot - y - 20), 40):
                if (i // 40 + j // 40) % 2:
                    cv2.rectangle(img, (60 + i, y + j), (100 + i, y + j + 40), tone(floor, -40), -1)
        note(img, "Dance floor", (70, y + 150), 0.5, INK)
        cv2.circle(img, (WIDTH - 200, y + 60), 56, WHITE, -1, cv2.LINE_AA)
        blit(img, H11.render(rng, 80, 80, (wedding_cake,)), WIDTH - 240, y + 20, C.shape_mask(80, "circle"))
    if rng.random() < 0.7:  # a guest being dragged over the plan
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.1, 1.2))
        dx, dy = rng.randrange(200, WIDTH - 200), rng.randrange(top + 160, foot - side - 20)
        cv2.circle(
            img, (dx + side // 2 + 6, dy + side // 2 + 10), side // 2 + 8, tone(floor, -70), -1, cv2.LINE_AA
        )
        cast.avatar(s, dx, dy, fp, side, "circle", s.accent)
        pill(img, dx + side - 10, dy + side - 14, 160, 40, INK)
        note(img, who(rng)[:10], (dx + side + 8, dy + side + 14), 0.55, WHITE)
    y = foot + 20
    H5.sheet(img, y, off(page, 6))
    note(img, f"Unseated ({rng.randrange(3, 40)})", (30, y + 70), 0.65, s.fg, 2)
    y += 96
    x = 30
    while x < WIDTH:
        sd = face_avatar(cast, s, rng, x, y, 24, 32, (1.1, 1.3), "circle", person=True)
        note(img, who(rng)[:7], (x, y + sd + 30), 0.5, GREY)
        x += max(sd, 80) + 30
    H5.nav_bar(s)
    return s.finish()


def gallery_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, t: int, hi: float) -> None:
    """A wedding gallery's square tile: people (a cut of a snapshot, faces 18-``hi`` px) on 75 %,
    on some of them in the reception's dim amber light (``candlelight``), else a drawn cake,
    flowers or the empty chapel."""
    if rng.random() < 0.75:
        cut_photo(cast, rng, s, x, y, t, t, 18.3, hi, None, 0.95)
        if rng.random() < 0.25:
            H10.redrawn(s, (x, y, x + t, y + t), candlelight(rng.uniform(0.35, 0.6)))
    else:
        blit(s.img, H11.render(rng, t, t, (wedding_cake, bouquet, chapel)), x, y)


def wedding_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photographer's wedding gallery shared with the guests: the cover (the couple, faces 40-200
    px, a veil or confetti on some, ``hero_couple``) under the couple's names; chapters as chips;
    "guest uploads" with uploaders' stack (18-24 px) and an "add yours" button; the grid of square
    tiles touching edge to edge (``gallery_tile``: faces 18-120 px, some in dim amber light, drawn
    cakes, flowers and chapels), each guest upload with its uploader's 18-22 px face over its lower
    left corner; on 40 % selection mode (chosen tiles under the accent's tint and a tick)."""
    s = new_screen(rng, name, cast.kind("gallery"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(460, 601)
    hero_couple(cast, rng, s, y, hh, 40, 200)
    cv2.putText(img, f"{who(rng)} & {who(rng)}"[:20], (40, y + hh - 80), FONT, 1.4, WHITE, 2, cv2.LINE_AA)
    note(
        img,
        f"{rng.randrange(120, 900)} photos - by " + words(rng, 1).title() + " Studio",
        (44, y + hh - 34),
        0.6,
        WHITE,
    )
    y += hh + 20
    x = 30
    for k, label in enumerate(
        rng.sample(("Getting ready", "Ceremony", "Confetti", "Portraits", "Reception", "First dance"), 4)
    ):
        (tw, _th), _ = cv2.getTextSize(label, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 1)
        pill(img, x, y, tw + 40, 52, s.accent if k == 0 else off(page, 16))
        note(img, label, (x + 20, y + 34), 0.6, WHITE if k == 0 else s.fg)
        x += tw + 56
    y += 76
    note(img, "Guest uploads", (30, y + 30), 0.6, s.fg, 2)
    end = stack(cast, s, rng, 230, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(3, 90))
    pill(img, max(end + 20, WIDTH - 250), y - 4, 220, 52, off(page, 22))
    note(img, "+ Add yours", (max(end + 20, WIDTH - 250) + 40, y + 30), 0.6, s.accent, 2)
    y += 70
    selecting = rng.random() < 0.4
    cols = rng.choice((3, 3, 4))
    t = WIDTH // cols
    foot = H - NAV_H - (110 if selecting else 0)
    while y + t * 0.4 < foot:
        for c in range(cols):
            x = c * t
            gallery_tile(cast, rng, s, x, y, t, 120 if cols == 3 else 90)
            if rng.random() < 0.3:
                face_avatar(cast, s, rng, x + 10, y + t - 48, 18.3, 22, (1.05, 1.15), "circle", person=True)
            if selecting and rng.random() < 0.35:
                H5.scrim(s, (x, y, x + t, min(y + t, H)), 0.3, s.accent)
                badge(img, (x + t - 30, y + 30), 16, s.accent, "check", WHITE)
            elif selecting:
                cv2.circle(img, (x + t - 30, y + 30), 16, WHITE, 3, cv2.LINE_AA)
        cv2.line(img, (0, y + t - 1), (WIDTH, y + t - 1), page, 2)
        y += t
    for c in range(1, cols):
        cv2.line(img, (c * t, STATUS_H + hh + 166), (c * t, foot), page, 2)
    if selecting:
        cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
        note(img, f"{rng.randrange(2, 30)} selected", (30, foot + 64), 0.7, s.fg, 2)
        pill(img, WIDTH - 290, foot + 26, 260, 60, s.accent)
        note(img, "Download", (WIDTH - 230, foot + 66), 0.65, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def candle_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, back: Colour) -> None:
    """A tribute on a memorial's candle wall: a lit candle on a dark tile, under it the one who lit
    it (an 18-24 px face, initials on some) and the name."""
    fill(s.img, rounded_rect(150, tw, 14), x, y, back)
    small_candle(s.img, (x + tw // 2, y + 30), 34, True)
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
    cast.person(s, x + 12, y + 150 - side - 12, fp, side, "circle")
    note(s.img, who(rng)[:6], (x + side + 18, y + 150 - side // 2 - 4), 0.45, (200, 200, 200))


def memorial_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An online memorial page: the portrait (faces 70-220 px) in black and white or as a faded
    sepia print, fading into the page at its foot, "In loving memory", the name and the years;
    light a candle, share a memory, donate; the candle wall (``candle_tile``: tributes' 18-24 px
    faces under lit candles); the life story along a line of decades with old prints lying askew
    (faces 18-80 px, grey or sepia); condolences (24-32 px faces, drawn flowers by some)."""
    s = new_screen(rng, name, cast.kind("memorial"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(520, 681)
    piece, faces = H11.portrait(cast, WIDTH, ph, rng.uniform(70, 220))
    paste_photo(cast, s, piece, faces, 0, y)
    H10.redrawn(s, (0, y, WIDTH, y + ph), H10.greyed if rng.random() < 0.5 else H10.printed(rng))
    stepped(s, (0, y + ph * 3 // 4, WIDTH, y + ph), 0.0, 0.85, 10, page)
    y += ph
    note(img, "In loving memory of", (WIDTH // 2 - 130, y + 10), 0.7, GREY)
    text = who(rng) + " " + who(rng)
    (tw, _th), _ = cv2.getTextSize(text, FONT, 1.4, 2)
    cv2.putText(img, text, (WIDTH // 2 - tw // 2, y + 70), FONT, 1.4, s.fg, 2, cv2.LINE_AA)
    born = rng.randrange(1925, 1990)
    note(img, f"{born} - {born + rng.randrange(30, 98)}", (WIDTH // 2 - 80, y + 110), 0.75, GREY)
    y += 140
    for k, label in enumerate(("Light a candle", "Share memory", "Donate")):
        bw = (WIDTH - 100) // 3
        pill(img, 30 + k * (bw + 20), y, bw, 60, s.accent if k == 0 else off(page, 18))
        note(img, label, (50 + k * (bw + 20), y + 40), 0.55, WHITE if k == 0 else s.fg, 2 if k == 0 else 1)
    y += 90
    y = section(s, y, f"{rng.randrange(20, 400)} candles lit")
    cols = 5
    tw = (WIDTH - 60 - (cols - 1) * 12) // cols
    for r in range(rng.randrange(1, 3)):
        for c in range(cols):
            candle_tile(cast, rng, s, 30 + c * (tw + 12), y + r * 162, tw, (40, 40, 48))
    y += 162 * (r + 1) + 10
    foot = H - NAV_H - 120
    if rng.random() < 0.55 and y + 380 < foot:
        y = section(s, y, "Life story", False)
        cv2.line(img, (60, y), (60, y + 300), off(page, 40), 3)
        x = 110
        for k in range(rng.randrange(2, 4)):
            cv2.circle(img, (60, y + 20 + k * 110), 10, s.accent, -1, cv2.LINE_AA)
            note(img, f"{born + 10 * (k + 1) - born % 10}s", (80, y + 28 + k * 110), 0.5, GREY, 2)
        for _ in range(rng.randrange(2, 4)):
            pw = rng.randrange(170, 231)
            piece, faces, where = polaroid(cast, pw, 18.3, 80, rng.uniform(-6, 6))
            piece = (H10.greyed if rng.random() < 0.5 else H10.printed(rng))(piece)
            if x + piece.shape[1] > WIDTH:
                break
            paste_photo(cast, s, piece, faces, x, y, where)
            x += piece.shape[1] + 10
        y += 330
    while y + 130 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle", person=True)
        note(img, who(rng), (50 + sd, y + 22), 0.6, s.fg, 2)
        note(
            img,
            rng.choice(("Friend", "Neighbour", "Cousin", "Colleague", "Granddaughter")),
            (230 + sd, y + 22),
            0.5,
            GREY,
        )
        s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(4, 8))
        s.words(rng, 50 + sd, y + 86, 0.55, rng.randrange(2, 6))
        if rng.random() < 0.4:
            blit(img, H11.render(rng, 56, 56, (bouquet,)), WIDTH - 90, y, C.shape_mask(56, "circle"))
        y += max(sd, 100) + 20
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def chapel_stream(cast: Cast, rng: random.Random, s: Screen, y: int, vh: int) -> None:
    """A funeral's livestream from the back of the chapel: the empty chapel drawn, the mourners'
    backs as dark heads and shoulders over the pews (never faces), the speaker at the lectern at the
    front (faces 24-70 px) by the coffin under flowers; or on 40 % the camera close on the speaker
    (faces 60-160 px); all in the chapel's dim amber light and the stream's low bitrate (blown up
    from a 2-3 times smaller picture)."""
    img = s.img
    if rng.random() < 0.4:
        cast.photo(s, 0, y, WIDTH, vh, rng.uniform(60, 160))
        lectern(img, WIDTH // 2, y + vh - vh // 5, y + vh, WIDTH // 3, (40, 60, 90))
    else:
        blit(img, H11.render(rng, WIDTH, vh, (chapel,)), 0, y)
        fp = rng.uniform(24, 70)
        cx = WIDTH // 2 + rng.randrange(-260, 261)
        figure(cast, s, cx, y + vh * 0.42, fp, (0, y, WIDTH, y + vh), True)
        lectern(
            img,
            cx,
            round(y + vh * 0.42 + fp * 1.6),
            round(y + vh * 0.42 + fp * 4.2),
            round(fp * 2.4),
            (40, 60, 90),
        )
        kx = WIDTH // 2 - 160 if cx > WIDTH // 2 else WIDTH // 2 + 20
        ky = y + round(vh * 0.62)
        cv2.rectangle(img, (kx, ky), (kx + 160, ky + 50), (30, 50, 80), -1)
        blit(img, H11.render(rng, 120, 40, (bouquet,)), kx + 20, ky - 30)
        for r in range(2):  # the mourners' backs in the last pews
            hy = y + vh - 20 - r * 70
            for _ in range(rng.randrange(3, 7)):
                hx = rng.randrange(20, WIDTH - 20)
                hr = 34 - r * 8
                cv2.ellipse(img, (hx, hy + hr), (hr * 2, hr), 0, 180, 360, (30, 30, 36), -1, cv2.LINE_AA)
                cv2.circle(
                    img,
                    (hx, hy - hr // 2),
                    hr * 2 // 3,
                    rng.choice(((20, 25, 35), (60, 90, 120), (150, 160, 170))),
                    -1,
                    cv2.LINE_AA,
                )
    H10.redrawn(s, (0, y, WIDTH, y + vh), candlelight(rng.uniform(0.5, 0.8)))
    H10.redrawn(s, (0, y, WIDTH, y + vh), H16.pixelated(rng.choice((2, 3)), False))


def funeral_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A funeral's livestream page: the service (``chapel_stream``: the speaker at the lectern,
    faces 24-160 px, in dim amber light at a low bitrate) with LIVE and the viewers; the order of
    service (its cover with the deceased's 40-70 px portrait in grey, the hymns and readings with
    the current one lit); those attending online as a wall of small tiles (18-30 px faces, initials
    for cameras off); condolences in the chat (20-26 px faces, drawn hearts and candles)."""
    s = new_screen(rng, name, cast.kind("funeral"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = WIDTH * 9 // 16
    chapel_stream(cast, rng, s, y, vh)
    tag(img, 20, y + 20, "LIVE", RED, 34)
    pill(img, 110, y + 20, 120, 34, (20, 20, 20))
    note(img, f"{rng.randrange(12, 400)} watching", (122, y + 44), 0.45, WHITE)
    y += vh + 20
    note(img, "Celebrating the life of", (30, y + 20), 0.55, GREY)
    heading(s, 30, y + 64, who(rng) + " " + who(rng), 1.0)
    y += 90
    fill(img, rounded_rect(300, WIDTH - 60, 18), 30, y, off(page, 10))
    cw = 200
    fill(img, rounded_rect(260, cw, 10), 50, y + 20, IVORY)
    cast.photo(s, 80, y + 46, cw - 60, 150, rng.uniform(40, 70), arch(cw - 60, 150))
    H10.redrawn(s, (80, y + 46, cw + 20, y + 196), H10.greyed)
    note(img, "Order of service", (66, y + 236), 0.45, INK)
    now = rng.randrange(4)
    for k, item in enumerate(
        rng.sample(("Welcome", "Hymn: " + words(rng, 2), "Reading", "Eulogy", "Prayers", "Committal"), 4)
    ):
        ink = s.accent if k == now else (s.fg if k > now else GREY)
        note(img, f"{k + 1}. {item}"[:24], (280, y + 60 + k * 60), 0.6, ink, 2 if k == now else 1)
    y += 324
    note(img, f"Attending online ({rng.randrange(12, 300)})", (30, y + 24), 0.6, s.fg, 2)
    y += 40
    t = (WIDTH - 60) // 8
    for r in range(2):
        for c in range(8):
            x, yy = 30 + c * t, y + r * t
            if rng.random() < 0.3:
                cv2.rectangle(img, (x + 2, yy + 2), (x + t - 3, yy + t - 3), (50, 50, 56), -1)
                initials_disc(img, rng, (x + t // 2, yy + t // 2), t // 4, random_colour(rng, 60, 200))
            else:
                cast.photo(s, x + 2, yy + 2, t - 5, t - 5, small(rng, 18.3, 30))
    y += 2 * t + 20
    foot = H - NAV_H - 110
    while y + 60 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.05, 1.2), "circle", person=True)
        note(img, who(rng)[:9], (44 + sd, y + 20), 0.55, s.fg, 2)
        s.words(rng, 200 + sd, y + 20, 0.55, rng.randrange(2, 6))
        if rng.random() < 0.3:
            heart(img, (WIDTH - 50, y + 14), 12, RED)
        elif rng.random() < 0.3:
            small_candle(img, (WIDTH - 50, y + 4), 18, True)
        y += max(sd, 40) + 18
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    pill(img, 20, foot + 20, WIDTH - 40, 70, off(page, 22))
    note(img, "Share a condolence", (50, foot + 64), 0.7, GREY)
    H5.nav_bar(s)
    return s.finish()


def naming_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A christening's or a baby naming's announcement shared in a community or family app: the
    poster's 26-34 px face; the card (cream or blush, drawn sprigs in its corners, the child in an
    arched frame, faces 60-200 px, the name in big type, the day and the place); the godparents or
    sponsors in round frames (36-60 px); a ceremony photo strip (faces 18-60 px) on 60 %; hearts
    with who sent them (a stack of 18-24 px); congratulations (20-28 px faces)."""
    s = new_screen(rng, name, cast.kind("naming"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.1, 1.25), "circle", person=True)
    note(img, who(rng) + " shared an announcement", (50 + sd, y + 26), 0.6, s.fg, 2)
    note(
        img,
        f"{rng.randrange(1, 23)}h - " + rng.choice(("Family", "Parish news", "Community")),
        (50 + sd, y + 58),
        0.5,
        GREY,
    )
    y += max(sd, 70) + 20
    ch = rng.randrange(900, 1001)
    paper = rng.choice((IVORY, BLUSH, (235, 225, 215)))
    fill(img, rounded_rect(ch, WIDTH - 40, 8), 20, y, paper)
    for c, a in (
        ((50, y + 40), 10.0),
        ((WIDTH - 60, y + 40), 100.0),
        ((50, y + ch - 40), -80.0),
        ((WIDTH - 60, y + ch - 40), 190.0),
    ):
        sprig(img, rng, c, rng.randrange(110, 170), a)
    note(
        img,
        rng.choice(("Welcome to the world", "With joy we announce", "Baptism of", "Naming ceremony")),
        (WIDTH // 2 - 170, y + 90),
        0.75,
        (90, 100, 110),
        1,
    )
    aw = rng.randrange(360, 461)
    ah = round(aw * 1.2)
    fill(img, arch(aw + 16, ah + 16), WIDTH // 2 - aw // 2 - 8, y + 122, GOLD)
    cast.photo(s, WIDTH // 2 - aw // 2, y + 130, aw, ah, rng.uniform(60, min(200, aw / 1.7)), arch(aw, ah))
    yy = y + 150 + ah
    text = who(rng) + " " + who(rng)[0] + "."
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SCRIPT_COMPLEX, 2.0, 2)
    cv2.putText(
        img,
        text,
        (WIDTH // 2 - tw // 2, yy + 70),
        cv2.FONT_HERSHEY_SCRIPT_COMPLEX,
        2.0,
        (70, 70, 90),
        2,
        cv2.LINE_AA,
    )
    note(
        img,
        f"Sunday {rng.randrange(1, 29)} {rng.choice(('April', 'May', 'October'))} - "
        + words(rng, 1).title()
        + " Church",
        (WIDTH // 2 - 260, yy + 120),
        0.6,
        (90, 100, 110),
    )
    y += ch + 24
    y = section(s, y, rng.choice(("Godparents", "Sponsors", "Guardians")), False)
    x = 30
    for _ in range(rng.randrange(2, 4)):
        sd = face_avatar(cast, s, rng, x, y, 36, 60, (1.3, 1.6), "circle")
        note(img, who(rng)[:9], (x + sd + 16, y + sd // 2), 0.6, s.fg, 2)
        x += sd + 190
        if x + 200 > WIDTH:
            break
    y += 120
    foot = H - NAV_H - 120
    if rng.random() < 0.6 and y + 330 < foot:
        t = (WIDTH - 60 - 24) // 3
        for c in range(3):
            cut_photo(cast, rng, s, 30 + c * (t + 12), y, t, t, 18.3, 60, rounded_rect(t, t, 12), 0.9)
        y += t + 20
    heart(img, (48, y + 24), 16, RED)
    end = stack(cast, s, rng, 80, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(4, 200))
    note(img, "sent love", (end + 14, y + 30), 0.55, GREY)
    y += 70
    while y + 100 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
        pill(img, 44 + sd, y - 6, rng.randrange(420, WIDTH - 80 - sd), 78, off(page, 12))
        note(img, who(rng), (70 + sd, y + 22), 0.55, s.fg, 2)
        s.words(rng, 70 + sd, y + 56, 0.55, rng.randrange(2, 6))
        y += max(sd, 80) + 16
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def choir_roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A choir's or a youth group's roster: the group photo on the risers or at camp (five to
    eight people a row in two or three rows, faces 14-48 px, under 18 px not counted); the next
    rehearsal's card (a drawn hymn sheet or chapel); tonight's attendance; each section's or group's
    members in a row cut by the right edge (28-40 px faces, a green tick or a grey "away" dot over
    the lower right, initials on some); the music list (drawn sheets, part chips)."""
    s = new_screen(rng, name, cast.kind("choir"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    youth = rng.random() < 0.4
    y = STATUS_H
    gh = rng.randrange(380, 461)
    if cast.photos:
        rows, hi = rng.randrange(2, 4), rng.uniform(28, 48)
        piece, faces = H11.gathering(
            cast,
            WIDTH,
            gh,
            14 if rows > 2 else 20,
            hi,
            rows,
            rng.randrange(5, 9),
            (1.6, 2.0),
            rng.uniform(0.0, 0.2),
        )
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(img, H11.render(rng, WIDTH, gh, RENDERS), 0, y)
    stepped(s, (0, y + gh // 2, WIDTH, y + gh), 0.0, 0.6, 8)
    heading(
        s,
        30,
        y + gh - 40,
        rng.choice(("St Cecilia Choir", "Gospel Choir", "Youth Fellowship", "Chamber Singers")),
        1.1,
        WHITE,
    )
    y += gh + 24
    fill(img, rounded_rect(150, WIDTH - 60, 18), 30, y, off(page, 10))
    blit(img, H11.render(rng, 150, 110, (hymn_sheet, chapel)), 50, y + 20, rounded_rect(110, 150, 10))
    note(img, "Next " + ("meet-up" if youth else "rehearsal"), (220, y + 50), 0.55, GREY)
    note(
        img,
        f"{rng.choice(('Thu', 'Tue', 'Fri'))} {rng.randrange(17, 21)}:30 - "
        + words(rng, 1).title()
        + " Hall",
        (220, y + 90),
        0.7,
        s.fg,
        2,
    )
    y += 176
    here, of = rng.randrange(8, 30), rng.randrange(30, 45)
    note(img, f"Here tonight  {here}/{of}", (30, y + 26), 0.65, s.fg, 2)
    progress(img, 330, y + 12, WIDTH - 360, here / of, GREEN, off(page, 20), 12)
    y += 56
    groups = ("Leaders", "Year 7-9", "Year 10-13") if youth else ("Soprano", "Alto", "Tenor", "Bass")
    foot = H - NAV_H - 130
    for group in groups:
        if y + 170 > foot:
            break
        note(img, group.upper(), (30, y + 26), 0.55, s.accent, 2)
        y += 42
        x = 30
        rim = page
        while x < WIDTH:
            sd = face_avatar(cast, s, rng, x, y, 28, 40, (1.1, 1.25), "circle", person=True)
            if rng.random() < 0.75:
                badge(img, (x + sd - 8, y + sd - 8), 10, GREEN, "check", rim)
            else:
                badge(img, (x + sd - 8, y + sd - 8), 9, GREY, "", rim)
            note(img, who(rng)[:6], (x, y + sd + 26), 0.45, GREY)
            x += max(sd, 70) + 26
        y += 110
    while y + 100 < foot:
        blit(img, H11.render(rng, 70, 84, (hymn_sheet,)), 30, y, rounded_rect(84, 70, 8))
        note(img, words(rng, 3).title()[:24], (120, y + 34), 0.65, s.fg, 2)
        tag(img, 120, y + 48, rng.choice(groups), off(page, 30), 28)
        y += 104
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def prayer_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, most: int) -> int:
    """A prayer request as a pastel note: the requester's 20-30 px face (or "Anonymous" with a drawn
    candle), the words, a photo on some (faces 18-60 px, or drawn flowers), "Praying" with a stack
    of who prays (18-22 px), an "Answered" ribbon on some. Returns its height."""
    img = s.img
    ch = min(most, rng.randrange(230, 301) + (0 if rng.random() < 0.7 else 200))
    back = rng.choice(((215, 240, 250), (235, 225, 250), (220, 245, 225), (245, 235, 220)))
    fill(img, rounded_rect(ch, cw, 16), x, y, back)
    if rng.random() < 0.75:
        sd = face_avatar(cast, s, rng, x + 16, y + 16, 20, 30, (1.05, 1.2), "circle", person=True)
        note(img, who(rng)[:9], (x + sd + 26, y + 16 + sd // 2 + 6), 0.55, INK, 2)
    else:
        small_candle(img, (x + 34, y + 22), 22, True)
        note(img, "Anonymous", (x + 66, y + 44), 0.55, (90, 90, 90), 2)
    yy = y + 90
    if ch > 400:
        ph = ch - 270
        if rng.random() < 0.7:
            cut_photo(
                cast, rng, s, x + 16, yy - 20, cw - 32, ph, 18.3, 60, rounded_rect(ph, cw - 32, 10), 0.9
            )
        else:
            blit(
                img,
                H11.render(rng, cw - 32, ph, (bouquet, candle_glow)),
                x + 16,
                yy - 20,
                rounded_rect(ph, cw - 32, 10),
            )
        yy += ph
    for _ in range(2):
        ink_words(s, rng, x + 18, yy, INK)
        yy += 30
    end = stack(cast, s, rng, x + 16, y + ch - 62, rng.randrange(2, 4), 18.3, 22, back, rng.randrange(0, 60))
    note(img, "Praying", (end + 8, y + ch - 36), 0.5, (90, 90, 90), 2)
    if rng.random() < 0.2:
        tag(img, x + cw - 140, y + 12, "Answered", GREEN, 30)
    return ch


def ink_words(s: Screen, rng: random.Random, x: int, y: int, colour: Colour) -> None:
    """A short line of words in ``colour`` (a note's text in ink whatever the page's theme)."""
    s.words(rng, x, y, 0.5, rng.randrange(2, 4), colour)


def prayer_wall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A prayer-request wall: "All, Mine, Answered" tabs; the verse of the day over drawn candles,
    flowers or a chapel; two columns of pastel notes (``prayer_card``: requesters' 20-30 px faces,
    anonymous ones with a candle, photos with 18-60 px faces on some, "praying" stacks of 18-22 px,
    "Answered" ribbons); the "add a request" button over the foot."""
    s = new_screen(rng, name, cast.kind("prayerwall"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 54, "Prayer wall", 1.3)
    y += 90
    for k, label in enumerate(("All", "Mine", "Answered")):
        pill(img, 30 + k * 200, y, 180, 54, s.accent if k == 0 else off(page, 16))
        note(img, label, (60 + k * 200, y + 36), 0.6, WHITE if k == 0 else s.fg, 2 if k == 0 else 1)
    y += 80
    vh = 230
    blit(
        img, H11.render(rng, WIDTH - 60, vh, (candle_glow, bouquet)), 30, y, rounded_rect(vh, WIDTH - 60, 20)
    )
    cv2.putText(img, words(rng, 4).capitalize()[:30], (60, y + vh - 70), FONT, 0.9, WHITE, 2, cv2.LINE_AA)
    note(
        img,
        rng.choice(("Psalm", "John", "Surah", "Isaiah")) + f" {rng.randrange(1, 40)}:{rng.randrange(1, 30)}",
        (60, y + vh - 30),
        0.55,
        WHITE,
    )
    y += vh + 24
    foot = H - NAV_H - 20
    cw = (WIDTH - 80) // 2
    col = [y, y + rng.randrange(0, 80)]
    while True:
        k = 0 if col[0] <= col[1] else 1
        if col[k] + 200 > foot:
            break
        col[k] += prayer_card(cast, rng, s, 30 + k * (cw + 20), col[k], cw, foot - col[k]) + 20
    fab = (WIDTH - 250, H - NAV_H - 130)
    pill(img, fab[0], fab[1], 220, 84, s.accent)
    note(img, "+ Request", (fab[0] + 40, fab[1] + 54), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    service_rota,
    wedding_planner,
    guest_list,
    seating_chart,
    wedding_gallery,
    memorial_page,
    funeral_stream,
    naming_card,
    choir_roster,
    prayer_wall,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (guest_list, memorial_page)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a rota's grid, a seating plan's
# seats, a memorial's candle wall)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, service_rota, seating_chart, memorial_page)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT31_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h31", photos, free, seed, reps)
