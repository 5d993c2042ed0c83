"""Held-out screens, twentieth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to nineteen (heldout.py to heldout19.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: a bamboo
steamer of dumplings, rice terraces, zellige tiles; nothing with eyes, a mouth or a mask); every
random choice from ``HELDOUT20_SEED``. Faces are pasted through heldout2's ``Screen``, which settles
each one on the finished screen (pixels drawn over a face later are not the face's; a face with
under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout19's, its screens marked h20-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in apps from outside the English-speaking West, as a multinational study's
participants see them: layouts mirrored for right-to-left scripts, CJK layouts (dense rows, square
avatars, 3 x 3 photo grids, vertical type), super-apps, live commerce, red packets. The type is
drawn as strokes (``connected_word`` and ``square_word`` for right-to-left scripts, ``cjk_glyph``;
no new font). Ten layouts none of sets 2-19 draws (they already draw chat lists and chats laid out
left to right, live streams and battles, dating cards mid-swipe and a likes page, a payments feed,
a news live blog, a short-video feed, a GIF masonry, a friend code's QR with one's face and more:
see their docstrings):
- a chat app right to left (``rtl_chat``): the list (the avatar at the right edge, 36-56 px with
  faces 25-46 px, a group's two overlapping 20-26 px faces, the time and unread count at the left)
  or a chat (the header mirrored with a 30-40 px face, received messages on the right by the
  sender's 22-30 px face, one's own on the left, photos in bubbles with faces 18-90 px, voice
  notes);
- a WeChat- or LINE-style moments feed (``moments``): a cover (faces 40-160 px) with one's 50-80 px
  face on half, posts by the poster's square 40-56 px avatar (faces 27-47 px), a 3 x 3 grid of
  square thumbnails on most (faces 18-70 px, some cut by the cell; a single photo's 40-160 px), a
  likes bar of tiny square avatars (faces 18-24 px) wrapped in rows, comments;
- a KakaoTalk-style friends list (``friends_list``): one's profile (a 90-140 px face in a rounded
  square over a wide cover photo, faces 20-80 px there on some), birthday friends in a carousel cut
  by the edge (30-44 px), favourites (26-38 px) and friends (22-32 px) with status bubbles;
- a super-app's home (``super_app``): big services on an accent band, a banner carousel with one
  or two people cut out (faces 60-200 px, cut by the card), a "recently used" row of contacts'
  24-32 px faces, mini-programs' icons, stacks of three 18-24 px faces of friends who use one, a
  feed with thumbnails (faces 18-40 px);
- a live-commerce stream (``live_commerce``): the presenter full screen, head to legs (faces
  200-500 px), holding a product, a co-host's window on 40 % (60-110 px), the host's pill (28-36
  px), a viewer stack (18-24 px), floating comments over dimmed pills (18-26 px), a product card,
  a gift with the sender's 20-26 px face, hearts;
- a Weibo- or X-style post (``weibo_post``): the poster's 36-50 px face with a verified badge, nine
  photos in a 3 x 3 grid (faces 18-70 px, cut by the cells; one a long image on some) or a long
  image's preview (a tall stitched picture cropped, faces 20-90 px), hot comments (24-32 px) with
  replies (18-24 px), one's own 20-26 px face by the field;
- a short-video app's "friends" tab (``masonry``): two columns of cards scrolled part-way, covers
  (a person with faces 30-200 px, people 18-60 px, or a thing; vertical outlined type down some),
  the author's 18-24 px face under each;
- a payments app (``wallet``): a group chat of red packets (senders' 24-34 px faces in rounded
  squares; on 40 % an opened packet over a scrim: the sender's 40-60 px face and who opened it,
  24-32 px) or the money page (a transfer grid of 32-48 px faces in rounded squares, one's code
  card with one's 40-60 px face in the middle of the QR code, or recent transfers, 24-32 px);
- a dating app from the region (``dating``): a stack of cards (one or two turned behind), the top
  one a photo 300-700 px wide (faces 80-260 px) with interest chips over its foot, the buttons,
  then "who liked you" (``liked_grid``: photos with faces 30-80 px under a Gaussian blur of sigma
  4-8, still counted: they must be hidden too);
- a news portal in a CJK style (``news_portal``): channel tabs, a lead photo on half (faces 40-160
  px), dense headline rows with thumbnails 60-90 px high (faces 18-50 px), rows of three pictures
  (18-50 px), a columnist's 24-32 px face, a video row's 16:9 frame (faces 30-120 px).
Light, dark (on some, low-contrast grey text) and tinted themes (live commerce dark); JPEG quality
30-60. Scrims, dimmed comment pills and the blur over "who liked you" leave the faces under them
counted (darker or blurred); type, badges, chips, cards, bars and the red packets take the pixels
they cover. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,237 faces (729 under 32 px, 332 of 32-63, 141 of 64-127,
35 larger; 891 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, food, views, initials and drawn things in avatars, grids, covers
and cards); ``reps=1`` a quarter (18 screens with 307 faces: 173, 82, 45 and 7 by size, 210 under
40 px; 13 face-free). Every layout but live commerce and the dating app (14 faces a screen on
average at 4 reps, some of the largest) is drawn twice a round. Counted by running the generator
alone (``faces_bench.py --only heldout20 --count-only``; no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout10 as H10
import heldout11 as H11
import heldout15 as H15
import heldout19 as H19
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, _cut, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREY, RED, badge, duration, heart, tone
from heldout5 import pill, small
from heldout6 import off, qr, stepped
from heldout11 import INK, figure, paste_photo, snapshot
from heldout13 import new_screen_for
from heldout19 import chevron

HELDOUT20_SEED = 20202
BLACK: Colour = (8, 8, 8)
HONGBAO: Colour = (50, 60, 215)  # a red packet's red (BGR)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def steamer(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bamboo steamer from above on a table: the rim's rings, a slatted floor, dumplings as pale
    discs with pleats gathered to a twist at their middle (no marks that read as eyes)."""
    img = np.full((h, w, 3), random_colour(rng, 60, 160), np.uint8)
    s = min(w, h)
    c, r = (w // 2 + rng.randrange(-s // 8, s // 8 + 1), h // 2), round(s * rng.uniform(0.42, 0.6))
    cv2.circle(img, c, r, (70, 140, 185), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (40, 95, 140), max(2, r // 12), cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.86), (60, 120, 170), max(1, r // 30), cv2.LINE_AA)
    for k in range(-6, 7):
        x = c[0] + k * r // 7
        cv2.line(img, (x, c[1] - r), (x, c[1] + r), (80, 150, 195), max(1, r // 40))
    cv2.circle(img, c, r, (40, 95, 140), max(2, r // 12), cv2.LINE_AA)
    dough = rng.choice(((225, 235, 240), (200, 225, 235), (180, 220, 200)))
    n = rng.randrange(3, 8)
    for k in range(n):
        a = 2 * math.pi * k / n + rng.uniform(-0.2, 0.2)
        d = r * (0.5 if n > 1 else 0)
        p = (round(c[0] + d * math.cos(a)), round(c[1] + d * math.sin(a)))
        q = max(3, round(r * rng.uniform(0.22, 0.3)))
        cv2.circle(img, (p[0] + q // 8, p[1] + q // 6), q, (40, 80, 120), -1, cv2.LINE_AA)
        cv2.circle(img, p, q, dough, -1, cv2.LINE_AA)
        for j in range(rng.randrange(7, 12)):
            t = 2 * math.pi * j / 10
            end = (round(p[0] + q * 0.85 * math.cos(t)), round(p[1] + q * 0.85 * math.sin(t)))
            cv2.line(img, p, end, tone(dough, -45), max(1, q // 10), cv2.LINE_AA)
        cv2.circle(img, p, max(2, q // 5), tone(dough, -30), -1, cv2.LINE_AA)
    return img


def terraces(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Rice terraces on a hillside: wavy bands of greens stepping down the frame, each rimmed by a
    bright line of water, a hazy sky over the top on some."""
    img = np.zeros((h, w, 3), np.uint8)
    top = round(h * rng.uniform(0.1, 0.3)) if rng.random() < 0.5 else 0
    gradient(img, (0, 0, w, max(1, top)), (235, 215, 190), (220, 225, 215))
    greens = ((60, 150, 90), (80, 170, 110), (50, 130, 80), (90, 190, 150), (70, 160, 130))
    n = rng.randrange(5, 11)
    xs = np.arange(-10, w + 20, 8)
    phase, freq = rng.uniform(0, 6), rng.uniform(1.5, 4) / max(w, 1)
    for k in range(n):
        y0 = top + (h - top) * k / n
        amp = (h - top) / n * rng.uniform(0.2, 0.6)
        ys = y0 + np.sin(xs * freq * 2 * math.pi + phase + k * 0.5) * amp
        poly = np.concatenate([np.stack([xs, ys], 1), [[w + 20, h + 10], [-10, h + 10]]]).astype(np.int32)
        col = rng.choice(greens)
        cv2.fillPoly(img, [poly], col, cv2.LINE_AA)
        cv2.polylines(
            img,
            [np.stack([xs, ys], 1).astype(np.int32)],
            False,
            (220, 225, 200),
            max(1, h // 120),
            cv2.LINE_AA,
        )
    return img


def zellige(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Glazed zellige tiles: a grid of eight-pointed stars (two squares, one turned 45 degrees) in
    two or three colours, crosses of another colour between them, white grout."""
    img = np.full((h, w, 3), (235, 235, 230), np.uint8)
    cell = max(8, round(max(w, h) / rng.uniform(3, 8)))
    cols = [random_colour(rng, 40, 220) for _ in range(3)]
    r = cell * 0.42
    for j in range(-1, h // cell + 2):
        for i in range(-1, w // cell + 2):
            c = (i * cell + cell / 2, j * cell + cell / 2)
            colour = cols[(i + j) % 2]
            for a in (0, 45):
                sq = [(-r, -r), (r, -r), (r, r), (-r, r)]
                cv2.fillPoly(img, [H19._turned_poly(sq, c, a)], colour, cv2.LINE_AA)
            cv2.circle(img, (round(c[0]), round(c[1])), max(2, round(r * 0.35)), cols[2], -1, cv2.LINE_AA)
            corner = (round(c[0] + cell / 2), round(c[1] + cell / 2))
            cv2.circle(img, corner, max(2, round(cell * 0.1)), cols[2], -1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (steamer, terraces, zellige)


@dataclass
class Cast(H19.Cast):
    """heldout19's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h20-, whose drawn things are this set's: a bamboo steamer of dumplings, rice
    terraces, zellige tiles."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h20-" + super().kind(layout).removeprefix("h19-")


# ----------------------------------------------------------------------------------------------
# Type as glyph-like strokes: a connected right-to-left script, a square-lettered one, CJK.
# ----------------------------------------------------------------------------------------------


def _dots(img: np.ndarray, rng: random.Random, x: int, y: int, size: int, colour: Colour) -> None:
    """One to three dots above or below a letter's place (a script's pointing)."""
    up = rng.random() < 0.6
    yy = y - round(size * 0.75) if up else y + round(size * 0.35)
    for k in range(rng.randrange(1, 4)):
        cv2.circle(img, (x - k * max(3, size // 5), yy), max(1, size // 10), colour, -1, cv2.LINE_AA)


def connected_word(img: np.ndarray, rng: random.Random, right: int, y: int, size: int, colour: Colour) -> int:
    """A word of a connected right-to-left script ending at ``right`` on baseline ``y`` (letters
    ``size`` px high at most): a joining stroke with teeth, tall strokes, loops, bowls under the
    line and pointing dots. Returns its left end."""
    t = max(1, round(size / 9))
    step = max(4, round(size * rng.uniform(0.42, 0.58)))
    n = rng.randrange(2, 7)
    left = right - n * step
    cv2.line(img, (left, y), (right, y), colour, t, cv2.LINE_AA)
    x = right
    for _ in range(n):
        k = rng.random()
        if k < 0.25:
            cv2.line(img, (x, y), (x, y - size), colour, t, cv2.LINE_AA)
        elif k < 0.55:
            cv2.line(img, (x, y), (x, y - round(size * 0.38)), colour, t, cv2.LINE_AA)
        elif k < 0.7:
            cv2.ellipse(
                img,
                (x - step // 2, y - size // 5),
                (max(2, step // 2), max(2, size // 5)),
                0,
                0,
                360,
                colour,
                t,
                cv2.LINE_AA,
            )
        elif k < 0.82:
            cv2.ellipse(
                img,
                (x - step // 2, y),
                (max(2, step // 2), max(2, size // 3)),
                0,
                0,
                180,
                colour,
                t,
                cv2.LINE_AA,
            )
        if rng.random() < 0.35:
            _dots(img, rng, x - step // 2, y, size, colour)
        x -= step
    return left


def square_word(img: np.ndarray, rng: random.Random, right: int, y: int, size: int, colour: Colour) -> int:
    """A word of a square-lettered right-to-left script: separate letters of a roof, a right leg,
    a foot or a left leg, written from ``right``. Returns its left end."""
    t = max(1, round(size / 8))
    lw, gap = max(4, round(size * 0.5)), max(2, size // 6)
    x = right
    for _ in range(rng.randrange(2, 6)):
        top, a = y - round(size * 0.7), x - lw
        cv2.line(img, (a, top), (x, top), colour, t, cv2.LINE_AA)
        cv2.line(img, (x, top), (x, y), colour, t, cv2.LINE_AA)
        k = rng.randrange(4)
        if k == 0:
            cv2.line(img, (a, y), (x, y), colour, t, cv2.LINE_AA)
        elif k == 1:
            cv2.line(img, (a, top), (a, y), colour, t, cv2.LINE_AA)
        elif k == 2:
            cv2.line(img, (a + lw // 3, top + size // 4), (a + lw // 3, y), colour, t, cv2.LINE_AA)
        x = a - gap
    return x


def rtl_line(
    img: np.ndarray, rng: random.Random, right: int, y: int, size: int, n: int, colour: Colour, left: int = 0
) -> int:
    """``n`` words of a right-to-left script from ``right`` along baseline ``y`` (connected or
    square letters, one script a line), stopping before ``left``. Returns the left end."""
    word = connected_word if rng.random() < 0.65 else square_word
    x = right
    for _ in range(n):
        if x - left < size * 3.5:  # the longest word is 3.5 letters' heights
            break
        x = word(img, rng, x, y, size, colour) - max(4, round(size * 0.45))
    return x


def cjk_glyph(img: np.ndarray, rng: random.Random, x: int, y: int, size: int, colour: Colour) -> None:
    """One CJK-like character in the ``size`` px square at (x, y): two to five strokes (bars across,
    bars down, a box, a falling stroke to the left or right, a short tick)."""
    t = max(1, round(size / 10))
    m = max(1, size // 8)
    a, b = x + m, x + size - m
    for _ in range(rng.randrange(2, 6)):
        k = rng.randrange(6)
        f = rng.uniform(0.15, 0.85)
        if k == 0:
            yy = y + round(size * f)
            cv2.line(img, (a + rng.randrange(0, size // 3 + 1), yy), (b, yy), colour, t, cv2.LINE_AA)
        elif k == 1:
            xx = x + round(size * f)
            cv2.line(img, (xx, y + m), (xx, y + size - m), colour, t, cv2.LINE_AA)
        elif k == 2:
            bx, by = a + round(size * rng.uniform(0, 0.3)), y + round(size * rng.uniform(0.1, 0.4))
            cv2.rectangle(img, (bx, by), (bx + round(size * 0.45), by + round(size * 0.4)), colour, t)
        elif k == 3:
            cv2.line(img, (x + size // 2, y + size // 3), (a, y + size - m), colour, t, cv2.LINE_AA)
        elif k == 4:
            cv2.line(img, (x + size // 2, y + size // 3), (b, y + size - m), colour, t, cv2.LINE_AA)
        else:
            xx, yy = x + round(size * f), y + m
            cv2.line(img, (xx, yy), (xx + size // 6, yy + size // 6), colour, t, cv2.LINE_AA)


def cjk_line(
    img: np.ndarray,
    rng: random.Random,
    x: int,
    y: int,
    size: int,
    n: int,
    colour: Colour,
    vertical: bool = False,
    end: int = 10**6,
) -> int:
    """``n`` CJK-like characters from (x, y) (the first cell's upper left), across or, when
    ``vertical``, down a column; stopping before ``end`` (the far x, or y). Returns where the next
    character would go."""
    step = round(size * 1.08)
    for _ in range(n):
        if (y if vertical else x) + size > end:
            break
        cjk_glyph(img, rng, x, y, size, colour)
        if vertical:
            y += step
        else:
            x += step
    return y if vertical else x


def cjk_lines(
    img: np.ndarray, rng: random.Random, x: int, y: int, width: int, size: int, lines: int, colour: Colour
) -> int:
    """``lines`` lines of CJK-like text in ``width`` from (x, y), the last one shorter. Returns the y
    under them."""
    per = max(1, width // round(size * 1.08))
    for k in range(lines):
        n = per if k < lines - 1 else rng.randrange(max(1, per // 3), per + 1)
        cjk_line(img, rng, x, y, size, n, colour)
        y += round(size * 1.5)
    return y


def vertical_title(img: np.ndarray, rng: random.Random, x: int, y: int, size: int, n: int) -> None:
    """A cover's title in ``n`` CJK-like characters down a column from (x, y), white outlined in
    black (takes the pixels it covers), clipped to the screen."""
    h = round(size * 1.08) * n + 8
    layer = np.zeros((h + 8, size + 8, 3), np.uint8)
    cjk_line(layer, rng, 4, 4, size, n, WHITE, vertical=True)
    ink = layer.max(axis=2) > 0
    edge = cv2.dilate(ink.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0
    x1, y1, x2, y2 = (
        max(0, x - 4),
        max(0, y - 4),
        min(W, x - 4 + layer.shape[1]),
        min(H, y - 4 + layer.shape[0]),
    )
    if x2 <= x1 or y2 <= y1:
        return
    region = img[y1:y2, x1:x2]
    a, b = x1 - (x - 4), y1 - (y - 4)
    region[edge[b : b + y2 - y1, a : a + x2 - x1]] = INK
    region[ink[b : b + y2 - y1, a : a + x2 - x1]] = WHITE


def note(img: np.ndarray, text: str, org: tuple[int, int], scale: float, colour: Colour, t: int = 1) -> None:
    """Latin figures and short words (times, counts, amounts) in the plain face."""
    cv2.putText(img, text, org, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, t, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def cut_photo(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    x: int,
    y: int,
    w: int,
    h: int,
    lo: float,
    hi: float,
    m: np.ndarray | None = None,
    people: float = 0.8,
) -> None:
    """A w x h photo cut out of a larger snapshot (people with faces ``lo``-``hi`` px, or a thing):
    faces near its edges cut by them (counted while half shows)."""
    k = rng.uniform(1.0, 1.5)
    bw, bh = round(w * k), round(h * k)
    piece, faces = snapshot(cast, bw, bh, lo, hi, people)
    piece, faces = _cut(piece, faces, rng.randrange(bw - w + 1), rng.randrange(bh - h + 1), w, h)
    paste_photo(cast, s, piece, faces, x, y, m)


def icon(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A line icon of radius ``r``: a ring, a square, a bell's dome, a plus or a chat bubble."""
    t = max(2, r // 5)
    k = rng.randrange(5)
    if k == 0:
        cv2.circle(img, c, r, colour, t, cv2.LINE_AA)
    elif k == 1:
        cv2.rectangle(img, (c[0] - r, c[1] - r), (c[0] + r, c[1] + r), colour, t)
    elif k == 2:
        cv2.ellipse(img, c, (r, r), 0, 180, 360, colour, t, cv2.LINE_AA)
        cv2.line(img, (c[0] - r, c[1]), (c[0] + r, c[1]), colour, t)
    elif k == 3:
        cv2.line(img, (c[0] - r, c[1]), (c[0] + r, c[1]), colour, t)
        cv2.line(img, (c[0], c[1] - r), (c[0], c[1] + r), colour, t)
    else:
        cv2.ellipse(img, c, (r, r * 3 // 4), 0, 0, 360, colour, t, cv2.LINE_AA)
        cv2.line(img, (c[0] - r // 2, c[1] + r // 2), (c[0] - r, c[1] + r), colour, t, cv2.LINE_AA)


def icon_row(img: np.ndarray, rng: random.Random, y: int, n: int, colour: Colour, r: int = 18) -> None:
    """``n`` line icons spread across the width, their middles on row ``y`` (a tab bar, actions)."""
    for k in range(n):
        icon(img, rng, (round((W - 8) * (k + 0.5) / n), y), r, colour)


def tabs(s: Screen, rng: random.Random, colour: Colour) -> None:
    """A bottom tab bar of four or five line icons with CJK labels, the first in the accent."""
    top = H - NAV_H - 120
    cv2.rectangle(s.img, (0, top), (W, H - NAV_H), colour, -1)
    cv2.line(s.img, (0, top), (W, top), off(colour, 25), 2)
    n = rng.choice((4, 5))
    for k in range(n):
        cx = round((W - 8) * (k + 0.5) / n)
        ink = s.accent if k == 0 else GREY
        icon(s.img, rng, (cx, top + 42), 20, ink)
        cjk_line(s.img, rng, cx - 24, top + 76, 22, 2, ink)


def gift_box(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A gift: a box with a ribbon cross and a bow of two loops."""
    cv2.rectangle(img, (c[0] - r, c[1] - r // 2), (c[0] + r, c[1] + r), colour, -1)
    cv2.rectangle(
        img,
        (c[0] - r - r // 8, c[1] - r // 2 - r // 4),
        (c[0] + r + r // 8, c[1] - r // 6),
        tone(colour, 30),
        -1,
    )
    cv2.rectangle(img, (c[0] - r // 8, c[1] - r // 2 - r // 4), (c[0] + r // 8, c[1] + r), GOLD, -1)
    for d in (-1, 1):
        cv2.ellipse(
            img,
            (c[0] + d * r // 3, c[1] - r * 3 // 4),
            (r // 3, r // 5),
            d * 25,
            0,
            360,
            GOLD,
            max(2, r // 8),
            cv2.LINE_AA,
        )


def red_packet(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int, opened: bool) -> None:
    """A red packet's message (a hongbao): a red card, lighter once opened, its round gold seal, a
    line of CJK-like words, a white strip at the foot with the app's words."""
    red = tone(HONGBAO, 60) if opened else HONGBAO
    fill(img, rounded_rect(h, w, 18), x, y, red)
    top = h - 44
    cv2.rectangle(img, (x, y + top), (x + w - 1, y + h - 1), WHITE, -1)
    c = (x + 56, y + top // 2)
    cv2.circle(img, c, 34, GOLD, -1, cv2.LINE_AA)
    cjk_glyph(img, rng, c[0] - 16, c[1] - 16, 32, HONGBAO)
    cjk_line(img, rng, x + 112, y + top // 2 - 18, 30, rng.randrange(3, 7), WHITE, end=x + w - 20)
    cjk_line(img, rng, x + 20, y + top + 10, 20, 4, GREY)


def face_avatar(
    cast: Cast,
    s: Screen,
    rng: random.Random,
    x: int,
    y: int,
    lo: float,
    hi: float,
    pad: tuple[float, float],
    shape: str | None,
    person: bool = False,
) -> int:
    """An avatar at (x, y) whose face is ``lo``-``hi`` px (skewed small), ``pad`` times as large;
    initials on about a quarter with ``person``. Returns its side."""
    fp, side = _size(rng, lo, small(rng, lo + 1, hi), pad)
    if person:
        cast.person(s, x, y, fp, side, shape or "circle")
    else:
        cast.avatar(s, x, y, fp, side, shape)
    return side


def titled(cast: Cast, rng: random.Random, name: str, layout: str, icons: int, accent: bool) -> Screen:
    """A new screen of ``layout`` in a light, dark or tinted theme with an app's title bar: two big
    CJK-like characters at the left (in the accent with ``accent``), ``icons`` line icons at the
    right."""
    s = new_screen_for(rng, name, cast.kind(layout))
    cjk_line(s.img, rng, 30, STATUS_H + 32, 44, 2, s.accent if accent else s.fg)
    for k in range(icons):
        icon(s.img, rng, (W - 8 - 50 - k * 80, STATUS_H + 56), 20, s.fg)
    return s


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def rtl_list(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A right-to-left chat list (the layout mirrored): the title at the right, a search field,
    filter chips from the right, then rows with the avatar at the right edge (36-56 px, faces
    25-46 px; initials on some; a group's two overlapping 20-26 px faces), the name and the last
    message in a right-to-left script beside it, the time and an unread count at the left."""
    img, page = s.img, s.bg
    w = W - 8
    rtl_line(img, rng, w - 30, STATUS_H + 80, 40, 1, s.fg)
    for k in range(2):
        icon(img, rng, (60 + k * 80, STATUS_H + 60), 20, s.fg)
    pill(img, 30, STATUS_H + 120, w - 60, 70, off(page, 16))
    cv2.circle(img, (w - 70, STATUS_H + 152), 14, GREY, 3, cv2.LINE_AA)
    rtl_line(img, rng, w - 110, STATUS_H + 166, 24, 2, GREY)
    y, x = STATUS_H + 220, w - 30
    for k in range(rng.randrange(3, 5)):
        cw = rng.randrange(120, 200)
        pill(img, x - cw, y, cw, 56, s.accent if k == 0 else off(page, 20))
        rtl_line(img, rng, x - 26, y + 38, 22, 1, WHITE if k == 0 else s.fg)
        x -= cw + 16
    y += 96
    while y + 60 < H - NAV_H:
        fp = small(rng, 25, 46)
        side = max(36, min(56, round(fp * rng.uniform(1.2, 1.4))))
        x = w - 30 - side
        if rng.random() < 0.15:
            fq, sd = _size(rng, 20, small(rng, 21, 26), (1.1, 1.2))
            cast.avatar(s, w - 30 - sd, y, fq, sd, "circle")
            cast.avatar(s, w - 30 - sd - sd // 2, y + sd // 2, fq, sd, "circle", page)
            side = sd + sd // 2
            x = w - 30 - side
        else:
            cast.person(s, x, y, min(fp, side / 1.1), side, rng.choice(("circle", "circle", "squircle")))
            if rng.random() < 0.2:
                badge(img, (x + side // 7, y + side * 6 // 7), max(6, side // 8), (90, 200, 80), "", page)
        rtl_line(img, rng, x - 24, y + side // 2 - 2, 26, 2, s.fg, 170)
        rtl_line(img, rng, x - 24, y + side // 2 + 34, 20, rng.randrange(2, 6), GREY, 120)
        note(img, f"{rng.randrange(24)}:{rng.randrange(60):02d}", (30, y + side // 2 - 6), 0.55, GREY, 1)
        if rng.random() < 0.35:
            badge(img, (52, y + side // 2 + 28), 16, s.accent, str(rng.randrange(1, 10)))
        row = max(side, 60) + 40
        cv2.line(img, (30, y + row - 20), (x - 24, y + row - 20), off(page, 18), 1)
        y += row


def rtl_thread(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A right-to-left chat: the header mirrored (back at the right, the contact's or group's
    30-40 px face beside it, calls at the left), a date chip, messages received on the right (in a
    group by the sender's 22-30 px face at the right edge, initials on some), one's own on the
    left, photos in bubbles (people with faces 18-90 px, or things), voice notes, the field with
    the microphone at the left."""
    img, page = s.img, s.bg
    w = W - 8
    for _ in range(rng.randrange(10, 30)):  # the wallpaper's faint doodles
        icon(img, rng, (rng.randrange(w), rng.randrange(STATUS_H, H)), rng.randrange(14, 30), off(page, 10))
    bar = off(page, 10)
    cv2.rectangle(img, (0, STATUS_H), (w, STATUS_H + 120), bar, -1)
    chevron(img, w - 40, STATUS_H + 60, s.accent)
    side = face_avatar(cast, s, rng, w - 80 - 46, STATUS_H + 60 - 23, 30, 40, (1.1, 1.2), "circle")
    rtl_line(img, rng, w - 100 - side, STATUS_H + 58, 28, 2, s.fg, 200)
    rtl_line(img, rng, w - 100 - side, STATUS_H + 96, 18, 3, GREY, 200)
    for k in range(2):
        icon(img, rng, (50 + k * 80, STATUS_H + 60), 20, s.accent)
    pill(img, w // 2 - 90, STATUS_H + 140, 180, 44, off(page, 22))
    rtl_line(img, rng, w // 2 + 60, STATUS_H + 170, 18, 2, s.fg)
    group = rng.random() < 0.7
    y = STATUS_H + 210
    mine_ink, theirs = (70, 200, 120) if rng.random() < 0.5 else s.accent, off(page, 22)
    while True:
        mine = rng.random() < 0.4
        kind = rng.choices(("text", "photo", "voice"), (0.62, 0.28, 0.1))[0]
        bw = rng.randrange(300, 620) if kind != "voice" else rng.randrange(320, 420)
        bh = rng.randrange(240, 380) if kind == "photo" else rng.randrange(70, 130)
        if y + bh > H - NAV_H - 130:
            break
        bx = 24 if mine else w - (84 if group else 24) - bw
        if not mine and group:
            fp, side = _size(rng, 22, small(rng, 23, 30), (1.1, 1.25))
            cast.person(s, w - 20 - side, y + bh - side, fp, side)
        colour = mine_ink if mine else theirs
        if kind == "photo":
            fill(img, rounded_rect(bh + 12, bw + 12, 26), bx - 6, y - 6, colour)
            cut_photo(cast, rng, s, bx, y, bw, bh, 18.3, 90, rounded_rect(bh, bw, 22))
        else:
            fill(img, rounded_rect(bh, bw, 30), bx, y, colour)
            ink = WHITE if mine else s.fg
            if kind == "voice":
                cv2.circle(img, (bx + bw - 50, y + bh // 2), 24, ink, 3, cv2.LINE_AA)
                H19.waveform(img, rng, bx + 30, y + bh // 2, (bw - 110) // 10, ink, bh // 2)
            else:
                rtl_line(img, rng, bx + bw - 24, y + 48, 24, rng.randrange(2, 7), ink, bx + 20)
                if bh > 100:
                    rtl_line(img, rng, bx + bw - 24, y + 90, 24, rng.randrange(1, 4), ink, bx + 20)
        y += bh + 22
    top = H - NAV_H - 120
    cv2.rectangle(img, (0, top), (w, H - NAV_H), bar, -1)
    pill(img, 130, top + 24, w - 160, 72, off(page, 4))
    rtl_line(img, rng, w - 60, top + 70, 22, 2, GREY)
    cv2.circle(img, (64, top + 60), 38, mine_ink, -1, cv2.LINE_AA)
    pill(img, 56, top + 38, 16, 34, WHITE)


def rtl_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat app laid out right to left (an Arabic or Hebrew reader's phone): on 45 % the chat
    list (``rtl_list``), else a chat (``rtl_thread``); the type a right-to-left script drawn as
    strokes."""
    s = new_screen_for(rng, name, cast.kind("rtlchat"))
    (rtl_list if rng.random() < 0.45 else rtl_thread)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def likes_bar(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, width: int, n: int, back: Colour
) -> int:
    """A moments post's likes: a grey box with a heart, then ``n`` tiny square avatars (faces
    18-24 px) wrapped in rows over ``width``. Returns the y under the box."""
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
    per = max(1, (width - 70) // (side + 6))
    rows = -(-n // per)
    hh = rows * (side + 6) + 14
    cv2.rectangle(s.img, (x, y), (x + width, y + hh), back, -1)
    heart(s.img, (x + 30, y + 10 + side // 2), 13, (180, 120, 80))
    for k in range(n):
        r, c = divmod(k, per)
        cast.avatar(
            s, x + 60 + c * (side + 6), y + 8 + r * (side + 6), fp * rng.uniform(0.95, 1.0), side, "square"
        )
    return y + hh


def moments(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A WeChat- or LINE-style moments feed: on half the cover at its top (a view or people, faces
    40-160 px, one's own 50-80 px face in a rounded square over its foot), else the title bar;
    posts by the poster's square 40-56 px avatar at the left (faces 27-47 px), the name in the link
    colour, CJK-like text, one to nine square thumbnails (a 3 x 3 grid on most; faces 18-70 px, some
    cut by the cell, or things), the time, then a likes bar of tiny square avatars (faces 18-24 px)
    wrapped in rows and a few comments."""
    s = new_screen_for(rng, name, cast.kind("moments"))
    img, page = s.img, s.bg
    w = W - 8
    link = (150, 100, 60) if sum(page) > 384 else (230, 180, 120)
    if rng.random() < 0.5:
        ch = rng.randrange(380, 560)
        cast.scene(s, 0, STATUS_H, w, ch, small(rng, 40, 160), rng.random() < 0.4)
        fp, side = _size(rng, 50, small(rng, 51, 80), (1.15, 1.3))
        cast.avatar(s, w - 40 - side, STATUS_H + ch - side * 2 // 3, fp, side, "rounded")
        cjk_line(img, rng, w - 80 - side - 5 * 38, STATUS_H + ch - 60, 34, 4, WHITE)
        y = STATUS_H + ch + side // 3 + 40
    else:
        cjk_line(img, rng, w // 2 - 60, STATUS_H + 40, 40, 2, s.fg)
        icon(img, rng, (w - 60, STATUS_H + 60), 22, s.fg)
        y = STATUS_H + 140
    while y + 120 < H - NAV_H:
        side = rng.randrange(40, 57)
        cast.avatar(s, 30, y, side / rng.uniform(1.2, 1.5), side, "square")
        x0 = 30 + side + 24
        width = w - 30 - x0
        cjk_line(img, rng, x0, y, 30, rng.randrange(2, 5), link)
        y = cjk_lines(img, rng, x0, y + 48, width, 28, rng.randrange(1, 4), s.fg)
        n = rng.choices((1, 2, 3, 4, 6, 9), (0.1, 0.05, 0.1, 0.15, 0.1, 0.5))[0]
        cols = 2 if n in (2, 4) else 3
        t = (width - 40) // 3 if n > 1 else rng.randrange(360, 520)
        for k in range(n):
            r, c = divmod(k, cols if n > 1 else 1)
            hi = 70 if n > 1 else rng.uniform(40, 160)
            cut_photo(cast, rng, s, x0 + c * (t + 8), y + r * (t + 8), t, t, 18.3, hi, people=0.75)
        y += -(-n // cols) * (t + 8) + 36
        note(img, f"{rng.randrange(1, 59)} min", (x0, y), 0.55, GREY, 1)
        pill(img, w - 90, y - 30, 60, 40, off(page, 18))
        y += 24
        if rng.random() < 0.8:
            y = likes_bar(cast, rng, s, x0, y, width, rng.randrange(2, 15), off(page, 10))
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            cv2.rectangle(img, (x0, y), (x0 + width, y + 46), off(page, 10), -1)
            end = cjk_line(img, rng, x0 + 12, y + 10, 26, rng.randrange(2, 4), link)
            cjk_line(img, rng, end + 10, y + 10, 26, rng.randrange(2, 12), s.fg, end=x0 + width)
            y += 46
        cv2.line(img, (0, y + 30), (w, y + 30), off(page, 16), 1)
        y += 60
    H5.nav_bar(s)
    return s.finish()


def friends_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A KakaoTalk-style friends list: the title and icons, one's profile (a wide cover photo, a
    view or people with faces 20-80 px, behind one's 90-140 px face in a rounded square, the name
    and a status line), birthday friends in a carousel cut by the right edge (faces 30-44 px, a cake
    badge on each), favourites (26-38 px faces in squircles) and friends (22-32 px, initials on
    some) with status bubbles and music chips, the tab bar."""
    s = titled(cast, rng, name, "friends", 4, False)
    img, page = s.img, s.bg
    w = W - 8
    y = STATUS_H + 130
    ch = rng.randrange(260, 340)
    cover = rounded_rect(ch, w - 60, 30)
    if cast.photos and rng.random() < 0.4:
        cut_photo(cast, rng, s, 30, y, w - 60, ch, 20, 80, cover, people=1.0)
    else:
        cast.thing(s, 30, y, w - 60, ch, cover)
    fp, side = _size(rng, 90, small(rng, 91, 140), (1.15, 1.3))
    ay = y + ch - side // 2
    fill(img, rounded_rect(side + 12, side + 12, side // 3), 54, ay - 6, page)
    cast.avatar(s, 60, ay, fp, side, "rounded")
    cjk_line(img, rng, 90 + side, y + ch + 20, 36, rng.randrange(2, 5), s.fg)
    cjk_line(img, rng, 90 + side, y + ch + 74, 24, rng.randrange(4, 12), GREY, end=w - 30)
    y = ay + side + 40
    cv2.line(img, (30, y), (w - 30, y), off(page, 18), 2)
    y += 30
    cjk_line(img, rng, 30, y, 26, 4, GREY)
    badge(img, (w - 50, y + 13), 18, HONGBAO, "")
    y += 50
    fp, side = _size(rng, 30, small(rng, 31, 44), (1.15, 1.3))
    x = 30
    while x < w:
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        badge(img, (x + side - 6, y + side - 6), max(8, side // 6), (180, 120, 250), "", page)
        cjk_line(img, rng, x, y + side + 14, 20, 3, s.fg)
        x += side + rng.randrange(34, 60)
    y += side + 70
    for title, lo, hi, n in (("fav", 26, 38, rng.randrange(2, 5)), ("all", 22, 32, 30)):
        if y + 120 > H - NAV_H - 120:
            break
        cjk_line(img, rng, 30, y, 24, 3 if title == "fav" else 2, GREY)
        note(img, str(rng.randrange(40, 900)), (130, y + 22), 0.55, GREY, 1)
        y += 46
        for _ in range(n):
            fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.2, 1.4))
            if y + side > H - NAV_H - 120:
                break
            cast.person(s, 30, y, fp, side, "squircle")
            cjk_line(img, rng, 60 + side, y + side // 2 - 16, 28, rng.randrange(2, 5), s.fg)
            if rng.random() < 0.4:
                bw = rng.randrange(160, 300)
                cv2.rectangle(
                    img, (w - 30 - bw, y + side // 2 - 24), (w - 30, y + side // 2 + 24), off(page, 24), 2
                )
                cjk_line(img, rng, w - 16 - bw, y + side // 2 - 12, 24, 8, s.fg, end=w - 40)
            elif rng.random() < 0.3:
                pill(img, w - 250, y + side // 2 - 22, 220, 44, (90, 200, 80))
                cjk_line(img, rng, w - 220, y + side // 2 - 11, 22, 6, WHITE, end=w - 50)
            y += max(side, 50) + 26
        y += 20
    tabs(s, rng, off(page, 6))
    H5.nav_bar(s)
    return s.finish()


def banner(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, bw: int, bh: int) -> None:
    """A banner carousel's card: a bright gradient, big CJK-like words at the left, one or two
    people cut out at the right (faces 60-200 px, clipped by the card) or round things, page
    dots."""
    a, b = random_colour(rng, 80, 250), random_colour(rng, 80, 250)
    gradient(s.img, (x, y, x + bw, y + bh), a, b, vertical=False)
    clip = (x, y, x + bw, y + bh)
    n = 2 if rng.random() < 0.5 else 1
    for k in range(n):
        fp = rng.uniform(60, 200) * (0.8 if k else 1.0)
        cx = x + bw * (0.72 - 0.22 * k) + rng.uniform(-30, 30)
        figure(cast, s, cx, y + bh * rng.uniform(0.35, 0.5), max(fp, 60), clip)
    ink = WHITE if sum(a) < 450 else INK
    cjk_line(s.img, rng, x + 40, y + 50, 52, rng.randrange(3, 6), ink, end=x + bw // 2)
    cjk_line(s.img, rng, x + 40, y + 130, 28, rng.randrange(4, 9), ink, end=x + bw // 2)
    pill(s.img, x + 40, y + bh - 90, 180, 56, HONGBAO)
    for j in range(4):
        cv2.circle(s.img, (x + bw // 2 - 40 + j * 26, y + bh - 20), 6, WHITE if j == 0 else GREY, -1)
    corners = 255 - rounded_rect(bh, bw, 28)
    fill(s.img, corners, x, y, s.bg)


def super_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A super-app's home: the city and weather, a search field, the big services (scan, pay,
    cards, wallet) on an accent band, a banner carousel (``banner``: people with faces 60-200 px),
    a "recently used" row of contacts (24-32 px faces, initials on some), grids of mini-programs'
    icons (drawn logos) with CJK labels, mini-programs friends use (stacks of three 18-24 px
    faces), a feed of services with thumbnails (people with faces 18-40 px, or things), the tab
    bar."""
    s = new_screen_for(rng, name, cast.kind("superapp"))
    img, page = s.img, s.bg
    w = W - 8
    cjk_line(img, rng, 30, STATUS_H + 30, 30, 2, s.fg)
    pill(img, 170, STATUS_H + 20, w - 290, 64, off(page, 16))
    cjk_line(img, rng, 240, STATUS_H + 38, 26, 5, GREY)
    icon(img, rng, (w - 60, STATUS_H + 52), 22, s.fg)
    y = STATUS_H + 110
    band = s.accent if rng.random() < 0.6 else (70, 160, 60)
    fill(img, rounded_rect(190, w - 40, 30), 20, y, band)
    for k in range(4):
        cx = round(20 + (w - 40) * (k + 0.5) / 4)
        icon(img, rng, (cx, y + 70), 32, WHITE)
        cjk_line(img, rng, cx - 34, y + 124, 30, 2, WHITE)
    y += 220
    bh = rng.randrange(300, 420)
    banner(cast, rng, s, 20, y, w - 40, bh)
    y += bh + 30
    cjk_line(img, rng, 30, y, 28, 4, s.fg)
    y += 50
    fp, side = _size(rng, 24, small(rng, 25, 32), (1.15, 1.3))
    n = rng.randrange(5, 8)
    for k in range(n):
        cx = round(w * (k + 0.5) / n)
        cast.person(
            s, cx - side // 2, y, fp * rng.uniform(0.92, 1.0), side, rng.choice(("circle", "rounded"))
        )
        cjk_line(img, rng, cx - 34, y + side + 12, 22, 3, GREY)
    y += side + 60
    while y + 200 < H - NAV_H - 120:
        what = rng.random()
        if what < 0.45:
            cjk_line(img, rng, 30, y, 28, 4, s.fg)
            y += 50
            for _ in range(rng.randrange(1, 3)):
                for c in range(5):
                    cx = round(w * (c + 0.5) / 5)
                    H8.logo(img, rng, cx - 50, y, 100)
                    cjk_line(img, rng, cx - 46, y + 112, 22, 4, s.fg)
                y += 170
        elif what < 0.7:
            fill(img, rounded_rect(120, w - 40, 24), 20, y, off(page, 8))
            H8.logo(img, rng, 40, y + 20, 80)
            cjk_line(img, rng, 140, y + 26, 28, rng.randrange(3, 7), s.fg)
            fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.2))
            end = cast.stack(s, 140, y + 70, 3, fp, sd, round(sd * 0.7), off(page, 8))
            cjk_line(img, rng, end + 12, y + 72, 20, 6, GREY)
            y += 140
        else:
            fill(img, rounded_rect(200, w - 40, 24), 20, y, off(page, 8))
            t = 160
            cut_photo(
                cast,
                rng,
                s,
                w - 40 - t * 4 // 3,
                y + 20,
                t * 4 // 3,
                t,
                18.3,
                40,
                rounded_rect(t, t * 4 // 3, 14),
                0.7,
            )
            cjk_lines(img, rng, 40, y + 30, w - 120 - t * 4 // 3, 30, 2, s.fg)
            cjk_line(img, rng, 40, y + 140, 20, 8, GREY)
            y += 220
    tabs(s, rng, off(page, 6))
    H5.nav_bar(s)
    return s.finish()


def comment_row(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, most: int) -> int:
    """A live stream's floating comment: a dimmed pill (the video under it stays, darker), the
    viewer's 18-26 px face, a name and CJK-like words. Returns its height."""
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
    n = rng.randrange(3, 14)
    pw = min(most, 40 + side + 14 + 30 * (n + 3))
    H5.scrim(s, (x, y, x + pw, y + side + 16), rng.uniform(0.3, 0.5))
    cast.avatar(s, x + 8, y + 8, fp, side, "circle")
    nx = cjk_line(s.img, rng, x + side + 20, y + 8 + (side - 24) // 2, 24, 3, (120, 210, 250))
    cjk_line(s.img, rng, nx + 8, y + 8 + (side - 24) // 2, 24, n, WHITE, end=x + pw - 10)
    return side + 16


def live_commerce(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live-commerce stream: the presenter full screen (a person cut out head to legs, faces
    200-500 px, holding a product, over a softened studio), a dimming towards the foot, on 40 % a
    co-host's window (a 60-110 px face), the host's pill at the top left (a 28-36 px face, the name,
    a follow button), a stack of three viewers' 18-24 px faces and the count at the top right,
    floating comment rows (``comment_row``: 18-26 px faces), a product card (the product, a price in
    red, a buy button), a gift animation (a box, a combo count, the sender's 20-26 px face in a
    pill), hearts rising, the comment field and the cart."""
    s = Screen.new(rng, name, cast.kind("livecommerce"), "dark")
    img = s.img
    w = W - 8
    img[:, :w] = H15.blurred(cast.piece(w, H), rng.uniform(3, 8))
    for _ in range(rng.randrange(2, 5)):
        sy = rng.randrange(200, H // 2)
        cv2.rectangle(img, (0, sy), (w, sy + 10), (60, 70, 80), -1)
        for _ in range(rng.randrange(3, 8)):
            bx, bw = rng.randrange(w), rng.randrange(40, 110)
            cv2.rectangle(
                img, (bx, sy - rng.randrange(50, 140)), (bx + bw, sy), random_colour(rng, 60, 220), -1
            )
    fp = small(rng, 200, 500)
    cx, cy = w * rng.uniform(0.38, 0.62), STATUS_H + 200 + fp * rng.uniform(0.5, 0.9)
    figure(cast, s, cx, cy, fp, (0, 0, w, H), body=True)
    pw = round(fp * rng.uniform(0.6, 0.9))
    px, py = round(cx + fp * rng.uniform(-0.2, 0.4)), round(cy + fp * rng.uniform(1.3, 1.7))
    cast.thing(s, px, py, pw, round(pw * 1.2), rounded_rect(round(pw * 1.2), pw, 12))
    H10.redrawn(
        s,
        (0, H // 2, w, H),
        lambda part: (part * np.linspace(1.0, 0.55, part.shape[0])[:, None, None]).astype(np.uint8),
    )
    y = STATUS_H + 20
    H3.shade(img, (20, y, 360, y + 84), (20, 20, 20), 0.55)
    side = face_avatar(cast, s, rng, 28, y + 42 - 20, 28, 36, (1.08, 1.18), "circle")
    cjk_line(img, rng, 40 + side, y + 14, 26, 4, WHITE, end=250)
    note(img, f"{rng.randrange(2, 99)}.{rng.randrange(10)}w", (40 + side, y + 72), 0.5, (200, 200, 200), 1)
    pill(img, 262, y + 18, 88, 48, (80, 60, 240))
    cjk_line(img, rng, 282, y + 30, 24, 2, WHITE)
    fq, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
    end = cast.stack(s, w - 300, y + 42 - sd // 2, 3, fq, sd, round(sd * 0.75), (30, 30, 30))
    pill(img, end + 10, y + 20, 110, 44, (50, 50, 50))
    note(img, f"{rng.randrange(1, 99)}.{rng.randrange(10)}w", (end + 24, y + 50), 0.6, WHITE, 1)
    badge(img, (w - 40, y + 42), 20, (50, 50, 50), "x")
    pill(img, 20, y + 100, 230, 44, (40, 150, 250))
    cjk_line(img, rng, 40, y + 110, 24, 6, WHITE, end=230)
    foot = H - NAV_H - 110
    cy2 = foot - 40
    for _ in range(rng.randrange(5, 10)):
        hgt = comment_row(cast, rng, s, 20, cy2 - 70, round(w * 0.64))
        cy2 -= hgt + 12
        if cy2 < H * 0.55:
            break
    if rng.random() < 0.4:  # a co-host's window
        iw, ih = rng.randrange(220, 280), rng.randrange(300, 380)
        ix, iy = w - iw - 20, STATUS_H + 190
        fill(img, rounded_rect(ih + 8, iw + 8, 18), ix - 4, iy - 4, WHITE)
        cast.photo(s, ix, iy, iw, ih, rng.uniform(60, 110), rounded_rect(ih, iw, 16))
        pill(img, ix + 12, iy + ih - 52, iw - 24, 40, (40, 40, 40))
        cjk_line(img, rng, ix + 28, iy + ih - 42, 20, 5, WHITE, end=ix + iw - 20)
    if rng.random() < 0.8:
        cw, ch = 300, 400
        x0, y0 = w - cw - 24, foot - ch - 140
        fill(img, rounded_rect(ch, cw, 22), x0, y0, WHITE)
        cast.thing(s, x0 + 14, y0 + 14, cw - 28, cw - 28, rounded_rect(cw - 28, cw - 28, 14))
        cjk_line(img, rng, x0 + 16, y0 + cw - 2, 24, 7, INK, end=x0 + cw - 14)
        cv2.putText(
            img,
            f"{rng.randrange(9, 999)}",
            (x0 + 16, y0 + ch - 24),
            cv2.FONT_HERSHEY_DUPLEX,
            1.2,
            HONGBAO,
            2,
            cv2.LINE_AA,
        )
        pill(img, x0 + cw - 120, y0 + ch - 66, 104, 50, HONGBAO)
        cjk_line(img, rng, x0 + cw - 100, y0 + ch - 54, 24, 2, WHITE)
    if rng.random() < 0.7:
        gy = round(H * rng.uniform(0.42, 0.52))
        H3.shade(img, (20, gy, 460, gy + 72), (40, 60, 200), 0.6)
        side = face_avatar(cast, s, rng, 28, gy + 36 - 14, 20, 26, (1.05, 1.15), "circle")
        cjk_line(img, rng, 40 + side, gy + 22, 26, 5, WHITE, end=340)
        gift_box(img, (400, gy + 30), 46, rng.choice((HONGBAO, (200, 90, 160), (60, 170, 250))))
        H5.caption(img, f"x{rng.randrange(2, 99)}", 470, gy + 60, 1.5)
    for _ in range(rng.randrange(3, 8)):
        heart(
            img,
            (w - 60 + rng.randrange(-30, 30), foot - rng.randrange(20, 420)),
            rng.randrange(12, 26),
            random_colour(rng, 100, 255),
        )
    pill(img, 20, foot + 20, w - 420, 70, (50, 50, 50))
    cjk_line(img, rng, 50, foot + 40, 26, 5, (190, 190, 190))
    for k, colour in enumerate((GOLD, (60, 60, 60), (60, 60, 60), HONGBAO)):
        cv2.circle(img, (w - 350 + 40 + k * 90, foot + 55), 36, colour, -1, cv2.LINE_AA)
    H15.clock(s, rng, WHITE)
    cv2.line(img, (W // 2 - 90, H - 40), (W // 2 + 90, H - 40), WHITE, 8)
    return s.finish()


def long_image(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """A long image's preview: a tall picture (two to four photos stacked, people with faces 20-90
    px, or things, as a long screenshot or a comic of photos) cropped to its top w x h."""

    def draw(sc: Screen) -> None:
        y = 0
        while y < h:
            ph = min(h - y, round(w * rng.uniform(0.6, 1.2)))  # pasting clips to the screen's size only
            cut_photo(cast, rng, sc, 0, y, w, ph, 20, 90, people=0.8)
            y += ph + rng.choice((0, 6, 12))

    return H11.offscreen(w, h, draw)


def weibo_post(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A Weibo- or X-style post's page: the poster's 36-50 px face with a verified badge, the name,
    the time and source, CJK-like text with a hashtag in the link colour, then on 60 % nine photos
    in a 3 x 3 grid (faces 18-70 px, cut by their cells; one a long image on some), else a long
    image's preview (``long_image``, faces 20-90 px) with its tag, the repost, comment and like
    counts, hot comments (24-32 px faces, initials on some; replies by 18-24 px faces in a grey
    box) and the field with one's own 20-26 px face."""
    s = new_screen_for(rng, name, cast.kind("weibo"))
    img, page = s.img, s.bg
    w = W - 8
    link = (200, 120, 40) if sum(page) > 384 else (250, 190, 110)
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    cjk_line(img, rng, w // 2 - 60, STATUS_H + 36, 38, 3, s.fg)
    y = STATUS_H + 130
    side = face_avatar(cast, s, rng, 30, y, 36, 50, (1.15, 1.25), "circle")
    badge(img, (30 + side * 6 // 7, y + side * 6 // 7), max(8, side // 7), GOLD, "", page)
    cjk_line(
        img, rng, 50 + side, y + 4, 30, rng.randrange(2, 6), (40, 120, 250) if rng.random() < 0.4 else s.fg
    )
    cjk_line(img, rng, 50 + side, y + 46, 20, 9, GREY)
    pill(img, w - 160, y + 10, 130, 54, s.accent)
    y += side + 30
    end = cjk_line(img, rng, 30, y, 32, rng.randrange(3, 7), link)
    cjk_line(img, rng, end + 8, y, 32, 20, s.fg, end=w - 30)
    y = cjk_lines(img, rng, 30, y + 48, w - 60, 32, rng.randrange(1, 4), s.fg) + 10
    if rng.random() < 0.6:
        t = (w - 60 - 16) // 3
        long_at = rng.randrange(9) if rng.random() < 0.3 else -1
        for k in range(9):
            r, c = divmod(k, 3)
            x0, y0 = 30 + c * (t + 8), y + r * (t + 8)
            if k == long_at:
                paste_photo(cast, s, *long_image(cast, rng, t, t), x0, y0)
                pill(img, x0 + t - 110, y0 + t - 50, 96, 40, (60, 60, 60))
                cjk_line(img, rng, x0 + t - 94, y0 + t - 40, 20, 3, WHITE)
            else:
                cut_photo(cast, rng, s, x0, y0, t, t, 18.3, 70, people=0.75)
        y += 3 * (t + 8) + 20
    else:
        lw, lh = rng.randrange(520, 720), rng.randrange(700, 900)
        paste_photo(cast, s, *long_image(cast, rng, lw, lh), 30, y, rounded_rect(lh, lw, 12))
        pill(img, 30 + lw - 120, y + lh - 56, 104, 44, (60, 60, 60))
        cjk_line(img, rng, 30 + lw - 100, y + lh - 46, 22, 3, WHITE)
        y += lh + 20
    note(img, f"{rng.randrange(1, 30)}:{rng.randrange(60):02d}", (30, y + 20), 0.55, GREY, 1)
    y += 50
    cv2.line(img, (0, y), (w, y), off(page, 18), 2)
    for k in range(3):
        cx = round(w * (k + 0.5) / 3)
        icon(img, rng, (cx - 40, y + 50), 18, GREY)
        note(img, str(rng.randrange(2, 9999)), (cx - 10, y + 60), 0.6, GREY, 1)
    y += 100
    cv2.rectangle(img, (0, y), (w, y + 14), off(page, 12), -1)
    y += 50
    foot = H - NAV_H - 110
    while y + 100 < foot:
        side = face_avatar(cast, s, rng, 30, y, 24, 32, (1.15, 1.3), "circle", person=True)
        x0 = 50 + side
        cjk_line(img, rng, x0, y, 24, rng.randrange(2, 6), link)
        y = cjk_lines(img, rng, x0, y + 40, w - 30 - x0, 28, rng.randrange(1, 3), s.fg)
        if rng.random() < 0.4 and y + 160 < foot:
            n = rng.randrange(1, 3)
            cv2.rectangle(img, (x0, y), (w - 30, y + n * 56 + 16), off(page, 10), -1)
            for j in range(n):
                sd = face_avatar(cast, s, rng, x0 + 12, y + 12 + j * 56, 18.3, 24, (1.05, 1.2), "circle")
                nx = cjk_line(img, rng, x0 + sd + 24, y + 14 + j * 56, 22, 3, link)
                cjk_line(img, rng, nx + 8, y + 14 + j * 56, 22, 12, s.fg, end=w - 50)
            y += n * 56 + 16
        note(img, f"{rng.randrange(1, 23)}h", (x0, y + 24), 0.5, GREY, 1)
        heart(img, (w - 60, y + 10), 14, GREY)
        y += 60
    cv2.rectangle(img, (0, foot), (w, H - NAV_H), off(page, 6), -1)
    face_avatar(cast, s, rng, 30, foot + 30, 20, 26, (1.08, 1.2), "circle")
    pill(img, 90, foot + 24, w - 360, 60, off(page, 18))
    icon_row(img, rng, foot + 54, 3, GREY)
    H5.nav_bar(s)
    return s.finish()


def masonry(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A short-video app's "friends" tab from Asia: the tabs at the top (one underlined), a search
    icon, two columns of cards scrolled part-way (cut by the tabs and the tab bar): cover frames
    (a person with faces 30-200 px, people with faces 18-60 px, or a thing; on some a title in
    vertical CJK-like type down the cover, outlined; a play count over its foot), titles in two
    lines, the author's 18-24 px face, the name and the likes."""
    s = new_screen_for(rng, name, cast.kind("masonry"))
    img, page = s.img, s.bg
    w = W - 8
    gap = 12
    cw = (w - 3 * gap) // 2
    card = off(page, 8)
    top = STATUS_H + 110
    for col in range(2):
        x = gap + col * (cw + gap)
        y = top - rng.randrange(0, 260)
        while y < H - NAV_H - 120:
            ch = round(cw * rng.uniform(1.0, 1.6))
            fill(img, rounded_rect(ch + 170, cw, 16), x, y, card)
            m = rounded_rect(ch, cw, 16)
            roll = rng.random()
            if roll < 0.5 and cast.photos:
                fp = small(rng, 30, 200) if rng.random() < 0.4 else rng.uniform(40, 130)
                cast.photo(s, x, y, cw, ch, fp, m)
            elif roll < 0.8:
                cut_photo(cast, rng, s, x, y, cw, ch, 18.3, 60, m, 0.8)
            else:
                cast.thing(s, x, y, cw, ch, m)
            if rng.random() < 0.35:
                size = rng.randrange(34, 50)
                vertical_title(img, rng, x + cw - size - 20, y + 24, size, min(7, (ch - 60) // size))
            heart(img, (x + 26, y + ch - 26), 11, WHITE)
            note(img, f"{rng.randrange(1, 999)}k", (x + 44, y + ch - 16), 0.6, WHITE, 2)
            cjk_lines(img, rng, x + 16, y + ch + 18, cw - 32, 28, 2, s.fg)
            ay = y + ch + 110
            sd = face_avatar(cast, s, rng, x + 16, ay, 18.3, 24, (1.05, 1.2), "circle")
            cjk_line(
                img, rng, x + 28 + sd, ay + (sd - 20) // 2, 20, rng.randrange(2, 6), GREY, end=x + cw - 110
            )
            heart(img, (x + cw - 80, ay + sd // 2), 10, GREY)
            note(img, str(rng.randrange(1, 999)), (x + cw - 62, ay + sd // 2 + 8), 0.5, GREY, 1)
            y += ch + 170 + gap
    cv2.rectangle(img, (0, STATUS_H), (w, top), page, -1)
    for k in range(4):
        x = 40 + k * 170
        cjk_line(img, rng, x, STATUS_H + 30, 34 if k == 1 else 30, 2, s.fg if k == 1 else GREY)
        if k == 1:
            cv2.line(img, (x + 10, STATUS_H + 84), (x + 60, STATUS_H + 84), s.fg, 5)
    icon(img, rng, (w - 60, STATUS_H + 50), 22, s.fg)
    tabs(s, rng, page)
    H5.nav_bar(s)
    return s.finish()


def packet_chat(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A group chat with red packets: the header (the group's name and count), messages received on
    the left by the senders' 24-34 px faces in rounded squares (initials on some), one's own on the
    right by one's own, red packets (``red_packet``, opened ones paler), "opened your red packet"
    lines; on 40 % an opened packet over a 50-65 % scrim: the sender's 40-60 px face, the amount,
    and who opened it (24-32 px faces, initials on some)."""
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    end = cjk_line(img, rng, w // 2 - 120, STATUS_H + 38, 34, 4, s.fg)
    note(img, f"({rng.randrange(3, 300)})", (end + 6, STATUS_H + 68), 0.8, s.fg, 2)
    cv2.line(img, (0, STATUS_H + 110), (w, STATUS_H + 110), off(page, 18), 2)
    y = STATUS_H + 140
    bubble = off(page, 14)
    while y + 200 < H - NAV_H - 120:
        roll = rng.random()
        if roll < 0.15:
            pw = rng.randrange(360, 560)
            x = (w - pw) // 2
            pill(img, x, y, pw, 44, off(page, 22))
            fill(img, rounded_rect(28, 22, 4), x + 20, y + 8, HONGBAO)
            cjk_line(img, rng, x + 56, y + 11, 22, (pw - 80) // 24, GREY)
            y += 70
            continue
        mine = rng.random() < 0.3
        fp, side = _size(rng, 24, small(rng, 25, 34), (1.1, 1.25))
        ax = w - 24 - side if mine else 24
        cast.person(s, ax, y, fp, side, "rounded")
        if roll < 0.55:
            bw, bh = rng.randrange(460, 600), 200
            bx = ax - 20 - bw if mine else ax + side + 20
            red_packet(img, rng, bx, y, bw, bh, rng.random() < 0.4)
        else:
            n = rng.randrange(2, 16)
            lines = 1 + n // 9
            bw = min(8, n) * 34 + 44
            bh = lines * 48 + 30
            bx = ax - 20 - bw if mine else ax + side + 20
            fill(img, rounded_rect(bh, bw, 14), bx, y, (120, 230, 150) if mine else bubble)
            cjk_lines(img, rng, bx + 22, y + 18, bw - 40, 30, lines, INK if mine else s.fg)
        y += max(side, bh) + 36
    top = H - NAV_H - 120
    cv2.rectangle(img, (0, top), (w, H - NAV_H), off(page, 8), -1)
    pill(img, 100, top + 24, w - 300, 72, off(page, 2))
    icon_row(img, rng, top + 60, 6, GREY, 20)
    if rng.random() < 0.4:
        H5.scrim(s, (0, 0, w, H), rng.uniform(0.5, 0.65))
        cw, ch = rng.randrange(680, 860), rng.randrange(1000, 1200)
        x, y = (w - cw) // 2, (H - ch) // 2
        fill(img, rounded_rect(ch, cw, 30), x, y, HONGBAO)
        fill(img, rounded_rect(420, cw, 30), x, y, tone(HONGBAO, 25))
        side = face_avatar(cast, s, rng, x + cw // 2 - 40, y + 70, 40, 60, (1.1, 1.25), "rounded")
        cjk_line(img, rng, x + cw // 2 - 120, y + 90 + side, 34, 6, GOLD)
        cv2.putText(
            img,
            f"{rng.randrange(1, 200)}.{rng.randrange(100):02d}",
            (x + cw // 2 - 120, y + 340),
            cv2.FONT_HERSHEY_DUPLEX,
            2.0,
            GOLD,
            3,
            cv2.LINE_AA,
        )
        yy = y + 460
        while yy + 90 < y + ch - 30:
            sd = face_avatar(cast, s, rng, x + 40, yy, 24, 32, (1.1, 1.25), "rounded", person=True)
            cjk_line(img, rng, x + 60 + sd, yy + 4, 26, rng.randrange(2, 5), WHITE)
            cjk_line(img, rng, x + 60 + sd, yy + 40, 18, 5, (210, 210, 240))
            note(
                img,
                f"{rng.randrange(1, 99)}.{rng.randrange(100):02d}",
                (x + cw - 170, yy + 30),
                0.8,
                WHITE,
                2,
            )
            yy += max(sd, 60) + 24


def qr_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A payee's code card: the owner's small face and name at its top, a QR code with the owner's
    40-60 px face in a white rounded square at its centre, a line under. Returns its height."""
    side0 = face_avatar(cast, s, rng, x + 40, y + 40, 24, 34, (1.1, 1.2), "rounded")
    cjk_line(s.img, rng, x + 60 + side0, y + 40 + (side0 - 30) // 2, 30, rng.randrange(2, 5), INK)
    q = cw - 240
    qy = y + 80 + side0
    qr(s.img, rng, x + 120, qy, q)
    fp, side = _size(rng, 40, small(rng, 41, 60), (1.1, 1.2))
    c = (x + 120 + q // 2, qy + q // 2)
    fill(
        s.img,
        rounded_rect(side + 16, side + 16, (side + 16) // 5),
        c[0] - side // 2 - 8,
        c[1] - side // 2 - 8,
        WHITE,
    )
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "rounded")
    cjk_line(s.img, rng, x + cw // 2 - 110, qy + q + 40, 24, 8, GREY)
    return qy + q + 90 - y


def pay_page(cast: Cast, rng: random.Random, s: Screen) -> None:
    """A wallet's money page: the balance on an accent card, a "transfer to" grid of contacts (four
    or five a row, 32-48 px faces in rounded squares, initials on some), one's code card
    (``qr_card``: one's 40-60 px face in the middle of the QR code) on 60 %, else recent transfers
    (24-32 px faces, amounts)."""
    img = s.img
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    cjk_line(img, rng, w // 2 - 60, STATUS_H + 36, 36, 3, s.fg)
    y = STATUS_H + 120
    band = rng.choice(((70, 160, 60), s.accent, (200, 130, 40)))
    fill(img, rounded_rect(230, w - 60, 28), 30, y, band)
    cjk_line(img, rng, 70, y + 40, 28, 4, WHITE)
    cv2.putText(
        img,
        f"{rng.randrange(10, 99999)}.{rng.randrange(100):02d}",
        (70, y + 170),
        cv2.FONT_HERSHEY_DUPLEX,
        2.0,
        WHITE,
        3,
        cv2.LINE_AA,
    )
    y += 270
    cjk_line(img, rng, 30, y, 28, 4, s.fg)
    y += 56
    cols = rng.choice((4, 5))
    for _r in range(rng.randrange(2, 4)):
        fp, side = _size(rng, 32, small(rng, 33, 48), (1.15, 1.3))
        for c in range(cols):
            cx = round(w * (c + 0.5) / cols)
            cast.person(s, cx - side // 2, y, fp * rng.uniform(0.92, 1.0), side, "rounded")
            cjk_line(img, rng, cx - 36, y + side + 14, 22, 3, s.fg)
        y += side + 70
    y += 10
    if rng.random() < 0.6:
        cw = w - 120
        fill(img, rounded_rect(cw + 200, cw, 30), 60, y, WHITE)
        qr_card(cast, rng, s, 60, y, cw)
    else:
        while y + 100 < H - NAV_H:
            sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.3), "rounded", person=True)
            cjk_line(img, rng, 60 + sd, y + 4, 26, rng.randrange(2, 5), s.fg)
            cjk_line(img, rng, 60 + sd, y + 42, 18, 8, GREY)
            sign = "-" if rng.random() < 0.6 else "+"
            note(
                img,
                f"{sign}{rng.randrange(1, 999)}.{rng.randrange(100):02d}",
                (w - 200, y + 34),
                0.8,
                s.fg if sign == "-" else (60, 160, 60),
                2,
            )
            y += max(sd, 60) + 30


def wallet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A regional payments app: on half a group chat of red packets (``packet_chat``), else the
    wallet's money page (``pay_page``: a transfer grid and one's code card)."""
    s = new_screen_for(rng, name, cast.kind("wallet"))
    (packet_chat if rng.random() < 0.5 else pay_page)(cast, rng, s)
    H5.nav_bar(s)
    return s.finish()


def liked_grid(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """ "Who liked you": rows of three or four photo cells (people, faces 30-80 px) down to ``foot``,
    each under a Gaussian blur of sigma 4-8 (one for the grid): the faces stay counted, blurred, as
    the app hides them until one pays; a heart on each cell's corner, an "unlock" pill across the
    grid. Returns the number of cells."""
    img = s.img
    w = W - 8
    cols = rng.choice((3, 4))
    t = (w - 60 - (cols - 1) * 14) // cols
    th = round(t * rng.uniform(1.15, 1.35))
    sigma = rng.uniform(4, 8)
    cells = 0
    y0 = y
    while y + th * 0.6 < foot:
        for c in range(cols):
            x = 30 + c * (t + 14)
            cast.photo(s, x, y, t, th, small(rng, 30, 80), rounded_rect(th, t, 18))
            H10.redrawn(s, (x, y, x + t, min(H, y + th)), lambda part: H15.blurred(part, sigma))
            heart(img, (x + 30, y + th - 30), 14, WHITE)
            cells += 1
        y += th + 14
    py = y0 + min(th, max(60, (y - y0) // 2)) - 40
    pill(img, w // 2 - 210, py, 420, 80, GOLD)
    cjk_line(img, rng, w // 2 - 130, py + 22, 36, 6, INK)
    return cells


def dating(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app from the region: the logo and filters, a stack of cards (one or two behind,
    turned 3-8 degrees, their photos' faces counted where they show) under the top card, a photo
    300-700 px wide (faces 80-260 px) with a dimming towards its foot, the name and age, a row of
    interest chips over its lower part, the pass, star and like buttons, then "who liked you"
    (``liked_grid``: faces 30-80 px blurred with sigma 4-8, still counted) down to the tab bar."""
    s = titled(cast, rng, name, "dating", 2, True)
    img, page = s.img, s.bg
    w = W - 8
    cw = rng.randrange(300, 701)
    ch = round(cw * rng.uniform(1.25, 1.45))
    x, y = (w - cw) // 2, STATUS_H + 130
    fp = rng.uniform(max(80, cw * 0.22), min(260, cw * 0.45))
    for k in range(rng.randrange(1, 3), 0, -1):

        def draw(sc: Screen, k: int = k) -> None:
            cast.photo(sc, 0, 0, cw, ch, small(rng, 80, 260) * 0.9, rounded_rect(ch, cw, 26))

        piece, faces = H11.offscreen(cw, ch, draw)
        out, faces, where = H11.turned(piece, faces, rng.choice((-1, 1)) * rng.uniform(3, 8))
        paste_photo(
            cast,
            s,
            out,
            faces,
            x + (cw - out.shape[1]) // 2 + k * 14,
            y + (ch - out.shape[0]) // 2 + k * 10,
            where,
        )
    fill(img, rounded_rect(ch + 8, cw + 8, 30), x - 4, y - 4, off(page, 30))
    cast.photo(s, x, y, cw, ch, fp, rounded_rect(ch, cw, 26))
    stepped(s, (x, y + ch // 2, x + cw, y + ch), 0.0, 0.6, 12)
    corners = 255 - rounded_rect(ch, cw, 26)
    fill(img, corners, x, y, page)
    size = max(28, cw // 16)
    end = cjk_line(img, rng, x + 24, y + ch - 150 - size, size, rng.randrange(2, 4), WHITE)
    cv2.putText(
        img,
        str(rng.randrange(19, 45)),
        (end + 12, y + ch - 150),
        cv2.FONT_HERSHEY_DUPLEX,
        size / 30,
        WHITE,
        2,
        cv2.LINE_AA,
    )
    cx = x + 20
    for _ in range(rng.randrange(2, 5)):
        n = rng.randrange(2, 5)
        pw = n * 24 + 40
        if cx + pw > x + cw - 20:
            break
        pill(img, cx, y + ch - 110, pw, 48, (235, 235, 235))
        cjk_line(img, rng, cx + 20, y + ch - 98, 24, n, INK)
        cx += pw + 12
    by = y + ch + 40
    for k, (colour, mark) in enumerate(((GREY, "x"), (GOLD, ""), (RED, ""))):
        c = (w // 2 + (k - 1) * 180, by + 50)
        badge(img, c, 50 if k != 1 else 40, colour, mark, off(page, 20))
        if k == 2:
            heart(img, c, 24, WHITE)
    y = by + 140
    cjk_line(img, rng, 30, y, 32, 4, s.fg)
    badge(img, (220, y + 16), 20, s.accent, str(rng.randrange(2, 99)))
    liked_grid(cast, rng, s, y + 60, H - NAV_H - 120)
    tabs(s, rng, off(page, 6))
    H5.nav_bar(s)
    return s.finish()


def news_portal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news portal in a CJK style: the red logo, a search field, channel tabs, then dense rows:
    headlines of two lines beside a thumbnail 60-90 px high (people with faces 18-50 px, or things),
    rows of three pictures (faces 18-50 px), a columnist's row (a 24-32 px round face, the name, a
    follow pill), a video row (a 16:9 frame, faces 30-120 px, a play button and the duration) and
    pinned headlines with a red tag; the tab bar."""
    s = new_screen_for(rng, name, cast.kind("news"))
    img, page = s.img, s.bg
    w = W - 8
    cjk_line(img, rng, 30, STATUS_H + 26, 44, 2, HONGBAO)
    pill(img, 180, STATUS_H + 20, w - 300, 60, off(page, 16))
    cjk_line(img, rng, 240, STATUS_H + 38, 24, 6, GREY)
    icon(img, rng, (w - 60, STATUS_H + 50), 20, s.fg)
    y = STATUS_H + 110
    x = 30
    for k in range(7):
        end = cjk_line(img, rng, x, y, 30, 2, HONGBAO if k == 1 else s.fg)
        if k == 1:
            cv2.line(img, (x, y + 44), (end, y + 44), HONGBAO, 4)
        x = end + 40
    y += 80
    cv2.line(img, (0, y - 10), (w, y - 10), off(page, 16), 1)
    if rng.random() < 0.5:
        hh = rng.randrange(380, 520)
        cast.scene(
            s, 30, y, w - 60, hh, rng.uniform(40, 160), rng.random() < 0.85, rounded_rect(hh, w - 60, 14)
        )
        stepped(s, (30, y + hh * 2 // 3, w - 30, y + hh), 0.0, 0.6, 8)
        cjk_lines(img, rng, 60, y + hh - 110, w - 150, 36, 2, WHITE)
        y += hh + 30
    foot = H - NAV_H - 120
    while y + 110 < foot:
        roll = rng.random()
        if roll < 0.55:
            th = rng.randrange(60, 91)
            tw = round(th * rng.uniform(1.33, 1.5))
            size = rng.randrange(30, 38)
            cjk_lines(img, rng, 30, y, w - 90 - tw, size, 2, s.fg)
            cut_photo(
                cast,
                rng,
                s,
                w - 30 - tw,
                y,
                tw,
                th,
                18.3,
                min(50, th * 0.7),
                rounded_rect(th, tw, 8),
                0.75,
            )
            y += max(th, round(size * 3) - 10) + 8
        elif roll < 0.68:
            cjk_lines(img, rng, 30, y, w - 60, 34, 1, s.fg)
            y += 56
            t = (w - 60 - 20) // 3
            th = round(t * 0.68)
            for k in range(3):
                cut_photo(
                    cast,
                    rng,
                    s,
                    30 + k * (t + 10),
                    y,
                    t,
                    th,
                    18.3,
                    50,
                    rounded_rect(th, t, 8),
                    0.7,
                )
            y += th + 16
        elif roll < 0.8:
            sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle")
            cjk_line(img, rng, 46 + sd, y + (sd - 24) // 2, 24, rng.randrange(2, 5), s.fg)
            pill(img, w - 150, y + sd // 2 - 22, 120, 44, HONGBAO)
            y += sd + 16
            cjk_lines(img, rng, 30, y, w - 60, 32, 2, s.fg)
            y += 96
        elif roll < 0.9:
            cjk_lines(img, rng, 30, y, w - 60, 34, 1, s.fg)
            y += 56
            vw = w - 60
            vh = vw * 9 // 16
            cast.scene(s, 30, y, vw, vh, rng.uniform(30, 120), rng.random() < 0.85, rounded_rect(vh, vw, 12))
            c = (30 + vw // 2, y + vh // 2)
            H3.shade(img, (c[0] - 50, c[1] - 50, c[0] + 50, c[1] + 50), (20, 20, 20), 0.4)
            tri = np.array([[c[0] - 18, c[1] - 28], [c[0] + 30, c[1]], [c[0] - 18, c[1] + 28]], np.int32)
            cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
            duration(img, rng, 30 + vw - 16, y + vh - 16)
            y += vh + 16
        else:
            pill(img, 30, y + 4, 70, 38, HONGBAO)
            cjk_line(img, rng, 44, y + 10, 24, 2, WHITE)
            cjk_lines(img, rng, 120, y, w - 150, 34, 1, s.fg)
            y += 50
        cjk_line(img, rng, 30, y, 20, rng.randrange(2, 6), GREY)
        note(img, f"{rng.randrange(2, 9999)}", (230, y + 18), 0.5, GREY, 1)
        y += 40
        cv2.line(img, (30, y), (w - 30, y), off(page, 16), 1)
        y += 24
    tabs(s, rng, off(page, 6))
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    rtl_chat,
    moments,
    friends_list,
    super_app,
    live_commerce,
    weibo_post,
    masonry,
    wallet,
    dating,
    news_portal,
)
# with people: each twice a round but two
ONCE = (live_commerce, dating)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, rtl_chat, moments, news_portal)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT20_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h20", photos, free, seed, reps)
