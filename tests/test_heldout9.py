"""The ninth blind held-out generator (bench/heldout9.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with pets,
objects and initials; that a card dragged across a project board over an avatar leaves that face
counted exactly while half of the face's box still shows; that a security camera's low light
(grey, or green night vision, softened) keeps its faces with the same boxes; and that the whole
set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H9 = heldout_sets.bench("heldout9")


def test_every_layout_is_drawn_both_with_people_and_without() -> None:
    assert set(H9.FREE_LAYOUTS) == set(H9.FACE_LAYOUTS) == set(H9.LAYOUTS)
    assert len(H9.LAYOUTS) == 10 and len(H9.FACE_LAYOUTS) == 18


@pytest.mark.parametrize("layout", H9.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_draws_people_reproducibly_in_the_capture_and_no_face_with_things(
    layout: H9.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    photos, free = people_and_things
    kind = heldout_sets.check_screen(H9, layout, photos, free, 91).kind
    heldout_sets.check_face_free(H9, [layout], free, 97)
    assert kind.startswith("h9-") and "-noface-" not in kind


def test_a_dragged_card_over_an_avatar_leaves_its_face_counted_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A card dragged across the board, its left edge slid from the right of an avatar's face box to
    its left, hides the box's right columns: the face counts exactly when at least half of its box
    still shows."""
    plain, outcomes = heldout_sets.plain_face(), []
    for k in range(24):
        s = H2.Screen.new(random.Random(k), "s", "h9-test", "light")
        cast = H9.Cast([plain], people_and_things[1], random.Random(k))
        cast.avatar(s, 200, 400, 60.0, 100, "square")
        x1, _y1, x2, _y2 = s.comp.faces[0]
        left = round(x2 - k * (x2 - x1) / 23)
        H2.fill(s.img, H2.rounded_rect(220, 600, 16), left, 300, (250, 250, 250))
        shown = max(0, left - round(x1)) / (round(x2) - round(x1))
        outcomes.append(heldout_sets.counted_by_half(s, shown, k))
    assert any(outcomes) and not all(outcomes), "the card never (or always) hid half a face"


def test_a_camera_tile_in_low_light_keeps_its_faces(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A camera tile turned grey and dim (or to green night vision) and softened after its faces
    are pasted: they stay counted with the same boxes, though the tile's pixels all changed."""
    for seed in range(4):
        s = H2.Screen.new(random.Random(seed), "s", "h9-test", "dark")
        H9.Cast(*people_and_things, random.Random(seed)).photo(s, 16, 400, 520, 390, 36.0)
        pasted, tile = list(s.comp.faces), s.img[400:790, 16:536].copy()
        H9.low_light(s, (16, 400, 536, 790), 0, random.Random(seed))
        assert not np.array_equal(tile, s.img[400:790, 16:536])
        part = s.img[400:790, 16:536].astype(int)
        assert (abs(part[..., 0] - part[..., 2]) <= 40).mean() > 0.9  # grey or green-grey, no colour
        assert pasted and s.finish().faces == pasted


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H9, people_and_things[1], 200)
