"""Held-out screens, ninth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Everything earlier (heldout.py to heldout8.py) was written before it and has been, or may have been,
scored and read, so none of it counts as unseen any more. This set was written without running any
face detector on its screens and without reading the detector's code. Its people come only from the
held-out face photos (``composites.HELDOUT``, less two_people.jpg whose people appear in tuning
photos), its things from heldout2's face-free photos (``FREE_HELDOUT2``), its randomness from
``HELDOUT9_SEED``. heldout2's ``Screen`` settles each pasted face on what the finished screen shows
(drawing over a face takes those pixels away; a face left with under half is not counted);
heldout8's ``Cast`` (heldout6's, with a scene that is people or a thing) fills the people's places
(on face-free screens with pets, objects, textures and initials) and counts a face cut by an edge
once half of its box is inside.

Its weight is on small faces (18-40 px, continuous, most sizes skewed towards the small end), with
some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws (sets 2-8 already
draw a group's info page, a payments feed, a photo being tagged, a photo library's people row, a
class roster, a doorbell, a music app, a live stream, a leaderboard, an ID in a wallet and more:
see their docstrings):
- a podcast app's show page: the show's square cover (the hosts, faces 30-140 px, or a thing) under
  a scrim with its title, stars, a follow pill, the hosts (28-56 px faces), episodes with square
  art (the guest, faces 18-44 px) and "with" stacks of guests (18-30 px faces) in their notes, play
  buttons and progress, a mini player with a 96 px cover (faces 18-34 px);
- a game streaming page: face-free game footage with a drawn HUD (a minimap, health bars, a
  crosshair), the streamer's webcam overlay in one of its corners (faces 30-100 px) in an accent
  frame, LIVE and viewer chips, the streamer's 30-44 px face in a red live ring, tags, then the
  chat: 18-24 px faces after drawn sub badges, coloured names, highlighted gifted-sub rows;
- a home-rental listing: a carousel of room photos (face-free distractors; an open house with
  people, faces 20-90 px, on some) with the next one peeking, dots, the price and features, on most
  a stack of 18-24 px faces of who toured it, the agent's card (a 40-90 px face with the agency's
  drawn logo over its lower right), "similar homes" cut by the edge with each agent's 20-30 px face
  over the photo's lower left in a white rim, neighbours' reviews (20-36 px faces, initials on
  some), a sticky contact bar;
- a live fitness class: the instructor's full-height video (faces 90-400 px, a blurred backdrop
  where the photo ends) with a metrics bar and a progress line over its top, a live leaderboard over
  its left side (rows of 18-26 px faces on translucent pills, the own row in the accent; an
  instructor's face under them counts while half of its box shows), high fives (24-40 px faces, a
  raised hand over their corner) and a "taking this class" stack of 18-24 px faces over a gradient
  at its foot;
- a password manager's vault: one's own 20-28 px avatar, a search field, filter chips, entries whose
  drawn site logos carry the account's 18-26 px face over their lower right on some, "shared" stacks
  of 18-22 px faces, the family's 30-48 px faces (monograms on some), devices; on half an account
  switcher sheet over a 35-60 % scrim (the current account's 60-100 px face, other accounts'
  28-40 px faces and monograms, an "add" row);
- a magazine article: the cover photo (faces 120-420 px) with the masthead in big capitals over its
  top (over the hair or the face on some) and cover lines over a gradient, the headline, the
  author's 22-32 px face, text with a pull quote beside a round cut-out portrait (faces 50-140 px),
  inline photos (faces 20-120 px) with captions and related stories (a picture with 18-48 px faces,
  or a thing, and the author's 18-26 px face);
- a security camera app: a 2-3 column grid of 4-9 camera tiles (scenes with 18-40 px faces, or
  empty rooms and yards), most in low-light greyscale or green night vision, softened, camera names,
  time stamps, REC dots, an offline tile on some, then today's events: clip thumbnails (18-40 px
  faces, grey too), "person" chips, times;
- a project board: a member stack with a "+N" badge, two columns (the second cut by the right edge)
  of cards with labels, a cover (people with 20-80 px faces, or a thing) on some, titles, due dates,
  comment counts and assignee stacks of 18-26 px faces at their lower right; on some a card being
  dragged across the columns with a shadow (faces under it count while half of their box shows);
- an identity check's selfie step: a progress bar, the camera view (faces 150-380 px) dimmed outside
  an oval guide with a ring and corner ticks, a hint chip, then the ID captured before (a 24-44 px
  portrait, lines, a tick), a checklist, the support team's 20-30 px faces, a continue pill;
- a birthdays page: today's card on the accent (a 70-150 px face in a white rim, confetti over the
  card and the photo's edge, balloons, a "wished by" stack of 18-24 px faces), then upcoming
  birthdays by month: a date tile, 26-44 px faces (initials on some), names, a gift glyph.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Translucent scrims, gradients, blur and night vision leave the faces under them
counted, darker, greyer or softer. Only portrait 1088 x 2115 screens (the bench assumes that size;
see heldout5).

At the default 4 reps: 72 screens with 996 faces (776 under 32 px, 161 of 32-63, 34 of 64-127, 25
larger; 862 under 40 px) and 52 face-free screens (the same layouts with pets, objects, textures
and initials in the people's places); ``reps=1`` a quarter (18 screens with 229 faces: 177, 35, 9
and 8 by size, 196 under 40 px; 13 face-free). Every layout but the live class and the selfie check
is drawn twice a round. Counted by running the generator alone (``faces_bench.py --only heldout9
--count-only``, with ``--quick`` for one rep; no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout7 as H7
import heldout8 as H8
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import new_screen, pill, scrim, sheet, small, stars
from heldout6 import dots, off, outlined, stepped, tab_bar
from heldout7 import header, lens

HELDOUT9_SEED = 9494


@dataclass
class Cast(H8.Cast):
    """heldout8's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h9- where heldout8's are h8-."""

    def kind(self, layout: str) -> str:
        return "h9-" + super().kind(layout).removeprefix("h8-")


def low_light(s: Screen, rect: tuple[int, int, int, int], n: int, rng: random.Random) -> None:
    """A security camera's picture in ``rect``: grey and dim, or green night vision, softened either
    way; the faces pasted since the ``n``-th stay counted as they look now."""
    x1, y1, x2, y2 = rect
    if rng.random() < 0.4:
        lens(s, rect, n, True, rng, rng.uniform(0.1, 0.4))
    else:
        grey = cv2.cvtColor(s.img[y1:y2, x1:x2], cv2.COLOR_BGR2GRAY).astype(np.float32) * rng.uniform(
            0.45, 0.9
        )
        s.img[y1:y2, x1:x2] = cv2.cvtColor(grey.astype(np.uint8), cv2.COLOR_GRAY2BGR)
    H8.softened(s, rect, n, rng.uniform(0.5, 1.1))


def play(img: np.ndarray, c: tuple[int, int], r: int, back: Colour, ink: Colour) -> None:
    """A round play button."""
    cv2.circle(img, c, r, back, -1, cv2.LINE_AA)
    tri = np.array([[c[0] - r // 3, c[1] - r // 2], [c[0] - r // 3, c[1] + r // 2], [c[0] + r // 2, c[1]]])
    cv2.fillPoly(img, [tri.astype(np.int32)], ink, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def podcast(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast app's show page: the square cover (the hosts, faces 30-140 px, or a thing) with its
    title over a scrim, stars and a follow pill beside it, the hosts (28-56 px faces), episodes with
    square art (the guest, faces 18-44 px), a "with" stack of guests (18-30 px faces) in the notes on
    some, a play button and progress, a mini player (a 96 px cover, faces 18-34 px)."""
    s = new_screen(rng, name, cast.kind("podcast"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y, cs = STATUS_H + 120, rng.randrange(300, 440)
    cast.scene(
        s, 30, y, cs, cs, small(rng, 30, min(140, cs * 0.35)), rng.random() < 0.8, rounded_rect(cs, cs, 20)
    )
    stepped(s, (30, y + cs * 2 // 3, 30 + cs, y + cs - 20), 0.0, 0.6, 8)
    s.words(rng, 50, y + cs - 40, 0.8, 2, WHITE)
    tx = 60 + cs
    s.words(rng, tx, y + 50, 0.9, 2)
    s.words(rng, tx, y + 92, 0.55, 2, GREY)
    end = stars(img, tx, y + 140, 11, rng.randrange(3, 6), GOLD, GREY)
    s.words(rng, end + 10, y + 148, 0.45, 1, GREY)
    pill(img, tx, y + 180, 220, 60, s.accent)
    s.words(rng, tx + 40, y + 220, 0.6, 1, WHITE)
    y += cs + 60
    s.words(rng, 30, y, 0.7, 1)
    y += 26
    fp, side = _size(rng, 28, small(rng, 30, 56), (1.1, 1.3))
    for k in range(rng.randrange(2, 4)):  # the hosts
        x = 30 + k * (side + 250)
        cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, rng.choice(("circle", "squircle")))
        s.words(rng, x + side + 14, y + side // 2 + 8, 0.5, 1)
    y += side + 60
    cv2.line(img, (30, y - 20), (W - 38, y - 20), off(page, 25), 2)
    while y < H - NAV_H - 430:  # episodes
        t = rng.randrange(110, 160)
        cast.scene(
            s, 30, y, t, t, small(rng, 18.3, min(44, t * 0.3)), rng.random() < 0.7, rounded_rect(t, t, 12)
        )
        s.words(rng, 60 + t, y + 26, 0.45, 1, GREY)
        yy = _text_lines(s, rng, 60 + t, y + 62, 2, 0.6)
        if rng.random() < 0.6:  # with guests
            fp, sd = _size(rng, 18.3, small(rng, 20, 30), (1.05, 1.2))
            step = sd + 8 if rng.random() < 0.4 else round(sd * 0.7)
            end = cast.stack(s, 60 + t, yy - 6, rng.randrange(1, 4), fp, sd, step, page)
            s.words(rng, end + 12, yy - 6 + sd // 2 + 8, 0.45, 2, GREY)
            yy += sd + 4
        yb = max(y + t, yy) + 16
        play(img, (60, yb + 28), 26, s.fg, page)
        s.words(rng, 100, yb + 36, 0.45, 1, GREY)
        pill(img, 240, yb + 22, 300, 10, off(page, 40))
        pill(img, 240, yb + 22, rng.randrange(20, 300), 10, s.accent)
        y = yb + 100
    top = H - NAV_H - 130
    cv2.rectangle(img, (0, top), (W, H - NAV_H), off(page, 18), -1)
    cast.scene(s, 24, top + 17, 96, 96, small(rng, 18.3, 34), rng.random() < 0.75, rounded_rect(96, 96, 10))
    s.words(rng, 140, top + 56, 0.6, 2)
    s.words(rng, 140, top + 92, 0.45, 2, GREY)
    play(img, (W - 80, top + 65), 32, s.fg, page)
    cv2.line(img, (0, top), (rng.randrange(40, W - 8), top), s.accent, 4)
    H5.nav_bar(s)
    return s.finish()


def game_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A game streaming page: face-free game footage (16:9) with a drawn HUD (a minimap, health bars,
    a crosshair), the streamer's webcam overlay in one of its corners (faces 30-100 px) in an accent
    frame, LIVE and viewer chips, the streamer's 30-44 px face in a red live ring, the title and tag
    chips, follow and subscribe pills, then the chat: drawn sub badges, 18-24 px faces, coloured
    names, text, gifted-sub rows on the accent, a message field."""
    s = new_screen(rng, name, cast.kind("gamestream"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    top, vh = STATUS_H, (W - 8) * 9 // 16
    cast.thing(s, 0, top, W - 8, vh)
    cv2.rectangle(img, (20, top + 20), (170, top + 170), (30, 30, 30), -1)  # the minimap
    cv2.rectangle(img, (24, top + 24), (166, top + 166), (70, 110, 70), -1)
    for _ in range(4):
        cv2.circle(img, (rng.randrange(30, 160), top + rng.randrange(30, 160)), 5, RED, -1)
    for k in range(2):  # health and shield
        pill(img, (W - 8) // 2 - 200, top + vh - 70 + k * 26, 400, 18, (40, 40, 40))
        pill(img, (W - 8) // 2 - 200, top + vh - 70 + k * 26, rng.randrange(60, 400), 18, (GREEN, GOLD)[k])
    cx, cy = (W - 8) // 2, top + vh // 2
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        cv2.line(img, (cx + 8 * dx, cy + 8 * dy), (cx + 24 * dx, cy + 24 * dy), WHITE, 3)
    ww = rng.randrange(200, 340)
    wh = ww * 3 // 4
    wx = rng.choice((12, W - 8 - 12 - ww))
    wy = rng.choice((top + 12, top + vh - 12 - wh))
    if wx == 12 and wy == top + 12:
        wy = top + vh - 12 - wh  # the minimap's corner is taken
    cv2.rectangle(img, (wx - 4, wy - 4), (wx + ww + 3, wy + wh + 3), s.accent, -1)
    cast.photo(s, wx, wy, ww, wh, small(rng, 30, min(100, ww * 0.4)))
    y = top + vh
    pill(img, 20, y + 20, 90, 40, RED)
    s.words(rng, 34, y + 48, 0.5, 1, WHITE)
    s.words(rng, 130, y + 48, 0.5, 1, RED)
    y += 90
    fp, side = _size(rng, 30, small(rng, 32, 44), (1.1, 1.25))
    cv2.circle(img, (30 + side // 2, y + side // 2), side // 2 + 7, RED, 4, cv2.LINE_AA)
    cast.avatar(s, 30, y, fp, side, "circle")
    s.words(rng, 60 + side, y + 26, 0.7, 1, s.accent)
    s.words(rng, 60 + side, y + 62, 0.55, rng.randrange(3, 6))
    y += max(side, 80) + 24
    x = 30
    for k in range(rng.randrange(2, 5)):  # the game, then tags
        if k == 0:
            w = 220
            pill(img, x, y, w, 44, tone(s.accent, -50))
        else:
            w = rng.randrange(110, 170)
            outlined(img, x, y, w, 44, off(page, 50), page)
        s.words(rng, x + 18, y + 30, 0.45, 1, WHITE if k == 0 else s.fg)
        x += w + 12
    pill(img, W - 230, y - 6, 190, 56, s.accent)
    s.words(rng, W - 200, y + 30, 0.55, 1, WHITE)
    y += 70
    cv2.line(img, (0, y), (W - 8, y), off(page, 30), 2)
    y += 30
    bottom = H - NAV_H - 110
    while y < bottom - 50:  # the chat
        if rng.random() < 0.12:  # a gifted sub
            cv2.rectangle(img, (0, y - 6), (W - 8, y + 70), tone(s.accent, -60), -1)
            cv2.rectangle(img, (0, y - 6), (8, y + 70), s.accent, -1)
            fp, side = _size(rng, 20, 26, (1.05, 1.15))
            cast.avatar(s, 30, y + 32 - side // 2, fp, side, "circle")
            s.words(rng, 44 + side, y + 40, 0.55, 4, WHITE)
            y += 96
            continue
        x = 24
        for _ in range(rng.choice((0, 1, 1, 2))):  # sub badges
            colour = random_colour(rng, 60, 240)
            cv2.rectangle(img, (x, y + 4), (x + 22, y + 26), colour, -1)
            x += 28
        fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.0, 1.12))
        cast.person(s, x, y + 15 - side // 2, fp, side, rng.choice(("circle", "circle", "rounded")))
        x += side + 10
        s.words(rng, x, y + 22, 0.5, 1, random_colour(rng, 80, 250))
        s.words(rng, x + 150, y + 22, 0.5, rng.randrange(2, 7))
        y += max(side, 26) + 20
    pill(img, 20, bottom, W - 48, 70, off(page, 22))
    s.words(rng, 50, bottom + 44, 0.55, 2, GREY)
    H5.nav_bar(s)
    return s.finish()


def listing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A home-rental listing: a carousel of room photos (face-free; an open house with people, faces 20-90 px,
    on some) with the next one peeking at the right edge, dots, a heart, the price, the address and features,
    a stack of 18-24 px faces of who toured it on most, the agent's card (a 40-90 px face with the agency's
    drawn logo over its lower right, call and message pills), "similar homes" cut by the edge with each
    agent's 20-30 px face over the photo's lower left in a white rim, neighbours' reviews (20-36 px faces,
    initials on some), a sticky contact bar."""
    s = new_screen(rng, name, cast.kind("listing"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    y, ph = STATUS_H, rng.randrange(440, 640)
    pw = W - 8 - rng.randrange(80, 140)
    for x in (0, pw + 10):
        cast.scene(s, x, y, pw, ph, small(rng, 20, 90), rng.random() < 0.3)
    header(s, rng, WHITE, 2)
    n = rng.randrange(5, 12)
    dots(img, pw // 2, y + ph - 30, min(n, 6), rng.randrange(min(n, 6)), WHITE, (170, 170, 170))
    heart(img, (pw - 60, y + ph - 70), 22, WHITE)
    y += ph + 70
    cv2.putText(
        img, f"${rng.randrange(900, 6000):,}", (30, y), cv2.FONT_HERSHEY_DUPLEX, 1.5, s.fg, 2, cv2.LINE_AA
    )
    s.words(rng, 300, y, 0.55, 1, GREY)
    y = _text_lines(s, rng, 30, y + 50, 2, 0.6)
    for k in range(3):  # beds, baths, area
        cv2.rectangle(img, (30 + k * 280, y + 4), (70 + k * 280, y + 34), s.accent, 3)
        s.words(rng, 84 + k * 280, y + 30, 0.55, 2)
    y += 70
    if rng.random() < 0.7:  # who toured it
        fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
        end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.7), page)
        s.words(rng, end + 14, y + side // 2 + 8, 0.5, 4, GREY)
        y += side + 30
    y += 10
    card = off(page, 12) if sum(page) < 384 else WHITE
    fp, side = _size(rng, 40, small(rng, 44, 90), (1.15, 1.35))
    ch = side + 150
    fill(img, rounded_rect(ch, W - 56, 24), 24, y, off(page, 30))
    fill(img, rounded_rect(ch - 4, W - 60, 22), 26, y + 2, card)
    cast.avatar(s, 54, y + 30, fp, side, rng.choice(("circle", "rounded", "squircle")))
    ls = max(24, side * 2 // 5)
    fill(
        img,
        rounded_rect(ls + 6, ls + 6, 8),
        54 + side - ls * 2 // 3 - 3,
        y + 30 + side - ls * 2 // 3 - 3,
        card,
    )
    H8.logo(img, rng, 54 + side - ls * 2 // 3, y + 30 + side - ls * 2 // 3, ls)
    s.words(rng, 90 + side, y + 60, 0.7, 2)
    s.words(rng, 90 + side, y + 96, 0.5, 2, GREY)
    for k in range(2):  # call, message
        outlined(img, 54 + k * 330, y + side + 60, 300, 60, s.accent, card)
        s.words(rng, 100 + k * 330, y + side + 98, 0.55, 1, s.accent)
    y += ch + 60
    s.words(rng, 30, y, 0.8, 2)
    y += 30
    tw, th = rng.randrange(280, 380), rng.randrange(180, 260)
    x = 24
    for _ in range(4):  # similar homes
        cast.thing(s, x, y, tw, th, rounded_rect(th, tw, 16))
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.avatar(s, x + 16, y + th - side * 2 // 3, fp, side, "circle", WHITE)
        price = f"${rng.randrange(900, 6000):,}"
        cv2.putText(
            img, price, (x, y + th + side // 2 + 44), cv2.FONT_HERSHEY_DUPLEX, 0.8, s.fg, 2, cv2.LINE_AA
        )
        x += tw + 16
    y += th + 110
    s.words(rng, 30, y, 0.8, 2)
    y += 30
    bottom = H - NAV_H - 130
    while y < bottom - 160:  # what the neighbours say
        fp, side = _size(rng, 20, small(rng, 22, 36), (1.05, 1.2))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 50 + side, y + side // 2 + 6, 0.55, 2)
        stars(img, W - 230, y + side // 2, 9, rng.randrange(2, 6), GOLD, GREY)
        y = _text_lines(s, rng, 30, y + side + 40, rng.randrange(1, 4), 0.55) + 20
    cv2.rectangle(img, (0, bottom), (W, H - NAV_H), card, -1)
    cv2.line(img, (0, bottom), (W, bottom), off(page, 30), 2)
    s.words(rng, 30, bottom + 72, 0.7, 1)
    pill(img, W - 360, bottom + 30, 320, 70, s.accent)
    s.words(rng, W - 320, bottom + 74, 0.6, 2, WHITE)
    H5.nav_bar(s)
    return s.finish()


def live_class(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live fitness class: the instructor's full-height video (faces 90-400 px; a blurred backdrop where the
    photo ends), a metrics bar and a progress line over its top, a live leaderboard over its left side (a
    rank, an 18-26 px face, a name and an output on translucent pills, the own row in the accent), high fives
    (24-40 px faces with a raised hand over their upper right) and a "taking this class" stack of 18-24 px
    faces over a gradient at its foot."""
    s = new_screen(rng, name, cast.kind("liveclass"), ("dark",))
    img = s.img
    top, bottom = STATUS_H, H - NAV_H
    cast.photo(s, 0, top, W - 8, bottom - top, small(rng, 90, 400))
    scrim(s, (0, top, W - 8, top + 130), 0.55)
    for k in range(4):  # cadence, resistance, output, time
        cv2.putText(img, str(rng.randrange(10, 300)), (40 + k * 260, top + 70), cv2.FONT_HERSHEY_DUPLEX, 1.3,
                    WHITE, 2, cv2.LINE_AA)  # fmt: skip
        s.words(rng, 40 + k * 260, top + 108, 0.45, 1, (200, 200, 200))
    cv2.line(img, (0, top + 130), (rng.randrange(40, W - 8), top + 130), s.accent, 6)
    y, rw = top + 180, rng.randrange(380, 470)
    me = rng.randrange(3, 9)
    for rank in range(rng.randrange(6, 12)):
        fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
        rh = side + 22
        scrim(s, (16, y, 16 + rw, y + rh), rng.uniform(0.45, 0.7), s.accent if rank == me else (0, 0, 0))
        cv2.putText(img, str(rank + 1), (28, y + rh // 2 + 9), cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2)
        cast.person(s, 70, y + 11, fp, side, "circle")
        s.words(rng, 82 + side, y + rh // 2 + 8, 0.5, 1, WHITE)
        watts = str(rng.randrange(80, 400))
        cv2.putText(
            img, watts, (rw - 60, y + rh // 2 + 8), cv2.FONT_HERSHEY_SIMPLEX, 0.55, WHITE, 1, cv2.LINE_AA
        )
        y += rh + 8
    foot = bottom - rng.randrange(300, 380)
    stepped(s, (0, foot, W - 8, bottom), 0.0, 0.7, 12)
    y = foot + 40
    x = 30
    for _ in range(rng.randrange(2, 5)):  # high fives
        fp, side = _size(rng, 24, 40, (1.1, 1.25))
        cast.avatar(s, x, y, fp, side, "circle")
        r = max(9, side // 4)
        H7.hand(img, (x + side - r // 2, y + r // 2), r, (20, 20, 20))
        x += side + 40
    y += 110
    fp, side = _size(rng, 18.3, 24, (1.05, 1.15))
    end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.7), (20, 20, 20))
    s.words(rng, end + 14, y + side // 2 + 8, 0.55, 3, WHITE)
    pill(img, W - 200, y - 10, 160, 60, RED)
    s.words(rng, W - 170, y + 28, 0.55, 1, WHITE)
    H5.nav_bar(s)
    return s.finish()


def vault(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A password manager's vault: the title and one's own 20-28 px avatar, a search field, filter
    chips, entries (a drawn site logo with, on some, the account's 18-26 px face over its lower right,
    the site, the user name, a "shared" stack of 18-22 px faces on some, a chevron), the family's
    30-48 px faces (monograms on some) with an add button, devices; on half an account switcher
    sheet over a 35-60 % scrim: the current account's 60-100 px face, a "manage" pill, the other
    accounts (28-40 px faces, monograms) and an "add account" row."""
    s = new_screen(rng, name, cast.kind("vault"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 76, 1.2, 1)
    fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
    cast.avatar(s, W - 60 - side, STATUS_H + 50 - side // 2, fp, side, "circle")
    pill(img, 24, STATUS_H + 120, W - 56, 70, off(page, 18))
    s.words(rng, 80, STATUS_H + 166, 0.6, 2, GREY)
    y, x = STATUS_H + 220, 24
    for k in range(4):
        w = rng.randrange(130, 210)
        if k == 0:
            pill(img, x, y, w, 52, s.accent)
        else:
            outlined(img, x, y, w, 52, s.accent, page)
        s.words(rng, x + 22, y + 34, 0.5, 1, WHITE if k == 0 else s.fg)
        x += w + 12
    y += 90
    while y < H - NAV_H - 560:  # the entries
        ls = rng.randrange(56, 76)
        H8.logo(img, rng, 30, y, ls)
        if rng.random() < 0.45:  # the account's picture over the logo's corner
            fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
            cast.person(s, 30 + ls - side * 2 // 3, y + ls - side * 2 // 3, fp, side, "circle", page)
        s.words(rng, 70 + ls, y + ls // 2 - 2, 0.65, 1)
        s.words(rng, 70 + ls, y + ls // 2 + 30, 0.5, 1, GREY)
        if rng.random() < 0.3:
            fp, side = _size(rng, 18.3, 22, (1.05, 1.15))
            cast.stack(s, W - 130 - 2 * side, y + ls // 2 - side // 2, rng.randrange(2, 4), fp, side,
                       round(side * 0.7), page)  # fmt: skip
        cv2.line(img, (W - 60, y + ls // 2 - 12), (W - 48, y + ls // 2), GREY, 3)
        cv2.line(img, (W - 48, y + ls // 2), (W - 60, y + ls // 2 + 12), GREY, 3)
        y += ls + 40
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    fp, side = _size(rng, 30, 48, (1.1, 1.3))
    x = 30
    for _ in range(rng.randrange(2, 5)):  # the family
        cast.person(s, x, y, fp * rng.uniform(0.9, 1.05), side, rng.choice(("circle", "squircle")))
        s.words(rng, x, y + side + 32, 0.45, 1)
        x += side + 80
    cv2.circle(img, (x + side // 2, y + side // 2), side // 2, GREY, 3, cv2.LINE_AA)
    y += side + 90
    while y < H - NAV_H - 90:  # devices
        cv2.rectangle(img, (30, y), (70, y + 60), GREY, 3)
        s.words(rng, 100, y + 40, 0.55, 3)
        y += 90
    if rng.random() < 0.5:  # the account switcher
        scrim(s, (0, STATUS_H, W - 8, H), rng.uniform(0.35, 0.6))
        back = off(page, 10) if sum(page) < 384 else WHITE
        top = H - NAV_H - rng.randrange(820, 1000)
        sheet(img, top, back)
        fp, side = _size(rng, 60, small(rng, 64, 100), (1.15, 1.3))
        y = top + 70
        cast.avatar(s, (W - 8 - side) // 2, y, fp, side, "circle")
        s.words(rng, (W - 8) // 2 - 120, y + side + 50, 0.75, 2)
        s.words(rng, (W - 8) // 2 - 140, y + side + 86, 0.5, 2, GREY)
        outlined(img, (W - 8) // 2 - 170, y + side + 110, 340, 60, GREY, back)
        s.words(rng, (W - 8) // 2 - 120, y + side + 148, 0.55, 2)
        y += side + 210
        while y < H - NAV_H - 100:
            fp, side = _size(rng, 28, small(rng, 30, 40), (1.1, 1.25))
            cast.person(s, 40, y, fp, side, "circle")
            s.words(rng, 70 + side, y + side // 2 - 2, 0.6, 2)
            s.words(rng, 70 + side, y + side // 2 + 28, 0.45, 1, GREY)
            y += max(side, 50) + 30
        cv2.circle(img, (40 + 25, min(y, H - NAV_H - 60)), 25, GREY, 3, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def magazine(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A magazine article: the cover photo (faces 120-420 px) with the masthead in big capitals over
    its top (over the hair or part of the face on some), cover lines over a gradient at its foot,
    the kicker and headline, the author's 22-32 px face and the date, text, a pull quote beside a
    round cut-out portrait (faces 50-140 px) in a rim of the accent, then text, inline photos (faces
    20-120 px) with captions and related stories (a picture with 18-48 px faces, or a thing, the
    author's 18-26 px face, initials on some)."""
    s = new_screen(rng, name, cast.kind("magazine"), ("light", "light", "dark"))
    img = s.img
    top, ch = STATUS_H, rng.randrange(900, 1150)
    cast.photo(s, 0, top, W - 8, ch, small(rng, 120, 420))
    masthead = "".join(rng.choice("ABCDEGHKLMNORSTVW") for _ in range(rng.randrange(4, 7)))
    mx, my = rng.randrange(20, 60), top + rng.randrange(130, 300)
    ink = rng.choice((WHITE, RED, (20, 20, 20), GOLD))
    cv2.putText(img, masthead, (mx, my), cv2.FONT_HERSHEY_TRIPLEX, rng.uniform(3.2, 4.2), ink, 9, cv2.LINE_AA)
    stepped(s, (0, top + ch * 3 // 5, W - 8, top + ch), 0.0, 0.7, 12)
    for k in range(rng.randrange(2, 4)):  # cover lines
        s.words(rng, 30, top + ch - 60 - k * 54, 0.9 if k == 0 else 0.6, rng.randrange(2, 4), WHITE)
    y = top + ch + 60
    s.words(rng, 30, y, 0.55, 1, s.accent)
    y = _text_lines(s, rng, 30, y + 56, rng.randrange(2, 4), 1.0) + 10
    fp, side = _size(rng, 22, small(rng, 24, 32), (1.05, 1.2))
    cast.avatar(s, 30, y, fp, side, "circle")
    s.words(rng, 50 + side, y + side // 2 + 8, 0.5, 3, GREY)
    y = _text_lines(s, rng, 30, y + side + 60, rng.randrange(3, 6), 0.6) + 20
    if y < H - NAV_H - 400:  # a pull quote beside a cut-out portrait
        fp, side = _size(rng, 50, small(rng, 54, 140), (1.2, 1.45))
        px = W - 40 - side
        cv2.circle(img, (px + side // 2, y + side // 2), side // 2 + 8, s.accent, -1, cv2.LINE_AA)
        cast.avatar(s, px, y, fp, side, "circle")
        cv2.putText(img, '"', (30, y + 60), cv2.FONT_HERSHEY_TRIPLEX, 3.0, s.accent, 5, cv2.LINE_AA)
        for k in range(max(2, side // 45)):
            s.words(rng, 100, y + 50 + k * 46, 0.85, rng.randrange(2, 4), s.accent)
        y += max(side, 160) + 60
    while y < H - NAV_H - 80:
        pick = rng.random()
        if pick < 0.3 and y < H - NAV_H - 460:
            fh = rng.randrange(300, 440)
            cast.photo(s, 30, y, W - 68, fh, small(rng, 20, 120))
            s.words(rng, 30, y + fh + 36, 0.45, 5, GREY)
            y += fh + 80
        elif pick < 0.8 and y < H - NAV_H - 200:  # a related story: its picture, its author
            t = rng.randrange(140, 190)
            cast.scene(s, 30, y, t * 4 // 3, t, small(rng, 18.3, min(48, t * 0.3)), rng.random() < 0.7)
            s.words(rng, 60 + t * 4 // 3, y + 36, 0.6, rng.randrange(2, 4))
            fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
            cast.person(s, 60 + t * 4 // 3, y + t - side - 10, fp, side, "circle")
            s.words(rng, 76 + t * 4 // 3 + side, y + t - 10 - side // 2 + 8, 0.45, 2, GREY)
            y += t + 40
        else:
            y = _text_lines(s, rng, 30, y, rng.randrange(2, 6), 0.6) + 30
    H5.nav_bar(s)
    return s.finish()


def cameras(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A security camera app: a 2-3 column grid of 4-9 camera tiles (scenes with 18-40 px faces, or
    empty rooms and yards), most in low-light greyscale or green night vision, softened, with camera
    names, time stamps and REC dots over them, an offline tile on some; then today's events: clip
    thumbnails (18-40 px faces, grey too), "person" chips, times."""
    s = new_screen(rng, name, cast.kind("cameras"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 76, 1.1, 1)
    pill(img, W - 260, STATUS_H + 36, 220, 56, off(page, 30))
    s.words(rng, W - 230, STATUS_H + 72, 0.55, 1, GREEN)
    cols = rng.choice((2, 2, 3))
    rows = rng.choice((2, 3, 3))
    gap = 8
    tw = (W - 8 - 32 - gap * (cols - 1)) // cols
    th = tw * rng.choice((9, 12)) // 16
    offline = rng.randrange(cols * rows) if rng.random() < 0.3 else -1
    y0 = STATUS_H + 130
    for i in range(cols * rows):
        x, y = 16 + (i % cols) * (tw + gap), y0 + (i // cols) * (th + gap)
        if i == offline:
            cv2.rectangle(img, (x, y), (x + tw, y + th), (45, 45, 48), -1)
            cv2.rectangle(
                img, (x + tw // 2 - 30, y + th // 2 - 20), (x + tw // 2 + 20, y + th // 2 + 20), GREY, 3
            )
            cv2.line(img, (x + tw // 2 - 40, y + th // 2 + 30), (x + tw // 2 + 40, y + th // 2 - 30), GREY, 3)
            continue
        n = len(s.comp.faces)
        cast.scene(s, x, y, tw, th, small(rng, 18.3, 40), rng.random() < 0.65)
        if rng.random() < 0.8:
            low_light(s, (x, y, x + tw, y + th), n, rng)
        cv2.rectangle(img, (x, y), (x + 190, y + 34), (20, 20, 20), -1)
        s.words(rng, x + 8, y + 25, 0.45, 1, WHITE)
        stamp = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        cv2.putText(
            img, stamp, (x + tw - 130, y + th - 12), cv2.FONT_HERSHEY_SIMPLEX, 0.55, WHITE, 1, cv2.LINE_AA
        )
        if rng.random() < 0.4:
            cv2.circle(img, (x + tw - 20, y + 20), 8, RED, -1, cv2.LINE_AA)
    y = y0 + rows * (th + gap) + 50
    s.words(rng, 30, y, 0.8, 1)
    y += 30
    while y < H - NAV_H - 180:  # events
        t = rng.randrange(220, 280)
        u = t * 9 // 16
        n = len(s.comp.faces)
        person = rng.random() < 0.7
        cast.scene(s, 30, y, t, u, small(rng, 18.3, min(40, u * 0.35)), person, rounded_rect(u, t, 12))
        if rng.random() < 0.6:
            low_light(s, (30, y, 30 + t, y + u), n, rng)
        pill(img, 60 + t, y + 10, 130, 44, tone(s.accent, -40) if person else off(page, 30))
        s.words(rng, 80 + t, y + 40, 0.5, 1, WHITE)
        s.words(rng, 60 + t, y + 90, 0.55, rng.randrange(2, 5))
        s.words(rng, W - 150, y + 40, 0.45, 1, GREY)
        y += u + 30
    H5.nav_bar(s)
    return s.finish()


def board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A project board: the title, a member stack (18-28 px faces) with a "+N" badge and a share
    pill, then two columns (the second cut by the right edge) of cards: labels, a cover (people with
    20-80 px faces, or a thing) on some, titles, a due date, a comment count and an assignee stack
    of 18-26 px faces at their lower right; on some a card being dragged across the columns with a
    shadow (faces under it count while half of their box shows)."""
    s = new_screen(rng, name, cast.kind("board"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    fp, side = _size(rng, 18.3, small(rng, 20, 28), (1.05, 1.2))
    y = STATUS_H + 110
    end = cast.stack(s, 30, y, rng.randrange(3, 6), fp, side, round(side * 0.72), page)
    badge(img, (end + side // 2 + 4, y + side // 2), side // 2, GREY, f"+{rng.randrange(2, 20)}")
    pill(img, W - 200, y + side // 2 - 28, 160, 56, s.accent)
    s.words(rng, W - 170, y + side // 2 + 8, 0.55, 1, WHITE)
    y0 = y + side + 40
    cw = rng.randrange(620, 740)
    panel = off(page, 14)
    card = WHITE if sum(page) > 384 else off(page, 32)
    bottom = H - NAV_H - 20
    for x in (20, 20 + cw + 24):
        fill(img, rounded_rect(bottom - y0, cw, 20), x, y0, panel)
        s.words(rng, x + 24, y0 + 50, 0.65, 2)
        y = y0 + 80
        while True:
            cover = rng.random() < 0.35
            chh = rng.randrange(200, 300) if cover else 0
            ch = chh + rng.randrange(190, 250)
            if y + ch > bottom - 30:
                break
            fill(img, rounded_rect(ch, cw - 32, 14), x + 16, y, card)
            iy = y
            if cover:
                m = rounded_rect(chh, cw - 32, 14)
                cast.scene(s, x + 16, y, cw - 32, chh, small(rng, 20, 80), rng.random() < 0.7, m)
                iy += chh
            lx = x + 36
            for _ in range(rng.randrange(1, 4)):  # labels
                lw = rng.randrange(60, 130)
                pill(img, lx, iy + 18, lw, 16, random_colour(rng, 60, 230))
                lx += lw + 8
            _text_lines(s, rng, x + 36, iy + 74, rng.randrange(1, 3), 0.55)
            fy = y + ch - 46
            cv2.circle(img, (x + 46, fy + 14), 10, GREY, 2, cv2.LINE_AA)
            s.words(rng, x + 64, fy + 22, 0.45, 1, GREY)
            fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
            k = rng.randrange(1, 5)
            ax = x + cw - 40 - side - (k - 1) * round(side * 0.72)
            cast.stack(s, ax, fy + 14 - side // 2, k, fp, side, round(side * 0.72), card)
            y += ch + 16
    if rng.random() < 0.4:  # a card being dragged
        dw, dh = cw - 60, rng.randrange(190, 240)
        dx, dy = rng.randrange(200, 20 + cw), rng.randrange(y0 + 100, bottom - dh - 40)
        fill(img, rounded_rect(dh, dw, 16), dx + 10, dy + 14, tone(panel, -40))
        fill(img, rounded_rect(dh, dw, 16), dx, dy, card)
        pill(img, dx + 20, dy + 20, 110, 16, random_colour(rng, 60, 230))
        _text_lines(s, rng, dx + 20, dy + 76, 2, 0.55)
        fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
        cast.avatar(s, dx + dw - side - 24, dy + dh - side - 18, fp, side, "circle")
    H5.nav_bar(s)
    return s.finish()


def selfie_check(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An identity check's selfie step: a progress bar and steps, the camera view (faces 150-380 px)
    dimmed by 55-80 % outside an oval guide (in 8 px bands, the oval's ring over their steps) with
    corner ticks, a hint chip, then the ID captured before (a 24-44 px portrait, a side chip, lines,
    a tick badge), a checklist, on most a "need help" stack of 20-30 px faces, a continue pill."""
    s = new_screen(rng, name, cast.kind("selfie"), ("light", "dark", "dark"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    pill(img, 30, STATUS_H + 110, W - 68, 12, off(page, 40))
    pill(img, 30, STATUS_H + 110, rng.randrange(200, W - 200), 12, s.accent)
    y = _text_lines(s, rng, 30, STATUS_H + 190, 2, 0.7)
    vh = rng.randrange(820, 1000)
    fp = small(rng, 150, 380)
    cast.photo(s, 0, y, W - 8, vh, fp)
    cx, cy = (W - 8) // 2, y + vh // 2
    ax, ay = round(fp * rng.uniform(0.9, 1.2)) + 40, round(fp * rng.uniform(1.2, 1.5)) + 60
    ax, ay = min(ax, (W - 8) // 2 - 60), min(ay, vh // 2 - 40)
    alpha = rng.uniform(0.55, 0.8)
    scrim(s, (0, y, W - 8, cy - ay), alpha)
    scrim(s, (0, cy + ay, W - 8, y + vh), alpha)
    for by in range(cy - ay, cy + ay, 8):  # beside the oval, band by band
        mid = by + 4 - cy
        half = round(ax * np.sqrt(max(0.0, 1 - (mid / ay) ** 2)))
        scrim(s, (0, by, cx - half, by + 8), alpha)
        scrim(s, (cx + half, by, W - 8, by + 8), alpha)
    ring = GREEN if rng.random() < 0.5 else WHITE
    cv2.ellipse(img, (cx, cy), (ax, ay), 0, 0, 360, ring, 8, cv2.LINE_AA)
    for dx, dy in ((-1, -1), (1, -1), (-1, 1), (1, 1)):  # corner ticks
        px, py = cx + dx * (ax + 30), cy + dy * (ay + 20)
        cv2.line(img, (px, py), (px - dx * 50, py), WHITE, 5)
        cv2.line(img, (px, py), (px, py - dy * 50), WHITE, 5)
    pill(img, cx - 180, y + vh - 90, 360, 60, (30, 30, 30))
    s.words(rng, cx - 140, y + vh - 50, 0.6, 2, WHITE)
    y += vh + 40
    card = off(page, 14) if sum(page) < 384 else WHITE
    ch = 230
    fill(img, rounded_rect(ch, W - 56, 20), 24, y, off(page, 30))
    fill(img, rounded_rect(ch - 4, W - 60, 18), 26, y + 2, card)
    fp, side = _size(rng, 24, small(rng, 26, 44), (1.2, 1.4))
    cast.avatar(s, 54, y + 30, fp, side, rng.choice(("square", "rounded")))
    pill(img, W - 250, y + 30, 150, 44, off(card, 30))
    s.words(rng, W - 230, y + 60, 0.45, 1, s.accent)
    for k in range(3):
        s.words(rng, 80 + side, y + 60 + k * 40, 0.5, rng.randrange(2, 4))
    badge(img, (W - 90, y + ch - 50), 20, GREEN, "check")
    y += ch + 50
    for _ in range(3):  # the checklist
        if y > H - NAV_H - 200:
            break
        badge(img, (50, y), 14, GREEN if rng.random() < 0.6 else GREY, "check")
        s.words(rng, 84, y + 8, 0.55, rng.randrange(3, 6))
        y += 50
    if y < H - NAV_H - 220:  # help: the support team's faces
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        end = cast.stack(s, 30, y, rng.randrange(2, 4), fp, side, round(side * 0.72), page)
        s.words(rng, end + 14, y + side // 2 + 8, 0.55, 3, s.accent)
    pill(img, 30, H - NAV_H - 120, W - 68, 80, s.accent)
    s.words(rng, W // 2 - 80, H - NAV_H - 70, 0.7, 1, WHITE)
    H5.nav_bar(s)
    return s.finish()


def birthdays(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A birthdays page: today's card on the accent (a 70-150 px face in a white rim, confetti over
    the card and the photo's edge, balloons, the name and age, a "send wishes" pill, a "wished by"
    stack of 18-24 px faces), then upcoming birthdays by month: a date tile, 26-44 px faces (initials
    on some), names, "turns N", a gift glyph; a tab bar."""
    s = new_screen(rng, name, cast.kind("birthdays"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 80, 1.2, 1)
    y = STATUS_H + 130
    fp, side = _size(rng, 70, small(rng, 74, 150), (1.15, 1.35))
    ch = side + 240
    fill(img, rounded_rect(ch, W - 56, 30), 24, y, s.accent)
    cast.avatar(s, 60, y + 40, fp, side, "circle", WHITE)
    for _ in range(rng.randrange(14, 30)):  # confetti, a few over the photo's edge
        c = (rng.randrange(40, W - 60), rng.randrange(y + 16, y + ch - 16))
        colour = random_colour(rng, 80, 255)
        if rng.random() < 0.5:
            cv2.circle(img, c, rng.randrange(4, 9), colour, -1, cv2.LINE_AA)
        else:
            cv2.rectangle(img, c, (c[0] + rng.randrange(6, 14), c[1] + rng.randrange(3, 7)), colour, -1)
    for k in range(rng.randrange(1, 4)):  # balloons
        bx, by = W - 120 - k * 90, y + 70 + (k % 2) * 40
        cv2.line(img, (bx, by + 40), (bx + 6, by + 140), WHITE, 2)
        cv2.ellipse(img, (bx, by), (32, 40), 0, 0, 360, random_colour(rng, 60, 240), -1, cv2.LINE_AA)
    s.words(rng, 100 + side, y + 40 + side // 2 - 4, 0.85, 2, WHITE)
    s.words(rng, 100 + side, y + 40 + side // 2 + 36, 0.55, 2, WHITE)
    pill(img, 60, y + ch - 100, 280, 64, WHITE)
    s.words(rng, 90, y + ch - 58, 0.6, 2, s.accent)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
    end = cast.stack(s, 370, y + ch - 68 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), s.accent)
    s.words(rng, end + 12, y + ch - 60, 0.45, 2, WHITE)
    y += ch + 70
    bottom = H - NAV_H - 130
    while y < bottom - 120:
        s.words(rng, 30, y, 0.7, 1, GREY)  # a month
        y += 30
        for _ in range(rng.randrange(2, 5)):
            fp, side = _size(rng, 26, 44, (1.1, 1.3))
            rh = max(side, 76) + 30
            if y + rh > bottom:
                break
            fill(img, rounded_rect(76, 76, 16), 30, y + (rh - 76) // 2, off(page, 24))
            cv2.putText(img, str(rng.randrange(1, 29)), (46, y + rh // 2 + 14), cv2.FONT_HERSHEY_DUPLEX, 1.1,
                        s.accent, 2, cv2.LINE_AA)  # fmt: skip
            cast.person(
                s, 130, y + (rh - side) // 2, fp, side, rng.choice(("circle", "circle", "ring", "squircle"))
            )
            s.words(rng, 156 + side, y + rh // 2 - 4, 0.6, 2)
            s.words(rng, 156 + side, y + rh // 2 + 28, 0.45, 2, GREY)
            gx, gy = W - 90, y + rh // 2
            cv2.rectangle(img, (gx - 20, gy - 12), (gx + 20, gy + 20), GOLD, -1)
            cv2.line(img, (gx, gy - 12), (gx, gy + 20), RED, 4)
            y += rh
        y += 30
    tab_bar(cast, s, rng, "circle", page)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    podcast, game_stream, listing, live_class, vault, magazine, cameras, board, selfie_check, birthdays,
)  # fmt: skip
# with people: each twice a round but the two of the largest faces (the class's video, the selfie)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(
    fn for fn in LAYOUTS for _ in range(1 if fn in (live_class, selfie_check) else 2)
)
# face-free: each once, then the busiest three again (a grid of cameras, columns of cards, a carousel)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, cameras, board, listing)


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT9_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h9", photos, free, seed, reps)
