"""The blind held-out generator (bench/heldout2.py) counts only the faces its screens show.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check the annotation: a face drawn over later loses those pixels, and one
left with under half of itself is not counted.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import composites as C  # noqa: E402
import heldout2 as H2  # noqa: E402


@pytest.fixture(scope="module")
def photo() -> C.Photo:
    found = C.load_photos(REPO / "tests" / "data" / "faces_heldout")
    return next(p for p in found if p.faces)


def covered(photo: C.Photo, share: float) -> tuple[C.BoxF, list[C.BoxF]]:
    """One face pasted, then a full-width bar over the lower ``share`` of its box: the box as
    pasted and the boxes the finished screen counts."""
    s = H2.Screen.new(random.Random(3), "t", "t", "light")
    tile, faces = C.face_tile(photo, photo.faces[0], 120, 300, 300, random.Random(4))
    main = min(faces, key=lambda b: abs(b[0] + b[2] - 300) + abs(b[1] + b[3] - 300))
    s.paste(tile, [main], 200, 400)
    box = s.comp.faces[0]
    if share:
        y = round(box[3] - share * (box[3] - box[1]))
        s.img[y : round(box[3]) + 5, round(box[0]) - 5 : round(box[2]) + 5] = (200, 30, 30)
    return box, s.finish().faces


def test_a_face_drawn_over_keeps_only_what_shows(photo: C.Photo) -> None:
    box, counted = covered(photo, 0.0)
    assert counted == [box]
    box, counted = covered(photo, 0.3)
    assert len(counted) == 1
    assert counted[0][:3] == box[:3]
    assert box[3] - 0.31 * (box[3] - box[1]) <= counted[0][3] <= box[3] - 0.29 * (box[3] - box[1])
    _box, counted = covered(photo, 0.6)
    assert counted == []


def test_screens_are_deterministic_and_inside_the_capture() -> None:
    """Stack-heavy screens from the held-out photos: the same for the same seed, every counted box
    on the screen (left of the padding) and of a counted size, canvases lifted; face-free ones
    count no face."""
    photos = C.load_photos(split="heldout")
    free = C.load_free(H2.FREE_HELDOUT2)
    assert len(free) == len(H2.FREE_HELDOUT2), "scikit-image's face-free photos are missing"
    a = H2.group_list(photos, random.Random(11), "g")
    b = H2.group_list(photos, random.Random(11), "g")
    assert a.faces and a.faces == b.faces and np.array_equal(a.image, b.image)
    pets = H2.pet_feed(free, random.Random(13), "p")
    assert not pets.faces
    for comp in (a, H2.calendar(photos, random.Random(12), "c"), pets):
        H2.check(comp)
        assert comp.image.min() >= C.LIFT
