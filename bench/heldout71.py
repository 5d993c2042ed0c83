"""Held-out screens, seventy-first set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a phone's wallpaper of waves, a desk lamp
on a desk, a kettle on a kitchen counter; nothing with eyes, a mouth or a mask, and no round things in
pairs); every random choice from ``HELDOUT71_SEED`` (71717; the environment's ``HELDOUT71_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout70's ``Cast``
(through the sets' before it; this set's screens are marked h71-) fills the people's places with
``solo`` avatars, whose squares hold one face each, washes some, and on face-free screens puts pets,
objects, textures, initials, app icons, glyphs, skin-toned shaded discs, busts, paintings, food, toy
blocks, amphorae, grocery bags and, here, this set's drawn things there. Faces under 18 px are drawn
but, as everywhere in the bench, never counted.

What it adds is the PHONE'S OWN LAYERS over the apps, which no set before it drew as its subject
(sets 66-70 drew one app a screen, drawn straight and whole): a page DIMMED under the scrim of a
sheet or a dialog (its faces darkened by 35-60 %, still faces, still counted), a heads-up
notification's banner over another app, a call in a picture-in-picture window floating over a page
(dragged past the screen's side on some), the keyboard raised over a list, two apps in split screen,
the recent apps' switcher (whole app screens SCALED DOWN to 0.5-0.7 and resampled, the side ones cut
by the screen's sides), the always-on display (a notification's face DIMMED to 40-60 % of its
brightness on black) and a screenshot shared in a chat (a whole app screen shrunk to 0.36-0.48 into a
picture bubble). A third of its screens of people CROWDED (nine faces to twenty, most of them
18-32 px), two thirds SPARSE (one small face or two far apart), and more face-free screens than
screens of people: every layout twice, then each crowded one again, with things in the people's
places. Ten layouts, three crowded and seven sparse:
- a share sheet over a chat list (``share_sheet``, crowded): the chats behind (an 18-30 px face a
  row, initials on a fifth) dimmed under the scrim, then the sheet from 40-48 % of the screen's
  height: the photo shared (a thing), "Send to" two rows of five contacts (an 18-30 px face,
  initials on a tenth), the apps' icons;
- a call's participants panel (``call_people``, crowded): the call's grid of tiles behind (three
  across, a 24-40 px face a tile, a camera off with initials on a fifth) dimmed under the scrim, then
  the panel from 38-46 % of the height: "In this call", rows of an 18-26 px face, the name and a
  microphone's glyph (``participant_row``);
- a new group's members with the keyboard raised (``new_group``, crowded): the search field being
  typed in, the members chosen as chips (``member_chip``: an 18-24 px face, four to seven), the
  contacts as rows (``contact_row``: an 18-30 px face, initials on a sixth, a tick) down under the
  keyboard, which covers the screen's lower 36-42 % (the rows under it hidden, a face half under it
  counted while half of its box shows);
- a heads-up notification (``heads_up``, sparse): an article (a thing, the words) and over its top
  the banner with the sender's 18-30 px face; on 30 % the article's author's 18-26 px face in the
  byline far down;
- a picture-in-picture call (``pip_call``, sparse): a page of notes or a map, and the call's window
  (240-330 px wide, rounded) floating over a corner with the caller's 20-56 px face; on 25 % dragged
  22-38 % past the screen's right side; on 20 % the note's sharer's 18-26 px face at its top;
- a permission dialog (``permission_dialog``, sparse): a profile behind (its owner's 22-40 px face)
  dimmed under the scrim, a dialog across the middle asking for access; on 25 % the dialog names a
  person to share with, her 18-26 px face in it;
- the recent apps (``recents``, sparse): the wallpaper, two or three app screens drawn whole and
  shrunk to 0.5-0.7 (``app_card``: a chat with its contact's face in the header, 18-32 px once
  shrunk; a feed or notes beside it), the middle one whole, the others cut by the screen's sides; on
  25 % a second face far down the middle card;
- split screen (``split_screen``, sparse): a chat on top (its contact's 18-30 px face in the header),
  the divider's handle, another app below (a video call with the caller's 64-170 px face on 20 %, a
  profile with an 18-30 px face on 30 %, else a video or a map);
- the always-on display (``always_on``, sparse): black, a dim clock and date, notification icons, a
  message with the sender's 20-32 px face dimmed to 40-60 % of its brightness; on 20 % a missed
  call's 18-26 px face, dimmed alike, far below;
- a screenshot shared in a chat (``shared_screenshot``, sparse): the chat's header (initials, or on
  25 % the contact's 18-28 px face), bubbles, and a picture bubble holding a whole profile page
  shrunk to 0.36-0.48 and resampled (its owner's face 18-30 px once shrunk).
Avatars are circles, rounded squares, squares, story rings and circles with a white stroke, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %). Light,
dark and tinted themes; JPEG quality 30-60. Only portrait 1088 x 2115 screens (the bench assumes
that size; see heldout5).

At the default 4 reps: 80 screens with 402 faces (375 under 32 px, 25 of 32-63, 1 of 64-127, 1
larger; 398 under 40 px): 24 crowded screens (9 to 19 faces) and 56 sparse ones (41 with one
face, 15 with two), and 92 face-free screens (every layout twice, then the three crowded ones again,
with initials, app icons, glyphs, pets, objects, busts, paintings, food, toy blocks, amphorae,
grocery bags, skin-toned shapes and this set's drawn things in the people's places); ``reps=1`` a
quarter (20 screens with 107 faces: 100, 7, 0 and 0 by size, 107 under 40 px; 23 face-free; its one
round has no face of 64 px or more). Every layout has people twice a round. The faces of each
layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    share_sheet          8 screens   110 faces: 110,   0,   0,   0
    call_people          8 screens   132 faces: 115,  17,   0,   0
    new_group            8 screens    89 faces:  89,   0,   0,   0
    heads_up             8 screens    12 faces:  12,   0,   0,   0
    pip_call             8 screens     9 faces:   4,   5,   0,   0
    permission_dialog    8 screens    10 faces:   7,   3,   0,   0
    recents              8 screens     9 faces:   9,   0,   0,   0
    split_screen         8 screens    14 faces:  12,   0,   1,   1
    always_on            8 screens     8 faces:   8,   0,   0,   0
    shared_screenshot    8 screens     9 faces:   9,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout2 as H2
import heldout3 as H3
import heldout11 as H11
import heldout70 as H70
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import APPS, MARKS, NAMES, SHAPES, app_icon, bubbles, face_px, finish, glyph, side_for, top_bar
from heldout68 import Wash
from heldout69 import SURNAMES

DEFAULT_SEED = 71717


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT71_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 71717."""
    return int(env.get("HELDOUT71_SEED") or DEFAULT_SEED)


HELDOUT71_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def wallpaper(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A phone's wallpaper: a colour graded top to foot under three or four broad waves."""
    img = np.zeros((h, w, 3), np.uint8)
    top = H2.random_colour(rng, 60, 220)
    gradient(img, (0, 0, w, h), top, off(top, -70))
    xs = np.arange(w)
    for k in range(rng.randrange(3, 5)):
        base = h * (0.35 + 0.17 * k) + rng.uniform(-0.05, 0.05) * h
        amp, period, phase = h * rng.uniform(0.03, 0.08), w * rng.uniform(0.6, 1.6), rng.uniform(0, 6.3)
        ys = base + amp * np.sin(xs / period * 6.283 + phase)
        pts = np.array([[0, h], *zip(xs, ys.astype(int), strict=True), [w - 1, h]], np.int32)
        cv2.fillPoly(img, [pts], off(top, -25 * (k + 1)), cv2.LINE_AA)
    return img


def desk_lamp(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk lamp on a desk against a wall: a base, two arm strokes, a conical shade and its light
    on the desk."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), off((190, 200, 205), rng.randrange(-40, 41)), (120, 130, 140))
    desk = round(h * rng.uniform(0.7, 0.8))
    cv2.rectangle(img, (0, desk), (w, h), (60, 90, 130), -1)
    ink = rng.choice(((40, 40, 40), (40, 40, 180), (160, 120, 40)))
    bx = round(w * rng.uniform(0.2, 0.35))
    cv2.rectangle(img, (bx - w // 10, desk - h // 30), (bx + w // 10, desk), ink, -1)
    elbow = (bx + w // 6, round(h * 0.4))
    cv2.line(img, (bx, desk - h // 30), elbow, ink, max(2, w // 40), cv2.LINE_AA)
    tip = (elbow[0] + w // 5, elbow[1] + h // 12)
    cv2.line(img, elbow, tip, ink, max(2, w // 40), cv2.LINE_AA)
    shade = np.array([tip, (tip[0] + w // 8, tip[1] + h // 5), (tip[0] - w // 8, tip[1] + h // 6)], np.int32)
    cv2.fillPoly(img, [shade], ink, cv2.LINE_AA)
    cv2.ellipse(img, (tip[0] + w // 20, desk), (w // 5, h // 40), 0, 0, 360, (170, 220, 240), -1, cv2.LINE_AA)
    return img


def kettle(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A kettle on a kitchen counter against tiles: a tapered body, a lid's knob, a spout and a
    handle's angular stroke, no round things in pairs."""
    img = np.zeros((h, w, 3), np.uint8)
    tile = off((225, 225, 220), rng.randrange(-30, 31))
    img[:] = tile
    for y in range(0, h, max(8, h // 8)):
        cv2.line(img, (0, y), (w, y), off(tile, -25), max(1, h // 160))
    counter = round(h * rng.uniform(0.72, 0.82))
    cv2.rectangle(img, (0, counter), (w, h), (70, 90, 110), -1)
    body = rng.choice(((60, 60, 200), (200, 200, 200), (40, 120, 60), (40, 40, 40)))
    cx, top = round(w * rng.uniform(0.4, 0.6)), round(h * 0.35)
    pts = np.array(
        [(cx - w // 7, top), (cx + w // 7, top), (cx + w // 5, counter), (cx - w // 5, counter)], np.int32
    )
    cv2.fillPoly(img, [pts], body, cv2.LINE_AA)
    cv2.rectangle(img, (cx - w // 30, top - h // 25), (cx + w // 30, top), off(body, -40), -1)
    spout = np.array(
        [(cx - w // 6, top + h // 6), (cx - w // 3, top + h // 20), (cx - w // 6, top + h // 4)], np.int32
    )
    cv2.fillPoly(img, [spout], body, cv2.LINE_AA)
    handle = [(cx + w // 7, top + h // 20), (cx + w // 4, top + h // 10), (cx + w // 5, top + h // 3)]
    cv2.polylines(img, [np.array(handle, np.int32)], False, off(body, -50), max(2, w // 40), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (wallpaper, desk_lamp, kettle)


# ----------------------------------------------------------------------------------------------
# The cast, and the phone's layers: a layer drawn whole and pasted (dimmed, shrunk) as one picture.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H70.Cast):
    """heldout70's cast (one face in each ``solo`` avatar, washed on some; on a face-free screen
    initials, app icons, glyphs, pets, objects, skin-toned shapes, busts, paintings, food, toy
    blocks, amphorae, grocery bags or drawn things in its place), its screens marked h71-, whose
    drawn things are this set's; on a face-free screen a sixth of the people's places hold a
    wallpaper's waves, a desk lamp or a kettle."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h71-" + super().kind(layout).removeprefix("h70-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """A wallpaper, a desk lamp or a kettle in the avatar's shape on a sixth; else
        heldout70's stand-ins."""
        if self.rng.random() < 1 / 6:
            H2.blit(s.img, H11.render(self.rng, side, side, RENDERS), x, y, mask(side, shape))
            return
        super().stand_in(s, x, y, side, shape, edge)


Draw = Callable[[Screen], None]
Layer = tuple[np.ndarray, list[BoxF]]


def layer(s: Screen, w: int, h: int, draw: Draw, page: Colour | None = None) -> Layer:
    """A w x h picture drawn by ``draw`` on a screen of its own (page ``page``, else ``s``'s; its
    text and accent colours ``s``'s), its faces settled there (heldout11's ``offscreen``): an app
    behind a scrim, in a card, in a picture."""
    sc = Screen(Composite("layer", "layer", np.full((h, w, 3), page or s.bg, np.uint8)), s.fg, s.accent)
    draw(sc)
    comp = sc.finish()
    return H11.unlift(comp.image), list(comp.faces)


def dimmed(piece: np.ndarray, share: float) -> np.ndarray:
    """``piece`` under a black scrim of ``share`` (a sheet's or a dialog's, the always-on display's)."""
    return (piece.astype(np.float32) * (1 - share)).astype(np.uint8)


def dim(share: float) -> Wash:
    """A wash darkening a face's picture by ``share`` (the always-on display's)."""
    return lambda piece: dimmed(piece, share)


def shrunk(drawn: Layer, k: float) -> Layer:
    """A layer shrunk to ``k`` of its size (resampled, area-averaged), its faces' boxes with it."""
    piece, faces = drawn
    h, w = piece.shape[:2]
    small = cv2.resize(piece, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    return small, [(a * k, b * k, c * k, d * k) for a, b, c, d in faces]


def card_mask(w: int, h: int, r: int) -> np.ndarray:
    """255 inside a w x h card with corners rounded to ``r``."""
    m = np.zeros((h, w, 3), np.uint8)
    rounded_card(m, 0, 0, w, h, r, (255, 255, 255))
    return m[:, :, 0]


def put(cast: Cast, s: Screen, drawn: Layer, x: int, y: int, m: np.ndarray | None = None) -> None:
    """Paste a layer at (x, y) (through mask ``m``), its faces counted while half of a box shows."""
    H11.paste_photo(cast, s, drawn[0], drawn[1], x, y, m)


def scrim_share(rng: random.Random) -> float:
    """How dark a sheet's or a dialog's scrim is: 35-60 %."""
    return rng.uniform(0.35, 0.6)


def sheet(s: Screen, top: int, colour: Colour) -> None:
    """A bottom sheet from ``top`` to the navigation bar, its corners rounded, its handle."""
    rounded_card(s.img, 0, top, WIDTH, FOOT - top + 40, 36, colour)
    cv2.rectangle(s.img, (0, FOOT - 10), (WIDTH, FOOT), colour, -1)
    cv2.line(s.img, (WIDTH // 2 - 50, top + 22), (WIDTH // 2 + 50, top + 22), GREY, 8)


def face_at(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, px: tuple[float, float],
            shapes: tuple[str, ...] = SHAPES, wash: Wash | None = None) -> int:  # fmt: skip
    """One ``px`` px face in an avatar at (x, y), through ``wash`` when given. Returns its side."""
    fp = face_px(rng, *px)
    side = side_for(rng, fp)
    cast.washed(s, x, y, fp, side, rng.choice(shapes), wash)
    return side


# ----------------------------------------------------------------------------------------------
# Crowded layouts: nine faces to twenty, or things in their places.
# ----------------------------------------------------------------------------------------------


def chat_row(cast: Cast, rng: random.Random, s: Screen, y: int, photo: bool) -> int:
    """A chat list's row at ``y``: an 18-30 px face (``photo``) or initials, the name, the last
    message and its time. Returns its height (110)."""
    if photo:
        side = face_at(cast, rng, s, 30, y + 20, (18.3, 30))
    else:
        cast.disc(s, 30, y + 22, 60)
        side = 60
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (60 + side, y + 46), 0.65, s.fg, 2)
    s.words(rng, 60 + side, y + 84, 0.5, rng.randrange(3, 6), GREY)
    note(s.img, f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}", (WIDTH - 110, y + 46), 0.45, GREY)
    return 110


def share_sheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A share sheet over a chat list: the chats (``chat_row``, initials on a fifth) dimmed under a
    35-60 % scrim, the sheet from 40-48 % of the height with the photo shared (a thing), "Send to"
    two rows of five contacts (an 18-30 px face, initials on a tenth, a name under) and the apps'
    icons."""
    s = new_screen(rng, name, cast.kind("share"), ("light", "light", "dark", "tinted"))
    top = round(H * rng.uniform(0.4, 0.48))

    def chats(sc: Screen) -> None:
        note(sc.img, rng.choice(("Chats", "Messages", "Inbox")), (40, 70), 1.2, sc.fg, 3)
        y = 110
        while y + 110 < top - STATUS_H + 120:
            y += chat_row(cast, rng, sc, y, rng.random() >= 0.2)

    behind = layer(s, WIDTH, top - STATUS_H + 120, chats)
    put(cast, s, (dimmed(behind[0], scrim_share(rng)), behind[1]), 0, STATUS_H)
    sheet(s, top, off(s.bg, 8))
    y = top + 50
    cast.thing(s, 40, y, 120, 120)
    s.words(rng, 190, y + 50, 0.7, rng.randrange(2, 4))
    note(s.img, f"{rng.randrange(1, 9)} photo{'s' if rng.random() < 0.5 else ''}", (190, y + 96), 0.5, GREY)
    y += 160
    note(s.img, "Send to", (40, y + 30), 0.6, GREY)
    y += 60
    step = (WIDTH - 40) // 5
    for k in range(10):
        x, row = 30 + (k % 5) * step, y + (k // 5) * 190
        if rng.random() < 0.1:
            cast.disc(s, x + (step - 96) // 2, row, 96)
        else:
            fp = face_px(rng, 18.3, 30)
            side = side_for(rng, fp)
            cast.washed(s, x + (step - side) // 2, row + (96 - side) // 2, fp, side, rng.choice(SHAPES), None)
        note(s.img, rng.choice(NAMES), (x + 24, row + 136), 0.5, s.fg)
    y += 400
    if y + 150 < FOOT:
        for k in range(5):
            app_icon(s.img, 30 + k * step + (step - 100) // 2, y, 100, rng.choice(APPS)[1], rng.choice(MARKS))
    return finish(s, rng, False)


def participant_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A participant's row at ``y``: an 18-26 px face, the name ("(you)" on some), a microphone's
    glyph, on or muted. Returns its height (96)."""
    side = face_at(cast, rng, s, 40, y + 18, (18.3, 26), ("circle", "circle", "rounded"))
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, y + 54), 0.65, s.fg, 2)
    glyph(s.img, (WIDTH - 80, y + 46), 14, "bolt", GREY if rng.random() < 0.6 else (40, 40, 200))
    return 96


def call_people(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A call's participants panel: the call's grid behind (three tiles across, each a 24-40 px face
    on a dark tile, initials on a fifth) dimmed under a 35-60 % scrim, then the panel from 38-46 %
    of the height: "In this call (n)", rows (``participant_row``) to the foot."""
    s = new_screen(rng, name, cast.kind("callpeople"), ("dark", "dark", "light"))
    top = round(H * rng.uniform(0.38, 0.46))
    tw, th = (WIDTH - 16 * 4) // 3, rng.randrange(240, 300)
    rows = -(-(top - STATUS_H) // (th + 16))  # the grid's rows, the last cut by the panel

    def grid(sc: Screen) -> None:
        sc.img[:] = (24, 24, 28)
        for k in range(3 * rows):
            x, y = 16 + (k % 3) * (tw + 16), 16 + (k // 3) * (th + 16)
            rounded_card(sc.img, x, y, tw, th, 18, (52, 50, 48))
            if rng.random() < 0.2:
                cast.disc(sc, x + tw // 2 - 50, y + th // 2 - 50, 100)
            else:
                fp = face_px(rng, 24, 40)
                side = round(fp * rng.uniform(1.6, 2.2))
                cast.washed(sc, x + (tw - side) // 2, y + (th - side) // 2, fp, side, "square", None)
            note(sc.img, rng.choice(NAMES), (x + 14, y + th - 16), 0.5, WHITE)

    behind = layer(s, WIDTH, 16 + rows * (th + 16), grid)
    put(cast, s, (dimmed(behind[0], scrim_share(rng)), behind[1]), 0, STATUS_H)
    sheet(s, top, off(s.bg, 10))
    rows = (FOOT - top - 130) // 96
    note(s.img, f"In this call ({rows + rng.randrange(0, 6)})", (40, top + 86), 0.8, s.fg, 2)
    y = top + 120
    for _ in range(rows):
        y += participant_row(cast, rng, s, y)
    return finish(s, rng, False)


def member_chip(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> int:
    """A chosen member's chip at (x, y): an 18-24 px face, the first name and a cross. Returns its
    width."""
    who = rng.choice(NAMES)
    w = 90 + 18 * len(who)
    rounded_card(s.img, x, y, w, 64, 32, off(s.bg, 16))
    fp = face_px(rng, 18.3, 24)
    side = min(56, side_for(rng, fp))
    cast.washed(s, x + 6, y + 32 - side // 2, fp, side, "circle", None)
    note(s.img, who, (x + 14 + side, y + 42), 0.55, s.fg)
    note(s.img, "x", (x + w - 30, y + 42), 0.55, GREY, 2)
    return w


def contact_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A contact's row at ``y``: an 18-30 px face (initials on a sixth), the name, the number, a tick
    in a circle (ticked on some). Returns its height (104)."""
    if rng.random() < 1 / 6:
        cast.disc(s, 30, y + 20, 64)
        side = 64
    else:
        side = face_at(cast, rng, s, 30, y + 18, (18.3, 30))
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (60 + side, y + 48), 0.65, s.fg, 2)
    note(
        s.img,
        f"+44 7{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
        (60 + side, y + 84),
        0.45,
        GREY,
    )
    ticked = rng.random() < 0.35
    cv2.circle(
        s.img, (WIDTH - 70, y + 52), 22, s.accent if ticked else GREY, -1 if ticked else 3, cv2.LINE_AA
    )
    return 104


def keyboard(s: Screen, rng: random.Random, top: int) -> None:
    """The keyboard raised from ``top`` to the navigation bar: suggestions, four rows of keys."""
    dark = sum(s.bg) < 384
    cv2.rectangle(s.img, (0, top), (WIDTH, FOOT), (40, 40, 40) if dark else (215, 210, 208), -1)
    key = (80, 80, 80) if dark else (252, 252, 252)
    ink = WHITE if dark else (30, 30, 30)
    for k in range(3):
        s.words(rng, 60 + k * 350, top + 56, 0.6, 1, GREY)
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm", " ")
    kh = (FOOT - top - 110) // 4 - 14
    for r, letters in enumerate(rows):
        y = top + 90 + r * (kh + 14)
        if letters == " ":
            rounded_card(s.img, 250, y, WIDTH - 500, kh, 10, key)
            continue
        kw = (WIDTH - 20) // 10 - 10
        x0 = (WIDTH - len(letters) * (kw + 10)) // 2
        for i, ch in enumerate(letters):
            rounded_card(s.img, x0 + i * (kw + 10), y, kw, kh, 10, key)
            note(s.img, ch, (x0 + i * (kw + 10) + kw // 2 - 9, y + kh // 2 + 10), 0.8, ink, 2)


def new_group(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A new group's members with the keyboard raised: "Add members", the search field being typed
    in, the members chosen as chips (``member_chip``, four to seven, in rows), the contacts as rows
    (``contact_row``) down under the keyboard, which covers the lower 36-42 % of the screen."""
    s = new_screen(rng, name, cast.kind("newgroup"), ("light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Add members", "New group", "Add people"))) + 10
    rounded_card(s.img, 24, y, WIDTH - 48, 70, 35, off(s.bg, 14))
    note(s.img, rng.choice(("Ma", "Jo", "Sa", "Al")) + "|", (70, y + 46), 0.7, s.fg)
    y += 100
    x = 24
    for _ in range(rng.randrange(4, 8)):
        w = 90 + 18 * 8
        if x + w > WIDTH - 24:
            x, y = 24, y + 80
        x += member_chip(cast, rng, s, x, y) + 14
    y += 110
    note(s.img, "Contacts", (40, y), 0.55, GREY)
    y += 20
    kb = FOOT - round(H * rng.uniform(0.36, 0.42))
    while y < kb + 60:
        y += contact_row(cast, rng, s, y)
    keyboard(s, rng, kb)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A heads-up notification's banner at ``y``: a card with a shadow, the sender's 18-30 px face,
    the app's name and time, the sender's name and the message. Returns its height."""
    h = 170
    rounded_card(s.img, 22, y + 6, WIDTH - 44, h, 34, off(s.bg, -40 if sum(s.bg) > 384 else 20))
    back = (245, 245, 245) if rng.random() < 0.6 else (50, 50, 54)
    ink = (30, 30, 30) if back[0] > 128 else WHITE
    rounded_card(s.img, 24, y, WIDTH - 48, h, 34, back)
    side = face_at(cast, rng, s, 48, y + 40, (18.3, 30), ("circle", "circle", "rounded"))
    app, colour = rng.choice(APPS)
    app_icon(s.img, 80 + side, y + 18, 24, colour, rng.choice(MARKS))
    note(s.img, f"{app}  now", (114 + side, y + 40), 0.45, GREY)
    note(s.img, rng.choice(NAMES), (80 + side, y + 82), 0.7, ink, 2)
    s.words(rng, 80 + side, y + 124, 0.55, rng.randrange(3, 7), ink)
    return h


def heads_up(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A heads-up notification over an article: the article's picture (a thing), its title and text,
    and over the screen's top the banner (``banner``) with the sender's face; on 30 % the article's
    author's 18-26 px face in the byline, 700 px or more below the banner."""
    s = new_screen(rng, name, cast.kind("headsup"), ("light", "light", "dark"))
    y = STATUS_H
    ph = rng.randrange(460, 600)
    cast.thing(s, 0, y, WIDTH, ph)
    y += ph + 40
    for k in range(2):
        s.words(rng, 40, y + 40 + 50 * k, 1.0, rng.randrange(3, 5))
    y += 150
    if rng.random() < 0.3:
        side = face_at(cast, rng, s, 40, y, (18.3, 26), ("circle",))
        note(
            s.img,
            f"By {rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            (70 + side, y + side // 2 + 8),
            0.55,
            s.fg,
        )
        y += side + 30
    else:
        note(s.img, f"By the newsroom - {rng.randrange(2, 9)} min read", (40, y + 20), 0.55, GREY)
        y += 50
    while y + 60 < FOOT - 20:
        s.words(rng, 40, y + 30, 0.6, rng.randrange(5, 9))
        y += 44
    banner(cast, rng, s, STATUS_H + 14)
    return finish(s, rng, False)


def pip_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A call in a picture-in-picture window over a page of notes or a map: the window 240-330 px
    wide (3:4, rounded) over a corner, the caller's 20-56 px face in it; on 25 % dragged 22-38 %
    past the screen's right side; on 20 % the note's sharer's 18-26 px face at the page's top."""
    s = new_screen(rng, name, cast.kind("pip"), ("light", "light", "dark", "tinted"))
    y = top_bar(s, rng.choice(("Notes", "Trip plan", "Directions"))) + 20
    sharer = rng.random() < 0.2
    if sharer:
        side = face_at(cast, rng, s, 40, y, (18.3, 26), ("circle",))
        note(s.img, f"Shared by {rng.choice(NAMES)}", (70 + side, y + side // 2 + 8), 0.55, GREY)
        y += side + 30
    if rng.random() < 0.5:
        H2._map(s.img[y : FOOT - 20, 0:WIDTH], rng, sum(s.bg) < 384)
    else:
        while y + 60 < FOOT - 20:
            cv2.rectangle(s.img, (40, y + 8), (64, y + 32), s.accent, 3)
            s.words(rng, 90, y + 30, 0.65, rng.randrange(3, 8))
            y += 60
    w = rng.randrange(240, 331)
    h = w * 4 // 3

    def call(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), (70, 60, 50), (30, 28, 26))
        fp = rng.uniform(20, 56)
        side = min(w - 20, round(fp * rng.uniform(1.6, 2.4)))
        cast.washed(sc, (w - side) // 2, (h - side) // 2 - 20, fp, side, "square", None)
        cv2.circle(sc.img, (w // 2, h - 40), 22, (40, 40, 200), -1, cv2.LINE_AA)

    drawn = layer(s, w, h, call)
    x = WIDTH - w + round(w * rng.uniform(0.22, 0.38)) if rng.random() < 0.25 else WIDTH - w - 24
    top = rng.choice((STATUS_H + 300, FOOT - h - 40))
    if sharer:
        top = FOOT - h - 40  # far from the sharer's face
    rounded_card(s.img, x - 4, top - 4, w + 8, h + 8, 28, off(s.bg, -50 if sum(s.bg) > 384 else 40))
    put(cast, s, drawn, x, top, card_mask(w, h, 24))
    return finish(s, rng, False)


def permission_dialog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A permission dialog over a profile: the profile (a cover, its owner's 22-40 px face, the
    name, a line, buttons, posts as things) dimmed under a 35-60 % scrim, a dialog across the middle
    asking for access with "Allow" and "Don't allow"; on 25 % it asks to share with a person, her
    18-26 px face in it."""
    s = new_screen(rng, name, cast.kind("dialog"), ("light", "dark", "light"))

    def profile(sc: Screen) -> None:
        cast.thing(sc, 0, 0, WIDTH, 240)
        side = face_at(cast, rng, sc, 40, 270, (22, 40), ("circle", "border", "ring"))
        note(sc.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, 300), 0.9, sc.fg, 2)
        sc.words(rng, 70 + side, 344, 0.55, rng.randrange(3, 6), GREY)
        y = 300 + max(side, 80)
        for k in range(2):
            tag(
                sc.img, 40 + k * 240, y, ("Follow", "Message")[k], sc.accent if k == 0 else off(sc.bg, 26), 50
            )
        y += 100
        tw = (WIDTH - 16) // 3
        while y + tw < FOOT - STATUS_H:
            for k in range(3):
                cast.thing(sc, k * (tw + 8), y, tw, tw)
            y += tw + 8

    behind = layer(s, WIDTH, FOOT - STATUS_H, profile)
    put(cast, s, (dimmed(behind[0], scrim_share(rng)), behind[1]), 0, STATUS_H)
    dark = sum(s.bg) < 384
    back, ink = ((50, 48, 46), WHITE) if dark else ((250, 250, 250), (30, 30, 30))
    person = rng.random() < 0.25
    h = 520 if person else 420
    y = round(H * rng.uniform(0.45, 0.52))
    rounded_card(s.img, 80, y, WIDTH - 160, h, 36, back)
    glyph(s.img, (WIDTH // 2, y + 60), 22, rng.choice(("gear", "pin", "bell")), s.accent)
    note(s.img, f"Allow {rng.choice(('Photos', 'Contacts', 'Maps'))} to access", (130, y + 140), 0.75, ink, 2)
    note(
        s.img,
        rng.choice(("your contacts?", "your photos?", "this device's location?")),
        (130, y + 180),
        0.75,
        ink,
        2,
    )
    s.words(rng, 130, y + 230, 0.5, rng.randrange(4, 7), GREY)
    if person:
        side = face_at(cast, rng, s, 130, y + 260, (18.3, 26), ("circle",))
        note(s.img, f"Share with {rng.choice(NAMES)}", (160 + side, y + 260 + side // 2 + 8), 0.6, ink)
    for k, label in enumerate(("Don't allow", "Allow")):
        note(s.img, label, (160 + k * 420, y + h - 50), 0.75, s.accent, 2)
    return finish(s, rng, False)


def app_card(cast: Cast, rng: random.Random, s: Screen, k: float, faced: bool, second: bool) -> Layer:
    """A whole app screen for the switcher, drawn at the screen's size and shrunk to ``k``: with
    ``faced`` a chat whose header holds its contact's face (18-32 px once shrunk), bubbles and, with
    ``second``, a shared contact's card far down (a face 18-26 px once shrunk); else a feed of
    things or notes."""
    h = FOOT - STATUS_H

    def app(sc: Screen) -> None:
        y = 40
        if faced:
            fp = face_px(rng, 19.5, 32) / k
            side = side_for(rng, fp)
            cast.washed(sc, 40, y, fp, side, rng.choice(("circle", "rounded", "ring")), None)
            note(sc.img, rng.choice(NAMES), (70 + side, y + side // 2 + 10), 1.0, sc.fg, 2)
            y += side + 30
            _mine, y = bubbles(sc, rng, y, h - (700 if second else 200))
            if second:
                rounded_card(sc.img, 30, h - 640, WIDTH - 300, 300, 30, off(sc.bg, 20))
                fp = face_px(rng, 19.5, 26) / k
                sd = side_for(rng, fp)
                cast.washed(sc, 60, h - 490 - sd // 2, fp, sd, "circle", None)
                note(sc.img, "Contact card", (90 + sd, h - 500), 0.9, sc.fg, 2)
        else:
            note(sc.img, rng.choice(("Notes", "Photos", "Weather")), (40, y + 60), 1.4, sc.fg, 3)
            y += 120
            while y + 400 < h:
                if rng.random() < 0.5:
                    cast.thing(sc, 40, y, WIDTH - 80, 360)
                    y += 400
                else:
                    sc.words(rng, 40, y + 40, 0.9, rng.randrange(3, 7))
                    y += 70

    page = rng.choice(((250, 250, 250), (30, 30, 34), off(s.bg, 30)))
    return shrunk(layer(s, WIDTH, h, app, page), k)


def recents(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The recent apps' switcher: the wallpaper (drawn), two or three app screens (``app_card``)
    shrunk to 0.5-0.7 side by side, the middle one whole and holding the contact's face, the others
    (feeds or notes) cut by the screen's sides; their icons and names above; on 25 % a second face
    far down the middle card."""
    s = new_screen(rng, name, cast.kind("recents"), ("dark", "light"))
    s.img[STATUS_H:FOOT, :WIDTH] = H11.render(rng, WIDTH, FOOT - STATUS_H, (wallpaper,))
    k = rng.uniform(0.5, 0.7)
    cw, ch = round(WIDTH * k), round((FOOT - STATUS_H) * k)
    top = STATUS_H + (FOOT - STATUS_H - ch) // 2 + 30
    mid = (WIDTH - cw) // 2
    gap = 40
    cards = [(mid - cw - gap, False), (mid, True), (mid + cw + gap, False)]
    if rng.random() < 0.4:  # two cards: the one in focus and the one before it, cut by the left side
        cards = cards[:2]
    for x, faced in cards:
        drawn = app_card(cast, rng, s, k, faced, faced and rng.random() < 0.25)
        app, colour = rng.choice(APPS)
        app_icon(s.img, x + 10, top - 80, 60, colour, rng.choice(MARKS))
        note(s.img, app, (x + 86, top - 38), 0.6, WHITE, 2)
        put(cast, s, drawn, x, top, card_mask(drawn[0].shape[1], drawn[0].shape[0], 30))
    return finish(s, rng, False)


def split_screen(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Split screen: a chat on top (its contact's 18-30 px face in the header, bubbles), the
    divider's handle, another app below on its own page: on 20 % a video call (the caller's face
    64-170 px), on 30 % a profile with an 18-30 px face, else a video (a thing with a play bar) or
    a map."""
    s = new_screen(rng, name, cast.kind("split"), ("light", "dark", "tinted"))
    mid = round(H * rng.uniform(0.42, 0.55))
    y = STATUS_H + 20
    side = face_at(cast, rng, s, 40, y, (18.3, 30), ("circle", "rounded", "ring"))
    note(s.img, rng.choice(NAMES), (70 + side, y + side // 2 + 10), 0.8, s.fg, 2)
    bubbles(s, rng, y + side + 30, mid - 30)
    cv2.rectangle(s.img, (0, mid - 12), (WIDTH, mid + 12), (20, 20, 20), -1)
    cv2.line(s.img, (WIDTH // 2 - 60, mid), (WIDTH // 2 + 60, mid), (200, 200, 200), 8)
    page = rng.choice(((250, 250, 250), (36, 34, 32), (230, 236, 245)))
    ink = (30, 30, 30) if page[0] > 128 else WHITE
    cv2.rectangle(s.img, (0, mid + 12), (WIDTH, FOOT), page, -1)
    y = mid + 40
    roll = rng.random()
    if roll < 0.2:  # a video call: the caller large on a dark frame
        vh = FOOT - y - 30
        gradient(s.img, (0, y, WIDTH, y + vh), (60, 55, 50), (25, 24, 22))
        fp = rng.uniform(64, 170)
        side = min(vh - 40, round(fp * rng.uniform(1.5, 2.0)))
        cast.washed(s, (WIDTH - side) // 2, y + (vh - side) // 2, fp, side, "square", None)
        cv2.circle(s.img, (WIDTH // 2, FOOT - 80), 34, (40, 40, 200), -1, cv2.LINE_AA)
    elif roll < 0.5:
        sub = Screen(s.comp, ink, s.accent, s.tracks)
        side = face_at(cast, rng, sub, 40, y + 20, (18.3, 30), ("circle", "border"))
        note(
            s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (70 + side, y + 20 + side // 2), 0.8, ink, 2
        )
        y += side + 70
        while y + 50 < FOOT - 20:
            sub.words(rng, 40, y + 30, 0.55, rng.randrange(3, 7), ink)
            y += 50
    elif roll < 0.8:
        vh = min(FOOT - y - 40, rng.randrange(420, 620))
        cast.thing(s, 0, y, WIDTH, vh)
        cv2.line(s.img, (40, y + vh - 30), (WIDTH - 40, y + vh - 30), (200, 200, 200), 6)
        cv2.line(s.img, (40, y + vh - 30), (40 + rng.randrange(60, 900), y + vh - 30), (40, 40, 220), 6)
    else:
        H2._map(s.img[y : FOOT - 10, 0:WIDTH], rng, page[0] < 128)
    return finish(s, rng, False)


def always_on(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The always-on display: black, a dim clock and date, notification icons, a message with the
    sender's 20-32 px face dimmed to 40-60 % of its brightness, the words in grey; on 20 % a missed
    call's 18-26 px face, dimmed alike, 300 px or more below."""
    s = new_screen(rng, name, cast.kind("aod"), ("dark",))
    s.img[:, :WIDTH] = (8, 8, 8)
    level = rng.uniform(0.4, 0.6)
    grey = tuple(round(200 * level) for _ in range(3))
    y = round(H * rng.uniform(0.14, 0.22))
    note(s.img, f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}", (WIDTH // 2 - 190, y), 4.0, grey, 6)
    note(
        s.img, rng.choice(("Mon 3 March", "Fri 14 June", "Sun 9 Nov")), (WIDTH // 2 - 120, y + 70), 0.8, grey
    )
    y += 140
    for k in range(rng.randrange(2, 5)):
        glyph(s.img, (WIDTH // 2 - 90 + k * 60, y), 14, rng.choice(MARKS), grey)
    y += rng.randrange(80, 260)
    side = face_at(cast, rng, s, 120, y, (20, 32), ("circle",), dim(1 - level))
    note(s.img, rng.choice(NAMES), (150 + side, y + side // 2 - 6), 0.7, grey, 2)
    s.words(rng, 150 + side, y + side // 2 + 30, 0.55, rng.randrange(3, 6), grey)
    if rng.random() < 0.2:
        y += rng.randrange(320, 520)
        side = face_at(cast, rng, s, 120, y, (18.3, 26), ("circle",), dim(1 - level))
        note(s.img, f"Missed call - {rng.choice(NAMES)}", (150 + side, y + side // 2 + 8), 0.6, grey)
    cv2.circle(s.img, (WIDTH // 2, FOOT - 200), 40, grey, 3, cv2.LINE_AA)  # the fingerprint's ring
    return finish(s, rng, False)


def shared_screenshot(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A screenshot shared in a chat: the header (initials and the name, or on 25 % the contact's
    18-28 px face), a few bubbles, then a picture bubble 390-520 px wide holding a whole profile
    page shrunk to 0.36-0.48 (its owner's face 18-30 px once shrunk, the bio, the posts as things),
    "Screenshot" under it."""
    s = new_screen(rng, name, cast.kind("screenshot"), ("light", "dark", "light", "tinted"))
    y = STATUS_H + 20
    if rng.random() < 0.25:
        side = face_at(cast, rng, s, 80, y, (18.3, 28), ("circle",))
    else:
        cast.disc(s, 80, y, 64)
        side = 64
    note(s.img, rng.choice(NAMES), (110 + side, y + side // 2 + 10), 0.8, s.fg, 2)
    y += max(side, 64) + 60
    bw = rng.randrange(390, 521)
    k = bw / WIDTH
    ph = round((FOOT - STATUS_H) * k)
    _mine, y = bubbles(s, rng, y + 160, FOOT - 140 - ph)
    page = rng.choice(((250, 250, 250), (24, 24, 26)))

    def profile(sc: Screen) -> None:
        ink = (30, 30, 30) if page[0] > 128 else WHITE
        note(sc.img, rng.choice(("profile", "account", "about")), (40, 70), 1.2, ink, 3)
        fp = face_px(rng, 19.5, 30) / k
        side = side_for(rng, fp)
        cast.washed(sc, 40, 130, fp, side, rng.choice(("circle", "ring", "border")), None)
        note(sc.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (80 + side, 130 + side // 2), 1.4, ink, 3)
        y = 170 + side
        for _ in range(3):
            sc.words(rng, 40, y + 50, 1.1, rng.randrange(3, 6), ink)
            y += 64
        tw = (WIDTH - 16) // 3
        y += 40
        while y + tw < FOOT - STATUS_H:
            for j in range(3):
                cast.thing(sc, j * (tw + 8), y, tw, tw)
            y += tw + 8

    drawn = shrunk(layer(s, WIDTH, FOOT - STATUS_H, profile, page), k)
    x = WIDTH - 30 - bw if rng.random() < 0.5 else 30
    rounded_card(s.img, x - 8, y - 8, bw + 16, ph + 16, 30, off(s.bg, 22))
    put(cast, s, drawn, x, y, card_mask(bw, drawn[0].shape[0], 22))
    note(s.img, "Screenshot", (x + 10, y + ph + 50), 0.5, GREY)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
CROWDED: tuple[Layout, ...] = (share_sheet, call_people, new_group)
SPARSE: tuple[Layout, ...] = (
    heads_up, pip_call, permission_dialog, recents, split_screen, always_on, shared_screenshot,
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (*CROWDED, *SPARSE)
# with people: the ten layouts in turn twice (six crowded screens a round and fourteen sparse ones)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2
# face-free: each twice, then the crowded ones again (the lookalikes: sheets, grids and lists with
# things in the people's places)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, *CROWDED)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT71_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 20 screens of people and 23 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h71", photos, free, seed, reps)
