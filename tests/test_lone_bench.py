"""bench/lone_bench.py draws what it says: one small face per screen, seeded, beside its text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import composites as C  # noqa: E402
import lone_bench as L  # noqa: E402

from slrk_tui.redact import detect as det  # noqa: E402


@pytest.fixture(scope="module")
def drawn() -> list[tuple[C.Composite, C.Look]]:
    return list(L.screens(C.load_photos(split="heldout"), seed=3, n=12))


def test_each_screen_holds_one_face_of_18_to_32_px_at_the_start_of_a_row(
    drawn: list[tuple[C.Composite, C.Look]],
) -> None:
    """One counted face per screen, 18-32 px, in the avatar slot at the left of a row (x < 60 plus
    the avatar), and the face's box holds the photo, not the page's flat background."""
    assert len(drawn) >= 10
    for comp, _look in drawn:
        assert len(comp.faces) == 1 and L.FACE_MIN <= comp.sizes[0] <= L.FACE_MAX
        x1, y1, x2, y2 = comp.faces[0]
        assert x1 >= 0 and x2 < 60 + 1.6 * L.FACE_MAX
        face = comp.image[round(y1) : round(y2), round(x1) : round(x2)]
        assert float(face.std()) > 5.0


def test_a_seed_draws_the_same_screens_and_another_seed_others(
    drawn: list[tuple[C.Composite, C.Look]],
) -> None:
    """A seed draws the same pixels and faces again (a figure can be checked), another seed other
    screens (more seeds, more screens)."""
    photos = C.load_photos(split="heldout")
    again = list(L.screens(photos, seed=3, n=12))
    other = list(L.screens(photos, seed=4, n=12))
    assert [c.faces for c, _ in again] == [c.faces for c, _ in drawn]
    assert all(np.array_equal(a.image, b.image) for (a, _), (b, _) in zip(again, drawn, strict=True))
    assert [c.faces for c, _ in other] != [c.faces for c, _ in drawn]


def test_the_run_counts_every_screen_as_hidden_or_left(drawn: list[tuple[C.Composite, C.Look]]) -> None:
    """The old script's cascade (fast) leaves most of these faces: the count adds up, and the faces
    it names as left are the drawn screens'."""
    comps = [c for c, _ in drawn[:6]]
    hidden, left, _ms = L.run(det.HAAR_PASSES, comps)
    assert hidden + len(left) == len(comps)
    assert set(left) <= {c.name for c in comps}
    assert left, "the Haar baseline hid every small lone face: the screens are too easy to mean anything"


def test_a_wash_draws_the_same_screens_with_the_avatars_washed(
    drawn: list[tuple[C.Composite, C.Look]],
) -> None:
    """``--wash``: the same screens and faces as unwashed ones of the seed (the wash draws apart),
    faded avatars of less contrast in every face's middle."""
    photos = C.load_photos(split="heldout")
    faded = list(L.screens(photos, seed=3, n=12, wash="faded"))
    sepia = list(L.screens(photos, seed=3, n=12, wash="sepia"))
    for (plain, _), (pale, _), (brown, _) in zip(drawn, faded, sepia, strict=True):
        assert pale.faces == plain.faces == brown.faces
        assert not np.array_equal(brown.image, plain.image)
        x1, y1, x2, y2 = plain.faces[0]  # its middle half: the photo, not the page round the avatar
        rows = slice(round((3 * y1 + y2) / 4), round((y1 + 3 * y2) / 4))
        cols = slice(round((3 * x1 + x2) / 4), round((x1 + 3 * x2) / 4))
        assert float(pale.image[rows, cols].std()) < 0.7 * float(plain.image[rows, cols].std())


def test_sepia_turns_any_colour_brown_and_none_leaves_the_tile() -> None:
    """A blue tile (BGR) comes out brown, red over green over blue; "none" returns the tile."""
    blue = np.zeros((8, 8, 3), np.uint8)
    blue[..., 0] = 255
    b, g, r = (float(v) for v in L.washed(blue, "sepia", random.Random(0))[0, 0])
    assert r > g > b
    assert L.washed(blue, "none", random.Random(0)) is blue
