"""The thirteenth blind held-out generator (bench/heldout13.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that faces cut out into turned stickers, hung in perspective, under glasses, half retouched, on
trading cards and on shrunk slides keep boxes that lie on the face's pixels; that the drawn things
are reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H13 = heldout_sets.bench("heldout13")
H10 = heldout_sets.bench("heldout10")

DARK = [C.Photo("dark", np.full((80, 80, 3), 10, np.uint8), [])]


def marked_cast(seed: int) -> H13.Cast:
    """A cast of the marked face (white on black) whose things are dark photos, never drawn."""
    return H13.Cast([heldout_sets.marked_face()], DARK, random.Random(seed), drawn=0.0)


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H13, 2, 13)


@pytest.mark.parametrize("layout", H13.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H13.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H13, layout, *people_and_things, 131, "h13")


def test_a_sticker_keeps_its_face_inside_a_white_outline_at_any_turn() -> None:
    """A cut-out of the marked face turned -12 to 12 degrees: its one box lies on the white face,
    and the mask of where it lies is wider than the cut-out (the outline)."""
    for angle in (-12.0, -3.0, 0.0, 7.0, 12.0):
        cast = marked_cast(round(angle))
        piece, faces, where = H13.sticker(cast, 80.0, angle)
        assert len(faces) == 1 and where.shape == piece.shape[:2]
        s = H2.Screen.new(random.Random(1), "s", "h13-test", "dark")
        H13.paste_photo(cast, s, piece, faces, 300, 400, where)
        comp = s.finish()
        assert len(comp.faces) == 1
        heldout_sets.on_white(comp, angle)
        x1, y1, x2, y2 = comp.faces[0]
        assert 70 < max(x2 - x1, y2 - y1) < 110, (angle, comp.faces[0])


def test_a_face_free_sticker_is_a_thing_in_an_outline() -> None:
    cast = H13.Cast([], C.load_free(H2.FREE_HELDOUT2[:2]), random.Random(3))
    piece, faces, where = H13.sticker(cast, 60.0, 5.0)
    assert not faces and where.any() and piece.shape[:2] == where.shape


def test_a_print_hung_in_perspective_keeps_its_box_on_the_bent_face() -> None:
    """A white square face in a dark print warped onto a quad whose right side is shorter: the box
    lands on the white pixels, inside the quad's box, narrower on the squeezed side."""
    piece = np.full((300, 200, 3), 10, np.uint8)
    piece[100:200, 50:150] = 250
    quad = np.array([[100, 100], [260, 140], [260, 360], [100, 420]], np.float32)
    out, boxes, where, x0, y0 = H13.hung(piece, [(50.0, 100.0, 150.0, 200.0)], quad)
    assert (x0, y0) == (100, 100) and out.shape[:2] == where.shape
    x1, y1, x2, y2 = boxes[0]
    light = out.mean(axis=2) > 120
    assert light[round(y1) : round(y2), round(x1) : round(x2)].mean() > 0.7
    assert 0 <= x1 < x2 <= 161 and 0 <= y1 < y2 <= 321
    assert x2 - x1 < 100 and y2 - y1 > 50


def test_glasses_retouching_and_copies_keep_the_face_counted_on_its_pixels() -> None:
    """A marked face as a camera's picture with sunglasses over its eyes, then half retouched
    behind a divider, then shrunk into copies: each counted box lies on the white face."""
    for seed in range(3):
        rng = random.Random(seed)
        cast = marked_cast(seed)
        s = H2.Screen.new(rng, "s", "h13-test", "dark")
        rect = (0, 100, 1000, 800)
        H13.H12.full_frame(cast, s, rect, 260.0, 0.0)
        box = H13.main_box(s, 0, rect, 300)
        look, look_faces = H13.square_around(s, 0, rect, box, 2.0)
        H13.spectacles(s.img, box, (20, 20, 200), True)
        split = round((box[0] + box[2]) / 2)
        H10.redrawn(s, (split, 100, 1000, 800), H13.retouch(rng))
        for k in range(3):
            H13.paste_photo(cast, s, *H13.resized(look, look_faces, 120, 120), 40 + k * 150, 900)
        comp = s.finish()
        assert len(comp.faces) == 4, seed
        heldout_sets.on_white(comp, seed, 0.5)


def test_faces_on_cards_slides_and_cv_pages_keep_their_boxes() -> None:
    """Marked faces on a trading card (foil or an old print on some), a slide and its shrunk copy,
    and a CV page: every counted box lies on the white face."""
    for seed in range(4):
        rng = random.Random(seed)
        cast = marked_cast(seed)
        s = H2.Screen.new(rng, "s", "h13-test", "dark")
        H13.paste_photo(cast, s, *H13.trading_card(cast, rng, 300, 90.0), 20, 100)
        piece, faces, rect = H13.slide(cast, rng, 700, 394)
        assert 0 <= rect[0] < rect[2] <= 700 and 0 <= rect[1] < rect[3] <= 394
        H13.paste_photo(cast, s, piece, faces, 340, 100)
        H13.paste_photo(cast, s, *H13.resized(piece, faces, 350, 197), 340, 520)
        H13.paste_photo(cast, s, *H13.cv_page(cast, rng, 500), 20, 800)
        comp = s.finish()
        assert len(comp.faces) >= 3, seed
        heldout_sets.on_white(comp, seed, 0.5)


@pytest.mark.parametrize("render", H13.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H13.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H13.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    cast = H13.Cast([], C.load_free(H2.FREE_HELDOUT2[:2]), random.Random(5))
    assert cast.renders == H13.RENDERS and cast.kind("x") == "h13-noface-x"
    assert all(cast.piece(60, 40).shape == (40, 60, 3) for _ in range(20))


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H13, people_and_things[1], 200)
