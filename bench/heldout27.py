"""Held-out screens, twenty-seventh set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-six (heldout.py to heldout26.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a floor
plan, a pegboard of tools, parcels on a doormat, house keys on a table; nothing with eyes, a mouth
or a mask); every random choice from ``HELDOUT27_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout11's ``Cast`` (through heldout22's to heldout26's, its screens marked h27-; on face-free
screens pets, objects, textures, initials and this set's drawn things), which counts a face cut by
an edge once half of its box is inside. Faces under 18 px are drawn and not counted, as everywhere
in the bench.

What it adds is faces in home and neighbourhood apps, and home cameras' pictures: people at
different depths on a porch or a drive seen through a wide lens (heldout12's ``fisheye``, the
corners darkened), in infra-red night grey (washed pale, grainy, soft), with the time burnt in.
Near repeats avoided (see their docstrings): heldout7's doorbell, heldout9's camera grid and
heldout12's wide lenses (here a recording's playback pinch-zoomed two to three times round a face,
soft, with the whole frame's inset and the zoomed part outlined on it, or person boxes and a
motion zone's tint over the recording, a day's timeline; a smart-home dashboard's camera tiles
beside who is home, those away greyed); heldout9's rental listing and heldout23's real-estate map
and property page (here the agent's own profile with "just sold" handovers under SOLD sashes, and
an open house streamed live with the floor plan's inset); heldout23's local-services marketplace
(here one booked job: a before-and-after slider whose "before" slides over the finished job's
people, the pro's updates, a tip card; and quotes side by side in a table headed by the pros'
photos); heldout15's neighbourhood feed (here a safety post's shared doorbell clip, and a
lost-and-found cork board of notices turned a few degrees under pushpins); heldout25's split bill
(here housemates' photos joined by arrows of who owes whom, the chores' rota, a shopping list);
no earlier set draws a building's tenant app with a video intercom ringing. Ten layouts:
- a real-estate agent's profile (``agent_profile``): the headshot over the cover (80-170 px); a
  stack of clients (18-24 px); "just sold" (``handover``: 18-100 px under SOLD sashes); the team
  (26-40 px) on 70 %; reviews (``review``: 20-28 px);
- an open house streamed live (``live_tour``): the tour (``tour_video``: the agent, 60-260 px, a
  buyer on 35 %) under LIVE and the floor plan's inset; who is watching (18-22 px); questions
  (``chat_lines``: 18-22 px, the agent's answers 20-26 px);
- a booked home service (``pro_job``): the pro (44-72 px, a TOP PRO tag over the chin on half),
  the crew (22-30 px); the slider (``before_after``: 30-160 px); updates (22-28 px, work photos
  with 14-44 px faces on 40 %); the tip card (64-110 px) where there is room;
- quotes compared (``quote_compare``): the pros heading the table's columns (40-80 px, a "BEST
  VALUE" tag over one photo's top); recent work (20-26 px, jobs' photos with 14-44 px faces);
  neighbours who hired (18-24 px); messages (24-32 px);
- a smart-home dashboard (``home_dashboard``): one's 28-36 px face; who is home (26-44 px, home and
  away badges, away ones faded); cameras (``cam_tile``: 14-44 px, infra-red on 45 %); devices
  (``device_tile``, face-free); activity (18-26 px, clips with 14-36 px faces);
- a camera's playback (``cam_playback``): the recording (``cam_view``: 24-140 px), pinch-zoomed
  on half (``zoomed``: up to 400 px, the inset's faces a quarter as large); who can view it (18-24
  px); events' thumbnails (18-44 px);
- a neighbourhood safety post (``safety_post``): the poster (26-36 px); the doorbell clip (30-180
  px, a strong wide lens, infra-red on 45 %, a play button over its middle); "thanked by" (18-22
  px); comments (``comment``: 20-28 px, replies 18-24 px);
- a lost-and-found board (``notice_board``): notices turned 1-5 degrees (``flyer``: found prints
  and thank-you photos, 20-70 px, posters 22-30 px) under pushpins on cork;
- a shared household (``household``): the banner (20-90 px, darkened towards its foot), members
  (22-30 px); balances (``balances``: 40-72 px joined by arrows); chores (22-30 px); the shopping
  list (18-22 px);
- a building's tenant app (``tenant_portal``): one's 26-34 px face; the video intercom on half
  (``intercom``: visitors 60-220 px, black and white on 40 %); a technician's visit (40-64 px) on
  60 %; the manager's post (30-44 px, an event's photo with 18-60 px faces, a "seen" stack of
  18-22 px); the staff (26-44 px); requests (22-30 px) and bookings (18-22 px).
Light, dark and tinted themes (the cameras' playback and the live tour mostly dark); JPEG quality
30-60. Sashes, tags, labels, badges, burnt-in times, person boxes, the slider's handle and its
"before" photo, play buttons, pushpins, pills and chips take the pixels they cover; a face under
them counts while half of its box shows; infra-red, a lens's darkened corners, a motion zone's tint,
a member's fade and the banner's gradient leave the faces under them counted, greyer, paler or
darker; a pinch zoom scales them along, soft; initials, logos, "+N" discs, device tiles, floor
plans, pushpins and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,046 faces (776 under 32 px, 175 of 32-63, 81 of 64-127,
14 larger; 846 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, notices, tiles
and camera pictures, round things where a cut-out agent, visitor or passer-by would be); ``reps=1``
a quarter (18 screens with 249 faces: 165, 60, 23 and 1 by size, 187 under 40 px; 13 face-free).
Every layout but the camera's playback and the safety post (7.75 and 7.25 faces a screen on average
at 4 reps, the fewest) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127
and 128 px or more):
    agent_profile      8 screens   137 faces: 101, 19, 12,  5
    live_tour          8 screens    71 faces:  63,  1,  5,  2
    pro_job            8 screens    98 faces:  66, 20, 12,  0
    quote_compare      8 screens   120 faces:  79, 22, 19,  0
    home_dashboard     8 screens   118 faces: 100, 18,  0,  0
    cam_playback       4 screens    31 faces:  16,  9,  4,  2
    safety_post        4 screens    29 faces:  25,  3,  1,  0
    notice_board       8 screens   112 faces:  84, 22,  3,  3
    household          8 screens   155 faces:  99, 34, 21,  1
    tenant_portal      8 screens   175 faces: 143, 27,  4,  1
Counted by running the generator alone (as ``faces_bench.py --only heldout27 --count-only`` would;
no detector).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout6 as H6
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout13 as H13
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, random_colour, rounded_rect
from heldout3 import WHITE
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small, stars
from heldout6 import off
from heldout11 import INK, figure, offscreen, paste_photo, snapshot, turned
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, play_button, tab_bar, title, words
from heldout22 import name_label, stack
from heldout23 import FONT, WIDTH, living_room, new_screen, room, tag, tick_badge
from heldout24 import RED, lock_glyph, section
from heldout25 import amount, who
from heldout26 import chat_lines, counter

HELDOUT27_SEED = 27272
TEAL: Colour = (140, 130, 20)  # a home app's teal (BGR)
SOLD: Colour = (50, 50, 200)  # a sold sash's red
AMBER: Colour = (30, 170, 250)  # a motion event's amber
PAPERS: tuple[Colour, ...] = ((245, 245, 245), (170, 235, 250), (215, 200, 250), (250, 228, 200))
CAMERAS: tuple[str, ...] = ("Front door", "Driveway", "Porch", "Back yard", "Garage", "Side gate", "Lobby")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def floor_plan(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A listing's floor plan: the outer walls split into three to six rooms, a door's gap and its
    swing in each, windows as thin double lines in the outer walls, a piece of furniture in some
    rooms, short room labels."""
    paper = rng.choice(((245, 245, 240), (235, 240, 245), (250, 250, 250)))
    img = np.full((h, w, 3), paper, np.uint8)
    ink = rng.choice(((60, 60, 60), (90, 60, 30), (40, 40, 40)))
    t = max(2, min(w, h) // 60)
    x1, y1, x2, y2 = round(w * 0.06), round(h * 0.06), round(w * 0.94), round(h * 0.94)
    rooms = [(x1, y1, x2, y2)]
    for _ in range(rng.randrange(2, 6)):
        k = max(range(len(rooms)), key=lambda i: (rooms[i][2] - rooms[i][0]) * (rooms[i][3] - rooms[i][1]))
        a, b, c, d = rooms.pop(k)
        if c - a > d - b:
            m = round(a + (c - a) * rng.uniform(0.35, 0.65))
            rooms += [(a, b, m, d), (m, b, c, d)]
        else:
            m = round(b + (d - b) * rng.uniform(0.35, 0.65))
            rooms += [(a, b, c, m), (a, m, c, d)]
    for a, b, c, d in rooms:
        if rng.random() < 0.6 and c - a > 12 and d - b > 12:  # a bed, a sofa, a table
            fw, fh = max(4, (c - a) // 3), max(4, (d - b) // 4)
            fx, fy = (
                a + t + rng.randrange(max(1, c - a - fw - 2 * t)),
                b + t + rng.randrange(max(1, d - b - fh - 2 * t)),
            )
            cv2.rectangle(img, (fx, fy), (fx + fw, fy + fh), tone(ink, 150), -1)
            cv2.rectangle(img, (fx, fy), (fx + fw, fy + fh), ink, 1)
        cv2.rectangle(img, (a, b), (c, d), ink, t)
    for a, b, c, d in rooms:  # doors: a gap in the lower wall, the leaf and its swing
        r = max(4, min(c - a, d - b) // 4)
        dx = a + max(t, (c - a - r) // 2)
        cv2.line(img, (dx, d), (dx + r, d), paper, t + 2)
        cv2.line(img, (dx, d), (dx, d - r), ink, 1)
        cv2.ellipse(img, (dx, d), (r, r), 0, 270, 360, ink, 1, cv2.LINE_AA)
        if rng.random() < 0.7:
            label = rng.choice(("BED", "KIT", "LIV", "BATH", "DIN", "OFF"))
            scale = max(0.25, min(c - a, d - b) / 260)
            cv2.putText(
                img, label, (a + 2 * t + 2, b + 2 * t + round(22 * scale)), FONT, scale, ink, 1, cv2.LINE_AA
            )
    for _ in range(rng.randrange(2, 5)):  # windows in the outer walls
        if rng.random() < 0.5:
            wx, wy = rng.randrange(x1 + 10, max(x1 + 11, x2 - 40)), rng.choice((y1, y2))
            cv2.line(img, (wx, wy), (wx + max(8, w // 10), wy), paper, t + 2)
            for e in (-t, t):
                cv2.line(img, (wx, wy + e), (wx + max(8, w // 10), wy + e), ink, 1)
        else:
            wx, wy = rng.choice((x1, x2)), rng.randrange(y1 + 10, max(y1 + 11, y2 - 40))
            cv2.line(img, (wx, wy), (wx, wy + max(8, h // 10)), paper, t + 2)
            for e in (-t, t):
                cv2.line(img, (wx + e, wy), (wx + e, wy + max(8, h // 10)), ink, 1)
    return img


def pegboard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A handyman's pegboard: a grid of holes, three to five tools hung on hooks (a hammer, a
    spanner, a screwdriver, a saw, a level), each in its own slot across the board."""
    board = rng.choice(((150, 190, 215), (225, 228, 230), (90, 90, 95), (110, 150, 190)))
    img = np.full((h, w, 3), board, np.uint8)
    g = max(6, min(w, h) // 14)
    for x in range(g // 2, w, g):
        for y in range(g // 2, h, g):
            cv2.circle(img, (x, y), max(1, g // 8), tone(board, -70), -1)
    n = rng.randrange(3, 6)
    metal, wood = (170, 170, 175), (60, 120, 180)
    for k in range(n):
        cx = round(w * (k + 0.5) / n)
        top, bottom = round(h * rng.uniform(0.1, 0.2)), round(h * rng.uniform(0.75, 0.92))
        u = max(2, round(w / n / 6))
        cv2.line(img, (cx, top - g // 2), (cx, top), (40, 40, 40), max(1, u // 3))
        kind = rng.randrange(5)
        if kind == 0:  # a hammer: the handle and the head across its top
            cv2.rectangle(img, (cx - u // 2, top), (cx + u // 2, bottom), wood, -1)
            cv2.rectangle(img, (cx - 2 * u, top), (cx + 2 * u, top + u + 2), metal, -1)
        elif kind == 1:  # a spanner: a bar with an open jaw at one end
            cv2.line(img, (cx, top + 2 * u), (cx, bottom), metal, u)
            cv2.ellipse(img, (cx, top + u), (u + 2, u + 2), 0, 120, 420, metal, max(2, u // 2), cv2.LINE_AA)
        elif kind == 2:  # a screwdriver: a coloured handle, the shaft, the tip
            colour = random_colour(rng, 40, 230)
            mid = (top + bottom) // 2
            fill(img, rounded_rect(max(3, mid - top), 2 * u, max(1, u // 2)), cx - u, top, colour)
            cv2.line(img, (cx, mid), (cx, bottom), metal, max(1, u // 3))
        elif kind == 3:  # a saw: the blade, its teeth, the handle
            blade = np.array(
                [[cx - u, top + 3 * u], [cx + 2 * u, top + 3 * u], [cx + u, bottom], [cx - u, bottom]]
            )
            cv2.fillPoly(img, [blade.astype(np.int32)], metal, cv2.LINE_AA)
            cv2.rectangle(img, (cx - 2 * u, top), (cx + 2 * u, top + 3 * u), wood, -1)
            for y in range(top + 3 * u, bottom, max(2, u)):
                cv2.line(img, (cx - u, y), (cx - u - max(1, u // 2), y + max(1, u // 2)), metal, 1)
        else:  # a spirit level lying across
            cv2.rectangle(img, (cx - 2 * u, top), (cx + 2 * u, bottom), (40, 200, 240), -1)
            cv2.rectangle(
                img,
                (cx - u // 2, (top + bottom) // 2 - u),
                (cx + u // 2, (top + bottom) // 2 + u),
                (120, 220, 140),
                -1,
            )
    return img


def parcel_doormat(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A porch from a doorbell's height with nobody on it: the door's foot and the wall, decking
    boards, a doormat, one or two parcels (tape, a shipping label with a barcode), a potted plant
    on some."""
    img = np.zeros((h, w, 3), np.uint8)
    wall = rng.choice(((200, 210, 220), (120, 140, 160), (90, 90, 100)))
    floor = rng.choice(((100, 130, 165), (90, 100, 115), (150, 150, 150)))
    sill = round(h * rng.uniform(0.25, 0.4))
    img[:sill] = wall
    img[sill:] = floor
    step = max(4, (h - sill) // 7)
    for y in range(sill, h, step):
        cv2.line(img, (0, y), (w, y), tone(floor, -30), max(1, h // 200))
    dx, dw = round(w * rng.uniform(0.2, 0.45)), round(w * rng.uniform(0.3, 0.45))
    cv2.rectangle(img, (dx, 0), (dx + dw, sill), rng.choice(((40, 40, 120), (60, 60, 60), (140, 90, 40))), -1)
    mx, my, mw, mh = dx - dw // 8, sill + step // 2, dw + dw // 4, max(6, (h - sill) // 3)
    cv2.rectangle(img, (mx, my), (mx + mw, my + mh), (60, 120, 170), -1)
    cv2.rectangle(img, (mx, my), (mx + mw, my + mh), (40, 80, 120), max(2, mh // 10))
    for _ in range(rng.randrange(1, 3)):
        bw, bh = round(w * rng.uniform(0.15, 0.28)), round(h * rng.uniform(0.15, 0.25))
        bx, by = rng.randrange(max(1, w - bw)), min(h - bh - 2, sill + rng.randrange(max(1, h - sill - bh)))
        card = rng.choice(((90, 150, 200), (110, 160, 205), (80, 130, 180)))
        lip = max(3, bh // 4)
        top = np.array(
            [[bx, by], [bx + bw, by], [bx + bw - lip, by - lip], [bx - lip // 2, by - lip]], np.int32
        )
        cv2.fillPoly(img, [top], tone(card, 25), cv2.LINE_AA)
        cv2.rectangle(img, (bx, by), (bx + bw, by + bh), card, -1)
        cv2.rectangle(
            img,
            (bx + bw // 2 - max(1, bw // 14), by),
            (bx + bw // 2 + max(1, bw // 14), by + bh),
            (150, 190, 215),
            -1,
        )
        lx, ly = bx + bw // 8, by + bh // 3
        cv2.rectangle(img, (lx, ly), (lx + bw // 3, ly + bh // 3), WHITE, -1)
        for k in range(0, max(2, bw // 3), max(2, bw // 30)):
            cv2.line(img, (lx + k, ly + bh // 6), (lx + k, ly + bh // 3 - 2), INK, 1)
    if rng.random() < 0.6:  # a potted plant by the door
        px, pw = rng.choice((dx - w // 6, dx + dw + w // 20)), max(6, w // 9)
        py = sill + step
        pot = np.array(
            [[px, py], [px + pw, py], [px + pw * 4 // 5, py + pw], [px + pw // 5, py + pw]], np.int32
        )
        for _ in range(6):
            leaf = (px + pw // 2 + rng.randrange(-pw // 2, pw // 2 + 1), py - pw // 3)
            axes = (max(2, pw // 4), max(3, pw // 2))
            cv2.ellipse(img, leaf, axes, rng.uniform(-50, 50), 0, 360, (60, 150, 70), -1, cv2.LINE_AA)
        cv2.fillPoly(img, [pot], (60, 90, 170), cv2.LINE_AA)
    return img


def key_ring(rng: random.Random, w: int, h: int) -> np.ndarray:
    """House keys on a table: wood grain, a split ring, two to four keys with square heads and
    notched blades fanned out from it, a coloured fob."""
    wood = rng.choice(((70, 110, 160), (50, 80, 120), (120, 160, 200), (200, 205, 210)))
    img = np.full((h, w, 3), wood, np.uint8)
    for y in range(0, h, max(3, h // 30)):
        pts = np.array(
            [[x, y + round(3 * math.sin(x / max(8, w / 6) + y))] for x in range(0, w + 20, 20)], np.int32
        )
        cv2.polylines(img, [pts], False, tone(wood, -18), 1, cv2.LINE_AA)
    c = (round(w * rng.uniform(0.35, 0.65)), round(h * rng.uniform(0.35, 0.65)))
    r = max(4, min(w, h) // 9)
    metal = rng.choice(((180, 180, 185), (90, 170, 200), (150, 150, 150)))
    cv2.circle(img, c, r, metal, max(2, r // 5), cv2.LINE_AA)
    a0 = rng.uniform(0, 2 * math.pi)
    for k in range(rng.randrange(2, 5)):
        a = a0 + k * rng.uniform(0.6, 0.9)
        u = (math.cos(a), math.sin(a))
        hc = (c[0] + u[0] * r * 1.9, c[1] + u[1] * r * 1.9)
        head = cv2.boxPoints((hc, (r * 1.4, r * 1.2), math.degrees(a)))
        cv2.fillPoly(img, [head.astype(np.int32)], metal, cv2.LINE_AA)
        tip = (round(c[0] + u[0] * r * 5.2), round(c[1] + u[1] * r * 5.2))
        base = (round(hc[0] + u[0] * r * 0.6), round(hc[1] + u[1] * r * 0.6))
        cv2.line(img, base, tip, metal, max(2, r // 2), cv2.LINE_AA)
        for j in range(3):  # the blade's notches
            q = (
                round(base[0] + (tip[0] - base[0]) * (0.3 + 0.2 * j)),
                round(base[1] + (tip[1] - base[1]) * (0.3 + 0.2 * j)),
            )
            cv2.circle(
                img, (q[0] - round(u[1] * r * 0.25), q[1] + round(u[0] * r * 0.25)), max(1, r // 6), wood, -1
            )
    a = a0 - rng.uniform(0.8, 1.4)
    fc = (c[0] + math.cos(a) * r * 2.2, c[1] + math.sin(a) * r * 2.2)
    fob = cv2.boxPoints((fc, (r * 2.2, r * 1.3), math.degrees(a)))
    cv2.fillPoly(img, [fob.astype(np.int32)], random_colour(rng, 40, 230), cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (floor_plan, pegboard, parcel_doormat, key_ring)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (heldout25's and heldout24's: a scene of people or a thing; half of a
    face's box showing counts it), its screens marked h27-, whose drawn things are this set's: a
    floor plan, a pegboard of tools, parcels on a doormat, house keys on a table."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h27-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Cameras: a porch or a drive seen through a wide lens, by day or in infra-red.
# ----------------------------------------------------------------------------------------------


def infrared(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A camera's night vision: grey, skin and walls washed pale by its own infra-red light, the
    blacks lifted, sensor grain, a little soft."""
    gain, floor, grain, soft = (
        rng.uniform(0.8, 1.0),
        rng.uniform(20, 45),
        rng.uniform(4, 9),
        rng.uniform(0.4, 1.0),
    )
    noise = np.random.default_rng(rng.randrange(2**32))

    def fn(part: np.ndarray) -> np.ndarray:
        g = cv2.cvtColor(part, cv2.COLOR_BGR2GRAY).astype(np.float32) * gain + floor
        g = cv2.GaussianBlur(g, (0, 0), soft) + noise.normal(0, grain, g.shape).astype(np.float32)
        return cv2.cvtColor(np.clip(g, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)

    return fn


def vignette(piece: np.ndarray, strength: float) -> np.ndarray:
    """A wide lens's darkened corners (down to ``1 - strength``)."""
    h, w = piece.shape[:2]
    r2 = (np.linspace(-1, 1, w)[None, :] ** 2 + np.linspace(-1, 1, h)[:, None] ** 2) / 2
    return np.clip(piece * (1 - strength * r2**1.5)[:, :, None], 0, 255).astype(np.uint8)


def porch(cast: Cast, rng: random.Random, w: int, h: int) -> np.ndarray:
    """What a home camera looks at when nobody is there: a porch with parcels, a building's front,
    a room, or a thing (a drive's gravel, a lawn)."""
    roll = rng.random()
    if roll < 0.3:
        return H11.render(rng, w, h, (parcel_doormat,))
    if roll < 0.45:
        return H11.render(rng, w, h, (H13.facade,))
    if roll < 0.55:
        return H11.render(rng, w, h, (living_room,))
    return cast.piece(w, h)


def cam_view(
    cast: Cast,
    rng: random.Random,
    w: int,
    h: int,
    lo: float,
    hi: float,
    people: int,
    wide: float,
    night: bool,
) -> tuple[np.ndarray, list[BoxF]]:
    """A home camera's w x h picture: ``people`` standing at different depths on a porch or a drive
    (faces ``lo``-``hi`` px, the nearest largest and lowest, the others smaller and further up),
    through a wide lens (heldout12's ``fisheye`` of strength ``wide``, the corners darkened), in
    infra-red grey when ``night``; a face-free cast's round things in their places."""
    sizes = sorted(small(rng, lo, hi) * (1.0 if k == 0 else rng.uniform(0.45, 0.9)) for k in range(people))

    def draw(sc: Screen) -> None:
        sc.img[:] = porch(cast, rng, w, h)
        for fp in sizes:  # from the back
            cy = h * (0.18 + 0.3 * fp / hi + rng.uniform(-0.04, 0.04))
            figure(cast, sc, w * rng.uniform(0.15, 0.85), cy, fp, (0, 0, w, h), True)

    piece, faces = offscreen(w, h, draw)
    if wide > 0:
        piece, faces = H12.fisheye(piece, faces, wide)
        piece = vignette(piece, min(0.35, wide))
    if night:
        piece = infrared(rng)(piece)
    return piece, faces


def clock(rng: random.Random, night: bool) -> str:
    """A camera's burnt-in date and time (after dark when ``night``)."""
    hour = rng.choice((21, 22, 23, 0, 1, 2, 3, 4, 5)) if night else rng.randrange(7, 20)
    day = f"{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}-2025"
    return f"{day} {hour:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def stamp(img: np.ndarray, x: int, y: int, text: str, scale: float) -> None:
    """A camera's burnt-in overlay (the time, the camera's name): white with a dark edge; it takes
    the pixels it covers."""
    t = max(1, round(scale * 2))
    cv2.putText(img, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, (15, 15, 15), t + 2, cv2.LINE_AA)
    cv2.putText(img, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, scale, WHITE, t, cv2.LINE_AA)


def cam_tile(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, lo: float, hi: float
) -> None:
    """A camera's live tile on a dashboard: the picture (``cam_view``: no one, or one to three
    people, faces ``lo``-``hi`` px, infra-red at night on 45 %), the time burnt in at its top, the
    camera's name over its lower left, a "Person" chip on some."""
    night = rng.random() < 0.45
    people = rng.choice((0, 1, 1, 2, 3))
    piece, faces = cam_view(cast, rng, tw, th, lo, hi, people, rng.uniform(0.1, 0.35), night)
    paste_photo(cast, s, piece, faces, x, y, rounded_rect(th, tw, 14))
    stamp(s.img, x + 10, y + 24, clock(rng, night), max(0.35, tw / 1300))
    name_label(s.img, rng.choice(CAMERAS), x + 10, y + th - 10, 30)
    if people and rng.random() < 0.5:
        tag(s.img, x + tw - 110, y + th - 44, "Person", AMBER, 30)


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def sash(img: np.ndarray, rect: tuple[int, int, int, int], text: str, colour: Colour) -> None:
    """A diagonal sash across a photo's upper left corner ("SOLD", "UNDER OFFER"), cut by the
    photo's edges: it takes the pixels it covers."""
    x1, y1, x2, _ = rect
    length, band = max(120, (x2 - x1) // 2), 44
    patch = np.full((band, length, 3), colour, np.uint8)
    (tw, th), _ = cv2.getTextSize(text, FONT, 0.8, 2)
    cv2.putText(patch, text, ((length - tw) // 2, (band + th) // 2), FONT, 0.8, WHITE, 2, cv2.LINE_AA)
    out, _, where = turned(patch, [], 45)
    d = round(length * 0.28)
    ox, oy = x1 + d - out.shape[1] // 2, y1 + d - out.shape[0] // 2
    m = where.copy()
    m[:, : max(0, x1 - ox)] = 0
    m[: max(0, y1 - oy), :] = 0
    blit(img, out, ox, oy, m)


def back_title(s: Screen, y: int, text: str) -> None:
    """A page's top bar from ``y``: a back "<" and the title beside it."""
    chevron(s.img, 40, y + 34, s.fg, back=True)
    heading(s, 80, y + 46, text, 1.0)


def review(cast: Cast, rng: random.Random, s: Screen, y: int, lo: float = 20, hi: float = 28) -> int:
    """A client's review: the reviewer's face (``lo``-``hi`` px, initials on some), the name, stars,
    a "Bought" or "Sold" tag, two lines. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, lo, hi, (1.1, 1.25), "circle", person=True)
    note(img, who(rng) + " " + rng.choice("ABCDKLMRST") + ".", (50 + sd, y + 22), 0.6, s.fg, 2)
    stars(img, 50 + sd, y + 46, 9, rng.choice((4, 5, 5)), GOLD, GREY)
    if rng.random() < 0.6:
        tag(img, 180 + sd, y + 30, rng.choice(("Bought", "Sold", "Rented")), off(s.bg, 30), 28)
    s.words(rng, 50 + sd, y + 90, 0.55, rng.randrange(4, 9))
    s.words(rng, 50 + sd, y + 120, 0.55, rng.randrange(2, 6), GREY)
    return max(sd, 130) + 14


def stepper(img: np.ndarray, y: int, labels: tuple[str, ...], now: int, accent: Colour, ink: Colour) -> None:
    """A booking's progress: nodes along a line, those done ticked, the current one ringed."""
    n = len(labels)
    xs = [round(90 + k * (WIDTH - 180) / (n - 1)) for k in range(n)]
    cv2.line(img, (xs[0], y), (xs[-1], y), GREY, 4)
    cv2.line(img, (xs[0], y), (xs[now], y), accent, 4)
    for k, (x, label) in enumerate(zip(xs, labels, strict=True)):
        if k < now:
            badge(img, (x, y), 16, accent, "check")
        elif k == now:
            cv2.circle(img, (x, y), 18, accent, 4, cv2.LINE_AA)
            cv2.circle(img, (x, y), 8, accent, -1, cv2.LINE_AA)
        else:
            cv2.circle(img, (x, y), 12, GREY, -1, cv2.LINE_AA)
        note(img, label, (x - 48, y + 48), 0.5, ink if k <= now else GREY)


def home_badge(img: np.ndarray, c: tuple[int, int], r: int, home: bool, rim: Colour) -> None:
    """A member's presence over an avatar's lower right: a house on green when home, an arrow out
    on grey when away; it takes the pixels it covers."""
    badge(img, c, r, GREEN if home else GREY, "", rim)
    if home:
        roof = np.array([[c[0] - r // 2, c[1]], [c[0], c[1] - r // 2], [c[0] + r // 2, c[1]]], np.int32)
        cv2.fillPoly(img, [roof], WHITE, cv2.LINE_AA)
        cv2.rectangle(img, (c[0] - r // 3, c[1]), (c[0] + r // 3, c[1] + r // 2), WHITE, -1)
    else:
        cv2.arrowedLine(
            img, (c[0] - r // 2, c[1]), (c[0] + r // 2, c[1]), WHITE, max(2, r // 5), tipLength=0.5
        )


def faded(back: Colour, share: float) -> Callable[[np.ndarray], np.ndarray]:
    """A member shown away (for ``heldout10.redrawn``): grey, ``share`` of the way to the page."""

    def fn(part: np.ndarray) -> np.ndarray:
        g = cv2.cvtColor(cv2.cvtColor(part, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR).astype(np.float32)
        return (g * (1 - share) + np.array(back, np.float32) * share).astype(np.uint8)

    return fn


def device_tile(img: np.ndarray, rng: random.Random, x: int, y: int, tw: int, th: int, s: Screen) -> None:
    """A smart-home device's tile (face-free): a light, the thermostat's dial, a lock, the garage
    or blinds, its state and a toggle."""
    on = rng.random() < 0.5
    back = tone(GOLD, 40) if on else off(s.bg, 12)
    fill(img, rounded_rect(th, tw, 20), x, y, back)
    ink = INK if on else s.fg
    kind = rng.randrange(5)
    c = (x + 50, y + 50)
    if kind == 0:
        cv2.circle(img, c, 18, ink, 3, cv2.LINE_AA)
        cv2.rectangle(img, (c[0] - 8, c[1] + 18), (c[0] + 8, c[1] + 28), ink, -1)
        label, state = "Lights", "On" if on else "Off"
    elif kind == 1:
        cv2.ellipse(
            img, (x + tw // 2, y + th // 2 + 10), (th // 3, th // 3), 0, 135, 405, GREY, 6, cv2.LINE_AA
        )
        cv2.ellipse(
            img,
            (x + tw // 2, y + th // 2 + 10),
            (th // 3, th // 3),
            0,
            135,
            135 + rng.randrange(60, 250),
            AMBER,
            6,
            cv2.LINE_AA,
        )
        note(img, f"{rng.randrange(16, 25)}", (x + tw // 2 - 22, y + th // 2 + 24), 1.0, ink, 2)
        label, state = "Thermostat", "Heating" if on else "Eco"
    elif kind == 2:
        lock_glyph(img, c, 20)
        label, state = "Front door", "Locked" if on else "Unlocked"
    elif kind == 3:
        for k in range(4):
            cv2.rectangle(img, (c[0] - 22, c[1] - 18 + k * 10), (c[0] + 22, c[1] - 12 + k * 10), ink, -1)
        label, state = "Garage", "Closed" if on else "Open"
    else:
        for k in range(5):
            cv2.line(img, (c[0] - 22, c[1] - 20 + k * 9), (c[0] + 22, c[1] - 20 + k * 9), ink, 3)
        label, state = "Blinds", f"{rng.randrange(0, 101)}%"
    if kind != 1:
        note(img, label, (x + 24, y + th - 52), 0.6, ink, 2)
        note(img, state, (x + 24, y + th - 20), 0.5, ink)
        pill(img, x + tw - 90, y + 26, 64, 36, GREEN if on else GREY)
        cv2.circle(img, (x + tw - 44 if on else x + tw - 72, y + 44), 14, WHITE, -1, cv2.LINE_AA)


def flyer_board(img: np.ndarray, rng: random.Random, y1: int, y2: int) -> None:
    """A cork notice board from ``y1`` to ``y2``: speckled cork in a wooden frame."""
    cork = rng.choice(((90, 140, 190), (80, 125, 175), (110, 150, 195)))
    h = y2 - y1
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, 14, (h // 3 + 1, WIDTH // 3 + 1))
    grain = cv2.resize(grain.astype(np.float32), (WIDTH, h), interpolation=cv2.INTER_NEAREST)
    img[y1:y2, :WIDTH] = np.clip(np.array(cork, np.float32) + grain[:, :, None], 0, 255).astype(np.uint8)
    cv2.rectangle(img, (0, y1), (WIDTH - 1, y2 - 1), (40, 70, 110), 10)


def pushpin(img: np.ndarray, c: tuple[int, int], colour: Colour) -> None:
    """A pushpin's round head with its highlight (never a face)."""
    cv2.circle(img, (c[0] + 3, c[1] + 4), 13, (40, 40, 40), -1, cv2.LINE_AA)
    H11.ball(img, c, 12, colour)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def handover(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A "just sold" card: the new owners with the agent at their door (a snapshot of people, faces
    18-100 px) on 75 %, else the house; a SOLD sash across its upper left corner, the price and the
    street on a dark band over its foot."""
    m = rounded_rect(ch, cw, 18)
    if rng.random() < 0.75:
        cut_photo(cast, rng, s, x, y, cw, ch, 18.3, 100, m, 0.9)
    else:
        room(cast, rng, s, x, y, cw, ch, m)
    sash(s.img, (x, y, x + cw, y + ch), rng.choice(("SOLD", "SOLD", "UNDER OFFER")), SOLD)
    fill(s.img, rounded_rect(62, cw - 24, 12), x + 12, y + ch - 74, (30, 30, 30))
    note(s.img, f"${rng.randrange(2, 19)}{rng.randrange(10, 99)},000", (x + 28, y + ch - 34), 0.7, WHITE, 2)
    note(
        s.img,
        f"{rng.randrange(2, 999)} {rng.choice(C.WORDS).title()} St",
        (x + 220, y + ch - 34),
        0.55,
        WHITE,
    )


def agent_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A real-estate agent's own profile: a cover (a house, a room or a thing) with the agent's
    headshot overlapping its foot (faces 80-170 px, a verified tick over the lower right), the
    brokerage and stars; sold, days on market and price range; clients and followers (a stack of
    18-24 px); call and message buttons; "just sold" cards cut by the right edge (``handover``: new
    owners with the agent, faces 18-100 px, under a SOLD sash); the team (26-40 px) cut by the edge
    on 70 %; clients' reviews (``review``: 20-28 px)."""
    s = new_screen(rng, name, cast.kind("agent"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    ch = rng.randrange(300, 381)
    room(cast, rng, s, 0, y, WIDTH, ch)
    cv2.circle(img, (46, y + 50), 30, (30, 30, 30), -1, cv2.LINE_AA)
    chevron(img, 48, y + 50, WHITE, back=True)
    side = rng.randrange(220, 301)
    ax, ay = 40, y + ch - side * 2 // 3
    cv2.circle(img, (ax + side // 2, ay + side // 2), side // 2 + 8, page, -1, cv2.LINE_AA)
    cast.avatar(s, ax, ay, min(170.0, max(80.0, side / rng.uniform(1.5, 2.3))), side, "circle")
    tick_badge(img, (ax + side - side // 7, ay + side - side // 7), 22, page)
    tx = ax + side + 30
    heading(s, tx, y + ch + 50, (who(rng) + " " + rng.choice(C.WORDS).title())[:16], 1.0)
    note(
        img,
        rng.choice(("Realtor", "Listing agent", "Broker")) + " - " + words(rng, 1).title()[:9] + " Realty",
        (tx, y + ch + 90),
        0.6,
        GREY,
    )
    end = stars(img, tx, y + ch + 126, 12, 5, GOLD, GREY)
    note(img, f"{rng.uniform(4.5, 5):.1f} ({rng.randrange(20, 400)})", (end + 10, y + ch + 134), 0.55, GREY)
    y = max(ay + side, y + ch + 150) + 30
    for k, (label, value) in enumerate(
        (
            ("Sold (12 mo)", str(rng.randrange(8, 90))),
            ("Median days", str(rng.randrange(5, 60))),
            ("Price range", f"${rng.randrange(2, 9)}00K+"),
        )
    ):
        counter(img, 30 + k * (WIDTH - 60) // 3, y + 24, label, value, s.fg)
    y += 100
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(20, 900))
    note(img, "clients and followers", (end + 12, y + 30), 0.55, GREY)
    y += 70
    bw = (WIDTH - 90) // 2
    pill(img, 30, y, bw, 70, s.accent)
    note(img, "Call", (30 + bw // 2 - 28, y + 46), 0.75, WHITE, 2)
    pill(img, 60 + bw, y, bw, 70, off(page, 18))
    note(img, "Message", (60 + bw + bw // 2 - 60, y + 46), 0.75, s.fg, 2)
    y += 100
    y = section(s, y, "Just sold")
    cw, chh = rng.randrange(560, 661), rng.randrange(360, 431)
    x = 30
    while x < WIDTH:
        handover(cast, rng, s, x, y, cw, chh)
        x += cw + 24
    y += chh + 24
    foot = H - NAV_H - 130
    if y + 220 < foot and rng.random() < 0.7:
        y = section(s, y, "Team")
        x, tallest = 30, 0
        while x < WIDTH:
            sd = face_avatar(cast, s, rng, x, y, 26, 40, (1.15, 1.35), "circle", person=True)
            note(img, who(rng)[:8], (x, y + sd + 30), 0.5, GREY)
            x, tallest = x + sd + 40, max(tallest, sd)
        y += tallest + 56
    if y + 200 < foot:
        y = section(s, y, f"Reviews ({rng.randrange(20, 300)})")
        while y + 130 < foot:
            y += review(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def tour_video(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[BoxF]]:
    """A live video tour's frame: a room (drawn or a thing) with the agent walking through it, head
    to knees (faces 60-260 px), a buyer touring beside them on 35 % (half to four fifths as large);
    the phone's wide lens on half."""

    def draw(sc: Screen) -> None:
        sc.img[:] = H11.render(rng, w, h, (living_room,)) if rng.random() < 0.6 else cast.piece(w, h)
        fp = small(rng, 60, 260)
        cx = w * rng.uniform(0.3, 0.7)
        if rng.random() < 0.35:
            other = fp * rng.uniform(0.5, 0.8)
            ox = cx + rng.choice((-1, 1)) * (fp + other) * rng.uniform(1.1, 1.6)
            figure(cast, sc, ox, h * rng.uniform(0.25, 0.4), other, (0, 0, w, h), True)
        figure(cast, sc, cx, h * rng.uniform(0.28, 0.45), fp, (0, 0, w, h), True)

    piece, faces = offscreen(w, h, draw)
    if rng.random() < 0.5:
        piece, faces = H12.fisheye(piece, faces, rng.uniform(0.08, 0.2))
    return piece, faces


def live_tour(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A virtual open house streamed live: the tour (``tour_video``: the agent, faces 60-260 px, a
    buyer on some, shaken by walking on 40 %) under LIVE, viewers and the room's chip, the floor
    plan's inset with "you are here" over its lower right, floating hearts, the agent's name label;
    who is watching (18-22 px); price and facts; questions (``chat_lines``: 18-22 px faces, the
    agent's answers under an "Agent" tag by 20-26 px); the field."""
    s = new_screen(rng, name, cast.kind("tour"), ("dark", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = rng.randrange(760, 901)
    piece, faces = tour_video(cast, rng, WIDTH, vh)
    paste_photo(cast, s, piece, faces, 0, y)
    H12.shake(s, (0, y, WIDTH, y + vh), rng, 0.4)
    tag(img, 24, y + 24, "LIVE", RED, 40)
    pill(img, 130, y + 24, 130, 40, (20, 20, 20))
    note(img, f"{rng.randrange(12, 900)} watching", (146, y + 52), 0.5, WHITE)
    tag(
        img,
        24,
        y + 84,
        rng.choice(("Kitchen", "Living room", "Primary bed", "Garden", "Bath")),
        (250, 250, 250),
        40,
    )
    pw, ph = 220, 170
    px, py = WIDTH - pw - 20, y + vh - ph - 90
    fill(img, rounded_rect(ph + 8, pw + 8, 14), px - 4, py - 4, WHITE)
    blit(img, H11.render(rng, pw, ph, (floor_plan,)), px, py, rounded_rect(ph, pw, 12))
    cv2.circle(
        img, (px + rng.randrange(30, pw - 30), py + rng.randrange(30, ph - 30)), 9, RED, -1, cv2.LINE_AA
    )
    for k in range(rng.randrange(0, 4)):
        heart(
            img,
            (WIDTH - 60 - rng.randrange(0, 30), py - 50 - k * 60),
            16,
            rng.choice((RED, (200, 120, 250), WHITE)),
        )
    name_label(img, "Agent - " + who(rng), 20, y + vh - 20, 40)
    y += vh + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(5, 300))
    note(img, "watching with you", (end + 12, y + 30), 0.55, GREY)
    y += 70
    cv2.putText(
        img,
        f"${rng.randrange(3, 19)}{rng.randrange(10, 99)},000",
        (30, y + 44),
        FONT,
        1.3,
        s.fg,
        2,
        cv2.LINE_AA,
    )
    note(
        img,
        f"{rng.randrange(1, 6)} bd  {rng.randrange(1, 4)} ba  {rng.randrange(700, 3500):,} sqft",
        (30, y + 86),
        0.65,
        GREY,
    )
    pill(img, WIDTH - 330, y + 4, 300, 64, s.accent)
    note(img, "Book a showing", (WIDTH - 300, y + 46), 0.65, WHITE, 2)
    y += 120
    foot = H - NAV_H - 110
    y = section(s, y, "Questions", False)
    while y + 130 < foot:
        if rng.random() < 0.3:  # the agent's answer
            sd = face_avatar(cast, s, rng, 60, y, 20, 26, (1.05, 1.2), "circle")
            tag(img, 76 + sd, y, "Agent", s.accent, 28)
            s.words(rng, 76 + sd, y + 56, 0.55, rng.randrange(3, 8))
            y += max(sd, 60) + 16
        else:
            chat_lines(cast, rng, s, y + 10, y + 60 + 46 * rng.randrange(1, 3))
            y += 46 * 2 + 10
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    pill(img, 20, foot + 20, WIDTH - 40, 70, off(page, 22))
    note(img, "Ask the agent", (50, foot + 64), 0.7, GREY)
    H5.nav_bar(s)
    return s.finish()


def before_after(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A job's before-and-after photo under a slider: right of the handle the finished job with the
    pro in it on 80 % (faces 30-160 px, cut by the frame and the handle, counted while half shows),
    left of it the place before (a thing or a drawn pegboard, greyed); the handle's line and knob
    and the BEFORE and AFTER tags take the pixels they cover."""
    img = s.img
    split = round(w * rng.uniform(0.3, 0.6))
    m = rounded_rect(h, w, 18)
    if rng.random() < 0.8:
        cut_photo(cast, rng, s, x, y, w, h, 30, 160, m, 0.9)
    else:
        room(cast, rng, s, x, y, w, h, m)
    before = cast.piece(w, h) if rng.random() < 0.5 else H11.render(rng, w, h, (pegboard,))
    grey = cv2.cvtColor(cv2.cvtColor(before, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    left = m.copy()
    left[:, split:] = 0
    blit(img, cv2.addWeighted(before, 0.4, grey, 0.6, 0), x, y, left)
    cv2.line(img, (x + split, y), (x + split, y + h - 1), WHITE, 5)
    cv2.circle(img, (x + split, y + h // 2), 30, WHITE, -1, cv2.LINE_AA)
    for d in (-1, 1):
        tri = np.array(
            [
                [x + split + d * 22, y + h // 2],
                [x + split + d * 8, y + h // 2 - 10],
                [x + split + d * 8, y + h // 2 + 10],
            ]
        )
        cv2.fillPoly(img, [tri.astype(np.int32)], INK, cv2.LINE_AA)
    tag(img, x + 14, y + 14, "BEFORE", (30, 30, 30), 34)
    tag(img, x + w - 130, y + 14, "AFTER", TEAL, 34)


def pro_job(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A booked home service in progress: the pro's card (faces 44-72 px in a squircle, a TOP PRO
    tag over its foot on half, stars, jobs done, the crew's stack of 22-30 px); the booking's steps;
    the before-and-after slider (``before_after``: faces 30-160 px); the pro's updates (their 22-28
    px face, photos of the work with faces 14-44 px on 40 %); "how did it go?" with the pro's round
    face (64-110 px), stars and tip chips where there is room."""
    s = new_screen(rng, name, cast.kind("projob"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    back_title(s, y, "Your booking")
    y += 90
    fill(img, rounded_rect(210, WIDTH - 60, 22), 30, y, off(page, 10))
    sd = face_avatar(cast, s, rng, 56, y + 26, 44, 72, (1.15, 1.3), "squircle")
    if rng.random() < 0.5:
        tag(img, 52, y + 26 + sd - 20, "TOP PRO", GOLD, 30)
    pro = who(rng)
    note(img, pro, (84 + sd, y + 60), 0.8, s.fg, 2)
    service = rng.choice(("Deep clean", "Handyman", "Plumbing", "Gutter clean", "Painting", "Lawn care"))
    note(img, service + f" - {rng.randrange(20, 900)} jobs", (84 + sd, y + 98), 0.55, GREY)
    stars(img, 84 + sd, y + 130, 10, 5, GOLD, GREY)
    if rng.random() < 0.6:
        end = stack(cast, s, rng, WIDTH - 230, y + 130, rng.randrange(2, 4), 22, 30, off(page, 10))
        note(img, "crew", (min(end + 8, WIDTH - 90), y + 160), 0.5, GREY)
    y += 240
    stepper(img, y, ("Booked", "On the way", "Working", "Done"), rng.randrange(1, 4), s.accent, s.fg)
    y += 100
    bh = rng.randrange(380, 481)
    before_after(cast, rng, s, 30, y, WIDTH - 60, bh)
    y += bh + 20
    foot = H - NAV_H - 130
    tip = y + 520 < foot and rng.random() < 0.6
    y = section(s, y, "Updates", False)
    while y + 130 < foot - (290 if tip else 0):
        sd = face_avatar(cast, s, rng, 30, y, 22, 28, (1.05, 1.2), "circle")
        note(img, pro + f"  {rng.randrange(1, 12)}:{rng.randrange(60):02d}", (46 + sd, y + 22), 0.55, GREY)
        s.words(rng, 46 + sd, y + 56, 0.6, rng.randrange(3, 8))
        y += max(sd, 70) + 10
        if rng.random() < 0.4 and y + 170 < foot - (290 if tip else 0):
            for k in range(rng.randrange(2, 4)):
                cut_photo(
                    cast, rng, s, 46 + sd + k * 170, y, 156, 156, 14, 44, rounded_rect(156, 156, 12), 0.5
                )
            y += 176
    if tip:
        fill(img, rounded_rect(270, WIDTH - 60, 22), 30, y, off(page, 12))
        side = rng.randrange(130, 171)
        cast.avatar(
            s, 60, y + (270 - side) // 2, min(110.0, max(64.0, side / rng.uniform(1.3, 1.9))), side, "circle"
        )
        note(img, f"How did {pro} do?", (100 + side, y + 70), 0.75, s.fg, 2)
        stars(img, 100 + side, y + 120, 20, 0, GOLD, GREY)
        for k, text in enumerate(("$5", "$10", "$20")):
            pill(img, 100 + side + k * 130, y + 170, 114, 56, s.accent if k == 1 else off(page, 30))
            note(img, text, (130 + side + k * 130, y + 208), 0.65, WHITE if k == 1 else s.fg, 2)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def quote_compare(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Quotes for a home job side by side: the request's summary and chips; a table whose two or
    three columns are headed by each pro's round photo (faces 40-80 px, a "BEST VALUE" tag over
    one photo's top), name and stars, then price, arrival, insurance ticks, reviews and reply time,
    and a Hire button each; their recent work (the pro's 20-26 px face, photos of jobs with faces
    14-44 px on 45 %); neighbours who hired them (stacks of 18-24 px); messages (24-32 px)."""
    s = new_screen(rng, name, cast.kind("quotes"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    back_title(s, y, "Compare quotes")
    y += 80
    job = rng.choice(("Fence repair", "Move-out clean", "Boiler service", "Deck stain", "Tree trim"))
    note(img, job + f" - {rng.randrange(2, 9)} quotes", (30, y + 30), 0.65, GREY)
    chips(img, rng, 30, y + 50, 3, 44, (110, 170), off(page, 18), s.fg)
    y += 130
    n = 3 if rng.random() < 0.7 else 2
    lw = 170
    cw = (WIDTH - 60 - lw) // n
    best = rng.randrange(n)
    fill(img, rounded_rect(960, WIDTH - 60, 22), 30, y, off(page, 8))
    for k in range(n):
        cx = 30 + lw + k * cw + cw // 2
        side = min(cw - 40, rng.randrange(110, 151))
        cast.avatar(
            s, cx - side // 2, y + 30, min(80.0, max(40.0, side / rng.uniform(1.5, 2.2))), side, "circle"
        )
        if k == best:
            tag(img, cx - 84, y + 18, "BEST VALUE", GREEN, 32)
        note(img, who(rng)[:9], (cx - 50, y + side + 66), 0.6, s.fg, 2)
        stars(img, cx - 60, y + side + 92, 8, rng.choice((4, 5)), GOLD, GREY)
    y += 280
    rows = ("Price", "Arrives", "Insured", "Reviews", "Replies")
    for j, label in enumerate(rows):
        if j % 2 == 0:
            cv2.rectangle(img, (30, y), (WIDTH - 30, y + 100), off(page, 16), -1)
        note(img, label, (50, y + 60), 0.6, GREY, 2)
        for k in range(n):
            cx = 30 + lw + k * cw + 20
            if label == "Insured":
                yes = rng.random() < 0.75
                badge(img, (cx + 30, y + 50), 20, GREEN if yes else RED, "check" if yes else "x")
                continue
            text = {
                "Price": amount(rng, 90, 2000)[:-3],
                "Arrives": rng.choice(("Tue 9am", "Today", "Fri", "Mon 2pm")),
                "Reviews": f"{rng.uniform(4.1, 5):.1f} ({rng.randrange(3, 500)})",
                "Replies": rng.choice(("1 h", "10 min", "1 day", "3 h")),
            }[label]
            note(img, text, (cx, y + 60), 0.6, s.fg, 2 if label == "Price" else 1)
        y += 100
    for k in range(n):
        cx = 30 + lw + k * cw + 14
        pill(img, cx, y + 20, cw - 28, 60, s.accent if k == best else off(page, 30))
        note(img, "Hire", (cx + (cw - 28) // 2 - 28, y + 60), 0.65, WHITE if k == best else s.fg, 2)
    y += 130
    foot = H - NAV_H - 130
    if y + 240 < foot:
        y = section(s, y, "Recent work")
        for _ in range(min(n, 2)):
            if y + 200 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.05, 1.2), "circle")
            x = 50 + sd
            while x < WIDTH:
                t = 180
                if rng.random() < 0.45:
                    cut_photo(cast, rng, s, x, y, t, t - 40, 14, 44, rounded_rect(t - 40, t, 12), 0.9)
                else:
                    blit(
                        img,
                        H11.render(rng, t, t - 40, (pegboard, floor_plan, H13.facade)),
                        x,
                        y,
                        rounded_rect(t - 40, t, 12),
                    )
                x += t + 14
            y += 170
    if y + 90 < foot:
        end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(2, 60))
        note(img, "neighbours hired them", (end + 12, y + 30), 0.55, GREY)
        y += 80
    while y + 90 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.25), "circle")
        note(img, who(rng), (50 + sd, y + 24), 0.6, s.fg, 2)
        s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(3, 7), GREY)
        if rng.random() < 0.5:
            cv2.circle(img, (WIDTH - 50, y + 30), 9, s.accent, -1, cv2.LINE_AA)
        y += max(sd, 70) + 14
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def home_dashboard(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A smart-home dashboard: one's 28-36 px face; who is home (26-44 px, a house or an "away"
    badge over the lower right, those away greyed and faded); the cameras (``cam_tile``: two or
    four tiles, faces 14-44 px, under 18 px not counted, infra-red at night on 45 %); devices
    (``device_tile``, face-free); the activity (who unlocked the door, 18-26 px faces, or an
    event's clip with faces 14-36 px)."""
    s = new_screen(rng, name, cast.kind("smarthome"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 56, "Home", 1.5)
    note(
        img,
        rng.choice(("Good evening", "Good morning", "Away mode on", "All doors locked")),
        (32, y + 96),
        0.6,
        GREY,
    )
    face_avatar(cast, s, rng, WIDTH - 100, y + 10, 28, 36, (1.3, 1.6), "circle")
    y += 130
    note(img, "WHO'S HOME", (30, y + 20), 0.5, GREY, 2)
    y += 40
    x, tallest = 30, 0
    while x < WIDTH - 140:
        n0 = len(s.tracks)
        sd = face_avatar(cast, s, rng, x, y, 26, 44, (1.15, 1.3), "circle", person=True)
        home = rng.random() < 0.65
        if not home and len(s.tracks) > n0:
            H10.redrawn(s, (x, y, x + sd, y + sd), faded(page, rng.uniform(0.2, 0.4)))
        home_badge(img, (x + sd - sd // 7, y + sd - sd // 7), max(12, sd // 7), home, page)
        note(img, who(rng)[:7], (x, y + sd + 30), 0.5, s.fg if home else GREY)
        x, tallest = x + sd + 34, max(tallest, sd)
    y += tallest + 60
    y = section(s, y, "Cameras")
    tw = (WIDTH - 75) // 2
    th = tw * 9 // 16
    n = 4 if rng.random() < 0.6 else 2
    for k in range(n):
        cam_tile(cast, rng, s, 30 + (k % 2) * (tw + 15), y + (k // 2) * (th + 15), tw, th, 14, 44)
    y += (n // 2) * (th + 15) + 15
    dw = (WIDTH - 90) // 3
    for k in range(3 if rng.random() < 0.5 else 6):
        device_tile(img, rng, 30 + (k % 3) * (dw + 15), y + (k // 3) * 195, dw, 180, s)
    y += 195 * (1 if k < 3 else 2) + 10
    foot = H - NAV_H - 130
    if y + 120 < foot:
        y = section(s, y, "Activity")
    while y + 90 < foot:
        if rng.random() < 0.6:
            sd = face_avatar(cast, s, rng, 30, y, 18.3, 26, (1.05, 1.2), "circle", person=True)
            text = rng.choice(("unlocked the front door", "arrived home", "left home", "turned off lights"))
            note(img, who(rng) + " " + text, (46 + sd, y + sd // 2 + 8), 0.55, s.fg)
            y += max(sd, 44) + 24
        else:
            night = rng.random() < 0.45
            piece, faces = cam_view(cast, rng, 160, 90, 14, 36, rng.choice((0, 1, 1, 2)), 0.2, night)
            paste_photo(cast, s, piece, faces, 30, y, rounded_rect(90, 160, 10))
            note(
                img,
                rng.choice(("Person at ", "Motion at ", "Package at ")) + rng.choice(CAMERAS),
                (210, y + 36),
                0.55,
                s.fg,
            )
            note(img, clock(rng, night)[11:16], (210, y + 72), 0.5, GREY)
            y += 110
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def zoomed(
    piece: np.ndarray, faces: list[BoxF], rng: random.Random, z: float
) -> tuple[np.ndarray, list[BoxF], tuple[int, int, int, int]]:
    """A camera's picture pinch-zoomed ``z`` times round one of its faces (or its middle): the crop
    scaled up to the whole frame (soft, its faces along), and the crop's rectangle."""
    h, w = piece.shape[:2]
    cw, ch = round(w / z), round(h / z)
    if faces:
        a, b, c, d = rng.choice(faces)
        cx, cy = (a + c) / 2, (b + d) / 2 + ch * 0.12
    else:
        cx, cy = w / 2, h / 2
    x = min(max(0, round(cx - cw / 2)), w - cw)
    y = min(max(0, round(cy - ch / 2)), h - ch)
    part = np.ascontiguousarray(piece[y : y + ch, x : x + cw])
    moved = [(a - x, b - y, c - x, d - y) for a, b, c, d in faces]
    big, scaled = H6.resized(part, moved, w, h)
    return big, scaled, (x, y, x + cw, y + ch)


def cam_playback(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A security camera's playback: the recording (``cam_view``: one to three people, faces 24-140
    px, through a wide lens, infra-red on half) with the time burnt in and the camera's name; on
    half pinch-zoomed two to three times round a face (``zoomed``: soft, faces up to 400 px) with
    the whole frame's inset over its upper right (faces shrunk to a quarter, under 18 px not
    counted) and the zoomed part outlined there; else person boxes round the people and the motion
    zone's tinted outline; the controls; the day's timeline with events; who can view the camera (a
    stack of 18-24 px); events (thumbnails, one to three people with faces 18-44 px on the person
    events, chips, times)."""
    s = new_screen(rng, name, cast.kind("playback"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    cam = rng.choice(CAMERAS)
    back_title(s, y, cam)
    icon(img, rng, (WIDTH - 60, y + 34), 20, s.fg)
    y += 90
    vh = rng.choice((WIDTH * 9 // 16, WIDTH * 3 // 4))
    night = rng.random() < 0.5
    piece, faces = cam_view(cast, rng, WIDTH, vh, 24, 140, rng.randrange(1, 4), rng.uniform(0.2, 0.4), night)
    if rng.random() < 0.5:
        z = rng.uniform(2.0, 3.0)
        big, scaled, (zx1, zy1, zx2, zy2) = zoomed(piece, faces, rng, z)
        paste_photo(cast, s, big, scaled, 0, y)
        mw = 260
        mh = round(vh * mw / WIDTH)
        mini, small_faces = H6.resized(piece, faces, mw, mh)
        mx, my = WIDTH - mw - 20, y + 20
        cv2.rectangle(img, (mx - 3, my - 3), (mx + mw + 2, my + mh + 2), WHITE, -1)
        paste_photo(cast, s, mini, small_faces, mx, my)
        k = mw / WIDTH
        cv2.rectangle(
            img,
            (mx + round(zx1 * k), my + round(zy1 * k)),
            (mx + round(zx2 * k), my + round(zy2 * k)),
            AMBER,
            2,
        )
        pill(img, 20, y + vh - 110, 100, 40, (20, 20, 20))
        note(img, f"{z:.1f}x", (40, y + vh - 82), 0.6, WHITE, 2)
    else:
        paste_photo(cast, s, piece, faces, 0, y)
        xs = [rng.randrange(a * WIDTH // 12, b * WIDTH // 12) for a, b in ((0, 4), (3, 6), (6, 9), (8, 12))]
        zone = np.array(
            [[xs[0], y + vh - 1], [xs[1], y + vh // 2], [xs[2], y + vh // 2], [xs[3], y + vh - 1]], np.int32
        )
        alpha = np.zeros((vh, WIDTH), np.float32)
        cv2.fillPoly(alpha, [zone - np.array([0, y])], 0.18)
        tint = np.array(AMBER, np.float32)
        H10.redrawn(
            s,
            (0, y, WIDTH, y + vh),
            lambda part: (part * (1 - alpha[:, :, None]) + tint * alpha[:, :, None]).astype(np.uint8),
        )
        cv2.polylines(img, [zone], True, AMBER, 2, cv2.LINE_AA)
        for a, b, c, d in faces:
            fw, fh = c - a, d - b
            box = (round(a - fw * 0.9), round(b - fh * 0.35), round(c + fw * 0.9), round(d + fh * 3.5))
            cv2.rectangle(img, (box[0], y + box[1]), (box[2], y + min(vh - 1, box[3])), GOLD, 2)
    stamp(img, 20, y + 40, clock(rng, night), 0.7)
    stamp(img, 20, y + vh - 20, cam.upper(), 0.6)
    y += vh + 10
    for k in range(5):  # the controls: back 10 s, play, forward, speed, snapshot
        c = (round(WIDTH * (k + 0.5) / 5), y + 50)
        if k == 2:
            play_button(img, c, 36, s.fg, page)
        else:
            icon(img, rng, c, 18, s.fg)
    y += 110
    hours = rng.randrange(8, 25)
    cv2.rectangle(img, (30, y), (WIDTH - 30, y + 70), off(page, 14), -1)
    for k in range(hours + 1):
        x = 30 + round((WIDTH - 60) * k / hours)
        cv2.line(img, (x, y + 70), (x, y + 80), GREY, 2)
    for _ in range(rng.randrange(4, 14)):
        x = rng.randrange(40, WIDTH - 60)
        cv2.rectangle(
            img,
            (x, y + 10),
            (x + rng.randrange(6, 30), y + 60),
            rng.choice((TEAL, AMBER, (200, 120, 60))),
            -1,
        )
    head = rng.randrange(60, WIDTH - 60)
    cv2.line(img, (head, y - 10), (head, y + 80), RED, 3)
    y += 120
    foot = H - NAV_H - 130
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 24, page)
    note(img, "can view this camera", (end + 12, y + 30), 0.55, GREY)
    y += 70
    y = section(s, y, "Events", False)
    while y + 150 < foot:
        night = rng.random() < 0.45
        kind = rng.choice(("Person", "Person", "Person", "Package", "Vehicle", "Motion"))
        people = rng.choice((1, 2, 2, 3)) if kind == "Person" else rng.choice((0, 0, 1))
        piece, faces = cam_view(cast, rng, 220, 124, 18.3, 44, people, rng.uniform(0.15, 0.35), night)
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(124, 220, 12))
        tag(img, 270, y + 4, kind, AMBER if kind == "Person" else off(page, 40), 32)
        note(img, clock(rng, night)[11:19], (270, y + 78), 0.6, s.fg, 2)
        note(img, f"{rng.randrange(5, 90)} s", (270, y + 112), 0.5, GREY)
        y += 144
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def comment(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, lo: float, hi: float) -> int:
    """A neighbour's comment from ``x``: the 18-28 px face (initials on some), the name and street,
    one or two lines, "Thank" and "Reply". Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, x, y, lo, hi, (1.1, 1.25), "circle", person=True)
    note(
        img, who(rng) + " - " + rng.choice(C.WORDS).title()[:8] + " St", (x + 16 + sd, y + 22), 0.55, s.fg, 2
    )
    s.words(rng, x + 16 + sd, y + 56, 0.55, rng.randrange(3, 8))
    lines = 1 + (rng.random() < 0.4)
    if lines == 2:
        s.words(rng, x + 16 + sd, y + 86, 0.55, rng.randrange(2, 6))
    note(img, "Thank   Reply", (x + 16 + sd, y + 56 + 30 * lines + 10), 0.5, GREY)
    return max(sd, 70 + 30 * lines) + 18


def safety_post(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood app's safety post: the poster (26-36 px, "verified neighbour" and the
    street), the category's tag; the shared doorbell clip (``cam_view``: one or two people, faces
    30-180 px, through a strong wide lens, infra-red on 45 %) with the time burnt in, the camera
    brand's mark and a play button over its middle; "thanked by" a stack of 18-22 px; comments
    (``comment``: 20-28 px faces, replies 18-24 px indented)."""
    s = new_screen(rng, name, cast.kind("safety"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    back_title(s, y, "Safety")
    y += 90
    sd = face_avatar(cast, s, rng, 30, y, 26, 36, (1.1, 1.25), "circle", person=True)
    note(img, who(rng) + " " + rng.choice("ABCDKLMRST") + ".", (46 + sd, y + 24), 0.65, s.fg, 2)
    note(
        img,
        "Verified neighbour - " + rng.choice(C.WORDS).title()[:9] + f" St - {rng.randrange(1, 23)} h",
        (46 + sd, y + 58),
        0.5,
        GREY,
    )
    y += max(sd, 70) + 14
    kind = rng.choice(("Suspicious activity", "Package taken", "Heads up", "Found on camera"))
    tag(img, 30, y, kind, AMBER if kind != "Heads up" else TEAL, 36)
    y += 56
    s.words(rng, 30, y + 20, 0.6, rng.randrange(5, 9))
    s.words(rng, 30, y + 54, 0.6, rng.randrange(3, 8))
    y += 80
    cw = WIDTH - 60
    ch = rng.choice((cw * 3 // 4, cw, round(cw * 1.1)))
    night = rng.random() < 0.45
    piece, faces = cam_view(cast, rng, cw, ch, 30, 180, rng.choice((1, 1, 2)), rng.uniform(0.3, 0.5), night)
    paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ch, cw, 18))
    stamp(img, 50, y + 40, clock(rng, night), 0.65)
    stamp(img, 30 + cw - 190, y + ch - 24, "DOORCAM", 0.7)
    play_button(img, (30 + cw // 2, y + ch // 2), 44, (250, 250, 250), INK)
    y += ch + 20
    heart(img, (50, y + 24), 16, RED)
    note(img, f"Thank ({rng.randrange(2, 90)})", (76, y + 34), 0.6, s.fg)
    end = stack(cast, s, rng, 260, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 40))
    note(img, f"{rng.randrange(2, 60)} comments", (max(end + 20, WIDTH - 220), y + 34), 0.55, GREY)
    y += 70
    foot = H - NAV_H - 130
    while y + 110 < foot:
        y += comment(cast, rng, s, 30, y, 20, 28)
        if rng.random() < 0.35 and y + 110 < foot:
            y += comment(cast, rng, s, 100, y, 18.3, 24)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def flyer(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, most: int) -> int:
    """A notice pinned to the board, at most ``most`` px high: a paper of its own colour with
    "LOST", "FOUND" or "THANK YOU" in big letters, a photo (people on 45 %: a found print, the
    neighbours who helped, faces 20-70 px; else a thing or keys), lines, the poster's 22-30 px face
    at its foot and tear-off tabs; turned 1-5 degrees, a shadow under it and a pushpin over its top.
    Returns its height on the board."""
    img = s.img
    kind = rng.choice(("LOST", "FOUND", "FOUND", "THANK YOU", "FREE"))
    paper = rng.choice(PAPERS)
    ph = rng.randrange(170, 271)
    fh = min(most, 90 + ph + 160)
    if fh < 260:
        return 0

    def draw(sc: Screen) -> None:
        sc.img[:] = paper
        title(sc.img, kind, (14, 56), 1.2 if len(kind) < 6 else 0.9, SOLD if kind == "LOST" else INK)
        top, hh = 76, min(ph, fh - 250)
        if hh > 60:
            if rng.random() < 0.45:
                cut_photo(cast, rng, sc, 12, top, w - 24, hh, 20, 70, None, 1.0)
            elif rng.random() < 0.4:
                blit(sc.img, H11.render(rng, w - 24, hh, (key_ring,)), 12, top)
            else:
                cast.thing(sc, 12, top, w - 24, hh)
            top += hh + 10
        for k in range(2):
            sc.words(rng, 14, top + 28 + 30 * k, 0.5, rng.randrange(2, 5), INK)
        sd = face_avatar(cast, sc, rng, 14, top + 56, 22, 30, (1.05, 1.2), "circle", person=True)
        note(sc.img, who(rng), (24 + sd, top + 56 + sd // 2 + 8), 0.5, INK)
        for k in range(1, 6):  # tear-off tabs
            tx = round(k * w / 6)
            cv2.line(sc.img, (tx, fh - 64), (tx, fh), GREY, 1)
        cv2.line(sc.img, (0, fh - 64), (w, fh - 64), GREY, 1)

    piece, faces = offscreen(w, fh, draw)
    piece, faces, where = turned(piece, faces, rng.uniform(-5, 5))
    ox, oy = x - (piece.shape[1] - w) // 2, y - (piece.shape[0] - fh) // 2
    fill(img, where, ox + 5, oy + 7, (40, 60, 90))
    paste_photo(cast, s, piece, faces, ox, oy, where)
    pushpin(img, (x + w // 2 + rng.randrange(-20, 21), y + 12), random_colour(rng, 40, 230))
    return fh


def notice_board(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A neighbourhood lost-and-found board: the title, the area, filter chips; a cork board of
    notices in two columns (``flyer``: turned papers with found prints or thank-you photos, faces
    20-70 px, posters' 22-30 px faces, pushpins), down to the tab bar."""
    s = new_screen(rng, name, cast.kind("board"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 54, "Lost & found", 1.3)
    note(img, rng.choice(C.WORDS).title() + f" Park - {rng.randrange(1, 5)} mi", (32, y + 94), 0.6, GREY)
    y += 120
    chips(img, rng, 30, y, 4, 44, (100, 160), off(page, 18), s.fg)
    y += 70
    foot = H - NAV_H - 120
    flyer_board(img, rng, y, foot)
    col = (WIDTH - 90) // 2
    xs, ys = (30, 60 + col), [y + 30, y + 30 + rng.randrange(20, 120)]
    while True:
        k = 0 if ys[0] <= ys[1] else 1
        if ys[k] + 280 > foot:
            break
        fh = flyer(cast, rng, s, xs[k], ys[k], col, foot - ys[k] - 20)
        if not fh:
            break
        ys[k] += fh + 34
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def balances(cast: Cast, rng: random.Random, s: Screen, y: int, h: int) -> None:
    """Who owes whom in a shared house: three or four housemates' round photos (faces 40-72 px)
    round the area's middle, one's own in an accent ring, arrows between some of them with the
    sums on pills (drawn first, stopping short of the photos)."""
    img = s.img
    n = rng.choice((3, 3, 4))
    side = rng.randrange(100, 131)
    cx, cy, rx, ry = WIDTH // 2, y + h // 2, WIDTH // 2 - 150, h // 2 - side // 2 - 20
    a0 = rng.uniform(0, math.pi / n)
    spots = [
        (
            round(cx + rx * math.cos(a0 + 2 * math.pi * k / n)),
            round(cy + ry * math.sin(a0 + 2 * math.pi * k / n)),
        )
        for k in range(n)
    ]
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.7] or [(0, 1)]
    for i, j in pairs:
        (x1, y1), (x2, y2) = spots[i], spots[j]
        if rng.random() < 0.5:
            (x1, y1), (x2, y2) = (x2, y2), (x1, y1)
        d = math.hypot(x2 - x1, y2 - y1)
        cut = (side / 2 + 14) / max(1.0, d)
        p = (round(x1 + (x2 - x1) * cut), round(y1 + (y2 - y1) * cut))
        q = (round(x2 - (x2 - x1) * cut), round(y2 - (y2 - y1) * cut))
        cv2.arrowedLine(img, p, q, GREY, 4, cv2.LINE_AA, tipLength=min(0.3, 30 / max(1.0, d)))
        mx, my = (p[0] + q[0]) // 2, (p[1] + q[1]) // 2
        pill(img, mx - 56, my - 20, 112, 40, s.accent)
        note(img, amount(rng, 5, 300)[:-3], (mx - 40, my + 8), 0.55, WHITE, 2)
    for k, (x, yy) in enumerate(spots):
        if k == 0:
            cv2.circle(img, (x, yy), side // 2 + 8, s.accent, 5, cv2.LINE_AA)
        cast.avatar(
            s,
            x - side // 2,
            yy - side // 2,
            min(72.0, max(40.0, side / rng.uniform(1.5, 2.4))),
            side,
            "circle",
        )
        note(img, "You" if k == 0 else who(rng)[:7], (x - 30, yy + side // 2 + 30), 0.55, s.fg, 2)


def household(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared household's app: the house's banner (a photo of the housemates, faces 20-90 px,
    darkened towards its foot) under the house's name and its members' stack (22-30 px); balances
    (``balances``: 40-72 px faces joined by arrows and sums); the week's chores (whose turn, 22-30
    px faces, done ticks); the shopping list (who added each item, 18-22 px)."""
    s = new_screen(rng, name, cast.kind("household"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(300, 381)
    piece, faces = snapshot(cast, WIDTH, bh, 20, 90, 0.9)
    paste_photo(cast, s, piece, faces, 0, y)
    H6.stepped(s, (0, y + bh // 2, WIDTH, y + bh), 0.0, 0.55, 8)
    title(
        img,
        rng.choice(("Flat", "House", "Unit")) + " " + str(rng.randrange(1, 40)) + rng.choice("ABC"),
        (30, y + bh - 36),
        1.3,
        WHITE,
    )
    y += bh + 20
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 5), 22, 30, page)
    note(img, f"{rng.randrange(3, 6)} housemates", (end + 14, y + 34), 0.6, GREY)
    y += 80
    y = section(s, y, "Balances", False)
    gh = rng.randrange(380, 441)
    balances(cast, rng, s, y, gh)
    y += gh + 10
    pill(img, 30, y, WIDTH - 60, 64, s.accent)
    note(img, "Settle up", (WIDTH // 2 - 70, y + 42), 0.7, WHITE, 2)
    y += 90
    foot = H - NAV_H - 130
    y = section(s, y, "Chores this week", False)
    for _ in range(rng.randrange(2, 5)):
        if y + 80 > foot:
            break
        done = rng.random() < 0.4
        icon(img, rng, (56, y + 30), 18, s.accent)
        note(
            img,
            rng.choice(("Bins out", "Kitchen", "Bathroom", "Hoover", "Recycling", "Plants")),
            (100, y + 40),
            0.65,
            GREY if done else s.fg,
            2,
        )
        sd = face_avatar(cast, s, rng, WIDTH - 280, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(img, rng.choice(("Mon", "Wed", "Fri", "Sun")), (WIDTH - 260 + sd, y + sd // 2 + 8), 0.55, GREY)
        if done:
            badge(img, (WIDTH - 70, y + sd // 2), 18, GREEN, "check")
        else:
            cv2.circle(img, (WIDTH - 70, y + sd // 2), 18, GREY, 3, cv2.LINE_AA)
        y += max(sd, 60) + 16
    if y + 120 < foot:
        y = section(s, y, "Shopping list", False)
    while y + 64 < foot:
        checked = rng.random() < 0.3
        cv2.rectangle(img, (34, y + 8), (66, y + 40), GREY, 3)
        if checked:
            cv2.line(img, (40, y + 24), (50, y + 34), GREEN, 4)
            cv2.line(img, (50, y + 34), (62, y + 12), GREEN, 4)
        note(img, rng.choice(C.WORDS).title(), (90, y + 34), 0.65, GREY if checked else s.fg)
        face_avatar(cast, s, rng, WIDTH - 90, y, 18.3, 22, (1.05, 1.2), "circle", person=True)
        y += 58
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def intercom(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A building's video intercom ringing: a dark card with "Lobby door" and a pulsing dot, the
    entry camera's picture (``cam_view`` at eye level: one or two visitors, faces 60-220 px, a wide
    lens, black and white on 40 %), the time burnt in, "slide to open" and decline. Returns its
    height."""
    img = s.img
    vw, vh = WIDTH - 100, rng.randrange(420, 561)
    ch = vh + 200
    fill(img, rounded_rect(ch, WIDTH - 60, 26), 30, y, (34, 34, 38))
    cv2.circle(img, (74, y + 42), 10, GREEN, -1, cv2.LINE_AA)
    note(
        img,
        rng.choice(("Lobby door", "Main entrance", "Garage gate")) + " is calling",
        (96, y + 52),
        0.7,
        WHITE,
        2,
    )
    piece, faces = cam_view(cast, rng, vw, vh, 60, 220, rng.choice((1, 1, 2)), rng.uniform(0.25, 0.45), False)
    if rng.random() < 0.4:
        piece = cv2.cvtColor(cv2.cvtColor(piece, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    paste_photo(cast, s, piece, faces, 50, y + 76, rounded_rect(vh, vw, 16))
    stamp(img, 66, y + 110, clock(rng, False)[11:], 0.6)
    top = y + 76 + vh + 24
    pill(img, 50, top, vw - 120, 80, (70, 70, 74))
    cv2.circle(img, (90, top + 40), 34, GREEN, -1, cv2.LINE_AA)
    note(img, "slide to open", (150, top + 50), 0.7, (200, 200, 200))
    badge(img, (WIDTH - 90, top + 40), 38, RED, "x")
    return ch + 24


def tenant_portal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A building's tenant app: one's 26-34 px face and the unit; on half the video intercom
    ringing (``intercom``: visitors' faces 60-220 px), else the building's photo; on 60 % a
    technician's visit (a 40-64 px face in a squircle, an "ID checked" tick); the manager's
    announcement (30-44 px, a photo of a building event with faces 18-60 px on half, "seen by" a
    stack of 18-22 px); the staff (26-44 px, cut by the right edge); requests (technicians' 22-30 px
    faces or initials, status chips); amenities' bookings (stacks of 18-22 px)."""
    s = new_screen(rng, name, cast.kind("tenant"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    sd = face_avatar(cast, s, rng, 30, y, 26, 34, (1.2, 1.45), "circle")
    heading(s, 50 + sd, y + sd // 2 + 14, f"Unit {rng.randrange(1, 40)}{rng.choice('ABCDEF')}", 1.0)
    icon(img, rng, (WIDTH - 60, y + sd // 2), 20, s.fg)
    y += max(sd, 60) + 30
    if rng.random() < 0.5:
        y += intercom(cast, rng, s, y)
    else:
        bh = rng.randrange(260, 341)
        blit(img, H11.render(rng, WIDTH - 60, bh, (H13.facade,)), 30, y, rounded_rect(bh, WIDTH - 60, 22))
        name_label(img, words(rng, 1).title()[:10] + " House", 50, y + bh - 20, 44)
        y += bh + 24
    foot = H - NAV_H - 130
    if rng.random() < 0.6:
        fill(img, rounded_rect(150, WIDTH - 60, 20), 30, y, off(page, 10))
        sd = face_avatar(cast, s, rng, 54, y + 24, 40, 64, (1.15, 1.3), "squircle")
        tick_badge(img, (54 + sd - 8, y + 24 + sd - 8), 16, off(page, 10))
        note(
            img,
            "Technician visit - " + rng.choice(("Tue", "Wed", "Thu")) + f" {rng.randrange(8, 16)}:00",
            (80 + sd, y + 62),
            0.65,
            s.fg,
            2,
        )
        note(img, who(rng) + " - ID checked", (80 + sd, y + 100), 0.55, GREY)
        y += 174
    y = section(s, y, "From the management", False)
    sd = face_avatar(cast, s, rng, 30, y, 30, 44, (1.1, 1.25), "circle")
    note(img, who(rng), (50 + sd, y + 26), 0.65, s.fg, 2)
    tag(img, 50 + sd, y + 38, "Property manager", s.accent, 28)
    y += max(sd, 70) + 12
    s.words(rng, 30, y + 20, 0.6, rng.randrange(4, 9))
    y += 44
    if rng.random() < 0.5 and y + 360 < foot:
        ph = rng.randrange(240, 321)
        cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 18.3, 60, rounded_rect(ph, WIDTH - 60, 18), 0.9)
        y += ph + 14
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(5, 80))
    note(img, "seen", (end + 12, y + 30), 0.5, GREY)
    y += 70
    if y + 220 < foot:
        y = section(s, y, "Building staff")
        x, tallest = 30, 0
        while x < WIDTH:
            sd = face_avatar(cast, s, rng, x, y, 26, 44, (1.15, 1.3), "circle")
            note(
                img,
                rng.choice(("Concierge", "Super", "Leasing", "Security", "Cleaning")),
                (x, y + sd + 30),
                0.5,
                GREY,
            )
            x, tallest = x + sd + 50, max(tallest, sd)
        y += tallest + 60
    while y + 90 < foot:
        if rng.random() < 0.55:
            sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
            note(
                img,
                rng.choice(("Leaking tap", "Heating", "Door buzzer", "Light out", "Window seal")),
                (50 + sd, y + 24),
                0.6,
                s.fg,
                2,
            )
            status = rng.choice(("Scheduled", "In progress", "Done"))
            tag(img, 50 + sd, y + 38, status, {"Done": GREEN, "Scheduled": TEAL}.get(status, AMBER), 28)
            y += max(sd, 70) + 14
        else:
            note(img, rng.choice(("Gym", "Rooftop", "Laundry", "Party room")), (30, y + 30), 0.65, s.fg, 2)
            note(img, f"{rng.randrange(6, 22)}:00", (30, y + 62), 0.5, GREY)
            end = stack(cast, s, rng, 260, y + 10, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 9))
            note(img, "booked", (end + 12, y + 40), 0.5, GREY)
            y += 84
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    agent_profile,
    live_tour,
    pro_job,
    quote_compare,
    home_dashboard,
    cam_playback,
    safety_post,
    notice_board,
    household,
    tenant_portal,
)
# with people: each twice a round but two (among the fewest faces a screen)
ONCE = (cam_playback, safety_post)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: pinned notices with photos, a
# camera's recording, housemates' photos joined by arrows)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, notice_board, cam_playback, household)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT27_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h27", photos, free, seed, reps)
