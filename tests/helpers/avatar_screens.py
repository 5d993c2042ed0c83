"""A screen of round avatars cut from given photos: small faces on a plain page, for the tests
of what the redactor hides (the second look, the mask's size)."""

from __future__ import annotations

import random

import numpy as np

from helpers.heldout_sets import C


def avatar_screen(photos: list[C.Photo], sizes: list[float], grey: bool, seed: int) -> C.Composite:
    """Round avatars of the given face sizes, three to a row, on a light screen."""
    rng = random.Random(seed)
    img = np.full((C.H, C.W, 3), 245, np.uint8)
    comp = C.Composite("avatars", "rows", img)
    paster = C._Paster(comp)
    with_faces = [p for p in photos if p.faces]
    y, col, row_h = C.STATUS_H + 20, 0, 0
    for i, face_px in enumerate(sizes):
        photo = with_faces[i % len(with_faces)]
        face = max(photo.faces, key=lambda b: b[2] - b[0])
        side = round(face_px * 1.3)
        look = C.Look("circle", grey=grey)
        tile, faces = C.avatar(photo, face, face_px, side, look, rng)
        C.paste_avatar(paster, tile, faces, 40 + col * 350, y, look)
        row_h = max(row_h, side)
        col += 1
        if col == 3:
            y, col, row_h = y + row_h + 30, 0, 0
    assert y + row_h < C.H, "the avatars must fit on the screen"
    comp.image = C.lift(comp.image)
    return comp
