"""A fifth held-out set of screens (issue 14), BLIND: nobody tunes on it, nobody looks at its
results before the detector is frozen.

heldout.py to heldout4.py have all been scored, so none of them measures what an unseen study would
any more. This set was written without running any detector on it and without reading the
detector's code. It uses only the held-out face photos (``composites.HELDOUT``, two_people.jpg left
out as in heldout2 to heldout4), heldout2's face-free photos (``FREE_HELDOUT2``) and its own seed
(``HELDOUT5_SEED``). Faces are pasted and settled through heldout2's ``Screen`` (a face keeps only
the pixels that stay visible after later drawing and is dropped when under half is left), cast
through heldout4's ``Cast`` (people, or pets, objects, textures and initials in their places on
face-free screens).

Its weight is on small faces (18-40 px, continuous, most sizes drawn skewed towards the small end),
with some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws:
- a group's info page: a header photo under a dimmed band with the group's name, a favourites row
  of big circles cut by the right edge, participants (photo avatars between initials circles,
  admin pills, emoji statuses over the avatars' corners);
- a map's place page: a map strip and pin, a sheet with stars and buttons, a photo carousel cut by
  the right edge (faces 20-140 px), reviews with 18-28 px reviewer avatars, stars and review photos;
- an encyclopedia biography: an infobox portrait with a caption and a table, headings, an inline
  figure with its caption, a strip of small gallery images;
- a story viewer: a full-screen photo under a dimmed top, a segmented progress bar, a 22-32 px
  avatar and name over it, emoji stickers over part of a face, text and mention stickers, a reply
  box (or a "seen by" stack on one's own story);
- a share sheet over a photo dimmed by a 30-60 % scrim: a preview, direct-share targets (avatars
  with an app badge over their corner, group pairs, initials), app icons, actions;
- a photo library: a "people" row of round face crops, memory cards with titles over a dimmed band,
  date headers over a 3-5 column grid in selection mode (check circles over the corners, selected
  cells framed), favourite hearts and durations;
- a video editor: the preview (9:16 or 16:9 clip, crop brackets), a timeline of frame strips whose
  frames show 18-60 px faces, the playhead crossing them, an audio waveform, a toolbar;
- a GIF keyboard under a chat: a masonry of GIFs (faces 18-110 px) with meme captions in outlined
  capitals over the top or bottom of the picture, cut at the navigation bar;
- a pillar-boxed capture: another screen of this set scaled to 0.78-0.92 in the middle of the app
  area, black margins either side (the format notes such frames);
- a dialog over another screen of this set under a 30-60 % scrim: a card with a 40-90 px avatar
  (a friend request) or a photo of people to confirm, a title, text, two buttons.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Translucent scrims leave the faces under them counted, darker.

Not drawn: landscape captures (2115 x 1088). The bench's screens are all W x H (1088 x 2115):
heldout2's ``Screen.finish`` blanks the 8 padding columns at W - 8, ``check`` bounds boxes by W - 8
and H, and faces_bench grows detector boxes clipped to ``C.W, C.H``; a landscape set needs those
taught another size first.

At the default 4 reps: 68 screens with 1,217 faces (678 under 32 px, 406 of 32-63, 109 of 64-127,
24 larger; 833 under 40 px) and 48 face-free screens (the same layouts with pets, objects,
textures and initials in the people's places); ``reps=1`` a quarter (17 screens with 326 faces:
205, 95, 22 and 4 by size, 235 under 40 px; 12 face-free). Counted by running the generator alone
(``faces_bench.py --count-only``, no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout4 as H4
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, _cut, _map, fill, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines, initials, shade
from heldout4 import GOLD, GREEN, GREY, RED, badge, duration, heart, tone

HELDOUT5_SEED = 5151

BLACK: Colour = (0, 0, 0)
LINK: Colour = (200, 110, 40)


@dataclass
class Cast(H4.Cast):
    """heldout4's cast (people, or things in their places; photos on a blurred backdrop), its
    screens marked h5-."""

    def kind(self, layout: str) -> str:
        return f"h5-{layout}" if self.photos else f"h5-noface-{layout}"

    def shown(self, tile: np.ndarray) -> np.ndarray:
        """255 over the photo's whole rectangle in the tile: heldout4 took black pixels for the
        padding, so a dark photo showed the blurred backdrop through its blacks (speckled hair)."""
        m = np.zeros(tile.shape[:2], np.uint8)
        ys, xs = np.nonzero(tile.max(axis=2))
        if len(ys):
            m[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1] = 255
        return m

    def person(self, s: Screen, x: int, y: int, fp: float, side: int, shape: str = "circle",
               edge: Colour | None = None) -> None:  # fmt: skip
        """An avatar, or on about a quarter an initials circle in its place (apps mix the two)."""
        if self.rng.random() < 0.25:
            initials(s.img, self.rng, x, y, side, shape, edge)
        else:
            self.avatar(s, x, y, fp, side, shape, edge)


def small(rng: random.Random, lo: float, hi: float) -> float:
    """A face size in [lo, hi), skewed towards ``lo`` (the set's weight is on small faces)."""
    return lo + (hi - lo) * rng.random() ** 3


def new_screen(rng: random.Random, name: str, kind: str, themes: tuple[str, ...]) -> Screen:
    """A screen in one of ``themes``; dark ones get low-contrast grey text on 40 %."""
    s = Screen.new(rng, name, kind, rng.choice(themes))
    if sum(s.bg) < 120 and rng.random() < 0.4:
        s.fg = (135, 135, 140)
    return s


def scrim(s: Screen, rect: tuple[int, int, int, int], alpha: float, colour: Colour = BLACK) -> None:
    """Dim ``rect`` by ``alpha`` (a sheet's scrim, a band under a title): the faces under it stay
    faces, darker, so their tracked pixels are dimmed along; pixels already drawn over a face stay
    not its own."""
    x1, y1, x2, y2 = rect
    under = [t for t in s.tracks if t.rect[0] < x2 and x1 < t.rect[2] and t.rect[1] < y2 and y1 < t.rect[3]]
    before = [(t, (s.img[t.rect[1] : t.rect[3], t.rect[0] : t.rect[2]] == t.snap).all(axis=2)) for t in under]
    shade(s.img, rect, colour, alpha)
    for t, still in before:
        now = s.img[t.rect[1] : t.rect[3], t.rect[0] : t.rect[2]]
        t.snap = np.where(still[:, :, None], now, t.snap)


def stars(img: np.ndarray, x: int, y: int, r: int, n: float, on: Colour, off: Colour) -> int:
    """Five rating stars of radius ``r`` from (x, y) (their centres' row), ``n`` of them lit;
    returns the x right of them."""
    for k in range(5):
        c = (x + r + k * (2 * r + 4), y)
        pts = [(c[0] + (r if j % 2 == 0 else r * 0.45) * math.cos(-math.pi / 2 + j * math.pi / 5),
                c[1] + (r if j % 2 == 0 else r * 0.45) * math.sin(-math.pi / 2 + j * math.pi / 5))
               for j in range(10)]  # fmt: skip
        cv2.fillPoly(img, [np.array(pts, np.int32)], on if k < n else off, cv2.LINE_AA)
    return x + 5 * (2 * r + 4)


def pill(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour) -> None:
    """A filled pill (a button, a chip, a sticker)."""
    r = h // 2
    cv2.rectangle(img, (x + r, y), (x + w - 1 - r, y + h - 1), colour, -1)
    for cx in (x + r, x + w - 1 - r):
        cv2.circle(img, (cx, y + r), r, colour, -1, cv2.LINE_AA)


def sheet(img: np.ndarray, top: int, colour: Colour, r: int = 40) -> None:
    """A bottom sheet from ``top`` down, its top corners rounded, a grey handle on it."""
    cv2.rectangle(img, (0, top + r), (W - 8, H), colour, -1)
    cv2.rectangle(img, (r, top), (W - 8 - r, top + r), colour, -1)
    for cx in (r, W - 8 - r):
        cv2.circle(img, (cx, top + r), r, colour, -1, cv2.LINE_AA)
    pill(img, W // 2 - 50, top + 14, 100, 10, GREY)


def caption(img: np.ndarray, text: str, x: int, y: int, scale: float) -> None:
    """Meme text: white capitals outlined in black."""
    for colour, extra in ((BLACK, 6), (WHITE, 0)):
        cv2.putText(img, text, (x, y), cv2.FONT_HERSHEY_DUPLEX, scale, colour, 3 + extra, cv2.LINE_AA)


def shout(rng: random.Random) -> str:
    return " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(1, 4))).upper()


def nav_bar(s: Screen) -> None:
    """The system navigation bar drawn again over whatever scrolled under it."""
    cv2.rectangle(s.img, (0, H - NAV_H), (W, H), tone(s.bg, 12 if sum(s.bg) < 384 else -12), -1)
    cv2.line(s.img, (W // 2 - 90, H - 40), (W // 2 + 90, H - 40), s.fg, 8)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def group_info(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group's info page: a header photo (faces 40-220 px) with the name over a dimmed band, a
    favourites row of big circles (faces 36-80 px) cut by the right edge, then participants: 22-44
    px avatars between initials circles, admin pills, emoji statuses over the avatars' corner."""
    s = new_screen(rng, name, cast.kind("group"), ("light", "dark", "dark", "tinted"))
    img = s.img
    hh = rng.randrange(420, 620)
    cast.photo(s, 0, STATUS_H, W - 8, hh, small(rng, 40, 220))
    scrim(s, (0, STATUS_H + hh - 150, W - 8, STATUS_H + hh), rng.uniform(0.35, 0.6))
    cv2.arrowedLine(img, (70, STATUS_H + 50), (30, STATUS_H + 50), WHITE, 4, tipLength=0.5)
    s.words(rng, 30, STATUS_H + hh - 80, 1.1, 2, WHITE)
    s.words(rng, 30, STATUS_H + hh - 36, 0.6, 3, WHITE)
    y = STATUS_H + hh + 40
    for k in range(4):  # call, video, search, mute
        cx = 140 + k * 250
        cv2.circle(img, (cx, y + 40), 40, tone(s.bg, 30 if sum(s.bg) < 384 else -25), -1, cv2.LINE_AA)
        cv2.circle(img, (cx, y + 40), 14, s.accent, -1, cv2.LINE_AA)
        s.words(rng, cx - 40, y + 120, 0.5, 1)
    y += 170
    if rng.random() < 0.6:  # favourites
        s.words(rng, 24, y, 0.7, 1)
        y += 24
        fp, side = _size(rng, 36, small(rng, 40, 80), (1.2, 1.4))
        x = 24
        while x < W:
            cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, rng.choice(("circle", "ring")))
            s.words(rng, x + 6, y + side + 34, 0.5, 1)
            x += side + 34
        y += side + 70
    s.words(rng, 24, y, 0.7, 2)
    y += 30
    shape = rng.choice(("circle", "circle", "squircle", "rounded"))
    while True:
        fp, side = _size(rng, 22, small(rng, 26, 44), (1.1, 1.3))
        rh = max(side + 28, rng.randrange(84, 120))
        if y + rh > H - NAV_H:
            break
        ay = y + (rh - side) // 2
        cast.person(s, 24, ay, fp, side, shape)
        if rng.random() < 0.2:  # an emoji status over the lower right
            r = max(9, side // 5)
            cv2.circle(img, (24 + side - r // 2, ay + side - r // 2), r + 3, s.bg, -1, cv2.LINE_AA)
            C._smiley(img, 24 + side - r // 2, ay + side - r // 2, r, rng)
        elif rng.random() < 0.2:  # online
            cv2.circle(img, (24 + side - 6, ay + side - 6), 9, s.bg, -1, cv2.LINE_AA)
            cv2.circle(img, (24 + side - 6, ay + side - 6), 6, GREEN, -1, cv2.LINE_AA)
        s.words(rng, 54 + side, y + rh // 2 - 4, 0.7, 2)
        s.words(rng, 54 + side, y + rh // 2 + 28, 0.5, rng.randrange(2, 5), GREY)
        if rng.random() < 0.25:
            pill(img, W - 190, y + rh // 2 - 22, 150, 44, tone(s.accent, 60))
            s.words(rng, W - 170, y + rh // 2 + 8, 0.5, 1, s.accent)
        y += rh
    return s.finish()


def place_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A map's place page: a map strip with a pin, a sheet with the name, stars and buttons, a photo
    carousel cut by the right edge (faces 20-140 px, or food and places), then reviews: 18-28 px
    reviewer avatars, stars, text, a row of review photos on some."""
    s = new_screen(rng, name, cast.kind("place"), ("light", "light", "dark"))
    img = s.img
    dark = sum(s.bg) < 384
    _map(img, rng, dark)
    top = STATUS_H + rng.randrange(240, 420)
    pin = (rng.randrange(200, W - 200), top - rng.randrange(60, 160))
    cv2.circle(img, pin, 26, RED, -1, cv2.LINE_AA)
    cv2.circle(img, pin, 9, WHITE, -1, cv2.LINE_AA)
    sheet(img, top, s.bg)
    y = top + 80
    s.words(rng, 24, y, 1.1, 2)
    cv2.putText(img, f"{rng.uniform(3, 5):.1f}", (24, y + 56), cv2.FONT_HERSHEY_SIMPLEX, 0.7, s.fg, 2)
    end = stars(img, 80, y + 48, 13, rng.randrange(3, 6), GOLD, GREY)
    s.words(rng, end + 12, y + 56, 0.55, 2, GREY)
    y += 100
    x = 24
    for k in range(4):  # directions, call, save, share
        w = 230 if k else 250
        pill(img, x, y, w, 64, s.accent if k == 0 else tone(s.bg, 30 if dark else -20))
        s.words(rng, x + 30, y + 42, 0.55, 1, WHITE if k == 0 else s.fg)
        x += w + 16
    y += 100
    ph = rng.randrange(300, 420)
    x = 24
    while x < W:
        pw = rng.randrange(260, 520)
        if rng.random() < 0.65:
            cast.photo(s, x, y, pw, ph, small(rng, 20, 140), rounded_rect(ph, pw, 20))
        else:
            cast.thing(s, x, y, pw, ph, rounded_rect(ph, pw, 20))
        x += pw + 12
    y += ph + 60
    s.words(rng, 24, y, 0.8, 1)
    y += 40
    while y < H - NAV_H - 120:
        fp, side = _size(rng, 18.3, 28, (1.05, 1.2))
        cast.avatar(s, 24, y, fp, side, "circle")
        s.words(rng, 40 + side, y + side // 2, 0.6, 2)
        s.words(rng, 40 + side, y + side // 2 + 26, 0.45, 3, GREY)
        y += max(side, 40) + 30
        end = stars(img, 24, y, 10, rng.randrange(1, 6), GOLD, GREY)
        s.words(rng, end + 10, y + 8, 0.45, 2, GREY)
        y = _text_lines(s, rng, 24, y + 44, rng.randrange(1, 4), 0.55)
        if rng.random() < 0.35 and y < H - NAV_H - 260:  # review photos
            t = rng.randrange(150, 200)
            for k in range(rng.randrange(2, 5)):
                cast.photo(s, 24 + k * (t + 10), y, t, t, small(rng, 18, 60), rounded_rect(t, t, 12))
            y += t + 20
        y += 30
    nav_bar(s)
    return s.finish()


def wiki_bio(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An encyclopedia biography: the title, an infobox portrait (faces 130-500 px) with a caption
    and a table of facts, headings over paragraphs, an inline figure (faces 20-120 px) with its
    caption, a strip of small gallery images."""
    s = new_screen(rng, name, cast.kind("wiki"), ("light", "light", "dark"))
    img = s.img
    rule = tone(s.bg, 45 if sum(s.bg) < 384 else -45)
    cv2.putText(img, "W", (24, STATUS_H + 70), cv2.FONT_HERSHEY_TRIPLEX, 1.6, s.fg, 2, cv2.LINE_AA)
    cv2.circle(img, (W - 80, STATUS_H + 48), 20, s.fg, 3, cv2.LINE_AA)
    y = STATUS_H + 170
    words = " ".join(rng.choice(C.WORDS).capitalize() for _ in range(2))
    cv2.putText(img, words, (24, y), cv2.FONT_HERSHEY_TRIPLEX, 1.5, s.fg, 2, cv2.LINE_AA)
    cv2.line(img, (24, y + 24), (W - 32, y + 24), rule, 2)
    s.words(rng, 24, y + 64, 0.55, 5, GREY)
    y += 100
    bw = rng.randrange(560, W - 8 - 48)
    bx = (W - 8 - bw) // 2
    pw = bw - 40
    ph = round(pw * rng.uniform(1.1, 1.35))
    top = y
    s.words(rng, bx + 20, y + 40, 0.75, 2)
    y += 60
    cast.photo(s, bx + 20, y, pw, ph, pw * rng.uniform(0.25, 0.5))  # a portrait: the face fills it
    y = _text_lines(s, rng, bx + 20, y + ph + 34, 2, 0.5)
    for _ in range(rng.randrange(3, 7)):  # the facts
        cv2.line(img, (bx, y), (bx + bw, y), rule, 1)
        s.words(rng, bx + 20, y + 34, 0.5, 1)
        s.words(rng, bx + bw // 3, y + 34, 0.5, 3, LINK)
        y += 50
    cv2.rectangle(img, (bx, top), (bx + bw, y), rule, 2)
    y += 50
    while y < H - NAV_H - 80:
        pick = rng.random()
        if pick < 0.3:  # a heading
            cv2.putText(img, shout(rng).capitalize(), (24, y + 40), cv2.FONT_HERSHEY_TRIPLEX, 1.0, s.fg, 1,
                        cv2.LINE_AA)  # fmt: skip
            cv2.line(img, (24, y + 56), (W - 32, y + 56), rule, 1)
            y += 90
        elif pick < 0.6:  # a figure, its caption under it
            fw = rng.randrange(320, 620)
            fh = round(fw * rng.uniform(0.6, 1.2))
            fx = rng.choice((24, (W - 8 - fw) // 2, W - 8 - 24 - fw))
            cv2.rectangle(img, (fx - 6, y - 6), (fx + fw + 6, y + fh + 80), rule, 1)
            cast.photo(s, fx, y, fw, fh, small(rng, 20, 120))
            _text_lines(s, rng, fx + 4, y + fh + 30, 2, 0.45)
            y += fh + 110
        elif pick < 0.75:  # a gallery strip
            t = rng.randrange(180, 240)
            for k in range((W - 8 - 24) // (t + 12)):
                cast.photo(s, 24 + k * (t + 12), y, t, t, small(rng, 18, 70))
            y += t + 40
        else:
            y = _text_lines(s, rng, 24, y + 30, rng.randrange(2, 6), 0.6) + 10
    nav_bar(s)
    return s.finish()


def story_viewer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A story viewer: a full-screen photo (faces 150-650 px) dimmed at the top, a segmented
    progress bar, a 22-32 px avatar and name over the photo, emoji stickers over part of a face on
    some, text and mention stickers (18-24 px avatars), a reply box with a heart, or a "seen by"
    stack of 18-26 px avatars on one's own story."""
    s = new_screen(rng, name, cast.kind("story"), ("dark",))
    img = s.img
    bottom = H - NAV_H - 140
    n = len(s.comp.faces)
    cast.frame(s, STATUS_H, bottom - STATUS_H, small(rng, 150, 650), rng.uniform(0.5, 0.9))
    faces = list(s.comp.faces[n:])
    scrim(s, (0, STATUS_H, W - 8, STATUS_H + 220), rng.uniform(0.25, 0.45))
    k, now = rng.randrange(2, 10), rng.random()
    seg = (W - 8 - 32 - (k - 1) * 6) / k
    at = rng.randrange(k)
    for i in range(k):
        x = round(16 + i * (seg + 6))
        shade(img, (x, STATUS_H + 16, round(x + seg), STATUS_H + 22), WHITE, 0.45)
        done = seg if i < at else seg * now if i == at else 0
        if done:
            cv2.rectangle(img, (x, STATUS_H + 16), (round(x + done), STATUS_H + 21), WHITE, -1)
    fp, side = _size(rng, 22, 32, (1.1, 1.25))
    cast.avatar(s, 24, STATUS_H + 40, fp, side, rng.choice(("circle", "ring", "border")))
    s.words(rng, 40 + side, STATUS_H + 48 + side // 2, 0.6, 1, WHITE)
    s.words(rng, 200 + side, STATUS_H + 48 + side // 2, 0.5, 1, (200, 200, 200))
    cv2.line(img, (W - 60, STATUS_H + 40), (W - 30, STATUS_H + 70), WHITE, 4)
    cv2.line(img, (W - 60, STATUS_H + 70), (W - 30, STATUS_H + 40), WHITE, 4)
    for a, b, c, d in faces:  # an emoji over part of a face on some
        if rng.random() < 0.4:
            r = round((c - a) * rng.uniform(0.2, 0.4))
            C._smiley(img, round(rng.choice((a, c)) + rng.uniform(-0.1, 0.1) * (c - a)),
                      round(rng.uniform(b, d)), r, rng)  # fmt: skip
    if rng.random() < 0.6:  # a text sticker
        w, y = rng.randrange(260, 600), rng.randrange(STATUS_H + 300, bottom - 400)
        x = rng.randrange(24, W - 8 - 24 - w)
        pill(img, x, y, w, 70, WHITE if rng.random() < 0.6 else s.accent)
        s.words(rng, x + 30, y + 46, 0.7, 2, (20, 20, 20))
    if rng.random() < 0.5:  # a mention sticker with a tiny avatar
        y = rng.randrange(STATUS_H + 300, bottom - 300)
        fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
        pill(img, 60, y, 320, side + 20, WHITE)
        cast.avatar(s, 72, y + 10, fp, side, "circle")
        s.words(rng, 84 + side, y + side // 2 + 18, 0.55, 1, s.accent)
    y = bottom + 30
    if rng.random() < 0.3:  # one's own story: who saw it
        fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
        end = cast.stack(s, 30, y + 10, rng.randrange(2, 5), fp, side, round(side * 0.7), s.bg)
        s.words(rng, end + 16, y + 10 + side // 2 + 8, 0.55, 2, WHITE)
    else:
        cv2.rectangle(img, (24, y), (W - 200, y + 76), (200, 200, 200), 2)
        s.words(rng, 50, y + 48, 0.6, 2, (200, 200, 200))
        heart(img, (W - 140, y + 38), 26, WHITE)
        tri = np.array([[W - 90, y + 18], [W - 30, y + 38], [W - 90, y + 60], [W - 78, y + 38]], np.int32)
        cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
    return s.finish()


def share_sheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A share sheet over a photo (faces 60-400 px) dimmed by a 30-60 % scrim: a preview thumbnail
    (faces 18-40 px), direct-share targets (40-80 px faces with an app badge over their corner,
    group pairs, initials), app icons, action rows."""
    s = new_screen(rng, name, cast.kind("share"), ("dark",))
    img = s.img
    ph = rng.randrange(900, 1500)
    py = STATUS_H + 90 + rng.randrange(0, 200)
    cast.photo(s, 0, py, W - 8, ph, small(rng, 60, 400))
    for k in range(3):
        cv2.circle(img, (W - 60 - k * 90, STATUS_H + 45), 14, WHITE, -1, cv2.LINE_AA)
    scrim(s, (0, STATUS_H, W - 8, H - NAV_H), rng.uniform(0.3, 0.6))
    light = rng.random() < 0.5
    back = (245, 245, 245) if light else (40, 40, 44)
    ink = (20, 20, 20) if light else (235, 235, 235)
    top = H - NAV_H - rng.randrange(900, 1120)
    sheet(img, top, back)
    y = top + 50
    t = rng.randrange(110, 150)
    cast.photo(s, 30, y, t, t, small(rng, 18, 40), rounded_rect(t, t, 14))
    s.words(rng, 60 + t, y + t // 2 - 6, 0.7, 2, ink)
    s.words(rng, 60 + t, y + t // 2 + 30, 0.5, 2, GREY)
    y += t + 40
    cols = rng.choice((4, 5))
    cw = (W - 8) // cols
    fp, side = _size(rng, 40, small(rng, 44, 80), (1.3, 1.45))
    for k in range(cols):
        x = k * cw + (cw - side) // 2
        if rng.random() < 0.2:  # a group: two people, one over the other's corner
            s2 = side * 2 // 3
            cast.avatar(s, x, y, fp * 0.66, s2, "circle")
            cast.avatar(s, x + side - s2, y + side - s2, fp * 0.66, s2, "circle", back)
        else:
            cast.person(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
        r = max(10, side // 6)  # the app it goes through
        fill(img, mask(2 * r + 6, "circle"), x + side - 2 * r - 3, y + side - 2 * r - 3, back)
        fill(img, mask(2 * r, "squircle"), x + side - 2 * r, y + side - 2 * r, random_colour(rng, 40, 240))
        s.words(rng, k * cw + 16, y + side + 34, 0.45, 1, ink)
    y += side + 80
    cv2.line(img, (30, y), (W - 38, y), GREY, 1)
    y += 30
    for k in range(cols):
        x = k * cw + (cw - 96) // 2
        fill(img, mask(96, "squircle"), x, y, random_colour(rng, 40, 240))
        s.words(rng, k * cw + 16, y + 130, 0.45, 1, ink)
    y += 180
    while y < H - NAV_H - 90:
        cv2.circle(img, (60, y + 30), 20, GREY, 3, cv2.LINE_AA)
        s.words(rng, 110, y + 40, 0.65, 2, ink)
        y += 90
    nav_bar(s)
    return s.finish()


def library(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo library: a "people" row of round face crops (faces 36-90 px) cut by the right edge,
    memory cards (faces 30-220 px) with titles over a dimmed band, then date headers over a grid of
    3-5 columns (faces 18-70 px) in selection mode on some: check circles over the corners,
    selected cells framed, favourite hearts, durations."""
    s = new_screen(rng, name, cast.kind("library"), ("light", "dark", "dark", "tinted"))
    img = s.img
    s.words(rng, 24, STATUS_H + 64, 1.1, 1)
    y = STATUS_H + 100
    if rng.random() < 0.45:
        s.words(rng, 24, y + 30, 0.7, 2)
        y += 50
        fp, side = _size(rng, 36, small(rng, 40, 90), (1.25, 1.5))
        x = 24
        while x < W:
            cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
            if rng.random() < 0.6:
                s.words(rng, x + 8, y + side + 32, 0.5, 1)
            x += side + 24
        y += side + 60
    if rng.random() < 0.6:  # memories, the second cut by the right edge
        ch, cw = rng.randrange(380, 520), rng.randrange(560, 820)
        for x in (24, 24 + cw + 20):
            cast.photo(s, x, y, cw, ch, small(rng, 30, 220), rounded_rect(ch, cw, 24))
            scrim(s, (x, y + ch - 120, x + cw, y + ch), rng.uniform(0.3, 0.5))
            s.words(rng, x + 24, y + ch - 60, 0.9, 2, WHITE)
            s.words(rng, x + 24, y + ch - 24, 0.5, 2, WHITE)
        y += ch + 30
    cols = rng.choice((3, 4, 4, 5))
    gap = 4
    t = (W - 8 - gap * (cols - 1)) // cols
    selecting = rng.random() < 0.5
    while y < H - NAV_H:
        s.words(rng, 24, y + 44, 0.75, 2)
        if selecting:
            s.words(rng, W - 160, y + 44, 0.6, 1, s.accent)
        y += 70
        for _ in range(rng.randrange(1, 4)):
            for c in range(cols):
                x = c * (t + gap)
                if rng.random() < 0.75:
                    cast.photo(s, x, y, t, t, small(rng, 18, min(70, t * 0.35)))
                else:
                    cast.thing(s, x, y, t, t)
                if rng.random() < 0.15:
                    heart(img, (x + 24, y + t - 24), 12, WHITE)
                if rng.random() < 0.12:  # a video
                    duration(img, rng, x + t - 8, y + t - 8)
                if selecting:
                    cc = (x + t - 28, y + 28)
                    if rng.random() < 0.35:
                        cv2.rectangle(img, (x + 3, y + 3), (x + t - 4, y + t - 4), s.accent, 6)
                        badge(img, cc, 17, s.accent, "check", WHITE)
                    else:
                        cv2.circle(img, cc, 17, WHITE, 3, cv2.LINE_AA)
            y += t + gap
    nav_bar(s)
    return s.finish()


def video_editor(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video editor: the preview (a 9:16 or 16:9 clip, faces 60-400 px, crop brackets on some),
    the time, a timeline of frame strips (faces 18-60 px) with the selected clip's handles, the
    playhead crossing them, an audio waveform, a toolbar."""
    s = new_screen(rng, name, cast.kind("editor"), ("dark",))
    img = s.img
    cv2.line(img, (30, STATUS_H + 30), (60, STATUS_H + 60), WHITE, 4)
    cv2.line(img, (30, STATUS_H + 60), (60, STATUS_H + 30), WHITE, 4)
    pill(img, W - 220, STATUS_H + 20, 180, 56, s.accent)
    s.words(rng, W - 190, STATUS_H + 58, 0.6, 1, WHITE)
    py, area = STATUS_H + 110, rng.randrange(880, 1100)
    if rng.random() < 0.5:
        vw, vh = round(area * 9 / 16), area
    else:
        vw, vh = W - 8, round((W - 8) * 9 / 16)
    vx, vy = (W - 8 - vw) // 2, py + (area - vh) // 2
    cast.photo(s, vx, vy, vw, vh, small(rng, 60, 400))
    if rng.random() < 0.4:  # crop brackets
        for cx, dx in ((vx, 1), (vx + vw, -1)):
            for cy, dy in ((vy, 1), (vy + vh, -1)):
                cv2.line(img, (cx, cy), (cx + 60 * dx, cy), WHITE, 6)
                cv2.line(img, (cx, cy), (cx, cy + 60 * dy), WHITE, 6)
    y = py + area + 30
    tri = np.array([[W // 2 - 16, y], [W // 2 - 16, y + 40], [W // 2 + 18, y + 20]], np.int32)
    cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
    s.words(rng, 30, y + 30, 0.55, 1, GREY)
    y += 80
    fh = rng.randrange(90, 130)
    fw = round(fh * rng.choice((0.6, 1.0, 1.78)))
    for track in range(rng.choice((1, 2, 2))):
        x = rng.randrange(-fw, (W - 8) // 2)
        start = x
        while x < W - 8:
            cast.photo(s, x, y, fw, fh, small(rng, 18, min(60, fh * 0.6)))
            x += fw
        if track == 0:  # the selected clip: a frame with handles
            cv2.rectangle(img, (start, y - 4), (W + 20, y + fh + 3), GOLD, 4)
            cv2.rectangle(img, (start - 24, y - 4), (start, y + fh + 3), GOLD, -1)
        y += fh + 16
    wave = y + 40
    for x in range(30, W - 40, 10):  # the audio
        a = rng.randrange(4, 36)
        cv2.line(img, (x, wave - a), (x, wave + a), tone(s.accent, -40), 5)
    y += 100
    mid = (W - 8) // 2 + rng.randrange(-100, 101)
    cv2.line(img, (mid, py + area + 100), (mid, y - 10), WHITE, 4)
    cv2.circle(img, (mid, py + area + 100), 10, WHITE, -1, cv2.LINE_AA)
    for k in range(6):  # the toolbar
        cx = 90 + k * 180
        cv2.rectangle(img, (cx - 22, H - NAV_H - 130), (cx + 22, H - NAV_H - 86), (200, 200, 200), 3)
        s.words(rng, cx - 44, H - NAV_H - 40, 0.45, 1, (200, 200, 200))
    return s.finish()


def gif_keyboard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A GIF keyboard under a chat: the chat's header avatar and last messages (18-26 px avatars),
    a GIF already sent, then a panel of tabs, chips and a 2-3 column masonry of GIFs (faces 18-110
    px) with meme captions in outlined capitals over the top or the bottom of some, cut at the
    navigation bar."""
    s = new_screen(rng, name, cast.kind("gif"), ("light", "dark", "tinted"))
    img = s.img
    bar = tone(s.bg, -20) if sum(s.bg) > 200 else (45, 45, 50)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 100), bar, -1)
    fp, side = _size(rng, 22, 34, (1.1, 1.3))
    cast.avatar(s, 80, STATUS_H + 50 - side // 2, fp, side, rng.choice(("circle", "squircle")))
    s.words(rng, 100 + side, STATUS_H + 60, 0.8, 1)
    panel = H - NAV_H - rng.randrange(860, 1020)
    bubble = tone(s.bg, 32 if sum(s.bg) < 384 else -26)
    y = STATUS_H + 130
    if rng.random() < 0.5:  # a GIF sent earlier
        gw = rng.randrange(300, 440)
        gh = min(round(gw * rng.uniform(0.6, 1.0)), panel - 200 - y)
        cast.photo(s, W - 40 - gw, y, gw, gh, small(rng, 24, 140), rounded_rect(gh, gw, 18))
        caption(img, shout(rng), W - 30 - gw, y + gh - 20, 0.9)
        y += gh + 20
    while y < panel - 220:
        y = H4._message(cast, s, rng, y, bubble)
    cv2.rectangle(img, (0, panel - 100), (W, H - NAV_H), tone(bar, -8), -1)
    pill(img, 20, panel - 86, W - 160, 70, bubble)
    s.words(rng, 50, panel - 40, 0.6, 2, GREY)
    for k in range(3):  # GIFs, stickers, emoji
        s.words(rng, 40 + k * 200, panel + 40, 0.65, 1, s.accent if k == 0 else s.fg)
    x = 24
    for _ in range(rng.randrange(3, 7)):  # categories
        w = rng.randrange(120, 220)
        pill(img, x, panel + 70, w, 50, bubble)
        s.words(rng, x + 20, panel + 104, 0.5, 1)
        x += w + 12
    cols = rng.choice((2, 2, 3))
    cw = (W - 8 - 16 * (cols + 1)) // cols
    for c in range(cols):
        x, y = 16 + c * (cw + 16), panel + 140 + rng.randrange(0, 60)
        while y < H - NAV_H:
            gh = rng.randrange(round(cw * 0.5), round(cw * 1.2))
            cast.photo(s, x, y, cw, gh, small(rng, 18, min(110, gh * 0.5)), rounded_rect(gh, cw, 10))
            if rng.random() < 0.45:
                caption(img, shout(rng), x + 10, y + (40 if rng.random() < 0.5 else gh - 14), cw / 420)
            y += gh + 12
    nav_bar(s)
    return s.finish()


def pillarbox(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pillar-boxed capture: another screen of this set scaled to 0.78-0.92 (its status and
    navigation bars cut off) in the middle of the app area, black margins either side and under it."""
    s = Screen.new(rng, name, cast.kind("pillarbox"), "dark")
    s.img[STATUS_H : H - NAV_H] = 0
    scale = rng.uniform(0.78, 0.92)
    piece, faces = H4.miniature(cast, rng, scale, INNER)
    top, bottom = round(STATUS_H * scale), round((H - NAV_H) * scale)
    piece, faces = _cut(piece, faces, 0, top, piece.shape[1], bottom - top)
    s.paste(piece, faces, (W - 8 - piece.shape[1]) // 2, STATUS_H, min_visible=0.5)
    return s.finish()


def dialog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dialog over another screen of this set (full size, under a 30-60 % scrim): a card with a
    40-90 px face avatar (a friend request, a removal) or a photo (faces 18-80 px) to confirm, a
    title, text, two buttons."""
    s = Screen.new(rng, name, cast.kind("dialog"), "dark")
    piece, faces = H4.miniature(cast, rng, 1.0, INNER)
    s.paste(piece, faces, 0, 0, min_visible=0.5)
    scrim(s, (0, 0, W - 8, H), rng.uniform(0.3, 0.6))
    light = rng.random() < 0.6
    card, ink = ((250, 250, 250), (20, 20, 20)) if light else ((48, 48, 52), (230, 230, 230))
    cw = rng.randrange(760, 960)
    fp, side = _size(rng, 40, small(rng, 44, 90), (1.15, 1.3))
    with_photo = rng.random() < 0.4
    pw, ph = (cw - 80, rng.randrange(200, 300)) if with_photo else (side, side)
    ch = ph + 300
    x, y = (W - 8 - cw) // 2, (H - ch) // 2 + rng.randrange(-200, 200)
    fill(s.img, rounded_rect(ch, cw, 36), x, y, card)
    if with_photo:
        cast.photo(s, x + 40, y + 40, pw, ph, small(rng, 18, 80), rounded_rect(ph, pw, 16))
    else:
        cast.avatar(s, x + (cw - side) // 2, y + 40, fp, side, rng.choice(("circle", "circle", "squircle")))
    ty = y + ph + 100
    s.words(rng, x + 40, ty, 0.9, 3, ink)
    for k in range(2):
        s.words(rng, x + 40, ty + 44 + k * 32, 0.55, rng.randrange(3, 8), GREY)
    for k in range(2):
        s.words(rng, x + cw - 200 - k * 220, y + ch - 50, 0.65, 1, s.accent)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
# what a pillar-boxed capture shows, scaled down (not itself)
INNER: tuple[Layout, ...] = (
    group_info, place_page, wiki_bio, story_viewer, share_sheet, library, video_editor, gif_keyboard,
)  # fmt: skip
FACE_LAYOUTS: tuple[Layout, ...] = (
    group_info, group_info, place_page, place_page, wiki_bio, story_viewer, share_sheet, place_page,
    library, library, video_editor, gif_keyboard, gif_keyboard, pillarbox, pillarbox, video_editor,
    dialog,
)  # fmt: skip
FREE_LAYOUTS: tuple[Layout, ...] = (
    group_info, place_page, wiki_bio, story_viewer, share_sheet, library, library, video_editor,
    gif_keyboard, pillarbox, place_page, dialog,
)  # fmt: skip


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT5_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """``reps`` rounds of every layout (17 screens with faces, 12 face-free each), lifted like the
    other composites (darkest pixel 40); two_people.jpg left out as in heldout3."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h5", photos, free, seed, reps)
