"""bench/heldout62.py, the sixty-second blind held-out set (animal shelters and adoption events, film
festivals and cinemas, surf schools, tax and accounting firms): tests of the faces it annotates. No
detector runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the session's photos
and the tax call promise; each part (an adoption day's photo, pens and meet-and-greets; a rota's
week, shift leads and sign-ups; a jury's photo, film strip, president and films; a ticket page's
film, seating plan and showings; a surf day's photo, conditions and lessons; the instructors' cards
and reviews; a session's pick, shots and photographers; a firm's partners, wall and offices; a
portal's advisor, advisors' day and messages; a tax call's bar, cameras, shared screen and actions)
counts faces of its sizes inside its bounds, and with a face-free cast none; the cancelled
volunteers are faded and the firm's headshots grey on some pages; the night shift redraws whole
ticket screens on some; the shift leads and the jury's strip are cut by the right edge on some; the
ticket's stub is notched; the marks draw only inside their places and the looks keep faces light;
faces under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats
from its seed, leaves out the tuning people and draws what its docstring states.
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

H62 = heldout_sets.bench("heldout62")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
WHITE = (250, 250, 250)
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H62, "h62")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
stacked = functools.partial(heldout_sets.face_and_stack, part)  # a row's face and a stack's
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H62)  # round one at the seed, drawn once for the module
faceless = functools.partial(heldout_sets.faceless, part)  # a part drawn without a cast: no face
one_size, split = heldout_sets.one_size, heldout_sets.split_at  # faces of one size; left and right


def test_ten_layouts_the_session_photos_and_the_tax_call_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but a session's photos and the tax call
    (once), thirteen face-free screens a round; the seed is 62626 unless ``HELDOUT62_SEED`` names
    another."""
    heldout_sets.check_rounds(H62, 2, 13)
    assert (H62.surf_photos, H62.tax_call) == H62.ONCE
    heldout_sets.check_seed(H62, 62626)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (an adoption day) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H62, people_and_things[1], "h62-adoptday")


@pytest.mark.parametrize("layout", H62.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (the marquee's shade, the flashes, the low sun, the
    night shift, greys, fades and the bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H62, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (a rota, a seating plan and a firm's team, with things in the people's places);
    the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H62, one_round, "h62", ["rota", "tickets", "firmteam"])


def test_the_session_photos_and_the_tax_call_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """A session's photos count a face of 110 px or more (the photographer's pick), the tax call one
    of 110 px or more (the adviser), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h62-surfphotos": 110, "h62-taxcall": 110})


def test_an_adoption_days_photo_pens_and_meetings() -> None:
    """``event_hero`` (460 px) counts faces inside its photo only, none over 44 px give or take a
    figure's tenth, some on most seeds; ``pen_map`` (480 px) up to ten 18-24 px handlers of one size
    at the pens' gates and visitors of 18-22 px in stacks at their feet, all on the field;
    ``meet_row`` (110 px) the adopter's 22-28 px face or none over the animal's photo and the
    counsellor's 18-22 px face or none at the right."""
    shown = visitors = counsellors = 0
    for seed in range(8):
        shown += bool(photo(H62.event_hero, seed, 300, 460, 44))
        _comp, height, found = part(H62.pen_map, seed, 300)
        gate = [f for f in found if (f[0][1] - 374) % 186 < 60]
        feet = [f for f in found if (f[0][1] - 374) % 186 >= 60]
        assert height == 480 and 1 <= len(gate) <= 10 and sized(gate, 18.3, 24) and one_size(gate)
        assert sized(feet, 18.3, 22) and inside(found, 40, 360, H62.WIDTH - 40, 740), found
        visitors += len(feet)
        counsellors += stacked(H62.meet_row, seed, 110, (22, 28), (188, 50, 224, 86), (770, 30, 798, 58))
    assert shown >= 6 and visitors >= 4 and counsellors >= 5, (shown, visitors, counsellors)


def test_a_rotas_week_leads_and_signups() -> None:
    """``rota_week`` (460 px) counts up to 84 faces of 18-22 px, one size, in the week's cells, some
    on every seed; ``shift_leads`` four or more 32-46 px faces, on some seeds the last cut by the
    edge; ``signup_row`` (96 px) one 22-30 px face or none."""
    cut = 0
    for seed in range(8):
        _comp, height, found = part(H62.rota_week, seed, 300)
        assert height == 460 and 4 <= len(found) <= 84 and sized(found, 18.3, 22) and one_size(found)
        assert inside(found, H62.ROTA_X, 396, H62.WIDTH - 40, 396 + 4 * H62.ROTA_ROW), found
        cut += past_the_edge(H62.shift_leads, seed, (32, 46))
    assert cut >= 1, cut
    one_in(H62.signup_row, 96, (22, 30), (30, 68), 5)


def test_the_cancelled_are_faded_and_the_firms_headshots_grey_on_some() -> None:
    """Over the seeds ``signup_row`` fades some volunteers who cancelled toward the page and keeps
    the others in colour; ``partner_grid`` and ``team_wall`` draw their headshots grey on some pages
    and in colour on others."""
    grey, kept = greyed_some(H62.signup_row, 40, 300)
    assert grey >= 1 and kept >= 20, (grey, kept)
    for fn in (H62.partner_grid, H62.team_wall):
        grey, kept = greyed_some(fn, 8, 300)
        assert grey >= 4 and kept >= 4, (fn.__name__, grey, kept)


def test_a_jurys_photo_strip_president_and_films() -> None:
    """``jury_hero`` (460 px) counts faces inside its photo only, none over 48 px give or take a
    figure's tenth, some on most seeds; ``jury_strip`` four or more 30-44 px faces, on some seeds
    the last cut by the edge; ``president_note`` (290 px) the president's 64-110 px face inside the
    stub at the left; ``award_row`` (140 px) the director's 22-28 px face or none over the still's
    corner and up to three 18-22 px faces of the cast in a stack."""
    shown = cut = crews = 0
    for seed in range(8):
        shown += bool(photo(H62.jury_hero, seed, 300, 460, 48))
        cut += past_the_edge(H62.jury_strip, seed, (30, 44))
        _comp, height, found = part(H62.president_note, seed, 300)
        assert height == 290 and len(found) == 1 and sized(found, 64, 110)
        assert inside(found, 50, 330, 260, 540), found
        crews += stacked(H62.award_row, seed, 140, (22, 28), (196, 96, 232, 132), (880, 40, 950, 67))
    assert shown >= 6 and cut >= 1 and crews >= 6, (shown, cut, crews)


def test_a_ticket_pages_film_seats_and_showings() -> None:
    """``film_header`` (300 px) counts the director's 28-40 px face or none at the card's lower
    right; ``seat_map`` (560 px) five to nine 18-22 px faces of one size on the seats (fewer where
    initials stand), some on every seed; ``showtime_row`` (100 px) the host's 22-28 px face or
    none."""
    directors = 0
    for seed in range(8):
        _comp, height, found = part(H62.film_header, seed, 300)
        assert height == 300 and len(found) <= 1 and sized(found, 28, 40)
        assert inside(found, H62.WIDTH - 160, 476, H62.WIDTH - 108, 528), found
        directors += len(found)
        _comp, height, found = part(H62.seat_map, seed, 300)
        assert height == 560 and 1 <= len(found) <= 9 and sized(found, 18.3, 22) and one_size(found)
        assert inside(found, 110, 430, 968, 810), found
    assert directors >= 5, directors
    one_in(H62.showtime_row, 100, (22, 28), (420, 456), 5)


def test_the_night_shift_redraws_whole_ticket_screens_on_some() -> None:
    """``night_shift`` keeps white light and leaves no pixel more than 26 bluer than red (pure blue
    included); over the seeds some ticket screens are drawn under it (no strongly blue pixel left on
    them: one's own seats turned), not all."""
    white = H62.night_shift(np.full((2, 2, 3), 255, np.uint8))
    assert white.shape == (2, 2, 3) and white.mean() > 180 and (white >= 130).all()
    blue = H62.night_shift(np.array([[[255, 0, 0]]], np.uint8)).astype(int)[0, 0]
    assert blue[0] - blue[2] <= 26, blue
    shifted = []
    for seed in range(12):
        comp = H62.screening_tickets(heldout_sets.marked_cast(H62, seed), random.Random(seed), "b")
        img = comp.image.astype(int)
        shifted.append(not (img[..., 0] > img[..., 2] + 60).any())
    assert any(shifted) and not all(shifted), shifted


def test_a_surf_days_photo_conditions_and_lessons() -> None:
    """``surf_hero`` (460 px) counts faces inside its photo only, none over 46 px give or take a
    figure's tenth, some on most seeds; ``conditions_card`` (230 px) none; ``lesson_row`` (150 px)
    the instructor's 26-34 px face or none in the ring at the left and two to six students' 18-22 px
    faces of one size over their boards."""
    shown = students = 0
    for seed in range(8):
        shown += bool(photo(H62.surf_hero, seed, 300, 460, 46))
        faceless(H62.conditions_card, seed, 230)
        _comp, height, found = part(H62.lesson_row, seed, 500)
        teacher, rest = split(found, 240)
        assert height == 150 and len(teacher) <= 1 and sized(teacher, 26, 34)
        assert inside(teacher, 150, 560, 192, 602), teacher
        assert len(rest) <= 6 and sized(rest, 18.3, 22) and one_size(rest)
        assert inside(rest, 290, 560, 880, 593), rest
        students += len(rest)
    assert shown >= 6 and students >= 16, (shown, students)


def test_the_instructors_cards_and_reviews() -> None:
    """``instructor_cards`` (752 px) counts six 32-56 px faces with the marked face, one inside each
    card's photo; ``review_row`` (130 px) the student's 22-28 px face or none and the instructor's
    18-22 px face or none at the right."""
    instructors = 0
    for seed in range(8):
        _comp, height, found = part(H62.instructor_cards, seed, 300)
        assert height == 752 and len(found) == 6 and sized(found, 32, 56), found
        for k in range(6):
            x, top = 30 + (k % 3) * (H62.CARD_W + 15), 300 + (k // 3) * (H62.CARD_H + 16)
            shot = [f for f in found if x <= f[0][0] < x + H62.CARD_W and top <= f[0][1] < top + H62.CARD_H]
            assert len(shot) == 1 and inside(shot, x, top, x + H62.CARD_W, top + H62.PHOTO_H), shot
        instructors += stacked(H62.review_row, seed, 130, (22, 28), (30, 18, 66, 54), (960, 30, 990, 58))
    assert instructors >= 5, instructors


def test_a_sessions_pick_shots_and_photographers() -> None:
    """``session_pick`` counts the surfer's 110-240 px face (or none, hidden past the photo's side)
    inside the photo; ``session_grid`` up to six 22-60 px faces with the marked face, inside its
    tiles only, some on most seeds; ``photographer_row`` (100 px) one 24-30 px face or none."""
    picks = shots = 0
    for seed in range(8):
        picks += heldout_sets.photo_card(part, H62.session_pick, seed, (50, 1030))
        _comp, height, found = part(H62.session_grid, seed, 300)
        tiles = 2 * (H62.TILE_H + 10)
        assert height == 56 + tiles + 10 and inside(found, 30, 356, 30 + 3 * H62.TILE_W + 20, 356 + tiles)
        assert len(found) <= 6 and sized(found, 22, 60), found
        shots += bool(found)
    assert picks >= 6 and shots >= 6, (picks, shots)
    one_in(H62.photographer_row, 100, (24, 30), (30, 68), 5)


def test_a_firms_partners_wall_and_offices() -> None:
    """``partner_grid`` (440 px) counts four 40-64 px faces with the marked face, one inside each
    headshot; ``team_wall`` eight or more faces of one size, 20-30 px, inside its two or three rows
    of headshots; ``office_row`` (100 px) the lead's 24-30 px face or none."""
    for seed in range(8):
        _comp, height, found = part(H62.partner_grid, seed, 300)
        assert height == 440 and len(found) == 4 and sized(found, 40, 64), found
        for k in range(4):
            x, top = 30 + (k % 2) * (H62.PARTNER_W + 20), 300 + (k // 2) * (H62.PARTNER_H + 16)
            shot = [
                f for f in found if x <= f[0][0] < x + H62.PARTNER_W and top <= f[0][1] < top + H62.PARTNER_H
            ]
            assert len(shot) == 1 and inside(shot, x + 15, top + 15, x + 165, top + 185), shot
        _comp, height, found = part(H62.team_wall, seed, 300)
        assert height in (56 + 60 + rows * 188 + 8 for rows in (2, 3)) and len(found) >= 8
        assert inside(found, 30, 416, 30 + 7 * H62.WALL_DX + H62.WALL_W, 300 + height), found
        assert sized(found, 20, 30) and one_size(found), found
    one_in(H62.office_row, 100, (24, 30), (560, 598), 5)


def test_a_portals_advisor_day_and_messages() -> None:
    """``advisor_card`` (250 px) counts the advisor's 44-60 px face in the squircle and up to three
    18-22 px faces of the team in a stack; ``advisor_day`` (660 px) up to five 26-34 px faces of one
    size heading its columns and 18-22 px clients of one size in the grid, some on every seed;
    ``message_row`` (110 px) one 22-28 px face or none."""
    team = 0
    for seed in range(8):
        _comp, height, found = part(H62.advisor_card, seed, 300)
        advisor, stack = split(found, 200)
        assert height == 250 and len(advisor) == 1 and sized(advisor, 44, 60)
        assert inside(advisor, 44, 350, 116, 422) and len(stack) <= 3 and sized(stack, 18.3, 22)
        assert inside(stack, 230, 442, 420, 468), stack
        team += len(stack)
        _comp, height, found = part(H62.advisor_day, seed, 300)
        heads = [f for f in found if f[0][1] < 410]
        clients = [f for f in found if f[0][1] >= 410]
        assert height == 660 and 1 <= len(heads) <= 5 and sized(heads, 26, 34) and one_size(heads)
        assert inside(heads, 120, 318, H62.WIDTH - 40, 362), heads
        assert clients and sized(clients, 18.3, 22) and one_size(clients)
        assert inside(clients, 120, 410, H62.WIDTH - 40, 410 + 16 * H62.SLOT), clients
    assert team >= 12, team
    one_in(H62.message_row, 110, (22, 28), (30, 66), 5)


def test_a_tax_calls_bar_cameras_shared_screen_and_actions() -> None:
    """``call_bar`` (110 px) counts no face; ``advisor_view`` (536-615 px) the adviser's 110-240 px
    face inside the camera at the left (or none, cut by its side) and one's own and a colleague's
    faces inside the small cameras at the right (the colleague's camera off on some);
    ``shared_screen`` (320 px) none; ``action_row`` (96 px) one 20-26 px face or none."""
    advisers = 0
    for seed in range(8):
        faceless(H62.call_bar, seed, 110)
        _comp, height, found = part(H62.advisor_view, seed, 200)
        adviser, small = split(found, H62.SIDE_X)
        assert 536 <= height < 616 and len(adviser) <= 1 and sized(adviser, 110, 240)
        assert inside(adviser, 20, 200, 720, 200 + height - 16), adviser
        assert 1 <= len(small) <= 2 and inside(small, H62.SIDE_X, 200, H62.SIDE_X + H62.SIDE_W, 696), small
        assert sized(small, 64, 98), small
        advisers += len(adviser)
        faceless(H62.shared_screen, seed, 320)
    assert advisers >= 6, advisers
    one_in(H62.action_row, 96, (20, 26), (80, 113), 5)


def test_the_tickets_stub_is_notched() -> None:
    """``ticket_mask`` is a square stub: set at its middle and near its corners' insides, clear at
    the middle of its left and right sides (the notches) and at its very corners."""
    m = H62.ticket_mask(210)
    assert m.shape == (210, 210) and m[105, 105] and m[20, 20] and m[190, 190]
    assert not m[105, 2] and not m[105, 207] and not m[0, 0] and not m[209, 209]


def test_marks_draw_only_inside_their_places() -> None:
    """A paw's, a clapperboard's, a wave's and a calculator's badge, a palm, a film's sprockets, a
    map's pin and a document's icon draw inside their rectangles (a pixel of smoothing round the
    round ones)."""
    cases = [
        (functools.partial(lambda img, fn: fn(img, (100, 100), 12, (20, 20, 20)), fn=fn), (84, 84, 116, 116))
        for fn in (H62.paw_badge, H62.clapper_badge, H62.wave_badge, H62.calculator_badge)
    ]
    cases += [
        (lambda img: H62.palm_glyph(img, (200, 200), 22, (40, 170, 230)), (172, 178, 221, 224)),
        (lambda img: H62.sprockets(img, 0, 400, 50, (200, 200, 200)), (11, 49, 389, 62)),
        (lambda img: H62.map_pin(img, (200, 200), 16, (120, 40, 40)), (183, 183, 217, 233)),
        (lambda img: H62.doc_icon(img, 50, 50, 22, 28, (40, 40, 200)), (50, 50, 72, 78)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_coloured_as_they_say() -> None:
    """The marquee warms every other band of a white face and keeps it light; the flashes lighten a
    dark picture round their bursts and keep a white one white; the low sun warms a dark picture
    more on its side than on the other (red above blue) and keeps a white one light; all leave the
    picture's size as it was."""
    white = np.full((40, 80, 3), 240, np.uint8)
    dark = np.zeros((40, 80, 3), np.uint8)
    striped = H62.marquee(0.4)(white).astype(int)
    assert striped.shape == white.shape and striped.mean() > 200
    assert striped[:, 5, 0].mean() > striped[:, 15, 0].mean() + 30
    lit = H62.flashes(random.Random(3), 0.6)
    assert lit(white).shape == white.shape and lit(white).min() >= 239 and lit(dark).max() > 60
    for left in (True, False):
        sun = H62.golden_hour(0.4, left)
        warm = sun(dark).astype(int)
        near, far = (warm[:, 0], warm[:, -1]) if left else (warm[:, -1], warm[:, 0])
        assert (
            sun(white).mean() > 180 and near.mean() > far.mean() + 20 and (warm[..., 2] > warm[..., 0]).all()
        )


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the conditions, the call's bar and the shared screen) none either."""
    parts = [
        (H62.event_hero, (300,)), (H62.pen_map, (300,)), (H62.meet_row, (500,)), (H62.rota_week, (300,)),
        (H62.shift_leads, (300,)), (H62.signup_row, (500,)), (H62.jury_hero, (300,)),
        (H62.jury_strip, (300,)), (H62.president_note, (300,)), (H62.award_row, (500,)),
        (H62.film_header, (300,)), (H62.seat_map, (300,)), (H62.showtime_row, (500,)),
        (H62.surf_hero, (300,)), (H62.lesson_row, (500,)), (H62.instructor_cards, (300,)),
        (H62.review_row, (500,)), (H62.session_pick, (200,)), (H62.session_grid, (300,)),
        (H62.photographer_row, (500,)), (H62.partner_grid, (300,)), (H62.team_wall, (300,)),
        (H62.office_row, (500,)), (H62.advisor_card, (300,)), (H62.advisor_day, (300,)),
        (H62.message_row, (500,)), (H62.advisor_view, (200,)), (H62.action_row, (500,)),
        (no_cast(H62.conditions_card), (300,)), (no_cast(H62.call_bar), (300,)),
        (no_cast(H62.shared_screen), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Adoption days and a surf day (the photos' back rows), then the yard's photo and the beach's
    photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H62,
        [H62.adoption_day, H62.adoption_day, H62.surf_lessons],
        people_and_things,
        [lambda k=k: part(H62.event_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H62.surf_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H62.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A kennel block, an exercise yard, an auditorium, a press wall, a beach break, a board rack, an
    accountant's office and a tax return's page are drawn at any size asked, alike from one seed,
    unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H62.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT62_SEED`` the set opens again on the round's first screens (two adoption days
    and two rotas), with over 350 faces a round; given two_people.jpg alone its first screens count
    no face."""
    heldout_sets.check_generate(H62, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H62)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 492 faces on 18 screens (421 under 32 px,
    66 of 32-63, 3 of 64-127, 2 of 128 or more; 454 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h62- and h62-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H62, one_round, "h62", 492, [421, 66, 3, 2], 454)
