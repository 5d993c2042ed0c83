"""Held-out screens, forty-fifth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a car's dented flank, a ceiling's water
stain, a phone shop's display wall, law reports on a bookcase, a tax form by a calculator, a
broadband router, a block of flats, a signed contract under a notary's seal; nothing with eyes, a
mouth or a mask); every random choice from ``HELDOUT45_SEED`` (45454; the environment's
``HELDOUT45_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped. heldout11's
``Cast`` (through heldout26's, heldout40's, heldout41's and heldout43's; this set's screens are
marked h45-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box
is inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in the apps of customer service and advice (insurance, legal help, banking,
telecoms, accountants, notaries, tenants' unions, comparison sites and helplines), most of them
small: an insurance claim's video inspection, one's own camera on the damage and the adjuster in a
tile over its corner, the claim's tracker whose steps done are the handlers' faces; a lawyer
directory's cards with scores and ratings' bars, a featured firm's team or a lawyer's video answer;
a bank's chat handed from its bot to an advisor, the queue's card, the handover, a colleague
joining and the advisor typing; a help desk's ticket with its requester, assignee, followers,
agents' replies, internal notes and events; a telecom shop's "now serving" board of desks with the
advisers' photos and the staff on the floor; an accountant's client portal, the accountant and the
team, requests and documents reviewed; a remote notarisation, the notary large, the signers' tiles,
identity checks pairing each ID's printed photo with the live crop and "Sign here" flags on the
deed; a tenants' union's advice forum with caseworkers' answers; a comparison site's expert pick,
its experts and deals reviewed by them; a helpline's callback slots, each free one with the face of
who would call. Near repeats avoided: heldout2's picture-in-picture call, heldout24's telehealth
visit, heldout38's mortgage adviser's call and heldout43's plant doctor (the other person large,
one's own camera small in a corner or on a sick leaf; here one's own camera fills the screen with
the damage, no face, the adjuster is the small tile over its corner, rounded over the view, and the
claim's steps carry the handlers' faces); heldout23's local pros, heldout27's quotes compared,
heldout37's company reviews and heldout38's agent ranking (pros' cards, pros heading a table,
reviews under initials, agents in medal rings; here lawyers' cards with a score's box and five bars
of ratings, a featured firm's team photo with the partners rimmed over its foot, or a lawyer's video
answer before law reports); heldout3's typing indicator, heldout22's team chat, heldout36's personal
shopper's chat and heldout40's chats with typing bubbles over the avatars (here a bank's chat handed
from a bot, its avatar the bank's mark, to a person: the queue's card with the advisors online, the
advisor's face in the middle at the handover, a colleague joining mid-chat, a statement shared, the
typing dots in a bubble of their own by the advisor's face); heldout22's mail and heldout26's forum
thread (a thread of mails, nested replies; here a help desk's ticket: requester, assignee under a
headset's badge and followers, agents' replies under headsets' badges, internal notes on yellow,
status events with the agent's tiny face inline); heldout25's public comment's queue, heldout32's
front desk and heldout37's fair's booth queues (stacks of who waits, a clerk; here a shop's board of
desks, each adviser's photo beside the number served in amber, one's ticket, staff on the floor);
heldout25's bank app and heldout39's adviser booking (send-again circles, advisers' headshots in a
grid; here an accountant's card over the team, requests with who asked, documents' tiles with the
reviewer over their corner); heldout25's digital ID, heldout39's identity check and heldout42's
e-gate (an ID's portrait and ghost, a selfie in an oval, a passport's data page; here a notary's
call before law reports, the signers' and a witness's tiles over its edge, each signer's ID photo
paired with the live crop and the match's score, flags with the signers' faces on the deed);
heldout3's and heldout26's forums, heldout33's hobby forum and heldout27's tenant app (threads and
replies, a manager's posts; here a tenants' union's questions, anonymous askers as houses,
caseworkers' answers on green cards, caseworkers on duty); heldout27's quotes compared (pros
heading a table's columns; here deals' rows under providers' logos, reviewed by the experts' small
faces, and the expert's pick with the expert over its edge); heldout32's salon booking and
heldout36's studio booking (stylists in rings, slots as chips; here counsellors in rounded squares
with presence dots, every free slot with the face of who would call, full slots struck through).
Ten layouts:
- an insurance claim's video inspection (``claim_video``): the adjuster (``adjuster_tile``: 80-210
  px); the adjuster's card (44-72 px); the claim's tracker (``claim_tracker``: 22-30 px); who else
  is on the claim (18-22 px); notes (``handler_note``: 20-26 px);
- a lawyer directory (``lawyer_directory``): one's 22-26 px face; a featured firm (``featured_firm``:
  18-60 px, partners 28-40 px) or a video answer (``answer_video``: 100-220 px); lawyers
  (``lawyer_row``: 30-48 px, reviewers 18-22 px);
- a bank's advisor chat (``advisor_chat``): the advisor (28-40 px); the queue (``queue_card``: 18-24
  px); the handover (``handover``: 56-100 px); turns (``chat_turn``: 22-30 px, a colleague 18-22 px);
- a help desk's ticket (``ticket_thread``): requester (26-34 px), assignee (24-32 px), followers
  (18-22 px); replies (``ticket_entry``: 28-40 px, photos of 18-40 px); events (18-22 px);
- a telecom shop's queue (``queue_board``): desks (``desk_tile``: 50-100 px); staff on the floor
  (28-40 px, cut by the right edge); appointments (``appointment_row``: 22-30 px);
- an accountant's client portal (``accountant_portal``): one's 22-26 px face; the accountant
  (``accountant_card``: 64-170 px, the team 24-32 px); requests (20-26 px); documents (18-24 px);
- a remote notarisation (``notary_session``): the notary (110-290 px); signers (``signer_tile``:
  28-60 px); identity checks (``id_match``: 24-40 and 30-44 px); flags (18-22 px); the log;
- a tenants' advice forum (``tenants_forum``): members (18-22 px); the meeting (18-50 px, going
  18-22 px); caseworkers (30-40 px, cut by the right edge); questions (``forum_topic``: 24-32 px);
- a comparison site's experts (``expert_compare``): one's 22-26 px face; the pick (``expert_pick``:
  56-110 px); experts (40-60 px, cut by the right edge); deals (``deal_row``: 18-26 px);
- a helpline's callback (``callback_scheduler``): counsellors (44-60 px); slots (``slot_grid``:
  18-22 px); the booked call (``confirm_card``: 48-96 px); past calls (``call_row``: 22-30 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut (``cut_photo``
and heldout37's ``wide_photo`` show held-out group photos at whatever size their people come) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). Staff on the
floor, caseworkers on duty and the experts run past the right edge, their last item across it with
39-91 % of it showing (``carousel``, through heldout38's ``across_edge``), so some faces are cut by
the edge and counted while half of their box shows (the capture's right 8 px are black padding).
Light, dark and tinted themes (the inspection and the notarisation mostly dark); JPEG quality
30-60. Name labels, tags, chips, ribbons, ticks, headsets', presence and mute badges, score boxes,
sign flags, buttons, the reply box and tab bars take the pixels they cover; a face under
them counts while half of its box shows; rings and rims are drawn before the faces they hold, and
the adjuster's, the notary's and the signers' tiles round their corners over what lay there
(``round_off``); the scrims along the firm's banner and the video answer leave the faces under them
counted as they look; initials, the bank's mark, houses in discs, providers' logos, "+N" discs,
dashed steps and drawn things (wheels, seals, status lights, windows) are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,058 faces (842 under 32 px, 161 of 32-63, 40 of 64-127, 15
larger; 880 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, tiles, cards,
stacks, rings and slots, round things where an adjuster, a lawyer or a notary would be); ``reps=1``
a quarter (18 screens with 268 faces: 208, 49, 9 and 2 by size, 219 under 40 px; 13 face-free).
Each layout has people twice a round but the inspection and the notarisation, once (one large face
and a few small ones, and a notary, the signers and their checks: 6.75 and 12.75 faces a screen at
4 reps). The faces of each layout at 4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    claim_video          4 screens    27 faces:  20,   3,   2,   2
    lawyer_directory     8 screens    97 faces:  76,  15,   0,   6
    advisor_chat         8 screens    63 faces:  56,   2,   5,   0
    ticket_thread        8 screens    64 faces:  61,   3,   0,   0
    queue_board          8 screens   140 faces: 111,  12,  17,   0
    accountant_portal    8 screens    89 faces:  81,   0,   5,   3
    notary_session       4 screens    51 faces:  26,  20,   1,   4
    tenants_forum        8 screens   220 faces: 207,  12,   1,   0
    expert_compare       8 screens   146 faces:  75,  64,   7,   0
    callback_scheduler   8 screens   161 faces: 129,  30,   2,   0
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
import heldout11 as H11
import heldout15 as H15
import heldout43 as H43
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import cut_photo, face_avatar, note
from heldout21 import chips, progress, words
from heldout22 import name_label, stack
from heldout23 import WIDTH, new_screen, ribbon, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import who
from heldout26 import status_dot
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar, wide_photo
from heldout38 import across_edge, rimmed, rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled

DEFAULT_SEED = 45454


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT45_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 45454."""
    return int(env.get("HELDOUT45_SEED") or DEFAULT_SEED)


HELDOUT45_SEED = seed_from(os.environ)

AMBER: Colour = (40, 170, 245)  # BGR
PAPER: Colour = (245, 248, 250)
BRICK: Colour = (60, 80, 150)
SKY: Colour = (230, 200, 150)
SURNAMES: tuple[str, ...] = (
    "Okafor", "Lindqvist", "Haddad", "Moreau", "Kowalski", "Tanaka", "Reyes", "Byrne",
)  # fmt: skip
PRACTICE: tuple[str, ...] = ("Family", "Employment", "Housing", "Immigration", "Wills", "Injury", "Debt")


def dashed_ring(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, t: int = 2) -> None:
    """An empty place drawn as a dashed circle (a step to come, a slot nobody takes): twelve arcs
    with gaps between them (never a face)."""
    for k in range(12):
        cv2.ellipse(img, c, (r, r), 0, k * 30, k * 30 + 18, colour, t, cv2.LINE_AA)


def face_or_initials(
    cast: Cast, rng: random.Random, s: Screen, at: tuple[int, int], size: tuple[float, float], shape: str,
    plain: float = 0.15, even: bool = False,
) -> int:  # fmt: skip
    """A face of ``size`` px (the range, skewed small unless ``even``) in an avatar of ``shape`` at
    ``at``, or on ``plain`` of them an initials avatar of the same side (never a face). Returns the
    side."""
    hi = size[1] if even else small(rng, size[0] + 0.5, size[1])
    fp, side = _size(rng, size[0], hi, (1.12, 1.25))
    if rng.random() < plain:
        H3.initials(s.img, rng, at[0], at[1], side, shape, None)
    else:
        cast.avatar(s, at[0], at[1], fp, side, shape)
    return side


def carousel(rng: random.Random, step: float, side: int) -> list[int]:
    """The left ends of a row of avatars ``side`` px wide about ``step`` px apart from x = 30, the
    last one across the screen's right edge with 39-91 % of it showing (heldout38's ``across_edge``
    told of a side 1.3 times larger): its face is cut by the edge, counted while half of its box
    shows, which it does on most rows."""
    return across_edge(rng, step, round(side * 1.3))


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def dented_car(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A car's flank close up, as a claim's photo frames it: a wall or a street behind, the body's
    panel in a metallic paint graded top to foot with a bright crease along the shoulder, a door's
    seam and handle, one wheel (a dark tyre, a spoked silver rim) cut by the frame's foot, the dent
    (a dark hollow with a bright lip along its upper edge) and scratches running from it."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (205, 205, 200), (110, 115, 120))
    top, foot = round(h * rng.uniform(0.1, 0.22)), round(h * rng.uniform(0.76, 0.88))
    paint = rng.choice(((150, 60, 30), (40, 40, 170), (200, 200, 200), (70, 70, 70), (40, 120, 60)))
    gradient(img, (0, top, w, foot), tone(paint, 45), tone(paint, -45))
    crease = top + (foot - top) // 4
    cv2.line(
        img, (0, crease), (w, crease + rng.randrange(-3, 4)), tone(paint, 95), max(1, h // 70), cv2.LINE_AA
    )
    seam = round(w * rng.uniform(0.35, 0.65))
    cv2.line(img, (seam, top), (seam, foot), tone(paint, -75), max(1, w // 180))
    hx, hy = seam - max(8, w // 5), crease + max(3, h // 25)
    cv2.rectangle(img, (hx, hy), (hx + max(6, w // 9), hy + max(2, h // 40)), tone(paint, -60), -1)
    r = max(4, round(h * rng.uniform(0.26, 0.36)))
    wc = (round(w * rng.choice((0.14, 0.86))), foot + r // 3)
    cv2.circle(img, wc, round(r * 1.15), (35, 35, 35), -1, cv2.LINE_AA)
    cv2.circle(img, wc, r, (22, 22, 22), -1, cv2.LINE_AA)
    cv2.circle(img, wc, r * 3 // 5, (175, 175, 180), -1, cv2.LINE_AA)
    turn = rng.uniform(0, 72)
    for k in range(5):
        a = math.radians(turn + 72 * k)
        tip = (wc[0] + round(r * 0.55 * math.cos(a)), wc[1] + round(r * 0.55 * math.sin(a)))
        cv2.line(img, wc, tip, (120, 120, 125), max(1, r // 9), cv2.LINE_AA)
    cv2.circle(img, wc, max(2, r // 7), (90, 90, 95), -1, cv2.LINE_AA)
    d = (
        rng.randrange(w // 4, w * 3 // 4),
        rng.randrange(crease + 2, max(crease + 3, foot - (foot - crease) // 3)),
    )
    axes = (max(3, round(w * rng.uniform(0.08, 0.15))), max(2, round(h * rng.uniform(0.05, 0.09))))
    tilt = rng.uniform(-20, 20)
    cv2.ellipse(img, d, axes, tilt, 0, 360, tone(paint, -55), -1, cv2.LINE_AA)
    cv2.ellipse(img, d, axes, tilt, 200, 340, tone(paint, 85), max(1, axes[1] // 4), cv2.LINE_AA)
    for _ in range(rng.randrange(2, 6)):
        a = rng.uniform(-0.5, 0.5) + (0 if rng.random() < 0.5 else math.pi)
        n = rng.uniform(1.2, 3.0) * axes[0]
        end = (d[0] + round(n * math.cos(a)), d[1] + round(n * math.sin(a)))
        cv2.line(img, d, end, (225, 225, 225), 1, cv2.LINE_AA)
    return img


def water_stain(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A ceiling after a leak, as a claim's photo frames it: pale plaster with a faint grain, the
    wall under a white cornice, a stain spreading from a point (tide marks as wavy rings of
    yellow-brown one inside another, their edges darker), a crack running from it, on half a light
    fitting's round white base."""
    plaster = rng.choice(((235, 238, 240), (225, 232, 236), (215, 225, 235)))
    img = np.full((h, w, 3), plaster, np.uint8)
    speckle(img, rng, (0, 0, w, h), max(40, w * h // 50), 12)
    wall = round(h * rng.uniform(0.68, 0.86))
    img[wall:] = random_colour(rng, 150, 225)
    cv2.line(img, (0, wall), (w, wall), (250, 250, 250), max(2, h // 60))
    c = (rng.randrange(w // 5, w * 4 // 5), rng.randrange(h // 6, max(h // 6 + 1, wall * 2 // 3)))
    base = max(4, round(min(w, h) * rng.uniform(0.15, 0.3)))
    over = img.copy()
    turns = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    for k in range(rng.randrange(3, 6)):
        rad = base * (1 - k * 0.17) * (1 + 0.2 * np.sin(3 * turns + rng.uniform(0, 6)))
        pts = np.stack((c[0] + 1.3 * rad * np.cos(turns), c[1] + 0.85 * rad * np.sin(turns)), axis=1)
        ring = [np.round(pts).astype(np.int32)]
        cv2.fillPoly(over, ring, tone((115, 175, 205), -12 * k), cv2.LINE_AA)
        cv2.polylines(over, ring, True, tone((80, 130, 170), -12 * k), max(1, base // 25), cv2.LINE_AA)
    img = cv2.addWeighted(over, 0.55, img, 0.45, 0)
    p, a = c, rng.uniform(0, 2 * math.pi)
    for _ in range(rng.randrange(4, 9)):
        a += rng.uniform(-0.6, 0.6)
        q = (p[0] + round(base * 0.3 * math.cos(a)), p[1] + round(base * 0.3 * math.sin(a)))
        cv2.line(img, p, q, (110, 115, 120), 1, cv2.LINE_AA)
        p = q
    if rng.random() < 0.5:
        f = (rng.randrange(w), rng.randrange(max(1, wall // 2)))
        cv2.circle(img, f, max(3, min(w, h) // 14), (250, 250, 250), -1, cv2.LINE_AA)
        cv2.circle(img, f, max(3, min(w, h) // 14), (200, 200, 200), 1, cv2.LINE_AA)
    return img


def phone_wall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A phone shop's display wall: a back panel in the brand's colour, two or three rows of phones
    standing on white shelves' lips (dark bodies whose screens glow with a graded wallpaper, a
    pill-shaped cut-out at the top), security cables hanging from them, a white price card under
    each."""
    brand = rng.choice(((150, 60, 20), (40, 40, 180), (120, 40, 120), (30, 130, 200), (60, 60, 60)))
    img = np.full((h, w, 3), brand, np.uint8)
    gradient(img, (0, 0, w, max(1, h // 5)), tone(brand, 35), brand)
    rows = 2 if h <= w else 3
    rh = h // rows
    for r in range(rows):
        shelf = (r + 1) * rh - max(4, rh // 6)
        cv2.rectangle(img, (0, shelf), (w, shelf + max(2, rh // 16)), (235, 235, 235), -1)
        n = rng.randrange(3, 6)
        pw = max(4, round(w / n * 0.48))
        ph = max(6, min(round(pw * 2.0), round(rh * 0.68)))
        for k in range(n):
            x, y = round((k + 0.5) * w / n - pw / 2), shelf - ph - max(2, rh // 14)
            cv2.rectangle(img, (x, y), (x + pw, y + ph), (25, 25, 25), -1)
            e = max(1, pw // 14)
            gradient(
                img,
                (x + e, y + e, x + pw - e, y + ph - e),
                random_colour(rng, 70, 240),
                random_colour(rng, 40, 200),
            )
            cv2.rectangle(
                img,
                (x + pw // 3, y + 2 * e),
                (x + pw * 2 // 3, y + 2 * e + max(1, ph // 30)),
                (20, 20, 20),
                -1,
            )
            cv2.line(
                img,
                (x + pw // 2, y + ph),
                (x + pw // 2 + rng.randrange(-pw // 2, pw // 2 + 1), shelf),
                (60, 60, 60),
                max(1, pw // 20),
            )
            cv2.rectangle(img, (x, shelf + max(3, rh // 12)), (x + pw, shelf + max(6, rh // 6)), WHITE, -1)
    return img


def law_shelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A lawyer's bookcase: dark wooden shelves with bound law reports standing on them (spines of
    oxblood, green, navy or tan, two gold bands across each near its top and a dark label under
    them), a gap where a volume is out, a last one leaning on some."""
    wood = rng.choice(((30, 50, 80), (40, 60, 90), (25, 35, 55)))
    img = np.full((h, w, 3), tone(wood, -10), np.uint8)
    rows = max(2, round(h / max(40, w * 0.4)))
    rh = h // rows
    for r in range(rows):
        y0, board = r * rh, r * rh + rh - max(3, rh // 9)
        cv2.rectangle(img, (0, board), (w, y0 + rh), tone(wood, 25), -1)
        spines = rng.sample(((30, 30, 120), (40, 90, 40), (90, 40, 30), (80, 120, 170), (20, 20, 20)), 3)
        x = rng.randrange(0, max(1, w // 20))
        while x < w:
            bw = max(3, round(w * rng.uniform(0.035, 0.06)))
            if rng.random() < 0.06:
                x += bw
                continue
            bh = round((board - y0) * rng.uniform(0.72, 0.92))
            colour = tone(rng.choice(spines), rng.randrange(-15, 16))
            cv2.rectangle(img, (x, board - bh), (x + bw - 1, board), colour, -1)
            for f in (0.14, 0.26):
                yy = board - bh + round(bh * f)
                cv2.line(img, (x, yy), (x + bw - 1, yy), (60, 170, 210), max(1, bh // 45))
            cv2.rectangle(
                img,
                (x + 1, board - bh + round(bh * 0.32)),
                (x + bw - 2, board - bh + round(bh * 0.42)),
                tone(colour, -35),
                -1,
            )
            x += bw + (1 if rng.random() < 0.8 else 0)
    return img


def tax_form(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A tax return on a desk: the desk's top, a white form over most of the frame (a coloured
    header band with the title as a pale bar, rows of boxes to fill, figures written in some as
    short dark bars, a column of tick boxes), a calculator over one corner (a grey body, a green
    display, a grid of keys)."""
    desk = rng.choice(((70, 110, 150), (200, 205, 210), (60, 60, 65), (100, 140, 180)))
    img = np.full((h, w, 3), desk, np.uint8)
    px, py = round(w * rng.uniform(0.06, 0.14)), round(h * rng.uniform(0.05, 0.1))
    pw, ph = w - 2 * px, h - py - max(2, h // 20)
    cv2.rectangle(img, (px, py), (px + pw, py + ph), PAPER, -1)
    band = rng.choice(((140, 90, 30), (60, 120, 40), (50, 50, 160)))
    cv2.rectangle(img, (px, py), (px + pw, py + max(3, ph // 9)), band, -1)
    cv2.rectangle(img, (px + pw // 12, py + ph // 30), (px + pw // 2, py + ph // 15), tone(band, 80), -1)
    line = max(4, ph // 11)
    for k in range(2, 10):
        y = py + k * line
        cv2.rectangle(img, (px + pw // 12, y), (px + pw // 3, y + max(1, line // 6)), (160, 160, 160), -1)
        bx = px + pw // 2
        cv2.rectangle(img, (bx, y - line // 3), (px + pw * 11 // 12, y + line // 3), (120, 120, 120), 1)
        if rng.random() < 0.6:
            cv2.rectangle(img, (bx + 4, y - 1), (bx + 4 + rng.randrange(4, max(5, pw // 4)), y + 1), INK, -1)
        tb = max(2, line // 3)
        cv2.rectangle(
            img, (px + pw * 3 // 8, y - tb // 2), (px + pw * 3 // 8 + tb, y + tb // 2), (120, 120, 120), 1
        )
    cw, ch = max(8, w // 4), max(10, h // 3)
    cx, cy = (w - cw - w // 30, h - ch - h // 30) if rng.random() < 0.5 else (w // 30, h - ch - h // 30)
    cv2.rectangle(img, (cx, cy), (cx + cw, cy + ch), (80, 80, 85), -1)
    cv2.rectangle(img, (cx + cw // 10, cy + ch // 12), (cx + cw * 9 // 10, cy + ch // 4), (150, 190, 160), -1)
    kw, kh = max(1, cw * 8 // 10 // 4), max(1, ch * 6 // 10 // 4)
    for r in range(4):
        for k in range(4):
            x, y = cx + cw // 10 + k * kw, cy + ch * 3 // 10 + r * kh
            cv2.rectangle(img, (x + 1, y + 1), (x + kw - 1, y + kh - 1), (200, 200, 200), -1)
    return img


def router(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A broadband router on a shelf: a wall graded to the shelf's edge, the router's box (its front
    and a lighter top in perspective), two to four antennas raised at angles, a row of four to six
    status lights along its front (green, an amber one on some), cables curving away behind it."""
    wall = rng.choice(((210, 215, 220), (180, 200, 215), (150, 160, 170)))
    img = np.zeros((h, w, 3), np.uint8)
    shelf = round(h * rng.uniform(0.68, 0.8))
    gradient(img, (0, 0, w, shelf), wall, tone(wall, -40))
    gradient(img, (0, shelf, w, h), (90, 130, 170), (60, 90, 120))
    body = rng.choice(((245, 245, 245), (40, 40, 45)))
    bw, bh = round(w * rng.uniform(0.5, 0.7)), max(4, round(h * rng.uniform(0.14, 0.22)))
    bx, by = (w - bw) // 2, shelf - bh + max(2, h // 30)
    d = max(2, bh // 3)
    cv2.fillPoly(
        img,
        [np.array([[bx, by], [bx + d, by - d], [bx + bw + d, by - d], [bx + bw, by]], np.int32)],
        tone(body, 10 if sum(body) < 300 else -15),
    )
    cv2.rectangle(img, (bx, by), (bx + bw, by + bh), body, -1)
    for k in range(rng.randrange(2, 5)):
        ax = bx + round(bw * (0.15 + 0.7 * k / 3))
        a = math.radians(rng.uniform(-25, 25) - 90)
        n = h * rng.uniform(0.3, 0.45)
        tip = (ax + round(n * math.cos(a)), by - d + round(n * math.sin(a)))
        cv2.line(img, (ax, by - d), tip, (30, 30, 30), max(2, w // 40), cv2.LINE_AA)
    n = rng.randrange(4, 7)
    for k in range(n):
        lit = AMBER if k == n - 1 and rng.random() < 0.4 else (80, 220, 90)
        cv2.circle(
            img, (bx + bw // 6 + k * bw * 2 // 3 // n, by + bh // 2), max(1, bh // 9), lit, -1, cv2.LINE_AA
        )
    for k in range(2):
        pts = np.array(
            [
                [bx + bw - k * bw // 4, by + bh // 2],
                [w - k * w // 8, shelf + (h - shelf) // 2],
                [w, h - k * (h - shelf) // 3],
            ],
            np.int32,
        )
        cv2.polylines(img, [pts], False, (50, 50, 50), max(1, w // 90), cv2.LINE_AA)
    return img


def apartment_block(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A block of flats from the street: a sky graded to the roofline, the façade in brick or
    render, a grid of windows (a frame, a mullion and a transom; lit yellow, dark or with a blind
    half down), balconies' rails under some rows, the entrance's door and canopy at the foot, a
    street tree's crown at one side."""
    img = np.zeros((h, w, 3), np.uint8)
    roof = round(h * rng.uniform(0.05, 0.2))
    gradient(img, (0, 0, w, max(1, roof)), tone(SKY, -30), (240, 235, 225))
    wallc = rng.choice((BRICK, (170, 190, 205), (200, 200, 195), (120, 150, 180)))
    img[roof:] = wallc
    cols, rows = rng.randrange(4, 8), rng.randrange(3, 7)
    cw, rh = w / cols, (h - roof) / (rows + 0.8)
    for r in range(rows):
        for k in range(cols):
            x1, y1 = round(k * cw + cw * 0.22), round(roof + r * rh + rh * 0.2)
            x2, y2 = round((k + 1) * cw - cw * 0.22), round(roof + (r + 1) * rh - rh * 0.2)
            glass = rng.choice(((60, 190, 240), (70, 60, 50), (160, 150, 140)))
            cv2.rectangle(img, (x1, y1), (x2, y2), (235, 235, 235), -1)
            e = max(1, (x2 - x1) // 10)
            cv2.rectangle(img, (x1 + e, y1 + e), (x2 - e, y2 - e), glass, -1)
            if rng.random() < 0.25:
                cv2.rectangle(img, (x1 + e, y1 + e), (x2 - e, (y1 + y2) // 2), (150, 190, 215), -1)
            cv2.line(img, ((x1 + x2) // 2, y1), ((x1 + x2) // 2, y2), (235, 235, 235), e)
            cv2.line(img, (x1, y1 + (y2 - y1) // 3), (x2, y1 + (y2 - y1) // 3), (235, 235, 235), e)
        if rng.random() < 0.4:
            ry = round(roof + (r + 1) * rh - rh * 0.12)
            cv2.rectangle(img, (0, ry), (w, ry + max(1, h // 120)), (60, 60, 60), -1)
    dx = round(w * rng.uniform(0.35, 0.55))
    cv2.rectangle(img, (dx, h - round(rh * 0.7)), (dx + max(4, round(cw * 0.6)), h), (50, 60, 70), -1)
    cv2.rectangle(
        img,
        (dx - 6, h - round(rh * 0.8)),
        (dx + max(10, round(cw * 0.6)) + 6, h - round(rh * 0.7)),
        (90, 90, 90),
        -1,
    )
    tx = rng.choice((0, w))
    for _ in range(10):
        c = (tx + rng.randrange(-w // 8, w // 8 + 1), h - round(h * rng.uniform(0.15, 0.4)))
        cv2.circle(img, c, max(3, w // 14), tone((50, 120, 60), rng.randrange(-25, 25)), -1, cv2.LINE_AA)
    return img


def signed_page(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A contract signed and sealed on a desk: the desk, a page of text (grey bars in paragraphs),
    signature lines with a signature's loops on one or two, a notary's embossed seal by them (a
    scalloped disc of red or gold foil with a ring and a five-pointed star), a pen laid across a
    corner."""
    desk = rng.choice(((60, 90, 130), (40, 50, 60), (180, 190, 200)))
    img = np.full((h, w, 3), desk, np.uint8)
    px, py = round(w * rng.uniform(0.08, 0.16)), round(h * rng.uniform(0.04, 0.1))
    pw, ph = w - 2 * px, h - py
    cv2.rectangle(img, (px, py), (px + pw, py + ph), PAPER, -1)
    line = max(3, ph // 22)
    y = py + line * 2
    while y < py + ph * 0.6:
        end = px + pw // 10 + round(pw * 0.8 * (rng.uniform(0.5, 0.8) if rng.random() < 0.2 else 1.0))
        cv2.rectangle(img, (px + pw // 10, y), (end, y + max(1, line // 4)), (175, 175, 175), -1)
        y += line * (2 if rng.random() < 0.15 else 1)
    for k in range(2):
        sy = round(py + ph * (0.72 + 0.12 * k))
        x1, x2 = px + pw // 10, px + pw // 10 + pw * 2 // 5
        cv2.line(img, (x1, sy), (x2, sy), (90, 90, 90), 1)
        if k == 0 or rng.random() < 0.6:
            t = np.linspace(0, 1, 40)
            loops = np.stack(
                (x1 + t * (x2 - x1), sy - line * (0.6 + 0.5 * np.sin(t * rng.uniform(12, 22)))), 1
            )
            cv2.polylines(
                img, [np.round(loops).astype(np.int32)], False, (120, 50, 20), max(1, line // 5), cv2.LINE_AA
            )
    c, r = (px + pw * 3 // 4, round(py + ph * 0.78)), max(4, min(pw, ph) // 8)
    foil = rng.choice(((40, 40, 190), (40, 160, 210)))
    for k in range(24):
        a = 2 * math.pi * k / 24
        cv2.circle(
            img, (c[0] + round(r * math.cos(a)), c[1] + round(r * math.sin(a))), max(1, r // 5), foil, -1
        )
    cv2.circle(img, c, r, foil, -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 3 // 4, tone(foil, 50), max(1, r // 12), cv2.LINE_AA)
    pts = [
        (
            c[0] + (r * 0.5 if k % 2 == 0 else r * 0.2) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c[1] + (r * 0.5 if k % 2 == 0 else r * 0.2) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(img, [np.round(np.array(pts)).astype(np.int32)], tone(foil, 60), cv2.LINE_AA)
    a = (rng.randrange(w // 2, w), h - 1)
    cv2.line(img, a, (w - 1, rng.randrange(h // 2, h)), (30, 30, 30), max(2, w // 45), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    dented_car, water_stain, phone_wall, law_shelf, tax_form, router, apartment_block, signed_page,
)  # fmt: skip
DAMAGE: tuple[H11.Render, ...] = (dented_car, water_stain)  # an inspection's view, a claim's photos
BEHIND: tuple[H11.Render, ...] = (law_shelf, apartment_block)  # behind an adjuster or a notary
PAPERS: tuple[H11.Render, ...] = (tax_form, signed_page)  # documents
KIT: tuple[H11.Render, ...] = (router, phone_wall)  # a telecom's screenshots and photos


@dataclass
class Cast(H43.Cast):
    """heldout43's cast (heldout41's, heldout40's, heldout26's and heldout11's: a scene of people or
    a thing; half of a face's box showing counts it), its screens marked h45-, whose drawn things
    are this set's: a dented car, a water stain, a phone shop's wall, law reports on a shelf, a tax
    form, a router, a block of flats, a signed and sealed contract."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h45-" + super().kind(layout).removeprefix("h43-")


# ----------------------------------------------------------------------------------------------
# Small parts: an adjuster's tile, a claim's tracker, rows, tiles and cards, people in them or
# things.
# ----------------------------------------------------------------------------------------------


def round_off(s: Screen, rect: tuple[int, int, int, int], r: int, rim: Colour, under: np.ndarray) -> None:
    """Round ``rect``'s corners to ``r`` over what lay there before (``under``: the rectangle grown by
    5 px, copied before anything was drawn in it) and ring it in a 5 px rim of ``rim``: what the
    corners and the rim cover of a face is not the face's."""
    x1, y1, x2, y2 = rect
    w, h = x2 - x1 + 10, y2 - y1 + 10
    outer = rounded_rect(h, w, r + 5) > 0
    inner = np.zeros((h, w), bool)
    inner[5:-5, 5:-5] = rounded_rect(h - 10, w - 10, r) > 0
    view = s.img[y1 - 5 : y2 + 5, x1 - 5 : x2 + 5]
    view[~outer] = under[~outer]
    view[outer & ~inner] = rim


def adjuster_tile(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float
) -> None:
    """The adjuster's camera over an inspection's view in ``rect``: an office's shelves or a
    client's block behind (softened), the adjuster (heldout11's ``figure``: the face ``fp`` px round
    the tile's middle, high in it), the corners rounded over the view in a white rim, the name's
    label over the tile's foot, a muted mic's red dot on some."""
    x1, y1, x2, y2 = rect
    under = s.img[y1 - 5 : y2 + 5, x1 - 5 : x2 + 5].copy()
    blit(s.img, H15.blurred(H11.render(rng, x2 - x1, y2 - y1, BEHIND), rng.uniform(1.5, 3.5)), x1, y1)
    cx = x1 + (x2 - x1) * rng.uniform(0.44, 0.56)
    H11.figure(cast, s, cx, y1 + (y2 - y1) * rng.uniform(0.34, 0.42), fp, rect, True)
    round_off(s, rect, 20, WHITE, under)
    name_label(s.img, who(rng), x1 + 10, y2 - 10, 32)
    if rng.random() < 0.3:
        badge(s.img, (x2 - 26, y1 + 26), 14, RED, "x", None)


def capture_brackets(img: np.ndarray, rect: tuple[int, int, int, int], colour: Colour) -> None:
    """A camera's framing guide: an L-shaped bracket at each corner of ``rect``."""
    x1, y1, x2, y2 = rect
    n = max(20, (x2 - x1) // 8)
    for x, dx in ((x1, 1), (x2, -1)):
        for y, dy in ((y1, 1), (y2, -1)):
            cv2.line(img, (x, y), (x + dx * n, y), colour, 6)
            cv2.line(img, (x, y), (x, y + dy * n), colour, 6)


CLAIM_STEPS: tuple[str, ...] = ("Reported", "Inspection", "Estimate", "Approved", "Paid")


def claim_tracker(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A claim's progress across the screen: five steps on a line, each step done a handler's round
    22-30 px face in a green ring (initials on some), the current one in the accent's ring over a
    pale halo, the steps to come dashed empty circles (never faces); the steps' names under them.
    Returns its height (110 px)."""
    img = s.img
    done = rng.randrange(1, 4)
    pitch = (WIDTH - 120) // 4
    cy = y + 40
    cv2.line(img, (60, cy), (WIDTH - 60, cy), off(s.bg, 40), 4)
    cv2.line(img, (60, cy), (60 + done * pitch, cy), GREEN, 4)
    for k, label in enumerate(CLAIM_STEPS):
        cx = 60 + k * pitch
        if k > done:
            cv2.circle(img, (cx, cy), 18, s.bg, -1, cv2.LINE_AA)
            dashed_ring(img, (cx, cy), 18, GREY)
        else:
            fp, side = _size(rng, 22, small(rng, 22.5, 30), (1.12, 1.25))
            ring = GREEN if k < done else s.accent
            if k == done:
                halo = tuple((a + b) // 2 for a, b in zip(s.accent, s.bg, strict=True))
                cv2.circle(img, (cx, cy), side // 2 + 16, halo, -1, cv2.LINE_AA)
            cv2.circle(img, (cx, cy), side // 2 + 6, ring, -1, cv2.LINE_AA)
            cv2.circle(img, (cx, cy), side // 2 + 2, s.bg, -1, cv2.LINE_AA)
            at = (cx - side // 2, cy - side // 2)
            if rng.random() < 0.15:
                H3.initials(img, rng, at[0], at[1], side, "circle", None)
            else:
                cast.avatar(s, at[0], at[1], fp, side, "circle")
        note(img, label, (cx - 40, cy + 60), 0.45, s.fg if k <= done else GREY)
    return 110


def adjuster_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The claim's adjuster on a card: the 44-72 px face in a rounded square (initials on some),
    the name, "Licensed adjuster" and the licence's number, stars and the claims handled, call and
    chat buttons. Returns its height with the gap under it."""
    img = s.img
    card = off(s.bg, 10)
    ch = 150
    rounded_card(img, 20, y, WIDTH - 40, ch, 20, card)
    side = face_or_initials(cast, rng, s, (44, y + (ch - 86) // 2), (44, 72), "rounded")
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 48), 0.65, s.fg, 2)
    note(img, f"Licensed adjuster - No. {rng.randrange(100000, 999999)}", (x, y + 80), 0.45, GREY)
    for k in range(5):
        star(img, (x + 10 + k * 24, y + 108), 9, GOLD)
    note(img, f"{rng.randrange(40, 900)} claims", (x + 136, y + 114), 0.45, GREY)
    for k, colour in enumerate((GREEN, s.accent)):
        cv2.circle(img, (WIDTH - 150 + k * 76, y + ch // 2), 28, colour, -1, cv2.LINE_AA)
    return ch + 20


def handler_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A note on a claim's file: the handler's 20-26 px face (initials on some), the name and the
    time, a line of what was done. Returns its height (90 px)."""
    sd = face_or_initials(cast, rng, s, (30, y + 14), (20, 26), "circle")
    note(s.img, f"{who(rng)} - {rng.randrange(1, 12)}h ago", (50 + sd, y + 34), 0.5, GREY)
    note(s.img, words(rng, rng.randrange(3, 6)).lower(), (50 + sd, y + 66), 0.55, s.fg)
    return 90


def featured_firm(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A featured law firm's banner: its team's photo across the screen (heldout37's
    ``wide_photo``: faces 18-60 px cut by its edges, or a thing) with rounded corners, a "FEATURED"
    ribbon over its upper left, a scrim along its foot with the firm's name; its partners (round
    28-40 px faces in rims of the page) over the photo's lower right edge. Returns its height."""
    img, ph = s.img, 240
    wide_photo(cast, s, 30, y, WIDTH - 60, ph, 18.3, 60, rounded_rect(ph, WIDTH - 60, 20))
    H5.scrim(s, (30, y + ph - 70, WIDTH - 30, y + ph), 0.55)
    ribbon(img, 30, y + 20, "FEATURED", s.accent)
    note(img, f"{rng.choice(SURNAMES)} & {rng.choice(SURNAMES)} LLP", (54, y + ph - 26), 0.75, WHITE, 2)
    x = WIDTH - 60
    for _ in range(rng.randrange(2, 4)):
        fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.12, 1.22))
        x -= side + 16
        rimmed(cast, s, x, y + ph - side // 2, fp, side, s.bg)
    return ph + 50


def answer_video(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A lawyer's short video answer at the top of a directory: a rounded card before softened law
    reports, the lawyer (heldout11's ``figure``: the face 100-220 px, in the card's left half), a
    play button at the right, the question on a scrim along the card's foot, the length's tag.
    Returns its height with the gap under it."""
    img, vh = s.img, 330
    rect = (30, y, WIDTH - 30, y + vh)
    blit(img, H15.blurred(H11.render(rng, WIDTH - 60, vh, (law_shelf,)), rng.uniform(2, 4)), 30, y)
    cx = 30 + (WIDTH - 60) * rng.uniform(0.22, 0.42)
    H11.figure(cast, s, cx, y + vh * rng.uniform(0.36, 0.44), rng.uniform(100, 220), rect, True)
    H5.scrim(s, (30, y + vh - 80, WIDTH - 30, y + vh), 0.6)
    question = rng.choice(("Can my landlord keep my deposit?", "Fired while on leave?", "Do I need a will?"))
    note(img, question, (54, y + vh - 32), 0.7, WHITE, 2)
    cv2.circle(img, (WIDTH - 170, y + vh // 2 - 30), 50, WHITE, -1, cv2.LINE_AA)
    tri = np.array(
        [[WIDTH - 186, y + vh // 2 - 58], [WIDTH - 140, y + vh // 2 - 30], [WIDTH - 186, y + vh // 2 - 2]]
    )
    cv2.fillPoly(img, [tri.astype(np.int32)], INK, cv2.LINE_AA)
    tag(img, WIDTH - 150, y + 20, f"2:{rng.randrange(10, 59)}", (30, 30, 30), 34)
    rounded_corners(s, rect, 22)
    return vh + 24


def lawyer_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A lawyer in a directory's results: a card with the 30-48 px face in a rounded square
    (initials on some) under a verified tick over its lower right on 60 %; the name and firm, two
    practice areas' tags; the rating as a score in a coloured box at the right and five bars of how
    clients rated (five stars to one) under it; the years and the fee; on 60 % the reviewers' stack
    (18-22 px, "+N"). Returns its height with the gap under it (246 px)."""
    img = s.img
    card, ch = off(s.bg, 8), 230
    rounded_card(img, 20, y, WIDTH - 40, ch, 20, card)
    side = face_or_initials(cast, rng, s, (44, y + 26), (30, 48), "rounded", 0.12)
    if rng.random() < 0.6:
        tick_badge(img, (40 + side, y + 22 + side), 11, card)
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 52), 0.65, s.fg, 2)
    note(img, f"{rng.choice(SURNAMES)} Legal - {rng.uniform(0.3, 12):.1f} km", (x, y + 82), 0.45, GREY)
    tx = x
    for area in rng.sample(PRACTICE, 2):
        tx = tag(img, tx, y + 98, area, off(card, 22), 30)[2] + 10
    score = rng.uniform(7.0, 9.9)
    box = GREEN if score >= 9 else (AMBER if score >= 8 else (150, 110, 60))
    cv2.rectangle(img, (WIDTH - 140, y + 24), (WIDTH - 50, y + 90), box, -1)
    note(img, f"{score:.1f}", (WIDTH - 128, y + 70), 0.95, WHITE, 2)
    left = 1.0
    for k in range(5):
        share = left * rng.uniform(0.4, 0.8) if k < 4 else left
        left -= share
        progress(img, WIDTH - 250, y + 108 + k * 16, 200, share, GOLD, off(card, 24), 8)
    note(img, f"{rng.randrange(3, 35)} years - from {rng.randrange(90, 400)}/h", (x, y + 164), 0.45, GREY)
    if rng.random() < 0.6:
        end = stack(cast, s, rng, x, y + 176, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 300))
        note(img, "reviewed", (end + 10, y + 202), 0.45, GREY)
    elif rng.random() < 0.5:
        tag(img, x, y + 180, "Free first call", GREEN, 32)
    return ch + 16


def bank_mark(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A bank's mark in a disc (its chat bot's avatar, never a face): a pediment over three columns
    on a step, in white."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    x, y, u = c[0], c[1], max(2, r // 5)
    roof = np.array([[x - 3 * u, y - u], [x, y - 3 * u], [x + 3 * u, y - u]], np.int32)
    cv2.fillPoly(img, [roof], WHITE, cv2.LINE_AA)
    for k in (-2, 0, 2):
        cv2.rectangle(img, (x + k * u - u // 2, y - u + 2), (x + k * u + u // 2, y + 2 * u), WHITE, -1)
    cv2.rectangle(img, (x - 3 * u, y + 2 * u), (x + 3 * u, y + 2 * u + max(1, u // 2)), WHITE, -1)


def bubble(
    img: np.ndarray, x: int, y: int, w: int, lines: int, back: Colour, ink: Colour, rng: random.Random
) -> int:
    """A chat bubble at (x, y), ``w`` wide, of ``lines`` lines of words. Returns its height."""
    h = 26 + 34 * lines
    rounded_card(img, x, y, w, h, 22, back)
    for k in range(lines):
        note(img, words(rng, rng.randrange(2, 5)).lower(), (x + 22, y + 44 + 34 * k), 0.55, ink)
    return h


def dots_bubble(img: np.ndarray, x: int, y: int, back: Colour) -> None:
    """Someone typing in a chat: a bubble of ``back`` with three grey dots in it."""
    rounded_card(img, x, y, 120, 60, 26, back)
    for k in range(3):
        cv2.circle(img, (x + 34 + k * 26, y + 30), 8, GREY if k else tone(GREY, -50), -1, cv2.LINE_AA)


def queue_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The chat's queue before an advisor answers: a card with "You're number N in the queue", the
    wait as a bar, the advisors online now (a stack of 18-24 px, "+N"). Returns its height with the
    gap under it."""
    img = s.img
    card = off(s.bg, 12)
    rounded_card(img, 60, y, WIDTH - 120, 150, 20, card)
    note(img, f"You're number {rng.randrange(1, 9)} in the queue", (90, y + 46), 0.6, s.fg, 2)
    progress(img, 90, y + 64, WIDTH - 300, rng.uniform(0.2, 0.9), s.accent, off(card, 24), 8)
    end = stack(cast, s, rng, 90, y + 90, rng.randrange(2, 5), 18.3, 24, card, rng.randrange(0, 30))
    note(img, "advisors online", (end + 12, y + 118), 0.45, GREY)
    return 170


def handover(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A chat handed from the bot to a person: the advisor's round 56-100 px face in the middle with
    a verified tick over its lower right (initials on some), "You're chatting with <name>" and the
    advisor's team under it. Returns its height."""
    fp, side = _size(rng, 56, 100, (1.1, 1.2))
    x = (WIDTH - side) // 2
    if rng.random() < 0.1:
        H3.initials(s.img, rng, x, y, side, "circle", None)
    else:
        cast.avatar(s, x, y, fp, side, "circle")
    tick_badge(s.img, (x + side - 8, y + side - 8), 13, s.bg)
    text = f"You're chatting with {who(rng)}"
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 2)
    note(s.img, text, ((WIDTH - tw) // 2, y + side + 40), 0.6, s.fg, 2)
    team = rng.choice(("Mortgages team", "Card support", "Fraud team", "Business banking"))
    note(s.img, team, ((WIDTH - 170) // 2, y + side + 72), 0.5, GREY)
    return side + 96


def chat_turn(cast: Cast, rng: random.Random, s: Screen, y: int, kind: str) -> int:
    """A turn of a bank's chat with an advisor, of ``kind``: one's ``own`` message at the right (no
    face); the ``advisor``'s one or two bubbles with the 22-30 px face (initials on some) by the
    last; the advisor's shared ``statement`` (a drawn form in a bubble) by the face; or a colleague
    who ``joins`` (a centred line with the colleague's 18-22 px face in it). Returns its height."""
    img, bg = s.img, s.bg
    if kind == "own":
        w = rng.randrange(380, 620)
        return bubble(img, WIDTH - 30 - w, y, w, rng.randrange(1, 3), s.accent, WHITE, rng) + 22
    if kind == "joins":
        note(img, "joined the chat", (WIDTH // 2 - 20, y + 34), 0.5, GREY)
        sd = face_or_initials(cast, rng, s, (WIDTH // 2 - 70, y + 10), (18.3, 22), "circle", 0.1)
        cv2.line(img, (60, y + 10 + sd // 2), (WIDTH // 2 - 90, y + 10 + sd // 2), off(bg, 20), 1)
        return 70
    top, x = y, 104
    back = off(bg, 16)
    if kind == "statement":
        blit(img, H11.render(rng, 300, 200, PAPERS), x, y, rounded_rect(200, 300, 18))
        y += 212
    else:
        for _ in range(rng.randrange(1, 3)):
            y += bubble(img, x, y, rng.randrange(360, 640), rng.randrange(1, 3), back, s.fg, rng) + 10
    face_or_initials(cast, rng, s, (30, y - 48), (22, 30), "circle", 0.1)
    return y - top + 20


def headset_badge(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, rim: Colour) -> None:
    """A support agent's badge over an avatar's lower right: a disc of ``colour`` in a rim of
    ``rim``, a headset in white on it (the band's arc, an ear pad at each end, the microphone's
    boom)."""
    cv2.circle(img, c, r + 3, rim, -1, cv2.LINE_AA)
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    a = max(3, r * 3 // 5)
    cv2.ellipse(img, c, (a, a), 0, 180, 360, WHITE, max(1, r // 6), cv2.LINE_AA)
    for sx in (-1, 1):
        cv2.rectangle(img, (c[0] + sx * a - 2, c[1] - 1), (c[0] + sx * a + 2, c[1] + a // 2 + 1), WHITE, -1)
    cv2.line(img, (c[0] - a, c[1] + a // 2), (c[0] - a // 3, c[1] + a), WHITE, max(1, r // 7), cv2.LINE_AA)


def ticket_entry(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A reply on a help desk's ticket: the author's 28-40 px face (an agent's in a rounded square
    with a headset's badge over its lower right, the customer's round; initials on some), the name,
    "Agent" or "Customer" and the time, two to four lines; on a quarter of the agents' replies an
    internal note on a pale yellow card with its tag instead; on 30 % an attachment (a drawn router,
    phone wall or form, or on a fifth of those a photo with faces 18-40 px, cut by its edges).
    Returns its height."""
    img = s.img
    agent = rng.random() < 0.6
    inner = agent and rng.random() < 0.25
    lines = rng.randrange(2, 5)
    attach = rng.random() < 0.3
    h = 110 + 34 * lines + (190 if attach else 0)
    back = (200, 240, 250) if inner else off(s.bg, 6)
    rounded_card(img, 20, y, WIDTH - 40, h, 16, back)
    ink = INK if inner else s.fg
    side = face_or_initials(cast, rng, s, (40, y + 22), (28, 40), "rounded" if agent else "circle", 0.12)
    if agent:
        headset_badge(img, (36 + side, y + 18 + side), 11, s.accent, back)
    x = 60 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 46), 0.6, ink, 2)
    label = "Internal note" if inner else ("Agent" if agent else "Customer")
    tag(img, x, y + 58, label, AMBER if inner else off(back, 26), 28)
    note(img, f"{rng.randrange(1, 23)}:{rng.randrange(60):02d}", (WIDTH - 130, y + 46), 0.45, GREY)
    for k in range(lines):
        note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 124 + 34 * k), 0.52, ink)
    if attach:
        top, m = y + 104 + 34 * lines, rounded_rect(170, 260, 14)
        if rng.random() < 0.2:
            cut_photo(cast, rng, s, x, top, 260, 170, 18.3, 40, m, 0.8)
        else:
            blit(img, H11.render(rng, 260, 170, (*KIT, tax_form)), x, top, m)
    return h + 14


TICKET_EVENTS: tuple[str, ...] = (
    "set it to Pending",
    "escalated it",
    "assigned it to Tier 2",
    "merged #4117",
    "added the tag billing",
)


def ticket_event(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An event in a ticket's history between replies: a rule from the left, the agent's 18-22 px
    face inline (initials on some), "<name> set it to Pending" (escalated, assigned, merged) and the
    time. Returns its height (56 px)."""
    cv2.line(s.img, (40, y + 28), (110, y + 28), off(s.bg, 30), 2)
    sd = face_or_initials(cast, rng, s, (120, y + 16), (18.3, 22), "circle", 0.12)
    note(
        s.img,
        f"{who(rng)} {rng.choice(TICKET_EVENTS)} - {rng.randrange(2, 50)}m",
        (132 + sd, y + 36),
        0.45,
        GREY,
    )
    return 56


def desk_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, desk: int) -> None:
    """A desk on a telecom shop's "now serving" board at (x, y), tw x th: a dark tile with the
    desk's number; the adviser serving there (a face of 50-100 px, as much as the tile's height leaves, in a
    rounded square; initials on some) beside the ticket being served in large amber figures and the
    adviser's name; on 12 % the desk closed, greyed (no one)."""
    img = s.img
    rounded_card(img, x, y, tw, th, 18, (40, 40, 46))
    note(img, f"Desk {desk}", (x + 20, y + 40), 0.6, (200, 200, 200), 2)
    if rng.random() < 0.12:
        note(img, "Closed", (x + 20, y + th // 2 + 20), 1.0, GREY, 2)
        return
    hi = max(51.0, min(100.0, (th - 100) / 1.25))
    side = face_or_initials(cast, rng, s, (x + 20, y + 60), (50, hi), "rounded", 0.1, even=True)
    ticket = f"{rng.choice('ABC')}{rng.randrange(1, 99):03d}"
    note(img, ticket, (x + side + 36, y + 60 + side // 2 + 18), 1.3, AMBER, 3)
    note(img, who(rng), (x + 20, y + 60 + side + 34), 0.55, WHITE, 1)


def appointment_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A booked appointment at a telecom shop: the time in a chip, the specialist's 22-30 px face
    (initials on some), what it is for, "Checked in" with a tick or "Due". Returns its height (96
    px)."""
    img = s.img
    hour = rng.randrange(9, 19)
    tag(img, 30, y + 26, f"{hour}:{rng.choice(('00', '15', '30', '45'))}", off(s.bg, 22), 36)
    sd = face_or_initials(cast, rng, s, (170, y + 18), (22, 30), "circle")
    what = rng.choice(
        ("New contract", "Screen repair", "Switch to fibre", "Lost SIM", "Trade-in", "Roaming help")
    )
    note(img, what, (190 + sd, y + 44), 0.58, s.fg, 2)
    note(img, f"with {who(rng)}", (190 + sd, y + 74), 0.45, GREY)
    if rng.random() < 0.4:
        badge(img, (WIDTH - 70, y + 46), 15, GREEN, "check", s.bg)
    else:
        note(img, "Due", (WIDTH - 100, y + 54), 0.5, GREY)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


def accountant_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's accountant on a client portal: a card with the 64-170 px face in a rounded square at
    the left, the name, the firm and "Chartered accountant", message and book buttons; the team
    under a rule (two or three round 24-32 px faces, initials on some, with their roles). Returns
    its height with the gap under it."""
    img = s.img
    card = off(s.bg, 10)
    fp, side = _size(rng, 64, 170, (1.1, 1.2))
    ch = side + 170
    rounded_card(img, 20, y, WIDTH - 40, ch, 22, card)
    cast.avatar(s, 44, y + 24, fp, side, "rounded")
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 58), 0.7, s.fg, 2)
    note(img, "Chartered accountant", (x, y + 90), 0.5, GREY)
    pill(img, x, y + 108, 150, 48, s.accent)
    note(img, "Message", (x + 26, y + 140), 0.5, WHITE, 2)
    outlined(img, x + 166, y + 108, 130, 48, s.accent, card)
    note(img, "Book", (x + 204, y + 140), 0.5, s.accent, 2)
    rule = y + side + 50
    cv2.line(img, (44, rule), (WIDTH - 44, rule), off(card, 20), 1)
    tx = 44
    for role in rng.sample(("Bookkeeper", "Tax adviser", "Payroll", "VAT"), rng.randrange(2, 4)):
        sd = face_or_initials(cast, rng, s, (tx, rule + 22), (24, 32), "circle")
        note(img, role, (tx + sd + 10, rule + 22 + sd // 2 + 6), 0.45, GREY)
        tx += sd + 210
    return ch + 20


def request_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Something an accountant asks for: a page's glyph with a folded corner, what ("Upload your
    P60"), who asked (a 20-26 px face, initials on some) and when, the due date's tag (red when
    overdue), an upload button. Returns its height (100 px)."""
    img = s.img
    page = np.array([[40, y + 20], [72, y + 20], [86, y + 34], [86, y + 80], [40, y + 80]], np.int32)
    cv2.fillPoly(img, [page], off(s.bg, 30), cv2.LINE_AA)
    what = rng.choice(
        (
            "Upload your P60",
            "Bank statements",
            "Receipts for March",
            "Sign engagement letter",
            "Mileage log",
            "Pension statement",
        )
    )
    note(img, what, (110, y + 42), 0.6, s.fg, 2)
    sd = face_or_initials(cast, rng, s, (110, y + 54), (20, 26), "circle", 0.15)
    note(img, f"asked by {who(rng)}", (120 + sd, y + 54 + sd // 2 + 6), 0.45, GREY)
    late = rng.random() < 0.25
    tag(
        img,
        WIDTH - 320,
        y + 26,
        "Overdue" if late else f"Due {rng.randrange(1, 28)} Apr",
        RED if late else off(s.bg, 22),
        32,
    )
    outlined(img, WIDTH - 160, y + 22, 120, 44, s.accent, s.bg)
    note(img, "Upload", (WIDTH - 142, y + 52), 0.5, s.accent, 2)
    return 100


def document_tiles(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A row of three documents in a client portal: each a drawn form or contract (``PAPERS``) on a
    rounded tile, who reviewed it (an 18-24 px face in a rim of the page over the tile's top left,
    initials on some; nobody on a fifth: a draft), the status's chip over its foot, the name under
    it. Returns its height (290 px)."""
    img = s.img
    tw = (WIDTH - 60 - 40) // 3
    for k in range(3):
        x = 30 + k * (tw + 20)
        blit(img, H11.render(rng, tw, 210, PAPERS), x, y + 12, rounded_rect(210, tw, 16))
        state = rng.choice(("Reviewed", "Sign", "Filed", "Draft"))
        if state != "Draft":
            fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.12, 1.25))
            if rng.random() < 0.15:
                H3.initials(img, rng, x - 6, y, side, "circle", s.bg)
            else:
                rimmed(cast, s, x - 6, y, fp, side, s.bg)
        tag(img, x + 10, y + 176, state, GREEN if state in ("Reviewed", "Filed") else AMBER, 30)
        note(
            img,
            rng.choice(("Tax return", "Accounts", "VAT Q1", "Payslips", "Letter")),
            (x + 4, y + 256),
            0.55,
            s.fg,
            2,
        )
    return 290


def tax_steps(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, s: Screen) -> None:
    """A tax return's progress: five segments, those done in the accent, their names under them
    (no faces)."""
    done = rng.randrange(1, 5)
    seg = (w - 4 * 8) // 5
    for k, label in enumerate(("Docs", "Prepare", "Review", "Sign", "File")):
        sx = x + k * (seg + 8)
        cv2.rectangle(img, (sx, y), (sx + seg, y + 10), s.accent if k < done else off(s.bg, 30), -1)
        note(img, label, (sx, y + 40), 0.45, s.fg if k < done else GREY)


def signer_tile(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], label: str
) -> None:
    """A signer's or a witness's camera in a notarisation's call over ``rect``: a softened room
    behind, the person (heldout11's ``figure``: the face 28-60 px, at most two fifths of the tile's
    width, round its middle), the corners rounded in a white rim, ``label`` over its foot."""
    x1, y1, x2, y2 = rect
    under = s.img[y1 - 5 : y2 + 5, x1 - 5 : x2 + 5].copy()
    blit(s.img, H15.blurred(H11.render(rng, x2 - x1, y2 - y1, BEHIND), rng.uniform(1.0, 2.5)), x1, y1)
    fp = small(rng, 28, min(60.0, (x2 - x1) * 0.4))
    H11.figure(cast, s, (x1 + x2) / 2, y1 + (y2 - y1) * rng.uniform(0.32, 0.4), fp, rect, True)
    round_off(s, rect, 14, WHITE, under)
    name_label(s.img, label, x1 + 6, y2 - 6, 26)


def id_match(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A signer's identity check in a notarisation: the ID's front as a small tinted card (its
    printed portrait, heldout11's ``portrait`` with the face 24-40 px, in a rounded rectangle; the
    fields as bars), a dotted line to the live frame's round crop (a 30-44 px face in a ring, green
    from 90 %, amber under), the match's score in a chip on the line, the name and the document, a
    tick or "Review". Returns its height (130 px)."""
    img = s.img
    tint = rng.choice(((220, 200, 170), (200, 220, 200), (210, 210, 235), (190, 215, 235)))
    rounded_card(img, 30, y + 10, 190, 110, 12, tint)
    cv2.rectangle(img, (42, y + 18), (208, y + 28), tone(tint, -70), -1)
    piece, faces = H11.portrait(cast, 62, 78, small(rng, 24, 40))
    H11.paste_photo(cast, s, piece, faces, 40, y + 36, rounded_rect(78, 62, 6))
    for k in range(4):
        cv2.rectangle(
            img, (114, y + 44 + 16 * k), (114 + rng.randrange(50, 96), y + 50 + 16 * k), tone(tint, -90), -1
        )
    for x in range(230, 340, 14):
        cv2.circle(img, (x, y + 65), 2, GREY, -1)
    score = rng.uniform(78, 99.5)
    ok = score >= 90
    tag(img, 250, y + 48, f"{score:.0f}%", GREEN if ok else AMBER, 32)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    ring_avatar(cast, s, 360, y + 65 - side // 2, fp, side, GREEN if ok else AMBER)
    x = 390 + side
    note(img, who(rng), (x, y + 56), 0.6, s.fg, 2)
    note(
        img,
        rng.choice(("Passport", "Driving licence", "ID card", "Residence permit")),
        (x, y + 88),
        0.45,
        GREY,
    )
    if ok:
        badge(img, (WIDTH - 70, y + 62), 17, GREEN, "check", s.bg)
    else:
        tag(img, WIDTH - 170, y + 46, "Review", AMBER, 32)
    return 130


def sign_flag(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> None:
    """A "Sign here" flag at (x, y) on a contract's page: a yellow tab pointing right, the signer's
    18-22 px face in a white rim at its left (initials on some), "Sign" after it."""
    img = s.img
    cv2.fillPoly(
        img,
        [np.array([[x, y], [x + 150, y], [x + 176, y + 24], [x + 150, y + 48], [x, y + 48]], np.int32)],
        (60, 210, 250),
        cv2.LINE_AA,
    )
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.08, 1.15))
    at = (x + 10, y + (48 - side) // 2)
    if rng.random() < 0.12:
        H3.initials(img, rng, at[0], at[1], side, "circle", WHITE)
    else:
        rimmed(cast, s, at[0], at[1], fp, side, WHITE)
    note(img, "Sign", (x + side + 24, y + 33), 0.55, INK, 2)


def house_disc(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """An anonymous tenant's avatar or a union's mark (never a face): a disc with a house in white,
    a roof's triangle over a square with a door cut in it."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    u = max(2, r // 3)
    roof = np.array(
        [[c[0] - 2 * u, c[1] - u // 2], [c[0], c[1] - 2 * u], [c[0] + 2 * u, c[1] - u // 2]], np.int32
    )
    cv2.fillPoly(img, [roof], WHITE, cv2.LINE_AA)
    cv2.rectangle(img, (c[0] - 3 * u // 2, c[1] - u // 2), (c[0] + 3 * u // 2, c[1] + 3 * u // 2), WHITE, -1)
    cv2.rectangle(img, (c[0] - u // 3, c[1] + u // 3), (c[0] + u // 3, c[1] + 3 * u // 2), colour, -1)


TOPICS: tuple[str, ...] = (
    "landlord kept my deposit", "mould in the bedroom for months", "rent up 20 % - can they",
    "no heating since October", "notice to leave after I complained", "who fixes a broken boiler",
)  # fmt: skip


def forum_topic(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A question on a tenants' advice forum: the asker's 24-32 px face (initials on some; on 30 %
    anonymous: a house in a disc, never a face), the name or "Anonymous tenant" and the time, the
    question and its category's tag; on half a caseworker's answer on a pale green card (the
    caseworker's 20-26 px face, a "Caseworker" tag, a line; a "Solved" tick on some); the repliers'
    stack (18-22 px, "+N") and the upvotes. Returns its height."""
    img = s.img
    if rng.random() < 0.3:
        house_disc(img, (46, y + 28), 16, (130, 120, 120))
        sd, name = 32, "Anonymous tenant"
    else:
        sd, name = (
            face_avatar(cast, s, rng, 30, y + 12, 24, 32, (1.12, 1.25), "circle", person=True),
            who(rng),
        )
    x = 48 + sd
    note(img, f"{name} - {rng.randrange(1, 23)}h", (x, y + 32), 0.5, GREY)
    note(img, rng.choice(TOPICS), (x, y + 66), 0.62, s.fg, 2)
    tag(
        img,
        x,
        y + 80,
        rng.choice(("Deposit", "Repairs", "Eviction", "Rent", "Damp", "Noise")),
        off(s.bg, 22),
        30,
    )
    h = 124
    if rng.random() < 0.5:
        rounded_card(img, x, y + h, WIDTH - 30 - x, 110, 16, (215, 240, 220))
        sd2 = face_or_initials(cast, rng, s, (x + 16, y + h + 14), (20, 26), "circle", 0.1)
        tag(img, x + 28 + sd2, y + h + 16, "Caseworker", GREEN, 28)
        note(img, words(rng, rng.randrange(3, 7)).lower(), (x + 16, y + h + 86), 0.5, INK)
        if rng.random() < 0.5:
            badge(img, (WIDTH - 70, y + h + 32), 14, GREEN, "check", (215, 240, 220))
        h += 126
    end = stack(cast, s, rng, x, y + h, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 40))
    note(img, f"{rng.randrange(2, 80)} replies", (end + 12, y + h + 26), 0.45, GREY)
    cv2.fillPoly(
        img,
        [np.array([[WIDTH - 120, y + h + 26], [WIDTH - 106, y + h + 8], [WIDTH - 92, y + h + 26]], np.int32)],
        s.accent,
        cv2.LINE_AA,
    )
    note(img, str(rng.randrange(0, 300)), (WIDTH - 80, y + h + 26), 0.5, GREY)
    cv2.line(img, (30, y + h + 50), (WIDTH - 30, y + h + 50), off(s.bg, 14), 1)
    return h + 56


def provider_logo(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A provider's logo (never a face): a disc or a rounded square in a brand colour, a swoosh's
    arc or one or two capitals in white on it."""
    colour = random_colour(rng, 40, 200)
    if rng.random() < 0.5:
        cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    else:
        rounded_card(img, c[0] - r, c[1] - r, 2 * r, 2 * r, r // 3, colour)
    if rng.random() < 0.5:
        cv2.ellipse(
            img,
            (c[0], c[1] + r // 3),
            (r * 2 // 3, r // 3),
            -15,
            180,
            360,
            WHITE,
            max(2, r // 6),
            cv2.LINE_AA,
        )
    else:
        text = "".join(rng.choice("ABEKMNORSTVZ") for _ in range(rng.randrange(1, 3)))
        note(img, text, (c[0] - r * 2 // 3, c[1] + r // 3), r / 30, WHITE, 2)


def expert_pick(cast: Cast, rng: random.Random, s: Screen, y: int, topic: str) -> int:
    """A comparison's expert pick: a card of the accent's gradient with an "Expert's pick" tag, the
    provider's logo, the deal and its price a month in large figures, why it was picked; the
    expert's 56-110 px face in a white rim over the card's top right edge (its top half over the
    page). Returns its height with the gap under it."""
    img = s.img
    fp, side = _size(rng, 56, 110, (1.1, 1.2))
    top = y + side // 2 + 12
    rounded_card(img, 20, top, WIDTH - 40, 230, 24, s.accent)
    gradient(img, (40, top + 120, WIDTH - 40, top + 214), s.accent, tone(s.accent, -40))
    rimmed(cast, s, WIDTH - 70 - side, top - side // 2, fp, side, WHITE)
    tag(img, 44, top + 24, "Expert's pick", GOLD, 34)
    provider_logo(img, rng, (84, top + 120), 36)
    note(
        img,
        f"{rng.choice(('Fibre', 'Unlimited', 'Comprehensive', 'Family'))} {topic.lower()}",
        (140, top + 112),
        0.75,
        WHITE,
        2,
    )
    note(
        img,
        f"chosen by {who(rng)}: best for {rng.choice(('families', 'renters', 'new drivers', 'gamers'))}",
        (140, top + 146),
        0.5,
        WHITE,
    )
    note(img, f"{rng.uniform(9, 60):.2f}/mo", (WIDTH - 330, top + 200), 1.1, WHITE, 3)
    return top - y + 230 + 24


def deal_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A deal in a comparison's list: the provider's logo, the deal's name and terms, the price a
    month; stars and "from N customers", their stack (18-20 px) on half; "Reviewed by" an expert's
    20-26 px face (initials on some) and name on 70 %, else a "Sponsored" tag; an "Exclusive" tag on
    some. Returns its height (196 px)."""
    img = s.img
    provider_logo(img, rng, (74, y + 60), 40)
    note(
        img,
        f"{rng.choice(SURNAMES)} {rng.choice(('Fibre 500', 'SIM only', 'Home cover', 'Car plus'))}",
        (134, y + 50),
        0.65,
        s.fg,
        2,
    )
    note(
        img,
        f"{rng.choice((12, 18, 24))} months - {rng.choice(('no set-up fee', '50 GB', 'excess 250'))}",
        (134, y + 82),
        0.45,
        GREY,
    )
    note(img, f"{rng.uniform(8, 70):.2f}", (WIDTH - 190, y + 58), 0.95, s.fg, 2)
    note(img, "a month", (WIDTH - 180, y + 86), 0.45, GREY)
    lit = rng.randrange(3, 6)
    for k in range(5):
        star(img, (146 + k * 24, y + 110), 9, GOLD if k < lit else off(s.bg, 40))
    note(img, f"from {rng.randrange(40, 9000)} customers", (276, y + 116), 0.45, GREY)
    if rng.random() < 0.5:
        stack(cast, s, rng, 560, y + 94, rng.randrange(2, 4), 18.3, 20, s.bg)
    if rng.random() < 0.7:
        sd = face_or_initials(cast, rng, s, (134, y + 130), (20, 26), "circle", 0.12)
        note(img, f"Reviewed by {who(rng)}", (146 + sd, y + 130 + sd // 2 + 6), 0.45, GREY)
    else:
        tag(img, 134, y + 134, "Sponsored", off(s.bg, 24), 30)
    if rng.random() < 0.25:
        tag(img, WIDTH - 190, y + 120, "Exclusive", RED, 30)
    cv2.line(img, (30, y + 190), (WIDTH - 30, y + 190), off(s.bg, 14), 1)
    return 196


def slot_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A day's callback slots, three a row from 9:00 every half hour: chips with the time; a free
    slot carries the round 18-22 px face of the counsellor who would call at its left (initials on
    some, nobody on a seventh), a full one greyed and struck through, the chosen one filled with the
    accent (a face in it too). Returns its height."""
    img = s.img
    rows = rng.randrange(4, 7)
    cw = (WIDTH - 60 - 2 * 16) // 3
    chosen = rng.randrange(rows * 3)
    for i in range(rows * 3):
        x, top = 30 + (i % 3) * (cw + 16), y + (i // 3) * 78
        when = f"{9 + i // 2}:{'30' if i % 2 else '00'}"
        if i != chosen and rng.random() < 0.25:
            rounded_card(img, x, top, cw, 62, 16, off(s.bg, 12))
            note(img, when, (x + 110, top + 40), 0.6, GREY, 2)
            cv2.line(img, (x + 100, top + 32), (x + 190, top + 32), GREY, 2)
            continue
        back = s.accent if i == chosen else off(s.bg, 6)
        rounded_card(img, x, top, cw, 62, 16, back)
        if i != chosen:
            cv2.rectangle(img, (x, top), (x + cw, top + 62), off(s.bg, 34), 1)
        if rng.random() < 6 / 7:
            face_or_initials(cast, rng, s, (x + 14, top + 16), (18.3, 22), "circle", 0.12)
        note(img, when, (x + 110, top + 40), 0.6, WHITE if i == chosen else s.fg, 2)
    return rows * 78 + 10


def confirm_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The callback booked: a card with the counsellor's 48-96 px face in a rounded square
    (initials on some), "<name> will call you", the time and the number masked, a phone's disc,
    change and cancel. Returns its height with the gap under it."""
    img = s.img
    card = off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 170, 22, card)
    side = face_or_initials(cast, rng, s, (44, y + 24), (48, 96), "rounded", 0.1, even=True)
    x = 70 + side
    note(img, f"{who(rng)} will call you", (x, y + 52), 0.65, s.fg, 2)
    note(
        img,
        f"Today at {rng.randrange(9, 17)}:{rng.choice(('00', '30'))} on ***{rng.randrange(100, 999)}",
        (x, y + 86),
        0.5,
        GREY,
    )
    note(img, "Change", (x, y + 130), 0.5, s.accent, 2)
    note(img, "Cancel", (x + 130, y + 130), 0.5, RED, 2)
    cv2.circle(img, (WIDTH - 90, y + 85), 36, GREEN, -1, cv2.LINE_AA)
    cv2.ellipse(img, (WIDTH - 90, y + 85), (16, 16), 45, 0, 180, WHITE, 6, cv2.LINE_AA)
    return 190


def call_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A past call with a helpline: the counsellor's 22-30 px face (initials on some), "Call with
    <name>", the date and the length, a line of the notes, a follow-up's tag on some. Returns its
    height (100 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle")
    x = 50 + sd
    note(img, f"Call with {who(rng)}", (x, y + 38), 0.58, s.fg, 2)
    note(
        img,
        f"{rng.randrange(1, 28)} Mar - {rng.randrange(4, 55)} min - {words(rng, 2).lower()}",
        (x, y + 70),
        0.45,
        GREY,
    )
    if rng.random() < 0.3:
        tag(img, WIDTH - 200, y + 24, "Follow-up", AMBER, 30)
    cv2.line(img, (x, y + 96), (WIDTH - 30, y + 96), off(s.bg, 14), 1)
    return 100


def composer(s: Screen, y: int, hint: str) -> Composite:
    """A message field at ``y`` (on a band the caller drew over whatever ran under it): the field
    with ``hint`` in grey and the send button; the navigation bar: the finished screen."""
    pill(s.img, 30, y, WIDTH - 160, 64, s.bg)
    note(s.img, hint, (64, y + 42), 0.55, GREY)
    cv2.circle(s.img, (WIDTH - 70, y + 32), 32, s.accent, -1, cv2.LINE_AA)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def claim_video(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An insurance claim's video inspection (mostly dark): the claim's number and REC; one's own
    camera on the damage across the screen (a drawn dented car or a stained ceiling: no face) under
    framing brackets, a hint and the shutter; the adjuster's camera over its top left or right
    corner (``adjuster_tile``: the face 80-210 px, a tile about twice the face wide); the photos
    taken (drawn) and those to take (outlined); the adjuster's card (``adjuster_card``: 44-72 px); the
    claim's tracker (``claim_tracker``: handlers 22-30 px); who else is on the claim (a stack of
    18-22 px); the adjuster's notes (``handler_note``: 20-26 px) where there is room."""
    s = new_screen(rng, name, cast.kind("claim"), ("dark", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    heading(s, 30, top + 56, f"Claim {rng.choice('ACHM')}-{rng.randrange(10000, 99999)}", 0.85)
    tag(img, WIDTH - 250, top + 22, "REC", RED, 40)
    note(img, f"0{rng.randrange(1, 9)}:{rng.randrange(60):02d}", (WIDTH - 150, top + 52), 0.6, s.fg, 2)
    y = top + 84
    vh = rng.randrange(820, 941)
    blit(img, H11.render(rng, WIDTH, vh, DAMAGE), 0, y)
    capture_brackets(img, (140, y + vh // 3, WIDTH - 140, y + vh - 260), WHITE)
    pill(img, 240, y + vh - 200, WIDTH - 480, 56, (30, 30, 30))
    note(
        img,
        rng.choice(("Hold steady on the damage", "Move a little closer", "Show the whole panel")),
        (276, y + vh - 162),
        0.55,
        WHITE,
    )
    cv2.circle(img, (WIDTH // 2, y + vh - 76), 46, WHITE, 6, cv2.LINE_AA)
    cv2.circle(img, (WIDTH // 2, y + vh - 76), 34, WHITE, -1, cv2.LINE_AA)
    fp = rng.uniform(80, 210)
    tw = round(fp * rng.uniform(1.8, 2.2))
    th = min(round(tw * rng.uniform(1.2, 1.32)), vh - 260)
    tx = 36 if rng.random() < 0.5 else WIDTH - 36 - tw
    adjuster_tile(cast, rng, s, (tx, y + 30, tx + tw, y + 30 + th), fp)
    y += vh + 20
    taken = rng.randrange(2, 5)
    y = section(s, y, f"Photos ({taken} of 6)", False)
    for k in range(5):
        x = 30 + k * 206
        if k < taken:
            blit(img, H11.render(rng, 190, 120, DAMAGE), x, y, rounded_rect(120, 190, 14))
            badge(img, (x + 170, y + 20), 12, GREEN, "check", None)
        else:
            cv2.rectangle(img, (x, y), (x + 190, y + 120), off(s.bg, 40), 2)
    y += 140
    y += adjuster_card(cast, rng, s, y)
    y = section(s, y, "Your claim", False)
    y += claim_tracker(cast, rng, s, y)
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 4), 18.3, 22, s.bg, rng.randrange(0, 3))
    note(img, "also on this claim", (end + 12, y + 28), 0.5, GREY)
    foot = H - NAV_H - 120
    rows_above(s, y + 50, foot, "Adjuster's notes", lambda t: handler_note(cast, rng, s, t))
    return finish_with_button(s, foot, "Send photos")


def lawyer_directory(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A lawyer directory: the title and one's 22-26 px face, the search field and practice areas'
    chips; a featured firm on half (``featured_firm``: the team's photo, faces 18-60 px, partners
    28-40 px over its edge), else a lawyer's video answer (``answer_video``: 100-220 px); the
    lawyers by rating (``lawyer_row``: 30-48 px in rounded squares, score boxes, ratings' bars,
    reviewers' stacks of 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "lawyers", ("light", "light", "tinted", "dark"), "Find a lawyer", own=True)
    img, page = s.img, s.bg
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    note(
        img,
        f"{rng.choice(PRACTICE)} lawyer near {rng.choice(('Leeds', 'Hackney', 'Cardiff', 'Salford'))}",
        (70, y + 42),
        0.55,
        GREY,
    )
    y += 84
    chips(img, rng, 30, y, 4, 46, (130, 200), off(page, 16), s.fg)
    y += 70
    if rng.random() < 0.5:
        y += featured_firm(cast, rng, s, y)
    else:
        y += answer_video(cast, rng, s, y)
    y = section(s, y, f"{rng.randrange(12, 240)} lawyers - by rating", False)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: lawyer_row(cast, rng, s, t))


def advisor_chat(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank's chat with an advisor: the header (the advisor's 28-40 px face with an online dot,
    the name and team, a "Live agent" tag); "Today"; the bot's greeting (the bank's mark, never a
    face) with quick replies; one's question; the queue (``queue_card``: advisors online, a stack
    of 18-24 px); the handover (``handover``: the advisor's 56-100 px face); the chat's turns
    (``chat_turn``: the advisor's 22-30 px face by their bubbles, a shared statement drawn, a
    colleague joining at 18-22 px, one's own bubbles); the advisor typing (22-30 px by a bubble of
    dots) where there is room; the message field."""
    s = new_screen(rng, name, cast.kind("chat"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    bar = off(page, 8)
    cv2.rectangle(img, (0, top), (WIDTH, top + 120), bar, -1)
    cv2.polylines(img, [np.array([[46, top + 44], [30, top + 60], [46, top + 76]], np.int32)], False, s.fg, 4)
    sd = face_avatar(cast, s, rng, 70, top + 22, 28, 40, (1.1, 1.25), "circle")
    status_dot(img, (66 + sd, top + 18 + sd), 8, "online", bar)
    note(img, who(rng), (90 + sd, top + 54), 0.65, s.fg, 2)
    note(
        img,
        rng.choice(("Card support", "Mortgages", "Savings", "Fraud team")),
        (90 + sd, top + 86),
        0.45,
        GREY,
    )
    tag(img, WIDTH - 200, top + 40, "Live agent", GREEN, 36)
    y = top + 140
    tag(img, WIDTH // 2 - 50, y, "Today", off(page, 16), 32)
    y += 52
    bank_mark(img, (54, y + 30), 24, s.accent)
    y += bubble(img, 104, y, 560, 2, off(page, 16), s.fg, rng) + 12
    chips(img, rng, 104, y, 3, 44, (150, 230), off(page, 16), s.accent)
    y += 64
    w = rng.randrange(360, 560)
    y += bubble(img, WIDTH - 30 - w, y, w, 1, s.accent, WHITE, rng) + 20
    y += queue_card(cast, rng, s, y)
    y += handover(cast, rng, s, y)
    foot = H - NAV_H - 110
    joins = rng.randrange(1, 5) if rng.random() < 0.5 else -1  # the turn a colleague joins at
    for k in itertools.count():
        if y + 200 >= foot:
            break
        kind = "joins" if k == joins else rng.choices(("own", "advisor", "statement"), (0.4, 0.45, 0.15))[0]
        y += chat_turn(cast, rng, s, y, kind)
    if y + 80 < foot:
        dots_bubble(img, 104, y, off(page, 16))
        face_or_initials(cast, rng, s, (30, y + 14), (22, 30), "circle", 0.1)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), bar, -1)
    return composer(s, foot + 22, "Write a message...")


def ticket_thread(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A help desk's support ticket: the number and subject, its status, priority and the reply's
    deadline; the requester (a 26-34 px face), the assignee (24-32 px, a headset's badge) and the
    followers (a stack of 18-22 px, "+N"); the thread down to the reply box: replies
    (``ticket_entry``: authors 28-40 px, agents' with headsets' badges, internal notes on yellow,
    attachments drawn or photos of 18-40 px) and events (``ticket_event``: agents 18-22 px inline);
    the reply box's tabs, field and macros."""
    s = new_screen(rng, name, cast.kind("ticket"), ("light", "light", "dark", "tinted"))
    img, page, top = s.img, s.bg, STATUS_H
    note(img, f"Ticket #{rng.randrange(10000, 99999)}", (30, top + 40), 0.55, GREY)
    subject = rng.choice(
        (
            "Router keeps dropping",
            "Charged twice in March",
            "Claim payout delayed",
            "Can't log in to my account",
            "Roaming not working",
        )
    )
    heading(s, 30, top + 88, subject, 0.8)
    y = top + 110
    status, colour = rng.choice((("Open", RED), ("Pending", AMBER), ("On hold", GREY), ("Solved", GREEN)))
    x = tag(img, 30, y, status, colour, 36)[2] + 12
    x = tag(img, x, y, rng.choice(("Urgent", "High", "Normal")), off(page, 24), 36)[2] + 24
    note(img, f"Reply due in {rng.randrange(5, 59)}m", (x, y + 26), 0.5, RED, 2)
    y += 60
    note(img, "Requester", (30, y + 18), 0.45, GREY)
    sd = face_or_initials(cast, rng, s, (30, y + 30), (26, 34), "circle", 0.15)
    note(img, who(rng), (42 + sd, y + 30 + sd // 2 + 6), 0.5, s.fg, 2)
    note(img, "Assignee", (380, y + 18), 0.45, GREY)
    sd = face_or_initials(cast, rng, s, (380, y + 30), (24, 32), "rounded", 0.1)
    headset_badge(img, (376 + sd, y + 26 + sd), 10, s.accent, page)
    note(img, who(rng), (396 + sd, y + 30 + sd // 2 + 6), 0.5, s.fg, 2)
    note(img, "Followers", (720, y + 18), 0.45, GREY)
    stack(cast, s, rng, 720, y + 32, rng.randrange(2, 4), 18.3, 22, page, rng.randrange(0, 6))
    y += 100
    cv2.line(img, (0, y), (WIDTH, y), off(page, 20), 2)
    y += 16
    foot = H - NAV_H - 160
    while y + 150 < foot:
        y += ticket_event(cast, rng, s, y) if rng.random() < 0.3 else ticket_entry(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 6), -1)
    note(img, "Public reply", (30, foot + 40), 0.55, s.accent, 2)
    note(img, "Internal note", (230, foot + 40), 0.55, GREY, 2)
    return composer(s, foot + 58, "Reply or use a macro...")


def queue_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A telecom shop's queue in its app: the shop's name; one's ticket (a large number on the
    accent's card, how many are ahead, the wait as a bar); "now serving" (``desk_tile``: two or
    three columns of desks, the advisers' 50-100 px faces in rounded squares, the tickets in amber,
    a closed desk on some); staff on the floor (round 28-40 px faces with presence dots and roles,
    cut by the right edge); appointments (``appointment_row``: specialists 22-30 px) down to the
    tab bar."""
    brand = rng.choice(("Volt Mobile", "Nordline", "Skylink", "Orbit Telecom"))
    s, y = titled(cast, rng, name, "queue", ("light", "dark", "tinted", "light"), f"{brand} store")
    img, page = s.img, s.bg
    rounded_card(img, 20, y, WIDTH - 40, 200, 24, s.accent)
    note(img, "Your ticket", (50, y + 46), 0.6, WHITE)
    note(img, f"{rng.choice('ABC')}{rng.randrange(1, 99):03d}", (50, y + 130), 2.2, WHITE, 5)
    ahead = rng.randrange(1, 9)
    note(img, f"{ahead} ahead of you - about {ahead * rng.randrange(3, 7)} min", (420, y + 90), 0.6, WHITE, 2)
    progress(img, 420, y + 120, WIDTH - 500, rng.uniform(0.1, 0.9), WHITE, tone(s.accent, -50), 10)
    y += 224
    y = section(s, y, "Now serving", False)
    cols = rng.choice((2, 3))
    tw, th = (WIDTH - 60 - 20 * (cols - 1)) // cols, 250 if cols == 2 else 230
    for r in range(2):
        for k in range(cols):
            desk_tile(cast, rng, s, 30 + k * (tw + 20), y + r * (th + 16), tw, th, 1 + r * cols + k)
    y += 2 * (th + 16) + 10
    note(img, "On the floor today", (30, y + 20), 0.55, GREY, 2)
    y += 36
    fp, side = _size(rng, 28, small(rng, 28.5, 40), (1.12, 1.25))
    for x in carousel(rng, 150, side):
        cast.avatar(s, x, y, fp, side, "circle")
        status_dot(img, (x + side - 6, y + side - 6), 8, rng.choice(("online", "online", "idle")), page)
        note(img, rng.choice(("Tech", "Sales", "Repairs", "Manager")), (x, y + side + 26), 0.45, GREY)
    y += 100
    y = section(s, y, "Appointments", True)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: appointment_row(cast, rng, s, t))


def accountant_portal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An accountant's client portal: the firm and one's 22-26 px face; one's accountant
    (``accountant_card``: 64-170 px, the team 24-32 px); the tax return's progress (no faces) and
    its deadline; what the accountant asks for (``request_row``: who asked, 20-26 px); documents in
    rows of three (``document_tiles``: drawn forms and contracts, reviewers 18-24 px over their top
    left) down to the tab bar."""
    firm = f"{rng.choice(SURNAMES)} & Co"
    s, y = titled(cast, rng, name, "portal", ("light", "light", "tinted", "dark"), firm, own=True)
    img = s.img
    y += accountant_card(cast, rng, s, y)
    card = off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 140, 20, card)
    note(img, f"{rng.randrange(2022, 2026)}/{rng.randrange(23, 27)} tax return", (44, y + 44), 0.65, s.fg, 2)
    tag(
        img,
        WIDTH - 250,
        y + 18,
        f"Due {rng.randrange(1, 31)} Jan",
        RED if rng.random() < 0.3 else off(card, 24),
        34,
    )
    tax_steps(img, rng, 44, y + 74, WIDTH - 88, s)
    y += 160
    y = section(s, y, "Requested from you", False)
    for _ in range(rng.randrange(1, 4)):
        y += request_row(cast, rng, s, y)
    y = section(s, y, "Documents", True)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: document_tiles(cast, rng, s, t))


def notary_session(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A remote notarisation (mostly dark): the session's title, REC and the time; the notary's
    camera in a rounded card before softened law reports (heldout11's ``figure``: the face 110-290
    px in the card's left half) with the name's label; the signers' and a witness's cameras
    (``signer_tile``: faces 28-60 px) over the card's lower right edge; identity checks
    (``id_match``: printed photos 24-40 px, live crops 30-44 px in rings); the deed's page (drawn)
    with "Sign here" flags (``sign_flag``: signers 18-22 px); the session's log (``handler_note``:
    20-26 px) where there is room; the seal's button."""
    s = new_screen(rng, name, cast.kind("notary"), ("dark", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    heading(s, 30, top + 56, "Remote notarisation", 0.85)
    tag(img, WIDTH - 250, top + 22, "REC", RED, 38)
    note(img, f"{rng.randrange(3, 40)}:{rng.randrange(60):02d}", (WIDTH - 150, top + 50), 0.6, s.fg, 2)
    y = top + 90
    vh = rng.randrange(520, 621)
    rect = (30, y, WIDTH - 30, y + vh)
    under = img[y - 5 : y + vh + 5, 25 : WIDTH - 25].copy()
    blit(img, H15.blurred(H11.render(rng, WIDTH - 60, vh, (law_shelf,)), rng.uniform(2, 4.5)), 30, y)
    cx = 30 + (WIDTH - 60) * rng.uniform(0.26, 0.44)
    H11.figure(cast, s, cx, y + vh * rng.uniform(0.3, 0.38), rng.uniform(110, 290), rect, True)
    round_off(s, rect, 24, off(s.bg, 24), under)
    name_label(img, f"{who(rng)}, notary public", 50, y + vh - 20, 38)
    n = rng.randrange(2, 4)
    tw = rng.randrange(150, 181)
    th = round(tw * 1.3)
    for k in range(n):
        tx = WIDTH - 50 - (k + 1) * tw - k * 16
        signer_tile(
            cast, rng, s, (tx, y + vh + 70 - th, tx + tw, y + vh + 70), "Witness" if k == 2 else "Signer"
        )
    y += vh + 90
    y = section(s, y, "Identity checks", False)
    for _ in range(n):
        y += id_match(cast, rng, s, y)
    y = section(s, y, rng.choice(("Deed of sale", "Power of attorney", "Tenancy deed")), False)
    blit(img, H11.render(rng, WIDTH - 60, 300, (signed_page,)), 30, y, rounded_rect(300, WIDTH - 60, 16))
    for k in range(rng.randrange(1, n + 1)):
        sign_flag(cast, rng, s, 30, y + 110 + k * 64)
    foot = H - NAV_H - 120
    rows_above(s, y + 320, foot, "Session log", lambda t: handler_note(cast, rng, s, t))
    return finish_with_button(s, foot, "Apply seal")


def tenants_forum(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tenants' union's advice forum: the cover (a drawn block of flats) with the union's mark;
    the name, members (a stack of 18-22 px, "+N") and a join button; the next meeting's card (a
    photo, faces 18-50 px cut by its edges, or a block; the date; who is going, 18-22 px);
    caseworkers on duty (round 30-40 px faces in green rings, cut by the right edge); questions
    (``forum_topic``: askers 24-32 px or anonymous houses, caseworkers' answers 20-26 px, repliers'
    stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("forum"), ("light", "light", "tinted", "dark"))
    img, page, top = s.img, s.bg, STATUS_H
    blit(img, H11.render(rng, WIDTH, 230, (apartment_block,)), 0, top)
    cv2.circle(img, (100, top + 230), 66, page, -1, cv2.LINE_AA)
    house_disc(img, (100, top + 230), 56, s.accent)
    y = top + 250
    heading(s, 190, y + 30, rng.choice(("Renters United", "Eastside Tenants", "Block 9 Union")), 0.85)
    pill(img, WIDTH - 190, y, 160, 52, s.accent)
    note(img, "Join", (WIDTH - 136, y + 35), 0.6, WHITE, 2)
    end = stack(cast, s, rng, 190, y + 48, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(100, 5000))
    note(img, "members", (end + 10, y + 74), 0.45, GREY)
    y += 110
    card = off(page, 10)
    rounded_card(img, 20, y, WIDTH - 40, 200, 20, card)
    m = rounded_rect(160, 230, 14)
    if rng.random() < 0.7:
        cut_photo(cast, rng, s, 40, y + 20, 230, 160, 18.3, 50, m, 0.8)
    else:
        blit(img, H11.render(rng, 230, 160, (apartment_block,)), 40, y + 20, m)
    tag(img, 50, y + 30, f"{rng.randrange(1, 29)} {rng.choice(('May', 'Jun', 'Sep'))}", WHITE, 32)
    note(
        img,
        rng.choice(("Know your rights night", "Deposit clinic", "Block meeting")),
        (300, y + 56),
        0.65,
        s.fg,
        2,
    )
    note(
        img, rng.choice(("Community hall, 7pm", "Online, 6:30pm", "Library, 6pm")), (300, y + 90), 0.45, GREY
    )
    end = stack(cast, s, rng, 300, y + 112, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 60))
    note(img, "going", (end + 10, y + 138), 0.45, GREY)
    y += 224
    note(img, "Caseworkers on duty", (30, y + 20), 0.55, GREY, 2)
    y += 40
    fp, side = _size(rng, 30, small(rng, 30.5, 40), (1.12, 1.22))
    for x in carousel(rng, 112, side):
        ring_avatar(cast, s, x, y, fp, side, GREEN)
    y += 76
    y = section(s, y, "Questions", True)
    chips(img, rng, 30, y, 4, 44, (110, 180), off(page, 16), s.fg)
    y += 64
    return rows_to_tab_bar(s, rng, y, 200, lambda t: forum_topic(cast, rng, s, t))


def expert_compare(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A comparison site's experts: the title and one's 22-26 px face, the products' tabs; the
    expert's pick (``expert_pick``: the expert's 56-110 px face over the card's edge); our experts
    (rounded squares of 40-60 px faces with their fields, cut by the right edge); the deals
    (``deal_row``: providers' logos, reviewers 20-26 px, customers' stacks of 18-20 px) down to the
    tab bar."""
    topic = rng.choice(("Broadband", "Car insurance", "Mobile", "Home insurance"))
    s, y = titled(
        cast, rng, name, "compare", ("light", "light", "tinted", "dark"), f"Compare {topic.lower()}", own=True
    )
    img, page = s.img, s.bg
    for k, label in enumerate(("Broadband", "Mobile", "Car", "Home", "Travel")):
        note(img, label, (30 + k * 200, y + 24), 0.55, s.fg if k else s.accent, 2)
    cv2.rectangle(img, (30, y + 40), (170, y + 44), s.accent, -1)
    y += 60
    y += expert_pick(cast, rng, s, y, topic)
    note(img, "Our experts", (30, y + 20), 0.55, GREY, 2)
    y += 36
    fp, side = _size(rng, 40, small(rng, 40.5, 60), (1.1, 1.2))
    for x in carousel(rng, 140, side):
        cast.avatar(s, x, y, fp, side, "rounded")
        tag(img, x, y + side + 10, rng.choice(("Energy", "Cars", "Money", "Tech")), off(page, 22), 28)
    y += 130
    y = section(s, y, f"{rng.randrange(8, 90)} deals", False)
    return rows_to_tab_bar(s, rng, y, 190, lambda t: deal_row(cast, rng, s, t))


def callback_scheduler(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A helpline's callback scheduler: the line's name; counsellors on shift (44-60 px faces in
    rounded squares, presence dots, "on a call" on some); the days' chips; the day's slots
    (``slot_grid``: counsellors 18-22 px in free slots, full ones struck); the booked callback on 60
    % (``confirm_card``: 48-96 px); recent calls (``call_row``: 22-30 px) where there is room; the
    confirm button."""
    line = rng.choice(("Debt advice line", "Energy helpline", "Consumer rights line", "Tenancy helpline"))
    s, y = titled(cast, rng, name, "callback", ("light", "tinted", "light", "dark"), line)
    img, page = s.img, s.bg
    n = rng.randrange(3, 5)
    pitch = (WIDTH - 60) // n
    for k in range(n):
        fp, side = _size(rng, 44, small(rng, 44.5, 60), (1.1, 1.2))
        x = 30 + k * pitch + (pitch - side) // 2
        cast.avatar(s, x, y, fp, side, "rounded")
        busy = rng.random() < 0.3
        status_dot(img, (x + side - 4, y + side - 4), 10, "dnd" if busy else "online", page)
        note(img, "on a call" if busy else who(rng), (x, y + side + 30), 0.45, GREY)
    y += 140
    for k in range(6):
        back = s.accent if k == 1 else off(page, 12)
        rounded_card(img, 30 + k * 172, y, 156, 70, 18, back)
        note(
            img,
            ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")[k],
            (56 + k * 172, y + 46),
            0.6,
            WHITE if k == 1 else s.fg,
            2,
        )
    y += 96
    y = section(s, y, "Pick a time", False)
    y += slot_grid(cast, rng, s, y)
    if rng.random() < 0.6:
        y += confirm_card(cast, rng, s, y)
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Recent calls", lambda t: call_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Confirm callback")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    claim_video,
    lawyer_directory,
    advisor_chat,
    ticket_thread,
    queue_board,
    accountant_portal,
    notary_session,
    tenants_forum,
    expert_compare,
    callback_scheduler,
)
# with people: each twice a round but two (an inspection of one large face and a few small ones,
# and a notarisation's call of one large face, the signers and their checks)
ONCE = (claim_video, notary_session)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: desks' tiles and the floor's row with
# phones and routers in them, documents' tiles, a block of flats and houses in discs)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, queue_board, accountant_portal, tenants_forum)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT45_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h45", photos, free, seed, reps)
