"""Held-out screens, thirty-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a restaurant's floor plan, a till
receipt, a hotel key card on its sleeve, a cash drawer from above; nothing with eyes, a mouth or a
mask); every random choice from ``HELDOUT32_SEED``. Faces are pasted through heldout2's ``Screen``,
which settles each one on the finished screen (pixels drawn over a face later are not the face's; a
face with under half of its box left is dropped); the people's places are filled by heldout11's
``Cast`` (through heldout26's, its screens marked h32-; on face-free screens pets, objects,
textures, initials and this set's drawn things), which counts a face cut by an edge once half of
its box is inside. Faces under 18 px are drawn and not counted, as everywhere in the bench.

What it adds is faces in the apps of shift work and hospitality, most of them tiny: staff photos in
rota rows and in the shift cells they cover, on kitchen tickets, on tills' leaderboards and tip
splits, and the larger faces such apps also show (a stylist's before-and-after, a gym member's file
photo at the door, a tablet camera's clock-in stills). Near repeats avoided: heldout22's calendar
and heldout25's volunteers' rota (here a week's grid of shifts per person, the covering person's
face inside a cell, open shifts' applicants); heldout23's local pros and ride hailing (here shift
offers between colleagues); heldout23's hotel cards (here the desk's side: arrivals and a guest's
chat); heldout4's leaderboard (here a store's podium over its sales bars); heldout23's food delivery
(here the kitchen's own ticket screen). Ten layouts:
- a restaurant's rota (``staff_rota``): the manager (28-36 px); a week's grid (``rota_row``: each
  person's 20-30 px face, coloured shift blocks, the cover's 18-20 px face inside some cells); open
  shifts with applicants' stacks (18-22 px);
- a shift-swap marketplace (``shift_swap``): the team's photo (18-60 px) on half; offers
  (``offer_card``: the poster's 28-40 px face, "interested" stacks of 18-22 px); taken ones faded;
- a hotel's front desk (``front_desk``): the clerk (26-34 px); arrivals (``arrival_row``: 24-32
  px, VIP tags, room chips); the concierge chat on 70 % (the concierge 36-56 px, a guest's photo
  with faces 30-160 px) else departures (22-28 px);
- a store team's dashboard (``store_team``): the day's sales; the podium (``podium``: 64-140 px,
  medals); the leaderboard (22-30 px, bars); on shift now (18-24 px);
- a kitchen display (``kitchen_display``): tickets (``ticket``: the cook's 18-26 px face on its
  head, timers, items, bump); the expo (28-36 px); dark;
- a gig worker's timesheet (``gig_timesheet``): the worker's photo (80-200 px); the week; shifts
  with crews' stacks (18-22 px); ratings from managers (20-28 px);
- a salon's booking (``salon_booking``): the salon's photo (40-240 px), the latest reviewers (18-22
  px); stylists (``stylist``: 40-100 px in rings, the chosen one ringed); slots; a before-and-after
  (50-130 px) and reviews (20-28 px);
- a gym's front desk (``gym_checkin``): the member at the door (90-220 px, an "expired" band on
  some); the feed (``checkin_row``: 24-36 px); in the club now (18-22 px);
- a delivery kitchen's clock-in wall (``clockin_wall``): the tablet's camera with an oval guide
  (100-260 px); stills of the day's clock-ins (``clock_still``: 30-90 px, time bands, IN/OUT);
- a tips and payroll screen (``tips_payroll``): one's 28-40 px face; the pool's ring; the split
  (``tip_row``: 22-30 px, points, bars); approved by (20-24 px).
Light, dark and tinted themes (the kitchen display and the clock-in wall mostly dark); JPEG quality
30-60. Tags, chips, medals, time bands, status pills, stars and bars take the pixels they cover; a
face under them counts while half of its box shows; rings are drawn before the faces they ring;
the fade over taken offers leaves their faces counted, paler; initials, logos, "+N" discs and drawn
things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,140 faces (899 under 32 px, 74 of 32-63, 133 of 64-127,
34 larger; 930 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, cells, tickets,
stills and podiums); ``reps=1`` a quarter (18 screens with 293 faces: 235, 9, 41 and 8 by size,
240 under 40 px; 13 face-free). Every layout but the kitchen display and the clock-in wall (8.25 and
18 faces a screen at 4 reps, the one among the fewest, the other of larger faces) is drawn twice a
round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    staff_rota         8 screens   280 faces: 278,  2,  0,  0
    shift_swap         8 screens   121 faces: 109,  9,  0,  3
    front_desk         8 screens    92 faces:  76,  9,  7,  0
    store_team         8 screens   129 faces: 105,  0, 23,  1
    kitchen_display    4 screens    33 faces:  33,  0,  0,  0
    gig_timesheet      8 screens    91 faces:  82,  0,  3,  6
    salon_booking      8 screens   130 faces:  20,  9, 94,  7
    gym_checkin        8 screens   106 faces:  95,  3,  0,  8
    clockin_wall       4 screens    72 faces:  18, 39,  6,  9
    tips_payroll       8 screens    86 faces:  83,  3,  0,  0
Counted by running the generator alone (no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import composites as C
import cv2
import heldout3 as H3
import heldout5 as H5
import heldout10 as H10
import heldout11 as H11
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off
from heldout11 import INK, paste_photo, snapshot
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, progress, tab_bar, words
from heldout22 import stack
from heldout23 import FONT, WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who

HELDOUT32_SEED = 32323
AMBER: Colour = (40, 160, 250)
TEAL: Colour = (160, 150, 30)
DAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# the roles a rota colours its shifts by: the name and the colour
ROLES: tuple[tuple[str, Colour], ...] = (
    ("Bar", (200, 120, 40)),
    ("Floor", (90, 170, 60)),
    ("Kitchen", (60, 90, 220)),
    ("Host", (190, 80, 170)),
    ("Runner", (40, 170, 220)),
)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def floor_plan(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A restaurant's floor plan as a host stand shows it: walls, the bar as a long counter, tables
    (squares and long rectangles, their numbers, chairs as small bars along their sides) coloured
    by state (free, seated, ordered, paying)."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((235, 235, 232), (45, 45, 50), (225, 232, 238)))
    wall = (90, 90, 95) if img[0, 0, 0] > 128 else (150, 150, 155)
    t = max(1, min(w, h) // 60)
    cv2.rectangle(img, (t, t), (w - t - 1, h - t - 1), wall, t)
    cv2.rectangle(img, (w // 20, h // 14), (w * 9 // 20, h // 14 + max(3, h // 16)), tone(wall, 40), -1)
    g = max(8, round(min(w, h) / rng.uniform(4, 6)))
    states = ((200, 200, 200), (90, 200, 80), (40, 170, 250), (70, 60, 235))
    n = 1
    for y in range(h // 5, h - g // 2, g + g // 3):
        for x in range(w // 12, w - g // 2, g + g // 3):
            if rng.random() < 0.2:
                continue
            long = rng.random() < 0.25 and x + 2 * g < w
            tw, th = (2 * g if long else g) * 2 // 3, g * 2 // 3
            colour = rng.choice(states)
            for k in range(2 if long else 1):  # chairs: bars along the long sides
                cx = x + (k * 2 + 1) * tw // (4 if long else 2)
                cv2.rectangle(img, (cx - th // 5, y - th // 4), (cx + th // 5, y - th // 10), wall, -1)
                cv2.rectangle(
                    img, (cx - th // 5, y + th + th // 10), (cx + th // 5, y + th + th // 4), wall, -1
                )
            cv2.rectangle(img, (x, y), (x + tw, y + th), colour, -1)
            scale = th / 60
            cv2.putText(img, str(n), (x + tw // 5, y + th * 2 // 3), FONT, scale, INK, 1, cv2.LINE_AA)
            n += 1
    return img


def receipt(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A till receipt on a counter: a white slip with a torn zigzag foot, lines of items and prices
    as grey bars, a total in bold, a barcode."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((60, 80, 110), (40, 40, 44), (150, 170, 190), (110, 120, 100)))
    rw = max(6, round(w * rng.uniform(0.5, 0.7)))
    x0, y0 = (w - rw) // 2, max(1, h // 20)
    foot = h - max(2, h // 10)
    cv2.rectangle(img, (x0, y0), (x0 + rw, foot), (245, 245, 240), -1)
    z = max(2, rw // 14)
    teeth = [[x0 + k * z, foot + (z // 2 if k % 2 else 0)] for k in range(rw // z + 1)]
    cv2.fillPoly(img, [np.array([[x0, foot], *teeth, [x0 + rw, foot]], np.int32)], (245, 245, 240))
    line = max(3, h // 24)
    y = y0 + line * 2
    cv2.rectangle(img, (x0 + rw // 4, y0 + line // 2), (x0 + rw * 3 // 4, y0 + line), (60, 60, 60), -1)
    while y + line * 5 < foot:
        cv2.rectangle(
            img,
            (x0 + rw // 10, y),
            (x0 + rw // 10 + rng.randrange(rw // 5, rw // 2 + 1), y + 1 + line // 4),
            (120, 120, 120),
            -1,
        )
        cv2.rectangle(img, (x0 + rw * 3 // 4, y), (x0 + rw * 9 // 10, y + 1 + line // 4), (120, 120, 120), -1)
        y += line
    cv2.rectangle(img, (x0 + rw // 10, y), (x0 + rw * 9 // 10, y + 1 + line // 3), (30, 30, 30), -1)
    for k in range(x0 + rw // 8, x0 + rw * 7 // 8, max(1, rw // 40)):  # the barcode
        if rng.random() < 0.6:
            cv2.line(img, (k, y + line), (k, min(foot - 2, y + line * 3)), (20, 20, 20), 1)
    return img


def key_card(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A hotel's key card on its paper sleeve on the desk's wood: the card's colour and the hotel's
    wordmark as a bar, a chip or a magnetic stripe, the room number on the sleeve."""
    img = np.zeros((h, w, 3), np.uint8)
    wood = rng.choice(((40, 70, 110), (70, 100, 140), (30, 40, 60)))
    img[:] = wood
    for y in range(0, h, max(2, h // 18)):
        cv2.line(img, (0, y), (w, y + rng.randrange(-3, 4)), tone(wood, -15), 1)
    sw, sh = round(w * 0.62), round(h * 0.7)
    sx, sy = w // 12, h // 6
    cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), (235, 235, 228), -1)
    cv2.putText(
        img,
        str(rng.randrange(101, 1299)),
        (sx + sw // 8, sy + sh * 3 // 4),
        FONT,
        sh / 90,
        INK,
        max(1, sh // 50),
        cv2.LINE_AA,
    )
    cw, ch = round(w * 0.55), round(h * 0.45)
    cx, cy = w - cw - w // 14, h // 10
    colour = random_colour(rng, 40, 220)
    fill(img, rounded_rect(ch, cw, max(2, ch // 8)), cx, cy, colour)
    if rng.random() < 0.5:
        cv2.rectangle(img, (cx, cy + ch // 5), (cx + cw, cy + ch * 2 // 5), (25, 25, 25), -1)
    else:
        cv2.rectangle(img, (cx + cw // 8, cy + ch // 3), (cx + cw // 3, cy + ch * 2 // 3), GOLD, -1)
    cv2.rectangle(
        img,
        (cx + cw // 2, cy + ch * 3 // 4),
        (cx + cw * 9 // 10, cy + ch * 3 // 4 + max(2, ch // 12)),
        WHITE,
        -1,
    )
    return img


def cash_drawer(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A till's cash drawer from above: four note slots with banknotes under their clips and a row
    of coin cups with coins as discs."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = (35, 35, 38)
    slot_w = max(4, (w - 10) // 4)
    for k in range(4):
        x = 5 + k * slot_w
        cv2.rectangle(img, (x + 2, 4), (x + slot_w - 2, h * 3 // 5), (60, 60, 64), -1)
        note_c = rng.choice(((120, 170, 110), (170, 120, 90), (90, 130, 200), (200, 180, 120)))
        for j in range(rng.randrange(0, 5)):
            cv2.rectangle(img, (x + 5, 8 + j * 3), (x + slot_w - 5, h * 3 // 5 - 6), tone(note_c, -8 * j), -1)
        cv2.rectangle(img, (x + slot_w // 3, 4), (x + slot_w * 2 // 3, h // 6), (170, 170, 175), -1)
    cups = rng.randrange(5, 8)
    cw = max(4, (w - 10) // cups)
    for k in range(cups):
        x = 5 + k * cw
        cv2.rectangle(img, (x + 2, h * 3 // 5 + 6), (x + cw - 2, h - 6), (55, 55, 60), -1)
        for _ in range(rng.randrange(0, 6)):
            c = (
                x + rng.randrange(2, max(3, cw - 2)),
                rng.randrange(h * 3 // 5 + 8, max(h * 3 // 5 + 9, h - 8)),
            )
            cv2.circle(
                img,
                c,
                max(2, cw // 5),
                rng.choice(((80, 160, 200), (190, 190, 195), (60, 120, 170))),
                -1,
                cv2.LINE_AA,
            )
    return img


RENDERS: tuple[H11.Render, ...] = (floor_plan, receipt, key_card, cash_drawer)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h32-, whose drawn things are this set's: a floor plan, a receipt, a key card, a
    cash drawer."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h32-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def clock(rng: random.Random) -> str:
    """A shift's start or end time."""
    return f"{rng.randrange(6, 24):02d}:{rng.choice(('00', '15', '30', '45'))}"


def stars(img: np.ndarray, x: int, y: int, n: float, r: int = 10) -> None:
    """A rating of five stars, the first ``n`` gold (they take the pixels they cover)."""
    for k in range(5):
        star(img, (x + r + k * (2 * r + 4), y), r, GOLD if k < round(n) else (190, 190, 190))


def warm(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A salon's after shot under its own lights: a warm cast and a little more contrast (for
    ``heldout10.redrawn``: the faces under it stay counted as they look now)."""
    cast, k = np.array((20, 60, 110), np.float32), rng.uniform(0.08, 0.18)
    return lambda part: np.clip((part * 1.08 - 8) * (1 - k) + cast * k, 0, 255).astype(np.uint8)


def grain(rng: random.Random) -> Callable[[np.ndarray], np.ndarray]:
    """A wall tablet's front camera under kitchen lights: a colour cast, a soft focus and sensor
    grain (for ``heldout10.redrawn``: the faces under it stay counted as they look now)."""
    tint, k = np.array(random_colour(rng, 120, 230), np.float32), rng.uniform(0.05, 0.15)
    sigma, noise = rng.uniform(0.3, 1.0), rng.uniform(3, 8)
    seed = rng.randrange(1 << 30)

    def fn(part: np.ndarray) -> np.ndarray:
        soft = cv2.GaussianBlur(part, (0, 0), sigma).astype(np.float32)
        grains = np.random.default_rng(seed).normal(0, noise, part.shape[:2])[:, :, None]
        return np.clip(soft * (1 - k) + tint * k + grains, 0, 255).astype(np.uint8)

    return fn


def rota_row(cast: Cast, rng: random.Random, s: Screen, y: int, cell: int) -> int:
    """A person's week on the rota: the 20-30 px face (initials on some), the name and hours at the
    left, then a cell a day holding a shift block in the role's colour, "OFF", "leave", or a
    covered shift with the cover's 18-20 px face inside it. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 24, y + 6, 20, 30, (1.05, 1.2), "circle", person=True)
    note(img, who(rng)[:7], (30 + sd, y + 24), 0.5, s.fg, 2)
    note(img, f"{rng.randrange(8, 44)}h", (30 + sd, y + 50), 0.45, GREY)
    role = rng.choice(ROLES)
    x0 = WIDTH - 7 * cell - 16
    rh = max(sd + 12, 66)
    for d in range(7):
        x = x0 + d * cell
        roll = rng.random()
        if roll < 0.22:
            note(img, "OFF", (x + cell // 2 - 18, y + rh // 2 + 6), 0.45, GREY)
            continue
        if roll < 0.28:
            fill(img, rounded_rect(rh - 8, cell - 6, 8), x + 3, y + 4, off(s.bg, 18))
            note(img, "leave", (x + 10, y + rh // 2 + 6), 0.4, GREY)
            continue
        colour = rng.choice(ROLES)[1] if rng.random() < 0.2 else role[1]
        fill(img, rounded_rect(rh - 8, cell - 6, 8), x + 3, y + 4, colour)
        note(img, clock(rng)[:2], (x + 10, y + 30), 0.45, WHITE, 1)
        if roll > 0.86 and rh >= 50:  # covered: who picked it up
            fp, side = _size(rng, 18.3, small(rng, 19, 20.5), (1.02, 1.1))
            cast.avatar(s, x + cell - side - 6, y + rh - side - 8, fp, side, "circle", WHITE)
        else:
            note(img, clock(rng)[:2], (x + 10, y + 54), 0.45, WHITE, 1)
    return rh + 6


def staff_rota(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A restaurant's rota app: the manager's 28-36 px face in the app bar, the week and its
    labour cost; role chips; the week's grid (``rota_row``: each person's 20-30 px face at the
    left, shift blocks coloured by role, the cover's 18-20 px face inside covered cells); open
    shifts, each with its applicants' stack (18-22 px, "+N") and an "Assign" button."""
    s = new_screen(rng, name, cast.kind("rota"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 52, "Schedule", 1.3)
    face_avatar(cast, s, rng, WIDTH - 90, y + 10, 28, 36, (1.3, 1.6), "circle")
    y += 90
    chevron(img, 40, y + 30, s.fg, back=True)
    note(
        img,
        f"{rng.randrange(1, 28)} - {rng.randrange(1, 28)} {rng.choice(('Mar', 'Jun', 'Oct'))}",
        (80, y + 40),
        0.75,
        s.fg,
        2,
    )
    note(img, f"Labour {rng.randrange(18, 36)}.{rng.randrange(10)}%", (WIDTH - 260, y + 40), 0.6, GREEN, 2)
    y += 70
    x = 30
    for role, colour in rng.sample(ROLES, 4):
        pill(img, x, y, 150, 44, off(page, 14))
        cv2.circle(img, (x + 26, y + 22), 9, colour, -1, cv2.LINE_AA)
        note(img, role, (x + 44, y + 30), 0.5, s.fg)
        x += 166
    y += 70
    cell = rng.randrange(102, 116)
    x0 = WIDTH - 7 * cell - 16
    for d in range(7):
        note(img, DAYS[d], (x0 + d * cell + 22, y + 20), 0.5, s.accent if d == 4 else GREY, 2)
    y += 36
    foot = H - NAV_H - 130
    end = foot - rng.randrange(260, 420)
    while y + 80 < end:
        y += rota_row(cast, rng, s, y, cell)
        cv2.line(img, (20, y - 2), (WIDTH - 20, y - 2), off(page, 14), 1)
    y = section(s, y + 10, f"Open shifts ({rng.randrange(2, 9)})", False)
    while y + 110 < foot:
        role, colour = rng.choice(ROLES)
        fill(img, rounded_rect(96, WIDTH - 60, 16), 30, y, off(page, 10))
        cv2.rectangle(img, (30, y + 12), (38, y + 84), colour, -1)
        note(img, f"{rng.choice(DAYS)} {clock(rng)}-{clock(rng)}  {role}", (56, y + 40), 0.6, s.fg, 2)
        end_x = stack(
            cast, s, rng, 56, y + 52, rng.randrange(1, 5), 18.3, 22, off(page, 10), rng.randrange(0, 6)
        )
        note(img, "applied", (end_x + 10, y + 78), 0.45, GREY)
        pill(img, WIDTH - 200, y + 26, 140, 46, s.accent)
        note(img, "Assign", (WIDTH - 172, y + 57), 0.55, WHITE, 2)
        y += 110
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def offer_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A shift offered up: the poster's 28-40 px face (initials on some), "gives away" or "swaps
    for" with the day's date block, the role's tag, the pay, an "interested" stack of 18-22 px and
    a "Pick up" button; a taken offer faded under the page's colour (its faces still counted).
    Returns its height."""
    img, page = s.img, s.bg
    ch = 200
    fill(img, rounded_rect(ch, WIDTH - 60, 20), 30, y, off(page, 10))
    sd = face_avatar(cast, s, rng, 54, y + 22, 28, 40, (1.1, 1.3), "circle", person=True)
    note(img, who(rng)[:10], (70 + sd, y + 44), 0.6, s.fg, 2)
    swap = rng.random() < 0.4
    note(img, "swaps for " + rng.choice(DAYS) if swap else "gives away", (70 + sd, y + 74), 0.5, GREY)
    fill(img, rounded_rect(86, 86, 14), WIDTH - 150, y + 20, s.accent)
    note(img, rng.choice(DAYS).upper(), (WIDTH - 134, y + 50), 0.55, WHITE, 2)
    note(img, str(rng.randrange(1, 31)), (WIDTH - 130, y + 90), 0.9, WHITE, 2)
    role, colour = rng.choice(ROLES)
    tag(img, 54, y + 110, role, colour, 30)
    note(img, f"{clock(rng)} - {clock(rng)}   ${rng.randrange(12, 26)}/h", (200, y + 132), 0.55, s.fg)
    end = stack(cast, s, rng, 54, y + 150, rng.randrange(1, 4), 18.3, 22, off(page, 10), rng.randrange(0, 4))
    note(img, "interested", (end + 10, y + 176), 0.45, GREY)
    pill(img, WIDTH - 230, y + 142, 170, 44, GREEN if not swap else s.accent)
    note(img, "Pick up" if not swap else "Offer swap", (WIDTH - 212, y + 172), 0.55, WHITE, 2)
    if rng.random() < 0.2:  # already taken: faded
        H5.scrim(s, (30, y, WIDTH - 30, y + ch), rng.uniform(0.3, 0.45), page)
        tag(img, WIDTH - 240, y + 20, "TAKEN", GREY, 30)
    return ch + 20


def shift_swap(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shift-swap marketplace: on half the team's photo (faces 18-60 px) under "Pick up shifts",
    else a drawn floor plan; filter chips; offers (``offer_card``: the poster's 28-40 px face, the
    shift, "interested" stacks of 18-22 px, taken ones faded)."""
    s = new_screen(rng, name, cast.kind("swap"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(260, 341)
    if rng.random() < 0.5:
        piece, faces = snapshot(cast, WIDTH, bh, 18.3, 60, 0.9)
        paste_photo(cast, s, piece, faces, 0, y)
    else:
        blit(img, H11.render(rng, WIDTH, bh, (floor_plan,)), 0, y)
    fill(img, rounded_rect(70, 420, 16), 30, y + bh - 90, (30, 30, 30))
    note(img, "Pick up shifts", (50, y + bh - 44), 0.9, WHITE, 2)
    y += bh + 24
    chips(img, rng, 30, y, 4, 48, (120, 190), off(page, 16), s.fg)
    y += 76
    note(img, f"{rng.randrange(3, 30)} shifts this week", (30, y + 20), 0.55, GREY)
    y += 40
    foot = H - NAV_H - 130
    while y + 220 < foot:
        y += offer_card(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def arrival_row(cast: Cast, rng: random.Random, s: Screen, y: int, face: tuple[float, float]) -> int:
    """A guest arriving today: the guest's face (``face`` px; initials on some, as loyalty apps have
    few photos), the name, a VIP or loyalty tag on some, nights and the ETA, the room's chip or
    "assign", a check-in state. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, face[0], face[1], (1.1, 1.25), "circle", person=True)
    note(img, who(rng)[:9] + " " + rng.choice("ABCDEFGHKLMNPRSTW") + ".", (50 + sd, y + 22), 0.6, s.fg, 2)
    if rng.random() < 0.3:
        tag(
            img,
            260 + sd,
            y,
            rng.choice(("VIP", "Gold", "Platinum")),
            rng.choice((GOLD, (60, 60, 60), TEAL)),
            28,
        )
    note(img, f"{rng.randrange(1, 8)} nights  ETA {clock(rng)}", (50 + sd, y + 52), 0.5, GREY)
    if rng.random() < 0.7:
        pill(img, WIDTH - 260, y + 8, 100, 40, off(s.bg, 18))
        note(img, str(rng.randrange(101, 999)), (WIDTH - 238, y + 36), 0.55, s.fg, 2)
    else:
        note(img, "assign", (WIDTH - 250, y + 36), 0.5, s.accent, 2)
    state = rng.random()
    badge(
        img,
        (WIDTH - 80, y + 28),
        18,
        GREEN if state < 0.4 else (200, 200, 200),
        "check" if state < 0.4 else "",
    )
    return max(sd, 64) + 18


def front_desk(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hotel's front-desk app: the clerk's 26-34 px face; today's arrivals, departures and in-house
    counts; arrivals (``arrival_row``: 24-32 px faces, VIP tags, room chips); on 70 % the
    concierge chat in a sheet (the concierge's 36-56 px face, bubbles, a guest's photo from their
    trip with faces 30-160 px, a key card drawn), else departures (22-28 px faces)."""
    s = new_screen(rng, name, cast.kind("frontdesk"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    face_avatar(cast, s, rng, 30, y, 26, 34, (1.2, 1.4), "circle")
    heading(s, 100, y + 40, "Front desk", 1.0)
    icon(img, rng, (WIDTH - 60, y + 30), 18, s.fg)
    y += 90
    bw = (WIDTH - 80) // 3
    for k, label in enumerate(("Arrivals", "Departures", "In house")):
        x = 30 + k * (bw + 10)
        fill(img, rounded_rect(120, bw, 16), x, y, off(page, 10))
        H26.counter(img, x + 20, y + 40, label, str(rng.randrange(3, 240)), s.fg)
    y += 150
    foot = H - NAV_H - 110
    chat = rng.random() < 0.7
    end = foot - 900 if chat else foot - 520
    y = section(s, y, "Arriving today")
    while y + 90 < end:
        y += arrival_row(cast, rng, s, y, (24, 32))
    if chat:
        top = max(y + 10, end)
        H5.sheet(img, top, off(page, 6))
        yy = top + 40
        sd = face_avatar(cast, s, rng, 30, yy, 36, 56, (1.15, 1.3), "circle")
        note(img, "Concierge - " + who(rng), (50 + sd, yy + 30), 0.65, s.fg, 2)
        note(img, "Room " + str(rng.randrange(101, 999)), (50 + sd, yy + 62), 0.5, GREY)
        yy += max(sd, 70) + 20
        fill(img, rounded_rect(90, 620, 24), 30, yy, off(page, 20))
        s.words(rng, 56, yy + 54, 0.6, 5)
        yy += 110
        pw = rng.randrange(420, 560)
        ph = rng.randrange(300, 380)
        if yy + ph + 30 < foot:
            if rng.random() < 0.8:
                cut_photo(cast, rng, s, WIDTH - pw - 30, yy, pw, ph, 30, 160, rounded_rect(ph, pw, 24), 0.95)
            else:
                blit(img, H11.render(rng, pw, ph, (key_card,)), WIDTH - pw - 30, yy, rounded_rect(ph, pw, 24))
            yy += ph + 20
        if yy + 100 < foot:
            fill(img, rounded_rect(90, 560, 24), WIDTH - 590, yy, s.accent)
            s.words(rng, WIDTH - 560, yy + 54, 0.6, 4, WHITE)
    else:
        y = section(s, y + 10, "Departing", False)
        while y + 80 < foot:
            y += arrival_row(cast, rng, s, y, (22, 28))
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    pill(img, 30, foot + 20, WIDTH - 60, 70, off(page, 22))
    note(img, "Message guest", (60, foot + 64), 0.7, GREY)
    H5.nav_bar(s)
    return s.finish()


def podium(cast: Cast, rng: random.Random, s: Screen, y: int, ph: int) -> None:
    """The day's top three sellers on a podium: round photos (the winner's faces 90-140 px, the
    others 64-100 px) in rings of gold, silver and bronze over their steps, a medal disc with the
    place over each ring's foot, the sales under them."""
    img = s.img
    medals = (GOLD, (200, 200, 205), (60, 120, 190))
    for place, cx in ((1, WIDTH // 2), (2, WIDTH // 5), (3, WIDTH * 4 // 5)):
        step = ph // 3 if place == 1 else ph // 4 if place == 2 else ph // 5
        side = rng.randrange(180, 221) if place == 1 else rng.randrange(130, 171)
        fp = (
            min(140.0, max(90.0, side / rng.uniform(1.4, 2.0)))
            if place == 1
            else min(100.0, max(64.0, side / rng.uniform(1.5, 2.1)))
        )
        top = y + ph - step - side - 70
        cv2.circle(img, (cx, top + side // 2), side // 2 + 8, medals[place - 1], -1, cv2.LINE_AA)
        cast.avatar(s, cx - side // 2, top, fp, side, "circle")
        badge(img, (cx, top + side), 22, medals[place - 1], "")
        note(img, str(place), (cx - 8, top + side + 10), 0.7, INK, 2)
        note(img, who(rng)[:8], (cx - 50, top + side + 56), 0.6, s.fg, 2)
        fill(img, rounded_rect(step, 220, 10), cx - 110, y + ph - step, off(s.bg, 16 + 6 * place))
        note(img, f"${rng.randrange(400, 4000):,}", (cx - 60, y + ph - step + 44), 0.7, s.fg, 2)


def store_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A retail store's team dashboard: the store and the day's sales against target; the podium
    (``podium``: the top three's photos, faces 64-140 px, medals); the leaderboard (22-30 px faces,
    sales bars, units); "on shift now" (a stack of 18-24 px faces, "+N")."""
    s = new_screen(rng, name, cast.kind("storeteam"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "Store #" + str(rng.randrange(100, 9999)), 1.2)
    y += 80
    share = rng.uniform(0.3, 1.3)
    note(img, f"${rng.randrange(2, 60)},{rng.randrange(100, 999)} today", (30, y + 40), 0.9, s.fg, 2)
    progress(img, 30, y + 66, WIDTH - 60, min(1.0, share), GREEN if share >= 1 else AMBER, off(page, 24), 14)
    note(img, f"{round(share * 100)}% of target", (30, y + 120), 0.55, GREY)
    y += 150
    y = section(s, y, "Top sellers today", False)
    ph = rng.randrange(470, 521)
    podium(cast, rng, s, y, ph)
    y += ph + 20
    foot = H - NAV_H - 130
    y = section(s, y, "Leaderboard")
    rank = 4
    while y + 80 < foot - 90:
        note(img, str(rank), (30, y + 34), 0.6, GREY, 2)
        sd = face_avatar(cast, s, rng, 70, y, 22, 30, (1.1, 1.25), "circle", person=True)
        note(img, who(rng)[:9], (90 + sd, y + 24), 0.55, s.fg, 2)
        progress(img, 90 + sd, y + 40, rng.randrange(150, 400), 1.0, tone(s.accent, 30), page, 10)
        note(img, f"{rng.randrange(3, 60)} units", (WIDTH - 170, y + 30), 0.55, GREY)
        y += max(sd, 54) + 14
        rank += 1
    note(img, "On shift now", (30, foot - 46), 0.55, GREY, 2)
    stack(cast, s, rng, 230, foot - 80, rng.randrange(3, 7), 18.3, 24, page, rng.randrange(0, 12))
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def ticket(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, foot: int) -> int:
    """A kitchen display's ticket: a head in the timer's colour (green, amber, red as it ages) with
    the table or order number, the minutes and the cook on it (an 18-26 px face in a ring, initials
    on some), the items with their counts and modifiers, a "Bump" bar at its foot. Returns its
    height."""
    img = s.img
    n = rng.randrange(2, 6)
    th = min(foot - y, 150 + n * 44 + rng.randrange(0, 40))
    age = rng.random()
    head = GREEN if age < 0.5 else AMBER if age < 0.8 else RED
    cv2.rectangle(img, (x, y), (x + tw, y + th), (245, 245, 245) if s.bg[0] > 128 else (55, 55, 60), -1)
    cv2.rectangle(img, (x, y), (x + tw, y + 80), head, -1)
    note(img, rng.choice(("T", "#", "DL")) + str(rng.randrange(1, 99)), (x + 14, y + 36), 0.8, WHITE, 2)
    note(img, f"{rng.randrange(0, 25)}:{rng.randrange(60):02d}", (x + 14, y + 68), 0.55, WHITE)
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.2))
    cast.person(s, x + tw - side - 14, y + (80 - side) // 2, fp, side, "circle", WHITE)
    ink = INK if s.bg[0] > 128 else WHITE
    yy = y + 116
    for _ in range(n):
        if yy + 30 > y + th - 56:
            break
        note(img, f"{rng.randrange(1, 4)}x {rng.choice(C.WORDS)[:11]}", (x + 14, yy), 0.55, ink, 2)
        if rng.random() < 0.4:
            note(img, "- no " + rng.choice(C.WORDS)[:8], (x + 34, yy + 26), 0.45, RED)
            yy += 26
        yy += 40
    cv2.rectangle(img, (x, y + th - 46), (x + tw, y + th), (70, 70, 75), -1)
    note(img, "BUMP", (x + tw // 2 - 30, y + th - 14), 0.6, WHITE, 2)
    return th


def kitchen_display(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A kitchen display on a phone (the expo's view): the station's tabs and the expo's 28-36 px
    face; tickets in two columns (``ticket``: the cook's 18-26 px face on each head, timers in
    green, amber or red, items and modifiers, "Bump"); the averages bar at the foot."""
    s = new_screen(rng, name, cast.kind("kds"), ("dark", "dark", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    face_avatar(cast, s, rng, WIDTH - 90, y, 28, 36, (1.2, 1.5), "circle")
    for k, st in enumerate(rng.sample(("ALL", "GRILL", "FRY", "COLD", "EXPO", "PASS"), 4)):
        pill(img, 30 + k * 170, y + 10, 156, 50, s.accent if k == 0 else off(page, 20))
        note(img, st, (56 + k * 170, y + 44), 0.55, WHITE if k == 0 else s.fg, 2)
    y += 90
    foot = H - NAV_H - 100
    tw = (WIDTH - 90) // 2
    cols = [y, y]
    while True:
        k = 0 if cols[0] <= cols[1] else 1
        if cols[k] + 220 > foot:
            break
        cols[k] += ticket(cast, rng, s, 30 + k * (tw + 30), cols[k], tw, foot) + 20
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 10), -1)
    note(
        img,
        f"Avg ticket {rng.randrange(6, 20)}:{rng.randrange(60):02d}   Open {rng.randrange(4, 30)}",
        (30, foot + 60),
        0.65,
        s.fg,
        2,
    )
    H5.nav_bar(s)
    return s.finish()


def rating_row(cast: Cast, rng: random.Random, s: Screen, y: int, gap: int) -> int:
    """A rating (a manager's of a shift, a client's of a cut): the rater's 20-28 px face (initials
    on some), the name, five stars at the right, a line of words. Returns its height and ``gap``."""
    sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
    note(s.img, who(rng)[:10], (50 + sd, y + 22), 0.55, s.fg, 2)
    stars(s.img, WIDTH - 170, y + 14, rng.uniform(3, 5), 11)
    s.words(rng, 50 + sd, y + 56, 0.55, rng.randrange(3, 8))
    return max(sd, 70) + gap


def gig_timesheet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gig worker's app: the worker's profile photo (faces 80-200 px) in a rounded square over a
    gradient, the rating and badges; the week's hours and pay; the shifts worked (a venue's drawn
    logo, hours, an approved or pending pill, the crew's stack of 18-22 px); ratings from managers
    (20-28 px faces, stars, a line)."""
    s = new_screen(rng, name, cast.kind("gig"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(330, 401)
    a = random_colour(rng, 60, 220)
    gradient(img, (0, y, WIDTH, y + hh), a, tone(a, -60))
    side = rng.randrange(240, 300)
    fp = min(200.0, max(80.0, side / rng.uniform(1.3, 2.4)))
    cast.avatar(s, 40, y + (hh - side) // 2, fp, side, "rounded", WHITE)
    note(img, who(rng), (side + 80, y + hh // 2 - 30), 1.0, WHITE, 2)
    stars(img, side + 80, y + hh // 2 + 10, rng.uniform(3.5, 5), 14)
    note(img, f"{rng.randrange(10, 400)} shifts", (side + 80, y + hh // 2 + 64), 0.6, WHITE)
    tag(img, side + 80, y + hh // 2 + 84, rng.choice(("Top pro", "Reliable", "Bar certified")), GOLD, 32)
    y += hh + 24
    bw = (WIDTH - 70) // 2
    for k, (label, value) in enumerate(
        (("This week", f"{rng.randrange(4, 50)}h"), ("Earned", f"${rng.randrange(80, 1400)}"))
    ):
        fill(img, rounded_rect(120, bw, 16), 30 + k * (bw + 10), y, off(page, 10))
        H26.counter(img, 50 + k * (bw + 10), y + 40, label, value, s.fg)
    y += 150
    foot = H - NAV_H - 130
    y = section(s, y, "Timesheet")
    for _ in range(rng.randrange(2, 4)):
        if y + 150 > foot:
            break
        fill(img, rounded_rect(130, WIDTH - 60, 16), 30, y, off(page, 8))
        H26.H8.logo(img, rng, 46, y + 16, 60)
        note(
            img,
            rng.choice(C.WORDS).title()[:12] + " " + rng.choice(("Bistro", "Hotel", "Events", "Cafe")),
            (130, y + 40),
            0.6,
            s.fg,
            2,
        )
        note(img, f"{rng.choice(DAYS)} {clock(rng)}-{clock(rng)}", (130, y + 72), 0.5, GREY)
        approved = rng.random() < 0.6
        pill(img, WIDTH - 220, y + 20, 160, 40, GREEN if approved else AMBER)
        note(img, "Approved" if approved else "Pending", (WIDTH - 200, y + 48), 0.5, WHITE, 2)
        end = stack(
            cast, s, rng, 130, y + 88, rng.randrange(2, 5), 18.3, 22, off(page, 8), rng.randrange(0, 9)
        )
        note(img, "crew", (end + 10, y + 112), 0.45, GREY)
        y += 150
    y = section(s, y, "Ratings from managers", False)
    while y + 110 < foot:
        y += rating_row(cast, rng, s, y, 22)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def stylist(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, chosen: bool) -> None:
    """A stylist in a booking app's carousel: the round photo (faces 40-100 px) in a ring (the
    accent's, thicker, when chosen), the name and the next free time under it."""
    img = s.img
    c = (x + side // 2, y + side // 2)
    if chosen:
        cv2.circle(img, c, side // 2 + 9, s.accent, -1, cv2.LINE_AA)
        cv2.circle(img, c, side // 2 + 3, s.bg, -1, cv2.LINE_AA)
    cast.avatar(s, x, y, min(100.0, max(40.0, side / rng.uniform(1.3, 2.2))), side, "circle")
    note(img, who(rng)[:8], (x + 4, y + side + 34), 0.55, s.fg, 2)
    note(img, "next " + clock(rng), (x + 4, y + side + 62), 0.45, GREY)


def before_after(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, pw: int, ph: int) -> None:
    """A cut's before-and-after: the same client in the same framing twice side by side (faces
    50-130 px), the after under the salon's warm light, "Before" and "After" tags at their feet."""
    fp = rng.uniform(50, min(130.0, ph * 0.4))
    state = cast.rng.getstate()  # the same client, the same framing, twice
    for j in range(2):
        cast.rng.setstate(state)
        cast.photo(s, x + j * (pw + 4), y, pw, ph, fp)
    H10.redrawn(s, (x + 4 + pw, y, x + 4 + 2 * pw, y + ph), warm(rng))
    for j in range(2):
        tag(s.img, x + 10 + j * (pw + 4), y + ph - 46, ("Before", "After")[j], (30, 30, 30), 34)


def salon_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A salon's or barber's booking app: the shop's photo (its staff and chairs, faces 40-240 px)
    with the name over it; the stylists' carousel (``stylist``: faces 40-100 px, the chosen one
    ringed) cut by the right edge; the services; the day's time slots; a before-and-after of a cut
    (the same client twice, faces 50-130 px, a split line); the latest reviewers' stack (18-22 px)
    under the photo and reviews (20-28 px faces, stars)."""
    s = new_screen(rng, name, cast.kind("salon"), ("light", "tinted", "light", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(380, 461)
    cast.photo(s, 0, y, WIDTH, hh, rng.uniform(40, 240))
    H5.scrim(s, (0, y + hh - 110, WIDTH, y + hh), 0.45)
    note(
        img,
        rng.choice(C.WORDS).title()[:10] + rng.choice((" Barbers", " Hair Studio", " Salon")),
        (30, y + hh - 44),
        1.0,
        WHITE,
        2,
    )
    stars(img, WIDTH - 170, y + hh - 56, rng.uniform(4, 5), 12)
    y += hh + 20
    end = stack(cast, s, rng, 30, y, 3, 18.3, 22, page)  # the latest reviewers
    note(
        img, f"{rng.uniform(4, 5):.1f}  ({rng.randrange(12, 900)} reviews)", (end + 14, y + 30), 0.6, s.fg, 2
    )
    y += 60
    y = section(s, y, "Choose a stylist", False)
    side = rng.randrange(130, 171)
    chosen = rng.randrange(3)
    x = 30
    k = 0
    while x < WIDTH - 40:
        stylist(cast, rng, s, x, y, side, k == chosen)
        x += side + 40
        k += 1
    y += side + 90
    for _ in range(2):
        note(img, words(rng, 2).title()[:20], (30, y + 30), 0.6, s.fg, 2)
        note(
            img, f"{rng.randrange(20, 90)} min  ${rng.randrange(15, 120)}", (WIDTH - 260, y + 30), 0.55, GREY
        )
        y += 50
    y += 10
    for k in range(8):
        x, yy = 30 + (k % 4) * 250, y + (k // 4) * 66
        taken = rng.random() < 0.3
        pill(img, x, yy, 230, 52, off(page, 12) if taken else (s.accent if k == 2 else off(page, 22)))
        note(img, clock(rng), (x + 70, yy + 35), 0.6, GREY if taken else s.fg, 1 if taken else 2)
    y += 150
    foot = H - NAV_H - 130
    if y + 360 < foot:
        y = section(s, y, "Before & after", False)
        pw = (WIDTH - 64) // 2
        ph = min(foot - y - 120, round(pw * rng.uniform(1.0, 1.25)))
        before_after(cast, rng, s, 30, y, pw, ph)
        y += ph + 24
    while y + 100 < foot:
        y += rating_row(cast, rng, s, y, 20)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def checkin_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A member's check-in in the front desk's feed: the file photo's 24-36 px face in a rounded
    square, the name, the plan, the door and time; a red "Expired" or amber "Guest" tag on some.
    Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 24, 36, (1.1, 1.25), "rounded", person=True)
    note(img, who(rng)[:10] + " " + rng.choice("ABCDEFGHKLMNPRST") + ".", (50 + sd, y + 24), 0.6, s.fg, 2)
    note(
        img,
        rng.choice(("Monthly", "Annual", "Off-peak", "Student", "Class pack"))
        + " - "
        + rng.choice(("Main door", "Turnstile 2", "Pool")),
        (50 + sd, y + 54),
        0.5,
        GREY,
    )
    note(img, clock(rng), (WIDTH - 130, y + 24), 0.55, GREY)
    roll = rng.random()
    if roll < 0.12:
        tag(img, WIDTH - 170, y + 34, "Expired", RED, 28)
    elif roll < 0.22:
        tag(img, WIDTH - 150, y + 34, "Guest", AMBER, 28)
    return max(sd, 66) + 14


def gym_checkin(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A gym's front desk: the member now at the door (the file photo, faces 90-220 px, in a large
    rounded square, the name, plan and visits; a red "Membership expired" band across its foot on
    some, or a green "Welcome"), "Allow" and "Deny"; "in the club now" with a stack of 18-22 px;
    the check-in feed (``checkin_row``: 24-36 px faces)."""
    s = new_screen(rng, name, cast.kind("gym"), ("dark", "light", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    heading(s, 30, y + 50, "Check-ins", 1.2)
    cv2.circle(img, (WIDTH - 60, y + 36), 10, GREEN, -1, cv2.LINE_AA)
    y += 90
    cw = WIDTH - 60
    ch = rng.randrange(420, 481)
    fill(img, rounded_rect(ch, cw, 24), 30, y, off(page, 10))
    side = rng.randrange(280, 340)
    cast.avatar(s, 54, y + 24, min(220.0, max(90.0, side / rng.uniform(1.3, 2.4))), side, "rounded")
    expired = rng.random() < 0.3
    band = RED if expired else GREEN
    cv2.rectangle(img, (54, y + 24 + side - 44), (54 + side, y + 24 + side), band, -1)
    note(img, "EXPIRED" if expired else "WELCOME", (70, y + side + 10), 0.7, WHITE, 2)
    note(img, who(rng), (90 + side, y + 70), 0.9, s.fg, 2)
    note(img, rng.choice(("Annual", "Monthly", "Off-peak")), (90 + side, y + 116), 0.6, GREY)
    note(img, f"Visit #{rng.randrange(2, 600)}", (90 + side, y + 156), 0.6, GREY)
    pill(img, 90 + side, y + 200, 200, 56, GREEN)
    note(img, "Allow", (130 + side, y + 236), 0.65, WHITE, 2)
    pill(img, 90 + side, y + 270, 200, 56, off(page, 30))
    note(img, "Deny", (140 + side, y + 306), 0.65, s.fg, 2)
    y += ch + 30
    note(img, f"In the club now: {rng.randrange(8, 180)}", (30, y + 34), 0.6, s.fg, 2)
    stack(cast, s, rng, WIDTH - 360, y, rng.randrange(3, 7), 18.3, 22, page, rng.randrange(5, 150))
    y += 70
    foot = H - NAV_H - 130
    y = section(s, y, "Recent", False)
    while y + 80 < foot:
        y += checkin_row(cast, rng, s, y)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def clock_still(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A still the clock-in tablet took: the worker in front of the kitchen (faces 30-90 px, as the
    camera at the pass frames them, off centre on some), a dark time band across its foot with the
    time and name, an IN or OUT tag at its top left."""
    img = s.img
    cast.photo(s, x, y, tw, th, small(rng, 30, min(90.0, th * 0.45)))
    H10.redrawn(s, (x, y, x + tw, y + th), grain(rng))
    cv2.rectangle(img, (x, y + th - 44), (x + tw, y + th), (25, 25, 25), -1)
    note(img, f"{clock(rng)}  {who(rng)[:7]}", (x + 10, y + th - 14), 0.5, WHITE)
    out = rng.random() < 0.35
    tag(img, x + 8, y + 8, "OUT" if out else "IN", RED if out else GREEN, 28)


def clockin_wall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A delivery kitchen's clock-in wall (a tablet's app as a phone shows it): the camera's live
    view (the worker clocking in, faces 100-260 px) under an oval guide and "Hold still", the
    PIN pad's digits; the day's stills (``clock_still``: faces 30-90 px, time bands, IN/OUT) in
    a grid of three; who's late (22-28 px faces)."""
    s = new_screen(rng, name, cast.kind("clockin"), ("dark", "dark", "tinted", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 10
    vh = rng.randrange(620, 721)
    cast.photo(s, 30, y, WIDTH - 60, vh, rng.uniform(100, 260))
    cx, cy = WIDTH // 2, y + vh // 2 - 20
    cv2.ellipse(img, (cx, cy), (200, 260), 0, 0, 360, WHITE, 4, cv2.LINE_AA)
    fill(img, 255 - rounded_rect(vh, WIDTH - 60, 28), 30, y, page)
    pill(img, WIDTH // 2 - 120, y + vh - 80, 240, 54, (25, 25, 25))
    note(img, "Hold still", (WIDTH // 2 - 74, y + vh - 44), 0.7, WHITE, 2)
    y += vh + 20
    for k in range(10):
        cv2.circle(img, (70 + k * 98, y + 34), 32, off(page, 20), -1, cv2.LINE_AA)
        note(img, str(k), (62 + k * 98, y + 44), 0.7, s.fg, 2)
    y += 90
    foot = H - NAV_H - 110
    y = section(s, y, "Today", False)
    tw = (WIDTH - 80) // 3
    th = round(tw * rng.uniform(1.05, 1.25))
    k = 0
    while y + th < foot - 70:
        clock_still(cast, rng, s, 30 + (k % 3) * (tw + 10), y, tw, th)
        k += 1
        if k % 3 == 0:
            y += th + 10
    y += th + 20 if k % 3 else 10
    if y + 60 < foot:
        note(img, "Late:", (30, y + 30), 0.6, RED, 2)
        x = 120
        for _ in range(rng.randrange(1, 4)):
            sd = face_avatar(cast, s, rng, x, y, 22, 28, (1.1, 1.2), "circle", person=True)
            x += sd + 16
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 8), -1)
    note(img, f"{rng.randrange(3, 40)} on the clock", (30, foot + 64), 0.7, s.fg, 2)
    H5.nav_bar(s)
    return s.finish()


def tip_row(cast: Cast, rng: random.Random, s: Screen, y: int, total: int) -> int:
    """A person's share of the tip pool: the 22-30 px face (initials on some), the name and role,
    the hours and points, a bar of the share and the amount. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
    role, colour = rng.choice(ROLES)
    note(img, who(rng)[:9], (50 + sd, y + 22), 0.55, s.fg, 2)
    note(
        img,
        f"{role}  {rng.randrange(4, 40)}h  {rng.choice((1.0, 0.8, 0.5, 1.2))} pts",
        (50 + sd, y + 50),
        0.45,
        GREY,
    )
    share = rng.uniform(0.03, 0.2)
    progress(img, 460, y + 28, 320, share * 4, colour, off(s.bg, 18), 10)
    note(img, f"${round(total * share)}", (WIDTH - 140, y + 38), 0.65, s.fg, 2)
    return max(sd, 58) + 16


def tips_payroll(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A tips and payroll screen: one's 28-40 px face and the pay period; the pool's ring (cash and
    card) and the total; the split (``tip_row``: 22-30 px faces, points, share bars); the payslip
    card (hours, rate, tips, net) and "approved by" with the manager's 20-24 px face; a drawn
    receipt or cash drawer on some."""
    s = new_screen(rng, name, cast.kind("tips"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    sd = face_avatar(cast, s, rng, 30, y, 28, 40, (1.2, 1.4), "circle")
    heading(s, 50 + sd, y + 34, "Tips & pay", 1.0)
    note(
        img,
        f"{rng.randrange(1, 28)} - {rng.randrange(1, 28)} {rng.choice(('Jan', 'May', 'Sep'))}",
        (50 + sd, y + 70),
        0.55,
        GREY,
    )
    y += max(sd, 80) + 20
    total = rng.randrange(800, 9000)
    c = (190, y + 150)
    cash = rng.uniform(0.1, 0.6)
    cv2.ellipse(img, c, (130, 130), -90, 0, 360 * cash, GREEN, 30, cv2.LINE_AA)
    cv2.ellipse(img, c, (130, 130), -90, 360 * cash, 360, s.accent, 30, cv2.LINE_AA)
    note(img, f"${total:,}", (c[0] - 70, c[1] + 12), 0.9, s.fg, 2)
    note(img, f"Cash ${round(total * cash):,}", (400, y + 120), 0.65, GREEN, 2)
    note(img, f"Card ${round(total * (1 - cash)):,}", (400, y + 170), 0.65, s.accent, 2)
    if rng.random() < 0.5:
        blit(
            img,
            H11.render(rng, 220, 260, (receipt, cash_drawer)),
            WIDTH - 250,
            y + 20,
            rounded_rect(260, 220, 16),
        )
    y += 320
    foot = H - NAV_H - 130
    y = section(s, y, "Split", False)
    end = foot - 300
    while y + 70 < end:
        y += tip_row(cast, rng, s, y, total)
    fill(img, rounded_rect(260, WIDTH - 60, 20), 30, y + 10, off(page, 10))
    for k, label in enumerate(("Hours", "Rate", "Tips", "Net")):
        note(img, label, (56 + k * 250, y + 60), 0.5, GREY)
        note(
            img,
            (
                f"{rng.randrange(10, 80)}",
                f"${rng.randrange(11, 25)}",
                f"${rng.randrange(50, 900)}",
                f"${rng.randrange(300, 3000)}",
            )[k],
            (56 + k * 250, y + 104),
            0.8,
            s.fg,
            2,
        )
    note(img, "Approved by", (56, y + 190), 0.55, GREY)
    fp, side = _size(rng, 20, small(rng, 21, 24), (1.1, 1.25))
    cast.person(s, 220, y + 160, fp, side, "circle")
    note(img, who(rng), (232 + side, y + 192), 0.55, s.fg, 2)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    staff_rota,
    shift_swap,
    front_desk,
    store_team,
    kitchen_display,
    gig_timesheet,
    salon_booking,
    gym_checkin,
    clockin_wall,
    tips_payroll,
)
# with people: each twice a round but two
ONCE = (kitchen_display, clockin_wall)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a rota's grid of cells, a podium,
# a wall of camera stills)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, staff_rota, store_team, clockin_wall)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT32_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h32", photos, free, seed, reps)
