"""Held-out screens, sixty-fifth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a park's bandstand, a band's rehearsal
room, a hospital's atrium, a ward's corridor, a cricket ground, a ballpark, a hackathon's hall, a
slide of code on a projector's screen; nothing with eyes, a mouth or a mask, and no round things in
pairs); every random choice from ``HELDOUT65_SEED`` (65656; the environment's ``HELDOUT65_SEED``
draws the set from another). Every face goes on the screen through heldout2's ``Screen``, whose
``finish`` settles it on what the finished screen shows: pixels drawn over a face afterwards stop
being the face's, and a face left with under half of its box is dropped. heldout64's ``Cast``
(through heldout63's and the sets' before it; this set's screens are marked h65-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in brass and marching bands, hospital volunteer services, cricket and
baseball clubs, and hackathons and coding bootcamps, most of them small: a marching band's drill
chart; a band's concert in the park streamed live; a hospital's volunteers on its floor plan; the
volunteers' hub; a cricket scorecard with the field placings; a baseball lineup; a club's teams and
fixtures; a hackathon's board; a bootcamp's cohort; a demo day streamed live. Near repeats avoided:
heldout60's orchestra platform (desks in rows from above, stand partners in pairs; here a marching
band's drill on a field from above, the members as dots in a block, an arc or a wedge, each in a
rim of its section's colour, with the set's move arrowed) and the sets' section lists (here each
section's leader beside the section's players in a stack, the instrument drawn as a mark); the
sets' live streams (a host large, comments under; here a conductor across the screen under a
bandstand's festoon lights on some, the encore vote's three pieces each with its voters in a
stack); the sets' maps with pins (a city's; here a hospital's floor plan of wards, the volunteers'
faces in pins in the wards they cover, the corridors between); heldout63's on-call board and the
sets' rotas (a day's grid; here each shift a row, its lead beside the team in a stack or open
places dashed); heldout63's circuit and heldout64's ballroom (faces along a track, couples on a
floor; here a cricket field from above, the eleven at their placings round the pitch, the slips
in a line by the keeper, and a baseball diamond with nine fielders and the runners on their
bases); the sets' league tables (ranks and faces; here a batting card, each batter's way out and
the runs, balls, fours and sixes, and a lineup in batting order with the jersey numbers); the sets'
team photos (here a club's eleven, seated and standing, under a ground's floodlights on some);
heldout49's kanban and the sets' boards (cards in columns; here hackathon teams' cards in
"Idea", "Building" and "Demo ready" with the members' faces in a row and the commits as a bar, on
some the whole screen in a terminal's green phosphor mode); heldout62's headshot wall (here a
bootcamp's cohort in square tiles with each one's streak, then each student's week as a grid of
commit squares and the pair partner in a stack); the sets' pitch events (here a demo day's presenter
on stage under an LED wash on some, the judges in rims of their scores' colours, the running order
with each team's thumbnail). New looks: a bandstand's festoon lights, a ward's cold fluorescent
light, a cricket ground's floodlights, a stage's LED wash and a terminal's green phosphor mode over
a whole hackathon screen. Ten layouts:
- a marching band's drill chart (``drill_chart``): the show (``show_card``); the field
  (``drill_field``: ten to twenty 18-24 px faces of one size in a formation); the sections
  (``section_row``: the leader 24-30 px in a rounded square, players 18-22 px in stacks) cut by the
  tab bar;
- a concert in the park (``park_concert``): the bar (``concert_bar``); the conductor
  (``conductor_cam``: the face 110-240 px, on a quarter cut by the frame's side, under festoon
  lights on 40 %); the encore vote (``encore_vote``: three pieces, voters 18-22 px in stacks); the
  listeners (``listener_row``: 20-26 px in story rings) cut by the tab bar;
- a hospital's volunteers on site (``ward_map``): the floor plan (``floor_map``: ten to eighteen
  18-24 px faces of one size in pins); the volunteers on shift (``volunteer_row``: 22-30 px in
  circles cut out of their lanyards' colours, a cup's badge over some) cut by the tab bar;
- the volunteers' hub (``volunteer_hub``): one's 22-26 px face; the volunteers in the atrium
  (``atrium_photo``: three to six a depth, the front faces 24-44 px, under a ward's fluorescent
  light on 35 % or grey on 15 %); long service (``long_service``: 32-46 px in rims of the years'
  colours, past the right edge); the shifts (``shift_row``: the lead 22-30 px, the team 18-22 px in
  stacks) cut by the tab bar;
- a cricket scorecard (``cricket_scorecard``): the innings (``innings_card``); the field placings
  (``field_placing``: the eleven and the two batters, 18-24 px, one size); the batting
  (``batter_row``: 22-30 px) cut by the tab bar;
- a baseball lineup (``baseball_lineup``): the line score (``line_score``); the pitchers
  (``pitchers``: two 34-50 px faces of one size in rims of their teams' colours); the diamond
  (``diamond``: nine fielders and up to three runners, 18-24 px, one size); the batting order
  (``order_row``: 22-30 px in squares cut out of the team's colour) cut by the tab bar;
- a club's teams (``club_teams``): one's 22-26 px face; the team photo (``team_photo``: two rows of
  four to seven, the front faces 26-44 px, those behind 0.8-0.9 of them, under floodlights on 35 %
  or grey on 15 %); the fixtures (``fixture_row``: the captain 22-30 px, the selected 18-22 px in
  stacks) cut by the tab bar;
- a hackathon's board (``hack_board``): the countdown (``countdown_card``); the teams' board
  (``team_board``: two to four 20-26 px faces a card, one size a card); the mentors
  (``mentor_row``: 24-32 px in rounded squares) cut by the tab bar; on 30 % the whole screen in
  the green phosphor mode (``phosphor``);
- a bootcamp's cohort (``cohort_grid``): one's 22-26 px face; the cohort (``cohort_wall``: up to
  eighteen 24-34 px faces of one size in square tiles); the students (``student_row``: 22-30 px,
  pair partners 18-22 px in stacks) cut by the tab bar;
- a demo day (``demo_day``): the presenter (``pitch_stage``: the face 110-240 px, on a quarter cut
  by the frame's side, under an LED wash on 40 %); the judges (``judges``: three to five 34-50 px
  faces of one size in rims); the running order (``demo_row``: each team's thumbnail, its main face
  22-40 px, the team on stage's close-up 64-90 px, others at their own sizes) cut by the tab bar.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, whose faces are as wide
as asked and may be taller, heldout11's ``gathering``, heldout53's ``posed``, whose cut-out figures
bring the others in their photos at their own sizes, and heldout57's ``staged_across``), a figure
in a gathering (0.9-1.1 of its row's size) or a stack's slightly smaller faces can differ (the table
below counts what is drawn). The long-service row runs past the right edge, the last across it;
the sections, the listeners, the volunteers, the shifts, the batting, the batting order, the
fixtures, the mentors, the students and the running order are cut by the tab bar, the conductor
and the presenter by their frame's side on some; so some faces are cut by an edge and counted
while half of their box shows (the capture's right 8 px are black padding). Avatars are circles,
rounded squares, squares, story rings, pins, circles cut out of lanyards' colours, squares cut out
of teams' colours, rims of sections', years', teams' and scores' colours, white rims, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes; JPEG quality 30-60. Quaver, heart, bat-and-ball and bracket badges,
cup badges, jersey numbers, the timer, name labels, "LIVE" and "ON STAGE" tags and tab bars take
the pixels they cover; a face under them counts while half of its box shows; rims and pins are
drawn before the faces they hold; grey (some photos), the festoon lights, the fluorescent light,
the floodlights, the LED wash and the phosphor mode leave the faces under them counted as they
look; initials, dashed rings, fields, pitches, diamonds, floor plans, heatmaps, slides, photos of
places and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that
size; see heldout5).

At the default 4 reps: 72 screens with 1,815 faces (1,654 under 32 px, 149 of 32-63, 4 of 64-127, 8
larger; 1,767 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, pins,
squares, stacks, tiles and photos, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 447 faces: 394, 50, 1 and 2 by size, 431 under 40 px; 13
face-free). Each layout has people twice a round but the concert and the demo day, once (a few
large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128
or more:
    drill_chart        8 screens   243 faces: 243,   0,   0,   0
    park_concert       4 screens    49 faces:  45,   0,   0,   4
    ward_map           8 screens   174 faces: 174,   0,   0,   0
    volunteer_hub      8 screens   252 faces: 198,  54,   0,   0
    cricket_scorecard  8 screens   166 faces: 166,   0,   0,   0
    baseball_lineup    8 screens   137 faces: 121,  16,   0,   0
    club_teams         8 screens   269 faces: 225,  44,   0,   0
    hack_board         8 screens   200 faces: 200,   0,   0,   0
    cohort_grid        8 screens   246 faces: 246,   0,   0,   0
    demo_day           4 screens    79 faces:  36,  35,   4,   4
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout38 as H38
import heldout52 as H52
import heldout53 as H53
import heldout58 as H58
import heldout59 as H59
import heldout61 as H61
import heldout63 as H63
import heldout64 as H64
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import small
from heldout6 import off
from heldout20 import note
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 65656


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT65_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 65656."""
    return int(env.get("HELDOUT65_SEED") or DEFAULT_SEED)


HELDOUT65_SEED = seed_from(os.environ)

Fn = H61.Fn  # a look over a whole photo or screen (festoon lights, floodlights, a phosphor mode)

BAND: Colour = (40, 60, 150)  # a brass band's maroon (BGR)
BANDS: tuple[str, ...] = (
    "Millbrook Silver Band",
    "Harbour Town Brass",
    "St Clare's Marching",
    "Valley Concert Band",
)
SHOWS: tuple[str, ...] = ("Winter Carnival", "Fields of Gold", "Harbour Lights", "Steam & Steel")
SECTIONS: tuple[tuple[str, Colour], ...] = (
    ("Cornets", (40, 170, 230)), ("Trombones", (60, 60, 200)), ("Euphoniums", (170, 120, 40)),
    ("Horns", (60, 150, 60)), ("Basses", (120, 60, 120)), ("Percussion", (40, 120, 200)),
    ("Flugel", (150, 150, 40)),
)  # fmt: skip
PIECES: tuple[str, ...] = (
    "Floral Dance", "Nimrod", "Slaidburn", "Ode to Joy", "Mr Jums", "Death or Glory", "Cornish Cavalier",
    "Gaelforce", "The Acrobat", "Stars and Stripes",
)  # fmt: skip
PARKS: tuple[str, ...] = ("Victoria Park", "The Promenade", "Abbey Gardens", "Riverside Green")
CARE: Colour = (140, 90, 20)  # a hospital's blue
HOSPITALS: tuple[str, ...] = (
    "St Mary's Hospital",
    "Northgate General",
    "Queen's Infirmary",
    "Westmoor Royal",
)
ROLES: tuple[tuple[str, Colour], ...] = (
    ("Wayfinder", (40, 160, 220)), ("Ward visitor", (150, 90, 170)), ("Tea trolley", (60, 140, 60)),
    ("Chaplaincy", (120, 110, 60)), ("Discharge buddy", (60, 90, 200)), ("Play team", (200, 120, 60)),
)  # fmt: skip
WARDS: tuple[str, ...] = (
    "Ward 4", "Ward 7", "A&E", "Outpatients", "Maternity", "Children's", "Pharmacy", "Cafe", "Chapel",
    "Main entrance", "Radiology", "Day surgery",
)  # fmt: skip
CRICKET: Colour = (60, 120, 50)  # a cricket club's green
CLUBS: tuple[str, ...] = ("Ashcombe CC", "Littleworth Cricket Club", "Hatfield Heath CC", "Old Mill CC")
BALLCLUBS: tuple[str, ...] = ("Riverside Owls", "Eastbrook Foxes", "Harbor Gulls", "Mapleton Miners")
TEAM_COLOURS: tuple[Colour, ...] = (
    (150, 60, 30),
    (40, 40, 180),
    (40, 120, 40),
    (30, 140, 220),
    (90, 40, 100),
)
OUTS: tuple[str, ...] = (
    "c Patel b Hughes",
    "b Ward",
    "lbw b Okafor",
    "run out (Grey)",
    "st Khan b Lowe",
    "not out",
)
HACK: Colour = (160, 90, 60)  # a hackathon's indigo
EVENTS: tuple[str, ...] = ("HackTheHarbour", "Civic Hack Weekend", "CodeFest 48", "Open Data Jam")
CAMPS: tuple[str, ...] = ("Northcode Bootcamp", "Full Stack Academy", "Cohort 12 - Web", "DevLaunch")
TRACKS: tuple[str, ...] = ("Health", "Climate", "Transport", "Open data", "Accessibility", "Fintech")
PROJECTS: tuple[str, ...] = (
    "BusBuddy", "Shelf Life", "Quiet Hours", "ParkShare", "Meds Minder", "Lift Finder", "GreenRoute",
    "Pantry Map", "Step Free",
)  # fmt: skip
SKILLS: tuple[str, ...] = ("Python", "React", "SQL", "Rust", "Design", "Go", "DevOps", "ML")
NAMES = H63.NAMES
MONTHS = H63.MONTHS


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def bandstand(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A park's bandstand: a sky over lawns and trees (dark green blobs), the bandstand's octagonal
    roof as a broad green cone with a finial, its white pillars over a brick plinth with railings
    round it, and rows of deckchairs in stripes on the grass."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.45, 0.55))
    gradient(img, (0, 0, w, horizon), (235, 205, 170), (230, 225, 215))
    for x in range(0, w, max(8, w // 7)):
        cv2.ellipse(img, (x, horizon), (max(5, w // 10), max(4, h // 7)), 0, 180, 360, (50, 100, 50), -1)
    gradient(img, (0, horizon, w, h), (90, 170, 100), (70, 140, 80))
    cx, bw = round(w * rng.uniform(0.35, 0.65)), max(12, round(w * rng.uniform(0.35, 0.5)))
    top, eaves, floor = round(h * 0.12), round(h * 0.32), round(h * 0.62)
    roof = np.array([(cx - bw // 2 - bw // 10, eaves), (cx, top), (cx + bw // 2 + bw // 10, eaves)], np.int32)
    cv2.fillPoly(img, [roof], (70, 120, 60))
    cv2.line(img, (cx, top), (cx, top - max(3, h // 25)), (60, 170, 210), max(1, w // 120))
    for k in range(5):
        px = cx - bw // 2 + k * bw // 4
        cv2.line(img, (px, eaves), (px, floor), (240, 240, 240), max(1, w // 90))
    cv2.rectangle(
        img, (cx - bw // 2 - 4, floor), (cx + bw // 2 + 4, floor + max(4, h // 12)), (60, 80, 150), -1
    )
    for x in range(cx - bw // 2, cx + bw // 2, max(3, w // 60)):
        cv2.line(img, (x, floor - max(3, h // 20)), (x, floor), (40, 40, 40), 1)
    cv2.line(
        img, (cx - bw // 2, floor - max(3, h // 20)), (cx + bw // 2, floor - max(3, h // 20)), (40, 40, 40), 1
    )
    for row in range(2):
        y = round(h * (0.8 + 0.1 * row))
        for x in range(rng.randrange(2, max(3, w // 12)), w - 6, max(8, w // 9)):
            stripe = rng.choice(((60, 60, 200), (200, 120, 40), (40, 170, 220)))
            quad = np.array([(x, y), (x + max(4, w // 16), y), (x + max(5, w // 14), y - max(4, h // 16)),
                             (x + 2, y - max(4, h // 16))], np.int32)  # fmt: skip
            cv2.fillPoly(img, [quad], stripe)
    return img


def band_room(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A band's rehearsal room: a panelled wall with a trophy shelf (cups as trapezoids on bases)
    and a banner, a wooden floor, and a crescent of chairs with music stands (a slanted desk on a
    pole) facing a conductor's rostrum."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.45, 0.55))
    gradient(img, (0, 0, w, floor), (170, 190, 205), (150, 170, 185))
    for x in range(0, w, max(6, w // 10)):
        cv2.line(img, (x, 0), (x, floor), (135, 155, 170), 1)
    cv2.rectangle(img, (w // 8, h // 10), (w * 7 // 8, h // 10 + max(4, h // 12)), BAND, -1)
    shelf = round(floor * 0.72)
    cv2.rectangle(img, (w // 10, shelf), (w * 9 // 10, shelf + max(2, h // 60)), (70, 100, 140), -1)
    for x in range(w // 8, w * 7 // 8, max(6, w // 9)):
        cup = max(3, w // 30)
        top, foot = shelf - 2 * cup, shelf - cup // 2
        trap = np.array(
            [(x - cup, top), (x + cup, top), (x + cup // 2, foot), (x - cup // 2, foot)], np.int32
        )
        cv2.fillPoly(img, [trap], GOLD)
        cv2.rectangle(img, (x - cup // 2, shelf - cup // 2), (x + cup // 2, shelf), (50, 50, 60), -1)
    gradient(img, (0, floor, w, h), (80, 120, 170), (60, 95, 140))
    rx = round(w * rng.uniform(0.4, 0.6))
    cv2.rectangle(img, (rx - w // 12, h - max(6, h // 8)), (rx + w // 12, h), (40, 50, 70), -1)
    for k in range(rng.randrange(5, 9)):
        t = math.pi * (0.15 + 0.7 * k / 8)
        sx = round(rx - math.cos(t) * w * 0.42)
        sy = round(h - max(8, h // 8) - math.sin(t) * (h - floor) * 0.7)
        cv2.rectangle(
            img, (sx - max(3, w // 40), sy), (sx + max(3, w // 40), sy + max(3, h // 30)), (40, 40, 45), -1
        )
        cv2.line(img, (sx, sy + max(3, h // 30)), (sx, sy + max(6, h // 10)), (40, 40, 45), 1)
        desk = np.array(
            [
                (sx - max(4, w // 30), sy - max(3, h // 25)),
                (sx + max(4, w // 30), sy - max(3, h // 25)),
                (sx + max(3, w // 40), sy - 1),
                (sx - max(3, w // 40), sy - 1),
            ],
            np.int32,
        )
        cv2.fillPoly(img, [desk], (30, 30, 30))
    return img


def hospital_atrium(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hospital's atrium: a glass roof of pale panes on steel ribs, two storeys of balconies
    along the back, a reception desk in the hospital's blue, hanging signs (a white bar with a
    coloured arrow block) and a floor of large pale tiles."""
    img = np.zeros((h, w, 3), np.uint8)
    roof = round(h * rng.uniform(0.18, 0.26))
    gradient(img, (0, 0, w, roof), (240, 225, 205), (230, 225, 220))
    for x in range(0, w, max(6, w // 8)):
        cv2.line(img, (x, 0), (w // 2 + (x - w // 2) // 2, roof), (150, 150, 155), max(1, w // 200))
    floor = round(h * rng.uniform(0.68, 0.76))
    gradient(img, (0, roof, w, floor), (215, 215, 210), (200, 200, 198))
    for k in (1, 2):
        y = roof + (floor - roof) * k // 3
        cv2.rectangle(img, (0, y - max(2, h // 60)), (w, y), (170, 175, 180), -1)
        for x in range(0, w, max(4, w // 30)):
            cv2.line(img, (x, y - max(4, h // 20)), (x, y - max(2, h // 60)), (150, 155, 160), 1)
    gradient(img, (0, floor, w, h), (225, 228, 230), (205, 210, 212))
    for x in range(0, w, max(10, w // 6)):
        cv2.line(img, (x, floor), (x, h), (190, 195, 198), 1)
    dx = round(w * rng.uniform(0.15, 0.55))
    cv2.rectangle(
        img, (dx, floor - max(6, h // 10)), (dx + max(20, w // 3), floor + max(3, h // 30)), CARE, -1
    )
    cv2.rectangle(
        img, (dx, floor - max(6, h // 10)), (dx + max(20, w // 3), floor - max(5, h // 12)), WHITE, -1
    )
    for _k in range(rng.randrange(1, 4)):
        sx, sy = rng.randrange(max(1, w - w // 4)), round(roof + (floor - roof) * rng.uniform(0.05, 0.3))
        cv2.line(img, (sx + w // 10, roof), (sx + w // 10, sy), (120, 120, 120), 1)
        cv2.rectangle(img, (sx, sy), (sx + max(10, w // 5), sy + max(4, h // 20)), WHITE, -1)
        cv2.rectangle(
            img, (sx, sy), (sx + max(4, h // 20), sy + max(4, h // 20)), rng.choice((CARE, (40, 150, 60))), -1
        )
    return img


def ward_corridor(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ward's corridor in perspective: pale walls with a handrail and a coloured stripe running
    to the far end, doors on both sides (tall panels with a narrow window), ceiling lights as pale
    bars, and a shiny floor."""
    img = np.zeros((h, w, 3), np.uint8)
    vx, vy = w * rng.uniform(0.4, 0.6), h * rng.uniform(0.4, 0.5)
    fw, fh = w * 0.18, h * 0.22
    far = (round(vx - fw / 2), round(vy - fh / 2), round(vx + fw / 2), round(vy + fh / 2))
    cv2.fillPoly(
        img, [np.array([(0, 0), (w, 0), (far[2], far[1]), (far[0], far[1])], np.int32)], (225, 228, 230)
    )
    cv2.fillPoly(
        img, [np.array([(0, 0), (far[0], far[1]), (far[0], far[3]), (0, h)], np.int32)], (205, 215, 200)
    )
    cv2.fillPoly(
        img, [np.array([(w, 0), (far[2], far[1]), (far[2], far[3]), (w, h)], np.int32)], (195, 205, 190)
    )
    cv2.fillPoly(
        img, [np.array([(0, h), (far[0], far[3]), (far[2], far[3]), (w, h)], np.int32)], (170, 180, 185)
    )
    cv2.rectangle(img, far[:2], far[2:], (235, 235, 235), -1)
    stripe = rng.choice(((180, 130, 60), (80, 160, 80), (60, 140, 220)))
    for side, x0, xf in ((0, 0, far[0]), (1, w, far[2])):
        cv2.line(img, (x0, round(h * 0.62)), (xf, round(vy + fh * 0.1)), stripe, max(2, h // 40))
        cv2.line(img, (x0, round(h * 0.55)), (xf, round(vy)), (150, 150, 150), max(1, h // 80))
        for k in range(3):
            t1, t2 = 0.1 + 0.28 * k, 0.22 + 0.28 * k
            xa, xb = round(x0 + (xf - x0) * t1), round(x0 + (xf - x0) * t2)
            top_a, top_b = round(h * 0.15 * (1 - t1) + far[1] * t1), round(h * 0.15 * (1 - t2) + far[1] * t2)
            foot_a, foot_b = round(h * (1 - t1) + far[3] * t1), round(h * (1 - t2) + far[3] * t2)
            door = np.array([(xa, top_a), (xb, top_b), (xb, foot_b), (xa, foot_a)], np.int32)
            cv2.fillPoly(img, [door], (120, 150, 170) if side else (110, 140, 165))
    for k in range(3):
        t = 0.15 + 0.3 * k
        y = round(far[1] * t)
        half = round((w / 2) * (1 - t) * 0.5 + fw / 4)
        cv2.rectangle(
            img, (round(vx) - half // 3, y), (round(vx) + half // 3, y + max(2, h // 60)), (250, 250, 245), -1
        )
    return img


def cricket_ground(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cricket ground: a sky over a line of trees, a white pavilion with a dark roof and a clock
    tower block, the outfield mown in stripes, the pitch a pale strip with its creases and stumps
    as three thin lines, and a white sight screen at the far end."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.3, 0.4))
    gradient(img, (0, 0, w, horizon), (235, 200, 160), (230, 225, 215))
    for x in range(-4, w + 8, max(6, w // 12)):
        cv2.ellipse(img, (x, horizon), (max(5, w // 14), max(3, h // 10)), 0, 180, 360, (40, 90, 45), -1)
    px, pw = round(w * rng.uniform(0.05, 0.55)), max(20, round(w * 0.35))
    cv2.rectangle(img, (px, horizon - max(6, h // 8)), (px + pw, horizon + 2), (240, 240, 240), -1)
    cv2.rectangle(
        img, (px - 4, horizon - max(8, h // 7)), (px + pw + 4, horizon - max(6, h // 8)), (50, 60, 70), -1
    )
    cv2.rectangle(
        img,
        (px + pw // 2 - pw // 12, horizon - max(10, h // 5)),
        (px + pw // 2 + pw // 12, horizon - max(6, h // 8)),
        (235, 235, 235),
        -1,
    )
    gradient(img, (0, horizon, w, h), (80, 170, 90), (70, 150, 80))
    for k, y in enumerate(range(horizon, h, max(4, h // 14))):
        if k % 2:
            cv2.rectangle(img, (0, y), (w, y + max(4, h // 14)), (95, 185, 105), -1)
    sx = round(w * rng.uniform(0.3, 0.7))
    cv2.rectangle(img, (sx - w // 20, horizon + 2), (sx + w // 20, horizon + max(6, h // 10)), WHITE, -1)
    top, foot = round(horizon + (h - horizon) * 0.3), h - max(3, h // 20)
    quad = np.array(
        [(sx - w // 40, top), (sx + w // 40, top), (sx + w // 12, foot), (sx - w // 12, foot)], np.int32
    )
    cv2.fillPoly(img, [quad], (150, 200, 215))
    for y, half in ((top + max(2, h // 40), w // 36), (foot - max(3, h // 25), w // 14)):
        cv2.line(img, (sx - half, y), (sx + half, y), WHITE, 1)
        for d in (-1, 0, 1):
            cv2.line(
                img,
                (sx + d * max(1, half // 4), y),
                (sx + d * max(1, half // 4), y - max(3, h // 30)),
                (230, 240, 240),
                1,
            )
    return img


def ball_park(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ballpark from behind home plate: the backstop's chain-link fence as a lattice over the
    view, the infield's brown dirt and green grass, the bases as white squares, the outfield wall
    with its distance numbers and the light towers (a grid of lamps on a pole)."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = round(h * rng.uniform(0.3, 0.38))
    gradient(img, (0, 0, w, wall), (220, 170, 110), (225, 210, 190))
    for x in (round(w * rng.uniform(0.05, 0.25)), round(w * rng.uniform(0.75, 0.95))):
        cv2.line(img, (x, wall), (x, h // 12), (120, 120, 120), max(1, w // 120))
        cv2.rectangle(
            img, (x - w // 20, h // 20), (x + w // 20, h // 20 + max(4, h // 16)), (235, 235, 230), -1
        )
        for k in range(1, 4):
            cv2.line(
                img,
                (x - w // 20, h // 20 + k * max(1, h // 64)),
                (x + w // 20, h // 20 + k * max(1, h // 64)),
                (160, 160, 160),
                1,
            )
    cv2.rectangle(img, (0, wall), (w, wall + max(4, h // 14)), (50, 90, 40), -1)
    note(
        img,
        str(rng.choice((385, 400, 410))),
        (w // 2 - max(4, w // 20), wall + max(4, h // 16)),
        max(0.2, h / 700),
        WHITE,
    )
    gradient(img, (0, wall + max(4, h // 14), w, h), (70, 160, 80), (60, 140, 70))
    home = (w // 2, h - max(4, h // 12))
    dist = round(min(w, h) * 0.32)
    diamond = np.array(
        [
            home,
            (home[0] + dist, home[1] - dist),
            (home[0], home[1] - 2 * dist),
            (home[0] - dist, home[1] - dist),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [diamond], (60, 110, 160))
    inner = np.array(
        [
            (home[0], home[1] - dist // 4),
            (home[0] + dist * 3 // 4, home[1] - dist),
            (home[0], home[1] - dist * 7 // 4),
            (home[0] - dist * 3 // 4, home[1] - dist),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [inner], (80, 165, 90))
    for bx, by in diamond[1:]:
        cv2.rectangle(img, (int(bx) - 3, int(by) - 3), (int(bx) + 3, int(by) + 3), WHITE, -1)
    layer = img.copy()
    for x in range(0, w, max(5, w // 30)):
        cv2.line(layer, (x, 0), (x + h // 2, h), (70, 70, 70), 1)
        cv2.line(layer, (x, 0), (x - h // 2, h), (70, 70, 70), 1)
    return cv2.addWeighted(layer, 0.5, img, 0.5, 0)


def hack_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hackathon's hall: a dark hall under strings of fairy lights (dots in a sagging line), a
    big screen with a countdown bar, long tables running back with open laptops (a bright
    rectangle on a dark base), energy drinks' cans and cables."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 45, 40), (40, 30, 28))
    sx, sw = round(w * rng.uniform(0.25, 0.45)), max(16, round(w * 0.3))
    cv2.rectangle(img, (sx, h // 10), (sx + sw, h // 10 + max(8, h // 5)), (230, 200, 170), -1)
    cv2.rectangle(
        img,
        (sx + 4, h // 10 + max(6, h // 7)),
        (sx + 4 + round((sw - 8) * rng.random()), h // 10 + max(7, h // 6)),
        HACK,
        -1,
    )
    for k in range(rng.randrange(2, 4)):
        y0 = round(h * (0.03 + 0.05 * k))
        for x in range(0, w, max(4, w // 40)):
            sag = round(math.sin(math.pi * x / max(1, w)) * h * 0.04)
            img[min(h - 1, y0 + sag), min(w - 1, x)] = (120, 220, 250)
    floor = round(h * 0.45)
    gradient(img, (0, floor, w, h), (70, 60, 55), (55, 45, 40))
    for row in range(3):
        y = round(floor + (h - floor) * (0.1 + 0.3 * row))
        tw = round(w * (0.5 + 0.2 * row))
        x0 = (w - tw) // 2
        cv2.rectangle(img, (x0, y), (x0 + tw, y + max(3, h // 40)), (200, 200, 205), -1)
        for x in range(x0 + 4, x0 + tw - 8, max(8, tw // 6)):
            lw = max(4, tw // 12)
            cv2.rectangle(
                img,
                (x, y - max(3, lw * 2 // 3)),
                (x + lw, y),
                rng.choice(((230, 190, 130), (200, 230, 240), (150, 210, 150))),
                -1,
            )
            cv2.rectangle(img, (x - 1, y - 1), (x + lw + 1, y + 1), (40, 40, 40), -1)
            if rng.random() < 0.4:
                cv2.rectangle(
                    img,
                    (x + lw + 3, y - max(3, lw // 2)),
                    (x + lw + 3 + max(1, lw // 4), y),
                    rng.choice(((40, 200, 240), (200, 80, 40))),
                    -1,
                )
    return img


def code_slide(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A slide of code on a projector's screen: a dark editor with line numbers and lines of code
    as coloured bars of varied lengths and indents, a title bar with three coloured squares, and
    the screen's keystone edge against a dark wall."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (35, 30, 30), (25, 22, 22))
    inset = max(2, w // 30)
    cv2.rectangle(img, (inset, inset), (w - inset, h - inset), (50, 40, 38), -1)
    cv2.rectangle(img, (inset, inset), (w - inset, inset + max(4, h // 14)), (80, 70, 68), -1)
    for k, colour in enumerate(((80, 90, 230), (60, 190, 230), (90, 200, 100))):
        q = max(2, h // 40)
        cv2.rectangle(
            img,
            (inset + 4 + k * 3 * q, inset + q),
            (inset + 4 + k * 3 * q + 2 * q, inset + 3 * q),
            colour,
            -1,
        )
    line = max(3, h // 18)
    indent = 0
    for y in range(inset + max(6, h // 10), h - inset - line, line):
        cv2.rectangle(img, (inset + 3, y), (inset + max(5, w // 20), y + line // 2), (110, 100, 100), -1)
        indent = max(0, min(4, indent + rng.choice((-1, 0, 0, 1))))
        x = inset + max(8, w // 12) + indent * max(3, w // 25)
        for _ in range(rng.randrange(1, 4)):
            seg = max(3, round(w * rng.uniform(0.05, 0.2)))
            if x + seg > w - inset:
                break
            cv2.rectangle(
                img,
                (x, y),
                (x + seg, y + line // 2),
                rng.choice(((200, 160, 240), (120, 220, 160), (230, 200, 120), (200, 200, 200))),
                -1,
            )
            x += seg + max(2, w // 60)
    return img


RENDERS: tuple[H11.Render, ...] = (
    bandstand,
    band_room,
    hospital_atrium,
    ward_corridor,
    cricket_ground,
    ball_park,
    hack_hall,
    code_slide,
)
PARK: tuple[H11.Render, ...] = (bandstand, bandstand, band_room)  # a conductor's frame
ATRIUM: tuple[H11.Render, ...] = (hospital_atrium, hospital_atrium, ward_corridor)  # the volunteers
STAGE: tuple[H11.Render, ...] = (code_slide, hack_hall, code_slide)  # a presenter on stage


@dataclass
class Cast(H64.Cast):
    """heldout64's cast (heldout63's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h65-, whose drawn things are this set's: a park's
    bandstand, a band's rehearsal room, a hospital's atrium, a ward's corridor, a cricket ground, a
    ballpark, a hackathon's hall, a slide of code."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h65-" + super().kind(layout).removeprefix("h64-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def quaver_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A band's badge: a maroon disc with a white quaver (one slanted note head, its stem and its
    flag)."""
    H59.disc_badge(img, c, r, rim, BAND)
    head = (c[0] - r // 5, c[1] + r * 3 // 10)
    cv2.ellipse(img, head, (max(2, r * 3 // 10), max(1, r // 5)), -25, 0, 360, WHITE, -1, cv2.LINE_AA)
    stem = head[0] + max(2, r * 3 // 10) - 1
    cv2.line(img, (stem, head[1]), (stem, c[1] - r * 6 // 10), WHITE, max(1, r // 8))
    cv2.line(img, (stem, c[1] - r * 6 // 10), (stem + r * 3 // 10, c[1] - r // 5), WHITE, max(1, r // 8))


def heart_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A volunteer service's badge: a blue disc with a white heart (a polygon with a notch at its
    top) and a small blue cross in it."""
    H59.disc_badge(img, c, r, rim, CARE)
    pts = [(0.0, -0.25), (0.25, -0.5), (0.5, -0.35), (0.5, -0.05), (0.0, 0.5), (-0.5, -0.05), (-0.5, -0.35),
           (-0.25, -0.5)]  # fmt: skip
    cv2.fillPoly(img, [np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in pts]).astype(np.int32)], WHITE)
    t = max(1, r // 9)
    cv2.line(img, (c[0] - r // 6, c[1] - r // 10), (c[0] + r // 6, c[1] - r // 10), CARE, t)
    cv2.line(img, (c[0], c[1] - r * 3 // 10), (c[0], c[1] + r // 10), CARE, t)


def bat_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A cricket or baseball club's badge: a green disc with a white bat on the slant (a blade and
    its handle) and one ball by its foot."""
    H59.disc_badge(img, c, r, rim, CRICKET)
    blade = np.array([(-0.5, 0.45), (-0.3, 0.6), (0.2, 0.0), (0.0, -0.15)])
    cv2.fillPoly(
        img, [np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in blade]).astype(np.int32)], WHITE
    )
    cv2.line(
        img, (c[0] + r // 10, c[1] - r // 10), (c[0] + r * 5 // 10, c[1] - r * 5 // 10), WHITE, max(1, r // 7)
    )
    cv2.circle(img, (c[0] + r * 3 // 10, c[1] + r * 4 // 10), max(2, r // 6), (60, 60, 200), -1, cv2.LINE_AA)


def bracket_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A hackathon's badge: an indigo disc with white code brackets, "</>" drawn as strokes."""
    H59.disc_badge(img, c, r, rim, HACK)
    t = max(1, r // 7)
    for d in (-1, 1):
        cv2.line(
            img, (c[0] + d * r // 5, c[1] - r // 3), (c[0] + d * r * 11 // 20, c[1]), WHITE, t, cv2.LINE_AA
        )
        cv2.line(
            img, (c[0] + d * r * 11 // 20, c[1]), (c[0] + d * r // 5, c[1] + r // 3), WHITE, t, cv2.LINE_AA
        )
    cv2.line(
        img, (c[0] + r // 8, c[1] - r * 4 // 10), (c[0] - r // 8, c[1] + r * 4 // 10), WHITE, t, cv2.LINE_AA
    )


def cup_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """An "on a break" badge over an avatar: a white disc in the page's rim with a brown cup (a
    trapezoid and its handle's hook) and a saucer line."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    cup = np.array(
        [
            (c[0] - r // 2, c[1] - r * 3 // 10),
            (c[0] + r * 3 // 10, c[1] - r * 3 // 10),
            (c[0] + r // 5, c[1] + r * 3 // 10),
            (c[0] - r * 4 // 10, c[1] + r * 3 // 10),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [cup], (40, 80, 130))
    cv2.line(
        img,
        (c[0] + r * 3 // 10, c[1] - r // 6),
        (c[0] + r // 2, c[1] + r // 10),
        (40, 80, 130),
        max(1, r // 6),
    )
    cv2.line(
        img,
        (c[0] - r * 6 // 10, c[1] + r // 2),
        (c[0] + r * 4 // 10, c[1] + r // 2),
        (40, 80, 130),
        max(1, r // 8),
    )


def jersey(img: np.ndarray, x: int, y: int, n: int, colour: Colour, w: int = 44) -> None:
    """A jersey at (x, y), ``w`` px wide and as tall (it takes the pixels it covers): a shirt's
    outline with short sleeves in the team's colour and its number in white."""
    pts = [(0.25, 0), (0.75, 0), (1.0, 0.2), (0.85, 0.38), (0.8, 0.3), (0.8, 1.0), (0.2, 1.0), (0.2, 0.3),
           (0.15, 0.38), (0.0, 0.2)]  # fmt: skip
    cv2.fillPoly(img, [np.array([(x + px * w, y + py * w) for px, py in pts]).astype(np.int32)], colour)
    text = str(n)
    note(img, text, (x + w // 2 - 6 * len(text), y + w * 3 // 4), w / 90, WHITE, 2)


def timer_box(img: np.ndarray, x: int, y: int, text: str, late: bool) -> None:
    """A pitch's timer at (x, y), 180 x 64 (it takes the pixels it covers): a dark box with the time
    left in large digits, red when the time is nearly up, and a thin bar of the time gone under."""
    rounded_card(img, x, y, 180, 64, 12, (25, 25, 28))
    note(img, text, (x + 24, y + 44), 0.95, RED if late else (140, 230, 150), 2)
    cv2.rectangle(img, (x + 14, y + 54), (x + 166, y + 58), (70, 70, 70), -1)


def festoon(level: float) -> Fn:
    """A bandstand's festoon lights over a photo: drawn ``level`` (0.2-0.4) of the way toward a warm
    amber, most at the top (where the bulbs hang) and half that at the foot; faces stay counted,
    amber and light."""
    amber = np.array((90, 190, 250), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        a = np.linspace(level, level / 2, part.shape[0], dtype=np.float32)[:, None, None]
        return np.clip(part * (1 - a) + amber * a + 12 * a, 0, 255).astype(np.uint8)

    return look_at


def fluorescent(level: float) -> Fn:
    """A ward's cold fluorescent light over a photo: drawn ``level`` (0.15-0.3) of the way toward a
    pale blue-green, a little more in faint horizontal bands (the tubes' flicker caught by the
    camera); faces stay counted, paler."""
    cold = np.array((230, 235, 205), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        yy = np.arange(part.shape[0], dtype=np.float32)[:, None, None]
        a = level + 0.05 * (np.sin(yy / 9) > 0.6)
        return np.clip(part * (1 - a) + cold * a, 0, 255).astype(np.uint8)

    return look_at


def floodlit(level: float) -> Fn:
    """A ground's floodlights at dusk over a photo: everything dimmed by ``level`` (0.2-0.4) toward
    a blue dusk but lit back toward cold white from the two top corners (where the towers stand);
    faces stay counted, light near the corners and bluer in the middle."""
    dusk, cold = np.array((110, 70, 40), np.float32), np.array((245, 245, 235), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        yy = np.arange(h, dtype=np.float32)[:, None, None] / max(1, h)
        xx = np.arange(w, dtype=np.float32)[None, :, None] / max(1, w)
        lamp = np.maximum(np.exp(-((xx**2 + yy**2) / 0.25)), np.exp(-(((1 - xx) ** 2 + yy**2) / 0.25)))
        p = part * (1 - level) + dusk * level
        return np.clip(p * (1 - level * lamp) + cold * level * lamp, 0, 255).astype(np.uint8)

    return look_at


def led_wash(level: float, left: Colour, right: Colour) -> Fn:
    """A stage's LED wash over a photo: drawn ``level`` (0.2-0.35) of the way toward ``left``'s
    colour at the left side and ``right``'s at the right, blended across; faces stay counted,
    tinted and light."""
    a, b = np.array(left, np.float32), np.array(right, np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        t = np.linspace(0, 1, part.shape[1], dtype=np.float32)[None, :, None]
        return np.clip(part * (1 - level) + (a * (1 - t) + b * t) * level, 0, 255).astype(np.uint8)

    return look_at


def phosphor(part: np.ndarray) -> np.ndarray:
    """A terminal's green phosphor mode over a whole screen: grey turned into shades of green, its
    range squeezed so nothing is darker than 40 and green over blue and red everywhere; faces stay
    counted, green."""
    grey = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None]
    ink = np.array((0.35, 1.0, 0.45), np.float32)
    return np.clip((40 + grey * 200 / 255) * ink + (1 - ink) * 40, 0, 255).astype(np.uint8)


def lit_or_grey(rng: random.Random, look: Callable[[], Fn]) -> Fn | None:
    """A photo's look: ``look()`` on 35 %, grey on 15 % (heldout10's ``greyed``), else none."""
    roll = rng.random()
    if roll < 0.35:
        return look()
    return H10.greyed if roll < 0.5 else None


def faces_at(cast: Cast, s: Screen, spots: Sequence[tuple[int, int]], fp: float, side: int,
             rims: Sequence[Colour]) -> None:  # fmt: skip
    """Round faces of ``fp`` px in avatars ``side`` px wide centred on ``spots``, each in a solid
    rim of its colour in ``rims`` (cycled; the rim drawn first)."""
    for (cx, cy), rim in zip(spots, itertools.cycle(rims)):
        cv2.circle(s.img, (cx, cy), side // 2 + max(3, side // 8), rim, -1, cv2.LINE_AA)
        cast.avatar(s, cx - side // 2, cy - side // 2, fp, side, "circle")


def lead_and_team(
    cast: Cast, rng: random.Random, s: Screen, y: int, x: int, colour: Colour, share: float
) -> None:
    """At the right of a row from ``y``: on ``share`` of rows a stack of one to three 18-22 px faces
    (heldout22's ``stack``) from ``x`` with its count, else one to three open places as dashed
    rings and "open" in grey (never faces)."""
    if rng.random() < share:
        n = rng.randrange(1, 4)
        end = H22.stack(cast, s, rng, x, y + 34, n, 18.3, 22, s.bg)
        note(s.img, f"+{n}", (end + 8, y + 58), 0.42, colour, 2)
        return
    for k in range(rng.randrange(1, 4)):
        dashed_ring(s.img, (x + 14 + k * 34, y + 48), 13, GREY)
    note(s.img, "open", (x + 120, y + 56), 0.42, GREY)


# ----------------------------------------------------------------------------------------------
# Parts: a marching band's drill chart and a concert in the park.
# ----------------------------------------------------------------------------------------------


def show_card(s: Screen, rng: random.Random, y: int) -> int:
    """The show on a card (no faces): a quaver's badge, the band and the show, the set out of the
    sets and its counts, the sets as a row of small squares (done ones filled), "NEXT" on a maroon
    tag. Returns its height with the gap under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 18, off(s.bg, 10))
    quaver_badge(img, (70, y + 56), 28, off(s.bg, 10))
    note(img, f"{rng.choice(BANDS)} - {rng.choice(SHOWS)}", (114, y + 48), 0.58, s.fg, 2)
    sets, at = rng.randrange(8, 16), rng.randrange(1, 8)
    note(
        img,
        f"Set {at} of {sets} - counts {rng.randrange(1, 9) * 8} to {rng.randrange(9, 16) * 8}",
        (114, y + 84),
        0.46,
        GREY,
        2,
    )
    for k in range(sets):
        colour = BAND if k < at else off(s.bg, 34)
        cv2.rectangle(img, (114 + k * 28, y + 100), (134 + k * 28, y + 118), colour, -1)
    tag(img, WIDTH - 150, y + 24, "NEXT", BAND, 32)
    return 150


DRILL_X, DRILL_W, DRILL_H = 50, 980, 560  # the field on the drill chart's card


def formation(rng: random.Random, n: int, gap: int) -> list[tuple[float, float]]:
    """``n`` places ``gap`` px apart or more round (0, 0): a block of rows, an arc opening down the
    field or a wedge pointing up it."""
    kind = rng.randrange(3)
    if kind == 0:
        cols = rng.randrange(4, 7)
        return [((k % cols - (cols - 1) / 2) * gap, (k // cols - (n // cols) / 2) * gap) for k in range(n)]
    if kind == 1:
        radius = max(2.2 * gap, n * gap / math.pi * 1.05)
        return [
            (
                radius * math.cos(math.pi * (1.1 + 0.8 * k / max(1, n - 1))),
                radius * math.sin(math.pi * (1.1 + 0.8 * k / max(1, n - 1))) + radius * 0.6,
            )
            for k in range(n)
        ]
    return [
        ((-1 if k % 2 else 1) * (k + 1) // 2 * gap * 0.75, ((k + 1) // 2) * gap * 0.75 - 2 * gap)
        for k in range(n)
    ]


def drill_field(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The field on a card from above: the grass in stripes, the yard lines across with their
    numbers and the hash marks, and the band in its formation for the set (``formation``: twelve
    to twenty-two round 18-24 px faces of one size, each in a rim of its section's colour), the set's
    move as a white arrow from the formation's middle. Returns its height with the gap under it
    (620 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 600, 20, off(s.bg, 10))
    x0, y0 = DRILL_X, y + 20
    for k in range(0, DRILL_H, 56):
        colour = (70, 150, 70) if (k // 56) % 2 else (80, 165, 80)
        cv2.rectangle(img, (x0, y0 + k), (x0 + DRILL_W, y0 + min(DRILL_H, k + 56)), colour, -1)
    for k in range(1, 10):
        lx = x0 + k * DRILL_W // 10
        cv2.line(img, (lx, y0), (lx, y0 + DRILL_H), WHITE, 2)
        note(img, str(10 * min(k, 10 - k)), (lx - 12, y0 + DRILL_H - 12), 0.42, WHITE, 1)
        for hy in (DRILL_H // 3, DRILL_H * 2 // 3):
            cv2.line(img, (lx - 6, y0 + hy), (lx + 6, y0 + hy), WHITE, 1)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    spots = formation(rng, rng.randrange(12, 23), side + 14)
    cx, cy = x0 + DRILL_W // 2 + rng.randrange(-120, 121), y0 + DRILL_H // 2 + rng.randrange(-40, 41)
    half = side // 2 + 8
    places = [
        (
            round(min(max(cx + dx, x0 + half), x0 + DRILL_W - half)),
            round(min(max(cy + dy, y0 + half), y0 + DRILL_H - 34 - half)),
        )
        for dx, dy in spots
    ]
    kept: list[tuple[int, int]] = []
    for p in places:
        if all(abs(p[0] - q[0]) > side + 6 or abs(p[1] - q[1]) > side + 6 for q in kept):
            kept.append(p)
    faces_at(cast, s, kept, fp, side, [c for _n, c in rng.sample(SECTIONS, 3)])
    ax, ay = rng.choice(((60, 0), (0, 50), (50, 40)))
    cv2.arrowedLine(img, (x0 + 30, y0 + 30), (x0 + 30 + ax, y0 + 30 + ay), WHITE, 3, tipLength=0.3)
    return 620


def section_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A section of the band: its colour's bar, its name and how many play, the section leader's
    24-30 px face in a rounded square (initials on some) and the name, then who marches in this set
    as a stack of one to three 18-22 px faces or open places dashed (``lead_and_team``). Returns its
    height (104 px)."""
    img = s.img
    name, colour = rng.choice(SECTIONS)
    cv2.rectangle(img, (24, y + 14), (32, y + 90), colour, -1)
    note(img, name, (50, y + 46), 0.56, s.fg, 2)
    note(img, f"{rng.randrange(2, 12)} players", (50, y + 78), 0.42, GREY)
    side = face_or_initials(cast, rng, s, (330, y + 18), (24, 30), "rounded", 0.1)
    note(img, f"lead: {rng.choice(NAMES)}", (346 + side, y + 46), 0.44, s.fg)
    note(img, f"rank {rng.choice('ABCDEFGH')}{rng.randrange(1, 9)}", (346 + side, y + 76), 0.4, GREY)
    lead_and_team(cast, rng, s, y, WIDTH - 300, colour, 0.65)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def concert_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The concert's bar (no faces): a maroon band with a quaver's badge, the band and the park,
    "LIVE" on a red tag and the listeners' count. Returns its height (100 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 92), tone(BAND, -20), -1)
    quaver_badge(img, (52, y + 46), 26, tone(BAND, -20))
    note(img, rng.choice(BANDS), (96, y + 42), 0.58, WHITE, 2)
    note(img, f"{rng.choice(PARKS)} - Sunday {rng.randrange(2, 5)}pm", (96, y + 74), 0.44, (210, 210, 235))
    tag(img, WIDTH - 320, y + 28, "LIVE", RED, 32)
    note(img, f"{rng.randrange(20, 2000)} listening", (WIDTH - 220, y + 52), 0.46, WHITE)
    return 100


def conductor_cam(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The conductor across the screen, (WIDTH - 40) wide and 420-500 high (heldout53's ``posed``
    at the bandstand or in the band room: the face 110-240 px, on a quarter cut by a side of the
    frame), under the bandstand's festoon lights on 40 % (``festoon``), the piece on a name label
    over its lower left (heldout22's ``name_label``; it takes the pixels it covers). Returns its
    height with the gap under it."""
    h = rng.randrange(420, 500)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(110, 240), PARK, edge)
    if rng.random() < 0.4:
        piece = festoon(rng.uniform(0.2, 0.4))(piece)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(s.img, f"Now: {rng.choice(PIECES)} - cond. {rng.choice(SURNAMES)}", 36, y + h - 14, 40)
    return h + 16


def encore_vote(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The encore vote on a card: three pieces, each a bar of its share with the share in figures
    and, on most, who voted for it as a stack of one to three 18-22 px faces (heldout22's ``stack``)
    with "+N" on some; the leader's bar in the band's colour. Returns its height with the gap under
    it (280 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 260, 18, off(s.bg, 10))
    note(img, "Vote for the encore", (44, y + 42), 0.56, s.fg, 2)
    shares = sorted((rng.random() for _ in range(3)), reverse=True)
    total = sum(shares)
    for k, (share, piece) in enumerate(zip(shares, rng.sample(PIECES, 3), strict=True)):
        by = y + 70 + k * 62
        cv2.rectangle(img, (44, by), (44 + 520, by + 44), off(s.bg, 24), -1)
        cv2.rectangle(
            img, (44, by), (44 + round(520 * share / total), by + 44), BAND if k == 0 else off(s.bg, 50), -1
        )
        note(img, piece, (58, by + 30), 0.48, WHITE if k == 0 else s.fg, 2)
        note(img, f"{round(100 * share / total)}%", (580, by + 30), 0.46, s.fg, 2)
        if rng.random() < 0.8:
            more = rng.randrange(3, 60) if rng.random() < 0.4 else 0
            H22.stack(cast, s, rng, 680, by + 10, rng.randrange(1, 4), 18.3, 22, off(s.bg, 10), more)
    return 280


def listener_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A listener's comment: the 20-26 px face in a story ring (initials on some), the name and the
    town, the comment as text bars or a request on a maroon tag, the hearts. Returns its height (86
    px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (20, 26), "ring", 0.12)
    x = 56 + side
    note(img, f"{who(rng)} - {rng.choice(PARKS).split()[-1]}", (x, y + 34), 0.46, s.fg, 2)
    if rng.random() < 0.3:
        tag(img, x, y + 46, f"Request: {rng.choice(PIECES)}", BAND, 26)
    else:
        H52.text_bars(img, rng, x, y + 54, rng.randrange(260, 620), 1, off(s.bg, 60))
    note(img, f"{rng.randrange(0, 60)} hearts", (WIDTH - 170, y + 48), 0.4, GREY)
    return 86


# ----------------------------------------------------------------------------------------------
# Parts: a hospital's volunteers on its floor plan and the volunteers' hub.
# ----------------------------------------------------------------------------------------------


MAP_X, MAP_Y, MAP_W, MAP_H = 40, 60, 1000, 580  # the floor plan on its card (y from its top)


def floor_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The hospital's floor plan on a card: a grid of wards (three columns, three rows) as pale
    rooms with their names, the corridors between them in grey, the entrance's arrow, and the
    volunteers on site as pins in the wards they cover, ten to eighteen, each a round 18-24 px face
    (one size) in a pin's head of its role's colour over the pin's point, two places a ward. Returns
    its height with the gap under it (660 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 640, 20, off(s.bg, 10))
    note(img, f"{rng.choice(HOSPITALS)} - ground floor", (44, y + 40), 0.52, s.fg, 2)
    x0, y0 = MAP_X, y + MAP_Y
    cv2.rectangle(img, (x0, y0), (x0 + MAP_W, y0 + MAP_H), (190, 190, 192), -1)
    room_w, room_h = (MAP_W - 40) // 3, (MAP_H - 40) // 3
    names = rng.sample(WARDS, 9)
    rooms = []
    for k in range(9):
        rx, ry = x0 + 10 + (k % 3) * (room_w + 10), y0 + 10 + (k // 3) * (room_h + 10)
        cv2.rectangle(
            img,
            (rx, ry),
            (rx + room_w, ry + room_h),
            rng.choice(((235, 240, 240), (225, 235, 245), (240, 235, 225))),
            -1,
        )
        note(img, names[k], (rx + 10, ry + room_h - 12), 0.42, (70, 70, 70), 1)
        rooms.append((rx, ry))
    cv2.arrowedLine(
        img, (x0 + MAP_W // 2, y0 + MAP_H + 14), (x0 + MAP_W // 2, y0 + MAP_H - 6), CARE, 4, tipLength=0.5
    )
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    spots = [(rx + room_w * (1 + 2 * j) // 4, ry + side // 2 + 14) for rx, ry in rooms for j in range(2)]
    for cx, cy in rng.sample(spots, rng.randrange(10, 19)):
        _role, colour = rng.choice(ROLES)
        r = side // 2 + max(3, side // 8)
        point = np.array(
            [(cx - r * 2 // 3, cy + r // 2), (cx + r * 2 // 3, cy + r // 2), (cx, cy + r + 14)], np.int32
        )
        cv2.fillPoly(img, [point], colour, cv2.LINE_AA)
        faces_at(cast, s, [(cx, cy)], fp, side, [colour])
    return 660


def volunteer_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A volunteer on shift: the 22-30 px face in a circle cut out of the lanyard's colour (heldout2's
    ``edge``; initials on some), a cup's badge over its lower right on 20 % (on a break; it takes the
    pixels it covers), the name and the role on a chip of its colour, the ward and the hours.
    Returns its height (100 px)."""
    img = s.img
    role, colour = rng.choice(ROLES)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.22))
    if rng.random() < 0.08:
        H3.initials(img, rng, 30, y + 18, side, "circle", colour)
    else:
        cast.avatar(s, 30, y + 18, fp, side, "circle", colour)
    if rng.random() < 0.2:
        cup_badge(img, (28 + side, y + 16 + side), 10, s.bg)
    x = 60 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.5, s.fg, 2)
    tag(img, x, y + 54, role, tone(colour, -40), 28)
    note(img, rng.choice(WARDS), (600, y + 44), 0.46, s.fg, 2)
    start = rng.randrange(7, 16)
    note(img, f"{start}:00 - {start + rng.randrange(2, 5)}:00", (600, y + 76), 0.42, GREY)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def atrium_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The volunteers in the atrium (heldout61's ``hero_photo`` in a hospital's atrium or along a
    ward's corridor: three to six a depth, the front faces 24-44 px, those behind 0.55-0.7 of
    them), under a ward's fluorescent light on 35 % (``fluorescent``) or grey on 15 %; the week on a
    tag and a heart's badge, the service on the band. Returns its height with the gap under it (460
    px)."""
    shade = lit_or_grey(rng, lambda: fluorescent(rng.uniform(0.15, 0.3)))
    mark = (f"Volunteers' week {rng.randrange(2019, 2027)}", CARE, heart_badge)
    words = (
        rng.choice(HOSPITALS).upper(),
        f"{rng.randrange(80, 600)} volunteers - {rng.randrange(2, 40)}k hours",
    )
    return H61.hero_photo(cast, rng, s, y, ATRIUM, (3, 6), (24, 44, 0.55), shade, mark, words)


YEARS: tuple[tuple[int, Colour], ...] = (
    (5, (50, 120, 190)),
    (10, (192, 192, 192)),
    (20, GOLD),
    (25, (180, 130, 60)),
)


def long_service(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Long service under its heading: round 32-46 px faces (one size) in solid rims of their years'
    colours (bronze, silver, gold, sapphire; heldout38's ``rimmed``) about 190 px apart, the years on
    a tag under each and the name, the last across the screen's right edge (heldout45's
    ``carousel``). Returns its height with the gap under it."""
    img = s.img
    top = section(s, y, "Long service", True)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        years, rim = rng.choice(YEARS)
        H38.rimmed(cast, s, x, top + 14, fp, side, rim)
        note(img, rng.choice(NAMES), (x, top + side + 86), 0.46, s.fg, 2)
        tag(img, x, top + side + 30, f"{years} yrs", tone(rim, -50), 28)
    return top - y + side + 106


def shift_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shift on the rota: the day and the hours in a block of the role's colour, the role and the
    ward, the lead's 22-30 px face in a rounded square (initials on some), then the team as a stack
    of one to three 18-22 px faces or open places dashed (``lead_and_team``). Returns its height
    (108 px)."""
    img = s.img
    role, colour = rng.choice(ROLES)
    rounded_card(img, 26, y + 14, 110, 80, 12, colour)
    note(img, rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")), (40, y + 46), 0.5, WHITE, 2)
    start = rng.randrange(7, 18)
    note(img, f"{start}-{start + rng.randrange(2, 5)}", (40, y + 78), 0.46, WHITE, 2)
    note(img, role, (156, y + 46), 0.52, s.fg, 2)
    note(img, rng.choice(WARDS), (156, y + 78), 0.42, GREY)
    side = face_or_initials(cast, rng, s, (470, y + 20), (22, 30), "rounded", 0.1)
    note(img, "lead", (482 + side, y + 50), 0.4, GREY)
    lead_and_team(cast, rng, s, y, WIDTH - 300, colour, 0.6)
    cv2.line(img, (30, y + 106), (WIDTH - 30, y + 106), off(s.bg, 14), 1)
    return 108


# ----------------------------------------------------------------------------------------------
# Parts: a cricket scorecard, a baseball lineup and a club's teams.
# ----------------------------------------------------------------------------------------------


def innings_card(s: Screen, rng: random.Random, y: int) -> int:
    """The innings on a card (no faces): a bat's badge, the two clubs, the score and the overs in
    large figures, the run rate, and the runs over by over as a worm (a line rising to the right).
    Returns its height with the gap under it (170 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 150, 18, off(s.bg, 10))
    bat_badge(img, (70, y + 56), 28, off(s.bg, 10))
    home, away = rng.sample(CLUBS, 2)
    note(img, f"{home} v {away}", (114, y + 46), 0.52, s.fg, 2)
    runs, wickets, overs = rng.randrange(40, 320), rng.randrange(0, 10), rng.randrange(8, 50)
    note(img, f"{runs}/{wickets}", (114, y + 110), 1.3, CRICKET, 3)
    note(img, f"({overs}.{rng.randrange(6)} ov) - RR {runs / overs:.2f}", (330, y + 104), 0.5, GREY, 2)
    pts, level = [], 0.0
    for k in range(20):
        level += rng.uniform(0.2, 1.0)
        pts.append((700 + k * 17, y + 130 - round(level * 5)))
    cv2.polylines(img, [np.array(pts, np.int32)], False, CRICKET, 3, cv2.LINE_AA)
    return 170


FIELD_CX, FIELD_RX, FIELD_RY = WIDTH // 2, 470, 290  # the outfield's middle and its half axes


def field_placing(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The field placings on a card: the outfield from above as a green oval inside a boundary rope,
    the pitch a pale strip down its middle with the creases, and the fielding side's eleven (the
    bowler at the pitch's far end, the keeper behind the near stumps with one to three slips in a
    line beside, the rest at placings round the field) and the two batters at the creases, each a
    round 18-24 px face (one size) in a white rim, the batters' in the batting side's colour.
    Returns its height with the gap under it (640 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 620, 20, off(s.bg, 10))
    c = (FIELD_CX, y + 310)
    cv2.ellipse(img, c, (FIELD_RX, FIELD_RY), 0, 0, 360, (70, 150, 70), -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (FIELD_RX, FIELD_RY), 0, 0, 360, WHITE, 2, cv2.LINE_AA)
    cv2.ellipse(img, c, (FIELD_RX // 2, FIELD_RY // 2), 0, 0, 360, (90, 170, 90), 2, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - 16, c[1] - 110), (c[0] + 16, c[1] + 110), (150, 200, 215), -1)
    for cy in (c[1] - 90, c[1] + 90):
        cv2.line(img, (c[0] - 22, cy), (c[0] + 22, cy), WHITE, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    gap = side + 14
    spots = [(c[0], c[1] - 110 - gap // 2), (c[0], c[1] + 90 + gap)]  # the bowler, the keeper
    spots += [(c[0] + gap * (k + 1), c[1] + 90 + gap - 6 * k) for k in range(rng.randrange(1, 4))]
    angles = [math.tau * (k + rng.uniform(0.25, 0.75)) / 8 for k in range(8)]
    for a in angles[: 11 - len(spots)]:
        reach = rng.uniform(0.45, 0.88)
        spots.append(
            (round(c[0] + FIELD_RX * reach * math.cos(a)), round(c[1] + FIELD_RY * reach * math.sin(a)))
        )
    faces_at(cast, s, spots, fp, side, [WHITE])
    faces_at(
        cast,
        s,
        [(c[0] - gap, c[1] - 90), (c[0] + gap, c[1] + 90 - gap)],
        fp,
        side,
        [rng.choice(TEAM_COLOURS)],
    )
    note(img, f"{rng.choice(('Attacking', 'Defensive', 'Death overs'))} field", (44, y + 600), 0.44, GREY)
    return 640


def batter_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A batter on the card: the round 22-30 px face (initials on some), the name with a star when not
    out, how out, then the runs in bold and the balls, fours, sixes and strike rate in columns.
    Returns its height (92 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (28, y + 16), (22, 30), "circle", 0.1)
    x = 50 + side
    out = rng.choice(OUTS)
    name = f"{rng.choice(NAMES)[0]}. {rng.choice(SURNAMES)}{'*' if out == 'not out' else ''}"
    note(img, name, (x, y + 40), 0.5, s.fg, 2)
    note(img, out, (x, y + 70), 0.4, GREY)
    runs, balls = rng.randrange(0, 120), rng.randrange(1, 150)
    for k, value in enumerate((runs, balls, rng.randrange(0, 12), rng.randrange(0, 5))):
        note(
            img,
            str(value),
            (560 + k * 90, y + 52),
            0.56 if k == 0 else 0.46,
            s.fg if k == 0 else GREY,
            2 if k == 0 else 1,
        )
    note(img, f"{100 * runs / balls:.0f}", (WIDTH - 110, y + 52), 0.46, GREY)
    cv2.line(img, (30, y + 90), (WIDTH - 30, y + 90), off(s.bg, 14), 1)
    return 92


def line_score(s: Screen, rng: random.Random, y: int) -> int:
    """The line score on a card (no faces): the two teams' names, their runs by inning in a grid of
    nine columns (empty ones to come), R, H and E, and the inning on a tag with its half's arrow.
    Returns its height with the gap under it (170 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 150, 18, off(s.bg, 10))
    inning = rng.randrange(1, 10)
    for row, team in enumerate(rng.sample(BALLCLUBS, 2)):
        ty = y + 64 + row * 50
        note(img, team, (40, ty), 0.48, s.fg, 2)
        for k in range(9):
            text = str(rng.choice((0, 0, 0, 1, 1, 2, 3))) if k < inning - row else "-"
            note(img, text, (330 + k * 48, ty), 0.48, s.fg if k < inning - row else GREY)
        for k in range(3):
            note(img, str(rng.randrange(0, 12)), (790 + k * 70, ty), 0.5, s.fg, 2)
    for k, head in enumerate("RHE"):
        note(img, head, (790 + k * 70, y + 30), 0.42, GREY, 2)
    tag(img, 330, y + 14, f"{rng.choice(('Top', 'Bot'))} {inning}", tone(GREEN, -40), 28)
    return 170


def pitchers(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Tonight's pitchers on a card: two round 34-50 px faces (one size) in solid rims of their
    teams' colours (heldout38's ``rimmed``) at the card's two sides, each with the name, the
    record and the ERA, "vs" between them. Returns its height with the gap under it (250 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 230, 18, off(s.bg, 10))
    note(img, "Probable pitchers", (44, y + 40), 0.5, GREY, 2)
    fp, side = _size(rng, 34, small(rng, 34.5, 50), (1.1, 1.2))
    for k, rim in enumerate(rng.sample(TEAM_COLOURS, 2)):
        x = 60 if k == 0 else WIDTH - 60 - side
        H38.rimmed(cast, s, x, y + 70, fp, side, rim)
        tx = x + side + 24 if k == 0 else x - 250
        note(img, f"{rng.choice(NAMES)[0]}. {rng.choice(SURNAMES)}", (tx, y + 100), 0.5, s.fg, 2)
        note(
            img,
            f"{rng.randrange(0, 18)}-{rng.randrange(0, 14)}, {rng.uniform(1.8, 6.2):.2f} ERA",
            (tx, y + 132),
            0.42,
            GREY,
        )
    note(img, "vs", (WIDTH // 2 - 16, y + 130), 0.9, s.fg, 2)
    return 250


DIAMOND_H = 600  # the diamond's card


def diamond(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The diamond from above on a card: the outfield's grass as a fan, the infield's dirt as a
    square on its point with the bases as white squares and the mound, and the nine fielders at
    their positions and up to three runners on their bases, each a round 18-24 px face (one size)
    in a white rim, the runners' in red. Returns its height with the gap under it (600 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, DIAMOND_H - 20, 20, off(s.bg, 10))
    home = (WIDTH // 2, y + DIAMOND_H - 70)
    cv2.ellipse(img, home, (470, 470), 0, 225, 315, (70, 150, 70), -1, cv2.LINE_AA)
    d = 190
    bases = [(home[0] + d, home[1] - d), (home[0], home[1] - 2 * d), (home[0] - d, home[1] - d)]
    cv2.fillPoly(img, [np.array([home, *bases], np.int32)], (80, 130, 170))
    for bx, by in [home, *bases]:
        cv2.rectangle(img, (bx - 9, by - 9), (bx + 9, by + 9), WHITE, -1)
    mound = (home[0], home[1] - d)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    r = side // 2 + 10
    fielders = [
        (mound[0], mound[1] - r), (home[0], home[1] + r - 4), (bases[0][0] + r, bases[0][1] - r),
        (bases[1][0] + d // 2, bases[1][1] + d // 3), (bases[1][0] - d // 2, bases[1][1] + d // 3),
        (bases[2][0] - r, bases[2][1] - r), (home[0] - 320, home[1] - 320), (home[0], home[1] - 440),
        (home[0] + 320, home[1] - 320),
    ]  # fmt: skip
    faces_at(cast, s, fielders, fp, side, [WHITE])
    runners = [
        (bx + (14 + side // 2) * (1 if bx >= home[0] else -1), by + 14 + side // 2) for bx, by in bases
    ]
    faces_at(cast, s, [p for p in runners if rng.random() < 0.35], fp, side, [RED])
    return DIAMOND_H


def order_row(cast: Cast, rng: random.Random, s: Screen, y: int, spot: int) -> int:
    """A batter in the order: the spot, the jersey with the number (``jersey``), the 22-30 px face in
    a square cut out of the team's colour (heldout2's ``edge``; initials on some), the name and the
    position, the average and tonight's line, "ON DECK" or "AT BAT" on a tag for two. Returns its
    height (96 px)."""
    img = s.img
    note(img, str(spot % 9 + 1), (28, y + 58), 0.7, s.fg, 2)
    colour = TEAM_COLOURS[spot % 3 * 2 % len(TEAM_COLOURS)]
    jersey(img, 64, y + 26, rng.randrange(1, 60), colour)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.22))
    if rng.random() < 0.08:
        H3.initials(img, rng, 130, y + 18, side, "square", colour)
    else:
        cast.avatar(s, 130, y + 18, fp, side, "square", colour)
    x = 156 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 42), 0.5, s.fg, 2)
    note(img, rng.choice(("C", "1B", "2B", "SS", "3B", "LF", "CF", "RF", "DH")), (x, y + 72), 0.42, GREY, 2)
    note(img, f".{rng.randrange(180, 360)}", (640, y + 56), 0.5, s.fg, 2)
    note(img, f"{rng.randrange(0, 4)}-{rng.randrange(1, 5)}", (760, y + 56), 0.46, GREY)
    if spot in (0, 1):
        tag(img, WIDTH - 170, y + 32, ("AT BAT", "ON DECK")[spot], (RED, GREY)[spot], 30)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def team_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The club's team photo across the screen, 440 px (heldout11's ``gathering``: two rows of four
    to seven round its middle, the front faces 26-44 px, those behind 0.8-0.9 of them, standing a
    fifth to three tenths of the frame up), under the ground's floodlights on 35 % (``floodlit``)
    or grey on 15 %; the season on a green tag and a bat's badge over its top, the team on a dark
    band at its foot (heldout59's ``hero_band``). Returns its height with the gap under it (460 px)."""
    front = rng.uniform(26, 44)
    piece, faces = H11.gathering(
        cast,
        WIDTH,
        440,
        front * rng.uniform(0.8, 0.9),
        front,
        2,
        rng.randrange(4, 8),
        (1.5, 2.0),
        rng.uniform(0.2, 0.3),
    )
    shade = lit_or_grey(rng, lambda: floodlit(rng.uniform(0.2, 0.4)))
    H11.paste_photo(cast, s, shade(piece) if shade else piece, faces, 0, y)
    tag(s.img, 24, y + 20, f"Season {rng.randrange(2019, 2027)}", CRICKET, 36)
    bat_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    team = rng.choice(("1st XI", "2nd XI", "Sunday XI", "Under 15s", "Women's XI"))
    H59.hero_band(
        s, y, 440, f"{rng.choice(CLUBS).upper()} - {team}", f"P{rng.randrange(4, 20)} W{rng.randrange(0, 12)}"
    )
    return 460


def fixture_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A fixture: the date in a block of the club's green, the opponent and the ground, home or away
    on a tag, the captain's 22-30 px face in a circle (initials on some), then the side selected so
    far as a stack of one to three 18-22 px faces or open places dashed (``lead_and_team``). Returns
    its height (112 px)."""
    img = s.img
    rounded_card(img, 26, y + 14, 88, 84, 12, CRICKET)
    note(img, str(rng.randrange(1, 29)), (44, y + 56), 0.8, WHITE, 2)
    note(img, rng.choice(MONTHS)[:3], (46, y + 84), 0.42, WHITE, 1)
    note(img, f"v {rng.choice(CLUBS + BALLCLUBS)}", (134, y + 46), 0.5, s.fg, 2)
    where = rng.choice(("Home", "Away"))
    tag(img, 134, y + 58, where, tone(CRICKET, 20) if where == "Home" else (120, 120, 120), 28)
    side = face_or_initials(cast, rng, s, (480, y + 22), (22, 30), "circle", 0.1)
    note(img, "capt.", (492 + side, y + 52), 0.4, GREY)
    lead_and_team(cast, rng, s, y + 4, WIDTH - 300, CRICKET, 0.65)
    cv2.line(img, (30, y + 110), (WIDTH - 30, y + 110), off(s.bg, 14), 1)
    return 112


# ----------------------------------------------------------------------------------------------
# Parts: a hackathon's board, a bootcamp's cohort and a demo day.
# ----------------------------------------------------------------------------------------------


def countdown_card(s: Screen, rng: random.Random, y: int) -> int:
    """The countdown on a card (no faces): a bracket's badge, the event and its tracks as chips, the
    time left in large digits and "SUBMIT BY" with the deadline. Returns its height with the gap
    under it (160 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 140, 18, off(s.bg, 10))
    bracket_badge(img, (70, y + 56), 28, off(s.bg, 10))
    note(img, rng.choice(EVENTS), (114, y + 46), 0.6, s.fg, 2)
    for k, track in enumerate(rng.sample(TRACKS, 3)):
        tag(img, 114 + k * 170, y + 66, track, tone(HACK, -20 * k), 28)
    note(
        img,
        f"{rng.randrange(0, 48):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (WIDTH - 330, y + 70),
        1.3,
        HACK,
        3,
    )
    note(img, f"SUBMIT BY {rng.randrange(9, 18)}:00 SUN", (WIDTH - 330, y + 112), 0.44, GREY, 2)
    return 160


COLUMN_W, CARD_H = 330, 196  # a column of the teams' board and a team's card in it


def team_board(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The teams' board: three columns ("Idea", "Building", "Demo ready") with their counts, and in
    each one to three teams' cards: the project's name and its track, the members as a row of two to
    four round 20-26 px faces (one size a card, initials on some) and the commits as a bar with its
    count; a card on 15 % "Looking for a designer" with a dashed place. Returns its height with the
    gap under it (700 px)."""
    img = s.img
    for col, head in enumerate(("Idea", "Building", "Demo ready")):
        cx = 24 + col * (COLUMN_W + 10)
        rounded_card(img, cx, y, COLUMN_W, 680, 16, off(s.bg, 8))
        note(img, head, (cx + 16, y + 36), 0.5, s.fg, 2)
        for k in range(rng.randrange(1, 4)):
            top = y + 56 + k * (CARD_H + 12)
            rounded_card(img, cx + 10, top, COLUMN_W - 20, CARD_H, 12, off(s.bg, 22))
            note(img, rng.choice(PROJECTS), (cx + 24, top + 36), 0.52, s.fg, 2)
            note(img, rng.choice(TRACKS), (cx + 24, top + 62), 0.4, GREY)
            fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
            for j in range(rng.randrange(2, 5)):
                px = cx + 24 + j * (side + 8)
                if rng.random() < 0.08:
                    H3.initials(img, rng, px, top + 80, side, "circle", None)
                else:
                    cast.avatar(s, px, top + 80, fp, side, "circle")
            if rng.random() < 0.15:
                dashed_ring(img, (cx + COLUMN_W - 60, top + 80 + side // 2), side // 2, GREY)
            commits = rng.random()
            cv2.rectangle(img, (cx + 24, top + 150), (cx + COLUMN_W - 40, top + 160), off(s.bg, 40), -1)
            cv2.rectangle(
                img, (cx + 24, top + 150), (cx + 24 + round((COLUMN_W - 64) * commits), top + 160), HACK, -1
            )
            note(img, f"{round(commits * 140)} commits", (cx + 24, top + 184), 0.38, GREY)
    return 700


def mentor_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A mentor: the 24-32 px face in a rounded square (initials on some), the name and the company,
    two skills on chips, then an outlined "Book 15 min" or "Busy" on a grey tag (heldout61's
    ``button_or_tag``). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (24, 32), "rounded", 0.1)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.5, s.fg, 2)
    note(
        img,
        rng.choice(("Staff engineer", "Product designer", "CTO, startup", "Data scientist")),
        (x, y + 72),
        0.42,
        GREY,
    )
    for k, skill in enumerate(rng.sample(SKILLS, 2)):
        tag(img, 500 + k * 130, y + 30, skill, tone(HACK, -30 + 20 * k), 28)
    H61.button_or_tag(s, y, rng.random() < 0.3, ("Book 15 min", "Busy"), HACK, 200)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


TILE_W, TILE_H = 164, 128  # a tile of the cohort's wall


def cohort_wall(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The cohort on a card: six columns and three rows of tiles, each a square 24-34 px face (one
    size for the wall) with the first name and a streak's flame count under it; a tile on 10 %
    someone who left (a dashed place, never a face) and on 6 % initials. Returns its height with the
    gap under it (460 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 440, 20, off(s.bg, 10))
    note(img, f"{rng.choice(CAMPS)} - week {rng.randrange(1, 13)}", (44, y + 42), 0.52, s.fg, 2)
    fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.1, 1.2))
    for k in range(18):
        tx, ty = 34 + (k % 6) * TILE_W, y + 64 + (k // 6) * TILE_H
        roll = rng.random()
        if roll < 0.1:
            dashed_ring(img, (tx + side // 2, ty + side // 2), side // 2, GREY)
        elif roll < 0.16:
            H3.initials(img, rng, tx, ty, side, "square", None)
        else:
            cast.avatar(s, tx, ty, fp, side, "square")
        note(img, rng.choice(NAMES), (tx, ty + side + 24), 0.4, s.fg, 1)
        note(img, f"{rng.randrange(0, 60)} day streak", (tx, ty + side + 46), 0.34, GREY)
    return 460


def student_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's week: the round 22-30 px face (initials on some), the name and the module, the
    week's commits as a heatmap of seven by four squares (darker for more), and the pair partner as a
    stack of one 18-22 px face (heldout22's ``stack``) on 55 %, else "solo" on a grey tag. Returns
    its height (112 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (22, 30), "circle", 0.1)
    x = 54 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)[0]}.", (x, y + 44), 0.5, s.fg, 2)
    note(
        img, rng.choice(("JavaScript", "React", "APIs", "SQL", "Testing", "Deploys")), (x, y + 74), 0.42, GREY
    )
    for i in range(7):
        for j in range(4):
            heat = rng.random()
            colour = tone(GREEN, round(-80 * heat)) if heat > 0.3 else off(s.bg, 30)
            cv2.rectangle(img, (480 + i * 26, y + 22 + j * 18), (500 + i * 26, y + 36 + j * 18), colour, -1)
    if rng.random() < 0.55:
        note(img, "pair", (WIDTH - 200, y + 36), 0.38, GREY)
        H22.stack(cast, s, rng, WIDTH - 200, y + 46, 1, 18.3, 22, s.bg)
    else:
        tag(img, WIDTH - 200, y + 46, "solo", (120, 120, 120), 30)
    cv2.line(img, (30, y + 110), (WIDTH - 30, y + 110), off(s.bg, 14), 1)
    return 112


def pitch_stage(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The presenter on stage across the screen, (WIDTH - 40) wide and 420-500 high (heldout53's
    ``posed`` before the slides or in the hall: the face 110-240 px, on a quarter cut by a side of
    the frame), under the stage's LED wash on 40 % (``led_wash``), "ON STAGE" on a tag over its
    upper left and the timer over its lower right (``timer_box``; both take the pixels they cover).
    Returns its height with the gap under it."""
    h = rng.randrange(420, 500)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(110, 240), STAGE, edge)
    if rng.random() < 0.4:
        piece = led_wash(rng.uniform(0.2, 0.35), rng.choice(TEAM_COLOURS), HACK)(piece)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    tag(s.img, 36, y + 18, "ON STAGE", HACK, 36)
    left = rng.randrange(0, 180)
    timer_box(s.img, WIDTH - 220, y + h - 84, f"{left // 60}:{left % 60:02d}", left < 30)
    return h + 16


def judges(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The judges on a card: three to five round 34-50 px faces (one size) in solid rims of their
    scores' colours (green high, amber middling, red low; heldout38's ``rimmed``) about 200 px apart,
    each score on a badge under the face and the name. Returns its height with the gap under it (250
    px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 230, 18, off(s.bg, 10))
    note(img, "Judges", (44, y + 38), 0.5, GREY, 2)
    fp, side = _size(rng, 34, small(rng, 34.5, 50), (1.1, 1.2))
    n = rng.randrange(3, 6)
    step = (WIDTH - 120) // n
    for k in range(n):
        score = rng.randrange(3, 11)
        rim = GREEN if score >= 8 else (40, 170, 230) if score >= 5 else RED
        x = 60 + k * step + (step - side) // 2
        H38.rimmed(cast, s, x, y + 58, fp, side, rim)
        badge(img, (x + side // 2, y + 58 + side + 28), 18, tone(rim, -30), str(score))
        note(img, rng.choice(NAMES), (x, y + 58 + side + 72), 0.42, s.fg)
    return 250


def demo_row(cast: Cast, rng: random.Random, s: Screen, y: int, slot: int, now: int) -> int:
    """A slot in the running order, the ``slot``-th (the one on stage ``now``): the time, the team's
    thumbnail, 240 x 136 (the cast's ``photo``: its main face 22-40 px wide, skewed small, or for the
    team on stage a close-up, 64-90 px; others at their own sizes; on 10 % the slide alone, a
    thing) with a play's triangle over its corner, the project and the team, the track on a chip and
    "DONE", "NOW" or "NEXT" on a tag. Returns its height (160 px)."""
    img = s.img
    note(img, f"{13 + slot // 6}:{slot % 6}0", (26, y + 58), 0.5, s.fg, 2)
    state = "DONE" if slot < now else "NOW" if slot == now else "NEXT"
    m = rounded_rect(136, 240, 12)
    if rng.random() < 0.9:
        cast.photo(s, 110, y + 12, 240, 136, rng.uniform(64, 90) if slot == now else small(rng, 22, 40), m)
    else:
        cast.thing(s, 110, y + 12, 240, 136, m)
    cv2.fillPoly(img, [np.array([(118, y + 20), (138, y + 30), (118, y + 40)], np.int32)], WHITE)
    note(img, rng.choice(PROJECTS), (374, y + 50), 0.56, s.fg, 2)
    note(img, f"team of {rng.randrange(2, 6)}", (374, y + 82), 0.42, GREY)
    tag(img, 374, y + 96, rng.choice(TRACKS), tone(HACK, -20), 28)
    tag(img, WIDTH - 150, y + 40, state, {"DONE": (120, 120, 120), "NOW": RED, "NEXT": GREEN}[state], 30)
    cv2.line(img, (30, y + 158), (WIDTH - 30, y + 158), off(s.bg, 14), 1)
    return 160


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def pushed_feed(
    cast: Cast, rng: random.Random, name: str, kind: str, themes: tuple[str, ...], title: str,
    parts: Sequence[Callable[[Screen, int], int]], rows: tuple[str, bool, Callable[[Screen, int], int]],
) -> Composite:  # fmt: skip
    """A pushed page (heldout59's ``pushed``: the bar titled ``title``, in one of ``themes``, marked
    ``kind``) with ``parts`` down it in turn (each ``part(screen, y)`` returns its height), then the
    section ``rows`` names (its heading, "See all" or not, the row) with its rows down to the tab
    bar, which cuts the last (heldout37's ``rows_to_tab_bar``): the finished screen."""
    s, y = H59.pushed(cast, rng, name, kind, themes, title)
    for drawn in parts:
        y += drawn(s, y)
    heading_text, more, row = rows
    y = section(s, y, heading_text, more)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: row(s, t))


def drill_chart(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A marching band's drill chart: the bar; the show (``show_card``); the field
    (``drill_field``: 18-24 px in a formation); the sections (``section_row``: leaders 24-30 px,
    players 18-22 px in stacks) down to the tab bar, which cuts the last (``pushed_feed``)."""
    parts = (lambda s, y: show_card(s, rng, y), functools.partial(drill_field, cast, rng))
    rows = ("Sections", False, functools.partial(section_row, cast, rng))
    themes = ("light", "dark", "light", "tinted")
    return pushed_feed(cast, rng, name, "drill", themes, "Drill chart", parts, rows)


def park_concert(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A concert in the park, streamed: the bar (``concert_bar``); the conductor
    (``conductor_cam``: 110-240 px, cut by the frame's side on some, festoon lights on some); the
    encore vote (``encore_vote``: voters 18-22 px in stacks); the listeners (``listener_row``: 20-26
    px in story rings) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("concert"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + concert_bar(s, rng, STATUS_H)
    y += conductor_cam(cast, rng, s, y)
    y += encore_vote(cast, rng, s, y)
    y = section(s, y, "Listening now", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: listener_row(cast, rng, s, t))


def ward_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hospital's volunteers on site: the bar; the floor plan (``floor_map``: 18-24 px in pins);
    the volunteers on shift (``volunteer_row``: 22-30 px cut out of their lanyards' colours) down to
    the tab bar, which cuts the last (``pushed_feed``)."""
    rows = ("On shift", True, functools.partial(volunteer_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return pushed_feed(
        cast, rng, name, "wardmap", themes, "On site now", (functools.partial(floor_map, cast, rng),), rows
    )


def volunteer_hub(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The volunteers' hub: the service's title and one's 22-26 px face; the volunteers in the
    atrium (``atrium_photo``: front faces 24-44 px, fluorescent light or grey on some); long service
    (``long_service``: 32-46 px, past the right edge); the shifts (``shift_row``: leads 22-30 px,
    teams 18-22 px) down to the tab bar (heldout61's ``titled_feed``)."""
    parts = (functools.partial(atrium_photo, cast, rng), functools.partial(long_service, cast, rng))
    rows = ("Open shifts", True, 108, functools.partial(shift_row, cast, rng))
    themes = ("light", "dark", "light", "tinted")
    return H61.titled_feed(cast, rng, name, "volunteers", themes, "Volunteer hub", parts, rows)


def cricket_scorecard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cricket scorecard: the bar; the innings (``innings_card``); the field placings
    (``field_placing``: thirteen 18-24 px faces of one size); the batting (``batter_row``: 22-30 px)
    down to the tab bar, which cuts the last (``pushed_feed``)."""
    parts = (lambda s, y: innings_card(s, rng, y), functools.partial(field_placing, cast, rng))
    rows = ("Batting", False, functools.partial(batter_row, cast, rng))
    themes = ("light", "dark", "dark", "tinted")
    return pushed_feed(cast, rng, name, "scorecard", themes, "Scorecard", parts, rows)


def baseball_lineup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A baseball lineup: the bar; the line score (``line_score``); the pitchers (``pitchers``: 34-50
    px); the diamond (``diamond``: 18-24 px); the batting order (``order_row``: 22-30 px) down to
    the tab bar, which cuts the last (``pushed_feed``)."""
    parts = (
        lambda s, y: line_score(s, rng, y),
        *(functools.partial(fn, cast, rng) for fn in (pitchers, diamond)),
    )
    spots = itertools.count()
    rows = ("Batting order", False, lambda s, t: order_row(cast, rng, s, t, next(spots)))
    themes = ("dark", "light", "light", "tinted")
    return pushed_feed(cast, rng, name, "lineup", themes, "Lineup", parts, rows)


def club_teams(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A club's teams: the club's title and one's 22-26 px face; the team photo (``team_photo``:
    front faces 26-44 px, floodlights or grey on some); the fixtures (``fixture_row``: captains
    22-30 px, the selected 18-22 px in stacks) down to the tab bar (heldout43's ``titled``)."""
    s, y = titled(
        cast, rng, name, "clubteams", ("light", "dark", "light", "tinted"), rng.choice(CLUBS), own=True
    )
    y += team_photo(cast, rng, s, y)
    y = section(s, y, "Fixtures", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: fixture_row(cast, rng, s, t))


def hack_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hackathon's board: the bar; the countdown (``countdown_card``); the teams' board
    (``team_board``: 20-26 px, one size a card); the mentors (``mentor_row``: 24-32 px) down to the
    tab bar, which cuts the last; on 30 % a dark page with the whole screen in the green phosphor
    mode (heldout58's ``night_rows`` through ``phosphor``)."""
    green = rng.random() < 0.3
    themes = ("dark",) if green else ("dark", "light", "light", "tinted")
    s, y = H59.pushed(cast, rng, name, "hackboard", themes, "Teams")
    y += countdown_card(s, rng, y)
    y += team_board(cast, rng, s, y)
    y = section(s, y, "Mentors", True)
    return H58.night_rows(s, rng, y, lambda t: mentor_row(cast, rng, s, t), green, phosphor)


def cohort_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bootcamp's cohort: the bootcamp's title and one's 22-26 px face; the cohort
    (``cohort_wall``: 24-34 px in square tiles, one size); the students (``student_row``: 22-30 px,
    pair partners 18-22 px) down to the tab bar (heldout61's ``titled_feed``)."""
    rows = ("This week", False, 112, functools.partial(student_row, cast, rng))
    themes = ("dark", "light", "dark", "tinted")
    return H61.titled_feed(
        cast,
        rng,
        name,
        "cohort",
        themes,
        rng.choice(CAMPS),
        (functools.partial(cohort_wall, cast, rng),),
        rows,
    )


def demo_day(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A demo day, streamed: the bar; the presenter (``pitch_stage``: 110-240 px, cut by the frame's
    side on some, an LED wash on some); the judges (``judges``: 34-50 px); the running order
    (``demo_row``: thumbnails' faces 22-40 px, the team on stage's 64-90 px) down to the tab bar,
    which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "demoday", ("dark", "dark", "light", "tinted"), rng.choice(EVENTS))
    y += pitch_stage(cast, rng, s, y)
    y += judges(cast, rng, s, y)
    y = section(s, y, "Running order", False)
    slots, now = itertools.count(), rng.randrange(3)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: demo_row(cast, rng, s, t, next(slots), now))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    drill_chart,
    park_concert,
    ward_map,
    volunteer_hub,
    cricket_scorecard,
    baseball_lineup,
    club_teams,
    hack_board,
    cohort_grid,
    demo_day,
)
# with people: each twice a round but two (the concert and the demo day, a few large faces each)
ONCE = (park_concert, demo_day)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a drill chart with things in the
# members' rims, a floor plan with things in the pins, a field with things at the placings)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, drill_chart, ward_map, cricket_scorecard)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT65_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h65", photos, free, seed, reps)
