"""A fourth held-out set of screens (issue 14), BLIND: nobody tunes on it, nobody looks at its
results before the detector is frozen.

heldout.py, heldout2.py and heldout3.py have all been scored, so none of them measures what an
unseen study would any more. This set was written without running any detector on it and without
reading the detector's code. It uses only the held-out face photos (``composites.HELDOUT``,
two_people.jpg left out as in heldout2 and heldout3), heldout2's face-free photos
(``FREE_HELDOUT2``) and its own seed (``HELDOUT4_SEED``). Faces are pasted and settled through
heldout2's ``Screen`` (a face keeps only the pixels that stay visible after later drawing and is
dropped when under half is left), cast through heldout3's ``Cast`` (people, or pets, objects,
textures and initials in their places on face-free screens).

Its weight is on small faces (18-40 px, continuous), with some of 40-200 px and a few larger, in
layouts none of the earlier sets draws (heldout2 draws a day calendar, a swipe card and a
picture-in-picture call: the meetings, dating and call screens here are other screens of such apps):
- a short-video feed: a full-bleed frame (or a duet of two), a right rail with the creator's avatar
  and a '+' badge over its lower edge, like/comment/share icons, a spinning sound disc with a tiny
  avatar, a caption and a comment preview with 18-24 px avatars;
- a video list: 16:9 thumbnails (faces 18-60 px, some larger under bold thumbnail titles), duration
  badges, 24-36 px channel avatars, compact rows, a shelf of vertical shorts cut by the right edge;
- meetings: a week strip, meeting cards with overlapping attendee stacks (20-32 px) ended by a "+N"
  counter over the last one, attendee lists with answer badges (check, cross, ?) on the avatars;
- a dating profile: a row of new matches cut by the edge, a large portrait with a verified badge and
  pass/like buttons over its lower edge, a strip of small profile photos, rows of who liked them;
- a screenshot shared in a chat and an app switcher / tab grid: other screens of this set scaled
  down to 0.28-0.72 (their faces scale along; faces that end up under 18 px are drawn but not
  counted, as everywhere in the bench);
- a video call in speaker view: the speaker full width, a filmstrip or a side column of small tiles
  (faces 18-60 px, name labels and mute badges over them, camera-off tiles showing the avatar) and a
  self view;
- a game leaderboard on dark gradients: a podium (glow rings, medal rims, a crown, rank badges) or a
  team lobby (level and ready badges), then rank rows of 20-30 px avatars, some with glow rings;
- a payments feed (send-again circles cut by the edge, payer and payee stacked, amounts), a news
  reader (hero photo, author bylines, thumbnails with play buttons over them), a photo being tagged
  (squares round the faces, name chips under them, a row of the tagged people, comments).
Avatar looks as in heldout2 (circles, squircles, rounded and plain squares, story rings, borders,
rotation, grey, dark backdrops); light, dark and tinted themes; JPEG quality 30-60. A photo of
people that does not fill its frame (a small face in a wide thumbnail) sits on a blurred, darkened
face-free backdrop, as video apps fill a frame.

At the default 4 reps: 64 screens with 1,226 faces (752 under 32 px, 372 of 32-63, 68 of 64-127,
34 larger; 928 under 40 px) and 40 face-free screens (the same layouts, bar the photo tagging,
with pets, objects, textures and initials in the people's places); ``reps=1`` a quarter (16
screens with 307 faces, 10 face-free). Counted by running the generator alone (no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout3 as H3
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import (
    Colour,
    Screen,
    _cut,
    blit,
    fill,
    gradient,
    mask,
    random_colour,
    rounded_rect,
)
from heldout3 import WHITE, _size, _text_lines, shade

HELDOUT4_SEED = 6464

DARK: Colour = (25, 25, 28)
RED: Colour = (70, 60, 235)
GREEN: Colour = (90, 200, 80)
GOLD: Colour = (40, 200, 250)
GREY: Colour = (150, 150, 150)


@dataclass
class Cast(H3.Cast):
    """heldout3's cast (people, or things in their places), its screens marked h4-."""

    def kind(self, layout: str) -> str:
        return f"h4-{layout}" if self.photos else f"h4-noface-{layout}"

    def stack(self, s: Screen, x: int, y: int, n: int, fp: float, side: int, step: int, edge: Colour,
              shape: str = "circle") -> int:  # fmt: skip
        """``n`` avatars ``step`` px apart (overlapping), the left or the right one on top, each cut
        out by a ring of ``edge``; returns the x right of the stack."""
        xs = [x + i * step for i in range(n)]
        for xi in xs if self.rng.random() < 0.6 else xs[::-1]:
            self.avatar(s, xi, y, fp * self.rng.uniform(0.92, 1.0), side, shape, edge)
        return xs[-1] + side

    def shown(self, tile: np.ndarray) -> np.ndarray:
        """255 where a photo tile shows the photo (the rest is the zero padding round it): here
        every pixel that is not black."""
        return (tile.max(axis=2) > 0).astype(np.uint8) * 255

    def photo(
        self, s: Screen, x: int, y: int, w: int, h: int, fp: float, m: np.ndarray | None = None
    ) -> None:
        """heldout3's photo of people, but where the photo does not reach (a small face in a wide
        frame) a blurred, darkened face-free backdrop shows instead of black, as video apps fill a
        frame; a face-free cast draws a thing."""
        if not self.photos:
            self.thing(s, x, y, w, h, m)
            return
        rng = self.rng
        p, f = HO._face(self.photos, rng)
        tile, faces = C.face_tile(p, f, fp, w, h, rng, self.min_visible)
        shown = self.shown(tile)
        if not shown.all():
            back = cv2.resize(HO._crop_square(rng.choice(self.free), rng, (0.4, 1.0)), (w, h))
            blit(s.img, (cv2.GaussianBlur(back, (0, 0), rng.uniform(4, 12)) * 0.6).astype(np.uint8), x, y, m)
        s.paste(tile, faces, x, y, shown if m is None else np.minimum(shown, m), min_visible=0.5)


def tone(c: Colour, d: int) -> Colour:
    """``c`` made lighter (d > 0) or darker by ``d`` (cards on a background)."""
    return tuple(max(0, min(255, v + d)) for v in c)  # type: ignore[return-value]


def badge(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, mark: str,
          rim: Colour | None = None) -> None:  # fmt: skip
    """A round badge (often over an avatar's edge): a rim, a disc, a mark ('+', 'check', 'x', or
    text such as '+3' or a rank)."""
    if rim is not None:
        cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    t, h = max(2, r // 5), r // 2
    if mark == "+":
        cv2.line(img, (c[0] - h, c[1]), (c[0] + h, c[1]), WHITE, t)
        cv2.line(img, (c[0], c[1] - h), (c[0], c[1] + h), WHITE, t)
    elif mark == "x":
        cv2.line(img, (c[0] - h, c[1] - h), (c[0] + h, c[1] + h), WHITE, t)
        cv2.line(img, (c[0] - h, c[1] + h), (c[0] + h, c[1] - h), WHITE, t)
    elif mark == "check":
        tick = np.array([[c[0] - h, c[1]], [c[0] - h // 3, c[1] + h * 2 // 3], [c[0] + h, c[1] - h * 2 // 3]])
        cv2.polylines(img, [tick.astype(np.int32)], False, WHITE, t, cv2.LINE_AA)
    elif mark:
        scale = r / (16 + 9 * len(mark))
        cv2.putText(img, mark, (c[0] - r * 2 // 3, c[1] + r // 3), cv2.FONT_HERSHEY_SIMPLEX, scale, WHITE,
                    max(1, r // 12), cv2.LINE_AA)  # fmt: skip


def glow(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, alpha: float = 0.9) -> None:
    """A soft halo ring of radius ``r`` blended in round ``c`` (a game's rank glow)."""
    pad = r + max(8, r // 2)
    layer = np.zeros((2 * pad, 2 * pad), np.float32)
    cv2.circle(layer, (pad, pad), r, 1.0, max(3, r // 4), cv2.LINE_AA)
    layer = cv2.GaussianBlur(layer, (0, 0), max(2.0, r / 5)) * alpha
    x0, y0 = c[0] - pad, c[1] - pad
    x1, y1, x2, y2 = max(0, x0), max(0, y0), min(W, x0 + 2 * pad), min(H, y0 + 2 * pad)
    if x2 > x1 and y2 > y1:
        a = layer[y1 - y0 : y2 - y0, x1 - x0 : x2 - x0, None]
        part = img[y1:y2, x1:x2].astype(np.float32)
        img[y1:y2, x1:x2] = (part * (1 - a) + np.array(colour, np.float32) * a).astype(np.uint8)


def heart(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A filled heart (the parametric curve) of about ``r`` px radius."""
    t = np.linspace(0, 2 * np.pi, 40)
    xs = 16 * np.sin(t) ** 3
    ys = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    pts = np.stack([c[0] + xs * r / 16, c[1] + ys * r / 16], axis=1)
    cv2.fillPoly(img, [pts.astype(np.int32)], colour, cv2.LINE_AA)


def duration(img: np.ndarray, rng: random.Random, right: int, bottom: int) -> None:
    """A video's duration badge, its lower right corner at (right, bottom)."""
    text = f"{rng.randrange(0, 60)}:{rng.randrange(60):02d}"
    cv2.rectangle(img, (right - 96, bottom - 38), (right, bottom), (15, 15, 15), -1)
    cv2.putText(img, text, (right - 88, bottom - 10), cv2.FONT_HERSHEY_SIMPLEX, 0.7, WHITE, 2, cv2.LINE_AA)


def miniature(cast: Cast, rng: random.Random, scale: float, layouts: Sequence[Layout] = ()
               ) -> tuple[np.ndarray, list[BoxF]]:  # fmt: skip
    """Another screen of this set (``INNER``, or one of ``layouts``: another set's) scaled down by
    ``scale``, its faces along: a shared screenshot, an app switcher's card. Faces it makes smaller
    than 18 px are drawn but not counted (the paste drops them)."""
    inner = rng.choice(layouts or INNER)(cast, rng, "inner")
    w, h = round((W - 8) * scale), round(H * scale)
    img = cv2.resize(inner.image[:, : W - 8], (w, h), interpolation=cv2.INTER_AREA)
    sx, sy = w / (W - 8), h / H
    return img, [(a * sx, b * sy, c * sx, d * sy) for a, b, c, d in inner.faces]


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def short_video(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A short-video feed: a full-bleed frame (faces 220-700 px) or a duet, the creator's avatar on
    the right rail with a '+' badge over its lower edge, like/comment/share icons, a spinning sound
    disc with a tiny avatar, a caption line with an 18-24 px avatar, a comment preview."""
    s = Screen.new(rng, name, cast.kind("shorts"), "dark")
    img = s.img
    top, bottom = STATUS_H, H - NAV_H
    if rng.random() < 0.25:  # a duet: two frames side by side
        half = (W - 8) // 2
        for x in (0, half):
            cast.photo(s, x, top, half, bottom - top, rng.uniform(90, 380))
    else:
        cast.frame(s, top, bottom - top, rng.uniform(220, 700), rng.uniform(0.35, 0.7))
    for k, x in enumerate((W // 2 - 220, W // 2 + 30)):  # "Following | For you"
        s.words(rng, x, top + 60, 0.8 if k else 0.7, 1, WHITE)
    rail = W - 8 - 60  # the rail's centre line
    y = bottom - rng.randrange(820, 960)
    fp, side = _size(rng, 32, 44, (1.1, 1.3))
    cast.avatar(s, rail - side // 2, y, fp, side, "circle", WHITE)
    badge(img, (rail, y + side), max(9, side // 5), RED, "+")
    y += side + 90
    for k in range(3):  # like, comment, share, each with a count under it
        if k == 0:
            heart(img, (rail, y), 30, RED if rng.random() < 0.4 else WHITE)
        elif k == 1:
            cv2.ellipse(img, (rail, y), (30, 26), 0, 0, 360, WHITE, -1, cv2.LINE_AA)
            tail = np.array([[rail - 20, y + 16], [rail - 26, y + 38], [rail, y + 22]], np.int32)
            cv2.fillPoly(img, [tail], WHITE)
        else:
            arrow = np.array([[rail - 28, y + 20], [rail + 6, y - 10], [rail + 6, y - 28], [rail + 32, y],
                              [rail + 6, y + 28], [rail + 6, y + 8]], np.int32)  # fmt: skip
            cv2.fillPoly(img, [arrow], WHITE, cv2.LINE_AA)
        count = f"{rng.randrange(1, 999)}K"
        cv2.putText(img, count, (rail - 34, y + 70), cv2.FONT_HERSHEY_SIMPLEX, 0.7, WHITE, 2, cv2.LINE_AA)
        y += 150
    disc = (rail, bottom - 100)
    cv2.circle(img, disc, 44, (30, 30, 30), -1, cv2.LINE_AA)
    fp, side = _size(rng, 19, 26, (1.1, 1.25))
    cast.avatar(s, disc[0] - side // 2, disc[1] - side // 2, fp, side, rng.choice(("circle", "rounded")))
    y = bottom - 300
    if rng.random() < 0.5:  # a comment preview on a translucent pill
        fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
        shade(img, (20, y - 90, 700, y - 80 + side), (10, 10, 10), 0.45)
        cast.avatar(s, 30, y - 84, fp, side, "circle")
        s.words(rng, 44 + side, y - 86 + side * 3 // 4, 0.55, 4, WHITE)
    s.words(rng, 30, y, 0.85, 1, WHITE)
    y = _text_lines(s, rng, 30, y + 44, 2, 0.6)
    fp, side = _size(rng, 18.3, 24, (1.05, 1.2))  # the sound, with its maker's avatar
    cast.avatar(s, 30, y - side + 4, fp, side, "circle")
    s.words(rng, 42 + side, y, 0.55, 3, WHITE)
    cv2.line(img, (0, bottom - 6), (rng.randrange(40, W - 8), bottom - 6), WHITE, 4)
    return s.finish()


def video_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video app's list: filter chips, full-width 16:9 thumbnails (faces 18-60 px, some 60-260
    under a bold thumbnail title) with duration badges and 24-36 px channel avatars, compact rows,
    a shelf of vertical shorts cut by the right edge."""
    s = Screen.new(rng, name, cast.kind("videos"))
    img = s.img
    chip = tone(s.bg, 24 if sum(s.bg) < 384 else -18)
    s.words(rng, 24, STATUS_H + 56, 1.0, 1)
    x = 24
    for _ in range(rng.randrange(4, 8)):
        w = rng.randrange(110, 220)
        cv2.rectangle(img, (x, STATUS_H + 90), (x + w, STATUS_H + 146), chip, -1)
        s.words(rng, x + 16, STATUS_H + 128, 0.55, 1)
        x += w + 16
    y = STATUS_H + 170
    while y < H - NAV_H - 260:
        pick = rng.random()
        if pick < 0.35:
            th = (W - 8) * 9 // 16
            big = rng.random() < 0.3
            cast.photo(s, 0, y, W - 8, th, rng.uniform(60, 260) if big else rng.uniform(18, 60))
            if big or rng.random() < 0.2:  # a bold title printed on the thumbnail
                word = "".join(rng.choice("ABCDEFGHIKLMNOPRSTUWY!?") for _ in range(rng.randrange(3, 7)))
                at = (rng.randrange(10, 300), y + rng.randrange(th // 3, th - 30))
                ink = random_colour(rng, 120, 255)
                cv2.putText(img, word, at, cv2.FONT_HERSHEY_DUPLEX, 2.4, ink, 9, cv2.LINE_AA)
            duration(img, rng, W - 8 - 16, y + th - 16)
            if rng.random() < 0.3:  # watched part
                cv2.line(img, (0, y + th - 3), (rng.randrange(60, W - 8), y + th - 3), RED, 6)
            fp, side = _size(rng, 20, 31, (1.12, 1.25))
            cast.avatar(s, 24, y + th + 24, fp, side, "circle")
            s.words(rng, 44 + side, y + th + 52, 0.75, 5)
            s.words(rng, 44 + side, y + th + 92, 0.55, 4)
            y += th + 130
        elif pick < 0.85:
            tw = rng.randrange(360, 460)
            th = tw * 9 // 16
            for _ in range(rng.randrange(2, 5)):
                if y + th + 30 > H - NAV_H:
                    break
                cast.photo(s, 24, y, tw, th, rng.uniform(18, 60), rounded_rect(th, tw, 14))
                duration(img, rng, 24 + tw - 8, y + th - 8)
                s.words(rng, tw + 48, y + 40, 0.65, 3)
                s.words(rng, tw + 48, y + 76, 0.65, 2)
                fp, side = _size(rng, 18.3, 26, (1.08, 1.2))
                cast.avatar(s, tw + 48, y + th - side - 4, fp, side, "circle")
                s.words(rng, tw + 60 + side, y + th - side // 2 + 2, 0.5, 2)
                y += th + 28
        else:
            tw = rng.randrange(250, 320)
            th = tw * 16 // 9
            if y + 60 + th > H - NAV_H - 20:
                break
            s.words(rng, 24, y + 36, 0.85, 1, RED)
            y += 60
            x = 24
            while x < W:
                cast.photo(s, x, y, tw, th, rng.uniform(30, 140), rounded_rect(th, tw, 18))
                shade(img, (x, y + th - 90, x + tw, y + th), (0, 0, 0), 0.45)
                s.words(rng, x + 14, y + th - 40, 0.6, 2, WHITE)
                x += tw + 14
            y += th + 40
    return s.finish()


def meeting(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meetings screen: a week strip, meeting cards with overlapping attendee stacks (20-32 px)
    ended by a "+N" counter over the last avatar, join buttons, and attendee lists with answer
    badges (check, cross, ?) over the avatars' lower right."""
    s = Screen.new(rng, name, cast.kind("meeting"))
    img = s.img
    y = STATUS_H + 20
    s.words(rng, 24, y + 44, 1.0, 2)
    y += 90
    today = rng.randrange(7)
    for d in range(7):
        cx = 80 + d * 150
        if d == today:
            cv2.circle(img, (cx, y + 40), 36, s.accent, -1, cv2.LINE_AA)
        cv2.putText(img, str(rng.randrange(1, 29)), (cx - 18, y + 52), cv2.FONT_HERSHEY_DUPLEX, 0.9,
                    WHITE if d == today else s.fg, 2, cv2.LINE_AA)  # fmt: skip
    y += 110
    shape = rng.choice(("circle", "circle", "squircle", "rounded"))
    while y < H - NAV_H - 220:
        if rng.random() < 0.65:  # a meeting card
            h = rng.randrange(160, 230)
            plain = tone(s.bg, 20 if sum(s.bg) < 384 else -16)
            card = random_colour(rng, 70, 250) if rng.random() < 0.5 else plain
            ink = (20, 20, 20) if sum(card) > 420 else WHITE
            cv2.rectangle(img, (24, y), (W - 32, y + h), card, -1)
            cv2.rectangle(img, (24, y), (34, y + h), s.accent, -1)
            s.words(rng, 56, y + 48, 0.8, 3, ink)
            s.words(rng, 56, y + 84, 0.55, 2, ink)
            fp, side = _size(rng, 18.3, 28, (1.08, 1.2))
            n, step = rng.randrange(2, 8), round(side * rng.uniform(0.55, 0.8))
            ay = y + h - side - 22
            end = cast.stack(s, 56, ay, n, fp, side, step, card, shape)
            if rng.random() < 0.65:  # "+N" over the last avatar's edge
                badge(img, (end - side + step + side // 2, ay + side // 2), side // 2, (120, 120, 125),
                      f"+{rng.randrange(2, 30)}", card)  # fmt: skip
            if rng.random() < 0.5:
                cv2.rectangle(img, (W - 230, y + h - 90), (W - 60, y + h - 30), s.accent, -1)
                s.words(rng, W - 200, y + h - 50, 0.6, 1, WHITE)
            y += h + 24
        else:  # the attendees of one meeting, with their answers
            s.words(rng, 24, y + 36, 0.75, 1)
            y += 60
            for _ in range(rng.randrange(3, 8)):
                fp, side = _size(rng, 22, 40, (1.12, 1.3))
                if y + side + 24 > H - NAV_H:
                    break
                cast.avatar(s, 30, y, fp, side, shape)
                mark, colour = rng.choice((("check", GREEN), ("check", GREEN), ("x", RED), ("?", GREY)))
                r = max(8, side // 4)
                badge(img, (30 + side - r // 2, y + side - r // 2), r, colour, mark, s.bg)
                s.words(rng, 60 + side, y + side // 2 + 8, 0.65, 2)
                if rng.random() < 0.2:
                    s.words(rng, W - 230, y + side // 2 + 8, 0.5, 1, s.accent)
                y += side + 26
            y += 20
    return s.finish()


def dating_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's profile: a row of new matches (40-80 px faces) cut by the right edge, a large
    portrait (faces 120-450 px) with a verified badge and pass/like buttons over its lower edge, then
    a strip of small profile photos (faces 22-80 px), rows of the people who liked them (22-44 px)."""
    s = Screen.new(rng, name, cast.kind("dating"), rng.choice(("light", "dark", "tinted")))
    img = s.img
    y = STATUS_H + 20
    s.words(rng, 24, y + 40, 0.9, 2)
    y += 64
    fp, side = _size(rng, 40, 80, (1.3, 1.5))
    x = 24
    while x < W:
        cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, rng.choice(("ring", "circle", "rounded")))
        if rng.random() < 0.3:  # new
            badge(img, (x + side - side // 7, y + side // 7), max(9, side // 8), s.accent, "", s.bg)
        s.words(rng, x + 6, y + side + 34, 0.55, 1)
        x += side + 26
    y += side + 60
    ch, cw = rng.randrange(880, 1100), W - 8 - 48
    cast.photo(s, 24, y, cw, ch, rng.uniform(120, 450), rounded_rect(ch, cw, 36))
    shade(img, (24, y + ch - 170, 24 + cw, y + ch), (0, 0, 0), 0.45)
    s.words(rng, 56, y + ch - 100, 1.1, 2, WHITE)
    badge(img, (380, y + ch - 112), 16, (230, 150, 40), "check")
    s.words(rng, 56, y + ch - 50, 0.6, 4, WHITE)
    for k, colour in enumerate((RED, GREEN)):
        badge(img, ((W - 8) // 2 + (2 * k - 1) * 130, y + ch), 56, colour, "x" if k == 0 else "+", s.bg)
    y += ch + 80
    t = rng.randrange(150, 230)
    x = 24
    while x < W and y + t < H - NAV_H:
        cast.photo(s, x, y, t, t, rng.uniform(22, 80), rounded_rect(t, t, 16))
        x += t + 14
    y += t + 30
    s.words(rng, 24, y + 30, 0.75, 3)  # who liked you: rows of small circles
    y += 56
    fp, side = _size(rng, 22, 44, (1.15, 1.3))
    for _ in range(rng.randrange(1, 3)):
        if y + side > H - NAV_H - 10:
            break
        x = 24
        while x + side < W - 8:
            cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
            x += side + 18
        y += side + 20
    return s.finish()


def _message(cast: Cast, s: Screen, rng: random.Random, y: int, bubble: Colour) -> int:
    """An incoming bubble with its sender's 18-26 px avatar (a group chat) or an outgoing one, at
    y; returns the y under it."""
    h, w = rng.randrange(60, 120), rng.randrange(240, 700)
    if rng.random() < 0.6:
        cv2.rectangle(s.img, (90, y), (90 + w, y + h), bubble, -1)
        s.words(rng, 110, y + 40, 0.65, 3)
        fp, side = _size(rng, 18.3, 26, (1.05, 1.2))
        cast.avatar(s, 80 - side, y + h - side, fp, side, "circle")
    else:
        cv2.rectangle(s.img, (W - 40 - w, y), (W - 40, y + h), s.accent, -1)
        s.words(rng, W - 20 - w, y + 40, 0.65, 3, WHITE)
    return y + h + 14


def screenshot_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chat in which someone shares a screenshot of another screen (scaled to 0.28-0.48, its
    faces mostly 6-20 px, larger ones counted), or two, the sender's 18-24 px avatar beside it."""
    s = Screen.new(rng, name, cast.kind("screenshot"))
    img = s.img
    bar = tone(s.bg, -22) if sum(s.bg) > 200 else (45, 45, 50)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 100), bar, -1)
    fp, side = _size(rng, 24, 36, (1.15, 1.3))
    cast.avatar(s, 80, STATUS_H + 50 - side // 2, fp, side, rng.choice(("circle", "ring", "squircle")))
    s.words(rng, 100 + side, STATUS_H + 60, 0.8, 1)
    bubble = tone(s.bg, 32 if sum(s.bg) < 384 else -26)
    y = STATUS_H + 130
    for _ in range(rng.randrange(1, 4)):
        y = _message(cast, s, rng, y, bubble)
    for shot in range(rng.choice((1, 1, 2))):
        if shot and y > H - NAV_H - 500:
            break
        w = rng.randrange(300, 520)
        piece, faces = miniature(cast, rng, w / (W - 8))
        h = min(piece.shape[0], H - NAV_H - 60 - y)
        piece, faces = _cut(piece, faces, 0, 0, w, h)
        incoming = rng.random() < 0.6
        x = 90 if incoming else W - 40 - w
        cv2.rectangle(img, (x - 2, y - 2), (x + w + 1, y + h + 1), (150, 150, 150), 2)
        s.paste(piece, faces, x, y, rounded_rect(h, w, 18), min_visible=0.5)
        if incoming:
            fp, side = _size(rng, 18.3, 24, (1.05, 1.2))
            cast.avatar(s, 80 - side, y + h - side, fp, side, "circle")
        y += h + 18
        while rng.random() < 0.8:
            if y > H - NAV_H - 240:
                break
            y = _message(cast, s, rng, y, bubble)
    cv2.rectangle(img, (20, H - NAV_H - 90), (W - 120, H - NAV_H - 20), bubble, -1)
    cv2.circle(img, (W - 66, H - NAV_H - 55), 34, s.accent, -1, cv2.LINE_AA)
    return s.finish()


def switcher(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Recent apps: other screens of this set at 0.6-0.72 scale, the middle card whole and its
    neighbours cut by the screen edges, app icons above; or a browser-like grid of four tabs
    (0.45 scale, the top of each page)."""
    s = Screen.new(rng, name, cast.kind("switcher"), "dark")
    img = s.img
    gradient(img, (0, STATUS_H, W - 8, H - NAV_H), random_colour(rng, 10, 90), random_colour(rng, 10, 90))
    if rng.random() < 0.6:
        scale = rng.uniform(0.6, 0.72)
        cw, top = round((W - 8) * scale), STATUS_H + 140
        x0 = (W - 8 - cw) // 2 + rng.randrange(-60, 61)
        spots = [(x0 - cw - 40, top), (x0, top), (x0 + cw + 40, top)]
        ch = H - NAV_H - 40 - top
    else:
        cw = (W - 8 - 3 * 30) // 2
        scale, ch = cw / (W - 8), rng.randrange(740, 820)
        spots = [(30 + c * (cw + 30), STATUS_H + 90 + r * (ch + 110)) for r in range(2) for c in range(2)]
    for x, y in spots:
        piece, faces = miniature(cast, rng, scale)
        piece, faces = _cut(piece, faces, 0, 0, cw, min(ch, piece.shape[0]))
        fill(img, mask(56, "squircle"), x + 8, y - 76, random_colour(rng, 40, 240))
        s.words(rng, x + 80, y - 36, 0.65, 1, WHITE)
        s.paste(piece, faces, x, y, rounded_rect(piece.shape[0], cw, 28), min_visible=0.5)
    cv2.rectangle(img, (W // 2 - 130, H - NAV_H - 30), (W // 2 + 130, H - NAV_H - 2), (90, 90, 90), -1)
    return s.finish()


def speaker_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video call in speaker view: the speaker full width (faces 250-650 px) with an outline and a
    name label, a filmstrip of small tiles under it or a column of them over its right side (faces
    18-60 px, name labels and mute badges over them, camera-off tiles showing the avatar), a self
    view in a corner, a control bar."""
    s = Screen.new(rng, name, cast.kind("speaker"), "dark")
    img = s.img
    top = STATUS_H + 70
    s.words(rng, 30, STATUS_H + 45, 0.7, 2, WHITE)
    column = rng.random() < 0.35
    th = rng.randrange(130, 220)
    tw = round(th * rng.choice((4 / 3, 1.0, 16 / 9)))
    rows = 0 if column else rng.choice((1, 2, 2))  # rows of tiles scrolled sideways
    bottom = H - NAV_H - 170 - rows * (th + 12) - 18
    cast.frame(s, top, bottom - top, rng.uniform(250, 650), rng.uniform(0.6, 1.0))
    cv2.rectangle(img, (3, top + 3), (W - 12, bottom - 3), GREEN, 6)
    shade(img, (20, bottom - 70, 330, bottom - 20), (0, 0, 0), 0.55)
    s.words(rng, 34, bottom - 36, 0.6, 2, WHITE)
    if column:
        tw, th = min(tw, 260), min(th, 200)
        spots = [(W - 8 - tw - 16, top + 16 + k * (th + 12)) for k in range(rng.randrange(5, 10))]
    else:
        spots = [(16 + k * (tw + 12), bottom + 30 + r * (th + 12)) for r in range(rows)
                 for k in range(rng.randrange(4, 9))]  # fmt: skip
    for x, y in spots:
        if rng.random() < 0.25:  # camera off: the avatar on a dark tile
            cv2.rectangle(img, (x, y), (x + tw, y + th), (50, 50, 55), -1)
            fp, side = _size(rng, 24, min(50, th / 1.5), (1.15, 1.3))
            cast.avatar(s, x + (tw - side) // 2, y + (th - side) // 2, fp, side, "circle")
        else:
            cast.photo(s, x, y, tw, th, rng.uniform(18, 60), rounded_rect(th, tw, 12))
        shade(img, (x + 6, y + th - 34, x + 6 + rng.randrange(60, tw - 20), y + th - 6), (0, 0, 0), 0.55)
        if rng.random() < 0.4:
            badge(img, (x + tw - 22, y + 22), 13, RED, "x")
        if rng.random() < 0.1:  # a raised hand
            badge(img, (x + 22, y + 22), 14, GOLD, "")
    pw = rng.randrange(170, 230)
    ph = pw * 4 // 3
    px = 16 if column else W - 8 - pw - 24 + rng.choice((0, 0, pw // 2))
    py = top + 24
    cv2.rectangle(img, (px - 3, py - 3), (px + pw + 2, py + ph + 2), (235, 235, 235), -1)
    cast.photo(s, px, py, pw, ph, rng.uniform(30, 100), rounded_rect(ph, pw, 20))
    cv2.rectangle(img, (40, H - NAV_H - 150), (W - 48, H - NAV_H - 30), (45, 45, 50), -1)
    for k in range(5):
        cv2.circle(img, (150 + k * 200, H - NAV_H - 90), 42, RED if k == 4 else (90, 90, 95), -1, cv2.LINE_AA)
    return s.finish()


def leaderboard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A game's leaderboard on a dark gradient: a podium (glow rings, medal rims, a crown over the
    first, rank badges; faces 40-110 px) or a team lobby (level and ready badges on the avatars),
    then rank rows of 20-30 px avatars, some in glow rings, and the player's own row pinned."""
    s = Screen.new(rng, name, cast.kind("leaderboard"), "dark")
    img = s.img
    gradient(img, (0, STATUS_H, W - 8, H - NAV_H), random_colour(rng, 10, 80), random_colour(rng, 5, 40))
    for k in range(3):
        s.words(rng, 60 + k * 330, STATUS_H + 70, 0.75, 1, s.accent if k == 0 else WHITE)
    y = STATUS_H + 130
    shapes = ("circle", "circle", "rounded", "square", "squircle", "border")
    if rng.random() < 0.6:  # the podium
        for rank, dx, dy in ((2, -1, 60), (1, 0, 0), (3, 1, 80)):
            fp, side = _size(rng, 48 if rank == 1 else 40, 110 if rank == 1 else 80, (1.15, 1.35))
            medal = {1: GOLD, 2: (210, 210, 215), 3: (60, 120, 200)}[rank]
            cx, ay = (W - 8) // 2 + dx * 330, y + 40 + dy
            glow(img, (cx, ay + side // 2), side // 2 + 12, medal)
            cast.avatar(s, cx - side // 2, ay, fp, side, "circle", medal)
            badge(img, (cx, ay + side), max(14, side // 7), medal, str(rank))
            if rank == 1:  # a crown over the avatar's top
                b = ay + side // 8
                crown = np.array([[cx - 40, b], [cx - 46, b - 50], [cx - 18, b - 24], [cx, b - 60],
                                  [cx + 18, b - 24], [cx + 46, b - 50], [cx + 40, b]], np.int32)  # fmt: skip
                cv2.fillPoly(img, [crown], medal, cv2.LINE_AA)
            s.words(rng, cx - 70, ay + side + 60, 0.6, 1, WHITE)
        y += 360
    else:  # a team lobby: slots with level badges, ready checks, empty slots
        cw = (W - 8 - 4 * 24) // 3
        for k in range(6):
            x, yy = 24 + (k % 3) * (cw + 24), y + (k // 3) * (cw + 40)
            cv2.rectangle(img, (x, yy), (x + cw, yy + cw), (60, 50, 70), -1)
            if k >= rng.randrange(3, 7):
                cv2.circle(img, (x + cw // 2, yy + cw // 2), cw // 4, (150, 150, 160), 3, cv2.LINE_AA)
                badge(img, (x + cw // 2, yy + cw // 2), cw // 8, (90, 90, 100), "+")
                continue
            fp, side = _size(rng, 36, 70, (1.2, 1.35))
            ax, ay = x + (cw - side) // 2, yy + (cw - side) // 2 - 16
            cast.avatar(s, ax, ay, fp, side, rng.choice(("rounded", "square", "squircle")))
            r = max(11, side // 6)
            badge(img, (ax + side - r, ay + side - r), r, s.accent, str(rng.randrange(1, 99)))
            if rng.random() < 0.5:
                badge(img, (ax + r, ay + r), r, GREEN, "check")
            s.words(rng, x + 16, yy + cw - 16, 0.5, 1, WHITE)
        y += 2 * (cw + 40)
    rank = rng.randrange(4, 40)
    shape = rng.choice(shapes)
    while y < H - NAV_H - 220:
        rh = rng.randrange(50, 78)
        fp, side = _size(rng, 18.3, 27, (1.05, 1.2))
        shade(img, (16, y, W - 24, y + rh - 8), WHITE, 0.07)
        at = (34, y + rh // 2 + 10)
        cv2.putText(img, str(rank), at, cv2.FONT_HERSHEY_DUPLEX, 0.8, WHITE, 2, cv2.LINE_AA)
        ax, ay = 110, y + (rh - 8 - side) // 2
        if rng.random() < 0.5:
            glow(img, (ax + side // 2, ay + side // 2), side // 2 + 4, random_colour(rng, 80, 255))
        cast.avatar(s, ax, ay, fp, side, shape)
        if rng.random() < 0.25:  # a level badge over the corner
            badge(img, (ax + side - 3, ay + side - 3), max(8, side // 4), s.accent, str(rng.randrange(1, 99)))
        s.words(rng, ax + side + 24, y + rh // 2 + 6, 0.6, 1, WHITE)
        score = f"{rng.randrange(100, 99999):,}"
        at = (W - 240, y + rh // 2 + 8)
        cv2.putText(img, score, at, cv2.FONT_HERSHEY_SIMPLEX, 0.7, GOLD, 2, cv2.LINE_AA)
        y += rh
        rank += 1
    y = H - NAV_H - 130  # the player's own row
    cv2.rectangle(img, (0, y), (W - 8, H - NAV_H), tuple(int(v * 0.7) for v in s.accent), -1)
    fp, side = _size(rng, 20, 32, (1.08, 1.2))
    cast.avatar(s, 110, y + (130 - side) // 2, fp, side, shape)
    s.words(rng, 140 + side, y + 75, 0.7, 1, WHITE)
    return s.finish()


def payments(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A payments app: a balance card, "send again" circles (faces 30-56 px) cut by the right edge,
    then a feed of payments: the payer's avatar (24-44 px) with the payee's smaller one (18-30 px)
    over its lower right on some, amounts, likes and comments."""
    s = Screen.new(rng, name, cast.kind("payments"), rng.choice(("light", "light", "tinted", "dark")))
    img = s.img
    y = STATUS_H + 24
    gradient(img, (24, y, W - 32, y + 240), s.accent, tone(s.accent, -60), rng.random() < 0.5)
    balance = f"${rng.randrange(0, 9999)}.{rng.randrange(100):02d}"
    cv2.putText(img, balance, (60, y + 150), cv2.FONT_HERSHEY_DUPLEX, 2.0, WHITE, 4, cv2.LINE_AA)
    s.words(rng, 60, y + 60, 0.6, 2, WHITE)
    y += 280
    s.words(rng, 24, y + 30, 0.8, 2)
    y += 60
    fp, side = _size(rng, 30, 56, (1.2, 1.4))
    x = 24 - rng.randrange(0, side // 2)
    while x < W:
        cast.avatar(s, x, y, fp * rng.uniform(0.9, 1.05), side, "circle")
        s.words(rng, x + 4, y + side + 32, 0.5, 1)
        x += side + 40
    y += side + 70
    shape = rng.choice(("circle", "circle", "border", "squircle"))
    while True:
        fp, side = _size(rng, 24, 44, (1.12, 1.3))
        rh = max(side + 40, rng.randrange(124, 150))
        if y + rh > H - NAV_H:
            break
        cast.avatar(s, 24, y + 12, fp, side, shape)
        if rng.random() < 0.45:  # the payee, smaller, over the payer's lower right
            fp2, s2 = _size(rng, 18.3, 30, (1.05, 1.2))
            cast.avatar(s, 24 + side - s2 * 2 // 3, y + 12 + side - s2 * 2 // 3, fp2, s2, "circle", s.bg)
        s.words(rng, 60 + side, y + 40, 0.7, 3)
        s.words(rng, 60 + side, y + 74, 0.55, rng.randrange(2, 6))
        sign = rng.random() < 0.5
        cv2.putText(img, f"{'+' if sign else '-'}${rng.randrange(1, 500)}", (W - 200, y + 44),
                    cv2.FONT_HERSHEY_DUPLEX, 0.8, GREEN if sign else RED, 2, cv2.LINE_AA)  # fmt: skip
        heart(img, (80 + side, y + 102), 12, GREY)
        s.words(rng, 100 + side, y + 110, 0.5, 1)
        y += rh
    return s.finish()


def news(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news reader: a masthead, a hero photo (faces 40-260 px) with a category chip on it, bylines
    with one or two 24-36 px author avatars, then rows of headlines beside square thumbnails (faces
    18-70 px, a play button over some) with tiny byline avatars."""
    s = Screen.new(rng, name, cast.kind("news"))
    img = s.img
    cv2.putText(img, "".join(rng.choice("ABCDEFGHIKLMNOPRSTUWY") for _ in range(rng.randrange(4, 9))),
                (24, STATUS_H + 80), cv2.FONT_HERSHEY_TRIPLEX, 2.0, s.fg, 3, cv2.LINE_AA)  # fmt: skip
    cv2.line(img, (24, STATUS_H + 110), (W - 32, STATUS_H + 110), s.fg, 2)
    y = STATUS_H + 130
    h = rng.randrange(420, 640)
    cast.photo(s, 0, y, W - 8, h, rng.uniform(40, 260))
    cv2.rectangle(img, (24, y + 24), (220, y + 74), s.accent, -1)
    s.words(rng, 40, y + 60, 0.6, 1, WHITE)
    y = _text_lines(s, rng, 24, y + h + 50, 2, 0.95) + 10
    fp, side = _size(rng, 20, 31, (1.12, 1.25))
    n = rng.choice((1, 1, 2))
    end = cast.stack(s, 24, y, n, fp, side, round(side * 0.7), s.bg)
    s.words(rng, end + 16, y + side // 2 + 8, 0.55, 4)
    y += side + 40
    while True:
        t = rng.randrange(130, 190)
        if y + t + 20 > H - NAV_H:
            break
        tx = W - 8 - 24 - t
        if rng.random() < 0.75:
            cast.photo(s, tx, y, t, t, rng.uniform(18, 70), rounded_rect(t, t, 12))
        else:
            cast.thing(s, tx, y, t, t, rounded_rect(t, t, 12))
        if rng.random() < 0.2:  # a video: a play button over the middle
            badge(img, (tx + t // 2, y + t // 2), t // 6, (30, 30, 30), "")
            tri = np.array([[tx + t // 2 - 8, y + t // 2 - 12], [tx + t // 2 - 8, y + t // 2 + 12],
                            [tx + t // 2 + 12, y + t // 2]], np.int32)  # fmt: skip
            cv2.fillPoly(img, [tri], WHITE)
        _text_lines(s, rng, 24, y + 36, 3, 0.6)
        fp, side = _size(rng, 18.3, 24, (1.05, 1.15))
        cast.avatar(s, 24, y + t - side, fp, side, "circle")
        s.words(rng, 36 + side, y + t - side // 2 + 6, 0.45, 2)
        cv2.line(img, (24, y + t + 14), (W - 32, y + t + 14), tone(s.bg, 40 if sum(s.bg) < 384 else -40), 1)
        y += t + 30
    return s.finish()


def photo_tag(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A photo being tagged: the photo (faces 60-300 px, group photos with more) on a dark page, a
    square round each face and a name chip under it (over the chin on some), then the row of
    tagged people (18-30 px avatars in pills) and comments with 22-32 px avatars."""
    s = Screen.new(rng, name, cast.kind("tagging"), "dark")
    img = s.img
    s.words(rng, 90, STATUS_H + 60, 0.8, 2, WHITE)
    y = STATUS_H + 110 + rng.randrange(0, 120)
    h = rng.randrange(900, 1250)
    n = len(s.comp.faces)
    cast.photo(s, 0, y, W - 8, h, rng.uniform(60, 300))
    boxes = list(s.comp.faces[n:])
    if not boxes:  # tags on a face-free photo (a pet, an object)
        for _ in range(rng.randrange(1, 4)):
            a = rng.uniform(60, 260)
            bx, by = rng.uniform(0, W - 8 - a), rng.uniform(y, y + h - a)
            boxes.append((bx, by, bx + a, by + a))
    for a, b, c, d in boxes:
        m = 0.15 * (c - a)
        cv2.rectangle(img, (round(a - m), round(b - m)), (round(c + m), round(d + m)), WHITE, 2)
        cw = rng.randrange(140, 240)
        cx, cy = round((a + c) / 2 - cw / 2), round(d + m + 10 - rng.choice((0, 0, 0.3)) * (d - b))
        cv2.rectangle(img, (cx, cy), (cx + cw, cy + 44), (245, 245, 245), -1)
        s.words(rng, cx + 12, cy + 30, 0.55, 1, (20, 20, 20))
    y += h + 30
    x = 24
    for _ in range(rng.randrange(2, 8)):  # the tagged people
        fp, side = _size(rng, 18.3, 30, (1.05, 1.2))
        w = side + rng.randrange(110, 180)
        if x + w > W - 30:
            break
        cv2.rectangle(img, (x, y), (x + w, y + side + 10), (60, 60, 65), -1)
        cast.avatar(s, x + 5, y + 5, fp, side, "circle")
        s.words(rng, x + side + 14, y + side // 2 + 12, 0.5, 1, WHITE)
        x += w + 14
    y += 90
    while y < H - NAV_H - 90:
        fp, side = _size(rng, 22, 32, (1.08, 1.25))
        cast.avatar(s, 24, y, fp, side, rng.choice(("circle", "circle", "squircle")))
        s.words(rng, 40 + side, y + 20, 0.6, 2, WHITE)
        s.words(rng, 40 + side, y + 50, 0.55, rng.randrange(3, 8), WHITE)
        y += max(side, 52) + 14
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
# the screens a shared screenshot or an app switcher shows, scaled down (not those two)
INNER: tuple[Layout, ...] = (leaderboard, meeting, video_list, payments, news, speaker_call, dating_profile)
FACE_LAYOUTS: tuple[Layout, ...] = (
    short_video, video_list, video_list, meeting, meeting, dating_profile, screenshot_chat,
    screenshot_chat, switcher, speaker_call, leaderboard, leaderboard, payments, payments, news, photo_tag,
)  # fmt: skip
FREE_LAYOUTS: tuple[Layout, ...] = (
    short_video, video_list, meeting, dating_profile, screenshot_chat, switcher, speaker_call,
    leaderboard, payments, news,
)  # fmt: skip


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT4_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """``reps`` rounds of every layout (16 screens with faces, 10 face-free each), lifted like the
    other composites (darkest pixel 40); two_people.jpg left out as in heldout3."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h4", photos, free, seed, reps)
