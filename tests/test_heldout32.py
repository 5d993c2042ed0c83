"""The thirty-second blind held-out generator (bench/heldout32.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face;
that a face under a clock-in still's time band counts while half of it shows; that a rota row holds
the person's face at its left and covers' faces inside their day cells; that a kitchen ticket
carries its cook's small face on its head; that the podium's winner is the largest face, in the
middle; that a before-and-after shows the same face twice in the same place; that a taken offer
faded out stays counted; that a camera still's grain keeps its face counted; that check-in, tip
and arrival rows hold the small faces they promise; that the drawn things are reproducible; and
that the whole set is reproducible from its seed, draws every layout, every size of face and both
light and dark pages, matches the counts its docstring gives, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import itertools
import random
from collections.abc import Callable

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H32 = heldout_sets.bench("heldout32")

marked_cast = functools.partial(heldout_sets.marked_cast, H32)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h32-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H32.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H32, 2, 13)
    assert set(H32.ONCE) == {H32.kitchen_display, H32.clockin_wall}
    assert H32.HELDOUT32_SEED == 32323


@pytest.mark.parametrize("layout", H32.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layouts_screens_lie_inside_the_capture_with_small_faces_and_none_without_people(
    layout: H32.Layout, one_round: list[C.Composite]
) -> None:
    """The layout's screens in the round (as many as the round draws it with and without people):
    every box inside the capture and of a counted size, the pixels lifted, a face under 40 px on
    its screens of people (the sets' weight is on small faces), none on its face-free one."""
    people = [c for c in one_round if c.name.startswith("h32" + layout.__name__)]
    free = [c for c in one_round if c.name.startswith("h32free" + layout.__name__)]
    assert len(people) == H32.FACE_LAYOUTS.count(layout) and len(free) == H32.FREE_LAYOUTS.count(layout)
    for comp in people + free:
        H2.check(comp)
        assert comp.image.min() >= C.LIFT
    assert all(c.faces and c.kind.startswith("h32-") and "-noface-" not in c.kind for c in people)
    assert any(size < 40 for c in people for size in c.sizes), "no face under 40 px"
    assert all(not c.faces and c.kind.startswith("h32-noface-") for c in free)


@pytest.mark.parametrize("layout", H32.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H32.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (the fades, scrims,
    warm light and camera grain of this set leave it light)."""
    heldout_sets.check_marked_boxes(H32, layout)


def test_a_face_under_a_stills_time_band_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A clock-in still's dark time band raised step by step over a face from below: the face counts
    while more than half of its box shows and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        top = round(box[3]) - 5 * k
        s.img[max(0, top) : round(box[3]) + 20, round(box[0]) - 40 : round(box[2]) + 40] = (25, 25, 25)
        return 1 - max(0.0, min(box[3], box[3] + 20) - max(top, box[1])) / (box[3] - box[1])

    heldout_sets.covered_by_half(H32, people_and_things[1], cover, "dark")


def test_a_rota_row_holds_the_persons_face_at_its_left_and_covers_in_their_cells() -> None:
    """``rota_row`` counts the person's face (20-30 px, box up to a third taller) at the left, left of
    the week's cells, and covers' faces (18-20 px) only inside the cells, all inside the row."""
    covers = 0
    for seed in range(6):
        comp, height = on_screen(H32.rota_row, marked_cast(seed), seed, 500, 108)
        x0 = WIDTH - 7 * 108 - 16
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert y1 >= 500 and y2 <= 500 + height, (seed, y1, y2)
            if x1 < x0:
                assert x2 < 120 and 19.5 <= size <= 40, (seed, size)
            else:
                covers += 1
                assert 18 <= size <= 24 and x2 <= WIDTH - 16, (seed, size)
    assert covers >= 3, covers


def test_a_kitchen_ticket_carries_its_cooks_small_face_on_its_head() -> None:
    """``ticket`` counts at most one face, the cook's (18-26 px), inside the ticket's coloured head
    (its top 80 px) at the right."""
    seen = 0
    for seed in range(6):
        comp, th = on_screen(H32.ticket, marked_cast(seed), seed, 30, 400, 480, 1800, theme="dark")
        assert len(comp.faces) <= 1 and all(18 <= s <= 34 for s in comp.sizes), comp.sizes
        for x1, y1, x2, y2 in comp.faces:
            assert x1 >= 30 + 480 // 2 and x2 <= 30 + 480 and y1 >= 400 and y2 <= 480, (seed, comp.faces)
        assert 150 <= th <= 1400
        seen += len(comp.faces)
    assert seen >= 3, seen


def test_the_podiums_winner_is_the_largest_face_in_the_middle() -> None:
    """``podium`` counts three faces (64-140 px): the winner's, the largest, in the middle, second
    place at the left and third at the right."""
    for seed in range(2):
        comp, _ = on_screen(H32.podium, marked_cast(seed), seed, 500, 500)
        assert len(comp.faces) == 3, (seed, comp.faces)
        assert all(63.5 <= s <= 190 for s in comp.sizes), comp.sizes
        by_x = sorted(zip(comp.faces, comp.sizes, strict=True), key=lambda fs: fs[0][0])
        assert by_x[1][1] == max(comp.sizes) and by_x[0][0][2] < WIDTH // 2 < by_x[2][0][0], (seed, by_x)
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_before_and_after_shows_the_same_face_twice_in_the_same_place() -> None:
    """``before_after`` counts the same face (50-130 px) in both halves: the same size and height,
    one half's width (and the gap) apart; the after's warm light leaves it counted."""
    for seed in range(3):
        comp, _ = on_screen(H32.before_after, marked_cast(seed), seed, 30, 600, 500, 600)
        assert len(comp.faces) == 2, (seed, comp.faces)
        (a, b), (sa, sb) = sorted(comp.faces), comp.sizes
        assert abs(b[0] - a[0] - 504) < 1 and abs(b[1] - a[1]) < 1 and abs(sa - sb) < 1, (seed, a, b)
        assert 49.5 <= sa <= 175


def test_a_taken_offer_faded_out_stays_counted() -> None:
    """An offer's card (``offer_card``: the poster's 28-40 px face and 18-22 px interested) under
    the page's fade of 40 % counts the same faces as without it, paler than the marked face's
    white."""
    seen = 0
    for seed in range(3):
        drawn = []
        for fade in (False, True):
            s = H2.Screen.new(random.Random(seed), "s", "h32-test", "dark")
            height = H32.offer_card(marked_cast(seed), random.Random(seed), s, 400)
            if fade:
                H32.H5.scrim(s, (30, 400, WIDTH - 30, 400 + height), 0.4, s.bg)
            drawn.append(s.finish())
        plain, faded = drawn
        assert faded.faces == plain.faces and all(18 <= size <= 52 for size in faded.sizes), faded.sizes
        for box in faded.faces:
            x1, y1, x2, y2 = (round(v) for v in box)
            assert faded.image[y1:y2, x1:x2].mean() < plain.image[y1:y2, x1:x2].mean() - 30, (
                seed,
                "not faded",
            )
        seen += len(faded.faces)
    assert seen >= 4, seen


def test_a_camera_stills_grain_keeps_its_face_counted() -> None:
    """``clock_still`` counts the worker's face (30-90 px) inside the still above its time band; the
    tablet camera's grain makes the face's white uneven but leaves it counted."""
    for seed in range(3):
        comp, _ = on_screen(H32.clock_still, marked_cast(seed), seed, 30, 900, 330, 400, theme="dark")
        assert len(comp.faces) >= 1 and all(29.5 <= s <= 130 for s in comp.sizes), comp.sizes
        for x1, y1, x2, y2 in comp.faces:
            assert x1 >= 30 and x2 <= 360 and y1 >= 900 and y2 <= 1300 - 44 + 1, (seed, comp.faces)
            face = comp.image[round(y1) + 2 : round(y2) - 2, round(x1) + 2 : round(x2) - 2]
            assert face.std() > 1.0, (seed, "no grain")
        heldout_sets.on_white(comp, seed, 0.5)


@pytest.mark.parametrize(
    ("row", "args", "sizes"),
    [
        (H32.checkin_row, (), (24, 36)),
        (H32.tip_row, (4000,), (22, 30)),
        (H32.arrival_row, ((24.0, 32.0),), (24, 32)),
    ],
    ids=["checkin_row", "tip_row", "arrival_row"],
)
def test_list_rows_hold_one_small_face_at_their_left(
    row: Callable[..., int], args: tuple[object, ...], sizes: tuple[float, float]
) -> None:
    """A check-in, a tip share and an arrival hold at most one face each, of the sizes they promise
    (their boxes a little taller), at the left of their row; initials on some."""
    seen = 0
    for seed in range(8):
        comp, height = on_screen(row, marked_cast(seed), seed, 700, *args)
        assert len(comp.faces) <= 1 and all(sizes[0] - 0.5 <= s <= sizes[1] * 1.4 for s in comp.sizes)
        assert all(b[0] >= 30 and b[2] <= 90 and b[1] >= 700 and b[3] <= 700 + height for b in comp.faces)
        seen += len(comp.faces)
    assert seen >= 4, seen


@pytest.mark.parametrize("render", H32.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H32.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H32.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H32, "h32")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (a rota's grid of cells, a podium, a wall of
    camera stills) count no face over more seeds."""
    assert H32.FREE_LAYOUTS[10:] == (H32.staff_rota, H32.store_team, H32.clockin_wall)
    for seed in (5,):
        heldout_sets.check_face_free(H32, H32.FREE_LAYOUTS[10:], people_and_things[1], seed)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    """A second run at the seed starts with the round's screens (the same names, boxes and pixels;
    the round itself is the fixture's, not drawn again); offered only two_people.jpg (its people are
    tuning people), a run's first four screens annotate no face."""
    photos, free = people_and_things
    assert any(p.name in H2.SAME_PEOPLE_AS_TUNING for p in photos)
    again = list(itertools.islice(H32.generate(photos, free, reps=1), 8))
    assert [(c.name, c.faces) for c in again] == [(c.name, c.faces) for c in one_round[:8]]
    assert all(np.array_equal(a.image, b.image) for a, b in zip(again, one_round, strict=False))
    only_two = [p for p in photos if p.name in H2.SAME_PEOPLE_AS_TUNING]
    assert not any(c.faces for c in itertools.islice(H32.generate(only_two, free, reps=1), 8))


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h32")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 293
    faces (235, 9, 41 and 8 by size bucket, 240 under 40 px) and 13 face-free screens; over 60 %
    of the faces under 32 px."""
    heldout_sets.check_doc_round(H32, one_round, 293, [235, 9, 41, 8], 240)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    heldout_sets.check_doc_table(H32)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h32- and h32-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h32")
