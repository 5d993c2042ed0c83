"""The twenty-third blind held-out generator (bench/heldout23.py): its annotation, not any detector.

No detector runs here: the set is blind (issue 14), its results are read once, after the detector
is frozen. These tests check that each layout draws the same screen twice from one seed with every
counted face box on the screen and of a counted size, and counts no face when cast with things;
that with the marked face every box lies on its white pixels (where nothing darkens it) and keeps
at least half of the face; that faces under 18 px are drawn and not counted; that a face under a
save button, a sale sticker or a price tag counts while half of it shows; that a fashion card's
head cut by the card's top edge counts while half of it shows and lies inside the card, and a
model seen from behind is never counted; that map pins hold their face and price pins and clusters
never count; that the driver's photo, the host's, the courier's and the agent's are counted; that
faces under the events hero's darkening and the live thumbnails' tags are counted; that a screen
keeps its page colour under a hero; that the drawn things are reproducible; and that the whole set
is reproducible, draws every layout and every size of face, and leaves out the tuning people.
"""

from __future__ import annotations

import functools
import random

import numpy as np
import pytest

from helpers import heldout_sets
from helpers.heldout_sets import H2, C

H23 = heldout_sets.bench("heldout23")

marked_cast = functools.partial(heldout_sets.marked_cast, H23)  # the marked face, white on black
WIDTH = C.W - 8  # the screen left of the capture's padding
# layouts whose faces may sit under a darkening (the events hero's gradient, "+N" scrims, a
# featured banner's foot): the marked face there is not white, so only the box's size and place
# are checked
DARKENED = {"events_page", "product_page", "real_estate", "local_pros"}


@pytest.fixture(scope="module")
def one_round(people_and_things: tuple[list[C.Photo], list[C.Photo]]) -> list[C.Composite]:
    """One round of the set at its seed (``reps=1``), drawn once for the tests that read a round."""
    return list(H23.generate(*people_and_things, reps=1))


def overlaps(box: C.BoxF, rect: tuple[float, float, float, float]) -> bool:
    return box[0] < rect[2] and rect[0] < box[2] and box[1] < rect[3] and rect[1] < box[3]


def spy(monkeypatch: pytest.MonkeyPatch, name: str, calls: list) -> None:
    """Record every call of ``H23.<name>`` (its arguments) while it still draws."""
    fn = getattr(H23, name)

    def wrapper(*args: object, **kw: object) -> object:
        calls.append(args)
        return fn(*args, **kw)

    monkeypatch.setattr(H23, name, wrapper)


def test_each_layout_is_drawn_with_people_twice_a_round_but_two_and_without_people() -> None:
    heldout_sets.check_rounds(H23, 2, 13)
    assert set(H23.ONCE) == {H23.ride_hail, H23.rental_listing}
    assert H23.HELDOUT23_SEED == 23232


@pytest.mark.parametrize("layout", H23.LAYOUTS, ids=lambda fn: fn.__name__)
def test_a_layout_is_the_same_twice_inside_the_capture_and_faceless_with_things(
    layout: H23.Layout, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    heldout_sets.check_layout(H23, layout, *people_and_things, 231, "h23")


@pytest.mark.parametrize("layout", H23.LAYOUTS, ids=lambda fn: fn.__name__)
def test_with_the_marked_face_every_box_lies_on_it_and_keeps_half_of_it(layout: H23.Layout) -> None:
    """The marked face's box is a square of the face's size: a counted box (what shows of it) holds
    at least half of that square, inside the screen, on the face's white pixels (where nothing
    darkens it)."""
    heldout_sets.check_marked_boxes(H23, layout, darkened=layout.__name__ in DARKENED)


def test_faces_under_18_px_are_drawn_and_not_counted(
    monkeypatch: pytest.MonkeyPatch, people_and_things: tuple[list[C.Photo], list[C.Photo]]
) -> None:
    """Every paste's faces are watched: hotels' pool photos, deals' thumbnails, the flash sale's
    grid, portfolios and bands on a hero carry faces under 18 px, and no screen counts one."""
    heldout_sets.check_small_faces_drawn_not_counted(
        monkeypatch, H23, (H23.travel_list, H23.live_sale, H23.events_page, H23.local_pros), people_and_things
    )


def test_a_face_under_a_save_button_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A save button (a white disc with a heart) slid down over a face from above: the face counts
    while more than half of its box shows and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        side = box[2] - box[0]
        r = round(side)  # a disc twice the box wide: its middle rows cover the box's width
        cy = round(box[1] - r + k * (2 * r + side) / 23 - side / 2)
        H23.save_button(s.img, (round((box[0] + box[2]) / 2), cy), r, k % 2 == 0)
        inside = np.zeros((round(box[3] - box[1]), round(side)), bool)
        yy, xx = np.mgrid[0 : inside.shape[0], 0 : inside.shape[1]]
        inside = (xx + box[0] + 0.5 - (box[0] + box[2]) / 2) ** 2 + (yy + box[1] + 0.5 - cy) ** 2 <= r * r
        return 1 - float(inside.mean())

    heldout_sets.covered_by_half(H23, people_and_things[1], cover)


def test_a_face_under_a_price_tag_counts_while_half_of_it_shows(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """A tall price tag raised step by step over a face from below (as over a banner's photo): the
    face counts while more than half of its box shows and not once less does."""

    def cover(s: H2.Screen, box: C.BoxF, k: int) -> float:
        h = round(box[3] - box[1]) + 10
        top = round(box[3]) - k * 5
        H23.price_tag(s.img, round(box[0]) - h, top, "EUR 99999", h)
        hidden = max(0.0, min(top + h, box[3]) - max(top, box[1]))
        return 1 - hidden / (box[3] - box[1])

    heldout_sets.covered_by_half(H23, people_and_things[1], cover)


def test_a_sale_sticker_takes_the_pixels_it_covers() -> None:
    """A sale sticker over the upper part of a 120 px marked face: the face stays counted (most of
    it shows) and the rows under the sticker's middle are the sticker's red and white, not the
    face's white alone."""
    for seed in range(3):
        s = H2.Screen.new(random.Random(seed), "s", "h23-test", "light")
        marked_cast(seed).avatar(s, 300, 500, 120.0, 150, "square")
        ((x1, y1, x2, y2),) = s.comp.faces
        H23.sale_sticker(s.img, (round((x1 + x2) / 2), round(y1)), 40, "-30%")
        comp = s.finish()
        assert len(comp.faces) == 1 and comp.faces[0][3] == pytest.approx(y2), seed
        cx, cy = round((x1 + x2) / 2), round(y1) + 10
        assert comp.image[cy, cx - 30 : cx + 30].min(axis=1).min() < 150, seed


def cards(monkeypatch: pytest.MonkeyPatch, cast: H23.Cast, seed: int) -> tuple[C.Composite, list, list]:
    """A fashion grid with its cards (x, y, w, h, kind) and back views (cx, cy, fp) recorded."""
    drawn: list[tuple] = []
    backs: list[tuple] = []
    card, back = H23.model_card, H23.back_view

    def card_spy(cast: H23.Cast, rng: random.Random, s: H2.Screen, x: int, y: int, cw: int, ch: int) -> str:
        kind = card(cast, rng, s, x, y, cw, ch)
        drawn.append((x, y, cw, ch, kind))
        return kind

    def back_spy(img: np.ndarray, rng: random.Random, cx: float, cy: float, fp: float, clip: tuple) -> None:
        backs.append((cx, cy, fp))
        back(img, rng, cx, cy, fp, clip)

    monkeypatch.setattr(H23, "model_card", card_spy)
    monkeypatch.setattr(H23, "back_view", back_spy)
    return H23.fashion_grid(cast, random.Random(seed), "f"), drawn, backs


def test_fashion_cards_count_the_models_inside_them_and_never_a_back_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every face on a product card lies inside the card (a head cut by its top edge keeps its box
    under the edge); a card of the product alone or of a model seen from behind counts nothing;
    heads cut by the top edge happen and are counted on some cards."""
    kinds: dict[str, int] = {}
    cut_counted = 0
    for seed in range(10):
        comp, drawn, backs = cards(monkeypatch, marked_cast(seed), seed)
        for x, y, cw, ch, kind in drawn:
            kinds[kind] = kinds.get(kind, 0) + 1
            inside = [b for b in comp.faces if overlaps(b, (x + 1, y + 1, x + cw - 1, y + ch - 1))]
            main = [b for b in inside if b[1] < y + ch * 0.75]  # not a "seen on" chip's face
            for b in main:
                assert x <= b[0] and b[2] <= x + cw and y <= b[1], (seed, kind, b)
            if kind == "back":
                assert not main, (seed, x, y)
            if kind == "cut" and any(b[1] < y + 2 for b in main):
                cut_counted += 1
        for cx, cy, fp in backs:
            head = (cx - fp * 0.55, cy - fp * 0.64, cx + fp * 0.55, cy + fp * 0.64)
            assert not any(overlaps(b, head) for b in comp.faces), (seed, cx, cy)
    assert kinds.get("cut", 0) >= 3 and kinds.get("back", 0) >= 1 and cut_counted >= 1, (kinds, cut_counted)


def test_a_photo_cut_under_the_head_counts_the_face_while_half_of_it_shows() -> None:
    """``top_photo`` with the marked face (100 px) centred ``top`` px under the photo's top edge:
    over half of it under the edge, it counts, its box's top on the edge when the edge cuts it and
    its foot ``top + 50`` px under the edge; under half, never."""
    for seed in range(4):
        for top, counted in ((30.0, True), (70.0, True), (-30.0, False), (-10.0, False)):
            s = H2.Screen.new(random.Random(seed), "s", "h23-test", "light")
            H23.top_photo(marked_cast(seed), s, 200, 600, 300, 400, 100.0, top)
            comp = s.finish()
            assert bool(comp.faces) == counted, (seed, top, comp.faces)
            if counted:
                ((_x1, y1, _x2, y2),) = comp.faces
                assert y1 == pytest.approx(600 + max(0.0, top - 50), abs=1), (seed, top, y1)
                assert y2 == pytest.approx(600 + top + 50, abs=2), (seed, top, y2)


def test_map_pins_hold_their_faces_and_price_pins_and_clusters_never_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real-estate map: every face on the map lies in a face pin's disc, one at most a pin (price
    pins and clusters, drawn too, hold none; a face pin may lie over them)."""
    pins: list[tuple] = []
    prices: list[tuple] = []
    clusters: list[tuple] = []
    sheets: list[tuple] = []
    spy(monkeypatch, "map_pin", pins)
    spy(monkeypatch, "price_pin", prices)
    spy(monkeypatch, "cluster", clusters)
    sheet = H23.H5.sheet

    def sheet_spy(img: np.ndarray, top: int, colour: tuple, r: int = 40) -> None:
        sheets.append(top)
        sheet(img, top, colour, r)

    monkeypatch.setattr(H23.H5, "sheet", sheet_spy)
    seen = 0
    for seed in range(4):
        for calls in (pins, prices, clusters, sheets):
            calls.clear()
        s = H2.Screen.new(random.Random(seed), "s", "h23-test", "light")
        H23.map_search(marked_cast(seed), random.Random(seed), s)
        comp = s.finish()
        assert prices and clusters and len(sheets) == 1, seed
        discs = [((tip[0], tip[1] - round(r * 1.6)), r) for _img, tip, r, _colour in pins]
        on_map = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in comp.faces if b[3] <= sheets[0]]
        for mx, my in on_map:
            assert any(abs(mx - c[0]) < r and abs(my - c[1]) < r for c, r in discs), (seed, mx, my)
        for c, r in discs:
            assert sum(abs(mx - c[0]) < r and abs(my - c[1]) < r for mx, my in on_map) <= 1, (seed, c)
        seen += len(on_map)
    assert seen >= 6, seen


def test_the_driver_and_the_courier_are_counted() -> None:
    """A ride's sheet counts the driver's photo (56-110 px) under its rating chip and car badge; a
    delivery counts the courier's card (36-64 px) and pin (20-34 px)."""
    for seed in range(4):
        ride = H23.ride_hail(marked_cast(seed), random.Random(seed), "r")
        assert any(55 <= size <= 110.5 for size in ride.sizes), (seed, ride.sizes)
        food = H23.food_delivery(marked_cast(seed), random.Random(seed), "d")
        assert any(20 <= size <= 34.5 for size in food.sizes), (seed, food.sizes)


def test_the_hosts_and_agents_photos_are_counted() -> None:
    """The rental's host (50-90 px, under a superhost medal on most) and the listing page's agent in
    the contact bar pinned over the foot (40-64 px) are counted."""
    for seed in range(4):
        rental = H23.rental_listing(marked_cast(seed), random.Random(seed), "h")
        assert any(49.5 <= size <= 90.5 for size in rental.sizes), (seed, rental.sizes)
        s = H2.Screen.new(random.Random(seed), "s", "h23-test", "light")
        H23.listing_page(marked_cast(seed), random.Random(seed), s)
        comp = s.finish()
        bar = [size for b, size in zip(comp.faces, comp.sizes, strict=True) if b[1] >= C.H - C.NAV_H - 170]
        assert len(bar) == 1 and 39.5 <= bar[0] <= 64.5, (seed, bar)


def test_faces_under_the_events_heros_darkening_are_counted() -> None:
    """The performers' photo darkens towards its foot: its faces stay counted (the hero's share of
    the screen's faces is not lost), some of them on darkened pixels."""
    darkened = 0
    for seed in range(6):
        comp = H23.events_page(marked_cast(seed), random.Random(seed), "e")
        hero = [b for b in comp.faces if b[3] <= C.STATUS_H + 700]
        for x1, y1, x2, y2 in hero:
            part = comp.image[round(y1) : round(y2), round(x1) : round(x2)].astype(np.float32).mean(axis=2)
            darkened += part.max() < 230
    assert darkened >= 1


def test_live_thumbnails_count_their_faces_under_the_live_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every "LIVE" tag lies over a live thumbnail's foot; the row of thumbnails counts at least
    three faces on every sale."""
    tags: list[tuple] = []
    spy(monkeypatch, "tag", tags)
    for seed in range(4):
        tags.clear()
        comp = H23.live_sale(marked_cast(seed), random.Random(seed), "l")
        live = [t for t in tags if t[3] == "LIVE" and t[2] > C.STATUS_H + 700]
        assert len(live) >= 5, seed
        row = live[0][2]
        faces = [b for b in comp.faces if row - 160 < b[1] < row + 10]
        assert len(faces) >= 3, (seed, faces)


def test_a_screen_keeps_its_page_colour_under_a_hero(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """``new_screen``'s page colour is the theme's even after a photo is drawn from the top of the
    page (heldout2 reads it from the pixel under the status bar): the navigation bar, the sheets and
    the rims drawn later match the page."""
    for seed in range(3):
        s = H23.new_screen(random.Random(seed), "s", "h23-test", ("light", "dark"))
        page = s.bg
        H23.Cast(*people_and_things, random.Random(seed)).thing(s, 0, C.STATUS_H, WIDTH, 600)
        assert s.bg == page and isinstance(s, H2.Screen)


@pytest.mark.parametrize("render", H23.RENDERS, ids=lambda fn: fn.__name__)
def test_drawn_things_are_reproducible_at_any_size(render: H23.H11.Render) -> None:
    heldout_sets.check_render(lambda rng, w, h: H23.H11.render(rng, w, h, (render,)))


def test_a_face_free_cast_draws_this_sets_things() -> None:
    heldout_sets.check_free_cast(H23, "h23")


def test_face_free_maps_and_shops_count_nothing(
    people_and_things: tuple[list[C.Photo], list[C.Photo]],
) -> None:
    """The face-free lookalikes drawn again each round (a catalogue of products, a delivery map
    with pins, listings on a map) count no face over more seeds."""
    heldout_sets.check_face_free(
        H23, (H23.fashion_grid, H23.food_delivery, H23.real_estate), people_and_things[1], 5
    )
    heldout_sets.check_face_free(
        H23, (H23.fashion_grid, H23.food_delivery, H23.real_estate), people_and_things[1], 9
    )


def test_the_set_is_reproducible_and_leaves_out_tuning_people(
    people_and_things: tuple[list[C.Photo], list[C.Photo]], one_round: list[C.Composite]
) -> None:
    heldout_sets.check_generate(H23, people_and_things[1], 250, one_round)


def test_a_round_draws_every_layout_and_every_size_of_face(one_round: list[C.Composite]) -> None:
    heldout_sets.check_drawn_round(one_round, "h23")
