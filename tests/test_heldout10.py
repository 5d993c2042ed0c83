"""The tenth blind held-out generator (bench/heldout10.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with pets,
objects and initials; that a meeting tile's name plate slid up over a face leaves it counted exactly
while half of the face's box still shows; that a page redrawn as a grey print keeps its faces with
the same boxes and does not give a face back the pixels drawn over it before; and that the whole set
is reproducible.
"""

from __future__ import annotations

import random

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H10 = heldout_sets.bench("heldout10")


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H10, 2, 13)


@pytest.mark.parametrize("layout", H10.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H10.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H10, layout, *people_and_things, 101, "h10")


def test_a_name_plate_over_a_chin_leaves_the_face_counted_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A meeting tile's name plate, its top slid from a face box's foot up to its top, hides the
    box's lower rows: the face counts exactly when at least half of its box still shows."""

    def plate(s: H2.Screen, box: C.BoxF, k: int) -> float:
        top = round(box[3] - k * (box[3] - box[1]) / 23)
        H10.pill(s.img, 150, top, 300, 200, (25, 25, 28))
        return max(0, top - round(box[1])) / (round(box[3]) - round(box[1]))

    heldout_sets.covered_by_half(H10, people_and_things[1], plate, "dark")


def test_a_page_redrawn_as_a_grey_print_keeps_its_faces_and_not_what_covered_them(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A directory page turned into a grey print after its portraits are pasted: they stay counted
    with the same boxes in grey, while a portrait mostly covered before the print stays uncounted
    (the print does not make the covering pixels the face's own)."""
    plain = heldout_sets.plain_face()
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h10-test", "light")
        cast = H10.Cast([plain], people_and_things[1], random.Random(seed))
        cast.avatar(s, 100, 400, 40.0, 60, "square")
        cast.avatar(s, 300, 400, 40.0, 60, "square")
        x1, y1, x2, y2 = (round(v) for v in s.comp.faces[1])
        s.img[y1 : y1 + (y2 - y1) * 3 // 4, x1:x2] = (200, 60, 60)  # three quarters of the second face
        first = s.comp.faces[0]
        H10.redrawn(s, (24, 300, 1040, 600), H10.printed(random.Random(seed)))
        part = s.img[300:600, 24:1040].astype(int)
        assert (part.max(axis=2) - part.min(axis=2) <= 0.2 * part.max(axis=2) + 2).all()  # grey or sepia
        assert s.finish().faces == [first]
    free = H2.Screen.new(random.Random(9), "s", "h10-test", "light")
    H10.redrawn(free, (24, 300, 1040, 600), H10.greyed)
    assert not free.finish().faces


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H10, people_and_things[1], 200)
