"""Held-out screens, forty-ninth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a kettlebell on a rubber floor, a
bouldering wall's holds, a pool's lanes from above, a tennis racket on clay, a finisher's medal on a
race bib, a yoga mat on a studio's floor, a rack of dumbbells, a basketball hoop against the sky;
nothing with eyes, a mouth or a mask); every random choice from ``HELDOUT49_SEED`` (49494; the
environment's ``HELDOUT49_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout11's ``Cast`` (through heldout26's, heldout40's, heldout41's, heldout43's,
heldout45's, heldout46's, heldout47's and heldout48's; this set's screens are marked h49-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in the apps of sport and fitness in everyday life, most of them small: a
gym's week of classes with the instructors in the blocks' corners; a running or cycling club's week
as bars topped by its members' faces, the group run's photo under its stats; a kids' team's
line-up on a pitch or a court, the squad as shirts and the parents' jobs; a swimming gala's heat on
the pool from above; a race's results with one's finish photo, a bib on the chest; a yoga studio's
teachers under arches; a personal trainer's check-in chat with progress photos and a form check; an
amateur or fantasy league's table with its managers' faces; a gym's busy-now page with friends
checked in and pinned on its floor; a racket club's open matches with the players on the courts.
Near repeats avoided: heldout9's live fitness class and heldout24's connected class board (a
coach's video over a leaderboard) and heldout33's dance timetable (classes as rows with booked
stacks, instructors in rings; here a calendar's week of class blocks with the instructors' faces in
their top right corners, hatched when full, ticked when booked, and a class's sheet slid up over the
week under a scrim); heldout7's running club feed, heldout24's run club recap and race lanes and
heldout29's cycling club with its segment's leaderboard (a cover of runners, activities with kudos,
group run photos, faces riding progress lanes, rows of a leaderboard; here the week's distances as
bars topped by the members' faces and run past the right edge, a crown over the leader's, and the
group run's photo under an opaque band of its stats with its route drawn over its corner);
heldout7's fantasy pitch, heldout21's match centre and heldout28's amateur league team (eleven
headshots in a formation, both line-ups on one pitch, an availability grid, snack duty, a team
photo; here one kids' seven-a-side, netball or basketball side on its plan with number or position
tags under the faces or over the chins, the rest of the squad as shirts with faces over the
collars, the away in grey, and rows of the parents' match-day jobs with places to volunteer for);
heldout24's race lanes (faces along progress bars; here a gala's heat on the pool from above, each
swimmer by a starting block between lane ropes, the relay squad's photo and results with medals);
heldout15's race photos finder (watermarked proofs with bib chips over their corners; here one's
result with the finish photo's bib pinned on the chest, the splits and a medal, a strip of
finish-line photos with bibs on the runners' chests, the unbought grey under padlocks, and the
finishers' rows with their bibs' tags); heldout33's dance instructors in rings and heldout24's
course page (an instructor cut out on a hero; here a yoga studio's teachers under arches, the
featured one large); heldout40's and heldout48's chats (here a trainer's chat with the client's
progress photos under a grid, WEEK tags and a mirror selfie's phone over some faces, and a
form-check clip with a pose tracker's lines on the body); heldout4's and heldout33's leaderboards
and podiums (here a league's table with the managers' faces in rounded squares, zone stripes and
form dots, a manager of the month under a crown, a head-to-head); heldout32's gym front desk (the
member at the door, the check-ins, who is in; here how busy the gym is hour by hour, friends here
now in green rings past the right edge, a floor plan with friends pinned in its zones); heldout14's
tennis draw (a bracket; here open padel, tennis and badminton matches as courts from above with the
four players' places on them, the open ones dashed). Ten layouts:
- a gym's classes (``class_timetable``): one's 22-26 px face; the week (``week_grid``: instructors
  18-24 px in the blocks' corners, two on some, ticks over some); on 65 % a class's sheet over its
  foot (``class_sheet``: the instructor 44-72 px, who is going 18-22 px);
- a running or cycling club (``club_challenge``): one's 22-26 px face; the week's bars
  (``distance_bars``: 22-30 px); the group run (``run_share``: the poster 22-28 px, runners 26-48
  px, the row behind at 0.5-0.65 of them, kudos 18-22 px); the ranking (``rank_row``: 20-26 px);
- a kids' team's match day (``match_day``): one's 22-26 px face; the line-up (``lineup_plan``:
  28-44 px); the squad (``squad_shirts``: 22-30 px, the away grey); parents' jobs (``duty_row``:
  20-26 px);
- a swimming gala (``swim_meet``): one's 22-26 px face; the heat (``heat_lanes``: 20-28 px); on
  75 % the relay squad (``relay_photo``: 40-90 px); results (``result_row``: 20-26 px);
- a race's results (``finisher_results``): one's 22-26 px face; one's result (``result_card``:
  80-220 px, grey on a quarter); finish-line photos (``finish_tile``: 24-50 px, grey and locked on
  30 %); the finishers (``finisher_row``: 20-26 px);
- a yoga studio's teachers (``yoga_teachers``): the featured one (``teacher_hero``: 90-260 px);
  three more (``teacher_card``: 40-90 px); reviews (``review_row``: 22-28 px);
- a personal trainer's chat (``trainer_checkin``): the coach (30-40 px in a ring); the coach's
  messages (``coach_text``: 20-26 px); progress photos (``progress_pair``: 50-150 px, a phone over
  the lower left of some); a form check (``form_check``: 40-110 px) where there is room;
- a league's table (``league_table``): one's 22-26 px face; the manager of the month
  (``motm_card``: 52-96 px); the big game (``head_to_head``: 34-52 px); the table's lines
  (``table_row``: 20-26 px);
- a gym's busy-now page (``gym_busy``): one's 22-26 px face; friends here now (``friends_here``:
  28-42 px); the floor (``floor_plan``: pins of 18-24 px); check-ins (``checkin_row``: 20-26 px);
- a racket club's bookings (``court_booking``): one's 22-26 px face; players looking for a game
  (``players_looking``: 30-46 px); open matches (``open_match``: 24-34 px on the courts).
Sizes are what a layout asks for: a photo's other people (``Cast.photo`` and heldout11's
``gathering`` show held-out photos' people at whatever size they come), a figure in a gathering
(0.9-1.1 of its row's size) or a stack's slightly smaller faces can differ (the table below counts
what is drawn). The club's bars, friends here now, players looking for a game and the finish-line
photos run past the right edge, their last item across it (heldout45's ``carousel``), so some faces
are cut by the edge and counted while half of their box shows (the capture's right 8 px are black
padding). Avatars are circles, squircles, rounded squares, story rings, borders, rims and rings,
with heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes (the trainer's chat and the gym's busy page mostly dark); JPEG quality
30-60. Ticks, the captain's "C", number and position tags (under the faces, or over the chins on a
quarter of a line-up's), the run's band of stats and its route, the time now's line, a mirror
selfie's phone, the progress photos' grid, the pose tracker's lines, play buttons, time and WEEK
tags, padlocks, a second instructor, a later pin and tab bars take the pixels they cover; a face
under them counts while half of its box shows; rims, rings, bars, blocks, shirts, pins, lanes and
courts are drawn before the faces they hold; bibs are drawn on the chests under the faces; grey (the
away, locked finish photos, a quarter of one's results) and the class sheet's scrim leave the faces
under them counted as they look; initials, dashed open places, "+N" discs, crests, shirts, the
lotus, flames and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes
that size; see heldout5).

At the default 4 reps: 72 screens with 1,426 faces (1,111 under 32 px, 269 of 32-63, 33 of 64-127,
13 larger; 1,277 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, blocks,
bars, pins, shirts, lanes and courts, round things where a photo's runners, a relay squad or a
portrait's person would be); ``reps=1`` a quarter (18 screens with 366 faces: 296, 63, 3 and 4 by
size, 337 under 40 px; 13 face-free). Each layout has people twice a round but the yoga studio and
the trainer's chat, once (a few faces each, the largest among them: 8 faces a screen each at 4
reps). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    class_timetable      8 screens   217 faces: 211,   6,   0,   0
    club_challenge       8 screens   239 faces: 193,  46,   0,   0
    match_day            8 screens   153 faces: 112,  41,   0,   0
    swim_meet            8 screens   130 faces: 113,   8,   9,   0
    finisher_results     8 screens   152 faces:  81,  61,   4,   6
    yoga_teachers        4 screens    32 faces:  15,   4,  10,   3
    trainer_checkin      4 screens    32 faces:  11,   7,  10,   4
    league_table         8 screens   135 faces: 112,  23,   0,   0
    gym_busy             8 screens   179 faces: 141,  38,   0,   0
    court_booking        8 screens   157 faces: 122,  35,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import itertools
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout21 as H21
import heldout23 as H23
import heldout46 as H46
import heldout48 as H48
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips, play_button, progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import crown
from heldout30 import bolt
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, composer, dashed_ring, face_or_initials

DEFAULT_SEED = 49494


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT49_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 49494."""
    return int(env.get("HELDOUT49_SEED") or DEFAULT_SEED)


HELDOUT49_SEED = seed_from(os.environ)

CLAY: Colour = (70, 110, 200)  # BGR
WATER: Colour = (205, 175, 70)
TURF: Colour = (150, 95, 35)  # a padel court's blue
MAPLE: Colour = (110, 170, 215)
SILVER: Colour = (195, 195, 200)
BRONZE: Colour = (60, 120, 190)
FLOATS: tuple[Colour, ...] = ((60, 60, 210), WHITE, (170, 90, 30), (40, 190, 240))
CLASSES: tuple[tuple[str, Colour], ...] = (
    ("HIIT", (70, 90, 230)),
    ("Spin", (40, 150, 240)),
    ("Yoga", (150, 170, 60)),
    ("Pilates", (190, 130, 170)),
    ("Boxing", (60, 60, 170)),
    ("Strength", (170, 110, 50)),
    ("Zumba", (160, 90, 220)),
    ("Aqua", (200, 160, 40)),
)
BARS: tuple[Colour, ...] = ((40, 140, 250), (200, 140, 60), (120, 180, 70), (150, 90, 200))
GYMS: tuple[str, ...] = ("Ironworks Gym", "Pulse Fitness", "Northside Leisure", "The Foundry", "Lift Club")
CLUBS: tuple[str, ...] = ("Hill Harriers", "Canal Runners", "Velo Club 9", "Parkside Joggers", "Tri Tribe")
TEAMS: tuple[str, ...] = ("U10 Hornets", "U9 Comets", "U11 Otters", "U12 Lynx", "U8 Sparks", "U13 Falcons")
RACES: tuple[str, ...] = ("Riverside 10K", "Harbour Half", "City Marathon", "Park Run 5K", "Night Run 8K")
STUDIOS: tuple[str, ...] = ("Still Point Yoga", "Lotus House", "Breathe Studio", "Salt & Stretch")
STYLES: tuple[str, ...] = ("Vinyasa", "Yin", "Hatha", "Ashtanga", "Restorative", "Kundalini", "Prenatal")
LEAGUES: tuple[str, ...] = ("Sunday League Div 2", "Office Fantasy XI", "Five-a-side Tues", "Vets League")
GALAS: tuple[str, ...] = ("County Gala", "Club Champs", "Winter Open", "Junior Sprint Meet")
COURTS: tuple[str, ...] = ("Baseline Club", "Padel Point", "Shuttle Hall", "Green Lane Tennis")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def lane_rope(img: np.ndarray, x1: int, x2: int, y: int, r: int, colours: tuple[Colour, ...]) -> None:
    """A lane rope from ``x1`` to ``x2`` along ``y``: round floats of radius ``r`` side by side, the
    first of ``colours`` in runs near both ends, the others taking turns in threes between, each
    with a light glint at its upper left."""
    step = 2 * r + 1
    n = max(1, (x2 - x1) // step)
    for k in range(n):
        end = k < n // 8 or k >= n - n // 8
        colour = colours[0] if end else colours[1 + (k // 3) % (len(colours) - 1)]
        c = (x1 + r + k * step, y)
        cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
        cv2.circle(img, (c[0] - r // 3, c[1] - r // 3), max(1, r // 3), tone(colour, 45), -1)


def kettlebell(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Kettlebells on a gym's rubber floor: the floor's dark granules and a painted line, a bell's
    round body shaded from the upper left (a competition bell's colour or bare iron), the handle's
    thick loop and horns over it, a flat band round its lower part with its kilos, its shadow; a
    smaller one behind on some."""
    floor = rng.choice(((45, 45, 48), (40, 50, 60), (62, 62, 64)))
    img = np.full((h, w, 3), floor, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 4, 22)
    if rng.random() < 0.6:
        ly = round(h * rng.uniform(0.78, 0.93))
        cv2.line(
            img,
            (0, ly),
            (w, ly + round(h * rng.uniform(-0.05, 0.05))),
            rng.choice((GOLD, WHITE)),
            max(2, h // 40),
        )
    bells = [(0.5 + rng.uniform(-0.08, 0.08), 0.62, 1.0)]
    if rng.random() < 0.45:
        bells.insert(0, (rng.choice((0.22, 0.78)), 0.42, 0.55))
    iron = rng.choice(((52, 52, 55), (38, 38, 42)))
    for fx, fy, k in bells:
        r = max(4, round(min(w, h) * 0.26 * k))
        c = (round(w * fx), round(h * fy))
        cv2.ellipse(
            img, (c[0] + r // 3, c[1] + r - r // 8), (r, max(2, r // 4)), 0, 0, 360, tone(floor, -25), -1
        )
        t = max(2, r // 4)
        hy = c[1] - r * 3 // 4
        cv2.ellipse(img, (c[0], hy), (r * 2 // 3, r * 2 // 3), 0, 180, 360, iron, t, cv2.LINE_AA)
        for d in (-1, 1):
            cv2.line(
                img, (c[0] + d * r * 2 // 3, hy), (c[0] + d * r * 3 // 5, c[1] - r // 3), iron, t, cv2.LINE_AA
            )
        body = rng.choice(((40, 200, 250), (60, 170, 60), (200, 120, 40), (60, 60, 210), iron))
        H11.ball(img, c, r, body, 0.3)
        band = (c[0] - r * 4 // 5, c[1] + r // 5, c[0] + r * 4 // 5, c[1] + r // 2)
        cv2.rectangle(img, band[:2], band[2:], tone(body, -35), -1)
        kilos = rng.choice(("8", "12", "16", "20", "24", "32"))
        note(
            img, kilos, (c[0] - r // 4, band[3] - max(1, r // 16)), max(0.25, r / 110), WHITE, max(1, r // 40)
        )
    return img


def climbing_holds(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bouldering wall: painted plywood panels with their seams and a fine grid of bolt holes, a
    big triangular volume with a shaded facet, holds as lumpy blobs in two or three routes' colours
    (a darker rim on their lower side), chalk's pale smudges on the most used and start tape under
    two."""
    wall = rng.choice(((170, 200, 215), (200, 200, 200), (90, 90, 95), (220, 225, 230), (120, 90, 60)))
    img = np.full((h, w, 3), wall, np.uint8)
    panel = max(8, min(w, h) // 2)
    for x in range(panel, w, panel):
        cv2.line(img, (x, 0), (x, h), tone(wall, -30), 1)
    for y in range(panel, h, panel):
        cv2.line(img, (0, y), (w, y), tone(wall, -30), 1)
    step = max(6, min(w, h) // 14)
    for y in range(step // 2, h, step):
        for x in range(step // 2, w, step):
            img[y, x] = tone(wall, -80)
    if rng.random() < 0.7:
        a = (rng.randrange(w), rng.randrange(h))
        b = (a[0] + rng.randrange(-w // 3, w // 3 + 1), a[1] + round(h * rng.uniform(0.2, 0.4)))
        c = (a[0] + rng.randrange(-w // 3, w // 3 + 1), a[1] + round(h * rng.uniform(0.2, 0.4)))
        vol = rng.choice(((60, 60, 60), (90, 170, 230), (180, 180, 60)))
        cv2.fillPoly(img, [np.array([a, b, c], np.int32)], vol, cv2.LINE_AA)
        cv2.fillPoly(
            img,
            [np.array([a, b, ((a[0] + b[0] + c[0]) // 3, (a[1] + b[1] + c[1]) // 3)], np.int32)],
            tone(vol, -30),
            cv2.LINE_AA,
        )
    routes = rng.sample(
        ((60, 60, 220), (60, 180, 60), (230, 130, 40), (40, 200, 240), (200, 80, 200), (30, 30, 30)), 3
    )
    size = max(3, min(w, h) // 16)
    chalk = np.zeros((h, w), np.float32)
    for k in range(rng.randrange(12, 22)):
        colour = routes[k % len(routes)]
        c = (rng.randrange(w), rng.randrange(h))
        r = round(size * rng.uniform(0.6, 1.5))
        pts = []
        for j in range(9):
            a = 2 * math.pi * j / 9 + rng.uniform(-0.2, 0.2)
            d = r * rng.uniform(0.6, 1.1)
            pts.append((c[0] + round(d * math.cos(a)), c[1] + round(d * 0.8 * math.sin(a))))
        poly = np.array(pts, np.int32)
        cv2.fillPoly(img, [poly + np.array([0, max(1, r // 5)], np.int32)], tone(colour, -50), cv2.LINE_AA)
        cv2.fillPoly(img, [poly], colour, cv2.LINE_AA)
        if rng.random() < 0.4:
            cv2.circle(chalk, c, round(r * 1.3), rng.uniform(0.25, 0.5), -1)
        if k < 2:
            cv2.rectangle(img, (c[0] - r, c[1] + r + 2), (c[0] + r, c[1] + r + max(3, r // 3)), colour, -1)
    chalk = cv2.GaussianBlur(chalk, (0, 0), max(1.0, size / 2))[:, :, None]
    return (img * (1 - chalk) + 245 * chalk).astype(np.uint8)


def pool_lanes(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A swimming pool from above: turquoise water under a network of the light's bright ripples,
    each lane's dark tiled line on the floor ending in a T, lane ropes of coloured floats between
    the lanes (``lane_rope``), the pool's edge and gutter along one end; backstroke flags strung
    across on some."""
    img = np.zeros((h, w, 3), np.uint8)
    deep = tone(WATER, rng.randrange(-40, 10))
    gradient(img, (0, 0, w, h), tone(deep, 25), deep, vertical=rng.random() < 0.5)
    ripple = H11._noise(rng, h, w, max(2.0, min(w, h) / 30))
    img[np.abs(ripple - 0.5) < 0.035] = tone(deep, 60)
    lanes = rng.randrange(3, 6)
    lh = h / lanes
    edge = max(4, w // 14)
    cv2.rectangle(img, (0, 0), (edge, h), (225, 225, 220), -1)
    cv2.line(img, (edge, 0), (edge, h), (90, 90, 90), max(1, edge // 6))
    for k in range(lanes):
        mid = round((k + 0.5) * lh)
        t = max(2, round(lh / 10))
        cv2.line(img, (edge + w // 8, mid), (w - w // 10, mid), (110, 70, 20), t)
        cv2.line(
            img, (w - w // 10, mid - round(lh / 4)), (w - w // 10, mid + round(lh / 4)), (110, 70, 20), t
        )
        if k:
            lane_rope(
                img, edge, w, round(k * lh), max(2, round(lh / 14)), rng.choice((FLOATS[:3], FLOATS[1:]))
            )
    if rng.random() < 0.4:
        fx = edge + w // 5
        cv2.line(img, (fx, 0), (fx, h), (60, 60, 60), 1)
        for y in range(0, h, max(6, h // 16)):
            tri = np.array(
                [(fx, y), (fx + max(3, w // 40), y + max(2, h // 64)), (fx, y + max(4, h // 32))], np.int32
            )
            cv2.fillPoly(img, [tri], rng.choice(((60, 60, 210), WHITE, (170, 90, 30))))
    return img


def racket_on_clay(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A tennis racket lying on a clay court: the clay's orange swept in streaks with grit, a white
    line across it, the racket's oval head (a thick frame round a grid of strings), its throat
    and grip wrapped in a colour, a yellow-green ball by it with its curved seam and a shadow."""
    clay = tone(CLAY, rng.randrange(-20, 20))
    img = np.full((h, w, 3), clay, np.uint8)
    for y in range(0, h, max(2, h // 60)):
        cv2.line(img, (0, y), (w, y + rng.randrange(-2, 3)), tone(clay, rng.randrange(-12, 12)), 1)
    speckle(img, rng, (0, 0, w, h), w * h // 5, 30)
    lx = round(w * rng.uniform(0.1, 0.9))
    cv2.line(img, (lx, 0), (lx + round(w * rng.uniform(-0.2, 0.2)), h), (235, 235, 235), max(3, w // 30))
    a = rng.uniform(-0.9, 0.9)
    c = (round(w * rng.uniform(0.35, 0.6)), round(h * rng.uniform(0.3, 0.45)))
    rx, ry = max(4, round(min(w, h) * 0.2)), max(6, round(min(w, h) * 0.28))
    deg = math.degrees(a)
    frame = rng.choice(((40, 40, 40), (180, 60, 40), WHITE, (40, 160, 230)))
    head = np.zeros((h, w), np.uint8)
    cv2.ellipse(head, c, (rx, ry), deg, 0, 360, 255, -1)
    strings = img.copy()
    step = max(3, rx // 5)
    for k in range(-2 * ry, 2 * ry, step):
        for sgn in (0, 1):
            ca, sa = math.cos(a + sgn * math.pi / 2), math.sin(a + sgn * math.pi / 2)
            p = (c[0] + k * ca, c[1] + k * sa)
            q = (-sa * 3 * ry, ca * 3 * ry)
            cv2.line(
                strings,
                (round(p[0] - q[0]), round(p[1] - q[1])),
                (round(p[0] + q[0]), round(p[1] + q[1])),
                (225, 230, 230),
                1,
                cv2.LINE_AA,
            )
    img[head > 0] = strings[head > 0]
    cv2.ellipse(img, c, (rx, ry), deg, 0, 360, frame, max(3, rx // 6), cv2.LINE_AA)
    down = (-math.sin(a), math.cos(a))
    throat = (round(c[0] + down[0] * ry), round(c[1] + down[1] * ry))
    end = (round(c[0] + down[0] * ry * 2.6), round(c[1] + down[1] * ry * 2.6))
    cv2.line(img, throat, end, frame, max(3, rx // 4), cv2.LINE_AA)
    grip = (round(c[0] + down[0] * ry * 1.9), round(c[1] + down[1] * ry * 1.9))
    cv2.line(
        img,
        grip,
        end,
        rng.choice(((230, 230, 230), (40, 40, 40), (60, 60, 200))),
        max(4, rx // 3),
        cv2.LINE_AA,
    )
    b = (round(w * rng.uniform(0.65, 0.85)), round(h * rng.uniform(0.6, 0.85)))
    r = max(3, min(w, h) // 14)
    cv2.circle(img, (b[0] + r // 3, b[1] + r // 3), r, tone(clay, -40), -1, cv2.LINE_AA)
    H11.ball(img, b, r, (60, 225, 210), 0.35)
    cv2.ellipse(img, (b[0] - r, b[1]), (r, r), 0, -60, 60, WHITE, max(1, r // 6), cv2.LINE_AA)
    return img


def finisher_medal(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A finisher's medal lying on a race bib: the bib's white paper with a coloured band and its
    number large, four safety pins at its corners; the medal's ribbon in two colours running down
    to a gold, silver or bronze disc with a raised rim and the distance stamped on it."""
    cloth = rng.choice(((70, 70, 70), (120, 80, 40), (60, 40, 90)))
    img = np.full((h, w, 3), cloth, np.uint8)
    race_bib(
        img,
        (w * 0.08, h * 0.12, w * 0.92, h * 0.7),
        str(rng.randrange(100, 9999)),
        rng.choice(((60, 60, 220), (200, 120, 40), (60, 160, 60))),
    )
    metal = rng.choice((GOLD, SILVER, BRONZE))
    c = (round(w * rng.uniform(0.4, 0.6)), round(h * 0.72))
    r = max(4, round(min(w, h) * 0.2))
    ribbon = rng.sample(((60, 60, 200), (200, 120, 40), WHITE, (60, 170, 60), (40, 200, 250)), 2)
    for k, d in enumerate((-1, 1)):
        band = np.array(
            [
                (c[0] + d * r // 3, c[1] - r),
                (c[0] + d * r * 3 // 2, -h),
                (c[0] + d * r * 3 // 2 + d * r, -h),
                (c[0] + d * r, c[1] - r // 2),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [band], ribbon[k], cv2.LINE_AA)
    cv2.circle(img, (c[0] + r // 5, c[1] + r // 5), r, tone(cloth, -30), -1, cv2.LINE_AA)
    H11.ball(img, c, r, metal, 0.25)
    cv2.circle(img, c, r * 4 // 5, tone(metal, -45), max(1, r // 10), cv2.LINE_AA)
    text = rng.choice(("10K", "5K", "21K", "42K"))
    scale = r / 55
    (tw, th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, scale, max(1, r // 25))
    cv2.putText(
        img,
        text,
        (c[0] - tw // 2, c[1] + th // 2),
        cv2.FONT_HERSHEY_DUPLEX,
        scale,
        tone(metal, -70),
        max(1, r // 25),
        cv2.LINE_AA,
    )
    return img


def yoga_mat(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A studio's wooden floor from above with a yoga mat rolled out on it: the planks' boards and
    grain, the mat's long rounded band in one colour with its fine texture and alignment lines, a
    cork block, a strap with its buckle, a folded towel."""
    wood = tone(MAPLE, rng.randrange(-40, 10))
    img = np.full((h, w, 3), wood, np.uint8)
    board = max(5, min(w, h) // 8)
    horizontal = rng.random() < 0.5
    for k in range(0, h if horizontal else w, board):
        shade = tone(wood, rng.randrange(-14, 14))
        if horizontal:
            cv2.rectangle(img, (0, k), (w, k + board - 1), shade, -1)
        else:
            cv2.rectangle(img, (k, 0), (k + board - 1, h), shade, -1)
    speckle(img, rng, (0, 0, w, h), w * h // 8, 14)
    mat = rng.choice(((150, 90, 160), (140, 150, 60), (80, 80, 200), (170, 120, 60), (60, 60, 60)))
    mw, mh = round(w * rng.uniform(0.3, 0.42)), round(h * rng.uniform(0.75, 0.92))
    x1, y1 = round(w * rng.uniform(0.08, 0.2)), (h - mh) // 2
    rounded_card(img, x1 + 4, y1 + 5, mw, mh, max(2, mw // 12), tone(wood, -35))
    rounded_card(img, x1, y1, mw, mh, max(2, mw // 12), mat)
    speckle(img, rng, (x1, y1, x1 + mw, y1 + mh), mw * mh // 3, 10)
    for f in (0.33, 0.5, 0.67):
        ly = y1 + round(mh * f)
        cv2.line(img, (x1 + mw // 8, ly), (x1 + mw - mw // 8, ly), tone(mat, 30), max(1, mw // 60))
    bx, by = x1 + mw + round(w * 0.08), round(h * rng.uniform(0.15, 0.4))
    bw, bh = max(4, round(w * 0.2)), max(3, round(h * 0.14))
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), (90, 150, 190), -1)
    speckle(img, rng, (bx, by, bx + bw, by + bh), bw * bh // 2, 25)
    strap = rng.choice(((200, 140, 60), (60, 60, 160), (220, 220, 220)))
    sy = by + bh + round(h * 0.12)
    pts = [(bx + round(k * w * 0.05), sy + round(h * 0.04 * math.sin(k))) for k in range(9)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, strap, max(2, h // 40), cv2.LINE_AA)
    cv2.rectangle(
        img,
        (pts[0][0] - 3, pts[0][1] - max(3, h // 40)),
        (pts[0][0] + 4, pts[0][1] + max(3, h // 40)),
        (180, 180, 185),
        max(1, h // 120),
    )
    ty = min(h - 4, sy + round(h * 0.14))
    towel = rng.choice((WHITE, (200, 180, 150), (170, 200, 230)))
    cv2.rectangle(img, (bx, ty), (min(w - 2, bx + bw + w // 10), min(h - 1, ty + round(h * 0.16))), towel, -1)
    return img


def dumbbell_rack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A rack of hex dumbbells against a gym's wall: two tiers of a steel rack, a row of dumbbells
    on each growing heavier, every one two six-sided heads of rubber (black, or the colour of its
    weight) on a chrome handle, the kilos in white on its right head; a mirror's pale edge above."""
    wall = rng.choice(((70, 70, 75), (150, 150, 150), (60, 50, 40)))
    img = np.full((h, w, 3), wall, np.uint8)
    cv2.rectangle(img, (0, 0), (w, h // 7), tone(wall, 60), -1)
    steel = (150, 150, 160)
    tiers = (0.42, 0.8)
    n = rng.randrange(3, 6)
    cell = w / n
    kilos = sorted(rng.sample(range(2, 40, 2), n * 2))
    black = rng.random() < 0.5
    for t, fy in enumerate(tiers):
        ty = round(h * fy)
        cv2.rectangle(img, (0, ty), (w, ty + max(3, h // 40)), steel, -1)
        cv2.rectangle(img, (0, ty + max(3, h // 40)), (w, ty + max(6, h // 16)), tone(wall, -25), -1)
        for k in range(n):
            cx = round((k + 0.5) * cell)
            r = max(3, round(min(cell * 0.24, h * 0.17) * (0.75 + 0.25 * (t * n + k) / (2 * n))))
            cy = ty - r
            rubber = (35, 35, 38) if black else BARS[(t * n + k) % len(BARS)]
            cv2.line(
                img,
                (cx - round(cell * 0.28), cy),
                (cx + round(cell * 0.28), cy),
                (210, 210, 215),
                max(2, r // 3),
            )
            for d in (-1, 1):
                hx = cx + d * round(cell * 0.28)
                hexa = [
                    (
                        hx + round(r * 0.55 * math.cos(math.pi / 3 * j)),
                        cy + round(r * math.sin(math.pi / 3 * j)),
                    )
                    for j in range(6)
                ]
                cv2.fillPoly(img, [np.array(hexa, np.int32)], rubber, cv2.LINE_AA)
            if r >= 8:
                note(
                    img, str(kilos[t * n + k]), (cx + round(cell * 0.28) - r // 3, cy + r // 4), r / 50, WHITE
                )
    return img


def basketball_hoop(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An outdoor basketball hoop against the sky: a blue sky lightening down to tree tops, a few
    soft clouds, the pole and its arm, the backboard's white panel with its red square, the orange
    rim seen a little from below and the net's criss-cross strings narrowing under it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (225, 170, 90), (245, 225, 200))
    for _ in range(rng.randrange(1, 4)):
        c = (rng.randrange(w), rng.randrange(max(1, h // 2)))
        for j in range(4):
            cv2.circle(
                img,
                (c[0] + j * w // 16, c[1] + (j % 2) * h // 40),
                max(3, min(w, h) // 12),
                (245, 245, 248),
                -1,
            )
    trees = round(h * rng.uniform(0.82, 0.92))
    for x in range(0, w + 10, max(4, w // 10)):
        cv2.circle(
            img, (x, trees + rng.randrange(-h // 30 - 1, h // 30 + 1)), max(4, w // 9), (50, 110, 60), -1
        )
    cv2.rectangle(img, (0, trees), (w, h), (50, 110, 60), -1)
    px = round(w * rng.uniform(0.75, 0.88))
    cv2.rectangle(img, (px, round(h * 0.3)), (px + max(3, w // 30), h), (90, 90, 95), -1)
    bw, bh = round(w * 0.5), round(h * 0.28)
    bx, by = round(w * 0.22), round(h * 0.14)
    cv2.line(img, (px, by + bh // 2), (bx + bw, by + bh // 2), (90, 90, 95), max(3, w // 40))
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), (248, 248, 248), -1)
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), (60, 60, 60), max(1, w // 120))
    sq = (bx + bw // 2 - bw // 6, by + bh // 3, bx + bw // 2 + bw // 6, by + bh - bh // 8)
    cv2.rectangle(img, sq[:2], sq[2:], (50, 50, 210), max(2, w // 90))
    rc = (bx + bw // 2, by + bh - bh // 10)
    rx, ry = max(4, bw // 5), max(2, bh // 10)
    net = (rc[1] + ry, rc[1] + ry + round(h * 0.18))
    for k in range(-4, 5):
        top = rc[0] + k * rx // 4
        cv2.line(img, (top, rc[1]), (rc[0] + k * rx // 7 + rx // 7, net[1]), (240, 240, 240), 1, cv2.LINE_AA)
        cv2.line(img, (top, rc[1]), (rc[0] + k * rx // 7 - rx // 7, net[1]), (240, 240, 240), 1, cv2.LINE_AA)
    cv2.ellipse(img, rc, (rx, ry), 0, 0, 360, (30, 100, 240), max(2, w // 80), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    kettlebell,
    climbing_holds,
    pool_lanes,
    racket_on_clay,
    finisher_medal,
    yoga_mat,
    dumbbell_rack,
    basketball_hoop,
)
GYM_KIT: tuple[H11.Render, ...] = (kettlebell, dumbbell_rack, climbing_holds)  # a gym's floor
STUDIO_KIT: tuple[H11.Render, ...] = (yoga_mat,)
RACE_DAY: tuple[H11.Render, ...] = (finisher_medal, pool_lanes)  # a challenge's or a gala's picture


@dataclass
class Cast(H48.Cast):
    """heldout48's cast (heldout47's, heldout46's, heldout45's, heldout43's, heldout41's,
    heldout40's, heldout26's and heldout11's: a scene of people or a thing; half of a face's box
    showing counts it), its screens marked h49-, whose drawn things are this set's: a kettlebell,
    a bouldering wall's holds, a pool's lanes, a racket on clay, a finisher's medal, a yoga mat, a
    dumbbell rack, a basketball hoop."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h49-" + super().kind(layout).removeprefix("h48-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and plans (never faces).
# ----------------------------------------------------------------------------------------------


def race_bib(img: np.ndarray, rect: tuple[float, float, float, float], number: str, colour: Colour) -> None:
    """A race bib in ``rect`` on ``img`` (a runner's chest, a table): white paper with a band of
    ``colour`` along its top, the number large in black, a safety pin at each corner (it takes the
    pixels it covers)."""
    x1, y1, x2, y2 = (round(v) for v in rect)
    w, h = x2 - x1, y2 - y1
    if w < 8 or h < 6:
        return
    cv2.rectangle(img, (x1, y1), (x2, y2), (245, 245, 245), -1)
    cv2.rectangle(img, (x1, y1), (x2, y1 + max(2, h // 5)), colour, -1)
    scale = min(h / 45, w / (24 * len(number) + 8))
    (tw, th), _ = cv2.getTextSize(number, cv2.FONT_HERSHEY_DUPLEX, scale, max(1, h // 24))
    cv2.putText(
        img,
        number,
        (x1 + (w - tw) // 2, y1 + h // 5 + (h - h // 5 + th) // 2),
        cv2.FONT_HERSHEY_DUPLEX,
        scale,
        INK,
        max(1, h // 24),
        cv2.LINE_AA,
    )
    for px, py in (
        (x1 + w // 10, y1 + h // 8),
        (x2 - w // 10, y1 + h // 8),
        (x1 + w // 10, y2 - h // 8),
        (x2 - w // 10, y2 - h // 8),
    ):
        cv2.ellipse(
            img, (px, py), (max(2, w // 16), max(1, w // 50)), 0, 0, 360, (150, 150, 155), 1, cv2.LINE_AA
        )


def court_plan(img: np.ndarray, rect: tuple[int, int, int, int], sport: str) -> None:
    """A court seen from above filling ``rect`` (it takes the pixels it covers), its length along
    the rectangle's longer side: padel (blue turf, the glass walls' dark rim, service lines),
    tennis (clay, doubles alleys, service boxes), badminton (green, short and long service lines),
    netball (thirds, the centre circle, the goal semicircles) or basketball (maple, the keys, the
    three-point arcs, the centre circle); the net across the middle of the three with one."""
    x1, y1, x2, y2 = rect
    across = x2 - x1 >= y2 - y1
    ln, sh = (x2 - x1, y2 - y1) if across else (y2 - y1, x2 - x1)
    surface = {
        "padel": TURF,
        "tennis": CLAY,
        "badminton": (80, 140, 70),
        "netball": (140, 130, 60),
        "basketball": MAPLE,
    }[sport]
    plan = np.full((sh, ln, 3), surface, np.uint8)
    line, t = (240, 240, 240), max(2, sh // 90)
    m = max(4, sh // 14)
    cv2.rectangle(plan, (m, m), (ln - m, sh - m), line, t)
    if sport == "padel":
        cv2.rectangle(plan, (0, 0), (ln - 1, sh - 1), (70, 60, 50), max(3, m // 2))
        for f in (0.3, 0.7):
            cv2.line(plan, (round(ln * f), m), (round(ln * f), sh - m), line, t)
        cv2.line(plan, (round(ln * 0.3), sh // 2), (round(ln * 0.7), sh // 2), line, t)
    elif sport == "tennis":
        for f in (0.12, 0.88):
            cv2.line(plan, (m, round(sh * f)), (ln - m, round(sh * f)), line, t)
        for f in (0.27, 0.73):
            cv2.line(plan, (round(ln * f), round(sh * 0.12)), (round(ln * f), round(sh * 0.88)), line, t)
        cv2.line(plan, (round(ln * 0.27), sh // 2), (round(ln * 0.73), sh // 2), line, t)
    elif sport == "badminton":
        for f in (0.42, 0.58, 0.07, 0.93):
            cv2.line(plan, (round(ln * f), m), (round(ln * f), sh - m), line, t)
        cv2.line(plan, (m, sh // 2), (round(ln * 0.42), sh // 2), line, t)
        cv2.line(plan, (round(ln * 0.58), sh // 2), (ln - m, sh // 2), line, t)
    elif sport == "netball":
        for f in (1 / 3, 2 / 3):
            cv2.line(plan, (round(ln * f), m), (round(ln * f), sh - m), line, t)
        cv2.circle(plan, (ln // 2, sh // 2), max(4, sh // 12), line, t, cv2.LINE_AA)
        for cx, a in ((m, 270), (ln - m, 90)):
            cv2.ellipse(
                plan, (cx, sh // 2), (round(sh * 0.3), round(sh * 0.3)), a, 0, 180, line, t, cv2.LINE_AA
            )
    else:
        cv2.line(plan, (ln // 2, m), (ln // 2, sh - m), line, t)
        cv2.circle(plan, (ln // 2, sh // 2), max(4, sh // 8), line, t, cv2.LINE_AA)
        for cx, d in ((m, 1), (ln - m, -1)):
            key = (cx, round(sh * 0.34), cx + d * round(ln * 0.19), round(sh * 0.66))
            cv2.rectangle(plan, key[:2], key[2:], tone(surface, -40), -1)
            cv2.rectangle(plan, key[:2], key[2:], line, t)
            cv2.ellipse(
                plan,
                (cx, sh // 2),
                (round(ln * 0.27), round(sh * 0.44)),
                0,
                -90 * d,
                90 * d,
                line,
                t,
                cv2.LINE_AA,
            )
    if sport in ("padel", "tennis", "badminton"):
        cv2.line(plan, (ln // 2, 0), (ln // 2, sh), (40, 40, 40), max(3, t + 1))
    if not across:
        plan = np.ascontiguousarray(np.rot90(plan))
    img[y1:y2, x1:x2] = plan[: y2 - y1, : x2 - x1]


def lotus(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A yoga studio's lotus mark: five pointed petals fanning up from ``c``'s foot, about 2 r wide."""
    for k, a in enumerate((-70, -35, 0, 35, 70)):
        length = r if k == 2 else r * 4 // 5
        cv2.ellipse(
            img,
            (
                c[0] + round(length / 2 * math.sin(math.radians(a))),
                c[1] + r // 2 - round(length / 2 * math.cos(math.radians(a))),
            ),
            (max(2, r // 5), max(3, length // 2)),
            a,
            0,
            360,
            colour,
            -1,
            cv2.LINE_AA,
        )


def form_dots(img: np.ndarray, rng: random.Random, x: int, y: int, r: int) -> None:
    """A team's last five results from (x, y), dots of radius ``r``: a win green, a draw grey, a
    loss red."""
    for k in range(5):
        cv2.circle(
            img, (x + r + k * (2 * r + 8), y), r, rng.choice((GREEN, GREEN, GREY, RED)), -1, cv2.LINE_AA
        )


def trend(img: np.ndarray, c: tuple[int, int], d: int, r: int = 7) -> None:
    """A move up (``d`` > 0, a green triangle), down (red) or none (a grey dash) on ``c``."""
    if d == 0:
        cv2.line(img, (c[0] - r, c[1]), (c[0] + r, c[1]), GREY, 3)
        return
    s = -1 if d > 0 else 1
    tri = np.array(
        [(c[0] - r, c[1] - s * r // 2), (c[0] + r, c[1] - s * r // 2), (c[0], c[1] + s * r)], np.int32
    )
    cv2.fillPoly(img, [tri], GREEN if d > 0 else RED, cv2.LINE_AA)


def flame(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A streak's flame: an orange drop pointing up with a yellow core."""
    for k, colour in ((1.0, (40, 120, 250)), (0.55, (60, 220, 250))):
        rr = max(2, round(r * k))
        cv2.circle(img, (c[0], c[1] + rr // 3), rr * 2 // 3, colour, -1, cv2.LINE_AA)
        tip = np.array(
            [(c[0] - rr * 2 // 3, c[1] + rr // 3), (c[0], c[1] - rr), (c[0] + rr * 2 // 3, c[1] + rr // 3)],
            np.int32,
        )
        cv2.fillPoly(img, [tip], colour, cv2.LINE_AA)


def arch(h: int, w: int) -> np.ndarray:
    """255 inside an h x w frame whose top is a half circle (a studio's arched portrait)."""
    m = np.zeros((h, w), np.uint8)
    cv2.circle(m, (w // 2, w // 2), w // 2, 255, -1, cv2.LINE_AA)
    cv2.rectangle(m, (0, w // 2), (w - 1, h - 1), 255, -1)
    return m


def new_boxes(s: Screen, since: int) -> list[BoxF]:
    """The face boxes pasted on ``s`` since it held ``since`` of them (where a photo's faces landed)."""
    return list(s.comp.faces[since:])


def mixed(colour: Colour, back: Colour, share: float) -> Colour:
    """``colour`` mixed into ``back`` at ``share`` (a block's wash of its kind's colour)."""
    return tuple(round(c * share + b * (1 - share)) for c, b in zip(colour, back, strict=True))  # type: ignore[return-value]


# ----------------------------------------------------------------------------------------------
# Small parts: a timetable, bars, photos, courts, lanes, cards and rows, people in them or things.
# ----------------------------------------------------------------------------------------------

HOURS = (6, 21)  # a timetable's first and last hour
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def class_block(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    rect: tuple[int, int, int, int],
    kind: tuple[str, Colour],
    start: str,
) -> None:
    """A class on a gym's timetable in ``rect``: a block washed with its kind's colour and a stripe
    of it at the left, the name and start time; the instructor's round 18-24 px face in a white rim
    at its top right (on 15 % two instructors, the second over the first's left side; initials on
    some); on 20 % full (hatched, "FULL" for the time), on 15 % booked (a tick over the face's
    lower right corner: it takes the pixels it covers)."""
    x1, y1, x2, y2 = rect
    img = s.img
    label, colour = kind
    wash = mixed(colour, s.bg, 0.3)
    rounded_card(img, x1, y1, x2 - x1, y2 - y1, 8, wash)
    pick = rng.random()
    if pick < 0.2:
        view = img[y1:y2, x1:x2]
        for k in range(-(y2 - y1), x2 - x1, 14):
            cv2.line(view, (k, y2 - y1), (k + y2 - y1, 0), tone(wash, -16 if sum(wash) > 384 else 16), 2)
    cv2.rectangle(img, (x1, y1 + 4), (x1 + 5, y2 - 4), colour, -1)
    note(img, label, (x1 + 14, y1 + 24), 0.46, s.fg, 1)
    note(img, "FULL" if pick < 0.2 else start, (x1 + 14, y1 + 48), 0.4, RED if pick < 0.2 else GREY, 1)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.08, 1.16))
    ax, ay = x2 - side - 8, y1 + 7
    for j in range(2 if rng.random() < 0.15 else 1):
        bx = ax - j * (side * 2 // 3)
        cv2.circle(img, (bx + side // 2, ay + side // 2), side // 2 + 2, WHITE, -1, cv2.LINE_AA)
        if rng.random() < 0.1:
            H3.initials(img, rng, bx, ay, side, "circle", None)
        else:
            cast.avatar(s, bx, ay, fp, side, "circle")
    if 0.2 <= pick < 0.35:
        badge(img, (ax + side - 3, ay + side - 3), 8, GREEN, "check", WHITE)


def week_grid(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A gym's classes for five days from ``y`` down to ``foot``: the days' heads (today's in a pill
    of the accent), the hours from 6:00 to 21:00 down the left edge with faint rules, each day's
    classes (``class_block``: 45-90 minutes, 18-24 px faces) at their times with gaps between, the
    time now as a red line across. Returns the y where the hours end."""
    img = s.img
    first, date = rng.randrange(7), rng.randrange(1, 24)
    cw = (WIDTH - 20 - 96) // 5
    today = rng.randrange(5)
    for k in range(5):
        x = 96 + k * cw
        if k == today:
            pill(img, x + 10, y, cw - 20, 64, s.accent)
        ink = WHITE if k == today else s.fg
        note(img, DAYS[(first + k) % 7], (x + cw // 2 - 22, y + 26), 0.5, WHITE if k == today else GREY)
        note(img, str(date + k), (x + cw // 2 - 14, y + 54), 0.6, ink, 2)
    top = y + 84
    hour = (foot - top) / (HOURS[1] - HOURS[0])
    for k in range(HOURS[1] - HOURS[0] + 1):
        t = round(top + k * hour)
        note(img, f"{HOURS[0] + k:02d}:00", (22, t + 6), 0.42, GREY)
        cv2.line(img, (96, t), (WIDTH - 20, t), off(s.bg, 12), 1)
    for k in range(5):
        x = 96 + k * cw
        t = top + rng.choice((0, 0.5, 1)) * hour
        while True:
            minutes = rng.choice((45, 45, 60, 60, 90))
            bh = minutes / 60 * hour
            if t + bh > foot:
                break
            at = HOURS[0] * 60 + round((t - top) / hour * 60)
            class_block(
                cast,
                rng,
                s,
                (x + 4, round(t) + 2, x + cw - 4, round(t + bh) - 2),
                rng.choice(CLASSES),
                f"{at // 60:02d}:{at % 60:02d}",
            )
            t += bh + rng.choice((0.5, 1, 1, 1.5, 2)) * hour
    now = top + rng.randrange(round(foot - top))
    cv2.line(img, (96, now), (WIDTH - 20, now), RED, 2)
    cv2.circle(img, (96, now), 7, RED, -1, cv2.LINE_AA)
    return foot


def class_sheet(cast: Cast, rng: random.Random, s: Screen, y: int) -> None:
    """A class's sheet slid up from ``y`` to the navigation bar over the timetable, a scrim over the
    rest (the faces under it dimmed, counted as they look): its handle, the class and its time,
    the instructor's round 44-72 px face in a ring of the class's colour with their name and the
    studio, how many are booked as a bar, who is going (a stack of 18-22 px, "+N"), the book
    button; the navigation bar."""
    img = s.img
    H5.scrim(s, (0, STATUS_H, W, y), rng.uniform(0.25, 0.4))
    rounded_card(img, 0, y, W, H - y + 60, 36, s.bg)
    cv2.line(img, (W // 2 - 50, y + 22), (W // 2 + 50, y + 22), GREY, 6)
    label, colour = rng.choice(CLASSES)
    heading(s, 30, y + 84, label, 0.95)
    minutes = rng.choice((30, 45, 60))
    note(
        img,
        f"{rng.choice(DAYS)} {rng.randrange(6, 21)}:{rng.choice(('00', '15', '30'))} - {minutes} min",
        (30, y + 124),
        0.55,
        GREY,
    )
    fp, side = _size(rng, 44, small(rng, 44.5, 72), (1.1, 1.2))
    ring_avatar(cast, s, 36, y + 156, fp, side, colour)
    x = 76 + side
    note(img, f"with {who(rng)}", (x, y + 150 + side // 2), 0.62, s.fg, 2)
    note(
        img,
        f"Studio {rng.choice('ABC')} - {rng.choice(('all levels', 'beginners', 'advanced'))}",
        (x, y + 186 + side // 2),
        0.5,
        GREY,
    )
    t = y + 196 + side
    n = rng.randrange(10, 31)
    booked = rng.randrange(n // 2, n + 1)
    note(img, f"{booked} of {n} booked", (30, t), 0.55, s.fg)
    progress(img, 30, t + 16, WIDTH - 60, booked / n, colour, off(s.bg, 24), 10)
    end = stack(cast, s, rng, 30, t + 48, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(2, 30))
    note(img, "are going", (end + 10, t + 78), 0.5, GREY)
    pill(img, 30, H - NAV_H - 108, WIDTH - 60, 76, s.accent)
    note(img, "Book class", (WIDTH // 2 - 76, H - NAV_H - 58), 0.75, WHITE, 2)
    H5.nav_bar(s)


def challenge_card(s: Screen, rng: random.Random, y: int) -> int:
    """A club's challenge: a card with a drawn picture (a finisher's medal, a pool's lanes), the
    challenge's name, the club's way to its goal as a bar, the days left and one's own share.
    Returns its height with the gap under it (210 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 190, 22, card)
    blit(img, H11.render(rng, 180, 150, RACE_DAY), 40, y + 20, rounded_rect(150, 180, 14))
    note(
        img,
        f"{rng.choice(('May', 'June', 'Winter', 'Spring'))} {rng.choice((100, 250, 500))} km",
        (250, y + 52),
        0.7,
        s.fg,
        2,
    )
    share = rng.uniform(0.2, 0.95)
    progress(img, 250, y + 78, WIDTH - 310, share, s.accent, off(card, 24), 14)
    note(
        img,
        f"{round(share * 100)} % of the club's goal - {rng.randrange(2, 25)} days left",
        (250, y + 132),
        0.5,
        GREY,
    )
    note(img, f"You: {rng.randrange(5, 120)} km", (250, y + 168), 0.55, s.accent, 2)
    return 210


def distance_bars(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A club's week as bars of its members' distances from ``y``: bars standing on one line,
    tallest first, each topped by its member's round 22-30 px face in a rim of the bar's colour
    with the kilometres over it, a crown over the leader's, one's own bar in the accent; the bars
    run past the right edge, the last across it (heldout45's ``carousel``). Returns its height with
    the gap under it (420 px)."""
    img = s.img
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    xs = carousel(rng, side + rng.randrange(50, 80), side)
    base = y + 396
    km = sorted((rng.uniform(6, 90) for _ in xs), reverse=True)
    mine = rng.randrange(len(xs))
    colour = rng.choice(BARS)
    for k, (x, d) in enumerate(zip(xs, km, strict=True)):
        bar = s.accent if k == mine else colour
        bh = round(250 * d / km[0]) + 10
        bx = x + side // 2
        cv2.rectangle(img, (bx - 14, base - bh), (bx + 14, base), bar, -1)
        fy = base - bh - side - 6
        cv2.circle(img, (bx, fy + side // 2), side // 2 + 3, bar, -1, cv2.LINE_AA)
        cast.avatar(s, x, fy, fp * rng.uniform(0.95, 1.0), side, "circle")
        note(img, f"{d:.0f}", (bx - 14, fy - 10), 0.5, s.fg, 2)
        if k == 0:
            crown(img, (bx, fy - 48), 13, GOLD)
    cv2.line(img, (20, base), (WIDTH, base), off(s.bg, 30), 2)
    return 420


def route_line(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> None:
    """A run's route drawn as a white line wandering round a loop inside ``rect``, a green dot where
    it started and a red one where it ended (it takes the pixels it covers)."""
    x1, y1, x2, y2 = rect
    c, rx, ry = ((x1 + x2) / 2, (y1 + y2) / 2), (x2 - x1) / 2, (y2 - y1) / 2
    n = 24
    wob = [rng.uniform(0.6, 1.0) for _ in range(n)]
    pts = [
        (
            round(c[0] + rx * wob[k] * math.cos(2 * math.pi * k / n)),
            round(c[1] + ry * wob[k] * math.sin(2 * math.pi * k / n)),
        )
        for k in range(n - 2)
    ]
    cv2.polylines(img, [np.array(pts, np.int32)], False, WHITE, 5, cv2.LINE_AA)
    cv2.circle(img, pts[0], 8, GREEN, -1, cv2.LINE_AA)
    cv2.circle(img, pts[-1], 8, RED, -1, cv2.LINE_AA)


RUNS: tuple[str, ...] = ("Saturday long run", "Hill reps", "Club 10K", "Sunday social ride", "Track night")


def run_share(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member's post of the group run: their 22-28 px face (initials on some), the run and when;
    its photo across the screen (heldout11's ``gathering``: one or two rows of runners standing,
    front faces 26-48 px, the row behind at 0.5-0.65 of them, the smaller drawn and not counted)
    with the run's distance, time and pace on an opaque band over its foot and its route over the
    top right corner, the corners rounded; the kudos (a stack of 18-22 px, "+N"). Returns its
    height."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y), (22, 28), "circle", 0.12)
    note(img, f"{who(rng)} - {rng.choice(RUNS)}", (50 + sd, y + 26), 0.58, s.fg, 2)
    note(
        img,
        f"{rng.choice(('Sat', 'Sun', 'Wed'))} {rng.randrange(6, 9)}:{rng.choice(('00', '30'))}",
        (50 + sd, y + 56),
        0.48,
        GREY,
    )
    t = y + max(sd, 60) + 16
    w, h = WIDTH - 40, rng.randrange(400, 480)
    hi = rng.uniform(26, 48)
    rows = 2 if rng.random() < 0.6 else 1
    per_row = 0 if rng.random() < 0.5 else rng.randrange(4, 9)
    piece, faces = H11.gathering(
        cast, w, h, hi * rng.uniform(0.5, 0.65), hi, rows, per_row, (1.8, 2.6), rng.uniform(0.17, 0.26)
    )
    H11.paste_photo(cast, s, piece, faces, 20, t)
    cv2.rectangle(img, (20, t + h - 76), (WIDTH - 20, t + h), (35, 35, 35), -1)
    km = rng.uniform(5, 32)
    for k, (value, unit) in enumerate(
        (
            (f"{km:.1f}", "km"),
            (f"{round(km * 5.3)}:{rng.randrange(60):02d}", "time"),
            (f"5:{rng.randrange(60):02d}", "/km"),
        )
    ):
        note(img, value, (50 + k * 330, t + h - 32), 0.85, WHITE, 2)
        note(img, unit, (50 + k * 330, t + h - 8), 0.4, (190, 190, 190))
    route_line(img, rng, (WIDTH - 290, t + 28, WIDTH - 50, t + 168))
    rounded_corners(s, (20, t, WIDTH - 20, t + h), 24)
    t += h + 16
    end = stack(cast, s, rng, 30, t, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(3, 40))
    note(img, "kudos", (end + 10, t + 30), 0.5, GREY)
    return t + 60 - y


def person_row(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, shape: str, detail: str) -> int:
    """The left of a person's row from (x, y): their 20-26 px face in an avatar of ``shape`` (initials
    on some: heldout45's ``face_or_initials``) 18 px down, their name beside it and ``detail`` in grey
    under the name. Returns the x where the name starts."""
    sd = face_or_initials(cast, rng, s, (x, y + 18), (20, 26), shape, 0.12)
    x += sd + 20
    note(s.img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.58, s.fg, 2)
    note(s.img, detail, (x, y + 74), 0.48, GREY)
    return x


def rank_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """A member's line in the club's ranking: the place, a move's arrow, the round 20-26 px face (a
    light border on a third, initials on some), the name, distance and pace (``person_row``), the
    runs' count at the right. Returns its height (92 px)."""
    img = s.img
    note(img, str(place), (30, y + 54), 0.6, s.fg, 2)
    trend(img, (86, y + 46), rng.choice((-1, 0, 1)))
    pace = f"{rng.uniform(5, 90):.1f} km - {rng.randrange(4, 7)}:{rng.randrange(60):02d} /km"
    person_row(cast, rng, s, 110, y, rng.choice(("circle", "circle", "border")), pace)
    note(img, f"{rng.randrange(1, 9)} runs", (WIDTH - 150, y + 54), 0.5, GREY)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def fixture_card(s: Screen, rng: random.Random, y: int, team: str) -> int:
    """Match day's fixture: a card with both teams' crests (heldout21's) and names either side of
    "vs", the kick-off and the ground. Returns its height with the gap under it (190 px). No
    faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 170, 22, card)
    other = rng.choice([t for t in TEAMS if t != team])
    for k, (name, cx) in enumerate(((team, 150), (other, WIDTH - 150))):
        H21.crest(img, (cx, y + 62), 28, s.accent if k == 0 else rng.choice(BARS))
        (tw, _), _ = cv2.getTextSize(name, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 2)
        note(img, name, (cx - tw // 2, y + 140), 0.55, s.fg, 2)
    note(img, "vs", (WIDTH // 2 - 18, y + 72), 0.9, GREY, 2)
    note(
        img, f"Sat {rng.randrange(8, 12)}:{rng.choice(('00', '30'))}", (WIDTH // 2 - 56, y + 112), 0.55, s.fg
    )
    note(img, f"Pitch {rng.randrange(1, 9)}", (WIDTH // 2 - 44, y + 146), 0.48, GREY)
    return 190


# where each side's players stand on a plan (across the short side, along the long one) and the
# tags they wear
LINEUPS: dict[str, tuple[tuple[tuple[float, float], ...], tuple[str, ...]]] = {
    "football": (
        ((0.5, 0.92), (0.28, 0.72), (0.72, 0.72), (0.2, 0.48), (0.5, 0.52), (0.8, 0.48), (0.5, 0.24)),
        (),
    ),
    "netball": (
        ((0.5, 0.9), (0.3, 0.74), (0.75, 0.6), (0.5, 0.5), (0.25, 0.4), (0.7, 0.26), (0.5, 0.1)),
        ("GK", "GD", "WD", "C", "WA", "GA", "GS"),
    ),
    "basketball": (
        ((0.5, 0.78), (0.2, 0.6), (0.8, 0.6), (0.3, 0.3), (0.7, 0.3)),
        ("PG", "SG", "SF", "PF", "C"),
    ),
}


def lineup_plan(cast: Cast, rng: random.Random, s: Screen, y: int, bib: Colour) -> int:
    """A kids' team's line-up on a plan across the screen (640 px high): a seven-a-side pitch
    (heldout21's ``pitch``, its goals at the top and the foot), a netball court in thirds or a
    basketball court lying across (``court_plan``); the players at their places, each a round 28-44
    px face in a rim of the team's ``bib`` colour with a tag under it (the shirt's number or the
    position's letters), on a quarter laid over the chin (it takes the pixels it covers); the
    captain's "C" over one face's upper right corner. Returns its height with the gap under it (660
    px)."""
    img = s.img
    sport = rng.choice(("football", "football", "netball", "basketball"))
    x, w, h = 30, WIDTH - 60, 640
    if sport == "football":
        H21.pitch(img, rng, x, y, w, h)
    else:
        court_plan(img, (x, y, x + w, y + h), sport)
    spots, labels = LINEUPS[sport]
    numbers = [str(n) for n in rng.sample(range(1, 24), len(spots))]
    fp, side = _size(rng, 28, 44, (1.1, 1.2))
    captain = rng.randrange(len(spots))
    for k, (across, along) in enumerate(spots):
        fx, fy = (across, along) if sport == "football" else (along, across)
        cx, cy = x + round(w * fx), y + round(h * fy)
        px, py = cx - side // 2, cy - side // 2 - 10
        cv2.circle(img, (cx, py + side // 2), side // 2 + 5, bib, -1, cv2.LINE_AA)
        cast.avatar(s, px, py, fp * rng.uniform(0.95, 1.0), side, "circle")
        label = labels[k] if labels else numbers[k]
        low = rng.random() < 0.25
        tag(img, cx - 10 - 8 * len(label), py + (side * 7 // 10 if low else side + 6), label, bib, 28)
        if k == captain:
            badge(img, (px + side - 4, py + 4), 10, GOLD, "C", WHITE)
    return h + 20


def shirt(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, number: str) -> None:
    """A football shirt's glyph about 2 r wide on ``c``: the body and sleeves in ``colour``, the
    collar's notch, the number on its chest in white."""
    outline = ((-0.55, -0.8), (-1.0, -0.45), (-0.8, -0.1), (-0.55, -0.25), (-0.55, 0.9), (0.55, 0.9),
               (0.55, -0.25), (0.8, -0.1), (1.0, -0.45), (0.55, -0.8), (0.2, -0.8), (0.0, -0.55),
               (-0.2, -0.8))  # fmt: skip
    pts = np.array([(c[0] + round(r * a), c[1] + round(r * b)) for a, b in outline], np.int32)
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)
    ink = WHITE if sum(colour) < 500 else INK
    note(img, number, (c[0] - 9 * len(number), c[1] + r // 3), r / 45, ink, 2)


def squad_shirts(cast: Cast, rng: random.Random, s: Screen, y: int, bib: Colour) -> int:
    """The rest of the squad on match day: "Squad" and six to eight shirts of the team's ``bib``
    colour in a row with their numbers, each with its player's round 22-30 px face over the collar
    in a rim of the page and the minutes they are due to play under it; on a quarter away this week,
    the face drawn again in grey (heldout46's ``greyed_disc``: it keeps counting, grey) and "away"
    under it. Returns its height (210 px)."""
    img = s.img
    note(img, "Squad", (30, y + 30), 0.6, s.fg, 2)
    n = rng.randrange(6, 9)
    step = (WIDTH - 60) // n
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    for k in range(n):
        cx = 30 + step * k + step // 2
        shirt(img, (cx, y + 128), 40, bib, str(rng.randrange(1, 24)))
        ax, ay = cx - side // 2, y + 92 - side
        cv2.circle(img, (cx, ay + side // 2), side // 2 + 3, s.bg, -1, cv2.LINE_AA)
        cast.avatar(s, ax, ay, fp * rng.uniform(0.95, 1.0), side, "circle")
        away = rng.random() < 0.25
        if away:
            H46.greyed_disc(s, ax, ay, side)
        note(img, "away" if away else f"{rng.choice((10, 15, 20, 25))}'", (cx - 20, y + 196), 0.45, GREY)
    return 210


JOBS: tuple[str, ...] = (
    "Half-time oranges",
    "Lift to the ground",
    "Kit wash",
    "Linesman's flag",
    "Snacks",
    "Photos",
)


WHEN: tuple[str, ...] = ("before kick-off", "at half-time", "after the game", "this week")


def duty_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A parent's job for match day: the job's letter on a disc, the job and when; at the right
    the parent who took it (a round 20-26 px face, initials on some) with a tick, or on 30 % an
    open place (a dashed ring) and "Volunteer". Returns its height (96 px)."""
    img = s.img
    job = rng.choice(JOBS)
    cv2.circle(img, (54, y + 46), 24, off(s.bg, 30), -1, cv2.LINE_AA)
    note(img, job[0], (44, y + 56), 0.7, s.accent, 2)
    note(img, job, (100, y + 42), 0.58, s.fg, 2)
    note(img, rng.choice(WHEN), (100, y + 74), 0.48, GREY)
    if rng.random() < 0.3:
        dashed_ring(img, (WIDTH - 260, y + 46), 16, GREY)
        outlined(img, WIDTH - 220, y + 22, 180, 48, s.accent, s.bg)
        note(img, "Volunteer", (WIDTH - 196, y + 54), 0.5, s.accent, 2)
    else:
        sd = face_or_initials(cast, rng, s, (WIDTH - 280, y + 20), (20, 26), "circle", 0.12)
        note(img, who(rng), (WIDTH - 270 + sd, y + 54), 0.5, s.fg)
        badge(img, (WIDTH - 60, y + 46), 14, GREEN, "check")
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def heat_lanes(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A gala's heat on the pool from above, the lanes across the screen: water with each lane's
    dark line and T on the floor, lane ropes between the lanes (``lane_rope``), a starting block
    with its number at the left of each; in each lane its swimmer's round 20-28 px face in a rim of
    the lane's colour by the block, the name on a pill and the entry time at the right; an empty
    lane on some. Returns its height with the gap under it."""
    img = s.img
    n = rng.choice((6, 8, 8))
    lh = 80 if n == 8 else 100
    x1, x2 = 20, WIDTH - 20
    h = n * lh + 24
    gradient(img, (x1, y, x2, y + h), tone(WATER, 20), tone(WATER, -30), vertical=False)
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
    for k in range(n):
        mid = y + 12 + k * lh + lh // 2
        cv2.line(img, (x1 + 170, mid), (x2 - 60, mid), (110, 70, 20), 6)
        cv2.line(img, (x2 - 60, mid - 18), (x2 - 60, mid + 18), (110, 70, 20), 6)
        if k:
            lane_rope(img, x1 + 60, x2, y + 12 + k * lh, 6, rng.choice((FLOATS[:3], FLOATS[1:])))
        cv2.rectangle(img, (x1, mid - 22), (x1 + 48, mid + 22), (225, 225, 225), -1)
        note(img, str(k + 1), (x1 + 14, mid + 10), 0.7, INK, 2)
        if rng.random() < 0.1:
            continue
        ax = x1 + 66
        cv2.circle(img, (ax + side // 2, mid), side // 2 + 4, rng.choice(FLOATS), -1, cv2.LINE_AA)
        cast.avatar(s, ax, mid - side // 2, fp * rng.uniform(0.95, 1.0), side, "circle")
        pill(img, ax + side + 20, mid - 20, 250, 40, WHITE)
        note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (ax + side + 38, mid + 8), 0.5, INK)
        note(img, f"{rng.randrange(28, 52)}.{rng.randrange(100):02d}", (x2 - 190, mid + 8), 0.55, WHITE, 2)
    cv2.rectangle(img, (x1, y), (x2, y + h), (225, 225, 225), 4)
    return h + 20


def relay_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club's relay squad: a photo across the screen (heldout11's ``gathering`` of one row of
    four standing close, faces 40-90 px), a gold tag with the event over its top left, the corners
    rounded. Returns its height with the gap under it."""
    w, fp = WIDTH - 40, rng.uniform(40, 90)
    h = max(300, round(fp * rng.uniform(4.4, 5.2)))
    piece, faces = H11.gathering(cast, w, h, fp * 0.95, fp, 1, 4, (1.5, 1.9), rng.uniform(0.05, 0.2))
    H11.paste_photo(cast, s, piece, faces, 20, y)
    tag(
        s.img,
        44,
        y + 22,
        f"4 x 50 m {rng.choice(('free', 'medley'))} - {rng.choice(('gold', 'silver'))}",
        GOLD,
        38,
    )
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def result_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """A swimmer's result: the place (a gold, silver or bronze disc for the first three), the
    round 20-26 px face (initials on some), the name and club (``person_row``), the time, "PB" on a
    quarter. Returns its height (90 px)."""
    img = s.img
    if place <= 3:
        badge(img, (52, y + 45), 20, (GOLD, SILVER, BRONZE)[place - 1], str(place))
    else:
        note(img, str(place), (44, y + 56), 0.6, s.fg, 2)
    person_row(cast, rng, s, 92, y, "circle", rng.choice(CLUBS))
    note(img, f"{rng.randrange(28, 52)}.{rng.randrange(100):02d}", (WIDTH - 170, y + 54), 0.62, s.fg, 2)
    if rng.random() < 0.25:
        tag(img, WIDTH - 270, y + 28, "PB", s.accent, 34)
    cv2.line(img, (30, y + 88), (WIDTH - 30, y + 88), off(s.bg, 14), 1)
    return 90


def bibbed(piece: np.ndarray, faces: list[BoxF], rng: random.Random) -> None:
    """A race bib pinned on the chest of each runner in ``piece`` under their face's box (drawn on
    the photo before it is pasted, so no face pixel is taken)."""
    colour = rng.choice(((60, 60, 220), (200, 120, 40), (60, 160, 60), (40, 170, 240)))
    for a, _b, c, d in faces:
        size = c - a
        race_bib(
            piece,
            ((a + c) / 2 - size * 0.55, d + size * 0.45, (a + c) / 2 + size * 0.55, d + size * 1.15),
            str(rng.randrange(100, 9999)),
            colour,
        )


def result_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's result: a card with the finish photo at its left (heldout11's studio ``portrait``,
    the face 80-220 px, a race bib pinned on the chest under it; grey on a quarter: not bought
    yet), at its right the chip time large, the place overall and in one's age group, the pace, the
    five splits as bars and a drawn finisher's medal. Returns its height with the gap under it (460
    px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 440, 22, card)
    pw, ph = 360, 400
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(80, 220))
    bibbed(piece, faces, rng)
    if rng.random() < 0.25:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 40, y + 20, rounded_rect(ph, pw, 16))
    x = 430
    note(img, "Chip time", (x, y + 56), 0.55, GREY)
    note(img, f"{rng.randrange(38, 75)}:{rng.randrange(60):02d}", (x, y + 130), 2.0, s.fg, 4)
    finishers = rng.randrange(400, 6000)
    note(
        img,
        f"{rng.randrange(1, finishers):,} of {finishers:,} - {rng.choice(('F35', 'M40', 'F20', 'M50'))}: "
        f"{rng.randrange(1, 90)}",
        (x, y + 180),
        0.52,
        s.fg,
    )
    note(img, f"{rng.randrange(4, 7)}:{rng.randrange(60):02d} /km", (x, y + 216), 0.52, GREY)
    for k in range(5):
        bh = rng.randrange(40, 110)
        cv2.rectangle(img, (x + k * 56, y + 380 - bh), (x + k * 56 + 40, y + 380), s.accent, -1)
        note(img, f"{2 * k + 2}K", (x + k * 56 + 2, y + 410), 0.42, GREY)
    blit(img, H11.render(rng, 140, 190, (finisher_medal,)), WIDTH - 190, y + 200, rounded_rect(190, 140, 16))
    return 460


def padlock(img: np.ndarray, c: tuple[int, int], r: int) -> None:
    """A padlock on a dark disc (a photo not bought yet)."""
    cv2.circle(img, c, r, (40, 40, 40), -1, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r // 2, c[1] - r // 8), (c[0] + r // 2, c[1] + r // 2), WHITE, -1)
    cv2.ellipse(img, (c[0], c[1] - r // 8), (r // 3, r // 3), 0, 180, 360, WHITE, max(2, r // 8), cv2.LINE_AA)


def finish_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A finish-line photo at (x, y), w x h: one to three runners crossing (heldout11's
    ``gathering`` of one row, faces 24-50 px, standing so their chests show) with a race bib on
    each chest, the clock's time on a tag at its top left; on 30 % grey with a padlock (not
    bought); the corners rounded."""
    n = rng.choice((1, 2, 2, 3))
    fp = rng.uniform(24, 50)
    piece, faces = H11.gathering(cast, w, h, fp * 0.95, fp, 1, n, (1.5, 2.0), rng.uniform(0.3, 0.42))
    bibbed(piece, faces, rng)
    locked = rng.random() < 0.3
    if locked:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(h, w, 16))
    tag(s.img, x + 12, y + 12, f"{rng.randrange(38, 75)}:{rng.randrange(60):02d}", (30, 30, 30), 32)
    if locked:
        padlock(s.img, (x + w - 34, y + h - 34), 22)


def finisher_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """A finisher in the results: the place, the round 20-26 px face (initials on some), the name
    and club (``person_row``), the bib's number on a tag, the time at the right. Returns its height
    (92 px)."""
    img = s.img
    note(img, str(place), (30, y + 54), 0.55, GREY, 2)
    person_row(cast, rng, s, 100, y, "circle", rng.choice((*CLUBS, "no club")))
    tag(img, WIDTH - 360, y + 28, f"#{rng.randrange(100, 9999)}", off(s.bg, 30), 34)
    note(img, f"{rng.randrange(38, 75)}:{rng.randrange(60):02d}", (WIDTH - 160, y + 54), 0.62, s.fg, 2)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def teacher_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A studio's featured teacher: their photo under an arch at the left (heldout11's studio
    ``portrait``, the face 90-260 px), at its right "FEATURED", the name, their styles as chips,
    years teaching, a quote and "Book with ...". Returns its height with the gap under it (660
    px)."""
    img = s.img
    pw, ph = 440, 640
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(90, 260))
    H11.paste_photo(cast, s, piece, faces, 30, y, arch(ph, pw))
    x = 500
    tag(img, x, y + 40, "FEATURED", s.accent, 36)
    name = who(rng)
    heading(s, x, y + 130, name, 1.0)
    for k, style in enumerate(rng.sample(STYLES, 2)):
        pill(img, x + k * 200, y + 160, 184, 48, off(s.bg, 18))
        note(img, style, (x + k * 200 + 22, y + 192), 0.5, s.fg)
    note(img, f"{rng.randrange(3, 25)} years teaching", (x, y + 260), 0.55, GREY)
    for k in range(3):
        note(img, words(rng, rng.randrange(2, 4)).lower(), (x, y + 320 + 36 * k), 0.55, s.fg)
    outlined(img, x, y + 520, 360, 64, s.accent, s.bg)
    note(img, f"Book with {name}"[:18], (x + 30, y + 562), 0.6, s.accent, 2)
    return 660


def teacher_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A teacher in the studio's row: a card with their photo under an arch (heldout11's studio
    ``portrait``, the face 40-90 px), the name, a style and the next class. Returns its height with
    the gap under it (490 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, x, y, w, 470, 22, card)
    pw, ph = w - 40, 300
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(40, 90))
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 20, arch(ph, pw))
    note(img, who(rng), (x + 24, y + 366), 0.65, s.fg, 2)
    note(img, rng.choice(STYLES), (x + 24, y + 404), 0.5, GREY)
    note(img, f"Next: {rng.choice(DAYS)} {rng.randrange(6, 21)}:00", (x + 24, y + 446), 0.48, s.accent, 2)
    return 490


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's review: the round 22-28 px face (initials on some), the name and stars, a line
    of what they wrote. Returns its height (110 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "circle", 0.12)
    x = 50 + sd
    note(img, who(rng), (x, y + 42), 0.58, s.fg, 2)
    H5.stars(img, x + 170, y + 34, 10, rng.choice((4, 5, 5)), GOLD, off(s.bg, 40))
    note(img, words(rng, rng.randrange(4, 8)).lower(), (x, y + 80), 0.5, s.fg)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def coach_text(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A message from the coach: one to three lines in a bubble at the left, the coach's round
    20-26 px face by its foot; on 25 % a workout's card under the lines (sets and reps, no face).
    Returns its height with the gap under it."""
    img = s.img
    lines = [words(rng, rng.randrange(3, 7)).lower() for _ in range(rng.randrange(1, 4))]
    workout = rng.random() < 0.25
    bw = min(700, max(len(line) for line in lines) * 12 + 44, 700)
    bh = 26 + 36 * len(lines) + (150 if workout else 0)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    x = 40 + side
    rounded_card(img, x, y, max(bw, 520 if workout else 0), bh, 22, off(s.bg, 22))
    for k, line in enumerate(lines):
        note(img, line, (x + 22, y + 46 + 36 * k), 0.55, s.fg)
    if workout:
        t = y + 26 + 36 * len(lines)
        rounded_card(img, x + 16, t, 488, 134, 16, off(s.bg, 40))
        note(
            img,
            rng.choice(("Lower body A", "Push day", "Tempo run", "Full body")),
            (x + 36, t + 40),
            0.6,
            s.fg,
            2,
        )
        for k in range(2):
            note(
                img,
                f"{rng.randrange(3, 6)} x {rng.randrange(5, 13)}  {words(rng, 2).lower()}",
                (x + 36, t + 78 + 34 * k),
                0.48,
                GREY,
            )
    cast.avatar(s, 24, y + bh - side, fp, side, "circle")
    return bh + 22


def checkin_card(s: Screen, rng: random.Random, y: int) -> int:
    """One's weekly check-in sent to the coach: a bubble in the accent at the right with the week's
    weight and its change, sleep, steps and energy as rows. Returns its height with the gap under
    it (270 px). No faces."""
    img = s.img
    x = WIDTH - 30 - 600
    rounded_card(img, x, y, 600, 250, 22, s.accent)
    note(img, f"Week {rng.randrange(2, 16)} check-in", (x + 24, y + 46), 0.65, WHITE, 2)
    for k, (label, value) in enumerate(
        (
            (
                "Weight",
                f"{rng.uniform(55, 95):.1f} kg  ({rng.choice(('-', '+'))}{rng.uniform(0.1, 1.2):.1f})",
            ),
            ("Sleep", f"{rng.uniform(5.5, 8.5):.1f} h"),
            ("Steps", f"{rng.randrange(3000, 16000):,}"),
            ("Energy", f"{rng.randrange(2, 6)} / 5"),
        )
    ):
        note(img, label, (x + 24, y + 96 + 40 * k), 0.52, (230, 230, 230))
        note(img, value, (x + 220, y + 96 + 40 * k), 0.52, WHITE, 2)
    return 270


def phone_held(img: np.ndarray, box: BoxF) -> None:
    """A phone held up in a mirror selfie over the lower left of a face's ``box``: a dark rounded
    body with its camera's lens (it takes the pixels it covers)."""
    a, b, c, _d = box
    size = c - a
    x1, y1 = round(a - size * 0.35), round(b + size * 0.5)
    pw, ph = max(8, round(size * 0.75)), max(12, round(size * 1.3))
    rounded_card(img, x1, y1, pw, ph, max(2, pw // 6), (35, 35, 40))
    cv2.circle(img, (x1 + pw // 4, y1 + pw // 4), max(2, pw // 9), (90, 90, 95), -1, cv2.LINE_AA)


def progress_pair(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Progress photos sent to the coach: an own bubble in the accent at the right holding two
    photos side by side (``Cast.photo``: the face 50-150 px near the middle, others cut by the
    edges), "WEEK 1" and this week's tags over their top left corners, a thin grid over both (it
    takes the pixels it covers); on 30 % a mirror selfie's phone over the lower left of one face.
    Returns its height with the gap under it (560 px)."""
    img = s.img
    bw = 740
    x = WIDTH - 30 - bw
    pw, ph = (bw - 48) // 2, 420
    rounded_card(img, x, y, bw, ph + 100, 22, s.accent)
    week = rng.randrange(6, 16)
    for k in range(2):
        px, py = x + 16 + k * (pw + 16), y + 16
        since = len(s.comp.faces)
        cast.photo(s, px, py, pw, ph, rng.uniform(50, 150), rounded_rect(ph, pw, 14))
        for gx in range(px + pw // 4, px + pw, pw // 4):
            cv2.line(img, (gx, py), (gx, py + ph), (235, 235, 235), 1)
        for gy in range(py + ph // 5, py + ph, ph // 5):
            cv2.line(img, (px, gy), (px + pw, gy), (235, 235, 235), 1)
        boxes = new_boxes(s, since)
        if boxes and rng.random() < 0.3:
            phone_held(img, boxes[0])
        tag(img, px + 12, py + 12, "WEEK 1" if k == 0 else f"WEEK {week}", (40, 40, 40), 32)
    note(
        img,
        rng.choice(("front, relaxed", "side on", "same light as last time")),
        (x + 24, y + ph + 70),
        0.55,
        WHITE,
    )
    return ph + 140


def pose_lines(img: np.ndarray, rect: tuple[int, int, int, int], box: BoxF, colour: Colour) -> None:
    """A pose tracker's lines and joints over a body under a face's ``box``, inside ``rect``:
    shoulders, elbows and hands, hips and knees joined by lines (they take the pixels they cover,
    none of them on the face)."""
    x1, y1, x2, y2 = rect
    view = img[y1:y2, x1:x2]
    a, _b, c, d = (v - o for v, o in zip(box, (x1, y1, x1, y1), strict=True))
    cx, size = (a + c) / 2, c - a
    j = {
        "ls": (cx - size * 1.0, d + size * 0.6),
        "rs": (cx + size * 1.0, d + size * 0.6),
        "le": (cx - size * 1.3, d + size * 1.6),
        "re": (cx + size * 1.3, d + size * 1.6),
        "lh": (cx - size * 0.9, d + size * 2.4),
        "rh": (cx + size * 0.9, d + size * 2.4),
        "lp": (cx - size * 0.55, d + size * 2.7),
        "rp": (cx + size * 0.55, d + size * 2.7),
        "lk": (cx - size * 0.7, d + size * 3.9),
        "rk": (cx + size * 0.7, d + size * 3.9),
    }
    pt = {k: (round(x), round(y)) for k, (x, y) in j.items()}
    for p, q in (
        ("ls", "rs"),
        ("ls", "le"),
        ("le", "lh"),
        ("rs", "re"),
        ("re", "rh"),
        ("ls", "lp"),
        ("rs", "rp"),
        ("lp", "rp"),
        ("lp", "lk"),
        ("rp", "rk"),
    ):
        cv2.line(view, pt[p], pt[q], colour, max(2, round(size / 14)), cv2.LINE_AA)
    for p in pt.values():
        cv2.circle(view, p, max(3, round(size / 10)), WHITE, -1, cv2.LINE_AA)


def form_check(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A form-check clip sent to the coach: an own bubble at the right with the clip's frame
    (``Cast.photo``: the face 40-110 px near the middle), a pose tracker's lines over the body under
    the face, a play button over its lower left corner and the length's tag, the lift's name under
    it. Returns its height with the gap under it (470 px)."""
    img = s.img
    bw, fh = 600, 360
    x = WIDTH - 30 - bw
    rounded_card(img, x, y, bw, fh + 90, 22, s.accent)
    rect = (x + 16, y + 16, x + bw - 16, y + 16 + fh)
    since = len(s.comp.faces)
    cast.photo(
        s, rect[0], rect[1], rect[2] - rect[0], fh, rng.uniform(40, 110), rounded_rect(fh, bw - 32, 14)
    )
    boxes = new_boxes(s, since)
    if boxes:
        pose_lines(img, rect, boxes[0], rng.choice(((40, 220, 250), (250, 200, 60), (60, 230, 120))))
    play_button(img, (rect[0] + 44, rect[3] - 44), 28, (30, 30, 30), WHITE)
    tag(img, rect[2] - 90, rect[1] + 12, f"0:{rng.randrange(10, 59)}", (30, 30, 30), 30)
    note(
        img,
        f"Form check: {rng.choice(('squat', 'deadlift', 'lunge', 'press'))}",
        (x + 24, y + fh + 64),
        0.58,
        WHITE,
        2,
    )
    return fh + 110


def motm_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The league's manager of the month: a card with their round 52-96 px face in a gold ring under
    a crown, the name and team, the month's points and a star. Returns its height with the gap
    under it (220 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 200, 22, card)
    fp, side = _size(rng, 52, small(rng, 52.5, 96), (1.1, 1.2))
    ay = y + 100 - side // 2 + 14
    ring_avatar(cast, s, 50, ay, fp, side, GOLD)
    crown(img, (50 + side // 2, ay - 22), 14, GOLD)
    x = 100 + side
    note(img, f"Manager of the month - {rng.choice(('March', 'April', 'October'))}", (x, y + 56), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 100), 0.72, s.fg, 2)
    note(
        img,
        f"{rng.choice(('Real Ale Madrid', 'Inter Milano', 'Sporting Lisbum', 'Dynamo Chiev'))}",
        (x, y + 138),
        0.52,
        GREY,
    )
    note(img, f"{rng.randrange(180, 320)} pts", (WIDTH - 200, y + 120), 0.8, s.accent, 2)
    return 220


def head_to_head(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """This week's big game: a card with the two managers' round 34-52 px faces either side of
    "vs" (initials on some), their teams under them, the kick-off and each side's predicted points
    as bars in their colours. Returns its height with the gap under it (200 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 180, 22, card)
    colours = rng.sample(BARS, 2)
    for k, cx in enumerate((150, WIDTH - 150)):
        sd = face_or_initials(cast, rng, s, (cx - 30, y + 20), (34, 52), "circle", 0.1)
        note(img, who(rng), (cx - 40, y + 48 + sd), 0.5, s.fg, 2)
        pts = rng.randrange(30, 90)
        bx = WIDTH // 2 - 190 if k == 0 else WIDTH // 2 + 20
        progress(img, bx, y + 110, 170, pts / 90, colours[k], off(card, 24), 12)
        note(img, f"{pts}", (bx + 60, y + 150), 0.5, GREY)
    note(img, "vs", (WIDTH // 2 - 16, y + 72), 0.9, GREY, 2)
    return 200


def table_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int, teams: int) -> int:
    """A line of a league table: a stripe of its zone's colour at the left (promotion green,
    relegation red), the place and a move's arrow, the manager's 20-26 px face in a rounded square
    (initials on some), the team and the manager, played, won, drawn, lost and points, the last
    five results as coloured dots. Returns its height (78 px)."""
    img = s.img
    if place <= 2 or place >= teams - 1:
        cv2.rectangle(img, (20, y + 6), (26, y + 70), GREEN if place <= 2 else RED, -1)
    note(img, str(place), (36, y + 48), 0.55, s.fg, 2)
    trend(img, (84, y + 40), rng.choice((-1, 0, 0, 1)), 6)
    sd = face_or_initials(cast, rng, s, (104, y + 12), (20, 26), "rounded", 0.12)
    x = 120 + sd
    note(img, f"{rng.choice(C_TEAMS)}", (x, y + 36), 0.52, s.fg, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 64), 0.42, GREY)
    played = rng.randrange(12, 20)
    won = rng.randrange(played + 1)
    drawn = rng.randrange(played - won + 1)
    for k, value in enumerate((played, won, drawn, played - won - drawn, 3 * won + drawn)):
        note(img, str(value), (560 + k * 64, y + 48), 0.52, s.fg, 2 if k == 4 else 1)
    form_dots(img, rng, 900, y + 40, 8)
    cv2.line(img, (30, y + 76), (WIDTH - 30, y + 76), off(s.bg, 14), 1)
    return 78


C_TEAMS: tuple[str, ...] = (
    "Red Star Rovers",
    "AFC Lazy Sunday",
    "Kebab Athletic",
    "Dog & Duck",
    "Park Rangers",
    "Borussia Teeth",
    "Net Busters",
    "The Old Boys",
)


def busy_chart(s: Screen, rng: random.Random, y: int) -> int:
    """How busy the gym is: a card with a live dot and "busier than usual" or "quiet", the hours
    from 6 to 23 as bars of a day's usual crowd (two peaks), the hour now in the accent with its
    share over it, every third hour named under. Returns its height with the gap under it (330
    px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 310, 22, card)
    cv2.circle(img, (52, y + 42), 9, RED, -1, cv2.LINE_AA)
    note(
        img,
        rng.choice(("Live: busier than usual", "Live: quiet right now", "Live: as busy as usual")),
        (72, y + 50),
        0.58,
        s.fg,
        2,
    )
    now = rng.randrange(18)
    bw = (WIDTH - 100) // 18
    for k in range(18):
        hour = 6 + k
        crowd = 0.15 + 0.7 * math.exp(-((hour - 8) ** 2) / 4) + 0.85 * math.exp(-((hour - 18.5) ** 2) / 5)
        bh = round(170 * min(1.0, crowd * rng.uniform(0.85, 1.1)))
        x = 50 + k * bw
        cv2.rectangle(
            img, (x, y + 260 - bh), (x + bw - 8, y + 260), s.accent if k == now else off(card, 40), -1
        )
        if k == now:
            note(img, f"{min(99, round(100 * bh / 170))}%", (x - 8, y + 250 - bh), 0.45, s.accent, 2)
        if k % 3 == 0:
            note(img, f"{hour}", (x, y + 292), 0.42, GREY)
    return 330


def friends_here(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Friends checked in now, across the screen and past its right edge (heldout45's
    ``carousel``): each a round 28-42 px face in a green ring with a green dot over its lower
    right (it takes the pixels it covers) and the time they came in under it. Returns its height
    with the gap under it."""
    img = s.img
    fp, side = _size(rng, 28, rng.uniform(28.5, 42), (1.1, 1.2))
    for x in carousel(rng, side + rng.randrange(64, 96), side):
        ring_avatar(cast, s, x, y + 8, fp, side, GREEN)
        c = (x + side - 3, y + 8 + side - 3)
        cv2.circle(img, c, 9, s.bg, -1, cv2.LINE_AA)
        cv2.circle(img, c, 6, GREEN, -1, cv2.LINE_AA)
        note(img, f"{rng.randrange(6, 22)}:{rng.randrange(60):02d}", (x, y + side + 46), 0.42, GREY)
    return side + 70


ZONES: tuple[tuple[str, Colour], ...] = (
    ("Free weights", (120, 140, 170)),
    ("Cardio", (170, 150, 110)),
    ("Studio 1", (140, 170, 200)),
    ("Stretch", (150, 180, 150)),
    ("Pool", WATER),
    ("Bouldering", (120, 120, 150)),
)


def floor_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The gym's floor from above (540 px high): walls round six zones of soft colours with their
    names, each with its kit (racks and benches, rows of treadmills, mats, a pool's lane ropes,
    holds on a wall), friends pinned where they train (heldout23's ``face_pin``: round 18-24 px
    faces on pins), a blue "you" dot. Returns its height with the gap under it (560 px)."""
    img = s.img
    x1, x2, h = 30, WIDTH - 30, 540
    cv2.rectangle(img, (x1, y), (x2, y + h), (235, 235, 235) if sum(s.bg) > 384 else (70, 70, 70), -1)
    cut = x1 + round((x2 - x1) * rng.uniform(0.4, 0.6))
    rows = (y, y + h // 2, y + h)
    zones = list(ZONES)
    rng.shuffle(zones)
    rects = [
        (x1, rows[0], cut, rows[1]),
        (cut, rows[0], x2, rows[1]),
        (x1, rows[1], cut, rows[2]),
        (cut, rows[1], x2, rows[2]),
    ]
    for (name, colour), (a, b, c, d) in zip(zones, rects, strict=False):
        cv2.rectangle(img, (a + 6, b + 6), (c - 6, d - 6), colour, -1)
        if name == "Pool":
            for k in range(1, 4):
                lane_rope(img, a + 16, c - 16, b + 16 + k * (d - b - 32) // 4, 4, FLOATS[:3])
        elif name == "Cardio":
            for k in range(4):
                rounded_card(img, a + 30 + k * (c - a - 60) // 4, b + 70, 40, 90, 8, (60, 60, 60))
        elif name == "Free weights":
            for k in range(5):
                cv2.rectangle(img, (a + 30 + k * 50, b + 60), (a + 60 + k * 50, b + 90), (50, 50, 50), -1)
            rounded_card(img, a + 40, b + 150, 160, 26, 10, (80, 80, 80))
        elif name == "Bouldering":
            for _ in range(18):
                cv2.circle(
                    img,
                    (rng.randrange(a + 20, c - 20), rng.randrange(b + 50, d - 20)),
                    5,
                    rng.choice(((60, 60, 220), (60, 180, 60), (40, 200, 240))),
                    -1,
                )
        else:
            for k in range(4):
                cv2.rectangle(
                    img, (a + 30 + k * 60, b + 70), (a + 70 + k * 60, d - 30), tone(colour, -40), -1
                )
        note(img, name, (a + 20, b + 40), 0.5, INK, 1)
    cv2.rectangle(img, (x1, y), (x2, y + h), (60, 60, 60), 6)
    cv2.line(img, (cut, y), (cut, y + h), (60, 60, 60), 4)
    cv2.line(img, (x1, rows[1]), (x2, rows[1]), (60, 60, 60), 4)
    for _ in range(rng.randrange(4, 10)):
        tip = (rng.randrange(x1 + 40, x2 - 40), rng.randrange(y + 90, y + h - 20))
        H23.face_pin(cast, s, rng, tip, 18.3, 24, rng.choice((s.accent, (60, 60, 210), (200, 120, 40))))
    you = (rng.randrange(x1 + 40, x2 - 40), rng.randrange(y + 40, y + h - 40))
    cv2.circle(img, you, 16, (250, 200, 120), -1, cv2.LINE_AA)
    cv2.circle(img, you, 9, (230, 120, 30), -1, cv2.LINE_AA)
    return h + 20


def checkin_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A check-in at the gym: the round 20-26 px face (in a story ring on a third, initials on some),
    the name, when and what they train (``person_row``); a streak's flame and count at the right on
    half. Returns its height (90 px)."""
    img = s.img
    trained = rng.choice(("legs", "swim", "spin", "climb"))
    when = f"checked in {rng.randrange(6, 22)}:{rng.randrange(60):02d} - {trained}"
    person_row(cast, rng, s, 34, y, rng.choice(("circle", "circle", "ring")), when)
    if rng.random() < 0.5:
        flame(img, (WIDTH - 150, y + 42), 14)
        note(img, f"{rng.randrange(2, 60)} days", (WIDTH - 128, y + 52), 0.5, s.fg, 2)
    cv2.line(img, (30, y + 88), (WIDTH - 30, y + 88), off(s.bg, 14), 1)
    return 90


def players_looking(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Players looking for a game, across the screen and past its right edge (heldout45's
    ``carousel``): each a 30-46 px face in a squircle with their level on a chip under it. Returns
    its height with the gap under it."""
    fp, side = _size(rng, 30, rng.uniform(30.5, 46), (1.1, 1.2))
    for x in carousel(rng, side + rng.randrange(70, 100), side):
        cast.avatar(s, x, y, fp, side, "squircle")
        tag(s.img, x, y + side + 10, f"{rng.randrange(1, 6)}.{rng.choice((0, 5))}", off(s.bg, 30), 30)
    return side + 70


def open_match(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An open match to join: a card with the court from above at its left (padel, tennis or
    badminton: ``court_plan``), two places on each side of the net, each a round 24-34 px face in a
    white rim with a level chip under it or an open place (a dashed ring with "+"); at its right the
    time and length, the court, the level range, the price and "Join" while a place is open.
    Returns its height with the gap under it (330 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 310, 22, card)
    sport = rng.choice(("padel", "padel", "tennis", "badminton"))
    cr = (40, y + 20, 500, y + 290)
    court_plan(img, cr, sport)
    fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.1, 1.2))
    taken = rng.randrange(1, 5)
    for k, (fx, fy) in enumerate(((0.25, 0.3), (0.25, 0.7), (0.75, 0.3), (0.75, 0.7))):
        cx, cy = cr[0] + round((cr[2] - cr[0]) * fx), cr[1] + round((cr[3] - cr[1]) * fy) - 10
        if k < taken:
            cv2.circle(img, (cx, cy), side // 2 + 4, WHITE, -1, cv2.LINE_AA)
            cast.avatar(s, cx - side // 2, cy - side // 2, fp * rng.uniform(0.95, 1.0), side, "circle")
            tag(
                img,
                cx - 22,
                cy + side // 2 + 6,
                f"{rng.randrange(1, 6)}.{rng.choice((0, 5))}",
                (40, 40, 40),
                26,
            )
        else:
            dashed_ring(img, (cx, cy), side // 2 + 2, WHITE, 3)
            note(img, "+", (cx - 9, cy + 9), 0.8, WHITE, 2)
    x = 530
    note(
        img,
        f"{rng.choice(DAYS)} {rng.randrange(7, 22)}:{rng.choice(('00', '30'))} - "
        f"{rng.choice((60, 90, 120))} min",
        (x, y + 60),
        0.62,
        s.fg,
        2,
    )
    note(
        img,
        f"{sport.title()} - court {rng.randrange(1, 9)}, {rng.choice(('indoor', 'outdoor'))}",
        (x, y + 100),
        0.5,
        GREY,
    )
    lo = rng.randrange(1, 5)
    note(img, f"Level {lo}.0 - {lo + 1}.5", (x, y + 138), 0.5, GREY)
    note(img, f"${rng.randrange(6, 25)} each", (x, y + 176), 0.55, s.fg)
    if taken < 4:
        pill(img, x, y + 214, 200, 60, s.accent)
        note(img, "Join", (x + 70, y + 254), 0.65, WHITE, 2)
        note(img, f"{4 - taken} left", (x + 224, y + 252), 0.5, GREY)
    else:
        note(img, "Full - join the waitlist", (x, y + 252), 0.5, GREY)
    return 330


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def class_timetable(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gym's class timetable: the title and one's 22-26 px face; the gym; filter chips; five days
    of classes (``week_grid``: the instructors' 18-24 px faces in the blocks' corners); on 65 % a
    class's sheet slid up over its lower part (``class_sheet``: the instructor 44-72 px, who is
    going 18-22 px), else the tab bar."""
    s, y = titled(cast, rng, name, "timetable", ("light", "light", "tinted", "dark"), "Classes", own=True)
    note(
        s.img, f"{rng.choice(GYMS)} - {rng.choice(('Central', 'Riverside', 'Old Town'))}", (30, y), 0.55, GREY
    )
    y += 24
    chips(s.img, rng, 30, y, 4, 46, (110, 170), off(s.bg, 16), s.fg)
    week_grid(cast, rng, s, y + 66, H - NAV_H - 120)
    if rng.random() < 0.65:
        class_sheet(cast, rng, s, rng.randrange(1150, 1290))
        return s.finish()
    return H48.tab_bar_over(s, rng)


def club_challenge(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A running or cycling club's page: the club's name and one's 22-26 px face; the members; the
    month's challenge (``challenge_card``, no faces); the week as bars topped by the members' faces
    (``distance_bars``: 22-30 px, past the right edge); the group run's post (``run_share``: the
    poster 22-28 px, runners 26-48 px with the row behind smaller, kudos 18-22 px); the ranking
    (``rank_row``: 20-26 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "club", ("light", "dark", "tinted", "light"), rng.choice(CLUBS), own=True)
    bolt(s.img, (46, y + 4), 14, s.accent)
    note(
        s.img,
        f"{rng.randrange(40, 900)} members - {rng.choice(('running', 'cycling', 'trail', 'triathlon'))}",
        (76, y + 14),
        0.55,
        GREY,
    )
    y += 40
    y += challenge_card(s, rng, y)
    y = section(s, y, "This week", True)
    y += distance_bars(cast, rng, s, y)
    y += run_share(cast, rng, s, y)
    places = itertools.count(rng.randrange(1, 5))
    return rows_to_tab_bar(s, rng, y, 92, lambda t: rank_row(cast, rng, s, t, next(places)))


def match_day(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A kids' team's match day: the team and one's 22-26 px face; the fixture (``fixture_card``,
    no faces); the line-up on a pitch or a court (``lineup_plan``: 28-44 px, tags under or over the
    chins); the squad's shirts (``squad_shirts``: 22-30 px, the away grey); parents' jobs
    (``duty_row``: 20-26 px, open places dashed) down to the tab bar."""
    team = rng.choice(TEAMS)
    s, y = titled(cast, rng, name, "matchday", ("light", "tinted", "light", "dark"), team, own=True)
    bib = rng.choice(((40, 200, 250), (60, 60, 210), (200, 120, 40), (60, 170, 60), (170, 60, 150)))
    y += fixture_card(s, rng, y, team)
    y += lineup_plan(cast, rng, s, y, bib)
    y += squad_shirts(cast, rng, s, y, bib)
    y = section(s, y, "Match-day jobs", False)
    return rows_to_tab_bar(s, rng, y, 96, lambda t: duty_row(cast, rng, s, t))


def swim_meet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A swimming club's gala: the meet and one's 22-26 px face; the event; the heats' chips; the
    heat on the pool (``heat_lanes``: 20-28 px by the blocks); on 75 % the relay squad's photo
    (``relay_photo``: 40-90 px); the last heat's results (``result_row``: 20-26 px, medals) down to
    the tab bar."""
    s, y = titled(cast, rng, name, "gala", ("light", "tinted", "dark", "light"), rng.choice(GALAS), own=True)
    img = s.img
    stroke = rng.choice(("free", "back", "breast", "fly"))
    event = f"Event {rng.randrange(1, 40)} - {rng.choice((50, 100))} m {stroke}"
    note(
        img,
        f"{event} - {rng.choice(('girls', 'boys'))} {rng.choice(('9-10', '11-12', '13-14'))}",
        (30, y),
        0.55,
        GREY,
    )
    y += 24
    now = rng.randrange(4)
    for k in range(4):
        pill(img, 30 + k * 190, y, 174, 50, s.accent if k == now else off(s.bg, 16))
        note(img, f"Heat {k + 1}", (60 + k * 190, y + 34), 0.55, WHITE if k == now else s.fg, 2)
    y += 70
    y += heat_lanes(cast, rng, s, y)
    if rng.random() < 0.75:
        y += relay_photo(cast, rng, s, y)
    y = section(s, y, f"Heat {max(1, now)} results", False)
    places = itertools.count(1)
    return rows_to_tab_bar(s, rng, y, 90, lambda t: result_row(cast, rng, s, t, next(places)))


def finisher_results(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A race's results: the race and one's 22-26 px face; the search field; one's result
    (``result_card``: the finish photo 80-220 px, a bib on the chest); finish-line photos past the
    right edge (``finish_tile``: 24-50 px, bibs, some grey and locked); the finishers
    (``finisher_row``: 20-26 px, bib tags) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "results", ("light", "light", "tinted", "dark"), rng.choice(RACES), own=True
    )
    note(
        s.img,
        f"{rng.randrange(1, 29)} {rng.choice(('April', 'May', 'Sept', 'Oct'))} - results",
        (30, y),
        0.55,
        GREY,
    )
    y += 24
    pill(s.img, 30, y, WIDTH - 60, 60, off(s.bg, 14))
    note(s.img, "Name or bib number", (70, y + 40), 0.55, GREY)
    y += 80
    y += result_card(cast, rng, s, y)
    y = section(s, y, "Finish line photos", True)
    tw, th = 240, 300
    for x in carousel(rng, tw + 20, tw):
        finish_tile(cast, rng, s, x, y, tw, th)
    y += th + 24
    places = itertools.count(rng.randrange(1, 300))
    return rows_to_tab_bar(s, rng, y, 92, lambda t: finisher_row(cast, rng, s, t, next(places)))


def yoga_teachers(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A yoga studio's teachers: the lotus and the studio's name; the featured teacher
    (``teacher_hero``: 90-260 px under an arch); three teachers (``teacher_card``: 40-90 px under
    arches); reviews (``review_row``: 22-28 px) where there is room; the book button."""
    s = new_screen(rng, name, cast.kind("teachers"), ("light", "tinted", "light", "dark"))
    top = STATUS_H
    lotus(s.img, (60, top + 44), 26, s.accent)
    heading(s, 104, top + 64, rng.choice(STUDIOS), 0.9)
    y = top + 110
    y += teacher_hero(cast, rng, s, y)
    y = section(s, y, "Our teachers", True)
    cw = (WIDTH - 60 - 32) // 3
    for k in range(3):
        teacher_card(cast, rng, s, 30 + k * (cw + 16), y, cw)
    y += 490
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Reviews", lambda t: review_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Book a class")


def trainer_checkin(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A personal trainer's chat with a client (mostly dark): the header with the coach's 30-40 px
    face in a ring; the coach's messages (``coach_text``: 20-26 px by the bubbles); one's check-in
    (``checkin_card``, no faces); progress photos (``progress_pair``: 50-150 px, a phone over some);
    a form-check clip (``form_check``: 40-110 px, a pose's lines) where there is room; the message
    field."""
    s = new_screen(rng, name, cast.kind("coach"), ("dark", "dark", "light", "tinted"))
    img, top = s.img, STATUS_H
    cv2.rectangle(img, (0, top), (WIDTH, top + 130), off(s.bg, 12), -1)
    cv2.polylines(img, [np.array([[44, top + 50], [30, top + 66], [44, top + 82]], np.int32)], False, s.fg, 4)
    fp, side = _size(rng, 30, small(rng, 30.5, 40), (1.1, 1.2))
    ring_avatar(cast, s, 72, top + 66 - side // 2, fp, side, s.accent)
    x = 100 + side
    note(img, f"Coach {who(rng)}", (x, top + 58), 0.7, s.fg, 2)
    note(
        img,
        rng.choice(("Personal training - online", "Strength coach", "Run coach")),
        (x, top + 94),
        0.5,
        GREY,
    )
    cv2.rectangle(img, (WIDTH - 110, top + 50), (WIDTH - 66, top + 82), s.fg, 3)
    cv2.fillPoly(
        img,
        [np.array([[WIDTH - 66, top + 66], [WIDTH - 44, top + 52], [WIDTH - 44, top + 80]], np.int32)],
        s.fg,
    )
    y = top + 160
    foot = H - NAV_H - 100
    y += coach_text(cast, rng, s, y)
    y += checkin_card(s, rng, y)
    y += progress_pair(cast, rng, s, y)
    if y + 480 < foot:
        y += form_check(cast, rng, s, y)
    while y + 140 < foot:
        y += coach_text(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return composer(s, foot + 18, "Message your coach")


def league_table(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An amateur or fantasy league: the league and one's 22-26 px face; the season and gameweek;
    tabs; the manager of the month (``motm_card``: 52-96 px in a gold ring); the big game
    (``head_to_head``: 34-52 px); the table's head and its lines (``table_row``: the managers'
    20-26 px faces, form dots) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "league", ("light", "dark", "tinted", "light"), rng.choice(LEAGUES), own=True
    )
    img = s.img
    note(img, f"Season {rng.randrange(2019, 2026)} - gameweek {rng.randrange(3, 38)}", (30, y), 0.55, GREY)
    y += 24
    lit = rng.randrange(3)
    for k, label in enumerate(("Table", "Fixtures", "Stats")):
        pill(img, 30 + k * 200, y, 184, 50, s.accent if k == lit else off(s.bg, 16))
        note(img, label, (64 + k * 200, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 76
    y += motm_card(cast, rng, s, y)
    y += head_to_head(cast, rng, s, y)
    for k, label in enumerate(("P", "W", "D", "L", "Pts")):
        note(img, label, (560 + k * 64, y + 26), 0.45, GREY, 2)
    note(img, "Form", (900, y + 26), 0.45, GREY, 2)
    y += 40
    teams = rng.randrange(14, 21)
    places = itertools.count(1)
    return rows_to_tab_bar(s, rng, y, 78, lambda t: table_row(cast, rng, s, t, next(places), teams))


def gym_busy(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gym's live page (mostly dark): the gym and one's 22-26 px face; opening hours; how busy it
    is (``busy_chart``, no faces); friends here now (``friends_here``: 28-42 px, past the right
    edge); the floor (``floor_plan``: pins of 18-24 px); check-ins (``checkin_row``: 20-26 px) down
    to the tab bar."""
    s, y = titled(cast, rng, name, "busy", ("dark", "dark", "light", "tinted"), rng.choice(GYMS), own=True)
    note(s.img, f"Open now - closes {rng.choice(('22:00', '23:00', 'midnight'))}", (30, y), 0.55, GREEN, 2)
    y += 24
    y += busy_chart(s, rng, y)
    y = section(s, y, "Friends here now", True)
    y += friends_here(cast, rng, s, y)
    y += floor_plan(cast, rng, s, y)
    y = section(s, y, "Check-ins", False)
    return rows_to_tab_bar(s, rng, y, 90, lambda t: checkin_row(cast, rng, s, t))


def court_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A racket club's bookings: the club and one's 22-26 px face; the sports' chips; the days;
    players looking for a game (``players_looking``: 30-46 px, past the right edge); open matches
    (``open_match``: courts from above with 24-34 px faces on them, open places dashed) down to the
    tab bar."""
    s, y = titled(
        cast, rng, name, "courts", ("light", "tinted", "light", "dark"), rng.choice(COURTS), own=True
    )
    img = s.img
    lit = rng.randrange(4)
    for k, label in enumerate(("Padel", "Tennis", "Badminton", "Pickleball")):
        pill(img, 30 + k * 250, y, 234, 52, s.accent if k == lit else off(s.bg, 16))
        note(img, label, (60 + k * 250, y + 35), 0.55, WHITE if k == lit else s.fg, 2)
    y += 72
    day, first = rng.randrange(7), rng.randrange(1, 22)
    for k in range(7):
        x = 30 + k * 148
        rounded_card(img, x, y, 132, 84, 18, s.accent if k == 0 else off(s.bg, 12))
        ink = WHITE if k == 0 else s.fg
        note(img, DAYS[(day + k) % 7], (x + 40, y + 32), 0.48, ink)
        note(img, str(first + k), (x + 46, y + 68), 0.65, ink, 2)
    y += 100
    y = section(s, y, "Looking for a game", True)
    y += players_looking(cast, rng, s, y)
    y = section(s, y, "Open matches", True)
    return rows_to_tab_bar(s, rng, y, 300, lambda t: open_match(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    class_timetable,
    club_challenge,
    match_day,
    swim_meet,
    finisher_results,
    yoga_teachers,
    trainer_checkin,
    league_table,
    gym_busy,
    court_booking,
)
# with people: each twice a round but two (a yoga studio's teachers and a trainer's chat, a few
# large faces each)
ONCE = (yoga_teachers, trainer_checkin)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a pitch's or a court's line-up, a pool's
# lanes and open matches' courts with round things on them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, match_day, swim_meet, court_booking)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT49_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h49", photos, free, seed, reps)
