"""The fourth blind held-out generator (bench/heldout4.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that its screens are reproducible, that every counted face box lies on
the screen and is of a counted size, that face-free screens (the same layouts with pets, objects
and initials) count no face, and that the scaled-down screens (a shared screenshot, the app
switcher) count no face the scaling made smaller than the bench counts.
"""

from __future__ import annotations

import random

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H4 = heldout_sets.bench("heldout4")


@pytest.fixture(scope="module")
def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    return heldout_sets.cast_photos()


@pytest.mark.parametrize("layout", [H4.leaderboard, H4.meeting, H4.payments, H4.speaker_call, H4.switcher])
def test_screens_are_deterministic_and_inside_the_capture(layout: H4.Layout, cast_photos) -> None:
    a = heldout_sets.check_screen(H4, layout, *cast_photos, 41)
    assert a.kind.startswith("h4-") and "noface" not in a.kind


def test_face_free_screens_count_no_face(cast_photos) -> None:
    _photos, free = cast_photos
    for layout in (H4.short_video, H4.dating_profile, H4.screenshot_chat, H4.leaderboard, H4.news):
        comp = layout(H4.Cast([], free, random.Random(51)), random.Random(52), "f")
        assert not comp.faces and comp.kind.startswith("h4-noface-")
        H2.check(comp)


def test_scaled_down_screens_count_only_faces_of_a_counted_size(cast_photos) -> None:
    """A screenshot shrinks its screen's faces: those left under 18 px are drawn, not counted, and
    every face it does count is one of the inner screen's, scaled."""
    photos, free = cast_photos
    cast = H4.Cast(photos, free, random.Random(61))
    rng = random.Random(62)
    inner_state = rng.getstate()
    piece, faces = H4.miniature(cast, rng, 0.3)
    assert piece.shape[:2] == (round(C.H * 0.3), round((C.W - 8) * 0.3))
    assert faces, "the inner screen has faces"
    assert any(max(c - a, d - b) < 18 for a, b, c, d in faces), "no face was shrunk under 18 px"
    rng.setstate(inner_state)  # the same inner screen again, pasted through a screen
    s = H2.Screen.new(random.Random(63), "s", "h4-test")
    piece, faces = H4.miniature(H4.Cast(photos, free, random.Random(61)), rng, 0.3)
    s.paste(piece, faces, 0, C.STATUS_H, min_visible=0.5)
    comp = s.finish()
    H2.check(comp)
    counted = [f for f in faces if max(f[2] - f[0], f[3] - f[1]) >= 18]
    assert len(comp.faces) <= len(counted) < len(faces)


def test_generate_is_reproducible_and_leaves_out_tuning_people(cast_photos) -> None:
    heldout_sets.check_generate(H4, cast_photos[1], 200)
