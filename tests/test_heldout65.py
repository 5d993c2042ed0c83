"""bench/heldout65.py, the sixty-fifth blind held-out set (brass and marching bands, hospital
volunteer services, cricket and baseball clubs, hackathons and coding bootcamps): tests of the faces
it annotates. No detector runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the concert and the
demo day promise; each part (a drill chart's show, field and sections; a concert's bar, conductor,
encore vote and listeners; a hospital's floor plan and volunteers; the hub's atrium, long service
and shifts; a cricket innings, its field placings and batters; a baseball line score, pitchers,
diamond and batting order; a club's team photo and fixtures; a hackathon's countdown, teams' board
and mentors; a bootcamp's cohort and students; a demo day's stage, judges and running order) counts
faces of its sizes inside its bounds, and with a face-free cast none; the long-service row is cut by
the right edge on some; a formation's, a floor plan's, a field's, a diamond's and a card's faces are
one size; the phosphor mode redraws whole hackathon screens on some; the marks draw only inside their
places and the looks keep faces light; faces under 18 px are drawn and never counted; the drawn
things are reproducible; the set repeats from its seed, leaves out the tuning people and draws what
its docstring states.
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

H65 = heldout_sets.bench("heldout65")

sized, inside = heldout_sets.sized, heldout_sets.inside

# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, _greyed_some, past_the_edge = heldout_sets.set_parts(H65, "h65")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
stacked = functools.partial(heldout_sets.face_and_stack, part)  # a row's face and a stack's
faceless = functools.partial(heldout_sets.faceless, part)  # a part drawn without a cast: no face
one_round = heldout_sets.round_fixture(H65)  # round one at the seed, drawn once for the module
one_size, split = heldout_sets.one_size, heldout_sets.split_at  # faces of one size; left and right
STACK = (H65.WIDTH - 300, 30, H65.WIDTH - 200, 68)  # where ``lead_and_team`` stacks a row's team


def large_frame(fn: Callable[..., Any], seed: int) -> int:
    """A frame across the screen, ``fn`` (the conductor's, the presenter's), drawn alone at y = 200
    from ``seed``: 436-515 px with the gap under it, one 110-240 px face inside it or none (cut past
    its side). Returns how many it counted."""
    _comp, height, found = part(fn, seed, 200)
    assert 436 <= height < 516 and len(found) <= 1 and sized(found, 110, 240)
    assert inside(found, 20, 200, H65.WIDTH - 20, 200 + height), found
    return len(found)


def test_ten_layouts_the_concert_and_the_demo_day_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the concert and the demo day (once),
    thirteen face-free screens a round; the seed is 65656 unless ``HELDOUT65_SEED`` names another."""
    heldout_sets.check_rounds(H65, 2, 13)
    assert (H65.park_concert, H65.demo_day) == H65.ONCE
    heldout_sets.check_seed(H65, 65656)


def test_the_seed_redraws_the_set_another_draws_other_screens_and_no_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT65_SEED`` the set opens again on the round's first screens (two drill charts, a
    concert and a floor plan), with over 350 faces a round; given two_people.jpg alone its first
    screens count no face; drawn from another seed, its first screens (a drill chart) differ from
    the default seed's in their faces and pixels."""
    free = people_and_things[1]
    heldout_sets.check_generate(H65, free, 350, one_round)
    heldout_sets.check_another_seed(H65, free, "h65-drill")


@pytest.mark.parametrize("layout", H65.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (the festoon lights, the fluorescent light, the
    floodlights, the LED wash, the phosphor mode and greys keep it light)."""
    heldout_sets.check_marked_boxes(H65, layout)


@pytest.mark.parametrize("render", H65.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A bandstand, a band room, a hospital's atrium, a ward's corridor, a cricket ground, a
    ballpark, a hackathon's hall and a slide of code are drawn at any size asked, alike from one
    seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H65.H11.render(rng, w, h, (render,)))


def test_the_round_fits_is_lifted_has_small_and_large_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """The round drawn once (heldout_sets' ``check_lifted_round``): heldout2's ``check`` passes on
    each screen, JPEG quality 30-60, lifted to 40, light pages and dark ones, a face under 32 px on
    each layout's screens of people, none on the face-free ones, which end on the lookalikes (a
    drill chart, a floor plan and a scorecard with things in the people's places), and this set's
    things in the face-free cast. Then its large faces (``check_large_faces``): 110 px or more on
    the concert (the conductor) and on the demo day (the presenter), and none counted under 18."""
    heldout_sets.check_lifted_round(H65, one_round, "h65", ["drill", "wardmap", "scorecard"])
    heldout_sets.check_large_faces(one_round, {"h65-concert": 110, "h65-demoday": 110})


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Volunteers' hubs and a demo day (the atrium's back rows, the thumbnails' other people), then
    the atrium's and the team's photos alone, draw some face under 18 px and count none."""
    alone = [(fn, k) for fn in (H65.atrium_photo, H65.team_photo) for k in range(6)]
    more = [functools.partial(lambda fn, k: part(fn, k, 300)[0].sizes, fn, k) for fn, k in alone]
    layouts = [H65.volunteer_hub, H65.volunteer_hub, H65.demo_day]
    heldout_sets.check_small_faces_drawn_not_counted(monkeypatch, H65, layouts, people_and_things, more)


def test_a_drill_charts_show_field_and_sections() -> None:
    """``show_card`` (150 px) counts no face; ``drill_field`` (620 px) six to twenty-two 18-24 px
    faces of one size on the field; ``section_row`` (104 px) the leader's 24-30 px face or none and
    up to three 18-22 px faces of who marches in a stack."""
    marching = 0
    for seed in range(8):
        faceless(H65.show_card, seed, 150)
        _comp, height, found = part(H65.drill_field, seed, 300)
        assert height == 620 and 6 <= len(found) <= 22 and sized(found, 18.3, 24) and one_size(found), found
        assert inside(found, H65.DRILL_X, 320, H65.DRILL_X + H65.DRILL_W, 320 + H65.DRILL_H), found
        marching += stacked(H65.section_row, seed, 104, (24, 30), (330, 18, 370, 58), STACK)
    assert marching >= 4, marching


def test_a_concerts_bar_conductor_vote_and_listeners() -> None:
    """``concert_bar`` (100 px) counts no face; ``conductor_cam`` the conductor's 110-240 px face
    inside the frame (or none, cut by its side); ``encore_vote`` (280 px) 18-22 px voters in stacks
    beside the pieces' bars, some on most seeds; ``listener_row`` (86 px) one 20-26 px face or
    none."""
    conductors = voted = 0
    for seed in range(8):
        faceless(H65.concert_bar, seed, 100)
        conductors += large_frame(H65.conductor_cam, seed)
        _comp, height, found = part(H65.encore_vote, seed, 300)
        assert height == 280 and sized(found, 18.3, 22) and inside(found, 680, 370, 800, 370 + 3 * 62), found
        voted += bool(found)
    assert conductors >= 6 and voted >= 6, (conductors, voted)
    one_in(H65.listener_row, 86, (20, 26), (30, 64), 5)


def test_a_floor_plans_pins_and_volunteers_on_shift() -> None:
    """``floor_map`` (660 px) counts ten to eighteen 18-24 px faces of one size in pins inside the
    plan; ``volunteer_row`` (100 px) one 22-30 px face or none (a cup's badge over some)."""
    for seed in range(8):
        _comp, height, found = part(H65.floor_map, seed, 300)
        assert height == 660 and 10 <= len(found) <= 18 and sized(found, 18.3, 24) and one_size(found), found
        assert inside(found, H65.MAP_X, 360, H65.MAP_X + H65.MAP_W, 360 + H65.MAP_H), found
    one_in(H65.volunteer_row, 100, (22, 30), (30, 68), 5)


def test_the_hubs_atrium_long_service_and_shifts() -> None:
    """``atrium_photo`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``long_service`` four or more 32-46 px faces, on some seeds
    the last cut by the edge; ``shift_row`` (108 px) the lead's 22-30 px face or none and up to three
    18-22 px faces of the team in a stack."""
    shown = cut = teams = 0
    for seed in range(8):
        shown += bool(photo(H65.atrium_photo, seed, 300, 460, 44))
        cut += past_the_edge(H65.long_service, seed, (32, 46))
        teams += stacked(H65.shift_row, seed, 108, (22, 30), (470, 20, 510, 60), STACK)
    assert shown >= 6 and cut >= 1 and teams >= 4, (shown, cut, teams)


def test_an_innings_and_its_field_placings_and_batters() -> None:
    """``innings_card`` (170 px) counts no face; ``field_placing`` (640 px) nine to thirteen 18-24 px
    faces of one size inside the ground's oval; ``batter_row`` (92 px) one 22-30 px face or none."""
    for seed in range(8):
        faceless(H65.innings_card, seed, 170)
        _comp, height, found = part(H65.field_placing, seed, 300)
        assert height == 640 and 9 <= len(found) <= 13 and sized(found, 18.3, 24) and one_size(found), found
        cx, cy, rx, ry = H65.FIELD_CX, 610, H65.FIELD_RX, H65.FIELD_RY
        assert inside(found, cx - rx, cy - ry, cx + rx, cy + ry), found
    one_in(H65.batter_row, 92, (22, 30), (28, 66), 5)


def test_a_line_score_pitchers_diamond_and_batting_order() -> None:
    """``line_score`` (170 px) counts no face; ``pitchers`` (250 px) two 34-50 px faces of one size,
    one at each side; ``diamond`` (600 px) nine to twelve 18-24 px faces of one size on its card;
    ``order_row`` (96 px) one 22-30 px face or none, in its square."""
    orders = 0
    for seed in range(8):
        faceless(H65.line_score, seed, 170)
        _comp, height, found = part(H65.pitchers, seed, 300)
        left, right = split(found, H65.WIDTH // 2)
        assert height == 250 and len(left) == len(right) == 1 and sized(found, 34, 50) and one_size(found)
        assert inside(found, 60, 370, H65.WIDTH - 60, 430), found
        _comp, height, found = part(H65.diamond, seed, 300)
        assert height == 600 and 9 <= len(found) <= 12 and sized(found, 18.3, 24) and one_size(found), found
        assert inside(found, 20, 300, H65.WIDTH - 20, 300 + 580), found
        _comp, height, found = part(H65.order_row, seed, 500, seed)
        assert height == 96 and len(found) <= 1 and sized(found, 22, 30) and inside(found, 130, 518, 170, 558)
        orders += len(found)
    assert orders >= 5, orders


def test_a_clubs_team_photo_and_fixtures() -> None:
    """``team_photo`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``fixture_row`` (112 px) the captain's 22-30 px face or none
    and up to three 18-22 px faces of the side selected in a stack."""
    shown = selected = 0
    for seed in range(8):
        shown += bool(photo(H65.team_photo, seed, 300, 460, 44))
    for seed in range(12):
        stack = (STACK[0], STACK[1] + 4, STACK[2], STACK[3] + 4)
        selected += stacked(H65.fixture_row, seed, 112, (22, 30), (480, 22, 520, 62), stack)
    assert shown >= 6 and selected >= 4, (shown, selected)


def test_a_hackathons_countdown_board_and_mentors() -> None:
    """``countdown_card`` (160 px) counts no face; ``team_board`` (700 px) 20-26 px faces inside the
    columns' cards, one size a card, some on every seed; ``mentor_row`` (100 px) one 24-32 px face or
    none."""
    for seed in range(8):
        faceless(H65.countdown_card, seed, 160)
        _comp, height, found = part(H65.team_board, seed, 300)
        assert height == 700 and found and sized(found, 20, 26), found
        assert inside(found, 24, 356, 24 + 3 * (H65.COLUMN_W + 10), 1000), found
        cards: dict[tuple[int, int], list[tuple[C.BoxF, float]]] = {}
        for face in found:
            key = (int(face[0][0] - 24) // (H65.COLUMN_W + 10), int(face[0][1] - 356) // (H65.CARD_H + 12))
            cards.setdefault(key, []).append(face)
        assert all(one_size(card) and len(card) <= 4 for card in cards.values()), cards
    one_in(H65.mentor_row, 100, (24, 32), (30, 72), 5)


def test_the_phosphor_mode_redraws_whole_hackathon_screens_on_some() -> None:
    """``phosphor`` turns any colour green (green over blue and red) and lifts black to 40; over the
    seeds some hackathon boards are drawn under it (green at least blue and red everywhere), not
    all."""
    for colour in ((0, 0, 255), (255, 0, 0), (255, 255, 255), (0, 0, 0)):
        px = H65.phosphor(np.array([[colour]], np.uint8)).astype(int)[0, 0]
        assert px[1] >= px[0] and px[1] >= px[2] and px.min() >= 40, (colour, px)
    green = []
    for seed in range(12):
        img = H65.hack_board(heldout_sets.marked_cast(H65, seed), random.Random(seed), "h").image.astype(int)
        green.append(bool((img[..., 1] >= img[..., 0]).all() and (img[..., 1] >= img[..., 2]).all()))
    assert any(green) and not all(green), green


def test_a_bootcamps_cohort_and_students() -> None:
    """``cohort_wall`` (460 px) counts up to eighteen 24-34 px faces of one size in its tiles, some on
    every seed; ``student_row`` (112 px) one 22-30 px face or none and the pair partner's 18-22 px
    face in a stack on some."""
    pairs = 0
    for seed in range(8):
        _comp, height, found = part(H65.cohort_wall, seed, 300)
        assert height == 460 and 0 < len(found) <= 18 and sized(found, 24, 34) and one_size(found), found
        assert inside(found, 34, 364, 34 + 6 * H65.TILE_W, 364 + 3 * H65.TILE_H), found
        stack = (H65.WIDTH - 200, 42, H65.WIDTH - 160, 76)
        pairs += stacked(H65.student_row, seed, 112, (22, 30), (30, 20, 70, 60), stack)
    assert pairs >= 2, pairs


def test_a_demo_days_stage_judges_and_running_order() -> None:
    """``pitch_stage`` the presenter's 110-240 px face inside the frame (or none, cut by its side);
    ``judges`` (250 px) three to five 34-50 px faces of one size; ``demo_row`` (160 px) faces inside
    its thumbnail only, 18 px or more, the team on stage's main face 64-90 px wide on most seeds."""
    presenters = close = 0
    for seed in range(8):
        presenters += large_frame(H65.pitch_stage, seed)
        _comp, height, found = part(H65.judges, seed, 300)
        assert height == 250 and 3 <= len(found) <= 5 and sized(found, 34, 50) and one_size(found), found
        for slot, now in ((0, 0), (1, 0)):
            _comp, height, found = part(H65.demo_row, seed, 500, slot, now)
            assert height == 160 and inside(found, 110, 512, 350, 648), found
            assert all(z >= 18 for _b, z in found) and (slot == now or all(z < 64 for _b, z in found)), found
            close += slot == now and any(z >= 64 for _b, z in found)
    assert presenters >= 6 and close >= 5, (presenters, close)


def test_marks_draw_only_inside_their_places() -> None:
    """A quaver's, a heart's, a bat's, a bracket's and a cup's badge, a jersey and a pitch's timer
    draw inside their rectangles (a pixel of smoothing round the round ones)."""
    badges = (H65.quaver_badge, H65.heart_badge, H65.bat_badge, H65.bracket_badge, H65.cup_badge)
    cases = [
        (functools.partial(lambda img, fn: fn(img, (100, 100), 12, (20, 20, 20)), fn=fn), (84, 84, 116, 116))
        for fn in badges
    ]
    cases += [
        (lambda img: H65.jersey(img, 50, 50, 23, (200, 60, 60)), (49, 49, 95, 95)),
        (lambda img: H65.timer_box(img, 50, 60, "1:30", True), (49, 59, 231, 125)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_tinted_as_they_say() -> None:
    """The festoon lights warm a dark picture more at its top than at its foot (red over blue); the
    fluorescent light lightens a dark picture, more in its bands; the floodlights keep a white
    picture's top corners lighter than its middle; the LED wash tints each side toward its colour;
    all keep white light and the picture's size."""
    white = np.full((40, 80, 3), 240, np.uint8)
    dark = np.zeros((40, 80, 3), np.uint8)
    warm = H65.festoon(0.3)(dark).astype(int)
    assert warm.shape == dark.shape and warm[0].mean() > warm[-1].mean() + 10
    assert (warm[..., 2] > warm[..., 0]).all() and H65.festoon(0.3)(white).min() > 180
    cold = H65.fluorescent(0.2)(dark).astype(int)
    assert cold.min() > 30 and cold.max() > cold.min() + 5 and H65.fluorescent(0.2)(white).min() >= 200
    lit = H65.floodlit(0.3)(white).astype(int)
    assert (
        lit.min() > 130
        and lit[0, 0].mean() > lit[20, 40].mean() + 10
        and lit[0, -1].mean() > lit[20, 40].mean()
    )
    wash = H65.led_wash(0.3, (255, 0, 0), (0, 0, 255))(white).astype(int)
    assert (
        wash[20, 0, 0] > wash[20, 0, 2] + 40 and wash[20, -1, 2] > wash[20, -1, 0] + 40 and wash.min() > 150
    )


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the show, the concert's bar, the innings, the line score and the countdown) none either."""
    no_cast = heldout_sets.no_cast
    parts = [
        (H65.drill_field, (300,)), (H65.section_row, (500,)), (H65.conductor_cam, (200,)),
        (H65.encore_vote, (300,)), (H65.listener_row, (500,)), (H65.floor_map, (300,)),
        (H65.volunteer_row, (500,)), (H65.atrium_photo, (300,)), (H65.long_service, (300,)),
        (H65.shift_row, (500,)), (H65.field_placing, (300,)), (H65.batter_row, (500,)),
        (H65.pitchers, (300,)), (H65.diamond, (300,)), (H65.order_row, (500, 2)), (H65.team_photo, (300,)),
        (H65.fixture_row, (500,)), (H65.team_board, (300,)), (H65.mentor_row, (500,)),
        (H65.cohort_wall, (300,)), (H65.student_row, (500,)), (H65.pitch_stage, (200,)), (H65.judges, (300,)),
        (H65.demo_row, (500, 1, 1)), (no_cast(H65.show_card), (300,)), (no_cast(H65.concert_bar), (300,)),
        (no_cast(H65.innings_card), (300,)), (no_cast(H65.line_score), (300,)),
        (no_cast(H65.countdown_card), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


@heldout_sets.default_seed_only(H65)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 447 faces on 18 screens (394 under 32 px,
    50 of 32-63, 1 of 64-127, 2 of 128 or more; 431 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h65- and h65-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H65, one_round, "h65", 447, [394, 50, 1, 2], 431)
