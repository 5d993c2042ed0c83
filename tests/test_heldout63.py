"""bench/heldout63.py, the sixty-third blind held-out set (karting clubs, community radio stations and
podcasts, farmers' co-operatives and farm shares, volunteer fire and rescue brigades): tests of the
faces it annotates. No detector runs here; the set is scored once, later, on a frozen detector
(issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the driver's profile
and the studio's call promise; each part (a live timing's session, circuit and classification; a
pit crew's photo, pit box and stops; a driver's card, season, weekend's photos and team-mates; a
radio station's on-air card, schedule strip and presenters; a podcast's show and episodes; a
studio call's bar, cameras, running order and callers; a co-op's map, board and members; a farm
share's photo, calendar and pickup points; an on-call board's station, riders and availability; a
drill night's group photo, crew and photos) counts faces of its sizes inside its bounds, and with a
face-free cast none; the schedule, the board and the riders are cut by the right edge on some; the
episodes' art is grey on some and those away are faded; the driving mode redraws whole radio
screens on some; the circuit stays inside its map; the marks draw only inside their places and the
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

H63 = heldout_sets.bench("heldout63")

sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H63, "h63")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
stacked = functools.partial(heldout_sets.face_and_stack, part)  # a row's face and a stack's
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H63)  # round one at the seed, drawn once for the module
faceless = functools.partial(heldout_sets.faceless, part)  # a part drawn without a cast: no face
one_size, split = heldout_sets.one_size, heldout_sets.split_at  # faces of one size; left and right


def test_ten_layouts_the_driver_and_the_studio_call_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the driver's profile and the studio's
    call (once), thirteen face-free screens a round; the seed is 63636 unless ``HELDOUT63_SEED``
    names another."""
    heldout_sets.check_rounds(H63, 2, 13)
    assert (H63.driver_profile, H63.studio_call) == H63.ONCE
    heldout_sets.check_seed(H63, 63636)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a live timing) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H63, people_and_things[1], "h63-livetiming")


@pytest.mark.parametrize("layout", H63.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (the floodlights, the smoke, the film, the blue
    lights, the driving mode, greys, fades and the bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H63, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (a live timing, a farm share's pickups and an on-call board, with things in the
    people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H63, one_round, "h63", ["livetiming", "sharepickup", "oncall"])


def test_the_driver_and_the_studio_call_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The driver's profile counts a face of 110 px or more (the championship leader), the studio's
    call one of 110 px or more (the presenter), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h63-driver": 110, "h63-studiocall": 110})


def test_a_live_timings_session_circuit_and_classification() -> None:
    """``session_card`` (150 px) counts no face; ``track_map`` (640 px) one to sixteen 18-24 px
    faces of one size on the map; ``lap_row`` (76 px) one 22-30 px face or none in its square."""
    for seed in range(8):
        faceless(H63.session_card, seed, 150)
        _comp, height, found = part(H63.track_map, seed, 300)
        assert height == 640 and 1 <= len(found) <= 16 and sized(found, 18.3, 24) and one_size(found)
        assert inside(found, 40, 340, H63.WIDTH - 40, 900), found
    one_in(H63.lap_row, 76, (22, 30), (154, 192), 5, 3, 0)


def test_the_circuit_stays_inside_its_map() -> None:
    """``track_loop`` gives its points round the centre no farther out than a quarter over its radii
    and no nearer in than a quarter under them, so the karts on it stay on the map; the loop differs
    from seed to seed."""
    loops = []
    for seed in range(6):
        pts = H63.track_loop(random.Random(seed), (540, 620), 360, 200)
        r = np.hypot((pts[:, 0] - 540) / 360, (pts[:, 1] - 620) / 200)
        assert pts.shape == (96, 2) and r.min() >= 0.75 and r.max() <= 1.25, (r.min(), r.max())
        loops.append(pts.round(3).tobytes())
    assert len(set(loops)) == 6


def test_a_pit_crews_photo_box_and_stops() -> None:
    """``pit_hero`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``pit_box`` (540 px) up to eight 20-28 px faces of one size
    round the kart, some on every seed; ``stop_row`` (110 px) the chief's 22-28 px face or none and
    two or three 18-22 px faces of the tyre crew in a stack."""
    shown = crews = 0
    for seed in range(8):
        shown += bool(photo(H63.pit_hero, seed, 300, 460, 44))
        _comp, height, found = part(H63.pit_box, seed, 300)
        assert height == 540 and 1 <= len(found) <= 8 and sized(found, 20, 28) and one_size(found)
        assert inside(found, 40, 320, H63.WIDTH - 40, 800), found
        crews += stacked(
            H63.stop_row, seed, 110, (22, 28), (200, 22, 236, 58), (H63.WIDTH - 420, 40, 750, 67)
        )
    assert shown >= 6 and crews >= 12, (shown, crews)


def test_a_drivers_card_season_photos_and_team_mates() -> None:
    """``driver_card`` counts the driver's 110-240 px face (or none, hidden past the photo's side)
    inside the photo; ``season_chart`` (230 px) none; ``weekend_photos`` up to three 22-90 px faces
    with the marked face, inside its three photos only, some on most seeds; ``teammate_row`` (100
    px) one 24-32 px face or none."""
    picks = shots = 0
    tiles = ((30, 356, 550, 646), (560, 356, 1050, 496), (560, 506, 1050, 646))
    for seed in range(8):
        picks += heldout_sets.photo_card(part, H63.driver_card, seed, (50, 1030))
        faceless(H63.season_chart, seed, 230)
        _comp, height, found = part(H63.weekend_photos, seed, 300)
        assert height == 356 and len(found) <= 3 and sized(found, 22, 90), found
        assert all(any(inside([f], *t) for t in tiles) for f in found), found
        shots += bool(found)
    assert picks >= 6 and shots >= 6, (picks, shots)
    one_in(H63.teammate_row, 100, (24, 32), (30, 70), 5)


def test_a_radio_stations_on_air_card_schedule_and_presenters() -> None:
    """``on_air`` (340 px) counts the presenter's 40-64 px face in the studio's camera and one to
    three 18-22 px faces of the guests in a stack; ``schedule_strip`` four or more 28-40 px faces,
    on some seeds the last cut by the edge; ``presenter_row`` (100 px) one 24-32 px face or none and
    up to two 18-22 px faces of the co-hosts in a stack."""
    cut = cohosts = 0
    for seed in range(8):
        _comp, height, found = part(H63.on_air, seed, 300)
        presenter, guests = split(found, 800)
        assert height == 340 and len(presenter) == 1 and sized(presenter, 40, 64)
        assert inside(presenter, 40, 320, 440, 600), presenter
        assert 1 <= len(guests) <= 3 and sized(guests, 18.3, 22) and inside(guests, 820, 516, 900, 543), (
            guests
        )
        cut += past_the_edge(H63.schedule_strip, seed, (28, 40))
        cohosts += stacked(H63.presenter_row, seed, 100, (24, 32), (30, 18, 70, 58), (760, 34, 830, 61))
    assert cut >= 1 and cohosts >= 2, (cut, cohosts)


def test_the_driving_mode_redraws_whole_radio_screens_on_some() -> None:
    """``driving_mode`` lifts black to 30, keeps white under 235 and cuts a pure colour's spread to
    under two thirds; over the seeds some radio screens are drawn under it (nothing on them lighter
    than 234), not all."""
    white = H63.driving_mode(np.full((2, 2, 3), 255, np.uint8))
    black = H63.driving_mode(np.zeros((2, 2, 3), np.uint8))
    red = H63.driving_mode(np.array([[[0, 0, 255]]], np.uint8)).astype(int)[0, 0]
    assert white.max() < 235 and white.min() > 180 and black.min() == 30
    assert red.max() - red.min() < 170, red
    dimmed = []
    for seed in range(12):
        comp = H63.radio_schedule(heldout_sets.marked_cast(H63, seed), random.Random(seed), "r")
        dimmed.append(int(comp.image.max()) <= 234)
    assert any(dimmed) and not all(dimmed), dimmed


def test_a_podcasts_show_and_episodes() -> None:
    """``show_header`` (340 px) counts one or two 36-50 px faces of the hosts of one size over the
    cover's corner; ``episode_row`` (160 px) the guest's 36-60 px face or none in the art and up to
    three 18-22 px faces of the other guests in a stack."""
    others = 0
    for seed in range(8):
        _comp, height, found = part(H63.show_header, seed, 300)
        assert height == 340 and 1 <= len(found) <= 2 and sized(found, 36, 50) and one_size(found)
        assert inside(found, 170, 530, 320, 600), found
        others += stacked(
            H63.episode_row, seed, 160, (36, 60), (30, 16, 158, 144), (H63.WIDTH - 300, 46, 860, 73)
        )
    assert others >= 6, others


def test_the_episodes_art_is_grey_on_some_and_those_away_faded() -> None:
    """Over the seeds ``episode_row`` draws some guests' portraits grey and keeps others in colour;
    ``availability_row`` fades some firefighters who are away toward the page and keeps the others in
    colour."""
    grey = kept = 0
    for seed in range(24):
        comp, _value, found = part(H63.episode_row, seed, 500, face=heldout_sets.plain_face())
        art, _stack = split(found, 200)
        grey += sum(heldout_sets.spread(comp, b) <= 2 for b, _z in art)
        kept += sum(heldout_sets.spread(comp, b) > 40 for b, _z in art)
    assert grey >= 3 and kept >= 10, (grey, kept)
    grey, kept = greyed_some(H63.availability_row, 40, 500)
    assert grey >= 1 and kept >= 20, (grey, kept)


def test_a_studio_calls_bar_cameras_running_order_and_callers() -> None:
    """``studio_bar`` (110 px) counts no face; ``host_view`` (712-791 px) the presenter's 110-240 px
    face inside the camera across the screen (or none, cut by its side) and up to three 64-120 px
    faces inside the guests' cameras under it (off on some); ``rundown_card`` (200 px) none;
    ``caller_row`` (96 px) one 20-26 px face or none."""
    presenters = 0
    for seed in range(8):
        faceless(H63.studio_bar, seed, 110)
        _comp, height, found = part(H63.host_view, seed, 200)
        top = 200 + height - 16 - H63.GUEST_H
        presenter = [f for f in found if f[0][1] < top - 16]
        guests = [f for f in found if f[0][1] >= top - 16]
        assert 712 <= height < 792 and len(presenter) <= 1 and sized(presenter, 110, 240)
        assert inside(presenter, 20, 200, H63.WIDTH - 20, top - 16), presenter
        assert len(guests) <= 3 and sized(guests, 64, 120), guests
        assert inside(guests, 20, top, H63.WIDTH - 20, top + H63.GUEST_H), guests
        presenters += len(presenter)
        faceless(H63.rundown_card, seed, 200)
    assert presenters >= 6, presenters
    one_in(H63.caller_row, 96, (20, 26), (30, 64), 5)


def test_a_coops_map_board_and_members() -> None:
    """``farm_map`` (640 px) counts one to thirteen 20-26 px faces of one size in the pins on the
    map; ``board_strip`` four or more 32-46 px faces, on some seeds the last cut by the edge;
    ``member_row`` (100 px) the member's 22-30 px face or none and up to two 18-22 px faces of the
    household in a stack."""
    cut = family = 0
    for seed in range(8):
        _comp, height, found = part(H63.farm_map, seed, 300)
        assert height == 640 and 1 <= len(found) <= 13 and sized(found, 20, 26) and one_size(found)
        assert inside(found, H63.MAP_X, 330, H63.MAP_X + H63.MAP_W, 330 + H63.MAP_H), found
        cut += past_the_edge(H63.board_strip, seed, (32, 46))
        family += stacked(H63.member_row, seed, 100, (22, 30), (30, 18, 70, 58), (780, 36, 830, 63))
    assert cut >= 1 and family >= 4, (cut, family)


def test_a_farm_shares_photo_calendar_and_pickup_points() -> None:
    """``harvest_hero`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``pickup_calendar`` (520 px) 18-22 px faces of one size in
    the month's cells, some on every seed; ``pickup_row`` (130 px) the host's 24-30 px face or none
    over the place's photo and up to six 18-22 px faces of one size of who collects there."""
    shown = collectors = 0
    for seed in range(8):
        shown += bool(photo(H63.harvest_hero, seed, 300, 460, 44))
        _comp, height, found = part(H63.pickup_calendar, seed, 300)
        assert height == 520 and 1 <= len(found) <= 30 and sized(found, 18.3, 22) and one_size(found)
        right, foot = H63.CAL_X + 7 * H63.CAL_W, 396 + 5 * H63.CAL_H
        assert inside(found, H63.CAL_X, 396, right, foot), found
        _comp, height, found = part(H63.pickup_row, seed, 500)
        host, row = split(found, 500)
        assert height == 130 and len(host) <= 1 and sized(host, 24, 30)
        assert inside(host, 150, 584, 188, 622), host
        assert len(row) <= 6 and sized(row, 18.3, 22) and one_size(row)
        assert inside(row, 560, 542, 920, 570), row
        collectors += len(row)
    assert shown >= 6 and collectors >= 12, (shown, collectors)


def test_an_on_call_boards_station_riders_and_availability() -> None:
    """``station_card`` (200 px) counts up to nine 18-22 px faces in its appliances' stacks, some on
    every seed; ``riding_now`` four or more 32-46 px faces, on some seeds the last cut by the edge;
    ``availability_row`` (84 px) one 22-28 px face or none."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H63.station_card, seed, 300)
        assert height == 200 and 1 <= len(found) <= 9 and sized(found, 18.3, 22)
        assert inside(found, 44, 410, H63.WIDTH - 20, 450), found
        cut += past_the_edge(H63.riding_now, seed, (32, 46))
    assert cut >= 1, cut
    one_in(H63.availability_row, 84, (22, 28), (32, 68), 5)


def test_a_drill_nights_group_crew_and_photos() -> None:
    """``drill_group`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``crew_grid`` (456 px) up to fourteen 20-30 px faces of one
    size inside its two rows of headshots, at most one a tile; ``drill_tile_row`` (340 px) faces of
    18-48 px (a figure's tenth over) inside its two photos only, some on most seeds."""
    shown = shots = 0
    for seed in range(8):
        shown += bool(photo(H63.drill_group, seed, 300, 460, 44))
        _comp, height, found = part(H63.crew_grid, seed, 300)
        assert height == 456 and 1 <= len(found) <= 14 and sized(found, 20, 30) and one_size(found)
        assert inside(found, 30, 356, 30 + 6 * H63.CREW_DX + H63.CREW_W, 356 + 2 * H63.CREW_ROW), found
        cells = {(round(b[0] - 30) // H63.CREW_DX, round(b[1] - 356) // H63.CREW_ROW) for b, _z in found}
        assert len(cells) == len(found), found
        _comp, height, found = part(H63.drill_tile_row, seed, 500)
        assert height == 340 and all(18 <= z <= 48 * 1.1 + 0.5 for _b, z in found), found
        tiles = [
            (30 + k * (H63.DRILL_W + 10), 510, 30 + k * (H63.DRILL_W + 10) + H63.DRILL_W, 790)
            for k in range(2)
        ]
        assert all(any(inside([f], *t) for t in tiles) for f in found), found
        shots += bool(found)
    assert shown >= 6 and shots >= 6, (shown, shots)


def test_marks_draw_only_inside_their_places() -> None:
    """A chequered flag's, a microphone's, a crate's and a flame's badge, an ON AIR sign and a
    crate's glyph draw inside their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (functools.partial(lambda img, fn: fn(img, (100, 100), 12, (20, 20, 20)), fn=fn), (84, 84, 116, 116))
        for fn in (H63.flag_badge, H63.mic_badge, H63.crate_badge, H63.flame_badge)
    ]
    cases += [
        (lambda img: H63.on_air_sign(img, 50, 50), (49, 49, 183, 93)),
        (lambda img: H63.crate(img, 50, 50, 30, 18), (50, 50, 80, 68)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_tinted_as_they_say() -> None:
    """The floodlights keep a white picture light and warm a dark one more at its top than at its
    foot (red above blue); the smoke lightens a dark picture round its band and keeps a white one
    light; the polytunnel's film lightens a dark picture, most along its diagonal, and keeps a white
    one light; the blue lights tint a dark picture blue, more at the near corner than the far one,
    and keep a white one light; all leave the picture's size as it was."""
    white = np.full((40, 80, 3), 240, np.uint8)
    dark = np.zeros((40, 80, 3), np.uint8)
    lit = H63.floodlit(0.6)
    warm = lit(dark).astype(int)
    assert lit(white).shape == white.shape and lit(white).mean() > 150
    assert warm[0].mean() > warm[-1].mean() + 10 and (warm[..., 2] > warm[..., 0]).all()
    smoke = H63.tyre_smoke(random.Random(2), 0.6)
    assert smoke(white).shape == white.shape and smoke(white).min() >= 200 and smoke(dark).max() > 60
    film = H63.polytunnel(0.3)(dark).astype(int)
    assert H63.polytunnel(0.3)(white).min() >= 220 and film.min() > 50
    assert film[20, 34].mean() > max(film[0, 0].mean(), film[39, 79].mean()) + 10
    for left in (True, False):
        lights = H63.blue_lights(0.45, left)
        tint = lights(dark).astype(int)
        near, far = (tint[0, 0], tint[0, -1]) if left else (tint[0, -1], tint[0, 0])
        assert lights(white).mean() > 180 and near[0] > far[0] + 20 and near[0] > near[2], (near, far)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the session, the season, the studio's bar and its running order) none either."""
    parts = [
        (H63.track_map, (300,)), (H63.lap_row, (500, 2, 2)), (H63.pit_hero, (300,)), (H63.pit_box, (300,)),
        (H63.stop_row, (500,)), (H63.driver_card, (200,)), (H63.weekend_photos, (300,)),
        (H63.teammate_row, (500,)), (H63.on_air, (300,)), (H63.schedule_strip, (300,)),
        (H63.presenter_row, (500,)), (H63.show_header, (300,)), (H63.episode_row, (500,)),
        (H63.host_view, (200,)), (H63.caller_row, (500,)), (H63.farm_map, (300,)),
        (H63.board_strip, (300,)), (H63.member_row, (500,)), (H63.harvest_hero, (300,)),
        (H63.pickup_calendar, (300,)), (H63.pickup_row, (500,)), (H63.station_card, (300,)),
        (H63.riding_now, (300,)), (H63.availability_row, (500,)), (H63.drill_group, (300,)),
        (H63.crew_grid, (300,)), (H63.drill_tile_row, (500,)), (no_cast(H63.session_card), (300,)),
        (no_cast(H63.season_chart), (300,)), (no_cast(H63.studio_bar), (300,)),
        (no_cast(H63.rundown_card), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Pit crews and a farm share (the photos' back rows), then the paddock's photo and the pickers'
    photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H63,
        [H63.pit_crew, H63.pit_crew, H63.share_pickup],
        people_and_things,
        [lambda k=k: part(H63.pit_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H63.harvest_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H63.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A kart circuit, a team's awning, a radio studio, a transmitter on a hill, a market garden's
    field, a packing shed, a fire station's front and a drill yard's tower are drawn at any size
    asked, alike from one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H63.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT63_SEED`` the set opens again on the round's first screens (two live timings and
    two pit crews), with over 350 faces a round; given two_people.jpg alone its first screens count
    no face."""
    heldout_sets.check_generate(H63, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H63)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 480 faces on 18 screens (409 under 32 px,
    66 of 32-63, 3 of 64-127, 2 of 128 or more; 461 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h63- and h63-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H63, one_round, "h63", 480, [409, 66, 3, 2], 461)
