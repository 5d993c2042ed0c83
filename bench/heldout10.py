"""Held-out screens, tenth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Sets one to nine (heldout.py to heldout9.py) came before it; each has been scored and read, or may
have been, so they are seen data now. To keep this one unseen, no face detector ran on its screens
while it was written and the detector's code was not read. Where its pixels come from: people from
the held-out face photos only (``composites.HELDOUT`` without two_people.jpg, whose people are in
tuning photos), things from heldout2's face-free photos (``FREE_HELDOUT2``), and every random choice
from ``HELDOUT10_SEED``. Faces are pasted through heldout2's ``Screen``, which settles each one on the
finished screen: pixels drawn over a face later are not the face's, and a face with under half of
its box left is dropped. The people's places are filled by heldout9's ``Cast`` (heldout6's, with
heldout8's scene of people or a thing), which on face-free screens puts pets, objects, textures and
initials there, and which counts a face cut by the screen's or a frame's edge once half of its box
is inside.

Its weight is on small faces (18-40 px, continuous, most sizes skewed towards the small end), with
some of 40-200 px and a few larger, in ten layouts none of the earlier sets draws (sets 2-9 already
draw a video call, a meeting invite, a screenshot in a chat, a streaming home, a wallet, a roster,
a class, a live class, a map of friends and more: see their docstrings):
- a video meeting's gallery view: 12-25 tiles in 3-5 columns (faces 18-70 px; cameras off on some:
  a 22-40 px face or initials on the dark tile), name plates over the chins on most, muted mics and
  raised hands over tiles' corners, the speaker framed, a floating self view over the grid;
- a comics reader: panels of drawn cartoon people with speech bubbles (face-free distractors),
  then reactions: 20-30 px faces, reaction images (faces 24-90 px) with meme captions over their
  top or foot (over a face on a few), drawn stickers;
- a transit pass in a wallet: the holder's 26-50 px face in a rounded square under a holographic
  overlay of translucent rainbow bands and guilloche lines, family passes peeking under the card
  (20-34 px faces), a QR code, the riders on the account (24-40 px faces), trips;
- a club's member directory as a scanned print: families in rows of 2-6 head-and-shoulders
  portraits (faces 18-30 px, a "no photo" silhouette on some), the page grey (sepia on some,
  flatter, specked), a viewer's toolbar and page slider in colour over it;
- a streaming app's title page: a blurred backdrop, the poster (faces 30-120 px, or a thing), a
  "watching with" stack of 18-24 px faces, cast and crew as round headshots (faces 30-64 px) cut by
  the right edge, "more like this" posters (faces 20-60 px) cut by the edge;
- a smartwatch's companion app: the watch face big with 4-8 contact complications of 18-24 px faces
  round its ring (progress arcs, message dots over their edge), other watch faces cut by the edge
  (18-22 px complications, or a photo dial with faces 30-80 px under the time), favourites
  (26-36 px faces) with toggles;
- a sports team's page: an action photo (faces 28-120 px) under a 5-13 px motion blur on most, a
  helmet over the main face's top on some, then the roster: 24-40 px headshots on the team colour,
  helmets over some, initials, injury badges over corners;
- a kids' learning app: classmates online (20-30 px faces), a winding lesson path with drawn
  mascots and cartoon children (face-free distractors), the class's stack of 18-26 px faces, the
  teacher's round video bubble (faces 40-110 px) floating over the path;
- an event's seating chart: round tables with 5-9 seats of 18-28 px faces (initials, empty seats),
  a guest dragged over the chart (a 30-44 px face; faces under it count while half shows), an
  "unseated" tray with a stack of 18-24 px faces;
- a karaoke duet: two singers' videos one over the other (faces 60-260 px, the second grey on
  some), lyrics in outlined capitals over the lower one (over a chin or a mouth on some), the
  audience's 18-24 px faces, comments with 20-26 px faces on translucent pills over the upper one.
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark (on some, low-contrast grey text) and tinted themes;
JPEG quality 30-60. Scrims, gradients, holograms, grey prints and motion blur leave the faces under
them counted, darker, greyer or softer; opaque plates, helmets, captions, badges and dragged
avatars take the pixels they cover, and a face left with under half of its box is not counted.
Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,178 faces (899 under 32 px, 204 of 32-63, 70 of 64-127, 5
larger; 979 under 40 px) and 52 face-free screens (the same layouts with pets, objects, textures and
initials in the people's places); ``reps=1`` a quarter (18 screens with 283 faces: 221, 44, 16 and 2
by size, 245 under 40 px; 13 face-free). Every layout but the directory and the seating chart (the
two with the most faces a screen) is drawn twice a round. Counted by running the generator alone
(``faces_bench.py --only heldout10 --count-only``, with ``--quick`` for one rep; no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout8 as H8
import heldout9 as H9
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines, initials
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import caption, new_screen, pill, scrim, shout, small
from heldout6 import off, outlined, qr, stepped, tab_bar
from heldout7 import hand, header

HELDOUT10_SEED = 10505

INK: Colour = (30, 30, 30)
RAINBOW: tuple[Colour, ...] = (
    (60, 60, 240), (40, 160, 250), (60, 230, 230), (90, 220, 90), (240, 200, 60), (230, 90, 150),
)  # fmt: skip


@dataclass
class Cast(H9.Cast):
    """heldout9's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h10- where heldout9's are h9-."""

    def kind(self, layout: str) -> str:
        return "h10-" + super().kind(layout).removeprefix("h9-")


def redrawn(s: Screen, rect: tuple[int, int, int, int], fn: Callable[[np.ndarray], np.ndarray]) -> None:
    """``rect`` drawn again through ``fn`` (a grey print, a motion blur): the faces under it keep
    counting as they look now, and what was drawn over a face before stays not its own."""
    x1, y1, x2, y2 = rect
    hit = [t for t in s.tracks if t.rect[0] < x2 and x1 < t.rect[2] and t.rect[1] < y2 and y1 < t.rect[3]]
    own = [(s.img[t.rect[1] : t.rect[3], t.rect[0] : t.rect[2]] == t.snap).all(axis=2) for t in hit]
    s.img[y1:y2, x1:x2] = fn(s.img[y1:y2, x1:x2].copy())
    for t, still in zip(hit, own, strict=True):
        a, b, c, d = t.rect
        t.snap = np.where(still[:, :, None], s.img[b:d, a:c], t.snap)


def motion_blur(length: int, angle: float) -> Callable[[np.ndarray], np.ndarray]:
    """A blur along a line of ``length`` px at ``angle`` degrees (a player running, a panned shot)."""
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1.0 / length
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    k = cv2.warpAffine(k, rot, (length, length))
    k /= max(1e-6, float(k.sum()))
    return lambda part: cv2.filter2D(part, -1, k)


def printed(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A scanned print: grey, flatter, on some a sepia paper tone, faint specks."""
    sepia = rng.random() < 0.4
    flat = rng.uniform(0.75, 0.92)
    noise = np.random.default_rng(rng.randrange(2**32))

    def fn(part: np.ndarray) -> np.ndarray:
        g = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32) * flat + 255 * (1 - flat) * 0.6
        out = np.repeat(g[:, :, None], 3, axis=2)
        if sepia:
            out *= np.array((0.86, 0.95, 1.04), np.float32)
        specks = noise.random(g.shape) < 0.002
        out[specks] *= 0.5
        return np.clip(out, 0, 255).astype(np.uint8)

    return fn


def greyed(part: np.ndarray) -> np.ndarray:
    """A picture in grey (a video's black-and-white filter)."""
    return cv2.cvtColor(cv2.cvtColor(part, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)


def nearest_face(s: Screen, n: int, c: tuple[float, float]) -> tuple[float, float, float, float] | None:
    """Of the faces counted since the ``n``-th, the box whose centre is nearest ``c`` (a photo's
    main face, which its tile centres)."""
    boxes = s.comp.faces[n:]
    if not boxes:
        return None
    return min(boxes, key=lambda b: math.hypot((b[0] + b[2]) / 2 - c[0], (b[1] + b[3]) / 2 - c[1]))


def drawn_person(img: np.ndarray, rng: random.Random, cx: int, cy: int, r: int) -> None:
    """A cartoon person (a comic's, a learning app's): a round head of a flat skin, hair, dot or oval
    eyes, a mouth, shoulders; face-free, a drawn face where a detector might see one."""
    skin = rng.choice(((150, 200, 250), (110, 160, 220), (70, 110, 170), (90, 220, 240), (150, 220, 150)))
    shirt = random_colour(rng, 40, 230)
    cv2.ellipse(img, (cx, cy + r * 2), (r * 3 // 2, r), 0, 180, 360, shirt, -1, cv2.LINE_AA)
    cv2.circle(img, (cx, cy), r, skin, -1, cv2.LINE_AA)
    cv2.circle(img, (cx, cy), r, INK, max(2, r // 12), cv2.LINE_AA)
    hair = random_colour(rng, 20, 160)
    cv2.ellipse(img, (cx, cy - r // 3), (r, r * 2 // 3), 0, 180, 360, hair, -1, cv2.LINE_AA)
    for d in (-1, 1):
        eye = (cx + d * r // 3, cy + r // 8)
        if rng.random() < 0.5:
            cv2.circle(img, eye, max(2, r // 9), INK, -1, cv2.LINE_AA)
        else:
            cv2.ellipse(img, eye, (max(2, r // 7), max(3, r // 5)), 0, 0, 360, WHITE, -1, cv2.LINE_AA)
            cv2.circle(img, eye, max(1, r // 12), INK, -1, cv2.LINE_AA)
    mouth = (cx, cy + r // 2)
    cv2.ellipse(img, mouth, (r // 3, r // 6), 0, 0, 180, INK, max(2, r // 14), cv2.LINE_AA)


def bubble(s: Screen, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A comic's speech bubble: a white ellipse with an ink rim, a tail, two lines of lettering."""
    c = (x + w // 2, y + h // 2)
    tail = np.array([[c[0] - w // 6, y + h - 8], [c[0], y + h - 8], [c[0] - w // 4, y + h + h // 3]])
    cv2.fillPoly(s.img, [tail.astype(np.int32)], WHITE, cv2.LINE_AA)
    cv2.ellipse(s.img, c, (w // 2, h // 2), 0, 0, 360, WHITE, -1, cv2.LINE_AA)
    cv2.ellipse(s.img, c, (w // 2, h // 2), 0, 0, 360, INK, 2, cv2.LINE_AA)
    for k in range(2):
        s.words(rng, x + w // 5, y + h // 2 - 4 + k * 24, 0.42, 2, INK)


def helmet(img: np.ndarray, box: tuple[float, float, float, float], colour: Colour) -> None:
    """A helmet's shell over the top of a face's box (down to a third of it) and a face guard's
    bars across its foot."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    c = (round((x1 + x2) / 2), round(y1 + h * 0.33))
    cv2.ellipse(img, c, (round(w * 0.68), round(h * 0.62)), 0, 180, 360, colour, -1, cv2.LINE_AA)
    cv2.line(
        img,
        (round(x1 - w * 0.1), c[1]),
        (round(x2 + w * 0.1), c[1]),
        tone(colour, -60),
        max(2, round(h / 14)),
    )
    for k in range(2):
        yy = round(y1 + h * (0.78 + 0.14 * k))
        cv2.line(
            img, (round(x1 + w * 0.2), yy), (round(x2 - w * 0.2), yy), (200, 200, 200), max(1, round(h / 24))
        )


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video meeting's gallery view: the title, a timer, a REC chip on some, 12-25 tiles in 3-5
    columns (people, faces 18-70 px; cameras off on about a fifth: a 22-40 px face or initials on the
    dark tile), name plates over the chin on most (a face counts while half of its box shows), muted
    mics and raised hands over tiles' corners, the speaker framed in the accent, a floating self view
    (faces 18-40 px) over the grid's lower right, the controls."""
    s = new_screen(rng, name, cast.kind("gallery"), ("dark", "dark", "tinted"))
    img, page = s.img, s.bg
    s.words(rng, 30, STATUS_H + 62, 0.7, 2)
    cv2.putText(img, f"{rng.randrange(60):02d}:{rng.randrange(60):02d}", (W - 200, STATUS_H + 62),
                cv2.FONT_HERSHEY_SIMPLEX, 0.7, s.fg, 2, cv2.LINE_AA)  # fmt: skip
    if rng.random() < 0.5:
        pill(img, W - 330, STATUS_H + 32, 100, 40, RED)
        s.words(rng, W - 312, STATUS_H + 60, 0.45, 1, WHITE)
    top, bottom = STATUS_H + 110, H - NAV_H - 170
    n = rng.randrange(12, 26)
    cols = 3 if n <= 12 else rng.choice((4, 4, 5)) if n <= 20 else 5
    rows = -(-n // cols)
    gap = 8
    tw = (W - 8 - gap * (cols + 1)) // cols
    th = min(tw * 3 // 2, (bottom - top - gap * (rows - 1)) // rows)
    speaker = rng.randrange(n)
    tile = (40, 40, 44)
    for i in range(n):
        x, y = gap + (i % cols) * (tw + gap), top + (i // cols) * (th + gap)
        m = rounded_rect(th, tw, 12)
        fill(img, m, x, y, tile)
        plate = y + th - 40
        if rng.random() < 0.2:  # the camera off
            fp, side = _size(rng, 22, small(rng, 24, 40), (1.1, 1.25))
            side = min(side, tw - 20, th - 60)
            cast.person(s, x + (tw - side) // 2, y + (th - side) // 2 - 10, fp, side, "circle")
        else:
            n0 = len(s.comp.faces)
            cast.photo(s, x, y, tw, th, small(rng, 18.3, min(70, tw * 0.4)), m)
            box = nearest_face(s, n0, (x + tw / 2, y + th / 2))
            if box is not None and rng.random() < 0.75:  # the plate over the chin
                plate = min(plate, round(box[3] - (box[3] - box[1]) * rng.uniform(0.05, 0.5)))
        pw = round(tw * rng.uniform(0.45, 0.85))
        ph = max(22, min(34, th // 6))
        pill(img, x + 6, plate, pw, ph, (25, 25, 28))
        s.words(rng, x + 16, plate + ph - 9, min(0.45, ph / 60), 1, WHITE)
        if rng.random() < 0.35:  # muted
            badge(img, (x + tw - 22, y + 22), 13, RED, "x")
        elif rng.random() < 0.12:
            hand(img, (x + 24, y + 24), 16, tile)
        if i == speaker:
            cv2.rectangle(img, (x - 3, y - 3), (x + tw + 2, y + th + 2), s.accent, 4)
    if rng.random() < 0.7:  # the self view
        sw = rng.randrange(170, 240)
        sh = sw * 4 // 3
        sx, sy = W - 8 - sw - 24, bottom - sh - 30
        fill(img, rounded_rect(sh + 12, sw + 12, 20), sx - 6, sy - 6, (15, 15, 18))
        cast.photo(s, sx, sy, sw, sh, small(rng, 18.3, min(40, sw * 0.3)), rounded_rect(sh, sw, 16))
    cv2.rectangle(img, (0, H - NAV_H - 150), (W, H - NAV_H), off(page, 14), -1)
    for k in range(5):  # mic, camera, share, people, leave
        cx = 110 + k * 215
        cv2.circle(img, (cx, H - NAV_H - 80), 40, RED if k == 4 else off(page, 40), -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def comics(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A comics app's reader: the episode bar, a strip of 2-4 panels with drawn cartoon people and
    speech bubbles (face-free distractors), a like bar, then the reactions: commenters' 20-30 px
    faces (initials on some), names and text, reaction images (people, faces 24-90 px, meme
    captions over their top or foot on some, over a face on a few) and drawn stickers."""
    s = new_screen(rng, name, cast.kind("comics"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    cols = rng.choice((1, 2, 2))
    count = rng.choice((2, 4)) if cols == 2 else rng.choice((2, 3))
    pw = (W - 8 - 60 - 16 * (cols - 1)) // cols
    ph = rng.randrange(300, 420) if cols == 2 else rng.randrange(260, 340)
    for k in range(count):
        x, py = 30 + (k % cols) * (pw + 16), y + (k // cols) * (ph + 16)
        cv2.rectangle(img, (x, py), (x + pw, py + ph), random_colour(rng, 150, 250), -1)
        people = rng.randrange(1, 4)
        for j in range(people):
            r = rng.randrange(28, 60)
            cx = x + (j + 1) * pw // (people + 1)
            drawn_person(img, rng, cx, py + ph - r * 2 - 10, r)
        if rng.random() < 0.8:
            bubble(s, rng, x + rng.randrange(10, max(11, pw - 270)), py + 14, 250, 96)
        cv2.rectangle(img, (x, py), (x + pw, py + ph), INK, 4)
    y += ((count + cols - 1) // cols) * (ph + 16) + 20
    for k in range(3):  # likes, comments, share
        heart(img, (60 + k * 230, y + 20), 16, RED if k == 0 else GREY)
        s.words(rng, 90 + k * 230, y + 28, 0.5, 1, GREY)
    y += 80
    cv2.line(img, (0, y - 20), (W - 8, y - 20), off(page, 25), 2)
    while y < H - NAV_H - 150:  # reactions
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "circle", "squircle")))
        s.words(rng, 50 + side, y + side // 2 - 2, 0.55, 2)
        y = _text_lines(s, rng, 50 + side, y + side // 2 + 32, rng.randrange(1, 3), 0.5) + 6
        pick = rng.random()
        if pick < 0.45 and y < H - NAV_H - 420:  # a reaction image
            iw, ih = rng.randrange(360, 560), rng.randrange(260, 380)
            cast.photo(s, 50 + side, y, iw, ih, small(rng, 24, min(90, iw * 0.3)), rounded_rect(ih, iw, 14))
            if rng.random() < 0.6:
                at = y + 56 if rng.random() < 0.5 else y + ih - 20
                caption(img, shout(rng), 64 + side, at, rng.uniform(0.9, 1.3))
            y += ih + 20
        elif pick < 0.65 and y < H - NAV_H - 300:  # a sticker
            r = rng.randrange(50, 80)
            drawn_person(img, rng, 50 + side + r * 2, y + r + 10, r)
            y += r * 3 + 30
        y += 30
    H5.nav_bar(s)
    return s.finish()


def transit(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A transit pass in a wallet app: the card (a drawn operator logo, the holder's photo with a
    26-50 px face in a rounded square, name, zones, a validity bar) under a holographic overlay (
    translucent rainbow bands over all of it, the photo too) and guilloche lines, a QR code, the
    balance and a top-up pill, the family's passes peeking under it (strips with 20-34 px faces), the
    riders on the account (24-40 px faces, initials on some) and recent trips with line glyphs."""
    s = new_screen(rng, name, cast.kind("transit"), ("light", "dark", "tinted"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    cx1, cy1 = 36, STATUS_H + 130
    cw, ch = W - 8 - 72, rng.randrange(560, 660)
    base = random_colour(rng, 60, 200)
    fill(img, rounded_rect(ch, cw, 30), cx1, cy1, base)
    H8.logo(img, rng, cx1 + 30, cy1 + 30, 80)
    s.words(rng, cx1 + 130, cy1 + 80, 0.8, 2, WHITE)
    fp, side = _size(rng, 26, small(rng, 28, 50), (1.25, 1.45))
    px, py = cx1 + 40, cy1 + 170
    fill(img, rounded_rect(side + 12, side + 12, 10), px - 6, py - 6, WHITE)
    cast.avatar(s, px, py, fp, side, rng.choice(("rounded", "square")))
    for k in range(3):
        s.words(rng, px + side + 40, py + 30 + k * 42, 0.6 if k == 0 else 0.48, 2, WHITE)
    pill(img, cx1 + 40, cy1 + ch - 70, cw - 80, 16, tone(base, -50))
    pill(img, cx1 + 40, cy1 + ch - 70, rng.randrange(60, cw - 80), 16, WHITE)
    bw = rng.randrange(30, 70)
    alpha = rng.uniform(0.08, 0.24)
    shift = rng.randrange(len(RAINBOW))
    for k, x in enumerate(range(cx1, cx1 + cw, bw)):  # the hologram, over the photo too
        scrim(s, (x, cy1, min(cx1 + cw, x + bw), cy1 + ch), alpha, RAINBOW[(k + shift) % len(RAINBOW)])
    xs = np.arange(cx1 + 20, cx1 + cw - 20, 3)
    for j in range(rng.randrange(3, 7)):  # guilloche
        amp, freq, phase = rng.uniform(10, 40), rng.uniform(0.01, 0.04), rng.uniform(0, 6.3)
        ys = cy1 + 120 + j * (ch - 200) // 6 + amp * np.sin(xs * freq + phase)
        pts = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(img, [pts], False, tone(base, 70), 1, cv2.LINE_AA)
    y = cy1 + ch
    for k in range(rng.randrange(1, 4)):  # family passes peeking under it
        fill(
            img,
            rounded_rect(90, cw - 40 * (k + 1), 20),
            cx1 + 20 * (k + 1),
            y - 20,
            tone(base, -20 * (k + 1)),
        )
        fp, side = _size(rng, 20, small(rng, 21, 34), (1.15, 1.3))
        side = min(side, 60)
        cast.person(s, cx1 + 40 + 20 * (k + 1), y + 65 - side, fp, side, "rounded")
        s.words(rng, cx1 + 70 + 20 * (k + 1) + side, y + 50, 0.45, 2, WHITE)
        y += 70
    y += 60
    qs = rng.randrange(220, 300)
    qr(img, rng, (W - 8) // 2 - qs // 2, y, qs)
    y += qs + 70
    cv2.putText(img, f"${rng.randrange(1, 200)}.{rng.randrange(100):02d}", (30, y), cv2.FONT_HERSHEY_DUPLEX,
                1.4, s.fg, 2, cv2.LINE_AA)  # fmt: skip
    pill(img, W - 290, y - 50, 250, 64, s.accent)
    s.words(rng, W - 250, y - 8, 0.6, 1, WHITE)
    y += 50
    s.words(rng, 30, y, 0.7, 2)
    y += 30
    for _ in range(rng.randrange(1, 4)):  # the riders on this account
        fp, side = _size(rng, 24, small(rng, 26, 40), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, rng.choice(("circle", "squircle")))
        s.words(rng, 56 + side, y + side // 2 + 8, 0.55, 2)
        pill(img, W - 200, y + side // 2 - 22, 150, 44, off(page, 30))
        y += max(side, 50) + 24
    y += 20
    while y < H - NAV_H - 100:  # recent trips
        line = random_colour(rng, 60, 230)
        cv2.circle(img, (56, y + 26), 26, line, -1, cv2.LINE_AA)
        s.words(rng, 100, y + 22, 0.55, 3)
        s.words(rng, 100, y + 52, 0.45, 2, GREY)
        s.words(rng, W - 160, y + 34, 0.5, 1)
        y += 90
    H5.nav_bar(s)
    return s.finish()


def directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A club's or a parish's member directory, a printed page scanned: family headers, each family
    a row of 2-6 portraits (head and shoulders, faces 18-30 px; a "no photo" silhouette on some),
    names under them, an address and a phone number beside; the whole page grey (a sepia paper tone
    on some, flatter, faint specks), a page number; the viewer's toolbar over it and a page slider
    in colour."""
    s = new_screen(rng, name, cast.kind("directory"), ("light", "dark"))
    img, page = s.img, s.bg
    px1, py1, px2, py2 = 24, STATUS_H + 110, W - 8 - 24, H - NAV_H - 110
    paper = (rng.randrange(225, 250),) * 3
    cv2.rectangle(img, (px1, py1), (px2, py2), paper, -1)
    s.words(rng, px1 + 200, py1 + 70, 1.0, 3, INK)
    cv2.line(img, (px1 + 30, py1 + 96), (px2 - 30, py1 + 96), INK, 2)
    y = py1 + 140
    fp0 = small(rng, 18.3, 30)
    while True:
        fp = fp0 * rng.uniform(0.92, 1.08)
        tw = round(fp * rng.uniform(1.7, 2.2))
        th = tw * 5 // 4
        if y + th + 80 > py2 - 60:
            break
        s.words(rng, px1 + 30, y, 0.6, 1, INK)
        y += 16
        x = px1 + 30
        for _ in range(rng.randrange(2, 7)):
            if rng.random() < 0.12:  # no photo
                cv2.rectangle(img, (x, y), (x + tw, y + th), (200, 200, 200), -1)
                cv2.circle(img, (x + tw // 2, y + th * 2 // 5), tw // 5, (150, 150, 150), -1, cv2.LINE_AA)
                grey = (150, 150, 150)
                cv2.ellipse(img, (x + tw // 2, y + th), (tw * 2 // 5, th * 2 // 5), 0, 180, 360, grey, -1,
                            cv2.LINE_AA)  # fmt: skip
            else:
                cast.photo(s, x, y, tw, th, fp)
            s.words(rng, x, y + th + 20, 0.32, 1, INK)
            x += tw + rng.randrange(28, 46)
        s.words(rng, x + 10, y + 24, 0.4, 3, INK)
        s.words(rng, x + 10, y + 50, 0.4, 2, INK)
        y += th + 60
    cv2.putText(img, str(rng.randrange(2, 80)), ((px1 + px2) // 2, py2 - 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                INK, 1, cv2.LINE_AA)  # fmt: skip
    redrawn(s, (px1, py1, px2, py2), printed(rng))
    bar = off(page, 14)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 100), bar, -1)
    header(s, rng, s.fg, 2)
    cv2.rectangle(img, (0, H - NAV_H - 100), (W, H - NAV_H), bar, -1)
    pill(img, 40, H - NAV_H - 56, W - 96, 10, GREY)
    cv2.circle(img, (rng.randrange(60, W - 60), H - NAV_H - 51), 16, s.accent, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


def title_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A streaming app's title page: the film's backdrop (a thing, blurred and darkened), its poster
    (2:3, people with faces 30-120 px, or a thing) in a thin rim, the title, year and rating chips,
    play and trailer pills, a "watching with" stack of 18-24 px faces, the synopsis, cast and crew
    (round headshots, faces 30-64 px, initials on some, names and roles) cut by the right edge, and
    "more like this" posters (faces 20-60 px, or things) cut by the edge."""
    s = new_screen(rng, name, cast.kind("title"), ("dark",))
    img, page = s.img, s.bg
    bh = rng.randrange(700, 900)
    cast.thing(s, 0, STATUS_H, W - 8, bh)
    part = img[STATUS_H : STATUS_H + bh, : W - 8]
    part[:] = (cv2.GaussianBlur(part, (0, 0), rng.uniform(8, 16)) * rng.uniform(0.35, 0.6)).astype(np.uint8)
    stepped(s, (0, STATUS_H + bh // 2, W - 8, STATUS_H + bh), 0.0, 0.9, 12, page)
    header(s, rng, WHITE, 2)
    pw = rng.randrange(300, 380)
    ph = pw * 3 // 2
    px, py = 40, STATUS_H + 130
    fill(img, rounded_rect(ph + 6, pw + 6, 14), px - 3, py - 3, (200, 200, 200))
    cast.scene(
        s, px, py, pw, ph, small(rng, 30, min(120, pw * 0.4)), rng.random() < 0.8, rounded_rect(ph, pw, 12)
    )
    tx = px + pw + 40
    s.words(rng, tx, py + 60, 1.0, 2, WHITE)
    s.words(rng, tx, py + 110, 0.9, 1, WHITE)
    for k in range(3):
        outlined(img, tx + k * 120, py + 150, 106, 44, GREY, tone(page, 10))
        s.words(rng, tx + 16 + k * 120, py + 180, 0.45, 1, WHITE)
    pill(img, tx, py + 230, W - 8 - tx - 40, 70, WHITE)
    s.words(rng, tx + 60, py + 276, 0.65, 1, INK)
    outlined(img, tx, py + 320, W - 8 - tx - 40, 70, WHITE, page)
    s.words(rng, tx + 60, py + 366, 0.6, 1, WHITE)
    if rng.random() < 0.6:  # watching with
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
        end = cast.stack(s, tx, py + 420, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        s.words(rng, end + 12, py + 420 + sd // 2 + 8, 0.45, 2, GREY)
    y = max(py + ph, py + 460) + 60
    y = _text_lines(s, rng, 30, y, rng.randrange(3, 5), 0.55) + 40
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    fp0 = small(rng, 30, 64)
    side = round(fp0 * rng.uniform(1.35, 1.7))
    x = 30
    while x < W:  # cast and crew
        cast.person(s, x, y, fp0 * rng.uniform(0.9, 1.05), side, "circle")
        s.words(rng, x, y + side + 32, 0.45, 1, WHITE)
        s.words(rng, x, y + side + 60, 0.4, 1, GREY)
        x += max(side, 130) + 30
    y += side + 120
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    tw = rng.randrange(200, 250)
    th = tw * 3 // 2
    if y + th > H - NAV_H - 10:
        th = H - NAV_H - 10 - y
    x = 30
    while x < W and th > 120:  # more like this
        cast.scene(
            s, x, y, tw, th, small(rng, 20, min(60, tw * 0.3)), rng.random() < 0.7, rounded_rect(th, tw, 12)
        )
        x += tw + 20
    H5.nav_bar(s)
    return s.finish()


def watch_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A smartwatch's companion app: the watch face shown big (a black dial, a bezel, a ring of the
    accent, the time), 4-8 contact complications round the ring (18-24 px faces in small circles;
    on some a coloured progress arc round them or a message dot over their edge), then other watch
    faces cut by the right edge (dials with 18-22 px complications, or a photo face, faces 30-80 px,
    under the time), favourite contacts (26-36 px faces, initials on some, toggles)."""
    s = new_screen(rng, name, cast.kind("watch"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    R = rng.randrange(260, 330)
    c = ((W - 8) // 2, STATUS_H + 150 + R)
    cv2.circle(img, c, R + 24, (90, 90, 96), -1, cv2.LINE_AA)
    cv2.circle(img, c, R, (12, 12, 14), -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (R - 24, R - 24), 0, -90, -90 + rng.randrange(60, 330), s.accent, 14, cv2.LINE_AA)

    def complications(centre: tuple[int, int], radius: int, n: int, lo: float, hi: float) -> None:
        start = rng.uniform(0, 2 * math.pi)
        for k in range(n):
            a = start + 2 * math.pi * k / n
            fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.05, 1.2))
            x = round(centre[0] + radius * math.cos(a)) - side // 2
            y = round(centre[1] + radius * math.sin(a)) - side // 2
            cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 5, (50, 50, 56), -1, cv2.LINE_AA)
            if rng.random() < 0.3:
                cv2.ellipse(img, (x + side // 2, y + side // 2), (side // 2 + 4, side // 2 + 4), 0, -90,
                            rng.randrange(0, 270), random_colour(rng, 80, 250), 3, cv2.LINE_AA)  # fmt: skip
            cast.avatar(s, x, y, fp, side, "circle")
            if rng.random() < 0.25:
                cv2.circle(img, (x + side - 3, y + 3), max(4, side // 6), RED, -1, cv2.LINE_AA)

    complications(c, round(R * 0.72), rng.randrange(4, 9), 18.3, 24)
    at = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}"
    cv2.putText(
        img, at, (c[0] - R // 2, c[1] + R // 8), cv2.FONT_HERSHEY_DUPLEX, R / 110, WHITE, 4, cv2.LINE_AA
    )
    y = c[1] + R + 70
    s.words(rng, 30, y, 0.75, 2)
    y += 40
    r2 = rng.randrange(110, 140)
    x = 30
    while x < W:  # other watch faces
        cc = (x + r2, y + r2)
        cv2.circle(img, cc, r2 + 10, (90, 90, 96), -1, cv2.LINE_AA)
        if rng.random() < 0.35:
            cast.scene(s, x, y, 2 * r2, 2 * r2, small(rng, 30, 80), True, mask(2 * r2, "circle"))
            cv2.putText(img, at, (cc[0] - r2 // 2, cc[1] - r2 // 3), cv2.FONT_HERSHEY_DUPLEX, r2 / 110, WHITE,
                        2, cv2.LINE_AA)  # fmt: skip
        else:
            cv2.circle(img, cc, r2, (12, 12, 14), -1, cv2.LINE_AA)
            complications(cc, round(r2 * 0.66), rng.randrange(3, 6), 18.3, 22)
        x += 2 * r2 + 50
    y += 2 * r2 + 80
    s.words(rng, 30, y, 0.75, 2)
    y += 30
    while y < H - NAV_H - 90:  # favourites
        fp, side = _size(rng, 26, small(rng, 27, 36), (1.1, 1.25))
        cast.person(s, 30, y, fp, side, "circle")
        s.words(rng, 60 + side, y + side // 2 + 8, 0.6, 2)
        on = rng.random() < 0.6
        pill(img, W - 150, y + side // 2 - 22, 90, 44, s.accent if on else off(page, 40))
        cv2.circle(img, (W - 82 if on else W - 128, y + side // 2), 17, WHITE, -1, cv2.LINE_AA)
        y += max(side, 50) + 30
    H5.nav_bar(s)
    return s.finish()


def team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports team's page: the crest and the name on the team colour, tabs, an action photo (a
    full-width frame, faces 28-120 px, a motion blur of 5-13 px across it at up to 20 degrees on
    most, a helmet over the main face's top on some: counted while half of its box shows), then the
    roster: the shirt number, a 24-40 px headshot on the team colour (a helmet over it on some,
    initials on others), name and position, an injury badge over a headshot's corner on some."""
    s = new_screen(rng, name, cast.kind("team"), ("light", "dark", "dark"))
    img, page = s.img, s.bg
    kit = random_colour(rng, 40, 200)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 200), kit, -1)
    cv2.circle(img, (100, STATUS_H + 100), 60, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, (100, STATUS_H + 100), 50, tone(kit, -40), -1, cv2.LINE_AA)
    s.words(rng, 190, STATUS_H + 110, 1.0, 2, WHITE)
    s.words(rng, 190, STATUS_H + 150, 0.5, 2, WHITE)
    y = STATUS_H + 200
    for k in range(4):
        s.words(rng, 40 + k * 260, y + 50, 0.55, 1, s.fg if k == 1 else GREY)
    cv2.line(img, (260, y + 70), (480, y + 70), kit, 5)
    y += 90
    fh = rng.randrange(460, 620)
    n0 = len(s.comp.faces)
    cast.photo(s, 0, y, W - 8, fh, small(rng, 28, 120))
    if rng.random() < 0.75:
        redrawn(s, (0, y, W - 8, y + fh), motion_blur(rng.randrange(5, 14), rng.uniform(-20, 20)))
    box = nearest_face(s, n0, ((W - 8) / 2, y + fh / 2))
    if box is not None and rng.random() < 0.45:
        helmet(img, box, kit)
    pill(img, 30, y + fh - 70, 200, 46, RED)
    s.words(rng, 50, y + fh - 38, 0.5, 1, WHITE)
    y += fh + 50
    s.words(rng, 30, y, 0.75, 2)
    outlined(img, W - 240, y - 40, 200, 56, GREY, page)
    y += 40
    while y < H - NAV_H - 90:  # the roster
        fp, side = _size(rng, 24, small(rng, 26, 40), (1.2, 1.4))
        cv2.putText(img, str(rng.randrange(1, 99)), (30, y + side // 2 + 14), cv2.FONT_HERSHEY_DUPLEX, 1.1,
                    kit, 2, cv2.LINE_AA)  # fmt: skip
        fill(img, rounded_rect(side + 8, side + 8, 8), 106, y - 4, kit)
        if rng.random() < 0.2:
            initials(img, rng, 110, y, side, "rounded")
        else:
            n0 = len(s.comp.faces)
            cast.avatar(s, 110, y, fp, side, rng.choice(("square", "rounded")))
            box = nearest_face(s, n0, (110 + side / 2, y + side / 2))
            if box is not None and rng.random() < 0.3:
                helmet(img, box, kit)
        if rng.random() < 0.15:
            badge(img, (110 + side, y + side), max(9, side // 5), RED, "+", page)
        s.words(rng, 150 + side, y + side // 2, 0.6, 2)
        s.words(rng, 150 + side, y + side // 2 + 30, 0.45, 1, GREY)
        y += max(side, 50) + 34
    H5.nav_bar(s)
    return s.finish()


def kids(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A kids' learning app: a bright header with the child's 24-34 px face in a star-coloured rim
    and coins, classmates online (20-30 px faces, initials on some, green dots), a winding lesson
    path of round nodes (done, current, locked) with drawn mascots and cartoon children beside it
    (face-free distractors), the class's stack of 18-26 px faces by the current node, the teacher's
    round video bubble (faces 40-110 px) floating over the path's right in an accent ring with a
    mic badge, a tab bar (one's own 18-24 px face)."""
    s = new_screen(rng, name, cast.kind("kids"), ("tinted", "light", "tinted"))
    img, page = s.img, s.bg
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 140), s.accent, -1)
    fp, side = _size(rng, 24, small(rng, 25, 34), (1.1, 1.25))
    cast.avatar(s, 30, STATUS_H + 70 - side // 2, fp, side, "circle", GOLD)
    s.words(rng, 60 + side, STATUS_H + 80, 0.8, 1, WHITE)
    cv2.circle(img, (W - 200, STATUS_H + 70), 22, GOLD, -1, cv2.LINE_AA)
    s.words(rng, W - 166, STATUS_H + 80, 0.7, 1, WHITE)
    x = 30
    for _ in range(rng.randrange(3, 8)):  # classmates online
        fp, side = _size(rng, 20, small(rng, 21, 30), (1.05, 1.2))
        cast.person(s, x, STATUS_H + 160, fp, side, "circle", page)
        cv2.circle(img, (x + side - 4, STATUS_H + 160 + side - 4), 6, GREEN, -1, cv2.LINE_AA)
        x += side + 18
    y, k = STATUS_H + 300, 0
    current = rng.randrange(1, 5)
    bottom = H - NAV_H - 180
    while y < bottom:
        x = round((W - 8) / 2 + 220 * math.sin(k * 0.9 + 0.3))
        colour = GREEN if k < current else s.accent if k == current else (190, 190, 190)
        cv2.circle(img, (x, y + 8), 62, tone(colour, -50), -1, cv2.LINE_AA)
        cv2.circle(img, (x, y), 62, colour, -1, cv2.LINE_AA)
        badge(img, (x, y), 26, tone(colour, -30), "check" if k < current else "")
        side_x = 60 if x > (W - 8) / 2 else W - 240
        if rng.random() < 0.45:
            H8.cartoon(img, rng, side_x, y - 80, rng.randrange(120, 170))
        elif rng.random() < 0.5:
            drawn_person(img, rng, side_x + 80, y - 30, rng.randrange(36, 56))
        if k == current:
            fp, sd = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
            cast.stack(s, x + 80, y + 40, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        y += 200
        k += 1
    side = rng.randrange(200, 300)
    tx, ty = W - 8 - side - 30, rng.randrange(STATUS_H + 500, bottom - side)
    cv2.circle(img, (tx + side // 2, ty + side // 2), side // 2 + 10, s.accent, -1, cv2.LINE_AA)
    cast.scene(s, tx, ty, side, side, small(rng, 40, min(110, side * 0.45)), True, mask(side, "circle"))
    badge(img, (tx + side - 30, ty + side - 30), 24, RED, "", WHITE)
    tab_bar(cast, s, rng, "circle", off(page, 12))
    return s.finish()


def seating(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An event planner's seating chart: the title and a guest count, round tables in two columns
    (a table number, 5-9 seats round each: 18-28 px faces in circles with a white rim, initials on
    some, empty seats as grey rings), a guest being dragged (a 30-44 px face lifted over a shadow,
    over a seated guest on some: faces under it count while half of their box shows), an
    "unseated" tray at the foot with a stack of 18-24 px faces."""
    s = new_screen(rng, name, cast.kind("seating"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    s.words(rng, 30, STATUS_H + 150, 0.55, 3, GREY)
    tray = H - NAV_H - 170
    rows = rng.choice((2, 3, 3))
    cell_h = (tray - STATUS_H - 200) // rows
    table = off(page, 30)
    for r in range(rows):
        for col in range(2):
            cx = (W - 8) // 4 + col * (W - 8) // 2 + rng.randrange(-30, 31)
            cy = STATUS_H + 200 + r * cell_h + cell_h // 2
            tr = rng.randrange(70, min(110, cell_h // 2 - 70))
            cv2.circle(img, (cx, cy), tr, table, -1, cv2.LINE_AA)
            cv2.putText(img, str(r * 2 + col + 1), (cx - 18, cy + 14), cv2.FONT_HERSHEY_DUPLEX, 1.2, s.fg, 2,
                        cv2.LINE_AA)  # fmt: skip
            seats = rng.randrange(5, 10)
            fp, side = _size(rng, 18.3, small(rng, 19, 28), (1.05, 1.2))
            start = rng.uniform(0, 2 * math.pi)
            for k in range(seats):
                a = start + 2 * math.pi * k / seats
                sx = round(cx + (tr + side * 0.7) * math.cos(a)) - side // 2
                sy = round(cy + (tr + side * 0.7) * math.sin(a)) - side // 2
                if rng.random() < 0.15:
                    cv2.circle(img, (sx + side // 2, sy + side // 2), side // 2, GREY, 2, cv2.LINE_AA)
                else:
                    cast.person(s, sx, sy, fp * rng.uniform(0.92, 1.05), side, "circle", WHITE)
    if rng.random() < 0.6:  # a guest being dragged
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.1, 1.25))
        dx, dy = rng.randrange(60, W - 8 - side - 60), rng.randrange(STATUS_H + 220, tray - side - 40)
        cv2.circle(
            img, (dx + side // 2 + 6, dy + side // 2 + 10), side // 2 + 4, tone(page, -50), -1, cv2.LINE_AA
        )
        cast.avatar(s, dx, dy, fp, side, "circle", WHITE)
    cv2.rectangle(img, (0, tray), (W, H - NAV_H), off(page, 14), -1)
    s.words(rng, 30, tray + 50, 0.6, 2)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
    end = cast.stack(s, 30, tray + 80, rng.randrange(3, 7), fp, sd, round(sd * 0.72), off(page, 14))
    badge(img, (end + sd // 2 + 6, tray + 80 + sd // 2), sd // 2 + 2, GREY, f"+{rng.randrange(2, 40)}")
    pill(img, W - 260, tray + 50, 220, 60, s.accent)
    s.words(rng, W - 220, tray + 88, 0.55, 1, WHITE)
    H5.nav_bar(s)
    return s.finish()


def duet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A karaoke app's duet: two singers' videos one over the other (faces 60-260 px; the second in
    grey on some) split by a line, the song's lyrics in outlined capitals over the lower video (over
    a chin or a mouth on some: faces count while half of their box shows), a pitch bar and a score,
    the audience's 18-24 px faces in a row with a count, floating hearts, and a comment stream over
    the upper video's left (20-26 px faces, initials on some, on translucent pills)."""
    s = new_screen(rng, name, cast.kind("duet"), ("dark",))
    img = s.img
    top, bottom = STATUS_H, H - NAV_H - 120
    vh = (bottom - top) // 2
    cast.photo(s, 0, top, W - 8, vh, small(rng, 60, 260))
    cast.photo(s, 0, top + vh, W - 8, bottom - top - vh, small(rng, 60, 260))
    if rng.random() < 0.3:
        redrawn(s, (0, top + vh, W - 8, bottom), greyed)
    cv2.line(img, (0, top + vh), (W - 8, top + vh), WHITE, 4)
    scrim(s, (0, top, W - 8, top + 110), 0.45)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.15))
    x = 30
    for _ in range(rng.randrange(3, 7)):  # the audience
        cast.avatar(s, x, top + 55 - sd // 2, fp * rng.uniform(0.92, 1.05), sd, "circle")
        x += sd + 10
    s.words(rng, x + 14, top + 64, 0.5, 1, WHITE)
    pill(img, W - 220, top + 30, 180, 50, RED)
    s.words(rng, W - 196, top + 64, 0.5, 1, WHITE)
    y = top + vh - 60
    for _ in range(rng.randrange(3, 6)):  # comments, upwards
        fp, side = _size(rng, 20, small(rng, 21, 26), (1.05, 1.2))
        scrim(s, (24, y - side - 10, 24 + rng.randrange(360, 600), y + 4), rng.uniform(0.35, 0.6))
        cast.person(s, 34, y - side - 4, fp, side, "circle")
        s.words(rng, 46 + side, y - side // 2 + 2, 0.48, rng.randrange(2, 5), WHITE)
        y -= side + 30
    ly = top + vh + rng.randrange(vh // 3, vh - 60)
    for k in range(2):  # the lyrics
        caption(img, shout(rng), 40, ly + k * 64, rng.uniform(1.1, 1.5))
    by = bottom - 60
    pill(img, 30, by, W - 300, 20, (60, 60, 60))
    pill(img, 30, by, rng.randrange(40, W - 300), 20, GOLD)
    cv2.putText(img, str(rng.randrange(100, 9999)), (W - 230, by + 20), cv2.FONT_HERSHEY_DUPLEX, 1.0, GOLD, 2,
                cv2.LINE_AA)  # fmt: skip
    for _ in range(rng.randrange(2, 6)):
        heart(img, (rng.randrange(W - 200, W - 50), rng.randrange(top + vh // 2, bottom - 120)),
              rng.randrange(14, 28), rng.choice((RED, GOLD, WHITE)))  # fmt: skip
    cv2.rectangle(img, (0, bottom), (W, H - NAV_H), (20, 20, 22), -1)
    for k in range(4):
        cv2.circle(img, (140 + k * 260, bottom + 60), 30, (70, 70, 74), -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    gallery, comics, transit, directory, title_page, watch_app, team, kids, seating, duet,
)  # fmt: skip
# with people: each twice a round but the two with the most faces a screen
ONCE = (directory, seating)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then the busiest three again (a grid of tiles, a page of portraits, tables)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, gallery, directory, seating)


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT10_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h10", photos, free, seed, reps)
