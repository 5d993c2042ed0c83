"""Held-out screens, thirteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twelve (heldout.py to heldout12.py) came before it and are seen data, or may be. To keep
this one unseen, no face detector ran on its screens while it was written and the detector's code
was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: houseplants,
bookshelves, bicycle wheels, flower beds from above, building fronts; nothing with eyes, a mouth or
a mask); every random choice from ``HELDOUT13_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout11's ``Cast`` (through heldout12's, its screens marked h13-; on face-free screens pets,
objects, textures, initials and this set's drawn things), which counts a face cut by an edge once
half of its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces made into things on a screen: cut out into stickers with white outlines
(``sticker``), under drawn glasses (``spectacles``), hung on a wall in perspective (``hung``: each
box the box of where the face's ellipse lands), half retouched behind a divider (``retouch``), on
trading cards under holographic foil and a binder's glare (``foil``), on slides and CV pages shrunk
into thumbnails. Ten layouts none of sets 2-12 draws (they already draw lock screens and a home
screen's clock, an app switcher, an inbox, payments, calendars and meetings, a GIF keyboard, a
share sheet, a photo editor's filters, a wallet's ID, a selfie check, a yearbook, a collage maker,
a photo booth and more: see their docstrings):
- a home screen over a wallpaper photo (faces 160-700 px, or larger, dimmed): a photo widget (faces
  30-200 px), a favourites widget (26-60 px faces), a conversation widget (a 40-80 px face and a
  stack of 18-24 px ones), contacts' shortcuts among the app icons (45-100 px faces, a badge over
  their lower right), a folder of mini icons (16-40 px faces), a translucent dock;
- a chat with its sticker tray: sent and received cut-out stickers (faces 40-140 px, turned up to
  12 degrees, a soft shadow), senders' 20-28 px faces, packs as 18-26 px faces, a grid of stickers
  (faces 20-80 px);
- an eyewear shop's virtual try-on: the front camera (faces 200-520 px) with glasses over the
  eyes (sunglasses on some), drawn frames, "on you" copies of the face (58-110 px) in other frames,
  reviews with 20-28 px faces and customers' photos (18-50 px faces, glasses on some);
- a passport photo maker: the crop (faces 190-360 px, grey on some) under a head oval, crown and
  chin lines and a thirds grid, backdrop chips, a print sheet of six or eight copies (faces
  42-98 px) and earlier photos (18-40 px);
- a "guess who" board game: the opponent's 26-36 px face, their card backs, the chat (20-26 px
  faces), one's board of 20-24 portraits (faces 24-60 px; grey, dark behind or turned on some)
  with name plates, some turned down, some flipping (squashed to 55-85 % of their height), the
  secret card (60-110 px) turned up to 5 degrees;
- a presentation editor: the slide being edited (team portraits, a photo beside bullets, a quote
  by a round portrait or a title over a group photo; faces 35-200 px) with a selection box, handles
  and a rotation knob round its picture, then the slide sorter (the deck shrunk to 30-47 %, faces
  10-90 px);
- a wall art shop's AR preview: a drawn living room with one to three framed prints (portraits,
  group photos, snapshots; faces 20-150 px) hung in perspective over their shadows, frame styles,
  the print flat, one's photos (16-44 px faces) cut by the right edge;
- a recruiting app's candidate: the candidate's 28-40 px face, a CV page (the applicant's photo,
  60-140 px, grey on some) with page thumbnails (faces mostly under 18 px), the interview panel's
  stack of 20-26 px faces, reviewers' notes (20-28 px faces);
- a retouching app's compare view: the photo (faces 150-600 px) split by a divider through the
  main face, the right part smoothed, brighter and warmer, the divider's handle over the face on
  most, the faces found as round chips (25-40 px faces), the edit history (30-90 px faces under
  filters);
- a card collector's binder: the featured card (faces 70-180 px) turned 2-6 degrees, a page of
  pockets of cards (faces 20-70 px; foil, grey or sepia on some) under the sleeves' glare, recent
  sales with 60-90 px card thumbnails (faces 18-40 px).
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Scrims, foil,
glare, filters and retouching leave the faces under them counted, lighter, darker or smoother;
glasses, badges, handles, plates and guides take the pixels they cover. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,206 faces (628 under 32 px, 389 of 32-63, 133 of 64-127,
56 larger; 769 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things as stickers, under glasses, on the wall, on cards and slides);
``reps=1`` a quarter (18 screens with 305 faces: 168, 100, 24 and 13 by size, 199 under 40 px; 13
face-free). Every layout but the guess-who board (the most faces a screen, 32 on average) and the
slide editor (22, besides its many thumbnails' faces under 18 px) is drawn twice a round. Counted
by running the generator alone (``faces_bench.py --only heldout13 --count-only``, with ``--quick``
for one rep; no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, tone
from heldout5 import pill, scrim, sheet, small, stars
from heldout6 import filtered, grab, off, outlined, resized
from heldout7 import header
from heldout11 import INK, offscreen, paste_photo, portrait, silhouette, snapshot, turned

HELDOUT13_SEED = 13131


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def plants(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Houseplants on a sill: pots (tapered, a rim) with fans of long leaves, a wall behind."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = random_colour(rng, 150, 240)
    gradient(img, (0, 0, w, h), wall, tone(wall, -50))
    sill = round(h * rng.uniform(0.7, 0.85))
    cv2.rectangle(img, (0, sill), (w, h), tone(wall, -80), -1)
    for _ in range(rng.randrange(1, 4)):
        cx, pw = rng.randrange(w), max(6, round(w * rng.uniform(0.15, 0.3)))
        ph = max(6, round(pw * rng.uniform(0.7, 1.1)))
        pot = random_colour(rng, 40, 220)
        body = np.array(
            [
                [cx - pw // 2, sill - ph],
                [cx + pw // 2, sill - ph],
                [cx + pw // 3, sill],
                [cx - pw // 3, sill],
            ],
            np.int32,
        )
        leaf = (rng.randrange(20, 90), rng.randrange(110, 200), rng.randrange(20, 90))
        for _ in range(rng.randrange(5, 12)):
            a = rng.uniform(-160, -20)
            r = pw * rng.uniform(0.6, 1.4)
            tip = H12._at((cx, sill - ph), r, a)
            mid = ((cx + tip[0]) // 2, (sill - ph + tip[1]) // 2)
            cv2.ellipse(
                img,
                mid,
                (max(2, round(r / 2)), max(1, pw // 10)),
                a,
                0,
                360,
                tone(leaf, rng.randrange(-40, 40)),
                -1,
                cv2.LINE_AA,
            )
        cv2.fillPoly(img, [body], pot, cv2.LINE_AA)
        cv2.rectangle(
            img,
            (cx - pw // 2 - 2, sill - ph - max(2, ph // 8)),
            (cx + pw // 2 + 2, sill - ph),
            tone(pot, -30),
            -1,
        )
    return img


def books(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bookshelf: two or three boards, spines of varied widths, heights and colours with bands,
    a leaning book at a row's end."""
    img = np.full((h, w, 3), random_colour(rng, 40, 110), np.uint8)
    rows = rng.randrange(2, 4)
    rh = h // rows
    wood = random_colour(rng, 60, 150)
    for r in range(rows):
        base = (r + 1) * rh - max(2, rh // 12)
        x = rng.randrange(0, max(1, w // 10))
        while x < w:
            bw = max(2, round(w * rng.uniform(0.03, 0.08)))
            bh = round(rh * rng.uniform(0.6, 0.9))
            spine = random_colour(rng, 30, 230)
            cv2.rectangle(img, (x, base - bh), (x + bw - 1, base), spine, -1)
            for _ in range(rng.randrange(0, 3)):
                yy = base - bh + round(bh * rng.uniform(0.1, 0.85))
                cv2.line(img, (x, yy), (x + bw - 1, yy), rng.choice((GOLD, WHITE, INK)), max(1, bh // 30))
            x += bw + rng.choice((0, 0, 1, max(1, w // 30)))
        cv2.rectangle(img, (0, base), (w, (r + 1) * rh), wood, -1)
    return img


def wheels(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Bicycles' wheels against a wall: tyres, rims, spokes to a hub, a frame's tubes between."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 130, 230), random_colour(rng, 90, 180))
    r = max(5, round(min(w / 4.4, h / 2.4)))
    cy = h - r - max(1, h // 20)
    frame = random_colour(rng, 30, 230)
    centres = [(round(w / 2 - r * 1.15), cy), (round(w / 2 + r * 1.15), cy)]
    top = (w // 2, cy - round(r * 0.9))
    for c in centres:
        cv2.circle(img, c, r, (30, 30, 32), max(2, r // 9), cv2.LINE_AA)
        cv2.circle(img, c, r * 5 // 6, (190, 190, 195), max(1, r // 30), cv2.LINE_AA)
        for k in range(rng.choice((16, 24, 32))):
            cv2.line(
                img, c, H12._at(c, r * 5 / 6, k * 360 / 24 + rng.random()), (170, 170, 175), 1, cv2.LINE_AA
            )
        cv2.circle(img, c, max(2, r // 10), (120, 120, 125), -1, cv2.LINE_AA)
        cv2.line(img, c, top, frame, max(2, r // 10), cv2.LINE_AA)
    cv2.line(img, centres[0], (w // 2, cy), frame, max(2, r // 10), cv2.LINE_AA)
    cv2.line(img, (w // 2, cy), top, frame, max(2, r // 10), cv2.LINE_AA)
    return img


def flowers(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A flower bed from above: blooms of 5-12 petals round a disc on dark leaves."""
    img = np.zeros((h, w, 3), np.uint8)
    leaves = H11._noise(rng, h, w, max(1.5, min(w, h) / 25))[:, :, None]
    img[:] = np.clip(np.array((40, 110, 50), np.float32) * (0.5 + leaves), 0, 255).astype(np.uint8)
    for _ in range(rng.randrange(3, 12)):
        c, r = (rng.randrange(w), rng.randrange(h)), max(3, round(min(w, h) * rng.uniform(0.08, 0.2)))
        petal, n = random_colour(rng, 80, 255), rng.randrange(5, 13)
        start = rng.uniform(0, 360)
        for k in range(n):
            a = start + k * 360 / n
            cv2.ellipse(
                img,
                H12._at(c, r * 0.55, a),
                (max(2, r // 2), max(1, r // 4)),
                a,
                0,
                360,
                petal,
                -1,
                cv2.LINE_AA,
            )
        cv2.circle(
            img, c, max(2, r // 4), rng.choice(((30, 200, 250), (40, 80, 120), (60, 60, 60))), -1, cv2.LINE_AA
        )
    return img


def facade(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A building's front: a rendered wall, a grid of windows (frames, panes, a sill, lit or dark),
    balconies' rails on some floors, a door at the foot."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = random_colour(rng, 80, 230)
    gradient(img, (0, 0, w, h), tone(wall, 15), tone(wall, -25), False)
    cols, rows = rng.randrange(2, 6), rng.randrange(2, 6)
    cw, rh = w / cols, h / (rows + 0.6)
    for i in range(rows):
        for j in range(cols):
            x1, y1 = round(j * cw + cw * 0.22), round(i * rh + rh * 0.2)
            x2, y2 = round((j + 1) * cw - cw * 0.22), round((i + 1) * rh - rh * 0.15)
            cv2.rectangle(img, (x1 - 2, y1 - 2), (x2 + 2, y2 + 2), WHITE, -1)
            cv2.rectangle(
                img, (x1, y1), (x2, y2), rng.choice(((70, 60, 50), (120, 200, 240), (110, 100, 90))), -1
            )
            cv2.line(img, ((x1 + x2) // 2, y1), ((x1 + x2) // 2, y2), WHITE, max(1, w // 200))
            cv2.rectangle(img, (x1 - 4, y2 + 2), (x2 + 4, y2 + 4 + max(1, h // 150)), tone(wall, -60), -1)
        if rng.random() < 0.3:
            yy = round((i + 1) * rh - rh * 0.35)
            for x in range(0, w, max(3, w // 40)):
                cv2.line(img, (x, yy), (x, round((i + 1) * rh)), INK, 1)
            cv2.line(img, (0, yy), (w, yy), INK, max(1, h // 120))
    dx = rng.randrange(max(1, w - w // 6))
    cv2.rectangle(img, (dx, round(h - rh * 0.6)), (dx + max(3, w // 7), h), tone(wall, -90), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (plants, books, wheels, flowers, facade)


@dataclass
class Cast(H12.Cast):
    """heldout12's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h13-, whose drawn things are this set's: houseplants, bookshelves, bicycle
    wheels, flower beds, building fronts."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h13-" + super().kind(layout).removeprefix("h12-")


# ----------------------------------------------------------------------------------------------
# Staging: cut-out stickers, spectacles, prints hung in perspective, retouching, foil.
# ----------------------------------------------------------------------------------------------


def sticker(cast: Cast, fp: float, angle: float) -> tuple[np.ndarray, list[BoxF], np.ndarray]:
    """A sticker: a person cut out of a held-out photo (head and shoulders, the face ``fp`` px) in
    a white outline of a tenth of the face, turned by ``angle`` degrees, with the mask of where it
    lies; a face-free cast's is a thing cut into an oval."""
    rng = cast.rng
    t = max(3, round(fp / 10))
    if cast.photos:
        p, f = HO._face(cast.photos, rng)
        k = fp / max(f[2] - f[0], f[3] - f[1])
        img, faces = C._scaled(p, k)
        fw, fh = (f[2] - f[0]) * k, (f[3] - f[1]) * k
        tw, th = round(fw * 2.6), round(fh * 2.9)
        left, up = round((f[0] + f[2]) / 2 * k - tw / 2) - t, round((f[1] + f[3]) / 2 * k - fh) - t
        tile, kept = C._crop(img, faces, left, up, tw + 2 * t, th + 2 * t, cast.min_visible)
        m = np.pad(silhouette(tw, th, fw, fh), t)
        m = np.minimum(m, cast.shown(tile))
    else:
        tw, th = round(fp * rng.uniform(1.8, 2.6)), round(fp * rng.uniform(2.0, 2.8))
        tile, kept = cast.piece(tw + 2 * t, th + 2 * t), []
        m = np.zeros(tile.shape[:2], np.uint8)
        cv2.ellipse(m, (tw // 2 + t, th // 2 + t), (tw // 2, th // 2), 0, 0, 360, 255, -1)
    outline = cv2.dilate(m, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * t + 1, 2 * t + 1)))
    piece = np.where(m[:, :, None] > 0, tile, np.uint8(248))
    out, boxes, _ = turned(piece, kept, angle)
    where = turned(cv2.cvtColor(outline, cv2.COLOR_GRAY2BGR), [], angle)[0][:, :, 0]
    return out, boxes, where


def spectacles(img: np.ndarray, box: Sequence[float], colour: Colour, sun: bool) -> None:
    """Glasses drawn over a face's box at its eyes: two lenses (dark and filled for sunglasses,
    else a rim only), a bridge and the temples to the box's sides."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    ey, t = round(y1 + 0.37 * h), max(1, round(w / 30))
    axes = (max(2, round(0.19 * w)), max(2, round(0.12 * h)))
    lenses = [(round(x1 + 0.29 * w), ey), (round(x1 + 0.71 * w), ey)]
    for c in lenses:
        if sun:
            cv2.ellipse(img, c, axes, 0, 0, 360, (45, 40, 38), -1, cv2.LINE_AA)
        cv2.ellipse(img, c, axes, 0, 0, 360, colour, t, cv2.LINE_AA)
    cv2.line(img, (lenses[0][0] + axes[0], ey), (lenses[1][0] - axes[0], ey), colour, t, cv2.LINE_AA)
    cv2.line(
        img, (lenses[0][0] - axes[0], ey), (round(x1 - 0.02 * w), ey - axes[1] // 2), colour, t, cv2.LINE_AA
    )
    cv2.line(
        img, (lenses[1][0] + axes[0], ey), (round(x2 + 0.02 * w), ey - axes[1] // 2), colour, t, cv2.LINE_AA
    )


def hung(
    piece: np.ndarray, faces: Sequence[BoxF], quad: np.ndarray
) -> tuple[np.ndarray, list[BoxF], np.ndarray, int, int]:
    """``piece`` seen in perspective, its corners at ``quad`` (screen points, clockwise from the
    top left): the warped picture over the quad's bounding box, each face's box the box of where
    its ellipse lands, the mask of where it lies and the box's top left."""
    h, w = piece.shape[:2]
    x0, y0 = (int(v) for v in np.floor(quad.min(axis=0)))
    x1, y1 = (int(v) for v in np.ceil(quad.max(axis=0)))
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, (quad - [x0, y0]).astype(np.float32))
    size = (x1 - x0 + 1, y1 - y0 + 1)
    out = cv2.warpPerspective(piece, m, size, flags=cv2.INTER_AREA)
    where = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size, flags=cv2.INTER_NEAREST)
    turn = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    boxes = []
    for a, b, c, d in faces:
        ring = np.stack(
            [(a + c) / 2 + (c - a) / 2 * np.cos(turn), (b + d) / 2 + (d - b) / 2 * np.sin(turn)], 1
        )
        pts = cv2.perspectiveTransform(ring[None].astype(np.float32), m)[0]
        boxes.append(
            (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))
        )
    return out, boxes, where, x0, y0


def retouch(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A retouching app's "after" (for ``heldout10.redrawn``): skin smoothed by an edge-keeping
    blur, brighter, a little warmer."""
    lift, warm = rng.uniform(1.04, 1.15), rng.uniform(0, 14)

    def fn(part: np.ndarray) -> np.ndarray:
        smooth = cv2.bilateralFilter(part, 9, 40, 9).astype(np.float32) * lift
        return np.clip(smooth + np.array((-warm, 0, warm), np.float32), 0, 255).astype(np.uint8)

    return fn


def foil(rng: random.Random, w: int, h: int, alpha: float) -> Callable[[np.ndarray], np.ndarray]:
    """A holographic foil or a binder pocket's glare over a w x h picture: diagonal translucent
    bands of rainbow colour (``alpha`` at most), or of white."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    phase = (xs + ys * rng.uniform(0.4, 1.2)) / rng.uniform(40, 140) + rng.uniform(0, 6)
    band = (0.5 + 0.5 * np.sin(phase)) ** 3 * alpha
    if rng.random() < 0.5:
        hue = (phase * 12 % 180).astype(np.uint8)
        hsv = np.stack([hue, np.full_like(hue, 200), np.full_like(hue, 255)], 2)
        colour = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR).astype(np.float32)
    else:
        colour = np.full((h, w, 3), 255, np.float32)
    a = band[:, :, None]
    return lambda part: (part * (1 - a) + colour * a).astype(np.uint8)


def main_box(
    s: Screen, n0: int, rect: tuple[int, int, int, int], side: float
) -> tuple[float, float, float, float]:
    """The counted face since the ``n0``-th nearest ``rect``'s middle, or (a face-free screen) a
    ``side`` px square there, where the glasses, guides or handles of a layout go."""
    c = ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)
    box = H10.nearest_face(s, n0, c)
    return box if box is not None else (c[0] - side / 2, c[1] - side / 2, c[0] + side / 2, c[1] + side / 2)


def square_around(
    s: Screen, n0: int, rect: tuple[int, int, int, int], box: Sequence[float], grow: float
) -> tuple[np.ndarray, list[BoxF]]:
    """The square of ``grow`` times ``box``'s side round it, cut from ``rect`` of the screen with
    the faces counted since the ``n0``-th (a shrunk copy's source)."""
    view, faces = grab(s, rect, n0)
    side = max(8, round(max(box[2] - box[0], box[3] - box[1]) * grow))
    sx, sy = round((box[0] + box[2] - side) / 2) - rect[0], round((box[1] + box[3] - side) / 2) - rect[1]
    return C._crop(view, faces, sx, sy, side, side, 0.5)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def app_icon(cast: Cast, s: Screen, rng: random.Random, x: int, y: int, side: int, people: float) -> None:
    """A home screen's icon: on ``people`` of them a contact's shortcut (a round face of 40-75 % of
    it, the messaging app's badge over its lower right), else a drawn app logo."""
    if rng.random() < people:
        fp = side * small(rng, 0.4, 0.75)
        cast.avatar(s, x, y, fp, side, "circle")
        badge(s.img, (x + side * 5 // 6, y + side * 5 // 6), max(8, side // 6), GREEN, "", WHITE)
    else:
        H8.logo(s.img, rng, x, y, side)


def home_screen(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A phone's home screen over a wallpaper photo (faces 160-700 px, or a thing, dimmed 10-35 %)
    behind the status bar: a photo widget ("on this day": faces 30-200 px, a gradient and a date
    over its foot), a favourites widget of six to nine round faces (26-60 px) with names, a
    conversation widget (a 40-80 px face, a message, a stack of 18-24 px faces), then app icons
    whose third are contacts' shortcuts (faces 45-100 px with a badge over their lower right), a
    folder of four mini icons (contacts' faces 16-40 px), page dots and a translucent dock."""
    s = Screen.new(rng, name, cast.kind("home"), rng.choice(("dark", "light", "tinted")))
    img = s.img
    H12.full_frame(cast, s, (0, 0, W - 8, H), small(rng, 160, 700), 0.5)
    scrim(s, (0, 0, W - 8, H), rng.uniform(0.1, 0.35))
    C.draw_clock(img, f"{rng.randrange(24)}:{rng.randrange(60):02d}", WHITE)
    y = STATUS_H + 50
    ws = rng.randrange(440, 500)
    cast.scene(s, 40, y, ws, ws, small(rng, 30, 200), rng.random() < 0.85, rounded_rect(ws, ws, 44))
    H10.redrawn(s, (40, y + ws * 2 // 3, 40 + ws, y + ws), lambda part: (part * 0.6).astype(np.uint8))
    s.words(rng, 70, y + ws - 40, 0.7, 2, WHITE)
    x0, panel = 40 + ws + 40, (W - 8 - 40) - (40 + ws + 40)
    fill(img, rounded_rect(ws, panel, 44), x0, y, (245, 245, 245) if rng.random() < 0.5 else (40, 40, 44))
    ink = INK if img[y + ws // 2, x0 + 4].sum() > 384 else WHITE
    cols = 3
    cell = panel // cols
    rows = rng.randrange(2, 4)
    for k in range(cols * rows):
        cx, cy = x0 + (k % cols) * cell, y + 30 + (k // cols) * ((ws - 40) // rows)
        fp, side = _size(rng, 26, small(rng, 27, min(60, cell * 0.6)), (1.1, 1.3))
        cast.person(s, cx + (cell - side) // 2, cy, fp, side, "circle")
        s.words(rng, cx + 16, cy + side + 26, 0.4, 1, ink)
    y += ws + 40
    ch = rng.randrange(200, 250)
    scrim(s, (40, y, W - 8 - 40, y + ch), 0.55, (250, 250, 250) if rng.random() < 0.5 else (30, 30, 30))
    fp, side = _size(rng, 40, small(rng, 41, 80), (1.15, 1.3))
    cast.avatar(s, 70, y + (ch - side) // 2, fp, side)
    s.words(rng, 100 + side, y + 60, 0.65, 2, WHITE)
    s.words(rng, 100 + side, y + 100, 0.5, 4, WHITE)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    cast.stack(s, 100 + side, y + ch - sd - 30, rng.randrange(2, 5), fp, sd, round(sd * 0.7), WHITE)
    y += ch + 50
    step, side = (W - 8) // 4, rng.randrange(112, 136)
    folder = rng.randrange(12)
    k = 0
    while y + side + 60 < H - NAV_H - 330:
        for j in range(4):
            x = j * step + (step - side) // 2
            if k == folder:
                scrim(s, (x, y, x + side, y + side), 0.45, (230, 230, 230))
                mini = (side - 30) // 2
                for q in range(4):
                    app_icon(
                        cast,
                        s,
                        rng,
                        x + 10 + (q % 2) * (mini + 10),
                        y + 10 + (q // 2) * (mini + 10),
                        mini,
                        0.5,
                    )
            else:
                app_icon(cast, s, rng, x, y, side, 0.3)
            s.words(rng, x + 6, y + side + 34, 0.45, 1, WHITE)
            k += 1
        y += side + 80
    dy = H - NAV_H - 230
    for j in range(rng.randrange(2, 5)):
        cv2.circle(img, (W // 2 - 40 + j * 26, dy - 40), 7, WHITE if j == 0 else GREY, -1, cv2.LINE_AA)
    scrim(s, (24, dy, W - 8 - 24, dy + 200), 0.35, (235, 235, 235))
    for j in range(4):
        app_icon(cast, s, rng, j * step + (step - side) // 2, dy + (200 - side) // 2, side, 0.2)
    H5.nav_bar(s)
    return s.finish()


def sticker_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat with its sticker tray open: the contact's 28-40 px face and name, bubbles and cut-out
    stickers (people cut from photos, head and shoulders, in a white outline with a soft shadow,
    turned up to 12 degrees; faces 40-140 px), the sender's 20-28 px face by the stickers received,
    then the tray over the chat's foot: packs as round 18-26 px faces in tabs, a grid of 4-5
    columns of stickers (faces 20-80 px, turned up to 8 degrees), a dashed "new sticker" cell."""
    s = new_screen_for(rng, name, cast.kind("stickers"))
    img, page = s.img, s.bg
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), s.fg, 4, tipLength=0.5)
    fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.25))
    cast.avatar(s, 90, STATUS_H + 50 - side // 2, fp, side, "circle")
    s.words(rng, 110 + side, STATUS_H + 62, 0.7, 2)
    top = round(H * rng.uniform(0.5, 0.6))
    y = STATUS_H + 130
    while y < top - 160:
        mine = rng.random() < 0.45
        if rng.random() < 0.55:
            piece, faces, where = sticker(cast, small(rng, 40, 140), rng.uniform(-12, 12))
            ph, pw = piece.shape[:2]
            if y + ph > top - 10:
                break
            x = W - 8 - 40 - pw if mine else 100
            fill(img, cv2.GaussianBlur(where, (0, 0), 4), x + 5, y + 8, off(page, 45))
            paste_photo(cast, s, piece, faces, x, y, where)
            if not mine:
                fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
                cast.person(s, 30, y + ph - side, fp, side)
            y += ph + 28
        else:
            bw, bh = rng.randrange(300, 700), rng.randrange(70, 130)
            x = W - 8 - 40 - bw if mine else 100
            fill(img, rounded_rect(bh, bw, 30), x, y, s.accent if mine else off(page, 25))
            s.words(rng, x + 24, y + 48, 0.55, 3, WHITE if mine else s.fg)
            y += bh + 24
    tray = off(page, 14)
    sheet(img, top, tray, 30)
    y = top + 44
    for k in range(rng.randrange(5, 8)):  # packs
        x = 30 + k * 120
        cv2.circle(img, (x + 40, y + 40), 46, s.accent if k == 1 else off(tray, 20), -1, cv2.LINE_AA)
        if k == 0:
            cv2.circle(img, (x + 40, y + 40), 22, s.fg, 3, cv2.LINE_AA)
            cv2.line(img, (x + 40, y + 40), (x + 40, y + 26), s.fg, 3)
        else:
            fp, side = _size(rng, 18.3, 26, (1.15, 1.35))
            cast.avatar(s, x + 40 - side // 2, y + 40 - side // 2, fp, side, "circle")
    cv2.line(img, (0, y + 104), (W, y + 104), off(tray, 30), 2)
    cols = rng.choice((4, 5))
    cell = (W - 8 - 40) // cols
    y += 130
    k = 0
    while y + cell * 0.7 < H - NAV_H:
        for j in range(cols):
            x = 20 + j * cell
            if k == 0:
                for d in range(0, cell - 30, 24):  # a dashed "new sticker" cell
                    cv2.line(img, (x + 15 + d, y + 15), (x + 27 + d, y + 15), GREY, 3)
                    cv2.line(img, (x + 15 + d, y + cell - 15), (x + 27 + d, y + cell - 15), GREY, 3)
                badge(img, (x + cell // 2, y + cell // 2), 30, s.accent, "+")
            else:
                piece, faces, where = sticker(cast, small(rng, 20, cell / 3.2), rng.uniform(-8, 8))
                ph, pw = piece.shape[:2]
                paste_photo(cast, s, piece, faces, x + (cell - pw) // 2, y + (cell - ph) // 2, where)
            k += 1
        y += cell
    H5.nav_bar(s)
    return s.finish()


def new_screen_for(rng: random.Random, name: str, kind: str) -> Screen:
    """A screen in a light, dark or tinted theme (heldout5's: low-contrast text on some dark ones)."""
    return H5.new_screen(rng, name, kind, ("light", "dark", "tinted"))


def try_on(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An eyewear shop's virtual try-on: the front camera (faces 200-520 px) with glasses drawn over
    the main face's eyes (sunglasses' dark lenses on some), a close chip and the frame's name over
    it, a carousel of frames (drawn, face-free), then "on you" copies of the face shrunk to 58-110 px
    each wearing another frame, the price and stars, customers' photos (faces 18-50 px, glasses on
    some) under their 20-28 px faces."""
    s = Screen.new(rng, name, cast.kind("tryon"), rng.choice(("light", "dark")))
    img, page = s.img, s.bg
    top, bottom = STATUS_H + 80, round(H * rng.uniform(0.5, 0.58))
    rect = (0, top, W - 8, bottom)
    n0 = len(s.comp.faces)
    H12.full_frame(cast, s, rect, small(rng, 200, 520), 0.4)
    box = main_box(s, n0, rect, 300)
    look, look_faces = square_around(s, n0, rect, box, rng.uniform(1.8, 2.6))
    frames = [random_colour(rng, 20, 200) for _ in range(6)]
    spectacles(img, box, frames[0], rng.random() < 0.35)
    badge(img, (W - 70, top + 50), 28, (30, 30, 30), "x")
    pill(img, 30, bottom - 90, 360, 60, (30, 30, 30))
    s.words(rng, 56, bottom - 50, 0.6, 2, WHITE)
    y = bottom + 20
    for k in range(6):  # frames
        x = 20 + k * 200
        fill(img, rounded_rect(110, 180, 18), x, y, off(page, 12))
        spectacles(img, (x + 30, y + 20, x + 150, y + 120), frames[k], k % 3 == 2)
        if k == 0:
            cv2.rectangle(img, (x - 3, y - 3), (x + 183, y + 113), s.accent, 4)
    y += 150
    s.words(rng, 30, y, 0.8, 3)
    stars(img, 30, y + 36, 14, rng.randrange(3, 6), GOLD, GREY)
    s.words(rng, W - 260, y, 0.8, 1, s.accent)
    y += 80
    s.words(rng, 30, y, 0.6, 2)
    ps, x = rng.randrange(150, 200), 30
    for k in range(1, 6):  # on you
        n1 = len(s.comp.faces)
        piece, faces = resized(look, look_faces, ps, ps)
        paste_photo(cast, s, piece, faces, x, y + 20, rounded_rect(ps, ps, 20))
        spectacles(img, main_box(s, n1, (x, y + 20, x + ps, y + 20 + ps), ps / 2.2), frames[k], k % 3 == 2)
        x += ps + 20
    y += ps + 80
    while y < H - NAV_H - 200:  # reviews
        fp, side = _size(rng, 20, small(rng, 21, 28))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 + 8, 0.5, 2)
        stars(img, W - 240, y + side // 2, 11, rng.randrange(2, 6), GOLD, GREY)
        y = _text_lines(s, rng, 50 + side, y + side + 30, rng.randrange(1, 3), 0.5)
        if rng.random() < 0.6 and y + 170 < H - NAV_H:
            for j in range(rng.randrange(1, 4)):
                px = 50 + side + j * 180
                n1 = len(s.comp.faces)
                cast.scene(
                    s, px, y, 160, 160, small(rng, 18.3, 50), rng.random() < 0.8, rounded_rect(160, 160, 14)
                )
                if rng.random() < 0.6 and len(s.comp.faces) > n1:
                    spectacles(
                        img,
                        main_box(s, n1, (px, y, px + 160, y + 160), 40),
                        random_colour(rng, 20, 200),
                        rng.random() < 0.5,
                    )
            y += 180
        y += 30
    H5.nav_bar(s)
    return s.finish()


def passport_photo(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A passport photo maker: steps, the crop editor (one person on a plain backdrop, faces
    190-360 px; grey for some countries) under a head oval, crown and chin lines and a thirds grid
    drawn over it, a ruler beside it, backdrop colour chips, then the print sheet (six or eight
    copies on a 4 x 6 print, faces 42-98 px, cut marks between them) and earlier photos (faces
    18-40 px), a checklist."""
    s = new_screen_for(rng, name, cast.kind("passport"))
    img = s.img
    header(s, rng, s.fg, 1)
    y = STATUS_H + 120
    for k in range(4):  # steps
        cx = 150 + k * 260
        if k < 3:
            cv2.line(img, (cx, y), (cx + 260, y), GREY, 3)
        cv2.circle(img, (cx, y), 20, s.accent if k <= 1 else GREY, -1, cv2.LINE_AA)
    y += 50
    pw = rng.randrange(500, 620)
    ph = pw * 45 // 35
    x0 = (W - 8 - pw) // 2
    fp = ph * rng.uniform(0.3, 0.45)
    photo, faces = portrait(cast, pw, ph, fp)
    grey = rng.random() < 0.3
    if grey:
        photo = filtered(photo, "grey")
    n0 = len(s.comp.faces)
    paste_photo(cast, s, photo, faces, x0, y)
    box = main_box(s, n0, (x0, y, x0 + pw, y + ph), fp)
    guide = rng.choice((GREEN, WHITE, s.accent))
    cx, cy = round((box[0] + box[2]) / 2), round((box[1] + box[3]) / 2)
    hw, hh = round((box[2] - box[0]) * 0.75), round((box[3] - box[1]) * 0.95)
    cv2.ellipse(img, (cx, cy - hh // 8), (hw, hh), 0, 0, 360, guide, 3, cv2.LINE_AA)
    for yy in (cy - hh - hh // 8, cy + hh - hh // 8):
        cv2.line(img, (x0, yy), (x0 + pw, yy), guide, 2)
    for k in (1, 2):
        cv2.line(img, (x0 + pw * k // 3, y), (x0 + pw * k // 3, y + ph), (220, 220, 220), 1)
        cv2.line(img, (x0, y + ph * k // 3), (x0 + pw, y + ph * k // 3), (220, 220, 220), 1)
    for k in range(0, ph, 12):  # the ruler
        cv2.line(img, (x0 + pw + 14, y + k), (x0 + pw + (34 if k % 60 == 0 else 24), y + k), s.fg, 2)
    y += ph + 30
    for k, colour in enumerate(((250, 250, 250), (240, 220, 200), (210, 210, 210), (215, 235, 245))):
        cv2.circle(img, (80 + k * 110, y + 40), 36, colour, -1, cv2.LINE_AA)
        cv2.circle(img, (80 + k * 110, y + 40), 38, s.accent if k == 0 else GREY, 3, cv2.LINE_AA)
    pill(img, W - 340, y + 10, 300, 60, s.accent)
    s.words(rng, W - 310, y + 50, 0.6, 2, WHITE)
    y += 110
    shot, shot_faces = grab(s, (x0, y - 140 - ph, x0 + pw, y - 140), n0)
    cols, rows = (3, 2) if rng.random() < 0.5 else (4, 2)
    cw = rng.randrange(130, 170) if cols == 3 else rng.randrange(110, 140)
    chh = cw * 45 // 35
    sw, sh = cols * cw + (cols + 1) * 16, rows * chh + (rows + 1) * 16
    cv2.rectangle(img, (30, y), (30 + sw, y + sh), WHITE, -1)
    for k in range(cols * rows):
        px, py = 30 + 16 + (k % cols) * (cw + 16), y + 16 + (k // cols) * (chh + 16)
        paste_photo(cast, s, *resized(shot, shot_faces, cw, chh), px, py)
        for dx, dy in ((-8, -8), (cw + 2, chh + 2)):
            cv2.line(img, (px + dx, py + dy), (px + dx + 6, py + dy), GREY, 1)
    tx = 30 + sw + 30
    for k in range(4):
        badge(img, (tx + 16, y + 30 + k * 60), 14, GREEN if k < 3 else GOLD, "check" if k < 3 else "!")
        s.words(rng, tx + 44, y + 40 + k * 60, 0.45, 2)
    y += sh + 40
    s.words(rng, 30, y, 0.6, 2)
    x = 30
    while y + 40 < H - NAV_H - 60 and x < W - 8:  # earlier photos
        tw = rng.randrange(90, 130)
        th = min(tw * 45 // 35, H - NAV_H - 30 - (y + 20))
        cast.scene(s, x, y + 20, tw, th, small(rng, 18.3, min(40, tw * 0.4)), True)
        x += tw + 20
    H5.nav_bar(s)
    return s.finish()


def guess_who(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A "guess who" board game: the opponent's 26-36 px face and a question bubble, their board of
    card backs (some down), the chat (20-26 px faces), one's board of 4 rows of 5-6 portraits (faces
    24-60 px, grey, dark behind or turned a little on some) in coloured frames with name plates,
    some turned down (a card back's edge), some flipping (squashed to 55-85 % of their height), one's
    secret card (faces 60-110 px) turned up to 5 degrees, a guess pill."""
    s = new_screen_for(rng, name, cast.kind("guesswho"))
    img, page = s.img, s.bg
    fp, side = _size(rng, 26, small(rng, 27, 36), (1.1, 1.25))
    cast.avatar(s, 30, STATUS_H + 30, fp, side, "circle")
    bw = rng.randrange(420, 700)
    fill(img, rounded_rect(70, bw, 24), 50 + side, STATUS_H + 30, off(page, 22))
    s.words(rng, 74 + side, STATUS_H + 75, 0.55, 4)
    y = STATUS_H + 60 + max(side, 70)
    back = random_colour(rng, 40, 200)
    for k in range(24):  # their board
        x = 30 + (k % 12) * 85
        yy = y + (k // 12) * 64
        down = rng.random() < 0.4
        cv2.rectangle(
            img, (x, yy + (40 if down else 0)), (x + 70, yy + 54), tone(back, -40 if down else 0), -1
        )
        if not down:
            cv2.putText(img, "?", (x + 24, yy + 40), cv2.FONT_HERSHEY_DUPLEX, 0.9, WHITE, 2, cv2.LINE_AA)
    y += 150
    for _ in range(rng.randrange(1, 3)):  # the chat
        fp, side = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 4)
        y += side + 24
    y += 10
    cols = rng.choice((5, 6))
    cw = (W - 8 - 40) // cols
    tile = cw - 24
    frame = random_colour(rng, 40, 220)
    for k in range(4 * cols):
        x, yy = 20 + (k % cols) * cw, y + (k // cols) * (tile + 70)
        cv2.rectangle(img, (x + 4, yy), (x + cw - 4, yy + tile + 56), frame, -1)
        fate = rng.random()
        fp = small(rng, 24, min(60, tile * 0.5))
        if fate < 0.22:  # turned down
            cv2.rectangle(img, (x + 12, yy + tile - 14), (x + cw - 12, yy + tile + 8), tone(frame, -60), -1)
        elif fate < 0.34:  # flipping
            piece, faces = offscreen(tile, tile, lambda sc, fp=fp: cast.avatar(sc, 0, 0, fp, tile, "square"))
            fh = round(tile * rng.uniform(0.55, 0.85))
            paste_photo(cast, s, *resized(piece, faces, tile, fh), x + 12, yy + 8 + tile - fh)
        else:
            cast.avatar(s, x + 12, yy + 8, fp, tile, "square")
        pill(img, x + 10, yy + tile + 18, cw - 20, 30, WHITE)
        s.words(rng, x + 20, yy + tile + 40, 0.4, 1, INK)
    y += 4 * (tile + 70) + 20
    if y + 200 < H - NAV_H:
        sw = rng.randrange(170, 220)
        piece, faces = portrait(cast, sw, sw * 5 // 4, small(rng, 60, min(110, sw * 0.5)))
        out, boxes, where = turned(piece, faces, rng.uniform(-5, 5))
        ch = min(out.shape[0], H - NAV_H - 10 - y)
        paste_photo(cast, s, out[:ch], boxes, 40, y, where[:ch])
        s.words(rng, 80 + out.shape[1], y + 50, 0.7, 2)
        pill(img, 80 + out.shape[1], y + 90, 320, 70, s.accent)
        s.words(rng, 110 + out.shape[1], y + 135, 0.6, 1, WHITE)
    H5.nav_bar(s)
    return s.finish()


def slide(
    cast: Cast, rng: random.Random, w: int, h: int
) -> tuple[np.ndarray, list[BoxF], tuple[int, int, int, int]]:
    """A presentation's slide drawn at w x h: a team slide (a title, three to five round portraits,
    faces 10-14 % of its height, names), a photo beside bullets (faces 10-30 %), a quote by a round
    portrait, or a title over a group photo or a gathering; and the rect of its main picture."""
    kind = rng.randrange(4)
    back = rng.choice(((250, 250, 250), (40, 40, 48), random_colour(rng, 60, 230)))
    rect = [w // 10, h // 3, w * 9 // 10, h * 5 // 6]

    def draw(sc: Screen) -> None:
        sc.img[:] = back
        fg = INK if sum(back) > 384 else WHITE
        sc.words(rng, w // 12, h // 7, h / 300, 3, fg)
        if kind == 0:
            n = rng.randrange(3, 6)
            side = min(round(h * 0.3), w // (n + 1))
            for k in range(n):
                x = round((k + 0.5) * w / n - side / 2)
                cast.avatar(sc, x, h // 3, h * rng.uniform(0.1, 0.14), side, "circle")
                sc.words(rng, x, h // 3 + side + h // 12, h / 700, 2, fg)
            rect[:] = [round(0.5 * w / n - side / 2), h // 3, round(0.5 * w / n + side / 2), h // 3 + side]
        elif kind == 1:
            pw = w * 9 // 20
            cast.scene(sc, w // 2, h // 4, pw, h * 2 // 3, h * small(rng, 0.1, 0.3), rng.random() < 0.9)
            for k in range(rng.randrange(3, 6)):
                cv2.circle(sc.img, (w // 12, h // 4 + k * h // 9), max(2, h // 80), fg, -1)
                sc.words(rng, w // 12 + h // 30, h // 4 + k * h // 9 + h // 80, h / 800, 3, fg)
            rect[:] = [w // 2, h // 4, w // 2 + pw, h // 4 + h * 2 // 3]
        elif kind == 2:
            side = h // 2
            cast.avatar(sc, w // 12, h // 3, side * rng.uniform(0.45, 0.6), side, "circle")
            cv2.putText(sc.img, '"', (w // 3, h // 2), cv2.FONT_HERSHEY_DUPLEX, h / 120, fg, 4)
            for k in range(3):
                sc.words(rng, w // 3 + h // 10, h // 2 + k * h // 10, h / 600, 4, fg)
            rect[:] = [w // 12, h // 3, w // 12 + side, h // 3 + side]
        else:
            if cast.photos and rng.random() < 0.5:
                sc.paste(*H11.group_photo(cast, w, h), 0, 0, None, cast.min_visible)
            else:
                paste_photo(cast, sc, *snapshot(cast, w, h, h * 0.06, h * 0.16, 0.9), 0, 0)
            H5.scrim(sc, (0, h * 2 // 3, w, h), 0.55)
            sc.words(rng, w // 12, h * 5 // 6, h / 250, 3, WHITE)
            rect[:] = [0, 0, w, h]

    piece, faces = offscreen(w, h, draw)
    return piece, faces, (rect[0], rect[1], rect[2], rect[3])


def slides(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A presentation editor: a toolbar, the slide being edited (``slide``: faces 35-200 px) with a
    selection box, handles and a rotation knob round its main picture (over faces' edges), speaker
    notes, then the slide sorter: the deck's slides shrunk to 30-47 % in two or three columns
    (faces 10-90 px; under 18 px not counted), numbers, the current one framed."""
    s = new_screen_for(rng, name, cast.kind("slides"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 3)
    y = STATUS_H + 100
    cv2.rectangle(img, (0, y), (W, y + 80), off(page, 10), -1)
    for k in range(8):
        cv2.rectangle(img, (30 + k * 80, y + 22), (66 + k * 80, y + 58), off(page, 70), 3 if k % 2 else -1)
    y += 110
    sw = W - 8 - 40
    sh = sw * 9 // 16
    piece, faces, rect = slide(cast, rng, sw, sh)
    cv2.rectangle(img, (16, y - 4), (24 + sw, y + sh + 4), off(page, 40), -1)
    paste_photo(cast, s, piece, faces, 20, y)
    x1, y1, x2, y2 = rect[0] + 20, rect[1] + y, rect[2] + 20, rect[3] + y
    cv2.rectangle(img, (x1, y1), (x2, y2), s.accent, 3)
    for hx in (x1, (x1 + x2) // 2, x2):
        for hy in (y1, (y1 + y2) // 2, y2):
            if (hx, hy) != ((x1 + x2) // 2, (y1 + y2) // 2):
                cv2.rectangle(img, (hx - 9, hy - 9), (hx + 9, hy + 9), WHITE, -1)
                cv2.rectangle(img, (hx - 9, hy - 9), (hx + 9, hy + 9), s.accent, 2)
    cv2.line(img, ((x1 + x2) // 2, y1), ((x1 + x2) // 2, max(y, y1 - 40)), s.accent, 2)
    cv2.circle(img, ((x1 + x2) // 2, max(y, y1 - 40)), 12, s.accent, -1, cv2.LINE_AA)
    y += sh + 30
    y = _text_lines(s, rng, 30, y + 20, rng.randrange(2, 4), 0.5) + 20
    cols = rng.choice((2, 3, 3))
    tw = (W - 8 - 60 - 40 * (cols - 1)) // cols
    th = tw * 9 // 16
    current = rng.randrange(cols * 2)
    k = 0
    while y + th * 0.5 < H - NAV_H:
        for j in range(cols):
            x = 30 + j * (tw + 40)
            cv2.putText(img, str(k + 1), (x - 2, y + 24), cv2.FONT_HERSHEY_SIMPLEX, 0.5, s.fg, 1, cv2.LINE_AA)
            if k == current:
                cv2.rectangle(img, (x + 14, y - 6), (x + 26 + tw, y + th + 6), s.accent, 5)
            big, big_faces, _ = slide(cast, rng, sw, sh)
            paste_photo(cast, s, *resized(big, big_faces, tw, th), x + 20, y)
            k += 1
        y += th + 40
    H5.nav_bar(s)
    return s.finish()


def room_view(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> np.ndarray:
    """A living room through the camera, drawn: a wall seen at an angle, a floor, a sofa with
    cushions, a lamp; returns the wall's four corners (clockwise from the top left)."""
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    wall = random_colour(rng, 120, 235)
    floor = round(y1 + h * rng.uniform(0.68, 0.78))
    gradient(img, (x1, floor, x2, y2), random_colour(rng, 70, 170), random_colour(rng, 40, 120))
    lean = rng.uniform(0.1, 0.25) * h * rng.choice((-1, 1))
    left_top, right_top = y1 + h * 0.04 + max(0.0, lean), y1 + h * 0.04 + max(0.0, -lean)
    quad = np.array(
        [
            [x1, left_top],
            [x2, right_top],
            [x2, floor - max(0.0, -lean) / 3],
            [x1, floor - max(0.0, lean) / 3],
        ],
        np.float32,
    )
    img[y1:floor, x1:x2] = tone(wall, -50)
    cv2.fillPoly(img, [quad.astype(np.int32)], wall, cv2.LINE_AA)
    sofa = random_colour(rng, 40, 200)
    sx, sw = x1 + round(w * rng.uniform(0.05, 0.35)), round(w * rng.uniform(0.45, 0.6))
    fill(img, rounded_rect(round(h * 0.18), sw, 30), sx, floor - round(h * 0.12), sofa)
    for k in range(3):
        fill(
            img,
            rounded_rect(round(h * 0.1), sw // 3 - 16, 24),
            sx + 8 + k * sw // 3,
            floor - round(h * 0.17),
            tone(sofa, 25),
        )
    lx = x2 - round(w * 0.12)
    cv2.line(img, (lx, floor), (lx, floor - round(h * 0.4)), INK, 5)
    cv2.ellipse(img, (lx, floor - round(h * 0.4)), (60, 40), 0, 180, 360, (170, 220, 245), -1, cv2.LINE_AA)
    return quad


def framed(cast: Cast, rng: random.Random, w: int, h: int, fp: float) -> tuple[np.ndarray, list[BoxF]]:
    """A framed print w x h: a wooden, black or white frame, a white mat, a photo of people inside
    (a portrait, a group photo or a snapshot; faces ``fp`` px), or a thing."""
    t, mat = max(4, w // 18), max(6, w // 9) if rng.random() < 0.6 else 0
    piece = np.full((h, w, 3), rng.choice(((30, 30, 30), (240, 240, 240), (40, 90, 140))), np.uint8)
    piece[t : h - t, t : w - t] = 245
    iw, ih = w - 2 * (t + mat), h - 2 * (t + mat)
    pick = rng.random()
    if not cast.photos or pick < 0.4:
        photo, faces = portrait(cast, iw, ih, fp) if cast.photos else (cast.piece(iw, ih), [])
    elif pick < 0.6:
        photo, faces = H11.group_photo(cast, iw, ih)
    else:
        photo, faces = snapshot(cast, iw, ih, fp * 0.6, fp, 1.0)
    piece[t + mat : h - t - mat, t + mat : w - t - mat] = photo
    return piece, [(a + t + mat, b + t + mat, c + t + mat, d + t + mat) for a, b, c, d in faces]


def wall_art(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wall art shop's AR preview: the camera on a living room (drawn: a wall at an angle, a
    sofa, a lamp) with one to three framed prints hung on the wall in perspective (portraits, group
    photos or snapshots; faces 20-150 px bent by it) over their shadows, a reticle, a size chip, then
    a sheet: frame styles, sizes, the chosen print flat (faces 20-70 px), one's photos to choose
    from (faces 16-44 px) cut by the right edge, the price and a button."""
    s = Screen.new(rng, name, cast.kind("wallart"), rng.choice(("light", "dark")))
    img, page = s.img, s.bg
    top, bottom = STATUS_H, round(H * rng.uniform(0.52, 0.6))
    quad = room_view(img, rng, (0, top, W - 8, bottom))
    wall = cv2.getPerspectiveTransform(np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32), quad)
    n = rng.randrange(1, 4)
    slots = sorted(rng.uniform(0.05, 0.95 - 0.3 * n) + k * 0.3 for k in range(n))
    chosen = None
    for u in slots:
        fw, fh = rng.uniform(0.15, 0.28), rng.uniform(0.3, 0.55)
        v = rng.uniform(0.1, 0.6 - fh / 2)
        corners = np.array([[[u, v], [u + fw, v], [u + fw, v + fh], [u, v + fh]]], np.float32)
        q = cv2.perspectiveTransform(corners, wall)[0]
        pw = round(max(q[1][0] - q[0][0], 60) * 1.3)
        ph = round(pw * (q[3][1] - q[0][1]) / max(1.0, q[1][0] - q[0][0]))
        piece, faces = framed(cast, rng, pw, max(60, ph), small(rng, 20, 150))
        chosen = chosen or (piece, faces)
        out, boxes, where, x0, y0 = hung(piece, faces, q)
        fill(
            img,
            cv2.GaussianBlur(where, (0, 0), 6),
            x0 + 8,
            y0 + 12,
            tone(tuple(int(c) for c in img[y0, x0]), -60),
        )
        paste_photo(cast, s, out, boxes, x0, y0, where)
    cx, cy = (W - 8) // 2, (top + bottom) // 2
    cv2.circle(img, (cx, cy), 26, WHITE, 2, cv2.LINE_AA)
    cv2.circle(img, (cx, cy), 4, WHITE, -1, cv2.LINE_AA)
    pill(img, 30, bottom - 80, 260, 54, (30, 30, 30))
    s.words(rng, 56, bottom - 44, 0.55, 2, WHITE)
    sheet(img, bottom - 30, page, 30)
    y = bottom + 20
    for k in range(5):  # frame styles
        x = 30 + k * 150
        cv2.rectangle(
            img, (x, y), (x + 120, y + 120), rng.choice(((30, 30, 30), (230, 230, 230), (40, 90, 140))), -1
        )
        cv2.rectangle(img, (x + 14, y + 14), (x + 106, y + 106), off(page, 20), -1)
        if k == 0:
            cv2.rectangle(img, (x - 5, y - 5), (x + 125, y + 125), s.accent, 4)
    y += 150
    for k in range(4):
        outlined(img, 30 + k * 200, y, 180, 56, s.accent if k == 1 else GREY, page)
    y += 90
    if chosen is not None:
        piece, faces = chosen
        pw = rng.randrange(180, 260)
        ph = min(round(pw * piece.shape[0] / piece.shape[1]), H - NAV_H - 20 - y)
        paste_photo(cast, s, *resized(piece, faces, pw, ph), 30, y)
        s.words(rng, 70 + pw, y + 40, 0.7, 3)
        s.words(rng, 70 + pw, y + 90, 0.8, 1, s.accent)
        pill(img, 70 + pw, y + 120, 360, 70, s.accent)
        y += max(ph, 200) + 30
    x = 30
    while x < W - 8 and y + 100 < H - NAV_H:  # one's photos
        side = rng.randrange(150, 200)
        paste_photo(cast, s, *snapshot(cast, side, min(side, H - NAV_H - y), 16, 44), x, y)
        x += side + 14
    H5.nav_bar(s)
    return s.finish()


def cv_page(cast: Cast, rng: random.Random, w: int) -> tuple[np.ndarray, list[BoxF]]:
    """A CV's first page, A4, w px wide: a coloured side column with the applicant's photo (round or
    square, faces 60-140 px at 860 px wide, grey on some), contact lines and skill bars, or a photo
    at the top right; headings and lines of text."""
    h = round(w * 1.414)
    k = w / 860
    side_col = rng.random() < 0.6
    colour = random_colour(rng, 40, 200)

    def draw(sc: Screen) -> None:
        sc.img[:] = WHITE
        fp = small(rng, 60, 140) * k
        side = round(fp * rng.uniform(1.3, 1.7))
        if side_col:
            cw = round(w * 0.32)
            cv2.rectangle(sc.img, (0, 0), (cw, h), colour, -1)
            x, y = (cw - side) // 2, round(40 * k)
        else:
            cw, x, y = 0, w - side - round(50 * k), round(50 * k)
        cast.avatar(sc, x, y, fp, side, rng.choice(("circle", "square", "rounded")))
        if rng.random() < 0.3:
            H10.redrawn(sc, (x, y, x + side, y + side), H10.greyed)
        if side_col:
            yy = y + side + round(50 * k)
            for j in range(rng.randrange(6, 12)):
                sc.words(rng, round(20 * k), yy + j * round(34 * k), 0.5 * k, 2, WHITE)
            yy += 12 * round(34 * k)
            for j in range(4):
                cv2.rectangle(
                    sc.img,
                    (round(20 * k), yy + j * round(30 * k)),
                    (
                        round(20 * k + (cw - 40 * k) * rng.uniform(0.3, 1)),
                        yy + j * round(30 * k) + max(2, round(10 * k)),
                    ),
                    WHITE,
                    -1,
                )
        x0 = cw + round(40 * k)
        yy = round(80 * k)
        sc.words(rng, x0, yy, 1.1 * k, 2, INK)
        yy += round(50 * k)
        while yy < h - round(60 * k):
            if rng.random() < 0.25:
                yy += round(20 * k)
                sc.words(rng, x0, yy, 0.7 * k, 1, colour)
                cv2.line(
                    sc.img,
                    (x0, yy + round(10 * k)),
                    (w - round(40 * k), yy + round(10 * k)),
                    colour,
                    max(1, round(2 * k)),
                )
                yy += round(20 * k)
            sc.words(rng, x0, yy + round(30 * k), 0.45 * k, rng.randrange(3, 8), (80, 80, 80))
            yy += round(30 * k)

    return offscreen(w, h, draw)


def resume(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A recruiting app's candidate: the candidate's 28-40 px face, name and stage chips, the CV in
    a viewer (``cv_page``, the applicant's photo 60-140 px), page thumbnails down its left (the page
    shrunk, faces mostly under 18 px), then the interview panel's stack of 20-26 px faces and
    reviewers' notes with 20-28 px faces and stars."""
    s = new_screen_for(rng, name, cast.kind("resume"))
    img, page = s.img, s.bg
    fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.25))
    cv2.arrowedLine(img, (64, STATUS_H + 50), (26, STATUS_H + 50), s.fg, 4, tipLength=0.5)
    cast.avatar(s, 90, STATUS_H + 50 - side // 2, fp, side)
    s.words(rng, 110 + side, STATUS_H + 50, 0.7, 2)
    s.words(rng, 110 + side, STATUS_H + 84, 0.5, 3, GREY)
    y = STATUS_H + 130
    for k in range(4):
        pill(img, 30 + k * 240, y, 220, 48, s.accent if k == 1 else off(page, 25))
        s.words(rng, 54 + k * 240, y + 33, 0.45, 1, WHITE if k == 1 else s.fg)
    y += 80
    cv2.rectangle(img, (0, y), (W, y + rng.randrange(1100, 1250)), off(page, 30), -1)
    tw = rng.randrange(110, 150)
    pw = W - 8 - tw - 60
    cvp, cv_faces = cv_page(cast, rng, pw)
    vh = min(cvp.shape[0], round(H * rng.uniform(0.5, 0.56)))
    paste_photo(cast, s, cvp[:vh], cv_faces, tw + 40, y + 20)
    for k in range(rng.randrange(2, 4)):
        ty = y + 20 + k * (round(tw * 1.414) + 30)
        if k == 0:
            piece, faces = resized(cvp, cv_faces, tw, round(tw * 1.414))
        else:
            piece, faces = resized(*cv_page(cast, rng, pw), tw, round(tw * 1.414))
        cv2.rectangle(img, (16, ty - 4), (24 + tw, ty + piece.shape[0] + 4), s.accent if k == 0 else GREY, 3)
        paste_photo(cast, s, piece, faces, 20, ty)
    y += vh + 60
    s.words(rng, 30, y, 0.6, 2)
    fp, sd = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
    end = cast.stack(s, 30, y + 20, rng.randrange(2, 5), fp, sd, round(sd * 0.72), page)
    s.words(rng, end + 16, y + 20 + sd // 2 + 8, 0.5, 2, GREY)
    y += sd + 70
    while y < H - NAV_H - 120:  # notes
        fp, side = _size(rng, 20, small(rng, 21, 28))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + 22, 0.5, 2)
        stars(img, W - 240, y + 14, 11, rng.randrange(2, 6), GOLD, GREY)
        y = _text_lines(s, rng, 50 + side, y + 56, rng.randrange(1, 3), 0.5) + 26
    H5.nav_bar(s)
    return s.finish()


def before_after(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A retouching app's compare view: the photo (faces 150-600 px, or a thing) split by a
    divider across the main face, the right part retouched (smoothed, brighter, warmer), the
    divider's round handle with arrows over the face on most, "before" and "after" chips, then the
    faces found in it as 40-60 px round chips (each face shrunk to 25-40 px), the tools, a strength
    slider, the edit history (the main face shrunk to 30-90 px under the steps' filters) and
    buttons."""
    s = Screen.new(rng, name, cast.kind("retouch"), rng.choice(("dark", "dark", "light")))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    top, bottom = STATUS_H + 100, H - NAV_H - rng.randrange(640, 720)
    rect = (0, top, W - 8, bottom)
    n0 = len(s.comp.faces)
    if rng.random() < 0.5:
        H12.full_frame(cast, s, rect, small(rng, 150, 600), 0.5)
    else:
        cast.scene(s, 0, top, W - 8, bottom - top, small(rng, 150, 600), rng.random() < 0.9)
    box = main_box(s, n0, rect, 300)
    look, look_faces = square_around(s, n0, rect, box, rng.uniform(1.8, 3.0))
    found = [square_around(s, n0, rect, b, 1.6) for b in s.comp.faces[n0 : n0 + 6]]
    split = round(box[0] + (box[2] - box[0]) * rng.uniform(0.25, 0.75))
    split = min(max(split, 60), W - 70)
    H10.redrawn(s, (split, top, W - 8, bottom), retouch(rng))
    cv2.line(img, (split, top), (split, bottom), WHITE, 4)
    hy = round((box[1] + box[3]) / 2) if rng.random() < 0.7 else round(rng.uniform(top + 60, bottom - 60))
    hy = min(max(hy, top + 40), bottom - 40)
    cv2.circle(img, (split, hy), 32, WHITE, -1, cv2.LINE_AA)
    for d in (-1, 1):
        tri = np.array([[split + d * 8, hy - 10], [split + d * 8, hy + 10], [split + d * 22, hy]], np.int32)
        cv2.fillPoly(img, [tri], INK, cv2.LINE_AA)
    for x in (24, W - 8 - 184):
        pill(img, x, top + 24, 160, 48, (30, 30, 30))
        s.words(rng, x + 24, top + 56, 0.5, 1, WHITE)
    y = bottom + 24
    x = 30
    for k, (crop, crop_faces) in enumerate(found):  # the faces found, to retouch one by one
        side = rng.randrange(40, 60)
        if k == 0:
            cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 6, s.accent, 3, cv2.LINE_AA)
        paste_photo(
            cast, s, *resized(crop, crop_faces, side, side), x, y, rounded_rect(side, side, side // 2)
        )
        x += side + 24
    for _ in range(0 if found else rng.randrange(1, 4)):  # none found: things (or people) in chips
        side = rng.randrange(40, 60)
        cast.avatar(s, x, y, side * 0.6, side, "circle")
        x += side + 24
    y += 90
    for k in range(6):  # tools
        cx = 90 + k * 180
        cv2.circle(
            img, (cx, y + 40), 40, s.accent if k == 0 else off(page, 30), -1 if k == 0 else 3, cv2.LINE_AA
        )
        s.words(rng, cx - 40, y + 116, 0.45, 1)
    y += 160
    cv2.line(img, (60, y), (W - 80, y), GREY, 6)
    kx = rng.randrange(80, W - 100)
    cv2.line(img, (60, y), (kx, y), s.accent, 6)
    cv2.circle(img, (kx, y), 18, WHITE, -1, cv2.LINE_AA)
    y += 50
    ps, x = rng.randrange(90, 160), 30
    for k in range(6):  # history
        kind = ("none", "warm", "faded", "contrast", "cool", "grey")[k]
        piece, faces = resized(filtered(look, kind), look_faces, ps, ps)
        if x + ps > W - 8 + ps // 2 or y + ps > H - NAV_H:
            break
        paste_photo(cast, s, piece, faces, x, y, rounded_rect(ps, ps, 14))
        if k == 5:
            cv2.rectangle(img, (x - 3, y - 3), (x + ps + 2, y + ps + 2), s.accent, 4)
        x += ps + 18
    y += ps + 30
    if y + 70 < H - NAV_H:
        outlined(img, 30, y, (W - 8 - 90) // 2, 70, GREY, page)
        pill(img, 60 + (W - 8 - 90) // 2, y, (W - 8 - 90) // 2, 70, s.accent)
    H5.nav_bar(s)
    return s.finish()


def trading_card(cast: Cast, rng: random.Random, w: int, fp: float) -> tuple[np.ndarray, list[BoxF]]:
    """A sports trading card w px wide (5:7): a team-coloured border, the player's photo (a portrait
    or a photo of people, faces ``fp`` px), a name bar over the photo's foot, the team's drawn logo
    over its corner; a holographic foil over it on some, an old card grey or sepia on others."""
    h = w * 7 // 5
    team = random_colour(rng, 40, 220)
    t = max(4, w // 16)
    finish = rng.random()

    def draw(sc: Screen) -> None:
        sc.img[:] = team
        cv2.rectangle(
            sc.img,
            (t // 2, t // 2),
            (w - t // 2, h - t // 2),
            WHITE if rng.random() < 0.5 else GOLD,
            max(1, t // 4),
        )
        pw, ph = w - 2 * t, round(h * 0.72)
        if rng.random() < 0.6:
            paste_photo(cast, sc, *portrait(cast, pw, ph, fp), t, t)
        else:
            cast.scene(sc, t, t, pw, ph, fp, True)
        cv2.rectangle(sc.img, (t, t + ph - h // 10), (w - t, t + ph), tone(team, -50), -1)
        sc.words(rng, t + w // 20, t + ph - h // 40, w / 500, 2, WHITE)
        H8.logo(sc.img, rng, w - t - w // 4, t + ph - h // 10 - w // 4 - 4, w // 4)
        sc.words(rng, t + w // 20, t + ph + h // 12, w / 600, 3, WHITE)
        if finish < 0.3:
            H10.redrawn(sc, (0, 0, w, h), foil(rng, w, h, 0.35))
        elif finish < 0.45:
            H10.redrawn(sc, (0, 0, w, h), lambda part: filtered(part, rng.choice(("grey", "sepia", "faded"))))

    return offscreen(w, h, draw)


def trading_cards(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A card collector's binder: the featured card (``trading_card``: faces 70-180 px) turned 2-6
    degrees with its grade, price and a trend line, then a binder page of 3-4 columns of pockets
    (cards with faces 20-70 px, empty pockets on some) under the sleeves' glare (translucent white
    or rainbow bands; the faces under it counted, lighter), recent sales with 60-90 px card
    thumbnails (faces 18-40 px)."""
    s = new_screen_for(rng, name, cast.kind("cards"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    fw = rng.randrange(280, 360)
    piece, faces = trading_card(cast, rng, fw, small(rng, 70, min(180, fw * 0.5)))
    out, boxes, where = turned(piece, faces, rng.uniform(2, 6) * rng.choice((-1, 1)))
    fill(img, cv2.GaussianBlur(where, (0, 0), 8), 42, y + 12, off(page, 60))
    paste_photo(cast, s, out, boxes, 30, y, where)
    x = 70 + out.shape[1]
    s.words(rng, x, y + 50, 0.8, 2)
    pill(img, x, y + 80, 150, 50, GOLD)
    s.words(rng, x + 20, y + 114, 0.55, 1, INK)
    s.words(rng, x, y + 180, 1.0, 1, s.accent)
    pts = np.array([[x + j * 40, y + 320 - rng.randrange(0, 110)] for j in range(10)], np.int32)
    cv2.polylines(img, [pts], False, GREEN if rng.random() < 0.6 else RED, 4, cv2.LINE_AA)
    y += out.shape[0] + 30
    cols = rng.choice((3, 4))
    cw = (W - 8 - 40 - 20 * (cols - 1)) // cols
    card_w = cw - 24
    ch = card_w * 7 // 5 + 24
    sleeve = off(page, 30)
    rows = 0
    while y + ch * 0.6 < H - NAV_H - 100 and rows < 3:
        for j in range(cols):
            x = 20 + j * (cw + 20)
            cv2.rectangle(img, (x, y), (x + cw, y + ch), sleeve, -1)
            if rng.random() < 0.12:
                continue
            piece, faces = trading_card(cast, rng, card_w, small(rng, 20, min(70, card_w * 0.4)))
            paste_photo(cast, s, piece, faces, x + 12, y + 12)
        H10.redrawn(
            s,
            (20, y, W - 8 - 20, min(H - NAV_H, y + ch)),
            foil(rng, W - 8 - 40, min(H - NAV_H, y + ch) - y, 0.3),
        )
        y += ch + 20
        rows += 1
    while y + 100 < H - NAV_H:  # recent sales
        tw = rng.randrange(60, 91)
        piece, faces = trading_card(cast, rng, tw, tw * rng.uniform(0.3, 0.45))
        ph = min(piece.shape[0], H - NAV_H - y)
        paste_photo(cast, s, piece[:ph], faces, 30, y)
        s.words(rng, 60 + tw, y + 40, 0.55, 3)
        s.words(rng, W - 200, y + 40, 0.6, 1, s.accent)
        y += ph + 24
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    home_screen,
    sticker_chat,
    try_on,
    passport_photo,
    guess_who,
    slides,
    wall_art,
    resume,
    before_after,
    trading_cards,
)
# with people: each twice a round but the two with the most faces a screen
ONCE = (guess_who, slides)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three with the most things again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, home_screen, sticker_chat, wall_art)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT13_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h13", photos, free, seed, reps)
