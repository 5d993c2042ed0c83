"""Held-out screens, seventh set (issue 14). BLIND until its first scoring on a frozen detector: no
one tunes on it or reads its results before then.

Sets 1-6 (heldout.py to heldout6.py) have all been scored and looked at, so they are seen. This
one was written without running any detector on it and without reading the detector's code. It
uses only the held-out face photos (``composites.HELDOUT``, two_people.jpg left out as in heldout2
to heldout6), heldout2's face-free photos (``FREE_HELDOUT2``) and its own seed (``HELDOUT7_SEED``).
Faces are pasted and settled through heldout2's ``Screen`` (a face keeps only the pixels that stay
visible after later drawing and is dropped when under half is left) and cast through heldout6's
``Cast`` (people, or pets, objects, textures and initials in their places on face-free screens; a
face cut by a photo's or an avatar's edge counts as soon as half of its box shows).

Its weight is on small faces (18-40 px, continuous, most sizes skewed towards the small end), with
some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws (sets 2-6 already
draw friends' map pins, group chats, a ride-share sheet, a voice room, a share sheet, a story
viewer, a photo library's people row, a video list, a game leaderboard and lobby, a shop page, a
camera, a wallet and more: see their docstrings):
- a class's people page in a learning app: a course banner, the teacher's card, then a 3-5 column
  grid of student tiles (faces 20-44 px, initials on some) with raised-hand badges over the
  avatars' corner and presence dots, cut by the navigation bar;
- a video site's watch page: the player (faces 60-260 px) with its controls over a scrim on some
  (a play or pause glyph over the middle of the picture), the channel's 28-40 px avatar, a comments
  teaser with a 22-32 px one, an "up next" list of 16:9 thumbnails (faces 20-50 px) with duration
  chips or live tags over their corner;
- a contact's page in a phone book: a poster (a full-width photo under a gradient to the page, the
  name over it) or a big round photo, action buttons, fields, a strip of shared photos cut by the
  edge, groups in common as pairs of 18-28 px faces, one over the other's corner;
- a running club's feed: a cover photo of runners, a member stack, activities with the athlete's
  28-40 px face, stats, a route over a map tile (a photo of people beside it on some) and a kudos
  stack of 18-24 px faces, a tab bar with one's own avatar;
- a video doorbell's app: the live view seen from above the door (faces 40-200 px) through a wide
  lens (its corners darkened) and in night vision on some (grey, green-tinted, grainy), a LIVE chip
  and a time stamp over it, a "familiar faces" row of 36-64 px circles cut by the edge, then the
  event history's clips (faces 18-44 px, the night ones grey too);
- a social network's event page: a cover photo (faces 20-200 px) with a calendar leaf over its lower
  left corner, two hosts overlapping, who is going (a stack ending in a "+N" chip, friends' rows
  with answer chips), a map snippet, a discussion post with a photo;
- a fundraiser: the cover photo (faces 50-260 px) with a verified tag, the organiser's 30-44 px face
  with the beneficiary's over its lower right corner, the amount over a progress bar, recent donors'
  stack, donations (anonymous ones a heart on a colour) and words of support with 22-30 px avatars;
- a telehealth app's booking page: one's own 22-30 px avatar, specialty chips, the next appointment
  on an accent card (a 40-70 px face), recently consulted doctors in a row cut by the edge, then
  doctors' headshots (faces 30-96 px) in rounded squares with an "available" dot over their corner,
  stars and time-slot chips;
- a dual-camera photo feed: the back camera's 3:4 photo (faces 40-320 px, or a scene) with the
  front camera's selfie (faces 60-200 px) inset at its top left in a black rim (a face of the big
  photo under the inset counts while half of it shows), "realmoji" reactions (24-40 px faces with
  an emoji over their corner) over the photo's lower edge, the second post cut by the navigation
  bar;
- a fantasy football team: a striped pitch with its lines, eleven headshots (faces 24-40 px) on
  shirt-coloured discs in a formation, name plates and points under them, a captain's "C" and a
  vice-captain's "V" badge over a headshot's upper corner, injury flags, the bench on a strip.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Translucent scrims, gradients and a doorbell's lens leave the faces under them
counted, darker. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,002 faces (629 under 32 px, 304 of 32-63, 45 of 64-127,
24 larger; 787 under 40 px) and 52 face-free screens (the same layouts with pets, objects, textures
and initials in the people's places); ``reps=1`` a quarter (18 screens with 269 faces: 167, 89, 12
and 1 by size, 225 under 40 px; 13 face-free). Counted by running the generator alone
(``faces_bench.py --only heldout7 --count-only``, no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout6 as H6
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, _map, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, duration, heart, tone
from heldout5 import BLACK, new_screen, pill, scrim, small, stars
from heldout6 import off, outlined, stepped, tab_bar

HELDOUT7_SEED = 7272

ORANGE: Colour = (30, 110, 250)
PITCH: tuple[Colour, Colour] = ((60, 150, 70), (52, 136, 62))


@dataclass
class Cast(H6.Cast):
    """heldout6's cast (half of a face's box showing counts it), its screens marked h7-."""

    def kind(self, layout: str) -> str:
        return f"h7-{layout}" if self.photos else f"h7-noface-{layout}"


def map_tile(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], dark: bool,
             r: int = 20) -> None:  # fmt: skip
    """A piece of heldout2's street map in ``rect``, its corners rounded to ``r``."""
    x1, y1, x2, y2 = rect
    tiles = np.zeros((H, W, 3), np.uint8)
    _map(tiles, rng, dark)
    top = rng.randrange(STATUS_H, H - NAV_H - (y2 - y1))
    blit(img, tiles[top : top + y2 - y1, : x2 - x1], x1, y1, rounded_rect(y2 - y1, x2 - x1, r))


def route(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> None:
    """A run's route over a map: a wandering orange line, a green start, a chequered finish."""
    x1, y1, x2, y2 = rect
    pts = [(rng.randrange(x1 + 40, x2 - 40), rng.randrange(y1 + 40, y2 - 40))]
    for _ in range(rng.randrange(6, 14)):
        px, py = pts[-1]
        pts.append((min(x2 - 30, max(x1 + 30, px + rng.randrange(-140, 141))),
                    min(y2 - 30, max(y1 + 30, py + rng.randrange(-100, 101)))))  # fmt: skip
    cv2.polylines(img, [np.array(pts, np.int32)], False, ORANGE, 6, cv2.LINE_AA)
    cv2.circle(img, pts[0], 12, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, pts[0], 9, GREEN, -1, cv2.LINE_AA)
    fx, fy = pts[-1]
    for k in range(4):
        colour = (20, 20, 20) if (k + k // 2) % 2 else WHITE
        qx, qy = fx + (k % 2) * 9, fy + (k // 2) * 9
        cv2.rectangle(img, (qx - 9, qy - 9), (qx, qy), colour, -1)


def lens(s: Screen, rect: tuple[int, int, int, int], n: int, night: bool, rng: random.Random,
         vignette: float = 0.5) -> None:  # fmt: skip
    """A camera's picture in ``rect`` as a doorbell shows it: the corners darkened by the wide lens
    (down to ``1 - vignette``), in night vision grey, green-tinted and grainy. The faces pasted since
    the ``n``-th keep counting: their pixels are taken as they look now."""
    x1, y1, x2, y2 = rect
    part = s.img[y1:y2, x1:x2].astype(np.float32)
    h, w = part.shape[:2]
    r2 = (np.linspace(-1, 1, w)[None, :] ** 2 + np.linspace(-1, 1, h)[:, None] ** 2) / 2
    part *= (1 - vignette * r2**1.5)[:, :, None]
    if night:
        grain = np.random.default_rng(rng.randrange(2**32)).normal(0, 7, (h, w, 1))
        part = part.mean(axis=2, keepdims=True) * np.array((0.78, 1.0, 0.8), np.float32) + grain
    s.img[y1:y2, x1:x2] = np.clip(part, 0, 255).astype(np.uint8)
    for t in s.tracks[n:]:
        a, b, c, d = t.rect
        t.snap = s.img[b:d, a:c].copy()


def hand(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A raised hand over an avatar's corner: a gold disc in a ring of ``rim``, a white palm."""
    badge(img, c, r, GOLD, "", rim)
    x, y = c
    t = max(2, r // 6)
    cv2.rectangle(img, (x - r // 3, y - r // 8), (x + r // 3, y + r // 2), WHITE, -1)
    for k in range(3):
        fx = x - r // 3 + t // 2 + k * (2 * (r // 3) - t) // 2
        cv2.line(img, (fx, y - r // 8), (fx, y - r // 2), WHITE, t)


def header(s: Screen, rng: random.Random, ink: Colour, glyphs: int = 1) -> None:
    """A top bar: a back arrow, a title and ``glyphs`` outlined circles on the right."""
    cv2.arrowedLine(s.img, (64, STATUS_H + 50), (26, STATUS_H + 50), ink, 4, tipLength=0.5)
    s.words(rng, 96, STATUS_H + 62, 0.8, 2, ink)
    for k in range(glyphs):
        cv2.circle(s.img, (W - 70 - k * 90, STATUS_H + 50), 20, ink, 3, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A class's people page in a learning app: a course banner (a colour, or a photo of the class
    with faces 20-60 px under a gradient), tabs, the teacher's card (a 44-90 px face, a role pill),
    then the students: a 3-5 column grid of tiles with 20-44 px faces (initials on some), names
    under them, a raised-hand badge over some avatars' upper right, presence dots, the grid cut by
    the navigation bar."""
    s = new_screen(rng, name, cast.kind("roster"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    bh = rng.randrange(220, 320)
    if rng.random() < 0.4:
        cast.photo(s, 0, STATUS_H, W - 8, bh, small(rng, 20, 60))
        stepped(s, (0, STATUS_H + bh // 3, W - 8, STATUS_H + bh), 0.0, 0.7, 12)
    else:
        gradient(img, (0, STATUS_H, W - 8, STATUS_H + bh), s.accent, tone(s.accent, -80), vertical=False)
    header(s, rng, WHITE, 2)
    s.words(rng, 30, STATUS_H + bh - 64, 1.0, 3, WHITE)
    s.words(rng, 30, STATUS_H + bh - 24, 0.55, 3, WHITE)
    y = STATUS_H + bh
    for k in range(3):  # stream, classwork, people
        s.words(rng, 40 + k * 340, y + 60, 0.65, 1, s.accent if k == 2 else GREY)
    cv2.line(img, (720, y + 84), (920, y + 84), s.accent, 5)
    cv2.line(img, (0, y + 88), (W - 8, y + 88), off(page, 25), 1)
    y += 150
    s.words(rng, 30, y, 0.85, 1, s.accent)
    y += 30
    fp, side = _size(rng, 44, small(rng, 48, 90), (1.15, 1.35))
    cast.avatar(s, 30, y, fp, side, rng.choice(("circle", "rounded", "squircle")))
    s.words(rng, 60 + side, y + side // 2 - 6, 0.75, 2)
    pill(img, 60 + side, y + side // 2 + 12, 170, 42, off(page, 30))
    s.words(rng, 80 + side, y + side // 2 + 42, 0.5, 1, s.accent)
    cv2.rectangle(img, (W - 110, y + side // 2 - 18), (W - 60, y + side // 2 + 18), s.fg, 3)
    y += side + 70
    s.words(rng, 30, y, 0.85, 1, s.accent)
    cv2.putText(img, f"{rng.randrange(12, 60)}", (W - 120, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, GREY, 2)
    y += 30
    cols, gap = rng.choice((3, 4, 4, 5)), 14
    tw = (W - 8 - 48 - gap * (cols - 1)) // cols
    th = rng.randrange(190, 240)
    card = off(page, 12)
    shape = rng.choice(("circle", "circle", "squircle", "rounded", "ring"))
    while y + th // 2 < H - NAV_H:
        for c in range(cols):
            x = 24 + c * (tw + gap)
            fill(img, rounded_rect(th, tw, 18), x, y, card)
            fp, side = _size(rng, 20, small(rng, 22, min(44, tw * 0.36)), (1.1, 1.3))
            ax, ay = x + (tw - side) // 2, y + rng.randrange(20, 36)
            cast.person(s, ax, ay, fp, side, shape)
            if rng.random() < 0.12:
                hand(img, (ax + side - side // 8, ay + side // 8), max(10, side // 4), card)
            elif rng.random() < 0.35:  # present
                badge(img, (ax + side - side // 7, ay + side - side // 7), max(6, side // 9), GREEN, "", card)
            s.words(rng, x + 14, ay + side + 42, 0.45, 1)
            s.words(rng, x + 14, ay + side + 72, 0.4, 1, GREY)
        y += th + gap
    H5.nav_bar(s)
    return s.finish()


def watch(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video site's watch page: the 16:9 player (faces 60-260 px), on some with its controls over a
    25-45 % scrim (a play or pause glyph over the middle of the picture, skip glyphs, the time, a
    red seek knob), the title, the channel row (a 28-40 px face, a subscribe pill), action chips cut
    by the edge, a comments teaser (a 22-32 px face), then "up next": 16:9 thumbnails (faces 20-50
    px) with a duration chip or a live tag over their corner, titles, channels, the list cut by the
    navigation bar."""
    s = new_screen(rng, name, cast.kind("watch"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    vh = round((W - 8) * 9 / 16)
    y = STATUS_H
    img[y : y + vh, : W - 8] = BLACK
    cast.photo(s, 0, y, W - 8, vh, small(rng, 60, 260))
    knob = rng.randrange(40, W - 60)
    if rng.random() < 0.5:  # the controls, shown after a tap
        scrim(s, (0, y, W - 8, y + vh), rng.uniform(0.25, 0.45))
        cx, cy = (W - 8) // 2, y + vh // 2
        if rng.random() < 0.5:
            for dx in (-22, 10):
                cv2.rectangle(img, (cx + dx, cy - 36), (cx + dx + 14, cy + 36), WHITE, -1)
        else:
            cv2.fillPoly(img, [np.array([[cx - 26, cy - 40], [cx - 26, cy + 40], [cx + 40, cy]], np.int32)],
                         WHITE, cv2.LINE_AA)  # fmt: skip
        for d in (-1, 1):  # previous, next
            tip = cx + d * 250
            tri = np.array([[tip - d * 36, cy - 24], [tip - d * 36, cy + 24], [tip, cy]], np.int32)
            cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
            cv2.line(img, (tip, cy - 24), (tip, cy + 24), WHITE, 5)
        at, length = rng.randrange(0, 9), rng.randrange(9, 40)
        stamp = f"{at}:{rng.randrange(60):02d} / {length}:{rng.randrange(60):02d}"
        cv2.putText(img, stamp, (24, y + vh - 36), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2, cv2.LINE_AA)
        cv2.rectangle(img, (W - 80, y + vh - 66), (W - 44, y + vh - 34), WHITE, 3)
        cv2.circle(img, (knob, y + vh - 4), 12, RED, -1, cv2.LINE_AA)
    cv2.rectangle(img, (0, y + vh - 6), (W - 8, y + vh - 2), (120, 120, 120), -1)
    cv2.rectangle(img, (0, y + vh - 6), (knob, y + vh - 2), RED, -1)
    y += vh + 56
    s.words(rng, 24, y, 0.85, rng.randrange(3, 6))
    s.words(rng, 24, y + 40, 0.5, 4, GREY)
    y += 80
    fp, side = _size(rng, 28, 40, (1.1, 1.25))
    cast.avatar(s, 24, y, fp, side, "circle")
    s.words(rng, 44 + side, y + side // 2, 0.65, 2)
    s.words(rng, 44 + side, y + side // 2 + 28, 0.45, 2, GREY)
    button = WHITE if sum(page) < 384 else (20, 20, 20)
    pill(img, W - 250, y + side // 2 - 32, 210, 64, button)
    s.words(rng, W - 220, y + side // 2 + 10, 0.6, 1, page)
    y += side + 36
    x = 24
    while x < W:  # like, share, remix, download, save
        w = rng.randrange(150, 260)
        pill(img, x, y, w, 64, off(page, 28))
        s.words(rng, x + 28, y + 42, 0.55, 1)
        x += w + 14
    y += 100
    fill(img, rounded_rect(150, W - 56, 20), 24, y, off(page, 16))
    s.words(rng, 48, y + 46, 0.65, 1)
    s.words(rng, 220, y + 46, 0.5, 1, GREY)
    fp, side = _size(rng, 22, 32, (1.05, 1.2))
    cast.person(s, 48, y + 70, fp, side, "circle")
    s.words(rng, 66 + side, y + 74 + side // 2, 0.5, rng.randrange(4, 8))
    y += 190
    while y < H - NAV_H - 30:
        tw = rng.randrange(380, 470)
        th = round(tw * 9 / 16)
        cast.photo(s, 24, y, tw, th, small(rng, 20, min(50, th * 0.42)), rounded_rect(th, tw, 14))
        if rng.random() < 0.15:
            pill(img, 36, y + th - 50, 90, 38, RED)
            cv2.putText(img, "LIVE", (50, y + th - 22), cv2.FONT_HERSHEY_SIMPLEX, 0.55, WHITE, 2)
        else:
            duration(img, rng, 24 + tw - 8, y + th - 8)
        _text_lines(s, rng, tw + 50, y + 36, 2, 0.6)
        s.words(rng, tw + 50, y + 110, 0.45, 2, GREY)
        s.words(rng, tw + 50, y + 140, 0.45, 3, GREY)
        for k in range(3):
            cv2.circle(img, (W - 32, y + 20 + k * 14), 3, s.fg, -1)
        y += th + 28
    H5.nav_bar(s)
    return s.finish()


def contact(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contact's page in a phone book: a poster (a full-width photo, faces 120-420 px, under a
    gradient to the page, the name in large type over it) or a round photo of 110-220 px faces,
    action buttons (message, call, video, mail), fields on cards, a strip of shared photos (faces
    18-60 px, or things) cut by the right edge, groups in common (two 18-28 px faces, one over the
    other's lower right, in a ring of the page), an emergency row with a red star."""
    s = new_screen(rng, name, cast.kind("contact"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    if rng.random() < 0.5:  # a contact poster
        ph = rng.randrange(760, 1000)
        cast.photo(s, 0, STATUS_H, W - 8, ph, small(rng, 120, 420))
        stepped(s, (0, STATUS_H + ph * 2 // 5, W - 8, STATUS_H + ph), 0.0, 0.92, 20, page)
        header(s, rng, WHITE if rng.random() < 0.5 else s.fg)
        y = STATUS_H + ph - 60
        s.words(rng, 60, y, 1.7, 2)
    else:
        header(s, rng, s.fg)
        fp, side = _size(rng, 110, small(rng, 120, 220), (1.15, 1.3))
        cast.avatar(s, (W - 8 - side) // 2, STATUS_H + 130, fp, side, "circle")
        y = STATUS_H + 130 + side + 80
        s.words(rng, (W - 8) // 2 - 220, y, 1.3, 2)
    y += 60
    bw = (W - 8 - 5 * 24) // 4
    for k in range(4):
        x = 24 + k * (bw + 24)
        fill(img, rounded_rect(130, bw, 24), x, y, off(page, 22))
        cv2.circle(img, (x + bw // 2, y + 48), 20, s.accent, -1, cv2.LINE_AA)
        s.words(rng, x + 30, y + 108, 0.5, 1, s.accent)
    y += 170
    for _ in range(rng.randrange(2, 4)):  # phone, mail, address
        fill(img, rounded_rect(120, W - 56, 20), 24, y, off(page, 16))
        s.words(rng, 50, y + 44, 0.5, 1, GREY)
        s.words(rng, 50, y + 90, 0.7, 2, s.accent)
        y += 136
    y += 30
    s.words(rng, 30, y, 0.75, 2)
    y += 24
    t = rng.randrange(150, 210)
    x = 24
    while x < W:
        if rng.random() < 0.7:
            cast.photo(s, x, y, t, t, small(rng, 18, min(60, t * 0.4)))
        else:
            cast.thing(s, x, y, t, t)
        x += t + 8
    y += t + 70
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    while y < H - NAV_H - 200:  # groups in common
        fp, side = _size(rng, 18.3, 28, (1.05, 1.15))
        cast.avatar(s, 30, y, fp, side, "circle")
        d = side * 3 // 5
        cast.avatar(s, 30 + d, y + d, fp * rng.uniform(0.9, 1.0), side, "circle", page)
        s.words(rng, 70 + 2 * side, y + side // 2 + 14, 0.65, 2)
        s.words(rng, 70 + 2 * side, y + side // 2 + 44, 0.45, 3, GREY)
        y += max(2 * side, 90) + 30
    cv2.putText(img, "*", (30, y + 40), cv2.FONT_HERSHEY_DUPLEX, 1.6, RED, 3, cv2.LINE_AA)
    s.words(rng, 90, y + 30, 0.7, 3, RED)
    H5.nav_bar(s)
    return s.finish()


def club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A running club's feed in a fitness app: a cover (a photo of runners, faces 20-70 px, or a
    colour) with the club's name, a member stack of 24-32 px faces and a count, then activities: the
    athlete's 28-40 px face, name, time and place, a title, distance, pace and time, a route over a
    map tile with a photo of people (faces 20-90 px) beside it on some, a kudos stack of 18-24 px
    faces; a tab bar with one's own avatar over the last one."""
    s = new_screen(rng, name, cast.kind("club"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    dark = sum(page) < 384
    ch = rng.randrange(260, 360)
    if rng.random() < 0.6:
        cast.photo(s, 0, STATUS_H, W - 8, ch, small(rng, 20, 70))
        scrim(s, (0, STATUS_H + ch - 110, W - 8, STATUS_H + ch), rng.uniform(0.3, 0.55))
    else:
        gradient(img, (0, STATUS_H, W - 8, STATUS_H + ch), ORANGE, tone(ORANGE, -90))
    header(s, rng, WHITE, 1)
    s.words(rng, 30, STATUS_H + ch - 40, 1.0, 3, WHITE)
    y = STATUS_H + ch + 30
    fp, side = _size(rng, 24, 32, (1.05, 1.2))
    end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.68), page)
    s.words(rng, end + 16, y + side // 2 + 8, 0.55, 3, GREY)
    pill(img, W - 230, y + side // 2 - 30, 190, 60, ORANGE)
    s.words(rng, W - 200, y + side // 2 + 10, 0.6, 1, WHITE)
    y += side + 40
    while y < H - NAV_H - 300:
        cv2.line(img, (0, y), (W - 8, y), off(page, 22), 14)
        y += 40
        fp, side = _size(rng, 28, 40, (1.1, 1.25))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "circle", "squircle")))
        s.words(rng, 54 + side, y + side // 2 - 4, 0.65, 2)
        s.words(rng, 54 + side, y + side // 2 + 26, 0.45, 4, GREY)
        y += side + 60
        s.words(rng, 30, y, 0.85, rng.randrange(2, 5))
        y += 30
        for k in range(3):  # distance, pace, time
            s.words(rng, 30 + k * 300, y + 20, 0.45, 1, GREY)
            mins = rng.randrange(3, 59)
            stat = f"{rng.uniform(2, 42):.2f}" if k == 0 else f"{mins}:{rng.randrange(60):02d}"
            cv2.putText(img, stat, (30 + k * 300, y + 62), cv2.FONT_HERSHEY_DUPLEX, 1.0, s.fg, 2, cv2.LINE_AA)
        y += 90
        mh = rng.randrange(340, 460)
        with_photo = rng.random() < 0.45
        mw = round((W - 8 - 48) * (0.58 if with_photo else 1.0))
        map_tile(img, rng, (24, y, 24 + mw, y + mh), dark)
        route(img, rng, (24, y, 24 + mw, y + mh))
        if with_photo:
            pw = W - 8 - 48 - mw - 8
            cast.photo(s, 32 + mw, y, pw, mh, small(rng, 20, min(90, pw * 0.4)), rounded_rect(mh, pw, 20))
        y += mh + 24
        fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(s, 30, y, rng.randrange(2, 5), fp, side, round(side * 0.72), page)
        s.words(rng, end + 14, y + side // 2 + 8, 0.5, 3, GREY)
        for k in range(2):  # kudos, comment
            cv2.circle(img, (W - 170 + k * 90, y + side // 2), 20, s.fg, 3, cv2.LINE_AA)
        y += side + 30
    tab_bar(cast, s, rng, "circle", page)
    return s.finish()


def doorbell(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video doorbell's app: the live view (4:3 or 1:1, faces 40-200 px, seen from above the
    door) through a wide lens that darkens its corners, in night vision on some (grey, green-tinted,
    grainy), a LIVE chip and a time stamp over it; talk, siren and record buttons; a "familiar
    faces" row of 36-64 px circles with names cut by the right edge (an unknown one a grey "?");
    then the event history: 16:9 clips (faces 18-44 px, the night ones grey too) with their length,
    what was seen and when."""
    s = new_screen(rng, name, cast.kind("doorbell"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 64, 0.9, 2)
    cv2.circle(img, (W - 70, STATUS_H + 50), 22, s.fg, 3, cv2.LINE_AA)
    vy = STATUS_H + 110
    vh = round((W - 8) * rng.choice((0.75, 0.75, 1.0)))
    n = len(s.comp.faces)
    cast.photo(s, 0, vy, W - 8, vh, small(rng, 40, 200))
    night = rng.random() < 0.4
    lens(s, (0, vy, W - 8, vy + vh), n, night, rng, rng.uniform(0.3, 0.6))
    pill(img, 24, vy + 24, 110, 44, RED)
    cv2.putText(img, "LIVE", (46, vy + 56), cv2.FONT_HERSHEY_SIMPLEX, 0.65, WHITE, 2, cv2.LINE_AA)
    day = f"{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"
    stamp = f"{day} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
    cv2.putText(img, stamp, (W - 330, vy + 56), cv2.FONT_HERSHEY_SIMPLEX, 0.75, WHITE, 2, cv2.LINE_AA)
    y = vy + vh + 40
    for k in range(3):  # talk, siren, record
        cx = (W - 8) // 2 + (k - 1) * 300
        cv2.circle(img, (cx, y + 60), 56 if k == 0 else 46, s.accent if k == 0 else off(page, 40), -1,
                   cv2.LINE_AA)  # fmt: skip
        s.words(rng, cx - 40, y + 160, 0.5, 1, GREY)
    y += 220
    s.words(rng, 24, y, 0.75, 2)
    y += 30
    fp, side = _size(rng, 36, small(rng, 40, 64), (1.15, 1.3))
    x = 24
    while x < W:
        if rng.random() < 0.12:  # someone not yet named
            cv2.circle(img, (x + side // 2, y + side // 2), side // 2, (110, 110, 110), -1, cv2.LINE_AA)
            at = (x + side // 3, y + side * 2 // 3)
            cv2.putText(img, "?", at, cv2.FONT_HERSHEY_DUPLEX, side / 60, WHITE, 2)
        else:
            cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
        s.words(rng, x + 4, y + side + 32, 0.45, 1)
        x += side + 36
    y += side + 90
    s.words(rng, 24, y, 0.7, 2, GREY)
    y += 30
    while y < H - NAV_H - 60:
        tw = rng.randrange(300, 380)
        th = round(tw * 9 / 16)
        n = len(s.comp.faces)
        cast.photo(s, 24, y, tw, th, small(rng, 18, min(44, th * 0.3)), rounded_rect(th, tw, 12))
        lens(s, (24, y, 24 + tw, y + th), n, rng.random() < 0.35, rng, 0.3)
        duration(img, rng, 24 + tw - 8, y + th - 8)
        s.words(rng, tw + 54, y + 44, 0.65, 3)
        s.words(rng, tw + 54, y + 80, 0.5, 2, GREY)
        y += th + 24
    H5.nav_bar(s)
    return s.finish()


def event_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A social network's event page: a cover photo (a crowd or a band, faces 20-200 px) with a
    calendar leaf (month and day) over its lower left corner, the title, two hosts (24-36 px faces,
    one over the other), going and interested buttons, who is going (a stack of 18-28 px faces and a
    "+N" chip, then friends' rows with 24-40 px faces and answer chips), a map snippet with a pin,
    discussion posts (22-32 px faces) with a photo of people on some."""
    s = new_screen(rng, name, cast.kind("event"), ("light", "dark", "dark"))
    img, page = s.img, s.bg
    ch = rng.randrange(460, 620)
    cast.photo(s, 0, STATUS_H, W - 8, ch, small(rng, 20, 200))
    header(s, rng, WHITE, 2)
    lx, ly = 30, STATUS_H + ch - 70
    fill(img, rounded_rect(130, 120, 18), lx, ly, WHITE)
    cv2.rectangle(img, (lx, ly + 14), (lx + 119, ly + 40), RED, -1)
    cv2.rectangle(img, (lx + 14, ly), (lx + 105, ly + 14), RED, -1)
    month = rng.choice(("JAN", "MAR", "MAY", "JUL", "SEP", "NOV"))
    cv2.putText(img, month, (lx + 30, ly + 36), cv2.FONT_HERSHEY_SIMPLEX, 0.65, WHITE, 2, cv2.LINE_AA)
    day = str(rng.randrange(1, 29))
    cv2.putText(img, day, (lx + 24, ly + 106), cv2.FONT_HERSHEY_DUPLEX, 1.7, (20, 20, 20), 3, cv2.LINE_AA)
    y = ly + 180
    s.words(rng, 30, y, 1.1, rng.randrange(2, 4))
    y += 40
    fp, side = _size(rng, 24, 36, (1.05, 1.2))
    end = cast.stack(s, 30, y, 2, fp, side, round(side * 0.65), page)
    s.words(rng, end + 16, y + side // 2 + 8, 0.55, 4, GREY)
    y += side + 20
    s.words(rng, 30, y + 30, 0.55, 4, s.accent)
    y += 70
    pill(img, 30, y, 420, 76, s.accent)
    s.words(rng, 150, y + 50, 0.7, 1, WHITE)
    outlined(img, 470, y, 420, 76, s.fg, page)
    s.words(rng, 590, y + 50, 0.7, 1)
    fill(img, rounded_rect(76, 120, 20), 910, y, off(page, 30))
    y += 130
    fp, side = _size(rng, 18.3, 28, (1.05, 1.2))
    end = cast.stack(s, 30, y, rng.randrange(4, 8), fp, side, round(side * 0.7), page)
    more = f"+{rng.randrange(10, 99)}"
    badge(img, (end + side // 2 + 2, y + side // 2), side // 2 + 2, off(page, 60), more, page)
    s.words(rng, end + side + 24, y + side // 2 + 8, 0.55, 3, GREY)
    y += side + 40
    for _ in range(rng.randrange(2, 5)):  # friends going
        fp, side = _size(rng, 24, small(rng, 26, 40), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 54 + side, y + side // 2 + 10, 0.65, 2)
        going = rng.random() < 0.6
        if going:
            pill(img, W - 220, y + side // 2 - 24, 180, 48, tone(GREEN, -20))
        else:
            outlined(img, W - 220, y + side // 2 - 24, 180, 48, GOLD, page)
        s.words(rng, W - 196, y + side // 2 + 10, 0.5, 1, WHITE if going else GOLD)
        y += max(side, 56) + 24
    y += 10
    mh = rng.randrange(220, 300)
    map_tile(img, rng, (24, y, W - 32, y + mh), sum(page) < 384)
    pin = (rng.randrange(200, W - 200), y + mh // 2)
    cv2.circle(img, (pin[0], pin[1] - 30), 24, RED, -1, cv2.LINE_AA)
    tip = np.array([[pin[0] - 18, pin[1] - 18], [pin[0] + 18, pin[1] - 18], pin], np.int32)
    cv2.fillPoly(img, [tip], RED)
    cv2.circle(img, (pin[0], pin[1] - 30), 9, WHITE, -1, cv2.LINE_AA)
    y += mh + 50
    while y < H - NAV_H - 140:  # the discussion
        fp, side = _size(rng, 22, 32, (1.05, 1.2))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "squircle")))
        s.words(rng, 50 + side, y + side // 2 + 8, 0.6, 2)
        y = _text_lines(s, rng, 30, y + side + 40, rng.randrange(1, 3), 0.55)
        if rng.random() < 0.45 and y < H - NAV_H - 300:
            pw, ph = rng.randrange(600, W - 60), rng.randrange(300, 420)
            cast.photo(s, 30, y, pw, ph, small(rng, 20, 120), rounded_rect(ph, pw, 16))
            y += ph + 20
        y += 30
    H5.nav_bar(s)
    return s.finish()


def fundraiser(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fundraiser's page: the cover photo (the person helped, faces 50-260 px) with a verified tag,
    the title, the organiser (a 30-44 px face, the beneficiary's 18-26 px face over its lower right
    in a ring of the page), the amount raised over a progress bar, donate and share buttons, recent
    donors' stack, then donations (24-36 px faces; a heart on a colour for the anonymous, initials
    on some; a "top" chip) and words of support with 22-30 px faces."""
    s = new_screen(rng, name, cast.kind("fundraiser"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    ch = rng.randrange(520, 720)
    cast.photo(s, 0, STATUS_H, W - 8, ch, small(rng, 50, 260))
    header(s, rng, WHITE, 1)
    pill(img, 24, STATUS_H + ch - 70, 220, 50, WHITE)
    badge(img, (52, STATUS_H + ch - 45), 14, GREEN, "check")
    s.words(rng, 74, STATUS_H + ch - 35, 0.5, 1, (20, 20, 20))
    y = STATUS_H + ch + 70
    s.words(rng, 30, y, 1.0, 3)
    s.words(rng, 30, y + 44, 1.0, 2)
    y += 90
    fp, side = _size(rng, 30, 44, (1.1, 1.25))
    cast.avatar(s, 30, y, fp, side, "circle")
    fp2, side2 = _size(rng, 18.3, 26, (1.05, 1.15))
    cast.avatar(s, 30 + side - side2 * 2 // 3, y + side - side2 * 2 // 3, fp2, side2, "circle", page)
    s.words(rng, 70 + side + side2 // 3, y + side // 2 + 8, 0.55, 5)
    y += side + side2 // 3 + 60
    raised, goal = rng.randrange(500, 90000), rng.randrange(1000, 150000)
    cv2.putText(img, f"${raised:,}", (30, y), cv2.FONT_HERSHEY_DUPLEX, 1.3, s.fg, 2, cv2.LINE_AA)
    s.words(rng, 300, y, 0.55, 3, GREY)
    y += 30
    pill(img, 30, y, W - 68, 20, off(page, 40))
    pill(img, 30, y, max(20, round((W - 68) * min(1.0, raised / goal))), 20, GREEN)
    y += 60
    pill(img, 30, y, W - 68, 84, GOLD)
    s.words(rng, W // 2 - 80, y + 54, 0.75, 1, (20, 20, 20))
    y += 100
    outlined(img, 30, y, W - 68, 84, s.fg, page)
    s.words(rng, W // 2 - 60, y + 54, 0.75, 1)
    y += 130
    fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
    end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.7), page)
    s.words(rng, end + 16, y + side // 2 + 8, 0.55, 4, s.accent)
    y += side + 50
    support = H - NAV_H - rng.randrange(300, 560)
    top = True
    while y < support:  # donations
        fp, side = _size(rng, 24, small(rng, 26, 36), (1.05, 1.2))
        if rng.random() < 0.25:  # anonymous
            mid = (30 + side // 2, y + side // 2)
            cv2.circle(img, mid, side // 2, random_colour(rng, 80, 200), -1, cv2.LINE_AA)
            heart(img, mid, side // 4, WHITE)
        else:
            cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 54 + side, y + side // 2, 0.6, 2)
        gift, at = f"${rng.randrange(5, 500)}", (54 + side, y + side // 2 + 34)
        cv2.putText(img, gift, at, cv2.FONT_HERSHEY_SIMPLEX, 0.55, s.fg, 2, cv2.LINE_AA)
        if top:
            pill(img, 180 + side, y + side // 2 + 8, 130, 36, tone(GREEN, 60))
            s.words(rng, 196 + side, y + side // 2 + 34, 0.45, 1, (20, 80, 20))
            top = False
        y += max(side, 60) + 34
    s.words(rng, 30, y + 20, 0.8, 3)
    y += 60
    while y < H - NAV_H - 100:  # words of support
        fp, side = _size(rng, 22, 30, (1.05, 1.2))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 2)
        y = _text_lines(s, rng, 50 + side, y + side + 36, rng.randrange(1, 3), 0.5) + 24
    H5.nav_bar(s)
    return s.finish()


def doctors(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A telehealth app's booking page: a greeting and one's own 22-30 px avatar, a search bar,
    specialty chips cut by the edge, the next appointment on an accent card (the doctor's 40-70 px
    face in a rounded square, a date pill, a video button), recently consulted doctors (36-60 px
    faces in circles, cut by the edge) on some, then doctors: headshots (faces 30-96 px) in rounded
    squares with an "available" dot over the lower right, name, speciality, stars, time-slot chips
    (one chosen), a heart; a tab bar."""
    s = new_screen(rng, name, cast.kind("doctors"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 70, 0.6, 1, GREY)
    s.words(rng, 30, STATUS_H + 120, 1.0, 2)
    fp, side = _size(rng, 22, 30, (1.1, 1.25))
    cast.avatar(s, W - 60 - side, STATUS_H + 90 - side // 2, fp, side, "circle")
    y = STATUS_H + 160
    pill(img, 24, y, W - 56, 76, off(page, 16))
    s.words(rng, 80, y + 48, 0.6, 2, GREY)
    y += 110
    x = 24
    while x < W:
        w = rng.randrange(170, 260)
        pill(img, x, y, w, 60, off(page, 24))
        cv2.circle(img, (x + 32, y + 30), 14, random_colour(rng), -1, cv2.LINE_AA)
        s.words(rng, x + 56, y + 40, 0.5, 1)
        x += w + 12
    y += 100
    fill(img, rounded_rect(260, W - 56, 28), 24, y, s.accent)
    fp, side = _size(rng, 40, small(rng, 42, 70), (1.2, 1.45))
    cast.avatar(s, 54, y + 30, fp, side, "rounded")
    s.words(rng, 84 + side, y + 70, 0.7, 2, WHITE)
    s.words(rng, 84 + side, y + 104, 0.5, 2, WHITE)
    pill(img, 54, y + 170, 560, 60, tone(s.accent, -45))
    s.words(rng, 80, y + 210, 0.55, 3, WHITE)
    cv2.circle(img, (W - 110, y + 200), 40, WHITE, -1, cv2.LINE_AA)
    cv2.rectangle(img, (W - 128, y + 188), (W - 98, y + 212), s.accent, -1)
    y += 310
    if rng.random() < 0.5:  # recently consulted
        s.words(rng, 30, y, 0.75, 2)
        y += 24
        fp, side = _size(rng, 36, small(rng, 40, 60), (1.15, 1.3))
        x = 30
        while x < W:
            cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
            s.words(rng, x, y + side + 30, 0.45, 1)
            x += side + 40
        y += side + 70
    s.words(rng, 30, y, 0.8, 2)
    s.words(rng, W - 160, y, 0.55, 1, s.accent)
    y += 30
    card = off(page, 14)
    while y < H - NAV_H - 250:
        fp, side = _size(rng, 30, small(rng, 34, 96), (1.4, 1.8))
        rh = side + 150
        fill(img, rounded_rect(rh, W - 56, 24), 24, y, card)
        cast.person(s, 48, y + 24, fp, side, rng.choice(("rounded", "rounded", "squircle", "square")))
        if rng.random() < 0.5:
            badge(img, (48 + side - 8, y + 24 + side - 8), 10, GREEN, "", card)
        s.words(rng, 76 + side, y + 64, 0.7, 2)
        s.words(rng, 76 + side, y + 100, 0.5, 2, GREY)
        end = stars(img, 76 + side, y + 132, 10, rng.randrange(3, 6), GOLD, GREY)
        s.words(rng, end + 10, y + 140, 0.45, 1, GREY)
        heart(img, (W - 80, y + 60), 16, RED if rng.random() < 0.3 else GREY)
        chosen = rng.randrange(4)
        for k in range(4):  # time slots
            sx = 48 + k * 250
            if k == chosen:
                pill(img, sx, y + rh - 84, 230, 56, s.accent)
            else:
                outlined(img, sx, y + rh - 84, 230, 56, off(page, 60), card)
            s.words(rng, sx + 40, y + rh - 46, 0.5, 1, WHITE if k == chosen else s.fg)
        y += rh + 24
    tab_bar(cast, s, rng, "circle", page)
    return s.finish()


def dual_camera(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dual-camera photo feed: a top bar (tabs, one's own 18-26 px avatar), then posts: the
    author's 24-34 px face, name and how late it was posted, the back camera's 3:4 photo (people
    with faces 40-320 px, or a scene) with the front camera's selfie (faces 60-200 px) inset at its
    top left in a black rim over whatever is under it, "realmoji" reactions (24-40 px faces in
    circles, an emoji over their lower right) over the photo's lower edge, a caption, the comments
    link; the second post cut by the navigation bar."""
    s = new_screen(rng, name, cast.kind("dual"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    for k in range(2):  # friends, discovery
        s.words(rng, 300 + k * 260, STATUS_H + 64, 0.7, 1, s.fg if k == 0 else GREY)
    fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
    cast.avatar(s, W - 60 - side, STATUS_H + 48 - side // 2, fp, side, "circle")
    cv2.circle(img, (50, STATUS_H + 48), 20, s.fg, 3, cv2.LINE_AA)
    y = STATUS_H + 110
    while y < H - NAV_H - 200:
        fp, side = _size(rng, 24, 34, (1.05, 1.2))
        cast.avatar(s, 24, y, fp, side, "circle")
        s.words(rng, 44 + side, y + side // 2 - 2, 0.6, 1)
        s.words(rng, 44 + side, y + side // 2 + 26, 0.45, 3, GREY)
        y += side + 24
        pw = rng.randrange(820, W - 8 - 48)
        ph = round(pw * 4 / 3)
        px = (W - 8 - pw) // 2
        if rng.random() < 0.7:
            cast.photo(s, px, y, pw, ph, small(rng, 40, 320), rounded_rect(ph, pw, 28))
        else:
            cast.thing(s, px, y, pw, ph, rounded_rect(ph, pw, 28))
        iw = round(pw * rng.uniform(0.27, 0.34))
        ih = round(iw * 4 / 3)
        fill(img, rounded_rect(ih + 8, iw + 8, 22), px + 20, y + 20, BLACK)
        cast.photo(s, px + 24, y + 24, iw, ih, small(rng, 60, min(200, iw * 0.75)), rounded_rect(ih, iw, 18))
        fp, side = _size(rng, 24, small(rng, 26, 40), (1.1, 1.25))
        x = px + 30
        for _ in range(rng.randrange(0, 6)):  # realmoji over the photo's lower edge
            cast.avatar(s, x, y + ph - side // 2, fp * rng.uniform(0.9, 1.05), side, "circle", page)
            r = max(8, side // 5)
            C._smiley(img, x + side - r // 2, y + ph + side // 2 - r // 2, r, rng)
            x += side + 10
        y += ph + 70
        s.words(rng, 24, y, 0.6, rng.randrange(2, 6))
        s.words(rng, 24, y + 40, 0.5, 2, GREY)
        y += 90
    H5.nav_bar(s)
    return s.finish()


def lineup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fantasy football team on its pitch: the gameweek's points, tabs, a striped pitch with its
    lines, eleven players in a 4-4-2, 4-3-3, 3-5-2 or 3-4-3 (headshots with 24-40 px faces on a
    shirt-coloured disc), a name plate and the points under each, a captain's "C" and a vice
    captain's "V" badge over two headshots' upper right, injury flags over some lower left, the bench
    on a strip under the pitch; a tab bar."""
    s = new_screen(rng, name, cast.kind("lineup"), ("light", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 64, 0.85, 2)
    cv2.putText(img, str(rng.randrange(20, 130)), (W // 2 - 60, STATUS_H + 150), cv2.FONT_HERSHEY_DUPLEX, 2.4,
                s.accent, 4, cv2.LINE_AA)  # fmt: skip
    for k in range(2):
        s.words(rng, 80 + k * 700, STATUS_H + 140, 0.5, 1, GREY)
    y0, ph = STATUS_H + 210, rng.randrange(1150, 1300)
    for k in range(0, ph, 90):  # the stripes
        cv2.rectangle(img, (0, y0 + k), (W - 8, min(y0 + ph, y0 + k + 90)), PITCH[(k // 90) % 2], -1)
    line = (225, 235, 225)
    cv2.rectangle(img, (30, y0 + 20), (W - 38, y0 + ph - 20), line, 3)
    cv2.rectangle(img, (260, y0 + 20), (W - 268, y0 + 240), line, 3)
    cv2.rectangle(img, (400, y0 + 20), (W - 408, y0 + 100), line, 3)
    cv2.ellipse(img, ((W - 8) // 2, y0 + 240), (110, 70), 0, 0, 180, line, 3, cv2.LINE_AA)
    cv2.line(img, (30, y0 + ph - 20), (W - 38, y0 + ph - 20), line, 3)
    cv2.ellipse(img, ((W - 8) // 2, y0 + ph - 20), (150, 150), 0, 180, 360, line, 3, cv2.LINE_AA)
    shirt = random_colour(rng, 40, 230)
    fp, side = _size(rng, 24, small(rng, 26, 40), (1.15, 1.35))
    plate = (30, 30, 34)

    def player(cx: int, cy: int) -> tuple[int, int]:
        """A headshot centred on (cx, cy), its plate under it; returns its upper left."""
        cv2.circle(img, (cx, cy), side // 2 + 10, shirt, -1, cv2.LINE_AA)
        x, y = cx - side // 2, cy - side // 2
        cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
        fill(img, rounded_rect(34, 170, 8), cx - 85, cy + side // 2 + 16, plate)
        s.words(rng, cx - 72, cy + side // 2 + 40, 0.45, 1, WHITE)
        fill(img, rounded_rect(30, 70, 8), cx - 35, cy + side // 2 + 52, s.accent)
        cv2.putText(img, str(rng.randrange(0, 16)), (cx - 14, cy + side // 2 + 74), cv2.FONT_HERSHEY_SIMPLEX,
                    0.55, WHITE, 2, cv2.LINE_AA)  # fmt: skip
        if rng.random() < 0.1:  # an injury flag
            flag = np.array([[x - 6, y + side], [x + 22, y + side], [x + 8, y + side - 26]], np.int32)
            cv2.fillPoly(img, [flag], ORANGE, cv2.LINE_AA)
        return x, y

    rows = [1, *rng.choice(((4, 4, 2), (4, 3, 3), (3, 5, 2), (3, 4, 3)))]
    spots = []
    for r, count in enumerate(rows):
        cy = y0 + 110 + r * (ph - 260) // 3
        for k in range(count):
            spots.append(player(30 + (W - 68) * (2 * k + 1) // (2 * count), cy))
    for mark in ("C", "V"):
        x, y = spots.pop(rng.randrange(1, len(spots)))
        badge(img, (x + side - side // 8, y + side // 8), max(12, side // 4), BLACK, mark, WHITE)
    y = y0 + ph + 20
    cv2.rectangle(img, (0, y), (W - 8, y + 260), off(page, 20), -1)
    s.words(rng, 30, y + 40, 0.5, 1, GREY)
    for k in range(4):  # the bench
        player(130 + k * 270, y + 100)
    tab_bar(cast, s, rng, "circle", page)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
FACE_LAYOUTS: tuple[Layout, ...] = (
    roster, roster, watch, watch, contact, club, club, doorbell, doorbell, event_page, event_page,
    fundraiser, doctors, doctors, dual_camera, dual_camera, lineup, lineup,
)  # fmt: skip
FREE_LAYOUTS: tuple[Layout, ...] = (
    roster, watch, contact, club, doorbell, event_page, fundraiser, doctors, dual_camera, lineup,
    roster, club, dual_camera,
)  # fmt: skip


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT7_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h7", photos, free, seed, reps)
