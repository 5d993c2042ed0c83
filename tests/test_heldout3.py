"""The third blind held-out generator (bench/heldout3.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that its screens are reproducible, that every counted face box lies on
the screen and is of a counted size, and that face-free screens (the same layouts with pets,
objects and initials) count no face.
"""

from __future__ import annotations

import random

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H3 = heldout_sets.bench("heldout3")


@pytest.fixture(scope="module")
def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    return heldout_sets.cast_photos()


@pytest.mark.parametrize("layout", [H3.forum, H3.live_stream, H3.album, H3.voice_room])
def test_screens_are_deterministic_and_inside_the_capture(layout: H3.Layout, cast_photos) -> None:
    heldout_sets.check_screen(H3, layout, *cast_photos, 21)


def test_face_free_screens_count_no_face(cast_photos) -> None:
    _photos, free = cast_photos
    for layout in (H3.forum, H3.picker, H3.lockscreen):
        comp = layout(H3.Cast([], free, random.Random(31)), random.Random(32), "f")
        assert not comp.faces and comp.kind.startswith("h3-noface-")
        H2.check(comp)


def test_generate_is_reproducible_and_leaves_out_tuning_people(cast_photos) -> None:
    heldout_sets.check_generate(H3, cast_photos[1], 100)
