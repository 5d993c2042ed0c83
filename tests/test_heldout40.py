"""bench/heldout40.py, the fortieth blind held-out set (dating, friendship, meetups, language
exchange): tests of the faces it annotates. Nothing here runs a detector; the set's score is read
once, later, on a frozen detector (issue 14).

Checked here: cast with the marked face alone, every layout counts only boxes that keep half of it,
on the screen and on its white wherever no gradient, blur, pixels, scrim or grey changes it; the
round drawn once for the module (``one_round``) fits the capture, is lifted, counts small faces on
each layout's screens of people and none on the face-free ones, ends on the lookalikes, cuts faces
at the right edge and counts a face of 128 px or more on the deck and the lesson; a framed person
lies across the screen's edge when asked, its face counted while half shows; each part (a chat, a
new match, a like's cell and a top pick, a speed-dating table, an event, a partner, a lesson's line,
the pose check, a profile's photo, an album's thumbnail, a map's pin) counts faces of its sizes
inside its bounds; the likes' tile counts a blurred face; name tags cut the chins they cover; the
lesson keeps one's camera on the side away from the tutor's face; the meetup's cover draws faces
under 18 px and never counts them; the drawn things are reproducible; the set repeats from its
seed, leaves out the tuning people and draws what its docstring states. Parts share screens and the
round is drawn once, to keep the file fast.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H40 = heldout_sets.bench("heldout40")

WIDTH = C.W - 8  # the screen left of the capture's padding

Box = tuple[float, float, float, float]
Call = tuple[Callable[..., Any], int, tuple[Any, ...]]

# layouts that blur, pixelate, grey, fade or darken some faces after they are pasted (gradients over
# the deck's card and the group's cover, the likes' blur and pixels, the likes' tile and expired
# chats, faded pins, the scrim over the lesson's title, photos not approved): there the marked face
# need not be white, only its box's size and place are checked
CHANGED = {
    "swipe_deck",
    "likes_grid",
    "match_chats",
    "friend_map",
    "meetup_group",
    "tutor_call",
    "verify_profile",
}


def cast_for(seed: int) -> H40.Cast:
    """The set's cast whose only person is the marked face (a white square on black), its things
    dark photos, never drawn ones."""
    return heldout_sets.marked_cast(H40, seed)


def one_screen(calls: list[Call]) -> tuple[C.Composite, list[Any]]:
    """Every ``(part, seed, args)`` of ``calls`` drawn as ``part(cast, rng, screen, *args)`` with the
    marked cast and the choices both from its seed, all on one fresh light screen (finishing a
    screen costs more than drawing a part): the finished screen and what each call returned."""
    s = H2.Screen.new(random.Random(0), "s", "h40-test", "light")
    returned = [part(cast_for(seed), random.Random(seed), s, *args) for part, seed, args in calls]
    return s.finish(), returned


def inside(comp: C.Composite, rect: tuple[float, float, float, float]) -> list[tuple[Box, float]]:
    """The counted boxes of ``comp`` (with their sizes) whose top left corner lies in ``rect``."""
    x1, y1, x2, y2 = rect
    pairs = zip(comp.faces, comp.sizes, strict=True)
    return [(box, size) for box, size in pairs if x1 <= box[0] < x2 and y1 <= box[1] < y2]


def bands(
    part: Callable[..., Any], seeds: range, pitch: int
) -> list[tuple[int, Any, list[tuple[Box, float]]]]:
    """A row ``part(cast, rng, screen, y)`` for each seed, one under another ``pitch`` px apart from
    y = 120 on one screen: for each, its top, the height it returned and the boxes in its band."""
    comp, heights = one_screen([(part, seed, (120 + k * pitch,)) for k, seed in enumerate(seeds)])
    tops = [120 + k * pitch for k in range(len(seeds))]
    return [(top, h, inside(comp, (0, top, C.W, top + pitch))) for top, h in zip(tops, heights, strict=True)]


def cut_at_right(comp: C.Composite) -> bool:
    """Whether a counted box of ``comp`` ends at the padding narrower than its size (a face the
    screen's right edge cuts)."""
    return any(
        x2 >= WIDTH - 1 and size - (x2 - x1) > 2 for (x1, _, x2, _), size in inside(comp, (0, 0, C.W, C.H))
    )


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """The set's first round (``reps=1``: 18 screens of people, 13 face-free) drawn once for the
    whole module from all the held-out photos, two_people.jpg among them as the bench offers it (the
    cast has to leave it out)."""
    return list(H40.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_ten_layouts_two_of_them_once_and_the_seed() -> None:
    """Of the ten layouts the deck and the lesson have people once a round (``ONCE``), the rest
    twice; every one is also drawn face-free, thirteen such screens a round; the seed is 40404."""
    heldout_sets.check_rounds(H40, 2, 13)
    assert (H40.swipe_deck, H40.tutor_call) == H40.ONCE and H40.HELDOUT40_SEED == 40404


@pytest.mark.parametrize("layout", H40.LAYOUTS, ids=lambda fn: fn.__name__)
def test_the_marked_faces_boxes_keep_half_of_it(layout: H40.Layout) -> None:
    """With the marked face cast alone, each box a layout counts covers half of that face's square
    or more, lies on the screen left of the padding and, on layouts that change no face's pixels
    (all but ``CHANGED``), on the face's white."""
    heldout_sets.check_marked_boxes(H40, layout, layout.__name__ in CHANGED)


def test_the_round_is_lifted_small_faced_and_ends_on_faceless_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """The shared round's screens are 1088 x 2115 captures lifted to 40 or more that heldout2's
    ``check`` passes (boxes inside, 18 px or more, JPEG quality 30-60); each of the ten layouts'
    screens of people has its smallest face under 40 px; the last three screens are the lookalikes
    without people (a chat list, a map, an album), with no face; the face-free cast draws this
    set's things."""
    assert all(c.image.shape == (C.H, C.W, 3) and int(c.image.min()) >= C.LIFT for c in one_round)
    for comp in one_round:
        H2.check(comp)
    smallest = {c.kind: min(c.sizes) for c in one_round if c.sizes}
    assert len(smallest) == 10 and max(smallest.values()) < 40, smallest
    assert all("-noface-" not in kind for kind in smallest)
    assert H40.FREE_LAYOUTS[-3:] == (H40.match_chats, H40.friend_map, H40.group_album)
    last = one_round[-3:]
    assert sum(len(c.faces) for c in last) == 0, [c.kind for c in last]
    assert [c.kind.removeprefix("h40-noface-") for c in last] == ["chats", "friendmap", "album"]
    heldout_sets.check_free_cast(H40, "h40")


def test_rows_cross_the_right_edge_and_the_deck_and_lesson_hold_large_faces(
    one_round: list[C.Composite],
) -> None:
    """Rows that run past the right edge ("new here", top picks, new matches, people nearby,
    partners online, classmates) leave faces cut by it on two layouts or more of the shared round;
    the deck's card and the tutor's camera each hold a face of 128 px or more."""
    assert len({c.kind for c in one_round if cut_at_right(c)}) >= 2
    largest = {c.kind: max(c.sizes) for c in one_round if c.kind in ("h40-deck", "h40-tutor")}
    assert sorted(largest) == ["h40-deck", "h40-tutor"] and min(largest.values()) >= 128, largest


def test_a_framed_person_lies_across_the_edge_when_asked() -> None:
    """``framed_person`` counts its one face at the size asked; with ``cut`` the box touches the
    screen's left edge or its padding, on the side of the x it returns, and shows 55-97 % of the
    face's width (5-40 % of it past the edge); without it the whole face lies round the middle."""
    shares = []
    for seed in range(4):
        cut, fp = seed != 0, 150.0 + 30 * seed
        s = H2.Screen.new(random.Random(seed), "s", "h40-test", "light")
        cx = H40.framed_person(cast_for(seed), random.Random(seed), s, (0, 200, WIDTH, 1300), fp, cut)
        comp = s.finish()
        assert len(comp.faces) == 1 and abs(comp.sizes[0] - fp) < 1.5, (seed, comp.sizes)
        x1, y1, x2, y2 = comp.faces[0]
        assert y1 >= 200 and y2 <= 1300
        if not cut:
            assert 0.3 * WIDTH - fp / 2 < x1 and x2 < 0.7 * WIDTH + fp / 2 and x2 - x1 > fp - 1.5
            continue
        assert (x1 <= 0.5) == (cx < WIDTH / 2) and (x1 <= 0.5 or x2 >= WIDTH - 0.5), (seed, cx, x1, x2)
        shares.append((x2 - x1) / fp)
    assert len(shares) == 3 and min(shares) >= 0.55 and max(shares) <= 0.97, shares


def test_a_chat_row_has_a_small_face_at_its_left_and_photos_at_its_right() -> None:
    """``chat_row`` is 98 px high and counts a 24-34 px face at its left (initials on some) and, on
    some rows, a photo's 18-34 px face at its right; both kinds happen."""
    sides = {"left": 0, "right": 0}
    for seeds in (range(15), range(15, 30)):
        for top, height, found in bands(H40.chat_row, seeds, 110):
            assert height == 98
            for (x1, y1, x2, y2), size in found:
                assert top + 10 <= y1 and y2 <= top + 80, (top, size)
                side = "left" if x1 < 200 else "right"
                sides[side] += 1
                lo, hi, x_lo, x_hi = (
                    (24, 34.5, 30, 75) if side == "left" else (18, 34.5, WIDTH - 210, WIDTH - 140)
                )
                assert lo <= size <= hi and x1 >= x_lo and x2 <= x_hi, (top, side, size)
    assert sides["left"] >= 16 and sides["right"] >= 2, sides


def test_a_new_match_rings_one_face_and_the_likes_tile_is_blurred() -> None:
    """``new_match`` counts one face of its side / 1.35 to / 1.2 inside its ring; the likes' tile of
    the matches' screen counts a blurred face: its box holds many grey levels between the marked
    face's white and its photo's black."""
    comp, _ = one_screen([(H40.new_match, seed, (60 + seed * 160, 600, 54)) for seed in range(6)])
    for seed in range(6):
        found = inside(comp, (60 + seed * 160, 590, 60 + seed * 160 + 54, 660))
        assert len(found) == 1, seed
        (_x1, _y1, x2, y2), size = found[0]
        assert 40 <= size <= 45.5 and x2 <= 60 + seed * 160 + 54 and y2 <= 654, size
    blurred = 0
    for seed in range(2):
        screen = H40.match_chats(cast_for(seed), random.Random(seed + 7), "m")
        for x1, y1, x2, y2 in screen.faces:
            grey = screen.image[round(y1) : round(y2), round(x1) : round(x2)].mean(axis=2)
            blurred += bool(((grey > 90) & (grey < 200)).mean() > 0.3)
    assert blurred >= 2, blurred


def test_like_cells_and_top_picks_count_one_face_of_their_sizes() -> None:
    """``like_cell`` counts its portrait's one face inside the cell at the sizes asked, blurred,
    pixelated or clear; ``top_pick`` one 26-56 px face inside its card."""
    cells = [(30 + k % 4 * 255, 150 + k // 4 * 420) for k in range(8)]
    picks = [(30 + k * 250, 1200) for k in range(4)]
    comp, _ = one_screen(
        [(H40.like_cell, seed, (x, y, 240, 300, 20.0, 40.0)) for seed, (x, y) in enumerate(cells)]
        + [(H40.top_pick, seed, (x, y, 230, 300)) for seed, (x, y) in enumerate(picks)]
    )
    for (x, y), (lo, hi, w) in [(c, (20, 40.5, 240)) for c in cells] + [(p, (26, 56.5, 230)) for p in picks]:
        found = inside(comp, (x, y, x + w, y + 300))
        assert len(found) == 1, (x, y)
        (_x1, _y1, x2, y2), size = found[0]
        assert lo <= size <= hi and x2 <= x + w and y2 <= y + 300, (x, y, size)


def test_a_speed_dating_table_seats_two_small_faces_or_one_and_a_dashed_place() -> None:
    """``table_card`` is 166 px with the gap under it and counts one or two 20-33 px faces (the
    second a little larger or smaller than the first) in a row across its middle; an empty seat
    happens."""
    tables = [(30 + k % 3 * 340, 150 + k // 3 * 180) for k in range(15)]
    comp, heights = one_screen([(H40.table_card, seed, (x, y, 320)) for seed, (x, y) in enumerate(tables)])
    assert set(heights) == {166}, heights
    seated = []
    for x, y in tables:
        found = inside(comp, (x, y, x + 320, y + 170))
        seated.append(len(found))
        assert all(
            20 <= z <= 32.5 and y + 50 <= b[1] and b[3] <= y + 90 and b[2] <= x + 320 for b, z in found
        )
    assert sorted(set(seated)) == [1, 2], seated


def test_an_event_row_has_its_host_and_goers_and_a_photo_at_the_right() -> None:
    """``event_row`` is 190 px high; it counts the host's 22-28 px face and the goers' 18-22 px stack
    left of its photo, and the photo's faces inside it at the right on some."""
    in_photos = 0
    for top, height, found in bands(H40.event_row, range(8), 200):
        assert height == 190
        for (x1, y1, x2, y2), size in found:
            if x1 < WIDTH - 230:
                assert 18 <= size <= 28.5 and x1 >= 150 and y1 >= top + 80 and y2 <= top + 170, (top, size)
            else:
                assert y1 >= top + 10 and y2 <= top + 160 and x2 <= WIDTH - 30, (top, size)
                in_photos += 1
    assert in_photos, in_photos


def test_a_partner_row_and_a_lesson_line_keep_their_faces_in_place() -> None:
    """``partner_row`` counts the partner's 26-36 px face at its left under the flags and, on some,
    moments' faces in the band under the row (124 or 260 px high); ``lesson_line`` one 20-26 px face
    at its left (62 or 98 px high)."""
    moments = 0
    for top, height, found in bands(H40.partner_row, range(8), 270):
        assert height in (124, 260), height
        partner = [(b, z) for b, z in found if b[1] < top + 110]
        moments += len(found) - len(partner)
        assert all(26 <= z <= 36.5 and b[0] >= 30 and b[2] <= 84 and b[3] <= top + 64 for b, z in partner)
        assert all(b[0] >= 86 and b[3] <= top + 230 for b, _z in found if b[1] >= top + 110)
    assert moments, moments
    for top, height, found in bands(H40.lesson_line, range(8), 110):
        assert height in (62, 98) and len(found) <= 1, height
        assert all(20 <= z <= 26.5 and b[0] >= 30 and b[2] <= 64 and b[3] <= top + 33 for b, z in found)


def test_the_pose_check_shows_a_model_and_a_selfie_side_by_side() -> None:
    """``pose_pair`` counts two faces: the model's 50-110 px in the left photo and one's selfie's
    80-200 px in the right one, both inside their photos despite the scan line and corner ticks."""
    for seed in range(3):
        comp, _ = one_screen([(H40.pose_pair, seed, (300, 420))])
        (model, size_a), *more = inside(comp, (0, 300, 530, 720))
        (selfie, size_b), *others = inside(comp, (550, 300, C.W, 720))
        assert not more and not others and len(comp.faces) == 2, (seed, comp.faces)
        assert 50 <= size_a <= 110.5 and 80 <= size_b <= 200.5, (seed, comp.sizes)
        assert model[2] <= 530 and model[3] <= 720 and selfie[3] <= 720


def test_photo_slots_and_album_thumbnails_keep_their_faces_inside() -> None:
    """``photo_slot`` and ``album_thumb`` count faces (18 px or more) only inside their rectangles;
    some slots and thumbnails count faces."""
    slots = [(30 + k % 3 * 350, 150 + k // 3 * 420, 330, 400) for k in range(9)]
    thumbs = [(30 + k % 4 * 260, 1450 + k // 4 * 260, 247, 247) for k in range(8)]
    comp, _ = one_screen(
        [(H40.photo_slot, seed, (x, y, w, h, 20.0, 60.0, "Main")) for seed, (x, y, w, h) in enumerate(slots)]
        + [(H40.album_thumb, seed, (x, y, w, seed % 2 == 0)) for seed, (x, y, w, _h) in enumerate(thumbs)]
    )
    for group in (slots, thumbs):
        held = [inside(comp, (x, y, x + w, y + h)) for x, y, w, h in group]
        assert sum(map(len, held)) >= 3, held
        for (x, y, w, h), found in zip(group, held, strict=True):
            assert all(b[2] <= x + w and b[3] <= y + h and z >= 18 for b, z in found), (x, y)
    assert len(comp.faces) == sum(len(inside(comp, (x, y, x + w, y + h))) for x, y, w, h in slots + thumbs)


def test_name_tags_cut_the_chins_they_cover() -> None:
    """A staged photo of the marked face at two depths with ``name_tags`` laid over it: a tagged
    face's box ends above the tag (shorter than it is wide), each counted box still holds half of
    the face's square, and some face is tagged."""
    tagged = 0
    for seed in range(3):
        cast, rng = cast_for(seed), random.Random(seed)
        s = H2.Screen.new(random.Random(seed), "s", "h40-test", "light")
        piece, faces = H40.staged(cast, rng, H40.VENUES, 2, (2, 3), 1000, 500, 30, 90)
        H40.H11.paste_photo(cast, s, piece, faces, 30, 300)
        H40.name_tags(s, rng, 0)
        for (x1, y1, x2, y2), size in inside(s.finish(), (0, 0, C.W, C.H)):
            assert (x2 - x1) * (y2 - y1) >= 0.48 * size * size, (seed, size)
            tagged += (y2 - y1) < (x2 - x1) - 4
    assert tagged, tagged


def test_a_bubble_pin_holds_its_face_above_its_tip() -> None:
    """``bubble_pin`` counts one face of 22-32 px inside the rounded square it returns, which lies
    above the pin's tip; a face-free cast's pin counts none."""
    tips = [(100 + k * 170, 800) for k in range(6)]
    comp, squares = one_screen(
        [(H40.bubble_pin, seed, (tip, 22, 32, H40.WHITE)) for seed, tip in enumerate(tips)]
    )
    assert len(comp.faces) == 6, comp.sizes
    for (x, y, side), (tx, ty) in zip(squares, tips, strict=True):
        assert y + side < ty and x < tx < x + side
        found = inside(comp, (x, y, x + side, y + side))
        assert len(found) == 1 and 22 <= found[0][1] <= 32.5 and found[0][0][2] <= x + side, (x, y, found)
    s = H2.Screen.new(random.Random(1), "s", "h40-test", "light")
    H40.bubble_pin(
        H40.Cast([], heldout_sets.DARK, random.Random(1)), random.Random(1), s, (500, 800), 22, 32, H40.WHITE
    )
    assert not s.finish().faces


def test_the_lesson_keeps_ones_camera_away_from_the_tutors_face() -> None:
    """In ``tutor_call`` one's camera (the one face of 40-110 px over the video) lies on the other
    half of the screen from the tutor's face (140 px or more) whenever both are counted, as they are
    on the two lessons drawn here."""
    both = 0
    for seed in range(2):
        comp = H40.tutor_call(cast_for(seed), random.Random(seed + 3), "t")
        video = inside(comp, (0, 0, C.W, C.STATUS_H + 1040))
        tutor = [(b[0] + b[2]) / 2 for b, z in video if z >= 140]
        own = [(b[0] + b[2]) / 2 for b, z in video if 40 <= z <= 110.5]
        assert len(tutor) <= 1 and len(own) <= 1, comp.sizes
        if tutor and own:
            both += 1
            assert (tutor[0] < WIDTH / 2) != (own[0] < WIDTH / 2), (tutor, own)
    assert both == 2, both


@pytest.mark.parametrize("render", H40.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: H40.H11.Render) -> None:
    """String lights over a garden, a bar's shelf, flashcards, a desk globe and a bouquet are each
    drawn at whatever size is asked, alike from one seed and unlike from another."""
    heldout_sets.check_render(lambda rng, w, h: H40.H11.render(rng, w, h, (render,)))


def test_a_meetups_cover_draws_faces_under_18_px_and_counts_none(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """People stand down to 10 px at the back of the meetup group's cover: faces under 18 px are
    drawn there, and not one is counted."""
    heldout_sets.check_small_faces_drawn_not_counted(monkeypatch, H40, [H40.meetup_group], people_and_things)


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Redrawn from ``HELDOUT40_SEED`` the set opens on the shared round's first screens (two chat
    lists, two speed-dating lobbies) and the round holds over 300 faces; offered only two_people.jpg,
    whose people are tuning people, its first screens count no face (``check_generate``)."""
    heldout_sets.check_generate(H40, people_and_things[1], 300, one_round)


def test_the_module_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """What the docstring says of ``reps=1`` is what the shared round draws: 434 faces on 18 screens
    (343 under 32 px, 79 of 32-63, 9 of 64-127 and 3 of 128 or more; 386 under 40) and 13
    face-free screens; its table of the 4 reps lists the ten layouts once each with their screens
    and sums to its totals; the round spans the four sizes, light and dark pages, and its screens
    are marked h40- or h40-noface- for the ten layouts."""
    heldout_sets.check_drawn_round(one_round, "h40")
    heldout_sets.check_pages_and_kinds(one_round, "h40")
    heldout_sets.check_doc_table(H40)
    heldout_sets.check_doc_round(H40, one_round, 434, [343, 79, 9, 3], 386)
