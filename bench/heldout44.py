"""Held-out screens, forty-fourth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a week's pill organiser, a blister pack,
a tea tray from above, a pair of hearing aids by their case, a day centre's empty hall, a bingo card
with its dabs, a faded seaside postcard, a basket of wool; nothing with eyes, a mouth or a mask), by
heldout23 (a living room) or heldout11 (a landscape); every random choice from ``HELDOUT44_SEED``
(44444; the environment's ``HELDOUT44_SEED`` draws the set from another). Every face goes on the
screen through heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen
shows: pixels drawn over a face afterwards stop being the face's, and a face left with under half
of its box is dropped. heldout11's ``Cast`` (through heldout26's, heldout40's, heldout41's and
heldout43's; this set's screens are marked h44-) fills the people's places, and on face-free
screens puts pets, objects, textures, initials and this set's drawn things there; it counts a face
cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as everywhere in
the bench, never counted.

What it adds is faces in the apps of eldercare, family caregiving and senior living, most of them
small: a senior tablet's incoming video call, everything large (the caller up to 440 px and on
some leaning in across the frame's top edge, giant answer and decline buttons, a speed dial of big
rounded photos); a memory book for reminiscence, an old studio print in grey or sepia mounted on a
cream page, who is who in it, a recorded story and the family's additions as small old prints;
a care rota shared by siblings, the parent in a ring, the siblings over their colours, a week of
visit slots each holding the visitor's face in a ring of their colour, today's doses with who gave
each; a care home's family app, one resident over a band of the home, the key worker and a day log
with carers, pictures of the residents at activities and "seen by family" stacks; a carers'
marketplace with checked shields over the carers' faces, availability and families' stacks; a day
centre's feed, the morning's photo of members at two or three depths in the hall under bunting
(the farthest under 18 px, drawn and not counted), the day's activities and the register; a fall
alert, the parent's face in red pulse discs by the home's plan and the family circle round a drawn
house; a befriending scheme's letters whose stamps carry the senders' faces under postmarks; a
pharmacy's repeat delivery for a parent, the driver, who may take it in and the pharmacist over
each pack; a hearing aid's app with big favourites under "CC" badges and contacts. Near repeats
avoided: heldout2's picture-in-picture call, heldout22's webcam preview, heldout40's tutor call and
heldout43's plant doctor (a caller or an expert before a room, one's own camera in a corner; here
no self view: an incoming call on a senior tablet, the caller standing in a rounded frame and on
35 % leaning in over its top edge, a dimmed band with the name in huge type, who else joined on a
pill, two giant buttons and a speed dial of big rounded photos under large names; heldout19's
phone app lists calls in rows); heldout16's memorial, heldout24's child's journal and heldout31's
life story (a portrait in a gilt oval, a turned "on this day" print, askew prints along a line of
decades; here one studio print of one or two people mounted with black photo corners on a cream
page under a handwritten caption, who is who with how they are related, a story's waveform by the
teller's face and more pages aged to old prints); heldout32's shift grid, heldout25's volunteers'
rota and heldout41's meal planner (a row a person with the covering face in a cell, slots of
faces, a cook and the eaters' stack by day; here one week of two visit slots a day, each the
visitor's face in a ring of their colour or a dashed plus to claim it, the siblings over colour
bars and the doses by time with the giver under a tick); heldout11's childcare feed and heldout24's
parents' app (children to switch, teachers over lessons' corners, a class photo; here one resident
over a softened band of the home, meals, drinks and sleep at a glance and a day log down a rule
of times, two pictures side by side); heldout23's local pros, heldout37's gigs and heldout43's
gardeners for hire (a pro's card with a medal or before and after photos, sellers under work
samples; here full-width carers' cards, a shield with a tick over the face's corner, a week of
availability discs, families' stacks and a family's quote by its reviewer's face, a shortlist
under hearts); heldout40's meetup cover, heldout41's restaurant page and heldout43's planting day
(people ``staged`` under a gradient; here the morning's photo inset with rounded corners and
bunting strung over the people's heads, heldout16's bunting being a face-free picture, activity
cards with the leader rimmed over a drawn picture, a register with lunch chips and who takes each
home); heldout19's family page, heldout24's family locator and heldout27's smart-home dashboard
(pins, geofences, camera tiles beside who is home; here the family as a circle of faces on spokes
round a drawn house, each ring green or grey for seen or not, beside an alert card with the
parent's face in pulse discs and a plan with the room tinted); heldout39's payer and payee and
heldout40's language partners (here letters: drawn envelopes whose stamps hold the sender's face in
a perforated edge under a postmark's ring and waves; heldout42's stamps are ink on a visa page);
heldout24's pharmacy record and heldout23's and heldout41's couriers (an ID photo and prescribers'
faces, a courier as a pin on a map; here a repeat delivery's steps without faces, the driver under
a parcel's badge, who may take it in as chips, faded when off, and drawn blister packs and pill
boxes with the checking pharmacist rimmed over their corner); no earlier set draws a hearing aid's
app. Ten layouts:
- a senior tablet's call (``tablet_call``): the caller (``caller_frame``: 150-440 px, across the
  frame's top edge on 35 %); the missed call (22-28 px); who joined (18-22 px); the speed dial
  (``dial_tile``: about 70-150 px);
- a memory book (``memory_book``): one's 22-26 px face; the print (``memory_page``: one face of
  130-300 px or two of 80-170 px); who is who (``whos_who``: 28-44 px); the teller (``listen_bar``:
  22-28 px); more pages (18-40 px on half, cut by the right edge); additions (``memory_row``: 22-30
  px, prints of 18-30 px on 40 %);
- a siblings' care rota (``family_rota``): one's 22-26 px face; the parent (``parent_card``: 56-96
  px in a ring, the last visitor 20-26 px); the team (``care_team``: 32-48 px); visits
  (``visit_week``: 18-26 px); doses (``dose_row``: 20-26 px);
- a care home's family app (``care_home``): the resident (72-130 px); the key worker (28-40 px in a
  rim); the log (``log_entry``: carers 22-30 px, residents 18-48 px on 35 % of the pictures,
  stacks of 18-22 px);
- a carers' marketplace (``carer_market``): one's 22-26 px face; the shortlist (26-40 px, cut by
  the right edge); carers (``carer_card``: 44-76 px, stacks of 18-22 px, reviewers 20-24 px);
- a day centre (``day_centre``): the morning (``staged``: front faces 40-130 px, the back ones 10-14
  px); activities (``activity_card``: leaders 24-34 px, stacks of 18-22 px, cut by the right edge);
  the register (``register_row``: 24-34 px, who takes them home 18-22 px);
- a fall alert (``fall_alert``): the parent (``alert_card``: 56-100 px, who was told 18-22 px); the
  family circle (``family_circle``: 28-44 px in rings); responses (``response_row``: 22-30 px);
- a befriending scheme (``befriending``): one's 22-26 px face; the friend (``friend_card``: 60-110
  px); volunteers near you (24-34 px, cut by the right edge); letters (``letter_row``: stamps of
  22-34 px);
- a pharmacy's delivery (``pharmacy_delivery``): one's 22-26 px face; the parent (40-64 px); the
  driver (``driver_card``: 48-90 px); who can take it in (``receiver_chip``: 22-30 px); medicines
  (``med_item``: 20-26 px);
- a hearing aid's app (``hearing_app``): one's 22-26 px face; favourites (56-96 px); contacts
  (``contact_row``: 24-34 px, groups' stacks of 18-22 px).
Sizes are what a layout asks for: a photo's other people (a caller's or an old print's neighbour),
a group photo's close cut (``cut_photo`` crops held-out group photos at whatever size their people
come) or a stack's slightly smaller faces can differ (the table below counts what is drawn). The
shortlist, volunteers near you, the day's activities and a memory book's more pages run past the
right edge, their last item across it with 30-70 % of it showing (heldout38's ``across_edge``), so
some faces are cut by the edge and counted while half of their box shows (the capture's right 8 px
are black padding); the caller's face is on some cut by the frame's top edge the same way. Light,
dark and tinted themes; JPEG quality 30-60. The frame's and the photo's rounded corners, the joined
pill, bunting, photo corners, hearts, shields, badges ("CC", a parcel, ticks, dots), postmarks,
tags, chips, buttons and tab bars take the pixels they cover; a face under them counts while half
of its box shows; rings, rims, pulse discs, spokes and stamps are drawn before the faces they hold;
the name band's dimming, the prints' grey or sepia and the faded chips leave the faces under them
counted as they look; initials, "+N" discs and drawn things (tablets, domes, cups, balls of wool,
bingo dabs) are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,290 faces (1,063 under 32 px, 153 of 32-63, 64 of 64-127,
10 larger; 1,118 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, stamps, rims,
stacks and rings, round things where people would stand); ``reps=1`` a quarter (18 screens with 326
faces: 266, 42, 16 and 2 by size, 287 under 40 px; 13 face-free). Each layout has people twice a
round but the tablet's call and the memory book, once (a large face or two, a few big ones and some
small ones: 9 and 13.5 faces a screen at 4 reps). The faces of each layout at 4 reps, under 32 px,
of 32-63, of 64-127 and of 128 or more:
    tablet_call        4 screens    36 faces:  13,   0,  18,   5
    memory_book        4 screens    54 faces:  40,   6,   4,   4
    family_rota        8 screens   193 faces: 157,  34,   2,   0
    care_home          8 screens   137 faces: 111,  15,  11,   0
    carer_market       8 screens   226 faces: 190,  35,   1,   0
    day_centre         8 screens   160 faces: 136,   8,  15,   1
    fall_alert         8 screens   105 faces:  92,  10,   3,   0
    befriending        8 screens   158 faces: 148,   6,   4,   0
    pharmacy_delivery  8 screens    99 faces:  83,  16,   0,   0
    hearing_app        8 screens   122 faces:  93,  23,   6,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
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
import heldout43 as H43
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, play_button, progress
from heldout22 import stack
from heldout23 import WIDTH, living_room, new_screen, tag, tick_badge
from heldout24 import RED, section
from heldout25 import ring_progress, who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import faded, rounded_card, rows_to_tab_bar
from heldout38 import across_edge, rimmed, rows_above, staged
from heldout39 import finish_with_button
from heldout43 import titled

DEFAULT_SEED = 44444


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT44_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 44444."""
    return int(env.get("HELDOUT44_SEED") or DEFAULT_SEED)


HELDOUT44_SEED = seed_from(os.environ)

PARENTS: tuple[str, ...] = ("Mum", "Dad", "Nan", "Grandad", "Auntie May")
MEDICINES: tuple[str, ...] = (
    "Amlodipine 5 mg", "Donepezil 10 mg", "Metformin 500 mg", "Warfarin 3 mg", "Levothyroxine 50",
    "Paracetamol 1 g", "Vitamin D 25", "Ramipril 2.5 mg", "Eye drops",
)  # fmt: skip
PASTIMES: tuple[str, ...] = (
    "Chair yoga", "Singalong", "Bingo", "Baking club", "Reminiscence", "Knit & natter", "Garden walk",
    "Armchair quiz",
)  # fmt: skip
SKILLS: tuple[str, ...] = (
    "Dementia",
    "Mobility",
    "Overnight",
    "Company",
    "Personal care",
    "Driving",
    "Meals",
)
PROGRAMMES: tuple[str, ...] = ("Everyday", "Quiet", "Restaurant", "TV", "Outdoors", "Music")
CHAPTERS: tuple[str, ...] = ("Childhood", "Wedding", "Our family", "Holidays", "Work", "Friends")
MEMORIES: tuple[str, ...] = (
    "Our wedding day, 1962", "Whitby, summer 1974", "Dad's fortieth", "The new house, 1968",
    "Sunday school trip", "Mum at the mill, 1959",
)  # fmt: skip
DAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a pill organiser's lids, Monday to Sunday (BGR)
WEEK: tuple[Colour, ...] = (
    (70, 70, 220), (60, 150, 240), (60, 210, 240), (90, 190, 90), (210, 160, 60), (180, 90, 120),
    (150, 90, 200),
)  # fmt: skip
TABLETS: tuple[Colour, ...] = (
    (245, 245, 245), (120, 200, 245), (210, 160, 90), (150, 220, 240), (90, 90, 215), (190, 225, 190),
)  # fmt: skip
# the family's own colours on a shared rota (BGR)
KIN: tuple[Colour, ...] = ((60, 150, 240), (200, 120, 60), (150, 80, 190), (80, 170, 110), (70, 90, 220))
PAPER: Colour = (215, 238, 248)  # an album's page, a letter's cream
ALARM: Colour = (215, 220, 250)  # an alert card's pale red


def capsule(img: np.ndarray, c: tuple[int, int], r: int, angle: float, a: Colour, b: Colour | None) -> None:
    """A tablet at ``c``: round (``r`` px) in ``a``, or with ``b`` a capsule twice as long, turned by
    ``angle`` degrees, its halves ``a`` and ``b``."""
    if b is None:
        cv2.circle(img, c, r, a, -1, cv2.LINE_AA)
        return
    cv2.ellipse(img, c, (2 * r, r), angle, 0, 360, a, -1, cv2.LINE_AA)
    cv2.ellipse(img, c, (2 * r, r), angle, 90, 270, b, -1, cv2.LINE_AA)


def handset(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, down: bool) -> None:
    """A telephone handset about ``r`` px across at ``c``: a thick arc with an ear and a mouth piece at
    its ends, lifted, or with ``down`` turned over (hanging up)."""
    turn = 135 if down else -45
    t = max(2, r // 4)
    cv2.ellipse(img, c, (r, r), turn, 20, 160, colour, t, cv2.LINE_AA)
    for end in (20, 160):
        a = math.radians(turn + end)
        tip = (c[0] + round(r * math.cos(a)), c[1] + round(r * math.sin(a)))
        cv2.ellipse(
            img, tip, (max(2, r // 3), max(1, r // 5)), turn + end + 90, 0, 360, colour, -1, cv2.LINE_AA
        )


def dashed_ring(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, plus: bool = True) -> None:
    """An empty place to claim: a ring of twelve dashes round ``c``, a plus in it with ``plus``."""
    for k in range(12):
        cv2.ellipse(img, c, (r, r), 0, k * 30, k * 30 + 17, colour, 2, cv2.LINE_AA)
    if plus:
        d = max(3, r // 2)
        cv2.line(img, (c[0] - d, c[1]), (c[0] + d, c[1]), colour, 2)
        cv2.line(img, (c[0], c[1] - d), (c[0], c[1] + d), colour, 2)


def shield(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A checked badge over an avatar's corner: a shield of ``colour`` in a rim of ``rim`` with a white
    tick."""
    for grow, ink in ((max(2, r // 4), rim), (0, colour)):
        s = r + grow
        pts = np.array(
            [(c[0] - s, c[1] - s), (c[0] + s, c[1] - s), (c[0] + s, c[1] + s // 4), (c[0], c[1] + s + s // 3),
             (c[0] - s, c[1] + s // 4)], np.int32,
        )  # fmt: skip
        cv2.fillPoly(img, [pts], ink, cv2.LINE_AA)
    h = r // 2
    tick = np.array([[c[0] - h, c[1]], [c[0] - h // 4, c[1] + h * 3 // 4], [c[0] + h, c[1] - h * 2 // 3]])
    cv2.polylines(img, [tick.astype(np.int32)], False, WHITE, max(2, r // 5), cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def pill_organiser(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A week's pill organiser from above on a table: seven lidded boxes in a row (two rows, morning
    and night, on some) on a white spine, each shut lid its day's colour with the day's letter, the
    open ones showing a pale inside with a few tablets and two-tone capsules."""
    img = np.full(
        (h, w, 3), rng.choice(((150, 175, 200), (215, 220, 225), (95, 120, 150), (180, 200, 190))), np.uint8
    )
    rows = rng.choice((1, 2))
    edge = max(2, w // 24)
    bw = (w - 2 * edge) / 7
    bh = min(bw * rng.uniform(1.1, 1.6), (h - 2 * edge) / rows)
    top = (h - bh * rows) / 2
    cv2.rectangle(
        img, (edge - 2, round(top) - 3), (w - edge + 1, round(top + bh * rows) + 3), (238, 238, 238), -1
    )
    for r in range(rows):
        for d in range(7):
            x1, x2 = round(edge + d * bw) + 1, round(edge + (d + 1) * bw) - 2
            y1, y2 = round(top + r * bh) + 1, round(top + (r + 1) * bh) - 2
            lid = WEEK[d]
            if rng.random() < 0.45:
                cv2.rectangle(img, (x1, y1), (x2, y2), tone(lid, 80), -1)
                for _ in range(rng.randrange(1, 5)):
                    c = (rng.randrange(x1, x2 + 1), rng.randrange(y1, y2 + 1))
                    other = rng.choice(TABLETS) if rng.random() < 0.5 else None
                    capsule(img, c, max(1, (x2 - x1) // 8), rng.uniform(0, 180), rng.choice(TABLETS), other)
                continue
            cv2.rectangle(img, (x1, y1), (x2, y2), lid, -1)
            cv2.line(img, (x1, y1 + 1), (x2, y1 + 1), tone(lid, 50), max(1, (y2 - y1) // 14))
            scale = max(0.2, (x2 - x1) / 55)
            cv2.putText(
                img,
                "MTWTFSS"[d],
                (x1 + (x2 - x1) // 4, y1 + (y2 - y1) * 2 // 3),
                cv2.FONT_HERSHEY_SIMPLEX,
                scale,
                WHITE,
                max(1, round(scale * 2)),
                cv2.LINE_AA,
            )
    return img


def blister_pack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A blister pack on a worktop: a foil card graded by the light with a printed band, rows of
    clear domes each over one tablet, the taken ones pushed through (a dark hole ringed by torn
    foil)."""
    img = np.full(
        (h, w, 3), rng.choice(((200, 205, 210), (120, 150, 175), (235, 235, 235), (80, 85, 95))), np.uint8
    )
    m = max(2, min(w, h) // 12)
    x1, y1, x2, y2 = m, m, w - m, h - m
    gradient(img, (x1, y1, x2, y2), (228, 228, 230), (172, 175, 182), rng.random() < 0.5)
    band = max(2, (y2 - y1) // 7)
    cv2.rectangle(img, (x1, y1), (x2, y1 + band), random_colour(rng, 60, 220), -1)
    rows = rng.randrange(2, 5)
    py = (y2 - y1 - band) / rows
    cols = max(1, int((x2 - x1) / py))
    px = (x2 - x1) / cols
    rad = max(1, round(min(px, py) * 0.33))
    tablet = rng.choice(TABLETS)
    for r in range(rows):
        for k in range(cols):
            c = (round(x1 + (k + 0.5) * px), round(y1 + band + (r + 0.5) * py))
            if rng.random() < 0.3:
                cv2.circle(img, c, rad, (70, 70, 76), -1, cv2.LINE_AA)
                for _ in range(rng.randrange(4, 8)):
                    a = rng.uniform(0, 2 * math.pi)
                    inner = (c[0] + round(rad * 0.35 * math.cos(a)), c[1] + round(rad * 0.35 * math.sin(a)))
                    outer = (c[0] + round(rad * 1.1 * math.cos(a)), c[1] + round(rad * 1.1 * math.sin(a)))
                    cv2.line(img, inner, outer, (225, 225, 228), max(1, rad // 4), cv2.LINE_AA)
                continue
            cv2.circle(img, c, rad, (238, 238, 240), -1, cv2.LINE_AA)
            cv2.circle(img, c, max(1, rad * 2 // 3), tablet, -1, cv2.LINE_AA)
            cv2.ellipse(
                img,
                (c[0] - rad // 3, c[1] - rad // 2),
                (max(1, rad // 3), max(1, rad // 8)),
                -30,
                0,
                360,
                (252, 252, 252),
                -1,
                cv2.LINE_AA,
            )
    return img


def tea_tray(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Tea for a visitor from above: a checked tablecloth, a tray, two or three cups on saucers (the
    saucer's rim, the cup's, the tea with a paler ring of milk, a handle), the teapot's body, lid and
    knob with its spout and handle, a plate of round biscuits."""
    cloth = rng.choice(((200, 215, 235), (235, 225, 200), (210, 230, 210), (225, 225, 240)))
    img = np.full((h, w, 3), cloth, np.uint8)
    step = max(6, min(w, h) // 6)
    for v in range(0, max(w, h), step):
        cv2.line(img, (v, 0), (v, h), tone(cloth, -35), max(1, step // 3))
        cv2.line(img, (0, v), (w, v), tone(cloth, -35), max(1, step // 3))
    u = min(w, h)
    m = max(2, u // 12)
    tray = rng.choice(((70, 110, 150), (190, 190, 195), (60, 80, 110)))
    rounded_card(img, m, m, w - 2 * m, h - 2 * m, max(2, u // 10), tray)
    slots = [(0.27, 0.3), (0.73, 0.3), (0.27, 0.72), (0.73, 0.7), (0.5, 0.5)]
    rng.shuffle(slots)
    china = rng.choice(((245, 245, 245), (235, 230, 250), (240, 235, 215)))
    pot = (round(w * slots[0][0]), round(h * slots[0][1]))
    r = max(3, round(u * 0.17))
    a = rng.uniform(0, 2 * math.pi)
    spout = (pot[0] + round(r * 1.6 * math.cos(a)), pot[1] + round(r * 1.6 * math.sin(a)))
    cv2.line(img, pot, spout, tone(china, -30), max(2, r // 4), cv2.LINE_AA)
    back = (pot[0] - round(r * 1.1 * math.cos(a)), pot[1] - round(r * 1.1 * math.sin(a)))
    cv2.circle(img, back, max(2, r // 3), tone(china, -30), max(1, r // 8), cv2.LINE_AA)
    cv2.circle(img, pot, r, china, -1, cv2.LINE_AA)
    cv2.circle(img, pot, max(2, r * 11 // 20), tone(china, -20), max(1, r // 12), cv2.LINE_AA)
    cv2.circle(img, pot, max(1, r // 6), tone(china, -45), -1, cv2.LINE_AA)
    for k in range(1, rng.randrange(3, 5)):
        c = (round(w * slots[k][0]), round(h * slots[k][1]))
        rs = max(3, round(u * 0.13))
        cv2.circle(img, c, rs, china, -1, cv2.LINE_AA)
        cv2.circle(img, c, rs, tone(china, -40), max(1, rs // 12), cv2.LINE_AA)
        rc = rs * 2 // 3
        cv2.circle(
            img, (c[0] + rc, c[1] + rc // 3), max(1, rc // 3), tone(china, -25), max(1, rc // 6), cv2.LINE_AA
        )
        cv2.circle(img, c, rc, tone(china, -10), -1, cv2.LINE_AA)
        tea = rng.choice(((60, 100, 150), (90, 140, 190), (40, 70, 110)))
        cv2.circle(img, c, max(1, rc * 4 // 5), tea, -1, cv2.LINE_AA)
        cv2.circle(img, c, max(1, rc * 2 // 5), tone(tea, 50), max(1, rc // 6), cv2.LINE_AA)
    plate = (round(w * slots[4][0]), round(h * slots[4][1]))
    rp = max(3, round(u * 0.12))
    cv2.circle(img, plate, rp, (245, 245, 245), -1, cv2.LINE_AA)
    for _ in range(rng.randrange(3, 7)):
        b = (plate[0] + rng.randrange(-rp // 2, rp // 2 + 1), plate[1] + rng.randrange(-rp // 2, rp // 2 + 1))
        cv2.circle(img, b, max(1, rp * 2 // 5), rng.choice(((90, 170, 220), (70, 130, 190))), -1, cv2.LINE_AA)
    return img


def hearing_aids(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A pair of hearing aids on a bedside table: their charging case open (a dark rounded box with
    two cradles and one small green light) and the two aids lying by it, each a curved body (beige,
    silver or grey) with a thin clear tube looping to a soft dome."""
    table = rng.choice(((120, 150, 185), (215, 215, 220), (70, 90, 120)))
    img = np.full((h, w, 3), table, np.uint8)
    for y in range(0, h, max(3, h // 9)):  # the table's grain
        cv2.line(img, (0, y), (w, y + rng.randrange(-2, 3)), tone(table, -14), 1)
    u = min(w, h)
    cw, ch = round(w * 0.42), round(h * 0.5)
    cx, cy = round(w * rng.uniform(0.03, 0.1)), round(h * rng.uniform(0.1, 0.4))
    dark = rng.choice(((45, 45, 50), (230, 230, 232), (80, 70, 60)))
    rounded_card(img, cx, cy, cw, ch, max(2, u // 12), dark)
    for k in range(2):
        slot = (cx + cw * (k * 2 + 1) // 4, cy + ch // 2)
        cv2.ellipse(
            img, slot, (max(2, cw // 7), max(2, ch // 3)), 15, 0, 360, tone(dark, 25), -1, cv2.LINE_AA
        )
    cv2.circle(
        img, (cx + cw // 2, cy + ch - max(3, ch // 10)), max(1, u // 60), (90, 220, 90), -1, cv2.LINE_AA
    )
    body = rng.choice(((150, 180, 210), (200, 200, 205), (110, 110, 115), (130, 160, 190)))
    for k in range(2):
        c = (
            round(w * (0.62 + 0.2 * k)) + rng.randrange(-u // 20, u // 20 + 1),
            round(h * rng.uniform(0.35, 0.6)),
        )
        turn = rng.uniform(-40, 40)
        ax = (max(3, u // 7), max(2, u // 4))
        cv2.ellipse(img, c, ax, turn, 200, 340, body, max(3, u // 11), cv2.LINE_AA)
        cv2.ellipse(
            img,
            c,
            (ax[0] + u // 14, ax[1] + u // 10),
            turn,
            10,
            190,
            (220, 228, 230),
            max(1, u // 90),
            cv2.LINE_AA,
        )
        end = math.radians(turn + 190)
        tip = (
            c[0] + round((ax[0] + u // 14) * math.cos(end)),
            c[1] + round((ax[1] + u // 10) * math.sin(end)),
        )
        cv2.circle(img, tip, max(2, u // 28), (205, 212, 218), -1, cv2.LINE_AA)
    return img


def day_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A day centre's hall with nobody in it: a painted wall with a noticeboard of pinned sheets and a
    serving hatch, a skirting board, a floor of boards running back, chairs stacked by the wall, a
    table with a tea urn and cups."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((200, 225, 235), (215, 225, 200), (225, 215, 230), (190, 210, 215)))
    floor_y = round(h * rng.uniform(0.6, 0.72))
    img[:floor_y] = wall
    gradient(img, (0, floor_y, w, h), (80, 120, 160), (60, 95, 130))
    vx = round(w * rng.uniform(0.3, 0.7))
    for k in range(-10, 11):
        cv2.line(img, (vx + k * w // 12, floor_y), (vx + k * w // 5, h), (55, 85, 115), max(1, w // 200))
    cv2.rectangle(img, (0, floor_y - max(2, h // 40)), (w, floor_y), tone(wall, -60), -1)
    bx, by = round(w * rng.uniform(0.05, 0.35)), round(h * 0.12)
    bw, bh = round(w * 0.28), round(h * 0.26)
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), (80, 130, 175), -1)
    for _ in range(rng.randrange(3, 7)):
        sx, sy = bx + rng.randrange(max(1, bw * 3 // 4)), by + rng.randrange(max(1, bh * 2 // 3))
        cv2.rectangle(img, (sx, sy), (sx + bw // 5, sy + bh // 3), random_colour(rng, 170, 250), -1)
        cv2.circle(img, (sx + bw // 10, sy + 2), max(1, w // 250), (50, 50, 200), -1)
    hx = round(w * rng.uniform(0.55, 0.75))
    cv2.rectangle(img, (hx, round(h * 0.15)), (hx + round(w * 0.22), round(h * 0.4)), tone(wall, -80), -1)
    cv2.rectangle(
        img, (hx - 4, round(h * 0.4)), (hx + round(w * 0.22) + 4, round(h * 0.43)), (200, 200, 200), -1
    )
    chair = random_colour(rng, 60, 200)
    sx = round(w * rng.uniform(0.82, 0.9))
    for k in range(rng.randrange(3, 7)):
        top = floor_y - round(h * 0.3) - k * max(2, h // 60)
        cv2.rectangle(img, (sx, top), (sx + round(w * 0.08), top + round(h * 0.1)), tone(chair, -k * 6), -1)
    cv2.line(img, (sx, floor_y - round(h * 0.2)), (sx, floor_y), (70, 70, 70), max(1, w // 250))
    tx, tw = round(w * rng.uniform(0.1, 0.4)), round(w * 0.34)
    ty = floor_y - round(h * 0.12)
    cv2.rectangle(img, (tx, ty), (tx + tw, ty + round(h * 0.04)), (245, 245, 245), -1)
    for x in (tx + tw // 10, tx + tw * 9 // 10):
        cv2.line(img, (x, ty), (x, floor_y + round(h * 0.05)), (80, 80, 80), max(1, w // 250))
    urn = (tx + tw // 5, ty - round(h * 0.12))
    rounded_card(img, urn[0], urn[1], max(4, tw // 5), round(h * 0.12), max(2, tw // 20), (190, 195, 200))
    for k in range(3):
        cv2.ellipse(
            img,
            (tx + tw // 2 + k * tw // 8, ty - 2),
            (max(2, tw // 22), max(1, h // 90)),
            0,
            0,
            360,
            rng.choice(TABLETS),
            -1,
        )
    return img


def bingo_card(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bingo card in play: a table's top, the card (three rows of nine cells, five numbers a row,
    the blank cells tinted), translucent round dabs over the numbers called, a dabber pen lying
    across a corner."""
    img = np.full((h, w, 3), rng.choice(((60, 100, 140), (200, 205, 210), (90, 60, 50))), np.uint8)
    m = max(2, min(w, h) // 14)
    x1, y1, x2, y2 = m, m + (h - 2 * m) // 6, w - m, h - m - (h - 2 * m) // 6
    cw, ch = (x2 - x1) / 9, (y2 - y1) / 3
    tint = random_colour(rng, 120, 235)
    img[y1:y2, x1:x2] = (250, 250, 250)
    called = img.copy()
    dab = rng.choice(((200, 60, 200), (220, 120, 40), (60, 180, 60), (60, 60, 220)))
    for r in range(3):
        filled = set(rng.sample(range(9), 5))
        for k in range(9):
            a, b = round(x1 + k * cw), round(y1 + r * ch)
            c, d = round(x1 + (k + 1) * cw), round(y1 + (r + 1) * ch)
            if k not in filled:
                cv2.rectangle(img, (a, b), (c, d), tint, -1)
                continue
            n = str(k * 10 + rng.randrange(1, 10))
            cv2.putText(
                img,
                n,
                (a + round(cw * 0.12), b + round(ch * 0.68)),
                cv2.FONT_HERSHEY_SIMPLEX,
                max(0.2, cw / 52),
                INK,
                max(1, round(cw / 30)),
                cv2.LINE_AA,
            )
            if rng.random() < 0.45:
                centre = ((a + c) // 2, (b + d) // 2)
                cv2.circle(called, centre, max(2, round(min(cw, ch) * 0.42)), dab, -1, cv2.LINE_AA)
    for k in range(10):
        x = round(x1 + k * cw)
        cv2.line(img, (x, y1), (x, y2), tone(tint, -50), 1)
    for r in range(4):
        y = round(y1 + r * ch)
        cv2.line(img, (x1, y), (x2, y), tone(tint, -50), 1)
    live = called.any(axis=2) & (called != img[y1 : y1 + 1, x1 : x1 + 1]).any(axis=2)
    mixed = cv2.addWeighted(img, 0.45, called, 0.55, 0)
    img[live] = mixed[live]
    pen = rng.choice(((60, 60, 200), (200, 80, 160), (60, 160, 60)))
    start = (round(w * rng.uniform(0.6, 0.85)), h - m // 2)
    end = (start[0] + round(w * 0.25), start[1] - round(h * 0.35))
    cv2.line(img, start, end, pen, max(3, min(w, h) // 14), cv2.LINE_AA)
    cv2.line(
        img,
        start,
        ((start[0] * 3 + end[0]) // 4, (start[1] * 3 + end[1]) // 4),
        tone(pen, -60),
        max(3, min(w, h) // 12),
        cv2.LINE_AA,
    )
    return img


def seaside_postcard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An old seaside postcard, faded: a white border with a deckled edge, a pale sky, the sea in
    bands to the horizon, the sand, a pier on its legs running out to a pavilion, a row of beach huts
    in stripes."""
    img = np.zeros((h, w, 3), np.uint8)
    b = max(2, min(w, h) // 14)
    sea_y = round(h * rng.uniform(0.35, 0.5))
    sand_y = round(h * rng.uniform(0.66, 0.78))
    gradient(img, (0, 0, w, sea_y), (230, 200, 160), (245, 235, 220))
    for k, y in enumerate(range(sea_y, sand_y, max(2, (sand_y - sea_y) // 5))):
        cv2.rectangle(img, (0, y), (w, sand_y), (170 - 12 * k, 140 - 8 * k, 80), -1)
    img[sand_y:] = (150, 200, 225)
    deck = sea_y + (sand_y - sea_y) // 3
    px = round(w * rng.uniform(0.05, 0.3))
    pe = round(w * rng.uniform(0.6, 0.8))
    for x in range(px, pe, max(3, w // 30)):
        cv2.line(img, (x, deck), (x, sand_y), (60, 70, 80), max(1, w // 200))
    cv2.rectangle(img, (px, deck - max(2, h // 50)), (pe, deck), (80, 90, 100), -1)
    pav = max(4, w // 10)
    cv2.rectangle(img, (pe - pav, deck - pav), (pe, deck), (235, 235, 235), -1)
    roof = np.array(
        [[pe - pav - 3, deck - pav], [pe - pav // 2, deck - pav * 3 // 2], [pe + 3, deck - pav]], np.int32
    )
    cv2.fillPoly(img, [roof], (80, 120, 190), cv2.LINE_AA)
    hut = max(4, w // 14)
    for k in range(rng.randrange(3, 7)):
        x = b + k * (hut + max(2, hut // 3))
        top = sand_y + round((h - sand_y) * 0.25)
        colour = random_colour(rng, 70, 230)
        cv2.rectangle(img, (x, top), (x + hut, top + hut * 3 // 2), WHITE, -1)
        for sx in range(x, x + hut, max(2, hut // 4)):
            cv2.rectangle(img, (sx, top), (sx + max(1, hut // 8), top + hut * 3 // 2), colour, -1)
        cv2.fillPoly(
            img,
            [np.array([[x - 2, top], [x + hut // 2, top - hut // 2], [x + hut + 2, top]], np.int32)],
            tone(colour, -50),
        )
    wash = np.array(rng.choice(((170, 205, 230), (200, 200, 200), (160, 190, 215))), np.float32)
    img = (img.astype(np.float32) * 0.62 + wash * 0.38).astype(np.uint8)
    cv2.rectangle(img, (0, 0), (w - 1, h - 1), (238, 242, 245), b)
    bite = max(1, b // 3)
    for x in range(0, w, max(4, b)):  # the deckled edge: small bites out of the border
        cv2.circle(img, (x, 0), bite, (120, 120, 120), -1)
        cv2.circle(img, (x, h - 1), bite, (120, 120, 120), -1)
    for y in range(0, h, max(4, b)):
        cv2.circle(img, (0, y), bite, (120, 120, 120), -1)
        cv2.circle(img, (w - 1, y), bite, (120, 120, 120), -1)
    return img


def wool_basket(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Knitting put down, from above: a wicker basket's rim and its woven inside, three to five balls
    of wool in it (each a disc wound round with arcs of a darker and a lighter shade), a pair of
    needles through one, a strand trailing out over the floor."""
    floor = rng.choice(((90, 110, 140), (160, 170, 180), (70, 80, 110)))
    img = np.full((h, w, 3), floor, np.uint8)
    c = (w // 2, h // 2)
    rx, ry = max(4, w * 9 // 20), max(4, h * 9 // 20)
    wicker = rng.choice(((90, 150, 200), (70, 120, 170)))
    cv2.ellipse(img, c, (rx, ry), 0, 0, 360, tone(wicker, -40), -1, cv2.LINE_AA)
    for k in range(1, 6):
        cv2.ellipse(
            img, c, (rx * k // 6, ry * k // 6), 0, 0, 360, wicker, max(1, min(w, h) // 80), cv2.LINE_AA
        )
    cv2.ellipse(img, c, (rx, ry), 0, 0, 360, wicker, max(2, min(w, h) // 25), cv2.LINE_AA)
    balls = []
    for _ in range(rng.randrange(3, 6)):
        r = max(3, round(min(rx, ry) * rng.uniform(0.28, 0.4)))
        a, d = rng.uniform(0, 2 * math.pi), rng.uniform(0, 0.45)
        p = (c[0] + round(rx * d * math.cos(a)), c[1] + round(ry * d * math.sin(a)))
        yarn = random_colour(rng, 60, 240)
        cv2.circle(img, p, r, yarn, -1, cv2.LINE_AA)
        for _j in range(7):
            cv2.ellipse(
                img,
                p,
                (r - 1, max(1, round(r * rng.uniform(0.2, 0.9)))),
                rng.uniform(0, 180),
                0,
                rng.uniform(120, 300),
                tone(yarn, rng.choice((-45, 40))),
                max(1, r // 12),
                cv2.LINE_AA,
            )
        balls.append((p, r, yarn))
    (p, r, yarn) = balls[0]
    for k in (-1, 1):
        a = rng.uniform(-0.3, 0.3) + k * 0.15
        e = (p[0] + round(2.2 * r * math.cos(a - 0.8)), p[1] + round(2.2 * r * math.sin(a - 0.8)))
        s = (p[0] - round(1.2 * r * math.cos(a - 0.8)), p[1] - round(1.2 * r * math.sin(a - 0.8)))
        cv2.line(img, s, e, (200, 200, 205), max(1, r // 7), cv2.LINE_AA)
        cv2.circle(img, s, max(1, r // 6), (60, 60, 200), -1, cv2.LINE_AA)
    pts = [(p[0] + r, p[1])]
    for _ in range(7):
        pts.append((pts[-1][0] + w // 14, pts[-1][1] + rng.randrange(-h // 14, h // 14 + 1)))
    cv2.polylines(img, [np.array(pts, np.int32)], False, yarn, max(1, r // 10), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    pill_organiser,
    blister_pack,
    tea_tray,
    hearing_aids,
    day_hall,
    bingo_card,
    seaside_postcard,
    wool_basket,
)
HOMES: tuple[H11.Render, ...] = (living_room, day_hall)  # behind a caller on a tablet
HALLS: tuple[H11.Render, ...] = (day_hall,)  # a day centre's morning
MEDS: tuple[H11.Render, ...] = (pill_organiser, blister_pack)  # a delivery's items, a dose
PASTIME: tuple[H11.Render, ...] = (tea_tray, bingo_card, wool_basket, day_hall)  # activities, a care log
OLD: tuple[H11.Render, ...] = (seaside_postcard, H11.landscape)  # a memory book's other pages


@dataclass
class Cast(H43.Cast):
    """heldout43's cast (heldout41's, heldout40's, heldout26's and heldout11's: a scene of people or
    a thing; half of a face's box showing counts it), its screens marked h44-, whose drawn things are
    this set's: a pill organiser, a blister pack, a tea tray, hearing aids, a day centre's hall, a
    bingo card, a seaside postcard, a basket of wool."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h44-" + super().kind(layout).removeprefix("h43-")


# ----------------------------------------------------------------------------------------------
# Small parts: a caller on a tablet, an old print, rotas, logs, letters, rows and cards, people in
# them or things.
# ----------------------------------------------------------------------------------------------


def labels(
    img: np.ndarray, x: int, y: int, words: list[str], first: Colour, back: Colour, ink: Colour
) -> int:
    """Chips 48 px high in a row from (x, y), one a word of ``words``, the first in ``first`` with
    white type, the others in ``back``. Returns the x right of them."""
    for k, word in enumerate(words):
        (tw, _th), _ = cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 2)
        pill(img, x, y, tw + 40, 48, first if k == 0 else back)
        note(img, word, (x + 20, y + 32), 0.55, WHITE if k == 0 else ink, 2)
        x += tw + 54
    return x


def caller_frame(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float, cut: float
) -> tuple[float, float]:
    """A video caller on a senior tablet in ``rect``: a softened room behind (``HOMES``), the caller
    standing (heldout11's ``figure``, the face ``fp`` px, its centre in the middle two fifths of the
    frame's width). With ``cut`` under 1 the caller leans in so that about that share of the face's
    height is inside the frame's top edge (counted while half of its box shows); with 1 the whole
    face sits in the frame's upper half. Returns the face's centre."""
    x1, y1, x2, y2 = rect
    blit(s.img, H15.blurred(H11.render(rng, x2 - x1, y2 - y1, HOMES), rng.uniform(2, 4.5)), x1, y1)
    cx = rng.uniform(x1 + 0.3 * (x2 - x1), x1 + 0.7 * (x2 - x1))
    if cut < 1.0:
        cy = y1 + fp * (cut - 0.5)
    else:
        cy = y1 + max(0.3 * (y2 - y1), 0.62 * fp) + rng.uniform(0, 0.08) * (y2 - y1)
    H11.figure(cast, s, cx, cy, fp, rect, True)
    return cx, cy


def dial_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, side: int) -> int:
    """A speed dial's tile at (x, y), ``w`` wide: a big rounded photo of ``side`` px (the face 0.55-0.75
    of it; initials on some), a green "online" dot over its top right on half, the name in large
    type under it. Returns its height (``side`` + 84)."""
    card = off(s.bg, 10)
    th = side + 84
    rounded_card(s.img, x, y, w, th, 24, card)
    px = x + (w - side) // 2
    if rng.random() < 0.12:
        H3.initials(s.img, rng, px, y + 18, side, "rounded", None)
    else:
        cast.avatar(s, px, y + 18, side * rng.uniform(0.55, 0.75), side, "rounded")
    if rng.random() < 0.5:
        badge(s.img, (px + side - 8, y + 26), 15, GREEN, "", card)
    note(s.img, who(rng), (x + 24, y + side + 66), 1.1, s.fg, 2)
    return th


def old_print(
    cast: Cast, rng: random.Random, w: int, h: int, fp: float, n: int
) -> tuple[np.ndarray, list[BoxF]]:
    """An old studio photograph, w x h: a backdrop graded like a painted cloth, ``n`` people (one or
    two) standing side by side in their best clothes, their faces about ``fp`` px, then the print's
    grey or sepia and specks (heldout10's ``printed``). A face-free cast's holds round things."""
    back = random_colour(rng, 90, 190)

    def draw(sc: Screen) -> None:
        gradient(sc.img, (0, 0, w, h), tone(back, 45), tone(back, -55))
        for k in range(n):
            cx, cy = w * (k + 1) / (n + 1), h * rng.uniform(0.34, 0.42)
            H11.figure(cast, sc, cx, cy, fp * rng.uniform(0.92, 1.0), (0, 0, w, h), True)

    piece, faces = H11.offscreen(w, h, draw)
    return H10.printed(rng)(piece), faces


def aged(s: Screen, rng: random.Random, rect: tuple[int, int, int, int], m: np.ndarray) -> None:
    """The picture in ``rect`` (where mask ``m`` is set; clipped at the screen's right edge) made an
    old print (heldout10's ``printed``): the faces in it stay counted as they look now."""
    x1, y1, x2, y2 = rect
    w = min(x2, WIDTH) - x1
    inside = m[: y2 - y1, :w, None] > 0
    fn = H10.printed(rng)
    H10.redrawn(s, (x1, y1, x1 + w, y2), lambda part: np.where(inside, fn(part), part))


def memory_page(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A memory book's page at y: a cream card, an old print (``old_print``: one person with the face
    130-300 px, or on 40 % two with faces 80-170 px) turned 1-5 degrees, black photo corners over its
    corners, its caption in a handwriting face under it. Returns its height with the gap under it."""
    img = s.img
    pw, ph = rng.randrange(620, 741), rng.randrange(500, 601)
    n = 1 if rng.random() < 0.6 else 2
    fp = rng.uniform(130, 300) if n == 1 else rng.uniform(80, min(170, pw / 3.6))
    piece, faces = old_print(cast, rng, pw, ph, fp, n)
    angle = rng.uniform(1, 5) * rng.choice((-1, 1))
    out, faces, where = H11.turned(piece, faces, angle)
    oh, ow = out.shape[:2]
    rounded_card(img, 20, y, WIDTH - 40, oh + 150, 24, PAPER)
    px, py = (WIDTH - ow) // 2, y + 30
    H11.paste_photo(cast, s, out, faces, px, py, where)
    a = math.radians(angle)
    centre = (px + ow / 2, py + oh / 2)
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        ends = (
            (sx * pw / 2, sy * ph / 2),
            (sx * (pw / 2 - 48), sy * ph / 2),
            (sx * pw / 2, sy * (ph / 2 - 48)),
        )
        tri = [
            (centre[0] + dx * math.cos(a) + dy * math.sin(a), centre[1] - dx * math.sin(a) + dy * math.cos(a))
            for dx, dy in ends
        ]
        cv2.fillPoly(img, [np.array(tri, np.int32)], (35, 35, 40), cv2.LINE_AA)
    cv2.putText(
        img,
        rng.choice(MEMORIES),
        (60, py + oh + 82),
        cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
        1.5,
        (70, 60, 90),
        2,
        cv2.LINE_AA,
    )
    return oh + 170


def whos_who(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who is in a memory book's photo, at y: three to five people across, each a round 28-44 px face
    (initials on some) with the name and who they are to the reader under it. Returns its height."""
    n = rng.randrange(3, 6)
    step, tallest = (WIDTH - 60) // n, 0
    for k in range(n):
        x = 30 + k * step
        sd = face_avatar(cast, s, rng, x, y, 28, 44, (1.12, 1.25), "circle", person=True)
        note(s.img, who(rng)[:9], (x, y + sd + 30), 0.6, s.fg, 2)
        kin = rng.choice(
            ("your sister", "your husband", "Uncle Joe", "your son", "a neighbour", "you, aged 9")
        )
        note(s.img, kin, (x, y + sd + 58), 0.45, GREY)
        tallest = max(tallest, sd)
    return tallest + 80


def listen_bar(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A story told for a memory book's page, at y: a pill with a play button, the teller's 22-28 px
    face and name, a waveform of bars (the part heard in the accent) and the length. Returns its
    height (104 px)."""
    img = s.img
    pill(img, 30, y, WIDTH - 60, 84, off(s.bg, 12))
    play_button(img, (78, y + 42), 28, s.accent, WHITE)
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.12, 1.22))
    cast.avatar(s, 124, y + 42 - side // 2, fp, side, "circle")
    note(img, f"{who(rng)[:8]} tells it", (136 + side, y + 50), 0.55, s.fg, 2)
    heard = rng.randrange(0, 36)
    for k in range(36):
        bar = rng.randrange(6, 44)
        cv2.line(
            img,
            (430 + k * 14, y + 42 - bar // 2),
            (430 + k * 14, y + 42 + bar // 2),
            s.accent if k < heard else GREY,
            6,
        )
    note(img, f"{rng.randrange(1, 6)}:{rng.randrange(60):02d}", (950, y + 50), 0.55, GREY)
    return 104


def memory_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A family member's addition to a memory book, at y: the 22-30 px face (initials on some), who
    added how many photos and of what, a small old print at the right (people with faces 18-30 px on
    40 %, else a postcard or a view). Returns its height (118 px)."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 16, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 48 + sd
    note(img, f"{who(rng)} added {rng.randrange(1, 9)} photos", (x, y + 42), 0.58, s.fg, 2)
    note(img, f"{rng.choice(MEMORIES)} - {rng.randrange(1, 30)}d", (x, y + 74), 0.45, GREY)
    m, px = rounded_rect(96, 128, 10), WIDTH - 158
    if rng.random() < 0.4:
        cut_photo(cast, rng, s, px, y + 10, 128, 96, 18.3, 30, m, 0.9)
    else:
        blit(img, H11.render(rng, 128, 96, OLD), px, y + 10, m)
    aged(s, rng, (px, y + 10, px + 128, y + 106), m)
    cv2.line(img, (x, y + 116), (px - 20, y + 116), off(s.bg, 14), 1)
    return 118


def parent_card(cast: Cast, rng: random.Random, s: Screen, y: int, parent: str) -> int:
    """The one cared for on a family's rota, at y: a card with their 56-96 px face in a ring of the
    accent, the name and age, the last visit with its visitor's 20-26 px face, today's note as a tag.
    Returns its height with the gap under it (200 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 180, 22, card)
    fp, side = _size(rng, 56, small(rng, 56.5, 96), (1.1, 1.2))
    ring_avatar(cast, s, 46, y + (180 - side) // 2, fp, side, s.accent)
    x = 80 + side
    note(img, f"{parent}, {rng.randrange(78, 99)}", (x, y + 52), 0.85, s.fg, 2)
    note(img, "Last visit: yesterday", (x, y + 92), 0.5, GREY)
    fv, sv = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.25))
    cast.avatar(s, x + 200, y + 86 - sv // 2, fv, sv, "circle")
    note(img, who(rng), (x + 212 + sv, y + 92), 0.5, s.fg)
    said = rng.choice(("Good appetite today", "Sleepy this morning", "GP visit Thursday", "Out of tea bags"))
    tag(img, x, y + 116, said, off(card, 22), 36)
    return 200


def care_team(cast: Cast, rng: random.Random, s: Screen, y: int) -> tuple[int, list[Colour]]:
    """A family's care team at y: three to five siblings, each a round 32-48 px face over a bar of
    their own colour on the rota and the name, then a dashed ring to invite another. Returns the
    height and the colours."""
    n = rng.randrange(3, 6)
    colours = rng.sample(KIN, n)
    x, tallest = 30, 0
    for colour in colours:
        fp, side = _size(rng, 32, small(rng, 32.5, 48), (1.12, 1.25))
        cast.avatar(s, x, y, fp, side, "circle")
        cv2.rectangle(s.img, (x, y + side + 8), (x + side, y + side + 16), colour, -1)
        note(s.img, who(rng)[:6], (x, y + side + 44), 0.5, s.fg)
        x += max(side, 70) + 40
        tallest = max(tallest, side)
    dashed_ring(s.img, (x + 28, y + 28), 26, GREY)
    return tallest + 64, colours


def visit_week(cast: Cast, rng: random.Random, s: Screen, y: int, colours: list[Colour]) -> int:
    """A week of visits at y: the days across seven columns (today's shaded) and two rows (morning
    and afternoon) of slots, each the visiting sibling's 18-26 px face in a ring of their colour or,
    unclaimed (30 %), a dashed ring with a plus. Returns its height (236 px)."""
    img = s.img
    cw = (WIDTH - 160) // 7
    today = rng.randrange(7)
    rounded_card(img, 130 + today * cw + 6, y, cw - 12, 226, 16, off(s.bg, 14))
    for r, label in enumerate(("AM", "PM")):
        note(img, label, (40, y + 98 + r * 84), 0.6, GREY, 2)
    for d in range(7):
        cx = 130 + d * cw + cw // 2
        note(img, DAYS[d][:3], (cx - 22, y + 36), 0.55, s.accent if d == today else s.fg, 2)
        for r in range(2):
            cy = y + 90 + r * 84
            if rng.random() < 0.3:
                dashed_ring(img, (cx, cy), 20, GREY)
                continue
            fp, side = _size(rng, 18.3, small(rng, 18.8, 26), (1.1, 1.22))
            cv2.circle(img, (cx, cy), side // 2 + 5, rng.choice(colours), -1, cv2.LINE_AA)
            cast.avatar(s, cx - side // 2, cy - side // 2, fp, side, "circle")
    return 236


def dose_row(cast: Cast, rng: random.Random, s: Screen, y: int, hour: int) -> int:
    """A dose on today's medicines, at y: the time (``hour``) in a chip, a drawn tablet or capsule,
    the medicine and how to take it; who gave it (a 20-26 px face in a rim of the page under a tick;
    initials on some) or who is due to, or on 15 % "Missed" in red and no one. Returns its height
    (104 px)."""
    img = s.img
    tag(img, 30, y + 30, f"{hour:02d}:00", off(s.bg, 22), 40)
    other = rng.choice(TABLETS) if rng.random() < 0.6 else None
    capsule(img, (196, y + 52), 12, rng.uniform(0, 180), rng.choice(TABLETS[1:]), other)
    note(img, rng.choice(MEDICINES), (250, y + 44), 0.62, s.fg, 2)
    how = rng.choice(("with food", "before breakfast", "one tablet", "two drops each eye", "with water"))
    note(img, how, (250, y + 76), 0.45, GREY)
    state, x = rng.random(), WIDTH - 260
    if state < 0.15:
        tag(img, x + 60, y + 32, "Missed", RED, 38)
    else:
        fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.25))
        top = y + 52 - side // 2
        if rng.random() < 0.15:
            H3.initials(img, rng, x, top, side, "circle", s.bg)
        else:
            rimmed(cast, s, x, top, fp, side, s.bg)
        if state < 0.7:
            tick_badge(img, (x + side - 2, top + side - 2), 9, s.bg)
        word, ink = ("given", GREEN) if state < 0.7 else ("due", GREY)
        note(img, word, (x + side + 18, y + 60), 0.5, ink, 2)
    cv2.line(img, (30, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def wellbeing(s: Screen, rng: random.Random, y: int) -> int:
    """Today's care at a glance, at y: three cards side by side, meals as a ring of the share eaten,
    drinks as a row of cups (the drunk ones filled), sleep as a bar. Returns its height with the gap
    (184 px)."""
    img = s.img
    w = (WIDTH - 80) // 3
    for k, label in enumerate(("Meals", "Drinks", "Sleep")):
        x, card = 30 + k * (w + 10), off(s.bg, 10)
        rounded_card(img, x, y, w, 160, 18, card)
        note(img, label, (x + 20, y + 40), 0.6, GREY, 2)
        if k == 0:
            eaten = rng.randrange(1, 4)
            ring_progress(img, (x + 60, y + 104), 30, eaten / 3, GREEN, off(card, 30), 8)
            note(img, f"{eaten} of 3", (x + 110, y + 114), 0.6, s.fg, 2)
        elif k == 1:
            drunk = rng.randrange(2, 8)
            for j in range(7):
                cx = x + 26 + j * 42
                cv2.rectangle(
                    img,
                    (cx, y + 84),
                    (cx + 26, y + 124),
                    s.accent if j < drunk else off(card, 40),
                    -1 if j < drunk else 2,
                )
        else:
            hours = rng.uniform(4, 9)
            progress(img, x + 20, y + 90, w - 40, hours / 10, s.accent, off(card, 30), 12)
            note(img, f"{int(hours)}h {rng.randrange(60):02d}m", (x + 20, y + 140), 0.6, s.fg, 2)
    return 184


def log_entry(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An entry in a resident's day log, at y: the time at the left by a dot on a rule down the page,
    the carer's 22-30 px face (initials on some), who wrote it and a line; on 60 % two pictures side
    by side (each people at an activity on 35 %, faces 18-48 px cut by its edges, else a drawn tea
    tray, bingo card, basket of wool or hall); family who saw it (a stack of 18-22 px). Returns its
    height."""
    img, x = s.img, 180
    note(img, f"{rng.randrange(8, 20)}:{rng.choice(('00', '15', '30', '45'))}", (30, y + 40), 0.6, GREY, 2)
    sd = face_avatar(cast, s, rng, x, y + 10, 22, 30, (1.15, 1.3), "circle", person=True)
    note(img, f"{who(rng)} - carer", (x + 16 + sd, y + 34), 0.55, s.fg, 2)
    what = rng.choice(
        ("Lunch in the garden room", "Enjoyed the singing", "Walked to the shop", "A nap after tea")
    )
    note(img, what, (x + 16 + sd, y + 64), 0.5, GREY)
    top = y + max(sd, 60) + 24
    if rng.random() < 0.6:
        pw, ph = (WIDTH - 30 - x - 16) // 2, rng.randrange(200, 251)
        m = rounded_rect(ph, pw, 16)
        for k in range(2):
            if rng.random() < 0.35:
                cut_photo(cast, rng, s, x + k * (pw + 16), top, pw, ph, 18.3, 48, m, 0.8)
            else:
                blit(img, H11.render(rng, pw, ph, PASTIME), x + k * (pw + 16), top, m)
        top += ph + 14
    end = stack(cast, s, rng, x, top, rng.randrange(1, 4), 18.3, 22, s.bg)
    note(img, "seen by family", (end + 12, top + 26), 0.45, GREY)
    bottom = top + 56
    cv2.line(img, (150, y + 8), (150, bottom), off(s.bg, 30), 2)
    cv2.circle(img, (150, y + 32), 9, s.accent, -1, cv2.LINE_AA)
    return bottom - y


def carer_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A carer on a marketplace, at y: a card with the carer's round 44-76 px face (initials on some)
    under a green shield with a tick over its lower right (checked), the name, years of care and the
    rate; skills' chips; the week's availability as seven day discs (filled on the free days);
    families who booked (a stack of 18-22 px, "+N") and one family's words by its reviewer's 20-24
    px face. Returns its height with the gap under it (316 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 300, 22, card)
    fp, side = _size(rng, 44, small(rng, 44.5, 76), (1.12, 1.25))
    if rng.random() < 0.12:
        H3.initials(img, rng, 44, y + 24, side, "circle", None)
    else:
        cast.avatar(s, 44, y + 24, fp, side, "circle")
    shield(img, (44 + side - 8, y + 24 + side - 10), 13, GREEN, card)
    x = 76 + side
    note(img, f"{who(rng)} {rng.choice('ABCDEFGHKLMPRSTW')}.", (x, y + 52), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(2, 30)} years caring", (x, y + 82), 0.48, GREY)
    note(img, f"{rng.randrange(14, 32)}/h", (WIDTH - 150, y + 54), 0.7, s.fg, 2)
    chips(img, rng, x, y + 98, 3, 40, (110, 170), off(card, 18), s.fg)
    for d in range(7):
        c, free = (x + 20 + d * 46, y + 174), rng.random() < 0.6
        cv2.circle(img, c, 17, s.accent if free else off(card, 30), -1 if free else 2, cv2.LINE_AA)
        note(img, "MTWTFSS"[d], (c[0] - 7, c[1] + 7), 0.5, WHITE if free else GREY, 1)
    end = stack(cast, s, rng, 44, y + 214, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 40))
    note(img, "families booked", (end + 10, y + 240), 0.45, GREY)
    qx = max(end + 170, 470)
    fq, sq = _size(rng, 20, small(rng, 20.5, 24), (1.12, 1.25))
    cast.avatar(s, qx, y + 214, fq, sq, "circle")
    quote = rng.choice(
        ("Kind and so patient", "Dad looks forward to her", "Always on time", "Made Mum laugh")
    )
    note(img, f'"{quote}"', (qx + sq + 12, y + 236), 0.5, s.fg)
    return 316


def bunting(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> None:
    """Bunting strung across the top of ``rect``: a white string sagging from side to side, a flag of
    a bright colour hanging from each span, a triangle pointing down (it takes what it covers)."""
    x1, y1, x2, _y2 = rect
    sag, y0 = rng.randrange(20, 70), y1 + rng.randrange(10, 40)
    n = max(1, (x2 - x1) // 56)
    pts = [(round(x1 + (x2 - x1) * k / n), round(y0 + sag * 4 * (k / n) * (1 - k / n))) for k in range(n + 1)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, (240, 240, 240), 2, cv2.LINE_AA)
    for (a, b), (c, d) in itertools.pairwise(pts):
        flag = np.array([[a + 4, b], [c - 4, d], [(a + c) // 2, (b + d) // 2 + 42]], np.int32)
        cv2.fillPoly(img, [flag], random_colour(rng, 60, 250), cv2.LINE_AA)


def activity_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> None:
    """An activity on a day centre's day at (x, y), ``w`` wide and 330 px high: a drawn picture (tea,
    bingo, knitting, the hall), the time in a chip over its top left, who leads it (a 24-34 px face
    in a rim over the picture's lower left; initials on some), the activity and the room, who is
    going (a stack of 18-22 px, "+N")."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, x, y, w, 330, 20, card)
    blit(img, H11.render(rng, w, 170, PASTIME), x, y, rounded_rect(170, w, 20))
    tag(img, x + 12, y + 12, f"{rng.randrange(9, 16)}:{rng.choice(('00', '30'))}", (40, 40, 40), 34)
    fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.12, 1.25))
    if rng.random() < 0.15:
        H3.initials(img, rng, x + 16, y + 170 - side // 2, side, "circle", card)
    else:
        rimmed(cast, s, x + 16, y + 170 - side // 2, fp, side, card)
    note(img, rng.choice(PASTIMES), (x + 16, y + 204 + side // 2), 0.62, s.fg, 2)
    note(
        img,
        rng.choice(("Main hall", "Garden room", "Quiet lounge")),
        (x + 16, y + 232 + side // 2),
        0.45,
        GREY,
    )
    end = stack(cast, s, rng, x + 16, y + 270, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 12))
    note(img, "going", (end + 8, y + 294), 0.45, GREY)


def register_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member on a day centre's register, at y: the 24-34 px face (initials on some), the name, when
    and how they came, lunch as a chip; on 35 % who takes them home (an 18-22 px face in a pill); a
    green tick when in, else "Not yet". Returns its height (104 px)."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 14, 24, 34, (1.15, 1.3), "circle", person=True)
    x = 52 + sd
    note(img, who(rng), (x, y + 40), 0.6, s.fg, 2)
    how = rng.choice(("minibus", "daughter's car", "walked", "taxi"))
    note(img, f"arrived {rng.randrange(9, 11)}:{rng.randrange(60):02d} by {how}", (x, y + 70), 0.45, GREY)
    tag(
        img,
        520,
        y + 26,
        rng.choice(("Soup", "Fish pie", "Veg curry", "Sandwich", "Soft diet")),
        off(s.bg, 22),
        34,
    )
    if rng.random() < 0.35:
        pill(img, 690, y + 20, 220, 52, off(s.bg, 14))
        fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
        cast.avatar(s, 702, y + 46 - side // 2, fp, side, "circle")
        note(img, "home with", (714 + side, y + 52), 0.45, s.fg)
    if rng.random() < 0.8:
        badge(img, (WIDTH - 60, y + 46), 18, GREEN, "check", s.bg)
    else:
        note(img, "Not yet", (WIDTH - 140, y + 54), 0.5, GREY, 2)
    cv2.line(img, (x, y + 102), (WIDTH - 30, y + 102), off(s.bg, 14), 1)
    return 104


def floor_plan(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> str:
    """A home's plan in ``rect``: two rows of two or three rooms with door gaps in the walls between
    them, each room's name and a sensor's dot, the room of the alert tinted red with a red dot ringed
    twice. Returns that room's name."""
    x1, y1, x2, y2 = rect
    cv2.rectangle(img, (x1, y1), (x2, y2), (245, 245, 245), -1)
    cols = rng.randrange(2, 4)
    xs = [x1, *(round(x1 + (x2 - x1) * (k + rng.uniform(-0.1, 0.1)) / cols) for k in range(1, cols)), x2]
    mid = (y1 + y2) // 2 + rng.randrange(-20, 21)
    rooms = [(xs[k], a, xs[k + 1], b) for a, b in ((y1, mid), (mid, y2)) for k in range(cols)]
    names = rng.sample(("Bath", "Bed", "Hall", "Kitchen", "Lounge", "Bed 2", "WC"), len(rooms))
    hit = rng.randrange(len(rooms))
    for k, (a, b, c, d) in enumerate(rooms):
        inside = (200, 200, 250) if k == hit else (245, 245, 245)
        cv2.rectangle(img, (a, b), (c, d), inside, -1)
        cv2.rectangle(img, (a, b), (c, d), (70, 70, 70), 3)
        if d < y2:
            door = a + (c - a) // 3
            cv2.line(img, (door, d), (door + 34, d), inside, 4)
        note(img, names[k], (a + 10, b + 26), 0.45, (90, 90, 90))
        cv2.circle(img, (c - 16, b + 16), 5, (200, 150, 60), -1, cv2.LINE_AA)
    a, b, c, d = rooms[hit]
    spot = ((a + c) // 2, (b + d) // 2 + 10)
    for r in (26, 16):
        cv2.circle(img, spot, r, RED, 2, cv2.LINE_AA)
    cv2.circle(img, spot, 7, RED, -1, cv2.LINE_AA)
    cv2.rectangle(img, (x1, y1), (x2, y2), (40, 40, 40), 4)
    return names[hit]


def alert_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A fall alert at y: a pale red card, the person's 56-100 px face inside three discs of red
    fading outwards (the alarm's pulse, drawn before it), what happened, where and when, a call
    button and an "I'm going" one, who has been told (a stack of 18-22 px); the home's plan at the
    right (``floor_plan``) with the room tinted. Returns its height with the gap under it (340 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 320, 26, ALARM)
    room = floor_plan(img, rng, (640, y + 24, WIDTH - 44, y + 296))
    fp, side = _size(rng, 56, small(rng, 56.5, 100), (1.1, 1.2))
    c = (60 + side // 2 + 36, y + 60 + side // 2 + 30)
    for k in (3, 2, 1):
        cv2.circle(img, c, side // 2 + 12 * k, tone(RED, 48 * k), -1, cv2.LINE_AA)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    x = 290
    note(img, "Possible fall", (x, y + 70), 0.9, INK, 2)
    note(
        img,
        f"{room} - {rng.randrange(5, 9):02d}:{rng.randrange(60):02d}",
        (x, y + 108),
        0.55,
        (80, 80, 80),
        2,
    )
    note(img, f"no movement for {rng.randrange(2, 12)} min", (x, y + 142), 0.5, (80, 80, 80))
    pill(img, x, y + 190, 130, 64, GREEN)
    handset(img, (x + 40, y + 222), 16, WHITE, False)
    note(img, "Call", (x + 64, y + 232), 0.6, WHITE, 2)
    outlined(img, x + 146, y + 190, 180, 64, RED, ALARM)
    note(img, "I'm going", (x + 168, y + 232), 0.6, RED, 2)
    end = stack(cast, s, rng, 46, y + 272, rng.randrange(2, 5), 18.3, 22, ALARM)
    note(img, "told", (end + 10, y + 296), 0.45, (80, 80, 80))
    return 340


def family_circle(cast: Cast, rng: random.Random, s: Screen, c: tuple[int, int], radius: int, n: int) -> int:
    """A family circle round ``c``: a disc of the page's shade, the home as a drawn house in the middle,
    ``n`` members round it at equal angles (28-44 px faces in rings, green when they have seen the
    alert and grey when not), each joined to the house by a spoke drawn before the faces, the name
    under each. Returns its height (``radius`` * 2 + 140)."""
    img = s.img
    cv2.circle(img, c, radius + 62, off(s.bg, 8), -1, cv2.LINE_AA)
    start = rng.uniform(0, 2 * math.pi)
    spots = [
        (
            c[0] + round(radius * math.cos(start + 2 * math.pi * k / n)),
            c[1] + round(radius * math.sin(start + 2 * math.pi * k / n)),
        )
        for k in range(n)
    ]
    for p in spots:
        cv2.line(img, c, p, off(s.bg, 40), 3, cv2.LINE_AA)
    roof = np.array([[c[0] - 46, c[1] - 6], [c[0], c[1] - 48], [c[0] + 46, c[1] - 6]], np.int32)
    cv2.fillPoly(img, [roof], s.accent, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - 32, c[1] - 6), (c[0] + 32, c[1] + 40), s.accent, -1)
    cv2.rectangle(img, (c[0] - 9, c[1] + 12), (c[0] + 9, c[1] + 40), off(s.bg, 8), -1)
    for p in spots:
        fp, side = _size(rng, 28, small(rng, 28.5, 44), (1.12, 1.25))
        ring_avatar(
            cast, s, p[0] - side // 2, p[1] - side // 2, fp, side, GREEN if rng.random() < 0.6 else GREY
        )
        note(img, who(rng)[:7], (p[0] - 34, p[1] + side // 2 + 28), 0.5, s.fg, 1)
    return radius * 2 + 140


def response_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Someone's answer to a fall alert, at y: the 22-30 px face (initials on some), the name, what
    they said and how long ago, on 40 % when they will be there as a green chip. Returns its height
    (96 px)."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 14, 22, 30, (1.15, 1.3), "circle", person=True)
    x = 50 + sd
    note(img, who(rng), (x, y + 38), 0.58, s.fg, 2)
    said = rng.choice(("On my way", "Calling her now", "Seen", "At work, can't go", "Neighbour has a key"))
    note(img, f"{said} - {rng.randrange(1, 9)} min ago", (x, y + 68), 0.45, GREY)
    if rng.random() < 0.4:
        tag(img, WIDTH - 230, y + 26, f"there in {rng.randrange(5, 40)} min", GREEN, 36)
    cv2.line(img, (x, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def friend_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The older friend a volunteer is matched with, at y: a card with their 60-110 px face in a
    rounded square, the name and age, how long they have been friends, two interests as chips, the
    next call by a drawn handset. Returns its height with the gap under it (236 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 216, 24, card)
    fp, side = _size(rng, 60, small(rng, 60.5, 110), (1.1, 1.2))
    cast.avatar(s, 44, y + (216 - side) // 2, fp, side, "rounded")
    x = 74 + side
    note(img, f"{who(rng)}, {rng.randrange(76, 99)}", (x, y + 52), 0.85, s.fg, 2)
    note(img, f"friends for {rng.randrange(2, 30)} months", (x, y + 86), 0.5, GREY)
    likes = rng.sample(("Crosswords", "Cricket", "Roses", "Old films", "Birds", "Baking", "Trains"), 2)
    labels(img, x, y + 104, likes, s.accent, off(card, 18), s.fg)
    handset(img, (x + 18, y + 184), 14, s.accent, False)
    note(
        img, f"Next call {rng.choice(DAYS)[:3]} {rng.randrange(10, 18)}:00", (x + 44, y + 192), 0.55, s.fg, 2
    )
    return 236


def letter_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A letter in a befriending scheme's post, at y: a drawn envelope (its paper, the flap's folds,
    the address as bars) with a stamp at its top right whose picture is the sender's face (22-34 px
    in a square inside the stamp's white perforated edge) and a postmark's ring and waves over the
    stamp's left part; who it is from and when, its first line, "New" on some, a reply button.
    Returns its height (232 px)."""
    img = s.img
    paper = rng.choice((PAPER, (235, 235, 240), (200, 225, 240), (210, 230, 215)))
    ex, ey, ew, eh = 30, y + 14, 330, 200
    cv2.rectangle(img, (ex, ey), (ex + ew, ey + eh), paper, -1)
    for side in (ex, ex + ew):
        cv2.line(img, (side, ey), (ex + ew // 2, ey + eh * 9 // 20), tone(paper, -40), 2, cv2.LINE_AA)
    for k in range(3):
        cv2.rectangle(
            img, (ex + 80, ey + 122 + k * 20), (ex + 280 - 40 * k, ey + 128 + k * 20), tone(paper, -90), -1
        )
    fp, side = _size(rng, 22, small(rng, 22.5, 34), (1.15, 1.35))
    st = side + 16
    sx, sy = ex + ew - st - 14, ey + 14
    cv2.rectangle(img, (sx, sy), (sx + st, sy + st), WHITE, -1)
    for k in range(0, st + 1, 7):  # the perforation: bites of the envelope's paper along the stamp's edges
        for p in ((sx + k, sy), (sx + k, sy + st), (sx, sy + k), (sx + st, sy + k)):
            cv2.circle(img, p, 2, paper, -1)
    cast.avatar(s, sx + 8, sy + 8, fp, side, "square")
    r = round(st * 0.42)
    ink = (80, 75, 90)
    cv2.circle(img, (sx - 6, sy + st // 2), r, ink, 2, cv2.LINE_AA)
    for k in range(3):
        wy = sy + st // 2 - 10 + 10 * k
        wave = [(wx, wy + round(3 * math.sin(wx / 5))) for wx in range(sx - 6 + r, sx + st * 2 // 5, 2)]
        cv2.polylines(img, [np.array(wave, np.int32)], False, ink, 1, cv2.LINE_AA)
    x = ex + ew + 30
    note(img, f"From {who(rng)}", (x, y + 54), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(1, 14)} days ago - {rng.randrange(1, 4)} pages", (x, y + 88), 0.45, GREY)
    first = rng.choice(("Dear Sam, the roses are out", "Thank you for the seeds", "It rained all week here"))
    note(img, first + "...", (x, y + 128), 0.55, s.fg)
    if rng.random() < 0.35:
        tag(img, x, y + 154, "New", s.accent, 34)
    outlined(img, WIDTH - 200, y + 150, 160, 50, s.accent, s.bg)
    note(img, "Reply", (WIDTH - 158, y + 184), 0.6, s.accent, 2)
    return 232


def steps_strip(s: Screen, rng: random.Random, y: int) -> int:
    """A delivery's progress at y: four discs along a line (prescribed, checked, packed, on its way),
    the done ones in the accent with a tick, their labels under them. Returns its height (110 px)."""
    img = s.img
    done = rng.randrange(2, 5)
    xs = [90 + k * (WIDTH - 180) // 3 for k in range(4)]
    cv2.line(img, (xs[0], y + 30), (xs[-1], y + 30), off(s.bg, 40), 6)
    cv2.line(img, (xs[0], y + 30), (xs[done - 1], y + 30), s.accent, 6)
    for k, (x, label) in enumerate(zip(xs, ("Prescribed", "Checked", "Packed", "On its way"), strict=True)):
        badge(
            img, (x, y + 30), 20, s.accent if k < done else off(s.bg, 40), "check" if k < done else "", s.bg
        )
        note(img, label, (x - 50, y + 84), 0.5, s.fg if k < done else GREY)
    return 110


def driver_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The driver bringing a pharmacy's delivery, at y: a card with the driver's 48-90 px face in a
    rounded square, a parcel's badge over its lower right, the name, the van's plate, the stops left
    and the time due, a green call button with a drawn handset. Returns its height with the gap
    under it (200 px)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 180, 22, card)
    fp, side = _size(rng, 48, small(rng, 48.5, 90), (1.1, 1.2))
    top = y + (180 - side) // 2
    cast.avatar(s, 44, top, fp, side, "rounded")
    bx, by = 44 + side - 18, top + side - 18
    cv2.rectangle(img, (bx - 4, by - 4), (bx + 30, by + 30), card, -1)
    cv2.rectangle(img, (bx, by), (bx + 26, by + 26), (80, 140, 200), -1)
    cv2.line(img, (bx + 13, by), (bx + 13, by + 26), (50, 90, 140), 3)
    x = 74 + side
    note(img, f"{who(rng)} is on the way", (x, y + 58), 0.7, s.fg, 2)
    letters = "".join(rng.choice("ABCFGHJKPRTVX") for _ in range(3))
    plate = f"{rng.choice('BDKLMNSY')}{rng.randrange(10, 99)} {letters}"
    note(img, f"Van {plate}", (x, y + 94), 0.5, GREY)
    due = f"{rng.randrange(12, 17)}:{rng.randrange(60):02d}"
    note(img, f"{rng.randrange(2, 9)} stops away - due {due}", (x, y + 130), 0.5, s.fg)
    cv2.circle(img, (WIDTH - 90, y + 90), 40, GREEN, -1, cv2.LINE_AA)
    handset(img, (WIDTH - 90, y + 90), 20, WHITE, False)
    return 200


def receiver_chip(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> int:
    """Someone who may take a delivery in, a chip at (x, y): the 22-30 px face and the name in a pill;
    on 30 % switched off, the whole chip washed grey towards the page (heldout37's ``faded``: the face
    stays counted as it looks). Returns its width."""
    fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.22))
    name = who(rng)[:7]
    (tw, _th), _ = cv2.getTextSize(name, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 2)
    w = side + tw + 46
    pill(s.img, x, y, w, side + 16, off(s.bg, 16))
    cast.avatar(s, x + 8, y + 8, fp, side, "circle")
    note(s.img, name, (x + side + 22, y + side // 2 + 16), 0.55, s.fg, 2)
    if rng.random() < 0.3:
        H10.redrawn(s, (x, y, x + w, y + side + 16), faded(s.bg))
    return w


def med_item(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A medicine in a pharmacy's delivery, at y: its drawn pack (a blister pack or a pill organiser),
    who checked it (the pharmacist's 20-26 px face in a rim over the pack's lower right; initials on
    some), the name and how many, when it repeats as a chip, "Fridge" on some. Returns its height
    (124 px)."""
    img = s.img
    blit(img, H11.render(rng, 130, 96, MEDS), 30, y + 12, rounded_rect(96, 130, 14))
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.25))
    px, py = 166 - side, y + 114 - side
    if rng.random() < 0.15:
        H3.initials(img, rng, px, py, side, "circle", s.bg)
    else:
        rimmed(cast, s, px, py, fp, side, s.bg)
    note(img, rng.choice(MEDICINES), (200, y + 46), 0.62, s.fg, 2)
    note(img, f"{rng.choice((28, 56, 84))} tablets - checked by {who(rng)}", (200, y + 78), 0.45, GREY)
    tag(img, WIDTH - 250, y + 28, f"repeat in {rng.choice((7, 14, 28))} d", off(s.bg, 22), 34)
    if rng.random() < 0.15:
        tag(img, WIDTH - 250, y + 72, "Fridge", (230, 170, 80), 30)
    cv2.line(img, (200, y + 122), (WIDTH - 30, y + 122), off(s.bg, 14), 1)
    return 124


def battery(img: np.ndarray, x: int, y: int, charge: float, colour: Colour, back: Colour) -> None:
    """A battery's gauge at (x, y), 110 x 36 px: the outline, its nub, the charge filled in ``colour``."""
    cv2.rectangle(img, (x, y), (x + 104, y + 36), GREY, 3)
    cv2.rectangle(img, (x + 104, y + 10), (x + 110, y + 26), GREY, -1)
    cv2.rectangle(img, (x + 5, y + 5), (x + 99, y + 31), back, -1)
    cv2.rectangle(img, (x + 5, y + 5), (x + 5 + round(94 * charge), y + 31), colour, -1)


def contact_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A contact in a hearing app, at y: the 24-34 px face (initials on some) and the name, or on a
    quarter a group's stack of 18-22 px and its name; the last call, on 40 % how calls reach the aids
    as a tag, a round call button with a drawn handset. Returns its height (100 px)."""
    img = s.img
    if rng.random() < 0.25:
        x = stack(cast, s, rng, 30, y + 22, rng.randrange(2, 4), 18.3, 22, s.bg) + 20
        note(
            img,
            f"{rng.choice(('Family', 'Bridge club', 'Church', 'Neighbours'))} group",
            (x, y + 40),
            0.62,
            s.fg,
            2,
        )
    else:
        x = 52 + face_avatar(cast, s, rng, 30, y + 14, 24, 34, (1.15, 1.3), "circle", person=True)
        note(img, who(rng), (x, y + 40), 0.62, s.fg, 2)
    when = rng.choice(("today", "yesterday", "Sunday", "2 weeks ago"))
    note(img, f"{rng.choice(('Mobile', 'Home', 'Video'))} - {when}", (x, y + 70), 0.45, GREY)
    if rng.random() < 0.4:
        tag(img, 560, y + 30, rng.choice(("Captions", "Streams to aids", "Slow speech")), off(s.bg, 22), 34)
    cv2.circle(img, (WIDTH - 70, y + 48), 30, s.accent, -1, cv2.LINE_AA)
    handset(img, (WIDTH - 70, y + 48), 14, WHITE, False)
    cv2.line(img, (x, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def tablet_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A senior video-calling tablet ringing, everything large: the time and the day in huge type, a
    missed call's banner (a 22-28 px face); the caller in a rounded frame (``caller_frame``: the face
    150-440 px, on 35 % leaning in across the frame's top edge with 55-90 % of its height inside),
    who else has joined (a stack of 18-22 px on a dark pill) and the caller's name in huge type on a
    dimmed band; two giant buttons with drawn handsets; the family's speed dial (``dial_tile``: two or
    three columns of big rounded photos, faces 72-150 px, names in large type, "online" dots) down to
    the navigation bar."""
    s = new_screen(rng, name, cast.kind("tablet"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    heading(s, 30, top + 92, f"{rng.randrange(7, 12)}:{rng.randrange(60):02d}", 2.4)
    note(img, f"{rng.choice(DAYS)} {rng.choice(('morning', 'afternoon'))}", (300, top + 86), 0.9, s.fg, 2)
    pill(img, WIDTH - 330, top + 24, 300, 80, off(page, 14))
    sd = face_avatar(cast, s, rng, WIDTH - 314, top + 36, 22, 28, (1.15, 1.3), "circle")
    note(img, "Missed call", (WIDTH - 300 + sd, top + 74), 0.7, RED, 2)
    y = top + 136
    vh = rng.randrange(760, 881)
    rect = (30, y, WIDTH - 30, y + vh)
    cut = rng.uniform(0.55, 0.9) if rng.random() < 0.35 else 1.0
    caller_frame(cast, rng, s, rect, rng.uniform(150, 440), cut)
    pill(img, 54, y + vh - 236, 270, 62, (40, 40, 40))
    end = stack(cast, s, rng, 68, y + vh - 226, rng.randrange(2, 4), 18.3, 22, (40, 40, 40))
    note(img, "joined", (end + 12, y + vh - 194), 0.65, WHITE, 2)
    H5.scrim(s, (30, y + vh - 160, WIDTH - 30, y + vh), 0.5)
    note(img, f"{who(rng)} is calling", (64, y + vh - 60), 1.6, WHITE, 3)
    rounded_corners(s, rect, 40)
    y += vh + 26
    bw = (WIDTH - 90) // 2
    for k, (label, colour) in enumerate((("Answer", GREEN), ("Not now", RED))):
        x = 30 + k * (bw + 30)
        pill(img, x, y, bw, 150, colour)
        handset(img, (x + 96, y + 80), 36, WHITE, k == 1)
        note(img, label, (x + 160, y + 96), 1.3, WHITE, 3)
    y += 176
    heading(s, 30, y + 44, "Call someone", 1.1)
    y += 70
    n = rng.choice((2, 3))
    tw = (WIDTH - 60 - 20 * (n - 1)) // n
    side = rng.randrange(170, 201) if n == 2 else rng.randrange(130, 161)
    while y + side + 84 <= H - NAV_H - 10:
        y += max(dial_tile(cast, rng, s, 30 + k * (tw + 20), y, tw, side) for k in range(n)) + 20
    H5.nav_bar(s)
    return s.finish()


def memory_book(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A memory book for reminiscence: the title and one's 22-26 px face, chapters' chips; the page
    (``memory_page``: an old print turned on a cream card, one face of 130-300 px or two of 80-170,
    grey or sepia); who is who (``whos_who``: 28-44 px); the story told (``listen_bar``: the teller
    22-28 px); more pages as small old prints (people with faces 18-40 px on half, cut by the right
    edge); what the family added (``memory_row``: 22-30 px, prints of 18-30 px on 40 %) down to the
    tab bar."""
    s, y = titled(cast, rng, name, "memories", ("light", "tinted", "light", "dark"), "Memory book", own=True)
    img, page = s.img, s.bg
    labels(img, 30, y - 6, rng.sample(CHAPTERS, 4), s.accent, off(page, 16), s.fg)
    y += 62
    y += memory_page(cast, rng, s, y)
    y = section(s, y, "Who's who", False)
    y += whos_who(cast, rng, s, y)
    y += listen_bar(cast, rng, s, y)
    y = section(s, y, "More pages", True)
    for x in across_edge(rng, 236, 210):
        m = rounded_rect(160, 210, 14)
        if rng.random() < 0.5:
            cut_photo(cast, rng, s, x, y, 210, 160, 18.3, 40, m, 0.75)
        else:
            blit(img, H11.render(rng, 210, 160, OLD), x, y, m)
        aged(s, rng, (x, y, x + 210, y + 160), m)
    y += 184
    return rows_to_tab_bar(s, rng, y, 118, lambda t: memory_row(cast, rng, s, t))


def family_rota(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A care rota shared by siblings: the title ("Mum's care") and one's 22-26 px face; the parent
    (``parent_card``: 56-96 px in a ring, the last visitor 20-26 px); the care team (``care_team``:
    32-48 px over their colours); the week's visits (``visit_week``: 18-26 px in rings of the
    visitor's colour, unclaimed slots dashed); today's medicines (``dose_row``: who gave each, 20-26
    px under a tick) down to the tab bar."""
    parent = rng.choice(PARENTS)
    s, y = titled(cast, rng, name, "rota", ("light", "light", "tinted", "dark"), f"{parent}'s care", own=True)
    y += parent_card(cast, rng, s, y, parent)
    y = section(s, y, "Care team", False)
    height, colours = care_team(cast, rng, s, y)
    y = section(s, y + height, "Visits this week", True)
    y = section(s, y + visit_week(cast, rng, s, y, colours), "Medicines today", False)
    hours = iter(sorted(rng.choice((8, 9, 12, 13, 17, 18, 21, 22)) for _ in range(16)))
    return rows_to_tab_bar(s, rng, y, 104, lambda t: dose_row(cast, rng, s, t, next(hours)))


def care_home(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A care home's family app, one resident's day: the home's drawn hall or a lounge softened as a
    band, the resident's 72-130 px face in a rounded square over its foot, the name, room and home;
    the key worker (a 28-40 px face in a rim) and a message button; today's meals, drinks and sleep
    (``wellbeing``); the day's log (``log_entry``: carers 22-30 px, pictures of residents at an
    activity with faces 18-48 px, family who saw it: a stack of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("home"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    blit(img, H15.blurred(H11.render(rng, WIDTH, 210, HOMES), rng.uniform(1.5, 3)), 0, top)
    fp, side = _size(rng, 72, small(rng, 72.5, 130), (1.1, 1.2))
    py = top + 210 - side // 2
    rounded_card(img, 34, py - 8, side + 16, side + 16, side // 4 + 6, page)
    cast.avatar(s, 42, py, fp, side, "rounded")
    x = 74 + side
    note(
        img,
        f"{who(rng)} {rng.choice(('Evans', 'Shah', 'Okafor', 'Nowak', 'Byrne'))}",
        (x, top + 256),
        0.9,
        s.fg,
        2,
    )
    home = rng.choice(("Rosewood House", "The Laurels", "Meadowbank", "St Anne's Court"))
    note(img, f"Room {rng.randrange(1, 60)} - {home}", (x, top + 292), 0.5, GREY)
    y = top + 210 + max(side // 2, 96) + 24
    fk, sk = _size(rng, 28, small(rng, 28.5, 40), (1.12, 1.25))
    rimmed(cast, s, 40, y, fk, sk, off(page, 30))
    note(img, f"Key worker: {who(rng)}", (66 + sk, y + sk // 2 + 8), 0.6, s.fg, 2)
    outlined(img, WIDTH - 230, y + sk // 2 - 27, 200, 54, s.accent, page)
    note(img, "Message", (WIDTH - 190, y + sk // 2 + 8), 0.6, s.accent, 2)
    y += max(sk, 54) + 30
    y = section(s, y + wellbeing(s, rng, y), "Today", False)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: log_entry(cast, rng, s, t))


def carer_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A carers' marketplace: the title and one's 22-26 px face, a search field, skills' chips; one's
    shortlist (rounded 26-40 px faces under red hearts, cut by the right edge); carers near you
    (``carer_card``: 44-76 px under a checked shield, families' stacks of 18-22 px, a reviewer's
    20-24 px face) down to the tab bar."""
    s, y = titled(cast, rng, name, "carers", ("light", "light", "tinted", "dark"), "Find a carer", own=True)
    img, page = s.img, s.bg
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    note(img, "Postcode, town or a carer's name", (70, y + 42), 0.55, GREY)
    y += 84
    labels(img, 30, y, rng.sample(SKILLS, 4), s.accent, off(page, 16), s.fg)
    y += 70
    note(img, "Your shortlist", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 84, 48):
        fp, side = _size(rng, 26, small(rng, 26.5, 40), (1.12, 1.25))
        cast.avatar(s, x, y, fp, side, "rounded")
        heart(img, (x + side - 4, y + 6), 8, RED)
    y = section(s, y + 74, "Carers near you", True)
    return rows_to_tab_bar(s, rng, y, 300, lambda t: carer_card(cast, rng, s, t))


def day_centre(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A day centre's activity feed: the centre's name; this morning's photo (``staged`` in the drawn
    hall at two or three depths: front faces 40-130 px, the back ones 10-14 px, drawn and not
    counted) with rounded corners, bunting strung over its top and a tag over its foot; today's
    activities (``activity_card``: leaders 24-34 px in rims, stacks of 18-22 px, the last card cut
    by the right edge); who is in today (``register_row``: 24-34 px, who takes them home 18-22 px)
    down to the tab bar."""
    centre = rng.choice(("Oakfield Day Centre", "The Willows Club", "Brook Street Centre", "Age Well Hub"))
    s, y = titled(cast, rng, name, "centre", ("light", "tinted", "light", "dark"), centre)
    img = s.img
    ph, pw = rng.randrange(400, 481), WIDTH - 60
    lo, hi = rng.uniform(10, 14), rng.uniform(40, 130)
    piece, faces = staged(cast, rng, HALLS, rng.randrange(2, 4), (1, 3), pw, ph, lo, hi)
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 26))
    bunting(img, rng, (56, y, 30 + pw - 26, y + ph))
    tag(img, 50, y + ph - 62, f"This morning: {rng.choice(PASTIMES).lower()}", (40, 40, 40), 42)
    heart(img, (WIDTH - 120, y + ph - 40), 14, WHITE)
    note(img, str(rng.randrange(3, 60)), (WIDTH - 96, y + ph - 32), 0.6, WHITE, 2)
    y = section(s, y + ph + 12, "Today", True)
    for x in across_edge(rng, 330, 300):
        activity_card(cast, rng, s, x, y, 300)
    y = section(s, y + 350, "In today", False)
    return rows_to_tab_bar(s, rng, y, 104, lambda t: register_row(cast, rng, s, t))


def fall_alert(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fall-alert dashboard for a parent's home: the title and "Sensors on"; the alert
    (``alert_card``: the parent's 56-100 px face in red pulse discs, the home's plan); the family
    circle (``family_circle``: four to seven members, 28-44 px in green or grey rings round the home,
    on spokes); the family's responses (``response_row``: 22-30 px) down to a wide call button."""
    parent = rng.choice(PARENTS)
    s, y = titled(cast, rng, name, "alert", ("light", "tinted", "dark", "light"), f"{parent}'s home")
    tag(s.img, WIDTH - 230, STATUS_H + 28, "Sensors on", GREEN, 40)
    y = section(s, y + alert_card(cast, rng, s, y), "Family circle", False)
    y += family_circle(cast, rng, s, (WIDTH // 2, y + 270), 205, rng.randrange(4, 8))
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Responses", lambda t: response_row(cast, rng, s, t))
    return finish_with_button(s, foot, f"Call {parent}")


def befriending(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A volunteer befriending scheme: the title and one's 22-26 px face; the older friend
    (``friend_card``: 60-110 px in a rounded square); volunteers near you (round 24-34 px faces, a
    green dot on some, cut by the right edge); letters (``letter_row``: the sender's 22-34 px face as
    the stamp's picture, under a postmark) down to the tab bar."""
    s, y = titled(cast, rng, name, "befriend", ("light", "tinted", "light", "dark"), "Befriending", own=True)
    img, page = s.img, s.bg
    y += friend_card(cast, rng, s, y)
    note(img, "Volunteers near you", (30, y + 20), 0.55, GREY, 2)
    y += 36
    for x in across_edge(rng, 86, 44):
        fp, side = _size(rng, 24, small(rng, 24.5, 34), (1.15, 1.3))
        cast.avatar(s, x, y, fp, side, "circle")
        if rng.random() < 0.3:
            badge(img, (x + side - 5, y + side - 5), 7, GREEN, "", page)
    y = section(s, y + 72, "Letters", True)
    return rows_to_tab_bar(s, rng, y, 232, lambda t: letter_row(cast, rng, s, t))


def pharmacy_delivery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A pharmacy's repeat delivery for a parent: the title and one's 22-26 px face; the address card
    (the parent's 40-64 px face in a rounded square, the slot); the order's steps (``steps_strip``:
    no faces); the driver (``driver_card``: 48-90 px under a parcel's badge); who can take it in
    (``receiver_chip``: 22-30 px, faded when off); the medicines (``med_item``: drawn packs, the
    pharmacist 20-26 px over each one's corner) down to the tab bar."""
    parent = rng.choice(PARENTS)
    s, y = titled(
        cast, rng, name, "pharmacy", ("light", "light", "tinted", "dark"), "Repeat delivery", own=True
    )
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 150, 22, card)
    fp, side = _size(rng, 40, small(rng, 40.5, 64), (1.1, 1.22))
    cast.avatar(s, 44, y + (150 - side) // 2, fp, side, "rounded")
    note(img, f"For {parent}", (70 + side, y + 52), 0.75, s.fg, 2)
    street = rng.choice(("Elm Road", "Mill Lane", "Park View", "Church Street"))
    note(img, f"{rng.randrange(2, 90)} {street}", (70 + side, y + 86), 0.5, GREY)
    start = rng.randrange(9, 16)
    tag(img, 70 + side, y + 100, f"Today {start}:00-{start + 2}:00", s.accent, 34)
    y += 170
    y += steps_strip(s, rng, y)
    y = section(s, y + driver_card(cast, rng, s, y), "Who can take it in", False)
    x = 30
    for _ in range(rng.randrange(2, 5)):
        x += receiver_chip(cast, rng, s, x, y) + 14
    y = section(s, y + 70, "In this delivery", False)
    return rows_to_tab_bar(s, rng, y, 124, lambda t: med_item(cast, rng, s, t))


def hearing_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hearing aid's app: the title and one's 22-26 px face; the aids' card (drawn hearing aids,
    each side's battery, the programmes as chips); the volume between big minus and plus buttons;
    favourites to call with captions (round 56-96 px faces under "CC" badges); contacts
    (``contact_row``: 24-34 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "hearing", ("light", "dark", "tinted", "light"), "My hearing", own=True)
    img, page = s.img, s.bg
    card = off(page, 10)
    rounded_card(img, 20, y, WIDTH - 40, 250, 24, card)
    blit(img, H11.render(rng, 320, 210, (hearing_aids,)), 40, y + 20, rounded_rect(210, 320, 18))
    for k, ear in enumerate(("Left", "Right")):
        charge = rng.uniform(0.15, 1.0)
        note(img, ear, (390, y + 60 + 70 * k), 0.6, s.fg, 2)
        battery(img, 500, y + 34 + 70 * k, charge, GREEN if charge > 0.3 else RED, card)
        note(img, f"{round(charge * 100)} %", (636, y + 60 + 70 * k), 0.55, GREY)
    labels(img, 390, y + 176, rng.sample(PROGRAMMES, 3), s.accent, off(card, 18), s.fg)
    y += 270
    note(img, "Volume", (30, y + 30), 0.7, s.fg, 2)
    level = rng.uniform(0.2, 0.9)
    for cx, sign in ((84, "-"), (WIDTH - 84, "+")):
        cv2.circle(img, (cx, y + 100), 44, s.accent if sign == "+" else off(page, 24), -1, cv2.LINE_AA)
        cv2.line(img, (cx - 18, y + 100), (cx + 18, y + 100), WHITE, 6)
        if sign == "+":
            cv2.line(img, (cx, y + 82), (cx, y + 118), WHITE, 6)
    progress(img, 150, y + 94, WIDTH - 300, level, s.accent, off(page, 30), 12)
    cv2.circle(img, (150 + round((WIDTH - 300) * level), y + 100), 20, WHITE, -1, cv2.LINE_AA)
    y = section(s, y + 170, "Call with captions", False)
    n = rng.randrange(3, 5)
    step, tallest = (WIDTH - 60) // n, 0
    for k in range(n):
        fp, side = _size(rng, 56, small(rng, 56.5, 96), (1.1, 1.2))
        x = 30 + k * step + (step - side) // 2
        cast.avatar(s, x, y, fp, side, "circle")
        rounded_card(img, x + side - 30, y + side - 22, 40, 26, 7, (40, 40, 40))
        note(img, "CC", (x + side - 24, y + side - 3), 0.45, WHITE, 1)
        note(img, who(rng)[:8], (x, y + side + 36), 0.6, s.fg, 2)
        tallest = max(tallest, side)
    y = section(s, y + tallest + 56, "Contacts", True)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: contact_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    tablet_call,
    memory_book,
    family_rota,
    care_home,
    carer_market,
    day_centre,
    fall_alert,
    befriending,
    pharmacy_delivery,
    hearing_app,
)
# with people: each twice a round but two (a tablet's call of one large face, the speed dial's big
# ones and a few small ones, and a memory book's old print of one or two large faces)
ONCE = (tablet_call, memory_book)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a day centre's hall with round things
# standing and drawn tea, bingo and wool; a delivery's blister packs and pill boxes; a family
# circle of round things)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, day_centre, pharmacy_delivery, fall_alert)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT44_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h44", photos, free, seed, reps)
