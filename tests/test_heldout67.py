"""bench/heldout67.py, the sixty-seventh blind held-out set (sparse screens again, on other apps: one
small face, or two far apart, on a video call waiting for others, a ride's driver card, a food
order's tracker, a bank's payees, a job's listing, a marketplace listing, a dating app's new match,
a fitness leaderboard, a news article's byline and a phone's recent calls): tests of the faces it
annotates. No detector runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, each six times a round, and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes; the set is sparse: every screen of people counts
one face or two, two far apart, and most count one; an avatar's square holds one face and a
face-free cast's stand-ins count none; each part (a self view, a driver's card, a courier's row, a
payee's row, a seller's row, a leaderboard's row, a recent call) counts one face of its size in its
place or none; a self view dragged past the right side and a swiped call cut their faces by the
screen's edge on some, still counted; the stars and buttons draw only inside their places; faces
under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats from its
seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H67 = heldout_sets.bench("heldout67")

sized, inside = heldout_sets.sized, heldout_sets.inside

# this set's parts drawn alone with the marked face (or another, or no person)
part, one_in, _greyed_some, _past_the_edge = heldout_sets.set_parts(H67, "h67")
one_round = heldout_sets.round_fixture(H67)  # round one at the seed, drawn once for the module
WIDTH = H67.WIDTH


def test_ten_layouts_six_times_a_round_and_the_seed() -> None:
    """Ten layouts, each drawn with people six times a round, thirteen face-free screens a round;
    the seed is 67676 unless ``HELDOUT67_SEED`` names another."""
    heldout_sets.check_rounds(H67, 0, 13, each=6)
    assert H67.EACH == 6 and len(H67.FACE_LAYOUTS) == 60
    heldout_sets.check_seed(H67, 67676)


def test_the_seed_redraws_the_set_another_draws_other_screens_and_no_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT67_SEED`` the set opens again on the round's first screens (a video call, a
    ride, an order's tracker and payees), with over 60 faces a round; given two_people.jpg alone its
    first screens count no face; drawn from another seed, its first screen (a video call) differs
    from the default seed's in its faces and pixels."""
    free = people_and_things[1]
    heldout_sets.check_generate(H67, free, 60, one_round)
    heldout_sets.check_another_seed(H67, free, "h67-call")


@pytest.mark.parametrize("layout", H67.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white."""
    heldout_sets.check_marked_boxes(H67, layout)


@pytest.mark.parametrize("render", H67.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A sofa in a room, a takeaway box on a counter and a road at night are drawn at any size
    asked, alike from one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H67.H11.render(rng, w, h, (render,)))


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """The round drawn once (heldout_sets' ``check_lifted_round``): heldout2's ``check`` passes on
    each screen, JPEG quality 30-60, lifted to 40, light pages and dark ones, a face under 32 px on
    each layout's screens of people, none on the face-free ones, which end on the lookalikes (a
    video call, a ride and recent calls with things in the people's places), and this set's things
    in the face-free cast; no face counted under 18 px."""
    heldout_sets.check_lifted_round(H67, one_round, "h67", ["call", "ride", "calls"])
    heldout_sets.check_large_faces(one_round, {})


def test_the_set_is_sparse_one_face_or_two_far_apart(one_round: list[C.Composite]) -> None:
    """Every screen of people counts one face or two (never more), two lie 150 px or more apart
    (centre to centre), and most screens (over 60 %) count one; the face-free screens count none."""
    heldout_sets.check_sparse(one_round, 60)


def test_an_avatar_holds_one_face_and_a_face_free_cast_none() -> None:
    """This set's cast (heldout66's ``solo``) passes over a photo whose face has a neighbour in its
    square: cast with two faces side by side and the marked face alone, each avatar counts one face,
    18 px or more, whatever its shape; cast without people (heldout2's face-free photos), none."""
    heldout_sets.check_solo(H67, "h67")


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Job listings ("People you know here": a 13-24 px face on some), then avatars asked for at
    12-17 px alone, draw some face under 18 px and count none."""
    more = heldout_sets.tiny_solos(H67, "h67", people_and_things)
    layouts = [H67.job_listing] * 6
    heldout_sets.check_small_faces_drawn_not_counted(monkeypatch, H67, layouts, people_and_things, more)


def test_a_self_view_and_one_past_the_right_side() -> None:
    """``self_view`` counts the user's 20-44 px face in its tile above the y given, at the right;
    dragged past the screen's right side the face is cut by the edge and still counted, on some
    seeds."""
    cut = 0
    for seed in range(10):
        _comp, side, found = part(H67.self_view, seed, 1500, False)
        assert len(found) == 1 and sized(found, 20, 44), found
        assert inside(found, WIDTH - 40 - side, 1500 - side, WIDTH - 40, 1500), (found, side)
        _comp, side, found = part(H67.self_view, seed, 1500, True)
        assert len(found) == 1 and inside(found, WIDTH - side, 1500 - side, WIDTH, 1500), found
        cut += heldout_sets.cut_at_right(found)
    assert cut >= 1, cut


def test_a_drivers_card_a_couriers_row_and_a_sellers_row() -> None:
    """``driver_card`` (200 px) counts the driver's 22-48 px face at its left; ``courier_row`` (120
    px) one 18-30 px face; ``seller_row`` (110 px) one 18-28 px face."""
    for seed in range(8):
        _comp, height, found = part(H67.driver_card, seed, 500)
        assert height == 200 and len(found) == 1 and sized(found, 22, 48), found
        assert inside(found, 40, 500, 140, 700), found
        _comp, height, found = part(H67.courier_row, seed, 500, "Your courier")
        assert height == 120 and len(found) == 1 and sized(found, 18.3, 30), found
        assert inside(found, 30, 500, 90, 620), found
        _comp, height, found = part(H67.seller_row, seed, 500)
        assert height == 110 and len(found) == 1 and sized(found, 18.3, 28), found
        assert inside(found, 30, 500, 90, 610), found


def test_a_payees_row_a_leaderboards_row_and_a_recent_call() -> None:
    """``payee_row`` (110 px) counts one 20-32 px face with ``photo``, none without (initials);
    ``board_row`` (104 px) one 18-30 px face with ``photo``, none without; ``call_row`` (112 px) one
    20-32 px face with ``photo``, none without, and swiped, on some seeds, its face cut by the
    screen's left edge and counted."""
    cut = 0
    for seed in range(10):
        _comp, height, found = part(H67.payee_row, seed, 500, True)
        assert height == 110 and len(found) == 1 and sized(found, 20, 32) and inside(found, 30, 500, 110, 610)
        assert not part(H67.payee_row, seed, 500, False)[2]
        _comp, height, found = part(H67.board_row, seed, 500, 3, True, True)
        assert (
            height == 104 and len(found) == 1 and sized(found, 18.3, 30) and inside(found, 90, 500, 170, 604)
        )
        assert not part(H67.board_row, seed, 500, 3, False, False)[2]
        _comp, height, found = part(H67.call_row, seed, 500, True, False)
        assert height == 112 and len(found) == 1 and sized(found, 20, 32) and inside(found, 20, 500, 90, 612)
        assert not part(H67.call_row, seed, 500, False, False)[2]
        _comp, _height, found = part(H67.call_row, seed, 500, True, True)
        assert len(found) == 1 and inside(found, 0, 500, 60, 612), found
        cut += found[0][0][0] == 0 and found[0][1] - (found[0][0][2] - found[0][0][0]) > 2
    assert cut >= 1, cut


def test_stars_and_buttons_draw_only_inside_their_places() -> None:
    """Five stars of radius 10 from (100, 100) draw inside their row, and a button inside its 90 px
    high card (its anti-aliased rim a pixel or two past it)."""

    cases = [
        (lambda img: H67.stars(img, 100, 100, 5, 10, (200, 200, 200)), (89, 89, 100 + 4 * 26 + 11, 111)),
        (lambda img: H67.button(img, 50, 60, 300, "Call", (200, 60, 60)), (48, 57, 352, 152)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and every layout marks its
    screen face-free and counts none."""
    parts = [
        (H67.self_view, (1500, True)), (H67.driver_card, (500,)), (H67.courier_row, (500, "Your courier")),
        (H67.payee_row, (500, True)), (H67.seller_row, (500,)), (H67.board_row, (500, 3, True, True)),
        (H67.call_row, (500, True, True)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)
    for layout in H67.LAYOUTS:
        comp = layout(H67.Cast([], heldout_sets.DARK, random.Random(3)), random.Random(4), "f")
        assert not comp.faces and "-noface-" in comp.kind, layout.__name__


@heldout_sets.default_seed_only(H67)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 77 faces on 60 screens (65 under 32 px,
    9 of 32-63, 2 of 64-127, 1 of 128 or more; 69 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h67- and h67-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H67, one_round, "h67", 77, [65, 9, 2, 1], 69)
