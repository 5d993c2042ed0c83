"""Held-out screens, sixty-third set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a kart circuit, a karting team's awning in
the paddock, a radio studio, a transmitter mast on a hill, a market garden's field, a co-op's
packing shed, a fire station's front, a drill yard's tower; nothing with eyes, a mouth or a mask,
and no round things in pairs); every random choice from ``HELDOUT63_SEED`` (63636; the
environment's ``HELDOUT63_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout62's ``Cast`` (through heldout61's and the sets' before it; this set's screens are
marked h63-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box is
inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in karting clubs, community radio stations and podcasts, farmers'
co-operatives and farm shares, and volunteer fire and rescue brigades, most of them small: a
karting league's live timing; a karting team's pit crew; the championship leader's profile; a
radio station's schedule; a podcast's episodes; a studio's video call with its guests; a co-op's
members; a farm share's pickups; a brigade's on-call board; a drill night. Near repeats avoided:
heldout28's motorsport live timing (a timing tower of twenty rows with the team's colour bar by
each face, team radio, a podium under champagne; here the karts on the circuit seen from above, each
driver's face in a rim of the kart's colour along the track, bunched and overlapping where they race
close, a place's badge on each, then the classification with the karts' number plates, helmet-off
headshots in squares and the sectors as coloured bars, the retired faded); heldout46's appliances
and heldout61's boats (faces in the seats of a vehicle's plan; here a pit box from above, the crew
round the kart at their stations in rings of the team's colour, then each stop with its chief and a
stack of the tyre crew); heldout61's player of the week and heldout62's photographer's pick (a card
round one large photo; here the championship leader's card under a chequered strip with the kart's
number plate and the points over the photo, the season as a line of finishing places, the weekend's
photos one large and two small); heldout49's week of classes and the sets' timetables (blocks with
the teachers' faces in their corners; here the day's shows as a strip of hours scrolled past the
right edge, each show's presenters in rounded squares at its start, now a red line down it, on air
now as the studio's camera under its ON AIR sign with the guests in a stack); heldout9's, heldout21's
and heldout26's podcasts (the hosts on the cover, a remote recording's cameras; here a show's drawn
cover with the hosts in white rims over its corner, the episodes' art each guest's studio portrait,
grey on some, with the episode's number over its foot and the other guests in stacks); heldout62's
tax call and heldout61's tandem call (the other person large, one's own camera in a corner or a
column; here the presenter across the studio's screen under an ON AIR sign, three guests' cameras in
a row under it with their sound's levels, the running order and the listeners waiting to go on
air); heldout43's allotment map and farm share and heldout55's growers' co-op (nameplates on plots,
the farm's people at work, pickup points with the host's face and a stack of collectors; here the
members' farms as pins over a patchwork of fields, the board past the edge, the directory with each
farm's household in a stack, a month's calendar with the volunteers in the pickup days' cells, and
pickup points with the host over the place's photo and the collectors in a row, ticked when they
have collected); heldout46's brigade roster (the crews on shields in their cab's seats, a callout's
answers; here an on-call board: the appliances' pills with the crews booked on in stacks, the
riders in rims of their helmets' colours past the edge, each firefighter's day as a bar of 24 hours,
those away faded; and a drill night: the watch's group photo under blue lights, the crew's grid of
headshots under bands of their helmets' colour, the drill's photos two a row). New looks:
floodlights over a night race, tyre smoke drifting low across the paddock, a polytunnel's milky
film, an appliance's blue lights at dusk, and a car's driving mode over a whole radio screen. Ten
layouts:
- a karting league's live timing (``kart_timing``): the session (``session_card``); the circuit
  (``track_map``: ten to sixteen drivers 18-24 px in rims of their karts' colours, one size for the
  map); the classification (``lap_row``: 22-30 px in squares, the retired faded) cut by the tab bar;
- a karting team's pit crew (``pit_crew``): one's 22-26 px face; the team in the paddock
  (``pit_hero``: three to six a depth, the front faces 24-44 px, in tyre smoke on 35 % or grey on
  15 %); the pit box (``pit_box``: eight stations, 20-28 px in rings of the team's colour, some
  empty); the stops (``stop_row``: chiefs 22-28 px in rounded squares, tyre crews 18-22 px in
  stacks) cut by the tab bar;
- the championship leader's profile (``driver_profile``): the card (``driver_card``: the driver
  110-240 px, on a quarter cut by the photo's side, under floodlights on 40 %); the season
  (``season_chart``); the weekend's photos (``weekend_photos``: faces 22-90 px, others at their own
  sizes); the team-mates where there is room (``teammate_row``: 24-32 px in squircles), above the
  "Follow driver" button;
- a community radio station's schedule (``radio_schedule``): one's 22-26 px face; on air now
  (``on_air``: the presenter 40-64 px, guests in the studio 18-22 px in a stack); today's shows
  (``schedule_strip``: presenters 28-40 px in rounded squares, the last show past the right edge);
  the presenters (``presenter_row``: 24-32 px, co-hosts 18-22 px in stacks) cut by the tab bar; on
  30 % a dark page with the whole screen in a car's driving mode;
- a podcast's episodes (``podcast_episodes``): the show (``show_header``: the hosts 36-50 px in white
  rims over the cover's corner); the episodes (``episode_row``: guests 36-60 px in their square art,
  grey on 25 %, other guests 18-22 px in stacks) cut by the tab bar;
- a studio's video call (``studio_call``): the bar (``studio_bar``); the cameras (``host_view``: the
  presenter 110-240 px, on a quarter cut by the frame's side; three guests' cameras, the face
  0.22-0.34 of their 336 px wide, off on a quarter); the running order (``rundown_card``); the
  callers (``caller_row``: 20-26 px in story rings) above the call's controls;
- a farmers' co-operative's members (``coop_members``): one's 22-26 px face; the farms
  (``farm_map``: eight to thirteen farmers 20-26 px in pins, one size for the map); the board
  (``board_strip``: 32-46 px cut out of olive rings, past the right edge); the directory
  (``member_row``: 22-30 px, households 18-22 px in stacks) cut by the tab bar;
- a farm share's pickups (``share_pickup``): one's 22-26 px face; the week's pickers
  (``harvest_hero``: three to six a depth, the front faces 24-44 px, through a polytunnel's film on
  35 % or grey on 15 %); the month (``pickup_calendar``: two or three volunteers 18-22 px a pickup
  day, one size for the month, some places open, the days gone faded on half of the months); the
  pickup points (``pickup_row``: hosts 24-30 px over the places' photos, two to six collectors 18-22
  px in a row) cut by the tab bar;
- a volunteer brigade's on-call board (``oncall_board``): the station (``station_card``: crews
  18-22 px in stacks on its appliances); who rides (``riding_now``: 32-46 px in rims of their
  helmets' colours, past the right edge); the day's availability (``availability_row``: 22-28 px in
  squares cut out of red edges, those away faded) cut by the tab bar;
- a drill night (``drill_night``): the watch's group photo (``drill_group``: two rows of four to
  seven, the front faces 26-44 px, those behind 0.75-0.9 of them, under blue lights on 35 % or grey
  on 15 %); the crew (``crew_grid``: two rows of seven headshots, 20-30 px, one size, some vacant);
  the drill's photos (``drill_tile_row``: one or two depths of two to four, the front faces 24-48
  px) cut by the tab bar.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, whose faces are as wide
as asked and may be taller, heldout11's ``portrait`` and ``gathering``, heldout53's ``posed``,
whose cut-out figures bring the others in their photos at their own sizes, and heldout38's
``staged``, whose single depth stands at the back's size), a figure in a gathering (0.9-1.1 of its
row's size) or a stack's slightly smaller faces can differ (the table below counts what is drawn).
The board, the riders and the schedule's shows run past the right edge, the last across it; the
classification, the stops, the presenters, the episodes, the members, the pickup points, the
availability and the drill's photos are cut by the tab bar, a driver and a presenter by their
photo's side on some; so some faces are cut by an edge and counted while half of their box shows
(the capture's right 8 px are black padding). Avatars are circles, rounded squares, squares,
squircles, story rings, rings of a colour with a gap, white rims, rims of karts' and helmets'
colours, pins' heads, circles cut out of an olive ring and squares cut out of a red edge, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes; JPEG quality 30-60. Chequered flag, microphone, crate and flame
badges, places' badges on the circuit, ticks, the chair's star, ON AIR signs, number plates, the
points' block, episodes' tags, name labels, "+N" discs, the call's controls and tab bars take the
pixels they cover; a face under them counts while half of its box shows; rims, rings and pins are
drawn before the faces they hold; grey (some episodes and photos), the floodlights, the smoke, the
film, the blue lights, the driving mode, fading (the retired, those away, the days gone) and dark
bands leave the faces under them counted as they look; initials, dashed rings, covers, crates,
maps, circuits, karts, charts, bars of hours, photos of places and drawn things are never faces.
Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,986 faces (1,682 under 32 px, 282 of 32-63, 13 of 64-127,
9 larger; 1,902 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings,
pins, squares, cells, tiles and photos, round things where a photo's people or a cut-out's person
would be); ``reps=1`` a quarter (18 screens with 480 faces: 409, 66, 3 and 2 by size, 461 under 40
px; 13 face-free). Each layout has people twice a round but the driver's profile and the studio's
call, once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    kart_timing        8 screens   184 faces: 184,   0,   0,   0
    pit_crew           8 screens   240 faces: 227,  13,   0,   0
    driver_profile     4 screens    43 faces:  26,  11,   2,   4
    radio_schedule     8 screens   230 faces: 215,  15,   0,   0
    podcast_episodes   8 screens   149 faces:  80,  69,   0,   0
    studio_call        4 screens    38 faces:  21,   1,  11,   5
    coop_members       8 screens   253 faces: 208,  45,   0,   0
    share_pickup       8 screens   361 faces: 342,  19,   0,   0
    oncall_board       8 screens   193 faces: 150,  43,   0,   0
    drill_night        8 screens   295 faces: 229,  66,   0,   0
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
import heldout62 as H62
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK
from heldout20 import note
from heldout21 import chips
from heldout23 import WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 63636


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT63_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 63636."""
    return int(env.get("HELDOUT63_SEED") or DEFAULT_SEED)


HELDOUT63_SEED = seed_from(os.environ)

Fn = H61.Fn  # a look over a whole photo or screen (floodlights, tyre smoke, a polytunnel's film)

KART: Colour = (20, 130, 240)  # a karting club's orange (BGR)
KART_CLUBS: tuple[str, ...] = ("Apex Kart Club", "Northfield Karting", "Redline KC", "Tarmac Rats Racing")
TRACKS: tuple[str, ...] = ("Whilton Mill", "Buckmore Park", "Shenington", "Rye House", "Llandow", "Larkhall")
CLASSES: tuple[str, ...] = ("Cadet", "Junior X30", "Senior Rotax", "Honda Cadet", "TKM", "Club 100")
KART_COLOURS: tuple[Colour, ...] = (
    (40, 40, 220), (220, 120, 30), (40, 200, 240), (60, 170, 60), (200, 60, 160), (20, 130, 240),
    (235, 235, 235), (50, 50, 50),
)  # fmt: skip
PURPLE: Colour = (200, 50, 160)  # a fastest sector's or lap's colour on the timing screen
AMBER: Colour = (30, 170, 240)
PIT_ROLES: tuple[tuple[str, int, int], ...] = (  # a crew member's station round the kart: role, dx, dy
    ("Chief", 0, -200),
    ("Front L", -200, -95),
    ("Front R", 200, -95),
    ("Rear L", -200, 95),
    ("Rear R", 200, 95),
    ("Jack", 0, 190),
    ("Data", -390, 0),
    ("Fuel", 390, 0),
)
RADIO: Colour = (150, 60, 110)  # a community radio station's plum
STATIONS: tuple[str, ...] = ("Harbour FM 104.2", "Valley Community Radio", "Wyvern Sound", "Riverside 97.6")
SHOWS: tuple[str, ...] = (
    "Breakfast Brew", "The Drive Home", "Folk on Sunday", "Late Night Vinyl", "Community Hour",
    "Jazz Cellar", "School Run", "Sports Desk", "Hometown Hits", "The Allotment Hour",
)  # fmt: skip
MUSIC: tuple[str, ...] = ("Folk", "Soul", "Local news", "Jazz", "Indie", "Phone-in", "Reggae", "Sport")
PODCAST: Colour = (170, 120, 30)  # a podcast's petrol blue
PODCASTS: tuple[str, ...] = ("Small Town Stories", "The Long Lap", "Grass Roots Talk", "Off the Hook")
EPISODES: tuple[str, ...] = (
    "The mill that fed a town", "Night shift at the lifeboat", "Why the bus stopped coming",
    "Forty years behind the bar", "Building a kart in a shed", "The flood of '68", "Bees on the roof",
    "A choir for everyone", "Saving the lido", "What the river gave back",
)  # fmt: skip
COOP: Colour = (60, 140, 100)  # a farmers' co-operative's olive green
COOPS: tuple[str, ...] = (
    "Three Vales Co-op",
    "Greenhill Growers",
    "Marsh Lane Farmers",
    "Tor View Co-operative",
)
FARMS: tuple[str, ...] = (
    "Ashdown Farm", "Bramble Hill", "Low Meadow", "Home Farm", "Pear Tree Farm", "Stonebridge",
    "Hollins Farm", "Brook End",
)  # fmt: skip
PRODUCE: tuple[str, ...] = ("Dairy", "Veg", "Apples", "Eggs", "Lamb", "Honey", "Flowers", "Grain")
BOARD: tuple[str, ...] = ("Chair", "Treasurer", "Secretary", "Director", "Director", "Member rep")
SITES: tuple[str, ...] = (
    "Village hall",
    "Farm gate",
    "Church porch",
    "Primary school",
    "The Plough",
    "Library",
)
FIELDS: tuple[Colour, ...] = (
    (70, 160, 90), (60, 140, 80), (110, 190, 150), (90, 200, 210), (70, 120, 150), (80, 170, 120),
)  # fmt: skip
FIRE: Colour = (40, 40, 190)  # a fire and rescue brigade's red
BRIGADES: tuple[str, ...] = (
    "Marsh Lane Fire Station", "Kelby Volunteer Brigade", "Upper Dale Fire & Rescue", "Westerby Station 14",
)  # fmt: skip
APPLIANCES: tuple[tuple[str, str], ...] = (
    ("P1", "Pump"), ("P2", "Pump"), ("L1", "Ladder"), ("R1", "Rescue"), ("W1", "Water"), ("4x4", "Rover"),
)  # fmt: skip
SKILLS: tuple[str, ...] = ("BA", "LGV", "EMR", "ICS", "Water", "RTC")
WATCHES: tuple[str, ...] = ("Red Watch", "Blue Watch", "White Watch", "Green Watch")
DRILLS: tuple[str, ...] = (
    "Hose drill",
    "Ladder pitch",
    "RTC extrication",
    "BA search",
    "Water rescue",
    "Pump drill",
)
YELLOW: Colour = (40, 200, 240)
HELMETS: tuple[Colour, ...] = (
    WHITE,
    (40, 40, 200),
    YELLOW,
)  # an officer's, a crew manager's, a firefighter's
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "SEP", "OCT")
NAMES = H59.WHITE_NAMES


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def kart_track(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A kart circuit from the grandstand on a grey day: a pale sky over a ragged line of trees,
    grass, the tarmac sweeping up through a bend between two white lines, red and white kerbs along
    its inside, a tyre wall along its outside (dark blocks in two courses with a blue strap round
    them) and a marshal's post (a white hut under a flat roof, an orange flag on a pole)."""
    img = np.zeros((h, w, 3), np.uint8)
    sky = round(h * rng.uniform(0.16, 0.26))
    gradient(img, (0, 0, w, sky), (225, 215, 205), (215, 215, 210))
    tops = [
        (x, sky - rng.randrange(max(2, h // 30), max(3, h // 10))) for x in range(0, w + 16, max(4, w // 14))
    ]
    cv2.fillPoly(img, [np.array([(0, sky + 2), *tops, (w, sky + 2)], np.int32)], (50, 90, 50))
    gradient(img, (0, sky, w, h), (90, 160, 100), (70, 140, 80))
    a, b = rng.uniform(0.62, 0.8), rng.uniform(0.42, 0.55)
    half = max(4, round(h * rng.uniform(0.07, 0.1)))

    def mid(x: float) -> float:
        return h * (a - (a - b) * (x / max(1, w)) ** 2)

    xs = np.linspace(0, w, 25)
    upper = [(round(x), round(mid(x) - half)) for x in xs]
    lower = [(round(x), round(mid(x) + half)) for x in xs]
    cv2.fillPoly(img, [np.array(upper + lower[::-1], np.int32)], (95, 95, 100))
    for edge in (upper, lower):
        cv2.polylines(img, [np.array(edge, np.int32)], False, WHITE, max(1, h // 120))
    kerb = max(2, h // 45)
    for j in range(len(lower) - 1):
        p, q = lower[j], lower[j + 1]
        cv2.line(img, (p[0], p[1] + kerb), (q[0], q[1] + kerb), RED if j % 2 else WHITE, kerb)
    block, course = max(4, w // 20), max(3, h // 30)
    for x in range(0, w, block):
        top = round(mid(x + block / 2) - half) - 2 * course - max(2, h // 50)
        for c in range(2):
            cv2.rectangle(
                img, (x + 1, top + c * course), (x + block - 2, top + (c + 1) * course - 1), (35, 35, 38), -1
            )
        cv2.rectangle(
            img, (x, top + course - 1), (x + block, top + course + max(1, course // 3)), (170, 110, 30), -1
        )
    mx = rng.randrange(max(1, w // 10), max(2, w - w // 4))
    my = round(mid(mx) + half + h * rng.uniform(0.08, 0.14))
    hw, hh = max(6, w // 10), max(5, h // 9)
    cv2.rectangle(img, (mx, my - hh), (mx + hw, my), (235, 235, 235), -1)
    cv2.rectangle(img, (mx - 2, my - hh - max(2, h // 60)), (mx + hw + 2, my - hh), (80, 80, 85), -1)
    cv2.rectangle(img, (mx + hw // 4, my - hh * 2 // 3), (mx + hw * 3 // 4, my - hh // 3), (60, 60, 60), -1)
    pole = mx + hw + max(3, w // 40)
    cv2.line(img, (pole, my), (pole, my - hh * 2), (90, 90, 90), max(1, w // 200))
    cv2.rectangle(img, (pole, my - hh * 2), (pole + max(4, w // 20), my - hh * 2 + max(3, h // 25)), KART, -1)
    return img


def pit_garage(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A karting team's awning in the paddock: a back wall of grey panels under the team's banner (a
    band of colour with a white bar of lettering), a grey floor with a yellow line, a red tool chest
    of drawers with their handles, stacks of spare tyres seen side on (dark blocks with tread
    grooves) on a trolley, a fuel can and a laptop open on a trestle."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.68, 0.78))
    gradient(img, (0, 0, w, floor), (200, 200, 205), (170, 172, 178))
    panel = max(6, w // 8)
    for x in range(0, w, panel):
        cv2.line(img, (x, 0), (x, floor), (145, 145, 150), 1)
    team = rng.choice(KART_COLOURS[:6])
    band = max(4, h // 9)
    cv2.rectangle(img, (0, h // 14), (w, h // 14 + band), team, -1)
    cv2.rectangle(img, (w // 8, h // 14 + band // 3), (w // 8 + w // 3, h // 14 + band * 2 // 3), WHITE, -1)
    gradient(img, (0, floor, w, h), (120, 120, 125), (95, 95, 100))
    cv2.line(
        img, (0, floor + (h - floor) // 3), (w, floor + (h - floor) // 3), (40, 200, 240), max(1, h // 80)
    )
    cx, cw, ch = rng.randrange(0, max(1, w // 3)), max(10, w // 4), round(h * 0.32)
    cv2.rectangle(img, (cx, floor - ch), (cx + cw, floor + max(2, h // 40)), (40, 40, 180), -1)
    for k in range(5):
        dy = floor - ch + max(2, ch // 12) + k * ch // 5
        cv2.line(img, (cx + 2, dy), (cx + cw - 2, dy), (30, 30, 120), 1)
        cv2.rectangle(
            img,
            (cx + cw // 3, dy + max(1, ch // 20)),
            (cx + cw * 2 // 3, dy + max(2, ch // 14)),
            (200, 200, 200),
            -1,
        )
    tx, tyre_w, tyre_h = w // 2 + rng.randrange(0, max(1, w // 6)), max(8, w // 7), max(4, h // 16)
    for k in range(rng.randrange(3, 7)):
        ty = floor - (k + 1) * tyre_h
        rounded_card(img, tx, ty, tyre_w, tyre_h - 1, max(1, tyre_h // 3), (30, 30, 32))
        for gx in range(tx + tyre_w // 6, tx + tyre_w, max(3, tyre_w // 5)):
            cv2.line(img, (gx, ty + 1), (gx, ty + tyre_h - 3), (60, 60, 62), 1)
    cv2.rectangle(img, (tx - 2, floor), (tx + tyre_w + 2, floor + max(2, h // 50)), (90, 90, 90), -1)
    fx = min(w - max(6, w // 14), tx + tyre_w + max(4, w // 20))
    cv2.rectangle(img, (fx, floor - max(6, h // 8)), (fx + max(5, w // 14), floor), (30, 30, 200), -1)
    cv2.line(
        img,
        (fx + max(5, w // 14) - 2, floor - max(6, h // 8)),
        (fx + max(6, w // 10), floor - max(8, h // 6)),
        (40, 40, 40),
        max(1, w // 150),
    )
    lx, ly = w - max(12, w // 4), floor - max(8, h // 5)
    cv2.rectangle(img, (lx, ly), (lx + max(8, w // 6), ly + max(2, h // 60)), (70, 90, 120), -1)
    cv2.rectangle(img, (lx + 2, ly - max(4, h // 12)), (lx + max(7, w // 7), ly), (40, 40, 45), -1)
    cv2.rectangle(
        img, (lx + 4, ly - max(3, h // 12) + 2), (lx + max(5, w // 7) - 2, ly - 2), (160, 120, 60), -1
    )
    return img


def radio_studio(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A community radio station's studio: a wall of acoustic foam (squares of wedges, their ridges
    turned every other square), an ON AIR light box, a monitor with a waveform on its screen, the
    mixing desk across the foreground (a dark slab with rows of fader slots and their caps and a
    strip of level lights) and one microphone on a jointed arm reaching in from a side."""
    img = np.zeros((h, w, 3), np.uint8)
    desk = round(h * rng.uniform(0.62, 0.72))
    foam = rng.choice(((70, 70, 75), (60, 60, 120), (110, 80, 50)))
    cell = max(6, w // 10)
    for r, y in enumerate(range(0, desk, cell)):
        for c, x in enumerate(range(0, w, cell)):
            cv2.rectangle(img, (x, y), (x + cell, y + cell), foam, -1)
            for k in range(0, cell, max(2, cell // 4)):
                if (r + c) % 2:
                    cv2.line(img, (x + k, y), (x + k, y + cell), tone(foam, -25), 1)
                else:
                    cv2.line(img, (x, y + k), (x + cell, y + k), tone(foam, -25), 1)
    sx, sy = rng.randrange(max(1, w // 12), max(2, w // 2)), round(h * 0.08)
    sw, sh = max(10, w // 4), max(5, h // 12)
    cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (30, 30, 200), -1)
    cv2.rectangle(
        img, (sx + sw // 6, sy + sh // 3), (sx + sw * 5 // 6, sy + sh * 2 // 3), (210, 210, 250), -1
    )
    mx, mw, mh = w - max(12, w // 3), max(10, w // 4), max(8, h // 5)
    my = desk - mh - max(2, h // 30)
    cv2.rectangle(img, (mx, my), (mx + mw, my + mh), (25, 25, 28), -1)
    wave = [
        (mx + 3 + k * (mw - 6) // 20, my + mh // 2 + round(rng.uniform(-0.35, 0.35) * mh)) for k in range(21)
    ]
    cv2.polylines(img, [np.array(wave, np.int32)], False, (120, 220, 120), 1, cv2.LINE_AA)
    gradient(img, (0, desk, w, h), (60, 60, 65), (35, 35, 38))
    for k in range(rng.randrange(8, 16)):
        fx = round((k + 0.5) * w / 16)
        cv2.line(img, (fx, desk + (h - desk) // 4), (fx, h - (h - desk) // 6), (20, 20, 20), max(1, w // 200))
        cap = round(desk + (h - desk) * rng.uniform(0.3, 0.75))
        cv2.rectangle(
            img,
            (fx - max(2, w // 80), cap - max(1, h // 120)),
            (fx + max(2, w // 80), cap + max(1, h // 120)),
            (200, 200, 200),
            -1,
        )
    for k in range(0, w, max(3, w // 40)):
        colour = (60, 200, 60) if k < w * 0.6 else (40, 200, 240) if k < w * 0.8 else (40, 40, 220)
        cv2.rectangle(img, (k, desk + 2), (k + max(1, w // 60), desk + max(3, h // 40)), colour, -1)
    left = rng.random() < 0.5
    x0 = 0 if left else w
    elbow = (round(w * (0.2 if left else 0.8)), round(h * 0.2))
    mic = (round(w * (0.4 if left else 0.6)), round(h * 0.42))
    cv2.line(img, (x0, round(h * 0.5)), elbow, (150, 150, 155), max(2, w // 90), cv2.LINE_AA)
    cv2.line(img, elbow, mic, (150, 150, 155), max(2, w // 90), cv2.LINE_AA)
    body = cv2.boxPoints(((mic[0], mic[1] + h // 14), (max(4, w // 16), max(8, h // 6)), 0.0))
    cv2.fillPoly(img, [body.astype(np.int32)], (45, 45, 50), cv2.LINE_AA)
    for k in range(4):
        gy = mic[1] + h // 14 - h // 14 + k * max(2, h // 50)
        cv2.line(img, (mic[0] - max(2, w // 34), gy), (mic[0] + max(2, w // 34), gy), (90, 90, 95), 1)
    return img


def mast_hill(rng: random.Random, w: int, h: int) -> np.ndarray:
    """The station's transmitter on a hill: a wide sky graded to the horizon, rolling hills in
    layers of green, a lattice mast (two legs narrowing to its top, cross braces zig-zagging up it)
    held by guy wires, a single red light on its tip and a small block house at its foot."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(
        img, (0, 0, w, h), rng.choice(((235, 200, 160), (220, 210, 200), (200, 170, 230))), (235, 230, 225)
    )
    for k, colour in enumerate(((120, 170, 130), (90, 150, 100), (70, 130, 80))):
        base = round(h * (0.55 + 0.13 * k))
        amp, phase = h * rng.uniform(0.03, 0.08), rng.uniform(0, math.tau)
        ridge = [(x, base + round(amp * math.sin(x / max(4, w / 3) + phase))) for x in range(0, w + 8, 8)]
        cv2.fillPoly(img, [np.array([*ridge, (w, h), (0, h)], np.int32)], colour)
    mx = rng.randrange(max(1, w // 4), max(2, w * 3 // 4))
    foot, tip = round(h * 0.62), round(h * rng.uniform(0.06, 0.14))
    spread = max(3, w // 18)
    legs = ((mx - spread, foot), (mx, tip)), ((mx + spread, foot), (mx, tip))
    t = max(1, w // 200)
    for p, q in legs:
        cv2.line(img, p, q, (70, 70, 80), t + 1, cv2.LINE_AA)
    rungs = 10
    for k in range(rungs):
        f1, f2 = k / rungs, (k + 1) / rungs
        y1, y2 = round(foot + (tip - foot) * f1), round(foot + (tip - foot) * f2)
        s1, s2 = round(spread * (1 - f1)), round(spread * (1 - f2))
        a, b = (mx - s1, y1), (mx + s2, y2)
        if k % 2:
            a, b = (mx + s1, y1), (mx - s2, y2)
        cv2.line(img, a, b, (90, 90, 100), t, cv2.LINE_AA)
    for gx in (mx - w // 4, mx + w // 4):
        cv2.line(
            img,
            (mx, round(tip + (foot - tip) * 0.35)),
            (gx, foot + max(2, h // 40)),
            (150, 150, 150),
            1,
            cv2.LINE_AA,
        )
    cv2.circle(img, (mx, tip), max(2, w // 100), (40, 40, 230), -1, cv2.LINE_AA)
    bw = max(6, w // 12)
    cv2.rectangle(
        img, (mx + spread + 2, foot - max(4, h // 14)), (mx + spread + 2 + bw, foot + 2), (200, 200, 195), -1
    )
    cv2.rectangle(
        img,
        (mx + spread + bw // 3, foot - max(3, h // 20)),
        (mx + spread + bw * 2 // 3, foot + 2),
        (70, 70, 75),
        -1,
    )
    return img


def crop_rows(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A market garden's field: a pale sky, a hedgerow on the horizon with a polytunnel (a long white
    arch with its hoops) along it, brown soil with rows of crops running to the horizon (green
    strokes converging on a point above the field), a wheelbarrow's tray and a stack of crates at the
    rows' end."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.28, 0.4))
    gradient(img, (0, 0, w, horizon), (235, 210, 170), (225, 230, 230))
    cv2.rectangle(img, (0, horizon - max(3, h // 25)), (w, horizon), (50, 100, 60), -1)
    tx, tl, th = rng.randrange(0, max(1, w // 2)), max(12, w // 2), max(4, h // 10)
    cv2.ellipse(img, (tx + tl // 2, horizon), (tl // 2, th), 0, 180, 360, (235, 240, 240), -1, cv2.LINE_AA)
    for k in range(1, 7):
        hx = tx + k * tl // 7
        cv2.line(
            img,
            (hx, horizon),
            (hx, horizon - round(th * math.sqrt(1 - (2 * k / 7 - 1) ** 2))),
            (190, 195, 195),
            1,
        )
    gradient(img, (0, horizon, w, h), (70, 95, 120), (50, 70, 95))
    vx = w * rng.uniform(0.3, 0.7)
    green = rng.choice(((60, 150, 70), (80, 170, 90), (70, 130, 100)))
    for k in range(-8, 9):
        foot_x = vx + k * w / 5
        for seg in range(10):
            f1, f2 = seg / 10, (seg + 0.6) / 10
            p = (round(vx + (foot_x - vx) * f1), round(horizon + (h - horizon) * f1))
            q = (round(vx + (foot_x - vx) * f2), round(horizon + (h - horizon) * f2))
            cv2.line(img, p, q, green, max(1, round(1 + f2 * w / 60)), cv2.LINE_AA)
    cx, cy = rng.choice((max(2, w // 14), w - max(10, w // 5))), h - max(8, h // 5)
    cw, ch = max(6, w // 7), max(4, h // 14)
    for k in range(3):
        cv2.rectangle(img, (cx, cy + k * ch), (cx + cw, cy + (k + 1) * ch - 1), (60, 110, 160), -1)
        cv2.line(img, (cx, cy + k * ch + ch // 2), (cx + cw, cy + k * ch + ch // 2), (40, 80, 120), 1)
    return img


def packing_shed(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Inside a co-op's packing shed: a wall of timber boards, a chalkboard with the week's list as
    pale strokes, wooden crates with slatted sides stacked on a pallet, some full of carrots (orange
    wedges with green tops) or leafy greens (irregular green blobs), a concrete floor."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.78, 0.86))
    wood = rng.choice(((90, 140, 190), (70, 110, 150), (110, 150, 180)))
    board = max(4, w // 14)
    for k, x in enumerate(range(0, w, board)):
        cv2.rectangle(img, (x, 0), (x + board, floor), tone(wood, 10 if k % 2 else -10), -1)
        cv2.line(img, (x, 0), (x, floor), tone(wood, -45), 1)
    gradient(img, (0, floor, w, h), (160, 160, 158), (135, 135, 133))
    bx, bw, bh = rng.randrange(0, max(1, w // 2)), max(10, w // 3), max(8, h // 4)
    cv2.rectangle(img, (bx, h // 12), (bx + bw, h // 12 + bh), (40, 50, 40), -1)
    cv2.rectangle(img, (bx, h // 12), (bx + bw, h // 12 + bh), (60, 100, 140), max(1, w // 120))
    for k in range(4):
        ly = h // 12 + (k + 1) * bh // 5
        cv2.line(img, (bx + bw // 10, ly), (bx + round(bw * rng.uniform(0.4, 0.9)), ly), (210, 210, 205), 1)
    pal = max(3, h // 30)
    cw, ch = max(10, w // 5), max(8, h // 7)
    px = rng.randrange(0, max(1, w - 3 * cw))
    cv2.rectangle(img, (px, floor - pal), (px + 3 * cw, floor), (80, 130, 170), -1)
    for r in range(2):
        for c in range(3 - r):
            x, y = px + c * cw + r * cw // 2, floor - pal - (r + 1) * ch
            cv2.rectangle(img, (x + 1, y), (x + cw - 2, y + ch - 1), (70, 120, 170), -1)
            for k in range(1, 3):
                cv2.line(img, (x + 1, y + k * ch // 3), (x + cw - 2, y + k * ch // 3), (40, 80, 120), 1)
            if r == 1 or rng.random() < 0.5:
                continue
            if rng.random() < 0.5:
                for k in range(5):
                    tx = x + 3 + k * (cw - 6) // 5
                    cv2.fillPoly(
                        img,
                        [
                            np.array(
                                [(tx, y), (tx + max(3, cw // 6), y), (tx + max(1, cw // 12), y + ch // 2)],
                                np.int32,
                            )
                        ],
                        (40, 120, 240),
                    )
                    cv2.line(
                        img,
                        (tx + max(1, cw // 12), y),
                        (tx + max(1, cw // 12), y - max(2, ch // 5)),
                        (50, 150, 60),
                        1,
                    )
            else:
                blob = [(x + 2 + k * (cw - 4) // 8, y - round(ch * rng.uniform(0.05, 0.3))) for k in range(9)]
                cv2.fillPoly(
                    img, [np.array([(x + 2, y + 2), *blob, (x + cw - 2, y + 2)], np.int32)], (60, 150, 60)
                )
    return img


def engine_house(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fire station's front: a brick wall in courses, three tall bays with red roller doors (their
    slats as lines), one raised on the dark engine house inside and the back of an appliance in it
    (a red body, its lockers' shutters as upright strips, a ladder on its roof, a band of yellow and
    red chevrons across its foot), a yellow hatched box on the apron."""
    img = np.zeros((h, w, 3), np.uint8)
    apron = round(h * rng.uniform(0.8, 0.88))
    cv2.rectangle(img, (0, 0), (w, apron), (60, 80, 140), -1)
    course = max(3, h // 40)
    for r, y in enumerate(range(0, apron, course)):
        cv2.line(img, (0, y), (w, y), (150, 160, 170), 1)
        for x in range((r % 2) * course, w, course * 2):
            cv2.line(img, (x, y), (x, y + course), (150, 160, 170), 1)
    gradient(img, (0, apron, w, h), (120, 120, 118), (95, 95, 95))
    bay_w, top = w // 3, round(h * 0.2)
    open_bay = rng.randrange(3)
    for k in range(3):
        x1, x2 = k * bay_w + max(2, w // 30), (k + 1) * bay_w - max(2, w // 30)
        if k == open_bay:
            cv2.rectangle(img, (x1, top), (x2, apron), (35, 35, 40), -1)
            bx1, bx2 = x1 + (x2 - x1) // 8, x2 - (x2 - x1) // 8
            by = top + (apron - top) // 4
            cv2.rectangle(img, (bx1, by), (bx2, apron - max(2, h // 30)), (40, 40, 190), -1)
            for sx in range(bx1 + 2, bx2 - 2, max(2, w // 60)):
                cv2.line(img, (sx, by + 4), (sx, by + (apron - by) // 2), (30, 30, 150), 1)
            cv2.line(
                img,
                (bx1, by - max(2, h // 40)),
                (bx2, by - max(2, h // 40)),
                (200, 200, 200),
                max(1, h // 120),
            )
            for sx in range(bx1, bx2, max(3, w // 40)):
                cv2.line(img, (sx, by - max(2, h // 40)), (sx, by), (200, 200, 200), 1)
            cy = apron - max(2, h // 30) - max(3, h // 16)
            for j, sx in enumerate(range(bx1, bx2, max(3, w // 30))):
                tri = [
                    (sx, cy + max(3, h // 16)),
                    (sx + max(3, w // 30), cy),
                    (sx + max(3, w // 30) * 2, cy + max(3, h // 16)),
                ]
                cv2.fillPoly(img, [np.array(tri, np.int32)], YELLOW if j % 2 else (40, 40, 220))
        else:
            lift = round((apron - top) * rng.uniform(0.0, 0.25)) if rng.random() < 0.3 else 0
            cv2.rectangle(img, (x1, top), (x2, apron - lift), (50, 50, 175), -1)
            for y in range(top, apron - lift, max(3, h // 50)):
                cv2.line(img, (x1, y), (x2, y), (35, 35, 140), 1)
            if lift:
                cv2.rectangle(img, (x1, apron - lift), (x2, apron), (35, 35, 40), -1)
    hx, hw = rng.randrange(0, max(1, w // 2)), max(10, w // 3)
    cv2.rectangle(img, (hx, apron + (h - apron) // 4), (hx + hw, h - 2), YELLOW, max(1, h // 150))
    for d in range(hx, hx + hw, max(4, w // 25)):
        cv2.line(img, (d, h - 2), (min(hx + hw, d + (h - apron) // 2), apron + (h - apron) // 4), YELLOW, 1)
    return img


def drill_tower(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fire station's drill yard: a pale sky, a concrete drill tower with a grid of dark window
    openings, a ladder pitched against it (two rails and their rungs), hose lines laid out across the
    tarmac in long curves and traffic cones (orange wedges with a white band) in a row."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.7, 0.8))
    gradient(img, (0, 0, w, ground), (230, 205, 170), (225, 222, 215))
    gradient(img, (0, ground, w, h), (85, 85, 90), (65, 65, 70))
    tx, tw = rng.randrange(max(1, w // 10), max(2, w // 2)), max(12, w // 3)
    ttop = round(h * rng.uniform(0.04, 0.1))
    cv2.rectangle(img, (tx, ttop), (tx + tw, ground), (175, 180, 182), -1)
    cols, floors = 3, 5
    for f in range(floors):
        for c in range(cols):
            wx = tx + tw * (2 * c + 1) // (2 * cols + 1)
            wy = ttop + (ground - ttop) * (2 * f + 1) // (2 * floors + 1)
            cv2.rectangle(
                img,
                (wx, wy),
                (wx + tw // (2 * cols + 1), wy + (ground - ttop) // (2 * floors + 1)),
                (45, 45, 50),
                -1,
            )
    foot_x = tx + tw + max(6, w // 8)
    top_pt = (tx + tw - max(2, w // 60), ttop + (ground - ttop) // 4)
    gap = max(3, w // 40)
    for off_x in (0, gap):
        cv2.line(
            img,
            (foot_x + off_x, ground),
            (top_pt[0] + off_x, top_pt[1]),
            (180, 190, 200),
            max(1, w // 150),
            cv2.LINE_AA,
        )
    for k in range(1, 14):
        f = k / 14
        p = (round(foot_x + (top_pt[0] - foot_x) * f), round(ground + (top_pt[1] - ground) * f))
        cv2.line(img, p, (p[0] + gap, p[1]), (180, 190, 200), 1)
    for k in range(rng.randrange(2, 4)):
        base, amp, phase = ground + (h - ground) * (k + 1) // 4, (h - ground) / 10, rng.uniform(0, math.tau)
        pts = [(x, round(base + amp * math.sin(x / max(4, w / 5) + phase))) for x in range(0, w + 8, 8)]
        cv2.polylines(
            img,
            [np.array(pts, np.int32)],
            False,
            rng.choice((YELLOW, (230, 230, 230), (40, 40, 200))),
            max(1, h // 90),
            cv2.LINE_AA,
        )
    cone_h, cone_w = max(5, h // 12), max(4, w // 24)
    for k in range(rng.randrange(3, 6)):
        cx, cy = w - (k + 1) * cone_w * 2, h - max(3, h // 20)
        cv2.fillPoly(
            img,
            [np.array([(cx - cone_w // 2, cy), (cx + cone_w // 2, cy), (cx, cy - cone_h)], np.int32)],
            KART,
        )
        cv2.line(
            img,
            (cx - cone_w // 4, cy - cone_h // 2),
            (cx + cone_w // 4, cy - cone_h // 2),
            WHITE,
            max(1, cone_h // 6),
        )
    return img


RENDERS: tuple[H11.Render, ...] = (
    kart_track,
    pit_garage,
    radio_studio,
    mast_hill,
    crop_rows,
    packing_shed,
    engine_house,
    drill_tower,
)
PADDOCK: tuple[H11.Render, ...] = (kart_track, pit_garage, pit_garage)  # a pit crew, a driver
STUDIO: tuple[H11.Render, ...] = (radio_studio,)  # a presenter, a podcast's cover
COVERS: tuple[H11.Render, ...] = (radio_studio, mast_hill)  # a podcast's cover art
FIELD: tuple[H11.Render, ...] = (crop_rows, crop_rows, packing_shed)  # a farm share's pickers
DRILL: tuple[H11.Render, ...] = (drill_tower, drill_tower, engine_house)  # a drill night's photos


@dataclass
class Cast(H62.Cast):
    """heldout62's cast (heldout61's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h63-, whose drawn things are this set's: a kart circuit, a
    karting team's awning, a radio studio, a transmitter on a hill, a market garden's field, a
    co-op's packing shed, a fire station's front, a drill yard's tower."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h63-" + super().kind(layout).removeprefix("h62-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def flag_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A karting club's badge: an orange disc with a chequered flag (a pole and a flag of three by
    two black and white squares)."""
    H59.disc_badge(img, c, r, rim, KART)
    sq = max(2, r * 3 // 10)
    x0, y0 = c[0] - sq * 3 // 2 + r // 10, c[1] - sq - r // 8
    cv2.line(img, (x0, y0), (x0, c[1] + r * 6 // 10), WHITE, max(1, r // 8))
    for row in range(2):
        for col in range(3):
            colour = WHITE if (row + col) % 2 else (30, 30, 30)
            cv2.rectangle(
                img, (x0 + col * sq, y0 + row * sq), (x0 + (col + 1) * sq, y0 + (row + 1) * sq), colour, -1
            )


def mic_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A presenter's badge: a plum disc with a white microphone (an upright capsule, the cradle's
    arc round its foot and the stand under it)."""
    H59.disc_badge(img, c, r, rim, RADIO)
    t = max(1, r // 7)
    pill(img, c[0] - r // 4, c[1] - r * 6 // 10, max(2, r // 2), max(4, r * 8 // 10), WHITE)
    cv2.ellipse(img, (c[0], c[1] - r // 10), (r * 4 // 10, r * 4 // 10), 0, 0, 180, WHITE, t, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] + r * 3 // 10), (c[0], c[1] + r * 6 // 10), WHITE, t)
    cv2.line(img, (c[0] - r // 4, c[1] + r * 6 // 10), (c[0] + r // 4, c[1] + r * 6 // 10), WHITE, t)


def crate_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A co-op's badge: an olive disc with a white crate (a box with two slats) and a leaf over it."""
    H59.disc_badge(img, c, r, rim, COOP)
    w, h = r * 12 // 10, r * 6 // 10
    x, y = c[0] - w // 2, c[1] - h // 4
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    for k in (1, 2):
        cv2.line(img, (x, y + k * h // 3), (x + w, y + k * h // 3), COOP, max(1, r // 10))
    cv2.ellipse(
        img,
        (c[0] + r // 8, y - r // 5),
        (max(2, r * 3 // 10), max(1, r // 7)),
        -30,
        0,
        360,
        WHITE,
        -1,
        cv2.LINE_AA,
    )


def flame_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A brigade's badge: a red disc with a white flame (a tongue rising to a point, a smaller one
    leaning off its side)."""
    H59.disc_badge(img, c, r, rim, FIRE)
    flame = [(0.0, -0.7), (0.3, -0.2), (0.38, 0.2), (0.2, 0.5), (-0.2, 0.5), (-0.38, 0.2), (-0.15, -0.15)]
    pts = np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in flame]).astype(np.int32)
    cv2.fillPoly(img, [pts], WHITE, cv2.LINE_AA)
    tongue = [(-0.45, -0.35), (-0.2, 0.05), (-0.4, 0.3)]
    cv2.fillPoly(
        img,
        [np.array([(c[0] + dx * r, c[1] + dy * r) for dx, dy in tongue]).astype(np.int32)],
        WHITE,
        cv2.LINE_AA,
    )


def on_air_sign(img: np.ndarray, x: int, y: int) -> None:
    """A studio's lit ON AIR sign at (x, y), 132 x 42 (it takes the pixels it covers): a dark frame,
    a red glowing face and the words in white."""
    rounded_card(img, x, y, 132, 42, 8, (25, 25, 30))
    rounded_card(img, x + 4, y + 4, 124, 34, 6, (40, 40, 230))
    note(img, "ON AIR", (x + 18, y + 30), 0.7, WHITE, 2)


def crate(img: np.ndarray, x: int, y: int, w: int, h: int) -> None:
    """A produce crate's glyph at (x, y), w x h (a pickup day on a calendar; never a face): a wooden
    box with two slats and dark corner posts."""
    cv2.rectangle(img, (x, y), (x + w, y + h), (70, 130, 180), -1)
    for k in (1, 2):
        cv2.line(img, (x, y + k * h // 3), (x + w, y + k * h // 3), (40, 80, 120), 1)
    for px in (x, x + w - 3):
        cv2.rectangle(img, (px, y), (px + 3, y + h), (40, 80, 120), -1)


def face_pin(cast: Cast, s: Screen, tip: tuple[int, int], fp: float, side: int, colour: Colour) -> None:
    """A map's pin standing on ``tip`` with a round face of ``fp`` px in its head (``side`` px, in a
    rim of ``colour`` 5 px wide) over a point of the same colour; drawn before the face, the pin's
    head is its rim. On a face-free cast a thing in the head."""
    hx, hy = tip[0], tip[1] - side // 2 - 14
    r = side // 2 + 5
    point = np.array([(hx - r * 7 // 10, hy + r // 2), tip, (hx + r * 7 // 10, hy + r // 2)], np.int32)
    cv2.fillPoly(s.img, [point], colour, cv2.LINE_AA)
    cv2.circle(s.img, (hx, hy), r, colour, -1, cv2.LINE_AA)
    cast.avatar(s, hx - side // 2, hy - side // 2, fp, side, "circle")


def floodlit(level: float) -> Fn:
    """A night race under floodlights over a photo: every pixel dimmed by a third of ``level``
    (0.3-0.6) and drawn toward the lamps' sodium orange, half of ``level`` of the way at the top and
    a fifth of it at the foot; faces stay counted, orange and light."""
    sodium = np.array((60, 160, 250), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        a = np.linspace(level / 2, level / 5, part.shape[0], dtype=np.float32)[:, None, None]
        return np.clip(part * (1 - level / 3) * (1 - a) + sodium * a, 0, 255).astype(np.uint8)

    return look_at


def tyre_smoke(rng: random.Random, level: float) -> Fn:
    """Tyre smoke drifting low across a photo: a pale grey band round a height from ``rng`` (a third
    to four fifths down), thinning above and below it and billowing along it (a slow wave), up to
    ``level`` (0.3-0.6) of grey at its thickest; faces stay counted, paler."""
    at, phase, period = rng.uniform(0.33, 0.8), rng.uniform(0, math.tau), rng.uniform(0.2, 0.4)

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        down = (np.arange(h, dtype=np.float32)[:, None] / h - at) / 0.3
        along = np.sin(np.arange(w, dtype=np.float32)[None, :] / (period * w) * math.tau + phase)
        a = (level * np.exp(-(down**2)) * (0.65 + 0.35 * along))[:, :, None]
        return np.clip(part * (1 - a) + 225 * a, 0, 255).astype(np.uint8)

    return look_at


def polytunnel(level: float) -> Fn:
    """A photo taken inside a polytunnel: every pixel drawn ``level`` (0.15-0.3) of the way toward
    the plastic film's milky green-white and a brighter sheen running corner to corner (a band along
    the diagonal); faces stay counted, paler."""
    film = np.array((220, 238, 226), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        d = (np.arange(h, dtype=np.float32)[:, None] + np.arange(w, dtype=np.float32)[None, :]) / (w + h)
        a = (level + 0.15 * np.exp(-(((d - 0.45) / 0.12) ** 2)))[:, :, None]
        return np.clip(part * (1 - a) + film * a, 0, 255).astype(np.uint8)

    return look_at


def blue_lights(level: float, left: bool) -> Fn:
    """An appliance's blue lights over a photo at dusk: blue glows from both top corners, ``level``
    (0.2-0.45) of the way at the near one's corner (the left or the right) and half of that at the
    other, fading over six tenths of the photo's larger side; faces stay counted, blue and light."""
    blue = np.array((250, 140, 40), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        yy, xx = np.ogrid[0:h, 0:w]
        reach = (0.6 * max(w, h)) ** 2
        near = np.exp(-((xx if left else w - xx) ** 2 + yy**2) / reach)
        far = np.exp(-((w - xx if left else xx) ** 2 + yy**2) / reach)
        a = (level * near + level / 2 * far).astype(np.float32)[:, :, None]
        return np.clip(part * (1 - a) + blue * a, 0, 255).astype(np.uint8)

    return look_at


def driving_mode(part: np.ndarray) -> np.ndarray:
    """A car's display in driving mode over a whole screen (the radio app on the dashboard):
    contrast and colour cut (each pixel 0.6 of itself, 0.2 of its grey and 30 more), so nothing is
    darker than 30 or lighter than 234 and colours are muted; faces stay counted, dimmer."""
    grey = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None]
    return np.clip(part.astype(np.float32) * 0.6 + grey * 0.2 + 30, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Parts: a karting league's live timing, a pit crew's page and a driver's profile.
# ----------------------------------------------------------------------------------------------


def session_card(s: Screen, rng: random.Random, y: int) -> int:
    """The session on a card (no faces): the track and the class, the heat and the lap out of the
    laps, the flag being shown (green, yellow, blue, or chequered as a grid of squares) with what it
    means, "LIVE" on a red tag and the time since the start. Returns its height with the gap under it
    (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 18, off(s.bg, 10))
    note(img, f"{rng.choice(TRACKS)} - {rng.choice(CLASSES)}", (44, y + 46), 0.64, s.fg, 2)
    laps = rng.randrange(10, 21)
    note(
        img,
        f"Heat {rng.choice('ABCD')} - lap {rng.randrange(1, laps + 1)} of {laps}",
        (44, y + 88),
        0.48,
        GREY,
        2,
    )
    word, colour = rng.choice(
        (("Green", GREEN), ("Yellow", YELLOW), ("Blue", (200, 110, 30)), ("Chequered", None))
    )
    fx, fy = 560, y + 34
    cv2.line(img, (fx, fy), (fx, fy + 66), off(s.bg, 80), 3)
    if colour is None:
        for row in range(3):
            for col in range(4):
                c = (30, 30, 30) if (row + col) % 2 else WHITE
                cv2.rectangle(
                    img, (fx + 2 + col * 14, fy + row * 14), (fx + 16 + col * 14, fy + 14 + row * 14), c, -1
                )
    else:
        cv2.rectangle(img, (fx + 2, fy), (fx + 58, fy + 42), colour, -1)
    note(img, f"{word} flag", (fx + 76, fy + 30), 0.5, s.fg, 2)
    tag(img, WIDTH - 190, y + 20, "LIVE", RED, 32)
    note(
        img,
        f"{rng.randrange(1, 14)}:{rng.randrange(60):02d}.{rng.randrange(10)}",
        (WIDTH - 190, y + 100),
        0.8,
        KART,
        2,
    )
    return 150


def track_loop(rng: random.Random, c: tuple[int, int], rx: float, ry: float, n: int = 96) -> np.ndarray:
    """A closed circuit's centre line round ``c``: ``n`` points on an ellipse of radii ``rx`` and
    ``ry`` bent in and out by two waves (up to a quarter of the radius), an outline that is never a
    face."""
    a1, a2, p1, p2 = (
        rng.uniform(0.08, 0.15),
        rng.uniform(0.04, 0.1),
        rng.uniform(0, math.tau),
        rng.uniform(0, math.tau),
    )
    pts = []
    for k in range(n):
        t = math.tau * k / n
        r = 1 + a1 * math.sin(2 * t + p1) + a2 * math.sin(3 * t + p2)
        pts.append((c[0] + rx * r * math.cos(t), c[1] + ry * r * math.sin(t)))
    return np.array(pts)


def track_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The karts on the circuit on a card: grass, the track (``track_loop``: a wide grey band with
    white edges, red and white kerbs on its bends, a chequered line at the start), and where each of
    ten to sixteen drivers is now as a round 18-24 px face (one size for the map) in a rim of their
    kart's colour, the leader's gold, placed along the track behind the leader by gaps of one to
    eight of its points (close ones overlap: a kart ahead is drawn over the one behind it), each
    with its place on a small badge over its lower right (it takes the pixels it covers). Returns
    its height with the gap under it (640 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 620, 20, off(s.bg, 10))
    cv2.rectangle(img, (40, y + 40), (WIDTH - 40, y + 600), (80, 150, 90), -1)
    pts = track_loop(rng, (WIDTH // 2, y + 320), 360, 200)
    loop = pts.round().astype(np.int32)
    cv2.polylines(img, [loop], True, (235, 235, 235), 40, cv2.LINE_AA)
    cv2.polylines(img, [loop], True, (95, 95, 100), 34, cv2.LINE_AA)
    for start in rng.sample(range(0, 96, 8), 4):
        for j in range(start, start + 6):
            p, q = pts[j % 96], pts[(j + 1) % 96]
            cv2.line(
                img, tuple(p.round().astype(int)), tuple(q.round().astype(int)), RED if j % 2 else WHITE, 6
            )
    sx, sy = pts[0].round().astype(int)
    for k in range(4):
        cv2.rectangle(
            img, (sx - 18 + k * 9, sy - 4), (sx - 9 + k * 9, sy + 4), WHITE if k % 2 else (30, 30, 30), -1
        )
    n, at = rng.randrange(10, 17), rng.randrange(96)
    places = [at]
    for _ in range(n - 1):
        places.append(places[-1] - rng.choice((1, 2, 2, 3, 4, 6, 8)))
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    for k in reversed(range(n)):
        cx, cy = pts[places[k] % 96].round().astype(int)
        colour = GOLD if k == 0 else rng.choice(KART_COLOURS)
        cv2.circle(img, (cx, cy), side // 2 + 4, colour, -1, cv2.LINE_AA)
        cast.avatar(s, cx - side // 2, cy - side // 2, fp, side, "circle")
        badge(img, (cx + side // 2, cy + side // 2), 9, (30, 30, 30), str(k + 1))
    note(img, f"{n} on track", (44, y + 30), 0.5, s.fg, 2)
    return 640


def lap_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int, fastest: int) -> int:
    """A driver's line in the classification: the place in large figures, the kart's number on a
    plate of its colour, the 22-30 px face (a helmet-off headshot) in a square with a stripe of the
    team's colour drawn before it at its left (initials on some), the name and the class, the best
    lap (purple for the fastest of the session), the gap, the three sectors as bars (purple, green or
    yellow), "PIT" on an amber tag on some; on 6 % "DNF" on a grey tag and the face faded toward the
    page (heldout60's ``away``: counted as it looks). Returns its height (76 px)."""
    img = s.img
    note(img, str(k + 1), (30, y + 50), 0.9, s.fg, 2)
    plate = rng.choice(KART_COLOURS)
    rounded_card(img, 84, y + 18, 50, 40, 6, plate)
    note(img, str(rng.randrange(2, 99)), (92, y + 46), 0.6, INK if sum(plate) > 420 else WHITE, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.25))
    cv2.rectangle(img, (146, y + 14), (151, y + 14 + side), rng.choice(KART_COLOURS), -1)
    if rng.random() < 0.08:
        H3.initials(img, rng, 154, y + 14, side, "square", None)
    else:
        cast.avatar(s, 154, y + 14, fp, side, "square")
    x = 170 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 36), 0.52, s.fg, 2)
    note(img, rng.choice(CLASSES), (x, y + 62), 0.4, GREY)
    best = f"{rng.randrange(44, 59)}.{rng.randrange(1000):03d}"
    note(img, best, (560, y + 44), 0.56, PURPLE if k == fastest else s.fg, 2)
    note(img, "Leader" if k == 0 else f"+{rng.uniform(0.1, 9.0) * (k + 1):.3f}", (700, y + 44), 0.48, GREY)
    for j in range(3):
        colour = rng.choices((PURPLE, GREEN, YELLOW), (1, 4, 5))[0]
        cv2.rectangle(img, (840 + j * 58, y + 32), (890 + j * 58, y + 42), colour, -1)
    if rng.random() < 0.06:
        tag(img, 840, y + 48, "DNF", (110, 110, 110), 26)
        H60.away(s, 154, y + 14, side)
    elif rng.random() < 0.08:
        tag(img, 840, y + 48, "PIT", AMBER, 26)
    cv2.line(img, (30, y + 74), (WIDTH - 30, y + 74), off(s.bg, 14), 1)
    return 76


def pit_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The team in the paddock (heldout61's ``hero_photo`` at a kart circuit or in the awning: three
    to six a depth, the front faces 24-44 px, those behind 0.55-0.7 of them), in drifting tyre smoke
    on 35 % (``tyre_smoke``) or grey on 15 % (heldout10's ``greyed``); the round on a tag and a
    chequered flag's badge, the team on the band. Returns its height with the gap under it (460
    px)."""
    roll = rng.random()
    shade = tyre_smoke(rng, rng.uniform(0.3, 0.6)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Round {rng.randrange(1, 11)} - {rng.choice(TRACKS)}"
    words = (rng.choice(KART_CLUBS).upper(), f"{rng.randrange(3, 14)} drivers, {rng.randrange(5, 20)} crew")
    return H61.hero_photo(
        cast, rng, s, y, PADDOCK, (3, 6), (24, 44, 0.55), shade, (when, KART, flag_badge), words
    )


def pit_box(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The pit box seen from above on a card: grey concrete inside a yellow painted box, an arrow
    down the pit lane, a kart in the middle (its body in the team's colour, a dark seat, a steering
    wheel's ring, four tyres as dark blocks at its corners); round it the crew's eight stations
    (``PIT_ROLES``: chief, tyres, jack, data, fuel), each a round 20-28 px face (one size for the box)
    in a ring of the team's colour with a gap (heldout33's ``ring_avatar``) or, on 12 %, a dashed ring
    (a station nobody has), its role beside it. Returns its height with the gap under it (540
    px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 520, 20, off(s.bg, 10))
    cv2.rectangle(img, (40, y + 20), (WIDTH - 40, y + 500), (150, 150, 152), -1)
    cv2.rectangle(img, (60, y + 36), (WIDTH - 60, y + 484), YELLOW, 3)
    cv2.arrowedLine(img, (WIDTH - 100, y + 460), (WIDTH - 100, y + 380), WHITE, 4, tipLength=0.3)
    team = rng.choice(KART_COLOURS[:6])
    cx, cy = WIDTH // 2, y + 262
    for dx, dy in ((-80, -90), (50, -90), (-90, 50), (60, 50)):
        cv2.rectangle(img, (cx + dx, cy + dy), (cx + dx + 30, cy + dy + 50), (30, 30, 32), -1)
    rounded_card(img, cx - 50, cy - 130, 100, 260, 30, team)
    rounded_card(img, cx - 30, cy + 10, 60, 70, 14, (40, 40, 45))
    cv2.circle(img, (cx, cy - 30), 22, (40, 40, 45), 5, cv2.LINE_AA)
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
    for role, dx, dy in PIT_ROLES:
        x, top = cx + dx - side // 2, cy + dy - side // 2
        if rng.random() < 0.12:
            dashed_ring(img, (cx + dx, cy + dy), side // 2, GREY)
        else:
            ring_avatar(cast, s, x, top, fp, side, team)
        note(img, role, (x + side + 12, top + side // 2 + 6), 0.42, INK, 2)
    return 540


def stop_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A pit stop: the lap, the time stationary in large figures (green for the day's best), the crew
    chief's 22-28 px face in a rounded square (initials on some) and the name, the tyres as a
    compound's tag, "crew" and a stack of the tyre crew (heldout22's ``stack``: two or three 18-22 px
    faces), the time lost as a bar. Returns its height (110 px)."""
    img = s.img
    note(img, f"Lap {rng.randrange(3, 40)}", (30, y + 34), 0.44, GREY)
    stopped = rng.uniform(2.1, 4.8)
    note(img, f"{stopped:.1f}s", (30, y + 80), 1.0, GREEN if stopped < 2.6 else s.fg, 2)
    side = face_or_initials(cast, rng, s, (200, y + 22), (22, 28), "rounded", 0.1)
    note(img, f"Chief {rng.choice(NAMES)}", (214 + side, y + 46), 0.5, s.fg, 2)
    tag(img, 214 + side, y + 60, rng.choice(("Slicks", "Wets", "Scrubbed", "New set")), KART, 28)
    note(img, "crew", (WIDTH - 420, y + 30), 0.4, GREY)
    H22.stack(cast, s, rng, WIDTH - 420, y + 40, rng.randrange(2, 4), 18.3, 22, s.bg)
    lost = rng.uniform(0.1, 1.0)
    cv2.rectangle(img, (WIDTH - 240, y + 50), (WIDTH - 40, y + 60), off(s.bg, 30), -1)
    cv2.rectangle(img, (WIDTH - 240, y + 50), (WIDTH - 240 + round(200 * lost), y + 60), KART, -1)
    note(img, f"+{lost * 3:.1f}s lost", (WIDTH - 240, y + 88), 0.4, GREY)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def driver_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The championship leader's card (WIDTH - 60) wide in a dark orange: a chequered strip along
    its head band under "Championship leader"; the photo 980 px wide and 480-560 high (heldout53's
    ``posed`` in the paddock or the awning, helmet off: the face 110-240 px, on a quarter cut by a
    side of the photo; under the floodlights of a night race on 40 %, ``floodlit``), the kart's
    number on a yellow plate over its upper left and the points on a dark block over its upper right
    (they take the pixels they cover). Returns its height with the gap under it (the photo's and
    150)."""
    img, x, w, pw = s.img, 30, WIDTH - 60, WIDTH - 100
    ph = rng.randrange(480, 560)
    rounded_card(img, x, y, w, 100 + ph + 30, 28, tone(KART, -90))
    note(img, "CHAMPIONSHIP LEADER", (x + 30, y + 54), 0.9, WHITE, 2)
    for k, sx in enumerate(range(x + 30, x + w - 40, 20)):
        cv2.rectangle(img, (sx, y + 70 + (k % 2) * 8), (sx + 10, y + 78 + (k % 2) * 8), WHITE, -1)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), PADDOCK, edge)
    if rng.random() < 0.4:
        piece = floodlit(rng.uniform(0.3, 0.6))(piece)
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 100, rounded_rect(ph, pw, 16))
    rounded_card(img, x + 34, y + 114, 120, 96, 10, YELLOW)
    note(img, str(rng.randrange(2, 99)), (x + 52, y + 186), 1.8, INK, 4)
    rounded_card(img, x + w - 230, y + 114, 190, 60, 12, (30, 30, 30))
    note(img, f"{rng.randrange(120, 480)} pts", (x + w - 214, y + 154), 0.8, GOLD, 2)
    return ph + 150


def season_chart(s: Screen, rng: random.Random, y: int) -> int:
    """The season so far on a card (no faces): eight rounds across, the driver's finishing place in
    each as a small square on a line joining them (first at the top), gold for a podium, the round's
    track under it; the points in total at the right. Returns its height with the gap under it (230
    px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 210, 18, off(s.bg, 10))
    note(img, "Season", (44, y + 38), 0.56, s.fg, 2)
    done = rng.randrange(3, 9)
    spots = [
        (80 + k * 100, y + 60 + round(110 * (p - 1) / 11))
        for k, p in enumerate(rng.randrange(1, 13) for _ in range(done))
    ]
    for k in range(8):
        cv2.line(img, (80 + k * 100, y + 56), (80 + k * 100, y + 174), off(s.bg, 26), 1)
        note(img, f"R{k + 1}", (68 + k * 100, y + 198), 0.38, GREY)
    cv2.polylines(img, [np.array(spots, np.int32)], False, KART, 3, cv2.LINE_AA)
    for sx, sy in spots:
        colour = GOLD if sy < y + 60 + 25 else KART
        cv2.rectangle(img, (sx - 7, sy - 7), (sx + 7, sy + 7), colour, -1)
    note(img, f"{rng.randrange(40, 400)}", (WIDTH - 200, y + 110), 1.3, s.fg, 3)
    note(img, "points", (WIDTH - 196, y + 146), 0.46, GREY)
    return 230


def weekend_photos(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The weekend's photos under their heading: a large one at the left, 520 x 290, and two at the
    right, 490 x 140 one over the other; on 75 % a photo of people (the cast's ``photo``: the face
    30-90 px wide in the large one, 22-50 in the small ones, skewed small, others at their own sizes),
    else the paddock alone (a thing); "+N" on a dark tag over the last one's lower right (it takes the
    pixels it covers). Returns its height with the gap under it."""
    top = section(s, y, "From the weekend", True)
    tiles = (
        (30, top, 520, 290, (30, 90)),
        (560, top, 490, 140, (22, 50)),
        (560, top + 150, 490, 140, (22, 50)),
    )
    for x, ty, w, h, face in tiles:
        m = rounded_rect(h, w, 14)
        if rng.random() < 0.75:
            cast.photo(s, x, ty, w, h, small(rng, *face), m)
        else:
            cast.thing(s, x, ty, w, h, m)
    tag(s.img, WIDTH - 130, top + 246, f"+{rng.randrange(4, 60)}", (30, 30, 30), 34)
    return top - y + 300


def teammate_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A team-mate: the 24-32 px face in a squircle (initials on some), the name, the class on a chip,
    the place in the championship ("P3") and the points; an outlined "Follow" or "Following" on a grey
    tag (heldout61's ``button_or_tag``). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (24, 32), "squircle", 0.1)
    x = 50 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 42), 0.54, s.fg, 2)
    tag(img, x, y + 56, rng.choice(CLASSES), off(s.bg, 50), 28)
    note(img, f"P{rng.randrange(1, 25)}", (560, y + 58), 0.8, KART, 2)
    note(img, f"{rng.randrange(10, 300)} pts", (640, y + 56), 0.44, GREY)
    H61.button_or_tag(s, y, rng.random() < 0.3, ("Follow", "Following"), KART, 160)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: a radio station's schedule, a podcast's episodes and a studio's video call.
# ----------------------------------------------------------------------------------------------


def on_air(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """What is on air now on a dark plum card: at the left the studio's camera, 400 x 280
    (heldout53's ``posed`` in the studio: the presenter's face 40-64 px, skewed small), the lit ON AIR
    sign over its upper left (``on_air_sign``: it takes the pixels it covers); at the right the
    show, who presents it and its hours, the sound's level as bars, the listeners, "in the studio"
    over a stack of one to three guests' 18-22 px faces (heldout22's ``stack``) and a white pause
    button. Returns its height with the gap under it (340 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 320, 20, tone(RADIO, -80))
    piece, faces = H53.posed(cast, rng, 400, 280, small(rng, 40, 64), STUDIO)
    H11.paste_photo(cast, s, piece, faces, 40, y + 20, rounded_rect(280, 400, 14))
    on_air_sign(img, 52, y + 32)
    x = 470
    note(img, "On air now", (x, y + 56), 0.5, (220, 190, 220), 2)
    note(img, rng.choice(SHOWS), (x, y + 104), 0.9, WHITE, 2)
    note(img, f"with {who(rng)} {rng.choice(SURNAMES)}", (x, y + 140), 0.54, WHITE)
    start = rng.randrange(6, 21)
    note(img, f"{start}:00 - {start + rng.randrange(1, 4)}:00", (x, y + 174), 0.46, (200, 180, 200))
    for k in range(24):
        bar = rng.randrange(6, 60)
        cv2.rectangle(img, (x + k * 14, y + 260 - bar), (x + k * 14 + 8, y + 260), (140, 220, 140), -1)
    note(img, f"{rng.randrange(1, 40) / 10:.1f}k listening", (x, y + 296), 0.44, (200, 180, 200))
    note(img, "in the studio", (x + 350, y + 206), 0.38, (200, 180, 200))
    H22.stack(cast, s, rng, x + 350, y + 216, rng.randrange(1, 4), 18.3, 22, tone(RADIO, -80))
    cv2.circle(img, (WIDTH - 100, y + 240), 38, WHITE, -1, cv2.LINE_AA)
    for dx in (-12, 6):
        cv2.rectangle(img, (WIDTH - 100 + dx, y + 224), (WIDTH - 94 + dx, y + 256), RADIO, -1)
    return 340


def schedule_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Today's schedule under its heading as a strip of the hours from now, scrolled: each show a
    block one to three hours long (the hour's width stretched so that the block after the last whole
    one starts across the screen's right edge), in it the presenter's face, 28-40 px in a rounded
    square (one size for the strip; heldout2's looks), a co-host's beside it in a block of two hours
    or more on 70 %, the show's name and its hours under them; the hours over the strip and now as a
    red line down it, "LIVE" on a red tag over the first block. The last block's face is cut by the
    edge, counted while half of its box shows. Returns its height with the gap under it."""
    img = s.img
    top = section(s, y, "Today on air", True)
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.2))
    hours: list[int] = []
    while sum(hours) * 150 < WIDTH - 150:
        hours.append(rng.choice((1, 1, 2, 2, 3)))
    per = (WIDTH - side * rng.uniform(0.3, 0.7) - 44) / sum(hours)
    hours.append(rng.choice((1, 2, 3)))
    start, bh = rng.randrange(6, 14), side + 80
    for k in range(sum(hours) + 1):
        note(img, f"{(start + k) % 24}:00", (30 + round(k * per), top + 18), 0.38, GREY)
    at = 0
    for k, n in enumerate(hours):
        bx = 30 + round(at * per)
        rounded_card(img, bx, top + 28, round(n * per) - 8, bh, 14, off(s.bg, 14))
        cv2.rectangle(img, (bx, top + 40), (bx + 5, top + 16 + bh), RADIO, -1)
        hosts = 2 if n >= 2 and rng.random() < 0.7 else 1
        for j in range(hosts):
            cast.avatar(s, bx + 16 + j * (side + 8), top + 42, fp, side, "rounded")
        note(img, rng.choice(SHOWS), (bx + 16, top + side + 70), 0.44, s.fg, 2)
        note(img, f"{(start + at) % 24}:00", (bx + 16, top + side + 96), 0.38, GREY)
        if k == 0 and n * per > side * 2 + 110:
            tag(img, bx + round(n * per) - 86, top + 36, "LIVE", RED, 28)
        at += n
    now = 30 + round(per * rng.uniform(0.1, 0.9))
    cv2.line(img, (now, top + 24), (now, top + 28 + bh), RED, 2)
    return top - y + bh + 44


def presenter_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A presenter: a round 24-32 px face (initials on some) with a microphone's badge over its lower
    right on 30 % (they are on air this week; it takes the pixels it covers), the name, their shows
    and days, the music they play on a chip, their co-hosts as a stack of none to two 18-22 px faces
    (heldout22's ``stack``); an outlined "Follow" or "Following" on a grey tag (heldout61's
    ``button_or_tag``). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (24, 32), "circle", 0.1)
    if rng.random() < 0.3:
        mic_badge(img, (28 + side, y + 16 + side), 11, s.bg)
    x = 56 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 42), 0.54, s.fg, 2)
    days = rng.choice(("Weekdays", "Saturdays", "Sundays", "Mon & Wed", "Fridays"))
    note(img, f"{rng.choice(SHOWS)} - {days}", (x, y + 72), 0.44, GREY)
    tag(img, 600, y + 30, rng.choice(MUSIC), off(s.bg, 40), 28)
    cohosts = rng.choice((0, 0, 1, 2))
    if cohosts:
        H22.stack(cast, s, rng, 760, y + 34, cohosts, 18.3, 22, s.bg)
    H61.button_or_tag(s, y, rng.random() < 0.3, ("Follow", "Following"), RADIO, 160)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def show_header(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A podcast's page head on a card: the cover art 240 px square (a drawn studio or transmitter;
    never a face) under a dark band with the show's name, the hosts over its lower right corner as
    one or two round 36-50 px faces (one size) in white rims side by side (heldout38's ``rimmed``);
    at the right the show's name, the station behind it, the rating's stars, a "Follow" button and
    the episodes' count. Returns its height with the gap under it (340 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 320, 20, off(s.bg, 10))
    blit(img, H11.render(rng, 240, 240, COVERS), 40, y + 20, rounded_rect(240, 240, 14))
    name = rng.choice(PODCASTS)
    cv2.rectangle(img, (40, y + 34), (280, y + 78), (30, 30, 30), -1)
    note(img, name.upper()[:16], (50, y + 64), 0.56, WHITE, 2)
    fp, side = _size(rng, 36, small(rng, 36.5, 50), (1.1, 1.2))
    for k in range(rng.choice((1, 2, 2))):
        H38.rimmed(cast, s, 176 + k * (side + 16), y + 296 - side, fp, side, WHITE)
    x = 340
    note(img, name, (x, y + 70), 0.84, s.fg, 2)
    note(img, f"from {rng.choice(STATIONS)}", (x, y + 108), 0.48, GREY)
    lit = rng.randrange(3, 6)
    for k in range(5):
        star(img, (x + 12 + k * 30, y + 146), 11, GOLD if k < lit else off(s.bg, 50))
    pill(img, x, y + 190, 180, 52, PODCAST)
    note(img, "Follow", (x + 50, y + 224), 0.56, WHITE, 2)
    note(img, f"{rng.randrange(20, 260)} episodes", (x + 210, y + 224), 0.48, GREY)
    return 340


ART = 128  # an episode's square art


def episode_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An episode: its square art 128 px (the guest's studio portrait, heldout11's ``portrait``: the
    face 36-60 px, skewed small; grey on 25 %, an old episode; on 12 % the show's drawn cover, a
    bonus episode without a guest), the episode's number on a dark tag over the art's lower left (it
    takes the pixels it covers), the title, who the guest is, the date and length, how much was
    played as a bar, "with" and the other guests as a stack of none to three 18-22 px faces
    (heldout22's ``stack``), a play button. Returns its height (160 px)."""
    img = s.img
    m = rounded_rect(ART, ART, 12)
    if rng.random() < 0.12:
        blit(img, H11.render(rng, ART, ART, COVERS), 30, y + 16, m)
    else:
        piece, faces = H11.portrait(cast, ART, ART, small(rng, 36, 60))
        H11.paste_photo(cast, s, H10.greyed(piece) if rng.random() < 0.25 else piece, faces, 30, y + 16, m)
    tag(img, 34, y + ART - 14, f"EP {rng.randrange(1, 260)}", (30, 30, 30), 26)
    x = 184
    note(img, rng.choice(EPISODES), (x, y + 46), 0.56, s.fg, 2)
    note(img, f"guest {who(rng)} {rng.choice(SURNAMES)}", (x, y + 76), 0.44, GREY)
    note(
        img,
        f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} - {rng.randrange(18, 90)} min",
        (x, y + 104),
        0.4,
        GREY,
    )
    played = rng.random()
    cv2.rectangle(img, (x, y + 122), (x + 380, y + 128), off(s.bg, 30), -1)
    cv2.rectangle(img, (x, y + 122), (x + round(380 * played), y + 128), PODCAST, -1)
    more = rng.choice((0, 1, 2, 2, 3))
    if more:
        note(img, "with", (WIDTH - 300, y + 36), 0.4, GREY)
        H22.stack(cast, s, rng, WIDTH - 300, y + 46, more, 18.3, 22, s.bg)
    cv2.circle(img, (WIDTH - 80, y + 80), 30, PODCAST, -1, cv2.LINE_AA)
    tri = np.array([(WIDTH - 90, y + 64), (WIDTH - 64, y + 80), (WIDTH - 90, y + 96)], np.int32)
    cv2.fillPoly(img, [tri], WHITE, cv2.LINE_AA)
    cv2.line(img, (30, y + 158), (WIDTH - 30, y + 158), off(s.bg, 14), 1)
    return 160


def studio_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The studio call's bar (no faces): a dark plum band with the lit ON AIR sign, the show and the
    station, the time on air, the listeners' calls waiting on a badge. Returns its height (110
    px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), tone(RADIO, -70), -1)
    on_air_sign(img, 24, y + 28)
    note(img, rng.choice(SHOWS), (180, y + 46), 0.62, WHITE, 2)
    note(img, rng.choice(STATIONS), (180, y + 80), 0.46, (220, 200, 220))
    note(
        img,
        f"{rng.randrange(0, 3)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
        (WIDTH - 290, y + 62),
        0.66,
        WHITE,
        2,
    )
    badge(img, (WIDTH - 60, y + 50), 20, RED, str(rng.randrange(1, 9)))
    return 110


GUEST_W, GUEST_H = 336, 220  # a guest's camera under the presenter's


def host_view(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The studio's cameras: the presenter's across the screen, (WIDTH - 40) wide and 460-540 high
    (heldout53's ``posed`` in the studio: the face 110-240 px, on a quarter cut by a side of the
    frame), the name's label over its lower left (heldout22's ``name_label``: it takes the pixels it
    covers) and the ON AIR sign over its upper right; under it three guests' cameras side by side,
    each 336 x 220 (the cast's ``photo``: the face 0.22-0.34 of its width, others in it at their own
    sizes; off on a quarter, heldout22's ``camera_off``), each labelled with its sound's level as a
    row of small bars. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(460, 540)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(110, 240), STUDIO, edge)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(img, f"{who(rng)} - Presenter", 36, y + h - 14, 40)
    on_air_sign(img, WIDTH - 176, y + 20)
    top = y + h + 16
    for k in range(3):
        x = 20 + k * (GUEST_W + 16)
        if rng.random() < 0.25:
            H22.camera_off(cast, s, rng, x, top, GUEST_W, GUEST_H)
        else:
            cast.photo(
                s,
                x,
                top,
                GUEST_W,
                GUEST_H,
                GUEST_W * small(rng, 0.22, 0.34),
                rounded_rect(GUEST_H, GUEST_W, 14),
            )
        H22.name_label(img, rng.choice(NAMES), x + 10, top + GUEST_H - 10, 30)
        lit = rng.randrange(0, 9)
        for j in range(8):
            colour = (80, 200, 80) if j < lit else (90, 90, 90)
            cv2.rectangle(
                img,
                (x + GUEST_W - 110 + j * 12, top + GUEST_H - 26),
                (x + GUEST_W - 102 + j * 12, top + GUEST_H - 14),
                colour,
                -1,
            )
    return h + 16 + GUEST_H + 16


def rundown_card(s: Screen, rng: random.Random, y: int) -> int:
    """The show's running order on a card (no faces): four items, each a time, a coloured block of
    its kind (a song, a guest, the news, an ad) and its name as a text bar, the one on air now
    ticked off by a red marker. Returns its height with the gap under it (200 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 180, 18, off(s.bg, 10))
    note(img, "Running order", (44, y + 36), 0.52, s.fg, 2)
    now = rng.randrange(4)
    for k in range(4):
        ry = y + 56 + k * 30
        note(img, f"{rng.randrange(10, 12)}:{rng.randrange(60):02d}", (44, ry + 18), 0.42, GREY)
        cv2.rectangle(img, (130, ry + 4), (150, ry + 22), rng.choice((PODCAST, RADIO, GOLD, GREEN)), -1)
        cv2.rectangle(img, (166, ry + 9), (166 + rng.randrange(200, 600), ry + 17), off(s.bg, 60), -1)
        if k == now:
            cv2.fillPoly(img, [np.array([(26, ry + 6), (38, ry + 13), (26, ry + 20)], np.int32)], RED)
    return 200


def caller_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A listener waiting to go on air: the 20-26 px face in a story ring (initials on some), the
    name and the town, the topic as a text bar, how long they have waited, a green "Put on air" pill
    or "Screened" on a grey tag. Returns its height (96 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (20, 26), "ring", 0.12)
    x = 56 + side
    note(img, f"{rng.choice(NAMES)} from {rng.choice(TRACKS).split()[0]}", (x, y + 40), 0.52, s.fg, 2)
    H52.text_bars(img, rng, x, y + 58, 360, 1, off(s.bg, 60))
    note(img, f"waiting {rng.randrange(1, 19)} min", (560, y + 50), 0.44, GREY)
    if rng.random() < 0.3:
        tag(img, WIDTH - 220, y + 30, "Screened", (110, 110, 110), 32)
    else:
        pill(img, WIDTH - 230, y + 24, 190, 46, GREEN)
        note(img, "Put on air", (WIDTH - 208, y + 54), 0.5, WHITE, 2)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a farmers' co-operative's members and a farm share's pickups.
# ----------------------------------------------------------------------------------------------


MAP_X, MAP_W, MAP_H = 40, 1000, 560  # the co-op's map of its members' farms


def farm_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The members' farms on a map on a card: a patchwork of fields (a five by four grid whose
    corners are moved at random, each field tinted in a crop's colour, some ploughed in stripes) with
    hedges along their edges, a lane and a stream winding across; on eight to thirteen fields a pin
    (``face_pin``) with the farmer's round 20-26 px face in its head (one size for the map), the one
    picked in gold with the farm's name on a tag. Returns its height with the gap under it (640
    px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 620, 20, off(s.bg, 10))
    y0 = y + 30
    cw, ch = MAP_W / 5, MAP_H / 4
    corners = [
        [
            (
                round(MAP_X + i * cw + (rng.uniform(-0.2, 0.2) * cw if 0 < i < 5 else 0)),
                round(y0 + j * ch + (rng.uniform(-0.2, 0.2) * ch if 0 < j < 4 else 0)),
            )
            for i in range(6)
        ]
        for j in range(5)
    ]
    centres = []
    for j in range(4):
        for i in range(5):
            quad = np.array(
                [corners[j][i], corners[j][i + 1], corners[j + 1][i + 1], corners[j + 1][i]], np.int32
            )
            colour = rng.choice(FIELDS)
            cv2.fillPoly(img, [quad], colour)
            if rng.random() < 0.3:
                x1, y1 = quad.min(axis=0)
                x2, y2 = quad.max(axis=0)
                stripes = np.zeros((y2 - y1 + 1, x2 - x1 + 1), np.uint8)
                cv2.fillPoly(stripes, [quad - (x1, y1)], 255)
                stripes[:, (np.arange(x2 - x1 + 1) // 6) % 2 == 0] = 0
                img[y1 : y2 + 1, x1 : x2 + 1][stripes > 0] = tone(colour, -25)
            cv2.polylines(img, [quad], True, (40, 90, 50), 5)
            centres.append(tuple(quad.mean(axis=0).round().astype(int)))
    lane = [
        (MAP_X + k * MAP_W // 10, y0 + round(MAP_H * (0.3 + 0.4 * k / 10 + rng.uniform(-0.05, 0.05))))
        for k in range(11)
    ]
    cv2.polylines(img, [np.array(lane, np.int32)], False, (200, 200, 200), 8, cv2.LINE_AA)
    brook = [
        (MAP_X + round(MAP_W * rng.uniform(0.5, 0.7) + 60 * math.sin(k)), y0 + k * MAP_H // 8)
        for k in range(9)
    ]
    cv2.polylines(img, [np.array(brook, np.int32)], False, (200, 160, 90), 6, cv2.LINE_AA)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    pins = rng.sample(range(20), rng.randrange(8, 14))
    picked = rng.choice(pins)
    for k in pins:
        cx, cy = centres[k]
        tip = (cx, cy + side // 2 + 8)
        face_pin(cast, s, tip, fp, side, GOLD if k == picked else COOP)
        if k == picked:
            tag(img, cx + side // 2 + 12, tip[1] - side - 16, rng.choice(FARMS), COOP, 30)
    return 640


def board_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The co-op's board under its heading: round 32-46 px faces cut out of an olive ring (heldout2's
    ``edge``; one size for all) about 200 px apart, a gold star over the chair's lower right (it
    takes the pixels it covers), each one's role on an olive tag and the name under it, the last
    across the screen's right edge (heldout45's ``carousel``). Returns its height with the gap under
    it."""
    top = section(s, y, "The board", False)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    for k, x in enumerate(carousel(rng, 200, side)):
        cast.avatar(s, x, top + 12, fp, side, "circle", COOP)
        if k == 0:
            star(s.img, (x + side - 4, top + 8 + side), 13, GOLD)
        tag(s.img, x, top + side + 24, BOARD[min(k, len(BOARD) - 1)], COOP, 28)
        note(s.img, rng.choice(NAMES), (x, top + side + 80), 0.46, s.fg, 2)
    return top - y + side + 100


def member_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member in the directory: a round 22-30 px face (initials on some), the farm and the farmer,
    two things they grow on chips, the miles to the depot and the year they joined, the others who
    farm with them as a stack of none to two 18-22 px faces (heldout22's ``stack``); "New member" on
    a green tag on 15 %. Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 30), "circle", 0.1)
    x = 50 + side
    note(img, rng.choice(FARMS), (x, y + 40), 0.54, s.fg, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 70), 0.44, GREY)
    for k, what in enumerate(rng.sample(PRODUCE, 2)):
        tag(img, 480 + k * 120, y + 28, what, off(s.bg, 40), 28)
    note(img, f"{rng.randrange(1, 30)} mi - since {rng.randrange(1968, 2026)}", (480, y + 84), 0.4, GREY)
    family = rng.choice((0, 1, 2, 2))
    if family:
        H22.stack(cast, s, rng, 780, y + 36, family, 18.3, 22, s.bg)
    if rng.random() < 0.15:
        tag(img, WIDTH - 210, y + 30, "New member", GREEN, 30)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def harvest_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The farm's members picking the week's share (heldout61's ``hero_photo`` in a market garden or
    its packing shed: three to six a depth, the front faces 24-44 px, those behind 0.55-0.7 of them),
    through a polytunnel's film on 35 % (``polytunnel``) or grey on 15 % (heldout10's ``greyed``); the
    week on a tag and a crate's badge, the farm on the band. Returns its height with the gap under it
    (460 px)."""
    roll = rng.random()
    shade = polytunnel(rng.uniform(0.15, 0.3)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Week {rng.randrange(1, 52)} share"
    words = (rng.choice(FARMS).upper(), f"{rng.randrange(40, 300)} shares this week - pick your own beans")
    return H61.hero_photo(
        cast, rng, s, y, FIELD, (3, 6), (24, 44, 0.55), shade, (when, COOP, crate_badge), words
    )


CAL_X, CAL_W, CAL_H = 44, 142, 74  # the pickup calendar's first column, a day's width and height


def pickup_calendar(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The month's pickups on a card: the month and the weekdays over five weeks of days, today's
    outlined in olive; on the farm's two pickup days a week a crate (``crate``) and the two or
    three volunteers who hand out the boxes (one number for the month) as round 18-22 px faces side by
    side (one size for the month;
    initials on some) or dashed rings (a place still to fill; heldout60's ``place``), those of the
    days gone faded toward the page on half of the months (heldout60's ``away``: counted as they
    look). Returns its height with the gap under it (520 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 500, 20, off(s.bg, 10))
    note(img, f"{rng.choice(MONTHS).title()} pickups", (44, y + 40), 0.6, s.fg, 2)
    for c, day in enumerate("MTWTFSS"):
        note(img, day, (CAL_X + c * CAL_W + 60, y + 80), 0.46, GREY, 2)
    days, first, today = rng.sample(range(7), 2), rng.randrange(7), rng.randrange(1, 29)
    fade, helpers = rng.random() < 0.5, rng.choice((2, 3))
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    top = y + 96
    for d in range(1, 36 - first):
        r, c = divmod(first + d - 1, 7)
        x, cy = CAL_X + c * CAL_W, top + r * CAL_H
        cv2.rectangle(img, (x, cy), (x + CAL_W, cy + CAL_H), off(s.bg, 30), 1)
        note(img, str(d), (x + 8, cy + 22), 0.42, s.fg if d >= today else GREY)
        if d == today:
            cv2.rectangle(img, (x + 2, cy + 2), (x + CAL_W - 2, cy + CAL_H - 2), COOP, 3)
        if c not in days:
            continue
        crate(img, x + CAL_W - 40, cy + 8, 30, 18)
        for j in range(helpers):
            px = x + 10 + j * (side + 6)
            H60.place(cast, rng, s, px, cy + 30, fp, side, rng.random() < 0.8, 0.08)
            if fade and d < today:
                H60.away(s, px, cy + 30, side)
    return 520


def pickup_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A pickup point: its photo, 150 x 100 (a thing: the hall, the gate; never a face), the host's
    24-30 px face in a rounded square over the photo's lower right (initials on some; drawn after
    it), an olive map pin (heldout62's ``map_pin``) and the place, the day and hours, the boxes left;
    "collecting" over the members who collect there this week as a row of two to six round 18-22 px
    faces 40 px apart (one size a row; initials on some, a dashed ring for a box nobody has claimed:
    heldout60's ``place``), a green tick's badge over the lower right of those who have collected (it
    takes the pixels it covers). Returns its height (130 px)."""
    img = s.img
    cast.thing(s, 30, y + 14, 150, 100, rounded_rect(100, 150, 12))
    face_or_initials(cast, rng, s, (150, y + 84), (24, 30), "rounded", 0.1)
    H62.map_pin(img, (220, y + 30), 12, COOP)
    note(img, rng.choice(SITES), (244, y + 40), 0.56, s.fg, 2)
    start = rng.randrange(8, 18)
    note(
        img,
        f"{rng.choice(('Tue', 'Thu', 'Fri', 'Sat'))} {start}:00-{start + 2}:00",
        (220, y + 72),
        0.42,
        GREY,
    )
    note(img, f"{rng.randrange(0, 30)} boxes left", (220, y + 104), 0.42, COOP, 2)
    note(img, "collecting", (560, y + 28), 0.38, GREY)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for k in range(rng.randrange(2, 7)):
        x, claimed = 560 + k * (side + 40), rng.random() < 0.85
        H60.place(cast, rng, s, x, y + 42, fp, side, claimed, 0.08)
        if claimed and rng.random() < 0.4:
            badge(img, (x + side - 2, y + 40 + side), 8, GREEN, "check")
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


# ----------------------------------------------------------------------------------------------
# Parts: a fire brigade's on-call board and a drill night's photos.
# ----------------------------------------------------------------------------------------------


def station_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The station on a card: a flame's badge, the station and its turnout time, its three appliances
    on pills, each with its call sign, a status light (green, amber or red), the status in words and
    at the pill's right end a stack of one to three 18-22 px faces of who has booked on to crew it
    (heldout22's ``stack``). Returns its height with the gap under it (200 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 180, 18, off(s.bg, 10))
    flame_badge(img, (70, y + 54), 26, off(s.bg, 10))
    note(img, rng.choice(BRIGADES), (112, y + 50), 0.64, s.fg, 2)
    note(img, f"On call - {rng.randrange(3, 7)} min turnout", (112, y + 82), 0.44, GREY)
    for k, (call, kind) in enumerate(rng.sample(APPLIANCES, 3)):
        x = 44 + k * 340
        pill(img, x, y + 110, 320, 52, off(s.bg, 24))
        status, colour = rng.choice((("Available", GREEN), ("Off the run", AMBER), ("At incident", RED)))
        cv2.circle(img, (x + 28, y + 136), 9, colour, -1, cv2.LINE_AA)
        note(img, f"{call} {kind}", (x + 48, y + 132), 0.46, s.fg, 2)
        note(img, status, (x + 48, y + 154), 0.36, GREY)
        H22.stack(cast, s, rng, x + 226, y + 122, rng.randrange(1, 4), 18.3, 22, off(s.bg, 24))
    return 200


def riding_now(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who rides the first appliance, under "Riding" and its call sign: round 32-46 px faces in solid
    rims of their helmet's colour (heldout38's ``rimmed``: white for the officer in charge, red for
    the driver, yellow for the rest; one size for all) about 190 px apart, the seat on a red tag and
    the name under each, the last across the screen's right edge (heldout45's ``carousel``). Returns
    its height with the gap under it."""
    top = section(s, y, f"Riding {rng.choice(APPLIANCES)[0]}", False)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    for k, x in enumerate(carousel(rng, 190, side)):
        H38.rimmed(cast, s, x, top + 14, fp, side, HELMETS[min(k, 2)])
        seat = ("OIC", "Driver")[k] if k < 2 else rng.choice(("BA", "BA", "Pump", "Hose"))
        tag(s.img, x, top + side + 30, seat, FIRE, 28)
        note(s.img, rng.choice(NAMES), (x, top + side + 86), 0.46, s.fg, 2)
    return top - y + side + 106


DAY_X = 560  # where an availability row's day of 24 hours starts (20 px an hour)


def availability_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A firefighter's availability for the day: the 22-28 px face in a square cut out of a red edge
    (heldout2's ``edge``; initials on some), the name and the rank, one to three skills on small
    tags, the day's 24 hours as a bar from ``DAY_X`` with the hours on call in green and now as a dark
    mark; on 12 % "Off sick" or "On leave" on a grey tag over the bar and the face faded toward the
    page (heldout60's ``away``: counted as it looks). Returns its height (84 px)."""
    img = s.img
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.12, 1.25))
    if rng.random() < 0.08:
        H3.initials(img, rng, 32, y + 18, side, "square", FIRE)
    else:
        cast.avatar(s, 32, y + 18, fp, side, "square", FIRE)
    x = 56 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)}", (x, y + 40), 0.5, s.fg, 2)
    note(img, rng.choice(("Firefighter", "Firefighter", "Crew Mgr", "Watch Mgr")), (x, y + 68), 0.4, GREY)
    for k, skill in enumerate(rng.sample(SKILLS, rng.randrange(1, 4))):
        tag(img, 360 + k * 62, y + 48, skill, off(s.bg, 50), 24)
    cv2.rectangle(img, (DAY_X, y + 36), (DAY_X + 480, y + 50), off(s.bg, 30), -1)
    away = rng.random() < 0.12
    if not away:
        h = rng.randrange(0, 12)
        while h < 24:
            n = rng.randrange(2, 10)
            cv2.rectangle(img, (DAY_X + h * 20, y + 36), (DAY_X + min(24, h + n) * 20, y + 50), GREEN, -1)
            h += n + rng.randrange(1, 8)
    now = DAY_X + rng.randrange(24) * 20
    cv2.rectangle(img, (now - 2, y + 30), (now + 2, y + 56), INK, -1)
    if away:
        tag(img, DAY_X + 140, y + 24, rng.choice(("Off sick", "On leave")), (110, 110, 110), 32)
        H60.away(s, 32, y + 18, side)
    cv2.line(img, (30, y + 82), (WIDTH - 30, y + 82), off(s.bg, 14), 1)
    return 84


def drill_group(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The watch's group photo after the drill across the screen, 440 px (heldout11's ``gathering``:
    two rows of four to seven round its middle, the front faces 26-44 px, those behind 0.75-0.9 of
    them, standing a fifth to three tenths of the frame up so no face reaches the band), under an
    appliance's blue lights on 35 % (``blue_lights``) or grey on 15 % (heldout10's ``greyed``); the
    date on a red tag and a flame's badge over its top, the drill and the watch on a dark band at its
    foot (heldout59's ``hero_band``). Returns its height with the gap under it (460 px)."""
    hh, fp = 440, rng.uniform(26, 44)
    piece, faces = H11.gathering(
        cast,
        WIDTH,
        hh,
        fp * rng.uniform(0.75, 0.9),
        fp,
        2,
        rng.randrange(4, 8),
        (1.5, 2.0),
        rng.uniform(0.2, 0.3),
    )
    roll = rng.random()
    if roll < 0.35:
        piece = blue_lights(rng.uniform(0.2, 0.45), rng.random() < 0.5)(piece)
    elif roll < 0.5:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(s.img, 24, y + 20, f"Tue {rng.randrange(1, 29)} {rng.choice(MONTHS)}", FIRE, 36)
    flame_badge(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    H59.hero_band(s, y, hh, rng.choice(DRILLS).upper(), f"{rng.choice(WATCHES)} - drill night")
    return 460


CREW_W, CREW_DX, CREW_PH, CREW_ROW = 132, 144, 136, 196  # a crew member's tile in the station's grid


def crew_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The watch's crew under its name: two rows of seven tiles 144 px apart, each a band of
    the helmet's colour over a studio headshot 132 x 136 (heldout11's ``portrait``: the face 20-30
    px, one size for the grid) or, on 8 %, a vacancy (a dashed outline and "Vacant"; never a face),
    the name as a text bar and the rank under it. Returns its height with the gap under it."""
    img = s.img
    top = section(s, y, rng.choice(WATCHES), True)
    fp, rows = small(rng, 20, 30), 2
    for r in range(rows):
        for c in range(7):
            x, ty = 30 + c * CREW_DX, top + r * CREW_ROW
            if rng.random() < 0.08:
                for d in range(ty + 12, ty + 12 + CREW_PH, 12):
                    cv2.line(img, (x, d), (x, d + 6), GREY, 2)
                    cv2.line(img, (x + CREW_W, d), (x + CREW_W, d + 6), GREY, 2)
                note(img, "Vacant", (x + 30, ty + 86), 0.44, GREY, 2)
                continue
            rank = rng.choices(range(3), (1, 2, 6))[0]
            cv2.rectangle(
                img, (x + 8, ty), (x + CREW_W - 8, ty + 10), HELMETS[rank] if rank else (200, 200, 200), -1
            )
            piece, faces = H11.portrait(cast, CREW_W, CREW_PH, fp)
            H11.paste_photo(cast, s, piece, faces, x, ty + 12, rounded_rect(CREW_PH, CREW_W, 10))
            H52.text_bars(img, rng, x, ty + CREW_PH + 22, CREW_W - 10, 1, off(s.bg, 60))
            note(img, ("Watch Mgr", "Crew Mgr", "FF")[rank], (x, ty + CREW_PH + 52), 0.38, GREY)
    return top - y + rows * CREW_ROW + 8


DRILL_W, DRILL_H = 505, 280  # a drill night's photo, two a row


def drill_tile_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of two photos from the drill, 505 x 280 and 10 px apart: on 75 % firefighters at work in
    the drill yard or before the station (heldout38's ``staged``: one or two depths of two to four,
    the front faces 24-48 px, skewed small, those behind 0.55-0.75 of them, some under 18 px), else
    the kit alone (a thing); under each the drill's name and the likes by a heart. Returns its
    height (340 px)."""
    img = s.img
    for k in range(2):
        x = 30 + k * (DRILL_W + 10)
        m = rounded_rect(DRILL_H, DRILL_W, 14)
        if rng.random() < 0.75:
            hi = small(rng, 24, 48)
            lo, depths = hi * rng.uniform(0.55, 0.75), rng.randrange(1, 3)
            piece, faces = H38.staged(cast, rng, DRILL, depths, (2, 4), DRILL_W, DRILL_H, lo, hi)
            H11.paste_photo(cast, s, piece, faces, x, y + 10, m)
        else:
            cast.thing(s, x, y + 10, DRILL_W, DRILL_H, m)
        note(img, rng.choice(DRILLS), (x + 6, y + DRILL_H + 44), 0.5, s.fg, 2)
        heart(img, (x + DRILL_W - 80, y + DRILL_H + 38), 10, RED)
        note(img, str(rng.randrange(2, 90)), (x + DRILL_W - 60, y + DRILL_H + 44), 0.44, GREY)
    return 340


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def kart_timing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A karting league's live timing: the bar; the session (``session_card``); the karts on the
    circuit (``track_map``: drivers 18-24 px in rims of their karts' colours); the classification
    (``lap_row``: 22-30 px helmet-off headshots in squares, the retired faded) down to the tab bar,
    which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "livetiming", ("dark", "dark", "light", "tinted"), "Live timing")
    y += session_card(s, rng, y)
    y += track_map(cast, rng, s, y)
    y = section(s, y, "Classification", False)
    places, fastest = itertools.count(), rng.randrange(8)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: lap_row(cast, rng, s, t, next(places), fastest))


def pit_crew(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A karting team's pit crew: the team's title and one's 22-26 px face; the team in the paddock
    (``pit_hero``: front faces 24-44 px, tyre smoke or grey on some); the pit box (``pit_box``: the
    crew 20-28 px in rings at their stations round the kart); the stops (``stop_row``: chiefs 22-28
    px, tyre crews 18-22 px in stacks) down to the tab bar (heldout61's ``titled_feed``)."""
    parts = (functools.partial(pit_hero, cast, rng), functools.partial(pit_box, cast, rng))
    rows = ("Pit stops", False, 110, functools.partial(stop_row, cast, rng))
    themes = ("light", "dark", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "pitcrew", themes, rng.choice(KART_CLUBS), parts, rows)


def driver_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The championship leader's profile: the bar; the card (``driver_card``: the driver 110-240 px,
    cut by the photo's side on some, floodlit on some); the season (``season_chart``); the weekend's
    photos (``weekend_photos``: faces 22-90 px and others at their own sizes); the team-mates where
    there is room (``teammate_row``: 24-32 px), above the "Follow driver" button (heldout57's
    ``rows_then_button``)."""
    s, y = H59.pushed(cast, rng, name, "driver", ("dark", "dark", "light", "tinted"), "Driver")
    y += driver_card(cast, rng, s, y)
    y += season_chart(s, rng, y)
    y += weekend_photos(cast, rng, s, y)
    return H57.rows_then_button(s, y, "Team-mates", lambda t: teammate_row(cast, rng, s, t), "Follow driver")


def radio_schedule(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A community radio station's schedule: the station's title and one's 22-26 px face; on air now
    (``on_air``: the presenter 40-64 px in the studio's camera); today's shows (``schedule_strip``:
    presenters 28-40 px in rounded squares, past the right edge); the presenters (``presenter_row``:
    24-32 px) down to the tab bar; on 30 % a dark page with the whole screen in a car's driving mode
    (heldout58's ``night_rows`` through ``driving_mode``)."""
    dimmed = rng.random() < 0.3
    themes = ("dark",) if dimmed else ("light", "dark", "dark", "tinted")
    s, y = titled(cast, rng, name, "radio", themes, rng.choice(STATIONS), own=True)
    y += on_air(cast, rng, s, y)
    y += schedule_strip(cast, rng, s, y)
    y = section(s, y, "Presenters", True)
    return H58.night_rows(s, rng, y, lambda t: presenter_row(cast, rng, s, t), dimmed, driving_mode)


def podcast_episodes(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast's page: the bar; the show (``show_header``: the hosts 36-50 px in white rims over the
    cover's corner); the seasons as chips; the episodes (``episode_row``: guests' portraits 36-60 px,
    grey on some, other guests 18-22 px in stacks) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "podcast", ("light", "dark", "dark", "tinted"), "Podcast")
    y += show_header(cast, rng, s, y)
    chips(s.img, rng, 30, y, 4, 44, (110, 150), off(s.bg, 16), s.fg)
    y = section(s, y + 64, "Episodes", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: episode_row(cast, rng, s, t))


def studio_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A radio studio's video call with its guests: the bar (``studio_bar``); the cameras
    (``host_view``: the presenter 110-240 px, three guests 74-114 px); the running order
    (``rundown_card``); the callers waiting (``caller_row``: 20-26 px) above the call's controls
    (heldout58's ``call_foot``)."""
    s = new_screen(rng, name, cast.kind("studiocall"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + studio_bar(s, rng, STATUS_H)
    y += host_view(cast, rng, s, y)
    y += rundown_card(s, rng, y)
    return H58.call_foot(s, rng, y, "Callers waiting", lambda t: caller_row(cast, rng, s, t))


def coop_members(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A farmers' co-operative's members: the co-op's title and one's 22-26 px face; the farms
    (``farm_map``: farmers 20-26 px in pins); the board (``board_strip``: 32-46 px, past the right
    edge); the directory (``member_row``: 22-30 px) down to the tab bar (heldout61's
    ``titled_feed``)."""
    parts = (functools.partial(farm_map, cast, rng), functools.partial(board_strip, cast, rng))
    rows = ("Members A-Z", True, 100, functools.partial(member_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "coopmembers", themes, rng.choice(COOPS), parts, rows)


def share_pickup(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A farm share's pickups: the co-op's title and one's 22-26 px face; the week's pickers
    (``harvest_hero``: front faces 24-44 px, a polytunnel's film or grey on some); the month's rota
    (``pickup_calendar``: volunteers 18-22 px on the pickup days); the pickup points
    (``pickup_row``: hosts 24-30 px over the places' photos, collectors 18-22 px in rows) down to
    the tab bar."""
    parts = (functools.partial(harvest_hero, cast, rng), functools.partial(pickup_calendar, cast, rng))
    rows = ("Pickup points", False, 130, functools.partial(pickup_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "sharepickup", themes, rng.choice(COOPS), parts, rows)


def oncall_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A volunteer brigade's on-call board: the bar; the station (``station_card``: crews 18-22 px in
    stacks on its appliances); who rides the first appliance (``riding_now``: 32-46 px in
    helmet-coloured rims, past the right edge); the day's availability (``availability_row``: 22-28
    px in squares with red edges, those away faded) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "oncall", ("light", "dark", "dark", "tinted"), "On call")
    y += station_card(cast, rng, s, y)
    y += riding_now(cast, rng, s, y)
    y = section(s, y, "Availability today", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: availability_row(cast, rng, s, t))


def drill_night(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A drill night's page: the bar; the watch's group photo (``drill_group``: front faces 26-44 px,
    blue lights or grey on some); the crew (``crew_grid``: 20-30 px headshots, one size); the photos
    (``drill_tile_row``: firefighters at work, front faces 24-48 px) down to the tab bar, which cuts
    the last."""
    s, y = H59.pushed(cast, rng, name, "drillnight", ("light", "light", "dark", "tinted"), "Drill night")
    y += drill_group(cast, rng, s, y)
    y += crew_grid(cast, rng, s, y)
    y = section(s, y, "Photos", True)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: drill_tile_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    kart_timing,
    pit_crew,
    driver_profile,
    radio_schedule,
    podcast_episodes,
    studio_call,
    coop_members,
    share_pickup,
    oncall_board,
    drill_night,
)
# with people: each twice a round but two (the driver's profile and the studio's call, a few large
# faces each)
ONCE = (driver_profile, studio_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a circuit with things on the karts'
# markers, a pickup calendar with things in the volunteers' places, an on-call board with things in
# the crew's rims and squares)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, kart_timing, share_pickup, oncall_board)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT63_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h63", photos, free, seed, reps)
