"""bench/heldout47.py, the forty-seventh blind held-out set (weddings, parties and event planning):
tests of the faces it annotates. No detector runs here; the set is scored once, later, on a frozen
detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has small faces on every layout's screens of people and none on the face-free
ones, ends on the lookalikes, cuts faces at the right edge and holds the large faces the photo
booth promises; each part (guests' rows, round and top tables, the couple's cover, group photos,
booth strips with their props, chat lines, vendors' cards, the featured vendor, album photos,
video messages, comments, the pool's ring and contributions) counts faces of its sizes inside its
bounds, and with a face-free cast none; the parts without people draw only inside their bands;
faces under 18 px are drawn and never counted; the drawn things are reproducible; the set repeats
from its seed, leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H47 = heldout_sets.bench("heldout47")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Box = tuple[float, float, float, float]
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


def part(
    fn: Callable[..., Any], seed: int, *args: Any, people: bool = True, face: C.Photo | None = None
) -> tuple[C.Composite, Any, Found]:
    """``fn`` of this set alone on a screen (heldout_sets' ``part_alone``, cast with the marked face
    unless ``face`` is given, or with no person)."""
    return heldout_sets.part_alone(H47, "h47-part", fn, seed, *args, people=people, face=face)


def one_at_left(fn: Callable[..., Any], height: int, size: tuple[float, float], least: int) -> None:
    """Rows of ``fn`` drawn at y = 500 from six seeds are ``height`` px and count one face of
    ``size`` px at their left or none (initials), ``least`` of them or more faced."""
    faced = 0
    for seed in range(6):
        _comp, value, found = part(fn, seed, 500)
        assert value == height and len(found) <= 1 and sized(found, *size)
        assert inside(found, 30, 500, 80, 500 + height), found
        faced += len(found)
    assert faced >= least, faced


def grey_at(comp: C.Composite, box: Box) -> bool:
    """The middle of ``box`` on ``comp`` is grey (its three channels equal, to JPEG-free rounding)."""
    a, b, c, d = (round(v) for v in box)
    pixels = comp.image[b + 2 : d - 2, a + 2 : c - 2].astype(int)
    return bool(np.abs(pixels - pixels[:, :, :1]).max() <= 2)


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """Round one of the set at its seed, drawn a single time for this module: every held-out photo
    goes in, as the bench hands them over (two_people.jpg included, for the generator to drop), with
    the session's face-free photos."""
    photos = C.load_photos(split="heldout")
    return list(H47.generate(photos, people_and_things[1], reps=1))


def test_ten_layouts_the_booth_and_the_guestbook_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the photo booth and the video guestbook
    (once), thirteen face-free screens a round; the seed is 47474 unless ``HELDOUT47_SEED`` names
    another."""
    heldout_sets.check_rounds(H47, 2, 13)
    assert (H47.photo_booth, H47.video_guestbook) == H47.ONCE
    heldout_sets.check_seed(H47, 47474)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a guest list's) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H47, people_and_things[1], "h47-guests")


@pytest.mark.parametrize("layout", H47.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (grey, printed and washed photos keep the marked face
    light; the scrim over the cover's foot lies under the couple's faces)."""
    heldout_sets.check_marked_boxes(H47, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (seats round tables, an album's photos, a pool's rings); the face-free cast draws
    this set's things."""
    heldout_sets.check_lifted_round(H47, one_round, "h47", ["seating", "album", "gifts"])


def test_rows_cross_the_right_edge_and_the_booth_holds_its_large_faces(one_round: list[C.Composite]) -> None:
    """The rows run past the right edge leave a face cut by the screen's edge on one layout or more;
    the photo booth's strip counts faces of 60 px or more, and every face counted is 18 px or more."""
    cut = set()
    for comp in one_round:
        for (x1, _y1, x2, _y2), size in zip(comp.faces, comp.sizes, strict=True):
            if x2 >= RIGHT - 1 and size - (x2 - x1) > 2:
                cut.add(comp.kind)
    assert cut, cut
    [booth] = [c for c in one_round if c.kind == "h47-booth"]
    assert max(booth.sizes) >= 59.5, booth.sizes
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_guests_rows_hold_the_guest_and_plus_ones() -> None:
    """``guest_row`` (100 px) counts the guest's 18-30 px face at its left (or none: initials) and
    plus-ones' 18-22 px faces in a stack right of the middle."""
    faced = 0
    for seed in range(14):
        _comp, height, found = part(H47.guest_row, seed, 400, face=heldout_sets.plain_face())
        assert height == 100 and inside(found, 30, 400, H47.WIDTH, 500)
        left = [(b, z) for b, z in found if b[0] < 200]
        plus = [(b, z) for b, z in found if b[0] >= 200]
        assert len(left) <= 1 and sized(left, 18.3, 30) and sized(plus, 18.3, 22)
        assert all(b[0] >= H47.WIDTH - 480 for b, _z in plus)
        faced += len(left)
    assert faced >= 9, faced


def test_a_round_table_seats_its_guests_round_the_cloth() -> None:
    """``round_table`` counts at most one 18-26 px face a seat, each seat's box outside the cloth and
    within the seats' orbit; ``head_table`` (150 px) counts 20-26 px faces along its far side."""
    c, r = (500, 800), 56
    for seed in range(6):
        _comp, _value, found = part(H47.round_table, seed, c, r, 7)
        assert found and len(found) <= 7 and sized(found, 18.3, 26)
        for (a, b, x2, d), size in found:
            dist = math.hypot((a + x2) / 2 - c[0], (b + d) / 2 - c[1])
            assert r < dist < r + 9 + size, (dist, size)
        _comp, height, found = part(H47.head_table, seed, 300)
        assert height == 150 and found and sized(found, 20, 26) and inside(found, 0, 300, H47.WIDTH, 360)


def test_the_couples_cover_and_group_photos() -> None:
    """``couple_cover`` (580 px) counts one or two faces, the larger 80-240 px, inside its card;
    ``group_tile`` counts faces inside its rectangle, front faces at most the size asked."""
    for seed in range(4):
        _comp, height, found = part(H47.couple_cover, seed, 300)
        assert height == 580 and 1 <= len(found) <= 2 and inside(found, 20, 300, H47.WIDTH - 20, 860)
        assert 80 <= max(z for _b, z in found) <= 240.5
    groups = 0
    for seed in range(6):
        rect = (20, 400, 540, 700)
        _comp, _value, found = part(H47.group_tile, seed, rect, (22, 40))
        assert inside(found, *rect) and sized(found, 18, 40), found
        groups += len(found) >= 2
    assert groups >= 3, groups


def test_a_booth_strip_shows_the_same_people_four_times_and_props_hide_some() -> None:
    """``booth_strip`` counts faces of the sizes asked only inside its four frames, at most three a
    frame; over a few strips some frame counts fewer than the others (a prop took half a face, or
    the cut left it out), and the height is four frames and the foot."""
    fewer = 0
    for seed in range(8):
        x, y, fw, fh = 30, 200, 440, 300
        _comp, height, found = part(H47.booth_strip, seed, x, y, fw, fh, (60, 140))
        pad = max(10, fw // 28)
        assert height == 4 * (fh + pad) + pad + 70
        assert found and sized(found, 57, 140)
        per = [0, 0, 0, 0]
        for (a, b, c, d), _z in found:
            k = int((b - y - pad) // (fh + pad))
            top = y + pad + k * (fh + pad)
            assert 0 <= k < 4 and a >= x + pad and c <= x + pad + fw and b >= top and d <= top + fh
            per[k] += 1
        assert max(per) <= 3
        fewer += min(per) < max(per)
    assert fewer >= 1


def test_chat_lines_vendors_and_comments_hold_their_faces() -> None:
    """``chat_line`` (84 px) counts one 20-26 px face at its left or none; ``vendor_card`` the
    profile's 40-80 px face at its left and a reviewer's 20-26 px under the rule, inside its card;
    ``comment_row`` 22-30 px at its left and a reply's 20-24 px, a photo's people inside it."""
    one_at_left(H47.chat_line, 84, (20, 26), 4)
    for seed in range(8):
        _comp, height, found = part(H47.vendor_card, seed, 300)
        assert inside(found, 40, 300, H47.WIDTH - 20, 300 + height - 16)
        top = [(b, z) for b, z in found if b[1] < 300 + 186]
        low = [(b, z) for b, z in found if b[1] >= 300 + 186]
        assert len(top) <= 1 and sized(top, 40, 80) and len(low) <= 1 and sized(low, 20, 26)
    for seed in range(8):
        _comp, height, found = part(H47.comment_row, seed, 300)
        assert inside(found, 30, 300, H47.WIDTH, 300 + height)
        first = [(b, z) for b, z in found if b[1] < 330 and b[0] < 80]
        assert len(first) <= 1 and sized(first, 22, 30)


def test_the_featured_vendor_and_album_photos() -> None:
    """``featured_vendor`` counts the owner's 56-80 px face over the cover's foot and the bookers'
    18-22 px stack under it; ``album_tile`` counts faces inside its tile, the uploader's 18-22 px
    over its lower left corner."""
    for seed in range(4):
        _comp, height, found = part(H47.featured_vendor, seed, 300)
        big = [(b, z) for b, z in found if z > 40]
        assert len(big) <= 1 and sized(big, 56, 80) and inside(found, 40, 300, H47.WIDTH, 300 + height)
        assert sized([f for f in found if f not in big], 18.3, 22)
    uploaders = 0
    for seed in range(8):
        x, y, w, h = 30, 300, 500, 400
        _comp, _value, found = part(H47.album_tile, seed, x, y, w, h)
        assert inside(found, x, y, x + w, y + h)
        corner = [(b, z) for b, z in found if b[0] < x + 50 and b[1] > y + h - 60 and z <= 22.5]
        uploaders += len(corner)
    assert uploaders >= 5, uploaders


def test_video_messages_hold_their_guest_above_the_band_and_some_turn_grey() -> None:
    """``guestbook_tile`` counts the photo's people inside the tile, none under the name's band, a
    face of the size asked; greyed tiles' faces are grey."""
    greys = 0
    for seed in range(10):
        rect = (30, 300, 534, 640)
        comp, _value, found = part(H47.guestbook_tile, seed, rect, (80, 160), face=heldout_sets.plain_face())
        assert found and inside(found, *rect) and all(b[3] <= 640 - 56 + 0.5 for b, _z in found)
        assert any(80 <= z <= 160.5 for _b, z in found)
        greys += any(grey_at(comp, b) for b, _z in found)
    assert 1 <= greys <= 7, greys


def test_the_pool_ring_and_contributions() -> None:
    """``pool_ring`` (570 px) counts the birthday person's 60-120 px face in its middle and the
    contributors' 22-32 px round it, outside the donut; ``contribution_row`` (96 px) one 22-30 px
    face at its left or none."""
    for seed in range(4):
        _comp, height, found = part(H47.pool_ring, seed, 300)
        assert height == 570 and inside(found, 0, 300, H47.WIDTH, 870)
        c = (H47.WIDTH // 2, 580)
        big = [(b, z) for b, z in found if z >= 50]
        assert len(big) == 1 and sized(big, 60, 120)
        for (a, b, x2, d), _z in [f for f in found if f not in big]:
            assert math.hypot((a + x2) / 2 - c[0], (b + d) / 2 - c[1]) > 190 + 13
        assert sized([f for f in found if f not in big], 22, 32)
    one_at_left(H47.contribution_row, 96, (22, 30), 4)


@pytest.mark.parametrize(
    ("name", "height"),
    [("rsvp_summary", 190), ("countdown", 150)],
)
def test_parts_without_people_draw_only_inside_their_band(name: str, height: int) -> None:
    """The replies' card and the countdown take no cast and draw nothing outside the band from their
    top to the height they return."""
    s = H2.Screen.new(random.Random(1), "b", "h47-b", "light")
    before = s.img.copy()
    value = getattr(H47, name)(s, random.Random(2), 600)
    changed = np.nonzero((s.img != before).any(axis=(1, 2)))[0]
    assert value == height and changed.min() >= 599 and changed.max() <= 600 + height, (name, changed)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H47.guest_row, (100,)), (H47.round_table, ((500, 800), 56, 7)), (H47.head_table, (300,)),
        (H47.couple_cover, (300,)), (H47.group_tile, ((20, 400, 540, 700), (22, 40))),
        (H47.booth_strip, (30, 200, 440, 300, (60, 140))), (H47.chat_line, (500,)), (H47.vendor_card, (300,)),
        (H47.featured_vendor, (300,)), (H47.album_tile, (30, 300, 500, 400)),
        (H47.guestbook_tile, ((30, 300, 534, 640), (80, 160))), (H47.comment_row, (300,)),
        (H47.pool_ring, (300,)), (H47.contribution_row, (500,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The layouts with crowds (the stream's guests, the gallery's group photos, the album's) draw
    some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H47, [H47.ceremony_stream, H47.photo_gallery, H47.guest_album], people_and_things
    )


@pytest.mark.parametrize("render", H47.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A birthday cake, rings on a cushion, champagne flutes, a balloon arch, a dance floor, a place
    setting, a gift box and a posy are drawn at any size asked, alike from one seed, unlike from
    others."""
    heldout_sets.check_render(lambda rng, w, h: H47.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT47_SEED`` the set opens again on the round's first screens (two guest lists, two
    seating plans), with over 240 faces a round; given two_people.jpg alone its first screens count
    no face."""
    heldout_sets.check_generate(H47, people_and_things[1], 240, one_round)


@pytest.mark.skipif(
    H47.HELDOUT47_SEED != H47.DEFAULT_SEED, reason="the docstring counts the default seed's set"
)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 360 faces on 18 screens (279 under 32
    px, 48 of 32-63, 26 of 64-127, 7 of 128 or more; 298 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h47- and h47-noface- for the ten
    layouts."""
    heldout_sets.check_drawn_round(one_round, "h47")
    heldout_sets.check_pages_and_kinds(one_round, "h47")
    heldout_sets.check_doc_table(H47)
    heldout_sets.check_doc_round(H47, one_round, 360, [279, 48, 26, 7], 298)
