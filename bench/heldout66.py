"""Held-out screens, sixty-sixth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a parcel on a doorstep, a lake under
mountains, a houseplant in a pot, a city's blocks from above; nothing with eyes, a mouth or a
mask, and no round things in pairs); every random choice from ``HELDOUT66_SEED`` (66666; the
environment's ``HELDOUT66_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout65's ``Cast`` (through the sets' before it; this set's screens are marked h66-)
fills the people's places, and on face-free screens puts pets, objects, textures, initials, app
icons, glyphs and this set's drawn things there; it counts a face cut by an edge while half of its
box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is SPARSE screens: every earlier set crowds its screens with faces; here a screen holds
one small face, or at most two far apart, as real phones often do: a chat's header with the
contact's avatar over text-only bubbles (a read receipt's tiny face under the last message on
some); a group thread where one incoming message has its sender's avatar among text-only bubbles; a
lock screen's notifications, app icons but one sender's avatar (the app's badge partly over it on
some); comments under a post, initials but one commenter's photo; a contact's card; a map with one
person's pin (cut by the screen's side on some); a podcast player with its host's small photo; an
inbox of initials but one sender's photo (that row swiped on some, the photo cut by the left edge);
an account's settings with the user's own picture; a calendar event with its organiser's avatar.
Each avatar's photo is chosen so its square holds one face only (``Cast.solo``: a neighbour in the
photo would make two). Ten layouts:
- a chat (``chat_header``): the header (``chat_bar``: the contact's 18-32 px face, 33-44 px on a
  fifth); text-only bubbles (``bubbles``); on 35 % a read receipt's 13-24 px face under the last
  one (under 18 px drawn, not counted);
- a group thread (``group_thread``): text-only bubbles but one incoming message with its sender's
  18-30 px face beside it (``sender_bubble``), on 30 % a second one at least three messages on;
- a lock screen (``lock_screen``): the wallpaper (a drawn thing or a photo, dimmed), the clock, and
  notifications (``notice``): app icons but one message's sender (20-40 px), the app's badge over
  its corner on half; on 25 % a second far down;
- comments (``comment_thread``): the post (a page's logo, on 30 % the poster's 28-44 px face; a
  picture of a thing on half), comments with initials but one commenter's 18-30 px face (a story
  ring on some);
- a contact's card (``contact_card``): the photo, 64-150 px on 30 % (a large circle), else 33-64
  px; the fields and the actions; on 25 % a linked contact's 18-26 px face at its foot;
- a map (``map_pin``): streets, places' pins with glyphs, one person's 20-32 px face in a pin (cut
  by the screen's right side on 20 %), on 25 % a second far off; the sheet at the foot;
- a podcast player (``podcast_player``): the cover (a thing), the controls, the host's 20-36 px
  face; on 25 % a guest's 18-28 px face in "Up next";
- an inbox (``inbox``): initials but one sender's 20-32 px photo, that row swiped on 20 % (the
  photo cut by the left edge); on 30 % the user's own 18-26 px face in the search bar;
- settings (``account_settings``): the user's own 24-48 px face, rows of glyph icons; on 30 % a
  family member's 18-26 px face four rows down;
- a calendar event (``calendar_event``): the organiser's 20-30 px face, guests as initials, on 30 %
  one guest's photo two rows down.
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %); the
badges, pins' strokes, swipe actions and bars take the pixels they cover, and a face under them
counts while half of its box shows. Light, dark and tinted themes; JPEG quality 30-60. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 240 screens with 311 faces (256 under 32 px, 46 of 32-63, 7 of 64-127, 2
larger; 281 under 40 px), 169 of the screens with one face and 71 with two, and 52 face-free
screens (the same layouts with initials, app icons, glyphs, pets, objects and this set's drawn
things in the people's places); ``reps=1`` a quarter (60 screens with 76 faces: 63, 10, 2 and 1 by
size, 69 under 40 px; 13 face-free). Every layout has people six times a round. The faces of each
layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    chat_header        24 screens    28 faces:  23,   5,   0,   0
    group_thread       24 screens    27 faces:  27,   0,   0,   0
    lock_screen        24 screens    35 faces:  30,   5,   0,   0
    comment_thread     24 screens    31 faces:  24,   7,   0,   0
    contact_card       24 screens    32 faces:   8,  15,   7,   2
    map_pin            24 screens    33 faces:  33,   0,   0,   0
    podcast_player     24 screens    27 faces:  24,   3,   0,   0
    inbox              24 screens    30 faces:  30,   0,   0,   0
    account_settings   24 screens    35 faces:  24,  11,   0,   0
    calendar_event     24 screens    33 faces:  33,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout28 as H28
import heldout65 as H65
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREEN, GREY, badge, tone
from heldout5 import nav_bar, small
from heldout6 import off
from heldout19 import chevron
from heldout20 import note
from heldout21 import tab_bar
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card

DEFAULT_SEED = 66666


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT66_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 66666."""
    return int(env.get("HELDOUT66_SEED") or DEFAULT_SEED)


HELDOUT66_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top
SHAPES: tuple[str, ...] = ("circle", "circle", "rounded", "square", "ring", "border")
NAMES: tuple[str, ...] = (
    "Maya", "Tom", "Priya", "Jonas", "Aisha", "Leo", "Sofia", "Ben", "Hana", "Omar", "Clara", "Dev",
    "Ines", "Kofi", "Lena", "Marco",
)  # fmt: skip
APPS: tuple[tuple[str, Colour], ...] = (
    ("Mail", (200, 120, 40)), ("Messages", (80, 190, 70)), ("Calendar", (60, 60, 220)),
    ("Weather", (210, 160, 60)), ("Bank", (120, 80, 40)), ("Parcel", (40, 140, 220)),
    ("Fitness", (90, 60, 200)), ("News", (60, 60, 60)),
)  # fmt: skip
MARKS: tuple[str, ...] = ("envelope", "bubble", "bell", "bolt", "gear", "pin")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def parcel(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A parcel on a doorstep: a brick wall, a door's lower panel, a doormat and a brown box with its
    tape and a white label."""
    img = np.zeros((h, w, 3), np.uint8)
    step = round(h * rng.uniform(0.55, 0.65))
    gradient(img, (0, 0, w, step), (60, 80, 150), (50, 70, 130))
    for y in range(0, step, max(3, h // 20)):
        cv2.line(img, (0, y), (w, y), (150, 160, 175), 1)
    dx = round(w * rng.uniform(0.1, 0.3))
    cv2.rectangle(
        img, (dx, 0), (dx + w // 2, step), rng.choice(((40, 60, 30), (90, 40, 30), (60, 60, 60))), -1
    )
    gradient(img, (0, step, w, h), (160, 165, 170), (130, 135, 140))
    cv2.rectangle(img, (dx - 4, step + 2), (dx + w // 2 + 4, step + max(4, h // 10)), (40, 70, 100), -1)
    bx, bw, bh = round(w * rng.uniform(0.35, 0.55)), max(8, w // 3), max(6, h // 4)
    top = step + max(2, h // 14) - bh
    cv2.rectangle(img, (bx, top), (bx + bw, top + bh), (70, 130, 180), -1)
    cv2.rectangle(
        img,
        (bx + bw // 2 - max(1, bw // 16), top),
        (bx + bw // 2 + max(1, bw // 16), top + bh),
        (150, 190, 215),
        -1,
    )
    cv2.rectangle(img, (bx + 3, top + bh // 2), (bx + bw // 3, top + bh - 3), WHITE, -1)
    return img


def lake_view(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lake under mountains at dusk (a lock screen's wallpaper): a graded sky, two ranges of
    peaks, a dark treeline and the lake with the peaks' pale streaks on it."""
    img = np.zeros((h, w, 3), np.uint8)
    shore = round(h * rng.uniform(0.55, 0.65))
    gradient(img, (0, 0, w, shore), rng.choice(((120, 60, 40), (150, 90, 60))), (170, 150, 200))
    for k, colour in enumerate(((110, 90, 100), (70, 60, 70))):
        pts = [(0, shore)]
        for x in range(0, w + 40, max(10, w // 6)):
            pts.append((x, round(shore - h * rng.uniform(0.1, 0.3) * (1 - 0.3 * k))))
        pts.append((w, shore))
        cv2.fillPoly(img, [np.array(pts, np.int32)], colour)
    for x in range(0, w, max(3, w // 50)):
        cv2.line(
            img, (x, shore), (x, shore - rng.randrange(2, max(3, h // 15))), (30, 45, 30), max(1, w // 100)
        )
    gradient(img, (0, shore, w, h), (110, 80, 70), (70, 50, 45))
    for _ in range(rng.randrange(4, 9)):
        y = rng.randrange(shore + 2, max(shore + 3, h - 2))
        x = rng.randrange(0, max(1, w - 10))
        cv2.line(img, (x, y), (x + max(4, w // 8), y), (160, 150, 180), 1)
    return img


def houseplant(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A houseplant in a pot on a shelf: a pale wall, a terracotta pot as a trapezoid, long leaves as
    thin green ellipses fanning out, and the shelf's edge."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (225, 230, 235), (200, 210, 215))
    shelf = round(h * 0.82)
    cv2.rectangle(img, (0, shelf), (w, h), (90, 130, 170), -1)
    cx = round(w * rng.uniform(0.4, 0.6))
    pw, ph = max(6, w // 4), max(6, h // 4)
    pot = np.array(
        [
            (cx - pw // 2, shelf - ph),
            (cx + pw // 2, shelf - ph),
            (cx + pw // 3, shelf),
            (cx - pw // 3, shelf),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pot], (60, 100, 190))
    base = (cx, shelf - ph)
    for _ in range(rng.randrange(5, 9)):
        angle = rng.uniform(-75, 75)
        length = h * rng.uniform(0.2, 0.4)
        t = math.radians(angle - 90)
        mid = (round(base[0] + math.cos(t) * length / 2), round(base[1] + math.sin(t) * length / 2))
        green = rng.choice(((50, 130, 40), (60, 150, 60), (40, 110, 50)))
        cv2.ellipse(img, mid, (max(2, round(length / 2)), max(1, w // 30)), angle - 90, 0, 360, green, -1)
    return img


def city_blocks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A city's blocks from above (a place's photo on a map): grey roofs in a grid of streets, a few
    green squares and one lane of cars as small coloured bars."""
    img = np.full((h, w, 3), (170, 170, 165), np.uint8)
    step = max(8, min(w, h) // 4)
    for x in range(0, w, step):
        for y in range(0, h, step):
            roof = rng.choice(((120, 120, 125), (100, 105, 115), (140, 140, 140), (60, 130, 70)))
            cv2.rectangle(img, (x + 3, y + 3), (x + step - 3, y + step - 3), roof, -1)
    lane = rng.randrange(0, max(1, h // step)) * step
    for x in range(2, w - 4, max(5, step // 3)):
        cv2.rectangle(
            img, (x, lane), (x + max(2, step // 6), lane + 2), rng.choice(((40, 40, 200), WHITE)), -1
        )
    return img


RENDERS: tuple[H11.Render, ...] = (parcel, lake_view, houseplant, city_blocks)


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def glyph(img: np.ndarray, c: tuple[int, int], r: int, kind: str, ink: Colour) -> None:
    """A line glyph of radius ``r`` centred on ``c``: an envelope, a speech bubble, a bell, a bolt, a
    gear (a ring with teeth) or a map pin (a drop with a dot)."""
    x, y = c
    t = max(1, r // 6)
    if kind == "envelope":
        cv2.rectangle(img, (x - r, y - r * 2 // 3), (x + r, y + r * 2 // 3), ink, t)
        cv2.line(img, (x - r, y - r * 2 // 3), (x, y + r // 6), ink, t)
        cv2.line(img, (x + r, y - r * 2 // 3), (x, y + r // 6), ink, t)
    elif kind == "bubble":
        cv2.rectangle(img, (x - r, y - r * 2 // 3), (x + r, y + r // 3), ink, -1)
        cv2.fillPoly(
            img, [np.array([(x - r // 2, y + r // 3), (x - r // 2, y + r), (x, y + r // 3)], np.int32)], ink
        )
    elif kind == "bell":
        bell = np.array(
            [
                (x - r // 3, y - r * 2 // 3),
                (x + r // 3, y - r * 2 // 3),
                (x + r * 3 // 4, y + r // 2),
                (x - r * 3 // 4, y + r // 2),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [bell], ink)
        cv2.line(img, (x - r, y + r // 2), (x + r, y + r // 2), ink, t)
        cv2.circle(img, (x, y + r * 3 // 4), max(1, r // 5), ink, -1)
    elif kind == "bolt":
        pts = [(0.2, -1.0), (-0.5, 0.15), (0.0, 0.15), (-0.2, 1.0), (0.5, -0.15), (0.0, -0.15)]
        cv2.fillPoly(img, [np.array([(x + dx * r, y + dy * r) for dx, dy in pts]).astype(np.int32)], ink)
    elif kind == "gear":
        for k in range(8):
            a = k * math.pi / 4
            cv2.line(
                img, (x, y), (round(x + math.cos(a) * r), round(y + math.sin(a) * r)), ink, max(2, r // 3)
            )
        cv2.circle(img, c, r * 2 // 3, ink, -1)
        cv2.circle(img, c, max(1, r // 4), tone(ink, -200), -1)
    else:
        drop = np.array([(x - r * 2 // 3, y - r // 4), (x, y + r), (x + r * 2 // 3, y - r // 4)], np.int32)
        cv2.circle(img, (x, y - r // 4), r * 2 // 3, ink, -1)
        cv2.fillPoly(img, [drop], ink)
        cv2.circle(img, (x, y - r // 4), max(1, r // 4), tone(ink, -200), -1)


def app_icon(img: np.ndarray, x: int, y: int, side: int, colour: Colour, kind: str) -> None:
    """An app's icon: a rounded square of ``colour`` with a white glyph (``glyph``) in it."""
    rounded_card(img, x, y, side, side, max(3, side // 4), colour)
    glyph(img, (x + side // 2, y + side // 2), max(3, side * 3 // 10), kind, WHITE)


def bubble(
    img: np.ndarray, rng: random.Random, x: int, y: int, w: int, lines: int, back: Colour, ink: Colour
) -> int:
    """A message bubble at (x, y), ``w`` wide, of ``lines`` lines of words. Returns its height."""
    h = 30 + 40 * lines
    rounded_card(img, x, y, w, h, 26, back)
    for k in range(lines):
        HO._words(img, rng, x + 24, y + 46 + 40 * k, ink, 0.75, rng.randrange(2, 5))
    return h


def text_rows(s: Screen, rng: random.Random, x: int, y: int, n: int, size: float = 0.7) -> None:
    """``n`` lines of words from (x, y), 40 px apart, the later ones grey."""
    for k in range(n):
        s.words(
            rng, x, y + 40 * k, size if k == 0 else size * 0.85, rng.randrange(2, 6), s.fg if k == 0 else GREY
        )


# ----------------------------------------------------------------------------------------------
# The cast: one face an avatar.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H65.Cast):
    """heldout65's cast (heldout64's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it), its screens marked h66-, whose drawn things are this set's: a
    parcel on a doorstep, a lake under mountains, a houseplant, a city's blocks from above. Its
    ``solo`` avatars hold one face each; on a face-free screen their places hold initials, app
    icons, glyphs, pets, objects or drawn things."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h66-" + super().kind(layout).removeprefix("h65-")

    def solo(
        self,
        s: Screen,
        x: int,
        y: int,
        fp: float,
        side: int,
        shape: str | None = None,
        edge: Colour | None = None,
    ) -> None:
        """An avatar at (x, y) whose square holds one face, ``fp`` px (under 18 drawn and not
            counted), in heldout2's looks: a photo whose face has a neighbour near it is passed over (up
            to eight tries, then a photo of one person where the cast has one), as is one whose face would
        show under three quarters of its box in the avatar's shape on the screen (cut by its side) or
        come out under 18 px. On a face-free cast:
            an app's icon on 15 %, a glyph on a disc on 15 %, a pet on 15 %, else heldout65's cast's
            stand-ins (initials, objects, textures, drawn things)."""
        rng = self.rng
        lk = H2.look(rng, shape)
        if not self.photos:
            self.stand_in(s, x, y, side, lk.shape, edge)
            return
        singles = [p for p in self.photos if len(p.faces) == 1]
        m = mask(side, lk.shape)
        seen = m.copy()  # the part of the avatar on the screen
        seen[:, : max(0, -x)] = 0
        seen[:, max(0, WIDTH - x) :] = 0
        for k in range(9):
            p, f = HO._face(singles if k == 8 and singles else self.photos, rng)
            tile, faces = C.avatar(p, f, fp, side, lk, rng, 0.05)
            if len(faces) == 1 and shown_share(faces[0], seen) >= 0.75 and counted(faces[0], fp):
                break
        faces = [b for b in faces if (b[2] - b[0]) * (b[3] - b[1]) > 0]
        if edge is not None:
            t = max(2, side // 14)
            H2.fill(s.img, mask(side + 2 * t, lk.shape), x - t, y - t, edge)
        c, r = (x + side // 2, y + side // 2), side // 2
        if lk.shape == "ring":
            t = max(2, side // 16)
            cv2.ellipse(s.img, c, (r + 2 * t, r + 2 * t), 0, -200, 20, s.accent, t, cv2.LINE_AA)
            cv2.ellipse(s.img, c, (r + 2 * t, r + 2 * t), 0, 20, 160, (40, 180, 250), t, cv2.LINE_AA)
        s.paste(tile, faces, x, y, m, self.min_visible)
        if lk.shape == "border":
            cv2.circle(s.img, c, r - 1, (245, 245, 245), max(2, side // 24), cv2.LINE_AA)

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """What a face-free screen shows in an avatar's place."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            app_icon(s.img, x, y, side, rng.choice(APPS)[1], rng.choice(MARKS))
        elif roll < 0.3:
            H2.fill(s.img, mask(side, "circle"), x, y, H2.random_colour(rng, 60, 200))
            glyph(s.img, (x + side // 2, y + side // 2), max(3, side * 3 // 10), rng.choice(MARKS), WHITE)
        elif roll < 0.45:
            self.pet(s, x, y, side, side, mask(side, shape))
        else:
            self.avatar(s, x, y, side / 1.25, side, shape, edge)

    def disc(self, s: Screen, x: int, y: int, side: int) -> None:
        """An initials disc (no photo), on any screen."""
        H3.initials(s.img, self.rng, x, y, side, "circle")


def shown_share(box: C.BoxF, m: np.ndarray) -> float:
    """The share of a face's ``box`` (in its avatar's square) that the avatar's mask ``m`` shows."""
    side = m.shape[0]
    a, b, c, d = (min(side, max(0, round(v))) for v in box)
    area = max(1.0, (box[2] - box[0]) * (box[3] - box[1]))
    return float((m[b:d, a:c] > 0).sum()) / area


def counted(box: C.BoxF, fp: float) -> bool:
    """Whether a face asked for at ``fp`` px came out so (a face asked for under 18 px never counts;
    one asked for at 18.3 px or more must be 18 px or more, rounding and all)."""
    return fp < 18 or max(box[2] - box[0], box[3] - box[1]) >= 18.05


def face_px(rng: random.Random, lo: float = 18.3, hi: float = 32.0) -> float:
    """A counted face's size, lo-hi px, skewed small (the set's weight is on small faces)."""
    return max(18.3, small(rng, lo, hi) if rng.random() < 0.6 else rng.uniform(lo, hi))


def side_for(rng: random.Random, fp: float) -> int:
    """An avatar's side for a face of ``fp`` px: 1.2-1.45 of it (a tight crop: one face)."""
    return round(fp * rng.uniform(1.2, 1.45))


def top_bar(s: Screen, text: str) -> int:
    """A pushed page's bar titled ``text`` (heldout28's ``back_bar``). Returns the y under it."""
    H28.back_bar(s, text, 0.95)
    return STATUS_H + 100


def finish(s: Screen, rng: random.Random, tabs: bool) -> Composite:
    """The tab bar (with ``tabs``) and the navigation bar over the screen: the finished screen."""
    if tabs:
        tab_bar(s, rng, off(s.bg, 6), 5)
    nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------
# Layouts: each draws one face (or two far apart) or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def chat_bar(cast: Cast, rng: random.Random, s: Screen) -> int:
    """A chat's header: the back chevron, the contact's 18-32 px face (33-44 px on a fifth; an
    "online" dot over a larger one's lower right on 40 %), the name and "online" or "last seen", a
    call's and a video's glyphs. Returns the y under it (a rule)."""
    chevron(s.img, 34, STATUS_H + 60, s.fg, back=True)
    fp = face_px(rng) if rng.random() < 0.8 else rng.uniform(33, 44)
    side = side_for(rng, fp)
    y = STATUS_H + 60 - side // 2
    cast.solo(s, 76, y, fp, side, rng.choice(SHAPES))
    if side >= 28 and rng.random() < 0.4:
        r = max(4, side // 8)
        badge(s.img, (76 + side - r, y + side - r), r, GREEN, "", s.bg)
    note(s.img, rng.choice(NAMES), (96 + side, STATUS_H + 54), 0.8, s.fg, 2)
    note(s.img, rng.choice(("online", "last seen 9:41", "typing...")), (96 + side, STATUS_H + 86), 0.5, GREY)
    glyph(s.img, (WIDTH - 150, STATUS_H + 60), 16, "bubble", s.accent)
    glyph(s.img, (WIDTH - 70, STATUS_H + 60), 16, "bell", s.accent)
    cv2.line(s.img, (0, STATUS_H + 124), (WIDTH, STATUS_H + 124), off(s.bg, 18), 1)
    return STATUS_H + 126


def bubbles(s: Screen, rng: random.Random, y: int, foot: int) -> tuple[int, int]:
    """Text-only bubbles from ``y`` down to ``foot``, theirs on the left and mine on the right (a
    date's chip on some). Returns the foot of my last bubble (``y`` when there is none) and the y
    under them all."""
    mine, other = y, off(s.bg, 22)
    while True:
        lines = rng.randrange(1, 4)
        if y + 30 + 40 * lines + 40 > foot:
            return mine, y
        if rng.random() < 0.12:
            tag(s.img, WIDTH // 2 - 60, y, rng.choice(("Today", "Yesterday", "Mon")), off(s.bg, 30), 34)
            y += 56
        elif rng.random() < 0.5:
            y += bubble(s.img, rng, 30, y, rng.randrange(320, 720), lines, other, s.fg) + 18
        else:
            w = rng.randrange(320, 720)
            mine = y + bubble(s.img, rng, WIDTH - 30 - w, y, w, lines, s.accent, WHITE)
            y = mine + 18


def input_bar(s: Screen) -> None:
    """A chat's message field and its send button above the navigation bar."""
    top = FOOT - 110
    cv2.rectangle(s.img, (0, top), (WIDTH, FOOT), off(s.bg, 8), -1)
    rounded_card(s.img, 30, top + 20, WIDTH - 160, 70, 35, off(s.bg, 20))
    note(s.img, "Message", (64, top + 66), 0.7, GREY)
    cv2.circle(s.img, (WIDTH - 70, top + 55), 34, s.accent, -1, cv2.LINE_AA)
    glyph(s.img, (WIDTH - 70, top + 55), 14, "bolt", WHITE)


def chat_header(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat: the header (``chat_bar``), text-only bubbles (``bubbles``), on 35 % a read receipt's
    13-24 px face under my last bubble (under 18 px drawn, not counted), the message field."""
    s = new_screen(rng, name, cast.kind("chathead"), ("light", "dark", "light", "tinted"))
    y = chat_bar(cast, rng, s)
    receipt = rng.random() < 0.35
    bottom, _y = bubbles(s, rng, y + 30, FOOT - 110 - (50 if receipt else 10))
    if receipt and bottom > y + 30:
        fp = rng.uniform(13, 24)
        side = max(12, round(fp * 1.15))
        cast.solo(s, WIDTH - 30 - side, bottom + 8, fp, side, "circle")
    input_bar(s)
    return finish(s, rng, False)


def sender_bubble(cast: Cast, rng: random.Random, s: Screen, y: int, lines: int) -> int:
    """An incoming message with its sender's 18-30 px face at its foot's left, the name in a colour
    over the bubble. Returns its height with the gap under it."""
    fp = face_px(rng, 18.3, 30)
    side = side_for(rng, fp)
    note(s.img, rng.choice(NAMES), (50 + side, y + 20), 0.55, H2.random_colour(rng, 60, 220), 2)
    h = bubble(s.img, rng, 40 + side, y + 30, rng.randrange(320, 700), lines, off(s.bg, 22), s.fg)
    cast.solo(s, 24, y + 30 + h - side, fp, side, rng.choice(("circle", "circle", "rounded", "border")))
    return h + 50


def group_thread(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group thread: the group's name and members' count, then text-only messages (names over
    theirs, mine on the right), but one incoming message with its sender's face beside it
    (``sender_bubble``), on 30 % a second at least three messages on; the message field."""
    s = new_screen(rng, name, cast.kind("thread"), ("light", "dark", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Climbing crew", "Flat 4B", "Book club", "Team lunch", "Family")))
    note(s.img, f"{rng.randrange(3, 12)} members", (80, y - 6), 0.5, GREY)
    n = rng.randrange(6, 9)
    first = rng.randrange(0, 3)
    faced = {first} | ({rng.randrange(first + 3, n)} if rng.random() < 0.3 else set())
    y += 30
    for k in range(n):
        lines = rng.randrange(1, 3)
        if y + 80 + 40 * lines > FOOT - 130:
            break
        if k in faced:
            y += sender_bubble(cast, rng, s, y, lines)
        elif rng.random() < 0.45:
            w = rng.randrange(300, 700)
            y += bubble(s.img, rng, WIDTH - 30 - w, y, w, lines, s.accent, WHITE) + 20
        else:
            note(s.img, rng.choice(NAMES), (60, y + 20), 0.55, H2.random_colour(rng, 60, 220), 2)
            y += bubble(s.img, rng, 50, y + 30, rng.randrange(300, 700), lines, off(s.bg, 22), s.fg) + 50
    input_bar(s)
    return finish(s, rng, False)


def notice(cast: Cast, rng: random.Random, s: Screen, y: int, card: Colour, ink: Colour, person: bool) -> int:
    """A notification on a card: an app's icon, or with ``person`` a message's sender (20-40 px
    face) with the app's small icon over the avatar's lower right on half; the app, the time, a
    title and a line. Returns its height with the gap under it (160 px)."""
    rounded_card(s.img, 24, y, WIDTH - 48, 144, 28, card)
    app, colour = rng.choice(APPS[:2] if person else APPS)
    if person:
        fp = face_px(rng, 20, 40)
        side = min(80, side_for(rng, fp))
        ax, ay = 48, y + 72 - side // 2
        cast.solo(s, ax, ay, fp, side, rng.choice(("circle", "circle", "rounded", "square")))
        if rng.random() < 0.5:
            mini = max(16, side * 2 // 5)
            app_icon(
                s.img,
                ax + side - mini * 2 // 3,
                ay + side - mini * 2 // 3,
                mini,
                colour,
                rng.choice(MARKS[:2]),
            )
        x = 72 + side
    else:
        app_icon(s.img, 48, y + 44, 56, colour, rng.choice(MARKS))
        x = 128
    note(s.img, app.upper(), (x, y + 40), 0.45, ink)
    note(s.img, f"{rng.randrange(1, 59)}m ago", (WIDTH - 170, y + 40), 0.45, ink)
    note(
        s.img,
        rng.choice(NAMES) if person else rng.choice(("Delivered", "Reminder", "Rain at 4pm", "Payment")),
        (x, y + 80),
        0.65,
        ink,
        2,
    )
    HO._words(s.img, rng, x, y + 118, ink, 0.55, rng.randrange(3, 7))
    return 160


def lock_screen(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lock screen: the wallpaper (a drawn thing or a face-free photo, dimmed), the date and the
    clock, then three to six notifications (``notice``): app icons but one message's sender, on 25 %
    a second at least two notifications on; the torch's and the camera's buttons."""
    s = new_screen(rng, name, cast.kind("lock"), ("dark",))
    h = FOOT - STATUS_H
    wall = H11.render(rng, WIDTH, h, RENDERS) if rng.random() < 0.5 else cast.piece(WIDTH, h)
    s.img[STATUS_H:FOOT, :WIDTH] = (wall * rng.uniform(0.45, 0.7)).astype(np.uint8)
    note(
        s.img,
        rng.choice(("Monday 3 June", "Friday 14 March", "Sunday 9 November")),
        (WIDTH // 2 - 170, 240),
        0.9,
        WHITE,
        2,
    )
    cv2.putText(
        s.img,
        f"{rng.randrange(6, 12)}:{rng.randrange(0, 60):02d}",
        (WIDTH // 2 - 230, 460),
        cv2.FONT_HERSHEY_SIMPLEX,
        6.0,
        WHITE,
        12,
        cv2.LINE_AA,
    )
    light = rng.random() < 0.5
    card, ink = ((235, 235, 235), (30, 30, 30)) if light else ((60, 58, 56), (235, 235, 235))
    n = rng.randrange(3, 7)
    first = rng.randrange(0, n)
    later = [k for k in range(n) if abs(k - first) >= 2]
    people = {first} | ({rng.choice(later)} if later and rng.random() < 0.25 else set())
    y = 620
    for k in range(n):
        y += notice(cast, rng, s, y, card, ink, k in people)
    for x in (70, WIDTH - 170):
        cv2.circle(s.img, (x + 50, FOOT - 120), 50, (70, 70, 70), -1, cv2.LINE_AA)
        glyph(s.img, (x + 50, FOOT - 120), 20, "bolt" if x == 70 else "gear", WHITE)
    return finish(s, rng, False)


def comment_thread(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Comments under a post: the post's header (a page's logo, on 30 % the poster's 28-44 px face),
    its text and on half a picture of a thing, then comments with initials discs but one commenter's
    18-30 px face (a story ring on some), the reply field."""
    s = new_screen(rng, name, cast.kind("comments"), ("light", "dark", "light", "tinted"))
    y = top_bar(s, "Comments") + 10
    poster = rng.random() < 0.3
    if poster:
        fp = rng.uniform(28, 44)
        side = side_for(rng, fp)
        cast.solo(s, 30, y, fp, side, "circle")
    else:
        side = 56
        app_icon(s.img, 30, y, side, rng.choice(APPS)[1], rng.choice(MARKS))
    note(
        s.img,
        rng.choice(("Riverside Market", "City Library", "Trail Runners", "Night Owls")),
        (50 + side, y + 24),
        0.65,
        s.fg,
        2,
    )
    note(s.img, f"{rng.randrange(2, 23)}h", (50 + side, y + 52), 0.5, GREY)
    y += side + 30
    text_rows(s, rng, 30, y + 10, rng.randrange(1, 4))
    y += 140
    if rng.random() < 0.5:
        ph = rng.randrange(320, 460)
        cast.thing(s, 30, y, WIDTH - 60, ph, H2.rounded_rect(ph, WIDTH - 60, 18))
        y += ph + 20
    cv2.line(s.img, (30, y), (WIDTH - 30, y), off(s.bg, 18), 1)
    y += 30
    rows = []
    while y + 130 < FOOT - 110:
        rows.append(y)
        y += rng.randrange(120, 170)
    pick = rng.randrange(len(rows)) if not poster else rng.randrange(min(len(rows) - 1, 2), len(rows))
    for k, ry in enumerate(rows):
        if k == pick:
            fp = face_px(rng, 18.3, 30)
            side = side_for(rng, fp)
            cast.solo(s, 34, ry, fp, side, rng.choice(("circle", "ring", "circle", "border")))
        else:
            side = rng.randrange(36, 48)
            cast.disc(s, 34, ry, side)
        note(s.img, rng.choice(NAMES), (60 + side, ry + 22), 0.6, s.fg, 2)
        HO._words(s.img, rng, 60 + side, ry + 60, s.fg, 0.6, rng.randrange(3, 7))
        note(s.img, "Reply", (60 + side, ry + 96), 0.45, GREY)
    input_bar(s)
    return finish(s, rng, False)


def action(s: Screen, x: int, y: int, kind: str, label: str) -> None:
    """A contact's action: a disc in the accent with a glyph, its label under it."""
    cv2.circle(s.img, (x, y), 44, s.accent, -1, cv2.LINE_AA)
    glyph(s.img, (x, y), 18, kind, WHITE)
    note(s.img, label, (x - 34, y + 80), 0.5, s.fg)


def contact_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contact's card: the photo (on 30 % a large circle, the face 64-150 px, else 33-64 px at the
    left beside the name), the actions (``action``), the fields (phone, email, address, birthday);
    on 25 % a linked contact's 18-26 px face at the foot."""
    s = new_screen(rng, name, cast.kind("contact"), ("light", "dark", "light", "tinted"))
    y = top_bar(s, "") + 20
    person = f"{rng.choice(NAMES)} {rng.choice(('Okafor', 'Lindqvist', 'Moreau', 'Sato', 'Reyes'))}"
    if rng.random() < 0.3:
        fp = rng.uniform(64, 150)
        side = min(400, round(fp * rng.uniform(1.5, 2.0)))
        cast.solo(s, (WIDTH - side) // 2, y, fp, side, "circle")
        y += side + 30
        note(s.img, person, (WIDTH // 2 - 160, y + 40), 1.1, s.fg, 2)
        y += 80
    else:
        fp = rng.uniform(33, 64)
        side = side_for(rng, fp)
        cast.solo(s, 40, y, fp, side, rng.choice(("circle", "rounded", "square", "border")))
        note(s.img, person, (70 + side, y + side // 2), 1.0, s.fg, 2)
        y += side + 40
    for k, (kind, label) in enumerate(
        (("bubble", "message"), ("bell", "call"), ("bolt", "video"), ("envelope", "mail"))
    ):
        action(s, 140 + k * (WIDTH - 280) // 3, y + 50, kind, label)
    y += 170
    for label in ("mobile", "email", "home", "birthday", "notes"):
        if y + 120 > FOOT - 260:
            break
        rounded_card(s.img, 24, y, WIDTH - 48, 110, 20, off(s.bg, 10))
        note(s.img, label, (50, y + 40), 0.5, GREY)
        s.words(rng, 50, y + 84, 0.7, rng.randrange(2, 4))
        y += 124
    if rng.random() < 0.25:
        y = max(y + 40, FOOT - 200)
        note(s.img, "Linked contact", (40, y), 0.5, GREY)
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.solo(s, 40, y + 20, fp, side, "circle")
        note(s.img, rng.choice(NAMES), (60 + side, y + 20 + side // 2 + 8), 0.6, s.fg)
    return finish(s, rng, False)


def person_pin(cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, colour: Colour) -> None:
    """A person's pin with its point at (x, y): a disc of ``colour`` round the avatar (drawn before
    it) over a point, the avatar inside."""
    r = side // 2 + max(4, side // 6)
    cy = y - r - r // 2
    cv2.fillPoly(
        s.img, [np.array([(x - r // 2, cy + r // 2), (x + r // 2, cy + r // 2), (x, y)], np.int32)], colour
    )
    cv2.circle(s.img, (x, cy), r, colour, -1, cv2.LINE_AA)
    cast.solo(s, x - side // 2, cy - side // 2, fp, side, "circle")


def map_pin(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A map: streets (heldout2's map), places' pins with glyphs, one person's 20-32 px face in a pin
    (``person_pin``; on 20 % by the right side, cut by it), on 25 % a second 600 px or more away; the
    search field on top and the sheet at the foot with the name and the time away."""
    s = new_screen(rng, name, cast.kind("mappin"), ("light", "dark"))
    dark = sum(s.bg) < 384
    H2._map(s.img, rng, dark)
    for _ in range(rng.randrange(3, 7)):
        px, py = rng.randrange(60, WIDTH - 60), rng.randrange(300, FOOT - 500)
        colour = rng.choice(((60, 60, 220), (40, 150, 240), (160, 100, 60)))
        cv2.circle(s.img, (px, py), 22, colour, -1, cv2.LINE_AA)
        glyph(s.img, (px, py), 10, rng.choice(("pin", "bolt", "gear")), WHITE)
    rounded_card(s.img, 24, STATUS_H + 20, WIDTH - 48, 80, 40, off(s.bg, 4))
    note(s.img, "Search here", (70, STATUS_H + 70), 0.7, GREY)
    spots = []
    for k in range(2 if rng.random() < 0.25 else 1):
        fp = face_px(rng, 20, 32)
        side = side_for(rng, fp)
        for _ in range(20):
            edge = k == 0 and rng.random() < 0.2
            x = (
                WIDTH - side // 2 + round(side * rng.uniform(0.15, 0.3))
                if edge
                else rng.randrange(80, WIDTH - 80)
            )
            y = rng.randrange(420, FOOT - 460)
            if all(math.hypot(x - a, y - b) >= 600 for a, b in spots):
                break
        spots.append((x, y))
        person_pin(cast, s, x, y, fp, side, rng.choice((WHITE, s.accent, (40, 40, 40))))
    top = FOOT - 300
    rounded_card(s.img, 0, top, WIDTH, 340, 36, s.bg)
    cv2.line(s.img, (WIDTH // 2 - 40, top + 20), (WIDTH // 2 + 40, top + 20), GREY, 6)
    note(s.img, f"{rng.choice(NAMES)} is sharing their location", (40, top + 80), 0.7, s.fg, 2)
    note(s.img, f"{rng.randrange(2, 40)} min away - updated just now", (40, top + 124), 0.55, GREY)
    for k, label in enumerate(("Directions", "Message")):
        tag(s.img, 40 + k * 280, top + 160, label, s.accent if k == 0 else off(s.bg, 30), 56)
    return finish(s, rng, False)


def podcast_player(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast player: the cover (a thing, a drawn thing on some), the episode and the show, the
    scrubber and the controls, "Hosted by" with the host's 20-36 px face; on 25 % a guest's 18-28 px
    face in "Up next" further down."""
    s = new_screen(rng, name, cast.kind("player"), ("dark", "dark", "light", "tinted"))
    chevron(s.img, 40, STATUS_H + 50, s.fg, back=True)
    side = rng.randrange(560, 720)
    x = (WIDTH - side) // 2
    cast.thing(s, x, STATUS_H + 100, side, side, H2.rounded_rect(side, side, 24))
    y = STATUS_H + 140 + side
    note(
        s.img,
        f"Ep. {rng.randrange(12, 240)}: " + " ".join(rng.choice(C.WORDS) for _ in range(3)),
        (60, y),
        0.85,
        s.fg,
        2,
    )
    note(
        s.img,
        rng.choice(("The Long Walk", "Small Hours", "Field Notes", "Kitchen Table")),
        (60, y + 44),
        0.6,
        GREY,
    )
    y += 90
    cv2.line(s.img, (60, y), (WIDTH - 60, y), off(s.bg, 40), 6)
    cv2.line(s.img, (60, y), (60 + rng.randrange(40, WIDTH - 160), y), s.accent, 6)
    y += 90
    cx = WIDTH // 2
    cv2.circle(s.img, (cx, y), 56, s.fg, -1, cv2.LINE_AA)
    cv2.fillPoly(s.img, [np.array([(cx - 16, y - 26), (cx + 26, y), (cx - 16, y + 26)], np.int32)], s.bg)
    for d in (-1, 1):
        cv2.line(s.img, (cx + d * 200, y - 22), (cx + d * 200, y + 22), s.fg, 6)
    y += 110
    note(s.img, "Hosted by", (60, y), 0.55, GREY)
    fp = face_px(rng, 20, 36)
    side = side_for(rng, fp)
    cast.solo(s, 60, y + 20, fp, side, rng.choice(("circle", "rounded", "square", "border")))
    note(s.img, rng.choice(NAMES), (80 + side, y + 20 + side // 2 + 8), 0.65, s.fg, 2)
    y += side + 70
    if rng.random() < 0.25 and y + 220 < FOOT:
        y = max(y + 80, FOOT - 260)
        note(s.img, "Up next - with guest", (60, y), 0.55, GREY)
        fp = face_px(rng, 18.3, 28)
        side = side_for(rng, fp)
        cast.solo(s, 60, y + 20, fp, side, "circle")
        s.words(rng, 80 + side, y + 20 + side // 2 + 8, 0.6, 3)
    return finish(s, rng, False)


def mail_row(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool, swiped: bool) -> int:
    """An inbox's row: the sender's initials disc, or with ``photo`` the sender's 20-32 px face; the
    sender, the time, the subject and the preview. ``swiped``: the row slid left by 15-30 % of the
    avatar's side with the archive's green band and glyph at the right. Returns its height (132)."""
    fp = face_px(rng, 20, 32)
    side = side_for(rng, fp) if photo else rng.randrange(40, 52)
    shift = round(side * rng.uniform(0.15, 0.3)) + 30 if swiped else 0
    x = 30 - shift
    if swiped:
        cv2.rectangle(s.img, (WIDTH - 200, y), (WIDTH, y + 128), GREEN, -1)
        glyph(s.img, (WIDTH - 100, y + 64), 22, "envelope", WHITE)
    if photo:
        cast.solo(s, x, y + 30, fp, side, rng.choice(("circle", "circle", "rounded", "square")))
    else:
        cast.disc(s, x, y + 30, side)
    tx = x + side + 26
    note(s.img, rng.choice(NAMES), (tx, y + 40), 0.65, s.fg, 2)
    if not swiped:
        note(s.img, f"{rng.randrange(7, 12)}:{rng.randrange(0, 60):02d}", (WIDTH - 120, y + 40), 0.5, GREY)
    HO._words(s.img, rng, tx, y + 80, s.fg, 0.6, rng.randrange(2, 5))
    HO._words(s.img, rng, tx, y + 114, GREY, 0.5, rng.randrange(3, 6))
    return 132


def inbox(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An inbox: the search bar with the user's initials (on 30 % the user's own 18-26 px face), then
    rows (``mail_row``) of initials but one sender's photo (on 20 % swiped, cut by the left edge), at
    least the fourth row when the search bar has a face; the compose button and the tab bar."""
    s = new_screen(rng, name, cast.kind("inbox"), ("light", "dark", "light", "tinted"))
    rounded_card(s.img, 24, STATUS_H + 16, WIDTH - 48, 92, 46, off(s.bg, 12))
    note(s.img, "Search in mail", (80, STATUS_H + 72), 0.7, GREY)
    own = rng.random() < 0.3
    if own:
        fp = face_px(rng, 18.3, 26)
        side = side_for(rng, fp)
        cast.solo(s, WIDTH - 60 - side, STATUS_H + 62 - side // 2, fp, side, "circle")
    else:
        cast.disc(s, WIDTH - 100, STATUS_H + 36, 52)
    note(s.img, "Primary", (30, STATUS_H + 170), 0.55, GREY)
    y = STATUS_H + 190
    n = (FOOT - 120 - 60 - y) // 132
    pick = rng.randrange(3 if own else 0, n)
    swiped = rng.random() < 0.2
    for k in range(n):
        y += mail_row(cast, rng, s, y, k == pick, swiped and k == pick)
    rounded_card(s.img, WIDTH - 260, FOOT - 120 - 130, 220, 100, 30, s.accent)
    note(s.img, "Compose", (WIDTH - 210, FOOT - 120 - 70), 0.65, WHITE, 2)
    return finish(s, rng, True)


def settings_row(s: Screen, rng: random.Random, y: int, label: str) -> int:
    """A settings row: a glyph's icon in a colour, the label and a chevron. Returns its height."""
    app_icon(s.img, 40, y + 18, 56, rng.choice(APPS)[1], rng.choice(MARKS))
    note(s.img, label, (126, y + 56), 0.7, s.fg)
    chevron(s.img, WIDTH - 60, y + 46, GREY)
    cv2.line(s.img, (126, y + 92), (WIDTH - 30, y + 92), off(s.bg, 14), 1)
    return 94


def account_settings(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Settings: the title, the user's own 24-48 px face on a card with the name and the account's
    line, then rows of glyph icons (``settings_row``); on 30 % "Family" with one member's 18-26 px
    face four rows or more down."""
    s = new_screen(rng, name, cast.kind("account"), ("light", "dark", "light", "tinted"))
    note(s.img, "Settings", (30, STATUS_H + 70), 1.3, s.fg, 3)
    y = STATUS_H + 110
    fp = face_px(rng, 24, 48)
    side = side_for(rng, fp)
    card = max(140, side + 50)
    rounded_card(s.img, 24, y, WIDTH - 48, card, 24, off(s.bg, 10))
    cast.solo(s, 50, y + (card - side) // 2, fp, side, rng.choice(SHAPES))
    note(
        s.img,
        f"{rng.choice(NAMES)} {rng.choice(('Hale', 'Berg', 'Diaz', 'Novak'))}",
        (80 + side, y + card // 2 - 6),
        0.8,
        s.fg,
        2,
    )
    note(s.img, "Account, cloud and purchases", (80 + side, y + card // 2 + 30), 0.5, GREY)
    y += card + 30
    labels = [
        "Wi-Fi",
        "Bluetooth",
        "Mobile data",
        "Notifications",
        "Sounds",
        "Focus",
        "Screen time",
        "Display",
        "Wallpaper",
        "Battery",
        "Privacy",
        "Storage",
        "Passwords",
    ]
    rng.shuffle(labels)
    family = rng.randrange(4, 8) if rng.random() < 0.3 else -1
    for k, label in enumerate(labels):
        if y + 94 > FOOT - 10:
            break
        if k == family:
            fp = face_px(rng, 18.3, 26)
            side = side_for(rng, fp)
            cast.solo(s, 40 + (56 - side) // 2, y + 46 - side // 2, fp, side, "circle")
            note(s.img, "Family - 1 member", (126, y + 56), 0.7, s.fg)
            cv2.line(s.img, (126, y + 92), (WIDTH - 30, y + 92), off(s.bg, 14), 1)
            y += 94
        else:
            y += settings_row(s, rng, y, label)
    return finish(s, rng, False)


def guest_row(cast: Cast, rng: random.Random, s: Screen, y: int, face: bool, role: str) -> int:
    """An event's guest: initials, or with ``face`` the guest's 20-30 px face; the name and ``role``.
    Returns its height (84)."""
    if face:
        fp = face_px(rng, 20, 30)
        side = side_for(rng, fp)
        cast.solo(
            s,
            40 + (48 - side) // 2,
            y + 40 - side // 2,
            fp,
            side,
            rng.choice(("circle", "rounded", "border")),
        )
    else:
        cast.disc(s, 40, y + 16, 48)
    note(s.img, rng.choice(NAMES), (112, y + 36), 0.65, s.fg)
    note(s.img, role, (112, y + 66), 0.45, GREY)
    return 84


def calendar_event(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A calendar event: the colour chip and the title, the day and the hours, the place on a small
    map (heldout2's map in a card), a reminder, then the guests (``guest_row``): the organiser's
    face, others as initials, on 30 % one guest's photo two rows or more down."""
    s = new_screen(rng, name, cast.kind("event"), ("light", "dark", "light", "tinted"))
    y = top_bar(s, "") + 10
    colour = rng.choice(APPS)[1]
    cv2.rectangle(s.img, (40, y + 10), (72, y + 42), colour, -1)
    note(
        s.img,
        rng.choice(("Dentist", "Lunch with team", "Quarterly review", "Piano lesson")),
        (96, y + 40),
        1.0,
        s.fg,
        2,
    )
    note(
        s.img,
        f"Thursday, {rng.randrange(1, 29)} May - {rng.randrange(8, 17)}:00 to 17:30",
        (96, y + 90),
        0.6,
        GREY,
    )
    y += 130
    glyph(s.img, (56, y + 20), 14, "pin", GREY)
    s.words(rng, 96, y + 30, 0.65, 3)
    piece = np.full((H, WIDTH, 3), 0, np.uint8)
    H2._map(piece, rng, sum(s.bg) < 384)
    mh = 300
    H2.blit(s.img, piece[500 : 500 + mh, 24 : WIDTH - 24], 24, y + 60, H2.rounded_rect(mh, WIDTH - 48, 20))
    y += 60 + mh + 30
    glyph(s.img, (56, y + 20), 14, "bell", GREY)
    note(s.img, f"{rng.choice((10, 15, 30))} minutes before", (96, y + 30), 0.6, s.fg)
    y += 70
    guests = rng.randrange(3, 7)
    note(s.img, f"{guests} guests", (40, y + 30), 0.6, GREY, 2)
    y += 50
    second = rng.randrange(2, guests) if rng.random() < 0.3 else -1
    for k in range(guests):
        if y + 84 > FOOT - 20:
            break
        y += guest_row(cast, rng, s, y, k in (0, second), "Organiser" if k == 0 else "Awaiting")
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    chat_header,
    group_thread,
    lock_screen,
    comment_thread,
    contact_card,
    map_pin,
    podcast_player,
    inbox,
    account_settings,
    calendar_event,
)
EACH = 6  # screens of people a layout draws a round
# with people: the ten layouts in turn, six times a round (sparse screens: one face, or two)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * EACH
# face-free: each once, then three again (the lookalikes: a map with things in the pins, a lock
# screen with things in the senders' places, a chat with a thing in the contact's)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, map_pin, lock_screen, chat_header)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT66_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 60 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h66", photos, free, seed, reps)
