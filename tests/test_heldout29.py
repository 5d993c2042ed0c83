"""The twenty-ninth blind held-out generator (bench/heldout29.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face;
that faces under 18 px are drawn and not counted; that caps, helmets, beanies and sunglasses are
drawn on the face without moving or dropping its box, and a photo into the sun keeps its faces;
that someone holding a pet, a trophy angler and a climber count one face each; that a map pin and a
pet's double avatar hold the small face they promise; that animals' photos never count a face;
that the drawn things are reproducible; and that the whole set is reproducible from its seed, draws
every layout, every size of face and both light and dark pages, matches the counts its docstring
gives, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import C

H29 = heldout_sets.bench("heldout29")

marked_cast = functools.partial(heldout_sets.marked_cast, H29)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose photos may be into the sun (``backlit``) or under a cap's shade: the marked face
# there is darker than white, so only the box's size and place are checked
DARKENED: set[str] = set()


on_screen = functools.partial(heldout_sets.on_screen, "h29-test")  # a part of a layout alone on a screen


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H29.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H29, 2, 13)
    assert set(H29.ONCE) == {H29.walk_tracker, H29.catch_log}
    assert H29.HELDOUT29_SEED == 29292


@pytest.mark.parametrize("layout", H29.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H29.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H29, layout, *people_and_things, 291, "h29")


@pytest.mark.parametrize("layout", H29.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H29.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H29, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the summit group and the trail photos carry faces under 18
    px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H29, (H29.hike_event,) * 4, people_and_things
    )


@pytest.mark.parametrize("wear", ["cap", "bike_helmet", "beanie"])
def test_headwear_is_drawn_on_the_head_and_leaves_most_of_the_box_the_faces(wear: str) -> None:
    """A cap, a helmet or a beanie drawn over a box changes pixels above it and in its top part,
    but leaves its lower half (the eyes down to the chin) as it was."""
    img = np.full((300, 300, 3), 200, np.uint8)
    box = (100.0, 120.0, 200.0, 240.0)
    fn = getattr(H29, wear)
    if wear == "cap":
        fn(img, box, (40, 40, 200), True)
    else:
        fn(img, box, (40, 40, 200))
    assert (img[40:120, 100:200] != 200).any(), "nothing over the head"
    lower = img[190:240, 125:175]
    assert (lower == 200).mean() > 0.8, wear


def test_gear_keeps_every_box_and_draws_on_some_faces() -> None:
    """``gear`` never adds, drops or moves a face (it draws on the photo, not on the annotation) and
    at share 1 changes the pixels round every face."""
    for seed in range(6):
        img = np.full((400, 400, 3), 180, np.uint8)
        faces = [(50.0, 80.0, 130.0, 180.0), (230.0, 100.0, 330.0, 220.0)]
        before = list(faces)
        H29.gear(img, faces, random.Random(seed), 1.0, hunting=seed % 2 == 0)
        assert faces == before
        for x1, y1, x2, y2 in faces:
            pad = 40
            part = img[max(0, round(y1) - pad) : round(y2), round(x1) : round(x2)]
            assert (part != 180).any(), seed
    img = np.full((200, 200, 3), 180, np.uint8)
    H29.gear(img, [(50.0, 50.0, 150.0, 150.0)], random.Random(1), 0.0)
    assert (img == 180).all(), "share 0 drew something"


def test_a_photo_into_the_sun_is_darker_with_a_glare_and_the_same_size() -> None:
    """``backlit`` keeps the photo's size, darkens it (to no less than about half) and leaves one
    corner of the sky brighter than the foot."""
    piece = np.full((200, 300, 3), 200, np.uint8)
    for seed in range(4):
        out = H29.backlit(piece, random.Random(seed))
        assert out.shape == piece.shape
        assert 100 <= out[150:, 100:200].mean() < 200, seed
        corner = max(out[:20, :20].mean(), out[:20, -20:].mean())
        assert corner > out[180:, 140:160].mean(), seed


def test_someone_holding_a_pet_counts_one_face_above_the_animal() -> None:
    """``with_pet`` counts the one face (``fp`` px) in the photo's upper half, on the white of the
    marked face, with the animal pasted under it."""
    for seed in range(6):
        piece, faces = H29.with_pet(marked_cast(seed), random.Random(seed), 300, 400, 80.0, 0.0)
        assert piece.shape == (400, 300, 3) and len(faces) == 1, (seed, faces)
        x1, y1, x2, y2 = faces[0]
        assert 60 <= max(x2 - x1, y2 - y1) <= 130 and (y1 + y2) / 2 < 200, (seed, faces)
        assert piece[round(y1) + 10 : round(y2) - 10, round(x1) + 10 : round(x2) - 10].mean() > 150


def test_a_trophy_photo_counts_the_angler_and_not_the_fish() -> None:
    """``trophy`` counts the angler's one face (about ``fp`` px) above the fish; the fish, drawn
    with no eye, is never a face."""
    for seed in range(4):
        _piece, faces = H29.trophy(marked_cast(seed), random.Random(seed), 600, 700, 150.0, seed % 2 == 0)
        assert len(faces) == 1, (seed, faces)
        x1, y1, x2, y2 = faces[0]
        assert 110 <= max(x2 - x1, y2 - y1) <= 200 and y2 < 450, (seed, faces)


def test_a_climber_on_the_crag_counts_one_face_under_a_helmet() -> None:
    """``climbing_wall`` counts one climber's face of 22-70 px (a little more with the box's
    height) inside the photo."""
    for seed in range(6):
        piece, faces = H29.climbing_wall(marked_cast(seed), random.Random(seed), 900, 500)
        assert len(faces) == 1 and piece.shape == (500, 900, 3), (seed, faces)
        x1, y1, x2, y2 = faces[0]
        assert 20 <= max(x2 - x1, y2 - y1) <= 95 and y1 >= 0 and y2 <= 500, (seed, faces)


def test_people_far_away_are_small_and_mostly_under_the_top(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """``far_away`` draws hikers no larger than ``hi`` px (a tenth over, for the box's height), some
    of them under 18 px."""
    sizes: list[float] = []
    for seed in range(4):
        cast = H29.Cast(*people_and_things, random.Random(seed))
        piece, faces = H29.far_away(cast, random.Random(seed), 800, 400, 30.0)
        assert piece.shape == (400, 800, 3)
        sizes += [max(c - a, d - b) for a, b, c, d in faces]
    assert sizes and max(sizes) <= 30 * 1.45, sizes
    assert min(sizes) < 30


def test_a_map_pin_holds_a_small_face_above_its_point() -> None:
    """``face_pin`` counts one 20-30 px face in the pin's head, wholly above the point."""
    seen = 0
    for seed in range(6):
        comp, _ = on_screen(H29.face_pin, marked_cast(seed), seed, (500, 800), 20.0, 30.0, (200, 80, 40))
        assert len(comp.faces) <= 1
        for (x1, _y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 18 <= size <= 31 and y2 < 800 and x1 > 440 and x2 < 560, (seed, comp.faces)
        seen += len(comp.faces)
    assert seen >= 4, seen


def test_a_pets_double_avatar_counts_only_the_owners_small_face() -> None:
    """``pet_and_owner`` counts the owner's 18-26 px face over the lower right of the pet's photo;
    the pet's photo counts nothing."""
    for seed in range(6):
        comp, _ = on_screen(
            H29.pet_and_owner, marked_cast(seed), seed, 300, 600, 150, 18.3, 26.0, (255, 255, 255)
        )
        assert len(comp.faces) == 1, (seed, comp.faces)
        (x1, y1, x2, y2), size = comp.faces[0], comp.sizes[0]
        assert 18 <= size <= 27 and x1 > 380 and y1 > 680 and x2 <= 490 and y2 <= 790, (seed, comp.faces)


def test_animals_photos_count_no_face(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """``pet_piece`` is a face-free picture of the size asked for, the cat or the horse on most."""
    free = people_and_things[1]
    assert any(p.name.endswith(H29.PETS) for p in free)
    cast = H29.Cast(people_and_things[0], free, random.Random(3))
    shapes = {H29.pet_piece(cast, 120, 90).shape for _ in range(20)}
    assert shapes == {(90, 120, 3)}


def test_a_fish_is_drawn_where_it_is_held() -> None:
    """``fish`` draws round its centre within its length and nowhere far from it."""
    img = np.zeros((300, 600, 3), np.uint8)
    H29.fish(img, (300, 150), 300, 0.0, (90, 140, 120))
    ys, xs = np.nonzero(img.max(axis=2))
    assert xs.min() >= 300 - 160 and xs.max() <= 300 + 200 and ys.min() >= 60 and ys.max() <= 240


@pytest.mark.parametrize("render", H29.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H29.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H29.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H29, "h29")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (animals' photos, pets' round photos, pins
    and cards) count no face over more seeds."""
    assert H29.FREE_LAYOUTS[10:] == (H29.pet_adoption, H29.bird_sightings, H29.sitter_market)
    for seed in (5, 9):
        heldout_sets.check_face_free(H29, H29.FREE_LAYOUTS[10:], people_and_things[1], seed)


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H29, people_and_things[1], 180, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h29")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 238
    faces (179, 40, 15 and 4 by size bucket, 197 under 40 px) and 13 face-free screens; over 60 %
    of the faces under 32 px."""
    heldout_sets.check_doc_round(H29, one_round, 238, [179, 40, 15, 4], 197)


def test_the_docstrings_table_adds_up_to_its_totals() -> None:
    """The docstring's table of faces by layout at 4 reps names every layout once, gives each its
    screens (8, or 4 for the two drawn once a round), and its rows add up to the totals it states
    (the totals themselves are the generator's, checked at one round above)."""
    heldout_sets.check_doc_table(H29)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages include light and dark themes, and the screens of people and the
    face-free ones are marked as the layouts' (h29- and h29-noface-)."""
    heldout_sets.check_pages_and_kinds(one_round, "h29")
