"""Held-out screens, twenty-fifth set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty-four (heldout.py to heldout24.py) came before it and are seen data, or may be.
To keep this one unseen, no face detector ran on its screens while it was written and the
detector's code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: coins stacked
by a banknote with a rosette, a ballot box, a town hall, folded newspapers; nothing with eyes, a
mouth or a mask); every random choice from ``HELDOUT25_SEED``. Faces are pasted through heldout2's
``Screen``, which settles each one on the finished screen (pixels drawn over a face later are not
the face's; a face with under half of its box left is dropped); the people's places are filled by
heldout11's ``Cast`` (through heldout22's, heldout23's and heldout24's, its screens marked h25-; on
face-free screens pets, objects, textures, initials and this set's drawn things), which counts a
face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not counted, as
everywhere in the bench.

What it adds is faces in news, money and civic apps. Near repeats avoided (see their docstrings):
heldout4's news reader, heldout9's magazine article, heldout18's news reader at display zoom and
heldout20's news portal (here an article whose hero is a press conference, the speaker behind a
lectern under a cluster of broadcasters' microphones over the chest and on some the chin, or a
rally under placards; a byline of one or two overlapping tiny faces, friends who shared it, an
embedded interview, comments under a "top comment" tag); heldout8's news live blog (here a public
briefing's stream with live captions over its foot and a sign-language interpreter's inset, key
moments as chips with round stills cut by the edge, reporters' faces riding the timeline's spine, a
floating "new updates" pill); heldout4's payments feed and heldout20's payments app (here each
payee's small face over the payer's lower right, drawn emoji in the notes, a friends, public and
mine toggle; no send-again circles, red packets or QR codes); heldout20's money page (here a bank's
"send again" card of round faces by an "add" disc and a split-the-bill sheet over a scrim, a stack
and people's rows under paid ticks); heldout22's professional feed and heldout4's leaderboard (here
traders' round photos under return chips over their chins, a ticker tape, candlestick chart cards,
"copied by" stacks); heldout6's wallet ID, heldout10's transit pass, heldout16's ID scan and
heldout19's Medical ID (here a government wallet's card front on, its ghost copy printed in the
card's own tint in an oval, guilloche waves and a sheen of light swept over the whole card, mini
cards of other documents with their own small photos, dependants' faces); heldout22's calls and
heldout12's programme guide (here a council's stream: the dais of members behind a desk with
nameplates, a lower third over live captions, a roll-call vote's columns of faces, public comment's
queue); heldout7's fundraiser and heldout16's crowdfunding page (here the organiser inside a
progress ring of the raised share, a donor wall of tiny faces with the gifts under them, teams'
photos and captains, a matching sponsor's banner); heldout16's church app (here a group's banner
under a gradient, a volunteers' rota with dashed places still needed, events cut by the right edge
under date blocks, prayer requests, a photo wall); heldout14's election night (here a voter guide
before the vote: candidates cut out side by side on party gradients under party badges, the others
running, an issues table, endorsers' stacks, a debate clip of two at lecterns, a ballot preview and
the polling place). Ten layouts:
- a news article (``news_article``): the byline (18-26 px faces) and who shared it (18-24 px); the
  hero (``press_photo``: the speaker, 50-160 px, behind a lectern under microphones, or a rally,
  14-44 px, under placards); an interview video (40-150 px) on half, a pull quote by a 30-50 px
  face on 60 %; related stories (18-60 px, reporters 18-22 px); comments (20-28 px, replies 18-22);
- a live blog of a briefing (``live_blog``): the official (60-180 px at a lectern, or close up,
  70-260 px) under live captions on half, an interpreter's inset (30-60 px) on 55 %; key moments'
  chips (18-24 px) cut by the edge; the timeline (``spine_entry``: reporters' 18-26 px faces on
  its spine, photos with 18-90 px faces, officials' quotes by 30-44 px faces);
- a peer-to-peer payments feed (``p2p_feed``): one's 22-30 px face, the feed's toggle; rows
  (``payment_row``: payers' 30-44 px faces with payees' 18-26 px over their lower right, drawn
  emoji notes, comments by 18-22 px faces); the "Pay or request" button over the feed;
- a bank app (``bank_app``): one's 24-32 px face, the balance card; "send again" (36-56 px faces);
  transactions (28-36 px, shared ones' stacks of 18-22 px, merchants' logos); on 55 % a split bill
  over a scrim (``split_sheet``: a stack of 18-26 px, people's 24-32 px faces under paid ticks);
- an investing or crypto community (``trader_feed``): a ticker tape; top traders (``top_traders``:
  40-64 px under return chips, cut by the edge); posts (``trade_post``: 28-40 px faces under ticks
  or "PRO" tags, candlestick cards, meetups' photos with 18-60 px faces, "copied by" stacks of
  18-22 px);
- a government wallet's digital ID (``digital_id``): the card (``id_front``: the portrait, 70-160
  px, its tinted ghost at 30-40 % of it, the sheen over both); other documents (``doc_row``: 20-34
  px photos on mini cards); dependants (24-36 px) on 60 %; verifiers' logos;
- a council's meeting stream (``town_hall``): the speaker at the podium (70-300 px) or the dais
  (``dais``: members 20-60 px behind the desk, staff behind under 18 px), a lower third, captions
  on 40 %; a roll-call vote (``vote_tally``: 18-26 px) on 60 %; public comment (24-34 px, a raised
  hand over the speaking one);
- a charity fundraiser (``fundraiser``): the cover (40-240 px, or a snapshot); the organiser (50-120
  px) inside the progress ring; a sponsor's banner on half; the donor wall (``donor_wall``: 18-24
  px); teams on 60 % (``team_row``: team photos with 14-34 px faces, captains 20-26 px); updates
  (24-30 px, photos with 18-80 px faces, "liked" stacks of 18-22 px);
- a faith or community group (``faith_group``): the banner (14-60 px under a gradient), members'
  stack (18-24 px); the rota (``rota_row``: 18-24 px, dashed places); events cut by the edge
  (``event_card``: 14-50 px under date blocks, "going" stacks of 18-22 px); prayer requests (20-28
  px) on half; the photo wall (18-60 px, or drawn things);
- a voter guide (``candidates``): two or three candidates (``candidate_card``: 50-150 px on party
  gradients, party badges); others running (26-40 px) on 70 %; the issues table; endorsers (18-22
  px); a debate clip (``debate_clip``: 20-60 px at lecterns) on 60 %; the ballot (20-30 px); the
  polling place on a map.
Light, dark and tinted themes (the traders mostly dark); JPEG quality 30-60. Microphones, lecterns,
placards, captions, lower thirds, chips, tags, badges, ticks, payees' rings, date blocks, sheets and
pills take the pixels they cover; a face under them counts while half of its box shows; the split
bill's scrim and the banner's gradient leave the faces under them counted, darker, and the ID's
sheen, paler; initials, logos, crests, "+N" discs, dashed places, hearts, emoji and drawn things are
never faces. Only portrait 1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,191 faces (902 under 32 px, 182 of 32-63, 76 of 64-127,
31 larger; 987 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, pairs, walls,
cards and photos, round things where a cut-out speaker, member or candidate would be); ``reps=1``
a quarter (18 screens with 320 faces: 239, 56, 18 and 7 by size, 271 under 40 px; 13 face-free).
Every layout but the digital ID and the bank (5.75 and 10.75 faces a screen on average at 4 reps)
is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63, 64-127 and 128 px or more):
    news_article       8 screens   102 faces:  58, 30, 11,  3
    live_blog          8 screens   126 faces:  98, 13,  7,  8
    p2p_feed           8 screens   105 faces:  91, 14,  0,  0
    bank_app           4 screens    43 faces:  26, 17,  0,  0
    trader_feed        8 screens    89 faces:  40, 41,  8,  0
    digital_id         4 screens    23 faces:  16,  3,  3,  1
    town_hall          8 screens   124 faces: 109, 10,  0,  5
    fundraiser         8 screens   156 faces: 130,  9, 11,  6
    faith_group        8 screens   256 faces: 196, 34, 20,  6
    candidates         8 screens   167 faces: 138, 11, 16,  2
Counted by running the generator alone (as ``faces_bench.py --only heldout25 --count-only`` does;
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
import heldout7 as H7
import heldout8 as H8
import heldout10 as H10
import heldout11 as H11
import heldout24 as H24
import numpy as np
from composites import NAV_H, STATUS_H, Composite, H, Photo
from heldout2 import Colour, Screen, blit, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import off, qr, stepped
from heldout11 import INK, figure, offscreen, paste_photo, portrait, snapshot
from heldout15 import emoji
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import app_bar, chips, play_button, progress, tab_bar, words
from heldout22 import raised_hand, stack
from heldout23 import FONT, WIDTH, map_pin, new_screen, search_field, star, tag, tick_badge
from heldout24 import RED, section

HELDOUT25_SEED = 25252
NAVY: Colour = (90, 50, 20)  # a government app's navy (BGR)
UP: Colour = (90, 180, 40)  # a market's green
DOWN: Colour = (70, 70, 220)  # a market's red
# parties: a colour, the badge's letter, the name
PARTIES: tuple[tuple[Colour, str, str], ...] = (
    ((190, 90, 30), "D", "Democratic"),
    ((50, 50, 210), "R", "Republican"),
    ((60, 160, 60), "G", "Green"),
    ((30, 160, 230), "L", "Liberal"),
    ((150, 60, 150), "I", "Independent"),
)
OBJECTS: tuple[str, ...] = (
    "pizza",
    "house",
    "bolt",
    "balloon",
    "ticket",
    "cash",
    "heart",
    "fire",
    "thumbs",
    "star",
)  # notes' emoji


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def coin_stacks(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Coins stacked on a table (three to six piles of gold or silver discs seen from the side and
    a little above) by a banknote with its value and a rosette, never a portrait."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 150, 230), random_colour(rng, 90, 180))
    s = min(w, h)
    if rng.random() < 0.6:  # a banknote lying behind the piles
        nw, nh = round(w * 0.6), round(h * 0.3)
        nx, ny = rng.randrange(0, max(1, w - nw)), round(h * 0.12)
        paper = rng.choice(((150, 200, 150), (200, 170, 140), (170, 150, 210)))
        cv2.rectangle(img, (nx, ny), (nx + nw, ny + nh), paper, -1)
        cv2.rectangle(
            img, (nx + nh // 8, ny + nh // 8), (nx + nw - nh // 8, ny + nh - nh // 8), tone(paper, -40), 1
        )
        rc = (nx + nw * 3 // 4, ny + nh // 2)
        for k in range(6):
            cv2.ellipse(img, rc, (nh // 3, nh // 8), k * 30, 0, 360, tone(paper, -50), 1, cv2.LINE_AA)
        cv2.putText(
            img, str(rng.choice((5, 10, 20, 50))), (nx + nh // 6, ny + nh * 2 // 3), FONT, nh / 50,
            tone(paper, -70), max(1, nh // 25), cv2.LINE_AA,
        )  # fmt: skip
    piles = rng.randrange(3, 7)
    r = max(3, round(w / (piles * 2.6)))
    ch = max(2, r // 4)
    floor = round(h * 0.86)
    for k in range(piles):
        cx = round((k + 0.5) * w / piles + rng.uniform(-0.1, 0.1) * r)
        metal = rng.choice(((40, 170, 220), (190, 190, 195), (60, 120, 190)))
        n = rng.randrange(2, max(3, round(h * 0.6 / ch)))
        for j in range(n):
            cy = floor - j * ch
            cv2.ellipse(img, (cx, cy), (r, r // 3), 0, 0, 360, tone(metal, -45), -1, cv2.LINE_AA)
            cv2.ellipse(img, (cx, cy - ch // 2), (r, r // 3), 0, 0, 360, metal, -1, cv2.LINE_AA)
        top = floor - (n - 1) * ch - ch // 2
        cv2.ellipse(
            img, (cx, top), (r * 2 // 3, r // 5), 0, 0, 360, tone(metal, 30), max(1, s // 120), cv2.LINE_AA
        )
    return img


def ballot_box(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A see-through ballot box on a table: its blue lid with the slot, a folded ballot half in it,
    ballots inside with ticks on them, a star seal on its front."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = random_colour(rng, 170, 240)
    table = round(h * 0.82)
    img[table:] = rng.choice(((60, 100, 150), (120, 130, 140), (90, 120, 170)))
    bw, bh = round(w * 0.62), round(h * 0.5)
    x1, y2 = (w - bw) // 2, table + round(h * 0.04)
    y1 = y2 - bh
    glass = img[y1:y2, x1 : x1 + bw].astype(np.float32)
    img[y1:y2, x1 : x1 + bw] = (glass * 0.7 + np.array((235, 225, 215), np.float32) * 0.3).astype(np.uint8)
    for _ in range(rng.randrange(3, 8)):  # ballots inside
        bx = rng.randrange(x1 + 4, x1 + bw - bw // 4)
        by = rng.randrange(y1 + bh // 3, y2 - bh // 8)
        cv2.rectangle(img, (bx, by), (bx + bw // 5, by + bh // 8), (245, 245, 245), -1)
        cv2.line(img, (bx + 3, by + bh // 16), (bx + bw // 10, by + bh // 10), (60, 60, 60), 1, cv2.LINE_AA)
    cv2.rectangle(img, (x1, y1), (x1 + bw, y2), (150, 150, 160), max(1, w // 150))
    lid = (170, 100, 40)
    cv2.rectangle(img, (x1 - w // 40, y1 - h // 14), (x1 + bw + w // 40, y1), lid, -1)
    cv2.rectangle(img, (w // 2 - bw // 6, y1 - h // 20), (w // 2 + bw // 6, y1 - h // 30), (40, 40, 40), -1)
    cv2.rectangle(img, (w // 2 - bw // 8, y1 - h // 5), (w // 2 + bw // 8, y1 - h // 24), WHITE, -1)
    cv2.line(img, (w // 2 - bw // 12, y1 - h // 7), (w // 2 + bw // 12, y1 - h // 7), (120, 120, 120), 1)
    star(img, (w // 2, y1 + bh // 2), max(3, bh // 7), lid)
    return img


def city_hall(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A civic building under the sky: steps, a row of columns, a pediment, a dome on some, a flag
    on a pole, round trees at its sides."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(
        img, (0, 0, w, h), rng.choice(((235, 200, 150), (230, 215, 200), (200, 170, 120))), (245, 235, 225)
    )
    ground = round(h * 0.86)
    img[ground:] = (110, 150, 120)
    stone = rng.choice(((200, 210, 215), (170, 190, 205), (215, 215, 205)))
    bx1, bx2 = round(w * 0.15), round(w * 0.85)
    top = round(h * 0.42)
    for k in range(3):  # steps
        yy = ground - (k + 1) * max(2, h // 40)
        cv2.rectangle(
            img, (bx1 - (3 - k) * w // 60, yy), (bx2 + (3 - k) * w // 60, ground), tone(stone, -10 * k), -1
        )
    base = ground - 3 * max(2, h // 40)
    cv2.rectangle(img, (bx1, top), (bx2, base), tone(stone, -25), -1)
    n = rng.randrange(4, 9)
    gap = (bx2 - bx1) / n
    for k in range(n):
        cx = round(bx1 + gap * (k + 0.5))
        cv2.rectangle(img, (cx - round(gap * 0.2), top), (cx + round(gap * 0.2), base), stone, -1)
    ped = np.array([[bx1 - w // 40, top], [bx2 + w // 40, top], [w // 2, top - round(h * 0.14)]], np.int32)
    cv2.fillPoly(img, [ped], stone, cv2.LINE_AA)
    if rng.random() < 0.5:  # a dome
        cv2.ellipse(
            img,
            (w // 2, top - round(h * 0.14)),
            (w // 8, h // 8),
            0,
            180,
            360,
            tone(stone, 15),
            -1,
            cv2.LINE_AA,
        )
    px = bx2 - round(gap / 2)
    cv2.line(img, (px, top), (px, round(h * 0.1)), (80, 80, 80), max(1, w // 200))
    cv2.rectangle(
        img, (px, round(h * 0.1)), (px + w // 10, round(h * 0.1) + h // 16), random_colour(rng, 40, 220), -1
    )
    for tx in (round(w * 0.06), round(w * 0.94)):
        cv2.circle(img, (tx, ground - h // 10), max(3, h // 9), (70, 140, 80), -1, cv2.LINE_AA)
    return img


def newspapers(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Folded newspapers fanned on a table: mastheads, headline bars, columns of grey lines and a
    picture box of plain tone (no person in it)."""
    img = np.zeros((h, w, 3), np.uint8)
    img[:] = rng.choice(((90, 120, 160), (60, 80, 110), (170, 175, 180)))
    for k in range(rng.randrange(1, 4)):
        pw, ph = round(w * 0.7), round(h * 0.8)
        x0 = round(w * 0.05) + k * w // 10
        y0 = round(h * 0.06) + k * h // 30
        piece = np.full((ph, pw, 3), (232, 232, 226), np.uint8)
        cv2.rectangle(piece, (pw // 14, ph // 20), (pw - pw // 14, ph // 20 + ph // 12), (40, 40, 40), -1)
        cv2.rectangle(piece, (pw // 14, ph // 5), (pw * 2 // 3, ph // 5 + ph // 20), (70, 70, 70), -1)
        cols = 3
        cw = (pw - pw // 7) // cols
        for c in range(cols):
            for yy in range(ph // 3, ph - ph // 12, max(3, ph // 40)):
                cv2.line(
                    piece,
                    (pw // 14 + c * cw, yy),
                    (pw // 14 + (c + 1) * cw - cw // 8, yy),
                    (150, 150, 150),
                    1,
                )
        cv2.rectangle(
            piece,
            (pw // 14, ph // 3),
            (pw // 14 + cw * 2 - cw // 8, ph // 3 + ph // 5),
            tone(random_colour(rng, 120, 200), -20),
            -1,
        )
        turned, _faces, where = H11.turned(piece, [], rng.uniform(-14, 14))
        tx, ty = min(x0, w - 1), min(y0, h - 1)
        part = turned[: h - ty, : w - tx]
        blit(img, np.ascontiguousarray(part), tx, ty, np.ascontiguousarray(where[: h - ty, : w - tx]))
    return img


RENDERS: tuple[H11.Render, ...] = (coin_stacks, ballot_box, city_hall, newspapers)


@dataclass
class Cast(H24.Cast):
    """heldout24's cast (heldout23's and heldout22's: a scene of people or a thing; half of a face's
    box showing counts it), its screens marked h25-, whose drawn things are this set's: coins
    stacked by a banknote, a ballot box, a town hall, folded newspapers."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h25-" + super().kind(layout).removeprefix("h24-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def object_emoji(img: np.ndarray, c: tuple[int, int], r: int, kind: str) -> None:
    """A payment note's emoji that is a thing (a pizza slice, a house, a bolt, a balloon, a ticket,
    cash), a star, or one of heldout15's reactions (a heart, a flame, a thumb); none has a face. It
    takes the pixels it covers."""
    x, y = c
    if kind == "star":
        star(img, c, r, GOLD)
    elif kind in ("heart", "fire", "thumbs"):
        emoji(img, c, r, kind)
    elif kind == "pizza":
        tri = np.array([[x - r, y - r * 2 // 3], [x + r, y - r * 2 // 3], [x, y + r]], np.int32)
        cv2.fillPoly(img, [tri], (80, 200, 250), cv2.LINE_AA)
        cv2.line(
            img, (x - r, y - r * 2 // 3), (x + r, y - r * 2 // 3), (40, 120, 200), max(2, r // 4), cv2.LINE_AA
        )
        for dx, dy in ((-r // 3, -r // 4), (r // 4, -r // 6), (0, r // 4), (-r // 8, -r // 2 + 2)):
            cv2.rectangle(
                img,
                (x + dx - r // 10, y + dy - r // 10),
                (x + dx + r // 10, y + dy + r // 10),
                (60, 60, 200),
                -1,
            )
    elif kind == "house":
        roof = np.array([[x - r, y], [x, y - r], [x + r, y]], np.int32)
        cv2.fillPoly(img, [roof], (60, 70, 200), cv2.LINE_AA)
        cv2.rectangle(img, (x - r * 3 // 4, y), (x + r * 3 // 4, y + r * 3 // 4), (200, 220, 240), -1)
        cv2.rectangle(img, (x - r // 6, y + r // 4), (x + r // 6, y + r * 3 // 4), (60, 90, 140), -1)
    elif kind == "bolt":
        pts = [
            (x + r // 4, y - r),
            (x - r // 2, y + r // 8),
            (x, y + r // 8),
            (x - r // 4, y + r),
            (x + r // 2, y - r // 8),
            (x, y - r // 8),
        ]
        cv2.fillPoly(img, [np.array(pts, np.int32)], GOLD, cv2.LINE_AA)
    elif kind == "balloon":
        cv2.ellipse(img, (x, y - r // 4), (r * 2 // 3, r * 3 // 4), 0, 0, 360, RED, -1, cv2.LINE_AA)
        cv2.line(img, (x, y + r // 2), (x + r // 6, y + r), GREY, max(1, r // 8), cv2.LINE_AA)
    elif kind == "ticket":
        cv2.rectangle(img, (x - r, y - r // 2), (x + r, y + r // 2), (40, 160, 240), -1)
        for d in (-1, 1):
            cv2.circle(img, (x + d * r, y), max(2, r // 5), WHITE, -1, cv2.LINE_AA)
        cv2.line(img, (x + r // 3, y - r // 2), (x + r // 3, y + r // 2), WHITE, max(1, r // 10))
    else:  # cash
        cv2.rectangle(img, (x - r, y - r // 2), (x + r, y + r // 2), (110, 190, 110), -1)
        cv2.circle(img, c, r // 3, (60, 140, 60), max(1, r // 8), cv2.LINE_AA)


def pair(cast: Cast, rng: random.Random, s: Screen, x: int, y: int) -> int:
    """Who paid whom: the payer's round face (30-44 px, initials on some) and the payee's smaller
    one (18-26 px) over its lower right in a ring of the page's colour (what it covers of the
    payer's face is not the face's). Returns the pair's width."""
    fp, side = _size(rng, 30, small(rng, 31, 44), (1.15, 1.3))
    cast.person(s, x, y, fp, side, "circle")
    fq, sq = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
    at = side - sq * 2 // 3
    cast.person(s, x + at, y + at, fq, sq, "circle", s.bg)
    return at + sq


def toggle(
    img: np.ndarray, x: int, y: int, options: tuple[str, ...], on: int, back: Colour, accent: Colour
) -> None:
    """A segmented control (a feed's "Friends | Public | Mine"): a grey pill, the chosen segment
    raised in white with the accent's text."""
    w = 200 * len(options)
    pill(img, x, y, w, 64, back)
    pill(img, x + 6 + on * 200, y + 6, 188, 52, WHITE)
    for k, text in enumerate(options):
        note(img, text, (x + 40 + k * 200, y + 42), 0.6, accent if k == on else GREY, 2)


def candles(img: np.ndarray, rng: random.Random, rect: tuple[int, int, int, int]) -> bool:
    """A price chart's candlesticks in ``rect``: a random walk of 14-30 sessions, green bodies up
    and red down, wicks, a dashed last-price line. Returns whether it closed up."""
    x1, y1, x2, y2 = rect
    n = rng.randrange(14, 31)
    price = [rng.uniform(0.3, 0.7)]
    for _ in range(n):
        price.append(min(0.95, max(0.05, price[-1] + rng.gauss(0, 0.06))))
    cw = (x2 - x1) / n
    for k in range(n):
        a, b = price[k], price[k + 1]
        hi, lo = max(a, b) + rng.uniform(0, 0.04), min(a, b) - rng.uniform(0, 0.04)
        colour = UP if b >= a else DOWN
        cx = round(x1 + cw * (k + 0.5))
        ya = lambda v: round(y2 - (y2 - y1) * v)  # noqa: E731
        cv2.line(img, (cx, ya(hi)), (cx, ya(lo)), colour, 2)
        cv2.rectangle(
            img,
            (round(cx - cw * 0.32), ya(max(a, b))),
            (round(cx + cw * 0.32), ya(min(a, b)) + 1),
            colour,
            -1,
        )
    last = round(y2 - (y2 - y1) * price[-1])
    for xx in range(x1, x2, 16):
        cv2.line(img, (xx, last), (xx + 8, last), GREY, 1)
    return price[-1] >= price[0]


def ring_progress(
    img: np.ndarray, c: tuple[int, int], r: int, share: float, colour: Colour, rest: Colour, t: int
) -> None:
    """A progress ring round a photo (a fundraiser's raised share): the track, then the arc from the
    top clockwise."""
    cv2.circle(img, c, r, rest, t, cv2.LINE_AA)
    cv2.ellipse(img, c, (r, r), -90, 0, round(360 * share), colour, t, cv2.LINE_AA)


def seal(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A civic crest (a council's, a government's): a rimmed disc, a ring of beads, a star in the
    middle."""
    cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)
    cv2.circle(img, c, r - max(2, r // 8), GOLD, max(1, r // 12), cv2.LINE_AA)
    for k in range(16):
        a = k * math.pi / 8
        cv2.circle(
            img,
            (round(c[0] + r * 0.72 * math.cos(a)), round(c[1] + r * 0.72 * math.sin(a))),
            max(1, r // 14),
            GOLD,
            -1,
            cv2.LINE_AA,
        )
    star(img, c, max(2, r // 2), GOLD)


def guilloche(img: np.ndarray, rect: tuple[int, int, int, int], colour: Colour, phase: float) -> None:
    """A security print's guilloche: thin interlaced sine waves across ``rect``."""
    x1, y1, x2, y2 = rect
    xs = np.arange(x1, x2, 3, dtype=np.float32)
    for k in range(6):
        for j in range(2):
            ys = (
                y1
                + (y2 - y1) * (k + 0.5) / 6
                + (y2 - y1) / 14 * np.sin(xs / (40 + 9 * k) + phase + j * math.pi)
            )
            cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, colour, 1, cv2.LINE_AA)


def sheen(rng: random.Random, w: int, h: int) -> Callable[[np.ndarray], np.ndarray]:
    """A digital ID's moving sheen (it shows the card is live): a soft diagonal band of white light
    over a w x h card, 25-45 % at its crest (the faces under it stay counted, paler)."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = (xs + ys * rng.uniform(0.5, 1.2)) - rng.uniform(0.2, 0.9) * (w + h)
    a = (np.exp(-((d / rng.uniform(40, 90)) ** 2)) * rng.uniform(0.25, 0.45))[:, :, None]
    return lambda part: (part * (1 - a) + 255 * a).astype(np.uint8)


def tinted_ghost(piece: np.ndarray, tint: Colour, k: float) -> np.ndarray:
    """An ID's ghost image: the portrait shrunk by ``k`` and printed in one colour, the card's
    ``tint`` (white stays the tint, black half of it)."""
    h, w = piece.shape[:2]
    small_ = cv2.resize(piece, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(small_, cv2.COLOR_BGR2GRAY).astype(np.float32)[:, :, None] / 255
    return (np.array(tint, np.float32) * (0.5 + 0.5 * grey)).astype(np.uint8)


def caption_band(img: np.ndarray, rng: random.Random, x: int, y: int, w: int) -> int:
    """Live captions: a black band of two lines of white words (it takes the pixels it covers).
    Returns its height."""
    h = 96
    cv2.rectangle(img, (x, y), (x + w, y + h), (16, 16, 16), -1)
    for k in range(2):
        note(
            img,
            " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(4, 8))),
            (x + 24, y + 38 + k * 38),
            0.7,
            WHITE,
            2,
        )
    return h


def lower_third(img: np.ndarray, x: int, y: int, name: str, role: str, colour: Colour) -> None:
    """A broadcast's lower third (a speaker's name and role): an accent block and a white band
    under it (they take the pixels they cover)."""
    (tw, _th), _ = cv2.getTextSize(name, FONT, 0.8, 2)
    cv2.rectangle(img, (x, y), (x + tw + 60, y + 52), colour, -1)
    cv2.putText(img, name, (x + 30, y + 38), FONT, 0.8, WHITE, 2, cv2.LINE_AA)
    (rw, _rh), _ = cv2.getTextSize(role, FONT, 0.55, 1)
    cv2.rectangle(img, (x, y + 52), (x + max(tw, rw) + 60, y + 92), WHITE, -1)
    cv2.putText(img, role, (x + 30, y + 80), FONT, 0.55, INK, 1, cv2.LINE_AA)


def mics(img: np.ndarray, rng: random.Random, cx: int, y: int, w: int) -> None:
    """A cluster of broadcasters' microphones on a lectern: three to seven foam heads on sticks
    fanning up to row ``y``, each with a station's cube in its colour and a letter (they take the
    pixels they cover)."""
    n = rng.randrange(3, 8)
    r = max(5, w // 10)
    for k in range(n):
        hx = round(cx + (k - (n - 1) / 2) * w / n * rng.uniform(0.7, 1.0))
        hy = y + rng.randrange(0, 3 * r)
        foot = (round(cx + (hx - cx) * 0.3), y + 7 * r)
        cv2.line(img, (hx, hy), foot, (40, 40, 40), max(2, r // 3), cv2.LINE_AA)
        cv2.ellipse(img, (hx, hy), (r, round(r * 1.3)), 0, 0, 360, (35, 35, 38), -1, cv2.LINE_AA)
        colour = random_colour(rng, 30, 230)
        by = hy + round(r * 1.4)
        cv2.rectangle(img, (hx - r, by), (hx + r, by + round(r * 1.4)), colour, -1)
        cv2.putText(img, rng.choice("ABCDNRTUVZ"), (hx - r // 2, by + r), FONT, r / 22, WHITE, 1, cv2.LINE_AA)


def lectern(img: np.ndarray, cx: int, top: int, foot: int, w: int, colour: Colour) -> None:
    """A lectern in front of a speaker: a slanted top and a tapering front with a crest on it."""
    front = np.array(
        [[cx - w // 2, top], [cx + w // 2, top], [cx + w * 2 // 5, foot], [cx - w * 2 // 5, foot]], np.int32
    )
    cv2.fillPoly(img, [front], colour, cv2.LINE_AA)
    cv2.rectangle(img, (cx - w // 2 - 8, top - 10), (cx + w // 2 + 8, top + 6), tone(colour, -30), -1)
    seal(img, (cx, top + (foot - top) // 3), max(6, w // 6), tone(colour, -40))


def dashed_circle(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """An empty place (a rota's slot still needed): a dashed ring with a plus."""
    for a in range(0, 360, 30):
        cv2.ellipse(img, c, (r, r), 0, a, a + 16, colour, 2, cv2.LINE_AA)
    cv2.line(img, (c[0] - r // 3, c[1]), (c[0] + r // 3, c[1]), colour, 2)
    cv2.line(img, (c[0], c[1] - r // 3), (c[0], c[1] + r // 3), colour, 2)


def buttons(s: Screen, y: int, texts: tuple[str, str]) -> None:
    """Two buttons side by side across the page at ``y``: the first in the accent, the second
    plain."""
    bw = (WIDTH - 60) // 2 - 10
    for k, text in enumerate(texts):
        x = 30 + k * (bw + 20)
        pill(s.img, x, y, bw, 78, s.accent if k == 0 else off(s.bg, 20))
        note(s.img, text, (x + bw // 2 - 12 * len(text), y + 50), 0.72, WHITE if k == 0 else s.fg, 2)


def amount(rng: random.Random, lo: int = 2, hi: int = 400) -> str:
    """A sum of money in dollars and cents."""
    return f"${rng.randrange(lo, hi)}.{rng.choice(('00', '50', '25', '99', '10'))}"


def who(rng: random.Random) -> str:
    """A person's first name."""
    return rng.choice(C.WORDS).title()


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def press_photo(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    rect: tuple[int, int, int, int],
    lo: float,
    hi: float,
    rally: float,
) -> None:
    """A news photo in ``rect``: a press conference (a backdrop of sponsors' marks and flags, the
    speaker cut out behind a lectern, faces ``lo``-``hi`` px, a cluster of broadcasters'
    microphones over the chest and on some the chin), or on ``rally`` of them a rally (a crowd of
    three to five rows, faces 14-44 px, those under 18 px not counted) with placards held up over
    some heads."""
    img = s.img
    x, y, x2, y2 = rect
    w, h = x2 - x, y2 - y
    if rng.random() >= rally:
        fp = rng.uniform(lo, min(hi, h * 0.3))
        cv2.rectangle(img, (x, y), (x2 - 1, y2 - 1), random_colour(rng, 60, 200), -1)
        side = max(24, min(70, round(fp * rng.uniform(0.5, 0.8))))
        for j, yy in enumerate(range(y + side // 3, y2 - side, round(side * 1.8))):
            for xx in range(x + side // 3 + (j % 2) * side, x2 - side, round(side * 2.2)):
                H8.logo(img, rng, xx, yy, side)
        for fx in (x + side, x2 - 3 * side):
            if rng.random() < 0.6:
                cv2.line(img, (fx, y2), (fx, y + side), (150, 150, 150), max(2, side // 12))
                cv2.rectangle(
                    img, (fx, y + side), (fx + 2 * side, y + 3 * side), random_colour(rng, 40, 230), -1
                )
        cx = x + w * rng.uniform(0.35, 0.65)
        cy = y + max(fp, h * rng.uniform(0.2, 0.38))
        figure(cast, s, cx, cy, fp, rect, True)
        wood = rng.choice(((60, 50, 40), (110, 70, 40), (40, 40, 40)))
        lectern(
            img, round(cx), min(round(cy + fp * rng.uniform(1.9, 2.5)), y2 - 20), y2, round(fp * 2.6), wood
        )
        mics(img, rng, round(cx), round(cy + fp * rng.uniform(0.3, 0.9)), round(fp * 1.8))
        return
    piece, faces = H11.gathering(cast, w, h, 14, small(rng, 26, 44), rng.randrange(2, 5), 0, (1.9, 2.6), 0.0)
    paste_photo(cast, s, piece, faces, x, y)
    for _ in range(rng.randrange(1, 4)):
        pw, ph = rng.randrange(120, 200), rng.randrange(70, 110)
        px, py = rng.randrange(x, x2 - pw), rng.randrange(y + 10, y + h // 2)
        cv2.line(img, (px + pw // 2, py + ph), (px + pw // 2, min(y2 - 1, py + ph + 80)), (90, 120, 150), 6)
        cv2.rectangle(img, (px, py), (px + pw, py + ph), random_colour(rng, 170, 250), -1)
        note(img, words(rng, 1)[:7], (px + 10, py + ph * 2 // 3), ph / 90, INK, 2)


def comment(
    cast: Cast, rng: random.Random, s: Screen, x: int, y: int, lo: float, hi: float, top: bool
) -> int:
    """A reader's comment: the 20-28 px face (``lo``-``hi``; initials on some), the name, a "Top
    comment" tag on the first, two lines, likes and "reply". Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, x, y, lo, hi, (1.1, 1.25), "circle", person=True)
    note(img, who(rng), (x + sd + 16, y + 20), 0.6, s.fg, 2)
    if top:
        tag(img, x + sd + 150, y, "Top comment", s.accent, 28)
    s.words(rng, x + sd + 16, y + 54, 0.55, rng.randrange(4, 8))
    s.words(rng, x + sd + 16, y + 86, 0.55, rng.randrange(2, 6))
    note(img, f"{rng.randrange(0, 300)} likes   Reply", (x + sd + 16, y + 118), 0.5, GREY)
    return max(sd, 126) + 20


def news_article(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A news article: the paper's masthead bar; the section tag, the headline over two or three
    lines and the standfirst; the byline (one author's 18-26 px face, or two overlapping) and on 60 %
    the friends who shared it (a stack of 18-24 px faces, "+N"); the hero
    (``press_photo``: a press conference with microphones over the speaker, faces 50-160 px, or a
    rally under placards, 14-44 px) with its caption; the text with an embedded interview video on
    half (faces 40-150 px, a play button over its lower left) and a pull quote by the quoted
    person's round face (30-50 px) on 60 %; related stories (16:9 thumbnails at the right, faces
    18-60 px, and the reporter's 18-22 px face); the comments (one's 20-26 px face by the field,
    readers' 20-28 px faces, replies indented with 18-22 px)."""
    s = new_screen(rng, name, cast.kind("article"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    chevron(img, 40, y + 50, s.fg, back=True)
    paper = rng.choice(("THE DAILY ", "MORNING ", "CITY ", "EVENING ")) + rng.choice(
        ("POST", "HERALD", "LEDGER", "TIMES")
    )
    (tw, _th), _ = cv2.getTextSize(paper, FONT, 1.0, 2)
    cv2.putText(img, paper, ((WIDTH - tw) // 2, y + 64), FONT, 1.0, s.fg, 2, cv2.LINE_AA)
    icon(img, rng, (WIDTH - 60, y + 50), 20, s.fg)
    y += 100
    cv2.line(img, (0, y), (WIDTH, y), off(page, 40), 2)
    y += 24
    tag(img, 30, y, rng.choice(("POLITICS", "LOCAL", "WORLD", "BUSINESS", "CITY HALL")), s.accent, 34)
    y += 50
    for _ in range(rng.randrange(2, 4)):
        heading(s, 30, y + 40, words(rng, 3).title()[:30], 1.15)
        y += 54
    s.words(rng, 30, y + 30, 0.65, rng.randrange(5, 9), GREY)
    y += 60
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
    authors = 1 if rng.random() < 0.5 else 2
    end = cast.stack(s, 30, y, authors, fp, side, round(side * 0.65), page) if authors == 2 else 30 + side
    if authors == 1:
        cast.avatar(s, 30, y, fp, side, "circle")
    note(
        img,
        "By " + " and ".join(who(rng) for _ in range(authors)),
        (end + 14, y + side // 2 - 2),
        0.6,
        s.fg,
        2,
    )
    note(
        img,
        f"{rng.randrange(1, 12)}h ago - {rng.randrange(3, 15)} min read",
        (end + 14, y + side // 2 + 26),
        0.5,
        GREY,
    )
    if rng.random() < 0.6:  # friends who shared it
        end = stack(
            cast, s, rng, WIDTH - 330, y + 6, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 40)
        )
        note(img, "shared", (end + 10, y + 32), 0.5, GREY)
    y += max(side, 60) + 24
    hh = rng.randrange(480, 621)
    press_photo(cast, rng, s, (0, y, WIDTH, y + hh), 50, 160, 0.3)
    y += hh + 16
    s.words(rng, 30, y + 20, 0.5, rng.randrange(6, 11), GREY)
    y += 50
    foot = H - NAV_H - 20
    for _ in range(rng.randrange(1, 4)):
        s.words(rng, 30, y + 24, 0.65, rng.randrange(6, 10))
        y += 40
    if rng.random() < 0.5 and y + 420 < foot:  # an embedded video: an interview, a play button
        vh = rng.randrange(300, 381)
        cast.photo(s, 30, y, WIDTH - 60, vh, rng.uniform(40, 150), rounded_rect(vh, WIDTH - 60, 16))
        play_button(img, (90, y + vh - 60), 36, WHITE, INK)
        pill(img, WIDTH - 150, y + vh - 56, 100, 36, (20, 20, 20))
        note(img, f"{rng.randrange(1, 9)}:{rng.randrange(60):02d}", (WIDTH - 132, y + vh - 30), 0.55, WHITE)
        y += vh + 20
        s.words(rng, 30, y + 20, 0.5, rng.randrange(4, 9), GREY)
        y += 50
    if rng.random() < 0.6 and y + 180 < foot:  # a pull quote by the quoted person's face
        cv2.rectangle(img, (30, y + 10), (38, y + 150), s.accent, -1)
        sd = face_avatar(cast, s, rng, 60, y + 20, 30, 50, (1.2, 1.4), "circle")
        for k in range(2):
            note(
                img,
                ('"' if k == 0 else "") + words(rng, 4).lower(),
                (90 + sd, y + 60 + k * 42),
                0.8,
                s.accent,
                2,
            )
        y += 180
    if y + 200 < foot:
        y = section(s, y, "Related", False)
        while y + 150 < foot - 220 and rng.random() < 0.85:
            tw2, th2 = 220, 124
            cut_photo(cast, rng, s, WIDTH - 30 - tw2, y, tw2, th2, 18.3, 60, rounded_rect(th2, tw2, 10), 0.85)
            note(img, words(rng, 3).title()[:22], (30, y + 36), 0.65, s.fg, 2)
            note(img, words(rng, 2).lower(), (30, y + 70), 0.6, s.fg, 2)
            sd = face_avatar(cast, s, rng, 30, y + 86, 18.3, 22, (1.1, 1.2), "circle")
            note(img, who(rng), (40 + sd, y + 106), 0.5, GREY)
            y += th2 + 24
    if y + 200 < foot:
        heading(s, 30, y + 30, f"Comments ({rng.randrange(3, 900)})", 0.8)
        y += 56
        pill(img, 30, y, WIDTH - 60, 70, off(page, 14))
        face_avatar(cast, s, rng, 42, y + 10, 20, 26, (1.3, 1.5), "circle")
        note(img, "Join the conversation", (130, y + 44), 0.6, GREY)
        y += 96
        first = True
        while y + 150 < foot:
            y += comment(cast, rng, s, 30, y, 20, 28, first)
            first = False
            if rng.random() < 0.4 and y + 140 < foot:
                y += comment(cast, rng, s, 110, y, 18.3, 22, False)
    H5.nav_bar(s)
    return s.finish()


def spine_entry(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A live blog's entry on the timeline: the reporter's 18-26 px face in a ring on the spine (the
    line through every entry), the time and the name, the text; on 35 % a photo (faces 18-90 px,
    those cut by its edges counted while half shows), on 20 % an official's quote card (a 30-44 px
    face), on some a "PINNED" tag. Returns its height."""
    img, page = s.img, s.bg
    fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
    cv2.circle(img, (70, y + side // 2), side // 2 + 6, s.accent, 3, cv2.LINE_AA)
    cast.avatar(s, 70 - side // 2, y, fp, side, "circle", page)
    x = 130
    note(img, f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}", (x, y + 20), 0.6, s.accent, 2)
    note(img, who(rng) + " " + who(rng), (x + 110, y + 20), 0.55, GREY)
    if rng.random() < 0.12:
        tag(img, WIDTH - 150, y - 4, "PINNED", GOLD, 30)
    yy = y + 50
    for _ in range(rng.randrange(1, 4)):
        s.words(rng, x, yy + 12, 0.6, rng.randrange(4, 8))
        yy += 36
    roll = rng.random()
    if roll < 0.35 and yy + 360 < foot:
        ph = rng.randrange(260, 341)
        cut_photo(
            cast, rng, s, x, yy, WIDTH - 30 - x, ph, 18.3, 90, rounded_rect(ph, WIDTH - 30 - x, 14), 0.9
        )
        yy += ph + 16
    elif roll < 0.55 and yy + 170 < foot:
        fill(img, rounded_rect(140, WIDTH - 30 - x, 16), x, yy, off(page, 12))
        sd = face_avatar(cast, s, rng, x + 20, yy + 24, 30, 44, (1.15, 1.3), "circle")
        note(img, '"' + words(rng, 3).lower() + '"', (x + 40 + sd, yy + 56), 0.65, s.fg, 2)
        note(
            img,
            who(rng) + ", " + rng.choice(("Mayor", "Minister", "Police chief", "Governor")),
            (x + 40 + sd, yy + 96),
            0.5,
            GREY,
        )
        yy += 160
    return yy - y + 30


def live_blog(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live blog of a public briefing: the stream at the top (on half the official behind a
    lectern under microphones, ``press_photo``, faces 60-180 px, else close up, 70-260 px) with live
    captions over its foot on half (``caption_band``, over the chin on some) and a sign-language
    interpreter's inset over its lower right on 55 % (faces 30-60 px, a white rim), a "LIVE" tag
    and viewers; the headline and "updated"; key moments as chips with a still's round crop (faces
    18-24 px), cut by the right edge; the timeline (``spine_entry``: reporters' 18-26 px faces on
    its spine, photos with 18-90 px faces, officials' quotes by 30-44 px faces); an "N new updates"
    pill floating over the entries."""
    s = new_screen(rng, name, cast.kind("liveblog"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    vh = rng.randrange(540, 661)
    if rng.random() < 0.5:
        press_photo(cast, rng, s, (0, y, WIDTH, y + vh), 60, 180, 0.0)
    else:
        cast.photo(s, 0, y, WIDTH, vh, rng.uniform(70, 260))
    inset = rng.random() < 0.55
    iw = rng.randrange(200, 261)
    if rng.random() < 0.5:  # captions, left of the inset where there is one
        caption_band(img, rng, 0, y + vh - rng.randrange(110, 200), WIDTH - (iw + 40 if inset else 0))
    if inset:  # the interpreter's inset
        ih = round(iw * rng.uniform(1.0, 1.25))
        ix, iy = WIDTH - iw - 24, y + vh - ih - 24
        fill(img, rounded_rect(ih + 10, iw + 10, 18), ix - 5, iy - 5, WHITE)
        cast.photo(s, ix, iy, iw, ih, small(rng, 30, 60), rounded_rect(ih, iw, 14))
    tag(img, 24, y + 20, "LIVE", RED, 40)
    pill(img, 120, y + 20, 170, 40, (30, 30, 30))
    note(img, f"{rng.randrange(1, 90)}.{rng.randrange(10)}k", (146, y + 48), 0.6, WHITE, 2)
    y += vh + 20
    for _ in range(2):
        heading(s, 30, y + 40, words(rng, 3).title()[:30], 1.0)
        y += 50
    note(img, f"Updated {rng.randrange(1, 9)} min ago", (30, y + 30), 0.55, GREY)
    pill(img, WIDTH - 200, y, 170, 52, s.accent)
    note(img, "Follow", (WIDTH - 160, y + 36), 0.6, WHITE, 2)
    y += 70
    x = 30
    while x < WIDTH:  # key moments: a still's round crop (faces 18-24 px) in each chip, cut by the edge
        text = f"{rng.randrange(8, 22)}:{rng.randrange(60):02d} " + rng.choice(C.WORDS)
        (cw, _ch), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.55, 1)
        pill(img, x, y, cw + 86, 56, off(page, 16))
        face_avatar(cast, s, rng, x + 8, y + 6, 18.3, 24, (1.5, 1.7), "circle")
        note(img, text, (x + 64, y + 36), 0.55, s.fg)
        x += cw + 100
    y += 84
    foot = H - NAV_H - 20
    top = y
    cv2.line(img, (70, y), (70, foot), off(page, 40), 4)
    while y + 120 < foot:
        y += spine_entry(cast, rng, s, y, foot)
    pw = 300
    py = rng.randrange(top + 40, max(top + 41, foot - 200))
    pill(img, (WIDTH - pw) // 2, py, pw, 60, s.accent)
    note(img, f"{rng.randrange(2, 30)} new updates", ((WIDTH - pw) // 2 + 50, py + 40), 0.65, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def payment_row(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A payments feed's row: the payer's and payee's faces (``pair``), "A paid B" (or "charged"),
    the time and who sees it, the note with a drawn emoji, likes and comments, on 25 % a comment by
    an 18-22 px face. Returns its height."""
    img = s.img
    w = pair(cast, rng, s, 30, y)
    x = 60 + w
    verb = rng.choice(("paid", "paid", "paid", "charged"))
    a, b = who(rng), who(rng)
    note(img, a, (x, y + 28), 0.65, s.fg, 2)
    (aw, _h), _ = cv2.getTextSize(a, cv2.FONT_HERSHEY_SIMPLEX, 0.65, 2)
    note(img, verb, (x + aw + 12, y + 28), 0.6, GREY)
    note(img, b, (x + aw + 32 + 12 * len(verb), y + 28), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(1, 59)}{rng.choice('mhd')}", (x, y + 62), 0.5, GREY)
    icon(img, rng, (x + 76, y + 54), 9, GREY)
    kind = rng.choice(OBJECTS)
    object_emoji(img, (x + 18, y + 100), 16, kind)
    note(img, words(rng, rng.randrange(1, 4)).lower(), (x + 48, y + 110), 0.65, s.fg)
    if verb == "charged" or rng.random() < 0.2:
        note(
            img,
            ("- " if verb == "charged" else "+ ") + amount(rng),
            (WIDTH - 200, y + 28),
            0.65,
            RED if verb == "charged" else GREEN,
            2,
        )
    heart(img, (x + 12, y + 150), 12, GREY)
    note(img, str(rng.randrange(0, 40)), (x + 32, y + 158), 0.5, GREY)
    icon(img, rng, (x + 110, y + 150), 11, GREY)
    h = 190
    if rng.random() < 0.25 and y + 270 < foot:
        sd = face_avatar(cast, s, rng, x, y + 180, 18.3, 22, (1.1, 1.2), "circle", person=True)
        s.words(rng, x + sd + 14, y + 180 + sd // 2 + 8, 0.55, rng.randrange(2, 6), GREY)
        h += max(sd, 30) + 20
    cv2.line(img, (x, y + h - 10), (WIDTH - 30, y + h - 10), off(s.bg, 18), 1)
    return h


def p2p_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A peer-to-peer payments feed: one's own 22-30 px face at the top left, the app's name, a scan
    icon; the feed's toggle (``toggle``: friends, public, mine); a search pill; rows
    (``payment_row``: payers' 30-44 px faces with payees' 18-26 px over their lower right, drawn
    emoji in the notes, comments by 18-22 px faces); the "Pay or request" button floating over the
    feed's foot."""
    s = new_screen(rng, name, cast.kind("p2p"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    sd = face_avatar(cast, s, rng, 30, y, 22, 30, (1.2, 1.4), "circle")
    heading(s, 50 + sd, y + sd // 2 + 14, rng.choice(("Pally", "Sendr", "Cashly", "Splitz")), 1.1)
    icon(img, rng, (WIDTH - 60, y + sd // 2), 20, s.fg)
    y += max(sd, 60) + 24
    toggle(img, 30, y, ("Friends", "Public", "Mine"), rng.randrange(3), off(page, 16), s.accent)
    y += 90
    search_field(s, y, "People, notes or @handles")
    y += 100
    foot = H - NAV_H - 120
    while y + 190 < foot:
        y += payment_row(cast, rng, s, y, foot)
    pill(img, WIDTH // 2 - 220, foot - 110, 440, 90, s.accent)
    note(img, "Pay or request", (WIDTH // 2 - 130, foot - 54), 0.85, WHITE, 2)
    tab_bar(s, rng, off(page, 6), 3)
    H5.nav_bar(s)
    return s.finish()


def transaction(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A bank's transaction: a merchant's drawn logo, or on 45 % a person's 28-36 px face (initials
    on some), or on 15 % a shared expense's stack of 18-22 px faces; the name, the date, the sum in
    or out. Returns its height."""
    img = s.img
    roll = rng.random()
    if roll < 0.45:
        face_avatar(cast, s, rng, 30, y, 28, 36, (1.15, 1.3), "circle", person=True)
    elif roll < 0.6:
        stack(cast, s, rng, 30, y + 8, 2, 18.3, 22, s.bg, 0, (0.45, 0.55))
    else:
        H8.logo(img, rng, 30, y, 60)
    note(img, (who(rng) if roll < 0.6 else words(rng, 1).title())[:14], (130, y + 26), 0.65, s.fg, 2)
    note(img, f"{rng.randrange(1, 29)} {rng.choice(('May', 'Jun', 'Jul'))}", (130, y + 58), 0.5, GREY)
    sign = "+" if rng.random() < 0.3 else "-"
    note(img, sign + amount(rng), (WIDTH - 210, y + 40), 0.7, GREEN if sign == "+" else s.fg, 2)
    return 90


def split_sheet(cast: Cast, rng: random.Random, s: Screen, top: int) -> None:
    """A split-the-bill sheet over a 35-55 % scrim from ``top``: the receipt's thumbnail (a thing),
    the total, who it is split with (a stack of 18-26 px faces, "+N"), then each person's row (a
    24-32 px face, initials on some, a paid tick over its lower right on some, the share, a "Remind"
    pill), the send button."""
    img = s.img
    H5.scrim(s, (0, STATUS_H, WIDTH, top + 60), rng.uniform(0.35, 0.55))
    page = s.bg if sum(s.bg) > 120 else (40, 40, 44)
    H5.sheet(img, top, page)
    y = top + 50
    cast.thing(s, 30, y, 110, 140, rounded_rect(140, 110, 12))
    ink = INK if sum(page) > 384 else WHITE
    heading(s, 170, y + 40, "Split bill", 0.95, ink)
    note(img, amount(rng, 30, 900), (170, y + 86), 0.9, ink, 2)
    end = stack(cast, s, rng, 170, y + 100, rng.randrange(2, 6), 18.3, 26, page, rng.randrange(0, 4))
    note(img, "split equally", (end + 14, y + 128), 0.55, GREY)
    y += 180
    foot = H - NAV_H - 130
    while y + 90 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.15, 1.3), "circle", person=True)
        paid = rng.random() < 0.4
        if paid:
            badge(img, (30 + sd - 4, y + sd - 4), max(8, sd // 5), GREEN, "check", page)
        note(img, who(rng), (54 + sd, y + sd // 2 + 8), 0.65, ink, 2)
        note(img, amount(rng, 5, 90), (WIDTH - 430, y + sd // 2 + 8), 0.65, ink)
        if not paid:
            pill(img, WIDTH - 220, y + sd // 2 - 26, 180, 52, off(page, 20))
            note(img, "Remind", (WIDTH - 176, y + sd // 2 + 8), 0.6, ink, 2)
        y += max(sd, 56) + 26
    pill(img, 30, foot + 20, WIDTH - 60, 86, s.accent)
    note(img, "Send requests", (WIDTH // 2 - 110, foot + 74), 0.8, WHITE, 2)


def bank_app(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A bank app: the greeting and one's 24-32 px face; the balance card (a gradient, the sum, a
    masked number); quick actions; "Send again" (a card of four to six round faces, 36-56 px,
    initials on some, names under them, an "add" disc); recent transactions (``transaction``:
    28-36 px faces, 18-22 px stacks, merchants' logos); on 55 % a split-the-bill sheet over a scrim
    (``split_sheet``: a stack of 18-26 px faces, people's 24-32 px faces with paid ticks)."""
    s = new_screen(rng, name, cast.kind("bank"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    note(img, "Good " + rng.choice(("morning", "evening", "afternoon")), (30, y + 40), 0.7, GREY)
    heading(s, 30, y + 90, who(rng), 1.2)
    face_avatar(cast, s, rng, WIDTH - 110, y + 20, 24, 32, (1.5, 1.8), "circle")
    y += 130
    a = random_colour(rng, 40, 200)
    gradient(img, (30, y, WIDTH - 30, y + 300), a, tone(a, -60), False)
    fill(img, 255 - rounded_rect(300, WIDTH - 60, 28), 30, y, page)
    note(img, "Current account", (70, y + 60), 0.65, WHITE)
    cv2.putText(
        img,
        f"${rng.randrange(10, 99999):,}.{rng.randrange(100):02d}",
        (70, y + 150),
        FONT,
        1.8,
        WHITE,
        3,
        cv2.LINE_AA,
    )
    note(img, f"**** {rng.randrange(1000, 9999)}", (70, y + 220), 0.6, WHITE)
    fill(img, rounded_rect(50, 70, 10), WIDTH - 150, y + 40, (90, 200, 230))
    y += 330
    for k in range(4):
        c = (30 + 60 + k * ((WIDTH - 60) // 4), y + 50)
        cv2.circle(img, c, 44, off(page, 16), -1, cv2.LINE_AA)
        icon(img, rng, c, 18, s.accent)
        note(img, ("Send", "Request", "Pay", "More")[k], (c[0] - 38, c[1] + 84), 0.5, s.fg)
    y += 160
    fill(img, rounded_rect(230, WIDTH - 60, 22), 30, y, off(page, 8))
    note(img, "Send again", (60, y + 44), 0.7, s.fg, 2)
    x = 60
    badge(img, (x + 40, y + 112), 38, off(page, 40), "+")
    x += 110
    for _ in range(rng.randrange(4, 7)):
        if x + 100 > WIDTH - 50:
            break
        sd = face_avatar(cast, s, rng, x, y + 66, 36, 56, (1.2, 1.35), "circle", person=True)
        note(img, who(rng)[:7], (x, y + 96 + sd), 0.5, GREY)
        x += sd + 36
    y += 260
    split = rng.random() < 0.55
    top = rng.randrange(y + 60, y + 260) if split else H
    y = section(s, y, "Recent")
    while y + 90 < min(top, H - NAV_H - 130):
        y += transaction(cast, rng, s, y)
    if split:
        split_sheet(cast, rng, s, top)
    else:
        tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def ticker(rng: random.Random) -> str:
    """A stock's or a coin's symbol."""
    return "".join(rng.choice("ABCDEFGHKLMNPRSTUVXZ") for _ in range(rng.randrange(3, 5)))


def tape(img: np.ndarray, rng: random.Random, y: int) -> int:
    """A ticker tape across the screen: symbols, prices and green or red arrows. Returns its
    height."""
    cv2.rectangle(img, (0, y), (WIDTH, y + 56), (24, 24, 28), -1)
    x = 20 - rng.randrange(0, 120)
    while x < WIDTH:
        up = rng.random() < 0.55
        text = f"{ticker(rng)} {rng.uniform(1, 900):.2f}"
        note(img, text, (x, y + 38), 0.6, WHITE)
        (tw, _th), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.6, 1)
        tip = (x + tw + 18, y + (18 if up else 38))
        tri = np.array(
            [[tip[0] - 9, y + (36 if up else 20)], [tip[0] + 9, y + (36 if up else 20)], tip], np.int32
        )
        cv2.fillPoly(img, [tri], UP if up else DOWN, cv2.LINE_AA)
        x += tw + 60
    return 56


def top_traders(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Top traders: round photos (faces 40-64 px) in green or red rings, each with its return in a
    chip over the photo's foot (over the chin on some: the face counts while half of it shows),
    handles under them, cut by the right edge. Returns the height."""
    img = s.img
    side = rng.randrange(110, 141)
    x = 30
    while x < WIDTH:
        up = rng.random() < 0.7
        cv2.circle(img, (x + side // 2, y + side // 2), side // 2 + 7, UP if up else DOWN, 4, cv2.LINE_AA)
        cast.avatar(s, x, y, min(64.0, max(40.0, side / rng.uniform(1.8, 2.6))), side, "circle")
        text = f"{'+' if up else '-'}{rng.randrange(2, 180)}%"
        pill(img, x + side // 2 - 52, y + side - 20, 104, 38, UP if up else DOWN)
        note(img, text, (x + side // 2 - 38, y + side + 8), 0.6, WHITE, 2)
        note(img, "@" + rng.choice(C.WORDS)[:7], (x + 4, y + side + 56), 0.5, GREY)
        x += side + 34
    return side + 80


def trade_post(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A trader's post: the author's 28-40 px face (initials on some) with a verified tick over its
    lower right or a "PRO" tag, the handle and time, text with $symbols, a chart card on 60 %
    (``candles``), a photo of people on 12 % (a meetup, faces 18-60 px), the bull and bear bar, a
    "copied by" stack of 18-22 px faces on 60 %, counts. Returns its height."""
    img, page = s.img, s.bg
    sd = face_avatar(cast, s, rng, 30, y, 28, 40, (1.15, 1.3), "circle", person=True)
    if rng.random() < 0.5:
        tick_badge(img, (30 + sd - 3, y + sd - 3), max(8, sd // 6), page)
    note(img, "@" + rng.choice(C.WORDS) + rng.choice(C.WORDS)[:4], (50 + sd, y + 24), 0.65, s.fg, 2)
    if rng.random() < 0.35:
        tag(img, 330 + sd, y, "PRO", GOLD, 30)
    note(img, f"{rng.randrange(1, 59)}m", (WIDTH - 90, y + 24), 0.5, GREY)
    yy = y + max(sd, 40) + 20
    sym = ticker(rng)
    note(img, f"${sym} " + words(rng, rng.randrange(2, 5)).lower(), (50 + sd, yy), 0.62, s.fg)
    yy += 36
    roll = rng.random()
    if roll < 0.6 and yy + 300 < foot:
        ch = rng.randrange(240, 301)
        fill(img, rounded_rect(ch, WIDTH - 80 - sd, 16), 50 + sd, yy, off(page, 10))
        up = candles(img, rng, (70 + sd, yy + 70, WIDTH - 60, yy + ch - 20))
        note(img, f"{sym}  {rng.uniform(1, 900):.2f}", (70 + sd, yy + 44), 0.65, s.fg, 2)
        note(
            img,
            f"{'+' if up else '-'}{rng.uniform(0.1, 14):.2f}%",
            (WIDTH - 220, yy + 44),
            0.65,
            UP if up else DOWN,
            2,
        )
        yy += ch + 16
    elif roll < 0.72 and yy + 300 < foot:
        ph = rng.randrange(220, 281)
        cut_photo(
            cast,
            rng,
            s,
            50 + sd,
            yy,
            WIDTH - 80 - sd,
            ph,
            18.3,
            60,
            rounded_rect(ph, WIDTH - 80 - sd, 16),
            0.95,
        )
        yy += ph + 16
    bull = rng.uniform(0.2, 0.85)
    bw = WIDTH - 80 - sd
    cv2.rectangle(img, (50 + sd, yy), (50 + sd + round(bw * bull), yy + 10), UP, -1)
    cv2.rectangle(img, (50 + sd + round(bw * bull) + 4, yy), (50 + sd + bw, yy + 10), DOWN, -1)
    yy += 30
    if rng.random() < 0.6 and yy + 50 < foot:
        end = stack(cast, s, rng, 50 + sd, yy, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 90))
        note(img, "copied this trade", (end + 12, yy + 22), 0.5, GREY)
        yy += 40
    note(img, f"{rng.randrange(0, 900)} likes  {rng.randrange(0, 90)} replies", (50 + sd, yy + 28), 0.5, GREY)
    yy += 44
    cv2.line(img, (30, yy), (WIDTH - 30, yy), off(page, 18), 1)
    return yy - y + 20


def trader_feed(cast: Cast, rng: random.Random, name: str) -> Composite:
    """An investing or crypto community: a ticker tape (``tape``); the title and search; trending
    symbols as chips; top traders (``top_traders``: faces 40-64 px, return chips over their foot,
    cut by the right edge); posts (``trade_post``: authors' 28-40 px faces, candlestick chart cards,
    meetups' photos with 18-60 px faces, "copied by" stacks of 18-22 px faces)."""
    s = new_screen(rng, name, cast.kind("traders"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    y += tape(img, rng, y) + 10
    heading(s, 30, y + 60, rng.choice(("Community", "Stocktalk", "Coinroom", "Traders")), 1.3)
    icon(img, rng, (WIDTH - 60, y + 46), 20, s.fg)
    y += 96
    chips(img, rng, 30, y, 5, 48, (110, 170), off(page, 18), s.fg)
    y += 76
    if rng.random() < 0.85:
        note(img, "Top traders this week", (30, y + 26), 0.7, s.fg, 2)
        y += 50
        y += top_traders(cast, rng, s, y)
    foot = H - NAV_H - 120
    while y + 160 < foot:
        y += trade_post(cast, rng, s, y, foot)
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def id_front(cast: Cast, rng: random.Random, w: int, h: int) -> tuple[np.ndarray, list[C.BoxF]]:
    """A digital ID's card, front on, w x h: a pale ground with guilloche waves, a navy band with a
    crest, the holder's portrait in a rounded rectangle (faces 70-160 px), the ghost copy at 30-40 %
    of its size printed in the card's tint in an oval (``tinted_ghost``; its face counted at 18 px
    or more),
    fields and a signature, then the sheen (``sheen``) swept over the whole card (faces under it
    counted, paler)."""
    tint = random_colour(rng, 150, 225)

    def draw(sc: Screen) -> None:
        img = sc.img
        gradient(img, (0, 0, w, h), tone(tint, 25), tone(tint, -5))
        guilloche(img, (0, h // 5, w, h), tone(tint, -30), rng.uniform(0, 6))
        band = rng.choice((NAVY, (40, 90, 40), (60, 40, 120), (30, 30, 30)))
        cv2.rectangle(img, (0, 0), (w, h // 6), band, -1)
        seal(img, (h // 12 + 14, h // 12), h // 14, tone(band, 30))
        note(
            img,
            rng.choice(("IDENTITY CARD", "DRIVING LICENCE", "RESIDENT CARD")),
            (h // 6 + 20, h // 12 + 12),
            h / 600,
            WHITE,
            2,
        )
        pw = round(w * 0.3)
        ph = round(pw * 1.28)
        px, py = round(w * 0.05), h // 6 + round(h * 0.07)
        piece, faces = portrait(cast, pw, ph, min(rng.uniform(70, 160), pw * 0.55))
        paste_photo(cast, sc, piece, faces, px, py, rounded_rect(ph, pw, 16))
        k = rng.uniform(0.3, 0.4)
        ghost = tinted_ghost(piece, tone(tint, -20), k)
        gh, gw = ghost.shape[:2]
        oval = np.zeros((gh, gw), np.uint8)
        cv2.ellipse(oval, (gw // 2, gh // 2), (gw // 2, gh // 2), 0, 0, 360, 255, -1, cv2.LINE_AA)
        boxes = [(a * k, b * k, c * k, d * k) for a, b, c, d in faces]
        paste_photo(cast, sc, ghost, boxes, w - gw - 30, h - gh - 30, oval)
        tx = px + pw + 40
        for j in range(5):
            note(
                img,
                rng.choice(("Surname", "Given names", "Born", "Expires", "Number")),
                (tx, py + 22 + j * 62),
                h / 1100,
                tone(tint, -90),
            )
            note(img, words(rng, 1).title()[:12], (tx, py + 50 + j * 62), h / 750, INK, 2)
        sig = [
            (tx + j * 18, py + ph - 10 + round(12 * math.sin(j * rng.uniform(0.7, 1.6)))) for j in range(12)
        ]
        cv2.polylines(img, [np.array(sig, np.int32)], False, (120, 60, 30), 2, cv2.LINE_AA)
        H10.redrawn(sc, (0, 0, w, h), sheen(rng, w, h))

    return offscreen(w, h, draw)


def doc_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Another document in the wallet: a mini card (a tinted rectangle with the holder's small photo,
    faces 20-34 px, lines), its title and state, a chevron. Returns its height."""
    img = s.img
    cw, ch = 170, 108
    tint = random_colour(rng, 120, 230)
    fill(img, rounded_rect(ch, cw, 12), 30, y, tint)
    cv2.rectangle(img, (30, y + 10), (30 + cw, y + 28), tone(tint, -60), -1)
    fp, side = _size(rng, 20, small(rng, 21, 34), (1.2, 1.35))
    side = min(side, ch - 40)
    cast.avatar(s, 42, y + 34, min(fp, side / 1.1), side, "square")
    for j in range(3):
        cv2.line(img, (54 + side, y + 46 + j * 18), (30 + cw - 14, y + 46 + j * 18), tone(tint, -50), 3)
    note(
        img,
        rng.choice(("Driving licence", "Health card", "Residence permit", "Student card", "Voter card")),
        (230, y + 44),
        0.7,
        s.fg,
        2,
    )
    note(img, rng.choice(("Valid", "Valid until 2031", "Renew soon")), (230, y + 82), 0.55, GREY)
    chevron(img, WIDTH - 60, y + ch // 2, GREY)
    return ch + 26


def digital_id(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A government wallet's digital ID: the app bar with a crest; the card front on (``id_front``:
    the portrait 70-160 px, the ghost copy in the card's tint, guilloche, a sheen over it all), a
    "verified" tick and a refresh ring; "prove your age" and "share" buttons, on half a QR code
    with its timer; other documents (``doc_row``: mini cards with 20-34 px photos); on 60 % the
    dependants (round faces 24-36 px, an "add" disc); recent checks (verifiers' logos, never
    faces)."""
    s = new_screen(rng, name, cast.kind("govid"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    seal(img, (60, STATUS_H + 56), 30, NAVY)
    heading(s, 110, STATUS_H + 70, rng.choice(("Gov Wallet", "ID Wallet", "My Documents")), 1.1)
    icon(img, rng, (WIDTH - 60, STATUS_H + 56), 20, s.fg)
    y = STATUS_H + 130
    cw = WIDTH - 60
    ch = round(cw / 1.586)
    piece, faces = id_front(cast, rng, cw, ch)
    paste_photo(cast, s, piece, faces, 30, y, rounded_rect(ch, cw, 28))
    y += ch + 30
    badge(img, (50, y + 20), 18, GREEN, "check", page)
    note(img, "Verified by the issuer", (80, y + 30), 0.6, s.fg, 2)
    ring_progress(img, (WIDTH - 60, y + 20), 20, rng.uniform(0.1, 0.95), s.accent, off(page, 30), 5)
    y += 70
    buttons(s, y, ("Prove age", "Share ID"))
    y += 110
    foot = H - NAV_H - 130
    if rng.random() < 0.5 and y + 300 < foot:
        fill(img, rounded_rect(260, WIDTH - 60, 20), 30, y, off(page, 10))
        qr(img, rng, 70, y + 30, 200)
        note(img, "Show to the verifier", (320, y + 80), 0.7, s.fg, 2)
        note(img, f"Expires in 0:{rng.randrange(10, 60)}", (320, y + 124), 0.6, GREY)
        y += 290
    y = section(s, y, "Documents")
    for _ in range(rng.randrange(1, 4)):
        if y + 140 > foot:
            break
        y += doc_row(cast, rng, s, y)
    if rng.random() < 0.6 and y + 160 < foot:
        y = section(s, y, "Family", False)
        x = H24.profiles(cast, rng, s, y, rng.randrange(1, 4), 24, 36, False)
        badge(img, (x + 30, y + 30), 28, off(page, 40), "+")
        y += 110
    while y + 90 < foot:
        H8.logo(img, rng, 30, y, 56)
        note(img, "Age shared with " + words(rng, 1).title()[:10], (110, y + 26), 0.6, s.fg)
        note(
            img,
            f"{rng.randrange(1, 29)} Jun, {rng.randrange(8, 22)}:{rng.randrange(60):02d}",
            (110, y + 56),
            0.5,
            GREY,
        )
        y += 84
    tab_bar(s, rng, off(page, 6), 3)
    H5.nav_bar(s)
    return s.finish()


def dais(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A council chamber's dais at (x, y, w, h): a panelled wall with the crest, four to eight
    members in a row behind the long desk (faces 20-60 px; a back row of staff on some, their
    faces under 18 px, drawn and not counted), the desk drawn over their chests with a nameplate before
    each."""
    img = s.img
    wood = rng.choice(((60, 90, 130), (50, 70, 100), (120, 140, 160)))
    gradient(img, (x, y, x + w, y + h), tone(wood, 20), tone(wood, -20))
    for xx in range(x, x + w, 90):
        cv2.line(img, (xx, y), (xx, y + h), tone(wood, -30), 2)
    seal(img, (x + w // 2, y + h // 8), max(20, h // 12), NAVY)
    n = rng.randrange(4, 9)
    fp = small(rng, 20, min(60.0, w / n / 2.2))
    desk = y + round(h * rng.uniform(0.6, 0.7))
    clip = (x, y, x + w, y + h)
    if rng.random() < 0.4:  # staff behind
        for k in range(n + 1):
            figure(cast, s, x + w * (k + 0.2) / (n + 1), desk - fp * 3.2, min(17.0, fp * 0.55), clip)
    for k in range(n):
        figure(
            cast,
            s,
            x + w * (k + 0.5) / n + rng.uniform(-0.1, 0.1) * w / n,
            desk - fp * rng.uniform(1.6, 2.1),
            fp * rng.uniform(0.9, 1.05),
            clip,
        )
    cv2.rectangle(img, (x, desk), (x + w - 1, y + h - 1), tone(wood, -45), -1)
    cv2.rectangle(img, (x, desk), (x + w - 1, desk + 8), tone(wood, 10), -1)
    for k in range(n):
        px = round(x + w * (k + 0.5) / n)
        cv2.rectangle(img, (px - 40, desk + 14), (px + 40, desk + 40), WHITE, -1)
        cv2.line(img, (px - 30, desk + 27), (px + 30, desk + 27), INK, 2)


def vote_tally(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> int:
    """A motion's roll-call vote: "Yes", "No" and "Abstain" columns, each its count and a grid of
    members' 18-26 px faces (initials on some) four to a row. Returns the y under it."""
    img = s.img
    heading(s, 30, y + 30, "Motion " + str(rng.randrange(2, 40)) + " - vote", 0.8)
    y += 56
    cw = (WIDTH - 60) // 3
    votes = [rng.randrange(3, 10), rng.randrange(0, 6), rng.randrange(0, 3)]
    bottom = y
    for k, (label, colour) in enumerate((("Yes", GREEN), ("No", RED), ("Abstain", GREY))):
        x0 = 30 + k * cw
        fill(img, rounded_rect(12, cw - 20, 6), x0, y, colour)
        note(img, f"{label} {votes[k]}", (x0, y + 50), 0.65, s.fg, 2)
        yy = y + 70
        fp, side = _size(rng, 18.3, small(rng, 19, 26), (1.1, 1.25))
        for j in range(votes[k]):
            r, c = divmod(j, 4)
            if yy + (r + 1) * (side + 12) > foot:
                break
            cast.person(
                s, x0 + c * (side + 14), yy + r * (side + 12), fp * rng.uniform(0.93, 1.0), side, "circle"
            )
            bottom = max(bottom, yy + (r + 1) * (side + 12))
    return max(bottom, y + 80) + 20


def town_hall(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A town hall's or a council's meeting stream: the meeting's bar; the stream (on 55 % the
    speaker at the podium, faces 70-300 px, else the chamber's dais, ``dais``: members' 20-60 px
    faces behind the desk) with a lower third over its foot (``lower_third``) and live captions on
    40 % (``caption_band``); the agenda item with its progress; a roll-call vote on 60 %
    (``vote_tally``: 18-26 px faces); public comment's queue (24-34 px faces, a raised hand over
    the first one's corner, timers); the "Raise hand" bar."""
    s = new_screen(rng, name, cast.kind("townhall"), ("dark", "light", "light", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    cv2.rectangle(img, (0, y), (WIDTH, y + 100), off(page, 10), -1)
    seal(img, (60, y + 50), 30, NAVY)
    heading(s, 110, y + 48, rng.choice(("City Council", "Town Hall", "County Board", "Parish Council")), 0.85)
    note(img, f"{rng.randrange(20, 2000)} watching", (110, y + 84), 0.55, GREY)
    tag(img, WIDTH - 120, y + 30, "LIVE", RED, 40)
    y += 110
    vh = rng.randrange(540, 661)
    if rng.random() < 0.55:
        cast.photo(s, 0, y, WIDTH, vh, rng.uniform(70, 300))
    else:
        dais(cast, rng, s, 0, y, WIDTH, vh)
    low = y + vh - 110
    if rng.random() < 0.4:
        low -= caption_band(img, rng, 0, y + vh - 96, WIDTH)
    lower_third(
        img,
        24,
        low,
        who(rng) + " " + who(rng),
        rng.choice(("Councillor, Ward 3", "Mayor", "Resident", "City Clerk")),
        rng.choice((NAVY, RED, (40, 120, 40))),
    )
    y += vh + 20
    fill(img, rounded_rect(120, WIDTH - 60, 18), 30, y, off(page, 10))
    note(img, f"Item {rng.randrange(1, 12)} of {rng.randrange(12, 20)}", (60, y + 44), 0.55, GREY)
    note(img, words(rng, 3).title()[:30], (60, y + 84), 0.7, s.fg, 2)
    y += 140
    foot = H - NAV_H - 120
    if rng.random() < 0.6:
        y = vote_tally(cast, rng, s, y, foot - 200)
    if y + 150 < foot:
        heading(s, 30, y + 30, "Public comment", 0.8)
        y += 56
        first = True
        while y + 80 < foot:
            sd = face_avatar(cast, s, rng, 30, y, 24, 34, (1.15, 1.3), "circle", person=True)
            if first:
                raised_hand(img, (30 + sd - 4, y + 6), 13)
                tag(img, WIDTH - 200, y + 4, "Speaking", GREEN, 32)
            else:
                note(img, f"{rng.randrange(1, 4)}:00", (WIDTH - 130, y + 30), 0.6, GREY)
            note(img, who(rng) + " " + rng.choice("ABCDEFGHKLMNPRST") + ".", (54 + sd, y + 26), 0.65, s.fg, 2)
            note(img, "Ward " + str(rng.randrange(1, 9)), (54 + sd, y + 56), 0.5, GREY)
            first = False
            y += max(sd, 60) + 22
    cv2.rectangle(img, (0, foot), (WIDTH, H - NAV_H), off(page, 6), -1)
    pill(img, 30, foot + 20, WIDTH - 60, 80, s.accent)
    note(img, "Raise hand to speak", (WIDTH // 2 - 150, foot + 72), 0.8, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def donor_wall(cast: Cast, rng: random.Random, s: Screen, y: int, rows: int) -> int:
    """A donor wall: six columns of tiny round faces (18-24 px; initials on some; a heart on a
    colour for anonymous donors, never a face) with each gift under it. Returns its height."""
    img = s.img
    cell = (WIDTH - 60) // 6
    fp0, side = _size(rng, 18.3, small(rng, 19, 24), (1.1, 1.3))
    for r in range(rows):
        for c in range(6):
            x = 30 + c * cell + (cell - side) // 2
            yy = y + r * (side + 60)
            if rng.random() < 0.15:
                cv2.circle(
                    img,
                    (x + side // 2, yy + side // 2),
                    side // 2,
                    random_colour(rng, 60, 220),
                    -1,
                    cv2.LINE_AA,
                )
                heart(img, (x + side // 2, yy + side // 2 + 2), max(4, side // 4), WHITE)
            else:
                cast.person(s, x, yy, fp0 * rng.uniform(0.92, 1.0), side, "circle")
            note(img, f"${rng.choice((5, 10, 20, 25, 50, 100, 250))}", (x - 4, yy + side + 28), 0.5, GREY)
    return rows * (side + 60)


def team_row(cast: Cast, rng: random.Random, s: Screen, y: int, rank: int) -> int:
    """A fundraising team: the rank, the team's square photo (a group, faces 14-34 px, those under
    18 px not counted, or a thing), the name and raised bar, the captain's 20-26 px face at the
    right. Returns its height."""
    img = s.img
    note(img, str(rank), (30, y + 62), 0.7, s.fg, 2)
    t = 110
    cut_photo(cast, rng, s, 70, y, t, t, 14, 34, rounded_rect(t, t, 14), 0.9)
    note(img, rng.choice(("Team ", "The ", "")) + words(rng, 1).title()[:10], (200, y + 36), 0.65, s.fg, 2)
    share = rng.uniform(0.1, 1.0)
    progress(img, 200, y + 60, WIDTH - 380, share, s.accent, off(s.bg, 30), 12)
    note(img, amount(rng, 100, 9000), (200, y + 104), 0.55, GREY)
    sd = face_avatar(cast, s, rng, WIDTH - 100, y + 30, 20, 26, (1.15, 1.3), "circle", person=True)
    note(img, "capt.", (WIDTH - 100, y + 50 + sd), 0.45, GREY)
    return t + 24


def fundraiser(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A charity fundraiser: the cover (the cause's people, faces 40-240 px, or a snapshot) with
    back and share buttons; the organiser's photo (faces 50-120 px) inside a progress ring of the
    raised share (``ring_progress``); the title, the sum, donate and share; a matching sponsor's
    banner (a drawn logo) on half; the donor wall (``donor_wall``: tiny 18-24 px faces with gifts);
    teams on 60 % (``team_row``: team photos with faces 14-34 px, captains' 20-26 px faces); an
    update by the organiser (a 24-30 px face) with a photo (faces 18-80 px) and a "liked" stack
    (18-22 px)."""
    s = new_screen(rng, name, cast.kind("fundraiser"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    ch = rng.randrange(420, 541)
    if rng.random() < 0.6:
        cast.photo(s, 0, y, WIDTH, ch, rng.uniform(40, 240))
    else:
        piece, faces = snapshot(cast, WIDTH, ch, 18.3, 70, 0.95)
        paste_photo(cast, s, piece, faces, 0, y)
    for k, c in enumerate(((60, y + 50), (WIDTH - 60, y + 50))):
        cv2.circle(img, c, 32, WHITE, -1, cv2.LINE_AA)
        if k == 0:
            chevron(img, c[0], c[1], INK, back=True)
        else:
            icon(img, rng, c, 14, INK)
    y += ch + 30
    side = rng.randrange(150, 211)
    share = rng.uniform(0.08, 0.98)
    c = (30 + 18 + side // 2, y + 18 + side // 2)
    ring_progress(img, c, side // 2 + 12, share, GREEN, off(page, 30), 12)
    cast.avatar(s, 48, y + 18, min(120.0, max(50.0, side / rng.uniform(1.5, 2.4))), side, "circle")
    note(img, f"{round(share * 100)}%", (c[0] - 30, y + side + 80), 0.8, GREEN, 2)
    tx = 100 + side
    for k in range(2):
        heading(s, tx, y + 50 + k * 48, words(rng, 2).title()[:18], 0.9)
    note(img, "Organised by " + who(rng), (tx, y + 140), 0.55, GREY)
    goal = rng.randrange(5, 200) * 1000
    note(img, f"${round(goal * share):,} of ${goal:,}", (tx, y + 186), 0.75, s.fg, 2)
    y += side + 110
    buttons(s, y, ("Donate", "Share"))
    y += 110
    foot = H - NAV_H - 20
    if rng.random() < 0.5:
        fill(img, rounded_rect(110, WIDTH - 60, 18), 30, y, (60, 150, 230))
        H8.logo(img, rng, 50, y + 20, 70)
        note(img, "Gifts doubled today by", (150, y + 46), 0.6, WHITE)
        note(img, words(rng, 2).title()[:20], (150, y + 84), 0.7, WHITE, 2)
        y += 140
    heading(s, 30, y + 30, f"{rng.randrange(20, 4000):,} donors", 0.8)
    y += 60
    y += donor_wall(cast, rng, s, y, rng.randrange(2, 4))
    if rng.random() < 0.6 and y + 200 < foot:
        y = section(s, y, "Teams")
        rank = 1
        while y + 134 < foot and rank <= rng.randrange(2, 5):
            y += team_row(cast, rng, s, y, rank)
            rank += 1
    if y + 160 < foot:
        y = section(s, y, "Updates", False)
    while y + 160 < foot:
        sd = face_avatar(cast, s, rng, 30, y, 24, 30, (1.15, 1.3), "circle")
        note(img, who(rng), (50 + sd, y + 24), 0.6, s.fg, 2)
        note(img, f"{rng.randrange(1, 20)} days ago", (50 + sd, y + 52), 0.5, GREY)
        y += max(sd, 60) + 20
        s.words(rng, 30, y + 10, 0.6, rng.randrange(4, 9))
        y += 40
        if y + 120 < foot:
            ph = min(foot - y - 80, rng.randrange(260, 361))
            cut_photo(cast, rng, s, 30, y, WIDTH - 60, ph, 18.3, 80, rounded_rect(ph, WIDTH - 60, 16), 0.9)
            y += ph + 14
            if y + 50 < foot:
                end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 60))
                note(img, "liked this", (end + 12, y + 22), 0.5, GREY)
                y += 60
        y += 30
    H5.nav_bar(s)
    return s.finish()


def rota_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A volunteers' rota slot: the time in a chip, the role, then the volunteers' 18-24 px faces
    side by side (initials on some) and a dashed empty place for each one still needed, a "Sign
    up" pill where any is. Returns its height."""
    img, page = s.img, s.bg
    pill(img, 30, y + 14, 120, 44, off(page, 16))
    note(img, f"{rng.randrange(8, 12)}:{rng.choice(('00', '15', '30', '45'))}", (54, y + 44), 0.55, s.fg)
    role = rng.choice(
        ("Welcome", "Kids' room", "Music", "Tea & coffee", "Reading", "Sound desk", "Food bank")
    )
    note(img, role, (170, y + 44), 0.65, s.fg, 2)
    x = 470
    fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.1, 1.25))
    need = rng.randrange(0, 3)
    for _ in range(rng.randrange(0 if need else 1, 4)):
        cast.person(s, x, y + 36 - side // 2, fp * rng.uniform(0.93, 1.0), side, "circle")
        x += side + 10
    for _ in range(need):
        dashed_circle(img, (x + side // 2, y + 36), side // 2, GREY)
        x += side + 10
    if need:
        pill(img, WIDTH - 190, y + 12, 160, 48, s.accent)
        note(img, "Sign up", (WIDTH - 160, y + 44), 0.6, WHITE, 2)
    return 80


def event_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A group's event card: a photo of people (faces 14-50 px, those under 18 px not counted, or a
    thing) with a date block over its upper left, the title and place, a "going" stack of 18-22 px
    faces. Returns its height."""
    img, page = s.img, s.bg
    card = off(page, 8)
    ph = 230
    ch = ph + 170
    fill(img, rounded_rect(ch, cw, 18), x, y, card)
    cut_photo(cast, rng, s, x, y, cw, ph, 14, 50, rounded_rect(ph, cw, 18), 0.9)
    fill(img, rounded_rect(84, 74, 12), x + 16, y + 16, WHITE)
    note(img, rng.choice(("SUN", "WED", "FRI", "SAT")), (x + 26, y + 42), 0.5, RED, 2)
    note(img, str(rng.randrange(1, 31)), (x + 30, y + 82), 0.9, INK, 2)
    note(img, words(rng, 2).title()[:16], (x + 20, y + ph + 40), 0.65, s.fg, 2)
    note(img, words(rng, 1).title()[:10] + " Hall", (x + 20, y + ph + 74), 0.5, GREY)
    end = stack(cast, s, rng, x + 20, y + ph + 96, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 40))
    note(img, "going", (end + 10, y + ph + 120), 0.5, GREY)
    return ch


def faith_group(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A faith or community group's app: the group's banner (a group photo or a gathering, faces
    14-60 px, darkened towards its foot under the group's name; under 18 px not counted), a
    "Joined" pill, the members' stack (18-24 px); this week's rota (``rota_row``: volunteers' 18-24
    px faces and dashed places still needed); events cut by the right edge (``event_card``: photos
    with 14-50 px faces under date blocks, "going" stacks); prayer requests on half (20-28 px faces,
    "praying" counts); the photo wall (heldout24's ``tile_grid``: faces 18-60 px, or this set's
    drawn things)."""
    s = new_screen(rng, name, cast.kind("faith"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    y = STATUS_H
    bh = rng.randrange(360, 461)
    if cast.photos and rng.random() < 0.4:
        piece, faces = H11.group_photo(cast, WIDTH, bh)
    else:
        piece, faces = snapshot(cast, WIDTH, bh, 18.3, 60, 0.95)
    paste_photo(cast, s, piece, faces, 0, y)
    stepped(s, (0, y + bh // 2, WIDTH, y + bh), 0.0, 0.65, 10)
    seal(img, (70, y + bh - 70), 36, tone(s.accent, -20))
    heading(
        s,
        130,
        y + bh - 50,
        rng.choice(("St ", "Grace ", "New Hope ", "Riverside "))
        + rng.choice(("Community", "Fellowship", "Parish", "Circle")),
        1.0,
        WHITE,
    )
    y += bh + 24
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(20, 900))
    note(img, "members", (end + 12, y + 26), 0.55, GREY)
    pill(img, WIDTH - 200, y - 4, 170, 56, off(page, 20))
    note(img, "Joined", (WIDTH - 156, y + 32), 0.65, s.fg, 2)
    y += 70
    y = section(s, y, "This week's rota")
    for _ in range(rng.randrange(3, 6)):
        y += rota_row(cast, rng, s, y)
    y = section(s, y + 10, "Events")
    cw = rng.randrange(400, 461)
    x = 30
    ch = 0
    while x < WIDTH:
        ch = event_card(cast, rng, s, x, y, cw)
        x += cw + 24
    y += ch + 30
    foot = H - NAV_H - 120
    if rng.random() < 0.5 and y + 200 < foot:
        y = section(s, y, "Prayer requests")
        for _ in range(2):
            if y + 90 > foot:
                break
            sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.25), "circle", person=True)
            s.words(rng, 50 + sd, y + sd // 2 + 8, 0.6, rng.randrange(3, 7))
            note(img, f"{rng.randrange(1, 60)} praying", (WIDTH - 190, y + sd // 2 + 8), 0.5, GREY)
            y += max(sd, 50) + 24
    if y + 280 < foot:
        y = section(s, y, "Photos")
        H24.tile_grid(cast, rng, s, y, foot, 60, 0.7, RENDERS, lambda x, y, t: None)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


def candidate_card(
    cast: Cast,
    rng: random.Random,
    s: Screen,
    x: int,
    y: int,
    cw: int,
    ph: int,
    party: tuple[Colour, str, str],
) -> None:
    """A candidate's column head: a gradient in the party's colour, the candidate cut out to the
    chest (faces 50-150 px, clipped by the card), the party's letter in a badge over the photo's
    lower right, the name and party under it."""
    img = s.img
    colour, letter, label = party
    gradient(img, (x, y, x + cw, y + ph), tone(colour, 50), tone(colour, -30))
    fp = rng.uniform(50, max(51.0, min(150.0, cw * 0.36, ph * 0.34)))
    cy = y + max(fp * 0.9, ph * rng.uniform(0.3, 0.45))
    figure(cast, s, x + cw * rng.uniform(0.42, 0.58), cy, fp, (x, y, x + cw, y + ph), True)
    fill(img, 255 - rounded_rect(ph, cw, 20), x, y, s.bg)
    badge(img, (x + cw - 36, y + ph - 36), 26, colour, letter, WHITE)
    note(
        img, (who(rng) + " " + rng.choice("ABCDEFGHKLMNPRST") + ".")[:14], (x + 10, y + ph + 40), 0.7, s.fg, 2
    )
    note(
        img,
        label,
        (x + 10, y + ph + 74),
        0.55,
        GREY,
    )


def debate_clip(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, w: int, h: int) -> None:
    """A debate's clip: a blue stage, two candidates behind lecterns (faces 20-60 px), the network's
    "DEBATE" tag, a play button between them and the duration."""
    img = s.img
    gradient(img, (x, y, x + w, y + h), (140, 70, 20), (70, 30, 10))
    fp = small(rng, 20, min(60.0, h * 0.22))
    for cx in (x + w * 0.27, x + w * 0.73):
        cy = y + h * rng.uniform(0.3, 0.42)
        figure(
            cast, s, cx + rng.uniform(-10, 10), cy, fp * rng.uniform(0.92, 1.05), (x, y, x + w, y + h), True
        )
        lectern(img, round(cx), round(cy + fp * 1.6), y + h, round(fp * 2.6), (180, 120, 50))
    fill(img, 255 - rounded_rect(h, w, 16), x, y, s.bg)
    tag(img, x + 14, y + 14, "DEBATE", RED, 30)
    play_button(img, (x + w // 2, y + h // 2), 30, WHITE, INK)
    pill(img, x + w - 100, y + h - 44, 86, 32, (20, 20, 20))
    note(img, f"{rng.randrange(1, 9)}:{rng.randrange(60):02d}", (x + w - 86, y + h - 20), 0.5, WHITE)


def candidates(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A voter guide comparing candidates before an election: the race and its date; two (65 %) or
    three candidates side by side (``candidate_card``: cut out on party gradients, faces 50-150
    px, party badges over the photos' corner); on 70 % the others also running (round photos, faces
    26-40 px, cut by the right edge); an issues table of ticks and crosses; endorsements
    (stacks of 18-22 px faces under each column); a debate clip (``debate_clip``: two at lecterns,
    faces 20-60 px) on 60 %; the ballot's other races (radio bubbles, candidates' 20-30 px faces,
    party bars); the polling place on a map."""
    s = new_screen(rng, name, cast.kind("voterguide"), ("light", "light", "tinted", "dark"))
    img, page = s.img, s.bg
    app_bar(s, rng, "Voter guide", 1)
    y = STATUS_H + 110
    note(
        img,
        rng.choice(("Mayor", "District 4 council", "Governor", "State senate")),
        (30, y + 30),
        0.8,
        s.fg,
        2,
    )
    pill(img, WIDTH - 300, y, 270, 48, off(page, 16))
    note(img, f"Vote in {rng.randrange(2, 40)} days", (WIDTH - 276, y + 33), 0.6, s.fg)
    y += 76
    n = 2 if rng.random() < 0.65 else 3
    gap = 20
    cw = (WIDTH - 60 - gap * (n - 1)) // n
    ph = rng.randrange(380, 461) if n == 2 else rng.randrange(300, 361)
    parties = rng.sample(PARTIES, n)
    for k in range(n):
        candidate_card(cast, rng, s, 30 + k * (cw + gap), y, cw, ph, parties[k])
    y += ph + 100
    if rng.random() < 0.7:  # also running: round photos (faces 26-40 px) cut by the right edge
        note(img, "Also running", (30, y + 20), 0.6, GREY)
        y += 40
        x = 30
        fp0, side = _size(rng, 26, small(rng, 27, 40), (1.4, 1.7))
        while x < WIDTH:
            cast.person(s, x, y, fp0 * rng.uniform(0.92, 1.0), side, "circle")
            cv2.rectangle(
                img, (x + 6, y + side + 8), (x + side - 6, y + side + 14), rng.choice(PARTIES)[0], -1
            )
            x += side + 40
        y += side + 40
    for _ in range(rng.randrange(3, 6)):  # the issues table
        cv2.line(img, (30, y), (WIDTH - 30, y), off(page, 20), 1)
        issue = rng.choice(("Housing", "Transit", "Taxes", "Parks", "Schools", "Policing", "Jobs"))
        note(img, issue, (30, y + 40), 0.6, s.fg)
        for k in range(n):
            mark = rng.choice(("check", "x", ""))
            c = (30 + k * (cw + gap) + cw - 60, y + 30)
            if mark:
                badge(img, c, 16, GREEN if mark == "check" else RED, mark)
            else:
                cv2.line(img, (c[0] - 12, c[1]), (c[0] + 12, c[1]), GREY, 3)
        y += 60
    y += 10
    note(img, "Endorsed by", (30, y + 24), 0.6, GREY)
    y += 40
    for k in range(n):
        x0 = 30 + k * (cw + gap)
        stack(cast, s, rng, x0, y, rng.randrange(2, 5 if n == 2 else 4), 18.3, 22, page, rng.randrange(0, 30))
    y += 70
    foot = H - NAV_H - 120
    if rng.random() < 0.6 and y + 380 < foot:
        dh = rng.randrange(280, 341)
        debate_clip(cast, rng, s, 30, y, WIDTH - 60, dh)
        y += dh + 30
    if y + 120 < foot:
        y = section(s, y, "Your ballot", False)
        end = foot - (300 if rng.random() < 0.5 else 0)
        while y + 84 < end:
            cv2.circle(img, (50, y + 30), 16, GREY, 3, cv2.LINE_AA)
            sd = face_avatar(cast, s, rng, 90, y + 4, 20, 30, (1.1, 1.3), "circle", person=True)
            note(
                img, who(rng) + " " + rng.choice("ABCDEFGHKLMNPRST") + ".", (110 + sd, y + 30), 0.65, s.fg, 2
            )
            cv2.rectangle(img, (WIDTH - 60, y + 6), (WIDTH - 48, y + 54), rng.choice(PARTIES)[0], -1)
            y += max(sd, 52) + 22
    if y + 240 < foot:
        mh = min(foot - y - 20, 300)
        H7.map_tile(img, rng, (30, y, WIDTH - 30, y + mh), sum(page) < 384)
        c = map_pin(img, (WIDTH // 2, y + mh // 2 + 30), 26, RED)
        icon(img, rng, c, 12, WHITE)
        pill(img, 50, y + mh - 70, 360, 52, WHITE)
        note(img, "Polling place: " + words(rng, 1).title()[:8], (70, y + mh - 36), 0.55, INK)
    tab_bar(s, rng, off(page, 6), 4)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    news_article,
    live_blog,
    p2p_feed,
    bank_app,
    trader_feed,
    digital_id,
    town_hall,
    fundraiser,
    faith_group,
    candidates,
)
# with people: each twice a round but two (the fewest faces a screen)
ONCE = (digital_id, bank_app)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: avatar pairs in a feed, a donor
# wall, candidates' columns)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, p2p_feed, fundraiser, candidates)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT25_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h25", photos, free, seed, reps)
