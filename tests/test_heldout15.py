"""The fifteenth blind held-out generator (bench/heldout15.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that the night light and low brightness really tint and darken a screen and keep its faces counted
on their pixels; that frosted glass and a locked post's blur take the faces under them; that a
cross-fade counts the faces of both pictures and a push transition keeps its boxes on the faces;
that film grain, light leaks, watermarks, a fling's motion blur and turned cards keep the boxes on
the faces; that the drawn things are reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H15 = heldout_sets.bench("heldout15")
H10 = heldout_sets.bench("heldout10")


def marked_cast(seed: int) -> H15.Cast:
    return heldout_sets.marked_cast(H15, seed)


def screen(theme: str = "dark") -> H2.Screen:
    return H2.Screen.new(random.Random(1), "s", "h15-test", theme)


def marked_piece(
    x: int, y: int, side: int = 100, w: int = 400, h: int = 300
) -> tuple[np.ndarray, list[C.BoxF]]:
    """A dark w x h picture with a white square face of ``side`` px at (x, y)."""
    piece = np.full((h, w, 3), 10, np.uint8)
    piece[y : y + side, x : x + side] = 250
    return piece, [(float(x), float(y), float(x + side), float(y + side))]


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H15, 2, 13)
    assert set(H15.INNER) == set(H15.LAYOUTS) - {H15.transition}


@pytest.mark.parametrize("layout", H15.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H15.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H15, layout, *people_and_things, 151, "h15")


def test_night_light_and_low_brightness_tint_and_dim_and_keep_faces_on_their_pixels() -> None:
    """Over a grey screen with two marked faces: the night light cuts blue (by 60 % at full
    strength) and some green, keeps red; low brightness scales every channel; both faces stay
    counted, their boxes on the (warmer, darker) white."""
    for fn, want in ((H15.night_light(1.0), (0.4, 0.8, 1.0)), (H15.dimmed(0.5), (0.5, 0.5, 0.5))):
        s = screen("light")
        s.img[:] = 200
        cast = marked_cast(0)
        for k in range(2):
            cast.avatar(s, 100 + k * 400, 300, 120.0, 200, "square")
        H10.redrawn(s, (0, 0, C.W, C.H), fn)
        patch = s.img[1500:1600, 100:900].reshape(-1, 3).mean(axis=0)
        assert np.allclose(patch / 200, want, atol=0.02), patch
        comp = s.finish()
        assert len(comp.faces) == 2
        for x1, y1, x2, y2 in comp.faces:
            face = comp.image[round(y1) : round(y2), round(x1) : round(x2)].reshape(-1, 3).mean(axis=0)
            assert face[2] > 100 and face[0] < face[2] + 1, face


def test_capture_tints_dims_or_leaves_about_a_quarter_of_screens() -> None:
    """``capture`` leaves most screens as drawn, tints some warm and dims some."""
    seen = {"as drawn": 0, "warm": 0, "dim": 0}
    for seed in range(40):
        s = screen("light")
        s.img[:] = 200
        H15.capture(s, random.Random(seed))
        b, g, r = s.img[1000, 500].astype(int)
        seen["as drawn" if b == g == r == 200 else "warm" if b < r else "dim"] += 1
    assert seen["as drawn"] > 20 and seen["warm"] >= 2 and seen["dim"] >= 2, seen


def test_the_parental_controls_screen_is_always_under_the_night_light(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same screen drawn with the night light taken out is bluer: the real one cuts blue by a
    fifth or more and keeps red."""
    photos, free = people_and_things

    def draw(seed: int) -> np.ndarray:
        comp = H15.screen_time(H15.Cast(photos, free, random.Random(seed)), random.Random(seed + 1), "t")
        return comp.image.reshape(-1, 3).astype(np.float64).mean(axis=0)

    tinted = [draw(seed) for seed in range(2)]
    monkeypatch.setattr(H15, "night_light", lambda strength: lambda part: part)
    plain = [draw(seed) for seed in range(2)]
    for a, b in zip(tinted, plain, strict=True):
        assert a[0] < 0.85 * b[0] and a[2] > 0.7 * b[2], (a, b)


def test_frosted_glass_takes_the_faces_under_it_and_keeps_the_others() -> None:
    """Three marked faces: one wholly under a frosted band, one a third under it, one clear of it.
    The first is not counted, the second is counted with its box below the glass, the third as it
    was."""
    s = screen()
    cast = marked_cast(0)
    for x, y in ((100, 300), (400, 430), (700, 700)):
        cast.avatar(s, x, y, 120.0, 150, "square")
    H15.frosted(s, (0, 200, C.W - 8, 500), (200, 200, 200), 0.4, 16)
    comp = s.finish()
    assert len(comp.faces) == 2
    assert all(b[1] >= 500 for b in comp.faces)
    heldout_sets.on_white(comp, "frost")


def test_the_neighbourhood_feeds_faces_lie_below_its_frosted_header_on_their_pixels() -> None:
    """The feed cast with the marked face, smeared by the fling's blur: no counted box reaches into
    the frosted header, and each lies on the white face."""
    for seed in range(3):
        comp = H15.neighbourhood(marked_cast(seed), random.Random(seed + 3), "n")
        assert comp.faces, seed
        assert all(b[1] >= C.STATUS_H + H15.FROST_TOP[0] for b in comp.faces), seed
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_locked_post_shows_a_blur_and_counts_no_face() -> None:
    """A locked preview of the marked face's photo: its light is spread out (no pixel left near the
    face's white) and it carries no face box, while an open one counts."""
    for seed in range(4):
        piece = H15.locked_post(marked_cast(seed), random.Random(seed), 600, 400)
        assert piece.shape == (400, 600, 3) and piece.max() < 230, seed
    comp = H15.creator(marked_cast(1), random.Random(9), "c")
    assert comp.faces
    heldout_sets.on_white(comp, "creator", 0.55)


def test_a_crossfade_counts_the_faces_of_both_pictures_where_they_show() -> None:
    """Two marked pictures with their faces in different places, dissolved at 30-70 %: both faces
    are counted, each box lighter than the dark around it by at least 30 % of the white."""
    for t in (0.3, 0.5, 0.7):
        a, fa = marked_piece(20, 20)
        b, fb = marked_piece(250, 150)
        out, faces = H15.crossfade(a, fa, b, fb, t)
        s = screen()
        H15.paste_photo(marked_cast(0), s, out, faces, 200, 300)
        comp = s.finish()
        assert len(comp.faces) == 2, t
        grey = comp.image.astype(np.float32).mean(axis=2)
        for x1, y1, x2, y2 in comp.faces:
            assert grey[round(y1) : round(y2), round(x1) : round(x2)].mean() > 40 + 0.3 * 200, (t, x1)
    with pytest.raises(AssertionError):
        H15.crossfade(a, fa, b, fb, 0.2)


def test_a_push_keeps_the_boxes_of_both_screens_on_their_faces() -> None:
    """Two app areas with a marked face each, pushed 20-80 % of the way: the old face (slid left,
    dimmed to no less than 74 %, clear of the shadow) and the new one (slid in from the right) are
    counted with their boxes on the white; a face the new screen covers is not counted."""
    ah = C.H - C.NAV_H - C.STATUS_H
    for p in (0.2, 0.5, 0.8):
        old = marked_piece(300, 300, 150, C.W - 8, ah)
        new = marked_piece(60, 900, 150, C.W - 8, ah)
        hidden = marked_piece(900, 300, 150, C.W - 8, ah)
        s = screen()
        both = (np.maximum(old[0], hidden[0]), [*old[1], *hidden[1]])
        H15.push(marked_cast(0), s, both, new, p)
        comp = s.finish()
        assert len(comp.faces) == 2, p
        heldout_sets.on_white(comp, p, 0.9)
        edge = (1 - p) * (C.W - 8)
        assert sorted(b[0] < edge for b in comp.faces) == [False, True], p


def test_grain_light_leaks_watermarks_and_the_fling_keep_marked_faces_on_their_pixels() -> None:
    """Marked faces under film grain and a vignette, a light leak, a proof's watermark and a
    vertical motion blur: each stays counted, its box on the (still light) face."""
    for seed in range(4):
        rng = random.Random(seed)
        s = screen()
        cast = marked_cast(seed)
        rects = [(100 + k * 240, 400, 300 + k * 240, 600) for k in range(4)]
        for x1, y1, _x2, _y2 in rects:
            cast.avatar(s, x1, y1, 120.0, 200, "square")
        fns = (
            H15.grain(rng, 16, 0.5),
            H15.light_leak(rng, 200, 200),
            H15.watermark(rng, 200, 200),
            H10.motion_blur(16, 90),
        )
        for rect, fn in zip(rects, fns, strict=True):
            H10.redrawn(s, rect, fn)
        comp = s.finish()
        assert len(comp.faces) == 4, seed
        heldout_sets.on_white(comp, seed, 0.55)


def test_turned_attendee_cards_and_the_stamp_keep_boxes_on_the_faces() -> None:
    for seed in range(3):
        comp = H15.attendees(marked_cast(seed), random.Random(seed + 11), "a")
        assert comp.faces, seed
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_slow_zoom_moves_the_boxes_with_the_face() -> None:
    piece, faces = marked_piece(150, 100)
    for k, fx, fy in ((1.0, 0.5, 0.5), (1.15, 0.0, 1.0), (1.1, 1.0, 0.0)):
        out, boxes = H15.zoomed(piece, faces, k, fx, fy)
        assert out.shape == piece.shape and len(boxes) == 1
        x1, y1, x2, y2 = (round(v) for v in boxes[0])
        assert out[y1:y2, x1:x2].mean() > 200 and abs((x2 - x1) - 100 * k) < 2, (k, boxes)


@pytest.mark.parametrize("render", H15.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H15.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H15.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H15, "h15")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H15, people_and_things[1], 200)
