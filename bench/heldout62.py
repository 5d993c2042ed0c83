"""Held-out screens, sixty-second set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a shelter's kennel block, its exercise
yard, a cinema's auditorium, a festival's press wall over a red carpet, a beach break, a surf
shack's board rack, an accountant's office, a page of a tax return; nothing with eyes, a mouth or a
mask, and no round things in pairs); every random choice from ``HELDOUT62_SEED`` (62626; the
environment's ``HELDOUT62_SEED`` draws the set from another). Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout61's ``Cast`` (through heldout60's and the sets' before it; this set's screens are
marked h62-) fills the people's places, and on face-free screens puts pets, objects, textures,
initials and this set's drawn things there; it counts a face cut by an edge while half of its box is
inside. Faces under 18 px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in animal shelters and adoption events, film festivals and cinemas, surf
schools, and tax and accounting firms, most of them small: an adoption day; a shelter's volunteer
rota; a festival's jury; a cinema's tickets for a festival film; a surf school's day; its
instructors; one's surf session's photos; a firm's team page; a client's portal; a video
consultation with one's tax adviser. Near repeats avoided: heldout29's pet adoption listing and
heldout51's shelter (adoptable pets on cards with the fosters' faces over the photos' corners,
kennel runs with the walkers over their photos; here an adoption day's field of pens seen from
above, each handler in a white rim at the pen's gate and the visitors waiting in stacks along its
foot, and meet-and-greets with the adopter's face over the animal's round photo); heldout31's
volunteers' rota and heldout51's kennel walk board (a rota's rows, kennel runs three across; here a
week's grid of shifts by days, each cell's places as small faces or dashed rings, today's column
shaded, the shift leads in green rings past the edge); heldout15's film strips, heldout21's cinema
stills and heldout59's contact sheet (frames of photos and portraits between sprocket holes; here
the festival's jury as one strip across the screen, a face a frame, running past the right edge,
and its president's portrait in a cinema ticket's notched stub); heldout23's seat map and
heldout28's stadium (a stage's arc over blocks of small squares, friends in pins over sections;
here a cinema's screen over two blocks of seats either side of the aisle, friends' faces on their
own seats, one's own in blue); heldout49's week of classes and the sets' lessons (blocks with the
instructors' faces in their corners, instructors in rings; here a lesson a line, each student's
face over a surfboard seen from above, the free boards grey under dashed rings); heldout31's and
heldout47's photographers' galleries (touching tiles, a couple large; here one's own session: the
pick large with its price on a block, the other shots three across with the picked ones ticked);
heldout11's yearbook and heldout53's hotel team (studio portraits in columns; here a firm's
partners on cards over a wall of eight headshots across, black and white on half of the pages);
heldout45's accountant's client portal (the accountant's card over the team, requests, documents
reviewed; here the advisors' day as five columns headed by their faces with the clients' small faces
in their bookings, lunch and free slots between); heldout38's mortgage adviser's call and
heldout61's tandem call (the other person large, one's own camera in a corner or a circle; here the
adviser at the left with one's own camera and a colleague's stacked at the right, over the tax
return the adviser shares). New looks: a marquee's striped shade over an adoption day, the press's
camera flashes on the red carpet (bursts at random places; heldout28's on-camera flash blows out
the middle), a low evening sun over a beach, and a phone's night shift over a whole ticket screen.
Ten layouts:
- an adoption day (``adoption_day``): one's 22-26 px face; the visitors in the yard
  (``event_hero``: three to six a depth, the front faces 24-44 px, in a marquee's shade on 35 % or
  grey on 15 %); the pens (``pen_map``: handlers 18-24 px in white rims, one size for the field,
  visitors 18-22 px in stacks); the meet-and-greets (``meet_row``: adopters 22-28 px in rounded
  squares over the animals' photos, counsellors 18-22 px) cut by the tab bar;
- a shelter's volunteer rota (``shelter_rota``): the week (``rota_week``: 18-22 px in the cells,
  one size for the week, open places dashed); the shift leads (``shift_leads``: 32-46 px in green
  rings, past the right edge); the sign-ups (``signup_row``: 22-30 px, the cancelled faded) cut by
  the tab bar;
- a festival's jury (``festival_jury``): one's 22-26 px face; the jury on the red carpet
  (``jury_hero``: two to five a depth, the front faces 26-48 px, in the press's flashes on 35 % or
  grey on 15 %); the jury's film strip (``jury_strip``: 30-44 px in squares, past the right edge);
  on 50 % the president's word (``president_note``: 64-110 px in a ticket's stub); the films in
  competition (``award_row``: directors 22-28 px in bordered circles over their stills, casts 18-22
  px in stacks) cut by the tab bar;
- a cinema's tickets (``screening_tickets``): the film (``film_header``: the director 28-40 px in a
  squircle); the seating plan (``seat_map``: five to nine friends 18-22 px on their seats); the
  showings (``showtime_row``: hosts 22-28 px) cut by the tab bar; on 30 % a dark page with the
  whole screen under the phone's night shift;
- a surf school's day (``surf_lessons``): one's 22-26 px face; the surfers on the beach
  (``surf_hero``: three to six a depth, the front faces 24-46 px, in a low sun on 35 % or grey on
  15 %); the conditions (``conditions_card``); the lessons (``lesson_row``: instructors 26-34 px in
  blue rings, students 18-22 px over their boards, one size a lesson) cut by the tab bar;
- the instructors (``instructor_roster``): their cards three across and two down
  (``instructor_cards``: on the beach or by the board rack, the face 32-56 px); the reviews
  (``review_row``: students 22-28 px in squircles, instructors 18-22 px) cut by the tab bar;
- one's surf session's photos (``surf_photos``): the photographer's pick (``session_pick``: the
  surfer 110-240 px, on a quarter cut by the photo's side, in a low sun on 40 %); the other shots
  (``session_grid``: on 70 % people, the face 22-60 px, others at their own sizes); the
  photographers where there is room (``photographer_row``: 24-30 px), above the "Buy all photos"
  button;
- a firm's team page (``firm_team``): one's 22-26 px face; the partners (``partner_grid``: 40-64 px
  headshots, black and white on half of the pages); our people (``team_wall``: 20-30 px headshots,
  one size for the wall, grey on half of the pages); the offices (``office_row``: leads 24-30 px in
  squircles) cut by the tab bar;
- a client's portal (``client_portal``): one's advisor (``advisor_card``: 44-60 px in a squircle,
  the team 18-22 px in a stack); the advisors' day (``advisor_day``: advisors 26-34 px in navy
  rings, clients 18-22 px in their bookings); the messages (``message_row``: 22-28 px in rounded
  squares) cut by the tab bar;
- a video consultation (``tax_call``): the bar (``call_bar``); the cameras (``advisor_view``: the
  adviser 110-240 px, on a quarter cut by the frame's side; one's own and a colleague's cameras,
  the face 0.2-0.3 of their 324 px wide, the colleague's off on a quarter); the shared tax return
  (``shared_screen``); the actions (``action_row``: 20-26 px in story rings) above the call's
  controls.
Sizes are what a layout asks for: a photo's other people (``Cast.photo``, whose faces are as wide
as asked and may be taller, heldout11's ``portrait`` and heldout53's ``posed``, whose cut-out
figures bring the others in their photos at their own sizes, and heldout38's ``staged``, whose
single depth stands at the back's size), a figure in a gathering (0.9-1.1 of its row's size) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). The shift leads
and the jury's strip run past the right edge, the last across it; the meet-and-greets, the
sign-ups, the films, the showings, the lessons, the reviews, the offices and the messages are cut
by the tab bar, a surfer and an adviser by their photo's side on some; so some faces are cut by an
edge and counted while half of their box shows (the capture's right 8 px are black padding).
Avatars are circles, rounded squares, squares, squircles, bordered circles, story rings, rings of a
colour with a gap, white rims and a squircle in a navy rim, with heldout2's looks (turned up to 20
degrees on 40 %, grey on 20 %, on a dark backdrop on 30 %). Light, dark and tinted themes; JPEG
quality 30-60. Paw, clapperboard, wave and calculator badges, tags ("HOME!" over the animals'
photos, "President", the certificates), ticks, name labels, "+N" discs, price blocks, the call's
controls and tab bars take the pixels they cover; a face under them counts while half of its box
shows; rings, rims and film frames are drawn before the faces they hold; grey (some photos, the
firm's headshots), the marquee's shade, the flashes, the low sun, the night shift, fading (the
cancelled) and dark bands leave the faces under them counted as they look; initials, dashed rings,
the animals' photos, stills, posters, seats, boards, palms, pins, documents, charts and drawn
things are never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see
heldout5).

At the default 4 reps: 72 screens with 1,954 faces (1,717 under 32 px, 219 of 32-63, 11 of 64-127,
7 larger; 1,851 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, rims, rings,
cells, seats, frames, tiles, headshots and photos, round things where a photo's people or a
cut-out's person would be); ``reps=1`` a quarter (18 screens with 492 faces: 421, 66, 3 and 2 by
size, 454 under 40 px; 13 face-free). Each layout has people twice a round but a session's photos
and the tax call, once (a few large faces each). The faces of each layout at 4 reps, under 32 px,
of 32-63, of 64-127 and of 128 or more:
    adoption_day       8 screens   262 faces: 245,  17,   0,   0
    shelter_rota       8 screens   391 faces: 348,  43,   0,   0
    festival_jury      8 screens   208 faces: 167,  39,   2,   0
    screening_tickets  8 screens   113 faces: 113,   0,   0,   0
    surf_lessons       8 screens   241 faces: 236,   5,   0,   0
    instructor_roster  8 screens   146 faces:  92,  54,   0,   0
    surf_photos        4 screens    64 faces:  45,  13,   2,   4
    firm_team          8 screens   264 faces: 225,  39,   0,   0
    client_portal      8 screens   229 faces: 221,   8,   0,   0
    tax_call           4 screens    36 faces:  25,   1,   7,   3
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` does; no detector).
"""

from __future__ import annotations

import functools
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
import numpy as np
from composites import STATUS_H, Composite, Photo
from heldout2 import Colour, Screen, fill, gradient, mask, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, tone
from heldout5 import pill, small
from heldout6 import off, outlined
from heldout11 import INK
from heldout19 import heading
from heldout20 import note
from heldout21 import chips
from heldout23 import WIDTH, new_screen, star, tag
from heldout24 import RED, section
from heldout25 import who
from heldout33 import ring_avatar
from heldout37 import rounded_card, rows_to_tab_bar
from heldout45 import SURNAMES, carousel, face_or_initials

DEFAULT_SEED = 62626


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT62_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 62626."""
    return int(env.get("HELDOUT62_SEED") or DEFAULT_SEED)


HELDOUT62_SEED = seed_from(os.environ)

Fn = H61.Fn  # a look over a whole photo or screen (a marquee's shade, flashes, the low sun)

SHELTER: Colour = (80, 150, 60)  # an animal shelter's green (BGR)
SHELTERS: tuple[str, ...] = (
    "Second Paws Rescue",
    "Harbour Lane Shelter",
    "Willow Farm Animal Trust",
    "Northgate Dogs' Home",
)
EVENTS: tuple[str, ...] = ("Adoption Day", "Meet the Pets", "Home for Spring", "Open Kennels")
PETS: tuple[str, ...] = (
    "Biscuit", "Mango", "Pepper", "Luna", "Otis", "Bramble", "Juniper", "Ziggy", "Fudge", "Clover",
    "Moss", "Tilly",
)  # fmt: skip
SPECIES: tuple[str, ...] = ("Lurcher", "Tabby", "Rabbit", "Collie x", "Kitten", "Terrier", "Guinea pig")
SHIFTS: tuple[str, ...] = ("Dog walks", "Cattery", "Kennels", "Reception")
DAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FILM: Colour = (60, 30, 150)  # a film festival's burgundy
YOURS: Colour = (220, 140, 30)  # one's own seats on a cinema's plan: a strong blue
FESTIVALS: tuple[str, ...] = (
    "Lanternfield Film Festival",
    "Harbourside Shorts",
    "Northern Lights Film Week",
    "Palisade Film Fest",
)
FILMS: tuple[str, ...] = (
    "The Quiet Orchard", "Salt & Static", "Paper Moons", "Low Tide Hotel", "A Year of Kites",
    "Glasshouse", "Northbound", "The Last Ferry", "Dust Choir", "Small Hours",
)  # fmt: skip
COUNTRIES: tuple[str, ...] = ("FR", "KR", "BR", "NO", "IR", "MX", "NG", "JP", "DK", "AR")
AWARDS: tuple[str, ...] = ("Golden Lantern", "Jury Prize", "Best Director", "Best Debut", "Audience Award")
GENRES: tuple[str, ...] = ("Drama", "Documentary", "Comedy", "Thriller", "Animation", "Romance")
CERTIFICATES: tuple[str, ...] = ("U", "PG", "12A", "15", "18")
FORMATS: tuple[str, ...] = ("35mm", "IMAX", "4K", "Subtitled", "Relaxed", "Dolby")
SURF: Colour = (170, 130, 20)  # a surf school's ocean blue
SURF_SCHOOLS: tuple[str, ...] = (
    "Saltwater Surf School",
    "Fistral Surf Co",
    "Blue Lagoon Surf",
    "Longwave Academy",
)
BEACHES: tuple[str, ...] = ("FISTRAL", "POLZEATH", "CROYDE BAY", "BANTHAM", "SALTBURN")
LEVELS: tuple[str, ...] = ("Beginner", "Improver", "Green waves", "Intermediate", "Kids")
CERTS: tuple[str, ...] = ("ISA Level 1", "ISA Level 2", "Lifeguard", "First aid", "Coach")
BOARDS: tuple[Colour, ...] = ((60, 200, 240), (230, 230, 230), (80, 160, 60), (60, 90, 230), (200, 150, 60))
FIRM: Colour = (100, 70, 20)  # an accounting firm's navy
FIRMS: tuple[str, ...] = ("Hartley & Moss", "Crane Lyle Accountants", "Quill Tax Partners", "Fairbank LLP")
QUALS: tuple[str, ...] = ("ACA", "ACCA", "CTA", "CIMA", "ATT", "CPA")
SPECIALITIES: tuple[str, ...] = (
    "Personal tax", "Payroll", "Audit", "VAT", "Bookkeeping", "Business tax", "Estates",
)  # fmt: skip
OFFICES: tuple[str, ...] = ("Leeds", "Bristol", "York", "Norwich", "Exeter", "Chester")
STAFF_ROLES: tuple[str, ...] = ("Tax manager", "Bookkeeper", "Payroll", "Partner", "Associate")
TASKS: tuple[str, ...] = (
    "Upload your P60", "Rental income", "Confirm your address", "Sign engagement letter",
    "Pension statements", "Gift Aid list", "Bank interest", "Mileage log",
)  # fmt: skip
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "SEP", "OCT")
NAMES = H59.WHITE_NAMES


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks, no
# round things in pairs).
# ----------------------------------------------------------------------------------------------


def kennel_block(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Inside a shelter's kennel block, its runs empty: a wall of pale tiles, a grey floor with a
    drain channel, two to four runs side by side, each with a raised bed and a folded blanket behind
    a chain-link front (diagonal wires both ways) and a barred door."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.72, 0.8))
    gradient(img, (0, 0, w, floor), (215, 220, 215), (190, 200, 195))
    step = max(4, w // 16)
    for x in range(0, w, step):
        cv2.line(img, (x, 0), (x, floor), (175, 180, 175), 1)
    for y in range(0, floor, step):
        cv2.line(img, (0, y), (w, y), (175, 180, 175), 1)
    gradient(img, (0, floor, w, h), (140, 140, 135), (110, 112, 110))
    cv2.line(img, (0, floor + (h - floor) // 2), (w, floor + (h - floor) // 2), (70, 72, 70), max(1, h // 60))
    runs = rng.randrange(2, 5)
    top = round(h * rng.uniform(0.12, 0.22))
    for k in range(runs):
        x1, x2 = k * w // runs + max(1, w // 80), (k + 1) * w // runs - max(1, w // 80)
        bed = round(floor - h * 0.12)
        cv2.rectangle(img, (x1 + (x2 - x1) // 6, bed), (x2 - (x2 - x1) // 6, floor - 2), (60, 90, 130), -1)
        blanket = random_colour(rng, 80, 220)
        cv2.rectangle(
            img, (x1 + (x2 - x1) // 4, bed - max(2, h // 30)), (x2 - (x2 - x1) // 3, bed), blanket, -1
        )
        mesh = np.zeros((floor - top, x2 - x1), np.uint8)
        gap = max(3, (x2 - x1) // 12)
        for d in range(-(floor - top), x2 - x1, gap):
            cv2.line(mesh, (d, 0), (d + floor - top, floor - top), 255, 1)
            cv2.line(mesh, (d + floor - top, 0), (d, floor - top), 255, 1)
        region = img[top:floor, x1:x2]
        region[mesh > 0] = (150, 150, 150)
        cv2.rectangle(img, (x1, top), (x2, floor), (90, 90, 95), max(2, w // 120))
        door = (x2 - (x2 - x1) // 3, top + (floor - top) // 4)
        cv2.rectangle(img, door, (x2 - max(2, w // 100), floor), (90, 90, 95), max(1, w // 200))
        for bx in range(door[0], x2 - 2, max(3, w // 60)):
            cv2.line(img, (bx, door[1]), (bx, floor), (100, 100, 105), 1)
    return img


def exercise_yard(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A shelter's exercise yard on a bright day: a pale sky, a fir (a dark green cone on a trunk),
    a post-and-rail fence along the grass's edge, an agility jump (two striped uprights and a pole
    across) and a tunnel lying on the grass (a long striped tube seen side on)."""
    img = np.zeros((h, w, 3), np.uint8)
    edge = round(h * rng.uniform(0.35, 0.5))
    gradient(img, (0, 0, w, edge), (235, 205, 160), (225, 225, 215))
    gradient(img, (0, edge, w, h), (90, 170, 100), (60, 130, 70))
    for x in range(rng.randrange(max(2, w // 12)), w, max(6, w // 7)):
        cv2.rectangle(img, (x, edge), (x + max(3, w // 14), h), (80, 160, 90), -1)
    tx = rng.randrange(max(1, w // 10), max(2, w - w // 10))
    cone = [(tx, round(edge - h * 0.32)), (tx + max(4, w // 12), edge), (tx - max(4, w // 12), edge)]
    cv2.rectangle(
        img, (tx - max(1, w // 100), edge - max(3, h // 30)), (tx + max(1, w // 100), edge), (40, 70, 90), -1
    )
    cv2.fillPoly(img, [np.array(cone, np.int32)], (50, 100, 45))
    rail = max(2, h // 40)
    for y in (edge - round(h * 0.08), edge - round(h * 0.03)):
        cv2.rectangle(img, (0, y), (w, y + rail // 2 + 1), (80, 130, 170), -1)
    for x in range(0, w, max(6, w // 8)):
        cv2.rectangle(
            img, (x, edge - round(h * 0.11)), (x + max(2, w // 80), edge + rail), (60, 100, 140), -1
        )
    jx, jw = rng.randrange(0, max(1, w // 2)), max(10, w // 4)
    jy = round(edge + (h - edge) * rng.uniform(0.1, 0.35))
    for px in (jx, jx + jw):
        for k in range(6):
            colour = RED if k % 2 else WHITE
            cv2.rectangle(
                img,
                (px, jy + k * max(2, h // 40)),
                (px + max(2, w // 60), jy + (k + 1) * max(2, h // 40)),
                colour,
                -1,
            )
    cv2.line(
        img,
        (jx, jy + max(2, h // 40) * 2),
        (jx + jw, jy + max(2, h // 40) * 2),
        (40, 200, 240),
        max(2, h // 80),
    )
    ty = round(edge + (h - edge) * rng.uniform(0.55, 0.8))
    tl, th = max(12, round(w * rng.uniform(0.3, 0.5))), max(4, round(h * 0.09))
    tx0 = rng.randrange(0, max(1, w - tl))
    rounded_card(img, tx0, ty, tl, th, max(2, th // 2), (40, 40, 190))
    for x in range(tx0 + th // 2, tx0 + tl - th // 2, max(3, w // 30)):
        cv2.line(img, (x, ty + 1), (x, ty + th - 2), (30, 30, 140), max(1, w // 150))
    return img


def auditorium(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cinema's auditorium from the back rows before the film: dark walls, the wide screen
    glowing with a still of hills under a sky, curtains' folds at its sides, rows of red seat backs
    growing toward the foot, the steps' lights as a line of small amber squares down one aisle."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (45, 30, 35), (25, 20, 25))
    sw, sh = round(w * rng.uniform(0.6, 0.8)), round(h * rng.uniform(0.22, 0.3))
    sx, sy = (w - sw) // 2, round(h * 0.06)
    gradient(img, (sx, sy, sx + sw, sy + sh * 2 // 3), (220, 190, 150), (200, 210, 220))
    gradient(img, (sx, sy + sh * 2 // 3, sx + sw, sy + sh), (90, 140, 100), (70, 110, 80))
    hills = [(sx, sy + sh * 2 // 3)]
    for k in range(9):
        hills.append((sx + k * sw // 8, sy + sh * 2 // 3 - round(sh * rng.uniform(0.05, 0.3))))
    hills.append((sx + sw, sy + sh * 2 // 3))
    cv2.fillPoly(img, [np.array(hills, np.int32)], (80, 120, 90))
    for x0 in (max(0, sx - w // 10), sx + sw):
        for k in range(4):
            fx = x0 + k * max(1, w // 40)
            cv2.rectangle(img, (fx, sy - 4), (fx + max(1, w // 80), sy + sh + 4), (40, 30, 110), -1)
    rows = rng.randrange(4, 7)
    for r in range(rows):
        t = (r + 1) / rows
        ry = round(sy + sh + (h - sy - sh) * (0.12 + 0.8 * t**1.3))
        seat = max(4, round(w / (18 - 8 * t)))
        rh = max(3, round(seat * 0.7))
        for x in range(-(r % 2) * seat // 2, w, seat):
            rounded_card(img, x + 1, ry - rh, seat - max(2, seat // 6), rh, max(1, seat // 5), (40, 40, 150))
            cv2.line(img, (x + 2, ry - rh + 1), (x + seat - max(3, seat // 5), ry - rh + 1), (70, 70, 190), 1)
    ax = rng.choice((max(2, w // 14), w - max(6, w // 12)))
    for k in range(8):
        ly = round(sy + sh + (h - sy - sh) * (0.1 + k * 0.11))
        cv2.rectangle(img, (ax, ly), (ax + max(2, w // 80), ly + max(2, w // 80)), (60, 180, 240), -1)
    return img


def step_repeat(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A festival's press wall on opening night: a pale wall printed in a grid with the festival's
    mark (a five-pointed star over a word's bar) and sponsors' blocks, a red carpet running away
    across the floor, stanchions (posts with flat tops) and a sagging velvet rope between them."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.7, 0.8))
    gradient(img, (0, 0, w, floor), (235, 235, 240), (215, 215, 222))
    cw, ch = max(12, w // rng.randrange(4, 7)), max(10, floor // rng.randrange(3, 5))
    for r, y in enumerate(range(0, floor - ch // 2, ch)):
        for c, x in enumerate(range((r % 2) * cw // 2 - cw // 2, w, cw)):
            if (r + c) % 2:
                star(img, (x + cw // 2, y + ch // 3), max(3, ch // 6), FILM)
                cv2.rectangle(
                    img,
                    (x + cw // 4, y + ch * 2 // 3),
                    (x + cw * 3 // 4, y + ch * 2 // 3 + max(2, ch // 12)),
                    FILM,
                    -1,
                )
            else:
                cv2.rectangle(
                    img,
                    (x + cw // 5, y + ch // 3),
                    (x + cw * 4 // 5, y + ch // 2),
                    random_colour(rng, 60, 180),
                    -1,
                )
    gradient(img, (0, floor, w, h), (70, 70, 80), (50, 50, 60))
    carpet = [(w // 3, floor), (w * 2 // 3, floor), (w, h), (0, h)]
    cv2.fillPoly(img, [np.array(carpet, np.int32)], (40, 30, 170))
    rope = (60, 30, 120)
    posts = [rng.randrange(0, max(1, w // 4)), rng.randrange(w * 3 // 4, max(w * 3 // 4 + 1, w - 2))]
    post_h = round(h * 0.16)
    for px in posts:
        cv2.rectangle(img, (px, h - post_h), (px + max(2, w // 80), h), (60, 170, 210), -1)
        cv2.rectangle(
            img,
            (px - max(1, w // 100), h - post_h - 2),
            (px + max(3, w // 60), h - post_h + 2),
            (60, 170, 210),
            -1,
        )
    pts = [
        (
            round(posts[0] + (posts[1] - posts[0]) * t),
            round(h - post_h + 4 + h * 0.06 * math.sin(math.pi * t)),
        )
        for t in np.linspace(0, 1, 12)
    ]
    cv2.polylines(img, [np.array(pts, np.int32)], False, rope, max(2, h // 60), cv2.LINE_AA)
    return img


def surf_break(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A beach break in the morning: a pale sky, the sea in bands from deep blue at the horizon to
    turquoise, lines of white water rolling in (wavy strokes), wet sand shining at the edge, boards
    standing upright in the dry sand (long narrow shapes with a stringer down each) and the
    lifeguards' flag (red over yellow) on its pole."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon, shore = round(h * rng.uniform(0.28, 0.38)), round(h * rng.uniform(0.62, 0.72))
    gradient(img, (0, 0, w, horizon), (235, 200, 150), (230, 225, 215))
    gradient(img, (0, horizon, w, shore), (120, 70, 20), (190, 170, 60))
    for k in range(rng.randrange(3, 6)):
        base = horizon + round((shore - horizon) * (0.2 + 0.75 * k / 5))
        amp, phase = max(1, h // 80), rng.uniform(0, math.tau)
        pts = [(x, base + round(amp * math.sin(x / max(4, w / 9) + phase))) for x in range(0, w + 8, 8)]
        cv2.polylines(img, [np.array(pts, np.int32)], False, (245, 245, 240), max(1, h // 70), cv2.LINE_AA)
    gradient(img, (0, shore, w, h), (150, 190, 210), (160, 205, 230))
    cv2.rectangle(img, (0, shore), (w, shore + max(2, h // 40)), (170, 170, 150), -1)
    for _ in range(rng.randrange(2, 5)):
        bx = rng.randrange(max(1, w // 12), max(2, w - w // 12))
        by = round(shore + (h - shore) * rng.uniform(0.2, 0.4))
        bl, bw = max(6, round(h * rng.uniform(0.28, 0.4))), max(2, w // 40)
        colour = rng.choice(BOARDS)
        cv2.ellipse(img, (bx, by), (bw, bl // 2), rng.uniform(-12, 12), 0, 360, colour, -1, cv2.LINE_AA)
        cv2.line(img, (bx, by - bl // 2 + 2), (bx, by + bl // 2 - 2), tone(colour, -70), 1)
    fx = rng.choice((max(2, w // 20), w - max(8, w // 8)))
    fy = round(shore + (h - shore) * 0.15)
    cv2.line(img, (fx, fy), (fx, h), (80, 80, 80), max(1, w // 150))
    fw, fh = max(4, w // 12), max(3, h // 20)
    cv2.rectangle(img, (fx, fy), (fx + fw, fy + fh // 2), (40, 40, 210), -1)
    cv2.rectangle(img, (fx, fy + fh // 2), (fx + fw, fy + fh), (40, 210, 240), -1)
    return img


def board_rack(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A surf school's shack: a wall of painted planks, a rack of boards lying on its arms (long
    pointed shapes, each with a stringer and a fin's dark notch), wetsuits hung from a rail on
    hangers (black shapes with long sleeves, no heads), a sandy floor."""
    img = np.zeros((h, w, 3), np.uint8)
    floor = round(h * rng.uniform(0.84, 0.9))
    paint = rng.choice(((170, 200, 120), (200, 200, 200), (120, 170, 220)))
    plank = max(4, w // 12)
    for k, x in enumerate(range(0, w, plank)):
        cv2.rectangle(img, (x, 0), (x + plank, floor), tone(paint, -12 if k % 2 else 8), -1)
        cv2.line(img, (x, 0), (x, floor), tone(paint, -50), 1)
    gradient(img, (0, floor, w, h), (150, 195, 220), (130, 175, 200))
    rx = rng.choice((0, w // 2))
    arms = rng.randrange(3, 6)
    for k in range(arms):
        ay = round(h * (0.12 + 0.13 * k))
        cv2.rectangle(
            img,
            (rx + w // 40, ay + max(2, h // 50)),
            (rx + w // 2 - w // 40, ay + max(3, h // 35)),
            (50, 70, 90),
            -1,
        )
        colour = rng.choice(BOARDS)
        length, thick = w // 2 - w // 20, max(2, h // 40)
        nose = [
            (rx + w // 40, ay + thick),
            (rx + w // 40 + length // 8, ay),
            (rx + w // 40 + length, ay + thick // 2),
            (rx + w // 40 + length // 8, ay + thick),
        ]
        cv2.fillPoly(img, [np.array(nose, np.int32)], colour, cv2.LINE_AA)
        cv2.line(
            img,
            (rx + w // 40 + length // 8, ay + thick // 2),
            (rx + w // 40 + length - 2, ay + thick // 2),
            tone(colour, -60),
            1,
        )
        cv2.rectangle(
            img,
            (rx + w // 40 + length // 6, ay + thick),
            (rx + w // 40 + length // 6 + max(2, w // 60), ay + thick + max(2, h // 50)),
            (40, 40, 40),
            -1,
        )
    sx = w // 2 + w // 20 if rx == 0 else w // 20
    cv2.line(
        img, (sx, round(h * 0.1)), (sx + w // 2 - w // 10, round(h * 0.1)), (120, 120, 120), max(1, h // 100)
    )
    for k in range(rng.randrange(2, 5)):
        hx = sx + w // 16 + k * max(6, w // 9)
        top = round(h * 0.1)
        cv2.line(img, (hx - w // 30, top + h // 30), (hx, top), (90, 90, 90), 1)
        cv2.line(img, (hx + w // 30, top + h // 30), (hx, top), (90, 90, 90), 1)
        body = [
            (hx - w // 28, top + h // 30),
            (hx + w // 28, top + h // 30),
            (hx + w // 34, top + round(h * 0.5)),
            (hx - w // 34, top + round(h * 0.5)),
        ]
        cv2.fillPoly(img, [np.array(body, np.int32)], (30, 30, 35))
        for d in (-1, 1):
            sleeve = hx + d * (w // 28) + (0 if d > 0 else -max(2, w // 90))
            cv2.rectangle(
                img,
                (sleeve, top + h // 30),
                (sleeve + max(2, w // 90), top + round(h * 0.36)),
                (35, 35, 40),
                -1,
            )
        cv2.rectangle(
            img,
            (hx - w // 28, top + round(h * 0.2)),
            (hx + w // 28, top + round(h * 0.23)),
            rng.choice(BOARDS),
            -1,
        )
    return img


def accounts_office(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An accountant's office behind a desk: a pale wall, shelves of box files (tall coloured spines,
    each with a white label), a window with its blind's slats half down, a trailing plant's leaves
    as strokes, the desk's edge at the foot with papers and a calculator's grid of keys."""
    img = np.zeros((h, w, 3), np.uint8)
    desk = round(h * rng.uniform(0.8, 0.88))
    gradient(img, (0, 0, w, desk), (210, 220, 225), (185, 195, 200))
    side = rng.random() < 0.5
    wx1, wx2 = (w * 3 // 5, w - max(2, w // 20)) if side else (max(2, w // 20), w * 2 // 5)
    wy1, wy2 = round(h * 0.08), round(h * 0.55)
    gradient(img, (wx1, wy1, wx2, wy2), (240, 225, 200), (230, 235, 235))
    cv2.rectangle(img, (wx1, wy1), (wx2, wy2), (235, 235, 235), max(2, w // 100))
    blind = wy1 + round((wy2 - wy1) * rng.uniform(0.3, 0.6))
    for y in range(wy1, blind, max(3, h // 50)):
        cv2.line(img, (wx1, y), (wx2, y), (205, 215, 220), max(1, h // 120))
    sx1, sx2 = (max(2, w // 20), w // 2) if side else (w // 2 + w // 20, w - max(2, w // 20))
    for k in range(3):
        base = round(h * (0.25 + 0.22 * k))
        cv2.rectangle(img, (sx1, base), (sx2, base + max(2, h // 60)), (60, 90, 120), -1)
        x = sx1 + 2
        while x < sx2 - max(3, w // 40):
            fw = max(3, w // rng.randrange(24, 36))
            fh = round(h * rng.uniform(0.14, 0.18))
            colour = rng.choice(((120, 60, 30), (40, 40, 150), (60, 120, 60), (40, 40, 40), (150, 150, 150)))
            cv2.rectangle(img, (x, base - fh), (x + fw, base), colour, -1)
            cv2.rectangle(
                img, (x + fw // 5, base - fh + fh // 6), (x + fw - fw // 5, base - fh + fh // 3), WHITE, -1
            )
            x += fw + 1
    px = sx2 - max(6, w // 10) if side else sx1 + max(6, w // 10)
    for _ in range(rng.randrange(5, 9)):
        a = rng.uniform(0.6, 2.5)
        end = (px + round(math.cos(a) * w * 0.08), round(h * 0.25 + math.sin(a) * h * 0.2))
        cv2.line(img, (px, round(h * 0.25)), end, (60, 140, 70), max(1, w // 100))
    gradient(img, (0, desk, w, h), (80, 110, 140), (60, 85, 110))
    for _ in range(rng.randrange(1, 4)):
        qx = rng.randrange(0, max(1, w - w // 5))
        cv2.rectangle(img, (qx, desk + 2), (qx + w // 5, h), (240, 240, 238), -1)
    cx, cw = rng.randrange(0, max(1, w - w // 6)), max(8, w // 6)
    cv2.rectangle(img, (cx, desk + max(2, h // 60)), (cx + cw, h), (50, 50, 55), -1)
    key = max(2, cw // 6)
    for r in range(3):
        for c in range(4):
            kx, ky = cx + 2 + c * (key + 1), desk + max(2, h // 60) + 3 + r * (key + 1)
            cv2.rectangle(img, (kx, ky), (kx + key - 1, ky + key - 1), (170, 170, 175), -1)
    return img


def tax_form(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A page of a tax return on screen: a white sheet with a dark header band, labels as grey bars
    beside boxes in rows, some boxes filled with figures as short dark strokes, a total's box
    outlined in red, a barcode at the foot and a signature's scrawl."""
    img = np.full((h, w, 3), 246, np.uint8)
    band = max(4, h // 9)
    cv2.rectangle(img, (0, 0), (w, band), (90, 60, 30), -1)
    cv2.rectangle(img, (max(2, w // 30), band // 3), (w // 3, band * 2 // 3), (230, 230, 230), -1)
    row = max(6, h // 9)
    for y in range(band + row // 2, h - row * 2, row):
        cv2.rectangle(
            img,
            (max(2, w // 30), y + row // 4),
            (max(3, w // 30) + round(w * rng.uniform(0.15, 0.35)), y + row // 3),
            (170, 170, 170),
            -1,
        )
        bx = w // 2
        for k in range(rng.randrange(1, 3)):
            x1 = bx + k * w // 4
            x2 = x1 + w // 5
            cv2.rectangle(img, (x1, y), (x2, y + row * 2 // 3), (120, 120, 120), 1)
            if rng.random() < 0.6:
                for d in range(x1 + 3, x2 - 3, max(3, w // 60)):
                    cv2.line(img, (d, y + row // 6), (d + max(1, w // 200), y + row // 2), (40, 40, 40), 1)
    ty = h - row * 2
    cv2.rectangle(img, (w // 2, ty), (w // 2 + w // 5, ty + row * 2 // 3), (40, 40, 210), max(1, w // 200))
    x = max(2, w // 30)
    while x < w // 3:
        bw = rng.choice((1, 1, 2, 3))
        cv2.rectangle(img, (x, h - row + 2), (x + bw - 1, h - 3), (30, 30, 30), -1)
        x += bw + rng.choice((1, 2))
    pts = [
        (round(w * 0.6 + k * w * 0.03), round(h - row / 2 + rng.uniform(-row / 3, row / 3)))
        for k in range(10)
    ]
    cv2.polylines(img, [np.array(pts, np.int32)], False, (120, 60, 20), 1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    kennel_block,
    exercise_yard,
    auditorium,
    step_repeat,
    surf_break,
    board_rack,
    accounts_office,
    tax_form,
)
YARD: tuple[H11.Render, ...] = (exercise_yard, exercise_yard, kennel_block)  # an adoption day
CARPET: tuple[H11.Render, ...] = (step_repeat,)  # the jury on the red carpet
BEACH: tuple[H11.Render, ...] = (surf_break, surf_break, board_rack)  # surfers, instructors
OFFICE: tuple[H11.Render, ...] = (accounts_office,)  # an adviser on a call


@dataclass
class Cast(H61.Cast):
    """heldout61's cast (heldout60's and the sets' before it: a scene of people or a thing; half of
    a face's box showing counts it; a camera that shows a pet, a drawn character or a thing when
    there is nobody), its screens marked h62-, whose drawn things are this set's: a shelter's kennel
    block, its exercise yard, a cinema's auditorium, a festival's press wall, a beach break, a surf
    shack's board rack, an accountant's office, a page of a tax return."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h62-" + super().kind(layout).removeprefix("h61-")


# ----------------------------------------------------------------------------------------------
# Marks, glyphs and looks (never faces).
# ----------------------------------------------------------------------------------------------


def paw_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A shelter's badge: a green disc with a white paw print (a wide pad under four toes in an
    arc)."""
    H59.disc_badge(img, c, r, rim, SHELTER)
    cv2.ellipse(
        img, (c[0], c[1] + r * 25 // 100), (max(2, r * 4 // 10), max(2, r * 3 // 10)), 0, 0, 360, WHITE, -1,
        cv2.LINE_AA,
    )  # fmt: skip
    for a in (-60, -20, 20, 60):
        tx = c[0] + round(r * 0.5 * math.sin(math.radians(a)))
        ty = c[1] - round(r * 0.25 * math.cos(math.radians(a))) + r // 10
        cv2.circle(img, (tx, ty), max(1, r * 14 // 100), WHITE, -1, cv2.LINE_AA)


def clapper_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A festival's badge: a burgundy disc with a white clapperboard (the slate and its striped
    bar lifted at an angle)."""
    H59.disc_badge(img, c, r, rim, FILM)
    w, h = r * 12 // 10, r * 7 // 10
    x, y = c[0] - w // 2, c[1] - h // 4
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    bar = cv2.boxPoints(((c[0] - r * 5 // 100, y - r * 22 // 100), (w, max(2, r // 4)), -14.0))
    cv2.fillPoly(img, [bar.astype(np.int32)], WHITE, cv2.LINE_AA)
    for k in range(3):
        sx = x + w * (k + 1) // 4
        cv2.line(img, (sx, y - r * 36 // 100), (sx - r // 8, y - r * 8 // 100), FILM, max(1, r // 10))


def wave_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """A surf school's badge: a blue disc with a white wave curling over (an arc and its lip) above
    a straight line of water."""
    H59.disc_badge(img, c, r, rim, SURF)
    t = max(1, r // 6)
    cv2.ellipse(img, (c[0] + r // 8, c[1]), (r * 45 // 100, r * 4 // 10), 0, 120, 360, WHITE, t, cv2.LINE_AA)
    cv2.line(
        img, (c[0] - r * 6 // 10, c[1] + r * 4 // 10), (c[0] + r * 6 // 10, c[1] + r * 4 // 10), WHITE, t
    )


def calculator_badge(img: np.ndarray, c: tuple[int, int], r: int, rim: Colour) -> None:
    """An accounting firm's badge: a navy disc with a white calculator (its display a dark band,
    its keys a grid of small dark squares)."""
    H59.disc_badge(img, c, r, rim, FIRM)
    w, h = r, r * 13 // 10
    x, y = c[0] - w // 2, c[1] - h // 2
    cv2.rectangle(img, (x, y), (x + w, y + h), WHITE, -1)
    cv2.rectangle(img, (x + 2, y + 2), (x + w - 2, y + h // 4), FIRM, -1)
    key = max(1, w // 6)
    for row in range(3):
        for col in range(3):
            kx, ky = x + 2 + col * (w - 4) // 3, y + h // 3 + row * (h * 2 // 3 - 2) // 3
            cv2.rectangle(img, (kx, ky), (kx + key, ky + key), FIRM, -1)


def palm_glyph(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A festival's palm (its prize's mark; never a face): a curved stem and seven fronds fanning
    up from its top as strokes."""
    t = max(1, r // 7)
    stem = [(c[0] - r // 4 + round(r * 0.12 * math.sin(k / 2)), c[1] + r - k * r // 5) for k in range(6)]
    cv2.polylines(img, [np.array(stem, np.int32)], False, colour, t, cv2.LINE_AA)
    top = stem[-1]
    for k in range(7):
        a = math.radians(-160 + k * 23.3)
        cv2.line(
            img,
            top,
            (top[0] + round(r * math.cos(a)), top[1] + round(r * 0.8 * math.sin(a))),
            colour,
            t,
            cv2.LINE_AA,
        )


def sprockets(img: np.ndarray, x1: int, x2: int, y: int, colour: Colour) -> None:
    """A film strip's sprocket holes from ``x1`` to ``x2`` at ``y``: small rounded rectangles 36 px
    apart (never a face)."""
    for x in range(x1 + 12, x2 - 14, 36):
        rounded_card(img, x, y, 16, 11, 3, colour)


def ticket_mask(side: int) -> np.ndarray:
    """255 inside a cinema ticket's stub ``side`` px square: a rounded square with a half-round notch
    cut from the middle of its left and right sides (a portrait's frame on the jury page)."""
    m = rounded_rect(side, side, max(3, side // 14))
    r = max(2, side // 10)
    for x in (0, side - 1):
        cv2.circle(m, (x, side // 2), r, 0, -1, cv2.LINE_AA)
    return m


def map_pin(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A map's pin at ``c`` (an office on the team page; never a face): a disc of ``colour`` with a
    point under it and a small white hole in its middle."""
    cv2.fillPoly(
        img,
        [
            np.array(
                [
                    (c[0] - r * 7 // 10, c[1] + r // 3),
                    (c[0], c[1] + r * 2),
                    (c[0] + r * 7 // 10, c[1] + r // 3),
                ],
                np.int32,
            )
        ],
        colour,
        cv2.LINE_AA,
    )
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    cv2.circle(img, c, max(2, r // 3), WHITE, -1, cv2.LINE_AA)


def doc_icon(img: np.ndarray, x: int, y: int, w: int, h: int, colour: Colour) -> None:
    """A document's icon at (x, y), w x h (a shared file; never a face): a white page with its
    corner folded, three lines and a band of ``colour`` for its kind."""
    fold = max(3, w // 3)
    page = [(x, y), (x + w - fold, y), (x + w, y + fold), (x + w, y + h), (x, y + h)]
    cv2.fillPoly(img, [np.array(page, np.int32)], (245, 245, 245))
    cv2.polylines(img, [np.array(page, np.int32)], True, (150, 150, 150), 1)
    cv2.rectangle(img, (x, y + h * 6 // 10), (x + w, y + h * 8 // 10), colour, -1)
    for k in range(2):
        cv2.line(img, (x + 3, y + fold + 3 + k * 5), (x + w - 4, y + fold + 3 + k * 5), (160, 160, 160), 1)


def marquee(level: float) -> Fn:
    """The shade of an adoption day's striped marquee over a photo: eight upright bands across it,
    every other one warmed toward the canvas's red-orange by ``level`` (0.2-0.4); faces stay
    counted, striped and light."""
    canvas = np.array((110, 140, 240), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        band = (np.arange(part.shape[1]) * 8 // max(1, part.shape[1])) % 2
        a = (band * level).astype(np.float32)[None, :, None]
        return np.clip(part * (1 - a) + canvas * a, 0, 255).astype(np.uint8)

    return look_at


def flashes(rng: random.Random, level: float) -> Fn:
    """The press's camera flashes on the red carpet over a photo: two to five bright bursts (each
    brightening round its centre, fading out over a fifth to a third of the photo's width), their
    places from ``rng``, up to ``level`` (0.3-0.6) of white at their middles; faces stay counted,
    lighter."""
    spots = [
        (rng.random(), rng.uniform(0.1, 0.7), rng.uniform(0.2, 0.33)) for _ in range(rng.randrange(2, 6))
    ]

    def look_at(part: np.ndarray) -> np.ndarray:
        h, w = part.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        glow = np.zeros((h, w), np.float32)
        for fx, fy, reach in spots:
            glow = np.maximum(glow, np.exp(-(((xx - fx * w) ** 2 + (yy - fy * h) ** 2) / (reach * w) ** 2)))
        a = (level * glow)[:, :, None]
        return np.clip(part * (1 - a) + 255 * a, 0, 255).astype(np.uint8)

    return look_at


def golden_hour(level: float, left: bool) -> Fn:
    """A low evening sun over a beach photo: every pixel blended toward an amber glow, ``level``
    (0.2-0.45) of the way on the sun's side (the left or the right) and a third of that on the
    other; faces stay counted, warm and light."""
    amber = np.array((70, 170, 250), np.float32)

    def look_at(part: np.ndarray) -> np.ndarray:
        ramp = np.linspace(level, level / 3, part.shape[1], dtype=np.float32)
        a = (ramp if left else ramp[::-1])[None, :, None]
        return np.clip(part * (1 - a) + amber * a, 0, 255).astype(np.uint8)

    return look_at


def night_shift(part: np.ndarray) -> np.ndarray:
    """A phone's night shift at full warmth over a whole screen (a ticket booked in bed): blue cut to
    under half and the rest moved toward amber (each pixel through a fixed matrix; no pixel comes
    out more than 26 bluer than red); faces stay counted, warm and light."""
    m = np.array(((0.45, 0.1, 0.0), (0.1, 0.8, 0.1), (0.35, 0.25, 0.4)), np.float32)  # BGR to BGR
    return np.clip(part.astype(np.float32) @ m.T, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------
# Parts: an adoption day and a shelter's volunteer rota.
# ----------------------------------------------------------------------------------------------


def event_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The adoption day's visitors and volunteers (heldout61's ``hero_photo`` in the shelter's yard
    or its kennel block: three to six a depth, the front faces 24-44 px, those behind 0.55-0.7 of
    them), in the striped shade of a marquee on 35 % (``marquee``) or grey on 15 % (heldout10's
    ``greyed``); the date on a tag and a paw's badge, the shelter on the band. Returns its height
    with the gap under it (460 px)."""
    roll = rng.random()
    shade = marquee(rng.uniform(0.2, 0.4)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Sat {rng.randrange(1, 29)} {rng.choice(MONTHS)} 10-4"
    words = (rng.choice(SHELTERS).upper(), f"{rng.randrange(12, 60)} animals looking for homes")
    return H61.hero_photo(
        cast, rng, s, y, YARD, (3, 6), (24, 44, 0.55), shade, (when, SHELTER, paw_badge), words
    )


PEN_W, PEN_H = 187, 170  # a pen on the adoption day's field


def pen_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The day's pens on the field seen from above: a mown lawn in stripes with two rows of five
    pens 187 x 170 (a wooden fence with posts at its corners, the gate a paler gap in its top), in
    each the animal's photo (a thing, never a face) with "HOME!" on a tag over some (adopted), the
    handler on 75 % as a round 18-24 px face in a white rim at the gate (heldout38's ``rimmed``; one
    size for the field) and on 35 % the visitors waiting along the pen's foot as a stack of one to
    three 18-22 px faces (heldout22's ``stack``, over the photo's corner). Returns its height with
    the gap under it (480 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 460, 20, off(s.bg, 10))
    note(img, "Today's pens", (44, y + 42), 0.6, s.fg, 2)
    note(img, f"{rng.randrange(3, 14)} adopted so far", (WIDTH - 280, y + 42), 0.5, SHELTER, 2)
    cv2.rectangle(img, (40, y + 60), (WIDTH - 40, y + 440), (90, 160, 95), -1)
    for x in range(40, WIDTH - 40, 80):
        cv2.rectangle(img, (x, y + 60), (min(WIDTH - 40, x + 40), y + 440), (100, 172, 105), -1)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 24), (1.1, 1.2))
    for r in range(2):
        for c in range(5):
            px, py = 40 + c * (PEN_W + 16), y + 74 + r * (PEN_H + 16)
            cv2.rectangle(img, (px, py), (px + PEN_W, py + PEN_H), (60, 110, 160), 4)
            cv2.line(img, (px + 40, py), (px + 90, py), (150, 200, 225), 4)
            for cx, cy in ((px, py), (px + PEN_W, py), (px, py + PEN_H), (px + PEN_W, py + PEN_H)):
                cv2.rectangle(img, (cx - 5, cy - 5), (cx + 5, cy + 5), (40, 80, 120), -1)
            cast.thing(s, px + 64, py + 30, 110, 110, rounded_rect(110, 110, 14))
            if rng.random() < 0.15:
                tag(img, px + 70, py + 36, "HOME!", RED, 28)
            if rng.random() < 0.75:
                H38.rimmed(cast, s, px + 10, py + 10, fp, side, WHITE)
            if rng.random() < 0.35:
                H22.stack(cast, s, rng, px + 10, py + PEN_H - 36, rng.randrange(1, 4), 18.3, 22, WHITE)
            note(img, rng.choice(PETS), (px + 100, py + PEN_H - 10), 0.44, INK, 2)
    return 480


def meet_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A meet-and-greet booked for the day: the time on a green block, the animal's round photo (a
    thing, never a face) with the adopter's 22-28 px face in a rounded square over its lower right
    (initials on some), who meets whom and the animal's breed and age, "with" the counsellor as a
    round 18-22 px face (initials on some) and where it stands on a tag. Returns its height (110
    px)."""
    img = s.img
    rounded_card(img, 30, y + 16, 86, 72, 12, SHELTER)
    note(img, f"{rng.randrange(10, 16)}:{rng.choice(('00', '15', '30', '45'))}", (40, y + 60), 0.62, WHITE, 2)
    cast.thing(s, 140, y + 14, 76, 76, mask(76, "circle"))
    face_or_initials(cast, rng, s, (188, y + 50), (22, 28), "rounded", 0.1)
    note(img, f"{rng.choice(NAMES)} meets {rng.choice(PETS)}", (250, y + 46), 0.54, s.fg, 2)
    note(img, f"{rng.choice(SPECIES)}, {rng.randrange(1, 12)} yrs", (250, y + 78), 0.44, GREY)
    note(img, "with", (WIDTH - 360, y + 54), 0.42, GREY)
    face_or_initials(cast, rng, s, (WIDTH - 310, y + 30), (18.3, 22), "circle", 0.15)
    label, colour = rng.choice((("Approved", GREEN), ("Home check", (30, 170, 240)), ("Waiting", GREY)))
    tag(img, WIDTH - 240, y + 34, label, colour, 32)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


ROTA_X, ROTA_CELL, ROTA_ROW = 170, 124, 84  # the rota's first day's left, a day's width, a shift's


def rota_week(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The week's rota on a card: the days across (today's column shaded), the shifts down (dog
    walks, cattery, kennels, reception), in each cell the one to three places that shift needs:
    those filled as round 18-22 px faces side by side (one size for the week; initials on some,
    heldout60's ``place``), those still open as dashed rings, the hours under them. Returns its
    height with the gap under it (460 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 440, 20, off(s.bg, 10))
    note(img, f"Week of {rng.randrange(1, 29)} {rng.choice(MONTHS)}", (44, y + 42), 0.6, s.fg, 2)
    today = rng.randrange(7)
    top = y + 96
    cv2.rectangle(
        img, (ROTA_X + today * ROTA_CELL, y + 56), (ROTA_X + (today + 1) * ROTA_CELL, top + 4 * ROTA_ROW),
        off(s.bg, 24), -1,
    )  # fmt: skip
    for d, day in enumerate(DAYS):
        note(img, day, (ROTA_X + d * ROTA_CELL + 40, y + 84), 0.5, SHELTER if d == today else s.fg, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.15, 1.25))
    for r, shift in enumerate(SHIFTS):
        ry = top + r * ROTA_ROW
        cv2.line(img, (36, ry), (WIDTH - 40, ry), off(s.bg, 30), 1)
        note(img, shift, (36, ry + 48), 0.48, s.fg, 2)
        for d in range(7):
            x = ROTA_X + d * ROTA_CELL
            need = rng.choice((1, 1, 2, 2, 3))
            filled = need if rng.random() < 0.6 else rng.randrange(need + 1)
            for j in range(need):
                H60.place(cast, rng, s, x + 8 + j * (side + 6), ry + 12, fp, side, j < filled, 0.08)
            note(img, rng.choice(("9-12", "12-3", "3-6", "all day")), (x + 10, ry + 72), 0.36, GREY)
    for d in range(8):
        cv2.line(
            img, (ROTA_X + d * ROTA_CELL, top), (ROTA_X + d * ROTA_CELL, top + 4 * ROTA_ROW), off(s.bg, 30), 1
        )
    return 460


def shift_leads(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The shift leads under their heading: round 32-46 px faces in green rings with a gap
    (heldout33's ``ring_avatar``) about 200 px apart (one size for all), a paw's badge over the lower
    right of those on today (it takes the pixels it covers), the first name and the animals they
    lead on a green chip under each, the last across the screen's right edge (heldout45's
    ``carousel``). Returns its height with the gap under it."""
    top = section(s, y, "Shift leads", True)
    fp, side = _size(rng, 32, small(rng, 32.5, 46), (1.1, 1.2))
    for x in carousel(rng, 200, side):
        ring_avatar(cast, s, x, top + 12, fp, side, SHELTER)
        if rng.random() < 0.35:
            paw_badge(s.img, (x + side - 2, top + 10 + side), 11, s.bg)
        note(s.img, rng.choice(NAMES), (x, top + side + 52), 0.48, s.fg, 2)
        tag(s.img, x, top + side + 64, rng.choice(("Dogs", "Cats", "Small pets", "Front desk")), SHELTER, 28)
    return top - y + side + 110


def signup_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A volunteer's sign-up: a round 22-30 px face (initials on some), the name, the shift and day,
    the walks done as a count by a paw's print; on 15 % "Cancelled" on a grey tag and the face faded
    toward the page (heldout60's ``away``: counted as it looks), else "Confirmed" by a tick's badge
    or an outlined "Confirm". Returns its height (96 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle", 0.1)
    x = 50 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.54, s.fg, 2)
    note(img, f"{rng.choice(SHIFTS)} - {rng.choice(DAYS)}", (x, y + 70), 0.44, GREY)
    paw_badge(img, (500, y + 46), 12, s.bg)
    note(img, f"{rng.randrange(1, 240)} shifts", (520, y + 54), 0.46, s.fg)
    if rng.random() < 0.15:
        tag(img, WIDTH - 220, y + 28, "Cancelled", (110, 110, 110), 32)
        H60.away(s, 30, y + 16, side)
    elif rng.random() < 0.6:
        badge(img, (WIDTH - 210, y + 46), 14, GREEN, "check")
        note(img, "Confirmed", (WIDTH - 188, y + 53), 0.46, GREEN, 2)
    else:
        outlined(img, WIDTH - 220, y + 22, 160, 48, SHELTER, s.bg)
        note(img, "Confirm", (WIDTH - 190, y + 54), 0.52, SHELTER, 2)
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Parts: a film festival's jury and a cinema's tickets.
# ----------------------------------------------------------------------------------------------


def jury_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The jury on the red carpet (heldout61's ``hero_photo`` before the press wall: two to five a
    depth, the front faces 26-48 px, those behind 0.55-0.7 of them), in the press's flashes on 35 %
    (``flashes``) or grey on 15 % (heldout10's ``greyed``); the opening night on a tag and a
    clapperboard's badge, the festival on the band. Returns its height with the gap under it (460
    px)."""
    roll = rng.random()
    shade = flashes(rng, rng.uniform(0.3, 0.6)) if roll < 0.35 else H10.greyed if roll < 0.5 else None
    when = f"Opening night {rng.randrange(1, 29)} {rng.choice(MONTHS)}"
    words = (rng.choice(FESTIVALS).upper(), f"The {rng.randrange(8, 40)}th edition - the jury arrives")
    return H61.hero_photo(
        cast, rng, s, y, CARPET, (2, 5), (26, 48, 0.55), shade, (when, FILM, clapper_badge), words
    )


def jury_strip(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The jury as frames of a film strip across the screen: a black band with sprocket holes along
    its top and its foot (``sprockets``), in each frame a 30-44 px face in a square (heldout2's
    looks; one size for all) about 196 px apart, the last across the screen's right edge
    (heldout45's ``carousel``); under the strip each one's first name, "President" on a gold tag for
    the first and a country's flag (heldout52's ``flag``) for the rest. Returns its height with the
    gap under it."""
    img = s.img
    top = section(s, y, "The jury", False)
    fp, side = _size(rng, 30, small(rng, 30.5, 44), (1.1, 1.2))
    cv2.rectangle(img, (0, top), (WIDTH, top + side + 62), (22, 22, 24), -1)
    sprockets(img, 0, WIDTH, top + 6, (200, 200, 200))
    sprockets(img, 0, WIDTH, top + side + 45, (200, 200, 200))
    for k, x in enumerate(carousel(rng, 196, side)):
        cv2.rectangle(img, (x - 10, top + 22), (x + side + 10, top + side + 40), (60, 60, 64), -1)
        cast.avatar(s, x, top + 31, fp, side, "square")
        note(img, rng.choice(NAMES), (x, top + side + 96), 0.48, s.fg, 2)
        if k == 0:
            tag(img, x, top + side + 108, "President", GOLD, 28)
        else:
            H52.flag(img, rng, x, top + side + 110, 40, 26)
    return top - y + side + 150


def president_note(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A word from the jury's president (heldout61's ``word_card``): a studio portrait in a ticket's
    stub (``ticket_mask``: the face 64-110 px) in a gold rim, who they are, "Read the statement".
    Returns its height with the gap under it (290 px)."""
    words = ("From the jury president", f"{who(rng)} {rng.choice(SURNAMES)}", "Read the statement")
    return H61.word_card(cast, rng, s, y, ticket_mask, GOLD, (64, 110), words)


def award_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A film in competition: its still (a thing, never a face) with the director's 22-28 px face in
    a bordered circle over the still's lower right (initials on some), the title, "dir." and the
    name, the country and year on a chip; a palm (``palm_glyph``: gold for a prize, grey for none)
    with the prize under it; the cast as a stack of none to three 18-22 px faces (heldout22's
    ``stack``); the jury's mark. Returns its height (140 px)."""
    img = s.img
    cast.thing(s, 30, y + 16, 200, 112, rounded_rect(112, 200, 10))
    face_or_initials(cast, rng, s, (196, y + 96), (22, 28), "border", 0.1)
    note(img, rng.choice(FILMS), (260, y + 46), 0.6, s.fg, 2)
    note(img, f"dir. {who(rng)} {rng.choice(SURNAMES)}", (260, y + 78), 0.46, GREY)
    tag(img, 260, y + 92, f"{rng.choice(COUNTRIES)} {rng.randrange(2024, 2028)}", off(s.bg, 40), 28)
    won = rng.random() < 0.35
    palm_glyph(img, (WIDTH - 300, y + 44), 22, GOLD if won else off(s.bg, 60))
    note(img, rng.choice(AWARDS) if won else "In competition", (WIDTH - 340, y + 104), 0.36, GREY)
    crew = rng.choice((0, 1, 2, 3, 3))
    if crew:
        H22.stack(cast, s, rng, WIDTH - 200, y + 40, crew, 18.3, 22, s.bg)
    note(img, "cast", (WIDTH - 200, y + 100), 0.4, GREY)
    note(img, f"{rng.uniform(5.5, 9.6):.1f}", (WIDTH - 96, y + 64), 0.7, GOLD, 2)
    cv2.line(img, (30, y + 138), (WIDTH - 30, y + 138), off(s.bg, 14), 1)
    return 140


def film_header(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The film on a card: its poster (a thing, never a face), the title, two genres on chips, the
    running time and the certificate, five stars; "Q&A with the director" and the director's 28-40 px
    face in a squircle (initials on some) at the card's lower right. Returns its height with the gap
    under it (300 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 280, 20, off(s.bg, 10))
    cast.thing(s, 40, y + 20, 170, 240, rounded_rect(240, 170, 12))
    note(img, rng.choice(FILMS), (240, y + 62), 0.9, s.fg, 2)
    for k, genre in enumerate(rng.sample(GENRES, 2)):
        tag(img, 240 + k * 170, y + 84, genre, off(s.bg, 40), 30)
    note(img, f"{rng.randrange(1, 3)}h {rng.randrange(0, 60):02d}m", (240, y + 150), 0.5, GREY, 2)
    tag(img, 360, y + 126, rng.choice(CERTIFICATES), FILM, 30)
    lit = rng.randrange(2, 6)
    for k in range(5):
        star(img, (250 + k * 30, y + 186), 11, GOLD if k < lit else off(s.bg, 50))
    note(img, "Q&A with the director", (240, y + 240), 0.52, FILM, 2)
    face_or_initials(cast, rng, s, (WIDTH - 160, y + 176), (28, 40), "squircle", 0.1)
    return 300


def seat(s: Screen, x: int, y: int, w: int, h: int, taken: bool) -> None:
    """A cinema seat on the plan at (x, y), w x h (never a face): a dark block when ``taken``, else
    an outlined one."""
    rounded_card(s.img, x, y, w, h, 7, off(s.bg, 70 if taken else 40))
    if not taken:
        rounded_card(s.img, x + 3, y + 3, w - 6, h - 6, 5, off(s.bg, 10))


SEAT_X, SEAT_DX, SEAT_DY = (110, 576), 58, 38  # the blocks' first seats, the seats' pitch across and down


def seat_map(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The screen's seating plan on a card: the screen as a pale arc at its top, ten rows (A-J) of
    two blocks of seven seats either side of the aisle, each 44 x 30: free (outlined), taken
    (dark), one's own two to four side by side in a strong blue; five to nine friends' seats as
    round 18-22 px faces centred on them (one size for the plan; initials on some, heldout60's
    ``place``); a legend under it. Returns its height with the gap under it (560 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 540, 20, off(s.bg, 10))
    cv2.ellipse(img, (WIDTH // 2, y + 140), (420, 90), 0, 205, 335, (230, 230, 235), 8, cv2.LINE_AA)
    note(img, "SCREEN", (WIDTH // 2 - 40, y + 86), 0.5, GREY, 2)
    seats = [(r, c) for r in range(10) for c in range(14)]
    n, block = rng.randrange(2, 5), rng.randrange(2)
    own_row, own_at = rng.randrange(3, 9), block * 7 + rng.randrange(8 - n)
    own = {(own_row, own_at + k) for k in range(n)}
    friends = set(rng.sample([p for p in seats if p not in own], rng.randrange(5, 10)))
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for r, c in seats:
        sx = SEAT_X[c // 7] + (c % 7) * SEAT_DX
        sy = y + 130 + r * SEAT_DY
        if c in (0, 13):
            note(img, "ABCDEFGHIJ"[r], (sx - 36 if c == 0 else sx + 58, sy + 22), 0.42, GREY)
        if (r, c) in friends:
            H60.place(cast, rng, s, sx + 22 - side // 2, sy + 15 - side // 2, fp, side, True, 0.08)
        elif (r, c) in own:
            rounded_card(img, sx, sy, 44, 30, 7, YOURS)
        else:
            seat(s, sx, sy, 44, 30, rng.random() < 0.45)
    for k, word in enumerate(("Free", "Taken", "Yours")):
        if k < 2:
            seat(s, 60 + k * 200, y + 508, 30, 20, k == 1)
        else:
            rounded_card(img, 460, y + 508, 30, 20, 5, YOURS)
        note(img, word, (100 + k * 200, y + 524), 0.42, GREY)
    return 560


def showtime_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A showing: the time in large figures, the screen and the format on tags, "Intro by" and the
    host's round 22-28 px face (initials on some), the seats left as a bar; an outlined "Book" or
    "Sold out" on a grey tag (heldout61's ``button_or_tag``). Returns its height (100 px)."""
    img = s.img
    note(img, f"{rng.randrange(11, 23)}:{rng.choice(('00', '15', '30', '45'))}", (30, y + 62), 1.1, s.fg, 2)
    tag(img, 180, y + 18, f"Screen {rng.randrange(1, 9)}", off(s.bg, 40), 30)
    tag(img, 180, y + 56, rng.choice(FORMATS), FILM, 30)
    note(img, "Intro by", (420, y + 34), 0.4, GREY)
    side = face_or_initials(cast, rng, s, (420, y + 44), (22, 28), "circle", 0.15)
    note(img, rng.choice(NAMES), (432 + side, y + 70), 0.44, s.fg)
    left = rng.randrange(0, 180)
    cv2.rectangle(img, (620, y + 46), (800, y + 54), off(s.bg, 30), -1)
    cv2.rectangle(img, (620, y + 46), (620 + left, y + 54), FILM, -1)
    note(img, f"{left // 3} seats left", (620, y + 80), 0.4, GREY)
    H61.button_or_tag(s, y, left < 20, ("Book", "Sold out"), FILM, 150)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: a surf school's lessons, its instructors and a session's photos.
# ----------------------------------------------------------------------------------------------


def surf_hero(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The school's surfers on the beach (heldout61's ``hero_photo`` at a beach break or in the
    shack: three to six a depth, the front faces 24-46 px, those behind 0.5-0.65 of them), in a low
    sun on 35 % (``golden_hour``) or grey on 15 % (heldout10's ``greyed``); the tide on a tag and a
    wave's badge, the beach on the band. Returns its height with the gap under it (460 px)."""
    roll = rng.random()
    if roll < 0.35:
        shade: Fn | None = golden_hour(rng.uniform(0.2, 0.45), rng.random() < 0.5)
    else:
        shade = H10.greyed if roll < 0.5 else None
    when = f"High tide {rng.randrange(6, 20)}:{rng.randrange(0, 60):02d}"
    words = (rng.choice(BEACHES), f"Lessons {rng.randrange(8, 11)}:00 - {rng.randrange(16, 19)}:00")
    return H61.hero_photo(
        cast, rng, s, y, BEACH, (3, 6), (24, 46, 0.5), shade, (when, SURF, wave_badge), words
    )


def conditions_card(s: Screen, rng: random.Random, y: int) -> int:
    """The day's conditions on a card (no faces): the tide as a curve over the day with a line and a
    dot at now, the high and low times; the swell in large figures with its period, the wind as a
    needle in a dial and its speed, the water's temperature with the wetsuit to wear on a blue tag, the
    lifeguards' flag (red over yellow). Returns its height with the gap under it (230 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 210, 18, off(s.bg, 10))
    note(img, "Conditions", (44, y + 40), 0.56, s.fg, 2)
    phase = rng.uniform(0, math.tau)
    pts = [(44 + k * 12, y + 125 + round(40 * math.sin(k / 7 + phase))) for k in range(44)]
    cv2.polylines(img, [np.array(pts, np.int32)], False, SURF, 4, cv2.LINE_AA)
    now = rng.randrange(4, 40)
    cv2.line(img, (pts[now][0], y + 70), (pts[now][0], y + 180), GREY, 1)
    cv2.circle(img, pts[now], 8, SURF, -1, cv2.LINE_AA)
    note(img, f"High {rng.randrange(6, 20)}:{rng.randrange(0, 60):02d}", (44, y + 196), 0.42, GREY)
    note(img, f"Low {rng.randrange(6, 20)}:{rng.randrange(0, 60):02d}", (300, y + 196), 0.42, GREY)
    note(img, f"{rng.uniform(0.4, 2.5):.1f} m", (620, y + 92), 1.3, s.fg, 3)
    note(img, f"every {rng.randrange(6, 15)} s", (800, y + 92), 0.6, GREY, 2)
    heading_deg = rng.randrange(0, 360, 45)
    cv2.circle(img, (650, y + 140), 18, off(s.bg, 50), 2, cv2.LINE_AA)
    needle = cv2.boxPoints(((650, y + 140), (30, 8), heading_deg - 90.0))
    cv2.fillPoly(img, [needle.astype(np.int32)], s.fg, cv2.LINE_AA)
    note(img, f"{rng.randrange(4, 30)} km/h", (684, y + 148), 0.48, s.fg, 2)
    tag(
        img,
        620,
        y + 164,
        f"Water {rng.randrange(9, 19)} C - {rng.choice(('5/4', '4/3', '3/2'))} mm",
        SURF,
        30,
    )
    cv2.line(img, (WIDTH - 90, y + 40), (WIDTH - 90, y + 180), (90, 90, 90), 3)
    cv2.rectangle(img, (WIDTH - 88, y + 40), (WIDTH - 50, y + 60), RED, -1)
    cv2.rectangle(img, (WIDTH - 88, y + 60), (WIDTH - 50, y + 80), (40, 210, 240), -1)
    return 230


BOARD_DX = 108  # a lesson's boards' pitch


def lesson_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A lesson on the day's board: the time and length on a blue block, the level on a tag, the
    instructor as a round 26-34 px face in a blue ring with a gap (heldout33's ``ring_avatar``;
    initials on some) with the name under it; then four to six places 108 px apart, each a board
    seen from above (a long rounded shape with its stringer) with a student's round 18-22 px face
    over its nose (one size a lesson; initials on some, heldout60's ``place``) or, still free, a
    grey board under a dashed ring; the places left at the right. Returns its height (150 px)."""
    img = s.img
    rounded_card(img, 30, y + 18, 90, 72, 12, SURF)
    note(img, f"{rng.randrange(8, 17)}:00", (40, y + 54), 0.62, WHITE, 2)
    note(img, rng.choice(("1h", "2h", "90m")), (44, y + 80), 0.42, WHITE)
    tag(img, 140, y + 14, rng.choice(LEVELS), off(s.bg, 40), 30)
    fp, side = _size(rng, 26, small(rng, 26.5, 34), (1.1, 1.2))
    if rng.random() < 0.08:
        H3.initials(img, rng, 150, y + 60, side, "circle", SURF)
    else:
        ring_avatar(cast, s, 150, y + 60, fp, side, SURF)
    note(img, rng.choice(NAMES), (140, y + 140), 0.44, s.fg, 2)
    places = rng.randrange(4, 7)
    filled = rng.randrange(2, places + 1)
    sp, sside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    for k in range(places):
        bx = 270 + k * BOARD_DX
        colour = rng.choice(BOARDS) if k < filled else off(s.bg, 40)
        cv2.ellipse(img, (bx + 46, y + 108), (46, 13), 0, 0, 360, colour, -1, cv2.LINE_AA)
        cv2.line(img, (bx + 8, y + 108), (bx + 84, y + 108), tone(colour, -60), 1)
        H60.place(cast, rng, s, bx + 46 - sside // 2, y + 92 - sside, sp, sside, k < filled, 0.08)
    note(img, f"{places - filled} left" if filled < places else "Full", (WIDTH - 130, y + 100), 0.5, SURF, 2)
    cv2.line(img, (30, y + 148), (WIDTH - 30, y + 148), off(s.bg, 14), 1)
    return 150


CARD_W, CARD_H, PHOTO_H = 330, 360, 230  # an instructor's card and its photo


def instructor_cards(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The instructors as cards three across and two down, 330 x 360: each a photo 230 px high of
    the instructor on the beach or by the shack's racks (heldout53's ``posed``: the face 32-56 px,
    skewed small), a green dot for those in the water today, the first name, a certificate on a blue
    tag, the stars and two languages' flags (heldout52's ``flag``). Returns its height with the gap
    under it (752 px)."""
    img = s.img
    for k in range(6):
        x, top = 30 + (k % 3) * (CARD_W + 15), y + (k // 3) * (CARD_H + 16)
        rounded_card(img, x, top, CARD_W, CARD_H, 16, off(s.bg, 10))
        piece, faces = H53.posed(cast, rng, CARD_W, PHOTO_H, small(rng, 32, 56), BEACH)
        H11.paste_photo(cast, s, piece, faces, x, top, rounded_rect(PHOTO_H, CARD_W, 16))
        if rng.random() < 0.5:
            cv2.circle(img, (x + CARD_W - 24, top + PHOTO_H + 30), 8, GREEN, -1, cv2.LINE_AA)
        note(img, rng.choice(NAMES), (x + 16, top + PHOTO_H + 40), 0.6, s.fg, 2)
        tag(img, x + 16, top + PHOTO_H + 56, rng.choice(CERTS), SURF, 28)
        lit = rng.randrange(3, 6)
        for j in range(5):
            star(img, (x + 26 + j * 24, top + PHOTO_H + 110), 9, GOLD if j < lit else off(s.bg, 50))
        for j in range(2):
            H52.flag(img, rng, x + CARD_W - 110 + j * 48, top + PHOTO_H + 96, 40, 26)
    return 2 * (CARD_H + 16)


def review_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A student's review: the 22-28 px face in a squircle (initials on some), the name, the stars,
    two lines of the review as text bars; "for" and the instructor's round 18-22 px face at the
    right (initials on some) over the lesson's level. Returns its height (130 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "squircle", 0.1)
    x = 50 + side
    note(img, f"{rng.choice(NAMES)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.52, s.fg, 2)
    lit = rng.randrange(3, 6)
    for j in range(5):
        star(img, (x + 10 + j * 22, y + 60), 8, GOLD if j < lit else off(s.bg, 50))
    H52.text_bars(img, rng, x, y + 84, WIDTH - x - 280, 2, off(s.bg, 60))
    note(img, "for", (WIDTH - 160, y + 52), 0.42, GREY)
    face_or_initials(cast, rng, s, (WIDTH - 120, y + 30), (18.3, 22), "circle", 0.1)
    note(img, rng.choice(LEVELS), (WIDTH - 180, y + 100), 0.4, GREY)
    cv2.line(img, (30, y + 128), (WIDTH - 30, y + 128), off(s.bg, 14), 1)
    return 130


def session_pick(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The beach photographer's pick from one's session on a card (WIDTH - 60) wide in the school's
    blue: "Photographer's pick" on its head band with the session's time; the photo 980 px wide and
    480-560 high (heldout53's ``posed`` at the break or the shack: the face 110-240 px, on a quarter
    cut by a side of the photo; in a low sun on 40 %, ``golden_hour``), the price over its upper left
    on a dark block (it takes the pixels it covers). Returns its height with the gap under it (the
    photo's and 150)."""
    img, x, w, pw = s.img, 30, WIDTH - 60, WIDTH - 100
    ph = rng.randrange(480, 560)
    rounded_card(img, x, y, w, 100 + ph + 30, 28, tone(SURF, -60))
    note(img, "PHOTOGRAPHER'S PICK", (x + 30, y + 64), 0.9, WHITE, 2)
    note(img, f"{rng.randrange(7, 19)}:{rng.randrange(0, 60):02d}", (WIDTH - 160, y + 64), 0.6, WHITE, 2)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, pw, ph, rng.uniform(110, 240), BEACH, edge)
    if rng.random() < 0.4:
        piece = golden_hour(rng.uniform(0.2, 0.45), rng.random() < 0.5)(piece)
    H11.paste_photo(cast, s, piece, faces, x + 20, y + 100, rounded_rect(ph, pw, 16))
    rounded_card(img, x + 34, y + 114, 150, 60, 12, (30, 30, 30))
    note(img, f"GBP {rng.randrange(6, 25)}", (x + 46, y + 154), 0.8, GOLD, 2)
    return ph + 150


TILE_W, TILE_H = 333, 240  # a session photo in the grid


def session_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The session's other shots under their heading, three across and two down, 333 x 240 and 10
    px apart: on 70 % a photo of people (the cast's ``photo``: the face 22-60 px wide, skewed small,
    others in it at their own sizes), else the waves alone (a thing), a blue tick's badge over the
    upper right of those picked (it takes the pixels it covers). Returns its height with the gap
    under it."""
    img = s.img
    top = section(s, y, "From your session", True)
    for k in range(6):
        x, ty = 30 + (k % 3) * (TILE_W + 10), top + (k // 3) * (TILE_H + 10)
        m = rounded_rect(TILE_H, TILE_W, 12)
        if rng.random() < 0.7:
            cast.photo(s, x, ty, TILE_W, TILE_H, small(rng, 22, 60), m)
        else:
            cast.thing(s, x, ty, TILE_W, TILE_H, m)
        if rng.random() < 0.3:
            badge(img, (x + TILE_W - 26, ty + 26), 15, SURF, "check", WHITE)
    return top - y + 2 * (TILE_H + 10) + 10


def photographer_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A photographer on the beach that day: a round 24-30 px face (initials on some), the name, the
    shots of one and the price, an outlined "Follow" or "Following" on a grey tag (heldout61's
    ``button_or_tag``). Returns its height (100 px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 22), (24, 30), "circle", 0.12)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 44), 0.54, s.fg, 2)
    note(
        img, f"{rng.randrange(3, 60)} shots of you - GBP {rng.randrange(4, 15)} each", (x, y + 74), 0.44, GREY
    )
    H61.button_or_tag(s, y, rng.random() < 0.3, ("Follow", "Following"), SURF, 160)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


# ----------------------------------------------------------------------------------------------
# Parts: an accounting firm's team, a client's portal and a video consultation.
# ----------------------------------------------------------------------------------------------


PARTNER_W, PARTNER_H = 500, 200  # a partner's card on the team page


def partner_grid(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The partners on four cards two by two, 500 x 200: each a studio headshot 150 x 170 at the
    card's left (heldout11's ``portrait``: the face 40-64 px, skewed small), all four in the firm's
    black and white on half of the pages (heldout10's ``greyed``: counted as they look), the name,
    "Partner" (the first "Managing partner"), two qualifications on navy tags and the speciality.
    Returns its height with the gap under it (440 px)."""
    img = s.img
    grey = rng.random() < 0.5
    for k in range(4):
        x, top = 30 + (k % 2) * (PARTNER_W + 20), y + (k // 2) * (PARTNER_H + 16)
        rounded_card(img, x, top, PARTNER_W, PARTNER_H, 16, off(s.bg, 10))
        piece, faces = H11.portrait(cast, 150, 170, small(rng, 40, 64))
        H11.paste_photo(
            cast, s, H10.greyed(piece) if grey else piece, faces, x + 15, top + 15, rounded_rect(170, 150, 10)
        )
        note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x + 186, top + 50), 0.56, s.fg, 2)
        note(img, "Managing partner" if k == 0 else "Partner", (x + 186, top + 80), 0.44, GREY)
        for j, qual in enumerate(rng.sample(QUALS, 2)):
            tag(img, x + 186 + j * 90, top + 96, qual, FIRM, 28)
        note(img, rng.choice(SPECIALITIES), (x + 186, top + 164), 0.46, s.fg)
    return 2 * (PARTNER_H + 16) + 8


WALL_DX, WALL_W, WALL_H = 128, 116, 140  # a headshot on the team's wall


def team_wall(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Our people: the heading, the departments as chips (heldout21's ``chips``), then two or three
    rows of eight studio headshots 116 x 140, 128 px apart (heldout11's ``portrait``: the face 20-30
    px, one size for the wall), the whole wall grey on half of the pages (heldout10's ``greyed``), an
    initials tile for some without a photo (never a face), two lines of name and role as text bars
    under each. Returns its height with the gap under it."""
    img = s.img
    top = section(s, y, "Our people", True)
    chips(img, rng, 30, top, 4, 40, (110, 170), off(s.bg, 16), s.fg)
    top += 60
    rows, grey = rng.choice((2, 3, 3)), rng.random() < 0.5
    fp = small(rng, 20, 30)
    for r in range(rows):
        for c in range(8):
            x, ty = 30 + c * WALL_DX, top + r * (WALL_H + 48)
            if rng.random() < 0.1:
                H3.initials(img, rng, x, ty + (WALL_H - WALL_W) // 2, WALL_W, "rounded", None)
            else:
                piece, faces = H11.portrait(cast, WALL_W, WALL_H, fp)
                H11.paste_photo(
                    cast,
                    s,
                    H10.greyed(piece) if grey else piece,
                    faces,
                    x,
                    ty,
                    rounded_rect(WALL_H, WALL_W, 8),
                )
            H52.text_bars(img, rng, x, ty + WALL_H + 12, WALL_W - 10, 2, off(s.bg, 60))
    return top - y + rows * (WALL_H + 48) + 8


def office_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An office of the firm: a navy map pin (``map_pin``), the city and its address as a text bar,
    "Office lead" and the lead's 24-30 px face in a squircle (initials on some) with the name, an
    outlined "Directions" or "Closed today" on a grey tag (heldout61's ``button_or_tag``). Returns
    its height (100 px)."""
    img = s.img
    map_pin(img, (54, y + 40), 16, FIRM)
    note(img, rng.choice(OFFICES), (96, y + 44), 0.6, s.fg, 2)
    H52.text_bars(img, rng, 96, y + 66, 380, 1, off(s.bg, 60))
    note(img, "Office lead", (560, y + 16), 0.38, GREY)
    side = face_or_initials(cast, rng, s, (560, y + 26), (24, 30), "squircle", 0.1)
    note(img, rng.choice(NAMES), (574 + side, y + 56), 0.46, s.fg)
    H61.button_or_tag(s, y, rng.random() < 0.15, ("Directions", "Closed today"), FIRM, 190)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def advisor_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """One's advisor on a card: "Your advisor" over a 44-60 px face in a squircle in a navy rim
    drawn before it, the name, the role and a qualification; "and the team" by a stack of two or
    three 18-22 px faces (heldout22's ``stack``, a "+N" disc after some); an outlined "Message" and
    a navy "Book a call". Returns its height with the gap under it (250 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 230, 20, off(s.bg, 10))
    note(img, "Your advisor", (44, y + 34), 0.46, GREY, 2)
    fp, side = _size(rng, 44, small(rng, 44.5, 60), (1.1, 1.2))
    fill(img, mask(side + 10, "squircle"), 39, y + 45, FIRM)
    cast.avatar(s, 44, y + 50, fp, side, "squircle")
    x = 70 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)}", (x, y + 82), 0.66, s.fg, 2)
    note(img, f"{rng.choice(STAFF_ROLES[:2])} - {rng.choice(QUALS)}", (x, y + 114), 0.46, GREY)
    note(img, "and the team", (x, y + 162), 0.42, GREY)
    H22.stack(
        cast, s, rng, x + 120, y + 142, rng.randrange(2, 4), 18.3, 22, off(s.bg, 10), rng.choice((0, 0, 2, 5))
    )
    outlined(img, WIDTH - 440, y + 166, 170, 48, FIRM, off(s.bg, 10))
    note(img, "Message", (WIDTH - 404, y + 198), 0.5, FIRM, 2)
    pill(img, WIDTH - 250, y + 166, 200, 48, FIRM)
    note(img, "Book a call", (WIDTH - 222, y + 198), 0.5, WHITE, 2)
    return 250


DAY_X, DAY_TOP, SLOT = 120, 110, 32  # the advisors' day: its first column, its grid's top, a half hour


def advisor_day(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The advisors' day on a card: the hours 9 to 5 down the left, five columns of 184 px headed by
    each advisor's round 26-34 px face in a navy ring with a gap (heldout33's ``ring_avatar``; one
    size for all) and the first name; down each column the half hours in blocks of one to four:
    booked (a pale navy block with the client's round 18-22 px face at its top left, one size for
    the day, initials on some, and a text bar), lunch (grey), one's own (green, "You") or free (a
    dashed outline). Returns its height with the gap under it (660 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 640, 20, off(s.bg, 10))
    cw = (WIDTH - 40 - DAY_X) // 5
    hp, hside = _size(rng, 26, small(rng, 26.5, 34), (1.1, 1.2))
    cp, cside = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    top = y + DAY_TOP
    for h in range(9):
        note(img, f"{9 + h}:00", (36, top + h * 2 * SLOT + 6), 0.4, GREY)
        cv2.line(img, (DAY_X, top + h * 2 * SLOT), (WIDTH - 40, top + h * 2 * SLOT), off(s.bg, 26), 1)
    mine = rng.randrange(5)
    for k in range(5):
        x = DAY_X + k * cw
        ring_avatar(cast, s, x + cw // 2 - hside // 2, y + 18, hp, hside, FIRM)
        note(img, rng.choice(NAMES), (x + cw // 2 - 36, y + hside + 46), 0.42, s.fg, 2)
        t = 0
        while t < 16:
            n = min(16 - t, rng.randrange(1, 5))
            bx, by, bh = x + 6, top + t * SLOT + 2, n * SLOT - 4
            roll = rng.random()
            if k == mine and t >= 8 and roll < 0.3:
                rounded_card(img, bx, by, cw - 12, bh, 8, GREEN)
                note(img, "You", (bx + 10, by + 22), 0.46, WHITE, 2)
                mine = -1
            elif roll < 0.5:
                rounded_card(img, bx, by, cw - 12, bh, 8, tone(FIRM, 110))
                H60.place(cast, rng, s, bx + 4, by + 2, cp, cside, True, 0.1)
                cv2.rectangle(img, (bx + cside + 12, by + 10), (bx + cw - 24, by + 16), tone(FIRM, 50), -1)
            elif roll < 0.6:
                rounded_card(img, bx, by, cw - 12, bh, 8, off(s.bg, 30))
                note(img, "Lunch", (bx + 10, by + 22), 0.42, GREY)
            else:
                cv2.rectangle(img, (bx, by), (bx + cw - 12, by + bh), off(s.bg, 40), 1)
            t += n
    return 660


def message_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A message from the firm: the sender's 22-28 px face in a rounded square (initials on some),
    the name and the role, a line of the message as a text bar, a file on a chip on 30 % (a
    document's icon, ``doc_icon``, and its name), the time and an unread dot. Returns its height (110
    px)."""
    img = s.img
    side = face_or_initials(cast, rng, s, (30, y + 18), (22, 28), "rounded", 0.1)
    x = 50 + side
    note(img, f"{who(rng)} {rng.choice(SURNAMES)[0]}.", (x, y + 40), 0.54, s.fg, 2)
    note(img, rng.choice(STAFF_ROLES), (x, y + 66), 0.42, GREY)
    H52.text_bars(img, rng, x, y + 84, WIDTH - x - 290, 1, off(s.bg, 60))
    if rng.random() < 0.3:
        pill(img, WIDTH - 250, y + 54, 180, 40, off(s.bg, 20))
        doc_icon(img, WIDTH - 236, y + 60, 22, 28, RED)
        note(
            img,
            rng.choice(("P60.pdf", "SA302.pdf", "rent.xls", "letter.pdf")),
            (WIDTH - 206, y + 80),
            0.42,
            s.fg,
        )
    note(img, f"{rng.randrange(8, 18)}:{rng.randrange(0, 60):02d}", (WIDTH - 120, y + 40), 0.42, GREY)
    if rng.random() < 0.4:
        cv2.circle(img, (WIDTH - 56, y + 34), 8, FIRM, -1, cv2.LINE_AA)
    cv2.line(img, (30, y + 108), (WIDTH - 30, y + 108), off(s.bg, 14), 1)
    return 110


def call_bar(s: Screen, rng: random.Random, y: int) -> int:
    """The consultation's bar (no faces): a navy band with a padlock (a body and its shackle) and
    "Secure call", the firm and the meeting, the time on the call, a red recording square and
    "REC". Returns its height (110 px)."""
    img = s.img
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), tone(FIRM, -20), -1)
    cv2.rectangle(img, (30, y + 40), (58, y + 64), WHITE, -1)
    cv2.ellipse(img, (44, y + 40), (9, 11), 0, 180, 360, WHITE, 3, cv2.LINE_AA)
    note(img, "Secure call", (70, y + 60), 0.5, WHITE, 2)
    note(img, rng.choice(FIRMS), (280, y + 44), 0.6, WHITE, 2)
    note(img, f"Year-end review {rng.randrange(2025, 2028)}", (280, y + 80), 0.48, (230, 220, 200))
    note(img, f"{rng.randrange(2, 58)}:{rng.randrange(0, 60):02d}", (WIDTH - 280, y + 60), 0.6, WHITE, 2)
    cv2.rectangle(img, (WIDTH - 150, y + 40), (WIDTH - 130, y + 60), RED, -1)
    note(img, "REC", (WIDTH - 120, y + 58), 0.5, WHITE, 2)
    return 110


SIDE_X, SIDE_W, SIDE_H = 736, 324, 240  # the call's small cameras at the right


def advisor_view(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The call's cameras: the adviser's at the left, 700 px wide and 520-600 high (heldout53's
    ``posed`` in the office: the face 110-240 px, on a quarter cut by a side of the frame), the name's
    label over its lower left (heldout22's ``name_label``: it takes the pixels it covers); at the
    right one's own camera and a colleague's who joined, each 324 x 240 (the cast's ``photo``: the
    face 0.2-0.3 of its width, others in it at their own sizes; the colleague's camera off on a
    quarter, heldout22's ``camera_off``), labelled. Returns its height with the gap under it."""
    img, h = s.img, rng.randrange(520, 600)
    edge = rng.uniform(0.2, 0.45) if rng.random() < 0.25 else None
    piece, faces = H53.posed(cast, rng, 700, h, rng.uniform(110, 240), OFFICE, edge)
    H11.paste_photo(cast, s, piece, faces, 20, y, rounded_rect(h, 700, 16))
    H22.name_label(img, f"{who(rng)} - Tax adviser", 36, y + h - 14, 40)
    for k, label in enumerate(("You", f"{rng.choice(NAMES)} - Bookkeeper")):
        top = y + k * (SIDE_H + 16)
        if k and rng.random() < 0.25:
            H22.camera_off(cast, s, rng, SIDE_X, top, SIDE_W, SIDE_H)
        else:
            cast.photo(
                s,
                SIDE_X,
                top,
                SIDE_W,
                SIDE_H,
                SIDE_W * small(rng, 0.2, 0.3),
                rounded_rect(SIDE_H, SIDE_W, 14),
            )
        H22.name_label(img, label, SIDE_X + 10, top + SIDE_H - 10, 30)
    return h + 16


def shared_screen(s: Screen, rng: random.Random, y: int) -> int:
    """The adviser's shared screen on a card (no faces): "Screen shared" on a navy tag, the page of
    the tax return (``tax_form``), a yellow box round the field they point at and the pointer's
    arrow. Returns its height with the gap under it (320 px)."""
    img = s.img
    rounded_card(img, 20, y, WIDTH - 40, 300, 18, off(s.bg, 10))
    form = H11.render(rng, WIDTH - 80, 240, (tax_form,))
    img[y + 44 : y + 284, 40 : WIDTH - 40] = form
    tag(img, 40, y + 6, "Screen shared", FIRM, 32)
    bx, by = rng.randrange(300, 700), y + rng.randrange(90, 220)
    cv2.rectangle(img, (bx, by), (bx + 220, by + 36), (40, 200, 240), 3)
    tip = (bx + 200, by + 30)
    arrow = np.array(
        [tip, (tip[0] + 8, tip[1] + 30), (tip[0] + 14, tip[1] + 20), (tip[0] + 26, tip[1] + 24)], np.int32
    )
    cv2.fillPoly(img, [arrow], INK)
    return 320


def action_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An action from the call: a box (ticked on some), the owner's 20-26 px face in a story ring
    (initials on some), what to do and by when on a tag. Returns its height (96 px)."""
    img = s.img
    done = rng.random() < 0.3
    cv2.rectangle(img, (30, y + 34), (58, y + 62), GREEN if done else off(s.bg, 60), -1 if done else 2)
    if done:
        cv2.polylines(img, [np.array([(35, y + 48), (42, y + 56), (54, y + 40)], np.int32)], False, WHITE, 3)
    side = face_or_initials(cast, rng, s, (80, y + 20), (20, 26), "ring", 0.12)
    note(img, rng.choice(TASKS), (100 + side, y + 46), 0.54, s.fg, 2)
    note(img, rng.choice(("You", "Adviser", "Bookkeeper")), (100 + side, y + 74), 0.42, GREY)
    tag(
        img,
        WIDTH - 220,
        y + 30,
        f"by {rng.randrange(1, 29)} {rng.choice(MONTHS)}",
        FIRM if not done else GREY,
        32,
    )
    return 96


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def adoption_day(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shelter's adoption day: the event's title and one's 22-26 px face; the visitors in the yard
    (``event_hero``: front faces 24-44 px, a marquee's shade or grey on some); the pens on the field
    (``pen_map``: handlers 18-24 px, visitors 18-22 px in stacks); the meet-and-greets
    (``meet_row``: adopters 22-28 px over the animals' photos, counsellors 18-22 px) down to the tab
    bar (heldout61's ``titled_feed``)."""
    parts = (functools.partial(event_hero, cast, rng), functools.partial(pen_map, cast, rng))
    rows = ("Meet and greets", True, 60, functools.partial(meet_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "adoptday", themes, rng.choice(EVENTS), parts, rows)


def shelter_rota(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shelter's volunteer rota: the bar and the shelter; the week (``rota_week``: 18-22 px in its
    cells, open places dashed); the shift leads (``shift_leads``: 32-46 px in green rings, past the
    right edge); the sign-ups (``signup_row``: 22-30 px, the cancelled faded) down to the tab bar,
    which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "rota", ("light", "light", "dark", "tinted"), "Volunteer rota")
    heading(s, 30, y + 36, rng.choice(SHELTERS), 0.7)
    y += 60
    y += rota_week(cast, rng, s, y)
    y += shift_leads(cast, rng, s, y)
    y = section(s, y, "Sign-ups", False)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: signup_row(cast, rng, s, t))


def festival_jury(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A film festival's jury page: the festival's title and one's 22-26 px face; the jury on the red
    carpet (``jury_hero``: front faces 26-48 px, the flashes or grey on some); the jury as a film
    strip (``jury_strip``: 30-44 px in squares, past the right edge); on 50 % the president's word
    (``president_note``: 64-110 px in a ticket's stub); the films in competition (``award_row``:
    directors 22-28 px over their stills, casts 18-22 px in stacks) down to the tab bar."""
    parts = (
        functools.partial(jury_hero, cast, rng),
        functools.partial(jury_strip, cast, rng),
        lambda s, y: president_note(cast, rng, s, y) if rng.random() < 0.5 else 0,
    )
    rows = ("In competition", True, 60, functools.partial(award_row, cast, rng))
    themes = ("dark", "dark", "light", "tinted")
    return H61.titled_feed(cast, rng, name, "jury", themes, rng.choice(FESTIVALS), parts, rows)


def screening_tickets(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A cinema's tickets for a festival film: the bar; the film (``film_header``: the director
    28-40 px); the seating plan (``seat_map``: friends 18-22 px on their seats, one's own in blue);
    the showings (``showtime_row``: hosts 22-28 px) down to the tab bar, which cuts the last; on 30 %
    a dark page with the whole screen under the phone's night shift (heldout58's ``night_rows``
    through ``night_shift``)."""
    shifted = rng.random() < 0.3
    themes = ("dark",) if shifted else ("dark", "light", "light", "tinted")
    s, y = H59.pushed(cast, rng, name, "tickets", themes, "Book tickets")
    y += film_header(cast, rng, s, y)
    y += seat_map(cast, rng, s, y)
    y = section(s, y, "Showings", False)
    return H58.night_rows(s, rng, y, lambda t: showtime_row(cast, rng, s, t), shifted, night_shift)


def surf_lessons(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A surf school's day: the school's title and one's 22-26 px face; the surfers on the beach
    (``surf_hero``: front faces 24-46 px, a low sun or grey on some); the conditions
    (``conditions_card``); the lessons (``lesson_row``: instructors 26-34 px in blue rings, students
    18-22 px on their boards) down to the tab bar."""
    parts = (functools.partial(surf_hero, cast, rng), lambda s, y: conditions_card(s, rng, y))
    rows = ("Today's lessons", True, 120, functools.partial(lesson_row, cast, rng))
    themes = ("light", "light", "dark", "tinted")
    return H61.titled_feed(cast, rng, name, "lessons", themes, rng.choice(SURF_SCHOOLS), parts, rows)


def instructor_roster(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A surf school's instructors: the bar and the school; the instructors' cards
    (``instructor_cards``: 32-56 px on the beach); the reviews (``review_row``: students 22-28 px,
    instructors 18-22 px) down to the tab bar, which cuts the last."""
    s, y = H59.pushed(cast, rng, name, "instructors", ("light", "dark", "light", "tinted"), "Instructors")
    heading(s, 30, y + 36, rng.choice(SURF_SCHOOLS), 0.7)
    y += 60
    y += instructor_cards(cast, rng, s, y)
    y = section(s, y, "Reviews", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: review_row(cast, rng, s, t))


def surf_photos(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A session's photos from the beach photographer: the bar; the pick (``session_pick``: the
    surfer 110-240 px, cut by a side on some); the other shots (``session_grid``: faces 22-60 px and
    others at their own sizes); the photographers where there is room (``photographer_row``: 24-30
    px), above the "Buy all photos" button (heldout57's ``rows_then_button``)."""
    s, y = H59.pushed(cast, rng, name, "surfphotos", ("light", "dark", "dark", "tinted"), "Your session")
    y += session_pick(cast, rng, s, y)
    y += session_grid(cast, rng, s, y)
    return H57.rows_then_button(
        s, y, "Photographers", lambda t: photographer_row(cast, rng, s, t), "Buy all photos"
    )


def firm_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An accounting firm's team page: the firm's title and one's 22-26 px face; the partners
    (``partner_grid``: 40-64 px headshots, black and white on some); our people (``team_wall``: 20-30
    px headshots, grey on some); the offices (``office_row``: leads 24-30 px) down to the tab bar."""
    parts = (functools.partial(partner_grid, cast, rng), functools.partial(team_wall, cast, rng))
    rows = ("Our offices", False, 60, functools.partial(office_row, cast, rng))
    themes = ("light", "light", "light", "dark")
    return H61.titled_feed(cast, rng, name, "firmteam", themes, rng.choice(FIRMS), parts, rows)


def client_portal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A client's portal at the firm: the bar; one's advisor (``advisor_card``: 44-60 px, the team
    18-22 px in a stack); the advisors' day (``advisor_day``: advisors 26-34 px in navy rings, clients
    18-22 px in their bookings); the messages (``message_row``: 22-28 px) down to the tab bar, which
    cuts the last."""
    s, y = H59.pushed(cast, rng, name, "portal", ("light", "light", "dark", "tinted"), "Client portal")
    y += advisor_card(cast, rng, s, y)
    y += advisor_day(cast, rng, s, y)
    y = section(s, y, "Messages", True)
    return rows_to_tab_bar(s, rng, y, 60, lambda t: message_row(cast, rng, s, t))


def tax_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video consultation with one's tax adviser: the bar (``call_bar``); the cameras
    (``advisor_view``: the adviser 110-240 px, one's own and a colleague's 65-97 px); the shared
    tax return (``shared_screen``); the actions (``action_row``: 20-26 px) above the call's controls
    (heldout58's ``call_foot``)."""
    s = new_screen(rng, name, cast.kind("taxcall"), ("dark", "dark", "light", "tinted"))
    y = STATUS_H + call_bar(s, rng, STATUS_H)
    y += advisor_view(cast, rng, s, y)
    y += shared_screen(s, rng, y)
    return H58.call_foot(s, rng, y, "Action items", lambda t: action_row(cast, rng, s, t))


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    adoption_day,
    shelter_rota,
    festival_jury,
    screening_tickets,
    surf_lessons,
    instructor_roster,
    surf_photos,
    firm_team,
    client_portal,
    tax_call,
)
# with people: each twice a round but two (a session's photos and the tax call, a few large faces
# each)
ONCE = (surf_photos, tax_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: a rota with things in its places, a
# seating plan with things on friends' seats, a team's wall of headshots with things in them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, shelter_rota, screening_tickets, firm_team)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT62_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h62", photos, free, seed, reps)
