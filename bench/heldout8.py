"""Held-out screens, eighth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Everything earlier (heldout.py to heldout7.py) has been scored and read, so it is seen data now.
This set was written without running any face detector on its screens and without reading the
detector's code. Its people come only from the held-out face photos (``composites.HELDOUT``, less
two_people.jpg whose people appear in tuning photos), its things from heldout2's face-free photos
(``FREE_HELDOUT2``), its randomness from ``HELDOUT8_SEED``. heldout2's ``Screen`` settles each
pasted face on what the finished screen shows (drawing over a face takes those pixels away; a face
left with under half is not counted); heldout6's ``Cast`` fills the people's places (on face-free
screens with pets, objects, textures and initials) and counts a face cut by an edge once half of
its box is inside.

Its weight is on small faces (18-40 px, continuous, most sizes skewed towards the small end), with
some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws (sets 2-7 already
draw an inbox, a forum, lock-screen notifications, a dating card and profile, a news reader, a video
call, a class roster, a video watch page, a shop page, streaming and more: see their docstrings):
- a dating app's likes page: new matches in story rings (faces 26-48 px) cut by the edge, a
  3-column grid of likes (faces 28-90 px) blurred on most (the faces stay counted, softened), a
  scrim, a name and a heart over each tile's foot, then the messages list (26-40 px faces, unread
  dots);
- a travel app's boarding pass: a destination photo (faces 18-60 px, or a scene) under a gradient,
  the pass (a band with a drawn airline logo, airport codes, the passenger's 28-52 px face in a
  rounded square, the others on the booking as a stack of 18-24 px faces, fields, notches and a
  dashed tear line, a QR code), co-travellers (24-36 px faces, seat chips), the next pass peeking
  under the navigation bar;
- a news live blog: a LIVE tag, a headline, a "reporting by" stack of 20-28 px faces, the lead
  photo (faces 24-220 px) with a caption, then
  timed entries with reporters' 20-30 px bylines, embedded social posts (22-32 px avatars with a
  verified tick over their lower right, a photo of people on some) and key-event markers;
- a Q&A site's answer page: the question, a "followed by" stack of 18-24 px faces, then answers:
  the author's 24-38 px face, credentials, text, a photo on some, an upvote pill, an "upvoted by"
  stack of 18-22 px faces, a comment with an 18-24 px face;
- a TV app's "who's watching" picker: 3-column profile tiles (faces 50-150 px in rounded squares),
  a kids' profile as a drawn cartoon and an "add" tile (face-free distractors beside the faces), one
  tile framed, then the household's members (24-36 px faces) with their devices and a "watching now"
  row (an 18-26 px face, a progress bar);
- a sports broadcast in a streaming app: the stands (a mosaic of crowd photos, faces 18-36 px,
  softened on some) above the pitch, a gradient, a score bug, a lower third with the scorer's
  headshot (faces 44-100 px) on a team colour, a line-up strip of 22-34 px headshots with shirt
  numbers, live reactions;
- a screen recording of a video call in picture-in-picture over a chat list (26-40 px faces): the
  floating window (the speaker, faces 40-150 px, or four tiles of 20-60 px faces, a self view of
  18-34 px) with its controls over its foot, a red recording chip in the status bar; chat avatars
  under the window count while half of their box shows;
- a recipe: the hero (a dish, or the cook with faces 40-200 px) under a gradient, the chef's 28-40
  px face with a chef's badge over its corner, chips, a "cooked it" row of round snaps (faces 18-44
  px) cut by the edge, ingredients, steps with photos of hands and people (faces 20-80 px), reviews
  with 20-30 px faces and "I made it" thumbnails (faces 18-40 px);
- a job board: search, filter chips, job cards with drawn company logos (face-free distractors),
  the recruiter's 20-30 px face with the company's logo over its lower right, "people you know work
  here" stacks of 18-24 px faces, salary chips, a promoted tag;
- a phone's notification shade: quick settings tiles, a brightness slider, a media player with the
  artist's photo (faces 30-80 px), then grouped notifications: 30-44 px faces with an app icon over
  their lower right (a group's two people, one over the other's corner, on some), and stacks whose
  cards behind the front one show only a strip (their faces count while half of their box shows), a
  "clear all" pill.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Translucent scrims, gradients and blur leave the faces under them counted,
darker or softer. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,132 faces (823 under 32 px, 238 of 32-63, 63 of 64-127,
8 larger; 956 under 40 px) and 52 face-free screens (the same layouts with pets, objects, textures
and initials in the people's places); ``reps=1`` a quarter (18 screens with 280 faces: 177, 84, 18
and 1 by size, 225 under 40 px; 13 face-free). Every layout but the broadcast and the job board is
drawn twice a round. Counted by running the generator alone (``faces_bench.py --only heldout8
--count-only``, with ``--quick`` for one rep; no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout6 as H6
import heldout7 as H7
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import new_screen, pill, small, stars
from heldout6 import off, outlined, qr, stepped, tab_bar
from heldout7 import header

HELDOUT8_SEED = 8383

BLUE: Colour = (235, 150, 40)
PINK: Colour = (140, 70, 240)


@dataclass
class Cast(H6.Cast):
    """heldout6's cast (half of a face's box showing counts it), its screens marked h8-."""

    def scene(self, s: Screen, x: int, y: int, w: int, h: int, fp: float, people: bool,
              m: np.ndarray | None = None) -> None:  # fmt: skip
        """A photo of people (faces ``fp`` px) when ``people``, else a thing (a view, a dish)."""
        if people:
            self.photo(s, x, y, w, h, fp, m)
        else:
            self.thing(s, x, y, w, h, m)

    def kind(self, layout: str) -> str:
        return f"h8-{layout}" if self.photos else f"h8-noface-{layout}"


def softened(s: Screen, rect: tuple[int, int, int, int], n: int, sigma: float) -> None:
    """Blur ``rect`` (a locked like, a video's backdrop): the faces pasted since the ``n``-th stay
    counted, their pixels taken as they look now."""
    x1, y1, x2, y2 = rect
    s.img[y1:y2, x1:x2] = cv2.GaussianBlur(s.img[y1:y2, x1:x2], (0, 0), sigma)
    for t in s.tracks[n:]:
        a, b, c, d = t.rect
        t.snap = s.img[b:d, a:c].copy()


def logo(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A company's or an airline's drawn logo on a rounded square: rings, a letter, a wedge, stripes
    or a sun (face-free, round things where faces would be)."""
    back = random_colour(rng, 40, 230)
    fill(img, rounded_rect(side, side, max(3, side // 5)), x, y, back)
    c, r, ink = (x + side // 2, y + side // 2), side // 3, WHITE if sum(back) < 420 else (30, 30, 30)
    kind = rng.randrange(5)
    if kind == 0:
        cv2.circle(img, c, r, ink, max(2, side // 10), cv2.LINE_AA)
        cv2.circle(img, c, r // 3, ink, -1, cv2.LINE_AA)
    elif kind == 1:
        letter = rng.choice("ABDEGHKMNRSTVWZ")
        cv2.putText(img, letter, (x + side // 4, y + side * 3 // 4), cv2.FONT_HERSHEY_DUPLEX, side / 48, ink,
                    max(1, side // 18), cv2.LINE_AA)  # fmt: skip
    elif kind == 2:
        tri = np.array([[c[0] - r, c[1] + r], [c[0] + r, c[1] + r], [c[0], c[1] - r]], np.int32)
        cv2.fillPoly(img, [tri], ink, cv2.LINE_AA)
    elif kind == 3:
        for k in range(3):
            yy = c[1] - r + k * r
            cv2.line(img, (c[0] - r, yy), (c[0] + r, yy + r // 2), ink, max(2, side // 12), cv2.LINE_AA)
    else:
        cv2.circle(img, c, r // 2, ink, -1, cv2.LINE_AA)
        for k in range(8):  # rays
            dx, dy = np.cos(k * np.pi / 4) * r, np.sin(k * np.pi / 4) * r
            inner = (round(c[0] + 0.7 * dx), round(c[1] + 0.7 * dy))
            cv2.line(img, inner, (round(c[0] + dx), round(c[1] + dy)), ink, max(1, side // 20))


def cartoon(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A kids' profile picture: a drawn critter's face (ears, eyes, a snout) on a bright square."""
    fill(img, rounded_rect(side, side, side // 8), x, y, random_colour(rng, 120, 250))
    c, r = (x + side // 2, y + side * 11 // 20), side * 3 // 10
    skin = random_colour(rng, 60, 200)
    for d in (-1, 1):
        cv2.circle(img, (c[0] + d * r * 3 // 4, c[1] - r * 3 // 4), r // 3, skin, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, skin, -1, cv2.LINE_AA)
    for d in (-1, 1):
        eye = (c[0] + d * r // 3, c[1] - r // 5)
        cv2.circle(img, eye, r // 5, WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, eye, r // 9, (20, 20, 20), -1, cv2.LINE_AA)
    cv2.ellipse(img, (c[0], c[1] + r // 3), (r // 3, r // 5), 0, 0, 360, tone(skin, 50), -1, cv2.LINE_AA)
    cv2.circle(img, (c[0], c[1] + r // 4), r // 10, (30, 30, 30), -1, cv2.LINE_AA)


def chat_rows(cast: Cast, s: Screen, rng: random.Random, y: int, bottom: int, lo: float, hi: float) -> int:
    """A messages list down to ``bottom``: ``lo``-``hi`` px faces (initials on some), names, the
    last message, the time, unread dots; returns the y under it."""
    shape = rng.choice(("circle", "circle", "squircle", "ring"))
    while y < bottom:
        fp, side = _size(rng, lo, small(rng, lo + 2, hi), (1.1, 1.3))
        cast.person(s, 30, y, fp, side, shape)
        s.words(rng, 56 + side, y + side // 2 - 4, 0.65, 2)
        s.words(rng, 56 + side, y + side // 2 + 28, 0.5, rng.randrange(3, 6), GREY)
        s.words(rng, W - 150, y + side // 2 - 4, 0.45, 1, GREY)
        if rng.random() < 0.3:
            cv2.circle(s.img, (W - 60, y + side // 2 + 20), 11, s.accent, -1, cv2.LINE_AA)
        y += max(side, 64) + 34
    return y


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def likes(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's likes page: the title and an upgrade pill, new matches in story rings (faces
    26-48 px) cut by the right edge (the first a gold "N likes" tile), tabs, a 3-column grid of likes
    (3:4 tiles, faces 28-90 px) blurred on most (the faces stay counted, softened) with a scrim,
    a name and a heart over each tile's foot, then the messages list (26-40 px faces)."""
    s = new_screen(rng, name, cast.kind("likes"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 70, 1.1, 1, PINK)
    pill(img, W - 260, STATUS_H + 30, 220, 56, GOLD)
    s.words(rng, W - 236, STATUS_H + 68, 0.55, 1, (20, 20, 20))
    y = STATUS_H + 130
    s.words(rng, 30, y, 0.7, 2)
    y += 26
    fp, side = _size(rng, 26, small(rng, 30, 48), (1.15, 1.3))
    fill(img, rounded_rect(side + 40, side + 8, 16), 26, y, GOLD)
    likes_n = str(rng.randrange(3, 99))
    cv2.putText(img, likes_n, (40, y + side // 2 + 24), cv2.FONT_HERSHEY_DUPLEX, 1.2, WHITE, 2, cv2.LINE_AA)
    x = side + 70
    while x < W:
        cast.avatar(s, x, y + 6, fp * rng.uniform(0.9, 1.05), side, "ring")
        s.words(rng, x, y + side + 44, 0.45, 1)
        x += side + 34
    y += side + 80
    for k in range(2):  # likes, top picks
        s.words(rng, 80 + k * 520, y, 0.65, 1, PINK if k == 0 else GREY)
    cv2.line(img, (0, y + 20), (W - 8, y + 20), off(page, 25), 2)
    cv2.line(img, (40, y + 20), (480, y + 20), PINK, 5)
    y += 44
    gap = 14
    tw = (W - 8 - 48 - 2 * gap) // 3
    th = tw * 4 // 3
    rows = rng.choice((1, 2, 2))
    for r in range(rows):
        for c in range(3):
            x = 24 + c * (tw + gap)
            n = len(s.comp.faces)
            cast.photo(s, x, y, tw, th, small(rng, 28, min(90, tw * 0.32)), rounded_rect(th, tw, 18))
            if r + c > 0 and rng.random() < 0.8:  # locked: blurred
                softened(s, (x, y, x + tw, y + th), n, rng.uniform(1.2, 2.6))
            stepped(s, (x, y + th * 2 // 3, x + tw, y + th), 0.0, 0.6, 8)
            s.words(rng, x + 16, y + th - 24, 0.6, 1, WHITE)
            heart(img, (x + tw - 36, y + th - 34), 14, PINK)
        y += th + gap
    y += 40
    s.words(rng, 30, y, 0.75, 1)
    chat_rows(cast, s, rng, y + 30, H - NAV_H - 80, 26, 40)
    H5.nav_bar(s)
    return s.finish()


def boarding(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A travel app's boarding pass: a destination photo (people at a landmark, faces 18-60 px, or a
    scene) under a gradient with the trip's name, the pass (an accent band with a drawn airline logo,
    airport codes and a plane line, the passenger's 28-52 px face in a rounded square, on most a
    stack of the booking's others with 18-24 px faces, fields, notches and a dashed tear line, a QR
    code), co-travellers (24-36 px faces, seat chips), the
    next pass peeking under the navigation bar."""
    s = new_screen(rng, name, cast.kind("boarding"), ("light", "dark", "tinted"))
    img, page = s.img, s.bg
    bh = rng.randrange(300, 420)
    cast.scene(s, 0, STATUS_H, W - 8, bh, small(rng, 18, 60), rng.random() < 0.65)
    stepped(s, (0, STATUS_H + bh // 3, W - 8, STATUS_H + bh), 0.0, 0.75, 12)
    header(s, rng, WHITE, 1)
    s.words(rng, 30, STATUS_H + bh - 40, 1.1, 2, WHITE)
    y = STATUS_H + bh + 30

    def boarding_pass(y: int, card: Colour) -> int:
        ph = 760
        fill(img, rounded_rect(ph, W - 56, 30), 24, y, card)
        band = s.accent
        fill(img, rounded_rect(150, W - 56, 30), 24, y, band)
        cv2.rectangle(img, (24, y + 120), (W - 33, y + 150), band, -1)
        logo(img, rng, 50, y + 30, 70)
        s.words(rng, 140, y + 78, 0.7, 1, WHITE)
        s.words(rng, W - 300, y + 78, 0.6, 1, WHITE)
        ink = WHITE if sum(card) < 384 else (30, 30, 30)
        codes = ["".join(rng.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)) for _ in range(2)]
        for k, code in enumerate(codes):
            cv2.putText(img, code, (60 + k * 680, y + 250), cv2.FONT_HERSHEY_DUPLEX, 2.0, ink, 3, cv2.LINE_AA)
        cv2.line(img, (290, y + 230), (720, y + 230), GREY, 2)
        cv2.circle(img, (505, y + 230), 14, s.accent, -1, cv2.LINE_AA)
        fp, side = _size(rng, 28, small(rng, 30, 52), (1.25, 1.45))
        cast.avatar(s, 60, y + 300, fp, side, rng.choice(("rounded", "square", "squircle")))
        s.words(rng, 90 + side, y + 300 + side // 2, 0.75, 2, ink)
        s.words(rng, 90 + side, y + 330 + side // 2, 0.45, 2, GREY)
        if rng.random() < 0.6:  # the others on this booking
            fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
            cast.stack(s, W - 100 - 3 * sd, y + 300 + side // 2 - sd // 2, rng.randrange(2, 4), fp, sd,
                       round(sd * 0.7), card)  # fmt: skip
        fy = y + 330 + max(side, 60)
        for k in range(4):  # gate, boards, seat, group
            s.words(rng, 60 + k * 250, fy + 20, 0.45, 1, GREY)
            at = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
            text = at if k == 1 else f"{rng.choice('ABCDEF')}{rng.randrange(1, 60)}"
            cv2.putText(img, text, (60 + k * 250, fy + 64), cv2.FONT_HERSHEY_DUPLEX, 1.0, ink, 2, cv2.LINE_AA)
        ty = fy + 110
        for cx in (24, W - 32):  # the notches
            cv2.circle(img, (cx, ty), 22, page, -1, cv2.LINE_AA)
        for x in range(60, W - 60, 30):
            cv2.line(img, (x, ty), (x + 14, ty), GREY, 2)
        side = min(200, y + ph - ty - 50)
        if side > 60:
            qr(img, rng, (W - 8) // 2 - side // 2, ty + 30, side)
        return y + ph

    card = off(page, 14) if sum(page) < 384 else WHITE
    y = boarding_pass(y, card) + 50
    s.words(rng, 30, y, 0.8, 2)
    y += 30
    for _ in range(rng.randrange(2, 5)):  # travelling with
        fp, side = _size(rng, 24, small(rng, 26, 36), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "border")))
        s.words(rng, 56 + side, y + side // 2 + 8, 0.6, 2)
        pill(img, W - 200, y + side // 2 - 24, 150, 48, off(page, 30))
        s.words(rng, W - 176, y + side // 2 + 8, 0.5, 1, s.accent)
        y += max(side, 56) + 26
    if y < H - NAV_H - 200:
        boarding_pass(y + 20, card)
    H5.nav_bar(s)
    return s.finish()


def live_blog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news site's live blog: the masthead, a LIVE tag, a headline, a "reporting by" stack of 20-28
    px faces, the lead photo (faces 24-220 px, on most) with its caption, then timed entries down a
    red timeline: reporters' 20-30 px bylines, text, embedded social posts (a bordered card, a 22-32
    px avatar with a blue verified tick over its lower right, a handle, text, a photo of people on
    some, counts) and key-event markers."""
    s = new_screen(rng, name, cast.kind("liveblog"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    s.words(rng, W // 2 - 140, STATUS_H + 64, 1.1, 1)
    cv2.line(img, (0, STATUS_H + 96), (W - 8, STATUS_H + 96), off(page, 30), 2)
    y = STATUS_H + 130
    pill(img, 30, y, 110, 42, RED)
    cv2.circle(img, (56, y + 21), 7, WHITE, -1, cv2.LINE_AA)
    s.words(rng, 72, y + 31, 0.55, 1, WHITE)
    y = _text_lines(s, rng, 30, y + 100, rng.randrange(2, 4), 0.95) + 10
    fp, side = _size(rng, 20, 28, (1.05, 1.2))  # reporting by
    end = cast.stack(s, 30, y, rng.randrange(3, 7), fp, side, round(side * 0.72), page)
    s.words(rng, end + 14, y + side // 2 + 8, 0.5, 4, GREY)
    y += side + 30
    if rng.random() < 0.8:
        ph = rng.randrange(420, 620)
        cast.photo(s, 0, y, W - 8, ph, small(rng, 24, 220))
        y += ph + 40
        s.words(rng, 30, y, 0.45, 6, GREY)
        y += 40
    while y < H - NAV_H - 160:
        cv2.line(img, (40, y), (40, min(H, y + 260)), RED, 3)
        cv2.circle(img, (40, y), 10, RED, -1, cv2.LINE_AA)
        s.words(rng, 70, y + 10, 0.55, 1, RED)
        y += 50
        if rng.random() < 0.2:  # a key event
            pill(img, 70, y, 200, 40, tone(GOLD, -20))
            s.words(rng, 86, y + 28, 0.5, 1, (20, 20, 20))
            y += 60
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.avatar(s, 70, y, fp, side, "circle")
        s.words(rng, 86 + side, y + side // 2 + 8, 0.5, 2, GREY)
        y = _text_lines(s, rng, 70, y + side + 40, rng.randrange(2, 5), 0.6) + 10
        if rng.random() < 0.55 and y < H - NAV_H - 300:  # an embedded post
            inside = off(page, 8)
            top = y
            fill(img, rounded_rect(200, W - 110, 20), 70, y, off(page, 40))
            fill(img, rounded_rect(196, W - 114, 18), 72, y + 2, inside)
            fp, side = _size(rng, 22, small(rng, 24, 32), (1.05, 1.2))
            cast.avatar(s, 96, y + 24, fp, side, rng.choice(("circle", "circle", "rounded")))
            r = max(7, side // 5)
            badge(img, (96 + side - r // 2, y + 24 + side - r // 2), r, BLUE, "check", inside)
            s.words(rng, 116 + side, y + 24 + side // 2, 0.55, 2)
            yy = _text_lines(s, rng, 96, y + side + 64, 2, 0.5)
            if rng.random() < 0.5 and yy < H - NAV_H - 420:
                pw, ph = W - 170, rng.randrange(280, 400)
                cast.photo(s, 96, yy, pw, ph, small(rng, 20, 110), rounded_rect(ph, pw, 14))
                yy += ph + 10
            for k in range(3):  # replies, reposts, likes
                cv2.circle(img, (110 + k * 200, yy + 24), 10, GREY, 2, cv2.LINE_AA)
                s.words(rng, 130 + k * 200, yy + 32, 0.45, 1, GREY)
            h = yy + 60 - top
            cv2.rectangle(img, (72, top + 180), (W - 42, top + h - 20), inside, -1)
            cv2.line(img, (71, top + 180), (71, top + h - 20), off(page, 40), 2)
            cv2.line(img, (W - 41, top + 180), (W - 41, top + h - 20), off(page, 40), 2)
            fill(img, rounded_rect(20, W - 110, 10), 70, top + h - 20, off(page, 40))
            cv2.rectangle(img, (72, top + h - 24), (W - 42, top + h - 4), inside, -1)
            y = top + h + 30
        y += 30
    H5.nav_bar(s)
    return s.finish()


def answers(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A Q&A site's answer page: a search bar, a topic chip, the question, a "followed by" stack of
    18-24 px faces, answer and follow buttons, then answers: the author's 24-38 px face (squircle or
    circle), name and credential, text, a photo (faces 20-100 px, or a thing) on some, an upvote
    pill with a count, a downvote, an "upvoted by" stack of 18-22 px faces, a comment with an
    18-24 px face."""
    s = new_screen(rng, name, cast.kind("answers"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    pill(img, 24, STATUS_H + 20, W - 56, 70, off(page, 18))
    s.words(rng, 80, STATUS_H + 64, 0.6, 2, GREY)
    y = STATUS_H + 130
    pill(img, 30, y, 200, 44, off(page, 30))
    s.words(rng, 50, y + 30, 0.5, 1, s.accent)
    y = _text_lines(s, rng, 30, y + 100, rng.randrange(1, 3), 1.0) + 10
    fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
    end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.7), page)
    s.words(rng, end + 14, y + side // 2 + 8, 0.5, 4, GREY)
    y += side + 30
    pill(img, 30, y, 260, 64, s.accent)
    s.words(rng, 70, y + 42, 0.6, 1, WHITE)
    outlined(img, 310, y, 220, 64, GREY, page)
    s.words(rng, 350, y + 42, 0.6, 1)
    y += 100
    while y < H - NAV_H - 220:
        cv2.line(img, (0, y), (W - 8, y), off(page, 22), 12)
        y += 34
        fp, side = _size(rng, 24, small(rng, 26, 38), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "squircle", "border")))
        s.words(rng, 50 + side, y + side // 2 - 4, 0.6, 2)
        s.words(rng, 50 + side, y + side // 2 + 24, 0.45, 5, GREY)
        y = _text_lines(s, rng, 30, y + side + 40, rng.randrange(3, 7), 0.58) + 10
        if rng.random() < 0.35 and y < H - NAV_H - 500:
            pw, ph = W - 68, rng.randrange(300, 460)
            cast.photo(s, 30, y, pw, ph, small(rng, 20, 100), rounded_rect(ph, pw, 12))
            y += ph + 20
        pill(img, 30, y, 230, 60, off(page, 24))
        tip = np.array([[60, y + 42], [84, y + 42], [72, y + 18]], np.int32)
        cv2.fillPoly(img, [tip], s.accent, cv2.LINE_AA)
        cv2.putText(img, f"{rng.randrange(2, 999)}", (100, y + 42), cv2.FONT_HERSHEY_SIMPLEX, 0.6, s.fg, 2)
        cv2.line(img, (200, y + 8), (200, y + 52), off(page, 50), 2)
        tip = np.array([[204, y + 20], [226, y + 20], [215, y + 40]], np.int32)
        cv2.fillPoly(img, [tip], GREY, cv2.LINE_AA)
        fp, side = _size(rng, 18.3, 22, (1.05, 1.15))
        end = cast.stack(s, 290, y + 30 - side // 2, rng.randrange(2, 4), fp, side, round(side * 0.72), page)
        s.words(rng, end + 12, y + 38, 0.45, 2, GREY)
        y += 90
        if rng.random() < 0.5 and y < H - NAV_H - 160:
            fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
            cast.person(s, 60, y, fp, side, "circle")
            s.words(rng, 76 + side, y + side // 2 + 6, 0.5, rng.randrange(3, 7))
            y += side + 30
    H5.nav_bar(s)
    return s.finish()


def profiles(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A TV app's "who's watching" picker: the logo, the question, 3-column profile tiles (faces
    50-150 px in rounded squares) with names under them, a kids' profile as a drawn cartoon, an
    "add profile" tile, one tile framed as selected, a "manage" pill; then the household: members
    with 24-36 px faces and device glyphs, a "watching now" row (an 18-26 px face, a title, a
    progress bar)."""
    s = new_screen(rng, name, cast.kind("profiles"), ("dark", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 70, 1.0, 1, RED)
    cv2.rectangle(img, (W - 90, STATUS_H + 36), (W - 50, STATUS_H + 72), s.fg, 3)
    s.words(rng, W // 2 - 200, STATUS_H + 190, 1.2, 2)
    gap = 40
    tw = (W - 8 - 120 - 2 * gap) // 3
    n = rng.randrange(4, 7)
    kids = rng.randrange(1, n) if rng.random() < 0.75 else -1
    chosen = rng.randrange(n)
    y = STATUS_H + 260
    shape = rng.choice(("rounded", "rounded", "square", "squircle"))
    for k in range(n + 1):
        x, ty = 60 + (k % 3) * (tw + gap), y + (k // 3) * (tw + 90)
        if k == n:  # add a profile
            outlined(img, x, ty, tw, tw, off(page, 60), page)
            cv2.line(img, (x + tw // 2, ty + tw // 3), (x + tw // 2, ty + tw * 2 // 3), off(page, 80), 8)
            cv2.line(img, (x + tw // 3, ty + tw // 2), (x + tw * 2 // 3, ty + tw // 2), off(page, 80), 8)
        elif k == kids:
            cartoon(img, rng, x, ty, tw)
        else:
            fp = small(rng, 50, min(150, tw * 0.62))
            cast.avatar(s, x, ty, fp, tw, shape)
        if k == chosen:
            cv2.rectangle(img, (x - 8, ty - 8), (x + tw + 7, ty + tw + 7), WHITE, 5)
        s.words(rng, x + 10, ty + tw + 44, 0.6, 1, s.fg if k == chosen else GREY)
    y += ((n + 1 + 2) // 3) * (tw + 90) + 10
    outlined(img, (W - 8) // 2 - 160, y, 320, 64, GREY, page)
    s.words(rng, (W - 8) // 2 - 100, y + 42, 0.6, 1, GREY)
    y += 130
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    while y < H - NAV_H - 260:
        fp, side = _size(rng, 24, small(rng, 26, 36), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "rounded")))
        s.words(rng, 56 + side, y + side // 2 + 8, 0.6, 2)
        for k in range(rng.randrange(1, 4)):  # devices
            dx, dy = W - 100 - k * 70, y + side // 2
            cv2.rectangle(img, (dx, dy - 16), (dx + 40, dy + 12), GREY, 2)
        y += max(side, 56) + 28
    fill(img, rounded_rect(150, W - 56, 20), 24, y, off(page, 18))
    fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
    cast.avatar(s, 48, y + 24, fp, side, "circle")
    s.words(rng, 70 + side, y + 24 + side // 2 + 6, 0.55, 4)
    pill(img, 48, y + 110, W - 104, 12, off(page, 50))
    pill(img, 48, y + 110, rng.randrange(60, W - 104), 12, RED)
    H5.nav_bar(s)
    return s.finish()


def broadcast(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports broadcast in a streaming app, full height: the stands (a mosaic of crowd photos,
    faces 18-36 px, softened on some) above hoardings and a striped pitch, a gradient darkening the
    lower half, a score bug (team
    colours, the score, the clock), a LIVE chip and viewers, a lower third with the scorer's
    headshot (faces 44-100 px) on the team colour and stats bars, a line-up strip of 22-34 px
    headshots with shirt numbers, live reactions and a comment field."""
    s = new_screen(rng, name, cast.kind("broadcast"), ("dark",))
    img = s.img
    top, bottom = STATUS_H, H - NAV_H
    n = len(s.comp.faces)
    stands = top + rng.randrange(340, 600)
    y = top
    while y < stands:  # the stands
        rh = min(rng.randrange(150, 260), stands - y)
        x = -rng.randrange(0, 120)
        while x < W - 8:
            tw = rng.randrange(220, 380)
            cast.photo(s, x, y, tw, rh, small(rng, 18.3, 36))
            x += tw
        y += rh
    if rng.random() < 0.4:
        softened(s, (0, top, W - 8, stands), n, rng.uniform(0.6, 1.2))
    cv2.rectangle(img, (0, stands), (W - 8, stands + 24), (40, 40, 44), -1)  # the hoardings
    for k in range(stands + 24, bottom, 110):  # the pitch
        cv2.rectangle(img, (0, k), (W - 8, min(bottom, k + 110)), H7.PITCH[(k // 110) % 2], -1)
    cv2.line(img, (0, stands + 160), (W - 8, stands + 320), (225, 235, 225), 4, cv2.LINE_AA)
    stepped(s, (0, top + (bottom - top) // 2, W - 8, bottom), 0.1, 0.7, 16)
    home, away = random_colour(rng, 40, 230), random_colour(rng, 40, 230)
    bx, by = 24, top + 24
    cv2.rectangle(img, (bx, by), (bx + 520, by + 64), (25, 25, 28), -1)
    for k, team in enumerate((home, away)):
        cv2.rectangle(img, (bx + k * 200, by), (bx + k * 200 + 14, by + 64), team, -1)
        s.words(rng, bx + 24 + k * 200, by + 42, 0.6, 1, WHITE)
        goals = str(rng.randrange(0, 5))
        cv2.putText(img, goals, (bx + 130 + k * 200, by + 44), cv2.FONT_HERSHEY_DUPLEX, 1.0, WHITE, 2)
    cv2.rectangle(img, (bx + 400, by), (bx + 520, by + 64), (60, 60, 64), -1)
    clock = f"{rng.randrange(1, 95)}:{rng.randrange(60):02d}"
    cv2.putText(img, clock, (bx + 412, by + 44), cv2.FONT_HERSHEY_SIMPLEX, 0.8, WHITE, 2, cv2.LINE_AA)
    pill(img, W - 250, by + 10, 100, 44, RED)
    s.words(rng, W - 232, by + 42, 0.55, 1, WHITE)
    s.words(rng, W - 140, by + 42, 0.55, 1, WHITE)
    ly = rng.randrange(top + 700, top + 1000)
    team = rng.choice((home, away))
    fp, side = _size(rng, 44, small(rng, 48, 100), (1.15, 1.4))
    cv2.rectangle(img, (24, ly), (W - 32, ly + side + 40), tone(team, -40), -1)
    cv2.rectangle(img, (24, ly), (40, ly + side + 40), team, -1)
    cast.avatar(s, 60, ly + 20, fp, side, rng.choice(("square", "rounded")))
    s.words(rng, 90 + side, ly + 70, 0.9, 2, WHITE)
    for k in range(3):
        s.words(rng, 90 + side, ly + 120 + k * 40, 0.45, 1, WHITE)
        pill(img, 250 + side, ly + 104 + k * 40, rng.randrange(80, max(120, W - 320 - side)), 16, team)
    y = ly + side + 80
    strip = (20, 20, 24)
    fp, side = _size(rng, 22, small(rng, 24, 34), (1.1, 1.25))
    cv2.rectangle(img, (0, y), (W - 8, y + side + 70), strip, -1)
    x = 24
    while x < W - 8:
        cast.person(s, x, y + 14, fp * rng.uniform(0.9, 1.05), side, "circle")
        number = str(rng.randrange(1, 40))
        cv2.putText(img, number, (x + side // 4, y + side + 50), cv2.FONT_HERSHEY_SIMPLEX, 0.5, WHITE, 1)
        x += side + 24
    for _ in range(rng.randrange(2, 6)):  # reactions floating up
        c = (rng.randrange(W - 220, W - 60), rng.randrange(y + side + 120, bottom - 120))
        heart(img, c, rng.randrange(14, 30), rng.choice((RED, PINK, GOLD)))
    pill(img, 24, bottom - 96, W - 180, 70, (50, 50, 54))
    s.words(rng, 60, bottom - 50, 0.55, 2, GREY)
    H5.nav_bar(s)
    return s.finish()


def pip_recording(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A screen recording of a video call in picture-in-picture over a chat list: the list (26-40 px
    faces) under a floating rounded window with a shadow, the window holding the speaker (faces
    40-150 px) or four tiles (faces 20-60 px) and a self view (faces 18-34 px), its controls over its
    foot (faces under them count while half of their box shows, as do chat avatars under the
    window), a red recording chip over the status bar."""
    s = new_screen(rng, name, cast.kind("pip"), ("light", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 80, 1.1, 1)
    pill(img, 24, STATUS_H + 120, W - 56, 66, off(page, 16))
    chat_rows(cast, s, rng, STATUS_H + 230, H - NAV_H - 90, 26, 40)
    pw = rng.randrange(380, 560)
    ph = round(pw * rng.choice((16 / 9, 4 / 3, 1.5)))
    px = rng.choice((24, W - 32 - pw))
    py = rng.randrange(STATUS_H + 120, H - NAV_H - ph - 40)
    shadow = rounded_rect(ph + 24, pw + 24, 40)
    fill(img, shadow, px - 12, py - 4, tone(page, -40) if sum(page) > 384 else (10, 10, 10))
    fill(img, rounded_rect(ph, pw, 28), px, py, (20, 20, 22))
    m = rounded_rect(ph, pw, 28)
    if rng.random() < 0.6:
        cast.photo(s, px, py, pw, ph, small(rng, 40, min(150, pw * 0.4)), m)
    else:
        for k in range(4):
            tx, ty = px + (k % 2) * (pw // 2), py + (k // 2) * (ph // 2)
            tm = rounded_rect(ph // 2 - 4, pw // 2 - 4, 12)
            cast.photo(s, tx + 2, ty + 2, pw // 2 - 4, ph // 2 - 4, small(rng, 20, min(60, pw * 0.2)), tm)
    sw = pw // 3
    sh = sw * 4 // 3
    sx, sy = px + pw - sw - 16, py + 16
    fill(img, rounded_rect(sh + 6, sw + 6, 14), sx - 3, sy - 3, (20, 20, 22))
    cast.photo(s, sx, sy, sw, sh, small(rng, 18.3, min(34, sw * 0.3)), rounded_rect(sh, sw, 12))
    cy = py + ph - 60
    for k in range(3):  # mute, camera, hang up
        cx = px + pw // 2 + (k - 1) * 96
        cv2.circle(img, (cx, cy), 34, RED if k == 2 else (70, 70, 74), -1, cv2.LINE_AA)
    pill(img, 16, 10, 210, 52, RED)
    cv2.circle(img, (46, 36), 10, WHITE, -1, cv2.LINE_AA)
    stamp = f"{rng.randrange(0, 60):02d}:{rng.randrange(60):02d}"
    cv2.putText(img, stamp, (70, 48), cv2.FONT_HERSHEY_SIMPLEX, 0.8, WHITE, 2, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def recipe(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cooking app's recipe: the hero (a dish, or the cook with faces 40-200 px) under a gradient,
    back, save and share glyphs, the title, the chef's 28-40 px face with a chef's badge over its
    lower right, a follow pill, time and serving chips, on most a "cooked it" row of round snaps
    (faces 18-44 px, or dishes) cut by the edge, ingredients with tick boxes, numbered steps
    with photos of hands and people (faces 20-80 px, or things) on some, then reviews with 20-30 px
    faces, stars and "I made it" thumbnails (faces 18-40 px, or things)."""
    s = new_screen(rng, name, cast.kind("recipe"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    hh = rng.randrange(520, 760)
    cast.scene(s, 0, STATUS_H, W - 8, hh, small(rng, 40, 200), rng.random() < 0.5)
    stepped(s, (0, STATUS_H, W - 8, STATUS_H + 160), 0.5, 0.0, 8)
    header(s, rng, WHITE, 2)
    y = STATUS_H + hh + 70
    s.words(rng, 30, y, 1.05, rng.randrange(2, 4))
    y += 40
    fp, side = _size(rng, 28, 40, (1.1, 1.25))
    cast.avatar(s, 30, y, fp, side, rng.choice(("circle", "ring", "squircle")))
    r = max(9, side // 4)
    badge(img, (30 + side - r // 2, y + side - r // 2), r, tone(GOLD, -30), "+", page)
    s.words(rng, 60 + side, y + side // 2 + 8, 0.6, 2)
    outlined(img, W - 220, y + side // 2 - 28, 180, 56, s.accent, page)
    s.words(rng, W - 190, y + side // 2 + 8, 0.55, 1, s.accent)
    y += side + 40
    x = 30
    for _ in range(3):
        pill(img, x, y, 230, 52, off(page, 22))
        s.words(rng, x + 24, y + 34, 0.5, 2)
        x += 250
    y += 110
    if rng.random() < 0.7:  # "cooked it": people's snaps of their dish, cut by the edge
        s.words(rng, 30, y, 0.7, 3)
        y += 24
        t, x = rng.randrange(120, 170), 30
        while x < W:
            fp = small(rng, 18.3, min(44, t * 0.33))
            cast.scene(s, x, y, t, t, fp, rng.random() < 0.75, rounded_rect(t, t, t // 2))
            x += t + 16
        y += t + 70
    s.words(rng, 30, y, 0.8, 1)
    y += 30
    for _ in range(rng.randrange(3, 6)):  # ingredients
        cv2.rectangle(img, (30, y), (60, y + 30), GREY, 2)
        s.words(rng, 80, y + 24, 0.55, rng.randrange(2, 5))
        y += 50
    y += 30
    step = 1
    while y < H - NAV_H - 500:
        cv2.circle(img, (50, y + 10), 22, s.accent, -1, cv2.LINE_AA)
        cv2.putText(img, str(step), (42, y + 20), cv2.FONT_HERSHEY_SIMPLEX, 0.7, WHITE, 2, cv2.LINE_AA)
        y = _text_lines(s, rng, 90, y + 20, rng.randrange(1, 4), 0.55) + 10
        if rng.random() < 0.6:
            pw, ph = rng.randrange(560, W - 130), rng.randrange(280, 400)
            cast.scene(s, 90, y, pw, ph, small(rng, 20, 80), rng.random() < 0.75, rounded_rect(ph, pw, 16))
            y += ph + 20
        y += 30
        step += 1
    s.words(rng, 30, y, 0.8, 2)
    y += 30
    while y < H - NAV_H - 100:  # reviews
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2, 0.55, 2)
        stars(img, 50 + side, y + side // 2 + 24, 9, rng.randrange(3, 6), GOLD, GREY)
        y = _text_lines(s, rng, 30, y + side + 50, rng.randrange(1, 3), 0.5)
        if rng.random() < 0.4:
            t = rng.randrange(130, 180)
            for k in range(rng.randrange(1, 4)):
                fp = small(rng, 18.3, 40)
                cast.scene(s, 30 + k * (t + 10), y, t, t, fp, rng.random() < 0.7, rounded_rect(t, t, 12))
            y += t + 10
        y += 30
    H5.nav_bar(s)
    return s.finish()


def jobs(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A job board: a search bar and a location, filter chips cut by the edge, then job cards: a drawn
    company logo (face-free, often round), the title, company, place, salary and remote chips, a
    promoted tag on some, the recruiter's 20-30 px face with the company's logo over its lower right,
    a "people you know work here" stack of 18-24 px faces, a bookmark; a tab bar."""
    s = new_screen(rng, name, cast.kind("jobs"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    pill(img, 24, STATUS_H + 20, W - 56, 72, off(page, 18))
    s.words(rng, 80, STATUS_H + 66, 0.6, 2, GREY)
    pill(img, 24, STATUS_H + 106, W - 56, 60, off(page, 10))
    s.words(rng, 80, STATUS_H + 146, 0.5, 2, GREY)
    y = STATUS_H + 190
    x = 24
    while x < W:
        w = rng.randrange(150, 240)
        outlined(img, x, y, w, 56, off(page, 50), page)
        s.words(rng, x + 24, y + 36, 0.5, 1)
        x += w + 12
    y += 90
    card = off(page, 10) if sum(page) < 384 else WHITE
    while y < H - NAV_H - 130 - 200:
        ch = 400
        fill(img, rounded_rect(ch, W - 56, 24), 24, y, off(page, 30))
        fill(img, rounded_rect(ch - 4, W - 60, 22), 26, y + 2, card)
        lside = rng.randrange(64, 96)
        logo(img, rng, 50, y + 30, lside)
        s.words(rng, 80 + lside, y + 60, 0.7, rng.randrange(2, 4))
        s.words(rng, 80 + lside, y + 96, 0.5, 2, GREY)
        cv2.rectangle(img, (W - 90, y + 34), (W - 66, y + 70), GREY, 3)
        if rng.random() < 0.25:
            s.words(rng, W - 200, y + 110, 0.45, 1, GREEN)
        cy = y + 150
        x = 50
        for _ in range(rng.randrange(1, 4)):
            w = rng.randrange(140, 220)
            pill(img, x, cy, w, 48, off(card, 24))
            s.words(rng, x + 20, cy + 32, 0.45, 1)
            x += w + 12
        cy += 80
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.avatar(s, 50, cy, fp, side, rng.choice(("circle", "circle", "rounded")))
        ls = max(14, side * 9 // 20)
        lx, ly = 50 + side - ls * 2 // 3, cy + side - ls * 2 // 3
        fill(img, rounded_rect(ls + 4, ls + 4, 5), lx - 2, ly - 2, card)
        logo(img, rng, lx, ly, ls)
        s.words(rng, 80 + side, cy + side // 2 + 6, 0.5, 3, GREY)
        cy += max(side, 40) + 22
        if cy < y + ch - 30:
            fp, side = _size(rng, 18.3, 24, (1.05, 1.15))
            if cy + side < y + ch - 10:
                end = cast.stack(s, 50, cy, rng.randrange(2, 5), fp, side, round(side * 0.7), card)
                s.words(rng, end + 12, cy + side // 2 + 6, 0.45, 4, GREY)
        y += ch + 24
    tab_bar(cast, s, rng, "circle", page)
    return s.finish()


def shade(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A phone's notification shade pulled down: the date, quick settings tiles, a brightness slider,
    a media player with the artist's photo (faces 30-80 px) and controls, then notifications: 30-44
    px faces with an app icon over their lower right (on some a group's two people, 23-33 px, one
    over the other's lower right), grouped stacks whose cards behind the front
    one show only a strip (or, mid-expansion, most of the card; their faces count while half of
    their box shows), a "clear all" pill."""
    s = new_screen(rng, name, cast.kind("shade"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    cv2.putText(img, f"{rng.randrange(24):02d}:{rng.randrange(60):02d}", (30, STATUS_H + 90),
                cv2.FONT_HERSHEY_DUPLEX, 2.0, s.fg, 3, cv2.LINE_AA)  # fmt: skip
    s.words(rng, 30, STATUS_H + 140, 0.55, 3, GREY)
    y = STATUS_H + 180
    tw = (W - 8 - 48 - 12) // 2
    for k in range(4):  # quick settings
        x, ty = 24 + (k % 2) * (tw + 12), y + (k // 2) * 120
        pill(img, x, ty, tw, 106, s.accent if rng.random() < 0.5 else off(page, 30))
        cv2.circle(img, (x + 60, ty + 53), 22, WHITE, 3, cv2.LINE_AA)
        s.words(rng, x + 100, ty + 62, 0.55, 1, WHITE)
    y += 260
    pill(img, 24, y, W - 56, 70, off(page, 30))
    pill(img, 24, y, rng.randrange(150, W - 60), 70, tone(s.accent, 40))
    y += 100
    card = off(page, 22)
    mh = 230
    fill(img, rounded_rect(mh, W - 56, 30), 24, y, card)
    aside = mh - 60
    fp = small(rng, 30, min(80, aside * 0.45))
    cast.scene(s, 54, y + 30, aside, aside, fp, rng.random() < 0.7, rounded_rect(aside, aside, 16))
    s.words(rng, 84 + aside, y + 80, 0.65, 2)
    s.words(rng, 84 + aside, y + 116, 0.5, 2, GREY)
    for k in range(3):
        cv2.circle(img, (84 + aside + 40 + k * 110, y + 176), 24 if k == 1 else 16, s.fg, -1, cv2.LINE_AA)
    y += mh + 40

    def note(x: int, ny: int, w: int, h: int, back: Colour, front: bool) -> None:
        fill(img, rounded_rect(h, w, 26), x, ny, back)
        fp, side = _size(rng, 30, small(rng, 32, 44), (1.1, 1.25))
        if rng.random() < 0.3:  # a group: two of its people, one over the other's lower right
            d = side * 2 // 5
            cast.avatar(s, x + 24, ny + 18, fp * 0.75, side - d // 2, "circle")
            cast.avatar(s, x + 24 + d, ny + 18 + d, fp * 0.75, side - d // 2, "circle", back)
        else:  # the front card's sender always a person, those behind on some initials
            (cast.avatar if front else cast.person)(s, x + 24, ny + 24, fp, side, "circle")
            r = max(9, side // 4)
            ix, iy = x + 24 + side - r, ny + 24 + side - r  # the app's icon
            fill(img, rounded_rect(2 * r + 4, 2 * r + 4, r // 2), ix - 2, iy - 2, back)
            pill(img, ix, iy, 2 * r, 2 * r, random_colour(rng, 60, 220))
        s.words(rng, x + side + 50, ny + 50, 0.6, 2)
        s.words(rng, x + side + 50, ny + 86, 0.5, rng.randrange(3, 6), GREY)
        s.words(rng, x + w - 110, ny + 50, 0.45, 1, GREY)

    while y < H - NAV_H - 220:
        nh = rng.randrange(150, 180)
        behind = rng.choice((0, 0, 1, 2, 2))
        expanding = rng.random() < 0.3
        for k in range(behind, 0, -1):  # the stack's cards behind, farthest first
            dy = round(nh * rng.uniform(0.3, 0.7)) * k if expanding else 16 * k
            note(24 + 18 * k, y + dy, W - 56 - 36 * k, nh, tone(card, -8 * k), False)
        note(24, y, W - 56, nh, card, True)
        y += nh + (round(nh * 0.7) * behind if expanding else 16 * behind) + 20
    pill(img, W - 260, min(y, H - NAV_H - 110), 220, 64, off(page, 30))
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
FACE_LAYOUTS: tuple[Layout, ...] = (
    likes, likes, boarding, boarding, live_blog, live_blog, answers, answers, profiles, profiles,
    broadcast, pip_recording, pip_recording, recipe, recipe, jobs, shade, shade,
)  # fmt: skip
# each layout once, then three again: the busiest backdrops (a crowd's mosaic, a grid of tiles, stacks)
FREE_LAYOUTS: tuple[Layout, ...] = (*dict.fromkeys(FACE_LAYOUTS), likes, broadcast, shade)


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT8_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h8", photos, free, seed, reps)
