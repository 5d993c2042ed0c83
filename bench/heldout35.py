"""Held-out screens, thirty-fifth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a histogram, a curves editor, a colour
wheel, a lens's aperture blades, a chart of print sizes; nothing with eyes, a mouth or a mask);
every random choice from ``HELDOUT35_SEED``. Faces are pasted through heldout2's ``Screen``, which
settles each one on the finished screen (pixels drawn over a face later are not the face's; a face
with under half of its box left is dropped); the people's places are filled by heldout11's ``Cast``
(through heldout26's, its screens marked h35-; on face-free screens pets, objects, textures,
initials and this set's drawn things), which counts a face cut by an edge once half of its box is
inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in the apps of cameras, photo editing and ID photos, most of them small: the
last shots along a camera's thumbnail strip, a gallery's "people" album of round face thumbnails,
a collage's grid of portraits, a photo booth's strips, the members of shared albums, the prints in
a print shop's basket, and the larger faces such apps also show (a pro camera's live view with its
tracking frames, an editor's before/after portrait, a retouch screen's portrait, an ID photo under
its guide, a selfie in a frame with stickers). Near repeats avoided: heldout6's viewfinder and
heldout12's beauty camera (here a manual mode: a histogram over a group in the live view, dials of
ISO, shutter and white balance, the last shots as a strip); heldout12's photo booth (here the
booth's gallery after an event: strips side by side); heldout11's collage (here an even grid of
portraits with a spacing slider); heldout13's passport maker (here a checker with a guide's oval
and a checklist, the documents' sample photos); heldout14's photo gifts (here prints in a basket).
Ten layouts:
- a pro camera (``pro_camera``): the live view (a group, faces 30-200 px) with tracking frames round
  the faces and a histogram over its corner; the dials; the last shots (``thumb_strip``: 18-30 px);
- a photo editor's before/after (``before_after``): the portrait (90-320 px) split by a handle,
  the right half edited (warm, low-key or grainy), crop corners; versions (``version_row``: 18-26 px);
- a retouch screen (``retouch``): the portrait (70-260 px, softened on some); the sliders; presets
  (round 22-34 px faces); "edited by" stack (18-22 px);
- a collage maker's grid (``portrait_grid``): 3 x 3 or 4 x 4 portraits (24-90 px), a spacing slider,
  border swatches; the photos to add (18-30 px);
- a photo booth's event gallery (``booth_gallery``): strips of four frames (``booth_strip``: 20-60
  px) side by side; guests (18-22 px stack);
- a gallery's people album (``people_album``): the featured person (50-140 px in a ring); people and
  pets (round 30-80 px faces, names); "unnamed" (18-28 px);
- a cloud photos app's memories (``memories``): tall cards (40-240 px under scrims) cut by the right
  edge; shared albums (``shared_album_row``: a cover with 18-60 px faces, members 18-22 px);
- a sticker and frame picker (``sticker_frame``): the selfie (110-380 px) inside a drawn frame,
  stickers (drawn shapes) over it; the tray; recent selfies (24-36 px);
- an ID photo checker (``id_checker``): the photo (150-360 px) under a dashed oval and eye line; the
  checklist; document types (``doc_card``: sample photos 20-28 px); recent (18-24 px);
- a print shop's basket (``print_order``): the preview print (40-200 px) with its bleed line; prints
  (``print_row``: 20-70 px in square thumbnails, size chips, steppers); "ordered together" (18-22 px).
Sizes are what a layout asks for: a photo's other people, a close cut of a strip's frame or a
grid's cell can be larger (the table below counts what is drawn). Light, dark and tinted themes
(the camera and the editor mostly dark); JPEG quality 30-60. Tags,
chips, handles, stickers, the histogram, the guide's oval and lines, frames, badges and buttons take
the pixels they cover; a face under them counts while half of its box shows; rings are drawn before
the faces they ring; tracking frames are drawn round a face's box, not over it; the edit's warmth,
low-key light, grain and the retouch's softening and the scrims under titles leave the faces under
them counted as they look; initials, "+N" discs and drawn things are never faces. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,841 faces (1,238 under 32 px, 195 of 32-63, 341 of 64-127,
67 larger; 1,313 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in thumbnails, grids, strips
and viewfinders); ``reps=1`` a quarter (18 screens with 496 faces: 321, 71, 89 and 15 by size, 354 under
40 px; 13 face-free). Every layout but the before/after
editor and the sticker picker (screens of one large face and a few small ones) is drawn twice a
round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    pro_camera     8 screens   151 faces: 120,  14,  14,   3
    before_after   4 screens    40 faces:  32,   0,   0,   8
    retouch        8 screens   140 faces: 128,   0,   2,  10
    portrait_grid  8 screens   266 faces: 123,  11, 123,   9
    booth_gallery  8 screens   369 faces: 223, 111,  31,   4
    people_album   8 screens   357 faces: 204,   2, 148,   3
    memories       8 screens   154 faces: 101,  34,  13,   6
    sticker_frame  4 screens    84 faces:  72,   2,   0,  10
    id_checker     8 screens   175 faces: 165,   0,   0,  10
    print_order    8 screens   105 faces:  70,  21,  10,   4
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
from heldout2 import Colour, Screen, blit, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, progress, tab_bar, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout32 import grain, warm
from heldout33 import low_key, ring_avatar, rounded_corners

HELDOUT35_SEED = 35353
YELLOW: Colour = (40, 210, 250)
SIZES: tuple[str, ...] = ('4x6"', '5x7"', '8x10"', "10x15 cm", "13x18 cm", "A4", 'Square 5"')
DOCS: tuple[str, ...] = ("Passport", "Visa", "ID card", "Driving licence", "Student card", "Work permit")
SLIDERS: tuple[str, ...] = ("Exposure", "Contrast", "Highlights", "Shadows", "Warmth", "Tint", "Grain")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def histogram(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A photo's histogram: red, green and blue humps over a dark panel, with a luminance outline
    and clipping marks at the ends."""
    img = np.full((h, w, 3), rng.choice((28, 36, 236)), np.uint8)
    xs = np.linspace(0.0, 1.0, w, dtype=np.float32)
    ink = (200, 200, 200) if img[0, 0, 0] < 128 else (60, 60, 60)
    lum = np.zeros(w, np.float32)
    for ch in range(3):
        curve = np.zeros(w, np.float32)
        for _ in range(rng.randrange(2, 4)):
            mu, sd, a = rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.2), rng.uniform(0.3, 1.0)
            curve += a * np.exp(-(((xs - mu) / sd) ** 2))
        curve /= max(1e-6, float(curve.max()))
        lum += curve / 3
        colour = [0, 0, 0]
        colour[ch] = 210
        for x in range(w):
            top = h - 1 - round(curve[x] * (h - 4))
            img[top:h, x, ch] = np.maximum(img[top:h, x, ch], colour[ch])
    pts = np.array([[x, h - 1 - round(lum[x] / max(1e-6, lum.max()) * (h - 4))] for x in range(w)], np.int32)
    cv2.polylines(img, [pts], False, ink, 1, cv2.LINE_AA)
    for x in range(w // 4, w, w // 4 or 1):
        cv2.line(img, (x, 0), (x, h), tone(ink, -80 if ink[0] > 128 else 80), 1)
    return img


def curves(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A curves editor: a grid of quarters, the diagonal, an S-curve through control points (round
    handles), a channel's colour on some."""
    img = np.full((h, w, 3), rng.choice((30, 245)), np.uint8)
    line = (90, 90, 90)
    for k in range(1, 4):
        cv2.line(img, (w * k // 4, 0), (w * k // 4, h), line, 1)
        cv2.line(img, (0, h * k // 4), (w, h * k // 4), line, 1)
    cv2.line(img, (0, h - 1), (w - 1, 0), line, 1, cv2.LINE_AA)
    colour = rng.choice(((230, 230, 230), (60, 60, 230), (60, 200, 60), (230, 120, 40)))
    if img[0, 0, 0] > 128 and colour == (230, 230, 230):
        colour = INK
    k = rng.uniform(0.1, 0.35)
    pts = []
    for i in range(60):
        t = i / 59
        v = t + k * math.sin(2 * math.pi * t) * (1 if rng.random() < 0.99 else -1) / 2
        pts.append([round(t * (w - 1)), round((1 - min(1.0, max(0.0, v))) * (h - 1))])
    cv2.polylines(img, [np.array(pts, np.int32)], False, colour, max(1, w // 120), cv2.LINE_AA)
    for i in (15, 30, 45):
        cv2.circle(img, tuple(pts[i]), max(2, w // 40), colour, -1, cv2.LINE_AA)
    return img


def colour_wheel(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A colour wheel: a hue disc fading to white at its middle, a picker's ring on one hue, a
    brightness bar under it."""
    img = np.full((h, w, 3), rng.choice((34, 240)), np.uint8)
    r = max(3, min(w, h * 4 // 5) // 2 - 2)
    cx, cy = w // 2, min(h // 2, r + 2)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xs - cx, ys - cy
    dist = np.sqrt(dx**2 + dy**2)
    hue = ((np.arctan2(dy, dx) + math.pi) / (2 * math.pi) * 179).astype(np.uint8)
    sat = np.clip(dist / r * 255, 0, 255).astype(np.uint8)
    hsv = np.stack([hue, sat, np.full_like(hue, 245)], axis=2)
    wheel = cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)
    inside = dist <= r
    img[inside] = wheel[inside]
    a = rng.uniform(0, 2 * math.pi)
    p = (round(cx + 0.7 * r * math.cos(a)), round(cy + 0.7 * r * math.sin(a)))
    cv2.circle(img, p, max(3, r // 8), WHITE, max(1, r // 30), cv2.LINE_AA)
    if h - (cy + r) > 10:
        gradient(
            img, (w // 8, cy + r + 4, w - w // 8, min(h, cy + r + 14)), (10, 10, 10), (250, 250, 250), False
        )
    return img


def aperture(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lens's aperture diagram: a barrel's rings, six to nine straight blades round a polygonal
    opening, an f-number scale beside it."""
    img = np.full((h, w, 3), rng.choice((24, 236)), np.uint8)
    ink = (200, 200, 200) if img[0, 0, 0] < 128 else (70, 70, 70)
    c, r = (w // 2, h // 2), max(4, min(w, h) // 2 - 3)
    cv2.circle(img, c, r, (50, 50, 55), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, ink, max(1, r // 30), cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.85), (80, 80, 85), max(1, r // 25), cv2.LINE_AA)
    n, opening, turn = rng.randrange(6, 10), rng.uniform(0.2, 0.6), rng.uniform(0, math.pi)
    poly = [
        (round(c[0] + r * opening * math.cos(turn + 2 * math.pi * k / n)),
         round(c[1] + r * opening * math.sin(turn + 2 * math.pi * k / n)))
        for k in range(n)
    ]  # fmt: skip
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        far = (round(a[0] + (a[0] - c[0]) * 3), round(a[1] + (a[1] - c[1]) * 3))
        cv2.line(img, b, far, (120, 120, 125), max(1, r // 40), cv2.LINE_AA)
    cv2.fillPoly(img, [np.array(poly, np.int32)], (12, 12, 12), cv2.LINE_AA)
    return img


def print_sizes(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chart of print sizes: nested outlines of paper sizes from one corner (4x6 to A3), each
    labelled, one filled in the accent."""
    img = np.full((h, w, 3), 248, np.uint8)
    accent = random_colour(rng, 80, 220)
    sizes = ((4, 6), (5, 7), (8, 10), (8.3, 11.7), (11, 14), (11.7, 16.5))
    scale = min((w - 6) / 11.7, (h - 6) / 16.5)
    chosen = rng.randrange(len(sizes))
    for k, (a, b) in reversed(list(enumerate(sizes))):
        x2, y2 = 3 + round(a * scale), h - 3
        y1 = h - 3 - round(b * scale)
        if k == chosen:
            cv2.rectangle(img, (3, y1), (x2, y2), tone(accent, 60), -1)
        cv2.rectangle(img, (3, y1), (x2, y2), accent if k == chosen else (120, 120, 120), 1)
        if scale > 12:
            cv2.putText(img, f"{a:g}x{b:g}", (x2 - 46, y1 + 14), FONT, 0.35, INK, 1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (histogram, curves, colour_wheel, aperture, print_sizes)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h35-, whose drawn things are this set's: a histogram, a curves editor, a colour
    wheel, aperture blades, a chart of print sizes."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h35-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def softened(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A retouch's skin smoothing over a picture: an edge-keeping blur blended in (for
    ``heldout10.redrawn``: the faces under it stay counted as they look now)."""
    k = rng.uniform(0.4, 0.8)

    def fn(part: np.ndarray) -> np.ndarray:
        smooth = cv2.bilateralFilter(part, 9, 40, 9)
        return np.clip(part * (1 - k) + smooth * k, 0, 255).astype(np.uint8)

    return fn


def tracking_frames(s: Screen, first: int, colour: Colour) -> int:
    """A camera's face-tracking frames: corner brackets drawn round (never over) each box of the
    faces pasted since ``first``, 12 % outside it. Returns how many it drew."""
    n = 0
    for a, b, c, d in s.comp.faces[first:]:
        g = 0.12 * (c - a)
        x1, y1, x2, y2 = round(a - g), round(b - g), round(c + g), round(d + g)
        arm = max(4, (x2 - x1) // 5)
        for px, py, sx, sy in ((x1, y1, 1, 1), (x2, y1, -1, 1), (x1, y2, 1, -1), (x2, y2, -1, -1)):
            cv2.line(s.img, (px, py), (px + sx * arm, py), colour, 2)
            cv2.line(s.img, (px, py), (px, py + sy * arm), colour, 2)
        n += 1
    return n


def thumb_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The camera's last shots: square thumbnails (faces 18-30 px, things on some) in a row, the
    newest ringed and larger, cut by the right edge. Returns the row's height."""
    side = rng.randrange(84, 111)
    x = 30
    cast.avatar(s, x, y, small(rng, 24, 36), side + 16, "rounded", WHITE)
    x += side + 40
    while x < WIDTH:
        if rng.random() < 0.25:
            cast.thing(s, x, y + 8, side, side, rounded_rect(side, side, 10))
        else:
            cast.avatar(s, x, y + 8, small(rng, 18.3, 30), side, "rounded")
        x += side + 10
    return side + 32


def dial(img: np.ndarray, c: tuple[int, int], label: str, value: str, colour: Colour, ink: Colour) -> None:
    """A manual camera's dial: the label, a ring of ticks and the value in the middle."""
    for k in range(24):
        a = k * math.pi / 12
        r1, r2 = 40, 46 if k % 3 else 52
        p1 = (round(c[0] + r1 * math.cos(a)), round(c[1] + r1 * math.sin(a)))
        p2 = (round(c[0] + r2 * math.cos(a)), round(c[1] + r2 * math.sin(a)))
        cv2.line(img, p1, p2, colour if k == 18 else GREY, 2, cv2.LINE_AA)
    note(img, value, (c[0] - 26, c[1] + 8), 0.55, ink, 2)
    note(img, label, (c[0] - 22, c[1] + 80), 0.45, GREY)


def version_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An edit's version in the history: the 18-26 px thumbnail of the same kind of portrait, what
    was changed, when, a restore arrow. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 18.3, 26, (1.3, 1.6), "rounded", person=False)
    note(
        img,
        rng.choice(SLIDERS) + f" {rng.choice('+-')}{rng.randrange(1, 60)}",
        (48 + sd, y + 22),
        0.55,
        s.fg,
        2,
    )
    note(img, f"{rng.randrange(1, 59)} min ago", (48 + sd, y + 48), 0.45, GREY)
    chevron(img, WIDTH - 60, y + 24, GREY, back=True)
    return max(sd, 56) + 12


def slider(img: np.ndarray, x: int, y: int, w: int, value: float, colour: Colour, rest: Colour) -> None:
    """An adjustment slider: the track, the filled part from the middle, the knob."""
    cv2.line(img, (x, y), (x + w, y), rest, 4, cv2.LINE_AA)
    mid, knob = x + w // 2, x + round(w * value)
    cv2.line(img, (mid, y), (knob, y), colour, 4, cv2.LINE_AA)
    cv2.circle(img, (knob, y), 14, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, (knob, y), 14, colour, 2, cv2.LINE_AA)


def booth_strip(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, sw: int, foot: int) -> int:
    """A photo booth's strip: a paper border of the event's colour round four frames of people
    (faces 20-60 px; two to four in a frame) and the event's name at its foot. Returns its height."""
    img = s.img
    fh = round(sw * 0.78)
    n = min(4, max(1, (foot - y - 70) // (fh + 10)))
    paper = rng.choice(((245, 245, 245), (30, 30, 30), (200, 170, 240), (140, 200, 240)))
    sh = n * (fh + 10) + 70
    cv2.rectangle(img, (x - 12, y - 12), (x + sw + 12, y + sh - 12), paper, -1)
    for k in range(n):
        cut_photo(cast, rng, s, x, y + k * (fh + 10), sw, fh, 20, min(60.0, sw * 0.4), None, 1.0)
    ink = INK if sum(paper) > 420 else WHITE
    note(img, rng.choice(("Anna & Tom", "Class of 25", "Party!", "Gala")), (x + 6, y + sh - 36), 0.55, ink, 2)
    return sh


def memory_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A memory's tall card: a photo of people (faces 40-240 px) or a place, rounded, its title and
    year over a scrim at the foot, a play glyph for the slideshow."""
    cut_photo(cast, rng, s, x, y, cw, ch, 40, min(240.0, cw * 0.55), None, 0.9)
    rounded_corners(s, (x, y, min(x + cw, WIDTH), y + ch), 22)
    H5.scrim(s, (x, y + ch - 110, min(x + cw, WIDTH), y + ch), 0.5)
    note(
        s.img,
        rng.choice(("On this day", "Summer", "Together", "Weekend away")),
        (x + 20, y + ch - 60),
        0.8,
        WHITE,
        2,
    )
    note(s.img, str(rng.randrange(2012, 2026)), (x + 20, y + ch - 24), 0.55, WHITE)


def shared_album_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shared album: its cover (a group photo, faces 18-60 px, or a thing) in a rounded square,
    the title, the photo count, the members' stack (18-22 px). Returns its height."""
    img = s.img
    side = rng.randrange(150, 181)
    cut_photo(cast, rng, s, 30, y, side, side, 18.3, 60, rounded_rect(side, side, 16), 0.85)
    note(img, words(rng, 2).title()[:20], (60 + side, y + 34), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(12, 900)} items", (60 + side, y + 66), 0.5, GREY)
    end = stack(cast, s, rng, 60 + side, y + 84, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 20))
    note(img, "shared", (end + 8, y + 114), 0.45, GREY)
    return side + 20


def sticker(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A sticker: a star, a heart, a sparkle or a speech bubble with a word, in a white die-cut rim
    (no eyes, no mouth)."""
    colour = random_colour(rng, 80, 240)
    k = rng.randrange(4)
    if k == 0:
        pts = [
            (round(c[0] + (r if j % 2 == 0 else r * 0.45) * math.cos(-math.pi / 2 + j * math.pi / 5)),
             round(c[1] + (r if j % 2 == 0 else r * 0.45) * math.sin(-math.pi / 2 + j * math.pi / 5)))
            for j in range(10)
        ]  # fmt: skip
        poly = np.array(pts, np.int32)
        cv2.polylines(img, [poly], True, WHITE, max(4, r // 6), cv2.LINE_AA)
        cv2.fillPoly(img, [poly], colour, cv2.LINE_AA)
    elif k == 1:
        for dx in (-r // 2, r // 2):
            cv2.circle(img, (c[0] + dx, c[1] - r // 4), r // 2 + 4, WHITE, -1, cv2.LINE_AA)
        cv2.fillPoly(img, [np.array([[c[0] - r - 4, c[1] - r // 8], [c[0] + r + 4, c[1] - r // 8],
                                     [c[0], c[1] + r + 6]], np.int32)], WHITE, cv2.LINE_AA)  # fmt: skip
        for dx in (-r // 2, r // 2):
            cv2.circle(img, (c[0] + dx, c[1] - r // 4), r // 2, (80, 60, 230), -1, cv2.LINE_AA)
        cv2.fillPoly(img, [np.array([[c[0] - r, c[1] - r // 8], [c[0] + r, c[1] - r // 8], [c[0], c[1] + r]],
                                    np.int32)], (80, 60, 230), cv2.LINE_AA)  # fmt: skip
    elif k == 2:
        for a in range(4):
            ang = a * math.pi / 4
            dx, dy = round(r * math.cos(ang)), round(r * math.sin(ang))
            cv2.line(img, (c[0] - dx, c[1] - dy), (c[0] + dx, c[1] + dy), WHITE, max(6, r // 4), cv2.LINE_AA)
            cv2.line(img, (c[0] - dx, c[1] - dy), (c[0] + dx, c[1] + dy), colour, max(3, r // 8), cv2.LINE_AA)
    else:
        cv2.ellipse(img, c, (r + 6, r * 2 // 3 + 6), 0, 0, 360, WHITE, -1, cv2.LINE_AA)
        cv2.ellipse(img, c, (r, r * 2 // 3), 0, 0, 360, colour, -1, cv2.LINE_AA)
        word = rng.choice(("WOW", "YAY", "LOL", "OMG", "HI!"))
        cv2.putText(img, word, (c[0] - r * 2 // 3, c[1] + r // 5), FONT, r / 45, WHITE, 2, cv2.LINE_AA)


def photo_frame(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> None:
    """A decorative frame round a photo: a border band (film, polaroid, scalloped dots or a flower
    chain of circles) drawn over the photo's edge."""
    x1, y1, x2, y2 = rect
    colour = random_colour(rng, 90, 250)
    t = rng.randrange(28, 48)
    k = rng.randrange(3)
    if k == 0:  # polaroid: white sides, a thick foot
        for r in ((x1, y1, x2, y1 + t), (x1, y1, x1 + t, y2), (x2 - t, y1, x2, y2), (x1, y2 - 3 * t, x2, y2)):
            cv2.rectangle(img, r[:2], r[2:], (245, 245, 240), -1)
    elif k == 1:  # film: black bands with sprocket holes
        for yy in (y1, y2 - t):
            cv2.rectangle(img, (x1, yy), (x2, yy + t), (20, 20, 20), -1)
            for xx in range(x1 + 10, x2 - 20, 40):
                cv2.rectangle(img, (xx, yy + t // 4), (xx + 18, yy + 3 * t // 4), (230, 230, 230), -1)
    else:  # a chain of dots round the edge
        for xx in range(x1, x2, t):
            for yy in (y1 + t // 2, y2 - t // 2):
                cv2.circle(img, (xx + t // 2, yy), t // 2, colour, -1, cv2.LINE_AA)
        for yy in range(y1, y2, t):
            for xx in (x1 + t // 2, x2 - t // 2):
                cv2.circle(img, (xx, yy + t // 2), t // 2, colour, -1, cv2.LINE_AA)


def guide(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colour: Colour) -> None:
    """An ID photo's guide: a dashed head oval in the middle, the eye line's band and the crown and
    chin marks at its sides, a dim frame outside the crop (drawn as lines, not a fill)."""
    x1, y1, x2, y2 = rect
    c = ((x1 + x2) // 2, y1 + (y2 - y1) * 9 // 20)
    ax, ay = (x2 - x1) * 3 // 10, (y2 - y1) * 3 // 10
    for a in range(0, 360, 12):
        cv2.ellipse(img, c, (ax, ay), 0, a, a + 6, colour, 3, cv2.LINE_AA)
    for yy in (c[1] - ay, c[1] + ay):
        cv2.line(img, (x1, yy), (x1 + 40, yy), colour, 3)
        cv2.line(img, (x2 - 40, yy), (x2, yy), colour, 3)
    eye = c[1] - ay // 4
    for xx in range(x1, x2, 24):
        cv2.line(img, (xx, eye), (xx + 12, eye), colour, 1)


def doc_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> None:
    """A document type's card: a sample card drawn small (a header band, the 20-28 px photo on its
    left, lines of text), the document's name and its size under it."""
    img = s.img
    ch = round(cw * 0.63)
    fill(img, rounded_rect(ch, cw, 10), x, y, (235, 230, 220))
    cv2.rectangle(img, (x, y + 8), (x + cw, y + 26), random_colour(rng, 80, 200), -1)
    fp, side = _size(rng, 20, 28, (1.3, 1.6))
    cast.avatar(s, x + 10, y + 34, fp, side, "square")
    for k in range(3):
        cv2.line(img, (x + side + 22, y + 42 + k * 14), (x + cw - 12, y + 42 + k * 14), (150, 150, 150), 2)
    note(img, rng.choice(DOCS), (x, y + ch + 26), 0.5, s.fg, 2)
    note(img, rng.choice(("35x45 mm", "2x2 in", "33x48 mm", "50x50 mm")), (x, y + ch + 50), 0.42, GREY)


def print_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A print in the basket: a square thumbnail of people (faces 20-70 px) or a thing, the size's
    chip, paper finish, a quantity stepper and the price; a low-resolution warning on some.
    Returns its height."""
    img = s.img
    side = rng.randrange(140, 181)
    if rng.random() < 0.8:
        cast.photo(s, 30, y, side, side, min(70.0, max(20.0, small(rng, 20, 70))))
    else:
        cut_photo(cast, rng, s, 30, y, side, side, 18.3, 50, None, 0.85)
    note(img, rng.choice(SIZES), (60 + side, y + 34), 0.65, s.fg, 2)
    note(img, rng.choice(("Glossy", "Matte", "Lustre")), (60 + side, y + 66), 0.5, GREY)
    if rng.random() < 0.2:
        tag(img, 60 + side, y + 80, "Low resolution", (40, 150, 240), 28)
    sx = WIDTH - 250
    pill(img, sx, y + side - 54, 150, 44, off(s.bg, 14))
    note(img, "-", (sx + 18, y + side - 24), 0.8, s.fg, 2)
    note(img, str(rng.randrange(1, 12)), (sx + 66, y + side - 22), 0.65, s.fg, 2)
    note(img, "+", (sx + 120, y + side - 22), 0.8, s.fg, 2)
    note(img, f"${rng.randrange(1, 30)}.{rng.randrange(0, 99):02d}", (WIDTH - 170, y + 34), 0.65, s.fg, 2)
    return side + 24


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def pro_camera(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camera app in manual mode: the live view (a group, faces 30-200 px, or a thing) with yellow
    tracking frames round the faces, a histogram in its corner, a level line; modes; the dials (ISO,
    shutter, white balance, focus); the shutter and the last shots (``thumb_strip``: 18-30 px)."""
    s = new_screen(rng, name, cast.kind("procam"), ("dark", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    for k, label in enumerate(("RAW", "HDR", "4:3", "+/-")):
        note(img, label, (40 + k * 150, y + 36), 0.55, YELLOW if k == 0 else s.fg, 2)
    y += 60
    vh = rng.randrange(1000, 1161)
    first = len(s.comp.faces)
    cut_photo(cast, rng, s, 0, y, WIDTH, vh, 30, 200, None, 0.9)
    tracking_frames(s, first, YELLOW)
    hw, hh = rng.randrange(200, 261), rng.randrange(110, 141)
    hx = 20 if rng.random() < 0.5 else WIDTH - hw - 20
    blit(img, H11.render(rng, hw, hh, (histogram,)), hx, y + 20)
    cv2.line(img, (WIDTH // 2 - 120, y + vh // 2), (WIDTH // 2 + 120, y + vh // 2), WHITE, 1)
    note(img, f"{rng.choice((1, 2, 3))}x", (WIDTH // 2 - 16, y + vh - 30), 0.7, YELLOW, 2)
    y += vh + 20
    for k, mode in enumerate(("NIGHT", "PORTRAIT", "PHOTO", "PRO", "VIDEO")):
        note(img, mode, (60 + k * 200, y + 24), 0.55, YELLOW if mode == "PRO" else GREY, 2)
    y += 50
    values = (f"{rng.choice((100, 200, 400, 800, 3200))}", f"1/{rng.choice((60, 125, 250, 1000))}",
              f"{rng.randrange(32, 65)}00K", "AF")  # fmt: skip
    for k, label in enumerate(("ISO", "S", "WB", "FOCUS")):
        dial(img, (130 + k * 270, y + 60), label, values[k], YELLOW, s.fg)
    y += 170
    y += thumb_strip(cast, rng, s, y)
    shutter = (WIDTH // 2, min(y + 70, H - NAV_H - 70))
    cv2.circle(img, shutter, 60, WHITE, 6, cv2.LINE_AA)
    cv2.circle(img, shutter, 48, RED if rng.random() < 0.2 else WHITE, -1, cv2.LINE_AA)
    icon(img, rng, (WIDTH - 120, shutter[1]), 30, off(page, 80))
    H5.nav_bar(s)
    return s.finish()


def before_after(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo editor's before/after: the portrait (faces 90-320 px) split by a handle, the right of
    it edited (warm, low-key or grainy), crop corners on the photo's corners; the tools; the edit's
    versions (``version_row``: 18-26 px thumbnails)."""
    s = new_screen(rng, name, cast.kind("beforeafter"), ("dark", "dark", "tinted", "light"))
    img = s.img
    y = STATUS_H + 10
    note(img, "Cancel", (30, y + 40), 0.6, s.fg, 2)
    pill(img, WIDTH - 170, y + 10, 140, 46, s.accent)
    note(img, "Done", (WIDTH - 135, y + 42), 0.6, WHITE, 2)
    y += 80
    pw, ph = WIDTH - 80, rng.randrange(900, 1081)
    cast.photo(s, 40, y, pw, ph, rng.uniform(90, 320))
    split = 40 + round(pw * rng.uniform(0.3, 0.7))
    edit = rng.choice((warm(rng), low_key(rng, 40 + pw - split, ph), grain(rng)))
    H10.redrawn(s, (split, y, 40 + pw, y + ph), edit)
    cv2.line(img, (split, y), (split, y + ph), WHITE, 3)
    cv2.circle(img, (split, y + ph // 2), 26, WHITE, -1, cv2.LINE_AA)
    note(img, "<>", (split - 14, y + ph // 2 + 7), 0.55, INK, 2)
    tag(img, 56, y + 16, "Before", (40, 40, 40), 32)
    tag(img, 40 + pw - 110, y + 16, "After", (40, 40, 40), 32)
    for cx, cy, sx, sy in (
        (40, y, 1, 1),
        (40 + pw, y, -1, 1),
        (40, y + ph, 1, -1),
        (40 + pw, y + ph, -1, -1),
    ):
        cv2.line(img, (cx, cy), (cx + sx * 60, cy), WHITE, 8)
        cv2.line(img, (cx, cy), (cx, cy + sy * 60), WHITE, 8)
    y += ph + 30
    for k, tool in enumerate(("Crop", "Adjust", "Filters", "Retouch", "Markup")):
        icon(img, rng, (100 + k * 210, y + 24), 22, s.accent if k == 1 else GREY)
        note(img, tool, (68 + k * 210, y + 80), 0.5, s.accent if k == 1 else GREY)
    y += 110
    y = section(s, y, "Versions", False)
    foot = H - NAV_H - 20
    while y + 70 < foot:
        y += version_row(cast, rng, s, y)
    H5.nav_bar(s)
    return s.finish()


def retouch(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A retouch screen: the portrait (faces 70-260 px, softened on some) on a card; the sliders'
    names and values; presets (round 22-34 px faces with names); "edited by" stack (18-22 px)."""
    s = new_screen(rng, name, cast.kind("retouch"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Retouch", 1.0)
    y += 80
    ph = rng.randrange(760, 901)
    cast.photo(s, 30, y, WIDTH - 60, ph, rng.uniform(70, 260), rounded_rect(ph, WIDTH - 60, 24))
    if rng.random() < 0.6:
        H10.redrawn(s, (30, y, WIDTH - 30, y + ph), softened(rng))
    tag(img, 50, y + 20, f"Smooth {rng.randrange(10, 90)}", (40, 40, 40), 32)
    y += ph + 20
    note(img, "Presets", (30, y + 26), 0.6, s.fg, 2)
    y += 40
    x = 30
    while x < WIDTH - 20:
        fp, side = _size(rng, 22, small(rng, 23, 34), (2.0, 2.6))
        ring_avatar(cast, s, x, y, fp, side, s.accent if x == 30 else off(page, 40))
        note(img, rng.choice(("Natural", "Glow", "Soft", "Matte", "Pop")), (x + 4, y + side + 28), 0.45, s.fg)
        x += side + 30
    y += 120
    foot = H - NAV_H - 140
    for label in SLIDERS:
        if y + 60 > foot:
            break
        note(img, label, (30, y + 20), 0.5, s.fg, 2)
        slider(img, 240, y + 14, WIDTH - 380, rng.uniform(0.1, 0.9), s.accent, off(page, 40))
        note(img, str(rng.randrange(-50, 51)), (WIDTH - 110, y + 22), 0.5, GREY)
        y += 52
    if y + 60 < H - NAV_H - 20:
        end = stack(cast, s, rng, 30, y + 4, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 9))
        note(img, "edited this album", (end + 10, y + 32), 0.5, GREY)
    H5.nav_bar(s)
    return s.finish()


def portrait_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A collage maker's even grid: 3 x 3 or 4 x 4 square portraits (faces 24-90 px, a thing in some
    cells) with gaps of the chosen spacing, the chosen cell framed; the spacing and corner sliders,
    border swatches; "add photos" (18-30 px thumbnails cut by the right edge)."""
    s = new_screen(rng, name, cast.kind("grid"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    note(img, "Grid", (30, y + 40), 0.8, s.fg, 2)
    pill(img, WIDTH - 170, y + 8, 140, 46, s.accent)
    note(img, "Save", (WIDTH - 134, y + 40), 0.6, WHITE, 2)
    y += 80
    n = rng.choice((3, 3, 4))
    gap = rng.choice((0, 6, 12, 20))
    border = rng.choice((WHITE, (20, 20, 20), random_colour(rng, 90, 230)))
    gw = WIDTH - 60
    cv2.rectangle(img, (30, y), (30 + gw, y + gw), border, -1)
    cell = (gw - (n + 1) * gap) // n
    chosen = rng.randrange(n * n)
    for k in range(n * n):
        cx, cy = 30 + gap + (k % n) * (cell + gap), y + gap + (k // n) * (cell + gap)
        if rng.random() < 0.15:
            cast.thing(s, cx, cy, cell, cell)
        else:
            cast.photo(s, cx, cy, cell, cell, min(90.0, max(24.0, cell / rng.uniform(1.8, 4.0))))
        if k == chosen:
            cv2.rectangle(img, (cx - 2, cy - 2), (cx + cell + 2, cy + cell + 2), s.accent, 4)
    y += gw + 30
    for label in ("Spacing", "Corners"):
        note(img, label, (30, y + 20), 0.5, s.fg, 2)
        slider(img, 200, y + 14, WIDTH - 300, rng.uniform(0.1, 0.9), s.accent, off(page, 40))
        y += 56
    for k in range(8):
        cv2.circle(img, (60 + k * 80, y + 30), 26, random_colour(rng, 40, 240), -1, cv2.LINE_AA)
        cv2.circle(img, (60 + k * 80, y + 30), 26, GREY, 1, cv2.LINE_AA)
    y += 80
    foot = H - NAV_H - 20
    if y + 150 < foot:
        note(img, "Add photos", (30, y + 26), 0.6, s.fg, 2)
        y += 40
        x = 30
        side = rng.randrange(96, 121)
        while x < WIDTH and y + side < foot:
            cast.avatar(s, x, y, small(rng, 18.3, 30), side, "square")
            x += side + 8
    H5.nav_bar(s)
    return s.finish()


def booth_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo booth's gallery after an event: the event's name and date, "guests" stack (18-22 px),
    then two or three strips of four frames side by side (``booth_strip``: faces 20-60 px), a
    download and a print button."""
    s = new_screen(rng, name, cast.kind("booth"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(("Wedding", "Prom night", "Office party", "Birthday")), 1.1)
    when = f"{rng.randrange(1, 29)} {rng.choice(('May', 'June', 'Dec'))}"
    note(img, f"{when} - {rng.randrange(40, 400)} strips", (30, y + 86), 0.55, GREY)
    y += 110
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 7), 18.3, 22, page, rng.randrange(10, 200))
    note(img, "guests", (end + 10, y + 30), 0.5, GREY)
    y += 64
    chips(img, rng, 30, y, 4, 44, (120, 200), off(page, 14), s.fg)
    y += 74
    foot = H - NAV_H - 150
    cols = rng.choice((2, 3, 3))
    sw = (WIDTH - 60 - (cols - 1) * 40) // cols - 24
    while y + 300 < foot:
        heights = [booth_strip(cast, rng, s, 42 + j * (sw + 64), y + 12, sw, foot) for j in range(cols)]
        y += max(heights) + 20
    for k, label in enumerate(("Download", "Print")):
        pill(img, 30 + k * 520, H - NAV_H - 110, 480, 70, s.accent if k else off(page, 20))
        note(img, label, (200 + k * 520, H - NAV_H - 66), 0.7, WHITE if k else s.fg, 2)
    H5.nav_bar(s)
    return s.finish()


def people_album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gallery's people album: the featured person (a 50-140 px face in a ring) with the photo
    count; people (round 30-80 px faces in four columns, names or "Add name", a pet or a thing in
    some); "unnamed" (18-28 px, cut by the right edge)."""
    s = new_screen(rng, name, cast.kind("people"), ("light", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "People & Pets", 1.0)
    y += 90
    side = rng.randrange(200, 261)
    ring_avatar(cast, s, 40, y, min(140.0, max(50.0, side / rng.uniform(1.3, 2.4))), side, s.accent)
    note(img, who(rng), (80 + side, y + side // 2 - 10), 0.9, s.fg, 2)
    note(img, f"{rng.randrange(30, 3000)} photos", (80 + side, y + side // 2 + 30), 0.55, GREY)
    y += side + 40
    foot = H - NAV_H - 240
    tw = (WIDTH - 60 - 3 * 30) // 4
    while y + tw + 50 < foot:
        for j in range(4):
            x = 30 + j * (tw + 30)
            if rng.random() < 0.12:
                cast.thing(s, x, y, tw, tw, mask(tw, "circle"))
            else:
                cast.avatar(s, x, y, min(80.0, max(30.0, tw / rng.uniform(1.6, 3.2))), tw, "circle")
            label = who(rng)[:9] if rng.random() < 0.7 else "Add name"
            note(img, label, (x + 10, y + tw + 30), 0.5, s.fg if label != "Add name" else s.accent, 2)
        y += tw + 56
    y = section(s, y, "Unnamed", True)
    x = 30
    while x < WIDTH:
        x += face_avatar(cast, s, rng, x, y, 18.3, 28, (1.2, 1.5), "circle") + 14
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def memories(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cloud photos app's memories: "For you" tall cards (``memory_card``: faces 40-240 px under
    scrims) cut by the right edge; a storage bar; shared albums (``shared_album_row``: covers with
    18-60 px faces, members 18-22 px)."""
    s = new_screen(rng, name, cast.kind("memories"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, "For you", 1.2)
    y += 80
    cw, ch = rng.randrange(520, 641), rng.randrange(720, 861)
    x = 30
    while x < WIDTH:
        memory_card(cast, rng, s, x, y, cw, ch)
        x += cw + 24
    y += ch + 24
    note(img, f"{rng.randrange(20, 190)} GB of 200 GB used", (30, y + 24), 0.5, GREY)
    progress(img, 30, y + 40, WIDTH - 60, rng.random(), s.accent, off(page, 30), 10)
    y += 70
    y = section(s, y, "Shared albums")
    foot = H - NAV_H - 130
    while y + 180 < foot:
        y += shared_album_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def sticker_frame(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sticker and frame picker over a selfie: the selfie (faces 110-380 px) inside a drawn frame
    (polaroid, film or dots), stickers over it (stars, hearts, sparkles, bubbles; over a face on
    some); the tray of stickers and frames (drawn); recent selfies (24-36 px)."""
    s = new_screen(rng, name, cast.kind("stickers"), ("dark", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    note(img, "Frames & stickers", (30, y + 40), 0.7, s.fg, 2)
    y += 70
    ph = rng.randrange(980, 1121)
    rect = (30, y, WIDTH - 30, y + ph)
    cast.photo(s, 30, y, WIDTH - 60, ph, rng.uniform(110, 380))
    photo_frame(img, rng, rect)
    for _ in range(rng.randrange(2, 6)):
        sticker(
            img, rng, (rng.randrange(90, WIDTH - 90), y + rng.randrange(90, ph - 90)), rng.randrange(30, 70)
        )
    y += ph + 24
    for k, tabname in enumerate(("Frames", "Stickers", "Text")):
        note(img, tabname, (40 + k * 220, y + 30), 0.6, s.accent if k == 1 else GREY, 2)
    y += 50
    for k in range(6):
        cx = 90 + k * 170
        cv2.circle(img, (cx, y + 70), 70, off(page, 14), -1, cv2.LINE_AA)
        sticker(img, rng, (cx, y + 70), 44)
    y += 170
    foot = H - NAV_H - 20
    if y + 70 < foot:
        note(img, "Recent", (30, y + 34), 0.55, GREY, 2)
        x = 160
        while x < WIDTH - 60:
            x += face_avatar(cast, s, rng, x, y, 24, 36, (1.2, 1.4), "rounded", person=False) + 14
    H5.nav_bar(s)
    return s.finish()


def id_checker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An ID photo checker: steps; the photo (one person, faces 150-360 px, a plain or light backdrop)
    under the guide (a dashed head oval, the eye line, crown and chin marks); the checklist with
    ticks and a warning; document types (``doc_card``: sample photos 20-28 px); recent (18-24 px)."""
    s = new_screen(rng, name, cast.kind("idphoto"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(DOCS) + " photo", 1.0)
    y += 80
    for k in range(4):
        cv2.circle(img, (80 + k * 150, y + 20), 16, s.accent if k < 2 else off(page, 40), -1, cv2.LINE_AA)
        if k < 3:
            cv2.line(img, (100 + k * 150, y + 20), (210 + k * 150, y + 20), off(page, 40), 3)
    y += 60
    pw = rng.randrange(560, 681)
    ph = round(pw * 45 / 35)
    px = (WIDTH - pw) // 2
    cv2.rectangle(img, (px - 6, y - 6), (px + pw + 6, y + ph + 6), GREY, 2)
    cast.photo(s, px, y, pw, ph, min(360.0, rng.uniform(150, pw * 0.55)))
    guide(img, rng, (px, y, px + pw, y + ph), rng.choice((GREEN, WHITE, YELLOW)))
    y += ph + 30
    checks = ("Face centred", "Eyes open", "Plain background", "No glasses glare", "Even light")
    for k, label in enumerate(rng.sample(checks, 3)):
        ok = k < 2 or rng.random() < 0.5
        badge(img, (50, y + 16), 14, GREEN if ok else (40, 150, 240), "check" if ok else "!")
        note(img, label, (80, y + 24), 0.55, s.fg)
        y += 42
    y += 10
    foot = H - NAV_H - 120
    cw = (WIDTH - 60 - 2 * 24) // 3
    if y + cw + 60 < foot:
        for j in range(3):
            doc_card(cast, rng, s, 30 + j * (cw + 24), y, cw)
        y += round(cw * 0.63) + 70
    if y + 50 < foot:
        note(img, "Recent", (30, y + 30), 0.5, GREY, 2)
        x = 140
        while x < WIDTH - 60:
            x += face_avatar(cast, s, rng, x, y, 18.3, 24, (1.2, 1.4), "square", person=True) + 12
    pill(img, 30, H - NAV_H - 100, WIDTH - 60, 70, s.accent)
    note(img, "Save & print", (WIDTH // 2 - 90, H - NAV_H - 56), 0.7, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def print_order(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A print shop's basket: the chosen print's preview (people with faces 40-200 px, or a thing)
    on a paper with its bleed line dashed and a "cropped" warning on some; prints (``print_row``:
    20-70 px faces in square thumbnails, sizes, steppers, prices); "ordered together" (18-22 px
    stack); the total and checkout."""
    s = new_screen(rng, name, cast.kind("prints"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, "Your prints", 1.1)
    badge(img, (WIDTH - 60, y + 34), 20, RED, str(rng.randrange(2, 12)))
    y += 80
    paper_w, paper_h = WIDTH - 120, rng.randrange(520, 621)
    cv2.rectangle(img, (56, y + 6), (66 + paper_w, y + paper_h + 16), off(page, 30), -1)
    cv2.rectangle(img, (60, y), (60 + paper_w, y + paper_h), (250, 250, 250), -1)
    inner = (80, y + 20, 40 + paper_w, y + paper_h - 20)
    cut_photo(cast, rng, s, inner[0], inner[1], inner[2] - inner[0], inner[3] - inner[1], 40, 200, None, 0.9)
    for xx in range(inner[0] + 12, inner[2] - 12, 30):
        cv2.line(img, (xx, inner[1] + 14), (xx + 14, inner[1] + 14), RED, 2)
        cv2.line(img, (xx, inner[3] - 14), (xx + 14, inner[3] - 14), RED, 2)
    if rng.random() < 0.4:
        tag(img, 90, y + paper_h - 70, "Part of the photo will be cropped", (40, 150, 240), 32)
    y += paper_h + 36
    chips(img, rng, 30, y, 4, 44, (120, 200), off(page, 14), s.fg)
    y += 70
    foot = H - NAV_H - 200
    while y + 180 < foot:
        y += print_row(cast, rng, s, y)
        cv2.line(img, (30, y - 12), (WIDTH - 30, y - 12), off(page, 14), 1)
    if y + 50 < foot + 60:
        end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 30))
        note(img, "ordered these together", (end + 10, y + 30), 0.5, GREY)
    pill(img, 30, H - NAV_H - 110, WIDTH - 60, 76, s.accent)
    total = f"Checkout - ${rng.randrange(5, 90)}.{rng.randrange(0, 99):02d}"
    note(img, total, (WIDTH // 2 - 150, H - NAV_H - 62), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    pro_camera,
    before_after,
    retouch,
    portrait_grid,
    booth_gallery,
    people_album,
    memories,
    sticker_frame,
    id_checker,
    print_order,
)
# with people: each twice a round but two (screens of one large face and a few small ones)
ONCE = (before_after, sticker_frame)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a grid of portraits, round
# thumbnails of people, a booth's strips)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, portrait_grid, people_album, booth_gallery)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT35_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h35", photos, free, seed, reps)
