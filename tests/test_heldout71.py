"""bench/heldout71.py, the seventy-first blind held-out set (mixed: the phone's own layers over the
apps; a third of its screens of people crowded, a share sheet over a dimmed chat list, a call's
participants over its dimmed grid and a new group's members with the keyboard raised; two thirds
sparse, one small face or two far apart on a heads-up notification, a picture-in-picture call, a
permission dialog over a dimmed profile, the recent apps' shrunk screens, split screen, the
always-on display and a screenshot shared in a chat; more face-free screens than screens of
people): tests of the faces it annotates. No detector runs here; the set is scored once, later, on
a frozen detector (issue 14).

What is checked: the ten layouts (each twice a round with people, twice face-free, the crowded ones
once more face-free), and the seed (and its override through the environment); with the marked
face as the whole cast every layout's boxes keep half of it and lie on the screen (and, where
nothing dims them, on its white); the round drawn once for the module (``one_round``) fits the
capture, is lifted, has light and dark pages, small faces on every layout's screens of people and
none on the face-free ones, ends on the crowded lookalikes; the crowded screens count nine faces to
twenty, the sparse ones one or two, far apart; an avatar's square holds one face and a face-free
cast's stand-ins count none; a scrim darkens the faces behind it and keeps them counted, the
always-on display dims its faces, the keyboard hides the rows under it, an app screen shrunk for the
switcher or a shared screenshot keeps its face's box with it, a call's window dragged past the
screen's side keeps its face; faces under 18 px are drawn and never counted; the drawn things are
reproducible; the set repeats from its seed, leaves out the tuning people and draws what its
docstring states.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H71 = heldout_sets.bench("heldout71")

sized, inside = heldout_sets.sized, heldout_sets.inside

part, _one_in, _greyed_some, _past = heldout_sets.set_parts(H71, "h71")
one_round = heldout_sets.round_fixture(H71)  # round one at the seed, drawn once for the module
SPARSE_KINDS = [
    f"h71-{k}" for k in ("headsup", "pip", "dialog", "recents", "split", "aod", "screenshot")
]  # fmt: skip
# layouts whose faces are darkened (a scrim, the always-on display): not on the marked face's white
DIMMED = ("share_sheet", "call_people", "permission_dialog", "always_on")


def found_on(layout: Callable[..., C.Composite], seed: int) -> tuple[C.Composite, heldout_sets.Found]:
    """``layout`` cast with the marked face from ``seed`` (laid out from ``seed + 1``): the screen
    and its counted boxes with their sizes."""
    comp = layout(heldout_sets.marked_cast(H71, seed), random.Random(seed + 1), "m")
    return comp, list(zip(comp.faces, comp.sizes, strict=True))


def brightness(comp: C.Composite, box: C.BoxF) -> float:
    """The median brightness over ``box`` on ``comp`` (2 px in from its edges)."""
    a, b, c, d = (round(v) for v in box)
    return float(np.median(comp.image[b + 2 : d - 2, a + 2 : c - 2].mean(axis=2)))


def test_ten_layouts_twice_with_people_the_crowded_ones_thrice_face_free_and_the_seed() -> None:
    """Ten layouts, three crowded and seven sparse, each drawn with people twice a round (20
    screens); every one face-free twice, then the three crowded ones again (23 screens); the seed is
    71717 unless ``HELDOUT71_SEED`` names another."""
    with_people, without = Counter(H71.FACE_LAYOUTS), Counter(H71.FREE_LAYOUTS)
    assert len(H71.LAYOUTS) == 10 and set(with_people) == set(without) == set(H71.LAYOUTS)
    assert len(H71.CROWDED) == 3 and len(H71.SPARSE) == 7
    assert with_people == dict.fromkeys(H71.LAYOUTS, 2)
    assert without == {**dict.fromkeys(H71.SPARSE, 2), **dict.fromkeys(H71.CROWDED, 3)}
    assert len(H71.FACE_LAYOUTS) == 20 and len(H71.FREE_LAYOUTS) == 23
    assert H71.FREE_LAYOUTS[-3:] == H71.CROWDED
    heldout_sets.check_seed(H71, 71717)


def test_the_seed_redraws_the_set_another_draws_other_screens_and_no_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """From ``HELDOUT71_SEED`` the set opens again on the round's first screens (a share sheet, a
    call's participants, a new group and a heads-up notification), with over 80 faces a round;
    given two_people.jpg alone its first screens count no face; drawn from another seed, its first
    screen (a share sheet) differs from the default seed's in its faces and pixels."""
    free = people_and_things[1]
    heldout_sets.check_generate(H71, free, 80, one_round)
    heldout_sets.check_another_seed(H71, free, "h71-share")


@pytest.mark.parametrize("layout", H71.LAYOUTS, ids=lambda fn: fn.__name__)
def test_each_layout_keeps_half_of_the_marked_face_in_its_boxes(layout: Callable[..., C.Composite]) -> None:
    """Cast with the marked face alone (heldout_sets' ``check_marked_boxes``, two screens), every
    layout counts faces; each box lies left of the padding, covers 48 % or more of the face's
    square and, but on the layouts that dim their faces, lies mostly on the face's white."""
    heldout_sets.check_marked_boxes(H71, layout, layout.__name__ in DIMMED)


@pytest.mark.parametrize("render", H71.RENDERS, ids=lambda fn: fn.__name__)
def test_each_drawn_thing_is_the_size_asked_and_the_same_from_a_seed(render: Callable[..., Any]) -> None:
    """A wallpaper, a desk lamp and a kettle are drawn at any size asked, alike from one seed,
    unlike from others."""
    heldout_sets.check_render(lambda rng, w, h: H71.H11.render(rng, w, h, (render,)))


def test_the_round_fits_is_lifted_has_small_faces_and_ends_on_lookalikes(
    one_round: list[C.Composite],
) -> None:
    """The round drawn once (heldout_sets' ``check_lifted_round``): heldout2's ``check`` passes on
    each screen, JPEG quality 30-60, lifted to 40, light pages and dark ones, a face under 32 px on
    each layout's screens of people, none on the face-free ones, which end on the crowded
    lookalikes (a share sheet, a call's participants and a new group with things in the people's
    places), and this set's things in the face-free cast; no face counted under 18 px."""
    heldout_sets.check_lifted_round(H71, one_round, "h71", ["share", "callpeople", "newgroup"])
    heldout_sets.check_large_faces(one_round, {})


def test_crowded_screens_count_nine_faces_to_twenty_sparse_ones_one_or_two_far_apart(
    one_round: list[C.Composite],
) -> None:
    """The crowded layouts' 6 screens count nine faces to twenty, most of them under 32 px; the
    sparse layouts' 14 count one face or two (150 px or more apart, over 60 % of the screens one);
    the face-free screens count none."""
    heldout_sets.check_sparse(one_round, 14, 2, SPARSE_KINDS)
    heldout_sets.check_crowded(one_round, SPARSE_KINDS, 6, 9, 20)


def test_an_avatar_holds_one_face_and_a_face_free_cast_none() -> None:
    """This set's cast (heldout66's ``solo``) passes over a photo whose face has a neighbour in its
    square: cast with two faces side by side and the marked face alone, each avatar counts one face,
    18 px or more, whatever its shape; cast without people (heldout2's face-free photos), none."""
    heldout_sets.check_solo(H71, "h71")


def test_faces_under_18_px_are_drawn_and_never_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """The recent apps and shared screenshots (faces shrunk from larger ones), then avatars asked for
    at 12-17 px alone, draw some face under 18 px and count none."""
    more = heldout_sets.tiny_solos(H71, "h71", people_and_things)
    layouts = [H71.recents, H71.shared_screenshot] * 2
    heldout_sets.check_small_faces_drawn_not_counted(monkeypatch, H71, layouts, people_and_things, more)


def test_a_scrim_darkens_the_faces_behind_it_and_keeps_them_counted() -> None:
    """``dimmed`` is the picture times one less the scrim's share; a share sheet's and a call's
    participants' screens cast with the marked face count faces dimmed behind the scrim (white
    brought to 90-200) and faces bright on the sheet (over 215), both on every screen; a permission
    dialog's profile face is dimmed likewise."""
    piece = np.full((4, 4, 3), 200, np.uint8)
    assert (H71.dimmed(piece, 0.4) == 120).all() and (H71.dimmed(piece, 0.0) == 200).all()
    for seed in range(4):
        for layout in (H71.share_sheet, H71.call_people):
            comp, found = found_on(layout, seed)
            light = [brightness(comp, box) for box, _z in found]
            assert any(90 <= v <= 200 for v in light) and any(v > 215 for v in light), (layout, light)
        comp, found = found_on(H71.permission_dialog, seed)
        assert any(90 <= brightness(comp, box) <= 200 for box, _z in found), comp.faces


def test_the_always_on_display_dims_its_faces_and_keeps_them_small() -> None:
    """The always-on display cast with the marked face counts one face or two, 18-32 px, each
    dimmed (white brought under 200) on a black page."""
    for seed in range(6):
        comp, found = found_on(H71.always_on, seed)
        assert 1 <= len(found) <= 2 and sized(found, 18.3, 32), found
        assert all(60 <= brightness(comp, box) < 200 for box, _z in found), found
        assert comp.image[C.STATUS_H + 2, 2].mean() < 60


def test_the_keyboard_hides_the_rows_under_it() -> None:
    """A new group cast with the marked face counts its chips' and rows' faces, 18-30 px, eight
    or more (initials take some places), none of them centred in the screen's lower 36 % above the
    navigation bar (the keyboard's least height)."""
    kb = H71.FOOT - round(C.H * 0.36)
    for seed in range(4):
        _comp, found = found_on(H71.new_group, seed)
        assert len(found) >= 8 and sized(found, 18.3, 30), found
        assert all((b[1] + b[3]) / 2 < kb for b, _z in found), found


def test_an_app_shrunk_for_the_switcher_or_a_screenshot_keeps_its_face() -> None:
    """``shrunk`` scales a picture and its faces' boxes alike; an app card shrunk to 0.5-0.7 with a
    face is that much of the screen and counts one 18-32 px face in its header (two, the second far
    down, with ``second``); one without counts none; the recent apps' screens count one face or
    two; a shared screenshot counts one or two
    18-30 px faces."""
    img, faces = H71.shrunk((np.zeros((100, 200, 3), np.uint8), [(10.0, 20.0, 50.0, 60.0)]), 0.5)
    assert img.shape == (50, 100, 3) and faces == [(5.0, 10.0, 25.0, 30.0)]
    for seed in range(6):
        k = 0.5 + seed * 0.04
        s = heldout_sets.H2.Screen.new(random.Random(seed), "s", "h71-part", "light")
        cast = heldout_sets.marked_cast(H71, seed)
        piece, faces = H71.app_card(cast, random.Random(seed), s, k, True, seed % 2 == 1)
        assert piece.shape[1] == round(H71.WIDTH * k) and len(faces) == 1 + seed % 2, faces
        assert all(17.5 <= max(c - a, d - b) <= 33 for a, b, c, d in faces), faces
        assert not H71.app_card(cast, random.Random(seed), s, k, False, False)[1]
    for seed in range(8):
        _comp, found = found_on(H71.recents, seed)
        assert 1 <= len(found) <= 2 and sized(found, 17.5, 33), found
        _comp, found = found_on(H71.shared_screenshot, seed)
        assert 1 <= len(found) <= 2 and sized(found, 17.5, 31), found


def test_a_calls_window_dragged_past_the_side_keeps_its_face() -> None:
    """A picture-in-picture call cast with the marked face counts one face or two, the window's
    20-56 px; on some the window is dragged past the screen's right side (its face centred under
    110 px from it, which a window in place never is), its face still counted inside the screen."""
    dragged = 0
    for seed in range(16):
        _comp, found = found_on(H71.pip_call, seed)
        assert 1 <= len(found) <= 2 and sized(found, 18.3, 60), found
        big = max(found, key=lambda f: f[1])
        assert big[1] >= 18.3 and inside([big], 0, C.STATUS_H, C.W - 8, H71.FOOT), found
        dragged += (big[0][0] + big[0][2]) / 2 > H71.WIDTH - 110  # a window in place centres it further in
    assert 1 <= dragged < 16, dragged


def test_a_face_free_casts_layouts_count_nothing() -> None:
    """Every layout cast with dark things (heldout_sets' ``check_face_free``) marks its screen
    face-free, counts none and fits the capture; so do the layers drawn alone (an app card, a
    participant's row, a contact's row, a chip)."""
    parts = [
        (H71.participant_row, (500,)), (H71.contact_row, (500,)), (H71.member_chip, (100, 500)),
        (H71.chat_row, (500, True)),
    ]  # fmt: skip
    heldout_sets.check_parts_face_free(part, parts)
    heldout_sets.check_face_free(H71, H71.LAYOUTS, heldout_sets.DARK, 3)


@heldout_sets.default_seed_only(H71)
def test_the_docstring_states_what_a_round_draws(one_round: list[C.Composite]) -> None:
    """The docstring's ``reps=1`` figures are the round's: 107 faces on 20 screens (100 under 32 px,
    7 of 32-63, none of 64 or more; 107 under 40) and 23 face-free screens; its 4-rep table lists
    the ten layouts with their screens and adds up to its totals; the round has light and dark
    pages and screens marked h71- and h71-noface- for the ten layouts. (Round one has no face of
    64 px or more, so heldout_sets' ``check_drawn_round``, which wants every size in one round, is
    not used.)"""
    heldout_sets.check_pages_and_kinds(one_round, "h71", 20, 23)
    heldout_sets.check_doc_table(H71)
    heldout_sets.check_doc_round(H71, one_round, 107, [100, 7, 0, 0], 107)
