"""The thirty-sixth blind held-out generator (bench/heldout36.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that with the marked face every layout's counted boxes keep half of
the face, inside the screen and on its white pixels where nothing darkens it; that the round drawn
once (``one_round``) has every screen inside the capture, lifted, with small faces on each layout's
screens and none on its face-free ones (the lookalikes among them); that a comment's, a review's, a
diary day's and a highlight's faces are small and inside their rows; that a salon's before/after
pair and a chat's outfit keep their faces inside their photos; that the try-on's tint and the
salon's warm after leave the faces counted; that the drawn things are reproducible; and that the
whole set is reproducible from its seed, draws every size of face and both light and dark pages,
matches the counts its docstring gives and leaves out the tuning people. Each round is drawn once
and shared, to keep the file fast.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H36 = heldout_sets.bench("heldout36")

marked_cast = functools.partial(heldout_sets.marked_cast, H36)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h36-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening or a redrawing (the try-on's tint and scrim, the
# salon's warm after, the diary's grain and low-key light, the runway's spotlight and scrims): the
# marked face there is not white, so only the box's size and place count
DARKENED = {"try_on", "salon_gallery", "skin_diary", "runway_live"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set, drawn
    from all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H36.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H36, 2, 13)
    assert set(H36.ONCE) == {H36.try_on, H36.runway_live}
    assert H36.HELDOUT36_SEED == 36363


@pytest.mark.parametrize("layout", H36.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H36.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box holds at least half of
    that square, inside the screen, on the face's white pixels (where nothing darkens it)."""
    heldout_sets.check_marked_boxes(H36, layout, darkened=layout.__name__ in DARKENED)


def test_the_rounds_screens_lie_inside_the_capture_with_small_faces_on_every_layout(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round is inside the capture and lifted (darkest pixel 40); each layout's
    screens of people count some face under 40 px (the sets' weight), all of a counted size."""
    small: dict[str, int] = {}
    for comp in one_round:
        H2.check(comp)
        assert comp.image.min() >= C.LIFT and comp.image.shape[:2] == (C.H, C.W)
        if "-noface-" not in comp.kind:
            assert all(s >= 18 for s in comp.sizes), comp.name
            small[comp.kind] = small.get(comp.kind, 0) + sum(s < 40 for s in comp.sizes)
    assert len(small) == 10 and all(small.values()), small


def test_face_free_lookalikes_count_nothing(one_round: list[C.Composite]) -> None:
    """The face-free lookalikes drawn again each round (a lookbook's photos, a profile's rings and
    posts, a salon's pairs) are the round's last three screens and count no face."""
    assert H36.FREE_LAYOUTS[10:] == (H36.lookbook, H36.influencer, H36.salon_gallery)
    last = one_round[-3:]
    assert [c.kind for c in last] == ["h36-noface-lookbook", "h36-noface-profile", "h36-noface-salon"]
    assert not any(c.faces for c in last)


def test_comments_and_reviews_are_small_faces_in_their_rows() -> None:
    """``comment`` and ``review`` count at most one 18-26 px face, at the row's left inside the
    height it returns."""
    seen = 0
    for seed in range(4):
        for part in (H36.comment, H36.review):
            comp, height = on_screen(part, marked_cast(seed), seed, 700)
            assert 52 <= height <= 80 and len(comp.faces) <= 1, (seed, height)
            for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
                assert 18 <= size <= 26.5 and x1 >= 30 and x2 <= 70 and y1 >= 700 and y2 <= 700 + height
            heldout_sets.on_white(comp, seed, 0.5)
            seen += len(comp.faces)
    assert seen >= 4, seen


def test_a_diary_day_holds_a_small_selfie_under_its_date() -> None:
    """``diary_day`` counts at most one 18-30 px face below its date line (34 px down), inside its
    width, and some days show one."""
    seen = 0
    for seed in range(6):
        comp, side = on_screen(H36.diary_day, marked_cast(seed), seed, 200, 900, 12)
        assert 24 <= side <= 50 and len(comp.faces) <= 1
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 30.5 and x1 >= 200 and x2 <= 200 + side and y1 >= 934 and y2 <= 934 + side
        seen += len(comp.faces)
    assert seen >= 4, seen


def test_a_highlight_ring_holds_a_small_face_or_a_product() -> None:
    """``highlight`` counts at most one 24-48 px face inside its round cover (110-130 px), and a
    product's cover counts none; both happen."""
    counts = []
    for seed in range(6):
        comp, side = on_screen(H36.highlight, marked_cast(seed), seed, 300, 500)
        assert 110 <= side <= 130 and len(comp.faces) <= 1
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 23.5 <= size <= 48.5 and x1 >= 300 and x2 <= 300 + side and y1 >= 500 and y2 <= 500 + side
        counts.append(len(comp.faces))
    assert 0 in counts and 1 in counts, counts


def test_a_salon_pair_keeps_its_faces_inside_its_two_portraits() -> None:
    """``before_after_pair`` counts faces only inside its two portraits (the row's width, ``ph``
    high), of 18-140 px, in both halves over a few seeds."""
    halves: set[int] = set()
    for seed in range(4):
        comp, _ = on_screen(H36.before_after_pair, marked_cast(seed), seed, 600, 360)
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 140 and x1 >= 30 and x2 <= WIDTH - 30 and y1 >= 600 and y2 <= 960
            halves.add(int((x1 + x2) / 2 > WIDTH / 2))
    assert halves == {0, 1}, halves


def test_an_outfit_bubble_keeps_its_faces_in_its_photo() -> None:
    """``outfit_bubble`` counts faces only inside its photo (at the right when the client's own,
    else right of x 110), above the caption, within the height it returns (a group's other people
    may be larger than asked, never larger than the photo)."""
    seen = 0
    for seed in range(6):
        mine = seed % 2 == 0
        comp, height = on_screen(H36.outfit_bubble, marked_cast(seed), seed, 400, mine)
        assert 540 <= height <= 740
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 560 and y1 >= 400 and y2 <= 400 + height - 90, (seed, size)
            assert x1 >= (WIDTH - 30 - 560 if mine else 110) and x2 <= (WIDTH - 30 if mine else 110 + 560)
        seen += len(comp.faces)
    assert seen >= 3, seen


def test_the_try_on_tint_and_the_salons_warm_after_leave_the_face_counted() -> None:
    """A face redrawn through a shade's tint or the salon's warm light stays counted at its size,
    and the tint moves the pixels towards the shade."""
    for seed in range(3):
        rng = random.Random(seed)
        shade = H36.LIPS[seed]
        washed = H36.tint(rng, shade)(np.full((10, 10, 3), 128, np.uint8))
        assert washed.shape == (10, 10, 3)
        assert all((int(washed[0, 0, c]) - 128) * (shade[c] - 128) >= 0 for c in range(3))
        for fn in (H36.tint(rng, shade), H36.warm(rng)):
            s = H2.Screen.new(random.Random(seed), "s", "h36-test", "light")
            marked_cast(seed).avatar(s, 300, 400, 150.0, 200, "square")
            H36.H10.redrawn(s, (250, 350, 550, 650), fn)
            comp = s.finish()
            assert len(comp.faces) == 1 and 140 <= comp.sizes[0] <= 160, (seed, comp.sizes)


@pytest.mark.parametrize("render", H36.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H36.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H36.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H36, "h36")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_generate`` on the round drawn once: a second run starts with the same four screens,
    the round draws every layout (over 300 faces), and offered only two_people.jpg (its people are
    tuning people) a run's first four screens annotate no face."""
    heldout_sets.check_generate(H36, people_and_things[1], 300, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``)."""
    heldout_sets.check_drawn_round(one_round, "h36")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 363
    faces (229, 53, 53 and 28 by size bucket, 245 under 40 px) and 13 face-free screens."""
    heldout_sets.check_doc_round(H36, one_round, 363, [229, 53, 53, 28], 245)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states."""
    heldout_sets.check_doc_table(H36)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h36- and h36-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h36")
