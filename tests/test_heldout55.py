"""bench/heldout55.py, the fifty-fifth blind held-out set (logistics and delivery, farmers' markets
and growers' co-ops, libraries and book clubs, transit and carpool community boards): tests of the
faces it annotates. No detector runs here; the set is scored once, later, on a frozen detector
(issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the co-op's story and
the author's Q&A promise; each part (a parcel's map, courier, steps and rating sheet; a roster's
shifts and swaps; a leaderboard's podium, crew and ranks; a market's stalls, vendors' cards, crowd
and wall tiles; a co-op's video, members and harvest news; a book club's banner, book and readers;
an author's camera, audience and questions; a carpool board's regulars and carpools; a lost and
found's posts) counts faces of its sizes inside its bounds, and with a face-free cast none; crowds
and wall tiles are grey on some, crew on leave and returned posts faded; the stalls and the
regulars are cut by the right edge on some; the marks draw only inside their places; faces under
18 px are drawn and never counted; the drawn things are reproducible; the set repeats from its
seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H55 = heldout_sets.bench("heldout55")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, _ = heldout_sets.set_parts(H55, "h55")
no_cast = heldout_sets.no_cast
cut_by_the_edge = heldout_sets.cut_at_right


one_round = heldout_sets.round_fixture(H55)  # round one at the seed, drawn once for the module


def test_ten_layouts_the_coop_and_the_author_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the co-op's story and the author's Q&A
    (once), thirteen face-free screens a round; the seed is 55555 unless ``HELDOUT55_SEED`` names
    another."""
    heldout_sets.check_rounds(H55, 2, 13)
    assert (H55.coop_story, H55.author_qa) == H55.ONCE
    heldout_sets.check_seed(H55, 55555)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a parcel's tracking) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H55, people_and_things[1], "h55-tracking")


@pytest.mark.parametrize("layout", H55.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greys, fades and the bands over photos keep it
    light)."""
    heldout_sets.check_marked_boxes(H55, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the market's photo wall, the author's Q&A's cameras and the warehouse's roster,
    with things in the people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H55, one_round, "h55", ["wall", "qa", "roster"])


def test_the_coop_and_the_author_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The co-op's story counts a face of 120 px or more (the grower's video), the author's Q&A one of
    100 px or more (the author's camera), and every face counted is 18 px or more."""
    [coop] = [c for c in one_round if c.kind == "h55-coop"]
    [qa] = [c for c in one_round if c.kind == "h55-qa"]
    assert max(coop.sizes) >= 120 and max(qa.sizes) >= 100, (coop.sizes, qa.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_a_parcels_map_courier_steps_and_rating() -> None:
    """``route_map`` (540 px) counts one 26-40 px face on the map (the courier's pin);
    ``courier_card`` (200 px) one 40-64 px face or none at its left; ``tracking_step`` (100 px) one
    20-28 px face on the line or none; ``rate_courier`` one 70-140 px face in the sheet's middle."""
    faced = 0
    for seed in range(8):
        _comp, height, found = part(H55.route_map, seed, 300)
        assert height == 540 and len(found) == 1 and sized(found, 26, 40)
        assert inside(found, 40, 300, RIGHT - 40, 820), found
        _comp, height, found = part(H55.courier_card, seed, 300)
        assert height == 200 and len(found) <= 1 and sized(found, 40, 64) and inside(found, 44, 324, 130, 410)
        faced += len(found)
        _comp, _value, found = part(H55.rate_courier, seed, 1250)
        assert len(found) == 1 and sized(found, 70, 140)
        assert inside(found, H55.WIDTH // 2 - 90, 1310, H55.WIDTH // 2 + 90, 1480), found
    assert faced >= 5, faced
    one_in(H55.tracking_step, 100, (20, 28), (60, 100), 3)


def test_a_rosters_shifts_and_swaps() -> None:
    """``shift_block`` (336 px) counts the lead's 36-52 px face or none at its upper left, the crew's
    facepile of 20-28 px and up to five 22-30 px faces in the docks' cells, all inside its card;
    ``swap_row`` (96 px) up to two 20-26 px faces at its left."""
    for seed in range(8):
        _comp, height, found = part(H55.shift_block, seed, 300)
        assert height == 336 and inside(found, 20, 300, RIGHT - 20, 620)
        lead = [(b, z) for b, z in found if b[1] < 400]
        assert len(lead) <= 1 and sized(lead, 36, 52) and inside(lead, 50, 364, 120, 430)
        crew = [(b, z) for b, z in found if 400 <= b[1] < 480]
        assert 1 <= len(crew) <= 6 and sized(crew, 20, 28)
        cells = [(b, z) for b, z in found if b[1] >= 480]
        assert len(cells) <= 5 and sized(cells, 22, 30) and inside(cells, 50, 496, RIGHT - 40, 540)
        _comp, height, found = part(H55.swap_row, seed, 300)
        assert height == 96 and len(found) <= 2 and sized(found, 20, 26) and inside(found, 30, 322, 200, 360)


def test_crew_on_leave_are_faded() -> None:
    """Over the seeds ``shift_block`` fades some dock's face toward the card (on leave) and keeps
    others in colour."""
    grey, kept = greyed_some(H55.shift_block, 20, 300)
    assert grey >= 2 and kept >= 20, (grey, kept)


def test_a_leaderboards_podium_crew_and_ranks() -> None:
    """``podium`` (460 px) counts three faces of 48-96 px, the largest 64 px or more; ``depot_crew``
    (420 px) faces only inside its photo, none over 46 px give or take a figure's tenth;
    ``rank_row`` (96 px) one 22-32 px face or none."""
    crews = 0
    for seed in range(8):
        _comp, height, found = part(H55.podium, seed, 300)
        assert (
            height == 460 and len(found) == 3 and sized(found, 48, 96) and inside(found, 0, 300, RIGHT, 740)
        )
        assert max(z for _b, z in found) >= 64
        _comp, height, found = part(H55.depot_crew, seed, 300)
        assert height == 420 and inside(found, 0, 300, RIGHT, 700)
        assert all(18 <= z <= 46 * 1.1 + 0.5 for _b, z in found)
        crews += bool(found)
    assert crews >= 6, crews
    one_in(H55.rank_row, 96, (22, 32), (90, 135), 5)


def test_a_markets_stalls_and_vendors() -> None:
    """``stall_strip`` (290 px) counts 22-56 px faces inside its row, on some seeds the last cut by
    the screen's edge; ``vendor_card`` (its photo 0.7 times as high as wide, 190 px under it) the
    vendor's avatar (30-44 px; initials on some) over the photo's foot and on some seeds the vendor
    behind the stall (26-70 px), inside the card."""
    cut = stalls = avatars = 0
    for seed in range(12):
        _comp, height, found = part(H55.stall_strip, seed, 300)
        assert height == 290 and sized(found, 22, 56) and inside(found, 30, 300, RIGHT, 500)
        cut += cut_by_the_edge(found)
        _comp, height, found = part(H55.vendor_card, seed, 20, 300, 500)
        assert height == 540 and len(found) <= 2 and sized(found, 26, 70)
        assert inside(found, 20, 300, 520, 700), found
        avatar = [(b, z) for b, z in found if b[1] >= 600]
        assert len(avatar) <= 1 and sized(avatar, 30, 44) and inside(avatar, 40, 600, 100, 700)
        stalls += len(found) > len(avatar)
        avatars += len(avatar)
    assert cut >= 1 and stalls >= 2 and avatars >= 8, (cut, stalls, avatars)


def test_a_market_days_crowd_and_wall_tiles() -> None:
    """``crowd_banner`` (460 px) counts faces only inside its photo, none over 48 px give or take a
    figure's tenth; ``wall_tile`` the uploader's 18-24 px face over its lower left and on most seeds
    people in its photo, inside its place."""
    people = 0
    for seed in range(8):
        _comp, height, found = part(H55.crowd_banner, seed, 300)
        assert height == 460 and found and inside(found, 0, 300, RIGHT, 740)
        assert all(18 <= z <= 48 * 1.1 + 0.5 for _b, z in found)
        _comp, height, found = part(H55.wall_tile, seed, 100, 300, 340)
        assert 260 <= height <= 520 and inside(found, 60, 300, 480, 300 + height)
        uploader = [(b, z) for b, z in found if b[1] >= 300 + height - 14 - 40 and b[0] < 150]
        assert len(uploader) >= 1 and all(z >= 18 for _b, z in found)
        people += len(found) > 1
    assert people >= 3, people


def test_crowds_and_wall_tiles_are_grey_on_some() -> None:
    """Over the seeds ``crowd_banner`` draws the whole crowd grey on some and in colour on others;
    ``wall_tile`` grey photos on some."""
    grey, kept = greyed_some(H55.crowd_banner, 16, 300)
    assert grey >= 4 and kept >= 4, (grey, kept)
    grey, kept = greyed_some(H55.wall_tile, 40, 100, 300, 340)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_a_coops_video_members_and_harvest_news() -> None:
    """``grower_video`` (640-740 px) counts one 120-280 px face inside its video; ``member_tile`` one
    36-60 px face or none in its cell; ``harvest_row`` (116 px) one 22-28 px face or none."""
    faced = 0
    for seed in range(8):
        _comp, height, found = part(H55.grower_video, seed, 200)
        assert 640 <= height <= 740 and len(found) == 1 and sized(found, 120, 280)
        assert inside(found, 0, 200, RIGHT, 200 + height - 20)
        _comp, _value, found = part(H55.member_tile, seed, 200, 500, 256)
        assert len(found) <= 1 and sized(found, 36, 60) and inside(found, 200, 508, 456, 580)
        faced += len(found)
    assert faced >= 5, faced
    one_in(H55.harvest_row, 116, (22, 28), (30, 70), 5)


def test_a_book_clubs_banner_book_and_readers() -> None:
    """``club_banner`` (400 px) counts the members' facepile of 26-36 px over the banner's foot and
    nothing in the banner; ``now_reading`` (260 px) none; ``reader_row`` (130 px) one 24-34 px face
    or none at its left."""
    for seed in range(8):
        _comp, height, found = part(H55.club_banner, seed, 300)
        assert height == 400 and 1 <= len(found) <= 7 and sized(found, 26, 36)
        assert inside(found, 30, 596, RIGHT, 650), found
        _comp, height, found = part(no_cast(H55.now_reading), seed, 300)
        assert height == 260 and not found
    one_in(H55.reader_row, 130, (24, 34), (30, 80), 5)


def test_an_authors_camera_audience_and_questions() -> None:
    """``author_tile`` (576-676 px) counts one 100-260 px face inside its picture; ``audience_tile``
    faces inside its tile only, on most seeds; ``question_row`` (100 px) one 20-26 px face or
    none."""
    tiles = 0
    for seed in range(8):
        _comp, height, found = part(H55.author_tile, seed, 200)
        assert 576 <= height <= 676 and len(found) == 1 and sized(found, 100, 260)
        assert inside(found, 20, 200, RIGHT - 20, 200 + height - 16)
        _comp, _value, found = part(H55.audience_tile, seed, 280, 500, 252, 189)
        assert inside(found, 280, 500, 532, 689) and all(z >= 18 for _b, z in found)
        tiles += bool(found)
    assert tiles >= 5, tiles
    one_in(H55.question_row, 100, (20, 26), (80, 120), 5)


def test_a_carpool_boards_regulars_and_carpools() -> None:
    """``regulars`` counts four or more 36-54 px faces in one row, on some seeds the last cut by the
    screen's edge; ``carpool_card`` (266 px) the driver's 30-44 px face or none at its upper left and
    one to four riders of 20-26 px in a facepile, inside its card."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H55.regulars, seed, 300)
        assert len(found) >= 4 and sized(found, 36, 54) and inside(found, 30, 300, RIGHT, 300 + height)
        cut += cut_by_the_edge(found)
        _comp, height, found = part(H55.carpool_card, seed, 300)
        assert height == 266 and inside(found, 20, 300, RIGHT - 20, 550)
        driver = [(b, z) for b, z in found if b[1] < 420]
        assert len(driver) <= 1 and sized(driver, 30, 44) and inside(driver, 44, 324, 110, 390)
        riders = [(b, z) for b, z in found if b[1] >= 470]
        assert 1 <= len(riders) <= 4 and sized(riders, 20, 26)
    assert cut >= 1, cut


def test_lost_and_found_posts() -> None:
    """``found_post`` counts the poster's 22-30 px face or none at its upper left, people in the
    items' photos on some seeds and the replies' facepile of 18-22 px at its foot, inside it."""
    photos = 0
    for seed in range(10):
        _comp, height, found = part(H55.found_post, seed, 300, 1500)
        assert 220 <= height <= 460 and inside(found, 30, 300, RIGHT, 300 + height)
        poster = [(b, z) for b, z in found if b[1] < 360]
        assert len(poster) <= 1 and sized(poster, 22, 30) and inside(poster, 30, 316, 80, 360)
        replies = [(b, z) for b, z in found if b[1] >= 300 + height - 72]
        assert 1 <= len(replies) <= 3 and sized(replies, 18.3, 22)
        photos += len(found) > len(poster) + len(replies)
    assert photos >= 1, photos


def test_returned_posts_are_faded() -> None:
    """Over the seeds ``found_post`` fades some post's faces toward the page (returned) and keeps
    others in colour."""
    grey, kept = greyed_some(H55.found_post, 40, 300, 1500)
    assert grey >= 2 and kept >= 20, (grey, kept)


def test_marks_draw_only_inside_their_places() -> None:
    """A van's badge, a leaf's badge, a medal, a map's pin, a pile of books and a commute's line draw
    inside their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (lambda img: H55.van_badge(img, (100, 100), 15, (9, 9, 9), (20, 20, 20)), (80, 80, 120, 120)),
        (lambda img: H55.leaf_badge(img, (100, 100), 11, (20, 20, 20)), (85, 85, 115, 115)),
        (lambda img: H55.medal(img, (100, 100), 16, (9, 9, 9), 2), (82, 66, 118, 118)),
        (lambda img: H55.map_pin(img, (100, 100), 22, (9, 9, 9)), (76, 76, 124, 146)),
        (lambda img: H55.book_stack(img, random.Random(3), 100, 100, 4), (90, 100, 230, 180)),
        (lambda img: H55.route_line(img, (60, 200), (300, 200), (9, 9, 9)), (49, 189, 310, 211)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H55.route_map, (300,)), (H55.courier_card, (300,)), (H55.tracking_step, (500,)),
        (H55.rate_courier, (1250,)), (H55.shift_block, (300,)), (H55.swap_row, (300,)), (H55.podium, (300,)),
        (H55.depot_crew, (300,)), (H55.rank_row, (500,)), (H55.stall_strip, (300,)),
        (H55.vendor_card, (20, 300, 500)), (H55.crowd_banner, (300,)), (H55.wall_tile, (100, 300, 340)),
        (H55.grower_video, (200,)), (H55.member_tile, (200, 500, 256)), (H55.harvest_row, (500,)),
        (H55.club_banner, (300,)), (H55.reader_row, (500,)), (H55.author_tile, (200,)),
        (H55.audience_tile, (280, 500, 252, 189)), (H55.question_row, (500,)), (H55.regulars, (300,)),
        (H55.carpool_card, (300,)), (H55.found_post, (300, 1500)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The market's photo wall (the crowd's back rows) and the depot's crew (the people behind) draw
    some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H55,
        [H55.market_wall, H55.market_wall, H55.driver_board],
        people_and_things,
        [lambda k=k: part(H55.depot_crew, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H55.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """Parcels, pallet racks, a stall's crates, a barn, a shelf of books, a reading room, a bus
    shelter and a platform are drawn at any size asked, alike from one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H55.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT55_SEED`` the set opens again on the round's first screens (two parcels'
    tracking and two warehouses' rosters), with over 250 faces a round; given two_people.jpg alone
    its first screens count no face."""
    heldout_sets.check_generate(H55, people_and_things[1], 250, one_round)


@heldout_sets.default_seed_only(H55)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 328 faces on 18 screens (259 under 32
    px, 59 of 32-63, 8 of 64-127, 2 of 128 or more; 288 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h55- and h55-noface- for the ten
    layouts."""
    heldout_sets.check_round_as_documented(H55, one_round, "h55", 328, [259, 59, 8, 2], 288)
