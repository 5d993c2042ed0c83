"""The twenty-second blind held-out generator (bench/heldout22.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face;
that faces under 18 px are drawn and not counted; that a cameras-off tile's initials disc is never
counted while its profile photo is; that a face under a tile's name label counts while half of it
shows; that an overlapping avatar stack counts what shows of each face (and never its "+N" disc);
that a collaborator's cursor flag takes the pixels it covers; that the webcam preview counts the
person in front of the background and the filters' shrunk faces under their wash; that a recorded
talk's presenter sits in a corner of the slide; that the org chart's faces sit in its boxes'
photos; that the drawn things are reproducible; and that the whole set is reproducible, draws every
layout and every size of face, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H22 = heldout_sets.bench("heldout22")

marked_cast = functools.partial(heldout_sets.marked_cast, H22)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), drawn once for the tests that read a round."""
    return list(H22.generate(*people_and_things, reps=1))


def overlaps(box: C.BoxF, rect: tuple[float, float, float, float]) -> bool:
    return box[0] < rect[2] and rect[0] < box[2] and box[1] < rect[3] and rect[1] < box[3]


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H22, 2, 13)
    assert set(H22.ONCE) == {H22.webcam_preview, H22.share_call}


@pytest.mark.parametrize("layout", H22.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H22.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H22, layout, *people_and_things, 221, "h22")


@pytest.mark.parametrize("layout", H22.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H22.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (washes and shadows
    here leave them light)."""
    heldout_sets.check_marked_boxes(H22, layout)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the slides shrunk into a sorter or a recording's strip, mail
    attachments' thumbnails and cards' covers carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch,
        H22,
        (H22.share_call, H22.doc_editor, H22.mail, H22.task_board, H22.doc_editor),
        people_and_things,
    )


def gallery(monkeypatch: pytest.MonkeyPatch, cast: H22.Cast, seed: int) -> tuple[C.Composite, list, list]:
    """The gallery with its initials discs (centre, radius) and self view (its rectangle) recorded."""
    discs: list[tuple[tuple[int, int], int]] = []
    views: list[tuple[int, int, int, int]] = []
    disc, view = H22.initials_disc, H22.self_view

    def disc_spy(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: tuple) -> None:
        discs.append((c, r))
        disc(img, rng, c, r, colour)

    def view_spy(cast: H22.Cast, s: H2.Screen, rng: random.Random, x: int, y: int, vw: int, vh: int) -> None:
        views.append((x - 4, y - 4, x + vw + 4, y + vh + 4))
        view(cast, s, rng, x, y, vw, vh)

    monkeypatch.setattr(H22, "initials_disc", disc_spy)
    monkeypatch.setattr(H22, "self_view", view_spy)
    return H22.gallery_call(cast, random.Random(seed), "g"), discs, views


def test_the_gallerys_initials_discs_are_never_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """No counted box touches a cameras-off tile's initials disc (but where the floating self view
    lies over it)."""
    seen = 0
    for seed in range(6):
        comp, discs, views = gallery(monkeypatch, marked_cast(seed), seed)
        for (cx, cy), r in discs:
            rect = (cx - r, cy - r, cx + r, cy + r)
            if any(overlaps(v, rect) for v in views):
                continue
            seen += 1
            assert not any(overlaps(b, rect) for b in comp.faces), (seed, cx, cy)
    assert seen >= 5, seen


def test_face_free_galleries_are_mostly_cameras_off(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    discs = 0
    for seed in range(3):
        comp, drawn, _views = gallery(
            monkeypatch, H22.Cast([], people_and_things[1], random.Random(seed)), seed
        )
        assert not comp.faces
        discs += len(drawn)
    assert discs >= 12, discs


def test_a_cameras_off_tile_counts_its_profile_photo_and_never_its_initials() -> None:
    """``camera_off`` draws an initials disc (nothing counted) or the round profile photo (its one
    face counted, in the tile's middle); both happen."""
    outcomes = set()
    for seed in range(16):
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "dark")
        disc = H22.camera_off(marked_cast(seed), s, random.Random(seed), 100, 300, 300, 220)
        comp = s.finish()
        if disc is not None:
            assert not comp.faces, seed
            outcomes.add("disc")
        else:
            ((x1, y1, x2, y2),) = comp.faces
            assert abs((x1 + x2) / 2 - 250) < 20 and abs((y1 + y2) / 2 - 410) < 20, (seed, comp.faces)
            outcomes.add("photo")
    assert outcomes == {"disc", "photo"}


def test_a_face_under_a_tiles_name_label_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """An opaque 40 px name label across a tile's lower edge, raised step by step over the face: the
    face counts while more than half of its box shows and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        bottom = round(box[3]) + 40 - k * 5
        H22.name_label(s.img, "Participant Name", round(box[0]) - 20, bottom, 40)
        hidden = max(0, min(bottom, box[3]) - max(bottom - 40, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H22, people_and_things[1], cover, "dark")


def test_an_avatar_stack_counts_what_shows_of_each_face_and_never_its_plus_disc(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """Five marked 40 px faces 70 % of their side apart and a "+N" disc: all five count, and their
    boxes hold less of the faces' white than the same five drawn apart (neighbours' dark corners
    and dark rims, and the disc, over them); five people's faces 30 % apart: only the top one
    keeps half of its face (the marked face's white over white would read as still the face's)."""

    def light(steps: float, more: int) -> tuple[list[float], int]:
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "light")
        end = H22.stack(marked_cast(seed), s, random.Random(seed), 100, 400, 5, 40, 40.5, (30, 30, 30), more,
                        (steps, steps))  # fmt: skip
        comp = s.finish()
        white = comp.image.astype(np.float32).mean(axis=2) > 200
        boxes = sorted(comp.faces)
        assert len(boxes) == 5, (seed, steps, boxes)
        if more:  # the disc is the last 41-48 px: no face's middle on it
            assert all((b[0] + b[2]) / 2 < end - 40 for b in boxes), (seed, end)
        return [float(white[round(b[1]) : round(b[3]), round(b[0]) : round(b[2])].sum()) for b in boxes], end

    for seed in range(4):
        stacked, end = light(0.7, 7)
        apart, _end = light(1.3, 0)
        assert end > 100 + 5 * 40 * 0.7
        assert sum(stacked) < 0.9 * sum(apart), (seed, stacked, apart)
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "light")
        people = H22.Cast(*people_and_things, random.Random(seed))
        H22.stack(people, s, random.Random(seed), 100, 400, 5, 40, 40.5, (30, 30, 30), 0, (0.3, 0.3))
        assert len(s.finish().faces) == 1, seed


def test_a_collaborators_cursor_flag_takes_the_pixels_it_covers() -> None:
    """A name flag across the top quarter of a 120 px marked face: the face stays counted, its box's
    rows under the flag are the flag's (not the face's white), its foot unchanged."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "light")
        marked_cast(seed).avatar(s, 300, 500, 120.0, 150, "square")
        ((x1, y1, x2, y2),) = s.comp.faces
        flag = H22.cursor(s.img, round(x1) - 10, round(y1) + 30, H22.COLLAB[seed], "Collaborator Name")
        comp = s.finish()
        assert flag[2] > x2 and len(comp.faces) == 1, (seed, flag)
        assert comp.faces[0][3] == pytest.approx(y2), (seed, comp.faces)
        part = comp.image[flag[1] : flag[3], round(x1) : round(x2)].astype(np.float32).mean(axis=2)
        assert (part > 230).mean() < 0.3, (seed, (part > 230).mean())


def test_the_webcam_preview_counts_the_person_in_front_of_the_background() -> None:
    """With people, every preview counts the person's face at 150 px or more (cut out in front of a
    replaced or blurred background, or in their room), its box on the face's white pixels."""
    for seed in range(6):
        comp = H22.webcam_preview(marked_cast(seed), random.Random(seed), "w")
        assert max(comp.sizes) >= 149, (seed, comp.sizes)
        heldout_sets.on_white(comp, seed, 0.5)


def test_a_filters_shrunk_face_is_counted_under_its_colour_wash() -> None:
    """``effect_thumb``: the person shrunk to 20-46 px in front of a background is counted, and the
    wash (15-40 %) has mixed its pixels (the face's white is no longer pure)."""
    for seed in range(4):
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "dark")
        H22.effect_thumb(marked_cast(seed), random.Random(seed), s, 100, 600, 240, 150)
        comp = s.finish()
        assert len(comp.faces) == 1 and 20 <= comp.sizes[0] < 46.5, (seed, comp.sizes)
        x1, y1, x2, y2 = (round(v) for v in comp.faces[0])
        assert comp.image[y1:y2, x1:x2].min(axis=2).max() < 245, seed


def test_a_recorded_talk_puts_the_presenters_bubble_in_a_corner_of_the_slide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The presenter's bubble lies over a corner of the slide, and its one face (70-220 px) is
    counted inside it."""
    slides: list[tuple[int, int, int, int]] = []
    bubbles: list[tuple[int, int, int]] = []
    draw, bubble = H22.slide, H22.presenter

    def slide_spy(cast: H22.Cast, rng: random.Random, s: H2.Screen, x: int, y: int, sw: int, sh: int) -> None:
        slides.append((x, y, sw, sh))
        draw(cast, rng, s, x, y, sw, sh)

    def bubble_spy(cast: H22.Cast, s: H2.Screen, rng: random.Random, x: int, y: int, sw: int,
                   sh: int) -> tuple[int, int, int]:  # fmt: skip
        bubbles.append(bubble(cast, s, rng, x, y, sw, sh))
        return bubbles[-1]

    monkeypatch.setattr(H22, "slide", slide_spy)
    monkeypatch.setattr(H22, "presenter", bubble_spy)
    talks = 0
    for seed in range(10):
        slides.clear()
        bubbles.clear()
        comp = H22.share_call(marked_cast(seed), random.Random(seed), "r")
        if not bubbles:
            continue
        talks += 1
        (bx, by, side), (x, y, sw, sh) = bubbles[0], slides[0]
        assert x <= bx and bx + side <= x + sw and y <= by and by + side <= y + sh
        assert (
            min(abs(bx - x), abs(x + sw - bx - side)) < 20 and min(abs(by - y), abs(y + sh - by - side)) < 20
        )
        inside = [
            s
            for b, s in zip(comp.faces, comp.sizes, strict=True)
            if overlaps(b, (bx, by, bx + side, by + side))
        ]
        assert len(inside) == 1 and 68 <= inside[0] <= 220.5, (seed, inside)
    assert talks >= 2, talks


def test_the_org_charts_faces_sit_in_its_boxes_photos(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every counted face in an org chart's box lies in the photo square at its left, one at most a
    box, and most boxes on the screen show one (initials in the others)."""
    nodes: list[tuple[int, int, int, int]] = []
    draw = H22.node

    def spy(cast: H22.Cast, s: H2.Screen, rng: random.Random, x: int, y: int, bw: int, bh: int,
            lo: float, hi: float) -> None:  # fmt: skip
        nodes.append((x, y, bw, bh))
        draw(cast, s, rng, x, y, bw, bh, lo, hi)

    monkeypatch.setattr(H22, "node", spy)
    whole = with_face = 0
    for seed in range(8):
        nodes.clear()
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "light")
        H22.chart(marked_cast(seed), random.Random(seed), s)
        comp = s.finish()
        for x, y, bw, bh in nodes:
            inside = [b for b in comp.faces if overlaps(b, (x, y, x + bw, y + bh))]
            assert len(inside) <= 1, (seed, x, y)
            for b in inside:
                assert b[0] >= x + 10 and b[2] <= x + bh, (seed, b, x, bh)
            if x >= 0 and x + bw <= WIDTH and y + bh < C.H - C.NAV_H - 400:
                whole += 1
                with_face += bool(inside)
    assert whole >= 20 and with_face > 0.55 * whole, (whole, with_face)


def test_the_calendars_plus_discs_are_never_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    discs: list[tuple[int, int, int]] = []
    draw = H22.plus_more

    def spy(img: np.ndarray, x: int, y: int, side: int, n: int, back: tuple, rim: tuple) -> int:
        discs.append((x, y, side))
        return draw(img, x, y, side, n, back, rim)

    monkeypatch.setattr(H22, "plus_more", spy)
    seen = 0
    for seed in range(6):
        discs.clear()
        s = H2.Screen.new(random.Random(seed), "s", "h22-test", "light")
        H22.day_view(marked_cast(seed), random.Random(seed), s)
        comp = s.finish()
        for x, y, side in discs:
            seen += 1
            for b in comp.faces:
                cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
                assert not (x <= cx <= x + side and y <= cy <= y + side), (seed, b, x, y)
    assert seen >= 4, seen


@pytest.mark.parametrize("render", H22.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H22.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H22.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H22, "h22")


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H22, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    heldout_sets.check_drawn_round(one_round, "h22")
