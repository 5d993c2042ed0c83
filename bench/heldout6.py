"""Held-out screens, sixth set (issue 14). BLIND until its first scoring on a frozen detector: no
one tunes on it or reads its results before then.

Sets 1-5 (heldout.py to heldout5.py) have all been scored and looked at, so they are seen. This
one was written without running any detector on it and without reading the detector's code. It
uses only the held-out face photos (``composites.HELDOUT``, two_people.jpg left
out as in heldout2 to heldout5), heldout2's face-free photos (``FREE_HELDOUT2``) and its own seed
(``HELDOUT6_SEED``). Faces are pasted and settled through heldout2's ``Screen`` (a face keeps only
the pixels that stay visible after later drawing and is dropped when under half is left), cast
through heldout5's ``Cast`` (people, or pets, objects, textures and initials in their places on
face-free screens; a photo shows its whole rectangle). Unlike sets 3-5, a face cut by a photo's or
an avatar's edge counts as soon as half of its box shows (``Cast.min_visible``): there a face 50-60
% inside a tile was drawn but not counted.

Its weight is on small faces (18-40 px, continuous, most sizes skewed towards the small end), with
some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws (sets 3 and 4
already draw an inbox, a forum, a music app, lock-screen notifications, a short-video feed, meeting
invites, a dating profile and a news reader):
- a shop's product page: a model photo carousel with the next photo peeking at the edge and dots,
  thumbnails, "customers also viewed" tiles cut by the edge, reviews with 18-28 px avatars and
  customers' photos; on some a size sheet over a 30-60 % scrim;
- a professional-network profile: a top bar with one's own 18-26 px avatar, a banner photo, a
  70-115 px round photo over the banner's lower edge in a ring of the page's colour, a stack of
  mutual connections, "people also viewed" rows, a tab bar whose "me" tab is one's avatar again;
- a camera's viewfinder: the live view (faces 90-520 px) with focus brackets round the faces, an AR
  sticker over part of a face on some, zoom chips, modes, the shutter and a round thumbnail of the
  last shot (the same view, scaled down);
- a photo editor's filters: the photo, then a strip of the same photo shrunk under colour filters
  (grey, sepia, cool, warm, faded, contrast), the chosen one framed, a slider, tools;
- a streaming service's home: a hero poster under a stepped dark gradient, "continue watching"
  16:9 tiles with progress bars, a top-ten row of big outlined numerals behind 2:3 posters;
- a wallet: an identity card (a portrait, a faded grey ghost copy of it, guilloche lines, a
  barcode) over a pile of passes whose lower parts hide under the next (performer bands, QR codes,
  member photos);
- an online chess game: player bars with 30-52 px avatars, flags and clocks round the board, a
  spectators' stack (on most) and a chat under it;
- a shared document: collaborators' overlapping avatars in coloured rings, cursor flags, a figure of
  people with its caption, a comment sheet with 18-26 px avatars and nested replies;
- a phone's favourites: a 2-3 column grid of contact photos (or initials) with names over a dark
  band, then recent calls with 24-40 px avatars;
- a family tree: generations of round photos (faces 22-64 px) with names and years, couples side by
  side, lines down to their children, grey silhouettes for the unknown, hint leaves over corners.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Translucent scrims and gradients leave the faces under them counted, darker.
Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,023 faces (698 under 32 px, 206 of 32-63, 69 of 64-127,
50 larger; 792 under 40 px) and 52 face-free screens (the same layouts with pets, objects, textures
and initials in the people's places); ``reps=1`` a quarter (18 screens with 270 faces: 189, 49, 17
and 15 by size, 210 under 40 px; 13 face-free). Counted by running the generator alone
(``faces_bench.py --count-only``, no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, blit, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines, shade
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import BLACK, new_screen, pill, scrim, sheet, small, stars

HELDOUT6_SEED = 6262

YELLOW: Colour = (40, 220, 250)


@dataclass
class Cast(H5.Cast):
    """heldout5's cast, its screens marked h6-, counting every face of which half shows."""

    min_visible: float = 0.5

    def kind(self, layout: str) -> str:
        return f"h6-{layout}" if self.photos else f"h6-noface-{layout}"


def grab(s: Screen, rect: tuple[int, int, int, int], n: int) -> tuple[np.ndarray, list[BoxF]]:
    """The pixels of ``rect`` and the faces counted since the ``n``-th, in its coordinates: a copy
    of a photo shown again (a filter preview, a last-shot thumbnail, an ID's ghost image)."""
    x1, y1, x2, y2 = rect
    faces = [(a - x1, b - y1, c - x1, d - y1) for a, b, c, d in s.comp.faces[n:]]
    return s.img[y1:y2, x1:x2].copy(), faces


def resized(piece: np.ndarray, faces: list[BoxF], w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """``piece`` scaled to w x h, its faces along (pasting drops those under 18 px)."""
    sx, sy = w / piece.shape[1], h / piece.shape[0]
    out = cv2.resize(piece, (w, h), interpolation=cv2.INTER_AREA if sx < 1 else cv2.INTER_LINEAR)
    return out, [(a * sx, b * sy, c * sx, d * sy) for a, b, c, d in faces]


def stepped(s: Screen, rect: tuple[int, int, int, int], top: float, bottom: float, steps: int = 24,
            colour: Colour = BLACK) -> None:  # fmt: skip
    """A gradient scrim over ``rect`` from ``top`` to ``bottom`` alpha, in bands (faces under it
    stay counted, darker)."""
    x1, y1, x2, y2 = rect
    for k in range(steps):
        a, b = y1 + (y2 - y1) * k // steps, y1 + (y2 - y1) * (k + 1) // steps
        scrim(s, (x1, a, x2, b), top + (bottom - top) * (k + 0.5) / steps, colour)


def off(c: Colour, d: int) -> Colour:
    """``c`` moved ``d`` darker if light, lighter if dark: a field, a rule, a card on a page."""
    return tone(c, -d if sum(c) > 384 else d)


def outlined(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour, inside: Colour) -> None:
    """An outlined pill (a secondary button)."""
    pill(img, x, y, w, h, colour)
    pill(img, x + 3, y + 3, w - 6, h - 6, inside)


def dots(img: np.ndarray, cx: int, y: int, n: int, on: int, colour: Colour, off: Colour) -> None:
    """A carousel's page dots centred on ``cx``."""
    for k in range(n):
        cv2.circle(img, (cx + (k - n // 2) * 26, y), 8 if k == on else 6, colour if k == on else off, -1,
                   cv2.LINE_AA)  # fmt: skip


def qr(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A QR-like code: random modules with three finder squares, on white."""
    n = 25
    grid = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)], np.uint8)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        grid[fy : fy + 7, fx : fx + 7] = 1
        grid[fy + 1 : fy + 6, fx + 1 : fx + 6] = 0
        grid[fy + 2 : fy + 5, fx + 2 : fx + 5] = 1
    code = cv2.resize((1 - grid) * 250, (side, side), interpolation=cv2.INTER_NEAREST)
    cv2.rectangle(img, (x - 16, y - 16), (x + side + 15, y + side + 15), WHITE, -1)
    blit(img, cv2.cvtColor(code, cv2.COLOR_GRAY2BGR), x, y)


def tab_bar(cast: Cast, s: Screen, rng: random.Random, me: str, back: Colour) -> None:
    """A bottom tab bar of colour ``back`` over the content: four glyphs, one of them the accent, and
    a "me" tab with one's own 18-24 px avatar (shape ``me``)."""
    top = H - NAV_H - 130
    cv2.rectangle(s.img, (0, top), (W, H - NAV_H), back, -1)
    cv2.line(s.img, (0, top), (W, top), off(back, 30), 2)
    cw = (W - 8) // 5
    for k in range(4):
        cx = k * cw + cw // 2
        colour = s.accent if k == 0 else GREY
        cv2.rectangle(s.img, (cx - 20, top + 30), (cx + 20, top + 68), colour, 3 if k else -1)
        s.words(rng, cx - 36, top + 104, 0.4, 1, colour)
    fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
    cast.avatar(s, 4 * cw + (cw - side) // 2, top + 49 - side // 2, fp, side, me)
    s.words(rng, 4 * cw + cw // 2 - 30, top + 104, 0.4, 1, GREY)


def review(cast: Cast, s: Screen, rng: random.Random, y: int, photos: bool) -> int:
    """A review: an 18-28 px reviewer avatar, name, stars, text, the reviewer's photos on some;
    returns the y under it."""
    fp, side = _size(rng, 18.3, 28, (1.05, 1.2))
    cast.person(s, 24, y, fp, side, rng.choice(("circle", "circle", "squircle")))
    s.words(rng, 40 + side, y + side // 2 + 8, 0.6, 2)
    y += max(side, 36) + 26
    end = stars(s.img, 24, y, 11, rng.randrange(1, 6), GOLD, GREY)
    s.words(rng, end + 12, y + 8, 0.45, 3, GREY)
    y = _text_lines(s, rng, 24, y + 44, rng.randrange(1, 4), 0.55)
    if photos and y < H - NAV_H - 240:
        t = rng.randrange(140, 190)
        for k in range(rng.randrange(1, 5)):
            cast.photo(s, 24 + k * (t + 10), y, t, t, small(rng, 18, 64), rounded_rect(t, t, 12))
        y += t + 20
    return y + 30


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def product_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shop's product page: a carousel of model photos (faces 70-300 px) with the next one peeking
    at the right edge and page dots, thumbnails (faces 18-50 px), price, stars, a buy button,
    "customers also viewed" tiles cut by the edge (faces 20-90 px), reviews; on some a size sheet
    over the page under a 30-60 % scrim."""
    s = new_screen(rng, name, cast.kind("product"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    field_colour = off(s.bg, 20)
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), s.fg, 4, tipLength=0.5)
    pill(img, 100, STATUS_H + 18, W - 260, 64, field_colour)
    s.words(rng, 140, STATUS_H + 60, 0.6, 2, GREY)
    cv2.rectangle(img, (W - 120, STATUS_H + 30), (W - 70, STATUS_H + 70), s.fg, 3)
    badge(img, (W - 70, STATUS_H + 30), 14, RED, str(rng.randrange(1, 9)))
    y = STATUS_H + 110
    ph = rng.randrange(680, 1000)
    pw = W - 8 - rng.randrange(90, 160)
    for x in (0, pw + 12):
        cast.photo(s, x, y, pw, ph, small(rng, 70, 300))
    n = rng.randrange(4, 8)
    dots(img, pw // 2, y + ph - 30, n, rng.randrange(n), WHITE, (180, 180, 180))
    if rng.random() < 0.5:
        pill(img, pw - 130, y + 24, 100, 44, (40, 40, 40))
        cv2.putText(img, f"1/{n}", (pw - 106, y + 56), cv2.FONT_HERSHEY_SIMPLEX, 0.7, WHITE, 2, cv2.LINE_AA)
    heart(img, (pw - 60, y + ph - 70), 24, RED if rng.random() < 0.3 else WHITE)
    y += ph + 16
    t = rng.randrange(110, 150)
    for k in range(rng.randrange(4, 8)):
        x = 24 + k * (t + 12)
        cast.photo(s, x, y, t, t, small(rng, 18, min(50, t * 0.45)), rounded_rect(t, t, 10))
        if k == 0:
            cv2.rectangle(img, (x - 3, y - 3), (x + t + 2, y + t + 2), s.fg, 3)
    y += t + 60
    cv2.putText(img, f"${rng.randrange(9, 300)}.{rng.randrange(100):02d}", (24, y), cv2.FONT_HERSHEY_DUPLEX,
                1.4, s.fg, 2, cv2.LINE_AA)  # fmt: skip
    y += 50
    end = stars(img, 24, y, 12, rng.randrange(3, 6), GOLD, GREY)
    s.words(rng, end + 12, y + 8, 0.5, 2, s.accent)
    y = _text_lines(s, rng, 24, y + 56, 2, 0.6)
    pill(img, 24, y, W - 56, 80, GOLD)
    s.words(rng, W // 2 - 110, y + 52, 0.7, 2, (20, 20, 20))
    y += 140
    s.words(rng, 24, y, 0.8, 3)
    y += 30
    tw, th = rng.randrange(260, 340), rng.randrange(300, 400)
    x = 24
    while x < W:
        if rng.random() < 0.7:
            cast.photo(s, x, y, tw, th, small(rng, 20, 90), rounded_rect(th, tw, 16))
        else:
            cast.thing(s, x, y, tw, th, rounded_rect(th, tw, 16))
        s.words(rng, x, y + th + 36, 0.5, 2)
        x += tw + 16
    y += th + 90
    s.words(rng, 24, y, 0.8, 2)
    y += 40
    while y < H - NAV_H - 150:
        y = review(cast, s, rng, y, rng.random() < 0.35)
    if rng.random() < 0.3:  # choosing a size
        top = H - NAV_H - rng.randrange(520, 700)
        scrim(s, (0, STATUS_H, W - 8, H), rng.uniform(0.3, 0.6))
        sheet(img, top, page)
        s.words(rng, 40, top + 90, 0.8, 2)
        for k in range(5):
            pill(img, 40 + k * 200, top + 140, 170, 80, field_colour)
            size = ("XS", "S", "M", "L", "XL")[k]
            cv2.putText(
                img, size, (100 + k * 200, top + 192), cv2.FONT_HERSHEY_SIMPLEX, 0.8, s.fg, 2, cv2.LINE_AA
            )
        pill(img, 40, top + 280, W - 88, 80, s.accent)
    H5.nav_bar(s)
    return s.finish()


def pro_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A professional-network profile: a top bar with one's own avatar, a banner photo (people, faces
    20-80 px, or a scene), a round photo of 70-115 px faces over the banner's lower edge in a ring
    of the page's colour, an "open to work" arc on some, a mutual connections stack, buttons, then
    "people also viewed" rows (faces 30-56 px) with connect pills, a tab bar with one's avatar."""
    s = new_screen(rng, name, cast.kind("profile"), ("light", "light", "dark"))
    img = s.img
    fp, side = _size(rng, 18.3, 26, (1.05, 1.2))  # the top bar: one's own avatar, search, messages
    cast.avatar(s, 30, STATUS_H + 50 - side // 2, fp, side, "circle")
    pill(img, 60 + side, STATUS_H + 18, W - 200 - side, 64, off(s.bg, 18))
    s.words(rng, 100 + side, STATUS_H + 60, 0.6, 1, GREY)
    cv2.rectangle(img, (W - 100, STATUS_H + 30), (W - 50, STATUS_H + 70), s.fg, 3)
    top, bh = STATUS_H + 100, rng.randrange(240, 340)
    if rng.random() < 0.5:
        cast.photo(s, 0, top, W - 8, bh, small(rng, 20, 80))
    else:
        cast.thing(s, 0, top, W - 8, bh)
    fp, side = _size(rng, 70, 115, (1.15, 1.3))
    x, y = 40, top + bh - side // 2
    cast.avatar(s, x, y, fp, side, "circle", s.bg)
    if rng.random() < 0.35:  # open to work: a green arc over the ring's lower left
        r = side // 2 + max(2, side // 14) // 2
        centre = (x + side // 2, y + side // 2)
        cv2.ellipse(img, centre, (r, r), 0, 40, 230, GREEN, max(4, side // 18), cv2.LINE_AA)
    y += side + 50
    s.words(rng, 40, y, 1.1, 2)
    y = _text_lines(s, rng, 40, y + 44, 2, 0.6)
    s.words(rng, 40, y + 4, 0.5, 3, GREY)
    y += 40
    fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
    end = cast.stack(s, 40, y, rng.randrange(2, 4), fp, side, round(side * 0.7), s.bg)
    s.words(rng, end + 14, y + side // 2 + 8, 0.5, 4, GREY)
    y += side + 30
    for k, w in enumerate((300, 300, 90)):
        bx = 40 + k * 320
        if k == 0:
            pill(img, bx, y, w, 70, s.accent)
        else:
            outlined(img, bx, y, w, 70, s.fg, s.bg)
        s.words(rng, bx + 40, y + 46, 0.6, 1, WHITE if k == 0 else s.fg)
    y += 120
    cv2.line(img, (0, y), (W - 8, y), off(s.bg, 20), 12)
    y += 60
    s.words(rng, 40, y, 0.8, 3)
    y += 30
    while y < H - NAV_H - 250:  # people also viewed, the last under the tab bar
        fp, side = _size(rng, 30, small(rng, 34, 56), (1.15, 1.3))
        cast.person(s, 40, y + 20, fp, side, "circle")
        s.words(rng, 70 + side, y + 50, 0.65, 2)
        s.words(rng, 70 + side, y + 84, 0.5, 4, GREY)
        outlined(img, 70 + side, y + 104, 200, 56, s.accent, s.bg)
        s.words(rng, 100 + side, y + 140, 0.55, 1, s.accent)
        y += max(side + 60, 190)
        cv2.line(img, (70 + side, y - 16), (W - 8, y - 16), off(s.bg, 25), 1)
    tab_bar(cast, s, rng, "circle", s.bg)
    return s.finish()


def camera(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camera's viewfinder: the live view (3:4 or full height, faces 90-520 px) with yellow focus
    brackets round its faces, an AR sticker over part of a face on some, zoom chips, modes, the
    shutter, and a round thumbnail of the last shot (the same view shrunk, faces 18-40 px)."""
    s = Screen.new(rng, name, cast.kind("camera"), "dark")
    img = s.img
    s.img[STATUS_H : H - NAV_H] = 0
    full = rng.random() < 0.35
    vy = STATUS_H if full else STATUS_H + 130
    vh = H - NAV_H - vy if full else round((W - 8) * 4 / 3)
    n = len(s.comp.faces)
    cast.photo(s, 0, vy, W - 8, vh, small(rng, 90, 520))
    shot, shot_faces = grab(s, (0, vy, W - 8, vy + vh), n)
    boxes = list(s.comp.faces[n:]) or [(300.0, vy + 300.0, 600.0, vy + 600.0)]  # the focus point
    for a, b, c, d in boxes[:4]:
        pad = 0.2 * (c - a)
        p1, p2 = (round(a - pad), round(b - pad)), (round(c + pad), round(d + pad))
        arm = max(10, round((c - a) / 5))
        for cx, dx in ((p1[0], 1), (p2[0], -1)):
            for cy, dy in ((p1[1], 1), (p2[1], -1)):
                cv2.line(img, (cx, cy), (cx + arm * dx, cy), YELLOW, 3)
                cv2.line(img, (cx, cy), (cx, cy + arm * dy), YELLOW, 3)
    if rng.random() < 0.35:  # an AR sticker over a face's corner
        a, b, c, d = rng.choice(boxes)
        r = max(10, round(0.28 * (c - a)))
        C._smiley(img, round(rng.choice((a, c))), round(b + rng.uniform(0, 0.3) * (d - b)), r, rng)
    for k in range(4):  # flash, HDR, timer, settings
        cv2.circle(img, (120 + k * 270, STATUS_H + 65), 22, WHITE, 3, cv2.LINE_AA)
    zy = vy + vh - 110 if not full else H - NAV_H - 460
    shade(img, (W // 2 - 170, zy, W // 2 + 170, zy + 80), (20, 20, 20), 0.5)
    for k, z in enumerate((".5", "1x", "2", "5")):
        cx = W // 2 - 120 + k * 80
        cv2.putText(img, z, (cx - 16, zy + 50), cv2.FONT_HERSHEY_SIMPLEX, 0.6, YELLOW if k == 1 else WHITE, 2,
                    cv2.LINE_AA)  # fmt: skip
    my = H - NAV_H - 330
    for k in range(5):  # modes, the middle one chosen
        s.words(rng, 60 + k * 200, my, 0.6, 1, YELLOW if k == 2 else WHITE)
    sy = H - NAV_H - 170
    cv2.circle(img, (W // 2, sy), 82, WHITE, 6, cv2.LINE_AA)
    cv2.circle(img, (W // 2, sy), 68, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, (W - 170, sy), 48, (60, 60, 60), -1, cv2.LINE_AA)
    cv2.ellipse(img, (W - 170, sy), (24, 24), 0, 30, 300, WHITE, 4, cv2.LINE_AA)
    t = rng.randrange(90, 130)
    thumb, faces = resized(shot, shot_faces, t, round(t * vh / (W - 8)))
    top = (thumb.shape[0] - t) // 2
    thumb, faces = thumb[top : top + t], [(a, b - top, c, d - top) for a, b, c, d in faces]
    shape = rng.choice(("circle", "rounded"))
    s.paste(np.ascontiguousarray(thumb), faces, 170 - t // 2, sy - t // 2, mask(t, shape), cast.min_visible)
    return s.finish()


FILTERS: tuple[str, ...] = ("none", "grey", "sepia", "cool", "warm", "faded", "contrast", "noir")


def filtered(img: np.ndarray, kind: str) -> np.ndarray:
    """``img`` under a photo editor's colour filter."""
    grey = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    f = img.astype(np.float32)
    if kind == "grey":
        return grey
    if kind == "sepia":
        m = np.array([[0.131, 0.534, 0.272], [0.168, 0.686, 0.349], [0.189, 0.769, 0.393]], np.float32)
        return np.clip(f @ m.T, 0, 255).astype(np.uint8)
    if kind in ("cool", "warm"):
        shift = np.array((30, 0, -25) if kind == "cool" else (-25, 5, 30), np.float32)
        return np.clip(f + shift, 0, 255).astype(np.uint8)
    if kind == "faded":
        return (f * 0.65 + 70).astype(np.uint8)
    if kind == "contrast":
        return np.clip((f - 128) * 1.45 + 128, 0, 255).astype(np.uint8)
    if kind == "noir":
        return np.clip((grey.astype(np.float32) - 128) * 1.6 + 110, 0, 255).astype(np.uint8)
    return img.copy()


def filters(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo editor's filters: the photo (faces 120-450 px), then a strip of the same photo shrunk
    under colour filters (its faces 18-70 px), scrolled so the strip is cut by an edge, the chosen one
    framed with its name, a strength slider, the tools."""
    s = Screen.new(rng, name, cast.kind("filters"), "dark")
    img = s.img
    cv2.line(img, (30, STATUS_H + 30), (60, STATUS_H + 60), WHITE, 4)
    cv2.line(img, (30, STATUS_H + 60), (60, STATUS_H + 30), WHITE, 4)
    s.words(rng, W // 2 - 60, STATUS_H + 58, 0.8, 1, WHITE)
    s.words(rng, W - 140, STATUS_H + 58, 0.7, 1, s.accent)
    py, pw = STATUS_H + 110, W - 8 - 2 * rng.randrange(0, 60)
    ph = min(round(pw * rng.choice((1.0, 1.25, 1.33))), 1250)
    px = (W - 8 - pw) // 2
    n = len(s.comp.faces)
    cast.photo(s, px, py, pw, ph, small(rng, 120, 450))
    shot, shot_faces = grab(s, (px, py, px + pw, py + ph), n)
    chosen = rng.randrange(len(FILTERS))
    if chosen:  # the photo itself shown under the chosen filter
        img[py : py + ph, px : px + pw] = filtered(shot, FILTERS[chosen])
        for track in s.tracks[n:]:
            x1, y1, x2, y2 = track.rect
            track.snap = img[y1:y2, x1:x2].copy()
    y = py + ph + 60
    tw = rng.randrange(150, 200)
    th = round(tw * ph / pw)
    small_shot, small_faces = resized(shot, shot_faces, tw, th)
    x = rng.randrange(-tw // 2, 24)
    for k, kind in enumerate(FILTERS):
        s.paste(filtered(small_shot, kind), small_faces, x, y, rounded_rect(th, tw, 10), cast.min_visible)
        colour = WHITE if k == chosen else GREY
        s.words(rng, x + 10, y + th + 36, 0.5, 1, colour)
        if k == chosen:
            cv2.rectangle(img, (x - 5, y - 5), (x + tw + 4, y + th + 4), WHITE, 3)
        x += tw + 16
    y += th + 90
    cv2.line(img, (80, y), (W - 90, y), GREY, 4)
    knob = rng.randrange(120, W - 120)
    cv2.line(img, (80, y), (knob, y), WHITE, 4)
    cv2.circle(img, (knob, y), 18, WHITE, -1, cv2.LINE_AA)
    cv2.putText(img, str(rng.randrange(0, 101)), (knob - 20, y - 34), cv2.FONT_HERSHEY_SIMPLEX, 0.7, WHITE, 2)
    for k in range(5):  # the tools
        cx = 110 + k * 215
        cv2.circle(img, (cx, H - NAV_H - 110), 24, WHITE if k == 1 else GREY, 3, cv2.LINE_AA)
        s.words(rng, cx - 44, H - NAV_H - 50, 0.45, 1, WHITE if k == 1 else GREY)
    return s.finish()


def streaming(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A streaming service's home: a hero poster (faces 120-550 px) under a stepped gradient to the
    page, its title and buttons, then "continue watching" 16:9 tiles (faces 20-70 px) with progress
    bars, a top-ten row of big outlined numerals behind 2:3 posters (faces 20-110 px), more posters,
    a tab bar."""
    s = Screen.new(rng, name, cast.kind("streaming"), "dark")
    img, page = s.img, s.bg  # (the hero covers the pixel Screen.bg reads)
    hh = rng.randrange(820, 1150)
    cast.photo(s, 0, STATUS_H, W - 8, hh, small(rng, 120, 550))
    stepped(s, (0, STATUS_H, W - 8, STATUS_H + 200), 0.6, 0.0)
    stepped(s, (0, STATUS_H + hh // 2, W - 8, STATUS_H + hh), 0.0, 0.85)
    cv2.putText(img, "N", (30, STATUS_H + 80), cv2.FONT_HERSHEY_TRIPLEX, 2.0, RED, 5, cv2.LINE_AA)
    for k in range(3):
        s.words(rng, 160 + k * 240, STATUS_H + 150, 0.6, 1, WHITE)
    y = STATUS_H + hh - 280
    H5.caption(img, H5.shout(rng), 60, y, 1.6)
    s.words(rng, 200, y + 70, 0.55, 4, (210, 210, 210))
    pill(img, 120, y + 110, 380, 80, WHITE)
    s.words(rng, 240, y + 162, 0.7, 1, (20, 20, 20))
    pill(img, 540, y + 110, 380, 80, (90, 90, 90))
    s.words(rng, 640, y + 162, 0.7, 1, WHITE)
    y = STATUS_H + hh + 50
    bottom = H - NAV_H - 130
    for row in range(3):
        if y > bottom - 150:
            break
        s.words(rng, 24, y, 0.75, 3, WHITE)
        y += 24
        if row == 0:  # continue watching
            tw = rng.randrange(300, 380)
            th = round(tw * 9 / 16)
            x = 24
            while x < W:
                cast.photo(s, x, y, tw, th, small(rng, 20, 70), rounded_rect(th, tw, 8))
                cv2.rectangle(img, (x, y + th - 6), (x + tw, y + th), GREY, -1)
                cv2.rectangle(img, (x, y + th - 6), (x + rng.randrange(20, tw), y + th), RED, -1)
                x += tw + 14
            y += th + 70
            continue
        tw = rng.randrange(190, 240)
        th = round(tw * 1.5)
        x = 24
        for k in range(6):
            if row == 1:  # top ten: the rank's numeral behind the poster
                for colour, thick in ((GREY, 14), (page, 5)):
                    cv2.putText(
                        img, str(k + 1), (x - 10, y + th), cv2.FONT_HERSHEY_DUPLEX, 7.0, colour, thick
                    )
                x += 120
            cast.photo(s, x, y, tw, th, small(rng, 20, 110), rounded_rect(th, tw, 10))
            if rng.random() < 0.4:
                H5.caption(img, H5.shout(rng)[:8], x + 10, y + th - 20, tw / 360)
            x += tw + 14
        y += th + 70
    tab_bar(cast, s, rng, "rounded", page)
    return s.finish()


def card(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> Colour:
    """A pass's card: a rounded tinted gradient; returns its base colour."""
    colour = random_colour(rng, 60, 220)
    band = np.zeros((h, w, 3), np.uint8)
    gradient(band, (0, 0, w, h), colour, tone(colour, -60))
    blit(img, band, x, y, rounded_rect(h, w, 30))
    return colour


def wallet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wallet: an identity card (a portrait with faces 70-150 px, a faded grey ghost copy of it,
    guilloche lines, fields, a signature, a barcode), then a pile of passes, each showing its top
    band over the one before: event passes with a performer band (faces 20-120 px) and a QR code,
    member cards with a 22-60 px photo, boarding passes."""
    s = new_screen(rng, name, cast.kind("wallet"), ("light", "dark", "dark"))
    img = s.img
    s.words(rng, 40, STATUS_H + 80, 1.2, 1)
    cv2.circle(img, (W - 80, STATUS_H + 62), 30, s.accent, 3, cv2.LINE_AA)
    x, y, w, h = 30, STATUS_H + 130, W - 68, rng.randrange(620, 700)
    paper = (rng.randrange(200, 240), rng.randrange(215, 245), rng.randrange(220, 250))
    fill(img, rounded_rect(h, w, 30), x, y, paper)
    for k in range(14):  # guilloche
        pts = [(x + 10 + i * 8, y + 120 + k * 36 + round(14 * np.sin(i / 9 + k))) for i in range(w // 8 - 2)]
        cv2.polylines(img, [np.array(pts, np.int32)], False, tone(paper, -30), 1, cv2.LINE_AA)
    cv2.rectangle(img, (x, y), (x + w, y + 90), s.accent, -1)
    s.words(rng, x + 30, y + 60, 0.9, 2, WHITE)
    pw, ph = rng.randrange(220, 270), rng.randrange(290, 340)
    n = len(s.comp.faces)
    cast.photo(s, x + 30, y + 120, pw, ph, rng.uniform(70, min(150, pw * 0.62)))
    portrait, faces = grab(s, (x + 30, y + 120, x + 30 + pw, y + 120 + ph), n)
    gw = round(pw * rng.uniform(0.35, 0.5))
    ghost, ghost_faces = resized(portrait, faces, gw, round(gw * ph / pw))
    grey = cv2.cvtColor(cv2.cvtColor(ghost, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR).astype(np.float32)
    ghost = (grey * 0.55 + np.array(paper, np.float32) * 0.45).astype(np.uint8)
    s.paste(ghost, ghost_faces, x + w - gw - 40, y + h - ghost.shape[0] - 110, None, cast.min_visible)
    fy = y + 150
    for _ in range(5):
        s.words(rng, x + pw + 60, fy, 0.45, 1, (110, 110, 110))
        s.words(rng, x + pw + 60, fy + 30, 0.65, 2, (30, 30, 30))
        fy += 72
    sig = [(x + 40 + i * 6, y + ph + 170 + round(12 * np.sin(i / 3) + rng.uniform(-4, 4))) for i in range(40)]
    cv2.polylines(img, [np.array(sig, np.int32)], False, (80, 40, 20), 2, cv2.LINE_AA)
    bx = x + 40
    while bx < x + w - gw - 80:  # the barcode
        bw = rng.randrange(2, 7)
        cv2.rectangle(img, (bx, y + h - 80), (bx + bw, y + h - 30), (20, 20, 20), -1)
        bx += bw + rng.randrange(2, 6)
    y += h + 40
    while y < H - NAV_H - 150:
        ch = rng.randrange(480, 600)
        colour = card(img, rng, x, y, w, ch)
        kind = rng.choice(("event", "event", "member", "boarding"))
        s.words(rng, x + 30, y + 56, 0.75, 2, WHITE)
        if kind == "event":
            band = rng.randrange(170, 230)
            cast.photo(s, x, y + 80, w, band, small(rng, 20, 120))
            s.words(rng, x + 30, y + band + 130, 0.6, 3, WHITE)
            qr(img, rng, x + w // 2 - 90, y + band + 170, 180)
        elif kind == "member":
            fp, side = _size(rng, 22, small(rng, 24, 60), (1.1, 1.25))
            cast.person(s, x + w - side - 30, y + 20, fp, side, rng.choice(("circle", "rounded", "square")))
            _text_lines(s, rng, x + 30, y + 140, 3, 0.55)
        else:
            for k in range(2):  # the airports
                code = "".join(rng.choice("ABCDEFGHKLMNPRSTZ") for _ in range(3))
                cv2.putText(
                    img,
                    code,
                    (x + 40 + k * 600, y + 170),
                    cv2.FONT_HERSHEY_DUPLEX,
                    1.6,
                    WHITE,
                    3,
                    cv2.LINE_AA,
                )
            cv2.arrowedLine(img, (x + 300, y + 150), (x + 560, y + 150), tone(colour, 80), 3, tipLength=0.1)
        y += rng.randrange(150, 190) if y + ch < H - NAV_H else ch
    H5.nav_bar(s)
    return s.finish()


def chess(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An online chess game: the opponent's and one's own bars (30-52 px faces in rounded squares,
    a flag, a rating, a clock), the board between them with pieces and the last move lit, then a
    spectators' stack with a "+N" badge on most, a chat (18-26 px avatars), a toolbar."""
    s = new_screen(rng, name, cast.kind("chess"), ("dark", "dark", "light"))
    img = s.img
    light_sq, dark_sq = rng.choice((((210, 236, 238), (86, 150, 118)), ((181, 217, 240), (99, 136, 181))))
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), s.fg, 4, tipLength=0.5)
    s.words(rng, 100, STATUS_H + 62, 0.8, 2)

    def player(y: int) -> None:
        fp, side = _size(rng, 30, small(rng, 32, 52), (1.15, 1.3))
        cast.person(s, 24, y, fp, side, rng.choice(("rounded", "square", "circle")))
        s.words(rng, 44 + side, y + 30, 0.65, 1)
        cv2.putText(img, f"({rng.randrange(800, 2600)})", (44 + side, y + 62), cv2.FONT_HERSHEY_SIMPLEX, 0.5,
                    GREY, 1, cv2.LINE_AA)  # fmt: skip
        for k, colour in enumerate(random_colour(rng) for _ in range(3)):  # a flag
            cv2.rectangle(img, (250 + side + k * 12, y + 46), (261 + side + k * 12, y + 66), colour, -1)
        running = rng.random() < 0.5
        pill(img, W - 240, y + 6, 210, 64, WHITE if running else off(s.bg, 30))
        clock = f"{rng.randrange(0, 10)}:{rng.randrange(60):02d}"
        ink = (20, 20, 20) if running else s.fg
        cv2.putText(img, clock, (W - 200, y + 52), cv2.FONT_HERSHEY_DUPLEX, 1.0, ink, 2, cv2.LINE_AA)

    y = STATUS_H + 120
    player(y)
    y += 110
    sq = (W - 8) // 8
    lit = {rng.randrange(64), rng.randrange(64)}
    for i in range(64):
        r, c = divmod(i, 8)
        colour = light_sq if (r + c) % 2 == 0 else dark_sq
        if i in lit:
            colour = (90, 210, 230) if (r + c) % 2 == 0 else (60, 170, 190)
        cv2.rectangle(img, (c * sq, y + r * sq), ((c + 1) * sq - 1, y + (r + 1) * sq - 1), colour, -1)
        if rng.random() < 0.4:  # a piece
            white = r >= 4 if rng.random() < 0.8 else r < 4
            body, rim = ((245, 245, 245), (40, 40, 40)) if white else ((45, 45, 45), (10, 10, 10))
            cx, cy = c * sq + sq // 2, y + r * sq + sq // 2
            for colour_, g in ((rim, 3), (body, 0)):  # a pawn: a head on a base, rimmed
                cv2.circle(img, (cx, cy - sq // 6), sq // 7 + g, colour_, -1, cv2.LINE_AA)
                foot, neck = cy + sq // 3 + g, cy - sq // 12
                base = [
                    [cx - sq // 4 - g, foot],
                    [cx + sq // 4 + g, foot],
                    [cx + sq // 9 + g, neck],
                    [cx - sq // 9 - g, neck],
                ]
                cv2.fillPoly(img, [np.array(base, np.int32)], colour_, cv2.LINE_AA)
    y += 8 * sq + 20
    player(y)
    y += 110
    cv2.rectangle(img, (0, y), (W, y + 60), off(s.bg, 15), -1)
    for k in range(6):
        cv2.putText(img, f"{k + 12}.", (20 + k * 180, y + 40), cv2.FONT_HERSHEY_SIMPLEX, 0.55, GREY, 1)
        s.words(rng, 66 + k * 180, y + 40, 0.55, 1)
    y += 100
    bottom = H - NAV_H - 130
    if rng.random() < 0.7:  # spectators
        fp, side = _size(rng, 18.3, 30, (1.05, 1.2))
        end = cast.stack(s, 24, y, rng.randrange(3, 6), fp, side, round(side * 0.72), s.bg)
        badge(img, (end + side // 2, y + side // 2), side // 2, GREY, f"+{rng.randrange(2, 99)}")
        s.words(rng, end + side + 20, y + side // 2 + 8, 0.55, 2, GREY)
        y += side + 40
    while y < bottom - 40:  # the chat
        fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
        cast.avatar(s, 24, y, fp, side, "circle")
        s.words(rng, 40 + side, y + side // 2 + 8, 0.55, 1, s.accent)
        s.words(rng, 200 + side, y + side // 2 + 8, 0.55, rng.randrange(2, 6))
        y += max(side, 30) + 26
    cv2.rectangle(img, (0, bottom), (W, H - NAV_H), off(s.bg, 10), -1)
    for k in range(5):
        cv2.circle(img, (110 + k * 215, bottom + 65), 22, GREY, 3, cv2.LINE_AA)
    return s.finish()


def document(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared document: a title bar with collaborators' overlapping avatars (faces 18-28 px) each
    cut out by a ring of their colour and a "+N", a format bar, text with highlighted comments and
    collaborators' cursor flags, a figure of people (faces 20-160 px) with its caption, then a
    comment sheet with 18-26 px avatars and nested replies."""
    s = new_screen(rng, name, cast.kind("document"), ("light", "light", "dark"))
    img = s.img
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), s.fg, 4, tipLength=0.5)
    s.words(rng, 90, STATUS_H + 60, 0.7, 2)
    fp, side = _size(rng, 18.3, 28, (1.1, 1.25))
    people = rng.randrange(2, 6)
    colours = [random_colour(rng, 40, 230) for _ in range(people)]
    x = W - 230 - people * round(side * 0.7)
    for k in range(people):
        cast.avatar(s, x + k * round(side * 0.7), STATUS_H + 50 - side // 2, fp, side, "circle", colours[k])
    end = x + (people - 1) * round(side * 0.7) + side
    if rng.random() < 0.5:
        badge(img, (end + side // 2 + 4, STATUS_H + 50), side // 2, GREY, f"+{rng.randrange(1, 9)}")
    pill(img, W - 150, STATUS_H + 22, 120, 56, s.accent)
    y = STATUS_H + 110
    cv2.rectangle(img, (0, y), (W, y + 80), off(s.bg, 13), -1)
    for k, glyph in enumerate(("B", "I", "U", "A", "=", "*", "+")):
        cv2.putText(img, glyph, (40 + k * 140, y + 54), cv2.FONT_HERSHEY_DUPLEX, 0.9, s.fg, 2, cv2.LINE_AA)
    y += 160
    s.words(rng, 40, y, 1.1, 3)
    y += 60
    comments = H - NAV_H - rng.randrange(600, 960)
    figure_done = False
    while y < comments - 60:
        if not figure_done and y > STATUS_H + 500 and rng.random() < 0.6 and y + 520 < comments:
            fw = rng.randrange(600, W - 80)
            fh = rng.randrange(320, 480)
            fx = (W - 8 - fw) // 2
            cast.photo(s, fx, y, fw, fh, small(rng, 20, 160))
            s.words(rng, fx, y + fh + 36, 0.5, 5, GREY)
            y += fh + 80
            figure_done = True
            continue
        if rng.random() < 0.25:  # text under a comment: highlighted
            shade(img, (40, y - 30, rng.randrange(400, W - 60), y + 8), YELLOW, 0.45)
        s.words(rng, 40, y, 0.6, rng.randrange(4, 9))
        if rng.random() < 0.15:  # a collaborator's cursor and name flag
            cx, colour = rng.randrange(120, W - 200), rng.choice(colours)
            cv2.line(img, (cx, y - 32), (cx, y + 8), colour, 3)
            cv2.rectangle(img, (cx, y - 62), (cx + 150, y - 32), colour, -1)
            s.words(rng, cx + 8, y - 40, 0.5, 1, WHITE)
        y += 44
    sheet(img, comments, off(s.bg, 12))
    y = comments + 80
    indent = 0
    while y < H - NAV_H - 120:
        fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
        x = 40 + indent
        cast.person(s, x, y, fp, side, "circle")
        s.words(rng, x + side + 16, y + side // 2 + 8, 0.6, 2)
        s.words(rng, W - 200, y + side // 2 + 8, 0.45, 1, GREY)
        y = _text_lines(s, rng, x + side + 16, y + side + 36, rng.randrange(1, 3), 0.55) + 20
        indent = 60 if rng.random() < 0.5 else 0
        if indent:
            cv2.line(img, (40 + side // 2, y - 24), (40 + side // 2, y + 10), GREY, 2)
    H5.nav_bar(s)
    return s.finish()


def favourites(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A phone's favourites: a 2-3 column grid of contact photos (faces 40-200 px, or initials on
    colour) with names over a dark band at their foot, then recent calls (24-40 px faces, missed
    ones in red, call arrows, an info glyph), a tab bar."""
    s = new_screen(rng, name, cast.kind("favourites"), ("light", "dark", "dark", "tinted"))
    img = s.img
    s.words(rng, 30, STATUS_H + 90, 1.4, 1)
    cv2.circle(img, (W - 80, STATUS_H + 64), 26, s.fg, 3, cv2.LINE_AA)
    y = STATUS_H + 140
    cols = rng.choice((2, 3, 3))
    gap = 16
    t = (W - 8 - 2 * 24 - gap * (cols - 1)) // cols
    for _ in range(rng.choice((1, 2))):
        for c in range(cols):
            x = 24 + c * (t + gap)
            m = rounded_rect(t, t, 24)
            if rng.random() < 0.2:
                fill(img, m, x, y, random_colour(rng, 60, 200))
                letter = rng.choice("ABDEFGJKLMNRST")
                cv2.putText(
                    img, letter, (x + t // 3, y + t * 2 // 3), cv2.FONT_HERSHEY_DUPLEX, t / 90, WHITE, 3
                )
            else:
                cast.photo(s, x, y, t, t, small(rng, 40, min(200, t * 0.6)), m)
            stepped(s, (x, y + t - 90, x + t, y + t), 0.1, 0.6, 12)
            s.words(rng, x + 18, y + t - 26, 0.6, 1, WHITE)
        y += t + gap
    y += 40
    s.words(rng, 30, y, 0.9, 1)
    y += 30
    bottom = H - NAV_H - 130
    while True:
        fp, side = _size(rng, 24, small(rng, 26, 40), (1.1, 1.3))
        rh = max(side + 30, 100)
        if y + rh > bottom:
            break
        cast.person(s, 30, y + (rh - side) // 2, fp, side, rng.choice(("circle", "circle", "squircle")))
        missed = rng.random() < 0.25
        s.words(rng, 60 + side, y + rh // 2 - 2, 0.7, 2, RED if missed else s.fg)
        ay = y + rh // 2 + 26
        arrow = RED if missed else GREEN
        cv2.arrowedLine(img, (62 + side, ay + 6), (80 + side, ay - 10), arrow, 2, tipLength=0.4)
        s.words(rng, 96 + side, ay + 6, 0.5, 1, GREY)
        s.words(rng, W - 220, y + rh // 2 + 8, 0.5, 1, GREY)
        cv2.circle(img, (W - 60, y + rh // 2), 18, s.accent, 2, cv2.LINE_AA)
        y += rh
        cv2.line(img, (60 + side, y), (W - 8, y), off(s.bg, 20), 1)
    tab_bar(cast, s, rng, "circle", s.bg)
    return s.finish()


def family_tree(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family tree: a search bar, then generations of round photos (faces 22-64 px) with names and
    years under them, couples joined side by side, lines down to their children, grey silhouettes
    for the unknown, a hint leaf over some photos' corner, the tree running off the right edge."""
    s = new_screen(rng, name, cast.kind("tree"), ("light", "light", "dark", "tinted"))
    img = s.img
    line = off(s.bg, 70)
    pill(img, 24, STATUS_H + 20, W - 56, 70, off(s.bg, 18))
    s.words(rng, 70, STATUS_H + 66, 0.6, 2, GREY)
    y = STATUS_H + 150
    above: list[int] = []  # the centres of the couples of the generation above
    while True:
        fp, side = _size(rng, 22, small(rng, 24, 64), (1.15, 1.35))
        if y + side + 90 > H - NAV_H:
            break
        step = side + rng.randrange(70, 150)
        x = rng.randrange(-side // 2, 60)
        couples: list[int] = []
        while x < W + side:
            first = x
            for k in range(2 if rng.random() < 0.6 else 1):  # a person, or a couple
                cx = x + side // 2
                if rng.random() < 0.12:  # unknown: a silhouette
                    cv2.circle(img, (cx, y + side // 2), side // 2, (175, 175, 175), -1, cv2.LINE_AA)
                    cv2.circle(img, (cx, y + side * 2 // 5), side // 6, (235, 235, 235), -1, cv2.LINE_AA)
                    cv2.ellipse(img, (cx, y + side), (side // 3, side // 3), 0, 180, 360, (235, 235, 235), -1)
                else:
                    cast.person(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle", line)
                    if rng.random() < 0.2:  # a hint leaf
                        badge(img, (x + side - side // 8, y + side // 8), max(8, side // 7), GREEN, "", s.bg)
                s.words(rng, x - 10, y + side + 30, 0.45, 1)
                cv2.putText(img, f"{rng.randrange(1900, 1990)}-", (x - 4, y + side + 56),
                            cv2.FONT_HERSHEY_SIMPLEX, 0.4, GREY, 1, cv2.LINE_AA)  # fmt: skip
                if k == 1:
                    cv2.line(img, (x - step + side + 6, y + side // 2), (x - 6, y + side // 2), line, 2)
                x += step
            couples.append((first + x - step + side) // 2)
            x += rng.randrange(20, 80)
        if above:  # lines down from a couple above to this row
            for cx in above:
                cv2.line(img, (cx, y - 100), (cx, y - 40), line, 2)
            cv2.line(img, (min(above), y - 40), (max(above), y - 40), line, 2)
        above = couples
        y += side + 180
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
FACE_LAYOUTS: tuple[Layout, ...] = (
    product_page, product_page, pro_profile, pro_profile, camera, filters, streaming, streaming,
    wallet, chess, chess, document, document, favourites, favourites, camera, family_tree, family_tree,
)  # fmt: skip
FREE_LAYOUTS: tuple[Layout, ...] = (
    product_page, pro_profile, camera, filters, streaming, wallet, chess, document, favourites,
    product_page, streaming, favourites, family_tree,
)  # fmt: skip


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT6_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h6", photos, free, seed, reps)
