"""bench/heldout49.py, the forty-ninth blind held-out set (sport and fitness in everyday life): tests
of the faces it annotates. No detector runs here; the set is scored once, later, on a frozen
detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes, cuts faces at the right edge and holds the large
faces the yoga studio and the trainer's chat promise; each part (the timetable's blocks and a
class's sheet, the club's bars, group run and ranking, a line-up on its plan, the squad's shirts
and parents' jobs, a heat's lanes, the relay and results, one's race result with its bib, finish
photos and finishers, teachers and reviews, progress photos, a form check and the coach's texts,
the manager of the month, the big game and the table's lines, friends here and the floor's pins,
players looking and open matches) counts faces of its sizes inside its bounds, and with a
face-free cast none; the away are grey, bibs and pose lines lie under faces, tags over chins cut
them; the parts without people and the plans draw only inside their bands; faces under 18 px are
drawn and never counted; the drawn things are reproducible; the set repeats from its seed, leaves
out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import functools
import itertools
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H49 = heldout_sets.bench("heldout49")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Box = tuple[float, float, float, float]
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside
BIB = (40, 200, 250)


def part(
    fn: Callable[..., Any], seed: int, *args: Any, people: bool = True, face: C.Photo | None = None
) -> tuple[C.Composite, Any, Found]:
    """``fn`` of this set alone on a screen (heldout_sets' ``part_alone``, cast with the marked face
    unless ``face`` is given, or with no person)."""
    return heldout_sets.part_alone(H49, "h49-part", fn, seed, *args, people=people, face=face)


one_in = functools.partial(heldout_sets.one_in, part)  # rows of one face or none (heldout_sets' one_in)
spread = heldout_sets.spread  # the median spread of the channels over a box: 0 where grey


def light_under(comp: C.Composite, box: Box, down: float) -> bool:
    """The pixel ``down`` face sizes under the middle of ``box``'s foot is near white (a bib, a
    joint), where the marked face's photo round it is black."""
    a, _b, c, d = box
    x, y = round((a + c) / 2), round(d + down * (c - a))
    return bool(comp.image[y, x].mean() > 200)


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """Round one of the set at its seed, drawn a single time for this module: every held-out photo
    goes in, as the bench hands them over (two_people.jpg included, for the generator to drop), with
    the session's face-free photos."""
    photos = C.load_photos(split="heldout")
    return list(H49.generate(photos, people_and_things[1], reps=1))


def test_ten_layouts_the_teachers_and_the_coach_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the yoga studio's teachers and the
    trainer's chat (once), thirteen face-free screens a round; the seed is 49494 unless
    ``HELDOUT49_SEED`` names another."""
    heldout_sets.check_rounds(H49, 2, 13)
    assert (H49.yoga_teachers, H49.trainer_checkin) == H49.ONCE
    heldout_sets.check_seed(H49, 49494)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a gym's timetable) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H49, people_and_things[1], "h49-timetable")


@pytest.mark.parametrize("layout", H49.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greyed faces and the sheet's scrim keep the marked
    face light)."""
    heldout_sets.check_marked_boxes(H49, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (a line-up on its plan, a pool's lanes and courts with round things on them); the
    face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H49, one_round, "h49", ["matchday", "gala", "courts"])


def test_rows_cross_the_right_edge_and_the_teachers_and_coach_hold_large_faces(
    one_round: list[C.Composite],
) -> None:
    """The rows run past the right edge leave a face cut by the screen's edge on one layout or more;
    the featured teacher counts a face of 80 px or more, the progress photos one of 46 px or more,
    and every face counted is 18 px or more."""
    cut = set()
    for comp in one_round:
        for (x1, _y1, x2, _y2), size in zip(comp.faces, comp.sizes, strict=True):
            if x2 >= RIGHT - 1 and size - (x2 - x1) > 2:
                cut.add(comp.kind)
    assert cut, cut
    [teachers] = [c for c in one_round if c.kind == "h49-teachers"]
    [coach] = [c for c in one_round if c.kind == "h49-coach"]
    assert max(teachers.sizes) >= 80 and max(coach.sizes) >= 46, (teachers.sizes, coach.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_the_timetable_puts_each_instructor_in_a_block_corner() -> None:
    """``week_grid`` returns its foot and counts 18-24 px faces under the days' heads, each inside
    one day's column and in its right 70 px (a block's top right corner, two instructors side by
    side)."""
    cw = (H49.WIDTH - 20 - 96) // 5
    faced = 0
    for seed in range(4):
        _comp, foot, found = part(H49.week_grid, seed, 300, 1869)
        assert (
            foot == 1869 and found and sized(found, 18.3, 24) and inside(found, 96, 384, H49.WIDTH - 20, 1869)
        )
        for (a, _b, c, _d), _z in found:
            col = (a - 96) // cw
            assert col == (c - 97) // cw and a >= 96 + (col + 1) * cw - 70, (a, c)
        faced += len(found)
    assert faced >= 60, faced


def test_a_class_sheet_holds_the_instructor_and_who_is_going() -> None:
    """``class_sheet`` counts faces only on the sheet below its top: the instructor's one 44-72 px
    face at its left and who is going, 18-22 px."""
    for seed in range(4):
        _comp, _value, found = part(H49.class_sheet, seed, 1200)
        big = [(b, z) for b, z in found if z > 30]
        assert inside(found, 0, 1200, H49.WIDTH, C.H - C.NAV_H)
        assert len(big) == 1 and sized(big, 44, 72) and big[0][0][0] < 130
        assert sized([(b, z) for b, z in found if z <= 30], 18.3, 22) and len(found) >= 3


def test_the_clubs_bars_stand_tallest_first_and_run_past_the_edge() -> None:
    """``distance_bars`` (420 px) counts 22-30 px faces on top of the bars, left to right each no
    higher than the one before (the tallest first), and on some seeds the last one is cut by the
    screen's right edge."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H49.distance_bars, seed, 300)
        assert (
            height == 420 and len(found) >= 6 and sized(found, 22, 30) and inside(found, 30, 300, RIGHT, 696)
        )
        tops = [b[1] for b, _z in sorted(found, key=lambda f: f[0][0])]
        assert all(q >= p - 10 for p, q in itertools.pairwise(tops)), tops
        cut += any(b[2] >= RIGHT - 1 and z - (b[2] - b[0]) > 2 for b, z in found)
    assert cut >= 2, cut


def test_the_group_runs_post_and_the_ranking() -> None:
    """``run_share`` counts the poster's 22-28 px face at its top left or none, the runners' faces
    in the photo (18 px or more, the front ones 48 px or less give or take a figure's tenth) and
    the kudos, all inside its height; ``rank_row`` (92 px) one 20-26 px face after the place or
    none."""
    for seed in range(6):
        _comp, height, found = part(H49.run_share, seed, 300)
        poster = [(b, z) for b, z in found if b[0] < 80 and b[1] < 340]
        assert (
            inside(found, 20, 300, H49.WIDTH - 20, 300 + height)
            and len(poster) <= 1
            and sized(poster, 22, 28)
        )
        assert len(found) >= 3 and all(18 <= z <= 48 * 1.1 + 0.5 for _b, z in found)
    one_in(H49.rank_row, 92, (20, 26), (110, 150), 5, 4)


def test_a_line_up_stands_on_its_plan_and_low_tags_cut_chins() -> None:
    """``lineup_plan`` (660 px) counts up to seven 28-44 px faces on the plan, and over the seeds a
    tag laid over a chin leaves some face's box shorter than its size."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H49.lineup_plan, seed, 300, BIB)
        assert height == 660 and 3 <= len(found) <= 7 and sized(found, 28, 44)
        assert inside(found, 30, 300, H49.WIDTH - 30, 940)
        cut += sum(b[3] - b[1] < 0.85 * z for b, z in found)
    assert cut >= 2, cut


def test_the_squads_shirts_and_the_away_in_grey() -> None:
    """``squad_shirts`` (210 px) counts six to eight 22-30 px faces over the collars in a row; over
    the seeds some are grey (away) and some keep their colour."""
    grey = kept = 0
    for seed in range(6):
        comp, height, found = part(H49.squad_shirts, seed, 300, BIB, face=heldout_sets.plain_face())
        assert height == 210 and 5 <= len(found) <= 8 and sized(found, 22, 30)
        assert inside(found, 30, 340, H49.WIDTH - 30, 392)
        grey += sum(spread(comp, b) <= 2 for b, _z in found)
        kept += sum(spread(comp, b) > 40 for b, _z in found)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_parents_jobs_hold_a_parent_or_an_open_place() -> None:
    """``duty_row`` (96 px) counts the parent's one 20-26 px face at the right or none (an open
    place to volunteer for)."""
    one_in(H49.duty_row, 96, (20, 26), (H49.WIDTH - 280, H49.WIDTH - 230), 3)


def test_a_heats_lanes_put_one_swimmer_by_each_block() -> None:
    """``heat_lanes`` (six lanes of 100 px or eight of 80, with the gaps) counts 20-28 px faces by
    the starting blocks, at most one a lane."""
    for seed in range(6):
        _comp, height, found = part(H49.heat_lanes, seed, 300)
        lh = 100 if height == 644 else 80
        assert (
            height in (644, 684)
            and found
            and sized(found, 20, 28)
            and inside(found, 86, 300, 130, 300 + height)
        )
        lanes = [((b[1] + b[3]) / 2 - 312) // lh for b, _z in found]
        assert len(set(lanes)) == len(lanes), lanes


def test_the_relay_photo_and_the_results() -> None:
    """``relay_photo`` counts up to four faces inside its photo, 90 px or less give or take a
    figure's tenth; ``result_row`` (90 px) one 20-26 px face after the place or none."""
    for seed in range(4):
        _comp, height, found = part(H49.relay_photo, seed, 300)
        assert 1 <= len(found) <= 4 and inside(found, 20, 300, H49.WIDTH - 20, 300 + height - 20)
        assert all(18 <= z <= 90 * 1.1 + 0.5 for _b, z in found)
    one_in(H49.result_row, 90, (20, 26), (92, 130), 5, 2)


def test_ones_race_result_pins_a_bib_under_the_face() -> None:
    """``result_card`` (460 px) counts the finish photo's one 80-220 px face inside the photo, and
    a bib's white paper lies on the chest under it wherever the photo reaches so far."""
    bibs = 0
    for seed in range(6):
        comp, height, found = part(H49.result_card, seed, 300)
        assert (
            height == 460 and len(found) == 1 and sized(found, 80, 220) and inside(found, 40, 320, 400, 720)
        )
        box = found[0][0]
        if box[3] + 0.8 * (box[2] - box[0]) < 715:
            assert light_under(comp, box, 0.64)
            bibs += 1
    assert bibs >= 2, bibs


def test_finish_photos_wear_bibs_and_finishers_rows() -> None:
    """``finish_tile`` counts one to three runners inside its cell (24-50 px give or take a figure's
    tenth), a bib's white under each where the cell reaches; ``finisher_row`` (92 px) one 20-26 px
    face after the place or none."""
    bibs = 0
    for seed in range(8):
        comp, _value, found = part(H49.finish_tile, seed, 100, 300, 240, 300)
        assert 1 <= len(found) <= 3 and inside(found, 100, 300, 340, 600)
        assert all(21.5 <= z <= 55.5 for _b, z in found)
        for box, _z in found:
            if box[3] + 0.8 * (box[2] - box[0]) < 595:
                assert light_under(comp, box, 0.64)
                bibs += 1
    assert bibs >= 4, bibs
    one_in(H49.finisher_row, 92, (20, 26), (100, 140), 5, 17)


def test_teachers_under_arches_and_reviews() -> None:
    """``teacher_hero`` (660 px) counts one 90-260 px face in its arch at the left; ``teacher_card``
    (490 px) one 40-90 px face in its arch; ``review_row`` (110 px) one 22-28 px face or none."""
    for seed in range(4):
        _comp, height, found = part(H49.teacher_hero, seed, 300)
        assert (
            height == 660 and len(found) == 1 and sized(found, 90, 260) and inside(found, 30, 300, 470, 940)
        )
        _comp, height, found = part(H49.teacher_card, seed, 30, 300, 329)
        assert height == 490 and len(found) == 1 and sized(found, 40, 90) and inside(found, 50, 320, 339, 620)
    one_in(H49.review_row, 110, (22, 28), (30, 70), 5)


def test_progress_photos_and_a_form_check_with_its_pose() -> None:
    """``progress_pair`` (560 px) counts faces inside its bubble, a 50-150 px one in each photo or
    more; ``form_check`` (470 px) counts a 40-110 px face in its frame, the pose tracker's joints
    lying white on the body under it (the left shoulder's)."""
    x = H49.WIDTH - 30 - 740
    for seed in range(4):
        _comp, height, found = part(H49.progress_pair, seed, 300)
        halves = {b[0] >= x + 16 + 346 for b, z in found if 46 <= z <= 150.5}
        assert height == 560 and inside(found, x, 300, H49.WIDTH - 30, 820) and halves == {False, True}
    for seed in range(4):
        comp, height, found = part(H49.form_check, seed, 300)
        main = [(b, z) for b, z in found if 40 <= z <= 110.5]
        fx = H49.WIDTH - 30 - 600 + 16
        assert height == 470 and main and inside(found, fx, 316, H49.WIDTH - 46, 676)
        (a, _b, c, d), _z = main[0]
        shoulder = (round((a + c) / 2 - (c - a)), round(d + 0.6 * (c - a)))
        if fx < shoulder[0] and shoulder[1] < 676:
            assert comp.image[shoulder[1], shoulder[0]].mean() > 200


def test_the_coachs_texts_hold_the_coach_at_the_bubbles_foot() -> None:
    """``coach_text`` counts the coach's one 20-26 px face at the left, its foot at the bubble's."""
    for seed in range(6):
        _comp, height, found = part(H49.coach_text, seed, 400)
        assert len(found) == 1 and sized(found, 20, 26) and inside(found, 24, 400, 60, 400 + height - 22)
        assert found[0][0][3] >= 400 + height - 22 - 8


def test_the_manager_of_the_month_the_big_game_and_the_tables_lines() -> None:
    """``motm_card`` (220 px) counts one 52-96 px face in its gold ring; ``head_to_head`` (200 px) a
    34-52 px face or none each side of "vs"; ``table_row`` (78 px) one 20-26 px face after the place
    or none, the promotion places striped green and the relegation ones red."""
    for seed in range(4):
        _comp, height, found = part(H49.motm_card, seed, 300)
        assert height == 220 and len(found) == 1 and sized(found, 52, 96) and inside(found, 50, 300, 200, 500)
        _comp, height, found = part(H49.head_to_head, seed, 300)
        left = [f for f in found if f[0][2] < H49.WIDTH // 2]
        assert height == 200 and len(left) <= 1 and len(found) - len(left) <= 1 and sized(found, 34, 52)
    one_in(H49.table_row, 78, (20, 26), (104, 150), 5, 5, 16)
    for place, stripe in ((1, H49.GREEN), (16, H49.RED)):
        comp, _value, _found = part(H49.table_row, 1, 500, place, 16)
        lifted = C.LIFT + np.array(stripe) * (255 - C.LIFT) / 255
        assert np.abs(comp.image[536, 22].astype(float) - lifted).max() < 3


def test_friends_here_and_the_floors_pins() -> None:
    """``friends_here`` counts 28-42 px faces in their rings along a row, the last one cut by the
    right edge on some seeds; ``floor_plan`` (560 px) counts four to nine pinned 18-24 px faces
    inside the plan."""
    cut = 0
    for seed in range(6):
        _comp, height, found = part(H49.friends_here, seed, 300)
        assert len(found) >= 5 and sized(found, 28, 42) and inside(found, 30, 300, RIGHT, 300 + height - 40)
        cut += any(b[2] >= RIGHT - 1 and z - (b[2] - b[0]) > 2 for b, z in found)
        _comp, height, found = part(H49.floor_plan, seed, 300)
        assert height == 560 and 2 <= len(found) <= 9 and sized(found, 18.3, 24)
        assert inside(found, 30, 300, H49.WIDTH - 30, 840)
    assert cut >= 2, cut


def test_players_looking_and_open_matches_on_their_courts() -> None:
    """``players_looking`` counts 30-46 px faces along a row; ``open_match`` (330 px) counts up to
    four 24-34 px faces on its court, at most one in each quarter (two places each side of the
    net)."""
    for seed in range(6):
        _comp, height, found = part(H49.players_looking, seed, 300)
        assert len(found) >= 5 and sized(found, 30, 46) and inside(found, 30, 300, RIGHT, 300 + height - 50)
        _comp, height, found = part(H49.open_match, seed, 300)
        assert (
            height == 330
            and 1 <= len(found) <= 4
            and sized(found, 24, 34)
            and inside(found, 40, 320, 500, 590)
        )
        quarters = [((b[0] + b[2]) / 2 > 270, (b[1] + b[3]) / 2 > 440) for b, _z in found]
        assert len(set(quarters)) == len(quarters), quarters


@pytest.mark.parametrize(
    ("name", "height", "extra"),
    [("challenge_card", 210, ()), ("fixture_card", 190, ("U9 Comets",)), ("busy_chart", 330, ()),
     ("checkin_card", 270, ())],
)  # fmt: skip
def test_parts_without_people_draw_only_inside_their_band(
    name: str, height: int, extra: tuple[str, ...]
) -> None:
    """The challenge's card, the fixture, how busy the gym is and one's check-in take no cast and
    draw nothing outside the band from their top to the height they return."""
    s = H2.Screen.new(random.Random(1), "b", "h49-b", "light")
    before = s.img.copy()
    value = getattr(H49, name)(s, random.Random(2), 600, *extra)
    changed = np.nonzero((s.img != before).any(axis=(1, 2)))[0]
    assert value == height and changed.min() >= 599 and changed.max() <= 600 + height, (name, changed)


def test_plans_bibs_and_lane_ropes_keep_to_their_places() -> None:
    """``court_plan`` covers its rectangle (any sport, lying across or standing) and draws nothing
    outside it; ``race_bib`` draws inside its rectangle; ``lane_rope`` inside its floats' band (and
    a pixel of smoothing round them)."""
    for k, sport in enumerate(("padel", "tennis", "badminton", "netball", "basketball")):
        rect = (40, 300, 500, 570) if k % 2 else (30, 300, 690, 1100)
        img = np.full((C.H, C.W, 3), 7, np.uint8)
        H49.court_plan(img, rect, sport)
        x1, y1, x2, y2 = rect
        assert (img[y1:y2, x1:x2] != 7).any(axis=2).mean() > 0.99, sport
        img[y1:y2, x1:x2] = 7
        assert (img == 7).all(), sport
    img = np.full((400, 400, 3), 7, np.uint8)
    H49.race_bib(img, (100, 100, 220, 180), "4711", BIB)
    H49.lane_rope(img, 20, 380, 300, 6, H49.FLOATS)
    changed = np.argwhere((img != 7).any(axis=2))
    bib = changed[changed[:, 0] < 250]
    rope = changed[changed[:, 0] >= 250]
    assert (bib.min(axis=0) >= (100, 100)).all() and (bib.max(axis=0) <= (181, 221)).all(), bib
    assert (rope.min(axis=0) >= (293, 19)).all() and (rope.max(axis=0) <= (307, 380)).all(), rope


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H49.week_grid, (300, 1869)), (H49.class_sheet, (1200,)), (H49.distance_bars, (300,)),
        (H49.run_share, (300,)), (H49.rank_row, (500, 3)), (H49.lineup_plan, (300, BIB)),
        (H49.squad_shirts, (300, BIB)), (H49.duty_row, (500,)), (H49.heat_lanes, (300,)),
        (H49.relay_photo, (300,)), (H49.result_row, (500, 1)), (H49.result_card, (300,)),
        (H49.finish_tile, (100, 300, 240, 300)), (H49.finisher_row, (500, 9)), (H49.teacher_hero, (300,)),
        (H49.teacher_card, (30, 300, 329)), (H49.review_row, (500,)), (H49.coach_text, (400,)),
        (H49.progress_pair, (300,)), (H49.form_check, (300,)), (H49.motm_card, (300,)),
        (H49.head_to_head, (300,)), (H49.table_row, (500, 4, 16)), (H49.friends_here, (300,)),
        (H49.floor_plan, (300,)), (H49.checkin_row, (500,)), (H49.players_looking, (300,)),
        (H49.open_match, (300,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The club's page (its group run's row behind) and the gala (its relay's photo) draw some face
    under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H49, [H49.club_challenge, H49.club_challenge, H49.swim_meet], people_and_things
    )


@pytest.mark.parametrize("render", H49.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A kettlebell, a bouldering wall, a pool's lanes, a racket on clay, a finisher's medal, a yoga
    mat, a dumbbell rack and a basketball hoop are drawn at any size asked, alike from one seed,
    unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H49.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT49_SEED`` the set opens again on the round's first screens (two timetables and
    two club pages), with over 240 faces a round; given two_people.jpg alone its first screens count
    no face."""
    heldout_sets.check_generate(H49, people_and_things[1], 240, one_round)


@pytest.mark.skipif(
    H49.HELDOUT49_SEED != H49.DEFAULT_SEED, reason="the docstring counts the default seed's set"
)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 366 faces on 18 screens (296 under 32
    px, 63 of 32-63, 3 of 64-127, 4 of 128 or more; 337 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h49- and h49-noface- for the ten
    layouts."""
    heldout_sets.check_drawn_round(one_round, "h49")
    heldout_sets.check_pages_and_kinds(one_round, "h49")
    heldout_sets.check_doc_table(H49)
    heldout_sets.check_doc_round(H49, one_round, 366, [296, 63, 3, 4], 337)
