"""bench/heldout54.py, the fifty-fourth blind held-out set (finance and banking, legal and courts,
construction and trades marketplaces, museums and tourism): tests of the faces it annotates. No
detector runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the advisor's page and
the museum's tours promise; each part (a bank's balance, recent payees, payees and the pay sheet;
an advisor's video, team and notes; a support chat's bar, turns, colleagues joining, photos sent and
rating; a law firm's hero, chips and headshots; a hearing's bench, parties and waiting room; a
case's sides, judge and filings; a trades marketplace's top pros and pros' cards; a contractor's
banner, projects and reviews; a museum's hero, guides, times and visitors; a tour group's photo,
guide, prints, travellers and stops) counts faces of its sizes inside its bounds, and with a
face-free cast none; the firm's partners and many headshots are grey, advisors out of office grey,
sealed filings and travellers not here yet faded; the payees, the top pros and the guides are
cut by the right edge on some; the marks draw only inside their places; faces under 18
px are drawn and never counted; the drawn things are reproducible; the set repeats from its seed,
leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H54 = heldout_sets.bench("heldout54")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H54, "h54")
no_cast = heldout_sets.no_cast


one_round = heldout_sets.round_fixture(H54)  # round one at the seed, drawn once for the module


def test_ten_layouts_the_advisor_and_the_museum_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the advisor's page and the museum's
    tours (once), thirteen face-free screens a round; the seed is 54545 unless ``HELDOUT54_SEED``
    names another."""
    heldout_sets.check_rounds(H54, 2, 13)
    assert (H54.advisor_desk, H54.museum_guides) == H54.ONCE
    heldout_sets.check_seed(H54, 54545)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a bank's "Send money") differ from the
    default seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H54, people_and_things[1], "h54-payees")


@pytest.mark.parametrize("layout", H54.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greys, fades and the bands over photos keep it
    light)."""
    heldout_sets.check_marked_boxes(H54, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the firm's headshots, the hearing's cameras and the tour group's photos and
    travellers, with things in the people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H54, one_round, "h54", ["firm", "hearing", "tour"])


def test_the_advisor_and_the_museum_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The advisor's page counts a face of 100 px or more (the video's), the museum's tours one of 80
    px or more (the guide's), and every face counted is 18 px or more."""
    [advisor] = [c for c in one_round if c.kind == "h54-advisor"]
    [museum] = [c for c in one_round if c.kind == "h54-museum"]
    assert max(advisor.sizes) >= 100 and max(museum.sizes) >= 80, (advisor.sizes, museum.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_a_banks_balance_payees_and_pay_sheet() -> None:
    """``balance_card`` (220 px) counts no face; ``recent_payees`` 30-46 px faces in one row, on some
    seeds the last cut by the screen's edge; ``payee_row`` (96 px) one 22-32 px face or none;
    ``pay_sheet`` one 64-110 px face in the sheet's middle."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(no_cast(H54.balance_card), seed, 300)
        assert height == 220 and not found
        cut += past_the_edge(H54.recent_payees, seed, (30, 46))
        _comp, _value, found = part(H54.pay_sheet, seed, 1100)
        assert len(found) == 1 and sized(found, 64, 110)
        assert inside(found, H54.WIDTH // 2 - 70, 1150, H54.WIDTH // 2 + 70, 1300), found
    assert cut >= 1, cut
    one_in(H54.payee_row, 96, (22, 32), (34, 80), 5, False)
    one_in(H54.payee_row, 96, (22, 32), (30, 84), 5, True)


def test_an_advisors_video_team_and_notes() -> None:
    """``advisor_intro`` (580-660 px) counts one 100-260 px face inside its video; ``advisor_block``
    (170 px) and ``portfolio_donut`` (300 px) none; ``team_card`` (200 px) one 44-64 px face or none
    at its left; ``advisor_note`` (110 px) one 22-28 px face or none."""
    faced = 0
    for seed in range(8):
        _comp, height, found = part(H54.advisor_intro, seed, 200)
        assert 580 <= height <= 660 and len(found) == 1 and sized(found, 100, 260)
        assert inside(found, 0, 200, RIGHT, 200 + height - 20)
        for fn, tall in ((H54.advisor_block, 170), (H54.portfolio_donut, 300)):
            _comp, height, found = part(no_cast(fn), seed, 300)
            assert height == tall and not found
        _comp, height, found = part(H54.team_card, seed, 40, 300, 500)
        assert height == 200 and len(found) <= 1 and sized(found, 44, 64) and inside(found, 60, 320, 145, 405)
        faced += len(found)
    assert faced >= 5, faced
    one_in(H54.advisor_note, 110, (22, 28), (30, 70), 5)


def test_advisors_out_of_office_are_grey() -> None:
    """Over the seeds ``team_card`` draws some member's face grey (out of office) and keeps others in
    colour."""
    grey, kept = greyed_some(H54.team_card, 40, 40, 300, 500)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_a_support_chats_bar_turns_and_rating() -> None:
    """``agent_bar`` (130 px) counts one 30-40 px face; ``agent_turn`` one 20-28 px face at its left;
    ``own_turn`` and ``txn_card`` (180 px) none; ``join_event`` (70 px) one 18-22 px face;
    ``attachment_card`` (340 px) faces inside its photo on some seeds; ``rating_card`` (250 px) one
    44-64 px face."""
    photos = 0
    for seed in range(8):
        _comp, height, found = part(H54.agent_bar, seed, 300)
        assert height == 130 and len(found) == 1 and sized(found, 30, 40) and inside(found, 76, 300, 130, 420)
        _comp, height, found = part(H54.agent_turn, seed, 300)
        assert len(found) == 1 and sized(found, 20, 28) and inside(found, 30, 300, 66, 300 + height)
        for fn in (H54.own_turn, H54.txn_card):
            _comp, _height, found = part(no_cast(fn), seed, 300)
            assert not found
        _comp, height, found = part(H54.join_event, seed, 300)
        assert (
            height == 70 and len(found) == 1 and sized(found, 18.3, 22) and inside(found, 0, 310, RIGHT, 360)
        )
        _comp, height, found = part(H54.attachment_card, seed, 300)
        assert height == 340 and inside(found, H54.WIDTH - 450, 300, H54.WIDTH - 30, 600)
        assert all(z >= 18 for _b, z in found)
        photos += bool(found)
        _comp, height, found = part(H54.rating_card, seed, 300)
        assert height == 250 and len(found) == 1 and sized(found, 44, 64) and inside(found, 60, 330, 140, 410)
    assert photos >= 1, photos


def test_a_firms_hero_chips_and_headshots() -> None:
    """``firm_hero`` (440 px) counts faces only inside its photo, none over 44 px give or take a
    figure's tenth; ``viewed_chips`` (80 px) three or more 20-26 px faces in its row;
    ``headshot_card`` (its photo 1.2 times as high as wide, 120 px under it) one face of the range
    asked for inside its photo."""
    partners = 0
    for seed in range(8):
        _comp, height, found = part(H54.firm_hero, seed, 300)
        assert height == 440 and inside(found, 0, 300, RIGHT, 720)
        assert all(18 <= z <= 44 * 1.1 + 0.5 for _b, z in found)
        partners += bool(found)
        _comp, height, found = part(H54.viewed_chips, seed, 300)
        assert (
            height == 80 and len(found) >= 3 and sized(found, 20, 26) and inside(found, 30, 308, RIGHT, 372)
        )
        _comp, height, found = part(H54.headshot_card, seed, 30, 300, 240, (48.0, 80.0))
        assert height == 288 + 120 and len(found) == 1 and sized(found, 48, 80)
        assert inside(found, 30, 300, 270, 588)
    assert partners >= 2, partners


def test_the_partners_and_many_headshots_are_grey() -> None:
    """The firm's photo of its partners is grey, every face of it; over the seeds ``headshot_card``
    draws many faces grey and others in colour."""
    grey, kept = greyed_some(H54.firm_hero, 16, 300)
    assert grey >= 6 and kept == 0, (grey, kept)
    grey, kept = greyed_some(H54.headshot_card, 30, 30, 300, 240, (48.0, 80.0))
    assert grey >= 8 and kept >= 4, (grey, kept)


def test_a_hearings_bench_parties_and_waiting_room() -> None:
    """``hearing_bar`` (110 px) counts no face; ``judge_tile`` one 50-130 px face inside its picture;
    ``party_tile`` faces inside its tile only, on most seeds; ``waiting_room`` 18-24 px faces between
    its top and its foot."""
    tiles = 0
    for seed in range(8):
        _comp, height, found = part(no_cast(H54.hearing_bar), seed, 300)
        assert height == 110 and not found
        _comp, height, found = part(H54.judge_tile, seed, 300)
        assert 476 <= height <= 556 and len(found) == 1 and sized(found, 50, 130)
        assert inside(found, 20, 300, RIGHT - 20, 300 + height - 16)
        _comp, _value, found = part(H54.party_tile, seed, 280, 500, 252, 189, seed == 3)
        assert inside(found, 280, 500, 532, 689) and all(z >= 18 for _b, z in found)
        tiles += bool(found)
        _comp, _value, found = part(H54.waiting_room, seed, 1300, 1800)
        assert found and sized(found, 18.3, 24) and inside(found, 40, 1400, 110, 1800)
    assert tiles >= 5, tiles


def test_a_cases_sides_judge_and_filings() -> None:
    """``case_header`` (240 px) counts no face; ``party_column`` (290 px) the lead counsel's 36-52 px
    face or none and two to four 22-30 px ones in a stack, inside its card; ``judge_card`` (210 px)
    one 44-70 px face in its seal; ``filing_row`` (120 px) one 22-30 px face on the spine or none."""
    for seed in range(8):
        _comp, height, found = part(no_cast(H54.case_header), seed, 300)
        assert height == 240 and not found
        _comp, height, found = part(H54.party_column, seed, 20, 300, 516, "Plaintiff")
        lead = [(b, z) for b, z in found if b[1] < 430]
        assert height == 290 and len(lead) <= 1 and sized(lead, 36, 52) and inside(lead, 40, 360, 110, 430)
        stacked = [f for f in found if f not in lead]
        assert 1 <= len(stacked) <= 4 and sized(stacked, 22, 30) and inside(stacked, 40, 500, 300, 550)
        _comp, height, found = part(H54.judge_card, seed, 300)
        assert height == 210 and len(found) == 1 and sized(found, 44, 70) and inside(found, 60, 300, 150, 490)
    one_in(H54.filing_row, 120, (22, 30), (180, 220), 4)


def test_sealed_filings_are_faded() -> None:
    """Over the seeds ``filing_row`` fades some filer's face to grey (a sealed entry) and keeps others
    in colour."""
    grey, kept = greyed_some(H54.filing_row, 40, 500)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_top_pros_and_pros_cards() -> None:
    """``top_pros`` counts 34-52 px faces in one row, on some seeds the last cut by the screen's edge;
    ``pro_card`` (536 px) faces inside its card: the pro's 30-46 px one or none at its upper left,
    three 18-22 px reviewers in a stack and, on some seeds, people in the jobs' photos under them."""
    cut = at_work = 0
    for seed in range(8):
        cut += past_the_edge(H54.top_pros, seed, (34, 52))
        _comp, height, found = part(H54.pro_card, seed, 300)
        assert height == 536 and inside(found, 20, 300, RIGHT - 20, 816)
        pro = [(b, z) for b, z in found if b[1] < 400 and b[0] < 100]
        assert len(pro) <= 1 and sized(pro, 30, 46)
        stacked = [(b, z) for b, z in found if 400 <= b[1] < 450]
        assert 1 <= len(stacked) <= 3 and sized(stacked, 18.3, 22)
        photos = [(b, z) for b, z in found if b[1] >= 470]
        assert inside(photos, 44, 470, RIGHT - 40, 790)
        at_work += bool(photos)
    assert cut >= 1 and at_work >= 2, (cut, at_work)


def test_a_contractors_banner_projects_and_reviews() -> None:
    """``crew_banner`` (470 px) counts faces only inside its photo, none over 48 px give or take a
    figure's tenth; ``rating_bars`` (250 px) none; ``project_strip`` (210 px) faces inside its row, which
    runs past the screen's edge; ``review_item`` the reviewer's 22-32 px face or none at its
    upper left and the helpful stack's 18-22 px ones, inside it."""
    crews = 0
    for seed in range(8):
        _comp, height, found = part(H54.crew_banner, seed, 300)
        assert height == 470 and inside(found, 0, 300, RIGHT, 680)
        assert all(18 <= z <= 48 * 1.1 + 0.5 for _b, z in found)
        crews += bool(found)
        _comp, height, found = part(no_cast(H54.rating_bars), seed, 300)
        assert height == 250 and not found
        _comp, height, found = part(H54.project_strip, seed, 300)
        assert height == 210 and inside(found, 30, 300, RIGHT, 480) and all(z >= 18 for _b, z in found)
        _comp, height, found = part(H54.review_item, seed, 300, 1500)
        reviewer = [(b, z) for b, z in found if b[1] < 360]
        assert len(reviewer) <= 1 and sized(reviewer, 22, 32) and inside(reviewer, 30, 316, 80, 360)
        helpful = [(b, z) for b, z in found if 360 <= b[1] < 500]
        assert 1 <= len(helpful) <= 4 and sized(helpful, 18.3, 22)
        assert 200 <= height <= 400 and inside(found, 30, 300, RIGHT, 300 + height)
    assert crews >= 2, crews


def test_a_museums_hero_guides_times_and_visitors() -> None:
    """``museum_hero`` (780-900 px) counts one 80-220 px face inside its picture; ``guide_carousel``
    40-60 px faces in one row, on some seeds the last cut by the edge; ``tour_slot`` (130
    px) the guide's 22-30 px face or none and who booked (18-22 px); ``visitor_review`` (130 px) one
    22-30 px face or none."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H54.museum_hero, seed, 100)
        assert 780 <= height <= 900 and len(found) == 1 and sized(found, 80, 220)
        assert inside(found, 0, 100, RIGHT, 100 + height - 20)
        cut += past_the_edge(H54.guide_carousel, seed, (40, 60))
        _comp, height, found = part(H54.tour_slot, seed, 300)
        guide = [(b, z) for b, z in found if b[1] < 370]
        assert (
            height == 130 and len(guide) <= 1 and sized(guide, 22, 30) and inside(guide, 170, 318, 210, 360)
        )
        booked = [f for f in found if f not in guide]
        assert booked and sized(booked, 18.3, 22) and inside(booked, 190, 378, 500, 420)
    assert cut >= 1, cut
    one_in(H54.visitor_review, 130, (22, 30), (30, 80), 5)


def test_a_tour_groups_photo_guide_prints_travellers_and_stops() -> None:
    """``group_shot`` counts faces only inside its photo, none over 52 px give or take a figure's
    tenth; ``guide_strip`` (130 px) one 36-52 px face or none; ``polaroid`` faces inside the print's
    place, on some seeds; ``member_cell`` one 24-36 px face or none in its cell; ``itinerary_row``
    (140 px) none."""
    prints = 0
    for seed in range(8):
        _comp, height, found = part(H54.group_shot, seed, 200)
        assert 580 <= height <= 680 and found and inside(found, 0, 200, RIGHT, 200 + height - 20)
        assert all(18 <= z <= 52 * 1.1 + 0.5 for _b, z in found)
        _comp, height, found = part(H54.guide_strip, seed, 300)
        assert height == 130 and len(found) <= 1 and sized(found, 36, 52) and inside(found, 40, 300, 110, 416)
        _comp, height, found = part(H54.polaroid, seed, 100, 300, 500, 6.0 - seed)
        assert inside(found, 100, 300, 100 + height, 300 + height) and all(z >= 18 for _b, z in found)
        prints += bool(found)
        _comp, _value, found = part(H54.member_cell, seed, 200, 500, 176)
        assert len(found) <= 1 and sized(found, 24, 36) and inside(found, 200, 508, 376, 560)
        _comp, height, found = part(no_cast(H54.itinerary_row), seed, 300)
        assert height == 140 and not found
    assert prints >= 3, prints


def test_travellers_not_here_yet_are_faded() -> None:
    """Over the seeds ``member_cell`` fades some traveller's face to grey and keeps others in
    colour."""
    grey, kept = greyed_some(H54.member_cell, 40, 200, 500, 176)
    assert grey >= 2 and kept >= 10, (grey, kept)


def test_marks_draw_only_inside_their_places() -> None:
    """A bank's chip, a verified shield, a hard hat's badge, a seal's rim, a court's page, a court's
    seal, a number pad and a donut chart draw inside their rectangles (a pixel of smoothing round the
    round ones)."""
    cases = [
        (lambda img: H54.bank_chip(img, (100, 100), 12, (9, 9, 9), (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H54.shield_badge(img, (100, 100), 16, (9, 9, 9), (20, 20, 20)), (79, 79, 121, 125)),
        (lambda img: H54.hard_hat(img, (100, 100), 14, (20, 20, 20)), (82, 82, 118, 118)),
        (lambda img: H54.seal_rim(img, (200, 200), 60, (9, 9, 9), (20, 20, 20)), (127, 127, 273, 273)),
        (lambda img: H54.doc_disc(img, (100, 100), 22, (9, 9, 9)), (77, 77, 123, 123)),
        (lambda img: H54.court_seal(img, (100, 100), 32, (9, 9, 9)), (67, 67, 133, 133)),
        (lambda img: H54.keypad(img, 20, 40, 360, 320, (9, 9, 9), (20, 20, 20)), (25, 45, 375, 355)),
        (
            lambda img: H54.donut(img, (200, 200), 110, [1.0, 2.0, 0.5], [(9, 9, 9)] * 3, (20, 20, 20)),
            (89, 89, 311, 311),
        ),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H54.recent_payees, (300,)), (H54.payee_row, (500, True)), (H54.pay_sheet, (1100,)),
        (H54.advisor_intro, (200,)), (H54.team_card, (40, 300, 500)), (H54.advisor_note, (500,)),
        (H54.agent_bar, (300,)), (H54.agent_turn, (300,)), (H54.join_event, (300,)),
        (H54.attachment_card, (300,)), (H54.rating_card, (300,)), (H54.firm_hero, (300,)),
        (H54.viewed_chips, (300,)), (H54.headshot_card, (30, 300, 240, (48.0, 80.0))),
        (H54.judge_tile, (300,)), (H54.party_tile, (280, 500, 252, 189, True)),
        (H54.waiting_room, (1300, 1800)), (H54.party_column, (20, 300, 516, "Defendant")),
        (H54.judge_card, (300,)), (H54.filing_row, (500,)), (H54.top_pros, (300,)), (H54.pro_card, (300,)),
        (H54.crew_banner, (300,)), (H54.project_strip, (300,)), (H54.review_item, (300, 1500)),
        (H54.museum_hero, (100,)), (H54.guide_carousel, (300,)), (H54.tour_slot, (300,)),
        (H54.visitor_review, (500,)), (H54.group_shot, (200,)), (H54.guide_strip, (300,)),
        (H54.polaroid, (100, 300, 500, 5.0)), (H54.member_cell, (200, 500, 176)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The contractor's crew (the people behind), the pros' crews and the tour group's photo (the
    travellers at the back) draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H54,
        [H54.job_reviews, H54.job_reviews, H54.tour_group, H54.tour_group, H54.trades_market],
        people_and_things,
    )


@pytest.mark.parametrize("render", H54.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A vault's door, a card terminal, a courtroom, a wall being built, a toolbox, a bathroom's tiles,
    a museum's gallery and ruins are drawn at any size asked, alike from one seed, unlike from
    others."""
    heldout_sets.check_render(lambda rng, w, h: H54.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT54_SEED`` the set opens again on the round's first screens (two banks' "Send
    money", an advisor's page and a support chat), with over 200 faces a round; given two_people.jpg
    alone its first screens count no face."""
    heldout_sets.check_generate(H54, people_and_things[1], 200, one_round)


@heldout_sets.default_seed_only(H54)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 289 faces on 18 screens (189 under 32
    px, 85 of 32-63, 14 of 64-127, 1 of 128 or more; 230 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h54- and h54-noface- for the ten
    layouts."""
    heldout_sets.check_round_as_documented(H54, one_round, "h54", 289, [189, 85, 14, 1], 230)
