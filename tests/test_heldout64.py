"""bench/heldout64.py, the sixty-fourth blind held-out set (chess clubs and tournaments, dance schools
and competitions, scout and guide troops, escape rooms and board-game cafes): tests of the faces it
annotates. No detector runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the live board and the
recital promise; each part (a tournament's round and pairings; a live board's bar, player's camera,
board and opponent, kibitzers; a club's night, podium and ladder; a dance school's studios and
teachers; a competition's heat, floor and couples; a recital's soloist and programme; a troop's
camp photo, patrol leaders and scouts; a camp's group photo and parents' chat; an escape room's
booking and leaderboard; a games cafe's tables and games) counts faces of its sizes inside its
bounds, and with a face-free cast none; the patrol leaders are cut by the right edge on some; the
couples' pairs and the boards' players are one size a row; the e-ink mode redraws whole pairings
screens on some; the marks draw only inside their places and the looks keep faces light; faces
under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats from its
seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H64 = heldout_sets.bench("heldout64")

sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H64, "h64")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
stacked = functools.partial(heldout_sets.face_and_stack, part)  # a row's face and a stack's
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H64)  # round one at the seed, drawn once for the module
faceless = functools.partial(heldout_sets.faceless, part)  # a part drawn without a cast: no face
one_size, split = heldout_sets.one_size, heldout_sets.split_at  # faces of one size; left and right


def test_ten_layouts_the_live_board_and_the_recital_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the live board and the recital (once),
    thirteen face-free screens a round; the seed is 64646 unless ``HELDOUT64_SEED`` names another."""
    heldout_sets.check_rounds(H64, 2, 13)
    assert (H64.live_board, H64.recital_programme) == H64.ONCE
    heldout_sets.check_seed(H64, 64646)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a tournament's pairings) differ from the
    default seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H64, people_and_things[1], "h64-pairings")


@pytest.mark.parametrize("layout", H64.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (the spotlight, the glow, the ultraviolet, the strip
    lights, the e-ink mode and greys keep it light)."""
    heldout_sets.check_marked_boxes(H64, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (pairings, a competition's heats and a cafe's tables, with things in the people's
    places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H64, one_round, "h64", ["pairings", "heats", "cafetables"])


def test_the_live_board_and_the_recital_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The live board counts a face of 110 px or more (the player to move), the recital one of 110
    px or more (the soloist), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h64-liveboard": 110, "h64-recital": 110})


def test_a_tournaments_round_and_pairings() -> None:
    """``round_card`` (150 px) counts no face; ``pairing_row`` (92 px) up to two 22-30 px faces of
    one size, the white player's left of ``PAIR_X`` and the black player's right of it."""
    paired = 0
    for seed in range(8):
        faceless(H64.round_card, seed, 150)
        _comp, height, found = part(H64.pairing_row, seed, 500, seed + 1)
        white, black = split(found, H64.PAIR_X)
        assert height == 92 and len(white) <= 1 and len(black) <= 1, found
        assert sized(found, 22, 30) and one_size(found) and inside(found, 88, 500, H64.PAIR_X + 40, 592), (
            found
        )
        paired += len(found)
    assert paired >= 12, paired


def test_the_e_ink_mode_redraws_whole_pairings_screens_on_some() -> None:
    """``e_ink`` lifts black to 50, keeps white under 233 and leaves no colour; over the seeds some
    pairings screens are drawn under it (nothing on them lighter than 233), not all."""
    white = H64.e_ink(np.full((2, 2, 3), 255, np.uint8))
    black = H64.e_ink(np.zeros((2, 2, 3), np.uint8))
    red = H64.e_ink(np.array([[[0, 0, 255]]], np.uint8)).astype(int)[0, 0]
    assert white.max() < 233 and white.min() > 200 and black.min() >= 48
    assert red.max() - red.min() < 10, red
    inked = []
    for seed in range(12):
        comp = H64.chess_pairings(heldout_sets.marked_cast(H64, seed), random.Random(seed), "p")
        inked.append(int(comp.image.max()) <= 233)
    assert any(inked) and not all(inked), inked


def test_a_live_boards_bar_player_board_and_kibitzers() -> None:
    """``board_bar`` (100 px) counts no face; ``player_cam`` (436-515 px) the player's 110-240 px
    face inside the camera (or none, cut by its side); ``board_and_opponent`` (540 px) up to one
    main 100-160 px face in the opponent's camera, right of the board, others at their sizes;
    ``kibitz_row`` (88 px) one 20-26 px face or none."""
    players = 0
    for seed in range(8):
        faceless(H64.board_bar, seed, 100)
        _comp, height, found = part(H64.player_cam, seed, 200)
        assert 436 <= height < 516 and len(found) <= 1 and sized(found, 110, 240)
        assert inside(found, 20, 200, H64.WIDTH - 20, 200 + height), found
        players += len(found)
        _comp, height, found = part(H64.board_and_opponent, seed, 300)
        x = H64.WIDTH - 20 - H64.CAM_W
        assert height == 540 and inside(found, x, 300, H64.WIDTH - 20, 300 + H64.CAM_H), found
        assert (all(z >= 18 for _b, z in found) and any(z >= 100 for _b, z in found)) or not found, found
    assert players >= 6, players
    one_in(H64.kibitz_row, 88, (20, 26), (30, 64), 5)


def test_a_clubs_night_podium_and_ladder() -> None:
    """``club_night`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``podium`` (330 px) three 34-50 px faces of one size;
    ``ladder_row`` (96 px) one 22-30 px face or none and a challenger's 18-22 px face on some."""
    shown = challengers = 0
    for seed in range(8):
        shown += bool(photo(H64.club_night, seed, 300, 460, 44))
        _comp, height, found = part(H64.podium, seed, 300)
        assert height == 330 and len(found) == 3 and sized(found, 34, 50) and one_size(found), found
        assert inside(found, 40, 300, H64.WIDTH - 40, 630), found
    for seed in range(16):
        challengers += stacked(H64.ladder_row, seed, 96, (22, 30), (112, 18, 150, 58), (740, 30, 790, 62))
    assert shown >= 6 and challengers >= 2, (shown, challengers)


def test_a_dance_schools_studios_and_teachers() -> None:
    """``studio_lanes`` (700 px) counts 24-32 px teachers' faces of one size in the blocks and 18-22
    px pupils' faces in stacks, all inside the lanes, some on every seed; ``teacher_row`` (100 px)
    one 24-32 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H64.studio_lanes, seed, 300)
        teachers = [f for f in found if f[1] >= 23.9]
        assert height == 700 and teachers and sized(teachers, 24, 32) and one_size(teachers), found
        assert sized(found, 18.3, 32) and inside(found, H64.LANE_X, 370, H64.LANE_X + 3 * H64.LANE_W, 970), (
            found
        )
    one_in(H64.teacher_row, 100, (24, 32), (30, 70), 5)


def test_a_competitions_heat_floor_and_couples() -> None:
    """``heat_card`` (150 px) counts no face; ``floor_plan`` (600 px) twelve to twenty-two 18-24 px
    faces of one size on the floor, in pairs; ``couple_row`` (96 px) up to two 22-30 px faces of one
    size, the pair overlapping."""
    pairs = 0
    for seed in range(8):
        faceless(H64.heat_card, seed, 150)
        _comp, height, found = part(H64.floor_plan, seed, 300)
        assert height == 600 and 2 <= len(found) <= 22 and sized(found, 18.3, 24) and one_size(found)
        right, foot = H64.FLOOR_X + H64.FLOOR_W, 320 + H64.FLOOR_H
        assert inside(found, H64.FLOOR_X, 320, right, foot), found
        _comp, height, found = part(H64.couple_row, seed, 500)
        assert height == 96 and len(found) <= 2 and sized(found, 22, 30) and one_size(found)
        assert inside(found, 108, 500, 170, 596), found
        pairs += len(found) == 2
    assert pairs >= 4, pairs


def test_a_recitals_soloist_and_programme() -> None:
    """``recital_card`` counts the soloist's 110-240 px face (or none, hidden past the photo's side)
    inside the photo; ``programme_row`` (116 px) the choreographer's 24-30 px face or none and up to
    six 18-22 px dancers' faces of one size in a row."""
    solos = dancers = 0
    for seed in range(8):
        solos += heldout_sets.photo_card(part, H64.recital_card, seed, (50, 1030))
        _comp, height, found = part(H64.programme_row, seed, 500)
        chor, row = split(found, 700)
        assert height == 116 and len(chor) <= 1 and sized(chor, 24, 30) and inside(chor, 470, 518, 510, 558)
        assert len(row) <= 6 and sized(row, 18.3, 22) and one_size(row) and inside(row, 760, 530, 960, 560)
        dancers += len(row)
    assert solos >= 6 and dancers >= 12, (solos, dancers)


def test_a_troops_camp_patrol_leaders_and_scouts() -> None:
    """``troop_hero`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``patrol_leaders`` four or more 32-46 px faces, on some seeds
    the last cut by the edge; ``scout_row`` (104 px) one 22-30 px face or none."""
    shown = cut = 0
    for seed in range(8):
        shown += bool(photo(H64.troop_hero, seed, 300, 460, 44))
        cut += past_the_edge(H64.patrol_leaders, seed, (32, 46))
    assert shown >= 6 and cut >= 1, (shown, cut)
    one_in(H64.scout_row, 104, (22, 30), (34, 72), 5)


def test_a_camps_group_photo_and_parents_chat() -> None:
    """``camp_group`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``chat_row`` (130 px, or 370 with a photo) the sender's
    20-26 px face or none and, with a photo, faces inside it only."""
    shown = photos = 0
    for seed in range(8):
        shown += bool(photo(H64.camp_group, seed, 300, 460, 44))
    for seed in range(16):
        _comp, height, found = part(H64.chat_row, seed, 500)
        sender, inside_photo = [f for f in found if f[0][1] < 546], [f for f in found if f[0][1] >= 546]
        assert height in (130, 370) and len(sender) <= 1 and sized(sender, 20, 26), found
        assert height == 370 or not inside_photo, found
        assert inside(inside_photo, 50, 558, 62 + 30 + H64.CHAT_PHOTO_W, 558 + H64.CHAT_PHOTO_H), found
        photos += bool(inside_photo)
    assert shown >= 6 and photos >= 3, (shown, photos)


def test_an_escape_rooms_booking_and_leaderboard() -> None:
    """``booking_card`` (300 px) counts up to six 28-40 px faces of one size in the team's places;
    ``team_row`` (156 px) faces of 20-34 px (a figure's tenth over) inside the team's photo only,
    some on most seeds."""
    teams = 0
    for seed in range(8):
        _comp, height, found = part(H64.booking_card, seed, 300)
        assert height == 300 and len(found) <= 6 and sized(found, 28, 40) and one_size(found), found
        assert inside(found, 290, 478, H64.WIDTH - 20, 530), found
        _comp, height, found = part(H64.team_row, seed, 500, seed % 5)
        assert height == 156 and all(18 <= z <= 34 * 1.1 + 0.5 for _b, z in found), found
        assert inside(found, 90, 510, 90 + H64.TEAM_W, 510 + H64.TEAM_H), found
        teams += bool(found)
    assert teams >= 5, teams


def test_a_cafes_tables_and_games() -> None:
    """``table_plan`` (720 px) counts 18-24 px faces of one size round the tables on the floor, some
    on every seed; ``game_row`` (134 px) the guru's 24-30 px face or none and up to three 18-22 px
    faces of who plays in a stack."""
    players = 0
    for seed in range(8):
        _comp, height, found = part(H64.table_plan, seed, 300)
        assert height == 720 and found and sized(found, 18.3, 24) and one_size(found), found
        right, foot = H64.PLAN_X + H64.PLAN_W, 300 + H64.PLAN_Y + H64.PLAN_H
        assert inside(found, H64.PLAN_X, 300 + H64.PLAN_Y, right, foot), found
        players += stacked(
            H64.game_row, seed, 134, (24, 30), (560, 40, 600, 80), (H64.WIDTH - 260, 40, 900, 70)
        )
    assert players >= 4, players


def test_marks_draw_only_inside_their_places() -> None:
    """A knight's, a shoe's, a tent's and a padlock's badge, a hexagon, a back number and a chess
    clock draw inside their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (functools.partial(lambda img, fn: fn(img, (100, 100), 12, (20, 20, 20)), fn=fn), (84, 84, 116, 116))
        for fn in (H64.knight_badge, H64.shoe_badge, H64.tent_badge, H64.lock_badge)
    ]
    cases += [
        (lambda img: H64.hexagon(img, (100, 100), 20, (200, 60, 60)), (78, 78, 122, 122)),
        (lambda img: H64.back_number(img, 50, 50, 123), (49, 49, 115, 95)),
        (lambda img: H64.chess_clock(img, 50, 60, "1:00", "2:30", 1), (49, 52, 291, 131)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_tinted_as_they_say() -> None:
    """The spotlight keeps its pool lighter than the sides of a white picture; the campfire warms a
    dark picture more at its foot than at its top (red above blue); the ultraviolet tints a dark
    picture violet (blue and red above green) and keeps a white one light; the strip lights lighten
    a dark picture, most in the top quarter's bands; all keep white light and the picture's size."""
    white = np.full((40, 80, 3), 240, np.uint8)
    dark = np.zeros((40, 80, 3), np.uint8)
    lit = H64.spotlight(0.4, 0.5)(white).astype(int)
    assert lit.shape == white.shape and lit.min() > 130 and lit[20, 40].mean() > lit[20, 0].mean() + 20
    glow = H64.campfire(0.4)(dark).astype(int)
    assert H64.campfire(0.4)(white).mean() > 180 and glow[-1].mean() > glow[0].mean() + 20
    assert (glow[..., 2] > glow[..., 0]).all()
    uv = H64.ultraviolet(0.3)(dark).astype(int)
    assert (
        H64.ultraviolet(0.3)(white).mean() > 180
        and (uv[..., 0] > uv[..., 1]).all()
        and (uv[..., 2] > uv[..., 1]).all()
    )
    strip = H64.strip_lights(0.2)(dark).astype(int)
    assert H64.strip_lights(0.2)(white).min() >= 200 and strip.min() > 30
    assert strip[:10].max() > strip[30:].max() + 10


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the round, the board's bar and the heat) none either."""
    parts = [
        (H64.pairing_row, (500, 3)), (H64.player_cam, (200,)), (H64.board_and_opponent, (300,)),
        (H64.kibitz_row, (500,)), (H64.club_night, (300,)), (H64.podium, (300,)), (H64.ladder_row, (500,)),
        (H64.studio_lanes, (300,)), (H64.teacher_row, (500,)), (H64.floor_plan, (300,)),
        (H64.couple_row, (500,)), (H64.recital_card, (200,)), (H64.programme_row, (500,)),
        (H64.troop_hero, (300,)), (H64.patrol_leaders, (300,)), (H64.scout_row, (500,)),
        (H64.camp_group, (300,)), (H64.chat_row, (500,)), (H64.booking_card, (300,)),
        (H64.team_row, (500, 1)), (H64.table_plan, (300,)), (H64.game_row, (500,)),
        (no_cast(H64.round_card), (300,)), (no_cast(H64.board_bar), (300,)), (no_cast(H64.heat_card), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Club ladders and a badge tracker (the photos' back rows), then the club night's and the
    troop's photos alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H64,
        [H64.club_ladder, H64.club_ladder, H64.badge_tracker],
        people_and_things,
        [lambda k=k: part(H64.club_night, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H64.troop_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H64.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A chess hall, a chessboard close up, a dance studio, a stage, a camp's field, a scout hut, an
    escape room and a games cafe's shelves are drawn at any size asked, alike from one seed, unlike
    from others."""
    heldout_sets.check_render(lambda rng, w, h: H64.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT64_SEED`` the set opens again on the round's first screens (two pairings, a live
    board and a club ladder), with over 350 faces a round; given two_people.jpg alone its first
    screens count no face."""
    heldout_sets.check_generate(H64, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H64)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 445 faces on 18 screens (416 under 32 px,
    26 of 32-63, 1 of 64-127, 2 of 128 or more; 435 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h64- and h64-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H64, one_round, "h64", 445, [416, 26, 1, 2], 435)
