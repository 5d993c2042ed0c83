"""The twenty-sixth blind held-out generator (bench/heldout26.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens it) and keeps
at least half of the face; that faces under 18 px are drawn and not counted; that a face under a
LIVE tag counts while half of it shows; that a party member's portrait counts inside its hexagon
under the level badge; that a "who's online" facepile runs down the page; that a backer wall puts
one face in a tile; that rosters, chat lines, reaction chips and tier rings hold the small faces
they promise; that gameplay never counts a face; that faded offline members stay counted; that the
creator on a thumbnail is counted; that the drawn things are reproducible; and that the whole set
is reproducible from its seed, draws every layout, every size of face and both light and dark
pages, matches the counts its docstring gives, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H26 = heldout_sets.bench("heldout26")

marked_cast = functools.partial(heldout_sets.marked_cast, H26)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening or a fade (the profile sheet's scrim, offline
# members): the marked face there is not white, so only the box's size and place are checked
DARKENED = {"server_members"}


on_screen = functools.partial(heldout_sets.on_screen, "h26-test")  # a part of a layout alone on a screen


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H26.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H26, 2, 13)
    assert set(H26.ONCE) == {H26.party_lobby, H26.creator_studio}
    assert H26.HELDOUT26_SEED == 26262


@pytest.mark.parametrize("layout", H26.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H26.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H26, layout, *people_and_things, 261, "h26")


@pytest.mark.parametrize("layout", H26.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H26.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H26, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the guild's banner, meetups' photos and the forum's
    photos carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H26, (H26.guild_hub,) * 4, people_and_things
    )


def test_a_face_under_a_live_tag_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A LIVE tag 120 px high and wider than the face raised step by step over it from below, as
    over a facecam's chin: the face counts while more than half of its box shows and not once
    less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        top = round(box[3]) - 5 * k
        x1, y1, x2, y2 = H26.tag(s.img, round(box[0]) - 60, top, "LIVE NOW", (40, 40, 220), 120)
        assert x1 < box[0] - 30 and x2 > box[2] + 30
        hidden = max(0.0, min(y2, box[3]) - max(y1, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H26, people_and_things[1], cover)


def test_a_party_members_portrait_counts_inside_its_hexagon_under_the_level_badge() -> None:
    """``hex_player`` counts one face (36-110 px wide, its box up to a third taller) inside the
    hexagon's square, on the white of the marked face, whatever rings, mics and badges it draws."""
    for seed in range(6):
        comp, _ = on_screen(
            H26.hex_player, marked_cast(seed), seed, 300, 500, 220, (40, 190, 245), theme="dark"
        )
        assert len(comp.faces) == 1, (seed, comp.faces)
        (x1, y1, x2, y2), size = comp.faces[0], comp.sizes[0]
        assert 35.5 <= size <= 150 and x1 >= 300 and x2 <= 520 and y1 >= 500 and y2 <= 720, (seed, size)
        heldout_sets.on_white(comp, seed, 0.5)


def test_the_hexagon_mask_is_a_hexagon() -> None:
    """The portrait frame's mask fills its middle and leaves the four corners of its square."""
    m = H26.hexagon(100, 100)
    assert m[50, 50] == 255 and m[50, 2] == 255 and m[2, 50] == 255
    assert not m[3, 3] and not m[3, 96] and not m[96, 3] and not m[96, 96]


def test_whos_online_runs_down_the_page_and_the_count_disc_is_no_face() -> None:
    """``column_pile`` counts its faces (28-44 px, up to 8 % less for some) one under the other in
    one column, the top of each under the one above (or the other way round) but half of each
    showing; the "+N" disc under them is never a face."""
    for seed in range(6):
        n = 3 + seed % 4
        comp, end = on_screen(
            H26.column_pile, marked_cast(seed), seed, 900, 400, n, (28, 44), (40, 40, 44), 12, theme="dark"
        )
        assert 2 <= len(comp.faces) <= n, (seed, comp.faces)
        assert all(25.5 <= size <= 60 for size in comp.sizes), comp.sizes
        assert all(b[0] >= 895 and b[2] <= 960 + 10 for b in comp.faces), comp.faces
        tops = sorted(b[1] for b in comp.faces)
        assert tops == sorted(set(tops)) and tops[-1] < end, (seed, tops, end)


def test_a_backer_wall_puts_at_most_one_face_in_a_tile() -> None:
    """``mosaic`` counts small faces (18-34 px; 36-60 px in the top backer's double tile) in square
    tiles that touch; no two counted faces share a tile and none spills out of the wall."""
    for seed in range(4):
        rows = 2 + seed % 2
        comp, height = on_screen(H26.mosaic, marked_cast(seed), seed, 700, rows)
        assert len(comp.faces) >= rows * 10, (seed, len(comp.faces))
        small = [s for s in comp.sizes if s < 35]
        assert len(small) >= len(comp.faces) - 1 and max(comp.sizes) <= 80, comp.sizes
        assert all(b[1] >= 700 and b[3] <= 700 + height for b in comp.faces)
        t = height // rows
        cells = {(round((b[0] + b[2]) / 2) // t, round((b[1] + b[3]) / 2 - 700) // t) for b in comp.faces}
        assert len(cells) == len(comp.faces), (seed, "two faces in one tile")


def test_a_roster_holds_five_small_faces_down_its_column() -> None:
    """``roster`` draws five players; its counted faces (18-30 px; initials on some) lie in its
    column, one a row."""
    for seed in range(6):
        comp, height = on_screen(
            H26.roster, marked_cast(seed), seed, 560, 300, 480, (200, 100, 40), theme="dark"
        )
        assert 1 <= len(comp.faces) <= 5 and all(18 <= s <= 40 for s in comp.sizes), comp.sizes
        assert all(b[0] >= 560 and b[2] <= 640 and b[3] <= 300 + height for b in comp.faces)
        assert len({round(b[1]) for b in comp.faces}) == len(comp.faces)


def test_chat_lines_start_with_emote_sized_faces() -> None:
    """``chat_lines`` counts only faces of 18-22 px (their boxes a little taller), each at a line's
    start, at most one a line."""
    seen = 0
    for seed in range(4):
        comp, _ = on_screen(H26.chat_lines, marked_cast(seed), seed, 600, 1400, theme="dark")
        assert all(18 <= s <= 30 for s in comp.sizes) and all(b[2] < 30 + 40 for b in comp.faces)
        assert len({round(b[1]) // 46 for b in comp.faces}) == len(comp.faces)
        seen += len(comp.faces)
    assert seen >= 20, seen


def test_a_reaction_chip_carries_who_reacted() -> None:
    """``reaction_pile`` counts two or three overlapping faces of 18-20 px inside its chip (the
    emoji and the "+N" disc are not faces)."""
    for seed in range(6):
        comp, right = on_screen(H26.reaction_pile, marked_cast(seed), seed, 100, 600, (230, 230, 230))
        assert 1 <= len(comp.faces) <= 3 and all(18 <= s <= 27 for s in comp.sizes), comp.sizes
        assert all(b[0] >= 200 and b[2] <= right and b[1] >= 600 and b[3] <= 652 for b in comp.faces)


def test_a_fans_face_counts_inside_its_tier_ring_and_crowns_are_not_faces() -> None:
    """``tier_ring`` counts the fan's face (20-30 px) inside the ring (or draws initials); the crown
    over the first three's top leaves it counted."""
    seen = 0
    for seed in range(8):
        comp, _ = on_screen(H26.tier_ring, marked_cast(seed), seed, 400, 500, 26.0, 32, 1 + seed % 5)
        assert len(comp.faces) <= 1 and all(22 <= s <= 36 for s in comp.sizes), comp.sizes
        seen += len(comp.faces)
    assert seen >= 4, seen


def test_gameplay_never_counts_a_face(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """``game_frame`` draws a game (a drawn level or a graded thing under a HUD): with a cast of
    people it still counts no face, and it fills its rectangle."""
    for seed in range(6):
        cast = H26.Cast(*people_and_things, random.Random(seed))
        comp, _ = on_screen(H26.game_frame, cast, seed, (0, 300, WIDTH // 2, 600), theme="dark")
        assert not comp.faces
        assert np.ptp(comp.image[300:600, : WIDTH // 2].reshape(-1, 3), axis=0).max() > 60


def test_offline_members_faded_out_stay_counted() -> None:
    """A member's row (``member_row``: 28-40 px faces) under the drawer's fade to 45-60 % is still
    counted, its face paler than before."""
    seen = 0
    for seed in range(4):
        s = H2.Screen.new(random.Random(seed), "s", "h26-test", "dark")
        cast, rng = marked_cast(seed), random.Random(seed)
        y = 400
        for _ in range(5):
            y += H26.member_row(cast, rng, s, 500, y, (50, 50, 54), "off")
        before = len(s.comp.faces)
        H26.H5.scrim(s, (480, 400, WIDTH, y), 0.5, (50, 50, 54))
        comp = s.finish()
        assert len(comp.faces) == before, (seed, before, comp.faces)
        assert all(27.5 <= size <= 52 for size in comp.sizes), comp.sizes
        for box in comp.faces:
            x1, y1, x2, y2 = (round(v) for v in box)
            assert comp.image[y1:y2, x1:x2].mean() < 200, (seed, "not faded")
        seen += before
    assert seen >= 8, seen


def test_the_creator_on_a_thumbnail_is_counted() -> None:
    """``thumbnail`` counts the creator cut out at one side (50-180 px wide) under the huge words
    at the other, inside the thumbnail."""
    for seed in range(4):
        comp, _ = on_screen(H26.thumbnail, marked_cast(seed), seed, 30, 300, WIDTH - 60, 574, 50, 180)
        assert any(49.5 <= s <= 260 for s in comp.sizes), (seed, comp.sizes)
        assert all(b[0] >= 30 and b[2] <= WIDTH - 30 and b[1] >= 300 and b[3] <= 874 for b in comp.faces)


@pytest.mark.parametrize("render", H26.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H26.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H26.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H26, "h26")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (hexagonal portraits, a wall of square tiles,
    a facepile on end) count no face over more seeds."""
    assert H26.FREE_LAYOUTS[10:] == (H26.party_lobby, H26.backer_wall, H26.guild_hub)
    for seed in (5, 9):
        heldout_sets.check_face_free(H26, H26.FREE_LAYOUTS[10:], people_and_things[1], seed)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H26, people_and_things[1], 300, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h26")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 398
    faces (342, 35, 15 and 6 by size bucket, 355 under 40 px) and 13 face-free screens; over 60 %
    of the faces under 32 px."""
    heldout_sets.check_doc_round(H26, one_round, 398, [342, 35, 15, 6], 355)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    heldout_sets.check_doc_table(H26)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h26- and h26-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h26")
