"""Held-out screens, thirty-ninth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a card terminal, a coin jar, a charity's
collection tin, a wrapped present, a village's water pump; nothing with eyes, a mouth or a mask),
by heldout32 (a till receipt), heldout13 (a building's front behind a busker), heldout20 (rice
terraces behind a charity's people) or heldout8 (merchants', banks' and charities' logos); every
random choice from ``HELDOUT39_SEED``. Every face goes on the screen through heldout2's
``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn over a face
afterwards stop being the face's, and a face left with under half of its box is dropped.
heldout11's ``Cast`` (through heldout26's; this set's screens are marked h39-) fills the people's
places, and on face-free screens puts pets, objects, textures, initials and this set's drawn things
there; it counts a face cut by an edge while half of its box is inside. Faces under 18 px are drawn
but, as everywhere in the bench, never counted.

What it adds is faces in the apps of payments, fundraising and giving, most of them small: payers
and payees side by side in a friends' payment feed, the payee laid over the payer's face, with the
likers' facepiles under them; a restaurant bill's diners in rings and the stacks of who shares each
dish, who still owes what (the settled ones grey); a crowdfunding campaign's donors and sharers; a
charity's people standing at two to four depths in a field photo under the appeal's gradient and its
donate button (the farthest under 18 px, drawn and not counted) and in its stories from the field;
tippers in bubbles floating over a creator's live frame or a busker's pitch, the older ones faded;
a shared savings goal's members in rings of their shares (grey when paused) and its activity;
friends who joined and contacts to invite on a referral screen; friends among merchants' logos in a
card's activity, their requests for money and the family's cardholders; and the larger faces such
apps also show (a campaign's beneficiary, a creator live or a busker, an identity check's selfie in
an oval with a blurred and dimmed surround, the ID card's printed photo and examples of good and
bad selfies, a bank's advisers' headshots, a photo printed on a payment card). Near repeats
avoided: heldout4's payments feed, heldout20's payments app and heldout25's peer-to-peer feed
(send-again circles, red packets, the payee's smaller face over the payer's lower right; here payer
and payee of one size side by side, the payee over the payer's right side in a rim of the page,
likers' facepiles with "+N", top friends in rings cut by the edge); heldout25's bank app and its
split sheet and heldout27's shared household (a sheet over a scrim, housemates joined by arrows;
here the bill's own screen: the receipt's photo, the diners' shares under their rings, an itemised
bill whose lines carry who shares them, settled rows greyed); heldout7's fundraiser, heldout16's
crowdfunding page, heldout25's fundraiser and heldout26's backer wall (a cover or a video, the
organiser with the beneficiary over a corner or inside a progress ring, donor walls, stretch goals;
here the beneficiary's portrait full bleed under a gradient with the title, the organiser's face
over the photo's lower edge, donors' and sharers' facepiles, donations with an anonymous heart
among them), and for the charity here a field photo of people at several depths with the amounts
and the donate button over its lower part, stories cut by the right edge, the team on the ground;
heldout3's and heldout20's live streams, heldout27's tip card and heldout32's tip pool (here tips
as bubbles with their tippers' faces over the frame's lower left, a busker's street pitch on some,
top tippers in medals' rings); heldout9's selfie check, heldout16's ID scan, heldout25's digital
ID, heldout32's clock-in wall and heldout35's ID photo checker (the camera dimmed in bands outside
an oval, corner ticks; here the surround blurred as well as dimmed with a bystander left in it on
some, a head-turn ring of segments, the ID card's small printed photo with its grey ghost, examples
of good and bad selfies, dark, blurry or too far); heldout7's telehealth booking and heldout38's
mortgage call (doctors' headshots with available dots, one adviser on a call; here a branch's
photo and advisers' headshots in two columns, the fully booked ones grey and faded); heldout25's
organiser in a progress ring and heldout26's tiers' rings (here every member of a shared goal in a
ring of their share, paused ones grey); heldout2's suggestions, heldout5's share sheet, heldout26's
party invites and heldout37's referral requests (here a referral's reward, friends who joined in
green rings under ticks, contacts under letters with invite buttons); heldout25's bank
transactions (here a card's own activity: a photo printed on the card, frozen cards grey, friends'
requests under "$" badges, cardholders in rings). Ten layouts:
- a friends' payment feed (``pay_feed``): one's 22-28 px face; top friends (26-34 px in rings, cut
  by the right edge); payments (``pay_row``: ``pay_pair``'s payer and payee 24-32 px, the payee over
  the payer's right side; likers' stacks of 18-22 px, "+N" on some) under a floating pay button;
- a bill split (``bill_split``): who paid (26-34 px); the diners (30-44 px in rings); the bill's
  lines (``split_item``: stacks of 18-22 px); who owes (``settle_row``: 24-32 px, grey on some);
- a crowdfunding campaign (``campaign_page``): the beneficiary (128-360 px) under a gradient; the
  organiser (36-56 px) over the photo's edge; donors' (18-24 px) and sharers' (18-22 px) stacks;
  donations (``donor_row``: 22-30 px); an update's photo (18-60 px) on some;
- a charity's appeal (``charity_appeal``): the field photo (heldout38's ``staged``: front faces
  60-170 px, the back ones down to 10 px) under a gradient, the amounts' chips and donate button
  over it; stories (``story_card``: 24-60 px, cut by the right edge); the team (24-34 px); givers
  (18-22 px);
- tipping a creator or a busker (``creator_tips``): the live frame (128-400 px) or the busker's
  pitch (``staged``: front faces 90-220 px); the creator (28-36 px) and watchers (18-22 px) under a
  scrim; tips' bubbles (``tip_bubble``: 20-28 px, older ones faded); top tippers (30-44 px in
  medals' rings); recent tips (``tipper_row``: 22-28 px);
- an identity check's liveness step (``kyc_selfie``): the selfie (160-420 px) in an oval, the
  surround blurred and dimmed, a bystander (28-60 px) in it on 40 %; the ID card (``id_card``: the
  printed photo 30-48 px, its ghost 18-29 px where counted); examples (``selfie_example``: 24-44 px,
  dark or blurry, 18-24 px too far); support (20-28 px);
- a bank's adviser booking (``adviser_booking``): the branch's photo (18-60 px) under a scrim; one's
  banker (44-72 px) on 60 %; advisers (``adviser_card``: 36-90 px, booked ones grey and faded);
- a shared savings goal (``savings_goal``): the members (``member_ring``: 46-90 px in rings of their
  shares, grey when paused); activity (``contribution_row``: 22-30 px, cheers of 18-22 px);
- a referral screen (``invite_friends``): friends who joined (28-36 px in green rings under ticks,
  cut by the right edge); contacts (``contact_row``: 26-36 px, a badge over those who joined);
- a card's activity (``card_activity``): one's 22-28 px face; the card (``payment_card``: a photo
  printed on half, faces 30-120 px, grey when frozen); cardholders (28-40 px in rings) on half;
  requests (``request_row``: 26-34 px under "$" badges) on 60 %; transactions (``txn_row``: friends
  24-32 px among merchants' logos, "split with" stacks of 18-22 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut or a stack's
slightly smaller faces can differ (the table below counts what is drawn). Top friends, stories and
friends who joined run past the right edge, their last item across it with 30-70 % of it showing
(heldout38's ``across_edge``), so some faces are cut by the edge and counted while half of their box
shows (the capture's right 8 px are black padding). Light, dark and tinted themes (the tips and the
identity check mostly dark); JPEG quality 30-60. Payees' rims, tags, chips, ticks, "$" and app
badges, crosses, hints, the liveness ring's segments, the amounts' chips and donate button over the
field photo, the card's chip and numbers, sheets, buttons and tab bars take the pixels they cover;
a face under them counts while half of its box shows; rings and rims are drawn before the faces they
ring; the gradients over the hero and the field photo, the scrims over the frame, the branch and the
stories' captions, the faded tips, the blurred and dimmed surround of the selfie, the dark and
blurry examples, and the grey of settled rows, paused members, booked advisers and frozen cards leave
the faces under them counted as they look; initials, logos, "+N" discs, dashed places, anonymous
hearts, emoji and drawn things are never faces. Only portrait 1088 x 2115 screens (the bench
assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,363 faces (1,158 under 32 px, 125 of 32-63, 44 of 64-127,
36 larger; 1,224 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pairs, stacks,
rings, cards and frames, round things where people would stand); ``reps=1`` a quarter (18 screens
with 349 faces: 294, 30, 14 and 11 by size, 315 under 40 px; 13 face-free). Every layout but the
identity check and the adviser's booking (one large face and a few small ones, and a grid of a few
advisers' cards: 12.5 and 9.25 faces a screen at 4 reps) is drawn twice a round. Faces by layout at
4 reps (under 32, 32-63, 64-127 and 128 px or more):
    pay_feed          8 screens   300 faces: 299,   1,   0,   0
    bill_split        8 screens   164 faces: 151,  13,   0,   0
    campaign_page     8 screens   129 faces: 110,   8,   0,  11
    charity_appeal    8 screens   136 faces:  97,  23,   7,   9
    creator_tips      8 screens   152 faces: 129,  11,   3,   9
    kyc_selfie        4 screens    50 faces:  28,  15,   0,   7
    adviser_booking   4 screens    37 faces:   1,  22,  14,   0
    savings_goal      8 screens   154 faces: 126,  15,  13,   0
    invite_friends    8 screens   163 faces: 155,   8,   0,   0
    card_activity     8 screens    78 faces:  62,   9,   7,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

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
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import dots, off, outlined, stepped
from heldout8 import logo
from heldout11 import INK
from heldout13 import facade
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note, terraces
from heldout21 import chips, progress, tab_bar, words
from heldout22 import stack
from heldout23 import WIDTH, new_screen, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import OBJECTS, amount, dashed_circle, object_emoji, ring_progress, who
from heldout32 import receipt
from heldout33 import MEDALS, ring_avatar
from heldout37 import faded, greyed_at, rounded_card, rows_to_tab_bar, wide_photo
from heldout38 import across_edge, rimmed, rows_above, staged

HELDOUT39_SEED = 39393
NOTES: tuple[str, ...] = (
    "rent", "pizza night", "tickets", "gas money", "groceries", "birthday gift", "cab home", "concert",
    "utilities", "brunch", "movie", "book club",
)  # fmt: skip
MERCHANTS: tuple[str, ...] = (
    "Corner Cafe", "FreshMart", "CityRail", "Bookworm", "Fuel & Go", "Streamly", "PetPals", "Gym One",
    "Noodle Bar", "Hardware Co",
)  # fmt: skip
PLACES: tuple[str, ...] = ("Luigi's", "The Oak Tavern", "Sushi Go", "Taco Town", "Cafe Rio", "Pho 88")
DISHES: tuple[str, ...] = (
    "Margherita", "Garlic bread", "Lemonade x3", "Salmon roll", "Nachos", "Tiramisu", "House wine",
    "Caesar salad", "Fries", "Sparkling water",
)  # fmt: skip
CAUSES: tuple[str, ...] = (
    "Clean water for Kisumu", "School meals appeal", "Flood relief fund", "Mobile clinic",
    "Winter coats drive",
)  # fmt: skip
GOALS: tuple[str, ...] = ("Family trip", "New car", "Rainy day fund", "Wedding", "Home deposit", "Gap year")
SPECIALTIES: tuple[str, ...] = ("Mortgages", "Savings", "Business", "Pensions", "Students", "Loans")
COLOURS: tuple[Colour, ...] = (
    (230, 140, 40), (60, 170, 240), (90, 200, 80), (200, 90, 200), (60, 60, 230), (180, 180, 40),
)  # fmt: skip  # members' colours in a shared goal (BGR)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def card_terminal(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A card terminal on a shop's counter: a dark rounded body, a lit screen showing the amount as a
    bar and a contactless mark's three arcs, a keypad of grey keys whose last row is red, yellow and
    green; on half a payment card pushed into its foot (a chip on it)."""
    counter = rng.choice(((200, 205, 210), (120, 140, 160), (60, 60, 65), (170, 190, 200)))
    img = np.full((h, w, 3), counter, np.uint8)
    bw, bh = max(8, round(w * rng.uniform(0.42, 0.58))), max(8, round(h * rng.uniform(0.68, 0.82)))
    bx, by = (w - bw) // 2, max(1, round(h * 0.06))
    body = rng.choice(((35, 35, 38), (60, 60, 66), (230, 230, 232)))
    fill(img, rounded_rect(bh, bw, max(2, min(bw, bh) // 10)), bx, by, body)
    sx, sy, sw, sh = bx + bw // 10, by + bh // 12, bw * 8 // 10, bh * 3 // 10
    screen = rng.choice(((200, 230, 200), (230, 215, 190), (240, 240, 240)))
    cv2.rectangle(img, (sx, sy), (sx + sw, sy + sh), screen, -1)
    cv2.rectangle(img, (sx + sw // 10, sy + sh // 3), (sx + sw // 2, sy + sh // 3 + max(2, sh // 6)), INK, -1)
    c, r = (sx + sw * 3 // 4, sy + sh // 2), max(2, sh // 8)
    for k in range(3):
        cv2.ellipse(img, c, (r * (k + 1), r * (k + 1)), 0, -50, 50, INK, max(1, sh // 30), cv2.LINE_AA)
    kx, ky = sx, sy + sh + bh // 14
    kw, kh = sw // 3, max(3, (by + bh - bh // 14 - ky) // 4)
    for row in range(4):
        for col in range(3):
            colour = ((60, 60, 220), (40, 200, 240), (80, 180, 60))[col] if row == 3 else (150, 150, 155)
            x1, y1 = kx + col * kw + max(1, kw // 8), ky + row * kh + max(1, kh // 8)
            cv2.rectangle(
                img, (x1, y1), (kx + (col + 1) * kw - max(1, kw // 8), ky + (row + 1) * kh - 1), colour, -1
            )
    if rng.random() < 0.5:
        cw = round(bw * 0.7)
        cx, cy = bx + (bw - cw) // 2, by + bh - max(2, bh // 20)
        card = random_colour(rng, 40, 220)
        cv2.rectangle(img, (cx, cy), (cx + cw, h), card, -1)
        cv2.rectangle(
            img, (cx + cw // 8, cy + max(2, h // 40)), (cx + cw // 3, cy + max(4, h // 14)), GOLD, -1
        )
    return img


def collection_tin(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A charity's collection tin on a counter: a cylinder shaded darker towards one side, its lid's
    rim with a coin slot on top, a paper label round its middle printed with a plus in a disc and a
    stripe, a few coins lying flat beside it."""
    wall = rng.choice(((225, 228, 232), (200, 210, 190), (80, 85, 95), (215, 200, 185)))
    img = np.full((h, w, 3), wall, np.uint8)
    floor = round(h * rng.uniform(0.8, 0.9))
    cv2.rectangle(img, (0, floor), (w, h), tone(wall, -50), -1)
    tw, th = max(8, round(w * rng.uniform(0.32, 0.46))), max(8, round(h * rng.uniform(0.5, 0.68)))
    tx, ty = (w - tw) // 2 + rng.randrange(-(w // 10), w // 10 + 1), floor - th
    metal = rng.choice(((60, 60, 200), (170, 120, 40), (60, 150, 60), (180, 180, 185)))
    body = np.zeros((th, tw, 3), np.uint8)
    gradient(body, (0, 0, tw, th), tone(metal, 40), tone(metal, -50), False)
    blit(img, body, tx, ty)
    rh = max(3, th // 14)
    cv2.ellipse(img, (tx + tw // 2, ty), (tw // 2, rh), 0, 0, 360, tone(metal, 25), -1, cv2.LINE_AA)
    cv2.ellipse(img, (tx + tw // 2, ty), (tw // 2, rh), 0, 0, 360, tone(metal, -60), 1, cv2.LINE_AA)
    cv2.rectangle(img, (tx + tw // 2 - tw // 6, ty - 1), (tx + tw // 2 + tw // 6, ty + 1), INK, -1)
    ly, lh = ty + th // 3, max(4, th // 3)
    cv2.rectangle(img, (tx, ly), (tx + tw, ly + lh), (240, 240, 235), -1)
    cv2.rectangle(img, (tx, ly + lh - max(2, lh // 6)), (tx + tw, ly + lh), metal, -1)
    c, r = (tx + tw // 2, ly + lh // 2 - max(1, lh // 12)), max(3, lh // 3)
    cv2.circle(img, c, r, metal, -1, cv2.LINE_AA)
    t = max(1, r // 3)
    cv2.rectangle(img, (c[0] - r * 2 // 3, c[1] - t // 2), (c[0] + r * 2 // 3, c[1] + t // 2 + 1), WHITE, -1)
    cv2.rectangle(img, (c[0] - t // 2, c[1] - r * 2 // 3), (c[0] + t // 2 + 1, c[1] + r * 2 // 3), WHITE, -1)
    for _ in range(rng.randrange(1, 4)):
        cx = rng.choice((rng.randrange(0, max(1, tx)), rng.randrange(min(w - 1, tx + tw), w)))
        cr = max(2, w // 30)
        coin = rng.choice(((60, 180, 220), (190, 190, 195)))
        cv2.ellipse(
            img, (cx, floor + (h - floor) // 2), (cr, max(1, cr // 3)), 0, 0, 360, coin, -1, cv2.LINE_AA
        )
    return img


def coin_jar(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A savings jar on a shelf: a glass jar (a pale tint and a bright edge), coins heaped inside to a
    level as flat gold and silver discs, a coloured lid, a paper label band with a stripe."""
    wall = rng.choice(((225, 230, 235), (190, 210, 225), (90, 95, 105), (200, 215, 205)))
    img = np.full((h, w, 3), wall, np.uint8)
    shelf = round(h * rng.uniform(0.86, 0.94))
    cv2.rectangle(img, (0, shelf), (w, h), tone(wall, -60), -1)
    jw, jh = max(8, round(w * rng.uniform(0.45, 0.62))), max(8, round(h * rng.uniform(0.62, 0.76)))
    jx, jy = (w - jw) // 2, shelf - jh
    glass = tone(wall, 18)
    fill(img, rounded_rect(jh, jw, max(2, jw // 8)), jx, jy, glass)
    level = jy + round(jh * rng.uniform(0.2, 0.6))
    cr = max(2, jw // 12)
    for yy in range(shelf - cr, level, -max(2, cr * 2 // 3)):
        for _ in range(max(1, jw // max(2, cr))):
            cx = rng.randrange(jx + cr, max(jx + cr + 1, jx + jw - cr))
            coin = rng.choice(((60, 180, 220), (40, 150, 200), (190, 190, 195), (150, 150, 160)))
            cv2.ellipse(img, (cx, yy), (cr, max(1, cr // 2)), 0, 0, 360, coin, -1, cv2.LINE_AA)
            cv2.ellipse(img, (cx, yy), (cr, max(1, cr // 2)), 0, 0, 360, tone(coin, -50), 1, cv2.LINE_AA)
    cv2.line(img, (jx + jw // 8, jy + jh // 8), (jx + jw // 8, shelf - jh // 8), WHITE, max(1, jw // 30))
    lid = random_colour(rng, 40, 200)
    cv2.rectangle(img, (jx + jw // 10, jy - max(3, jh // 10)), (jx + jw - jw // 10, jy + 2), lid, -1)
    ly = jy + jh // 3
    cv2.rectangle(img, (jx, ly), (jx + jw, ly + max(3, jh // 6)), (235, 235, 225), -1)
    cv2.rectangle(img, (jx, ly + max(1, jh // 24)), (jx + jw, ly + max(2, jh // 12)), lid, -1)
    return img


def gift_box(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wrapped present (a referral's reward): a box and its wider lid in a paper colour with
    diagonal stripes, a ribbon down and across in a second colour, a bow of two triangular loops
    and a knot on the lid."""
    back = rng.choice(((240, 230, 250), (230, 245, 235), (60, 50, 70), (250, 240, 220)))
    img = np.full((h, w, 3), back, np.uint8)
    paper, ribbon = random_colour(rng, 60, 230), random_colour(rng, 40, 230)
    bw, bh = max(8, round(w * rng.uniform(0.5, 0.66))), max(8, round(h * rng.uniform(0.4, 0.52)))
    bx, by = (w - bw) // 2, h - bh - max(2, h // 10)
    box = np.full((bh, bw, 3), paper, np.uint8)
    step = max(4, bw // 7)
    for k in range(-bh, bw, step):
        cv2.line(box, (k, bh), (k + bh, 0), tone(paper, -30), max(1, step // 4), cv2.LINE_AA)
    blit(img, box, bx, by)
    lh = max(3, bh // 5)
    cv2.rectangle(img, (bx - bw // 16, by - lh), (bx + bw + bw // 16, by), tone(paper, 20), -1)
    t = max(2, bw // 9)
    cv2.rectangle(img, (bx + (bw - t) // 2, by - lh), (bx + (bw + t) // 2, by + bh), ribbon, -1)
    cv2.rectangle(img, (bx, by + (bh - t) // 2), (bx + bw, by + (bh + t) // 2), ribbon, -1)
    kx, ky, loop = bx + bw // 2, by - lh, max(4, bw // 4)
    for d in (-1, 1):
        tri = np.array(
            [[kx, ky], [kx + d * loop, ky - loop * 2 // 3], [kx + d * loop, ky + loop // 5]], np.int32
        )
        cv2.fillPoly(img, [tri], ribbon, cv2.LINE_AA)
    cv2.rectangle(img, (kx - t // 2, ky - t // 2), (kx + t // 2, ky + t // 2), tone(ribbon, -40), -1)
    return img


def water_pump(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A village's hand pump in a dry field (a charity appeal's place): a hazy sky, an ochre field
    to the horizon with a line of distant trees, a concrete apron, the pump's column, spout and
    long handle, a yellow jerrycan under the spout on most."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.32, 0.48))
    sky = rng.choice(((235, 215, 180), (225, 225, 220), (240, 200, 150)))
    gradient(img, (0, 0, w, horizon), tone(sky, -20), sky)
    field = rng.choice(((90, 160, 200), (110, 170, 210), (80, 140, 170)))
    gradient(img, (0, horizon, w, h), tone(field, 10), tone(field, -30))
    x = 0
    while x < w:
        r = max(2, round(w * rng.uniform(0.015, 0.04)))
        cv2.ellipse(
            img, (x, horizon - r // 3), (r, max(1, r * 2 // 3)), 0, 0, 360, (50, 90, 60), -1, cv2.LINE_AA
        )
        x += r + rng.randrange(0, max(1, w // 10))
    px = round(w * rng.uniform(0.45, 0.75))
    apron_y = round(h * rng.uniform(0.78, 0.88))
    cv2.ellipse(
        img, (px, apron_y), (max(4, w // 6), max(2, h // 24)), 0, 0, 360, (175, 175, 170), -1, cv2.LINE_AA
    )
    metal = rng.choice(((140, 90, 40), (60, 110, 50), (80, 80, 85)))
    cw, top = max(3, w // 28), round(h * rng.uniform(0.48, 0.58))
    cv2.rectangle(img, (px - cw, top), (px + cw, apron_y), metal, -1)
    cv2.rectangle(img, (px - cw - 2, top - max(2, h // 60)), (px + cw + 2, top), tone(metal, -30), -1)
    sy = top + (apron_y - top) // 3
    cv2.line(img, (px + cw, sy), (px + cw * 4, sy + max(2, h // 40)), metal, max(2, cw // 2), cv2.LINE_AA)
    cv2.line(
        img, (px - cw, top + 2), (px - w // 5, top - h // 10), tone(metal, -20), max(2, cw // 2), cv2.LINE_AA
    )
    if rng.random() < 0.75:
        jx, jy = px + cw * 3, apron_y - max(6, h // 10)
        cv2.rectangle(img, (jx, jy), (jx + max(5, w // 14), apron_y), (40, 200, 240), -1)
        cv2.rectangle(img, (jx + 2, jy - max(2, h // 60)), (jx + max(3, w // 40), jy), (30, 150, 200), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (card_terminal, coin_jar, collection_tin, gift_box, water_pump)
FIELDS: tuple[H11.Render, ...] = (water_pump, terraces)  # places behind a charity's people
STREETS: tuple[H11.Render, ...] = (facade,)  # a busker's pitch


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h39-, whose drawn things are this set's: a card terminal, a coin jar, a charity's
    collection tin, a wrapped present, a village's water pump."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h39-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def pay_pair(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> int:
    """Who paid whom, side by side: the payer's round face (24-32 px, initials on some), then the
    payee's (24-32 px) laid over its right side, 60-78 % of the payer's side along, in a rim of the
    page's colour (what the rim and the payee cover of the payer's face is not the face's; under
    half left, not counted). Returns the pair's width."""
    fp, side = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
    cast.person(s, x, y, fp, side, "circle")
    fq, sq = _size(rng, 24, small(rng, 25, 32), (1.1, 1.25))
    at = round(side * rng.uniform(0.6, 0.78))
    cast.person(s, x + at, y + (side - sq) // 2, fq, sq, "circle", s.bg)
    return at + sq


def pay_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A payment in a friends' feed: the payer and the payee (``pay_pair``: 24-32 px); "A paid B",
    the time and a lock (private) or a globe; the note after a drawn emoji (a thing, never a face);
    on 70 % of the public ones a heart and the likers' facepile (18-22 px, "+N" on some). Returns
    its height."""
    img = s.img
    w = pay_pair(cast, rng, s, 30, y)
    x = 56 + w
    a, b = who(rng), who(rng)
    note(img, a, (x, y + 26), 0.6, s.fg, 2)
    (aw, _h), _ = cv2.getTextSize(a, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 2)
    note(img, "paid", (x + aw + 10, y + 26), 0.55, GREY)
    note(img, b, (x + aw + 62, y + 26), 0.6, s.fg, 2)
    private = rng.random() < 0.2
    note(img, f"{rng.randrange(1, 59)}{rng.choice('mhd')}", (x, y + 58), 0.45, GREY)
    if private:
        cv2.rectangle(img, (x + 50, y + 46), (x + 64, y + 58), GREY, -1)
        cv2.ellipse(img, (x + 57, y + 46), (5, 6), 0, 180, 360, GREY, 2, cv2.LINE_AA)
    else:
        cv2.circle(img, (x + 57, y + 52), 7, GREY, 2, cv2.LINE_AA)
        cv2.line(img, (x + 50, y + 52), (x + 64, y + 52), GREY, 1)
    object_emoji(img, (x + 16, y + 92), 14, rng.choice(OBJECTS))
    note(img, rng.choice(NOTES), (x + 42, y + 101), 0.6, s.fg)
    h = 122
    if not private and rng.random() < 0.7:
        heart(img, (x + 12, y + h + 14), 11, RED if rng.random() < 0.5 else GREY)
        more = rng.randrange(2, 40) if rng.random() < 0.4 else 0
        end = stack(cast, s, rng, x + 34, y + h, rng.randrange(2, 6), 18.3, 22, s.bg, more)
        note(img, "liked this", (end + 10, y + h + 20), 0.45, GREY)
        h += 44
    cv2.line(img, (x, y + h + 4), (WIDTH - 30, y + h + 4), off(s.bg, 16), 1)
    return h + 18


def split_item(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of an itemised bill: the dish and its price; at the right who shares it, a stack of
    one to four 18-22 px faces, or an "Everyone" chip on 20 %. Returns its height."""
    img = s.img
    note(img, rng.choice(DISHES), (30, y + 34), 0.6, s.fg)
    note(img, f"${rng.randrange(3, 40)}.{rng.choice(('00', '50', '90'))}", (380, y + 34), 0.55, GREY)
    if rng.random() < 0.2:
        pill(img, WIDTH - 200, y + 8, 170, 40, off(s.bg, 18))
        note(img, "Everyone", (WIDTH - 172, y + 36), 0.5, s.fg)
    else:
        stack(cast, s, rng, WIDTH - 200, y + 6, rng.randrange(1, 5), 18.3, 22, s.bg)
    cv2.line(img, (30, y + 62), (WIDTH - 30, y + 62), off(s.bg, 12), 1)
    return 70


def settle_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Who still owes what: the 24-32 px face (initials on some), the name and "owes $N"; paid on
    40 % (a green tick over the face's lower right, the row then drawn again in grey on half:
    settled people fade to grey, their faces counted as they look), else a "Remind" button.
    Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 8, 24, 32, (1.1, 1.25), "circle", person=True)
    paid = rng.random() < 0.4
    note(img, who(rng), (50 + sd, y + 32), 0.6, s.fg, 2)
    note(img, ("paid " if paid else "owes ") + amount(rng, 5, 90), (50 + sd, y + 60), 0.48, GREY)
    if paid:
        badge(img, (26 + sd, y + 4 + sd), 9, GREEN, "check", s.bg)
        note(img, "Settled", (WIDTH - 170, y + 44), 0.55, GREEN, 2)
        if rng.random() < 0.5:
            H10.redrawn(s, (20, y, WIDTH - 20, y + 80), H10.greyed)
    else:
        outlined(img, WIDTH - 190, y + 14, 160, 52, s.accent, s.bg)
        note(img, "Remind", (WIDTH - 150, y + 48), 0.55, s.accent, 2)
    return 88


def donor_row(cast: Cast, rng: random.Random, s: Screen, y: int, top: bool) -> int:
    """A donation on a campaign's page: the donor's 22-30 px face (initials on some), or on 15 % an
    anonymous heart on a colour; the name, the amount in bold, the time; the top donor's row tagged.
    Returns its height."""
    img = s.img
    if rng.random() < 0.15:
        cv2.circle(img, (30 + 20, y + 8 + 20), 20, random_colour(rng, 60, 200), -1, cv2.LINE_AA)
        heart(img, (50, y + 30), 11, WHITE)
        sd, name = 40, "Anonymous"
    else:
        sd, name = face_avatar(cast, s, rng, 30, y + 8, 22, 30, (1.1, 1.25), "circle", person=True), who(rng)
    note(img, name, (50 + sd, y + 30), 0.55, s.fg)
    note(img, f"${rng.choice((5, 10, 20, 25, 50, 100, 250))}", (50 + sd, y + 58), 0.55, s.fg, 2)
    note(img, f"{rng.randrange(1, 59)} {rng.choice(('min', 'hrs', 'days'))}", (170 + sd, y + 58), 0.45, GREY)
    if top:
        tag(img, WIDTH - 200, y + 16, "Top donor", GOLD, 34)
    return max(sd, 60) + 18


def story_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A story from the field: a photo of people at two depths in a drawn place (``staged``: the
    front faces 24-60 px, the back ones 12-20 px, drawn and mostly not counted), rounded, a scrim
    under its caption, the place under it."""
    piece, faces = staged(cast, rng, FIELDS, 2, (1, 3), cw, ch, rng.uniform(12, 20), small(rng, 24, 60))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ch, cw, 14))
    H5.scrim(s, (x, y + ch - 50, x + cw, y + ch), 0.5)
    note(s.img, words(rng, 2).title()[:18], (x + 14, y + ch - 16), 0.55, WHITE, 2)
    note(s.img, rng.choice(("Kenya", "Peru", "Nepal", "Malawi", "Bolivia")), (x + 4, y + ch + 30), 0.5, GREY)


def tip_bubble(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, fade: float) -> int:
    """A tip floating up over a creator's live frame: a translucent dark pill, the tipper's 20-28 px
    face at its left, "<name> tipped $N" and a coin; ``fade`` dims the whole bubble after it is
    drawn (older tips: the face counted as it looks, darker). Returns its height."""
    img = s.img
    text = f"{who(rng)[:9]} tipped ${rng.choice((1, 2, 3, 5, 10, 20))}"
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 2)
    fp, side = _size(rng, 20, small(rng, 21, 28), (1.1, 1.2))
    bw, bh = side + tw + 80, side + 16
    H5.scrim(s, (x, y, x + bw, y + bh), 0.55)
    cast.avatar(s, x + 8, y + 8, fp, side, "circle")
    note(img, text, (x + side + 20, y + bh // 2 + 7), 0.55, WHITE, 2)
    object_emoji(img, (x + bw - 26, y + bh // 2), 12, "cash")
    if fade:
        H5.scrim(s, (x, y, x + bw, y + bh), fade)
    return bh


def tipper_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A tip in the stream's list: the tipper's 22-28 px face (initials on some), the name and the
    message, the amount in the accent. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 22, 28, (1.1, 1.25), "circle", person=True)
    note(img, who(rng), (46 + sd, y + 22), 0.55, s.fg, 2)
    note(img, rng.choice(("love this song", "play it again", "from Berlin!", "great set", "encore")),
         (46 + sd, y + 50), 0.48, GREY)  # fmt: skip
    note(img, f"${rng.choice((1, 2, 5, 10, 20))}", (WIDTH - 110, y + 36), 0.65, s.accent, 2)
    return max(sd, 56) + 14


def id_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """An ID card captured in an earlier step, w x h: a tinted card with a dark band, the holder's
    small printed photo (heldout11's ``portrait``: the face 30-48 px) in a rounded rectangle, its
    grey ghost copy at 45-60 % of it in an oval at the lower right (a face of 18 px or more
    counted), fields as short bars."""
    img = s.img
    tint = random_colour(rng, 160, 230)
    fill(img, rounded_rect(h, w, 16), x, y, tint)
    band = rng.choice(((90, 50, 20), (40, 90, 40), (60, 40, 120)))
    cv2.rectangle(img, (x + 10, y + 12), (x + w - 10, y + 12 + h // 7), band, -1)
    pw = round(w * 0.26)
    ph = round(pw * 1.28)
    px, py = x + 18, y + 24 + h // 7
    piece, faces = H11.portrait(cast, pw, ph, small(rng, 30, min(48.0, pw * 0.5)))
    H11.paste_photo(cast, s, piece, faces, px, py, rounded_rect(ph, pw, 8))
    k = rng.uniform(0.45, 0.6)
    gw, gh = round(pw * k), round(ph * k)
    ghost = H10.greyed(cv2.resize(piece, (gw, gh), interpolation=cv2.INTER_AREA))
    ghost = (ghost * 0.55 + np.array(tint, np.float32) * 0.45).astype(np.uint8)
    oval = np.zeros((gh, gw), np.uint8)
    cv2.ellipse(oval, (gw // 2, gh // 2), (gw // 2 - 1, gh // 2 - 1), 0, 0, 360, 255, -1, cv2.LINE_AA)
    boxes = [(a * k, b * k, c * k, d * k) for a, b, c, d in faces]
    H11.paste_photo(cast, s, ghost, boxes, x + w - gw - 20, y + h - gh - 16, oval)
    for j in range(4):
        yy = py + 10 + j * (ph // 4)
        cv2.rectangle(img, (px + pw + 20, yy), (px + pw + 20 + round(w * rng.uniform(0.2, 0.35)), yy + 6),
                      tone(tint, -90), -1)  # fmt: skip


def adviser_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """An adviser in a bank's booking grid: the headshot (heldout11's ``portrait``, the face 36-90
    px) with the specialty's tag over its top left; the name, languages' chips, stars and the next
    free slot; on 25 % fully booked: the card drawn again grey and faded towards the page (the face
    counted as it looks). Returns its height."""
    img = s.img
    card = off(s.bg, 8)
    ph = round(cw * rng.uniform(0.72, 0.86))
    ch = ph + 170
    rounded_card(img, x, y, cw, ch, 16, card)
    piece, faces = H11.portrait(cast, cw, ph, small(rng, 36, min(90.0, ph * 0.45)))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ph, cw, 16))
    tag(img, x + 12, y + 12, rng.choice(SPECIALTIES), (30, 30, 30), 32)
    yy = y + ph + 36
    note(img, f"{who(rng)} {who(rng)[:1]}.", (x + 14, yy), 0.6, s.fg, 2)
    tx = x + 14
    for lang in rng.sample(("EN", "ES", "FR", "PL", "HI", "AR", "ZH"), 2):
        pill(img, tx, yy + 16, 56, 32, off(card, 24))
        note(img, lang, (tx + 14, yy + 40), 0.45, s.fg)
        tx += 66
    score = rng.randrange(3, 6)
    for k in range(5):
        star(img, (x + cw - 150 + k * 26, yy - 8), 9, GOLD if k < score else GREY)
    booked = rng.random() < 0.25
    note(img, "Fully booked" if booked else f"Next: {rng.choice(('Today', 'Tue', 'Wed', 'Fri'))} "
         f"{rng.randrange(9, 17)}:{rng.choice(('00', '30'))}", (x + 14, yy + 88), 0.5,
         GREY if booked else GREEN, 2)  # fmt: skip
    if booked:
        H10.redrawn(s, (x, y, x + cw, y + ch), faded(s.bg))
    return ch + 20


def member_ring(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, share: float, colour: Colour,
    paused: bool,
) -> None:  # fmt: skip
    """A member of a shared goal: the round face (46-90 px) inside a ring of the member's colour
    filled to the share they have paid in (the ring drawn before the face), grey when their
    payments are paused (the face counted as it looks); the name and the sum under it."""
    c = (x + side // 2, y + side // 2)
    ring_progress(s.img, c, side // 2 + 10, share, colour, off(s.bg, 24), 7)
    fp = min(90.0, max(40.0, side / rng.uniform(1.15, 1.3)))
    cast.avatar(s, x, y, fp, side, "circle")
    if paused:
        greyed_at(s, x, y, side)
        tag(s.img, x - 4, y + side - 18, "Paused", (90, 90, 90), 28)
    note(s.img, who(rng)[:8], (x, y + side + 40), 0.5, s.fg, 2)
    note(s.img, f"${rng.randrange(50, 2000):,}", (x, y + side + 66), 0.45, GREY)


def contribution_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A payment into a shared goal: the member's 22-30 px face (initials on some), "<name> added
    $N", a "Round-up", "Auto" or "Gift" tag, the time; on 45 % a "cheered by" stack of 18-22 px
    faces. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.1, 1.25), "circle", person=True)
    note(img, f"{who(rng)} added {amount(rng, 2, 300)}", (46 + sd, y + 24), 0.55, s.fg, 2)
    tx = tag(img, 46 + sd, y + 36, rng.choice(("Round-up", "Auto", "Gift", "Bonus")), off(s.bg, 26), 28)[2]
    note(img, f"{rng.randrange(1, 28)} {rng.choice(('May', 'Jun', 'Jul'))}", (tx + 14, y + 58), 0.45, GREY)
    h = max(sd, 66) + 10
    if rng.random() < 0.45:
        end = stack(cast, s, rng, 46 + sd, y + h, rng.randrange(2, 4), 18.3, 22, s.bg)
        note(img, "cheered", (end + 10, y + h + 20), 0.45, GREY)
        h += 40
    cv2.line(img, (46 + sd, y + h + 4), (WIDTH - 30, y + h + 4), off(s.bg, 16), 1)
    return h + 14


def contact_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A contact to invite: the 26-36 px face (initials on some: contacts without a photo), the name
    and a phone number's bars; "Joined" with the app's badge over the face's lower right on 20 %,
    "Invited" in grey on 20 %, else an "Invite" button. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 6, 26, 36, (1.1, 1.25), "circle", person=True)
    note(img, f"{who(rng)} {who(rng)}", (50 + sd, y + 30), 0.58, s.fg)
    cv2.rectangle(img, (50 + sd, y + 46), (50 + sd + rng.randrange(120, 200), y + 52), off(s.bg, 60), -1)
    roll = rng.random()
    if roll < 0.2:
        badge(img, (26 + sd, y + 2 + sd), 10, s.accent, "check", s.bg)
        note(img, "Joined", (WIDTH - 150, y + 40), 0.55, GREEN, 2)
    elif roll < 0.4:
        note(img, "Invited", (WIDTH - 150, y + 40), 0.55, GREY)
    else:
        outlined(img, WIDTH - 180, y + 10, 150, 50, s.accent, s.bg)
        note(img, "Invite", (WIDTH - 140, y + 44), 0.55, s.accent, 2)
    return max(sd, 60) + 20


def txn_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A card transaction: a merchant's logo (heldout8's, half of them) with its name and category, or a
    friend's 24-32 px face (a transfer to or from them, initials on some); on 40 % of the merchants'
    rows "split with" a stack of 18-22 px faces under the name; the amount at the right, a cashback
    tag on some. Returns its height."""
    img = s.img
    h = 84
    if rng.random() < 0.5:
        logo(img, rng, 30, y + 8, 58)
        note(img, rng.choice(MERCHANTS), (108, y + 32), 0.58, s.fg, 2)
        note(img, rng.choice(("Food", "Transport", "Shopping", "Bills", "Fun")), (108, y + 60), 0.45, GREY)
        if rng.random() < 0.4:
            end = stack(cast, s, rng, 108, y + 74, rng.randrange(1, 4), 18.3, 22, s.bg)
            note(img, "split with", (end + 10, y + 94), 0.42, GREY)
            h += 36
        sign = "-"
    else:
        sd = face_avatar(cast, s, rng, 30, y + 6, 24, 32, (1.1, 1.25), "circle", person=True)
        sign = rng.choice("-+")
        note(img, ("To " if sign == "-" else "From ") + who(rng), (50 + sd, y + 32), 0.58, s.fg, 2)
        note(img, rng.choice(NOTES), (50 + sd, y + 60), 0.45, GREY)
    note(img, f"{sign}{amount(rng, 2, 200)}", (WIDTH - 180, y + 40), 0.6,
         GREEN if sign == "+" else s.fg, 2)  # fmt: skip
    if rng.random() < 0.15:
        tag(img, WIDTH - 180, y + 50, "2% back", off(s.bg, 26), 26)
    return h


def request_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A friend's request for money over a card's activity: a card with the requester's 26-34 px
    face (initials on some) under a small "$" badge over its lower right, "<name> requests $N" and
    the note, pay and decline buttons. Returns its height."""
    img = s.img
    card = off(s.bg, 10)
    rounded_card(img, 20, y, WIDTH - 40, 96, 16, card)
    sd = face_avatar(cast, s, rng, 40, y + (96 - 40) // 2 - 2, 26, 34, (1.1, 1.25), "circle", person=True)
    badge(img, (36 + sd, y + 44 + sd // 2), 11, GREEN, "$", card)
    note(img, f"{who(rng)} requests {amount(rng, 3, 80)}", (64 + sd, y + 42), 0.55, s.fg, 2)
    note(img, rng.choice(NOTES), (64 + sd, y + 72), 0.45, GREY)
    pill(img, WIDTH - 300, y + 22, 120, 52, s.accent)
    note(img, "Pay", (WIDTH - 262, y + 56), 0.6, WHITE, 2)
    outlined(img, WIDTH - 170, y + 22, 130, 52, GREY, card)
    note(img, "Decline", (WIDTH - 152, y + 56), 0.5, s.fg)
    return 110


def finish_with_button(s: Screen, foot: int, text: str) -> Composite:
    """A wide button in the accent on a band of the page from ``foot`` down to the navigation bar
    (over whatever ran under it), the navigation bar: the finished screen."""
    cv2.rectangle(s.img, (0, foot), (WIDTH, H - NAV_H), s.bg, -1)
    pill(s.img, 30, foot + 16, WIDTH - 60, 76, s.accent)
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.75, 2)
    note(s.img, text, ((WIDTH - tw) // 2, foot + 64), 0.75, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def pay_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A peer-to-peer payment app's friends feed: the title and one's 22-28 px face; the feed's tabs;
    top friends (round 26-34 px faces in the accent's rings, cut by the right edge); payments
    (``pay_row``) down to a floating "Pay or request" button over the feed and the tab bar."""
    s = new_screen(rng, name, cast.kind("payfeed"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(("Activity", "Friends", "Feed")), 1.1)
    face_avatar(cast, s, rng, WIDTH - 80, y + 10, 22, 28, (1.15, 1.3), "circle")
    icon(img, rng, (WIDTH - 150, y + 36), 18, s.fg)
    y += 80
    seg = (WIDTH - 60) // 2
    pill(img, 30, y, WIDTH - 60, 56, off(page, 14))
    at = rng.randrange(2)
    pill(img, 30 + at * seg, y, seg, 56, s.accent)
    for k, label in enumerate(("Friends", "You")):
        note(img, label, (30 + k * seg + seg // 2 - 40, y + 38), 0.6, WHITE if k == at else s.fg, 2)
    y += 76
    y = section(s, y, "Top friends", False)
    for x in across_edge(rng, 92, 44):
        fp, side = _size(rng, 26, small(rng, 27, 34), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent)
        note(img, who(rng)[:6], (x, y + side + 28), 0.42, GREY)
    y += 90
    foot = H - NAV_H - 120
    while y + 150 < foot:
        y += pay_row(cast, rng, s, y)
    pill(img, WIDTH - 330, foot - 110, 300, 84, s.accent)
    note(img, "Pay or request", (WIDTH - 292, foot - 56), 0.7, WHITE, 2)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def bill_split(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Splitting a restaurant bill: the receipt's photo (heldout32's drawn till receipt, never a
    face), the place, the total and who paid (a 26-34 px face); the group (round 30-44 px faces in
    rings, the accent's for those in the split, each one's share under it; a dashed "add" place);
    the split's mode; the bill's four to eight lines (``split_item``: stacks of 18-22 px); who owes
    what (``settle_row``: 24-32 px, settled ones greyed on some) down to the request button."""
    s = new_screen(rng, name, cast.kind("split"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Split the bill", 1.0)
    icon(img, rng, (WIDTH - 60, y + 36), 20, s.fg)
    y += 84
    rounded_card(img, 20, y, WIDTH - 40, 250, 18, off(page, 8))
    blit(img, H11.render(rng, 160, 214, (receipt,)), 40, y + 18, rounded_rect(214, 160, 12))
    note(img, rng.choice(PLACES), (230, y + 54), 0.8, s.fg, 2)
    total = rng.randrange(40, 400)
    heading(s, 230, y + 116, f"${total}.{rng.choice(('00', '40', '85'))}", 1.3)
    note(img, f"{rng.randrange(1, 28)} {rng.choice(('May', 'Jun', 'Jul'))} - {rng.randrange(2, 9)} people",
         (230, y + 156), 0.5, GREY)  # fmt: skip
    sd = face_avatar(cast, s, rng, 230, y + 176, 26, 34, (1.1, 1.25), "circle")
    note(img, f"{who(rng)} paid", (246 + sd, y + 176 + sd // 2 + 6), 0.5, s.fg)
    y += 276
    y = section(s, y, "Split between", False)
    x = 40
    for _ in range(rng.randrange(3, 7)):
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent if rng.random() < 0.8 else GREY)
        note(img, f"${rng.randrange(8, 90)}", (x + 2, y + side + 30), 0.5, s.fg, 2)
        x += 146
        if x + 60 > WIDTH:
            break
    if x + 60 <= WIDTH:
        dashed_circle(img, (x + 30, y + 30), 30, GREY)
    y += 104
    seg = (WIDTH - 60) // 3
    pill(img, 30, y, WIDTH - 60, 52, off(page, 14))
    at = rng.randrange(3)
    pill(img, 30 + at * seg, y, seg, 52, s.accent)
    for k, label in enumerate(("Equally", "By item", "Shares")):
        note(img, label, (30 + k * seg + seg // 2 - 50, y + 35), 0.55, WHITE if k == at else s.fg, 2)
    y += 72
    for _ in range(rng.randrange(4, 9)):
        y += split_item(cast, rng, s, y)
    foot = H - NAV_H - 120
    rows_above(s, y + 10, foot, "Settle up", lambda top: settle_row(cast, rng, s, top))
    return finish_with_button(s, foot, "Request payment")


def campaign_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A crowdfunding campaign: the beneficiary's photo across the screen (faces 128-360 px) under a
    gradient towards its foot with the title over it, carousel dots; the organiser's 36-56 px face
    in a rim of the page over the photo's lower edge; the sum raised and its bar; the donors' stack
    (18-24 px, "+N") and the sharers' (18-22 px); donate and share; the donations (``donor_row``:
    22-30 px, the top donor's tagged); on some an update with a photo (faces 18-60 px) where there
    is room."""
    s = new_screen(rng, name, cast.kind("campaign"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    hh = rng.randrange(620, 761)
    cast.photo(s, 0, top, WIDTH, hh, rng.uniform(128, min(360.0, hh * 0.55)))
    stepped(s, (0, top + hh * 2 // 5, WIDTH, top + hh), 0.0, 0.75, 12)
    badge(img, (50, top + 50), 26, (30, 30, 30), "x")
    dots(img, WIDTH // 2, top + hh - 30, rng.randrange(3, 6), 0, WHITE, GREY)
    cause = rng.choice(("surgery", "recovery", "new wheelchair", "tuition", "rebuild after fire"))
    note(img, f"Help {who(rng)} with {cause}", (30, top + hh - 130), 0.95, WHITE, 2)
    note(img, f"{who(rng)}town - {rng.randrange(2, 40)} days left", (30, top + hh - 86), 0.55, WHITE)
    fp, side = _size(rng, 36, small(rng, 37, 56), (1.15, 1.3))
    y = top + hh - side // 2
    rimmed(cast, s, 40, y, fp, side, page)
    note(img, f"{who(rng)} is organising this", (side + 70, top + hh + 36), 0.55, s.fg, 2)
    note(img, "Verified organiser", (side + 70, top + hh + 66), 0.45, GREEN)
    y = top + hh + side // 2 + 40
    goal = rng.randrange(5, 80) * 1000
    got = rng.uniform(0.2, 0.98)
    heading(s, 30, y + 40, f"${round(goal * got):,}", 1.2)
    note(img, f"raised of ${goal:,} goal", (300, y + 38), 0.55, GREY)
    progress(img, 30, y + 60, WIDTH - 60, got, GREEN, off(page, 30), 12)
    y += 90
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(20, 3000))
    note(img, "donations", (end + 10, y + 28), 0.5, GREY)
    end = stack(cast, s, rng, WIDTH - 420, y, rng.randrange(2, 5), 18.3, 22, page, 0)
    note(img, f"{rng.randrange(3, 900)} shares", (end + 10, y + 28), 0.5, GREY)
    y += 60
    pill(img, 30, y, 620, 72, s.accent)
    note(img, "Donate now", (260, y + 46), 0.75, WHITE, 2)
    outlined(img, 670, y, WIDTH - 700, 72, s.accent, page)
    note(img, "Share", (800, y + 46), 0.7, s.accent, 2)
    y += 96
    for k, label in enumerate(("Top", "Recent", "First")):
        note(img, label, (30 + k * 160, y + 30), 0.6, s.accent if k == 0 else GREY, 2 if k == 0 else 1)
    y += 50
    foot = H - NAV_H - 20
    first, room = True, 240 if rng.random() < 0.4 else 0
    while y + 80 < foot - room:
        y += donor_row(cast, rng, s, y, first)
        first = False
    if y + 230 < foot:
        note(img, "Update from the organiser", (30, y + 30), 0.6, s.fg, 2)
        cut_photo(cast, rng, s, 30, y + 46, WIDTH - 60, foot - y - 56, 18.3, 60, None, 0.9)
    H5.nav_bar(s)
    return s.finish()


def charity_appeal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A charity's appeal: a field photo across the screen (``staged``: people at two to four
    depths at a village's pump or on terraces, the front faces 60-170 px, the back ones down to 10 px,
    drawn and not counted) under a gradient over its lower part with the appeal, the amounts'
    chips and the donate button laid over the photo (they take the pixels they cover); impact tiles
    (drawn things); stories from the field (``story_card``: 24-60 px, cut by the right edge); the
    team on the ground (24-34 px); recent givers (18-22 px, "+N")."""
    s = new_screen(rng, name, cast.kind("appeal"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(860, 1001)
    lo, hi = rng.uniform(10, 16), rng.uniform(60, 170)
    piece, faces = staged(cast, rng, FIELDS, rng.randrange(2, 5), (1, 3), WIDTH, ph, lo, hi)
    H11.paste_photo(cast, s, piece, faces, 0, top)
    stepped(s, (0, top + ph * 2 // 5, WIDTH, top + ph), 0.0, 0.8, 12)
    logo(img, rng, 30, top + 24, 64)
    badge(img, (WIDTH - 60, top + 56), 24, (30, 30, 30), "x")
    note(img, rng.choice(CAUSES), (30, top + ph - 330), 1.0, WHITE, 2)
    note(img, f"${rng.choice((10, 25, 30, 50))} gives a family clean water for a year", (30, top + ph - 286),
         0.6, WHITE)  # fmt: skip
    progress(img, 30, top + ph - 256, WIDTH - 60, rng.uniform(0.3, 0.9), GREEN, (120, 120, 120), 8)
    x = 30
    for value in ("$10", "$30", "$50", "Other"):
        pill(img, x, top + ph - 220, 220, 64, WHITE if value != "$30" else GOLD)
        note(img, value, (x + 70, top + ph - 178), 0.7, INK, 2)
        x += 240
    pill(img, 30, top + ph - 130, WIDTH - 60, 90, s.accent)
    note(img, "Donate", (WIDTH // 2 - 60, top + ph - 72), 0.9, WHITE, 2)
    y = top + ph + 24
    y = section(s, y, "Your impact", False)
    tw = (WIDTH - 100) // 3
    for k in range(3):
        x = 30 + k * (tw + 20)
        rounded_card(img, x, y, tw, 128, 16, off(page, 10))
        blit(img, H11.render(rng, 96, 96, RENDERS), x + 16, y + 16, rounded_rect(96, 96, 48))
        note(img, f"{rng.randrange(2, 900):,}", (x + 124, y + 56), 0.8, s.accent, 2)
        note(img, rng.choice(("wells", "meals", "families", "kits")), (x + 124, y + 90), 0.5, GREY)
    y += 152
    y = section(s, y, "Stories from the field")
    xs, ch = across_edge(rng, 340, 320), rng.randrange(220, 261)
    for x in xs:
        story_card(cast, rng, s, x, y, xs[1] - xs[0] - 20, ch)
    y += ch + 60
    foot = H - NAV_H - 20
    if y + 120 < foot:
        y = section(s, y, "On the ground", False)
        x = 30
        for role in rng.sample(("Nurse", "Engineer", "Teacher", "Driver", "Lead"), rng.randrange(3, 6)):
            sd = face_avatar(cast, s, rng, x, y, 24, 34, (1.15, 1.3), "circle", person=True)
            note(img, role, (x, y + sd + 26), 0.42, GREY)
            x += 200
        y += 90
    if y + 60 < foot:
        end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(40, 9000))
        note(img, "gave this week", (end + 10, y + 28), 0.5, GREY)
    H5.nav_bar(s)
    return s.finish()


def creator_tips(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Tipping a creator or a busker (mostly dark): on 60 % the creator's live frame (faces 128-400
    px), else a busker's pitch (``staged``: a street's front, the busker and listeners at two or
    three depths, the front faces 90-220 px); over its top a scrim with the creator's 28-36 px face,
    LIVE and the watchers' stack (18-22 px); tips floating up its lower left (``tip_bubble``: 20-28
    px, the older ones faded); a sheet pulled over its foot: amounts' chips, the top tippers (30-44
    px in medals' rings) and recent tips (``tipper_row``: 22-28 px) down to the foot."""
    s = new_screen(rng, name, cast.kind("tips"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    vh = rng.randrange(960, 1101)
    if rng.random() < 0.6:
        cast.photo(s, 0, top, WIDTH, vh, rng.uniform(128, 400))
    else:
        piece, faces = staged(
            cast, rng, STREETS, rng.randrange(2, 4), (1, 2), WIDTH, vh, 16, rng.uniform(90, 220)
        )
        H11.paste_photo(cast, s, piece, faces, 0, top)
    H5.scrim(s, (0, top, WIDTH, top + 110), 0.5)
    sd = face_avatar(cast, s, rng, 30, top + 18, 28, 36, (1.1, 1.25), "circle")
    note(img, who(rng), (46 + sd, top + 50), 0.6, WHITE, 2)
    tag(img, 46 + sd, top + 60, "LIVE", RED, 30)
    end = stack(cast, s, rng, WIDTH - 330, top + 30, rng.randrange(2, 5), 18.3, 22, (40, 40, 40), 0)
    note(img, f"{rng.randrange(20, 4000):,}", (end + 10, top + 58), 0.55, WHITE, 2)
    yb = top + vh - 200
    for k in range(rng.randrange(3, 7)):
        yb -= tip_bubble(cast, rng, s, 24, yb, min(0.6, 0.15 * k)) + 12
    y = top + vh - 120
    H5.sheet(img, y, off(page, 8))
    y += 50
    note(img, f"Tip {who(rng)}", (30, y + 20), 0.75, s.fg, 2)
    y += 44
    x = 30
    for k, value in enumerate(("$2", "$5", "$10", "$20")):
        pill(img, x, y, 200, 64, s.accent if k == 1 else off(page, 30))
        note(img, value, (x + 70, y + 42), 0.7, WHITE if k == 1 else s.fg, 2)
        x += 220
    y += 96
    y = section(s, y, "Top tippers", False)
    for k in range(3):
        x = 40 + k * 330
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, MEDALS[k])
        note(img, who(rng)[:8], (x + side + 20, y + 24), 0.5, s.fg, 2)
        note(img, f"${rng.randrange(20, 300)}", (x + side + 20, y + 52), 0.5, GOLD, 2)
    y += 96
    foot = H - NAV_H - 10
    while y + 70 < foot:
        y += tipper_row(cast, rng, s, y)
    H5.nav_bar(s)
    return s.finish()


def selfie_example(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, kind: str) -> None:
    """One of an identity check's examples of a good and a bad selfie: a rounded square photo of one
    person (faces 24-44 px; 18-24 px for "too far"), dimmed by 65 % for "too dark" or blurred for
    "blurry" (the face counted as it looks), a green tick or a red cross over its top right, the
    label under it."""
    fp = small(rng, 18.3, 24) if kind == "Too far" else small(rng, 24, 44)
    cast.photo(s, x, y, side, side, fp, rounded_rect(side, side, 14))
    if kind == "Too dark":
        H5.scrim(s, (x, y, x + side, y + side), 0.65)
    elif kind == "Blurry":
        sigma = rng.uniform(2.5, 4.5)
        H10.redrawn(s, (x, y, x + side, y + side), lambda part: cv2.GaussianBlur(part, (0, 0), sigma))
    good = kind == "Good"
    badge(s.img, (x + side - 8, y + 8), 16, GREEN if good else RED, "check" if good else "x", s.bg)
    note(s.img, kind, (x + 4, y + side + 28), 0.48, s.fg)


def liveness_ring(img: np.ndarray, c: tuple[int, int], axes: tuple[int, int], lit: int, n: int) -> None:
    """A head-turn check's progress round an oval guide: ``n`` arcs with gaps, the first ``lit`` in
    green and the rest grey (they take the pixels they cover)."""
    step = 360 / n
    for k in range(n):
        a = -90 + k * step
        colour = GREEN if k < lit else (170, 170, 170)
        cv2.ellipse(img, c, axes, 0, a + 3, a + step - 3, colour, 9, cv2.LINE_AA)


def kyc_selfie(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An identity check's liveness step: the steps' bar; the front camera across the screen (faces
    160-420 px), on 40 % a bystander behind (a cut-out, 28-60 px) near a side; outside an oval guide
    the view blurred and dimmed by 55-80 % (the faces there counted as they look); the head-turn
    progress (``liveness_ring``) round the oval; a hint over the view's foot; the ID card from the
    step before (``id_card``: the printed photo 30-48 px, its ghost) and its checklist; examples of
    good and bad selfies (``selfie_example``: 24-44 px, one dark or blurry, one too far at 18-24
    px); support's 20-28 px face by "Need help?"; continue."""
    s = new_screen(rng, name, cast.kind("liveness"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Verify your identity", 0.95)
    y += 76
    steps = 4
    for k in range(steps):
        pill(img, 30 + k * 262, y, 242, 10, s.accent if k < 3 else off(page, 40))
    note(img, f"Step 3 of {steps} - selfie", (30, y + 44), 0.5, GREY)
    y += 70
    vh = rng.randrange(860, 961)
    fp = rng.uniform(160, 420)
    cast.photo(s, 0, y, WIDTH, vh, fp)
    if rng.random() < 0.4:
        side = rng.choice((0.12, 0.86))
        H11.figure(cast, s, WIDTH * (side + rng.uniform(-0.04, 0.04)), y + vh * rng.uniform(0.18, 0.32),
                   rng.uniform(28, 60), (0, y, WIDTH, y + vh))  # fmt: skip
    cx, cy = WIDTH // 2, y + vh * 9 // 20
    ax = min(round(fp * rng.uniform(0.85, 1.05)) + 60, WIDTH // 2 - 70)
    ay = min(round(ax * 1.3), vh // 2 - 60)
    guide = np.zeros((vh, WIDTH), np.uint8)
    cv2.ellipse(guide, (cx, cy - y), (ax, ay), 0, 0, 360, 255, -1, cv2.LINE_AA)
    keep = (guide.astype(np.float32) / 255)[:, :, None]
    dim, blur = 1 - rng.uniform(0.55, 0.8), rng.uniform(4, 10)

    def surround(part: np.ndarray) -> np.ndarray:
        soft = cv2.GaussianBlur(part, (0, 0), blur).astype(np.float32) * dim
        return (part * keep + soft * (1 - keep)).astype(np.uint8)

    H10.redrawn(s, (0, y, WIDTH, y + vh), surround)
    n = rng.choice((8, 10, 12))
    liveness_ring(img, (cx, cy), (ax + 16, ay + 16), rng.randrange(0, n + 1), n)
    pill(img, cx - 260, y + vh - 96, 520, 62, (30, 30, 30))
    note(img, rng.choice(("Turn your head slowly", "Move closer", "Hold still", "Blink twice")),
         (cx - 200, y + vh - 54), 0.7, WHITE, 2)  # fmt: skip
    y += vh + 24
    cw, chh = 440, 276
    id_card(cast, rng, s, 30, y, cw, chh)
    note(img, "Your ID", (500, y + 40), 0.7, s.fg, 2)
    note(img, "Captured - front", (500, y + 76), 0.5, GREY)
    badge(img, (WIDTH - 70, y + 40), 20, GREEN, "check")
    yy = y + 110
    for label in ("Good light", "Face the camera", "Only you in frame"):
        badge(img, (514, yy), 12, GREEN if rng.random() < 0.6 else GREY, "check")
        note(img, label, (540, yy + 8), 0.5, s.fg)
        yy += 44
    y += chh + 20
    y = section(s, y, "Tips for a good selfie", False)
    for k, kind in enumerate(("Good", rng.choice(("Too dark", "Blurry")), "Too far", "Good")):
        selfie_example(cast, rng, s, 30 + k * 262, y, 150, kind)
    y += 196
    foot = H - NAV_H - 110
    if y + 50 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.05, 1.2), "circle")
        note(img, "Need help? Chat with support", (46 + sd, y + sd // 2 + 6), 0.5, s.accent, 2)
    return finish_with_button(s, foot, "Continue")


def adviser_booking(cast: Cast, rng: random.Random, name: str) -> Composite:
    """Booking a bank's adviser: the bank's logo; the branch's photo (heldout37's ``wide_photo``:
    staff and customers, faces 18-60 px) under a scrim with its name and hours; how to meet; on 60 %
    one's own adviser (a 44-72 px face in a rounded square, a green "available" dot over its
    corner); advisers in two columns (``adviser_card``: 36-90 px, the fully booked ones grey and
    faded) down to the foot."""
    s = new_screen(rng, name, cast.kind("adviser"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Book an adviser", 0.95)
    logo(img, rng, WIDTH - 100, y + 4, 64)
    y += 90
    bh = rng.randrange(300, 361)
    wide_photo(cast, s, 30, y, WIDTH - 60, bh, 18.3, 60, rounded_rect(bh, WIDTH - 60, 18))
    H5.scrim(s, (30, y + bh - 100, WIDTH - 30, y + bh), 0.55)
    note(img, f"{who(rng)} Street branch", (54, y + bh - 54), 0.8, WHITE, 2)
    hours = f"Open until {rng.randrange(4, 8)}pm - {rng.uniform(0.2, 4):.1f} km"
    note(img, hours, (54, y + bh - 20), 0.5, WHITE)
    y += bh + 24
    chips(img, rng, 30, y, 3, 48, (180, 240), off(page, 16), s.fg)
    y += 72
    if rng.random() < 0.6:
        rounded_card(img, 20, y, WIDTH - 40, 130, 18, off(page, 8))
        fp, side = _size(rng, 44, small(rng, 45, 72), (1.15, 1.3))
        side = min(side, 96)
        cast.avatar(s, 40, y + (130 - side) // 2, fp, side, "rounded")
        cv2.circle(img, (36 + side, y + (130 + side) // 2 - 4), 10, off(page, 8), -1, cv2.LINE_AA)
        cv2.circle(img, (36 + side, y + (130 + side) // 2 - 4), 7, GREEN, -1, cv2.LINE_AA)
        note(img, f"{who(rng)} - your banker", (70 + side, y + 56), 0.6, s.fg, 2)
        note(img, "Usually replies in 1 hour", (70 + side, y + 90), 0.45, GREY)
        y += 150
    y = section(s, y, "Choose an adviser")
    cw = (WIDTH - 60 - 20) // 2
    foot = H - NAV_H - 20
    while y + 260 < foot:
        y += max(adviser_card(cast, rng, s, 30 + j * (cw + 20), y, cw) for j in range(2))
    H5.nav_bar(s)
    return s.finish()


def savings_goal(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A shared savings goal: the goal's picture (a drawn coin jar or present, or a thing) with the
    sum saved over its bar; the members in rings of their shares (``member_ring``: 46-90 px, grey
    when paused) and a dashed "invite" place; each one's share as a bar of their colour; activity
    (``contribution_row``: 22-30 px, cheers' stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("goal"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(GOALS), 1.0)
    icon(img, rng, (WIDTH - 60, y + 36), 20, s.fg)
    y += 84
    gh = rng.randrange(240, 301)
    if rng.random() < 0.6:
        blit(
            img,
            H11.render(rng, WIDTH - 60, gh, (coin_jar, gift_box)),
            30,
            y,
            rounded_rect(gh, WIDTH - 60, 20),
        )
    else:
        cast.thing(s, 30, y, WIDTH - 60, gh, rounded_rect(gh, WIDTH - 60, 20))
    H5.scrim(s, (30, y + gh - 80, WIDTH - 30, y + gh), 0.5)
    goal = rng.randrange(2, 30) * 500
    got = rng.uniform(0.15, 0.95)
    note(img, f"${round(goal * got):,} of ${goal:,}", (54, y + gh - 30), 0.8, WHITE, 2)
    y += gh + 16
    progress(img, 30, y, WIDTH - 60, got, GREEN, off(page, 30), 12)
    y += 40
    y = section(s, y, "Saving together", False)
    n = rng.randrange(2, 6)
    x = 50
    shares = [rng.random() + 0.2 for _ in range(n)]
    for k in range(n):
        side = rng.randrange(60, 111)
        member_ring(cast, rng, s, x, y + 12, side, rng.uniform(0.1, 1.0), COLOURS[k], rng.random() < 0.15)
        x += 200
    if x + 60 < WIDTH:
        dashed_circle(img, (x + 40, y + 64), 40, GREY)
        note(img, "Invite", (x + 10, y + 150), 0.5, GREY)
    y += 200
    bx = 30
    for k, share in enumerate(shares):
        bw = round((WIDTH - 60) * share / sum(shares))
        cv2.rectangle(img, (bx, y), (bx + bw - 4, y + 20), COLOURS[k], -1)
        bx += bw
    y += 50
    y = section(s, y, "Activity")
    return rows_to_tab_bar(s, rng, y, 90, lambda top: contribution_row(cast, rng, s, top))


def invite_friends(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A referral screen: the reward's card (a drawn present, "give $N, get $N", the code); friends
    who joined (round 28-36 px faces in rings with ticks over them, cut by the right edge); the
    bonus's progress; contacts to invite under letters (``contact_row``: 26-36 px) down to the
    foot."""
    s = new_screen(rng, name, cast.kind("invite"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    badge(img, (50, y + 36), 24, off(page, 30), "x")
    heading(s, 90, y + 48, "Invite friends", 1.0)
    y += 86
    rounded_card(img, 20, y, WIDTH - 40, 260, 22, s.accent)
    blit(img, H11.render(rng, 200, 200, (gift_box,)), 44, y + 30, rounded_rect(200, 200, 24))
    give = rng.choice((5, 10, 20, 25))
    note(img, f"Give ${give}, get ${give}", (270, y + 76), 1.0, WHITE, 2)
    note(img, "when a friend makes a payment", (270, y + 116), 0.55, WHITE)
    pill(img, 270, y + 150, 400, 70, WHITE)
    note(img, f"{who(rng)[:5].upper()}-{rng.randrange(1000, 9999)}", (300, y + 196), 0.7, INK, 2)
    note(img, "Copy", (560, y + 196), 0.6, s.accent, 2)
    y += 284
    joined = rng.randrange(1, 6)
    y = section(s, y, f"{joined} friends joined", False)
    for x in across_edge(rng, 100, 46):
        fp, side = _size(rng, 28, small(rng, 29, 36), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, GREEN)
        tick_badge(img, (x + side - 4, y + side - 4), 9, page)
        note(img, f"+${give}", (x + 4, y + side + 28), 0.45, GREEN, 2)
    y += 96
    note(img, f"{joined} of 5 for a bonus", (30, y + 20), 0.5, GREY)
    progress(img, 300, y + 10, WIDTH - 330, joined / 5, s.accent, off(page, 30), 10)
    y += 50
    pill(img, 30, y, WIDTH - 60, 60, off(page, 14))
    note(img, "Search contacts", (80, y + 40), 0.6, GREY)
    y += 80
    foot = H - NAV_H - 20
    for letter in sorted(rng.sample("ABCDEGJKLMNPRST", 9)):
        if y + 120 > foot:
            break
        note(img, letter, (30, y + 26), 0.6, s.accent, 2)
        y += 40
        for _ in range(rng.randrange(2, 5)):
            if y + 80 > foot:
                break
            y += contact_row(cast, rng, s, y)
    H5.nav_bar(s)
    return s.finish()


def payment_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> bool:
    """One's payment card: on half a photo card (one's own picture across it: people with faces 30-120
    px cut by its edges, or a thing), else a gradient; the chip, the contactless mark, the masked
    number, the name and the network's two discs over it (they take the pixels they cover); on
    20 % frozen: the card drawn again in grey under a "Frozen" tag (the faces counted as they
    look). Returns whether it is frozen."""
    img = s.img
    m = rounded_rect(ch, cw, 24)
    if rng.random() < 0.5:
        cut_photo(cast, rng, s, x, y, cw, ch, 30, 120, m, 0.9)
    else:
        a, b = random_colour(rng, 40, 200), random_colour(rng, 40, 200)
        part = np.zeros((ch, cw, 3), np.uint8)
        gradient(part, (0, 0, cw, ch), a, b, False)
        blit(img, part, x, y, m)
    cv2.rectangle(img, (x + 40, y + ch // 3), (x + 110, y + ch // 3 + 52), GOLD, -1)
    cv2.rectangle(img, (x + 40, y + ch // 3), (x + 110, y + ch // 3 + 52), tone(GOLD, -60), 2)
    for k in range(3):
        cv2.ellipse(
            img, (x + 140, y + ch // 3 + 26), (10 + 9 * k, 10 + 9 * k), 0, -45, 45, WHITE, 3, cv2.LINE_AA
        )
    note(img, f"**** **** **** {rng.randrange(1000, 9999)}", (x + 40, y + ch - 80), 0.8, WHITE, 2)
    note(img, f"{who(rng).upper()} {who(rng).upper()}", (x + 40, y + ch - 36), 0.55, WHITE, 1)
    for d, colour in ((0, (40, 40, 230)), (44, (40, 170, 250))):
        cv2.circle(img, (x + cw - 110 + d, y + ch - 56), 30, colour, -1, cv2.LINE_AA)
    frozen = rng.random() < 0.2
    if frozen:
        H10.redrawn(s, (x, y, x + cw, y + ch), H10.greyed)
        tag(img, x + cw - 170, y + 24, "Frozen", (200, 140, 60), 40)
    return frozen


def card_activity(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank card's activity: one's 22-28 px face; the card (``payment_card``: a photo card on
    half, faces 30-120 px, grey when frozen); its buttons; on half the family's cardholders (28-40 px
    in the accent's rings) by a dashed "add" place; the month's spending as coloured bars by
    category; on 60 % friends' requests for money (``request_row``: 26-34 px); the transactions
    under day headings (``txn_row``: merchants' logos mixed with friends' 24-32 px faces, "split
    with" stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("card"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    face_avatar(cast, s, rng, WIDTH - 80, y + 10, 22, 28, (1.15, 1.3), "circle")
    heading(s, 30, y + 48, "Card", 1.1)
    y += 84
    cw = WIDTH - 160
    ch = round(cw * 0.6)
    frozen = payment_card(cast, rng, s, 80, y, cw, ch)
    y += ch + 24
    for k, label in enumerate(("Unfreeze" if frozen else "Freeze", "PIN", "Limits", "Details")):
        cx = 140 + k * 270
        cv2.circle(img, (cx, y + 36), 36, off(page, 16), -1, cv2.LINE_AA)
        icon(img, rng, (cx, y + 36), 14, s.fg)
        note(img, label, (cx - 40, y + 104), 0.5, s.fg)
    y += 130
    if rng.random() < 0.5:
        note(img, "Cardholders", (30, y + 58), 0.55, GREY, 2)
        x = 210
        for _ in range(rng.randrange(2, 5)):
            fp, side = _size(rng, 28, small(rng, 29, 40), (1.15, 1.3))
            ring_avatar(cast, s, x, y + 52 - side // 2, fp, side, s.accent)
            x += 100
        dashed_circle(img, (x + 26, y + 52), 26, GREY)
        y += 110
    note(img, f"Spent this month  ${rng.randrange(200, 4000):,}", (30, y + 24), 0.6, s.fg, 2)
    y += 40
    bx = 30
    parts = [rng.random() + 0.2 for _ in range(5)]
    for k, part in enumerate(parts):
        bw = round((WIDTH - 60) * part / sum(parts))
        cv2.rectangle(img, (bx, y), (bx + bw - 4, y + 18), COLOURS[k], -1)
        bx += bw
    y += 40
    if rng.random() < 0.6:
        for _ in range(rng.randrange(1, 3)):
            y += request_row(cast, rng, s, y)
    days = iter(("Today", "Yesterday", "Mon 12", "Sun 11", "Sat 10", "Fri 9", "Thu 8"))

    def day(top: int) -> int:
        note(img, next(days, "Earlier"), (30, top + 30), 0.55, GREY, 2)
        h = 44
        for _ in range(rng.randrange(2, 5)):
            h += txn_row(cast, rng, s, top + h)
        return h

    return rows_to_tab_bar(s, rng, y, 140, day)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    pay_feed,
    bill_split,
    campaign_page,
    charity_appeal,
    creator_tips,
    kyc_selfie,
    adviser_booking,
    savings_goal,
    invite_friends,
    card_activity,
)
# with people: each twice a round but two (an identity check of one large face and a few small
# ones, and a bank's booking of a few advisers' cards)
ONCE = (kyc_selfie, adviser_booking)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a feed's pairs and notes, a card's
# logos, a charity's field photos)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, pay_feed, card_activity, charity_appeal)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT39_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h39", photos, free, seed, reps)
