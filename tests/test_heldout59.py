"""bench/heldout59.py, the fifty-ninth blind held-out set (bowling leagues, beekeeping associations,
photography clubs, fencing clubs): tests of the faces it annotates. No detector runs here; the set is
scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the photo critique and
the fencer's licence promise; each part (a league night's photo and standings; a scoresheet's
bowlers, match and frames; a beekeepers' club's photo, mentors, beekeeper of the month and swarm
collectors; an inspection day's photo and hives; a honey show's podium, best in show and classes; a
photo walk's route, leader, walkers and shots; a critique's judge, members and comments; a contact
sheet's strips; a fencing pool's referee, sheet and pistes; a licence's card, chart, clubmates and
competitions) counts faces of its sizes inside its bounds, and with a face-free cast none;
collectors away are faded, a black-and-white sheet grey; the bowlers tonight and the mentors are
cut by the right edge on some; the marks draw only inside their places and the looks keep faces
light; faces under 18 px are drawn and never counted; the drawn things are reproducible; the set
repeats from its seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H59 = heldout_sets.bench("heldout59")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H59, "h59")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H59)  # round one at the seed, drawn once for the module


def strip(tone: Any) -> Callable[..., int]:
    """``film_strip`` through ``tone`` (none, black and white, sepia), called as a set's parts are."""
    return lambda cast, rng, s, y: H59.film_strip(cast, rng, s, y, tone)


def one_size(found: list[tuple[C.BoxF, float]]) -> bool:
    """Every face in ``found`` is drawn at one size (a row's, a team's, a column's)."""
    return len({round(z, 3) for _b, z in found}) <= 1


def test_ten_layouts_the_critique_and_the_licence_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the photo critique and the fencer's
    licence (once), thirteen face-free screens a round; the seed is 59595 unless ``HELDOUT59_SEED``
    names another."""
    heldout_sets.check_rounds(H59, 2, 13)
    assert (H59.critique_call, H59.fencer_licence) == H59.ONCE
    heldout_sets.check_seed(H59, 59595)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a league night) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H59, people_and_things[1], "h59-league")


@pytest.mark.parametrize("layout", H59.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greys, black light, smoke, sepia, fades and the
    bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H59, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the contact sheet, the pool and the honey show, with things in the people's
    places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H59, one_round, "h59", ["contact", "pool", "honeyshow"])


def test_the_critique_and_the_licence_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The photo critique counts a face of 100 px or more (the judge), the fencer's licence one of
    110 px or more (the fencer), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h59-critique": 100, "h59-licence": 110})


def test_a_league_nights_photo_and_standings() -> None:
    """``alley_hero`` (460 px) counts faces inside its photo only, none over 52 px give or take a
    figure's tenth, some on every seed; ``standings_row`` (92 px) up to three 20-26 px faces side
    by side, one size a team."""
    for seed in range(8):
        assert photo(H59.alley_hero, seed, 300, 460, 52)
        _comp, height, found = part(H59.standings_row, seed, 500, seed % 3)
        assert height == 92 and len(found) <= 3 and sized(found, 20, 26) and one_size(found)
        assert inside(found, 80, 520, 190, 556), found


def test_a_scoresheets_bowlers_match_and_frames() -> None:
    """``on_lanes`` counts four or more 34-46 px faces in a row under its heading, on some seeds the
    last cut by the screen's edge; ``match_header`` (130 px) none; ``frame_row`` (90 px) one 22-30
    px face or none, bowling or not."""
    cut = 0
    for seed in range(8):
        cut += past_the_edge(H59.on_lanes, seed, (34, 46))
        _comp, height, found = part(no_cast(H59.match_header), seed, 300)
        assert height == 130 and not found
    assert cut >= 1, cut
    one_in(H59.frame_row, 90, (22, 30), (30, 64), 5, False)
    one_in(H59.frame_row, 90, (22, 30), (30, 64), 5, True)


def test_a_beekeepers_clubs_photo_mentors_feature_and_collectors() -> None:
    """``apiary_hero`` (440 px) counts faces inside its photo only, none over 48 px give or take a
    figure's tenth, some on every seed; ``mentors`` four or more 34-46 px faces, on some seeds the
    last cut by the edge; ``beekeeper_feature`` (290 px) the beekeeper's 60-110 px face inside the
    portrait at the right; ``swarm_row`` (80 px) one 20-26 px face or none."""
    cut = 0
    for seed in range(8):
        assert photo(H59.apiary_hero, seed, 300, 440, 48)
        cut += past_the_edge(H59.mentors, seed, (34, 46))
        _comp, height, found = part(H59.beekeeper_feature, seed, 300)
        assert height == 290 and len(found) == 1 and sized(found, 60, 110)
        assert inside(found, H59.WIDTH - 264, 312, H59.WIDTH - 64, 552), found
    assert cut >= 1, cut
    one_in(H59.swarm_row, 80, (20, 26), (30, 60), 5)


def test_collectors_away_are_faded() -> None:
    """Over the seeds ``swarm_row`` fades some collectors who are away toward the page and keeps the
    others in colour."""
    grey, kept = greyed_some(H59.swarm_row, 40, 300)
    assert grey >= 2 and kept >= 20, (grey, kept)


def test_an_inspection_days_photo_and_hives() -> None:
    """``inspection_photo`` counts faces inside its card only, none over 40 px give or take a
    figure's tenth, some on every seed; ``hive_row`` (130 px) the inspector's 22-28 px face or none
    and up to three 18-22 px helpers in a stack at the right."""
    helped = 0
    for seed in range(8):
        _comp, height, found = part(H59.inspection_photo, seed, 300)
        assert 370 <= height <= 500 and found and inside(found, 0, 300, RIGHT, 300 + height)
        assert all(18 <= z <= 40 * 1.1 + 0.5 for _b, z in found), found
        helpers = (H59.WIDTH - 260, 56, 880, 84)
        helped += heldout_sets.face_and_stack(
            part, H59.hive_row, seed, 130, (22, 28), (330, 20, 362, 52), helpers
        )
    assert helped >= 5, helped


def test_a_honey_shows_podium_best_in_show_and_classes() -> None:
    """``podium`` (320 px) counts three 40-56 px faces, one a step; ``best_in_show`` (300 px) the
    winner's 60-110 px face inside the portrait; ``class_row`` (104 px) the winner's 20-26 px face
    or none and one to three 18-22 px runners-up at the right."""
    for seed in range(8):
        _comp, height, found = part(H59.podium, seed, 300)
        assert (
            height == 320 and len(found) == 3 and sized(found, 40, 56) and inside(found, 180, 300, 900, 502)
        )
        assert sorted(b[0] // 300 for b, _z in found) == [0, 1, 2], found
        _comp, height, found = part(H59.best_in_show, seed, 300)
        assert (
            height == 300 and len(found) == 1 and sized(found, 60, 110) and inside(found, 34, 314, 254, 564)
        )
        runners = (H59.WIDTH - 260, 36, 880, 64)
        assert heldout_sets.face_and_stack(
            part, H59.class_row, seed, 104, (20, 26), (470, 28, 500, 58), runners
        )


def test_a_photo_walks_route_leader_walkers_and_shots() -> None:
    """``walk_card`` (300 px) counts no face; ``leader_row`` (140 px) the leader's 40-56 px face;
    ``walkers_row`` (110 px) one to nine 20-26 px faces in a stack at the left; ``shots_pair`` (the
    photos' height and 80 px) faces inside its row only, the makers' two on most seeds."""
    makers = 0
    for seed in range(8):
        _comp, height, found = part(no_cast(H59.walk_card), seed, 300)
        assert height == 300 and not found
        _comp, height, found = part(H59.walkers_row, seed, 300)
        assert (
            height == 110
            and 1 <= len(found) <= 9
            and sized(found, 20, 26)
            and inside(found, 30, 340, 300, 380)
        )
        _comp, height, found = part(H59.shots_pair, seed, 300)
        assert 360 <= height < 440 and inside(found, 20, 300, 1060, 300 + height)
        assert all(z >= 18 for _b, z in found), found
        makers += sum(b[1] >= 300 + height - 80 for b, _z in found) == 2
    assert makers >= 5, makers
    one_in(H59.leader_row, 140, (40, 56), (40, 100), 8)


def test_a_critiques_judge_members_and_comments() -> None:
    """``judge_tile`` (476-555 px) counts the judge's 100-230 px face inside the camera at the right
    (520 px wide); ``critique_grid`` (two rows of four or three of three) faces inside the grid,
    two or more on most seeds; ``critique_bar`` (110 px) none; ``critique_comment`` (88 px) one
    20-26 px face or none."""
    grids = 0
    for seed in range(8):
        _comp, height, found = part(H59.judge_tile, seed, 200)
        assert 476 <= height < 556 and len(found) == 1 and sized(found, 100, 230)
        assert inside(found, 540, 200, 1060, 200 + height - 16), found
        _comp, height, found = part(H59.critique_grid, seed, 800)
        assert height in (408, 805) and inside(found, 20, 800, RIGHT - 20, 800 + height - 20)
        grids += len(found) >= 2
        _comp, height, found = part(no_cast(H59.critique_bar), seed, 300)
        assert height == 110 and not found
    assert grids >= 6, grids
    one_in(H59.critique_comment, 88, (20, 26), (30, 66), 5)


def test_a_contact_sheets_strips_and_head() -> None:
    """``film_strip`` (230 px) counts faces inside its four frames only, 18 px or more, some on most
    seeds; ``sheet_header`` (80 px) none."""
    faced = 0
    for seed in range(8):
        _comp, height, found = part(strip(None), seed, 300)
        assert height == 230 and inside(found, 30, 325, 30 + 3 * 258 + 240, 495), found
        assert all(18 <= z <= 170 for _b, z in found), found
        faced += bool(found)
        _comp, height, found = part(no_cast(H59.sheet_header), seed, 300)
        assert height == 80 and not found
    assert faced >= 6, faced


def test_a_black_and_white_sheet_is_grey() -> None:
    """Through heldout10's ``greyed`` every face of a strip comes out grey; with no tone the faces
    keep their colour."""
    grey, kept = greyed_some(strip(H59.H10.greyed), 6, 300)
    assert grey >= 4 and not kept, (grey, kept)
    grey, kept = greyed_some(strip(None), 6, 300)
    assert kept >= 4 and not grey, (grey, kept)


def test_a_fencing_pools_referee_sheet_and_pistes() -> None:
    """``referee_card`` (130 px) counts the referee's 32-40 px face; ``pool_sheet`` (60 px, 64 a
    fencer and 24) five to seven 22-28 px faces down its side (one size) and up to seven 18-22 px
    faces across its top (one size); ``piste_row`` (104 px) up to two 22-28 px faces."""
    for seed in range(8):
        _comp, height, found = part(H59.pool_sheet, seed, 300)
        n = (height - 84) // H59.POOL_ROW
        assert 5 <= n <= 7 and height == 84 + n * H59.POOL_ROW
        side = [(b, z) for b, z in found if b[0] < H59.POOL_X]
        top = [(b, z) for b, z in found if b[0] >= H59.POOL_X]
        assert (
            len(side) <= n
            and sized(side, 22, 28)
            and one_size(side)
            and inside(side, 30, 360, 70, 300 + height)
        )
        assert len(side) >= n - 2 and len(top) >= n - 2, found
        assert (
            len(top) <= n
            and sized(top, 18.3, 22)
            and one_size(top)
            and inside(top, H59.POOL_X, 312, RIGHT, 340)
        )
        _comp, height, found = part(H59.piste_row, seed, 500)
        assert height == 104 and len(found) <= 2 and sized(found, 22, 28)
        assert inside(found, 120, 516, H59.WIDTH - 120, 550), found
    one_in(H59.referee_card, 130, (32, 40), (40, 84), 8)


def test_a_licences_card_chart_clubmates_and_competitions() -> None:
    """``licence_card`` counts the fencer's 110-240 px face (or none, hidden past the photo's side)
    inside the photo at the card's right; ``points_chart`` (240 px) none; ``clubmates`` (220 px) up
    to eight 22-28 px faces, one size for all; ``comp_slot`` (96 px) the coach's 24-30 px face or
    none."""
    fencers = 0
    for seed in range(8):
        fencers += heldout_sets.photo_card(part, H59.licence_card, seed, (610, 1030))
        _comp, height, found = part(no_cast(H59.points_chart), seed, 300)
        assert height == 240 and not found
        _comp, height, found = part(H59.clubmates, seed, 300)
        assert height == 220 and len(found) <= 8 and sized(found, 22, 28) and one_size(found)
        assert inside(found, 30, 350, 30 + 3 * 250 + 40, 470), found
    assert fencers >= 6, fencers
    one_in(H59.comp_slot, 96, (24, 30), (H59.WIDTH - 430, H59.WIDTH - 390), 5)


def test_marks_draw_only_inside_their_places() -> None:
    """A pin's, a comb's, a lens's and a blade's badge, a pin, a jar of honey and a hive draw inside
    their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (lambda img: H59.pin_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H59.comb_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H59.lens_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H59.blade_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H59.pin(img, 100, 150, 20, 60, (40, 40, 200)), (89, 89, 111, 151)),
        (lambda img: H59.honey_jar(img, 50, 100, 40, 60, H59.HONEY), (50, 100, 89, 159)),
        (lambda img: H59.hive_box(img, 50, 100, 70, 100, 3, (200, 220, 230)), (50, 100, 119, 199)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_coloured_as_they_say() -> None:
    """The black light turns a white face violet (green cut, blue kept), smoke pales a dark one
    toward grey, sepia browns a white one (blue below red); all leave a white face light and the
    picture's size as it was."""
    white = np.full((4, 6, 3), 240, np.uint8)
    violet, pale, brown = H59.cosmic(0.8)(white), H59.smoke(0.4)(white), H59.sepia(white)
    assert violet.shape == pale.shape == brown.shape == white.shape
    assert violet[..., 1].max() < 180 and violet[..., 0].min() >= 239 and violet.mean() > 190
    assert pale.mean() > 200 and H59.smoke(0.4)(np.zeros((2, 2, 3), np.uint8)).min() >= 79
    assert brown[..., 0].max() < brown[..., 2].min() and brown.mean() > 200


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the match, the route, the critique's bar, the sheet's head, the chart) none either."""
    parts = [
        (H59.alley_hero, (300,)), (H59.standings_row, (500, 0)), (H59.on_lanes, (300,)),
        (H59.frame_row, (500, True)), (H59.apiary_hero, (300,)), (H59.mentors, (300,)),
        (H59.beekeeper_feature, (300,)), (H59.swarm_row, (500,)), (H59.inspection_photo, (300,)),
        (H59.hive_row, (500,)), (H59.podium, (300,)), (H59.best_in_show, (300,)), (H59.class_row, (500,)),
        (H59.leader_row, (300,)), (H59.walkers_row, (300,)), (H59.shots_pair, (300,)),
        (H59.judge_tile, (200,)), (H59.critique_grid, (800,)), (H59.critique_comment, (500,)),
        (strip(None), (300,)), (strip(H59.sepia), (300,)), (H59.referee_card, (300,)),
        (H59.pool_sheet, (300,)), (H59.piste_row, (500,)), (H59.licence_card, (200,)),
        (H59.clubmates, (300,)), (H59.comp_slot, (500,)),
        (no_cast(H59.match_header), (300,)), (no_cast(H59.walk_card), (300,)),
        (no_cast(H59.critique_bar), (300,)), (no_cast(H59.sheet_header), (300,)),
        (no_cast(H59.points_chart), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """League nights and a beekeepers' club (the photos' back rows), then the alley's photo and the
    inspection day's photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H59,
        [H59.league_night, H59.league_night, H59.apiary_club],
        people_and_things,
        [lambda k=k: part(H59.alley_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H59.inspection_photo, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H59.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """Bowling lanes, a pin deck, an apiary, a frame of comb, a darkroom, a harbour at dusk, a fencing
    hall and a weapons rack are drawn at any size asked, alike from one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H59.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT59_SEED`` the set opens again on the round's first screens (two league nights and
    two scoresheets), with over 350 faces a round; given two_people.jpg alone its first screens
    count no face."""
    heldout_sets.check_generate(H59, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H59)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 481 faces on 18 screens (403 under 32 px,
    70 of 32-63, 5 of 64-127, 3 of 128 or more; 450 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h59- and h59-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H59, one_round, "h59", 481, [403, 70, 5, 3], 450)
