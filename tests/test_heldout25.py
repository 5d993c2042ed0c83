"""The twenty-fifth blind held-out generator (bench/heldout25.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens it) and keeps
at least half of the face; that faces under 18 px are drawn and not counted; that a face under live
captions counts while half of it shows; that a payment's payee sits over the payer's lower right
and both count; that an ID's portrait and its tinted ghost count, under the sheen; that the press
conference's speaker, the organiser inside the progress ring, the candidates and the top traders
are counted; that the council's members sit in a row above the desk and staff behind stay
uncounted; that a vote's faces fill its columns, a donor wall's its cells and a rota's its slots;
that the drawn things are reproducible; and that the whole set is reproducible from its seed,
draws every layout, every size of face and both light and dark pages, matches the counts its
docstring gives, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random
import re

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H25 = heldout_sets.bench("heldout25")

marked_cast = functools.partial(heldout_sets.marked_cast, H25)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening (the split bill's scrim, the group banner's
# gradient): the marked face there is not white, so only the box's size and place are checked
DARKENED = {"bank_app", "faith_group"}


on_screen = functools.partial(heldout_sets.on_screen, "h25-test")  # a part of a layout alone on a screen


def press(cast: H25.Cast, seed: int, rally: float) -> list[float]:
    """The sizes of the faces counted on a news photo (``press_photo``, speakers of 50-160 px) in a
    rectangle 560 px high, a rally on ``rally`` of them."""
    return on_screen(H25.press_photo, cast, seed, (0, 300, WIDTH, 860), 50, 160, rally)[0].sizes


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H25.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H25, 2, 13)
    assert set(H25.ONCE) == {H25.digital_id, H25.bank_app}
    assert H25.HELDOUT25_SEED == 25252


@pytest.mark.parametrize("layout", H25.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H25.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H25, layout, *people_and_things, 251, "h25")


@pytest.mark.parametrize("layout", H25.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H25.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it; the ID's sheen lightens and its ghost keeps white the card's pale tint)."""
    heldout_sets.check_marked_boxes(H25, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: a rally's back rows, the council's staff, team photos and
    the group's banner and events carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H25,
        (H25.fundraiser, H25.faith_group, H25.town_hall),
        people_and_things,
        more=[lambda: press(H25.Cast(*people_and_things, random.Random(1)), 2, 1.0)],
    )


def test_a_face_under_live_captions_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """Live captions (a black band 96 px high, wider than the face) raised step by step over a face
    from below, as over a speaker's chin: the face counts while more than half of its box shows
    and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        top = round(box[3]) - 5 * k
        height = H25.caption_band(s.img, random.Random(k), round(box[0]) - 60, top, 400)
        hidden = max(0.0, min(top + height, box[3]) - max(top, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H25, people_and_things[1], cover)


def test_a_payees_face_sits_over_the_payers_lower_right_and_both_count() -> None:
    """``pair`` counts the payer's face (30-44 px) and, over its lower right, the payee's smaller
    one (18-26 px), whose ring takes a corner of the payer's avatar but not half its face; either
    may be initials (apps mix the two), never counted."""
    pairs = 0
    for seed in range(16):
        comp, width = on_screen(
            H25.pair, marked_cast(seed), seed, 100, 500, theme=("light", "dark")[seed % 2]
        )
        assert len(comp.faces) <= 2 and all(b[2] <= 100 + width + 1 for b in comp.faces), seed
        if len(comp.faces) < 2:
            continue
        pairs += 1
        (payer, big), (payee, little) = sorted(
            zip(comp.faces, comp.sizes, strict=True), key=lambda fs: -fs[1]
        )
        assert 29.5 <= big <= 44.5 and 18 <= little <= 26.5, (seed, comp.sizes)
        assert payee[0] > payer[0] and payee[1] > payer[1] and payee[2] > payer[2], (seed, comp.faces)
    assert pairs >= 5, pairs


def test_an_ids_portrait_and_its_tinted_ghost_are_counted() -> None:
    """``id_front`` counts the portrait (70-160 px) and the ghost copy printed in the card's tint at
    30-40 % of it, in the card's lower right, both under the sheen."""
    for seed in range(4):
        piece, faces = H25.id_front(marked_cast(seed), random.Random(seed), 1000, 630)
        assert len(faces) == 2, (seed, faces)
        portrait, ghost = sorted(faces, key=lambda b: -(b[2] - b[0]))
        ratio = (ghost[2] - ghost[0]) / (portrait[2] - portrait[0])
        assert 0.25 < ratio < 0.45 and ghost[0] > 500 and ghost[1] > 315 and portrait[0] < 400, (seed, faces)
        x1, y1, x2, y2 = (round(v) for v in ghost)
        tint = piece[y1:y2, x1:x2].astype(int)
        assert tint.mean() > 100 and np.ptp(tint.mean(axis=(0, 1))) > 0, (seed, "the ghost is not tinted")


def test_the_press_conferences_speaker_is_counted_behind_the_microphones(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """With no rally the news photo counts its speaker (50-160 px) over the lectern and under a
    cluster of microphones; with a rally it counts a crowd of many small faces."""
    for seed in range(4):
        sizes = press(marked_cast(seed), seed, 0.0)
        assert any(49.5 <= size <= 160.5 for size in sizes), (seed, sizes)
    sizes = press(H25.Cast(*people_and_things, random.Random(9)), 9, 1.0)
    assert len(sizes) >= 12 and max(sizes) < 45, sizes


def test_the_organiser_inside_the_progress_ring_is_counted() -> None:
    """The fundraiser's organiser (50-120 px) sits inside the raised share's ring, which is drawn
    round the photo, not over its face."""
    for seed in range(4):
        comp = H25.fundraiser(marked_cast(seed), random.Random(seed), "f")
        assert any(49.5 <= size <= 120.5 for size in comp.sizes), (seed, comp.sizes)


def test_the_candidates_and_the_top_traders_are_counted() -> None:
    """The voter guide counts each candidate cut out on a party gradient (50-150 px) in the upper
    cards; the community counts top traders (40-64 px) under their return chips."""
    for seed in range(3):
        comp = H25.candidates(marked_cast(seed), random.Random(seed), "c")
        cards = [size for b, size in zip(comp.faces, comp.sizes, strict=True) if b[3] < C.STATUS_H + 700]
        assert sum(49.5 <= size <= 150.5 for size in cards) >= 2, (seed, cards)
        comp, height = on_screen(H25.top_traders, marked_cast(seed), seed, 400, theme="dark")
        assert len(comp.faces) >= 6 and all(39.5 <= size <= 64.5 for size in comp.sizes), comp.sizes
        assert all(b[1] >= 400 and b[3] <= 400 + height for b in comp.faces)


def test_the_councils_members_sit_in_a_row_and_staff_behind_are_not_counted() -> None:
    """The dais counts four to eight members of one size (20-60 px) in one row across the chamber;
    the staff behind them (about half that size, under 18 px) are drawn and not counted."""
    for seed in range(6):
        comp, _ = on_screen(H25.dais, marked_cast(seed), seed, 0, 300, WIDTH, 600)
        assert 4 <= len(comp.faces) <= 8, (seed, comp.sizes)
        assert all(18 <= size <= 63 for size in comp.sizes), (seed, comp.sizes)
        rows = [(b[1] + b[3]) / 2 for b in comp.faces]
        assert max(rows) - min(rows) < max(comp.sizes) * 1.2, (seed, rows)
        assert max(b[3] for b in comp.faces) < 300 + 0.7 * 600, (seed, "a face under the desk")


def test_a_votes_faces_fill_its_three_columns() -> None:
    """A roll-call vote puts every counted face (18-26 px) in its column: yes, no or abstain, four
    to a row."""
    for seed in range(4):
        comp, bottom = on_screen(H25.vote_tally, marked_cast(seed), seed, 500, 1900)
        assert comp.faces and all(18 <= size <= 26.5 for size in comp.sizes), comp.sizes
        column = (WIDTH - 60) // 3
        for b in comp.faces:
            k = (b[0] - 30) // column
            assert 0 <= k < 3 and b[2] <= 30 + (k + 1) * column and b[3] <= bottom, (seed, b)


def test_a_donor_walls_faces_fill_its_cells_and_anonymous_hearts_are_not_faces() -> None:
    """A donor wall of two to four rows of six cells counts tiny faces (18-24 px) one to a cell at
    most; anonymous donors' hearts and initials take the rest."""
    for seed in range(4):
        rows = 2 + seed % 3
        comp, height = on_screen(H25.donor_wall, marked_cast(seed), seed, 400, rows)
        assert 0 < len(comp.faces) <= rows * 6 and all(18 <= size <= 24.5 for size in comp.sizes)
        cells = {
            (int((b[0] + b[2]) / 2 - 30) // ((WIDTH - 60) // 6), round((b[1] - 400) / (height / rows)))
            for b in comp.faces
        }
        assert len(cells) == len(comp.faces), (seed, comp.faces)


def test_a_rotas_volunteers_are_small_faces_and_empty_places_are_not() -> None:
    """A rota slot counts only its volunteers (18-24 px, right of the role); the dashed places
    still needed and the sign-up pill are never faces."""
    seen = 0
    for seed in range(12):
        comp, _ = on_screen(H25.rota_row, marked_cast(seed), seed, 600)
        assert len(comp.faces) <= 3 and all(18 <= size <= 24.5 for size in comp.sizes), comp.sizes
        assert all(b[0] >= 470 and b[1] >= 590 and b[3] <= 680 for b in comp.faces), comp.faces
        seen += len(comp.faces)
    assert seen >= 8, seen


@pytest.mark.parametrize("render", H25.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H25.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H25.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H25, "h25")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (a feed of avatar pairs, a donor wall,
    candidates' columns) count no face over more seeds."""
    for seed in (5, 9):
        heldout_sets.check_face_free(
            H25, (H25.p2p_feed, H25.fundraiser, H25.candidates), people_and_things[1], seed
        )


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H25, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h25")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 320
    faces (239, 56, 18 and 7 by size bucket, 271 under 40 px) and 13 face-free screens; over 60 %
    of the faces under 32 px."""
    heldout_sets.check_doc_round(H25, one_round, 320, [239, 56, 18, 7], 271)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    doc = " ".join(H25.__doc__.split())
    rows = re.findall(r"(\w+) (\d+) screens ([\d,]+) faces: (\d+), (\d+), (\d+), (\d+)", doc)
    assert [r[0] for r in rows] == [fn.__name__ for fn in H25.LAYOUTS]
    for name, screens, faces, *by_size in rows:
        assert int(screens) == 4 * H25.FACE_LAYOUTS.count(getattr(H25, name)), name
        assert int(faces.replace(",", "")) == sum(map(int, by_size)), name
    total = re.search(
        r"72 screens with ([\d,]+) faces \((\d+) under 32 px, (\d+) of 32-63, (\d+) of 64-127, (\d+)", doc
    )
    assert total, "the 4-rep totals are missing"
    stated = [int(v.replace(",", "")) for v in total.groups()]
    assert stated[0] == sum(stated[1:])
    assert [sum(int(r[k]) for r in rows) for k in (2, 3, 4, 5, 6)] == stated


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h25- and h25-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h25")
