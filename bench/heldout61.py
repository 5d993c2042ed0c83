"""Held-out screens, sixty-first set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a gaming desk, an esports arena, a council
chamber, a consultation's display boards, a reach of a river, the inside of a boathouse, a cafe's
corner, an open phrasebook; nothing with eyes, a mouth or a mask, and no round things in pairs);
every random choice from ``HELDOUT61_SEED`` (61616; the environment's ``HELDOUT61_SEED`` draws the
set from another). Every face goes on the screen through heldout2's ``Screen``, whose ``finish``
settles it on what the finished screen shows: pixels drawn over a face afterwards stop being the
face's, and a face left with under half of its box is dropped. heldout60's ``Cast`` (through
heldout59's and the sets' before it; this set's screens are marked h61-) fills the people's places,
and on face-free screens puts pets, objects, textures, initials and this set's drawn things there;
it counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn but,
as everywhere in the bench, never counted.

What it adds is faces in esports teams and gaming clans, town councils and civic meetings, rowing
and paddling clubs, and language-exchange and conversation groups, most of them small: a match's
live page; a clan's hub; a player of the week; a full council's agenda; one's councillors; a
consultation; a rowing club's outing; a paddling club's river trip; a language cafe's conversation
night; a tandem call. Near repeats avoided: heldout26's e-sports match and heldout52's tournament
(rosters side by side, a bracket, the match on now as tall cameras; here the round's minimap with
the ten players where they stand in their sides' rims, each with a wedge of where they look, the
dead as crosses, then the kill feed's pairs with the victim grey and the scoreboard's lines, the
dead faded); heldout26's party lobby and heldout52's team page (hexagonal portraits in a party's
grid, starters cut out past the edge; here a season's territories as a honeycomb of held hexagons
with the holders' faces in some, the members online in hexagons past the edge, the leader's message
in a hexagon); the sets' member cards (heldout59's fencer's licence, heldout60's donor's card: the
photo at the card's right; here a player of the week's card in a team's colour with a gold edge, the
photo at its left under the rating's block, six stats as a radar, the teammates' roles on tags
over the feet of their squares); heldout25's council stream and heldout50's hybrid meeting (a dais
with nameplates, roll-call columns, camera tiles, public comment's queue; here a meeting's agenda:
the chamber's photo over the last vote's seats in a horseshoe, each item with the officer, the
mover and seconder and the speakers' stack); heldout50's committee and cleanup map (an org chart,
volunteers on a street map's pins; here a town's wards cut by the nearest centre, each ward's one to
three councillors side by side in their party's rings, the cabinet past the edge, surgeries by
date); heldout50's petition wall (a honeycomb of signers; here a corkboard of sticky notes laid over
one another in a random order, a later note hiding the edge of an earlier one's face); heldout57's
regatta and marina (results with helms and crews' stacks, berths from above; here boats from above
with each rower's face along the hull, riggers and blades out to the sides, the cox at the stern,
a short boat's subs in a stack); heldout60's car share and the sets' rotas (seats in a row; here
buddy pairs and trios joined by a throw line, each with their craft); heldout40's speed dating and
language partners (two seats across a heart, peers under two flags; here tables seen from above
with four to six seats round each and the language's flag in the middle, the hosts in rings with
their two flags over its corners); heldout40's tutor call and the sets' calls with a host over a
grid (heldout58's sommelier, heldout59's judge, heldout60's conductor; here two people only: the
partner across the screen with one's own camera as a circle over its corner, live captions in two
languages, the corrections). New looks: a game's colour-blind mode over the whole screen, an arena's
coloured stage lights, a chamber's projector light and morning mist on a river. Ten layouts:
- a match's live page (``match_centre``): the series (``series_header``); the minimap (``minimap``:
  the living 18-22 px in rims of their side's colour, a fifth dead as crosses); the kill feed
  (``kill_feed``: 18-22 px in squares with edges of their side's colour, the victims grey); the
  scoreboard (``player_row``: 20-28 px in rounded squares, the dead faded) cut by the tab bar; on
  30 % a dark page with the whole screen in the game's colour-blind mode;
- a gaming clan's hub (``clan_hub``): one's 22-26 px face; the banner (``clan_banner``); the
  territories (``territory_map``: holders of 45 % of the held ones, 18-24 px in hexagons in white
  rims); who is online (``online_now``: 32-46 px in hexagons in violet rims, past the right edge); on
  60 % the leader's message (``leader_message``: 64-100 px in a hexagon); the members
  (``member_row``: 22-30 px, the inactive faded) cut by the tab bar;
- a player of the week (``spotlight``): the card (``mvp_card``: the player 110-240 px, on a quarter
  cut by the photo's side, in the stage's lights on 40 %); the form (``form_chart``); the teammates
  (``teammates``: 22-28 px in rounded squares with white edges, tags over their feet); the matches
  to come where there is room (``fixture_row``: casters 24-30 px), above the "Watch live" button;
- a full council's agenda (``full_council``): one's 22-26 px face; the chamber (``chamber_hero``:
  three to six a depth, the front faces 24-42 px, in the projector's light on 35 % or grey on 15 %);
  the last vote (``vote_chart``); the items (``agenda_item``: officers 22-28 px in rounded squares,
  movers and seconders 18-22 px, speakers 18-22 px in stacks) cut by the tab bar;
- one's councillors (``councillors``): the wards' map (``ward_map``: up to ten wards, one to three
  councillors a ward, 24-32 px in rings of their party's colour); the cabinet (``cabinet``: 36-52 px
  in squircles, past the right edge); the surgeries (``surgery_row``: 24-32 px in squircles) cut by
  the tab bar;
- a consultation (``consultation``): one's 22-26 px face; the drop-in (``dropin_hero``: two to
  five a depth, the front faces 26-48 px, grey on 20 %); the ideas' wall (``feedback_wall``: 20-26
  px on sticky notes laid over one another); on 55 % the planning team's word (``planner_note``:
  64-110 px in a squircle); the comments (``comment_row``: 22-28 px in bordered circles, the
  council's replies 20-24 px) cut by the tab bar;
- a rowing club's outing (``crew_sheet``): the conditions and the coaches (``outing_card``: 32-44 px
  in white rims); the boats (``boat_row``: rowers 18-24 px along the hulls, coxes 22-28 px in
  squircles, subs 18-22 px in stacks) cut by the tab bar;
- a paddling club's river trip (``river_trip``): one's 22-26 px face; the paddlers
  (``paddle_hero``: three to six a depth, the front faces 24-46 px, in mist on 35 % or grey on
  15 %); the run (``river_profile``); the buddy pairs (``buddy_row``: 22-28 px in white rims, trios
  on some) cut by the tab bar;
- a language cafe's conversation night (``conversation_night``): one's 22-26 px face; the hosts
  (``table_hosts``: 34-48 px in teal rings, two flags over each one's corners, past the right edge);
  the phrase of the night (``phrase_card``); the tables two a row (``table_pair``: 20-26 px round
  each table, free seats dashed) cut by the tab bar;
- a tandem call (``tandem_call``): the bar (``swap_bar``); the partner (``partner_view``: 110-240
  px, on a quarter cut by the frame's side) with one's own camera as a circle (the face 0.3-0.45 of
  its 210 px wide); the captions (``caption_card``); the corrections (``correction_row``: 20-26 px
  in story rings) above the call's controls.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, whose faces are as wide
as asked and may be taller, and heldout38's ``staged``, whose single depth stands at the back's
size), a figure in a gathering (0.9-1.1 of its row's size) or a stack's slightly smaller faces can
differ (the table below counts what is drawn). Who is online, the cabinet and the hosts run past the
right edge, the last across it; the scoreboard, the members, the agenda, the surgeries, the
comments, the boats, the buddy pairs and the tables are cut by the tab bar, a player and a partner
by their photo's side on some; so some faces are cut by an edge and counted while half of their box
shows (the capture's right 8 px are black padding). Avatars are circles, rounded squares, squares,
squircles, hexagons, bordered circles, story rings, rings of a colour with a gap, white rims and
edges of a side's colour, with heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a
dark backdrop on 30 %). Light, dark and tinted themes; JPEG quality 30-60. Gamepad, gavel, paddle,
oars and speech badges, flags over corners, tags (over the teammates' feet too), the rating's
block, name labels, "+N" discs, the view's wedges on the minimap, sticky notes laid later, the
call's controls and tab bars take the pixels they cover; a face under them counts while half of its
box shows; rings, rims and edges are drawn before the faces they hold; grey (the victims, some
photos), the colour-blind mode, the stage's lights, the projector's light, mist, fading (the dead,
the inactive) and dark bands leave the faces under them counted as they look; initials, dashed
rings, crests, logos, crosses, hexagons without a face, hulls and blades, flags, maps, charts, radars
and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size;
see heldout5).

At the default 4 reps: 72 screens with 1,951 faces (1,742 under 32 px, 189 of 32-63, 13 of 64-127,
7 larger; 1,906 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, hexagons, rims,
rings, seats, notes, tiles and photos, round things where a photo's people or a cut-out's person
would be); ``reps=1`` a quarter (18 screens with 490 faces: 436, 50, 2 and 2 by size, 478 under 40
px; 13 face-free). Each layout has people twice a round but the player of the week and the tandem
call, once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    match_centre        8 screens   187 faces: 187,   0,   0,   0
    clan_hub            8 screens   226 faces: 179,  42,   5,   0
    spotlight           4 screens    41 faces:  37,   0,   0,   4
    full_council        8 screens   282 faces: 264,  18,   0,   0
    councillors         8 screens   241 faces: 194,  47,   0,   0
    consultation        8 screens   140 faces: 118,  19,   3,   0
    crew_sheet          8 screens   316 faces: 305,  11,   0,   0
    river_trip          8 screens   192 faces: 186,   6,   0,   0
    conversation_night  8 screens   291 faces: 248,  43,   0,   0
    tandem_call         4 screens    35 faces:  24,   3,   5,   3
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import functools
import math
import os
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import composites as C
import cv2
import heldout as HO
import heldout3 as H3
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout26 as H26
import heldout38 as H38
import heldout40 as H40
import heldout52 as H52
import heldout53 as H53
import heldout57 as H57
import heldout58 as H58
import heldout59 as H59
import heldout60 as H60
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, fill, gradient, look, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout23 import WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import titled
from heldout45 import SURNAMES, carousel, face_or_initials

DEFAULT_SEED = 61616


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT61_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 61616."""
    return int(env.get("HELDOUT61_SEED") or DEFAULT_SEED)


HELDOUT61_SEED = seed_from(os.environ)

Fn = Callable[[np.ndarray], np.ndarray]  # a look over a whole photo or screen (mist, a projector)
Badge = Callable[
    [np.ndarray, tuple[int, int], int, Colour], None
]  # a badge drawn at a centre, a radius, a rim

CLAN: Colour = (190, 60, 150)  # a gaming clan's violet (BGR)
SIDES: tuple[Colour, Colour] = ((200, 130, 40), (60, 70, 220))  # a match's two sides: blue, red
RIVALS: tuple[Colour, ...] = ((40, 150, 230), (60, 160, 60), (160, 150, 40))  # rival clans' colours
ESPORTS_TEAMS: tuple[str, ...] = (
    "Nightjar", "Lumen", "Arc Wolves", "Quartz", "Red Fern", "Bytefall", "Cinder", "Halcyon",
)  # fmt: skip
CLANS: tuple[str, ...] = ("Iron Lanterns", "Moth Collective", "Paper Tigers", "Northwind Guild")
CLAN_TAGS: tuple[str, ...] = ("IRL", "MTH", "PPR", "NWG", "LUX", "KRN")
GAMER_TAGS: tuple[str, ...] = (
    "xNova", "Quill", "byteMe", "Rook", "Saffi", "Vex", "Tidal", "Pix", "Mako", "Juno_7", "Oaken",
    "Zeph",
)  # fmt: skip
MAPS: tuple[str, ...] = ("Foundry", "Harbor", "Canal", "Citadel", "Skybridge", "Dunes")
GAME_ROLES: tuple[str, ...] = ("Duelist", "Sentinel", "Controller", "Initiator", "Support", "Entry")
GAMES: tuple[str, ...] = ("Ranked", "Scrims", "Raid night", "Arena", "Practice")
COUNCIL: Colour = (100, 60, 25)  # a borough council's navy
COUNCILS: tuple[str, ...] = (
    "Elmbridge Council",
    "Harlow Vale Borough",
    "Kingsmere Parish",
    "Northfield District",
)
WARDS: tuple[str, ...] = (
    "Abbey", "Castle", "Mill Lane", "Priory", "St Mark's", "Riverside", "Brook", "Heath", "Market",
    "Orchard", "Station", "Highfield",
)  # fmt: skip
AGENDA: tuple[str, ...] = (
    "Minutes of last meeting", "Public questions", "Budget 2027/28", "Cycle lanes, High St",
    "Allotment rents", "Planning: 14 Mill Lane", "Library opening hours", "Christmas lights",
    "Tree preservation order", "Parking review", "Play park refurbishment", "Motion: climate plan",
)  # fmt: skip
PARTIES: tuple[tuple[str, Colour], ...] = (  # a party's short name and colour
    ("Lab", (40, 40, 200)),
    ("Con", (180, 100, 20)),
    ("LD", (30, 160, 240)),
    ("Grn", (60, 150, 50)),
    ("Ind", (130, 130, 130)),
)
VENUES: tuple[str, ...] = ("Town hall", "Library", "Community centre", "Scout hut", "Leisure centre")
ROWING: Colour = (120, 50, 10)  # a rowing club's dark blue
ROWING_CLUBS: tuple[str, ...] = ("Tideway Scullers", "Kingsmere RC", "Elm Vale Boat Club", "St Cuthbert's BC")
BOATS: tuple[tuple[str, int, bool, bool], ...] = (  # a boat's class, its seats, coxed, sweep oars
    ("8+", 8, True, True),
    ("4+", 4, True, True),
    ("4-", 4, False, True),
    ("4x", 4, False, False),
    ("4x+", 4, True, False),
    ("2x", 2, False, False),
    ("2-", 2, False, True),
    ("1x", 1, False, False),
)
SHELLS: tuple[str, ...] = ("Mary Ann", "Spirit of Elm", "Old Tom", "Kestrel", "Jubilee", "Heron", "Aurora")
BLADES: tuple[Colour, ...] = ((120, 50, 10), (40, 40, 200), (60, 150, 50), (30, 170, 230), (250, 250, 250))
PADDLE: Colour = (40, 140, 230)  # a paddling club's orange
PADDLE_CLUBS: tuple[str, ...] = (
    "Riverbend Canoe Club",
    "Wild Water Paddlers",
    "Kingsmere Kayakers",
    "Slow Flow SUP",
)
RIVERS: tuple[str, ...] = ("RIVER WYE", "UPPER DART", "SEVERN GORGE", "RIVER TAY", "THE LUNE")
CRAFT: tuple[str, ...] = ("K1", "C1", "OC2", "SUP", "Open canoe", "Sea kayak", "Creeker")
TANDEM: Colour = (150, 130, 0)  # a language cafe's teal
LANG_CAFES: tuple[str, ...] = ("Babel Cafe", "Tandem Tuesdays", "Polyglot Pub Night", "Mundo Conversation")
LANGS = H40.LANGUAGES
LEVELS: tuple[str, ...] = ("A2", "B1", "B1-B2", "B2", "C1", "All levels")
PHRASES: tuple[tuple[str, str], ...] = (  # an idiom and what it says word for word
    ("Tomar el pelo", "to take the hair"),
    ("Poser un lapin", "to put down a rabbit"),
    ("In bocca al lupo", "in the wolf's mouth"),
    ("Da steppt der Bar", "there the bear dances"),
    ("Pisar en falso", "to step falsely"),
    ("Ter macaquinhos", "to have little monkeys"),
)
BETTER: tuple[str, ...] = ("me gusta mucho", "je suis fini", "ich bin kalt", "sono andato", "tengo calor")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "SEP", "OCT")
NAMES = H59.WHITE_NAMES
NOTE_COLOURS: tuple[Colour, ...] = ((120, 235, 250), (200, 170, 250), (160, 230, 170), (240, 210, 150))


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def scribbles(
    img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], ends: tuple[float, float],
    colour: Colour, t: int,
) -> None:  # fmt: skip
    """Lines of writing in ``rect`` (x, y, w, h) of a drawn thing (a chat on a monitor, a menu in
    chalk): strokes ``t`` px thick about an eighth of its height apart from a tenth of its width in,
    each ending ``ends`` of the way across at random (never a face)."""
    x, y, w, h = rect
    for yy in range(y + max(3, h // 10), y + h - 3, max(3, h // 8)):
        cv2.line(img, (x + max(2, w // 10), yy), (x + round(w * rng.uniform(*ends)), yy), colour, t)


def gaming_desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A gaming desk at night: a dark wall with an LED strip glowing along it, two monitors on the
    desk (one with a game's blocky ground under a sky and a small square map in its corner, the
    other a chat's grey lines), a keyboard's dark slab with rows of keys in changing colours, one
    mouse on its mat, the back of a chair at one side."""
    img = np.zeros((h, w, 3), np.uint8)
    desk = round(h * rng.uniform(0.66, 0.74))
    gradient(img, (0, 0, w, desk), (55, 45, 50), (35, 30, 35))
    glow = rng.choice(((220, 60, 200), (230, 200, 40), (80, 60, 230)))
    gy, band = round(h * rng.uniform(0.06, 0.14)), max(2, h // 30)
    cv2.rectangle(img, (0, gy - band), (w, gy + band), tone(glow, -90), -1)
    cv2.rectangle(img, (0, gy - max(1, band // 3)), (w, gy + max(1, band // 3)), glow, -1)
    gradient(img, (0, desk, w, h), (45, 45, 50), (25, 25, 30))
    mw = round(w * rng.uniform(0.34, 0.42))
    mh, gap = round(mw * 0.58), max(4, w // 30)
    x0, top = (w - 2 * mw - gap) // 2, desk - round(mw * 0.58) - max(6, h // 10)
    for k in range(2):
        mx = x0 + k * (mw + gap)
        cv2.rectangle(
            img,
            (mx + mw // 2 - max(2, w // 60), top + mh),
            (mx + mw // 2 + max(2, w // 60), desk),
            (30, 30, 30),
            -1,
        )
        cv2.rectangle(img, (mx + mw // 3, desk - max(2, h // 60)), (mx + mw * 2 // 3, desk), (30, 30, 30), -1)
        cv2.rectangle(img, (mx, top), (mx + mw, top + mh), (20, 20, 22), -1)
        sx, sy, sw, sh = mx + 3, top + 3, mw - 6, mh - 6
        if k == 0:
            gradient(img, (sx, sy, sx + sw, sy + sh // 2), (230, 190, 140), (220, 210, 190))
            x = sx
            while x < sx + sw:
                bw = max(3, sw // rng.randrange(6, 12))
                bt = sy + sh // 2 + rng.randrange(-sh // 6, sh // 6 + 1)
                cv2.rectangle(
                    img,
                    (x, bt),
                    (min(sx + sw, x + bw), sy + sh),
                    rng.choice(((60, 140, 80), (70, 110, 140), (50, 120, 60))),
                    -1,
                )
                x += bw
            side = max(4, sh // 4)
            cv2.rectangle(img, (sx + 2, sy + 2), (sx + 2 + side, sy + 2 + side), (40, 50, 40), -1)
            cv2.line(img, (sx + 4, sy + side // 2), (sx + side, sy + side // 3), (150, 200, 150), 1)
        else:
            cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (45, 40, 40), -1)
            scribbles(img, rng, (sx, sy, sw, sh), (0.3, 0.9), (130, 130, 130), 1)
    kx, ky, kw, kh = round(w * 0.25), desk + max(3, h // 20), round(w * 0.45), max(4, h // 14)
    cv2.rectangle(img, (kx, ky), (kx + kw, ky + kh), (30, 30, 32), -1)
    rows, hue0 = 3, rng.randrange(180)
    for r in range(rows):
        for c in range(0, kw - 4, max(3, kw // 16)):
            hsv = np.uint8([[[(hue0 + c * 180 // kw) % 180, 200, 230]]])
            colour = tuple(int(v) for v in cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)[0, 0])
            kyy = ky + 2 + r * max(1, (kh - 4) // rows)
            cv2.rectangle(
                img,
                (kx + 2 + c, kyy),
                (kx + c + max(3, kw // 16) - 1, kyy + max(1, (kh - 4) // rows) - 1),
                colour,
                -1,
            )
    mat = (
        kx + kw + max(4, w // 30),
        ky - max(2, h // 40),
        kx + kw + max(8, w // 5),
        ky + kh + max(2, h // 40),
    )
    cv2.rectangle(img, mat[:2], mat[2:], (60, 40, 40), -1)
    mx = (mat[0] + mat[2]) // 2
    cv2.ellipse(
        img,
        (mx, (mat[1] + mat[3]) // 2),
        (max(2, w // 45), max(3, h // 30)),
        0,
        0,
        360,
        (80, 80, 85),
        -1,
        cv2.LINE_AA,
    )
    cw = max(6, w // 6)
    cx = rng.choice((0, w - cw))
    rounded_card(img, cx, round(h * 0.35), cw, h, max(3, cw // 4), (40, 40, 70))
    cv2.rectangle(img, (cx + cw // 3, round(h * 0.4)), (cx + cw // 3 + max(2, cw // 8), h), glow, -1)
    return img


def esports_arena(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An esports arena before a match: a dark hall, beams of coloured light slanting down from the
    roof, a giant screen hung over the stage with a game's map on it (pale corridors on a dark floor,
    two sites' letters), two teams' booths on the stage (glass fronts over desks with rows of
    monitors' backs), the empty seats in dark rows toward the foot."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (50, 30, 40), (30, 25, 30))
    beams = img.copy()
    for _ in range(rng.randrange(3, 6)):
        x0 = rng.randrange(w)
        colour = rng.choice(((230, 120, 60), (200, 60, 200), (60, 200, 230), (230, 230, 230)))
        shaft = [
            (x0, 0),
            (x0 + max(3, w // 30), 0),
            (x0 + rng.randrange(-w // 3, w // 3) + w // 8, h),
            (x0 + rng.randrange(-w // 3, w // 3), h),
        ]
        cv2.fillPoly(beams, [np.array(shaft, np.int32)], colour)
    img = cv2.addWeighted(img, 0.8, beams, 0.2, 0)
    sw, sh = round(w * rng.uniform(0.45, 0.6)), round(h * rng.uniform(0.2, 0.28))
    sx, sy = (w - sw) // 2, round(h * 0.06)
    cv2.rectangle(img, (sx - 3, sy - 3), (sx + sw + 3, sy + sh + 3), (20, 20, 20), -1)
    cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (60, 55, 50), -1)
    for _ in range(rng.randrange(4, 8)):
        if rng.random() < 0.5:
            yy = sy + rng.randrange(sh)
            cv2.rectangle(
                img,
                (sx + rng.randrange(sw // 2), yy),
                (sx + sw - rng.randrange(sw // 3), yy + max(2, sh // 10)),
                (130, 140, 150),
                -1,
            )
        else:
            xx = sx + rng.randrange(sw)
            cv2.rectangle(
                img,
                (xx, sy + rng.randrange(sh // 2)),
                (xx + max(2, sw // 20), sy + sh - rng.randrange(sh // 3)),
                (130, 140, 150),
                -1,
            )
    for k, letter in enumerate("AB"):
        lx = sx + sw // 5 + k * sw * 3 // 5
        cv2.putText(
            img,
            letter,
            (lx, sy + sh * 2 // 3),
            cv2.FONT_HERSHEY_SIMPLEX,
            max(0.3, sh / 80),
            (60, 200, 240),
            max(1, sh // 40),
            cv2.LINE_AA,
        )
    stage = round(h * rng.uniform(0.5, 0.58))
    cv2.rectangle(img, (0, stage), (w, stage + max(4, h // 12)), (70, 60, 60), -1)
    for k in range(2):
        bw = round(w * 0.34)
        bx = round(w * 0.08) + k * round(w * 0.5)
        top = stage - round(h * 0.16)
        booth = np.zeros_like(img)
        cv2.rectangle(booth, (bx, top), (bx + bw, stage), SIDES[k], -1)
        img = cv2.addWeighted(img, 1.0, booth, 0.35, 0)
        cv2.rectangle(img, (bx, top), (bx + bw, stage), tone(SIDES[k], 30), max(1, w // 200))
        for m in range(5):
            mx = bx + max(2, bw // 12) + m * bw // 5
            cv2.rectangle(
                img,
                (mx, stage - max(4, h // 18)),
                (mx + max(3, bw // 7), stage - max(2, h // 60)),
                (25, 25, 25),
                -1,
            )
    for r in range(3):
        ry = stage + max(4, h // 12) + max(6, h // 16) * (r + 1)
        step = max(4, w // 18)
        for x in range(rng.randrange(step), w, step):
            rounded_card(img, x, ry, step - max(1, step // 5), max(3, h // 25), 2, (45, 35, 60))
    return img


def council_chamber(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A council chamber, empty: oak panels with their joints, the borough's crest (a shield with a
    chevron and a star over it, ``crest``) on the back wall over the chair's high-backed seat, the
    members' desks curving round in a horseshoe of two tiers with green leather seats behind them,
    a microphone on a thin stalk at some places, a carpet of one colour."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = round(h * rng.uniform(0.38, 0.46))
    gradient(img, (0, 0, w, wall), (60, 95, 140), (45, 75, 110))
    for x in range(rng.randrange(max(4, w // 10)), w, max(4, w // 10)):
        cv2.line(img, (x, 0), (x, wall), (40, 60, 90), max(1, w // 200))
    carpet = rng.choice(((50, 50, 130), (90, 60, 40), (60, 90, 60)))
    gradient(img, (0, wall, w, h), tone(carpet, 20), tone(carpet, -20))
    cw = max(8, w // 9)
    crest(img, w // 2 - cw // 2, round(wall * 0.12), cw, round(cw * 1.2), COUNCIL)
    cv2.rectangle(
        img, (w // 2 - cw // 2, wall - round(h * 0.16)), (w // 2 + cw // 2, wall), (40, 60, 110), -1
    )
    centre = (w // 2, round(h * 0.42))
    for k, (ax, ay) in enumerate(((0.44, 0.44), (0.3, 0.3))):
        axes = (round(w * ax), round(h * ay))
        t = max(3, h // 25)
        for a in range(10, 171, 8):
            rad = math.radians(a)
            px = centre[0] + (axes[0] + t) * math.cos(rad)
            py = centre[1] + (axes[1] + t) * math.sin(rad)
            sw = max(3, w // 60)
            cv2.rectangle(
                img, (round(px) - sw, round(py) - sw), (round(px) + sw, round(py) + sw), (50, 90, 40), -1
            )
        cv2.ellipse(img, centre, axes, 0, 5, 175, (40, 80, 130), t, cv2.LINE_AA)
        for a in range(20 + k * 6, 161, 28):
            rad = math.radians(a)
            px = round(centre[0] + axes[0] * math.cos(rad))
            py = round(centre[1] + axes[1] * math.sin(rad))
            cv2.line(
                img, (px, py - t // 2), (px + max(2, w // 80), py - t // 2 - max(4, h // 18)), (30, 30, 30), 1
            )
    return img


def plan_boards(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A consultation's exhibition in a hall: pale walls, three to five display boards on easel legs,
    each with a site plan (blocks of buildings, a green, roads) or a bar chart under a title strip,
    a table with a model's white blocks on it, a parquet floor."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.7, 0.78))
    gradient(img, (0, 0, w, floor), (225, 230, 230), (200, 210, 210))
    gradient(img, (0, floor, w, h), (80, 120, 160), (60, 95, 130))
    for x in range(0, w, max(4, w // 24)):
        cv2.line(img, (x, floor), (x - max(2, w // 40), h), (55, 85, 120), 1)
    n = rng.randrange(3, 6)
    bw = w // (n + 1)
    for k in range(n):
        bx = k * w // n + (w // n - bw) // 2
        top, bh = round(h * rng.uniform(0.12, 0.2)), round(h * 0.42)
        for d in (0.2, 0.8):
            cv2.line(
                img,
                (bx + round(bw * d), top + bh),
                (bx + round(bw * d) + rng.choice((-1, 1)) * max(1, w // 80), floor + max(2, h // 30)),
                (60, 60, 70),
                max(1, w // 150),
            )
        cv2.rectangle(img, (bx, top), (bx + bw, top + bh), (245, 245, 245), -1)
        cv2.rectangle(img, (bx, top), (bx + bw, top + max(3, bh // 8)), COUNCIL, -1)
        inner = (
            bx + max(2, bw // 12),
            top + bh // 6,
            bx + bw - max(2, bw // 12),
            top + bh - max(2, bh // 12),
        )
        if rng.random() < 0.6:
            cv2.rectangle(img, inner[:2], inner[2:], (200, 215, 205), -1)
            cv2.line(
                img,
                (inner[0], (inner[1] + inner[3]) // 2),
                (inner[2], (inner[1] + inner[3]) // 2 + rng.randrange(-5, 6)),
                (170, 170, 175),
                max(1, bw // 20),
            )
            for _ in range(rng.randrange(3, 7)):
                qx = rng.randrange(inner[0], max(inner[0] + 1, inner[2] - bw // 6))
                qy = rng.randrange(inner[1], max(inner[1] + 1, inner[3] - bh // 8))
                cv2.rectangle(
                    img,
                    (qx, qy),
                    (qx + max(2, bw // 7), qy + max(2, bh // 9)),
                    rng.choice(((150, 160, 200), (120, 120, 130), (110, 170, 110))),
                    -1,
                )
        else:
            bars = rng.randrange(3, 6)
            step = (inner[2] - inner[0]) // bars
            for b in range(bars):
                bt = inner[3] - rng.randrange(max(2, (inner[3] - inner[1]) // 5), max(3, inner[3] - inner[1]))
                cv2.rectangle(
                    img,
                    (inner[0] + b * step + 1, bt),
                    (inner[0] + (b + 1) * step - 2, inner[3]),
                    rng.choice(((40, 120, 200), COUNCIL, (60, 150, 60))),
                    -1,
                )
    tx, tw = round(w * rng.uniform(0.2, 0.5)), round(w * 0.35)
    ty = floor - round(h * 0.06)
    cv2.rectangle(img, (tx, ty), (tx + tw, ty + max(3, h // 30)), (70, 90, 110), -1)
    for _ in range(rng.randrange(4, 9)):
        mx, mh = tx + rng.randrange(max(1, tw - tw // 8)), rng.randrange(max(3, h // 40), max(4, h // 12))
        cv2.rectangle(img, (mx, ty - mh), (mx + max(3, tw // 10), ty), (235, 235, 235), -1)
        cv2.rectangle(img, (mx, ty - mh), (mx + max(3, tw // 10), ty), (170, 170, 170), 1)
    return img


def river_reach(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A reach of a river in the morning: a pale sky, the far bank's trees as a ragged dark green
    line with a boathouse on it (a long low shed, wide doors, a pitched roof), the water with pale
    ripple strokes, a rowing shell crossing it (a long thin hull, its oars as fine lines out to both
    sides), orange marker buoys as small cones in a line."""
    img = np.zeros((h, w, 3), np.uint8)
    bank = round(h * rng.uniform(0.38, 0.48))
    gradient(img, (0, 0, w, bank), (230, 215, 190), (220, 225, 225))
    pts = [(0, bank)]
    for i in range(25):
        pts.append((round(w * i / 24), bank - round(h * rng.uniform(0.06, 0.16))))
    pts.append((w, bank))
    cv2.fillPoly(img, [np.array(pts, np.int32)], (50, 90, 55))
    hx, hw = rng.randrange(0, max(1, w * 2 // 3)), max(8, w // 4)
    hh = max(4, h // 9)
    cv2.rectangle(img, (hx, bank - hh), (hx + hw, bank), (70, 110, 150), -1)
    roof = [(hx - 2, bank - hh), (hx + hw // 2, bank - hh - max(3, h // 16)), (hx + hw + 2, bank - hh)]
    cv2.fillPoly(img, [np.array(roof, np.int32)], (60, 60, 120))
    for k in range(3):
        dx = hx + max(2, hw // 12) + k * hw // 3
        cv2.rectangle(img, (dx, bank - hh * 2 // 3), (dx + hw // 4, bank), (40, 50, 60), -1)
    gradient(img, (0, bank, w, h), (150, 130, 100), (110, 100, 80))
    for _ in range(max(6, w * h // 2500)):
        rx, ry = rng.randrange(w), rng.randrange(bank + 2, h)
        cv2.line(img, (rx, ry), (rx + rng.randrange(3, max(4, w // 8)), ry), (190, 175, 150), 1)
    sy = round(bank + (h - bank) * rng.uniform(0.35, 0.6))
    sx, sl = rng.randrange(0, max(1, w // 4)), round(w * rng.uniform(0.45, 0.7))
    hull = [
        (sx, sy),
        (sx + sl // 8, sy - max(2, h // 70)),
        (sx + sl - sl // 8, sy - max(2, h // 70)),
        (sx + sl, sy),
        (sx + sl - sl // 8, sy + max(2, h // 70)),
        (sx + sl // 8, sy + max(2, h // 70)),
    ]
    cv2.fillPoly(img, [np.array(hull, np.int32)], (235, 235, 235), cv2.LINE_AA)
    for k in range(rng.choice((2, 4, 8))):
        ox = sx + sl // 6 + k * (sl * 2 // 3) // 8
        for d in (-1, 1):
            cv2.line(
                img, (ox, sy), (ox - max(2, w // 40), sy + d * max(4, h // 10)), (60, 60, 60), 1, cv2.LINE_AA
            )
    by = round(bank + (h - bank) * rng.uniform(0.75, 0.9))
    for x in range(rng.randrange(max(4, w // 10)), w, max(6, w // 6)):
        r = max(2, w // 80)
        cone = [(x, by - 2 * r), (x + r, by), (x - r, by)]
        cv2.fillPoly(img, [np.array(cone, np.int32)], (30, 120, 240))
    return img


def boat_bay(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Inside a boathouse: a concrete floor, the back wall with racks in three or four tiers, boats
    on them upside down (long, thin, pointed at both ends; white, yellow or varnished wood), oars
    standing in a rack with their blades painted in a club's colours, the bay's open door bright at
    one side."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.8, 0.86))
    gradient(img, (0, 0, w, floor), (120, 130, 135), (95, 105, 110))
    gradient(img, (0, floor, w, h), (150, 150, 145), (120, 120, 118))
    door = rng.choice((0, w - w // 4))
    gradient(img, (door, round(h * 0.1), door + w // 4, floor), (240, 245, 245), (200, 220, 215))
    tiers = rng.randrange(3, 5)
    rack_x = (
        (w // 4 + max(2, w // 40), w - max(2, w // 40))
        if door == 0
        else (max(2, w // 40), w - w // 4 - max(2, w // 40))
    )
    for t in range(tiers):
        ty = round(h * (0.15 + 0.6 * t / tiers))
        cv2.rectangle(
            img, (rack_x[0], ty + max(2, h // 40)), (rack_x[1], ty + max(3, h // 30)), (60, 60, 60), -1
        )
        x, end = rack_x[0], rack_x[1]
        colour = rng.choice(((235, 235, 235), (60, 200, 230), (70, 120, 170)))
        length = end - x
        hull = [
            (x, ty + max(2, h // 40)),
            (x + length // 6, ty),
            (x + length - length // 6, ty),
            (end, ty + max(2, h // 40)),
        ]
        cv2.fillPoly(img, [np.array(hull, np.int32)], colour, cv2.LINE_AA)
        cv2.line(img, (x + length // 6, ty + 1), (x + length - length // 6, ty + 1), tone(colour, -40), 1)
    blade = rng.choice(BLADES)
    ox = rack_x[0] + max(4, w // 20) if door != 0 else rack_x[1] - max(4, w // 4)
    for k in range(rng.randrange(3, 7)):
        x = ox + k * max(3, w // 30)
        cv2.line(img, (x, floor), (x + max(2, w // 60), round(h * 0.55)), (200, 210, 220), max(1, w // 200))
        tip = [
            (x + max(2, w // 60), round(h * 0.55)),
            (x + max(4, w // 30), round(h * 0.5)),
            (x + max(4, w // 30), round(h * 0.4)),
            (x + max(2, w // 60), round(h * 0.42)),
        ]
        cv2.fillPoly(img, [np.array(tip, np.int32)], blade, cv2.LINE_AA)
    return img


def cafe_corner(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cafe's corner on a conversation night: a warm wall, a chalkboard with the evening's menu in
    chalk strokes, bunting of small triangular flags strung across the top in loops, a shelf of
    book spines, a pendant lamp's cone of light, a potted plant."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (120, 170, 210), (90, 135, 175))
    bx, bw = rng.randrange(max(1, w // 12), max(2, w // 3)), round(w * 0.34)
    by, bh = round(h * 0.22), round(h * 0.42)
    cv2.rectangle(img, (bx - 3, by - 3), (bx + bw + 3, by + bh + 3), (50, 80, 120), -1)
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), (50, 55, 50), -1)
    scribbles(img, rng, (bx, by, bw, bh), (0.4, 0.85), (210, 215, 215), max(1, h // 200))
    loops = rng.randrange(2, 4)
    for k in range(loops):
        x1, x2 = k * w // loops, (k + 1) * w // loops
        for i in range(7):
            t = (i + 0.5) / 7
            fx = round(x1 + (x2 - x1) * t)
            fy = round(h * 0.04 + h * 0.08 * math.sin(math.pi * t))
            s = max(3, w // 40)
            tri = [(fx - s, fy), (fx + s, fy), (fx, fy + 2 * s)]
            cv2.fillPoly(
                img,
                [np.array(tri, np.int32)],
                rng.choice(((40, 40, 200), (200, 140, 40), (40, 200, 230), (60, 160, 60))),
            )
        cv2.line(img, (x1, round(h * 0.04)), (x2, round(h * 0.04)), (60, 60, 60), 1)
    sy = round(h * 0.72)
    sx = bx + bw + max(6, w // 12) if bx + bw + w // 3 < w else max(2, w // 30)
    cv2.rectangle(img, (sx, sy), (sx + w // 3, sy + max(2, h // 50)), (50, 80, 110), -1)
    x = sx
    while x < sx + w // 3 - 4:
        bw2 = max(2, w // rng.randrange(50, 90))
        bh2 = round(h * rng.uniform(0.08, 0.14))
        cv2.rectangle(img, (x, sy - bh2), (x + bw2, sy), random_colour(rng, 40, 200), -1)
        x += bw2 + 1
    lx = rng.randrange(w // 3, max(w // 3 + 1, w * 3 // 4))
    cv2.line(img, (lx, 0), (lx, round(h * 0.25)), (40, 40, 40), 1)
    light = img.copy()
    cone = [
        (lx - max(3, w // 30), round(h * 0.28)),
        (lx + max(3, w // 30), round(h * 0.28)),
        (lx + w // 5, h),
        (lx - w // 5, h),
    ]
    cv2.fillPoly(light, [np.array(cone, np.int32)], (170, 230, 250))
    img = cv2.addWeighted(img, 0.75, light, 0.25, 0)
    shade = [
        (lx - max(3, w // 30), round(h * 0.28)),
        (lx + max(3, w // 30), round(h * 0.28)),
        (lx + max(2, w // 60), round(h * 0.24)),
        (lx - max(2, w // 60), round(h * 0.24)),
    ]
    cv2.fillPoly(img, [np.array(shade, np.int32)], (40, 60, 40))
    px = rng.choice((max(2, w // 20), w - max(8, w // 6)))
    cv2.rectangle(img, (px, round(h * 0.85)), (px + max(6, w // 10), h), (50, 90, 150), -1)
    for _ in range(rng.randrange(5, 9)):
        a = rng.uniform(-2.6, -0.5)
        lx2 = px + max(3, w // 20) + round(math.cos(a) * h * 0.12)
        ly2 = round(h * 0.85 + math.sin(a) * h * 0.12)
        cv2.line(img, (px + max(3, w // 20), round(h * 0.85)), (lx2, ly2), (50, 130, 60), max(1, w // 60))
    return img


def phrasebook(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A phrasebook lying open on a table: two cream pages with the gutter's shadow between them,
    lines of text as thin grey bars, some highlighted in yellow or green, a word list in two columns
    on the right page, a small striped flag in the left page's corner, coloured index tabs along the
    right page's edge, a pencil lying across at a slant."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (60, 100, 140), (45, 80, 115))
    px, py, pw, ph = max(3, w // 14), max(3, h // 12), w - 2 * max(3, w // 14), h - 2 * max(3, h // 12)
    cv2.rectangle(img, (px, py), (px + pw, py + ph), (205, 230, 240), -1)
    mid = px + pw // 2
    gradient(img, (mid - max(2, pw // 30), py, mid, py + ph), (205, 230, 240), (150, 170, 180), False)
    gradient(img, (mid, py, mid + max(2, pw // 30), py + ph), (150, 170, 180), (205, 230, 240), False)
    step = max(3, ph // 14)
    for k, x0 in enumerate((px + max(3, pw // 20), mid + max(3, pw // 20))):
        half = pw // 2 - 2 * max(3, pw // 20)
        for yy in range(py + step * 2, py + ph - step, step):
            if k == 1 and rng.random() < 0.5:
                for col in range(2):
                    cx = x0 + col * half // 2
                    cv2.line(img, (cx, yy), (cx + round(half * rng.uniform(0.2, 0.4)), yy), (90, 90, 95), 1)
                continue
            end = x0 + round(half * rng.uniform(0.5, 1.0))
            if rng.random() < 0.15:
                cv2.rectangle(
                    img,
                    (x0, yy - max(1, step // 3)),
                    (end, yy + max(1, step // 4)),
                    rng.choice(((90, 240, 250), (150, 240, 170))),
                    -1,
                )
            cv2.line(img, (x0, yy), (end, yy), (90, 90, 95), 1)
    fw, fh = max(4, pw // 10), max(3, ph // 12)
    for k, colour in enumerate(rng.choice(H52.FLAGS)):
        cv2.rectangle(
            img,
            (px + max(2, pw // 40), py + max(2, ph // 40) + k * fh // 3),
            (px + max(2, pw // 40) + fw, py + max(2, ph // 40) + (k + 1) * fh // 3),
            colour,
            -1,
        )
    for k in range(rng.randrange(3, 6)):
        ty = py + max(3, ph // 10) + k * max(4, ph // 6)
        cv2.rectangle(
            img,
            (px + pw, ty),
            (px + pw + max(2, w // 40), ty + max(3, ph // 9)),
            random_colour(rng, 60, 230),
            -1,
        )
    a = rng.uniform(-0.5, 0.5)
    cx, cy, length = w // 2 + rng.randrange(-w // 6, w // 6 + 1), h // 2, w * 0.6
    p1 = (round(cx - math.cos(a) * length / 2), round(cy - math.sin(a) * length / 2))
    p2 = (round(cx + math.cos(a) * length / 2), round(cy + math.sin(a) * length / 2))
    cv2.line(img, p1, p2, (40, 180, 230), max(2, w // 50), cv2.LINE_AA)
    cv2.line(
        img,
        p2,
        (round(p2[0] + math.cos(a) * w // 25), round(p2[1] + math.sin(a) * w // 25)),
        (60, 60, 70),
        max(1, w // 90),
        cv2.LINE_AA,
    )
    return img


RENDERS: tuple[H11.Render, ...] = (
    gaming_desk,
    esports_arena,
    council_chamber,
    plan_boards,
    river_reach,
    boat_bay,
    cafe_corner,
    phrasebook,
)
ARENA: tuple[H11.Render, ...] = (esports_arena, esports_arena, gaming_desk)  # a player of the week
CHAMBER: tuple[H11.Render, ...] = (council_chamber,)  # the members
HALL: tuple[H11.Render, ...] = (plan_boards, plan_boards, council_chamber)  # a consultation's drop-in
RIVER: tuple[H11.Render, ...] = (river_reach, river_reach, boat_bay)  # paddlers
CAFE: tuple[H11.Render, ...] = (cafe_corner,)  # a language partner


@dataclass
class Cast(H60.Cast):
    """heldout60's cast (heldout59's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h61-, whose drawn things are this set's: a gaming desk, an
    esports arena, a council chamber, a consultation's display boards, a reach of a river, the inside
    of a boathouse, a cafe's corner, an open phrasebook."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h61-" + super().kind(layout).removeprefix("h60-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def controller_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A gamer in a match: a violet disc with a white gamepad (a wide rounded body with a dark cross
    at its left and a dark diamond at its right)."""
    H59.disc_badge(img, c, r, rim, CLAN)
    w, h = r * 14 // 10, max(3, r * 7 // 10)
    pill(img, c[0] - w // 2, c[1] - h // 2, w, h, WHITE)
    t, k = max(1, r // 8), max(2, r // 4)
    lx = c[0] - w // 4
    cv2.line(img, (lx - k, c[1]), (lx + k, c[1]), CLAN, t)
    cv2.line(img, (lx, c[1] - k), (lx, c[1] + k), CLAN, t)
    rx = c[0] + w // 4
    diamond = np.array([(rx, c[1] - k), (rx + k, c[1]), (rx, c[1] + k), (rx - k, c[1])], np.int32)
    cv2.fillPoly(img, [diamond], CLAN)


def gavel_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A council's badge: a navy disc with a white gavel (its head a slanted block, the handle a
    line down to the right) over a block."""
    H59.disc_badge(img, c, r, rim, COUNCIL)
    t = max(1, r // 6)
    cv2.line(
        img,
        (c[0] - r // 6, c[1] - r // 6),
        (c[0] + r * 45 // 100, c[1] + r * 35 // 100),
        WHITE,
        t,
        cv2.LINE_AA,
    )
    head = cv2.boxPoints(((c[0] - r * 22 // 100, c[1] - r * 22 // 100), (r * 0.7, r * 0.32), 45.0))
    cv2.fillPoly(img, [head.astype(np.int32)], WHITE, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r // 2, c[1] + r * 45 // 100), (c[0] + r // 6, c[1] + r * 6 // 10), WHITE, -1)


def paddle_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A trip leader's badge: an orange disc with a white canoe paddle slanting across it (a shaft, a
    grip at its top, a long blade at its foot)."""
    H59.disc_badge(img, c, r, rim, PADDLE)
    t = max(1, r // 7)
    top, foot = (c[0] - r * 4 // 10, c[1] - r * 6 // 10), (c[0] + r * 15 // 100, c[1] + r * 15 // 100)
    cv2.line(img, top, foot, WHITE, t, cv2.LINE_AA)
    cv2.line(
        img, (top[0] - r // 6, top[1] + r // 10), (top[0] + r // 10, top[1] - r // 8), WHITE, t, cv2.LINE_AA
    )
    blade = cv2.boxPoints(((c[0] + r * 28 // 100, c[1] + r * 32 // 100), (r * 0.26, r * 0.6), -35.0))
    cv2.fillPoly(img, [blade.astype(np.int32)], WHITE, cv2.LINE_AA)


def speech_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A conversation table's host: a teal disc with a white speech bubble (a rounded block and its
    tail)."""
    H59.disc_badge(img, c, r, rim, TANDEM)
    w, h = r * 12 // 10, r * 8 // 10
    rounded_card(img, c[0] - w // 2, c[1] - h // 2 - r // 8, w, h, max(1, r // 5), WHITE)
    tail = np.array(
        [
            (c[0] - w // 4, c[1] + h // 2 - r // 8 - 1),
            (c[0], c[1] + h // 2 - r // 8 - 1),
            (c[0] - w // 3, c[1] + r // 2),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [tail], WHITE)


def oar_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A coach's badge: a dark blue disc with two white oars crossed (shafts with square blades at
    their feet)."""
    H59.disc_badge(img, c, r, rim, ROWING)
    t, k = max(1, r // 8), r * 6 // 10
    for d in (-1, 1):
        cv2.line(img, (c[0] - d * k, c[1] - k), (c[0] + d * k // 2, c[1] + k // 2), WHITE, t, cv2.LINE_AA)
        bx, by = c[0] + d * k // 2, c[1] + k // 2
        cv2.rectangle(img, (bx - max(1, r // 6), by), (bx + max(1, r // 6), by + max(2, r // 3)), WHITE, -1)


def crest(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour) -> None:
    """A crest at (x, y), w x h (a clan's, a borough's; never a face): a shield (a flat top, the sides
    running in to a point at the foot) of ``colour`` in a white edge, a white chevron across it and a
    star over the chevron."""
    outer = np.array([(x, y), (x + w, y), (x + w, y + h * 0.55), (x + w / 2, y + h), (x, y + h * 0.55)])
    cv2.fillPoly(img, [outer.astype(np.int32)], WHITE, cv2.LINE_AA)
    e = max(2, w // 14)
    inner = np.array(
        [
            (x + e, y + e),
            (x + w - e, y + e),
            (x + w - e, y + h * 0.55),
            (x + w / 2, y + h - 1.6 * e),
            (x + e, y + h * 0.55),
        ]
    )
    cv2.fillPoly(img, [inner.astype(np.int32)], colour, cv2.LINE_AA)
    chevron = np.array(
        [(x + w * 0.2, y + h * 0.66), (x + w * 0.5, y + h * 0.44), (x + w * 0.8, y + h * 0.66)]
    )
    cv2.polylines(img, [chevron.astype(np.int32)], False, WHITE, max(2, w // 10), cv2.LINE_AA)
    star(img, (x + w // 2, y + round(h * 0.24)), max(3, w // 7), WHITE)


def weapon_glyph(img: np.ndarray, x: int, y: int, w: int, colour: Colour) -> None:
    """A rifle's side view in the kill feed at (x, y), ``w`` wide and a third of that high (never a
    face): the stock, the body, the magazine slanting down, the barrel and a sight on top."""
    h = w // 4
    stock = np.array(
        [(x, y + h * 0.4), (x + w * 0.25, y + h * 0.3), (x + w * 0.25, y + h * 0.85), (x, y + h)]
    )
    cv2.fillPoly(img, [stock.astype(np.int32)], colour, cv2.LINE_AA)
    cv2.rectangle(img, (x + w // 4, y + h // 4), (x + w * 65 // 100, y + h * 7 // 10), colour, -1)
    mag = np.array(
        [
            (x + w * 0.45, y + h * 0.7),
            (x + w * 0.56, y + h * 0.7),
            (x + w * 0.52, y + h * 1.3),
            (x + w * 0.42, y + h * 1.25),
        ]
    )
    cv2.fillPoly(img, [mag.astype(np.int32)], colour, cv2.LINE_AA)
    cv2.rectangle(img, (x + w * 65 // 100, y + h * 35 // 100), (x + w - 1, y + h // 2), colour, -1)
    cv2.rectangle(img, (x + w * 4 // 10, y), (x + w * 55 // 100, y + h // 4), colour, -1)


def hex_corners(c: tuple[float, float], r: float) -> np.ndarray:
    """The six corners of a pointy-topped hexagon round ``c``, ``r`` from it (a territory, a radar's
    ring)."""
    return np.array(
        [
            (c[0] + r * math.cos(math.radians(a)), c[1] + r * math.sin(math.radians(a)))
            for a in range(-90, 270, 60)
        ]
    )


def hex_avatar(
    cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, rim: Colour | None = None
) -> None:
    """A face of ``fp`` px in a pointy-topped hexagon ``side`` px wide at (x, y) (heldout26's
    ``hexagon``; heldout2's looks: turned, grey or on a dark backdrop on some), in a rim of ``rim``
    drawn before it when given; on a face-free cast a thing in the hexagon."""
    m = H26.hexagon(side, side)
    if rim is not None:
        t = max(3, side // 12)
        fill(s.img, H26.hexagon(side + 2 * t, side + 2 * t), x - t, y - t, rim)
    if not cast.photos:
        cast.thing(s, x, y, side, side, m)
        return
    p, f = HO._face(cast.photos, cast.rng)
    tile, faces = C.avatar(p, f, max(18.3, fp), side, look(cast.rng, "square"), cast.rng, cast.min_visible)
    s.paste(tile, faces, x, y, m, cast.min_visible)


def colour_blind(part: np.ndarray) -> np.ndarray:
    """A game's colour-blind mode (for red-green blindness): red and green drawn toward one yellowish
    hue, blue kept (each pixel through a fixed matrix whose rows add up to one, so white stays
    white); faces stay counted, yellowed and light."""
    m = np.array(((0.7, 0.3, 0.0), (0.0, 0.3, 0.7), (0.0, 0.375, 0.625)), np.float32)  # BGR to BGR
    return np.clip(part.astype(np.float32) @ m.T, 0, 255).astype(np.uint8)


def neon(level: float) -> Fn:
    """An arena's coloured stage lights over a photo: a magenta cast on its left shading into a cyan
    one on its right, ``level`` (0.3-0.6) of the way; faces stay counted, tinted and light."""

    def look_at(part: np.ndarray) -> np.ndarray:
        t = np.linspace(0, 1, part.shape[1], dtype=np.float32)[None, :, None]
        tint = (1 - t) * np.array((250, 80, 250), np.float32) + t * np.array((250, 240, 80), np.float32)
        return np.clip(part * (1 - 0.35 * level) + tint * 0.35 * level, 0, 255).astype(np.uint8)

    return look_at


def mist(level: float) -> Fn:
    """Morning mist on a river over a photo: each row blended toward a pale blue-grey, ``level``
    (0.25-0.5) of the way at the top and a third of that at the foot; faces stay counted, paler."""
    haze = np.array((225, 220, 210), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        a = np.linspace(level, level / 3, part.shape[0], dtype=np.float32)[:, None, None]
        return np.clip(part * (1 - a) + haze * a, 0, 255).astype(np.uint8)

    return look_at


def projector(level: float) -> Fn:
    """A chamber lit by its projector and screens over a photo: blue lifted, red cut by up to 0.2
    ``level`` and everything a little darker; faces stay counted, cool and light."""
    k = np.array((1.0, 1 - 0.06 * level, 1 - 0.2 * level), np.float32) * (1 - 0.06 * level)
    add = np.array((18 * level, 6 * level, 0), np.float32)
    return lambda part: np.clip(part * k + add, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Parts: a match's live page, a clan's hub and a player of the week.
# ----------------------------------------------------------------------------------------------


def button_or_tag(s: Screen, y: int, closed: bool, words: tuple[str, str], colour: Colour, w: int) -> None:
    """A row's action at the right from ``y``: the first of ``words`` on an outlined button of
    ``colour`` ``w`` px wide or, when ``closed``, the second on a grey tag (never a face)."""
    if closed:
        tag(s.img, WIDTH - 40 - w, y + 30, words[1], (110, 110, 110), 34)
    else:
        outlined(s.img, WIDTH - 40 - w, y + 26, w, 48, colour, s.bg)
        note(s.img, words[0], (WIDTH - 20 - w, y + 58), 0.5, colour, 2)


def series_header(s: Screen, rng: random.Random, y: int) -> int:
    """The series on a card (no faces): the two teams' logos (heldout52's ``team_logo``) with their
    names under them, the maps won as large digits between them, the map being played on a chip,
    "LIVE" on a red tag and the round. Returns its height with the gap under it (220 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 200, 20, off(s.bg, 10))
    for k, team in enumerate(rng.sample(ESPORTS_TEAMS, 2)):
        cx = 140 if k == 0 else WIDTH - 140
        H52.team_logo(img, rng, (cx, y + 84), 46, SIDES[k])
        note(img, team, (cx - 60, y + 172), 0.52, s.fg, 2)
    note(img, f"{rng.randrange(0, 3)} : {rng.randrange(0, 3)}", (WIDTH // 2 - 84, y + 110), 1.8, s.fg, 3)
    pill(img, WIDTH // 2 - 90, y + 136, 180, 40, off(s.bg, 30))
    note(img, rng.choice(MAPS), (WIDTH // 2 - 54, y + 164), 0.5, s.fg, 2)
    tag(img, WIDTH // 2 - 80, y + 14, "LIVE", RED, 30)
    note(img, f"Round {rng.randrange(1, 25)}", (WIDTH // 2, y + 38), 0.46, GREY, 2)
    return 220


MAP_CELL = 84  # a minimap's cell: one player at most in each


def minimap(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The round's minimap on a card: a dark floor with the lanes as paler corridors, the two sites
    lettered, each side's spawn tinted its colour; the ten players where they stand, one to a cell of
    84 px (eleven by four): the living as round 18-22 px faces (one size for all) in rims of their
    side's colour, each with a pale wedge of where they look drawn first (a later wedge may cover an
    earlier face's edge), the dead (a fifth) as crosses of their colour. Returns its height with the
    gap under it (460 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 440, 20, off(s.bg, 10))
    x0, y0, mw, mh = 44, y + 20, WIDTH - 88, 400
    cv2.rectangle(img, (x0, y0), (x0 + mw, y0 + mh), (50, 55, 60), -1)
    for k in range(2):
        cv2.rectangle(
            img, (x0 + k * (mw - 90), y0), (x0 + 90 + k * (mw - 90), y0 + mh), tone(SIDES[k], -90), -1
        )
    for _ in range(rng.randrange(6, 10)):
        if rng.random() < 0.5:
            cy = y0 + rng.randrange(20, mh - 40)
            cv2.rectangle(
                img,
                (x0 + rng.randrange(0, mw // 3), cy),
                (x0 + mw - rng.randrange(0, mw // 3), cy + 40),
                (95, 100, 105),
                -1,
            )
        else:
            cx = x0 + rng.randrange(60, mw - 100)
            cv2.rectangle(
                img,
                (cx, y0 + rng.randrange(0, mh // 3)),
                (cx + 44, y0 + mh - rng.randrange(0, mh // 3)),
                (95, 100, 105),
                -1,
            )
    for k, letter in enumerate("AB"):
        lx, ly = x0 + mw // 4 + k * mw // 2 + rng.randrange(-60, 61), y0 + rng.randrange(60, mh - 40)
        cv2.rectangle(img, (lx - 28, ly - 40), (lx + 28, ly + 12), (70, 140, 200), 2)
        note(img, letter, (lx - 12, ly), 0.9, (70, 140, 200), 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    cols, rows = mw // MAP_CELL, mh // MAP_CELL
    for k, cell in enumerate(rng.sample(range(cols * rows), 10)):
        colour = SIDES[k // 5]
        cx = x0 + (cell % cols) * MAP_CELL + MAP_CELL // 2 + rng.randrange(-10, 11)
        cy = y0 + (cell // cols) * MAP_CELL + MAP_CELL // 2 + rng.randrange(-10, 11)
        if rng.random() < 0.2:
            cv2.line(img, (cx - 10, cy - 10), (cx + 10, cy + 10), colour, 4)
            cv2.line(img, (cx - 10, cy + 10), (cx + 10, cy - 10), colour, 4)
            continue
        facing = rng.uniform(0, 360)
        cv2.ellipse(img, (cx, cy), (side + 16, side + 16), facing, -25, 25, (150, 160, 165), -1, cv2.LINE_AA)
        cast.avatar(s, cx - side // 2, cy - side // 2, fp, side, "circle", colour)
    return 460


FEED_ROW = 52  # a line of the kill feed


def kill_feed(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The kill feed on a card: four to six lines 52 px apart, each the killer's 18-22 px face in a
    square with an edge of their side's colour, the name, the weapon (``weapon_glyph``) and a
    headshot's diamond on some, then the victim's face of the same size in grey (heldout10's
    ``greyed``: counted as it looks) and name; one size for the feed. Returns its height with the
    gap under it (90 + n * 52)."""
    img = s.img
    n = rng.randrange(4, 7)
    rounded_card(img, 20, y, WIDTH - 40, 70 + n * FEED_ROW, 18, off(s.bg, 10))
    note(img, "Kill feed", (44, y + 40), 0.56, s.fg, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for k in range(n):
        ly = y + 56 + k * FEED_ROW
        first = rng.randrange(2)
        for j, x in enumerate((60, 620)):
            colour = SIDES[first ^ j]
            top = ly + (FEED_ROW - side) // 2
            cast.avatar(s, x, top, fp, side, "square", colour)
            if j:
                H10.redrawn(s, (x, top, x + side, top + side), H10.greyed)
            note(img, rng.choice(GAMER_TAGS), (x + side + 14, ly + 34), 0.46, s.fg, 2)
        weapon_glyph(img, 400, ly + 14, 100, s.fg)
        if rng.random() < 0.3:
            d = np.array([(540, ly + 18), (550, ly + 28), (540, ly + 38), (530, ly + 28)], np.int32)
            cv2.fillPoly(img, [d], RED)
    return 90 + n * FEED_ROW


def player_row(cast: Cast, rng: random.Random, s: Screen, y: int, k: int, best: bool) -> int:
    """A player's line on the scoreboard: their side's colour as a stripe at the left (the first five
    lines one side, the next five the other), a 20-28 px face in a rounded square (initials on some),
    the name and the role, kills, deaths and assists, the damage a round, the credits as a bar; the
    match's best player with a gold star; on 12 % dead this round, "Dead" on a grey tag and the face
    faded toward the page (counted as it looks). Returns its height (84 px)."""
    img = s.img
    cv2.rectangle(img, (20, y + 8), (28, y + 76), SIDES[(k // 5) % 2], -1)
    side = face_or_initials(cast, rng, s, (44, y + 16), (20, 28), "rounded", 0.1)
    x = 60 + side
    note(img, rng.choice(GAMER_TAGS), (x, y + 38), 0.52, s.fg, 2)
    note(img, rng.choice(GAME_ROLES), (x, y + 66), 0.4, GREY)
    if best:
        star(img, (x + 170, y + 30), 11, GOLD)
    kda = f"{rng.randrange(0, 30)} / {rng.randrange(0, 25)} / {rng.randrange(0, 15)}"
    note(img, kda, (400, y + 50), 0.56, s.fg, 2)
    note(img, str(rng.randrange(60, 260)), (620, y + 50), 0.52, s.fg)
    cv2.rectangle(img, (720, y + 40), (900, y + 48), off(s.bg, 30), -1)
    cv2.rectangle(img, (720, y + 40), (720 + rng.randrange(10, 180), y + 48), GOLD, -1)
    if rng.random() < 0.12:
        tag(img, WIDTH - 150, y + 24, "Dead", (110, 110, 110), 30)
        H60.away(s, 44, y + 16, side)
    else:
        note(img, f"{rng.randrange(0, 9)},{rng.randrange(0, 10)}00", (WIDTH - 150, y + 50), 0.5, GREY)
    cv2.line(img, (30, y + 82), (WIDTH - 30, y + 82), off(s.bg, 14), 1)
    return 84


def clan_banner(s: Screen, rng: random.Random, y: int) -> int:
    """The clan's banner (no faces): a violet card with its crest (``crest``), its tag in brackets in
    large letters, the level and the members, "Recruiting" or "Invite only" on a tag, the season's
    progress as a bar. Returns its height with the gap under it (220 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 200, 20, CLAN)
    cv2.rectangle(img, (20, y + 150), (WIDTH - 20, y + 160), tone(CLAN, -50), -1)
    crest(img, 50, y + 24, 110, 140, tone(CLAN, -60))
    note(img, f"[{rng.choice(CLAN_TAGS)}]", (190, y + 70), 1.3, WHITE, 3)
    note(
        img,
        f"Level {rng.randrange(5, 60)} - {rng.randrange(20, 120)} members",
        (190, y + 112),
        0.54,
        WHITE,
        2,
    )
    tag(img, WIDTH - 230, y + 30, rng.choice(("Recruiting", "Invite only")), tone(CLAN, -70), 36)
    cv2.rectangle(img, (190, y + 176), (WIDTH - 60, y + 186), tone(CLAN, 50), -1)
    cv2.rectangle(img, (190, y + 176), (190 + rng.randrange(40, WIDTH - 250), y + 186), GOLD, -1)
    return 220


HEX_R = 48  # a territory's hexagon: its corners' distance from its centre


def territory_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The season's territories on a card: eleven columns by five rows of pointy-topped hexagons
    (every other row shifted by half of one), each held by the clan (its violet), by one of two rival
    clans or by nobody (grey); on 45 % of those held the member holding it as an 18-24 px face in a
    hexagon (``hex_avatar`` in a white rim; one size for the map), on a fifth of the others crossed
    swords (a fight for it). Returns its height with the gap under it (480 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 460, 20, off(s.bg, 10))
    note(img, f"Season {rng.randrange(2, 9)} territories", (44, y + 40), 0.56, s.fg, 2)
    hw = HEX_R * math.sqrt(3)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    rivals = rng.sample(RIVALS, 2)
    for r in range(5):
        cy = y + 60 + HEX_R + r * 1.5 * HEX_R
        for c in range(11):
            cx = 44 + hw / 2 + c * hw + (hw / 2 if r % 2 else 0)
            roll = rng.random()
            owner = CLAN if roll < 0.3 else rivals[0] if roll < 0.5 else rivals[1] if roll < 0.65 else None
            pts = hex_corners((cx, cy), HEX_R - 3).astype(np.int32)
            cv2.fillPoly(img, [pts], owner or off(s.bg, 35), cv2.LINE_AA)
            if owner is None:
                continue
            if rng.random() < 0.45:
                hex_avatar(cast, s, round(cx - side / 2), round(cy - side / 2), fp, side, WHITE)
            elif rng.random() < 0.2:
                for d in (-1, 1):
                    cv2.line(
                        img,
                        (round(cx) - 14 * d, round(cy) - 14),
                        (round(cx) + 14 * d, round(cy) + 14),
                        WHITE,
                        3,
                        cv2.LINE_AA,
                    )
    return 480


def online_now(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is online, under "Online now": faces of 32-46 px in hexagons in a violet rim
    (``hex_avatar``) about 190 px apart (one size for all), the gamer tag and what they play under
    each, a gamepad's badge over the lower right of those in a match (it takes the pixels it
    covers), the last across the screen's right edge (heldout45's ``carousel``). Returns its height
    with the gap under it."""
    top = section(s, y, "Online now", True)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        hex_avatar(cast, s, x, top + 10, fp, side, CLAN)
        if rng.random() < 0.4:
            controller_badge(s.img, (x + side - 4, top + 6 + side), 11, s.bg)
        note(s.img, rng.choice(GAMER_TAGS), (x, top + side + 46), 0.46, s.fg, 2)
        note(s.img, rng.choice(GAMES), (x, top + side + 72), 0.4, GREY)
    return top - y + side + 94


def word_card(
    cast: Cast, rng: random.Random, s: Screen, y: int, frame: Callable[[int], np.ndarray], rim: Colour,
    face: tuple[float, float], words: tuple[str, str, str],
) -> int:  # fmt: skip
    """A word from someone on a card: at the left a studio portrait 210 px across in ``frame`` (a
    mask of that side; heldout11's ``portrait``: the face ``face`` px, skewed small) in a rim of
    ``rim`` drawn before it (the frame 234 px across under it); at the right the first of ``words``
    over who it is (the second), three lines, the third on an outlined button. Returns its height
    with the gap under it (290 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 270, 20, off(s.bg, 10))
    fill(img, frame(234), 38, y + 18, rim)
    piece, faces = H11.portrait(cast, 210, 210, small(rng, *face))
    H11.paste_photo(cast, s, piece, faces, 50, y + 30, frame(210))
    x = 310
    note(img, words[0], (x, y + 50), 0.5, GREY, 2)
    note(img, words[1], (x, y + 92), 0.7, s.fg, 2)
    H52.text_bars(img, rng, x, y + 120, WIDTH - x - 60, 3, off(s.bg, 60))
    outlined(img, x, y + 200, 60 + 13 * len(words[2]), 50, rim, off(s.bg, 10))
    note(img, words[2], (x + 30, y + 233), 0.52, rim, 2)
    return 290


def leader_message(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The leader's message (``word_card``): a studio portrait in a hexagon (heldout26's ``hexagon``:
    the face 64-100 px) in a violet rim, "From the leader", the name and tag, "Reply". Returns its
    height with the gap under it (290 px)."""
    words = ("From the leader", f"{who(rng)} [{rng.choice(CLAN_TAGS)}]", "Reply")
    return word_card(cast, rng, s, y, lambda n: H26.hexagon(n, n), CLAN, (64, 100), words)


def member_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member's line: a round 22-30 px face (initials on some) with one to three chevrons of their
    rank beside it, the gamer tag and the role, what they are doing (in a match by a green dot, or
    when they were last seen), their season points as a bar; on 15 % "Inactive" on a grey tag and
    the face faded toward the page (counted as it looks). Returns its height (90 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle", 0.1)
    x = 48 + side
    for k in range(rng.randrange(1, 4)):
        chevron = np.array([(x, y + 30 + k * 9), (x + 9, y + 24 + k * 9), (x + 18, y + 30 + k * 9)], np.int32)
        cv2.polylines(img, [chevron], False, GOLD, 3)
    x += 34
    note(img, rng.choice(GAMER_TAGS), (x, y + 38), 0.54, s.fg, 2)
    note(img, rng.choice(("Officer", "Member", "Recruit", "Veteran")), (x, y + 68), 0.42, GREY)
    if rng.random() < 0.15:
        tag(img, WIDTH - 250, y + 26, "Inactive", (110, 110, 110), 32)
        H60.away(s, 30, y + 16, side)
    else:
        if rng.random() < 0.45:
            cv2.circle(img, (430, y + 42), 7, GREEN, -1, cv2.LINE_AA)
            note(img, f"in {rng.choice(GAMES)}", (446, y + 49), 0.46, GREEN, 2)
        else:
            note(img, f"seen {rng.randrange(1, 23)}h ago", (430, y + 49), 0.44, GREY)
        cv2.rectangle(img, (700, y + 40), (WIDTH - 60, y + 48), off(s.bg, 30), -1)
        cv2.rectangle(img, (700, y + 40), (700 + rng.randrange(10, WIDTH - 760), y + 48), CLAN, -1)
        note(img, f"{rng.randrange(100, 9000)} pts", (700, y + 74), 0.4, GREY)
    cv2.line(img, (30, y + 88), (WIDTH - 30, y + 88), off(s.bg, 14), 1)
    return 90


def mvp_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The player of the week's card (WIDTH - 60) wide in a team's colour with a gold edge: "Player
    of the week" on its head band; at the left the player's photo 440 px wide and 480-560 high
    (heldout53's ``posed`` in an arena or at a desk: the face 110-240 px, on a quarter cut by a side
    of the photo; in the stage's coloured lights on 40 %, ``neon``), the rating and the role over its
    upper left on a dark block (it takes the pixels it covers); at the right the gamer tag, the
    name, the team's logo and six stats as a hexagonal radar (``radar``). Returns its height with
    the gap under it (the photo's and 150)."""
    img, x, w, pw = s.img, 30, WIDTH - 60, 440
    ph = rng.randrange(480, 560)
    colour = rng.choice((*SIDES, *RIVALS, CLAN))
    rounded_card(img, x - 4, y - 4, w + 8, 100 + ph + 38, 30, GOLD)
    rounded_card(img, x, y, w, 100 + ph + 30, 28, tone(colour, -50))
    note(img, "PLAYER OF THE WEEK", (x + 30, y + 64), 0.9, WHITE, 2)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), ARENA, edge)
    if rng.random() < 0.4:
        piece = neon(rng.uniform(0.3, 0.6))(piece)
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 100, rounded_rect(ph, pw, 16))
    rounded_card(img, x + 34, y + 114, 100, 100, 12, (30, 30, 30))
    note(img, str(rng.randrange(78, 99)), (x + 48, y + 168), 1.4, GOLD, 3)
    note(img, rng.choice(GAME_ROLES)[:7].upper(), (x + 46, y + 200), 0.4, WHITE)
    rx = x + pw + 50
    note(img, rng.choice(GAMER_TAGS), (rx, y + 150), 1.0, WHITE, 2)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (rx, y + 190), 0.54, (220, 220, 220))
    H52.team_logo(img, rng, (WIDTH - 110, y + 160), 40, colour)
    radar(img, rng, (rx + 230, y + 100 + ph - 190), 140, GOLD, (220, 220, 220))
    return ph + 150


def radar(
    img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int, colour: Colour, ink: Colour
) -> None:
    """Six stats as a hexagonal radar round ``c`` (never a face): three rings of pale hexagons, the
    axes, the player's values as a filled hexagon of ``colour`` with its edge, the stats' short
    names at the corners."""
    for k in (1, 2, 3):
        cv2.polylines(img, [hex_corners(c, r * k / 3).astype(np.int32)], True, tone(ink, -80), 1, cv2.LINE_AA)
    corners = hex_corners(c, r)
    for cx, cy in corners:
        cv2.line(img, c, (round(cx), round(cy)), tone(ink, -80), 1)
    values = [rng.uniform(0.35, 1.0) for _ in range(6)]
    pts = np.array(
        [
            (c[0] + (px - c[0]) * v, c[1] + (py - c[1]) * v)
            for (px, py), v in zip(corners, values, strict=True)
        ]
    )
    cv2.fillPoly(img, [pts.astype(np.int32)], tone(colour, -60), cv2.LINE_AA)
    cv2.polylines(img, [pts.astype(np.int32)], True, colour, 2, cv2.LINE_AA)
    for (px, py), name in zip(corners, ("AIM", "UTL", "CLT", "ENT", "TRD", "SUP"), strict=True):
        note(
            img, name, (round(c[0] + (px - c[0]) * 1.18) - 16, round(c[1] + (py - c[1]) * 1.12) + 6), 0.4, ink
        )


def form_chart(s: Screen, rng: random.Random, y: int) -> int:
    """The player's last ten matches on a card (no faces): the rating of each as a line with a
    square marker at each match, a dashed line at the season's average, each match's result as a
    "W" or "L" chip under it. Returns its height with the gap under it (240 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 220, 18, off(s.bg, 10))
    note(img, "Form - last 10", (44, y + 40), 0.56, s.fg, 2)
    base, top = y + 160, y + 60
    for x in range(60, WIDTH - 60, 24):
        cv2.line(img, (x, (base + top) // 2), (x + 12, (base + top) // 2), GREY, 1)
    pts = [(90 + k * 100, base - round((base - top) * rng.uniform(0.1, 1.0))) for k in range(10)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, GOLD, 3, cv2.LINE_AA)
    for px, py in pts:
        cv2.rectangle(img, (px - 6, py - 6), (px + 6, py + 6), GOLD, -1)
        won = rng.random() < 0.55
        tag(img, px - 16, base + 14, "W" if won else "L", GREEN if won else RED, 28)
    return 240


def teammates(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The teammates: the heading over five 22-28 px faces in rounded squares with a white edge (one
    size for all; initials on some) 200 px apart, each one's role on a dark tag over the foot of the
    square (it takes the pixels it covers: a face under it counts while half of its box shows) and
    the gamer tag under it. Returns its height (190 px)."""
    img = s.img
    note(img, "Teammates", (30, y + 32), 0.62, s.fg, 2)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    for k in range(5):
        x, top = 40 + k * 200, y + 60
        if rng.random() < 0.1:
            H3.initials(img, rng, x, top, side, "rounded", WHITE)
        else:
            cast.avatar(s, x, top, fp, side, "rounded", WHITE)
        tag(img, x - 8, top + side - 8, rng.choice(GAME_ROLES)[:4].upper(), (40, 40, 40), 24)
        note(img, rng.choice(GAMER_TAGS), (x - 4, top + side + 50), 0.46, s.fg, 2)
    return 190


def fixture_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An upcoming match: the date on a block of a team's colour, the two teams' logos either side of
    "vs" with their names, the caster's round 24-30 px face (initials on some) and "cast by" the
    name, an outlined "Remind me" button or "Sold out" on a grey tag. Returns its height (100 px)."""
    img = s.img
    colour = rng.choice(SIDES)
    rounded_card(img, 30, y + 14, 86, 72, 12, colour)
    note(img, str(rng.randrange(1, 29)), (50, y + 48), 0.7, WHITE, 2)
    note(img, rng.choice(MONTHS), (50, y + 76), 0.42, WHITE)
    a, b = rng.sample(ESPORTS_TEAMS, 2)
    H52.team_logo(img, rng, (160, y + 38), 20, SIDES[0])
    note(img, "vs", (194, y + 46), 0.5, GREY, 2)
    H52.team_logo(img, rng, (246, y + 38), 20, SIDES[1])
    note(img, f"{a[:8]} - {b[:8]}", (140, y + 84), 0.42, s.fg)
    side = face_or_initials(cast, rng, s, (420, y + 24), (24, 30), "circle", 0.12)
    note(img, f"cast by {rng.choice(GAMER_TAGS)}", (434 + side, y + 56), 0.44, s.fg)
    button_or_tag(s, y, rng.random() < 0.2, ("Remind me", "Sold out"), colour, 170)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: a full council's agenda, the wards' councillors and a consultation.
# ----------------------------------------------------------------------------------------------


def hero_photo(
    cast: Cast, rng: random.Random, s: Screen, y: int, backs: tuple[H11.Render, ...],
    per: tuple[int, int], faces: tuple[float, float, float], shade: Fn | None,
    mark: tuple[str, Colour, Badge], words: tuple[str, str],
) -> int:  # fmt: skip
    """People across the screen, 440 px (heldout57's ``staged_across`` in one of ``backs``: ``per``
    a depth, the front faces of the first two of ``faces`` px, those behind its third to 0.15 more
    of them), through ``shade`` when one is given; ``mark``'s words on a tag of its colour over the
    photo's top left and its badge over its top right (they take the pixels they cover), ``words``
    over a dark band at its foot (heldout59's ``hero_band``). Returns its height with the gap under
    it (460 px)."""
    text, colour, badge_fn = mark
    front, behind = rng.uniform(faces[0], faces[1]), (faces[2], faces[2] + 0.15)
    H57.staged_across(cast, rng, s, y, 440, backs, per, front, behind, shade)
    tag(s.img, 24, y + 20, text, colour, 36)
    badge_fn(s.img, (WIDTH - 60, y + 50), 26, s.bg)
    H59.hero_band(s, y, 440, *words)
    return 460


def chamber_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The members in the chamber (``hero_photo`` in a council chamber: three to six a depth, the
    front faces 24-42 px, those behind 0.55-0.7 of them), under the projector's cool light on 35 %
    (``projector``) or grey on 15 % (heldout10's ``greyed``); the time on a tag and a gavel's badge,
    the meeting on the band. Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    shade = projector(rng.uniform(0.5, 1.0)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Tonight {rng.randrange(18, 20)}:{rng.choice(('00', '30'))}"
    words = (rng.choice(("FULL COUNCIL", "BUDGET MEETING", "ANNUAL MEETING")), "Council chamber - webcast")
    return hero_photo(
        cast, rng, s, y, CHAMBER, (3, 6), (24, 42, 0.55), shade, (when, COUNCIL, gavel_badge), words
    )


def vote_chart(s: Screen, rng: random.Random, y: int) -> int:
    """The last vote on a card (no faces): the members' seats as small squares on three arcs of a
    horseshoe, coloured for, against, abstained or absent (sorted round the arc), the counts on tags
    beside it and the result in large letters. Returns its height with the gap under it (230 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 210, 18, off(s.bg, 10))
    note(img, f"Last vote: {rng.choice(AGENDA)[:22]}", (44, y + 40), 0.5, s.fg, 2)
    kinds = ((GREEN, "For"), (RED, "Against"), ((40, 170, 230), "Abstain"), (off(s.bg, 50), "Absent"))
    seats = [rng.choices(range(4), (0.55, 0.28, 0.08, 0.09))[0] for _ in range(36)]
    seats.sort()
    c, k = (250, y + 196), 0
    for ring, n in ((90, 9), (120, 12), (150, 15)):
        for j in range(n):
            a = math.pi + math.pi * (j + 0.5) / n
            px, py = round(c[0] + ring * math.cos(a)), round(c[1] + ring * 0.9 * math.sin(a))
            cv2.rectangle(img, (px - 6, py - 6), (px + 6, py + 6), kinds[seats[k]][0], -1)
            k += 1
    for j, (colour, word) in enumerate(kinds[:3]):
        tag(img, 470 + j * 180, y + 80, f"{word} {seats.count(j)}", colour, 36)
    carried = seats.count(0) > seats.count(1)
    note(img, "CARRIED" if carried else "FALLS", (470, y + 176), 1.1, GREEN if carried else RED, 3)
    return 230


def agenda_item(cast: Cast, rng: random.Random, s: Screen, y: int, k: int) -> int:
    """An item on the agenda: its number on a navy block, the title and the time; the officer
    presenting as a 22-28 px face in a rounded square (initials on some) with the name; who moved and
    who seconded it as two round 18-22 px faces of one size with "M" and "S" on small tags under
    them (initials on some); the public speakers registered as a stack of none to three 18-22 px
    faces (heldout22's ``stack``); the outcome on a tag. Returns its height (130 px)."""
    img = s.img
    rounded_card(img, 30, y + 20, 56, 56, 10, COUNCIL)
    note(img, str(k + 1), (48 if k < 9 else 40, y + 58), 0.6, WHITE, 2)
    note(img, rng.choice(AGENDA), (106, y + 40), 0.52, s.fg, 2)
    note(img, f"{19 + k // 3}:{rng.choice(('00', '15', '30', '45'))}", (106, y + 70), 0.42, GREY)
    side = face_or_initials(cast, rng, s, (106, y + 82), (22, 28), "rounded", 0.1)
    note(img, f"Report: {who(rng)} {rng.choice(SURNAMES)[0]}.", (120 + side, y + 106), 0.42, GREY)
    mp, mside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for j, letter in enumerate("MS"):
        x = 560 + j * 70
        H60.place(cast, rng, s, x, y + 28, mp, mside, True, 0.08)
        tag(img, x + 2, y + 36 + mside, letter, COUNCIL, 22)
    speakers = rng.choice((0, 0, 1, 2, 3))
    if speakers:
        H22.stack(cast, s, rng, 720, y + 34, speakers, 18.3, 22, s.bg)
    outcome = rng.choice(
        (("Carried", GREEN), ("Deferred", (110, 110, 110)), ("To come", COUNCIL), ("Now", RED))
    )
    tag(img, WIDTH - 190, y + 30, outcome[0], outcome[1], 34)
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


MAP_W, MAP_H = 1000, 600  # the wards' map


def ward_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The town's wards on a card: a map 1000 x 600 cut into up to ten wards (each pixel the
    nearest ward's centre's, the centres at least 190 px apart), each tinted in its party's colour
    with dark borders, a river winding across; at each centre its one to three councillors as round
    24-32 px faces (one size for the map; initials on some) in rings of the party's colour with a
    gap (heldout33's ``ring_avatar``), side by side, the ward's name under them; one's own ward's name
    on a tag. Returns its height with the gap under it (680 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 660, 20, off(s.bg, 10))
    x0, y0 = 40, y + 30
    centres: list[tuple[int, int]] = []
    for _ in range(400):
        if len(centres) == 10:
            break
        p = (rng.randrange(110, MAP_W - 110), rng.randrange(60, MAP_H - 90))
        if all(math.dist(p, q) >= 190 for q in centres):
            centres.append(p)
    parties = [rng.choice(PARTIES) for _ in centres]
    yy, xx = np.ogrid[0:MAP_H, 0:MAP_W]
    label, best = np.zeros((MAP_H, MAP_W), np.intp), np.full((MAP_H, MAP_W), np.inf)
    for k, (cx, cy) in enumerate(centres):
        dist = (xx - cx) ** 2 + (yy - cy) ** 2
        label[dist < best] = k
        best = np.minimum(best, dist)
    colours = np.array([[round(v * 0.4 + 150) for v in colour] for _name, colour in parties], np.uint8)
    area = colours[label]
    edge = np.zeros(label.shape, bool)
    edge[1:] |= label[1:] != label[:-1]
    edge[:, 1:] |= label[:, 1:] != label[:, :-1]
    area[cv2.dilate(edge.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0] = (70, 70, 70)
    img[y0 : y0 + MAP_H, x0 : x0 + MAP_W] = area
    river = [
        (x0 + k * MAP_W // 12, y0 + MAP_H // 2 + round(MAP_H * 0.3 * math.sin(k * 0.7 + rng.uniform(0, 0.5))))
        for k in range(13)
    ]
    cv2.polylines(img, [np.array(river, np.int32)], False, (200, 160, 90), 10, cv2.LINE_AA)
    fp, side = _size(rng, 24, small(rng, 24.5, 32), (1.1, 1.2))
    home = rng.randrange(len(centres))
    for k, ((cx, cy), (_party, colour)) in enumerate(zip(centres, parties, strict=True)):
        n = rng.choice((1, 2, 2, 3, 3))
        step = side + 20
        left = x0 + cx - (n * step - 20) // 2
        for j in range(n):
            if rng.random() < 0.08:
                H3.initials(img, rng, left + j * step, y0 + cy - side // 2, side, "circle", None)
            else:
                ring_avatar(cast, s, left + j * step, y0 + cy - side // 2, fp, side, colour)
        name = WARDS[k % len(WARDS)]
        if k == home:
            tag(img, x0 + cx - 60, y0 + cy + side // 2 + 14, f"You: {name}", COUNCIL, 30)
        else:
            note(img, name, (x0 + cx - 40, y0 + cy + side // 2 + 36), 0.46, INK, 2)
    return 680


PORTFOLIOS: tuple[str, ...] = ("Leader", "Housing", "Finance", "Transport", "Parks", "Planning", "Health")


def cabinet(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The cabinet under its heading: faces of 36-52 px in squircles about 210 px apart (one size for
    all; heldout2's looks), a portfolio on a navy tag and the party on a chip of its colour under each,
    the last across the screen's right edge (heldout45's ``carousel``). Returns its height with the
    gap under it."""
    top = section(s, y, "The cabinet", True)
    fp, side = _size(rng, 36, small(rng, 36.5, 52), (1.1, 1.2))
    for k, x in enumerate(carousel(rng, 210, side)):
        cast.avatar(s, x, top + 8, fp, side, "squircle")
        tag(s.img, x, top + side + 18, PORTFOLIOS[0] if k == 0 else rng.choice(PORTFOLIOS[1:]), COUNCIL, 30)
        party, colour = rng.choice(PARTIES)
        tag(s.img, x, top + side + 56, party, colour, 26)
    return top - y + side + 100


def surgery_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A councillor's surgery: the date on a navy block, the councillor's 24-32 px face in a
    squircle (initials on some) with their party on a chip of its colour, the name and the ward,
    where and when, an outlined "Book a slot" or "Full" on a grey tag. Returns its height (100
    px)."""
    img = s.img
    rounded_card(img, 30, y + 14, 90, 72, 12, COUNCIL)
    note(img, str(rng.randrange(1, 29)), (52, y + 48), 0.7, WHITE, 2)
    note(img, rng.choice(MONTHS), (52, y + 76), 0.42, WHITE)
    side = face_or_initials(cast, rng, s, (146, y + 16), (24, 32), "squircle", 0.1)
    x = 166 + side
    party, colour = rng.choice(PARTIES)
    note(img, f"Cllr {who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.5, s.fg, 2)
    tag(img, x, y + 52, party, colour, 28)
    note(img, f"{rng.choice(VENUES)}, {rng.randrange(9, 19)}:00", (x + 80, y + 74), 0.42, GREY)
    button_or_tag(s, y, rng.random() < 0.2, ("Book a slot", "Full"), COUNCIL, 190)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def dropin_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The consultation's drop-in (``hero_photo`` among display boards or in the chamber: two to
    five a depth, the front faces 26-48 px, those behind 0.55-0.7 of them), grey on 20 % (heldout10's
    ``greyed``); the dates on a tag and a gavel's badge, the plan on the band. Returns its height
    with the gap under it (460 px)."""
    shade = H10.greyed if rng.random() < 0.2 else None
    when = f"Drop-in until {rng.randrange(1, 29)} {rng.choice(MONTHS)}"
    words = (
        rng.choice(("TOWN CENTRE PLAN", "NEW PARK", "HIGH ST REVIEW")),
        f"{rng.choice(VENUES)} - all welcome",
    )
    return hero_photo(
        cast, rng, s, y, HALL, (2, 5), (26, 48, 0.55), shade, (when, COUNCIL, gavel_badge), words
    )


NOTE_W, NOTE_H = 248, 210  # a sticky note on the feedback wall


def feedback_wall(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The residents' ideas pinned to a corkboard (brown, flecked darker): eight sticky notes 248 x
    210 in four columns 252 px apart and two rows, each nudged up to 30 px sideways and 16 up or down
    off its place and all laid in a random order (a later note covers the edge of an earlier one: a
    face under it counts while half of its box shows); each a square of yellow, pink, green or blue
    with a red pin, the resident's round 20-26 px face at its top left (one size for the wall;
    initials on some), the first name, two lines of the idea and the thumbs it got. Returns its
    height with the gap under it (520 px)."""
    img = s.img
    board = np.random.default_rng(rng.randrange(2**32)).integers(0, 30, (500, WIDTH - 40, 1))
    img[y : y + 500, 20 : WIDTH - 20] = np.clip(np.array((70, 120, 170)) - board, 0, 255).astype(np.uint8)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    spots = [(c, r) for r in range(2) for c in range(4)]
    rng.shuffle(spots)
    for c, r in spots:
        nx = min(WIDTH - 24 - NOTE_W, max(24, 34 + c * 252 + rng.randrange(-30, 31)))
        ny = y + 24 + r * 236 + rng.randrange(-16, 17)
        cv2.rectangle(img, (nx, ny), (nx + NOTE_W, ny + NOTE_H), rng.choice(NOTE_COLOURS), -1)
        cv2.circle(img, (nx + NOTE_W // 2, ny + 12), 7, RED, -1, cv2.LINE_AA)
        if rng.random() < 0.1:
            H3.initials(img, rng, nx + 8, ny + 26, side, "circle", None)
        else:
            cast.avatar(s, nx + 8, ny + 26, fp, side, "circle")
        note(img, rng.choice(NAMES), (nx + 22 + side, ny + 50), 0.46, INK, 2)
        H52.text_bars(img, rng, nx + 16, ny + 100, NOTE_W - 32, 2, (110, 110, 110))
        note(img, f"+{rng.randrange(0, 60)}", (nx + 16, ny + NOTE_H - 18), 0.46, INK, 2)
    return 520


def planner_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A word from the planning team (``word_card``): a studio portrait in a squircle (the face
    64-110 px) in a navy rim, who they are, "Read the plans". Returns its height with the gap under
    it (290 px)."""
    words = ("From the planning team", f"{who(rng)} {rng.choice(SURNAMES)}", "Read the plans")
    return word_card(cast, rng, s, y, lambda n: mask(n, "squircle"), COUNCIL, (64, 110), words)


def comment_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment in the consultation: the resident's 22-28 px face in a circle with a light border
    (initials on some), the name and the ward, the comment as two text bars, "Support" on a green tag
    or "Object" on a red one and the likes; on 30 % the council's reply under it, indented, with the
    officer's round 20-24 px face and "Council" on a navy tag. Returns its height (120 px, or 200
    with a reply)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "border", 0.1)
    x = 50 + side
    note(img, f"{who(rng)} - {rng.choice(WARDS)}", (x, y + 38), 0.5, s.fg, 2)
    H52.text_bars(img, rng, x, y + 56, WIDTH - x - 220, 2, off(s.bg, 60))
    support = rng.random() < 0.6
    tag(img, WIDTH - 180, y + 22, "Support" if support else "Object", GREEN if support else RED, 32)
    note(img, f"{rng.randrange(0, 90)} likes", (WIDTH - 180, y + 92), 0.42, GREY)
    h = 120
    if rng.random() < 0.3:
        rounded_card(img, 90, y + 112, WIDTH - 130, 76, 12, off(s.bg, 12))
        rside = face_or_initials(cast, rng, s, (104, y + 126), (20, 24), "circle", 0.1)
        tag(img, 120 + rside, y + 124, "Council", COUNCIL, 26)
        H52.text_bars(img, rng, 120 + rside, y + 160, WIDTH - 300, 1, off(s.bg, 60))
        h = 200
    cv2.line(img, (30, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


# ----------------------------------------------------------------------------------------------
# Parts: a rowing club's outing and a paddling club's river trip.
# ----------------------------------------------------------------------------------------------


def outing_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The outing's conditions and coaches on a card: the river's flag (green, amber or red) on a
    pole with what it means, the wind (an arrow and its speed), the water's temperature and the
    stream's gauge as a bar; at the right the coaches in the launch, one or two round 30-40 px faces
    in white rims (heldout38's ``rimmed``; one size), an oars' badge over the first's lower right
    (it takes the pixels it covers). Returns its height with the gap under it (220 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 200, 18, off(s.bg, 10))
    level, colour = rng.choice((("Green", GREEN), ("Amber", (30, 170, 240)), ("Red", RED)))
    cv2.line(img, (50, y + 30), (50, y + 170), (90, 90, 90), 4)
    cv2.rectangle(img, (52, y + 30), (130, y + 80), colour, -1)
    note(img, f"{level} flag", (150, y + 56), 0.66, s.fg, 2)
    note(img, rng.choice(("all crews out", "senior crews only", "no outings")), (150, y + 88), 0.44, GREY)
    a = rng.uniform(0, 2 * math.pi)
    cv2.arrowedLine(
        img,
        (180 - round(22 * math.cos(a)), y + 140 - round(22 * math.sin(a))),
        (180 + round(22 * math.cos(a)), y + 140 + round(22 * math.sin(a))),
        s.fg,
        3,
        tipLength=0.4,
    )
    note(img, f"{rng.randrange(2, 30)} km/h", (214, y + 148), 0.5, s.fg, 2)
    note(img, f"Water {rng.randrange(4, 19)} C", (360, y + 148), 0.5, s.fg, 2)
    cv2.rectangle(img, (150, y + 170), (560, y + 180), off(s.bg, 30), -1)
    cv2.rectangle(img, (150, y + 170), (150 + rng.randrange(40, 410), y + 180), ROWING, -1)
    fp, side = _size(rng, 32, small(rng, 32.5, 44), (1.1, 1.2))
    n = rng.choice((1, 2, 2))
    for k in range(n):
        x = WIDTH - 80 - (n - k) * (side + 40)
        H38.rimmed(cast, s, x, y + 50, fp, side, WHITE)
        if k == 0:
            oar_badge(img, (x + side - 2, y + 48 + side), 11, off(s.bg, 10))
        note(img, "Coach" if k == 0 else "Launch", (x, y + side + 90), 0.42, GREY)
    return 220


BOAT_ROW = 150  # a boat on the outing's sheet
SEAT = 104  # the pitch of a boat's seats


def boat_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A boat on the outing's sheet: its class and name over the shell seen from above (a long thin
    hull pointed at both ends, its length by its seats: an eight's 1010 px down to a single's 224),
    riggers and blades out to both sides (one side a seat in a sweep boat, both in a sculling one),
    the rowers as round 18-24 px faces (one size a boat) along its middle from bow to stroke, a dashed
    ring where a seat is still to fill (8 %; initials on some); in a coxed boat the cox's 22-28 px
    face in a squircle at the stern; beside a short boat the subs as a stack of none to two 18-22 px
    faces (heldout22's ``stack``). Returns its height (150 px)."""
    img = s.img
    kind, seats, coxed, sweep = rng.choice(BOATS)
    note(img, f"{kind}  {rng.choice(SHELLS)}", (30, y + 26), 0.5, s.fg, 2)
    note(img, f"bow {rng.choice(NAMES)} - stroke {rng.choice(NAMES)}", (300, y + 26), 0.42, GREY)
    length = 70 + seats * SEAT + (110 if coxed else 50)
    x0, cy = 30, y + 84
    hull = [
        (x0, cy),
        (x0 + 60, cy - 18),
        (x0 + length - 60, cy - 18),
        (x0 + length, cy),
        (x0 + length - 60, cy + 18),
        (x0 + 60, cy + 18),
    ]
    colour = rng.choice(((235, 235, 235), (60, 200, 230), (70, 120, 170), (40, 40, 40)))
    cv2.fillPoly(img, [np.array(hull, np.int32)], colour, cv2.LINE_AA)
    cv2.polylines(img, [np.array(hull, np.int32)], True, (90, 90, 90), 1, cv2.LINE_AA)
    blade = rng.choice(BLADES)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    for k in range(seats):
        sx = x0 + 70 + k * SEAT + SEAT // 2
        for d in ((1,) if k % 2 else (-1,)) if sweep else (-1, 1):
            end = (sx - 14, cy + d * 50)
            cv2.line(img, (sx, cy + d * 14), end, (80, 80, 85), 2)
            cv2.rectangle(img, (end[0] - 18, end[1] - 4), (end[0] + 4, end[1] + 4), blade, -1)
        H60.place(cast, rng, s, sx - side // 2, cy - side // 2, fp, side, rng.random() >= 0.08, 0.06)
    if coxed:
        face_or_initials(cast, rng, s, (x0 + length - 100, cy - 17), (22, 28), "squircle", 0.1)
    if length < 600:
        subs = rng.choice((0, 1, 2))
        if subs:
            H22.stack(cast, s, rng, WIDTH - 330, cy - 14, subs, 18.3, 22, s.bg)
        note(
            img,
            f"{subs} subs - launch {rng.randrange(6, 9)}:{rng.choice(('00', '15', '30'))}",
            (WIDTH - 330, cy + 44),
            0.42,
            GREY,
        )
    cv2.line(img, (30, y + BOAT_ROW - 2), (WIDTH - 30, y + BOAT_ROW - 2), off(s.bg, 14), 1)
    return BOAT_ROW


def paddle_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The paddlers by the river (``hero_photo`` at a reach of the river or in the boathouse: three
    to six a depth, the front faces 24-46 px, those behind 0.5-0.65 of them), in morning mist on 35 %
    (``mist``) or grey on 15 % (heldout10's ``greyed``); the date on a tag and a paddle's badge, the
    river on the band. Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    shade = mist(rng.uniform(0.25, 0.5)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Sun {rng.randrange(1, 29)} {rng.choice(MONTHS)}"
    grade = rng.choice(("Grade I-II", "Grade II", "Grade II-III", "Flat water"))
    words = (rng.choice(RIVERS), f"{grade} - {rng.randrange(6, 25)} km")
    return hero_photo(
        cast, rng, s, y, RIVER, (3, 6), (24, 46, 0.5), shade, (when, PADDLE, paddle_badge), words
    )


def river_profile(s: Screen, rng: random.Random, y: int) -> int:
    """The run on a card (no faces): the river as a winding blue band across it from the put-in (a
    square "P") to the take-out (a flag), the rapids as chevrons on it with their grades, a dashed
    stretch to walk round (a portage), the kilometres under it, the gauge's level on a chip. Returns
    its height with the gap under it (230 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 210, 18, off(s.bg, 10))
    note(img, "The run", (44, y + 40), 0.56, s.fg, 2)
    tag(img, WIDTH - 330, y + 14, f"Gauge {rng.uniform(0.3, 1.4):.2f} m", (200, 150, 60), 34)
    mid = y + 120
    pts = [(60 + k * 80, mid + round(24 * math.sin(k * 0.9 + rng.uniform(0, 1)))) for k in range(13)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, (200, 150, 60), 14, cv2.LINE_AA)
    cv2.rectangle(img, (pts[0][0] - 16, pts[0][1] - 16), (pts[0][0] + 16, pts[0][1] + 16), (160, 90, 30), -1)
    note(img, "P", (pts[0][0] - 8, pts[0][1] + 8), 0.5, WHITE, 2)
    fx, fy = pts[-1]
    cv2.line(img, (fx, fy), (fx, fy - 44), s.fg, 3)
    cv2.rectangle(img, (fx, fy - 44), (fx + 26, fy - 28), RED, -1)
    for k in sorted(rng.sample(range(2, 11), 3)):
        px, py = pts[k]
        for d in (0, 10):
            cv2.polylines(
                img,
                [np.array([(px - 8 + d, py - 10), (px + d, py), (px - 8 + d, py + 10)], np.int32)],
                False,
                WHITE,
                3,
            )
        note(img, rng.choice(("II", "II+", "III", "III-")), (px - 12, py - 22), 0.5, s.fg, 2)
    if rng.random() < 0.5:
        k = rng.randrange(3, 10)
        for t in range(0, 70, 14):
            cv2.line(img, (pts[k][0] + t, pts[k][1] + 34), (pts[k][0] + t + 8, pts[k][1] + 34), RED, 3)
        note(img, "portage", (pts[k][0], pts[k][1] + 60), 0.4, RED)
    for k in range(0, 13, 3):
        note(img, f"{k * 2} km", (pts[k][0] - 14, y + 196), 0.38, GREY)
    return 230


def buddy_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A buddy pair on the trip (a trio on 15 %): round 22-28 px faces in white rims (heldout38's
    ``rimmed``; one size a row; initials on some) 260 px apart joined by a yellow throw line drawn
    first, each one's name and craft (K1, C1, SUP...) on a chip beside the face, the trip leader's
    paddle badge over one's lower right on some (it takes the pixels it covers); "Kit checked" by a
    tick's badge or "Needs a deck" on an amber tag at the right. Returns its height (104 px)."""
    img = s.img
    n = 3 if rng.random() < 0.15 else 2
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    cv2.line(
        img,
        (30 + side // 2, y + 20 + side // 2),
        (30 + (n - 1) * 260 + side // 2, y + 20 + side // 2),
        (40, 200, 240),
        3,
    )
    leader = rng.randrange(n) if rng.random() < 0.3 else None
    for k in range(n):
        x = 30 + k * 260
        if rng.random() < 0.08:
            H3.initials(img, rng, x, y + 20, side, "circle", WHITE)
        else:
            H38.rimmed(cast, s, x, y + 20, fp, side, WHITE)
        if k == leader:
            paddle_badge(img, (x + side - 2, y + 18 + side), 10, s.bg)
        note(img, rng.choice(NAMES), (x + side + 16, y + 42), 0.5, s.fg, 2)
        tag(img, x + side + 16, y + 54, rng.choice(CRAFT), off(s.bg, 50), 28)
    if rng.random() < 0.75:
        badge(img, (WIDTH - 220, y + 46), 14, GREEN, "check")
        note(img, "Kit checked", (WIDTH - 198, y + 52), 0.44, GREEN, 2)
    else:
        tag(img, WIDTH - 230, y + 30, "Needs a deck", (30, 170, 240), 32)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


# ----------------------------------------------------------------------------------------------
# Parts: a language cafe's conversation night and a tandem call.
# ----------------------------------------------------------------------------------------------


def table_hosts(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Tonight's hosts under their heading: round 34-48 px faces in teal rings with a gap
    (heldout33's ``ring_avatar``) about 200 px apart (one size for all), the language each speaks and
    the one they learn as flags over the lower corners (heldout40's ``flags``: they take the pixels
    they cover), the first name and the languages under each, the last across the screen's right
    edge (heldout45's ``carousel``). Returns its height with the gap under it."""
    top = section(s, y, "Tonight's hosts", False)
    fp, side = _size(rng, 34, small(rng, 34.5, 48), (1.1, 1.2))
    for x in carousel(rng, 200, side):
        ring_avatar(cast, s, x, top + 12, fp, side, TANDEM)
        H40.flags(s.img, rng, x, top + 12, side, s.bg)
        note(s.img, rng.choice(NAMES), (x, top + side + 50), 0.48, s.fg, 2)
        a, b = rng.sample(LANGS, 2)
        note(s.img, f"{a} > {b}", (x, top + side + 76), 0.42, TANDEM, 2)
    return top - y + side + 100


def phrase_card(s: Screen, rng: random.Random, y: int) -> int:
    """The phrase of the night on a card (no faces): the idiom in large letters, what it says word for
    word in grey, two small flags (heldout52's ``flag``) and a speaker's glyph to hear it. Returns its
    height with the gap under it (170 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 150, 18, off(s.bg, 10))
    phrase, literal = rng.choice(PHRASES)
    note(img, "Phrase of the night", (44, y + 36), 0.46, GREY, 2)
    note(img, phrase, (44, y + 86), 0.95, s.fg, 2)
    note(img, f'"{literal}"', (44, y + 124), 0.5, GREY)
    H52.flag(img, rng, WIDTH - 220, y + 40, 60, 40)
    H52.flag(img, rng, WIDTH - 150, y + 40, 60, 40)
    spk = np.array(
        [
            (WIDTH - 200, y + 100),
            (WIDTH - 188, y + 100),
            (WIDTH - 172, y + 88),
            (WIDTH - 172, y + 128),
            (WIDTH - 188, y + 116),
            (WIDTH - 200, y + 116),
        ],
        np.int32,
    )
    cv2.fillPoly(img, [spk], TANDEM)
    cv2.ellipse(img, (WIDTH - 166, y + 108), (14, 14), 0, -50, 50, TANDEM, 3, cv2.LINE_AA)
    return 170


TABLE_ROW = 330  # a row of two conversation tables
TABLE_REACH = 118  # a seat's distance from its table's centre


def table_pair(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of two tables seen from above: each a round wooden top 150 px across with the
    language's flag (heldout52's ``flag``) and its code in the middle and the level under it, four to
    six seats round it 118 px from its centre (evenly spread, the ring turned at random), each a round
    20-26 px face (one size a table; initials on some) or, on a fifth, a dashed ring (a free seat);
    the host's seat with a speech badge over its lower right (it takes the pixels it covers).
    Returns its height (330 px)."""
    img = s.img
    for k in range(2):
        cx, cy = WIDTH // 4 + k * WIDTH // 2, y + TABLE_ROW // 2
        cv2.circle(img, (cx, cy), 78, (50, 90, 140), -1, cv2.LINE_AA)
        cv2.circle(img, (cx, cy), 72, (70, 120, 170), -1, cv2.LINE_AA)
        H52.flag(img, rng, cx - 36, cy - 44, 72, 46)
        note(img, rng.choice(LANGS), (cx - 18, cy + 30), 0.62, WHITE, 2)
        note(img, rng.choice(LEVELS), (cx - 30, cy + 56), 0.42, WHITE)
        n, turn = rng.randrange(4, 7), rng.uniform(0, 2 * math.pi)
        fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
        host = rng.randrange(n)
        for j in range(n):
            a = turn + 2 * math.pi * j / n
            sx = round(cx + TABLE_REACH * math.cos(a)) - side // 2
            sy = round(cy + TABLE_REACH * math.sin(a)) - side // 2
            H60.place(cast, rng, s, sx, sy, fp, side, j == host or rng.random() >= 0.2, 0.08)
            if j == host:
                speech_badge(img, (sx + side - 2, sy + side - 2), 9, s.bg)
    cv2.line(img, (30, y + TABLE_ROW - 2), (WIDTH - 30, y + TABLE_ROW - 2), off(s.bg, 14), 1)
    return TABLE_ROW


def swap_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The tandem call's bar (no faces): a teal band with the two languages' flags (heldout52's
    ``flag``) and an arrow between them, which half of the call it is, the swap's timer as a ring
    drawn part-way round and the minutes left. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), tone(TANDEM, -30), -1)
    H52.flag(img, rng, 30, y + 30, 60, 40)
    cv2.arrowedLine(img, (100, y + 50), (150, y + 50), WHITE, 3, tipLength=0.35)
    H52.flag(img, rng, 160, y + 30, 60, 40)
    a, b = rng.sample(LANGS, 2)
    note(img, f"{a} half - then {b}", (250, y + 60), 0.6, WHITE, 2)
    left = rng.uniform(0.05, 0.95)
    cv2.circle(img, (WIDTH - 200, y + 50), 30, tone(TANDEM, 30), 5, cv2.LINE_AA)
    cv2.ellipse(img, (WIDTH - 200, y + 50), (30, 30), -90, 0, round(360 * left), WHITE, 5, cv2.LINE_AA)
    note(img, f"{round(15 * left)}:{rng.randrange(60):02d}", (WIDTH - 150, y + 60), 0.6, WHITE, 2)
    return 110


def partner_view(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The partner's camera across the screen, 620-700 px high (heldout53's ``posed`` in a cafe: the
    face 110-240 px, on a quarter cut by a side of the frame), the name's label over its lower left
    (heldout22's ``name_label``: it takes the pixels it covers); one's own camera as a circle 210 px
    across over its upper right in a white rim (heldout3's ``photo``: the face 0.3-0.45 of it wide; a
    thing on a face-free screen). Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(620, 700)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, rng.uniform(110, 240), CAFE, edge)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 16))
    H22.name_label(img, f"{who(rng)} - {rng.choice(LANGS)} native", 36, y + h - 14, 40)
    cx, cy = WIDTH - 150, y + 140
    cv2.circle(img, (cx, cy), 111, WHITE, -1, cv2.LINE_AA)
    cast.photo(s, cx - 105, cy - 105, 210, 210, 210 * small(rng, 0.3, 0.45), C.shape_mask(210, "circle"))
    return h + 16


def caption_card(s: Screen, rng: random.Random, y: int) -> int:
    """The call's live captions on a card (no faces): two lines, each after a small flag (heldout52's
    ``flag``) as text bars, one word of the first picked out on a teal pill with its translation on a
    tooltip over it. Returns its height with the gap under it (180 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 160, 18, off(s.bg, 10))
    for k in range(2):
        H52.flag(img, rng, 44, y + 56 + k * 60, 42, 28)
        H52.text_bars(img, rng, 106, y + 66 + k * 60, WIDTH - 200, 1, off(s.bg, 70))
    wx = rng.randrange(200, 600)
    pill(img, wx, y + 54, 150, 30, TANDEM)
    rounded_card(img, wx - 20, y + 8, 210, 40, 10, (40, 40, 40))
    note(
        img,
        rng.choice(("to bite", "meanwhile", "the bill", "to get on", "a dozen")),
        (wx - 6, y + 36),
        0.5,
        WHITE,
        2,
    )
    return 180


def correction_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A correction from the call: the 20-26 px face of who made it in a story ring (initials on
    some), what was said as a text bar struck through in red, the better way in green under it, a
    play button (a triangle in a disc) and a star to keep it. Returns its height (96 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 20), (20, 26), "ring", 0.12)
    x = 50 + side
    w = rng.randrange(200, 420)
    cv2.rectangle(img, (x, y + 26), (x + w, y + 38), off(s.bg, 60), -1)
    cv2.line(img, (x - 4, y + 32), (x + w + 4, y + 32), RED, 3)
    note(img, rng.choice(BETTER), (x, y + 76), 0.56, GREEN, 2)
    cv2.circle(img, (WIDTH - 170, y + 48), 22, TANDEM, -1, cv2.LINE_AA)
    tri = np.array([(WIDTH - 178, y + 36), (WIDTH - 158, y + 48), (WIDTH - 178, y + 60)], np.int32)
    cv2.fillPoly(img, [tri], WHITE)
    star(img, (WIDTH - 90, y + 48), 14, GOLD if rng.random() < 0.4 else off(s.bg, 50))
    return 96


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


Part = Callable[[Screen, int], int]  # a part drawn at a y on a screen; returns its height


def titled_feed(
    cast: Cast, rng: random.Random, name: str, kind: str, themes: tuple[str, ...], title: str,
    parts: Sequence[Part], rows: tuple[str, bool, int, Part],
) -> Composite:  # fmt: skip
    """heldout43's ``titled`` page (``title`` across its top and one's 22-26 px face at the top
    right, in one of ``themes``, marked ``kind``) with ``parts`` down it in turn, then the section
    ``rows`` names (its heading, "See all" or not, the room its rows need, the row) with its rows down
    to the tab bar (heldout37's ``rows_to_tab_bar``): the finished screen."""
    s, y = titled(cast, rng, name, kind, themes, title, own=True)
    for part in parts:
        y += part(s, y)
    heading_text, more, room, row = rows
    y = section(s, y, heading_text, more)
    return rows_to_tab_bar(s, rng, y, room, lambda t: row(s, t))


def match_centre(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A match's live page in a team's app: the bar; the series (``series_header``); the minimap
    (``minimap``: 18-22 px); the kill feed (``kill_feed``: 18-22 px, the victims grey); the scoreboard
    (``player_row``: 20-28 px, the dead faded) down to the tab bar, which cuts the last; on 30 % a
    dark page with the whole screen in the game's colour-blind mode (heldout58's ``night_rows``
    through ``colour_blind``)."""
    blind = rng.random() < 0.3
    themes = ("dark",) if blind else ("dark", "dark", "light", "tinted")
    s, y = H59.pushed(cast, rng, name, "matchcentre", themes, "Match centre")
    y += series_header(s, rng, y)
    y += minimap(cast, rng, s, y)
    y += kill_feed(cast, rng, s, y)
    y = section(s, y, "Scoreboard", False)
    best, lines = rng.randrange(10), iter(range(100))

    def row(t: int) -> int:
        k = next(lines)
        return player_row(cast, rng, s, t, k, k == best)

    return H58.night_rows(s, rng, y, row, blind, colour_blind)


def clan_hub(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gaming clan's hub: the clan's title and one's 22-26 px face; the banner (``clan_banner``);
    the territories (``territory_map``: 18-24 px in hexagons); who is online (``online_now``: 32-46 px
    in hexagons, past the right edge); on 60 % the leader's message (``leader_message``: 64-100 px in
    a hexagon); the members (``member_row``: 22-30 px, the inactive faded) down to the tab bar."""
    parts = (
        lambda s, y: clan_banner(s, rng, y),
        functools.partial(territory_map, cast, rng),
        functools.partial(online_now, cast, rng),
        lambda s, y: leader_message(cast, rng, s, y) if rng.random() < 0.6 else 0,
    )
    rows = ("Members", False, 60, functools.partial(member_row, cast, rng))
    return titled_feed(
        cast, rng, name, "clanhub", ("dark", "dark", "light", "tinted"), rng.choice(CLANS), parts, rows
    )


def spotlight(cast: Cast, rng: random.Random, name: str) -> Composite:
    """The player of the week: the bar; the card (``mvp_card``: the player 110-240 px, cut by a side
    on some); the form (``form_chart``); the teammates (``teammates``: 22-28 px, tags over their
    feet); the matches to come where there is room (``fixture_row``: casters 24-30 px), above the
    "Watch live" button (heldout57's ``rows_then_button``)."""
    s, y = H59.pushed(cast, rng, name, "spotlight", ("dark", "dark", "light", "tinted"), "Player spotlight")
    y += mvp_card(cast, rng, s, y)
    y += form_chart(s, rng, y)
    y += teammates(cast, rng, s, y)
    return H57.rows_then_button(
        s, y, "Upcoming matches", lambda t: fixture_row(cast, rng, s, t), "Watch live"
    )


def full_council(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A full council meeting's agenda: the council's title and one's 22-26 px face; the chamber
    (``chamber_hero``: front faces 24-42 px, the projector's light or grey on some); the last vote
    (``vote_chart``); the items (``agenda_item``: officers 22-28 px, movers and seconders 18-22 px,
    speakers in stacks) down to the tab bar."""
    parts = (functools.partial(chamber_hero, cast, rng), lambda s, y: vote_chart(s, rng, y))
    items = iter(range(100))
    rows = ("Agenda", True, 60, lambda s, t: agenda_item(cast, rng, s, t, next(items)))
    themes = ("light", "light", "dark", "tinted")
    return titled_feed(cast, rng, name, "council", themes, rng.choice(COUNCILS), parts, rows)


def councillors(cast: Cast, rng: random.Random, name: str) -> Composite:
    """One's councillors: the bar; the wards' map (``ward_map``: 24-32 px in party rings); the cabinet
    (``cabinet``: 36-52 px in squircles, past the right edge); the surgeries (``surgery_row``: 24-32
    px in squircles) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "wards", ("light", "light", "dark", "tinted"), "Your councillors")
    y += ward_map(cast, rng, s, y)
    y += cabinet(cast, rng, s, y)
    y = section(s, y, "Surgeries", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: surgery_row(cast, rng, s, t))


def consultation(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A consultation: "Have your say" and one's 22-26 px face; the drop-in (``dropin_hero``: front
    faces 26-48 px, grey on some); the ideas' wall (``feedback_wall``: 20-26 px, notes over notes);
    on 55 % the planning team's word (``planner_note``: 64-110 px in a squircle); the comments
    (``comment_row``: 22-28 px, the council's replies 20-24 px) down to the tab bar."""
    parts = (
        functools.partial(dropin_hero, cast, rng),
        functools.partial(feedback_wall, cast, rng),
        lambda s, y: planner_note(cast, rng, s, y) if rng.random() < 0.55 else 0,
    )
    rows = ("Comments", True, 60, functools.partial(comment_row, cast, rng))
    themes = ("light", "light", "tinted", "dark")
    return titled_feed(cast, rng, name, "consult", themes, "Have your say", parts, rows)


def crew_sheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A rowing club's outing: the bar and the club; the conditions and the coaches (``outing_card``:
    30-40 px); the boats (``boat_row``: rowers 18-24 px, coxes 22-28 px, subs 18-22 px in stacks)
    down to the tab bar, which cuts the last."""
    day = rng.choice(("Sat", "Sun", "Wed"))
    themes = ("light", "light", "dark", "tinted")
    s, y = H59.pushed(cast, rng, name, "crews", themes, f"Outing - {day} {rng.randrange(6, 8)}:00")
    heading(s, 30, y + 36, rng.choice(ROWING_CLUBS), 0.7)
    y += 60
    y += outing_card(cast, rng, s, y)
    y = section(s, y, "Crews", False)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: boat_row(cast, rng, s, t))


def river_trip(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A paddling club's river trip: the club's title and one's 22-26 px face; the paddlers
    (``paddle_hero``: front faces 24-46 px, mist or grey on some); the run (``river_profile``); the
    buddy pairs (``buddy_row``: 22-28 px) down to the tab bar."""
    parts = (functools.partial(paddle_hero, cast, rng), lambda s, y: river_profile(s, rng, y))
    rows = ("Buddy pairs", False, 60, functools.partial(buddy_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return titled_feed(cast, rng, name, "paddle", themes, rng.choice(PADDLE_CLUBS), parts, rows)


def conversation_night(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A language cafe's conversation night: the cafe's title and one's 22-26 px face; the hosts
    (``table_hosts``: 34-48 px in teal rings, past the right edge); the phrase of the night
    (``phrase_card``); the tables two a row (``table_pair``: 20-26 px round each table) down to the tab
    bar, which cuts the last."""
    parts = (functools.partial(table_hosts, cast, rng), lambda s, y: phrase_card(s, rng, y))
    rows = ("Tonight's tables", False, 120, functools.partial(table_pair, cast, rng))
    themes = ("light", "dark", "light", "tinted")
    return titled_feed(cast, rng, name, "convo", themes, rng.choice(LANG_CAFES), parts, rows)


def tandem_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tandem call between language partners: the bar (``swap_bar``); the partner's camera with
    one's own in a circle (``partner_view``: the partner 110-240 px, one's own face 0.3-0.45 of 210
    px); the captions (``caption_card``); the corrections (``correction_row``: 20-26 px) above the
    call's controls (heldout58's ``call_foot``)."""
    s = new_screen(rng, name, cast.kind("tandem"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + swap_bar(s, rng, STATUS_H)
    y += partner_view(cast, rng, s, y)
    y += caption_card(s, rng, y)
    return H58.call_foot(s, rng, y, "Corrections", lambda t: correction_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    match_centre,
    clan_hub,
    spotlight,
    full_council,
    councillors,
    consultation,
    crew_sheet,
    river_trip,
    conversation_night,
    tandem_call,
)
# with people: each twice a round but two (the player of the week and the tandem call, a few large
# faces each)
ONCE = (spotlight, tandem_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a territory map with things in its
# hexagons, boats with things in their seats, tables with things round them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, clan_hub, crew_sheet, conversation_night)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT61_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h61", photos, free, seed, reps)
