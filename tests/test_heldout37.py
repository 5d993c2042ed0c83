"""The thirty-seventh blind held-out generator (bench/heldout37.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that with the marked face every layout's counted boxes keep half of
the face, inside the screen and on its white pixels where nothing darkens it; that the round drawn
once (``one_round``) has every screen inside the capture, lifted, with small faces on each layout's
screens and none on its face-free ones (the lookalikes among them); that a job listing's, a
candidate's, a gig's, an inbox thread's, a referral's, a skill's, a review's, a booth's, a
template's and a recorded answer's faces are of their sizes and inside their cards, rows and
photos; that a rejected candidate's fade and a headshot's grey leave the faces counted; that a wide
photo has no black columns; that the drawn things are reproducible; and that the whole set is
reproducible from its seed, draws every size of face and both light and dark pages, matches the
counts its docstring gives and leaves out the tuning people. Each round is drawn once and shared,
to keep the file fast.
"""

from __future__ import annotations

import functools
import random
from collections import Counter

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H37 = heldout_sets.bench("heldout37")

marked_cast = functools.partial(heldout_sets.marked_cast, H37)  # the marked face, white on black
on_screen = functools.partial(heldout_sets.on_screen, "h37-test")  # a part of a layout alone on a screen
WIDTH = C.W - 8  # the screen left of the capture's padding


def boxes(comp: C.Composite) -> list[tuple[tuple[float, float, float, float], float]]:
    """A finished screen's counted boxes with their sizes."""
    return list(zip(comp.faces, comp.sizes, strict=True))


# layouts whose faces may sit under a darkening (the question's scrim over the candidate's camera
# and the answers' bands, the scrims under the careers page's and the fair stage's titles): the
# marked face there is not white, so only the box's size and place count
DARKENED = {"video_answer", "careers_team", "career_fair"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), the first 31 screens of the full set, drawn
    from all the held-out photos (two_people.jpg among them: the cast leaves it out)."""
    return list(H37.generate(C.load_photos(split="heldout"), people_and_things[1], reps=1))


def test_ten_layouts_two_of_them_once_a_round_and_each_without_people() -> None:
    """Eight layouts are drawn with people twice a round, the video interview and the reviews site
    once; each is drawn face-free too (13 face-free screens a round); the seed is the set's."""
    heldout_sets.check_rounds(H37, 2, 13)
    assert (H37.video_answer, H37.company_reviews) == H37.ONCE and H37.HELDOUT37_SEED == 37373


@pytest.mark.parametrize("layout", H37.LAYOUTS, ids=lambda fn: fn.__name__)
def test_the_marked_faces_boxes_keep_half_of_it(layout: H37.Layout) -> None:
    """Cast with the marked face only, a layout counts boxes that each hold half of the face's
    square or more, inside the screen, on white (unless the layout darkens faces: ``DARKENED``)."""
    heldout_sets.check_marked_boxes(H37, layout, layout.__name__ in DARKENED)


def test_a_rounds_screens_are_checked_lifted_and_small_faced(one_round: list[C.Composite]) -> None:
    """Every screen of the round passes heldout2's check (boxes inside the screen, sizes of 18 px or
    more), has the capture's shape and is lifted (darkest pixel 40); all ten kinds of screens with
    people count faces under 40 px (the sets' weight)."""
    for comp in one_round:
        H2.check(comp)
    assert {c.image.shape for c in one_round} == {(C.H, C.W, 3)}
    assert min(int(c.image.min()) for c in one_round) >= C.LIFT
    under_40 = Counter(c.kind for c in one_round for size in c.sizes if size < 40)
    assert len(under_40) == 10 and not any("-noface-" in kind for kind in under_40), under_40


def test_the_face_free_lookalikes_end_each_round_without_faces(one_round: list[C.Composite]) -> None:
    """The three layouts drawn face-free a second time each round (the careers page's headshots,
    the gigs' thumbnails, the fair's booths) close the round, and none counts a face; a face-free
    cast draws this set's things."""
    again = H37.FREE_LAYOUTS[len(H37.LAYOUTS) :]
    assert again == (H37.careers_team, H37.gig_marketplace, H37.career_fair)
    tail = one_round[-len(again) :]
    assert [c.kind.removeprefix("h37-noface-") for c in tail] == ["careers", "gigs", "fair"]
    assert sum(len(c.faces) for c in tail) == 0
    heldout_sets.check_free_cast(H37, "h37")  # the things in the people's places are this set's


def test_a_job_cards_people_are_small_below_its_banner() -> None:
    """``job_card`` counts faces only inside its card (the height it returns, 190 px more with a
    promoted card's team photo at its top): any size in that photo (a photo's close cut may be
    large), else the recruiter's and the network's 18-30 px faces below the title's band; both kinds
    happen."""
    small = large = 0
    for seed in range(6):
        comp, height = on_screen(H37.job_card, marked_cast(seed), seed, 500)
        assert height in (220, 278, 336, 410, 468, 526), height
        top = 500 + 190 * (height >= 410)
        for (x1, y1, x2, y2), size in boxes(comp):
            assert x1 >= 20 and x2 <= WIDTH - 20 and y1 >= 500 and y2 <= 500 + height, (seed, size)
            if y2 <= top:
                large += 1
            else:
                assert 18 <= size <= 30.5 and x1 >= 40 and y1 >= top + 164, (seed, size)
                small += 1
    assert small >= 8 and large, (small, large)


def test_a_candidate_card_holds_small_faces_and_a_rejected_one_stays_counted() -> None:
    """``candidate_card`` counts 18-38 px faces inside its card; drawn rejected (greyed and faded
    towards the page) it counts the same boxes, and its pixels changed."""
    seen = 0
    for seed in range(4):
        kept, height = on_screen(H37.candidate_card, marked_cast(seed), seed, 40, 600, 400, False)
        faded, same = on_screen(H37.candidate_card, marked_cast(seed), seed, 40, 600, 400, True)
        assert height == same and height in (164, 216)
        assert kept.faces == faded.faces and not np.array_equal(kept.image, faded.image)
        for (x1, y1, x2, y2), size in boxes(kept):
            assert 18 <= size <= 38.5 and x1 >= 40 and x2 <= 440 and y1 >= 600 and y2 <= 600 + height
        heldout_sets.on_white(faded, seed, 0.5)
        seen += len(kept.faces)
    assert seen >= 4, seen


def test_a_recorded_answer_keeps_its_small_face_in_its_thumbnail() -> None:
    """``answer_thumb`` counts one 18-40 px face inside its thumbnail (190 x 250 here)."""
    for seed in range(4):
        comp, _ = on_screen(H37.answer_thumb, marked_cast(seed), seed, 200, 900, 190, 250, 1)
        assert len(comp.faces) == 1, seed
        (x1, y1, x2, y2), size = boxes(comp)[0]
        assert 18 <= size <= 40.5 and x1 >= 200 and x2 <= 390 and y1 >= 900 and y2 <= 1150


def test_a_gig_card_holds_the_seller_small_under_the_thumbnail() -> None:
    """``gig_card`` counts faces inside its card: in the thumbnail (60-72 % of its width high) of
    any size, under the tallest thumbnail only the seller's 18-26 px face at its left, which every
    card shows."""
    sellers = 0
    for seed in range(4):
        comp, height = on_screen(H37.gig_card, marked_cast(seed), seed, 30, 400, 500)
        for (x1, y1, x2, y2), size in boxes(comp):
            assert x1 >= 30 and x2 <= 530 and y1 >= 400 and y2 <= 400 + height, (seed, size)
            seller = 18 <= size <= 26.5 and x2 <= 30 + 34 and y1 >= 400 + 300 + 14
            assert seller or y1 < 400 + 360, (seed, size)
            sellers += seller
    assert sellers == 4, sellers


def test_an_inbox_row_counts_one_face_at_its_left() -> None:
    """``inbox_row`` counts at most one 28-44 px face at the left of the height it returns (an
    "open to work" arc or a tick over it; initials on some)."""
    seen = 0
    for seed in range(8):
        comp, height = on_screen(H37.inbox_row, marked_cast(seed), seed, 700)
        assert 96 <= height <= 180 and len(comp.faces) <= 1
        for (x1, y1, x2, y2), size in boxes(comp):
            assert 28 <= size <= 44.5 and x1 >= 30 and x2 <= 90 and y1 >= 700 and y2 <= 700 + height
        seen += len(comp.faces)
    assert seen >= 4, seen


def test_a_referral_chain_shows_three_faces_in_a_row() -> None:
    """``referral_chain`` counts up to three 24-44 px faces along its card's top band (left to
    right), three on some seeds."""
    counts = []
    for seed in range(4):
        comp, height = on_screen(H37.referral_chain, marked_cast(seed), seed, 400)
        assert height == 270
        for (x1, y1, x2, y2), size in boxes(comp):
            assert 24 <= size <= 44.5 and x1 >= 50 and x2 <= 500 and y1 >= 400 and y2 <= 530, (seed, size)
        counts.append(len(comp.faces))
    assert max(counts) == 3 and min(counts) >= 2, counts


def test_a_skill_row_and_a_review_have_small_faces_inside_them() -> None:
    """``skill_row`` counts 18-28 px faces (the endorsers' stack, an endorser) inside its height;
    ``review_card`` at most one 20-28 px face (initials on most) inside its 190 px."""
    stacked = reviewed = 0
    for seed in range(4):
        comp, height = on_screen(H37.skill_row, marked_cast(seed), seed, 600, "SQL")
        for (_x1, y1, _x2, y2), size in boxes(comp):
            assert 18 <= size <= 28.5 and y1 >= 600 and y2 <= 600 + height, (seed, size)
        stacked += len(comp.faces)
        comp, height = on_screen(H37.review_card, marked_cast(seed), seed, 600)
        assert height == 190 and len(comp.faces) <= 1
        for (x1, y1, x2, y2), size in boxes(comp):
            assert 20 <= size <= 28.5 and x1 >= 30 and x2 <= 70 and y1 >= 600 and y2 <= 650, (seed, size)
        reviewed += len(comp.faces)
    assert stacked >= 8 and 0 < reviewed < 4, (stacked, reviewed)


def test_a_booth_and_a_template_keep_their_faces_inside() -> None:
    """``booth_card`` counts the recruiter's 30-120 px face in its camera and the queue's 18-22 px
    faces under it; ``template_tile`` one 18-36 px sample photo in its page's top corner."""
    for seed in range(3):
        comp, height = on_screen(H37.booth_card, marked_cast(seed), seed, 30, 300, 500)
        live = [b for b, s in boxes(comp) if b[3] <= 300 + height - 140]
        assert len(live) == 1 and all(30 <= s <= 120.5 for b, s in boxes(comp) if b in live), seed
        assert all(18 <= s <= 22.5 and b[1] >= 300 + height - 140 for b, s in boxes(comp) if b not in live)
        comp, _ = on_screen(H37.template_tile, marked_cast(seed), seed, 100, 900, 230, 310)
        assert len(comp.faces) == 1, seed
        (x1, y1, x2, y2), size = boxes(comp)[0]
        assert 18 <= size <= 36.5 and x1 >= 112 and x2 <= 170 and y1 >= 914 and y2 <= 970


def test_a_grey_headshot_is_counted_grey() -> None:
    """``headshot`` drawn grey counts its 40-160 px face in its square, in grey pixels (the plain
    face is blue-grey, so its colour shows if the grey is left out)."""
    for seed in range(3):
        cast = H37.Cast([heldout_sets.plain_face()], heldout_sets.DARK, random.Random(seed), drawn=0.0)
        comp, height = on_screen(H37.headshot, cast, seed, 30, 500, 320, True)
        assert height == 400 and len(comp.faces) == 1, seed
        (x1, y1, x2, y2), size = boxes(comp)[0]
        assert 40 <= size <= 160.5 and x1 >= 30 and x2 <= 350 and y1 >= 500 and y2 <= 820
        part = comp.image[round(y1) : round(y2), round(x1) : round(x2)].astype(int)
        assert np.ptp(part, axis=2).max() <= 2, seed


def test_a_wide_photo_has_no_black_columns(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> None:
    """``wide_photo`` across the whole screen leaves no column of its rectangle black (a cut from a
    larger snapshot would: past the screen's width a snapshot's columns are black)."""
    for seed in range(2):
        s = H2.Screen.new(random.Random(seed), "s", "h37-test", "light")
        cast = H37.Cast(*people_and_things, random.Random(seed))
        H37.wide_photo(cast, s, 0, 400, WIDTH, 300, 18.3, 60)
        assert s.img[400:700, :WIDTH].max(axis=(0, 2)).min() > 0, seed


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    one_round: list[C.Composite], people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """``check_generate`` on the round drawn once: a second run starts with the same four screens,
    the round draws every layout (over 300 faces), and offered only two_people.jpg (its people are
    tuning people) a run's first four screens annotate no face."""
    heldout_sets.check_generate(H37, people_and_things[1], 300, one_round)


def test_a_round_draws_every_layout_size_theme_and_kind(one_round: list[C.Composite]) -> None:
    """The round drawn once draws all ten layouts with faces of every size bucket, most under 32 px
    (``check_drawn_round``), on light and dark pages, its screens marked h37- and h37-noface-
    (``check_pages_and_kinds``)."""
    heldout_sets.check_drawn_round(one_round, "h37")
    heldout_sets.check_pages_and_kinds(one_round, "h37")


def test_the_docstring_gives_the_rounds_counts_and_a_table_that_adds_up(one_round: list[C.Composite]) -> None:
    """``reps=1`` at the set's seed gives what the module's docstring says: 18 screens with 408
    faces (329, 55, 16 and 8 by size bucket, 349 under 40 px) and 13 face-free screens; the table of
    faces by layout at 4 reps names every layout once with its screens (8, or 4 for the two drawn
    once a round) and adds up to the totals."""
    heldout_sets.check_doc_round(H37, one_round, 408, [329, 55, 16, 8], 349)
    heldout_sets.check_doc_table(H37)


@pytest.mark.parametrize("render", H37.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H37.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H37.H11.render(rng, w, h, (render,)))
