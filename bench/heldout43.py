"""Held-out screens, forty-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: sunflowers, pumpkins and squashes on
straw, a bowl of succulents from above, raised beds from above, a glasshouse's bench, a market
garden's field, a sick leaf close up, a seed packet; nothing with eyes, a mouth or a mask) or by
heldout11 (a landscape: a planting day's hillside); every random choice from ``HELDOUT43_SEED``
(43434; the environment's ``HELDOUT43_SEED`` draws the set from another). Every face goes on the
screen through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen
shows: pixels drawn over a face afterwards stop being the face's, and a face left with under half
of its box is dropped. heldout11's ``Cast`` (through heldout26's, heldout40's and heldout41's; this
set's screens are marked h43-) fills the people's places, and on face-free screens puts pets,
objects, textures, initials and this set's drawn things there; it counts a face cut by an edge
while half of its box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never
counted.

What it adds is faces in the apps of gardening, growing food and plants, most of them small: a
gardening live stream with the gardener holding a plant up to the camera (the face up to 440 px, on
half across the screen's edge), the asker being answered in a card over the stream and viewers'
questions with photos of their plants; a plant doctor's call, the horticulturist large while one's
own camera shows the sick leaf, and similar cases with the growers' faces ringed over their plants'
photos; an allotment site's plan with each holder's face on the plot's nameplate, the chosen plot's
holder and the waiting list; a seed swap's listings with the swappers rimmed over their packets,
gourds and succulents; a household's plant-care app, its members in rings of their watering streaks,
whose turn each chore is and the carers over the plants' corners; a farm's veg box share, its people
at work at two depths in a field or a glasshouse, the farmer in a ring on a card over the photo and
the pickup points' hosts and collectors; a gardening club's page, its next event and posts of people
at the plots; a giant vegetable show's podium in medal rings, the judges and the entries; a
tree-planting day, volunteers at two or three depths on a hillside (the farthest under 18 px, drawn
and not counted) under a gradient, the organiser, teams and slots; gardeners for hire with before
and after photos. Near repeats avoided: heldout3's live stream, heldout41's recipe video and
heldout42's vlog (a face filling the frame, a cook at a counter, a traveller holding the phone out;
here a gardener in a glasshouse holding a drawn plant up in two hands on the side away from the
face, a "now answering" card with the asker's rounded face and their plant, and questions with
upvotes and the plant's photo); heldout7's and heldout24's telehealth and heldout40's tutor call (a
doctor's video, one's own face in a corner; here one's own camera is on a sick leaf, no face, and
the cases below ring the growers over their plants); heldout41's farmers' market and heldout29's
walkers' map (people as pins on a plan; here plots in rows with a nameplate tab on each, the face
inside the tab, free plots tagged, a sheet with the holder and a numbered waiting list);
heldout11's, heldout33's, heldout38's and heldout41's marketplaces (sellers over items' corners;
here swappers rimmed over the lower left of drawn packets and gourds, two listings a row, swappers
near you with green "new" dots); heldout39's savings goal and heldout41's meal kit (members in rings
of their shares or colours, a week's planner; here streak rings, chores with a water drop and a tick
box, a plant sitter's banner, a grid of plants each with its carer over the top right); heldout38's
open house, heldout39's charity and heldout42's homestay (people ``staged`` at depths under a
gradient; here a farm's people at work with rounded foot corners and a card over the photo's foot,
and a planting day's volunteers with the trees' count and the goal's bar over them); heldout25's
volunteers' rota (slots of faces; here a planting day's slots with places-left bars and teams' cards
with their trees); heldout28's motorsport podium (a photo of the three; here medal rings on blocks
of three heights with the winning weights, and entries with drawn pumpkins and weight bars);
heldout23's local pros (here gardeners' cards with a before and after pair drawn and the reviewers'
stack); heldout13's houseplants on a sill (here a bowl of succulents from above, its rosettes round
like a face's outline). Ten layouts:
- a gardening live stream (``garden_live``): the gardener (``presenter``: 150-440 px, across the
  screen's edge on half); the asker (``now_answering``: 40-70 px); the channel (26-34 px); who asks
  too (18-22 px); questions (``question_row``: 22-30 px); one's 22-26 px face;
- a plant doctor's call (``plant_doctor``): one's 22-26 px face; the horticulturist (100-280 px); who
  had it too (18-22 px); similar cases (``case_row``: growers 20-28 px in rings);
- an allotment site's map (``allotment_map``): nameplates (``nameplate``: 20-26 px); the chosen
  plot (``holder_card``: the holder 56-110 px, who shares it 18-22 px); the waiting list
  (``waitlist_row``: 22-30 px);
- a seed swap (``seed_swap``): one's 22-26 px face; swappers near you (24-36 px, cut by the right
  edge); listings (``listing_card``: 22-32 px in rims, growers' photos of 18-40 px on a fifth);
- a plant-care app (``plant_care``): members (44-80 px in rings); chores (``task_row``: 20-26 px);
  a sitter (44-90 px) on 70 %; plants (``plant_tiles``: carers 18-24 px);
- a farm's veg box share (``farm_share``): the farm's people (``staged``: front faces 50-160 px, the
  back ones 24-34 px); the farmer (60-110 px in a ring); pickup points (``pickup_row``: 24-32 px,
  stacks of 18-22 px);
- a gardening club (``garden_club``): members (18-22 px); the event's host (28-40 px) and who goes
  (18-22 px); posts (``club_post``: 24-32 px, photos of 18-56 px on 45 %, likers 18-22 px);
- a vegetable show (``veg_show``): the podium (60-96 px and 44-72 px in medal rings); the judges
  (24-36 px, cut by the right edge); entries (``entry_row``: 22-30 px);
- a tree-planting day (``tree_planting``): the volunteers (``staged``: front faces 40-140 px, the
  back ones down to 10 px) under a gradient; the organiser (56-100 px in a ring); teams
  (``team_card``: 18-24 px); slots (``slot_row``: 18-22 px);
- gardeners for hire (``garden_pro``): one's 22-26 px face; neighbours who hired one (22-30 px, cut
  by the right edge); pros' cards (``pro_card``: 40-72 px, reviewers 18-22 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut (``cut_photo``
crops held-out group photos at whatever size their people come) or a stack's slightly smaller faces
can differ (the table below counts what is drawn). Swappers near you, the judges and neighbours who
hired a gardener run past the right edge, their last item across it with 30-70 % of it showing
(heldout38's ``across_edge``), so some faces are cut by the edge and counted while half of their box
shows (the capture's right 8 px are black padding); the gardener's face is on some cut by the
screen's left or right edge the same way. Light, dark and tinted themes (the live stream mostly
dark); JPEG quality 30-60. The plant held up and the hands holding it, the answering card, hearts,
the call's rounded corners, the farm's card and rounded corners, tags, chips, tabs, rims, badges,
ticks, sheets, buttons and tab bars take the pixels they cover; a face under them counts while half
of its box shows; rings, rims and discs are drawn before the faces they hold; the gradient over the
planting day's volunteers leaves the faces under it counted as they look; initials, "+N" discs and
drawn things (sunflowers' discs, pumpkins, rosettes) are never faces. Only portrait 1088 x 2115
screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,413 faces (1,203 under 32 px, 124 of 32-63, 63 of 64-127,
23 larger; 1,226 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, nameplates, rims,
stacks and rings, round things where people would stand); ``reps=1`` a quarter (18 screens with 364
faces: 304, 38, 16 and 6 by size, 313 under 40 px; 13 face-free). Each layout has people twice a
round but the live stream and the plant doctor, once (one large face and a few small ones: 9.75 and
6.5 faces a screen at 4 reps). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127
and of 128 or more:
    garden_live        4 screens    39 faces:  31,   4,   0,   4
    plant_doctor       4 screens    26 faces:  21,   0,   0,   5
    allotment_map      8 screens   145 faces: 137,   3,   5,   0
    seed_swap          8 screens   182 faces: 154,  18,   5,   5
    plant_care         8 screens   122 faces:  88,  32,   2,   0
    farm_share         8 screens   187 faces: 157,  11,  15,   4
    garden_club        8 screens   140 faces: 129,   1,   5,   5
    veg_show           8 screens   182 faces: 156,  20,   6,   0
    tree_planting      8 screens   169 faces: 132,  15,  22,   0
    garden_pro         8 screens   221 faces: 198,  20,   3,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout11 as H11
import heldout15 as H15
import heldout41 as H41
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined, stepped
from heldout11 import INK, SKIN
from heldout19 import heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import ring_progress, who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import across_edge, rimmed, rows_above, staged
from heldout39 import finish_with_button

DEFAULT_SEED = 43434


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT43_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 43434."""
    return int(env.get("HELDOUT43_SEED") or DEFAULT_SEED)


HELDOUT43_SEED = seed_from(os.environ)

CROPS: tuple[str, ...] = (
    "Tomato 'Sungold'", "Runner beans", "Chilli 'Padron'", "Kale", "Sweet peas", "Courgette",
    "Garlic bulbs", "Rhubarb crowns", "Basil", "Squash 'Crown'",
)  # fmt: skip
AILMENTS: tuple[str, ...] = (
    "Leaf spot", "Powdery mildew", "Blight", "Rust", "Aphids", "Overwatering", "Sun scorch",
)  # fmt: skip
CHORES: tuple[str, ...] = ("Water", "Mist", "Feed", "Turn", "Repot", "Check")
HOUSEPLANTS: tuple[str, ...] = (
    "Monstera", "Fern", "Pothos", "Snake plant", "Fiddle fig", "Aloe", "Calathea", "Cactus",
)  # fmt: skip
TRADES: tuple[str, ...] = ("Hedges", "Lawns", "Design", "Tree surgery", "Ponds", "Borders", "Clearance")
QUESTIONS: tuple[str, ...] = (
    "why are my tomato leaves curling", "when do I lift the garlic", "is this mildew on the squash",
    "can I prune lavender now", "what eats holes in kale", "how deep for bulbs",
)  # fmt: skip
SKY: Colour = (235, 205, 160)  # BGR
SOIL: Colour = (45, 70, 105)
FOLIAGE: Colour = (60, 140, 55)
CLAY: Colour = (80, 120, 195)  # terracotta
STRAW: Colour = (120, 190, 215)
BLOOM: Colour = (40, 200, 245)  # a sunflower's petals


def blit_in(img: np.ndarray, piece: np.ndarray, x: int, y: int, rect: tuple[int, int, int, int]) -> None:
    """heldout2's ``blit`` of ``piece`` at (x, y), but kept inside ``rect`` (``blit`` itself clips to
    the screen only)."""
    x1, y1, x2, y2 = rect
    a, b = max(x, x1), max(y, y1)
    c, d = min(x + piece.shape[1], x2), min(y + piece.shape[0], y2)
    if c > a and d > b:
        blit(img, piece[b - y : d - y, a - x : c - x], a, b)


def speckle(
    img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], n: int, spread: int
) -> None:
    """``n`` single pixels inside ``rect`` each moved up to ``spread`` lighter or darker than what
    is there (gravel, grit), their places and shades from ``rng``."""
    x1, y1, x2, y2 = max(0, rect[0]), max(0, rect[1]), min(img.shape[1], rect[2]), min(img.shape[0], rect[3])
    if x2 <= x1 or y2 <= y1:
        return
    g = np.random.default_rng(rng.randrange(2**32))
    ys, xs = g.integers(y1, y2, n), g.integers(x1, x2, n)
    shade = g.integers(-spread, spread + 1, n)[:, None]
    img[ys, xs] = np.clip(img[ys, xs].astype(np.int16) + shade, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def sunflowers(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Sunflowers against a summer sky or a hedge: one to three heads (a ring of yellow petals
    round a brown disc whose seeds lie in a spiral), their stems and broad leaves."""
    img = np.zeros((h, w, 3), np.uint8)
    if rng.random() < 0.6:
        gradient(img, (0, 0, w, h), tone(SKY, -30), (245, 240, 230))
    else:
        img[:] = tone(FOLIAGE, -30)
        for _ in range(40):
            c = (rng.randrange(w), rng.randrange(h))
            axes = (max(2, w // 14), max(1, h // 22))
            cv2.ellipse(img, c, axes, rng.uniform(0, 180), 0, 360, tone(FOLIAGE, rng.randrange(-40, 30)), -1)
    base = min(w, h)
    for _ in range(rng.randrange(1, 4)):
        r = max(3, round(base * rng.uniform(0.1, 0.22)))
        c = (rng.randrange(w), rng.randrange(max(1, h * 2 // 3)))
        cv2.line(img, c, (c[0] + rng.randrange(-r, r + 1), h), (50, 120, 60), max(2, r // 5), cv2.LINE_AA)
        leaf = (c[0] + r, c[1] + 2 * r)
        cv2.ellipse(img, leaf, (r, max(1, r // 2)), 30, 0, 360, (40, 130, 50), -1, cv2.LINE_AA)
        turn = rng.uniform(0, 30)
        for k in range(16):
            a = math.radians(turn + k * 22.5)
            tip = (c[0] + round(1.3 * r * math.cos(a)), c[1] + round(1.3 * r * math.sin(a)))
            cv2.ellipse(img, tip, (max(2, r // 2), max(1, r // 6)), math.degrees(a), 0, 360,
                        tone(BLOOM, rng.randrange(-30, 10)), -1, cv2.LINE_AA)  # fmt: skip
        cv2.circle(img, c, r, (20, 55, 95), -1, cv2.LINE_AA)
        n = max(12, r * 2)
        rad = 0.93 * r * np.sqrt(np.arange(n) / n)  # a sunflower's seeds: Fermat's spiral, golden angle
        xs = np.round(c[0] + rad * np.cos(np.arange(n) * 2.39996)).astype(int)
        ys = np.round(c[1] + rad * np.sin(np.arange(n) * 2.39996)).astype(int)
        for i, dot in enumerate(zip(xs.tolist(), ys.tolist(), strict=True)):
            cv2.circle(img, dot, max(1, r // 16), (30, 80, 120) if i % 3 else (10, 30, 50), -1)
    return img


def pumpkins(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Pumpkins and squashes on straw (a show's table or a field's edge): a plank wall or the sky
    over straw strewn with stalks, two to four ribbed gourds (orange, white or green; their ribs
    as darker arcs, a highlight, a woody stalk)."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.4, 0.6))
    if rng.random() < 0.5:
        gradient(img, (0, 0, w, ground), tone(SKY, -20), (240, 235, 225))
    else:
        plank = rng.choice(((60, 90, 130), (90, 120, 150), (70, 70, 150)))
        img[:ground] = plank
        for y in range(0, ground, max(3, h // 14)):
            cv2.line(img, (0, y), (w, y), tone(plank, -35), max(1, h // 200))
    img[ground:] = STRAW
    for _ in range(max(10, w // 6)):
        x, y = rng.randrange(w), rng.randrange(ground, h)
        d = rng.randrange(-w // 20 - 1, w // 20 + 2)
        cv2.line(img, (x, y), (x + d, y + rng.randrange(-3, 4)), tone(STRAW, rng.randrange(-50, 30)), 1)
    n = rng.randrange(2, 5)
    for k in range(n):
        rx = max(4, round(w / n * rng.uniform(0.3, 0.45)))
        ry = max(3, round(rx * rng.uniform(0.6, 0.8)))
        c = (
            round(w * (k + 0.5) / n) + rng.randrange(-rx // 3, rx // 3 + 1),
            ground + rng.randrange(0, max(1, ry)),
        )
        skin = rng.choice(((30, 120, 235), (20, 95, 215), (200, 225, 235), (60, 120, 70), (40, 150, 240)))
        cv2.ellipse(img, c, (rx, ry), 0, 0, 360, skin, -1, cv2.LINE_AA)
        for j in range(1, 4):
            cv2.ellipse(img, c, (rx * j // 4, ry), 0, 0, 360, tone(skin, -45), max(1, rx // 25), cv2.LINE_AA)
        cv2.ellipse(img, (c[0] - rx // 3, c[1] - ry // 2), (max(1, rx // 5), max(1, ry // 6)), -20, 0, 360,
                    tone(skin, 45), -1, cv2.LINE_AA)  # fmt: skip
        stalk = (c[0] + rng.randrange(-2, 3), c[1] - ry - max(2, ry // 3))
        cv2.line(img, (c[0], c[1] - ry + 1), stalk, (50, 90, 80), max(2, rx // 8), cv2.LINE_AA)
    return img


def succulents(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bowl of succulents from above: a table's top, a round terracotta or glazed bowl with a
    rim, grit, two to four rosettes (rings of pointed leaves, smaller towards the heart, each ring
    turned), a few pebbles."""
    table = rng.choice(((200, 210, 220), (90, 120, 160), (235, 235, 235), (70, 70, 75)))
    img = np.full((h, w, 3), table, np.uint8)
    c, r = (w // 2, h // 2), max(6, round(min(w, h) * rng.uniform(0.38, 0.47)))
    bowl = rng.choice((CLAY, (160, 120, 60), (210, 210, 205), (60, 60, 70)))
    cv2.circle(img, c, r, tone(bowl, -30), -1, cv2.LINE_AA)
    cv2.circle(img, c, r - max(2, r // 10), (150, 170, 185), -1, cv2.LINE_AA)
    speckle(img, rng, (c[0] - r * 2 // 3, c[1] - r * 2 // 3, c[0] + r * 2 // 3, c[1] + r * 2 // 3), 4 * r, 50)
    for _ in range(rng.randrange(2, 5)):
        a, d = rng.uniform(0, 2 * math.pi), r * rng.uniform(0.0, 0.5)
        rc = (c[0] + round(d * math.cos(a)), c[1] + round(d * math.sin(a)))
        size = max(3, round(r * rng.uniform(0.3, 0.5)))
        leaf = rng.choice(((120, 160, 90), (140, 170, 130), (90, 140, 70), (130, 110, 150)))
        for ring in range(4):
            rad = size * (1 - ring * 0.22)
            turn = rng.uniform(0, 45)
            for k in range(8):
                ang = turn + k * 45
                mid = (rc[0] + round(rad * 0.5 * math.cos(math.radians(ang))),
                       rc[1] + round(rad * 0.5 * math.sin(math.radians(ang))))  # fmt: skip
                cv2.ellipse(img, mid, (max(1, round(rad * 0.5)), max(1, round(rad * 0.2))), ang, 0, 360,
                            tone(leaf, 12 * ring), -1, cv2.LINE_AA)  # fmt: skip
    for _ in range(rng.randrange(2, 6)):
        p = (rng.randrange(w), rng.randrange(h))
        cv2.circle(img, p, max(1, r // 14), (210, 215, 220), -1, cv2.LINE_AA)
    return img


def raised_beds(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A vegetable garden from above: gravel paths, two to four raised beds (timber frames round
    dark soil) planted in rows of lettuces (rosettes), cabbages (rings of greens) or carrots'
    feathery tops, a cane or two across a bed."""
    img = np.full((h, w, 3), (170, 175, 180), np.uint8)
    speckle(img, rng, (0, 0, w, h), max(30, w * h // 60), 40)
    cols, rows = rng.randrange(1, 3), rng.randrange(2, 4) if h > w else rng.randrange(1, 3)
    gap = max(3, min(w, h) // 14)
    bw, bh = (w - gap * (cols + 1)) // cols, (h - gap * (rows + 1)) // rows
    timber = rng.choice(((60, 100, 150), (90, 130, 170), (70, 80, 90)))
    for r in range(rows):
        for k in range(cols):
            x, y = gap + k * (bw + gap), gap + r * (bh + gap)
            t = max(2, min(bw, bh) // 12)
            cv2.rectangle(img, (x, y), (x + bw, y + bh), timber, -1)
            cv2.rectangle(img, (x + t, y + t), (x + bw - t, y + bh - t), SOIL, -1)
            crop = rng.randrange(3)
            step = max(4, min(bw, bh) // 4)
            for cy in range(y + t + step // 2, y + bh - t, step):
                for cx in range(x + t + step // 2, x + bw - t, step):
                    rad = max(1, step * 2 // 5)
                    if crop == 0:  # lettuce
                        for j in range(5):
                            a = math.radians(j * 72 + rng.uniform(0, 30))
                            m = (cx + round(rad * 0.4 * math.cos(a)), cy + round(rad * 0.4 * math.sin(a)))
                            cv2.circle(img, m, max(1, rad * 3 // 5), (90, 200, 120), -1, cv2.LINE_AA)
                    elif crop == 1:  # cabbage
                        for j, g in enumerate(((60, 130, 70), (110, 170, 120), (150, 200, 160))):
                            cv2.circle(img, (cx, cy), max(1, rad - j * rad // 3), g, -1, cv2.LINE_AA)
                    else:  # carrots' tops
                        for j in range(-1, 2):
                            cv2.line(
                                img,
                                (cx, cy + rad),
                                (cx + j * rad // 2, cy - rad),
                                (70, 170, 80),
                                1,
                                cv2.LINE_AA,
                            )
            if rng.random() < 0.4:
                cv2.line(img, (x, y + bh), (x + bw, y), (100, 170, 200), max(1, t // 2), cv2.LINE_AA)
    return img


def greenhouse(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Inside a glasshouse: panes of pale sky between white glazing bars and the roof's slope, a
    bench along the foot with trays of seedlings (rows of green dots in black trays), pots under
    it, a basket hanging from the ridge trailing leaves."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (240, 235, 220), tone(SKY, -10))
    eave = round(h * rng.uniform(0.2, 0.32))
    bar = max(1, w // 90)
    for x in range(0, w, max(6, w // rng.randrange(4, 7))):
        cv2.line(img, (x, eave), (x, h), (250, 250, 250), bar)
        cv2.line(img, (x, eave), (w // 2 + (x - w // 2) // 3, 0), (250, 250, 250), bar)
    cv2.line(img, (0, eave), (w, eave), (250, 250, 250), bar + 1)
    bench = round(h * rng.uniform(0.62, 0.72))
    cv2.rectangle(img, (0, bench), (w, bench + max(2, h // 30)), (60, 100, 140), -1)
    for x in (w // 10, w * 9 // 10):
        cv2.rectangle(img, (x, bench), (x + max(2, w // 60), h), (50, 80, 110), -1)
    x = max(2, w // 30)
    while x < w - w // 8:
        tw = max(6, round(w * rng.uniform(0.15, 0.25)))
        th = max(3, h // 16)
        cv2.rectangle(img, (x, bench - th), (x + tw, bench), (35, 35, 35), -1)
        for j in range(max(2, tw // max(3, h // 40))):
            sx = x + 2 + j * max(3, h // 40)
            cv2.circle(img, (sx, bench - th), max(1, h // 120), (70, 190, 90), -1)
        x += tw + max(2, w // 40)
    for _ in range(rng.randrange(2, 5)):
        px, py = round(w * rng.uniform(0.1, 0.9)), h - max(2, h // 40)
        pw = max(4, w // 14)
        cv2.rectangle(img, (px - pw // 2, py - pw), (px + pw // 2, py), CLAY, -1)
    hx = round(w * rng.uniform(0.25, 0.75))
    hang = round(eave * rng.uniform(0.6, 1.2))
    cv2.line(img, (hx, 0), (hx, hang), (80, 80, 80), 1)
    rad = max(3, w // 16)
    cv2.ellipse(img, (hx, hang), (rad, rad * 2 // 3), 0, 0, 180, (40, 70, 100), -1, cv2.LINE_AA)
    for k in range(-2, 3):
        cv2.line(
            img, (hx + k * rad // 2, hang), (hx + k * rad // 2 + k, hang + rad * 2), FOLIAGE, max(1, rad // 5)
        )
    return img


def farm_field(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A market garden's field: a sky graded to the horizon, a hedge of dark round crowns along it,
    a red barn or white polytunnels (half-hoops with ribs) on it, crop rows running to a vanishing
    point on the horizon between stripes of soil."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.3, 0.45))
    gradient(img, (0, 0, w, horizon), tone(SKY, -40), (240, 235, 225))
    gradient(img, (0, horizon, w, h), (60, 120, 80), (40, 100, 60))
    vx = round(w * rng.uniform(0.3, 0.7))
    for k in range(-12, 13):
        cv2.line(img, (vx, horizon), (vx + k * w // 5, h), SOIL, max(1, w // 60), cv2.LINE_AA)
    for x in range(0, w + 1, max(4, w // 18)):
        cv2.circle(img, (x, horizon), max(3, w // 24), (40, 80, 45), -1, cv2.LINE_AA)
    bx = rng.randrange(0, max(1, w * 2 // 3))
    bw = max(8, round(w * rng.uniform(0.18, 0.3)))
    bh = max(4, round(h * rng.uniform(0.08, 0.14)))
    if rng.random() < 0.5:
        cv2.rectangle(img, (bx, horizon - bh), (bx + bw, horizon), (40, 50, 170), -1)
        roof = np.array(
            [
                [bx - bw // 12, horizon - bh],
                [bx + bw // 2, horizon - bh * 2],
                [bx + bw + bw // 12, horizon - bh],
            ]
        )
        cv2.fillPoly(img, [roof.astype(np.int32)], (60, 60, 70), cv2.LINE_AA)
        d = (bx + bw // 3, horizon - bh * 2 // 3, bx + bw * 2 // 3, horizon)
        cv2.rectangle(img, d[:2], d[2:], (230, 230, 230), max(1, bw // 40))
        cv2.line(img, d[:2], d[2:], (230, 230, 230), max(1, bw // 40))
    else:
        for k in range(rng.randrange(2, 4)):
            c = (bx + k * (bw * 3 // 4), horizon)
            cv2.ellipse(img, c, (bw // 3, bh), 0, 180, 360, (235, 240, 240), -1, cv2.LINE_AA)
            for j in range(1, 4):
                cv2.ellipse(img, c, (bw // 3 * j // 4, bh), 0, 180, 360, (190, 200, 200), 1, cv2.LINE_AA)
    return img


def leaf_spots(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A sick leaf close up (a phone held over it): soil or mulch behind, a broad leaf turned at
    an angle with its midrib and veins, spots of disease on it (a yellow halo round a brown heart,
    four to twelve of them, of unequal size)."""
    back = rng.choice((SOIL, (50, 90, 70), (80, 100, 120)))
    img = np.full((h, w, 3), back, np.uint8)
    for _ in range(30):
        cv2.circle(
            img,
            (rng.randrange(w), rng.randrange(h)),
            max(1, min(w, h) // 40),
            tone(back, rng.randrange(-25, 25)),
            -1,
        )
    c = (w // 2 + rng.randrange(-w // 10, w // 10 + 1), h // 2 + rng.randrange(-h // 10, h // 10 + 1))
    axes = (max(4, round(w * rng.uniform(0.38, 0.48))), max(3, round(h * rng.uniform(0.22, 0.34))))
    ang = rng.uniform(-40, 40)
    green = rng.choice(((60, 150, 70), (50, 130, 90), (80, 170, 110)))
    blade = np.zeros((h, w), np.uint8)
    cv2.ellipse(blade, c, axes, ang, 0, 360, 255, -1, cv2.LINE_AA)
    img[blade > 0] = green
    a = np.radians(ang)
    u = np.array((np.cos(a), np.sin(a)))
    ends = [tuple(np.round(np.array(c) + s * axes[0] * u).astype(int)) for s in (-1, 1)]
    cv2.line(img, ends[0], ends[1], tone(green, 50), max(1, axes[1] // 12), cv2.LINE_AA)
    for t in np.linspace(-0.7, 0.7, 7):
        base = np.array(c) + t * axes[0] * u
        for side in (-1, 1):
            tip = base + 0.35 * axes[0] * u + side * 0.8 * axes[1] * np.array((-u[1], u[0]))
            cv2.line(
                img, tuple(np.round(base).astype(int)), tuple(np.round(tip).astype(int)), tone(green, 30), 1
            )
    for _ in range(rng.randrange(4, 13)):
        p = (rng.randrange(w), rng.randrange(h))
        if blade[min(h - 1, p[1]), min(w - 1, p[0])] == 0:
            continue
        rad = max(2, round(min(axes) * rng.uniform(0.05, 0.16)))
        cv2.circle(img, p, rad, (60, 190, 210), -1, cv2.LINE_AA)
        cv2.circle(img, p, max(1, rad * 3 // 5), (35, 60, 100), -1, cv2.LINE_AA)
    return img


def seed_packet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A seed packet on a potting bench: a wooden bench's boards, the packet (paper of one colour,
    its top edge cut in a zigzag), a window of the flower or the crop (a ring of petals round a
    disc, or a ribbed gourd) on a pale field, the name and growing notes as bars, seeds spilled
    by it."""
    wood = rng.choice(((70, 110, 150), (100, 140, 180), (60, 80, 100)))
    img = np.full((h, w, 3), wood, np.uint8)
    for y in range(0, h, max(4, h // 8)):
        cv2.line(img, (0, y), (w, y), tone(wood, -30), max(1, h // 150))
    px, py = round(w * rng.uniform(0.12, 0.25)), round(h * rng.uniform(0.08, 0.15))
    pw, ph = max(6, w - 2 * px), max(6, h - py - round(h * 0.1))
    paper = random_colour(rng, 90, 240)
    cv2.rectangle(img, (px, py), (px + pw, py + ph), paper, -1)
    teeth = max(2, pw // 12)
    for x in range(px, px + pw, teeth):
        tri = np.array([[x, py], [x + teeth // 2, py - max(1, teeth // 2)], [x + teeth, py]], np.int32)
        cv2.fillPoly(img, [tri], paper)
    wx, wy, ww, wh = px + pw // 10, py + ph // 10, pw * 4 // 5, ph // 2
    cv2.rectangle(img, (wx, wy), (wx + ww, wy + wh), (235, 240, 240), -1)
    c, r = (wx + ww // 2, wy + wh // 2), max(2, min(ww, wh) // 4)
    if rng.random() < 0.5:
        petal = random_colour(rng, 60, 250)
        for k in range(10):
            a = np.radians(k * 36)
            cv2.circle(
                img, (c[0] + round(r * np.cos(a)), c[1] + round(r * np.sin(a))), max(1, r // 2), petal, -1
            )
        cv2.circle(img, c, max(1, r * 2 // 3), (30, 70, 110), -1, cv2.LINE_AA)
    else:
        gourd = rng.choice(((30, 120, 235), (60, 130, 60), (40, 40, 200)))
        cv2.ellipse(img, c, (r * 3 // 2, r), 0, 0, 360, gourd, -1, cv2.LINE_AA)
        cv2.ellipse(img, c, (r * 3 // 4, r), 0, 0, 360, tone(gourd, -40), 1, cv2.LINE_AA)
    for k in range(3):
        y = wy + wh + (ph - wh - ph // 10) * (k + 1) // 4
        cv2.rectangle(
            img, (wx, y), (wx + round(ww * (0.9 - 0.25 * k)), y + max(1, ph // 40)), tone(paper, -90), -1
        )
    for _ in range(rng.randrange(3, 9)):
        s = (rng.randrange(w), rng.randrange(py + ph, h) if py + ph < h else h - 1)
        cv2.ellipse(
            img, s, (max(1, w // 60), max(1, w // 100)), rng.uniform(0, 180), 0, 360, (170, 200, 220), -1
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    sunflowers,
    pumpkins,
    succulents,
    raised_beds,
    greenhouse,
    farm_field,
    leaf_spots,
    seed_packet,
)
GLASS: tuple[H11.Render, ...] = (greenhouse, raised_beds)  # behind a presenter or a plant doctor
FIELDS: tuple[H11.Render, ...] = (farm_field, greenhouse)  # a farm's people at work
HILLS: tuple[H11.Render, ...] = (H11.landscape, farm_field)  # a planting day's slope
GROWN: tuple[H11.Render, ...] = (sunflowers, pumpkins, succulents, seed_packet)  # listings, entries
GARDENS: tuple[H11.Render, ...] = (raised_beds, greenhouse, farm_field, sunflowers)  # before and after


@dataclass
class Cast(H41.Cast):
    """heldout41's cast (heldout40's, heldout26's and heldout11's: a scene of people or a thing;
    half of a face's box showing counts it), its screens marked h43-, whose drawn things are this
    set's: sunflowers, pumpkins, a bowl of succulents, raised beds, a glasshouse, a field, a sick
    leaf, a seed packet."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h43-" + super().kind(layout).removeprefix("h41-")


# ----------------------------------------------------------------------------------------------
# Small parts: a presenter holding a plant, plots' nameplates, rows, tiles and cards, people in
# them or things.
# ----------------------------------------------------------------------------------------------


def now_answering(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> None:
    """A live stream's "now answering" card at (x, y), 430 x 140 px: the asker's 40-70 px face in
    a rounded square (initials on some), the name, their plant's drawn photo at the right."""
    rounded_card(s.img, x, y, 430, 140, 20, (35, 35, 35))
    fp, side = _size(rng, 40, rng.uniform(40.5, 70), (1.12, 1.25))
    if rng.random() < 0.15:
        H3.initials(s.img, rng, x + 20, y + (140 - side) // 2, side, "rounded", None)
    else:
        cast.avatar(s, x + 20, y + (140 - side) // 2, fp, side, "rounded")
    note(s.img, "Now answering", (x + side + 36, y + 52), 0.5, (200, 200, 200))
    note(s.img, who(rng), (x + side + 36, y + 88), 0.65, WHITE, 2)
    blit(s.img, H11.render(rng, 96, 96, GROWN), x + 316, y + 22, rounded_rect(96, 96, 14))


def presenter(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float, share: float
) -> float:
    """A gardener on a live stream over ``rect``: a glasshouse or raised beds behind (``GLASS``,
    softened), the gardener (heldout11's ``figure``, the face ``fp`` px, high in the frame) holding
    a plant up at the chest on the side away from the face (a drawn pot in two hands, kept a
    quarter of the face clear of it). With ``share`` 1 the face is round the frame's middle; under
    1 only that share of its width is on the screen, across its left or right edge (counted while
    half of its box shows). Returns the face's x."""
    x1, y1, x2, y2 = rect
    blit(s.img, H15.blurred(H11.render(rng, x2 - x1, y2 - y1, GLASS), rng.uniform(1.5, 3.5)), x1, y1)
    if share >= 1.0:
        cx = rng.uniform(x1 + 0.3 * (x2 - x1), x1 + 0.7 * (x2 - x1))
    else:
        past = fp * (1.0 - share)  # how much of the face's width lies off the screen
        cx = fp / 2 - past if rng.random() < 0.5 else WIDTH - fp / 2 + past
    cy = rng.uniform(y1 + 0.28 * (y2 - y1), y1 + 0.38 * (y2 - y1))
    H11.figure(cast, s, cx, cy, fp, rect, True)
    towards = 1 if cx < WIDTH / 2 else -1
    pw, ph = round(fp * rng.uniform(0.7, 0.95)), round(fp * rng.uniform(1.0, 1.3))
    px = round(cx + 0.75 * fp) if towards > 0 else round(cx - 0.75 * fp) - pw
    py = round(cy + fp * rng.uniform(0.2, 0.6))
    blit_in(s.img, H11.render(rng, pw, ph, (succulents, sunflowers, pumpkins)), px, py, rect)
    if cast.photos:
        hand = rng.choice(SKIN)
        for hx in (px, px + pw):
            if x1 <= hx < x2 and abs(hx - cx) > 0.6 * fp:
                cv2.ellipse(
                    s.img, (hx, py + ph * 2 // 3), (max(6, pw // 9), max(8, ph // 8)), 0, 0, 360, hand, -1
                )
    return cx


def question_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A viewer's question under a gardening live stream: the 22-30 px face (initials on some),
    the name and how long ago, the question, the plant's drawn photo at the right, upvotes as an
    arrow and a count; "Answered" in green on a fifth. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 10, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 48 + sd
    note(img, f"{who(rng)} - {rng.randrange(1, 59)}m", (x, y + 30), 0.5, GREY)
    note(img, rng.choice(QUESTIONS) + "?", (x, y + 64), 0.55, s.fg)
    blit(img, H11.render(rng, 104, 84, GROWN), WIDTH - 134, y + 8, rounded_rect(84, 104, 12))
    arrow = np.array([[WIDTH - 200, y + 30], [WIDTH - 186, y + 12], [WIDTH - 172, y + 30]], np.int32)
    cv2.fillPoly(img, [arrow], s.accent, cv2.LINE_AA)
    note(img, str(rng.randrange(0, 240)), (WIDTH - 204, y + 60), 0.45, GREY)
    if rng.random() < 0.2:
        tag(img, x, y + 74, "Answered", GREEN, 28)
    return max(sd + 24, 110)


def case_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A similar case in a plant doctor's app: the sick plant's drawn photo, the grower's 20-28 px
    face in a ring over its lower right (initials on some), the ailment, how it went, a tick when
    solved or "ongoing". Returns its height (124 px)."""
    img = s.img
    blit(img, H11.render(rng, 124, 100, (leaf_spots, succulents)), 30, y + 8, rounded_rect(100, 124, 14))
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.15, 1.3))
    at = (30 + 124 - side + 8, y + 108 - side + 8)
    if rng.random() < 0.2:
        cv2.circle(img, (at[0] + side // 2, at[1] + side // 2), side // 2 + 5, s.bg, -1, cv2.LINE_AA)
        H3.initials(img, rng, at[0], at[1], side, "circle", None)
    else:
        ring_avatar(cast, s, at[0], at[1], fp, side, s.accent)
    x = 200
    note(img, rng.choice(AILMENTS), (x, y + 40), 0.62, s.fg, 2)
    whose = f"{who(rng)}'s {rng.choice(CROPS).lower()}"
    note(img, f"{whose} - {rng.randrange(2, 30)} days", (x, y + 72), 0.45, GREY)
    if rng.random() < 0.6:
        badge(img, (WIDTH - 60, y + 40), 16, GREEN, "check", s.bg)
    else:
        tag(img, WIDTH - 160, y + 22, "ongoing", off(s.bg, 26), 30)
    cv2.line(img, (x, y + 118), (WIDTH - 30, y + 118), off(s.bg, 14), 1)
    return 124


def allotment_plan(
    img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]
) -> list[tuple[int, int, int, int]]:
    """An allotment site's plan in ``rect``: grass, a path across its middle and one down it, the
    plots in rows either side (dark soil with rows of crops as green stripes, the stripes across
    or along), a shed and a water trough. Returns the plots' rectangles."""
    x1, y1, x2, y2 = rect
    cv2.rectangle(img, (x1, y1), (x2, y2), (130, 185, 135), -1)
    mid = (y1 + y2) // 2
    cv2.rectangle(img, (x1, mid - 24), (x2, mid + 24), (185, 205, 215), -1)
    cols = rng.randrange(3, 5)
    pw = (x2 - x1 - 40 - 16 * (cols - 1)) // cols
    plots = []
    for top, bottom in ((y1 + 24, mid - 40), (mid + 40, y2 - 24)):
        ph = (bottom - top - 16) // 2
        for r in range(2):
            for k in range(cols):
                px, py = x1 + 20 + k * (pw + 16), top + r * (ph + 16)
                cv2.rectangle(img, (px, py), (px + pw, py + ph), SOIL, -1)
                along = rng.random() < 0.5
                for j in range(1, 6):
                    if along:
                        xx = px + pw * j // 6
                        cv2.line(img, (xx, py + 8), (xx, py + ph - 8), (70, 160, 80), 5)
                    else:
                        yy = py + ph * j // 6
                        cv2.line(img, (px + 8, yy), (px + pw - 8, yy), (70, 160, 80), 5)
                plots.append((px, py, px + pw, py + ph))
    sx = x2 - 120
    cv2.rectangle(img, (sx, mid - 20), (sx + 80, mid + 20), (90, 110, 120), -1)
    cv2.rectangle(img, (x1 + 40, mid - 12), (x1 + 140, mid + 12), (200, 150, 60), -1)
    return plots


def nameplate(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> None:
    """A plot's label on an allotment plan at (x, y): a white tab with the holder's round 20-26 px
    face at its left (initials on some) and the plot's number."""
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.25))
    rounded_card(s.img, x, y, side + 90, side + 12, (side + 12) // 2, WHITE)
    if rng.random() < 0.15:
        H3.initials(s.img, rng, x + 6, y + 6, side, "circle", None)
    else:
        cast.avatar(s, x + 6, y + 6, fp, side, "circle")
    note(
        s.img, f"{rng.randrange(1, 60)}{rng.choice('ABC')}", (x + side + 16, y + side // 2 + 14), 0.55, INK, 2
    )


def waitlist_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """Someone on an allotment site's waiting list: their place in a disc, the 22-30 px face
    (initials on some), the name and since when, the size of plot wanted. Returns its height."""
    img = s.img
    badge(img, (52, y + 42), 18, off(s.bg, 40), str(place), s.bg)
    sd = face_avatar(cast, s, rng, 86, y + 12, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 104 + sd
    note(img, who(rng), (x, y + 36), 0.58, s.fg, 2)
    month = rng.choice(("Jan", "Mar", "Jun", "Sep", "Nov"))
    note(img, f"waiting since {month} {rng.randrange(2019, 2026)}", (x, y + 66), 0.45, GREY)
    tag(img, WIDTH - 190, y + 22, rng.choice(("Half plot", "Full plot", "Raised bed")), off(s.bg, 22), 32)
    return max(sd + 30, 92)


def listing_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A seed swap's listing at (x, y), ``w`` wide: its photo (a drawn packet, gourd, flower or
    bowl of succulents; on a fifth the grower's own photo, people with faces 18-40 px cut by its
    edges, or a thing), the swapper's 22-32 px face in a rim over the photo's lower left, what is
    offered, what they want, how far. Returns its height with the gap under it."""
    img = s.img
    card = off(s.bg, 8)
    rounded_card(img, x, y, w, 400, 20, card)
    m = rounded_rect(250, w, 20)
    if rng.random() < 0.2:
        cut_photo(cast, rng, s, x, y, w, 250, 18.3, 40, m, 0.8)
    else:
        blit(img, H11.render(rng, w, 250, GROWN), x, y, m)
    fp, side = _size(rng, 22, small(rng, 22.5, 32), (1.15, 1.3))
    rimmed(cast, s, x + 16, y + 250 - side // 2, fp, side, card)
    note(img, rng.choice(CROPS), (x + 20, y + 250 + side // 2 + 40), 0.6, s.fg, 2)
    note(img, f"wants {rng.choice(CROPS).split()[0].lower()}", (x + 20, y + 250 + side // 2 + 72), 0.45, GREY)
    note(img, f"{rng.uniform(0.2, 9):.1f} km", (x + w - 110, y + 250 + side // 2 + 72), 0.45, GREY)
    heart(img, (x + w - 40, y + 36), 12, RED if rng.random() < 0.3 else WHITE)
    return 420


def task_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A plant's chore today: the plant's drawn photo, a water drop, the chore and the plant, whose
    turn it is (a 20-26 px face in a rim of the page, initials on some), a box to tick. Returns its
    height (104 px)."""
    img = s.img
    blit(img, H11.render(rng, 84, 84, (succulents, sunflowers)), 30, y + 10, rounded_rect(84, 84, 16))
    cv2.circle(img, (140, y + 62), 10, (230, 150, 50), -1, cv2.LINE_AA)
    cv2.fillPoly(img, [np.array([[130, y + 58], [140, y + 38], [150, y + 58]], np.int32)], (230, 150, 50))
    note(img, f"{rng.choice(CHORES)} the {rng.choice(HOUSEPLANTS).lower()}", (170, y + 48), 0.6, s.fg, 2)
    note(img, f"{rng.randrange(1, 8) * 50} ml - {rng.choice(('kitchen', 'hall', 'bedroom', 'desk'))}",
         (170, y + 78), 0.45, GREY)  # fmt: skip
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.25))
    if rng.random() < 0.2:
        H3.initials(img, rng, WIDTH - 220, y + 30, side, "circle", s.bg)
    else:
        rimmed(cast, s, WIDTH - 220, y + 30, fp, side, s.bg)
    note(img, who(rng)[:8], (WIDTH - 212 + side, y + 30 + side // 2 + 6), 0.45, GREY)
    done = rng.random() < 0.4
    cv2.rectangle(img, (WIDTH - 70, y + 34), (WIDTH - 38, y + 66), GREEN if done else GREY, -1 if done else 3)
    return 104


def plant_tiles(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of three plants in a care app's grid: each a drawn photo (succulents, a sunflower, a
    gourd), who looks after it (an 18-24 px face in a rim over the photo's top right, initials on
    some), a chip of the days to its next watering, its name under it. Returns its height."""
    img = s.img
    tw = (WIDTH - 60 - 40) // 3
    for k in range(3):
        x = 30 + k * (tw + 20)
        blit(
            img, H11.render(rng, tw, 220, (succulents, sunflowers, pumpkins)), x, y, rounded_rect(220, tw, 18)
        )
        fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.12, 1.25))
        if rng.random() < 0.15:
            H3.initials(img, rng, x + tw - side - 12, y + 12, side, "circle", s.bg)
        else:
            rimmed(cast, s, x + tw - side - 12, y + 12, fp, side, s.bg)
        days = rng.randrange(0, 9)
        tag(
            img,
            x + 10,
            y + 176,
            "today" if days == 0 else f"in {days} d",
            (230, 150, 50) if days < 2 else WHITE,
            32,
        )
        note(img, rng.choice(HOUSEPLANTS), (x + 4, y + 256), 0.55, s.fg, 2)
    return 290


def pickup_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A farm share's pickup point: the host's 24-32 px face (initials on some), the place and the
    hours, the members who collect there (a stack of 18-22 px, "+N") and the distance. Returns its
    height (128 px)."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 12, 24, 32, (1.15, 1.3), "circle", person=True)
    x = 52 + sd
    place = rng.choice(("Corner cafe", "St Anne's hall", "Bike shop", "The Green Grocer", "Library porch"))
    note(img, place, (x, y + 36), 0.6, s.fg, 2)
    day = rng.choice(("Tue", "Thu", "Fri", "Sat"))
    note(img, f"{day} {rng.randrange(9, 18)}:00 - hosted by {who(rng)}", (x, y + 64), 0.45, GREY)
    end = stack(cast, s, rng, x, y + 80, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 40))
    note(img, "collect here", (end + 10, y + 106), 0.45, GREY)
    tag(img, WIDTH - 150, y + 20, f"{rng.uniform(0.3, 6):.1f} km", off(s.bg, 22), 30)
    cv2.line(img, (x, y + 124), (WIDTH - 30, y + 124), off(s.bg, 14), 1)
    return 128


def club_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A post in a gardening club's feed: the poster's 24-32 px face (initials on some), the name
    and the plot, a line; a wide photo (on 45 % people at the plots, faces 18-56 px cut by its
    edges, or a thing; else a drawn bed, field, glasshouse or sunflowers); who liked it (a stack
    of 18-22 px) and the comments' count. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 12, 24, 32, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 34), 0.58, s.fg, 2)
    note(img, f"Plot {rng.randrange(1, 60)} - {rng.randrange(1, 23)}h", (x, y + 62), 0.45, GREY)
    top = y + max(sd, 60) + 24
    note(img, words(rng, rng.randrange(3, 7)).lower(), (30, top + 10), 0.55, s.fg)
    top += 30
    ph = rng.randrange(240, 321)
    m = rounded_rect(ph, WIDTH - 60, 18)
    if rng.random() < 0.45:
        cut_photo(cast, rng, s, 30, top, WIDTH - 60, ph, 18.3, 56, m, 0.85)
    else:
        blit(img, H11.render(rng, WIDTH - 60, ph, GARDENS), 30, top, m)
    top += ph + 14
    end = stack(cast, s, rng, 30, top, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 60))
    note(img, f"{rng.randrange(0, 40)} comments", (end + 16, top + 26), 0.45, GREY)
    return top + 50 - y


def entry_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """An entry in a vegetable show's results: the rank, the grower's 22-30 px face (initials on
    some), the name and the weight with a bar against the winner's, the entry's drawn photo at the
    right, a "PB" tag on some. Returns its height (108 px)."""
    img = s.img
    note(img, str(rank), (30, y + 54), 0.7, GREY, 2)
    sd = face_avatar(cast, s, rng, 80, y + 14, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 100 + sd
    note(img, who(rng), (x, y + 38), 0.58, s.fg, 2)
    kg = rng.uniform(40, 400)
    note(img, f"{kg:.1f} kg", (x, y + 70), 0.45, GREY)
    progress(img, x + 120, y + 62, 300, kg / 420, s.accent, off(s.bg, 24), 8)
    blit(
        img, H11.render(rng, 110, 84, (pumpkins, sunflowers)), WIDTH - 140, y + 12, rounded_rect(84, 110, 12)
    )
    if rng.random() < 0.2:
        tag(img, x + 440, y + 48, "PB", GOLD, 28)
    return 108


def team_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> None:
    """A planting team's card at (x, y), ``w`` wide and 190 px high: the team's name, the trees it
    planted as a count and a bar, its members (a stack of 18-24 px, "+N")."""
    card = off(s.bg, 10)
    rounded_card(s.img, x, y, w, 190, 18, card)
    note(
        s.img,
        rng.choice(("Oak", "Rowan", "Hazel", "Birch", "Willow")) + " team",
        (x + 20, y + 40),
        0.6,
        s.fg,
        2,
    )
    trees = rng.randrange(20, 400)
    note(s.img, f"{trees} trees", (x + 20, y + 76), 0.5, GREY)
    progress(s.img, x + 20, y + 92, w - 40, trees / 400, GREEN, off(card, 30), 8)
    stack(cast, s, rng, x + 20, y + 118, rng.randrange(2, 5), 18.3, 24, card, rng.randrange(0, 20))


def slot_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A planting day's slot: the time in a chip, the task and its tools, the places left as a bar,
    who signed up (a stack of 18-22 px, "+N") or "Full" in red. Returns its height (124 px)."""
    img = s.img
    start = rng.randrange(8, 16)
    tag(img, 30, y + 16, f"{start}:00-{start + 2}:00", off(s.bg, 22), 34)
    task = rng.choice(("Digging pits", "Planting whips", "Staking", "Mulching", "Guards on", "Tea tent"))
    note(img, task, (230, y + 42), 0.6, s.fg, 2)
    places = rng.randrange(6, 20)
    left = rng.randrange(0, 6)
    progress(img, 230, y + 58, 280, 1 - left / places, s.accent, off(s.bg, 26), 8)
    if left:
        note(img, f"{left} places left", (530, y + 68), 0.45, GREY)
        stack(cast, s, rng, 230, y + 78, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 12))
    else:
        tag(img, 530, y + 48, "Full", RED, 30)
    cv2.line(img, (30, y + 120), (WIDTH - 30, y + 120), off(s.bg, 14), 1)
    return 124


def pro_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A gardener for hire: a card with the pro's 40-72 px face in a rounded square (initials on
    some), the name, the trade, stars and the price; a before and an after photo of a garden
    (drawn); who reviewed them (a stack of 18-22 px, "+N reviews"). Returns its height with the
    gap under it."""
    img = s.img
    card = off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 380, 22, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 72), (1.12, 1.25))
    if rng.random() < 0.15:
        H3.initials(img, rng, 44, y + 22, side, "rounded", None)
    else:
        cast.avatar(s, 44, y + 22, fp, side, "rounded")
    x = 70 + side
    note(
        img,
        f"{who(rng)} {rng.choice(('Gardens', 'Landscapes', '& Sons', 'Green Care'))}",
        (x, y + 52),
        0.62,
        s.fg,
        2,
    )
    tag(img, x, y + 64, rng.choice(TRADES), off(card, 22), 30)
    for k in range(5):
        star(img, (x + 200 + k * 24, y + 80), 9, GOLD if k < rng.randrange(3, 6) else off(card, 40))
    note(img, f"from {rng.randrange(18, 60)}/h", (WIDTH - 210, y + 52), 0.55, s.fg, 2)
    top = y + 40 + max(side, 80)
    pw = (WIDTH - 100) // 2
    for k, label in enumerate(("Before", "After")):
        px = 40 + k * (pw + 20)
        blit(img, H11.render(rng, pw, 170, GARDENS), px, top, rounded_rect(170, pw, 14))
        tag(img, px + 10, top + 10, label, (40, 40, 40), 30)
    top += 184
    end = stack(cast, s, rng, 40, top, rng.randrange(2, 5), 18.3, 22, card)
    note(img, f"{rng.randrange(3, 300)} reviews", (end + 12, top + 26), 0.45, GREY)
    return max(380, top + 50 - y) + 16


def titled(
    cast: Cast,
    rng: random.Random,
    name: str,
    kind: str,
    themes: tuple[str, ...],
    title: str,
    own: bool = False,
) -> tuple[Screen, int]:
    """A new screen in one of ``themes``, marked as ``kind`` for ``cast``, with ``title`` across its
    top and, with ``own``, one's 22-26 px face at the top right: the screen and the y under them."""
    s = new_screen(rng, name, cast.kind(kind), themes)
    heading(s, 30, STATUS_H + 62, title, 1.0)
    if own:
        face_avatar(cast, s, rng, WIDTH - 80, STATUS_H + 24, 22, 26, (1.15, 1.3), "circle")
    return s, STATUS_H + 100


def people_at_work(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    backs: tuple[H11.Render, ...],
    depths: int,
    lo: float,
    hi: float,
    tall: tuple[int, int],
) -> int:
    """People at work across the screen's top, under the status bar: heldout38's ``staged`` photo
    (one of ``backs``, ``depths`` depths, one to three people a depth, the front faces ``hi`` px,
    the back ones ``lo`` px), its height from ``tall``. Returns the height."""
    ph = rng.randrange(*tall)
    H11.paste_photo(cast, s, *staged(cast, rng, backs, depths, (1, 3), WIDTH, ph, lo, hi), 0, STATUS_H)
    return ph


def holder_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The chosen plot on an allotment map's sheet: its holder's 56-110 px face in a rounded square
    at the right, the plot's number and the holder's name, since when and how large at the left,
    who shares the plot (a stack of 18-22 px) on 60 %. Returns its height with the gap under it."""
    fp, side = _size(rng, 56, rng.uniform(56.5, 110), (1.12, 1.25))
    cast.avatar(s, WIDTH - 40 - side, y, fp, side, "rounded")
    lines = (
        (f"Plot {rng.randrange(1, 60)}{rng.choice('ABC')}: {who(rng)}", 0.7, s.fg, 2),
        (f"since {rng.randrange(1998, 2025)}, {rng.randrange(5, 25) * 10} sq m", 0.45, GREY, 1),
    )
    for k, (text, scale, ink, thick) in enumerate(lines):
        note(s.img, text, (30, y + 34 + 32 * k), scale, ink, thick)
    if rng.random() < 0.6:
        end = stack(cast, s, rng, 30, y + 84, rng.randrange(1, 4), 18.3, 22, s.bg)
        note(s.img, "shares this plot", (end + 10, y + 110), 0.45, GREY)
    return max(side, 130) + 20


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def garden_live(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gardening live stream (mostly dark): the gardener holding a plant up (``presenter``: the
    face 150-440 px, on half across the screen's left or right edge with 55-95 % of its width
    showing), "LIVE" and the viewers' count, hearts floating up, the asker being answered
    (``now_answering``: 40-70 px) over the frame's foot; the stream's title, the channel's 26-34 px
    face; viewers asking too (a stack of 18-22 px); questions (``question_row``: 22-30 px) down to
    the field for one's own, one's 22-26 px face and a camera button."""
    s = new_screen(rng, name, cast.kind("live"), ("dark", "dark", "tinted", "light"))
    img = s.img
    top = STATUS_H
    vh = rng.randrange(860, 981)
    share = rng.uniform(0.55, 0.95) if rng.random() < 0.5 else 1.0
    cx = presenter(cast, rng, s, (0, top, WIDTH, top + vh), rng.uniform(150, 440), share)
    tag(img, 30, top + 24, "LIVE", RED, 40)
    tag(img, 140, top + 24, f"{rng.randrange(2, 90) / 10:.1f}k", (40, 40, 40), 40)
    for k in range(rng.randrange(2, 6)):
        heart(img, (WIDTH - 70 + rng.randrange(-20, 21), top + vh - 230 - 70 * k), 16,
              rng.choice((RED, (200, 120, 240), WHITE)))  # fmt: skip
    now_answering(cast, rng, s, 30 if cx > WIDTH / 2 else WIDTH - 460, top + vh - 170)
    y = top + vh + 24
    heading(s, 30, y + 36, rng.choice(("Sunday potting-up", "Ask the plot", "Autumn jobs live")), 0.85)
    y += 56
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.1, 1.25), "circle")
    note(img, f"{who(rng)} grows - {rng.randrange(2, 700)}k", (46 + sd, y + sd // 2 + 8), 0.5, s.fg)
    outlined(img, WIDTH - 200, y, 170, 50, s.accent, s.bg)
    note(img, "Follow", (WIDTH - 160, y + 34), 0.55, s.accent, 2)
    y += max(sd, 50) + 18
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(4, 300))
    note(img, "asking too", (end + 12, y + 28), 0.5, GREY)
    y += 56
    foot = H - NAV_H - 112
    rows_above(s, y, foot - 16, "Questions", lambda t: question_row(cast, rng, s, t))
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    face_avatar(cast, s, rng, 30, foot + 28, 22, 26, (1.15, 1.3), "circle")
    pill(img, 90, foot + 20, WIDTH - 220, 64, s.bg)
    note(img, "Ask about your plant...", (120, foot + 62), 0.55, GREY)
    cv2.circle(img, (WIDTH - 76, foot + 52), 30, s.accent, -1, cv2.LINE_AA)
    cv2.rectangle(img, (WIDTH - 92, foot + 42), (WIDTH - 60, foot + 64), WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def plant_doctor(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A plant doctor's video call: the horticulturist in a rounded card before a softened
    glasshouse or beds (heldout11's ``figure``: 90-260 px in the card's left half), one's own
    camera in a corner pointed at the sick leaf (drawn: no face), the name's label; the call's
    buttons; the diagnosis card; growers who had it too (a stack of 18-22 px); similar cases
    (``case_row``: growers 20-28 px in rings) down to the tab bar; one's 22-26 px face at the top."""
    s, y = titled(cast, rng, name, "doctor", ("light", "tinted", "dark", "light"), "Plant doctor", own=True)
    img, page = s.img, s.bg
    vh = rng.randrange(540, 641)
    rect = (30, y, WIDTH - 30, y + vh)
    blit(img, H15.blurred(H11.render(rng, WIDTH - 60, vh, GLASS), rng.uniform(2, 5)), 30, y)
    cx = 30 + (WIDTH - 60) * rng.uniform(0.26, 0.5)
    H11.figure(cast, s, cx, y + vh * rng.uniform(0.3, 0.4), rng.uniform(100, 280), rect, True)
    blit(img, H11.render(rng, 220, 290, (leaf_spots,)), WIDTH - 280, y + 24, rounded_rect(290, 220, 18))
    tag(img, 50, y + vh - 64, f"{who(rng)}, horticulturist", (30, 30, 30), 40)
    rounded_corners(s, rect, 26)
    y += vh + 24
    for k, colour in enumerate((off(page, 30), off(page, 30), RED)):
        cv2.circle(img, (WIDTH // 2 + (k - 1) * 150, y + 44), 40, colour, -1, cv2.LINE_AA)
    y += 110
    card = off(page, 10)
    rounded_card(img, 20, y, WIDTH - 40, 190, 20, card)
    note(img, f"Likely: {rng.choice(AILMENTS)}", (44, y + 46), 0.7, s.fg, 2)
    sure = rng.uniform(0.55, 0.97)
    progress(img, 44, y + 70, 600, sure, GREEN, off(card, 30), 10)
    note(img, f"{round(sure * 100)} % sure", (664, y + 82), 0.5, GREY)
    chips(img, rng, 44, y + 110, 3, 50, (150, 230), off(card, 20), s.fg)
    y += 210
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(2, 200))
    note(img, "had this too", (end + 12, y + 28), 0.5, GREY)
    y += 60
    y = section(s, y, "Similar cases", True)
    return rows_to_tab_bar(s, rng, y, 130, lambda t: case_row(cast, rng, s, t))


def allotment_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An allotment site's map: the site's plan (``allotment_plan``) with each let plot's
    nameplate (``nameplate``: the holder's 20-26 px face) and free plots tagged, the chosen plot
    outlined in the accent; a sheet with the chosen plot (``holder_card``: the holder's 56-110 px
    face, who shares the plot: 18-22 px) and the waiting list (``waitlist_row``: 22-30 px) down to
    the tab bar."""
    site = rng.choice(("Hill Rise", "Canal Side", "Orchard Road", "Mill Lane"))
    s, y = titled(cast, rng, name, "plots", ("light", "light", "tinted", "dark"), f"{site} allotments")
    img, page = s.img, s.bg
    mh = rng.randrange(700, 801)
    plots = allotment_plan(img, rng, (0, y, WIDTH, y + mh))
    chosen = rng.choice(plots)
    cv2.rectangle(img, chosen[:2], chosen[2:], s.accent, 6)
    for px, py, _qx, _qy in plots:
        if rng.random() < 0.2:
            tag(img, px + 8, py + 8, "Free", GREEN, 34)
        else:
            nameplate(cast, rng, s, px + 8, py + 8)
    H5.sheet(img, y + mh - 40, page)
    y += mh + 10
    y = section(s, y + holder_card(cast, rng, s, y), "Waiting list", False)
    places = iter(range(1, 40))
    return rows_to_tab_bar(s, rng, y, 100, lambda t: waitlist_row(cast, rng, s, t, next(places)))


def seed_swap(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A seed and plant swap: the title and one's 22-26 px face, a search field, the kinds' chips;
    swappers near you (round 24-36 px faces, a green dot on the new ones, cut by the right edge);
    listings two by two (``listing_card``: swappers 22-32 px in rims, growers' photos of 18-40 px
    on a fifth) down to the tab bar."""
    s, y = titled(cast, rng, name, "swap", ("light", "light", "tinted", "dark"), "Seed swap", own=True)
    img, page = s.img, s.bg
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    note(img, "Search seeds, cuttings, bulbs", (70, y + 42), 0.55, GREY)
    y += 84
    chips(img, rng, 30, y, 4, 46, (120, 190), off(page, 16), s.fg)
    y += 70
    note(img, "Swappers near you", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 92, 50):
        fp, side = _size(rng, 24, small(rng, 24.5, 36), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
        if rng.random() < 0.3:
            badge(img, (x + side - 6, y + side - 6), 8, GREEN, "", page)
    y += 84
    half = (WIDTH - 80) // 2

    def pair(t: int) -> int:
        return max(listing_card(cast, rng, s, 30 + k * (half + 20), t, half) for k in range(2))

    return rows_to_tab_bar(s, rng, y, 200, pair)


def plant_care(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A household's plant-care app: the home's title; its members (round 44-80 px faces in rings of
    their watering streak); today's chores (``task_row``: whose turn, 20-26 px in rims); a plant
    sitter's banner (a 44-90 px face in a rounded square, stars, a button) on 70 %; the plants'
    grid (``plant_tiles``: carers 18-24 px over the photos' corners) down to the tab bar."""
    home = rng.choice(("Home jungle", "Flat 4 plants", "Our green corner"))
    s, y = titled(cast, rng, name, "care", ("light", "tinted", "light", "dark"), home)
    img, page = s.img, s.bg
    note(img, f"{rng.randrange(6, 40)} plants", (WIDTH - 170, y - 40), 0.55, GREY)
    n = rng.randrange(3, 5)
    step, tallest = (WIDTH - 60) // n, 0
    for k in range(n):
        fp, side = _size(rng, 44, small(rng, 44.5, 80), (1.12, 1.25))
        x = 30 + k * step + (step - side) // 2
        c = (x + side // 2, y + 12 + side // 2)
        ring_progress(img, c, side // 2 + 9, rng.uniform(0.1, 1.0), s.accent, off(page, 24), 6)
        cast.avatar(s, x, y + 12, fp, side, "circle")
        note(img, f"{rng.randrange(1, 60)} days", (x + side // 2 - 36, y + side + 54), 0.45, GREY)
        tallest = max(tallest, side)
    y += tallest + 76
    y = section(s, y, "Today", False)
    for _ in range(rng.randrange(2, 4)):
        y += task_row(cast, rng, s, y)
    if rng.random() < 0.7:
        card = off(page, 10)
        rounded_card(img, 20, y + 10, WIDTH - 40, 150, 20, card)
        fp, side = _size(rng, 44, small(rng, 44.5, 90), (1.1, 1.2))
        cast.avatar(s, 40, y + 10 + (150 - side) // 2, fp, side, "rounded")
        note(img, f"Away? {who(rng)} can plant-sit", (60 + side, y + 60), 0.6, s.fg, 2)
        for k in range(5):
            star(img, (70 + side + k * 26, y + 96), 10, GOLD)
        pill(img, WIDTH - 200, y + 60, 150, 54, s.accent)
        note(img, "Book", (WIDTH - 156, y + 96), 0.6, WHITE, 2)
        y += 180
    y = section(s, y, "Plants", True)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: plant_tiles(cast, rng, s, t))


def farm_share(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A farm's veg box share: the farm's photo (``staged`` in a field or a glasshouse: front faces
    40-130 px, the back ones 24-34 px) with rounded foot corners, a white card over its foot with
    the farmer's 60-110 px face in a ring, the farm's name and stars; this week's box (drawn
    produce); pickup points (``pickup_row``: hosts 24-32 px, stacks of 18-22 px) down to the tab
    bar."""
    s = new_screen(rng, name, cast.kind("farm"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    ph = people_at_work(cast, rng, s, FIELDS, 2, rng.uniform(24, 34), rng.uniform(50, 160), (420, 501))
    rounded_corners(s, (0, top - 40, WIDTH, top + ph), 40)
    fp, side = _size(rng, 60, rng.uniform(60.5, 110), (1.12, 1.22))
    cy = top + ph - 60
    ch = max(190, side + 50)
    rounded_card(img, 30, cy, WIDTH - 60, ch, 24, WHITE if sum(page) > 384 else off(page, 16))
    ring_avatar(cast, s, 56, cy + (ch - side) // 2, fp, side, GREEN)
    x = 96 + side
    ink = INK if sum(page) > 384 else s.fg
    note(
        img,
        rng.choice(("Brook Farm", "Wildroot Growers", "Three Acres", "Hedgerow Veg")),
        (x, cy + 56),
        0.8,
        ink,
        2,
    )
    note(
        img,
        f"Organic since {rng.randrange(1980, 2020)} - {rng.randrange(80, 900)} members",
        (x, cy + 92),
        0.45,
        GREY,
    )
    for k in range(5):
        star(img, (x + 10 + k * 26, cy + 124), 10, GOLD)
    y = cy + ch + 24
    y = section(s, y, "This week's box", False)
    tw = (WIDTH - 60 - 4 * 14) // 5
    for k in range(5):
        blit(img, H11.render(rng, tw, 110, (pumpkins, raised_beds, sunflowers)), 30 + k * (tw + 14), y,
             rounded_rect(110, tw, 14))  # fmt: skip
    y += 136
    y = section(s, y, "Pickup points", True)
    return rows_to_tab_bar(s, rng, y, 130, lambda t: pickup_row(cast, rng, s, t))


def garden_club(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gardening club's page: its cover (a drawn bed, field or glasshouse) with the club's disc,
    the name, members (a stack of 18-22 px, "+N") and a join button; the next event's card (its
    drawn garden, the host's 28-40 px face, who is going: a stack of 18-22 px); posts
    (``club_post``: posters 24-32 px, people at the plots 18-56 px on 45 %, likers 18-22 px) down to
    the tab bar."""
    s = new_screen(rng, name, cast.kind("club"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    blit(img, H11.render(rng, WIDTH, 220, (raised_beds, farm_field, greenhouse)), 0, top)
    cv2.circle(img, (110, top + 220), 70, page, -1, cv2.LINE_AA)
    blit(img, H11.render(rng, 120, 120, (sunflowers, succulents)), 50, top + 160, rounded_rect(120, 120, 60))
    y = top + 300
    heading(s, 30, y + 10, rng.choice(("Grow Together", "Canal Side Growers", "Pot & Plot Club")), 0.95)
    y += 34
    pill(img, WIDTH - 200, y - 4, 170, 54, s.accent)
    note(img, "Join", (WIDTH - 144, y + 32), 0.6, WHITE, 2)
    members = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(40, 900))
    note(img, f"{rng.randrange(2, 9)} new this week", (members + 12, y + 28), 0.5, GREY)
    y += 70
    card = off(page, 10)
    rounded_card(img, 20, y, WIDTH - 40, 190, 20, card)
    blit(img, H11.render(rng, 170, 150, GARDENS), 40, y + 20, rounded_rect(150, 170, 14))
    note(
        img,
        rng.choice(("Open gardens day", "Seed swap & soup", "Pruning workshop")),
        (230, y + 52),
        0.65,
        s.fg,
        2,
    )
    sd = face_avatar(cast, s, rng, 230, y + 70, 28, 40, (1.12, 1.25), "circle")
    note(img, f"hosted by {who(rng)}", (244 + sd, y + 70 + sd // 2 + 6), 0.45, GREY)
    end = stack(cast, s, rng, 230, y + 80 + sd, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 40))
    note(img, "going", (end + 10, y + 106 + sd), 0.45, GREY)
    y += 214
    return rows_to_tab_bar(s, rng, y, 220, lambda t: club_post(cast, rng, s, t))


def veg_show(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A giant vegetable show's results: the show and the classes' chips; the podium (the winner's
    60-96 px face in a gold ring on the tallest block, the runners-up 44-72 px in silver and bronze
    rings, each with the winning weight); the judges (rounded 24-36 px faces, cut by the right
    edge); the other entries (``entry_row``: growers 22-30 px, the entries drawn) down to the tab
    bar."""
    title = f"Giant veg show {rng.randrange(2019, 2027)}"
    s, y = titled(cast, rng, name, "show", ("light", "tinted", "light", "dark"), title)
    img, page = s.img, s.bg
    chips(img, rng, 30, y - 8, 4, 46, (130, 190), off(page, 16), s.fg)
    y += 60
    blocks = ((1, 140, GOLD, 60, 96), (0, 100, (200, 200, 205), 44, 72), (2, 70, (60, 120, 190), 44, 72))
    col = (WIDTH - 60) // 3
    floor = y + 330
    for place, block, medal, lo, hi in blocks:
        x = 30 + place * col
        fp, side = _size(rng, lo, rng.uniform(lo + 0.5, hi), (1.12, 1.22))
        cv2.rectangle(img, (x + 20, floor - block), (x + col - 20, floor), off(page, 24), -1)
        note(
            img,
            "1" if place == 1 else ("2" if place == 0 else "3"),
            (x + col // 2 - 12, floor - block + 50),
            1.2,
            s.fg,
            3,
        )
        ay = floor - block - side - 60
        ring_avatar(cast, s, x + (col - side) // 2, ay, fp, side, medal)
        note(img, f"{rng.uniform(200, 700):.1f} kg", (x + col // 2 - 50, floor - block - 16), 0.55, s.fg, 2)
    y = floor + 30
    note(img, "Judges", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 84, 48):
        fp, side = _size(rng, 24, small(rng, 24.5, 36), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "rounded")
    y += 80
    y = section(s, y, "All entries", False)
    ranks = iter(range(4, 60))
    return rows_to_tab_bar(s, rng, y, 110, lambda t: entry_row(cast, rng, s, t, next(ranks)))


def tree_planting(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tree-planting day: the day's photo (``staged`` on a hillside or a field: front faces
    40-120 px, the back ones down to 10 px, drawn and not counted) under a gradient with the trees
    planted and the goal's bar; the organiser (a 56-100 px face in a green ring); the teams
    (``team_card``: stacks of 18-24 px); the slots (``slot_row``: stacks of 18-22 px) down to the
    sign-up button."""
    s = new_screen(rng, name, cast.kind("planting"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    depths = rng.randrange(2, 4)
    ph = people_at_work(cast, rng, s, HILLS, depths, rng.uniform(10, 14), rng.uniform(40, 140), (380, 461))
    stepped(s, (0, top + ph * 2 // 3, WIDTH, top + ph), 0.0, 0.6, 8)
    planted = rng.randrange(200, 3000)
    note(img, f"{planted:,} trees planted", (30, top + ph - 56), 0.95, WHITE, 2)
    progress(img, 30, top + ph - 34, WIDTH - 60, rng.uniform(0.2, 0.95), WHITE, (90, 90, 90), 10)
    y = top + ph + 24
    fp, side = _size(rng, 56, small(rng, 56.5, 100), (1.12, 1.22))
    ring_avatar(cast, s, 40, y, fp, side, GREEN)
    note(img, f"{who(rng)} is organising", (80 + side, y + side // 2), 0.65, s.fg, 2)
    tick_badge(img, (36 + side, y + side - 6), 13, page)
    outlined(img, 80 + side, y + side // 2 + 16, 200, 48, s.accent, page)
    note(img, "Message", (120 + side, y + side // 2 + 50), 0.55, s.accent, 2)
    y += max(side, 120) + 30
    y = section(s, y, "Teams", False)
    n = rng.choice((2, 3))
    w = (WIDTH - 60 - 20 * (n - 1)) // n
    for k in range(n):
        team_card(cast, rng, s, 30 + k * (w + 20), y, w)
    y += 214
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Slots on Saturday", lambda t: slot_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Sign up")


def garden_pro(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Finding a gardener: the title and one's 22-26 px face, the trades' chips; neighbours who
    hired one (round 22-30 px faces, cut by the right edge); pros' cards (``pro_card``: the pro
    40-72 px, before and after photos drawn, reviewers 18-22 px) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "pros", ("light", "light", "tinted", "dark"), "Gardeners near you", own=True
    )
    img, page = s.img, s.bg
    chips(img, rng, 30, y, 4, 46, (120, 200), off(page, 16), s.fg)
    y += 72
    note(
        img, f"Hired on {rng.choice(('your street', 'Elm Road', 'your estate'))}", (30, y + 20), 0.55, GREY, 2
    )
    y += 36
    for x in across_edge(rng, 80, 40):
        fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
    y += 70
    return rows_to_tab_bar(s, rng, y, 240, lambda t: pro_card(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    garden_live,
    plant_doctor,
    allotment_map,
    seed_swap,
    plant_care,
    farm_share,
    garden_club,
    veg_show,
    tree_planting,
    garden_pro,
)
# with people: each twice a round but two (a live stream of one large face and the questions'
# small ones, and a plant doctor's call of one large face and the cases' rows)
ONCE = (garden_live, plant_doctor)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: listings of packets, gourds and
# succulents, a grid of potted plants, a show's pumpkins)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, seed_swap, plant_care, veg_show)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT43_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h43", photos, free, seed, reps)
