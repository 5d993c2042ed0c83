"""Held-out screens (issue 14): layouts no detector constant was chosen on.

Written before any tuning of this round and never used to choose a constant: the bench reports
them, the tests check promises on them, nothing else. They use only the held-out face photos
(``composites.HELDOUT``) and face-free photos (``composites.FREE_HELDOUT``), at seeds other than
the tuning seed (7). What they add over the tuning layouts: a messenger list with unread badges
and muted rows, a contact grid with names under the faces, a story bar scrolled past the screen
edge above a feed of group photos, a group chat with small sender avatars and photo messages, a
video-call grid with name labels over the tiles, a profile page with a large bordered avatar and a
row of overlapping mutual-friend avatars; face-free: pet and object shops, texture wallpapers,
galleries of face-free photos and their zoomed crops (animal faces at avatar size).

Sizes of face boxes are continuous (18-64 px for avatars, larger for calls and profiles), JPEG
quality 30-60 per capture, themes light, dark and tinted.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import composites as C
import cv2
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Look, Photo, W

SEED = 2026  # the bench's held-out seed; tests use others

Colour = tuple[int, int, int]


THEMES = ("light", "dark", "tinted")


def _palette(rng: random.Random, theme: str | None = None) -> tuple[Colour, Colour, Colour]:
    """Background, text and accent: light, dark or tinted themes."""
    kind = theme or rng.choice(("light", "dark", "dark", "tinted"))
    if kind == "light":
        bg: Colour = (rng.randrange(236, 256),) * 3  # type: ignore[assignment]
        fg: Colour = (20, 20, 20)
    elif kind == "dark":
        v = rng.randrange(0, 30)
        bg, fg = (v, v, v + rng.randrange(0, 8)), (230, 230, 230)
    else:
        bg = tuple(rng.randrange(90, 200) for _ in range(3))  # type: ignore[assignment]
        fg = (255, 255, 255) if sum(bg) < 420 else (10, 10, 10)
    accent: Colour = rng.choice(((230, 120, 40), (90, 200, 60), (60, 60, 230), (200, 80, 200)))
    return bg, fg, accent


def _screen(rng: random.Random, name: str, kind: str, theme: str | None = None
            ) -> tuple[Composite, Colour, Colour]:  # fmt: skip
    bg, fg, accent = _palette(rng, theme)
    img = np.full((H, W, 3), bg, np.uint8)
    cv2.rectangle(img, (0, 0), (W, STATUS_H), bg, -1)
    C.draw_clock(img, f"{rng.randrange(0, 24)}:{rng.randrange(0, 60):02d}", fg)
    bar = tuple(max(0, min(255, v + (12 if sum(bg) < 384 else -12))) for v in bg)
    cv2.rectangle(img, (0, H - NAV_H), (W, H), bar, -1)
    cv2.line(img, (W // 2 - 90, H - 40), (W // 2 + 90, H - 40), fg, 8)  # gesture bar
    img[:, W - 8 :] = 0
    return Composite(name, kind, img, quality=rng.randrange(30, 61)), fg, accent


def _words(img: np.ndarray, rng: random.Random, x: int, y: int, fg: Colour, size: float = 0.8,
           n: int = 3) -> None:  # fmt: skip
    text = " ".join(rng.choice(C.WORDS) for _ in range(n))
    font = rng.choice((cv2.FONT_HERSHEY_SIMPLEX, cv2.FONT_HERSHEY_DUPLEX))
    cv2.putText(img, text, (x, y), font, size, fg, max(1, round(size * 2)), cv2.LINE_AA)


def _face(photos: list[Photo], rng: random.Random) -> tuple[Photo, C.BoxF]:
    p = rng.choice([p for p in photos if p.faces])
    return p, rng.choice(p.faces)


def _put(paster: C._Paster, photos: list[Photo], rng: random.Random, x: int, y: int,
         face_px: float, side: int, look: Look, ring: Colour = (60, 90, 240)) -> None:  # fmt: skip
    p, f = _face(photos, rng)
    tile, faces = C.avatar(p, f, face_px, side, look, rng)
    C.paste_avatar(paster, tile, faces, x, y, look, ring)


# ----------------------------------------------------------------------------------------------
# Screens with faces.
# ----------------------------------------------------------------------------------------------


def messenger(photos: list[Photo], rng: random.Random, name: str, shape: str | None = None,
              theme: str | None = None) -> Composite:  # fmt: skip
    """Conversations: one avatar shape per app, unread badges on the avatar's corner, a muted
    icon, timestamps on the right; a few rows show an initials avatar."""
    comp, fg, accent = _screen(rng, name, "ho-messenger", theme)
    paster = C._Paster(comp)
    img = comp.image
    shape = shape or rng.choice(C.SHAPES)
    _words(img, rng, 32, STATUS_H + 70, fg, 1.6, 1)
    y = STATUS_H + 110
    while True:
        face_px = rng.uniform(18, 64)
        side = round(face_px * rng.uniform(1.2, 1.7))
        row = side + rng.randrange(18, 40)
        if y + row > H - NAV_H:
            break
        x = rng.randrange(16, 48)
        ay = y + (row - side) // 2
        if rng.random() < 0.1:
            cv2.circle(img, (x + side // 2, ay + side // 2), side // 2, accent, -1, cv2.LINE_AA)
            cv2.putText(img, "AB", (x + side // 5, ay + side * 2 // 3), cv2.FONT_HERSHEY_SIMPLEX,
                        side / 60, (255, 255, 255), 2, cv2.LINE_AA)  # fmt: skip
        else:
            _put(paster, photos, rng, x, ay, face_px, side, Look.random(rng, shape), accent)
            if rng.random() < 0.3:  # unread count on the avatar's upper right corner
                r = max(6, side // 6)
                cv2.circle(img, (x + side - r // 2, ay + r // 2), r, (40, 40, 230), -1, cv2.LINE_AA)
        _words(img, rng, x + side + 24, y + row // 2 - 4, fg, 0.85, 2)
        _words(img, rng, x + side + 24, y + row // 2 + 26, fg, 0.6, 5)
        cv2.putText(img, "9:41", (W - 110, y + row // 2 - 4), cv2.FONT_HERSHEY_SIMPLEX, 0.6, fg, 1)
        y += row
    return comp


def contact_grid(photos: list[Photo], rng: random.Random, name: str) -> Composite:
    """A grid of people (3-6 columns) with names under the avatars, some with story rings."""
    comp, fg, accent = _screen(rng, name, "ho-contacts")
    paster = C._Paster(comp)
    cols = rng.randrange(3, 7)
    cell = (W - 8 - 40) // cols
    y = STATUS_H + 60
    while True:
        face_px = rng.uniform(18, min(64, cell / 1.5))
        side = round(face_px * rng.uniform(1.2, 1.6))
        if y + side + 50 > H - NAV_H:
            break
        for c in range(cols):
            x = 20 + c * cell + (cell - side) // 2
            look = Look.random(rng, "ring" if rng.random() < 0.3 else None)
            _put(paster, photos, rng, x, y, face_px * rng.uniform(0.9, 1.1), side, look, accent)
            _words(comp.image, rng, 20 + c * cell + 8, y + side + 30, fg, 0.55, 1)
        y += side + 60
    return comp


def story_feed(photos: list[Photo], rng: random.Random, name: str) -> Composite:
    """A story bar scrolled so its end avatars are cut by the screen edges, then posts of group
    photos scaled so their faces are 18-64 px (whole photos, some slightly rotated)."""
    comp, fg, accent = _screen(rng, name, "ho-stories")
    paster = C._Paster(comp)
    img = comp.image
    face_px = rng.uniform(30, 64)
    side = round(face_px * 1.35)
    x = -rng.randrange(side // 4, side // 2)
    while x < W:
        _put(paster, photos, rng, x, STATUS_H + 30, face_px, side, Look.random(rng, "ring"), accent)
        x += side + 28
    y = STATUS_H + 60 + side
    groups = [p for p in photos if len(p.faces) >= 2]
    while y < H - NAV_H - 200:
        _words(img, rng, 24, y + 30, fg, 0.8, 4)
        y += 50
        p = rng.choice(groups)
        target = rng.uniform(18, 64)
        s = target / float(np.median([b[2] - b[0] for b in p.faces]))
        s = min(s, (W - 8) / p.image.shape[1] * 1.6)
        img_s, faces = C._scaled(p, s)
        angle = rng.uniform(-15, 15) if rng.random() < 0.4 else 0.0
        if angle:
            h, w = img_s.shape[:2]
            m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            img_s = cv2.warpAffine(img_s, m, (w, h), borderMode=cv2.BORDER_REFLECT)
            faces = [C._rotated_box(b, m, angle) for b in faces]
        if rng.random() < 0.2:
            img_s = cv2.cvtColor(cv2.cvtColor(img_s, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
        h = min(img_s.shape[0], H - NAV_H - y)
        paster.paste(img_s[:h], faces, (W - 8 - img_s.shape[1]) // 2, y, min_visible=0.6)
        y += h + 30
    return comp


def group_chat(photos: list[Photo], rng: random.Random, name: str) -> Composite:
    """Message bubbles with small sender avatars (faces 18-40 px) and photo messages."""
    comp, fg, accent = _screen(rng, name, "ho-groupchat")
    paster = C._Paster(comp)
    img = comp.image
    bg = img[STATUS_H + 5, 5].astype(int)
    bubble = tuple(int(v) for v in np.clip(bg + (28 if bg.sum() < 384 else -20), 0, 255))
    y = STATUS_H + 30
    shape = rng.choice(C.SHAPES)
    while y < H - NAV_H - 120:
        face_px = rng.uniform(18, 40)
        side = round(face_px * rng.uniform(1.15, 1.5))
        if rng.random() < 0.25:  # a photo message: a person, face 40-120 px, rounded corners
            fp = rng.uniform(40, 120)
            pw = round(fp * rng.uniform(2.0, 3.5))
            look = Look.random(rng, "rounded")
            look.angle = 0.0
            p, f = _face(photos, rng)
            tile, faces = C.avatar(p, f, fp, pw, look, rng)
            if y + pw > H - NAV_H:
                break
            C.paste_avatar(paster, tile, faces, 40 + side + 24, y, look)
            y += pw + 20
            continue
        h = rng.randrange(56, 110)
        _put(paster, photos, rng, 24, y + h - side, face_px, side, Look.random(rng, shape), accent)
        bx = 24 + side + 16
        cv2.rectangle(img, (bx, y), (bx + rng.randrange(300, 800), y + h), bubble, -1)
        _words(img, rng, bx + 16, y + 36, fg, 0.7, 4)
        y += h + 22
    return comp


def video_grid(photos: list[Photo], rng: random.Random, name: str) -> Composite:
    """A call of 2-9 people on dark tiles, name labels over the tile bottoms, a self view cut by
    the screen edge."""
    comp, _fg, _accent = _screen(rng, name, "ho-call")
    paster = C._Paster(comp)
    img = comp.image
    img[STATUS_H : H - NAV_H] = (12, 12, 14)
    cols, rows = rng.choice(((1, 2), (2, 2), (2, 3), (3, 3)))
    tw, th = (W - 8) // cols, (H - NAV_H - STATUS_H - 200) // rows
    for r in range(rows):
        for c in range(cols):
            x, y = c * tw + 3, STATUS_H + r * th + 3
            face_px = rng.uniform(0.18, 0.55) * min(tw, th)
            look = Look(angle=rng.uniform(-12, 12), grey=rng.random() < 0.15, dark=rng.random() < 0.6)
            p, f = _face(photos, rng)
            side = min(tw, th) - 6
            tile, faces = C.avatar(p, f, face_px, side, look, rng)
            paster.paste(tile, faces, x + (tw - 6 - side) // 2, y + (th - 6 - side) // 2)
            C.occlude(comp, (x, y + th - 54, x + rng.randrange(140, 300), y + th - 12), (40, 40, 40))
            cv2.putText(img, "Alex", (x + 12, y + th - 24), cv2.FONT_HERSHEY_SIMPLEX, 0.8,
                        (235, 235, 235), 2)  # fmt: skip
    look = Look(dark=True)
    p, f = _face(photos, rng)
    tile, faces = C.avatar(p, f, rng.uniform(60, 110), 220, look, rng)
    paster.paste(tile, faces, W - 8 - 220 + rng.randrange(40, 100), H - NAV_H - 250)
    return comp


def profile(photos: list[Photo], rng: random.Random, name: str) -> Composite:
    """A profile: a large bordered avatar (faces 64-220 px), then mutual friends as a row of
    overlapping small avatars (each hides part of the one before)."""
    comp, fg, accent = _screen(rng, name, "ho-profile")
    paster = C._Paster(comp)
    img = comp.image
    cover = rng.choice([p for p in photos if p.faces])
    s = (W - 8) / cover.image.shape[1]
    cimg, cfaces = C._scaled(cover, s)
    ch = min(cimg.shape[0], 420)
    paster.paste(cimg[:ch], cfaces, 0, STATUS_H, min_visible=0.6)
    face_px = rng.uniform(64, 220)
    side = round(face_px * 1.4)
    _put(paster, photos, rng, 40, STATUS_H + ch - side // 2, face_px, side,
         Look.random(rng, rng.choice(("border", "rounded", "circle"))), accent)  # fmt: skip
    y = STATUS_H + ch + side // 2 + 40
    _words(img, rng, 40, y, fg, 1.3, 2)
    y += 60
    while y < H - NAV_H - 120:
        face_px = rng.uniform(18, 44)
        side = round(face_px * 1.3)
        x = 40
        for _ in range(rng.randrange(3, 7)):  # each avatar overlaps the previous by a quarter
            _put(paster, photos, rng, x, y, face_px, side, Look.random(rng, "border"), accent)
            x += side * 3 // 4
        _words(img, rng, x + side + 20, y + side // 2 + 8, fg, 0.7, 4)
        y += side + 40
        for _ in range(rng.randrange(1, 4)):
            _words(img, rng, 40, y, fg, 0.75, 7)
            y += 40
    return comp


# ----------------------------------------------------------------------------------------------
# Face-free screens with photos: any change is a false hit.
# ----------------------------------------------------------------------------------------------


def _crop_square(p: Photo, rng: random.Random, share: tuple[float, float]) -> np.ndarray:
    ph, pw = p.image.shape[:2]
    cs = max(8, round(min(ph, pw) * rng.uniform(*share)))
    x, y = rng.randrange(0, pw - cs + 1), rng.randrange(0, ph - cs + 1)
    return p.image[y : y + cs, x : x + cs]


def shop(free: list[Photo], rng: random.Random, name: str) -> Composite:
    """A shop or pet-adoption grid: face-free photos (whole or zoomed) in rounded tiles, prices."""
    comp, fg, accent = _screen(rng, name, "ho-noface-shop")
    img = comp.image
    cols = rng.randrange(2, 4)
    side = (W - 8 - 30 * (cols + 1)) // cols
    y = STATUS_H + 50
    while y + side + 70 < H - NAV_H:
        for c in range(cols):
            x = 30 + c * (side + 30)
            crop = _crop_square(rng.choice(free), rng, (0.3, 1.0))
            tile = cv2.resize(crop, (side, side), interpolation=cv2.INTER_AREA)
            m = C.shape_mask(side, "rounded")[:, :, None] > 0
            img[y : y + side, x : x + side] = np.where(m, tile, img[y : y + side, x : x + side])
            _words(img, rng, x, y + side + 34, fg, 0.7, 2)
            cv2.putText(img, f"${rng.randrange(5, 99)}", (x, y + side + 64), cv2.FONT_HERSHEY_DUPLEX,
                        0.8, accent, 2)  # fmt: skip
        y += side + 90
    return comp


def pet_chat(free: list[Photo], rng: random.Random, name: str) -> Composite:
    """A chat list whose avatars are pets, objects and textures at 18-64 px (animal faces at
    avatar size), in every avatar shape, some grey or rotated."""
    comp, fg, accent = _screen(rng, name, "ho-noface-avatars")
    img = comp.image
    y = STATUS_H + 40
    while True:
        side = round(rng.uniform(18, 64) * rng.uniform(1.2, 1.6))
        row = side + rng.randrange(20, 40)
        if y + row > H - NAV_H:
            break
        crop = _crop_square(rng.choice(free), rng, (0.15, 0.6))
        tile = cv2.resize(crop, (side, side), interpolation=cv2.INTER_AREA)
        if rng.random() < 0.4:
            m = cv2.getRotationMatrix2D((side / 2, side / 2), rng.uniform(-15, 15), 1.0)
            tile = cv2.warpAffine(tile, m, (side, side), borderMode=cv2.BORDER_REFLECT)
        if rng.random() < 0.2:
            tile = cv2.cvtColor(cv2.cvtColor(tile, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
        shape = rng.choice(C.SHAPES)
        x, ay = 30, y + (row - side) // 2
        if shape == "ring":
            cv2.circle(img, (x + side // 2, ay + side // 2), side // 2 + 4, accent, 3, cv2.LINE_AA)
        m = C.shape_mask(side, shape)[:, :, None] > 0
        img[ay : ay + side, x : x + side] = np.where(m, tile, img[ay : ay + side, x : x + side])
        _words(img, rng, x + side + 24, y + row // 2, fg, 0.8, 3)
        y += row
    return comp


def wallpaper(free: list[Photo], rng: random.Random, name: str) -> Composite:
    """A lock or home screen over a texture or photo, a big clock and notification cards."""
    comp, _fg, _accent = _screen(rng, name, "ho-noface-wallpaper")
    img = comp.image
    p = rng.choice(free)
    bg = cv2.resize(_crop_square(p, rng, (0.5, 1.0)), (H, H), interpolation=cv2.INTER_LINEAR)
    img[:, : W - 8] = bg[:, : W - 8]
    cv2.putText(img, f"{rng.randrange(1, 13)}:{rng.randrange(0, 60):02d}", (260, 420),
                cv2.FONT_HERSHEY_SIMPLEX, 5, (250, 250, 250), 12, cv2.LINE_AA)  # fmt: skip
    y = 620
    for _ in range(rng.randrange(1, 5)):
        cv2.rectangle(img, (40, y), (W - 48, y + 150), (235, 235, 235), -1)
        _words(img, rng, 70, y + 60, (20, 20, 20), 0.8, 3)
        _words(img, rng, 70, y + 110, (20, 20, 20), 0.6, 6)
        y += 180
    return comp


def gallery(free: list[Photo], rng: random.Random, name: str) -> Composite:
    """A photo gallery of face-free photos and zoomed crops of them, 3-5 columns."""
    comp, _fg, _accent = _screen(rng, name, "ho-noface-gallery")
    img = comp.image
    cols = rng.randrange(3, 6)
    side = (W - 8 - 4 * (cols + 1)) // cols
    y = STATUS_H + 4
    while y + side < H - NAV_H:
        for c in range(cols):
            crop = _crop_square(rng.choice(free), rng, (0.2, 1.0))
            img[y : y + side, 4 + c * (side + 4) : 4 + c * (side + 4) + side] = cv2.resize(
                crop, (side, side), interpolation=cv2.INTER_AREA
            )
        y += side + 4
    return comp


# ----------------------------------------------------------------------------------------------

FACE_LAYOUTS = (messenger, messenger, contact_grid, story_feed, group_chat, video_grid, profile)
FREE_LAYOUTS = (shop, pet_chat, pet_chat, wallpaper, gallery)


def generate(photos: list[Photo], free: list[Photo], seed: int = SEED, reps: int = 4
             ) -> Iterator[Composite]:  # fmt: skip
    """``reps`` rounds of every held-out layout (faces twice over, face-free three times over),
    lifted like the tuning composites (darkest pixel 40) so written fill is unmistakable."""
    rng = random.Random(seed)
    for i in range(reps):
        for k, fn in enumerate(FACE_LAYOUTS * 2):
            yield C._lifted(fn(photos, rng, f"{fn.__name__}{k}_{i}"))
        for k, fn in enumerate(FREE_LAYOUTS * 3):
            yield C._lifted(fn(free, rng, f"{fn.__name__}{k}_{i}"))
