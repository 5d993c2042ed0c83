"""Held-out screens, fortieth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: string lights over a garden at dusk, a
bar's shelf of bottles, language flashcards, a desk globe, a bouquet of tulips; nothing with eyes, a
mouth or a mask), by heldout23 (an empty living room behind a tutor) or by heldout24 (flags in
discs); every random choice from ``HELDOUT40_SEED``. Every face goes on the screen through
heldout2's ``Screen``, whose ``finish`` settles it on what the finished screen shows: pixels drawn
over a face afterwards stop being the face's, and a face left with under half of its box is
dropped. heldout11's ``Cast`` (through heldout26's; this set's screens are marked h40-) fills the
people's places, and on face-free screens puts pets, objects, textures, initials and this set's
drawn things there; it counts a face cut by an edge while half of its box is inside. Faces under 18
px are drawn but, as everywhere in the bench, never counted.

What it adds is faces in the apps of dating, friendship and meetups, and of language exchange and
tutoring, most of them small: a dating deck's "new here" row over a card as wide as the screen (one
person before a softened bar or room, the face up to 440 px and on half across the screen's edge, or
a group photo) over two cards stacked behind it; "likes you" as a
grid of portraits blurred or pixelated until one pays (a super like's left clear) under top picks;
new matches in rings of the time left to say hi and chats with typing bubbles over the avatars,
photos sent and expired matches faded; a speed-dating lobby's tables of two daters across a heart,
the next date's portrait and who waits by age group; friends on a map as photos in speech-bubble
pins (status emoji, the long unseen ones faded, a cluster's stack), "meet halfway" and people nearby;
a meetup group's cover of people at two to four depths under string lights or at a bar (the
farthest under 18 px, drawn and not counted), its organisers, its members' facepiles and events;
language partners under the flags of the language each speaks and learns, with their moments'
photos; a tutor's video lesson with one's own camera dragged over the edge, classmates and a chat of
corrections; a profile check's pose to copy beside one's selfie, and one's photos; a group's album
with name tags laid over some chins. Near repeats avoided: heldout2's dating card, heldout15's cards
mid-swipe, heldout17's swipe and heldout20's dating app with its "who liked you" (cards turned or
flung with LIKE and NOPE stamps, a grid of three or four columns blurred with one sigma; here the
top card square to the screen, its person cut out before a drawn place and cut by the screen's edge
on half, the cards behind peeking under its foot, "new here" in rings cut by the right edge, and
the likes blurred or pixelated cell by cell with a clear super like and clear top picks);
heldout3's chat with a typing indicator, heldout20's chat list and heldout17's keyboard chat (here
a dating app's list: the typing bubble over the avatar's lower right, new matches in draining
rings, a blurred likes tile, photos as the last message, expired matches faded); heldout10's
seating chart, heldout26's party lobby and heldout22's gallery call (here two-seat tables of a
speed-dating round, an empty seat dashed, "matched" tags, the lobby's stacks by age group);
heldout2's map pins, heldout24's family locator and heldout29's walkers' pins (round or teardrop
pins; here rounded-square photos in speech bubbles with status emoji, faded when last seen hours
ago, a dashed "meet halfway" line, people nearby as portraits cut by the right edge); heldout25's
faith group, heldout26's guild hub, heldout29's hiking trip, heldout33's book club and heldout34's
events (a group photo or a gathering darkened, a "going" stack; here ``staged`` people at two to
four depths at a drawn venue, organisers in rings and rows of members' facepiles); heldout16's and
heldout24's tutor marketplaces (square tutors' photos with one flag, intro videos; here peers in
compact rows under two flags, level bars, moments' photos); heldout33's music lesson, heldout24's
telehealth visit and heldout38's adviser's call (a teacher or an adviser framed, one's camera in a
corner; here the tutor cut out before a room and cut by the edge on some, one's camera on the side
away from the tutor's face and dragged over the edge on some, a subtitle's band, a chat of
corrections); heldout9's selfie check, heldout35's ID photo checker and heldout39's liveness step
(an oval guide and a dimmed surround; here two photos side by side, a pose to copy and one's selfie
with a scan line and corner ticks, and one's photos with a main one over two rows, not approved ones
faded); heldout3's shared album, heldout28's night gallery and heldout35's people album (here an
event's photo with name tags over the chins and days of thumbnails of people at depths at the
venue). Ten layouts:
- matches and chats (``match_chats``): one's 22-28 px face; the likes' tile (a blurred face) and new
  matches (``new_match``: 27-45 px in rings, cut by the right edge); chats (``chat_row``: 24-34 px,
  photos of 18-34 px on some, expired rows faded);
- a speed-dating lobby (``speed_dating``): the host (26-34 px); the next date (a portrait, 44-80
  px); tables (``table_card``: 22-30 px pairs); the lobby (stacks of 18-22 px);
- language partners (``language_partners``): one's 22-28 px face; online now (24-32 px in green
  rings under a flag, cut by the right edge); partners (``partner_row``: 26-36 px under two flags,
  moments' photos of 18-40 px on 25 %);
- "likes you" (``likes_grid``): the recently active (18-22 px); top picks (``top_pick``: 26-56 px,
  cut by the right edge); likes (``like_cell``: 22-50 px in three columns, 20-40 px in four,
  blurred or pixelated);
- a friend finder (``friend_map``): one's own place (26-34 px in a ring); pins (``bubble_pin``:
  22-32 px, faded on some); a cluster (18-22 px); people nearby (``nearby_card``: 26-50 px, cut by
  the right edge); hangouts (``hangout_row``: stacks of 18-22 px);
- a dating deck (``swipe_deck``): one's 22-28 px face; "new here" (20-26 px in rings, cut by the
  right edge); the top card (``framed_person``: 150-440 px, across the screen's edge on half; a
  group photo's 40-160 px on 30 %) under a gradient, name and tags;
- a meetup group (``meetup_group``): the cover (``staged``: front faces 50-150 px, the back ones
  down to 10 px) under a gradient; organisers (30-44 px in rings); members (stacks of 18-24 px);
  events (``event_row``: hosts 22-28 px, stacks of 18-22 px, photos of 18-40 px on 40 %);
- a group's album (``group_album``): contributors (18-24 px); the event's photo (``staged``: 40-120
  px, the back ones down to 12 px) with name tags (``name_tags``); thumbnails (``album_thumb``:
  18-40 px, the back ones down to 14 px);
- a tutor's video lesson (``tutor_call``): the tutor (``framed_person``: 140-420 px, across the
  screen's edge on 40 %); one's camera (40-110 px, dragged over the edge on 35 %); classmates (20-40
  px, cut by the right edge) on half; the lesson's chat (``lesson_line``: 20-26 px);
- a profile check (``verify_profile``): the pose (``pose_pair``: a model's 50-110 px, one's selfie
  80-200 px); one's photos (``photo_slot``: the main one's 30-120 px, the others' 20-60 px, faded
  when not approved); who vouched (18-22 px); one's badge (28-36 px).
Sizes are what a layout asks for: a photo's other people, a group photo's close cut or a stack's
slightly smaller faces can differ (the table below counts what is drawn). "New here", top picks,
new matches, people nearby, partners online and classmates run past the right edge, their last item
across it with 30-70 % of it showing (heldout38's ``across_edge``), so some faces are cut by the
edge and counted while half of their box shows (the capture's right 8 px are black padding); the
large faces of the deck's card and the tutor's camera are on some cut by the screen's left or right
edge the same way. Light, dark and tinted themes (the deck, the lobby and the lesson mostly dark);
JPEG quality 30-60. The cards' segments and tags, the deck's buttons, typing bubbles, flags, ticks,
"matched" and "not approved" tags, name tags, the subtitle's band, pins' bubbles and emoji, the
gold "see who likes you" button, selection rings, duration chips, sheets, buttons and tab bars take
the pixels they cover; a face under them counts while half of its box shows; rings and bubbles are
drawn before the faces they hold; the gradients over the card and the group's cover, the scrims
over the top picks' and the lesson's titles, the blur and the pixels over the likes, and the grey of
expired chats, long unseen pins and photos not approved leave the faces under them counted as they
look; initials, flags, "+N" discs, dashed seats, emoji and drawn things are never faces. Only
portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,661 faces (1,331 under 32 px, 275 of 32-63, 41 of 64-127,
14 larger; 1,467 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pins, stacks,
cards, portraits and frames, round things where people would stand); ``reps=1`` a quarter (18
screens with 434 faces: 343, 79, 9 and 3 by size, 386 under 40 px; 13 face-free). Each layout has
people twice a round but the deck and the lesson, once (one large face and a few small ones: 19.5
and 12.75 faces a screen at 4 reps). The faces of each layout at 4 reps, under 32 px, of 32-63, of
64-127 and of 128 or more:
    match_chats        8 screens   159 faces: 105,  54,   0,   0
    speed_dating       8 screens   207 faces: 196,  11,   0,   0
    language_partners  8 screens   228 faces: 208,  20,   0,   0
    likes_grid         8 screens   142 faces: 102,  40,   0,   0
    friend_map         8 screens   143 faces: 133,  10,   0,   0
    swipe_deck         4 screens    78 faces:  70,   0,   3,   5
    meetup_group       8 screens   278 faces: 242,  25,  10,   1
    group_album        8 screens   255 faces: 191,  49,  15,   0
    tutor_call         4 screens    51 faces:  30,  16,   1,   4
    verify_profile     8 screens   120 faces:  54,  50,  12,   4
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
import heldout15 as H15
import heldout26 as H26
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import dots, off, outlined, stepped
from heldout11 import INK
from heldout16 import pixelated
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, progress, tab_bar, words
from heldout22 import call_controls, camera_off, name_label, self_view, stack
from heldout23 import FONT, WIDTH, living_room, map_area, new_screen, star, tag, tick_badge
from heldout24 import RED, flag_badge, section
from heldout25 import OBJECTS, dashed_circle, object_emoji, ring_progress, who
from heldout33 import ring_avatar, rounded_corners
from heldout37 import faded, rounded_card, rows_to_tab_bar
from heldout38 import across_edge, rows_above, staged
from heldout39 import finish_with_button

HELDOUT40_SEED = 40404
LANGUAGES: tuple[str, ...] = ("EN", "ES", "FR", "DE", "IT", "PT", "JA", "KO", "ZH", "AR", "PL", "TR")
INTERESTS: tuple[str, ...] = (
    "Hiking", "Coffee", "Board games", "Jazz", "Cooking", "Climbing", "Films", "Travel", "Yoga", "Books",
    "Salsa", "Museums",
)  # fmt: skip
GROUPS: tuple[str, ...] = (
    "Sunday Hikers", "Board Game Night", "Language Cafe", "New in Town", "Jazz & Wine", "Book Swap Club",
    "Run & Brunch",
)  # fmt: skip
EVENTS: tuple[str, ...] = (
    "Picnic in the park", "Quiz night", "Tapas & talk", "Sunset walk", "Salsa for beginners",
    "Museum late", "Karaoke social",
)  # fmt: skip
LESSONS: tuple[str, ...] = (
    "Ordering food",
    "Past tense",
    "At the doctor",
    "Small talk",
    "Directions",
    "Idioms",
)
LINES: tuple[str, ...] = (
    "haha same", "where are you from?", "coffee on Sat?", "love that place", "see you there!",
    "how was the hike", "sounds fun", "I'm free Thursday",
)  # fmt: skip
WARM: Colour = (150, 215, 255)  # a bulb's warm light (BGR)
AMBER: Colour = (40, 170, 250)


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def string_lights(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A garden at dusk strung with lights (a meetup's evening): a sky graded from deep blue down
    to a warm horizon, a dark hedge along it, a lawn, two or three swags of wire sagging across
    from posts at the sides, bulbs along each as warm discs in a faint glow."""
    img = np.zeros((h, w, 3), np.uint8)
    horizon = round(h * rng.uniform(0.45, 0.6))
    top = rng.choice(((90, 40, 30), (110, 50, 60), (80, 50, 40)))
    gradient(img, (0, 0, w, horizon), top, rng.choice(((120, 160, 230), (140, 150, 220), (100, 130, 200))))
    lawn = rng.choice(((50, 110, 60), (40, 90, 50), (60, 120, 80)))
    gradient(img, (0, horizon, w, h), tone(lawn, -10), tone(lawn, -40))
    hedge = (30, 60, 35)
    cv2.rectangle(img, (0, horizon - max(2, h // 30)), (w, horizon + max(1, h // 60)), hedge, -1)
    x = 0
    while x < w:
        r = max(3, round(w * rng.uniform(0.04, 0.08)))
        cv2.ellipse(img, (x, horizon - h // 30), (r, max(2, r * 2 // 3)), 0, 180, 360, hedge, -1, cv2.LINE_AA)
        x += r
    post = (40, 50, 60)
    for px in (round(w * 0.04), round(w * 0.96)):
        cv2.line(img, (px, round(h * 0.05)), (px, horizon + h // 10), post, max(2, w // 90))
    glow = img.copy()
    bulbs = []
    for k in range(rng.randrange(2, 4)):
        y0, sag = h * (0.06 + 0.11 * k), h * rng.uniform(0.05, 0.12)
        xs = np.linspace(w * 0.04, w * 0.96, 24)
        ys = y0 + sag * (1 - ((xs - w / 2) / (w * 0.46)) ** 2)
        wire = np.stack([xs, ys], axis=1).round().astype(np.int32)
        cv2.polylines(img, [wire], False, (30, 30, 35), max(1, w // 300), cv2.LINE_AA)
        step = rng.randrange(2, 4)
        r = max(1, w // 90)
        for bx, by in wire[1:-1:step]:
            cv2.circle(glow, (int(bx), int(by) + r), r * 4, WARM, -1, cv2.LINE_AA)
            bulbs.append((int(bx), int(by) + r, r))
    cv2.addWeighted(glow, 0.25, img, 0.75, 0, img)
    for bx, by, r in bulbs:
        cv2.circle(img, (bx, by), r, (200, 245, 255), -1, cv2.LINE_AA)
    return img


def bar_shelf(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bar's back wall (where a meetup meets): dark wood panels, two or three lit shelves of
    bottles of varied heights and colours with a pale highlight down one side, warm out-of-focus
    lights near the top, the counter's edge across the foot."""
    wood = rng.choice(((30, 50, 70), (40, 45, 55), (25, 35, 50)))
    img = np.full((h, w, 3), wood, np.uint8)
    for x in range(0, w, max(6, w // 8)):
        cv2.line(img, (x, 0), (x, h), tone(wood, -12), max(1, w // 200))
    counter = round(h * rng.uniform(0.82, 0.9))
    shelves = rng.randrange(2, 4)
    gap = counter / (shelves + 0.6)
    for k in range(shelves):
        sy = round(gap * (k + 1.6))
        cv2.rectangle(img, (0, sy), (w, sy + max(2, h // 60)), (150, 190, 220), -1)
        x = rng.randrange(0, max(1, w // 20))
        while x < w:
            bw = max(3, round(w * rng.uniform(0.03, 0.06)))
            bh = max(6, round(gap * rng.uniform(0.5, 0.85)))
            glass = rng.choice(((40, 90, 40), (30, 60, 120), (200, 200, 210), (40, 120, 170), (60, 40, 110)))
            body = sy - bh * 2 // 3
            cv2.rectangle(img, (x, body), (x + bw, sy), glass, -1)
            neck = max(1, bw // 3)
            cv2.rectangle(img, (x + (bw - neck) // 2, sy - bh), (x + (bw + neck) // 2, body), glass, -1)
            cv2.line(img, (x + max(1, bw // 5), body + 2), (x + max(1, bw // 5), sy - 2), tone(glass, 70), 1)
            x += bw + rng.randrange(1, max(2, bw))
    haze = img.copy()
    for _ in range(rng.randrange(4, 9)):
        c = (rng.randrange(w), rng.randrange(max(1, round(gap))))
        cv2.circle(haze, c, max(2, round(w * rng.uniform(0.03, 0.07))), WARM, -1, cv2.LINE_AA)
    cv2.addWeighted(haze, 0.35, img, 0.65, 0, img)
    cv2.rectangle(img, (0, counter), (w, h), tone(wood, -15), -1)
    cv2.rectangle(img, (0, counter), (w, counter + max(2, h // 50)), (120, 150, 180), -1)
    return img


def flashcards(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Language flashcards fanned on a desk: three to five pale cards each turned a little, a word
    as a bold bar, its translation as a thinner one under a rule, a flag's three stripes in a
    corner; a pencil lying across them."""
    desk = rng.choice(((120, 160, 200), (90, 110, 140), (200, 205, 210), (60, 70, 80)))
    img = np.full((h, w, 3), desk, np.uint8)
    n = rng.randrange(3, 6)
    for k in range(n):
        cw, ch = max(8, round(w * rng.uniform(0.45, 0.6))), max(6, round(h * rng.uniform(0.26, 0.38)))
        paper = rng.choice(((245, 245, 240), (220, 240, 250), (230, 250, 230), (250, 230, 240)))
        card = np.full((ch, cw, 3), paper, np.uint8)
        t = max(1, ch // 10)
        cv2.rectangle(
            card, (cw // 8, ch // 4), (cw // 8 + round(cw * rng.uniform(0.3, 0.6)), ch // 4 + t), INK, -1
        )
        cv2.line(card, (cw // 8, ch // 2), (cw * 7 // 8, ch // 2), tone(paper, -40), 1)
        cv2.rectangle(card, (cw // 8, ch * 2 // 3), (cw // 8 + round(cw * rng.uniform(0.2, 0.5)),
                      ch * 2 // 3 + max(1, t // 2)), (120, 90, 60), -1)  # fmt: skip
        fw = max(3, cw // 6)
        for j in range(3):
            cv2.rectangle(
                card,
                (cw - fw - 4, 4 + j * max(1, fw // 4)),
                (cw - 4, 4 + (j + 1) * max(1, fw // 4)),
                random_colour(rng, 30, 240),
                -1,
            )
        piece, _faces, where = H11.turned(card, [], rng.uniform(-18, 18))
        x = round(max(0, w - piece.shape[1]) * rng.uniform(0.1, 0.9))
        y = round(max(0, h - piece.shape[0]) * k / max(1, n - 1))
        blit(img, piece[: h - y, : w - x], x, y, where[: h - y, : w - x])  # clipped to the picture
    a = (round(w * rng.uniform(0.05, 0.3)), round(h * rng.uniform(0.6, 0.95)))
    b = (round(w * rng.uniform(0.6, 0.95)), round(h * rng.uniform(0.5, 0.9)))
    cv2.line(img, a, b, (40, 200, 240), max(2, w // 50), cv2.LINE_AA)
    cv2.circle(img, b, max(1, w // 100), (60, 60, 60), -1, cv2.LINE_AA)
    return img


def desk_globe(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk globe (a tutor's shelf): a pale wall over a desk, the globe's ocean as a disc with
    three to five land masses of green and ochre on it, a brass meridian's half ring round it, its
    stem and round foot."""
    wall = rng.choice(((225, 230, 235), (200, 215, 230), (170, 180, 190), (210, 200, 190)))
    img = np.full((h, w, 3), wall, np.uint8)
    desk = round(h * rng.uniform(0.82, 0.9))
    cv2.rectangle(img, (0, desk), (w, h), rng.choice(((60, 90, 130), (40, 60, 90), (150, 160, 170))), -1)
    r = max(4, round(min(w, h) * rng.uniform(0.26, 0.34)))
    c = (w // 2 + rng.randrange(-(w // 10), w // 10 + 1), min(desk - r - r // 2, round(h * 0.42)))
    globe = np.zeros((h, w, 3), np.uint8)
    cv2.circle(globe, c, r, rng.choice(((170, 110, 40), (190, 140, 60), (150, 90, 30))), -1, cv2.LINE_AA)
    for _ in range(rng.randrange(3, 6)):
        mc = (c[0] + rng.randrange(-r, r + 1), c[1] + rng.randrange(-r, r + 1))
        pts = [
            (
                mc[0] + round(r * rng.uniform(0.1, 0.45) * np.cos(a)),
                mc[1] + round(r * rng.uniform(0.1, 0.45) * np.sin(a)),
            )
            for a in np.linspace(0, 2 * np.pi, rng.randrange(5, 9), endpoint=False)
        ]
        land = rng.choice(((60, 150, 80), (80, 170, 120), (90, 160, 200)))
        cv2.fillPoly(globe, [np.array(pts, np.int32)], land, cv2.LINE_AA)
    disc = np.zeros((h, w), np.uint8)
    cv2.circle(disc, c, r, 255, -1, cv2.LINE_AA)
    blit(img, globe, 0, 0, disc)
    brass = (60, 150, 190)
    t = max(1, r // 14)
    cv2.ellipse(img, c, (r + r // 8, r + r // 8), 20, -100, 100, brass, t, cv2.LINE_AA)
    foot = min(desk, c[1] + r + r // 2)
    cv2.line(img, (c[0], c[1] + r + r // 8), (c[0], foot), brass, t + 1)
    cv2.ellipse(
        img, (c[0], foot), (max(2, r // 2), max(1, r // 8)), 0, 0, 360, tone(brass, -40), -1, cv2.LINE_AA
    )
    return img


def bouquet(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A bouquet of tulips (a first date's): green stems fanning up from a kraft paper cone tied
    with a ribbon, each head two overlapping ovals of one colour, a few long leaves."""
    back = rng.choice(((235, 230, 245), (220, 235, 240), (70, 60, 80), (240, 240, 230)))
    img = np.full((h, w, 3), back, np.uint8)
    neck = (w // 2, round(h * 0.6))
    stem = (60, 140, 70)
    heads = [
        (round(w * rng.uniform(0.2, 0.8)), round(h * rng.uniform(0.12, 0.42)))
        for _ in range(rng.randrange(5, 9))
    ]
    for hx, hy in heads:
        cv2.line(img, (hx, hy), neck, stem, max(1, w // 80), cv2.LINE_AA)
    for _ in range(rng.randrange(2, 4)):
        lc = (round(w * rng.uniform(0.3, 0.7)), round(h * rng.uniform(0.4, 0.55)))
        cv2.ellipse(
            img,
            lc,
            (max(2, w // 30), max(3, h // 7)),
            rng.uniform(-40, 40),
            0,
            360,
            tone(stem, -20),
            -1,
            cv2.LINE_AA,
        )
    for hx, hy in heads:
        colour = rng.choice(((60, 60, 220), (150, 80, 230), (40, 200, 250), (200, 200, 250), (80, 40, 160)))
        a, b = max(2, w // 22), max(3, h // 16)
        cv2.ellipse(img, (hx - a // 3, hy), (a, b), 8, 0, 360, colour, -1, cv2.LINE_AA)
        cv2.ellipse(img, (hx + a // 3, hy), (a, b), -8, 0, 360, tone(colour, -25), -1, cv2.LINE_AA)
    kraft = (110, 160, 200)
    cone = np.array(
        [[round(w * 0.28), round(h * 0.52)], [round(w * 0.72), round(h * 0.52)], [w // 2, round(h * 0.98)]],
        np.int32,
    )
    cv2.fillPoly(img, [cone], kraft, cv2.LINE_AA)
    cv2.line(
        img,
        (round(w * 0.38), round(h * 0.7)),
        (round(w * 0.62), round(h * 0.7)),
        random_colour(rng, 40, 220),
        max(2, h // 40),
    )
    return img


RENDERS: tuple[H11.Render, ...] = (string_lights, bar_shelf, flashcards, desk_globe, bouquet)
VENUES: tuple[H11.Render, ...] = (string_lights, bar_shelf)  # where a meetup's people stand
STUDIES: tuple[H11.Render, ...] = (living_room, desk_globe, bar_shelf)  # behind a tutor or a date's photo


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h40-, whose drawn things are this set's: string lights in a garden, a bar's
    shelf, flashcards, a desk globe, a bouquet of tulips."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h40-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def framed_person(
    cast: Cast, rng: random.Random, s: Screen, rect: tuple[int, int, int, int], fp: float, cut: bool
) -> float:
    """A camera's or a profile photo's frame over ``rect``: a drawn room or bar (``STUDIES``)
    softened by the lens, one person in front of it (heldout11's ``figure``: head, shoulders and
    the body under them), the face ``fp`` px; round the frame's middle, or with ``cut`` across the
    screen's left or right edge with 5-40 % of it past the edge (counted while half of its box
    shows). A face-free cast stands a round thing there. Returns the face's x."""
    x1, y1, x2, y2 = rect
    blit(s.img, H15.blurred(H11.render(rng, x2 - x1, y2 - y1, STUDIES), rng.uniform(2, 6)), x1, y1)
    if cut:
        past = rng.uniform(0.05, 0.4)
        cx = rng.choice((fp * (0.5 - past), WIDTH - fp * (0.5 - past)))
    else:
        cx = x1 + (x2 - x1) * rng.uniform(0.35, 0.65)
    H11.figure(cast, s, cx, y1 + (y2 - y1) * rng.uniform(0.28, 0.4), fp, rect, True)
    return cx


def typing_bubble(img: np.ndarray, x: int, y: int, back: Colour, rim: Colour) -> None:
    """A "typing" bubble over an avatar's lower right: a pill of ``back`` in a rim of ``rim`` with
    three grey dots (it takes the pixels it covers)."""
    pill(img, x - 3, y - 3, 62, 36, rim)
    pill(img, x, y, 56, 30, back)
    for k in range(3):
        cv2.circle(img, (x + 14 + k * 14, y + 15), 4, GREY, -1, cv2.LINE_AA)


def flags(img: np.ndarray, rng: random.Random, x: int, y: int, side: int, rim: Colour) -> None:
    """A language partner's two flags over the avatar (``side`` px at x, y): the language spoken
    over its lower left, the one learnt over its lower right (heldout24's ``flag_badge``, each
    taking the pixels it covers)."""
    r = max(8, side // 5)
    flag_badge(img, rng, (x + r // 2, y + side - r // 2), r, rim)
    flag_badge(img, rng, (x + side - r // 2, y + side - r // 2), r, rim)


def level_bars(img: np.ndarray, x: int, y: int, level: int, on: Colour, rest: Colour) -> int:
    """A language level as five rising bars from (x, y) (their feet), ``level`` of them lit. Returns
    the x right of them."""
    for k in range(5):
        cv2.rectangle(img, (x + k * 9, y - 6 - k * 3), (x + k * 9 + 5, y), on if k < level else rest, -1)
    return x + 45


def bubble_pin(
    cast: Cast, rng: random.Random, s: Screen, tip: tuple[int, int], lo: float, hi: float, rim: Colour
) -> tuple[int, int, int]:
    """A friend on a friend-finder's map: a rounded square photo (faces ``lo``-``hi`` px) in a
    bubble of ``rim`` whose tail points at ``tip`` (the bubble drawn before the photo). Returns the
    photo's x, y and side."""
    fp, side = _size(rng, lo, small(rng, lo + 0.5, hi), (1.1, 1.25))
    pad = max(4, side // 8)
    x, y = tip[0] - side // 2, tip[1] - side - pad - 14
    rounded_card(s.img, x - pad, y - pad, side + 2 * pad, side + 2 * pad, pad * 2, rim)
    tail = np.array([[tip[0] - 9, y + side + pad - 2], [tip[0] + 9, y + side + pad - 2], tip], np.int32)
    cv2.fillPoly(s.img, [tail], rim, cv2.LINE_AA)
    cast.avatar(s, x, y, fp, side, "rounded")
    return x, y, side


def chat_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A match's chat in a dating app's list: the 24-34 px face (initials on some); on 25 % a
    typing bubble over its lower right and "typing..." in the accent, else the last line; the name,
    the time, an unread dot or a "Your move" tag; on 15 % the last message a photo (faces 18-34 px)
    at the right; on 12 % an expired match, the row drawn again grey and faded towards the page
    (its faces counted as they look). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y + 10, 24, 34, (1.15, 1.3), "circle", person=True)
    x = 54 + sd
    typing = rng.random() < 0.25
    if typing:
        typing_bubble(img, 30 + sd * 2 // 3, y + 10 + sd * 2 // 3, off(s.bg, 16), s.bg)
    note(img, who(rng), (x, y + 34), 0.62, s.fg, 2)
    note(img, "typing..." if typing else rng.choice(LINES), (x, y + 66), 0.5, s.accent if typing else GREY)
    note(img, rng.choice(("now", "2m", "1h", "Mon", "Sun")), (WIDTH - 130, y + 30), 0.45, GREY)
    if rng.random() < 0.15:
        cast.photo(s, WIDTH - 210, y + 10, 70, 70, small(rng, 18.3, 34), rounded_rect(70, 70, 12))
    if rng.random() < 0.3:
        cv2.circle(img, (WIDTH - 60, y + 60), 9, s.accent, -1, cv2.LINE_AA)
    elif rng.random() < 0.3:
        tag(img, WIDTH - 240, y + 44, "Your move", off(s.bg, 26), 30)
    h = max(sd, 70) + 28
    if rng.random() < 0.12:
        H10.redrawn(s, (20, y, WIDTH - 20, y + h - 8), faded(s.bg))
        note(img, "Expired", (WIDTH - 160, y + 66), 0.45, RED, 2)
    cv2.line(img, (x, y + h - 4), (WIDTH - 30, y + h - 4), off(s.bg, 14), 1)
    return h


def new_match(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int) -> None:
    """A new match waiting in the queue: the round face (``side`` / 1.2-1.35 px) inside a ring of the
    time left to say hi (amber, red when under a quarter; drawn before the face), the name under
    it."""
    left = rng.uniform(0.05, 1.0)
    c = (x + side // 2, y + side // 2)
    ring_progress(s.img, c, side // 2 + 8, left, RED if left < 0.25 else AMBER, off(s.bg, 24), 5)
    cast.avatar(s, x, y, side / rng.uniform(1.2, 1.35), side, "circle")
    note(s.img, who(rng)[:7], (x + 2, y + side + 36), 0.45, s.fg)


def like_cell(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int, lo: float, hi: float
) -> None:
    """A cell of "Likes you": a portrait (heldout11's ``portrait``: the face ``lo``-``hi`` px),
    rounded; a super like's left clear under a blue star on 12 %, the others hidden until one pays:
    under a Gaussian blur of sigma 3-6 or pixelated into blocks of a sixth to a ninth of the face
    (heldout16's ``pixelated``), half and half (the faces counted as they look), a heart over their
    lower left; the name as grey bars."""
    fp = small(rng, lo, hi)
    piece, faces = H11.portrait(cast, cw, ch, fp)
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ch, cw, 16))
    roll = rng.random()
    rect = (x, y, x + cw, y + ch)
    if roll < 0.12:
        badge(s.img, (x + 30, y + ch - 30), 18, (230, 160, 40), "", WHITE)
        star(s.img, (x + 30, y + ch - 30), 11, WHITE)
    elif roll < 0.56:
        sigma = rng.uniform(3, 6)
        H10.redrawn(s, rect, lambda part: H15.blurred(part, sigma))
        heart(s.img, (x + 30, y + ch - 28), 14, WHITE)
    else:
        H10.redrawn(s, rect, pixelated(max(3, round(fp / rng.uniform(6, 9))), rng.random() < 0.7))
        heart(s.img, (x + 30, y + ch - 28), 14, WHITE)
    for k, bw in enumerate((round(cw * rng.uniform(0.4, 0.7)), round(cw * 0.3))):
        cv2.rectangle(
            s.img, (x + 4, y + ch + 14 + k * 22), (x + 4 + bw, y + ch + 26 + k * 22), off(s.bg, 30), -1
        )


def top_pick(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """A top pick, left clear: a portrait (faces 26-56 px) under a scrim along its foot with the
    name and age, a "Top pick" tag over its top left."""
    piece, faces = H11.portrait(cast, cw, ch, small(rng, 26, 56))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ch, cw, 16))
    H5.scrim(s, (x, y + ch - 56, x + cw, y + ch), 0.5)
    note(s.img, f"{who(rng)[:8]}, {rng.randrange(21, 45)}", (x + 12, y + ch - 18), 0.55, WHITE, 2)
    tag(s.img, x + 10, y + 10, "Top pick", GOLD, 30)


def table_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A table at a speed-dating evening: the table's number, the two daters' round 22-30 px faces
    facing each other across a heart (one seat empty and dashed on 20 %: "waiting"), the round's
    time left as a bar, "Matched" in green over the card's top on some. Returns its height."""
    img = s.img
    card = off(s.bg, 10)
    ch = 150
    rounded_card(img, x, y, cw, ch, 16, card)
    note(img, f"Table {rng.randrange(1, 30)}", (x + 14, y + 32), 0.5, GREY, 2)
    fp, side = _size(rng, 22, small(rng, 23, 30), (1.15, 1.3))
    left, right = x + cw // 2 - side - 26, x + cw // 2 + 26
    cast.avatar(s, left, y + 50, fp, side, "circle")
    if rng.random() < 0.2:
        dashed_circle(img, (right + side // 2, y + 50 + side // 2), side // 2, GREY)
    else:
        fq = fp * rng.uniform(0.92, 1.08)
        cast.avatar(s, right, y + 50, fq, side, "circle")
    heart(img, (x + cw // 2, y + 50 + side // 2), 10, RED if rng.random() < 0.5 else GREY)
    progress(img, x + 14, y + ch - 18, cw - 28, rng.random(), s.accent, off(card, 30), 6)
    if rng.random() < 0.15:
        tag(img, x + cw - 120, y + 10, "Matched", GREEN, 28)
    return ch + 16


def event_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An event of a meetup group: the date in a block, the title and the venue, the host's 22-28 px
    face with "Hosted by", who is going (a stack of 18-22 px, "+N"); on 40 % the event's photo at the
    right (last time's people, faces 18-40 px, cut by its edges, or a thing). Returns its height."""
    img = s.img
    rounded_card(img, 30, y + 6, 96, 104, 14, off(s.bg, 14))
    note(img, rng.choice(("JUN", "JUL", "AUG", "SEP")), (50, y + 46), 0.55, s.accent, 2)
    note(img, str(rng.randrange(1, 29)), (52, y + 92), 0.95, s.fg, 2)
    x = 150
    photo = rng.random() < 0.4
    note(img, rng.choice(EVENTS), (x, y + 34), 0.62, s.fg, 2)
    note(
        img,
        f"{rng.choice(('Sat', 'Sun', 'Fri'))} {rng.randrange(10, 21)}:00 - {who(rng)}'s",
        (x, y + 64),
        0.45,
        GREY,
    )
    sd = face_avatar(cast, s, rng, x, y + 80, 22, 28, (1.1, 1.25), "circle", person=True)
    note(img, "Hosted by " + who(rng), (x + sd + 12, y + 80 + sd // 2 + 6), 0.45, GREY)
    end = stack(cast, s, rng, x, y + 124, rng.randrange(2, 6), 18.3, 22, s.bg, rng.randrange(0, 40))
    note(img, "going", (end + 10, y + 150), 0.45, GREY)
    if photo:
        cut_photo(cast, rng, s, WIDTH - 230, y + 10, 200, 150, 18.3, 40, rounded_rect(150, 200, 14), 0.8)
    cv2.line(img, (30, y + 178), (WIDTH - 30, y + 178), off(s.bg, 14), 1)
    return 190


def partner_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A language-exchange partner: the 26-36 px face (initials on some) with the flags of the
    language spoken and the one learnt over its lower corners, a green "online" dot over its upper
    right on some; the name, the age and the city, "speaks" and "learns" with level bars, a line of
    the intro, a "Say hi" button; on 25 % the partner's moments (two or three photos, faces 18-40
    px, cut by their edges). Returns its height."""
    img = s.img
    fp, side = _size(rng, 26, small(rng, 27, 36), (1.25, 1.45))
    cast.person(s, 30, y + 10, fp, side, "circle")
    flags(img, rng, 30, y + 10, side, s.bg)
    if rng.random() < 0.4:
        badge(img, (26 + side, y + 16), 8, GREEN, "", s.bg)
    x = 60 + side
    note(img, f"{who(rng)}, {rng.randrange(18, 60)}", (x, y + 32), 0.62, s.fg, 2)
    note(
        img,
        rng.choice(("Madrid", "Lyon", "Osaka", "Seoul", "Porto", "Berlin")),
        (x + 220, y + 32),
        0.45,
        GREY,
    )
    a, b = rng.sample(LANGUAGES, 2)
    note(img, f"speaks {a}", (x, y + 64), 0.45, s.fg)
    end = level_bars(img, x + 108, y + 64, 5, GREEN, off(s.bg, 40))
    note(img, f"learns {b}", (end + 20, y + 64), 0.45, s.fg)
    level_bars(img, end + 124, y + 64, rng.randrange(1, 5), s.accent, off(s.bg, 40))
    note(img, words(rng, rng.randrange(3, 6)), (x, y + 96), 0.45, GREY)
    outlined(img, WIDTH - 170, y + 14, 140, 50, s.accent, s.bg)
    note(img, "Say hi", (WIDTH - 140, y + 47), 0.55, s.accent, 2)
    h = max(side + 20, 110)
    if rng.random() < 0.25:
        for k in range(rng.randrange(2, 4)):
            cut_photo(cast, rng, s, x + k * 172, y + h, 160, 120, 18.3, 40, rounded_rect(120, 160, 12), 0.75)
        h += 136
    cv2.line(img, (x, y + h + 4), (WIDTH - 30, y + h + 4), off(s.bg, 14), 1)
    return h + 14


def lesson_line(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A line of a lesson's chat: the tutor's or the learner's 20-26 px face (initials on some), a
    bubble of words; on the learner's, half the time, the tutor's correction under it (a struck red
    word, a green one). Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 20, 26, (1.1, 1.25), "circle", person=True)
    text = words(rng, rng.randrange(3, 7))
    (tw, _th), _ = cv2.getTextSize(text, FONT, 0.5, 1)
    rounded_card(img, 44 + sd, y, min(WIDTH - 74 - sd, tw + 40), 44, 16, off(s.bg, 16))
    cv2.putText(img, text, (64 + sd, y + 29), FONT, 0.5, s.fg, 1, cv2.LINE_AA)
    h = max(sd, 44) + 10
    if rng.random() < 0.4:
        wrong = rng.choice(("quiero", "fui", "tengo", "estoy", "ser"))
        note(img, wrong, (64 + sd, y + h + 22), 0.5, RED)
        cv2.line(img, (62 + sd, y + h + 16), (64 + sd + 14 * len(wrong), y + h + 16), RED, 2)
        note(
            img,
            rng.choice(("quisiera", "iba", "tenia", "soy", "estar")),
            (80 + sd + 14 * len(wrong), y + h + 22),
            0.5,
            GREEN,
            2,
        )
        h += 36
    return h + 8


def pose_pair(cast: Cast, rng: random.Random, s: Screen, y: int, ph: int) -> None:
    """A profile check's two photos side by side, ``ph`` px high: the pose to copy (a model's
    portrait, faces 50-110 px, under "Copy this pose" and a drawn hand's sign as a thing) and one's
    selfie (faces 80-200 px, cut by its frame on some) with a scan line across it and corner ticks;
    a result tag over its foot."""
    img = s.img
    pw = (WIDTH - 80) // 2
    piece, faces = H11.portrait(cast, pw, ph, small(rng, 50, 110))
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 20))
    tag(img, 44, y + 14, "Copy this pose", (30, 30, 30), 34)
    sx = 50 + pw
    framed_person(cast, rng, s, (sx, y, sx + pw, y + ph), rng.uniform(80, min(200.0, pw * 0.45)), False)
    rounded_corners(s, (sx, y, sx + pw, y + ph), 20)
    line = y + round(ph * rng.uniform(0.2, 0.8))
    cv2.line(img, (sx + 10, line), (sx + pw - 10, line), s.accent, 3)
    for cx, cy, dx, dy in (
        (sx + 16, y + 16, 1, 1),
        (sx + pw - 16, y + 16, -1, 1),
        (sx + 16, y + ph - 16, 1, -1),
        (sx + pw - 16, y + ph - 16, -1, -1),
    ):
        cv2.line(img, (cx, cy), (cx + 40 * dx, cy), WHITE, 4)
        cv2.line(img, (cx, cy), (cx, cy + 40 * dy), WHITE, 4)
    ok = rng.random() < 0.7
    tag(img, sx + 20, y + ph - 60, "Looks like you" if ok else "Try again", GREEN if ok else RED, 38)


def photo_slot(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int, lo: float, hi: float, text: str
) -> None:  # fmt: skip
    """A slot of a dating profile's photos: a photo (people with faces ``lo``-``hi`` px, cut by its
    edges, or a thing), rounded, a small "x" to remove it; ``text`` tagged over its top left; on 12
    % one not approved: drawn again grey and faded, "Not approved" in red (its faces counted as they
    look); or on 10 % an empty slot, dashed with a plus."""
    img = s.img
    roll = rng.random()
    if roll < 0.1:
        rounded_card(img, x, y, w, h, 18, off(s.bg, 12))
        dashed_circle(img, (x + w // 2, y + h // 2), min(w, h) // 5, GREY)
        return
    cut_photo(cast, rng, s, x, y, w, h, lo, hi, rounded_rect(h, w, 18), 0.9)
    badge(img, (x + w - 22, y + 22), 14, (40, 40, 40), "x", WHITE)
    if text:
        tag(img, x + 12, y + 12, text, s.accent, 30)
    if roll < 0.22:
        H10.redrawn(s, (x, y, x + w, y + h), faded(s.bg))
        tag(img, x + 12, y + h - 46, "Not approved", RED, 32)


def album_thumb(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, picking: bool) -> None:
    """A thumbnail in a group's album: a square photo of the meetup, on half people at two or three
    depths at a drawn venue (``staged``: the front faces 18-40 px, the back ones down to 14 px, drawn
    and not counted), else a snapshot (faces 18-40 px, cut by its edges) or a thing; a video's
    duration chip over its foot on 20 %; when ``picking`` a selection ring over its top right
    (ticked on some); a heart's count over its lower left on 25 % (all of them take the pixels they
    cover)."""
    img = s.img
    if rng.random() < 0.5:
        hi = small(rng, 18.3, 40)
        piece, faces = staged(cast, rng, VENUES, rng.randrange(2, 4), (1, 3), side, side, 14, hi)
        H11.paste_photo(cast, s, piece, faces, x, y)
    else:
        cut_photo(cast, rng, s, x, y, side, side, 18.3, small(rng, 19, 40), None, 0.5)
    if rng.random() < 0.2:
        tag(img, x + side - 84, y + side - 40, f"0:{rng.randrange(5, 59):02d}", (30, 30, 30), 30)
    if picking:
        on = rng.random() < 0.4
        badge(
            img, (x + side - 26, y + 26), 15, s.accent if on else (90, 90, 90), "check" if on else "", WHITE
        )
    if rng.random() < 0.25:
        heart(img, (x + 22, y + side - 22), 10, WHITE)
        note(img, str(rng.randrange(1, 40)), (x + 36, y + side - 14), 0.45, WHITE, 2)


def name_tags(s: Screen, rng: random.Random, first: int) -> None:
    """Tags on a group photo's people: under two to four of the faces counted since the ``first``-th
    that are 40 px or more, a name's label laid over the chin (it takes the pixels it covers: a face
    left with under half of its box is not counted)."""
    big = [b for b in s.comp.faces[first:] if b[2] - b[0] >= 40]
    for x1, _y1, x2, y2 in rng.sample(big, min(len(big), rng.randrange(2, 5))):
        name = who(rng)[:8]
        (tw, _th), _ = cv2.getTextSize(name, FONT, 28 / 52, 1)
        tag(s.img, round((x1 + x2) / 2 - tw / 2 - 11), round(y2 - 10), name, WHITE, 28)


def nearby_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, ch: int) -> None:
    """Someone nearby in a friend finder's sheet: a portrait (faces 26-50 px), rounded; the name,
    the distance and an interest shared; a "Wave" button."""
    piece, faces = H11.portrait(cast, cw, ch, small(rng, 26, 50))
    H11.paste_photo(cast, s, piece, faces, x, y, rounded_rect(ch, cw, 16))
    note(s.img, who(rng)[:9], (x + 4, y + ch + 30), 0.55, s.fg, 2)
    note(s.img, f"{rng.uniform(0.2, 4.5):.1f} km - {rng.choice(INTERESTS)}", (x + 4, y + ch + 56), 0.42, GREY)
    outlined(s.img, x, y + ch + 70, min(cw, 140), 44, s.accent, s.bg)
    note(s.img, "Wave", (x + 36, y + ch + 100), 0.5, s.accent, 2)


def hangout_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A hangout friends are planning: a drawn picture of the place (a garden's lights, a bar, a
    bouquet...), the plan and its time, who is in (a stack of 18-22 px faces, "+N"). Returns its
    height."""
    img = s.img
    blit(img, H11.render(rng, 120, 96, RENDERS), 30, y + 4, rounded_rect(96, 120, 14))
    note(img, rng.choice(("Drinks after work", "Park picnic", "Language swap", "Gig tonight")), (174, y + 32),
         0.6, s.fg, 2)  # fmt: skip
    note(
        img,
        f"{rng.choice(('Today', 'Tomorrow', 'Sat'))} {rng.randrange(12, 22)}:00",
        (174, y + 60),
        0.45,
        GREY,
    )
    end = stack(cast, s, rng, 174, y + 70, rng.randrange(2, 5), 18.3, 22, s.bg, rng.randrange(0, 12))
    note(img, "in", (end + 10, y + 96), 0.45, GREY)
    return 120


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def swipe_deck(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's deck: one's 22-28 px face, the app's name; "new here" (round 20-26 px faces in
    the accent's rings, cut by the right edge); two cards stacked behind, their lower edges peeking
    out under the top card; the top card as wide as the screen (``framed_person``: a person before a
    softened room or bar, faces 150-440 px, on half across the screen's left or right edge; on 30 %
    a group photo, faces 40-160 px) with the photos' segments over its top, a gradient over its
    lower part under the name and age, a tick, the distance and interests' tags; the buttons over
    its foot."""
    s = new_screen(rng, name, cast.kind("deck"), ("dark", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    face_avatar(cast, s, rng, 30, y + 6, 22, 28, (1.15, 1.3), "circle")
    heading(s, WIDTH // 2 - 100, y + 48, rng.choice(("spark", "kindred", "meetcute")), 1.2, s.accent)
    icon(img, rng, (WIDTH - 60, y + 34), 20, s.fg)
    y += 80
    note(img, "New here", (30, y + 20), 0.5, GREY, 2)
    for x in across_edge(rng, 64, 40):
        fp, side = _size(rng, 20, small(rng, 21, 26), (1.2, 1.35))
        ring_avatar(cast, s, x, y + 36, fp, side, s.accent)
    top, bottom = y + 100, H - NAV_H - 96
    for k in (2, 1):
        rounded_card(img, 22 * k, bottom - 60, WIDTH - 44 * k, 60 + 18 * k, 24, off(page, 14 + 16 * k))
    if rng.random() < 0.3:
        cut_photo(cast, rng, s, 0, top, WIDTH, bottom - top, 40, 160, None, 1.0)
    else:
        framed_person(cast, rng, s, (0, top, WIDTH, bottom), rng.uniform(150, 440), rng.random() < 0.5)
    rounded_corners(s, (0, top, WIDTH, bottom), 20)
    n = rng.randrange(3, 7)
    seg = (WIDTH - 40) // n
    at = rng.randrange(n)
    for k in range(n):
        cv2.rectangle(img, (20 + k * seg + 4, top + 14), (20 + (k + 1) * seg - 4, top + 20),
                      WHITE if k == at else (150, 150, 150), -1)  # fmt: skip
    stepped(s, (0, top + (bottom - top) * 11 // 20, WIDTH, bottom), 0.0, 0.8, 12)
    text = f"{who(rng)}, {rng.randrange(21, 48)}"
    (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_DUPLEX, 1.4, 3)
    heading(s, 30, bottom - 250, text, 1.4, WHITE)
    tick_badge(img, (60 + tw, bottom - 262), 16, (60, 60, 60))
    note(img, f"{rng.randrange(1, 30)} km away - {rng.choice(('Designer', 'Nurse', 'Chef', 'Student'))}",
         (30, bottom - 206), 0.6, WHITE)  # fmt: skip
    x = 30
    for interest in rng.sample(INTERESTS, rng.randrange(2, 5)):
        x = tag(img, x, bottom - 180, interest, (70, 70, 70), 42)[2] + 12
    for k, (mark, colour, r) in enumerate(
        (("", AMBER, 36), ("x", RED, 50), ("", (230, 160, 40), 36), ("", GREEN, 50), ("", (200, 80, 160), 36))
    ):
        c = (WIDTH // 2 + (k - 2) * 190, bottom - 40)
        badge(img, c, r, WHITE, "", page)
        cv2.circle(img, c, r - 6, colour, 4, cv2.LINE_AA)
        if mark:
            badge(img, c, r - 14, colour, mark)
        elif k == 3:
            heart(img, c, r // 2, colour)
        else:
            star(img, c, r // 2, colour)
    H5.nav_bar(s)
    return s.finish()


def likes_grid(cast: Cast, rng: random.Random, name: str) -> Composite:
    """ "Likes you" in a dating app: the tabs; the upsell's gold card (a drawn bouquet, the count,
    the recently active as a stack of 18-22 px, "+N"); top picks left clear (``top_pick``: faces
    26-56 px) cut by the right edge; the likes in three or four columns (``like_cell``: faces 22-50
    px in three, 20-40 px in four; blurred or pixelated, a super like's clear) under a gold "See who
    likes you" button over the first row, down to the tab bar."""
    s = new_screen(rng, name, cast.kind("likes"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 16
    heading(s, 30, y + 48, "Likes", 1.1)
    face_avatar(cast, s, rng, WIDTH - 80, y + 10, 22, 28, (1.15, 1.3), "circle")
    y += 84
    for k, label in enumerate(("Likes you", "Top picks", "Sent")):
        note(img, label, (30 + k * 250, y + 24), 0.6, s.accent if k == 0 else GREY, 2)
    cv2.rectangle(img, (30, y + 38), (200, y + 42), s.accent, -1)
    y += 64
    likes = rng.randrange(8, 99)
    rounded_card(img, 20, y, WIDTH - 40, 150, 20, GOLD)
    blit(img, H11.render(rng, 110, 110, (bouquet,)), 40, y + 20, rounded_rect(110, 110, 20))
    note(img, f"{likes} people like you", (176, y + 50), 0.75, INK, 2)
    end = stack(cast, s, rng, 176, y + 70, rng.randrange(3, 6), 18.3, 22, GOLD, rng.randrange(2, 40))
    note(img, "active today", (end + 10, y + 98), 0.5, INK)
    y += 174
    y = section(s, y, "Top picks", False)
    xs, ph = across_edge(rng, 250, 230), rng.randrange(280, 321)
    for x in xs:
        top_pick(cast, rng, s, x, y, xs[1] - xs[0] - 16, ph)
    y += ph + 24
    y = section(s, y, f"{likes} likes", False)
    cols = rng.choice((3, 4))
    lo, hi = (22.0, 50.0) if cols == 3 else (20.0, 40.0)
    cw = (WIDTH - 60 - (cols - 1) * 16) // cols
    ch = round(cw * rng.uniform(1.15, 1.3))
    rows = [0]

    def row(top: int) -> int:
        for c in range(cols):
            like_cell(cast, rng, s, 30 + c * (cw + 16), top, cw, ch, lo, hi)
        if not rows[0]:
            pill(img, WIDTH // 2 - 230, top + ch - 50, 460, 76, GOLD)
            note(img, "See who likes you", (WIDTH // 2 - 150, top + ch - 2), 0.7, INK, 2)
        rows[0] += 1
        return ch + 70

    return rows_to_tab_bar(s, rng, y, 160, row)


def match_chats(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating app's matches and chats: the title and one's 22-28 px face, a search field; the new
    matches (``new_match``: round 27-45 px faces in rings of the time left) after the likes' tile (a
    face blurred by sigma 4-7 in a gold ring, counted as it looks, the count over its lower right),
    cut by the right edge; the chats (``chat_row``: 24-34 px faces, typing bubbles, photos, expired
    rows faded) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("chats"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(("Chats", "Matches", "Messages")), 1.1)
    face_avatar(cast, s, rng, WIDTH - 80, y + 10, 22, 28, (1.15, 1.3), "circle")
    y += 84
    pill(img, 30, y, WIDTH - 60, 60, off(page, 14))
    note(img, "Search matches", (80, y + 40), 0.55, GREY)
    y += 80
    y = section(s, y, "New matches", False)
    xs = across_edge(rng, 150, 64)
    side = rng.randrange(50, 62)
    c = (xs[0] + side // 2, y + side // 2)
    cv2.circle(img, c, side // 2 + 8, GOLD, -1, cv2.LINE_AA)
    cv2.circle(img, c, side // 2 + 3, page, -1, cv2.LINE_AA)
    cast.avatar(s, xs[0], y, side / rng.uniform(1.15, 1.3), side, "circle")
    sigma = rng.uniform(4, 7)
    H10.redrawn(s, (xs[0], y, xs[0] + side, y + side), lambda part: H15.blurred(part, sigma))
    badge(img, (c[0] + side // 2 - 4, c[1] + side // 2 - 4), 15, GOLD, str(rng.randrange(2, 99)), page)
    note(img, "Likes", (xs[0] + 4, y + side + 36), 0.45, s.fg, 2)
    for x in xs[1:]:
        new_match(cast, rng, s, x, y, rng.randrange(36, 54))
    y += 130
    y = section(s, y, "Messages", False)
    return rows_to_tab_bar(s, rng, y, 90, lambda top: chat_row(cast, rng, s, top))


def speed_dating(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A speed-dating evening's lobby (mostly dark): the event's name and LIVE; the round and the
    host's 26-34 px face tagged; the round's countdown ring and one's next date (a portrait, faces
    44-80 px) with a "join" button; the tables in two or three columns, two or three rows
    (``table_card``: pairs of 22-30 px faces across a heart); who waits in the lobby (stacks of
    18-22 px, "+N", by age group); an icebreaker's card (a drawn thing) where there is room."""
    s = new_screen(rng, name, cast.kind("speeddate"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(
        s, 80, y + 48, rng.choice(("Singles 25-35", "Speed dating", "Over 40s social", "Queer mixer")), 0.9
    )
    tag(img, WIDTH - 140, y + 16, "LIVE", RED, 40)
    y += 80
    rounds = rng.randrange(5, 10)
    note(img, f"Round {rng.randrange(1, rounds)} of {rounds}", (30, y + 34), 0.6, s.fg, 2)
    sd = face_avatar(cast, s, rng, WIDTH - 330, y + 4, 26, 34, (1.15, 1.3), "circle")
    note(img, who(rng), (WIDTH - 316 + sd, y + 34), 0.5, s.fg)
    tag(img, WIDTH - 140, y + 12, "Host", s.accent, 32)
    y += 70
    card = off(page, 10)
    rounded_card(img, 20, y, WIDTH - 40, 220, 20, card)
    left = rng.random()
    ring_progress(img, (120, y + 110), 70, left, s.accent, off(card, 30), 10)
    note(img, f"{round(left * 4)}:{rng.randrange(60):02d}", (84, y + 122), 0.8, s.fg, 2)
    pw, ph = 140, 180
    piece, faces = H11.portrait(cast, pw, ph, small(rng, 44, 80))
    H11.paste_photo(cast, s, piece, faces, 230, y + 20, rounded_rect(ph, pw, 16))
    note(img, "Next date", (400, y + 60), 0.5, GREY)
    note(img, f"{who(rng)}, {rng.randrange(24, 50)}", (400, y + 100), 0.75, s.fg, 2)
    pill(img, 400, y + 130, 260, 64, s.accent)
    note(img, "Join table", (440, y + 172), 0.65, WHITE, 2)
    y += 244
    y = section(s, y, "Tables", False)
    cols = rng.choice((2, 3))
    cw = (WIDTH - 60 - (cols - 1) * 16) // cols
    for _ in range(rng.randrange(2, 4)):
        y += max(table_card(cast, rng, s, 30 + c * (cw + 16), y, cw) for c in range(cols))
    y = section(s, y + 10, "In the lobby", False)
    for group in rng.sample(("Women 25-30", "Men 25-30", "Women 31-35", "Men 31-35", "Everyone"), 3):
        note(img, group, (30, y + 34), 0.55, GREY, 2)
        stack(cast, s, rng, 300, y + 6, rng.randrange(4, 9), 18.3, 22, page, rng.randrange(2, 30))
        y += 64
    if y + 200 < H - NAV_H - 20:
        rounded_card(img, 20, y + 20, WIDTH - 40, 170, 20, card)
        blit(img, H11.render(rng, 130, 130, (flashcards, bouquet)), 40, y + 40, rounded_rect(130, 130, 18))
        note(img, "Icebreaker", (200, y + 76), 0.55, GREY, 2)
        note(img, rng.choice(("Best trip you've taken?", "Dream dinner guest?", "Your go-to karaoke song?")),
             (200, y + 120), 0.65, s.fg, 2)  # fmt: skip
    H5.nav_bar(s)
    return s.finish()


def friend_map(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A friend finder's map: the map over the upper part; one's own place (a 26-34 px face in the
    accent's ring, a pulse round it); friends as bubble pins (``bubble_pin``: rounded square 22-32 px
    faces, a status's emoji over some, grey and faded when last seen hours ago); a cluster (a pill of
    18-22 px faces, "+N"); "meet halfway" on some: a dashed line to a friend, a place's pin on it;
    the sheet: people nearby (``nearby_card``: portraits, faces 26-50 px) cut by the right edge and
    hangouts (``hangout_row``: stacks of 18-22 px) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("friendmap"), ("light", "light", "dark"))
    img, page = s.img, s.bg
    sheet = rng.randrange(STATUS_H + 900, STATUS_H + 1060)
    map_area(s, rng, STATUS_H, sheet + 40)
    pill(img, 30, STATUS_H + 24, WIDTH - 60, 70, WHITE)
    note(
        img, rng.choice(("Friends nearby", "Who's out tonight", "Meet up")), (80, STATUS_H + 70), 0.65, INK, 2
    )
    me = (rng.randrange(200, WIDTH - 200), rng.randrange(STATUS_H + 400, sheet - 200))
    overlay = img.copy()
    cv2.circle(overlay, me, 90, s.accent, -1, cv2.LINE_AA)
    cv2.addWeighted(overlay, 0.25, img, 0.75, 0, img)
    tips = [
        (rng.randrange(80, WIDTH - 80), rng.randrange(STATUS_H + 200, sheet - 30))
        for _ in range(rng.randrange(4, 9))
    ]
    if rng.random() < 0.5:
        friend = tips[0]
        for k in range(20):
            if k % 2 == 0:
                a = (me[0] + (friend[0] - me[0]) * k // 20, me[1] + (friend[1] - me[1]) * k // 20)
                b = (me[0] + (friend[0] - me[0]) * (k + 1) // 20, me[1] + (friend[1] - me[1]) * (k + 1) // 20)
                cv2.line(img, a, b, s.accent, 5, cv2.LINE_AA)
        mid = ((me[0] + friend[0]) // 2, (me[1] + friend[1]) // 2)
        cv2.circle(img, mid, 24, WHITE, -1, cv2.LINE_AA)
        object_emoji(img, mid, 14, rng.choice(("pizza", "ticket", "star")))
    fp, side = _size(rng, 26, small(rng, 27, 34), (1.15, 1.3))
    ring_avatar(cast, s, me[0] - side // 2, me[1] - side // 2, fp, side, s.accent)
    for tip in tips:
        x, y, side = bubble_pin(cast, rng, s, tip, 22, 32, WHITE)
        roll = rng.random()
        if roll < 0.25:
            H10.redrawn(s, (x - 6, y - 6, x + side + 6, y + side + 6), faded(WHITE))
            note(img, f"{rng.randrange(2, 9)}h", (x + side - 10, y - 10), 0.45, INK, 2)
        elif roll < 0.6:
            cv2.circle(img, (x + side + 2, y - 2), 17, WHITE, -1, cv2.LINE_AA)
            object_emoji(img, (x + side + 2, y - 2), 11, rng.choice(OBJECTS))
    cx, cy = rng.randrange(120, WIDTH - 320), rng.randrange(STATUS_H + 160, sheet - 90)
    pill(img, cx - 8, cy - 8, 230, 56, WHITE)
    stack(cast, s, rng, cx, cy, 3, 18.3, 22, WHITE, rng.randrange(2, 20))
    H5.sheet(img, sheet, page)
    y = sheet + 44
    y = section(s, y, f"Nearby ({rng.randrange(3, 40)})", False)
    xs, ch = across_edge(rng, 240, 220), rng.randrange(230, 271)
    for x in xs:
        nearby_card(cast, rng, s, x, y, xs[1] - xs[0] - 20, ch)
    y += ch + 130
    rows_above(s, y, H - NAV_H - 140, "Hangouts", lambda top: hangout_row(cast, rng, s, top))
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def meetup_group(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meetup group's page: the cover, last event's photo of people at two to four depths at a
    drawn venue (``staged``: string lights in a garden or a bar's shelf; the front faces 50-150 px,
    the back ones down to 10 px, drawn and not counted) under a gradient with the group's name; the
    organisers (30-44 px in the accent's rings, tagged); the members' facepile in two or three rows
    (stacks of 18-24 px, "+N"); upcoming events (``event_row``) down to the join button."""
    s = new_screen(rng, name, cast.kind("group"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    top = STATUS_H
    ph = rng.randrange(600, 721)
    lo, hi = rng.uniform(10, 16), rng.uniform(50, 150)
    piece, faces = staged(cast, rng, VENUES, rng.randrange(2, 5), (1, 3), WIDTH, ph, lo, hi)
    H11.paste_photo(cast, s, piece, faces, 0, top)
    stepped(s, (0, top + ph // 2, WIDTH, top + ph), 0.0, 0.75, 12)
    chevron(img, 40, top + 50, WHITE, back=True)
    icon(img, rng, (WIDTH - 60, top + 44), 20, WHITE)
    note(img, rng.choice(GROUPS), (30, top + ph - 70), 1.2, WHITE, 3)
    members = rng.randrange(120, 9000)
    note(img, f"{members:,} members - Public group", (30, top + ph - 26), 0.6, WHITE)
    y = top + ph + 24
    note(img, "Organisers", (30, y + 30), 0.55, GREY, 2)
    x = 200
    for _ in range(rng.randrange(2, 4)):
        fp, side = _size(rng, 30, small(rng, 31, 44), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, s.accent)
        note(img, who(rng)[:7], (x + side + 16, y + 32), 0.5, s.fg, 2)
        x += side + 150
    y += 90
    y = section(s, y, f"Members ({members:,})")
    n = rng.choice((2, 2, 3))
    for k in range(n):
        more = members if k == n - 1 else 0
        end = stack(cast, s, rng, 30, y, rng.randrange(6, 11), 18.3, 24, page, more)
        note(img, ("joined this week", "active today", "new")[k], (end + 12, y + 26), 0.45, GREY)
        y += 46
    y += 16
    y = section(s, y, "Upcoming events")
    foot = H - NAV_H - 120
    while y + 190 < foot:
        y += event_row(cast, rng, s, y)
    return finish_with_button(s, foot, "Join group")


def language_partners(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A language-exchange app's partners: the title and one's 22-28 px face, the languages' pair,
    filter chips; online now (round 24-32 px faces in green rings, the flag of their language over
    the lower right, cut by the right edge); the partners (``partner_row``: 26-36 px faces under two
    flags, moments' photos with 18-40 px faces on some) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("partners"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 48, rng.choice(("Partners", "Exchange", "Community")), 1.1)
    face_avatar(cast, s, rng, WIDTH - 80, y + 10, 22, 28, (1.15, 1.3), "circle")
    a, b = rng.sample(LANGUAGES, 2)
    tag(img, WIDTH - 330, y + 14, f"{a} > {b}", s.accent, 40)
    y += 84
    chips(img, rng, 30, y, 4, 46, (140, 220), off(page, 16), s.fg)
    y += 70
    y = section(s, y, "Online now", False)
    for x in across_edge(rng, 86, 42):
        fp, side = _size(rng, 24, small(rng, 25, 32), (1.15, 1.3))
        ring_avatar(cast, s, x, y, fp, side, GREEN)
        flag_badge(img, rng, (x + side - 4, y + side - 4), 9, page)
    y += 80
    y = section(s, y, "Recommended")
    return rows_to_tab_bar(s, rng, y, 150, lambda top: partner_row(cast, rng, s, top))


def tutor_call(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A video lesson with a language tutor (mostly dark): the tutor's camera across the upper half
    (``framed_person``: faces 140-420 px, across the screen's left or right edge on 40 %) with the
    lesson's title on a scrim and the tutor's name label; one's own camera (heldout22's
    ``self_view``: 40-110 px) over its top corner away from the tutor's face, or on 35 % dragged
    over that side's edge with 55-80 % of it showing; a subtitle's band over the video's foot (it
    takes what it covers); on half a group lesson's classmates (tiles of 20-40 px faces or cameras
    off, cut by the right edge); the lesson's chat (``lesson_line``: 20-26 px faces, corrections);
    the call's controls."""
    s = new_screen(rng, name, cast.kind("tutor"), ("dark", "dark", "light", "tinted"))
    img = s.img
    top = STATUS_H
    vh = rng.randrange(900, 1041)
    cx = framed_person(cast, rng, s, (0, top, WIDTH, top + vh), rng.uniform(140, 420), rng.random() < 0.4)
    H5.scrim(s, (0, top, WIDTH, top + 90), 0.5)
    note(img, f"Lesson {rng.randrange(2, 40)}: {rng.choice(LESSONS)}", (30, top + 56), 0.7, WHITE, 2)
    vw, svh = rng.randrange(220, 261), rng.randrange(290, 341)
    right = cx < WIDTH / 2  # one's camera on the side away from the tutor's face
    x = WIDTH - vw - 30 if right else 30
    if rng.random() < 0.35:
        x = WIDTH - round(vw * rng.uniform(0.55, 0.8)) if right else -round(vw * rng.uniform(0.2, 0.45))
    self_view(cast, s, rng, x, top + 120, vw, svh)
    cv2.rectangle(img, (0, top + vh - 150), (WIDTH, top + vh - 66), (25, 25, 25), -1)
    note(img, words(rng, rng.randrange(3, 6)), (40, top + vh - 112), 0.7, WHITE, 2)
    note(img, words(rng, rng.randrange(3, 6)), (40, top + vh - 80), 0.55, (120, 220, 250))
    name_label(img, f"{who(rng)} - tutor", 30, top + vh - 10, 44)
    y = top + vh + 20
    if rng.random() < 0.5:
        xs = across_edge(rng, 200, 180)
        tw, th = xs[1] - xs[0] - 14, 130
        for x in xs:
            if rng.random() < 0.3:
                camera_off(cast, s, rng, x, y, tw, th)
            else:
                cast.photo(s, x, y, tw, th, small(rng, 20, 40), rounded_rect(th, tw, 14))
        y += th + 20
    y = section(s, y, "Lesson chat", False)
    foot = H - NAV_H - 150
    while y + 70 < foot:
        y += lesson_line(cast, rng, s, y)
    call_controls(s, rng, foot)
    H5.nav_bar(s)
    return s.finish()


def verify_profile(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A dating profile's verification and photos: the steps; the pose check (``pose_pair``: the
    pose to copy, faces 50-110 px, and one's selfie, 80-200 px); one's photos in a grid
    (``photo_slot``: the main one over two rows, faces 30-120 px, the others 20-60 px; some not
    approved, faded; an empty one dashed); friends who vouched (a stack of 18-22 px, "+N"); the
    verified badge's preview (one's 28-36 px face with a tick); the submit button."""
    s = new_screen(rng, name, cast.kind("verify"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Get verified", 1.0)
    y += 76
    for k in range(3):
        pill(img, 30 + k * 350, y, 330, 10, s.accent if k < 2 else off(page, 40))
    note(img, "Step 2 of 3 - copy the pose", (30, y + 44), 0.5, GREY)
    y += 70
    ph = rng.randrange(380, 441)
    pose_pair(cast, rng, s, y, ph)
    y += ph + 24
    y = section(s, y, "Your photos", False)
    sw = (WIDTH - 60 - 32) // 3
    sh = round(sw * rng.uniform(1.0, 1.1))
    photo_slot(cast, rng, s, 30, y, 2 * sw + 16, 2 * sh + 16, 30, 120, "Main")
    for k in range(2):
        photo_slot(cast, rng, s, 62 + 2 * sw, y + k * (sh + 16), sw, sh, 20, 60, "")
    y += 2 * sh + 40
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 9))
    note(img, "friends vouched for you", (end + 12, y + 28), 0.5, GREY)
    y += 70
    foot = H - NAV_H - 120
    if y + 110 < foot:
        rounded_card(img, 20, y, WIDTH - 40, 100, 18, off(page, 8))
        sd = face_avatar(cast, s, rng, 40, y + 50 - 22, 28, 36, (1.1, 1.2), "circle")
        tick_badge(img, (36 + sd, y + 50 + sd // 2 - 6), 11, off(page, 8))
        note(img, f"{who(rng)}, {rng.randrange(21, 48)} - verified", (70 + sd, y + 58), 0.6, s.fg, 2)
    return finish_with_button(s, foot, "Submit for review")


def group_album(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A meetup group's shared album: the album's name and date, contributors (a stack of 18-24
    px, "+N") and "add"; the featured photo (``staged`` at a drawn venue: the front faces 40-120 px,
    the back ones down to 12 px, drawn and not counted) with name tags over some chins
    (``name_tags``); days' headings over a grid of four columns (``album_thumb``: 18-40 px faces,
    video chips, selection rings when picking) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("album"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(EVENTS), 0.95)
    y += 70
    note(img, f"{rng.choice(GROUPS)} - {rng.randrange(20, 400)} photos", (80, y + 20), 0.5, GREY)
    y += 40
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(0, 30))
    note(img, "added photos", (end + 12, y + 28), 0.5, GREY)
    outlined(img, WIDTH - 200, y - 4, 170, 56, s.accent, page)
    note(img, "+ Add", (WIDTH - 160, y + 32), 0.6, s.accent, 2)
    y += 74
    pw, ph = WIDTH - 60, rng.randrange(400, 501)
    piece, faces = staged(
        cast, rng, VENUES, rng.randrange(2, 4), (1, 3), pw, ph, rng.uniform(12, 17), rng.uniform(40, 120)
    )
    first = len(s.comp.faces)
    H11.paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ph, pw, 20))
    name_tags(s, rng, first)
    y += ph + 20
    dots(img, WIDTH // 2, y, rng.randrange(3, 7), 0, s.accent, GREY)
    y += 20
    picking = rng.random() < 0.35
    side = (WIDTH - 60 - 30) // 4
    days = iter(("Today", "Sat 14 Jun", "Sun 8 Jun", "Sat 31 May", "Earlier"))

    def day(top: int) -> int:
        note(img, next(days, "Earlier"), (30, top + 30), 0.55, s.fg, 2)
        h = 46
        for _ in range(rng.randrange(1, 3)):
            for c in range(4):
                album_thumb(cast, rng, s, 30 + c * (side + 10), top + h, side, picking)
            h += side + 10
        return h + 10

    return rows_to_tab_bar(s, rng, y, 200, day)


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    match_chats,
    speed_dating,
    language_partners,
    likes_grid,
    friend_map,
    swipe_deck,
    meetup_group,
    group_album,
    tutor_call,
    verify_profile,
)
# with people: each twice a round but two (a deck's one large face and a few small ones, and a
# lesson's call of one large face, one's own and a few small ones)
ONCE = (swipe_deck, tutor_call)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a chat list's avatars, a map's pins,
# an album's grid)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, match_chats, friend_map, group_album)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT40_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h40", photos, free, seed, reps)
