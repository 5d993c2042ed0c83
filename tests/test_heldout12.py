"""The twelfth blind held-out generator (bench/heldout12.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that faces seen through a wide lens, in low light, under a handheld blur, in a photo booth's
filtered strip turned askew, or in a shrunk filter preview keep boxes that lie on the face's
pixels; that the drawn things are reproducible and show no skin-toned round face; and that the
whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H12 = heldout_sets.bench("heldout12")
H10 = heldout_sets.bench("heldout10")


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H12, 2, 13)


@pytest.mark.parametrize("layout", H12.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H12.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H12, layout, *people_and_things, 121, "h12")


def test_a_wide_lens_keeps_each_box_on_its_face_and_magnifies_the_middle() -> None:
    """A white square face at the middle and one near a corner through ``fisheye``: each box lands on
    the bent white pixels, the middle one grows by about 1 / (1 - k), the corner one is squeezed."""
    img = np.full((300, 600, 3), 10, np.uint8)
    img[120:180, 270:330] = 250
    img[10:50, 10:50] = 250
    faces = [(270.0, 120.0, 330.0, 180.0), (10.0, 10.0, 50.0, 50.0)]
    out, boxes = H12.fisheye(img, faces, 0.3)
    assert out.shape == img.shape and len(boxes) == 2
    light = out.mean(axis=2) > 120
    for x1, y1, x2, y2 in boxes:
        assert light[round(y1) : round(y2), round(x1) : round(x2)].mean() > 0.7, (x1, y1, x2, y2)
    mid, corner = boxes
    assert 60 / 0.7 * 0.85 < mid[2] - mid[0] < 60 / 0.7 * 1.15
    assert corner[0] < 10 and corner[2] - corner[0] < 40  # pushed into the corner and squeezed


def test_faces_in_video_staging_keep_their_boxes() -> None:
    """Marked faces as a full-screen video, in low light, under a handheld blur, through a meeting
    room's lens, in a booth's strip (filtered, turned, shrunk) and in filter previews: every counted
    box lies on the white face."""
    dark = [C.Photo("dark", np.full((80, 80, 3), 10, np.uint8), [])]
    for seed in range(3):
        rng = random.Random(seed)
        cast = H12.Cast([heldout_sets.marked_face()], dark, random.Random(seed), drawn=0.0)
        s = H2.Screen.new(rng, "s", "h12-test", "dark")
        H12.full_frame(cast, s, (0, 80, 1080, 700), 200.0, 1.0)
        H10.redrawn(s, (0, 80, 1080, 700), H12.dusk(rng))
        H12.shake(s, (0, 80, 1080, 700), rng, 1.0)
        comp = s.finish()
        assert len(comp.faces) == 1
        heldout_sets.on_white(comp, ("video", seed), 0.55)
        s = H2.Screen.new(rng, "s", "h12-test", "dark")
        H12.paste_photo(cast, s, *H12.room_panorama(cast, rng, 1000, 300), 0, 100)
        n = len(s.comp.faces)
        piece, faces = H12.booth_strip(cast, rng, 340)
        out, boxes, where = H12.turned(piece, faces, 4.0)
        H12.paste_photo(cast, s, out, boxes, 40, 500, where)
        H12.paste_photo(cast, s, *H12.resized(piece, faces, 170, piece.shape[0] // 2), 500, 500)
        look, look_faces = H12.grab(s, (40, 500, 400, 860), n)
        H12.paste_photo(cast, s, *H12.resized(H12.filtered(look, "sepia"), look_faces, 120, 120), 700, 500)
        comp = s.finish()
        assert len(comp.faces) >= n + 4
        heldout_sets.on_white(comp, ("staged", seed))


@pytest.mark.parametrize("render", H12.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H12.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H12.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    """Half of a face-free cast's pictures are this set's drawn things (never a photo of a person)."""
    cast = H12.Cast([], C.load_free(H2.FREE_HELDOUT2[:2]), random.Random(5))
    assert cast.renders == H12.RENDERS and cast.kind("x") == "h12-noface-x"
    pieces = [cast.piece(60, 40) for _ in range(40)]
    assert all(p.shape == (40, 60, 3) for p in pieces)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H12, people_and_things[1], 200)
