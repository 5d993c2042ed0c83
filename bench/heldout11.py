"""Held-out screens, eleventh set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Sets one to ten (heldout.py to heldout10.py) came before it; all but the tenth have been scored and
read, so they are seen data. To keep this one unseen, no face detector ran on its screens while it
was written and the detector's code was not read. Where its pixels come from: people from the
held-out face photos only (``composites.HELDOUT`` without two_people.jpg, whose people are in tuning
photos); things from heldout2's face-free photos (``FREE_HELDOUT2``), from the backgrounds of three
held-out photos far from any face (``backdrops``: a crop grown by 30 % of a face box's side touches
no face box; only photos whose every person is annotated and that show no picture of a person) and
drawn here (``render``: dishes from above with rolls and peaches, coffees from above with a
skin-toned crema, product shots of balls, jars and boxes, landscapes of smoothed-noise ridges over a
horizon); every random choice from ``HELDOUT11_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout10's ``Cast`` (on face-free screens pets, objects, textures, initials and, new, drawn round
things), which counts a face cut by an edge once half of its box is inside.

What it adds is small faces inside larger photos, not only avatars. A photo of people is drawn off
the screen (``offscreen``) on a screen of its own, so its faces are settled there as on a screen,
then pasted as one picture, scaled, filtered or turned with its boxes along: a group photo of the
held-out photos scaled to cover a frame, or a gathering (``gathering``): people cut out of the
held-out photos, head and shoulders on a silhouette with a drawn body under it, mirrored on half,
standing in rows over a softened face-free place, the rows smaller towards the back and the front
heads hiding parts of the faces behind them. Faces that end up under 18 px (the back rows of crowds,
shrunk copies) are drawn and not counted, as everywhere in the bench. Ten layouts none of sets 2-10
draws (they already draw a photo library, a shared album, a shop page, a family tree, a music app,
a news reader and a live blog, a photo editor's filters, maps of friends and of a place, a meeting
gallery and more: see their docstrings):
- a school yearbook app: the class photo (3-5 rows of 6-12 people: faces 14-17 px at the back, not
  counted, to 20-30 px at the front), the names by row, studio portraits in 6-9 columns (faces
  about a third of the tile: 24-50 px), an old year redrawn as a grey or sepia print on some;
- a stadium or concert app's fan cam: a crowd of 7-10 rows across the frame (faces 10-13 px at the
  back to 22-30 px at the front) under translucent stage-light beams, a loupe magnifying the crowd
  under it 2.2-3.5 times (faces 40-110 px), "is this you?" pills, a "tag friends" stack of 18-24 px
  faces, more snaps (group photos, gatherings of faces 14-30 px, things);
- a second-hand clothes marketplace: two staggered columns of listings, the seller's 20-26 px face
  over each, the photo (people in it, faces 16-60 px, or the item alone) with a heart count over it;
- a photo-scanning app over an album page: 3-5 prints turned 2-9 degrees, in white borders, sepia,
  grey, faded or as they are (faces 16-40 px inside, or a thing), black corner mounts over their
  corners, the detected print's outline with handles, the scans so far (the prints shrunk);
- a collage maker: a template of 3-6 cells (photos with faces 16-60 px, or things), the chosen cell
  framed with handles and a rule-of-thirds grid across its faces, a sticker or a caption over a
  cell, the collage itself shrunk into the templates' strip (its faces mostly under 18 px);
- a travel journal's photo map: 5-9 photo pins of 90-150 px in white rims with pointers and decks
  behind (faces 14-30 px inside), count badges over their corner, a sheet with a "with" stack of
  18-24 px faces and the visitors' photos (faces 16-40 px) cut by the right edge;
- a web image search: justified rows of images 170-300 px high (group photos, gatherings, studio
  portraits and things; faces 14-80 px), favicons and site names, duration and GIF chips over some;
- a childcare app's daily feed: the child's 26-34 px face, the teacher's 24-32 px face on each
  post, photos of the class (one wide, faces 16-50 px, or two or three side by side with a "+N"
  scrim over the last), "tagged" stacks of 18-24 px faces, activity rows;
- a group chat of photo albums: two to four photos in one bubble (faces 14-40 px inside, a "+N"
  scrim over the last on half), videos with a play button and a duration, reactions over a bubble's
  corner, the senders' 20-26 px faces, a "seen by" row of 18-20 px faces;
- a newsletter in a mail app: the sender's 24-32 px face, a banner, event photos (a crowd of 2-4
  rows of 5-11 people, faces 14-17 px at the back to 20-34 px at the front, or a group photo), two
  photos side by side (faces 16-40 px), "meet the team" portraits (faces 30-60 px).
Avatar looks as in heldout2; light, dark (on some, low-contrast grey text) and tinted themes; JPEG
quality 30-60. Scrims, beams, filters and prints leave the faces under them counted, darker, tinted
or greyer; opaque chips, mounts, handles and front rows take the pixels they cover. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,715 faces (1,069 under 32 px, 507 of 32-63, 116 of 64-127,
23 larger; 1,278 under 40 px) and 52 face-free screens (the same layouts with pets, objects,
textures, initials and drawn things in the people's places, round things in the rows of
gatherings); ``reps=1`` a quarter (18 screens with 448 faces: 262, 139, 37 and 10 by size, 331
under 40 px; 13 face-free). Every layout but the yearbook and the fan cam (the two with the most
faces a screen, 60 and 74 on average) is drawn twice a round. Counted by running the generator
alone (``faces_bench.py --only heldout11 --count-only``, with ``--quick`` for one rep; no detector).
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
import numpy as np
from composites import LIFT, NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, _cut, blit, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GREY, RED, badge, duration, heart, tone
from heldout5 import caption, new_screen, pill, scrim, sheet, shout, small
from heldout6 import filtered, grab, off, outlined, resized
from heldout7 import header, map_tile
from heldout9 import play

HELDOUT11_SEED = 11616

INK: Colour = (30, 30, 30)
# skin-toned round things (a peach, a bread roll, a dumpling, a latte's crema, an apricot), BGR
SKIN: tuple[Colour, ...] = ((120, 170, 235), (80, 140, 205), (150, 190, 225), (70, 115, 170), (90, 165, 240))

# Held-out photos whose backgrounds serve as face-free fillers: every person in them is annotated and
# nothing behind them shows a person. Left out: 2008_007676, Tom_Cruise_avp_2014_4 and kit_with_rose
# (unannotated people at their edges), 2008_002470 (a poster and framed pictures that may show
# people), 2008_001009 (a blurred figure far back) and two_people (its people are tuning people).
BACKDROP_PHOTOS = frozenset({
    "dlib-examples/2008_002506.jpg",
    "face-recognition-examples/alex-lacamoire.png",
    "face-recognition-examples/lin-manuel-miranda.png",
})  # fmt: skip
CLEAR = 0.3  # a background crop grown by this share of a face box's longer side may not touch the box
MIN_BACKDROP = 48  # px, the narrowest background band kept


def clear_of(rect: tuple[int, int, int, int], faces: Sequence[BoxF], grow: float = CLEAR) -> bool:
    """Whether ``rect``, grown by ``grow`` of each face box's longer side, misses that box."""
    x1, y1, x2, y2 = rect
    for a, b, c, d in faces:
        g = grow * max(c - a, d - b)
        if x1 - g < c and a < x2 + g and y1 - g < d and b < y2 + g:
            return False
    return True


def backdrop_rects(p: Photo) -> list[tuple[int, int, int, int]]:
    """The bands of ``p`` left, right, above and below all its faces (each face box grown by
    ``CLEAR`` of its side), at least ``MIN_BACKDROP`` px across; none for a photo not in
    ``BACKDROP_PHOTOS`` or without faces."""
    if p.name not in BACKDROP_PHOTOS or not p.faces:
        return []
    h, w = p.image.shape[:2]
    grown = [(a - CLEAR * max(c - a, d - b), b - CLEAR * max(c - a, d - b), c + CLEAR * max(c - a, d - b),
              d + CLEAR * max(c - a, d - b)) for a, b, c, d in p.faces]  # fmt: skip
    left, top = math.floor(min(g[0] for g in grown)), math.floor(min(g[1] for g in grown))
    right, bottom = math.ceil(max(g[2] for g in grown)), math.ceil(max(g[3] for g in grown))
    bands = ((0, 0, left, h), (right, 0, w, h), (0, 0, w, top), (0, bottom, w, h))
    return [r for r in bands if min(r[2] - r[0], r[3] - r[1]) >= MIN_BACKDROP and clear_of(r, p.faces)]


def backdrops(photos: Sequence[Photo]) -> list[Photo]:
    """Face-free pictures cut from the held-out face photos' backgrounds (``backdrop_rects``): a
    dark wall, a curtain, shirts, a suit, a hand; any crop of them is as far from every face."""
    out = []
    for p in photos:
        for x1, y1, x2, y2 in backdrop_rects(p):
            out.append(Photo(f"{p.name}#{x1},{y1},{x2},{y2}", p.image[y1:y2, x1:x2].copy(), []))
    return out


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures made from smoothed noise, gradients and round shapes.
# ----------------------------------------------------------------------------------------------


def _noise(rng: random.Random, h: int, w: int, sigma: float) -> np.ndarray:
    """Smoothed noise in [0, 1]."""
    n = np.random.default_rng(rng.randrange(2**32)).random((h, w)).astype(np.float32)
    n = cv2.GaussianBlur(n, (0, 0), sigma)
    return (n - n.min()) / max(1e-6, float(n.max() - n.min()))


def ball(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, gloss: float = 0.5) -> None:
    """A shaded round thing (a peach, a bread roll, a ball): lit from the upper left, a highlight."""
    x1, y1, x2, y2 = (
        max(0, c[0] - r),
        max(0, c[1] - r),
        min(img.shape[1], c[0] + r),
        min(img.shape[0], c[1] + r),
    )
    if x2 <= x1 or y2 <= y1 or r < 2:
        return
    ys, xs = np.mgrid[y1:y2, x1:x2].astype(np.float32)
    dx, dy = (xs - c[0]) / r, (ys - c[1]) / r
    inside = dx**2 + dy**2 <= 1
    lit = np.clip(1.15 - 0.55 * np.hypot(dx + 0.35, dy + 0.4), 0.35, 1.1)
    shine = gloss * np.exp(-((dx + 0.35) ** 2 + (dy + 0.4) ** 2) / 0.03)
    col = np.array(colour, np.float32) * lit[:, :, None] + 255 * shine[:, :, None]
    part = img[y1:y2, x1:x2]
    part[inside] = np.clip(col, 0, 255).astype(np.uint8)[inside]


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A table top: wood grain (stretched noise) or a plain cloth."""
    base = np.array(random_colour(rng, 60, 200) if rng.random() < 0.4 else (60, 100, 150), np.float32)
    grain = _noise(rng, h, max(2, w // 8), 2.0)
    grain = cv2.resize(grain, (w, h))[:, :, None]
    return np.clip(base * (0.75 + 0.45 * grain), 0, 255).astype(np.uint8)


def landscape(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A view: a sky gradient, a sun on some, ridges from smoothed noise down to a horizon, fields."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.35, 0.65))
    gradient(img, (0, 0, w, horizon), random_colour(rng, 150, 250), random_colour(rng, 180, 255))
    if rng.random() < 0.5:
        ball(
            img,
            (rng.randrange(w), rng.randrange(max(1, horizon // 2))),
            max(3, w // 12),
            (120, 230, 250),
            0.2,
        )
    for k in range(rng.randrange(1, 4)):  # ridges, far to near
        ridge = _noise(rng, 1, w, w / rng.uniform(6, 14))[0]
        tops = (horizon - h * rng.uniform(0.05, 0.3) * (1 - 0.3 * k) * ridge).astype(np.int32)
        colour = tone(random_colour(rng, 60, 160), -25 * k)
        for x in range(w):
            img[max(0, tops[x]) : horizon, x] = colour
    ground = _noise(rng, h - horizon, w, max(2.0, w / 40))[:, :, None]
    field = np.array(random_colour(rng, 40, 170), np.float32)
    img[horizon:] = np.clip(field * (0.7 + 0.6 * ground), 0, 255).astype(np.uint8)
    return img


def plate(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dish from above: a table, a white plate with a rim, rolls, peaches or dumplings on it,
    greens, a fork."""
    img = _table(rng, w, h)
    c, r = (w // 2 + rng.randrange(-w // 8, w // 8 + 1), h // 2), max(6, min(w, h) * 2 // 5)
    cv2.circle(img, (c[0] + r // 12, c[1] + r // 10), r, (40, 40, 40), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (235, 238, 240), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 3 // 4, (215, 220, 225), max(1, r // 30), cv2.LINE_AA)
    skin = rng.choice(SKIN)
    for _ in range(rng.randrange(2, 7)):
        a, d = rng.uniform(0, 2 * math.pi), rng.uniform(0, r * 0.45)
        ball(
            img,
            (round(c[0] + d * math.cos(a)), round(c[1] + d * math.sin(a))),
            max(3, r // 4),
            tone(skin, rng.randrange(-20, 20)),
        )
    for _ in range(rng.randrange(0, 6)):
        p = (c[0] + rng.randrange(-r // 2, r // 2 + 1), c[1] + rng.randrange(-r // 2, r // 2 + 1))
        cv2.ellipse(
            img,
            p,
            (max(2, r // 7), max(1, r // 14)),
            rng.randrange(180),
            0,
            360,
            (60, 150, 60),
            -1,
            cv2.LINE_AA,
        )
    fx = min(w - 4, c[0] + r + max(4, r // 6))
    cv2.line(img, (fx, c[1] - r), (fx, c[1] + r), (190, 190, 195), max(2, r // 20), cv2.LINE_AA)
    return img


def product(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A product shot: a studio gradient, a soft shadow, a ball, a jar or a box."""
    img = np.zeros((h, w, 3), np.uint8)
    back = random_colour(rng, 150, 250)
    gradient(img, (0, 0, w, h), back, tone(back, -60))
    c, r = (w // 2, h // 2 + h // 12), max(4, min(w, h) // 4)
    shadow = np.zeros((h, w), np.float32)
    cv2.ellipse(shadow, (c[0], c[1] + r), (r * 5 // 4, max(2, r // 4)), 0, 0, 360, 0.5, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), max(1.0, r / 6))[:, :, None]
    img[:] = (img * (1 - shadow)).astype(np.uint8)
    colour = rng.choice((*SKIN, random_colour(rng, 40, 230)))
    kind = rng.randrange(3)
    if kind == 0:
        ball(img, c, r, colour)
    elif kind == 1:  # a jar: a body, a lid, a label
        cv2.rectangle(img, (c[0] - r * 2 // 3, c[1] - r), (c[0] + r * 2 // 3, c[1] + r), colour, -1)
        cv2.ellipse(
            img, (c[0], c[1] - r), (r * 2 // 3, max(2, r // 5)), 0, 0, 360, tone(colour, 40), -1, cv2.LINE_AA
        )
        cv2.rectangle(img, (c[0] - r * 2 // 3, c[1] - r // 4), (c[0] + r * 2 // 3, c[1] + r // 3), WHITE, -1)
    else:  # a box in three faces
        d = r // 2
        front = np.array(
            [
                [c[0] - r, c[1] - r // 2],
                [c[0] + r // 2, c[1] - r // 2],
                [c[0] + r // 2, c[1] + r],
                [c[0] - r, c[1] + r],
            ]
        )
        top = np.array(
            [
                [c[0] - r, c[1] - r // 2],
                [c[0] - r + d, c[1] - r // 2 - d],
                [c[0] + r // 2 + d, c[1] - r // 2 - d],
                [c[0] + r // 2, c[1] - r // 2],
            ]
        )
        side = np.array(
            [
                [c[0] + r // 2, c[1] - r // 2],
                [c[0] + r // 2 + d, c[1] - r // 2 - d],
                [c[0] + r // 2 + d, c[1] + r - d],
                [c[0] + r // 2, c[1] + r],
            ]
        )
        for poly, dv in ((front, 0), (top, 40), (side, -40)):
            cv2.fillPoly(img, [poly.astype(np.int32)], tone(colour, dv), cv2.LINE_AA)
    return img


def coffee(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A coffee from above: a table, a saucer, a cup's rim, the coffee with a skin-toned crema and a
    white latte-art heart on some, a spoon."""
    img = _table(rng, w, h)
    c, r = (w // 2 + rng.randrange(-w // 10, w // 10 + 1), h // 2), max(6, min(w, h) // 3)
    cv2.circle(img, c, r * 3 // 2, (225, 228, 230), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 3 // 2, (190, 195, 200), max(1, r // 25), cv2.LINE_AA)
    cv2.circle(img, c, r + max(2, r // 8), (245, 245, 245), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (40, 70, 110), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 4 // 5, rng.choice(SKIN[:3]), -1, cv2.LINE_AA)
    if rng.random() < 0.5:
        heart(img, c, max(3, r // 2), (235, 240, 245))
    cv2.ellipse(
        img,
        (c[0] + r * 3 // 2, c[1]),
        (max(3, r // 3), max(2, r // 6)),
        0,
        0,
        360,
        (245, 245, 245),
        -1,
        cv2.LINE_AA,
    )
    cv2.line(
        img,
        (c[0] - r, c[1] + r * 3 // 2),
        (c[0] + r // 2, c[1] + r * 2),
        (180, 180, 185),
        max(2, r // 10),
        cv2.LINE_AA,
    )
    return img


Render = Callable[[random.Random, int, int], np.ndarray]
RENDERS: tuple[Render, ...] = (landscape, plate, product, coffee)


def render(rng: random.Random, w: int, h: int, renders: Sequence[Render] = RENDERS) -> np.ndarray:
    """One of ``renders`` at w x h (drawn at least 240 px across, then shrunk, so small ones are
    smooth)."""
    k = max(1.0, 240 / max(w, h))
    big = rng.choice(renders)(rng, max(8, round(w * k)), max(8, round(h * k)))
    return cv2.resize(big, (w, h), interpolation=cv2.INTER_AREA) if k > 1 else big


# ----------------------------------------------------------------------------------------------
# People inside photos: cut-out figures, gatherings staged off the screen, group photos, prints.
# ----------------------------------------------------------------------------------------------


@dataclass
class Cast(H10.Cast):
    """heldout10's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h11-, whose things are drawn (a dish, a view, a product, a coffee) on a third and
    otherwise crops of its face-free photos (heldout2's, and held-out photos' backgrounds when
    ``generate`` adds them)."""

    drawn: float = 0.33  # share of things drawn rather than cropped from a photo
    renders: tuple[Render, ...] = RENDERS  # what the drawn things are

    def kind(self, layout: str) -> str:
        return "h11-" + super().kind(layout).removeprefix("h10-")

    def piece(self, w: int, h: int) -> np.ndarray:
        """A face-free picture of w x h."""
        if self.rng.random() < self.drawn:
            return render(self.rng, w, h, self.renders)
        crop = HO._crop_square(self.rng.choice(self.free), self.rng, (0.3, 1.0))
        return cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA)

    def thing(self, s: Screen, x: int, y: int, w: int, h: int, m: np.ndarray | None = None) -> None:
        blit(s.img, self.piece(w, h), x, y, m)

    def avatar(self, s: Screen, x: int, y: int, fp: float, side: int, shape: str | None = None,
               edge: Colour | None = None) -> None:  # fmt: skip
        """heldout3's avatar; on a face-free screen a drawn thing (a peach, a coffee from above) in
        a fifth of the people's places besides pets, objects, textures and initials."""
        if self.photos or self.rng.random() >= 0.2:
            super().avatar(s, x, y, fp, side, shape, edge)
            return
        if edge is not None:
            t = max(2, side // 14)
            fill(s.img, mask(side + 2 * t, shape or "circle"), x - t, y - t, edge)
        blit(s.img, render(self.rng, side, side, self.renders), x, y, mask(side, shape or "circle"))


def silhouette(tw: int, th: int, fw: float, fh: float) -> np.ndarray:
    """255 over a head and shoulders in a tw x th tile whose face (fw x fh) is centred at (tw / 2,
    fh): the head with its hair, the neck, the shoulders and the chest down to the tile's foot."""
    m = np.zeros((th, tw), np.uint8)
    cx, cy = tw // 2, round(fh)
    cv2.ellipse(m, (cx, round(cy - 0.12 * fh)), (round(0.64 * fw), round(0.8 * fh)), 0, 0, 360, 255, -1)
    cv2.rectangle(m, (round(cx - 0.3 * fw), cy), (round(cx + 0.3 * fw), round(cy + 1.2 * fh)), 255, -1)
    sy = round(cy + 1.55 * fh)
    cv2.ellipse(m, (cx, sy), (round(1.25 * fw), round(0.6 * fh)), 0, 180, 360, 255, -1)
    cv2.rectangle(m, (round(cx - 1.25 * fw), sy), (round(cx + 1.25 * fw), th), 255, -1)
    return m


def figure(cast: Cast, s: Screen, cx: float, cy: float, fp: float, clip: tuple[int, int, int, int],
           body: bool = False) -> None:  # fmt: skip
    """A person cut out of a held-out photo, head and shoulders, the face's longer side ``fp`` px
    and centred at (cx, cy), mirrored on half, clipped to ``clip``; with ``body`` standing: a drawn
    torso in the colour of the clothes where the photo ends and legs under it. A face-free cast puts
    a round thing there (a peach, a balloon, a lamp)."""
    rng = cast.rng
    x1, y1, x2, y2 = clip
    if not cast.photos:
        colour = rng.choice(SKIN) if rng.random() < 0.6 else random_colour(rng, 40, 230)
        if x1 <= cx < x2 and y1 <= cy < y2:
            ball(s.img[y1:y2, x1:x2], (round(cx - x1), round(cy - y1)), max(3, round(fp * 0.6)), colour)
        return
    p, f = HO._face(cast.photos, rng)
    k = fp / max(f[2] - f[0], f[3] - f[1])
    img, faces = C._scaled(p, k)
    fw, fh = (f[2] - f[0]) * k, (f[3] - f[1]) * k
    tw, th = round(fw * 2.6), round(fh * 3.4)
    tile, kept = C._crop(img, faces, round((f[0] + f[2]) / 2 * k - tw / 2), round((f[1] + f[3]) / 2 * k - fh),
                         tw, th, cast.min_visible)  # fmt: skip
    m = np.minimum(silhouette(tw, th, fw, fh), cast.shown(tile))
    x, y = round(cx - tw / 2), round(cy - fh)
    down = np.nonzero(m[:, tw // 2])[0]
    if body and len(down):
        end = int(down.max())
        cloth = np.median(
            tile[max(0, end - 3) : end + 1, round(tw / 2 - fw / 3) : round(tw / 2 + fw / 3)], axis=(0, 1)
        )
        view = s.img[y1:y2, x1:x2]
        ox, oy = x - x1, y - y1
        hips = oy + round(fh * 4.6)
        legs = tone(random_colour(rng, 30, 120), -20)
        leg, mid = round(fw * 0.45), ox + tw // 2
        for d in (-1, 1):
            a = mid + (d - 1) * leg // 2 + d * 2
            cv2.rectangle(view, (a, hips), (a + leg, oy + round(fh * 8)), legs, -1)
        a, b = ox + round(tw / 2 - 1.15 * fw), ox + round(tw / 2 + 1.15 * fw)
        cv2.rectangle(view, (a, oy + end - 2), (b, hips), tuple(int(v) for v in cloth), -1)
    if rng.random() < 0.5:
        tile, m = np.ascontiguousarray(tile[:, ::-1]), np.ascontiguousarray(m[:, ::-1])
        kept = [(tw - c, b, tw - a, d) for a, b, c, d in kept]
    a1, b1, a2, b2 = max(x, x1), max(y, y1), min(x + tw, x2), min(y + th, y2)
    if a2 > a1 and b2 > b1:
        part, moved = _cut(tile, kept, a1 - x, b1 - y, a2 - a1, b2 - b1)
        s.paste(
            part, moved, a1, b1, np.ascontiguousarray(m[b1 - y : b2 - y, a1 - x : a2 - x]), cast.min_visible
        )


def unlift(img: np.ndarray) -> np.ndarray:
    """The pixels before ``composites.lift`` (to within one level)."""
    return np.clip((img.astype(np.float32) - LIFT) * 255 / (255 - LIFT) + 0.5, 0, 255).astype(np.uint8)


def offscreen(w: int, h: int, draw: Callable[[Screen], None]) -> tuple[np.ndarray, list[BoxF]]:
    """A w x h picture drawn by ``draw`` on a screen of its own (every paste inside it), its faces
    settled there as on a screen (what was drawn over a face is not the face's; under half of a box
    left: not counted), to be scaled, turned, filtered and pasted as one photo."""
    s = Screen(Composite("offscreen", "offscreen", np.zeros((h, w, 3), np.uint8)), WHITE, WHITE)
    draw(s)
    comp = s.finish()
    return unlift(comp.image), comp.faces


def gathering(cast: Cast, w: int, h: int, lo: float, hi: float, rows: int, per_row: int = 0,
              spread: tuple[float, float] = (1.7, 2.3), stand: float = 0.0
              ) -> tuple[np.ndarray, list[BoxF]]:  # fmt: skip
    """A w x h photo of people gathered (a class photo, a crowd, friends in a room): a softened
    face-free place behind, ``rows`` rows of standing people from the front (faces ``hi`` px, their
    shoulders at the foot, or ``stand`` of the frame higher) back up the frame, each row 1.3-1.7
    faces above the one before and its
    faces smaller, to ``lo`` px at the back; a row spans the frame (people ``spread`` faces apart)
    or holds ``per_row`` people round its middle. Front heads and shoulders hide parts of faces
    behind them. A face-free cast fills the rows with round things (a fruit stand, balloons)."""
    rng = cast.rng

    def draw(sc: Screen) -> None:
        sc.img[:] = cv2.GaussianBlur(cast.piece(w, h), (0, 0), rng.uniform(0.8, 3.0))
        sizes = [hi - (hi - lo) * k / max(1, rows - 1) for k in range(rows)]
        centres, cy = [], h * (1 - stand) - 1.7 * hi
        for fp in sizes:
            centres.append(cy)
            cy -= fp * rng.uniform(1.3, 1.7)
        for fp, cy in reversed(list(zip(sizes, centres, strict=True))):  # from the back
            if cy < -fp:
                continue
            step = fp * rng.uniform(*spread)
            n = per_row or int(w / step) + 2
            x0 = w / 2 - step * (n - 1) / 2 if per_row else rng.uniform(-step / 2, 0)
            for j in range(n):
                figure(cast, sc, x0 + (j + rng.uniform(-0.15, 0.15)) * step, cy + rng.uniform(-0.2, 0.2) * fp,
                       fp * rng.uniform(0.9, 1.1), (0, 0, w, h), True)  # fmt: skip

    return offscreen(w, h, draw)


GROUPS = ("2008_001009", "2008_002470", "2008_002506", "2008_007676", "kit_with_rose")


def group_photo(cast: Cast, w: int, h: int, zoom: tuple[float, float] = (1.0, 1.3)
                ) -> tuple[np.ndarray, list[BoxF]]:  # fmt: skip
    """A w x h crop of one of the held-out photos of two to seven people, scaled to cover the frame
    (``zoom`` times more), its faces along at whatever size that makes them."""
    rng = cast.rng
    p = rng.choice([q for q in cast.photos if len(q.faces) > 1] or cast.photos)
    ph, pw = p.image.shape[:2]
    img, faces = C._scaled(p, max(w / pw, h / ph) * rng.uniform(*zoom))
    x, y = rng.randrange(img.shape[1] - w + 1), rng.randrange(img.shape[0] - h + 1)
    return C._crop(img, faces, x, y, w, h, cast.min_visible)


def snapshot(cast: Cast, w: int, h: int, lo: float, hi: float, people: float = 0.85
             ) -> tuple[np.ndarray, list[BoxF]]:  # fmt: skip
    """A w x h photo someone shared: on ``people`` of them a group photo (a third) or a gathering of
    one to six people (faces ``lo``-``hi`` px) in one or two rows; else, and on a face-free cast, a
    thing."""
    rng = cast.rng
    if not cast.photos or rng.random() >= people:
        if cast.photos or rng.random() < 0.6:
            return cast.piece(w, h), []
        return gathering(cast, w, h, lo, hi, rng.randrange(1, 3), rng.randrange(1, 4))
    if rng.random() < 0.33:
        return group_photo(cast, w, h)
    rows = 1 if rng.random() < 0.6 else 2
    fp = small(rng, lo, hi)
    per_row = max(1, min(6 // rows, round(w / (fp * rng.uniform(3, 6)))))
    return gathering(
        cast, w, h, fp / rng.uniform(1.0, 1.3), fp, rows, per_row, (1.6, 3.0), rng.uniform(0.05, 0.4)
    )


def turned(piece: np.ndarray, faces: Sequence[BoxF], angle: float
           ) -> tuple[np.ndarray, list[BoxF], np.ndarray]:  # fmt: skip
    """``piece`` turned by ``angle`` degrees (a print lying askew) on a canvas that holds it, its
    faces' boxes turned along (as avatars' are), and the mask of where it lies."""
    h, w = piece.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = math.ceil(h * sin + w * cos) + 2, math.ceil(h * cos + w * sin) + 2
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(piece, m, (nw, nh), flags=cv2.INTER_LINEAR)
    where = cv2.warpAffine(np.full((h, w), 255, np.uint8), m, (nw, nh), flags=cv2.INTER_NEAREST)
    return out, [C._rotated_box(b, m, angle) for b in faces], where


def paste_photo(cast: Cast, s: Screen, piece: np.ndarray, faces: Sequence[BoxF], x: int, y: int,
                m: np.ndarray | None = None) -> None:  # fmt: skip
    """Paste a photo made by ``snapshot`` (its faces counted while half of their box shows)."""
    s.paste(piece, list(faces), x, y, m, cast.min_visible)


def beam(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A stage light's beam over a w x h picture: a translucent wedge of colour widening from its
    top (for ``heldout10.redrawn``: the faces under it stay counted, tinted)."""
    x0, top_w, wide = rng.randrange(w), rng.randrange(30, 90), rng.randrange(150, 400)
    alpha = np.zeros((h, w), np.float32)
    poly = np.array([[x0 - top_w // 2, 0], [x0 + top_w // 2, 0], [x0 + wide, h], [x0 - wide, h]], np.int32)
    cv2.fillPoly(alpha, [poly], rng.uniform(0.12, 0.3))
    alpha = cv2.GaussianBlur(alpha, (0, 0), 6)[:, :, None]
    colour = np.array(random_colour(rng, 60, 255), np.float32)
    return lambda part: (part * (1 - alpha) + colour * alpha).astype(np.uint8)


def portrait(cast: Cast, w: int, h: int, fp: float) -> tuple[np.ndarray, list[BoxF]]:
    """A studio portrait (a yearbook's, a team page's): a plain backdrop graded top to foot, one
    person's head and shoulders, the face ``fp`` px; a face-free cast's is a round thing there."""
    back = random_colour(cast.rng, 90, 200)

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), tone(back, 30), tone(back, -40))
        figure(cast, sc, w / 2, h * cast.rng.uniform(0.36, 0.44), fp, (0, 0, w, h))

    return offscreen(w, h, draw)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def yearbook(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school yearbook app: year chips, the class photo in a white frame (3-5 rows of people from
    the back, faces 14-17 px and not counted, to the front, 22-32 px), the names by row, then the
    class's studio portraits in 6-9 columns (faces 24-50 px; a "not pictured" silhouette on some)
    with names; an old year's page grey or sepia on some (redrawn after the faces are pasted: they
    stay counted)."""
    s = new_screen(rng, name, cast.kind("yearbook"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    chosen = rng.randrange(4)
    for k in range(4):
        pill(img, 30 + k * 190, y, 170, 52, s.accent if k == chosen else off(page, 25))
        s.words(rng, 56 + k * 190, y + 34, 0.5, 1, WHITE if k == chosen else s.fg)
    y += 100
    pw, ph = W - 8 - 60, rng.randrange(340, 520)
    piece, faces = gathering(cast, pw, ph, rng.uniform(14, 17), small(rng, 20, 30), rng.randrange(3, 6),
                             rng.randrange(6, 13), (2.3, 2.9), rng.uniform(0.0, 0.1))  # fmt: skip
    cv2.rectangle(img, (18, y - 12), (W - 8 - 18, y + ph + 12), WHITE, -1)
    paste_photo(cast, s, piece, faces, 30, y)
    y = _text_lines(s, rng, 30, y + ph + 50, rng.randrange(2, 4), 0.42) + 40
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    cols = rng.randrange(6, 10)
    gap = 16
    tw = (W - 8 - 60 - gap * (cols - 1)) // cols
    th = tw * 5 // 4
    fp = tw * rng.uniform(0.28, 0.38)
    while y < H - NAV_H - 60:
        for c in range(cols):
            x = 30 + c * (tw + gap)
            if rng.random() < 0.1:  # not pictured
                cv2.rectangle(img, (x, y), (x + tw, y + th), (200, 200, 200), -1)
                cv2.circle(img, (x + tw // 2, y + th * 2 // 5), tw // 5, (150, 150, 150), -1, cv2.LINE_AA)
            else:
                paste_photo(cast, s, *portrait(cast, tw, th, fp * rng.uniform(0.9, 1.1)), x, y)
            s.words(rng, x, y + th + 24, 0.34, 1)
        y += th + 44
    if rng.random() < 0.4:  # an old year
        H10.redrawn(s, (0, STATUS_H + 190, W - 8, H - NAV_H), H10.printed(rng))
    H5.nav_bar(s)
    return s.finish()


def fan_cam(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A stadium or concert app's fan cam: the event bar and a LIVE chip, the crowd (5-7 rows, faces
    14-17 px at the back to 24-36 px at the front) under coloured stage-light beams, a loupe over it
    (the crowd under it magnified 2.2-3.5 times in a white ring: faces 40-110 px; the faces it
    covers count while half of their box shows), "is this you?" pills, a "tag friends" stack of
    18-24 px faces, then more snaps of the crowd (faces 16-30 px) cut by the right edge."""
    s = new_screen(rng, name, cast.kind("fancam"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    pill(img, W - 330, STATUS_H + 26, 100, 44, RED)
    s.words(rng, W - 312, STATUS_H + 56, 0.45, 1, WHITE)
    top = STATUS_H + 110
    ch = rng.randrange(420, 560)
    n = len(s.comp.faces)
    piece, faces = gathering(cast, W - 8, ch, rng.uniform(10, 13), small(rng, 22, 30), rng.randrange(7, 11),
                             0, (2.2, 3.0))  # fmt: skip
    paste_photo(cast, s, piece, faces, 0, top)
    r = rng.randrange(120, 180)
    zoom = rng.uniform(2.2, 3.5)
    lx, ly = rng.randrange(40 + r, W - 48 - r), rng.randrange(top + r + 20, top + ch - r - 20)
    src = round(r / zoom)
    near, near_faces = grab(s, (lx - src, ly - src, lx + src, ly + src), n)
    for _ in range(rng.randrange(2, 5)):  # stage lights
        H10.redrawn(s, (0, top, W - 8, top + ch), beam(rng, W - 8, ch))
    big, big_faces = resized(near, near_faces, 2 * r, 2 * r)
    cv2.circle(img, (lx + 6, ly + 10), r + 8, (20, 20, 20), -1, cv2.LINE_AA)
    cv2.circle(img, (lx, ly), r + 8, WHITE, -1, cv2.LINE_AA)
    paste_photo(cast, s, big, big_faces, lx - r, ly - r, mask(2 * r, "circle"))
    pill(img, lx - 110, min(top + ch - 70, ly + r + 20), 220, 52, s.accent)
    s.words(rng, lx - 84, min(top + ch - 70, ly + r + 20) + 34, 0.5, 2, WHITE)
    y = top + ch + 40
    s.words(rng, 30, y + 20, 0.65, 2)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
    end = cast.stack(s, 30, y + 40, rng.randrange(2, 6), fp, sd, round(sd * 0.7), page)
    badge(img, (end + sd // 2 + 8, y + 40 + sd // 2), sd // 2 + 2, GREY, f"+{rng.randrange(2, 30)}")
    outlined(img, W - 260, y, 220, 60, s.accent, page)
    y += 120
    s.words(rng, 30, y, 0.7, 2)
    y += 30
    tw = (W - 8 - 60 - 16) // 2
    th = round(tw * rng.uniform(0.6, 0.8))
    while y < H - NAV_H - 60:  # more snaps of the crowd
        for k in range(2):
            paste_photo(
                cast, s, *snapshot(cast, tw, th, 14, 30, 0.8), 30 + k * (tw + 16), y, rounded_rect(th, tw, 14)
            )
        y += th + 16
    H5.nav_bar(s)
    return s.finish()


def marketplace(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A second-hand clothes marketplace's feed: a search field, category chips, then two columns
    of listings: the seller's 20-26 px face and name over each, the photo (people wearing the
    clothes: one to six faces of 16-60 px, a group photo on some, the item alone on others) with a
    heart count over its lower right, price, size and brand; a "bumped" tag over some."""
    s = new_screen(rng, name, cast.kind("market"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    pill(img, 30, STATUS_H + 20, W - 8 - 160, 64, off(page, 20))
    s.words(rng, 70, STATUS_H + 62, 0.6, 2, GREY)
    cv2.circle(img, (W - 80, STATUS_H + 52), 24, s.fg, 3, cv2.LINE_AA)
    y = STATUS_H + 110
    x = 30
    for k in range(rng.randrange(4, 7)):
        cw = rng.randrange(120, 200)
        outlined(img, x, y, cw, 50, s.accent if k == 0 else GREY, page)
        s.words(rng, x + 20, y + 33, 0.45, 1, s.fg)
        x += cw + 14
    y += 80
    cw = (W - 8 - 60 - 20) // 2
    col_y = [y, y + rng.randrange(0, 120)]
    while min(col_y) < H - NAV_H - 300:
        c = 0 if col_y[0] <= col_y[1] else 1
        x, yy = 30 + c * (cw + 20), col_y[c]
        fp, side = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
        cast.person(s, x, yy, fp, side, "circle")
        s.words(rng, x + side + 12, yy + side // 2 + 8, 0.45, 1)
        yy += side + 12
        ph = round(cw * rng.choice((1.0, 1.25, 1.33)))
        paste_photo(cast, s, *snapshot(cast, cw, ph, 16, 60, 0.8), x, yy, rounded_rect(ph, cw, 12))
        pill(img, x + cw - 110, yy + ph - 56, 96, 42, WHITE)
        heart(img, (x + cw - 84, yy + ph - 35), 11, RED)
        likes = str(rng.randrange(1, 99))
        cv2.putText(img, likes, (x + cw - 66, yy + ph - 27), cv2.FONT_HERSHEY_SIMPLEX, 0.5,
                    INK, 1, cv2.LINE_AA)  # fmt: skip
        if rng.random() < 0.25:
            pill(img, x + 12, yy + 12, 110, 36, s.accent)
            s.words(rng, x + 26, yy + 37, 0.4, 1, WHITE)
        yy += ph + 36
        cv2.putText(
            img, f"${rng.randrange(3, 200)}", (x, yy), cv2.FONT_HERSHEY_DUPLEX, 0.8, s.fg, 2, cv2.LINE_AA
        )
        s.words(rng, x, yy + 32, 0.45, 2, GREY)
        col_y[c] = yy + 70
    H5.nav_bar(s)
    return s.finish()


def scanner(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo-scanning app over an old album page: the page (cream or black paper) with 3-5 prints
    lying askew (turned up to 9 degrees, white borders; sepia, grey, faded or as they are; one to
    six faces of 16-40 px in each, or a thing), black corner mounts over their corners, the detected
    print's outline with round handles at its corners, a hint chip, then the scans so far (the
    prints shrunk: faces mostly under 18 px) and the shutter."""
    s = Screen.new(rng, name, cast.kind("scanner"), "dark")
    img = s.img
    cv2.line(img, (30, STATUS_H + 30), (60, STATUS_H + 60), WHITE, 4)
    cv2.line(img, (30, STATUS_H + 60), (60, STATUS_H + 30), WHITE, 4)
    s.words(rng, W // 2 - 80, STATUS_H + 58, 0.7, 1, WHITE)
    px1, py1, px2, py2 = 20, STATUS_H + 100, W - 8 - 20, H - NAV_H - 330
    paper = (200, 225, 235) if rng.random() < 0.6 else (45, 45, 48)
    cv2.rectangle(img, (px1, py1), (px2, py2), paper, -1)
    slots = [
        (px1 + 30 + (k % 2) * (px2 - px1) // 2, py1 + 30 + (k // 2) * (py2 - py1 - 60) // 3) for k in range(6)
    ]
    rng.shuffle(slots)
    shots = []
    for sx, sy in slots[: rng.randrange(3, 6)]:
        bw, bh = (px2 - px1) // 2 - 60, (py2 - py1 - 60) // 3 - 50
        pw, ph = rng.randrange(bw * 3 // 4, bw), rng.randrange(bh * 3 // 4, bh)
        piece, faces = snapshot(cast, pw - 24, ph - 24, 16, 40, 0.85)
        kind = rng.choice(("sepia", "grey", "faded", "none", "sepia"))
        framed = np.full((ph, pw, 3), 238, np.uint8)
        framed[12 : ph - 12, 12 : pw - 12] = filtered(piece, kind)
        faces = [(a + 12, b + 12, c + 12, d + 12) for a, b, c, d in faces]
        shots.append((framed, faces))
        out, boxes, where = turned(framed, faces, rng.uniform(2, 9) * rng.choice((-1, 1)))
        x, y = sx + rng.randrange(0, 30), sy + rng.randrange(0, 30)
        paste_photo(cast, s, out, boxes, x, y, where)
        ys, xs = np.nonzero(where)
        ends = [(xs[ys.argmin()], ys.min()), (xs.max(), ys[xs.argmax()]), (xs[ys.argmax()], ys.max()),
                (xs.min(), ys[xs.argmin()])]  # fmt: skip
        corners = np.array(ends, np.float32) + np.array((x, y), np.float32)
        for k, p in enumerate(corners):  # corner mounts
            if rng.random() < 0.6:
                u1, u2 = corners[k - 1] - p, corners[(k + 1) % 4] - p
                tri = [
                    p,
                    p + 30 * u1 / max(1.0, float(np.hypot(*u1))),
                    p + 30 * u2 / max(1.0, float(np.hypot(*u2))),
                ]
                cv2.fillPoly(img, [np.array(tri, np.int32)], (25, 25, 25), cv2.LINE_AA)
    if shots:  # the detected print
        x, y = slots[0][0] + 4, slots[0][1] + 4
        w0, h0 = shots[0][0].shape[1] + 30, shots[0][0].shape[0] + 30
        quad = np.array(
            [[x, y], [x + w0, y + rng.randrange(-10, 11)], [x + w0, y + h0], [x, y + h0]], np.int32
        )
        cv2.polylines(img, [quad], True, s.accent, 3, cv2.LINE_AA)
        for q in quad:
            cv2.circle(img, tuple(int(v) for v in q), 14, WHITE, -1, cv2.LINE_AA)
            cv2.circle(img, tuple(int(v) for v in q), 14, s.accent, 3, cv2.LINE_AA)
    pill(img, W // 2 - 170, py1 + 20, 340, 50, (40, 40, 40))
    s.words(rng, W // 2 - 140, py1 + 53, 0.5, 2, WHITE)
    y = py2 + 30
    x = 30
    for framed, faces in shots:  # the scans so far
        tw = rng.randrange(150, 210)
        th = round(tw * framed.shape[0] / framed.shape[1])
        paste_photo(cast, s, *resized(framed, faces, tw, th), x, y)
        x += tw + 16
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 80), 56, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, ((W - 8) // 2, H - NAV_H - 80), 46, (40, 40, 40), 3, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


# a collage's templates: cells as (x, y, w, h) in shares of the canvas
TEMPLATES: tuple[tuple[tuple[float, float, float, float], ...], ...] = (
    ((0, 0, 0.5, 0.5), (0.5, 0, 0.5, 0.5), (0, 0.5, 0.5, 0.5), (0.5, 0.5, 0.5, 0.5)),
    ((0, 0, 1, 0.55), (0, 0.55, 0.5, 0.45), (0.5, 0.55, 0.5, 0.45)),
    ((0, 0, 0.6, 1), (0.6, 0, 0.4, 0.34), (0.6, 0.34, 0.4, 0.33), (0.6, 0.67, 0.4, 0.33)),
    ((0, 0, 1, 0.34), (0, 0.34, 1, 0.33), (0, 0.67, 1, 0.33)),
    ((0, 0, 0.5, 0.34), (0.5, 0, 0.5, 0.34), (0, 0.34, 0.5, 0.33), (0.5, 0.34, 0.5, 0.33),
     (0, 0.67, 0.5, 0.33), (0.5, 0.67, 0.5, 0.33)),
)  # fmt: skip


def collage(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A collage maker: cancel, the title and a save pill, the collage (a template of 3-6 cells with
    white, black or coloured gaps; photos of one to six people, faces 16-60 px, or things), the
    chosen cell framed in the accent with round handles on its sides and a rule-of-thirds grid of
    thin lines across it (across faces too), a sticker or a caption over a cell on some, then the
    templates as small previews (the first the collage itself shrunk: its faces mostly under 18 px)
    and the tools."""
    s = new_screen(rng, name, cast.kind("collage"), ("dark", "light", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 62, 0.6, 1)
    s.words(rng, W // 2 - 60, STATUS_H + 62, 0.8, 1)
    pill(img, W - 180, STATUS_H + 26, 140, 52, s.accent)
    s.words(rng, W - 154, STATUS_H + 60, 0.5, 1, WHITE)
    cx1, cy1 = 40, STATUS_H + 130
    cw = W - 8 - 80
    ch = round(cw * rng.choice((1.0, 1.25)))
    gap = rng.randrange(6, 22)
    back = rng.choice((WHITE, (20, 20, 20), random_colour(rng, 60, 230)))
    cv2.rectangle(img, (cx1, cy1), (cx1 + cw, cy1 + ch), back, -1)
    n = len(s.comp.faces)
    template = rng.choice(TEMPLATES)
    cells = [(cx1 + round(a * cw) + gap, cy1 + round(b * ch) + gap, round(c * cw) - 2 * gap,
              round(d * ch) - 2 * gap) for a, b, c, d in template]  # fmt: skip
    for x, y, w, h in cells:
        paste_photo(cast, s, *snapshot(cast, w, h, 16, min(60, w * 0.25)), x, y)
    shot, shot_faces = grab(s, (cx1, cy1, cx1 + cw, cy1 + ch), n)
    x, y, w, h = rng.choice(cells)
    for k in (1, 2):  # thirds
        cv2.line(img, (x + w * k // 3, y), (x + w * k // 3, y + h), WHITE, 1, cv2.LINE_AA)
        cv2.line(img, (x, y + h * k // 3), (x + w, y + h * k // 3), WHITE, 1, cv2.LINE_AA)
    cv2.rectangle(img, (x, y), (x + w, y + h), s.accent, 4)
    for hx, hy in ((x + w // 2, y), (x + w // 2, y + h), (x, y + h // 2), (x + w, y + h // 2)):
        cv2.circle(img, (hx, hy), 12, WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, (hx, hy), 12, s.accent, 3, cv2.LINE_AA)
    x, y, w, h = rng.choice(cells)
    if rng.random() < 0.4:
        heart(
            img,
            (x + rng.randrange(40, max(41, w - 40)), y + rng.randrange(40, max(41, h - 40))),
            rng.randrange(24, 48),
            RED,
        )
    elif rng.random() < 0.5:
        caption(img, shout(rng), x + 20, y + h - 30, rng.uniform(0.9, 1.3))
    y = cy1 + ch + 50
    t = rng.randrange(140, 180)
    tx = 30
    paste_photo(cast, s, *resized(shot, shot_faces, t, round(t * ch / cw)), tx, y)
    cv2.rectangle(img, (tx - 4, y - 4), (tx + t + 3, y + round(t * ch / cw) + 3), s.accent, 3)
    tx += t + 24
    while tx < W - 8:  # other templates
        cells2 = rng.choice(TEMPLATES)
        th = round(t * ch / cw)
        cv2.rectangle(img, (tx, y), (tx + t, y + th), off(page, 30), -1)
        for a, b, c, d in cells2:
            a1, b1 = tx + round(a * t) + 3, y + round(b * th) + 3
            a2, b2 = tx + round((a + c) * t) - 3, y + round((b + d) * th) - 3
            cv2.rectangle(img, (a1, b1), (a2, b2), off(page, 60), -1)
        tx += t + 24
    for k in range(5):  # tools
        cxk = 110 + k * 215
        cv2.circle(img, (cxk, H - NAV_H - 90), 26, s.accent if k == 0 else GREY, 3, cv2.LINE_AA)
        s.words(rng, cxk - 40, H - NAV_H - 32, 0.42, 1, GREY)
    H5.nav_bar(s)
    return s.finish()


def photo_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A travel journal's map of photos: the map, 5-9 photo pins (rounded squares of 90-150 px in a
    white rim with a pointer below, a deck of one or two more behind some, a count badge over the
    corner; group photos, faces 14-30 px inside, or things), one's blue dot, then a sheet over the
    map's foot: the place, the date, a "with" stack of 18-24 px faces, the visitors' photos (faces
    16-40 px) in a row cut by the right edge."""
    s = Screen.new(rng, name, cast.kind("photomap"), rng.choice(("light", "dark")))
    img = s.img
    dark = sum(s.bg) < 384
    top = H - NAV_H - rng.randrange(560, 700)
    map_tile(img, rng, (0, STATUS_H, W - 8, top + 60), dark, 0)
    placed: list[tuple[int, int, int, int]] = []
    for _ in range(60):
        if len(placed) >= rng.randrange(5, 10):
            break
        side = rng.randrange(90, 151)
        x, y = rng.randrange(20, W - 28 - side), rng.randrange(STATUS_H + 20, top - side - 50)
        r = (x - 20, y - 20, x + side + 20, y + side + 50)
        if any(r[0] < q[2] and q[0] < r[2] and r[1] < q[3] and q[1] < r[3] for q in placed):
            continue
        placed.append(r)
        for k in range(rng.randrange(0, 3), 0, -1):  # the deck behind
            fill(
                img,
                rounded_rect(side + 12, side + 12, 14),
                x - 6 + 8 * k,
                y - 6 - 8 * k,
                tone(WHITE, -25 * k),
            )
        tri = np.array([[x + side // 2 - 16, y + side + 4], [x + side // 2 + 16, y + side + 4],
                        [x + side // 2, y + side + 30]], np.int32)  # fmt: skip
        cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
        fill(img, rounded_rect(side + 12, side + 12, 14), x - 6, y - 6, WHITE)
        paste_photo(cast, s, *snapshot(cast, side, side, 14, 30, 0.8), x, y, rounded_rect(side, side, 10))
        if rng.random() < 0.6:
            badge(img, (x + side, y), 18, s.accent, str(rng.randrange(2, 60)), WHITE)
    me = (rng.randrange(100, W - 100), top - 30)
    cv2.circle(img, me, 16, (250, 160, 60), -1, cv2.LINE_AA)
    cv2.circle(img, me, 16, WHITE, 3, cv2.LINE_AA)
    sheet(img, top, s.bg)
    page = s.bg
    y = top + 80
    s.words(rng, 30, y, 0.85, 2)
    s.words(rng, 30, y + 40, 0.5, 3, GREY)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
    end = cast.stack(s, W - 8 - 260, y - 10, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
    s.words(rng, end + 10, y + sd // 2 - 2, 0.45, 1, GREY)
    y += 80
    t = rng.randrange(220, 300)
    x = 30
    while x < W - 8:  # visitors' photos
        paste_photo(cast, s, *snapshot(cast, t, t, 16, 40), x, y, rounded_rect(t, t, 16))
        x += t + 16
    y += t + 40
    for k in range(3):
        outlined(img, 30 + k * 250, y, 230, 60, s.accent if k == 0 else GREY, page)
        s.words(rng, 60 + k * 250, y + 38, 0.5, 1, s.fg)
    H5.nav_bar(s)
    return s.finish()


def image_search(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A web image search: the query in a field, tabs with "images" underlined, filter chips, then
    justified rows (each 170-300 px high, images of aspect 0.7-1.9 filling the width): group photos
    and gatherings (faces 14-80 px), portraits, things; a site's favicon and name under each, a
    duration chip over some (a video), a "GIF" chip over others."""
    s = new_screen(rng, name, cast.kind("imagesearch"), ("light", "dark"))
    img, page = s.img, s.bg
    pill(img, 24, STATUS_H + 20, W - 8 - 48, 70, off(page, 16))
    s.words(rng, 70, STATUS_H + 66, 0.7, 3)
    y = STATUS_H + 140
    chosen = rng.randrange(1, 3)
    for k in range(5):
        s.words(rng, 30 + k * 200, y, 0.5, 1, s.accent if k == chosen else GREY)
    cv2.line(img, (30 + chosen * 200, y + 16), (150 + chosen * 200, y + 16), s.accent, 4)
    y += 50
    x = 24
    for _ in range(rng.randrange(3, 6)):
        cw = rng.randrange(120, 210)
        outlined(img, x, y, cw, 48, GREY, page)
        s.words(rng, x + 18, y + 32, 0.42, 1)
        x += cw + 12
    y += 80
    while y < H - NAV_H - 200:
        rh = rng.randrange(170, 301)
        aspects = []
        while sum(aspects) * rh < W - 8 - 48 or not aspects:
            aspects.append(rng.uniform(0.7, 1.9))
        total = W - 8 - 48 - 10 * (len(aspects) - 1)
        ws = [max(60, round(a / sum(aspects) * total)) for a in aspects]
        x = 24
        for w in ws:
            if rng.random() < 0.2:
                piece, faces = portrait(cast, w, rh, small(rng, 30, min(80, w * 0.4)))
            else:
                piece, faces = snapshot(cast, w, rh, 14, min(80, rh * 0.3), 0.75)
            paste_photo(cast, s, piece, faces, x, y, rounded_rect(rh, w, 10))
            if rng.random() < 0.15:
                duration(img, rng, x + w - 8, y + rh - 8)
            elif rng.random() < 0.1:
                pill(img, x + 8, y + 8, 60, 30, (20, 20, 20))
                cv2.putText(
                    img, "GIF", (x + 18, y + 30), cv2.FONT_HERSHEY_SIMPLEX, 0.5, WHITE, 1, cv2.LINE_AA
                )
            cv2.circle(img, (x + 10, y + rh + 22), 9, random_colour(rng, 40, 230), -1, cv2.LINE_AA)
            s.words(rng, x + 26, y + rh + 28, 0.4, 1, GREY)
            x += w + 10
        y += rh + 56
    H5.nav_bar(s)
    return s.finish()


def daycare(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A childcare app's daily feed: the school's drawn logo, one's child's 26-34 px face in a ring,
    a strip of days, then posts: the teacher's 24-32 px face, name and time, a line of text, photos
    of the class (one wide photo with two to eight people, faces 16-50 px, or two or three side by
    side with a "+N" scrim over the last: faces under it count, darker), a "tagged" stack of 18-24 px
    faces, and between posts activity rows (a meal, a nap) with drawn glyphs."""
    s = new_screen(rng, name, cast.kind("daycare"), ("light", "tinted", "tinted"))
    img, page = s.img, s.bg
    H8.logo(img, rng, 30, STATUS_H + 20, 70)
    s.words(rng, 120, STATUS_H + 64, 0.75, 2)
    fp, side = _size(rng, 26, small(rng, 27, 34), (1.1, 1.25))
    cv2.circle(img, (W - 70, STATUS_H + 55), side // 2 + 6, s.accent, 3, cv2.LINE_AA)
    cast.avatar(s, W - 70 - side // 2, STATUS_H + 55 - side // 2, fp, side, "circle")
    y = STATUS_H + 120
    today = rng.randrange(7)
    for k in range(7):
        cx = 70 + k * 142
        if k == today:
            cv2.circle(img, (cx, y + 36), 34, s.accent, -1, cv2.LINE_AA)
        cv2.putText(img, str(rng.randrange(1, 29)), (cx - 16, y + 46), cv2.FONT_HERSHEY_SIMPLEX, 0.8,
                    WHITE if k == today else s.fg, 2, cv2.LINE_AA)  # fmt: skip
    y += 110
    card = off(page, 10) if sum(page) < 384 else WHITE
    while y < H - NAV_H - 420:
        if rng.random() < 0.3:  # an activity row
            cv2.circle(img, (70, y + 30), 30, random_colour(rng, 80, 230), -1, cv2.LINE_AA)
            cv2.circle(img, (70, y + 30), 12, WHITE, 3, cv2.LINE_AA)
            s.words(rng, 120, y + 24, 0.55, 3)
            s.words(rng, 120, y + 52, 0.45, 2, GREY)
            y += 100
            continue
        fill(img, rounded_rect(H - y, W - 8 - 40, 24), 20, y, card)
        fp, side = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
        cast.person(s, 40, y + 24, fp, side, "circle")
        s.words(rng, 60 + side, y + 24 + side // 2, 0.6, 2)
        s.words(rng, W - 170, y + 24 + side // 2, 0.45, 1, GREY)
        yy = _text_lines(s, rng, 40, y + side + 70, rng.randrange(1, 3), 0.5)
        ph = rng.randrange(300, 460)
        if rng.random() < 0.5:
            pw = W - 8 - 80
            fp = small(rng, 20, 50)
            piece, faces = gathering(cast, pw, ph, fp / 1.2, fp, rng.randrange(1, 3), rng.randrange(2, 6),
                                     (1.8, 2.6), rng.uniform(0.1, 0.3))  # fmt: skip
            paste_photo(cast, s, piece, faces, 40, yy, rounded_rect(ph, pw, 14))
        else:
            n = rng.randrange(2, 4)
            pw = (W - 8 - 80 - 8 * (n - 1)) // n
            for k in range(n):
                paste_photo(cast, s, *snapshot(cast, pw, ph, 16, 40, 0.9), 40 + k * (pw + 8), yy,
                            rounded_rect(ph, pw, 14))  # fmt: skip
            x = 40 + (n - 1) * (pw + 8)
            scrim(s, (x, yy, x + pw, yy + ph), rng.uniform(0.35, 0.55))
            cv2.putText(img, f"+{rng.randrange(2, 20)}", (x + pw // 2 - 40, yy + ph // 2 + 20),
                        cv2.FONT_HERSHEY_DUPLEX, 1.6, WHITE, 3, cv2.LINE_AA)  # fmt: skip
        yy += ph + 24
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
        end = cast.stack(s, 40, yy, rng.randrange(2, 6), fp, sd, round(sd * 0.72), card)
        s.words(rng, end + 12, yy + sd // 2 + 8, 0.45, 2, GREY)
        heart(img, (W - 100, yy + sd // 2), 16, RED)
        y = yy + sd + 50
    H5.nav_bar(s)
    return s.finish()


def album_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A group chat with photo albums: the group's name over a pair of 20-26 px faces, messages:
    text bubbles, albums (two to four photos in one rounded bubble, one large and two small or a
    grid, one to six people in each with faces 14-40 px, a "+N" scrim over the last: faces under it
    count, darker), a video with a play button and a duration, reactions on a pill over a bubble's
    lower corner; the sender's 20-26 px face by the last bubble of a run; a "seen by" row of
    18-20 px faces; the input bar."""
    s = new_screen(rng, name, cast.kind("albumchat"), ("light", "dark", "tinted"))
    img, page = s.img, s.bg
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 110), off(page, 12), -1)
    cv2.arrowedLine(img, (64, STATUS_H + 55), (26, STATUS_H + 55), s.fg, 4, tipLength=0.5)
    fp, sd = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
    cast.avatar(s, 90, STATUS_H + 30, fp, sd, "circle")
    cast.avatar(s, 90 + sd * 2 // 3, STATUS_H + 30 + sd // 3, fp, sd, "circle", off(page, 12))
    s.words(rng, 120 + sd * 5 // 3, STATUS_H + 66, 0.7, 2)
    y = STATUS_H + 140
    bottom = H - NAV_H - 200
    them = (235, 235, 238) if sum(page) > 384 else (60, 60, 64)
    while y < bottom - 120:
        mine = rng.random() < 0.35
        bw = rng.randrange(520, 760)
        x = W - 8 - 30 - bw if mine else 90
        pick = rng.random()
        if pick < 0.35:  # text
            lines = rng.randrange(1, 3)
            pill(img, x, y, bw - 100, 40 + 34 * lines, s.accent if mine else them)
            for k in range(lines):
                s.words(rng, x + 26, y + 44 + 34 * k, 0.55, 4, WHITE if mine else s.fg)
            h = 40 + 34 * lines
        elif pick < 0.85 and y < bottom - 400:  # an album
            h = rng.randrange(380, 560)
            n = rng.choice((2, 3, 4, 4))
            if n == 2:
                rects = [(0, 0, 0.5, 1), (0.5, 0, 0.5, 1)]
            elif n == 3:
                rects = [(0, 0, 1, 0.6), (0, 0.6, 0.5, 0.4), (0.5, 0.6, 0.5, 0.4)]
            else:
                rects = [(0, 0, 0.5, 0.5), (0.5, 0, 0.5, 0.5), (0, 0.5, 0.5, 0.5), (0.5, 0.5, 0.5, 0.5)]
            fill(img, rounded_rect(h + 8, bw + 8, 22), x - 4, y - 4, s.accent if mine else them)
            for k, (a, b, c, d) in enumerate(rects):
                px, py, pw, ph = (
                    x + round(a * bw) + 2,
                    y + round(b * h) + 2,
                    round(c * bw) - 4,
                    round(d * h) - 4,
                )
                paste_photo(cast, s, *snapshot(cast, pw, ph, 14, 40, 0.85), px, py, rounded_rect(ph, pw, 16))
                if k == len(rects) - 1 and rng.random() < 0.5:
                    scrim(s, (px, py, px + pw, py + ph), rng.uniform(0.35, 0.55))
                    cv2.putText(img, f"+{rng.randrange(2, 30)}", (px + pw // 2 - 40, py + ph // 2 + 20),
                                cv2.FONT_HERSHEY_DUPLEX, 1.5, WHITE, 3, cv2.LINE_AA)  # fmt: skip
        elif y < bottom - 360:  # a video
            h = rng.randrange(280, 380)
            paste_photo(cast, s, *snapshot(cast, bw, h, 16, 60, 0.85), x, y, rounded_rect(h, bw, 22))
            play(img, (x + bw // 2, y + h // 2), 40, (30, 30, 30), WHITE)
            duration(img, rng, x + bw - 14, y + h - 14)
        else:
            break
        if rng.random() < 0.3:  # reactions
            rx = x + bw - 150 if not mine else x + 10
            pill(img, rx, y + h - 20, 140, 46, off(page, 25))
            for k in range(rng.randrange(1, 4)):
                cv2.circle(
                    img, (rx + 26 + k * 40, y + h + 3), 14, random_colour(rng, 80, 250), -1, cv2.LINE_AA
                )
            h += 30
        if not mine and rng.random() < 0.6:
            fp, side = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
            cast.person(s, 30, y + h - side, fp, side, "circle")
        y += h + 36
    fp, sd = _size(rng, 18.3, 20, (1.05, 1.1))
    x = W - 8 - 40 - sd
    for _ in range(rng.randrange(2, 6)):  # seen by
        cast.avatar(s, x, y, fp, sd, "circle")
        x -= sd + 6
    cv2.rectangle(img, (0, H - NAV_H - 120), (W, H - NAV_H), off(page, 12), -1)
    pill(img, 30, H - NAV_H - 96, W - 8 - 180, 72, page)
    s.words(rng, 70, H - NAV_H - 50, 0.6, 2, GREY)
    cv2.circle(img, (W - 90, H - NAV_H - 60), 36, s.accent, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def newsletter(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A club's, a school's or a parish's newsletter open in a mail app: the subject, the sender's
    24-32 px face, "to me" and the date, then the mail on a white card: a banner (a thing under a
    band with the newsletter's name), sections with a heading, text and a wide photo of an event (a
    crowd of 2-4 rows, faces 14-17 px at the back to 20-34 px at the front, or a group photo), a
    caption, two photos side by side (faces 16-40 px), "meet the team": 3-4 round portraits (faces
    30-60 px) with names, the footer's social glyphs."""
    s = new_screen(rng, name, cast.kind("newsletter"), ("light", "dark", "light"))
    img = s.img
    header(s, rng, s.fg, 3)
    y = STATUS_H + 150
    s.words(rng, 30, y, 0.85, 4)
    y += 40
    fp, side = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
    cast.person(s, 30, y, fp, side, "circle")
    s.words(rng, 50 + side, y + side // 2 - 2, 0.55, 2)
    s.words(rng, 50 + side, y + side // 2 + 26, 0.42, 2, GREY)
    y += side + 30
    x1, x2 = 20, W - 8 - 20
    cv2.rectangle(img, (x1, y), (x2, H), WHITE, -1)
    bh = rng.randrange(160, 240)
    cast.thing(s, x1, y, x2 - x1, bh)
    scrim(s, (x1, y + bh // 2, x2, y + bh), 0.5)
    cv2.putText(img, shout(rng), (x1 + 30, y + bh - 30), cv2.FONT_HERSHEY_DUPLEX, 1.2, WHITE, 2, cv2.LINE_AA)
    y += bh + 50
    pw = x2 - x1 - 60
    while y < H - NAV_H - 200:
        s.words(rng, x1 + 30, y, 0.75, 3, INK)
        y = _text_lines(s, rng, x1 + 30, y + 40, rng.randrange(2, 5), 0.5)
        pick = rng.random()
        if pick < 0.5:
            ph = rng.randrange(300, 440)
            if cast.photos and rng.random() < 0.3:
                piece, faces = group_photo(cast, pw, ph)
            else:
                lo, hi = rng.uniform(14, 17), small(rng, 20, 34)
                rows, per_row = rng.randrange(2, 5), rng.randrange(5, 12)
                piece, faces = gathering(
                    cast, pw, ph, lo, hi, rows, per_row, (2.0, 2.8), rng.uniform(0.0, 0.15)
                )
            paste_photo(cast, s, piece, faces, x1 + 30, y)
            y = _text_lines(s, rng, x1 + 30, y + ph + 36, 1, 0.42) + 30
        elif pick < 0.75:
            ph = rng.randrange(240, 340)
            w = (pw - 16) // 2
            for k in range(2):
                paste_photo(cast, s, *snapshot(cast, w, ph, 16, 40), x1 + 30 + k * (w + 16), y)
            y += ph + 40
        else:  # meet the team
            n = rng.randrange(3, 5)
            fp0 = small(rng, 30, 60)
            side = round(fp0 * rng.uniform(1.4, 1.7))
            for k in range(n):
                cx = x1 + 30 + k * (pw // n)
                cast.person(s, cx, y, fp0 * rng.uniform(0.9, 1.05), side, "circle")
                s.words(rng, cx, y + side + 30, 0.42, 1, INK)
            y += side + 70
    for k in range(4):  # the footer's glyphs
        cv2.circle(img, (W // 2 - 150 + k * 100, min(H - NAV_H - 60, y + 40)), 22, GREY, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    yearbook, fan_cam, marketplace, scanner, collage, photo_map, image_search, daycare, album_chat,
    newsletter,
)  # fmt: skip
# with people: each twice a round but the two with the most faces a screen
ONCE = (yearbook, fan_cam)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three with the most photos again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, image_search, album_chat, marketplace)


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT11_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40);
    its things are ``free`` and the held-out photos' backgrounds far from any face
    (``backdrops``)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h11", photos, [*free, *backdrops(photos)], seed, reps)
