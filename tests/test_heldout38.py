"""Tests of the thirty-eighth blind held-out set's generator (bench/heldout38.py): what it
annotates, never what a detector finds.

The set is blind (issue 14): no detector runs on it here, and its score is read once, on a frozen
detector. What is checked: cast with only the marked face, each layout's counted boxes hold half
of that face, lie on the screen and, unless the layout darkens faces, on its white; the round
drawn once for the module (``one_round``) fits the capture, is lifted, has small faces on every
layout's screens of people and none on the face-free ones (the lookalikes drawn again among them),
faces cut by the right edge, and a face of 128 px or more on each agent's hero and adviser's call;
the parts (a listing, an agent's row, a flatmate's card, a room's advert, a unit, a repair, an
item, a review, a bid, a local's quote, a question, a shop) count faces of their sizes inside
their bounds; a staged room's people shrink towards the back, and those under 18 px are drawn but
never counted; a grey portrait stays counted, in grey; the drawn things are reproducible; and the
set redraws from its seed, spans the size buckets and light and dark pages, draws what its
docstring states and never casts the tuning people. Drawing each round once keeps the file fast.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H38 = heldout_sets.bench("heldout38")

WIDTH = C.W - 8  # the screen left of the capture's padding


def marked_cast(seed: int) -> H38.Cast:
    """This set's cast of the marked face alone (white on black; things dark, never drawn)."""
    return heldout_sets.marked_cast(H38, seed)


def on_screen(part: Callable[..., Any], cast: H38.Cast, seed: int, *args: Any) -> tuple[C.Composite, Any]:
    """A part of a layout drawn alone on a fresh light screen from ``seed``: the finished screen
    and what the part returned."""
    return heldout_sets.on_screen("h38-test", part, cast, seed, *args)


# layouts whose faces may sit under a darkening (the hero's and the call's gradients, the scrims
# over the viewer's room and the auction's camera, the guide's street photo): the marked face there
# is not white, so only the box's size and place count
DARKENED = {"agent_ranking", "room_viewer", "mortgage_call", "area_guide", "auction_live"}


def boxes(comp: C.Composite) -> list[tuple[tuple[float, float, float, float], float]]:
    """A finished screen's counted boxes with their sizes."""
    return list(zip(comp.faces, comp.sizes, strict=True))


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """The set's first round (``reps=1`` at its seed: 18 screens of people, then 13 without), drawn
    once for the module from every held-out photo, two_people.jpg included (the cast drops it)."""
    return list(H38.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_ten_layouts_two_of_them_once_a_round_and_each_without_people() -> None:
    """A round draws eight of the ten layouts with people twice and two once (the adviser's call,
    the landlord's portfolio), and every layout face-free at least once, 13 such screens; the
    set's seed is 38383."""
    heldout_sets.check_rounds(H38, 2, 13)
    assert (H38.mortgage_call, H38.landlord_units) == H38.ONCE and H38.HELDOUT38_SEED == 38383


@pytest.mark.parametrize("layout", H38.LAYOUTS, ids=lambda fn: fn.__name__)
def test_the_marked_faces_boxes_keep_half_of_it(layout: H38.Layout) -> None:
    """With only the marked face to cast, each layout's counted boxes hold at least half of the
    face's square, lie on the screen left of the padding and, where nothing darkens the faces (see
    ``DARKENED``), on the face's white."""
    heldout_sets.check_marked_boxes(H38, layout, layout.__name__ in DARKENED)


def test_every_screen_of_the_round_is_in_the_capture_lifted_and_small_faced(
    one_round: list[C.Composite],
) -> None:
    """Each screen of the shared round passes heldout2's ``check`` (its boxes on the screen, none
    under 18 px), is 1088 x 2115 and lifted to a darkest pixel of 40; each of the ten layouts'
    screens with people counts faces under 40 px, where the sets' weight lies."""
    shapes = set()
    for comp in one_round:
        H2.check(comp)
        shapes.add(comp.image.shape)
        assert comp.image.min() >= C.LIFT, comp.name
    assert shapes == {(C.H, C.W, 3)}
    small_kinds = {c.kind for c in one_round if any(size < 40 for size in c.sizes)}
    assert len(small_kinds) == 10 and all("-noface-" not in kind for kind in small_kinds), small_kinds


def test_the_face_free_lookalikes_end_each_round_without_faces(one_round: list[C.Composite]) -> None:
    """After each layout once without people, a round draws three again (the marketplace's items,
    the viewer's rooms, the search's homes): they are its last screens and count no face; the
    face-free cast puts this set's things in the people's places."""
    assert (*H38.LAYOUTS, H38.furniture_market, H38.room_viewer, H38.listing_results) == H38.FREE_LAYOUTS
    kinds = {c.kind: len(c.faces) for c in one_round[-3:]}
    assert kinds == {"h38-noface-furniture": 0, "h38-noface-photos": 0, "h38-noface-listings": 0}
    heldout_sets.check_free_cast(H38, "h38")


def test_faces_are_cut_by_the_right_edge_and_heroes_are_large(one_round: list[C.Composite]) -> None:
    """The round counts faces cut by the screen's right edge (rows of avatars, a filmstrip and
    portraits run past it: their boxes end at the padding, narrower than the face), and every
    agent's hero and adviser's call counts a face of 128 px or more under its gradient."""
    cut = [
        (c.kind, size)
        for c in one_round
        for (x1, _y1, x2, _y2), size in boxes(c)
        if x2 >= WIDTH - 1 and x2 - x1 < size - 2
    ]
    assert len({kind for kind, _ in cut}) >= 3, cut
    large = [c for c in one_round if c.kind in ("h38-agents", "h38-adviser")]
    assert len(large) == 3 and all(max(c.sizes) >= 128 for c in large)


def test_a_listing_card_keeps_the_agent_and_viewers_below_its_photo() -> None:
    """``listing_card`` counts faces only inside its card: a viewing's people (any size) in the
    photo (340-410 px high); the agent's one 26-34 px face over the photo's lower right corner; the
    viewers' 18-22 px faces under the price. Every card has its agent; people and viewers both
    happen."""
    viewers = people = 0
    for seed in range(4):
        comp, height = on_screen(H38.listing_card, marked_cast(seed), seed, 500)
        assert 520 <= height <= 646, height
        agents = 0
        for (x1, y1, x2, y2), size in boxes(comp):
            assert x1 >= 20 and x2 <= WIDTH - 20 and y1 >= 500 and y2 <= 500 + height, (seed, size)
            if 26 <= size <= 34.5 and x1 >= WIDTH - 110 and x2 <= WIDTH - 64 and y1 >= 500 + 340 - 25:
                agents += 1
            elif y1 >= 500 + 340 + 50:
                assert 18 <= size <= 22.5, (seed, size)
                viewers += 1
            else:
                assert y2 <= 500 + 410, (seed, size)
                people += 1
        assert agents == 1, seed
    assert viewers >= 4 and people, (viewers, people)


def test_an_agent_row_rings_one_face_and_its_clients_are_small() -> None:
    """``agent_row`` counts one 36-56 px face in its ring (a medal's for the first three) and its
    recent clients' 18-20 px faces right of it, inside the height it returns."""
    clients = 0
    for seed in range(4):
        comp, height = on_screen(H38.agent_row, marked_cast(seed), seed, 600, 1 + 3 * (seed % 2))
        ringed = [size for (x1, _y1, x2, _y2), size in boxes(comp) if x1 < 160]
        assert len(ringed) == 1 and 36 <= ringed[0] <= 56.5, (seed, ringed)
        for (x1, y1, _x2, y2), size in boxes(comp):
            assert x1 >= 86 and y1 >= 600 and y2 <= 600 + height, (seed, size)
            if x1 >= 160:
                assert 18 <= size <= 20.5 and y1 >= 600 + 110, (seed, size)
                clients += 1
    assert clients >= 4, clients


def test_a_flatmate_card_and_a_room_advert_keep_their_faces_inside() -> None:
    """``flatmate_card`` counts its person's one 30-80 px face inside its photo (a match's ring
    and a tick over the photo's corners); ``room_advert`` the housemates' 20-26 px faces in a
    stack right of the room's photo (18.4 px on some: a stack's faces are 0.92-1 times its size)."""
    for seed in range(3):
        comp, height = on_screen(H38.flatmate_card, marked_cast(seed), seed, 30, 400, 494)
        assert len(comp.faces) == 1, seed
        (x1, y1, x2, y2), size = boxes(comp)[0]
        assert 30 <= size <= 80.5 and x1 >= 30 and x2 <= 524 and y1 >= 400 and y2 <= 400 + height - 160
        comp, height = on_screen(H38.room_advert, marked_cast(seed), seed, 700)
        assert height == 314 and 2 <= len(comp.faces) <= 4, seed
        for (x1, y1, _x2, y2), size in boxes(comp):
            assert 18.4 <= size <= 26.5 and x1 >= 430 and y1 >= 894 and y2 <= 940, (seed, size)


def test_a_unit_row_and_a_repair_card_hold_tenants_and_technicians() -> None:
    """``unit_row`` counts its one to three tenants' 24-34 px faces in a stack (a stack's faces are
    0.92-1 times its size, so 22 px on some) inside its 98 px;
    ``repair_card`` the tenant's 20-26 px face and, on most, the technician's 30-44 px one under
    it, inside its 260 px."""
    technicians = 0
    for seed in range(5):
        comp, height = on_screen(H38.unit_row, marked_cast(seed), seed, 500)
        assert height == 98 and 1 <= len(comp.faces) <= 3, seed
        for (x1, y1, x2, y2), size in boxes(comp):
            assert 22 <= size <= 34.5 and x1 >= 290 and x2 <= 440 and y1 >= 500 and y2 <= 598, (seed, size)
        comp, height = on_screen(H38.repair_card, marked_cast(seed), seed, 500)
        assert height == 260
        for (x1, y1, x2, y2), size in boxes(comp):
            assert x1 >= 220 and x2 <= 290 and y1 >= 562 and y2 <= 740, (seed, size)
            if y1 >= 626:
                assert 30 <= size <= 44.5, (seed, size)
                technicians += 1
            else:
                assert 20 <= size <= 26.5, (seed, size)
    assert technicians >= 3, technicians


def test_an_item_tile_puts_its_seller_small_on_the_photos_corner() -> None:
    """``item_tile`` counts its seller's one 18-26 px face over the photo's lower left corner, and
    on some a seller at home with the item in the photo (faces up to 66 px, high in it)."""
    at_home = 0
    for seed in range(6):
        comp, height = on_screen(H38.item_tile, marked_cast(seed), seed, 30, 400, 490)
        sellers = [(b, s) for b, s in boxes(comp) if b[1] > 400 + 380]
        assert len(sellers) == 1, seed
        (x1, _y1, x2, y2), size = sellers[0]
        assert 18 <= size <= 26.5 and x1 >= 44 and x2 <= 77 and y2 <= 400 + height, (seed, size)
        for (x1, y1, x2, _y2), size in boxes(comp):
            assert x1 >= 30 and x2 <= 520 and y1 >= 400 and size <= 66.5, (seed, size)
        at_home += len(comp.faces) > 1
    assert at_home, at_home


def test_reviews_bids_quotes_questions_and_shops_have_small_faces_at_their_places() -> None:
    """The feeds' rows count faces of their sizes where they draw them: ``move_review`` 20-28 px at
    its left (photos of the day with 18-44 px faces under it on some), ``bid_row`` 20-28 px under
    a paddle's label, ``local_quote`` 30-44 px, ``question_row`` the asker's 20-26 px and the
    agent's indented 18-22 px, ``shop_row`` the owner's 24-32 px at the right."""
    seen = Counter()
    for seed in range(3):
        comp, height = on_screen(H38.move_review, marked_cast(seed), seed, 600)
        for (x1, y1, _x2, y2), size in boxes(comp):
            assert y1 >= 600 and y2 <= 600 + height and x1 >= 30, (seed, size)
            assert 20 <= size <= 28.5 if y1 < 700 else 18 <= size <= 44.5, (seed, size)
        for part, args, lo, hi, left, right in (
            (H38.bid_row, (seed % 2 == 0,), 20, 28.5, 30, 70),
            (H38.local_quote, (), 30, 44.5, 30, 90),
            (H38.shop_row, (), 24, 32.5, WIDTH - 300, WIDTH - 255),
        ):
            comp, height = on_screen(part, marked_cast(seed), seed, 600, *args)
            assert len(comp.faces) <= 1, part.__name__
            for (x1, y1, x2, y2), size in boxes(comp):
                assert lo <= size <= hi and x1 >= left and x2 <= right, (part.__name__, seed, size)
                assert y1 >= 600 and y2 <= 600 + height, (part.__name__, seed)
            seen[part.__name__] += len(comp.faces)
        comp, height = on_screen(H38.question_row, marked_cast(seed), seed, 600)
        for (x1, y1, _x2, y2), size in boxes(comp):
            assert y1 >= 600 and y2 <= 600 + height
            asker, agent = 20 <= size <= 26.5 and x1 < 80, 18 <= size <= 22.5 and x1 >= 80
            assert asker or agent, (seed, size)
        seen["question_row"] += len(comp.faces)
    assert min(seen.values()) >= 2 and len(seen) == 4, seen


def test_a_staged_rooms_people_shrink_towards_the_back() -> None:
    """``staged`` with one person at each of three depths draws faces from ``lo`` at the back to
    ``hi`` in front (each 0.9-1.1 times its depth's size) and counts them; with its back ones
    under 18 px only the front one counts."""
    for seed in range(3):
        cast = marked_cast(seed)
        _piece, faces = H38.staged(cast, random.Random(seed), H38.ROOMS, 3, (1, 1), 600, 400, 20, 60)
        sizes = sorted(max(c - a, d - b) for a, b, c, d in faces)
        assert sizes and sizes[-1] >= 54 and all(18 <= s <= 66 for s in sizes), (seed, sizes)
        _piece, faces = H38.staged(cast, random.Random(seed), H38.ROOMS, 3, (1, 1), 600, 400, 8, 12)
        assert not faces, seed


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The listing viewer's rooms and filmstrip draw people down to 10 px at their backs: some face
    under 18 px is drawn, and none is counted."""
    heldout_sets.check_small_faces_drawn_not_counted(monkeypatch, H38, [H38.room_viewer], people_and_things)


def test_a_grey_portrait_is_counted_grey() -> None:
    """``local_portrait`` drawn grey counts its 40-110 px face inside its rounded frame, in grey
    pixels (the plain face is blue-grey, so its colour shows if the grey is left out)."""
    for seed in range(3):
        cast = H38.Cast([heldout_sets.plain_face()], heldout_sets.DARK, random.Random(seed), drawn=0.0)
        comp, _ = on_screen(H38.local_portrait, cast, seed, 30, 500, 220, 280, True)
        assert len(comp.faces) == 1, seed
        (x1, y1, x2, y2), size = boxes(comp)[0]
        assert 40 <= size <= 110.5 and x1 >= 30 and x2 <= 250 and y1 >= 500 and y2 <= 780
        part = comp.image[round(y1) : round(y2), round(x1) : round(x2)].astype(int)
        assert np.ptp(part, axis=2).max() <= 2, seed


def test_the_seed_redraws_the_set_and_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Drawn again from its seed the set opens with the round's first four screens (the landlord's
    portfolio, the two guides, a search), the round counts over 300 faces, and two_people.jpg
    offered alone (its people are tuning people) opens on screens with no face
    (``check_generate``, given the round drawn once)."""
    heldout_sets.check_generate(H38, people_and_things[1], 300, one_round)


def test_the_round_spans_the_sizes_pages_and_kinds(one_round: list[C.Composite]) -> None:
    """The shared round holds the ten layouts and faces in all four size buckets, most of them under
    32 px (``check_drawn_round``); its pages are light and dark, and its screens are marked h38- or
    h38-noface- (``check_pages_and_kinds``)."""
    heldout_sets.check_drawn_round(one_round, "h38")
    heldout_sets.check_pages_and_kinds(one_round, "h38")


def test_the_module_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """What the docstring states for ``reps=1`` is what the shared round draws: 18 screens of people
    with 328 faces (259, 49, 13 and 7 in the size buckets, 278 of them under 40 px) and 13 without;
    its table at 4 reps lists each layout once, with 8 screens (4 for the two in ``ONCE``), rows
    adding up to the stated totals."""
    heldout_sets.check_doc_round(H38, one_round, 328, [259, 49, 13, 7], 278)
    heldout_sets.check_doc_table(H38)


@pytest.mark.parametrize("render", H38.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: H38.H11.Render) -> None:
    """A sofa, an arc lamp, moving boxes, an energy rating and a repayment chart: each comes out at
    the size asked for, again the same from one seed, different across seeds."""
    heldout_sets.check_render(lambda rng, w, h: H38.H11.render(rng, w, h, (render,)))
