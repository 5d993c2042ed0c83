"""Held-out screens, sixty-fourth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a chess tournament's hall, a chessboard
close up, a dance studio, a stage behind its curtains, a scout camp's field of tents, a scout hut,
an escape room, a games cafe's shelves; nothing with eyes, a mouth or a mask, and no round things in
pairs); every random choice from ``HELDOUT64_SEED`` (64646; the environment's ``HELDOUT64_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout63's ``Cast``
(through heldout62's and the sets' before it; this set's screens are marked h64-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in chess clubs and tournaments, dance schools and dance competitions, scout
and guide troops, and escape rooms and board-game cafes, most of them small: a tournament's
pairings; a live board with the players' cameras; a club's ladder; a dance school's timetable; a
competition's heats; a recital's programme; a troop's badge tracker; a camp's group photo and the
parents' chat; an escape room's booking and leaderboard; a games cafe's tables seen from above.
Near repeats avoided: the sets' fixtures and results (two teams' crests, a score between; here a
board a line, the white player's face in a square cut out of a white edge and the black player's
in one cut out of a black edge, the result or a live dot between them); heldout63's studio call and
the sets' video calls (a presenter large, guests under; here the player to move across the screen
with the clock over the camera, the board drawn beside the opponent's small camera and the move
list, the kibitzers' comments under); the sets' league tables (rows of ranks and faces; here a
club's ladder under a podium of three steps, the top three in gold, silver and bronze rims, each
rung's move as a green or red arrow and a pending challenge's challenger in a small stack);
heldout49's week of classes and heldout63's schedule strip (blocks with the teachers' faces in
their corners, shows across; here three studios as lanes down an evening's hours, each class's
teacher in a rounded square at its top, the booked pupils in a stack at its foot); heldout63's
circuit and heldout62's pens (faces along a track, handlers at gates; here a ballroom's parquet
floor from above with the couples in their heat as pairs of faces joined by their hands, each
couple's back number under them, the line of dance round the floor, then each couple's row with
the judges' recall marks); heldout62's jury president and heldout63's championship leader (a card
round one large photo; here a recital's soloist on the stage under a spotlight on some, the
programme's items under, each with its choreographer and its dancers as a row); heldout53's scout
camps and the sets' achievement pages (badges in rows; here each scout's six badges as hexagons,
earned filled and in progress with an arc, the scout in a circle cut out of the patrol's
neckerchief colour); the sets' group chats (bubbles; here parents' messages with the camp's photos
in some, the leader's in the troop's colour); the sets' bookings (a party's places; here the team's
places on an escape room's booking over the room's drawn art, and a leaderboard of the teams'
escaped photos, under the room's ultraviolet light on some); heldout37's office plan and the sets'
seat maps (desks, seats; here a cafe's tables from above with a game on each and the players' faces
round it, free chairs dashed). New looks: a stage's spotlight, a campfire's glow rising from the
foot, an escape room's ultraviolet light, a club hall's cold strip lights and a chess app's
e-ink reading mode over a whole pairings screen. Ten layouts:
- a tournament's pairings (``chess_pairings``): the round (``round_card``); the boards
  (``pairing_row``: two 22-30 px faces of one size a board, in squares cut out of a white and a
  black edge) cut by the tab bar; on 30 % the whole screen in the e-ink mode (``e_ink``);
- a live board (``live_board``): the bar (``board_bar``); the player to move (``player_cam``: the
  face 110-240 px, on a quarter cut by the frame's side); the board and the opponent
  (``board_and_opponent``: the opponent's camera, the face 0.2-0.32 of its 500 px wide, off on a
  fifth); the kibitzers (``kibitz_row``: 20-26 px in story rings) cut by the tab bar;
- a club's ladder (``club_ladder``): one's 22-26 px face; the club night (``club_night``: three to
  six a depth, the front faces 24-44 px, under strip lights on 35 % or grey on 15 %); the podium
  (``podium``: the top three 34-50 px in gold, silver and bronze rims, one size); the rungs
  (``ladder_row``: 22-30 px, challengers 18-22 px in stacks) cut by the tab bar;
- a dance school's timetable (``dance_timetable``): the days as chips; the studios
  (``studio_lanes``: teachers 24-32 px in rounded squares, one size, pupils 18-22 px in stacks);
  the teachers (``teacher_row``: 24-32 px in squircles) cut by the tab bar;
- a competition's heats (``dance_heats``): the heat (``heat_card``); the floor (``floor_plan``:
  six to eleven couples, 18-24 px, one size for the floor); the couples (``couple_row``: 22-30 px
  pairs, one size a row) cut by the tab bar;
- a recital's programme (``recital_programme``): the soloist (``recital_card``: the face 110-240 px,
  on a quarter cut by the photo's side, under a spotlight on 40 %); the items (``programme_row``:
  choreographers 24-30 px in rounded squares, two to six dancers 18-22 px in a row, one size a
  row), above the "Book seats" button;
- a troop's badge tracker (``badge_tracker``): one's 22-26 px face; the troop at camp
  (``troop_hero``: three to six a depth, the front faces 24-44 px, in a campfire's glow on 35 % or
  grey on 15 %); the patrol leaders (``patrol_leaders``: 32-46 px in rims of their patrols'
  colours, past the right edge); the scouts (``scout_row``: 22-30 px cut out of a neckerchief's
  colour) cut by the tab bar;
- a camp's page (``camp_chat``): the camp's group photo (``camp_group``: two rows of four to seven,
  the front faces 26-44 px, those behind 0.75-0.9 of them, in a campfire's glow on 35 % or grey on
  15 %); the parents' chat (``chat_row``: senders 20-26 px, photos in some messages, their faces
  22-60 px) cut by the tab bar;
- an escape room's booking and leaderboard (``escape_rooms``): the booking (``booking_card``: the
  team's two to six places, 28-40 px in rounded squares, one size, open ones dashed); the
  leaderboard (``team_row``: the team's escaped photo, faces 20-34 px, under ultraviolet light on
  30 %) cut by the tab bar;
- a games cafe's tables (``cafe_tables``): one's 22-26 px face; the floor from above
  (``table_plan``: players 18-24 px round the tables, one size, free chairs dashed); the games
  (``game_row``: the guru 24-30 px in a rounded square, players 18-22 px in stacks) cut by the tab
  bar.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, whose faces are as wide
as asked and may be taller, heldout11's ``gathering``, heldout53's ``posed``, whose cut-out figures
bring the others in their photos at their own sizes, and heldout38's ``staged``, whose single depth
stands at the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's
slightly smaller faces can differ (the table below counts what is drawn). The patrol leaders run
past the right edge, the last across it; the pairings, the kibitzers, the rungs, the teachers, the
couples, the scouts, the chat, the leaderboard and the games are cut by the tab bar, the player to
move and the soloist by their photo's side on some; so some faces are cut by an edge and counted
while half of their box shows (the capture's right 8 px are black padding). Avatars are circles,
rounded squares, squares, squircles, story rings, squares cut out of white and black edges, circles
cut out of neckerchiefs' colours, rims of gold, silver, bronze and patrols' colours, white rims,
with heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes; JPEG quality 30-60. Knight, shoe, tent and padlock badges, back
numbers, the clock, ESCAPED signs, tables' numbers, medals, name labels, "+N" discs and tab bars
take the pixels they cover; a face under them counts while half of its box shows; rims are drawn
before the faces they hold; grey (some photos), the spotlight, the glow, the ultraviolet, the strip
lights and the e-ink mode leave the faces under them counted as they look; initials, dashed rings,
hexagons, boards, pieces, floors, tables, games' boxes, maps, photos of places and drawn things are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,868 faces (1,703 under 32 px, 151 of 32-63, 5 of 64-127, 9
larger; 1,802 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, squares,
stacks, chairs and photos, round things where a photo's people or a cut-out's person would be);
``reps=1`` a quarter (18 screens with 445 faces: 416, 26, 1 and 2 by size, 435 under 40 px; 13
face-free). Each layout has people twice a round but the live board and the recital, once (a few
large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    chess_pairings     8 screens   222 faces: 222,   0,   0,   0
    live_board         4 screens    31 faces:  23,   0,   2,   6
    club_ladder        8 screens   151 faces: 112,  39,   0,   0
    dance_timetable    8 screens   260 faces: 260,   0,   0,   0
    dance_heats        8 screens   249 faces: 249,   0,   0,   0
    recital_programme  4 screens   127 faces: 123,   0,   1,   3
    badge_tracker      8 screens   155 faces: 107,  48,   0,   0
    camp_chat          8 screens   163 faces: 101,  60,   2,   0
    escape_rooms       8 screens   207 faces: 203,   4,   0,   0
    cafe_tables        8 screens   303 faces: 303,   0,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout38 as H38
import heldout52 as H52
import heldout53 as H53
import heldout57 as H57
import heldout58 as H58
import heldout59 as H59
import heldout60 as H60
import heldout61 as H61
import heldout63 as H63
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK
from heldout20 import note
from heldout21 import chips
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 64646


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT64_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 64646."""
    return int(env.get("HELDOUT64_SEED") or DEFAULT_SEED)


HELDOUT64_SEED = seed_from(os.environ)

Fn = H61.Fn  # a look over a whole photo or screen (a spotlight, a campfire's glow, ultraviolet)

CHESS: Colour = (60, 110, 40)  # a chess club's baize green (BGR)
CLUBS: tuple[str, ...] = ("Castle Rock Chess Club", "Kingsway Chess", "Eastfield Knights", "Old Bridge CC")
EVENTS: tuple[str, ...] = ("County Open", "Spring Congress", "Junior Rapidplay", "Club Championship")
OPENINGS: tuple[str, ...] = (
    "Sicilian, Najdorf", "Queen's Gambit Declined", "Caro-Kann", "Ruy Lopez", "King's Indian",
    "London System", "French, Winawer", "English Opening",
)  # fmt: skip
CONTROLS: tuple[str, ...] = ("90+30", "60+10", "25+10", "15+5")
SILVER: Colour = (192, 192, 192)
BRONZE: Colour = (50, 120, 190)
DANCE: Colour = (150, 50, 190)  # a dance school's magenta
SCHOOLS: tuple[str, ...] = ("Step Out Dance", "Studio Nine", "Tiptoes Academy", "Northern Ballroom")
STYLES: tuple[tuple[str, Colour], ...] = (
    ("Ballet", (200, 170, 240)), ("Tap", (120, 200, 240)), ("Jazz", (90, 170, 250)),
    ("Street", (200, 200, 120)), ("Contemporary", (180, 220, 160)), ("Ballroom", (230, 180, 160)),
    ("Latin", (140, 140, 240)),
)  # fmt: skip
DANCES: tuple[str, ...] = ("Waltz", "Quickstep", "Foxtrot", "Tango", "Cha cha", "Samba", "Rumba", "Jive")
AGES: tuple[str, ...] = ("Under 12", "Juvenile", "Adult", "Over 35")
STUDIOS: tuple[str, ...] = ("Studio 1", "Studio 2", "Main hall")
PIECES: tuple[str, ...] = (
    "Snowflakes", "Clockwork", "Rain Song", "The Lantern", "Swan Lake (Act II)", "Sing Sing Sing",
    "City Lights", "Paper Boats", "Firebird", "Tea for Two",
)  # fmt: skip
SCOUT: Colour = (120, 50, 110)  # a scout troop's purple
TROOPS: tuple[str, ...] = (
    "1st Ashby Scouts",
    "14th Riverside Guides",
    "3rd Hilltop Troop",
    "Greenway Scouts",
)
PATROLS: tuple[tuple[str, Colour], ...] = (
    ("Kestrels", (40, 120, 220)), ("Otters", (140, 90, 40)), ("Foxes", (30, 90, 200)),
    ("Badgers", (60, 60, 60)), ("Curlews", (180, 150, 40)), ("Hawks", (40, 160, 60)),
)  # fmt: skip
BADGES: tuple[str, ...] = (
    "Camper",
    "Hikes",
    "Navigator",
    "Cook",
    "First aid",
    "Swimmer",
    "Pioneer",
    "Astronomer",
)
CAMPS: tuple[str, ...] = ("Summer camp", "Gilwell weekend", "Lakeside camp", "Woodcraft weekend")
ESCAPE: Colour = (50, 40, 140)  # an escape room's oxblood
ROOMS: tuple[str, ...] = (
    "The Lost Laboratory", "Pharaoh's Vault", "Signal Box 13", "The Locked Library", "Heist at Noon",
    "Submarine K-7",
)  # fmt: skip
TEAMS: tuple[str, ...] = (
    "Key Masters", "The Clueless", "Lock Ness", "Red Herrings", "Team Tuesday", "Escape Goats",
    "The Riddlers", "Panic Room",
)  # fmt: skip
CAFE: Colour = (140, 130, 30)  # a games cafe's teal
CAFES: tuple[str, ...] = ("Meeple & Mug", "The Dice Box", "Table Top Cafe", "Roll & Brew")
GAMES: tuple[str, ...] = (
    "Ticket to Ride", "Carcassonne", "Azul", "Wingspan", "Catan", "Codenames", "Pandemic", "Splendor",
    "Dixit", "Patchwork",
)  # fmt: skip
TABLE_COLOURS: tuple[Colour, ...] = ((60, 110, 160), (80, 130, 180), (50, 90, 140))
NAMES = H63.NAMES
MONTHS = H63.MONTHS


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def chess_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chess tournament's hall: a pale wall with a long banner, a parquet floor, and rows of
    tables running back in perspective, each a white cloth with boards on it (small chequered
    quads) and a clock between each two (a dark block with two lit displays)."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.35, 0.45))
    gradient(img, (0, 0, w, floor), (215, 220, 225), (195, 200, 205))
    cv2.rectangle(img, (w // 10, floor // 5), (w * 9 // 10, floor // 5 + max(4, h // 14)), CHESS, -1)
    cv2.rectangle(
        img, (w // 4, floor // 5 + max(1, h // 50)), (w * 3 // 4, floor // 5 + max(2, h // 22)), WHITE, -1
    )
    gradient(img, (0, floor, w, h), (80, 120, 160), (60, 95, 130))
    for x in range(-w, 2 * w, max(6, w // 12)):
        cv2.line(img, (w // 2 + (x - w // 2) // 6, floor), (x, h), (55, 85, 120), 1)
    vx = w * rng.uniform(0.4, 0.6)
    for row in range(rng.randrange(3, 5)):
        f1 = 0.15 + 0.22 * row
        f2 = f1 + 0.1
        y1, y2 = round(floor + (h - floor) * f1), round(floor + (h - floor) * f2)
        half1, half2 = w * (0.2 + 0.5 * f1), w * (0.2 + 0.5 * f2)
        quad = np.array([(vx - half1, y1), (vx + half1, y1), (vx + half2, y2), (vx - half2, y2)], np.int32)
        cv2.fillPoly(img, [quad], (240, 240, 238))
        cv2.rectangle(
            img, (round(vx - half2), y2), (round(vx + half2), y2 + max(2, h // 40)), (200, 200, 200), -1
        )
        boards = 4
        for k in range(boards):
            bx = round(vx - half1 + (2 * half1) * (k + 0.2) / boards)
            bw, bh = max(4, round(half1 / 5)), max(2, y2 - y1 - 2)
            sq = max(1, bw // 4)
            for i in range(4):
                for j in range(max(1, bh // max(1, sq))):
                    colour = (40, 40, 40) if (i + j) % 2 else (200, 220, 230)
                    cv2.rectangle(
                        img,
                        (bx + i * sq, y1 + 1 + j * sq),
                        (bx + (i + 1) * sq, y1 + 1 + (j + 1) * sq),
                        colour,
                        -1,
                    )
            cx = bx + bw + max(2, bw // 3)
            cv2.rectangle(img, (cx, y1 + 1), (cx + max(3, bw // 2), y1 + max(3, bh // 2)), (30, 30, 30), -1)
    return img


def board_close(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A chessboard close up and tilted away: eight by eight squares in perspective on a dark
    table, and the pieces still on it as flat silhouettes (rooks' towers, bishops' wedges, kings'
    crosses; nothing round)."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 55, 70), (25, 35, 45))
    top, foot = round(h * rng.uniform(0.12, 0.25)), round(h * rng.uniform(0.85, 0.97))
    half_top, half_foot = w * rng.uniform(0.25, 0.35), w * rng.uniform(0.45, 0.55)
    cx = w / 2 + w * rng.uniform(-0.05, 0.05)
    light, dark = rng.choice((((190, 220, 235), (60, 110, 150)), ((210, 230, 230), (80, 140, 110))))

    def at(u: float, v: float) -> tuple[float, float]:
        half = half_top + (half_foot - half_top) * v
        return cx + (2 * u - 1) * half, top + (foot - top) * v

    for i in range(8):
        for j in range(8):
            quad = np.array([at(i / 8, j / 8), at((i + 1) / 8, j / 8), at((i + 1) / 8, (j + 1) / 8),
                             at(i / 8, (j + 1) / 8)]).astype(np.int32)  # fmt: skip
            cv2.fillPoly(img, [quad], light if (i + j) % 2 == 0 else dark)
    for _ in range(rng.randrange(6, 14)):
        i, j = rng.randrange(8), rng.randrange(8)
        px, py = at((i + 0.5) / 8, (j + 0.7) / 8)
        size = max(3, round((foot - top) / 8 * (0.6 + 0.4 * j / 8)))
        colour = (235, 235, 235) if rng.random() < 0.5 else (30, 30, 30)
        kind = rng.randrange(3)
        px, py = round(px), round(py)
        cv2.rectangle(img, (px - size // 3, py - size // 6), (px + size // 3, py), colour, -1)
        if kind == 0:
            cv2.rectangle(img, (px - size // 4, py - size), (px + size // 4, py - size // 6), colour, -1)
            cv2.rectangle(
                img, (px - size // 3, py - size - size // 5), (px + size // 3, py - size), colour, -1
            )
        elif kind == 1:
            tri = np.array(
                [(px - size // 4, py - size // 6), (px + size // 4, py - size // 6), (px, py - size)]
            )
            cv2.fillPoly(img, [tri.astype(np.int32)], colour)
        else:
            cv2.rectangle(img, (px - size // 6, py - size), (px + size // 6, py - size // 6), colour, -1)
            cv2.rectangle(
                img, (px - size // 3, py - size * 5 // 6), (px + size // 3, py - size * 4 // 6), colour, -1
            )
    return img


def dance_studio(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dance studio: a mirror wall of tall pale panels with a diagonal sheen, a wooden barre on
    brackets along it, a sprung wooden floor of boards running back, and a speaker on a stand in a
    corner."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.6, 0.72))
    gradient(img, (0, 0, w, floor), (215, 210, 205), (195, 190, 190))
    panel = max(8, w // rng.randrange(3, 6))
    for x in range(0, w, panel):
        cv2.rectangle(img, (x + 1, h // 12), (x + panel - 2, floor - 2), (225, 220, 210), -1)
        cv2.line(
            img, (x + panel // 4, floor - 2), (x + panel * 3 // 4, h // 12), (240, 238, 232), max(1, w // 80)
        )
    bar = round(floor * rng.uniform(0.55, 0.7))
    cv2.line(img, (0, bar), (w, bar), (70, 120, 170), max(2, h // 60))
    for x in range(panel // 2, w, panel):
        cv2.line(img, (x, bar), (x, bar + max(3, h // 25)), (120, 120, 125), max(1, w // 150))
    gradient(img, (0, floor, w, h), (90, 150, 200), (70, 120, 170))
    for k in range(-10, 11):
        cv2.line(img, (round(w / 2 + k * w / 30), floor), (round(w / 2 + k * w / 6), h), (60, 105, 150), 1)
    sx = rng.choice((max(2, w // 20), w - max(10, w // 6)))
    sw, sh = max(6, w // 10), max(8, h // 5)
    cv2.rectangle(img, (sx, floor - sh - h // 10), (sx + sw, floor - h // 10), (35, 35, 38), -1)
    cv2.rectangle(
        img,
        (sx + sw // 4, floor - sh - h // 10 + sh // 8),
        (sx + sw * 3 // 4, floor - h // 10 - sh // 8),
        (60, 60, 65),
        -1,
    )
    cv2.line(
        img,
        (sx + sw // 2, floor - h // 10),
        (sx + sw // 2, floor + (h - floor) // 3),
        (90, 90, 95),
        max(1, w // 120),
    )
    return img


def stage_curtain(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A stage behind its curtains: red velvet drapes drawn to both sides in folds (stripes of light
    and dark red), a pelmet across the top, a black backcloth, the wooden stage's apron and
    the beams of light from above as pale wedges on the boards."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (25, 20, 30), (40, 35, 45))
    apron = round(h * rng.uniform(0.7, 0.8))
    gradient(img, (0, apron, w, h), (70, 110, 150), (50, 80, 110))
    for _k in range(rng.randrange(2, 4)):
        x = round(w * rng.uniform(0.2, 0.8))
        beam = np.array([(x - w // 40, 0), (x + w // 40, 0), (x + w // 8, apron + (h - apron) // 2),
                         (x - w // 8, apron + (h - apron) // 2)], np.int32)  # fmt: skip
        layer = img.copy()
        cv2.fillPoly(layer, [beam], (150, 200, 230))
        img = cv2.addWeighted(layer, 0.3, img, 0.7, 0)
    reach = rng.uniform(0.18, 0.3)
    fold = max(3, w // 40)
    for side in (0, 1):
        for k, x in enumerate(range(0, round(w * reach), fold)):
            xx = x if side == 0 else w - x - fold
            colour = (30, 30, 160) if k % 2 else (45, 45, 200)
            cv2.rectangle(img, (xx, 0), (xx + fold, apron + (h - apron) // 3), colour, -1)
    cv2.rectangle(img, (0, 0), (w, max(4, h // 10)), (40, 40, 170), -1)
    for x in range(0, w, max(4, w // 20)):
        cv2.line(
            img, (x, max(4, h // 10)), (x + max(2, w // 40), max(4, h // 10)), (30, 160, 200), max(1, h // 80)
        )
    return img


def camp_field(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A scout camp's field: a sky over a line of pines (dark triangles), grass, three to five
    ridge tents (a triangle of canvas with its open door flap and a guy line), a flagpole with
    its flag, and a fire's logs crossed under a flame."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.35, 0.45))
    gradient(img, (0, 0, w, horizon), (230, 200, 160), (225, 225, 215))
    for x in range(-w // 20, w + w // 10, max(5, w // 14)):
        t = round(h * rng.uniform(0.12, 0.2))
        tri = np.array([(x, horizon), (x + w // 28, horizon - t), (x + w // 14, horizon)], np.int32)
        cv2.fillPoly(img, [tri], (50, 90, 40))
    gradient(img, (0, horizon, w, h), (90, 170, 110), (70, 140, 90))
    for _k in range(rng.randrange(3, 6)):
        tx = round(w * (0.05 + 0.9 * rng.random()))
        ty = round(horizon + (h - horizon) * rng.uniform(0.15, 0.5))
        tw, th = max(8, w // 7), max(6, h // 7)
        colour = rng.choice(((60, 140, 200), (200, 160, 60), (90, 160, 90), (70, 70, 180)))
        cv2.fillPoly(img, [np.array([(tx, ty), (tx + tw, ty), (tx + tw // 2, ty - th)], np.int32)], colour)
        cv2.fillPoly(
            img,
            [
                np.array(
                    [(tx + tw // 2, ty - th), (tx + tw // 2 - tw // 6, ty), (tx + tw // 2 + tw // 8, ty)],
                    np.int32,
                )
            ],
            tone(colour, -60),
        )
        cv2.line(img, (tx + tw // 2, ty - th), (tx + tw + tw // 3, ty), (200, 200, 200), 1)
    px = rng.randrange(max(1, w // 10), max(2, w - w // 10))
    cv2.line(img, (px, horizon + (h - horizon) // 3), (px, h // 12), (200, 200, 200), max(1, w // 150))
    cv2.rectangle(img, (px, h // 12), (px + max(5, w // 12), h // 12 + max(3, h // 16)), SCOUT, -1)
    fx, fy = round(w * rng.uniform(0.3, 0.7)), h - max(6, h // 10)
    for d in (-1, 1):
        cv2.line(
            img,
            (fx - d * w // 18, fy + h // 40),
            (fx + d * w // 18, fy - h // 40),
            (40, 70, 110),
            max(2, h // 50),
        )
    flame = np.array(
        [(fx - w // 30, fy), (fx, fy - h // 8), (fx + w // 30, fy), (fx + w // 60, fy - h // 30)], np.int32
    )
    cv2.fillPoly(img, [flame], (40, 150, 250))
    return img


def scout_hut(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A scout hut: a wooden hut of horizontal boards under a pitched roof of dark felt, a green
    door with a sign board over it, one window of four panes, a notice board beside the door and
    a gravel path in front."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 215, 190), (225, 225, 220))
    ground = round(h * rng.uniform(0.78, 0.88))
    x1, x2 = round(w * rng.uniform(0.02, 0.15)), round(w * rng.uniform(0.85, 0.98))
    eaves = round(h * rng.uniform(0.32, 0.42))
    cv2.rectangle(img, (x1, eaves), (x2, ground), (60, 100, 140), -1)
    for y in range(eaves, ground, max(3, h // 30)):
        cv2.line(img, (x1, y), (x2, y), (45, 80, 115), 1)
    ridge = (round((x1 + x2) / 2), round(h * rng.uniform(0.08, 0.16)))
    cv2.fillPoly(
        img, [np.array([(x1 - w // 30, eaves), ridge, (x2 + w // 30, eaves)], np.int32)], (50, 50, 55)
    )
    dx = round(x1 + (x2 - x1) * rng.uniform(0.15, 0.35))
    dw = max(6, w // 8)
    cv2.rectangle(img, (dx, ground - (ground - eaves) * 7 // 10), (dx + dw, ground), (50, 110, 50), -1)
    cv2.rectangle(
        img,
        (dx - dw // 4, eaves + max(2, h // 40)),
        (dx + dw + dw // 4, eaves + max(5, h // 12)),
        (225, 230, 235),
        -1,
    )
    wx = round(x1 + (x2 - x1) * rng.uniform(0.6, 0.75))
    ww = max(8, w // 7)
    wy = eaves + (ground - eaves) // 4
    cv2.rectangle(img, (wx, wy), (wx + ww, wy + ww * 3 // 4), (230, 230, 230), -1)
    cv2.rectangle(img, (wx + 2, wy + 2), (wx + ww - 2, wy + ww * 3 // 4 - 2), (120, 90, 70), -1)
    cv2.line(img, (wx + ww // 2, wy), (wx + ww // 2, wy + ww * 3 // 4), (230, 230, 230), max(1, w // 150))
    cv2.line(img, (wx, wy + ww * 3 // 8), (wx + ww, wy + ww * 3 // 8), (230, 230, 230), max(1, w // 150))
    nx = dx + dw + max(3, w // 30)
    cv2.rectangle(img, (nx, wy + ww // 2), (nx + max(6, w // 12), wy + ww), (40, 90, 150), -1)
    for k in range(3):
        cv2.rectangle(
            img,
            (nx + 2 + k * max(2, w // 40), wy + ww // 2 + 3),
            (nx + max(3, w // 40) + k * max(2, w // 40), wy + ww * 3 // 4),
            (240, 240, 240),
            -1,
        )
    gradient(img, (0, ground, w, h), (160, 170, 175), (130, 140, 145))
    return img


def escape_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An escape room: dark panelled walls lit low, a heavy door with iron straps and a keypad, a
    chest on the floor with its padlock, a shelf of old books and a clue wall of pinned notes joined
    by red string."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 50, 60), (25, 30, 35))
    for x in range(0, w, max(6, w // 9)):
        cv2.line(img, (x, 0), (x, h), (30, 38, 45), max(1, w // 200))
    floor = round(h * 0.8)
    cv2.rectangle(img, (0, floor), (w, h), (35, 55, 80), -1)
    dx, dw = rng.randrange(max(1, w // 20), max(2, w // 3)), max(10, w // 4)
    cv2.rectangle(img, (dx, h // 8), (dx + dw, floor), (40, 70, 100), -1)
    for k in (1, 3):
        y = h // 8 + (floor - h // 8) * k // 4
        cv2.rectangle(img, (dx, y), (dx + dw, y + max(2, h // 40)), (60, 60, 65), -1)
    cv2.rectangle(
        img,
        (dx + dw + 4, h // 2),
        (dx + dw + 4 + max(4, w // 25), h // 2 + max(6, h // 10)),
        (70, 70, 75),
        -1,
    )
    wx = dx + dw + max(10, w // 8)
    px, py = wx, round(h * 0.1)
    for k in range(rng.randrange(3, 6)):
        nx = wx + round(rng.uniform(0, max(1, w - wx - w // 10)))
        ny = round(h * rng.uniform(0.1, 0.4))
        cv2.rectangle(img, (nx, ny), (nx + max(4, w // 14), ny + max(5, h // 12)), (200, 225, 235), -1)
        if k:
            cv2.line(img, (nx + 2, ny + 2), (px, py), (40, 40, 200), 1, cv2.LINE_AA)
        px, py = nx + 2, ny + 2
    sy = round(h * 0.55)
    cv2.rectangle(img, (wx, sy), (w, sy + max(2, h // 50)), (50, 80, 110), -1)
    bx = wx
    while bx < w - 4:
        bw = max(2, w // rng.randrange(30, 50))
        bh = max(4, round(h * rng.uniform(0.08, 0.13)))
        cv2.rectangle(
            img,
            (bx, sy - bh),
            (bx + bw, sy),
            rng.choice(((40, 40, 120), (40, 90, 60), (120, 80, 40), (90, 120, 150))),
            -1,
        )
        bx += bw + 1
    cx, cw = round(w * rng.uniform(0.55, 0.75)), max(10, w // 5)
    cv2.rectangle(img, (cx, floor - max(6, h // 8)), (cx + cw, floor + max(2, h // 30)), (30, 70, 120), -1)
    cv2.rectangle(
        img,
        (cx, floor - max(6, h // 8)),
        (cx + cw, floor - max(6, h // 8) + max(2, h // 40)),
        (50, 140, 190),
        -1,
    )
    lx, ly, lw = cx + cw // 2, floor - max(6, h // 8) + max(3, h // 25), max(4, w // 30)
    cv2.ellipse(img, (lx, ly), (lw // 2, lw // 2), 0, 180, 360, (150, 150, 155), max(1, w // 150))
    cv2.rectangle(img, (lx - lw // 2 - 1, ly), (lx + lw // 2 + 1, ly + lw), (60, 170, 210), -1)
    return img


def game_shelves(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A games cafe's wall of shelves: four to six shelves of game boxes, stood on end and lying in
    piles (rectangles of bright colours with a pale title bar), a potted plant on one shelf."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 90, 120), (45, 70, 95))
    shelves = rng.randrange(4, 7)
    gap = h / shelves
    for k in range(shelves):
        base = round((k + 1) * gap) - max(2, h // 60)
        cv2.rectangle(img, (0, base), (w, base + max(2, h // 60)), (90, 140, 190), -1)
        x = rng.randrange(0, max(1, w // 20))
        while x < w:
            colour = tuple(rng.randrange(40, 240) for _ in range(3))
            if rng.random() < 0.6:
                bw, bh = max(3, round(w * rng.uniform(0.03, 0.06))), round(gap * rng.uniform(0.6, 0.85))
                cv2.rectangle(img, (x, base - bh), (x + bw, base), colour, -1)
                cv2.rectangle(
                    img, (x + 1, base - bh * 3 // 4), (x + bw - 1, base - bh * 2 // 3), (230, 230, 230), -1
                )
            else:
                bw = max(6, round(w * rng.uniform(0.12, 0.2)))
                bh, top = max(2, round(gap * 0.14)), base
                for _ in range(rng.randrange(1, 4)):
                    cv2.rectangle(img, (x, top - bh), (x + bw, top), colour, -1)
                    cv2.line(
                        img,
                        (x + bw // 6, top - bh // 2),
                        (x + bw * 2 // 3, top - bh // 2),
                        (235, 235, 235),
                        1,
                    )
                    top -= bh + 1
                    colour = tuple(rng.randrange(40, 240) for _ in range(3))
            x += bw + max(1, w // 150)
    k = rng.randrange(shelves)
    px, base = rng.randrange(max(1, w - w // 6)), round((k + 1) * gap) - max(2, h // 60)
    pw = max(4, w // 14)
    cv2.rectangle(img, (px, base - pw), (px + pw, base), (60, 90, 170), -1)
    for d in (-2, -1, 0, 1, 2):
        cv2.line(
            img,
            (px + pw // 2, base - pw),
            (px + pw // 2 + d * pw // 3, base - pw - round(gap * 0.4)),
            (50, 150, 60),
            max(1, w // 150),
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    chess_hall,
    board_close,
    dance_studio,
    stage_curtain,
    camp_field,
    scout_hut,
    escape_room,
    game_shelves,
)
HALL: tuple[H11.Render, ...] = (chess_hall, chess_hall, board_close)  # a club night, a player's camera
STAGE: tuple[H11.Render, ...] = (stage_curtain, stage_curtain, dance_studio)  # a soloist
CAMP: tuple[H11.Render, ...] = (camp_field, camp_field, scout_hut)  # a troop at camp
LOCKED: tuple[H11.Render, ...] = (escape_room,)  # a team's escaped photo, a room's art


@dataclass
class Cast(H63.Cast):
    """heldout63's cast (heldout62's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h64-, whose drawn things are this set's: a chess hall, a
    chessboard close up, a dance studio, a stage behind its curtains, a camp's field of tents, a
    scout hut, an escape room, a games cafe's shelves."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h64-" + super().kind(layout).removeprefix("h63-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def knight_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A chess club's badge: a green disc with a white knight's silhouette (a horse's neck and head
    in profile on a base; no eye)."""
    H59.disc_badge(img, c, r, rim, CHESS)
    shape = [(-0.4, 0.6), (0.45, 0.6), (0.45, 0.45), (0.25, 0.4), (0.3, -0.1), (0.15, -0.55),
             (-0.1, -0.65), (-0.45, -0.25), (-0.35, -0.1), (-0.05, -0.2), (-0.3, 0.4),
             (-0.4, 0.45)]  # fmt: skip
    pts = np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in shape]).astype(np.int32)
    cv2.fillPoly(img, [pts], WHITE, cv2.LINE_AA)


def shoe_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A dance school's badge: a magenta disc with a white dance shoe (a heeled sole with its strap)."""
    H59.disc_badge(img, c, r, rim, DANCE)
    sole = [(-0.55, 0.1), (0.35, 0.1), (0.55, 0.25), (0.5, 0.38), (-0.2, 0.38), (-0.4, 0.3), (-0.45, 0.6),
            (-0.55, 0.6)]  # fmt: skip
    cv2.fillPoly(img, [np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in sole]).astype(np.int32)], WHITE)
    cv2.line(img, (c[0] - r // 10, c[1] + r // 8), (c[0] + r // 5, c[1] - r * 4 // 10), WHITE, max(1, r // 7))


def tent_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A scout troop's badge: a purple disc with a white ridge tent (a triangle, its door a dark
    wedge) on a ground line."""
    H59.disc_badge(img, c, r, rim, SCOUT)
    tri = np.array([(c[0] - r * 6 // 10, c[1] + r * 4 // 10), (c[0], c[1] - r * 5 // 10),
                    (c[0] + r * 6 // 10, c[1] + r * 4 // 10)], np.int32)  # fmt: skip
    cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
    door = np.array(
        [(c[0] - r // 6, c[1] + r * 4 // 10), (c[0], c[1] - r // 10), (c[0] + r // 6, c[1] + r * 4 // 10)]
    )
    cv2.fillPoly(img, [door.astype(np.int32)], SCOUT)
    cv2.line(
        img,
        (c[0] - r * 7 // 10, c[1] + r * 5 // 10),
        (c[0] + r * 7 // 10, c[1] + r * 5 // 10),
        WHITE,
        max(1, r // 9),
    )


def lock_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """An escape room's badge: an oxblood disc with a white padlock (a body and its shackle's arch)
    and a keyhole slot."""
    H59.disc_badge(img, c, r, rim, ESCAPE)
    cv2.ellipse(img, (c[0], c[1] - r // 10), (r * 3 // 10, r * 3 // 10), 0, 180, 360, WHITE, max(1, r // 7))
    cv2.rectangle(
        img, (c[0] - r * 45 // 100, c[1] - r // 10), (c[0] + r * 45 // 100, c[1] + r * 5 // 10), WHITE, -1
    )
    cv2.rectangle(
        img,
        (c[0] - max(1, r // 14), c[1] + r // 10),
        (c[0] + max(1, r // 14), c[1] + r * 3 // 10),
        ESCAPE,
        -1,
    )


def hexagon(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, t: int = -1) -> None:
    """A badge's hexagon round ``c`` (pointed at top and foot), filled or outlined ``t`` px."""
    pts = np.array(
        [(c[0] + r * math.sin(k * math.pi / 3), c[1] - r * math.cos(k * math.pi / 3)) for k in range(6)]
    )
    if t < 0:
        cv2.fillPoly(img, [pts.round().astype(np.int32)], colour, cv2.LINE_AA)
    else:
        cv2.polylines(img, [pts.round().astype(np.int32)], True, colour, t, cv2.LINE_AA)


def back_number(img: np.ndarray, x: int, y: int, n: int, w: int = 64, h: int = 44) -> None:
    """A competitor's back number at (x, y), w x h: a white card with a thin black frame and the
    number in black (it takes the pixels it covers)."""
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    cv2.rectangle(img, (x, y), (x + w, y + h), (30, 30, 30), 2)
    note(img, str(n), (x + 8, y + h - 12), h / 60, (20, 20, 20), 2)


def chess_clock(img: np.ndarray, x: int, y: int, left: str, right: str, running: int) -> None:
    """A chess clock at (x, y), 240 x 70 (it takes the pixels it covers): a dark case with two
    displays, the running side's lit in green, the other grey, and a button over it."""
    rounded_card(img, x, y, 240, 70, 10, (30, 30, 32))
    for k, text in enumerate((left, right)):
        colour = (120, 230, 140) if k == running else (170, 170, 170)
        cv2.rectangle(img, (x + 10 + k * 115, y + 14), (x + 115 + k * 115, y + 58), (20, 20, 20), -1)
        note(img, text, (x + 20 + k * 115, y + 48), 0.7, colour, 2)
    cv2.rectangle(img, (x + 40 + running * 115, y - 8), (x + 80 + running * 115, y), (90, 90, 95), -1)


def spotlight(level: float, at: float) -> Fn:
    """A stage's spotlight over a photo: everything dimmed by ``level`` (0.2-0.4) but a soft pool of
    warm white round ``at`` of the width, lit up to ``level`` toward it; faces stay counted, light
    in the pool and dimmer outside it."""
    warm = np.array((210, 235, 250), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        xx = np.arange(w, dtype=np.float32)[None, :] / max(1, w)
        pool = np.exp(-(((xx - at) / 0.22) ** 2))[:, :, None] * np.ones((h, 1, 1), np.float32)
        dim = part.astype(np.float32) * (1 - level * (1 - pool))
        return np.clip(dim * (1 - level * pool * 0.6) + warm * level * pool * 0.6, 0, 255).astype(np.uint8)

    return look_at


def campfire(level: float) -> Fn:
    """A campfire's glow over a photo: drawn toward the fire's orange, ``level`` (0.2-0.45) of the
    way at the foot and a quarter of that at the top; faces stay counted, orange and light."""
    orange = np.array((60, 150, 250), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        a = np.linspace(level / 4, level, part.shape[0], dtype=np.float32)[:, None, None]
        return np.clip(part * (1 - a) + orange * a, 0, 255).astype(np.uint8)

    return look_at


def ultraviolet(level: float) -> Fn:
    """An escape room's ultraviolet light over a photo: every pixel drawn ``level`` (0.2-0.35) of
    the way toward violet, whites kept brightest (a blacklight makes them glow); faces stay counted,
    violet and light."""
    violet = np.array((230, 60, 150), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        p = part.astype(np.float32)
        glow = (p.mean(axis=2, keepdims=True) / 255) ** 2 * 30
        return np.clip(p * (1 - level) + violet * level + glow, 0, 255).astype(np.uint8)

    return look_at


def strip_lights(level: float) -> Fn:
    """A club hall's cold strip lights over a photo: every pixel drawn ``level`` (0.15-0.3) of the
    way toward a greenish white, brighter in bands across the top quarter (the tubes' reflections);
    faces stay counted, paler."""
    cold = np.array((225, 240, 225), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        h = part.shape[0]
        yy = np.arange(h, dtype=np.float32)[:, None, None] / max(1, h)
        a = level + 0.1 * (yy < 0.25) * (np.sin(yy * 80) > 0.3)
        return np.clip(part * (1 - a) + cold * a, 0, 255).astype(np.uint8)

    return look_at


def e_ink(part: np.ndarray) -> np.ndarray:
    """A chess app's e-ink reading mode over a whole screen: grey, its range squeezed to 50-226
    and tinted toward paper (a touch warm), so nothing is darker than 50 or lighter than 232 and
    no colour is left; faces stay counted, grey."""
    grey = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None]
    paper = np.array((0.97, 0.99, 1.0), np.float32)
    return np.clip((50 + grey * 176 / 255) * paper, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Parts: a tournament's pairings, a live board and a club's ladder.
# ----------------------------------------------------------------------------------------------


def round_card(s: Screen, rng: random.Random, y: int) -> int:
    """The round on a card (no faces): a knight's badge, the event and the venue, the round out of
    the rounds, the time control, how many boards are finished as a bar, "LIVE" on a red tag.
    Returns its height with the gap under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 18, off(s.bg, 10))
    knight_badge(img, (70, y + 56), 28, off(s.bg, 10))
    note(img, f"{rng.choice(EVENTS)} - {rng.choice(CLUBS).split(' Chess')[0]}", (114, y + 50), 0.6, s.fg, 2)
    rounds = rng.randrange(5, 10)
    note(
        img,
        f"Round {rng.randrange(1, rounds + 1)} of {rounds} - {rng.choice(CONTROLS)}",
        (114, y + 86),
        0.46,
        GREY,
        2,
    )
    done = rng.random()
    cv2.rectangle(img, (114, y + 102), (614, y + 112), off(s.bg, 30), -1)
    cv2.rectangle(img, (114, y + 102), (114 + round(500 * done), y + 112), CHESS, -1)
    note(img, f"{round(done * 100)}% finished", (640, y + 112), 0.4, GREY)
    tag(img, WIDTH - 150, y + 24, "LIVE", RED, 32)
    return 150


PAIR_X = 560  # where a pairing's black player starts


def pairing_row(cast: Cast, rng: random.Random, s: Screen, y: int, board: int) -> int:
    """A board's pairing: the board's number in a box, the white player's 22-30 px face in a square
    cut out of a white edge (heldout2's ``edge``), the name and the rating; between them the result
    on a pill ("1-0", "0-1", "1/2") or a red dot and "live"; the black player's face (the same size)
    in a square cut out of a black edge, the name and the rating; initials on some, a bye (nobody,
    "BYE" on a grey tag) on 4 %. Returns its height (92 px)."""
    img = s.img
    cv2.rectangle(img, (24, y + 24), (70, y + 66), off(s.bg, 24), -1)
    note(img, str(board), (32 if board < 10 else 26, y + 54), 0.6, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.22))
    for k, (x, edge) in enumerate(((88, (240, 240, 240)), (PAIR_X, (25, 25, 25)))):
        if k and rng.random() < 0.04:
            tag(img, x, y + 28, "BYE", (110, 110, 110), 32)
            continue
        if rng.random() < 0.08:
            H3.initials(img, rng, x, y + 18, side, "square", edge)
        else:
            cast.avatar(s, x, y + 18, fp, side, "square", edge)
        note(img, f"{rng.choice(NAMES)[0]}. {rng.choice(SURNAMES)}", (x + side + 16, y + 42), 0.48, s.fg, 2)
        note(img, str(rng.randrange(1100, 2450)), (x + side + 16, y + 70), 0.4, GREY)
    result = rng.choice(("1-0", "0-1", "1/2", "live", "live"))
    if result == "live":
        cv2.circle(img, (404, y + 46), 7, RED, -1, cv2.LINE_AA)
        note(img, "live", (418, y + 52), 0.44, RED, 2)
    else:
        pill(img, 384, y + 26, 100, 40, off(s.bg, 30))
        note(img, result, (404, y + 54), 0.56, s.fg, 2)
    note(img, f"{rng.randrange(8, 60)} moves", (WIDTH - 160, y + 52), 0.4, GREY)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def board_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The live board's bar (no faces): a dark green band with a knight's badge, the event and the
    board, "LIVE" on a red tag and the watchers' count. Returns its height (100 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 92), tone(CHESS, -30), -1)
    knight_badge(img, (52, y + 46), 26, tone(CHESS, -30))
    note(img, rng.choice(EVENTS), (96, y + 42), 0.6, WHITE, 2)
    note(
        img,
        f"Board {rng.randrange(1, 20)} - round {rng.randrange(1, 8)}",
        (96, y + 74),
        0.44,
        (210, 230, 210),
    )
    tag(img, WIDTH - 300, y + 28, "LIVE", RED, 32)
    note(img, f"{rng.randrange(12, 900)} watching", (WIDTH - 200, y + 52), 0.46, WHITE)
    return 100


def player_cam(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The player to move's camera across the screen, (WIDTH - 40) wide and 420-500 high (heldout53's
    ``posed`` in the hall or over the board: the face 110-240 px, on a quarter cut by a side of the
    frame), the name's label over its lower left (heldout22's ``name_label``) and the chess clock
    over its lower right (``chess_clock``; both take the pixels they cover). Returns its height with
    the gap under it."""
    h = rng.randrange(420, 500)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(110, 240), HALL, edge)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(
        s.img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)} ({rng.randrange(1500, 2500)})", 36, y + h - 14, 40
    )
    clock = (
        f"{rng.randrange(0, 60)}:{rng.randrange(60):02d}",
        f"{rng.randrange(0, 60)}:{rng.randrange(60):02d}",
    )
    chess_clock(s.img, WIDTH - 290, y + h - 90, *clock, rng.randrange(2))
    return h + 16


CAM_W, CAM_H = 500, 300  # the opponent's camera beside the board


def board_and_opponent(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The game's board at the left, 520 px square (eight by eight in the club's colours with the
    pieces as flat silhouettes; never a face), and at the right the opponent's camera, 500 x 300
    (the cast's ``photo``: the face 0.2-0.32 of its width, others in it at their own sizes; off on a
    fifth, heldout22's ``camera_off``) with the name's label, and the moves under it as numbered
    pairs with the opening's name. Returns its height with the gap under it (540 px)."""
    img = s.img
    sq = 65
    light, dark = (200, 225, 235), tone(CHESS, 20)
    for i in range(8):
        for j in range(8):
            colour = light if (i + j) % 2 == 0 else dark
            cv2.rectangle(img, (20 + i * sq, y + j * sq), (20 + (i + 1) * sq, y + (j + 1) * sq), colour, -1)
    for _ in range(rng.randrange(10, 24)):
        cx, cy = 20 + rng.randrange(8) * sq + sq // 2, y + rng.randrange(8) * sq + sq // 2
        colour = (245, 245, 245) if rng.random() < 0.5 else (25, 25, 25)
        cv2.rectangle(img, (cx - 16, cy + 10), (cx + 16, cy + 20), colour, -1)
        if rng.random() < 0.5:
            cv2.rectangle(img, (cx - 10, cy - 18), (cx + 10, cy + 10), colour, -1)
        else:
            tri = np.array([(cx - 12, cy + 10), (cx + 12, cy + 10), (cx, cy - 20)], np.int32)
            cv2.fillPoly(img, [tri], colour, cv2.LINE_AA)
        cv2.rectangle(img, (cx - 16, cy + 10), (cx + 16, cy + 20), (128, 128, 128), 1)
    x = WIDTH - 20 - CAM_W
    if rng.random() < 0.2:
        H22.camera_off(cast, s, rng, x, y, CAM_W, CAM_H)
    else:
        cast.photo(s, x, y, CAM_W, CAM_H, CAM_W * small(rng, 0.2, 0.32), rounded_rect(CAM_H, CAM_W, 14))
    H22.name_label(img, f"{rng.choice(NAMES)} ({rng.randrange(1500, 2500)})", x + 10, y + CAM_H - 10, 34)
    note(img, rng.choice(OPENINGS), (x, y + CAM_H + 40), 0.5, s.fg, 2)
    for k in range(5):
        move = rng.randrange(1, 40)
        note(
            img,
            f"{move}. {rng.choice('NBRQK')}{rng.choice('abcdefgh')}{rng.randrange(1, 9)}",
            (x, y + CAM_H + 78 + k * 32),
            0.44,
            GREY,
        )
        note(
            img,
            f"{rng.choice('abcdefgh')}{rng.randrange(1, 9)}",
            (x + 200, y + CAM_H + 78 + k * 32),
            0.44,
            GREY,
        )
    return 540


def kibitz_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A kibitzer's comment under the game: the 20-26 px face in a story ring (initials on some), the
    name and the club, the comment as a text bar or a move suggested on a green tag, the likes.
    Returns its height (88 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (20, 26), "ring", 0.12)
    x = 56 + side
    note(img, f"{rng.choice(NAMES)} - {rng.choice(CLUBS).split()[0]}", (x, y + 36), 0.48, s.fg, 2)
    if rng.random() < 0.3:
        tag(
            img, x, y + 48, f"{rng.choice('NBRQ')}x{rng.choice('abcdefgh')}{rng.randrange(1, 9)}!?", GREEN, 28
        )
    else:
        H52.text_bars(img, rng, x, y + 56, rng.randrange(240, 600), 1, off(s.bg, 60))
    note(img, f"{rng.randrange(0, 40)} likes", (WIDTH - 160, y + 50), 0.4, GREY)
    return 88


def club_night(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club night (heldout61's ``hero_photo`` in the hall or over a board: three to six a depth,
    the front faces 24-44 px, those behind 0.55-0.7 of them), under the hall's strip lights on 35 %
    (``strip_lights``) or grey on 15 % (heldout10's ``greyed``); the night on a tag and a knight's
    badge, the club on the band. Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    shade = strip_lights(rng.uniform(0.15, 0.3)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Club night - {rng.choice(('Tue', 'Wed', 'Thu'))} 7:30"
    words = (rng.choice(CLUBS).upper(), f"{rng.randrange(8, 40)} boards tonight - ladder games count")
    return H61.hero_photo(
        cast, rng, s, y, HALL, (3, 6), (24, 44, 0.55), shade, (when, CHESS, knight_badge), words
    )


def podium(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The ladder's top three on a podium on a card: three steps (the first in the middle and
    tallest, its number on each), on each a round 34-50 px face (one size) in a solid rim of gold,
    silver or bronze (heldout38's ``rimmed``), the name and the rating under it. Returns its height
    with the gap under it (330 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 310, 20, off(s.bg, 10))
    fp, side = _size(rng, 34, small(rng, 34.5, 50), (1.1, 1.2))
    for place, cx, rise, rim in (
        (1, WIDTH // 2, 120, GOLD),
        (2, WIDTH // 2 - 300, 80, SILVER),
        (3, WIDTH // 2 + 300, 50, BRONZE),
    ):
        foot = y + 300
        cv2.rectangle(img, (cx - 120, foot - rise), (cx + 120, foot), tone(CHESS, 30 - 15 * place), -1)
        note(img, str(place), (cx - 10, foot - rise // 2 + 12), 0.9, WHITE, 2)
        top = foot - rise - side - 70
        H38.rimmed(cast, s, cx - side // 2, top, fp, side, rim)
        note(img, rng.choice(NAMES), (cx - 60, top + side + 34), 0.46, s.fg, 2)
        note(img, str(rng.randrange(1500, 2300)), (cx - 30, top + side + 58), 0.4, GREY)
    return 330


def ladder_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A rung of the ladder: the rank, its move since last week as a green arrow up or a red arrow
    down with the places (or a grey dash), the round 22-30 px face (initials on some), the name and
    the games won, drawn and lost, the rating; on 30 % a pending challenge, "vs" and the challenger
    as a stack of one 18-22 px face (heldout22's ``stack``); else an outlined "Challenge" or
    "Challenged" on a grey tag (heldout61's ``button_or_tag``). Returns its height (96 px)."""
    img = s.img
    rank = rng.randrange(4, 60)
    note(img, str(rank), (28, y + 56), 0.7, s.fg, 2)
    move = rng.choice((-2, -1, 0, 0, 1, 1, 3))
    if move > 0:
        cv2.fillPoly(img, [np.array([(82, y + 56), (98, y + 56), (90, y + 40)], np.int32)], GREEN)
    elif move < 0:
        cv2.fillPoly(img, [np.array([(82, y + 42), (98, y + 42), (90, y + 58)], np.int32)], RED)
    else:
        cv2.line(img, (82, y + 50), (98, y + 50), GREY, 3)
    side = face_or_initials(cast, rng, s, (112, y + 18), (22, 30), "circle", 0.1)
    x = 132 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 42), 0.5, s.fg, 2)
    note(
        img,
        f"W{rng.randrange(0, 20)} D{rng.randrange(0, 9)} L{rng.randrange(0, 15)}",
        (x, y + 72),
        0.42,
        GREY,
    )
    note(img, str(rng.randrange(1100, 2200)), (560, y + 56), 0.56, CHESS, 2)
    if rng.random() < 0.3:
        note(img, "vs", (700, y + 56), 0.46, GREY, 2)
        H22.stack(cast, s, rng, 740, y + 34, 1, 18.3, 22, s.bg)
    else:
        H61.button_or_tag(s, y, rng.random() < 0.3, ("Challenge", "Challenged"), CHESS, 180)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a dance school's timetable, a competition's heats and a recital's programme.
# ----------------------------------------------------------------------------------------------


LANE_X, LANE_W, HOUR_H = 110, 318, 120  # the studios' lanes: the first's left, a lane's width, an hour


def studio_lanes(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The evening in the school's three studios on a card: the studios' names over three lanes,
    the hours from 4 pm down the left (five hours, ``HOUR_H`` px an hour, a line at each), each
    class a block of its style's colour half an hour to two hours long with gaps between, at its
    top left the teacher's 24-32 px face in a rounded square (one size for the evening; initials on
    some), the class and its level beside it, and in a block of an hour or more the pupils booked as
    a stack of one to three 18-22 px faces (heldout22's ``stack``) at its foot, "FULL" on a red tag
    on some. Returns its height with the gap under it (700 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 680, 20, off(s.bg, 10))
    top = y + 70
    for k, name in enumerate(STUDIOS):
        note(img, name, (LANE_X + k * LANE_W + 10, y + 46), 0.5, s.fg, 2)
    for hr in range(6):
        note(img, f"{4 + hr}pm", (34, top + hr * HOUR_H + 6), 0.42, GREY)
        cv2.line(img, (LANE_X - 6, top + hr * HOUR_H), (WIDTH - 30, top + hr * HOUR_H), off(s.bg, 26), 1)
    fp, side = _size(rng, 24, small(rng, 24.5, 32), (1.1, 1.2))
    for lane in range(3):
        half = rng.choice((0, 0, 1))
        while half < 9:
            length = min(rng.choice((1, 2, 2, 3, 4)), 10 - half)
            bx, by = LANE_X + lane * LANE_W, top + half * HOUR_H // 2
            bh = length * HOUR_H // 2 - 6
            style, colour = rng.choice(STYLES)
            rounded_card(img, bx, by + 3, LANE_W - 10, bh, 10, colour)
            if bh >= side + 14:
                if rng.random() < 0.1:
                    H3.initials(img, rng, bx + 8, by + 10, side, "rounded", None)
                else:
                    cast.avatar(s, bx + 8, by + 10, fp, side, "rounded")
                note(img, style, (bx + side + 18, by + 30), 0.46, INK, 2)
                note(
                    img,
                    rng.choice(("Grade 2", "Grade 4", "Beginners", "Adults", "Seniors", "Teens")),
                    (bx + side + 18, by + 54),
                    0.38,
                    (70, 70, 70),
                )
            else:
                note(img, style, (bx + 10, by + 26), 0.42, INK, 2)
            if length >= 2 and bh >= side + 56:
                H22.stack(cast, s, rng, bx + 10, by + bh - 30, rng.randrange(1, 4), 18.3, 22, colour)
                if rng.random() < 0.2:
                    tag(img, bx + LANE_W - 90, by + bh - 34, "FULL", RED, 26)
            half += length + rng.choice((0, 0, 1))
    return 700


def teacher_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A teacher: the 24-32 px face in a squircle (initials on some) with a shoe's badge over its
    lower right on 25 % (teaching tonight; it takes the pixels it covers), the name and the
    qualifications, two styles on chips, the classes a week. Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (24, 32), "squircle", 0.1)
    if rng.random() < 0.25:
        shoe_badge(img, (28 + side, y + 16 + side), 11, s.bg)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.52, s.fg, 2)
    note(
        img,
        rng.choice(("ISTD Licentiate", "RAD Registered", "IDTA Fellow", "BA Dance")),
        (x, y + 72),
        0.42,
        GREY,
    )
    for k, (style, colour) in enumerate(rng.sample(STYLES, 2)):
        tag(img, 560 + k * 170, y + 30, style, tone(colour, -60), 28)
    note(img, f"{rng.randrange(2, 14)} classes a week", (560, y + 86), 0.4, GREY)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def heat_card(s: Screen, rng: random.Random, y: int) -> int:
    """The heat on a card (no faces): a shoe's badge, the competition, the heat's number, its dance
    and its age group, the floor, the judges as seven lettered squares, "ON FLOOR" on a magenta tag.
    Returns its height with the gap under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 18, off(s.bg, 10))
    shoe_badge(img, (70, y + 56), 28, off(s.bg, 10))
    note(img, f"{rng.choice(SCHOOLS)} Open", (114, y + 48), 0.6, s.fg, 2)
    note(
        img,
        f"Heat {rng.randrange(1, 80)} - {rng.choice(DANCES)} - {rng.choice(AGES)}",
        (114, y + 84),
        0.46,
        GREY,
        2,
    )
    for k, letter in enumerate("ABCDEFG"):
        cv2.rectangle(img, (114 + k * 40, y + 96), (144 + k * 40, y + 122), off(s.bg, 34), -1)
        note(img, letter, (122 + k * 40, y + 116), 0.4, s.fg)
    tag(img, WIDTH - 220, y + 24, "ON FLOOR", DANCE, 32)
    return 150


FLOOR_X, FLOOR_W, FLOOR_H = 50, 980, 540  # the ballroom's floor on its card


def floor_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The ballroom's floor from above on a card: parquet (strips of two woods) inside a dark
    border, the line of dance as a dashed oval arrowed anticlockwise, and six to eleven couples
    spread round it, each two round 18-24 px faces (one size for the floor) side by side, joined by
    a bar under them (their hands), the couple's back number on a small white card under them (it
    takes the pixels it covers). Returns its height with the gap under it (600 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 580, 20, off(s.bg, 10))
    x0, y0 = FLOOR_X, y + 20
    cv2.rectangle(img, (x0, y0), (x0 + FLOOR_W, y0 + FLOOR_H), (40, 60, 80), -1)
    for k, sx in enumerate(range(x0 + 10, x0 + FLOOR_W - 10, 40)):
        for j, sy in enumerate(range(y0 + 10, y0 + FLOOR_H - 10, 120)):
            colour = (90, 150, 200) if (k + j) % 2 else (70, 120, 170)
            cv2.rectangle(
                img, (sx, sy), (min(sx + 38, x0 + FLOOR_W - 10), min(sy + 118, y0 + FLOOR_H - 10)), colour, -1
            )
    c, ax = (x0 + FLOOR_W // 2, y0 + FLOOR_H // 2), (FLOOR_W // 2 - 80, FLOOR_H // 2 - 70)
    for a in range(0, 360, 12):
        cv2.ellipse(img, c, ax, 0, a, a + 6, (235, 235, 235), 3, cv2.LINE_AA)
    tip = (c[0] - ax[0], c[1])
    cv2.fillPoly(
        img,
        [np.array([(tip[0] - 12, tip[1] - 4), (tip[0] + 12, tip[1] - 4), (tip[0], tip[1] + 16)], np.int32)],
        WHITE,
    )
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    n = rng.randrange(6, 12)
    start = rng.uniform(0, math.tau)
    for k in range(n):
        t = start + math.tau * k / n + rng.uniform(-0.12, 0.12)
        cx = round(c[0] + ax[0] * rng.uniform(0.7, 1.1) * math.cos(t))
        cy = round(c[1] + ax[1] * rng.uniform(0.6, 1.05) * math.sin(t))
        cv2.rectangle(
            img, (cx - side // 2, cy + side // 2 - 2), (cx + side // 2, cy + side // 2 + 4), DANCE, -1
        )
        for dx in (-side - 2, 2):
            cast.avatar(s, cx + dx, cy - side // 2, fp, side, "circle")
        back_number(img, cx - 22, cy + side // 2 + 8, rng.randrange(10, 300), 44, 24)
    note(img, f"{n} couples", (x0 + 16, y0 + FLOOR_H - 16), 0.5, WHITE, 2)
    return 600


def couple_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A couple in the heat: their back number on a white card, the leader's and the follower's
    22-30 px faces (one size for the row) in circles overlapping a third, each cut out of the
    page's colour (initials on some), the names and the school, the judges' recall marks as seven
    squares (magenta where marked), "Recalled" on a green tag or "Out" on a grey one. Returns its
    height (96 px)."""
    img = s.img
    back_number(img, 26, y + 24, rng.randrange(10, 300))
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    for k in range(2):
        x = 108 + k * (side * 2 // 3)
        if rng.random() < 0.06:
            H3.initials(img, rng, x, y + 20, side, "circle", s.bg)
        else:
            cast.avatar(s, x, y + 20, fp, side, "circle", s.bg)
    x = 130 + side * 5 // 3
    note(img, f"{rng.choice(NAMES)} & {rng.choice(NAMES)}", (x, y + 42), 0.5, s.fg, 2)
    note(img, rng.choice(SCHOOLS), (x, y + 72), 0.42, GREY)
    marks = rng.randrange(0, 8)
    for k in range(7):
        cv2.rectangle(
            img, (600 + k * 28, y + 36), (620 + k * 28, y + 56), DANCE if k < marks else off(s.bg, 34), -1
        )
    if marks >= 4:
        tag(img, WIDTH - 170, y + 30, "Recalled", GREEN, 30)
    else:
        tag(img, WIDTH - 130, y + 30, "Out", (120, 120, 120), 30)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def recital_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The recital's soloist on a card (WIDTH - 60) wide in a deep magenta: the show's name and date
    on its head band; the photo 980 px wide and 480-560 high (heldout53's ``posed`` on the stage or
    in the studio: the face 110-240 px, on a quarter cut by a side of the photo; under a spotlight
    on 40 %, ``spotlight``), the date on a white tag over its upper left and a shoe's badge over its
    upper right (they take the pixels they cover). Returns its height with the gap under it (the
    photo's and 150)."""
    img, x, w, pw = s.img, 30, WIDTH - 60, WIDTH - 100
    ph = rng.randrange(480, 560)
    rounded_card(img, x, y, w, 100 + ph + 30, 28, tone(DANCE, -100))
    note(img, f"{rng.choice(SCHOOLS).upper()} - SUMMER SHOW", (x + 30, y + 54), 0.8, WHITE, 2)
    note(
        img,
        f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} - Town Hall",
        (x + 30, y + 86),
        0.46,
        (230, 200, 230),
    )
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), STAGE, edge)
    if rng.random() < 0.4:
        piece = spotlight(rng.uniform(0.2, 0.4), rng.uniform(0.3, 0.7))(piece)
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 100, rounded_rect(ph, pw, 16))
    tag(img, x + 36, y + 118, rng.choice(("Solo", "Opening number", "Senior solo")), (230, 230, 230), 36)
    shoe_badge(img, (x + w - 70, y + 150), 30, tone(DANCE, -100))
    return ph + 150


def programme_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An item in the programme: its number, the piece and the music, the choreographer's 24-30 px
    face in a rounded square (initials on some) and the name, the class on a chip, and the dancers
    as a row of two to six round 18-22 px faces 30 px apart (one size a row; initials on some, a
    dashed ring for an understudy's place: heldout60's ``place``). Returns its height (116 px)."""
    img = s.img
    note(img, f"{rng.randrange(1, 30)}.", (28, y + 50), 0.7, DANCE, 2)
    note(img, rng.choice(PIECES), (80, y + 44), 0.56, s.fg, 2)
    note(img, f"music: {rng.choice(SURNAMES)}", (80, y + 74), 0.4, GREY)
    side = face_or_initials(cast, rng, s, (470, y + 18), (24, 30), "rounded", 0.1)
    note(img, f"by {rng.choice(NAMES)}", (484 + side, y + 44), 0.44, s.fg)
    style, colour = rng.choice(STYLES)
    tag(img, 484 + side, y + 56, style, tone(colour, -60), 26)
    fp, dside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for k in range(rng.randrange(2, 7)):
        H60.place(cast, rng, s, 760 + k * (dside + 6), y + 30, fp, dside, rng.random() < 0.9, 0.08)
    cv2.line(img, (30, y + 114), (WIDTH - 30, y + 114), off(s.bg, 14), 1)
    return 116


# ----------------------------------------------------------------------------------------------
# Parts: a troop's badge tracker and a camp's page.
# ----------------------------------------------------------------------------------------------


def troop_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The troop at camp (heldout61's ``hero_photo`` on a camp's field or at the hut: three to six a
    depth, the front faces 24-44 px, those behind 0.55-0.7 of them), in a campfire's glow on 35 %
    (``campfire``) or grey on 15 % (heldout10's ``greyed``); the camp on a tag and a tent's badge,
    the troop on the band. Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    shade = campfire(rng.uniform(0.2, 0.45)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    words = (
        rng.choice(TROOPS).upper(),
        f"{rng.randrange(12, 40)} scouts - {rng.randrange(40, 300)} badges this year",
    )
    return H61.hero_photo(
        cast, rng, s, y, CAMP, (3, 6), (24, 44, 0.55), shade, (rng.choice(CAMPS), SCOUT, tent_badge), words
    )


def patrol_leaders(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The patrol leaders under their heading: round 32-46 px faces in solid rims of their patrols'
    colours (heldout38's ``rimmed``; one size for all) about 200 px apart, the patrol on a tag of its
    colour and the name under each, the last across the screen's right edge (heldout45's
    ``carousel``). Returns its height with the gap under it."""
    top = section(s, y, "Patrol leaders", False)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    patrols = rng.sample(PATROLS, len(PATROLS))
    for k, x in enumerate(carousel(rng, 200, side)):
        name, colour = patrols[k % len(patrols)]
        H38.rimmed(cast, s, x, top + 14, fp, side, colour)
        tag(s.img, x, top + side + 30, name, colour, 28)
        note(s.img, rng.choice(NAMES), (x, top + side + 86), 0.46, s.fg, 2)
    return top - y + side + 106


def scout_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A scout's badges: the 22-30 px face in a circle cut out of the patrol's neckerchief colour
    (heldout2's ``edge``; initials on some), the name, the patrol and the age, six badges as
    hexagons (earned: filled in the badge's colour with a white bar; in progress: outlined with its
    share as an arc round it; not started: a grey outline), how many are earned; "Award due" on a
    purple tag on 12 %. Returns its height (104 px)."""
    img = s.img
    patrol, colour = rng.choice(PATROLS)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.22))
    if rng.random() < 0.08:
        H3.initials(img, rng, 34, y + 20, side, "circle", colour)
    else:
        cast.avatar(s, 34, y + 20, fp, side, "circle", colour)
    x = 60 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)[0]}.", (x, y + 42), 0.5, s.fg, 2)
    note(img, f"{patrol} - age {rng.randrange(10, 15)}", (x, y + 72), 0.42, GREY)
    earned = 0
    for k in range(6):
        c = (470 + k * 66, y + 50)
        state = rng.choices((0, 1, 2), (3, 2, 2))[0]
        if state == 0:
            hexagon(img, c, 24, tone(PATROLS[k][1], 20))
            cv2.rectangle(img, (c[0] - 10, c[1] - 3), (c[0] + 10, c[1] + 3), WHITE, -1)
            earned += 1
        elif state == 1:
            hexagon(img, c, 22, tone(PATROLS[k][1], 20), 3)
            cv2.ellipse(img, c, (29, 29), -90, 0, round(360 * rng.uniform(0.1, 0.9)), SCOUT, 3, cv2.LINE_AA)
        else:
            hexagon(img, c, 22, off(s.bg, 40), 2)
    note(img, f"{earned}/6", (880, y + 58), 0.5, s.fg, 2)
    if rng.random() < 0.12:
        tag(img, WIDTH - 150, y + 60, "Award due", SCOUT, 26)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def camp_group(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The camp's group photo across the screen, 440 px (heldout11's ``gathering``: two rows of four
    to seven round its middle, the front faces 26-44 px, those behind 0.75-0.9 of them, standing a
    fifth to three tenths of the frame up so no face reaches the band), in a campfire's glow on 35 %
    (``campfire``) or grey on 15 % (heldout10's ``greyed``); the camp on a purple tag and a tent's
    badge over its top, the troop and the year on a dark band at its foot (heldout59's
    ``hero_band``). Returns its height with the gap under it (460 px)."""
    hh, fp = 440, rng.uniform(26, 44)
    rows = rng.randrange(4, 8)
    piece, faces = H11.gathering(
        cast, WIDTH, hh, fp * rng.uniform(0.75, 0.9), fp, 2, rows, (1.5, 2.0), rng.uniform(0.2, 0.3)
    )
    roll = rng.random()
    if roll < 0.35:
        piece = campfire(rng.uniform(0.2, 0.45))(piece)
    elif roll < 0.5:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(s.img, 24, y + 20, rng.choice(CAMPS), SCOUT, 36)
    tent_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    H59.hero_band(
        s,
        y,
        hh,
        rng.choice(TROOPS).upper(),
        f"Camp {rng.randrange(2019, 2027)} - {rng.randrange(40, 400)} photos",
    )
    return 460


CHAT_PHOTO_W, CHAT_PHOTO_H = 440, 260  # a photo in a parents' chat message


def chat_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A message in the parents' chat: the sender's round 20-26 px face (initials on some) at the
    left, the name and the time, and a bubble with the message as text bars; the leader's messages
    in a purple bubble with "Leader" on a tag; on 40 % the bubble holds a photo from camp, 440 x 260
    (the cast's ``photo``: the face 22-60 px wide, skewed small, others at their own sizes; else a
    thing) with the hearts under it. Returns its height (370 px with a photo, else 130)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (20, 26), "circle", 0.12)
    x = 50 + side
    leader = rng.random() < 0.25
    note(img, f"{who(rng)}{' (Leader)' if leader else ''}", (x, y + 34), 0.46, SCOUT if leader else s.fg, 2)
    note(img, f"{rng.randrange(7, 22)}:{rng.randrange(60):02d}", (WIDTH - 110, y + 34), 0.4, GREY)
    bubble = tone(SCOUT, 60) if leader else off(s.bg, 18)
    ink = WHITE if leader else s.fg
    if rng.random() < 0.4:
        rounded_card(img, x, y + 46, CHAT_PHOTO_W + 24, CHAT_PHOTO_H + 70, 18, bubble)
        m = rounded_rect(CHAT_PHOTO_H, CHAT_PHOTO_W, 12)
        if rng.random() < 0.8:
            cast.photo(s, x + 12, y + 58, CHAT_PHOTO_W, CHAT_PHOTO_H, small(rng, 22, 60), m)
        else:
            cast.thing(s, x + 12, y + 58, CHAT_PHOTO_W, CHAT_PHOTO_H, m)
        note(img, f"+{rng.randrange(2, 40)} photos", (x + 16, y + CHAT_PHOTO_H + 100), 0.44, ink, 2)
        return 370
    lines = rng.randrange(1, 3)
    rounded_card(img, x, y + 46, rng.randrange(420, 760), 26 + 24 * lines, 18, bubble)
    H52.text_bars(img, rng, x + 16, y + 60, 380, lines, tone(ink, -40) if leader else off(s.bg, 70))
    return 130


# ----------------------------------------------------------------------------------------------
# Parts: an escape room's booking and leaderboard, and a games cafe's tables.
# ----------------------------------------------------------------------------------------------


def booking_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The team's booking on a card: the room's drawn art, 220 px square (never a face), with a
    padlock's badge over its corner; the room, the day and the slot, the difficulty as five
    padlocks' bodies (filled as hard as it is), "Your team" over two to six places 28-40 px in
    rounded squares 12 px apart (one size; initials on some, dashed for a place still open), the
    price. Returns its height with the gap under it (300 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, off(s.bg, 10))
    blit(img, H11.render(rng, 220, 220, LOCKED), 40, y + 30, rounded_rect(220, 220, 14))
    lock_badge(img, (236, y + 54), 22, off(s.bg, 10))
    x = 290
    note(img, rng.choice(ROOMS), (x, y + 60), 0.7, s.fg, 2)
    note(
        img,
        f"{rng.choice(('Fri', 'Sat', 'Sun'))} {rng.randrange(1, 29)} {rng.choice(MONTHS)}"
        f" - {rng.randrange(10, 21)}:{rng.choice(('00', '30'))}",
        (x, y + 96),
        0.46,
        GREY,
        2,
    )
    hard = rng.randrange(1, 6)
    for k in range(5):
        colour = ESCAPE if k < hard else off(s.bg, 40)
        cv2.rectangle(img, (x + k * 30, y + 112), (x + k * 30 + 20, y + 128), colour, -1)
        cv2.ellipse(img, (x + k * 30 + 10, y + 112), (6, 7), 0, 180, 360, colour, 2)
    note(img, "Your team", (x, y + 164), 0.44, GREY)
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.2))
    for k in range(rng.randrange(2, 7)):
        px = x + k * (side + 12)
        if rng.random() < 0.15:
            for d in range(0, side, 8):
                cv2.line(img, (px + d, y + 178), (px + min(side, d + 4), y + 178), GREY, 2)
                cv2.line(img, (px + d, y + 178 + side), (px + min(side, d + 4), y + 178 + side), GREY, 2)
                cv2.line(img, (px, y + 178 + d), (px, y + 178 + min(side, d + 4)), GREY, 2)
                cv2.line(img, (px + side, y + 178 + d), (px + side, y + 178 + min(side, d + 4)), GREY, 2)
        elif rng.random() < 0.08:
            H3.initials(img, rng, px, y + 178, side, "rounded", None)
        else:
            cast.avatar(s, px, y + 178, fp, side, "rounded")
    note(img, f"{rng.randrange(60, 160)}", (WIDTH - 150, y + 200), 1.0, ESCAPE, 2)
    return 300


TEAM_W, TEAM_H = 220, 136  # a team's escaped photo on the leaderboard


def team_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A team on the leaderboard: the rank (on a gold, silver or bronze medal's disc for the first
    three), the team's photo after escaping, 220 x 136 (heldout38's ``staged`` in the room: two to
    four people at one depth, the faces 20-34 px, skewed small; under the room's ultraviolet on 30 %,
    ``ultraviolet``; on 10 % the room alone, a thing), "ESCAPED" on a green tag over its foot (it
    takes the pixels it covers), the team's name, the room, the time left and the hints used.
    Returns its height (156 px)."""
    img = s.img
    if rank < 3:
        cv2.circle(img, (52, y + 78), 22, (GOLD, SILVER, BRONZE)[rank], -1, cv2.LINE_AA)
        note(img, str(rank + 1), (44, y + 88), 0.66, INK, 2)
    else:
        note(img, str(rank + 1), (38, y + 88), 0.66, s.fg, 2)
    m = rounded_rect(TEAM_H, TEAM_W, 12)
    if rng.random() < 0.9:
        fp = small(rng, 20, 34)
        piece, faces = H38.staged(cast, rng, LOCKED, 1, (2, 4), TEAM_W, TEAM_H, fp, fp)
        if rng.random() < 0.3:
            piece = ultraviolet(rng.uniform(0.2, 0.35))(piece)
        H11.paste_photo(cast, s, piece, faces, 90, y + 10, m)
    else:
        cast.thing(s, 90, y + 10, TEAM_W, TEAM_H, m)
    tag(img, 98, y + TEAM_H - 26, "ESCAPED", GREEN, 28)
    x = 340
    note(img, rng.choice(TEAMS), (x, y + 50), 0.56, s.fg, 2)
    note(img, rng.choice(ROOMS), (x, y + 82), 0.42, GREY)
    note(img, f"{rng.randrange(0, 25)}:{rng.randrange(60):02d} left", (x + 400, y + 50), 0.56, ESCAPE, 2)
    note(img, f"{rng.randrange(0, 5)} hints", (x + 400, y + 82), 0.42, GREY)
    cv2.line(img, (30, y + 154), (WIDTH - 30, y + 154), off(s.bg, 14), 1)
    return 156


PLAN_X, PLAN_Y, PLAN_W, PLAN_H = 40, 60, 1000, 640  # the cafe's floor on its card (y from its top)


def game_on_table(img: np.ndarray, rng: random.Random, c: tuple[int, int], w: int, h: int) -> None:
    """A game laid out on a table from above round ``c`` (never a face): a board (a grid of coloured
    squares or a track of tiles), a few cards in a fan or a pile and small cubes."""
    x, y = c[0] - w // 2, c[1] - h // 2
    if rng.random() < 0.5:
        sq = max(4, min(w, h) // 6)
        for i in range(w // sq):
            for j in range(h // sq):
                colour = rng.choice(((60, 160, 220), (80, 200, 120), (200, 150, 80), (210, 210, 200)))
                cv2.rectangle(
                    img, (x + i * sq, y + j * sq), (x + (i + 1) * sq - 1, y + (j + 1) * sq - 1), colour, -1
                )
    else:
        cv2.rectangle(img, (x, y), (x + w, y + h), (150, 190, 200), -1)
        for k in range(0, w, 10):
            cv2.rectangle(
                img,
                (x + k, y + 2),
                (x + k + 7, y + 9),
                rng.choice(((40, 40, 200), (200, 120, 40), (40, 160, 60))),
                -1,
            )
    for _k in range(rng.randrange(2, 5)):
        cx, cy = x + rng.randrange(max(1, w)), y + h + 6
        cv2.rectangle(img, (cx, cy), (cx + 10, cy + 14), (240, 240, 240), -1)
        cv2.rectangle(img, (cx, cy), (cx + 10, cy + 14), (90, 90, 90), 1)
    for _ in range(rng.randrange(2, 6)):
        cx, cy = x + rng.randrange(max(1, w)), y + rng.randrange(max(1, h))
        cv2.rectangle(
            img, (cx, cy), (cx + 6, cy + 6), rng.choice(((30, 30, 200), (200, 60, 40), (30, 200, 240))), -1
        )


def table_plan(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The cafe's floor from above on a card: wooden boards, six tables in two rows (round or long,
    of a wood's colour, each with its number on a dark disc and a game laid out on it,
    ``game_on_table``), and round each table its chairs, each a round 18-24 px face (one size for the
    floor) in a white rim or, on 20 % (a free seat), a dashed ring; one table on 20 % is free with
    "Free" on a green tag and only dashed rings. Returns its height with the gap under it (720 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 700, 20, off(s.bg, 10))
    x0, y0 = PLAN_X, y + PLAN_Y
    cv2.rectangle(img, (x0, y0), (x0 + PLAN_W, y0 + PLAN_H), (110, 150, 190), -1)
    for k in range(y0, y0 + PLAN_H, 28):
        cv2.line(img, (x0, k), (x0 + PLAN_W, k), (90, 130, 170), 1)
    note(img, "Tables now", (44, y + 42), 0.56, s.fg, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    r = side // 2
    for k in range(6):
        cx, cy = x0 + 170 + (k % 3) * 330, y0 + 170 + (k // 3) * 310
        wood = rng.choice(TABLE_COLOURS)
        free = rng.random() < 0.2
        if rng.random() < 0.5:
            cv2.circle(img, (cx, cy), 95, wood, -1, cv2.LINE_AA)
            n, turn = rng.randrange(4, 7), rng.uniform(0, math.tau)
            angles = [turn + math.tau * j / n for j in range(n)]
            seats = [(round(cx + 128 * math.cos(a)), round(cy + 128 * math.sin(a))) for a in angles]
        else:
            cv2.rectangle(img, (cx - 125, cy - 70), (cx + 125, cy + 70), wood, -1)
            seats = [(cx + dx, cy + dy) for dx in (-80, 0, 80) for dy in (-102, 102)]
        game_on_table(img, rng, (cx, cy), 110, 70)
        for sx, sy in seats:
            if free or rng.random() < 0.2:
                dashed_ring(img, (sx, sy), r + 3, WHITE)
            else:
                cv2.circle(img, (sx, sy), r + 4, WHITE, -1, cv2.LINE_AA)
                cast.avatar(s, sx - side // 2, sy - side // 2, fp, side, "circle")
        badge(img, (cx - 60, cy - 50), 15, (30, 30, 30), str(k + 1))
        if free:
            tag(img, cx - 40, cy + 40, "Free", GREEN, 28)
    return 720


def game_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A game in the cafe's library: its box, 110 px square (a thing; never a face), the name, the
    players and the time, the weight as five small bars, "ask" and the game's guru, a 24-30 px face
    in a rounded square (initials on some); on 60 % "playing now" over a stack of one to three 18-22
    px faces (heldout22's ``stack``), else "On shelf" on a grey tag. Returns its height (134 px)."""
    img = s.img
    cast.thing(s, 30, y + 12, 110, 110, rounded_rect(110, 110, 10))
    x = 164
    note(img, rng.choice(GAMES), (x, y + 44), 0.56, s.fg, 2)
    lo = rng.randrange(1, 4)
    note(
        img,
        f"{lo}-{lo + rng.randrange(1, 4)} players - {rng.choice((20, 30, 45, 60, 90))} min",
        (x, y + 76),
        0.42,
        GREY,
    )
    weight = rng.randrange(1, 6)
    for k in range(5):
        cv2.rectangle(
            img, (x + k * 22, y + 92), (x + k * 22 + 16, y + 104), CAFE if k < weight else off(s.bg, 40), -1
        )
    note(img, "ask", (560, y + 30), 0.38, GREY)
    side = face_or_initials(cast, rng, s, (560, y + 40), (24, 30), "rounded", 0.1)
    note(img, rng.choice(NAMES), (572 + side, y + 66), 0.44, s.fg, 2)
    if rng.random() < 0.6:
        note(img, "playing now", (WIDTH - 260, y + 30), 0.38, GREY)
        H22.stack(cast, s, rng, WIDTH - 260, y + 42, rng.randrange(1, 4), 18.3, 22, s.bg)
    else:
        tag(img, WIDTH - 200, y + 40, "On shelf", (120, 120, 120), 30)
    cv2.line(img, (30, y + 132), (WIDTH - 30, y + 132), off(s.bg, 14), 1)
    return 134


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def chess_pairings(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tournament's pairings: the bar; the round (``round_card``); the boards (``pairing_row``: two
    22-30 px faces a board in squares cut out of a white and a black edge) down to the tab bar,
    which cuts the last; on 30 % a light page with the whole screen in the e-ink mode (heldout58's
    ``night_rows`` through ``e_ink``)."""
    ink = rng.random() < 0.3
    themes = ("light",) if ink else ("dark", "light", "light", "tinted")
    s, y = H59.pushed(cast, rng, name, "pairings", themes, "Pairings")
    y += round_card(s, rng, y)
    y = section(s, y, "Boards", False)
    boards = itertools.count(1)
    return H58.night_rows(s, rng, y, lambda t: pairing_row(cast, rng, s, t, next(boards)), ink, e_ink)


def live_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live board: the bar (``board_bar``); the player to move (``player_cam``: 110-240 px, cut by
    the frame's side on some); the board and the opponent's camera (``board_and_opponent``: the face
    0.2-0.32 of 500 px); the kibitzers (``kibitz_row``: 20-26 px in story rings) down to the tab
    bar."""
    s = new_screen(rng, name, cast.kind("liveboard"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + board_bar(s, rng, STATUS_H)
    y += player_cam(cast, rng, s, y)
    y += board_and_opponent(cast, rng, s, y)
    y = section(s, y, "Kibitz", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: kibitz_row(cast, rng, s, t))


def club_ladder(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A chess club's ladder: the club's title and one's 22-26 px face; the club night
    (``club_night``: front faces 24-44 px, strip lights or grey on some); the podium (``podium``:
    34-50 px in medals' rims); the rungs (``ladder_row``: 22-30 px, challengers 18-22 px) down to
    the tab bar (heldout61's ``titled_feed``)."""
    parts = (functools.partial(club_night, cast, rng), functools.partial(podium, cast, rng))
    rows = ("Ladder", True, 96, functools.partial(ladder_row, cast, rng))
    themes = ("light", "dark", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "ladder", themes, rng.choice(CLUBS), parts, rows)


def dance_timetable(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dance school's timetable: the bar; the days as chips; the studios (``studio_lanes``:
    teachers 24-32 px in rounded squares, pupils 18-22 px in stacks); the teachers (``teacher_row``:
    24-32 px in squircles) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "timetable", ("light", "light", "dark", "tinted"), "Timetable")
    chips(s.img, rng, 30, y, 6, 44, (96, 120), off(s.bg, 16), s.fg)
    y += studio_lanes(cast, rng, s, y + 64) + 64
    y = section(s, y, "Teachers", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: teacher_row(cast, rng, s, t))


def dance_heats(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A competition's heats: the bar; the heat (``heat_card``); the floor (``floor_plan``: couples'
    faces 18-24 px, one size for the floor); the couples (``couple_row``: 22-30 px pairs) down to
    the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "heats", ("dark", "dark", "light", "tinted"), "Heats")
    y += heat_card(s, rng, y)
    y += floor_plan(cast, rng, s, y)
    y = section(s, y, "Couples", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: couple_row(cast, rng, s, t))


def recital_programme(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A recital's programme: the bar; the soloist (``recital_card``: 110-240 px, cut by the photo's
    side on some, under a spotlight on some); the items (``programme_row``: choreographers 24-30 px,
    dancers 18-22 px in rows) above the "Book seats" button (heldout57's ``rows_then_button``)."""
    s, y = H59.pushed(cast, rng, name, "recital", ("dark", "dark", "light", "tinted"), "Programme")
    y += recital_card(cast, rng, s, y)
    return H57.rows_then_button(s, y, "Programme", lambda t: programme_row(cast, rng, s, t), "Book seats")


def badge_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A troop's badge tracker: the troop's title and one's 22-26 px face; the troop at camp
    (``troop_hero``: front faces 24-44 px, a campfire's glow or grey on some); the patrol leaders
    (``patrol_leaders``: 32-46 px, past the right edge); the scouts (``scout_row``: 22-30 px) down
    to the tab bar (heldout61's ``titled_feed``)."""
    parts = (functools.partial(troop_hero, cast, rng), functools.partial(patrol_leaders, cast, rng))
    rows = ("Badges", True, 104, functools.partial(scout_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "badges", themes, rng.choice(TROOPS), parts, rows)


def camp_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A camp's page: the bar; the group photo (``camp_group``: front faces 26-44 px, a campfire's
    glow or grey on some); the parents' chat (``chat_row``: senders 20-26 px, photos 22-60 px in
    some messages) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "campchat", ("light", "dark", "dark", "tinted"), rng.choice(CAMPS))
    y += camp_group(cast, rng, s, y)
    y = section(s, y, "Parents' chat", False)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: chat_row(cast, rng, s, t))


def escape_rooms(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An escape room's booking and leaderboard: the bar; the booking (``booking_card``: the team
    28-40 px in rounded squares); the leaderboard (``team_row``: the teams' escaped photos, faces
    20-34 px, ultraviolet on some) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "escape", ("dark", "dark", "light", "tinted"), "Escape rooms")
    y += booking_card(cast, rng, s, y)
    y = section(s, y, "Leaderboard this month", True)
    ranks = itertools.count()
    return rows_to_tab_bar(s, rng, y, 80, lambda t: team_row(cast, rng, s, t, next(ranks)))


def cafe_tables(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A games cafe's tables: the cafe's title and one's 22-26 px face; the floor from above
    (``table_plan``: players 18-24 px round the tables); the games (``game_row``: gurus 24-30 px,
    players 18-22 px in stacks) down to the tab bar (heldout43's ``titled``)."""
    s, y = titled(
        cast, rng, name, "cafetables", ("light", "dark", "dark", "tinted"), rng.choice(CAFES), own=True
    )
    y += table_plan(cast, rng, s, y)
    y = section(s, y, "Games library", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: game_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    chess_pairings,
    live_board,
    club_ladder,
    dance_timetable,
    dance_heats,
    recital_programme,
    badge_tracker,
    camp_chat,
    escape_rooms,
    cafe_tables,
)
# with people: each twice a round but two (the live board and the recital, a few large faces each)
ONCE = (live_board, recital_programme)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: pairings with things in the players'
# squares, a ballroom's floor with things in the couples' places, a cafe's tables with things on
# the chairs)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, chess_pairings, dance_heats, cafe_tables)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT64_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h64", photos, free, seed, reps)
