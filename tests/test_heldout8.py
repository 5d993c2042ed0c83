"""The eighth blind held-out generator (bench/heldout8.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with pets,
objects and initials; that a notification card stacked over another's avatar leaves that face
counted exactly while half of the face's box still shows; that a blurred like keeps its faces; that
the drawn logos and cartoons beside the faces count as none; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H8 = heldout_sets.bench("heldout8")


def test_every_layout_is_drawn_both_with_people_and_without() -> None:
    assert set(H8.FREE_LAYOUTS) == set(H8.FACE_LAYOUTS)


@pytest.mark.parametrize("layout", list(dict.fromkeys(H8.FACE_LAYOUTS)))
def test_a_layout_is_reproducible_inside_the_capture_and_faceless_without_people(
    layout: H8.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    comp = heldout_sets.check_screen(H8, layout, *people_and_things, 81)
    assert comp.kind.startswith("h8-") and "noface" not in comp.kind
    heldout_sets.check_face_free(H8, [layout], people_and_things[1], 93)


def test_a_card_stacked_over_an_avatar_leaves_its_face_counted_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """The front card of a notification stack, its top edge slid from under an avatar's face box to
    above it, hides the box's lower rows: the face counts exactly when at least half of its box
    still shows."""
    plain, seen = heldout_sets.plain_face(), set()
    for k in range(24):
        s = H2.Screen.new(random.Random(k), "s", "h8-test", "dark")
        H8.Cast([plain], people_and_things[1], random.Random(k)).avatar(s, 200, 400, 60.0, 100, "square")
        box_top, box_bottom = s.comp.faces[0][1], s.comp.faces[0][3]
        top = round(box_bottom - (k / 23) * (box_bottom - box_top))
        H2.fill(s.img, H2.rounded_rect(300, 800, 26), 40, top, (60, 60, 64))
        share = max(0, top - round(box_top)) / (round(box_bottom) - round(box_top))
        seen.add(heldout_sets.counted_by_half(s, share, k))
    assert seen == {True, False}, "the card never (or always) hid half a face: the test missed the edge"


def test_a_blurred_like_keeps_its_faces(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """A locked like is blurred after its faces are pasted: they stay counted with the same boxes,
    though every pixel of the tile may have changed."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h8-test", "light")
        H8.Cast(*people_and_things, random.Random(seed)).photo(s, 24, 400, 330, 440, 80.0)
        pasted, tile = list(s.comp.faces), s.img[400:840, 24:354].copy()
        H8.softened(s, (24, 400, 354, 840), 0, 2.4)
        assert not np.array_equal(tile, s.img[400:840, 24:354])
        assert pasted and s.finish().faces == pasted


def test_logos_and_cartoons_count_no_face() -> None:
    """The face-free distractors the layouts draw beside people (company and airline logos, a kids'
    profile's critter) add no face box: only pasted photos do."""
    for seed in range(6):
        rng = random.Random(seed)
        s = H2.Screen.new(rng, "s", "h8-test", "light")
        page = s.img[C.STATUS_H + 2, 2].copy()
        H8.logo(s.img, rng, 100, 300, 90)
        H8.cartoon(s.img, rng, 300, 300, 280)
        for x, side in ((100, 90), (300, 280)):
            assert (s.img[300 : 300 + side, x : x + side] != page).any(axis=2).mean() > 0.5
        assert not s.finish().faces


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H8, people_and_things[1], 200)
