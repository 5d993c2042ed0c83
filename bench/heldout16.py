"""Held-out screens, sixteenth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to fifteen (heldout.py to heldout15.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: pebbles on
sand, traffic cones on asphalt, bunting on strings, a city skyline at dusk; nothing with eyes, a
mouth or a mask); every random choice from ``HELDOUT16_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout11's ``Cast`` (through heldout15's, its screens marked h16-; on face-free screens pets,
objects, textures, initials and this set's drawn things), which counts a face cut by an edge once
half of its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces through poor copies and optics: pictures shrunk and blown up again
(``pixelated``: 3-4 times, nearest or bilinear), re-saved again and again (``recompressed``: JPEG
quality 8-25 baked into the picture, its ringing and blocks, under the capture's own 30-60),
photographed off a television or a monitor (``moire``: interference bands and the panel's
sub-pixel stripes), through a phone camera's cheap lens (``chroma``: red and blue moved 1-4 px
apart), under a heavy vignette (``vignette``: the corners darkened by 55-85 %), shown by an
always-on display (grey and at 18-53 % brightness), and two apps sharing a screen in windows with
rounded corners. Ten layouts none of sets 2-15 draws (they already draw lock and home screens, an
app switcher, an inbox, chats, payments, calendars and meetings, calls of every kind, a podcast,
fitness classes, a kids' app, a live blog, a photo booth, a passport photo maker, a wallet's ID,
maps, a rental listing, a barber and more: see their docstrings):
- an online memorial: the portrait in an oval (faces 80-200 px, sepia or grey), a photo wall of
  old prints uploaded small and blown up (faces 20-70 px, pixelated), a "lit a candle" stack of
  18-24 px faces, the guestbook (20-30 px faces, initials on some);
- a wedding's app: the couple's photo (faces 50-220 px) under a heavy vignette with the names in
  script-sized type over its foot, a countdown, the wedding party (36-60 px faces) cut by the right
  edge, the guests' photo wall (faces 18-60 px) with hearts, an RSVP stack of 18-24 px faces;
- a church or community centre's app: the sermon or talk video (faces 60-200 px, or a photo
  filling it) with a LIVE pill and a play button, event cards (a photo of people, faces 18-60 px,
  the host's 24-32 px face, a "going" stack of 18-24 px faces), small groups (28-40 px faces);
- two apps at once: split screen (the top app's and the bottom app's areas, each a window with
  rounded corners, a divider's handle between) or a pop-up window (another screen of this set
  scaled to 0.42-0.6 with rounded corners and a shadow over an app, its faces scaled along; faces
  under 18 px not counted);
- an identity check's ID scan: the camera's view of an ID card held askew (the holder's 40-90 px
  face, a hologram's rainbow bands over it, a ghost copy) on a blurred desk, the outside of the scan
  frame dimmed, corner brackets, the whole view through a lens's colour fringes (``chroma``), then
  the steps, the selfie in an oval (faces 50-100 px) and a help line by an agent's 20-30 px face;
- a fans' forum of phone photos of a TV: posts by 24-36 px faces, each photo a broadcast (faces
  30-200 px) on a TV or a monitor with its bezel, moiré bands and sub-pixel stripes (``moire``),
  a glare, turned 1-5 degrees, comment stacks of 18-24 px faces;
- a family group chat of forwarded pictures: senders' 20-28 px faces, "forwarded many times"
  pictures re-saved to JPEG quality 8-25 and blown up from a small copy (faces 24-120 px, blocky
  and ringing), a reply's quote with a small thumbnail, the group's header stack;
- an always-on display: a dark screen, on most the wallpaper's portrait (faces 150-600 px) in grey
  at 18-53 % brightness, a big thin clock, notification icons of contacts' 18-26 px faces, a
  conversation card (a 40-70 px face) and a now-playing cover (faces 18-34 px), all dimmed;
- a tutoring marketplace: subject chips, a featured tutor's intro video (faces 60-180 px) with a
  duration badge, tutors' cards in two columns (faces 40-100 px, a price pill over the foot,
  stars), recently viewed tutors (24-34 px faces);
- a crowdfunding page: the campaign's video (people, faces 30-200 px) with a play button, the
  raised bar, the organiser's 40-60 px face beside a stack of co-organisers (18-24 px), donations
  (20-28 px faces, initials on some, amounts), an update with a photo (faces 18-60 px).
Light, dark (on some, low-contrast grey text) and tinted themes; JPEG quality 30-60. Pixelation,
re-saving, moiré, colour fringes, vignettes, holograms, greying, dimming, scrims and scaling leave
the faces under them counted (blockier, noisier, banded, fringed, darker, smaller); opaque type,
pills, badges, icons, bezels and windows take the pixels they cover. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,302 faces (857 under 32 px, 272 of 32-63, 132 of 64-127,
41 larger; 1,002 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: drawn or cut-out things on cards, prints, TVs and in chats); ``reps=1`` a quarter (18
screens with 297 faces: 198, 60, 33 and 6 by size, 236 under 40 px; 13 face-free). Every layout but
the always-on display and two apps at once (5 and 14 faces a screen on average at 4 reps; two apps
hold parts of two screens) is drawn twice a round. Counted by running the generator alone (no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout13 as H13
import heldout15 as H15
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size, _text_lines
from heldout4 import GOLD, GREEN, GREY, RED, badge, heart, tone
from heldout5 import pill, small, stars
from heldout6 import off
from heldout7 import header
from heldout11 import INK, gathering, offscreen, paste_photo, portrait, snapshot, turned, unlift
from heldout13 import new_screen_for
from heldout14 import chips

HELDOUT16_SEED = 16161


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def pebbles(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Pebbles on sand: flattened ellipses of greys and browns, a light edge on their upper side."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (150, 190, 215), (130, 170, 200))
    for _ in range(rng.randrange(4, 14)):
        a = max(2, round(min(w, h) * rng.uniform(0.05, 0.18)))
        b = max(2, round(a * rng.uniform(0.5, 0.85)))
        c = (rng.randrange(w), rng.randrange(h))
        v = rng.randrange(70, 190)
        col = (v, v + rng.randrange(-10, 15), v + rng.randrange(0, 25))
        ang = rng.uniform(0, 180)
        cv2.ellipse(img, c, (a, b), ang, 0, 360, col, -1, cv2.LINE_AA)
        cv2.ellipse(img, c, (a, b), ang, 200, 340, tone(col, 40), max(1, b // 5), cv2.LINE_AA)
    return img


def cones(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Traffic cones on asphalt: orange triangles with white bands on a square foot, lane paint."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (70, 70, 75), (95, 95, 100))
    cv2.line(
        img, (0, round(h * rng.uniform(0.6, 0.9))), (w, round(h * rng.uniform(0.6, 0.9))), (80, 200, 230), 3
    )
    n = rng.randrange(1, 5)
    for k in range(n):
        s = max(4, round(min(w / n, h) * rng.uniform(0.5, 0.85)))
        x, y = round((k + 0.5) * w / n), round(h * rng.uniform(0.75, 0.95))
        cv2.rectangle(img, (x - s // 2, y - s // 10), (x + s // 2, y), (20, 90, 230), -1)
        tri = np.array([[x - s // 3, y - s // 10], [x + s // 3, y - s // 10], [x, y - s]], np.int32)
        cv2.fillPoly(img, [tri], (30, 110, 250), cv2.LINE_AA)
        for f in (0.45, 0.7):
            yy = round(y - s * f)
            half = max(1, round(s / 3 * (1 - f) * 1.1))
            cv2.rectangle(img, (x - half, yy - max(1, s // 16)), (x + half, yy + max(1, s // 16)), WHITE, -1)
    return img


def bunting(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Bunting: strings of triangular flags in bright colours hanging across a sky or a wall."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 170, 250), random_colour(rng, 150, 240))
    colours = [random_colour(rng, 40, 250) for _ in range(rng.randrange(2, 5))]
    for _ in range(rng.randrange(1, 4)):
        y0, sag = rng.randrange(h), max(2, round(h * rng.uniform(0.05, 0.2)))
        s = max(3, round(min(w, h) * rng.uniform(0.08, 0.2)))
        xs = np.arange(0, w + s, s)
        ys = y0 + sag * np.sin(np.pi * xs / max(1, w))
        cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, (60, 60, 60), 1, cv2.LINE_AA)
        for k in range(len(xs) - 1):
            tri = np.array([[xs[k], ys[k]], [xs[k + 1], ys[k + 1]], [(xs[k] + xs[k + 1]) / 2, ys[k] + s]])
            cv2.fillPoly(img, [tri.astype(np.int32)], colours[k % len(colours)], cv2.LINE_AA)
    return img


def skyline(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A city skyline at dusk: a graded sky, dark blocks of towers of different heights, lit windows
    as small yellow squares in rows."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (120, 60, 60), (100, 150, 240))
    x = 0
    while x < w:
        bw = max(3, round(w * rng.uniform(0.06, 0.18)))
        top = round(h * rng.uniform(0.2, 0.75))
        col = random_colour(rng, 25, 70)
        cv2.rectangle(img, (x, top), (x + bw, h), col, -1)
        step = max(3, bw // 4)
        for wy in range(top + step, h - 2, step):
            for wx in range(x + 2, x + bw - 2, step):
                if rng.random() < 0.4:
                    cv2.rectangle(
                        img, (wx, wy), (wx + max(1, step // 3), wy + max(1, step // 3)), (90, 210, 250), -1
                    )
        x += bw + rng.randrange(0, 6)
    return img


RENDERS: tuple[H11.Render, ...] = (pebbles, cones, bunting, skyline)


@dataclass
class Cast(H15.Cast):
    """heldout15's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h16-, whose drawn things are this set's: pebbles, traffic cones, bunting, a
    skyline."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h16-" + super().kind(layout).removeprefix("h15-")


# ----------------------------------------------------------------------------------------------
# Staging: poor copies and optics.
# ----------------------------------------------------------------------------------------------


def pixelated(k: int, nearest: bool) -> Callable[[np.ndarray], np.ndarray]:
    """A picture uploaded ``k`` times smaller and shown blown up again (for ``heldout10.redrawn``):
    blocks of k x k (``nearest``) or a soft bilinear blur of them; faces stay counted, blocky."""

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        tiny = cv2.resize(part, (max(1, w // k), max(1, h // k)), interpolation=cv2.INTER_AREA)
        how = cv2.INTER_NEAREST if nearest else cv2.INTER_LINEAR
        return cv2.resize(tiny, (w, h), interpolation=how)

    return fn


def recompressed(quality: int, times: int = 1) -> Callable[[np.ndarray], np.ndarray]:
    """A picture re-saved as JPEG at ``quality`` ``times`` times (a meme forwarded round the family):
    its ringing and 8 x 8 blocks baked in; faces stay counted."""

    def fn(part: np.ndarray) -> np.ndarray:
        out = part
        for k in range(times):
            ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, max(5, quality - 2 * k)])
            assert ok
            out = cv2.imdecode(buf, cv2.IMREAD_COLOR)
        return out

    return fn


def chroma(shift: int) -> Callable[[np.ndarray], np.ndarray]:
    """A cheap lens's colour fringes: the blue channel moved ``shift`` px left and up, the red one
    right and down (for ``heldout10.redrawn``); faces stay counted, fringed."""

    def fn(part: np.ndarray) -> np.ndarray:
        out = part.copy()
        h, w = part.shape[:2]
        d = min(shift, w - 1, h - 1)
        if d <= 0:
            return out
        out[: h - d, : w - d, 0] = part[d:, d:, 0]
        out[d:, d:, 2] = part[: h - d, : w - d, 2]
        return out

    return fn


def moire(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A screen photographed with a phone (for ``heldout10.redrawn`` over a w x h picture): the
    panel's sub-pixel stripes (every third column one channel brighter), interference bands of two
    close frequencies at a slant (10-25 % deep) and a soft glare; faces stay counted, banded."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    a, f1, f2 = rng.uniform(0.1, 0.25), rng.uniform(0.9, 1.3), rng.uniform(0.9, 1.3)
    t = rng.uniform(-0.6, 0.6)
    bands = 1 - a * (0.5 + 0.5 * np.sin(xs * f1 + ys * t) * np.sin(xs * f2 * 1.03 + ys * (t + 0.05)))
    gx, gy, gr = rng.uniform(0, w), rng.uniform(0, h), max(w, h) * rng.uniform(0.2, 0.5)
    glare = (np.exp(-((xs - gx) ** 2 + (ys - gy) ** 2) / (2 * gr * gr)) * rng.uniform(0.1, 0.3))[:, :, None]
    sub = np.ones((h, w, 3), np.float32) * 0.88
    for c in range(3):
        sub[:, c::3, c] = 1.12

    def fn(part: np.ndarray) -> np.ndarray:
        out = part.astype(np.float32) * sub * bands[:, :, None]
        return np.clip(out * (1 - glare) + 255 * glare, 0, 255).astype(np.uint8)

    return fn


def vignette(strength: float) -> Callable[[np.ndarray], np.ndarray]:
    """A heavy vignette (for ``heldout10.redrawn``): brightness falling from the middle to
    1 - ``strength`` at the corners; faces stay counted, darker towards the edges."""

    def fn(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        ry = ((np.arange(h, dtype=np.float32) + 0.5) / h - 0.5)[:, None] * 2
        rx = ((np.arange(w, dtype=np.float32) + 0.5) / w - 0.5)[None, :] * 2
        r2 = np.clip((rx * rx + ry * ry) / 2, 0, 1)
        k = 1 - strength * r2**0.8
        return (part * k[:, :, None]).astype(np.uint8)

    return fn


def grey_dim(level: float) -> Callable[[np.ndarray], np.ndarray]:
    """An always-on display's picture: grey, at ``level`` of its brightness; faces stay counted."""

    def fn(part: np.ndarray) -> np.ndarray:
        g = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32) * level
        return cv2.cvtColor(g.astype(np.uint8), cv2.COLOR_GRAY2BGR)

    return fn


def filtered(piece: np.ndarray, fn: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """``piece`` drawn through ``fn`` before it is pasted (its faces' boxes unchanged)."""
    return fn(piece.copy())


def clock(s: Screen, rng: random.Random, ink: Colour | None = None) -> None:
    """The status bar's clock drawn again over what went under it."""
    C.draw_clock(s.img, f"{rng.randrange(0, 24)}:{rng.randrange(0, 60):02d}", ink)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def oval(w: int, h: int) -> np.ndarray:
    m = np.zeros((h, w), np.uint8)
    cv2.ellipse(m, (w // 2, h // 2), (w // 2 - 1, h // 2 - 1), 0, 0, 360, 255, -1, cv2.LINE_AA)
    return m


def guest_row(cast: Cast, s: Screen, rng: random.Random, y: int, lo: float, hi: float) -> int:
    """A row of a guestbook or a donations list: a face (or initials), a name, one to three lines of
    text; returns the y under it."""
    fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.05, 1.25))
    cast.person(s, 30, y, fp, side)
    s.words(rng, 50 + side, y + 24, 0.55, 2)
    return _text_lines(s, rng, 50 + side, y + 60, rng.randrange(1, 4), 0.5) + 24


def memorial(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An online memorial: the portrait in a gilt oval (faces 80-200 px, sepia or grey as an old
    print), the name and the years, a drawn candle and a "lit a candle" stack of 18-24 px faces, a
    photo wall of old prints uploaded small and blown up 3-4 times (``pixelated``: faces 20-70 px,
    blocky or soft), then the guestbook (20-30 px faces, initials on some)."""
    s = new_screen_for(rng, name, cast.kind("memorial"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 1)
    pw = rng.randrange(300, 400)
    ph = round(pw * 1.28)
    x, y = (W - 8 - pw) // 2, STATUS_H + 120
    cv2.ellipse(
        img, (x + pw // 2, y + ph // 2), (pw // 2 + 14, ph // 2 + 14), 0, 0, 360, GOLD, 12, cv2.LINE_AA
    )
    piece, faces = portrait(cast, pw, ph, small(rng, 80, 200))
    paste_photo(cast, s, filtered(piece, H10.printed(rng)), faces, x, y, oval(pw, ph))
    y += ph + 70
    s.words(rng, 200, y, 1.1, 2)
    s.words(rng, 300, y + 46, 0.6, 2, GREY)
    y += 90
    cx = 70
    cv2.rectangle(img, (cx - 12, y + 10), (cx + 12, y + 60), (225, 235, 245), -1)
    cv2.ellipse(img, (cx, y - 4), (7, 14), 0, 0, 360, (80, 200, 255), -1, cv2.LINE_AA)
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    end = cast.stack(s, 110, y + 14, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
    s.words(rng, end + 16, y + 14 + sd // 2 + 8, 0.5, 3, GREY)
    y += 100
    cols = 3
    t = (W - 8 - 40 - 12 * (cols - 1)) // cols
    for _ in range(rng.randrange(1, 3)):
        th = round(t * rng.uniform(0.8, 1.2))
        for j in range(cols):
            xx = 20 + j * (t + 12)
            piece, faces = snapshot(cast, t, th, 20, small(rng, 24, 70), 0.9)
            piece = filtered(piece, H10.printed(rng))
            piece = filtered(piece, pixelated(rng.randrange(3, 5), rng.random() < 0.6))
            paste_photo(cast, s, piece, faces, xx, y)
        y += th + 12
    y += 30
    s.words(rng, 30, y, 0.8, 2)
    y += 40
    while y + 90 < H - NAV_H:
        y = guest_row(cast, s, rng, y, 20, 30)
    H5.nav_bar(s)
    return s.finish()


def wedding(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding's app: the couple's photo (two people, faces 50-220 px, or a thing) full width under
    a heavy vignette (``vignette``: corners 55-85 % darker) with their names in big type over its
    foot (over a chin on some), a countdown, the wedding party as round photos (36-60 px faces) cut
    by the right edge, the guests' photo wall in two columns (faces 18-60 px) with hearts and counts,
    an RSVP stack of 18-24 px faces."""
    s = new_screen_for(rng, name, cast.kind("wedding"))
    img, page = s.img, s.bg
    w = W - 8
    hh = rng.randrange(620, 860)
    if cast.photos and rng.random() < 0.75:
        fp = small(rng, 50, 220)
        piece, faces = gathering(cast, w, hh, fp * 0.9, fp, 1, 2, (1.3, 1.9), rng.uniform(0.0, 0.3))
    else:
        piece, faces = snapshot(cast, w, hh, 50, 220, 0.9)
    paste_photo(cast, s, piece, faces, 0, STATUS_H)
    H10.redrawn(s, (0, STATUS_H, w, STATUS_H + hh), vignette(rng.uniform(0.55, 0.85)))
    clock(s, rng, WHITE)
    ty = STATUS_H + hh - rng.randrange(40, 160)
    cv2.putText(
        img, H5.shout(rng)[:14], (40, ty), cv2.FONT_HERSHEY_SCRIPT_COMPLEX, 2.4, WHITE, 4, cv2.LINE_AA
    )
    y = STATUS_H + hh + 30
    for k in range(4):
        fill(img, rounded_rect(110, 200, 20), 40 + k * 250, y, off(page, 18))
        cv2.putText(
            img, str(rng.randrange(0, 60)), (80 + k * 250, y + 72), cv2.FONT_HERSHEY_DUPLEX, 1.6, s.accent, 3
        )
    y += 150
    s.words(rng, 30, y, 0.8, 2)
    y += 30
    fp, side = _size(rng, 36, small(rng, 37, 60), (1.2, 1.4))
    xx = 30
    while xx < w:
        cast.avatar(s, xx, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        s.words(rng, xx, y + side + 28, 0.45, 1)
        xx += side + 34
    y += side + 70
    cw = (w - 60 - 16) // 2
    ys = [y, y + rng.randrange(0, 80)]
    for _ in range(8):
        j = 0 if ys[0] <= ys[1] else 1
        ch = rng.randrange(240, 420)
        if ys[j] + 60 > H - NAV_H:
            break
        piece, faces = snapshot(cast, cw, ch, 18.3, small(rng, 20, 60), 0.85)
        paste_photo(cast, s, piece, faces, 30 + j * (cw + 16), ys[j])
        heart(img, (30 + j * (cw + 16) + 30, ys[j] + ch - 28), 14, RED)
        ys[j] += ch + 16
    fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    pill(img, 30, H - NAV_H - 100, 420, 76, off(page, 20))
    cast.stack(s, 50, H - NAV_H - 62 - sd // 2, rng.randrange(3, 6), fp, sd, round(sd * 0.7), off(page, 20))
    H5.nav_bar(s)
    return s.finish()


def community(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A church or community centre's app: the sermon or talk video (a speaker, faces 60-200 px, or
    a photo filling it) with a LIVE pill and a play button over it, this week's events (a photo of
    people, faces 18-60 px, the date, the host's 24-32 px face, a "going" stack of 18-24 px faces),
    small groups with their leader's 28-40 px face and a join pill."""
    s = new_screen_for(rng, name, cast.kind("community"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    vw, vh = W - 8 - 60, rng.randrange(400, 540)
    H12.full_frame(cast, s, (30, y, 30 + vw, y + vh), small(rng, 60, 200), 0.3)
    pill(img, 50, y + 20, 110, 44, RED)
    cv2.putText(img, "LIVE", (70, y + 53), cv2.FONT_HERSHEY_DUPLEX, 0.9, WHITE, 2)
    cv2.circle(img, (30 + vw // 2, y + vh // 2), 46, (30, 30, 30), -1, cv2.LINE_AA)
    tri = np.array([[30 + vw // 2 - 14, y + vh // 2 - 22], [30 + vw // 2 - 14, y + vh // 2 + 22],
                    [30 + vw // 2 + 24, y + vh // 2]], np.int32)  # fmt: skip
    cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
    y += vh + 30
    chips(s, rng, y, 4, 200, rng.randrange(4))
    y += 90
    card = off(page, 16)
    for _ in range(rng.randrange(2, 4)):
        ch = rng.randrange(240, 300)
        if y + ch > H - NAV_H - 120:
            break
        fill(img, rounded_rect(ch, W - 8 - 60, 24), 30, y, card)
        pw = rng.randrange(300, 400)
        paste_photo(cast, s, *snapshot(cast, pw, ch - 24, 18.3, small(rng, 20, 60), 0.85), 42, y + 12)
        tx = 42 + pw + 24
        cv2.putText(img, str(rng.randrange(1, 29)), (tx, y + 60), cv2.FONT_HERSHEY_DUPLEX, 1.4, s.accent, 3)
        s.words(rng, tx, y + 104, 0.6, 2)
        fp, side = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
        cast.person(s, tx, y + 130, fp, side)
        s.words(rng, tx + side + 12, y + 130 + side // 2 + 8, 0.45, 2, GREY)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        cast.stack(s, tx, y + ch - sd - 24, rng.randrange(2, 5), fp, sd, round(sd * 0.7), card)
        y += ch + 24
    s.words(rng, 30, y + 20, 0.8, 2)
    y += 50
    while y + 90 < H - NAV_H:
        fp, side = _size(rng, 28, small(rng, 29, 40), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + 26, 0.55, 3)
        s.words(rng, 50 + side, y + 56, 0.45, 2, GREY)
        pill(img, W - 190, y + 10, 140, 46, s.accent)
        y += max(side, 66) + 22
    H5.nav_bar(s)
    return s.finish()


def app_area(comp: Composite) -> tuple[np.ndarray, list[BoxF]]:
    """A finished screen's app area (between the status and the navigation bars), unlifted, its
    faces moved along."""
    piece = unlift(comp.image[STATUS_H : H - NAV_H, : W - 8])
    return piece, [(a, b - STATUS_H, c, d - STATUS_H) for a, b, c, d in comp.faces]


def two_apps(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Two apps at once (other screens of this set, ``INNER``): split screen (the top app's area cut
    to its upper part, the bottom app's likewise, each a window with rounded corners on black, a
    divider with a handle between; faces cut by a window's edge count while half shows) or a pop-up
    window (an app area scaled to 0.42-0.6, rounded corners, a shadow and a title bar, over the
    other app; faces scaled along, those under 18 px not counted)."""
    s = Screen.new(rng, name, cast.kind("twoapps"), "dark")
    img = s.img
    w, ah = W - 8, H - NAV_H - STATUS_H
    img[STATUS_H : H - NAV_H] = (8, 8, 8)
    a = app_area(rng.choice(INNER)(cast, rng, "inner"))
    b = app_area(rng.choice(INNER)(cast, rng, "inner"))
    if rng.random() < 0.55:
        top = round((ah - 36) * rng.uniform(0.4, 0.6))
        bot = ah - 36 - top
        for (piece, faces), y0, hh in ((a, STATUS_H, top), (b, STATUS_H + top + 36, bot)):
            oy = rng.randrange(0, ah - hh + 1) if rng.random() < 0.4 else 0
            cut, boxes = C._crop(piece, list(faces), 0, oy, w, hh, cast.min_visible)
            paste_photo(cast, s, cut, boxes, 0, y0, rounded_rect(hh, w, 36))
        pill(img, w // 2 - 70, STATUS_H + top + 12, 140, 12, (200, 200, 200))
    else:
        paste_photo(cast, s, *a, 0, STATUS_H, rounded_rect(ah, w, 36))
        k = rng.uniform(0.42, 0.6)
        pw, ph = round(w * k), round(ah * k)
        small_b = cv2.resize(b[0], (pw, ph), interpolation=cv2.INTER_AREA)
        boxes = [(p * k, q * k, r * k, t * k) for p, q, r, t in b[1]]
        px = rng.randrange(20, w - pw - 20)
        py = STATUS_H + rng.randrange(60, ah - ph - 60)
        H10.redrawn(
            s, (px - 10, py - 30, px + pw + 20, py + ph + 20), lambda part: (part * 0.6).astype(np.uint8)
        )
        fill(img, rounded_rect(40, pw, 20), px, py - 40, (60, 60, 64))
        cv2.line(img, (px + pw // 2 - 40, py - 20), (px + pw // 2 + 40, py - 20), (200, 200, 200), 6)
        paste_photo(cast, s, small_b, boxes, px, py, rounded_rect(ph, pw, 24))
    H5.nav_bar(s)
    return s.finish()


def id_card(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """An ID card w x h: a pale guilloche ground, a coloured band, the holder's portrait (faces
    40-90 px) under a hologram's rainbow bands, a faded grey ghost copy of it at half the size (its
    face counted when 18 px or more), lines of text, a chip."""

    def draw(sc: Screen) -> None:
        base = random_colour(rng, 190, 245)
        gradient(sc.img, (0, 0, w, h), base, tone(base, -25))
        for k in range(0, w + h, 14):
            cv2.line(sc.img, (k, 0), (k - h, h), tone(base, -12), 1, cv2.LINE_AA)
        cv2.rectangle(sc.img, (0, 0), (w, h // 6), random_colour(rng, 60, 180), -1)
        pw = round(w * 0.3)
        ph = round(pw * 1.3)
        px, py = round(w * 0.05), h // 6 + round(h * 0.06)
        piece, faces = portrait(cast, pw, ph, min(small(rng, 40, 90), pw * 0.5))
        paste_photo(cast, sc, piece, faces, px, py)
        H10.redrawn(sc, (px, py, px + pw, py + ph), H13.foil(rng, pw, ph, rng.uniform(0.15, 0.35)))
        gw = pw // 2
        gh, k = round(ph / 2), gw / pw
        ghost = cv2.cvtColor(cv2.resize(piece, (gw, gh), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        ghost = (255 - (255 - ghost.astype(np.float32)) * 0.5).astype(np.uint8)
        gboxes = [(a * k, b * gh / ph, c * k, d * gh / ph) for a, b, c, d in faces]
        paste_photo(cast, sc, cv2.cvtColor(ghost, cv2.COLOR_GRAY2BGR), gboxes, w - gw - 20, h - gh - 12)
        for k in range(5):
            sc.words(rng, px + pw + 30, py + 30 + k * 34, 0.5, rng.randrange(2, 4), INK)
        cv2.rectangle(sc.img, (px + pw + 30, h - 90), (px + pw + 90, h - 44), GOLD, -1)

    return offscreen(w, h, draw)


def id_scan(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An identity check's ID scan: the camera's view (a blurred desk, a thing) with an ID card held
    askew (``id_card``: the holder's 40-90 px face under a hologram), the outside of the scan frame
    dimmed to 40-60 %, white corner brackets, the whole view through a lens's colour fringes
    (``chroma``, 1-4 px) and on some pixelated a little; then a sheet: the steps, the selfie to
    match in an oval (faces 50-100 px), a help line by an agent's 20-30 px face, buttons."""
    s = Screen.new(rng, name, cast.kind("idscan"), "dark")
    img = s.img
    w = W - 8
    vh = rng.randrange(1100, 1300)
    blit(img, H15.blurred(cast.piece(w, vh), rng.uniform(4, 10)), 0, STATUS_H)
    cw = rng.randrange(640, 820)
    ch = round(cw / 1.586)
    out, boxes, where = turned(*id_card(cast, rng, cw, ch), rng.uniform(-9, 9))
    x0 = (w - out.shape[1]) // 2 + rng.randrange(-40, 41)
    y0 = STATUS_H + (vh - out.shape[0]) // 2 + rng.randrange(-60, 61)
    paste_photo(cast, s, out, boxes, x0, y0, where)
    fx1, fy1 = (w - cw - 80) // 2, STATUS_H + (vh - ch - 80) // 2
    fx2, fy2 = fx1 + cw + 80, fy1 + ch + 80
    level = rng.uniform(0.4, 0.6)
    dim = H15.dimmed(level)
    for r in ((0, STATUS_H, w, fy1), (0, fy2, w, STATUS_H + vh), (0, fy1, fx1, fy2), (fx2, fy1, w, fy2)):
        if r[2] > r[0] and r[3] > r[1]:
            H10.redrawn(s, r, dim)
    H10.redrawn(s, (0, STATUS_H, w, STATUS_H + vh), chroma(rng.randrange(1, 5)))
    for cx, cy, dx, dy in ((fx1, fy1, 1, 1), (fx2, fy1, -1, 1), (fx1, fy2, 1, -1), (fx2, fy2, -1, -1)):
        cv2.line(img, (cx, cy), (cx + dx * 60, cy), WHITE, 6)
        cv2.line(img, (cx, cy), (cx, cy + dy * 60), WHITE, 6)
    clock(s, rng, WHITE)
    s.words(rng, 60, STATUS_H + 70, 0.8, 4, WHITE)
    y = STATUS_H + vh
    cv2.rectangle(img, (0, y), (w, H - NAV_H), (34, 34, 38), -1)
    y += 40
    for k in range(3):
        badge(
            img, (70, y + 30 + k * 80), 22, GREEN if k == 0 else GREY, "check" if k == 0 else "", (34, 34, 38)
        )
        s.words(rng, 120, y + 40 + k * 80, 0.6, 3, WHITE)
    ow = rng.randrange(160, 220)
    ohh = round(ow * 1.3)
    fp = min(small(rng, 50, 100), ow * 0.55)
    piece, faces = portrait(cast, ow, ohh, fp)
    cv2.ellipse(img, (w - 60 - ow // 2, y + ohh // 2), (ow // 2 + 6, ohh // 2 + 6), 0, 0, 360, GREEN, 5)
    paste_photo(cast, s, piece, faces, w - 60 - ow, y, oval(ow, ohh))
    y = max(y + ohh + 30, y + 270)
    fp, side = _size(rng, 20, small(rng, 21, 30), (1.1, 1.25))
    if y + side + 20 < H - NAV_H:  # help: an agent's face by a chat line
        cast.person(s, 40, y, fp, side)
        s.words(rng, 60 + side, y + side // 2 + 8, 0.5, 4, (200, 200, 200))
        y += side + 24
    if y + 80 < H - NAV_H:
        pill(img, 40, min(y, H - NAV_H - 100), w - 80, 76, s.accent)
    H5.nav_bar(s)
    return s.finish()


def tv_snaps(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fans' forum of phone photos of a TV or a monitor: posts by 24-36 px faces (initials on
    some), each photo a broadcast (a portrait or people, faces 30-200 px, or a thing) inside the
    set's dark bezel, under moiré bands and sub-pixel stripes and a glare (``moire``), turned 1-5
    degrees on a blurred room; comment counts and stacks of 18-24 px faces."""
    s = new_screen_for(rng, name, cast.kind("tvsnaps"))
    img, page = s.img, s.bg
    header(s, rng, s.fg, 2)
    y = STATUS_H + 110
    w = W - 8
    while y + 200 < H - NAV_H:
        fp, side = _size(rng, 24, small(rng, 25, 36), (1.1, 1.3))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2 + 8, 0.55, 3)
        y += side + 16
        ph = min(rng.randrange(420, 620), H - NAV_H - y)
        pw = w - 60
        tw, th = round(pw * 0.8), round(ph * 0.7)

        def draw(sc: Screen, pw: int = pw, ph: int = ph, tw: int = tw, th: int = th) -> None:
            sc.img[:] = H15.blurred(cast.piece(pw, ph), 8)
            if rng.random() < 0.5:
                screen, faces = portrait(cast, tw, th, small(rng, 30, min(200, tw * 0.4)))
            else:
                screen, faces = snapshot(cast, tw, th, 30, 160, 0.9)
            screen = filtered(screen, moire(rng, tw, th))
            bx, by = (pw - tw) // 2, (ph - th) // 2
            cv2.rectangle(sc.img, (bx - 18, by - 18), (bx + tw + 18, by + th + 18), (20, 20, 22), -1)
            paste_photo(cast, sc, screen, faces, bx, by)

        piece, faces = offscreen(pw, ph, draw)
        out, boxes, where = turned(piece, faces, rng.uniform(1, 5) * rng.choice((-1, 1)))
        ox, oy = (out.shape[1] - pw) // 2, (out.shape[0] - ph) // 2
        cut, cboxes = C._crop(out, boxes, ox, oy, pw, ph, cast.min_visible)
        paste_photo(cast, s, cut, cboxes, 30, y, rounded_rect(ph, pw, 20))
        del where
        y += ph + 20
        if y + 50 > H - NAV_H:
            break
        heart(img, (50, y + 16), 14, RED)
        fp, sd = _size(rng, 18.3, 24, (1.05, 1.2))
        end = cast.stack(s, 84, y + 16 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), page)
        s.words(rng, end + 14, y + 24, 0.45, 3, GREY)
        y += 60
        cv2.line(img, (0, y), (w, y), off(page, 25), 6)
        y += 26
    H5.nav_bar(s)
    return s.finish()


def forwarded(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A family group chat of forwarded pictures: the group's header stack (18-26 px faces), then
    messages: the sender's 20-28 px face (initials on some) by a bubble of text, or by a "forwarded
    many times" picture (faces 24-120 px) re-saved to JPEG quality 8-25 one to three times
    (``recompressed``) and, on half, blown up from a copy 3-4 times smaller (``pixelated``), on some
    a reply's quote with a 64 px thumbnail over the bubble's top; one's own bubbles on the right."""
    s = new_screen_for(rng, name, cast.kind("forwarded"))
    img, page = s.img, s.bg
    w = W - 8
    cv2.rectangle(img, (0, STATUS_H), (w, STATUS_H + 110), off(page, 14), -1)
    cv2.arrowedLine(img, (64, STATUS_H + 55), (26, STATUS_H + 55), s.fg, 4, tipLength=0.5)
    fp, sd = _size(rng, 18.3, 26, (1.05, 1.2))
    end = cast.stack(
        s, 90, STATUS_H + 55 - sd // 2, rng.randrange(3, 5), fp, sd, round(sd * 0.7), off(page, 14)
    )
    s.words(rng, end + 18, STATUS_H + 64, 0.7, 2)
    y = STATUS_H + 140
    bubble = off(page, 22)
    while y + 120 < H - NAV_H - 110:
        mine = rng.random() < 0.25
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        bx = 50 + side if not mine else 0
        if rng.random() < 0.55:
            pw = rng.randrange(480, 760)
            ph = min(round(pw * rng.uniform(0.6, 1.25)), H - NAV_H - 110 - y - 60)
            if ph < 160:
                break
            bx = bx if not mine else w - 30 - pw - 24
            fill(img, rounded_rect(ph + 80, pw + 24, 24), bx, y, s.accent if mine else bubble)
            s.words(rng, bx + 40, y + 34, 0.45, 3, GREY)
            cv2.arrowedLine(img, (bx + 14, y + 26), (bx + 32, y + 26), GREY, 2, tipLength=0.4)
            piece, faces = snapshot(cast, pw, ph, 24, small(rng, 30, 120), 0.9)
            if rng.random() < 0.5:
                piece = filtered(piece, pixelated(rng.randrange(3, 5), rng.random() < 0.5))
            piece = filtered(piece, recompressed(rng.randrange(8, 26), rng.randrange(1, 4)))
            paste_photo(cast, s, piece, faces, bx + 12, y + 52, rounded_rect(ph, pw, 16))
            if rng.random() < 0.3:
                fill(img, rounded_rect(88, pw - 40, 12), bx + 32, y + 64, off(page, 40))
                cast.thing(s, bx + 44, y + 76, 64, 64)
                s.words(rng, bx + 130, y + 112, 0.45, 3)
            bh = ph + 80
        else:
            lines = rng.randrange(1, 4)
            bw = rng.randrange(300, 700)
            bx = bx if not mine else w - 30 - bw
            bh = 30 + lines * 34
            fill(img, rounded_rect(bh, bw, 22), bx, y, s.accent if mine else bubble)
            for k in range(lines):
                s.words(rng, bx + 22, y + 44 + k * 34, 0.55, rng.randrange(2, 5), WHITE if mine else s.fg)
        if not mine:
            cast.person(s, 30 - 10, y + bh - side, fp, side)
        y += bh + 26
    pill(img, 30, H - NAV_H - 96, w - 60, 72, off(page, 18))
    s.words(rng, 70, H - NAV_H - 50, 0.55, 2, GREY)
    H5.nav_bar(s)
    return s.finish()


def ambient(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An always-on display: black, on most the wallpaper's portrait (faces 150-600 px, or a photo
    filling the screen) in grey at 40-75 % brightness (``grey_dim``), a big thin clock and the date,
    a row of notification icons, each a contact's 18-26 px face with an app's badge, a conversation
    card (a 40-70 px face) and a now-playing card (a cover with faces 18-34 px), then the whole
    screen dimmed to 45-70 % (the wallpaper at 18-53 % of its brightness)."""
    s = Screen.new(rng, name, cast.kind("ambient"), "dark")
    img = s.img
    w = W - 8
    img[:] = 0
    if rng.random() < 0.75:
        H12.full_frame(cast, s, (0, 0, w, H), small(rng, 150, 600), 0.5)
        H10.redrawn(s, (0, 0, w, H), grey_dim(rng.uniform(0.4, 0.75)))
    ty = STATUS_H + rng.randrange(180, 420)
    cv2.putText(img, f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}", (w // 2 - 260, ty),
                cv2.FONT_HERSHEY_SIMPLEX, 5.0, (200, 200, 200), 4, cv2.LINE_AA)  # fmt: skip
    s.words(rng, w // 2 - 160, ty + 70, 0.7, 3, (170, 170, 170))
    y = ty + 130
    fp, side = _size(rng, 18.3, 26, (1.1, 1.25))
    n = rng.randrange(2, 6)
    x = w // 2 - n * (side + 30) // 2
    for _ in range(n):
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        badge(img, (x + side - 4, y + side - 4), 9, random_colour(rng, 80, 220), "", (0, 0, 0))
        x += side + 30
    y = H - NAV_H - rng.randrange(520, 700)
    if rng.random() < 0.7:
        fill(img, rounded_rect(150, w - 120, 30), 60, y, (28, 28, 30))
        fp, side = _size(rng, 40, small(rng, 41, 70), (1.15, 1.3))
        cast.avatar(s, 84, y + 75 - side // 2, fp, side, "circle")
        s.words(rng, 110 + side, y + 64, 0.6, 2, (200, 200, 200))
        s.words(rng, 110 + side, y + 100, 0.5, 4, (150, 150, 150))
        y += 180
    fill(img, rounded_rect(150, w - 120, 30), 60, y, (28, 28, 30))
    paste_photo(cast, s, *snapshot(cast, 110, 110, 18.3, small(rng, 20, 34), 0.8), 80, y + 20)
    s.words(rng, 220, y + 64, 0.6, 2, (200, 200, 200))
    cv2.rectangle(img, (220, y + 100), (220 + rng.randrange(80, 500), y + 106), (150, 150, 150), -1)
    H10.redrawn(s, (0, 0, w, H), H15.dimmed(rng.uniform(0.45, 0.7)))
    H5.nav_bar(s)
    cv2.rectangle(img, (0, H - NAV_H), (W, H), (0, 0, 0), -1)
    return s.finish()


def tutors(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tutoring marketplace: a search field, subject chips, a featured tutor's intro video (a
    portrait, faces 60-180 px) with a play button and a duration badge, tutors' cards in two columns
    (a portrait, faces 40-100 px, a price pill over its foot, stars, the name, subjects), recently
    viewed tutors (24-34 px faces) cut by the right edge."""
    s = new_screen_for(rng, name, cast.kind("tutors"))
    img, page = s.img, s.bg
    w = W - 8
    pill(img, 30, STATUS_H + 30, w - 60, 70, off(page, 20))
    s.words(rng, 80, STATUS_H + 76, 0.6, 2, GREY)
    chips(s, rng, STATUS_H + 130, 5, 180, rng.randrange(5))
    y = STATUS_H + 220
    vw, vh = w - 60, rng.randrange(380, 500)
    paste_photo(cast, s, *portrait(cast, vw, vh, small(rng, 60, min(180, vh * 0.4))), 30, y)
    cv2.circle(img, (30 + vw // 2, y + vh // 2), 44, (245, 245, 245), -1, cv2.LINE_AA)
    tri = np.array([[30 + vw // 2 - 12, y + vh // 2 - 20], [30 + vw // 2 - 12, y + vh // 2 + 20],
                    [30 + vw // 2 + 22, y + vh // 2]], np.int32)  # fmt: skip
    cv2.fillPoly(img, [tri], INK, cv2.LINE_AA)
    pill(img, 30 + vw - 120, y + vh - 56, 100, 40, (20, 20, 20))
    cv2.putText(img, f"{rng.randrange(0, 3)}:{rng.randrange(60):02d}", (30 + vw - 100, y + vh - 28),
                cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2)  # fmt: skip
    y += vh + 30
    s.words(rng, 30, y + 10, 0.8, 2)
    y += 30
    fp, side = _size(rng, 24, small(rng, 25, 34), (1.1, 1.3))
    x = 30
    while x < w:
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        x += side + 26
    y += side + 40
    cw = (w - 60 - 20) // 2
    card = off(page, 14)
    while y + 200 < H - NAV_H:
        ph = round(cw * rng.uniform(0.85, 1.05))
        for j in range(2):
            x = 30 + j * (cw + 20)
            fill(img, rounded_rect(ph + 130, cw, 22), x, y, card)
            piece, faces = portrait(cast, cw, ph, small(rng, 40, 100))
            paste_photo(cast, s, piece[: H - NAV_H - y], faces, x, y)
            if y + ph + 100 < H - NAV_H:
                pill(img, x + 14, y + ph - 54, 130, 42, s.accent)
                cv2.putText(
                    img,
                    f"${rng.randrange(15, 90)}",
                    (x + 34, y + ph - 24),
                    cv2.FONT_HERSHEY_DUPLEX,
                    0.8,
                    WHITE,
                    2,
                )
                stars(img, x + 30, y + ph + 30, 10, rng.randrange(3, 6), GOLD, GREY)
                s.words(rng, x + 20, y + ph + 76, 0.55, 2)
                s.words(rng, x + 20, y + ph + 108, 0.45, 2, GREY)
        y += ph + 150
    H5.nav_bar(s)
    return s.finish()


def crowdfund(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A crowdfunding page: the campaign's video (people, faces 30-200 px, or a thing) with a play
    button, its title, the raised bar and amounts, the organiser's 40-60 px face beside a stack of
    co-organisers (18-24 px faces), donate and share pills, donations (20-28 px faces, initials on
    some, amounts), an update with a photo (faces 18-60 px)."""
    s = new_screen_for(rng, name, cast.kind("crowdfund"))
    img, page = s.img, s.bg
    w = W - 8
    vh = rng.randrange(480, 640)
    paste_photo(cast, s, *snapshot(cast, w, vh, 30, small(rng, 40, 200), 0.9), 0, STATUS_H)
    cv2.circle(img, (w // 2, STATUS_H + vh // 2), 50, (245, 245, 245), -1, cv2.LINE_AA)
    cv2.circle(img, (w // 2, STATUS_H + vh // 2), 20, INK, -1, cv2.LINE_AA)
    clock(s, rng, WHITE)
    y = STATUS_H + vh + 50
    s.words(rng, 30, y, 0.9, 3)
    y += 40
    cv2.rectangle(img, (30, y), (w - 30, y + 14), off(page, 30), -1)
    cv2.rectangle(img, (30, y), (30 + round((w - 60) * rng.uniform(0.1, 0.95)), y + 14), GREEN, -1)
    cv2.putText(img, f"${rng.randrange(1, 99)},{rng.randrange(100, 999)}", (30, y + 64),
                cv2.FONT_HERSHEY_DUPLEX, 1.1, s.fg, 2, cv2.LINE_AA)  # fmt: skip
    y += 100
    fp, side = _size(rng, 40, small(rng, 41, 60), (1.15, 1.3))
    cast.avatar(s, 30, y, fp, side, "circle")
    fp2, sd = _size(rng, 18.3, 24, (1.05, 1.2))
    end = cast.stack(s, 50 + side, y + side - sd, rng.randrange(2, 4), fp2, sd, round(sd * 0.7), page)
    s.words(rng, end + 16, y + side // 2, 0.55, 3)
    y += side + 30
    pill(img, 30, y, (w - 80) // 2, 70, s.accent)
    pill(img, 50 + (w - 80) // 2, y, (w - 80) // 2, 70, off(page, 25))
    y += 110
    update = rng.randrange(1, 4)
    k = 0
    while y + 90 < H - NAV_H:
        k += 1
        if k == update and y + 360 < H - NAV_H:
            s.words(rng, 30, y + 20, 0.7, 2)
            y = _text_lines(s, rng, 30, y + 60, 2, 0.5)
            ph = min(rng.randrange(260, 380), H - NAV_H - y)
            paste_photo(cast, s, *snapshot(cast, w - 60, ph, 18.3, small(rng, 20, 60), 0.9), 30, y)
            y += ph + 30
            continue
        fp, side = _size(rng, 20, small(rng, 21, 28), (1.05, 1.2))
        cast.person(s, 30, y, fp, side)
        s.words(rng, 50 + side, y + side // 2, 0.55, 2)
        amount = f"${rng.randrange(5, 500)}"
        cv2.putText(img, amount, (50 + side, y + side // 2 + 36), cv2.FONT_HERSHEY_SIMPLEX, 0.6, GREY, 2)
        y += max(side, 60) + 24
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
INNER: tuple[Layout, ...] = (
    memorial, wedding, community, id_scan, tv_snaps, forwarded, ambient, tutors, crowdfund,
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (*INNER, two_apps)
# with people: each twice a round but the always-on display and two apps at once
ONCE = (ambient, two_apps)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, memorial, tv_snaps, forwarded)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT16_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h16", photos, free, seed, reps)
