"""Held-out screens, fiftieth set (issue 14), BLIND: scored once, on a frozen detector, before anyone
looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a gavel on its sound block, a park bench,
street-name signs on a pole, a library's shelves, a community notice board, a cleanup's bin bags
and litter picker; nothing with eyes, a mouth or a mask); every random choice from
``HELDOUT50_SEED`` (50505; the environment's ``HELDOUT50_SEED`` draws the set from another). Every
face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it on what the
finished screen shows: pixels drawn over a face afterwards stop being the face's, and a face left
with under half of its box is dropped. heldout11's ``Cast`` (through heldout26's, heldout40's,
heldout41's, heldout43's, heldout45's, heldout46's, heldout47's, heldout48's and heldout49's; this
set's screens are marked h50-) fills the people's places, and on face-free screens puts pets,
objects, textures, initials and this set's drawn things there; it counts a face cut by an edge
while half of its box is inside. Faces under 18 px are drawn but, as everywhere in the bench, never
counted.

What it adds is faces in the apps of local government, civic life and public services, most of
them small: a town council's hybrid meeting stream; a local petition with its signers; a local
election's guide and sample ballot; a public library's events and librarians' picks; a
neighbourhood association's committee; a transit agency's service alerts; a permit or ID
application's photo step; a court's jury-duty check-in; a volunteer cleanup's sign-up map; a
mayor's office Q&A. Near repeats avoided: heldout25's council stream (a dais of members behind a
desk with nameplates, a roll-call vote's columns, public comment's queue) and heldout22's calls
(here a hybrid meeting: who has the floor in a 16:9 frame under a lower third, the members in a
three-column grid of camera tiles or initials with name strips, muted badges, raised hands, the
chair tagged, the speaker outlined, and the public comment queue as rows with three-minute timers);
heldout25's and heldout16's fundraisers (a donor wall, an organiser in a progress ring; here a
petition's starter in a rounded square by the signatures' bar, signers as a honeycomb wall with
ticks for verified residents and a "+N" disc, reasons for signing as rows); heldout25's voter guide
and heldout14's election night (candidates cut out on party gradients, a ballot preview; here two
framed portraits side by side over party stripes with their answers as chips, and a paper ballot's
lines with ovals to fill and passport-like square photos ruled in ink, white even on dark pages);
heldout34's campus directory and heldout45's and heldout46's events (here a library's event
posters with the host ringed in white under a date block, past the right edge, and librarians'
faces over their picks' covers' corners); heldout31's volunteers' rota and heldout44's befriending
scheme (here an association's committee as an org chart, the chair over lines to three officers in
squircles with role tags under or over the chins, members in story rings, and an attendance list
with apologies in grey); heldout10's transit pass and heldout42's travel apps (here a line's
stations with riders' faces in speech bubbles over the stops, a dashed red stretch, and alert cards
with staff replies under STAFF tags); heldout13's passport maker, heldout35's ID photo checker,
heldout25's digital ID and heldout42's e-gate (here an upload's preview under crop brackets and a
rule of thirds, four rules' examples with ticks and crosses, one grey, and a clerk's note);
heldout45's legal apps (here a juror's summons with a check-in code, an assembly room's seats from
above with the seated jurors' faces, panels called as stacks); heldout46's volunteers on pins and
heldout43's allotment map (here a cleanup's zones dashed on a street map with volunteers on pins, the
last cleanup's group photo under a bags tag, zones with leaders, stacks and open places);
heldout25's live blog of a briefing (here a mayor's banner portrait under an opaque band, residents'
questions with votes, the mayor's answers in an accent ring under a MAYOR tag). Ten layouts:
- a council meeting (``council_meeting``): one's 22-26 px face; who has the floor
  (``speaker_view``: 70-150 px); the members (``member_tiles``: 28-60 px in tiles); public comment
  (``speaker_row``: 24-34 px);
- a petition (``petition_page``): one's 22-26 px face; the starter (``starter_card``: 64-130 px);
  the signers (``signers_wall``: 18-24 px, two or three rows); reasons (``signer_row``: 20-26 px);
- a local election (``local_ballot``): one's 22-26 px face; two candidates (``compare_pair``: 60-120
  px); the sample ballot (``ballot_row``: 22-30 px);
- a library (``library_events``): one's 22-26 px face; events (``event_poster``: hosts 40-64 px);
  a drawn shelf; picks (``pick_row``: 26-38 px);
- a neighbourhood committee (``neighbourhood_committee``): one's 22-26 px face; a drawn notice
  board; the chart (``org_chart``: the chair 64-100 px, officers 36-54 px, members 22-30 px); the
  attendance (``attendance_row``: 20-26 px, a quarter grey);
- service alerts (``service_alerts``): one's 22-26 px face; the line (``line_strip``: riders 18-24
  px); alerts (``alert_card``: staff 26-40 px, stacks of 18-22 px);
- a permit's photo step (``permit_upload``): the upload (``upload_preview``: 120-300 px); the
  examples (``example_row``: 40-70 px); the clerk (``reviewer_note``: 22-26 px) where there is room;
- jury service (``jury_checkin``): one's 22-26 px face; the summons (``summons_card``: 44-72 px);
  the room (``assembly_seats``: 18-24 px); panels (``panel_row``: stacks of 18-22 px);
- a cleanup (``cleanup_map``): one's 22-26 px face; the map (``zone_map``: pins of 20-30 px); on 60
  % the last cleanup (``cleanup_photo``: 26-56 px in front); zones (``zone_row``: leaders 28-44 px,
  stacks of 18-22 px);
- a mayor's Q&A (``mayor_qa``): the banner (``mayor_hero``: 90-240 px); questions
  (``question_post``: 26-40 px, the mayor's answers 30-40 px, stacks of 18-22 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo`` and heldout11's
``gathering`` show held-out photos' people at whatever size they come) or a stack's slightly smaller
faces can differ (the table below counts what is drawn). The library's posters run past the right
edge, the last across it (heldout45's ``carousel``), so some faces are cut by the edge and counted
while half of their box shows (the capture's right 8 px are black padding). Avatars are circles,
squircles, rounded squares, squares ruled in ink, story rings, borders, rims and rings, with
heldout2's looks (turned up to 20 degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %).
Light, dark and tinted themes (the council's stream mostly dark); JPEG quality 30-60. Name strips,
lower thirds, captions, muted badges, raised hands, role and STAFF tags (over chins on some), ticks
and crosses, crop brackets and the rule of thirds, the mayor's band, speech bubbles and tab bars
take the pixels they cover; a face under them counts while half of its box shows; rims, rings,
tiles, seats, pins and bubbles are drawn before the faces they hold; grey (apologies, the "no
filters" example) leaves the faces under it counted as they look; initials, dashed open places,
"+N" discs, line badges, check-in codes, book covers and drawn things are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,612 faces (1,299 under 32 px, 222 of 32-63, 77 of 64-127,
14 larger; 1,387 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in tiles, walls,
avatars, pins and seats, round things where a photo's people or a portrait's person would be);
``reps=1`` a quarter (18 screens with 396 faces: 319, 55, 19 and 3 by size, 348 under 40 px; 13
face-free). Each layout has people twice a round but the permit's photo step and the mayor's Q&A,
once (a few faces each, the largest among them). The faces of each layout at 4 reps, under 32 px,
of 32-63, of 64-127 and of 128 or more:
    council_meeting          8 screens   200 faces:  92,  72,  29,   7
    petition_page            8 screens   341 faces: 331,   0,  10,   0
    local_ballot             8 screens    91 faces:  71,   1,  19,   0
    library_events           8 screens    78 faces:  46,  32,   0,   0
    neighbourhood_committee  8 screens   189 faces: 157,  24,   8,   0
    service_alerts           8 screens    90 faces:  88,   2,   0,   0
    permit_upload            4 screens    38 faces:   4,  21,   9,   4
    jury_checkin             8 screens   210 faces: 202,   8,   0,   0
    cleanup_map              8 screens   313 faces: 252,  60,   1,   0
    mayor_qa                 4 screens    62 faces:  56,   2,   1,   3
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import cv2
import heldout3 as H3
import heldout11 as H11
import heldout22 as H22
import heldout23 as H23
import heldout46 as H46
import heldout49 as H49
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import greyed_at, rounded_card, rows_to_tab_bar
from heldout38 import rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, composer, dashed_ring, face_or_initials

DEFAULT_SEED = 50505


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT50_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 50505."""
    return int(env.get("HELDOUT50_SEED") or DEFAULT_SEED)


HELDOUT50_SEED = seed_from(os.environ)

CIVIC: Colour = (120, 70, 20)  # a council's navy (BGR)
BRICK: Colour = (60, 80, 170)
OAK: Colour = (60, 110, 160)
CORK: Colour = (90, 150, 195)
PARTIES: tuple[tuple[str, Colour], ...] = (
    ("Independent", (150, 150, 150)),
    ("Green", (70, 160, 60)),
    ("Labour", (60, 60, 200)),
    ("Liberal", (40, 170, 240)),
    ("Civic First", (170, 90, 130)),
    ("Residents", (180, 130, 40)),
)
LINES: tuple[tuple[str, Colour], ...] = (
    ("1", (60, 60, 210)),
    ("4", (60, 160, 60)),
    ("12", (200, 120, 40)),
    ("N", (40, 170, 240)),
    ("R", (160, 80, 170)),
    ("73", (110, 110, 110)),
)
TOWNS: tuple[str, ...] = ("Millbrook", "East Harbour", "Ashford Vale", "Kingsmead", "Riverton", "Oakfield")
LIBRARIES: tuple[str, ...] = ("Central Library", "Westgate Branch", "Hillside Library", "Canal St Library")
STREETS: tuple[str, ...] = ("Elm St", "Mill Rd", "High St", "Park Ave", "Quay Ln", "Church Rd", "Station Rd")
ITEMS: tuple[str, ...] = (
    "Item 4: Bike lanes on Mill Rd",
    "Item 2: Budget amendment",
    "Item 7: Library hours",
    "Item 5: Park renewal plan",
    "Item 3: Zoning variance 24-118",
)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def wood(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], colour: Colour) -> None:
    """A wooden surface filling ``rect``: ``colour`` with long wavy grain lines a little darker or
    lighter across it."""
    x1, y1, x2, y2 = rect
    cv2.rectangle(img, (x1, y1), (x2, y2), colour, -1)
    step = max(2, (y2 - y1) // 24)
    for y in range(y1, y2, step):
        phase, amp = rng.uniform(0, 6.3), rng.uniform(0.5, 2.5)
        pts = [
            (x, round(y + amp * math.sin(phase + x / max(8, (x2 - x1) / 5)))) for x in range(x1, x2 + 8, 8)
        ]
        cv2.polylines(img, [np.array(pts, np.int32)], False, tone(colour, rng.randrange(-22, 12)), 1)


def gavel(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A judge's or a chair's gavel on a desk: the desk's grained wood, a round sound block seen a
    little from above (its top lighter than its side), the gavel lying across it at a slant: a
    turned head with two brass bands and a long handle ending in a knob."""
    img = np.zeros((h, w, 3), np.uint8)
    wood(img, rng, (0, 0, w, h), tone(OAK, rng.randrange(-40, 10)))
    block = tone(OAK, -50)
    c = (round(w * rng.uniform(0.4, 0.6)), round(h * 0.66))
    rx, ry = max(4, round(w * 0.26)), max(2, round(h * 0.09))
    cv2.ellipse(img, (c[0], c[1] + ry), (rx, ry), 0, 0, 360, tone(block, -25), -1, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - rx, c[1]), (c[0] + rx, c[1] + ry), tone(block, -25), -1)
    cv2.ellipse(img, c, (rx, ry), 0, 0, 360, tone(block, 20), -1, cv2.LINE_AA)
    a = math.radians(rng.uniform(-35, -10))
    hc = (round(w * rng.uniform(0.3, 0.45)), round(h * 0.42))
    hl, hr = max(6, round(w * 0.2)), max(3, round(min(w, h) * 0.09))
    ca, sa = math.cos(a), math.sin(a)
    head = cv2.boxPoints(((hc[0], hc[1]), (hl * 2, hr * 2), math.degrees(a)))
    cv2.fillPoly(img, [head.astype(np.int32)], tone(block, -10), cv2.LINE_AA)
    for f in (-0.6, 0.6):
        band = cv2.boxPoints(
            ((hc[0] + f * hl * ca, hc[1] + f * hl * sa), (max(2, hl // 6), hr * 2 + 2), math.degrees(a))
        )
        cv2.fillPoly(img, [band.astype(np.int32)], GOLD, cv2.LINE_AA)
    down = (-sa, ca)
    end = (round(hc[0] - down[0] * h * 0.55 + ca * w * 0.3), round(hc[1] + h * 0.5))
    cv2.line(img, hc, end, tone(block, 10), max(2, hr * 2 // 3), cv2.LINE_AA)
    cv2.circle(img, end, max(2, hr * 2 // 3), tone(block, -20), -1, cv2.LINE_AA)
    return img


def park_bench(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A park bench on a path: lawn behind with a tree's trunk and low hedge, the gravel path, the
    bench's wooden slats (three for the back, two for the seat) on black iron legs and arms, a
    small brass plaque on the back's middle slat."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (90, 170, 110), (50, 120, 70))
    tx = round(w * rng.choice((0.12, 0.85)))
    cv2.rectangle(img, (tx - max(2, w // 30), 0), (tx + max(2, w // 30), round(h * 0.6)), (40, 60, 80), -1)
    cv2.rectangle(img, (0, round(h * 0.3)), (w, round(h * 0.42)), (40, 100, 50), -1)
    path = round(h * 0.72)
    cv2.rectangle(img, (0, path), (w, h), (150, 170, 180), -1)
    speckle(img, rng, (0, path, w, h), w * (h - path) // 3, 30)
    slat = tone(OAK, rng.randrange(-30, 20))
    x1, x2 = round(w * 0.12), round(w * 0.88)
    t = max(2, h // 22)
    iron = (40, 40, 40)
    for f in (0.18, 0.82):
        lx = round(x1 + (x2 - x1) * f)
        cv2.line(img, (lx, round(h * 0.4)), (lx, round(h * 0.86)), iron, max(2, w // 60))
    for k in range(3):
        y = round(h * 0.42) + k * (t + max(1, t // 2))
        cv2.rectangle(img, (x1, y), (x2, y + t), slat, -1)
    for k in range(2):
        y = round(h * 0.64) + k * (t + 1)
        cv2.rectangle(img, (x1 - w // 30, y), (x2 + w // 30, y + t), tone(slat, -20), -1)
    py = round(h * 0.42) + t + max(1, t // 2)
    cv2.rectangle(img, ((x1 + x2) // 2 - w // 14, py + 1), ((x1 + x2) // 2 + w // 14, py + t - 1), GOLD, -1)
    return img


def street_sign(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Street-name signs on a pole at a corner: a sky graded to a brick wall's corner, the grey
    pole, two blades (green or blue with a white border and the street's name) crossing at the
    pole's top, a one-way arrow's white-on-black plate under them."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 200, 150), (245, 235, 220))
    bx = round(w * rng.uniform(0.6, 0.8))
    cv2.rectangle(img, (bx, round(h * 0.2)), (w, h), BRICK, -1)
    for y in range(round(h * 0.2), h, max(3, h // 20)):
        cv2.line(img, (bx, y), (w, y), tone(BRICK, 40), 1)
    px = round(w * rng.uniform(0.35, 0.5))
    cv2.rectangle(img, (px - max(2, w // 40), round(h * 0.2)), (px + max(2, w // 40), h), (120, 120, 125), -1)
    blade = rng.choice(((60, 120, 30), (140, 70, 20)))
    for k, (y, dx) in enumerate(((0.2, -0.4), (0.34, 0.1))):
        bw, bh = round(w * 0.6), max(6, round(h * 0.11))
        x = px + round(w * dx) - (bw // 2 if k else 0)
        by = round(h * y)
        cv2.rectangle(img, (x, by), (x + bw, by + bh), blade, -1)
        cv2.rectangle(img, (x + 2, by + 2), (x + bw - 2, by + bh - 2), WHITE, max(1, bh // 12))
        note(img, rng.choice(STREETS), (x + bw // 10, by + bh * 3 // 4), bh / 40, WHITE, max(1, bh // 14))
    ay, ah = round(h * 0.55), max(6, round(h * 0.1))
    cv2.rectangle(img, (px - w // 5, ay), (px + w // 5, ay + ah), (30, 30, 30), -1)
    cv2.arrowedLine(img, (px - w // 7, ay + ah // 2), (px + w // 7, ay + ah // 2), WHITE, max(1, ah // 5),
                    tipLength=0.35)  # fmt: skip
    return img


def library_shelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A library's shelves: two or three wooden shelves across, books standing on each (spines of
    many widths, heights and colours, a band and a call number's white label near the foot), a
    book leaning at the end of a row, a gap here and there."""
    img = np.full((h, w, 3), tone(OAK, -60), np.uint8)
    rows = rng.randrange(2, 4)
    rh = h / rows
    for r in range(rows):
        foot = round((r + 1) * rh) - max(2, h // 40)
        cv2.rectangle(img, (0, foot), (w, foot + max(2, h // 40)), tone(OAK, 10), -1)
        x = rng.randrange(0, max(1, w // 20))
        while x < w:
            bw = max(3, round(w * rng.uniform(0.04, 0.09)))
            bh = round(rh * rng.uniform(0.6, 0.9))
            colour = H11.random_colour(rng, 40, 200)
            if rng.random() < 0.08:
                x += bw
                continue
            cv2.rectangle(img, (x, foot - bh), (x + bw - 1, foot - 1), colour, -1)
            cv2.line(img, (x, foot - bh * 3 // 4), (x + bw - 1, foot - bh * 3 // 4), tone(colour, 50), 1)
            lab = max(2, bh // 10)
            cv2.rectangle(img, (x + 1, foot - lab * 2), (x + bw - 2, foot - lab), (240, 240, 235), -1)
            x += bw + (1 if rng.random() < 0.7 else 0)
    return img


def notice_board(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A community notice board: cork in a wooden frame, four to seven notices pinned at slants
    (white, yellow or pale blue paper with a heading's bar and lines of text), a pushpin's small
    coloured head at each notice's top."""
    img = np.full((h, w, 3), CORK, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 2, 30)
    frame = max(3, min(w, h) // 18)
    cv2.rectangle(img, (0, 0), (w - 1, h - 1), tone(OAK, -30), frame)
    for _ in range(rng.randrange(4, 8)):
        pw, ph = round(w * rng.uniform(0.22, 0.4)), round(h * rng.uniform(0.25, 0.45))
        c = (rng.randrange(frame + pw // 2, max(frame + pw // 2 + 1, w - pw // 2)),
             rng.randrange(frame + ph // 2, max(frame + ph // 2 + 1, h - ph // 2)))  # fmt: skip
        a = rng.uniform(-12, 12)
        paper = rng.choice(((245, 245, 245), (150, 235, 250), (245, 225, 200)))
        box = cv2.boxPoints((c, (pw, ph), a)).astype(np.int32)
        cv2.fillPoly(img, [box], paper, cv2.LINE_AA)
        top = c[1] - ph // 2
        cv2.rectangle(
            img, (c[0] - pw // 3, top + ph // 8), (c[0] + pw // 3, top + ph // 5), tone(paper, -120), -1
        )
        for k in range(3):
            ly = top + ph // 3 + k * ph // 6
            cv2.line(img, (c[0] - pw // 3, ly), (c[0] + pw // 4, ly), tone(paper, -80), 1)
        pin = rng.choice(((40, 40, 220), (220, 120, 40), (40, 200, 60)))
        cv2.circle(img, (c[0], top + 2), max(2, min(w, h) // 40), pin, -1, cv2.LINE_AA)
    return img


def litter_haul(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cleanup's haul on the grass: two or three full bin bags (black or orange lumps knotted at
    the top, a sheen down one side), a litter picker's long grey pole lying across with its grip,
    a blue recycling crate with its slots."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (80, 170, 100), (50, 130, 70))
    speckle(img, rng, (0, 0, w, h), w * h // 4, 25)
    bag = rng.choice(((40, 40, 40), (40, 120, 240)))
    for k in range(rng.randrange(2, 4)):
        c = (round(w * (0.2 + 0.3 * k + rng.uniform(-0.05, 0.05))), round(h * rng.uniform(0.55, 0.7)))
        r = max(4, round(min(w, h) * rng.uniform(0.16, 0.22)))
        pts = [
            (
                c[0] + round(r * rng.uniform(0.85, 1.1) * math.cos(t)),
                c[1] + round(r * rng.uniform(0.85, 1.1) * math.sin(t)),
            )
            for t in np.linspace(0, 2 * math.pi, 14, endpoint=False)
        ]
        cv2.fillPoly(img, [np.array(pts, np.int32)], bag, cv2.LINE_AA)
        knot = np.array(
            [(c[0] - r // 4, c[1] - r + 2), (c[0], c[1] - r - r // 2), (c[0] + r // 4, c[1] - r + 2)],
            np.int32,
        )
        cv2.fillPoly(img, [knot], bag, cv2.LINE_AA)
        cv2.line(
            img,
            (c[0] + r // 2, c[1] - r // 2),
            (c[0] + r * 2 // 3, c[1] + r // 3),
            tone(bag, 60),
            max(1, r // 8),
        )
    cv2.line(img, (0, round(h * 0.9)), (w, round(h * 0.78)), (150, 150, 150), max(2, h // 50), cv2.LINE_AA)
    cv2.line(
        img, (0, round(h * 0.9)), (w // 6, round(h * 0.88)), (40, 160, 240), max(3, h // 30), cv2.LINE_AA
    )
    cx, cw = round(w * rng.uniform(0.55, 0.75)), max(6, w // 4)
    cv2.rectangle(img, (cx, round(h * 0.12)), (cx + cw, round(h * 0.4)), (170, 100, 30), -1)
    for k in range(1, 4):
        sx = cx + k * cw // 4
        cv2.line(img, (sx, round(h * 0.17)), (sx, round(h * 0.35)), (120, 60, 10), max(1, w // 80))
    return img


RENDERS: tuple[H11.Render, ...] = (gavel, park_bench, street_sign, library_shelf, notice_board, litter_haul)


@dataclass
class Cast(H49.Cast):
    """heldout49's cast (heldout48's, heldout47's, heldout46's, heldout45's, heldout43's,
    heldout41's, heldout40's, heldout26's and heldout11's: a scene of people or a thing; half of a
    face's box showing counts it), its screens marked h50-, whose drawn things are this set's: a
    gavel, a park bench, street signs, a library's shelves, a notice board, a cleanup's haul."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h50-" + super().kind(layout).removeprefix("h49-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def route_badge(img: np.ndarray, c: tuple[int, int], r: int, line: tuple[str, Colour]) -> None:
    """A transit line's badge: a disc of the line's colour with its name in white."""
    name, colour = line
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    scale = r / (16 * len(name) + 12)
    (tw, th), _ = cv2.getTextSize(name, cv2.FONT_HERSHEY_DUPLEX, scale, 2)
    cv2.putText(
        img, name, (c[0] - tw // 2, c[1] + th // 2), cv2.FONT_HERSHEY_DUPLEX, scale, WHITE, 2, cv2.LINE_AA
    )


def qr_block(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A check-in code: a white square with a 21 x 21 grid of random black cells and the three
    corner finder squares (never a face)."""
    cv2.rectangle(img, (x, y), (x + side, y + side), WHITE, -1)
    cell = side // 25
    ox, oy = x + 2 * cell, y + 2 * cell
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.45:
                cv2.rectangle(
                    img,
                    (ox + j * cell, oy + i * cell),
                    (ox + j * cell + cell - 1, oy + i * cell + cell - 1),
                    INK,
                    -1,
                )
    for fx, fy in ((0, 0), (14, 0), (0, 14)):
        a, b = ox + fx * cell, oy + fy * cell
        cv2.rectangle(img, (a, b), (a + 7 * cell - 1, b + 7 * cell - 1), INK, -1)
        cv2.rectangle(img, (a + cell, b + cell), (a + 6 * cell - 1, b + 6 * cell - 1), WHITE, -1)
        cv2.rectangle(img, (a + 2 * cell, b + 2 * cell), (a + 5 * cell - 1, b + 5 * cell - 1), INK, -1)


def book_cover(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A book's cover: a colour with a lighter panel, the title's bars and the author's line, a
    spine's shadow down its left edge."""
    colour = H11.random_colour(rng, 50, 210)
    cv2.rectangle(img, (x, y), (x + w, y + h), colour, -1)
    cv2.rectangle(img, (x, y), (x + max(3, w // 14), y + h), tone(colour, -40), -1)
    cv2.rectangle(img, (x + w // 6, y + h // 5), (x + w - w // 8, y + h // 2), tone(colour, 55), -1)
    for k in range(2):
        cv2.line(
            img, (x + w // 4, y + h // 4 + k * h // 10), (x + w - w // 4, y + h // 4 + k * h // 10), INK, 3
        )
    cv2.line(img, (x + w // 4, y + h - h // 6), (x + w - w // 3, y + h - h // 6), tone(colour, 80), 2)


def ballot_oval(img: np.ndarray, c: tuple[int, int], marked: bool) -> None:
    """A paper ballot's oval to fill in: an ink outline, filled black when ``marked``."""
    cv2.ellipse(img, c, (26, 14), 0, 0, 360, INK, -1 if marked else 2, cv2.LINE_AA)


def seat_grid(img: np.ndarray, x: int, y: int, cols: int, rows: int, pitch: int, colour: Colour) -> None:
    """An assembly room's rows of seats from above: rounded squares ``pitch`` px apart with an
    aisle after the middle column."""
    for r in range(rows):
        for c in range(cols):
            sx = x + c * pitch + (pitch // 2 if c >= cols // 2 else 0)
            rounded_card(img, sx, y + r * pitch, pitch - 10, pitch - 10, 8, colour)


# ----------------------------------------------------------------------------------------------
# Small parts: tiles, queues, walls, ballots, posters, charts, alerts, photos, seats and maps.
# ----------------------------------------------------------------------------------------------


def member_tile(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], role: str
) -> None:
    """A councillor's tile in a hybrid meeting's grid: on 85 % their camera (``Cast.photo``: the
    face 28-60 px near the tile's middle), else cameras off (an initials disc on the tile's dark);
    a name strip over the tile's foot (it takes the pixels it covers), a muted microphone's badge
    over the top right corner on 40 %, a raised hand at the top left on 12 %, ``role`` tagged."""
    x1, y1, x2, y2 = rect
    img = s.img
    w, h = x2 - x1, y2 - y1
    cv2.rectangle(img, (x1, y1), (x2, y2), (45, 45, 50), -1)
    if rng.random() < 0.85:
        cast.photo(s, x1, y1, w, h, small(rng, 28, 60), rounded_rect(h, w, 12))
    else:
        H22.initials_disc(
            img, rng, (x1 + w // 2, y1 + h // 2 - 10), min(w, h) // 4, H11.random_colour(rng, 60, 180)
        )
    cv2.rectangle(img, (x1, y2 - 34), (x2, y2), (30, 30, 30), -1)
    note(img, f"Cllr {who(rng)} {rng.choice(SURNAMES)[0]}.", (x1 + 10, y2 - 10), 0.45, WHITE)
    if rng.random() < 0.4:
        H22.mic_off(img, (x2 - 24, y1 + 24), 16, (30, 30, 30))
    if rng.random() < 0.12:
        H22.raised_hand(img, (x1 + 26, y1 + 28), 16)
    if role:
        tag(img, x1 + 8, y2 - 72, role, CIVIC, 30)


def speaker_view(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The stream's main view of who has the floor: a 16:9 frame across the screen (``Cast.photo``:
    the face 70-150 px), a lower third over its foot (the name and "Councillor" or "Resident" on the
    council's navy, opaque: it takes the pixels it covers), live captions on a dark band over the
    frame's top on 40 %. Returns its height with the gap under it."""
    img = s.img
    w = WIDTH - 40
    h = w * 9 // 16
    cast.photo(s, 20, y, w, h, rng.uniform(70, 150), rounded_rect(h, w, 18))
    cv2.rectangle(img, (20, y + h - 96), (20 + w * 3 // 5, y + h - 20), CIVIC, -1)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (40, y + h - 60), 0.66, WHITE, 2)
    note(
        img,
        rng.choice(("Councillor, Ward 3", "Resident", "City Engineer", "Mayor")),
        (40, y + h - 30),
        0.45,
        (220, 220, 220),
    )
    if rng.random() < 0.4:
        cv2.rectangle(img, (20, y), (20 + w, y + 60), (20, 20, 20), -1)
        note(img, words(rng, rng.randrange(4, 8)).lower(), (40, y + 40), 0.58, WHITE)
    return h + 16


def member_tiles(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A hybrid council meeting's grid of members: three columns and two or three rows of tiles
    (``member_tile``), the chair's first (tagged "CHAIR"), the one speaking outlined in green.
    Returns its height with the gap under it."""
    rows = rng.choice((2, 3))
    tw, th = (WIDTH - 60 - 20) // 3, rng.randrange(170, 210)
    speaking = rng.randrange(3 * rows)
    for k in range(3 * rows):
        x, t = 30 + (k % 3) * (tw + 10), y + (k // 3) * (th + 10)
        member_tile(cast, rng, s, (x, t, x + tw, t + th), "CHAIR" if k == 0 else "")
        if k == speaking:
            cv2.rectangle(s.img, (x - 2, t - 2), (x + tw + 2, t + th + 2), GREEN, 4)
    return rows * (th + 10) + 14


def speaker_row(cast: Cast, rng: random.Random, s: Screen, y: int, place: int) -> int:
    """A resident in public comment's queue: the place, their 24-34 px face (initials on some), the
    name and the item they speak to, their three minutes at the right (the first speaking: a green
    bar of the time gone). Returns its height (88 px)."""
    img = s.img
    note(img, str(place), (32, y + 52), 0.6, s.fg, 2)
    sd = face_or_initials(cast, rng, s, (70, y + 14), (24, 34), rng.choice(("circle", "border")), 0.12)
    x = 90 + sd
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 40), 0.56, s.fg, 2)
    note(img, rng.choice(ITEMS).split(": ")[1], (x, y + 72), 0.46, GREY)
    if place == 1:
        progress(img, WIDTH - 240, y + 36, 200, rng.uniform(0.1, 0.9), GREEN, off(s.bg, 30), 10)
        note(img, "speaking", (WIDTH - 200, y + 74), 0.45, GREEN, 2)
    else:
        pill(img, WIDTH - 150, y + 22, 110, 44, off(s.bg, 18))
        note(img, "3:00", (WIDTH - 126, y + 52), 0.52, s.fg)
    cv2.line(img, (30, y + 86), (WIDTH - 30, y + 86), off(s.bg, 14), 1)
    return 88


def starter_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A petition's starter: a card with their studio portrait in a rounded square at the left
    (heldout11's ``portrait``, the face 64-130 px), "Started by", the name and neighbourhood, who
    it is addressed to, the signatures as a bar to the goal. Returns its height with the gap under
    it (400 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 380, 22, card)
    pw, ph = 300, 340
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(64, 130))
    H11.paste_photo(cast, s, piece, faces, 40, y + 20, rounded_rect(ph, pw, 26))
    x = 370
    note(img, "Started by", (x, y + 60), 0.5, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 100), 0.72, s.fg, 2)
    note(img, f"{rng.choice(TOWNS)} resident", (x, y + 136), 0.5, GREY)
    note(
        img,
        f"To: {rng.choice(('The Mayor', 'City Council', 'Parks Board', 'Transit Authority'))}",
        (x, y + 186),
        0.55,
        s.fg,
    )
    goal = rng.choice((500, 1000, 2500, 5000))
    got = rng.randrange(goal // 5, goal)
    note(img, f"{got:,} signed of {goal:,}", (x, y + 250), 0.6, s.accent, 2)
    progress(img, x, y + 272, WIDTH - 60 - x, got / goal, s.accent, off(card, 26), 14)
    outlined(img, x, y + 300, 260, 56, s.accent, card)
    note(img, "Share", (x + 96, y + 338), 0.6, s.accent, 2)
    return 400


def signers_wall(cast: Cast, rng: random.Random, s: Screen, y: int, rows: int) -> int:
    """The petition's signers as a wall of tiny round faces (18-24 px, one size for the wall; a
    pet, a flag or initials in some places), ``rows`` rows set off by half a step every other row
    like a honeycomb, a tick over the lower right of a few (verified residents: it takes the
    pixels it covers), a "+N" disc closing the last row. Returns its height with the gap under
    it."""
    img = s.img
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.08, 1.16))
    step = side + rng.randrange(30, 48)
    per = (WIDTH - 80) // step
    for r in range(rows):
        off_x = step // 2 if r % 2 else 0
        for k in range(per - (1 if r % 2 else 0)):
            x, t = 40 + off_x + k * step, y + r * (side + 8)
            if r == rows - 1 and k == per - 2:
                H22.plus_more(img, x, t, side, rng.randrange(200, 9000), off(s.bg, 30), s.bg)
                break
            if rng.random() < 0.1:
                H3.initials(img, rng, x, t, side, "circle", None)
            else:
                cast.avatar(s, x, t, fp * rng.uniform(0.95, 1.0), side, "circle")
            if rng.random() < 0.08:
                badge(img, (x + side - 3, t + side - 3), 7, GREEN, "check", WHITE)
    return rows * (side + 8) + 24


def signer_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A recent signer's reason: their 20-26 px face in a rounded square (initials on some), the
    name and when, a line of why they signed, a heart's count at the right. Returns its height
    (104 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 16), (20, 26), "rounded", 0.12)
    x = 50 + sd
    note(img, f"{who(rng)} - signed {rng.randrange(2, 59)} min ago", (x, y + 38), 0.52, s.fg, 2)
    note(img, words(rng, rng.randrange(4, 8)).lower(), (x, y + 74), 0.5, s.fg)
    cv2.circle(img, (WIDTH - 110, y + 40), 9, RED, -1, cv2.LINE_AA)
    note(img, str(rng.randrange(1, 90)), (WIDTH - 92, y + 48), 0.5, GREY)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


QUESTIONS: tuple[str, ...] = (
    "Protected bike lanes",
    "Raise parking fees",
    "Keep libraries open Sun",
    "New housing on Quay Ln",
    "Fund the youth centre",
    "Ban leaf blowers",
)


def compare_pair(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A local election's two candidates compared side by side: each column a framed studio
    portrait (heldout11's ``portrait``, the face 60-120 px) with a thin rule round it and a stripe
    of the party's colour under it, the name and the party; then three questions across both
    columns, each side's answer as a "Yes", "No" or "Undecided" chip. Returns its height with the
    gap under it."""
    img = s.img
    cw = (WIDTH - 60 - 20) // 2
    ph = 300
    parties = rng.sample(PARTIES, 2)
    for k, (party, colour) in enumerate(parties):
        x = 30 + k * (cw + 20)
        piece, faces = H11.portrait(cast, cw, ph, rng.uniform(60, 120))
        H11.paste_photo(cast, s, piece, faces, x, y, None)
        cv2.rectangle(img, (x, y), (x + cw, y + ph), s.fg, 2)
        cv2.rectangle(img, (x, y + ph), (x + cw, y + ph + 12), colour, -1)
        note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + ph + 52), 0.66, s.fg, 2)
        note(img, party, (x, y + ph + 86), 0.5, GREY)
    t = y + ph + 110
    for q in rng.sample(QUESTIONS, 3):
        note(img, q, (30, t + 24), 0.52, s.fg, 2)
        for k in range(2):
            answer = rng.choice(("Yes", "Yes", "No", "Undecided"))
            back = {"Yes": GREEN, "No": RED, "Undecided": off(s.bg, 30)}[answer]
            pill(img, 30 + k * (cw + 20), t + 40, 170, 40, back)
            note(img, answer, (50 + k * (cw + 20), t + 68), 0.48, WHITE if answer != "Undecided" else s.fg, 2)
        t += 100
    return t - y + 10


def ballot_row(cast: Cast, rng: random.Random, s: Screen, y: int, marked: bool) -> int:
    """A line of the sample ballot on its paper (white even on a dark page): the oval to fill at
    the left (filled when ``marked``), the candidate's 22-30 px photo in a square with an ink rule
    round it (initials on some), the name in capitals and the party in small type. Returns its
    height (92 px)."""
    img = s.img
    cv2.rectangle(img, (30, y), (WIDTH - 30, y + 92), (248, 248, 245), -1)
    ballot_oval(img, (84, y + 46), marked)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    ay = y + 46 - side // 2
    if rng.random() < 0.1:
        H3.initials(img, rng, 140, ay, side, "square", INK)
    else:
        cast.avatar(s, 140, ay, fp, side, "square", INK)
    x = 160 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}".upper(), (x, y + 44), 0.56, INK, 2)
    note(img, rng.choice(PARTIES)[0].upper(), (x, y + 72), 0.42, (90, 90, 90))
    cv2.line(img, (30, y + 91), (WIDTH - 30, y + 91), (120, 120, 120), 1)
    return 92


EVENTS: tuple[str, ...] = (
    "Storytime",
    "Coding club",
    "Author talk",
    "Knit & natter",
    "ESL circle",
    "Tax help",
)


def event_poster(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A library event's poster at (x, y), w x h: a bold colour with a date block at its top left,
    the host's round 40-64 px face in a white ring at its middle, the event's name and time under
    it, the room on a tag."""
    img = s.img
    colour = H11.random_colour(rng, 60, 200)
    rounded_card(img, x, y, w, h, 20, colour)
    rounded_card(img, x + 16, y + 16, 70, 76, 10, WHITE)
    note(img, rng.choice(("MON", "TUE", "WED", "THU", "SAT")), (x + 26, y + 44), 0.5, RED, 2)
    note(img, str(rng.randrange(1, 29)), (x + 30, y + 80), 0.75, INK, 2)
    fp, side = _size(rng, 40, small(rng, 40.5, 64), (1.1, 1.2))
    ring_avatar(cast, s, x + (w - side) // 2, y + 110, fp, side, WHITE)
    ink = WHITE if sum(colour) < 420 else INK
    note(img, rng.choice(EVENTS), (x + 20, y + 150 + side), 0.62, ink, 2)
    note(img, f"{rng.randrange(9, 19)}:{rng.choice(('00', '30'))}", (x + 20, y + 186 + side), 0.5, ink)
    tag(img, x + 20, y + h - 50, f"Room {rng.choice('ABC')}", tone(colour, -50), 30)


def pick_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A librarian's pick: the book's cover (``book_cover``), the librarian's round 26-38 px face in
    a white rim over the cover's lower right corner, the title and "picked by", a line of why, a
    "Place hold" button. Returns its height (190 px)."""
    img = s.img
    book_cover(img, rng, 30, y + 10, 120, 160)
    fp, side = _size(rng, 26, small(rng, 26.5, 38), (1.1, 1.2))
    ax, ay = 150 - side * 2 // 3, y + 170 - side * 2 // 3
    cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 3, WHITE, -1, cv2.LINE_AA)
    cast.avatar(s, ax, ay, fp, side, "circle")
    x = 200
    note(img, words(rng, rng.randrange(2, 4)).title(), (x, y + 46), 0.62, s.fg, 2)
    note(
        img,
        f"Picked by {who(rng)}, {rng.choice(('children', 'teens', 'local history', 'fiction'))}",
        (x, y + 82),
        0.48,
        GREY,
    )
    note(img, words(rng, rng.randrange(4, 7)).lower(), (x, y + 118), 0.5, s.fg)
    outlined(img, x, y + 134, 200, 48, s.accent, s.bg)
    note(img, "Place hold", (x + 34, y + 166), 0.5, s.accent, 2)
    cv2.line(img, (30, y + 188), (WIDTH - 30, y + 188), off(s.bg, 14), 1)
    return 190


ROLES: tuple[str, ...] = ("Secretary", "Treasurer", "Vice-chair", "Events", "Planning", "Safety")


def org_chart(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A neighbourhood association's committee as a chart: the chair's round 64-100 px face at the
    top middle, lines down to three officers (36-54 px in squircles, their roles tagged under the
    faces or, on a quarter, over the chins: it takes the pixels it covers), then a row of six to
    eight members (22-30 px in story rings). Returns its height with the gap under it."""
    img = s.img
    fp, side = _size(rng, 64, small(rng, 64.5, 100), (1.1, 1.2))
    cx = WIDTH // 2
    line = off(s.bg, 50)
    ofp, oside = _size(rng, 36, small(rng, 36.5, 54), (1.1, 1.2))
    oy = y + side + 110
    xs = [cx - 320, cx, cx + 320]
    cv2.line(img, (cx, y + side), (cx, oy - 30), line, 3)
    cv2.line(img, (xs[0], oy - 30), (xs[2], oy - 30), line, 3)
    for ox in xs:
        cv2.line(img, (ox, oy - 30), (ox, oy), line, 3)
    ring_avatar(cast, s, cx - side // 2, y, fp, side, s.accent)
    note(img, f"Chair: {who(rng)}", (cx + side // 2 + 20, y + side // 2 + 8), 0.58, s.fg, 2)
    for k, ox in enumerate(xs):
        cast.avatar(s, ox - oside // 2, oy, ofp, oside, "squircle")
        low = rng.random() < 0.25
        role = ROLES[k] if k < 2 else rng.choice(ROLES[2:])
        tag(img, ox - 12 - 7 * len(role), oy + (oside * 7 // 10 if low else oside + 8), role, CIVIC, 28)
    my = oy + oside + 70
    note(img, "Members", (30, my), 0.55, GREY, 2)
    mfp, mside = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
    n = rng.randrange(6, 9)
    step = (WIDTH - 60) // n
    for k in range(n):
        cast.avatar(s, 30 + k * step + (step - mside) // 2, my + 20, mfp, mside, "ring")
    return my + 20 + mside + 30 - y


def attendance_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of the last meeting's attendance: the member's round 20-26 px face (initials on some),
    the name and street, "present" with a tick or, on a quarter, "apologies" with the face drawn
    again in grey (heldout46's ``greyed_disc``: it keeps counting, grey). Returns its height (84
    px)."""
    img = s.img
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    ax, ay = 34, y + 42 - side // 2
    cast.avatar(s, ax, ay, fp, side, "circle")
    away = rng.random() < 0.25
    if away:
        H46.greyed_disc(s, ax, ay, side)
    x = 54 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 38), 0.55, s.fg, 2)
    note(img, f"{rng.randrange(1, 120)} {rng.choice(STREETS)}", (x, y + 68), 0.46, GREY)
    if away:
        note(img, "apologies", (WIDTH - 200, y + 50), 0.5, GREY)
    else:
        badge(img, (WIDTH - 80, y + 42), 14, GREEN, "check")
    cv2.line(img, (30, y + 82), (WIDTH - 30, y + 82), off(s.bg, 14), 1)
    return 84


def line_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A transit line's stations across the screen: the line's thick band in its colour with a
    red, dashed stretch where the alert is, station stops as white discs with names slanted under
    them, riders reporting from some stations (round 18-24 px faces in speech bubbles' rims above
    the stops, a small tail pointing down). Returns its height with the gap under it (260 px)."""
    img = s.img
    line = rng.choice(LINES)
    route_badge(img, (54, y + 30), 24, line)
    note(
        img,
        f"{rng.choice(('Northbound', 'Southbound', 'Eastbound', 'Westbound'))}",
        (92, y + 40),
        0.55,
        s.fg,
        2,
    )
    by = y + 170
    cv2.line(img, (40, by), (WIDTH - 40, by), line[1], 14)
    n = rng.randrange(6, 9)
    step = (WIDTH - 100) // (n - 1)
    cut = rng.randrange(1, n - 2)
    for k in range(cut * step + 50, (cut + 1) * step + 50, 24):
        cv2.line(img, (k, by), (k + 12, by), RED, 14)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    for k in range(n):
        sx = 50 + k * step
        cv2.circle(img, (sx, by), 12, WHITE, -1, cv2.LINE_AA)
        cv2.circle(img, (sx, by), 12, INK, 2, cv2.LINE_AA)
        note(img, rng.choice(STREETS)[:7], (sx - 30, by + 48), 0.4, GREY)
        if rng.random() < 0.5:
            top = by - 40 - side
            cv2.circle(img, (sx, top + side // 2), side // 2 + 5, off(s.bg, 30), -1, cv2.LINE_AA)
            tail = np.array(
                [(sx - 6, top + side + 2), (sx + 6, top + side + 2), (sx, top + side + 14)], np.int32
            )
            cv2.fillPoly(img, [tail], off(s.bg, 30), cv2.LINE_AA)
            cast.avatar(s, sx - side // 2, top, fp * rng.uniform(0.95, 1.0), side, "circle")
    return 260


def alert_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A service alert: a card with a stripe of its severity, the line's badge, the alert's title
    and two lines; on 60 % a staff reply under it (the staff member's round 26-40 px face with a
    "STAFF" tag laid over its lower part: it takes the pixels it covers), on half the riders
    affected (a stack of 18-22 px). Returns its height with the gap under it."""
    img, card = s.img, off(s.bg, 10)
    reply = rng.random() < 0.6
    riders = rng.random() < 0.5
    h = 170 + (130 if reply else 0) + (60 if riders else 0)
    rounded_card(img, 20, y, WIDTH - 40, h, 20, card)
    severity = rng.choice(((60, 60, 220), (30, 170, 250), (200, 140, 60)))
    cv2.rectangle(img, (20, y + 14), (28, y + h - 14), severity, -1)
    route_badge(img, (76, y + 56), 26, rng.choice(LINES))
    note(
        img,
        rng.choice(("Delays", "Diversion", "Stop closed", "Reduced service", "Lift out of order")),
        (120, y + 64),
        0.66,
        s.fg,
        2,
    )
    for k in range(2):
        note(img, words(rng, rng.randrange(4, 8)).lower(), (50, y + 110 + 32 * k), 0.5, GREY)
    t = y + 170
    if reply:
        fp, side = _size(rng, 26, small(rng, 26.5, 40), (1.1, 1.2))
        rounded_card(img, 60, t, WIDTH - 120, 112, 16, off(card, 14))
        cast.avatar(s, 80, t + 20, fp, side, "circle")
        tag(img, 72, t + 20 + side * 3 // 5, "STAFF", severity, 24)
        note(
            img,
            f"{who(rng)} - {rng.choice(('Customer team', 'Operations', 'Line manager'))}",
            (110 + side, t + 42),
            0.5,
            s.fg,
            2,
        )
        note(img, words(rng, rng.randrange(4, 7)).lower(), (110 + side, t + 80), 0.48, s.fg)
        t += 130
    if riders:
        end = stack(cast, s, rng, 50, t, rng.randrange(3, 6), 18.3, 22, card, rng.randrange(4, 90))
        note(img, "affected", (end + 10, t + 28), 0.48, GREY)
    return h + 20


def upload_preview(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A permit application's uploaded photo under review: the photo (heldout11's ``portrait``, the
    face 120-300 px) on a card, the crop's white corner brackets and a thin rule of thirds over it
    (they take the pixels they cover), the size and "Checking..." under it with a bar. Returns its
    height with the gap under it."""
    img = s.img
    pw, ph = 620, 720
    x = (WIDTH - pw) // 2
    rounded_card(img, x - 16, y, pw + 32, ph + 120, 22, off(s.bg, 10))
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(120, 300))
    H11.paste_photo(cast, s, piece, faces, x, y + 16)
    for f in (1 / 3, 2 / 3):
        cv2.line(img, (x + round(pw * f), y + 16), (x + round(pw * f), y + 16 + ph), (235, 235, 235), 1)
        cv2.line(img, (x, y + 16 + round(ph * f)), (x + pw, y + 16 + round(ph * f)), (235, 235, 235), 1)
    arm = 60
    for cx, cy, dx, dy in (
        (x, y + 16, 1, 1),
        (x + pw, y + 16, -1, 1),
        (x, y + 16 + ph, 1, -1),
        (x + pw, y + 16 + ph, -1, -1),
    ):
        cv2.line(img, (cx, cy), (cx + dx * arm, cy), WHITE, 8)
        cv2.line(img, (cx, cy), (cx, cy + dy * arm), WHITE, 8)
    note(
        img,
        f"photo_{rng.randrange(1000, 9999)}.jpg - {rng.randrange(400, 3000)} KB",
        (x, y + ph + 62),
        0.5,
        GREY,
    )
    progress(img, x, y + ph + 84, pw, rng.uniform(0.3, 1.0), s.accent, off(s.bg, 30), 10)
    return ph + 140


def example_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The photo rules' examples: four square thumbnails across (``Cast.photo``: the face 40-70 px),
    a green tick or a red cross over each one's top right corner (it takes the pixels it covers),
    the "no filters" one drawn again in grey (heldout37's ``greyed_at``: counted as it looks), a
    word under each. Returns its height with the gap under it (260 px)."""
    img = s.img
    side = 220
    grey = rng.randrange(1, 4)
    for k, (label, ok) in enumerate(
        (("Good", True), ("No glasses", False), ("Plain wall", True), ("No filters", False))
    ):
        x = 30 + k * (side + 20)
        cast.photo(s, x, y, side, side, rng.uniform(40, 70), rounded_rect(side, side, 16))
        if k == grey:
            greyed_at(s, x, y, side)
        badge(img, (x + side - 22, y + 22), 18, GREEN if ok else RED, "check" if ok else "x", WHITE)
        note(img, label, (x + 10, y + side + 30), 0.48, s.fg)
    return side + 60


def reviewer_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A note from the clerk reviewing the application: their round 22-26 px face, name and office,
    a line or two of what to fix. Returns its height with the gap under it."""
    img = s.img
    lines = rng.randrange(1, 3)
    h = 110 + 34 * lines
    rounded_card(img, 20, y, WIDTH - 40, h, 20, off(s.bg, 12))
    fp, side = _size(rng, 22, small(rng, 22.5, 26), (1.1, 1.2))
    cast.avatar(s, 40, y + 24, fp, side, "circle")
    note(img, f"{who(rng)} - Permits office", (60 + side, y + 50), 0.55, s.fg, 2)
    for k in range(lines):
        note(img, words(rng, rng.randrange(4, 8)).lower(), (40, y + 100 + 34 * k), 0.5, s.fg)
    return h + 20


def summons_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A juror's summons: a card with the juror's 44-72 px photo in a rounded square, the name,
    juror number and court, the time to report, a check-in code at the right. Returns its height
    with the gap under it (330 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 310, 22, card)
    fp, side = _size(rng, 44, small(rng, 44.5, 72), (1.12, 1.25))
    cast.avatar(s, 44, y + 30, fp, side, "rounded")
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 62), 0.66, s.fg, 2)
    note(img, f"Juror #{rng.randrange(100000, 999999)}", (x, y + 98), 0.5, GREY)
    note(img, f"{rng.choice(TOWNS)} County Court", (44, y + 190), 0.55, s.fg)
    note(
        img,
        f"Report {rng.choice(('Mon', 'Tue', 'Wed'))} 8:{rng.choice(('00', '15', '30'))} am",
        (44, y + 230),
        0.55,
        s.accent,
        2,
    )
    note(img, f"Assembly room {rng.randrange(1, 5)}", (44, y + 268), 0.5, GREY)
    qr_block(img, rng, WIDTH - 300, y + 30, 250)
    return 330


def assembly_seats(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The jury assembly room from above: "Checked in" and rows of seats (``seat_grid``, ten across
    with an aisle), jurors already seated as round 18-24 px faces on about a third of the seats, one's
    own seat in the accent with "You". Returns its height with the gap under it."""
    img = s.img
    note(img, f"Checked in: {rng.randrange(40, 120)}", (30, y + 30), 0.58, s.fg, 2)
    rows, cols, pitch = rng.randrange(3, 6), 10, 96
    top = y + 56
    seat = off(s.bg, 24)
    seat_grid(img, 40, top, cols, rows, pitch, seat)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    mine = (rng.randrange(rows), rng.randrange(cols))
    for r in range(rows):
        for c in range(cols):
            sx = 40 + c * pitch + (pitch // 2 if c >= cols // 2 else 0)
            sy = top + r * pitch
            if (r, c) == mine:
                rounded_card(img, sx, sy, pitch - 10, pitch - 10, 8, s.accent)
                note(img, "You", (sx + 22, sy + 52), 0.5, WHITE, 2)
            elif rng.random() < 0.3:
                cast.avatar(
                    s,
                    sx + (pitch - 10 - side) // 2,
                    sy + (pitch - 10 - side) // 2,
                    fp * rng.uniform(0.95, 1.0),
                    side,
                    "circle",
                )
    return 56 + rows * pitch + 20


def panel_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A panel called from the room: its number and courtroom, a stack of its jurors (18-22 px,
    "+N"), its status on a pill. Returns its height (100 px)."""
    img = s.img
    note(
        img,
        f"Panel {rng.randrange(1, 12)} - Courtroom {rng.randrange(1, 9)}{rng.choice('ABC')}",
        (30, y + 38),
        0.56,
        s.fg,
        2,
    )
    stack(cast, s, rng, 30, y + 50, rng.randrange(2, 4), 18.3, 22, s.bg, rng.randrange(5, 30))
    status, colour = rng.choice((("Called", GREEN), ("Waiting", off(s.bg, 30)), ("Released", GREY)))
    pill(img, WIDTH - 210, y + 30, 170, 46, colour)
    note(img, status, (WIDTH - 186, y + 62), 0.5, WHITE if colour != off(s.bg, 30) else s.fg, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def zone_map(cast: Cast, rng: random.Random, s: Screen, y: int, h: int) -> int:
    """A cleanup's map (``h`` px high): grey streets in a grid, a park's green, a river's band,
    three or four zones outlined in dashes with their letters, bag drop points, volunteers on pins
    (heldout23's ``face_pin``: round 20-30 px faces). Returns its height with the gap under it."""
    img = s.img
    x1, x2 = 20, WIDTH - 20
    ground = (230, 235, 238) if sum(s.bg) > 384 else (70, 72, 75)
    cv2.rectangle(img, (x1, y), (x2, y + h), ground, -1)
    px, py = rng.randrange(x1 + 40, x2 - 400), rng.randrange(y + 40, y + h - 260)
    cv2.rectangle(img, (px, py), (px + 360, py + 220), (120, 190, 130), -1)
    rv = rng.randrange(y + 60, y + h - 60)
    cv2.line(img, (x1, rv), (x2, rv + rng.randrange(-80, 80)), (210, 170, 110), 34)
    road = off(ground, 40)
    for gx in range(x1 + 120, x2, 220):
        cv2.line(img, (gx, y), (gx, y + h), road, 10)
    for gy in range(y + 100, y + h, 200):
        cv2.line(img, (x1, gy), (x2, gy), road, 10)
    for k in range(rng.randrange(3, 5)):
        zx, zy = rng.randrange(x1 + 20, x2 - 300), rng.randrange(y + 20, y + h - 220)
        colour = PARTIES[k + 1][1]
        for e in range(zx, zx + 280, 24):
            cv2.line(img, (e, zy), (e + 12, zy), colour, 3)
            cv2.line(img, (e, zy + 200), (e + 12, zy + 200), colour, 3)
        for e in range(zy, zy + 200, 24):
            cv2.line(img, (zx, e), (zx, e + 12), colour, 3)
            cv2.line(img, (zx + 280, e), (zx + 280, e + 12), colour, 3)
        badge(img, (zx + 24, zy + 24), 18, colour, "ABCD"[k], WHITE)
    for _ in range(rng.randrange(2, 4)):
        c = (rng.randrange(x1 + 30, x2 - 30), rng.randrange(y + 30, y + h - 30))
        cv2.circle(img, c, 12, (40, 40, 40), -1, cv2.LINE_AA)
    for _ in range(rng.randrange(5, 10)):
        tip = (rng.randrange(x1 + 40, x2 - 40), rng.randrange(y + 90, y + h - 10))
        H23.face_pin(cast, s, rng, tip, 20, 30, rng.choice((s.accent, (40, 160, 240), (60, 160, 60))))
    cv2.rectangle(img, (x1, y), (x2, y + h), off(s.bg, 40), 2)
    return h + 20


def cleanup_photo(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Last cleanup's group photo across the screen (heldout11's ``gathering``: two rows of four to
    seven people, the front faces 26-56 px, the row behind at 0.6-0.8 of them, the smaller drawn
    and not counted), a tag of the bags collected over its top left, its corners rounded. Returns
    its height with the gap under it."""
    w, fp = WIDTH - 40, rng.uniform(26, 56)
    h = max(320, round(fp * rng.uniform(6.0, 7.5)))
    piece, faces = H11.gathering(
        cast,
        w,
        h,
        fp * rng.uniform(0.6, 0.8),
        fp,
        2,
        rng.randrange(4, 8),
        (1.7, 2.3),
        rng.uniform(0.05, 0.15),
    )
    H11.paste_photo(cast, s, piece, faces, 20, y)
    tag(s.img, 40, y + 20, f"{rng.randrange(12, 90)} bags collected", GREEN, 36)
    rounded_corners(s, (20, y, WIDTH - 20, y + h), 24)
    return h + 20


def zone_row(cast: Cast, rng: random.Random, s: Screen, y: int, zone: int) -> int:
    """A zone to sign up for: its letter's badge, the streets and places filled; the leader's 28-44
    px face in a rounded square at the right (initials on some); who signed up (a stack of 18-22
    px) then the open places as dashed rings. Returns its height (140 px)."""
    img = s.img
    colour = PARTIES[zone % 4 + 1][1]
    badge(img, (54, y + 44), 22, colour, "ABCD"[zone % 4], WHITE)
    note(img, f"{rng.choice(STREETS)} to {rng.choice(STREETS)}", (96, y + 40), 0.58, s.fg, 2)
    n = rng.randrange(4, 12)
    got = rng.randrange(1, n)
    note(img, f"{got} of {n} places", (96, y + 72), 0.48, GREY)
    face_or_initials(cast, rng, s, (WIDTH - 100, y + 12), (28, 44), "rounded", 0.12)
    end = stack(cast, s, rng, 96, y + 84, min(got, 5), 18.3, 22, s.bg)
    for k in range(min(n - got, 3)):
        dashed_ring(img, (end + 30 + k * 44, y + 104), 16, GREY)
    cv2.line(img, (30, y + 138), (WIDTH - 30, y + 138), off(s.bg, 14), 1)
    return 140


def mayor_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The mayor's Q&A banner: a studio portrait across the screen (heldout11's ``portrait``, the
    face 90-240 px) with a band of the council's navy over its foot (opaque: it takes the pixels
    it covers) holding "Ask the Mayor", the session's day and a LIVE tag. Returns its height with
    the gap under it."""
    pw, ph = WIDTH - 40, rng.randrange(480, 600)
    piece, faces = H11.portrait(cast, pw, ph, rng.uniform(90, 240))
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(ph, pw, 24))
    img = s.img
    cv2.rectangle(img, (20, y + ph - 120), (20 + pw, y + ph), CIVIC, -1)
    note(img, f"Ask the Mayor - {rng.choice(TOWNS)}", (50, y + ph - 70), 0.8, WHITE, 2)
    note(
        img,
        f"{rng.choice(('Thursday', 'Monday', 'Tonight'))} {rng.randrange(5, 8)} pm",
        (50, y + ph - 30),
        0.5,
        (220, 220, 220),
    )
    if rng.random() < 0.5:
        tag(img, WIDTH - 150, y + 24, "LIVE", RED, 38)
    return ph + 20


def question_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A resident's question: the votes (an up arrow and a count) at the left, their round 26-40 px
    face (initials on some), the name and street, the question in two lines; on half the mayor's
    answer indented under it (the mayor's round 30-40 px face in a ring of the accent, a "MAYOR"
    tag, a line); residents who liked it (a stack of 18-22 px). Returns its height."""
    img = s.img
    up = np.array([(50, y + 30), (34, y + 52), (66, y + 52)], np.int32)
    cv2.fillPoly(img, [up], s.accent, cv2.LINE_AA)
    note(img, str(rng.randrange(2, 400)), (32, y + 86), 0.5, s.fg, 2)
    sd = face_or_initials(cast, rng, s, (90, y + 16), (26, 40), rng.choice(("circle", "squircle")), 0.12)
    x = 110 + sd
    note(img, f"{who(rng)} - {rng.choice(STREETS)}", (x, y + 44), 0.55, s.fg, 2)
    for k in range(2):
        note(
            img, words(rng, rng.randrange(4, 8)).lower() + ("?" if k else ""), (x, y + 80 + 32 * k), 0.5, s.fg
        )
    t = y + 130
    if rng.random() < 0.5:
        rounded_card(img, 120, t, WIDTH - 150, 120, 18, off(s.bg, 12))
        fp, side = _size(rng, 30, small(rng, 30.5, 40), (1.1, 1.2))
        ring_avatar(cast, s, 140, t + 60 - side // 2, fp, side, s.accent)
        tag(img, 160 + side, t + 18, "MAYOR", s.accent, 28)
        note(img, words(rng, rng.randrange(4, 7)).lower(), (160 + side, t + 86), 0.5, s.fg)
        t += 136
    end = stack(cast, s, rng, x, t, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 40))
    note(img, "agree", (end + 10, t + 28), 0.46, GREY)
    cv2.line(img, (30, t + 58), (WIDTH - 30, t + 58), off(s.bg, 14), 1)
    return t + 60 - y


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def council_meeting(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A town council's hybrid meeting stream (mostly dark): the title and one's 22-26 px face; a
    LIVE tag and the agenda item; who has the floor (``speaker_view``: 70-150 px); the members'
    grid (``member_tiles``: 28-60 px faces in tiles, name strips, muted badges); public comment's
    queue (``speaker_row``: 24-34 px) down to the tab bar."""
    s, y = titled(
        cast,
        rng,
        name,
        "council",
        ("dark", "dark", "light", "tinted"),
        f"{rng.choice(TOWNS)} Council",
        own=True,
    )
    img = s.img
    tag(img, 30, y - 6, "LIVE", RED, 36)
    note(img, rng.choice(ITEMS), (130, y + 20), 0.55, s.fg, 2)
    y += 50
    y += speaker_view(cast, rng, s, y)
    y += member_tiles(cast, rng, s, y)
    y = section(s, y, "Public comment", False)
    places = iter(range(1, 40))
    return rows_to_tab_bar(s, rng, y, 88, lambda t: speaker_row(cast, rng, s, t, next(places)))


def petition_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A local petition: the title and one's 22-26 px face; the ask; the starter (``starter_card``:
    64-130 px); the signers' wall (``signers_wall``: 18-24 px, four to seven rows); recent reasons
    (``signer_row``: 20-26 px) down to the sign button."""
    s, y = titled(cast, rng, name, "petition", ("light", "light", "tinted", "dark"), "Petition", own=True)
    note(
        s.img,
        rng.choice(
            (
                "Save the Quay Ln library",
                "Safe crossing at the school",
                "Reopen the lido",
                "Trees for High St",
            )
        ),
        (30, y + 6),
        0.62,
        s.fg,
        2,
    )
    y += 30
    y += starter_card(cast, rng, s, y)
    y = section(s, y, "Who signed", True)
    y += signers_wall(cast, rng, s, y, rng.choice((2, 2, 3)))
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Reasons for signing", lambda t: signer_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Sign this petition")


def local_ballot(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A local election's guide: the title and one's 22-26 px face; the race; two candidates
    compared (``compare_pair``: 60-120 px portraits, answers' chips); the sample ballot's lines
    (``ballot_row``: 22-30 px photos by ovals, one filled) down to the tab bar."""
    s, y = titled(cast, rng, name, "ballot", ("light", "tinted", "light", "dark"), "Your ballot", own=True)
    note(s.img, f"Ward {rng.randrange(1, 12)} - council seat - {rng.choice(TOWNS)}", (30, y), 0.55, GREY)
    y += 30
    y += compare_pair(cast, rng, s, y)
    y = section(s, y, "Sample ballot", False)
    marked = rng.randrange(4)
    rows = iter(range(40))
    return rows_to_tab_bar(s, rng, y, 92, lambda t: ballot_row(cast, rng, s, t, next(rows) == marked))


def library_events(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A public library's app: the branch and one's 22-26 px face; the search field; events past
    the right edge (``event_poster``: hosts 40-64 px); a drawn shelf's banner; librarians' picks
    (``pick_row``: 26-38 px faces over the covers) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "library", ("light", "tinted", "light", "dark"), rng.choice(LIBRARIES), own=True
    )
    img = s.img
    pill(img, 30, y, WIDTH - 60, 60, off(s.bg, 14))
    note(img, "Search the catalogue", (70, y + 40), 0.55, GREY)
    y += 80
    y = section(s, y, "This week", True)
    pw, ph = 280, rng.randrange(330, 380)
    for x in carousel(rng, pw + 20, pw):
        event_poster(cast, rng, s, x, y, pw, ph)
    y += ph + 24
    blit(img, H11.render(rng, WIDTH - 60, 130, (library_shelf,)), 30, y, rounded_rect(130, WIDTH - 60, 18))
    y += 150
    y = section(s, y, "Librarians' picks", True)
    return rows_to_tab_bar(s, rng, y, 190, lambda t: pick_row(cast, rng, s, t))


def neighbourhood_committee(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood association's committee page: the association and one's 22-26 px face; the
    next meeting; the committee (``org_chart``: the chair 64-100 px, officers 36-54 px, members
    22-30 px); last meeting's attendance (``attendance_row``: 20-26 px, apologies grey) down to the
    tab bar."""
    s, y = titled(
        cast,
        rng,
        name,
        "committee",
        ("light", "tinted", "dark", "light"),
        f"{rng.choice(STREETS)} Residents",
        own=True,
    )
    blit(s.img, H11.render(rng, 150, 110, (notice_board,)), 30, y, rounded_rect(110, 150, 14))
    note(s.img, f"Next meeting {rng.choice(('Tue', 'Wed', 'Thu'))} 7 pm", (200, y + 40), 0.58, s.fg, 2)
    note(s.img, rng.choice(("Community hall", "Library room B", "Online")), (200, y + 80), 0.5, GREY)
    y += 140
    y = section(s, y, "Committee", False)
    y += org_chart(cast, rng, s, y)
    y = section(s, y, "Last meeting", False)
    return rows_to_tab_bar(s, rng, y, 84, lambda t: attendance_row(cast, rng, s, t))


def service_alerts(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A transit agency's service alerts: the title and one's 22-26 px face; lines' chips; a line's
    stations (``line_strip``: riders' 18-24 px faces over the stops); alert cards (``alert_card``:
    staff 26-40 px under STAFF tags, riders' stacks of 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "alerts", ("light", "dark", "tinted", "light"), "Service alerts", own=True)
    for k, line in enumerate(rng.sample(LINES, 5)):
        route_badge(s.img, (60 + k * 80, y + 20), 28, line)
    y += 70
    y += line_strip(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 190, lambda t: alert_card(cast, rng, s, t))


def permit_upload(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A permit or ID application's photo step: the steps (step 3 of 5); the uploaded photo under
    review (``upload_preview``: 120-300 px); the rules' examples (``example_row``: 40-70 px, one
    grey); the clerk's note (``reviewer_note``: 22-26 px) where there is room; the continue button."""
    s = new_screen(rng, name, cast.kind("permit"), ("light", "light", "tinted", "dark"))
    img, top = s.img, STATUS_H
    heading(
        s,
        30,
        top + 62,
        rng.choice(("Resident parking permit", "Photo ID card", "Market trader licence")),
        0.85,
    )
    for k in range(5):
        cv2.circle(img, (60 + k * 110, top + 110), 14, s.accent if k <= 2 else off(s.bg, 30), -1, cv2.LINE_AA)
        if k < 4:
            cv2.line(img, (78 + k * 110, top + 110), (152 + k * 110, top + 110), off(s.bg, 30), 3)
    note(img, "Step 3 of 5: your photo", (600, top + 118), 0.5, GREY)
    y = top + 150
    y += upload_preview(cast, rng, s, y)
    y += example_row(cast, rng, s, y)
    foot = H - NAV_H - 120
    if y + 160 < foot:
        reviewer_note(cast, rng, s, y)
    return finish_with_button(s, foot, "Continue")


def jury_checkin(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A court's jury-duty check-in: the title and one's 22-26 px face; the summons
    (``summons_card``: 44-72 px); the assembly room (``assembly_seats``: 18-24 px on the seats);
    panels called (``panel_row``: stacks of 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "jury", ("light", "tinted", "dark", "light"), "Jury service", own=True)
    y += summons_card(cast, rng, s, y)
    y += assembly_seats(cast, rng, s, y)
    y = section(s, y, "Panels", False)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: panel_row(cast, rng, s, t))


def cleanup_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A volunteer cleanup's sign-up: the title and one's 22-26 px face; the day; the map
    (``zone_map``: volunteers on pins, 20-30 px); on 60 % last cleanup's photo (``cleanup_photo``:
    26-56 px in front); the zones (``zone_row``: leaders 28-44 px, stacks of 18-22 px, open
    places) down to the tab bar."""
    s, y = titled(
        cast, rng, name, "cleanup", ("light", "tinted", "light", "dark"), "Big Spring Clean", own=True
    )
    note(
        s.img,
        f"Sat {rng.randrange(1, 29)} {rng.choice(('April', 'May', 'Sept'))} - 10 am at {rng.choice(STREETS)}",
        (30, y),
        0.55,
        GREY,
    )
    y += 24
    y += zone_map(cast, rng, s, y, rng.randrange(520, 640))
    if rng.random() < 0.6:
        y += cleanup_photo(cast, rng, s, y)
    zones = iter(range(40))
    return rows_to_tab_bar(s, rng, y, 140, lambda t: zone_row(cast, rng, s, t, next(zones)))


def mayor_qa(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A mayor's office Q&A: the banner (``mayor_hero``: the mayor 90-240 px); sort chips; residents'
    questions (``question_post``: 26-40 px, the mayor's answers 30-40 px, stacks of 18-22 px) down
    to the message field."""
    s = new_screen(rng, name, cast.kind("qanda"), ("light", "tinted", "dark", "light"))
    y = STATUS_H + 20
    y += mayor_hero(cast, rng, s, y)
    lit = rng.randrange(3)
    for k, label in enumerate(("Top", "New", "Answered")):
        pill(s.img, 30 + k * 200, y, 184, 50, s.accent if k == lit else off(s.bg, 16))
        note(s.img, label, (60 + k * 200, y + 34), 0.55, WHITE if k == lit else s.fg, 2)
    y += 70
    foot = H - NAV_H - 100
    while y + 250 < foot:
        y += question_post(cast, rng, s, y)
    cv2.rectangle(s.img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return composer(s, foot + 18, "Ask a question")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    council_meeting,
    petition_page,
    local_ballot,
    library_events,
    neighbourhood_committee,
    service_alerts,
    permit_upload,
    jury_checkin,
    cleanup_map,
    mayor_qa,
)
# with people: each twice a round but two (a permit's photo step and the mayor's Q&A, a few large
# faces each)
ONCE = (permit_upload, mayor_qa)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a meeting's tiles, a petition's wall and a
# map's pins with things in them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, council_meeting, petition_page, cleanup_map)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT50_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h50", photos, free, seed, reps)
