"""The fourteenth blind held-out generator (bench/heldout14.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that faces in newsprint halftone, in a poster's duotone, wrapped round a mug, on old prints with a
torn corner, on gifts (a jigsaw, a phone case, a cushion...), on a friend code held up in
perspective, on a book's cover in 3D and upside down on a duel's far half keep boxes that lie on
the face's pixels; that the drawn things are reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H14 = heldout_sets.bench("heldout14")
H10 = heldout_sets.bench("heldout10")


def marked_cast(seed: int) -> H14.Cast:
    return heldout_sets.marked_cast(H14, seed)


def screen() -> H2.Screen:
    return H2.Screen.new(random.Random(1), "s", "h14-test", "dark")


def marked_piece(x: int, side: int = 100, w: int = 400, h: int = 300) -> tuple[np.ndarray, list[C.BoxF]]:
    """A dark w x h picture with a white square face of ``side`` px whose left edge is at ``x``."""
    piece = np.full((h, w, 3), 10, np.uint8)
    y = (h - side) // 2
    piece[y : y + side, x : x + side] = 250
    return piece, [(float(x), float(y), float(x + side), float(y + side))]


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H14, 2, 13)


@pytest.mark.parametrize("layout", H14.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H14.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H14, layout, *people_and_things, 141, "h14")


def test_halftone_and_duotone_keep_the_face_counted_on_its_pixels() -> None:
    """Marked faces redrawn as newsprint dots (3-8 px screens) or in a duotone whose light end is
    light: each stays counted and its box lies on the (still light) face."""
    for seed, cell in enumerate((3.0, 5.0, 8.0)):
        rng = random.Random(seed)
        s = screen()
        cast = marked_cast(seed)
        for k in range(2):
            cast.avatar(s, 100 + k * 400, 300, 120.0, 200, "square")
        H10.redrawn(s, (100, 300, 300, 500), H14.halftone(rng, cell))
        H10.redrawn(s, (500, 300, 700, 500), H14.duotone((60, 20, 40), (200, 230, 250)))
        comp = s.finish()
        assert len(comp.faces) == 2, cell
        heldout_sets.on_white(comp, cell)


def test_a_photo_wrapped_round_a_mug_keeps_its_boxes_on_the_bent_faces() -> None:
    """A white square face in the middle or near a side of a print wrapped round a mug: the box
    lands on the white pixels, and a face near the side is squeezed narrower than one in the
    middle."""
    widths = {}
    for x in (150, 20, 280):
        for bend in (0.7, 0.9, 1.1):
            out, boxes = H14.wrapped(*marked_piece(x), bend)
            assert out.shape[0] == 300 and out.shape[1] < 400 and len(boxes) == 1
            s = screen()
            H14.paste_photo(marked_cast(0), s, out, boxes, 200, 300)
            comp = s.finish()
            assert len(comp.faces) == 1, (x, bend)
            heldout_sets.on_white(comp, (x, bend), 0.7)
            widths[x, bend] = boxes[0][2] - boxes[0][0]
    assert widths[20, 1.1] < widths[150, 1.1] and widths[280, 1.1] < widths[150, 1.1]


def test_an_old_print_with_a_torn_corner_keeps_its_face_counted_on_its_pixels() -> None:
    """A marked face under an old print's sepia, fading, scratches and dust, with a corner torn
    off over the face's corner on some, turned a little: the box lies on the face's pixels."""
    for seed in range(6):
        rng = random.Random(seed)
        cast = marked_cast(seed)

        def draw(sc: H2.Screen, rng: random.Random = rng, cast: H14.Cast = cast) -> None:
            H14.paste_photo(cast, sc, *marked_piece(20, 120, 200, 200), 0, 0)
            H10.redrawn(sc, (0, 0, 200, 200), H14.old_print(rng))
            H14.torn(sc.img, (0, 0, 200, 200), (10, 10, 10), rng)

        piece, faces = H14.offscreen(200, 200, draw)
        out, boxes, where = H14.turned(piece, faces, rng.uniform(-4, 4))
        s = screen()
        H14.paste_photo(cast, s, out, boxes, 300, 300, where)
        comp = s.finish()
        assert len(comp.faces) == len(faces) <= 1, seed
        heldout_sets.on_white(comp, seed, 0.55)


@pytest.mark.parametrize("kind", H14.GIFTS)
def test_a_photo_made_into_a_gift_keeps_its_face_counted_on_its_pixels(kind: str) -> None:
    """The marked face's photo as a mug, a jigsaw (cuts over the face, a piece missing on some), a
    phone case (the camera's bump over its corner), a T-shirt, a cushion or a calendar, large and
    shrunk: every counted box lies on the white face."""
    for seed in range(3):
        rng = random.Random(seed)
        s = screen()
        piece, faces = marked_piece(rng.randrange(40, 260), rng.randrange(80, 130))
        H14.gift_view(marked_cast(seed), s, rng, kind, piece, faces, (40, 200, 1000, 900))
        H14.gift_view(marked_cast(seed), s, rng, kind, piece, faces, (40, 1000, 500, 1350))
        comp = s.finish()
        assert comp.faces, (kind, seed)
        heldout_sets.on_white(comp, (kind, seed), 0.55)


def test_a_friend_code_held_up_in_perspective_keeps_its_face_on_its_pixels() -> None:
    """The marked face in the middle of a QR code on a card, hung on a quad (a phone held at an
    angle) under a glare, and a book's cover with it in 3D: the boxes lie on the white face."""
    for seed in range(4):
        rng = random.Random(seed)
        cast = marked_cast(seed)
        s = screen()
        card, faces = H14.code_card(cast, rng, 400, 600, 90.0)
        assert len(faces) == 1
        quad = np.array([[100, 200], [460, 250], [460, 700], [100, 800]], np.float32)
        out, boxes, where, x0, y0 = H14.hung(card, faces, quad)
        H14.paste_photo(cast, s, out, boxes, x0, y0, where)
        H10.redrawn(
            s, (x0, y0, x0 + out.shape[1], y0 + out.shape[0]), H14.H13.foil(rng, *out.shape[1::-1], 0.2)
        )
        cover, cover_faces = H14.book_cover(cast, rng, 300, 450, 120.0)
        quad = np.array([[560, 200], [830, 240], [830, 600], [560, 650]], np.float32)
        out, boxes, where, x0, y0 = H14.hung(cover, cover_faces, quad)
        H14.paste_photo(cast, s, out, boxes, x0, y0, where)
        comp = s.finish()
        assert len(comp.faces) >= 1, seed
        heldout_sets.on_white(comp, seed, 0.5)


def test_faces_on_a_duels_far_half_are_upside_down_on_their_pixels() -> None:
    """A duel screen cast with the marked face: the far half is turned 180 degrees, and every box
    (upside down there, upright on the near half) lies on the white face."""
    for seed in range(3):
        comp = H14.duel(marked_cast(seed), random.Random(seed + 7), "d")
        half = (C.H - C.NAV_H + C.STATUS_H) / 2
        assert any(b[3] < half for b in comp.faces) and any(b[1] > half for b in comp.faces), seed
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_lineup_posters_duotone_cut_outs_keep_their_boxes() -> None:
    for seed in range(3):
        rng = random.Random(seed)
        s = screen()
        H14.paste_photo(marked_cast(seed), s, *H14.poster(marked_cast(seed), rng, 1000, 700), 0, 200)
        comp = s.finish()
        assert comp.faces, seed
        heldout_sets.on_white(comp, seed, 0.5)


@pytest.mark.parametrize("render", H14.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H14.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H14.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H14, "h14")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H14, people_and_things[1], 200)
