"""Held-out screens, seventy-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a laptop on a desk, a fan of paint
swatches, a strip of film frames; nothing with eyes, a mouth or a mask, and no round things in
pairs); every random choice from ``HELDOUT73_SEED`` (73737; the environment's ``HELDOUT73_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout72's ``Cast``
(through the sets' before it; this set's screens are marked h73-) fills the people's places with
``solo`` avatars, whose squares hold one face each, washes some, and on face-free screens puts pets,
objects, textures, initials, app icons, glyphs, skin-toned shaded discs, busts, paintings, food, toy
blocks, amphorae, grocery bags, wallpapers, lamps, kettles, sheets of stickers, ring lights, shop
streets and, here, this set's drawn things there. Faces under 18 px are drawn but, as everywhere in
the bench, never counted.

What it adds is WHOLE PICTURES AND PAGES RECOLOURED OR RE-SHOT BY THE APP SHOWING THEM, which no set
before it took as its subject (sets 66-72 drew their faces in their photos' own colours but for a
wash on an avatar here and there, grey, faded or tinted, and a page dimmed under a scrim or
resampled): a photo editor's
looks (the same photo under a dozen filters: grey, sepia, warm, cool, faded, vivid, noir, duotone),
a photo of a laptop's screen in a video call taken at an angle (the call's grid warped in
perspective, the photo's white balance off, a glare across it, softened), a newspaper's print
replica (the scanned page grey on paper), a reading app's amber night or sepia theme over the whole
page, images and all, a browser's forced dark mode dimming the page's pictures, a music app's
duotone header, a stock photo's tiled translucent watermark, a reposted clip under the other app's
translucent watermark, a camera's live filter over its viewfinder (its face-tracking frame round the
face on some) and an editor's before-and-after slider cutting a face in two (one side filtered).
Every recolouring goes over a picture after its faces are settled, so a face under it stays a face;
what covers a face opaquely decides as everywhere. A third of its screens of people CROWDED (six
faces to fourteen, most of them 18-32 px), two thirds SPARSE (one small face or two far apart), and
more face-free screens than screens of people: every layout twice, then each crowded one again, with
things in the people's places (recoloured alike). Ten layouts, three crowded and seven sparse:
- a photo editor's looks (``looks_grid``, crowded): the photo (a thing with a person's face, 64-99
  px as shown) under the chosen look, the tools, then the looks' previews four across, two or three
  rows (``look_tile``: the whole photo shrunk to 230 px under one look, its face 19.5-30 px, the
  chosen one ringed, the look's name under it);
- a photo of a screen (``screen_photo``, crowded): a photo viewer showing a photo of a laptop in a
  room, its screen a video call's grid (three or four across, three rows: ``call_tile``, a 24-38 px
  face a tile, a camera off with initials on a fifth) warped into the screen's tilted quad
  (``warped``: the far side 10-25 % shorter), the photo's white balance warm or cool, a glare's band
  across it and softened (sigma 0.6-1.2); faces shrunk under 18 px there are drawn and not counted;
- a newspaper's print replica (``print_replica``, crowded): the masthead and "Opinion" on paper,
  two columns of five to seven columns' headshots, as many as fit (``column_entry``: a 19.5-30 px
  face in a square, no photo on an eighth) and their lines, the whole page grey on the paper's tone
  and softened;
- a reading app's theme (``reader_theme``, sparse): an article (the title, the author's 19.5-30
  px face in the byline, paragraphs, a picture: a thing, on 30 % a person's 32-72 px face 400 px or
  more below the byline) drawn whole and put through the theme: amber night (dark, its blue cut to
  45-60 %, its green to 75-85 %) or sepia (light, warm);
- a browser's forced dark mode (``forced_dark``, sparse): the address bar, a page drawn dark with
  light text, its pictures dimmed to 55-75 % and a little greyed (``darkened``): the byline's 18-28
  px face; on 30 % a team photo's person (a 30-64 px face) 300 px or more below;
- a music app's artist (``duotone_artist``, sparse): the header (a thing with the artist's face,
  24-48 px, 64-150 on 20 %) mapped to two colours (``duotone``) and faded into the page at its foot,
  the name, the popular tracks (covers as things), "Fans also like" initials; on 25 % a featured
  artist's 18-26 px face in its own colours 400 px or more below;
- a stock photo's preview (``stock_preview``, sparse): the search bar, the preview (a thing with a
  person's 20-34 px face, 48-120 on 20 %) under a tiled diagonal translucent watermark
  (``watermark``: 25-45 % white words and the site's mark), the licence's buttons, similar pictures
  (things, watermarked alike); on 40 % the contributor's 18-26 px face 300 px or more below;
- a reposted clip (``reposted_clip``, sparse): a short-video player, the clip letterboxed on black
  (a thing with a person's 20-44 px face, 48-110 on 20 %) under the other app's translucent
  watermark (a glyph and a handle, 30-50 %; over the face's lower part on half), the actions'
  glyphs; on 40 % the poster's 18-26 px face in the actions' column 300 px or more from the clip's
  face;
- a camera's live filter (``camera_filter``, sparse): the viewfinder (a thing with a person's 20-48
  px face in its upper 55 %; on 20 % a second 19.5-30 px face in its lowest quarter) under a filter
  (any look but the original: grey, sepia, warm, cool, faded, vivid, noir or a duotone), the
  thirds' grid, on 40 % the face-tracking frame (a yellow square 1.35 times the face round it), the
  filters' names, the shutter and the last photo (a thing);
- a before-and-after slider (``before_after``, sparse): an editor's photo (a thing with a person's
  20-40 px face, 48-120 on 20 %), the right of the slider's line filtered (any look but
  the original), the line through the face at 30-70 % of its width, the handle above or below
  it, "Before" and "After", the tools.
Avatars in the people's places are heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %,
on a dark backdrop on 30 %). Light, dark and tinted themes; JPEG quality 30-60. Only portrait 1088
x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 80 screens with 313 faces (282 under 32 px, 14 of 32-63, 17 of 64-127, 0
larger; 288 under 40 px): 24 crowded screens (7 to 13 faces) and 56 sparse ones (40 with one face,
16 with two), and 92 face-free screens (every layout twice, then the three crowded ones again, with
initials, app icons, glyphs, pets, objects, busts, paintings, food, toy blocks, amphorae, grocery
bags, wallpapers, lamps, kettles, stickers, ring lights, shop streets, skin-toned shapes and this
set's drawn things in the people's places, recoloured alike); ``reps=1`` a quarter (20 screens with
78 faces: 68, 6, 4 and 0 by size, 70 under 40 px; 23 face-free). No face of 128 px or more is drawn
at the default seed (the large faces, a fifth of some sparse layouts', came out 64-127 px); eight
of the 64-127 px ones are the looks' photos (one a screen, 64-99 px as shown). At this seed both of
round one's stock previews drew the large face, so that layout's round-one faces are 32 px or more.
Every layout has people twice a round. The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    looks_grid           8 screens    92 faces:  84,   0,   8,   0
    screen_photo         8 screens    69 faces:  69,   0,   0,   0
    print_replica        8 screens    80 faces:  80,   0,   0,   0
    reader_theme         8 screens    10 faces:   8,   1,   1,   0
    forced_dark          8 screens    12 faces:  10,   2,   0,   0
    duotone_artist       8 screens     8 faces:   5,   2,   1,   0
    stock_preview        8 screens    10 faces:   5,   2,   3,   0
    reposted_clip        8 screens    14 faces:   9,   3,   2,   0
    camera_filter        8 screens    10 faces:   8,   2,   0,   0
    before_after         8 screens     8 faces:   4,   2,   2,   0
Counted by running the generator alone (``generate`` over the held-out photos, as
``faces_bench.py --count-only`` does; no detector).
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
import heldout72 as H72
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, gradient, mask
from heldout3 import WHITE
from heldout4 import GREY
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout37 import rounded_card
from heldout66 import NAMES, face_px, finish, glyph, top_bar
from heldout66 import SHAPES as SHAPES  # the avatars' shapes and sides, as the tests ask a set for
from heldout66 import side_for as side_for
from heldout68 import Wash
from heldout69 import SURNAMES
from heldout71 import Layer, card_mask, face_at, layer, put, shrunk

DEFAULT_SEED = 73737


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT73_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 73737."""
    return int(env.get("HELDOUT73_SEED") or DEFAULT_SEED)


HELDOUT73_SEED = seed_from(os.environ)

FOOT = H - NAV_H  # the navigation bar's top


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def laptop_desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A laptop on a desk against a wall: the lid's screen showing a spreadsheet's grid, the base as
    a trapezoid, a mug's square side by it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), off((200, 205, 210), rng.randrange(-40, 31)), (150, 150, 160))
    desk = round(h * rng.uniform(0.68, 0.78))
    cv2.rectangle(img, (0, desk), (w, h), off((70, 100, 140), rng.randrange(-30, 31)), -1)
    x1, x2 = round(w * 0.2), round(w * 0.8)
    top = round(h * 0.22)
    cv2.rectangle(img, (x1, top), (x2, desk - h // 40), (40, 40, 40), -1)
    sx1, sy1, sx2, sy2 = x1 + w // 40, top + h // 40, x2 - w // 40, desk - h // 20
    cv2.rectangle(img, (sx1, sy1), (sx2, sy2), (245, 245, 240), -1)
    for y in range(sy1, sy2, max(4, h // 30)):
        cv2.line(img, (sx1, y), (sx2, y), (200, 200, 200), 1)
    for x in range(sx1, sx2, max(6, w // 12)):
        cv2.line(img, (x, sy1), (x, sy2), (200, 200, 200), 1)
    base = np.array([(x1, desk - h // 40), (x2, desk - h // 40), (x2 + w // 12, desk + h // 25),
                     (x1 - w // 12, desk + h // 25)], np.int32)  # fmt: skip
    cv2.fillPoly(img, [base], (150, 150, 155), cv2.LINE_AA)
    mx = round(w * 0.86)
    cv2.rectangle(img, (mx, desk - h // 8), (mx + w // 12, desk), H2.random_colour(rng, 60, 220), -1)
    return img


def swatch_fan(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fan of paint swatch cards on a table: five to eight long cards turned about one corner, each
    a column of three shades of its colour."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = off((180, 190, 200), rng.randrange(-50, 31))
    pivot = (round(w * 0.2), round(h * 0.9))
    n = rng.randrange(5, 9)
    length, width = min(w, h) * 0.8, max(6, min(w, h) * 0.16)
    for k in range(n):
        a = np.deg2rad(-100 + k * 70 / max(1, n - 1))
        d, nrm = np.array([np.cos(a), np.sin(a)]), np.array([-np.sin(a), np.cos(a)])
        colour = H2.random_colour(rng, 50, 230)
        for j in range(3):
            p0 = np.array(pivot) + d * length * j / 3
            p1 = np.array(pivot) + d * length * (j + 1) / 3
            pts = np.array([p0, p1, p1 + nrm * width, p0 + nrm * width], np.int32)
            cv2.fillPoly(img, [pts], off(colour, 40 * (1 - j)), cv2.LINE_AA)
    return img


def film_strip(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A strip of film across a light table: the dark strip, its square sprocket holes along both
    edges, three or four frames of landscapes (a sky, hills)."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (235, 240, 240)
    y1, y2 = round(h * 0.2), round(h * 0.8)
    cv2.rectangle(img, (0, y1), (w, y2), (30, 35, 40), -1)
    hole = max(2, (y2 - y1) // 14)
    for x in range(hole, w, hole * 3):
        for y in (y1 + hole, y2 - 2 * hole):
            cv2.rectangle(img, (x, y), (x + hole, y + hole), (235, 240, 240), -1)
    n = rng.randrange(3, 5)
    fw = w // n
    for k in range(n):
        fx1, fy1, fx2, fy2 = k * fw + fw // 10, y1 + 3 * hole, (k + 1) * fw - fw // 10, y2 - 3 * hole
        if fx2 - fx1 < 4 or fy2 - fy1 < 4:
            continue
        sky = H2.random_colour(rng, 120, 240)
        gradient(img, (fx1, fy1, fx2, fy2), sky, off(sky, -60))
        hill = np.array([(fx1, fy2), (fx1, (fy1 + fy2) // 2 + rng.randrange(0, max(1, (fy2 - fy1) // 3))),
                         ((fx1 + fx2) // 2, (fy1 + fy2) // 2), (fx2, fy2)], np.int32)  # fmt: skip
        cv2.fillPoly(img, [hill], off((70, 130, 80), rng.randrange(-30, 31)), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (laptop_desk, swatch_fan, film_strip)


@dataclass
class Cast(H72.Cast):
    """heldout72's cast (one face in each ``solo`` avatar, washed on some; on a face-free screen
    initials, app icons, glyphs, pets, objects, skin-toned shapes, busts, paintings, food, toy
    blocks, amphorae, grocery bags, wallpapers, lamps, kettles, stickers, ring lights and shop
    streets in its place), its screens marked h73-, whose drawn things are this set's; on a
    face-free screen a sixth of the people's places hold a laptop on a desk, paint swatches or a
    film strip."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h73-" + super().kind(layout).removeprefix("h72-")

    def stand_in(self, s: Screen, x: int, y: int, side: int, shape: str, edge: Colour | None) -> None:
        """A laptop, paint swatches or a film strip in the avatar's shape on a sixth; else
        heldout72's stand-ins."""
        if self.rng.random() < 1 / 6:
            H2.blit(s.img, H11.render(self.rng, side, side, RENDERS), x, y, mask(side, shape))
            return
        super().stand_in(s, x, y, side, shape, edge)


# ----------------------------------------------------------------------------------------------
# Recolourings: each maps a whole picture (BGR, uint8) to one of its size.
# ----------------------------------------------------------------------------------------------


def _grey(piece: np.ndarray) -> np.ndarray:
    g = cv2.cvtColor(piece, cv2.COLOR_BGR2GRAY)
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR)


def grey(piece: np.ndarray) -> np.ndarray:
    """Grey (a mono look, a print replica, a camera's mono filter)."""
    return _grey(piece)


def sepia(piece: np.ndarray) -> np.ndarray:
    """Grey mapped from a dark brown to a cream (a sepia look)."""
    g = _grey(piece)[:, :, :1].astype(np.float32) / 255
    dark, light = np.array((20, 40, 70), np.float32), np.array((200, 235, 250), np.float32)
    return (dark + (light - dark) * g).astype(np.uint8)


def warm(share: float) -> Wash:
    """An amber filter of ``share`` (0-1): blue cut by up to 55 %, green by up to 22 %."""
    k = np.array((1 - 0.55 * share, 1 - 0.22 * share, 1.0), np.float32)
    return lambda piece: (piece.astype(np.float32) * k).astype(np.uint8)


def cool(piece: np.ndarray) -> np.ndarray:
    """A cool look: red cut by a fifth, blue lifted."""
    p = piece.astype(np.float32) * np.array((1.0, 0.97, 0.8), np.float32)
    p[:, :, 0] += 25
    return np.clip(p, 0, 255).astype(np.uint8)


def faded(piece: np.ndarray) -> np.ndarray:
    """A faded look: blacks lifted to 60, contrast cut to 0.7."""
    return np.clip(60 + piece.astype(np.float32) * 0.7, 0, 255).astype(np.uint8)


def vivid(piece: np.ndarray) -> np.ndarray:
    """A vivid look: saturation 1.5 times, clipped."""
    hsv = cv2.cvtColor(piece, cv2.COLOR_BGR2HSV).astype(np.float32)
    hsv[:, :, 1] = np.clip(hsv[:, :, 1] * 1.5, 0, 255)
    return cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2BGR)


def noir(piece: np.ndarray) -> np.ndarray:
    """Noir: grey, its contrast 1.6 times about mid grey, clipped."""
    g = _grey(piece).astype(np.float32)
    return np.clip(128 + (g - 128) * 1.6, 0, 255).astype(np.uint8)


def duotone(dark: Colour, light: Colour) -> Wash:
    """Grey mapped from ``dark`` to ``light`` (a music app's header, a two-colour look)."""
    a, b = np.array(dark, np.float32), np.array(light, np.float32)

    def wash(piece: np.ndarray) -> np.ndarray:
        g = _grey(piece)[:, :, :1].astype(np.float32) / 255
        return (a + (b - a) * g).astype(np.uint8)

    return wash


def darkened(level: float) -> Wash:
    """A browser's forced dark mode on a picture: its colours greyed by a fifth, dimmed to ``level``."""

    def wash(piece: np.ndarray) -> np.ndarray:
        p = piece.astype(np.float32)
        p = p * 0.8 + _grey(piece).astype(np.float32) * 0.2
        return (p * level).astype(np.uint8)

    return wash


DUOTONES: tuple[tuple[Colour, Colour], ...] = (
    ((90, 20, 40), (180, 200, 250)), ((60, 30, 10), (120, 240, 250)), ((80, 20, 90), (200, 250, 200)),
    ((20, 40, 30), (250, 210, 160)),
)  # fmt: skip


def looks(rng: random.Random) -> list[tuple[str, Wash]]:
    """A photo editor's looks, named, in a shuffled order: the photo as it is, grey, sepia, warm,
    cool, faded, vivid, noir and two duotones."""
    pairs = rng.sample(DUOTONES, 2)
    named: list[tuple[str, Wash]] = [
        ("Original", lambda p: p), ("Mono", grey), ("Sepia", sepia), ("Warm", warm(rng.uniform(0.6, 1.0))),
        ("Cool", cool), ("Fade", faded), ("Vivid", vivid), ("Noir", noir),
        ("Dusk", duotone(*pairs[0])), ("Pop", duotone(*pairs[1])),
    ]  # fmt: skip
    rng.shuffle(named)
    return named


def any_filter(rng: random.Random) -> tuple[str, Wash]:
    """One of a camera's or an editor's filters (never the photo as it is)."""
    return rng.choice([f for f in looks(rng) if f[0] != "Original"])


def recoloured(drawn: Layer, wash: Wash) -> Layer:
    """A layer put through ``wash`` whole, its faces' boxes kept (they were settled before it)."""
    return wash(drawn[0]), list(drawn[1])


# ----------------------------------------------------------------------------------------------
# Overlays drawn over a settled picture (its faces kept under them), and perspective.
# ----------------------------------------------------------------------------------------------


def blend(piece: np.ndarray, alpha: np.ndarray, colour: Colour) -> np.ndarray:
    """``colour`` over ``piece`` at ``alpha`` (0-1 a pixel, h x w)."""
    a = alpha[:, :, None].astype(np.float32)
    return (piece.astype(np.float32) * (1 - a) + np.array(colour, np.float32) * a).astype(np.uint8)


def watermark(rng: random.Random, piece: np.ndarray, words: str, share: float) -> np.ndarray:
    """A stock site's watermark over ``piece``: ``words`` in rows tiled across it, turned 20-35
    degrees, and the site's mark (a ring and a cross) in the middle, white at ``share`` (0.25-0.45)."""
    h, w = piece.shape[:2]
    big = int(np.hypot(w, h)) + 40
    alpha = np.zeros((big, big), np.float32)
    scale = max(0.5, min(w, h) / 420)
    step = max(40, round(110 * scale))
    for row, y in enumerate(range(step // 2, big, step)):
        x = -((row * step) % (step * 3))
        while x < big:
            cv2.putText(alpha, words, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 1.0, max(1, round(2 * scale)),
                        cv2.LINE_AA)  # fmt: skip
            x += round(len(words) * 24 * scale) + step
    rot = cv2.getRotationMatrix2D((big / 2, big / 2), rng.uniform(20, 35), 1.0)
    alpha = cv2.warpAffine(alpha, rot, (big, big))
    oy, ox = (big - h) // 2, (big - w) // 2
    alpha = alpha[oy : oy + h, ox : ox + w]
    r = max(8, min(w, h) // 7)
    cv2.circle(alpha, (w // 2, h // 2), r, 1.0, max(2, r // 6), cv2.LINE_AA)
    cv2.line(alpha, (w // 2 - r // 2, h // 2), (w // 2 + r // 2, h // 2), 1.0, max(2, r // 6), cv2.LINE_AA)
    cv2.line(alpha, (w // 2, h // 2 - r // 2), (w // 2, h // 2 + r // 2), 1.0, max(2, r // 6), cv2.LINE_AA)
    return blend(piece, np.clip(alpha, 0, 1) * share, WHITE)


def handle_mark(piece: np.ndarray, x: int, y: int, handle: str, share: float) -> np.ndarray:
    """Another app's watermark at (x, y) on ``piece``: its glyph (a note's bolt on a rounded square)
    and ``handle``, white at ``share``."""
    h, w = piece.shape[:2]
    alpha = np.zeros((h, w), np.float32)
    cv2.rectangle(alpha, (x, y), (x + 44, y + 44), 1.0, 3, cv2.LINE_AA)
    glyph_mask = np.zeros((h, w, 3), np.uint8)
    glyph(glyph_mask, (x + 22, y + 22), 14, "bolt", WHITE)
    alpha = np.maximum(alpha, glyph_mask[:, :, 0].astype(np.float32) / 255)
    cv2.putText(alpha, handle, (x + 56, y + 32), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 1.0, 2, cv2.LINE_AA)
    return blend(piece, alpha * share, WHITE)


def glare(rng: random.Random, piece: np.ndarray) -> np.ndarray:
    """A window's glare on a photographed screen: a soft white band across it, 8-22 % at its
    brightest."""
    h, w = piece.shape[:2]
    alpha = np.zeros((h, w), np.float32)
    x0 = rng.randrange(0, w)
    band = np.array([(x0, 0), (x0 + w // 4, 0), (x0 - w // 6 + w // 4, h), (x0 - w // 6, h)], np.int32)
    cv2.fillPoly(alpha, [band], 1.0)
    alpha = cv2.GaussianBlur(alpha, (0, 0), max(3, w / 30))
    return blend(piece, alpha * rng.uniform(0.08, 0.22), WHITE)


def softened(piece: np.ndarray, sigma: float) -> np.ndarray:
    """``piece`` blurred by ``sigma`` (a photo of a screen, a scanned page)."""
    return cv2.GaussianBlur(piece, (0, 0), sigma)


def warped(drawn: Layer, quad: list[tuple[float, float]], w: int, h: int) -> tuple[Layer, np.ndarray]:
    """A layer warped onto ``quad`` (its corners from the top left, clockwise) in a w x h picture:
    the picture, its faces' boxes (each the bounds of its box's warped corners) and the mask of
    the quad."""
    piece, faces = drawn
    ph, pw = piece.shape[:2]
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    m = cv2.getPerspectiveTransform(src, np.float32(quad))
    out = cv2.warpPerspective(piece, m, (w, h), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (w, h), flags=cv2.INTER_NEAREST)
    boxes: list[BoxF] = []
    for a, b, c, d in faces:
        pts = cv2.perspectiveTransform(np.float32([[(a, b), (c, b), (c, d), (a, d)]]), m)[0]
        x1, y1 = max(0.0, float(pts[:, 0].min())), max(0.0, float(pts[:, 1].min()))
        x2, y2 = min(float(w), float(pts[:, 0].max())), min(float(h), float(pts[:, 1].max()))
        if x2 > x1 and y2 > y1:
            boxes.append((x1, y1, x2, y2))
    return (out, boxes), inside


def inset(cast: Cast, rng: random.Random, sc: Screen, w: int, h: int, fp: float,
          area: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)) -> BoxF | None:  # fmt: skip
    """A photo on ``sc`` (w x h): a thing across it and a person's ``fp`` px face in a square
    1.5-2.1 times it, placed in ``area`` (shares of w and h: x1, y1, x2, y2). Returns the face's box
    or, on a face-free cast, where it would be (None when nothing was counted and there were
    people)."""
    cast.thing(sc, 0, 0, w, h)
    side = min(w - 8, h - 8, round(fp * rng.uniform(1.5, 2.1)))
    x_lo, x_hi = round(area[0] * w), max(round(area[0] * w) + 1, round(area[2] * w) - side)
    y_lo, y_hi = round(area[1] * h), max(round(area[1] * h) + 1, round(area[3] * h) - side)
    x, y = rng.randrange(x_lo, x_hi), rng.randrange(y_lo, y_hi)
    return H72.covered_face(cast, rng, sc, x, y, fp, side, rng.choice(("square", "square", "rounded")))


def big_or_small(rng: random.Random, lo: float, hi: float, big: tuple[float, float], share: float) -> float:
    """A face's size: ``big`` px on ``share`` of the draws, else ``face_px(lo, hi)``."""
    return rng.uniform(*big) if rng.random() < share else face_px(rng, lo, hi)


# ----------------------------------------------------------------------------------------------
# Crowded layouts: six faces to fourteen, or things in their places.
# ----------------------------------------------------------------------------------------------

TILE = 230  # a look's preview, px square


def look_tile(s: Screen, photo: Layer, x: int, y: int, name: str, wash: Wash, chosen: bool) -> int:
    """A look's preview at (x, y): the whole ``photo`` shrunk to TILE px square under ``wash`` (its
    faces with it), ringed in the accent when ``chosen``, the look's name under it. Returns its
    height (TILE + 50)."""
    piece, faces = shrunk(photo, TILE / photo[0].shape[1])
    if chosen:
        rounded_card(s.img, x - 6, y - 6, TILE + 12, TILE + 12, 18, s.accent)
    s.paste(wash(piece), faces, x, y, card_mask(TILE, TILE, 14), 0.5)
    note(s.img, name, (x + 8, y + TILE + 34), 0.6, s.fg, 2 if chosen else 1)
    return TILE + 50


def looks_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo editor's looks: the bar, the photo (a thing with a person's face, 64-99 px as shown)
    760 px across under the chosen look, the tools as glyphs, then the looks' previews four across
    in two or three rows (``look_tile``: the whole photo 230 px across, its face 19.5-30 px)."""
    s = new_screen(rng, name, cast.kind("looks"), ("dark", "dark", "light"))
    y = top_bar(s, rng.choice(("Edit", "Looks", "Filters")))
    side = 900
    fp = face_px(rng, 19.5, 30) * side / TILE
    photo = layer(s, side, side, lambda sc: inset(cast, rng, sc, side, side, fp, (0.1, 0.05, 0.9, 0.7)))
    named = looks(rng)
    rows = rng.randrange(2, 4)
    chosen = rng.randrange(4 * rows)
    shown = 760
    big = shrunk(recoloured(photo, named[chosen % len(named)][1]), shown / side)
    put(cast, s, big, (WIDTH - shown) // 2, y + 10)
    y += shown + 30
    for k, mark in enumerate(("gear", "bolt", "pin", "bell")):
        glyph(s.img, (140 + k * 260, y + 30), 18, mark, s.fg)
    y += 80
    gap = (WIDTH - 4 * TILE) // 5
    for k in range(4 * rows):
        r, c = divmod(k, 4)
        look_name, wash = named[k % len(named)]
        look_tile(s, photo, gap + c * (TILE + gap), y + r * (TILE + 64), look_name, wash, k == chosen)
    return finish(s, rng, False)


def call_tile(cast: Cast, rng: random.Random, sc: Screen, x: int, y: int, w: int, h: int) -> None:
    """A video call's tile at (x, y), w x h: a dark room's grade, a 24-38 px face in a square (or on
    a fifth the camera off: initials), the name's label at its foot."""
    gradient(sc.img, (x, y, x + w, y + h), off((70, 62, 55), rng.randrange(-20, 21)), (28, 26, 24))
    if rng.random() < 0.2:
        cast.disc(sc, x + w // 2 - 40, y + h // 2 - 40, 80)
    else:
        fp = face_px(rng, 24, 38)
        side = min(h - 30, round(fp * rng.uniform(1.6, 2.2)))
        cast.washed(sc, x + (w - side) // 2, y + (h - side) // 2 - 10, fp, side, "square", None)
    note(sc.img, rng.choice(NAMES), (x + 10, y + h - 12), 0.55, WHITE, 1)


def screen_photo(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo of a screen: a photo viewer (black, the bar, the actions) showing a photo (1080 x
    1440) of a laptop in a room, its screen a video call's grid (three or four across, three rows of
    ``call_tile``) warped into the screen's tilted quad (``warped``: one side 10-25 % shorter), the
    photo's white balance warm or cool, a glare (``glare``) and softened by 0.6-1.2."""
    s = new_screen(rng, name, cast.kind("screenphoto"), ("dark",))
    s.img[STATUS_H:FOOT, :WIDTH] = (8, 8, 8)
    note(s.img, "<", (30, STATUS_H + 62), 1.2, WHITE, 3)
    note(s.img, rng.choice(("Today", "Yesterday", "12 March")), (90, STATUS_H + 60), 0.8, WHITE, 2)
    across = rng.choice((3, 4))
    gw, gh = 960, 600
    tw, th = gw // across, gh // 3

    def grid(sc: Screen) -> None:
        for r in range(3):
            for c in range(across):
                call_tile(cast, rng, sc, c * tw + 2, r * th + 2, tw - 4, th - 4)

    call = layer(s, gw, gh, grid, (20, 20, 20))
    pw, ph = WIDTH, 1440
    sw = rng.randrange(800, 960)
    sh = round(sw * gh / gw)
    x0, y0 = (pw - sw) // 2 + rng.randrange(-40, 41), round(ph * rng.uniform(0.2, 0.3))
    short = round(sh * rng.uniform(0.1, 0.25))
    lean = rng.uniform(-0.04, 0.04) * sh
    if rng.random() < 0.5:  # the right side further away
        quad = [
            (x0, y0),
            (x0 + sw, y0 + short / 2 + lean),
            (x0 + sw, y0 + sh - short / 2 + lean),
            (x0, y0 + sh),
        ]
    else:
        quad = [
            (x0, y0 + short / 2),
            (x0 + sw, y0 + lean),
            (x0 + sw, y0 + sh + lean),
            (x0, y0 + sh - short / 2),
        ]
    screen_in, inside_mask = warped(call, quad, pw, ph)

    def room(sc: Screen) -> None:
        cast.thing(sc, 0, 0, pw, ph)
        bezel = np.array([(x - 24 if k in (0, 3) else x + 24, y - 24 if k < 2 else y + 24)
                          for k, (x, y) in enumerate(quad)], np.int32)  # fmt: skip
        cv2.fillPoly(sc.img, [bezel], (25, 25, 28), cv2.LINE_AA)
        foot = max(quad[2][1], quad[3][1]) + 24
        base = np.array([(quad[3][0] - 24, foot), (quad[2][0] + 24, foot), (quad[2][0] + 90, foot + 80),
                         (quad[3][0] - 90, foot + 80)], np.int32)  # fmt: skip
        cv2.fillPoly(sc.img, [base], (150, 150, 158), cv2.LINE_AA)
        put(cast, sc, screen_in, 0, 0, inside_mask)

    photo = layer(s, pw, ph, room)
    balance = warm(rng.uniform(0.3, 0.6)) if rng.random() < 0.6 else cool
    piece = softened(glare(rng, balance(photo[0])), rng.uniform(0.6, 1.2))
    top = STATUS_H + 140
    put(cast, s, (piece, photo[1]), 0, top)
    for k, mark in enumerate(("bubble", "bell", "gear", "pin")):
        glyph(s.img, (130 + k * 270, FOOT - 70), 22, mark, WHITE)
    return finish(s, rng, False)


def column_entry(cast: Cast, rng: random.Random, sc: Screen, x: int, y: int, w: int) -> int:
    """A column's entry at (x, y), ``w`` wide, on a print page: a 19.5-30 px face in a square (no
    photo on an eighth), the writer's name, the headline and three to five lines. Returns its
    height."""
    ink = (30, 30, 30)
    if rng.random() < 1 / 8:
        side = 0
    else:
        fp = face_px(rng, 19.5, 30)
        side = round(fp * rng.uniform(1.25, 1.45))
        cast.washed(sc, x, y, fp, side, "square", None)
    note(
        sc.img,
        f"{rng.choice(NAMES).upper()} {rng.choice(SURNAMES).upper()}",
        (x + side + 14, y + 22),
        0.5,
        ink,
        1,
    )
    sc.words(rng, x + side + 14, y + 56, 0.7, rng.randrange(2, 4), ink)
    yy = y + max(side, 60) + 30
    for _ in range(rng.randrange(3, 6)):
        sc.words(rng, x, yy, 0.42, max(2, w // 90), (70, 70, 70))
        yy += 26
    return yy - y + 24


def print_replica(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A newspaper's print replica: the reader's bar (the paper, the page's number), the scanned page
    (the masthead, "Opinion", two columns of five to seven ``column_entry``, as many as fit) grey on
    the paper's tone and softened by 0.5-0.9, the pages' strip at the foot."""
    s = new_screen(rng, name, cast.kind("replica"), ("light", "dark"))
    y = top_bar(s, f"{rng.choice(('The Herald', 'Daily Post', 'Courier'))}  A{rng.randrange(2, 30)}")
    pw, ph = WIDTH - 40, FOOT - y - 140

    def page(sc: Screen) -> None:
        note(
            sc.img,
            rng.choice(("THE HERALD", "DAILY POST", "COURIER")),
            (pw // 2 - 220, 80),
            2.0,
            (20, 20, 20),
            4,
        )
        cv2.line(sc.img, (20, 110), (pw - 20, 110), (20, 20, 20), 3)
        note(sc.img, "Opinion", (30, 170), 1.3, (20, 20, 20), 3)
        cw = (pw - 90) // 2
        for c in range(2):
            yy = 210
            for _ in range(rng.randrange(5, 8)):
                if yy + 200 > ph - 20:
                    break
                yy += column_entry(cast, rng, sc, 30 + c * (cw + 30), yy, cw)
        cv2.line(sc.img, (pw // 2, 200), (pw // 2, ph - 30), (90, 90, 90), 1)

    drawn = layer(s, pw, ph, page, (236, 240, 242))
    paper = np.array(rng.choice(((205, 225, 235), (215, 230, 232), (200, 215, 225))), np.float32)
    g = grey(drawn[0]).astype(np.float32) / 255
    piece = softened((g * paper).astype(np.uint8), rng.uniform(0.5, 0.9))
    put(cast, s, (piece, drawn[1]), 20, y + 10)
    for k in range(5):
        rounded_card(s.img, 40 + k * 200, FOOT - 110, 150, 90, 8, off(s.bg, 20 if k != 2 else 60))
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------
# Sparse layouts: one face, or two far apart, or things in their places.
# ----------------------------------------------------------------------------------------------


def article_picture(cast: Cast, rng: random.Random, s: Screen, ph: int, px: tuple[float, float] | None
                    ) -> Layer:  # fmt: skip
    """A picture across an article (``WIDTH - 80`` x ``ph``): a thing with a person's face of ``px``
    (lo, hi) px (``inset``) when given, else a thing alone."""
    pw = WIDTH - 80
    if px is None:
        return layer(s, pw, ph, lambda p: cast.thing(p, 0, 0, pw, ph))
    fp = rng.uniform(*px)
    return layer(s, pw, ph, lambda p: inset(cast, rng, p, pw, ph, fp))


def reader_theme(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A reading app's theme over an article: the page (the reader's bar, the title, the author's
    19.5-30 px face in the byline, paragraphs, a picture: a thing or on 30 % a person's 32-72 px face
    400 px or more below the byline) drawn whole, then amber night (dark page, blue cut to 45-60 %,
    green to 75-85 %, dimmed to 0.75-0.95) or sepia (light page, ``warm`` 0.5-0.8)."""
    night = rng.random() < 0.5
    s = new_screen(rng, name, cast.kind("reader"), ("dark",) if night else ("light",))
    page, ink = ((28, 28, 30), (225, 225, 225)) if night else ((250, 250, 250), (30, 30, 30))
    h = FOOT - STATUS_H

    def article(sc: Screen) -> None:
        note(sc.img, "Aa", (WIDTH - 110, 60), 1.0, ink, 2)
        note(sc.img, "<", (30, 62), 1.1, ink, 3)
        y = 130
        for _ in range(2):
            sc.words(rng, 40, y + 40, 1.2, rng.randrange(3, 5), ink)
            y += 60
        y += 30
        side = face_at(cast, rng, sc, 40, y, (19.5, 30), ("circle",))
        note(
            sc.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (60 + side, y + side // 2 + 8), 0.6, ink, 1
        )
        byline = y
        y += max(side, 40) + 40
        person = rng.random() < 0.3
        while y + 50 < h - 40:
            if y > byline + 400 and y + 560 < h - 40 and rng.random() < 0.35:
                ph = rng.randrange(400, 540)
                put(cast, sc, article_picture(cast, rng, sc, ph, (32, 72) if person else None), 40, y)
                person = False
                y += ph + 30
                continue
            sc.words(rng, 40, y + 30, 0.65, rng.randrange(5, 9), ink)
            y += 44

    drawn = layer(s, WIDTH, h, article, page)
    if night:
        k = rng.uniform(0.75, 0.95)
        amber = np.array((rng.uniform(0.45, 0.6), rng.uniform(0.75, 0.85), 1.0), np.float32) * k
        theme = lambda p: (p.astype(np.float32) * amber).astype(np.uint8)  # noqa: E731
    else:
        theme = warm(rng.uniform(0.5, 0.8))
    put(cast, s, recoloured(drawn, theme), 0, STATUS_H)
    return finish(s, rng, False)


def forced_dark(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A browser's forced dark mode: the address bar, a page drawn dark with light text, its pictures
    dimmed to 55-75 % and greyed by a fifth (``darkened``): the site's header, the headline, the
    byline's 18-28 px face, paragraphs and a picture (a thing, or on 30 % a team photo's 30-64 px face
    300 px or more below)."""
    s = new_screen(rng, name, cast.kind("forcedark"), ("dark",))
    level = rng.uniform(0.55, 0.75)
    wash = darkened(level)
    s.img[STATUS_H:FOOT, :WIDTH] = (24, 24, 26)
    rounded_card(s.img, 24, STATUS_H + 16, WIDTH - 48, 70, 35, (50, 50, 54))
    note(s.img, rng.choice(("news.example.org", "cityblog.net", "club-site.com")), (70, STATUS_H + 62), 0.65,
         (200, 200, 200))  # fmt: skip
    y = STATUS_H + 120
    cv2.rectangle(s.img, (0, y), (WIDTH, y + 90), (40, 44, 60), -1)
    note(s.img, rng.choice(("THE LOCAL", "CLUB NEWS", "WEEKLY")), (40, y + 60), 1.1, (220, 220, 230), 3)
    y += 130
    for _ in range(2):
        s.words(rng, 40, y + 40, 1.0, rng.randrange(3, 6), (230, 230, 230))
        y += 56
    y += 20
    side = face_at(cast, rng, s, 40, y, (18.3, 28), ("circle",), wash)
    note(s.img, f"By {rng.choice(NAMES)} {rng.choice(SURNAMES)}", (60 + side, y + side // 2 + 8), 0.55,
         (170, 170, 170))  # fmt: skip
    byline = y
    y += max(side, 40) + 40
    person = rng.random() < 0.3
    while y + 50 < FOOT - 30:
        if y > byline + 300 and y + 520 < FOOT - 30 and rng.random() < 0.4:
            ph = rng.randrange(380, 500)
            pic = article_picture(cast, rng, s, ph, (30, 64) if person else None)
            person = False
            put(cast, s, recoloured(pic, wash), 40, y)
            y += ph + 30
            continue
        s.words(rng, 40, y + 30, 0.6, rng.randrange(5, 9), (205, 205, 205))
        y += 42
    return finish(s, rng, False)


def duotone_artist(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music app's artist: the header (a thing with the artist's face, 24-48 px, 64-150 on 20 %,
    in its upper two thirds) mapped to two colours (``duotone``) and faded into the page over its
    lowest quarter, the name on it, "Follow" and play, the popular tracks (covers as things), "Fans
    also like" initials; on 25 % a featured artist's 18-26 px face in its own colours 400 px or more
    below the header's face."""
    s = new_screen(rng, name, cast.kind("duotone"), ("dark", "dark", "light"))
    hh = rng.randrange(700, 820)
    fp = big_or_small(rng, 24, 48, (64, 150), 0.2)
    box: list[BoxF | None] = [None]

    def header(sc: Screen) -> None:
        box[0] = inset(cast, rng, sc, WIDTH, hh, fp, (0.35, 0.08, 0.95, 0.68))

    drawn = recoloured(layer(s, WIDTH, hh, header), duotone(*rng.choice(DUOTONES)))
    piece = drawn[0]
    fade_from = round(hh * 0.75)
    a = np.zeros((hh, WIDTH), np.float32)
    a[fade_from:] = np.linspace(0, 1, hh - fade_from, dtype=np.float32)[:, None]
    piece = blend(piece, a, s.bg)
    put(cast, s, (piece, drawn[1]), 0, STATUS_H)
    note(s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (40, STATUS_H + hh - 60), 1.6, s.fg, 4)
    y = STATUS_H + hh + 10
    tag(s.img, 40, y, "Follow", off(s.bg, 30), 50)
    cv2.circle(s.img, (WIDTH - 90, y + 25), 40, s.accent, -1, cv2.LINE_AA)
    y += 90
    note(s.img, "Popular", (40, y + 30), 0.9, s.fg, 2)
    y += 60
    feature = rng.random() < 0.25
    face_foot = STATUS_H + (box[0][3] if box[0] else hh * 0.68)
    for k in range(rng.randrange(3, 6)):
        if y + 110 > FOOT - 260:
            break
        note(s.img, str(k + 1), (40, y + 55), 0.7, GREY)
        cast.thing(s, 90, y + 10, 90, 90)
        s.words(rng, 210, y + 50, 0.65, rng.randrange(2, 4), s.fg)
        y += 110
    if feature and y + 120 < FOOT - 40 and y > face_foot + 400:
        side = face_at(cast, rng, s, 40, y + 10, (18.3, 26), ("circle",))
        note(s.img, f"Featuring {rng.choice(NAMES)}", (60 + side, y + 10 + side // 2 + 8), 0.6, s.fg)
        y += side + 40
    if y + 200 < FOOT:
        note(s.img, "Fans also like", (40, y + 30), 0.8, s.fg, 2)
        for k in range(4):
            cast.disc(s, 40 + k * 250, y + 60, 120)
    return finish(s, rng, False)


def stock_preview(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A stock photo's preview: the search bar, the preview (a thing with a person's 20-34 px face,
    48-120 on 20 %) under a tiled translucent watermark (``watermark``, 25-45 %), the licence's
    buttons, the title, similar pictures (things, watermarked alike); on 40 % the contributor's
    18-26 px face 300 px or more below the preview's face."""
    s = new_screen(rng, name, cast.kind("stock"), ("light", "light", "dark"))
    site = rng.choice(("stockpix", "imagebank", "photohub"))
    rounded_card(s.img, 24, STATUS_H + 16, WIDTH - 48, 70, 35, off(s.bg, 14))
    s.words(rng, 70, STATUS_H + 62, 0.6, rng.randrange(2, 4), GREY)
    y = STATUS_H + 110
    pw, ph = WIDTH - 48, rng.randrange(760, 960)
    fp = big_or_small(rng, 20, 34, (48, 120), 0.2)
    box: list[BoxF | None] = [None]

    def photo(sc: Screen) -> None:
        box[0] = inset(cast, rng, sc, pw, ph, fp)

    drawn = layer(s, pw, ph, photo)
    put(cast, s, (watermark(rng, drawn[0], site, rng.uniform(0.25, 0.45)), drawn[1]), 24, y)
    face_foot = y + (box[0][3] if box[0] else ph / 2)
    y += ph + 20
    s.words(rng, 40, y + 36, 0.8, rng.randrange(3, 6))
    y += 60
    for k, label in enumerate(("Download", "Licence")):
        tag(s.img, 40 + k * 300, y, label, s.accent if k == 0 else off(s.bg, 26), 56)
    y += 90
    if rng.random() < 0.4:
        y = max(y, round(face_foot) + 300)
        side = face_at(cast, rng, s, 40, y, (18.3, 26), ("circle",))
        note(
            s.img, f"by {rng.choice(NAMES)} {rng.choice(SURNAMES)}", (60 + side, y + side // 2 + 8), 0.6, GREY
        )
        y += side + 30
    note(s.img, "Similar", (40, y + 30), 0.7, s.fg, 2)
    y += 50
    tw = (WIDTH - 48 - 16) // 3
    while y + 120 < FOOT:
        for k in range(3):
            th = min(tw, FOOT - y)
            pic = layer(s, tw, th, lambda p, w=tw, h=th: cast.thing(p, 0, 0, w, h))
            put(
                cast, s, (watermark(rng, pic[0], site, rng.uniform(0.25, 0.45)), pic[1]), 24 + k * (tw + 8), y
            )
        y += tw + 8
    return finish(s, rng, False)


def reposted_clip(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A reposted clip in a short-video player: black, the clip letterboxed (16:9 or 4:5 across the
    screen: a thing with a person's 20-44 px face, 48-110 on 20 %) under the other app's translucent
    watermark (``handle_mark``, 30-50 %; over the face's lower part on half, else in a corner), the
    actions' glyphs down the right; on 40 % the poster's 18-26 px face at the actions' top, 300 px or
    more from the clip's face; the caption."""
    s = new_screen(rng, name, cast.kind("repost"), ("dark",))
    s.img[STATUS_H:FOOT, :WIDTH] = (10, 10, 10)
    cw = WIDTH
    ch = round(cw * 9 / 16) if rng.random() < 0.5 else round(cw * 5 / 4)
    top = STATUS_H + (FOOT - STATUS_H - ch) // 2 - 60
    fp = big_or_small(rng, 20, 44, (48, 110), 0.2)
    box: list[BoxF | None] = [None]

    def clip(sc: Screen) -> None:
        box[0] = inset(cast, rng, sc, cw, ch, fp, (0.05, 0.05, 0.75, 0.95))

    drawn = layer(s, cw, ch, clip)
    handle = f"@{rng.choice(NAMES).lower()}{rng.randrange(10, 99)}"
    b = box[0] or (cw * 0.4, ch * 0.4, cw * 0.4 + fp, ch * 0.4 + fp)
    if rng.random() < 0.5:
        mx, my = round(b[0]), round(b[3] - (b[3] - b[1]) * 0.35)
    else:
        mx, my = rng.choice(((24, 24), (cw - 300, ch - 70)))
    mx, my = min(max(0, mx), cw - 300), min(max(0, my), ch - 50)
    put(cast, s, (handle_mark(drawn[0], mx, my, handle, rng.uniform(0.3, 0.5)), drawn[1]), 0, top)
    x = WIDTH - 90
    y = round(FOOT * 0.55)
    face = (b[0] + b[2]) / 2, top + (b[1] + b[3]) / 2
    if rng.random() < 0.4 and np.hypot(x + 20 - face[0], y + 20 - face[1]) >= 300:
        face_at(cast, rng, s, x - 10, y, (18.3, 26), ("circle",))
    else:
        cast.disc(s, x - 10, y, 64)
    y += 120
    for mark in ("bell", "bubble", "bolt"):
        glyph(s.img, (x + 22, y), 24, mark, WHITE)
        note(s.img, str(rng.randrange(1, 999)), (x, y + 50), 0.5, WHITE)
        y += 120
    s.words(rng, 30, FOOT - 120, 0.7, rng.randrange(3, 6), WHITE)
    s.words(rng, 30, FOOT - 70, 0.55, rng.randrange(3, 7), (200, 200, 200))
    return finish(s, rng, False)


def camera_filter(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camera's live filter: black, the top icons, the viewfinder (1080 x 1440: a thing with a
    person's 20-48 px face in its upper 55 %; on 20 % a second 19.5-30 px face in its lowest quarter)
    under a filter (``any_filter``), the thirds' grid and on 40 % the face-tracking frame (a yellow
    square 1.35 times the first face round it) over the settled picture; the filters' names, the
    shutter and the last photo (a thing)."""
    s = new_screen(rng, name, cast.kind("camera"), ("dark",))
    s.img[STATUS_H:FOOT, :WIDTH] = (6, 6, 6)
    for k, mark in enumerate(("bolt", "gear", "pin")):
        glyph(s.img, (120 + k * 420, STATUS_H + 50), 20, mark, WHITE)
    vw, vh = WIDTH, 1440
    fp = face_px(rng, 20, 48)
    boxes: list[BoxF | None] = []

    def scene(sc: Screen) -> None:
        boxes.append(inset(cast, rng, sc, vw, vh, fp, (0.05, 0.1, 0.95, 0.55)))
        if rng.random() < 0.2:
            fp2 = face_px(rng, 19.5, 30)
            side = side_for(rng, fp2)
            sx, sy = rng.randrange(60, vw - side - 60), rng.randrange(round(vh * 0.72), vh - side - 40)
            before = len(sc.comp.faces)
            cast.washed(sc, sx, sy, fp2, side, "square", None)
            boxes.append(H72.box_of(sc, before, sx, sy, side, fp2))

    drawn = layer(s, vw, vh, scene)
    label, wash = any_filter(rng)
    piece = wash(drawn[0])
    for k in (1, 2):
        cv2.line(piece, (vw * k // 3, 0), (vw * k // 3, vh), (200, 200, 200), 1)
        cv2.line(piece, (0, vh * k // 3), (vw, vh * k // 3), (200, 200, 200), 1)
    first = boxes[0]
    if first is not None and rng.random() < 0.4:
        cx, cy = (first[0] + first[2]) / 2, (first[1] + first[3]) / 2
        half = max(first[2] - first[0], first[3] - first[1]) * 1.35 / 2
        cv2.rectangle(piece, (round(cx - half), round(cy - half)), (round(cx + half), round(cy + half)),
                      (40, 210, 250), 2)  # fmt: skip
    top = STATUS_H + 100
    put(cast, s, (piece, drawn[1]), 0, top)
    y = top + vh + 30
    x = 40
    for other, _w in looks(rng)[:5]:
        x = tag(s.img, x, y, other if other != "Original" else label, (60, 60, 60), 44)[2] + 16
    cv2.circle(s.img, (WIDTH // 2, FOOT - 120), 70, WHITE, 6, cv2.LINE_AA)
    cv2.circle(s.img, (WIDTH // 2, FOOT - 120), 56, WHITE, -1, cv2.LINE_AA)
    cast.thing(s, 80, FOOT - 170, 100, 100, card_mask(100, 100, 14))
    return finish(s, rng, False)


def before_after(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A before-and-after slider: an editor's bar, the photo (1000 px across: a thing with a
    person's 20-40 px face, 48-120 on 20 %) whose right of the slider's line is filtered
    (``any_filter``), the line (3 px, white) through the face at 30-70 % of its width, the handle
    above or below the face, "Before" and "After" tags, the tools' glyphs."""
    s = new_screen(rng, name, cast.kind("compare"), ("dark", "light"))
    y = top_bar(s, rng.choice(("Compare", "Edit", "Adjust")))
    pw, ph = 1000, rng.randrange(1100, 1400)
    fp = big_or_small(rng, 20, 40, (48, 120), 0.2)
    box: list[BoxF | None] = [None]

    def photo(sc: Screen) -> None:
        box[0] = inset(cast, rng, sc, pw, ph, fp, (0.08, 0.25, 0.92, 0.75))

    drawn = layer(s, pw, ph, photo)
    b = box[0] or (pw * 0.4, ph * 0.4, pw * 0.4 + fp, ph * 0.4 + fp)
    cut = round(b[0] + (b[2] - b[0]) * rng.uniform(0.3, 0.7))
    _label, wash = any_filter(rng)
    piece = drawn[0].copy()
    piece[:, cut:] = wash(drawn[0][:, cut:])
    cv2.line(piece, (cut, 0), (cut, ph), WHITE, 3)
    hy = round(b[1] - 90) if b[1] > ph * 0.3 else round(b[3] + 90)
    cv2.circle(piece, (cut, hy), 34, WHITE, -1, cv2.LINE_AA)
    cv2.line(piece, (cut - 14, hy), (cut + 14, hy), (60, 60, 60), 3)
    x = (WIDTH - pw) // 2
    put(cast, s, (piece, drawn[1]), x, y + 20)
    tag(s.img, x + 20, y + 40, "Before", (30, 30, 30), 44)
    tag(s.img, x + pw - 150, y + 40, "After", (30, 30, 30), 44)
    yy = y + 20 + ph + 60
    for k, mark in enumerate(("gear", "bolt", "pin", "bell")):
        glyph(s.img, (140 + k * 260, min(yy, FOOT - 60)), 20, mark, s.fg)
    return finish(s, rng, False)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
CROWDED: tuple[Layout, ...] = (looks_grid, screen_photo, print_replica)
SPARSE: tuple[Layout, ...] = (
    reader_theme, forced_dark, duotone_artist, stock_preview, reposted_clip, camera_filter, before_after,
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (*CROWDED, *SPARSE)
# with people: the ten layouts in turn twice (six crowded screens a round and fourteen sparse ones)
FACE_LAYOUTS: tuple[Layout, ...] = LAYOUTS * 2
# face-free: each twice, then the crowded ones again (the lookalikes: a grid of looks, a photo of a
# call's grid and a page of columns with things in the people's places, recoloured alike)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, *LAYOUTS, *CROWDED)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT73_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 20 screens of people and 23 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h73", photos, free, seed, reps)
