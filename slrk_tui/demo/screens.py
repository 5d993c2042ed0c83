"""Phone-screen pictures for the demo study: app layouts drawn with OpenCV, real faces pasted in.

Why drawn and not random noise: the redaction stage must be exercised on pictures that behave
like real screenshots (flat UI, text, status and navigation bars, photos, avatars) so that face
detectors meet the same false-hit and small-face problems they meet on real data, and so that the
"identical frame" and "only the clock changed" shortcuts of the engine are tested on real bytes.

A screen is rendered once per *content* (``render_screen``); each captured frame is that content
plus the status-bar clock (``stamp_status_bar``), so two frames of the same content in the same
minute are byte-identical and frames a minute apart differ only in the clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import cv2
import numpy as np

from slrk_tui.demo import faces as F

WIDTH, HEIGHT = 1088, 2115
CONTENT_W = 1080  # a 1080-px phone: the capture buffer adds 8 black padding columns on the right
STATUS_H = 72
NAV_H = 126
BODY_TOP, BODY_BOTTOM = STATUS_H, HEIGHT - NAV_H
JPEG_QUALITY = 50

FONT = cv2.FONT_HERSHEY_SIMPLEX
FONT_BOLD = cv2.FONT_HERSHEY_DUPLEX

Color = tuple[int, int, int]
Box = tuple[int, int, int, int]

WORDS = (
    "the",
    "and",
    "you",
    "for",
    "that",
    "with",
    "this",
    "have",
    "from",
    "your",
    "what",
    "about",
    "just",
    "like",
    "when",
    "will",
    "more",
    "time",
    "people",
    "today",
    "new",
    "see",
    "now",
    "photo",
    "video",
    "story",
    "friends",
    "follow",
    "message",
    "reply",
    "share",
    "post",
    "like",
    "comment",
    "news",
    "weather",
    "game",
    "music",
    "watch",
    "live",
    "update",
    "city",
    "park",
    "coffee",
    "lunch",
    "dinner",
    "meeting",
    "class",
    "study",
    "week",
    "weekend",
    "happy",
    "birthday",
    "thanks",
    "great",
    "love",
    "nice",
    "cool",
    "wow",
    "yes",
    "okay",
    "sure",
    "tomorrow",
    "night",
    "morning",
    "home",
    "work",
    "school",
    "team",
    "project",
    "report",
    "data",
    "research",
    "phone",
    "call",
    "search",
    "results",
    "open",
    "settings",
    "privacy",
    "account",
    "notifications",
    "battery",
    "network",
    "display",
    "sound",
    "map",
    "route",
    "traffic",
    "minutes",
    "away",
    "restaurant",
    "store",
    "hours",
    "reviews",
    "rating",
    "price",
    "deal",
    "sale",
    "order",
)

APP_COLORS: tuple[Color, ...] = (
    (219, 152, 52),
    (60, 76, 231),
    (113, 204, 46),
    (182, 89, 155),
    (15, 196, 241),
    (34, 126, 230),
    (160, 160, 40),
    (94, 73, 52),
    (133, 160, 22),
    (43, 57, 192),
)


@dataclass(frozen=True)
class Face:
    """One real face on a screen: its box in image pixels, what it is, where it came from."""

    box: Box
    kind: str  # feed_photo | avatar | tiny_avatar | call_tile | selfie
    source: str  # astronaut | camera | *_mirror | lfw:<index>


@dataclass
class Screen:
    """Rendered content of one screen (status bar left blank for the clock)."""

    image: np.ndarray
    faces: list[Face] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    status_bg: Color = (255, 255, 255)
    status_fg: Color = (20, 20, 20)


# ----------------------------------------------------------------------------- primitives


def _rounded_rect(img: np.ndarray, x1: int, y1: int, x2: int, y2: int, r: int, color: Color) -> None:
    r = max(0, min(r, (x2 - x1) // 2, (y2 - y1) // 2))
    cv2.rectangle(img, (x1 + r, y1), (x2 - r, y2), color, -1)
    cv2.rectangle(img, (x1, y1 + r), (x2, y2 - r), color, -1)
    for cx, cy in ((x1 + r, y1 + r), (x2 - r, y1 + r), (x1 + r, y2 - r), (x2 - r, y2 - r)):
        cv2.circle(img, (cx, cy), r, color, -1, cv2.LINE_AA)


def _text(img: np.ndarray, s: str, x: int, y: int, scale: float, color: Color, bold: bool = False) -> int:
    """Draw text with its baseline at y; returns the drawn width."""
    font = FONT_BOLD if bold else FONT
    th = 3 if bold else 2
    cv2.putText(img, s, (x, y), font, scale, color, th, cv2.LINE_AA)
    return cv2.getTextSize(s, font, scale, th)[0][0]


def _line_of_words(rng: random.Random, words_out: list[str], max_chars: int) -> str:
    out: list[str] = []
    n = 0
    while True:
        w = rng.choice(WORDS)
        if n + len(w) + 1 > max_chars:
            break
        out.append(w)
        n += len(w) + 1
    if rng.random() < 0.15:
        out.append(str(rng.randint(2, 2026)))
    words_out.extend(out)
    return " ".join(out)


def _paragraph(
    img: np.ndarray,
    rng: random.Random,
    words: list[str],
    x: int,
    y: int,
    lines: int,
    scale: float = 1.15,
    color: Color = (40, 40, 40),
    max_chars: int = 38,
    line_h: int = 50,
) -> int:
    for i in range(lines):
        chars = max_chars if i < lines - 1 else rng.randint(max_chars // 3, max_chars)
        _text(img, _line_of_words(rng, words, chars), x, y, scale, color)
        y += line_h
    return y


def _emoji(img: np.ndarray, cx: int, cy: int, r: int, rng: random.Random) -> None:
    """An emoji-like circle: coloured disc, sometimes with dots and a smile (not a human face)."""
    color = rng.choice(((30, 200, 250), (60, 60, 230), (200, 120, 60), (80, 200, 90)))
    cv2.circle(img, (cx, cy), r, color, -1, cv2.LINE_AA)
    if rng.random() < 0.6:
        d = max(2, r // 6)
        cv2.circle(img, (cx - r // 3, cy - r // 4), d, (40, 40, 40), -1, cv2.LINE_AA)
        cv2.circle(img, (cx + r // 3, cy - r // 4), d, (40, 40, 40), -1, cv2.LINE_AA)
        cv2.ellipse(
            img, (cx, cy + r // 6), (r // 2, r // 3), 0, 10, 170, (40, 40, 40), max(1, r // 10), cv2.LINE_AA
        )


def _icon(img: np.ndarray, x: int, y: int, size: int, rng: random.Random, round_icon: bool = False) -> None:
    color = rng.choice(APP_COLORS)
    if round_icon:
        cv2.circle(img, (x + size // 2, y + size // 2), size // 2, color, -1, cv2.LINE_AA)
    else:
        _rounded_rect(img, x, y, x + size, y + size, size // 4, color)
    # a white glyph in the middle
    g = size // 4
    shape = rng.randrange(3)
    cx, cy = x + size // 2, y + size // 2
    if shape == 0:
        cv2.circle(img, (cx, cy), g, (255, 255, 255), max(2, size // 20), cv2.LINE_AA)
    elif shape == 1:
        cv2.rectangle(img, (cx - g, cy - g), (cx + g, cy + g), (255, 255, 255), -1)
    else:
        pts = np.array([[cx, cy - g], [cx + g, cy + g], [cx - g, cy + g]], np.int32)
        cv2.fillConvexPoly(img, pts, (255, 255, 255), cv2.LINE_AA)


def paste_patch(img: np.ndarray, patch: np.ndarray, x: int, y: int, circle: bool = False) -> None:
    h, w = patch.shape[:2]
    if circle:
        mask = np.zeros((h, w), np.uint8)
        cv2.circle(mask, (w // 2, h // 2), min(w, h) // 2, 255, -1, cv2.LINE_AA)
        region = img[y : y + h, x : x + w]
        alpha = (mask.astype(np.float32) / 255.0)[..., None]
        region[:] = (patch * alpha + region * (1 - alpha)).astype(np.uint8)
    else:
        img[y : y + h, x : x + w] = patch


def _avatar(
    img: np.ndarray,
    rng: random.Random,
    x: int,
    y: int,
    size: int,
    faces: list[Face],
    face_prob: float,
    kind: str,
) -> None:
    """A round avatar: a real face (LFW grey crop or colour photo crop) or initials."""
    if rng.random() < face_prob:
        if size < 32 or rng.random() < 0.75:  # tiny avatars: the whole square is the face
            idx = rng.randrange(100)
            patch = F.lfw_avatar(idx, size)
            box: Box = (0, 0, size, size)
            source = f"lfw:{idx}"
        else:
            photo = rng.choice(F.face_photos())
            patch, box = F.photo_face_crop(photo, size, margin=0.12)
            source = photo.name
        paste_patch(img, patch, x, y, circle=size >= 40)
        faces.append(Face((x + box[0], y + box[1], x + box[2], y + box[3]), kind, source))
    else:
        color = rng.choice(APP_COLORS)
        cv2.circle(img, (x + size // 2, y + size // 2), size // 2, color, -1, cv2.LINE_AA)
        letter = rng.choice("ABCDEFGHJKLMNPRSTW")
        sc = size / 70
        tw, th = cv2.getTextSize(letter, FONT_BOLD, sc, 2)[0]
        cv2.putText(
            img,
            letter,
            (x + (size - tw) // 2, y + (size + th) // 2),
            FONT_BOLD,
            sc,
            (255, 255, 255),
            2,
            cv2.LINE_AA,
        )


def _photo(rng: random.Random, w: int, h: int, face_prob: float) -> tuple[np.ndarray, Face | None]:
    """A w x h photo: a real face photo scaled to fit (face box returned) or a face-free one."""
    if rng.random() < face_prob:
        photo = rng.choice(F.face_photos())
        src = photo.image
        scale = max(w / src.shape[1], h / src.shape[0])
        big = cv2.resize(
            src,
            (round(src.shape[1] * scale), round(src.shape[0] * scale)),
            interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        )
        ox = (big.shape[1] - w) // 2
        oy = max(0, min(big.shape[0] - h, round(photo.face[1] * scale) - h // 6))
        out = big[oy : oy + h, ox : ox + w]
        x1, y1, x2, y2 = (round(v * scale) for v in photo.face)
        box = (max(0, x1 - ox), max(0, y1 - oy), min(w, x2 - ox), min(h, y2 - oy))
        if box[2] - box[0] < 0.8 * (x2 - x1) or box[3] - box[1] < 0.8 * (y2 - y1):
            return _face_free_photo(rng, w, h), None  # face cut off: use a face-free photo
        return out, Face(box, "feed_photo", photo.name)
    return _face_free_photo(rng, w, h), None


def _face_free_photo(rng: random.Random, w: int, h: int) -> np.ndarray:
    pool = F.face_free_photos()
    if pool and rng.random() < 0.8:
        src = rng.choice(pool)
        scale = max(w / src.shape[1], h / src.shape[0])
        big = cv2.resize(
            src,
            (max(w, round(src.shape[1] * scale)), max(h, round(src.shape[0] * scale))),
            interpolation=cv2.INTER_AREA,
        )
        ox, oy = (big.shape[1] - w) // 2, (big.shape[0] - h) // 2
        return big[oy : oy + h, ox : ox + w]
    a = np.array(rng.choice(APP_COLORS), np.float32)
    b = np.array(rng.choice(APP_COLORS), np.float32)
    t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    grad = (a * (1 - t) + b * t).astype(np.uint8)
    return np.broadcast_to(grad, (h, w, 3))


def _app_bar(img: np.ndarray, title: str, bg: Color, fg: Color, rng: random.Random, words: list[str]) -> int:
    cv2.rectangle(img, (0, BODY_TOP), (CONTENT_W, BODY_TOP + 150), bg, -1)
    _text(img, title, 40, BODY_TOP + 98, 1.7, fg, bold=True)
    words.append(title.lower())
    for i in range(2):
        cv2.circle(img, (CONTENT_W - 70 - i * 90, BODY_TOP + 75), 22, fg, 3, cv2.LINE_AA)
    return BODY_TOP + 150


# ----------------------------------------------------------------------------- app screens


def _feed(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = 255
    s = Screen(img)
    y = _app_bar(img, rng.choice(("Instagram", "Feed", "Home")), (255, 255, 255), (20, 20, 20), rng, s.words)
    # stories row
    if rng.random() < 0.5:
        for i in range(6):
            _avatar(img, rng, 29 + i * 172, y + 25, 120, s.faces, 0.5, "avatar")
        y += 190
    while y < BODY_BOTTOM - 200:
        av = rng.randint(56, 100)
        _avatar(img, rng, 30, y + 20, av, s.faces, 0.55, "avatar")
        _text(
            img,
            _line_of_words(rng, s.words, 14),
            60 + av,
            y + 20 + av // 2 + 12,
            1.1,
            (20, 20, 20),
            bold=True,
        )
        y += av + 40
        pw = rng.choice((CONTENT_W, CONTENT_W, rng.randint(300, 900)))
        ph = min(rng.randint(int(pw * 0.7), int(pw * 1.15)), BODY_BOTTOM - y)
        if ph < 200:
            break
        photo, face = _photo(rng, pw, ph, 0.55)
        px = (CONTENT_W - pw) // 2
        img[y : y + ph, px : px + pw] = photo
        if face is not None:
            b = face.box
            s.faces.append(Face((px + b[0], y + b[1], px + b[2], y + b[3]), face.kind, face.source))
        y += ph + 20
        if y > BODY_BOTTOM - 80:
            break
        for i in range(3):
            cv2.circle(img, (60 + i * 90, y + 35), 24, (30, 30, 30), 3, cv2.LINE_AA)
        y += 80
        if y < BODY_BOTTOM - 120:
            y = _paragraph(img, rng, s.words, 30, y + 40, rng.randint(1, 2), 1.0, (30, 30, 30), 42, 46)
            if rng.random() < 0.4:
                for i in range(rng.randint(1, 3)):
                    _emoji(img, 60 + i * 70, y, 26, rng)
                y += 40
        y += 30
    return s


def _chat_list(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = 255
    s = Screen(img, status_bg=(84, 110, 7), status_fg=(255, 255, 255))
    y = _app_bar(
        img, rng.choice(("WhatsApp", "Chats", "Messages")), (84, 110, 7), (255, 255, 255), rng, s.words
    )
    av = rng.choice((rng.randint(32, 60), rng.randint(60, 120), rng.randint(90, 120)))
    row_h = max(av + 50, 130)
    while y + row_h < BODY_BOTTOM:
        _avatar(img, rng, 30, y + (row_h - av) // 2, av, s.faces, 0.6, "avatar")
        tx = 60 + av
        _text(
            img,
            _line_of_words(rng, s.words, 16).title(),
            tx,
            y + row_h // 2 - 8,
            1.15,
            (20, 20, 20),
            bold=True,
        )
        _text(img, _line_of_words(rng, s.words, 30), tx, y + row_h // 2 + 42, 0.95, (110, 110, 110))
        _text(
            img,
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
            CONTENT_W - 130,
            y + row_h // 2 - 10,
            0.8,
            (110, 110, 110),
        )
        if rng.random() < 0.3:
            cv2.circle(img, (CONTENT_W - 70, y + row_h // 2 + 30), 22, (102, 211, 37), -1, cv2.LINE_AA)
        cv2.line(img, (tx, y + row_h - 1), (CONTENT_W, y + row_h - 1), (225, 225, 225), 2)
        y += row_h
    return s


def _chat_thread(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = (214, 229, 236)
    s = Screen(img, status_bg=(84, 110, 7), status_fg=(255, 255, 255))
    cv2.rectangle(img, (0, BODY_TOP), (CONTENT_W, BODY_TOP + 150), (84, 110, 7), -1)
    _avatar(img, rng, 100, BODY_TOP + 30, 90, s.faces, 0.7, "avatar")
    _text(img, _line_of_words(rng, s.words, 14).title(), 220, BODY_TOP + 90, 1.3, (255, 255, 255), bold=True)
    y = BODY_TOP + 190
    group = rng.random() < 0.6
    tiny = rng.randint(20, 31)
    while y < BODY_BOTTOM - 260:
        mine = rng.random() < 0.45
        lines = rng.randint(1, 3)
        bh = 40 + lines * 48
        if y + bh + 26 + tiny > BODY_BOTTOM - 150:
            break  # the bubble or the "seen by" row would go under the input bar: a face drawn
            # there is painted over, yet the manifest would list it
        bw = rng.randint(420, 820)
        if mine:
            x1 = CONTENT_W - 30 - bw
            _rounded_rect(img, x1, y, CONTENT_W - 30, y + bh, 24, (198, 246, 220))
        else:
            x1 = 90 if group else 30
            _rounded_rect(img, x1, y, x1 + bw, y + bh, 24, (255, 255, 255))
            if group:
                _avatar(img, rng, 40, y + bh - tiny, tiny, s.faces, 0.75, "tiny_avatar")
        _paragraph(img, rng, s.words, x1 + 26, y + 60, lines, 1.0, (30, 30, 30), max(12, bw // 24), 48)
        if rng.random() < 0.2:
            _emoji(img, x1 + bw - 50, y + bh - 40, 24, rng)
        y += bh + 26
    # the "seen by" row of tiny avatars and the input bar
    for i in range(rng.randint(0, 4)):
        _avatar(img, rng, CONTENT_W - 60 - i * (tiny + 8), y, tiny, s.faces, 0.8, "tiny_avatar")
    _rounded_rect(img, 20, BODY_BOTTOM - 130, CONTENT_W - 140, BODY_BOTTOM - 30, 50, (255, 255, 255))
    _text(img, "Message", 80, BODY_BOTTOM - 62, 1.1, (150, 150, 150))
    s.words.append("message")
    cv2.circle(img, (CONTENT_W - 70, BODY_BOTTOM - 80), 50, (84, 110, 7), -1, cv2.LINE_AA)
    return s


def _video_call(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = (32, 32, 32)
    s = Screen(img, status_bg=(32, 32, 32), status_fg=(240, 240, 240))
    n = rng.choice((4, 6))
    cols, rows = 2, n // 2
    top, bottom = BODY_TOP + 110, BODY_BOTTOM - 220
    _text(
        img,
        rng.choice(("Zoom Meeting", "Google Meet", "Team call")),
        40,
        BODY_TOP + 70,
        1.2,
        (240, 240, 240),
        bold=True,
    )
    s.words.extend(("meeting", "call"))
    gap = 12
    tw = (CONTENT_W - gap * (cols + 1)) // cols
    th = (bottom - top - gap * (rows + 1)) // rows
    for r in range(rows):
        for c in range(cols):
            x, y = gap + c * (tw + gap), top + gap + r * (th + gap)
            cv2.rectangle(img, (x, y), (x + tw, y + th), (60, 60, 60), -1)
            side = min(tw, th) - rng.randint(20, 120)
            if rng.random() < 0.5:
                idx = rng.randrange(100)
                side = min(side, rng.randint(140, 240))  # grey 25-px crops: keep them small
                patch, box, src = F.lfw_avatar(idx, side), (0, 0, side, side), f"lfw:{idx}"
            else:
                photo = rng.choice(F.face_photos())
                patch, box = F.photo_face_crop(photo, side, margin=0.6)
                src = photo.name
            px, py = x + (tw - side) // 2, y + (th - side) // 2
            paste_patch(img, patch, px, py)
            s.faces.append(Face((px + box[0], py + box[1], px + box[2], py + box[3]), "call_tile", src))
            _text(img, _line_of_words(rng, s.words, 10).title(), x + 16, y + th - 20, 0.8, (255, 255, 255))
    for i, col in enumerate(((60, 60, 60), (60, 60, 60), (40, 40, 220), (60, 60, 60))):
        cv2.circle(img, (170 + i * 250, BODY_BOTTOM - 110), 60, col, -1, cv2.LINE_AA)
    return s


def _selfie(rng: random.Random, img: np.ndarray, close: bool = False) -> Screen:
    img[:] = 0
    s = Screen(img, status_bg=(0, 0, 0), status_fg=(240, 240, 240))
    photo = rng.choice([p for p in F.face_photos() if p.name.startswith("astronaut")])
    width = rng.randint(1000, CONTENT_W - 20)
    # whole photo, head and shoulders, or the face filling the frame (nearly full width)
    margin = 0.12 if close else rng.choice((2.0, 0.9, 0.12))
    patch, box = F.photo_face_crop(photo, width, margin=margin)
    x, y = (CONTENT_W - width) // 2, BODY_TOP + 160
    img[y : y + width, x : x + width] = patch
    s.faces.append(Face((x + box[0], y + box[1], x + box[2], y + box[3]), "selfie", photo.name))
    cy = min(BODY_BOTTOM - 150, y + width + 250)
    cv2.circle(img, (CONTENT_W // 2, cy), 90, (255, 255, 255), 8, cv2.LINE_AA)
    cv2.circle(img, (CONTENT_W // 2, cy), 72, (255, 255, 255), -1, cv2.LINE_AA)
    for i, word in enumerate(("NIGHT", "PORTRAIT", "PHOTO", "VIDEO")):
        _text(
            img,
            word,
            100 + i * 240,
            cy - 170,
            0.9,
            (30, 200, 250) if word == "PHOTO" else (220, 220, 220),
            bold=word == "PHOTO",
        )
        s.words.append(word.lower())
    return s


def _browser(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = 255
    s = Screen(img, status_bg=(240, 240, 240))
    cv2.rectangle(img, (0, BODY_TOP), (CONTENT_W, BODY_TOP + 140), (240, 240, 240), -1)
    _rounded_rect(img, 30, BODY_TOP + 25, CONTENT_W - 150, BODY_TOP + 115, 45, (225, 225, 225))
    site = rng.choice(("news.example.com", "m.wikipedia.org", "www.google.com", "reddit.com"))
    _text(img, site, 80, BODY_TOP + 85, 1.0, (60, 60, 60))
    s.words.append(site)
    y = BODY_TOP + 240
    cv2.putText(
        img, _line_of_words(rng, s.words, 20).title(), (40, y), FONT_BOLD, 1.9, (10, 10, 10), 4, cv2.LINE_AA
    )
    y += 80
    cv2.putText(
        img, _line_of_words(rng, s.words, 20).title(), (40, y), FONT_BOLD, 1.9, (10, 10, 10), 4, cv2.LINE_AA
    )
    y += 70
    while y < BODY_BOTTOM - 120:
        r = rng.random()
        if r < 0.2 and y < BODY_BOTTOM - 500:
            h = rng.randint(300, 520)
            img[y : y + h, 40 : CONTENT_W - 40] = _face_free_photo(rng, CONTENT_W - 80, h)
            y += h + 50
        elif r < 0.35 and y < BODY_BOTTOM - 330:
            _rounded_rect(img, 40, y, CONTENT_W - 40, y + 240, 24, (245, 238, 230))
            _icon(img, 70, y + 40, 110, rng)
            _text(img, _line_of_words(rng, s.words, 22).title(), 210, y + 90, 1.1, (20, 20, 20), bold=True)
            _paragraph(img, rng, s.words, 210, y + 150, 2, 0.9, (90, 90, 90), 30, 44)
            y += 290
        else:
            y = _paragraph(img, rng, s.words, 40, y, rng.randint(2, 6), 1.15, (40, 40, 40), 38, 52) + 40
    return s


def _home(rng: random.Random, img: np.ndarray) -> Screen:
    a = np.array(rng.choice(APP_COLORS), np.float32)
    b = np.array(rng.choice(APP_COLORS), np.float32) * 0.5
    t = np.linspace(0, 1, HEIGHT, dtype=np.float32)[:, None, None]
    img[:] = (a * (1 - t) + b * t).astype(np.uint8)
    s = Screen(img, status_bg=(int(a[0]), int(a[1]), int(a[2])), status_fg=(255, 255, 255))
    big = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}"
    cv2.putText(img, big, (80, BODY_TOP + 260), FONT, 5.0, (255, 255, 255), 8, cv2.LINE_AA)
    _text(
        img, rng.choice(("Mon, Sep 1", "Tue, Sep 2", "Wed, Sep 3")), 90, BODY_TOP + 350, 1.2, (255, 255, 255)
    )
    y = BODY_TOP + 620
    for _ in range(4):
        for c in range(4):
            _icon(img, 70 + c * 250, y, 150, rng, round_icon=rng.random() < 0.5)
            _text(img, rng.choice(WORDS).title(), 80 + c * 250, y + 195, 0.8, (255, 255, 255))
        y += 260
    _rounded_rect(img, 60, BODY_BOTTOM - 150, CONTENT_W - 60, BODY_BOTTOM - 50, 50, (250, 250, 250))
    s.words.append("search")
    return s


def _settings(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = (250, 248, 246)
    s = Screen(img, status_bg=(250, 248, 246))
    y = BODY_TOP + 60
    cv2.putText(img, "Settings", (40, y + 80), FONT_BOLD, 2.4, (10, 10, 10), 4, cv2.LINE_AA)
    s.words.append("settings")
    y += 180
    while y < BODY_BOTTOM - 170:
        _icon(img, 50, y + 25, 90, rng, round_icon=True)
        _text(img, _line_of_words(rng, s.words, 18).title(), 180, y + 65, 1.15, (20, 20, 20), bold=True)
        _text(img, _line_of_words(rng, s.words, 32), 180, y + 115, 0.9, (110, 110, 110))
        y += 170
    return s


def _maps(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = (232, 240, 236)
    s = Screen(img, status_bg=(232, 240, 236))
    for _ in range(14):
        p1 = (rng.randint(-100, CONTENT_W + 100), rng.randint(BODY_TOP, BODY_BOTTOM))
        p2 = (rng.randint(-100, CONTENT_W + 100), rng.randint(BODY_TOP, BODY_BOTTOM))
        cv2.line(img, p1, p2, (255, 255, 255), rng.choice((14, 22, 34)), cv2.LINE_AA)
    for _ in range(3):
        cv2.rectangle(
            img,
            (rng.randint(0, 900), rng.randint(300, 1400)),
            (rng.randint(0, 1080), rng.randint(300, 1400)),
            (200, 230, 200),
            -1,
        )
    route = [(rng.randint(100, 980), rng.randint(300, 1300)) for _ in range(4)]
    cv2.polylines(img, [np.array(route, np.int32)], False, (230, 140, 30), 16, cv2.LINE_AA)
    for px, py in route[::3]:
        cv2.circle(img, (px, py), 28, (50, 50, 220), -1, cv2.LINE_AA)
    _rounded_rect(img, 30, BODY_TOP + 30, CONTENT_W - 30, BODY_TOP + 140, 55, (255, 255, 255))
    _text(img, "Search here", 110, BODY_TOP + 100, 1.1, (110, 110, 110))
    _rounded_rect(img, 0, BODY_BOTTOM - 420, CONTENT_W, BODY_BOTTOM + 40, 40, (255, 255, 255))
    _text(img, _line_of_words(rng, s.words, 22).title(), 50, BODY_BOTTOM - 320, 1.4, (20, 20, 20), bold=True)
    _paragraph(img, rng, s.words, 50, BODY_BOTTOM - 250, 2, 1.0, (90, 90, 90), 36, 50)
    _rounded_rect(img, 50, BODY_BOTTOM - 140, 420, BODY_BOTTOM - 50, 45, (230, 140, 30))
    _text(img, "Directions", 120, BODY_BOTTOM - 80, 1.1, (255, 255, 255), bold=True)
    s.words.extend(("search", "here", "directions"))
    return s


def _video(rng: random.Random, img: np.ndarray) -> Screen:
    img[:] = 255
    s = Screen(img, status_bg=(0, 0, 0), status_fg=(240, 240, 240))
    vh = 608
    img[BODY_TOP : BODY_TOP + vh, :CONTENT_W] = _face_free_photo(rng, CONTENT_W, vh)
    y = BODY_TOP + vh + 70
    cv2.putText(
        img, _line_of_words(rng, s.words, 24).title(), (30, y), FONT_BOLD, 1.35, (10, 10, 10), 3, cv2.LINE_AA
    )
    y += 70
    _avatar(img, rng, 30, y, 80, s.faces, 0.5, "avatar")
    _text(img, _line_of_words(rng, s.words, 14).title(), 130, y + 52, 1.0, (40, 40, 40), True)
    y += 130
    while y < BODY_BOTTOM - 330:
        img[y : y + 300, 30:530] = _face_free_photo(rng, 500, 300)
        _paragraph(img, rng, s.words, 560, y + 50, 3, 0.9, (40, 40, 40), 20, 46)
        y += 340
    return s


RENDERERS = {
    "feed": _feed,
    "chat_list": _chat_list,
    "chat_thread": _chat_thread,
    "video_call": _video_call,
    "selfie": _selfie,
    "selfie_close": lambda rng, img: _selfie(rng, img, close=True),
    "browser": _browser,
    "home": _home,
    "settings": _settings,
    "maps": _maps,
    "video": _video,
}


def render_screen(kind: str, rng: random.Random, out: np.ndarray | None = None) -> Screen:
    """Draw one screen of the given app ``kind`` (a key of ``RENDERERS``).

    ``out``: a (HEIGHT, WIDTH, 3) uint8 buffer to draw into (reused by the generator, since
    fresh 7-MB allocations cost more than the drawing on small VMs)."""
    img = out if out is not None else np.empty((HEIGHT, WIDTH, 3), np.uint8)
    s = RENDERERS[kind](rng, img)
    s.image[:, CONTENT_W:] = 0  # capture-buffer padding columns
    return s


def _status_icons(img: np.ndarray, fg: Color, battery: int) -> None:
    x = CONTENT_W - 60
    cv2.rectangle(img, (x - 40, 24), (x, 48), fg, 2)
    fill = int(36 * battery / 100)
    cv2.rectangle(img, (x - 38, 26), (x - 38 + fill, 46), fg, -1)
    cv2.rectangle(img, (x, 31), (x + 5, 41), fg, -1)
    for i in range(4):
        h = 6 + i * 6
        cv2.rectangle(img, (x - 130 + i * 12, 48 - h), (x - 122 + i * 12, 48), fg, -1)
    pts = np.array([[x - 200, 48], [x - 170, 20], [x - 140, 48]], np.int32)
    cv2.fillConvexPoly(img, pts, fg, cv2.LINE_AA)


def stamp_status_bar(screen: Screen, clock: str, battery: int, in_place: bool = False) -> np.ndarray:
    """The frame a capture would show: content plus status bar (clock) and navigation bar.

    Only the two bars are drawn (each fully repainted), so ``in_place`` stamping of the same
    screen with successive clocks is safe and saves a 7-MB copy per frame."""
    img = screen.image if in_place else screen.image.copy()
    img[:STATUS_H, :CONTENT_W] = screen.status_bg
    cv2.putText(img, clock, (40, 52), FONT, 1.15, screen.status_fg, 2, cv2.LINE_AA)
    _status_icons(img, screen.status_fg, battery)
    img[BODY_BOTTOM:, :CONTENT_W] = (0, 0, 0)
    cy = BODY_BOTTOM + NAV_H // 2
    pts = np.array([[230, cy], [262, cy - 22], [262, cy + 22]], np.int32)
    cv2.polylines(img, [pts], True, (230, 230, 230), 3, cv2.LINE_AA)
    cv2.circle(img, (CONTENT_W // 2, cy), 22, (230, 230, 230), 3, cv2.LINE_AA)
    cv2.rectangle(img, (CONTENT_W - 262, cy - 20), (CONTENT_W - 222, cy + 20), (230, 230, 230), 3)
    img[:, CONTENT_W:] = 0
    return img


def encode_jpeg(img: np.ndarray) -> bytes:
    """Baseline JFIF at quality 50, as the app's ``Bitmap.compress(JPEG, 50)`` writes."""
    ok, buf = cv2.imencode(
        ".jpg",
        img,
        [
            cv2.IMWRITE_JPEG_QUALITY,
            JPEG_QUALITY,
            cv2.IMWRITE_JPEG_PROGRESSIVE,
            0,
            cv2.IMWRITE_JPEG_OPTIMIZE,
            0,
        ],
    )
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()
