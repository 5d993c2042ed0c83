"""The seventeenth blind held-out generator (bench/heldout17.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that stage light, haze, backlight, see-through cards, fading reactions, the blur brush, a scrim
over a frosted feed and a scroll's motion blur really change the pixels and keep the boxes on the
faces; that quarter-turned, flung and filtered pictures keep their boxes on the faces (a face
filter's stickers leave the whole box); that opaque sheets and keyboards take the faces they
cover; that the drawn things are reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H17 = heldout_sets.bench("heldout17")
H5 = heldout_sets.bench("heldout5")
H10 = heldout_sets.bench("heldout10")
H15 = heldout_sets.bench("heldout15")


marked_cast = functools.partial(heldout_sets.marked_cast, H17)  # the marked face, white on black


def screen(theme: str = "dark") -> H2.Screen:
    return H2.Screen.new(random.Random(1), "s", "h17-test", theme)


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H17, 2, 13)
    assert set(H17.ONCE) == {H17.face_filter, H17.swipe}


@pytest.mark.parametrize("layout", H17.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H17.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H17, layout, *people_and_things, 171, "h17")


def test_overlays_and_light_change_the_pixels_and_keep_marked_faces_on_them() -> None:
    """Marked faces under each stage light, haze, a see-through card, a fading reaction, a scroll's
    motion blur, a frosted blur and a light scrim: each area's pixels change, each face stays
    counted with its box on the (still light) face."""
    for seed in range(2):
        rng = random.Random(seed)
        s = screen()
        cast = marked_cast(seed)
        rects = [
            (40 + (k % 4) * 260, 300 + (k // 4) * 400, 240 + (k % 4) * 260, 500 + (k // 4) * 400)
            for k in range(10)
        ]
        for x1, y1, _x2, _y2 in rects:
            cast.avatar(s, x1, y1, 120.0, 200, "square")
        fns = [H17.stage_light(c, 0.8) for c in H17.LIGHTS]
        fns += [H17.haze(rng, 200, 200, 0.45), H10.motion_blur(30, 0), lambda p: H15.blurred(p, 8)]
        for rect, fn in zip(rects, fns, strict=False):
            before = s.img[rect[1] : rect[3], rect[0] : rect[2]].copy()
            H10.redrawn(s, rect, fn)
            assert not np.array_equal(before, s.img[rect[1] : rect[3], rect[0] : rect[2]]), fn
        for rect, draw in zip(rects[len(fns) :], ("glass", "floating", "scrim"), strict=True):
            before = s.img[rect[1] : rect[3], rect[0] : rect[2]].copy()
            if draw == "glass":
                H17.glass(s, rect, (235, 235, 235), 0.85, 30)
            elif draw == "floating":
                H17.floating(s, (rect[0] + 100, rect[1] + 100), 40, "heart", 0.6)
            else:
                H5.scrim(s, rect, 0.4, H17.WHITE)
            assert not np.array_equal(before, s.img[rect[1] : rect[3], rect[0] : rect[2]]), draw
        comp = s.finish()
        assert len(comp.faces) == 10, seed
        heldout_sets.on_white(comp, seed, 0.55)


def test_a_dark_scrim_over_a_frosted_feed_keeps_its_faces_and_an_opaque_sheet_takes_them() -> None:
    """A 75 % black scrim over a blurred face leaves it counted (darker, its box where it was); a
    sheet painted over a face takes it."""
    s = screen("light")
    cast = marked_cast(3)
    cast.avatar(s, 100, 400, 120.0, 200, "square")
    cast.avatar(s, 100, 1400, 120.0, 200, "square")
    boxes = list(s.comp.faces)
    H10.redrawn(s, (0, 0, 1080, 2115), lambda p: H15.blurred(p, 4))
    H5.scrim(s, (0, 0, 1080, 2115), 0.75)
    H2.fill(s.img, H2.rounded_rect(800, 1080, 36), 0, 1300, (250, 250, 250))
    comp = s.finish()
    assert len(comp.faces) == 1
    assert all(abs(a - b) <= 12 for a, b in zip(comp.faces[0], boxes[0], strict=True))


def test_backlit_people_are_darker_than_the_light_behind_them() -> None:
    """A backlit photo of the marked face: the face is counted, and its pixels are 2-4 times darker
    than the white it was drawn in, on a bright backdrop."""
    for seed in range(3):
        cast = marked_cast(seed)
        piece, faces = H17.backlit(cast, random.Random(seed), 500, 400, 80, 120)
        assert faces, seed
        x1, y1, x2, y2 = (round(v) for v in faces[0])
        face = piece[y1 + 4 : y2 - 4, x1 + 4 : x2 - 4].astype(float).mean()
        assert 250 / 4.5 < face < 250 / 1.8, (seed, face)
        assert piece[:20].astype(float).mean() > 150, seed


def test_quarter_turns_keep_the_boxes_on_the_faces() -> None:
    """The marked photo turned 0-3 quarter turns: the box is the white square's, exactly."""
    piece = np.full((300, 400, 3), 10, np.uint8)
    piece[40:140, 250:330] = 250
    for k in range(4):
        out, boxes = H17.quarter(piece, [(250.0, 40.0, 330.0, 140.0)], k)
        x1, y1, x2, y2 = (round(v) for v in boxes[0])
        assert out[y1:y2, x1:x2].min() == 250 and (out > 127).sum() == 80 * 100 * 3, k
        assert out.shape[:2] == ((300, 400) if k % 2 == 0 else (400, 300)), k


@pytest.mark.parametrize("layout", ["sideways", "swipe", "gallery_scroll", "face_filter", "markup"])
def test_turned_flung_blurred_and_marked_up_pictures_keep_their_boxes_on_the_faces(layout: str) -> None:
    """Each layout cast with the marked face: every counted box lies mostly on the white face,
    through quarter turns, the flung card's turn and tint, the scroll's blur, the filter's stickers
    and the markup's strokes."""
    fn = getattr(H17, layout)
    seen = 0
    for seed in range(3):
        comp = fn(marked_cast(seed), random.Random(seed + 5), "m")
        seen += len(comp.faces)
        heldout_sets.on_white(comp, (layout, seed), 0.5)
    assert seen, layout


def test_a_face_filters_stickers_leave_the_whole_box() -> None:
    """Stickers over a 200 px marked face: it stays counted with the box it had, and they did
    draw over it."""
    for seed in range(12):
        s = screen()
        marked_cast(seed).avatar(s, 300, 600, 200.0, 300, "square")
        box = s.comp.faces[0]
        before = s.img.copy()
        H17.stickers(s.img, box, random.Random(seed))
        assert not np.array_equal(before, s.img), seed
        comp = s.finish()
        assert len(comp.faces) == 1, seed
        assert all(abs(a - b) <= 1 for a, b in zip(comp.faces[0], box, strict=True)), (
            seed,
            comp.faces[0],
            box,
        )


def test_the_blur_brush_blurs_part_of_a_face_and_leaves_it_counted() -> None:
    shares = []
    for seed in range(12):
        s = screen()
        marked_cast(seed).avatar(s, 300, 600, 200.0, 300, "square")
        box = s.comp.faces[0]
        before = s.img.copy()
        shares.append(H17.blur_stroke(s, random.Random(seed), box, 12))
        assert not np.array_equal(before, s.img), seed
        assert len(s.finish().faces) == 1, seed
    assert all(0.1 < share < 0.6 for share in shares), shares


@pytest.mark.parametrize("render", H17.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H17.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H17.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H17, "h17")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H17, people_and_things[1], 200)
