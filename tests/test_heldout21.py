"""The twenty-first blind held-out generator (bench/heldout21.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face;
that faces under 18 px are drawn and not counted; that the game lobby's 3D-rendered characters are
never counted while the players' real photos under them are (and have no eyes on face-free
screens); that faces under the see-through lyric lines and in the now-playing screen's blurred,
washed backdrop are counted; that a card flipped in perspective keeps its face's box on the warped
face; that the drawn things are reproducible; and that the whole set is reproducible, draws every
layout and every size of face, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H21 = heldout_sets.bench("heldout21")

marked_cast = functools.partial(heldout_sets.marked_cast, H21)  # the marked face, white on black
# layouts whose faces may sit under a darkening (the now-playing backdrop, fades, dark bands): the
# marked face there is not white, so only the box's size and place are checked
DARKENED = {"now_playing", "artist_page", "tv_home"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), drawn once for the tests that read a round."""
    return list(H21.generate(*people_and_things, reps=1))


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H21, 2, 13)
    assert set(H21.ONCE) == {H21.now_playing, H21.karaoke}


@pytest.mark.parametrize("layout", H21.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H21.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H21, layout, *people_and_things, 211, "h21")


@pytest.mark.parametrize("layout", H21.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H21.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H21, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the set's covers and photo strips carry faces under 18 px
    (bands and crowds shrunk onto a cover), and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H21,
        (H21.artist_page, H21.podcasts, H21.ticket_wallet, H21.artist_page),
        people_and_things,
    )


def lobby(monkeypatch: pytest.MonkeyPatch, cast: H21.Cast, seed: int) -> tuple[C.Composite, list[tuple]]:
    """The game lobby with its 3D-rendered characters recorded: (cx, foot, height, eyes) each."""
    drawn: list[tuple] = []
    render = H21.rendered_avatar

    def spy(img: np.ndarray, rng: random.Random, cx: int, foot: int, hgt: int, eyes: bool) -> None:
        drawn.append((cx, foot, hgt, eyes))
        render(img, rng, cx, foot, hgt, eyes)

    monkeypatch.setattr(H21, "rendered_avatar", spy)
    return H21.game_lobby(cast, random.Random(seed), "l"), drawn


def test_the_lobbys_rendered_characters_are_not_counted_and_the_players_photos_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No counted box touches a drawn character's body (cartoon faces included); under every
    character of the squad, the player's photo on the nameplate is counted."""
    eyes = 0
    for seed in range(4):
        comp, drawn = lobby(monkeypatch, marked_cast(seed), seed)
        squad, _battle_pass = drawn[:-1], drawn[-1]
        assert 3 <= len(squad) <= 4
        for cx, foot, hgt, has_eyes in drawn:
            eyes += has_eyes
            body = (cx - hgt * 0.3, foot - hgt, cx + hgt * 0.3, foot)
            for x1, y1, x2, y2 in comp.faces:
                assert x2 <= body[0] or x1 >= body[2] or y2 <= body[1] or y1 >= body[3], (seed, cx)
        for cx, foot, _hgt, _eyes in squad:
            plate = [
                b for b in comp.faces if abs((b[0] + b[2]) / 2 - cx) < 135 and foot + 40 < b[1] < foot + 140
            ]
            assert len(plate) == 1, (seed, cx, plate)
    assert eyes, "no rendered character had a cartoon face"


def test_face_free_lobby_characters_wear_visors(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    for seed in range(3):
        comp, drawn = lobby(monkeypatch, H21.Cast([], people_and_things[1], random.Random(seed)), seed)
        assert drawn and not any(has_eyes for *_rest, has_eyes in drawn)
        assert not comp.faces


def test_faces_under_see_through_lyric_lines_are_counted() -> None:
    """A 200 px marked face with two lyric lines blended over its middle: it stays counted, whole,
    and its pixels under the lines are mixed (neither the face's white nor the type's dark)."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h21-test", "dark")
        marked_cast(seed).avatar(s, 300, 500, 200.0, 240, "square")
        rects = H21.translucent_lines(
            s, random.Random(seed), 150, 540, 700, 1.6, 2, ((60, 60, 230), (30, 30, 30)), 0.7
        )
        comp = s.finish()
        assert len(comp.faces) == 1 and comp.sizes[0] == pytest.approx(200, abs=1)
        x1, y1, x2, y2 = (round(v) for v in comp.faces[0])
        assert (x2 - x1) * (y2 - y1) >= 0.95 * 200 * 200
        grey = comp.image.astype(np.float32).mean(axis=2)
        mixed = 0
        for a, b, c, d in rects:
            part = grey[max(b, y1) : min(d, y2), max(a, x1) : min(c, x2)]
            mixed += int(((part > 70) & (part < 200)).sum())
        assert mixed > 200, (seed, mixed)


def test_the_now_playing_backdrops_blurred_faces_are_counted() -> None:
    """A 600 px cover with a 100 px marked face blown up to fill the screen, blurred and washed: the
    face is counted at its blown-up size, and nothing in its box is the face's sharp white."""
    for seed in range(3):
        cast = marked_cast(seed)
        piece, faces = H21.offscreen(600, 600, lambda sc, cast=cast: cast.photo(sc, 0, 0, 600, 600, 100.0))
        assert len(faces) == 1
        s = H2.Screen.new(random.Random(seed), "s", "h21-test", "dark")
        H21.washed_backdrop(cast, random.Random(seed), s, piece, faces)
        comp = s.finish()
        assert len(comp.faces) == 1 and comp.sizes[0] > 300, comp.sizes
        x1, y1, x2, y2 = (round(v) for v in comp.faces[0])
        assert comp.image[y1:y2, x1:x2].max() < 235


def test_a_card_flipped_in_perspective_keeps_its_faces_box_on_the_warped_face() -> None:
    img = np.full((400, 300, 3), 10, np.uint8)
    img[100:200, 100:200] = 250
    for left in (False, True):
        out, boxes, where = H21.flipped(img, [(100.0, 100.0, 200.0, 200.0)], 0.35, left)
        assert out.shape[1] < 300 and out.shape[0] == 400 and where.shape == out.shape[:2]
        ((x1, y1, x2, y2),) = boxes
        assert x2 - x1 < 100 and y2 - y1 <= 100 and x1 >= 0 and x2 <= out.shape[1]
        box = out[round(y1) : round(y2), round(x1) : round(x2)].mean(axis=2)
        assert (box > 120).mean() > 0.8, (left, (box > 120).mean())
        assert (out.mean(axis=2) > 120).sum() <= (box > 120).sum() * 1.05


@pytest.mark.parametrize("render", H21.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H21.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H21.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H21, "h21")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H21, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    heldout_sets.check_drawn_round(one_round, "h21")
