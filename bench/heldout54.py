"""Held-out screens, fifty-fourth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a bank vault's round door, a card
terminal on a counter, an empty courtroom, a garden wall being built, an open toolbox, a bathroom's
new tiles, a museum's gallery of abstract works, ruins under a sky; nothing with eyes, a mouth or a
mask, and no round things in pairs; a vault's wheel and a court's seal are the nearest); every
random choice from ``HELDOUT54_SEED`` (54545; the environment's ``HELDOUT54_SEED`` draws the set from
another). Every face goes on the screen through heldout2's ``Screen``, whose ``finish`` settles it
on what the finished screen shows: pixels drawn over a face afterwards stop being the face's, and a
face left with under half of its box is dropped. heldout53's ``Cast`` (through heldout11's and the
sets' after it; this set's screens are marked h54-) fills the people's places, and on face-free
screens puts pets, objects, textures, initials and this set's drawn things there; it counts a face
cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as everywhere in
the bench, never counted.

What it adds is faces in finance and banking, legal and court, construction and trades, and museum
and tourism apps, most of them small: a bank's "Send money" with its payees; a wealth advisor's
page; a bank's support chat about a disputed payment; a law firm's "Our people"; a court's video
hearing; a case's file with its docket; a trades marketplace; a contractor's reviews; a museum's
guided tours; a tour group's day. Near repeats avoided: heldout20's payments app, heldout25's "send
again" circles by an "add" disc and heldout39's payment feed (here one's payees: recent ones each
under their bank's chip in a row cut by the edge, then the list from A to Z under letter bands,
favourites in rings, verified shields, and on some a sheet with the payee's face over a number pad
over the dimmed list); heldout38's mortgage call and heldout39's advisers' headshots in two columns
(here one's own advisor: an introduction video with the advisor standing in an office, the team's
cards, grey when out of office, a portfolio's donut and notes from the team); heldout45's bank chat
handed from a bot (here the dispute's chat: the agent's bar with an online dot, the payment's card,
the agent's small face by the last bubble of each turn, colleagues joining on pills, photos sent of
the shop's counter with its staff, a rating card under the bank's mark); heldout45's lawyer
directory and heldout34's staff directory (cards with scores, a featured firm's team, rows; here a
firm's own people page: the partners' photo in grey under a dark band, chips of lawyers viewed
lately, studio headshots in two to five columns, most of them black and white, the last row cut by
the tab bar); heldout22's gallery call, heldout25's council stream and heldout45's notary session
(here a court's hearing: the bench's camera on top under the judge's plate, the parties' cameras
with their roles' labels over the chins, muted microphones, raised hands, the witness framed, the
waiting room with admit and deny); heldout28's match timeline and heldout45's ticket thread (here a
case's docket down a spine with the filers' faces on it, the court's orders as pages, sealed entries
faded, both sides' lead counsel under the bar's shield over their counsel's stacks, the judge in a
seal's notched rim); heldout23's local pros, heldout37's freelance gigs and heldout38's repair
quotes (here tradespeople's cards with three photos of their jobs, the pro at work or the crew in
some, top pros in hi-vis rings under hard hats, reviewers' stacks); heldout23's and heldout53's
reviews and heldout38's movers' reviews (here a contractor's page: the crew on site with the firm's
logo over the photo's foot, the score's bars, project photos with the homeowners, "found this
helpful" stacks, the owner's replies); heldout33's museum portrait, heldout42's itinerary and
heldout53's tours marketplace (here a museum's tours: the guide standing before a gallery or ruins,
guides in rings under their languages' flags, the day's times with the guide's face and who booked,
visitors with their countries' flags); heldout29's hiking trip and heldout47's photographer's
gallery (here a tour group's day: the group photo at a stop at three depths with name tags over
some chins, the guide, prints of the day turned a little and grey on some, the travellers checked
in or faded, the rest of the day's stops). Ten layouts:
- a bank's "Send money" (``send_money``): one's 22-26 px face; the balance; recent payees
  (``recent_payees``: 30-46 px, past the right edge); payees (``payee_row``: 22-32 px); on 35 % the
  pay sheet (``pay_sheet``: 64-110 px);
- a wealth advisor's page (``advisor_desk``): one's 22-26 px face; the video (``advisor_intro``:
  100-260 px); the team (``team_card``: 44-64 px); notes (``advisor_note``: 22-28 px);
- a support chat (``support_chat``): the agent (``agent_bar``: 30-40 px; ``agent_turn``: 20-28 px);
  colleagues joining (``join_event``: 18-22 px); photos sent (``attachment_card``: 18-40 px); on 45
  % the rating (``rating_card``: 44-64 px);
- a law firm's people (``attorney_grid``): the hero (``firm_hero``: on half the partners, 26-44 px
  at the front); lawyers viewed (``viewed_chips``: 20-26 px); headshots (``headshot_card``: 0.2-0.34
  of a card's width, two to five columns, so about 37-168 px);
- a video hearing (``court_hearing``): the judge (``judge_tile``: 50-130 px); the parties
  (``party_tile``: 0.1-0.32 of a tile's height, three to five columns); the waiting room
  (``waiting_room``: 18-24 px);
- a case's file (``case_docket``): one's 22-26 px face; the sides (``party_column``: lead counsel
  36-52 px, stacks of 22-30 px); on 70 % the judge (``judge_card``: 44-70 px); the docket
  (``filing_row``: 22-30 px);
- a trades marketplace (``trades_market``): one's 22-26 px face; on 55 % top pros (``top_pros``:
  34-52 px, past the right edge); pros (``pro_card``: 30-46 px, reviewers 18-22 px, jobs' photos
  with the pro 20-44 px or a crew 18-32 px);
- a contractor's reviews (``job_reviews``): the banner (``crew_banner``: on 60 % the crew, 28-48 px
  at the front); projects (``project_strip``: 18-44 px, past the right edge); reviews
  (``review_item``: 22-32 px, helpful stacks 18-22 px, the owner 20-26 px);
- a museum's tours (``museum_guides``): the hero (``museum_hero``: 80-220 px); the guides
  (``guide_carousel``: 40-60 px, past the right edge); times (``tour_slot``: 22-30 px, who booked
  18-22 px); visitors (``visitor_review``: 22-30 px);
- a tour group's day (``tour_group``): one's 22-26 px face; the group photo (``group_shot``: 24-52
  px at the front, smaller behind); the guide (``guide_strip``: 36-52 px); on 60 % prints
  (``polaroid``: 24-50 px); the travellers (``member_cell``: 24-36 px).
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, heldout11's ``snapshot``
and ``gathering``, heldout38's ``staged``), a figure in a gathering (0.9-1.1 of its row's size) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). The recent
payees, the top pros, the projects and the guides run past the right edge, their last item across
it; a headshot grid's last row and a hearing's last row of cameras are cut by the tab bar or the
call's controls, an advisor's video and a museum's hero by a side on some; so some faces are cut by
an edge and counted while half of their box shows (the capture's right 8 px are black padding).
Avatars are circles, rounded squares, squircles, story rings, rings of a colour with a gap, a
seal's notched rim and rims of the page, with heldout2's looks (turned up to 20 degrees on 40 %,
grey on 20 %, on a dark backdrop on 30 %); prints are turned 2-9 degrees. Light, dark and tinted
themes (the hearing mostly dark); JPEG quality 30-60. Banks' chips, verified and bar shields, hard
hats, flags, check ticks, online dots, the bank's mark, name labels, muted microphones, raised
hands, name tags, "Leadership", "Guided", "TOP PRO" and day tags, the play button, sheets and tab
bars take the pixels they cover; a face under them counts while half of its box shows; rings, rims
and seals are drawn before the faces they hold; grey (partners' photos, most headshots, advisors
out of office, some prints), fading (sealed filings, travellers not here yet) and dark bands (a
list under a sheet, bands over heroes' feet) leave the faces under them counted as they look;
initials, dashed discs, bank marks, house logos, page discs and drawn things are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,163 faces (806 under 32 px, 291 of 32-63, 59 of 64-127, 7
larger; 950 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rings, rims,
tiles, cards, photos and prints, round things where a photo's people or a cut-out's person would
be); ``reps=1`` a quarter (18 screens with 289 faces: 189, 85, 14 and 1 by size, 230 under 40 px;
13 face-free). Each layout has people twice a round but the advisor's page and the museum's tours,
once (a few large faces each). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127
and of 128 or more:
    send_money      8 screens    93 faces:  73,  16,   4,   0
    advisor_desk    4 screens    27 faces:  12,  11,   1,   3
    support_chat    8 screens    49 faces:  36,  13,   0,   0
    attorney_grid   8 screens   160 faces:  79,  49,  29,   3
    court_hearing   8 screens   248 faces: 162,  68,  18,   0
    case_docket     8 screens    97 faces:  79,  18,   0,   0
    trades_market   8 screens   127 faces:  94,  33,   0,   0
    job_reviews     8 screens   104 faces:  96,   7,   1,   0
    museum_guides   4 screens    64 faces:  38,  22,   3,   1
    tour_group      8 screens   194 faces: 137,  54,   3,   0
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
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout22 as H22
import heldout23 as H23
import heldout27 as H27
import heldout38 as H38
import heldout39 as H39
import heldout42 as H42
import heldout45 as H45
import heldout52 as H52
import heldout53 as H53
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import chevron, heading
from heldout20 import icon, note
from heldout21 import chips, play_button, progress, tab_bar, title, words
from heldout23 import FONT, WIDTH, new_screen, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout43 import speckle, titled
from heldout45 import SURNAMES, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 54545


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT54_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 54545."""
    return int(env.get("HELDOUT54_SEED") or DEFAULT_SEED)


HELDOUT54_SEED = seed_from(os.environ)

BANK: Colour = (115, 65, 15)  # a bank's deep blue (BGR)
COURT: Colour = (55, 35, 115)  # a court's burgundy
LAW: Colour = (60, 48, 36)  # a law firm's charcoal
HIVIS: Colour = (20, 140, 250)  # the trades' hi-vis orange
MUSEUM: Colour = (70, 100, 175)  # a museum's terracotta
BANK_COLOURS: tuple[Colour, ...] = (
    (115, 65, 15),
    (40, 40, 180),
    (60, 150, 40),
    (30, 120, 220),
    (120, 40, 110),
)
BANKS: tuple[str, ...] = ("Northwind", "Harbor CU", "Ledger Bank", "Summit", "Keel Bank", "Firstline")
FIRMS: tuple[str, ...] = (
    "WHITLOCK & HALE",
    "MERCER VANCE",
    "ODUYA PARTNERS",
    "LINDQVIST LAW",
    "BRANDT & COLE",
)
PRACTICES: tuple[str, ...] = (
    "Litigation",
    "Employment",
    "Real estate",
    "Family law",
    "IP & tech",
    "Tax",
    "Immigration",
    "M&A",
)
LEGAL_ROLES: tuple[str, ...] = ("Partner", "Senior Associate", "Associate", "Of Counsel", "Managing Partner")
HEARING_ROLES: tuple[str, ...] = (
    "Counsel - Plaintiff",
    "Counsel - Defence",
    "Interpreter",
    "Clerk",
    "Plaintiff",
    "Defendant",
    "Reporter",
)
FILINGS: tuple[str, ...] = (
    "Motion to dismiss",
    "Answer to complaint",
    "Notice of appearance",
    "Exhibit list",
    "Subpoena issued",
    "Stipulation",
    "Reply brief",
    "Declaration",
)
TRADES: tuple[str, ...] = (
    "Electrician",
    "Plumber",
    "Carpenter",
    "Roofer",
    "Tiler",
    "Painter",
    "Bricklayer",
    "HVAC",
)
JOBS: tuple[str, ...] = (
    "Kitchen remodel",
    "Bathroom refit",
    "Deck build",
    "Rewiring",
    "Roof repair",
    "Garden wall",
    "Loft conversion",
)
TOURS: tuple[str, ...] = (
    "Highlights tour",
    "Ancient wing",
    "Modern masters",
    "Family trail",
    "After-hours tour",
    "Sculpture garden",
)
SITES: tuple[str, ...] = (
    "Acropolis",
    "Old Town",
    "Forum",
    "Cathedral",
    "Harbour walk",
    "Castle hill",
    "Temple ruins",
)
LANGUAGES: tuple[str, ...] = ("EN", "ES", "FR", "DE", "IT", "JA", "ZH", "PT", "NL", "KO")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def vault_door(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bank vault's round door in a steel wall: brushed panels with seams, the door's thick rim
    ringed with bolt heads, concentric steel rings, a wheel of three to five spokes with knobs at
    its middle, two hinge blocks at one side."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((150, 150, 155), (120, 125, 130), (170, 165, 160)))
    gradient(img, (0, 0, w, h), tone(wall, 25), tone(wall, -25))
    for x in range(rng.randrange(0, max(1, w // 6)), w, max(8, w // 6)):
        cv2.line(img, (x, 0), (x, h), tone(wall, -18), max(1, w // 200))
    c = (w // 2 + round(w * rng.uniform(-0.08, 0.08)), h // 2)
    r = max(6, round(min(w, h) * rng.uniform(0.36, 0.44)))
    cv2.circle(img, c, r + max(3, r // 9), (60, 60, 66), -1, cv2.LINE_AA)
    steel = rng.choice(((190, 190, 195), (165, 170, 178), (140, 175, 200)))
    cv2.circle(img, c, r, steel, -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.84), tone(steel, -35), -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.62), tone(steel, -10), -1, cv2.LINE_AA)
    n = rng.randrange(16, 26)
    for k in range(n):
        a = 2 * math.pi * k / n
        bolt = (round(c[0] + r * 0.92 * math.cos(a)), round(c[1] + r * 0.92 * math.sin(a)))
        cv2.circle(img, bolt, max(1, r // 24), (85, 85, 90), -1, cv2.LINE_AA)
    spokes = rng.choice((3, 4, 5))
    a0 = rng.uniform(0, math.pi)
    for k in range(spokes):
        a = a0 + 2 * math.pi * k / spokes
        end = (round(c[0] + r * 0.46 * math.cos(a)), round(c[1] + r * 0.46 * math.sin(a)))
        cv2.line(img, c, end, (70, 70, 75), max(2, r // 16), cv2.LINE_AA)
        cv2.circle(img, end, max(2, r // 15), (50, 50, 55), -1, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r // 8), (55, 55, 60), -1, cv2.LINE_AA)
    hx = c[0] - r - max(3, r // 9) if rng.random() < 0.5 else c[0] + r
    for hy in (c[1] - r // 2, c[1] + r // 3):
        cv2.rectangle(img, (hx, hy), (hx + max(4, r // 8), hy + max(6, r // 5)), (80, 80, 86), -1)
    return img


def card_terminal(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A card terminal on a shop's counter: the counter's wood or stone graded back, a wall behind,
    the terminal's dark body standing up, its screen lit with an amount's bars and a tick, a keypad
    of three by four keys (the foot row red, yellow and green), a card standing in its slot."""
    img = np.zeros((h, w, 3), np.uint8)
    edge = round(h * rng.uniform(0.45, 0.6))
    gradient(img, (0, 0, w, edge), random_colour(rng, 150, 230), random_colour(rng, 110, 190))
    top = rng.choice(((60, 110, 160), (200, 200, 200), (90, 90, 95), (150, 180, 210)))
    gradient(img, (0, edge, w, h), tone(top, 25), tone(top, -25))
    speckle(img, rng, (0, edge, w, h), w * (h - edge) // 10, 10)
    tw, th = max(8, round(w * rng.uniform(0.3, 0.42))), max(12, round(h * 0.7))
    tx, ty = round(w * rng.uniform(0.25, 0.45)), h - th - round(h * 0.06)
    body = rng.choice(((40, 40, 44), (70, 70, 76), (225, 225, 225)))
    rounded_card(img, tx, ty, tw, th, max(2, tw // 10), body)
    m = max(2, tw // 10)
    sy2 = ty + round(th * 0.4)
    cv2.rectangle(img, (tx + m, ty + m), (tx + tw - m, sy2), (120, 160, 110), -1)
    cv2.rectangle(
        img, (tx + 2 * m, ty + 2 * m), (tx + tw // 2, ty + 2 * m + max(2, th // 30)), (40, 60, 40), -1
    )
    cv2.rectangle(
        img, (tx + 2 * m, ty + 4 * m), (tx + tw * 3 // 4, ty + 4 * m + max(2, th // 20)), (40, 60, 40), -1
    )
    kw, kh = max(2, (tw - 2 * m) // 3), max(2, (ty + th - m - sy2 - m) // 4)
    for r in range(4):
        for k in range(3):
            colour = ((60, 60, 220), (40, 200, 230), (60, 170, 60))[k] if r == 3 else tone(body, 45)
            x, y = tx + m + k * kw, sy2 + m + r * kh
            cv2.rectangle(img, (x + 2, y + 2), (x + kw - 2, y + kh - 2), colour, -1)
    cw = max(4, tw * 2 // 3)
    card = random_colour(rng, 40, 220)
    cv2.rectangle(img, (tx + (tw - cw) // 2, ty - max(4, th // 5)), (tx + (tw + cw) // 2, ty), card, -1)
    cv2.rectangle(
        img,
        (tx + (tw - cw) // 2 + 3, ty - max(4, th // 5) + 3),
        (tx + (tw - cw) // 2 + max(5, cw // 4), ty - max(4, th // 5) + max(4, th // 14)),
        GOLD,
        -1,
    )
    return img


def courtroom(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An empty courtroom from the gallery: a wall of wooden panels graded down, the court's seal on
    it (rings and a star), two flags on poles, the judge's raised bench across the middle with a
    tall chair's back behind it, the witness box at one side, counsel's tables and the gallery's
    benches in front as bands."""
    img = np.zeros((h, w, 3), np.uint8)
    wood = rng.choice(((40, 75, 120), (50, 90, 140), (30, 55, 90), (120, 130, 140)))
    gradient(img, (0, 0, w, h), tone(wood, 20), tone(wood, -25))
    for x in range(0, w, max(10, w // 8)):
        cv2.rectangle(img, (x + 3, 6), (x + max(10, w // 8) - 3, round(h * 0.5)), tone(wood, 12), 1)
    c, r = (w // 2, round(h * 0.2)), max(4, min(w, h) // 10)
    cv2.circle(img, c, r, GOLD, -1, cv2.LINE_AA)
    cv2.circle(img, c, round(r * 0.75), tone(GOLD, -60), max(1, r // 8), cv2.LINE_AA)
    star = [
        (c[0] + (r * 0.5 if j % 2 == 0 else r * 0.2) * math.cos(-math.pi / 2 + j * math.pi / 5),
         c[1] + (r * 0.5 if j % 2 == 0 else r * 0.2) * math.sin(-math.pi / 2 + j * math.pi / 5))
        for j in range(10)
    ]  # fmt: skip
    cv2.fillPoly(img, [np.array(star, np.int32)], tone(GOLD, -60), cv2.LINE_AA)
    for d, colour in ((-1, rng.choice(((160, 60, 30), (40, 40, 170)))), (1, (40, 130, 40))):
        px = w // 2 + d * round(w * rng.uniform(0.28, 0.38))
        cv2.line(img, (px, round(h * 0.08)), (px, round(h * 0.62)), (150, 190, 200), max(1, w // 200))
        fw, fh = max(4, w // 14), max(4, h // 7)
        x1 = px if d > 0 else px - fw
        cv2.rectangle(img, (x1, round(h * 0.1)), (x1 + fw, round(h * 0.1) + fh), colour, -1)
    cv2.rectangle(
        img, (w // 2 - w // 16, round(h * 0.26)), (w // 2 + w // 16, round(h * 0.48)), (25, 25, 60), -1
    )
    bench = tone(wood, -15)
    cv2.rectangle(img, (round(w * 0.18), round(h * 0.44)), (round(w * 0.82), round(h * 0.66)), bench, -1)
    cv2.rectangle(
        img, (round(w * 0.18), round(h * 0.44)), (round(w * 0.82), round(h * 0.47)), tone(bench, 30), -1
    )
    bx = round(w * 0.04) if rng.random() < 0.5 else round(w * 0.84)
    cv2.rectangle(img, (bx, round(h * 0.5)), (bx + round(w * 0.12), round(h * 0.68)), tone(wood, -5), -1)
    floor = (60, 70, 80) if rng.random() < 0.5 else (40, 50, 110)
    cv2.rectangle(img, (0, round(h * 0.66)), (w, h), floor, -1)
    for k, y in enumerate(range(round(h * 0.72), h, max(6, h // 9))):
        colour = tone(wood, -30) if k else (35, 45, 60)
        x1, x2 = (round(w * 0.08), round(w * 0.92)) if k else (round(w * 0.12), round(w * 0.45))
        cv2.rectangle(img, (x1, y), (x2, y + max(3, h // 24)), colour, -1)
        if not k:
            cv2.rectangle(img, (round(w * 0.55), y), (round(w * 0.88), y + max(3, h // 24)), colour, -1)
    return img


def brick_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A garden wall being built: the sky or a site's fence behind, bricks in running bond in grey
    mortar up to an uneven top course, a string line along it, a trowel lying on the top, a spirit
    level leaning on the wall with its green vial."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (235, 200, 150), (245, 230, 215))
    if rng.random() < 0.4:  # a site's mesh fence behind
        for x in range(0, w, max(5, w // 25)):
            cv2.line(img, (x, 0), (x, h // 2), (150, 150, 150), 1)
    brick = rng.choice(((50, 70, 170), (60, 100, 190), (70, 80, 140), (130, 150, 170)))
    mortar = (170, 175, 175)
    top = round(h * rng.uniform(0.3, 0.45))
    cv2.rectangle(img, (0, top), (w, h), mortar, -1)
    bh = max(4, h // 14)
    bw = bh * 2 + bh // 2
    for r, y in enumerate(range(h - bh, top - bh, -bh)):
        shift = (bw // 2) * (r % 2)
        for x in range(-shift, w, bw):
            cv2.rectangle(
                img, (x + 1, y + 1), (x + bw - 2, y + bh - 2), tone(brick, rng.randrange(-20, 21)), -1
            )
    end = round(w * rng.uniform(0.4, 0.8))
    img[top - bh : top, end:] = img[:bh, end:]  # the top course stops part-way: sky past it
    cv2.line(img, (0, top - bh - 3), (w, top - bh - 6), (250, 250, 250), 1)
    tx = rng.randrange(max(1, end // 3))
    blade = np.array([(tx, top - bh), (tx + w // 8, top - bh - h // 30), (tx + w // 8, top - bh)], np.int32)
    cv2.fillPoly(img, [blade], (190, 190, 195), cv2.LINE_AA)
    cv2.line(
        img, (tx + w // 8, top - bh - 2), (tx + w // 5, top - bh - h // 18), (40, 80, 120), max(2, h // 60)
    )
    lx = round(w * rng.uniform(0.75, 0.9))
    lvl = np.array([(lx, h), (lx + w // 30, h), (lx + w // 10, top), (lx + w // 10 - w // 30, top)], np.int32)
    cv2.fillPoly(img, [lvl], (30, 200, 240), cv2.LINE_AA)
    vy = (h + top) // 2
    cv2.rectangle(
        img, (lx + w // 25, vy), (lx + w // 25 + max(3, w // 40), vy + max(3, h // 25)), (80, 200, 120), -1
    )
    return img


def toolbox(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An open toolbox from above on a workbench's boards: a red, yellow or blue box with its
    lift-out tray of compartments, screwdrivers (handles and shafts), a hammer, pliers, a tape
    measure's square case, screws scattered."""
    img = np.zeros((h, w, 3), np.uint8)
    wood = rng.choice(((70, 120, 170), (90, 140, 190), (60, 90, 130)))
    img[:] = wood
    for y in range(0, h, max(6, h // 6)):
        cv2.line(img, (0, y), (w, y), tone(wood, -30), max(1, h // 150))
    m = max(4, min(w, h) // 10)
    box = rng.choice(((40, 40, 200), (30, 190, 230), (160, 90, 30)))
    cv2.rectangle(img, (m, m), (w - m, h - m), box, -1)
    cv2.rectangle(img, (m + m // 2, m + m // 2), (w - m - m // 2, h - m - m // 2), tone(box, -60), -1)
    cols = rng.randrange(2, 4)
    cw = (w - 3 * m) // cols
    for k in range(1, cols):
        x = m + m // 2 + k * cw
        cv2.line(img, (x, m + m // 2), (x, h - m - m // 2), tone(box, -20), max(2, m // 3))
    for k in range(cols):
        x1, x2 = m + m // 2 + k * cw + 6, m + m // 2 + (k + 1) * cw - 6
        kind = rng.randrange(4)
        y1, y2 = m * 2, h - m * 2
        if kind == 0:  # screwdrivers
            for j in range(rng.randrange(2, 4)):
                x = x1 + (j + 1) * (x2 - x1) // 4
                cv2.line(img, (x, y1), (x, (y1 + y2) // 2), (200, 200, 205), max(1, w // 120))
                cv2.rectangle(
                    img,
                    (x - max(2, w // 60), (y1 + y2) // 2),
                    (x + max(2, w // 60), y2),
                    random_colour(rng, 40, 230),
                    -1,
                )
        elif kind == 1:  # a hammer
            xm = (x1 + x2) // 2
            cv2.rectangle(
                img,
                (xm - max(2, w // 70), y1 + (y2 - y1) // 5),
                (xm + max(2, w // 70), y2),
                (40, 90, 140),
                -1,
            )
            cv2.rectangle(img, (x1 + 2, y1), (x2 - 2, y1 + (y2 - y1) // 5), (80, 80, 85), -1)
        elif kind == 2:  # pliers
            xm = (x1 + x2) // 2
            for d in (-1, 1):
                cv2.line(
                    img, (xm, y1), (xm + d * (x2 - x1) // 4, y2), (40, 40, 200), max(2, w // 50), cv2.LINE_AA
                )
            cv2.line(img, (xm, y1), (xm, y1 + (y2 - y1) // 4), (170, 170, 175), max(2, w // 40))
        else:  # a tape measure's case and screws
            side = max(4, min(x2 - x1, y2 - y1) // 2)
            cv2.rectangle(img, (x1, y1), (x1 + side, y1 + side), (30, 200, 240), -1)
            cv2.rectangle(
                img, (x1 + side, y1 + side // 3), (x1 + side + side // 3, y1 + side // 2), (200, 200, 200), -1
            )
            for _ in range(rng.randrange(3, 8)):
                p = (
                    rng.randrange(x1, max(x1 + 1, x2)),
                    rng.randrange((y1 + y2) // 2, max((y1 + y2) // 2 + 1, y2)),
                )
                cv2.line(img, p, (p[0] + rng.randrange(-6, 7), p[1] + 8), (170, 170, 175), 2)
    return img


def tiled_bathroom(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bathroom just refitted: a wall of tiles (squares or metro bricks) in a grout's grid, a
    vanity's cabinet with two doors and a basin's rim across its top, a tap, a mirror over it with a
    light bar, a towel on a rail."""
    img = np.zeros((h, w, 3), np.uint8)
    tile = rng.choice(((235, 235, 230), (200, 180, 150), (150, 160, 90), (190, 200, 205), (60, 60, 65)))
    img[:] = tile
    grout = tone(tile, -35 if sum(tile) > 300 else 35)
    tw = max(6, w // rng.choice((8, 10, 12)))
    th = tw if rng.random() < 0.5 else tw // 2
    for r, y in enumerate(range(0, h, th)):
        cv2.line(img, (0, y), (w, y), grout, 1)
        shift = (tw // 2) * (r % 2) if th < tw else 0
        for x in range(-shift, w, tw):
            cv2.line(img, (x, y), (x, y + th), grout, 1)
    vx1, vx2 = round(w * rng.uniform(0.15, 0.3)), round(w * rng.uniform(0.6, 0.8))
    vy = round(h * 0.62)
    wood = rng.choice(((60, 100, 150), (240, 240, 240), (70, 70, 70), (110, 140, 80)))
    cv2.rectangle(img, (vx1, vy), (vx2, h), wood, -1)
    cv2.line(img, ((vx1 + vx2) // 2, vy + h // 40), ((vx1 + vx2) // 2, h), tone(wood, -30), max(1, w // 200))
    cv2.rectangle(img, (vx1 - w // 40, vy - max(3, h // 40)), (vx2 + w // 40, vy), (245, 245, 245), -1)
    tx = (vx1 + vx2) // 2
    cv2.rectangle(
        img, (tx - max(1, w // 120), vy - h // 14), (tx + max(1, w // 120), vy), (190, 190, 195), -1
    )
    cv2.line(img, (tx, vy - h // 14), (tx + w // 30, vy - h // 14), (190, 190, 195), max(2, h // 90))
    mx1, mx2 = vx1 + (vx2 - vx1) // 8, vx2 - (vx2 - vx1) // 8
    my1, my2 = round(h * 0.12), round(h * 0.5)
    cv2.rectangle(img, (mx1 - 3, my1 - 3), (mx2 + 3, my2 + 3), (60, 60, 60), -1)
    gradient(img, (mx1, my1, mx2, my2), (225, 215, 200), (170, 165, 160), False)
    cv2.rectangle(img, (mx1, my1 - max(4, h // 30)), (mx2, my1 - 4), (200, 245, 255), -1)
    rx = round(w * 0.88)
    cv2.line(
        img,
        (rx - w // 14, round(h * 0.35)),
        (rx + w // 14, round(h * 0.35)),
        (190, 190, 195),
        max(2, h // 80),
    )
    cv2.rectangle(
        img, (rx - w // 16, round(h * 0.35)), (rx + w // 16, round(h * 0.58)), random_colour(rng, 60, 230), -1
    )
    return img


def gallery_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A museum's room: a pale wall over a wooden floor, two to four framed abstract works hung at
    eye level (colour fields, stripes, a grid of squares; no figures), small labels beside them, a
    track of three to six lights under the ceiling, a bench on the floor."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((235, 235, 232), (215, 220, 225), (90, 70, 60), (180, 200, 210)))
    floor = round(h * rng.uniform(0.76, 0.84))
    gradient(img, (0, 0, w, floor), tone(wall, 10), tone(wall, -15))
    gradient(img, (0, floor, w, h), (80, 120, 160), (50, 80, 120))
    cv2.line(img, (0, round(h * 0.05)), (w, round(h * 0.05)), (60, 60, 60), max(1, h // 150))
    for k in range(rng.randrange(3, 7)):
        lx = round(w * (k + 0.5) / 6 + rng.uniform(-0.03, 0.03) * w)
        cone = np.array(
            [(lx - w // 80, round(h * 0.05)), (lx + w // 80, round(h * 0.05)), (lx, round(h * 0.1))]
        )
        cv2.fillPoly(img, [cone.astype(np.int32)], (40, 40, 40), cv2.LINE_AA)
    n = rng.randrange(2, 5)
    slot = w / n
    for k in range(n):
        fw = round(slot * rng.uniform(0.5, 0.75))
        fh = round(h * rng.uniform(0.25, 0.45))
        x1 = round(k * slot + (slot - fw) / 2)
        y1 = round(h * 0.42 - fh / 2)
        cv2.rectangle(
            img,
            (x1 - 4, y1 - 4),
            (x1 + fw + 4, y1 + fh + 4),
            rng.choice(((30, 30, 30), GOLD, (245, 245, 245))),
            -1,
        )
        style = rng.randrange(3)
        base = random_colour(rng, 40, 240)
        cv2.rectangle(img, (x1, y1), (x1 + fw, y1 + fh), base, -1)
        if style == 0:  # colour fields
            cv2.rectangle(
                img,
                (x1 + fw // 8, y1 + fh // 8),
                (x1 + fw * 7 // 8, y1 + fh // 2),
                random_colour(rng, 40, 240),
                -1,
            )
            cv2.rectangle(
                img,
                (x1 + fw // 8, y1 + fh * 5 // 8),
                (x1 + fw * 7 // 8, y1 + fh * 7 // 8),
                random_colour(rng, 40, 240),
                -1,
            )
        elif style == 1:  # stripes
            sw = max(2, fw // rng.randrange(5, 10))
            for x in range(x1, x1 + fw, sw * 2):
                cv2.rectangle(img, (x, y1), (min(x1 + fw, x + sw), y1 + fh), random_colour(rng, 40, 240), -1)
        else:  # a grid of squares
            q = max(3, min(fw, fh) // 4)
            for gy in range(y1 + 3, y1 + fh - q, q + 3):
                for gx in range(x1 + 3, x1 + fw - q, q + 3):
                    if rng.random() < 0.6:
                        cv2.rectangle(img, (gx, gy), (gx + q, gy + q), random_colour(rng, 40, 240), -1)
        lx = x1 + fw + max(6, w // 60)
        cv2.rectangle(
            img,
            (lx, y1 + fh // 2),
            (lx + max(4, w // 40), y1 + fh // 2 + max(3, h // 40)),
            (250, 250, 250),
            -1,
        )
    bx1, bx2 = round(w * 0.3), round(w * 0.7)
    by = floor + round((h - floor) * 0.3)
    cv2.rectangle(img, (bx1, by), (bx2, by + max(3, h // 40)), (40, 40, 40), -1)
    for x in (bx1 + 4, bx2 - 8):
        cv2.rectangle(img, (x, by), (x + 4, min(h, by + (h - floor) // 2)), (40, 40, 40), -1)
    return img


def ruins(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Ancient ruins on a hill under a sky: a stepped stone base, a row of fluted columns, some broken
    off at different heights, a piece of architrave over the whole ones, a fallen drum on the ground,
    dry grass."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (230, 180, 110), (245, 225, 200))
    ground = round(h * rng.uniform(0.78, 0.86))
    cv2.rectangle(img, (0, ground), (w, h), (90, 170, 190), -1)
    speckle(img, rng, (0, ground, w, h), w * (h - ground) // 5, 25)
    stone = rng.choice(((180, 205, 220), (170, 190, 200), (200, 215, 225)))
    steps = rng.randrange(2, 4)
    sh = max(3, h // 30)
    for k in range(steps):
        y = ground - (k + 1) * sh
        cv2.rectangle(
            img,
            (round(w * 0.05) + k * w // 40, y),
            (round(w * 0.95) - k * w // 40, y + sh),
            tone(stone, -10 * k),
            -1,
        )
    base = ground - steps * sh
    n = rng.randrange(4, 8)
    cw = max(4, round(w * 0.9 / n * 0.45))
    tops = []
    for k in range(n):
        x = round(w * 0.08 + k * (w * 0.84 - cw) / max(1, n - 1))
        full = rng.random() < 0.55
        top = round(h * 0.22) if full else round(h * rng.uniform(0.35, 0.7))
        cv2.rectangle(img, (x, top), (x + cw, base), stone, -1)
        for fx in range(x + cw // 5, x + cw, max(2, cw // 5)):
            cv2.line(img, (fx, top), (fx, base), tone(stone, -25), 1)
        if full:
            cv2.rectangle(
                img, (x - cw // 6, top - max(3, h // 50)), (x + cw + cw // 6, top), tone(stone, 10), -1
            )
            tops.append(x)
    if len(tops) >= 2:
        cv2.rectangle(
            img,
            (tops[0] - cw // 4, round(h * 0.15)),
            (tops[-1] + cw + cw // 4, round(h * 0.22) - max(3, h // 50)),
            tone(stone, -5),
            -1,
        )
    dx = rng.randrange(w)
    cv2.ellipse(
        img,
        (dx, ground + (h - ground) // 2),
        (max(3, cw // 2), max(2, cw // 3)),
        0,
        0,
        360,
        tone(stone, -15),
        -1,
        cv2.LINE_AA,
    )
    return img


RENDERS: tuple[H11.Render, ...] = (
    vault_door,
    card_terminal,
    courtroom,
    brick_wall,
    toolbox,
    tiled_bathroom,
    gallery_wall,
    ruins,
)
TILLS: tuple[H11.Render, ...] = (card_terminal, vault_door)  # a bank chat's attachments
COURTS: tuple[H11.Render, ...] = (courtroom, courtroom, H45.law_shelf)  # a court's and a firm's rooms
OFFICES: tuple[H11.Render, ...] = (H22.empty_room, H45.law_shelf, gallery_wall)  # an advisor's backdrop
BUILDS: tuple[H11.Render, ...] = (brick_wall, tiled_bathroom, toolbox)  # a tradesperson's work
SIGHTS: tuple[H11.Render, ...] = (ruins, H42.landmark, gallery_wall, ruins)  # a tour's stops


@dataclass
class Cast(H53.Cast):
    """heldout53's cast (heldout52's, heldout51's, heldout50's, heldout49's, heldout48's,
    heldout47's, heldout46's, heldout45's, heldout43's, heldout41's, heldout40's, heldout26's and
    heldout11's: a scene of people or a thing; half of a face's box showing counts it; a camera that
    shows a pet, a drawn character or a thing when there is nobody), its screens marked h54-, whose
    drawn things are this set's: a vault's door, a card terminal, a courtroom, a wall being built, a
    toolbox, a bathroom's tiles, a museum's gallery, ruins."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h54-" + super().kind(layout).removeprefix("h53-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def bank_chip(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A payee's bank over their avatar's lower right: a rounded square of the bank's colour in a rim
    of the page's colour with the bank's columns in white (it takes the pixels it covers)."""
    t = max(2, r // 4)
    rounded_card(img, c[0] - r - t, c[1] - r - t, 2 * (r + t), 2 * (r + t), max(2, (r + t) // 3), rim)
    rounded_card(img, c[0] - r, c[1] - r, 2 * r, 2 * r, max(2, r // 3), colour)
    u = max(1, r // 4)
    cv2.rectangle(img, (c[0] - 2 * u - 1, c[1] - u - u // 2), (c[0] + 2 * u + 1, c[1] - u), WHITE, -1)
    for k in (-1, 0, 1):
        cv2.rectangle(
            img,
            (c[0] + k * 2 * u - max(1, u // 2), c[1] - u),
            (c[0] + k * 2 * u + max(1, u // 2), c[1] + u),
            WHITE,
            -1,
        )
    cv2.rectangle(img, (c[0] - 2 * u - 1, c[1] + u), (c[0] + 2 * u + 1, c[1] + u + max(1, u // 2)), WHITE, -1)


def shield_badge(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A verified shield over an avatar's corner: a shield of ``colour`` (a flat top, sides curving to
    a point) in a rim of the page's colour, a white tick in it (it takes the pixels it covers)."""

    def shield(k: int) -> np.ndarray:
        return np.array(
            [(c[0] - k, c[1] - k), (c[0] + k, c[1] - k), (c[0] + k, c[1] + k // 4), (c[0], c[1] + k + k // 5),
             (c[0] - k, c[1] + k // 4)], np.int32,
        )  # fmt: skip

    cv2.fillPoly(img, [shield(r + max(2, r // 4))], rim, cv2.LINE_AA)
    cv2.fillPoly(img, [shield(r)], colour, cv2.LINE_AA)
    tick = np.array(
        [(c[0] - r // 2, c[1]), (c[0] - r // 8, c[1] + r // 3), (c[0] + r // 2, c[1] - r // 3)], np.int32
    )
    cv2.polylines(img, [tick], False, WHITE, max(2, r // 5), cv2.LINE_AA)


def hard_hat(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A top pro's badge over their avatar's lower right: a hi-vis disc in a rim of the page's colour
    with a white hard hat, a dome over a brim (it takes the pixels it covers)."""
    badge(img, c, r, HIVIS, "", rim)
    cv2.ellipse(img, (c[0], c[1] + r // 5), (r * 3 // 5, r // 2), 0, 180, 360, WHITE, -1, cv2.LINE_AA)
    cv2.rectangle(
        img,
        (c[0] - r * 3 // 4, c[1] + r // 5),
        (c[0] + r * 3 // 4, c[1] + r // 5 + max(1, r // 6)),
        WHITE,
        -1,
    )


def seal_rim(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, back: Colour) -> None:
    """A court seal's notched rim round a judge's portrait of radius ``r``: a star of 28 points of
    ``colour`` just outside the portrait, then a ring of ``back`` between them (drawn before the face)."""
    n, outer, inner = 28, r + max(8, r // 5), r + max(4, r // 10)
    pts = [
        (c[0] + (outer if j % 2 == 0 else inner) * math.cos(j * math.pi / n),
         c[1] + (outer if j % 2 == 0 else inner) * math.sin(j * math.pi / n))
        for j in range(2 * n)
    ]  # fmt: skip
    cv2.fillPoly(img, [np.array(pts, np.int32)], colour, cv2.LINE_AA)
    cv2.circle(img, c, r + 2, back, -1, cv2.LINE_AA)


def doc_disc(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """The court's own entry on a docket's spine: a disc of ``colour`` with a white page, its corner
    folded and three lines of text (never a face)."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    pw, ph = max(4, r * 9 // 10), max(6, r * 6 // 5)
    x, y = c[0] - pw // 2, c[1] - ph // 2
    page = np.array(
        [(x, y), (x + pw * 2 // 3, y), (x + pw, y + ph // 3), (x + pw, y + ph), (x, y + ph)], np.int32
    )
    cv2.fillPoly(img, [page], WHITE, cv2.LINE_AA)
    for k in range(3):
        ly = y + ph // 3 + (k + 1) * ph // 6
        cv2.line(img, (x + pw // 6, ly), (x + pw * 5 // 6, ly), colour, max(1, r // 12))


def court_seal(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A court's seal in a bar (never a face): a gold disc, a ring inside it, a column of three
    steps and a pediment in the middle."""
    cv2.circle(img, c, r, GOLD, -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 4 // 5, colour, max(1, r // 10), cv2.LINE_AA)
    u = max(1, r // 5)
    cv2.fillPoly(
        img,
        [np.array([(c[0] - 2 * u, c[1] - u), (c[0], c[1] - 2 * u), (c[0] + 2 * u, c[1] - u)], np.int32)],
        colour,
    )
    cv2.rectangle(img, (c[0] - u // 2, c[1] - u), (c[0] + u // 2, c[1] + u), colour, -1)
    cv2.rectangle(img, (c[0] - 2 * u, c[1] + u), (c[0] + 2 * u, c[1] + u + max(1, u // 2)), colour, -1)


def keypad(img: np.ndarray, x: int, y: int, w: int, h: int, ink: Colour, back: Colour) -> None:
    """A payment's number pad at (x, y), w x h: twelve keys in four rows of three (1-9, a point, 0 and
    a backspace's arrow) on rounded keys of ``back``."""
    kw, kh = w // 3, h // 4
    labels = [str(k) for k in range(1, 10)] + [".", "0", "<"]
    for k, label in enumerate(labels):
        kx, ky = x + (k % 3) * kw, y + (k // 3) * kh
        rounded_card(img, kx + 6, ky + 6, kw - 12, kh - 12, min(18, (kh - 12) // 2), back)
        (tw, th), _ = cv2.getTextSize(label, FONT, 1.0, 2)
        cv2.putText(img, label, (kx + (kw - tw) // 2, ky + (kh + th) // 2), FONT, 1.0, ink, 2, cv2.LINE_AA)


def donut(
    img: np.ndarray, c: tuple[int, int], r: int, shares: list[float], colours: list[Colour], hole: Colour
) -> None:
    """A portfolio's donut chart: arcs of ``colours`` in the given shares round ``c``, a hole of
    ``hole`` (never a face)."""
    start = -90.0
    total = sum(shares)
    for share, colour in zip(shares, colours, strict=False):
        end = start + 360 * share / total
        cv2.ellipse(img, c, (r, r), 0, start, end, colour, -1, cv2.LINE_AA)
        start = end
    cv2.circle(img, c, r * 3 // 5, hole, -1, cv2.LINE_AA)


# ----------------------------------------------------------------------------------------------
# Parts: a bank's payees, a wealth advisor's page, a support chat.
# ----------------------------------------------------------------------------------------------


def balance_card(s: Screen, rng: random.Random, y: int) -> int:
    """An account's balance on a card of the bank's blue graded across (no faces): the account and
    its last digits, the balance, the day's spending on a chip. Returns its height with the gap
    under it (220 px)."""
    img = s.img
    gradient(img, (20, y, WIDTH - 20, y + 200), tone(BANK, 50), tone(BANK, -10), False)
    fill(img, 255 - rounded_rect(200, WIDTH - 40, 24), 20, y, s.bg)
    note(img, f"Everyday account  ** {rng.randrange(1000, 9999)}", (50, y + 50), 0.6, (230, 230, 230), 2)
    title(img, f"${rng.randrange(120, 48000):,}.{rng.randrange(100):02d}", (50, y + 126), 1.4, WHITE)
    tag(img, 50, y + 148, f"-${rng.randrange(3, 400)}.{rng.randrange(100):02d} today", tone(BANK, 40), 32)
    return 220


def recent_payees(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Recent payees in a row: a dashed "New" disc first (never a face), then round 30-46 px faces
    about 170 px apart, the last across the screen's right edge (heldout45's ``carousel``: cut,
    counted while half of its box shows), each with its bank's chip over the lower right
    (``bank_chip``: it takes the pixels it covers), first names under them. Returns its height with
    the gap under it."""
    img = s.img
    fp, side = _size(rng, 30, small(rng, 30.5, 46), (1.1, 1.2))
    xs = carousel(rng, 170, side)
    c = (xs[0] + side // 2, y + 10 + side // 2)
    dashed_ring(img, c, side // 2, GREY, 3)
    cv2.line(img, (c[0] - side // 5, c[1]), (c[0] + side // 5, c[1]), s.accent, 3)
    cv2.line(img, (c[0], c[1] - side // 5), (c[0], c[1] + side // 5), s.accent, 3)
    note(img, "New", (xs[0] + 4, y + side + 44), 0.5, s.fg)
    for x in xs[1:]:
        cast.avatar(s, x, y + 10, fp, side, "circle")
        bank_chip(img, (x + side - 6, y + side + 2), max(9, side // 6), rng.choice(BANK_COLOURS), s.bg)
        note(img, who(rng)[:8], (x, y + side + 44), 0.5, s.fg)
    return side + 70


def payee_row(cast: Cast, rng: random.Random, s: Screen, y: int, favourite: bool) -> int:
    """A payee in the list: the 22-32 px face in a circle, a rounded square or a squircle, or (a
    favourite) a story's ring (initials on some), on a fifth a verified shield over its lower right
    (``shield_badge``: it takes the pixels it covers); the name, the bank and the account's last
    digits; "Request" or a chevron. Returns its height (96 px)."""
    img = s.img
    shape = "ring" if favourite else rng.choice(("circle", "circle", "rounded", "squircle"))
    side = face_or_initials(cast, rng, s, (34, y + 16), (22, 32), shape, 0.18)
    if rng.random() < 0.2:
        shield_badge(img, (34 + side - 4, y + 12 + side), 11, BANK, s.bg)
    x = 64 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 44), 0.6, s.fg, 2)
    note(img, f"{rng.choice(BANKS)}  ** {rng.randrange(1000, 9999)}", (x, y + 76), 0.46, GREY)
    if rng.random() < 0.2:
        outlined(img, WIDTH - 200, y + 24, 160, 50, s.accent, s.bg)
        note(img, "Request", (WIDTH - 170, y + 56), 0.55, s.accent, 2)
    else:
        chevron(img, WIDTH - 60, y + 48, GREY)
    cv2.line(img, (x, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def pay_sheet(cast: Cast, rng: random.Random, s: Screen, top: int) -> None:
    """Paying one payee: the list above dimmed (heldout5's ``scrim``: faces under it stay counted,
    darker), a sheet pulled up from ``top`` over it (heldout5's ``sheet``: it takes the pixels it
    covers), the payee's round 64-110 px face in a ring of the accent in its middle (heldout33's
    ``ring_avatar``, drawn before it), "Pay" and the name, the amount in large figures and a number
    pad down to the navigation bar."""
    img = s.img
    H5.scrim(s, (0, STATUS_H, WIDTH, top), 0.4)
    H5.sheet(img, top, s.bg)
    fp, side = _size(rng, 64, small(rng, 64.5, 110), (1.1, 1.2))
    ring_avatar(cast, s, (WIDTH - side) // 2, top + 50, fp, side, s.accent)
    y = top + 50 + side + 56
    text = f"Pay {who(rng)} {rng.choice(SURNAMES)[0]}."
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, 0.8, 2)
    heading(s, (WIDTH - tw) // 2, y, text, 0.8)
    amount = f"${rng.randrange(5, 900)}"
    (tw, _th), _ = cv2.getTextSize(amount, FONT, 2.0, 4)
    title(img, amount, ((WIDTH - tw) // 2, y + 90), 2.0, s.fg)
    ky = y + 120
    keypad(img, 60, ky, WIDTH - 120, max(160, H - NAV_H - 10 - ky), s.fg, off(s.bg, 12))


def advisor_intro(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A wealth app's introduction of one's advisor, a video across the screen 560-640 px high: the
    advisor standing in an office, before a meeting room, a shelf of books or a gallery's wall
    (heldout53's ``posed``: the face 100-260 px, on a quarter cut by a side), a play button over its
    lower right (it takes the pixels it covers), a "Meet your advisor" chip and the length over its
    upper left, the progress bar over its foot. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(560, 640)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, WIDTH, h, rng.uniform(100, 260), OFFICES, edge)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    play_button(img, (WIDTH - 110, y + h - 110), 54, WHITE, INK)
    tag(
        img,
        24,
        y + 24,
        f"Meet your advisor - {rng.randrange(1, 4)}:{rng.randrange(60):02d}",
        (30, 30, 30),
        36,
    )
    progress(img, 0, y + h - 8, WIDTH, rng.uniform(0.0, 0.4), s.accent, (90, 90, 90), 8)
    return h + 20


def advisor_block(s: Screen, rng: random.Random, y: int) -> int:
    """The advisor's name and firm, credentials' chips and the assets looked after (no faces).
    Returns its height with the gap under it (170 px)."""
    img = s.img
    heading(s, 30, y + 44, f"{who(rng)} {rng.choice(SURNAMES)}", 1.0)
    note(img, f"Private wealth - {rng.choice(BANKS)}", (30, y + 84), 0.55, GREY)
    x = 30
    for cred in rng.sample(("CFP", "CFA", "ChFC", "CPA", "PFS"), rng.randrange(1, 4)):
        x = tag(img, x, y + 104, cred, BANK, 34)[2] + 10
    note(img, f"Since {rng.randrange(2004, 2023)}", (WIDTH - 200, y + 132), 0.5, GREY)
    return 170


def team_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int) -> int:
    """A member of one's advisory team on a card at (x, y), ``w`` px wide: the 44-64 px face in a
    squircle (initials on some), the name and the role, an available dot; on a fifth "Out of office"
    with the card grey (heldout10's ``greyed``: the face counted as it looks). Returns its height
    with the gap under it (200 px)."""
    img = s.img
    rounded_card(img, x, y, w, 184, 20, off(s.bg, 12))
    side = face_or_initials(cast, rng, s, (x + 20, y + 20), (44, 64), "squircle", 0.1)
    tx = x + side + 40
    note(img, who(rng)[:9], (tx, y + 56), 0.62, s.fg, 2)
    note(
        img, rng.choice(("Planner", "Tax lead", "Analyst", "Associate", "Service")), (tx, y + 90), 0.48, GREY
    )
    if rng.random() < 0.2:
        H10.redrawn(s, (x, y, x + w, y + 184), H10.greyed)
        tag(img, x + 20, y + 136, "Out of office", (90, 90, 90), 30)
    else:
        cv2.circle(img, (tx + 8, y + 122), 8, GREEN, -1, cv2.LINE_AA)
        note(img, "Available", (tx + 26, y + 130), 0.48, s.fg)
    return 200


def portfolio_donut(s: Screen, rng: random.Random, y: int) -> int:
    """One's portfolio as a donut (``donut``) with its legend: stocks, bonds, cash and property with
    their shares (no faces). Returns its height with the gap under it (300 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 280, 22, off(s.bg, 8))
    shares = [rng.uniform(0.1, 1.0) for _ in range(4)]
    colours = [BANK, (60, 170, 60), (40, 180, 230), (150, 90, 200)]
    donut(img, (170, y + 140), 110, shares, colours, off(s.bg, 8))
    for k, name in enumerate(("Stocks", "Bonds", "Cash", "Property")):
        cy = y + 62 + k * 52
        cv2.rectangle(img, (340, cy - 16), (362, cy + 4), colours[k], -1)
        note(img, name, (380, cy), 0.6, s.fg)
        note(img, f"{100 * shares[k] / sum(shares):.0f}%", (WIDTH - 170, cy), 0.6, s.fg, 2)
    return 300


def advisor_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A note from the team: the writer's round 22-28 px face (initials on some), a document's icon,
    the note's title and date, a line of text. Returns its height (110 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "circle", 0.12)
    x = 54 + side
    note(
        img,
        rng.choice(("Q3 review", "Tax-loss harvest", "Rebalance", "Estate plan", "RMD reminder")),
        (x, y + 44),
        0.6,
        s.fg,
        2,
    )
    note(
        img,
        f"{who(rng)} - {rng.randrange(1, 28)} {rng.choice(('Mar', 'Jun', 'Sep', 'Nov'))}",
        (x, y + 76),
        0.46,
        GREY,
    )
    icon(img, rng, (WIDTH - 70, y + 50), 18, s.accent)
    cv2.line(img, (30, y + 106), (WIDTH - 30, y + 106), off(s.bg, 14), 1)
    return 110


def agent_bar(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A bank chat's top bar: a back chevron, the agent's round 30-40 px face with an online dot over
    its lower right (heldout53's ``online_dot``: it takes the pixels it covers), the name and the
    team, a verified shield, a phone's icon. Returns its height (130 px)."""
    img, bar = s.img, off(s.bg, 8)
    cv2.rectangle(img, (0, y), (WIDTH, y + 120), bar, -1)
    chevron(img, 30, y + 60, s.fg, back=True)
    fp, side = _size(rng, 30, small(rng, 30.5, 40), (1.1, 1.2))
    ay = y + (120 - side) // 2
    cast.avatar(s, 76, ay, fp, side, "circle")
    H53.online_dot(img, (76 + side - 6, ay + side - 6), 8, bar)
    x = 100 + side
    note(img, f"{who(rng)} - {rng.choice(BANKS)}", (x, y + 54), 0.62, s.fg, 2)
    note(img, rng.choice(("Card services", "Disputes", "Fraud team", "Mortgages")), (x, y + 86), 0.48, GREY)
    shield_badge(img, (WIDTH - 150, y + 58), 16, BANK, bar)
    icon(img, rng, (WIDTH - 60, y + 60), 20, s.fg)
    return 130


def agent_turn(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The agent's turn in the chat: one to three bubbles at the left (heldout45's ``bubble``), the
    agent's round 20-28 px face beside the last one, the time under them. Returns its height with
    the gap under it."""
    yy = y
    for _ in range(rng.randrange(1, 4)):
        yy += (
            H45.bubble(s.img, 90, yy, rng.randrange(380, 700), rng.randrange(1, 3), off(s.bg, 18), s.fg, rng)
            + 10
        )
    fp, side = _size(rng, 20, small(rng, 20.5, 28), (1.1, 1.2))
    cast.avatar(s, 30, yy - 10 - side, fp, side, "circle")
    note(s.img, f"{rng.randrange(8, 20)}:{rng.randrange(60):02d}", (96, yy + 20), 0.42, GREY)
    return yy - y + 40


def own_turn(s: Screen, rng: random.Random, y: int) -> int:
    """One's own turn: one or two bubbles of the accent at the right, read ticks (no faces). Returns
    its height with the gap under it."""
    yy = y
    for _ in range(rng.randrange(1, 3)):
        w = rng.randrange(300, 620)
        yy += H45.bubble(s.img, WIDTH - 30 - w, yy, w, rng.randrange(1, 3), s.accent, WHITE, rng) + 10
    note(s.img, "Read", (WIDTH - 100, yy + 20), 0.42, GREY)
    return yy - y + 40


def join_event(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of the chat's own: a centred pill with a colleague's round 18-22 px face and "<name>
    from Disputes joined" (or took over). Returns its height (70 px)."""
    text = (
        f"{who(rng)} from {rng.choice(('Disputes', 'Fraud', 'Cards'))} {rng.choice(('joined', 'took over'))}"
    )
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.5, 1)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.05, 1.15))
    w = tw + side + 50
    x = (WIDTH - w) // 2
    pill(s.img, x, y + 10, w, 48, off(s.bg, 14))
    cast.avatar(s, x + 14, y + 10 + (48 - side) // 2, fp, side, "circle")
    note(s.img, text, (x + side + 30, y + 41), 0.5, GREY)
    return 70


def attachment_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A photo one sent, 420 x 300 and rounded at the right: on 35 % the shop's counter with its staff
    (heldout11's ``snapshot``: faces 18-40 px), else a drawn card terminal or vault (``TILLS``) or a
    thing; the file's size under it. Returns its height with the gap under it (340 px)."""
    pw, ph, x = 420, 300, WIDTH - 450
    if rng.random() < 0.35:
        piece, faces = H11.snapshot(cast, pw, ph, 18.3, 40, 1.0)
    elif rng.random() < 0.7:
        piece, faces = H11.render(rng, pw, ph, TILLS), []
    else:
        piece, faces = cast.piece(pw, ph), []
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, pw, 20))
    note(
        s.img,
        f"IMG_{rng.randrange(1000, 9999)}.jpg - {rng.randrange(1, 9)}.{rng.randrange(10)} MB",
        (x, y + ph + 28),
        0.42,
        GREY,
    )
    return 340


def txn_card(s: Screen, rng: random.Random, y: int) -> int:
    """The transaction in dispute on a card (no faces): the merchant's letter on a disc, its name, the
    amount, the date and an "Under review" chip. Returns its height with the gap under it (180 px)."""
    img = s.img
    rounded_card(img, 30, y, WIDTH - 60, 160, 20, off(s.bg, 12))
    colour = random_colour(rng, 40, 200)
    cv2.circle(img, (100, y + 80), 40, colour, -1, cv2.LINE_AA)
    note(img, rng.choice("ABCDEFGHKLMPRSTW"), (86, y + 94), 1.1, WHITE, 3)
    note(img, words(rng, 2).title()[:18], (160, y + 66), 0.65, s.fg, 2)
    note(
        img,
        f"{rng.randrange(1, 28)} {rng.choice(('Jan', 'Apr', 'Jul'))} - card ** {rng.randrange(1000, 9999)}",
        (160, y + 104),
        0.46,
        GREY,
    )
    note(img, f"-${rng.randrange(9, 900)}.{rng.randrange(100):02d}", (WIDTH - 230, y + 66), 0.7, s.fg, 2)
    tag(img, WIDTH - 230, y + 90, "Under review", (40, 140, 220), 32)
    return 180


def rating_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The chat's end: "How did <name> do?" on a card, the agent's 44-64 px face in a rounded square
    with the bank's mark over its lower right (heldout45's ``bank_mark`` in a rim: it takes the pixels
    it covers), five stars to tap. Returns its height with the gap under it (250 px)."""
    img, card = s.img, off(s.bg, 12)
    rounded_card(img, 30, y, WIDTH - 60, 230, 22, card)
    fp, side = _size(rng, 44, small(rng, 44.5, 64), (1.1, 1.2))
    cast.avatar(s, 60, y + 30, fp, side, "rounded")
    c = (60 + side - 4, y + 30 + side - 4)
    cv2.circle(img, c, 19, card, -1, cv2.LINE_AA)
    H45.bank_mark(img, c, 15, BANK)
    x = 100 + side
    note(img, f"How did {who(rng)} do?", (x, y + 70), 0.7, s.fg, 2)
    note(img, "Rate this chat", (x, y + 108), 0.5, GREY)
    H5.stars(img, x, y + 170, 22, rng.choice((0, 0, 3, 4, 5)), GOLD, off(card, 40))
    return 250


# ----------------------------------------------------------------------------------------------
# Parts: a law firm's people, a video hearing, a case's docket.
# ----------------------------------------------------------------------------------------------


def firm_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A law firm's "Our people" hero across the screen, 420 px: on half the partners' photo in grey
    (heldout11's ``gathering``: two rows of three to five, the front faces 26-44 px, those behind
    0.75-0.85 of them; heldout10's ``greyed``), else the courtroom or the library drawn
    (``COURTS``); a dark band over its lower part (heldout5's ``scrim``: faces under it stay
    counted, darker) with the title and a line. Returns its height with the gap under it (440
    px)."""
    hh = 420
    if rng.random() < 0.5:
        fp = rng.uniform(26, 44)
        per, stand = rng.randrange(3, 6), rng.uniform(0.0, 0.1)
        piece, faces = H11.gathering(
            cast, WIDTH, hh, fp * rng.uniform(0.75, 0.85), fp, 2, per, (1.5, 2.0), stand
        )
        H11.paste_photo(cast, s, H10.greyed(piece), faces, 0, y)
    else:
        blit(s.img, H11.render(rng, WIDTH, hh, COURTS), 0, y)
    H5.scrim(s, (0, y + hh - 150, WIDTH, y + hh), 0.45)
    title(s.img, "OUR PEOPLE", (30, y + hh - 70), 1.2, WHITE)
    note(
        s.img,
        f"{rng.randrange(40, 400)} lawyers in {rng.randrange(2, 12)} offices",
        (30, y + hh - 28),
        0.6,
        WHITE,
        2,
    )
    return hh + 20


def viewed_chips(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Lawyers one looked at lately as chips in a row: a pill with a round 20-26 px face at its left
    and a surname, as many as the width holds, the last one cut by the screen's right edge on some.
    Returns its height (80 px)."""
    x = 30
    while x < WIDTH - 60:
        fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.05, 1.12))
        text = rng.choice(SURNAMES)
        (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 1)
        w = side + tw + 40
        pill(s.img, x, y + 8, w, 56, off(s.bg, 16))
        cast.avatar(s, x + 10, y + 8 + (56 - side) // 2, fp, side, "circle")
        note(s.img, text, (x + side + 22, y + 44), 0.55, s.fg)
        x += w + 14
    return 80


def headshot_card(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, fps: tuple[float, float]
) -> int:
    """A lawyer's card at (x, y), ``w`` px wide: a studio headshot (heldout11's ``portrait``) 1.2
    times as high as wide, the face ``fps`` px (skewed small), in grey on 60 % (a firm's black and
    white headshots; heldout10's ``greyed``: counted as it looks), square or rounded, a "Leadership"
    tag over its lower left on some (it takes the pixels it covers); the name, the role and the
    practice. Returns its height with the gap under it."""
    img, ph = s.img, round(w * 1.2)
    piece, faces = H11.portrait(cast, w, ph, small(rng, *fps))
    if rng.random() < 0.6:
        piece = H10.greyed(piece)
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, w, 14) if rng.random() < 0.5 else None)
    if rng.random() < 0.15:
        tag(img, x + 10, y + ph - 44, "Leadership", LAW, 30)
    scale = min(0.62, w / 420)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}"[: max(8, w // 22)], (x, y + ph + 40), scale, s.fg, 2)
    note(img, rng.choice(LEGAL_ROLES)[: max(8, w // 20)], (x, y + ph + 72), scale * 0.8, GREY)
    note(img, rng.choice(PRACTICES), (x, y + ph + 100), scale * 0.8, s.accent)
    return ph + 120


def hearing_bar(s: Screen, rng: random.Random, y: int) -> int:
    """A video hearing's bar (no faces): the court's seal (``court_seal``), the courtroom and the
    case's number, the time, a red "REC" on most. Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(s.bg, 10), -1)
    court_seal(img, (64, y + 50), 32, COURT)
    note(img, f"Courtroom {rng.randrange(1, 12)}{rng.choice('ABCD')}", (116, y + 44), 0.66, s.fg, 2)
    note(img, f"Case {rng.randrange(19, 25)}-CV-{rng.randrange(100, 9999):04d}", (116, y + 80), 0.5, GREY)
    if rng.random() < 0.8:
        pill(img, WIDTH - 260, y + 30, 100, 40, RED)
        note(img, "REC", (WIDTH - 236, y + 60), 0.6, WHITE, 2)
    note(img, f"{rng.randrange(0, 3):02d}:{rng.randrange(60):02d}", (WIDTH - 130, y + 60), 0.6, s.fg, 2)
    return 110


def judge_tile(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The bench's camera across the screen, 460-540 px: the judge before the courtroom's panels or
    the library (heldout53's ``posed``: the face 50-130 px, skewed small), the judge's plate over its
    lower left (heldout22's ``name_label``: it takes the pixels it covers), a speaker's gold frame
    round it on half (over the picture's edge). Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(460, 540)
    piece, faces = H53.posed(cast, rng, WIDTH - 40, h, small(rng, 50, 130), COURTS)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, WIDTH - 40, 14))
    H22.name_label(img, f"Hon. {rng.choice(SURNAMES)} - Judge", 36, y + h - 14, 40)
    if rng.random() < 0.5:
        cv2.rectangle(img, (20, y), (WIDTH - 21, y + h - 1), GOLD, 5)
    return h + 16


def party_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, witness: bool
) -> None:
    """A party's camera in the hearing's grid at (x, y), tw x th: the person at home or in an office
    (heldout3's ``photo``: the face 0.1-0.32 of the tile's height, skewed small) or, on a fifth, the
    camera off (heldout22's ``camera_off``: initials or a round profile photo); the role's label over
    its lower left (heldout22's ``name_label``: it takes the pixels it covers), a muted microphone or
    a raised hand over its upper right on some; with ``witness`` the witness's, in an amber frame."""
    img = s.img
    if rng.random() < 0.2:
        H22.camera_off(cast, s, rng, x, y, tw, th)
    else:
        cast.photo(s, x, y, tw, th, max(18.3, th * small(rng, 0.1, 0.32)), rounded_rect(th, tw, 10))
    role = "Witness" if witness else rng.choice(HEARING_ROLES)
    H22.name_label(img, role, x + 8, y + th - 8, max(22, th // 8))
    roll = rng.random()
    if roll < 0.4:
        H22.mic_off(img, (x + tw - 26, y + 26), 16, (40, 40, 40))
    elif roll < 0.5:
        H22.raised_hand(img, (x + tw - 26, y + 26), 16)
    if witness:
        cv2.rectangle(img, (x, y), (x + tw - 1, y + th - 1), (0, 200, 250), 4)


def waiting_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Someone in the hearing's waiting room: the round 18-24 px face (initials on some), the name and
    the role, "Admit" and "Deny". Returns its height (80 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (40, y + 16), (18.3, 24), "circle", 0.15)
    x = 60 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 36), 0.55, s.fg, 2)
    note(img, rng.choice(HEARING_ROLES), (x, y + 64), 0.42, GREY)
    pill(img, WIDTH - 330, y + 16, 140, 48, s.accent)
    note(img, "Admit", (WIDTH - 296, y + 48), 0.55, WHITE, 2)
    outlined(img, WIDTH - 175, y + 16, 140, 48, GREY, s.bg)
    note(img, "Deny", (WIDTH - 136, y + 48), 0.55, s.fg, 2)
    return 80


def waiting_room(cast: Cast, rng: random.Random, s: Screen, top: int, foot: int) -> None:
    """The waiting room's panel pulled up from ``top`` over the grid (heldout5's ``sheet``: it takes
    the pixels it covers): "Waiting room (N)" and the people waiting (``waiting_row``: 18-24 px) down
    to ``foot``."""
    back = off(s.bg, 10)
    H5.sheet(s.img, top, back)
    heading(s, 30, top + 80, f"Waiting room ({rng.randrange(2, 9)})", 0.8)
    y = top + 100
    while y + 80 < foot:
        y += waiting_row(cast, rng, s, y)


def case_header(s: Screen, rng: random.Random, y: int) -> int:
    """A case on a card (no faces): the parties' names "v.", the court, the case's number, the
    status's chip and the next date. Returns its height with the gap under it (240 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 220, 22, COURT)
    note(img, f"{rng.choice(SURNAMES)} v. {words(rng, 1).title()} Inc.", (50, y + 60), 0.85, WHITE, 2)
    note(
        img,
        f"Superior Court - Case {rng.randrange(19, 25)}-CV-{rng.randrange(100, 9999):04d}",
        (50, y + 104),
        0.52,
        (220, 220, 230),
    )
    tag(img, 50, y + 132, rng.choice(("Active", "Discovery", "Stayed", "Trial set")), GOLD, 34)
    note(
        img,
        f"Next: {rng.randrange(1, 29)} {rng.choice(('Feb', 'May', 'Aug', 'Nov'))}",
        (WIDTH - 300, y + 160),
        0.6,
        WHITE,
        2,
    )
    return 240


def party_column(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, side_name: str) -> int:
    """One side of a case at (x, y), ``w`` px wide: "Plaintiff" or "Defendant", the lead counsel's
    36-52 px face in a rounded square (initials on some) with the bar's gold shield over its lower
    right (``shield_badge``: it takes the pixels it covers), the name and the firm, then the rest of
    the counsel as a stack of two to four 22-30 px faces with "+N" on some (heldout22's ``stack``).
    Returns its height (290 px)."""
    img = s.img
    rounded_card(img, x, y, w, 276, 20, off(s.bg, 10))
    note(img, side_name.upper(), (x + 20, y + 40), 0.5, COURT if sum(s.bg) > 384 else GOLD, 2)
    side = face_or_initials(cast, rng, s, (x + 20, y + 60), (36, 52), "rounded", 0.1)
    shield_badge(img, (x + 20 + side - 2, y + 56 + side), 12, GOLD, off(s.bg, 10))
    tx = x + side + 40
    note(img, f"{rng.choice(SURNAMES)}"[:10], (tx, y + 90), 0.58, s.fg, 2)
    note(img, rng.choice(FIRMS).title()[:14], (tx, y + 122), 0.44, GREY)
    note(img, "Counsel", (x + 20, y + 190), 0.45, GREY)
    H22.stack(
        cast,
        s,
        rng,
        x + 20,
        y + 204,
        rng.randrange(2, 5),
        22,
        30,
        off(s.bg, 10),
        rng.choice((0, 0, rng.randrange(2, 9))),
    )
    return 290


def judge_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The presiding judge on a card: the round 44-70 px face in a seal's notched gold rim
    (``seal_rim``, drawn before it), the name, the department and the courtroom, the next hearing's
    date on a calendar block. Returns its height with the gap under it (210 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 190, 22, card)
    fp, side = _size(rng, 44, small(rng, 44.5, 70), (1.1, 1.2))
    c = (60 + side // 2, y + 95)
    seal_rim(img, c, side // 2, GOLD, card)
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2, fp, side, "circle")
    x = 110 + side
    note(img, "Presiding", (x, y + 60), 0.46, GREY)
    note(img, f"Hon. {who(rng)} {rng.choice(SURNAMES)}", (x, y + 98), 0.66, s.fg, 2)
    note(img, f"Dept. {rng.randrange(1, 60)} - Room {rng.randrange(100, 999)}", (x, y + 134), 0.48, GREY)
    rounded_card(img, WIDTH - 170, y + 40, 110, 110, 14, COURT)
    note(img, rng.choice(("MAR", "JUN", "SEP", "DEC")), (WIDTH - 146, y + 76), 0.55, WHITE, 2)
    note(img, str(rng.randrange(1, 29)), (WIDTH - 146, y + 130), 1.1, WHITE, 3)
    return 210


def filing_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A filing on the docket's timeline: its number and date at the left, a spine down the page and
    on it the filer's round 22-30 px face (initials on some) or, for the court's own order, a page's
    disc (``doc_disc``: never a face); the filing's title, who filed it, a "PDF" chip; on a sixth
    the entry sealed, faded to the page (heldout27's ``faded``: the face counted as it looks) under a
    "SEALED" tag. Returns its height (120 px)."""
    img = s.img
    cv2.line(img, (200, y), (200, y + 120), off(s.bg, 40), 4)
    note(img, f"#{rng.randrange(1, 240)}", (30, y + 46), 0.6, s.fg, 2)
    note(img, f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}", (30, y + 80), 0.46, GREY)
    if rng.random() < 0.2:
        doc_disc(img, (200, y + 56), 22, COURT)
        text, by = "Order", "By the court"
    else:
        fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.1, 1.2))
        if rng.random() < 0.12:
            H3.initials(img, rng, 200 - side // 2, y + 56 - side // 2, side, "circle", s.bg)
        else:
            cast.avatar(s, 200 - side // 2, y + 56 - side // 2, fp, side, "circle", s.bg)
        text, by = rng.choice(FILINGS), f"Filed by {rng.choice(SURNAMES)}"
    note(img, text, (250, y + 48), 0.6, s.fg, 2)
    note(img, by, (250, y + 82), 0.46, GREY)
    tag(img, WIDTH - 120, y + 34, "PDF", (60, 60, 200), 30)
    if rng.random() < 0.16:
        H10.redrawn(s, (20, y + 4, WIDTH - 20, y + 116), H27.faded(s.bg, 0.45))
        tag(img, WIDTH - 260, y + 34, "SEALED", (70, 70, 70), 30)
    return 120


# ----------------------------------------------------------------------------------------------
# Parts: a trades marketplace, a contractor's reviews, a museum's guides, a tour group's day.
# ----------------------------------------------------------------------------------------------


def top_pros(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """This month's top-rated pros: round 34-52 px faces in hi-vis rings (heldout33's
    ``ring_avatar``, drawn before them) about 190 px apart, the last across the screen's right edge
    (heldout45's ``carousel``), a hard hat's badge over each one's lower right (``hard_hat``: it takes
    the pixels it covers), the trade under it. Returns its height with the gap under it."""
    fp, side = _size(rng, 34, small(rng, 34.5, 52), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        ring_avatar(cast, s, x, y + 10, fp, side, HIVIS)
        hard_hat(s.img, (x + side - 4, y + side + 4), max(11, side // 5), s.bg)
        note(s.img, rng.choice(TRADES)[:9], (x - 4, y + side + 52), 0.48, s.fg)
    return side + 80


def work_photo(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A job's photo in a pro's card at (x, y), side x side and rounded: on 30 % the pro at work
    before it (heldout53's ``posed``: the face 20-44 px), on 12 % the crew (heldout38's ``staged``:
    two depths, the front faces 18-32 px, the back ones smaller and on some under 18 px, drawn and
    not counted), else the work drawn (``BUILDS``)."""
    m, roll = rounded_rect(side, side, 14), rng.random()
    if roll < 0.3:
        piece, faces = H53.posed(cast, rng, side, side, small(rng, 20, 44), BUILDS)
    elif roll < 0.42:
        fp = rng.uniform(18.3, 32)
        piece, faces = H38.staged(cast, rng, BUILDS, 2, (1, 3), side, side, fp * rng.uniform(0.5, 0.7), fp)
    else:
        piece, faces = H11.render(rng, side, side, BUILDS), []
    H11.paste_photo(cast, s, piece, faces, x, y, m)


def pro_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tradesperson in the results, on a card 516 px high: the 30-46 px face in a rounded square or
    a circle (initials on some) with a verified shield over its lower right (``shield_badge``: it
    takes the pixels it covers), the name, the trade's chip, stars and the reviews with a stack of
    three 18-22 px reviewers and "+N" (heldout22's ``stack``), the reply time; three photos of jobs
    in a row under them (``work_photo``), a "TOP PRO" ribbon over the first on some (heldout23's
    ``ribbon``: it takes the pixels it covers); a "Get a quote" button. Returns its height with the
    gap under it (536 px)."""
    img, card = s.img, off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 516, 22, card)
    side = face_or_initials(cast, rng, s, (44, y + 24), (30, 46), rng.choice(("rounded", "circle")), 0.1)
    shield_badge(img, (44 + side - 2, y + 20 + side), 13, (60, 160, 40), card)
    x = 80 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 50), 0.66, s.fg, 2)
    tag(img, x, y + 64, rng.choice(TRADES), HIVIS, 30)
    ex = H5.stars(img, x + 190, y + 80, 10, rng.choice((4, 4.5, 5)), GOLD, off(card, 40))
    note(img, f"{rng.uniform(4.2, 5.0):.1f}", (ex + 8, y + 88), 0.5, s.fg, 2)
    end = H22.stack(cast, s, rng, x, y + 108, 3, 18.3, 22, card, rng.randrange(8, 400))
    note(img, "reviews", (end + 10, y + 134), 0.46, GREY)
    note(img, f"Replies in ~{rng.randrange(1, 9)} h", (WIDTH - 250, y + 50), 0.46, GREY)
    side = (WIDTH - 88 - 2 * 16) // 3
    for k in range(3):
        work_photo(cast, rng, s, 44 + k * (side + 16), y + 170, side)
    if rng.random() < 0.3:
        H23.ribbon(img, 44, y + 184, "TOP PRO", HIVIS)
    outlined(img, WIDTH - 260, y + 94, 210, 56, s.accent, card)
    note(img, "Get a quote", (WIDTH - 236, y + 130), 0.55, s.accent, 2)
    return 536


def crew_banner(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A contractor's banner across the screen, 380 px: on 60 % the crew on site (heldout38's
    ``staged`` before a build: two or three depths of two to three people, the front faces 28-48
    px, the back ones 0.5-0.65 of them, some under 18 px, drawn and not counted), else the work
    drawn; the firm's logo disc (a house in white, never a face) in a rim of the page over its lower
    left. Returns its height with the gap under it (470 px)."""
    hh = 380
    if rng.random() < 0.6:
        fp = rng.uniform(28, 48)
        piece, faces = H38.staged(
            cast, rng, BUILDS, rng.randrange(2, 4), (2, 3), WIDTH, hh, fp * rng.uniform(0.5, 0.65), fp
        )
        H11.paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(s.img, H11.render(rng, WIDTH, hh, BUILDS), 0, y)
    cv2.circle(s.img, (110, y + hh), 70, s.bg, -1, cv2.LINE_AA)
    H45.house_disc(s.img, (110, y + hh), 62, HIVIS)
    heading(s, 200, y + hh + 50, f"{rng.choice(SURNAMES)} & Sons Building", 0.8)
    return hh + 90


def rating_bars(s: Screen, rng: random.Random, y: int) -> int:
    """A contractor's score (no faces): the mean in large figures with stars and the count, and five
    bars for five stars to one. Returns its height with the gap under it (250 px)."""
    img = s.img
    score = rng.uniform(4.1, 4.95)
    title(img, f"{score:.1f}", (40, y + 96), 2.2, s.fg)
    H5.stars(img, 40, y + 140, 14, round(score), GOLD, off(s.bg, 40))
    note(img, f"{rng.randrange(20, 900)} reviews", (40, y + 190), 0.5, GREY)
    shares = sorted((rng.random() for _ in range(5)), reverse=True)
    for k in range(5):
        cy = y + 30 + k * 42
        note(img, str(5 - k), (330, cy + 8), 0.5, s.fg)
        progress(img, 360, cy, WIDTH - 420, shares[k], GOLD, off(s.bg, 30), 10)
    return 250


def project_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Project photos: 240 x 180 rounded in a row past the right edge (heldout38's ``across_edge``:
    the last cut by the edge), each the work drawn or on 35 % the homeowners by it (heldout11's
    ``snapshot``: faces 18-44 px), the job's tag over its foot (it takes the pixels it covers).
    Returns its height with the gap under it (210 px)."""
    for x in H38.across_edge(rng, 256, 240):
        if rng.random() < 0.35:
            piece, faces = H11.snapshot(cast, 240, 180, 18.3, 44, 1.0)
        else:
            piece, faces = H11.render(rng, 240, 180, BUILDS), []
        H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(180, 240, 14))
        tag(s.img, x + 8, y + 142, rng.choice(JOBS)[:12], (30, 30, 30), 28)
    return 210


def review_item(cast: Cast, rng: random.Random, s: Screen, y: int, room: int) -> int:
    """A homeowner's review: the 22-32 px face in a circle or a squircle (initials on some), the
    name, the job's tag and the date, stars and lines of text; "N found this helpful" by a stack of
    three or four 18-22 px faces (heldout22's ``stack``); on 35 %, where ``room`` leaves space, the
    contractor's reply indented on a card with the owner's 20-26 px face in a rounded square. Returns
    its height."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 32), rng.choice(("circle", "squircle")), 0.15)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.6, s.fg, 2)
    tag(img, x, y + 52, rng.choice(JOBS), off(s.bg, 50), 28)
    H5.stars(img, WIDTH - 220, y + 36, 12, rng.choice((3, 4, 5, 5)), GOLD, off(s.bg, 40))
    ty = H52.text_bars(img, rng, 30, y + 110, WIDTH - 60, rng.randrange(2, 4), off(s.bg, 60))
    end = H22.stack(cast, s, rng, 30, ty + 6, rng.randrange(3, 5), 18.3, 22, s.bg)
    note(img, f"{rng.randrange(2, 60)} found this helpful", (end + 12, ty + 34), 0.46, GREY)
    ty += 60
    if rng.random() < 0.35 and room > ty - y + 140:
        rounded_card(img, 70, ty, WIDTH - 100, 120, 14, off(s.bg, 10))
        face_or_initials(cast, rng, s, (90, ty + 20), (20, 26), "rounded", 0.1)
        note(img, "Reply from the owner", (140, ty + 44), 0.5, s.fg, 2)
        H52.text_bars(img, rng, 140, ty + 66, WIDTH - 280, 2, off(s.bg, 60))
        ty += 134
    cv2.line(img, (30, ty + 8), (WIDTH - 30, ty + 8), off(s.bg, 14), 1)
    return ty + 16 - y


def museum_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A museum's guided tour's hero across the screen, 760-880 px: a guide before a gallery's wall,
    ruins or a gate (heldout53's ``posed``: the face 80-220 px, on a fifth cut by a side), a
    "Guided" tag over its upper left (it takes the pixels it covers), a dark band over its foot
    (heldout5's ``scrim``: faces under it stay counted, darker) with the tour's name, its length
    and the price. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(760, 880)
    edge = rng.uniform(0.15, 0.45) if rng.random() < 0.2 else None
    piece, faces = H53.posed(cast, rng, WIDTH, h, rng.uniform(80, 220), SIGHTS, edge)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 24, y + 24, "Guided", MUSEUM, 38)
    H5.scrim(s, (0, y + h - 190, WIDTH, y + h), 0.45)
    title(img, rng.choice(TOURS).upper(), (30, y + h - 96), 1.2, WHITE)
    note(
        img,
        f"{rng.choice((45, 60, 90))} min - from ${rng.randrange(12, 60)}",
        (30, y + h - 40),
        0.66,
        WHITE,
        2,
    )
    return h + 20


def guide_carousel(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The museum's guides: round 40-60 px faces in rings of the museum's colour (heldout33's
    ``ring_avatar``) about 190 px apart, the last across the right edge (heldout45's ``carousel``),
    the flag of a language each speaks over their lower right (heldout52's ``flag``: it takes the
    pixels it covers), the names under them. Returns its height with the gap under it."""
    fp, side = _size(rng, 40, small(rng, 40.5, 60), (1.1, 1.2))
    for x in carousel(rng, 190, side):
        ring_avatar(cast, s, x, y + 10, fp, side, MUSEUM)
        H52.flag(s.img, rng, x + side - 24, y + side - 6, 32, 22)
        note(s.img, who(rng)[:8], (x - 2, y + side + 50), 0.5, s.fg)
    return side + 76


def tour_slot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tour's time: the time and the language's chip, the guide's round 22-30 px face (initials on
    some), the places left with a bar, who booked (a stack of 18-22 px, "+N"; heldout22's
    ``stack``), a "Book" button or "Full" grey. Returns its height (130 px)."""
    img = s.img
    note(img, f"{rng.randrange(9, 18)}:{rng.choice(('00', '15', '30', '45'))}", (30, y + 50), 0.8, s.fg, 2)
    tag(img, 30, y + 66, rng.choice(LANGUAGES), MUSEUM, 30)
    side = face_or_initials(cast, rng, s, (170, y + 18), (22, 30), "circle", 0.12)
    left = rng.randrange(0, 13)
    note(img, f"{left} of 12 places left", (190 + side, y + 44), 0.5, s.fg)
    progress(img, 190 + side, y + 60, 300, 1 - left / 12, MUSEUM, off(s.bg, 30), 8)
    H22.stack(cast, s, rng, 190 + side, y + 78, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 9))
    if left:
        pill(img, WIDTH - 190, y + 36, 150, 56, MUSEUM)
        note(img, "Book", (WIDTH - 146, y + 72), 0.62, WHITE, 2)
    else:
        pill(img, WIDTH - 190, y + 36, 150, 56, off(s.bg, 30))
        note(img, "Full", (WIDTH - 140, y + 72), 0.62, GREY, 2)
    cv2.line(img, (30, y + 126), (WIDTH - 30, y + 126), off(s.bg, 14), 1)
    return 130


def visitor_review(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A visitor's review: the 22-30 px face (initials on some) with the home country's flag beside
    it, the name and the month of the visit, stars, two lines. Returns its height (130 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle", 0.15)
    H52.flag(img, rng, 44 + side, y + 22, 30, 20)
    x = 90 + side
    note(img, f"{who(rng)} - {rng.choice(('Apr', 'Jul', 'Oct', 'Dec'))}", (x, y + 40), 0.58, s.fg, 2)
    H5.stars(img, WIDTH - 200, y + 32, 11, rng.choice((3, 4, 5, 5)), GOLD, off(s.bg, 40))
    H52.text_bars(img, rng, x, y + 62, WIDTH - x - 40, 2, off(s.bg, 60))
    cv2.line(img, (30, y + 126), (WIDTH - 30, y + 126), off(s.bg, 14), 1)
    return 130


def group_shot(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The day's group photo across the screen, 560-660 px: the tour's travellers at a stop
    (heldout38's ``staged`` before ``SIGHTS``: three depths of three to five people, the front faces
    24-52 px, the back ones 0.45-0.6 of them, some under 18 px, drawn and not counted); name tags
    over the lower edge of up to three of the faces (they take the pixels they cover: the face
    counted while half of its box shows), the day's chip and the travellers' count over its top.
    Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(560, 660)
    fp = rng.uniform(24, 52)
    piece, faces = H38.staged(cast, rng, SIGHTS, 3, (3, 5), WIDTH, h, fp * rng.uniform(0.45, 0.6), fp)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    big = [f for f in faces if f[2] - f[0] >= 26 and f[3] < h - 40]
    for a, b, _c, d in rng.sample(big, min(len(big), rng.randrange(0, 4))):
        tag(img, round(a), y + round(d - (d - b) * 0.12), who(rng)[:6], (250, 250, 250), 24)
    tag(img, 24, y + 24, f"Day {rng.randrange(1, 8)} - {rng.choice(SITES)}", (30, 30, 30), 38)
    tag(img, WIDTH - 220, y + 24, f"{rng.randrange(8, 30)} travellers", MUSEUM, 38)
    return h + 20


def guide_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """ "Your guide today": the guide's 36-52 px face in a rounded square with a language's flag over
    its corner (heldout52's ``flag``: it takes the pixels it covers), the name, the languages, a call
    button. Returns its height (130 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 116, 20, off(s.bg, 10))
    side = face_or_initials(cast, rng, s, (40, y + (116 - 52) // 2), (36, 52), "rounded", 0.08)
    H52.flag(img, rng, 40 + side - 22, y + 26 + side - 16, 30, 20)
    x = 70 + side
    note(img, "Your guide today", (x, y + 46), 0.48, GREY)
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 84), 0.64, s.fg, 2)
    cv2.circle(img, (WIDTH - 90, y + 58), 36, GREEN, -1, cv2.LINE_AA)
    icon(img, rng, (WIDTH - 90, y + 58), 16, WHITE)
    return 130


def polaroid(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, angle: float) -> int:
    """A print in the trip's album, ``w`` px wide, turned ``angle`` degrees (heldout11's ``turned``):
    a white frame with a deeper foot, the photo (heldout11's ``snapshot``: faces 24-50 px; in grey on
    a quarter), a caption written under it. Returns its height with the gap under it."""
    pw = w - 40
    ph = round(pw * 0.8)
    fh = ph + 110
    grey = rng.random() < 0.25
    caption = f"{rng.choice(SITES)} {rng.choice(('!', ':)', '<3', '2024'))}"

    def draw(sc: Screen) -> None:
        sc.img[:] = (246, 247, 248)
        piece, faces = H11.snapshot(cast, pw, ph, 24, 50, 0.9)
        if grey:
            piece = H10.greyed(piece)
        sc.paste(piece, faces, 20, 20, None, cast.min_visible)
        cv2.putText(sc.img, caption, (30, ph + 80), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.0, INK, 2, cv2.LINE_AA)

    frame, faces = H11.offscreen(w, fh, draw)
    piece, turned, where = H11.turned(frame, faces, angle)
    H11.paste_photo(cast, s, piece, turned, x, y, where)
    return piece.shape[0] + 20


def itinerary_row(s: Screen, rng: random.Random, y: int) -> int:
    """A stop later in the day (no faces): the time, a dot on a dashed line down the page, the
    stop's name and what to do there, a thumbnail of the place (drawn: ``SIGHTS``), the walk to it.
    Returns its height (140 px)."""
    img = s.img
    note(img, f"{rng.randrange(11, 20)}:{rng.choice(('00', '20', '40'))}", (30, y + 56), 0.66, s.fg, 2)
    for yy in range(y, y + 140, 16):
        cv2.line(img, (150, yy), (150, yy + 8), off(s.bg, 50), 3)
    cv2.circle(img, (150, y + 48), 12, MUSEUM, -1, cv2.LINE_AA)
    note(img, rng.choice(SITES), (190, y + 54), 0.64, s.fg, 2)
    note(img, f"{words(rng, 2).lower()} - {rng.randrange(20, 120)} min", (190, y + 88), 0.48, GREY)
    blit(img, H11.render(rng, 160, 110, SIGHTS), WIDTH - 190, y + 14, rounded_rect(110, 160, 12))
    note(img, f"{rng.randrange(3, 25)} min walk", (190, y + 122), 0.42, s.accent)
    return 140


def member_cell(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> None:
    """A traveller in the group's grid at (x, y), a cell ``cw`` px wide: the round 24-36 px face
    (initials on some) in the middle, the first name under it; a green tick over its lower right
    when they are checked in at the meeting point (heldout4's ``badge``: it takes the pixels it
    covers), or on a fifth the cell faded (not here yet; heldout27's ``faded``: counted as it
    looks)."""
    fp, side = _size(rng, 24, small(rng, 24.5, 36), (1.1, 1.2))
    ax = x + (cw - side) // 2
    if rng.random() < 0.12:
        H3.initials(s.img, rng, ax, y + 8, side, "circle", None)
    else:
        cast.avatar(s, ax, y + 8, fp, side, "circle")
    note(s.img, who(rng)[:7], (x + 6, y + side + 40), 0.44, s.fg)
    roll = rng.random()
    if roll < 0.45:
        badge(s.img, (ax + side - 4, y + 4 + side), 10, GREEN, "check", s.bg)
    elif roll < 0.65:
        H10.redrawn(s, (x, y, x + cw, y + side + 50), H27.faded(s.bg, 0.5))


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def send_money(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank app's "Send money": the title and one's 22-26 px face; the balance (``balance_card``);
    recent payees (``recent_payees``: 30-46 px under banks' chips, past the right edge); the search
    field; payees from A to Z under their letters (``payee_row``: 22-32 px, favourites in rings) down
    to the tab bar; on 35 % paying one of them on a sheet over the list (``pay_sheet``: 64-110 px)."""
    s, y = titled(cast, rng, name, "payees", ("light", "light", "dark", "tinted"), "Send money", own=True)
    y += balance_card(s, rng, y)
    y = section(s, y, "Recent", True)
    y += recent_payees(cast, rng, s, y)
    pill(s.img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(s.img, "Name, email or account", (70, y + 42), 0.55, GREY)
    y += 84
    foot = H - NAV_H - 120
    for letter in sorted(rng.sample("ABCDEFGHJKLMNPRSTW", 8)):
        if y + 140 > foot:
            break
        cv2.rectangle(s.img, (0, y), (WIDTH, y + 40), off(s.bg, 8), -1)
        note(s.img, letter, (34, y + 30), 0.6, GREY, 2)
        y += 44
        for _ in range(rng.randrange(1, 4)):
            if y + 96 > foot:
                break
            y += payee_row(cast, rng, s, y, rng.random() < 0.15)
    if rng.random() < 0.35:
        pay_sheet(cast, rng, s, rng.randrange(1080, 1180))
    else:
        tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def advisor_desk(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wealth app's page of one's advisor: the title and one's 22-26 px face; the introduction's
    video (``advisor_intro``: the advisor's face 100-260 px); the name and credentials; the team
    (``team_card``: 44-64 px, out of office grey), two or four cards; on half the portfolio's donut;
    notes from the team (``advisor_note``: 22-28 px) where there is room, above the "Book a review"
    button."""
    s, y = titled(cast, rng, name, "advisor", ("light", "tinted", "dark", "light"), "Your advisor", own=True)
    y += advisor_intro(cast, rng, s, y)
    y += advisor_block(s, rng, y)
    y = section(s, y, "Your team", False)
    w = (WIDTH - 56) // 2
    rows = rng.choice((1, 2))
    for k in range(2 * rows):
        team_card(cast, rng, s, 20 + (k % 2) * (w + 16), y + (k // 2) * 200, w)
    y += 200 * rows
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 300 < foot:
        y += portfolio_donut(s, rng, y)
    H38.rows_above(s, y, foot, "Notes from your team", lambda t: advisor_note(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Book a review")


def support_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank's support chat about a disputed payment: the agent's bar (``agent_bar``: 30-40 px with
    an online dot); the payment in dispute (``txn_card``); turns down the page: the agent's bubbles
    (``agent_turn``: 20-28 px by the last), one's own, colleagues joining (``join_event``: 18-22 px),
    photos sent (``attachment_card``: a shop's staff 18-40 px on some); on 45 % the rating at the end
    (``rating_card``: 44-64 px under the bank's mark); the message field."""
    s = new_screen(rng, name, cast.kind("support"), ("light", "dark", "light", "tinted"))
    y = STATUS_H + agent_bar(cast, rng, s, STATUS_H)
    y += txn_card(s, rng, y)
    foot = H - NAV_H - 110
    rating = rng.random() < 0.45
    limit = foot - (250 if rating else 0) - 160
    while y < limit:
        roll = rng.random()
        if roll < 0.42:
            y += agent_turn(cast, rng, s, y)
        elif roll < 0.7:
            y += own_turn(s, rng, y)
        elif roll < 0.84:
            y += join_event(cast, rng, s, y)
        else:
            y += attachment_card(cast, rng, s, y)
    if rating and y + 250 <= foot:
        rating_card(cast, rng, s, y)
    cv2.rectangle(s.img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return H45.composer(s, foot + 22, "Message")


def attorney_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A law firm's site, "Our people": the firm's bar; the hero (``firm_hero``: on half the
    partners' photo in grey, 26-44 px at the front); lawyers viewed lately (``viewed_chips``: 20-26
    px, the last cut by the edge on some); the practices' chips; headshots in two to five
    columns (``headshot_card``: faces 0.2-0.34 of a card's width, skewed small, grey on 60 %) down
    past the tab bar, which cuts the last row."""
    s = new_screen(rng, name, cast.kind("firm"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), LAW, -1)
    note(img, rng.choice(FIRMS), (30, y + 62), 0.9, WHITE, 2)
    for k in range(3):
        cv2.line(img, (WIDTH - 80, y + 36 + k * 14), (WIDTH - 40, y + 36 + k * 14), WHITE, 3)
    y += 100
    y += firm_hero(cast, rng, s, y)
    y += viewed_chips(cast, rng, s, y)
    chips(img, rng, 30, y, 4, 44, (120, 200), off(s.bg, 16), s.fg)
    y += 64
    cols, gap = rng.choice((2, 3, 4, 4, 5)), 20
    w = (WIDTH - 60 - gap * (cols - 1)) // cols
    fps = (w * 0.2, w * 0.34)
    foot = H - NAV_H - 120
    while y < foot - 100:
        for k in range(cols):
            step = headshot_card(cast, rng, s, 30 + k * (w + gap), y, w, fps)
        y += step
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def court_hearing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A court's video hearing: the bar (``hearing_bar``); the bench's camera (``judge_tile``: the
    judge's face 50-130 px); the parties' cameras in three to five columns (``party_tile``: faces
    0.1-0.32 of a tile's height, cameras off, role labels, muted microphones, raised hands, the
    witness framed), three or four rows of them, the last cut by the call's controls where it
    reaches them; the waiting room (``waiting_room``: 18-24 px) under the grid where there is room,
    else on 45 % as a panel over the grid's lower part."""
    s = new_screen(rng, name, cast.kind("hearing"), ("dark", "dark", "dark", "light"))
    y = STATUS_H + hearing_bar(s, rng, STATUS_H)
    y += judge_tile(cast, rng, s, y)
    cols, gap = rng.choice((3, 4, 4, 5)), 10
    tw = (WIDTH - 40 - gap * (cols - 1)) // cols
    th = round(tw * 0.75)
    controls, rows = H - NAV_H - 150, rng.choice((3, 4))
    witness = rng.randrange(cols * rows)
    for k in range(cols * rows):
        if y + (k // cols) * (th + gap) + th // 2 > controls:
            break
        party_tile(
            cast, rng, s, 20 + (k % cols) * (tw + gap), y + (k // cols) * (th + gap), tw, th, k == witness
        )
    y += rows * (th + gap)
    if controls - y > 220:
        waiting_room(cast, rng, s, y, controls)
    elif rng.random() < 0.45:
        waiting_room(cast, rng, s, rng.randrange(1380, 1560), controls)
    H22.call_controls(s, rng, controls)
    H5.nav_bar(s)
    return s.finish()


def case_docket(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A legal case's page in a law firm's app: the title and one's 22-26 px face; the case
    (``case_header``); the two sides (``party_column``: lead counsel 36-52 px under the bar's shield,
    the rest 22-30 px in stacks); on 70 % the presiding judge (``judge_card``: 44-70 px in a seal's
    rim); the docket (``filing_row``: filers 22-30 px on the spine, the court's orders as pages,
    sealed entries faded) down to the tab bar."""
    s, y = titled(cast, rng, name, "docket", ("light", "light", "tinted", "dark"), "Case file", own=True)
    y += case_header(s, rng, y)
    w = (WIDTH - 56) // 2
    party_column(cast, rng, s, 20, y, w, "Plaintiff")
    y += party_column(cast, rng, s, 36 + w, y, w, "Defendant")
    if rng.random() < 0.7:
        y += judge_card(cast, rng, s, y)
    y = section(s, y, "Docket", True)
    return rows_to_tab_bar(s, rng, y, 80, lambda t: filing_row(cast, rng, s, t))


def trades_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A trades marketplace's results: the title and one's 22-26 px face; the search field with the
    place; the trades' chips; on 55 % the month's top pros (``top_pros``: 34-52 px in hi-vis rings
    under hard hats, past the right edge); pros near by (``pro_card``: 30-46 px under shields,
    reviewers' stacks of 18-22 px, photos of jobs with the pro at work 20-44 px or the crew 18-32
    px) down to the tab bar, which cuts the last."""
    s, y = titled(cast, rng, name, "pros", ("light", "light", "dark", "tinted"), "Find a pro", own=True)
    pill(s.img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(s.img, f"{rng.choice(TRADES)} near {rng.randrange(10000, 99999)}", (70, y + 42), 0.55, GREY)
    y += 84
    chips(s.img, rng, 30, y, 4, 44, (110, 180), off(s.bg, 16), s.fg)
    y += 64
    if rng.random() < 0.55:
        y = section(s, y, "Top rated this month", True)
        y += top_pros(cast, rng, s, y)
    y = section(s, y, f"{rng.randrange(12, 300)} pros near you", False)
    return rows_to_tab_bar(s, rng, y, 380, lambda t: pro_card(cast, rng, s, t))


def job_reviews(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A contractor's reviews: the bar; the banner (``crew_banner``: on 60 % the crew on site, 28-48
    px at the front); the score (``rating_bars``); project photos (``project_strip``: homeowners
    18-44 px on some, past the right edge); reviews (``review_item``: 22-32 px, helpful stacks of
    18-22 px, the owner's reply 20-26 px) down to the "Request a quote" button."""
    s = new_screen(rng, name, cast.kind("contractor"), ("light", "tinted", "light", "dark"))
    y = STATUS_H + 10
    chevron(s.img, 36, y + 50, s.fg, back=True)
    heading(s, 80, y + 62, "Reviews", 0.95)
    y += 90
    y += crew_banner(cast, rng, s, y)
    y += rating_bars(s, rng, y)
    y = section(s, y, "Project photos", True)
    y += project_strip(cast, rng, s, y)
    foot = H - NAV_H - 120
    while foot - y > 200:
        y += review_item(cast, rng, s, y, foot - y)
    return H39.finish_with_button(s, foot, "Request a quote")


def museum_guides(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A museum's guided tours: the hero (``museum_hero``: the guide's face 80-220 px); the guides
    (``guide_carousel``: 40-60 px in rings under languages' flags, past the right edge); today's
    times (``tour_slot``: the guide 22-30 px, who booked 18-22 px); visitors' reviews
    (``visitor_review``: 22-30 px) where there is room, above the "Book tickets" button."""
    s = new_screen(rng, name, cast.kind("museum"), ("light", "tinted", "light", "dark"))
    y = STATUS_H
    y += museum_hero(cast, rng, s, y)
    chevron(s.img, 36, STATUS_H + 100, WHITE, back=True)
    y = section(s, y, "Our guides", True)
    y += guide_carousel(cast, rng, s, y)
    y = section(s, y, "Today", False)
    foot = H - NAV_H - 120
    for _ in range(rng.randrange(2, 4)):
        if y + 130 > foot:
            break
        y += tour_slot(cast, rng, s, y)
    H38.rows_above(s, y, foot, "Visitors say", lambda t: visitor_review(cast, rng, s, t))
    return H39.finish_with_button(s, foot, "Book tickets")


def tour_group(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tour company's app on a day of a group's trip: the title and one's 22-26 px face; the day's
    group photo (``group_shot``: front faces 24-52 px, name tags over some chins); the guide
    (``guide_strip``: 36-52 px); on 60 % one or two prints of the day turned a little
    (``polaroid``: 24-50 px, grey on some); the travellers (``member_cell``: 24-36 px in one or two
    rows of five or six, ticks when checked in, faded when not here yet); the rest of the day's
    stops (``itinerary_row``) down to the tab bar, which cuts the last."""
    s, y = titled(cast, rng, name, "tour", ("light", "light", "tinted", "dark"), rng.choice(SITES), own=True)
    y += group_shot(cast, rng, s, y)
    y += guide_strip(cast, rng, s, y)
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            w = (WIDTH - 80) // 2
            a = polaroid(cast, rng, s, 20, y, w, rng.uniform(3, 9))
            b = polaroid(cast, rng, s, 40 + w, y + rng.randrange(0, 30), w, -rng.uniform(3, 9))
            y += max(a, b)
        else:
            y += polaroid(
                cast,
                rng,
                s,
                rng.randrange(60, 200),
                y,
                rng.randrange(560, 700),
                rng.choice((-1, 1)) * rng.uniform(2, 7),
            )
    y = section(s, y, f"Travellers - {rng.randrange(8, 30)}", True)
    cols = rng.choice((5, 6))
    cw = (WIDTH - 40) // cols
    for row in range(rng.choice((1, 2, 2))):
        for k in range(cols):
            member_cell(cast, rng, s, 20 + k * cw, y + row * 120, cw)
    y += 120 * (row + 1)
    foot = H - NAV_H - 120
    y = section(s, y, "Rest of the day", False) if y + 116 < foot else foot  # a heading over a stop
    return rows_to_tab_bar(s, rng, y, 60, lambda t: itinerary_row(s, rng, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    send_money,
    advisor_desk,
    support_chat,
    attorney_grid,
    court_hearing,
    case_docket,
    trades_market,
    job_reviews,
    museum_guides,
    tour_group,
)
# with people: each twice a round but two (an advisor's page and a museum's tours, a few large faces
# each)
ONCE = (advisor_desk, museum_guides)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a firm's headshots with round things in
# the people's places, a hearing's grid of cameras, a tour group's photos and travellers)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, attorney_grid, court_hearing, tour_group)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT54_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h54", photos, free, seed, reps)
