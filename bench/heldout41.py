"""Held-out screens, forty-first set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a chopping board from above, a hob with a
pan and a pot, a bakery's shelves of bread, a market stall's crates of produce, a row of food trucks
under lanterns, a kitchen's tiled wall with jars and utensils; nothing with eyes, a mouth or a
mask), by heldout40 (string lights over a terrace, a bar's shelf: a restaurant's diners) or by
heldout11 (a dish from above); every random choice from ``HELDOUT41_SEED``. Every face goes on the
screen through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen
shows: pixels drawn over a face afterwards stop being the face's, and a face left with under half
of its box is dropped. heldout11's ``Cast`` (through heldout26's and heldout40's; this set's screens
are marked h41-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in the apps of food, cooking and restaurants, most of them small: a recipe
app's step video with the cook at the counter (the face up to 440 px, on half across the screen's
edge) over the cooks who made it and the comments; a cooking class on a call, the teacher large
with the overhead camera's inset and the students at their stoves in small tiles; a restaurant's
page with its diners at two or three depths on a terrace or at a bar, diners' photos and reviews; a
food delivery's map with the courier's face in a pin pointing the way, other couriers' pins, the
courier's card, the kitchen's stack and a group order's people; a supper club's host over the
table's spread, its seatings' facepiles and waitlists, who is coming and past guests; a chef's
profile over the kitchen's cover with the brigade in rings, the chef's face on the chef's pick and
photos from the pass; a farmers' market's plan with stall holders as pins and its stalls with the
holders over their produce and their regulars; a food festival's feed of crowds at the trucks at
two to four depths (the farthest under 18 px, drawn and not counted); a meal kit's family plan with
its members in rings and a week of who cooks and who eats; a bakery's loyalty card, its staff
behind the counter and its team. Near repeats avoided: heldout8's recipe (a hero of the dish or the
cook under a gradient, the chef's badge, a "cooked it" row of round snaps, steps with photos; here
the step video itself: the cook cut out before a drawn kitchen behind a counter and a board, across
the screen's edge on half, the step's caption band and chapters, comments tagged with the video's
moment and "I made it" photos); heldout22's gallery call, heldout24's class board, heldout33's
music lesson and heldout40's tutor call (one teacher framed, a gallery or one's own camera; here
the teacher at a counter with an overhead camera's drawn hob or board on the side away from the
face, and four or five columns of small students' tiles with ticks and raised hands under name
labels); heldout5's place page and heldout23's restaurants in a delivery list (a carousel of
photos, reviewers' avatars; here the restaurant's own page: its diners ``staged`` at depths on a
drawn terrace or bar under a gradient, friends who have been, diners' photos cut by the right edge,
reviews with the dish tagged and photos from the table); heldout3's courier pin, heldout23's food
delivery and heldout30's driver's side (a courier as a pin on the route, a courier's card with a
scooter badge, group orders of 24-32 px; here the courier's round pin with a pointer of the
heading, other couriers' grey pins, the restaurant's pin a drawn dish, the courier's rounded square
face with a vehicle's letter, who in a group order paid or owes); heldout10's seating chart,
heldout31's reception plan and heldout39's bill split (tables, seats, diners in rings, dishes'
stacks; here a supper club's dated seatings with seats-left bars, booked facepiles and waitlists,
the host's ring over the spread, who is coming under dietary emoji); heldout32's kitchen display
and rota (staff on tickets and shifts; here a chef's public profile: the brigade in gold rings with
roles, a menu of drawn dishes with the chef's face over the chef's pick, photos from the pass);
heldout11's, heldout33's and heldout38's marketplaces (sellers over items' corners; here an open
air market's drawn plan with the holders' pins over its stalls and the holders rimmed over their
produce's lower right, regulars' stacks); heldout11's fan cam, heldout14's and heldout28's
festivals and heldout40's meetup cover (crowds, line-up posters, a venue's people; here a feed of
posts, each a crowd at drawn food trucks or stalls at two to four depths with a queue's time over
it, vendors in rings cut by the right edge); heldout24's and heldout19's families and heldout39's
savings goal (members in rings of their shares; here a meal kit's members in rings of their own
colours with diets, and a planner of days: the cook's face, the eaters' stack, skipped days
faded); heldout32's front desk's loyalty tags (here a bakery's stamp card and code over the staff
``staged`` before drawn bread shelves and the team in rounded squares). Ten layouts:
- a recipe's step video (``recipe_video``): the cook (``cook_at_counter``: 150-440 px, across the
  screen's edge on half); the cook's small face (26-34 px); who cooked it (22-30 px, cut by the
  right edge); comments (``comment_row``: 22-30 px, photos of 18-32 px on 20 %); one's 22-26 px face;
- a cooking class (``cooking_class``): the teacher (``cook_at_counter``: 90-260 px); the students
  (``student_tile``: 20-34 px, cameras off on 18 %, a profile photo's larger face in some);
- a restaurant's page (``restaurant_page``): the diners (``staged``: front faces 40-150 px, the back
  ones down to 10 px) under a gradient; friends (18-22 px); diners' photos (``diner_thumb``: 18-36
  px, cut by the right edge); reviews (``review_row``: 24-32 px, photos of 18-30 px on 30 %);
- a delivery tracker (``delivery_tracker``): the courier's pin (``face_pin``: 22-30 px) and others'
  (18-24 px); the courier's card (48-110 px); the kitchen (18-22 px); the group order (``order_row``:
  22-30 px);
- a supper club (``supper_club``): the host (60-150 px in a ring); seatings (``seating_card``: 18-24
  px, waitlists of 18-22 px); who is coming (24-32 px, cut by the right edge); past guests
  (``comment_row``);
- a chef's profile (``chef_profile``): the chef (64-130 px in a ring); the brigade (28-44 px in
  rings, cut by the right edge); the menu (``menu_row``: the chef's 20-24 px on the chef's pick);
  photos from the pass (18-44 px on half);
- a farmers' market (``farmers_market``): one's 22-28 px face; the plan's pins (``face_pin``: 20-28
  px); the stalls (``stall_row``: holders 28-48 px, regulars' stacks of 18-22 px);
- a food festival (``food_festival``): one's 22-28 px face; vendors (24-34 px in rings, cut by the
  right edge); posts (``festival_post``: posters 24-30 px, crowds with front faces 30-160 px and the
  back ones down to 10 px, likers 18-22 px);
- a meal kit's family plan (``family_plan``): members (44-96 px in rings); the week
  (``planner_row``: cooks 20-26 px, eaters' stacks of 18-22 px);
- a bakery's loyalty app (``bakery_loyalty``): one's 22-28 px face; the staff behind the counter
  (``staged``: front faces 40-110 px, the back ones 24-34 px); friends (18-22 px); the team
  (``staff_row``: 26-36 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut or a stack's
slightly smaller faces can differ (the table below counts what is drawn). Who cooked it, diners'
photos, who is coming, the brigade and the vendors run past the right edge, their last item across
it with 30-70 % of it showing (heldout38's ``across_edge``), so some faces are cut by the edge and
counted while half of their box shows (the capture's right 8 px are black padding); the cook's
face is on some cut by the screen's left or right edge the same way. Light, dark and tinted themes
(the recipe's video and the class mostly dark); JPEG quality 30-60. The counter under a cook's chin
and its board, the overhead inset, the step's caption band and chapters, tags, chips, name labels,
ticks and raised hands, pins' discs and pointers, rims, emoji, the stamp card, sheets, buttons and
tab bars take the pixels they cover; a face under them counts while half of its box shows; rings,
rims and discs are drawn before the faces they hold; the gradients over the restaurant's diners and
the supper club's spread, the scrim over the video's top and the grey of skipped days leave the
faces under them counted as they look; initials, "+N" discs, emoji, stamps and drawn things are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,640 faces (1,343 under 32 px, 170 of 32-63, 102 of
64-127, 25 larger; 1,429 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, pins,
stacks, tiles and rings, round things where people would stand); ``reps=1`` a quarter (18 screens
with 398 faces: 339, 31, 19 and 9 by size, 351 under 40 px; 13 face-free). Each layout has people
twice a round but the recipe's video and the class, once (one large face and a few small ones, one
large face and the students' tiles: 22 and 34.25 faces a screen at 4 reps). The faces of each
layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    recipe_video       4 screens    88 faces:  84,   0,   0,   4
    cooking_class      4 screens   137 faces: 111,  18,   7,   1
    restaurant_page    8 screens   129 faces: 105,  11,  10,   3
    delivery_tracker   8 screens    97 faces:  89,   3,   5,   0
    supper_club        8 screens   221 faces: 211,   2,   8,   0
    chef_profile       8 screens   162 faces: 110,  34,  16,   2
    farmers_market     8 screens   199 faces: 175,  24,   0,   0
    food_festival      8 screens   221 faces: 134,  33,  39,  15
    family_plan        8 screens   261 faces: 226,  29,   6,   0
    bakery_loyalty     8 screens   125 faces:  98,  16,  11,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout15 as H15
import heldout40 as H40
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined, qr, stepped
from heldout11 import INK, ball
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, progress, words
from heldout22 import call_controls, camera_off, name_label, stack
from heldout23 import WIDTH, map_area, new_screen, route_line, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import OBJECTS, object_emoji, who
from heldout33 import ring_avatar
from heldout37 import faded, rounded_card, rows_to_tab_bar
from heldout38 import across_edge, rimmed, rows_above, staged
from heldout39 import finish_with_button

HELDOUT41_SEED = 41414
DISHES: tuple[str, ...] = (
    "Shakshuka", "Mushroom risotto", "Pad thai", "Lemon tart", "Ramen", "Paella", "Dal makhani",
    "Focaccia", "Tacos al pastor", "Banana bread",
)  # fmt: skip
STEPS: tuple[str, ...] = (
    "Fry the onions until soft", "Add the stock slowly", "Knead for ten minutes", "Fold in the egg whites",
    "Season and taste", "Rest the dough", "Sear on high heat",
)  # fmt: skip
PLACES: tuple[str, ...] = (
    "Osteria Nonna", "The Copper Pot", "Saffron House", "Noodle Bar 21", "Casa Verde", "Le Petit Four",
    "Smoke & Salt",
)  # fmt: skip
STALLS: tuple[str, ...] = (
    "Green Acre Farm", "Hilltop Honey", "Sourdough Co.", "Orchard Lane", "Fungi Guys", "Dairy Meadow",
    "Pickle Jar", "Root & Leaf",
)  # fmt: skip
ROLES: tuple[str, ...] = ("Sous", "Pastry", "Grill", "Sommelier", "Prep", "Head baker", "Barista", "Front")
LEAF: Colour = (70, 150, 60)
WOOD: Colour = (70, 120, 170)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def chopping_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chopping board on a counter, from above: a stone or steel counter, the board's rounded
    wood with grain lines, a row of carrot coins, herb leaves, a tomato's stalk star on a red disc,
    a knife laid along one side (a grey blade, a black handle)."""
    counter = rng.choice(((200, 200, 205), (150, 155, 160), (60, 65, 70), (215, 220, 225)))
    img = np.full((h, w, 3), counter, np.uint8)
    bx, by = round(w * rng.uniform(0.05, 0.12)), round(h * rng.uniform(0.08, 0.15))
    bw, bh = w - 2 * bx, h - 2 * by
    wood = rng.choice((WOOD, (90, 150, 200), (50, 90, 140)))
    rounded_card(img, bx, by, bw, bh, max(2, min(bw, bh) // 8), wood)
    for k in range(1, 7):
        gy = by + bh * k // 7 + rng.randrange(-2, 3)
        cv2.line(img, (bx + bw // 10, gy), (bx + bw * 9 // 10, gy), tone(wood, -18), max(1, h // 200))
    r = max(2, min(bw, bh) // 14)
    x = bx + bw // 8
    while x < bx + bw * 0.55:
        cv2.circle(img, (x, by + bh // 3), r, (40, 130, 240), -1, cv2.LINE_AA)
        cv2.circle(img, (x, by + bh // 3), max(1, r // 2), (60, 160, 250), -1, cv2.LINE_AA)
        x += r * 2 + max(1, r // 3)
    for _ in range(rng.randrange(3, 7)):
        c = (bx + round(bw * rng.uniform(0.1, 0.5)), by + round(bh * rng.uniform(0.55, 0.85)))
        cv2.ellipse(img, c, (max(2, r), max(1, r // 2)), rng.uniform(0, 180), 0, 360, LEAF, -1, cv2.LINE_AA)
    tc, tr = (bx + round(bw * 0.72), by + round(bh * 0.4)), max(3, min(bw, bh) // 6)
    ball(img, tc, tr, (50, 50, 210), 0.4)
    for a in range(0, 360, 72):
        tip = (
            tc[0] + round(tr * 0.35 * np.cos(np.radians(a))),
            tc[1] + round(tr * 0.35 * np.sin(np.radians(a))),
        )
        cv2.line(img, tc, tip, LEAF, max(1, tr // 6), cv2.LINE_AA)
    ky = by + round(bh * 0.85)
    blade = np.array(
        [[bx + bw * 0.55, ky - r], [bx + bw * 0.88, ky - r], [bx + bw * 0.55, ky + r // 2]], np.int32
    )
    cv2.fillPoly(img, [blade], (190, 195, 200), cv2.LINE_AA)
    cv2.rectangle(img, (round(bx + bw * 0.36), ky - r), (round(bx + bw * 0.55), ky), (30, 30, 35), -1)
    return img


def stovetop(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hob from above: dark glass, burners as rings of unequal size (one glowing red), a frying
    pan over one (a dark disc, its handle, something yellow frying in it) and a steel pot over
    another (a lid's rim and knob), the knobs' strip along the foot."""
    glass = rng.choice(((25, 25, 28), (40, 38, 36), (60, 62, 66)))
    img = np.full((h, w, 3), glass, np.uint8)
    spots = [(w * a, h * b) for a, b in ((0.28, 0.3), (0.72, 0.27), (0.3, 0.72), (0.7, 0.7))]
    rng.shuffle(spots)
    base = min(w, h)
    for k, (cx, cy) in enumerate(spots):
        c, r = (round(cx), round(cy)), max(3, round(base * rng.uniform(0.12, 0.2)))
        if k == 0:
            cv2.circle(img, c, r, (30, 30, 170), -1, cv2.LINE_AA)
            cv2.circle(img, c, max(1, r * 2 // 3), (40, 50, 210), max(1, r // 6), cv2.LINE_AA)
        elif k == 1:
            pan = max(4, round(r * 1.35))
            end = (c[0] + round(pan * 2.2), c[1] + round(pan * 0.6))
            cv2.line(img, c, end, (35, 35, 35), max(2, pan // 4), cv2.LINE_AA)
            cv2.circle(img, c, pan, (50, 50, 55), -1, cv2.LINE_AA)
            cv2.circle(img, c, pan * 4 // 5, (70, 70, 75), -1, cv2.LINE_AA)
            cv2.ellipse(
                img, c, (pan // 2, pan // 3), rng.uniform(0, 180), 0, 360, (60, 200, 240), -1, cv2.LINE_AA
            )
        elif k == 2:
            pot = max(4, round(r * 1.3))
            cv2.circle(img, c, pot, (175, 180, 185), -1, cv2.LINE_AA)
            cv2.circle(img, c, pot - max(2, pot // 8), (140, 145, 150), max(1, pot // 12), cv2.LINE_AA)
            cv2.rectangle(
                img, (c[0] - pot // 6, c[1] - pot // 10), (c[0] + pot // 6, c[1] + pot // 10), INK, -1
            )
        else:
            cv2.circle(img, c, r, (90, 90, 95), max(1, r // 10), cv2.LINE_AA)
    cv2.rectangle(img, (0, round(h * 0.92)), (w, h), tone(glass, 25), -1)
    for k in range(rng.randrange(3, 6)):
        cv2.rectangle(img, (round(w * (0.1 + 0.18 * k)), round(h * 0.94)),
                      (round(w * (0.14 + 0.18 * k)), round(h * 0.97)), (200, 200, 200), -1)  # fmt: skip
    return img


def bread_shelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bakery's wall of bread: a chalk board across the top with lines of lettering as bars, two
    or three wooden shelves, baguettes slanted in a basket, round loaves with a scored cross, long
    tins' loaves; warm light."""
    wall = rng.choice(((180, 210, 230), (150, 170, 190), (60, 70, 80), (200, 215, 225)))
    img = np.full((h, w, 3), wall, np.uint8)
    board = round(h * rng.uniform(0.14, 0.22))
    cv2.rectangle(img, (w // 12, h // 30), (w * 11 // 12, board), (40, 45, 40), -1)
    for k in range(2):
        y = h // 30 + (board - h // 30) * (k + 1) // 3
        cv2.line(
            img,
            (w // 6, y),
            (w // 6 + round(w * rng.uniform(0.3, 0.6)), y),
            (220, 220, 220),
            max(1, h // 120),
        )
    shelves = rng.randrange(2, 4)
    gap = (h - board) / (shelves + 0.3)
    crust = ((60, 120, 190), (40, 100, 170), (80, 150, 210))
    for k in range(shelves):
        sy = round(board + gap * (k + 1))
        cv2.rectangle(img, (0, sy), (w, sy + max(2, h // 50)), tone(WOOD, -20), -1)
        x = rng.randrange(0, max(1, w // 15))
        while x < w:
            lw = max(4, round(w * rng.uniform(0.1, 0.2)))
            lh = max(3, round(gap * rng.uniform(0.3, 0.55)))
            colour = rng.choice(crust)
            kind = rng.randrange(3)
            if kind == 0:  # a round loaf, scored
                c = (x + lw // 2, sy)
                cv2.ellipse(img, c, (lw // 2, lh), 0, 180, 360, colour, -1, cv2.LINE_AA)
                cv2.line(
                    img, (c[0] - lw // 5, sy - lh // 2), (c[0] + lw // 5, sy - lh // 2), tone(colour, 50), 1
                )
            elif kind == 1:  # a tin loaf
                cv2.rectangle(img, (x, sy - lh), (x + lw, sy), colour, -1)
                cv2.ellipse(img, (x + lw // 2, sy - lh), (lw // 2, max(1, lh // 4)), 0, 180, 360, colour, -1)
            else:  # baguettes standing slanted
                for j in range(3):
                    a = (x + j * max(2, lw // 4), sy)
                    b = (a[0] + lw // 3, sy - round(gap * 0.8))
                    cv2.line(img, a, b, tone(colour, 10 * j), max(2, lw // 6), cv2.LINE_AA)
            x += lw + rng.randrange(2, max(3, lw // 3))
    warm = np.linspace(1.0, 0.0, h, dtype=np.float32)[:, None, None] * np.array((30, 50, 70), np.float32)
    return np.clip(img + warm, 0, 255).astype(np.uint8)  # warm light from above


def produce_crates(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A market stall's crates from the front and a little above: two or three rows of wooden
    crates, each heaped with one fruit or vegetable (discs of one colour, each with a highlight at
    its upper left) under a white price card with its price as bars."""
    img = np.full((h, w, 3), (50, 70, 90), np.uint8)
    cols, rows = rng.randrange(2, 4), rng.randrange(2, 4)
    cw, ch = w / cols, h / rows
    produce = ((40, 60, 200), (40, 170, 250), (30, 200, 230), (90, 40, 100), (60, 160, 70), (40, 120, 230))
    for r in range(rows):
        for c in range(cols):
            x1, y1 = round(c * cw), round(r * ch)
            x2, y2 = round((c + 1) * cw) - 2, round((r + 1) * ch) - 2
            cv2.rectangle(img, (x1, y1), (x2, y2), tone(WOOD, -10), -1)
            cv2.rectangle(img, (x1 + 2, y1 + 2), (x2 - 2, y1 + max(3, (y2 - y1) // 3)), (30, 40, 50), -1)
            colour = rng.choice(produce)
            rad = max(2, round(min(cw, ch) * rng.uniform(0.08, 0.13)))
            for j in range(14):
                bx = x1 + rad + round((x2 - x1 - 2 * rad) * ((j * 0.37) % 1))
                by = y1 + round((y2 - y1) * (0.25 + 0.5 * ((j * 0.61) % 1)))
                cv2.circle(img, (bx, by), rad, tone(colour, rng.randrange(-25, 15)), -1, cv2.LINE_AA)
                cv2.circle(img, (bx - rad // 3, by - rad // 3), max(1, rad // 4), tone(colour, 70), -1)
            cv2.rectangle(img, (x1, y2 - max(2, (y2 - y1) // 6)), (x2, y2), tone(WOOD, 15), -1)
            px, py = x1 + (x2 - x1) // 3, y2 - max(4, (y2 - y1) // 4)
            cv2.rectangle(
                img, (px, py), (px + max(6, (x2 - x1) // 3), py + max(3, (y2 - y1) // 8)), WHITE, -1
            )
            cv2.line(
                img,
                (px + 2, py + max(1, (y2 - y1) // 16)),
                (px + max(4, (x2 - x1) // 5), py + max(1, (y2 - y1) // 16)),
                INK,
                1,
            )
    return img


def food_trucks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A food festival's row of trucks: a sky graded to the horizon, a line of paper lanterns
    strung across it, two or three trucks side by side (a body of one colour, a serving hatch under
    a striped awning, a menu board's lines, wheels under a dark skirt), the tarmac."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.72, 0.82))
    gradient(img, (0, 0, w, ground), rng.choice(((230, 190, 140), (200, 150, 110), (120, 90, 70))),
             rng.choice(((220, 225, 240), (170, 190, 230), (140, 160, 210))))  # fmt: skip
    cv2.rectangle(img, (0, ground), (w, h), (70, 75, 80), -1)
    n = rng.randrange(2, 4)
    tw = w / n
    for k in range(n):
        x1, x2 = round(k * tw + tw * 0.05), round((k + 1) * tw - tw * 0.05)
        top = round(h * rng.uniform(0.2, 0.32))
        body = random_colour(rng, 50, 230)
        cv2.rectangle(img, (x1, top), (x2, ground - max(3, h // 30)), body, -1)
        cv2.rectangle(img, (x1, ground - max(3, h // 30)), (x2, ground), (40, 40, 40), -1)
        hx1, hx2 = x1 + (x2 - x1) // 6, x1 + (x2 - x1) * 4 // 6
        hy1, hy2 = top + (ground - top) // 5, top + (ground - top) // 2
        cv2.rectangle(img, (hx1, hy1), (hx2, hy2), (30, 35, 40), -1)
        cv2.rectangle(img, (hx1, hy2), (hx2, hy2 + max(2, h // 80)), (180, 185, 190), -1)
        stripe = max(2, (hx2 - hx1) // 8)
        for j, sx in enumerate(range(hx1 - stripe, hx2 + stripe, stripe)):
            colour = WHITE if j % 2 else random_colour(rng, 40, 220) if j == 0 else tone(body, -60)
            cv2.rectangle(img, (sx, hy1 - max(3, h // 25)), (sx + stripe, hy1), colour, -1)
        mx = x1 + (x2 - x1) * 3 // 4
        cv2.rectangle(img, (mx - (x2 - x1) // 10, hy1), (mx + (x2 - x1) // 10, hy2), (40, 50, 40), -1)
        for j in range(3):
            ly = hy1 + (hy2 - hy1) * (j + 1) // 4
            cv2.line(img, (mx - (x2 - x1) // 14, ly), (mx + (x2 - x1) // 16, ly), (230, 230, 230), 1)
        r = max(2, (x2 - x1) // 12)
        for wx in (x1 + (x2 - x1) // 5, x1 + (x2 - x1) * 4 // 5):
            cv2.circle(img, (wx, ground), r, (25, 25, 25), -1, cv2.LINE_AA)
    sag = np.linspace(0, w, 16)
    ys = h * 0.08 + h * 0.06 * np.sin(np.pi * sag / max(1, w))
    cv2.polylines(img, [np.stack([sag, ys], 1).round().astype(np.int32)], False, (40, 40, 40), 1, cv2.LINE_AA)
    for lx, ly in zip(sag[1:-1], ys[1:-1], strict=True):
        lantern = rng.choice(((60, 60, 230), (60, 200, 250), (200, 120, 60)))
        axes = (max(2, w // 60), max(2, h // 40))
        cv2.ellipse(img, (round(lx), round(ly) + axes[1]), axes, 0, 0, 360, lantern, -1, cv2.LINE_AA)
    return img


def kitchen_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A kitchen's back wall behind a cook: white or coloured tiles in a brick bond, a steel hood's
    slant over the top, a shelf of jars (lids in one colour), utensils hanging from a rail (a
    ladle's bowl, a whisk's loops, a spatula)."""
    tile = rng.choice(((235, 235, 230), (180, 200, 150), (200, 170, 120), (90, 110, 80)))
    img = np.full((h, w, 3), tile, np.uint8)
    th, tw = max(4, h // 24), max(8, w // 12)
    grout = tone(tile, -35)
    for k, y in enumerate(range(0, h, th)):
        cv2.line(img, (0, y), (w, y), grout, 1)
        for x in range(-(tw // 2) * (k % 2), w, tw):
            cv2.line(img, (x, y), (x, y + th), grout, 1)
    hood = np.array([[w * 0.25, 0], [w * 0.75, 0], [w * 0.85, h * 0.16], [w * 0.15, h * 0.16]], np.int32)
    cv2.fillPoly(img, [hood], (170, 175, 180), cv2.LINE_AA)
    shelf = round(h * rng.uniform(0.3, 0.42))
    cv2.rectangle(img, (0, shelf), (w, shelf + max(2, h // 60)), tone(WOOD, -15), -1)
    x, lid = max(2, w // 40), random_colour(rng, 40, 220)
    while x < w * 0.45:
        jw, jh = max(3, w // 22), max(4, round(h * rng.uniform(0.07, 0.11)))
        cv2.rectangle(
            img,
            (x, shelf - jh),
            (x + jw, shelf),
            rng.choice(((200, 220, 230), (60, 120, 200), (80, 160, 90))),
            -1,
        )
        cv2.rectangle(img, (x, shelf - jh - max(1, jh // 6)), (x + jw, shelf - jh), lid, -1)
        x += jw + max(2, w // 60)
    rail = round(h * 0.2)
    cv2.line(img, (round(w * 0.55), rail), (round(w * 0.95), rail), (120, 120, 125), max(1, h // 150))
    for k in range(rng.randrange(3, 6)):
        ux = round(w * (0.58 + 0.08 * k))
        end = rail + round(h * rng.uniform(0.1, 0.16))
        cv2.line(img, (ux, rail), (ux, end), (90, 90, 95), max(1, w // 250), cv2.LINE_AA)
        shape = k % 3
        if shape == 0:
            cv2.ellipse(
                img, (ux, end), (max(2, w // 60), max(2, w // 80)), 0, 0, 180, (90, 90, 95), -1, cv2.LINE_AA
            )
        elif shape == 1:
            cv2.ellipse(
                img, (ux, end), (max(2, w // 90), max(3, h // 50)), 0, 0, 360, (90, 90, 95), 1, cv2.LINE_AA
            )
        else:
            cv2.rectangle(
                img, (ux - max(2, w // 90), end), (ux + max(2, w // 90), end + max(3, h // 50)), INK, -1
            )
    return img


RENDERS: tuple[H11.Render, ...] = (
    chopping_board,
    stovetop,
    bread_shelf,
    produce_crates,
    food_trucks,
    kitchen_wall,
)
KITCHENS: tuple[H11.Render, ...] = (kitchen_wall, bread_shelf)  # behind a cook or a teacher
DINING: tuple[H11.Render, ...] = (H40.string_lights, H40.bar_shelf)  # a restaurant's terrace or bar
FAIRS: tuple[H11.Render, ...] = (food_trucks, produce_crates)  # a festival's or a market's crowd
DISHES_DRAWN: tuple[H11.Render, ...] = (H11.plate, chopping_board, stovetop)  # a menu's, a recipe's


@dataclass
class Cast(H40.Cast):
    """heldout40's cast (heldout26's and heldout11's: a scene of people or a thing; half of a
    face's box showing counts it), its screens marked h41-, whose drawn things are this set's: a
    chopping board, a hob, a bakery's shelves, a stall's crates, food trucks, a kitchen's wall."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h41-" + super().kind(layout).removeprefix("h40-")


# Small parts: a cook at the counter, pins, rows, tiles and cards, people in them or things.


def cook_at_counter(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float, share: float
) -> float:
    """A cook filmed at the counter over ``rect``: a kitchen's wall or a bakery's shelves
    (``KITCHENS``, lightly softened), the cook before it (heldout11's ``figure``, standing, the
    face ``fp`` px) with ``share`` of the face's width on the screen: 1.0 keeps the face round the
    frame's middle, less puts it across the screen's left or right edge (counted while half of its
    box shows); the counter across the frame's foot, under the chin, a chopping board on it. A
    face-free cast stands a round thing there. Returns the face's x."""
    x1, y1, x2, y2 = rect
    back = H11.render(rng, x2 - x1, y2 - y1, KITCHENS)
    blit(s.img, cv2.GaussianBlur(back, (0, 0), rng.uniform(1.0, 3.0)), x1, y1)
    if share >= 1.0:
        cx = rng.uniform(0.3, 0.7) * (x2 - x1) + x1
    elif rng.random() < 0.5:
        cx = fp * share - fp / 2
    else:
        cx = WIDTH + fp / 2 - fp * share
    cy = y1 + (y2 - y1) * rng.uniform(0.26, 0.38)
    H11.figure(cast, s, cx, cy, fp, rect, True)
    top = round(max(cy + 0.9 * fp, y1 + 0.74 * (y2 - y1)))
    if top < y2 - 30:
        cv2.rectangle(s.img, (x1, top), (x2, y2), rng.choice(((170, 175, 180), WOOD, (60, 60, 65))), -1)
        bw = (x2 - x1) * 2 // 5
        blit(s.img, chopping_board(rng, bw, y2 - top - 10), round(cx - bw / 2), top + 6)
    return cx


def face_pin(
    cast: Cast, rng: random.Random, s: Screen, c: tuple[int, int], lo: float, hi: float, rim: Colour,
    heading: float | None = None,
) -> int:  # fmt: skip
    """Someone on a map as a round photo (faces ``lo``-``hi`` px, skewed small) in a disc of
    ``rim`` centred on ``c``, with ``heading`` (degrees) a pointer on the disc's edge showing the
    way they move (a courier's); disc and pointer drawn before the face. Returns the photo's side."""
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.12, 1.28))
    r = side // 2 + max(3, side // 7)
    if heading is not None:
        a = np.radians(heading)
        tip = (c[0] + round((r + 14) * np.cos(a)), c[1] + round((r + 14) * np.sin(a)))
        left = (c[0] + round(r * np.cos(a - 0.5)), c[1] + round(r * np.sin(a - 0.5)))
        right = (c[0] + round(r * np.cos(a + 0.5)), c[1] + round(r * np.sin(a + 0.5)))
        cv2.fillPoly(s.img, [np.array([tip, left, right], np.int32)], s.accent, cv2.LINE_AA)
    cv2.circle(s.img, c, r, rim, -1, cv2.LINE_AA)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    return side


def comment_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment under a recipe's video: the 22-30 px face (initials on some), the name, a chip of
    the video's moment it speaks of, a line or two; on 20 % an "I made it" photo at the right
    (people with faces 18-32 px, cut by its edges, or a thing); a heart's count. Returns its
    height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 8, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 30), 0.55, s.fg, 2)
    tag(img, x + 150, y + 8, f"{rng.randrange(0, 9)}:{rng.randrange(60):02d}", off(s.bg, 26), 28)
    lines = rng.randrange(1, 3)
    for k in range(lines):
        note(img, words(rng, rng.randrange(3, 6)).lower(), (x, y + 62 + 28 * k), 0.5, s.fg)
    h = max(sd + 16, 50 + 28 * lines)
    if rng.random() < 0.2:
        cut_photo(cast, rng, s, WIDTH - 170, y + 8, 140, 104, 18.3, 32, rounded_rect(104, 140, 12), 0.8)
        tag(img, WIDTH - 166, y + 12, "I made it", GREEN, 26)
        h = max(h, 124)
    heart(img, (WIDTH - 210, y + 28), 9, RED if rng.random() < 0.4 else GREY)
    return h + 12


def student_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A student's tile in a cooking class's call: the student at their own stove (a photo, the face
    20-34 px) or the camera off on 18 %; a green tick over its top right when the step is done, or
    a raised hand's amber badge; the name on a label over its foot (it takes what it covers)."""
    if rng.random() < 0.18:
        camera_off(cast, s, rng, x, y, tw, th)
    else:
        cast.photo(s, x, y, tw, th, small(rng, 20, 34), rounded_rect(th, tw, 12))
    roll = rng.random()
    if roll < 0.3:
        badge(s.img, (x + tw - 20, y + 20), 13, GREEN, "check", WHITE)
    elif roll < 0.42:
        badge(s.img, (x + tw - 20, y + 20), 13, (40, 170, 250), "?", WHITE)
    name_label(s.img, who(rng)[:7], x + 6, y + th - 6, 26)


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A diner's review: the 24-32 px face (initials on some), the name and the visit, five stars,
    a line or two, the dish ordered as a tag; on 30 % two or three photos from the table (diners
    with faces 18-30 px, cut by their edges, or dishes). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 8, 24, 32, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 30), 0.58, s.fg, 2)
    note(
        img, rng.choice(("Dinner for two", "Birthday", "Lunch", "Family meal")), (x + 190, y + 30), 0.45, GREY
    )
    stars = rng.randrange(3, 6)
    for k in range(5):
        star(img, (x + 10 + k * 26, y + 56), 10, GOLD if k < stars else off(s.bg, 40))
    note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 94), 0.5, s.fg)
    h = 110
    if rng.random() < 0.5:
        tag(img, x, y + 108, rng.choice(DISHES), off(s.bg, 20), 30)
        h += 40
    if rng.random() < 0.3:
        for k in range(rng.randrange(2, 4)):
            cut_photo(cast, rng, s, x + k * 166, y + h, 154, 110, 18.3, 30, rounded_rect(110, 154, 12), 0.7)
        h += 124
    cv2.line(img, (x, y + h + 4), (WIDTH - 30, y + h + 4), off(s.bg, 14), 1)
    return h + 14


def diner_thumb(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A photo from diners in a restaurant's strip: on 45 % a table at two depths on its terrace or
    at its bar (``staged``: the front faces 18-36 px, the back ones down to 12 px), else a snapshot
    (faces 18-34 px, cut by its edges) or a dish; rounded."""
    m = rounded_rect(side, side, 16)
    if rng.random() < 0.45:
        piece, faces = staged(cast, rng, DINING, 2, (1, 2), side, side, 12, small(rng, 18.3, 36))
        H11.paste_photo(cast, s, piece, faces, x, y, m)
    elif rng.random() < 0.6:
        cut_photo(cast, rng, s, x, y, side, side, 18.3, 34, m, 0.8)
    else:
        blit(s.img, H11.render(rng, side, side, DISHES_DRAWN), x, y, m)


def order_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Someone's part of a group order: the 22-30 px face (initials on some), the name, what they
    ordered, the price; a green tick when paid, else "owes" in red. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 10, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 32), 0.55, s.fg, 2)
    note(img, f"{rng.randrange(1, 3)}x {rng.choice(DISHES)}", (x, y + 62), 0.45, GREY)
    note(img, f"${rng.randrange(8, 40)}.{rng.randrange(0, 100):02d}", (WIDTH - 250, y + 40), 0.55, s.fg)
    if rng.random() < 0.6:
        badge(img, (WIDTH - 60, y + 34), 14, GREEN, "check", s.bg)
    else:
        tag(img, WIDTH - 130, y + 16, "owes", RED, 30)
    return max(sd + 20, 84)


def seating_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A supper club's seating: the date in a block, the evening's menu and the seats left as a
    bar, the guests booked as a facepile (18-24 px, "+N") and on 40 % the waitlist's (18-22 px);
    "Full" in red when no seat is left. Returns its height."""
    img = s.img
    card = off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 190, 18, card)
    rounded_card(img, 40, y + 20, 100, 110, 14, s.accent)
    note(img, rng.choice(("FRI", "SAT", "SUN", "THU")), (62, y + 58), 0.6, WHITE, 2)
    note(img, str(rng.randrange(1, 29)), (66, y + 110), 1.0, WHITE, 2)
    note(img, rng.choice(("Sicilian Sunday", "Seven courses", "Ramen night", "Harvest table")), (170, y + 48),
         0.65, s.fg, 2)  # fmt: skip
    seats = rng.randrange(8, 16)
    left = rng.randrange(0, 5)
    progress(img, 170, y + 72, 360, 1 - left / seats, s.accent, off(card, 30), 8)
    note(
        img,
        f"{left} of {seats} seats left" if left else "Full",
        (550, y + 80),
        0.45,
        GREY if left else RED,
        2,
    )
    end = stack(cast, s, rng, 170, y + 100, rng.randrange(3, 8), 18.3, 24, card, rng.randrange(0, 6))
    note(img, "booked", (end + 10, y + 128), 0.45, GREY)
    if rng.random() < 0.4:
        end = stack(cast, s, rng, 170, y + 144, rng.randrange(2, 4), 18.3, 22, card)
        note(img, "waitlist", (end + 10, y + 170), 0.45, GREY)
    return 206


def menu_row(cast: Cast, rng: random.Random, s: Screen, y: int, chef: bool) -> int:
    """A dish on a chef's menu: its drawn photo (a plate, a board, a hob), the name, a line of
    what is in it, the price; with ``chef`` the chef's pick: the chef's 20-24 px face in a rim over
    the photo's lower right. Returns its height."""
    img = s.img
    blit(img, H11.render(rng, 120, 110, DISHES_DRAWN), 30, y + 8, rounded_rect(110, 120, 16))
    if chef:
        fp, side = _size(rng, 20, 24, (1.1, 1.25))
        rimmed(cast, s, 30 + 120 - side + 6, y + 8 + 110 - side + 6, fp, side, s.bg)
        tag(img, 180, y + 84, "Chef's pick", GOLD, 28)
    note(img, rng.choice(DISHES), (180, y + 40), 0.62, s.fg, 2)
    note(img, words(rng, rng.randrange(3, 5)).lower(), (180, y + 72), 0.45, GREY)
    note(img, f"{rng.randrange(9, 38)}", (WIDTH - 100, y + 40), 0.65, s.fg, 2)
    cv2.line(img, (180, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 136


def market_plan(
    img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]
) -> list[tuple[int, int]]:
    """A market's plan in ``rect``: grass, two crossing paths, rows of stalls as rectangles with
    striped awnings along their fronts. Returns the stalls' middles."""
    x1, y1, x2, y2 = rect
    cv2.rectangle(img, (x1, y1), (x2, y2), (150, 200, 160), -1)
    py = rng.randrange(y1 + (y2 - y1) // 3, y1 + (y2 - y1) * 2 // 3)
    px = rng.randrange(x1 + (x2 - x1) // 3, x1 + (x2 - x1) * 2 // 3)
    cv2.rectangle(img, (x1, py - 30), (x2, py + 30), (190, 220, 235), -1)
    cv2.rectangle(img, (px - 30, y1), (px + 30, y2), (190, 220, 235), -1)
    middles = []
    for top in (y1 + 40, py + 50):
        bottom = min(top + 120, y2 - 20) if top > py else py - 50
        x = x1 + 30
        while x + 110 < x2:
            if abs(x + 55 - px) > 90:
                colour = random_colour(rng, 60, 220)
                cv2.rectangle(img, (x, top), (x + 110, bottom), WHITE, -1)
                for k in range(5):
                    cv2.rectangle(img, (x + k * 22, top), (x + k * 22 + 11, top + 18), colour, -1)
                middles.append((x + 55, (top + bottom) // 2 + 10))
            x += 130
    return middles


def stall_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A stall at a farmers' market: the stall's produce (a drawn crate, bread, a board) with the
    stall holder's 28-48 px face in a rim over its lower right (initials on some); the name, what
    it sells, open or sold out, the regulars who follow it (a stack of 18-22 px, "+N"). Returns its
    height."""
    img = s.img
    blit(img, H11.render(rng, 150, 120, (produce_crates, bread_shelf, chopping_board)), 30, y + 8,
         rounded_rect(120, 150, 16))  # fmt: skip
    fp, side = _size(rng, 28, rng.uniform(28.5, 48), (1.15, 1.3))
    if rng.random() < 0.2:
        cv2.circle(
            img, (180 - side // 2 + 10, y + 128 - side // 2 + 10), side // 2 + 4, s.bg, -1, cv2.LINE_AA
        )
        H3.initials(img, rng, 180 - side + 10, y + 128 - side + 10, side, "circle", None)
    else:
        rimmed(cast, s, 180 - side + 10, y + 128 - side + 10, fp, side, s.bg)
    x = 220
    note(img, rng.choice(STALLS), (x, y + 36), 0.62, s.fg, 2)
    note(img, rng.choice(("Veg & herbs", "Honey, wax", "Bread, pastries", "Apples, cider", "Cheese")),
         (x, y + 66), 0.45, GREY)  # fmt: skip
    if rng.random() < 0.15:
        tag(img, WIDTH - 170, y + 14, "Sold out", RED, 30)
    else:
        tag(img, WIDTH - 150, y + 14, "Open", GREEN, 30)
    end = stack(cast, s, rng, x, y + 84, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 30))
    note(img, "regulars", (end + 10, y + 110), 0.45, GREY)
    return 150


def festival_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A post in a food festival's feed: the poster's 24-30 px face (initials on some), the name,
    the truck's tag; the crowd at the trucks or the stalls at two to four depths (``staged``: the
    front faces 30-160 px, the back ones down to 10 px, drawn and not counted) with the
    queue's time over its top left; the likers (a stack of 18-22 px, "+N"). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 8, 24, 30, (1.15, 1.3), "circle", person=True)
    note(img, who(rng), (50 + sd, y + 32), 0.55, s.fg, 2)
    tag(
        img,
        50 + sd,
        y + 42,
        rng.choice(("Taco truck", "Bao stall", "Wood-fired", "Churros")),
        off(s.bg, 22),
        28,
    )
    y0 = y + max(sd, 70) + 16
    pw, ph = WIDTH - 60, rng.randrange(320, 401)
    lo, hi = rng.uniform(10, 14), rng.uniform(30, 160)
    piece, faces = staged(cast, rng, FAIRS, rng.randrange(2, 5), (1, 3), pw, ph, lo, hi)
    H11.paste_photo(cast, s, piece, faces, 30, y0, rounded_rect(ph, pw, 18))
    tag(img, 44, y0 + 14, f"Queue ~{rng.randrange(2, 40)} min", (30, 30, 30), 34)
    y1 = y0 + ph + 14
    end = stack(cast, s, rng, 30, y1, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(3, 300))
    note(img, "liked this", (end + 10, y1 + 28), 0.45, GREY)
    return y1 + 70 - y


def planner_row(cast: Cast, rng: random.Random, s: Screen, y: int, day: str) -> int:
    """A ``day`` on a meal kit's family plan: the day, the recipe's drawn photo and name, who cooks
    (a 20-26 px face, initials on some, "cooks") and who eats (a stack of 18-22 px); a skipped day
    drawn again grey and faded (its faces counted as they look). Returns its height."""
    img = s.img
    note(img, day, (30, y + 40), 0.55, s.accent, 2)
    blit(img, H11.render(rng, 110, 90, DISHES_DRAWN), 110, y + 8, rounded_rect(90, 110, 14))
    note(img, rng.choice(DISHES), (240, y + 34), 0.58, s.fg, 2)
    sd = face_avatar(cast, s, rng, 240, y + 50, 20, 26, (1.1, 1.25), "circle", person=True)
    note(img, "cooks", (250 + sd, y + 50 + sd // 2 + 6), 0.42, GREY)
    stack(cast, s, rng, 520, y + 48, rng.randrange(1, 4), 18.3, 22, s.bg)
    if rng.random() < 0.12:
        H10.redrawn(s, (20, y, WIDTH - 20, y + 104), faded(s.bg))
        tag(img, WIDTH - 150, y + 14, "Skipped", off(s.bg, 40), 30)
    cv2.line(img, (110, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 114


def staff_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A bakery's staff member: the 26-36 px face in a rounded square, the name and the role, a
    green "on shift" dot on some, their favourite bake drawn at the right. Returns its height."""
    img = s.img
    fp, side = _size(rng, 26, small(rng, 26.5, 36), (1.15, 1.3))
    cast.avatar(s, 30, y + 10, fp, side, "rounded")
    x = 56 + side
    note(img, who(rng), (x, y + 36), 0.58, s.fg, 2)
    note(img, rng.choice(ROLES), (x, y + 66), 0.45, GREY)
    if rng.random() < 0.5:
        badge(img, (28 + side, y + 14), 8, GREEN, "", s.bg)
        note(img, "on shift", (x + 180, y + 66), 0.45, GREEN)
    blit(
        img, H11.render(rng, 90, 70, (bread_shelf, H11.plate)), WIDTH - 120, y + 10, rounded_rect(70, 90, 12)
    )
    return max(side + 24, 96)


def stamps(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, got: int, card: Colour) -> None:
    """A loyalty card's ten stamps in two rows of five from (x, y) across ``w``: ``got`` of them
    filled (a white disc with a wheat ear: a stalk and grains), the rest dashed rings."""
    r = min(40, w // 12)
    for k in range(10):
        c = (x + r + (k % 5) * (w - 2 * r) // 4, y + r + (k // 5) * (2 * r + 16))
        if k < got:
            cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
            cv2.line(img, (c[0], c[1] + r // 2), (c[0], c[1] - r // 2), GOLD, 2, cv2.LINE_AA)
            for j in range(3):
                for d in (-1, 1):
                    g = (c[0] + d * r // 6, c[1] - r // 3 + j * r // 4)
                    cv2.ellipse(
                        img, g, (max(2, r // 8), max(2, r // 5)), d * 30, 0, 360, GOLD, -1, cv2.LINE_AA
                    )
        else:
            for a in range(0, 360, 30):
                cv2.ellipse(img, c, (r, r), 0, a, a + 15, tone(card, 60), 2, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def recipe_video(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A recipe app's step video (mostly dark): the cook at the counter (``cook_at_counter``: the
    face 150-440 px, on half across the screen's left or right edge with 55-95 % of its width
    showing) under a scrim with the step's count, the step's caption on a band over the video's
    foot and the chapters' segments; the dish's name and the cook's 26-34 px face with a follow
    button; who cooked it (round 22-30 px faces cut by the right edge); comments (``comment_row``:
    22-30 px, photos of 18-32 px on 20 %) down to one's own 22-26 px face by the comment field."""
    s = new_screen(rng, name, cast.kind("recipe"), ("dark", "dark", "light", "tinted"))
    img = s.img
    top = STATUS_H
    vh = rng.randrange(860, 1001)
    share = rng.uniform(0.55, 0.95) if rng.random() < 0.5 else 1.0
    cook_at_counter(cast, rng, s, (0, top, WIDTH, top + vh), rng.uniform(150, 440), share)
    H5.scrim(s, (0, top, WIDTH, top + 90), 0.45)
    chevron(img, 40, top + 46, WHITE, back=True)
    n = rng.randrange(5, 10)
    at = rng.randrange(n)
    tag(img, WIDTH - 230, top + 24, f"Step {at + 1} of {n}", s.accent, 40)
    cv2.rectangle(img, (0, top + vh - 130), (WIDTH, top + vh - 44), (22, 22, 22), -1)
    note(img, rng.choice(STEPS), (30, top + vh - 76), 0.8, WHITE, 2)
    seg = WIDTH // n
    for k in range(n):
        colour = s.accent if k <= at else (110, 110, 110)
        cv2.rectangle(img, (k * seg + 3, top + vh - 30), ((k + 1) * seg - 3, top + vh - 20), colour, -1)
    y = top + vh + 20
    heading(s, 30, y + 40, rng.choice(DISHES), 1.0)
    y += 60
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.1, 1.25), "circle")
    note(img, f"{who(rng)} - {rng.randrange(2, 900)}k followers", (46 + sd, y + sd // 2 + 8), 0.5, s.fg)
    outlined(img, WIDTH - 190, y, 160, 50, s.accent, s.bg)
    note(img, "Follow", (WIDTH - 150, y + 34), 0.55, s.accent, 2)
    y += 76
    note(img, f"Cooked it ({rng.randrange(12, 4000)})", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 76, 48):
        fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
    y += 70
    y = section(s, y, f"Comments ({rng.randrange(8, 700)})", False)
    foot = H - NAV_H - 110
    while y + 110 < foot:
        y += comment_row(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), s.bg, -1)
    face_avatar(cast, s, rng, 30, foot + 26, 22, 26, (1.15, 1.3), "circle")
    pill(img, 100, foot + 20, WIDTH - 130, 64, off(s.bg, 16))
    note(img, "Add a comment...", (140, foot + 60), 0.55, GREY)
    H5.nav_bar(s)
    return s.finish()


def cooking_class(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cooking class on a video call (mostly dark): the teacher's camera (``cook_at_counter``: the
    face 90-260 px round the frame's middle) with the overhead camera's inset (a drawn hob or board)
    on the side away from the teacher's face, LIVE and the teacher's name label; the step and its
    progress; the students in four or five columns of tiles (``student_tile``: 20-34 px faces or
    cameras off, ticks and raised hands); the call's controls."""
    s = new_screen(rng, name, cast.kind("class"), ("dark", "dark", "light", "tinted"))
    img = s.img
    top = STATUS_H
    vh = rng.randrange(600, 701)
    cx = cook_at_counter(cast, rng, s, (0, top, WIDTH, top + vh), rng.uniform(90, 260), 1.0)
    iw, ih = rng.randrange(240, 301), rng.randrange(170, 211)
    ix = 30 if cx > WIDTH / 2 else WIDTH - iw - 30
    cv2.rectangle(img, (ix - 4, top + 96), (ix + iw + 4, top + 100 + ih), WHITE, -1)
    blit(img, H11.render(rng, iw, ih, (stovetop, chopping_board)), ix, top + 100)
    note(img, "Overhead", (ix + 10, top + 90 + ih), 0.45, WHITE, 2)
    tag(img, 30 if ix > WIDTH / 2 else WIDTH - 260, top + 24, "LIVE", RED, 36)
    note(
        img,
        f"{rng.randrange(8, 60)} cooking",
        (110 if ix > WIDTH / 2 else WIDTH - 170, top + 50),
        0.5,
        WHITE,
        2,
    )
    name_label(img, f"Chef {who(rng)}", 30, top + vh - 12, 44)
    y = top + vh + 20
    note(img, f"Step {rng.randrange(2, 8)}: {rng.choice(STEPS)}", (30, y + 30), 0.65, s.fg, 2)
    progress(img, 30, y + 52, WIDTH - 60, rng.random(), s.accent, off(s.bg, 30), 8)
    y += 80
    y = section(s, y, f"Class ({rng.randrange(9, 40)})", False)
    cols = rng.choice((4, 5))
    tw = (WIDTH - 60 - (cols - 1) * 12) // cols
    th = round(tw * rng.uniform(0.85, 1.05))
    foot = H - NAV_H - 150
    while y + th < foot - 10:
        for c in range(cols):
            student_tile(cast, rng, s, 30 + c * (tw + 12), y, tw, th)
        y += th + 12
    call_controls(s, rng, foot)
    H5.nav_bar(s)
    return s.finish()


def restaurant_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A restaurant's page: the hero, diners at two or three depths on its terrace or at its bar
    (``staged``: the front faces 40-150 px, the back ones down to 10 px, drawn and not counted) under a
    gradient with its name and rating; booking chips; friends who have been (a stack of 18-22 px,
    "+N"); photos from diners (``diner_thumb``) cut by the right edge; reviews (``review_row``: 24-32
    px, photos from the table of 18-30 px on 30 %) down to the booking button."""
    s = new_screen(rng, name, cast.kind("restaurant"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(440, 521)
    piece, faces = staged(
        cast, rng, DINING, rng.randrange(2, 4), (1, 3), WIDTH, ph, rng.uniform(10, 14), rng.uniform(40, 150)
    )
    H11.paste_photo(cast, s, piece, faces, 0, top)
    stepped(s, (0, top + ph // 2, WIDTH, top + ph), 0.0, 0.75, 12)
    chevron(img, 40, top + 46, WHITE, back=True)
    badge(img, (WIDTH - 60, top + 44), 26, WHITE, "")
    heart(img, (WIDTH - 60, top + 46), 12, RED)
    note(img, rng.choice(PLACES), (30, top + ph - 70), 1.2, WHITE, 3)
    rating = rng.uniform(3.8, 4.9)
    cuisine = rng.choice(("Italian", "Thai", "Tapas", "Bistro"))
    note(
        img,
        f"{rating:.1f}  ({rng.randrange(40, 3000)} reviews) - $$ - {cuisine}",
        (30, top + ph - 26),
        0.6,
        WHITE,
    )
    y = top + ph + 20
    chips(img, rng, 30, y, 3, 52, (160, 240), off(page, 16), s.fg)
    y += 76
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 12))
    note(img, "friends have been", (end + 12, y + 28), 0.5, GREY)
    y += 64
    y = section(s, y, "From diners")
    side = rng.randrange(160, 191)
    for x in across_edge(rng, side + 14, side):
        diner_thumb(cast, rng, s, x, y, side)
    y += side + 24
    y = section(s, y, "Reviews", False)
    foot = H - NAV_H - 120
    while y + 130 < foot:
        y += review_row(cast, rng, s, y)
    return finish_with_button(s, foot, "Book a table")


def delivery_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A food delivery on its way: the map, the route from the restaurant's pin (a drawn dish) to
    the home's, the courier's face in a pin on the route with a pointer showing the way (22-30 px),
    two to four other couriers' pins (18-24 px), the ETA's card; the sheet: the courier's card (a
    48-110 px face in a rounded square, the vehicle's badge over its corner, the rating and plate,
    call and chat), the kitchen that made it (a stack of 18-22 px), the group order's people
    (``order_row``: 22-30 px) down to the navigation bar."""
    s = new_screen(rng, name, cast.kind("delivery"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    sheet = rng.randrange(STATUS_H + 820, STATUS_H + 960)
    map_area(s, rng, STATUS_H, sheet + 40)
    a = (rng.randrange(120, 440), rng.randrange(STATUS_H + 260, STATUS_H + 500))
    b = (rng.randrange(640, WIDTH - 120), rng.randrange(sheet - 300, sheet - 80))
    pts = route_line(img, rng, a, b, s.accent)
    for cx, cy in ((rng.randrange(80, WIDTH - 80), rng.randrange(STATUS_H + 200, sheet - 60))
                   for _ in range(rng.randrange(2, 5))):  # fmt: skip
        face_pin(cast, rng, s, (cx, cy), 18.3, 24, (200, 200, 200))
    badge(img, a, 40, WHITE, "", s.accent)
    blit(img, H11.render(rng, 60, 60, DISHES_DRAWN), a[0] - 30, a[1] - 30, mask(60, "circle"))
    badge(img, b, 30, s.accent, "", WHITE)
    object_emoji(img, b, 16, "house")
    k = rng.randrange(1, len(pts) - 1)
    c = ((pts[k][0] + pts[k + 1][0]) // 2, (pts[k][1] + pts[k + 1][1]) // 2)
    d = (pts[k + 1][0] - pts[k][0], pts[k + 1][1] - pts[k][1])
    face_pin(cast, rng, s, c, 22, 30, WHITE, float(np.degrees(np.arctan2(d[1], d[0]))))
    rounded_card(img, 30, STATUS_H + 24, WIDTH - 60, 120, 24, WHITE)
    note(img, f"Arriving in {rng.randrange(4, 40)} min", (60, STATUS_H + 74), 0.75, INK, 2)
    progress(img, 60, STATUS_H + 104, WIDTH - 120, rng.uniform(0.3, 0.9), GREEN, (220, 220, 220), 8)
    H5.sheet(img, sheet, page)
    y = sheet + 50
    fp, side = _size(rng, 48, rng.uniform(48.5, 110), (1.15, 1.3))
    cast.avatar(s, 30, y, fp, side, "rounded")
    badge(img, (30 + side - 6, y + side - 6), 18, s.accent, rng.choice(("E", "B", "C")), page)
    x = 60 + side
    note(img, f"{who(rng)} is on the way", (x, y + 34), 0.65, s.fg, 2)
    star(img, (x + 10, y + 64), 10, GOLD)
    note(
        img,
        f"{rng.uniform(4.5, 5.0):.1f} - {rng.randrange(100, 5000)} deliveries",
        (x + 28, y + 72),
        0.45,
        GREY,
    )
    plate = f"{rng.choice('ABCDEFGHKLM')}{rng.randrange(10, 99)} {rng.choice(('XYZ', 'KLT', 'RWD'))}"
    tag(img, x, y + 88, plate, off(page, 20), 30)
    for k, text in enumerate(("Call", "Chat")):
        outlined(img, WIDTH - 320 + k * 150, y + 10, 136, 50, s.accent, page)
        note(img, text, (WIDTH - 290 + k * 150, y + 44), 0.55, s.accent, 2)
    y += max(side, 130) + 24
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page)
    note(img, f"made by the kitchen at {rng.choice(PLACES)}", (end + 12, y + 28), 0.5, GREY)
    y += 70
    rows_above(
        s, y, H - NAV_H - 20, f"Group order ({rng.randrange(3, 9)})", lambda t: order_row(cast, rng, s, t)
    )
    H5.nav_bar(s)
    return s.finish()


def supper_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A supper club's page: the table's spread drawn across the top under a gradient with the
    club's name; the host's 60-150 px face in the accent's ring over the spread's lower edge; the
    seatings (``seating_card``: booked facepiles of 18-24 px, waitlists of 18-22 px); who is coming
    on Saturday (round 24-32 px faces under a dietary note's emoji, cut by the right edge); past
    guests' lines (``comment_row``: 22-30 px) down to the request button."""
    s = new_screen(rng, name, cast.kind("supper"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(340, 421)
    blit(img, H11.render(rng, WIDTH, ph, (chopping_board, H11.plate, produce_crates)), 0, top)
    stepped(s, (0, top + ph // 3, WIDTH, top + ph), 0.0, 0.7, 10)
    chevron(img, 40, top + 46, WHITE, back=True)
    note(img, rng.choice(("The Long Table", "Kitchen Club", "Sunday Suppers", "Secret Supper")),
         (WIDTH // 3, top + ph - 40), 1.0, WHITE, 2)  # fmt: skip
    fp, side = _size(rng, 60, rng.uniform(60.5, 150), (1.15, 1.25))
    ring_avatar(cast, s, 40, top + ph - side * 2 // 3, fp, side, s.accent)
    y = top + ph + side // 3 + 20
    note(img, f"Hosted by {who(rng)} - {rng.randrange(2, 60)} suppers", (40, y + 10), 0.55, s.fg, 2)
    y += 30
    y = section(s, y, "Seatings", False)
    for _ in range(rng.randrange(2, 4)):
        y += seating_card(cast, rng, s, y)
    y = section(s, y, "Coming on Saturday", False)
    for x in across_edge(rng, 124, 44):
        fp, side = _size(rng, 24, small(rng, 24.5, 32), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
        if rng.random() < 0.4:
            cv2.circle(img, (x + side - 4, y + side - 4), 15, page, -1, cv2.LINE_AA)
            object_emoji(img, (x + side - 4, y + side - 4), 11, rng.choice(OBJECTS))
    y += 80
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Past guests", lambda t: comment_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Request a seat")


def chef_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chef's profile: the cover (a drawn kitchen, hob or bakery, softened); the chef's 64-130 px
    face in a ring over its lower edge, a tick; the chef's stats and buttons; the brigade (round
    28-44 px faces in rings, their roles under them, cut by the right edge); the menu (``menu_row``:
    drawn dishes, the chef's 20-24 px face over the chef's pick); "from the pass" in three columns
    (snapshots with faces 18-44 px on half, else dishes) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("chef"), ("light", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    top = STATUS_H
    ch = rng.randrange(280, 341)
    blit(img, H15.blurred(H11.render(rng, WIDTH, ch, (*KITCHENS, stovetop)), rng.uniform(1, 4)), 0, top)
    fp, side = _size(rng, 64, small(rng, 64.5, 130), (1.12, 1.22))
    ring_avatar(cast, s, 40, top + ch - side // 2, fp, side, s.accent)
    tick_badge(img, (36 + side, top + ch + side // 2 - 14), 16, page)
    x = 80 + side
    heading(s, x, top + ch + 46, f"Chef {who(rng)}", 0.95)
    note(img, f"{rng.choice(PLACES)} - {rng.randrange(2, 30)} yrs", (x, top + ch + 80), 0.5, GREY)
    y = top + ch + side // 2 + 30
    for k, (n, label) in enumerate(
        ((rng.randrange(1, 900), "k followers"), (rng.randrange(20, 300), "dishes"))
    ):
        note(img, f"{n}{label}", (40 + k * 260, y + 20), 0.55, s.fg, 2)
    pill(img, WIDTH - 330, y - 16, 300, 56, s.accent)
    note(img, "Book chef's table", (WIDTH - 300, y + 20), 0.55, WHITE, 2)
    y += 60
    y = section(s, y, "The brigade", False)
    for x in across_edge(rng, 140, 70):
        fp2, side2 = _size(rng, 28, rng.uniform(28.5, 44), (1.2, 1.35))
        ring_avatar(cast, s, x, y, fp2, side2, GOLD)
        note(img, rng.choice(ROLES), (x, y + side2 + 30), 0.42, GREY)
    y += 110
    y = section(s, y, "Menu")
    for _ in range(rng.randrange(2, 4)):
        y += menu_row(cast, rng, s, y, rng.random() < 0.3)
    y = section(s, y + 6, "From the pass", False)
    tile = (WIDTH - 60 - 20) // 3

    def row(t: int) -> int:
        for c in range(3):
            x = 30 + c * (tile + 10)
            if rng.random() < 0.5:
                cut_photo(cast, rng, s, x, t, tile, tile, 18.3, small(rng, 19, 44), None, 0.9)
            else:
                blit(img, H11.render(rng, tile, tile, DISHES_DRAWN), x, t)
        return tile + 10

    return rows_to_tab_bar(s, rng, y, 150, row)


def farmers_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A farmers' market's stall list: the market's name and hours, one's 22-28 px face; the plan
    (``market_plan``) with stall holders as face pins (``face_pin``: 20-28 px) over five to nine
    stalls; filter chips; the stalls (``stall_row``: stall holders' 28-48 px faces over their
    produce, regulars' stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("market"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 46, rng.choice(("Riverside Market", "Saturday Market", "Old Square Farmers")), 1.0)
    face_avatar(cast, s, rng, WIDTH - 80, y + 8, 22, 28, (1.15, 1.3), "circle")
    note(img, f"Open today {rng.randrange(7, 10)}:00 - {rng.randrange(13, 16)}:00", (30, y + 84), 0.5, GREY)
    y += 110
    ph = rng.randrange(480, 561)
    middles = market_plan(img, rng, (20, y, WIDTH - 20, y + ph))
    for c in rng.sample(middles, min(len(middles), rng.randrange(5, 10))):
        face_pin(cast, rng, s, c, 20, 28, WHITE)
    y += ph + 20
    chips(img, rng, 30, y, 4, 46, (130, 210), off(page, 16), s.fg)
    y += 70
    y = section(s, y, f"Stalls ({rng.randrange(12, 60)})", False)
    return rows_to_tab_bar(s, rng, y, 150, lambda t: stall_row(cast, rng, s, t))


def food_festival(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A food festival's feed: its name and days, one's 22-28 px face; the vendors (round 24-34 px
    faces in the accent's rings, a queue's minutes under them, cut by the right edge); posts
    (``festival_post``: the poster's 24-30 px face, the crowd at two to four depths with front faces
    30-160 px and the back ones down to 10 px, the likers' stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("festival"), ("light", "dark", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 16
    heading(s, 30, y + 46, rng.choice(("Street Food Fest", "Taste of the City", "Night Market")), 1.0)
    face_avatar(cast, s, rng, WIDTH - 80, y + 8, 22, 28, (1.15, 1.3), "circle")
    note(
        img,
        f"{rng.choice(('Fri-Sun', 'Sat-Sun', 'All week'))} - {rng.randrange(20, 90)} vendors",
        (30, y + 84),
        0.5,
        GREY,
    )
    y += 110
    y = section(s, y, "Vendors", False)
    for x in across_edge(rng, 120, 56):
        fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent)
        note(img, f"{rng.randrange(2, 30)} min", (x, y + side + 30), 0.42, GREY)
    y += 110
    return rows_to_tab_bar(s, rng, y, 320, lambda t: festival_post(cast, rng, s, t))


def family_plan(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meal kit's family plan: the plan's name and next box; the members (round 44-96 px faces in
    rings of their own colours, a diet's tag under each); the week (``planner_row``: who cooks,
    20-26 px, and who eats, stacks of 18-22 px; skipped days faded) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("family"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 46, "Family plan", 1.0)
    tag(img, WIDTH - 250, y + 14, f"Next box {rng.choice(('Thu', 'Fri', 'Mon'))}", s.accent, 40)
    y += 80
    n = rng.randrange(3, 6)
    step, tallest = (WIDTH - 60) // n, 0
    for k in range(n):
        fp, side = _size(rng, 44, rng.uniform(44.5, 96), (1.15, 1.3))
        x = 30 + k * step + (step - side) // 2
        ring_avatar(cast, s, x, y + 10, fp, side, random_colour(rng, 60, 220))
        note(img, rng.choice(("Veggie", "No nuts", "Kids", "Spicy", "Any")), (x, y + side + 50), 0.45, GREY)
        tallest = max(tallest, side)
    y += tallest + 76
    rounded_card(img, 20, y, WIDTH - 40, 90, 18, off(page, 10))
    box = f"{rng.randrange(3, 6)} recipes - {rng.randrange(2, 6)} people - ${rng.randrange(60, 140)}"
    note(img, box, (40, y + 54), 0.6, s.fg, 2)
    y += 110
    y = section(s, y, "This week", False)
    days = iter(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Next Mon", "Next Tue", "Next Wed"))
    return rows_to_tab_bar(s, rng, y, 120, lambda t: planner_row(cast, rng, s, t, next(days, "Later")))


def bakery_loyalty(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bakery's loyalty app: the bakery's name, one's 22-28 px face; the stamp card (``stamps``) and
    its code; "baked today by" the staff behind the counter (``staged`` at the bread shelves: front
    faces 40-110 px, the back ones 24-34 px); the team (``staff_row``: 26-36 px in rounded squares);
    friends who collected this week (a stack of 18-22 px) down to the card's button."""
    s = new_screen(rng, name, cast.kind("bakery"), ("light", "tinted", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 46, rng.choice(("Crumb & Co", "Rise Bakery", "The Flour Room")), 1.0)
    face_avatar(cast, s, rng, WIDTH - 80, y + 8, 22, 28, (1.15, 1.3), "circle")
    y += 80
    card = tone(s.accent, -30)
    rounded_card(img, 20, y, WIDTH - 40, 300, 24, card)
    got = rng.randrange(1, 10)
    note(img, f"{10 - got} more for a free loaf", (50, y + 50), 0.7, WHITE, 2)
    stamps(img, rng, 50, y + 80, WIDTH - 360, got, card)
    qr(img, rng, WIDTH - 250, y + 70, 180)
    y += 320
    y = section(s, y, "Baked today by", False)
    ph = rng.randrange(320, 401)
    piece, faces = staged(
        cast, rng, (bread_shelf,), 2, (1, 3), WIDTH - 60, ph, rng.uniform(24, 34), rng.uniform(40, 110)
    )
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, WIDTH - 60, 20))
    y += ph + 20
    foot = H - NAV_H - 120
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 20))
    note(img, "friends collected this week", (end + 12, y + 28), 0.5, GREY)
    y += 64
    rows_above(s, y, foot, "Our team", lambda t: staff_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Show my card")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    recipe_video,
    cooking_class,
    restaurant_page,
    delivery_tracker,
    supper_club,
    chef_profile,
    farmers_market,
    food_festival,
    family_plan,
    bakery_loyalty,
)
# with people: each twice a round but two (a recipe's video of one large face and a few small
# ones, and a class's call of one large face and the students' tiles)
ONCE = (recipe_video, cooking_class)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a market's pins and stalls, a
# festival's crowds, a family's rings and rows)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, farmers_market, food_festival, family_plan)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT41_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h41", photos, free, seed, reps)
