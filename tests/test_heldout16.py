"""The sixteenth blind held-out generator (bench/heldout16.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that pixelation, re-saving, moiré, colour fringes, a heavy vignette and an always-on display's grey
really change the pixels and keep the boxes on the faces; that the ID scan, the TV photos and the
pop-up window keep their (turned, scaled) boxes on the faces; that the drawn things are
reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H16 = heldout_sets.bench("heldout16")
H10 = heldout_sets.bench("heldout10")


def marked_cast(seed: int) -> H16.Cast:
    return heldout_sets.marked_cast(H16, seed)


def screen(theme: str = "dark") -> H2.Screen:
    return H2.Screen.new(random.Random(1), "s", "h16-test", theme)


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H16, 2, 13)
    assert set(H16.INNER) == set(H16.LAYOUTS) - {H16.two_apps}


@pytest.mark.parametrize("layout", H16.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H16.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H16, layout, *people_and_things, 161, "h16")


def test_poor_copies_and_optics_change_the_pixels_and_keep_marked_faces_on_them() -> None:
    """Marked faces under pixelation (nearest and bilinear), re-saving at quality 8, moiré, colour
    fringes, a heavy vignette and the always-on grey: each area's pixels change, each face stays
    counted with its box on the (still light) face."""
    for seed in range(3):
        rng = random.Random(seed)
        s = screen()
        cast = marked_cast(seed)
        rects = [
            (40 + (k % 4) * 260, 300 + (k // 4) * 400, 240 + (k % 4) * 260, 500 + (k // 4) * 400)
            for k in range(7)
        ]
        for x1, y1, _x2, _y2 in rects:
            cast.avatar(s, x1, y1, 120.0, 200, "square")
        fns = (
            H16.pixelated(4, True),
            H16.pixelated(3, False),
            H16.recompressed(8, 2),
            H16.moire(rng, 200, 200),
            H16.chroma(3),
            H16.vignette(0.85),
            H16.grey_dim(0.75),
        )
        for rect, fn in zip(rects, fns, strict=True):
            before = s.img[rect[1] : rect[3], rect[0] : rect[2]].copy()
            H10.redrawn(s, rect, fn)
            assert not np.array_equal(before, s.img[rect[1] : rect[3], rect[0] : rect[2]]), fn
        comp = s.finish()
        assert len(comp.faces) == 7, seed
        heldout_sets.on_white(comp, seed, 0.55)


def test_pixelation_draws_blocks_and_the_grey_is_grey() -> None:
    rng = np.random.default_rng(0)
    part = rng.integers(0, 255, (64, 64, 3), dtype=np.uint8)
    out = H16.pixelated(4, True)(part.copy())
    assert all(
        np.all(out[y : y + 4, x : x + 4] == out[y, x]) for y in range(0, 64, 4) for x in range(0, 64, 4)
    )
    g = H16.grey_dim(0.5)(part.copy()).astype(int)
    assert np.array_equal(g[:, :, 0], g[:, :, 2]) and g.max() <= 128


def test_colour_fringes_move_red_and_blue_apart() -> None:
    part = np.zeros((40, 40, 3), np.uint8)
    part[20, 20] = 255
    out = H16.chroma(3)(part)
    assert out[17, 17, 0] == 255 and out[23, 23, 2] == 255 and out[20, 20, 1] == 255


@pytest.mark.parametrize("layout", ["id_scan", "tv_snaps", "two_apps", "memorial", "forwarded"])
def test_turned_scaled_and_degraded_pictures_keep_their_boxes_on_the_faces(layout: str) -> None:
    """Each layout cast with the marked face: every counted box lies mostly on the white face, through
    the ID card's turn, hologram and fringes, the TV photo's turn and moiré, the pop-up's scaling and
    the old and forwarded pictures' blocks."""
    fn = getattr(H16, layout)
    seen = 0
    for seed in range(3):
        comp = fn(marked_cast(seed), random.Random(seed + 5), "m")
        seen += len(comp.faces)
        heldout_sets.on_white(comp, (layout, seed), 0.5)
    assert seen, layout


@pytest.mark.parametrize("render", H16.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H16.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H16.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H16, "h16")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H16, people_and_things[1], 200)
