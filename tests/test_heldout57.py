"""bench/heldout57.py, the fifty-seventh blind held-out set (theatre and the performing arts, sailing
clubs and marinas, summer camps, ski resorts): tests of the faces it annotates. No detector runs
here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the table read and the
season pass promise; each part (a programme's key art, slip, creative team and who's who; a table
read's director, cameras and script; a sign-in sheet's note and rows; a regatta's photo and results;
a marina's harbour master, berths, arrivals and notices; a sailing course's video, class photo and
students; a camp's cabins, one's camper and the album; a ski school's photo, instructors and
lessons; a season pass, the family's passes and the trail map) counts faces of its sizes inside its
bounds, and with a face-free cast none; headshots and album photos are grey on some, late arrivals
and last session's cabins faded; arrivals and instructors are cut by the right edge on some; the
call's grid and the prints keep to their places; the marks draw only inside their places; faces
under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats from its
seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H57 = heldout_sets.bench("heldout57")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H57, "h57")
no_cast = heldout_sets.no_cast


one_round = heldout_sets.round_fixture(H57)  # round one at the seed, drawn once for the module


def test_ten_layouts_the_table_read_and_the_pass_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the table read and the season pass
    (once), thirteen face-free screens a round; the seed is 57575 unless ``HELDOUT57_SEED`` names
    another."""
    heldout_sets.check_rounds(H57, 2, 13)
    assert (H57.table_read, H57.lift_pass) == H57.ONCE
    heldout_sets.check_seed(H57, 57575)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a programme) differ from the default seed's
    in their faces and pixels."""
    heldout_sets.check_another_seed(H57, people_and_things[1], "h57-programme")


@pytest.mark.parametrize("layout", H57.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greys, duotones, stage lights, mist, glare, fades and
    the bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H57, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the cabins, the table read's cameras and the marina's berths, with things in the
    people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H57, one_round, "h57", ["cabins", "tableread", "marina"])


def test_the_table_read_and_the_pass_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The table read counts a face of 100 px or more (the director), the season pass one of 110 px or
    more (the holder), and every face counted is 18 px or more."""
    [read] = [c for c in one_round if c.kind == "h57-tableread"]
    [season] = [c for c in one_round if c.kind == "h57-liftpass"]
    assert max(read.sizes) >= 100 and max(season.sizes) >= 110, (read.sizes, season.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_a_programmes_art_slip_team_and_whos_who() -> None:
    """``programme_art`` (460 px) counts faces inside its photo only, none over 56 px give or take a
    figure's tenth; ``understudy_slip`` (150 px) one 30-44 px face; ``creative_team`` (100 px) a
    facepile of one to six 20-26 px faces; ``whos_who`` (100 px) one or two 22-32 px faces, one a
    half of the page."""
    for seed in range(8):
        _comp, height, found = part(H57.programme_art, seed, 300)
        assert height == 460 and found and inside(found, 0, 300, RIGHT, 740)
        assert all(18 <= z <= 56 * 1.1 + 0.5 for _b, z in found)
        _comp, height, found = part(H57.understudy_slip, seed, 300)
        assert height == 150 and len(found) == 1 and sized(found, 30, 44)
        assert inside(found, 56, 300, 120, 430), found
        _comp, height, found = part(H57.creative_team, seed, 300)
        assert height == 100 and 1 <= len(found) <= 6 and sized(found, 20, 26)
        assert inside(found, 26, 336, 400, 380), found
        _comp, height, found = part(H57.whos_who, seed, 300)
        assert height == 100 and 1 <= len(found) <= 2 and sized(found, 22, 32)
        assert inside(found, 26, 300, 600, 400) and len({b[0] > 540 for b, _z in found}) == len(found)


def test_programme_headshots_are_grey_on_some() -> None:
    """Over the seeds ``whos_who`` draws some headshots grey (the programme's black and white) and
    keeps others in colour."""
    grey, kept = greyed_some(H57.whos_who, 16, 300)
    assert grey >= 4 and kept >= 4, (grey, kept)


def test_a_table_reads_director_cameras_and_script() -> None:
    """``director_tile`` (456-555 px) counts the director's 100-240 px face inside the picture and, on
    most seeds, one's own camera's face inside its 200 x 150 corner; ``role_tile`` faces inside its
    tile only, on most seeds; ``script_line`` (96 px) one 20-26 px face or none; ``call_grid`` lays
    its cameras out row by row in 4:3, all on the screen."""
    own = tiles = 0
    for seed in range(8):
        _comp, height, found = part(H57.director_tile, seed, 200)
        director = [(b, z) for b, z in found if z >= 100]
        assert 456 <= height < 556 and len(director) == 1 and sized(director, 100, 240)
        assert inside(found, 20, 200, RIGHT - 20, 200 + height - 16), found
        corner = [(b, z) for b, z in found if z < 100]
        assert len(corner) <= 1 and inside(corner, RIGHT - 252, 200 + height - 200, RIGHT - 40, 200 + height)
        own += len(corner)
        _comp, _value, found = part(H57.role_tile, seed, 280, 500, 252, 189, seed % 2 == 0)
        assert inside(found, 280, 500, 532, 689) and all(z >= 18 for _b, z in found)
        tiles += bool(found)
    assert own >= 5 and tiles >= 5, (own, tiles)
    one_in(H57.script_line, 96, (20, 26), (30, 60), 5)
    for cols in (3, 4):
        cells = H57.call_grid(cols, cols - 1, 700)
        assert len(cells) == cols * (cols - 1) and cells[0][:2] == (20, 700)
        assert all(x + w <= RIGHT - 20 and abs(h - 0.75 * w) <= 1 for x, _y, w, h in cells)
        assert [c[1] for c in cells] == sorted(c[1] for c in cells)


def test_a_callboards_note_and_sign_in_rows() -> None:
    """``sm_note`` (140 px) counts the stage manager's 24-32 px face or none; ``sign_in_row`` (130 px)
    up to five 22-30 px faces, one size for the row, inside its columns; ``call_times`` (170 px) none."""
    one_in(H57.sm_note, 140, (24, 32), (30, 70), 5)
    signed = 0
    for seed in range(8):
        _comp, height, found = part(H57.sign_in_row, seed, 300)
        assert height == 130 and len(found) <= 5 and sized(found, 22, 30)
        assert inside(found, 40, 310, 920, 350) and len({round(z) for _b, z in found}) <= 1, found
        signed += len(found)
        _comp, height, found = part(no_cast(H57.call_times), seed, 300)
        assert height == 170 and not found
    assert signed >= 20, signed


def test_late_arrivals_are_faded() -> None:
    """Over the seeds ``sign_in_row`` fades some who are due toward the page and keeps the signed in
    in colour."""
    grey, kept = greyed_some(H57.sign_in_row, 16, 300)
    assert grey >= 3 and kept >= 20, (grey, kept)


def test_a_regattas_photo_and_results() -> None:
    """``race_photo`` (420 px) counts faces inside its photo only, none over 48 px give or take a
    figure's tenth, some on most seeds; ``result_row`` (104 px) the helm's 24-32 px face or none at
    the left and a crew of up to two 18-22 px faces at the right, the same for any place."""
    photos = crews = 0
    for seed in range(8):
        _comp, height, found = part(H57.race_photo, seed, 300)
        assert height == 420 and inside(found, 0, 300, RIGHT, 700)
        assert all(18 <= z <= 48 * 1.1 + 0.5 for _b, z in found)
        photos += bool(found)
        _comp, height, found = part(H57.result_row, seed, 500, 1 + seed)
        helm = [(b, z) for b, z in found if b[0] < 300]
        crew = [(b, z) for b, z in found if b[0] >= 300]
        assert height == 104 and len(helm) <= 1 and sized(helm, 24, 32) and inside(helm, 150, 520, 200, 570)
        assert len(crew) <= 2 and sized(crew, 18.3, 22) and inside(crew, H57.WIDTH - 300, 530, 840, 570)
        crews += len(crew)
    assert photos >= 5 and crews >= 3, (photos, crews)


def test_a_marinas_master_berths_arrivals_and_notices() -> None:
    """``harbour_master`` (170 px) counts one 40-56 px face or none; ``berth_map`` (740 px) 18-24 px
    owners by the pontoon inside the map, some on every seed; ``arrivals`` four or more 30-44 px faces
    in a row under its heading, on some seeds the last cut by the screen's edge; ``marina_notice``
    (100 px) one 20-26 px face or none."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H57.berth_map, seed, 300)
        assert height == 740 and found and sized(found, 18.3, 24)
        assert inside(found, 40, 300 + 270, H57.WIDTH - 40, 300 + 450), found
        cut += past_the_edge(H57.arrivals, seed, (30, 44))
    assert cut >= 1, cut
    one_in(H57.harbour_master, 170, (40, 56), (44, 100), 5)
    one_in(H57.marina_notice, 100, (20, 26), (30, 60), 5)


def test_a_courses_video_class_and_students() -> None:
    """``lesson_video`` (440 px) counts the instructor's 60-120 px face inside the video;
    ``class_photo`` faces inside the print only, none over 42 px give or take a figure's tenth, some on
    every seed; ``student_row`` (100 px) one 22-30 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H57.lesson_video, seed, 300)
        assert height == 440 and len(found) == 1 and sized(found, 60, 120)
        assert inside(found, 0, 300, RIGHT, 720), found
        _comp, height, found = part(H57.class_photo, seed, 300)
        assert 380 <= height <= 600 and found and inside(found, 0, 300, RIGHT, 300 + height)
        assert all(18 <= z <= 42 * 1.1 + 0.5 for _b, z in found)
    one_in(H57.student_row, 100, (22, 30), (30, 70), 5)


def test_prints_are_turned_with_their_faces() -> None:
    """``printed`` puts a white border round a picture, turns it and its boxes: a face's box grows no
    more than the turn asks and stays on the print's mask."""
    piece = np.full((200, 300, 3), 90, np.uint8)
    out, boxes, where = H57.printed(piece, [(100.0, 50.0, 160.0, 110.0)], 12, 4.0)
    assert out.shape[:2] == where.shape and out.shape[1] > 324 and out.shape[0] > 224
    [(x1, y1, x2, y2)] = boxes
    assert 60 <= x2 - x1 <= 60 * (1 + 2 * np.sin(np.radians(4))) + 1
    assert where[round((y1 + y2) / 2), round((x1 + x2) / 2)] == 255


def test_a_camps_cabins_camper_and_album() -> None:
    """``cabin_card`` counts the counsellor's 30-40 px face and up to nine 18-24 px campers (one size a
    cabin) inside the card; ``found_in`` (170 px) the camper's 36-48 px face and one to four 20-26 px
    cabin mates; ``album_row`` faces inside its three photos only, some on most seeds."""
    albums = 0
    for seed in range(8):
        _comp, height, found = part(H57.cabin_card, seed, 300)
        lead = [(b, z) for b, z in found if b[1] < 300 + 130]
        campers = [(b, z) for b, z in found if b[1] >= 300 + 130]
        assert len(lead) <= 1 and sized(lead, 30, 40) and inside(lead, 44, 370, 100, 430), lead
        assert len(campers) <= 9 and sized(campers, 18.3, 24) and len({round(z) for _b, z in campers}) <= 1
        assert inside(campers, 40, 430, H57.WIDTH - 40, 300 + height - 16), campers
        _comp, height, found = part(H57.found_in, seed, 300)
        camper = [(b, z) for b, z in found if z >= 33]
        assert height == 170 and len(camper) == 1 and sized(camper, 36, 48)
        assert 1 <= len(found) - 1 <= 4 and sized([f for f in found if f not in camper], 20, 26)
        assert inside(found, 40, 300, 400, 450), found
        _comp, height, found = part(H57.album_row, seed, 300)
        assert height in (340, 400) and inside(found, 0, 300, RIGHT, 300 + height)
        albums += bool(found)
    assert albums >= 5, albums


def test_last_sessions_cabins_and_album_photos_are_grey_on_some() -> None:
    """Over the seeds ``cabin_card`` fades some cabin toward the card (last session) and keeps others
    in colour; ``album_row`` greys some photos (the camp's black-and-white filter)."""
    grey, kept = greyed_some(H57.cabin_card, 16, 300)
    assert grey >= 3 and kept >= 40, (grey, kept)
    grey, kept = greyed_some(H57.album_row, 16, 300)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_a_ski_schools_photo_instructors_and_lessons() -> None:
    """``slope_hero`` (440 px) counts faces inside its photo only, none over 50 px give or take a
    figure's tenth; ``instructor_strip`` four or more 40-56 px faces under its heading, on some seeds
    the last cut by the screen's edge; ``lesson_card`` (196 px) the instructor's 26-34 px face or none
    at the right and up to five 18-22 px booked faces in a stack at the left."""
    cut = booked = 0
    for seed in range(8):
        _comp, height, found = part(H57.slope_hero, seed, 300)
        assert height == 440 and found and inside(found, 0, 300, RIGHT, 720)
        assert all(18 <= z <= 50 * 1.1 + 0.5 for _b, z in found)
        cut += past_the_edge(H57.instructor_strip, seed, (40, 56))
        _comp, height, found = part(H57.lesson_card, seed, 300)
        teacher = [(b, z) for b, z in found if b[0] >= H57.WIDTH - 340]
        stack = [(b, z) for b, z in found if b[0] < H57.WIDTH - 340]
        assert height == 196 and len(teacher) <= 1 and sized(teacher, 26, 34)
        assert inside(teacher, H57.WIDTH - 330, 320, H57.WIDTH - 280, 370), teacher
        assert len(stack) <= 5 and sized(stack, 18.3, 22) and inside(stack, 44, 396, 400, 430), stack
        booked += len(stack)
    assert cut >= 1 and booked >= 10, (cut, booked)


def test_a_season_pass_family_and_trail_map() -> None:
    """``pass_card`` counts the holder's 110-260 px face (or none, hidden past the photo's side) inside
    the photo, its stub none; ``family_passes`` (170 px) up to four 22-28 px faces on their cards;
    ``trail_map`` up to seven 20-28 px friends inside the map, three or more on most seeds."""
    holders = friends = 0
    for seed in range(8):
        _comp, height, found = part(H57.pass_card, seed, 200)
        ph = height - 340
        assert 460 <= ph < 540 and len(found) <= 1 and sized(found, 110, 260)
        assert inside(found, 30, 290, H57.WIDTH - 30, 290 + ph), found
        holders += len(found)
        _comp, height, found = part(H57.family_passes, seed, 300)
        assert height == 170 and len(found) <= 4 and sized(found, 22, 28)
        assert inside(found, 50, 370, 840, 410), found
        _comp, height, found = part(H57.trail_map, seed, 300, 560)
        assert height == 580 and len(found) <= 7 and sized(found, 20, 28)
        assert inside(found, 40, 300, H57.WIDTH - 40, 860), found
        friends += len(found) >= 3
    assert holders >= 6 and friends >= 6, (holders, friends)


def test_marks_draw_only_inside_their_places() -> None:
    """A star's, an anchor's, a pine's and a snowflake's badge, a club's pennant, the runs' signs, a
    QR code and a boat from above draw inside their rectangles (a pixel of smoothing round the round
    ones)."""
    cases = [
        (lambda img: H57.star_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H57.anchor_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H57.pine_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H57.flake_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H57.burgee(img, 50, 100, 40, (9, 9, 9)), (49, 99, 91, 137)),
        (lambda img: H57.piste_sign(img, (100, 100), 16, 0), (83, 83, 117, 117)),
        (lambda img: H57.piste_sign(img, (100, 100), 16, 3), (75, 83, 125, 117)),
        (lambda img: H57.qr_code(img, random.Random(3), 50, 100, 190), (50, 100, 240, 290)),
        (lambda img: H57.boat_top(img, 50, 100, 100, 240, (200, 200, 200), True), (49, 99, 151, 341)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the read's bar, the calls, a lift's row) none either."""
    parts = [
        (H57.programme_art, (300,)), (H57.understudy_slip, (300,)), (H57.creative_team, (300,)),
        (H57.whos_who, (300,)), (H57.director_tile, (200,)), (H57.role_tile, (280, 500, 252, 189, True)),
        (H57.script_line, (500,)), (H57.sm_note, (300,)), (H57.sign_in_row, (300,)),
        (H57.race_photo, (300,)), (H57.result_row, (500, 1)), (H57.harbour_master, (300,)),
        (H57.berth_map, (300,)), (H57.arrivals, (300,)), (H57.marina_notice, (500,)),
        (H57.lesson_video, (300,)), (H57.class_photo, (300,)), (H57.student_row, (500,)),
        (H57.cabin_card, (300,)), (H57.found_in, (300,)), (H57.album_row, (300,)),
        (H57.slope_hero, (300,)), (H57.instructor_strip, (300,)), (H57.lesson_card, (300,)),
        (H57.pass_card, (200,)), (H57.family_passes, (300,)), (H57.trail_map, (300, 560)),
        (no_cast(H57.read_bar), (300,)), (no_cast(H57.call_times), (300,)), (no_cast(H57.lift_row), (300,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (getattr(fn, "__name__", fn), comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """A regatta's results and a programme (the race's and the key art's back rows), then the race's
    photo and the class's photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H57,
        [H57.regatta, H57.regatta, H57.programme],
        people_and_things,
        [lambda k=k: part(H57.race_photo, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H57.class_photo, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H57.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A stage set, an empty auditorium, a marina, a race at sea, a camp's lake, cabins among pines,
    a ski slope and a ski lodge are drawn at any size asked, alike from one seed, unlike from
    others."""
    heldout_sets.check_render(lambda rng, w, h: H57.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT57_SEED`` the set opens again on the round's first screens (two programmes, a
    table read and a sign-in sheet), with over 350 faces a round; given two_people.jpg alone its
    first screens count no face."""
    heldout_sets.check_generate(H57, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H57)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 501 faces on 18 screens (413 under 32 px,
    80 of 32-63, 6 of 64-127, 2 of 128 or more; 446 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h57- and h57-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H57, one_round, "h57", 501, [413, 80, 6, 2], 446)
