"""bench/heldout46.py, the forty-sixth blind held-out set (emergencies, public safety and community
alerts): tests of the faces it annotates. No detector runs here; the set is scored once, later, on a
frozen detector (issue 14).

What is checked: the ten layouts, the two drawn once a round and the seed (and its override through
the environment); with the marked face as the whole cast every layout's boxes keep half of it, lie
on the screen and on its white; the round drawn once for the module (``one_round``) fits the
capture, is lifted, has small faces on every layout's screens of people and none on the face-free
ones, ends on the lookalikes, cuts faces at the right edge and holds the large face the
missing-person alert promises; each part (the missing person's poster, sightings, pins, the
dispatch, watch posts, the card's front, contacts' tiles, rows of one face, the nurse's and the
staff's cards, donors in drops, friends marked safe or greyed, class cards, the head teacher's
message, appliances' seats, reunion cards and stories) counts faces of its sizes inside its bounds,
and with a face-free cast none; the parts without people draw only inside their bands; faces under
18 px are drawn and never counted; the drawn things are reproducible; the set repeats from its seed,
leaves out the tuning people and draws what its docstring states.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H46 = heldout_sets.bench("heldout46")

RIGHT = C.W - 8  # the screen's right end; the capture's black padding lies past it
Found = heldout_sets.Found
sized, inside = heldout_sets.sized, heldout_sets.inside


def cast_of(seed: int) -> Any:
    """This set's cast from ``seed``: the marked face (white on black) as its one person, never a
    drawn thing in a person's place; its things dark photos."""
    return H46.Cast([heldout_sets.marked_face()], heldout_sets.DARK, random.Random(seed), drawn=0.0)


def part(
    fn: Callable[..., Any], seed: int, *args: Any, people: bool = True, face: C.Photo | None = None
) -> tuple[C.Composite, Any, Found]:
    """``fn`` of this set alone on a screen (heldout_sets' ``part_alone``, cast with the marked face
    unless another is given, or without ``people`` with none)."""
    return heldout_sets.part_alone(H46, "h46-part", fn, seed, *args, people=people, face=face)


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """Round one of the set at its seed, drawn a single time for this module: every held-out photo
    goes in, as the bench hands them over (two_people.jpg included, for the generator to drop), with
    the session's face-free photos."""
    photos = C.load_photos(split="heldout")
    return list(H46.generate(photos, people_and_things[1], reps=1))


def test_ten_layouts_the_alert_and_the_card_once_and_the_seed() -> None:
    """Ten layouts, each drawn with people twice a round but the missing-person alert and the
    emergency card (once), thirteen face-free screens a round; the seed is 46464 unless
    ``HELDOUT46_SEED`` names another."""
    heldout_sets.check_rounds(H46, 2, 13)
    assert (H46.missing_alert, H46.ice_card) == H46.ONCE
    heldout_sets.check_seed(H46, 46464)


@pytest.mark.parametrize("layout", H46.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and lies mostly on the face's white (grey keeps the marked face white; the scrims over
    the drive's banner and the reunion's card leave the faces above them)."""
    heldout_sets.check_marked_boxes(H46, layout)


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """Every screen of the round passes heldout2's ``check`` (its size, its faces on it, JPEG quality
    30-60) and is lifted to 40; its pages are light on some and dark on others; each layout's
    screens of people hold a face under 32 px; the face-free ones count none, the last three being
    the lookalikes (the dispatch's pins, the donors' drops, the crews' shields); the face-free cast
    draws this set's things."""
    heldout_sets.check_lifted_round(H46, one_round, "h46", ["dispatch", "blood", "brigade"])


def test_rows_cross_the_right_edge_and_the_alert_holds_its_large_face(one_round: list[C.Composite]) -> None:
    """The rows run past the right edge leave a face cut by the screen's edge on three layouts or
    more; the missing-person alert's largest face is the poster's, 120 px or more."""
    cut = set()
    for comp in one_round:
        for (x1, _y1, x2, _y2), size in zip(comp.faces, comp.sizes, strict=True):
            if x2 >= RIGHT - 1 and size - (x2 - x1) > 2:
                cut.add(comp.kind)
    assert len(cut) >= 3, cut
    [alert] = [c for c in one_round if c.kind == "h46-missing"]
    assert max(alert.sizes) >= 119.5, alert.sizes


def test_the_missing_poster_frames_one_large_face_and_an_earlier_grey_one() -> None:
    """``missing_poster`` counts the person's 120-280 px face inside the red frame's photo and, on
    some, one 18-80 px face in the earlier photo right of it, whose pixels are grey (a coloured
    face's three channels equal); its height is the photo's and the gap's."""
    earlier = 0
    for seed in range(8):
        comp, height, found = part(H46.missing_poster, seed, 200, face=heldout_sets.plain_face())
        big = [(b, z) for b, z in found if z >= 120]
        assert len(big) == 1 and sized(big, 120, 280), found
        (x1, _y1, x2, y2), _size = big[0]
        assert x1 >= 44 and x2 <= 44 + 560 and y2 <= 200 + height, (x1, x2, height)
        rest = [(b, z) for b, z in found if z < 120]
        assert len(rest) <= 1 and sized(rest, 40, 80), rest
        for (a, b, c, d), _z in rest:
            assert a > x2 and d <= 200 + height
            pixels = comp.image[round(b) + 2 : round(d) - 2, round(a) + 2 : round(c) - 2].astype(int)
            assert np.abs(pixels - pixels[:, :, :1]).max() <= 2, "the earlier photo is not grey"
            earlier += 1
    assert 2 <= earlier <= 7, earlier


def test_sightings_count_a_reporter_and_grey_cctv_stills_in_their_thumbnail() -> None:
    """``sighting_row`` is 110 px, or 160 with a thumbnail; it counts the reporter's 20-28 px face at
    its left (or none) and, in a CCTV still, people inside the thumbnail's rectangle (a group photo's
    at whatever size they come), in grey."""
    stills = 0
    for seed in range(12):
        comp, height, found = part(H46.sighting_row, seed, 300, face=heldout_sets.plain_face())
        assert height in (110, 160)
        left = [(b, z) for b, z in found if b[0] < 200]
        assert len(left) <= 1 and sized(left, 20, 28) and inside(left, 30, 300, 100, 300 + height)
        thumb = [(b, z) for b, z in found if b[0] >= 200]
        assert inside(thumb, H46.WIDTH - 230, 312, H46.WIDTH - 30, 442)
        for (a, b, c, d), _z in thumb:
            pixels = comp.image[round(b) : round(d), round(a) : round(c)].astype(int)
            assert np.abs(pixels - pixels[:, :, :1]).max() <= 2
        stills += bool(thumb)
    assert stills >= 1


def test_a_pin_holds_one_responder_above_its_tip_and_the_dispatch_the_one_who_accepted() -> None:
    """``badge_pin`` counts one 20-30 px face above its tip, centred on it, and returns its side;
    ``dispatch_card`` counts the responder's 48-90 px face at its left, nothing over the drawn
    cabinet at the right, inside the height it returns; ``alerted_row`` (96 px) one 22-30 px face or
    none."""
    for seed in range(6):
        tip = (300 + 60 * seed, 700)
        _comp, side, found = part(H46.badge_pin, seed, tip, 20, 30, H46.GREEN, "4m")
        [((a, b, c, d), size)] = found
        assert 20 <= size <= 30.5 and abs(side - size) < 0.3 * size + 2
        assert d < tip[1] - 16 and abs((a + c) / 2 - tip[0]) < 6 and b > tip[1] - 16 - 2 * side
    for seed in range(4):
        _comp, height, found = part(H46.dispatch_card, seed, 400)
        [((a, b, c, d), size)] = found
        assert 48 <= size <= 90.5 and a >= 50 and c < H46.WIDTH - 230 and d <= 400 + height
    faced = 0
    for seed in range(6):
        _comp, height, found = part(H46.alerted_row, seed, 500)
        assert height == 96 and len(found) <= 1 and sized(found, 22, 30) and inside(found, 30, 500, 80, 596)
        faced += len(found)
    assert faced >= 4


def test_watch_posts_hold_the_resident_moderators_and_thanks_inside_the_card() -> None:
    """``watch_post`` counts the resident's 24-32 px face at the top left (or none), a photo's
    people, a moderator's 20-24 px face and the "thanked" stack of 18-22 px, all inside the card
    (right of its colour bar) and the height it returns; the house number's chip over the avatar's
    foot leaves the resident counted."""
    residents = 0
    for seed in range(10):
        _comp, height, found = part(H46.watch_post, seed, 150)
        assert inside(found, 30, 150, H46.WIDTH - 20, 150 + height - 16), (seed, found)
        top = [(b, z) for b, z in found if b[1] < 150 + 60]
        assert len(top) <= 1 and sized(top, 24, 32) and inside(top, 50, 150, 90, 215)
        residents += len(top)
    assert residents >= 7, residents


def test_the_cards_front_and_the_contacts_tiles() -> None:
    """``holder_card`` counts the holder's 64-150 px face in its rim under the red band and the
    stack of 18-22 px who can see it; ``contact_tile`` counts the photo's people inside the tile,
    none under the relation's band over its foot, the main face 44-76 px."""
    for seed in range(4):
        _comp, height, found = part(H46.holder_card, seed, 200)
        big = [(b, z) for b, z in found if z > 40]
        assert len(big) == 1 and sized(big, 64, 150) and big[0][0][1] >= 200 + 112
        assert sized([f for f in found if f not in big], 18.3, 22) and inside(
            found, 38, 290, H46.WIDTH, 200 + height
        )
    for seed in range(6):
        x, y, tw, th = 30, 300, 504, 280
        comp, _value, found = part(H46.contact_tile, seed, x, y, tw, th)
        assert found and inside(found, x, y, x + tw, y + th)
        assert all(b[3] <= y + th - 64 for b, _z in found)
        band = comp.image[y + th - 62 : y + th - 2, x + 200 : x + 210].astype(int)
        assert (band == band[0, 0]).all() and band[0, 0].max() < 100, "no dark band over the foot"
        assert any(44 <= z <= 76.5 for _b, z in found)


@pytest.mark.parametrize(
    ("name", "height", "lo", "hi", "left"),
    [
        ("doctor_row", 100, 24, 32, 30),
        ("care_update", 104, 20, 26, 76),
        ("alert_update", 100, 20, 26, 76),
        ("response_row", 104, 22, 30, 30),
        ("donation_row", 110, 22, 30, 160),
    ],
)
def test_rows_hold_one_face_at_their_left(name: str, height: int, lo: float, hi: float, left: int) -> None:
    """Rows of one person each count one face of their sizes (or none: initials) at their left,
    inside the height they return."""
    faced = 0
    for seed in range(6):
        _comp, value, found = part(getattr(H46, name), seed, 400)
        assert value == height and len(found) <= 1 and sized(found, lo, hi), (name, found)
        assert inside(found, left, 400, left + hi * 1.3 + 2, 400 + height), (name, found)
        faced += len(found)
    assert faced >= 4, (name, faced)


def test_the_nurse_and_the_staff_cards_hold_their_larger_faces() -> None:
    """``nurse_card`` counts the nurse's 56-110 px face at its left, the stethoscope's badge over its
    corner leaving it counted; ``staff_card`` the carer's 56-100 px face over the "STAFF" tag and
    the team's stack of 18-24 px right of the button."""
    for seed in range(4):
        _comp, height, found = part(H46.nurse_card, seed, 300)
        [((a, b, _c, d), size)] = found
        assert 56 <= size <= 110.5 and a >= 44 and b >= 324 and d <= 300 + height
        _comp, height, found = part(H46.staff_card, seed, 300)
        big = [(b, z) for b, z in found if z > 40]
        team = [(b, z) for b, z in found if z <= 40]
        assert len(big) == 1 and sized(big, 56, 100) and big[0][0][0] >= 44
        assert team and sized(team, 18.3, 24) and all(b[0] > big[0][0][2] + 200 for b, _z in team)
        assert inside(found, 44, 300, H46.WIDTH, 300 + height)


def test_donors_drops_hold_their_face_above_the_groups_chip() -> None:
    """``drop_avatar`` counts its face, its box's foot at most 10 px under the chip's top (the chip
    over the avatar's foot takes what it covers), the drop's point drawn above the avatar in red."""
    for seed in range(6):
        s = H2.Screen.new(random.Random(seed), "d", "h46-d", "light")
        fp, side = 30.0 + 2 * seed, 36 + 2 * seed
        H46.drop_avatar(cast_of(seed), random.Random(seed), s, 300, 600, fp, side)
        tip = tuple(int(v) for v in s.img[600 - side // 4, 300 + side // 2])
        comp = s.finish()
        [((a, b, c, d), size)] = zip(comp.faces, comp.sizes, strict=True)
        assert size == fp and a >= 300 and c <= 300 + side and b >= 600 and d <= 600 + side
        assert tip == tuple(H46.RED), tip


def test_friends_marked_safe_keep_their_colour_and_the_others_turn_grey() -> None:
    """``safe_row`` counts one 28-40 px face (or none: initials) at its left; marked ``safe`` some
    stay in colour (a plain coloured face), not yet marked every one is grey, drawn again over the
    avatar."""
    coloured = 0
    for seed in range(7):
        for safe in (True, False):
            comp, height, found = part(H46.safe_row, seed, 300, safe, face=heldout_sets.plain_face())
            left = [(b, z) for b, z in found if b[0] < 90]
            assert len(left) <= 1 and sized(left, 28, 40) and inside(left, 34, 300, 90, 300 + height)
            for (a, b, c, d), size in left:
                cx, cy, r = round((a + c) / 2), round((b + d) / 2), round(size * 0.3)
                pixels = comp.image[cy - r : cy + r, cx - r : cx + r].astype(int)
                grey = np.abs(pixels - pixels[:, :, :1]).max() <= 2
                assert grey or safe
                coloured += not grey
    assert coloured >= 3, coloured


def test_the_head_teacher_and_each_class_card() -> None:
    """``head_message`` counts the head teacher's 44-72 px face and the readers' stack of 18-22 px
    inside the card it returns; ``class_card`` (200 px) the child's 28-40 px face at its left and
    the teacher's 24-32 px over the card's top right corner (starting above the card)."""
    for seed in range(4):
        _comp, height, found = part(H46.head_message, seed, 300)
        big = [(b, z) for b, z in found if z > 40]
        assert len(big) == 1 and sized(big, 44, 72) and sized([f for f in found if f not in big], 18.3, 22)
        assert inside(found, 44, 300, H46.WIDTH, 300 + height - 20)
    teachers = 0
    for seed in range(8):
        _comp, height, found = part(H46.class_card, seed, 400)
        assert height == 200 and inside(found, 40, 400, H46.WIDTH - 50, 600)
        child = [(b, z) for b, z in found if b[0] < 200]
        teacher = [(b, z) for b, z in found if b[0] >= 200]
        assert len(child) <= 1 and sized(child, 28, 40) and len(teacher) <= 1 and sized(teacher, 24, 32)
        assert all(b[1] < 414 for b, _z in teacher)
        teachers += len(teacher)
    assert teachers >= 5, teachers


def test_an_appliances_seats_hold_one_firefighter_each() -> None:
    """``apparatus_card`` counts at most one 24-34 px face a seat, inside the seat above its role's
    label, as many as the seats at most."""
    filled = 0
    for seed in range(5):
        _comp, height, found = part(H46.apparatus_card, seed, 300)
        assert height == 120 + 2 * 164 + 20 and sized(found, 24, 34) and len(found) <= 6
        for (a, b, c, d), _z in found:
            row = (b - 400) // 164
            assert row in (0, 1) and 400 + 164 * row <= b and d <= 400 + 164 * row + 120, (b, d)
            assert a >= 44 and c <= H46.WIDTH - 44
        filled += len(found)
    assert filled >= 10, filled


def test_reunion_cards_and_stories_keep_their_people_in_their_places() -> None:
    """``reunion_card`` counts the photo's people above the status band and the poster's 20-26 px
    face at the band's right end, inside the card; ``reunited_story`` (364 px) a 90-220 px face and
    on some a second one, inside its card."""
    for seed in range(8):
        x, y, cw = 30 + 524 * (seed % 2), 300, 504
        _comp, _value, found = part(H46.reunion_card, seed, x, y, cw)
        poster = [(b, z) for b, z in found if b[0] > x + cw - 60 and b[1] > y + 190]
        photo = [f for f in found if f not in poster]
        assert len(poster) <= 1 and sized(poster, 20, 26) and inside(found, x, y, x + cw, y + 420)
        assert all(b[3] <= y + 260 - 44 + 0.5 for b, _z in photo), photo
    pairs = 0
    for seed in range(4):
        _comp, height, found = part(H46.reunited_story, seed, 300)
        assert height == 364 and 1 <= len(found) <= 2 and inside(found, 30, 300, H46.WIDTH - 30, 640)
        assert 90 <= max(z for _b, z in found) <= 220.5
        pairs += len(found) == 2
    assert pairs >= 1


@pytest.mark.parametrize(
    ("name", "args", "height"),
    [
        ("alert_banner", ("MISSING PERSON", "County police", H46.RED), 150),
        ("last_seen_map", (), 320),
        ("incident_strip", (), 270),
        ("wait_card", (), 210),
        ("triage_queue", (), 150),
        ("care_steps", (), 110),
        ("lockdown_banner", (), 190),
    ],
)
def test_parts_without_people_draw_only_inside_their_band(
    name: str, args: tuple[Any, ...], height: int
) -> None:
    """Maps, banners, the wait, the triage discs and the steps take no cast and draw nothing outside
    the band from their top to the height they return (a rounded corner's antialiasing may reach a
    pixel past it)."""
    s = H2.Screen.new(random.Random(1), "b", "h46-b", "light")
    before = s.img.copy()
    fn = getattr(H46, name)
    value = fn(s, 600, *args) if args else fn(s, random.Random(2), 600)
    changed = np.nonzero((s.img != before).any(axis=(1, 2)))[0]
    assert value == height and changed.min() >= 599 and changed.max() <= 600 + height, (name, changed)


def test_a_face_free_casts_parts_count_nothing() -> None:
    """Cast without people, every part that holds faces counts none."""
    parts = [
        (H46.missing_poster, (100,)), (H46.sighting_row, (900,)),
        (H46.badge_pin, ((500, 1200), 20, 30, H46.GREEN, "")), (H46.dispatch_card, (1300,)),
        (H46.watch_post, (100,)), (H46.holder_card, (800,)), (H46.contact_tile, (30, 1300, 500, 280)),
        (H46.nurse_card, (1650,)), (H46.staff_card, (100,)), (H46.safe_row, (400, True)),
        (H46.safe_row, (600, False)), (H46.head_message, (800,)), (H46.class_card, (1200,)),
        (H46.apparatus_card, (1450,)), (H46.reunion_card, (30, 100, 504)), (H46.reunited_story, (600,)),
        (H46.drive_banner, (1000,)), (H46.volunteer_banner, (1400,)),
    ]  # fmt: skip
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (fn.__name__, comp.sizes)


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The layouts with group photos and crowds (the drive's hall, watch posts' photos, the board's
    groups) draw some face under 18 px and count none."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H46, [H46.blood_drive, H46.reunion_board, H46.watch_feed], people_and_things
    )


@pytest.mark.parametrize("render", H46.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A hydrant, a defibrillator's cabinet, a light bar, sandbags, a first-aid kit, a road closed,
    a weather radar and hoses on a rack are drawn at any size asked, alike from one seed, unlike
    from others."""
    heldout_sets.check_render(lambda rng, w, h: H46.H11.render(rng, w, h, (render,)))


def test_the_seed_redraws_the_set_and_the_tuning_people_never_appear(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT46_SEED`` the set opens again on the round's first screens (the alert, two
    watch feeds, the card), with over 240 faces a round; given two_people.jpg alone its first screens
    count no face."""
    heldout_sets.check_generate(H46, people_and_things[1], 240, one_round)


@pytest.mark.skipif(
    H46.HELDOUT46_SEED != H46.DEFAULT_SEED, reason="the docstring counts the default seed's set"
)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 296 faces on 18 screens (237 under 32
    px, 35 of 32-63, 21 of 64-127, 3 of 128 or more; 253 under 40) and 13 face-free screens;
    its 4-rep table lists the ten layouts with their screens and adds up to its totals; the round has
    every size, light and dark pages, and screens marked h46- and h46-noface- for the ten
    layouts."""
    heldout_sets.check_drawn_round(one_round, "h46")
    heldout_sets.check_pages_and_kinds(one_round, "h46")
    heldout_sets.check_doc_table(H46)
    heldout_sets.check_doc_round(H46, one_round, 296, [237, 35, 21, 3], 253)
