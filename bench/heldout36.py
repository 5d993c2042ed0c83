"""Held-out screens, thirty-sixth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a palette of swatches, a lipstick, a
powder compact, a fabric's weave, a size chart; nothing with eyes, a mouth or a mask); every
random choice from ``HELDOUT36_SEED``. Faces are pasted through heldout2's ``Screen``, which
settles each one on the finished screen (pixels drawn over a face later are not the face's; a face
with under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout26's, its screens marked h36-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in the apps of fashion, beauty and makeup, most of them small: the comments
under a makeup tutorial, the stylists of a nail and brow studio, a marketplace's sellers and
reviewers, an influencer's highlights, the dated selfies of a skincare diary, a runway stream's
viewers, and the larger faces such apps also show (the artist in the tutorial's video, a selfie
under a virtual try-on's tint, models in a lookbook, a salon's before/after portraits, outfits
sent in a personal shopper's chat). Near repeats avoided: heldout12's beauty camera (here a try-on
of one product's shades with swatches and a tint over the selfie); heldout23's fashion grid and
product page (here an editorial lookbook and a second-hand seller's listing); heldout32's salon
(here a gallery of before/after pairs); heldout35's before/after editor (here pairs side by side).
Ten layouts:
- a makeup tutorial (``makeup_tutorial``): the video (the artist, faces 90-300 px) with its
  progress bar; the steps' chapters; products used (drawn); comments (``comment``: 18-26 px);
- a virtual try-on (``try_on``): the selfie (150-380 px) under the shade's tint, swatches over its
  foot; shade names; "also tried" stack (18-22 px);
- a model lookbook (``lookbook``): two columns of tall editorial photos (faces 24-110 px), a "shop
  the look" tag on some; the designers (round 18-30 px);
- a salon's before/after gallery (``salon_gallery``): pairs of portraits (``before_after_pair``:
  faces 40-130 px, the after warmer); the stylists (18-26 px);
- a nail and brow studio's booking (``studio_booking``): the stylists in rings (30-60 px), services,
  time slots; reviews (``review``: 18-24 px);
- a fashion marketplace's listing (``marketplace``): the item worn by its seller (40-160 px), the
  seller's row (24-34 px), offers (18-22 px stack), more from sellers (faces 18-40 px in squares);
- a beauty influencer's profile (``influencer``): the profile photo (60-140 px) in a ring,
  highlights' rings (``highlight``: 24-48 px), a grid of posts (faces 18-120 px);
- a skincare diary (``skin_diary``): today's selfie (100-260 px, grainy or low-key on some), the
  week's dated selfies (``diary_day``: 18-30 px), the routine's steps;
- a runway show's live stream (``runway_live``): the runway (models, faces 20-80 px, spot-lit), a
  viewers' stack (18-22 px), comments over the video (18-24 px);
- a personal shopper's chat (``shopper_chat``): the shopper's header avatar (24-34 px), outfit
  photos (``outfit_bubble``: faces 30-140 px), product cards (drawn), the client's replies.
Sizes are what a layout asks for: a photo's other people, a close cut of a lookbook's photo or a
post can be larger (the table below counts what is drawn). Light, dark and tinted themes (the
stream and the try-on mostly dark); JPEG quality 30-60. Tags, swatches, chips, buttons, badges and
hearts take the pixels they cover; a face under them counts while half of its box shows; rings are
drawn before the faces they ring; the try-on's tint, the salon's warm after, the diary's grain and
low-key light, the runway's spotlight and the scrims under titles leave the faces under them
counted as they look; initials, "+N" discs and drawn things are never faces. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,421 faces (914 under 32 px, 237 of 32-63, 178 of 64-127,
92 larger; 987 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, grids, posts and
photos); ``reps=1`` a quarter (18 screens with 363 faces: 229, 53, 53 and 28 by size, 245
under 40 px; 13 face-free). Every layout but the try-on and the runway stream (screens of one video and
a few small faces) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and
128 px or more):
    makeup_tutorial  8 screens    75 faces:  57,   0,   1,  17
    try_on           4 screens    20 faces:  12,   0,   0,   8
    lookbook         8 screens   346 faces: 285,  23,  26,  12
    salon_gallery    8 screens   177 faces:  64,  29,  69,  15
    studio_booking   8 screens   120 faces:  77,  43,   0,   0
    marketplace      8 screens   142 faces:  85,  40,  12,   5
    influencer       8 screens   294 faces: 135,  84,  57,  18
    skin_diary       8 screens   141 faces: 128,   0,   0,  13
    runway_live      4 screens    42 faces:  42,   0,   0,   0
    shopper_chat     8 screens    64 faces:  29,  18,  13,   4
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, progress, tab_bar, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, new_screen, price, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout32 import grain, warm
from heldout33 import low_key, ring_avatar, rounded_corners

HELDOUT36_SEED = 36363
PINK: Colour = (150, 80, 230)
SHADES: tuple[str, ...] = ("Rosewood", "Ruby", "Nude 02", "Coral", "Berry", "Mauve", "Cherry", "Taupe")
SERVICES: tuple[str, ...] = ("Gel manicure", "Brow lamination", "Lash lift", "Nail art", "Brow tint")
STEPS: tuple[str, ...] = ("Cleanser", "Toner", "Serum", "Moisturiser", "SPF 50", "Retinol")
LIPS: tuple[Colour, ...] = ((60, 40, 170), (50, 30, 200), (110, 120, 200), (80, 110, 240), (90, 40, 130))


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def palette(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An eyeshadow palette from above: a black case, a grid of square pans of related shades, one
    shimmering (lighter streaks)."""
    img = np.full((h, w, 3), rng.choice((22, 236)), np.uint8)
    base = random_colour(rng, 60, 200)
    cols, rows = rng.choice(((3, 3), (4, 3), (4, 4), (5, 2)))
    gap = max(2, min(w, h) // 30)
    pw, ph = max(1, (w - (cols + 1) * gap) // cols), max(1, (h - (rows + 1) * gap) // rows)
    for k in range(cols * rows):
        x, y = gap + (k % cols) * (pw + gap), gap + (k // cols) * (ph + gap)
        shade = tone(base, rng.randrange(-70, 70))
        cv2.rectangle(img, (x, y), (x + pw, y + ph), shade, -1)
        if rng.random() < 0.25:
            for _ in range(3):
                yy = y + rng.randrange(max(1, ph))
                cv2.line(img, (x, yy), (x + pw, yy), tone(shade, 50), 1)
    return img


def lipstick(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lipstick standing on a plain backdrop: a gold or black tube, the slanted bullet of its
    colour on top, the cap lying beside it."""
    img = np.full((h, w, 3), rng.choice((236, 220, 200)), np.uint8)
    tube = rng.choice(((60, 170, 210), (30, 30, 30), (200, 200, 205)))
    colour = rng.choice(LIPS)
    cx, bw = w // 3, max(4, w // 6)
    top = h // 3
    cv2.rectangle(img, (cx - bw, top + h // 6), (cx + bw, h - h // 12), tube, -1)
    cv2.rectangle(img, (cx - bw, top + h // 6), (cx + bw, top + h // 6 + max(2, h // 30)), tone(tube, 60), -1)
    b = bw * 4 // 5
    bullet = np.array(
        [[cx - b, top + h // 6], [cx - b, top], [cx + b, top - h // 10], [cx + b, top + h // 6]], np.int32
    )
    cv2.fillPoly(img, [bullet], colour, cv2.LINE_AA)
    cap = (w * 2 // 3, h - h // 12 - bw * 2)
    cv2.rectangle(img, cap, (min(w - 2, cap[0] + w // 4), h - h // 12), tube, -1)
    return img


def compact(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A powder compact open from above: the round case, the pressed powder with a pressed-in logo
    ring, the puff's disc beside it."""
    img = np.full((h, w, 3), rng.choice((240, 210, 40)), np.uint8)
    r = max(4, min(w, h) // 2 - 4)
    c = (w // 2, h // 2)
    cv2.circle(img, c, r, rng.choice(((30, 30, 30), (150, 180, 220), (200, 200, 210))), -1, cv2.LINE_AA)
    powder = rng.choice(((150, 180, 225), (120, 150, 200), (170, 190, 235), (90, 110, 160)))
    cv2.circle(img, c, round(r * 0.82), powder, -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.4), tone(powder, 20), max(1, r // 30), cv2.LINE_AA)
    a = rng.uniform(0, 2 * math.pi)
    sweep = (round(c[0] + r * 0.5 * math.cos(a)), round(c[1] + r * 0.5 * math.sin(a)))
    cv2.ellipse(img, sweep, (max(2, r // 4), max(1, r // 8)), math.degrees(a), 0, 360, tone(powder, -25), -1)
    return img


def fabric(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fabric swatch: gingham, houndstooth-like checks, stripes or polka dots in two colours, with
    a pinked edge at the foot."""
    a, b = random_colour(rng, 40, 240), random_colour(rng, 150, 250)
    img = np.full((h, w, 3), b, np.uint8)
    step = rng.randrange(8, 28)
    k = rng.randrange(4)
    ys, xs = np.mgrid[0:h, 0:w]
    if k == 0:
        band = ((xs // step) % 2 == 0) | ((ys // step) % 2 == 0)
        img[band] = (np.array(b) * 0.5 + np.array(a) * 0.5).astype(np.uint8)
        img[((xs // step) % 2 == 0) & ((ys // step) % 2 == 0)] = a
    elif k == 1:
        img[((xs + ys) // step) % 2 == 0] = a
        img[((xs // step + ys // step) % 2 == 0) & ((xs - ys) % step < step // 3)] = b
    elif k == 2:
        img[(xs // step) % 3 == 0] = a
    else:
        for yy in range(step // 2, h, step):
            for xx in range(step // 2 + (yy // step % 2) * step // 2, w, step):
                cv2.circle(img, (xx, yy), max(1, step // 4), a, -1, cv2.LINE_AA)
    for xx in range(0, w, 8):
        cv2.fillPoly(img, [np.array([[xx, h], [xx + 4, h - 6], [xx + 8, h]], np.int32)], (250, 250, 250))
    return img


def size_chart(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A size chart: a header band, columns of sizes (XS to XL) and rows of measurements as ruled
    cells, one row shaded."""
    img = np.full((h, w, 3), 250, np.uint8)
    accent = random_colour(rng, 80, 200)
    rows, cols = rng.randrange(4, 8), rng.randrange(4, 7)
    rh, cw = max(2, h // (rows + 1)), max(2, w // cols)
    cv2.rectangle(img, (0, 0), (w, rh), accent, -1)
    shaded = rng.randrange(1, rows + 1)
    cv2.rectangle(img, (0, shaded * rh), (w, (shaded + 1) * rh), tone(accent, 90), -1)
    for r in range(1, rows + 2):
        cv2.line(img, (0, r * rh), (w, r * rh), (170, 170, 170), 1)
    for c in range(1, cols):
        cv2.line(img, (c * cw, 0), (c * cw, h), (170, 170, 170), 1)
    if rh > 16 and cw > 30:
        for c, label in enumerate(("XS", "S", "M", "L", "XL", "XXL")[:cols]):
            cv2.putText(img, label, (c * cw + 6, rh - 5), FONT, 0.4, WHITE, 1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (palette, lipstick, compact, fabric, size_chart)
PRODUCTS: tuple[H11.Render, ...] = (palette, lipstick, compact)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h36-, whose drawn things are this set's: a palette, a lipstick, a compact, a
    fabric swatch, a size chart."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h36-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def tint(rng: random.Random, colour: Colour) -> Callable[[np.ndarray], np.ndarray]:
    """A try-on's colour over a picture: a light wash of the shade blended in (for
    ``heldout10.redrawn``: the faces under it stay counted as they look now)."""
    k = rng.uniform(0.12, 0.28)

    def fn(part: np.ndarray) -> np.ndarray:
        wash = np.empty_like(part)
        wash[:] = colour
        return cv2.addWeighted(part, 1 - k, wash, k, 0)

    return fn


def product(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A product's tile: a drawn palette, lipstick or compact in a rounded square."""
    piece = H11.render(rng, side, side, PRODUCTS)
    blit(img, piece, x, y, rounded_rect(side, side, 14))


def swatch(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, chosen: bool) -> None:
    """A shade's swatch: a disc in a white rim, ringed when chosen."""
    cv2.circle(img, c, r + 4, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    if chosen:
        cv2.circle(img, c, r + 10, WHITE, 3, cv2.LINE_AA)


def heart(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A floating heart (a live stream's like)."""
    for dx in (-r // 2, r // 2):
        cv2.circle(img, (c[0] + dx, c[1] - r // 4), r // 2, colour, -1, cv2.LINE_AA)
    pts = np.array([[c[0] - r, c[1] - r // 8], [c[0] + r, c[1] - r // 8], [c[0], c[1] + r]], np.int32)
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)


def comment(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment under a video: the 18-26 px face (initials on some), the name, a line or two, the
    likes' heart. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 18.3, 26, (1.1, 1.3), "circle", person=True)
    note(img, who(rng), (46 + sd, y + 18), 0.5, s.fg, 2)
    note(img, words(rng, rng.randrange(3, 7)), (46 + sd, y + 46), 0.5, s.fg)
    heart(img, (WIDTH - 50, y + 24), 10, GREY)
    return max(sd, 52) + 18


def review(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A client's review: the 18-24 px face, the name, five stars, a line, the service's chip.
    Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 18.3, 24, (1.1, 1.3), "circle", person=True)
    note(img, who(rng), (46 + sd, y + 18), 0.5, s.fg, 2)
    for k in range(5):
        star(img, (WIDTH - 200 + k * 30, y + 12), 10, (40, 180, 250) if k < rng.randrange(3, 6) else GREY)
    note(img, words(rng, rng.randrange(4, 8)), (46 + sd, y + 48), 0.5, s.fg)
    return max(sd, 56) + 18


def before_after_pair(cast: Cast, rng: random.Random, s: Screen, y: int, ph: int) -> None:
    """A salon's before/after pair: the same kind of portrait twice side by side (faces 40-130 px),
    the after one warmer under the salon's lights, labels in their corners."""
    pw = (WIDTH - 60 - 12) // 2
    for k in range(2):
        x = 30 + k * (pw + 12)
        cast.photo(s, x, y, pw, ph, rng.uniform(40, min(130.0, pw * 0.45)), rounded_rect(ph, pw, 16))
        if k:
            H10.redrawn(s, (x, y, x + pw, y + ph), warm(rng))
        tag(s.img, x + 12, y + ph - 48, ("Before", "After")[k], (30, 30, 30), 34)


def highlight(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> int:
    """A highlight's ring: a 24-48 px face (or a product, a thing) in a round cover inside a thin
    ring, its title under it. Returns its width."""
    side = rng.randrange(110, 131)
    if rng.random() < 0.3:
        cv2.circle(s.img, (x + side // 2, y + side // 2), side // 2 + 6, GREY, 2, cv2.LINE_AA)
        blit(s.img, H11.render(rng, side, side, PRODUCTS), x, y, mask(side, "circle"))
    else:
        ring_avatar(cast, s, x, y, small(rng, 24, 48), side, off(s.bg, 60))
    title = rng.choice(("GRWM", "Lips", "Skin", "Hair", "Nails", "Looks", "Paris", "Haul"))
    note(s.img, title, (x + side // 2 - 26, y + side + 32), 0.5, s.fg)
    return side


def diary_day(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, day: int) -> int:
    """A day of the diary: its date and a rounded 18-30 px selfie (or "no photo" for a missed day).
    Returns its width."""
    fp, side = _size(rng, 18.3, small(rng, 19, 30), (1.3, 1.6))
    note(s.img, f"{day:02d}", (x + side // 2 - 12, y + 22), 0.5, GREY)
    if rng.random() < 0.15:
        fill(s.img, rounded_rect(side, side, 10), x, y + 34, off(s.bg, 14))
    else:
        cast.avatar(s, x, y + 34, fp, side, "rounded")
    return side


def outfit_bubble(cast: Cast, rng: random.Random, s: Screen, y: int, mine: bool) -> int:
    """An outfit the shopper or the client sent: a rounded photo (faces 30-140 px, or a thing) in a
    bubble at the left or right, a caption. Returns its height."""
    bw, bh = rng.randrange(420, 561), rng.randrange(460, 641)
    x = WIDTH - 30 - bw if mine else 110
    fill(s.img, rounded_rect(bh + 70, bw + 16, 24), x - 8, y - 8, s.accent if mine else off(s.bg, 16))
    cut_photo(cast, rng, s, x, y, bw, bh, 30, min(140.0, bw * 0.3), rounded_rect(bh, bw, 18), 0.85)
    ink = WHITE if mine else s.fg
    note(
        s.img,
        rng.choice(("Option A", "This one?", "For Friday", "Fits true")),
        (x + 10, y + bh + 38),
        0.55,
        ink,
    )
    return bh + 90


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def makeup_tutorial(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A makeup tutorial: the video (the artist, faces 90-300 px) with its progress bar and time;
    the title and the artist's row (24-34 px); chapters; products used (drawn, cut by the right
    edge); comments (``comment``: 18-26 px)."""
    s = new_screen(rng, name, cast.kind("tutorial"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = rng.randrange(560, 681)
    cast.photo(s, 0, y, WIDTH, vh, rng.uniform(90, 300))
    progress(img, 0, y + vh - 8, WIDTH, rng.random(), RED, (120, 120, 120), 8)
    note(img, f"{rng.randrange(1, 9)}:{rng.randrange(0, 60):02d} / 12:40", (20, y + vh - 24), 0.55, WHITE, 2)
    y += vh + 20
    heading(s, 30, y + 36, rng.choice(("Soft glam", "5 minute face", "Smoky eye", "No-makeup look")), 0.9)
    y += 56
    sd = face_avatar(cast, s, rng, 30, y, 24, 34, (1.2, 1.4), "circle")
    note(img, who(rng) + " Beauty", (46 + sd, y + 26), 0.55, s.fg, 2)
    note(img, f"{rng.randrange(10, 900)}K subscribers", (46 + sd, y + 52), 0.45, GREY)
    pill(img, WIDTH - 200, y + 8, 170, 50, s.fg)
    note(img, "Subscribe", (WIDTH - 176, y + 42), 0.55, page, 2)
    y += max(sd, 60) + 20
    chips(img, rng, 30, y, 4, 44, (130, 210), off(page, 14), s.fg)
    y += 64
    y = section(s, y, "Products used", False)
    x = 30
    while x < WIDTH:
        product(img, rng, x, y, 150)
        note(img, price(rng), (x + 4, y + 180), 0.5, s.fg, 2)
        x += 170
    y += 210
    y = section(s, y, f"{rng.randrange(40, 900)} comments", False)
    foot = H - NAV_H - 80
    while y + 80 < foot:
        y += comment(cast, rng, s, y)
    H5.nav_bar(s)
    return s.finish()


def try_on(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A virtual try-on: the selfie (faces 150-380 px) over the whole screen under the chosen
    shade's light tint; the product's name; swatches over the foot of the selfie; "also tried"
    stack (18-22 px); compare and add-to-bag buttons."""
    s = new_screen(rng, name, cast.kind("tryon"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    top = STATUS_H
    vh = H - NAV_H - 420 - top
    cast.photo(s, 0, top, WIDTH, vh, rng.uniform(150, 380))
    shade = rng.randrange(len(LIPS))
    H10.redrawn(s, (0, top, WIDTH, top + vh), tint(rng, LIPS[shade]))
    chevron(img, 40, top + 50, WHITE, back=True)
    tag(img, WIDTH - 200, top + 24, "Try-on", (30, 30, 30), 40)
    H5.scrim(s, (0, top + vh - 170, WIDTH, top + vh), 0.45)
    for k, colour in enumerate(LIPS):
        swatch(img, (90 + k * 150, top + vh - 90), 40, colour, k == shade)
    y = top + vh + 20
    heading(s, 30, y + 40, "Matte lip " + rng.choice(SHADES), 0.9)
    note(img, price(rng) + " - " + rng.choice(SHADES), (30, y + 80), 0.55, GREY)
    y += 110
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(20, 900))
    note(img, "also tried this shade", (end + 10, y + 30), 0.5, GREY)
    y += 80
    pill(img, 30, y, 480, 80, off(page, 20))
    note(img, "Compare", (200, y + 50), 0.7, s.fg, 2)
    pill(img, 550, y, WIDTH - 580, 80, s.accent)
    note(img, "Add to bag", (WIDTH // 2 + 120, y + 50), 0.7, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def lookbook(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A model lookbook: the season's title, the designers (round 18-30 px, cut by the right edge),
    then two columns of tall editorial photos of models (faces 24-110 px, or a thing) with a
    "shop the look" tag on some."""
    s = new_screen(rng, name, cast.kind("lookbook"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(("SS26", "AW25", "Resort", "Pre-fall")) + " Lookbook", 1.1)
    y += 80
    x = 30
    while x < WIDTH:
        x += face_avatar(cast, s, rng, x, y, 18.3, 30, (1.2, 1.5), "circle") + 18
    y += 80
    foot = H - NAV_H - 130
    cw = (WIDTH - 60 - 16) // 2
    cols = [y, y + rng.randrange(40, 160)]
    for j in range(2):
        x = 30 + j * (cw + 16)
        while cols[j] + 200 < foot:
            ch = min(rng.randrange(380, 560), foot - cols[j])
            cut_photo(cast, rng, s, x, cols[j], cw, ch, 24, 110, rounded_rect(ch, cw, 12), 0.9)
            if rng.random() < 0.4:
                tag(img, x + 12, cols[j] + ch - 52, "Shop the look", (250, 250, 250), 36)
            note(img, f"Look {rng.randrange(1, 40)}", (x + 4, cols[j] + ch + 28), 0.5, s.fg, 2)
            cols[j] += ch + 46
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def salon_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hair salon's gallery: the salon's name and rating, the stylists (18-26 px, names), then
    before/after pairs (``before_after_pair``: faces 40-130 px) with the stylist's credit."""
    s = new_screen(rng, name, cast.kind("salon"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(("Studio Nova", "Cut & Colour", "Maison Hair")), 1.0)
    for k in range(5):
        star(img, (100 + k * 30, y + 86), 11, (40, 180, 250))
    y += 110
    x = 30
    while x < WIDTH - 40:
        sd = face_avatar(cast, s, rng, x, y, 18.3, 26, (1.2, 1.4), "circle", person=True)
        note(img, who(rng)[:6], (x, y + sd + 24), 0.42, GREY)
        x += max(sd, 70) + 24
    y += 90
    chips(img, rng, 30, y, 4, 44, (120, 200), off(page, 14), s.fg)
    y += 70
    foot = H - NAV_H - 40
    while True:
        ph = rng.randrange(300, 401)
        if y + ph + 60 > foot:
            break
        before_after_pair(cast, rng, s, y, ph)
        note(
            img,
            f"by {who(rng)} - {rng.choice(('Balayage', 'Bob', 'Curls', 'Colour'))}",
            (30, y + ph + 32),
            0.5,
            GREY,
        )
        y += ph + 56
    H5.nav_bar(s)
    return s.finish()


def studio_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A nail and brow studio's booking page: the service's header, the stylists in rings (faces
    30-60 px, names), the days and time slots, the price; reviews (``review``: 18-24 px)."""
    s = new_screen(rng, name, cast.kind("booking"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(SERVICES), 1.0)
    note(img, f"{rng.randrange(30, 120)} min - {price(rng)}", (80, y + 86), 0.55, GREY)
    y += 110
    y = section(s, y, "Choose your artist", False)
    side = rng.randrange(130, 151)
    chosen = rng.randrange(4)
    for k in range(4):
        x = 40 + k * (side + 100)
        if x + side > WIDTH:
            break
        ring_avatar(cast, s, x, y, min(60.0, max(30.0, side / rng.uniform(2.2, 3.6))), side,
                    s.accent if k == chosen else off(page, 30))  # fmt: skip
        note(img, who(rng)[:8], (x + 10, y + side + 36), 0.5, s.fg, 2)
    y += side + 60
    for k in range(6):
        x = 30 + k * 170
        fill(img, rounded_rect(110, 150, 16), x, y, s.accent if k == 1 else off(page, 14))
        note(
            img,
            ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")[k],
            (x + 44, y + 44),
            0.55,
            WHITE if k == 1 else s.fg,
        )
        note(img, str(10 + k), (x + 56, y + 86), 0.7, WHITE if k == 1 else s.fg, 2)
    y += 140
    for r in range(2):
        for k in range(4):
            x = 30 + k * 255
            cv2.rectangle(img, (x, y), (x + 230, y + 60), s.accent if (r, k) == (0, 2) else GREY, 2)
            note(img, f"{10 + r * 4 + k}:{rng.choice(('00', '30'))}", (x + 80, y + 40), 0.6, s.fg)
        y += 80
    y = section(s, y + 10, "Reviews")
    foot = H - NAV_H - 130
    while y + 80 < foot:
        y += review(cast, rng, s, y)
    pill(img, 30, H - NAV_H - 110, WIDTH - 60, 80, s.accent)
    note(img, "Book now", (WIDTH // 2 - 70, H - NAV_H - 58), 0.8, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def marketplace(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A second-hand fashion listing: the item worn by its seller (a mirror selfie or a photo, faces
    40-160 px, or a thing) with dots of more photos; the price and size; the seller's row (24-34
    px, stars); offers' stack (18-22 px); more from sellers (squares, faces 18-40 px)."""
    s = new_screen(rng, name, cast.kind("market"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    ph = rng.randrange(820, 961)
    cut_photo(cast, rng, s, 0, y, WIDTH, ph, 40, 160, None, 0.9)
    for k in range(5):
        cv2.circle(
            img, (WIDTH // 2 - 60 + k * 30, y + ph - 30), 7, WHITE if k == 0 else GREY, -1, cv2.LINE_AA
        )
    heart(img, (WIDTH - 60, y + 60), 20, WHITE)
    y += ph + 20
    heading(s, 30, y + 40, price(rng), 1.1)
    size = rng.choice(("XS", "S", "M", "L", "38", "40"))
    note(img, f"Size {size} - {words(rng, 2)}", (30, y + 80), 0.55, GREY)
    y += 100
    sd = face_avatar(cast, s, rng, 30, y, 24, 34, (1.2, 1.4), "circle")
    note(img, who(rng).lower() + "_closet", (46 + sd, y + 24), 0.55, s.fg, 2)
    for k in range(5):
        star(img, (60 + sd + k * 26, y + 46), 9, (40, 180, 250))
    note(img, f"({rng.randrange(3, 400)})", (200 + sd, y + 52), 0.45, GREY)
    pill(img, WIDTH - 220, y + 6, 190, 52, off(page, 20))
    note(img, "Message", (WIDTH - 180, y + 40), 0.55, s.fg, 2)
    y += max(sd, 60) + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 30))
    note(img, "made offers", (end + 10, y + 30), 0.5, GREY)
    y += 70
    y = section(s, y, "More from sellers")
    foot = H - NAV_H - 20
    side = rng.randrange(200, 231)
    x = 30
    while x < WIDTH and y + side < foot:
        cut_photo(cast, rng, s, x, y, side, side, 18.3, 40, rounded_rect(side, side, 12), 0.75)
        x += side + 14
    H5.nav_bar(s)
    return s.finish()


def influencer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A beauty influencer's profile: the profile photo (faces 60-140 px) in a gradient-like ring,
    the counts, the bio and a link; highlights (``highlight``: 24-48 px faces or products) cut by
    the right edge; tabs; a three-column grid of posts (faces 18-120 px, or things)."""
    s = new_screen(rng, name, cast.kind("profile"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 40, who(rng).lower() + ".glow", 0.9)
    y += 70
    side = rng.randrange(190, 231)
    ring_avatar(cast, s, 40, y, min(140.0, max(60.0, side / rng.uniform(1.4, 2.6))), side, PINK)
    for k, label in enumerate(("posts", "followers", "following")):
        x = 320 + k * 240
        note(img, f"{rng.randrange(1, 999)}{'K' if k == 1 else ''}", (x, y + side // 2 - 6), 0.8, s.fg, 2)
        note(img, label, (x, y + side // 2 + 30), 0.5, GREY)
    y += side + 30
    note(img, "Makeup artist - skincare - reviews", (30, y + 10), 0.55, s.fg)
    note(img, "linktr.ee/" + who(rng).lower(), (30, y + 44), 0.55, s.accent)
    y += 70
    x = 30
    while x < WIDTH:
        x += highlight(cast, rng, s, x, y) + 34
    y += 190
    cv2.line(img, (0, y), (WIDTH, y), off(page, 20), 1)
    y += 4
    tw = (WIDTH - 8) // 3
    foot = H - NAV_H - 120
    while y < foot:
        for j in range(3):
            th = min(tw, foot - y)
            if th > 40:
                cut_photo(cast, rng, s, j * (tw + 4), y, tw, th, 18.3, 120, None, 0.85)
        y += tw + 4
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def skin_diary(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A skincare diary: today's progress selfie (faces 100-260 px, under a bathroom's grain or a
    low-key light on some) with the day's number; the week's dated selfies (``diary_day``: 18-30
    px); the routine's steps with ticks; notes."""
    s = new_screen(rng, name, cast.kind("diary"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, f"Day {rng.randrange(2, 90)}", 1.1)
    note(img, rng.choice(("Retinol week 3", "Acne journey", "Barrier repair")), (30, y + 86), 0.55, GREY)
    y += 110
    pw, ph = WIDTH - 60, rng.randrange(620, 761)
    cast.photo(s, 30, y, pw, ph, rng.uniform(100, 260))
    light = rng.random()
    if light < 0.35:
        H10.redrawn(s, (30, y, 30 + pw, y + ph), grain(rng))
    elif light < 0.65:
        H10.redrawn(s, (30, y, 30 + pw, y + ph), low_key(rng, pw, ph))
    rounded_corners(s, (30, y, 30 + pw, y + ph), 24)
    tag(img, 50, y + 20, rng.choice(("Morning", "Night", "No filter")), (30, 30, 30), 34)
    y += ph + 24
    y = section(s, y, "This week", False)
    x = 30
    day = rng.randrange(1, 20)
    while x < WIDTH - 60:
        x += diary_day(cast, rng, s, x, y, day) + 22
        day += 1
    y += 130
    foot = H - NAV_H - 30
    for step in rng.sample(STEPS, 5):
        if y + 54 > foot:
            break
        done = rng.random() < 0.7
        badge(img, (50, y + 20), 16, s.accent if done else off(page, 40), "check" if done else "+")
        note(img, step, (90, y + 30), 0.6, s.fg)
        note(img, rng.choice(("AM", "PM", "AM/PM")), (WIDTH - 120, y + 30), 0.5, GREY)
        y += 54
    H5.nav_bar(s)
    return s.finish()


def runway_live(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A runway show's live stream: the runway (models, faces 20-80 px, under the show's spotlight)
    over the whole screen; the house's avatar (24-32 px), LIVE and the viewers' stack (18-22 px);
    comments over the video's foot (18-24 px faces) and floating hearts."""
    s = new_screen(rng, name, cast.kind("runway"), ("dark", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    vh = H - NAV_H - top
    cut_photo(cast, rng, s, 0, top, WIDTH, vh, 20, 80, None, 0.95)
    H10.redrawn(s, (0, top, WIDTH, top + vh), low_key(rng, WIDTH, vh))
    H5.scrim(s, (0, top, WIDTH, top + 130), 0.45)
    sd = face_avatar(cast, s, rng, 24, top + 24, 24, 32, (1.2, 1.4), "circle")
    note(img, rng.choice(("MAISON", "ATELIER", "STUDIO")) + " FW", (40 + sd, top + 60), 0.6, WHITE, 2)
    tag(img, 420, top + 32, "LIVE", RED, 40)
    end = stack(
        cast, s, rng, 540, top + 30, rng.randrange(3, 5), 18.3, 22, (30, 30, 30), rng.randrange(100, 999)
    )
    note(img, f"{rng.randrange(2, 90)}K", (end + 8, top + 62), 0.55, WHITE, 2)
    H5.scrim(s, (0, top + vh - 720, WIDTH * 3 // 4, top + vh - 120), 0.4)
    y = top + vh - 700
    while y < top + vh - 200:
        sd = face_avatar(cast, s, rng, 30, y, 18.3, 24, (1.1, 1.3), "circle", person=True)
        note(img, who(rng), (44 + sd, y + 20), 0.5, (200, 220, 255), 2)
        said = rng.choice(("obsessed", "that coat!!", "who is she", "need it", "stunning"))
        note(img, said, (44 + sd, y + 46), 0.5, WHITE)
        y += max(sd, 56) + 20
    for _ in range(rng.randrange(4, 9)):
        c = (WIDTH - rng.randrange(60, 160), top + vh - rng.randrange(200, 700))
        heart(img, c, rng.randrange(12, 26), rng.choice((PINK, RED, WHITE)))
    pill(img, 30, top + vh - 100, WIDTH - 200, 70, off(page, 30))
    note(img, "Say something...", (60, top + vh - 55), 0.6, GREY)
    icon(img, rng, (WIDTH - 90, top + vh - 65), 26, WHITE)
    H5.nav_bar(s)
    return s.finish()


def shopper_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A personal shopper's chat: the header (the shopper, 24-34 px, "online"); outfit photos
    (``outfit_bubble``: faces 30-140 px) from both sides; product cards (drawn, a price); the
    client's text replies; the input bar."""
    s = new_screen(rng, name, cast.kind("shopper"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    chevron(img, 30, y + 40, s.fg, back=True)
    sd = face_avatar(cast, s, rng, 70, y + 10, 24, 34, (1.2, 1.4), "circle")
    note(img, who(rng) + " - stylist", (90 + sd, y + 36), 0.6, s.fg, 2)
    note(img, "online", (90 + sd, y + 62), 0.45, (80, 180, 80))
    y += max(sd, 60) + 40
    cv2.line(img, (0, y - 10), (WIDTH, y - 10), off(page, 20), 1)
    foot = H - NAV_H - 130
    while y + 200 < foot:
        k = rng.random()
        if k < 0.45 and y + 520 < foot:
            mine = rng.random() < 0.35
            if not mine:
                face_avatar(cast, s, rng, 30, y, 18.3, 26, (1.1, 1.3), "circle")
            y += outfit_bubble(cast, rng, s, y, mine)
        elif k < 0.7:
            for j in range(3):
                x = 110 + j * 260
                fill(img, rounded_rect(300, 240, 16), x, y, off(page, 12))
                product(img, rng, x + 20, y + 20, 200)
                note(img, price(rng), (x + 20, y + 270), 0.55, s.fg, 2)
            y += 330
        else:
            text = rng.choice(("Love the second one", "Can you find it in M?", "Too formal?", "Perfect!"))
            (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 1)
            pill(img, WIDTH - 60 - tw, y, tw + 40, 60, s.accent)
            note(img, text, (WIDTH - 40 - tw, y + 40), 0.6, WHITE)
            y += 84
    pill(img, 30, H - NAV_H - 100, WIDTH - 160, 70, off(page, 14))
    note(img, "Message", (60, H - NAV_H - 56), 0.6, GREY)
    badge(img, (WIDTH - 70, H - NAV_H - 65), 32, s.accent, "+")
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    makeup_tutorial,
    try_on,
    lookbook,
    salon_gallery,
    studio_booking,
    marketplace,
    influencer,
    skin_diary,
    runway_live,
    shopper_chat,
)
# with people: each twice a round but two (screens of one video and a few small faces)
ONCE = (try_on, runway_live)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a lookbook's photos, a profile's
# rings and posts, a salon's pairs)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, lookbook, influencer, salon_gallery)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT36_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h36", photos, free, seed, reps)
