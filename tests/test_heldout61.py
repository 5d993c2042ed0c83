"""bench/heldout61.py, the sixty-first blind held-out set (esports teams and gaming clans, town
councils and civic meetings, rowing and paddling clubs, language-exchange and conversation groups):
tests of the faces it annotates. No detector runs here; the set is scored once, later, on a frozen
detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes and holds the large faces the player of the week
and the tandem call promise; each part (a match's series, minimap, kill feed and scoreboard; a
clan's banner, territories, who is online, leader and members; a player's card, form, teammates
and matches; a council's chamber, vote and agenda; the wards' map, cabinet and surgeries; a
consultation's drop-in, wall, planner and comments; an outing's card and boats; a river trip's
photo, run and buddies; a conversation night's hosts, phrase and tables; a tandem call's bar,
partner, captions and corrections) counts faces of its sizes inside its bounds, and with a
face-free cast none; the victims in the kill feed are grey, the dead and the inactive faded; the
colour-blind mode redraws whole match screens on some; a later note on the wall covers a face's edge
on some; the online, the cabinet and the hosts are cut by the right edge on some; a hexagon's face
counts inside it; the marks draw only inside their places and the looks keep faces light; faces
under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats from
its seed, leaves out the tuning people and draws what its docstring states.
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

H61 = heldout_sets.bench("heldout61")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
WHITE = (250, 250, 250)
sized, inside = heldout_sets.sized, heldout_sets.inside


# this set's parts drawn alone with the marked face (or another, or no person), and the checks of
# rows of one face or none, of grey and coloured faces over seeds and of a row across the edge
part, one_in, greyed_some, past_the_edge = heldout_sets.set_parts(H61, "h61")
photo = functools.partial(heldout_sets.photo_across, part)  # a photo across the screen, its faces
no_cast = heldout_sets.no_cast
one_round = heldout_sets.round_fixture(H61)  # round one at the seed, drawn once for the module
faceless = functools.partial(heldout_sets.faceless, part)  # a part drawn without a cast: no face
one_size, split = heldout_sets.one_size, heldout_sets.split_at  # faces of one size; left and right


def one_sized(
    fn: Callable[..., Any], seed: int, height: int, most: int, size: tuple[float, float],
    rect: tuple[float, float, float, float],
) -> list[tuple[C.BoxF, float]]:  # fmt: skip
    """``fn`` (a map, a wall) drawn at y = 300 from ``seed`` is ``height`` px and counts one to
    ``most`` faces of ``size`` px, all of one size, inside ``rect``. Returns them."""
    _comp, value, found = part(fn, seed, 300)
    assert value == height and 1 <= len(found) <= most and sized(found, *size) and one_size(found)
    assert inside(found, *rect), found
    return found


def test_ten_layouts_the_spotlight_and_the_tandem_call_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the player of the week and the tandem
    call (once), thirteen face-free screens a round; the seed is 61616 unless ``HELDOUT61_SEED``
    names another."""
    heldout_sets.check_rounds(H61, 2, 13)
    assert (H61.spotlight, H61.tandem_call) == H61.ONCE
    heldout_sets.check_seed(H61, 61616)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a match's live page) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H61, people_and_things[1], "h61-matchcentre")


@pytest.mark.parametrize("layout", H61.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (the colour-blind mode, the stage's lights, mist, the
    projector's light, greys, fades and the bands over photos keep it light)."""
    heldout_sets.check_marked_boxes(H61, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (a clan's hub, an outing's boats and a conversation night's tables, with things
    in the people's places); the face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H61, one_round, "h61", ["clanhub", "crews", "convo"])


def test_the_spotlight_and_the_tandem_call_hold_large_faces_and_none_is_under_18(
    one_round: list[C.Composite],
) -> None:
    """The player of the week counts a face of 110 px or more (the player), the tandem call one of
    110 px or more (the partner), and every face counted is 18 px or more."""
    heldout_sets.check_large_faces(one_round, {"h61-spotlight": 110, "h61-tandem": 110})


def test_a_matchs_series_minimap_kill_feed_and_scoreboard() -> None:
    """``series_header`` (220 px) counts no face; ``minimap`` (460 px) up to ten 18-22 px faces of one
    size inside the map, some on every seed; ``kill_feed`` (90 + n * 52 px, four to six lines) up to
    two 18-22 px faces of one size a line, the killers' at the left and the victims' in the middle;
    ``player_row`` (84 px) one 20-28 px face or none, the best player's or not."""
    for seed in range(8):
        faceless(H61.series_header, seed, 220)
        one_sized(H61.minimap, seed, 460, 10, (18.3, 22), (44, 320, RIGHT - 40, 720))
        _comp, height, found = part(H61.kill_feed, seed, 300)
        n = (height - 90) // H61.FEED_ROW
        assert 4 <= n <= 6 and height == 90 + n * H61.FEED_ROW
        killers, victims = split(found, 400)
        assert len(killers) <= n and len(victims) <= n and sized(found, 18.3, 22) and one_size(found)
        assert inside(killers, 60, 356, 90, 356 + n * 52) and inside(victims, 620, 356, 650, 356 + n * 52)
        assert len(killers) >= n - 1, found
    one_in(H61.player_row, 84, (20, 28), (44, 80), 5, 0, False)
    one_in(H61.player_row, 84, (20, 28), (44, 80), 5, 3, True)


def test_the_victims_are_grey_and_the_dead_and_inactive_faded() -> None:
    """Over the seeds ``kill_feed`` draws its victims grey and its killers in colour, ``player_row``
    fades some players who are dead and ``member_row`` some members who are inactive, toward the
    page, and keeps the others in colour."""
    grey, kept = greyed_some(H61.kill_feed, 4, 300)
    assert grey >= 12 and kept >= 12, (grey, kept)
    grey, kept = greyed_some(H61.player_row, 60, 300, 2, False)
    assert grey >= 1 and kept >= 30, (grey, kept)
    grey, kept = greyed_some(H61.member_row, 40, 300)
    assert grey >= 1 and kept >= 20, (grey, kept)


def test_the_colour_blind_mode_redraws_whole_match_screens_on_some() -> None:
    """``colour_blind`` keeps white white and draws pure red and pure green toward one hue; over the
    seeds some match screens are drawn in it (no strong red left on them: the red side's colour and
    the LIVE tag turned), not all."""
    white = H61.colour_blind(np.full((2, 2, 3), 255, np.uint8))
    assert white.shape == (2, 2, 3) and (white >= 250).all()
    red = H61.colour_blind(np.array([[[0, 0, 255]]], np.uint8)).astype(int)[0, 0]
    green = H61.colour_blind(np.array([[[0, 255, 0]]], np.uint8)).astype(int)[0, 0]
    assert abs(red[2] - red[1]) < 30 and abs(green[2] - green[1]) < 30, (red, green)
    blind = []
    for seed in range(12):
        comp = H61.match_centre(heldout_sets.marked_cast(H61, seed), random.Random(seed), "b")
        img = comp.image.astype(int)
        blind.append(not (img[..., 2] > img[..., 1] + 90).any())
    assert any(blind) and not all(blind), blind


def test_a_clans_banner_territories_online_leader_and_members() -> None:
    """``clan_banner`` (220 px) counts no face; ``territory_map`` (480 px) up to 55 18-24 px faces of
    one size in its hexagons, some on every seed; ``online_now`` four or more 32-46 px faces, on some
    seeds the last cut by the edge; ``leader_message`` (290 px) the leader's 64-100 px face inside
    the hexagon at the left; ``member_row`` (90 px) one 22-30 px face or none."""
    cut = 0
    for seed in range(8):
        faceless(H61.clan_banner, seed, 220)
        one_sized(H61.territory_map, seed, 480, 55, (18.3, 24), (44, 360, RIGHT - 40, 760))
        cut += past_the_edge(H61.online_now, seed, (32, 46))
        _comp, height, found = part(H61.leader_message, seed, 300)
        assert height == 290 and len(found) == 1 and sized(found, 64, 100)
        assert inside(found, 50, 330, 260, 540), found
    assert cut >= 1, cut
    one_in(H61.member_row, 90, (22, 30), (30, 68), 5)


def test_a_hexagons_face_counts_inside_it() -> None:
    """``hex_avatar`` with the marked face counts its one face at the size asked inside the hexagon's
    square, and draws its rim round it; without people it draws a thing there and counts none."""
    for seed in range(4):
        comp, _value, found = part(
            lambda cast, _rng, s: H61.hex_avatar(cast, s, 200, 400, 40, 48, (0, 0, 250)), seed
        )
        assert len(found) == 1 and sized(found, 40, 40) and inside(found, 200, 400, 248, 448), found
        b, _g, r = (int(v) for v in comp.image[424, 198])  # the rim, left of the hexagon
        assert r > 200 and b < 100, (b, r)
        _comp, _value, found = part(
            lambda cast, _rng, s: H61.hex_avatar(cast, s, 200, 400, 40, 48), seed, people=False
        )
        assert not found


def test_a_players_card_form_teammates_and_matches() -> None:
    """``mvp_card`` counts the player's 110-240 px face (or none, hidden past the photo's side) inside
    the photo at the card's left; ``form_chart`` (240 px) none; ``teammates`` (190 px) up to five
    22-28 px faces of one size, tags over their feet; ``fixture_row`` (100 px) the caster's 24-30 px
    face or none."""
    players = 0
    for seed in range(8):
        players += heldout_sets.photo_card(part, H61.mvp_card, seed, (50, 490))
        faceless(H61.form_chart, seed, 240)
        _comp, height, found = part(H61.teammates, seed, 300)
        assert height == 190 and len(found) <= 5 and sized(found, 22, 28) and one_size(found)
        assert inside(found, 40, 360, 40 + 4 * 200 + 36, 400), found
    assert players >= 6, players
    one_in(H61.fixture_row, 100, (24, 30), (420, 458), 5)


def test_a_councils_chamber_vote_and_agenda() -> None:
    """``chamber_hero`` (460 px) counts faces inside its photo only, none over 42 px give or take a
    figure's tenth, some on most seeds; ``vote_chart`` (230 px) none; ``agenda_item`` (130 px) the
    officer's 22-28 px face or none at the left, the mover's and seconder's 18-22 px faces of one size
    and up to three 18-22 px speakers in a stack."""
    speakers = members = 0
    for seed in range(8):
        members += bool(photo(H61.chamber_hero, seed, 300, 460, 42))
        faceless(H61.vote_chart, seed, 230)
        _comp, height, found = part(H61.agenda_item, seed, 500, seed)
        officer, rest = split(found, 500)
        movers, stack = split(rest, 700)
        assert height == 130 and len(officer) <= 1 and sized(officer, 22, 28)
        assert inside(officer, 106, 582, 142, 630), officer
        assert len(movers) <= 2 and sized(movers, 18.3, 22) and one_size(movers)
        assert inside(movers, 560, 528, 656, 556), movers
        assert len(stack) <= 3 and sized(stack, 18.3, 22) and inside(stack, 720, 534, 820, 562), stack
        speakers += len(stack)
    assert speakers >= 3 and members >= 6, (speakers, members)


def test_the_wards_map_cabinet_and_surgeries() -> None:
    """``ward_map`` (680 px) counts 24-32 px faces of one size on the map, four or more on every seed;
    ``cabinet`` four or more 36-52 px faces, on some seeds the last cut by the edge; ``surgery_row``
    (100 px) one 24-32 px face or none."""
    cut = 0
    for seed in range(8):
        found = one_sized(H61.ward_map, seed, 680, 30, (24, 32), (40, 330, 40 + H61.MAP_W, 330 + H61.MAP_H))
        assert len(found) >= 4, found
        cut += past_the_edge(H61.cabinet, seed, (36, 52))
    assert cut >= 1, cut
    one_in(H61.surgery_row, 100, (24, 32), (146, 186), 5)


def test_a_consultations_dropin_wall_planner_and_comments() -> None:
    """``dropin_hero`` (460 px) counts faces inside its photo only, none over 48 px give or take a
    figure's tenth, some on most seeds (a single depth stands at the back's size, under 18 px on
    some); ``feedback_wall`` (520 px) up to eight 20-26 px faces of one
    size on the board; ``planner_note`` (290 px) the planner's 64-110 px face inside the squircle at
    the left; ``comment_row`` (120 px, 200 with a reply) the resident's 22-28 px face or none and,
    under a reply, the officer's 20-24 px face or none."""
    replies = visitors = 0
    for seed in range(8):
        visitors += bool(photo(H61.dropin_hero, seed, 300, 460, 48))
        one_sized(H61.feedback_wall, seed, 520, 8, (20, 26), (24, 300, RIGHT - 20, 800))
        _comp, height, found = part(H61.planner_note, seed, 300)
        assert height == 290 and len(found) == 1 and sized(found, 64, 110)
        assert inside(found, 50, 330, 260, 540), found
        _comp, height, found = part(H61.comment_row, seed, 500)
        resident, officer = split(found, 90)
        assert height in (120, 200) and len(resident) <= 1 and sized(resident, 22, 28)
        assert inside(resident, 30, 518, 66, 556), resident
        assert len(officer) <= (height == 200) and sized(officer, 20, 24)
        assert inside(officer, 104, 626, 134, 656), officer
        replies += height == 200
    assert replies >= 1 and visitors >= 6, (replies, visitors)


def test_a_later_note_on_the_wall_covers_a_faces_edge_on_some() -> None:
    """Over the seeds some faces on the feedback wall are counted with their box cut short (a note
    laid later over its edge), and some are whole."""
    cut = whole = 0
    for seed in range(16):
        _comp, _height, found = part(H61.feedback_wall, seed, 300)
        for (x1, y1, x2, y2), size in found:
            short = min(x2 - x1, y2 - y1) < 0.8 * size
            cut += short
            whole += not short
    assert cut >= 1 and whole >= 40, (cut, whole)


def test_an_outings_card_and_boats() -> None:
    """``outing_card`` (220 px) counts one or two 32-44 px coaches of one size at its right, or none;
    ``boat_row`` (150 px) up to eight rowers of 18-24 px (one size), a cox of 22-28 px and two subs
    of 18-22 px: up to eleven faces inside the row, all but three or fewer of the rowers' size, some
    on every seed."""
    rowers = 0
    for seed in range(8):
        _comp, height, found = part(H61.outing_card, seed, 300)
        assert height == 220 and len(found) <= 2 and sized(found, 32, 44) and one_size(found)
        assert inside(found, 700, 340, RIGHT - 80, 410), found
        _comp, height, found = part(H61.boat_row, seed, 500)
        sizes = [round(z, 3) for _b, z in found]
        assert height == 150 and 1 <= len(found) <= 11 and sized(found, 18.3, 28)
        assert len(set(sizes)) <= 4 and max(sizes.count(z) for z in sizes) >= len(found) - 3
        assert inside(found, 30, 540, RIGHT - 30, 630), found
        rowers += len(found)
    assert rowers >= 20, rowers


def test_a_river_trips_photo_run_and_buddies() -> None:
    """``paddle_hero`` (460 px) counts faces inside its photo only, none over 46 px give or take a
    figure's tenth, some on most seeds (a single depth stands at the back's size, under 18 px on
    some); ``river_profile`` (230 px) none; ``buddy_row`` (104 px) two or three 22-28 px faces of one
    size, 260 px apart."""
    paddlers = buddies = 0
    for seed in range(8):
        paddlers += bool(photo(H61.paddle_hero, seed, 300, 460, 46))
        faceless(H61.river_profile, seed, 230)
        _comp, height, found = part(H61.buddy_row, seed, 500)
        assert height == 104 and len(found) <= 3 and sized(found, 22, 28) and one_size(found)
        assert inside(found, 30, 520, 30 + 2 * 260 + 36, 556), found
        buddies += len(found)
    assert paddlers >= 6 and buddies >= 12, (paddlers, buddies)


def test_a_conversation_nights_hosts_phrase_and_tables() -> None:
    """``table_hosts`` four or more 34-48 px faces, on some seeds the last cut by the edge;
    ``phrase_card`` (170 px) none; ``table_pair`` (330 px) up to six 20-26 px faces round each of
    its two tables, one size a table, inside the seats' ring."""
    cut = 0
    for seed in range(8):
        cut += past_the_edge(H61.table_hosts, seed, (34, 48))
        faceless(H61.phrase_card, seed, 170)
        _comp, height, found = part(H61.table_pair, seed, 300)
        left, right = split(found, H61.WIDTH // 2)
        assert height == 330 and 1 <= len(left) <= 6 and 1 <= len(right) <= 6
        assert sized(found, 20, 26) and one_size(left) and one_size(right)
        reach = H61.TABLE_REACH + 16
        for table, cx in ((left, H61.WIDTH // 4), (right, H61.WIDTH * 3 // 4)):
            assert inside(table, cx - reach, 465 - reach, cx + reach, 465 + reach), table
    assert cut >= 1, cut


def test_a_tandem_calls_bar_partner_captions_and_corrections() -> None:
    """``swap_bar`` (110 px) counts no face; ``partner_view`` (636-715 px) the partner's 110-240 px
    face inside the camera (or none, cut by its side) and one's own 63-95 px face inside the circle
    at the upper right; ``caption_card`` (180 px) none; ``correction_row`` (96 px) one 20-26 px face
    or none."""
    partners = 0
    for seed in range(8):
        faceless(H61.swap_bar, seed, 110)
        _comp, height, found = part(H61.partner_view, seed, 200)
        partner = [f for f in found if f[1] >= 110]
        own = [f for f in found if f[1] < 110]
        assert 636 <= height < 716 and len(partner) <= 1 and len(own) == 1
        assert sized(partner, 110, 240) and inside(partner, 20, 200, RIGHT - 20, 200 + height - 16)
        assert sized(own, 63, 95) and inside(own, H61.WIDTH - 255, 235, H61.WIDTH - 45, 445), own
        partners += len(partner)
        faceless(H61.caption_card, seed, 180)
    assert partners >= 6, partners
    one_in(H61.correction_row, 96, (20, 26), (30, 66), 5)


def test_marks_draw_only_inside_their_places() -> None:
    """A gamepad's, a gavel's, a paddle's, a speech bubble's and oars' badge, a crest, a rifle in the
    kill feed and a player's radar draw inside their rectangles (a pixel of smoothing round the round
    ones)."""
    cases = [
        (functools.partial(lambda img, fn: fn(img, (100, 100), 12, (20, 20, 20)), fn=fn), (84, 84, 116, 116))
        for fn in (H61.controller_badge, H61.gavel_badge, H61.paddle_badge, H61.speech_badge, H61.oar_badge)
    ]
    cases += [
        (lambda img: H61.crest(img, 50, 50, 110, 140, (120, 40, 40)), (49, 49, 161, 191)),
        (lambda img: H61.weapon_glyph(img, 50, 50, 100, (200, 200, 200)), (49, 49, 151, 84)),
        (
            lambda img: H61.radar(img, random.Random(3), (200, 200), 100, (40, 170, 230), WHITE),
            (70, 70, 330, 330),
        ),
    ]
    heldout_sets.check_drawn_inside(cases)


def test_the_looks_keep_faces_light_and_coloured_as_they_say() -> None:
    """The stage's lights tint a white face magenta at its left and cyan at its right and keep it
    light; mist pales a dark picture more at its top than at its foot and leaves a white one light;
    the projector cools a white face (blue above red) and keeps it light; all leave the picture's
    size as it was."""
    white = np.full((40, 60, 3), 240, np.uint8)
    dark = np.zeros((40, 60, 3), np.uint8)
    lit = H61.neon(0.6)(white).astype(int)
    assert lit.shape == white.shape and lit.mean() > 200
    assert lit[:, 0, 1].mean() < lit[:, -1, 1].mean() and lit[:, 0, 2].mean() > lit[:, -1, 2].mean()
    misty = H61.mist(0.4)
    assert misty(white).shape == white.shape and misty(white).mean() > 200
    assert misty(dark)[0].mean() > misty(dark)[-1].mean() + 40
    cool = H61.projector(0.8)(white).astype(int)
    assert cool.shape == white.shape and (cool[..., 0] > cool[..., 2]).all() and cool.mean() > 170


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none, and the parts drawn without a
    cast (the series, the clan's banner, the form, the vote, the run, the phrase, the call's bar and
    the captions) none either."""
    parts = [
        (H61.minimap, (300,)), (H61.kill_feed, (300,)), (H61.player_row, (500, 0, True)),
        (H61.territory_map, (300,)), (H61.online_now, (300,)), (H61.leader_message, (300,)),
        (H61.member_row, (500,)), (H61.mvp_card, (200,)), (H61.teammates, (300,)),
        (H61.fixture_row, (500,)), (H61.chamber_hero, (300,)), (H61.agenda_item, (500, 0)),
        (H61.ward_map, (300,)), (H61.cabinet, (300,)), (H61.surgery_row, (500,)),
        (H61.dropin_hero, (300,)), (H61.feedback_wall, (300,)), (H61.planner_note, (300,)),
        (H61.comment_row, (500,)), (H61.outing_card, (300,)), (H61.boat_row, (500,)),
        (H61.paddle_hero, (300,)), (H61.buddy_row, (500,)), (H61.table_hosts, (300,)),
        (H61.table_pair, (300,)), (H61.partner_view, (200,)), (H61.correction_row, (500,)),
        (no_cast(H61.series_header), (300,)), (no_cast(H61.clan_banner), (300,)),
        (no_cast(H61.form_chart), (300,)), (no_cast(H61.vote_chart), (300,)),
        (no_cast(H61.river_profile), (300,)), (no_cast(H61.phrase_card), (300,)),
        (no_cast(H61.swap_bar), (300,)), (no_cast(H61.caption_card), (300,)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """River trips and a council meeting (the photos' back rows), then the paddlers' photo and the
    chamber's photo alone, draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H61,
        [H61.river_trip, H61.river_trip, H61.full_council],
        people_and_things,
        [lambda k=k: part(H61.paddle_hero, k, 300)[0].sizes for k in range(4)]
        + [lambda k=k: part(H61.chamber_hero, k, 300)[0].sizes for k in range(4)],
    )


@pytest.mark.parametrize("render", H61.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A gaming desk, an esports arena, a council chamber, a consultation's boards, a river's reach,
    a boathouse's inside, a cafe's corner and a phrasebook are drawn at any size asked, alike from
    one seed, unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H61.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT61_SEED`` the set opens again on the round's first screens (two match pages and
    two clan hubs), with over 350 faces a round; given two_people.jpg alone its first screens count
    no face."""
    heldout_sets.check_generate(H61, people_and_things[1], 350, one_round)


@heldout_sets.default_seed_only(H61)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 490 faces on 18 screens (436 under 32 px,
    50 of 32-63, 2 of 64-127, 2 of 128 or more; 478 under 40) and 13 face-free screens; its 4-rep
    table lists the ten layouts with their screens and adds up to its totals; the round has every
    size, light and dark pages, and screens marked h61- and h61-noface- for the ten layouts
    (heldout_sets' ``check_round_as_documented``)."""
    heldout_sets.check_round_as_documented(H61, one_round, "h61", 490, [436, 50, 2, 2], 478)
