"""The thirty-fourth blind held-out generator (bench/heldout34.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens it) and keeps
at least half of the face; that faces under 18 px are drawn and not counted; that the poster hall's
presenters sit pinned on its boards; that a byline's authors are small faces in its lines; that an
event card holds its speaker and its "going" stack; that the projector's light leaves the lecturer
counted; that the award page counts its winner's portrait; that the drawn things are reproducible;
and that the whole set is reproducible from its seed, draws every layout, every size of face and
both light and dark pages, matches the counts its docstring gives, and leaves out the tuning
people. Each round is drawn once (``one_round``) and shared.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H34 = heldout_sets.bench("heldout34")

marked_cast = functools.partial(heldout_sets.marked_cast, H34)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h34-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening (a scrim under a title or a name, the projector's
# light, a low-key light): the marked face there is not white, so only the box's size and place count
DARKENED = {"conference_programme", "lecture_capture", "staff_directory", "defence_call", "award_page"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set, drawn
    from all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H34.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H34, 2, 13)
    assert set(H34.ONCE) == {H34.defence_call, H34.award_page}
    assert H34.HELDOUT34_SEED == 34343


@pytest.mark.parametrize("layout", H34.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H34.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H34, layout, *people_and_things, 341, "h34")


@pytest.mark.parametrize("layout", H34.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H34.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H34, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the department's photo and the alumni's reunion photos
    carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H34, (H34.staff_directory, H34.alumni_feed), people_and_things
    )


def test_the_poster_halls_presenters_are_pinned_on_its_boards() -> None:
    """``poster_hall`` counts 18-27 px faces (one a board at most, on most boards), each inside the
    hall's rectangle and over a board's slat (the slat 46-66 px under the board's top)."""
    seen = 0
    for seed in range(4):
        comp, boards = on_screen(H34.poster_hall, marked_cast(seed), seed, 300, 600)
        assert boards // 3 <= len(comp.faces) <= boards, (seed, boards, len(comp.faces))
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 27, (seed, size)
            assert x1 >= 60 and x2 <= WIDTH - 30 and y1 >= 300 and y2 <= 900
            assert (y1 - 300 - 40) % 130 < 30, (seed, y1)
        centres = {(round((b[0] + b[2]) / 8), round((b[1] + b[3]) / 8)) for b in comp.faces}
        assert len(centres) == len(comp.faces), "two presenters on one board"
        heldout_sets.on_white(comp, seed, 0.5)
        seen += len(comp.faces)
    assert seen >= 40, seen


def test_a_bylines_authors_are_small_faces_in_its_lines() -> None:
    """``byline`` counts one 18-26 px face an author (initials on some are not faces), each at the
    start of a line's slot (rows 44 px apart) inside the height it returns."""
    seen = 0
    for seed in range(5):
        n = 4 + seed
        comp, height = on_screen(H34.byline, marked_cast(seed), seed, 500, n)
        assert len(comp.faces) <= n and height % 44 == 0, (seed, height)
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 26 and (y1 - 500) % 44 <= 4 and y2 <= 500 + height, (seed, size, y1)
            assert x1 >= 30 and x2 <= WIDTH - 30
        seen += len(comp.faces)
    assert seen >= 18, seen


def test_an_event_card_holds_its_speaker_and_going_stack() -> None:
    """``event_card`` (186 px high with its gap) counts the speaker's 30-64 px face in its photo
    and up to four 18-22 px faces in the "going" stack right of it, all inside the card."""
    for seed in range(4):
        comp, height = on_screen(H34.event_card, marked_cast(seed), seed, 700)
        assert height == 186
        big = [b for b, s in zip(comp.faces, comp.sizes, strict=True) if s >= 29.5]
        tiny = [b for b, s in zip(comp.faces, comp.sizes, strict=True) if s < 29.5]
        assert len(big) == 1 and big[0][0] >= 156 and big[0][2] <= 156 + 124, (seed, comp.faces)
        assert all(b[0] >= 300 and b[1] >= 796 for b in tiny) and len(tiny) <= 4, (seed, tiny)
        assert all(18 <= s <= 70 for s in comp.sizes)
        assert all(b[1] >= 700 and b[3] <= 870 for b in comp.faces)


def test_the_projectors_light_leaves_the_lecturer_counted() -> None:
    """``projector`` keeps a picture's size, flattens it (no pure black left, brighter where its
    beam spills), and a face redrawn under it stays counted."""
    for seed in range(3):
        fn = H34.projector(random.Random(seed), 300, 200)
        lit = fn(np.zeros((200, 300, 3), np.uint8))
        assert lit.shape == (200, 300, 3) and lit.min() > 0 and lit.max() > lit.min() + 3
        s = H2.Screen.new(random.Random(seed), "s", "h34-test", "dark")
        H34.Cast([heldout_sets.marked_face()], heldout_sets.DARK, random.Random(seed)).avatar(
            s, 300, 400, 100.0, 140, "square"
        )
        H34.H10.redrawn(s, (280, 380, 580, 580), H34.projector(random.Random(seed), 300, 200))
        comp = s.finish()
        assert len(comp.faces) == 1 and 90 <= comp.sizes[0] <= 140, (seed, comp.faces)


def test_the_award_page_counts_its_winners_portrait(one_round: list[C.Composite]) -> None:
    """On the round's award page (drawn once a round) the winner is counted (120 px or more) in the
    portrait under the award's name, and past winners and congratulations are small faces."""
    (award,) = [c for c in one_round if c.kind == "h34-award"]
    big = [b for b, s in zip(award.faces, award.sizes, strict=True) if s >= 119.5]
    assert big and all(b[1] >= C.STATUS_H + 60 for b in big), award.sizes
    assert any(s < 32 for s in award.sizes)


@pytest.mark.parametrize("render", H34.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H34.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H34.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H34, "h34")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (pins on a hall's boards, a directory's
    rows, a byline) count no face at one more seed."""
    assert H34.FREE_LAYOUTS[10:] == (H34.poster_map, H34.staff_directory, H34.journal_article)
    heldout_sets.check_face_free(H34, H34.FREE_LAYOUTS[10:], people_and_things[1], 5)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_generate`` on the round drawn once: a second run starts with the same four screens,
    the round draws every layout (over 250 faces), and offered only two_people.jpg (its people are
    tuning people) a run's first four screens annotate no face."""
    heldout_sets.check_generate(H34, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``)."""
    heldout_sets.check_drawn_round(one_round, "h34")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 339
    faces (267, 34, 28 and 10 by size bucket, 275 under 40 px) and 13 face-free screens."""
    heldout_sets.check_doc_round(H34, one_round, 339, [267, 34, 28, 10], 275)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states."""
    heldout_sets.check_doc_table(H34)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h34- and h34-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h34")
