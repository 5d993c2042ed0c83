"""The fifth blind held-out generator (bench/heldout5.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that its screens are reproducible, that every counted face box lies on
the screen and is of a counted size, that face-free screens (the same layouts with pets, objects
and initials) count no face, that a translucent scrim keeps the faces under it counted without
giving back pixels drawn over them, and that a pillar-boxed screen keeps its faces between black
margins.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H5 = heldout_sets.bench("heldout5")


@pytest.fixture(scope="module")
def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    return heldout_sets.cast_photos()


LAYOUTS = [H5.group_info, H5.place_page, H5.library, H5.video_editor, H5.gif_keyboard]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_screens_are_deterministic_and_inside_the_capture(layout: H5.Layout, cast_photos) -> None:
    a = heldout_sets.check_screen(H5, layout, *cast_photos, 71)
    assert a.kind.startswith("h5-") and "noface" not in a.kind


def test_face_free_screens_count_no_face(cast_photos) -> None:
    _photos, free = cast_photos
    for layout in (H5.story_viewer, H5.share_sheet, H5.wiki_bio, H5.library, H5.pillarbox, H5.dialog):
        comp = layout(H5.Cast([], free, random.Random(81)), random.Random(82), "f")
        assert not comp.faces and comp.kind.startswith("h5-noface-")
        H2.check(comp)


def _one_avatar(cast_photos, side: int = 120) -> tuple[H2.Screen, tuple[int, int, int, int]]:
    """A screen with one counted face (an avatar at 200, 400) and the face's box, rounded out."""
    photos, free = cast_photos
    s = H2.Screen.new(random.Random(91), "s", "h5-test", "light")
    cast = H5.Cast(photos, free, random.Random(92))
    cast.avatar(s, 200, 400, side / 1.2, side, "square")
    assert len(s.comp.faces) == 1
    a, b, c, d = s.comp.faces[0]
    return s, (int(a), int(b), int(np.ceil(c)), int(np.ceil(d)))


def test_a_scrim_keeps_the_faces_under_it_counted_and_darker(cast_photos) -> None:
    s, (a, b, c, d) = _one_avatar(cast_photos)
    before = s.img[b:d, a:c].astype(int).sum()
    H5.scrim(s, (0, C.STATUS_H, C.W - 8, C.H - C.NAV_H), 0.5)
    assert s.img[b:d, a:c].astype(int).sum() < 0.6 * before
    comp = s.finish()
    assert len(comp.faces) == 1 and comp.faces[0] == pytest.approx((a, b, c, d), abs=1)


def test_a_scrim_does_not_give_back_what_was_drawn_over_a_face(cast_photos) -> None:
    """Most of the face painted over, then the whole screen dimmed: the face stays dropped."""
    s, (a, b, c, d) = _one_avatar(cast_photos)
    s.img[b : d - (d - b) // 4, a:c] = (200, 30, 30)
    H5.scrim(s, (0, 0, C.W, C.H), 0.4)
    assert not s.finish().faces


def test_pillarboxed_faces_sit_between_black_margins(cast_photos) -> None:
    photos, free = cast_photos
    comp = H5.pillarbox(H5.Cast(photos, free, random.Random(101)), random.Random(102), "p")
    assert comp.faces, "the scaled screen shows faces"
    H2.check(comp)
    margin = round((C.W - 8) * (1 - 0.92) / 2) - 1  # the narrowest margin, at scale 0.92
    app = comp.image[C.STATUS_H : C.H - C.NAV_H]
    assert (app[:, :margin] == C.LIFT).all() and (app[:, C.W - 8 - margin : C.W - 8] == C.LIFT).all()
    assert all(margin <= x1 and x2 <= C.W - 8 - margin for x1, _y1, x2, _y2 in comp.faces)


def test_generate_is_reproducible_and_leaves_out_tuning_people(cast_photos) -> None:
    heldout_sets.check_generate(H5, cast_photos[1], 200)
