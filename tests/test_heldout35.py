"""The thirty-fifth blind held-out generator (bench/heldout35.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, counts no face when cast with things, and
with the marked face puts every box on its white pixels keeping at least half of it; that a
camera's tracking frames are drawn round the faces' boxes, not over them; that the last shots'
strip and a booth's strip hold small faces inside them; that the before/after edit and the
retouch's softening leave the portrait counted; that an ID card's sample photo is a small face on
the card; that the drawn things are reproducible; and that the whole set is reproducible from its
seed, draws every layout, every size of face and both light and dark pages, matches the counts its
docstring gives, and leaves out the tuning people. Each round is drawn once (``one_round``).
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H35 = heldout_sets.bench("heldout35")

marked_cast = functools.partial(heldout_sets.marked_cast, H35)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h35-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening or a redrawing (the edit, the softening, scrims
# under memories' titles): the marked face there is not white, so only the box's size and place count
DARKENED = {"before_after", "retouch", "memories"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set, drawn
    from all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H35.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H35, 2, 13)
    assert set(H35.ONCE) == {H35.before_after, H35.sticker_frame}
    assert H35.HELDOUT35_SEED == 35353


@pytest.mark.parametrize("layout", H35.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_reproducible_faceless_with_things_and_its_boxes_lie_on_the_marked_face(
    layout: H35.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_layout`` (the same twice, inside the capture, no face with things), then with the
    marked face every counted box holds half of its square on the face's white pixels."""
    heldout_sets.check_layout(H35, layout, *people_and_things, 351, "h35")
    heldout_sets.check_marked_boxes(H35, layout, darkened=layout.__name__ in DARKENED)


def test_tracking_frames_are_drawn_round_the_faces_not_over_them() -> None:
    """``tracking_frames`` draws one frame a face pasted since ``first``, outside its box: the
    marked face keeps its white box and stays counted at its size."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h35-test", "dark")
        cast = marked_cast(seed)
        cast.avatar(s, 100, 300, 50.0, 70, "square")
        first = len(s.comp.faces)
        cast.avatar(s, 400, 600, 120.0, 160, "square")
        cast.avatar(s, 700, 900, 80.0, 110, "square")
        assert H35.tracking_frames(s, first, H35.YELLOW) == 2
        yellow = (s.img == np.array(H35.YELLOW, np.uint8)).all(axis=2)
        assert yellow.sum() > 100 and not yellow[300:380, 100:180].any()
        comp = s.finish()
        assert len(comp.faces) == 3 and sorted(round(v) for v in comp.sizes) == [50, 80, 120], comp.sizes
        heldout_sets.on_white(comp, seed)


def test_the_last_shots_strip_holds_small_faces_in_its_row() -> None:
    """``thumb_strip`` counts 18-40 px faces, all inside the row's height it returns."""
    seen = 0
    for seed in range(4):
        comp, height = on_screen(H35.thumb_strip, marked_cast(seed), seed, 800)
        assert 110 <= height <= 150
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 40 and y1 >= 800 and y2 <= 800 + height, (seed, size)
            assert 0 <= x1 < x2 <= WIDTH
        heldout_sets.on_white(comp, seed, 0.5)
        seen += len(comp.faces)
    assert seen >= 20, seen


def test_a_booth_strip_holds_its_frames_faces_inside_the_strip() -> None:
    """``booth_strip`` counts faces of 18 px or more, none larger than a frame, only inside its
    frames' column, within the height it returns."""
    seen = 0
    for seed in range(3):
        comp, height = on_screen(H35.booth_strip, marked_cast(seed), seed, 100, 400, 260, 1900)
        assert height > 4 * 200
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 260 * 0.78, (seed, size)
            assert x1 >= 100 and x2 <= 360 and y1 >= 400 and y2 <= 400 + height
        seen += len(comp.faces)
    assert seen >= 6, seen


def test_the_edit_and_the_softening_leave_the_portrait_counted() -> None:
    """A face redrawn through the before/after's edits or the retouch's softening stays counted at
    its size (as it now looks)."""
    for seed in range(3):
        rng = random.Random(seed)
        for fn in (H35.softened(rng), H35.warm(rng), H35.low_key(rng, 300, 300), H35.grain(rng)):
            s = H2.Screen.new(random.Random(seed), "s", "h35-test", "dark")
            marked_cast(seed).avatar(s, 300, 400, 150.0, 200, "square")
            H35.H10.redrawn(s, (250, 350, 550, 650), fn)
            comp = s.finish()
            assert len(comp.faces) == 1 and 140 <= comp.sizes[0] <= 160, (seed, comp.sizes)


def test_an_id_cards_sample_photo_is_a_small_face_on_the_card() -> None:
    """``doc_card`` counts one 20-28 px face at the card's left, under its header band."""
    for seed in range(4):
        comp, _ = on_screen(H35.doc_card, marked_cast(seed), seed, 200, 700, 320)
        assert len(comp.faces) == 1 and 19.5 <= comp.sizes[0] <= 28.5, comp.sizes
        x1, y1, x2, y2 = comp.faces[0]
        assert x1 >= 210 and x2 <= 200 + 120 and y1 >= 734 and y2 <= 700 + round(320 * 0.63)
        heldout_sets.on_white(comp, seed, 0.9)


def test_a_print_row_counts_its_thumbnails_faces_inside_it() -> None:
    """``print_row`` counts faces only inside its square thumbnail (140-180 px at x 30), within
    the height it returns."""
    seen = 0
    for seed in range(6):
        comp, height = on_screen(H35.print_row, marked_cast(seed), seed, 600)
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert x1 >= 30 and x2 <= 210 and y1 >= 600 and y2 <= 600 + height - 24, (seed, size)
            assert 18 <= size <= 72
        seen += len(comp.faces)
    assert seen >= 4, seen


@pytest.mark.parametrize("render", H35.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H35.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H35.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H35, "h35")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (a grid of portraits, round thumbnails of
    people, a booth's strips) count no face at one more seed."""
    assert H35.FREE_LAYOUTS[10:] == (H35.portrait_grid, H35.people_album, H35.booth_gallery)
    heldout_sets.check_face_free(H35, H35.FREE_LAYOUTS[10:], people_and_things[1], 5)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_generate`` on the round drawn once: a second run starts with the same four screens,
    the round draws every layout (over 300 faces), and offered only two_people.jpg (its people are
    tuning people) a run's first four screens annotate no face."""
    heldout_sets.check_generate(H35, people_and_things[1], 300, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``)."""
    heldout_sets.check_drawn_round(one_round, "h35")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 496
    faces (321, 71, 89 and 15 by size bucket, 354 under 40 px) and 13 face-free screens."""
    heldout_sets.check_doc_round(H35, one_round, 496, [321, 71, 89, 15], 354)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states."""
    heldout_sets.check_doc_table(H35)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h35- and h35-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h35")
