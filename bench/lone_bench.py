"""Lone avatars: screens of text with one small face on them, and how many of those faces are hidden.

Why: the held-out sets draw crowded screens (dozens of faces), where one face found covers its
row, its list and the small photos beside it (detect.cover_structure). A screen with a single
small avatar gets no such help: the face is hidden only if a look finds it. Here each screen is
rows of text on a light or dark page with one avatar (face 18-32 px, any shape, grey, dark or
turned as ``composites.Look.random`` draws it) at the start of one row, its text beside it with
clear space, as in a chat header, a comment or a notification. Tuning photos for choosing
constants, held-out ones for reporting (``--split``); bench/FACES.md has the figures. ``--wash``
shows every avatar washed as apps and old prints show some (blind sets 68 and 69 left such faces):
faded (an offline member's or a past attendee's picture) or sepia; the screens are otherwise the
same as unwashed ones of the same seed.

    python bench/lone_bench.py --split heldout --seeds 3 4 --screens 150 --out lone.md
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import composites as C
import cv2
import numpy as np

from slrk_tui.redact import FrameRedactor, RedactionSettings
from slrk_tui.redact import detect as det

ROW_PITCH = 56  # px between text rows
FACE_MIN, FACE_MAX = 18.0, 32.0  # px: the face's side, continuous (the smallest bucket the bench counts)
GAP = 14  # px between the avatar and its row's text
WASHES = ("none", "faded", "sepia")
SEPIA = np.array(
    [[0.131, 0.534, 0.272], [0.168, 0.686, 0.349], [0.189, 0.769, 0.393]], np.float32
)  # B, G, R of BGR


def washed(tile: np.ndarray, wash: str, rng: random.Random) -> np.ndarray:
    """``tile`` as shown ``wash``: "faded", its contrast cut to 0.3-0.55 about a grey of 110-200 (grey
    on 60 %), or "sepia", the classic sepia matrix on its colours; "none" as it is."""
    if wash == "none":
        return tile
    pixels = tile.astype(np.float32)
    if wash == "sepia":
        return np.clip(pixels @ SEPIA.T, 0, 255).astype(np.uint8)
    if rng.random() < 0.6:
        pixels = np.repeat(pixels.mean(axis=2, keepdims=True), 3, axis=2)
    cut, level = rng.uniform(0.3, 0.55), rng.uniform(110, 200)
    return np.clip(level + (pixels - pixels.mean()) * cut, 0, 255).astype(np.uint8)


def screens(
    photos: list[C.Photo], seed: int, n: int, wash: str = "none"
) -> Iterator[tuple[C.Composite, C.Look]]:
    """``n`` screens of rows of text with one avatar at the start of one row (seeded), each with
    the look its avatar was drawn in; the avatar ``washed`` (its own random draws, so the screens
    are the unwashed ones' otherwise)."""
    rng, wash_rng = random.Random(seed), random.Random(f"{seed}-{wash}")
    people = [p for p in photos if p.faces]
    for i in range(n):
        comp, paster, fg = C.capture(rng, f"lone{seed}_{i}", "lone")
        h = comp.image.shape[0]
        photo, face = rng.choice([(p, f) for p in people for f in p.faces])
        look = C.Look.random(rng)
        face_px = rng.uniform(FACE_MIN, FACE_MAX)
        side = int(face_px * rng.uniform(1.25, 1.6))  # the avatar round its face
        tile, faces = C.avatar(photo, face, face_px, side, look, rng)
        tile = washed(tile, wash, wash_rng)
        rows = list(range(C.STATUS_H + 40, h - C.NAV_H, ROW_PITCH))
        mine, x = rng.choice(rows), rng.randrange(16, 60)
        for y in rows:
            tx = x + side + GAP if y == mine else 24 + rng.randrange(0, 40)
            C._text(comp.image, rng, tx, y, fg, scale=rng.uniform(0.6, 0.9))
        C.paste_avatar(paster, tile, faces, x, mine - 10 - side // 2, look)
        if comp.faces:  # an avatar whose face the crop left under 60 % visible counts no face
            yield comp, look


def described(look: C.Look) -> str:
    """How a left face's avatar was drawn, in the bench's words."""
    return " ".join(
        [look.shape]
        + [word for word, on in (("grey", look.grey), ("dark", look.dark), ("turned", look.angle)) if on]
    )


def run(passes: Sequence[det.Pass], comps: list[C.Composite]) -> tuple[int, list[str], float]:
    """Faces wholly hidden by ``passes`` (no reuse: every screen is new), the names of those left,
    and CPU ms per screen."""
    hidden, left = 0, []
    t0 = time.process_time()
    for comp in comps:
        data = C.encode(comp.image, comp.quality)
        res = FrameRedactor(RedactionSettings(passes=tuple(passes), reuse=False)).process(data)
        out = cv2.imdecode(np.frombuffer(res.data, np.uint8), cv2.IMREAD_COLOR)
        if all(C.wholly_hidden(out, b) for b in comp.faces):
            hidden += 1
        else:
            left.append(comp.name)
    return hidden, left, 1000 * (time.process_time() - t0) / max(1, len(comps))


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tuning", "heldout"), default="heldout")
    ap.add_argument("--seeds", type=int, nargs="+", default=[3, 4])
    ap.add_argument("--screens", type=int, default=150, help="per seed")
    ap.add_argument("--wash", choices=WASHES, default="none", help="every avatar faded or sepia")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    photos = C.load_photos(split=args.split)
    drawn = [pair for seed in args.seeds for pair in screens(photos, seed, args.screens, args.wash)]
    comps, looks = [c for c, _ in drawn], {c.name: look for c, look in drawn}
    washing = "" if args.wash == "none" else f", {args.wash}"
    rows = [f"### Lone avatars ({args.split} photos{washing}, seeds {' '.join(map(str, args.seeds))}): "
            f"{len(comps)} screens, one face of {FACE_MIN:.0f}-{FACE_MAX:.0f} px each", "",
            "| configuration | faces wholly hidden | ms/screen (CPU) |", "|---|---|---|"]  # fmt: skip
    lefts = []  # the faces each configuration left, default first
    for name, passes in (("default", det.default_passes()), ("Haar baseline", det.HAAR_PASSES)):
        hidden, left, ms = run(passes, comps)
        lefts.append(left)
        rows.append(f"| {name} | {100 * hidden / len(comps):.1f}% ({hidden}/{len(comps)}) | {ms:.0f} |")
    by_look = Counter(described(looks[name]) for name in lefts[0])
    rows += [
        "",
        "Left by default, by avatar: " + (", ".join(f"{k} {v}" for k, v in by_look.most_common()) or "none"),
    ]
    text = "\n".join(rows) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
