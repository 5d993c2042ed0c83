"""The eleventh blind held-out generator (bench/heldout11.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that faces inside a photo staged off the screen (cut-out people in rows), then pasted as drawn,
scaled into a tile, filtered and turned askew, or redrawn as a grey print after pasting, keep boxes
that lie on the face's pixels; that the background crops of the held-out photos keep clear of every
face box; that the drawn things are reproducible; and that the whole set is reproducible.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C, marked_face

H11 = heldout_sets.bench("heldout11")
H10 = heldout_sets.bench("heldout10")


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H11, 2, 13)


@pytest.mark.parametrize("layout", H11.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H11.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H11, layout, *people_and_things, 111, "h11")


def test_faces_inside_staged_photos_keep_their_boxes_scaled_filtered_turned_and_reprinted() -> None:
    """People cut out of a photo and stood in rows off the screen, the picture then pasted as drawn,
    scaled into a smaller tile, turned askew under a sepia filter, and one of them redrawn as a grey
    print after pasting: every counted box lies on the white face, the scaled copy counts fewer faces
    (some fall under 18 px), and no face the rows hide under half of is counted."""
    dark = [C.Photo("dark", np.full((80, 80, 3), 10, np.uint8), [])]
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h11-test", "dark")
        cast = H11.Cast([marked_face()], dark, random.Random(seed), drawn=0.0)
        piece, faces = H11.gathering(cast, 700, 320, 22, 40, 3, 4)
        assert len(faces) >= 6
        H11.paste_photo(cast, s, piece, faces, 40, 300)
        H10.redrawn(s, (0, 300, 760, 620), H10.printed(random.Random(seed)))
        n = len(s.comp.faces)
        H11.paste_photo(cast, s, *H11.resized(piece, faces, 350, 160), 40, 700)
        scaled = len(s.comp.faces) - n
        out, boxes, where = H11.turned(H11.filtered(piece, "sepia"), faces, 7.0)
        H11.paste_photo(cast, s, out, boxes, 40, 1000, where)
        comp = s.finish()
        assert 0 < scaled < len(faces) and len(comp.faces) >= len(faces) + scaled
        light = comp.image.astype(np.float32).mean(axis=2) > 150
        for box in comp.faces:
            x1, y1, x2, y2 = (round(v) for v in box)
            assert light[y1:y2, x1:x2].mean() > 0.6, (seed, box)


def test_a_face_hidden_behind_a_front_row_is_not_counted_past_half() -> None:
    """Two people one behind the other, the front one's head slid down over the face behind: the face
    behind counts while half of its box shows and not once under half does."""
    outcomes = []
    other = marked_face()
    other.image[other.image > 100] = 160  # the one in front: a grey face, told apart from the white
    for k in range(16):
        back, front = H11.Cast([marked_face()], [], random.Random(k)), H11.Cast([other], [], random.Random(k))

        def draw(sc: H2.Screen, k: int = k, back: H11.Cast = back, front: H11.Cast = front) -> None:
            H11.figure(back, sc, 200, 100, 60, (0, 0, 400, 400))
            H11.figure(front, sc, 200, 100 + 110 - 7 * k, 60, (0, 0, 400, 400))

        _piece, faces = H11.offscreen(400, 400, draw)
        behind = [f for f in faces if f[1] < 72]  # the front face's top is at 70 + its shift
        shift = 110 - 7 * k  # the front face's top edge is 0.9 of a face above its centre
        share = min(1.0, max(0.0, (shift - 0.9 * 60 + 30) / 60))
        if share < 0.25:
            assert not behind, (k, behind)
        elif share > 0.8:
            assert behind, k
        outcomes.append(bool(behind))
    assert any(outcomes) and not all(outcomes)


def test_background_fillers_keep_clear_of_every_face() -> None:
    """The crops of the held-out photos' backgrounds come only from photos with no unannotated
    person, are those photos' pixels, and stay 30 % of a face box's side away from every face box."""
    photos = C.load_photos(split="heldout")
    by_name = {p.name: p for p in photos}
    fillers = H11.backdrops(photos)
    assert len(fillers) >= 4 and not any(f.faces for f in fillers)
    for f in fillers:
        name, rect = f.name.split("#")
        x1, y1, x2, y2 = (int(v) for v in rect.split(","))
        assert name in H11.BACKDROP_PHOTOS and name not in H2.SAME_PEOPLE_AS_TUNING
        assert np.array_equal(by_name[name].image[y1:y2, x1:x2], f.image)
        assert min(x2 - x1, y2 - y1) >= 48
        for a, b, c, d in by_name[name].faces:
            g = 0.3 * max(c - a, d - b)
            assert x2 + g <= a or c <= x1 - g or y2 + g <= b or d <= y1 - g, (f.name, (a, b, c, d))
    assert not H11.backdrop_rects(by_name["dlib-examples/2008_007676.jpg"])  # people at its edges
    a, b, c, d = by_name["dlib-examples/2008_002506.jpg"].faces[0]
    assert not H11.clear_of((round(c) + 5, round(b), round(c) + 60, round(d)), [(a, b, c, d)])


def test_drawn_things_are_reproducible_at_any_size() -> None:
    for w, h in ((24, 24), (300, 180), (90, 400)):
        first = H11.render(random.Random(w), w, h)
        assert first.shape == (h, w, 3) and np.array_equal(first, H11.render(random.Random(w), w, h))
    assert len({H11.render(random.Random(k), 60, 60).tobytes() for k in range(8)}) == 8


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H11, people_and_things[1], 200)
