"""The third blind held-out generator (bench/heldout3.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that its screens are reproducible, that every counted face box lies on
the screen and is of a counted size, and that face-free screens (the same layouts with pets,
objects and initials) count no face.
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
import heldout3 as H3  # noqa: E402


@pytest.fixture(scope="module")
def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    photos = [p for p in C.load_photos(split="heldout") if p.faces]
    free = C.load_free(H2.FREE_HELDOUT2)
    assert len(free) == len(H2.FREE_HELDOUT2), "scikit-image's face-free photos are missing"
    return photos, free


@pytest.mark.parametrize("layout", [H3.forum, H3.live_stream, H3.album, H3.voice_room])
def test_screens_are_deterministic_and_inside_the_capture(layout: H3.Layout, cast_photos) -> None:
    photos, free = cast_photos
    a = layout(H3.Cast(photos, free, random.Random(21)), random.Random(22), "a")
    b = layout(H3.Cast(photos, free, random.Random(21)), random.Random(22), "a")
    assert a.faces and a.faces == b.faces and np.array_equal(a.image, b.image)
    H2.check(a)
    assert a.image.min() >= C.LIFT
    small = [s for s in a.sizes if s < 40]
    assert small, "no face under 40 px: the set's weight is on small faces"


def test_face_free_screens_count_no_face(cast_photos) -> None:
    _photos, free = cast_photos
    for layout in (H3.forum, H3.picker, H3.lockscreen):
        comp = layout(H3.Cast([], free, random.Random(31)), random.Random(32), "f")
        assert not comp.faces and comp.kind.startswith("h3-noface-")
        H2.check(comp)


def test_generate_is_reproducible_and_leaves_out_tuning_people(cast_photos) -> None:
    """Two runs at the seed give the same screens; no screen is drawn from two_people.jpg."""
    _photos, free = cast_photos
    with_two = C.load_photos(split="heldout")
    assert any(p.name in H2.SAME_PEOPLE_AS_TUNING for p in with_two)
    first = [(c.name, c.faces) for c in H3.generate(with_two, free, reps=1)]
    again = [(c.name, c.faces) for c in H3.generate(with_two, free, reps=1)]
    assert first == again
    assert len(first) == len(H3.FACE_LAYOUTS) + len(H3.FREE_LAYOUTS)
    assert sum(len(faces) for _name, faces in first) > 100
    only_two = [p for p in with_two if p.name in H2.SAME_PEOPLE_AS_TUNING]
    assert not any(c.faces for c in H3.generate(only_two, free, reps=1))
