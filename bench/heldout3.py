"""A third held-out set of screens (issue 14), BLIND: nobody tunes on it, nobody looks at its results
before the detector is frozen.

bench/heldout.py and bench/heldout2.py were both seen (their results were read), so neither measures
what an unseen study would any more. This set was written without running any detector on it and
without reading the detector's code. It uses only the held-out face photos (``composites.HELDOUT``,
two_people.jpg left out as in heldout2), heldout2's face-free photos (``FREE_HELDOUT2``) and its own
seed (``HELDOUT3_SEED``). Faces are pasted and settled through heldout2's ``Screen``: a face keeps
only the pixels that stay visible after later drawing, and is dropped when under half is left.

Its weight is on small faces (18-40 px, continuous), where detectors are weakest, with some of
40-200 px and a few larger, in layouts none of the earlier sets draws:
- a forum thread: 18-28 px avatars beside usernames, replies indented up to six levels, thread lines;
- a live stream: a full-screen face video frame darkened towards the bottom, a chat of 18-24 px
  avatars scrolling over it on translucent pills, the streamer's avatar by a LIVE badge;
- an email inbox (sender avatars between initials circles), a sports feed (player headshots in score
  rows, a news photo, top scorers), a music app (artist circles, album art with faces, a mini player);
- a ride-share sheet over a map (driver photo with a car badge cut into it, a courier pin), a voice
  room (circles with speaking rings and mute badges over them, a grid of small listeners);
- a shared album (photo thumbnails with faces of 20-60 px, contributor avatars on their corners),
  a contacts picker (checkmarks over the avatars, chips of picked people), a chat ending in a typing
  indicator and tiny read receipts, lock-screen notifications over a wallpaper (sometimes a face).
Avatar looks as in heldout2 (shapes, rotation, grey, dark backdrops); light, dark and tinted themes;
JPEG quality 30-60. Face-free screens draw the same layouts with pets, objects, textures and
initials in the people's places (``Cast`` with no face photos): any change to them is a false hit.

At the default 4 reps: 60 screens with 1,283 faces (733 under 32 px, 435 of 32-63, 96 of 64-127,
19 larger; 903 under 40 px) and 40 face-free screens; ``reps=1`` a quarter (25 screens, 344 faces).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import composites as C
import cv2
import heldout as HO
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Look, Photo, W
from heldout2 import (
    SAME_PEOPLE_AS_TUNING,
    Colour,
    Screen,
    _cut,
    _free_avatar,
    _map,
    blit,
    fill,
    gradient,
    look,
    mask,
    photo_fill,
    random_colour,
    rounded_rect,
)

HELDOUT3_SEED = 5353

WHITE: Colour = (250, 250, 250)


def shade(img: np.ndarray, rect: tuple[int, int, int, int], colour: Colour, alpha: float) -> None:
    """A translucent rectangle (a chat pill, a notification card) blended over what is there."""
    x1, y1, x2, y2 = max(0, rect[0]), max(0, rect[1]), min(W, rect[2]), min(H, rect[3])
    if x2 > x1 and y2 > y1:
        part = img[y1:y2, x1:x2].astype(np.float32)
        img[y1:y2, x1:x2] = (part * (1 - alpha) + np.array(colour, np.float32) * alpha).astype(np.uint8)


def initials(img: np.ndarray, rng: random.Random, x: int, y: int, side: int, shape: str,
             edge: Colour | None = None) -> None:  # fmt: skip
    """An initials avatar: one or two letters on a coloured shape."""
    if edge is not None:
        t = max(2, side // 14)
        fill(img, mask(side + 2 * t, shape), x - t, y - t, edge)
    fill(img, mask(side, shape), x, y, random_colour(rng, 50, 220))
    text = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") for _ in range(rng.randrange(1, 3)))
    scale = side / (38 * len(text) + 20)
    cv2.putText(img, text, (x + side // 5, y + side * 2 // 3), cv2.FONT_HERSHEY_DUPLEX, scale, WHITE,
                max(1, side // 28), cv2.LINE_AA)  # fmt: skip


@dataclass
class Cast:
    """Who fills a screen's avatars and photos: people from the held-out face photos, or (no face
    photos: a face-free screen) pets, objects, textures and initials in the same places."""

    photos: list[Photo]
    free: list[Photo]
    rng: random.Random
    # the share of a face's box that must show for it to count; faces drawn with less are not
    min_visible: float = 0.6

    def kind(self, layout: str) -> str:
        return f"h3-{layout}" if self.photos else f"h3-noface-{layout}"

    def avatar(self, s: Screen, x: int, y: int, fp: float, side: int, shape: str | None = None,
               edge: Colour | None = None) -> None:  # fmt: skip
        """An avatar whose face is ``fp`` px (at least 18.3, the smallest counted size)."""
        rng = self.rng
        if self.photos:
            s.avatar(self.photos, rng, x, y, max(18.3, fp), side, look(rng, shape), edge,
                     min_visible=self.min_visible)  # fmt: skip
        elif rng.random() < 0.35:
            initials(s.img, rng, x, y, side, shape or "circle", edge)
        else:
            _free_avatar(s.img, self.free, rng, x, y, side, shape or "circle", edge)

    def thing(self, s: Screen, x: int, y: int, w: int, h: int, m: np.ndarray | None = None) -> None:
        """A face-free photo crop stretched to w x h (on any screen)."""
        crop = HO._crop_square(self.rng.choice(self.free), self.rng, (0.3, 1.0))
        blit(s.img, cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA), x, y, m)

    def photo(
        self, s: Screen, x: int, y: int, w: int, h: int, fp: float, m: np.ndarray | None = None
    ) -> None:
        """A w x h photo of people, its main face ``fp`` px wide; a face-free one without faces."""
        if not self.photos:
            self.thing(s, x, y, w, h, m)
            return
        p, f = HO._face(self.photos, self.rng)
        tile, faces = C.face_tile(p, f, fp, w, h, self.rng, self.min_visible)
        s.paste(tile, faces, x, y, m, min_visible=0.5)

    def frame(self, s: Screen, y: int, h: int, fp: float, scrim: float = 1.0) -> None:
        """A full-width frame (a video, a wallpaper) with its face ``fp`` px, darkened to ``scrim``
        over its lower half before it is pasted (so the darkened face still counts)."""
        rng, w = self.rng, W - 8
        if self.photos:
            p, f = HO._face(self.photos, rng)
            lk = Look("square", rng.uniform(-6, 6) if rng.random() < 0.4 else 0.0, rng.random() < 0.15,
                      rng.random() < 0.4)  # fmt: skip
            tile, faces = C.avatar(p, f, fp, max(w, h), lk, rng, self.min_visible)
            tile, faces = _cut(tile, faces, (max(w, h) - w) // 2, (max(w, h) - h) // 2, w, h)
        else:
            tile, faces = cv2.resize(HO._crop_square(rng.choice(self.free), rng, (0.4, 1.0)), (w, h)), []
        ramp = np.ones((h, 1, 1), np.float32)
        ramp[h // 2 :, 0, 0] = np.linspace(1.0, scrim, h - h // 2)
        s.paste((tile * ramp).astype(np.uint8), faces, 0, y, min_visible=0.5)


def _size(
    rng: random.Random, lo: float, hi: float, pad: tuple[float, float] = (1.1, 1.3)
) -> tuple[float, int]:
    """A face size in [lo, hi) and the side of an avatar around it."""
    fp = rng.uniform(lo, hi)
    return fp, round(fp * rng.uniform(*pad))


def _text_lines(s: Screen, rng: random.Random, x: int, y: int, n: int, size: float = 0.55) -> int:
    """``n`` lines of body text from baseline y; returns the y under them."""
    for k in range(n):
        s.words(rng, x, y + k * 30, size, rng.randrange(3, 8))
    return y + n * 30


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def forum(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A forum thread: a post (community icon, maybe a photo), then comments with 18-28 px avatars
    beside usernames, replies indented up to six levels with thread lines, vote arrows."""
    s = Screen.new(rng, name, cast.kind("forum"))
    img = s.img
    y = STATUS_H + 24
    fp, side = _size(rng, 24, 40)
    cast.avatar(s, 24, y, fp, side, "circle")
    s.words(rng, 40 + side, y + side // 2 + 6, 0.6, 2)
    y = _text_lines(s, rng, 24, y + side + 40, 2, 0.9) + 10
    if rng.random() < 0.5:
        h = rng.randrange(260, 520)
        cast.photo(s, 0, y, W - 8, h, rng.uniform(40, 200))
        y += h + 20
    step, depth, line = (
        rng.randrange(26, 46),
        0,
        tuple(int(v) for v in np.array(s.fg) * 0.5 + np.array(s.bg) * 0.5),
    )
    shape = rng.choice(("circle", "circle", "rounded", "squircle"))
    while y < H - NAV_H - 90:
        depth = max(0, min(6, depth + rng.choice((-2, -1, 0, 1, 1, 1))))
        fp, side = _size(rng, 18, 28, (1.05, 1.25))
        x = 20 + depth * step
        n = rng.randrange(1, 3)
        row = side + 30 * n + 56
        for d in range(depth):
            cv2.line(img, (20 + d * step + 10, y - 6), (20 + d * step + 10, y + row - 10), line, 2)
        cast.avatar(s, x, y, fp, side, shape)
        s.words(rng, x + side + 10, y + side // 2 + 7, 0.55, 1)
        s.words(rng, x + side + 160, y + side // 2 + 7, 0.45, 1, line)
        end = _text_lines(s, rng, x + 6, y + side + 28, n)
        for k, tip in enumerate((-1, 1)):  # up and down votes
            cx = x + 20 + k * 90
            tri = np.array(
                [[cx - 10, end + 4 - 6 * tip], [cx + 10, end + 4 - 6 * tip], [cx, end + 4 + 8 * tip]]
            )
            cv2.fillPoly(img, [tri.astype(np.int32)], line)
        y += row
    return s.finish()


def live_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live stream: a full-screen face (200-700 px) darkened towards the bottom, the streamer's
    avatar by a LIVE badge, a chat of 18-24 px avatars on translucent pills over the lower part."""
    s = Screen.new(rng, name, cast.kind("live"), "dark")
    img = s.img
    top, bottom = STATUS_H, H - NAV_H
    cast.frame(s, top, bottom - top, rng.uniform(200, 700), rng.uniform(0.3, 0.6))
    fp, side = _size(rng, 22, 34)
    shade(img, (16, top + 16, 16 + side + 300, top + 24 + side), (20, 20, 20), 0.45)
    cast.avatar(s, 20, top + 20, fp, side, rng.choice(("circle", "ring")))
    s.words(rng, 32 + side, top + 22 + side // 2, 0.55, 1, WHITE)
    cv2.rectangle(img, (W - 260, top + 24), (W - 170, top + 64), (50, 50, 230), -1)
    cv2.putText(img, "LIVE", (W - 250, top + 55), cv2.FONT_HERSHEY_DUPLEX, 0.8, WHITE, 2)
    y = top + round((bottom - top) * rng.uniform(0.45, 0.6))
    while y < bottom - 190:
        fp, side = _size(rng, 18, 24, (1.05, 1.2))
        w = rng.randrange(300, 760)
        if rng.random() < 0.6:
            shade(img, (12, y - 6, 12 + w, y + side + 6), (15, 15, 15), rng.uniform(0.3, 0.6))
        cast.avatar(s, 20, y, fp, side, "circle")
        s.words(rng, 30 + side, y + side - 5, 0.55, 1, (120, 220, 250))
        s.words(rng, 30 + side + 130, y + side - 5, 0.55, rng.randrange(2, 5), WHITE)
        y += side + rng.randrange(12, 28)
    shade(img, (20, bottom - 150, W - 200, bottom - 70), (60, 60, 60), 0.5)
    for k in range(3):
        cv2.circle(img, (W - 150 + k * 50 - 40, bottom - 110), 20, (80, 80, 240), -1, cv2.LINE_AA)
    return s.finish()


def inbox(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An email inbox: a search bar, rows with sender avatars (24-44 px faces) between initials
    circles, bold unread rows with a dot, stars, times."""
    s = Screen.new(rng, name, cast.kind("inbox"))
    img = s.img
    cv2.rectangle(img, (24, STATUS_H + 16), (W - 32, STATUS_H + 96), tuple(int(v * 0.9) for v in s.bg), -1)
    s.words(rng, 70, STATUS_H + 66, 0.8, 2)
    y = STATUS_H + 130
    shape = rng.choice(("circle", "circle", "rounded"))
    while True:
        fp, side = _size(rng, 24, 44, (1.2, 1.4))
        row = max(side + 36, rng.randrange(112, 140))
        if y + row > H - NAV_H:
            break
        ay = y + (row - side) // 2
        if rng.random() < 0.2:
            initials(img, rng, 24, ay, side, shape)
        else:
            cast.avatar(s, 24, ay, fp, side, shape)
        unread = rng.random() < 0.4
        s.words(rng, 50 + side, y + 40, 0.75 if unread else 0.65, 2)
        s.words(rng, 50 + side, y + 74, 0.6, 4)
        s.words(rng, 50 + side, y + 104, 0.5, 6)
        s.words(rng, W - 150, y + 40, 0.5, 1)
        if unread:
            cv2.circle(img, (W - 40, y + 34), 9, s.accent, -1, cv2.LINE_AA)
        star = np.array(
            [[W - 70 + 16 * np.cos(a), y + 90 + 16 * np.sin(a)] for a in np.linspace(0, 2 * np.pi, 6)[:-1]]
        )
        cv2.polylines(img, [star.astype(np.int32)], True, s.fg, 2, cv2.LINE_AA)
        y += row
    return s.finish()


def scores(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports feed: score rows with a player headshot (18-34 px faces) each side of the score,
    a news photo (faces 60-200 px), and top scorers (30-60 px) with a number badge."""
    s = Screen.new(rng, name, cast.kind("scores"))
    img = s.img
    card = tuple(int(v) for v in np.clip(np.array(s.bg) + (20 if sum(s.bg) < 384 else -14), 0, 255))
    y = STATUS_H + 24
    while y < H - NAV_H - 140:
        pick = rng.random()
        if pick < 0.55:  # a block of score rows
            s.words(rng, 24, y + 36, 0.75, 2)
            y += 56
            for _ in range(rng.randrange(2, 6)):
                fp, side = _size(rng, 18, 34, (1.1, 1.25))
                if y + side + 40 > H - NAV_H:
                    break
                cv2.rectangle(img, (16, y), (W - 24, y + side + 30), card, -1)
                cast.avatar(s, 30, y + 15, fp, side, "circle")
                s.words(rng, 44 + side, y + 15 + side // 2 + 6, 0.6, 1)
                score = f"{rng.randrange(0, 130)} - {rng.randrange(0, 130)}"
                cv2.putText(
                    img, score, (W // 2 - 70, y + side // 2 + 25), cv2.FONT_HERSHEY_DUPLEX, 0.9, s.fg, 2
                )
                cast.avatar(s, W - 40 - side, y + 15, fp * rng.uniform(0.9, 1.1), side, "circle")
                s.words(rng, W - 230 - side, y + 15 + side // 2 + 6, 0.6, 1)
                y += side + 38
        elif pick < 0.8 and y < H - NAV_H - 520:  # a news card
            h = rng.randrange(280, 460)
            cast.photo(s, 24, y, W - 56, h, rng.uniform(60, 200), rounded_rect(h, W - 56, 24))
            y = _text_lines(s, rng, 30, y + h + 40, 2, 0.7) + 20
        else:  # top scorers
            fp, side = _size(rng, 30, 60, (1.2, 1.4))
            x = 24
            while x + side < W - 8 and y + side + 80 < H - NAV_H:
                cast.avatar(s, x, y, fp, side, rng.choice(("circle", "rounded")))
                cv2.circle(img, (x + side - 8, y + side - 8), max(10, side // 6), s.accent, -1, cv2.LINE_AA)
                s.words(rng, x, y + side + 34, 0.5, 1)
                x += side + rng.randrange(30, 70)
            y += side + 70
    return s.finish()


def music(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music app: artist circles (faces 40-110 px) cut by the right edge, album art grids with
    faces of 20-90 px under title bands, a mini player with tiny art."""
    s = Screen.new(rng, name, cast.kind("music"), rng.choice(("dark", "dark", "light", "tinted")))
    img = s.img
    y = STATUS_H + 30
    while y < H - NAV_H - 420:
        s.words(rng, 24, y + 36, 0.9, 2)
        y += 60
        if rng.random() < 0.45:
            fp, side = _size(rng, 40, 110, (1.4, 1.7))
            x = 24 - rng.randrange(0, side // 3)
            while x < W:
                cast.avatar(s, x, y, fp, side, "circle")
                s.words(rng, x + 10, y + side + 34, 0.55, 1)
                x += side + 28
            y += side + 60
        else:
            cols = rng.randrange(2, 4)
            t = (W - 8 - 24 * (cols + 1)) // cols
            for _ in range(rng.randrange(1, 3)):
                if y + t + 70 > H - NAV_H - 140:
                    break
                for c in range(cols):
                    x = 24 + c * (t + 24)
                    if rng.random() < 0.75:
                        cast.photo(s, x, y, t, t, rng.uniform(20, 90))
                    else:
                        cast.thing(s, x, y, t, t)
                    if rng.random() < 0.4:  # a printed title band on the cover
                        by = y + rng.choice((0, t - t // 5))
                        cv2.rectangle(img, (x, by), (x + t - 1, by + t // 5), random_colour(rng, 30, 240), -1)
                    s.words(rng, x, y + t + 30, 0.55, 2)
                y += t + 56
    py = H - NAV_H - 120
    cv2.rectangle(img, (12, py), (W - 20, py + 104), tuple(int(v * 0.7) for v in s.accent), -1)
    cast.photo(s, 28, py + 20, 64, 64, rng.uniform(18, 30))
    s.words(rng, 110, py + 60, 0.65, 3, WHITE)
    cv2.fillPoly(img, [np.array([[W - 90, py + 32], [W - 90, py + 72], [W - 56, py + 52]], np.int32)], WHITE)
    return s.finish()


def rideshare(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ride or delivery on its way: a map with a route, a courier pin (18-30 px face), a bottom
    sheet with the driver's photo (40-90 px), a car badge cut into its corner, rating, buttons."""
    s = Screen.new(rng, name, cast.kind("ride"))
    img = s.img
    _map(img, rng, rng.random() < 0.35)
    sheet = H - NAV_H - rng.randrange(520, 720)
    route = np.array(
        [[rng.randrange(80, W - 90), rng.randrange(STATUS_H + 80, sheet - 80)] for _ in range(4)]
    )
    cv2.polylines(img, [route.astype(np.int32)], False, s.accent, 10, cv2.LINE_AA)
    for k in range(rng.randrange(4, 12)):  # the courier at the route's end, other drivers about
        fp, side = _size(rng, 18, 30, (1.15, 1.3))
        px, py = (int(v) for v in route[-1]) if k == 0 else \
            (rng.randrange(10, W - 60), rng.randrange(STATUS_H + 20, sheet - 60))  # fmt: skip
        cv2.circle(img, (px + side // 2, py + side // 2), side // 2 + 6, WHITE, -1, cv2.LINE_AA)
        cast.avatar(s, px, py, fp, side, "circle")
    sx, sy = (int(v) for v in route[0])  # the pickup: a car from above
    cv2.rectangle(img, (sx - 14, sy - 24), (sx + 14, sy + 24), (60, 60, 60), -1)
    fill(img, rounded_rect(H - sheet, W - 8, 36), 0, sheet, s.bg)
    cv2.line(img, (W // 2 - 50, sheet + 20), (W // 2 + 50, sheet + 20), (150, 150, 150), 8)
    s.words(rng, 30, sheet + 80, 0.9, 3)
    fp, side = _size(rng, 40, 90, (1.2, 1.4))
    dy = sheet + 120
    cast.avatar(s, 30, dy, fp, side, rng.choice(("circle", "circle", "rounded")))
    bs = max(30, side * 2 // 5)  # the car badge over the photo's lower right
    cast.thing(s, 30 + side - bs * 2 // 3, dy + side - bs * 2 // 3, bs, bs, mask(bs, "circle"))
    s.words(rng, 60 + side, dy + side // 2 - 4, 0.8, 2)
    for k in range(5):
        cv2.circle(img, (70 + side + k * 28, dy + side // 2 + 30), 10, (40, 190, 250), -1, cv2.LINE_AA)
    cast.thing(s, W - 300, dy, 240, max(side, 120))
    by = dy + max(side, 120) + 40
    for k in range(3):
        cv2.rectangle(
            img, (30 + k * 340, by), (330 + k * 340, by + 80), tuple(int(v * 0.88) for v in s.bg), -1
        )
        s.words(rng, 60 + k * 340, by + 50, 0.6, 1)
    return s.finish()


def voice_room(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A multi-party voice room: speakers as circles (faces 36-100 px) with green speaking rings,
    mute badges over their lower right, then a grid of listeners (18-36 px)."""
    s = Screen.new(rng, name, cast.kind("voice"), rng.choice(("dark", "tinted", "light")))
    img = s.img
    s.words(rng, 30, STATUS_H + 60, 1.0, 3)
    y = STATUS_H + 110
    for section, (lo, hi, cols) in enumerate(((36, 100, rng.randrange(3, 5)), (18, 36, rng.randrange(5, 7)))):
        cw = (W - 8 - 40) // cols
        fp, side = _size(rng, lo, min(hi, cw / 1.45), (1.15, 1.35))
        n = rng.randrange(cols * 2, cols * (4 + 2 * section))
        for k in range(n):
            x, yy = 20 + (k % cols) * cw + (cw - side) // 2, y + (k // cols) * (side + 80)
            if yy + side + 60 > H - NAV_H - 120:
                break
            c, r = (x + side // 2, yy + side // 2), side // 2
            if section == 0 and rng.random() < 0.35:
                cv2.circle(img, c, r + max(4, side // 14), (90, 210, 90), max(3, side // 20), cv2.LINE_AA)
            cast.avatar(
                s, x, yy, fp * rng.uniform(0.9, 1.0), side, rng.choice(("circle", "circle", "squircle"))
            )
            if rng.random() < 0.4:  # muted
                mr = max(9, side // 7)
                mc = (x + side - mr, yy + side - mr)
                cv2.circle(img, mc, mr + 3, s.bg, -1, cv2.LINE_AA)
                cv2.circle(img, mc, mr, (70, 70, 220), -1, cv2.LINE_AA)
                cv2.line(
                    img, (mc[0] - mr // 2, mc[1] - mr // 2), (mc[0] + mr // 2, mc[1] + mr // 2), WHITE, 2
                )
            s.words(rng, x, yy + side + 34, 0.5 if section else 0.6, 1)
        y += ((min(n, cols * 8) + cols - 1) // cols) * (side + 80) + 40
        if y > H - NAV_H - 300:
            break
        s.words(rng, 30, y, 0.7, 2)
        y += 30
    cv2.rectangle(img, (0, H - NAV_H - 110), (W, H - NAV_H), tuple(int(v * 0.8) for v in s.bg), -1)
    cv2.rectangle(img, (W - 300, H - NAV_H - 85), (W - 40, H - NAV_H - 25), (60, 60, 220), -1)
    return s.finish()


def album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared album: a grid of thumbnails (people with faces of 20-60 px, or things), video
    durations, selection circles, the contributor's tiny avatar on some corners."""
    s = Screen.new(rng, name, cast.kind("album"))
    img = s.img
    s.words(rng, 24, STATUS_H + 60, 1.0, 2)
    s.words(rng, 24, STATUS_H + 100, 0.55, 4)
    cols, gap = rng.randrange(3, 5), rng.choice((3, 4, 6))
    t = (W - 8 - gap * (cols - 1)) // cols
    y = STATUS_H + 130
    while y + t // 2 < H - NAV_H:
        for c in range(cols):
            x = c * (t + gap)
            if rng.random() < 0.65:
                cast.photo(s, x, y, t, t, rng.uniform(20, 60))
            else:
                cast.thing(s, x, y, t, t)
            if rng.random() < 0.15:
                at = (x + t - 70, y + t - 14)  # a video's duration
                cv2.putText(img, f"0:{rng.randrange(5, 60):02d}", at, cv2.FONT_HERSHEY_SIMPLEX, 0.6, WHITE, 2)
            if rng.random() < 0.3:
                cv2.circle(img, (x + t - 24, y + 24), 14, WHITE, 2, cv2.LINE_AA)
            if rng.random() < 0.3:
                fp, side = _size(rng, 18, 22, (1.05, 1.15))
                cast.avatar(s, x + 8, y + t - side - 8, fp, side, "circle", WHITE)
        y += t + gap
    img[H - NAV_H :] = tuple(max(0, min(255, v + (12 if sum(s.bg) < 384 else -12))) for v in s.bg)
    return s.finish()


def picker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contacts picker: chips of the picked people (18-26 px faces) with a cross, a search bar,
    section letters, rows of avatars (26-56 px faces), checkmarks over the picked ones' corner."""
    s = Screen.new(rng, name, cast.kind("picker"))
    img = s.img
    chip = tuple(int(v * 0.88) for v in s.bg) if sum(s.bg) > 200 else (70, 70, 75)
    x, y = 20, STATUS_H + 24
    for _ in range(rng.randrange(2, 8)):
        fp, side = _size(rng, 18, 26, (1.05, 1.2))
        w = side + rng.randrange(120, 200)
        if x + w > W - 30:
            x, y = 20, y + side + 24
        cv2.rectangle(img, (x, y), (x + w, y + side + 8), chip, -1)
        cast.avatar(s, x + 4, y + 4, fp, side, "circle")
        s.words(rng, x + side + 12, y + side // 2 + 10, 0.5, 1)
        cv2.putText(img, "x", (x + w - 24, y + side // 2 + 10), cv2.FONT_HERSHEY_SIMPLEX, 0.6, s.fg, 2)
        x += w + 14
    y += 70
    cv2.rectangle(img, (20, y), (W - 30, y + 70), chip, -1)
    s.words(rng, 60, y + 46, 0.7, 1)
    y += 100
    shape = rng.choice(("circle", "circle", "squircle", "rounded"))
    while True:
        if rng.random() < 0.2:
            cv2.putText(
                img, rng.choice("ABCDEFGHJKLMNPRST"), (30, y + 40), cv2.FONT_HERSHEY_DUPLEX, 1.0, s.accent, 2
            )
            y += 60
        fp, side = _size(rng, 26, 56, (1.15, 1.35))
        row = side + 36
        if y + row > H - NAV_H:
            break
        ay = y + 18
        cast.avatar(s, 40, ay, fp, side, shape)
        if rng.random() < 0.4:
            r = max(10, side // 5)
            c = (40 + side - r + 4, ay + side - r + 4)
            cv2.circle(img, c, r + 4, s.bg, -1, cv2.LINE_AA)
            cv2.circle(img, c, r, s.accent, -1, cv2.LINE_AA)
            tick = np.array(
                [[c[0] - r // 2, c[1]], [c[0] - r // 6, c[1] + r // 2 - 2], [c[0] + r // 2, c[1] - r // 2]]
            )
            cv2.polylines(img, [tick.astype(np.int32)], False, WHITE, 2, cv2.LINE_AA)
        else:
            cv2.circle(img, (W - 70, y + row // 2), 18, s.fg, 2, cv2.LINE_AA)
        s.words(rng, 70 + side, y + row // 2, 0.75, 2)
        s.words(rng, 70 + side, y + row // 2 + 28, 0.5, 2)
        y += row
    return s.finish()


def typing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A one-to-one chat: a header avatar, incoming bubbles with an 18-26 px avatar on the last of
    each run, photo messages, tiny read receipts (18-20 px), a typing indicator with its avatar."""
    s = Screen.new(rng, name, cast.kind("typing"))
    img = s.img
    bar = tuple(int(v * 0.9) for v in s.bg) if sum(s.bg) > 200 else (45, 45, 50)
    cv2.rectangle(img, (0, STATUS_H), (W, STATUS_H + 100), bar, -1)
    fp, side = _size(rng, 24, 36, (1.15, 1.3))
    cast.avatar(s, 80, STATUS_H + 50 - side // 2, fp, side, rng.choice(("circle", "ring")))
    s.words(rng, 100 + side, STATUS_H + 60, 0.8, 1)
    bubble = tuple(int(v) for v in np.clip(np.array(s.bg) + (32 if sum(s.bg) < 384 else -26), 0, 255))
    y = STATUS_H + 130
    shape = rng.choice(("circle", "circle", "squircle"))
    while y < H - NAV_H - 260:
        if rng.random() < 0.5:  # a run of incoming messages, the avatar by the last one
            for k in range(n := rng.randrange(1, 4)):
                h = rng.randrange(60, 110)
                cv2.rectangle(img, (70, y), (70 + rng.randrange(220, 700), y + h), bubble, -1)
                s.words(rng, 90, y + 40, 0.65, 3)
                if k == n - 1:
                    fp, side = _size(rng, 18, 26, (1.05, 1.2))
                    cast.avatar(s, 62 - side, y + h - side, fp, side, shape)
                y += h + 8
        elif rng.random() < 0.3:  # a photo message
            w = rng.randrange(280, 460)
            cast.photo(s, W - 40 - w, y, w, w, rng.uniform(30, 120), rounded_rect(w, w, 24))
            y += w + 8
        else:
            h = rng.randrange(60, 110)
            cv2.rectangle(img, (W - 40 - rng.randrange(220, 700), y), (W - 40, y + h), s.accent, -1)
            y += h + 8
        if rng.random() < 0.5:  # read by
            fp, side = _size(rng, 18, 20, (1.02, 1.1))
            cast.avatar(s, W - 40 - side, y, fp, side, "circle")
            y += side + 8
        y += 16
    fp, side = _size(rng, 18, 22, (1.05, 1.15))
    cast.avatar(s, 62 - side, y + 64 - side, fp, side, shape)
    cv2.rectangle(img, (70, y), (230, y + 64), bubble, -1)
    for k in range(3):
        cv2.circle(img, (110 + 40 * k, y + 32), 9, (150, 150, 150), -1, cv2.LINE_AA)
    return s.finish()


def lockscreen(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lock screen: a wallpaper (a face photo on some), the clock, stacks of translucent
    notification cards each with a 20-40 px avatar, an app badge on its corner, text."""
    s = Screen.new(rng, name, cast.kind("lock"))
    img = s.img
    pick = rng.random()
    if pick < 0.3:
        cast.frame(s, 0, H, rng.uniform(150, 500))
    elif pick < 0.65:
        photo_fill(img, rng.choice(cast.free), rng, (0, 0, W - 8, H), rng.choice((0.0, 5.0, 12.0)))
    else:
        gradient(img, (0, 0, W - 8, H), random_colour(rng, 20, 250), random_colour(rng, 20, 250))
    clock = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d}"
    cv2.putText(img, clock, (250, 420), cv2.FONT_HERSHEY_DUPLEX, 5, WHITE, 10, cv2.LINE_AA)
    s.words(rng, 340, 220, 0.9, 2, WHITE)
    dark = rng.random() < 0.5
    card, ink = ((30, 30, 30), WHITE) if dark else ((245, 245, 245), (20, 20, 20))
    y = rng.randrange(480, 760)
    while y < H - NAV_H - 300:
        h = rng.randrange(110, 160)
        for k in range(rng.choice((0, 0, 1, 2)), 0, -1):  # the stack's cards behind
            shade(img, (24 + 24 * k, y + h, W - 32 - 24 * k, y + h + 14 * k), card, 0.5)
        shade(img, (24, y, W - 32, y + h), card, rng.uniform(0.55, 0.85))
        fp, side = _size(rng, 20, 40, (1.1, 1.3))
        ay = y + (h - side) // 2
        cast.avatar(s, 44, ay, fp, side, rng.choice(("circle", "circle", "rounded")))
        if rng.random() < 0.5:
            r = max(9, side // 5)
            fill(img, mask(2 * r, "rounded"), 44 + side - r, ay + side - r, random_colour(rng, 40, 240))
        s.words(rng, 70 + side, y + 50, 0.65, 2, ink)
        s.words(rng, 70 + side, y + 90, 0.55, 5, ink)
        s.words(rng, W - 150, y + 50, 0.45, 1, ink)
        y += h + rng.randrange(14, 40)
    for cx in (120, W - 130):
        shade(img, (cx - 50, H - NAV_H - 130, cx + 50, H - NAV_H - 30), (40, 40, 40), 0.5)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
FACE_LAYOUTS: tuple[Layout, ...] = (
    forum, forum, live_stream, live_stream, inbox, scores, music, rideshare, voice_room, album, album,
    picker, typing, lockscreen, lockscreen,
)  # fmt: skip
FREE_LAYOUTS: tuple[Layout, ...] = (
    forum, live_stream, inbox, scores, music, rideshare, voice_room, album, picker, lockscreen,
)  # fmt: skip


def rounds(cast: type[Cast], face_layouts: Sequence[Callable[[Any, random.Random, str], Composite]],
           free_layouts: Sequence[Callable[[Any, random.Random, str], Composite]], tag: str,
           photos: list[Photo], free: list[Photo], seed: int, reps: int) -> Iterator[Composite]:  # fmt: skip
    """``reps`` rounds of the layouts, people on ``face_layouts`` and things on ``free_layouts``,
    screens named after ``tag`` and their layout; two_people.jpg is left out (its people are in
    tuning photos)."""
    rng = random.Random(seed)
    people = cast([p for p in photos if p.name not in SAME_PEOPLE_AS_TUNING and p.faces], free, rng)
    things = cast([], free, rng)
    for i in range(reps):
        for k, fn in enumerate(face_layouts):
            yield fn(people, rng, f"{tag}{fn.__name__}{k}_{i}")
        for k, fn in enumerate(free_layouts):
            yield fn(things, rng, f"{tag}free{fn.__name__}{k}_{i}")


def generate(photos: list[Photo], free: list[Photo], seed: int = HELDOUT3_SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """``reps`` rounds of every layout (15 screens with faces, 10 face-free each), lifted like the
    other composites (darkest pixel 40)."""
    return rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h3", photos, free, seed, reps)
