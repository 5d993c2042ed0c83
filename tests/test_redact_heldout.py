"""Held-out promises (issue 14): faces on screens no detector constant was chosen on.

Screens are generated here with the held-out layouts of bench/heldout.py, at seeds the bench does
not use, from the held-out photos in tests/data/faces_heldout (public domain and MIT, see its
PROVENANCE.md) and face-free photos shipped with scikit-image. A face counts as hidden only when
its whole annotated box is fill in the written pixels (composites.wholly_hidden).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from unittest import mock

import cv2
import numpy as np
import pytest

from slrk_tui.redact import FrameRedactor, FrameResult, RedactionSettings, verify
from slrk_tui.redact import detect as det

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "faces_heldout"

sys.path.insert(0, str(REPO / "bench"))
import composites as C  # noqa: E402
import heldout as HO  # noqa: E402
import heldout2 as H2  # noqa: E402
import heldout4 as H4  # noqa: E402
import heldout20 as H20  # noqa: E402
import heldout22 as H22  # noqa: E402
import heldout23 as H23  # noqa: E402
import heldout24 as H24  # noqa: E402
import heldout26 as H26  # noqa: E402
import heldout28 as H28  # noqa: E402
import heldout30 as H30  # noqa: E402
import heldout43 as H43  # noqa: E402
import heldout44 as H44  # noqa: E402
import heldout45 as H45  # noqa: E402
import heldout47 as H47  # noqa: E402
import heldout49 as H49  # noqa: E402
import heldout51 as H51  # noqa: E402
import heldout52 as H52  # noqa: E402
import heldout54 as H54  # noqa: E402
import heldout55 as H55  # noqa: E402
import heldout57 as H57  # noqa: E402
import heldout58 as H58  # noqa: E402
import heldout60 as H60  # noqa: E402
import heldout61 as H61  # noqa: E402
import heldout63 as H63  # noqa: E402
import lone_bench as L  # noqa: E402

SCREEN_H = 1000  # the top of a screen: a dozen avatars, half the detection time of a whole one


@pytest.fixture(scope="module")
def photos() -> list[C.Photo]:
    found = C.load_photos(DATA)
    assert sum(len(p.faces) for p in found) >= 10, "held-out photos missing from tests/data"
    return found


@pytest.fixture(scope="module")
def free() -> list[C.Photo]:
    found = C.load_free(C.FREE_HELDOUT)
    assert len(found) >= 5, "scikit-image's face-free photos are missing"
    return found


def top(comp: C.Composite, h: int = SCREEN_H) -> C.Composite:
    """The top ``h`` rows of a screen, with the faces wholly inside them."""
    kept = [(b, s) for b, s in zip(comp.faces, comp.sizes, strict=True) if b[3] <= h]
    return C.Composite(comp.name, comp.kind, np.ascontiguousarray(comp.image[:h]),
                       [b for b, _ in kept], [s for _, s in kept], comp.quality)  # fmt: skip


def written(res: FrameResult, source: bytes) -> np.ndarray:
    assert res.status != "withheld", res.reason
    img = cv2.imdecode(np.frombuffer(res.data or source, np.uint8), cv2.IMREAD_COLOR)
    assert img is not None
    return img


def leaks(comp: C.Composite, res: FrameResult, data: bytes) -> list[str]:
    out = written(res, data)
    return [f"{size:.0f} px face at {tuple(round(v) for v in box)}"
            for box, size in zip(comp.faces, comp.sizes, strict=True)
            if not C.wholly_hidden(out, box)]  # fmt: skip


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("shape", C.SHAPES)
def test_every_avatar_is_wholly_hidden(photos: list[C.Photo], shape: str, theme: str) -> None:
    """A messenger list of one avatar shape and theme: every face, 18-64 px, rotated, grey or on a
    dark backdrop as it comes, is covered cheek to cheek, forehead to chin."""
    rng = random.Random(f"{shape}-{theme}-14")
    comp = top(C._lifted(HO.messenger(photos, rng, f"{shape}-{theme}", shape=shape, theme=theme)))
    assert len(comp.faces) >= 5, "the screen must hold faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


@pytest.mark.parametrize("seed", [1, 2])
def test_rows_of_overlapping_avatars_are_wholly_hidden(photos: list[C.Photo], seed: int) -> None:
    """ "Seen by" and group-member rows: 2-7 avatars of 18-48 px, each hiding part of the one
    before, as one long island beside text. Every face in them is covered whole (the sixth round
    left 112 of 293 such faces visible on the held-out profile screens)."""
    comp = top(C._lifted(C.avatar_stacks(photos, random.Random(f"stacks-{seed}-14"), f"stacks-{seed}")))
    assert len(comp.faces) >= 10, "the screen must hold rows of faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


# Detached from its line, a patch counts only when in many colours (detect.island_masks: else text
# letters and shreds of large photos double the 4x windows); a grey avatar in a white ring is two
# colours. strict: the day such avatars are found, the mark fails and must go.
GREY_GLUED = pytest.mark.xfail(strict=True, reason="issue 14: grey avatars glued to a line (bench/FACES.md)")


@pytest.mark.parametrize("grey", [False, pytest.param(True, marks=GREY_GLUED)])
def test_avatars_glued_to_gutters_and_pills_are_wholly_hidden(photos: list[C.Photo], grey: bool) -> None:
    """A shared album: tiles on a dark screen between white gutters, each with its contributor's
    18-26 px avatar (white border) on its corner, against the gutters and the screen's edge;
    below, chips whose avatar touches the pill's edges. The textured island of each avatar runs
    into a line there, so no compact patch pointed at them: the seventh round's detector leaks
    faces on this screen. (An avatar touching the letters of its name is still one island with
    them: issue 14.)"""
    rng = random.Random("glued-14")
    comp = C.Composite("glued", "glued", np.full((1300, C.W, 3), 38, np.uint8), quality=40)
    paster = C._Paster(comp)
    tile_w, gutter = C.W // 3, 6
    for row, col in ((r, c) for r in range(2) for c in range(3)):
        x0, y0 = col * tile_w, C.STATUS_H + row * (tile_w + gutter)
        cv2.rectangle(comp.image, (x0 + tile_w - gutter, y0), (x0 + tile_w, y0 + tile_w), (245, 245, 245), -1)
        cv2.rectangle(comp.image, (x0, y0 + tile_w), (x0 + tile_w, y0 + tile_w + gutter), (245, 245, 245), -1)
        face_px = rng.uniform(18, 26)
        side = round(face_px * 1.3)
        p, f = C._pick_face(photos, rng)
        look = C.Look("border", grey=grey)
        tile, faces = C.avatar(p, f, face_px, side, look, rng)
        C.paste_avatar(paster, tile, faces, x0 + 3, y0 + tile_w - side - 1, look)
    y = C.STATUS_H + 2 * (tile_w + gutter) + 40
    for _ in range(4):  # chips: a pill, the avatar at its left end, the name against it
        face_px = rng.uniform(20, 28)
        side = round(face_px * 1.25)
        cv2.rectangle(comp.image, (40, y), (420, y + side + 8), (90, 90, 90), -1)
        p, f = C._pick_face(photos, rng)
        look = C.Look("circle", grey=grey)
        tile, faces = C.avatar(p, f, face_px, side, look, rng)
        C.paste_avatar(paster, tile, faces, 44, y + 4, look)
        cv2.putText(comp.image, "Jordan Mae", (44 + side + 10, y + side // 2 + 9), cv2.FONT_HERSHEY_SIMPLEX,
                    0.8, (240, 240, 240), 2, cv2.LINE_AA)  # fmt: skip
        y += side + 30
    comp = C._lifted(comp)
    assert len(comp.faces) >= 8, "the screen must hold faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_list_of_small_grey_avatars_is_wholly_hidden(photos: list[C.Photo], theme: str) -> None:
    """A contact list in grey (a muted chat, a printed class list): 18-24 px faces down one
    column, every fifth one of 30-40 px, names beside them, JPEG quality 35. The detectors miss
    grey faces of 18-22 px often (tuning avatars: 43 of 228); once a face in the column is found,
    the other grey photo patches in it are covered too (the twelfth round). The eleventh round's
    detector leaks faces on the dark one."""
    rng = random.Random(f"grey-list-{theme}-14")
    font = cv2.FONT_HERSHEY_SIMPLEX
    page, ink = (245, 40) if theme == "light" else (24, 230)
    comp = C.Composite("grey-list", "list", np.full((1300, C.W, 3), page, np.uint8), quality=35)
    paster = C._Paster(comp)
    y = C.STATUS_H + 20
    for i in range(16):
        face_px = rng.uniform(30, 40) if i % 5 == 0 else rng.uniform(18, 24)
        side = round(face_px * 1.3)
        p, f = C._pick_face(photos, rng)
        look = C.Look("circle", grey=True)
        tile, faces = C.avatar(p, f, face_px, side, look, rng)
        C.paste_avatar(paster, tile, faces, 40, y, look)
        name_at = (40 + side + 24, y + side // 2 + 8)
        cv2.putText(comp.image, "Robin Achterberg", name_at, font, 0.7, (ink,) * 3, 2, cv2.LINE_AA)
        y += max(side, 40) + 28
    comp = C._lifted(comp)
    assert len(comp.faces) >= 12, "the screen must hold faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


def photo_feed(photos: list[C.Photo], scales: tuple[float, ...], dim: bool) -> tuple[C.Composite, list[int]]:
    """A feed of group photos (the held-out photos with several people) shrunk by each of
    ``scales`` (faces of 17-30 px inside 200-300 px photos), each under a caption line; ``dim``
    makes them a security camera's grey, dark, noisy view. Returns the screen (JPEG 35) and the
    rows the captions' text spans."""
    groups = [p for p in photos if len(p.faces) >= 5]
    assert len(groups) >= 2, "the held-out group photos are missing"
    comp = C.Composite("photo-feed", "feed", np.full((C.H, C.W, 3), 245, np.uint8), quality=35)
    y, text_rows = C.STATUS_H + 20, []
    for scale in scales:
        for p in groups:
            cv2.putText(comp.image, "Saturday at the lake, all of us", (40, y + 30), cv2.FONT_HERSHEY_SIMPLEX,
                        1.0, (40, 40, 40), 2, cv2.LINE_AA)  # fmt: skip
            text_rows.append(y)
            y += 50
            tile = cv2.resize(p.image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            if dim:
                g = cv2.cvtColor(tile, cv2.COLOR_BGR2GRAY).astype(np.float32) * 0.45 + 10
                g += np.random.default_rng(3).normal(0, 6, g.shape)
                tile = cv2.cvtColor(np.clip(g, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
            h, w = tile.shape[:2]
            comp.image[y : y + h, 40 : 40 + w] = tile
            for b in p.faces:
                comp.faces.append((40 + b[0] * scale, y + b[1] * scale, 40 + b[2] * scale, y + b[3] * scale))
                comp.sizes.append(max(b[2] - b[0], b[3] - b[1]) * scale)
            y += h + 40
    assert y < C.H
    comp.image = C.lift(comp.image)
    return comp, text_rows


def test_the_look_over_photos_windows_every_face_in_a_feed_photo_and_not_its_captions(
    photos: list[C.Photo],
) -> None:
    """Faces of 17-30 px inside larger photos are no avatar-sized patch and, at 0.5x, too small to
    stir the whole-frame pass: the 1x look over photos (detect.photo_cells) must window every one
    of them, and leave the captions' text and the empty page alone."""
    comp, text_rows = photo_feed(photos, (0.45, 0.6), dim=False)
    img = cv2.imdecode(np.frombuffer(C.encode(comp.image, comp.quality), np.uint8), cv2.IMREAD_COLOR)
    windows = det.find_patches(img, hi=det.BLOB_MAX).photos
    for b in comp.faces:
        assert any(w[0] <= b[0] and w[1] <= b[1] and b[2] <= w[2] and b[3] <= w[3] for w in windows), b
    for top_row in text_rows:  # the caption's letters, right of where any photo reaches
        assert not any(w[1] < top_row + 35 and w[3] > top_row + 10 and w[2] > 600 for w in windows)
    assert sum((w[2] - w[0]) * (w[3] - w[1]) for w in windows) < 0.3 * C.W * C.H


def test_faces_in_a_dim_grey_camera_photo_are_found_by_the_looks_over_photos(photos: list[C.Photo]) -> None:
    """A security camera's dim grey view of groups, faces of 17-26 px, JPEG 35: the looks over
    photos hide every face the passes without them hide and many more (measured: 17 of the 26 faces
    left without them, 4 with the first two (bench/FACES.md, thirteenth round), 3 with all four)."""
    comp, _ = photo_feed(photos, (0.45, 0.5), dim=True)
    looks = [p for p in det.LFD_PASSES if p.region == "photos"]
    assert len(looks) == 4  # at 1x, at 2x (PHOTOS_2X), softened at 2x (SOFTENED_2X), at 4x (PHOTOS_4X)
    left_with, left_without = left_with_and_without(comp, *looks)
    assert len(left_with) + 12 <= len(left_without), (left_with, left_without)


def left_with_and_without(comp: C.Composite, *looks: det.Pass) -> tuple[list[str], list[str]]:
    """The faces of ``comp`` left by the default passes and by them without ``looks`` (passes that
    only add boxes: they must leave no face the others hide). Both without the line, island,
    screen and group covers: they read the faces found, and a look's extra face off a line's pitch
    can end the line (grey thumbnails: 4 faces a line covered without the 2x looks over photos;
    bench/FACES.md, twenty-fifth round), while any one face found in a thumbnail covers the
    thumbnail whole (the turned prints: none left either way), any one face found on a screen
    covers its avatar rows and small photos, and three found in a grid of prints cover the grid,
    so a look's own gain is measured without them."""
    data = C.encode(comp.image, comp.quality)
    without = tuple(p for p in det.LFD_PASSES if p not in looks)
    assert len(without) == len(det.LFD_PASSES) - len(looks)
    with (
        mock.patch.object(det, "cover_lines", lambda faces, img: []),
        mock.patch.object(det, "cover_islands", lambda islands, faces: []),
        mock.patch.object(det, "cover_screen", lambda patches, faces, img: ([], [])),
        mock.patch.object(det, "cover_groups", lambda photos, faces: []),
    ):
        left_with = leaks(comp, FrameRedactor(RedactionSettings(passes=det.LFD_PASSES)).process(data), data)
        left_without = leaks(comp, FrameRedactor(RedactionSettings(passes=without)).process(data), data)
    assert set(left_with) <= set(left_without)
    return left_with, left_without


def photo_wall(
    photos: list[C.Photo],
    face_px: float,
    seed: int,
    look: Callable[[np.ndarray, int], np.ndarray],
    *,
    side: int,
    cols: int,
    x0: int,
    gap: tuple[int, int],
    page: int,
    quality: int,
) -> C.Composite:
    """Rows of ``cols`` square tiles of ``side`` px: group photos cropped round a face of
    ``face_px`` (its neighbours 16-32 px) from ``x0``, each shown through ``look(tile, column)``."""
    rng = random.Random(seed)
    groups = [p for p in photos if len(p.faces) >= 5]
    comp = C.Composite("photo-wall", "wall", np.full((C.H, C.W, 3), page, np.uint8), quality=quality)
    y = C.STATUS_H + 40
    while y + side < C.H - C.NAV_H:
        for c in range(cols):
            p = rng.choice(groups)
            tile, faces = C.face_tile(p, rng.choice(p.faces), face_px, side, side, rng)
            x = x0 + c * (side + gap[0])
            comp.image[y : y + side, x : x + side] = look(tile, c)
            for b in faces:
                comp.faces.append((x + b[0], y + b[1], x + b[2], y + b[3]))
                comp.sizes.append(max(b[2] - b[0], b[3] - b[1]))
        y += side + gap[1]
    comp.image = C.lift(comp.image)
    return comp


def dim_grey(tile: np.ndarray, _column: int) -> np.ndarray:
    g = cv2.cvtColor(tile, cv2.COLOR_BGR2GRAY).astype(np.float32) * 0.45 + 10
    return cv2.cvtColor(g.astype(np.uint8), cv2.COLOR_GRAY2BGR)


def grey_album(photos: list[C.Photo], face_px: float, seed: int) -> C.Composite:
    """An album page of 150 px thumbnails in a dim grey (a night camera's roll), five a row;
    JPEG 35."""
    grid = {"side": 150, "cols": 5, "x0": 30, "gap": (58, 40)}
    return photo_wall(photos, face_px, seed, dim_grey, **grid, page=245, quality=35)


def test_small_faces_in_grey_thumbnails_are_found_by_the_2x_looks_over_photos(photos: list[C.Photo]) -> None:
    """Thumbnails are photos too small for a face to stir the 1x look over photos (faces of
    16-32 px score nothing there) and no blob or seed points inside them. The 2x look over small
    photos' windows (PHOTOS_2X) and its softened twin (SOFTENED_2X) only add boxes: they hide every
    face the other passes hide, and more (measured: 31 faces of 222 left without them, 27 with the
    first alone, 25 with both). Dim grey thumbnails remain the hardest screens here (issue 14):
    this test asserts the gain, not that they are safe."""
    album = grey_album(photos, 22, 1)
    left_with, left_without = left_with_and_without(album, det.PHOTOS_2X, det.SOFTENED_2X)
    assert len(left_with) + 3 <= len(left_without), (left_with, left_without)
    # Measured without the line cover (left_with_and_without); the default, with it, leaves none
    # of the faces the passes alone hide.
    data = C.encode(album.image, album.quality)
    assert set(leaks(album, FrameRedactor().process(data), data)) <= set(left_with)


def seen_screen(gen: ModuleType, name: str) -> C.Composite:
    """Screen ``name`` of a seen held-out set as the bench draws it (``seen_screens``)."""
    return seen_screens(gen, name)[0]


def seen_screens(gen: ModuleType, *names: str) -> list[C.Composite]:
    """Screens ``names`` of a seen held-out set as the bench draws them: the held-out people,
    heldout2's face-free photos, the set's own seed, as many rounds as reach the screens' (their
    names' ends), drawn once and up to the last of them (a set's screens come from one generator
    in order: those after it do not change them)."""
    people, free = C.load_photos(split="heldout"), C.load_free(H2.FREE_HELDOUT2)
    screens = gen.generate(people, free, reps=max(int(name.rsplit("_", 1)[1]) for name in names) + 1)
    found: list[C.Composite] = []
    for comp in screens:
        if comp.name in names:
            found.append(comp)
            if len(found) == len(set(names)):
                break
    return found


def test_tiny_faces_stacked_in_a_small_picture_are_found_by_the_4x_look_over_photos() -> None:
    """Seen set 22's calendar day (its screen h22calendar6_0): attendee stacks of 19-20 px faces
    inside pictures of 150-160 px score nothing at 2x there and 0.6-0.84 at 4x. The 4x look over
    small photos' windows (PHOTOS_4X) only adds boxes: it hides every face the other passes hide,
    and the 4 of those they leave (bench/FACES.md, twenty-second round)."""
    day = seen_screen(H22, "h22calendar6_0")
    left_with, left_without = left_with_and_without(day, det.PHOTOS_4X)
    assert len(left_with) + 3 <= len(left_without), (left_with, left_without)


def test_a_tiny_face_joined_to_a_plus_n_disc_is_found_by_the_4x_look_around_joined_patches() -> None:
    """Seen set 52's tournament bracket (its screen h52tournament5_1): a team's stack of an 18 px
    face and a "+3" disc is one island, so no blob; the joined patch's 1x and 2x looks keep no box
    there (a window around the face scores it 0.38 at 2x, 0.86 at 4x). The 4x look around joined
    patches (JOINED_4X) only adds boxes: it hides every face the other passes hide, and more; with
    it the screen leaves no face (without it, that one)."""
    bracket = seen_screen(H52, "h52tournament5_1")
    left_with, left_without = left_with_and_without(bracket, det.JOINED_4X)
    assert len(left_with) + 1 <= len(left_without), (left_with, left_without)
    data = C.encode(bracket.image, bracket.quality)
    assert leaks(bracket, FrameRedactor().process(data), data) == []


@pytest.mark.parametrize(
    ("gen", "name"),
    [(H44, "h44fall_alert11_1"), (H49, "h49match_day5_0")],
    ids=["facepile", "match_day"],
)
def test_small_avatars_no_look_finds_are_hidden_on_a_screen_where_faces_were_found(
    gen: ModuleType, name: str
) -> None:
    """Seen set 44's fall alert (a facepile of 20 px faces libfacedetection scores under 0.45 at
    2x-6x in windows of their own) and seen set 49's match day (a 22 px avatar no pass keeps a box
    on): other faces on both screens are found, so each is re-encoded anyway, and its avatar rows
    and small photos that MTCNN's RNet finds face-like are covered (SCREEN_COVER). Without that
    cover those faces are left; with it none is."""
    comp = seen_screen(gen, name)
    data = C.encode(comp.image, comp.quality)
    with mock.patch.object(det, "cover_screen", lambda patches, faces, img: ([], [])):
        left_without = leaks(comp, FrameRedactor().process(data), data)
    assert left_without
    assert leaks(comp, FrameRedactor().process(data), data) == []


def leaks_with_lines_read_once(comp: C.Composite, data: bytes, with_photos: bool) -> list[str]:
    """The faces left on ``comp`` when each line is read one way only (``cover_structure`` reads
    both): with the found faces alone, or with them and the small photos the screen cover hides."""
    screen, lines, covered = det.cover_screen, det.cover_lines, set()

    def recorded(
        patches: det.Patches, faces: list[det.Box], img: np.ndarray
    ) -> tuple[list[det.Box], list[det.Box]]:
        photos, rows = screen(patches, faces, img)
        covered.update(photos)
        return photos, rows

    def once(faces: list[det.Box], img: np.ndarray) -> list[det.Box]:
        return lines(faces, img) if bool(covered & set(faces)) == with_photos else []

    with mock.patch.object(det, "cover_screen", recorded), mock.patch.object(det, "cover_lines", once):
        return leaks(comp, FrameRedactor().process(data), data)


def test_a_line_reads_the_small_photos_the_screen_cover_hides_as_well_as_the_found_faces() -> None:
    """Seen set 52's parents' chat (h52parent_chat13_0): a 22 px avatar no pass boxes sits in a
    line of avatars that the screen cover hides as small face-like photos, not as found faces. Read
    with the found faces, those covers give the line its pitch and the avatar's slot is covered
    (``cover_structure``); with the found faces alone, it is left."""
    comp = seen_screen(H52, "h52parent_chat13_0")
    data = C.encode(comp.image, comp.quality)
    assert leaks(comp, FrameRedactor().process(data), data) == []
    assert leaks_with_lines_read_once(comp, data, with_photos=False)


def test_a_line_read_with_the_covered_photos_too_keeps_the_slots_the_found_faces_gave() -> None:
    """Seen set 55's shift roster (h55shift_roster3_0, from the blind scoring of the fortieth
    round): with the small photos the screen cover hides, a line's pitch is refit and one slot of
    the line of found faces alone, a 23 px face no pass boxes, is no longer covered. The lines are
    read both ways (``cover_structure``), so it is."""
    comp = seen_screen(H55, "h55shift_roster3_0")
    data = C.encode(comp.image, comp.quality)
    assert leaks(comp, FrameRedactor().process(data), data) == []
    assert leaks_with_lines_read_once(comp, data, with_photos=True)


def test_a_face_filling_a_small_lined_disc_is_found_by_the_4x_look_around_lined_patches() -> None:
    """Seen set 57's marina plan (h57marina8_2): a 19 px face fills a berth marker's white disc, a
    lined patch of 34 px; the 2x look there keeps nothing, its own window scores it 0.72-0.79 at
    4x. The 4x look around lined patches (LINED_4X) only adds boxes: with it the screen leaves no
    face, without it that one."""
    marina = seen_screen(H57, "h57marina8_2")
    left_with, left_without = left_with_and_without(marina, det.LINED_4X)
    assert len(left_with) + 1 <= len(left_without), (left_with, left_without)
    data = C.encode(marina.image, marina.quality)
    assert leaks(marina, FrameRedactor().process(data), data) == []


@pytest.mark.parametrize(
    ("gen", "name"),
    [(H54, "h54attorney_grid6_0"), (H47, "h47seating_chart2_0")],
    ids=["attorney_grid_group_photo", "seating_chart_tables"],
)
def test_faces_beside_a_group_of_found_faces_in_a_photo_are_covered(gen: ModuleType, name: str) -> None:
    """Seen set 54's attorney grid (a team photo: a 51 px face between found ones, which no look
    boxes) and seen set 47's seating chart (18 px guests round tables whose other guests are found
    or covered as list slots): the span round each group of faces in a large photo is covered
    (``cover_groups``, read from the found faces and their covers). Without it faces are left."""
    comp = seen_screen(gen, name)
    data = C.encode(comp.image, comp.quality)
    with mock.patch.object(det, "cover_groups", lambda photos, faces: []):
        assert leaks(comp, FrameRedactor().process(data), data)
    assert leaks(comp, FrameRedactor().process(data), data) == []


def test_faces_on_a_screen_drawn_in_one_hue_are_hidden_and_its_face_free_twin_is_untouched() -> None:
    """Seen set 58's star party in the astronomy app's red night mode: a photo's faces keep their
    shading only in the red channel, and 18-23 px ones were left. The screen is one hue, so it is
    searched again in its brightest channel stretched to grey (``one_hue``): none is left. The
    same app's face-free page in red comes out as it came."""
    screens = {c.name: c for c in seen_screens(H58, "h58star_party6_3", "h58freestar_party3_1")}
    party, free = screens["h58star_party6_3"], screens["h58freestar_party3_1"]
    assert det.one_hue(party.image) and det.one_hue(free.image)
    data = C.encode(party.image, party.quality)
    with mock.patch.object(det, "one_hue", lambda img: False):
        assert leaks(party, FrameRedactor().process(data), data)
    assert leaks(party, FrameRedactor().process(data), data) == []
    free_data = C.encode(free.image, free.quality)
    assert FrameRedactor().process(free_data).data == free_data


@pytest.mark.slow  # ~7 s: draws four rounds of seen set 60 to reach the screens
def test_ringed_avatars_pinned_over_a_drawn_profile_are_covered_on_a_screen_with_found_faces() -> None:
    """Seen set 60's race tracker (h60race_tracker0_3 in a brown-red theme, h60race_tracker1_3
    dark): 18-21 px runners' faces in rimmed pins on the course's elevation profile. The profile is
    one large island, so no patch isolates a pin and no network scores them, and faces were found
    in the positions below. The pins' rims are circles (``round_avatars``), which the screen cover
    asks MTCNN's RNet about with the other small photos: without them faces are left, with them
    none."""
    for comp in seen_screens(H60, "h60race_tracker0_3", "h60race_tracker1_3"):
        data = C.encode(comp.image, comp.quality)
        with mock.patch.object(det, "round_avatars", lambda img: []):
            assert leaks(comp, FrameRedactor().process(data), data), comp.name
        assert leaks(comp, FrameRedactor().process(data), data) == [], comp.name


@pytest.mark.slow  # ~6 s: draws three rounds of seen set 63 to reach the screen
def test_drivers_in_rims_broken_by_their_number_badges_are_covered_beside_found_faces() -> None:
    """Seen set 63's karting live timing (h63kart_timing1_2): 18 px drivers' faces in rims of their
    karts' colours on a circuit seen from above, each with its number on a badge over the rim's
    edge. The badge breaks the rim for a quarter of the circle, so it is no rim all round; round
    ROUND_ARC of it in one arc, it is a round avatar: without that, faces are left."""
    comp = seen_screen(H63, "h63kart_timing1_2")
    data = C.encode(comp.image, comp.quality)
    with mock.patch.object(det, "ROUND_ARC", 2.0):
        assert leaks(comp, FrameRedactor().process(data), data)
    assert leaks(comp, FrameRedactor().process(data), data) == []


@pytest.mark.slow  # ~7 s: draws four rounds of seen set 61 to reach the screens
def test_avatars_joined_to_a_cone_or_inside_a_large_island_are_covered_beside_found_faces() -> None:
    """Seen set 61's match centre (h61match_centre1_1): an 18 px player's face on the minimap,
    joined to its view cone, is a lined patch (not a blob) that RNet scores 0.5 in its middle; its
    consultation (h61consultation9_3): a 21 px face among the wall's notes is a blob inside a large
    island, whose middle RNet scores 0.58. No look boxes either, and faces were found elsewhere on
    both screens. The screen cover asks RNet about lined patches as well as blobs, and covers
    patches inside large islands it scores SCREEN_COVER_IN_PHOTOS or more: without either, a face
    is left."""
    screens = {c.name: c for c in seen_screens(H61, "h61match_centre1_1", "h61consultation9_3")}
    match, wall = screens["h61match_centre1_1"], screens["h61consultation9_3"]
    cover = det.cover_screen
    data = C.encode(match.image, match.quality)
    with mock.patch.object(det, "cover_screen", lambda p, f, img: cover(replace(p, lined=[]), f, img)):
        assert leaks(match, FrameRedactor().process(data), data)
    assert leaks(match, FrameRedactor().process(data), data) == []
    data = C.encode(wall.image, wall.quality)
    with mock.patch.object(det, "SCREEN_COVER_IN_PHOTOS", 1.01):
        assert leaks(wall, FrameRedactor().process(data), data)
    assert leaks(wall, FrameRedactor().process(data), data) == []


def test_one_weak_false_box_does_not_black_out_a_face_free_screens_avatars(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen set 54's museum guides with no people (h54freemuseum_guides8_0): the 4x look keeps an
    18 px box at 0.52 on one guide's picture, so the screen is re-encoded. Were every found face to
    bring the screen cover, that weak false box would black out the screen's every face-like avatar
    and row piece near it (48 regions hidden); the cover needs a face of SCREEN_COVER_SURE, so the
    box and what lies round it are hidden (15 regions)."""
    comp = seen_screen(H54, "h54freemuseum_guides8_0")
    assert not comp.faces
    data = C.encode(comp.image, comp.quality)
    result = FrameRedactor().process(data)
    assert result.status == "redacted"
    monkeypatch.setattr(det, "SCREEN_COVER_SURE", 0.0)
    assert FrameRedactor().process(data).faces > 2 * result.faces


@pytest.mark.parametrize(
    ("gen", "name", "where"),
    [
        (H43, "h43farm_share9_2", lambda b: b[0] < 200 and 450 < b[1] < 600),
        (H51, "h51veterans_directory10_1", lambda b: b[2] - b[0] > 40),
    ],
    ids=["farm_share_0.73", "veterans_directory_0.68"],
)
def test_a_tilted_face_over_64_px_only_the_2x_look_scores_is_kept_from_its_large_boxes(
    gen: ModuleType, name: str, where: Callable[[tuple[float, ...]], bool]
) -> None:
    """Tilted faces of 67-68 px in ringed avatars on dark cards: seen set 43's farmer (the whole
    frame at 0.5 sees nothing there, CenterFace 0.19, the 1x look around the avatar nothing; the 2x
    look scores it 0.73 with an 81 px box) and seen set 51's veteran in a grey avatar (0.68, a 73 px
    box, and no other pass gives it one). Both boxes are over the 64 px the 2x look keeps; its
    boxes over 64 px are kept from SEEDS_2X_LARGE (as the look over photos' are)."""
    comp = seen_screen(gen, name)
    (face,) = [b for b in comp.faces if where(b)]
    data = C.encode(comp.image, comp.quality)
    look = det.LFD_PASSES[5]
    assert look.scale == 2.0 and look.region == "seeds" and look.max_face == 64
    assert look.large_from == det.SEEDS_2X_LARGE
    small_only = tuple(replace(p, large_from=0.0) if p is look else p for p in det.LFD_PASSES)
    without = FrameRedactor(RedactionSettings(passes=small_only)).process(data)
    assert not C.wholly_hidden(written(without, data), face)
    assert C.wholly_hidden(written(FrameRedactor().process(data), data), face)


@pytest.fixture(scope="module")
def set24() -> dict[str, C.Composite]:
    """The screens of seen set 24 the tests below read, drawn once (two rounds of the set)."""
    names = ("h24freefamily_map10_0", "h24family_map12_0", "h24school_app10_1")
    return {comp.name: comp for comp in seen_screens(H24, *names)}


def test_a_box_the_4x_look_keeps_with_no_second_cue_leaves_a_face_free_screen_as_it_was(
    set24: dict[str, C.Composite],
) -> None:
    """Seen set 24's family map with no one on it (h24freefamily_map10_0): the 4x look around
    seeds and blobs scores a 22 px patch of the map 0.45 (MTCNN 0.54), with no skin in it and
    nothing CenterFace sees there. Without its second cue (Pass.backed) the screen is re-encoded
    with a black box; with it, it is written byte for byte as it came."""
    comp = set24["h24freefamily_map10_0"]
    assert not comp.faces
    data = C.encode(comp.image, comp.quality)
    look = det.LFD_PASSES[6]
    assert look.scale == 4.0 and look.region == "seeds" and look.backed
    unbacked = tuple(replace(p, backed=False) if p is look else p for p in det.LFD_PASSES)
    assert FrameRedactor(RedactionSettings(passes=unbacked)).process(data).status == "redacted"
    backed = FrameRedactor(RedactionSettings(passes=det.LFD_PASSES)).process(data)
    assert backed == FrameResult("clean", 0, data)


def test_a_furry_box_of_the_4x_look_leaves_a_face_free_screen_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen set 28's match timeline with no people (h28freematch_timeline0_0): a goal's avatar is
    a cat's face, which the 4x look scores 0.5 and CenterFace's look 0.15, a second cue. Its
    middle is fur (fine texture 5.0 at 32x32; faces only that look hid on seen sets 21-28: at most
    2.5): the screen is written as it came, and re-encoded without the texture test."""
    comp = seen_screen(H28, "h28freematch_timeline0_0")
    assert not comp.faces
    data = C.encode(comp.image, comp.quality)
    assert FrameRedactor(RedactionSettings(passes=det.LFD_PASSES)).process(data) == FrameResult(
        "clean", 0, data
    )
    monkeypatch.setattr(verify, "BACKED_TEXTURE_MAX", float("inf"))
    assert FrameRedactor(RedactionSettings(passes=det.LFD_PASSES)).process(data).status == "redacted"


@pytest.fixture(scope="module")
def set30() -> dict[str, C.Composite]:
    """The screens of seen set 30 the tests below read, drawn once (two rounds of the set)."""
    names = ("h30freedriver_console0_1", "h30family_drive14_1", "h30car_club17_1")
    return {comp.name: comp for comp in seen_screens(H30, *names)}


def test_a_box_of_the_2x_look_no_second_look_sees_leaves_a_face_free_screen_as_it_was(
    monkeypatch: pytest.MonkeyPatch, set30: dict[str, C.Composite]
) -> None:
    """Seen set 30's driver console with no people (h30freedriver_console0_1): the 2x look around
    seeds and blobs keeps two 60 px boxes on a drawn car (0.84 and 0.76) that MTCNN scores 0.01 and
    CenterFace's look 0.02 at most. Such boxes are dropped (Pass.doubted): the screen is written
    as it came, and re-encoded when CenterFace's trace needed is set at zero."""
    comp = set30["h30freedriver_console0_1"]
    assert not comp.faces
    data = C.encode(comp.image, comp.quality)
    assert det.LFD_PASSES[5].scale == 2.0 and det.LFD_PASSES[5].doubted
    assert FrameRedactor().process(data) == FrameResult("clean", 0, data)
    monkeypatch.setattr(verify, "DOUBTED_CENTERFACE_MIN", 0.0)
    assert FrameRedactor().process(data).status == "redacted"


def test_a_grey_avatar_only_the_4x_look_finds_stays_hidden_behind_its_second_cue(
    set24: dict[str, C.Composite],
) -> None:
    """Seen set 24's family map (h24family_map12_0): a 22 px grey member avatar only the 4x look
    finds, with no skin colours in it: CenterFace's look (0.085) backs it, and it stays hidden."""
    left_with, left_without = left_with_and_without(set24["h24family_map12_0"], det.LFD_PASSES[6])
    assert len(left_with) < len(left_without), (left_with, left_without)


def left_now_and_before(
    monkeypatch: pytest.MonkeyPatch, comp: C.Composite, constant: str, before: float
) -> tuple[list[str], list[str]]:
    """The faces the default detector leaves on ``comp``, and those it left while its ``constant``
    was ``before``."""
    data = C.encode(comp.image, comp.quality)
    left_now = leaks(comp, FrameRedactor().process(data), data)
    monkeypatch.setattr(det, constant, before)
    return left_now, leaks(comp, FrameRedactor().process(data), data)


def test_faces_in_a_facepile_ended_by_a_counter_disc_are_wholly_hidden(
    monkeypatch: pytest.MonkeyPatch, set24: dict[str, C.Composite]
) -> None:
    """Seen set 24's school app (its screen h24school_app10_1): a "seen by" facepile of five 18 px
    avatars, each overlapping the one before inside a white ring, ended by a "+23" disc. It is one
    solid island 4.1 short sides long; solid rows were taken up to four (ROW_SOLID_LENGTH), so no
    pass looked at its avatars and all five were left. Up to six it is a row: its avatars are
    searched, and every face of the screen the shorter rule hid stays hidden."""
    left_now, left_before = left_now_and_before(
        monkeypatch, set24["h24school_app10_1"], "ROW_SOLID_LENGTH", 4
    )
    assert set(left_now) <= set(left_before)
    assert len(left_now) + 5 <= len(left_before), (left_now, left_before)


def test_a_ringed_facepile_filling_under_nine_tenths_of_its_box_is_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen set 45's tenants' forum (its screen h45tenants_forum13_1): five 18-19 px faces, each
    overlapping the one before inside a hard ring, ended by a "+1000" disc. Its island fills 0.85 of
    its box (the rings' round ends and the disc), under the 0.9 a solid row once needed (ROW_SOLID),
    and it is hard-edged, so it was no row: no pass looked at it and all five were left, though
    libfacedetection scores three of them 0.8-0.9 at 2x in windows of their own. From 0.85 it is a row,
    and every face the stricter rule hid stays hidden."""
    left_now, left_before = left_now_and_before(
        monkeypatch, seen_screen(H45, "h45tenants_forum13_1"), "ROW_SOLID", 0.9
    )
    assert set(left_now) <= set(left_before)
    assert len(left_now) + 5 <= len(left_before), (left_now, left_before)


def test_a_large_face_in_a_dark_grey_photo_avatar_is_kept_from_the_look_over_photos() -> None:
    """Seen set 23's local pros (its screen h23local_pros13_2): a dark grey group photo in a 200 px
    round avatar, its middle face 70 px. The whole-frame passes miss it; the 1x look over photos
    scores it 0.89 but keeps boxes up to 48 px for its own use. Its larger boxes from 0.7
    (PHOTO_LARGE) are added after every pass: the face is hidden, and nothing the look without them
    hides is left."""
    pros = seen_screen(H23, "h23local_pros13_2")
    data = C.encode(pros.image, pros.quality)
    without = RedactionSettings(passes=tuple(replace(p, large_from=0.0) for p in det.LFD_PASSES))
    left_with = leaks(pros, FrameRedactor().process(data), data)
    left_without = leaks(pros, FrameRedactor(without).process(data), data)
    assert any(p.large_from for p in det.LFD_PASSES)
    assert set(left_with) < set(left_without), (left_with, left_without)
    assert not any(m.startswith("70 px face at (120, 1048") for m in left_with), left_with


def test_a_faded_grey_avatar_in_a_list_of_found_faces_is_covered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen set 26's member list (its screen h26server_members6_0): offline members' avatars are
    greyed and faded, a few close light greys. The detector finds the online members' faces in the
    same column, but at 16 grey levels two of the faded avatar's greys held most of its patch, so
    the list cover took it for text and left its 29 px face. At 32 levels (LIST_GREY_LEVELS) it is a
    grey photo, covered like its neighbours; nothing the coarser test hid is left."""
    members = seen_screen(H26, "h26server_members6_0")
    data = C.encode(members.image, members.quality)
    left_now = leaks(members, FrameRedactor().process(data), data)
    monkeypatch.setattr(det, "LIST_GREY_LEVELS", 16)
    monkeypatch.setattr(det, "cover_screen", lambda patches, faces, img: ([], []))  # its lines hide it too
    left_before = leaks(members, FrameRedactor().process(data), data)
    faded = "29 px face at (503, 960"
    assert any(m.startswith(faded) for m in left_before), left_before
    assert not any(m.startswith(faded) for m in left_now), left_now
    assert set(left_now) < set(left_before)


def without_slots(cover_lists: Callable[..., list[det.Box]]) -> Callable[..., list[det.Box]]:
    """``cover_lists`` less the slots found faces lie in (as it was before they were covered)."""

    def cover(blobs: list[det.Box], faces: list[det.Box], img: np.ndarray) -> list[det.Box]:
        slots = {b[:4] for b in det.list_slots(blobs, faces)}
        return [b for b in cover_lists(blobs, faces, img) if b[:4] not in slots]

    return cover


def test_the_avatar_a_face_was_found_in_is_covered_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen set 20's dating app (its screen h20dating15_0): a "liked you" card, a blurred photo of
    five people. The detector finds some of its faces; the square over each found face leaves its
    neighbours' (92 and 64 px) mostly visible. The card is one patch the found faces lie in, and
    that patch is covered whole (cover_lists): both faces are hidden, and nothing the cover without
    it hid is left."""
    card = seen_screen(H20, "h20dating15_0")
    data = C.encode(card.image, card.quality)
    left_now = leaks(card, FrameRedactor().process(data), data)
    monkeypatch.setattr(det, "cover_lists", without_slots(det.cover_lists))
    monkeypatch.setattr(det, "cover_islands", lambda islands, faces: [])  # the card is such an island too
    left_before = leaks(card, FrameRedactor().process(data), data)
    neighbours = ("92 px face at (30, 1546", "64 px face at (294, 1527")
    assert all(any(m.startswith(n) for m in left_before) for n in neighbours), left_before
    assert not any(m.startswith(neighbours) for m in left_now), left_now
    assert set(left_now) < set(left_before)


def test_badges_in_a_line_of_found_faces_are_covered_at_its_pitch(
    monkeypatch: pytest.MonkeyPatch, set30: dict[str, C.Composite]
) -> None:
    """Seen set 30's family drive and car club (h30family_drive14_1, h30car_club17_1): a column of
    trips and a row of garages, each with a 20-28 px avatar over its picture's corner. Joined to
    the picture, a badge is no avatar patch of its own, and the detector finds some of them: those
    found keep a steady pitch, so the others are covered at it (``cover_lines``), between them (two
    steps apart in the column) and across the screen (the row's last garage, cut by the edge).
    Nothing the detector hides without it is left."""
    drive, club = set30["h30family_drive14_1"], set30["h30car_club17_1"]
    missed = {
        drive.name: ("20 px face at (217, 850", "20 px face at (218, 1492"),
        club.name: ("28 px face at (1027, 859",),
    }
    for comp in (drive, club):
        data = C.encode(comp.image, comp.quality)
        left_now = leaks(comp, FrameRedactor().process(data), data)
        with monkeypatch.context() as m:
            m.setattr(det, "cover_lines", lambda faces, img: [])
            m.setattr(det, "cover_screen", lambda patches, faces, img: ([], []))  # it hides them too
            left_before = leaks(comp, FrameRedactor().process(data), data)
        assert all(any(m.startswith(face) for m in left_before) for face in missed[comp.name]), left_before
        assert not left_now and set(left_now) < set(left_before), (comp.name, left_now)


def test_a_line_covers_photo_like_slots_at_its_pitch_and_not_a_facepile() -> None:
    """Two found 20 px faces 60 px apart in a row on a white page: of the row's other slots at
    that pitch, a photo (noise) 60 px on gets a box of the faces' size, whatever the faces' scores;
    a word 60 px further and the white page get none. The same faces 24 px apart (a facepile, under
    1.5 sides) give none."""
    img = np.full((200, 400, 3), 255, np.uint8)
    rng = np.random.default_rng(3)
    img[90:110, 210:230] = rng.integers(0, 255, (20, 20, 3), dtype=np.uint8)  # a photo at x 220
    cv2.putText(img, "ab", (271, 106), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 0, 0), 2)  # text at x 280
    line = [(90.0, 90.0, 110.0, 110.0, 0.9), (150.0, 90.0, 170.0, 110.0, 0.5)]
    boxes = det.cover_lines(line, img)
    assert [tuple(round(v) for v in b[:4]) for b in boxes] == [(210, 90, 230, 110)], boxes
    assert det.cover_lines([line[0], (114.0, 90.0, 134.0, 110.0, 0.9)], img) == []
    weak = det.cover_lines([(*b[:4], 0.4) for b in line], img)
    assert [tuple(round(v) for v in b[:4]) for b in weak] == [(210, 90, 230, 110)], weak


def test_a_long_row_of_wandering_boxes_keeps_its_pitch_to_the_screen_edge() -> None:
    """Fifteen 24 px avatars 69 px apart, found with boxes whose centres wander by up to 4 px (gaps
    of 61-77 px: no whole number of steps of the smallest gap), and a sixteenth cut by the
    capture's black padding at the right edge, not found: the pitch is fitted to the whole row, so
    the cut one is covered (a listing's top agents, a flatshare's viewers in blind set 38)."""
    rng = np.random.default_rng(11)
    img = np.full((120, C.W, 3), 250, np.uint8)
    img[:, C.W - 8 :] = 0
    wander = [0, 4, -4, 3, -3, 4, -4, 2, -2, 4, -4, 3, -3, 4, -4]
    found = []
    for i in range(16):
        x = 40 + 69 * i
        img[48:72, x - 12 : min(x + 12, C.W - 8)] = rng.integers(0, 256, (24, min(24, C.W - 8 - x + 12), 3))
        if i < 15:
            c = x + wander[i]
            found.append((c - 12.0, 48.0, c + 12.0, 72.0, 0.9))
    boxes = det.cover_lines(found, img)
    assert any(b[0] <= 1064 and b[2] >= 1079 and b[1] <= 49 and b[3] >= 71 for b in boxes), boxes


def family_tree(photos: list[C.Photo], face_px: float, seed: int) -> C.Composite:
    """A family tree on a dark page: rows of round avatars (faces of ``face_px``, the avatar 1.25
    times that) each hung 25-45 px below a 3 px connector line, a name under each; JPEG 45."""
    rng = random.Random(seed)
    comp = C.Composite("family-tree", "tree", np.full((C.H, C.W, 3), (60, 55, 62), np.uint8), quality=45)
    line, side = (170, 170, 170), round(face_px * 1.25)
    disc = np.zeros((side, side), np.uint8)
    cv2.circle(disc, (side // 2, side // 2), side // 2, 255, -1)
    y = C.STATUS_H + 80
    while y + 160 < C.H - C.NAV_H:
        xs = sorted(rng.sample(range(60, C.W - 60 - side, side * 2), 4))
        mid = (xs[0] + xs[-1]) // 2 + side // 2
        cv2.line(comp.image, (xs[0] + side // 2, y), (xs[-1] + side // 2, y), line, 3)
        cv2.line(comp.image, (mid, y - 60), (mid, y), line, 3)
        for x in xs:
            top = y + rng.randint(25, 45)
            cv2.line(comp.image, (x + side // 2, y), (x + side // 2, top), line, 3)
            p = rng.choice([q for q in photos if q.faces])
            tile, faces = C.face_tile(p, rng.choice(p.faces), face_px, side, side, rng)
            comp.image[top : top + side, x : x + side][disc > 0] = tile[disc > 0]
            for b in faces:
                comp.faces.append((x + b[0], top + b[1], x + b[2], top + b[3]))
                comp.sizes.append(max(b[2] - b[0], b[3] - b[1]))
            cv2.putText(
                comp.image, "Name", (x - 6, top + side + 18), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (150,) * 3
            )
        y += 190
    comp.image = C.lift(comp.image)
    return comp


def test_avatars_hung_on_connector_lines_are_found_by_the_lined_look(photos: list[C.Photo]) -> None:
    """An avatar hung on a short line (a family tree, a comment thread) is one island with the
    line: no blob, no photo window, and the line too short to be taken out as one. Opening the
    texture mask with a disc frees it (Patches.lined) and the looks there (LINED_2X, and at 4x
    LINED_4X) find it; they only add boxes (measured: 14 of 36 faces left without them, none with
    them; either alone hides them all, and before the 4x look the 2x one alone left 4)."""
    left_with, left_without = left_with_and_without(family_tree(photos, 22, 1), det.LINED_2X, det.LINED_4X)
    assert len(left_with) + 12 <= len(left_without), (left_with, left_without)


def blown_up(tile: np.ndarray, column: int, k: int = 3) -> np.ndarray:
    """Shrunk by ``k`` and blown up again without smoothing; grey in the second column."""
    side = tile.shape[0]
    small = cv2.resize(tile, (side // k, side // k), interpolation=cv2.INTER_AREA)
    tile = cv2.resize(small, (side, side), interpolation=cv2.INTER_NEAREST)
    return cv2.cvtColor(cv2.cvtColor(tile, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR) if column else tile


def blown_up_prints(photos: list[C.Photo], face_px: float, seed: int) -> C.Composite:
    """A photo wall of small pictures shown three times their size (an old print scanned small, a
    forwarded thumbnail): each face made of 3 px blocks, every other picture grey. Two to a row;
    JPEG 45."""
    grid = {"side": 330, "cols": 2, "x0": 60, "gap": (80, 50)}
    return photo_wall(photos, face_px, seed, blown_up, **grid, page=238, quality=45)


def test_faces_in_blown_up_pictures_are_found_by_the_softened_look(photos: list[C.Photo]) -> None:
    """A picture shown larger than its pixels draws each face in blocks whose edges the detector
    reads as anything but a face (the blocky faces score nothing at 1x-4x). A slightly blurred
    copy of the photo windows at 2x (SOFTENED_2X) takes the block edges away; it only adds boxes:
    it hides every face the other passes hide, and more (measured: 24 of 64 faces left without
    it, none with it)."""
    left_with, left_without = left_with_and_without(blown_up_prints(photos, 22, 1), det.SOFTENED_2X)
    assert len(left_with) + 12 <= len(left_without), (left_with, left_without)


def turned_box(b: C.BoxF, k: int, side: int) -> C.BoxF:
    """Box ``b`` of a square tile of ``side`` px, once the tile is turned ``k`` quarter turns
    anticlockwise (``np.rot90``)."""
    x1, y1, x2, y2 = b
    return {1: (y1, side - x2, y2, side - x1), 2: (side - x2, side - y2, side - x1, side - y1),
            3: (side - y2, x1, side - y1, x2)}[k]  # fmt: skip


def turned_prints(photos: list[C.Photo], face_px: float, seed: int) -> C.Composite:
    """A gallery of group photos saved sideways or upside down (a phone that got the orientation
    wrong): three 240 px tiles a row, turned a quarter anticlockwise, clockwise and a half by
    column, faces of ``face_px`` and their neighbours turned along; JPEG 45."""
    rng = random.Random(seed)
    groups = [p for p in photos if len(p.faces) >= 3]
    comp = C.Composite("turned-prints", "gallery", np.full((C.H, C.W, 3), 240, np.uint8), quality=45)
    side, y = 240, C.STATUS_H + 40
    while y + side < C.H - C.NAV_H:
        for column, k in enumerate((1, 3, 2)):
            p = rng.choice(groups)
            tile, faces = C.face_tile(p, rng.choice(p.faces), face_px, side, side, rng)
            x = 60 + column * (side + 90)
            comp.image[y : y + side, x : x + side] = np.rot90(tile, k)
            for b in faces:
                t = turned_box(b, k, side)
                comp.faces.append((x + t[0], y + t[1], x + t[2], y + t[3]))
                comp.sizes.append(max(b[2] - b[0], b[3] - b[1]))
        y += side + 50
    comp.image = C.lift(comp.image)
    return comp


def test_faces_in_photos_turned_sideways_are_found_by_the_turned_looks(photos: list[C.Photo]) -> None:
    """The detector learnt upright faces: one turned a quarter scores little upright, and where
    an upright pass finds it, its box lies across the face and leaves the chin out. The looks on
    turned windows (TURNED_SEEDS, TURNED_KEPT) only add boxes: they hide every face the other
    passes hide, and more (measured: 19 of 79 faces left without them, 3 with them; with small
    boxes under the 2.8x square of the twenty-second round, which reaches some turned faces beside
    found ones, 11 without them and 2 with them)."""
    comp = turned_prints(photos, 36, 1)
    left_with, left_without = left_with_and_without(comp, *det.TURNED_SEEDS, *det.TURNED_KEPT)
    assert len(left_with) + 7 <= len(left_without), (left_with, left_without)
    assert len(left_with) <= 3, left_with


def inverted_prints(photos: list[C.Photo], face_px: float, seed: int) -> C.Composite:
    """A photo wall (two 330 px group photos a row, faces of ``face_px`` and their neighbours)
    under classic colour inversion: every pixel's complement, the photos too."""
    grid = {"side": 330, "cols": 2, "x0": 60, "gap": (40, 40)}
    comp = photo_wall(photos, face_px, seed, lambda tile, _column: tile, **grid, page=238, quality=45)
    comp.image = np.ascontiguousarray(255 - comp.image)
    return comp


def test_faces_under_colour_inversion_are_found_by_the_negative_looks(photos: list[C.Photo]) -> None:
    """Colour inversion (an accessibility setting) shows every face as its negative, which the
    detector, trained on positives, scores little under 30 px. The looks on the negative of
    patches whose negative shows skin (NEGATIVE_LOOKS) only add boxes: they hide every face the
    other passes hide, and more (measured: 5 of 64 faces left without them, 3 with them; 6 and 3
    before a weakly found face stood for its list, 13 and 6 before a found face's list slot was
    covered whole and faded slots were taken for photos)."""
    left_with, left_without = left_with_and_without(inverted_prints(photos, 22, 1), *det.NEGATIVE_LOOKS)
    assert set(left_with) <= set(left_without)
    assert len(left_with) + 2 <= len(left_without), (left_with, left_without)
    assert len(left_with) <= 3, left_with  # the default leaves no more than before its gain shrank


def test_washed_out_avatars_alone_on_a_page_are_found_by_the_washed_look(photos: list[C.Photo]) -> None:
    """An offline member's faded picture alone on a page of text (bench/lone_bench.py's faded wash,
    at a seed the bench does not use): its face is too faint for every other look. The look round
    washed-out patches with their contrast stretched (WASHED_4X) only adds boxes: it hides every
    face the other passes hide, and more (measured: 9 of 16 faces left without it, 4 with it)."""
    left_with: list[str] = []
    left_without: list[str] = []
    for comp, _look in L.screens(photos, seed=5, n=16, wash="faded"):
        with_it, without_it = left_with_and_without(comp, det.WASHED_4X)
        left_with += [f"{comp.name}: {m}" for m in with_it]
        left_without += [f"{comp.name}: {m}" for m in without_it]
    assert set(left_with) <= set(left_without)
    assert len(left_with) + 3 <= len(left_without), (left_with, left_without)


def test_washed_out_pets_and_objects_alone_on_a_page_are_left_as_they_came(free: list[C.Photo]) -> None:
    """The same faded wash on face-free avatars (pets, objects, textures): the washed look searches
    them (their middles are washed out) and keeps no box, since MTCNN must see a face in each of its
    boxes on the stretched pixels from 0.9 (WASHED_4X.mtcnn_min): the frame leaves as it came."""
    rng = random.Random("washed-free-14")
    comp, paster, fg = C.capture(rng, "washed_free", "lone")
    rows = list(range(C.STATUS_H + 40, 1000 - 60, L.ROW_PITCH))
    for y, photo in zip(rows[::2], free * 2, strict=False):
        side = rng.randrange(30, 60)
        ph, pw = photo.image.shape[:2]
        crop = photo.image[(ph - min(ph, pw)) // 2 :, (pw - min(ph, pw)) // 2 :][: min(ph, pw), : min(ph, pw)]
        tile = L.washed(cv2.resize(crop, (side, side), interpolation=cv2.INTER_AREA), "faded", rng)
        C.paste_avatar(paster, tile, [], 24, y - side // 2, C.Look(shape=rng.choice(["circle", "rounded"])))
        C._text(comp.image, rng, 24 + side + L.GAP, y, fg, scale=0.8)
    page = top(comp)
    data = C.encode(page.image, page.quality)
    seen = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    blobs = det.find_patches(seen, hi=det.BLOB_MAX).blobs
    washed_blobs = sum(1 for b in blobs if det.photo_like(seen, b) and det.washed_stretch(seen, b))
    assert washed_blobs >= 4, "the washed look had nothing to search: the page tests nothing"
    res = FrameRedactor(RedactionSettings()).process(data)
    assert res.status == "clean", f"{res.faces} false hit(s)"
    assert res.data == data


def test_small_faces_in_overlapping_group_avatars_are_wholly_covered_by_the_wide_small_square(
    photos: list[C.Photo], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list of group chats, each avatar a stack of one to four overlapping ones (faces of 18-40
    px, under a header stack of 28-60 px faces): a detector box under 32 px that sits a few pixels
    off its face, or on part of it, left a strip of the face out of a square 1.8 times its side
    (the old small_mask_scale; 2.4 in the twenty-first round still left two). The wider square
    hides what the narrow one hides, and more (measured: 8 faces left over these three screens at
    1.8, 2 at 2.4, none at 2.8; since the thirtieth round's looks, 4 at 1.8 and none at the
    default). The squares are compared without the cover of the avatar a face
    was found in and of the island it lies in (which since hide these three screens' faces at any
    square): what they hide alone is what a face outside any found avatar gets."""
    narrow = RedactionSettings(small_mask_scale=1.8)
    assert RedactionSettings().small_mask_scale > 2.4
    screens = [H2.group_list(photos, random.Random(seed), f"groups-{seed}") for seed in (0, 1, 3)]
    encoded = [(comp, C.encode(comp.image, comp.quality)) for comp in screens]
    assert not [m for comp, data in encoded for m in leaks(comp, FrameRedactor(narrow).process(data), data)]
    monkeypatch.setattr(det, "cover_lists", without_slots(det.cover_lists))
    monkeypatch.setattr(det, "cover_islands", lambda islands, faces: [])
    found: dict[tuple[bytes, tuple[det.Pass, ...]], list[det.Box]] = {}
    detect = det.detect

    def detect_once(img: np.ndarray, passes: tuple[det.Pass, ...], *more: bool) -> list[det.Box]:
        """The boxes do not depend on the square: found once a screen."""
        key = (img.tobytes(), tuple(passes))
        if key not in found:
            found[key] = detect(img, passes, *more)
        return list(found[key])

    monkeypatch.setattr(det, "detect", detect_once)
    left: dict[str, list[str]] = {"default": [], "1.8": []}
    for seed, (comp, data) in zip((0, 1, 3), encoded, strict=True):
        for name, settings in (("default", RedactionSettings()), ("1.8", narrow)):
            left[name] += [f"{seed}: {m}" for m in leaks(comp, FrameRedactor(settings).process(data), data)]
    assert set(left["default"]) <= set(left["1.8"])
    assert len(left["default"]) + 3 <= len(left["1.8"]), left


def test_a_face_revealed_after_a_partial_box_does_not_leak(photos: list[C.Photo]) -> None:
    """Frame 1: a banner hides the lower half of a face (at best its upper half is found).
    Frame 2: the banner is gone. Frame 3: the same bytes again; frame 4: only the clock changed.
    Each later frame reuses what it can of the one before, and none may show the face."""
    rng = random.Random(141)
    comp, _fg, _accent = HO._screen(rng, "reveal", "ho-reveal", "light")
    paster = C._Paster(comp)
    p = max(photos, key=lambda ph: max((b[2] - b[0] for b in ph.faces), default=0))
    f = max(p.faces, key=lambda b: b[2] - b[0])
    tile, faces = C.face_tile(p, f, 110, 300, 300, rng)
    paster.paste(tile, faces, 380, 500)
    comp = C._lifted(comp)
    assert comp.faces
    fy1, fy2 = round(comp.faces[0][1]), round(comp.faces[0][3])
    covered = comp.image.copy()  # a banner over the lower half of the face
    cv2.rectangle(covered, (0, (fy1 + fy2) // 2), (C.W - 9, fy2 + 60), (235, 235, 235), -1)
    clock = comp.image.copy()
    C.draw_clock(clock, "23:59")
    frames = [C.encode(img, 50) for img in (covered, comp.image, comp.image, clock)]
    red = FrameRedactor(RedactionSettings())
    results = [red.process(f) for f in frames]
    assert red.stats.full == 1, "the later frames must take the reuse paths this test is about"
    for i, (res, data) in enumerate(zip(results[1:], frames[1:], strict=True), 2):
        assert leaks(comp, res, data) == [], f"frame {i}"


@pytest.mark.parametrize("shape", ["square", "circle"])
def test_avatars_at_the_end_of_chat_pills_are_wholly_hidden(photos: list[C.Photo], shape: str) -> None:
    """A live stream's chat on a dark page: each message a rounded grey pill with the viewer's
    19-23 px avatar at its left end and the words after it. The avatar's island is the whole pill
    (or, with its straight edges taken out, a patch mostly pill-grey): no compact patch, no photo
    cell, so no pass looked there until the look around avatars joined to a pill's end
    (JOINED_PASSES); the fourteenth round's detector leaks a 19 px face of the square avatars' chat."""
    rng = random.Random(f"pills-{shape}-15")
    comp = C.Composite("pills", "pills", np.full((1300, C.W, 3), 30, np.uint8), quality=40)
    paster = C._Paster(comp)
    y = C.STATUS_H + 30
    while y < 1220:
        face_px = rng.uniform(19, 23)
        side = round(face_px * 1.2)
        h = side + rng.randint(14, 20)
        x0, x1, grey = 16, rng.randint(300, 700), rng.randint(60, 80)
        cv2.rectangle(comp.image, (x0 + h // 2, y), (x1 - h // 2, y + h), (grey,) * 3, -1)
        for cx in (x0 + h // 2, x1 - h // 2):
            cv2.circle(comp.image, (cx, y + h // 2), h // 2, (grey,) * 3, -1, cv2.LINE_AA)
        p, f = C._pick_face(photos, rng)
        look = C.Look(shape)
        tile, faces = C.avatar(p, f, face_px, side, look, rng)
        C.paste_avatar(paster, tile, faces, x0 + (h - side) // 2, y + (h - side) // 2, look)
        cv2.putText(comp.image, rng.choice(["lol", "wow!!", "gg", "so good"]), (x0 + h + 12, y + h // 2 + 8),
                    cv2.FONT_HERSHEY_SIMPLEX, 0.7, (235, 235, 235), 2, cv2.LINE_AA)  # fmt: skip
        y += h + rng.randint(8, 16)
    comp.image = C.lift(comp.image)
    assert len(comp.faces) >= 15, "the chat must hold faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


def test_couples_joined_by_a_line_on_a_dark_page_are_wholly_hidden(photos: list[C.Photo]) -> None:
    """A family tree in dark mode: couples' 20-27 px round photos (half of them grey, a hint badge
    on one) joined by a grey line, a line down to their children below. Each couple is one long
    island, mostly dark page in its box, so it was neither a compact patch nor a row "in many
    colours" (the sixth blind set left 12 such faces visible); its own pixels are a photo's
    colours. The tenth round's first detector leaks 11 of these faces."""
    rng = random.Random("tree-14")
    comp = C.Composite("tree", "tree", np.full((1300, C.W, 3), 42, np.uint8), quality=45)
    paster = C._Paster(comp)
    y = C.STATUS_H + 40
    for gen in range(5):
        for x0 in (40, 400, 760) if gen % 2 else (120, 560):
            sides = [round(rng.uniform(20, 27) * 1.3) for _ in range(2)]
            gap = rng.randint(40, 70)
            xs = (x0, x0 + sides[0] + gap)
            mid = y + max(sides) // 2
            cv2.line(comp.image, (xs[0] + sides[0] - 2, mid), (xs[1] + 2, mid), (120, 120, 120), 2)
            drop = xs[0] + sides[0] + gap // 2  # the line down to the children, under the names
            cv2.line(comp.image, (drop, mid + 45), (drop, mid + 120), (120, 120, 120), 2)
            for x, side in zip(xs, sides, strict=True):
                p, f = C._pick_face(photos, rng)
                look = C.Look("circle", grey=rng.random() < 0.5)
                tile, faces = C.avatar(p, f, side / 1.3, side, look, rng)
                C.paste_avatar(paster, tile, faces, x, mid - side // 2, look)
            # a hint badge on the second photo's corner
            badge = (xs[1] + sides[1] - 3, mid - sides[1] // 2 + 3)
            cv2.circle(comp.image, badge, 7, (90, 200, 90), -1, cv2.LINE_AA)
        y += 200
    comp.image = C.lift(comp.image)
    assert len(comp.faces) >= 20, "the tree must hold faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_stacks_of_ringed_avatars_are_wholly_hidden(photos: list[C.Photo], theme: str) -> None:
    """A shared document's collaborators: stacks of 2-5 round 18-28 px avatars, each hiding part of
    the one before and cut out by a hard ring of its own colour. A stack is one long island with
    hard edges everywhere (the rings), so it was no "soft-edged" row of avatars, and no square
    patch: the sixth blind set left 7 such faces visible. The tenth round's detector leaks faces
    here."""
    rng = random.Random(f"ringed-{theme}-14")
    s = H2.Screen.new(rng, f"ringed-{theme}", "ringed", theme)
    y = C.STATUS_H + 40
    while y < SCREEN_H - 80:
        face_px = rng.uniform(18.3, 26)
        side = round(face_px * rng.uniform(1.1, 1.25))
        x = rng.randrange(300, 700)
        for k in range(rng.randrange(2, 6)):
            ring = tuple(rng.randrange(40, 230) for _ in range(3))
            s.avatar(photos, rng, x + k * round(side * 0.7), y, face_px, side, C.Look("circle"), ring)
        s.words(rng, 40, y + side // 2 + 8, 0.8, 2)
        y += side + rng.randrange(60, 110)
    comp = top(s.finish())
    assert len(comp.faces) >= 20, "the screen must hold stacks of faces for the check to mean anything"
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert leaks(comp, res, data) == []


# The shop got a weak box from the 4x pass (a product photo) that MTCNN's look (verify.py, the
# tenth round) scored a face too, and a second cue backed: marked a known gap of issue 14 from the
# seventh round (which widened where the 4x pass looks) to the thirty-fifth, whose cue for the 4x
# look's windows around patches alone (detect.BLOB_GATE_4X) no longer scans that photo's window.
# The gallery's weak box MTCNN calls no face; the pet chat's box on a pet avatar no second cue
# backs (the twenty-fourth round). All three come out clean.
@pytest.mark.parametrize("layout", [HO.shop, HO.pet_chat, HO.gallery])
def test_a_face_free_photo_screen_is_written_byte_identical(free: list[C.Photo], layout) -> None:
    """Pets, objects and textures (no human face): the frame leaves as it came, not re-encoded."""
    comp = top(C._lifted(layout(free, random.Random(f"{layout.__name__}-14"), layout.__name__)))
    data = C.encode(comp.image, comp.quality)
    res = FrameRedactor(RedactionSettings()).process(data)
    assert res.status == "clean", f"{res.faces} false hit(s)"
    assert res.data == data


def test_large_faces_only_centerface_finds_stay_hidden_at_a_third_of_the_frame() -> None:
    """Seen set 4's screenshot of a chat (its screen h4screenshot_chat6_1): faces of 86 and 102 px
    that libfacedetection's passes leave and only CenterFace's whole-frame pass finds. That pass
    runs at 0.33 from 0.3 (0.44x the pixels it scanned at 0.5, the second-costliest pass): they
    stay hidden, and every face the screen's other passes hide stays hidden."""
    chat = seen_screen(H4, "h4screenshot_chat6_1")
    data = C.encode(chat.image, chat.quality)
    without = RedactionSettings(passes=tuple(p for p in det.LFD_PASSES if p.model != "centerface"))
    left_with = leaks(chat, FrameRedactor().process(data), data)
    left_without = leaks(chat, FrameRedactor(without).process(data), data)
    assert set(left_with) <= set(left_without)
    assert len(left_with) + 2 <= len(left_without), (left_with, left_without)
