"""The seventh blind held-out generator (bench/heldout7.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that its screens are reproducible, that every counted face box lies on
the screen and is of a counted size, that face-free screens (the same layouts with pets, objects
and initials) count no face, that a badge drawn over an avatar's corner (a captain's "C", a raised
hand) leaves its face counted exactly while half of the face's box still shows, and that a
doorbell's wide lens and night vision, which redraw every pixel of the picture, keep its faces.
"""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H4 = heldout_sets.bench("heldout4")
H7 = heldout_sets.bench("heldout7")


@pytest.fixture(scope="module")
def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    return heldout_sets.cast_photos()


@pytest.mark.parametrize("layout", list(dict.fromkeys(H7.FACE_LAYOUTS)))
def test_screens_are_deterministic_and_inside_the_capture(layout: H7.Layout, cast_photos) -> None:
    a = heldout_sets.check_screen(H7, layout, *cast_photos, 71)
    assert a.kind.startswith("h7-") and "noface" not in a.kind


def test_every_layout_drawn_face_free_counts_no_face(cast_photos) -> None:
    heldout_sets.check_face_free(H7, dict.fromkeys(H7.FREE_LAYOUTS), cast_photos[1], 91)


def test_a_badge_over_an_avatar_leaves_its_face_counted_while_half_of_it_shows(cast_photos) -> None:
    """A captain's badge slid from an avatar's upper right corner towards its middle covers 15-85 %
    of the face's box: the face counts exactly when at least half of its box still shows."""
    _photos, free = cast_photos
    both = set()
    for k in range(24):
        s = H2.Screen.new(random.Random(k), "s", "h7-test", "light")
        H7.Cast([heldout_sets.plain_face()], free, random.Random(k)).avatar(s, 200, 400, 60.0, 100, "square")
        (a, b, c, d), = s.comp.faces  # fmt: skip
        r = round((c - a) * 0.42)
        t = k / 23
        centre = (round(c - t * (c - a) / 2), round(b + t * (d - b) / 2))
        H4.badge(s.img, centre, r, H7.BLACK, "C", H7.WHITE)
        box = np.zeros(s.img.shape[:2], np.uint8)
        box[round(b) : round(d), round(a) : round(c)] = 1
        disc = np.zeros_like(box)
        cv2.circle(disc, centre, r + max(2, r // 4), 1, -1)
        share = 1 - (box & disc).sum() / box.sum()
        both.add(heldout_sets.counted_by_half(s, share, k))
    assert both == {True, False}, "the badge never (or always) hid half a face: the test missed the edge"


def test_a_doorbells_night_vision_keeps_its_faces(cast_photos) -> None:
    """The live view is redrawn grey, green-tinted and grainy with darkened corners after its faces
    are pasted: they stay counted, boxes unchanged, and the picture is green over grey."""
    photos, free = cast_photos
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h7-test", "dark")
        H7.Cast(photos, free, random.Random(seed)).photo(s, 0, 300, C.W - 8, 800, 120.0)
        before = list(s.comp.faces)
        H7.lens(s, (0, 300, C.W - 8, 1100), 0, True, random.Random(seed))
        view = s.img[300:1100, : C.W - 8].astype(int)
        assert (view[:, :, 1] >= view[:, :, 0]).mean() > 0.95
        assert before and s.finish().faces == before


def test_generate_is_reproducible_and_leaves_out_tuning_people(cast_photos) -> None:
    heldout_sets.check_generate(H7, cast_photos[1], 200)
