"""bench/heldout58.py, the fifty-eighth blind held-out set (wineries and breweries, astronomy clubs
and observatories, martial-arts dojos, dental clinics): tests of the faces it annotates. No detector
runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and, but under the star party's red night mode, on its white; the round drawn once
for the module (``one_round``) fits the capture, is lifted, has light and dark pages, small faces on
every layout's screens of people and none on the face-free ones, ends on the lookalikes and holds the
large faces the wine tasting and the dojo's card promise; each part (a harvest's photo, leads and
crew table; a taproom's brewers, brewer of the month and taps; a tasting's sommelier, members'
cameras and notes; a star party's sky, host, guests and telescopes; a gallery's photo of the month
and rows; a grading's panel, photo and results; a bracket and the bouts to come; a member's card,
training partners and classes; a clinic's team photo and team; a booking's dentist, family, dentists
and reviews) counts faces of its sizes inside its bounds, and with a face-free cast none; pickers on
a break and retakes are faded, a bracket's losers grey; the brewers and the dentists are cut by the
right edge on some; the night mode turns whole screens red on some; the marks draw only inside their
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

H58 = heldout_sets.bench("heldout58")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H58, "h58")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H58)  # round one at the seed, drawn once for the module


def test_ten_layouts_the_tasting_and_the_card_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the wine tasting and the dojo's card
    (once), thirteen face-free screens a round; the seed is 58585 unless ``HELDOUT58_SEED`` names
    another."""
    heldout_sets.check_rounds(H58, 2, 13)
    assert (H58.wine_tasting, H58.dojo_pass) == H58.ONCE
    heldout_sets.check_seed(H58, 58585)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a harvest crew) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H58, people_and_things[1], "h58-harvest")


@pytest.mark.parametrize("layout", H58.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and, but on the star party (whose night mode reddens and dims it), lies mostly on the
    face's white (greys, low sun, cool light, red torches, fades and the bands over photos keep it
    light)."""
    heldout_sets.check_marked_boxes(H58, layout, layout is H58.star_party)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the bracket, the gallery and the taproom, with things in the people's places);
    the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H58, one_round, "h58", ["bracket", "astro", "taproom"])


def test_the_tasting_and_the_card_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The wine tasting counts a face of 100 px or more (the sommelier), the dojo's card one of 110 px
    or more (the member), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h58-tasting": 100, "h58-dojopass": 110})


def test_a_harvests_photo_leads_and_crew_table() -> None:
    """``harvest_hero`` (460 px) counts faces inside its photo only, none over 56 px give or take a
    figure's tenth, some on every seed; ``crew_leads`` (120 px) up to four 28-38 px faces, one a
    column; ``crew_header`` (90 px) none; ``crew_row`` (70 px) one 20-26 px face or none."""
    for seed in range(8):
        assert photo(H58.harvest_hero, seed, 300, 460, 56)
        _comp, height, found = part(H58.crew_leads, seed, 300)
        assert height == 120 and len(found) <= 4 and sized(found, 28, 38)
        assert inside(found, 30, 340, 860, 390) and len({b[0] // 260 for b, _z in found}) == len(found)
        _comp, height, found = part(no_cast(H58.crew_header), seed, 300)
        assert height == 90 and not found
    one_in(H58.crew_row, 70, (20, 26), (34, 68), 5, 1)
    one_in(H58.crew_row, 70, (20, 26), (34, 68), 5, 0)


def test_pickers_on_a_break_are_faded() -> None:
    """Over the seeds ``crew_row`` fades some pickers toward the page (on a break) and keeps the others
    in colour."""
    grey, kept = greyed_some(H58.crew_row, 40, 300, 1)
    assert grey >= 2 and kept >= 20, (grey, kept)


def test_a_taprooms_brewers_brewer_of_the_month_and_taps() -> None:
    """``on_shift`` counts four or more 34-46 px faces in a row under its heading, on some seeds the
    last cut by the screen's edge; ``brewer_feature`` (300 px) the brewer's 60-110 px face inside the
    portrait; ``tap_row`` (124 px) the brewer's 20-26 px face or none after "by" and up to four
    18-22 px drinkers in a stack at the right."""
    cut = drinkers = 0
    for seed in range(8):
        cut += past_the_edge(H58.on_shift, seed, (34, 46))
        _comp, height, found = part(H58.brewer_feature, seed, 300)
        assert height == 300 and len(found) == 1 and sized(found, 60, 110)
        assert inside(found, 30, 310, 250, 570), found
        _comp, height, found = part(H58.tap_row, seed, 500)
        brewer = [(b, z) for b, z in found if b[0] < 400]
        stack = [(b, z) for b, z in found if b[0] >= 400]
        assert height == 124 and len(brewer) <= 1 and sized(brewer, 20, 26)
        assert inside(brewer, 186, 580, 222, 616), brewer
        assert len(stack) <= 4 and sized(stack, 18.3, 22) and inside(stack, 720, 570, 820, 600), stack
        drinkers += len(stack)
    assert cut >= 1 and drinkers >= 5, (cut, drinkers)


def test_a_tastings_sommelier_members_and_notes() -> None:
    """``sommelier_tile`` (476-575 px) counts the sommelier's 100-240 px face inside the camera (700
    px wide); ``member_tile`` faces inside its tile only, on most seeds; ``members_grid`` (two rows
    of four or three of three) inside the grid, two or more on most seeds; ``tasting_note`` (90 px)
    one 20-26 px face or none."""
    tiles = grids = 0
    for seed in range(8):
        _comp, height, found = part(H58.sommelier_tile, seed, 200)
        assert 476 <= height < 576 and len(found) == 1 and sized(found, 100, 240)
        assert inside(found, 20, 200, 720, 200 + height - 16), found
        _comp, _value, found = part(H58.member_tile, seed, 280, 500, 252, 189, seed % 2 == 0)
        assert inside(found, 280, 500, 532, 689) and all(z >= 18 for _b, z in found)
        tiles += bool(found)
        _comp, height, found = part(H58.members_grid, seed, 800)
        assert height in (408, 805) and inside(found, 20, 800, RIGHT - 20, 800 + height - 20)
        grids += len(found) >= 2
    assert tiles >= 5 and grids >= 6, (tiles, grids)
    one_in(H58.tasting_note, 90, (20, 26), (30, 66), 5)


def test_a_star_partys_sky_host_guests_and_telescopes() -> None:
    """``sky_card`` (220 px) counts no face; ``host_card`` (170 px) the host's 40-56 px face;
    ``going_row`` (120 px) up to nine 20-26 px faces going in a stack at the left, one or more on
    every seed, and up to four 18-22 px maybes at the right; ``scope_row`` (110 px) the owner's 22-30
    px face or none at the left and a queue of up to three 18-22 px faces at the right."""
    queued = 0
    for seed in range(8):
        _comp, height, found = part(no_cast(H58.sky_card), seed, 300)
        assert height == 220 and not found
        _comp, height, found = part(H58.going_row, seed, 300)
        going = [(b, z) for b, z in found if b[0] < 400]
        maybe = [(b, z) for b, z in found if b[0] >= 400]
        assert height == 120 and 1 <= len(going) <= 9 and sized(going, 20, 26)
        assert inside(going, 30, 340, 300, 380), going
        assert 1 <= len(maybe) <= 4 and sized(maybe, 18.3, 22) and inside(maybe, 750, 348, 840, 376), maybe
        _comp, height, found = part(H58.scope_row, seed, 500)
        owner = [(b, z) for b, z in found if b[0] < 400]
        queue = [(b, z) for b, z in found if b[0] >= 400]
        assert height == 110 and len(owner) <= 1 and sized(owner, 22, 30) and inside(owner, 30, 522, 70, 562)
        assert len(queue) <= 3 and sized(queue, 18.3, 22) and inside(queue, 760, 552, 830, 580), queue
        queued += len(queue)
    assert queued >= 4, queued
    one_in(H58.host_card, 170, (40, 56), (44, 112), 8)


def test_the_night_mode_turns_whole_screens_red_on_some() -> None:
    """``red_light`` turns white red and dim; over the seeds some star parties are drawn in the night
    mode (their page red), not all."""
    white = H58.red_light(np.full((2, 2, 3), 250, np.uint8))
    assert (white[..., 2] > 200).all() and (white[..., :2] < 30).all()
    red = []
    for seed in range(12):
        comp = H58.star_party(heldout_sets.marked_cast(H58, seed), random.Random(seed), "n")
        b, g, r = (int(v) for v in comp.image[C.STATUS_H + 2, 2])
        red.append(r > max(b, g) + 40)
    assert any(red) and not all(red), red


def test_a_gallerys_photo_of_the_month_and_rows() -> None:
    """``photo_of_month`` (420 px) counts faces inside its photo only, none over 80 px give or take a
    figure's tenth, its maker's 36-48 px face at the lower left on every seed; ``astro_row`` (380 px)
    faces inside its row only, the makers', the likers' and the club nights', some on most seeds."""
    rows = 0
    for seed in range(8):
        found = photo(H58.photo_of_month, seed, 300, 420, 80)
        maker = [(b, z) for b, z in found if 36 <= z <= 48.5 and inside([(b, z)], 34, 610, 94, 672)]
        assert maker, found
        _comp, height, found = part(H58.astro_row, seed, 300)
        assert height == 380 and inside(found, 0, 300, RIGHT, 680) and all(z >= 18 for _b, z in found)
        rows += bool(found)
    assert rows >= 6, rows


def test_a_gradings_panel_photo_and_results() -> None:
    """``examiners`` (170 px) counts three or four 32-44 px faces, one size for the panel; the
    ``grading_photo`` faces inside the photo only, none over 40 px give or take a figure's tenth, some
    on every seed; ``grade_row`` (88 px) one 22-30 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H58.examiners, seed, 300)
        assert height == 170 and 3 <= len(found) <= 4 and sized(found, 32, 44)
        assert inside(found, 30, 340, 870, 395) and len({round(z, 3) for _b, z in found}) == 1, found
        _comp, height, found = part(H58.grading_photo, seed, 300)
        assert 330 <= height <= 480 and found and inside(found, 0, 300, RIGHT, 300 + height)
        assert all(18 <= z <= 40 * 1.1 + 0.5 for _b, z in found)
    one_in(H58.grade_row, 88, (22, 30), (30, 70), 5)


def test_retakes_are_faded() -> None:
    """Over the seeds ``grade_row`` fades some students who are to retake toward the page and keeps
    the others in colour."""
    grey, kept = greyed_some(H58.grade_row, 40, 300)
    assert grey >= 3 and kept >= 20, (grey, kept)


def test_a_bracket_and_the_bouts_to_come() -> None:
    """``bracket_tree`` (968 px) counts faces inside the bracket only, each of its round's size (the
    first 18-22 px, then 20-24, 22-28 and 26-32), twelve or more in the first round, and the
    champion's 40-56 px face above the last column when the final is fought (on some seeds);
    ``bout_row`` (110 px) up to two 22-28 px faces."""
    champions = 0
    for seed in range(8):
        _comp, height, found = part(H58.bracket_tree, seed, 300)
        assert height == 968 and inside(found, 20, 300, RIGHT, 300 + height), found
        champion = [(b, z) for b, z in found if b[0] >= H58.BRACKET_X[3] and b[1] < 300 + 170]
        assert len(champion) <= 1 and sized(champion, 40, 56) and inside(champion, 860, 390, 980, 460)
        champions += len(champion)
        for r, (lo, hi) in enumerate(H58.ROUND_FACES):
            column = [
                (b, z)
                for b, z in found
                if (b, z) not in champion and H58.BRACKET_X[r] <= b[0] < H58.BRACKET_X[r] + 60
            ]
            assert sized(column, lo, hi) and len(column) <= 16 >> r, (r, column)
            assert r or len(column) >= 12, column
        _comp, height, found = part(H58.bout_row, seed, 500)
        assert (
            height == 110 and len(found) <= 2 and sized(found, 22, 28) and inside(found, 220, 522, 660, 556)
        )
    assert champions >= 1, champions


def test_a_brackets_losers_are_grey() -> None:
    """Over the seeds ``bracket_tree`` draws the loser of every bout fought grey and keeps the winners
    in colour."""
    grey, kept = greyed_some(H58.bracket_tree, 4, 300)
    assert grey >= 30 and kept >= 30, (grey, kept)


def test_a_member_card_partners_and_classes() -> None:
    """``member_card`` counts the member's 110-240 px face (or none, hidden past the photo's side)
    inside the photo; ``partners_row`` (150 px) five to eight 22-28 px faces, one size for the row;
    ``class_slot`` (96 px) the sensei's 24-30 px face or none."""
    members = 0
    for seed in range(8):
        members += heldout_sets.photo_card(part, H58.member_card, seed, (50, 490))
        _comp, height, found = part(H58.partners_row, seed, 300)
        assert height == 150 and len(found) <= 8 and sized(found, 22, 28) and inside(found, 30, 350, 834, 384)
        assert len({round(z, 3) for _b, z in found}) <= 1, found
    assert members >= 6, members
    one_in(H58.class_slot, 96, (24, 30), (H58.WIDTH - 420, H58.WIDTH - 380), 5)


def test_a_clinics_team_photo_and_team() -> None:
    """``clinic_hero`` (440 px) counts faces inside its photo only, none over 46 px give or take a
    figure's tenth, some on every seed; ``team_trio`` (120 px) up to three 24-34 px faces, one a
    column."""
    for seed in range(8):
        assert photo(H58.clinic_hero, seed, 300, 440, 46)
        _comp, height, found = part(H58.team_trio, seed, 300)
        assert height == 120 and len(found) <= 3 and sized(found, 24, 34)
        assert inside(found, 30, 320, 766, 364) and len({(b[0] - 30) // 346 for b, _z in found}) == len(found)


def test_a_bookings_dentist_family_dentists_slots_and_reviews() -> None:
    """``your_dentist`` (270 px) counts the dentist's 64-120 px face inside the portrait;
    ``family_picker`` (160 px) three to five 22-28 px faces, one size for the row; ``dentist_cards``
    four or more 40-56 px faces in a row, on some seeds the last cut by the screen's edge;
    ``slot_grid`` (300 px) none; ``review_row`` (130 px) the reviewer's 20-26 px face or none at the
    left and up to two 18-22 px faces who found it helpful at the right."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H58.your_dentist, seed, 300)
        assert (
            height == 270 and len(found) == 1 and sized(found, 64, 120) and inside(found, 40, 310, 240, 540)
        )
        _comp, height, found = part(H58.family_picker, seed, 300)
        assert height == 160 and len(found) <= 5 and sized(found, 22, 28) and inside(found, 40, 356, 754, 390)
        assert len({round(z, 3) for _b, z in found}) <= 1, found
        cut += past_the_edge(H58.dentist_cards, seed, (40, 56))
        _comp, height, found = part(no_cast(H58.slot_grid), seed, 300)
        assert height == 300 and not found
        _comp, height, found = part(H58.review_row, seed, 500)
        reviewer = [(b, z) for b, z in found if b[0] < 400]
        helpful = [(b, z) for b, z in found if b[0] >= 400]
        assert height == 130 and len(reviewer) <= 1 and sized(reviewer, 20, 26)
        assert inside(reviewer, 30, 520, 66, 556) and len(helpful) <= 2 and sized(helpful, 18.3, 22)
        assert inside(helpful, 890, 550, 940, 576), helpful
    assert cut >= 1, cut


def test_marks_draw_only_inside_their_places() -> None:
    """A vine's, a hop's, a planet's and a tooth's badge, a belt, the moon's phase and a pint glass
    draw inside their rectangles (a pixel of smoothing round the round ones)."""
    cases = [
        (lambda img: H58.vine_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H58.hop_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H58.planet_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H58.tooth_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H58.belt(img, 50, 100, 120, 16, H58.BELTS[2][1], 3), (50, 100, 169, 115)),
        (lambda img: H58.belt(img, 50, 100, 120, 16, H58.BELTS[-1][1], 4), (50, 100, 169, 115)),
        (lambda img: H58.moon(img, (100, 100), 30, 0.5, (60, 30, 20)), (69, 69, 161, 131)),
        (lambda img: H58.glass(img, 50, 100, 40, 70, (60, 170, 230)), (49, 99, 91, 171)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_coloured_as_they_say() -> None:
    """The low sun warms a white face (blue cut, red kept), the clinic's light cools it (red cut,
    blue kept), both leaving it light; neither changes the picture's size."""
    white = np.full((4, 6, 3), 240, np.uint8)
    warm, cool = H58.golden(0.8)(white), H58.clinic_light(0.5)(white)
    assert warm.shape == cool.shape == white.shape
    assert warm[..., 0].max() < 200 and warm[..., 2].min() >= 239 and warm.mean() > 200
    assert cool[..., 2].max() < 220 and cool[..., 0].min() >= 239 and cool.mean() > 200


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the crew table's head, the call's bar, tonight's sky, the days and times) none either."""
    parts = [
        (H58.harvest_hero, (300,)), (H58.crew_leads, (300,)), (H58.crew_row, (500, 0)),
        (H58.on_shift, (300,)), (H58.brewer_feature, (300,)), (H58.tap_row, (500,)),
        (H58.sommelier_tile, (200,)), (H58.member_tile, (280, 500, 252, 189, True)),
        (H58.members_grid, (800,)), (H58.tasting_note, (500,)), (H58.host_card, (300,)),
        (H58.going_row, (300,)), (H58.scope_row, (500,)), (H58.photo_of_month, (300,)),
        (H58.astro_row, (300,)), (H58.examiners, (300,)), (H58.grading_photo, (300,)),
        (H58.grade_row, (500,)), (H58.bracket_tree, (300,)), (H58.bout_row, (500,)),
        (H58.member_card, (200,)), (H58.partners_row, (300,)), (H58.class_slot, (500,)),
        (H58.clinic_hero, (300,)), (H58.team_trio, (300,)), (H58.your_dentist, (300,)),
        (H58.family_picker, (300,)), (H58.dentist_cards, (300,)), (H58.review_row, (500,)),
        (no_cast(H58.crew_header), (300,)), (no_cast(H58.tasting_bar), (300,)),
        (no_cast(H58.sky_card), (300,)), (no_cast(H58.slot_grid), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Harvest crews and a clinic's team page (the photos' back rows), then the harvest's photo and
    the grading's photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H58,
        [H58.harvest_crew, H58.harvest_crew, H58.dental_team],
        people_and_things,
        [lambda k=k: part(H58.harvest_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H58.grading_photo, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H58.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A vineyard, a barrel cellar, a brewhouse, a tasting flight, an observatory, an
    astrophotograph, a dojo and a dental surgery are drawn at any size asked, alike from one seed,
    unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H58.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT58_SEED`` the set opens again on the round's first screens (two harvest crews
    and two taprooms), with over 350 faces a round; given two_people.jpg alone its first screens
    count no face."""
    heldout_sets.check_generate(H58, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H58)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 476 faces on 18 screens (398 under 32 px,
    73 of 32-63, 3 of 64-127, 2 of 128 or more; 439 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h58- and h58-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H58, one_round, "h58", 476, [398, 73, 3, 2], 439)
