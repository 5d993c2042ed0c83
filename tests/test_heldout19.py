"""The nineteenth blind held-out generator (bench/heldout19.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that the depth effect keeps the head in front of the clock (no digit over a counted face) and
without it the digits go over the face; that the boxes of the screens drawn with the marked face
lie on its white pixels; that the island keeps the faces of the app under it and a long press's
frosted glass leaves none of them; that the drawn things are reproducible; and that the whole set is
reproducible and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H19 = heldout_sets.bench("heldout19")

marked_cast = functools.partial(heldout_sets.marked_cast, H19)  # the marked face, white on black
INK = (0, 0, 255)  # the clock's digits in pure red, seen in any pixel they tint


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H19, 2, 13)
    assert set(H19.ONCE) == {H19.dialer, H19.long_press}
    assert not set(H19.INNER) & {H19.island, H19.chat_heads, H19.long_press}


@pytest.mark.parametrize("layout", H19.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H19.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H19, layout, *people_and_things, 191, "h19")


def test_the_person_mask_holds_the_head_hair_and_shoulders_only() -> None:
    m = H19.person_mask(400, 700, (100.0, 100.0, 200.0, 200.0)) > 0
    assert m[150, 150] and m[62, 150] and m[102, 102] and m[102, 197]  # face, hair, upper corners
    assert m[690, 150] and m[690, 40]  # neck down to the shoulders at the foot
    assert not m[20, 20] and not m[120, 20] and not m[40, 380]  # beside and above the head


def reds(img: np.ndarray) -> np.ndarray:
    """Where the pure red digits tint a pixel (the marked face is grey: white or black)."""
    px = img.astype(np.int32)
    return px[:, :, 2] - np.maximum(px[:, :, 0], px[:, :, 1]) > 40


def wall(seed: int, depth: bool) -> C.Composite:
    s = H2.Screen.new(random.Random(1), "s", "h19-test", "dark")
    H19.lock_wall(marked_cast(seed), random.Random(seed), s, (0, 0, C.W - 8, C.H), 240.0, depth, INK)
    return s.finish()


def test_the_depth_effect_draws_the_clock_behind_the_head_and_without_it_over_the_face() -> None:
    """With the depth effect no digit tints a counted face (they are drawn, beside the head);
    without it the digits go over a face's top on some seed."""
    behind, over = 0, 0
    for seed in range(6):
        comp = wall(seed, True)
        red = reds(comp.image)
        assert red.sum() > 500, seed  # the clock is drawn
        for box in comp.faces:
            x1, y1, x2, y2 = (round(v) for v in box)
            assert not red[y1:y2, x1:x2].any(), (seed, box)
        behind += len(comp.faces)
        comp = wall(seed, False)
        red = reds(comp.image)
        over += any(red[round(b[1]) : round(b[3]), round(b[0]) : round(b[2])].any() for b in comp.faces)
    assert behind >= 4 and over >= 1, (behind, over)


def test_a_lock_card_is_a_lock_screen_of_the_size_asked_for_with_its_faces_inside() -> None:
    for seed in range(4):
        piece, faces = H19.lock_card(marked_cast(seed), random.Random(seed), 260, 508, 80.0, seed % 2 == 0)
        assert piece.shape == (508, 260, 3)
        for a, b, c, d in faces:
            assert 0 <= a < c <= 260 and 0 <= b < d <= 508


@pytest.mark.parametrize(
    "layout", ["lock_gallery", "island", "focus", "long_press", "dialer", "settings", "spotlight", "attach"]
)
def test_with_the_marked_face_every_box_lies_on_it(layout: str) -> None:
    fn = getattr(H19, layout)
    seen = 0
    for seed in range(2):
        comp = fn(marked_cast(seed), random.Random(seed + 5), "m")
        seen += len(comp.faces)
        heldout_sets.on_white(comp, (layout, seed), 0.5)
    assert seen, layout


def spied(monkeypatch: pytest.MonkeyPatch) -> list[list[C.BoxF]]:
    """The faces of every app drawn under another (``inner``), in screen pixels."""
    seen: list[list[C.BoxF]] = []
    inner = H19.inner

    def spy(cast: H19.Cast, rng: random.Random) -> tuple[np.ndarray, list[C.BoxF]]:
        piece, faces = inner(cast, rng)
        seen.append([(a, b + C.STATUS_H, c, d + C.STATUS_H) for a, b, c, d in faces])
        return piece, faces

    monkeypatch.setattr(H19, "inner", spy)
    return seen


def test_the_island_keeps_the_apps_faces_below_it(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    seen = spied(monkeypatch)
    kept = 0
    for seed in range(3):
        comp = H19.island(H19.Cast(*people_and_things, random.Random(seed)), random.Random(seed + 1), "i")
        for box in seen[-1]:
            if box[1] > 310 and max(box[2] - box[0], box[3] - box[1]) >= 18:
                assert box in comp.faces, (seed, box)
                kept += 1
    assert kept >= 10, kept


def test_a_long_press_counts_no_face_of_the_app_behind_its_frosted_glass(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    seen = spied(monkeypatch)
    behind = 0
    for seed in range(4):
        comp = H19.long_press(H19.Cast(*people_and_things, random.Random(seed)), random.Random(seed + 2), "l")
        behind += len(seen[-1])
        assert not set(seen[-1]) & set(comp.faces), seed
        for a, b, c, d in seen[-1]:
            for p, q, r, t in comp.faces:  # no counted box is one of the app's, moved a little
                inter = max(0.0, min(c, r) - max(a, p)) * max(0.0, min(d, t) - max(b, q))
                assert inter < 0.5 * min((c - a) * (d - b), (r - p) * (t - q)), (seed, (a, b, c, d))
    assert behind >= 10, behind


@pytest.mark.parametrize("render", H19.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H19.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H19.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H19, "h19")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    heldout_sets.check_generate(H19, people_and_things[1], 200)
