"""The eighteenth blind held-out generator (bench/heldout18.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that each display setting really changes the faces' pixels and keeps them counted (an inverted face
is the complement of the plain one, a greyscale or e-ink one has equal channels, colour filters,
tints, a reduced white point and more contrast move its colours, a smart invert keeps pictures and
inverts the rest, a dark mode dims only pictures); that the magnifier's faces are blown up and
their boxes hold them; that the drawn things are reproducible; and that the whole set is
reproducible and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H18 = heldout_sets.bench("heldout18")
H10 = heldout_sets.bench("heldout10")
H15 = heldout_sets.bench("heldout15")


marked_cast = functools.partial(heldout_sets.marked_cast, H18)  # the marked face, white on black
AREA = (slice(C.STATUS_H, C.H - C.NAV_H), slice(0, C.W - 8))  # the app area


def screen(theme: str = "light") -> H2.Screen:
    return H2.Screen.new(random.Random(1), "s", "h18-test", theme)


def face_screen(photo: C.Photo, seed: int = 0) -> tuple[H2.Screen, tuple[slice, slice]]:
    """A screen with one 120 px face of ``photo`` in a square avatar at (300, 600), and the slices
    of the face's box."""
    s = screen()
    H18.Cast([photo], heldout_sets.DARK, random.Random(seed), drawn=0.0).avatar(
        s, 300, 600, 120.0, 200, "square"
    )
    x1, y1, x2, y2 = (round(v) for v in s.comp.faces[0])
    return s, (slice(y1 + 2, y2 - 2), slice(x1 + 2, x2 - 2))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H18, 2, 13)
    assert set(H18.ONCE) == {H18.grey_library, H18.corrected_call}


@pytest.mark.parametrize("layout", H18.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H18.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H18, layout, *people_and_things, 181, "h18")


def test_inversion_turns_a_face_into_its_complement_and_keeps_it_counted() -> None:
    s, (ys, xs) = face_screen(heldout_sets.plain_face())
    before = s.img[ys, xs].copy()
    H10.redrawn(s, (0, 0, C.W, C.H), H18.inverted)
    assert np.array_equal(s.img[ys, xs], 255 - before)
    assert len(s.finish().faces) == 1


@pytest.mark.parametrize(
    "fn",
    [
        H18.greyscale,
        *(H18.colour_correction(kind, 1.0) for kind in H18.DEFICIENCY),
        H18.colour_tint(0.6, 0.6),
        H18.white_point(0.35),
        H18.contrast(1.5),
        H18.eink(16, (215, 215, 215)),
        H15.dimmed(0.6),
    ],
    ids=["greyscale", *H18.DEFICIENCY, "tint", "white_point", "contrast", "eink", "dimmed"],
)
def test_each_display_setting_changes_a_faces_pixels_and_keeps_it_counted(fn: H18.Fn) -> None:
    """A coloured face under each setting over the whole screen: its pixels change, it stays
    counted with the box it had."""
    s, (ys, xs) = face_screen(heldout_sets.plain_face())
    box = s.comp.faces[0]
    before = s.img[ys, xs].copy()
    H10.redrawn(s, (0, 0, C.W, C.H), fn)
    assert not np.array_equal(s.img[ys, xs], before)
    assert s.finish().faces == [box]


def test_greyscale_and_eink_leave_equal_channels_and_eink_few_shades() -> None:
    s, (ys, xs) = face_screen(heldout_sets.plain_face())
    H10.redrawn(s, (0, 0, C.W, C.H), H18.greyscale)
    face = s.img[ys, xs]
    assert (face == face[:, :, :1]).all()
    for levels in (4, 16):
        s, (ys, xs) = face_screen(heldout_sets.plain_face())
        H10.redrawn(s, (0, 0, C.W, C.H), H18.eink(levels, (210, 210, 210)))
        assert (s.img == s.img[:, :, :1]).all()
        assert len(np.unique(s.img)) <= levels and len(np.unique(s.img[ys, xs])) >= 2, levels


def test_reduced_white_point_dulls_white_more_than_dark() -> None:
    part = np.array([[[250, 250, 250], [20, 20, 20]]], np.uint8)
    out = H18.white_point(0.4)(part).astype(int)
    assert 140 < out[0, 0, 0] < 160 and out[0, 1, 0] >= 18


def test_smart_invert_keeps_pictures_and_inverts_the_rest() -> None:
    """A face pasted inside ``pic`` is marked and kept as it is by a smart invert; the page round it
    is inverted; the face stays counted."""
    s = screen()
    keep = np.zeros((C.H, C.W), bool)
    with H18.pic(s, keep, (300, 600, 500, 800)):
        H18.Cast([heldout_sets.plain_face()], heldout_sets.DARK, random.Random(0), drawn=0.0).avatar(
            s, 300, 600, 120.0, 200, "square"
        )
    x1, y1, x2, y2 = (round(v) for v in s.comp.faces[0])
    face, page = s.img[y1:y2, x1:x2].copy(), s.img[1000:1100, 100:200].copy()
    H18.split(s, keep, H18.kept, H18.inverted)
    assert np.array_equal(s.img[y1:y2, x1:x2], face)
    assert np.array_equal(s.img[1000:1100, 100:200], 255 - page)
    assert len(s.finish().faces) == 1


def test_a_dark_modes_dimmed_pictures_are_darker_and_the_page_is_not() -> None:
    s = screen("dark")
    keep = np.zeros((C.H, C.W), bool)
    with H18.pic(s, keep, (300, 600, 500, 800)):
        marked_cast(0).avatar(s, 300, 600, 120.0, 200, "square")
    page = s.img[1000:1100, 100:200].copy()
    x1, y1, x2, y2 = (round(v) for v in s.comp.faces[0])
    before = s.img[y1:y2, x1:x2].astype(float).mean()
    H18.split(s, keep, H15.dimmed(0.6), H18.kept)
    assert s.img[y1:y2, x1:x2].astype(float).mean() < 0.65 * before
    assert np.array_equal(s.img[1000:1100, 100:200], page)
    assert len(s.finish().faces) == 1


def test_inverted_screens_show_the_marked_face_dark_in_every_box() -> None:
    for seed in range(3):
        comp = H18.inverted_contacts(marked_cast(seed), random.Random(seed + 3), "i")
        assert comp.faces, seed
        dark = comp.image.astype(np.float32).mean(axis=2) < 120
        for box in comp.faces:
            x1, y1, x2, y2 = (round(v) for v in box)
            assert dark[y1:y2, x1:x2].mean() > 0.5, (seed, box)


@pytest.mark.parametrize("layout", ["grey_library", "tinted_messages", "large_news", "contrast_profile",
                                    "eink_reader", "corrected_call"])  # fmt: skip
def test_shown_through_a_setting_the_boxes_stay_on_the_faces(layout: str) -> None:
    fn = getattr(H18, layout)
    seen = 0
    for seed in range(2):
        comp = fn(marked_cast(seed), random.Random(seed + 5), "m")
        seen += len(comp.faces)
        heldout_sets.on_white(comp, (layout, seed), 0.5)
        if layout in ("grey_library", "eink_reader"):
            assert (comp.image == comp.image[:, :, :1]).all(), layout
    assert seen, layout


def test_the_magnifier_blows_faces_up_and_its_boxes_hold_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The magnifier over the marked face's apps: every box lies on the white face, and on most
    screens some face is 2-4 times one of the app's own (the one looked at, magnified)."""
    inner: list[list[float]] = []
    plain = H18.plain

    def spy(cast: H18.Cast, rng: random.Random, app: H18.App) -> tuple[np.ndarray, list[C.BoxF]]:
        piece, faces = plain(cast, rng, app)
        inner.append([max(c - a, d - b) for a, b, c, d in faces])
        return piece, faces

    monkeypatch.setattr(H18, "plain", spy)
    blown = 0
    for seed in range(6):
        comp = H18.magnified(marked_cast(seed), random.Random(seed + 9), "z")
        heldout_sets.on_white(comp, seed, 0.5)
        blown += any(1.95 * a <= b <= 4.05 * a for a in inner[-1] for b in comp.sizes)
    assert blown >= 4, blown


@pytest.mark.parametrize("render", H18.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H18.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H18.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H18, "h18")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H18, people_and_things[1], 200)
