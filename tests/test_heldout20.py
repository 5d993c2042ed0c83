"""The twentieth blind held-out generator (bench/heldout20.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face
(a face cut by an edge or drawn over counts only while half of it shows); that faces under 18 px
are drawn and not counted; that the blurred "who liked you" faces are counted, blurred; that the
right-to-left list puts its avatars at the right edge and the chat its senders there; that the
moments' likes wrap in rows and a pay code has its owner's face in the middle of the QR code; that
the drawn things are reproducible; and that the whole set is reproducible, draws every layout and
every size of face, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H20 = heldout_sets.bench("heldout20")

marked_cast = functools.partial(heldout_sets.marked_cast, H20)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H20, 2, 13)
    assert set(H20.ONCE) == {H20.live_commerce, H20.dating}


@pytest.mark.parametrize("layout", H20.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H20.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H20, layout, *people_and_things, 201, "h20")


@pytest.mark.parametrize("layout", H20.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H20.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels."""
    heldout_sets.check_marked_boxes(H20, layout)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: some of the set's pictures carry faces under 18 px (the
    back rows of gatherings, group photos shrunk into thumbnails), and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H20, (H20.moments, H20.weibo_post, H20.masonry, H20.news_portal), people_and_things
    )


def test_the_blurred_who_liked_you_faces_are_counted_and_blurred() -> None:
    """``liked_grid`` with the marked face: each cell's faces stay counted under the blur (sigma
    4-8), and inside their boxes the white face's edge is smeared into greys."""
    counted = 0
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h20-test", "light")
        cells = H20.liked_grid(marked_cast(seed), random.Random(seed), s, 600, 1500)
        comp = s.finish()
        assert cells >= 3
        counted += len(comp.faces)
        grey = comp.image.astype(np.float32).mean(axis=2)
        for x1, y1, x2, y2 in comp.faces:
            box = grey[round(y1) : round(y2), round(x1) : round(x2)]
            mid = ((box > 90) & (box < 210)).mean()
            assert mid > 0.1, (seed, mid)  # a sharp marked face has no greys inside its box
    assert counted >= 6, counted


def rtl(part: str, seed: int) -> C.Composite:
    s = H2.Screen.new(random.Random(seed), "s", "h20-test", "light")
    getattr(H20, part)(marked_cast(seed), random.Random(seed + 11), s)
    return s.finish()


def test_the_right_to_left_list_puts_every_avatar_at_the_right_edge() -> None:
    seen = 0
    for seed in range(3):
        comp = rtl("rtl_list", seed)
        seen += len(comp.faces)
        for x1, _y1, x2, _y2 in comp.faces:
            assert (x1 + x2) / 2 > 0.85 * WIDTH, (seed, x1, x2)
    assert seen >= 15, seen


def test_the_right_to_left_chat_puts_the_contact_and_the_senders_at_the_right() -> None:
    """The header's face and, in a group, each sender's face sit at the right edge; small faces
    (the avatars, under 34 px) never at the left edge, where an LTR chat has them."""
    right = 0
    for seed in range(4):
        comp = rtl("rtl_thread", seed)
        for (x1, _y1, x2, _y2), size in zip(comp.faces, comp.sizes, strict=True):
            right += x1 > 0.85 * WIDTH
            if x2 < 90:
                assert size > 34, (seed, x1, size)
    assert right >= 6, right


def test_the_moments_likes_wrap_in_rows_of_tiny_square_avatars() -> None:
    s = H2.Screen.new(random.Random(1), "s", "h20-test", "light")
    foot = H20.likes_bar(marked_cast(1), random.Random(1), s, 200, 400, 500, 30, (230, 230, 230))
    comp = s.finish()
    assert len(comp.faces) == 30
    assert all(18 <= size <= 24.5 for size in comp.sizes)
    rows = {round(y1 / 10) for _x1, y1, _x2, _y2 in comp.faces}
    assert len(rows) >= 2 and foot > max(y2 for *_, y2 in comp.faces)
    assert all(x1 >= 200 and x2 <= 700 for x1, _y1, x2, _y2 in comp.faces)


def test_a_pay_code_has_its_owners_face_in_the_middle_of_the_qr_code() -> None:
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h20-test", "light")
        H20.qr_card(marked_cast(seed), random.Random(seed), s, 60, 400, 960)
        comp = s.finish()
        big = max(comp.faces, key=lambda b: b[2] - b[0])
        cx, cy = (big[0] + big[2]) / 2, (big[1] + big[3]) / 2
        assert abs(cx - (60 + 120 + (960 - 240) / 2)) < 20, (seed, cx)
        assert 40 <= max(comp.sizes) < 60.5 and len(comp.faces) == 2, (seed, comp.sizes)
        assert cy > 400 + 200, (seed, cy)


@pytest.mark.parametrize("render", H20.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H20.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H20.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H20, "h20")


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed, drawn once for the tests that read a whole round, from
    all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H20.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H20, people_and_things[1], 200, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    screens = one_round
    kinds = {c.kind.removeprefix("h20-").removeprefix("noface-") for c in screens}
    assert len(kinds) == 10, kinds
    assert not any(c.faces for c in screens if "-noface-" in c.kind)
    sizes = [size for c in screens for size in c.sizes]
    buckets = [sum(lo <= s < hi for s in sizes) for lo, hi in ((18, 32), (32, 64), (64, 128), (128, 1e9))]
    assert all(buckets), buckets
    assert buckets[0] > sum(buckets) * 0.45, buckets  # the set's weight is on small faces
