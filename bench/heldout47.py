"""Held-out screens, forty-seventh set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a birthday cake with its candles, wedding
rings on a cushion, champagne flutes raised in a toast, a balloon arch, a dance floor's lights under
a mirror ball, a place setting with its card, a wrapped gift box, a posy; nothing with eyes, a mouth
or a mask); every random choice from ``HELDOUT47_SEED`` (47474; the environment's
``HELDOUT47_SEED`` draws the set from another). Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped.
heldout11's ``Cast`` (through heldout26's, heldout40's, heldout41's, heldout43's, heldout45's and
heldout46's; this set's screens are marked h47-) fills the people's places, and on face-free
screens puts pets, objects, textures, initials and this set's drawn things there; it counts a face
cut by an edge while half of its box is inside. Faces under 18 px are drawn but, as everywhere in
the bench, never counted.

What it adds is faces in the apps of weddings, parties and event planning, most of them small: a
planner's guest list with each guest's reply and plus-ones; a seating plan of round tables seen
from above with the guests' tiny faces round each cloth; a photographer's gallery, the couple large
and group photos of the guests; a photo booth's strips, the same few people four times with props
over some faces; a ceremony's live stream, a wide frame of small guests with the chat under it; a
vendors' marketplace of caterers, DJs and florists with couples' reviews; a shared guest album
whose photos carry their uploaders' faces over a corner; a video guestbook's messages; a party's
invite with who is going; a birthday's countdown and gift pool with the contributors round the
pool's ring. Near repeats avoided: heldout16's wedding app, heldout31's wedding planner and gallery
(a couple's hero photo under a vignette, a checklist's assignees, the wedding party in arched
frames, a photo wall in two columns; here a list of guests with RSVP tags and greyed declines, a
seating plan's tables, a studio's gallery of group photos of two or three rows, some grey, printed
or washed, with a tick on the chosen ones); heldout22's invitation with RSVP badges and
heldout16's RSVP stack (badges over faces; here an invite page under a drawn cover, the host rimmed
over its foot, "going" and "maybe" facepiles ending in "+N" discs, comments with the host's
replies); heldout12's photo booth and heldout35's booth gallery (a camera's live view, strips side
by side; here one event's strip large beside another guest's, the same people cut four ways and
mirrored, party hats, crowns, signs and stickers over some of their faces, a tray of props, a QR
code); heldout11's fan cam and heldout26's streams (a crowd, a game's frame; here a ceremony's wide
frame of guests in rows, warm-washed on some, reactions floating up its side, who streams it in a
ring, a chat of small faces); heldout23's local pros and heldout45's lawyers (pros' cards; here
vendors' profiles in rounded squares, a featured vendor over a drawn cover of their trade, the
couples' reviews under a rule); heldout11's album chat and heldout35's shared albums (photos in a
chat, members; here a masonry of guests' photos with the uploader rimmed over each one's corner,
stickers over some and contributors cut by the right edge); heldout25's fundraiser and heldout39's
campaign (donors' stacks, a bar; here a countdown's cards and a donut round the birthday person
with the contributors in rings round it). Ten layouts:
- a guest list (``guest_list``): one's 22-26 px face; guests (``guest_row``: 18-30 px, declined
  ones in grey, plus-ones 18-22 px in stacks);
- a seating plan (``seating_chart``): one's 22-26 px face; the top table (``head_table``: 20-26
  px); round tables (``round_table``: 18-26 px seats); guests not seated (22-28 px in dashed rings,
  cut by the right edge);
- a photographer's gallery (``photo_gallery``): one's 22-26 px face; the couple (``couple_cover``:
  80-240 px, the other 0.8-1.0 of it); group photos (``group_tile``: front faces 20-44 px, back rows
  down to 11-16 px);
- a photo booth (``photo_booth``): tonight's strip (``booth_strip``: 60-140 px), another guest's
  (30-70 px); who used it (18-22 px);
- a ceremony's live stream (``ceremony_stream``): the guests (front faces 22-36 px, back rows down to
  10-14 px); who streams it (28-36 px); viewers (18-22 px); the chat (``chat_line``: 20-26 px);
- a vendors' marketplace (``vendor_market``): one's 22-26 px face; the featured vendor
  (``featured_vendor``: 56-80 px, bookers 18-22 px); vendors (``vendor_card``: 40-80 px, reviewers
  20-26 px);
- a shared guest album (``guest_album``): one's 22-26 px face; contributors (24-32 px, cut by the
  right edge); photos (``album_tile``: a guest 24-60 px or people 18-48 px; uploaders 18-22 px);
- a video guestbook (``video_guestbook``): who left a message (18-22 px); messages
  (``guestbook_tile``: 80-160 px two a row, 50-100 px three a row);
- a party's invite (``party_invite``): the host (44-64 px); going and maybe (18-22 px stacks);
  comments (``comment_row``: 22-30 px, photos of 18-44 px, the host's replies 20-24 px);
- a birthday's gift pool (``gift_pool``): one's 22-26 px face; the pool's ring (``pool_ring``: the
  birthday person 60-120 px, contributors 22-32 px); contributions (``contribution_row``: 22-30
  px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut (``cut_photo``
and heldout11's ``snapshot`` show held-out group photos at whatever size their people come) or a
stack's slightly smaller faces can differ (the table below counts what is drawn). Guests not
seated and the album's contributors run past the right edge, their last item across it
(heldout45's ``carousel``), so some faces are cut by the edge and counted while half of their box
shows (the capture's right 8 px are black padding). Light, dark and tinted themes (the booth and
the stream mostly dark); JPEG quality 30-60. RSVP and count tags, party hats, crowns, signs and
stickers, "FEATURED" ribbons, ticks, name bands, play buttons, reactions and tab bars take the
pixels they cover; a face under them counts while half of its box shows; rims and rings are drawn
before the faces they hold; grey (declined guests, black-and-white covers, strips and photos,
messages still processing), scanned prints' grey or sepia and washes of rose, warm or champagne
leave the faces under them counted as they look, and the scrim over the cover's foot lies under
the couple's faces; initials, monograms, "+N" discs, empty seats' dashed rings, the rings', flutes'
and sparkles' glyphs and drawn things are never faces. Only portrait 1088 x 2115 screens (the
bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,447 faces (1,135 under 32 px, 172 of 32-63, 105 of
64-127, 35 larger; 1,181 under 40 px) and 52 face-free screens (the same layouts with things in
the people's places: pets, objects, textures, initials and this set's drawn things in avatars,
seats, stacks, rings, tiles, strips and photos, round things where the couple, the guests in a
photo or a booth's people would be); ``reps=1`` a quarter (18 screens with 360 faces: 279, 48, 26
and 7 by size, 298 under 40 px; 13 face-free). Each layout has people twice a round but the booth
and the guestbook, once (the same few people large four times over, and a tile a guest: the set's
most faces of 32-127 px on a screen, 17 and 20.5 of them at 4 reps). The faces of each layout at
4 reps, under 32 px, of 32-63, of 64-127 and of 128 or more:
    guest_list           8 screens   119 faces: 119,   0,   0,   0
    seating_chart        8 screens   276 faces: 276,   0,   0,   0
    photo_gallery        8 screens   164 faces: 127,  20,   1,  16
    photo_booth          4 screens    89 faces:  13,  36,  32,   8
    ceremony_stream      8 screens   150 faces: 150,   0,   0,   0
    vendor_market        8 screens    84 faces:  50,  32,   2,   0
    guest_album          8 screens   220 faces: 163,  48,   9,   0
    video_guestbook      4 screens   104 faces:  11,  25,  57,  11
    party_invite         8 screens   102 faces:  95,   7,   0,   0
    gift_pool            8 screens   139 faces: 131,   4,   4,   0
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
import heldout15 as H15
import heldout45 as H45
import heldout46 as H46
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo
from heldout2 import Colour, Screen, _cut, blit, gradient, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, outlined, qr
from heldout11 import INK
from heldout19 import heading
from heldout20 import cut_photo, note
from heldout21 import chips, play_button, progress, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, ribbon, tag
from heldout24 import RED, section
from heldout25 import who
from heldout26 import crown
from heldout33 import ring_avatar, rounded_corners
from heldout37 import rounded_card, rows_to_tab_bar
from heldout38 import rimmed, rows_above
from heldout39 import finish_with_button
from heldout43 import speckle, titled
from heldout45 import AMBER, carousel, dashed_ring, face_or_initials

DEFAULT_SEED = 47474


def seed_from(env: Mapping[str, str]) -> int:
    """The set's seed: ``HELDOUT47_SEED`` in ``env`` when it is set (to draw the set again from
    another seed), else 47474."""
    return int(env.get("HELDOUT47_SEED") or DEFAULT_SEED)


HELDOUT47_SEED = seed_from(os.environ)

BLUSH: Colour = (180, 170, 240)  # BGR
SAGE: Colour = (140, 170, 130)
IVORY: Colour = (225, 240, 248)
PLUM: Colour = (110, 50, 120)
CHAMPAGNE: Colour = (150, 210, 235)
PASTELS: tuple[Colour, ...] = (
    (200, 190, 250),
    (230, 210, 170),
    (170, 230, 250),
    (200, 230, 190),
    (240, 200, 220),
    (235, 235, 240),
)
COUPLES: tuple[str, ...] = (
    "Ana & Tom",
    "Priya & Sam",
    "Lea & Jonas",
    "Maya & Ravi",
    "Zoe & Theo",
    "Ines & Luca",
)
EVENTS: tuple[str, ...] = ("Maya's 30th", "Engagement party", "Rehearsal dinner", "Garden party", "Hen night")


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def birthday_cake(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A birthday cake on a stand against a pastel wall: one or two round tiers seen from the side
    (a band of sponge under an ellipse of icing), drips of icing down the top tier, sprinkles, the
    stand's plate and stem, thin striped candles along the top with flames and a soft glow."""
    wall = rng.choice(PASTELS)
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone(wall, 20), tone(wall, -30))
    table = round(h * rng.uniform(0.8, 0.9))
    img[table:] = tone(rng.choice(((120, 160, 200), (235, 235, 235), (90, 110, 140))), -10)
    cx = w // 2 + rng.randrange(-w // 10, w // 10 + 1)
    foot = table - max(2, h // 60)
    cv2.rectangle(
        img, (cx - max(2, w // 30), foot - max(4, h // 14)), (cx + max(2, w // 30), foot), (200, 200, 205), -1
    )
    plate_y = foot - max(4, h // 14)
    cv2.ellipse(
        img, (cx, plate_y), (max(6, w * 2 // 5), max(2, h // 40)), 0, 0, 360, (215, 215, 220), -1, cv2.LINE_AA
    )
    icing = rng.choice(((245, 245, 250), (200, 180, 250), (180, 230, 250), (140, 110, 90)))
    sponge = rng.choice(((120, 180, 230), (60, 90, 140), (200, 200, 240)))
    tiers = rng.choice((1, 2, 2))
    base, rw = plate_y, max(6, round(w * rng.uniform(0.3, 0.36)))
    th = max(5, round(h * rng.uniform(0.15, 0.2)))
    for _ in range(tiers):
        top = base - th
        ry = max(2, rw // 5)
        cv2.rectangle(img, (cx - rw, top), (cx + rw, base), sponge, -1)
        cv2.ellipse(img, (cx, base), (rw, ry), 0, 0, 180, tone(sponge, -30), -1, cv2.LINE_AA)
        cv2.rectangle(img, (cx - rw, top), (cx + rw, top + max(2, th // 4)), icing, -1)
        for dx in range(-rw + max(2, rw // 8), rw, max(3, rw // 4)):
            cv2.ellipse(
                img,
                (cx + dx, top + th // 4),
                (max(1, rw // 12), max(2, th // rng.randrange(3, 6))),
                0,
                0,
                360,
                icing,
                -1,
                cv2.LINE_AA,
            )
        cv2.ellipse(img, (cx, top), (rw, ry), 0, 0, 360, tone(icing, 8), -1, cv2.LINE_AA)
        speckle(img, rng, (cx - rw, top + th // 3, cx + rw, base), max(10, rw * th // 20), 60)
        base, rw = top, max(4, round(rw * 0.68))
    for k in range(rng.randrange(3, 8)):
        x = cx - rw + round((k + 0.5) * 2 * rw / 7)
        if x > cx + rw:
            break
        ch = max(4, h // 9)
        y0 = base - max(1, rw // 10)
        stripe = rng.choice(((60, 60, 230), (230, 160, 60), (80, 200, 250)))
        cv2.rectangle(img, (x - max(1, w // 160), y0 - ch), (x + max(1, w // 160), y0), WHITE, -1)
        for yy in range(y0 - ch, y0, max(2, ch // 4)):
            cv2.line(img, (x - max(1, w // 160), yy), (x + max(1, w // 160), yy + 2), stripe, 1)
        fr = max(2, h // 60)
        glow = img.copy()
        cv2.circle(glow, (x, y0 - ch - 2 * fr), 3 * fr, (150, 230, 255), -1, cv2.LINE_AA)
        img[:] = cv2.addWeighted(glow, 0.35, img, 0.65, 0)
        cv2.ellipse(
            img, (x, y0 - ch - fr - fr // 2), (fr, 2 * fr), 0, 0, 360, (60, 170, 250), -1, cv2.LINE_AA
        )
        cv2.ellipse(
            img, (x, y0 - ch - fr), (max(1, fr // 2), fr), 0, 0, 360, (190, 250, 255), -1, cv2.LINE_AA
        )
    return img


def ring_cushion(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Wedding rings on a ring bearer's cushion seen from above at a slant: linen or wood behind,
    a square satin cushion shaded from its lit corner with a lace edge and four tufts in a diamond,
    the two rings interlocked off its middle (gold or platinum bands with a glint), a ribbon's bow
    tied across them."""
    back = rng.choice(((200, 210, 215), (70, 100, 140), (225, 230, 235)))
    img = np.full((h, w, 3), back, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 12, 10)
    satin = rng.choice((IVORY, BLUSH, (200, 215, 230), (235, 225, 215)))
    side = max(8, round(min(w, h) * rng.uniform(0.7, 0.85)))
    x1, y1 = (w - side) // 2, (h - side) // 2
    lace = max(2, side // 30)
    for k in range(0, 4 * side, max(3, lace * 2)):
        edge, t = divmod(k, side)
        px, py = ((x1 + t, y1), (x1 + side, y1 + t), (x1 + side - t, y1 + side), (x1, y1 + side - t))[
            edge % 4
        ]
        cv2.circle(img, (px, py), lace, (245, 245, 245), -1, cv2.LINE_AA)
    rounded_card(img, x1, y1, side, side, max(2, side // 10), satin)
    gradient(
        img,
        (x1 + side // 10, y1 + side // 10, x1 + side - side // 10, y1 + side - side // 10),
        tone(satin, 18),
        tone(satin, -22),
    )
    c = (x1 + side // 2, y1 + side // 2)
    for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0)):
        p = (c[0] + dx * side // 3, c[1] + dy * side // 3)
        cv2.circle(img, p, max(1, side // 40), tone(satin, -45), -1, cv2.LINE_AA)
    metal = rng.choice(((60, 180, 230), (205, 205, 210), (120, 160, 215)))
    r = max(4, side // 7)
    t = max(2, r // 4)
    a = (c[0] - r // 2 + rng.randrange(-r // 3, r // 3 + 1), c[1] + r // 3)
    b = (a[0] + r, a[1] - r * 2 // 3)
    tilt = rng.uniform(-25, 25)
    for p, q in ((a, metal), (b, tone(metal, -15))):
        cv2.ellipse(img, p, (r, max(2, r * 3 // 4)), tilt, 0, 360, tone(q, -60), t + 2, cv2.LINE_AA)
        cv2.ellipse(img, p, (r, max(2, r * 3 // 4)), tilt, 0, 360, q, t, cv2.LINE_AA)
        cv2.ellipse(img, p, (r, max(2, r * 3 // 4)), tilt, 200, 240, WHITE, max(1, t // 2), cv2.LINE_AA)
    bow = rng.choice(((60, 60, 200), (200, 200, 200), SAGE, GOLD))
    k = (c[0] + rng.randrange(-side // 6, side // 6 + 1), c[1] - side // 4)
    for d in (-1, 1):
        cv2.ellipse(
            img,
            (k[0] + d * r // 2, k[1]),
            (max(2, r * 2 // 3), max(1, r // 3)),
            d * 20,
            0,
            360,
            bow,
            -1,
            cv2.LINE_AA,
        )
        cv2.line(img, k, (k[0] + d * r // 2, k[1] + r), bow, max(1, t), cv2.LINE_AA)
    cv2.circle(img, k, max(1, r // 5), tone(bow, -40), -1, cv2.LINE_AA)
    return img


def champagne_glasses(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Champagne flutes raised in a toast before a party's lights: a dark or warm backdrop with
    blurred discs of light, two to four tall flutes leaning in (a glass's outline and rim, the wine
    golden to its level with bubbles rising, a thin stem and a foot)."""
    dark = rng.random() < 0.6
    img = np.full((h, w, 3), (40, 30, 35) if dark else (150, 190, 220), np.uint8)
    bokeh = np.zeros_like(img)
    for _ in range(max(6, w * h // 3000)):
        cv2.circle(
            bokeh,
            (rng.randrange(w), rng.randrange(h)),
            max(2, min(w, h) // rng.randrange(8, 20)),
            rng.choice(((120, 200, 255), (200, 200, 255), (255, 220, 180))),
            -1,
        )
    img[:] = cv2.add(img, (H15.blurred(bokeh, max(1.0, min(w, h) / 40)) * 0.6).astype(np.uint8))
    n = rng.randrange(2, 5)
    gw = max(4, round(w / (n + 1.2) * 0.55))
    for k in range(n):
        cx = round(w * (k + 0.8) / (n + 0.6))
        lean = rng.uniform(-14, 14) + (8 if k < n / 2 else -8)
        top = round(h * rng.uniform(0.08, 0.22))
        bowl = round(h * rng.uniform(0.38, 0.48))
        m = cv2.getRotationMatrix2D((cx, top + bowl), lean, 1.0)
        glass = np.zeros((h, w, 3), np.uint8)
        shape = np.zeros((h, w), np.uint8)
        pts = np.array(
            [
                [cx - gw // 2, top],
                [cx + gw // 2, top],
                [cx + gw // 4, top + bowl],
                [cx - gw // 4, top + bowl],
            ],
            np.int32,
        )
        cv2.fillPoly(shape, [pts], 255)
        level = top + round(bowl * rng.uniform(0.15, 0.4))
        glass[:] = (235, 235, 235)
        glass[level:] = rng.choice(((80, 200, 240), (120, 190, 250), (150, 160, 235)))
        for _ in range(max(3, gw // 4)):
            cv2.circle(
                glass,
                (rng.randrange(cx - gw // 3, cx + gw // 3 + 1), rng.randrange(level, top + bowl)),
                max(1, gw // 30),
                (230, 250, 255),
                -1,
            )
        stem = top + bowl + round(h * 0.25)
        cv2.rectangle(shape, (cx - max(1, gw // 20), top + bowl), (cx + max(1, gw // 20), stem), 255, -1)
        cv2.ellipse(shape, (cx, stem), (gw // 3, max(2, gw // 10)), 0, 0, 360, 255, -1)
        shape = cv2.warpAffine(shape, m, (w, h))
        glass = cv2.warpAffine(glass, m, (w, h))
        rim = cv2.dilate(shape, np.ones((3, 3), np.uint8)) > 0
        img[rim & (shape == 0)] = (245, 245, 245)
        sel = shape > 0
        img[sel] = cv2.addWeighted(glass, 0.75, img, 0.25, 0)[sel]
    return img


def balloon_arch(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A balloon arch over a party's doorway: a painted wall and the floor's line, balloons in a
    chosen palette clustered along an arch (shaded discs with a highlight, a few small ones between
    them, knots as tiny triangles), on some a few loose balloons on strings rising at one side."""
    wall = rng.choice(((230, 235, 240), (200, 220, 230), (90, 80, 100), (170, 200, 180)))
    img = np.full((h, w, 3), wall, np.uint8)
    floor = round(h * rng.uniform(0.82, 0.95))
    img[floor:] = tone(wall, -40)
    palette = rng.sample(
        (BLUSH, GOLD, (250, 250, 250), (220, 170, 120), (120, 90, 200), SAGE, (60, 60, 210)), 3
    )
    cx, cy = w / 2, floor
    rx, ry = w * rng.uniform(0.38, 0.45), h * rng.uniform(0.6, 0.75)
    big = max(3, round(min(w, h) / rng.uniform(9, 13)))
    for t in np.linspace(math.pi, 2 * math.pi, max(8, round(math.pi * (rx + ry) / (1.3 * big)))):
        for _ in range(2):
            r = round(big * rng.uniform(0.6, 1.05))
            c = (
                round(cx + rx * math.cos(t) + rng.uniform(-big, big) * 0.7),
                round(cy + ry * math.sin(t) + rng.uniform(-big, big) * 0.7),
            )
            H11.ball(img, c, r, rng.choice(palette), rng.uniform(0.3, 0.7))
    if rng.random() < 0.5:
        for k in range(rng.randrange(2, 5)):
            c = (round(w * rng.uniform(0.05, 0.2)) + k * big, round(h * rng.uniform(0.15, 0.4)))
            cv2.line(
                img,
                (c[0], c[1] + big),
                (c[0] + rng.randrange(-big, big + 1), floor),
                tone(wall, -70),
                1,
                cv2.LINE_AA,
            )
            H11.ball(img, c, big, rng.choice(palette), 0.5)
            tri = np.array(
                [[c[0] - 2, c[1] + big + 3], [c[0] + 2, c[1] + big + 3], [c[0], c[1] + big - 1]], np.int32
            )
            cv2.fillPoly(img, [tri], tone(wall, -70))
    return img


def dance_floor(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A dance floor's lights: a dark hall, the floor's lit tiles in perspective (a grid of panels
    in a palette, some bright, some off), coloured beams falling from the top through a haze, a
    mirror ball high up (a disc of small square facets, some flashing white)."""
    img = np.full((h, w, 3), (35, 25, 30), np.uint8)
    horizon = round(h * rng.uniform(0.4, 0.55))
    palette = rng.sample(((230, 80, 200), (240, 170, 60), (60, 200, 250), (90, 60, 240), (120, 240, 120)), 3)
    rows, cols = rng.randrange(4, 7), rng.randrange(5, 9)
    for r in range(rows):
        a, b = r / rows, (r + 1) / rows
        ya, yb = horizon + round((h - horizon) * a**1.4), horizon + round((h - horizon) * b**1.4)
        half_a, half_b = w * (0.3 + 0.7 * a), w * (0.3 + 0.7 * b)
        for c in range(cols):
            u, v = c / cols - 0.5, (c + 1) / cols - 0.5
            pts = np.array(
                [
                    [w / 2 + u * 2 * half_a, ya],
                    [w / 2 + v * 2 * half_a, ya],
                    [w / 2 + v * 2 * half_b, yb],
                    [w / 2 + u * 2 * half_b, yb],
                ],
                np.int32,
            )
            lit = rng.random()
            colour = tone(rng.choice(palette), -30) if lit < 0.55 else ((60, 50, 55) if lit < 0.8 else WHITE)
            cv2.fillPoly(img, [pts], colour)
            cv2.polylines(img, [pts], True, (20, 20, 20), 1)
    haze = np.zeros((h, w, 3), np.uint8)
    for _ in range(rng.randrange(2, 5)):
        x0 = rng.randrange(w)
        x1 = x0 + rng.randrange(-w // 2, w // 2 + 1)
        poly = np.array([[x0 - 4, 0], [x0 + 4, 0], [x1 + w // 8, h], [x1 - w // 8, h]], np.int32)
        cv2.fillPoly(haze, [poly], rng.choice(palette))
    img[:] = cv2.addWeighted(img, 1.0, H15.blurred(haze, max(1.0, w / 60)), 0.35, 0)
    r = max(4, min(w, h) // 9)
    c = (rng.randrange(w // 4, w * 3 // 4 + 1), r + max(2, h // 20))
    cv2.line(img, (c[0], 0), (c[0], c[1] - r), (150, 150, 150), 1)
    cv2.circle(img, c, r, (140, 140, 145), -1, cv2.LINE_AA)
    f = max(2, r // 4)
    for y in range(c[1] - r, c[1] + r, f):
        for x in range(c[0] - r, c[0] + r, f):
            if (x + f / 2 - c[0]) ** 2 + (y + f / 2 - c[1]) ** 2 < r * r:
                shade = rng.choice(((110, 110, 115), (170, 170, 175), (200, 200, 205), (250, 250, 250)))
                cv2.rectangle(img, (x + 1, y + 1), (x + f - 1, y + f - 1), shade, -1)
    return img


def place_cards(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wedding table's place settings from above: a white or ivory cloth with its weave, a plate
    (rim and well), a folded napkin on it, knives and forks either side, a place card standing by
    the plate with a line of script, a sprig of greenery and a glass's foot."""
    cloth = rng.choice((IVORY, (240, 240, 240), (210, 225, 235)))
    img = np.full((h, w, 3), cloth, np.uint8)
    for y in range(0, h, 3):
        cv2.line(img, (0, y), (w, y), tone(cloth, -6), 1)
    c = (w // 2 + rng.randrange(-w // 12, w // 12 + 1), h // 2 + rng.randrange(-h // 12, h // 12 + 1))
    r = max(6, round(min(w, h) * rng.uniform(0.28, 0.34)))
    cv2.circle(img, (c[0] + 3, c[1] + 4), r, tone(cloth, -25), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, (250, 250, 250), -1, cv2.LINE_AA)
    cv2.circle(img, c, r * 7 // 10, (238, 238, 240), -1, cv2.LINE_AA)
    rim = rng.choice((GOLD, (200, 200, 205), SAGE))
    cv2.circle(img, c, r - max(2, r // 14), rim, max(1, r // 30), cv2.LINE_AA)
    nap = rng.choice((SAGE, BLUSH, (150, 110, 80)))
    pts = np.array(
        [
            [c[0] - r // 2, c[1] - r // 4],
            [c[0] + r // 2, c[1] - r // 4],
            [c[0] + r // 4, c[1] + r // 2],
            [c[0] - r // 4, c[1] + r // 2],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pts], nap, cv2.LINE_AA)
    for d in (-1, 1):
        for k in range(2):
            x = c[0] + d * (r + max(4, r // 5) + k * max(3, r // 7))
            cv2.line(
                img,
                (x, c[1] - r * 4 // 5),
                (x, c[1] + r * 4 // 5),
                (190, 190, 195),
                max(1, r // 22),
                cv2.LINE_AA,
            )
    cw, ch = max(6, r), max(4, r // 3)
    cx, cy = c[0] - cw // 2, c[1] + r + max(3, r // 6)
    cv2.rectangle(img, (cx + 3, cy + 3), (cx + cw + 3, cy + ch + 3), tone(cloth, -30), -1)
    cv2.rectangle(img, (cx, cy), (cx + cw, cy + ch), (252, 252, 250), -1)
    wave = [
        (cx + cw // 6 + i * cw // 18, cy + ch // 2 + round(ch / 6 * math.sin(i * 1.7))) for i in range(12)
    ]
    cv2.polylines(img, [np.array(wave, np.int32)], False, (70, 70, 70), 1, cv2.LINE_AA)
    for k in range(rng.randrange(3, 7)):
        a = math.radians(rng.uniform(-60, 60))
        p = (c[0] + r + r // 3 + round(k * r / 8), c[1] - r - r // 8)
        q = (p[0] + round(r / 3 * math.cos(a)), p[1] + round(r / 3 * math.sin(a)))
        cv2.ellipse(
            img, q, (max(2, r // 9), max(1, r // 20)), math.degrees(a), 0, 360, (70, 130, 60), -1, cv2.LINE_AA
        )
    cv2.circle(img, (c[0] + r, c[1] - r), max(3, r // 4), (225, 225, 230), max(1, r // 30), cv2.LINE_AA)
    return img


def gift_box(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wrapped present on a table: a plain or striped paper's box in three-quarter view (front,
    side in shade, lid seen from above), a ribbon across both faces and the lid, a bow of two loops
    and two tails on top, a tag on a string, confetti round it."""
    back = rng.choice(PASTELS)
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), tone(back, 15), tone(back, -35))
    paper = rng.choice(((60, 60, 200), (200, 120, 40), (90, 160, 60), (240, 240, 240), PLUM))
    ribbon_c = rng.choice((GOLD, WHITE, (60, 60, 220), (200, 200, 205)))
    bw, bh = max(6, round(w * rng.uniform(0.42, 0.55))), max(6, round(h * rng.uniform(0.35, 0.45)))
    d = max(3, bw // 4)
    x1, y1 = (w - bw - d) // 2, h - bh - max(3, h // 10)
    front = np.array([[x1, y1], [x1 + bw, y1], [x1 + bw, y1 + bh], [x1, y1 + bh]], np.int32)
    sidep = np.array(
        [[x1 + bw, y1], [x1 + bw + d, y1 - d // 2], [x1 + bw + d, y1 + bh - d // 2], [x1 + bw, y1 + bh]],
        np.int32,
    )
    lid = np.array([[x1, y1], [x1 + d, y1 - d // 2], [x1 + bw + d, y1 - d // 2], [x1 + bw, y1]], np.int32)
    for poly, shade in ((front, 0), (sidep, -45), (lid, 25)):
        cv2.fillPoly(img, [poly], tone(paper, shade))
    if rng.random() < 0.5:
        for x in range(x1 + bw // 8, x1 + bw, max(3, bw // 5)):
            cv2.line(img, (x, y1), (x, y1 + bh), tone(paper, 35), max(1, bw // 30))
    t = max(2, bw // 10)
    mx = x1 + bw // 2
    cv2.rectangle(img, (mx - t // 2, y1), (mx + t // 2, y1 + bh), ribbon_c, -1)
    cv2.line(img, (x1 + bw, y1 + bh // 2), (x1 + bw + d, y1 + bh // 2 - d // 2), tone(ribbon_c, -40), t)
    cv2.line(img, (mx, y1), (mx + d, y1 - d // 2), ribbon_c, t)
    knot = (mx + d // 2, y1 - d // 4)
    for s in (-1, 1):
        cv2.ellipse(
            img,
            (knot[0] + s * bw // 7, knot[1] - bw // 10),
            (max(2, bw // 7), max(2, bw // 12)),
            s * -30,
            0,
            360,
            tone(ribbon_c, -15),
            max(1, t // 2),
            cv2.LINE_AA,
        )
        cv2.line(img, knot, (knot[0] + s * bw // 6, knot[1] + bw // 6), ribbon_c, max(1, t // 2), cv2.LINE_AA)
    cv2.circle(img, knot, max(2, t // 2), tone(ribbon_c, -30), -1, cv2.LINE_AA)
    tg = (x1 + bw + d - max(2, bw // 10), y1 + bh // 3)
    cv2.line(img, knot, tg, (80, 80, 80), 1, cv2.LINE_AA)
    cv2.rectangle(img, tg, (tg[0] + max(4, bw // 6), tg[1] + max(3, bw // 10)), (245, 245, 240), -1)
    for _ in range(max(6, w // 12)):
        p = (rng.randrange(w), rng.randrange(h))
        if not (x1 - 4 < p[0] < x1 + bw + d + 4 and y1 - d < p[1] < y1 + bh + 4):
            cv2.rectangle(
                img, p, (p[0] + max(1, w // 80), p[1] + max(1, w // 120)), rng.choice((*PASTELS, GOLD)), -1
            )
    return img


def posy(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bride's posy lying on linen or held against a blurred garden: stems gathered and bound
    in a satin ribbon, roses as spirals of petals, small filler flowers in clusters, eucalyptus
    leaves round the edge."""
    back = rng.choice(((225, 230, 235), (150, 180, 150), (200, 190, 210)))
    img = np.full((h, w, 3), back, np.uint8)
    speckle(img, rng, (0, 0, w, h), w * h // 10, 12)
    c = (w // 2 + rng.randrange(-w // 10, w // 10 + 1), round(h * rng.uniform(0.36, 0.46)))
    R = max(6, round(min(w, h) * rng.uniform(0.3, 0.38)))
    stem = (c[0], min(h - 2, c[1] + round(R * 2.1)))
    for k in range(-3, 4):
        cv2.line(
            img,
            (c[0] + k * R // 10, c[1]),
            (stem[0] + k * R // 20, stem[1]),
            (60, 110, 70),
            max(1, R // 25),
            cv2.LINE_AA,
        )
    band = rng.choice((IVORY, BLUSH, SAGE, (230, 230, 235)))
    by = c[1] + round(R * 1.3)
    cv2.rectangle(img, (c[0] - R // 5, by), (c[0] + R // 5, by + max(3, R // 4)), band, -1)
    for k in range(12):
        a = 2 * math.pi * k / 12 + rng.uniform(-0.2, 0.2)
        p = (c[0] + round(R * 1.05 * math.cos(a)), c[1] + round(R * 0.95 * math.sin(a)))
        cv2.ellipse(
            img,
            p,
            (max(2, R // 5), max(1, R // 10)),
            math.degrees(a),
            0,
            360,
            (130, 160, 120),
            -1,
            cv2.LINE_AA,
        )
    cv2.circle(img, c, R, (80, 120, 80), -1, cv2.LINE_AA)
    hues = rng.sample((BLUSH, IVORY, (120, 120, 220), (200, 220, 250), (150, 90, 200), WHITE), 3)
    spots = [
        (c[0] + round(R * 0.62 * rr * math.cos(a)), c[1] + round(R * 0.62 * rr * math.sin(a)))
        for rr in (0.0, 0.7, 1.0)
        for a in np.linspace(0, 2 * math.pi, 1 + round(6 * rr), endpoint=False)
    ]
    for p in spots:
        fr = max(3, round(R * rng.uniform(0.24, 0.32)))
        hue = rng.choice(hues)
        cv2.circle(img, p, fr, hue, -1, cv2.LINE_AA)
        for q in range(1, 4):
            cv2.ellipse(
                img,
                p,
                (fr * q // 4, fr * q // 4),
                rng.uniform(0, 360),
                0,
                250,
                tone(hue, -45),
                1,
                cv2.LINE_AA,
            )
    for _ in range(rng.randrange(4, 9)):
        a = rng.uniform(0, 2 * math.pi)
        p = (c[0] + round(R * 0.85 * math.cos(a)), c[1] + round(R * 0.85 * math.sin(a)))
        for _ in range(4):
            q = (
                p[0] + rng.randrange(-R // 12 - 1, R // 12 + 2),
                p[1] + rng.randrange(-R // 12 - 1, R // 12 + 2),
            )
            cv2.circle(img, q, max(1, R // 30), (245, 245, 250), -1, cv2.LINE_AA)
    return img


RENDERS: tuple[H11.Render, ...] = (
    birthday_cake,
    ring_cushion,
    champagne_glasses,
    balloon_arch,
    dance_floor,
    place_cards,
    gift_box,
    posy,
)
VENUES: tuple[H11.Render, ...] = (balloon_arch, dance_floor, champagne_glasses)  # behind a party's people
STILLS: tuple[H11.Render, ...] = (ring_cushion, posy, place_cards)  # a wedding's details
VENDORS: dict[str, tuple[H11.Render, ...]] = {
    "Cakes": (birthday_cake,),
    "Florist": (posy,),
    "DJ": (dance_floor,),
    "Catering": (place_cards,),
    "Bar": (champagne_glasses,),
    "Decor": (balloon_arch,),
}


@dataclass
class Cast(H46.Cast):
    """heldout46's cast (heldout45's, heldout43's, heldout41's, heldout40's, heldout26's and
    heldout11's: a scene of people or a thing; half of a face's box showing counts it), its screens
    marked h47-, whose drawn things are this set's: a birthday cake, rings on a cushion, champagne
    flutes, a balloon arch, a dance floor's lights, a place setting, a gift box, a posy."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h47-" + super().kind(layout).removeprefix("h46-")


# ----------------------------------------------------------------------------------------------
# Marks and glyphs (never faces).
# ----------------------------------------------------------------------------------------------


def rings_glyph(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """Two interlocked rings (a wedding's mark) about 3 r wide on ``c``."""
    t = max(2, r // 4)
    cv2.circle(img, (c[0] - r // 2, c[1] + r // 6), r, colour, t, cv2.LINE_AA)
    cv2.circle(img, (c[0] + r // 2, c[1] - r // 6), r, colour, t, cv2.LINE_AA)


def flute_glyph(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A champagne flute's icon about 2 r high on ``c``: a tapering bowl, the stem, the foot."""
    bowl = np.array(
        [
            [c[0] - r // 3, c[1] - r],
            [c[0] + r // 3, c[1] - r],
            [c[0] + r // 6, c[1] + r // 5],
            [c[0] - r // 6, c[1] + r // 5],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [bowl], colour, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] + r // 5), (c[0], c[1] + r * 4 // 5), colour, max(1, r // 8), cv2.LINE_AA)
    cv2.line(img, (c[0] - r // 3, c[1] + r), (c[0] + r // 3, c[1] + r), colour, max(2, r // 6), cv2.LINE_AA)


def sparkle(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A four-pointed sparkle of radius ``r`` on ``c``."""
    k = max(1, r // 4)
    pts = np.array(
        [
            [c[0], c[1] - r],
            [c[0] + k, c[1] - k],
            [c[0] + r, c[1]],
            [c[0] + k, c[1] + k],
            [c[0], c[1] + r],
            [c[0] - k, c[1] + k],
            [c[0] - r, c[1]],
            [c[0] - k, c[1] - k],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)


def sticker(img: np.ndarray, rng: random.Random, c: tuple[int, int], r: int) -> None:
    """A sticker pressed onto a photo: a white disc with a soft shadow and a heart, a sparkle, the
    rings or a flute on it (it takes the pixels it covers; no sticker has a face)."""
    cv2.circle(img, (c[0] + 2, c[1] + 3), r, (60, 60, 60), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, WHITE, -1, cv2.LINE_AA)
    kind = rng.randrange(4)
    if kind == 0:
        heart(img, (c[0], c[1] + r // 8), r * 3 // 5, RED)
    elif kind == 1:
        sparkle(img, c, r * 3 // 4, GOLD)
    elif kind == 2:
        rings_glyph(img, c, r * 2 // 5, GOLD)
    else:
        flute_glyph(img, c, r * 3 // 5, (40, 170, 230))


def confetti(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int], n: int) -> None:
    """``n`` flecks of confetti (small bars and dots of party colours) scattered in ``rect``; the
    flecks over a face take their few pixels."""
    x1, y1, x2, y2 = rect
    for _ in range(n):
        p = (rng.randrange(x1, x2), rng.randrange(y1, y2))
        colour = rng.choice((*PASTELS, GOLD, RED, (220, 130, 60)))
        if rng.random() < 0.5:
            cv2.circle(img, p, rng.randrange(2, 5), colour, -1, cv2.LINE_AA)
        else:
            a = rng.uniform(0, math.pi)
            q = (p[0] + round(8 * math.cos(a)), p[1] + round(8 * math.sin(a)))
            cv2.line(img, p, q, colour, 3, cv2.LINE_AA)


def monogram(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour, letters: str) -> None:
    """A studio's or a couple's monogram: a thin ring of ``colour`` with ``letters`` inside (a logo
    where a face could be, never one)."""
    cv2.circle(img, c, r, colour, max(2, r // 12), cv2.LINE_AA)
    scale = r / (20 * len(letters) + 10)
    (tw, th), _ = cv2.getTextSize(letters, cv2.FONT_HERSHEY_TRIPLEX, scale, max(1, r // 18))
    cv2.putText(
        img,
        letters,
        (c[0] - tw // 2, c[1] + th // 2),
        cv2.FONT_HERSHEY_TRIPLEX,
        scale,
        colour,
        max(1, r // 18),
        cv2.LINE_AA,
    )


def tinted(colour: Colour, alpha: float) -> Callable[[np.ndarray], np.ndarray]:
    """A photo washed with ``colour`` at ``alpha`` (a filter's warm or rose cast, for
    ``heldout10.redrawn``: the faces under it keep counting as they look)."""
    ink = np.array(colour, np.float32)
    return lambda part: (part.astype(np.float32) * (1 - alpha) + ink * alpha).astype(np.uint8)


def party_hat(img: np.ndarray, box: BoxF, colour: Colour) -> None:
    """A photo booth's party hat on a head: a striped cone standing on the top fifth of the face's
    ``box`` with a pompom (it takes the pixels it covers)."""
    x1, y1, x2, _y2 = box
    w = x2 - x1
    base = round(y1 + 0.18 * w)
    cone = np.array(
        [
            [round(x1 + 0.1 * w), base],
            [round(x2 - 0.1 * w), base],
            [round((x1 + x2) / 2), round(y1 - 0.9 * w)],
        ],
        np.int32,
    )
    cv2.fillPoly(img, [cone], colour, cv2.LINE_AA)
    for k in (0.3, 0.6):
        y = round(base - k * 1.08 * w)
        half = round((1 - k) * 0.4 * w)
        cv2.line(
            img,
            (round((x1 + x2) / 2) - half, y),
            (round((x1 + x2) / 2) + half, y),
            WHITE,
            max(2, round(w / 18)),
        )
    cv2.circle(img, (round((x1 + x2) / 2), round(y1 - 0.9 * w)), max(3, round(w / 9)), GOLD, -1, cv2.LINE_AA)


def held_sign(img: np.ndarray, rng: random.Random, box: BoxF) -> None:
    """A photo booth's sign held up under a face on a stick, its card over the chin and mouth (the
    lower 35-60 % of the face's ``box``): "I DO", "JUST MARRIED", "CHEERS" or a heart (it takes the
    pixels it covers)."""
    x1, y1, x2, y2 = box
    w = max(4, round(x2 - x1))
    top = round(y2 - (y2 - y1) * rng.uniform(0.35, 0.6))
    sw = round(w * rng.uniform(1.1, 1.5))
    sx = round((x1 + x2) / 2 - sw / 2 + rng.uniform(-0.15, 0.15) * w)
    sh = round(w * 0.55)
    cv2.line(
        img,
        (sx + sw // 2, top + sh),
        (sx + sw // 2, top + sh + round(w * 0.8)),
        (60, 90, 130),
        max(2, w // 20),
    )
    if rng.random() < 0.3:
        heart(img, (sx + sw // 2, top + sh // 2), sh // 2, RED)
        return
    rounded_card(img, sx, top, sw, sh, max(3, sh // 6), rng.choice((WHITE, BLUSH, GOLD)))
    text = rng.choice(("I DO", "JUST MARRIED", "CHEERS", "PARTY"))
    scale = sw / (34 * len(text) + 20)
    cv2.putText(
        img,
        text,
        (sx + sw // 12, top + sh * 2 // 3),
        cv2.FONT_HERSHEY_DUPLEX,
        scale,
        INK,
        max(1, round(scale * 2)),
        cv2.LINE_AA,
    )


RSVP: tuple[tuple[str, Colour], ...] = (
    ("Attending", GREEN),
    ("Attending", GREEN),
    ("Attending", GREEN),
    ("Awaiting", AMBER),
    ("Declined", GREY),
)
MEALS: tuple[str, ...] = ("Chicken", "Fish", "Vegan", "Beef", "Child's menu")


# ----------------------------------------------------------------------------------------------
# Small parts: rows, tables, tiles, strips and cards, people in them or things.
# ----------------------------------------------------------------------------------------------


def guest_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A guest on a wedding planner's list: the round 18-30 px face (initials on some; a guest who
    declined drawn again in grey), the name, table and meal, the RSVP's tag at the right and, on
    some who come, their plus-ones as a stack of 18-22 px. Returns its height (100 px)."""
    img = s.img
    state, colour = rng.choice(RSVP)
    sd = face_or_initials(cast, rng, s, (30, y + 20), (18.3, 30), "circle", 0.15)
    if state == "Declined":
        H46.greyed_disc(s, 30, y + 20, sd)
    x = 50 + sd
    note(img, f"{who(rng)} {rng.choice(H45.SURNAMES)}", (x, y + 44), 0.58, s.fg, 2)
    note(img, f"Table {rng.randrange(1, 16)} - {rng.choice(MEALS)}", (x, y + 76), 0.45, GREY)
    tag(img, WIDTH - 230, y + 30, state, colour, 36)
    if state != "Declined" and rng.random() < 0.3:
        n = rng.randrange(1, 4)
        end = stack(cast, s, rng, WIDTH - 480, y + 28, n, 18.3, 22, s.bg)
        note(img, f"+{n}", (end + 8, y + 56), 0.5, GREY, 2)
    cv2.line(img, (30, y + 98), (WIDTH - 30, y + 98), off(s.bg, 14), 1)
    return 100


def rsvp_summary(s: Screen, rng: random.Random, y: int) -> int:
    """A guest list's replies: a card with the invited count, a bar in three parts (attending in
    green, awaiting in amber, declined in grey) and the three counts under it with their dots.
    Returns its height with the gap under it (190 px). No faces."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 170, 22, card)
    n = rng.randrange(60, 220)
    yes = rng.randrange(n // 3, n * 3 // 4)
    no = rng.randrange(0, (n - yes) // 2 + 1)
    note(img, f"{n} invited", (44, y + 46), 0.7, s.fg, 2)
    note(
        img,
        f"RSVP by {rng.randrange(1, 29)} {rng.choice(('May', 'Jun', 'Aug'))}",
        (WIDTH - 300, y + 46),
        0.5,
        GREY,
    )
    x, w = 44, WIDTH - 88
    for part, colour in ((yes, GREEN), (n - yes - no, AMBER), (no, GREY)):
        cv2.rectangle(img, (x, y + 70), (x + round(w * part / n), y + 90), colour, -1)
        x += round(w * part / n)
    for k, (label, count, colour) in enumerate(
        (("Attending", yes, GREEN), ("Awaiting", n - yes - no, AMBER), ("Declined", no, GREY))
    ):
        cx = 44 + k * 330
        cv2.circle(img, (cx + 10, y + 130), 10, colour, -1, cv2.LINE_AA)
        note(img, f"{label} {count}", (cx + 30, y + 140), 0.55, s.fg)
    return 190


def round_table(cast: Cast, rng: random.Random, s: Screen, c: tuple[int, int], r: int, n: int) -> None:
    """A round table on a seating plan seen from above: a cloth of radius ``r`` with its number and
    a flower's dots in the middle, ``n`` seats round it, each a round 18-26 px face in a rim of the
    page (initials on some, an empty seat a dashed ring). Seats lie clear of the cloth and of each
    other."""
    img = s.img
    cloth = rng.choice((WHITE, IVORY, (230, 225, 240)))
    cv2.circle(img, c, r + 3, off(s.bg, 40), -1, cv2.LINE_AA)
    cv2.circle(img, c, r, cloth, -1, cv2.LINE_AA)
    for k in range(5):
        a = 2 * math.pi * k / 5
        cv2.circle(
            img,
            (c[0] + round(9 * math.cos(a)), c[1] - 16 + round(9 * math.sin(a))),
            6,
            BLUSH,
            -1,
            cv2.LINE_AA,
        )
    label = str(rng.randrange(1, 20))
    note(img, label, (c[0] - 9 * len(label), c[1] + 30), 0.8, INK, 2)
    fp, side = _size(rng, 18.3, small(rng, 18.8, 26), (1.12, 1.22))
    orbit = r + side // 2 + 9
    turn = rng.uniform(0, 2 * math.pi)
    for k in range(n):
        a = turn + 2 * math.pi * k / n
        p = (c[0] + round(orbit * math.cos(a)), c[1] + round(orbit * math.sin(a)))
        x, y = p[0] - side // 2, p[1] - side // 2
        pick = rng.random()
        if pick < 0.18:
            dashed_ring(img, p, side // 2, GREY)
        elif pick < 0.3:
            H3.initials(img, rng, x, y, side, "circle", s.bg)
        else:
            rimmed(cast, s, x, y, fp * rng.uniform(0.95, 1.0), side, s.bg)


def table_card(s: Screen, rng: random.Random, y: int, foot: int) -> None:
    """The table chosen on a seating plan, from ``y`` to ``foot``: a card with its number and name,
    its guests' names two a row with their meals (no faces)."""
    img, card = s.img, off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, foot - y, 22, card)
    note(
        img,
        f"Table {rng.randrange(1, 20)} - {rng.choice(('Family', 'Old friends', 'Work', 'Uni'))}",
        (44, y + 50),
        0.7,
        s.fg,
        2,
    )
    for k in range((foot - y - 90) // 56 * 2):
        x, t = 44 + (k % 2) * (WIDTH // 2 - 20), y + 100 + (k // 2) * 56
        cv2.circle(img, (x + 10, t - 8), 8, rng.choice((GREEN, AMBER, GREY)), -1, cv2.LINE_AA)
        note(img, f"{who(rng)} - {rng.choice(MEALS)}", (x + 30, t), 0.5, s.fg)


def head_table(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The top table on a seating plan: a long cloth with "Top table" on it, the couple and the
    wedding party seated along its far side (round 20-26 px faces in rims of the page, initials on
    some), two rings' glyph between the couple. Returns its height with the gap under it (150 px)."""
    img = s.img
    n = rng.randrange(5, 9)
    fp, side = _size(rng, 20, small(rng, 20.5, 26), (1.12, 1.22))
    step = min(90, (WIDTH - 300) // n)
    x0 = (WIDTH - step * (n - 1) - side) // 2
    rounded_card(img, x0 - 40, y + side + 14, step * (n - 1) + side + 80, 64, 16, IVORY)
    note(img, "Top table", (WIDTH // 2 - 60, y + side + 56), 0.6, INK, 2)
    for k in range(n):
        if rng.random() < 0.1:
            H3.initials(img, rng, x0 + k * step, y + 6, side, "circle", s.bg)
        else:
            rimmed(cast, s, x0 + k * step, y + 6, fp, side, s.bg)
    mid = x0 + (n // 2) * step - step // 2 + side // 2
    rings_glyph(img, (mid, y + side + 30), 8, GOLD)
    return 150


def couple_cover(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A photographer's cover of the couple: a card across the screen before a softened party or
    a wedding's details (drawn), the two (heldout11's ``figure``: the first face 80-240 px, the
    other 0.8-1.0 as large beside it), black and white on 30 %, a scrim over the foot with their
    names, a sticker over the top right corner on some, the corners rounded in the page's colour.
    Returns its height with the gap under it (580 px)."""
    rect = (20, y, WIDTH - 20, y + 560)
    blit(s.img, H15.blurred(H11.render(rng, WIDTH - 40, 560, VENUES + STILLS), rng.uniform(2, 5)), 20, y)
    fp = rng.uniform(80, 240)
    cx = 20 + (WIDTH - 40) * rng.uniform(0.28, 0.36)
    cy = y + 560 * rng.uniform(0.3, 0.38)
    H11.figure(cast, s, cx, cy, fp, rect, True)
    other = fp * rng.uniform(0.8, 1.0)
    H11.figure(
        cast,
        s,
        min(WIDTH - 40 - other * 0.7, cx + fp * rng.uniform(1.15, 1.5)),
        cy + rng.uniform(-0.1, 0.15) * fp,
        other,
        rect,
        True,
    )
    if rng.random() < 0.3:
        H10.redrawn(s, rect, H10.greyed)
    H5.scrim(s, (20, y + 470, WIDTH - 20, y + 560), 0.55)
    note(s.img, rng.choice(COUPLES), (48, y + 528), 1.0, WHITE, 2)
    tag(s.img, WIDTH - 260, y + 500, f"{rng.randrange(80, 900)} photos", WHITE, 36)
    if rng.random() < 0.35:
        sticker(s.img, rng, (WIDTH - 70, y + 60), 34)
    rounded_corners(s, rect, 24)
    return 580


def filtered(rng: random.Random, piece: np.ndarray) -> np.ndarray:
    """A shared photo as a guest's filter left it: grey on 20 %, a scanned print's grey or sepia on
    10 %, a rose or warm wash on 14 %, else as it was (its faces keep counting as they look)."""
    pick = rng.random()
    if pick < 0.2:
        return H10.greyed(piece)
    if pick < 0.3:
        return H10.printed(rng)(piece)
    if pick < 0.44:
        return tinted(rng.choice((BLUSH, (120, 190, 240), CHAMPAGNE)), rng.uniform(0.15, 0.3))(piece)
    return piece


def group_tile(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], hi: tuple[float, float]
) -> None:
    """A group photo in a photographer's gallery in ``rect``: heldout11's ``gathering`` of two or
    three rows of 4-10 people (front faces of ``hi`` px, back rows down to 11-16 px, drawn and not
    counted under 18) before a softened place, or a wedding's detail on 15 %; grey, printed or
    washed on some (``filtered``), the corners rounded, a heart's count at its foot, a tick on the
    photos chosen for the album over its top left corner."""
    x1, y1, x2, y2 = rect
    w, h = x2 - x1, y2 - y1
    if rng.random() < 0.85:
        piece, faces = H11.gathering(
            cast,
            w,
            h,
            rng.uniform(11, 16),
            small(rng, *hi),
            rng.randrange(2, 4),
            rng.randrange(2, 6),
            (1.5, 2.2),
            rng.uniform(0.0, 0.12),
        )
    else:
        piece, faces = H11.render(rng, w, h, STILLS), []
    H11.paste_photo(cast, s, filtered(rng, piece), faces, x1, y1, rounded_rect(h, w, 16))
    tag(s.img, x2 - 120, y2 - 50, f"{rng.randrange(1, 99)}", (60, 60, 60), 34)
    heart(s.img, (x2 - 90, y2 - 33), 9, RED)
    if rng.random() < 0.3:
        badge(s.img, (x1 + 30, y1 + 30), 16, s.accent, "check", WHITE)


def booth_strip(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fw: int, fh: int, size: tuple[float, float]
) -> int:
    """A photo booth's strip at (x, y): a paper border round four fw x fh frames of the same one to
    three people (one heldout11 ``gathering`` with faces of ``size`` px, cut four ways, mirrored on
    some), grey on 35 %; on half the frames a prop over one face (a party hat on the forehead, a
    crown, a sign held over the chin, a sticker on a cheek) that takes the pixels it covers; the
    event's name at the foot. Returns its height."""
    img = s.img
    paper = rng.choice((WHITE, IVORY, (40, 40, 40), BLUSH))
    n = rng.choice((1, 2, 2, 3))
    fp = rng.uniform(size[0], max(size[0] + 1, min(size[1], fw / (n * 1.5))))
    bw, bh = round(fw * 1.12), round(fh * 1.12)
    stand = rng.uniform(0.0, max(0.0, min(0.25, (bh - 2.4 * fp) / bh)))
    piece, faces = H11.gathering(cast, bw, bh, fp * 0.97, fp, 1, n, (1.35, 1.7), stand)
    if rng.random() < 0.35:
        piece = H10.greyed(piece)
    pad = max(10, fw // 28)
    sh = 4 * (fh + pad) + pad + 70
    rounded_card(img, x, y, fw + 2 * pad, sh, 8, paper)
    for k in range(4):
        fx, fy = x + pad, y + pad + k * (fh + pad)
        part, moved = _cut(piece, faces, rng.randrange(bw - fw + 1), rng.randrange(bh - fh + 1), fw, fh)
        if rng.random() < 0.4:
            part = np.ascontiguousarray(part[:, ::-1])
            moved = [(fw - c, b, fw - a, d) for a, b, c, d in moved]
        H11.paste_photo(cast, s, part, moved, fx, fy)
        if rng.random() < 0.5:
            boxes = [b for b in moved if b[0] >= 0 and b[2] <= fw and b[1] >= 0 and b[3] <= fh]
            a, b, c, d = (
                rng.choice(boxes) if boxes else (fw * 0.35, fh * 0.25, fw * 0.65, fh * 0.25 + fw * 0.3)
            )
            view = img[fy : fy + fh, fx : fx + fw]
            prop = rng.randrange(4)
            if prop == 0:
                party_hat(view, (a, b, c, d), rng.choice((RED, PLUM, (200, 120, 40), GOLD)))
            elif prop == 1:
                crown(
                    view, (round((a + c) / 2), round(b - (c - a) * 0.05)), max(6, round((c - a) * 0.45)), GOLD
                )
            elif prop == 2:
                held_sign(view, rng, (a, b, c, d))
            else:
                sticker(
                    view,
                    rng,
                    (round(c - (c - a) * 0.1), round(d - (d - b) * 0.3)),
                    max(8, round((c - a) * 0.22)),
                )
    ink = WHITE if sum(paper) < 300 else INK
    note(img, rng.choice(COUPLES + EVENTS), (x + pad + 4, y + sh - 38), min(0.8, fw / 560), ink, 2)
    note(
        img,
        f"{rng.randrange(1, 29)}.{rng.randrange(1, 13)}.{rng.randrange(24, 27)}",
        (x + pad + 4, y + sh - 12),
        0.45,
        GREY,
    )
    return sh


def chat_line(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A viewer's message in a live stream's chat: the 20-26 px face (initials on some), the name in
    the accent and the message; on some a sticker glyph after it (a heart, the rings, a flute) or a
    "sent a toast" tag. Returns its height (84 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 18), (20, 26), "circle", 0.12)
    x = 46 + sd
    name = who(rng)
    note(img, name, (x, y + 40), 0.55, s.accent, 2)
    text = rng.choice(
        (
            "so beautiful",
            "congratulations",
            "crying already",
            "love you both",
            "the dress!!",
            words(rng, rng.randrange(2, 5)).lower(),
        )
    )
    note(img, text, (x, y + 72), 0.55, s.fg)
    end = x + 12 * len(text) + 20
    pick = rng.random()
    if pick < 0.15:
        heart(img, (end + 14, y + 62), 11, RED)
    elif pick < 0.25:
        rings_glyph(img, (end + 18, y + 62), 9, GOLD)
    elif pick < 0.35:
        tag(img, WIDTH - 230, y + 30, "sent a toast", GOLD, 32)
        flute_glyph(img, (WIDTH - 40, y + 46), 14, GOLD)
    return 84


def reactions(img: np.ndarray, rng: random.Random, x: int, y1: int, y2: int) -> None:
    """Reactions floating up a live video's right side from ``y2`` to ``y1``: hearts, rings and
    sparkles in a wavy column, larger near the foot (they take the pixels they cover)."""
    for k in range(rng.randrange(5, 10)):
        t = k / 9
        c = (x + round(26 * math.sin(k * 1.3 + rng.uniform(0, 1))), round(y2 - 40 - t * (y2 - y1 - 80)))
        r = round(20 - 10 * t)
        kind = rng.random()
        if kind < 0.6:
            heart(img, c, r, rng.choice((RED, BLUSH, (200, 120, 240))))
        elif kind < 0.8:
            rings_glyph(img, c, max(4, r // 2), GOLD)
        else:
            sparkle(img, c, r, WHITE)


def vendor_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A vendor in a wedding marketplace: a card with the profile photo (a 40-80 px face in a
    rounded square, initials on some: a business's logo), the business, its category's tag, stars,
    the price, a message button; on 55 % a couple's review under a rule (the reviewer's 20-26 px
    face, the quote). Returns its height with the gap under it."""
    img = s.img
    card = off(s.bg, 10)
    category = rng.choice(list(VENDORS))
    review = rng.random() < 0.55
    ch = 190 + (96 if review else 0)
    rounded_card(img, 20, y, WIDTH - 40, ch, 20, card)
    sd = face_or_initials(cast, rng, s, (44, y + 24), (40, 80), "rounded", 0.15)
    x = 72 + max(sd, 60)
    note(
        img,
        f"{who(rng)} {rng.choice(('& Co', 'Events', 'Studio', 'Kitchen', 'Sounds'))}",
        (x, y + 58),
        0.65,
        s.fg,
        2,
    )
    tag(img, x, y + 74, category, off(card, 28), 32)
    H5.stars(img, x + 160, y + 92, 10, rng.choice((4, 4.5, 5)), GOLD, off(card, 40))
    note(img, f"from ${rng.randrange(3, 60) * 100:,}", (x, y + 150), 0.55, GREY)
    outlined(img, WIDTH - 230, y + 30, 180, 50, s.accent, card)
    note(img, "Message", (WIDTH - 196, y + 64), 0.55, s.accent, 2)
    if review:
        cv2.line(img, (44, y + 186), (WIDTH - 44, y + 186), off(card, 20), 1)
        rd = face_or_initials(cast, rng, s, (48, y + 200), (20, 26), "circle", 0.12)
        note(img, f'"{words(rng, rng.randrange(3, 6)).lower()}" - {who(rng)}', (62 + rd, y + 236), 0.5, s.fg)
    return ch + 16


def featured_vendor(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """The marketplace's featured vendor: a cover of what they do (a cake, a posy, a dance floor, a
    place setting, flutes, balloons; drawn) under a "FEATURED" ribbon, the owner's 56-80 px face in
    a rim of the page over its lower left, the name, stars and who booked them (a stack of 18-22
    px, "+N"). Returns its height with the gap under it."""
    img = s.img
    category = rng.choice(list(VENDORS))
    blit(img, H11.render(rng, WIDTH - 40, 260, VENDORS[category]), 20, y, rounded_rect(260, WIDTH - 40, 22))
    ribbon(img, 20, y + 24, "FEATURED", s.accent)
    fp, side = _size(rng, 56, small(rng, 56.5, 80), (1.1, 1.2))
    if rng.random() < 0.12:
        H3.initials(img, rng, 50, y + 260 - side // 2, side, "circle", s.bg)
    else:
        rimmed(cast, s, 50, y + 260 - side // 2, fp, side, s.bg)
    x = 80 + side
    note(img, f"{rng.choice(('Petal', 'Sugar', 'Velvet', 'Golden'))} {category}", (x, y + 306), 0.75, s.fg, 2)
    H5.stars(img, x + 10, y + 336, 10, 5, GOLD, off(s.bg, 40))
    end = stack(
        cast, s, rng, x, y + side // 2 + 290, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(10, 300)
    )
    note(img, "couples booked", (end + 10, y + side // 2 + 318), 0.45, GREY)
    return side // 2 + 370


def album_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A photo in a shared guest album at (x, y), w x h, its corners rounded: on 30 % a guest's photo
    (``Cast.photo``: the main face 24-60 px, others cut by its edges), on 15 % heldout11's
    ``snapshot`` (a group photo or one to six people, faces 18-48 px, or a thing), else a thing;
    ``filtered`` on some; on a quarter a sticker over its top right corner; the uploader's 18-22 px
    face in a white rim over its lower left corner (initials on some); the likes' count at its lower
    right."""
    img = s.img
    m = rounded_rect(h, w, 16)
    pick = rng.random()
    if pick < 0.3 and cast.photos:
        cast.photo(s, x, y, w, h, small(rng, 24, 60), m)
        H10.redrawn(
            s,
            (x, y, x + w, min(y + h, H)),
            lambda part: np.where(m[: len(part), :, None] > 0, filtered(rng, part), part),
        )
    else:
        piece, faces = H11.snapshot(cast, w, h, 18.3, 48, 1.0) if pick < 0.45 else (cast.piece(w, h), [])
        H11.paste_photo(cast, s, filtered(rng, piece), faces, x, y, m)
    if rng.random() < 0.25:
        sticker(img, rng, (x + w - 40, y + 40), rng.randrange(22, 34))
    fp, side = _size(rng, 18.3, small(rng, 18.8, 22), (1.1, 1.2))
    if rng.random() < 0.1:
        H3.initials(img, rng, x + 12, y + h - side - 12, side, "circle", WHITE)
    else:
        rimmed(cast, s, x + 12, y + h - side - 12, fp, side, WHITE)
    tag(img, x + w - 100, y + h - 48, f"{rng.randrange(0, 60)}", (50, 50, 50), 32)
    heart(img, (x + w - 70, y + h - 32), 8, RED)


def guestbook_tile(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], size: tuple[float, float]
) -> None:
    """A video message in a wedding's video guestbook in ``rect``: the guest's photo (``Cast.photo``,
    the main face of ``size`` px near its middle, others cut by its edges), the corners rounded; a
    dark band over its foot with the name and a play button at its left; the length's tag at the top
    right; on a quarter greyed and tagged "Processing" (its faces keep counting, grey)."""
    x1, y1, x2, y2 = rect
    tw, th = x2 - x1, y2 - y1
    cast.photo(s, x1, y1, tw, th, small(rng, *size), rounded_rect(th, tw, 18))
    if rng.random() < 0.25:
        H10.redrawn(s, rect, H10.greyed)
        tag(s.img, x1 + 14, y1 + 14, "Processing", (60, 60, 60), 30)
    H46.band(s, rect, 18, 56, (35, 35, 35))
    play_button(s.img, (x1 + 34, y2 - 28), 18, WHITE, INK)
    note(s.img, who(rng), (x1 + 64, y2 - 18), 0.55, WHITE, 2)
    tag(s.img, x2 - 90, y1 + 14, f"0:{rng.randrange(8, 60):02d}", (30, 30, 30), 30)


def comment_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A comment on a party's page: the 22-30 px face (initials on some), the name and when, one or
    two lines; on 15 % a photo they shared (people of 18-44 px cut by its edges, or a thing); on
    25 % the host's reply indented (a 20-24 px face). Returns its height."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 16), (22, 30), "circle", 0.12)
    x = 50 + sd
    note(img, f"{who(rng)} - {rng.randrange(1, 59)}m", (x, y + 38), 0.55, s.fg, 2)
    lines = rng.randrange(1, 3)
    for k in range(lines):
        note(img, words(rng, rng.randrange(3, 7)).lower(), (x, y + 72 + 32 * k), 0.52, s.fg)
    h = 90 + 32 * lines
    if rng.random() < 0.15:
        cut_photo(cast, rng, s, x, y + h - 10, 420, 240, 18.3, 44, rounded_rect(240, 420, 14), 0.85)
        h += 250
    if rng.random() < 0.25:
        rd = face_or_initials(cast, rng, s, (x, y + h), (20, 24), "circle", 0.1)
        note(img, f"{who(rng)} (host)", (x + rd + 16, y + h + 22), 0.5, s.fg, 2)
        note(img, words(rng, rng.randrange(2, 5)).lower(), (x + rd + 16, y + h + 52), 0.5, GREY)
        h += 80
    cv2.line(img, (30, y + h - 2), (WIDTH - 30, y + h - 2), off(s.bg, 14), 1)
    return h


def pool_ring(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A gift pool's ring: a donut of the pool's share in the accent round the birthday person (a
    round 60-120 px face) with the sum under it, the contributors round the outside (round 22-32 px
    faces in rings of party colours, initials on some). Returns its height with the gap under it
    (570 px)."""
    img = s.img
    c, r = (WIDTH // 2, y + 280), 190
    share = rng.uniform(0.3, 0.97)
    cv2.circle(img, c, r, off(s.bg, 22), 26, cv2.LINE_AA)
    cv2.ellipse(img, c, (r, r), -90, 0, 360 * share, s.accent, 26, cv2.LINE_AA)
    fp, side = _size(rng, 60, small(rng, 60.5, 120), (1.1, 1.18))
    cast.avatar(s, c[0] - side // 2, c[1] - side // 2 - 20, fp, side, "circle")
    goal = rng.randrange(2, 12) * 100
    text = f"${round(goal * share)} of ${goal}"
    (tw, _), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.7, 2)
    note(img, text, (c[0] - tw // 2, c[1] + side // 2 + 20), 0.7, s.fg, 2)
    n = rng.randrange(7, 13)
    fp2, side2 = _size(rng, 22, small(rng, 22.5, 32), (1.1, 1.2))
    orbit = r + 13 + 18 + side2 // 2
    turn = rng.uniform(0, 2 * math.pi)
    for k in range(n):
        a = turn + 2 * math.pi * k / n
        p = (c[0] + round(orbit * math.cos(a)) - side2 // 2, c[1] + round(orbit * math.sin(a)) - side2 // 2)
        if rng.random() < 0.12:
            H3.initials(img, rng, p[0], p[1], side2, "circle", s.bg)
        else:
            ring_avatar(cast, s, p[0], p[1], fp2, side2, rng.choice((GOLD, BLUSH, SAGE, s.accent)))
    return 570


def countdown(s: Screen, rng: random.Random, y: int) -> int:
    """A party's countdown: four cards of days, hours, minutes and seconds, the figures large, the
    units under them. Returns its height with the gap under it (150 px). No faces."""
    cw = (WIDTH - 60 - 3 * 20) // 4
    for k, (value, unit) in enumerate(
        (
            (rng.randrange(0, 30), "days"),
            (rng.randrange(24), "hours"),
            (rng.randrange(60), "min"),
            (rng.randrange(60), "sec"),
        )
    ):
        x = 30 + k * (cw + 20)
        rounded_card(s.img, x, y, cw, 130, 18, off(s.bg, 12))
        note(s.img, f"{value:02d}", (x + cw // 2 - 40, y + 76), 1.6, s.fg, 3)
        note(s.img, unit, (x + cw // 2 - 22, y + 114), 0.5, GREY)
    return 150


def contribution_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A contribution to a gift pool: the 22-30 px face (initials on some), who chipped in how
    much, their note, a heart or a sparkle at the right on some. Returns its height (96 px)."""
    img = s.img
    sd = face_or_initials(cast, rng, s, (30, y + 18), (22, 30), "circle", 0.12)
    x = 50 + sd
    note(img, f"{who(rng)} chipped in ${rng.randrange(1, 20) * 5}", (x, y + 44), 0.58, s.fg, 2)
    note(
        img,
        rng.choice(("happy birthday!", "have the best day", "from all of us", "cheers")),
        (x, y + 76),
        0.48,
        GREY,
    )
    if rng.random() < 0.4:
        (heart if rng.random() < 0.5 else sparkle)(img, (WIDTH - 70, y + 48), 16, rng.choice((RED, GOLD)))
    cv2.line(img, (30, y + 94), (WIDTH - 30, y + 94), off(s.bg, 14), 1)
    return 96


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def guest_list(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding planner's guest list: the title and one's 22-26 px face; the couple and the date;
    the search field; the replies (``rsvp_summary``, no faces); filter chips; guests (``guest_row``:
    18-30 px, declined ones in grey, plus-ones as stacks of 18-22 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "guests", ("light", "light", "tinted", "dark"), "Guest list", own=True)
    note(
        s.img,
        f"{rng.choice(COUPLES)} - {rng.randrange(1, 29)} {rng.choice(('June', 'Sept'))}",
        (30, y),
        0.55,
        GREY,
    )
    y += 24
    pill(s.img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(s.img, "Search guests", (70, y + 42), 0.55, GREY)
    y += 84
    y += rsvp_summary(s, rng, y)
    chips(s.img, rng, 30, y, 4, 46, (120, 190), off(s.bg, 16), s.fg)
    y = section(s, y + 66, rng.choice(("Bride's side", "Groom's side", "Friends", "Family")), True)
    return rows_to_tab_bar(s, rng, y, 100, lambda t: guest_row(cast, rng, s, t))


def seating_chart(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A seating plan: the title and one's 22-26 px face; how many are seated as a bar; the top
    table (``head_table``: 20-26 px); round tables from above three a row (``round_table``: seats
    of 18-26 px, empty ones dashed) in two rows; the dance floor (drawn, no faces); guests not seated
    yet (round 22-28 px faces in dashed rings, cut by the right edge) and the tab bar."""
    s, y = titled(cast, rng, name, "seating", ("light", "tinted", "light", "dark"), "Seating plan", own=True)
    img = s.img
    n = rng.randrange(60, 160)
    done = rng.randrange(n // 2, n)
    note(img, f"{done} of {n} guests seated", (30, y + 10), 0.55, s.fg, 2)
    progress(img, 30, y + 30, WIDTH - 60, done / n, s.accent, off(s.bg, 24), 10)
    y += 60
    y += head_table(cast, rng, s, y)
    for _ in range(2):
        for k in range(3):
            c = (30 + 170 + k * 343, y + 125)
            round_table(cast, rng, s, c, rng.randrange(50, 62), rng.randrange(4, 7))
        y += 260
    blit(img, H11.render(rng, WIDTH - 60, 220, (dance_floor,)), 30, y, rounded_rect(220, WIDTH - 60, 18))
    tag(img, 46, y + 14, "Dance floor", WHITE, 34)
    y += 240
    note(img, "Not seated yet", (30, y + 20), 0.55, GREY, 2)
    y += 40
    fp, side = _size(rng, 22, small(rng, 22.5, 28), (1.1, 1.2))
    for x in carousel(rng, 140, side):
        dashed_ring(img, (x + side // 2, y + side // 2), side // 2 + 6, GREY)
        cast.avatar(s, x, y, fp, side, "circle")
    foot = H - NAV_H - 120
    if y + side + 200 < foot:
        table_card(s, rng, y + side + 30, foot - 20)
    return rows_to_tab_bar(s, rng, foot, 0, lambda t: 0)


def photo_gallery(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding photographer's gallery: the studio's monogram and name, one's 22-26 px face at the
    top right; the couple's cover (``couple_cover``: 80-240 px); album chips; group photos of 8-30
    people (``group_tile``: a wide one with front faces of 22-44 px, or two or three a row with
    20-36 px, back rows down to 11-16 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("gallery"), ("light", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    monogram(img, (64, top + 50), 32, s.fg, rng.choice(("LM", "AP", "JS", "R")))
    heading(s, 112, top + 64, rng.choice(("Light & Lace", "Ava Photo", "June Studio")), 0.85)
    fp, side = _size(rng, 22, small(rng, 22.5, 26), (1.15, 1.3))
    cast.avatar(s, WIDTH - 80, top + 24, fp, side, "circle")
    y = top + 110
    y += couple_cover(cast, rng, s, y)
    chips(img, rng, 30, y, 4, 46, (130, 200), off(s.bg, 16), s.fg)
    y += 70
    foot = H - NAV_H - 120

    def row(t: int) -> int:
        pick = rng.random()
        if pick < 0.4:
            h = rng.randrange(300, 380)
            group_tile(cast, rng, s, (20, t, WIDTH - 20, t + h), (22, 44))
        else:
            k = 2 if pick < 0.75 else 3
            h = rng.randrange(240, 320) if k == 2 else rng.randrange(200, 260)
            w = (WIDTH - 40 - 16 * (k - 1)) // k
            for j in range(k):
                group_tile(cast, rng, s, (20 + j * (w + 16), t, 20 + j * (w + 16) + w, t + h), (20, 36))
        return h + 16

    return rows_to_tab_bar(s, rng, y, 160 if y < foot else 0, row)


def photo_booth(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding's photo booth (mostly dark): the title; tonight's strip large at the left
    (``booth_strip``: four frames of the same one to three people, 60-140 px, props over some
    faces); at the right the event, another guest's strip (30-70 px), a QR code to get it; who used
    the booth (a stack of 18-22 px, "+N"); the print button."""
    s = new_screen(rng, name, cast.kind("booth"), ("dark", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    heading(s, 30, top + 62, "Photo booth", 1.0)
    sparkle(img, (WIDTH - 70, top + 46), 24, GOLD)
    y = top + 100
    booth_strip(cast, rng, s, 30, y, 440, rng.randrange(280, 316), (60, 140))
    x = 560
    note(img, rng.choice(COUPLES), (x, y + 40), 0.8, s.fg, 2)
    note(img, f"{rng.randrange(20, 300)} strips tonight", (x, y + 76), 0.5, GREY)
    bh = booth_strip(cast, rng, s, x, y + 110, 220, rng.randrange(150, 172), (30, 70))
    qy = y + 130 + bh
    rounded_card(img, x, qy, 240, 240, 16, WHITE)
    qr(img, rng, x + 20, qy + 20, 200)
    note(img, "Scan for your copy", (x, qy + 276), 0.5, GREY)
    fy = max(qy + 320, y + 1400)
    prop_tray(s, rng, fy)
    fy += 190
    end = stack(cast, s, rng, 30, fy, rng.randrange(4, 7), 18.3, 22, s.bg, rng.randrange(10, 120))
    note(img, "guests in the booth tonight", (end + 12, fy + 30), 0.5, GREY)
    return finish_with_button(s, H - NAV_H - 120, "Print two copies")


def prop_tray(s: Screen, rng: random.Random, y: int) -> None:
    """A photo booth's props to pick from at ``y``: five cards in a row with a party hat, a crown, a
    sign, a heart and a sparkle drawn on them (no faces, nobody wears them here), 170 px high."""
    img = s.img
    note(img, "Props", (30, y + 20), 0.55, GREY, 2)
    cw = (WIDTH - 60 - 4 * 16) // 5
    for k in range(5):
        x = 30 + k * (cw + 16)
        rounded_card(img, x, y + 36, cw, 130, 16, off(s.bg, 12))
        c = (x + cw // 2, y + 100)
        if k == 0:
            party_hat(img, (c[0] - 28, c[1] + 20, c[0] + 28, c[1] + 76), rng.choice((RED, PLUM, GOLD)))
        elif k == 1:
            crown(img, c, 30, GOLD)
        elif k == 2:
            held_sign(img, rng, (c[0] - 40, c[1] - 70, c[0] + 40, c[1] + 10))
        else:
            (heart if k == 3 else sparkle)(img, c, 30, RED if k == 3 else GOLD)


def ceremony_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A ceremony's live stream (mostly dark): the couple's names and a LIVE tag; the wide video (a
    heldout11 ``gathering`` of two to four rows of guests, front faces 22-36 px, back rows down to
    10-14 px, warm-washed on some) with the viewers' count, reactions floating up its side and the
    stream's bar; who streams it (a 28-36 px face in the accent's ring); viewers (a stack of 18-22
    px, "+N"); the chat (``chat_line``: 20-26 px) down to the message field."""
    s = new_screen(rng, name, cast.kind("stream"), ("dark", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    heading(s, 30, top + 62, rng.choice(COUPLES), 0.9)
    tag(img, WIDTH - 130, top + 30, "LIVE", RED, 40)
    y = top + 100
    vh = rng.randrange(500, 620)
    piece, faces = H11.gathering(
        cast,
        WIDTH,
        vh,
        rng.uniform(10, 14),
        small(rng, 22, 36),
        rng.randrange(2, 4),
        rng.randrange(3, 6),
        (2.2, 3.2),
        rng.uniform(0.0, 0.1),
    )
    if rng.random() < 0.35:
        piece = tinted((120, 190, 240), rng.uniform(0.15, 0.3))(piece)
    H11.paste_photo(cast, s, piece, faces, 0, y)
    tag(img, 20, y + 20, f"{rng.randrange(20, 900)} watching", (40, 40, 40), 36)
    reactions(img, rng, WIDTH - 80, y + 80, y + vh)
    progress(img, 0, y + vh - 6, WIDTH, rng.uniform(0.2, 0.9), RED, (90, 90, 90), 6)
    y += vh + 20
    fp, side = _size(rng, 28, small(rng, 28.5, 36), (1.1, 1.2))
    ring_avatar(cast, s, 34, y + 8, fp, side, s.accent)
    note(img, f"Streamed by {who(rng)}", (70 + side, y + 40), 0.6, s.fg, 2)
    outlined(img, WIDTH - 200, y + 10, 160, 50, s.accent, s.bg)
    note(img, "Follow", (WIDTH - 160, y + 44), 0.55, s.accent, 2)
    y += side + 40
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, s.bg, rng.randrange(20, 900))
    note(img, "watching now", (end + 10, y + 30), 0.5, GREY)
    y += 60
    foot = H - NAV_H - 100
    while y + 90 < foot:
        y += chat_line(cast, rng, s, y)
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(s.bg, 8), -1)
    return H45.composer(s, foot + 18, "Send love to the couple")


def vendor_market(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding vendors' marketplace: the title and one's 22-26 px face; the search field; category
    chips; the featured vendor (``featured_vendor``: 56-80 px, bookers 18-22 px); vendors near you
    (``vendor_card``: profiles 40-80 px, reviewers 20-26 px) down to the tab bar."""
    s, y = titled(cast, rng, name, "vendors", ("light", "light", "tinted", "dark"), "Vendors", own=True)
    img = s.img
    pill(img, 30, y, WIDTH - 60, 64, off(s.bg, 14))
    note(img, "Caterers, DJs, florists...", (70, y + 42), 0.55, GREY)
    y += 84
    glyphs = (rings_glyph, flute_glyph, sparkle, heart)
    for k, label in enumerate(rng.sample(list(VENDORS), 4)):
        x = 30 + k * 262
        pill(img, x, y, 246, 56, off(s.bg, 16))
        glyphs[k](img, (x + 34, y + 28), 12, s.accent)
        note(img, label, (x + 62, y + 38), 0.55, s.fg)
    y += 80
    y += featured_vendor(cast, rng, s, y)
    y = section(s, y, "Near you", True)
    return rows_to_tab_bar(s, rng, y, 200, lambda t: vendor_card(cast, rng, s, t))


def guest_album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared guest album: the title and one's 22-26 px face; the couple and the count;
    contributors (round 24-32 px faces in the accent's rings, cut by the right edge); the upload
    button and chips; photos in two masonry columns (``album_tile``: people 18-60 px, uploaders 18-22
    px over their corners, stickers over some) down to the tab bar, which cuts the last."""
    s, y = titled(cast, rng, name, "album", ("light", "tinted", "light", "dark"), "Guest album", own=True)
    img = s.img
    note(img, f"{rng.choice(COUPLES)} - {rng.randrange(40, 900)} photos", (30, y), 0.55, GREY)
    y += 30
    fp, side = _size(rng, 24, small(rng, 24.5, 32), (1.12, 1.22))
    for x in carousel(rng, 150, side):
        ring_avatar(cast, s, x, y, fp, side, s.accent)
    y += side + 30
    pill(img, 30, y, 260, 56, s.accent)
    note(img, "Add photos", (80, y + 37), 0.6, WHITE, 2)
    chips(img, rng, 320, y + 4, 3, 48, (120, 180), off(s.bg, 16), s.fg)
    y += 80
    foot = H - NAV_H - 120
    cw = (WIDTH - 76) // 2
    cols = [y, y + rng.choice((0, 60, 120))]
    while min(cols) + 160 < foot:
        k = cols.index(min(cols))
        h = rng.randrange(240, 480)
        album_tile(cast, rng, s, 30 + k * (cw + 16), cols[k], cw, h)
        cols[k] += h + 16
    return rows_to_tab_bar(s, rng, foot, 0, lambda t: 0)


def video_guestbook(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A wedding's video guestbook: the couple's names and the count; who left a message (a stack of
    18-22 px, "+N"); the record button; video messages two a row (``guestbook_tile``: 80-160 px) or
    on some rows three (50-100 px), some greyed while they process, down to the tab bar."""
    s = new_screen(rng, name, cast.kind("guestbook"), ("light", "dark", "tinted", "light"))
    img, top = s.img, STATUS_H
    rings_glyph(img, (56, top + 50), 14, GOLD)
    heading(s, 96, top + 62, rng.choice(COUPLES), 0.9)
    y = top + 100
    end = stack(cast, s, rng, 30, y, rng.randrange(4, 7), 18.3, 22, s.bg, rng.randrange(10, 200))
    note(img, "left a message", (end + 10, y + 30), 0.5, GREY)
    y += 60
    pill(img, 30, y, WIDTH - 60, 70, s.accent)
    note(img, "Record a message", (WIDTH // 2 - 120, y + 46), 0.7, WHITE, 2)
    y += 96

    def row(t: int) -> int:
        k = 3 if rng.random() < 0.3 else 2
        tw = (WIDTH - 60 - 16 * (k - 1)) // k
        th = rng.randrange(300, 360) if k == 2 else rng.randrange(240, 280)
        for j in range(k):
            x = 30 + j * (tw + 16)
            guestbook_tile(cast, rng, s, (x, t, x + tw, t + th), (80, 160) if k == 2 else (50, 100))
        return th + 16

    return rows_to_tab_bar(s, rng, y, 200, row)


def party_invite(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A party's invite page: the cover (balloons, a dance floor, flutes, a gift or a cake; drawn)
    with the host's 44-64 px face in a rim of the page over its foot; the party's name, host, date
    and place; the reply buttons; who is going and who may (stacks of 18-22 px ending in "+N");
    comments (``comment_row``: 22-30 px, photos of 18-44 px, the host's replies 20-24 px) down to
    the tab bar."""
    s = new_screen(rng, name, cast.kind("invite"), ("light", "tinted", "light", "dark"))
    img, top = s.img, STATUS_H
    ch = rng.randrange(340, 420)
    blit(img, H11.render(rng, WIDTH, ch, (*VENUES, gift_box, birthday_cake)), 0, top)
    for cx in (50, WIDTH - 50):
        cv2.circle(img, (cx, top + 46), 26, WHITE, -1, cv2.LINE_AA)
    fp, side = _size(rng, 44, small(rng, 44.5, 64), (1.1, 1.2))
    if rng.random() < 0.12:
        H3.initials(img, rng, 40, top + ch - side // 2, side, "circle", s.bg)
    else:
        rimmed(cast, s, 40, top + ch - side // 2, fp, side, s.bg)
    y = top + ch + side // 2 + 30
    heading(s, 30, y + 40, rng.choice(EVENTS), 1.0)
    note(img, f"Hosted by {who(rng)}", (30, y + 80), 0.55, GREY)
    y += 100
    for label in (
        f"Sat {rng.randrange(1, 29)} {rng.choice(('May', 'July', 'Dec'))}, {rng.randrange(5, 10)} pm",
        rng.choice(("The Old Barn", "Rooftop at 12th", "Mill House garden")),
        "Dress code: sparkle",
    ):
        cv2.circle(img, (46, y + 22), 16, off(s.bg, 30), -1, cv2.LINE_AA)
        note(img, label, (80, y + 32), 0.55, s.fg)
        y += 50
    y += 10
    pill(img, 30, y, 320, 60, s.accent)
    note(img, "Going", (150, y + 40), 0.6, WHITE, 2)
    for k, label in enumerate(("Maybe", "Can't go")):
        outlined(img, 370 + k * 240, y, 220, 60, s.accent, s.bg)
        note(img, label, (410 + k * 240, y + 40), 0.55, s.accent, 2)
    y += 84
    for label, n in (("going", rng.randrange(4, 8)), ("maybe", rng.randrange(2, 5))):
        end = stack(cast, s, rng, 30, y, n, 18.3, 22, s.bg, rng.randrange(3, 60))
        note(img, label, (end + 10, y + 30), 0.5, GREY)
        y += 54
    y = section(s, y + 6, "Comments", False)
    return rows_to_tab_bar(s, rng, y, 120, lambda t: comment_row(cast, rng, s, t))


def gift_pool(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A birthday's countdown and gift pool: the title and one's 22-26 px face; whose party and
    when; the countdown (``countdown``, no faces); the pool's ring (``pool_ring``: the birthday
    person 60-120 px, contributors 22-32 px in rings round it); the gift (a drawn gift box) and its
    bar; contributions (``contribution_row``: 22-30 px) where there is room; the chip-in button."""
    s, y = titled(cast, rng, name, "gifts", ("light", "tinted", "dark", "light"), "Gift pool", own=True)
    img = s.img
    note(
        img, f"for {who(rng)}'s {rng.choice(('30th', '40th', '18th', '60th', '50th'))}", (30, y), 0.6, GREY, 2
    )
    y += 26
    y += countdown(s, rng, y)
    y += pool_ring(cast, rng, s, y)
    rounded_card(img, 20, y, WIDTH - 40, 200, 22, off(s.bg, 10))
    blit(img, H11.render(rng, 200, 160, (gift_box,)), 40, y + 20, rounded_rect(160, 200, 14))
    note(
        img,
        rng.choice(("Weekend in Lisbon", "Record player", "Cooking class", "Bike")),
        (270, y + 70),
        0.7,
        s.fg,
        2,
    )
    progress(img, 270, y + 110, WIDTH - 330, rng.uniform(0.3, 0.95), s.accent, off(s.bg, 30), 12)
    note(img, f"{rng.randrange(3, 30)} days to go", (270, y + 160), 0.5, GREY)
    y += 220
    foot = H - NAV_H - 120
    rows_above(s, y, foot, "Contributions", lambda t: contribution_row(cast, rng, s, t))
    return finish_with_button(s, foot, "Chip in")


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    guest_list,
    seating_chart,
    photo_gallery,
    photo_booth,
    ceremony_stream,
    vendor_market,
    guest_album,
    video_guestbook,
    party_invite,
    gift_pool,
)
# with people: each twice a round but two (a photo booth's strips, the same few people large four
# times, and a video guestbook, a tile a person)
ONCE = (photo_booth, video_guestbook)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the lookalikes: seats round tables, an album's photos and
# the rings of a gift pool with round things in them)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, seating_chart, guest_album, gift_pool)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT47_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h47", photos, free, seed, reps)
