"""bench/heldout56.py, the fifty-sixth blind held-out set (journalism and newsrooms, nonprofits and
volunteering, music and concerts, coworking spaces): tests of the faces it annotates. No detector
runs here; the set is scored once, later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the morning conference
and the ticket promise; each part (a live blog's reporters, lead photo and entries; a newsroom's
editor, newcomers and headshots; a conference's chair, desks and budget; a rota's coordinator,
shifts and thank-you photo; a donor wall's tiers; a campaign's photo, supporters and gifts; a
lineup's poster, friends and running order; a band's photo, members, crowd and tour; a ticket, a
group and friends at the show; a coworking floor's plan, members in today and events) counts faces
of its sizes inside its bounds, and with a face-free cast none; wire photos, headshots and gifts in
memory are grey on some, past shifts faded; members, friends at a show and members in today are
cut by the right edge on some; the marks draw only inside their places; faces under 18 px are drawn
and never counted; the drawn things are reproducible; the set repeats from its seed, leaves out the
tuning people and draws what its docstring states.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H56 = heldout_sets.bench("heldout56")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H56, "h56")
no_cast = heldout_sets.no_cast


one_round = heldout_sets.round_fixture(H56)  # round one at the seed, drawn once for the module


def test_ten_layouts_the_conference_and_the_ticket_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the morning conference and the ticket
    (once), thirteen face-free screens a round; the seed is 56565 unless ``HELDOUT56_SEED`` names
    another."""
    heldout_sets.check_rounds(H56, 2, 13)
    assert (H56.news_meeting, H56.ticket_page) == H56.ONCE
    heldout_sets.check_seed(H56, 56565)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a live blog) differ from the default seed's
    in their faces and pixels."""
    heldout_sets.check_another_seed(H56, people_and_things[1], "h56-liveblog")


@pytest.mark.parametrize("layout", H56.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (greys, duotones, stage lights, haze, fades and the
    bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H56, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the donor wall, the conference's cameras and the floor plan's desks, with things
    in the people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H56, one_round, "h56", ["donors", "meeting", "desks"])


def test_the_conference_and_the_ticket_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The morning conference counts a face of 100 px or more (the editor chairing), the ticket one
    of 110 px or more (the artist), and every face counted is 18 px or more."""
    [meeting] = [c for c in one_round if c.kind == "h56-meeting"]
    [ticket] = [c for c in one_round if c.kind == "h56-ticket"]
    assert max(meeting.sizes) >= 100 and max(ticket.sizes) >= 110, (meeting.sizes, ticket.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_a_live_blogs_reporters_photo_and_entries() -> None:
    """``contributors`` (110 px) counts a facepile of one to five 24-32 px faces; ``blog_hero`` (420
    px) faces only inside its photo, none over 52 px give or take a figure's tenth; ``blog_entry``
    the reporter's 20-28 px face or none on the rail and, on some seeds, people in its photo, inside
    it."""
    heroes = photos = 0
    for seed in range(10):
        _comp, height, found = part(H56.contributors, seed, 300)
        assert height == 110 and 1 <= len(found) <= 5 and sized(found, 24, 32)
        assert inside(found, 26, 340, 400, 400), found
        _comp, height, found = part(H56.blog_hero, seed, 300)
        assert height == 420 and inside(found, 0, 300, RIGHT, 700)
        assert all(18 <= z <= 52 * 1.1 + 0.5 for _b, z in found)
        heroes += bool(found)
        _comp, height, found = part(H56.blog_entry, seed, 300, 1500)
        assert 138 <= height <= 462 and inside(found, 40, 300, H56.WIDTH - 30, 300 + height)
        reporter = [(b, z) for b, z in found if b[0] < 100]
        assert len(reporter) <= 1 and sized(reporter, 20, 28) and inside(reporter, 40, 314, 100, 360)
        photos += len(found) > len(reporter)
    assert heroes >= 8 and photos >= 1, (heroes, photos)


def test_wire_photos_are_grey_on_some() -> None:
    """Over the seeds ``blog_hero`` draws the whole photo grey on some (a wire photo) and in colour
    on others."""
    grey, kept = greyed_some(H56.blog_hero, 16, 300)
    assert grey >= 2 and kept >= 4, (grey, kept)


def test_a_newsrooms_editor_newcomers_and_headshots() -> None:
    """``editor_card`` (270 px) counts one 52-96 px face in its headshot; ``new_faces`` (100 px) a
    facepile of one to five 20-26 px faces; ``staff_cell`` (a headshot 188 px wide) one face of
    0.17-0.28 of its width inside the headshot."""
    for seed in range(8):
        _comp, height, found = part(H56.editor_card, seed, 300)
        assert height == 270 and len(found) == 1 and sized(found, 52, 96)
        assert inside(found, 40, 320, 210, 530), found
        _comp, height, found = part(H56.new_faces, seed, 300)
        assert height == 100 and 1 <= len(found) <= 5 and sized(found, 20, 26)
        assert inside(found, 26, 336, 400, 380), found
        _comp, height, found = part(H56.staff_cell, seed, 20, 300, 200)
        assert height == 296 and len(found) == 1 and sized(found, 0.17 * 188, 0.28 * 188)
        assert inside(found, 20, 300, 208, 526), found


def test_headshots_are_grey_on_some() -> None:
    """Over the seeds ``staff_cell`` draws the headshot grey on some (the paper's house style) and in
    colour on others; ``editor_card`` too."""
    grey, kept = greyed_some(H56.staff_cell, 20, 20, 300, 200)
    assert grey >= 4 and kept >= 4, (grey, kept)
    grey, kept = greyed_some(H56.editor_card, 16, 300)
    assert grey >= 2 and kept >= 2, (grey, kept)


def test_a_conferences_chair_desks_and_budget() -> None:
    """``chair_tile`` (496-595 px) counts one 100-240 px face inside its picture; ``desk_tile`` faces
    inside its tile only, on most seeds; ``budget_row`` (100 px) one 20-26 px face or none."""
    tiles = 0
    for seed in range(8):
        _comp, height, found = part(H56.chair_tile, seed, 200)
        assert 496 <= height < 596 and len(found) == 1 and sized(found, 100, 240)
        assert inside(found, 20, 200, RIGHT - 20, 200 + height - 16)
        _comp, _value, found = part(H56.desk_tile, seed, 280, 500, 252, 189)
        assert inside(found, 280, 500, 532, 689) and all(z >= 18 for _b, z in found)
        tiles += bool(found)
    assert tiles >= 5, tiles
    one_in(H56.budget_row, 100, (20, 26), (750, 790), 5)


def test_a_rotas_coordinator_shifts_and_thanks() -> None:
    """``coordinator`` (120 px) counts one 36-50 px face in its ring; ``slot_shift`` (212 px) up to
    six 22-30 px faces in its slots; ``thanks_photo`` faces inside it only (the crew, none over 44
    px give or take a figure's tenth, and the likes' stack of 18-22 px under the photo)."""
    crews = 0
    for seed in range(8):
        _comp, height, found = part(H56.coordinator, seed, 300)
        assert height == 120 and len(found) == 1 and sized(found, 36, 50)
        assert inside(found, 36, 316, 100, 380), found
        _comp, height, found = part(H56.slot_shift, seed, 300)
        assert height == 212 and len(found) <= 6 and sized(found, 22, 30)
        assert inside(found, 44, 372, 690, 410), found
        _comp, height, found = part(H56.thanks_photo, seed, 300)
        assert 440 <= height <= 650 and inside(found, 0, 300, RIGHT, 300 + height)
        assert all(18 <= z <= 44 * 1.1 + 0.5 for _b, z in found)
        likes = [(b, z) for b, z in found if b[1] >= 300 + height - 80]
        assert 1 <= len(likes) <= 3 and sized(likes, 18.3, 22), likes
        crews += len(found) > len(likes)
    assert crews >= 6, crews


def test_past_shifts_are_faded() -> None:
    """Over the seeds ``slot_shift`` fades some shift's faces toward the card (a past shift) and keeps
    others in colour."""
    grey, kept = greyed_some(H56.slot_shift, 30, 300)
    assert grey >= 2 and kept >= 20, (grey, kept)


def test_a_donor_walls_tiers() -> None:
    """``tier_band`` (two rows) counts faces of its tier's size only (44-60, 30-40, 22-28 and 18-22
    px), at most a place's each, inside the band under its banner, most places faced."""
    for tier, cols in enumerate(H56.TIER_COLS):
        lo, hi = H56.TIER_FACES[tier]
        faced = 0
        for seed in range(4):
            _comp, height, found = part(H56.tier_band, seed, 300, tier, 2)
            assert len(found) <= 2 * cols and sized(found, lo, hi), (tier, found)
            assert inside(found, 20, 370, RIGHT - 20, 300 + height), (tier, found)
            faced += len(found)
        assert faced >= 4 * 2 * cols * 0.6, (tier, faced)


def test_gifts_in_memory_are_grey_on_some() -> None:
    """Over the seeds ``tier_band`` draws some gift in memory grey and keeps the others in colour."""
    grey, kept = greyed_some(H56.tier_band, 12, 300, 2, 2)
    assert grey >= 2 and kept >= 40, (grey, kept)


def test_a_campaigns_photo_supporters_and_gifts() -> None:
    """``campaign_hero`` (450 px) counts the organiser's 40-56 px face over the photo's foot and the
    volunteers' faces inside the photo, none over 44 px give or take a figure's tenth;
    ``supporters_pile`` (160 px) a facepile of 26-34 px faces and on some seeds friends of 18-22 px
    under it; ``supporter_row`` (108 px) one 22-30 px face or none."""
    friends = 0
    for seed in range(8):
        _comp, height, found = part(H56.campaign_hero, seed, 300)
        organiser = [(b, z) for b, z in found if b[0] < 130 and b[1] >= 630]
        assert height == 450 and len(organiser) == 1 and sized(organiser, 40, 56)
        assert inside(organiser, 40, 640, 120, 750), organiser
        crew = [(b, z) for b, z in found if (b, z) not in organiser]
        assert inside(crew, 0, 300, RIGHT, 680) and all(18 <= z <= 44 * 1.1 + 0.5 for _b, z in crew)
        _comp, height, found = part(H56.supporters_pile, seed, 300)
        pile = [(b, z) for b, z in found if b[1] < 400]
        assert height == 160 and 1 <= len(pile) <= 6 and sized(pile, 26, 34)
        assert inside(pile, 26, 346, 500, 396), pile
        more = [(b, z) for b, z in found if b[1] >= 400]
        assert len(more) <= 3 and sized(more, 18.3, 22) and inside(more, 26, 406, 200, 440)
        friends += bool(more)
    assert friends >= 2, friends
    one_in(H56.supporter_row, 108, (22, 30), (30, 70), 5)


def test_a_lineups_poster_friends_and_running_order() -> None:
    """``lineup_poster`` counts the headliner and the acts' headshots (22-38 px, five or more) inside
    the poster, none over 110 px; ``friends_going`` (90 px) a facepile of one to four 20-26 px faces;
    ``act_row`` (104 px) one 24-32 px face or none."""
    for seed in range(6):
        _comp, height, found = part(H56.lineup_poster, seed, 200)
        assert 680 <= height <= 1060 and inside(found, 0, 200, RIGHT, 200 + height), found
        assert sized(found, 22, 110) and sum(z <= 38.5 for _b, z in found) >= 5, found
        _comp, height, found = part(H56.friends_going, seed, 300)
        assert height == 90 and 1 <= len(found) <= 4 and sized(found, 20, 26)
        assert inside(found, 26, 312, 300, 350), found
    one_in(H56.act_row, 104, (24, 32), (130, 175), 5)


def test_a_bands_photo_members_crowd_and_tour() -> None:
    """``band_banner`` (440 px) counts faces inside its photo only, none over 72 px give or take a
    figure's tenth; ``members_row`` four or more 40-56 px faces in a row, on some seeds the last cut
    by the screen's edge; ``crowd_shot`` (476 px) faces inside its photo, none over 40 px give or take
    a figure's tenth; ``tour_row`` (100 px) one 20-26 px opener or none."""
    cut = crowds = 0
    for seed in range(8):
        _comp, height, found = part(H56.band_banner, seed, 300)
        assert height == 440 and found and inside(found, 0, 300, RIGHT, 720)
        assert all(18 <= z <= 72 * 1.1 + 0.5 for _b, z in found)
        cut += past_the_edge(H56.members_row, seed, (40, 56))
        _comp, height, found = part(H56.crowd_shot, seed, 300)
        assert height == 476 and inside(found, 0, 356, RIGHT, 756)
        assert all(18 <= z <= 40 * 1.1 + 0.5 for _b, z in found)
        crowds += len(found) >= 4
    assert cut >= 1 and crowds >= 6, (cut, crowds)
    one_in(H56.tour_row, 100, (20, 26), (650, 690), 2)


def test_a_tickets_artist_group_and_friends() -> None:
    """``ticket_card`` counts the artist's 110-260 px face (or none, hidden past the card's side)
    inside its photo, its stub none; ``group_tickets`` (120 px) a facepile of one to five 22-28 px
    faces; ``friends_at_show`` four or more 30-40 px faces in a row, on some seeds the last cut by
    the screen's edge."""
    artists = cut = 0
    for seed in range(8):
        _comp, height, found = part(H56.ticket_card, seed, 200)
        ph = height - 320
        assert 540 <= ph < 620 and len(found) <= 1 and sized(found, 110, 260)
        assert inside(found, 30, 200, H56.WIDTH - 30, 200 + ph), found
        artists += len(found)
        _comp, height, found = part(H56.group_tickets, seed, 300)
        assert height == 120 and 1 <= len(found) <= 5 and sized(found, 22, 28)
        assert inside(found, 26, 352, 300, 394), found
        cut += past_the_edge(H56.friends_at_show, seed, (30, 40))
    assert artists >= 6 and cut >= 1, (artists, cut)


def test_a_coworking_floors_plan_members_and_events() -> None:
    """``floor_plan`` (780 px) counts 18-24 px faces on desks, in rooms and booths, inside the plan,
    some on every seed; ``in_today`` four or more 30-44 px faces in a row, on some seeds the last cut
    by the screen's edge; ``community_row`` (120 px) the host's 24-32 px face or none and up to two
    18-22 px faces going at its right."""
    cut = going = 0
    for seed in range(8):
        _comp, height, found = part(H56.floor_plan, seed, 300)
        assert height == 780 and len(found) >= 3 and sized(found, 18.3, 24)
        assert inside(found, 20, 300, H56.WIDTH - 20, 1060), found
        cut += past_the_edge(H56.in_today, seed, (30, 44))
        _comp, height, found = part(H56.community_row, seed, 300)
        host = [(b, z) for b, z in found if b[0] < 200]
        assert height == 120 and len(host) <= 1 and sized(host, 24, 32)
        assert inside(host, 124, 328, 170, 372), host
        rest = [(b, z) for b, z in found if b[0] >= H56.WIDTH - 270]
        assert len(rest) + len(host) == len(found) and len(rest) <= 2 and sized(rest, 18.3, 22)
        assert inside(rest, H56.WIDTH - 270, 330, H56.WIDTH - 100, 370), rest
        going += bool(rest)
    assert cut >= 1 and going >= 2, (cut, going)


def test_marks_draw_only_inside_their_places() -> None:
    """A pen's, a heart's and a quaver's badge, an anonymous heart, a black ribbon, a tier's banner,
    a bar code and a date's block draw inside their rectangles (a pixel of smoothing round the round
    ones)."""
    cases = [
        (lambda img: H56.pen_badge(img, (100, 100), 12, (20, 20, 20)), (84, 84, 116, 116)),
        (lambda img: H56.heart_badge(img, (100, 100), 11, (20, 20, 20)), (86, 86, 114, 114)),
        (lambda img: H56.heart_disc(img, (100, 100), 14, (90, 90, 90)), (85, 85, 115, 115)),
        (lambda img: H56.note_badge(img, (100, 100), 13, (20, 20, 20)), (83, 83, 117, 117)),
        (lambda img: H56.mourning_ribbon(img, (100, 100), 10), (89, 88, 111, 111)),
        (lambda img: H56.tier_ribbon(img, 50, 100, 200, 40, (9, 9, 9)), (50, 100, 250, 140)),
        (lambda img: H56.barcode(img, random.Random(3), 50, 100, 200, 60), (50, 100, 250, 160)),
        (lambda img: H56.date_block(img, 50, 100, "JAN", 12, (9, 9, 9)), (50, 100, 122, 172)),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the masthead, the conference's bar, the sum raised, the partners) none either."""
    parts = [
        (H56.contributors, (300,)), (H56.blog_hero, (300,)), (H56.blog_entry, (300, 1500)),
        (H56.editor_card, (300,)), (H56.new_faces, (300,)), (H56.staff_cell, (20, 300, 200)),
        (H56.chair_tile, (200,)), (H56.desk_tile, (280, 500, 252, 189)), (H56.budget_row, (500,)),
        (H56.coordinator, (300,)), (H56.slot_shift, (300,)), (H56.thanks_photo, (300,)),
        (H56.tier_band, (300, 0, 2)), (H56.tier_band, (300, 3, 2)), (H56.campaign_hero, (300,)),
        (H56.supporters_pile, (300,)), (H56.supporter_row, (500,)), (H56.lineup_poster, (200,)),
        (H56.friends_going, (300,)), (H56.act_row, (500,)), (H56.band_banner, (300,)),
        (H56.members_row, (300,)), (H56.crowd_shot, (300,)), (H56.tour_row, (500,)),
        (H56.ticket_card, (200,)), (H56.group_tickets, (300,)), (H56.friends_at_show, (300,)),
        (H56.floor_plan, (300,)), (H56.in_today, (300,)), (H56.community_row, (500,)),
        (no_cast(H56.masthead), (300,)), (no_cast(H56.meeting_bar), (300,)),
        (no_cast(H56.partners), (300,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (getattr(fn, "__name__", fn), comp.sizes)
    for seed in range(3):
        comp, height, found = part(lambda _c, rng, s, y: H56.raised_card(s, rng, y, H56.CHARITY), seed, 300)
        assert height == 150 and not found


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """A band's page and a live blog (the crowd's and the lead photo's back rows), then the crowd and
    the lead photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H56,
        [H56.band_page, H56.band_page, H56.live_blog],
        people_and_things,
        [lambda k=k: part(H56.crowd_shot, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H56.blog_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H56.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """Bundles of newspapers, a newsroom, a food bank's shelves, a planting day's field, a stage, a
    festival's field, a record shop's crates and a coworking room are drawn at any size asked, alike
    from one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H56.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT56_SEED`` the set opens again on the round's first screens (two live blogs and
    two newsroom staff pages), with over 250 faces a round; given two_people.jpg alone its first
    screens count no face."""
    heldout_sets.check_generate(H56, people_and_things[1], 250, one_round)


@heldout_sets.default_seed_only(H56)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 358 faces on 18 screens (261 under 32
    px, 90 of 32-63, 5 of 64-127, 2 of 128 or more; 292 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h56- and h56-noface- for the ten
    layouts."""
    heldout_sets.check_round_as_documented(H56, one_round, "h56", 358, [261, 90, 5, 2], 292)
