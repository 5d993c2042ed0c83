"""bench/heldout60.py, the sixtieth blind held-out set (hiking and trail-running groups, choirs and
community orchestras, makerspaces, blood drives): tests of the faces it annotates. No detector runs
here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and, but under the race's amber night mode, on its white; the round drawn once for
the module (``one_round``) fits the capture, is lifted, has light and dark pages, small faces on
every layout's screens of people and none on the face-free ones, ends on the lookalikes and holds
the large faces the choir's rehearsal and the donor's card promise; each part (a race's head,
course and positions; a hike's photo, route and car share; an orchestra's platform and parts; a
concert's photo, soloists, guest soloist and programme; a rehearsal's bar, conductor, singers and
chat; a makerspace's hosts and machines; a build log; the inductions' matrix and requests; a blood
drive's poster, goal, volunteers, story and chairs; a donor's card, chart, friends and sessions)
counts faces of its sizes inside its bounds, and with a face-free cast none; runners out and players
away are faded; the race's night mode turns whole screens amber on some; the soloists, the hosts and
the volunteers are cut by the right edge on some; the marks draw only inside their places and the
looks keep faces light; faces under 18 px are drawn and never counted; the drawn things are
reproducible; the set repeats from its seed, leaves out the tuning people and draws what its
docstring states.
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

H60 = heldout_sets.bench("heldout60")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H60, "h60")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
stacked = functools.partial(heldout_sets.face_and_stack, part)  # a row's face and its stack
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H60)  # round one at the seed, drawn once for the module


def one_size(found: list[tuple[C.BoxF, float]]) -> bool:
    """Every face in ``found`` is drawn at one size (a row's, a car's, a column's)."""
    return len({round(z, 3) for _b, z in found}) <= 1


def split(found: list[tuple[C.BoxF, float]], x: float) -> tuple[list[Any], list[Any]]:
    """The faces of ``found`` left of ``x`` and those from it on."""
    return [f for f in found if f[0][0] < x], [f for f in found if f[0][0] >= x]


def test_ten_layouts_the_rehearsal_and_the_donor_card_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the choir's rehearsal on video and the
    donor's card (once), thirteen face-free screens a round; the seed is 60606 unless
    ``HELDOUT60_SEED`` names another."""
    heldout_sets.check_rounds(H60, 2, 13)
    assert (H60.virtual_choir, H60.donor_card) == H60.ONCE
    heldout_sets.check_seed(H60, 60606)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a race's live tracking) differ from the
    default seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H60, people_and_things[1], "h60-tracker")


@pytest.mark.parametrize("layout", H60.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and, but on the race (whose night mode over a runner out, faded, dims it), lies mostly on
    the face's white (rain, footlights, the red duotone, greys, fades and the bands over photos keep
    it light)."""
    heldout_sets.check_marked_boxes(H60, layout, layout is H60.race_tracker)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the inductions, the seating plan and the blood drive, with things in the
    people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H60, one_round, "h60", ["inductions", "stageplan", "blooddrive"])


def test_the_rehearsal_and_the_donor_card_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The choir's rehearsal counts a face of 110 px or more (the conductor), the donor's card one
    of 110 px or more (the donor), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h60-virtualchoir": 110, "h60-donorcard": 110})


def test_a_races_head_course_and_positions() -> None:
    """``race_header`` (130 px) counts no face; ``elevation_track`` (400 px) up to twelve 18-24 px
    faces of one size inside its card, some on every seed; ``runner_row`` (96 px) one 22-30 px face
    or none, followed or not."""
    for seed in range(8):
        _comp, height, found = part(no_cast(H60.race_header), seed, 300)
        assert height == 130 and not found
        _comp, height, found = part(H60.elevation_track, seed, 300)
        assert height == 400 and 1 <= len(found) <= 12 and sized(found, 18.3, 24) and one_size(found)
        assert inside(found, 20, 360, RIGHT - 20, 640), found
    one_in(H60.runner_row, 96, (22, 30), (80, 118), 5, 0, False)
    one_in(H60.runner_row, 96, (22, 30), (80, 118), 5, 3, True)


def test_runners_out_and_players_away_are_faded() -> None:
    """Over the seeds ``runner_row`` fades some runners who are out (DNF) and ``part_row`` some
    players who are away, toward the page, and keeps the others in colour."""
    grey, kept = greyed_some(H60.runner_row, 60, 300, 2, False)
    assert grey >= 1 and kept >= 30, (grey, kept)
    grey, kept = greyed_some(H60.part_row, 40, 300)
    assert grey >= 1 and kept >= 20, (grey, kept)


def test_the_night_mode_turns_whole_race_screens_amber_on_some() -> None:
    """``amber_light`` turns white amber and keeps it light; over the seeds some races are drawn in
    the night mode (their page amber), not all."""
    white = H60.amber_light(np.full((2, 2, 3), 250, np.uint8))
    assert (white[..., 2] > 240).all() and (white[..., 0] < 40).all() and white.mean() > 130
    amber = []
    for seed in range(12):
        comp = H60.race_tracker(heldout_sets.marked_cast(H60, seed), random.Random(seed), "n")
        b, g, r = (int(v) for v in comp.image[C.STATUS_H + 2, 2])
        amber.append(r > g > b + 10)
    assert any(amber) and not all(amber), amber


def test_a_hikes_photo_route_and_car_share() -> None:
    """``hike_hero`` (460 px) counts faces inside its photo only, none over 50 px give or take a
    figure's tenth, some on most seeds (a single depth stands at the back's size, under 18 px on
    some); ``route_card`` (300 px) none; ``carpool_row`` (130 px) the
    driver's 28-38 px face or none at the left and up to four 20-26 px passengers of one size in the
    seats."""
    passengers = hikers = 0
    for seed in range(8):
        hikers += bool(photo(H60.hike_hero, seed, 300, 460, 50))
        _comp, height, found = part(no_cast(H60.route_card), seed, 300)
        assert height == 300 and not found
        _comp, height, found = part(H60.carpool_row, seed, 500)
        driver, seats = split(found, 400)
        assert height == 130 and len(driver) <= 1 and sized(driver, 28, 38)
        assert inside(driver, 110, 520, 158, 568), driver
        assert len(seats) <= 4 and sized(seats, 20, 26) and one_size(seats)
        assert inside(seats, 560, 536, 560 + 3 * 84 + 34, 570), seats
        passengers += len(seats)
    assert passengers >= 6 and hikers >= 6, (passengers, hikers)


def test_an_orchestras_platform_and_parts() -> None:
    """``desk_plan`` (90 + rows * 96 + 150 px, three or four rows) counts stand partners of 18-24 px
    (one size a row) on the desks and the conductor's 32-44 px face on the podium; ``part_row`` (90
    px) one 22-28 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H60.desk_plan, seed, 300)
        rows = (height - 240) // H60.DESK_ROW
        assert rows in (3, 4) and height == 240 + rows * H60.DESK_ROW
        desks_end = 300 + 70 + rows * H60.DESK_ROW
        partners = [f for f in found if f[0][3] <= desks_end]
        conductor = [f for f in found if f[0][3] > desks_end]
        assert len(partners) >= rows * 3 and sized(partners, 18.3, 24.2)
        assert inside(partners, 200, 370, RIGHT - 40, desks_end), partners
        for r in range(rows):
            assert one_size([f for f in partners if 370 + r * 96 <= f[0][1] < 370 + (r + 1) * 96])
        assert len(conductor) <= 1 and sized(conductor, 32, 44)
        assert inside(conductor, H60.WIDTH // 2 - 30, desks_end, H60.WIDTH // 2 + 30, 300 + height), conductor
    one_in(H60.part_row, 90, (22, 28), (30, 66), 5)


def test_a_concerts_photo_soloists_guest_and_programme() -> None:
    """``concert_hero`` (460 px) counts faces inside its photo only, none over 42 px give or take a
    figure's tenth, some on every seed; ``soloist_cards`` four or more 40-56 px faces, on some seeds
    the last cut by the edge; ``soloist_feature`` (320 px) the soloist's 60-96 px face inside the
    oval at the left; ``programme_row`` (100 px) the lead's 20-26 px face or none and up to three
    18-22 px faces in a stack at the right."""
    cut = sung = 0
    for seed in range(8):
        assert photo(H60.concert_hero, seed, 300, 460, 42)
        cut += past_the_edge(H60.soloist_cards, seed, (40, 56))
        _comp, height, found = part(H60.soloist_feature, seed, 300)
        assert height == 320 and len(found) == 1 and sized(found, 60, 96)
        assert inside(found, 44, 300, 284, 600), found
        w = H60.WIDTH
        sung += stacked(
            H60.programme_row, seed, 100, (20, 26), (540, 28, 574, 62), (w - 300, 34, w - 200, 62), 0
        )
    assert cut >= 1 and sung >= 4, (cut, sung)


def test_a_rehearsals_bar_conductor_singers_and_chat() -> None:
    """``rehearsal_bar`` (110 px) counts no face; ``conductor_tile`` (476-555 px) the conductor's
    110-240 px face inside the camera at the left (600 px wide); ``singers_grid`` (three rows of
    five or four) faces inside the grid, two or more on most seeds; ``chat_line`` (88 px) one 20-26
    px face or none."""
    grids = 0
    for seed in range(8):
        _comp, height, found = part(no_cast(H60.rehearsal_bar), seed, 300)
        assert height == 110 and not found
        _comp, height, found = part(H60.conductor_tile, seed, 200)
        assert 476 <= height < 556 and len(found) == 1 and sized(found, 110, 240)
        assert inside(found, 20, 200, 620, 200 + height - 16), found
        _comp, height, found = part(H60.singers_grid, seed, 800)
        assert height in (490, 607) and inside(found, 20, 800, RIGHT - 20, 800 + height - 20)
        grids += len(found) >= 2
    assert grids >= 6, grids
    one_in(H60.chat_line, 88, (20, 26), (30, 66), 5)


def test_a_makerspaces_hosts_and_machines() -> None:
    """``keyholders`` counts four or more 32-46 px faces in a row under its heading, on some seeds the
    last cut by the screen's edge; ``machine_row`` (140 px) the user's 22-30 px face or none and up
    to three 18-22 px faces waiting in a stack at the right."""
    cut = waiting = 0
    for seed in range(8):
        cut += past_the_edge(H60.keyholders, seed, (32, 46))
        w = H60.WIDTH
        waiting += stacked(
            H60.machine_row, seed, 140, (22, 30), (150, 60, 188, 98), (w - 330, 50, w - 230, 78)
        )
    assert cut >= 1 and waiting >= 3, (cut, waiting)


def test_a_build_logs_post() -> None:
    """``project_post`` (the photos' 220-280 px and 170) counts faces inside its row only, 18 px or
    more: the maker's 22-28 px face or none at its top left, the makers in some step photos, the
    likers' 18-22 px stack under them; faces on most seeds."""
    faced = 0
    for seed in range(8):
        _comp, height, found = part(H60.project_post, seed, 300)
        assert 390 <= height < 450 and inside(found, 20, 300, 1060, 300 + height), found
        maker = [f for f in found if f[0][1] < 386]
        assert len(maker) <= 1 and sized(maker, 22, 28) and inside(maker, 30, 316, 68, 354)
        assert all(z >= 18 for _b, z in found), found
        faced += bool(found)
    assert faced >= 6, faced


def test_the_inductions_matrix_and_requests() -> None:
    """``induction_matrix`` (84 + n * 64 px, five to seven members) counts up to n 22-28 px faces
    down its side (one size) and 18-22 px trainers' faces in its cells (one size); ``request_row``
    (96 px) one 22-28 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H60.induction_matrix, seed, 300)
        n = (height - 84) // H60.IND_ROW
        assert 5 <= n <= 7 and height == 84 + n * H60.IND_ROW
        side, cells = split(found, H60.IND_X)
        assert len(side) <= n and sized(side, 22, 28) and one_size(side)
        assert len(side) >= n - 2 and inside(side, 30, 370, 70, 370 + n * H60.IND_ROW), side
        assert sized(cells, 18.3, 22) and one_size(cells) and len(cells) >= 2
        assert inside(cells, H60.IND_X, 370, RIGHT, 370 + n * H60.IND_ROW), cells
    one_in(H60.request_row, 96, (22, 28), (30, 66), 5)


def test_a_blood_drives_poster_goal_volunteers_story_and_chairs() -> None:
    """``drive_poster`` (440 px) counts faces inside its photo only, none over 48 px give or take a
    figure's tenth, some on every seed; ``goal_gauge`` (230 px) none; ``volunteers`` four or more
    34-46 px faces, on some seeds the last cut by the edge; ``donor_story`` (290 px) the donor's
    64-110 px face inside the circle at the left; ``chair_row`` (96 px) up to five 18-24 px faces of
    one size in the chairs."""
    cut = booked = 0
    for seed in range(8):
        assert photo(H60.drive_poster, seed, 300, 440, 48)
        _comp, height, found = part(no_cast(H60.goal_gauge), seed, 300)
        assert height == 230 and not found
        cut += past_the_edge(H60.volunteers, seed, (34, 46))
        _comp, height, found = part(H60.donor_story, seed, 300)
        assert height == 290 and len(found) == 1 and sized(found, 64, 110)
        assert inside(found, 40, 325, 260, 545), found
        _comp, height, found = part(H60.chair_row, seed, 500)
        assert height == 96 and len(found) <= 5 and sized(found, 18.3, 24) and one_size(found)
        assert inside(found, 180, 530, 180 + 4 * 76 + 30, 562), found
        booked += len(found)
    assert cut >= 1 and booked >= 10, (cut, booked)


def test_a_donors_card_chart_friends_and_sessions() -> None:
    """``donor_id`` counts the donor's 110-240 px face (or none, hidden past the photo's side)
    inside the photo at the card's right; ``donation_chart`` (240 px) none; ``referrals`` (170 px) up
    to five 22-28 px faces of one size; ``session_slot`` (100 px) the nurse's 24-30 px face or
    none."""
    donors = 0
    for seed in range(8):
        donors += heldout_sets.photo_card(part, H60.donor_id, seed, (610, 1030))
        _comp, height, found = part(no_cast(H60.donation_chart), seed, 300)
        assert height == 240 and not found
        _comp, height, found = part(H60.referrals, seed, 300)
        assert height == 170 and len(found) <= 5 and sized(found, 22, 28) and one_size(found)
        assert inside(found, 40, 356, 40 + 4 * 200 + 32, 390), found
    assert donors >= 6, donors
    one_in(H60.session_slot, 100, (24, 30), (380, 418), 5)


def test_marks_draw_only_inside_their_places() -> None:
    """A boot's, a note's, a cog's and a drop's badge, a drop of blood, each machine's icon and a
    part's page draw inside their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (lambda img: H60.boot_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H60.note_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H60.gear_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H60.drop_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H60.blood_drop(img, (100, 100), 10, (40, 30, 190)), (89, 78, 111, 111)),
        (lambda img: H60.part_sheet(img, 50, 50, 44, 60), (50, 50, 94, 110)),
    ]
    cases += [
        (
            functools.partial(lambda img, k: H60.machine_glyph(img, 50, 50, 80, k, H60.MAKER), k=kind),
            (50, 50, 130, 130),
        )
        for _name, kind in H60.MACHINES
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_coloured_as_they_say() -> None:
    """Rain pales a dark picture toward grey and leaves a white one light; the footlights warm a
    white face (blue below red) and light its foot more than its top; the red duotone turns white
    pinkish white and grey red; all leave the picture's size as it was."""
    white = np.full((40, 60, 3), 240, np.uint8)
    dark = np.zeros((40, 60, 3), np.uint8)
    wet = H60.drizzle(random.Random(1), 0.3)
    assert wet(white).shape == white.shape and wet(white).mean() > 200 and wet(dark).min() >= 55
    lit = H60.footlights(0.8)(white)
    assert lit.shape == white.shape and lit[..., 0].max() < lit[..., 2].min() and lit.mean() > 170
    assert lit[-1].mean() > lit[0].mean()
    red = H60.duotone(np.full((4, 6, 3), 128, np.uint8))
    b, g, r = (float(red[..., k].mean()) for k in range(3))
    assert r > g + 40 and r > b + 40 and H60.duotone(white).mean() > 200


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the race's head, the route, the rehearsal's bar, the goal, the chart) none either."""
    parts = [
        (H60.elevation_track, (300,)), (H60.runner_row, (500, 0, True)), (H60.hike_hero, (300,)),
        (H60.carpool_row, (500,)), (H60.desk_plan, (300,)), (H60.part_row, (500,)),
        (H60.concert_hero, (300,)), (H60.soloist_cards, (300,)), (H60.soloist_feature, (300,)),
        (H60.programme_row, (500, 0)), (H60.conductor_tile, (200,)), (H60.singers_grid, (800,)),
        (H60.chat_line, (500,)), (H60.keyholders, (300,)), (H60.machine_row, (500,)),
        (H60.project_post, (300,)), (H60.induction_matrix, (300,)), (H60.request_row, (500,)),
        (H60.drive_poster, (300,)), (H60.volunteers, (300,)), (H60.donor_story, (300,)),
        (H60.chair_row, (500,)), (H60.donor_id, (200,)), (H60.referrals, (300,)),
        (H60.session_slot, (500,)),
        (no_cast(H60.race_header), (300,)), (no_cast(H60.route_card), (300,)),
        (no_cast(H60.rehearsal_bar), (300,)), (no_cast(H60.goal_gauge), (300,)),
        (no_cast(H60.donation_chart), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Hikes and a concert (the photos' back rows), then the hike's photo and the concert's photo
    alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H60,
        [H60.hike_meetup, H60.hike_meetup, H60.concert_night],
        people_and_things,
        [lambda k=k: part(H60.hike_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H60.concert_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H60.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A mountain trail, a path through a wood, a concert platform, a page of a score, a bench, a 3D
    printer, a circuit board and a donation session's room are drawn at any size asked, alike from
    one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H60.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT60_SEED`` the set opens again on the round's first screens (two races and two
    hikes), with over 350 faces a round; given two_people.jpg alone its first screens count no
    face."""
    heldout_sets.check_generate(H60, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H60)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 490 faces on 18 screens (433 under 32 px,
    50 of 32-63, 5 of 64-127, 2 of 128 or more; 469 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h60- and h60-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H60, one_round, "h60", 490, [433, 50, 5, 2], 469)
