"""The twenty-eighth blind held-out generator (bench/heldout28.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens or tints it)
and keeps at least half of the face; that faces under 18 px are drawn and not counted; that a face
under a name label counts while half of it shows; that a flash, a club's coloured light and a
replay's motion blur leave a face counted; that a timeline's events keep their faces on their
team's side of the spine; that a draft cell, a squad card and a timing row hold at most one face
each, inside them; that friends' pins stay on the venue map; that a bout's corners face each other;
that artists, club-night photos and events keep their faces inside their frames; that the drawn
things are reproducible; and that the whole set is reproducible from its seed, draws every layout,
every size of face and both light and dark pages, matches the counts its docstring gives, and
leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H28 = heldout_sets.bench("heldout28")

marked_cast = functools.partial(heldout_sets.marked_cast, H28)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening, a tint or a blur (the news hero's band, artists'
# name bands, the club's light and flash, a replay's motion blur): the marked face there is not
# plain white, so only the box's size and place are checked
DARKENED = {"match_timeline", "club_news", "night_gallery", "event_discovery", "festival_artists"}


on_screen = functools.partial(heldout_sets.on_screen, "h28-test")  # a part of a layout alone on a screen


def inside(comp: C.Composite, rect: tuple[float, float, float, float]) -> bool:
    """Every counted box of ``comp`` lies in ``rect`` (x1, y1, x2, y2)."""
    return all(
        b[0] >= rect[0] and b[1] >= rect[1] and b[2] <= rect[2] and b[3] <= rect[3] for b in comp.faces
    )


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H28.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H28, 2, 13)
    assert set(H28.ONCE) == {H28.match_timeline, H28.stadium_app}
    assert H28.HELDOUT28_SEED == 28282


@pytest.mark.parametrize("layout", H28.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H28.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H28, layout, *people_and_things, 281, "h28")


@pytest.mark.parametrize("layout", H28.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H28.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens, tints or blurs it)."""
    heldout_sets.check_marked_boxes(H28, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the team photo's back row carries faces under 18 px, and
    no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H28, (H28.league_team,) * 6, people_and_things
    )


def test_a_face_under_a_name_label_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A "FAN OF THE MATCH" label 120 px high and wider than the face raised step by step over it
    from below, as over a big screen's foot: the face counts while more than half of its box shows
    and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        bottom = round(box[3]) + 120 - 5 * k
        x1, y1, x2, y2 = H28.name_label(s.img, "FAN OF THE MATCH", round(box[0]) - 60, bottom, 120)
        assert x1 < box[0] - 30 and x2 > box[2] + 30
        hidden = max(0.0, min(y2, box[3]) - max(y1, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H28, people_and_things[1], cover)


@pytest.mark.parametrize("light", ["flash", "club_light", "motion_blur"])
def test_flash_club_light_and_motion_blur_leave_a_face_counted(light: str) -> None:
    """A plain face in an avatar redrawn under a party flash, a club's coloured light or a replay's
    motion blur (``heldout10.redrawn``) stays counted, its box unchanged, its pixels changed."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h28-test", "dark")
        H28.Cast([heldout_sets.plain_face()], [], random.Random(seed)).avatar(
            s, 300, 500, 80.0, 140, "square"
        )
        before = s.img[500:640, 300:440].copy()
        box = s.comp.faces[0]
        look = {
            "flash": H28.flash(random.Random(seed), 200, 200),
            "club_light": H28.club_light(random.Random(seed), 200, 200),
            "motion_blur": H28.H10.motion_blur(11, 10.0),
        }[light]
        H28.H10.redrawn(s, (270, 470, 470, 670), look)
        assert not np.array_equal(before, s.img[500:640, 300:440]), light
        comp = s.finish()
        assert comp.faces == [box], (light, seed, comp.faces)


def test_a_timeline_event_keeps_its_faces_on_its_teams_side_of_the_spine() -> None:
    """``timeline_event`` puts the home side's goals, bookings and substitutions left of the spine
    and the away side's right of it, each face 18-40 px (boxes up to a fifth taller)."""
    seen = 0
    for seed in range(12):
        home = seed % 2 == 0
        comp, height = on_screen(H28.timeline_event, marked_cast(seed), seed, 600, home, (40, 40, 200))
        side = (0, 600, WIDTH // 2, 600 + height) if home else (WIDTH // 2, 600, WIDTH, 600 + height)
        assert inside(comp, side), (seed, home, comp.faces)
        assert all(18 <= s <= 48 for s in comp.sizes), comp.sizes
        seen += len(comp.faces)
    assert seen >= 10, seen


def test_a_draft_cell_holds_at_most_one_small_face_inside_it() -> None:
    """``draft_cell`` counts the picked player's 18-26 px face (none for a defence's crest or
    initials) inside its cell."""
    seen = 0
    for seed in range(10):
        comp, _ = on_screen(H28.draft_cell, marked_cast(seed), seed, 300, 700, 140, 120, theme="dark")
        assert len(comp.faces) <= 1 and all(18 <= s <= 32 for s in comp.sizes), comp.sizes
        assert inside(comp, (300, 700, 440, 820)), comp.faces
        seen += len(comp.faces)
    assert seen >= 5, seen


def test_friends_pins_stay_on_the_venue_map() -> None:
    """``venue_map`` counts two to five friends' faces (18-28 px) in pins over its sections, all on
    the map."""
    for seed in range(4):
        comp, _ = on_screen(H28.venue_map, marked_cast(seed), seed, 30, 600, WIDTH - 60, 420)
        assert len(comp.faces) <= 5 and all(18 <= s <= 36 for s in comp.sizes), comp.sizes
        assert inside(comp, (30, 560, WIDTH - 30, 1020)), comp.faces


def test_a_timing_row_holds_the_drivers_small_face_in_its_band() -> None:
    """``timing_row`` counts the driver's 18-28 px face (or draws initials) in its row's band,
    right of the position and the team's bar."""
    seen = 0
    for seed in range(10):
        comp, _ = on_screen(H28.timing_row, marked_cast(seed), seed, 800, 56, 1 + seed, (30, 30, 30))
        assert len(comp.faces) <= 1 and all(18 <= s <= 36 for s in comp.sizes), comp.sizes
        assert inside(comp, (100, 800, 150, 856)), comp.faces
        seen += len(comp.faces)
    assert seen >= 5, seen


def test_a_bouts_corners_face_each_other_across_the_row() -> None:
    """``fighter_row`` counts the red corner's face at the left and the blue corner's at the right
    (``lo``-``hi`` px), and friends' picks (18-22 px) under the left one on some."""
    for seed in range(6):
        comp, height = on_screen(H28.fighter_row, marked_cast(seed), seed, 500, 36.0, 60.0, theme="dark")
        big = [b for b, s in zip(comp.faces, comp.sizes, strict=True) if s >= 33]
        assert len(big) == 2 and all(s <= 80 for s in comp.sizes), (seed, comp.sizes)
        xs = sorted((b[0] + b[2]) / 2 for b in big)
        assert xs[0] < 200 and xs[1] > WIDTH - 200, xs
        assert inside(comp, (30, 500, WIDTH - 30, 500 + height)), comp.faces


def test_a_squad_card_counts_one_face_above_its_name_band() -> None:
    """``squad_card`` counts one player's face (26-34 % of the card's width) above the name band
    along its foot."""
    for seed in range(6):
        comp, _ = on_screen(H28.squad_card, marked_cast(seed), seed, 200, 400, 170, 220, (150, 60, 40))
        assert len(comp.faces) == 1 and 40 <= comp.sizes[0] <= 62, comp.sizes
        assert inside(comp, (200, 400, 370, 590)), comp.faces


def test_an_artist_tile_keeps_its_portrait_in_the_square() -> None:
    """``artist_tile`` counts the artist (22 % to 40 % of the tile, at most ``hi``) inside its
    square, besides friends going (18-22 px) over its lower left on some."""
    for seed in range(6):
        comp, _ = on_screen(H28.artist_tile, marked_cast(seed), seed, 30, 500, 500, 210.0)
        assert any(100 <= s <= 210 for s in comp.sizes), (seed, comp.sizes)
        assert inside(comp, (30, 500, 530, 1000)), comp.faces


def test_club_night_photos_and_events_keep_their_faces_in_their_frames(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """``night_tile`` (party photos, faces up to 140 px, lit by flash or coloured light) and
    ``event_row`` (a flyer and who is going) count faces only inside what they draw."""
    faces = 0
    for seed in range(6):
        cast = H28.Cast(*people_and_things, random.Random(seed))
        comp, _ = on_screen(H28.night_tile, cast, seed, 30, 400, 520, 600, theme="dark")
        assert inside(comp, (30, 400, 550, 1000)) and all(s <= 160 for s in comp.sizes), comp.faces
        comp2, height = on_screen(H28.event_row, cast, seed, 800, theme="dark")
        assert inside(comp2, (30, 800, WIDTH, 800 + height)), comp2.faces
        faces += len(comp.faces) + len(comp2.faces)
    assert faces >= 12, faces


@pytest.mark.parametrize("render", H28.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H28.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H28.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H28, "h28")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (a board of small cells, seats and pins, a
    gallery of party photos) count no face over more seeds."""
    assert H28.FREE_LAYOUTS[10:] == (H28.draft_board, H28.stadium_app, H28.night_gallery)
    for seed in (5, 9):
        heldout_sets.check_face_free(H28, H28.FREE_LAYOUTS[10:], people_and_things[1], seed)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H28, people_and_things[1], 300, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h28")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with
    377 faces (269, 68, 28 and 12 by size bucket, 298 under 40 px) and 13 face-free screens; over
    60 % of the faces under 32 px."""
    heldout_sets.check_doc_round(H28, one_round, 377, [269, 68, 28, 12], 298)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    heldout_sets.check_doc_table(H28)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h28- and h28-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h28")
