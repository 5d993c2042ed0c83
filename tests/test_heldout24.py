"""The twenty-fourth blind held-out generator (bench/heldout24.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels and keeps at least half of the face;
that faces under 18 px are drawn and not counted; that a face under a vital sign's chip counts while
half of it shows and a milestone sticker takes the pixels it covers; that the family map's faces
lie in face pins and place pins never count; that race lanes' faces ride their lanes in order of
progress; that the doctor, the self view, the instructor, the ID photos and the leaderboard's rows
are counted; that a turned print keeps its faces inside it; that the drawn things are
reproducible; and that the whole set is reproducible from its seed, draws every layout, every size
of face and both light and dark pages, matches the counts its docstring gives, and leaves out the
tuning people.
"""

from __future__ import annotations

import functools
import itertools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H24 = heldout_sets.bench("heldout24")

marked_cast = functools.partial(heldout_sets.marked_cast, H24)  # the marked face, white on black


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set."""
    return list(H24.generate(*people_and_things, reps=1))


def spy(monkeypatch: pytest.MonkeyPatch, module: object, name: str, calls: list) -> None:
    """Record every call of ``module.<name>`` (its arguments) while it still draws."""
    fn = getattr(module, name)

    def wrapper(*args: object, **kw: object) -> object:
        calls.append(args)
        return fn(*args, **kw)

    monkeypatch.setattr(module, name, wrapper)


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H24, 2, 13)
    assert set(H24.ONCE) == {H24.telehealth_visit, H24.health_record}
    assert H24.HELDOUT24_SEED == 24242


@pytest.mark.parametrize("layout", H24.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H24.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H24, layout, *people_and_things, 241, "h24")


@pytest.mark.parametrize("layout", H24.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H24.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (nothing in this
    set darkens a face: glows and geofences are drawn before the faces over them)."""
    heldout_sets.check_marked_boxes(H24, layout)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: the run's group photos, the class photo's back rows and the
    journal's snapshots carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H24, (H24.run_club, H24.school_app, H24.baby_journal), people_and_things
    )


def test_a_face_under_a_vital_signs_chip_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A vital sign's chip (44 px high, wider than the face) raised step by step over a face from
    below, as over the doctor's chin: the face counts while more than half of its box shows and not
    once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        top = round(box[3]) - 4 * k
        H24.vital_chip(s.img, round(box[0]) - 40, top, "SpO2 100%  120 bpm", H24.RED)
        hidden = max(0.0, min(top + 44, box[3]) - max(top, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H24, people_and_things[1], cover)


def test_a_milestone_sticker_takes_the_pixels_it_covers() -> None:
    """A month sticker over the upper left corner of a 120 px marked face leaves it counted (most of
    it shows) and its middle pixel is the sticker's, not the face's white; one over the face's
    middle, wider than the face, leaves under half of it and it is not counted."""
    for seed in range(3):
        counted = []
        for r, at in ((34, 10), (80, 60)):
            s = H2.Screen.new(random.Random(seed), "s", "h24-test", "light")
            marked_cast(seed).avatar(s, 300, 500, 120.0, 150, "square")
            ((x1, y1, _x2, _y2),) = s.comp.faces
            c = (round(x1) + at, round(y1) + at)
            white = tuple(s.img[round(y1) + 60, round(x1) + 60])
            H24.month_sticker(s.img, c, r, "3 mo", H24.PASTELS[seed])
            assert tuple(s.img[c[1], c[0]]) != white, (seed, r)
            counted.append(len(s.finish().faces))
        assert counted == [1, 0], (seed, counted)


def test_family_map_faces_lie_in_face_pins_and_place_pins_never_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the family locator's map every counted face lies in a face pin's disc (heldout23's pins),
    at most one a pin; place pins (drawn under them, with glyphs) and geofences hold none."""
    face_pins: list[tuple] = []
    place_pins: list[tuple] = []
    sheets: list[int] = []
    spy(monkeypatch, H24.H23, "map_pin", face_pins)
    spy(monkeypatch, H24, "map_pin", place_pins)
    sheet = H24.H5.sheet

    def sheet_spy(img: np.ndarray, top: int, colour: tuple, r: int = 40) -> None:
        sheets.append(top)
        sheet(img, top, colour, r)

    monkeypatch.setattr(H24.H5, "sheet", sheet_spy)
    seen = 0
    for seed in range(4):
        for calls in (face_pins, place_pins, sheets):
            calls.clear()
        comp = H24.family_map(marked_cast(seed), random.Random(seed), "m")
        assert len(place_pins) >= 2 and face_pins and len(sheets) == 1, seed
        discs = [((tip[0], tip[1] - round(r * 1.6)), r) for _img, tip, r, _colour in face_pins]
        on_map = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in comp.faces if b[3] <= sheets[0]]
        for mx, my in on_map:
            assert any(abs(mx - c[0]) < r and abs(my - c[1]) < r for c, r in discs), (seed, mx, my)
        for c, r in discs:
            assert sum(abs(mx - c[0]) < r and abs(my - c[1]) < r for mx, my in on_map) <= 1, (seed, c)
        seen += len(on_map)
    assert seen >= 8, seen


def test_race_lanes_faces_ride_their_lanes_in_order_of_progress() -> None:
    """Every lane of a club challenge counts its member's face once, on the lane's row, and the
    lanes (sorted by progress) put their faces no further right the lower they are."""
    for seed in range(4):
        n = 4 + seed
        s = H2.Screen.new(random.Random(seed), "s", "h24-test", ("light", "dark")[seed % 2])
        height = H24.lanes(marked_cast(seed), random.Random(seed), s, 600, n)
        comp = s.finish()
        assert len(comp.faces) == n and height > n * 40, (seed, comp.faces)
        centres = sorted(((b[1] + b[3]) / 2, (b[0] + b[2]) / 2) for b in comp.faces)
        rows = [cy for cy, _cx in centres]
        assert all(b - a > 30 for a, b in itertools.pairwise(rows)), (seed, rows)
        xs = [cx for _cy, cx in centres]
        assert all(b <= a + 1 for a, b in itertools.pairwise(xs)), (seed, xs)


def test_the_doctor_and_the_self_view_are_counted() -> None:
    """A telehealth visit counts the doctor's video face (90-380 px, under vital chips only at its
    foot) and the patient's self view (40-110 px)."""
    for seed in range(4):
        comp = H24.telehealth_visit(marked_cast(seed), random.Random(seed), "t")
        video = [size for b, size in zip(comp.faces, comp.sizes, strict=True) if b[1] < C.STATUS_H + 1050]
        assert any(89.5 <= size <= 380.5 for size in video), (seed, video)
        assert any(39.5 <= size <= 110.5 for size in video), (seed, video)


def test_the_instructor_on_the_course_hero_is_counted() -> None:
    """The course's hero counts the instructor cut out beside the title (70-260 px), the preview
    pill over the chest leaving the face."""
    for seed in range(4):
        comp = H24.course_page(marked_cast(seed), random.Random(seed), "c")
        hero = [size for b, size in zip(comp.faces, comp.sizes, strict=True) if b[3] <= C.STATUS_H + 700]
        assert any(69.5 <= size <= 260.5 for size in hero), (seed, hero)


def test_the_id_photos_of_the_health_record_are_counted() -> None:
    """The record's profile photo (70-150 px, a verified tick over its corner) and the insurance
    card's photo of the holder (36-60 px) are both counted."""
    for seed in range(4):
        comp = H24.health_record(marked_cast(seed), random.Random(seed), "r")
        assert any(69.5 <= size <= 150.5 for size in comp.sizes), (seed, comp.sizes)
        assert any(35.5 <= size <= 60.5 for size in comp.sizes), (seed, comp.sizes)


def test_the_leaderboard_counts_small_faces_on_its_rows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A class's leaderboard counts at least six faces of 18-31 px on its rows (the set's weight on
    small faces; initials and high fives take some rows' faces)."""
    for seed in range(3):
        cast = H24.Cast(*people_and_things, random.Random(seed))
        comp = H24.class_board(cast, random.Random(seed), "b")
        rows = [size for b, size in zip(comp.faces, comp.sizes, strict=True) if b[1] > C.STATUS_H + 700]
        assert sum(18 <= size < 31 for size in rows) >= 6, (seed, rows)


def test_a_turned_print_keeps_its_faces_inside_it() -> None:
    """``polaroid`` turns a print with its faces: every box lies where the print does, on the
    marked face's white, and most prints of people (a few are of a thing) count faces."""
    with_faces = 0
    for seed in range(6):
        cast = marked_cast(seed)
        out, faces, where = H24.polaroid(cast, 300, 60, 100, (-7, -3, 3, 7, -5, 5)[seed])
        with_faces += bool(faces)
        for x1, y1, x2, y2 in faces:
            cx, cy = round((x1 + x2) / 2), round((y1 + y2) / 2)
            assert where[cy, cx] > 0 and out[cy, cx].mean() > 120, (seed, faces)
    assert with_faces >= 4, with_faces


@pytest.mark.parametrize("render", H24.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H24.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H24.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H24, "h24")


def test_face_free_lookalikes_count_nothing(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """The face-free lookalikes drawn again each round (a map with pins, a grid of children's work,
    lessons' thumbnails) count no face over more seeds."""
    for seed in (5, 9):
        heldout_sets.check_face_free(
            H24, (H24.family_map, H24.school_app, H24.course_page), people_and_things[1], seed
        )


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H24, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    """``check_round`` on the round this module draws once (``one_round``: the set's own generator
    at its seed)."""
    heldout_sets.check_drawn_round(one_round, "h24")


def test_a_round_matches_the_counts_in_the_docstring(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 351
    faces (236, 84, 23 and 8 by size bucket, 279 under 40 px) and 13 face-free screens; over 60 %
    of the faces under 32 px."""
    sizes = [size for c in one_round for size in c.sizes]
    buckets = [sum(lo <= s < hi for s in sizes) for lo, hi in ((0, 32), (32, 64), (64, 128), (128, 1e9))]
    counts = (sum(bool(c.faces) for c in one_round), len(sizes), buckets, sum(s < 40 for s in sizes))
    assert counts == (18, 351, [236, 84, 23, 8], 279), counts
    assert sum(not c.faces for c in one_round) == 13
    assert "351 faces: 236, 84, 23 and 8 by size, 279 under 40 px; 13" in " ".join(H24.__doc__.split())
    assert buckets[0] > 0.6 * len(sizes)


def test_a_round_has_light_and_dark_pages_and_screens_of_every_layout(one_round: list[C.Composite]) -> None:
    """The round's pages (the pixel under the status bar) include light and dark themes, and the
    screens of people and the face-free ones are marked as the layouts' (h24- and h24-noface-)."""
    pages = [float(c.image[C.STATUS_H + 2, 2].mean()) for c in one_round]
    assert min(pages) < 100 and max(pages) > 180, pages
    people = [c.kind for c in one_round if "-noface-" not in c.kind]
    free = [c.kind for c in one_round if "-noface-" in c.kind]
    assert len(people) == 18 and len(free) == 13
    assert all(k.startswith("h24-") for k in people + free)
    assert len(set(people)) == 10 and len({k.replace("-noface-", "-") for k in free}) == 10
