"""bench/heldout48.py, the forty-eighth blind held-out set (genealogy, family history and faith
congregations): tests of the faces it annotates. No detector runs here; the set is scored once,
later, on a frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the lookalikes, cuts faces at the right edge and holds the large
faces the restorer and the obituary promise; each part (the fan chart's rings, changes, the
restorer's view and old prints, the tagged photo and its rows, households, group icons, chat
messages, an event's cover and sign-up rows, the obituary's portrait and guestbook, the reunion's
photo, then-and-now pairs and squares, group cards, the month's cells and the remembered) counts
faces of its sizes inside its bounds, and with a face-free cast none; old prints turn the faces
under them grey or sepia; the parts without people draw only inside their bands; faces under 18 px
are drawn and never counted; the drawn things are reproducible; the set repeats from its seed,
leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H48 = heldout_sets.bench("heldout48")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Box = tuple[float, float, float, float]
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


def part(
    fn: Callable[..., Any], seed: int, *args: Any, people: bool = True, face: C.Photo | None = None
) -> tuple[C.Composite, Any, Found]:
    """``fn`` of this set alone on a screen (heldout_sets' ``part_alone``, cast with the marked face
    unless ``face`` is given, or with no person)."""
    return heldout_sets.part_alone(H48, "h48-part", fn, seed, *args, people=people, face=face)


one_in = functools.partial(heldout_sets.one_in, part)  # rows of one face or none (heldout_sets' one_in)
spread = heldout_sets.spread  # the median spread of the channels over a box: 0 where grey


def front_row(fn: Callable[..., Any], hi: float) -> None:
    """A crowd's photo across the screen, ``fn`` drawn at y = 300 from four seeds, counts faces
    inside its rectangle (above the 20 px gap under it), 18 px or more and at most 1.1 times
    ``hi`` (a figure's size is 0.9-1.1 of its row's)."""
    for seed in range(4):
        _comp, height, found = part(fn, seed, 300)
        assert found and inside(found, 20, 300, H48.WIDTH - 20, 300 + height - 20)
        assert all(18 <= z <= hi * 1.1 + 0.5 for _b, z in found)


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """Round one of the set at its seed, drawn a single time for this module: every held-out photo
    goes in, as the bench hands them over (two_people.jpg included, for the generator to drop), with
    the session's face-free photos."""
    photos = C.load_photos(split="heldout")
    return list(H48.generate(photos, people_and_things[1], reps=1))


def test_ten_layouts_the_restorer_and_the_obituary_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the photo restorer and the obituary
    (once), thirteen face-free screens a round; the seed is 48484 unless ``HELDOUT48_SEED`` names
    another."""
    heldout_sets.check_rounds(H48, 2, 13)
    assert (H48.photo_restore, H48.obituary) == H48.ONCE
    heldout_sets.check_seed(H48, 48484)


def test_another_seed_draws_other_screens(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """Drawn from another seed, the set's first screens (a family tree's) differ from the default
    seed's in their faces and pixels."""
    heldout_sets.check_another_seed(H48, people_and_things[1], "h48-tree")


@pytest.mark.parametrize("layout", H48.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (old prints, grey photos and scrims keep the marked
    face light)."""
    heldout_sets.check_marked_boxes(H48, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (a fan chart, an old group photo and a reunion's with round things in them); the
    face-free cast draws this set's things."""
    heldout_sets.check_lifted_round(H48, one_round, "h48", ["tree", "tagging", "reunion"])


def test_rows_cross_the_right_edge_and_the_restorer_and_obituary_hold_large_faces(
    one_round: list[C.Composite],
) -> None:
    """The rows run past the right edge leave a face cut by the screen's edge on one layout or more;
    the restorer's photo counts a face of 80 px or more, the obituary's portrait one of 70 px or
    more, and every face counted is 18 px or more."""
    cut = set()
    for comp in one_round:
        for (x1, _y1, x2, _y2), size in zip(comp.faces, comp.sizes, strict=True):
            if x2 >= RIGHT - 1 and size - (x2 - x1) > 2:
                cut.add(comp.kind)
    assert cut, cut
    [restore] = [c for c in one_round if c.kind == "h48-restore"]
    [notice] = [c for c in one_round if c.kind == "h48-obituary"]
    assert max(restore.sizes) >= 80 and max(notice.sizes) >= 70, (restore.sizes, notice.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def test_the_fan_chart_seats_each_generation_in_its_ring() -> None:
    """``fan_chart`` counts whose tree it is at the hub (44-64 px) and each ancestor inside the ring
    of their generation above it, of that generation's size (``FAN_SIZES``): 2, 4, 8 and on some 16
    places, a few of the outer ones unknown."""
    rings = 0
    for seed in range(6):
        y = 300
        _comp, height, found = part(H48.fan_chart, seed, y)
        edges = H48.FAN_EDGES[: H48.FAN_EDGES.index(height - 80) + 1]
        c = (H48.WIDTH // 2, y + edges[-1] + 10)
        assert found and len(found) <= 2 ** len(edges) - 1
        for (a, b, x2, d), size in found:
            dist = math.hypot((a + x2) / 2 - c[0], (b + d) / 2 - c[1])
            g = next(k for k, edge in enumerate(edges) if dist < edge)
            assert sized([((a, b, x2, d), size)], *H48.FAN_SIZES[g]), (g, dist, size)
            assert (b + d) / 2 < c[1]
        rings = max(rings, len(edges) - 1)
    assert rings >= 3


def test_changes_tags_and_the_remembered_hold_their_face_at_the_left() -> None:
    """``change_row`` (104 px) counts one 22-28 px face at its left or none and the people of an
    added photo inside it at the right; ``tag_row`` (96 px) one 22-30 px face after the tag's number
    or none (an unknown relative); ``remembered_row`` (108 px) one 26-36 px face at its left."""
    photos = 0
    for seed in range(10):
        _comp, height, found = part(H48.change_row, seed, 500)
        left = [(b, z) for b, z in found if b[0] < 100]
        right = [(b, z) for b, z in found if b[0] >= 100]
        assert height == 104 and len(left) <= 1 and sized(left, 22, 28)
        assert inside(right, H48.WIDTH - 130, 512, H48.WIDTH - 40, 592)
        photos += bool(right)
    assert photos >= 1
    tags = 0
    for seed in range(8):
        _comp, height, found = part(H48.tag_row, seed, 500, 3)
        assert height == 96 and len(found) <= 1 and sized(found, 22, 30) and inside(found, 84, 500, 130, 596)
        tags += len(found)
    assert tags >= 3, tags
    one_in(H48.remembered_row, 108, (26, 36), (30, 80), 8)


def test_the_restorers_view_and_its_old_prints() -> None:
    """``restore_view`` counts its one to three people inside its rectangle, the largest 80-280 px,
    and on some the left of the slider turns a face grey or sepia; ``print_tile`` counts the faces of
    its print inside its cell."""
    for seed in range(6):
        _comp, height, found = part(H48.restore_view, seed, 300)
        assert 1 <= len(found) <= 3 and inside(found, 20, 300, H48.WIDTH - 20, 300 + height - 20)
        assert 80 <= max(z for _b, z in found) <= 280.5
    prints = 0
    for seed in range(10):
        cell = (30, 300, 30 + 330, 300 + 280)
        _comp, _value, found = part(H48.print_tile, seed, cell[0], cell[1], 330, 280)
        assert inside(found, *cell), found
        prints += bool(found)
    assert prints >= 2, prints


def test_the_tagged_photo_numbers_three_to_six_of_its_people() -> None:
    """``tagged_photo`` returns its height and three to six tags; it counts its people inside its
    band, the front faces 60 px or less (each figure 0.9-1.1 of its row's size), two rows of them."""
    for seed in range(6):
        _comp, (height, n), found = part(H48.tagged_photo, seed, 300)
        assert 3 <= n <= 6 and found and inside(found, 0, 300, H48.WIDTH, 300 + height)
        assert all(18 <= z <= 66.5 for _b, z in found)
        assert len({round((b[1] + b[3]) / 80) for b, _z in found}) <= 4


def test_households_hold_a_family_photo_and_the_members() -> None:
    """``household_card`` (286 px) counts the family photo's people inside the photo at its left
    and at most four members' 18-24 px faces in a row at its right."""
    members = 0
    for seed in range(8):
        _comp, height, found = part(H48.household_card, seed, 300)
        photo = [(b, z) for b, z in found if b[0] < 350]
        row = [(b, z) for b, z in found if b[0] >= 350]
        assert height == 286 and inside(photo, 40, 320, 340, 550)
        assert len(row) <= 4 and sized(row, 18.3, 24) and inside(row, 370, 412, H48.WIDTH - 70, 450)
        members += len(row)
    assert members >= 8, members


def test_a_group_icon_holds_a_face_in_each_quarter() -> None:
    """``group_icon`` counts at most four faces, each inside one quarter of its square (the seams
    between them are the page's), 18 px or more."""
    for seed in range(6):
        x, y, side = 100, 400, 88
        _comp, _value, found = part(H48.group_icon, seed, x, y, side)
        q = (side - 3) // 2
        quarters = [(x + i * (q + 3), y + j * (q + 3), x + i * (q + 3) + q, y + j * (q + 3) + q)
                    for j in range(2) for i in range(2)]  # fmt: skip
        assert 1 <= len(found) <= 4 and all(z >= 18 for _b, z in found)
        for box, _z in found:
            assert sum(inside([(box, 0.0)], *quarter) for quarter in quarters) == 1, box


def test_chat_messages_hold_the_sender_at_the_left() -> None:
    """``chat_message`` counts the sender's 20-26 px face at its top left (none for one's own) and
    the people of a photo or a prayer request inside the bubble, all within its height."""
    senders = 0
    for seed in range(12):
        _comp, height, found = part(H48.chat_message, seed, 400)
        sender = [(b, z) for b, z in found if b[0] < 60]
        assert inside(found, 0, 400, H48.WIDTH, 400 + height) and len(sender) <= 1 and sized(sender, 20, 26)
        senders += len(sender)
    assert senders >= 5, senders


def test_an_events_cover_and_its_sign_up_rows() -> None:
    """``event_cover`` counts its front row inside its rectangle (22-36 px, each figure 0.9-1.1 of
    it); ``signup_row`` (112 px) counts the volunteers' 22-28 px faces in its row, the open places
    dashed."""
    front_row(H48.event_cover, 36)
    volunteers = 0
    for seed in range(10):
        _comp, height, found = part(H48.signup_row, seed, 500)
        assert height == 112 and len(found) <= 4 and sized(found, 22, 28) and inside(found, 30, 554, 300, 592)
        volunteers += len(found)
    assert volunteers >= 6, volunteers


def test_the_obituarys_portrait_and_guestbook() -> None:
    """``obituary_portrait`` counts the portrait's one 70-220 px face inside its frame at the left;
    ``condolence_row`` counts the writer's 22-30 px face at its left or none and a memory's people
    under it."""
    for seed in range(4):
        _comp, height, found = part(H48.obituary_portrait, seed, 300)
        assert len(found) == 1 and sized(found, 70, 220) and inside(found, 30, 300, 590, 300 + height - 40)
    for seed in range(8):
        _comp, height, found = part(H48.condolence_row, seed, 300)
        first = [(b, z) for b, z in found if b[1] < 340 and b[0] < 80]
        assert inside(found, 30, 300, H48.WIDTH, 300 + height) and len(first) <= 1 and sized(first, 22, 30)


def test_the_reunion_photo_and_its_squares() -> None:
    """``reunion_banner`` counts its front row inside its rectangle (24-36 px, each figure 0.9-1.1
    of it); ``album_square`` counts its photo's people inside its square."""
    front_row(H48.reunion_banner, 36)
    squares = 0
    for seed in range(10):
        _comp, _value, found = part(H48.album_square, seed, 30, 300, 336)
        assert inside(found, 30, 300, 366, 636)
        squares += bool(found)
    assert squares >= 2, squares


def test_then_and_now_ages_the_left_photo() -> None:
    """``then_now`` (420 px) counts people inside its two photos; those in the left one are an old
    print's grey or sepia, those in the right one keep their colour."""
    pw = (H48.WIDTH - 100) // 2
    sides = [0, 0]
    for seed in range(6):
        comp, height, found = part(H48.then_now, seed, 300, face=heldout_sets.plain_face())
        left = [b for b, _z in found if b[2] <= 40 + pw]
        right = [b for b, _z in found if b[0] >= 60 + pw]
        assert height == 420 and len(left) + len(right) == len(found)
        assert inside(found, 40, 320, H48.WIDTH - 40, 620)
        assert all(spread(comp, b) < 40 for b in left) and all(spread(comp, b) > 50 for b in right)
        sides = [sides[0] + len(left), sides[1] + len(right)]
    assert min(sides) >= 3, sides


def test_aged_avatars_turn_grey_or_sepia() -> None:
    """``aged_avatar`` with its share at 1 leaves the face counted, its colours an old print's; at 0
    the avatar is the cast's as it drew it."""
    plain = heldout_sets.plain_face()

    def aged(share: float) -> Callable[..., None]:
        return lambda cast, rng, s: H48.aged_avatar(cast, rng, s, 200, 400, 60.0, 80, "circle", share)

    for seed in range(4):
        old, _value, found = part(aged(1.0), seed, face=plain)
        assert len(found) == 1 and spread(old, found[0][0]) < 40
        kept, _value, _found = part(aged(0.0), seed, face=plain)
        drawn, _value, _found = part(
            lambda cast, _rng, s: cast.avatar(s, 200, 400, 60.0, 80, "circle"), seed, face=plain
        )
        assert np.array_equal(kept.image, drawn.image)


def test_group_cards_hold_their_leader_in_a_ring() -> None:
    """``group_card`` (490 px) counts faces inside its card, the leader's 28-40 px face over the
    cover's lower left, one or none."""
    leaders = 0
    for seed in range(8):
        _comp, height, found = part(H48.group_card, seed, 300)
        lead = [(b, z) for b, z in found if b[3] > 602 and b[1] < 700 and b[0] < 130]
        assert height == 490 and inside(found, 40, 300, H48.WIDTH - 40, 770)
        assert len(lead) <= 1 and sized(lead, 28, 40)
        leaders += len(lead)
    assert leaders >= 6, leaders


def test_the_month_puts_the_remembered_in_their_day_cells() -> None:
    """``month_grid`` (710 px) counts 18-24 px faces, each inside one day cell of its five weeks."""
    faced = 0
    for seed in range(6):
        y = 300
        _comp, height, found = part(H48.month_grid, seed, y)
        cw, top = (H48.WIDTH - 40) // 7, y + 100
        assert height == 710 and sized(found, 18.3, 24) and inside(found, 20, top, 20 + 7 * cw, top + 5 * 118)
        for (a, b, c, d), _z in found:
            assert (b - top) // 118 == (d - 1 - top) // 118 and (a - 20) // cw == (c - 21) // cw
        faced += len(found)
    assert faced >= 6, faced


@pytest.mark.parametrize(
    ("name", "height"),
    [("service_card", 190), ("reunion_details", 240), ("source_card", 220)],
)
def test_parts_without_people_draw_only_inside_their_band(name: str, height: int) -> None:
    """The service's card, the reunion's details and a photo's source take no cast and draw nothing
    outside the band from their top to the height they return."""
    s = H2.Screen.new(random.Random(1), "b", "h48-b", "light")
    before = s.img.copy()
    value = getattr(H48, name)(s, random.Random(2), 600)
    changed = np.nonzero((s.img != before).any(axis=(1, 2)))[0]
    assert value == height and changed.min() >= 599 and changed.max() <= 600 + height, (name, changed)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H48.fan_chart, (300,)), (H48.change_row, (500,)), (H48.restore_view, (300,)),
        (H48.person_card, (300,)), (H48.print_tile, (30, 300, 330, 280)), (H48.tagged_photo, (300,)),
        (H48.tag_row, (500, 2)),
        (H48.household_card, (300,)), (H48.group_icon, (100, 400, 88)), (H48.chat_message, (400,)),
        (H48.event_cover, (300,)), (H48.signup_row, (500,)), (H48.obituary_portrait, (300,)),
        (H48.condolence_row, (300,)), (H48.reunion_banner, (300,)), (H48.then_now, (300,)),
        (H48.album_square, (30, 300, 336)), (H48.group_card, (300,)), (H48.month_grid, (300,)),
        (H48.remembered_row, (500,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The layouts with crowds (an event's cover, a reunion's photo) draw some face under 18 px and
    count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H48, [H48.congregation_event, H48.reunion_album], people_and_things
    )


@pytest.mark.parametrize("render", H48.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A family Bible's register, a headstone, a stained-glass window, old letters, prayer beads,
    an oak, a steamship and a potluck's table are drawn at any size asked, alike from one seed,
    unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H48.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT48_SEED`` the set opens again on the round's first screens (two family trees, a
    photo restorer, a tagged photo), with over 240 faces a round; given two_people.jpg alone its
    first screens count no face."""
    heldout_sets.check_generate(H48, people_and_things[1], 240, one_round)


@pytest.mark.skipif(
    H48.HELDOUT48_SEED != H48.DEFAULT_SEED, reason="the docstring counts the default seed's set"
)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 373 faces on 18 screens (282 under 32
    px, 78 of 32-63, 9 of 64-127, 4 of 128 or more; 315 under 40) and 13 face-free screens; its
    4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h48- and h48-noface- for the ten
    layouts."""
    heldout_sets.check_drawn_round(one_round, "h48")
    heldout_sets.check_pages_and_kinds(one_round, "h48")
    heldout_sets.check_doc_table(H48)
    heldout_sets.check_doc_round(H48, one_round, 373, [282, 78, 9, 4], 315)
