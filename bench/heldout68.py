"""Held-out screens, sixty-eighth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a porch seen from a doorbell's camera, an
airport's apron with a plane's tail, a stadium's stand under floodlights; nothing with eyes, a
mouth or a mask, and no round things in pairs); every random choice from ``HELDOUT68_SEED`` (68686;
the environment's ``HELDOUT68_SEED`` draws the set from another). Every face goes on the screen
through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels
drawn over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout66's ``Cast`` (through the sets' before it; this set's screens are marked h68-)
fills the people's places with ``solo`` avatars, whose squares hold one face each (a photo whose
face has a neighbour is passed over), and on face-free screens puts pets, objects, textures,
initials, app icons, glyphs, this set's drawn things and, here, skin-toned round shapes there; it
counts a face cut by an edge while half of its box is inside.

What it adds is a MIXED set: mostly sparse screens (one small face to three, far apart, alone on an
otherwise plain app screen), some of medium density (three faces to a dozen), and more face-free
screens than any set before it, to count false alarms. Many of its faces are washed (``fade``:
grey or not, their contrast cut to 0.3-0.55 about a light or mid grey; ``tint``: blended 30-45 %
with a colour), as night-vision feeds, faded account pictures and profiles on coloured tiles show
them. Ten layouts, seven sparse and three of medium density:
- a boarding pass (``boarding_pass``): the airline's coloured pass with the passenger's 20-40 px
  photo (faded on 30 %), the flight, the seat and a barcode; on 20 % instead "Verified at the gate"
  with the photo 64-150 px; on 25 % "Travelling with" and a companion's 18-26 px face at the foot;
- a doorbell's app (``doorbell_feed``): the live feed (a drawn porch) with a visitor's 18-40 px
  face in it (night vision on 45 %: grey and faded), then the day's events with face-free
  thumbnails; on 25 % one event's thumbnail with a visitor's 18-26 px face;
- a news article's comments (``news_comments``): the headline, then comments with initials but one
  commenter's 18-30 px photo (faded on 40 %); on 35 % a second three comments or more away;
- a school's parent portal (``parent_portal``): a card in the school's colour with the child's 24-48
  px photo (tinted with it on 40 %), the week's grades as bars, the attendance; on 40 % a teacher's
  message with an 18-28 px face;
- a fitness challenge (``fitness_challenge``): a progress ring, the friends in a row (``friend_row``)
  of initials but one to three 18-30 px photos, the last slot past the screen's right side (cut
  by it) on 30 %; a chart of the week's steps;
- sports scores (``scores_heads``): match cards with crests (coloured discs with letters) and
  scores, the player of the match's 20-36 px head on the team's colour (tinted with it on half); on
  30 % the top scorer's 18-28 px head further down;
- a sign-in screen (``welcome_back``): the app's logo, "Welcome back", the account's 18-40 px face
  alone in the middle of a plain page (faded on 40 %), "Continue as ..." and other ways in; on 30 %
  a second account's 15-24 px face under "Switch account" at the foot (under 18 px drawn, not
  counted);
- a streaming app's profile picker (``profile_picker``, medium): "Who's watching?" and five or six
  coloured tiles, three to five with a profile's face (the first 64-110 px, the others 26-64 px;
  tinted with the tile's colour on 35 %), the others a glyph (a kids' profile, "Add profile"); on
  20 % "Continue watching as ..." with a 64-150 px face at the foot;
- a group chat's members (``group_members``, medium): the group's picture (a thing), its name, then
  nine to fourteen members' rows, photos (18-30 px, faded on 20 %; 15-18 px on 15 %, drawn and not
  counted) on 70-90 % and initials on the rest;
- a team's lineup (``team_lineup``, medium): a pitch (grass stripes, lines) with the eleven players'
  18-28 px heads in rims of the team's colour in a formation, on 30 % the wide players' heads 15-30
  % past the screen's sides (cut by them), the scoreline above.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
chips and badges take the pixels they cover, and a face under them counts while half of its box
shows. Light, dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115 screens (the
bench assumes that size; see heldout5).

At the default 4 reps: 136 screens with 334 faces (280 under 32 px, 42 of 32-63, 10 of 64-127, 2
larger; 305 under 40 px): 112 sparse screens (70 with one face, 38 with two, 4 with three) and 24
of medium density (3 to 11 faces), and 92 face-free screens (every layout twice, then three
lookalikes, with initials, app icons, glyphs, pets, objects, skin-toned shapes and this set's drawn
things in the people's places); ``reps=1`` a quarter (34 screens with 77 faces: 66, 8, 2 and 1 by
size, 72 under 40 px; 23 face-free). The sparse layouts have people four times a round, the medium
ones twice. The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or
more:
    boarding_pass      16 screens    23 faces:  14,   7,   1,   1
    doorbell_feed      16 screens    23 faces:  22,   1,   0,   0
    news_comments      16 screens    26 faces:  26,   0,   0,   0
    parent_portal      16 screens    24 faces:  16,   8,   0,   0
    fitness_challenge  16 screens    29 faces:  29,   0,   0,   0
    scores_heads       16 screens    17 faces:  15,   2,   0,   0
    welcome_back       16 screens    16 faces:  11,   5,   0,   0
    profile_picker      8 screens    32 faces:   3,  19,   9,   1
    group_members       8 screens    56 faces:  56,   0,   0,   0
    team_lineup         8 screens    88 faces:  88,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import os
import random
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import cv2
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout66 as H66
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import APPS, MARKS, NAMES, SHAPES, app_icon, face_px, finish, glyph, side_for, top_bar
from heldout67 import button

DEFAULT_SEED = 68686


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT68_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 68686."""
    return int(env.get("HELDOUT68_SEED") or DEFAULT_SEED)


HELDOUT68_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top
TEAMS: tuple[Colour, ...] = ((40, 40, 200), (180, 90, 30), (40, 150, 60), (30, 170, 230), (120, 40, 120))
Wash = Callable[[np.ndarray], np.ndarray]


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def porch(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A porch seen from a doorbell's camera: a path running away between two lawns, the steps as
    bands, a gate's bars and a parked car's side as a long block across the street."""
    img = np.zeros((h, w, 3), np.uint8)
    street = round(h * rng.uniform(0.25, 0.35))
    gradient(img, (0, 0, w, street), (150, 150, 140), (120, 125, 120))
    cv2.rectangle(
        img, (round(w * 0.1), street - h // 8), (round(w * 0.55), street - 2), rng.choice(TEAMS), -1
    )
    gradient(img, (0, street, w, h), (60, 120, 70), (40, 90, 50))
    path = np.array([(w // 2 - w // 20, street), (w // 2 + w // 20, street), (w * 3 // 4, h), (w // 4, h)])
    cv2.fillPoly(img, [path.astype(np.int32)], (150, 160, 170))
    for k in range(1, 4):
        y = h - k * h // 10
        cv2.line(img, (w // 4, y), (w * 3 // 4, y), (110, 120, 130), max(1, h // 60))
    for x in range(0, w, max(4, w // 14)):
        cv2.line(img, (x, street - h // 16), (x, street + h // 20), (80, 80, 90), max(1, w // 120))
    return img


def apron(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An airport's apron at the gate: a pale sky, the tarmac with its yellow guide lines and a
    plane's tail fin in the airline's colour rising from the right."""
    img = np.zeros((h, w, 3), np.uint8)
    hz = round(h * rng.uniform(0.4, 0.55))
    gradient(img, (0, 0, w, hz), (230, 200, 160), (235, 225, 210))
    gradient(img, (0, hz, w, h), (95, 95, 100), (70, 70, 75))
    for k in range(3):
        y = hz + (k + 1) * (h - hz) // 4
        cv2.line(img, (0, y), (w, y - h // 10), (40, 200, 230), max(1, h // 80))
    x = round(w * rng.uniform(0.55, 0.75))
    fin = np.array([(x, hz), (x + w // 5, hz - h // 3), (x + w // 4, hz - h // 3), (x + w // 4, hz)])
    cv2.fillPoly(img, [fin.astype(np.int32)], rng.choice(TEAMS))
    cv2.rectangle(img, (x - w // 3, hz - h // 20), (w, hz + h // 30), (220, 220, 225), -1)
    return img


def stadium(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A stadium's stand under floodlights: a night sky, the lights as rows of bright rectangles on
    tall masts, the stand's tiers in the home team's colour and a striped pitch."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h // 3), (50, 25, 15), (80, 50, 35))
    stand = round(h * rng.uniform(0.35, 0.45))
    team = rng.choice(TEAMS)
    for k in range(6):
        y = h // 3 + k * (stand - h // 3) // 6
        cv2.rectangle(img, (0, y), (w, y + max(2, (stand - h // 3) // 6) - 1), off(team, -20 * (k % 2)), -1)
    for x in (round(w * 0.15), round(w * 0.8)):
        cv2.line(img, (x, h // 3), (x, h // 12), (120, 120, 120), max(1, w // 80))
        cv2.rectangle(img, (x - w // 14, h // 16), (x + w // 14, h // 10), (210, 240, 250), -1)
    for k, y in enumerate(range(stand, h, max(4, h // 10))):
        cv2.rectangle(img, (0, y), (w, y + h // 10), (50, 140, 60) if k % 2 else (60, 160, 70), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (porch, apron, stadium)


# ----------------------------------------------------------------------------------------------
# Washes: how some faces are shown (faded, grey, tinted). A washed face is still a face.
# ----------------------------------------------------------------------------------------------


def fade(rng: random.Random) -> Wash:
    """Grey on 60 %, the contrast cut to 0.3-0.55 about a grey of 110-200 (a faded account picture,
    a night-vision feed)."""
    grey, k, level = rng.random() < 0.6, rng.uniform(0.3, 0.55), rng.uniform(110, 200)

    def wash(piece: np.ndarray) -> np.ndarray:
        p = piece.astype(np.float32)
        if grey:
            p = np.repeat(p.mean(axis=2, keepdims=True), 3, axis=2)
        return np.clip(level + (p - p.mean()) * k, 0, 255).astype(np.uint8)

    return wash


def tint(colour: Colour, share: float) -> Wash:
    """A blend of ``share`` of ``colour`` into the picture (a profile's tile, a team's colour)."""

    def wash(piece: np.ndarray) -> np.ndarray:
        return (piece * (1 - share) + np.array(colour, np.float32) * share).astype(np.uint8)

    return wash


class Washed:
    """A screen whose pastes go through ``wash`` first; everything else is the screen's."""

    def __init__(self, s: Screen, wash: Wash) -> None:
        self.s, self.wash = s, wash

    def __getattr__(self, name: str) -> Any:
        return getattr(self.s, name)

    def paste(
        self, piece: np.ndarray, faces: Any, x: int, y: int, m: Any = None, min_visible: float = 0.6
    ) -> None:
        self.s.paste(self.wash(piece), faces, x, y, m, min_visible)


# ----------------------------------------------------------------------------------------------
# The cast: one face an avatar (heldout66's ``solo``), washed on some.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H66.Cast):
    """heldout66's cast (one face in each ``solo`` avatar; on a face-free screen initials, app icons,
    glyphs, pets, objects or drawn things in its place, and here skin-toned round shapes on a
    fifth), its screens marked h68-, whose drawn things are this set's: a porch, an apron, a
    stadium."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h68-" + super().kind(layout).removeprefix("h66-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """A skin-toned shaded disc on a fifth (no eyes, no mouth), else heldout66's stand-ins."""
        if self.rng.random() < 0.2:
            colour = self.rng.choice(H11.SKIN)
            H2.fill(s.img, mask(side, shape), x, y, off(colour, -40))
            H11.ball(s.img, (x + side // 2, y + side // 2), max(2, side // 2 - 2), colour, 0.3)
            return
        super().stand_in(s, x, y, side, shape, edge)

    def washed(self, s: Screen, x: int, y: int, fp: float, side: int, shape: str, wash: Wash | None) -> None:
        """``solo`` with its face's picture put through ``wash`` (none: as it is); on a face-free
        screen the stand-in is washed alike."""
        if wash is None:
            self.solo(s, x, y, fp, side, shape)
        elif self.photos:
            self.solo(typing.cast(Screen, Washed(s, wash)), x, y, fp, side, shape)
        else:
            self.solo(s, x, y, fp, side, shape)
            x1, y1, x2, y2 = max(0, x), max(0, y), min(WIDTH, x + side), min(H, y + side)
            if x2 > x1 and y2 > y1:
                m = mask(side, shape)[y1 - y : y2 - y, x1 - x : x2 - x, None] > 0
                s.img[y1:y2, x1:x2] = np.where(m, wash(s.img[y1:y2, x1:x2]), s.img[y1:y2, x1:x2])


def maybe(rng: random.Random, share: float, wash: Callable[[], Wash]) -> Wash | None:
    """``wash()`` on ``share`` of the draws, else none."""
    return wash() if rng.random() < share else None


def crest(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, letters: str) -> None:
    """A team's crest: a disc of ``colour`` with a white rim and its letters (never a face)."""
    cv2.circle(img, c, r + 3, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    note(img, letters, (c[0] - r * 3 // 5, c[1] + r // 4), r / 40, WHITE, 2)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two or three far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def boarding_pass(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An airline's boarding pass: the pass's coloured top with the route, the passenger's 20-40 px
    photo (faded on 30 %) by the name, the flight, the gate and the seat, a barcode; on 20 % the
    photo 64-150 px under "Verified at the gate" instead; on 25 % "Travelling with" and a
    companion's 18-26 px face at the foot."""
    s = new_screen(rng, name, cast.kind("boarding"), ("light", "dark", "tinted"))
    y = top_bar(s, "Boarding pass") + 20
    airline = rng.choice(TEAMS)
    rounded_card(s.img, 30, y, WIDTH - 60, 1180, 36, off(s.bg, 10))
    rounded_card(s.img, 30, y, WIDTH - 60, 260, 36, airline)
    a, b = rng.sample(("LHR", "OSL", "LIS", "JFK", "NBO", "SIN", "YUL", "MEX"), 2)
    note(s.img, a, (80, y + 150), 2.0, WHITE, 4)
    note(s.img, b, (WIDTH - 260, y + 150), 2.0, WHITE, 4)
    cv2.line(s.img, (300, y + 130), (WIDTH - 310, y + 130), WHITE, 3)
    note(
        s.img,
        f"Flight {rng.choice('BKLQU')}{rng.choice('AXYZ')} {rng.randrange(100, 999)}",
        (80, y + 220),
        0.7,
        WHITE,
    )
    y += 300
    if rng.random() < 0.2:
        note(s.img, "Verified at the gate", (80, y + 20), 0.7, s.fg, 2)
        fp = rng.uniform(64, 150)
        side = min(300, round(fp * rng.uniform(1.4, 1.9)))
        cast.washed(s, (WIDTH - side) // 2, y + 50, fp, side, "rounded", None)
        y += side + 80
    else:
        fp = face_px(rng, 20, 40)
        side = side_for(rng, fp)
        cast.washed(
            s,
            80,
            y,
            fp,
            side,
            rng.choice(("square", "rounded", "circle")),
            maybe(rng, 0.3, lambda: fade(rng)),
        )
        note(
            s.img,
            f"{rng.choice(NAMES).upper()} {rng.choice(('OKAFOR', 'BERG', 'SATO', 'REYES'))}",
            (110 + side, y + side // 2 + 10),
            0.8,
            s.fg,
            2,
        )
        y += max(side, 60) + 60
    gate = f"{rng.choice('ABCD')}{rng.randrange(1, 40)}"
    seat = f"{rng.randrange(1, 40)}{rng.choice('ACDF')}"
    boards = f"{rng.randrange(6, 22)}:{rng.choice(('05', '20', '35', '50'))}"
    for k, (label, value) in enumerate((("Gate", gate), ("Seat", seat), ("Boards", boards))):
        x = 80 + k * 300
        note(s.img, label, (x, y), 0.55, GREY)
        note(s.img, value, (x, y + 56), 1.2, s.fg, 3)
    y += 120
    for k in range(60):  # the barcode
        if rng.random() < 0.6:
            x = 100 + k * 14
            cv2.rectangle(s.img, (x, y), (x + rng.randrange(3, 10), y + 160), (30, 30, 30), -1)
    y += 220
    if rng.random() < 0.25 and y + 200 < FOOT:
        y = max(y + 40, FOOT - 220)
        note(s.img, "Travelling with", (60, y), 0.55, GREY)
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.washed(s, 60, y + 20, fp, side, "circle", None)
        note(s.img, rng.choice(NAMES), (90 + side, y + 20 + side // 2 + 8), 0.65, s.fg)
    return finish(s, rng, False)


def doorbell_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A doorbell's app: "Front door" and "Live", the feed (a drawn porch, 16:9 across the screen)
    with a visitor's 18-40 px face in it (night vision on 45 %: the feed and the face grey and
    faded), the talk and the siren buttons, then the day's events (a porch's thumbnail, what
    happened, the time); on 25 % one event's thumbnail, three events or more down, with a visitor's
    18-26 px face."""
    s = new_screen(rng, name, cast.kind("doorbell"), ("dark", "dark", "light"))
    y = top_bar(s, "Front door") + 10
    tag(s.img, WIDTH - 160, y - 80, "LIVE", (50, 50, 220), 40)
    fh = WIDTH * 9 // 16
    night = rng.random() < 0.45
    feed = H11.render(rng, WIDTH, fh, (porch,))
    wash = fade(rng) if night else None
    s.img[y : y + fh, :WIDTH] = wash(feed) if wash else feed
    fp = face_px(rng, 18.3, 40)
    side = round(fp * rng.uniform(1.3, 1.8))
    cast.washed(
        s,
        rng.randrange(60, WIDTH - 60 - side),
        y + rng.randrange(20, max(21, fh // 2 - side)),
        fp,
        side,
        "square",
        wash,
    )
    note(
        s.img,
        f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}",
        (30, y + fh - 24),
        0.6,
        WHITE,
        2,
    )
    y += fh + 40
    for k, (label, colour) in enumerate(
        (("Talk", s.accent), ("Siren", (60, 60, 200)), ("Snapshot", off(s.bg, 30)))
    ):
        tag(s.img, 40 + k * 330, y, label, colour, 64)
    y += 120
    note(s.img, "Today", (40, y), 0.8, s.fg, 2)
    y += 30
    n = (FOOT - 30 - y) // 130
    second = rng.randrange(3, n) if n > 3 and rng.random() < 0.25 else -1
    for k in range(n):
        if k == second:
            fp = face_px(rng, 18.3, 26)
            tw = round(fp * rng.uniform(1.3, 1.6))
            cast.washed(s, 40 + (160 - tw) // 2, y + 10 + (100 - tw) // 2, fp, tw, "square", None)
            what = "Someone at the door"
        else:
            H2.blit(s.img, H11.render(rng, 160, 100, (porch,)), 40, y + 10)
            what = rng.choice(("Motion detected", "Package delivered", "Motion: street", "Doorbell pressed"))
        note(s.img, what, (230, y + 50), 0.7, s.fg)
        note(s.img, f"{rng.randrange(6, 23)}:{rng.randrange(0, 60):02d}", (230, y + 90), 0.5, GREY)
        y += 130
    return finish(s, rng, True)


def comment(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """A reader's comment: initials, or with ``photo`` the commenter's 18-30 px face (faded on
    40 %); the name and the time, two or three lines, the replies' and likes' counts. Returns its
    height (210)."""
    if photo:
        fp = face_px(rng, 18.3, 30)
        side = side_for(rng, fp)
        cast.washed(s, 40, y + 10, fp, side, rng.choice(SHAPES), maybe(rng, 0.4, lambda: fade(rng)))
    else:
        cast.disc(s, 40, y + 10, 44)
    note(s.img, f"{rng.choice(NAMES)}{rng.randrange(1, 99)}", (110, y + 34), 0.6, s.fg, 2)
    note(s.img, f"{rng.randrange(1, 59)} min", (WIDTH - 140, y + 34), 0.45, GREY)
    for k in range(rng.randrange(2, 4)):
        s.words(rng, 110, y + 76 + 36 * k, 0.55, rng.randrange(4, 8))
    note(s.img, f"Reply   {rng.randrange(0, 40)} likes", (110, y + 190), 0.45, GREY)
    return 210


def news_comments(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news site's comments under an article: the headline and the count, a "Sort by" chip, then
    comments (``comment``) with initials but one commenter's photo; on 35 % a second three comments
    or more away."""
    s = new_screen(rng, name, cast.kind("newscomments"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, "Comments") + 30
    for _ in range(2):
        s.words(rng, 40, y + 30, 0.9, rng.randrange(3, 6))
        y += 46
    note(s.img, f"{rng.randrange(40, 900)} comments", (40, y + 40), 0.55, GREY)
    tag(s.img, WIDTH - 280, y + 6, "Newest first", off(s.bg, 24), 44)
    y += 80
    n = (FOOT - 20 - y) // 210
    first = rng.randrange(0, n)
    far = [k for k in range(n) if abs(k - first) >= 3]
    faced = {first} | ({rng.choice(far)} if far and rng.random() < 0.35 else set())
    for k in range(n):
        y += comment(cast, rng, s, y, k in faced)
    return finish(s, rng, False)


def parent_portal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school's parent portal: a card in the school's colour with the child's 24-48 px photo
    (tinted with the colour on 40 %), the name and the class; the week's grades as bars; the
    attendance; on 40 % a teacher's message with an 18-28 px face near the foot."""
    s = new_screen(rng, name, cast.kind("portal"), ("light", "light", "tinted"))
    school = rng.choice(TEAMS)
    y = STATUS_H + 20
    rounded_card(s.img, 24, y, WIDTH - 48, 240, 30, school)
    note(
        s.img, rng.choice(("Hillside Primary", "St Anne's", "Riverside Academy")), (60, y + 60), 0.8, WHITE, 2
    )
    fp = face_px(rng, 24, 48)
    side = side_for(rng, fp)
    cast.washed(s, 60, y + 90, fp, side, rng.choice(("circle", "border", "rounded")),
                maybe(rng, 0.4, lambda: tint(school, rng.uniform(0.3, 0.45))))  # fmt: skip
    note(s.img, rng.choice(NAMES), (90 + side, y + 90 + side // 2), 0.9, WHITE, 2)
    note(
        s.img,
        f"Class {rng.randrange(1, 7)}{rng.choice('ABC')}",
        (90 + side, y + 90 + side // 2 + 40),
        0.55,
        WHITE,
    )
    y += 290
    note(s.img, "This week", (40, y), 0.8, s.fg, 2)
    y += 30
    for k, subject in enumerate(("Maths", "Reading", "Science", "Art", "Music")):
        v = rng.randrange(40, 100)
        note(s.img, subject, (40, y + 40 + k * 70), 0.6, s.fg)
        cv2.rectangle(s.img, (260, y + 18 + k * 70), (260 + v * 6, y + 48 + k * 70), off(school, 40), -1)
        note(s.img, f"{v}%", (280 + v * 6, y + 44 + k * 70), 0.55, GREY)
    y += 400
    note(s.img, f"Attendance {rng.randrange(88, 100)}%", (40, y), 0.8, s.fg, 2)
    for d in range(5):
        ok = rng.random() < 0.85
        cv2.rectangle(
            s.img, (40 + d * 120, y + 30), (140 + d * 120, y + 80), (60, 170, 60) if ok else (60, 60, 200), -1
        )
    y += 140
    if rng.random() < 0.4:
        y = max(y + 40, FOOT - 330)
        rounded_card(s.img, 24, y, WIDTH - 48, 180, 24, off(s.bg, 12))
        fp = face_px(rng, 18.3, 28)
        side = side_for(rng, fp)
        cast.washed(s, 50, y + 30, fp, side, "circle", None)
        note(
            s.img, f"Ms {rng.choice(('Hale', 'Novak', 'Diaz'))} - teacher", (80 + side, y + 50), 0.6, s.fg, 2
        )
        s.words(rng, 80 + side, y + 100, 0.55, 5, GREY)
    return finish(s, rng, True)


def friend_row(cast: Cast, rng: random.Random, s: Screen, y: int, faces: int, cut: bool) -> int:
    """A challenge's friends in a row from x = 40 at ``y``: initials discs but ``faces`` of them
    (one to three, two slots or more apart) with an 18-30 px photo; with ``cut`` the last slot
    lies past the screen's right side (a photo there on half). Returns the row's height (150)."""
    slots = 7
    step = (WIDTH - 40) // 6
    last = slots - 1 if cut else slots - 2
    pool = list(range(0, last + 1))
    picked: list[int] = []
    if cut and rng.random() < 0.5:
        picked.append(last)
    while len(picked) < faces:
        free = [k for k in pool if all(abs(k - j) >= 2 for j in picked)]
        if not free:
            break
        picked.append(rng.choice(free))
    for k in range(last + 1):
        x = 40 + k * step
        if k in picked:
            fp = face_px(rng, 18.3, 30)
            side = side_for(rng, fp)
            if cut and k == last:
                x = WIDTH - side + round(side * rng.uniform(0.15, 0.3))
            cast.washed(s, x, y + 50 - side // 2, fp, side, "circle", None)
        else:
            cast.disc(s, x, y + 24, 52)
        note(s.img, f"{rng.randrange(2, 30)}k", (x, y + 120), 0.5, GREY)
    return 150


def fitness_challenge(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fitness app's challenge with friends: the challenge's name, a large progress ring and the
    days left, the friends (``friend_row``: one to three photos among initials, the last slot past
    the right side on 30 %), then a chart of the week's steps as bars."""
    s = new_screen(rng, name, cast.kind("challenge"), ("dark", "dark", "light", "tinted"))
    y = top_bar(s, rng.choice(("10k a day", "May step-up", "Weekend warriors"))) + 40
    c = (WIDTH // 2, y + 220)
    share = rng.uniform(0.2, 0.95)
    cv2.ellipse(s.img, c, (190, 190), -90, 0, 360, off(s.bg, 30), 34, cv2.LINE_AA)
    cv2.ellipse(s.img, c, (190, 190), -90, 0, round(360 * share), s.accent, 34, cv2.LINE_AA)
    note(s.img, f"{round(share * 100)}%", (c[0] - 70, c[1] + 20), 1.6, s.fg, 3)
    y += 470
    note(s.img, f"{rng.randrange(2, 12)} days left", (40, y), 0.7, GREY)
    y += 50
    note(s.img, "Friends", (40, y), 0.8, s.fg, 2)
    y += friend_row(cast, rng, s, y + 20, rng.choice((1, 1, 2, 3)), rng.random() < 0.3) + 40
    note(s.img, "Your steps", (40, y), 0.8, s.fg, 2)
    y += 40
    top = FOOT - 120
    for d in range(7):
        v = rng.uniform(0.2, 1.0)
        x = 60 + d * (WIDTH - 120) // 7
        cv2.rectangle(s.img, (x, top - round((top - y) * v)), (x + 80, top), s.accent, -1)
        note(s.img, "MTWTFSS"[d], (x + 28, top + 40), 0.6, GREY)
    return finish(s, rng, False)


def head(
    cast: Cast, rng: random.Random, s: Screen, y: int, px: tuple[float, float], label: str, team: Colour
) -> int:
    """A player's card at ``y``: the team's colour as a rounded square with the player's head
    (``px`` px) on it (tinted with the colour on half), the name, ``label`` and a stat. Returns its
    height (the card's)."""
    fp = face_px(rng, *px)
    side = side_for(rng, fp)
    h = max(160, side + 60)
    rounded_card(s.img, 24, y, WIDTH - 48, h, 24, off(s.bg, 10))
    rounded_card(s.img, 44, y + (h - side) // 2 - 10, side + 20, side + 20, 12, team)
    cast.washed(
        s,
        54,
        y + (h - side) // 2,
        fp,
        side,
        "square",
        maybe(rng, 0.5, lambda: tint(team, rng.uniform(0.3, 0.45))),
    )
    note(s.img, label, (100 + side, y + h // 2 - 20), 0.5, GREY)
    note(
        s.img,
        f"{rng.choice(NAMES)} {rng.choice(('Mensah', 'Ito', 'Varga', 'Silva'))}",
        (100 + side, y + h // 2 + 20),
        0.8,
        s.fg,
        2,
    )
    note(s.img, f"{rng.randrange(1, 4)} goals", (WIDTH - 200, y + h // 2 + 10), 0.6, s.fg)
    return h


def scores_heads(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports app's scores: the day's match cards (two crests, the teams and the score), the
    player of the match (``head``, 20-36 px on the team's colour) after the first two; on 30 % the
    top scorer's 18-28 px head at the foot."""
    s = new_screen(rng, name, cast.kind("scores"), ("light", "dark", "dark"))
    y = top_bar(s, "Scores") + 20
    team = rng.choice(TEAMS)
    for k in range(rng.randrange(3, 5)):
        rounded_card(s.img, 24, y, WIDTH - 48, 170, 24, off(s.bg, 10))
        for x in (110, WIDTH - 110):
            crest(s.img, (x, y + 70), 40, rng.choice(TEAMS), "".join(rng.sample("ABCFGLMRSU", 2)))
            note(
                s.img,
                rng.choice(("Rovers", "City", "United", "Athletic", "Wanderers")),
                (x - 70, y + 150),
                0.5,
                GREY,
            )
        note(s.img, f"{rng.randrange(0, 5)} - {rng.randrange(0, 5)}", (WIDTH // 2 - 70, y + 90), 1.4, s.fg, 3)
        y += 200
        if k == 1:
            note(s.img, "Player of the match", (40, y + 20), 0.7, s.fg, 2)
            y += head(cast, rng, s, y + 40, (20, 36), "Man of the match", team) + 70
    if rng.random() < 0.3 and y + 200 < FOOT:
        y = max(y + 20, FOOT - 200)
        head(cast, rng, s, y, (18.3, 28), "Top scorer", rng.choice(TEAMS))
    return finish(s, rng, True)


def welcome_back(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sign-in screen: the app's logo, "Welcome back", the account's 18-40 px face alone in the
    middle of a plain page (faded on 40 %), the e-mail, "Continue as ...", "Use another account";
    on 30 % "Switch account" with a second account's 15-24 px face at the foot (under 18 px drawn,
    not counted)."""
    s = new_screen(rng, name, cast.kind("signin"), ("light", "light", "dark", "tinted"))
    app_icon(s.img, WIDTH // 2 - 60, STATUS_H + 140, 120, rng.choice(APPS)[1], rng.choice(MARKS))
    note(s.img, "Welcome back", (WIDTH // 2 - 190, STATUS_H + 380), 1.4, s.fg, 3)
    fp = face_px(rng, 18.3, 40)
    side = side_for(rng, fp)
    y = rng.randrange(700, 1000)
    cast.washed(s, (WIDTH - side) // 2, y, fp, side, rng.choice(SHAPES), maybe(rng, 0.4, lambda: fade(rng)))
    person = rng.choice(NAMES)
    note(s.img, f"{person.lower()}@example.org", (WIDTH // 2 - 200, y + side + 60), 0.7, GREY)
    button(s.img, 80, y + side + 120, WIDTH - 160, f"Continue as {person}", s.accent)
    note(s.img, "Use another account", (WIDTH // 2 - 170, y + side + 300), 0.7, s.accent, 2)
    if rng.random() < 0.3:
        y = FOOT - 160
        note(s.img, "Switch account", (60, y), 0.55, GREY)
        fp = rng.uniform(15, 24)
        side = side_for(rng, fp)
        cast.washed(s, 60, y + 20, fp, side, "circle", None)
        note(s.img, rng.choice(NAMES), (90 + side, y + 20 + side // 2 + 8), 0.6, s.fg)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------
# Medium layouts: four faces to a dozen, or things in their places.
# ----------------------------------------------------------------------------------------------


def profile_picker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A streaming app's "Who's watching?": five or six coloured tiles in two columns, three to five
    with a profile's face in a circle on the tile (the first 64-110 px, the others 26-64 px; tinted
    with the tile's colour on 35 %), the others a glyph (a kids' profile, "Add profile"); the names;
    on 20 % "Continue watching as ..." with a 64-150 px face at the foot."""
    s = new_screen(rng, name, cast.kind("profiles"), ("dark", "dark", "tinted"))
    note(s.img, "Who's watching?", (WIDTH // 2 - 250, STATUS_H + 130), 1.5, s.fg, 3)
    tiles = rng.randrange(5, 7)
    faced = set(rng.sample(range(tiles), rng.randrange(3, min(5, tiles - 1) + 1)))
    big = rng.random() < 0.2
    t = 300 if big else 380
    for k in range(tiles):
        x = WIDTH - 110 - t if k % 2 else 110
        y = STATUS_H + 220 + (k // 2) * (t + 90)
        colour = rng.choice(TEAMS)
        rounded_card(s.img, x, y, t, t, 30, colour)
        if k in faced:
            fp = rng.uniform(64, 110) if k == min(faced) else rng.uniform(26, 64)
            side = min(t - 40, side_for(rng, fp) + rng.randrange(0, 40))
            cast.washed(s, x + (t - side) // 2, y + (t - side) // 2, fp, side, "circle",
                        maybe(rng, 0.35, lambda c=colour: tint(c, rng.uniform(0.3, 0.45))))  # fmt: skip
        else:
            glyph(s.img, (x + t // 2, y + t // 2), t // 5, rng.choice(("bolt", "gear", "bell")), WHITE)
        note(s.img, rng.choice((*NAMES, "Kids", "Guest")), (x + 20, y + t + 50), 0.8, s.fg, 2)
    if big:
        y = FOOT - 380
        note(s.img, "Continue watching as", (60, y), 0.7, GREY)
        fp = rng.uniform(64, 150)
        side = min(300, round(fp * rng.uniform(1.3, 1.6)))
        cast.washed(s, 60, y + 30, fp, side, "rounded", None)
        s.words(rng, 100 + side, y + 30 + side // 2, 0.8, 2)
    return finish(s, rng, False)


def group_members(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group chat's info page: the group's picture (a thing, in a circle), its name and "n
    members", then nine to fourteen members' rows: photos (18-30 px, faded on 20 %; 15-18 px on 15 %,
    drawn and not counted) on 70-90 % of them, initials on the rest, an "Admin" chip on one or
    two."""
    s = new_screen(rng, name, cast.kind("members"), ("light", "dark", "tinted"))
    y = top_bar(s, "Group info") + 20
    side = 220
    cast.thing(s, (WIDTH - side) // 2, y, side, side, mask(side, "circle"))
    y += side + 60
    note(
        s.img,
        rng.choice(("Book club", "Allotment crew", "Year 9 parents", "Climbing Tues")),
        (WIDTH // 2 - 180, y),
        1.1,
        s.fg,
        2,
    )
    n = rng.randrange(9, 15)
    note(s.img, f"{n} members", (WIDTH // 2 - 90, y + 46), 0.6, GREY)
    y += 90
    row = min(110, (FOOT - 20 - y) // n)
    photos = rng.uniform(0.7, 0.9)
    admins = set(rng.sample(range(n), rng.randrange(1, 3)))
    for k in range(n):
        c = (66, y + row // 2)
        if rng.random() < photos:
            fp = rng.uniform(15, 18) if rng.random() < 0.15 else face_px(rng, 18.3, 30)
            side = side_for(rng, fp)
            cast.washed(
                s,
                c[0] - side // 2,
                c[1] - side // 2,
                fp,
                side,
                rng.choice(SHAPES),
                maybe(rng, 0.2, lambda: fade(rng)),
            )
        else:
            cast.disc(s, c[0] - 24, c[1] - 24, 48)
        note(s.img, f"{rng.choice(NAMES)} {rng.choice('ABCDKMRS')}.", (120, c[1] + 10), 0.65, s.fg)
        if k in admins:
            tag(s.img, WIDTH - 180, c[1] - 20, "Admin", off(s.bg, 26), 40)
        y += row
    return finish(s, rng, False)


def team_lineup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A team's lineup: the scoreline, then a pitch (stripes and lines) with the eleven players'
    18-28 px heads in circles with rims of the team's colour, in a 4-4-2, 4-3-3 or 3-5-2 formation;
    on 30 % the pitch wider than the screen, the wide players' heads (of lines of four or five) 15-30
    % past its sides, cut by them."""
    s = new_screen(rng, name, cast.kind("lineup"), ("dark", "light", "dark"))
    y = top_bar(s, "Lineups") + 20
    team = rng.choice(TEAMS)
    crest(s.img, (140, y + 60), 44, team, "HM")
    crest(s.img, (WIDTH - 140, y + 60), 44, rng.choice(TEAMS), "AW")
    note(s.img, f"{rng.randrange(0, 4)} - {rng.randrange(0, 4)}", (WIDTH // 2 - 70, y + 80), 1.5, s.fg, 3)
    y += 160
    top, bottom = y, FOOT - 40
    for k, yy in enumerate(range(top, bottom, 120)):
        cv2.rectangle(
            s.img, (0, yy), (WIDTH, min(bottom, yy + 120)), (50, 130, 50) if k % 2 else (60, 150, 65), -1
        )
    cv2.rectangle(s.img, (30, top + 20), (WIDTH - 30, bottom - 20), WHITE, 3)
    cv2.line(s.img, (30, (top + bottom) // 2), (WIDTH - 30, (top + bottom) // 2), WHITE, 3)
    wide = rng.random() < 0.3
    lines = rng.choice(((1, 4, 4, 2), (1, 4, 3, 3), (1, 3, 5, 2)))
    gap = (bottom - top - 120) // len(lines)
    for j, count in enumerate(lines):
        cy = bottom - 100 - j * gap
        for i in range(count):
            fp = face_px(rng, 18.3, 28)
            side = side_for(rng, fp)
            cx = WIDTH // 2 + round((i - (count - 1) / 2) * (WIDTH - 160) / max(1, count - 1))
            if wide and count >= 4 and i in (0, count - 1):  # 15-30 % of the avatar past the side
                past = round(side * rng.uniform(0.15, 0.3))
                cx = side // 2 - past if i == 0 else WIDTH - side // 2 + past
            cv2.circle(s.img, (cx, cy), side // 2 + 5, team, -1, cv2.LINE_AA)
            cast.washed(s, cx - side // 2, cy - side // 2, fp, side, "circle", None)
            note(s.img, str(rng.randrange(1, 30)), (cx - 14, cy + side // 2 + 30), 0.55, WHITE, 2)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
SPARSE: tuple[Layout, ...] = (
    boarding_pass,
    doorbell_feed,
    news_comments,
    parent_portal,
    fitness_challenge,
    scores_heads,
    welcome_back,
)
MEDIUM: tuple[Layout, ...] = (profile_picker, group_members, team_lineup)
LAYOUTS: tuple[Layout, ...] = (*SPARSE, *MEDIUM)
# with people: the ten layouts in turn twice, then the sparse ones twice more (four screens a round
# of each sparse layout, two of each medium one)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2 + SPARSE * 2
# face-free: each twice, then three again (the lookalikes: profiles with glyphs and skin-toned
# shapes in the tiles, a challenge's friends all initials and things, a lineup of round things on
# the pitch)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, profile_picker, fitness_challenge, team_lineup)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT68_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 34 screens of people and 23 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h68", photos, free, seed, reps)
