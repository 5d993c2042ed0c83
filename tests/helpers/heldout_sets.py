"""What the tests of the blind held-out generators (bench/heldout3.py onwards) share:
bench/ on the import path, the photos the generators cast and the checks on their screens. No
detector is involved."""

from __future__ import annotations

import functools
import importlib
import itertools
import os
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import composites as C
import heldout2 as H2

__all__ = [
    "DARK", "H2", "C", "bench", "cast_photos", "check_another_seed", "check_doc_round", "check_doc_table",
    "check_drawn_inside", "check_drawn_round", "check_face_free", "check_free_cast", "check_generate",
    "check_large_faces", "check_layout", "check_lifted_round", "check_light_and_dark",
    "check_marked_boxes", "check_pages_and_kinds", "check_parts_face_free", "check_render", "check_round",
    "check_round_as_documented", "check_rounds", "check_screen", "check_seed",
    "check_small_faces_drawn_not_counted", "counted_by_half", "covered_by_half", "cut_at_right",
    "default_seed_only", "face_and_stack", "faceless", "first_round", "grey_and_kept", "inside",
    "marked_cast", "marked_face", "no_cast", "on_screen", "on_white", "one_in", "one_size",
    "part_alone", "past_the_edge", "photo_across", "photo_card", "plain_face", "round_fixture",
    "set_parts", "sized", "split_at", "spread",
]  # fmt: skip


def bench(name: str) -> ModuleType:
    """A module of bench/ (a screen generator), imported by name once bench/ is on the path."""
    return importlib.import_module(name)


def on_screen(
    tag: str, part: Callable[..., Any], cast: Any, seed: int, *args: Any, theme: str = "light"
) -> tuple[C.Composite, Any]:
    """A part of a layout, ``part(cast, rng, screen, *args)``, drawn alone on a fresh screen marked
    ``tag`` from ``seed``: the finished screen (its faces settled) and what ``part`` returned."""
    s = H2.Screen.new(random.Random(seed), "s", tag, theme)
    value = part(cast, random.Random(seed), s, *args)
    return s.finish(), value


Found = list[tuple[C.BoxF, float]]


def part_alone(
    gen: ModuleType, tag: str, fn: Callable[..., Any], seed: int, *args: Any, people: bool = True,
    face: C.Photo | None = None,
) -> tuple[C.Composite, Any, Found]:  # fmt: skip
    """``fn(cast, rng, screen, *args)`` of set ``gen`` alone on a light screen marked ``tag``
    (``on_screen``), cast from ``seed`` with ``face`` (the marked face unless another is given) as
    its one person and never a drawn thing in a person's place, or without ``people`` with no
    person at all (its things dark photos either way): the finished screen, what ``fn`` returned
    and the counted boxes with their sizes."""
    if people:
        cast = gen.Cast([face or marked_face()], DARK, random.Random(seed), drawn=0.0)
    else:
        cast = gen.Cast([], DARK, random.Random(seed))
    comp, value = on_screen(tag, fn, cast, seed, *args)
    return comp, value, list(zip(comp.faces, comp.sizes, strict=True))


def one_in(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], height: int,
    size: tuple[float, float], x: tuple[int, int], least: int, *args: Any,
) -> None:  # fmt: skip
    """Rows of ``fn`` drawn alone by a set's ``part`` (its ``part_alone``) at y = 500 (then
    ``args``) from eight seeds are ``height`` px and count one face of ``size`` px between ``x`` or
    none (initials, an open place, an unknown relative), ``least`` of them or more faced."""
    faced = 0
    for seed in range(8):
        _comp, value, found = part(fn, seed, 500, *args)
        assert value == height and len(found) <= 1 and sized(found, *size)
        assert inside(found, x[0], 500, x[1], 500 + height), found
        faced += len(found)
    assert faced >= least, faced


def set_parts(gen: ModuleType, tag: str) -> tuple[Callable[..., tuple[C.Composite, Any, Found]], ...]:
    """Set ``gen``'s parts drawn alone on screens marked ``tag``-part (``part_alone``: the marked
    face, another ``face`` or, without ``people``, no person), and the checks bound to them: its
    ``part``, ``one_in``, ``grey_and_kept`` and ``past_the_edge``, in that order."""

    def part(
        fn: Callable[..., Any], seed: int, *args: Any, people: bool = True, face: C.Photo | None = None
    ) -> tuple[C.Composite, Any, Found]:
        return part_alone(gen, f"{tag}-part", fn, seed, *args, people=people, face=face)

    return (part, *(functools.partial(check, part) for check in (one_in, grey_and_kept, past_the_edge)))


def first_round(gen: ModuleType, free: list[C.Photo]) -> list[C.Composite]:
    """Round one of set ``gen`` at its seed (a module's ``one_round``, drawn once): every held-out
    photo goes in, as the bench hands them over (two_people.jpg included, for the generator to drop),
    with the session's face-free photos ``free``."""
    return list(gen.generate(C.load_photos(split="heldout"), free, reps=1))


def round_fixture(gen: ModuleType) -> Any:
    """A module-scoped fixture ``one_round`` for set ``gen``'s tests (assigned to that name in its
    module): round one at its seed, drawn a single time for the module (``first_round``, with the
    session's face-free photos)."""

    @pytest.fixture(scope="module")
    def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
        return first_round(gen, people_and_things[1])

    return one_round


def photo_across(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seed: int, y: int,
    height: int, hi: float,
) -> Found:  # fmt: skip
    """A photo across the screen, ``fn``, drawn alone by a set's ``part`` (its ``part_alone``) at
    ``y`` from ``seed`` is ``height`` px with the gap under it and counts faces inside the screen
    (left of the capture's padding) and its rows only, each 18 px or more and none over ``hi`` px
    give or take a figure's tenth (a gathering's figures are 0.9-1.1 of their row's size). Returns
    the counted faces."""
    _comp, value, found = part(fn, seed, y)
    assert value == height and inside(found, 0, y, C.W - 8, y + height), found
    assert all(18 <= z <= hi * 1.1 + 0.5 for _b, z in found), found
    return found


def photo_card(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seed: int,
    x: tuple[float, float],
) -> int:  # fmt: skip
    """A card with a large photo, ``fn`` (a licence's, a member's, a donor's), drawn alone by a set's
    ``part`` (its ``part_alone``) at y = 200 from ``seed``: its photo 480-559 px high (the card's
    height less 150) from y = 300, with one 110-240 px face between ``x`` inside it or none (hidden
    past the photo's side). Returns how many faces it counted."""
    _comp, height, found = part(fn, seed, 200)
    ph = height - 150
    assert 480 <= ph < 560 and len(found) <= 1 and sized(found, 110, 240)
    assert inside(found, x[0], 300, x[1], 300 + ph), found
    return len(found)


def face_and_stack(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seed: int, height: int,
    size: tuple[float, float], face: tuple[int, int, int, int], stack: tuple[int, int, int, int],
    *args: Any,
) -> int:  # fmt: skip
    """A row ``fn`` drawn alone by a set's ``part`` (its ``part_alone``) at y = 500 (then ``args``)
    from ``seed`` is ``height`` px and counts one face of ``size`` px or none inside ``face`` and up
    to three 18-22 px faces of a stack inside ``stack`` (each rectangle's ys from the row's top; the
    stack's faces are those from its left end on). Returns how many the stack counted."""
    _comp, value, found = part(fn, seed, 500, *args)
    one = [f for f in found if f[0][0] < stack[0]]
    stacked = [f for f in found if f[0][0] >= stack[0]]
    assert value == height and len(one) <= 1 and sized(one, *size)
    assert inside(one, face[0], 500 + face[1], face[2], 500 + face[3]), one
    assert len(stacked) <= 3 and sized(stacked, 18.3, 22)
    assert inside(stacked, stack[0], 500 + stack[1], stack[2], 500 + stack[3]), stacked
    return len(stacked)


def spread(comp: C.Composite, box: C.BoxF) -> float:
    """The median spread of the three channels over ``box`` on ``comp`` (2 px in from its edges):
    near 0 where it is grey, small where it is sepia, about 70 for the plain face's colour
    (lifted)."""
    a, b, c, d = (round(v) for v in box)
    pixels = comp.image[b + 2 : d - 2, a + 2 : c - 2].astype(int)
    return float(np.median(pixels.max(axis=2) - pixels.min(axis=2)))


def grey_and_kept(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seeds: int, *args: Any
) -> tuple[int, int]:
    """``fn`` drawn alone by a set's ``part`` (its ``part_alone``) from ``seeds`` seeds with the plain
    face (one colour) and ``args``: how many of its counted faces came out grey (``spread`` 2 or
    less) and how many kept the face's colour (over 40)."""
    grey = kept = 0
    for seed in range(seeds):
        comp, _value, found = part(fn, seed, *args, face=plain_face())
        for box, _size in found:
            grey += spread(comp, box) <= 2
            kept += spread(comp, box) > 40
    return grey, kept


def cut_at_right(found: Found) -> bool:
    """Some face in ``found`` reaches the screen's right end (left of the capture's padding) with
    more than 2 px of its box past it: cut by the edge, and counted."""
    return any(b[2] >= C.W - 9 and size - (b[2] - b[0]) > 2 for b, size in found)


def past_the_edge(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seed: int,
    size: tuple[float, float],
) -> bool:  # fmt: skip
    """A row of avatars ``fn`` drawn alone by a set's ``part`` at y = 300 from ``seed`` counts four
    or more faces of ``size`` px inside its height and the screen (left of the capture's padding);
    returns whether its last is cut by the screen's edge."""
    _comp, height, found = part(fn, seed, 300)
    assert len(found) >= 4 and sized(found, *size) and inside(found, 30, 300, C.W - 8, 300 + height), found
    return cut_at_right(found)


def no_cast(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A part drawn without a cast, ``fn(screen, rng, y)``, called as a set's parts are."""
    return lambda _cast, rng, s, y: fn(s, rng, y)


def faceless(
    part: Callable[..., tuple[C.Composite, Any, Found]], fn: Callable[..., Any], seed: int, height: int
) -> None:
    """A part drawn without a cast, ``fn(screen, rng, y)``, by a set's ``part`` (its ``part_alone``)
    at y = 300 from ``seed`` is ``height`` px and counts no face."""
    _comp, value, found = part(no_cast(fn), seed, 300)
    assert value == height and not found, (fn.__name__, value, found)


def one_size(found: Found) -> bool:
    """Every face in ``found`` is drawn at one size (a grid's, a map's, a row's)."""
    return len({round(z, 3) for _b, z in found}) <= 1


def split_at(found: Found, x: float) -> tuple[Found, Found]:
    """The faces of ``found`` left of ``x`` and those from it on."""
    return [f for f in found if f[0][0] < x], [f for f in found if f[0][0] >= x]


def check_drawn_inside(
    cases: Iterable[tuple[Callable[[np.ndarray], None], tuple[int, int, int, int]]],
) -> None:
    """Each ``draw(img)`` of ``cases`` changes pixels of a 400 x 400 canvas of 7s, all of them inside
    its rectangle (x1, y1)-(x2, y2) (a mark, a glyph, a badge: drawn only in its place)."""
    for draw, (x1, y1, x2, y2) in cases:
        img = np.full((400, 400, 3), 7, np.uint8)
        draw(img)
        changed = np.argwhere((img != 7).any(axis=2))
        assert (
            len(changed)
            and (changed.min(axis=0) >= (y1, x1)).all()
            and (changed.max(axis=0) <= (y2, x2)).all()
        ), (changed.min(axis=0), changed.max(axis=0))


def sized(found: Found, lo: float, hi: float) -> bool:
    """Every face in ``found`` is ``lo``-``hi`` px (a stack's faces may be down to 0.92 of it)."""
    return all(0.92 * lo - 0.01 <= size <= hi + 0.5 for _box, size in found)


def inside(found: Found, x1: float, y1: float, x2: float, y2: float) -> bool:
    """Every box in ``found`` lies inside the rectangle (x1, y1)-(x2, y2)."""
    return all(x1 <= b[0] and y1 <= b[1] and b[2] <= x2 and b[3] <= y2 for b, _size in found)


def cast_photos() -> tuple[list[C.Photo], list[C.Photo]]:
    """The held-out face photos that show faces, and heldout2's face-free photos."""
    photos = [p for p in C.load_photos(split="heldout") if p.faces]
    free = C.load_free(H2.FREE_HELDOUT2)
    assert len(free) == len(H2.FREE_HELDOUT2), "scikit-image's face-free photos are missing"
    return photos, free


def check_rounds(gen: ModuleType, once: int, free: int, each: int = 2) -> None:
    """``gen``'s ten layouts are each drawn with people ``each`` times a round (twice unless told)
    but ``once`` of them (once), and each without people at least once, ``free`` face-free screens a
    round."""
    with_people, without = Counter(gen.FACE_LAYOUTS), Counter(gen.FREE_LAYOUTS)
    assert set(with_people) == set(without) == set(gen.LAYOUTS) and len(gen.LAYOUTS) == 10
    assert sorted(with_people.values()) == [1] * once + [each] * (10 - once) and sum(without.values()) == free


FIRST_SCREENS = 4  # screens each second run of check_generate draws


def check_generate(gen: ModuleType, free: list[C.Photo], min_faces: int,
                   drawn: list[C.Composite] | None = None) -> None:  # fmt: skip
    """A run of ``gen.generate`` at its seed draws every layout (over ``min_faces`` faces) and a
    second run starts with the same screens (each layout's own test draws it twice); none is drawn
    from two_people.jpg (its people are tuning people): offered only that photo, a run's first
    screens, which draw people, annotate no face (the photo is left out before any layout casts).
    ``drawn`` is the round a module already drew without that photo (its ``one_round``): the run
    is not drawn again, and the second run, offered the photo, must still start with its screens.
    The second runs draw FIRST_SCREENS screens each: every layout's test checks the rest."""
    with_two = C.load_photos(split="heldout")
    assert any(p.name in H2.SAME_PEOPLE_AS_TUNING for p in with_two)
    first = [(c.name, c.faces) for c in drawn or gen.generate(with_two, free, reps=1)]
    again = [(c.name, c.faces) for c in itertools.islice(gen.generate(with_two, free, reps=1), FIRST_SCREENS)]
    assert first[:FIRST_SCREENS] == again
    assert all(faces for _name, faces in again), "the first screens draw people"
    assert len(first) == len(gen.FACE_LAYOUTS) + len(gen.FREE_LAYOUTS)
    assert sum(len(faces) for _name, faces in first) > min_faces
    only_two = [p for p in with_two if p.name in H2.SAME_PEOPLE_AS_TUNING]
    assert not any(c.faces for c in itertools.islice(gen.generate(only_two, free, reps=1), FIRST_SCREENS))


def check_parts_face_free(
    part: Callable[..., tuple[C.Composite, Any, Found]],
    parts: Iterable[tuple[Callable[..., Any], tuple[Any, ...]]],
) -> None:
    """Each of a set's ``parts`` (a part and its arguments after the screen), drawn alone by its
    ``part`` (its ``part_alone``) without people from its place in the list as the seed, counts no
    face."""
    for k, (fn, args) in enumerate(parts):
        comp, _value, found = part(fn, k, *args, people=False)
        assert not found, (getattr(fn, "__name__", fn), comp.sizes)


def check_large_faces(one_round: list[C.Composite], least: dict[str, float]) -> None:
    """The round's one screen of each kind in ``least`` counts a face of that many px or more (a
    call's host, a card's holder), and every face the round counts is 18 px or more."""
    for kind, px in least.items():
        [comp] = [c for c in one_round if c.kind == kind]
        assert max(comp.sizes) >= px, (kind, comp.sizes)
    assert min(z for c in one_round for z in c.sizes) >= 18


def check_small_faces_drawn_not_counted(
    monkeypatch: Any,
    gen: ModuleType,
    layouts: Iterable[Callable[..., C.Composite]],
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
    more: Iterable[Callable[[], list[float]]] = (),
) -> None:
    """Every paste's faces are watched while ``layouts`` draw (the k-th cast from seed k, laid out
    from k + 3), then ``more`` (each returns the sizes it counted): some face under 18 px is
    drawn, and none is counted."""
    offered: list[float] = []
    paste = C._Paster.paste

    def watch(self: C._Paster, piece: np.ndarray, faces: list[C.BoxF], *args: object, **kw: object) -> None:
        offered.extend(max(c - a, d - b) for a, b, c, d in faces)
        paste(self, piece, faces, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(C._Paster, "paste", watch)
    counted: list[float] = []
    for k, layout in enumerate(layouts):
        counted += layout(gen.Cast(*people_and_things, random.Random(k)), random.Random(k + 3), "s").sizes
    for draw in more:
        counted += draw()
    assert any(size < 18 for size in offered), "no face under 18 px was drawn"
    assert counted and min(counted) >= 18


def check_screen(gen: ModuleType, layout: Callable[..., C.Composite], photos: list[C.Photo],
                 free: list[C.Photo], seed: int) -> C.Composite:  # fmt: skip
    """One screen of ``layout`` cast with people twice at ``seed``: the same pixels and faces, every
    face box on the screen and of a counted size, lifted, some face under 40 px (the sets' weight
    is on small faces). Returns it."""
    a = layout(gen.Cast(photos, free, random.Random(seed)), random.Random(seed + 1), "a")
    b = layout(gen.Cast(photos, free, random.Random(seed)), random.Random(seed + 1), "a")
    assert a.faces and a.faces == b.faces and np.array_equal(a.image, b.image)
    H2.check(a)
    assert a.image.min() >= C.LIFT
    assert any(s < 40 for s in a.sizes), "no face under 40 px: the set's weight is on small faces"
    return a


def check_layout(gen: ModuleType, layout: Callable[..., C.Composite], photos: list[C.Photo],
                 free: list[C.Photo], seed: int, tag: str) -> None:  # fmt: skip
    """``check_screen`` of ``layout`` at ``seed`` (its kind one of set ``tag``'s screens of people),
    then ``check_face_free`` at ``seed + 6``."""
    kind = check_screen(gen, layout, photos, free, seed).kind
    assert kind.startswith(f"{tag}-") and "-noface-" not in kind, kind
    check_face_free(gen, [layout], free, seed + 6)


def check_face_free(gen: ModuleType, layouts: Iterable[Callable[..., C.Composite]], free: list[C.Photo],
                    seed: int) -> None:  # fmt: skip
    """Each of ``layouts`` cast with things in the people's places counts no face, is marked a
    face-free screen of ``gen``'s set, and lies inside the capture."""
    for layout in layouts:
        comp = layout(gen.Cast([], free, random.Random(seed)), random.Random(seed + 1), "f")
        assert not comp.faces and "-noface-" in comp.kind, (layout.__name__, comp.kind)
        H2.check(comp)


def plain_face() -> C.Photo:
    """A photo of one colour with one face box in it: whatever is drawn over it is the only change."""
    return C.Photo("plain", np.full((300, 300, 3), (90, 130, 170), np.uint8), [(100.0, 100.0, 200.0, 200.0)])


def marked_face() -> C.Photo:
    """A dark photo whose one face box is white: any box off the face's pixels shows as dark."""
    img = np.full((300, 300, 3), 10, np.uint8)
    img[100:200, 100:200] = 250
    return C.Photo("marked", img, [(100.0, 100.0, 200.0, 200.0)])


DARK = [C.Photo("dark", np.full((80, 80, 3), 10, np.uint8), [])]  # things as dark as the marked face's photo


def marked_cast(gen: ModuleType, seed: int) -> Any:
    """``gen``'s cast of the marked face (white on black) whose things are dark photos, never drawn
    (sets 11 on, whose casts draw things)."""
    return gen.Cast([marked_face()], DARK, random.Random(seed), drawn=0.0)


def check_marked_boxes(gen: ModuleType, layout: Callable[..., C.Composite], darkened: bool = False) -> None:
    """With the marked face as the whole cast, every counted box of ``layout`` holds at least half
    of the face's square, lies inside the screen (left of the capture's padding) and, unless
    something in the layout darkens faces, on the face's white pixels."""
    seen = 0
    for seed in range(2):
        comp = layout(marked_cast(gen, seed), random.Random(seed + 7), "m")
        seen += len(comp.faces)
        if not darkened:
            on_white(comp, (layout.__name__, seed), 0.5)
        for (x1, y1, x2, y2), size in zip(comp.faces, comp.sizes, strict=True):
            assert 0 <= x1 < x2 <= C.W - 8 and 0 <= y1 < y2 <= C.H
            assert (x2 - x1) * (y2 - y1) >= 0.48 * size * size, (layout.__name__, seed, size)
    assert seen, layout.__name__


def check_free_cast(gen: ModuleType, tag: str) -> None:
    """``gen``'s face-free cast draws the set's own things, marks its screens ``tag``-noface- and
    gives things of the size asked for."""
    cast = gen.Cast([], C.load_free(H2.FREE_HELDOUT2[:2]), random.Random(5))
    assert cast.renders == gen.RENDERS and cast.kind("x") == f"{tag}-noface-x"
    assert all(cast.piece(60, 40).shape == (40, 60, 3) for _ in range(20))


def counted_by_half(s: H2.Screen, share: float, note: object) -> bool:
    """Finish ``s``, which holds one face of which ``share`` of the box still shows: it must count
    above 53 % and must not below 47 % (the edge itself is left to rounding). Returns whether it
    counted."""
    counted = bool(s.finish().faces)
    if share > 0.53:
        assert counted, (note, share)
    elif share < 0.47:
        assert not counted, (note, share)
    return counted


def covered_by_half(gen: ModuleType, free: list[C.Photo], cover: Callable[[H2.Screen, C.BoxF, int], float],
                    theme: str = "light") -> None:  # fmt: skip
    """One plain 60 px face in a 100 px square avatar, 24 times, each time with ``cover(screen, box,
    k)`` drawn over part of it (k = 0 to 23, sliding from none to all of the box, which it returns
    the share of still showing): the face must count above half and not below, and both must
    happen."""
    outcomes = []
    for k in range(24):
        s = H2.Screen.new(random.Random(k), "s", "test", theme)
        gen.Cast([plain_face()], free, random.Random(k)).avatar(s, 200, 400, 60.0, 100, "square")
        outcomes.append(counted_by_half(s, cover(s, s.comp.faces[0], k), k))
    assert any(outcomes) and not all(outcomes), "the cover never (or always) hid half a face"


def on_white(comp: C.Composite, note: object, share: float = 0.6) -> None:
    """Every counted box of ``comp`` lies mostly (over ``share``) on light pixels: the marked face's."""
    light = comp.image.astype(np.float32).mean(axis=2) > 120
    for box in comp.faces:
        x1, y1, x2, y2 = (round(v) for v in box)
        assert light[y1:y2, x1:x2].mean() > share, (note, box)


def check_render(render_with: Callable[[random.Random, int, int], np.ndarray]) -> None:
    """A drawn thing (``render_with(rng, w, h)``) has the size asked for at any size, is the same
    from one seed and differs between seeds."""
    for w, h in ((24, 24), (300, 180), (90, 400)):
        first = render_with(random.Random(w), w, h)
        assert first.shape == (h, w, 3)
        assert np.array_equal(first, render_with(random.Random(w), w, h))
    assert len({render_with(random.Random(k), 80, 80).tobytes() for k in range(6)}) == 6


def check_round(gen: ModuleType, photos: list[C.Photo], free: list[C.Photo], tag: str) -> None:
    """One round of ``gen.generate`` draws all ten layouts, counts no face on its face-free screens
    and draws faces of every size bucket, over 45 % of them under 32 px (the sets' weight)."""
    check_drawn_round(list(gen.generate(photos, free, reps=1)), tag)


def check_drawn_round(screens: list[C.Composite], tag: str) -> None:
    """``check_round`` on a round already drawn (a module's fixture), so it is not drawn twice."""
    kinds = {c.kind.removeprefix(f"{tag}-").removeprefix("noface-") for c in screens}
    assert len(kinds) == 10, kinds
    assert not any(c.faces for c in screens if "-noface-" in c.kind)
    sizes = [size for c in screens for size in c.sizes]
    buckets = [sum(lo <= s < hi for s in sizes) for lo, hi in ((18, 32), (32, 64), (64, 128), (128, 1e9))]
    assert all(buckets), buckets
    assert buckets[0] > sum(buckets) * 0.45, buckets


def check_doc_round(gen: ModuleType, one_round: list[C.Composite], faces: int, buckets: list[int],
                    under_40: int) -> None:  # fmt: skip
    """One round of ``gen`` at its seed (``reps=1``) gives what its docstring says: its screens of
    people (18 for most sets) with ``faces`` faces (``buckets`` by size: under 32, 32-63, 64-127 and
    128 px or more; ``under_40`` under 40 px) and its face-free screens (13), over 60 % of the faces
    under 32 px."""
    people, free = len(gen.FACE_LAYOUTS), len(gen.FREE_LAYOUTS)
    sizes = [size for c in one_round for size in c.sizes]
    drawn = [sum(lo <= s < hi for s in sizes) for lo, hi in ((0, 32), (32, 64), (64, 128), (128, 1e9))]
    counts = (sum(bool(c.faces) for c in one_round), len(sizes), drawn, sum(s < 40 for s in sizes))
    assert counts == (people, faces, buckets, under_40), counts
    assert sum(not c.faces for c in one_round) == free
    a, b, c, d = buckets
    said = f"{faces:,} faces: {a}, {b}, {c} and {d} by size, {under_40} under 40 px; {free}"
    assert said in " ".join((gen.__doc__ or "").split()), said
    assert drawn[0] > 0.6 * len(sizes)


def check_round_as_documented(gen: ModuleType, one_round: list[C.Composite], tag: str, faces: int,
                              buckets: list[int], under_40: int) -> None:  # fmt: skip
    """A round of set ``gen`` already drawn at its seed (a module's ``one_round``, screens marked
    ``tag``): ``check_drawn_round``, ``check_pages_and_kinds``, then what its docstring states, the
    4-rep table (``check_doc_table``) and the ``reps=1`` figures (``check_doc_round``)."""
    check_drawn_round(one_round, tag)
    check_pages_and_kinds(one_round, tag, len(gen.FACE_LAYOUTS), len(gen.FREE_LAYOUTS))
    check_doc_table(gen)
    check_doc_round(gen, one_round, faces, buckets, under_40)


def check_light_and_dark(one_round: list[C.Composite]) -> None:
    """A round's pages (the pixel under the status bar) include light and dark themes."""
    pages = [float(c.image[C.STATUS_H + 2, 2].mean()) for c in one_round]
    assert min(pages) < 100 and max(pages) > 180, pages


def check_pages_and_kinds(
    one_round: list[C.Composite], tag: str, screens: int = 18, free_screens: int = 13
) -> None:
    """A round's pages (the pixel under the status bar) include light and dark themes, and its
    ``screens`` screens of people (18 unless told) and ``free_screens`` face-free ones (13) are
    marked as set ``tag``'s ten layouts'."""
    check_light_and_dark(one_round)
    people = [c.kind for c in one_round if "-noface-" not in c.kind]
    free = [c.kind for c in one_round if "-noface-" in c.kind]
    assert len(people) == screens and len(free) == free_screens
    assert all(k.startswith(f"{tag}-") for k in people + free)
    assert len(set(people)) == 10 and len({k.replace("-noface-", "-") for k in free}) == 10


def check_lifted_round(
    gen: ModuleType, one_round: list[C.Composite], tag: str, lookalikes: list[str]
) -> None:
    """Every screen of a round passes heldout2's ``check`` (its size, its faces on it), is encoded
    at JPEG quality 30-60, keeps its faces' boxes left of the capture's black padding and is lifted
    to ``C.LIFT``; its pages are light on some and dark on others; each layout's screens of people
    hold a face under 32 px; the face-free ones (13 for most sets) count none, the last three being
    ``lookalikes`` (their kinds after ``<tag>-noface-``); the face-free cast draws set ``tag``'s
    things."""
    right = C.W - 8  # the screen's right end; the capture's black padding lies past it
    for comp in one_round:
        H2.check(comp)
        assert 30 <= comp.quality <= 60
        assert all(0 <= x1 < x2 <= right and 0 <= y1 < y2 <= C.H for x1, y1, x2, y2 in comp.faces)
    assert {(c.image.shape, int(c.image.min()) >= C.LIFT) for c in one_round} == {((C.H, C.W, 3), True)}
    check_light_and_dark(one_round)
    free = [c for c in one_round if "-noface-" in c.kind]
    assert len(free) == len(gen.FREE_LAYOUTS) and not any(c.faces for c in free)
    kinds = {c.kind for c in one_round} - {c.kind for c in free}
    least = {k: min(z for c in one_round if c.kind == k for z in c.sizes) for k in kinds}
    assert len(least) == 10 and max(least.values()) < 32, least
    ends = [c.kind.removeprefix(f"{tag}-noface-") for c in free[-3:]]
    assert ends == lookalikes, ends
    check_free_cast(gen, tag)


def check_doc_table(gen: ModuleType) -> None:
    """``gen``'s docstring table of faces by layout at 4 reps names every layout once, gives each its
    screens (four rounds of its draws: 8, or 4 for one drawn once a round, for most sets), and its
    rows add up to the 4-rep totals it states (the totals themselves are the generator's, checked at
    one round by ``check_doc_round``)."""
    doc = " ".join((gen.__doc__ or "").split())
    rows = re.findall(r"(\w+) (\d+) screens ([\d,]+) faces: (\d+), (\d+), (\d+), (\d+)", doc)
    assert [r[0] for r in rows] == [fn.__name__ for fn in gen.LAYOUTS]
    for name, screens, faces, *by_size in rows:
        assert int(screens) == 4 * gen.FACE_LAYOUTS.count(getattr(gen, name)), name
        assert int(faces.replace(",", "")) == sum(map(int, by_size)), name
    total = re.search(
        rf"{4 * len(gen.FACE_LAYOUTS)} screens with ([\d,]+) faces \(([\d,]+) under 32 px, (\d+) of 32-63, "
        r"(\d+) of 64-127, (\d+)",
        doc,
    )
    assert total, "the 4-rep totals are missing"
    stated = [int(v.replace(",", "")) for v in total.groups()]
    assert stated[0] == sum(stated[1:])
    assert [sum(int(r[k].replace(",", "")) for r in rows) for k in (2, 3, 4, 5, 6)] == stated


def check_seed(gen: ModuleType, default: int) -> None:
    """The set's seed is ``default`` unless its ``HELDOUTnn_SEED`` variable names another (an empty
    one does not), and the module's seed (the one faces_bench passes) and ``generate``'s default
    seed are the environment's when it is imported with the variable set."""
    var = f"{gen.__name__.upper()}_SEED"
    assert gen.DEFAULT_SEED == default == gen.seed_from({}) == gen.seed_from({var: ""})
    assert gen.seed_from({var: "77"}) == 77
    assert gen.seed_from(os.environ) == getattr(gen, var) == gen.generate.__defaults__[0]
    bench = Path(gen.__file__).parent
    code = f"import {gen.__name__} as M; print(M.{var}, M.generate.__defaults__[0])"
    env = {**os.environ, var: "4711", "PYTHONPATH": f"{bench}{os.pathsep}{bench.parent}"}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=bench, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["4711", "4711"], done.stdout


def default_seed_only(gen: ModuleType) -> pytest.MarkDecorator:
    """A mark for a test of what set ``gen``'s docstring counts, which is its default seed's set:
    skipped when its ``HELDOUTnn_SEED`` variable draws it from another."""
    drawn = getattr(gen, f"{gen.__name__.upper()}_SEED")
    return pytest.mark.skipif(drawn != gen.DEFAULT_SEED, reason="the docstring counts the default seed's set")


def check_another_seed(gen: ModuleType, free: list[C.Photo], kind: str) -> None:
    """Drawn from another seed, the set's first screens (of ``kind``) differ from the default seed's
    in their faces and pixels."""
    photos = C.load_photos(split="heldout")
    first = next(gen.generate(photos, free, seed=gen.DEFAULT_SEED, reps=1))
    other = next(gen.generate(photos, free, seed=gen.DEFAULT_SEED + 1, reps=1))
    assert first.kind == other.kind == kind
    assert first.faces != other.faces and not np.array_equal(first.image, other.image)


def check_sparse(
    one_round: list[C.Composite], screens: int, most: int = 2, kinds: Iterable[str] | None = None
) -> None:
    """A sparse set's round (sets 66 on): its ``screens`` screens of people (those of ``kinds`` when
    given: a mixed set's sparse layouts) count one face to ``most`` (two unless told), any two lie
    150 px or more apart (centre to centre), and most screens (over 60 % for two at most, over half
    for more) count one; the face-free screens count none."""
    sparse = None if kinds is None else set(kinds)
    people = [c for c in one_round if "-noface-" not in c.kind and (sparse is None or c.kind in sparse)]
    counts = [len(c.faces) for c in people]
    assert len(people) == screens and all(1 <= n <= most for n in counts), counts
    assert counts.count(1) > (0.6 if most <= 2 else 0.5) * len(counts), counts
    for comp in people:
        for (a, b, c, d), (e, f, g, h) in itertools.combinations(comp.faces, 2):
            gap = np.hypot((a + c - e - g) / 2, (b + d - f - h) / 2)
            assert gap >= 150, (comp.name, comp.faces)
    assert not any(c.faces for c in one_round if "-noface-" in c.kind)


def two_close() -> C.Photo:
    """A dark photo with two white faces side by side, 10 px apart: any square round one shows the
    other."""
    img = np.full((300, 400, 3), 10, np.uint8)
    img[100:200, 80:180] = 250
    img[100:200, 190:290] = 250
    return C.Photo("pair", img, [(80.0, 100.0, 180.0, 200.0), (190.0, 100.0, 290.0, 200.0)])


def check_solo(gen: ModuleType, tag: str) -> None:
    """Set ``gen``'s ``Cast.solo`` (heldout66's) passes over a photo whose face has a neighbour in
    its square: cast with two faces side by side and the marked face alone, each avatar (on screens
    marked ``tag``) counts one face, 18 px or more, whatever its shape; cast without people
    (heldout2's face-free photos), it counts none."""
    free = C.load_free(H2.FREE_HELDOUT2[:4])
    for seed in range(12):
        s = H2.Screen.new(random.Random(seed), "s", f"{tag}-part", "light")
        cast = gen.Cast([two_close(), marked_face()], DARK, random.Random(seed), drawn=0.0)
        fp = 18.3 + seed * 2
        cast.solo(s, 200, 400, fp, gen.side_for(random.Random(seed), fp), gen.SHAPES[seed % 6])
        comp = s.finish()
        assert len(comp.faces) == 1 and comp.sizes[0] >= 18, (seed, comp.sizes)
        s = H2.Screen.new(random.Random(seed), "s", f"{tag}-part", "dark")
        gen.Cast([], free, random.Random(seed)).solo(s, 200, 400, fp, 40, "circle")
        assert not s.finish().faces


def tiny_solos(
    gen: ModuleType, tag: str, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> list[Callable[[], list[float]]]:
    """Six draws for ``check_small_faces_drawn_not_counted``'s ``more``: set ``gen``'s ``solo``
    avatars asked for at 12-17 px alone on screens marked ``tag``, each returning the sizes counted."""

    def tiny(k: int) -> list[float]:
        s = H2.Screen.new(random.Random(k), "s", f"{tag}-part", "light")
        gen.Cast(people_and_things[0], people_and_things[1], random.Random(k)).solo(s, 300, 300, 12 + k, 18)
        return s.finish().sizes

    return [functools.partial(tiny, k) for k in range(6)]


def dense_screens(one_round: list[C.Composite], sparse_kinds: Iterable[str]) -> list[C.Composite]:
    """A mixed set's screens of people not drawn by its sparse layouts (``sparse_kinds``)."""
    sparse = set(sparse_kinds)
    return [c for c in one_round if "-noface-" not in c.kind and c.kind not in sparse]


def check_crowded(
    one_round: list[C.Composite], sparse_kinds: Iterable[str], screens: int, least: int, most: int
) -> None:
    """A mixed set's round: its ``screens`` crowded screens (the layouts not in ``sparse_kinds``)
    count ``least`` to ``most`` faces each, over 70 % of each screen's faces under 32 px."""
    crowded = dense_screens(one_round, sparse_kinds)
    counts = [len(c.faces) for c in crowded]
    assert len(crowded) == screens and all(least <= n <= most for n in counts), counts
    assert all(sum(z < 32 for z in c.sizes) > 0.7 * len(c.sizes) for c in crowded)
