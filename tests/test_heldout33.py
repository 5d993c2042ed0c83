"""The thirty-third blind held-out generator (bench/heldout33.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens it) and keeps
at least half of the face; that faces under 18 px are drawn and not counted; that the choir's
risers hold one small face a seat round the conductor; that the readers' faces sit on the book's
progress bar; that a maker's face counts over the item's corner; that the podium's three faces
rank by size under the crown; that a dance class row holds its instructor and its booked dancers;
that a duet's faces stay in their own half; that a low-key light darkens a portrait and leaves it
counted; that the museum's archive portrait is counted in its frame; that the drawn things are
reproducible; and that the whole set is reproducible from its seed, draws every layout, every size
of face and both light and dark pages, matches the counts its docstring gives, and leaves out the
tuning people. Each round is drawn once (``one_round``) and shared.
"""

from __future__ import annotations

import functools
import itertools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H33 = heldout_sets.bench("heldout33")

marked_cast = functools.partial(heldout_sets.marked_cast, H33)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h33-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening (a low-key light, a band's scrim, an archive
# print's grey): the marked face there is not white, so only the box's size and place are checked
DARKENED = {"photo_critique", "karaoke_split", "concert_page", "music_lesson", "gallery_guide"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set, drawn
    from all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H33.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H33, 2, 13)
    assert set(H33.ONCE) == {H33.photo_critique, H33.karaoke_split}
    assert H33.HELDOUT33_SEED == 33333


@pytest.mark.parametrize("layout", H33.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H33.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H33, layout, *people_and_things, 331, "h33")


@pytest.mark.parametrize("layout", H33.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H33.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H33, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: last week's dance class and the hobby club's meet photos
    carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H33, (H33.dance_timetable, H33.hobby_forum), people_and_things
    )


def test_the_choirs_risers_hold_one_small_face_a_seat_round_the_conductor() -> None:
    """``riser_arcs`` counts 18-27 px faces (the seats'; the conductor's 26-40 px), no two on one
    seat, all above the conductor's and inside the risers' height, the conductor centred."""
    for seed in range(4):
        rows = 2 + seed % 3
        comp, height = on_screen(H33.riser_arcs, marked_cast(seed), seed, 400, rows)
        seats = sum(7 + 3 * r for r in range(rows))
        assert seats // 2 <= len(comp.faces) <= seats + 1, (seed, len(comp.faces))
        assert all(18 <= s <= 40 for s in comp.sizes), comp.sizes
        assert all(b[1] >= 400 and b[3] <= 400 + height for b in comp.faces)
        lowest = max(comp.faces, key=lambda b: b[3])
        assert abs((lowest[0] + lowest[2]) / 2 - WIDTH // 2) < 8, (seed, lowest)
        centres = {(round((b[0] + b[2]) / 4), round((b[1] + b[3]) / 4)) for b in comp.faces}
        assert len(centres) == len(comp.faces), (seed, "two faces on one seat")


def test_the_readers_faces_sit_on_the_books_progress_bar() -> None:
    """``reading_progress`` counts 18-26 px faces (the readers'; bunched ones hidden under half
    are not) whose middles lie on the bar's row, between its ends."""
    seen = 0
    for seed in range(6):
        comp, height = on_screen(H33.reading_progress, marked_cast(seed), seed, 700, 8)
        assert height == 100 and len(comp.faces) <= 9
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 28 and abs((y1 + y2) / 2 - 744) <= 4, (seed, size, y1, y2)
            assert x1 >= 50 - 14 and x2 <= WIDTH - 50
        seen += len(comp.faces)
    assert seen >= 12, seen


def test_a_makers_face_counts_over_the_items_corner() -> None:
    """``item_card`` counts the maker's 20-26 px face in a white rim over the picture's lower left
    corner (and, on some, the maker holding the item, 30-90 px, inside the picture)."""
    corner = 0
    for seed in range(6):
        comp, height = on_screen(H33.item_card, marked_cast(seed), seed, 30, 500, 480)
        assert all(b[0] >= 30 and b[2] <= 510 and b[1] >= 500 and b[3] <= 500 + height for b in comp.faces)
        small = [b for b, s in zip(comp.faces, comp.sizes, strict=True) if s < 30]
        assert len(small) <= 1 and all(b[0] < 80 for b in small), (seed, comp.faces)
        assert all(20 <= s <= 30 or 30 <= s <= 120 for s in comp.sizes), comp.sizes
        corner += len(small)
    assert corner >= 4, corner


def test_the_podiums_three_faces_rank_by_size_under_the_crown() -> None:
    """``podium`` counts three faces: the first (50-90 px, its box up to a third taller) in the
    middle, the second at the left and the third at the right (36-60 px), each inside the page."""
    for seed in range(3):
        comp, height = on_screen(H33.podium, marked_cast(seed), seed, 600)
        assert len(comp.faces) == 3 and height == 490, (seed, comp.faces)
        by_x = sorted(zip(comp.faces, comp.sizes, strict=True), key=lambda fs: fs[0][0])
        left, first, right = (s for _b, s in by_x)
        assert 49.5 <= first <= 125 and 35.5 <= left <= 85 and 35.5 <= right <= 85, (seed, comp.sizes)
        assert abs((by_x[1][0][0] + by_x[1][0][2]) / 2 - WIDTH // 2) < 30
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_dance_class_row_holds_its_instructor_and_booked_dancers() -> None:
    """``class_row`` (132 px high) counts the instructor's 24-32 px face in the row's left part
    and up to five booked dancers' 18-22 px faces in a stack under the class's name."""
    seen = 0
    for seed in range(6):
        comp, height = on_screen(H33.class_row, marked_cast(seed), seed, 900)
        assert height == 132
        assert all(b[1] >= 900 and b[3] <= 900 + height and b[0] >= 170 for b in comp.faces)
        assert len(comp.faces) <= 6 and all(18 <= s <= 40 for s in comp.sizes), comp.sizes
        seen += len(comp.faces)
    assert seen >= 10, seen


def test_a_duets_faces_stay_in_their_own_half(one_round: list[C.Composite]) -> None:
    """On the round's duet (``karaoke_split``, drawn once a round) no counted face of the two
    singers' videos (above the covers) crosses the line between the halves, and some face there is
    of 60 px or more (a singer's)."""
    half = WIDTH // 2 - 3
    (duet,) = [c for c in one_round if c.kind == "h33-karaoke"]
    videos = [(b, s) for b, s in zip(duet.faces, duet.sizes, strict=True) if b[1] < C.STATUS_H + 70 + 720]
    for (x1, _y1, x2, _y2), _size in videos:
        assert x2 <= half + 1 or x1 >= half + 5, (x1, x2)
    assert any(size >= 60 for _box, size in videos), duet.sizes


def test_a_low_key_light_darkens_one_side_and_leaves_the_portrait_counted() -> None:
    """``low_key`` keeps a picture's size, darkens it (most on one side, to 35-55 %), and a face
    redrawn under it stays counted, darker than before."""
    for seed in range(4):
        fn = H33.low_key(random.Random(seed), 300, 200)
        lit = fn(np.full((200, 300, 3), 200, np.uint8))
        assert lit.shape == (200, 300, 3) and lit.max() <= 200
        ends = sorted((float(lit[:, :10].mean()), float(lit[:, -10:].mean())))
        assert 0.3 * 200 <= ends[0] <= 0.6 * 200 and ends[1] > ends[0] + 40, ends
        s = H2.Screen.new(random.Random(seed), "s", "h33-test", "light")
        H33.Cast([heldout_sets.marked_face()], heldout_sets.DARK, random.Random(seed)).avatar(
            s, 300, 400, 100.0, 140, "square"
        )
        H33.H10.redrawn(s, (280, 380, 580, 580), H33.low_key(random.Random(seed), 300, 200))
        comp = s.finish()
        assert len(comp.faces) == 1, (seed, comp.faces)
        x1, y1, x2, y2 = (round(v) for v in comp.faces[0])
        assert comp.image[y1:y2, x1:x2].mean() < 235


def test_the_museums_archive_portrait_is_counted_in_its_frame(one_round: list[C.Composite]) -> None:
    """On the round's two gallery guides (``gallery_guide``) the room's artist is counted (80 px or
    more) inside the gilt frame in the middle of the page, printed grey or sepia."""
    guides = [c for c in one_round if c.kind == "h33-gallery"]
    assert len(guides) == 2
    for comp in guides:
        big = [b for b, s in zip(comp.faces, comp.sizes, strict=True) if s >= 79.5]
        assert big, comp.sizes
        x1, y1, x2, y2 = (round(v) for v in big[0])
        assert x1 >= (WIDTH - 640) // 2 and x2 <= (WIDTH + 640) // 2 and y1 >= C.STATUS_H + 80
        patch = comp.image[y1:y2, x1:x2].astype(int)
        assert np.abs(patch[:, :, 0] - patch[:, :, 2]).mean() < 30, "the print is not grey or sepia"


@pytest.mark.parametrize("render", H33.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H33.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H33.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H33, "h33")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (seats on risers, items under their makers'
    corners, a podium) count no face at one more seed."""
    assert H33.FREE_LAYOUTS[10:] == (H33.choir_rehearsal, H33.craft_market, H33.hobby_forum)
    for seed in (5,):
        heldout_sets.check_face_free(H33, H33.FREE_LAYOUTS[10:], people_and_things[1], seed)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_generate`` on the round drawn once: a second run starts with the same four screens, the
    round draws every layout (over 250 faces), and offered only two_people.jpg (its people are
    tuning people) a run's first four screens annotate no face (the photo is left out before any
    layout casts)."""
    free = people_and_things[1]
    with_two = C.load_photos(split="heldout")
    assert any(p.name in H2.SAME_PEOPLE_AS_TUNING for p in with_two)
    again = [(c.name, c.faces) for c in itertools.islice(H33.generate(with_two, free, reps=1), 4)]
    assert [(c.name, c.faces) for c in one_round[:4]] == again
    assert len(one_round) == len(H33.FACE_LAYOUTS) + len(H33.FREE_LAYOUTS)
    assert sum(len(c.faces) for c in one_round) > 250
    only_two = [p for p in with_two if p.name in H2.SAME_PEOPLE_AS_TUNING]
    assert not any(c.faces for c in itertools.islice(H33.generate(only_two, free, reps=1), 4))


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h33")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with
    388 faces (282, 76, 16 and 14 by size bucket, 321 under 40 px) and 13 face-free screens; over 60 % of the
    faces under 32 px."""
    heldout_sets.check_doc_round(H33, one_round, 388, [282, 76, 16, 14], 321)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    heldout_sets.check_doc_table(H33)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h33- and h33-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h33")
