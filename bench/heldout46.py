"""Held-out screens, forty-sixth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a fire hydrant on a pavement, a
defibrillator's cabinet on a wall, an emergency vehicle's light bar, a wall of sandbags in a flood,
a first-aid kit open on a table, a road closed by a barrier and cones, a weather radar's map, hoses
rolled on a fire station's rack; nothing with eyes, a mouth or a mask); every random choice from
``HELDOUT46_SEED`` (46464; the environment's ``HELDOUT46_SEED`` draws the set from another). Every
face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it on what the
finished screen shows: pixels drawn over a face afterwards stop being the face's, and a face left
with under half of its box is dropped. heldout11's ``Cast`` (through heldout26's, heldout40's,
heldout41's, heldout43's and heldout45's; this set's screens are marked h46-) fills the people's
places, and on face-free screens puts pets, objects, textures, initials and this set's drawn things
there; it counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn
but, as everywhere in the bench, never counted.

What it adds is faces in the apps of emergencies, public safety and community alerts, most of them
small: a missing-person alert, the person's photo large in a red frame beside an earlier one in
grey, where last seen and the sightings reported with CCTV stills; a neighbourhood watch's feed,
the residents under their house numbers, members on patrol and the week's incidents on a map; an
emergency card, the holder under a blood group's drop and the emergency contacts as call tiles;
a first-aid volunteers' dispatch, the responders on pins round an incident, the one who accepted
and who else was alerted; an emergency department's wait and triage tracker with one's nurse and
the doctors on shift; a blood drive, its donors in drops, its staff and the booked donors; a
crisis check-in, who is marked safe under a shield and who is not yet, greyed; a school's lockdown
alert to parents, the head teacher, each child's class and teacher, the staff checked in; a
volunteer fire brigade's roster, the crews in their appliances' seats on shields and the answers to
a callout; a reunion board after a disaster, people, groups, pets and things found, each under its
status. Near repeats avoided: heldout27's lost-and-found board and heldout25's news article (notices
turned under pushpins on cork, a press photo; here a full-screen alert under a red band with a
siren: one portrait large in a red frame under a "MISSING" ribbon, an earlier photo of the person in
grey by the details, a map with a dashed search ring, sightings whose thumbnails are drawn street
things or CCTV stills in grey with their time burnt in); heldout15's neighbourhood feed and
heldout27's safety post (a feed caught mid-fling under motion blur, a doorbell clip through a wide
lens; here still posts edged in their category's colour, a house number's chip over each resident's
avatar, the week's hazards as triangles on a map, members on patrol in green rings and moderators'
answers in rounded squares); heldout19's Medical ID and heldout24's health record (a settings page
with the face over fields and contacts in a list, an ID photo with the blood group written; here a
card's front under a red band, the photo in a red rim under a red drop holding the blood group,
allergies as chips, contacts as photo tiles two a row with the relation on a dark band over their
foot and a call button over their corner); heldout29's walkers, heldout41's couriers, heldout42's
co-riders on pins and heldout24's family locator (round faces in pins or discs; here pins with
square heads rimmed in the colour of each responder's answer, ETA chips over their corner, round an
incident's cross and range rings, a defibrillator's marker and a dashed route, a sheet over the
map's foot with the dispatch); heldout45's telecom queue board, heldout24's care team and
heldout32's front desk (advisers' photos by tickets, a care team in rows; here who waits is
anonymous, triage discs by colour, a wait chart and a stepper, one nurse under a stethoscope's
badge with vital signs' trace, doctors in a row cut by the edge, updates down a timeline);
heldout25's donor wall and fundraiser and heldout39's campaign (tiny faces over gifts, donors'
stacks; here donors framed in red drops with their blood group's chip over their foot, the goal as
a drop filled red, a staff card under a lanyard's "STAFF" tag, booked donors with their donations as
rows of small drops); heldout44's fall alert and family circle (a parent in pulse discs, members in
green or grey rings round a house; here a crisis check-in under a weather radar, one's own "marked
safe" card, friends under green shields with ticks and those not heard from drawn again in grey
inside dashed rings with "Ask" buttons); heldout24's school app (children, a timetable with
teachers, a class photo; here a lockdown's band, the head teacher's message in a red ring with the
readers' stack, each child's class card with the teacher rimmed over its corner and the pupils
accounted for, the staff checked in with presence dots); heldout32's, heldout31's and heldout25's
rotas and heldout41's chef's brigade (a row a person with faces in cells, dashed places, a brigade
in rings; here each appliance's cab as a plan of seats, driver, officer and breathing apparatus,
firefighters on red shields or dashed empty seats, the crew on call on shields, a callout's
answers with qualifications); heldout27's lost-and-found board and heldout29's pet adoption
(notices askew under pushpins, an animal's photo and adopters' cards; here an even two-column board
of cards whose photo's foot is a status band, reunited, looking for family or found safe, with
the poster rimmed over its end, above them a reunion told on a card, two people before a softened
street, or a shelter volunteer's banner). Ten layouts:
- a missing-person alert (``missing_alert``): the person (``missing_poster``: 120-280 px, an
  earlier photo in grey of 40-80 px on 55 %); who shared it (18-22 px); sightings
  (``sighting_row``: 20-28 px, CCTV stills of 18-40 px in grey on some);
- a neighbourhood watch (``watch_feed``): one's 22-26 px face; members on patrol (26-36 px in green
  rings, cut by the right edge); posts (``watch_post``: 24-32 px, photos of 18-44 px on some,
  moderators 20-24 px, "thanked" stacks of 18-22 px);
- an emergency card (``ice_card``): the holder (``holder_card``: 64-150 px, who can see it 18-22
  px); contacts (``contact_tile``: 44-76 px, others in their photos cut by the edges); doctors and
  carers (``doctor_row``: 24-32 px);
- a first-aid dispatch (``responder_map``): responders on pins (``badge_pin``: 20-30 px); the one
  who accepted (``dispatch_card``: 48-90 px); who else was alerted (``alerted_row``: 22-30 px);
- an emergency department's tracker (``er_tracker``): the nurse (``nurse_card``: 56-110 px);
  doctors on shift (30-44 px, cut by the right edge); updates (``care_update``: 20-26 px);
- a blood drive (``blood_drive``): the hall (``drive_banner``: 18-56 px); donors today
  (``drop_avatar``: 30-44 px in drops, cut by the right edge); the staff (``staff_card``: 56-100
  px, the team 18-24 px); booked donors (``donation_row``: 22-30 px in drops);
- a crisis check-in (``safe_checkin``): one's own (``safe_banner``: 28-40 px); friends
  (``safe_row``: 28-40 px, under shields or greyed, photos of 18-48 px on some);
- a school's lockdown alert (``lockdown_alert``): the head teacher (``head_message``: 44-72 px,
  readers 18-22 px); children (``class_card``: 28-40 px, teachers 24-32 px); staff checked in
  (26-36 px, cut by the right edge); updates (``alert_update``: 20-26 px);
- a volunteer fire brigade's roster (``brigade_roster``): the crew on call (26-40 px on shields,
  cut by the right edge); appliances (``apparatus_card``: 24-34 px in seats); a callout's answers
  (``response_row``: 22-30 px);
- a reunion board (``reunion_board``): one's 22-26 px face; on half a reunion (``reunited_story``:
  90-220 px, the one found with them at 0.55-0.9 of it on 60 %), else a volunteer
  (``volunteer_banner``: 40-64 px); cards (``reunion_card``: a person 40-90 px, a group 18-50 px,
  or a pet or a thing; posters 20-26 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut (``cut_photo``,
and heldout37's ``wide_photo`` for photos nearly as wide as the screen, show held-out group photos
at whatever size their people come) or a stack's slightly smaller faces can differ (the table below
counts what is drawn). Members on patrol, doctors on shift, donors today, staff checked in and the
crew on call run past the right edge, their last item across it (heldout45's ``carousel``), so some
faces are cut by the edge and counted while half of their box shows (the capture's right 8 px are
black padding). Light, dark and tinted themes (the dispatch and the brigade mostly dark); JPEG
quality 30-60. Ribbons, tags, house numbers' chips, blood groups' drops and chips, relations' and
status bands, "STAFF" tags, ETA chips, shields, stethoscopes' and presence badges, call buttons,
the sheet over the map and tab bars take the pixels they cover; a face under them counts while half
of its box shows; rims, rings, drops and shields are drawn before the faces they hold; the grey
(an earlier photo, CCTV stills, friends not marked safe) and the scrims along the drive's banner
and the reunion's card leave the faces under them counted as they look; initials, the anonymous
tip's "?", triage discs, hazards, the incident's cross, crests, "+N" discs and drawn things are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,214 faces (973 under 32 px, 163 of 32-63, 66 of 64-127,
12 larger; 1,046 under 40 px) and 52 face-free screens (the same layouts with things in the
people's places: pets, objects, textures, initials and this set's drawn things in avatars, pins,
drops, shields, tiles, cards and photos, round things where a missing person, a reunited family or
the people of a hall would be); ``reps=1`` a quarter (18 screens with 296 faces: 237, 35, 21 and 3
by size, 253 under 40 px; 13 face-free). Each layout has people twice a round but the alert and the
card, once (one large face and a few small ones, and the holder with the contacts' tiles, the
set's most faces of 32-127 px on a screen: 8.25 and 18.25 faces a screen at 4 reps). The faces of
each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    missing_alert        4 screens    33 faces:  27,   2,   0,   4
    watch_feed           8 screens   157 faces: 157,   0,   0,   0
    ice_card             4 screens    73 faces:  34,  20,  18,   1
    responder_map        8 screens    87 faces:  79,   4,   4,   0
    er_tracker           8 screens   120 faces:  96,  19,   5,   0
    blood_drive          8 screens   186 faces: 150,  31,   5,   0
    safe_checkin         8 screens    75 faces:  58,  17,   0,   0
    lockdown_alert       8 screens   169 faces: 160,   8,   1,   0
    brigade_roster       8 screens   147 faces: 138,   9,   0,   0
    reunion_board        8 screens   167 faces:  74,  53,  33,   7
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
import heldout15 as H15
import heldout45 as H45
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading, street_map
from heldout20 import cut_photo, note
from heldout21 import chips, progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, ribbon, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import status_dot
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar, wide_photo
from heldout38 import rimmed, rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import AMBER, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 46464


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT46_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 46464."""
    return int(env.get("HELDOUT46_SEED") or DEFAULT_SEED)


HELDOUT46_SEED = seed_from(os.environ)

BLUE: Colour = (200, 110, 30)  # BGR
KHAKI: Colour = (120, 170, 190)
STREETS: tuple[str, ...] = (
    "Maple St", "Orchard Rd", "Mill Lane", "Station Ave", "Quarry Hill", "Elm Close", "Riverside",
)  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def fire_hydrant(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A fire hydrant on a pavement, seen a little from one side: a hedge, a concrete or a brick
    wall behind (grainy), paving slabs with their joints and the kerb's edge, the hydrant's barrel
    (red, yellow, green or silver) shaded from its lit side to its dark one, a collar and the
    bonnet's dome with a nut on top, a flange at its foot, one side outlet's cap on that side only,
    a chain hanging from it, on some a puddle by its foot."""
    img = np.zeros((h, w, 3), np.uint8)
    ground = round(h * rng.uniform(0.55, 0.7))
    back = rng.choice(((60, 110, 70), (150, 160, 170), (80, 100, 150)))
    gradient(img, (0, 0, w, ground), tone(back, 25), tone(back, -25))
    speckle(img, rng, (0, 0, w, ground), max(30, w * ground // 40), 18)
    slab = (175, 180, 185)
    img[ground:] = slab
    step = max(8, w // 5)
    for x in range(rng.randrange(step), w + h, step):
        cv2.line(img, (x, ground), (x - (h - ground) // 2, h), tone(slab, -35), 1)
    cv2.line(img, (0, ground), (w, ground), tone(slab, -60), max(1, h // 80))
    paint = rng.choice(((40, 40, 200), (40, 190, 230), (70, 130, 60), (200, 200, 205)))
    bw = max(4, round(w * rng.uniform(0.2, 0.28)))
    x1 = round(w * rng.uniform(0.3, 0.5))
    top = round(h * rng.uniform(0.22, 0.32))
    foot = min(h - 2, ground + round((h - ground) * rng.uniform(0.35, 0.6)))
    if rng.random() < 0.4:
        cv2.ellipse(
            img,
            (x1 + bw // 2, foot),
            (bw, max(2, (h - foot) // 2)),
            0,
            0,
            360,
            (150, 140, 120),
            -1,
            cv2.LINE_AA,
        )
    gradient(img, (x1, top, x1 + bw, foot), tone(paint, 60), tone(paint, -70), vertical=False)
    e = max(1, bw // 6)
    cv2.rectangle(img, (x1 - e, foot - max(2, h // 30)), (x1 + bw + e, foot), tone(paint, -40), -1)
    cv2.rectangle(img, (x1 - e, top), (x1 + bw + e, top + max(2, h // 40)), tone(paint, 20), -1)
    cv2.ellipse(img, (x1 + bw // 2, top), (bw // 2 + e, max(2, bw // 3)), 0, 180, 360, tone(paint, 30), -1)
    nut = max(2, bw // 5)
    cv2.rectangle(
        img,
        (x1 + bw // 2 - nut // 2, top - bw // 3 - nut),
        (x1 + bw // 2 + nut // 2, top - bw // 3),
        (70, 70, 75),
        -1,
    )
    side = 1 if rng.random() < 0.5 else -1
    oy = top + (foot - top) // 3
    ox = x1 + bw if side > 0 else x1
    ol = max(3, bw // 2)
    cv2.rectangle(
        img,
        (min(ox, ox + side * ol), oy),
        (max(ox, ox + side * ol), oy + max(3, bw // 3)),
        tone(paint, -20),
        -1,
    )
    cap = ox + side * ol
    cv2.rectangle(
        img,
        (min(cap, cap + side * e * 2), oy - e),
        (max(cap, cap + side * e * 2), oy + max(3, bw // 3) + e),
        (90, 90, 95),
        -1,
    )
    links = [(cap + side * e, oy + max(3, bw // 3) + e + k * max(2, e)) for k in range(4)]
    for a, b in itertools.pairwise(links):
        cv2.line(img, a, (b[0] - side * max(1, e // 2), b[1]), (110, 110, 115), 1, cv2.LINE_AA)
    return img


def heart(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A heart of ``colour`` about 2r wide centred on ``c`` (two lobes and a point: a sign's, never
    a face)."""
    lobe = max(1, r // 2)
    for dx in (-lobe, lobe):
        cv2.circle(img, (c[0] + dx, c[1] - lobe // 2), lobe + 1, colour, -1, cv2.LINE_AA)
    tip = np.array([[c[0] - 2 * lobe - 1, c[1] - lobe // 3], [c[0] + 2 * lobe + 1, c[1] - lobe // 3],
                    [c[0], c[1] + 2 * lobe]], np.int32)  # fmt: skip
    cv2.fillPoly(img, [tip], colour, cv2.LINE_AA)


def bolt(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A lightning bolt's zigzag across ``c`` (a defibrillator's sign)."""
    pts = np.array(
        [[c[0] + r // 3, c[1] - r], [c[0] - r // 4, c[1]], [c[0] + r // 4, c[1]], [c[0] - r // 3, c[1] + r]],
        np.int32,
    )
    cv2.polylines(img, [pts], False, colour, max(1, r // 4), cv2.LINE_AA)


def aed_cabinet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A defibrillator's cabinet on a wall: tiles or brick behind with their joints, the sign
    above (a white heart with a lightning bolt across it on a green square), the cabinet's green
    box with a white frame round a window onto the device inside (an orange or yellow case with a
    handle's slot and a bar of a button), a hinge's edge."""
    wall = rng.choice(((210, 215, 220), (60, 80, 150), (180, 190, 195), (120, 120, 110)))
    img = np.full((h, w, 3), wall, np.uint8)
    jw = max(6, w // rng.randrange(5, 10))
    jh = max(4, jw * 2 // 3 if rng.random() < 0.5 else jw)
    for y in range(0, h, jh):
        cv2.line(img, (0, y), (w, y), tone(wall, -30), 1)
        for x in range(((y // jh) % 2) * jw // 2, w, jw):
            cv2.line(img, (x, y), (x, y + jh), tone(wall, -30), 1)
    green = (70, 150, 30)
    cw, ch = max(6, round(w * rng.uniform(0.45, 0.62))), max(8, round(h * rng.uniform(0.42, 0.52)))
    x1, y1 = (w - cw) // 2 + rng.randrange(-w // 12, w // 12 + 1), h - ch - max(2, round(h * 0.08))
    cv2.rectangle(img, (x1, y1), (x1 + cw, y1 + ch), green, -1)
    e = max(1, cw // 12)
    cv2.rectangle(img, (x1 + e, y1 + e), (x1 + cw - e, y1 + ch - e), WHITE, -1)
    cv2.rectangle(img, (x1 + 2 * e, y1 + 2 * e), (x1 + cw - 2 * e, y1 + ch - 2 * e), (200, 205, 190), -1)
    dev = rng.choice(((30, 130, 240), (40, 200, 245)))
    dw, dh = max(3, cw * 3 // 5), max(3, ch * 3 // 5)
    dx, dy = x1 + (cw - dw) // 2, y1 + (ch - dh) // 2 + e
    rounded_card(img, dx, dy, dw, dh, max(1, dw // 8), dev)
    cv2.rectangle(
        img,
        (dx + dw // 3, dy + max(1, dh // 10)),
        (dx + dw * 2 // 3, dy + max(2, dh // 5)),
        tone(dev, -90),
        -1,
    )
    cv2.rectangle(
        img,
        (dx + dw // 4, dy + dh * 3 // 5),
        (dx + dw * 3 // 4, dy + dh * 3 // 5 + max(1, dh // 9)),
        (70, 150, 30),
        -1,
    )
    cv2.line(img, (x1 + cw - 1, y1), (x1 + cw - 1, y1 + ch), tone(green, -40), max(1, e // 2))
    sr = max(4, min(cw // 3, (y1 - 4) // 2))
    sc = (x1 + cw // 2, max(sr + 1, y1 - sr - max(2, h // 30)))
    cv2.rectangle(img, (sc[0] - sr, sc[1] - sr), (sc[0] + sr, sc[1] + sr), green, -1)
    heart(img, (sc[0], sc[1] - sr // 8), sr * 3 // 4, WHITE)
    bolt(img, (sc[0], sc[1]), sr * 2 // 3, green)
    return img


def light_bar(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An emergency vehicle's light bar seen from a little above: a dusk or night sky graded down
    to a street's blurred lights, the roof in perspective (white, navy or yellow-green), the bar
    across it (a black base, lenses alternating red and blue, the lit ones bright with a soft glow
    round them, chrome end caps)."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.35, 0.5))
    gradient(img, (0, 0, w, horizon), (70, 30, 30), (120, 70, 90))
    for _ in range(max(3, w // 30)):
        c = (rng.randrange(w), horizon - rng.randrange(max(1, horizon // 4)))
        cv2.circle(img, c, max(1, w // 80), rng.choice(((120, 200, 250), (240, 240, 250))), -1)
    roof = rng.choice(((235, 235, 235), (90, 50, 20), (60, 220, 200)))
    pts = np.array([[w // 10, horizon], [w - w // 10, horizon], [w, h], [0, h]], np.int32)
    cv2.fillPoly(img, [pts], roof)
    gradient(img, (0, h - max(1, h // 6), w, h), tone(roof, -20), tone(roof, -60))
    by, bh = horizon + max(2, (h - horizon) // 5), max(4, (h - horizon) // 4)
    bx1, bx2 = w // 8, w - w // 8
    cv2.rectangle(img, (bx1, by), (bx2, by + bh), (25, 25, 25), -1)
    n = rng.randrange(6, 11)
    lw = (bx2 - bx1) / n
    glow = np.zeros_like(img)
    for k in range(n):
        red = (k < n // 2) != (rng.random() < 0.15)
        lit = rng.random() < 0.55
        colour = (50, 50, 230) if red else (230, 120, 40)
        if not lit:
            colour = tone(colour, -120)
        a, b = round(bx1 + k * lw) + 1, round(bx1 + (k + 1) * lw) - 1
        rounded_card(img, a, by + 1, max(2, b - a), max(2, bh - 2), max(1, bh // 4), colour)
        if lit:
            cv2.circle(glow, ((a + b) // 2, by + bh // 2), max(2, bh), colour, -1)
    img[:] = cv2.add(img, H15.blurred(glow, max(1.0, bh / 1.5)))
    for x in (bx1, bx2):
        cv2.rectangle(img, (x - max(1, w // 60), by), (x + max(1, w // 60), by + bh), (190, 190, 195), -1)
    return img


def sandbag_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Sandbags against a flood: a grey sky or a house's rendered wall, a wall of sandbags (rows of
    rounded sacks in khaki or white, each with a seam and the tie's fold, each row half a sack
    along from the one under it), brown floodwater in front up to its lower rows, ripples on
    it."""
    back = rng.choice(((190, 190, 185), (170, 200, 215), (150, 150, 150)))
    img = np.full((h, w, 3), back, np.uint8)
    gradient(img, (0, 0, w, max(1, h // 3)), tone(back, 25), back)
    sack = rng.choice((KHAKI, (210, 215, 215), (100, 140, 160)))
    sw = max(6, round(w / rng.uniform(3.5, 6)))
    sh = max(4, round(sw * rng.uniform(0.38, 0.5)))
    top = round(h * rng.uniform(0.25, 0.4))
    rows = max(1, (h - top) // sh + 1)
    for r in range(rows):
        y = top + r * sh
        for x in range(-(r % 2) * sw // 2, w + sw, sw):
            colour = tone(sack, rng.randrange(-18, 18))
            cv2.ellipse(
                img,
                (x + sw // 2, y + sh // 2),
                (sw // 2, sh // 2),
                0,
                0,
                360,
                tone(colour, -45),
                -1,
                cv2.LINE_AA,
            )
            cv2.ellipse(
                img,
                (x + sw // 2, y + sh // 2 - 1),
                (sw // 2 - 1, sh // 2 - 2),
                0,
                0,
                360,
                colour,
                -1,
                cv2.LINE_AA,
            )
            cv2.line(img, (x + sw // 6, y + sh // 2), (x + sw * 5 // 6, y + sh // 2), tone(colour, -30), 1)
            cv2.line(img, (x + sw - sw // 8, y + 2), (x + sw - sw // 6, y + sh - 2), tone(colour, -50), 1)
    water = round(h * rng.uniform(0.7, 0.85))
    flood = (60, 100, 130)
    gradient(img, (0, water, w, h), tone(flood, 20), tone(flood, -20))
    for _ in range(max(3, w // 25)):
        y = rng.randrange(water + 2, max(water + 3, h))
        x = rng.randrange(w)
        cv2.line(img, (x, y), (x + max(3, w // 10), y), tone(flood, 45), 1, cv2.LINE_AA)
    return img


def first_aid_kit(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A first-aid kit open on a table: the table's wood or laminate, the kit's case (green or red,
    a white cross on its lid, a handle on its top edge), what it holds laid out by it: rolled
    bandages (rolls seen end on, a spiral's turns), white dressings in a fan, a pale blue strip of
    gloves, a cream tube."""
    table = rng.choice(((80, 120, 160), (200, 200, 195), (50, 70, 100)))
    img = np.full((h, w, 3), table, np.uint8)
    for y in range(0, h, max(3, h // 14)):
        cv2.line(img, (0, y + rng.randrange(-1, 2)), (w, y), tone(table, rng.randrange(-14, 14)), 1)
    case = rng.choice(((60, 150, 40), (50, 50, 200)))
    cw, ch = max(6, round(w * rng.uniform(0.45, 0.6))), max(6, round(h * rng.uniform(0.4, 0.55)))
    x1, y1 = round(w * rng.uniform(0.04, 0.12)), round(h * rng.uniform(0.2, 0.35))
    rounded_card(img, x1, y1, cw, ch, max(1, min(cw, ch) // 8), case)
    hw = max(3, cw // 3)
    cv2.rectangle(
        img,
        (x1 + (cw - hw) // 2, y1 - max(2, ch // 8)),
        (x1 + (cw + hw) // 2, y1),
        tone(case, -50),
        max(1, ch // 20),
    )
    arm, t = max(2, min(cw, ch) // 4), max(1, min(cw, ch) // 10)
    c = (x1 + cw // 2, y1 + ch // 2)
    cv2.rectangle(img, (c[0] - arm, c[1] - t), (c[0] + arm, c[1] + t), WHITE, -1)
    cv2.rectangle(img, (c[0] - t, c[1] - arm), (c[0] + t, c[1] + arm), WHITE, -1)
    r = max(3, min(w - x1 - cw, h) // 7)
    for k in range(rng.randrange(1, 3)):
        bc = (min(w - r - 1, x1 + cw + r + 4 + k * (2 * r + 4)), y1 + ch // 3 + k * r)
        cv2.circle(img, bc, r, (235, 235, 235), -1, cv2.LINE_AA)
        for q in range(1, 3):
            cv2.circle(img, bc, r * q // 3, (200, 200, 200), 1, cv2.LINE_AA)
    px = x1 + cw + max(2, w // 30)
    for k in range(3):
        a = math.radians(-30 + 20 * k)
        tip = (px + round(w * 0.2 * math.cos(a)), h - max(3, h // 8) + round(w * 0.2 * math.sin(a)))
        cv2.line(img, (px, h - max(3, h // 8)), tip, (240, 240, 240), max(2, h // 18), cv2.LINE_AA)
    cv2.rectangle(
        img,
        (x1, y1 + ch + max(3, h // 14)),
        (x1 + cw * 2 // 3, y1 + ch + max(5, h // 9)),
        (230, 200, 150),
        -1,
    )
    return img


def road_barrier(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A road closed: a street's far end graded to the sky, the asphalt with its centre line, a
    barrier across (two legs, a board striped red and white on the slant), a "ROAD CLOSED" sign
    on it (red rim, white face, the words) and traffic cones (orange with white bands) in a row."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.28, 0.42))
    gradient(img, (0, 0, w, horizon), (235, 215, 190), (200, 200, 200))
    asphalt = (70, 70, 75)
    img[horizon:] = asphalt
    speckle(img, rng, (0, horizon, w, h), max(30, w * (h - horizon) // 30), 14)
    cv2.line(
        img,
        (w // 2, horizon),
        (w // 2 + rng.randrange(-w // 6, w // 6 + 1), h),
        (60, 200, 230),
        max(1, w // 60),
    )
    by = horizon + (h - horizon) // 3
    bh = max(3, h // 12)
    for x in (w // 8, w - w // 8):
        cv2.rectangle(
            img, (x - max(1, w // 60), by), (x + max(1, w // 60), by + (h - by) * 2 // 3), (235, 235, 235), -1
        )
    cv2.rectangle(img, (w // 16, by), (w - w // 16, by + bh), WHITE, -1)
    stripe = max(3, bh)
    for x in range(w // 16 - bh, w - w // 16, 2 * stripe):
        pts = np.array([[x, by + bh], [x + stripe, by + bh], [x + stripe + bh, by], [x + bh, by]], np.int32)
        cv2.fillPoly(img, [pts], (40, 40, 210))
    cv2.rectangle(img, (0, by), (w // 16, by + bh), asphalt, -1)
    cv2.rectangle(img, (w - w // 16, by), (w, by + bh), asphalt, -1)
    sw, sh = max(6, w * 2 // 5), max(4, h // 7)
    sx, sy = (w - sw) // 2, max(1, by - sh - 2)
    cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (40, 40, 210), -1)
    e = max(1, sh // 8)
    cv2.rectangle(img, (sx + e, sy + e), (sx + sw - e, sy + sh - e), WHITE, -1)
    if sw >= 60:
        cv2.putText(
            img,
            "ROAD CLOSED",
            (sx + sw // 12, sy + sh * 2 // 3),
            cv2.FONT_HERSHEY_SIMPLEX,
            sw / 260,
            INK,
            max(1, sw // 130),
            cv2.LINE_AA,
        )
    n = rng.randrange(2, 5)
    for k in range(n):
        cx = round(w * (k + 0.5) / n)
        ch = max(5, round((h - horizon) * rng.uniform(0.25, 0.35)))
        base = h - max(2, h // 20)
        cone = np.array([[cx - ch // 3, base], [cx + ch // 3, base], [cx, base - ch]], np.int32)
        cv2.fillPoly(img, [cone], (30, 120, 250), cv2.LINE_AA)
        yb = base - ch // 2
        cv2.line(img, (cx - ch // 6, yb), (cx + ch // 6, yb), WHITE, max(1, ch // 8))
    return img


def radar_map(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A weather radar's map: dark land and a sea, roads as thin pale lines, towns as dots, rain
    over it in bands of green, yellow, orange and red (smoothed noise cut at four levels), the
    radar's sweep as a bright line from its station with a faint wedge behind it, range rings."""
    g = np.random.default_rng(rng.randrange(2**32))
    land, sea = (60, 70, 62), (80, 55, 40)
    img = np.full((h, w, 3), land, np.uint8)
    shore = [[x, round(h * rng.uniform(0.55, 0.95))] for x in range(0, w + 40, max(10, w // 6))]
    coast = np.array([[0, round(h * rng.uniform(0.5, 0.9))], *shore, [w, h], [0, h]], np.int32)
    cv2.fillPoly(img, [coast], sea)
    for _ in range(rng.randrange(3, 7)):
        p, q = (rng.randrange(w), rng.randrange(h)), (rng.randrange(w), rng.randrange(h))
        cv2.line(img, p, q, (120, 125, 125), 1, cv2.LINE_AA)
    coarse = g.random((max(4, h // 8), max(4, w // 8))).astype(np.float32)  # blurred small, then enlarged
    field = cv2.resize(cv2.GaussianBlur(coarse, (0, 0), max(0.5, min(w, h) / 64)), (w, h))
    field = (field - field.min()) / max(1e-6, float(field.max() - field.min()))
    for level, colour in (
        (0.5, (70, 180, 60)),
        (0.64, (60, 220, 230)),
        (0.76, (40, 140, 245)),
        (0.86, (50, 50, 220)),
    ):
        img[field > level] = colour
    station = (rng.randrange(w // 4, w * 3 // 4 + 1), rng.randrange(h // 4, h * 3 // 4 + 1))
    for r in range(max(6, min(w, h) // 5), max(w, h), max(6, min(w, h) // 5)):
        cv2.circle(img, station, r, (140, 150, 150), 1, cv2.LINE_AA)
    turn = rng.uniform(0, 2 * math.pi)
    far = max(w, h)
    wedge = img.copy()
    rim = [
        (
            station[0] + round(far * math.cos(turn - k * 0.1)),
            station[1] + round(far * math.sin(turn - k * 0.1)),
        )
        for k in range(6)
    ]
    pts = [station, *rim]
    cv2.fillPoly(wedge, [np.array(pts, np.int32)], (120, 200, 120))
    img[:] = cv2.addWeighted(wedge, 0.25, img, 0.75, 0)
    cv2.line(
        img,
        station,
        (station[0] + round(far * math.cos(turn)), station[1] + round(far * math.sin(turn))),
        (170, 255, 170),
        max(1, w // 150),
        cv2.LINE_AA,
    )
    for _ in range(rng.randrange(3, 7)):
        cv2.circle(img, (rng.randrange(w), rng.randrange(h)), max(1, w // 120), WHITE, -1)
    return img


def hose_rack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Hoses rolled on a fire station's rack: a wall of painted blocks, a steel rack's two rails,
    rolled hoses standing on edge on them (flat spirals of red, yellow or white canvas round a
    brass coupling), a red line painted along the floor under them."""
    wall = rng.choice(((200, 205, 200), (150, 180, 200), (90, 90, 100)))
    img = np.full((h, w, 3), wall, np.uint8)
    bh = max(4, h // 9)
    for y in range(0, h, bh):
        cv2.line(img, (0, y), (w, y), tone(wall, -25), 1)
        for x in range(((y // bh) % 2) * bh, w, 2 * bh):
            cv2.line(img, (x, y), (x, y + bh), tone(wall, -25), 1)
    floor = round(h * rng.uniform(0.82, 0.92))
    img[floor:] = (120, 120, 125)
    cv2.rectangle(img, (0, floor), (w, floor + max(1, h // 50)), (40, 40, 200), -1)
    rows = 1 if h < w * 0.8 else 2
    for r in range(rows):
        rail = round(floor - (floor * 0.45) * r) - max(2, h // 40)
        cv2.rectangle(img, (0, rail), (w, rail + max(2, h // 50)), (150, 150, 155), -1)
        rad = max(3, min(round(w / rng.uniform(6, 9)), round(floor * 0.4 / rows)))
        x = rad + rng.randrange(max(1, rad // 2))
        while x < w + rad:
            c = (x, rail - rad)
            canvas = rng.choice(((40, 40, 200), (40, 200, 240), (230, 230, 230), (200, 120, 40)))
            cv2.circle(img, c, rad, canvas, -1, cv2.LINE_AA)
            for q in range(1, max(2, rad // 4)):
                cv2.circle(img, c, rad * q // max(2, rad // 4), tone(canvas, -45), 1, cv2.LINE_AA)
            cv2.circle(img, c, max(2, rad // 4), (40, 150, 190), -1, cv2.LINE_AA)
            cv2.circle(img, c, max(1, rad // 8), (30, 90, 120), -1, cv2.LINE_AA)
            x += 2 * rad + max(1, rad // 5)
    return img


RENDERS: tuple[H11.Render, ...] = (
    fire_hydrant, aed_cabinet, light_bar, sandbag_wall, first_aid_kit, road_barrier, radar_map, hose_rack,
)  # fmt: skip
STREET: tuple[H11.Render, ...] = (fire_hydrant, road_barrier, sandbag_wall)  # what neighbours post
KITS: tuple[H11.Render, ...] = (aed_cabinet, first_aid_kit)  # the kit nearest a dispatch
STATION: tuple[H11.Render, ...] = (light_bar, hose_rack)  # a brigade's cover


@dataclass
class Cast(H45.Cast):
    """heldout45's cast (heldout43's, heldout41's, heldout40's, heldout26's and heldout11's: a scene
    of people or a thing; half of a face's box showing counts it), its screens marked h46-, whose
    drawn things are this set's: a fire hydrant, a defibrillator's cabinet, a light bar, sandbags,
    a first-aid kit, a road closed, a weather radar, hoses on a rack."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h46-" + super().kind(layout).removeprefix("h45-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def drop(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A drop of ``colour``: a disc of radius ``r`` on ``c`` and its point 1.9 r above the centre
    (a blood type's badge, a donor's rim)."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    pts = np.array(
        [[c[0] - round(r * 0.85), c[1] - round(r * 0.53)], [c[0] + round(r * 0.85), c[1] - round(r * 0.53)],
         [c[0], c[1] - round(r * 1.9)]], np.int32,
    )  # fmt: skip
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)


def shield(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A shield of ``colour`` 2 r wide on ``c``: a flat top, straight sides curving into a point
    1.25 r under the centre."""
    pts = [(-1, -1), (1, -1), (1, 0.15), (0.6, 0.8), (0, 1.25), (-0.6, 0.8), (-1, 0.15)]
    cv2.fillPoly(
        img,
        [np.array([(c[0] + round(a * r), c[1] + round(b * r)) for a, b in pts], np.int32)],
        colour,
        cv2.LINE_AA,
    )


def shield_tick(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A "marked safe" badge over an avatar's lower right: a shield of ``colour`` in a rim of
    ``rim`` with a white tick (it takes the pixels it covers)."""
    shield(img, c, r + max(2, r // 4), rim)
    shield(img, c, r, colour)
    h = r // 2
    tick = np.array([[c[0] - h, c[1]], [c[0] - h // 3, c[1] + h * 2 // 3], [c[0] + h, c[1] - h * 2 // 3]])
    cv2.polylines(img, [tick.astype(np.int32)], False, WHITE, max(2, r // 5), cv2.LINE_AA)


def cross(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A plus-shaped cross of arms ``r`` long (first aid's, a medical card's)."""
    t = max(1, r * 2 // 5)
    cv2.rectangle(img, (c[0] - r, c[1] - t), (c[0] + r, c[1] + t), colour, -1)
    cv2.rectangle(img, (c[0] - t, c[1] - r), (c[0] + t, c[1] + r), colour, -1)


def siren(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A siren's glyph: a dome on a base, five rays round it (an alert's mark)."""
    cv2.ellipse(img, c, (r, r), 0, 180, 360, colour, -1, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - r - r // 3, c[1] + 2), (c[0] + r + r // 3, c[1] + r // 3 + 2), colour, -1)
    for a in (200, 235, 270, 305, 340):
        u, v = math.cos(math.radians(a)), math.sin(math.radians(a))
        p, q = (
            (c[0] + round(1.35 * r * u), c[1] + round(1.35 * r * v)),
            (c[0] + round(1.75 * r * u), c[1] + round(1.75 * r * v)),
        )
        cv2.line(img, p, q, colour, max(2, r // 5), cv2.LINE_AA)


def phone_disc(
    img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour | None = None
) -> None:
    """A call button: a disc of ``colour`` (in a rim of ``rim``) with a handset's arc in white."""
    if rim is not None:
        cv2.circle(img, c, r + max(2, r // 5), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    a = max(3, r * 9 // 20)
    cv2.ellipse(img, c, (a, a), 45, 20, 160, WHITE, max(2, r // 4), cv2.LINE_AA)


def band(s: Screen, rect: tuple[int, int, int, int], r: int, cut: int, colour: Colour) -> None:
    """An opaque band of ``colour`` over the lowest ``cut`` px of a picture in ``rect`` whose corners
    are rounded to ``r`` (a relation's, a status's): it takes the pixels it covers."""
    x1, y1, x2, y2 = rect
    m = np.ascontiguousarray(rounded_rect(y2 - y1, x2 - x1, r)[y2 - y1 - cut :])
    blit(s.img, np.full((cut, x2 - x1, 3), colour, np.uint8), x1, y2 - cut, m)


def greyed_disc(s: Screen, x: int, y: int, side: int) -> None:
    """The round avatar at (x, y) drawn again in grey (someone not heard from yet): its face keeps
    counting, grey; the page round it is left as it was."""
    m = np.zeros((side, side), np.uint8)
    cv2.circle(m, (side // 2, side // 2), side // 2, 255, -1)
    H10.redrawn(
        s, (x, y, x + side, y + side), lambda part: np.where(m[:, :, None] > 0, H10.greyed(part), part)
    )


def street_photo(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    rect: tuple[int, int, int, int],
    people: float,
    lo: float,
    hi: float,
) -> None:
    """A neighbour's photo in ``rect`` with rounded corners: on ``people`` of them people (faces
    ``lo``-``hi`` px, cut by its edges), else a drawn street thing (a hydrant, a road closed,
    sandbags)."""
    x1, y1, x2, y2 = rect
    m = rounded_rect(y2 - y1, x2 - x1, 16)
    if cast.photos and rng.random() < people:
        if (x2 - x1) * 1.5 > WIDTH:  # cut from a larger photo, it would run past the screen's width
            wide_photo(cast, s, x1, y1, x2 - x1, y2 - y1, lo, hi, m)
        else:
            cut_photo(cast, rng, s, x1, y1, x2 - x1, y2 - y1, lo, hi, m, 0.95)
    else:
        blit(s.img, H11.render(rng, x2 - x1, y2 - y1, STREET), x1, y1, m)


# ----------------------------------------------------------------------------------------------
# Small parts: a missing person's poster, pins, rows, tiles and cards, people in them or things.
# ----------------------------------------------------------------------------------------------


def alert_banner(s: Screen, y: int, title: str, sub: str, colour: Colour) -> int:
    """An alert's band across the screen at ``y``: ``colour`` with a siren's glyph, ``title`` in
    large white capitals and ``sub`` under it. Returns its height (150 px)."""
    cv2.rectangle(s.img, (0, y), (WIDTH, y + 149), colour, -1)
    siren(s.img, (80, y + 86), 30, WHITE)
    cv2.putText(s.img, title, (150, y + 74), cv2.FONT_HERSHEY_DUPLEX, 1.3, WHITE, 3, cv2.LINE_AA)
    note(s.img, sub, (152, y + 118), 0.55, WHITE)
    return 150


def missing_poster(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A missing person's card: the photo (heldout11's ``portrait``: the face 120-280 px) in a red
    frame with rounded corners, a "MISSING" ribbon over its upper left; the name, age and height,
    when and where last seen, what they wore as chips; on 55 % an earlier photo under them in grey
    (116-200 px wide, as the frame's height leaves; the face 40-80 px, never over 55 % of the
    photo's width) with its year's tag. Returns its height with the gap under it."""
    img = s.img
    fp = rng.uniform(120, 280)
    pw = max(380, min(560, round(fp * rng.uniform(1.7, 2.0))))
    ph = round(pw * 1.25)
    rounded_card(img, 20, y, WIDTH - 40, ph + 56, 24, off(s.bg, 8))
    rounded_card(img, 38, y + 22, pw + 12, ph + 12, 22, RED)
    piece, faces = H11.portrait(cast, pw, ph, fp)
    H11.paste_photo(cast, s, piece, faces, 44, y + 28, rounded_rect(ph, pw, 18))
    ribbon(img, 44, y + 52, "MISSING", RED)
    x = 44 + pw + 34
    note(img, who(rng), (x, y + 76), 0.9, s.fg, 2)
    note(img, f"Age {rng.randrange(9, 88)} - {rng.uniform(1.4, 1.95):.2f} m", (x, y + 116), 0.55, GREY)
    note(img, "Last seen", (x, y + 172), 0.5, GREY)
    note(img, f"{rng.randrange(6, 23)}:{rng.randrange(60):02d} yesterday", (x, y + 206), 0.6, s.fg, 2)
    note(img, f"near {rng.choice(STREETS)}", (x, y + 238), 0.55, s.fg)
    ty = y + 262
    for k, worn in enumerate(rng.sample(("Blue coat", "Red cap", "Jeans", "Grey hoodie", "Backpack"), 2)):
        tag(img, x, ty + k * 42, worn, off(s.bg, 28), 34)
    eh = min(250, ph - 330)
    ew = round(eh * 0.8)
    ey = y + 28 + ph - eh
    if rng.random() < 0.55:
        piece, faces = H11.portrait(cast, ew, eh, min(ew * 0.55, small(rng, 40, 80)))
        H11.paste_photo(cast, s, H10.greyed(piece), faces, x, ey, rounded_rect(eh, ew, 12))
        tag(img, x + 8, ey + 8, str(rng.randrange(2012, 2024)), (40, 40, 40), 28)
    return ph + 76


def last_seen_map(s: Screen, rng: random.Random, y: int) -> int:
    """Where someone was last seen: a drawn street map with rounded corners, the search area as a
    dashed red ring, a red pin (a disc with a white dot) in it, the time and the area's size on
    chips. Returns its height with the gap under it (320 px). No faces."""
    mh = 290
    blit(s.img, street_map(rng, WIDTH - 60, mh), 30, y, rounded_rect(mh, WIDTH - 60, 20))
    c = (rng.randrange(240, WIDTH - 240), y + rng.randrange(110, mh - 90))
    dashed_ring(s.img, c, rng.randrange(70, 110), RED, 4)
    cv2.circle(s.img, (c[0], c[1] - 30), 20, RED, -1, cv2.LINE_AA)
    cv2.fillPoly(
        s.img, [np.array([[c[0] - 14, c[1] - 18], [c[0] + 14, c[1] - 18], c], np.int32)], RED, cv2.LINE_AA
    )
    cv2.circle(s.img, (c[0], c[1] - 30), 7, WHITE, -1, cv2.LINE_AA)
    tag(s.img, 46, y + 16, f"Search area {rng.randrange(1, 6)} km", WHITE, 34)
    return mh + 30


def sighting_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A sighting reported to a missing person's alert: the reporter's 20-28 px face (initials on
    some; on a fifth an anonymous tip, a grey disc with "?"), what and when, where; a "Verified"
    tag on some; on 40 % a thumbnail at the right (a drawn street thing, or on 30 % of them a CCTV
    still: people 18-40 px cut by its edges, in grey, its time burnt in). Returns its height (110
    or 160 px)."""
    img = s.img
    thumb = rng.random() < 0.4
    h = 160 if thumb else 110
    if rng.random() < 0.2:
        cv2.circle(img, (44, y + 38), 16, GREY, -1, cv2.LINE_AA)
        note(img, "?", (37, y + 47), 0.7, WHITE, 2)
        sd, title = 32, "Anonymous tip"
    else:
        sd, title = (
            face_or_initials(cast, rng, s, (30, y + 20), (20, 28), "circle", 0.12),
            f"{who(rng)} saw them",
        )
    x = 48 + sd
    note(img, f"{title} - {rng.randrange(2, 59)} min ago", (x, y + 40), 0.55, s.fg, 2)
    note(
        img,
        f"{rng.choice(('bus stop on', 'shop on', 'park by', 'car park off'))} {rng.choice(STREETS)}",
        (x, y + 74),
        0.5,
        GREY,
    )
    if rng.random() < 0.25:
        tag(img, x, y + 90, "Verified by police", GREEN, 30)
    if thumb:
        rect = (WIDTH - 230, y + 12, WIDTH - 30, y + 142)
        if cast.photos and rng.random() < 0.3:
            cut_photo(cast, rng, s, rect[0], rect[1], 200, 130, 18.3, 40, rounded_rect(130, 200, 12), 0.95)
            H10.redrawn(s, rect, H10.greyed)
            note(
                img,
                f"CAM {rng.randrange(1, 30)} {rng.randrange(6, 23)}:{rng.randrange(60):02d}",
                (rect[0] + 8, rect[3] - 10),
                0.45,
                WHITE,
            )
        else:
            street_photo(cast, rng, s, rect, 0.0, 18.3, 40)
    cv2.line(img, (30, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


def badge_pin(
    cast: Cast, rng: random.Random, s: Screen, tip: tuple[int, int], lo: float, hi: float, rim: Colour,
    eta: str,
) -> int:  # fmt: skip
    """A responder on a dispatch map: a pin whose head is a rounded square in a rim of ``rim``
    holding the 20-30 px face (``lo``-``hi``, skewed small) over a tail pointing at ``tip``, the
    ETA's chip over the head's lower right corner. Rim and tail are drawn before the face. Returns
    the face's side."""
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.1, 1.22))
    t = max(3, side // 8)
    hx, hy = tip[0] - side // 2 - t, tip[1] - 16 - side - 2 * t
    tail = np.array(
        [[tip[0] - 10, hy + side + 2 * t - 2], [tip[0] + 10, hy + side + 2 * t - 2], tip], np.int32
    )
    cv2.fillPoly(s.img, [tail], rim, cv2.LINE_AA)
    rounded_card(s.img, hx, hy, side + 2 * t, side + 2 * t, max(3, side // 4), rim)
    cast.avatar(s, hx + t, hy + t, fp, side, "rounded")
    if eta:
        tag(s.img, hx + side - 4, hy + side + 2 * t - 16, eta, INK, 24)
    return side


def incident_marker(img: np.ndarray, c: tuple[int, int]) -> None:
    """An incident on a dispatch map: red range rings, a red disc in a white rim with a white cross
    on it."""
    for r in (90, 170, 250):
        cv2.circle(img, c, r, RED, 2, cv2.LINE_AA)
    cv2.circle(img, c, 34, WHITE, -1, cv2.LINE_AA)
    cv2.circle(img, c, 29, RED, -1, cv2.LINE_AA)
    cross(img, c, 16, WHITE)


def aed_marker(img: np.ndarray, c: tuple[int, int]) -> None:
    """A defibrillator on a map: a green rounded square in a white rim, a white heart with a green
    bolt."""
    rounded_card(img, c[0] - 26, c[1] - 26, 52, 52, 12, WHITE)
    rounded_card(img, c[0] - 22, c[1] - 22, 44, 44, 10, (70, 150, 30))
    heart(img, (c[0], c[1] - 2), 14, WHITE)
    bolt(img, c, 10, (70, 150, 30))


EMERGENCIES: tuple[str, ...] = ("Cardiac arrest", "Not breathing", "Choking", "Seizure", "Fall, bleeding")


def dispatch_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A first-aid dispatch's card: the emergency's red tag and its distance; the responder who
    accepted (the 48-90 px face in a green ring), the name, the ETA and skills' chips; the nearest
    defibrillator's cabinet or first-aid kit, drawn, at the right. Returns its height with the gap
    under it."""
    img = s.img
    card = off(s.bg, 10)
    fp, side = _size(rng, 48, 90, (1.1, 1.2))
    ch = side + 170
    rounded_card(img, 20, y, WIDTH - 40, ch, 24, card)
    tag(img, 44, y + 22, rng.choice(EMERGENCIES), RED, 40)
    note(img, f"{rng.randrange(120, 900)} m away", (340, y + 50), 0.55, GREY)
    ring_avatar(cast, s, 50, y + 96, fp, side, GREEN)
    x = 90 + side
    note(img, f"{who(rng)} accepted", (x, y + 120), 0.65, s.fg, 2)
    note(img, f"ETA {rng.randrange(1, 9)} min - on foot", (x, y + 154), 0.5, GREY)
    tx = x
    for skill in rng.sample(("CPR", "AED", "First aid", "Nurse", "Lifeguard"), 2):
        tx = tag(img, tx, y + 172, skill, off(card, 26), 30)[2] + 10
    bw, bh = 170, min(ch - 60, 230)
    blit(img, H11.render(rng, bw, bh, KITS), WIDTH - 60 - bw, y + 40, rounded_rect(bh, bw, 14))
    return ch + 16


ALERTED: tuple[tuple[str, Colour], ...] = (
    ("En route", GREEN), ("Declined", GREY), ("No answer", AMBER), ("Arrived", BLUE), ("En route", GREEN),
)  # fmt: skip


def alerted_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Another responder alerted: the 22-30 px face (initials on some), the name and distance, the
    answer's chip at the right. Returns its height (96 px)."""
    sd = face_or_initials(cast, rng, s, (30, y + 18), (22, 30), "circle", 0.12)
    note(s.img, who(rng), (50 + sd, y + 44), 0.58, s.fg, 2)
    note(s.img, f"{rng.uniform(0.2, 2.5):.1f} km", (50 + sd, y + 76), 0.45, GREY)
    answer, colour = rng.choice(ALERTED)
    tag(s.img, WIDTH - 200, y + 28, answer, colour, 34)
    cv2.line(s.img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def hazard(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A hazard's marker on a map: a triangle of ``colour`` in a white rim with "!" in it."""
    for k, ink in ((r + 5, WHITE), (r, colour)):
        pts = np.array(
            [[c[0], c[1] - k], [c[0] + k, c[1] + k * 3 // 4], [c[0] - k, c[1] + k * 3 // 4]], np.int32
        )
        cv2.fillPoly(img, [pts], ink, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] - r // 3), (c[0], c[1] + r // 5), WHITE, max(2, r // 5))
    cv2.circle(img, (c[0], c[1] + r * 2 // 5), max(1, r // 8), WHITE, -1)


def incident_strip(s: Screen, rng: random.Random, y: int) -> int:
    """A watch group's map of the week's incidents: a drawn street map with rounded corners and
    hazards' triangles on it (red, amber, blue), the count's chip. Returns its height with the gap
    under it (270 px). No faces."""
    blit(s.img, street_map(rng, WIDTH - 60, 240), 30, y, rounded_rect(240, WIDTH - 60, 18))
    for _ in range(rng.randrange(3, 7)):
        hazard(
            s.img,
            (rng.randrange(80, WIDTH - 80), y + rng.randrange(50, 210)),
            18,
            rng.choice((RED, AMBER, BLUE)),
        )
    tag(s.img, 46, y + 14, f"{rng.randrange(3, 19)} reports this week", WHITE, 34)
    return 270


WATCH: tuple[tuple[str, Colour], ...] = (
    ("Suspicious", RED), ("Road closed", AMBER), ("Lost pet", BLUE), ("Power cut", GREY), ("Found", GREEN),
)  # fmt: skip


def watch_post(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A neighbourhood watch's post: a card with its category's colour down its left edge; the
    resident's 24-32 px face (initials on some) under a house number's chip over its lower left,
    the name, street and time, the category's tag, one to three lines; on 45 % a photo (people of
    18-44 px cut by its edges on 30 %, else a drawn hydrant, road closed or sandbags); on 30 % a
    moderator's answer (a rounded 20-24 px face, a "Moderator" tag); "thanked by" a stack of 18-22
    px. Returns its height with the gap under it."""
    img = s.img
    kind, colour = rng.choice(WATCH)
    lines = rng.randrange(1, 4)
    attach = rng.random() < 0.45
    reply = rng.random() < 0.3
    h = 140 + 34 * lines + (250 if attach else 0) + (90 if reply else 0) + 70
    card = off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, h, 18, card)
    cv2.rectangle(img, (20, y + 18), (28, y + h - 18), colour, -1)
    sd = face_or_initials(cast, rng, s, (50, y + 22), (24, 32), "circle", 0.12)
    tag(img, 42, y + sd + 12, str(rng.randrange(1, 140)), INK, 24)
    x = 72 + sd
    note(img, f"{who(rng)} - {rng.choice(STREETS)}", (x, y + 46), 0.58, s.fg, 2)
    note(img, f"{rng.randrange(2, 59)} min ago", (x, y + 78), 0.45, GREY)
    tag(img, WIDTH - 240, y + 24, kind, colour, 34)
    ty = y + 130
    for k in range(lines):
        note(img, words(rng, rng.randrange(3, 7)).lower(), (50, ty + 34 * k), 0.55, s.fg)
    ty += 34 * lines - 10
    if attach:
        street_photo(cast, rng, s, (50, ty, WIDTH - 50, ty + 230), 0.3, 18.3, 44)
        ty += 250
    if reply:
        rounded_card(img, 70, ty, WIDTH - 120, 76, 16, off(card, 10))
        side = face_or_initials(cast, rng, s, (86, ty + 14), (20, 24), "rounded", 0.1)
        tag(img, 100 + side, ty + 10, "Moderator", s.accent, 26)
        note(img, words(rng, 4).lower(), (100 + side, ty + 62), 0.48, s.fg)
        ty += 90
    end = stack(cast, s, rng, 50, ty + 8, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 30))
    note(img, "thanked", (end + 10, ty + 34), 0.45, GREY)
    return h + 16


MEDS: tuple[str, ...] = ("Penicillin", "Peanuts", "Latex", "Asthma", "Diabetes T1", "Epilepsy", "Warfarin")
GROUPS: tuple[str, ...] = ("O+", "O-", "A+", "A-", "B+", "AB+")


def holder_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An emergency card's front: a white card under a red band with a cross and "IN CASE OF
    EMERGENCY"; the holder's 64-150 px face in a rounded square in a red rim, the blood group on a
    red drop over the photo's lower right corner; the name, birth date, allergies and conditions as
    chips, who can see it (a stack of 18-22 px). Returns its height with the gap under it."""
    img = s.img
    fp, side = _size(rng, 64, 150, (1.12, 1.22))
    ch = max(side + 170, 400)
    paper = (245, 248, 250)
    rounded_card(img, 20, y, WIDTH - 40, ch, 26, paper)
    rounded_card(img, 20, y, WIDTH - 40, 90, 26, RED)
    cv2.rectangle(img, (20, y + 60), (WIDTH - 21, y + 90), RED, -1)
    cross(img, (74, y + 45), 20, WHITE)
    note(img, "IN CASE OF EMERGENCY", (112, y + 56), 0.8, WHITE, 2)
    rounded_card(img, 38, y + 112, side + 12, side + 12, side // 4 + 5, RED)
    cast.avatar(s, 44, y + 118, fp, side, "rounded")
    r = max(18, side // 6)
    drop(img, (44 + side - 4, y + 118 + side - r // 2), r + 4, paper)
    drop(img, (44 + side - 4, y + 118 + side - r // 2), r, RED)
    note(
        img,
        rng.choice(GROUPS),
        (44 + side - 4 - r * 3 // 4, y + 118 + side - r // 2 + r // 3),
        r / 28,
        WHITE,
        2,
    )
    x = 90 + side
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 140), 0.75, INK, 2)
    note(
        img,
        f"Born {rng.randrange(1, 29)} {rng.choice(('Mar', 'Jul', 'Oct'))} {rng.randrange(1940, 2010)}",
        (x, y + 176),
        0.5,
        GREY,
    )
    tx = x
    for item in rng.sample(MEDS, 3):
        if tx > WIDTH - 240:
            break
        tx = tag(img, tx, y + 200, item, (215, 220, 250), 34)[2] + 10
    end = stack(cast, s, rng, x, y + ch - 76, rng.randrange(2, 5), 18.3, 22, paper, rng.randrange(0, 4))
    note(img, "can see this card", (end + 10, y + ch - 48), 0.45, GREY)
    return ch + 20


RELATIONS: tuple[str, ...] = ("Mum", "Partner", "Brother", "Neighbour", "Daughter", "Dad", "Carer")


def contact_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """An emergency contact's call tile at (x, y), tw x th: the contact's photo over the tile
    (``Cast.photo``: the main face 44-76 px near its middle, others in it cut by its edges), the
    corners rounded, a dark band over its foot with the relation and the name, a green call button
    over its top right corner."""
    cast.photo(s, x, y, tw, th, small(rng, 44, 76), rounded_rect(th, tw, 22))
    band(s, (x, y, x + tw, y + th), 22, 64, (35, 35, 35))
    note(s.img, rng.choice(RELATIONS), (x + 20, y + th - 24), 0.7, WHITE, 2)
    note(s.img, who(rng), (x + tw // 2, y + th - 24), 0.5, (200, 200, 200))
    phone_disc(s.img, (x + tw - 34, y + 34), 22, GREEN, s.bg)


def doctor_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A doctor or a carer on an emergency card: the 24-32 px face in a rounded square (initials on
    some), the name and the practice, a call button. Returns its height (100 px)."""
    sd = face_or_initials(cast, rng, s, (30, y + 18), (24, 32), "rounded", 0.15)
    note(s.img, f"Dr {who(rng)} {rng.choice(H45.SURNAMES)}", (52 + sd, y + 44), 0.58, s.fg, 2)
    note(
        s.img,
        rng.choice(("GP - Riverside Practice", "Cardiology", "Community nurse", "Carer")),
        (52 + sd, y + 76),
        0.45,
        GREY,
    )
    phone_disc(s.img, (WIDTH - 70, y + 48), 24, s.accent)
    cv2.line(s.img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def wait_card(s: Screen, rng: random.Random, y: int) -> int:
    """An emergency department's wait: a card with the estimated wait in large figures, how many
    are waiting, the last twelve hours' waits as bars (the current one in the accent). Returns its
    height with the gap under it (210 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 190, 22, card)
    note(img, "Estimated wait", (44, y + 44), 0.55, GREY)
    note(img, f"{rng.randrange(0, 5)}h {rng.randrange(0, 60):02d}m", (44, y + 120), 1.8, s.fg, 4)
    note(img, f"{rng.randrange(8, 60)} waiting", (44, y + 166), 0.5, GREY)
    for k in range(12):
        bh = rng.randrange(20, 130)
        x = 520 + k * 42
        cv2.rectangle(img, (x, y + 160 - bh), (x + 28, y + 160), s.accent if k == 11 else off(card, 40), -1)
    return 210


TRIAGE: tuple[Colour, ...] = (RED, (40, 120, 240), AMBER, GREEN, BLUE)


def triage_queue(s: Screen, rng: random.Random, y: int) -> int:
    """Who waits in an emergency department, anonymous: discs coloured by their triage category
    (red to blue) with ticket numbers, one's own in a ring of the accent with "You" under it, a
    legend. Returns its height (150 px). No faces."""
    img = s.img
    n = rng.randrange(10, 15)
    me = rng.randrange(2, n)
    for k in range(n):
        c = (56 + k * 72, y + 50)
        if c[0] > WIDTH - 40:
            break
        if k == me:
            cv2.circle(img, c, 32, s.accent, 4, cv2.LINE_AA)
            note(img, "You", (c[0] - 20, y + 110), 0.5, s.accent, 2)
        cv2.circle(img, c, 25, rng.choice(TRIAGE), -1, cv2.LINE_AA)
        note(img, str(rng.randrange(10, 99)), (c[0] - 14, c[1] + 7), 0.55, WHITE, 2)
    note(img, "Sicker patients are seen first", (30, y + 140), 0.45, GREY)
    return 150


def care_steps(s: Screen, rng: random.Random, y: int) -> int:
    """Where one is in the department's care: four steps on a line, those done ticked green, the
    current one in the accent. Returns its height (110 px). No faces."""
    done = rng.randrange(1, 4)
    pitch = (WIDTH - 160) // 3
    cv2.line(s.img, (80, y + 36), (WIDTH - 80, y + 36), off(s.bg, 40), 4)
    for k, label in enumerate(("Checked in", "Triage", "Waiting", "Seen")):
        c = (80 + k * pitch, y + 36)
        if k < done:
            badge(s.img, c, 18, GREEN, "check", s.bg)
        else:
            cv2.circle(s.img, c, 18, s.accent if k == done else off(s.bg, 40), -1, cv2.LINE_AA)
        note(s.img, label, (c[0] - 50, y + 90), 0.5, s.fg if k <= done else GREY)
    return 110


def stethoscope(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A nurse's badge over an avatar's lower right: a blue disc in a rim, a white stethoscope (the
    tubes' U, the stem, the chest piece's ring)."""
    cv2.circle(img, c, r + max(2, r // 4), rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, BLUE, -1, cv2.LINE_AA)
    u, t = max(3, r // 2), max(1, r // 7)
    cv2.ellipse(img, (c[0] - u // 3, c[1] - u // 3), (u // 2, u // 2), 0, 0, 180, WHITE, t, cv2.LINE_AA)
    cv2.line(img, (c[0] - u // 3, c[1] + u // 6), (c[0] + u // 3, c[1] + u * 2 // 3), WHITE, t, cv2.LINE_AA)
    cv2.circle(img, (c[0] + u // 2, c[1] + u * 2 // 3), max(2, u // 3), WHITE, t, cv2.LINE_AA)


def face_card(
    cast: Cast, rng: random.Random, s: Screen, y: int, size: tuple[float, float], below: int, shape: str
) -> tuple[Colour, int, int]:
    """A card across the screen at ``y`` headed by one person's face of ``size`` px in an avatar of
    ``shape`` at its top left, ``below`` px of card under the avatar for the caller's lines: the
    card's colour, the avatar's side and the card's height."""
    card = off(s.bg, 10)
    fp, side = _size(rng, size[0], size[1], (1.1, 1.2))
    rounded_card(s.img, 20, y, WIDTH - 40, side + below, 22, card)
    cast.avatar(s, 44, y + 24, fp, side, shape)
    return card, side, side + below


def nurse_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's triage nurse: a card with the round 56-110 px face under a stethoscope's badge over its
    lower right, the name, "Triage nurse" and the bay, one's vital signs (a heartbeat's trace, the
    blood pressure, temperature and oxygen as chips). Returns its height with the gap under it."""
    img = s.img
    card, side, ch = face_card(cast, rng, s, y, (56, 110), 150, "circle")
    stethoscope(img, (38 + side, y + 18 + side), 16, card)
    x = 80 + side
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 60), 0.7, s.fg, 2)
    note(img, f"Triage nurse - Bay {rng.randrange(1, 12)}", (x, y + 94), 0.5, GREY)
    base = y + side + 70
    pts = [(44, base)]
    for k in range(1, 22):
        px = 44 + k * 22
        pts.append((px, base - (rng.randrange(20, 40) if k % 6 == 3 else rng.randrange(-4, 5))))
    cv2.polylines(img, [np.array(pts, np.int32)], False, RED, 3, cv2.LINE_AA)
    tx = 540
    for vital in (
        f"BP {rng.randrange(100, 160)}/{rng.randrange(60, 100)}",
        f"{rng.uniform(36.2, 39.4):.1f} C",
        f"SpO2 {rng.randrange(90, 100)}%",
    ):
        tx = tag(img, tx, base - 18, vital, off(card, 24), 34)[2] + 10
        if tx > WIDTH - 200:
            break
    return ch + 20


def timeline_row(
    cast: Cast, rng: random.Random, s: Screen, y: int, h: int, dots: tuple[Colour, ...],
    byline: Callable[[], str], most: int,
) -> int:  # fmt: skip
    """A row ``h`` px high down a timeline: a dot of one of ``dots`` on the rule at the left, the
    author's 20-26 px face (initials on some), ``byline()`` (who and when), a line of up to ``most``
    - 1 words. Returns ``h``."""
    img = s.img
    cv2.line(img, (46, y), (46, y + h), off(s.bg, 30), 3)
    cv2.circle(img, (46, y + 35), 9, rng.choice(dots), -1, cv2.LINE_AA)
    sd = face_or_initials(cast, rng, s, (76, y + 19), (20, 26), "circle", 0.12)
    note(img, byline(), (92 + sd, y + 41), 0.52, s.fg, 2)
    note(img, words(rng, rng.randrange(3, most)).lower(), (92 + sd, y + 75), 0.5, GREY)
    return h


def care_update(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An update on one's care down a timeline (``timeline_row``, 104 px): the staff member's 20-26
    px face, the role, name and time, what happened."""
    roles = ("Nurse", "Dr", "Porter", "Reception")
    return timeline_row(
        cast, rng, s, y, 104, (s.accent, GREEN, AMBER),
        lambda: f"{rng.choice(roles)} {who(rng)} - {rng.randrange(8, 23)}:{rng.randrange(60):02d}", 6,
    )  # fmt: skip


def drop_gauge(s: Screen, c: tuple[int, int], r: int, share: float) -> None:
    """A drive's goal as a big drop: a pale drop filled red from its foot to ``share`` of its
    height, a white rim."""
    img = s.img
    drop(img, c, r + 5, WHITE)
    pale = np.zeros_like(img[:, :, 0])
    drop(pale, c, r, WHITE)
    top, foot = c[1] - round(1.9 * r), c[1] + r
    level = round(foot - share * (foot - top))
    ys = np.arange(img.shape[0])[:, None]
    img[(pale > 0) & (ys >= level)] = RED
    img[(pale > 0) & (ys < level)] = (215, 215, 245)


def drop_avatar(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fp: float, side: int) -> None:
    """A donor in a drop: the round face ``fp`` px in a red drop's rim (its point rising above the
    face), the blood group on a white chip across the avatar's foot. The rim is drawn before the
    face; the chip takes the pixels it covers."""
    drop(s.img, (x + side // 2, y + side // 2), side // 2 + max(4, side // 9), RED)
    cast.avatar(s, x, y, fp, side, "circle")
    tag(s.img, x + side // 2 - 24, y + side - 10, rng.choice(GROUPS), WHITE, 24)


def drive_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A blood drive's banner: a photo of the hall across the screen (people of 18-56 px cut by its
    edges, or a thing) with rounded corners, a scrim over its foot with the drive's name and date.
    Returns its height with the gap under it (300 px)."""
    rect = (20, y, WIDTH - 20, y + 270)
    wide_photo(cast, s, 20, y, WIDTH - 40, 270, 18.3, 56, rounded_rect(270, WIDTH - 40, 22))
    H5.scrim(s, (20, y + 190, WIDTH - 20, y + 270), 0.6)
    rounded_corners(s, rect, 22)
    note(
        s.img,
        rng.choice(("City blood drive", "Give blood at the library", "Campus donor day")),
        (44, y + 238),
        0.85,
        WHITE,
        2,
    )
    tag(s.img, WIDTH - 220, y + 18, f"{rng.randrange(1, 29)} {rng.choice(('Jun', 'Oct', 'Feb'))}", RED, 36)
    return 300


def staff_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who looks after donors: a card with the 56-100 px face in a rounded square under a "STAFF"
    lanyard tag over its foot, the name and role, an "Ask a question" button, the team (a stack of
    18-24 px, "+N"). Returns its height with the gap under it."""
    img = s.img
    card, side, ch = face_card(cast, rng, s, y, (56, 100), 60, "rounded")
    tag(img, 50, y + 10 + side, "STAFF", BLUE, 28)
    x = 76 + side
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 54), 0.7, s.fg, 2)
    note(img, rng.choice(("Donor carer", "Lead nurse", "Session manager")), (x, y + 86), 0.5, GREY)
    outlined(img, x, y + 104, 230, 48, s.accent, card)
    note(img, "Ask a question", (x + 22, y + 136), 0.5, s.accent, 2)
    end = stack(cast, s, rng, x + 260, y + 104, rng.randrange(2, 5), 18.3, 24, card, rng.randrange(0, 9))
    note(img, "on today", (end + 10, y + 134), 0.45, GREY)
    return ch + 20


def donation_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A booked donation: the time's chip, the donor's 22-30 px face in a red drop with the blood
    group's chip, the name, how many times they gave as a row of small drops, a "Gold donor" tag on
    some. Returns its height (110 px)."""
    img = s.img
    tag(img, 30, y + 38, f"{rng.randrange(9, 18)}:{rng.choice(('00', '20', '40'))}", off(s.bg, 22), 36)
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.25))
    if rng.random() < 0.12:
        H3.initials(img, rng, 160, y + 30, side, "circle", None)
    else:
        drop_avatar(cast, rng, s, 160, y + 30, fp, side)
    x = 190 + side
    note(img, who(rng), (x, y + 50), 0.58, s.fg, 2)
    n = rng.randrange(1, 9)
    for k in range(min(n, 8)):
        drop(img, (x + 10 + k * 22, y + 84), 6, RED)
    note(img, f"{n} donations", (x + 20 + min(n, 8) * 22, y + 88), 0.45, GREY)
    if n >= 6:
        tag(img, WIDTH - 200, y + 34, "Gold donor", (40, 200, 250), 32)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def safe_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's own check-in in a crisis: a green card, one's 28-40 px face in a white rim under a
    "safe" shield over its lower right, "You're marked safe", who it was shared with, undo.
    Returns its height with the gap under it (150 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 130, 22, (80, 160, 60))
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.2))
    rimmed(cast, s, 48, y + 65 - side // 2, fp, side, WHITE)
    shield_tick(img, (44 + side, y + 60 + side // 2), 12, GREEN, WHITE)
    x = 80 + side
    note(img, "You're marked safe", (x, y + 56), 0.75, WHITE, 2)
    note(
        img,
        f"Shared with {rng.randrange(20, 400)} friends - {rng.randrange(1, 9)}h ago",
        (x, y + 92),
        0.5,
        WHITE,
    )
    note(img, "Undo", (WIDTH - 120, y + 74), 0.55, WHITE, 2)
    return 150


PLACES: tuple[str, ...] = ("at home", "at the shelter", "at work", "with family", "in the town hall")


def safe_row(cast: Cast, rng: random.Random, s: Screen, y: int, safe: bool) -> int:
    """A friend in a crisis check-in: the round 28-40 px face (initials on some); marked ``safe``, a
    green shield with a tick over its lower right, where and when, on 30 % their note and on 15 %
    a photo they shared (people of 18-48 px cut by its edges, or a thing); not yet, the face drawn
    again in grey inside a dashed grey ring, when last active and an "Ask" button. Returns its
    height."""
    img = s.img
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.1, 1.22))
    x, top = 34, y + 16
    plain = rng.random() < 0.1
    if not safe:
        dashed_ring(img, (x + side // 2, top + side // 2), side // 2 + 7, GREY)
    if plain:
        H3.initials(img, rng, x, top, side, "circle", None)
    else:
        cast.avatar(s, x, top, fp, side, "circle")
    tx = x + side + 26
    note(img, who(rng), (tx, y + 44), 0.6, s.fg, 2)
    h = max(side + 32, 100)
    if not safe:
        if not plain:
            greyed_disc(s, x, top, side)
        note(img, f"Not marked yet - active {rng.randrange(1, 23)}h ago", (tx, y + 78), 0.48, GREY)
        outlined(img, WIDTH - 160, y + 26, 120, 48, s.accent, s.bg)
        note(img, "Ask", (WIDTH - 124, y + 58), 0.55, s.accent, 2)
    else:
        shield_tick(img, (x + side - 4, top + side - 6), 11, GREEN, s.bg)
        note(img, f"Safe {rng.choice(PLACES)} - {rng.randrange(1, 12)}h ago", (tx, y + 78), 0.48, GREY)
        if rng.random() < 0.3:
            note(img, f'"{words(rng, rng.randrange(3, 6)).lower()}"', (tx, y + 112), 0.5, s.fg)
            h = max(h, 130)
        if rng.random() < 0.15:
            cut_photo(cast, rng, s, tx, y + h, 340, 200, 18.3, 48, rounded_rect(200, 340, 14), 0.85)
            h += 216
    cv2.line(img, (tx, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


def lockdown_banner(s: Screen, rng: random.Random, y: int) -> int:
    """A school's alert across the screen: a band of red (a lockdown) or amber (shelter or hold in
    place) with a pulse's rings round a white dot at its left, the state in large capitals, the time
    and what parents must do. Returns its height (190 px). No faces."""
    state, colour = rng.choice(
        (("LOCKDOWN", RED), ("LOCKDOWN", RED), ("SHELTER IN PLACE", AMBER), ("HOLD IN ROOMS", AMBER))
    )
    cv2.rectangle(s.img, (0, y), (WIDTH, y + 189), colour, -1)
    for r in (16, 30, 44):
        cv2.circle(s.img, (80, y + 80), r, WHITE, 2 if r > 16 else -1, cv2.LINE_AA)
    cv2.putText(
        s.img,
        state,
        (150, y + 84),
        cv2.FONT_HERSHEY_DUPLEX,
        1.2 if len(state) > 9 else 1.5,
        WHITE,
        3,
        cv2.LINE_AA,
    )
    note(
        s.img,
        f"Since {rng.randrange(8, 15)}:{rng.randrange(60):02d} - all pupils are safe in class",
        (152, y + 128),
        0.55,
        WHITE,
    )
    note(s.img, "Do not come to the school. Do not call.", (152, y + 164), 0.55, WHITE, 2)
    return 190


def head_message(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The head teacher's message in an alert: a card with the 44-72 px face in a red ring, the name
    and time, three lines, who has read it (a stack of 18-22 px, "+N"). Returns its height with the
    gap under it."""
    img = s.img
    card = off(s.bg, 10)
    fp, side = _size(rng, 44, 72, (1.1, 1.2))
    ch = max(side, 100) + 200
    rounded_card(img, 20, y, WIDTH - 40, ch, 22, card)
    ring_avatar(cast, s, 48, y + 28, fp, side, RED)
    x = 84 + side
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 60), 0.68, s.fg, 2)
    note(img, f"Head teacher - {rng.randrange(8, 15)}:{rng.randrange(60):02d}", (x, y + 94), 0.5, GREY)
    ty = y + max(side, 100) + 60
    for k in range(3):
        note(img, words(rng, rng.randrange(4, 8)).lower(), (48, ty + 32 * k), 0.52, s.fg)
    end = stack(cast, s, rng, 48, y + ch - 56, rng.randrange(3, 6), 18.3, 22, card, rng.randrange(40, 500))
    note(img, "parents read this", (end + 10, y + ch - 28), 0.45, GREY)
    return ch + 20


def class_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's child's class in a school's alert: a card with the child's 28-40 px face (initials on
    some), the name and room; the class teacher's 24-32 px face in a rim of the page over the card's
    top right corner; pupils accounted for as a bar, the class's state on a tag. Returns its height
    with the gap under it (200 px)."""
    img = s.img
    card = off(s.bg, 10)
    rounded_card(img, 20, y + 14, WIDTH - 40, 170, 20, card)
    sd = face_or_initials(cast, rng, s, (44, y + 40), (28, 40), "circle", 0.12)
    note(img, who(rng), (66 + sd, y + 66), 0.65, s.fg, 2)
    note(img, f"Year {rng.randrange(1, 7)} - Room {rng.randrange(1, 30)}", (66 + sd, y + 98), 0.5, GREY)
    fp, side = _size(rng, 24, small(rng, 24.5, 32), (1.1, 1.2))
    if rng.random() < 0.1:
        H3.initials(img, rng, WIDTH - 60 - side, y, side, "circle", s.bg)
    else:
        rimmed(cast, s, WIDTH - 60 - side, y, fp, side, s.bg)
    n = rng.randrange(18, 31)
    here = n - rng.choice((0, 0, 1, 2))
    progress(img, 44, y + 130, WIDTH - 360, here / n, GREEN if here == n else AMBER, off(card, 24), 10)
    note(img, f"{here} of {n} accounted for", (44, y + 170), 0.48, GREY)
    state, colour = rng.choice((("Safe in room", GREEN), ("Safe in hall", GREEN), ("Checking", AMBER)))
    tag(img, WIDTH - 280, y + 116, state, colour, 36)
    return 200


def alert_update(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An update in a school's alert (``timeline_row``, 100 px): a red, amber or green dot, the staff
    member's 20-26 px face, who and where from and when, a line."""
    desks = ("office", "site team", "head")
    return timeline_row(
        cast, rng, s, y, 100, (RED, AMBER, GREEN),
        lambda: f"{who(rng)} - {rng.choice(desks)} - {rng.randrange(8, 15)}:{rng.randrange(60):02d}", 7,
    )  # fmt: skip


def crew_badge(cast: Cast, s: Screen, x: int, y: int, fp: float, side: int, colour: Colour) -> None:
    """A firefighter's avatar: the round face ``fp`` px on a shield of ``colour`` whose point shows
    under it (drawn before the face)."""
    shield(s.img, (x + side // 2, y + side // 2), side // 2 + max(5, side // 7), colour)
    cast.avatar(s, x, y, fp, side, "circle")


def star_of_life(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A brigade's crest: a disc of ``colour`` with three white bars crossed at 60 degrees."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    for a in (0, 60, 120):
        box = cv2.boxPoints(((float(c[0]), float(c[1])), (r * 1.3, r * 0.38), float(a)))
        cv2.fillPoly(img, [np.round(box).astype(np.int32)], WHITE, cv2.LINE_AA)


SEATS: tuple[str, ...] = ("Driver", "Officer", "BA 1", "BA 2", "Crew", "Crew")


def apparatus_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An appliance's crew for the shift: a card with its name and state; its cab's seats in two
    rows (four or six), each filled one the firefighter's 24-34 px face on a red shield (initials on
    some) over the seat's role, each empty one a dashed outline with a "+". Returns its height with
    the gap under it."""
    img = s.img
    card = off(s.bg, 10)
    n = rng.choice((4, 6))
    per = n // 2
    cw = (WIDTH - 88 - 16 * (per - 1)) // per
    ch = 120 + 2 * (150 + 14)
    rounded_card(img, 20, y, WIDTH - 40, ch, 22, card)
    note(img, rng.choice(("Engine 1", "Tanker 2", "Rescue 3", "Ladder 4")), (44, y + 56), 0.85, s.fg, 2)
    short = rng.random() < 0.3
    tag(img, WIDTH - 300, y + 26, "Crew short" if short else "In service", AMBER if short else GREEN, 38)
    for k in range(n):
        x, top = 44 + (k % per) * (cw + 16), y + 100 + (k // per) * 164
        seat = off(card, 12)
        rounded_card(img, x, top, cw, 150, 16, seat)
        note(img, SEATS[k], (x + 14, top + 134), 0.5, GREY)
        if (short and rng.random() < 0.45) or rng.random() < 0.1:
            dashed_ring(img, (x + cw // 2, top + 62), 30, GREY)
            note(img, "+", (x + cw // 2 - 10, top + 74), 1.0, GREY, 2)
            continue
        fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.1, 1.2))
        at = (x + (cw - side) // 2, top + 56 - side // 2)
        if rng.random() < 0.12:
            H3.initials(img, rng, at[0], at[1], side, "circle", None)
        else:
            crew_badge(cast, s, at[0], at[1], fp, side, RED)
    return ch + 20


def response_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A firefighter's answer to a callout: the 22-30 px face (initials on some), the name, the
    answer (responding with an ETA, at the station, unavailable) on a chip, qualifications as small
    chips. Returns its height (104 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 18), (22, 30), "circle", 0.12)
    x = 50 + sd
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 44), 0.58, s.fg, 2)
    tx = x
    for q in rng.sample(("BA", "HGV", "FA", "Pump", "Water"), rng.randrange(1, 4)):
        tx = tag(img, tx, y + 60, q, off(s.bg, 24), 28)[2] + 8
    answer, colour = rng.choice(
        ((f"Responding - {rng.randrange(2, 12)} min", GREEN), ("At station", BLUE), ("Unavailable", GREY))
    )
    tag(img, WIDTH - 330, y + 28, answer, colour, 36)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


REUNION: tuple[tuple[str, Colour], ...] = (
    ("REUNITED", GREEN),
    ("LOOKING FOR FAMILY", AMBER),
    ("FOUND SAFE", BLUE),
)


def reunion_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> None:
    """A card on a reunion board at (x, y), ``cw`` wide and 420 high: the photo at its top with
    rounded corners (a person, ``Cast.photo`` with the face 40-90 px, on 55 %; a group with faces
    18-50 px cut by its edges on 20 %; else a pet or a thing found), a status band over the photo's
    foot (reunited, looking for family, found safe), the poster's 20-26 px face in a rim of the
    card over the band's right end, where and when under it."""
    img = s.img
    card = off(s.bg, 8)
    rounded_card(img, x, y, cw, 420, 18, card)
    ph = 260
    m = rounded_rect(ph, cw, 18)
    pick = rng.random()
    if pick < 0.55:
        cast.photo(s, x, y, cw, ph, small(rng, 40, 90), m)
    elif pick < 0.75:
        cut_photo(cast, rng, s, x, y, cw, ph, 18.3, 50, m, 0.9)
    else:
        cast.thing(s, x, y, cw, ph, m)
    status, colour = rng.choice(REUNION)
    band(s, (x, y, x + cw, y + ph), 18, 44, colour)
    note(img, status, (x + 14, y + ph - 14), 0.5, WHITE, 2)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.1, 1.2))
    if rng.random() < 0.12:
        H3.initials(img, rng, x + cw - side - 16, y + ph - side - 10, side, "circle", card)
    else:
        rimmed(cast, s, x + cw - side - 16, y + ph - side - 10, fp, side, card)
    note(img, f"Found near {rng.choice(STREETS)}", (x + 14, y + ph + 44), 0.5, s.fg, 2)
    note(
        img,
        f"{rng.randrange(1, 48)}h ago - {rng.choice(('Eastside', 'Mill Lane', 'Town hall'))} shelter",
        (x + 14, y + ph + 80),
        0.45,
        GREY,
    )
    note(img, "Message", (x + 14, y + ph + 130), 0.5, s.accent, 2)


def reunited_story(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A reunion told at the top of a board: a card across the screen before a softened street
    after the disaster (drawn), one person (heldout11's ``figure``: the face 90-220 px) left of its
    middle and on 60 % the one they found beside them (a face 0.55-0.9 as large), a "REUNITED"
    ribbon, the story's line on a scrim over the card's foot, the corners rounded in the page's
    colour. Returns its height with the gap under it (364 px)."""
    rect = (30, y, WIDTH - 30, y + 340)
    blit(s.img, H15.blurred(H11.render(rng, WIDTH - 60, 340, STREET), rng.uniform(2, 5)), 30, y)
    fp = rng.uniform(90, 220)
    H11.figure(
        cast, s, 30 + (WIDTH - 60) * rng.uniform(0.26, 0.4), y + 340 * rng.uniform(0.34, 0.42), fp, rect, True
    )
    if rng.random() < 0.6:
        other = fp * rng.uniform(0.55, 0.9)
        H11.figure(
            cast,
            s,
            30 + (WIDTH - 60) * rng.uniform(0.66, 0.8),
            y + 340 * rng.uniform(0.38, 0.5),
            other,
            rect,
            True,
        )
    H5.scrim(s, (30, y + 260, WIDTH - 30, y + 340), 0.6)
    note(
        s.img,
        f"{who(rng)} found {rng.choice(('her dad', 'his sister', 'their son', 'her gran'))} "
        f"after {rng.randrange(2, 9)} days",
        (54, y + 310),
        0.7,
        WHITE,
        2,
    )
    ribbon(s.img, 30, y + 24, "REUNITED", GREEN)
    rounded_corners(s, rect, 22)
    return 364


def volunteer_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shelter volunteer's banner on a reunion board: a card of the accent with the 40-64 px face
    in a white rim, who they are and where, a call button. Returns its height with the gap under it
    (160 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 140, 22, s.accent)
    fp, side = _size(rng, 40, small(rng, 40.5, 64), (1.08, 1.16))
    rimmed(cast, s, 48, y + 70 - side // 2, fp, side, WHITE)
    x = 80 + side
    note(img, f"{who(rng)} is matching families", (x, y + 60), 0.65, WHITE, 2)
    note(
        img,
        f"{rng.choice(('Eastside', 'Riverside', 'Town hall'))} shelter - "
        f"{rng.randrange(2, 60)} reunited today",
        (x, y + 96),
        0.5,
        WHITE,
    )
    phone_disc(img, (WIDTH - 80, y + 70), 30, GREEN)
    return 160


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def missing_alert(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A missing-person alert: the red alert band (a siren's glyph, "MISSING PERSON", the police
    force and the time); the poster (``missing_poster``: the face 120-280 px in a red frame, an
    earlier grey photo of 40-80 px on 55 %); where last seen (a drawn map, no faces); who shared it
    (a stack of 18-22 px); sightings (``sighting_row``: reporters 20-28 px, CCTV stills of 18-40 px
    in grey on some) where there is room; the call button."""
    s = new_screen(rng, name, cast.kind("missing"), ("light", "light", "dark", "tinted"))
    force = rng.choice(("County police", "Metro police", "Coastguard", "Valley police"))
    y = STATUS_H + alert_banner(s, STATUS_H, "MISSING PERSON", f"{force} - {rng.randrange(1, 9)}h ago", RED)
    y += missing_poster(cast, rng, s, y + 20) + 20
    y = section(s, y, "Last seen", False)
    y += last_seen_map(s, rng, y)
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(20, 900))
    note(s.img, "neighbours shared this", (end + 12, y + 30), 0.5, GREY)
    foot = H - NAV_H - 120
    rows_above(s, y + 56, foot, "Sightings", lambda t: sighting_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Call with information")


def watch_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood watch group: the title and one's 22-26 px face; the week's incidents on a
    drawn map (hazards' triangles, no faces); members on patrol (round 26-36 px faces in green
    rings, cut by the right edge); the feed's chips; posts (``watch_post``: residents 24-32 px under
    house numbers, photos of 18-44 px on some, moderators 20-24 px, "thanked" stacks of 18-22 px)
    down to the tab bar."""
    street = rng.choice(STREETS)
    s, y = titled(cast, rng, name, "watch", ("light", "light", "tinted", "dark"), f"{street} Watch", own=True)
    y += incident_strip(s, rng, y)
    note(s.img, "On patrol now", (30, y + 20), 0.55, GREY, 2)
    y += 40
    fp, side = _size(rng, 26, small(rng, 26.5, 36), (1.12, 1.22))
    for x in carousel(rng, 124, side):
        ring_avatar(cast, s, x, y, fp, side, GREEN)
    y += side + 30
    chips(s.img, rng, 30, y, 4, 44, (110, 180), off(s.bg, 16), s.fg)
    y += 64
    return rows_to_tab_bar(s, rng, y, 200, lambda t: watch_post(cast, rng, s, t))


def ice_card(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An emergency card app: the title and a "on lock screen" tag; the card's front
    (``holder_card``: the holder 64-150 px in a red rim under a blood group's drop, who can see it
    18-22 px); emergency contacts as call tiles two a row (``contact_tile``: photos with the main
    face 44-76 px, others cut by the edges, relations on a band over their foot); doctors and carers
    (``doctor_row``: 24-32 px) where there is room; the share button."""
    s, y = titled(cast, rng, name, "ice", ("light", "dark", "tinted", "light"), "Emergency card")
    tag(s.img, WIDTH - 300, STATUS_H + 28, "On lock screen", GREEN, 38)
    y += holder_card(cast, rng, s, y)
    y = section(s, y, "Emergency contacts", False)
    tw, th = (WIDTH - 80) // 2, rng.randrange(250, 321)
    for _ in range(rng.choice((1, 2, 2))):
        for k in range(2):
            contact_tile(cast, rng, s, 30 + k * (tw + 20), y, tw, th)
        y += th + 20
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Doctors and carers", lambda t: doctor_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Share with paramedics")


def responder_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A first-aid volunteers' dispatch (mostly dark): the title and an on-duty switch; a drawn map
    (an incident's cross and range rings, a defibrillator's marker, a dashed route from the
    responder who accepted) with the responders on pins (``badge_pin``: 20-30 px in rounded squares
    rimmed by their state, ETA chips over their corner); a sheet over the map's foot with the
    dispatch (``dispatch_card``: the responder 48-90 px in a green ring, a drawn defibrillator's
    cabinet); who else was alerted (``alerted_row``: 22-30 px) where there is room; the button."""
    s = new_screen(rng, name, cast.kind("dispatch"), ("dark", "dark", "light", "tinted"))
    img, top = s.img, STATUS_H
    heading(s, 30, top + 62, "Responder", 1.0)
    pill(img, WIDTH - 170, top + 26, 120, 56, GREEN)
    cv2.circle(img, (WIDTH - 78, top + 54), 22, WHITE, -1, cv2.LINE_AA)
    y = top + 100
    mh = rng.randrange(760, 900)
    img[y : y + mh, :WIDTH] = street_map(rng, WIDTH, mh)
    inc = (rng.randrange(320, WIDTH - 320), y + rng.randrange(mh // 3, mh // 2))
    incident_marker(img, inc)
    cells = [(k % 3, k // 3) for k in range(12)]
    rng.shuffle(cells)
    tips = []
    for cx, cy in cells:
        tip = (
            round(WIDTH * (cx + rng.uniform(0.25, 0.75)) / 3),
            y + round((mh - 60) * (cy + rng.uniform(0.45, 0.9)) / 4),
        )
        if abs(tip[0] - inc[0]) > 120 or abs(tip[1] - inc[1]) > 120:
            tips.append(tip)
    n = rng.randrange(4, 8)
    for k, tip in enumerate(tips[:n]):
        if k == 0:
            for t in np.linspace(0, 1, 24)[1:-1]:
                p = (round(tip[0] + (inc[0] - tip[0]) * t), round(tip[1] + (inc[1] - tip[1]) * t))
                cv2.circle(img, p, 5, GREEN, -1, cv2.LINE_AA)
        state = GREEN if k == 0 else rng.choice((GREEN, AMBER, GREY, s.accent))
        eta = f"{rng.randrange(1, 12)}m" if state == GREEN else ""
        badge_pin(cast, rng, s, tip, 20, 30, state, eta)
    if len(tips) > n:
        aed_marker(img, tips[n])
    y += mh - 40
    H5.sheet(img, y, s.bg)
    y += 50
    y += dispatch_card(cast, rng, s, y)
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Also alerted", lambda t: alerted_row(cast, rng, s, t))
    return finish_with_button(s, foot, "I'm on my way")


def er_tracker(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An emergency department's wait and triage tracker: the hospital; the wait (``wait_card``, no
    faces); who waits as triage discs (``triage_queue``, no faces); one's steps (``care_steps``); one's
    triage nurse (``nurse_card``: 56-110 px under a stethoscope's badge, vital signs); doctors on
    shift (rounded squares of 30-44 px faces with specialties, cut by the right edge); updates
    (``care_update``: staff 20-26 px) where there is room; the notify button."""
    hospital = rng.choice(("St Mary's", "Royal Infirmary", "General Hospital", "Northside"))
    s, y = titled(cast, rng, name, "er", ("light", "light", "tinted", "dark"), f"{hospital} ER")
    y += wait_card(s, rng, y)
    y += triage_queue(s, rng, y)
    y += care_steps(s, rng, y)
    y = section(s, y, "Your triage nurse", False)
    y += nurse_card(cast, rng, s, y)
    note(s.img, "Doctors on shift", (30, y + 20), 0.55, GREY, 2)
    y += 36
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    for x in carousel(rng, 150, side):
        cast.avatar(s, x, y, fp, side, "rounded")
        tag(s.img, x, y + side + 10, rng.choice(("Paeds", "Ortho", "Resus", "Minors")), off(s.bg, 22), 28)
    y += side + 60
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Updates", lambda t: care_update(cast, rng, s, t))
    return finish_with_button(s, foot, "Notify me when it's my turn")


def blood_drive(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A blood drive: the banner (``drive_banner``: the hall's people 18-56 px cut by its edges, or a
    thing); the goal as a drop filled red (no faces) with the count, its bar and the booking
    button; today's donors in red drops (``drop_avatar``: 30-44 px, the blood group's chip over
    their foot, cut by the right edge); the staff (``staff_card``: 56-100 px under a "STAFF" tag,
    the team 18-24 px); booked donors (``donation_row``: 22-30 px in drops) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("blood"), ("light", "tinted", "light", "dark"))
    img = s.img
    y = STATUS_H + 16
    y += drive_banner(cast, rng, s, y)
    goal = rng.randrange(60, 200)
    share = rng.uniform(0.2, 0.95)
    drop_gauge(s, (100, y + 150), 56, share)
    note(img, f"{round(goal * share)} of {goal} donors", (200, y + 90), 0.8, s.fg, 2)
    progress(img, 200, y + 118, WIDTH - 260, share, RED, off(s.bg, 24), 12)
    pill(img, 200, y + 150, 260, 56, RED)
    note(img, "Book a slot", (240, y + 186), 0.6, WHITE, 2)
    y += 240
    note(img, "Donated today", (30, y + 20), 0.55, GREY, 2)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    y += 40 + side // 2
    for x in carousel(rng, 120, side):
        drop_avatar(cast, rng, s, x, y, fp, side)
    y += side + 40
    y += staff_card(cast, rng, s, y)
    y = section(s, y, "Booked today", True)
    return rows_to_tab_bar(s, rng, y, 110, lambda t: donation_row(cast, rng, s, t))


def safe_checkin(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A crisis check-in ("marked safe"): the crisis's name and area; a weather radar (drawn, no
    faces) with the update's time; one's own check-in (``safe_banner``: 28-40 px); how many friends
    are safe as a bar; friends marked safe (``safe_row``: 28-40 px under green shields, photos of
    18-48 px on some), then those not marked yet (the same rows, the faces greyed in dashed rings)
    down to the tab bar."""
    s = new_screen(rng, name, cast.kind("safety"), ("light", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    note(img, "Crisis response", (30, top + 40), 0.55, GREY)
    event = rng.choice(("Flooding in Riverside", "Storm Aled", "Wildfire near Quarry Hill", "Earthquake"))
    heading(s, 30, top + 92, event, 0.9)
    y = top + 116
    rh = rng.randrange(250, 331)
    blit(img, H11.render(rng, WIDTH - 60, rh, (radar_map,)), 30, y, rounded_rect(rh, WIDTH - 60, 20))
    tag(img, 46, y + 14, f"Updated {rng.randrange(1, 30)} min ago", WHITE, 32)
    y += rh + 20
    y += safe_banner(cast, rng, s, y)
    n, safe = rng.randrange(8, 30), rng.randrange(2, 5)
    ok = rng.randrange(safe, n)
    note(img, f"{ok} of {n} friends marked safe", (30, y + 24), 0.6, s.fg, 2)
    progress(img, 30, y + 44, WIDTH - 60, ok / n, GREEN, off(s.bg, 24), 10)
    y = section(s, y + 60, "Marked safe", False)
    turns = itertools.count()

    def row(t: int) -> int:
        k = next(turns)
        if k == safe:
            under = section(s, t, "Not marked yet", False)
            return under - t + safe_row(cast, rng, s, under, False)
        return safe_row(cast, rng, s, t, k < safe)

    return rows_to_tab_bar(s, rng, y, 110, row)


def lockdown_alert(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A school's alert to parents: the school's name and crest; the alert band (``lockdown_banner``,
    no faces); the head teacher's message (``head_message``: 44-72 px in a red ring, readers 18-22
    px); one's children (``class_card``: 28-40 px, class teachers 24-32 px over the cards' corner);
    staff checked in (rounded squares of 26-36 px faces with presence dots, cut by the right edge);
    updates (``alert_update``: 20-26 px) where there is room; the read button."""
    s = new_screen(rng, name, cast.kind("lockdown"), ("light", "light", "dark", "tinted"))
    img, top = s.img, STATUS_H
    shield(img, (60, top + 48), 24, s.accent)
    star_of_life(img, (60, top + 46), 12, s.accent)
    heading(s, 104, top + 62, rng.choice(("Hillside Primary", "St Anne's School", "Oakfield Academy")), 0.9)
    y = top + 100
    y += lockdown_banner(s, rng, y) + 20
    y += head_message(cast, rng, s, y)
    y = section(s, y, "Your children", False)
    for _ in range(rng.randrange(1, 3)):
        y += class_card(cast, rng, s, y)
    note(img, "Staff checked in", (30, y + 20), 0.55, GREY, 2)
    y += 40
    fp, side = _size(rng, 26, small(rng, 26.5, 36), (1.1, 1.2))
    for x in carousel(rng, 110, side):
        cast.avatar(s, x, y, fp, side, "rounded")
        status_dot(img, (x + side - 4, y + side - 4), 8, "online", s.bg)
    y += side + 30
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Updates", lambda t: alert_update(cast, rng, s, t))
    return finish_with_button(s, foot, "I've read this")


def brigade_roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A volunteer fire brigade's roster (mostly dark): the cover (a drawn light bar or hoses on a
    rack) with the brigade's crest over its foot; who is available; the crew on call (26-40 px faces
    on red shields, cut by the right edge); the appliances' crews (``apparatus_card``: 24-34 px on
    shields in the cab's seats, dashed empty ones); the last callout's answers (``response_row``:
    22-30 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("brigade"), ("dark", "dark", "light", "tinted"))
    img, top = s.img, STATUS_H
    blit(img, H11.render(rng, WIDTH, 220, STATION), 0, top)
    cv2.circle(img, (100, top + 220), 62, s.bg, -1, cv2.LINE_AA)
    star_of_life(img, (100, top + 220), 54, RED)
    y = top + 230
    heading(s, 190, y + 34, rng.choice(("Millbrook VFB", "Station 12", "Harbour Fire Brigade")), 0.85)
    on = rng.randrange(4, 15)
    note(img, f"{on} of {on + rng.randrange(0, 9)} available", (190, y + 70), 0.5, GREY)
    y += 100
    note(img, "On call now", (30, y + 20), 0.55, GREY, 2)
    y += 40
    fp, side = _size(rng, 26, small(rng, 26.5, 40), (1.1, 1.2))
    for x in carousel(rng, 120, side):
        crew_badge(cast, s, x, y, fp, side, RED)
    y += side + 50
    y = section(s, y, "Appliances", False)
    for _ in range(rng.randrange(1, 3)):
        y += apparatus_card(cast, rng, s, y)
    y = section(s, y, f"Callout {rng.randrange(0, 24)}:{rng.randrange(60):02d}", True)
    return rows_to_tab_bar(s, rng, y, 110, lambda t: response_row(cast, rng, s, t))


def reunion_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A reunion board after a disaster (people and pets): the title and one's 22-26 px face, the
    search field and chips; a shelter volunteer (``volunteer_banner``: 40-64 px in a white rim);
    the board's cards two a row (``reunion_card``: a person 40-90 px, a group 18-50 px or a pet or a
    thing, status bands over their foot, posters 20-26 px over the band's end) down to the tab
    bar."""
    s, y = titled(cast, rng, name, "reunite", ("light", "light", "tinted", "dark"), "Reunite", own=True)
    img = s.img
    pill(img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(img, "Search a name or a place", (70, y + 42), 0.55, GREY)
    y += 84
    chips(img, rng, 30, y, 4, 46, (120, 190), off(s.bg, 16), s.fg)
    y += 70
    y += (reunited_story if rng.random() < 0.5 else volunteer_banner)(cast, rng, s, y)
    y = section(s, y, f"{rng.randrange(20, 400)} posts", True)
    cw = (WIDTH - 80) // 2

    def pair(t: int) -> int:
        for k in range(2):
            reunion_card(cast, rng, s, 30 + k * (cw + 20), t, cw)
        return 440

    return rows_to_tab_bar(s, rng, y, 200, pair)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    missing_alert,
    watch_feed,
    ice_card,
    responder_map,
    er_tracker,
    blood_drive,
    safe_checkin,
    lockdown_alert,
    brigade_roster,
    reunion_board,
)
# with people: each twice a round but two (a missing person's alert, one large face and a few
# small ones, and an emergency card, the holder and the contacts' tiles)
ONCE = (missing_alert, ice_card)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: pins on a map, donors' drops and crews'
# shields with round things in them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, responder_map, blood_drive, brigade_roster)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT46_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h46", photos, free, seed, reps)
