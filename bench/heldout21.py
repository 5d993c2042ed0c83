"""Held-out screens, twenty-first set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Sets one to twenty (heldout.py to heldout20.py) came before it and are seen data, or may be. To
keep this one unseen, no face detector ran on its screens while it was written and the detector's
code was not read. Where its pixels come from: people from the held-out face photos only
(``composites.HELDOUT`` without two_people.jpg, whose people are in tuning photos); things from
heldout2's face-free photos (``FREE_HELDOUT2``) and, on half, drawn here (``RENDERS``: an acoustic
guitar, an empty stage under its lights, a mixing desk; nothing with eyes, a mouth or a mask); a
game's 3D-rendered characters drawn here too (``rendered_avatar``: on face-free screens always a
visored helmet, no eyes, no mouth); every random choice from ``HELDOUT21_SEED``. Faces are pasted
through heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn over a
face later are not the face's; a face with under half of its box left is dropped); the people's
places are filled by heldout11's ``Cast`` (through heldout20's, its screens marked h21-; on
face-free screens pets, objects, textures, initials and this set's drawn things), which counts a
face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not counted,
as everywhere in the bench.

What it adds is faces in entertainment and media apps: music, podcasts, TV, sports, collectible
cards, games, live game streams, tickets and karaoke. Ten layouts none of sets 2-20 draws. Near
repeats avoided (see their docstrings): heldout3's music app (artist circles, album art, a mini
player) and heldout14's lyrics view over a full-bleed photo (here an artist page whose hero fades
into the page, and a now-playing screen over a blurred, colour-washed copy of its cover); heldout9's
podcast show page and game stream in an accent frame (here a library grid of covers with titles
printed over the hosts, and a webcam that is a green-screen cut-out on half, with a raid banner and
a badged chat); heldout6's streaming home (a hero poster, numerals behind the posters) and
heldout10's title page (here rows of 16:9 key art with logos over the faces and numerals standing in
front of the posters); heldout7's fantasy team (one team of eleven) and heldout10's team page (here
both line-ups facing each other on one pitch with numbers and ratings over the headshots, or a
player's cut-out on a team-colour card); heldout13's card binder (cards turned in the picture's
plane under sleeves) (here cards flipped in perspective about their vertical axis, foil patterns,
cards not owned greyed); heldout4's team lobby, level and ready badges on photos (here drawn 3D
characters beside the players' real photos); heldout6's wallet under an ID card (here a tickets
app, each pass's photo strip under the next pass's top edge, the front pass with its seat,
perforation and QR code; cinema stills framed by sprocket holes); heldout10's karaoke duet one over
the other under outlined capitals (here one singer or a duet side by side under see-through lyric
lines):
- a music streaming app's artist page (``artist_page``): the hero photo (300-900 px wide, the
  artist's face 120-400 px) fading into the page at its sides and foot, a "friends follow" stack
  (18-24 px), popular tracks by 56-72 px covers (faces 18-30 px), "fans also like" (round photos,
  faces 60-90 px, cut by the right edge), the releases' covers (faces 14-80 px, titles over some;
  under the mini player at the foot), the mini player's cover (18-40 px);
- a now-playing screen (``now_playing``): the cover blown up to fill the screen, blurred (sigma
  25-45) and washed with a colour (its faces, 140 px and larger, still counted), the sharp cover
  (600-900 px, faces 60-300 px), a "listening with" stack of friends (18-24 px), the scrubber, the
  controls and the lyrics card;
- a podcast app (``podcasts``): the library's grid of show tiles (two or three columns, hosts'
  faces 18-60 px printed on the covers, big titles over part of them on most, stacks of friends
  listening, 18-23 px, under some) or an episode page (a 90-140 px cover, a "rated by" stack of
  18-24 px, "hosted by" 24-36 px, more episodes by 90-140 px covers with progress bars);
- a TV streaming home (``tv_home``): the profile's 24-32 px face, a featured preview on half (faces
  60-200 px), rows of key art (16:9 tiles 280-420 px wide, faces 30-160 px, logos over them),
  "continue watching" (a dark band and a progress bar over each tile's foot) and a top-10 row (2:3
  posters, faces 30-120 px, big outlined numerals over their lower left), cut by the right edge;
- a sports scores app's match centre (``match_centre``): the score between drawn crests, then both
  line-ups on one pitch (22 round headshots, faces 26-38 px, a number, a rating chip or a card over
  their corners) or a player's card (a 90-160 px cut-out headshot on the team colour's gradient
  over a huge shirt number, stats, the squad's 26-36 px faces), commentary rows (18-24 px faces);
- a fantasy-sports card collection (``card_collection``): a pack to open, then three or four
  columns of cards (a cut-out face 40-90 px over a foil pattern, the rating, a name band, stats),
  some flipped about their vertical axis in perspective (``flipped``: the faces' boxes warped
  along), some not owned (grey, faded, a lock; still counted);
- a game lobby (``game_lobby``): one's own 24-32 px face, the squad's slots, each a 3D-rendered
  character (drawn, never counted; with people a cartoon face on some) over a nameplate with the
  player's real profile photo (faces 28-40 px, counted), a battle-pass banner, the play button,
  recent players (30-44 px) and the friends list (22-30 px faces, status dots over their corner);
- a live game-stream viewer (``game_stream``): the gameplay frame (no people, a HUD) with the
  streamer's webcam in a corner (faces 40-120 px) framed, or on half a green-screen cut-out with a
  ragged green fringe, the streamer's 36-48 px face in a live ring, top gifters (26-36 px), a raid
  banner (a 36-48 px face) on most, the chat (drawn 18-22 px badges, the chatter's 20-26 px face on
  45 % of the lines);
- a concert and cinema ticket wallet (``ticket_wallet``): three to five passes stacked 170-300 px
  apart, each one's photo strip (a performer, faces 30-100 px, or a band, 14-80 px) partly under
  the next pass's top edge, a "going with" stack (18-26 px) on most, the front pass whole with its
  seat, a perforation and a QR code;
- a karaoke app (``karaoke``): the singer's video over 40-60 % of the screen (faces 80-300 px) or
  on 40 % a duet side by side (faces 60-200 px), the pitch guide's bars, a "listening" stack (18-24
  px), see-through lyric lines (``translucent_lines``: blended at 55-80 %, the faces under them
  still counted), the score, the controls and "up next" (24-32 px faces).
Light, dark (on some, low-contrast grey text) and tinted themes (the now-playing screen dark, the
lobby, the stream and karaoke mostly dark); JPEG quality 30-60. The blur and wash of the
now-playing background, fades into the page, dark bands, the greying of cards not owned and the
see-through lyrics leave the faces under them counted; titles, logos, numerals, badges, chips,
passes, bars and the mini player take the pixels they cover. Only portrait 1088 x 2115 screens (the
bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,311 faces (774 under 32 px, 340 of 32-63, 168 of 64-127,
29 larger; 918 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: instruments, stages, desks, views and objects as covers, key art and strips, initials and
things in avatars, drawn characters with visors); ``reps=1`` a quarter (18 screens with 339 faces:
179, 100, 51 and 9 by size, 239 under 40 px; 13 face-free). Every layout but the now-playing screen
and karaoke (8 and 10 faces a screen on average at 4 reps, some of the largest) is drawn twice a
round. Counted by running the generator alone (``faces_bench.py --only heldout21 --count-only``;
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
import heldout10 as H10
import heldout11 as H11
import heldout13 as H13
import heldout15 as H15
import heldout20 as H20
import numpy as np
from composites import NAV_H, STATUS_H, BoxF, Composite, H, Photo, W
from heldout2 import Colour, Screen, fill, gradient, random_colour, rounded_rect
from heldout3 import WHITE, _size
from heldout4 import GOLD, GREEN, GREY, RED, badge, glow, heart, tone
from heldout5 import pill, small
from heldout6 import off, qr, stepped
from heldout11 import INK, figure, offscreen, paste_photo
from heldout13 import new_screen_for
from heldout19 import _turned_poly, chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note

HELDOUT21_SEED = 21212
BLACK: Colour = (8, 8, 8)
PURPLE: Colour = (230, 70, 145)  # a streaming site's purple (BGR)
KEY_GREEN: Colour = (70, 215, 60)  # a green screen's spill
FONT = cv2.FONT_HERSHEY_DUPLEX


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def guitar(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An acoustic guitar leaning at an angle on a plain wall: two bouts of a wooden body, one
    dark sound hole in a rosette, a bridge, the neck with frets up to the head, six strings."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), random_colour(rng, 60, 210), random_colour(rng, 60, 210))
    s = min(w, h)
    angle = rng.uniform(-40, 40)
    t = math.radians(angle)
    up = (math.sin(t), -math.cos(t))
    c = (w / 2 + rng.uniform(-0.1, 0.1) * w, h * rng.uniform(0.6, 0.72))
    big, little = s * 0.3, s * 0.22
    wood = rng.choice(((40, 110, 190), (30, 70, 140), (30, 30, 30), (70, 150, 215), (50, 50, 170)))

    def at(d: float) -> tuple[int, int]:
        return round(c[0] + up[0] * d), round(c[1] + up[1] * d)

    head = at(big + little * 2 + s * 0.55)
    cv2.line(img, at(big), head, (40, 60, 90), max(3, round(s * 0.07)), cv2.LINE_AA)
    for k in range(1, 9):
        a, b = at(big + little * 2 + s * 0.06 * k), max(3, round(s * 0.04))
        cv2.line(img, (a[0] - b, a[1]), (a[0] + b, a[1]), (200, 200, 200), 1, cv2.LINE_AA)
    cv2.circle(img, head, max(3, round(s * 0.06)), (30, 40, 60), -1, cv2.LINE_AA)
    cv2.ellipse(img, at(0), (round(big), round(big * 1.05)), angle, 0, 360, wood, -1, cv2.LINE_AA)
    cv2.ellipse(img, at(big + little * 0.8), (round(little), round(little)), angle, 0, 360, wood, -1)
    hole = at(big * 0.55)
    cv2.circle(img, hole, max(3, round(s * 0.09)), tone(wood, 50), max(1, round(s * 0.02)), cv2.LINE_AA)
    cv2.circle(img, hole, max(2, round(s * 0.07)), (15, 15, 15), -1, cv2.LINE_AA)
    bridge = at(-big * 0.45)
    cv2.line(
        img,
        (bridge[0] - round(s * 0.08), bridge[1]),
        (bridge[0] + round(s * 0.08), bridge[1]),
        (20, 30, 40),
        max(2, round(s * 0.03)),
    )
    for k in range(-2, 4):
        o = k * s * 0.008
        a, b = at(-big * 0.45), head
        cv2.line(img, (round(a[0] + o), a[1]), (round(b[0] + o), b[1]), (210, 220, 225), 1, cv2.LINE_AA)
    return img


def empty_stage(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A stage with nobody on it: a dark backdrop, a lighting truss across the top with coloured
    beams down to a plank floor, speaker cabinets at the sides, a microphone stand."""
    img = np.zeros((h, w, 3), np.uint8)
    gradient(img, (0, 0, w, h), (40, 20, 25), random_colour(rng, 30, 90))
    floor = round(h * rng.uniform(0.62, 0.78))
    cv2.rectangle(img, (0, floor), (w, h), (40, 70, 95), -1)
    for k in range(1, 8):
        y = floor + (h - floor) * k * k // 64
        cv2.line(img, (0, y), (w, y), (30, 55, 75), 1)
    truss = max(4, h // 14)
    cv2.rectangle(img, (0, truss), (w, truss * 2), (90, 90, 95), 2)
    for x in range(0, w, max(6, truss)):
        cv2.line(img, (x, truss), (x + truss, truss * 2), (90, 90, 95), 1)
    layer = img.astype(np.float32)
    for _ in range(rng.randrange(2, 6)):
        x0 = rng.randrange(w)
        cone = np.zeros((h, w), np.float32)
        spread = rng.uniform(0.15, 0.4) * w
        pts = np.array([[x0 - 4, truss * 2], [x0 + 4, truss * 2], [x0 + spread, floor], [x0 - spread, floor]])
        cv2.fillPoly(cone, [pts.astype(np.int32)], rng.uniform(0.25, 0.5), cv2.LINE_AA)
        colour = np.array(random_colour(rng, 80, 255), np.float32)
        layer = layer * (1 - cone[:, :, None]) + colour * cone[:, :, None]
    img = layer.astype(np.uint8)
    for side in (0, 1):
        bw = max(6, w // 7)
        x = 0 if side == 0 else w - bw
        for k in range(rng.randrange(1, 3)):
            top = floor - (k + 1) * round(bw * 1.3)
            cv2.rectangle(img, (x, top), (x + bw, top + round(bw * 1.3)), (25, 25, 25), -1)
            cv2.circle(img, (x + bw // 2, top + round(bw * 0.75)), max(2, bw // 3), (60, 60, 60), -1)
    mx = round(w * rng.uniform(0.35, 0.65))
    cv2.line(img, (mx, floor + 6), (mx, round(floor - h * 0.25)), (160, 160, 160), max(1, w // 200))
    cv2.line(img, (mx - w // 30, floor + 6), (mx + w // 30, floor + 6), (160, 160, 160), max(1, w // 200))
    return img


def mixing_desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A mixing desk from above: channel strips of fader slots with rectangular caps, LED meters
    from green to red, lit square buttons (no round knobs in pairs)."""
    img = np.full((h, w, 3), (45, 42, 40), np.uint8)
    n = rng.randrange(6, 14)
    sw = max(3, w // n)
    for k in range(n):
        x = k * sw
        cv2.line(img, (x, 0), (x, h), (30, 28, 26), 1)
        cx = x + sw // 2
        top, foot = round(h * 0.45), round(h * 0.92)
        cv2.line(img, (cx, top), (cx, foot), (15, 15, 15), max(1, sw // 8))
        cap = rng.randrange(top, max(top + 1, foot - sw // 2))
        cv2.rectangle(img, (cx - sw // 3, cap), (cx + sw // 3, cap + max(2, sw // 3)), (200, 200, 205), -1)
        lit = rng.randrange(3, 12)
        for j in range(12):
            y = round(h * 0.4) - j * max(2, h // 40)
            colour = (60, 200, 60) if j < 7 else (40, 200, 230) if j < 10 else (50, 50, 220)
            if j >= lit:
                colour = (55, 55, 55)
            cv2.rectangle(img, (x + 2, y - max(1, h // 60)), (x + max(3, sw // 3), y), colour, -1)
        for j in range(2):
            y = round(h * (0.06 + 0.07 * j + 0.03 * (k % 3)))
            on = rng.random() < 0.4
            cv2.rectangle(
                img,
                (cx, y),
                (cx + sw // 3, y + max(2, sw // 4)),
                random_colour(rng, 80, 250) if on else (70, 70, 70),
                -1,
            )
    return img


RENDERS: tuple[H11.Render, ...] = (guitar, empty_stage, mixing_desk)


@dataclass
class Cast(H20.Cast):
    """heldout20's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h21-, whose drawn things are this set's: an acoustic guitar, an empty stage under
    its lights, a mixing desk."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h21-" + super().kind(layout).removeprefix("h20-")


# ----------------------------------------------------------------------------------------------
# Small parts (face-free).
# ----------------------------------------------------------------------------------------------


def title(
    img: np.ndarray, text: str, org: tuple[int, int], scale: float, colour: Colour, rim: Colour | None = None
) -> None:
    """A show's or an album's title in bold capitals (a logo's lettering), outlined in ``rim`` on
    some; it takes the pixels it covers."""
    t = max(2, round(scale * 2.2))
    if rim is not None:
        cv2.putText(img, text, org, FONT, scale, rim, t + max(3, t), cv2.LINE_AA)
    cv2.putText(img, text, org, FONT, scale, colour, t, cv2.LINE_AA)


def words(rng: random.Random, n: int = 2) -> str:
    return " ".join(rng.choice(C.WORDS) for _ in range(n)).upper()


def play_button(img: np.ndarray, c: tuple[int, int], r: int, disc: Colour, mark: Colour) -> None:
    """A round play button: a disc with a triangle."""
    cv2.circle(img, c, r, disc, -1, cv2.LINE_AA)
    tri = np.array([[c[0] - r // 3, c[1] - r // 2], [c[0] + r // 2, c[1]], [c[0] - r // 3, c[1] + r // 2]])
    cv2.fillPoly(img, [tri.astype(np.int32)], mark, cv2.LINE_AA)


def controls(img: np.ndarray, y: int, ink: Colour, disc: Colour) -> None:
    """A player's controls across the width: shuffle, previous, play, next, repeat."""
    w = W - 8
    play_button(img, (w // 2, y), 64, disc, BLACK if sum(disc) > 384 else WHITE)
    for d in (-1, 1):
        x = w // 2 + d * 190
        tri = np.array([[x - d * 22, y - 24], [x + d * 18, y], [x - d * 22, y + 24]])
        cv2.fillPoly(img, [tri.astype(np.int32)], ink, cv2.LINE_AA)
        cv2.line(img, (x + d * 24, y - 24), (x + d * 24, y + 24), ink, 6)
        cv2.line(img, (w // 2 + d * 370 - 22, y - 14), (w // 2 + d * 370 + 22, y + 14), ink, 4, cv2.LINE_AA)


def progress(
    img: np.ndarray, x: int, y: int, w: int, share: float, done: Colour, rest: Colour, t: int = 6
) -> None:
    """A progress bar (a track's, an episode's, a video watched part-way)."""
    cv2.rectangle(img, (x, y), (x + w, y + t), rest, -1)
    cv2.rectangle(img, (x, y), (x + round(w * share), y + t), done, -1)


def translucent_lines(
    s: Screen,
    rng: random.Random,
    x: int,
    y: int,
    width: int,
    scale: float,
    lines: int,
    colours: tuple[Colour, Colour],
    alpha: float,
) -> list[tuple[int, int, int, int]]:
    """Lyric lines blended over what is under them at ``alpha`` (the faces under them stay counted,
    the type see-through over them); the first line's first words in the sung colour. Returns each
    line's rectangle."""
    rects = []
    step = round(scale * 48)
    for k in range(lines):
        text = " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(2, 5)))
        (tw, th), _ = cv2.getTextSize(text, FONT, scale, max(2, round(scale * 2)))
        tw = min(tw, width)
        lx = x + (width - tw) // 2
        base = y + k * step + th
        rect = (max(0, lx - 6), max(0, base - th - 8), min(W - 8, lx + tw + 6), min(H, base + 14))
        sung = round(tw * rng.uniform(0.2, 0.9)) if k == 0 else 0

        def fn(
            part: np.ndarray,
            text: str = text,
            lx: int = lx,
            base: int = base,
            sung: int = sung,
            rect: tuple[int, int, int, int] = rect,
        ) -> np.ndarray:
            layer = part.copy()
            org = (lx - rect[0], base - rect[1])
            cv2.putText(layer, text, org, FONT, scale, colours[1], max(2, round(scale * 2)), cv2.LINE_AA)
            if sung:
                lit = layer.copy()
                cv2.putText(lit, text, org, FONT, scale, colours[0], max(2, round(scale * 2)), cv2.LINE_AA)
                layer[:, : org[0] + sung] = lit[:, : org[0] + sung]
            return (part * (1 - alpha) + layer * alpha).astype(np.uint8)

        H10.redrawn(s, rect, fn)
        rects.append(rect)
    return rects


def crest(img: np.ndarray, c: tuple[int, int], r: int, colour: Colour) -> None:
    """A team's crest: a shield in the team's colour with a stripe and a star (no face)."""
    pts = [(-r, -r), (r, -r), (r, 0), (0, r * 1.3), (-r, 0)]
    cv2.fillPoly(img, [_turned_poly(pts, c, 0)], colour, cv2.LINE_AA)
    cv2.line(img, (c[0], c[1] - r), (c[0], c[1] + r), tone(colour, 60), max(2, r // 5))
    cv2.polylines(img, [_turned_poly(pts, c, 0)], True, WHITE, max(1, r // 10), cv2.LINE_AA)


def rendered_avatar(img: np.ndarray, rng: random.Random, cx: int, foot: int, hgt: int, eyes: bool) -> None:
    """A game's 3D-rendered character standing on ``foot`` (drawn, never counted): shaded legs,
    torso and arms in the outfit's colours, a glossy head; with ``eyes`` a cartoon face (two
    glossy eyes and a smile), else a helmet with a dark visor across it (no eyes, no mouth)."""
    r = max(6, round(hgt * 0.12))
    suit, trim = random_colour(rng, 40, 220), random_colour(rng, 60, 240)
    cv2.ellipse(img, (cx, foot), (r * 2, r // 2), 0, 0, 360, (20, 20, 20), -1, cv2.LINE_AA)
    hip, neck = foot - round(hgt * 0.42), foot - round(hgt * 0.74)
    for d in (-1, 1):
        x = cx + d * r // 2
        cv2.line(
            img,
            (x, hip),
            (x + d * r // 5, foot - r // 3),
            tone(suit, -40),
            max(3, round(r * 0.7)),
            cv2.LINE_AA,
        )
        cv2.line(
            img,
            (cx + d * r, neck + r // 2),
            (cx + d * round(r * 1.7), hip + r // 2),
            tone(suit, -20),
            max(3, round(r * 0.55)),
            cv2.LINE_AA,
        )
        H11.ball(img, (cx + d * round(r * 1.7), hip + r // 2), max(2, r // 3), trim, 0.3)
    torso = [(-r * 1.2, -hgt * 0.74), (r * 1.2, -hgt * 0.74), (r * 0.9, -hgt * 0.4), (-r * 0.9, -hgt * 0.4)]
    cv2.fillPoly(img, [_turned_poly(torso, (cx, foot), 0)], suit, cv2.LINE_AA)
    cv2.line(img, (cx, neck), (cx, hip), trim, max(2, r // 3))
    hc = (cx, neck - round(r * 0.9))
    if eyes:
        H11.ball(img, hc, r, rng.choice(H11.SKIN), 0.25)
        cv2.ellipse(
            img, (hc[0], hc[1] - r // 3), (r, round(r * 0.75)), 0, 180, 360, random_colour(rng, 20, 150), -1
        )
        for d in (-1, 1):
            e = (hc[0] + d * r * 2 // 5, hc[1] + r // 8)
            cv2.ellipse(img, e, (max(2, r // 6), max(2, r // 4)), 0, 0, 360, INK, -1, cv2.LINE_AA)
            cv2.circle(img, (e[0] - 1, e[1] - r // 10), max(1, r // 14), WHITE, -1, cv2.LINE_AA)
        cv2.ellipse(
            img, (hc[0], hc[1] + r // 2), (r // 3, r // 6), 0, 0, 180, INK, max(1, r // 10), cv2.LINE_AA
        )
    else:
        H11.ball(img, hc, r, trim, 0.45)
        cv2.rectangle(
            img,
            (hc[0] - round(r * 0.85), hc[1] - r // 4),
            (hc[0] + round(r * 0.85), hc[1] + r // 3),
            (25, 20, 20),
            -1,
        )
        cv2.line(
            img,
            (hc[0] - r // 2, hc[1] - r // 8),
            (hc[0] + r // 6, hc[1] - r // 8),
            (200, 200, 230),
            max(1, r // 10),
        )


def chat_badge(img: np.ndarray, rng: random.Random, x: int, y: int, side: int) -> None:
    """A chat badge (drawn, no face): a subscriber's star, a moderator's sword, a verified tick or
    a gem, on a coloured square."""
    k = rng.randrange(4)
    colour = (PURPLE, (60, 170, 60), (230, 120, 40), (60, 60, 220))[k]
    fill(img, rounded_rect(side, side, side // 5), x, y, colour)
    c, r = (x + side // 2, y + side // 2), side // 3
    if k == 0:
        pts = [
            (r * math.cos(a) * (1 if j % 2 == 0 else 0.45), r * math.sin(a) * (1 if j % 2 == 0 else 0.45))
            for j, a in enumerate(np.linspace(-math.pi / 2, 1.5 * math.pi, 10, endpoint=False))
        ]
        cv2.fillPoly(img, [_turned_poly(pts, c, 0)], WHITE, cv2.LINE_AA)
    elif k == 1:
        cv2.line(img, (c[0] - r, c[1] + r), (c[0] + r, c[1] - r), WHITE, max(1, side // 8), cv2.LINE_AA)
        cv2.line(img, (c[0] - r, c[1]), (c[0], c[1] + r), WHITE, max(1, side // 8), cv2.LINE_AA)
    elif k == 2:
        badge(img, c, r + 2, colour, "check")
    else:
        cv2.fillPoly(img, [_turned_poly([(0, -r), (r, 0), (0, r), (-r, 0)], c, 0)], WHITE, cv2.LINE_AA)


def cover_art(
    cast: Cast, rng: random.Random, w: int, h: int, lo: float, hi: float, text: bool
) -> tuple[np.ndarray, list[BoxF]]:
    """An album's or a show's cover art: a gradient, one to three people cut out (faces ``lo``-``hi``
    px, skewed small) or a photo of them (a portrait or a band), and with ``text`` the title in
    big capitals over part of it (over a face on some: what it covers is not the face's)."""

    def draw(sc: Screen) -> None:
        gradient(
            sc.img, (0, 0, w, h), random_colour(rng, 40, 240), random_colour(rng, 40, 240), rng.random() < 0.5
        )
        roll = rng.random()
        if roll < 0.45:
            n = rng.choice((1, 1, 2, 3))
            for k in range(n):
                fp = small(rng, lo, hi) * (0.85 if k else 1.0)
                cx = w * (k + 0.5) / n + rng.uniform(-0.08, 0.08) * w
                figure(cast, sc, cx, h * rng.uniform(0.3, 0.55), fp, (0, 0, w, h))
        elif roll < 0.75:
            cast.photo(sc, 0, 0, w, h, small(rng, lo, hi))
        else:
            cut_photo(cast, rng, sc, 0, 0, w, h, max(12.0, lo * 0.6), hi, people=0.85)
        if text:
            scale = w / rng.uniform(180, 300)
            y = round(h * rng.uniform(0.35, 0.95))
            ink = rng.choice((WHITE, GOLD, INK, (60, 60, 230)))
            title(
                sc.img, words(rng, 1), (round(w * 0.06), y), scale, ink, BLACK if rng.random() < 0.5 else None
            )
            if rng.random() < 0.6:
                title(sc.img, words(rng, 1), (round(w * 0.06), y - round(scale * 34)), scale * 0.8, ink)

    return offscreen(w, h, draw)


def flipped(
    piece: np.ndarray, faces: list[BoxF], turn: float, left: bool
) -> tuple[np.ndarray, list[BoxF], np.ndarray]:
    """``piece`` turned about its vertical axis in perspective (a card being flipped): its far edge
    shorter by ``turn`` of its height, the whole narrower; the faces' boxes warped along (the
    rectangles round their warped corners) and the mask of where it lies."""
    h, w = piece.shape[:2]
    nw = max(8, round(w * (1 - 0.75 * turn)))
    d = turn * h / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    far = [[nw, d], [nw, h - d]] if not left else [[nw, 0], [nw, h]]
    near = [[0, 0], [0, h]] if not left else [[0, d], [0, h - d]]
    dst = np.float32([near[0], far[0], far[1], near[1]])
    m = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(piece, m, (nw, h), flags=cv2.INTER_LINEAR)
    where = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (nw, h), flags=cv2.INTER_NEAREST)
    boxes = []
    for a, b, c, e in faces:
        pts = cv2.perspectiveTransform(np.float32([[[a, b], [c, b], [c, e], [a, e]]]), m)[0]
        boxes.append(
            (float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))
        )
    return out, boxes, where


def chips(
    img: np.ndarray,
    rng: random.Random,
    x: int,
    y: int,
    n: int,
    h: int,
    widths: tuple[int, int],
    back: Colour,
    ink: Colour,
) -> None:
    """A row of ``n`` chips ``h`` px high from (x, y), each of a width in ``widths`` with a word."""
    for _ in range(n):
        cw = rng.randrange(*widths)
        pill(img, x, y, cw, h, back)
        note(img, rng.choice(C.WORDS)[:8], (x + h // 3, y + h * 2 // 3), h / 80, ink)
        x += cw + 14


def app_bar(s: Screen, rng: random.Random, text: str, icons: int = 2) -> None:
    """An app's title at the top left in bold and ``icons`` line icons at the right."""
    heading(s, 30, STATUS_H + 72, text, 1.5)
    for k in range(icons):
        icon(s.img, rng, (W - 8 - 50 - k * 80, STATUS_H + 56), 20, s.fg)


def tab_bar(s: Screen, rng: random.Random, colour: Colour, n: int = 4) -> None:
    """A bottom tab bar of ``n`` line icons with short labels, the first in the accent."""
    top = H - NAV_H - 120
    cv2.rectangle(s.img, (0, top), (W, H - NAV_H), colour, -1)
    for k in range(n):
        cx = round((W - 8) * (k + 0.5) / n)
        ink = s.accent if k == 0 else GREY
        icon(s.img, rng, (cx, top + 42), 20, ink)
        note(s.img, rng.choice(C.WORDS)[:6], (cx - 34, top + 92), 0.6, ink)


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def artist_page(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A music streaming app's artist page: the hero photo (300-900 px wide, the artist's face
    120-400 px) fading into the page at its sides and foot (a gradient to the page's colour, 0-85
    %), the name in big type over the fade, listeners, follow and play buttons, popular tracks with
    56-72 px covers (faces 18-30 px), the releases' covers (220-300 px, faces 14-80 px, titles
    over some), "fans also like" (round photos, faces 60-90 px, cut by the right edge), the mini
    player and the tab bar."""
    s = new_screen_for(rng, name, cast.kind("artist"))
    img, page = s.img, s.bg
    w = W - 8
    hw = rng.randrange(300, 901)
    hh = round(min(780, max(520, hw * rng.uniform(0.8, 1.1))))
    hx = rng.choice((0, w - hw, (w - hw) // 2))
    fp = rng.uniform(120, min(400, hw * 0.5))
    cast.photo(s, hx, STATUS_H, hw, hh, fp)
    stepped(s, (0, STATUS_H + hh * 3 // 5, w, STATUS_H + hh), 0.0, 0.85, 16, page)
    if hw < w:
        for side in (hx, hx + hw):
            band = min(120, hw // 5)
            for k in range(8):
                a = 0.85 * (1 - (k + 0.5) / 8)
                x1 = side + k * band // 8 if side == hx else side - (k + 1) * band // 8
                H5.scrim(s, (max(0, x1), STATUS_H, max(0, x1) + band // 8, STATUS_H + hh), a, page)
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    y = STATUS_H + hh - 60
    heading(s, 40, y, words(rng, rng.randrange(1, 3)).title(), rng.uniform(2.2, 3.0))
    y += 60
    note(
        img,
        f"{rng.randrange(1, 90)},{rng.randrange(100, 999)},{rng.randrange(100, 999)} monthly listeners",
        (40, y),
        0.7,
        GREY,
    )
    y += 24
    if rng.random() < 0.8:
        fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
        end = cast.stack(s, 40, y, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
        note(img, "friends follow", (end + 12, y + sd // 2 + 8), 0.55, GREY)
        y += sd
    y += 24
    pill(img, 40, y, 170, 60, off(page, 30))
    note(img, "Follow", (70, y + 40), 0.8, s.fg, 2)
    play_button(img, (w - 90, y + 30), 50, s.accent, BLACK)
    y += 100
    heading(s, 40, y + 30, "Popular", 1.1)
    y += 60
    for k in range(rng.randrange(3, 5)):
        side = rng.randrange(56, 73)
        note(img, str(k + 1), (40, y + side // 2 + 10), 0.8, GREY)
        if rng.random() < 0.7:
            piece, faces = cover_art(cast, rng, side, side, 18.3, 30, False)
            paste_photo(cast, s, piece, faces, 80, y)
        else:
            cast.thing(s, 80, y, side, side)
        s.words(rng, 110 + side, y + side // 2 - 4, 0.75, rng.randrange(1, 4))
        note(
            img,
            f"{rng.randrange(1, 999)},{rng.randrange(100, 999)}",
            (110 + side, y + side // 2 + 28),
            0.55,
            GREY,
        )
        y += side + 24
    heading(s, 40, y + 30, "Fans also like", 1.1)
    y += 60
    fp = rng.uniform(60, 90)
    side = round(fp * rng.uniform(1.5, 2.0))
    x = 40
    while x < w:
        cast.avatar(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
        s.words(rng, x + 10, y + side + 34, 0.6, 1)
        x += side + 30
    y += side + 70
    heading(s, 40, y + 30, "Releases", 1.1)
    y += 60
    t = rng.randrange(220, 301)
    x = 40
    while x < w and y < H - NAV_H - 260:
        piece, faces = cover_art(cast, rng, t, t, 14, 80, rng.random() < 0.5)
        paste_photo(cast, s, piece, faces, x, y)
        s.words(rng, x, y + t + 34, 0.65, 2)
        x += t + 28
    top = H - NAV_H - 260
    cv2.rectangle(img, (0, top), (w, top + 140), off(page, 14), -1)
    piece, faces = cover_art(cast, rng, 100, 100, 18.3, 40, False)
    paste_photo(cast, s, piece, faces, 30, top + 20)
    s.words(rng, 160, top + 62, 0.7, 2)
    note(img, words(rng, 1).title(), (160, top + 100), 0.55, GREY)
    play_button(img, (w - 70, top + 70), 34, s.fg, page)
    progress(img, 0, top + 136, w, rng.random(), s.fg, off(page, 30), 4)
    tab_bar(s, rng, off(page, 6))
    H5.nav_bar(s)
    return s.finish()


def washed_backdrop(
    cast: Cast, rng: random.Random, s: Screen, piece: np.ndarray, faces: list[BoxF]
) -> Colour:
    """The whole screen filled with a square cover blown up to the screen's height (its middle),
    blurred (sigma 25-45), washed with a colour (45-60 %) and darkened to 60-85 %: its faces, blown
    up along, are still counted. Returns the wash's colour."""
    w, cw = W - 8, piece.shape[1]
    k = H / cw
    big = cv2.resize(piece, (round(cw * k), H), interpolation=cv2.INTER_LINEAR)
    x0 = (big.shape[1] - w) // 2
    wash = random_colour(rng, 40, 200)
    a = rng.uniform(0.45, 0.6)
    back = H15.blurred(big[:, x0 : x0 + w], rng.uniform(25, 45)).astype(np.float32)
    back = (back * (1 - a) + np.array(wash, np.float32) * a) * rng.uniform(0.6, 0.85)
    moved = [(f[0] * k - x0, f[1] * k, f[2] * k - x0, f[3] * k) for f in faces]
    paste_photo(cast, s, back.astype(np.uint8), moved, 0, 0)
    return wash


def now_playing(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A now-playing screen: the background a copy of the album's cover blown up to fill the screen,
    blurred (sigma 25-45) and washed with a colour (45-60 %) and darkened (its faces, 140 px and
    larger, still counted: they are still the people), the sharp cover (600-900 px, faces 60-300
    px, titles over it on some), the title, a 18-24 px "listening with" stack of friends on some,
    the scrubber, the controls, and the lyrics card's top under them."""
    s = Screen.new(rng, name, cast.kind("nowplaying"), "dark")
    img = s.img
    w = W - 8
    cw = rng.randrange(600, 901)
    piece, faces = cover_art(cast, rng, cw, cw, 60, 300, rng.random() < 0.4)
    wash = washed_backdrop(cast, rng, s, piece, faces)
    chevron(img, 50, STATUS_H + 56, WHITE)
    note(img, "PLAYING FROM ALBUM", (w // 2 - 150, STATUS_H + 50), 0.6, WHITE)
    s.words(rng, w // 2 - 100, STATUS_H + 86, 0.7, 2, WHITE)
    y = STATUS_H + 140
    paste_photo(cast, s, piece, faces, (w - cw) // 2, y)
    y += cw + 70
    heading(s, 50, y, words(rng, rng.randrange(1, 3)).title(), 1.6, WHITE)
    note(img, words(rng, 1).title(), (50, y + 48), 0.9, (210, 210, 210), 2)
    heart(img, (w - 70, y - 10), 24, s.accent)
    y += 80
    if rng.random() < 0.7:
        fp, side = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
        pill(img, 46, y, 330, side + 16, (40, 40, 40))
        end = cast.stack(s, 56, y + 8, rng.randrange(2, 5), fp, side, round(side * 0.7), (40, 40, 40))
        note(img, "Listening with", (end + 10, y + side // 2 + 14), 0.55, WHITE)
        y += side + 40
    progress(img, 50, y, w - 100, rng.random(), WHITE, (120, 120, 120))
    cv2.circle(img, (50 + round((w - 100) * 0.4), y + 3), 10, WHITE, -1, cv2.LINE_AA)
    y += 80
    controls(img, y, WHITE, WHITE)
    y += 130
    card = tone(wash, -30)
    fill(img, rounded_rect(H - y, w - 60, 30), 30, y, card)
    heading(s, 70, y + 60, "Lyrics", 1.0, WHITE)
    for j in range(6):
        if y + 120 + j * 56 > H - NAV_H:
            break
        s.words(rng, 70, y + 120 + j * 56, 1.0, rng.randrange(2, 6), WHITE if j < 2 else (40, 40, 40))
    return s.finish()


def show_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, t: int) -> None:
    """A podcast show's tile: its square cover (hosts' faces 18-60 px, printed on the art, the
    show's title in big type over part of them on most), a "new" dot on some, the name under."""
    piece, faces = cover_art(cast, rng, t, t, 18.3, 60, rng.random() < 0.75)
    paste_photo(cast, s, piece, faces, x, y, rounded_rect(t, t, 14))
    if rng.random() < 0.3:
        badge(s.img, (x + t - 16, y + 16), 10, s.accent, "", s.bg)
    s.words(rng, x, y + t + 32, 0.6, 2)
    if rng.random() < 0.2:
        fp, sd = _size(rng, 18.3, small(rng, 19, 23), (1.05, 1.15))
        cast.stack(s, x, y + t + 46, rng.randrange(2, 5), fp, sd, round(sd * 0.7), s.bg)


def podcasts(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A podcast app: on 60 % the library's grid of show tiles (``show_tile``: two or three columns,
    hosts' faces 18-60 px on the covers, big titles over part of them), else an episode page (the
    show's 90-140 px cover beside its name, the episode's title, the play and download buttons,
    the notes, "hosted by" 24-36 px faces, more episodes by their 90-140 px covers with progress
    bars); the mini player, the tab bar."""
    s = new_screen_for(rng, name, cast.kind("podcast"))
    img, page = s.img, s.bg
    w = W - 8
    foot = H - NAV_H - 120
    if rng.random() < 0.6:
        app_bar(s, rng, "Library")
        y = STATUS_H + 120
        for k in range(rng.randrange(2, 4)):
            pill(img, 30 + k * 190, y, 170, 56, s.accent if k == 0 else off(page, 18))
        y += 90
        cols = rng.choice((2, 3, 3))
        t = (w - 60 - (cols - 1) * 24) // cols
        while y < foot:
            for c in range(cols):
                show_tile(cast, rng, s, 30 + c * (t + 24), y, t)
            y += t + 70
    else:
        chevron(img, 40, STATUS_H + 56, s.fg, back=True)
        y = STATUS_H + 120
        side = rng.randrange(90, 141)
        piece, faces = cover_art(cast, rng, side, side, 18.3, 50, rng.random() < 0.5)
        paste_photo(cast, s, piece, faces, 30, y, rounded_rect(side, side, 12))
        s.words(rng, 60 + side, y + 40, 0.8, 2)
        note(img, words(rng, 1).title(), (60 + side, y + 80), 0.6, GREY)
        y += side + 60
        for j in range(2):
            heading(s, 30, y + j * 56, " ".join(rng.choice(C.WORDS) for _ in range(4)), 1.2)
        y += 130
        play_button(img, (90, y + 40), 50, s.accent, WHITE)
        for k in range(3):
            icon(img, rng, (220 + k * 100, y + 40), 20, s.fg)
        fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
        end = cast.stack(s, w - 360, y + 40 - sd // 2, rng.randrange(3, 6), fp, sd, round(sd * 0.7), page)
        note(img, f"+{rng.randrange(2, 999)}", (end + 10, y + 48), 0.6, GREY)
        y += 120
        for _ in range(rng.randrange(2, 5)):
            s.words(rng, 30, y, 0.7, rng.randrange(5, 9))
            y += 40
        y += 20
        note(img, "Hosted by", (30, y), 0.7, GREY)
        y += 24
        x = 30
        for _ in range(rng.randrange(1, 4)):
            sd = face_avatar(cast, s, rng, x, y, 24, 36, (1.15, 1.3), "circle", person=True)
            s.words(rng, x + sd + 14, y + sd // 2 + 8, 0.6, 1)
            x += sd + 200
        y += 90
        while y + 150 < foot - 140:
            side = rng.randrange(90, 141)
            piece, faces = cover_art(cast, rng, side, side, 18.3, 50, True)
            paste_photo(cast, s, piece, faces, 30, y, rounded_rect(side, side, 10))
            s.words(rng, 60 + side, y + 34, 0.7, 3)
            note(
                img,
                f"{rng.randrange(1, 29)} APR - {rng.randrange(10, 99)} min",
                (60 + side, y + 74),
                0.55,
                GREY,
            )
            progress(img, 60 + side, y + side - 12, 300, rng.random(), s.accent, off(page, 30))
            y += side + 30
    top = foot - 130
    fill(img, rounded_rect(120, w - 40, 20), 20, top, off(page, 20))
    piece, faces = cover_art(cast, rng, 90, 90, 18.3, 36, False)
    paste_photo(cast, s, piece, faces, 35, top + 15, rounded_rect(90, 90, 10))
    s.words(rng, 150, top + 70, 0.7, 3)
    play_button(img, (w - 80, top + 60), 32, s.fg, off(page, 20))
    tab_bar(s, rng, off(page, 4))
    H5.nav_bar(s)
    return s.finish()


def tv_home(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A TV streaming app's home: the profile's 24-32 px face, category chips, on half a featured
    preview (16:9, faces 60-200 px, its logo and buttons under a dark foot), then rows cut by the
    right edge: key art (16:9 tiles 280-420 px wide, faces 30-160 px, skewed small, the show's logo
    in outlined capitals and a network mark over them), "continue watching" (the same with a dark
    band and a progress bar over each tile's foot), and a top-10 row whose big outlined numerals
    stand in front of the posters' lower left (2:3 posters, faces 30-120 px)."""
    s = new_screen_for(rng, name, cast.kind("tvhome"))
    img, page = s.img, s.bg
    w = W - 8
    heading(s, 30, STATUS_H + 72, words(rng, 1), 1.5, s.accent)
    face_avatar(cast, s, rng, w - 90, STATUS_H + 30, 24, 32, (1.15, 1.3), "rounded")
    icon(img, rng, (w - 160, STATUS_H + 56), 20, s.fg)
    y = STATUS_H + 120
    chips(img, rng, 30, y, 4, 54, (130, 200), off(page, 20), s.fg)
    y += 90
    foot = H - NAV_H - 120
    if rng.random() < 0.5:
        vh = w * 9 // 16
        cast.scene(s, 0, y, w, vh, small(rng, 60, 200), rng.random() < 0.85)
        stepped(s, (0, y + vh // 2, w, y + vh), 0.0, 0.7, 10)
        title(img, words(rng, rng.randrange(1, 3)), (40, y + vh - 110), 2.0, WHITE, BLACK)
        pill(img, 40, y + vh - 80, 200, 60, WHITE)
        note(img, "Play", (100, y + vh - 40), 0.9, INK, 2)
        pill(img, 260, y + vh - 80, 200, 60, (80, 80, 80))
        y += vh + 40
    while y + 250 < foot:
        kind = rng.choices(("art", "continue", "top"), (0.45, 0.3, 0.25))[0]
        heading(
            s,
            30,
            y + 30,
            {"art": words(rng, 2).title(), "continue": "Continue watching", "top": "Top 10 today"}[kind],
            1.0,
        )
        y += 56
        if kind == "top":
            pw = rng.randrange(200, 261)
            ph = round(pw * 1.5)
            if y + ph > foot:
                break
            x = 120
            for k in range(8):
                if x > w:
                    break
                cast.scene(s, x, y, pw, ph, small(rng, 30, 120), rng.random() < 0.8, rounded_rect(ph, pw, 12))
                cv2.putText(img, str(k + 1), (x - 110, y + ph - 10), FONT, 7.0, BLACK, 30, cv2.LINE_AA)
                cv2.putText(
                    img, str(k + 1), (x - 110, y + ph - 10), FONT, 7.0, off(page, 60), 14, cv2.LINE_AA
                )
                x += pw + 160
            y += ph + 40
            continue
        tw = rng.randrange(280, 421)
        th = tw * 9 // 16
        if y + th > foot:
            break
        x = 30
        while x < w:
            cast.scene(
                s,
                x,
                y,
                tw,
                th,
                small(rng, 30, min(160, th * 0.75)),
                rng.random() < 0.85,
                rounded_rect(th, tw, 10),
            )
            if kind == "art":
                title(
                    img,
                    words(rng, 1),
                    (x + 16, y + th - 24),
                    tw / 260,
                    WHITE,
                    BLACK if rng.random() < 0.6 else None,
                )
                note(img, rng.choice(("N", "MAX", "+", "TV")), (x + 14, y + 34), 0.8, (60, 60, 230), 2)
            else:
                H5.scrim(s, (x, y + th - 50, x + tw, y + th), 0.6)
                progress(img, x + 12, y + th - 20, tw - 24, rng.random(), (60, 60, 230), (140, 140, 140), 8)
                note(
                    img, f"S{rng.randrange(1, 9)}:E{rng.randrange(1, 20)}", (x + 12, y + th - 30), 0.6, WHITE
                )
            x += tw + 20
        y += th + 40
    tab_bar(s, rng, off(page, 6), 5)
    H5.nav_bar(s)
    return s.finish()


def pitch(img: np.ndarray, rng: random.Random, x: int, y: int, w: int, h: int) -> None:
    """A football pitch: mown stripes, the lines, the centre circle and both boxes."""
    greens = ((60, 150, 70), (70, 165, 80)) if rng.random() < 0.7 else ((70, 110, 50), (80, 120, 60))
    n = 10
    for k in range(n):
        cv2.rectangle(img, (x, y + h * k // n), (x + w, y + h * (k + 1) // n), greens[k % 2], -1)
    line = (225, 235, 225)
    cv2.rectangle(img, (x + 16, y + 16), (x + w - 16, y + h - 16), line, 3)
    cv2.line(img, (x + 16, y + h // 2), (x + w - 16, y + h // 2), line, 3)
    cv2.circle(img, (x + w // 2, y + h // 2), w // 8, line, 3, cv2.LINE_AA)
    for top in (y + 16, y + h - 16 - h // 7):
        cv2.rectangle(img, (x + w // 4, top), (x + w * 3 // 4, top + h // 7), line, 3)


def lineups(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """Both teams' line-ups on one pitch, facing each other: round headshots (faces 26-38 px) in a
    ring of the shirt's colour, the number over their lower right, a rating chip, a card or a goal
    over some corners, the names under. Returns the y under the pitch."""
    img = s.img
    w = W - 8
    ph = rng.randrange(1100, 1260)
    pitch(img, rng, 20, y, w - 40, ph)
    shirts = (random_colour(rng, 40, 230), random_colour(rng, 40, 230))
    fp = rng.uniform(26, 38)
    side = round(fp * rng.uniform(1.1, 1.25))
    for team in (0, 1):
        rows = [1, *rng.choice(([4, 3, 3], [4, 4, 2], [3, 5, 2], [4, 2, 3, 1], [5, 3, 2]))]
        for r, n in enumerate(rows):
            depth = (r + 0.5) / len(rows) * 0.46 + 0.02
            cy = y + round(ph * (depth if team == 0 else 1 - depth))
            for j in range(n):
                cx = 20 + round((w - 40) * (j + 0.5) / n)
                x0, y0 = cx - side // 2, cy - side // 2
                cast.avatar(s, x0, y0, fp * rng.uniform(0.92, 1.0), side, "circle", shirts[team])
                badge(img, (x0 + side, y0 + side), max(9, side // 4), shirts[team], str(rng.randrange(1, 40)))
                if rng.random() < 0.3:
                    chip = (60, 160, 60) if rng.random() < 0.7 else (40, 130, 240)
                    cv2.rectangle(img, (x0 + side - 6, y0 - 10), (x0 + side + 34, y0 + 14), chip, -1)
                    note(
                        img, f"{rng.randrange(6, 9)}.{rng.randrange(10)}", (x0 + side - 2, y0 + 9), 0.5, WHITE
                    )
                if rng.random() < 0.12:
                    cv2.rectangle(img, (x0 - 8, y0 - 6), (x0 + 8, y0 + 16), (40, 220, 250), -1)
                note(img, rng.choice(C.WORDS)[:8], (cx - 40, cy + side // 2 + 26), 0.5, WHITE)
    return y + ph


def commentary(cast: Cast, rng: random.Random, s: Screen, y: int, foot: int) -> None:
    """Live commentary rows down to ``foot``: the minute, an event's icon, a player's 18-24 px face
    on some, a line or two."""
    img, page = s.img, s.bg
    while y + 90 < foot:
        note(img, f"{rng.randrange(1, 95)}'", (30, y + 34), 0.8, s.accent, 2)
        x = 110
        if rng.random() < 0.8:
            x += 14 + face_avatar(cast, s, rng, x, y + 8, 18.3, 24, (1.05, 1.2), "circle")
        else:
            icon(img, rng, (x + 14, y + 24), 14, GREY)
            x += 44
        s.words(rng, x, y + 30, 0.65, rng.randrange(2, 6))
        if rng.random() < 0.5:
            s.words(rng, x, y + 64, 0.55, rng.randrange(3, 8), GREY)
            y += 34
        y += 60
        cv2.line(img, (30, y), (W - 38, y), off(page, 16), 1)
        y += 16


def match_centre(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A sports scores app's match centre: the score between the teams' crests, the clock, tabs;
    on 60 % both line-ups on one pitch (``lineups``: 22 round headshots, faces 26-38 px, numbers
    and ratings over their corners), else a player's card (a 90-160 px cut-out headshot on the team
    colour's gradient over a huge shirt number, the name, stats in a grid, form bars); then
    commentary rows (``commentary``: 18-24 px faces on most)."""
    s = new_screen_for(rng, name, cast.kind("matchcentre"))
    img, page = s.img, s.bg
    w = W - 8
    chevron(img, 40, STATUS_H + 56, s.fg, back=True)
    y = STATUS_H + 110
    colours = (random_colour(rng, 40, 230), random_colour(rng, 40, 230))
    for k, cx in enumerate((w // 5, w * 4 // 5)):
        crest(img, (cx, y + 60), 50, colours[k])
        s.words(rng, cx - 70, y + 160, 0.6, 1)
    heading(s, w // 2 - 90, y + 90, f"{rng.randrange(5)} - {rng.randrange(5)}", 2.2)
    note(img, f"{rng.randrange(1, 95)}'", (w // 2 - 20, y + 140), 0.8, RED, 2)
    y += 200
    for k, t in enumerate(("Facts", "Line-ups", "Stats", "Table")):
        note(img, t, (40 + k * 250, y + 30), 0.75, s.fg if k == 1 else GREY, 2 if k == 1 else 1)
    y += 60
    if rng.random() < 0.6:
        y = lineups(cast, rng, s, y) + 30
    else:
        ch = rng.randrange(420, 520)
        team = colours[rng.randrange(2)]
        gradient(img, (20, y, w - 20, y + ch), team, tone(team, -90), vertical=False)
        cv2.putText(
            img, str(rng.randrange(1, 40)), (40, y + ch - 60), FONT, 9.0, tone(team, 40), 24, cv2.LINE_AA
        )
        fp = rng.uniform(90, 160)
        figure(cast, s, w * rng.uniform(0.6, 0.72), y + ch * 0.42, fp, (20, y, w - 20, y + ch))
        fill(img, 255 - rounded_rect(ch, w - 40, 28), 20, y, page)
        heading(s, 50, y + 70, words(rng, 1).title(), 1.4, WHITE)
        y += ch + 30
        for r in range(2):
            for c in range(3):
                cx = 30 + c * (w - 60) // 3
                note(img, str(rng.randrange(0, 99)), (cx + 20, y + 50 + r * 110), 1.4, s.fg, 3)
                note(img, rng.choice(C.WORDS)[:8], (cx + 20, y + 86 + r * 110), 0.55, GREY)
        y += 240
        fp, side = _size(rng, 26, small(rng, 27, 36), (1.15, 1.3))
        x = 30
        while x < w:
            cast.person(s, x, y, fp * rng.uniform(0.92, 1.0), side, "circle")
            x += side + 40
        y += side + 30
        for k in range(5):
            bh = rng.randrange(20, 90)
            cv2.rectangle(
                img, (40 + k * 70, y + 100 - bh), (80 + k * 70, y + 100), rng.choice((GREEN, RED, GREY)), -1
            )
        y += 140
    heading(s, 30, y + 30, "Commentary", 1.0)
    commentary(cast, rng, s, y + 60, H - NAV_H - 20)
    H5.nav_bar(s)
    return s.finish()


def player_card(cast: Cast, rng: random.Random, cw: int, ch: int) -> tuple[np.ndarray, list[BoxF]]:
    """A collectible player card: a foil pattern over a colour, the rating and position, a cut-out
    player (faces 40-90 px, skewed small) over it, the name on a band, six stats."""

    def draw(sc: Screen) -> None:
        a = random_colour(rng, 40, 240)
        gradient(sc.img, (0, 0, cw, ch), a, tone(a, -80), rng.random() < 0.5)
        sc.img[:] = H13.foil(rng, cw, ch, rng.uniform(0.25, 0.55))(sc.img)
        cv2.rectangle(sc.img, (6, 6), (cw - 7, ch - 7), GOLD, 4)
        note(sc.img, str(rng.randrange(60, 99)), (18, 60), 1.5, WHITE, 3)
        note(sc.img, rng.choice(("ST", "CM", "GK", "CB", "LW", "PG", "QB")), (22, 96), 0.7, WHITE, 2)
        fp = rng.uniform(40, 90)
        figure(
            cast,
            sc,
            cw * rng.uniform(0.5, 0.62),
            ch * rng.uniform(0.3, 0.4),
            min(fp, cw * 0.3),
            (0, 0, cw, ch),
        )
        band = round(ch * 0.64)
        cv2.rectangle(sc.img, (6, band), (cw - 7, band + 46), tone(a, -100), -1)
        note(sc.img, rng.choice(C.WORDS).upper()[:9], (18, band + 33), 0.75, WHITE, 2)
        for k in range(6):
            r, c = divmod(k, 2)
            note(
                sc.img,
                f"{rng.randrange(40, 99)} {rng.choice(('PAC', 'SHO', 'PAS', 'DRI', 'DEF', 'PHY'))}",
                (18 + c * cw // 2, band + 78 + r * 30),
                0.5,
                WHITE,
            )

    return offscreen(cw, ch, draw)


def card_collection(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A fantasy-sports trading card collection: one's 24-32 px face and coins, a pack to
    open (a stack of friends who opened it, 18-26 px), filter chips, then a grid of three or four
    columns of cards (``player_card``: cut-out faces 40-90 px over a foil pattern),
    some flipped about their vertical axis at an angle (``flipped``: a perspective warp, the
    faces' boxes warped along), some not owned (grey, faded, a lock over their middle: their faces
    still counted), a count under each."""
    s = new_screen_for(rng, name, cast.kind("cards"))
    img, page = s.img, s.bg
    w = W - 8
    app_bar(s, rng, "My Club", 1)
    face_avatar(cast, s, rng, w - 380, STATUS_H + 30, 24, 32, (1.1, 1.25), "circle")
    badge(img, (w - 260, STATUS_H + 56), 18, GOLD, "")
    note(img, f"{rng.randrange(1, 99)},{rng.randrange(100, 999)}", (w - 230, STATUS_H + 66), 0.8, s.fg, 2)
    y = STATUS_H + 120
    bh = 200
    gradient(
        img, (30, y, w - 30, y + bh), random_colour(rng, 40, 200), random_colour(rng, 40, 200), vertical=False
    )
    img[y : y + bh, 30 : w - 30] = H13.foil(rng, w - 60, bh, 0.4)(img[y : y + bh, 30 : w - 30])
    heading(s, 60, y + 80, "NEW PACK", 1.6, WHITE)
    pill(img, 60, y + 110, 220, 60, GOLD)
    note(img, "OPEN", (130, y + 150), 0.9, INK, 2)
    fp, sd = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.15))
    end = cast.stack(s, 320, y + 140 - sd // 2, rng.randrange(2, 5), fp, sd, round(sd * 0.7), WHITE)
    note(img, "opened today", (end + 10, y + 148), 0.6, WHITE)
    y += bh + 30
    x = 30
    for t in ("All", "Owned", "Missing", "Gold"):
        pill(img, x, y, 150, 52, s.accent if t == "All" else off(page, 18))
        note(img, t, (x + 30, y + 35), 0.65, WHITE if t == "All" else s.fg)
        x += 166
    y += 80
    cols = rng.choice((3, 3, 4))
    cw = (w - 60 - (cols - 1) * 20) // cols
    ch = round(cw * 1.42)
    foot = H - NAV_H - 40
    while y + ch * 0.5 < foot:
        for c in range(cols):
            x = 30 + c * (cw + 20)
            piece, faces = player_card(cast, rng, cw, ch)
            roll = rng.random()
            if roll < 0.22:
                out, boxes, where = flipped(piece, faces, rng.uniform(0.15, 0.4), rng.random() < 0.5)
                paste_photo(cast, s, out, boxes, x + (cw - out.shape[1]) // 2, y, where)
            elif roll < 0.45:
                grey = H10.greyed(piece).astype(np.float32)
                paste_photo(
                    cast, s, (grey * 0.55 + 110).astype(np.uint8), faces, x, y, rounded_rect(ch, cw, 14)
                )
                c0 = (x + cw // 2, y + ch // 2 + 40)
                cv2.rectangle(img, (c0[0] - 18, c0[1] - 4), (c0[0] + 18, c0[1] + 26), (70, 70, 70), -1)
                cv2.ellipse(img, c0, (12, 16), 0, 180, 360, (70, 70, 70), 5, cv2.LINE_AA)
            else:
                paste_photo(cast, s, piece, faces, x, y, rounded_rect(ch, cw, 14))
            note(img, f"x{rng.randrange(1, 5)}", (x + cw // 2 - 16, y + ch + 30), 0.6, GREY)
        y += ch + 50
    H5.nav_bar(s)
    return s.finish()


def game_lobby(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A game lobby: one's own 24-32 px face, level and currencies; the squad's slots, each a
    3D-rendered character (``rendered_avatar``: drawn, never counted; a cartoon face on some with
    people, a visored helmet otherwise and always on face-free screens) on a glowing platform over
    a nameplate with the player's real profile photo (faces 28-40 px, counted), one slot empty on
    some; a battle-pass banner (a drawn character, the tier and its bar) and the play button at
    the left, the friends list at the right (22-30 px faces, online, in-game or away dots over
    their corner, statuses)."""
    s = Screen.new(rng, name, cast.kind("lobby"), rng.choice(("dark", "dark", "tinted")))
    img, page = s.img, s.bg
    w = W - 8
    gradient(img, (0, STATUS_H, w, H - NAV_H), tone(page, 10), tone(page, -30))
    face_avatar(cast, s, rng, 30, STATUS_H + 24, 24, 32, (1.1, 1.25), "rounded")
    note(img, f"LV {rng.randrange(1, 300)}", (90, STATUS_H + 60), 0.8, WHITE, 2)
    for k, colour in enumerate((GOLD, (230, 160, 60))):
        badge(img, (w - 330 + k * 170, STATUS_H + 50), 16, colour, "")
        note(img, str(rng.randrange(100, 99999)), (w - 305 + k * 170, STATUS_H + 60), 0.7, WHITE, 2)
    y = STATUS_H + 130
    n = 4
    sw = (w - 40) // n
    sh = rng.randrange(560, 680)
    filled = n if rng.random() < 0.5 else n - 1
    eyes = bool(cast.photos)
    for k in range(n):
        x = 20 + k * sw
        cx = x + sw // 2
        foot = y + sh - 150
        if k < filled:
            glow(img, (cx, foot), sw // 3, s.accent, 0.8)
            cv2.ellipse(img, (cx, foot), (sw // 3, 26), 0, 0, 360, tone(s.accent, -40), -1, cv2.LINE_AA)
            rendered_avatar(img, rng, cx, foot, sh - 220, eyes and rng.random() < 0.6)
            ny = foot + 40
            fill(img, rounded_rect(100, sw - 16, 14), x + 8, ny, (30, 30, 40))
            sd = face_avatar(cast, s, rng, x + 18, ny + 50 - 22, 28, 40, (1.05, 1.2), "rounded")
            note(img, rng.choice(C.WORDS)[:7], (x + 28 + sd, ny + 44), 0.55, WHITE, 1)
            note(img, f"{rng.randrange(1, 300)}", (x + 28 + sd, ny + 78), 0.5, GOLD, 1)
            if rng.random() < 0.7:
                badge(img, (x + sw - 30, ny + 20), 12, GREEN, "check")
        else:
            cv2.rectangle(img, (x + 20, y + 80), (x + sw - 20, foot), (90, 90, 100), 2)
            badge(img, (cx, (y + foot) // 2), 36, (70, 70, 80), "+")
    y += sh + 20
    lw = w * 3 // 5 - 40
    bh = 360
    gradient(img, (20, y, 20 + lw, y + bh), PURPLE, (160, 60, 40), vertical=False)
    rendered_avatar(img, rng, 20 + lw - 110, y + bh - 30, bh - 60, False)
    heading(s, 40, y + 60, "BATTLE PASS", 1.1, WHITE)
    note(img, f"TIER {rng.randrange(1, 100)}", (40, y + 110), 1.0, GOLD, 2)
    progress(img, 40, y + 150, lw - 220, rng.random(), GOLD, (80, 80, 80), 12)
    pill(img, 40, y + bh - 100, 220, 64, GOLD)
    note(img, "CLAIM", (100, y + bh - 56), 0.9, INK, 2)
    by = y + bh + 30
    fill(img, rounded_rect(150, lw, 20), 20, by, (40, 40, 50))
    cast.thing(s, 36, by + 16, 180, 118, rounded_rect(118, 180, 12))
    s.words(rng, 236, by + 60, 0.8, 2, WHITE)
    note(img, words(rng, 1), (236, by + 100), 0.6, GREY)
    pill(img, 20, by + 180, lw, 110, GOLD)
    heading(s, 20 + lw // 2 - 70, by + 254, "PLAY", 1.6, INK)
    ry = by + 340
    note(img, "RECENT PLAYERS", (30, ry), 0.6, GREY, 2)
    ry += 24
    while ry + 70 < H - NAV_H - 20:
        fp, sd = _size(rng, 30, small(rng, 31, 44), (1.05, 1.2))
        for k in range(4):
            cast.person(s, 30 + k * (lw // 4), ry, fp * rng.uniform(0.92, 1.0), sd, "rounded")
        ry += sd + 30
    fx = 40 + lw
    cv2.rectangle(img, (fx, y), (w - 10, H - NAV_H - 20), (30, 30, 38), -1)
    note(img, f"FRIENDS {rng.randrange(3, 40)}", (fx + 20, y + 46), 0.75, WHITE, 2)
    fy = y + 80
    while fy + 60 < H - NAV_H - 20:
        sd = face_avatar(cast, s, rng, fx + 20, fy, 22, 30, (1.05, 1.2), "circle", person=True)
        dot = rng.choice((GREEN, GREEN, GOLD, GREY, PURPLE))
        badge(img, (fx + 20 + sd - 4, fy + sd - 4), max(6, sd // 6), dot, "", (30, 30, 38))
        note(img, rng.choice(C.WORDS)[:8], (fx + 34 + sd, fy + sd // 2), 0.55, WHITE)
        note(
            img,
            rng.choice(("In lobby", "In match", "Away", "Online")),
            (fx + 34 + sd, fy + sd // 2 + 24),
            0.45,
            dot,
        )
        fy += max(sd, 44) + 26
    H5.nav_bar(s)
    return s.finish()


def gameplay(cast: Cast, rng: random.Random, s: Screen, y: int, vh: int) -> None:
    """A game's frame (no people): a scene, a crosshair, health and ammo, a minimap, a kill feed."""
    img = s.img
    w = W - 8
    cast.thing(s, 0, y, w, vh)
    if rng.random() < 0.5:
        img[y : y + vh, :w] = cv2.addWeighted(
            img[y : y + vh, :w], 0.7, np.full_like(img[y : y + vh, :w], random_colour(rng, 30, 200)), 0.3, 0
        )
    c = (w // 2, y + vh // 2)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        cv2.line(img, (c[0] + dx * 8, c[1] + dy * 8), (c[0] + dx * 26, c[1] + dy * 26), (80, 255, 80), 3)
    cv2.rectangle(img, (24, y + vh - 40), (264, y + vh - 22), (40, 40, 40), -1)
    cv2.rectangle(img, (24, y + vh - 40), (24 + rng.randrange(40, 240), y + vh - 22), (80, 220, 80), -1)
    note(img, f"{rng.randrange(1, 30)}/{rng.randrange(30, 120)}", (w - 200, y + vh - 24), 1.0, WHITE, 2)
    m = rng.randrange(120, 170)
    mx = w - m - 20 if rng.random() < 0.5 else 20
    cv2.rectangle(img, (mx, y + 20), (mx + m, y + 20 + m), (50, 60, 50), -1)
    cv2.rectangle(img, (mx, y + 20), (mx + m, y + 20 + m), WHITE, 2)
    for _ in range(5):
        cv2.circle(
            img,
            (mx + rng.randrange(10, m - 10), y + 30 + rng.randrange(m - 20)),
            4,
            rng.choice((RED, (230, 160, 60), WHITE)),
            -1,
        )


def game_stream(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A live game-stream viewer: the gameplay frame (``gameplay``: no people) with the streamer's
    webcam in a corner (faces 40-120 px): a framed window, or on half a green-screen cut-out (the
    person cut out head and shoulders with a ragged green fringe round them, cut by the frame),
    LIVE and viewer chips; the streamer's 36-48 px face in a live ring, the title and tags; on
    most a raid banner (a 36-48 px face); the chat: badges (drawn, 18-22 px) before names, the
    chatter's 20-26 px face on a quarter of the lines; the field."""
    s = Screen.new(rng, name, cast.kind("gamestream"), rng.choice(("dark", "dark", "light")))
    img, page = s.img, s.bg
    w = W - 8
    y = STATUS_H
    vh = w * 9 // 16
    gameplay(cast, rng, s, y, vh)
    fp = small(rng, 40, 120)
    right, low = rng.random() < 0.7, rng.random() < 0.6
    if rng.random() < 0.5:
        tw, th = round(fp * rng.uniform(2.4, 3.0)), round(fp * rng.uniform(1.9, 2.3))
        x0 = w - tw - 16 if right else 16
        y0 = y + vh - th - 16 if low else y + 16
        cv2.rectangle(img, (x0 - 4, y0 - 4), (x0 + tw + 4, y0 + th + 4), s.accent, -1)
        cast.photo(s, x0, y0, tw, th, fp)
    else:
        cx = w - fp * 1.4 if right else fp * 1.4
        cy = y + vh - fp * 1.4
        head = H11.silhouette(round(fp * 2.8), round(fp * 3.6), fp, fp)
        ring = cv2.dilate(head, np.ones((7, 7), np.uint8))
        noise = np.random.default_rng(rng.randrange(2**32)).random(ring.shape) < 0.5
        ring = np.where(noise & (ring > 0), 255, 0).astype(np.uint8)
        rx, ry = round(cx - ring.shape[1] / 2), round(cy - fp)
        a1, b1 = max(rx, 0), max(ry, y)
        a2, b2 = min(rx + ring.shape[1], w), min(ry + ring.shape[0], y + vh)
        if a2 > a1 and b2 > b1:
            fill(img, np.ascontiguousarray(ring[b1 - ry : b2 - ry, a1 - rx : a2 - rx]), a1, b1, KEY_GREEN)
        figure(cast, s, cx, cy, fp, (0, y, w, y + vh))
    pill(img, 16, y + vh - 60 if not low or right else y + 16, 90, 40, RED)
    note(img, "LIVE", (32, (y + vh - 32) if not low or right else y + 44), 0.7, WHITE, 2)
    y += vh + 24
    ring_side = face_avatar(cast, s, rng, 34, y + 6, 36, 48, (1.1, 1.2), "circle")
    cv2.circle(img, (34 + ring_side // 2, y + 6 + ring_side // 2), ring_side // 2 + 5, RED, 4, cv2.LINE_AA)
    s.words(rng, 60 + ring_side, y + 30, 0.8, 2)
    s.words(rng, 60 + ring_side, y + 66, 0.6, 4, GREY)
    y += max(ring_side, 70) + 20
    if rng.random() < 0.7:
        note(img, "TOP GIFTERS", (30, y + 30), 0.55, GREY, 2)
        x = 200
        for k in range(rng.randrange(3, 6)):
            sd = face_avatar(cast, s, rng, x, y, 26, 36, (1.05, 1.2), "circle")
            badge(
                img,
                (x + sd - 4, y + sd - 4),
                10,
                (GOLD, (200, 200, 200), (60, 120, 200), GREY, GREY)[k],
                "",
                page,
            )
            x += sd + 70
        y += 60
    chips(img, rng, 30, y, 3, 42, (110, 180), off(page, 24), s.fg)
    y += 70
    cv2.line(img, (0, y), (w, y), off(page, 20), 2)
    y += 16
    if rng.random() < 0.75:
        fill(img, rounded_rect(110, w - 40, 18), 20, y, PURPLE)
        sd = face_avatar(cast, s, rng, 40, y + 55 - 24, 36, 48, (1.0, 1.1), "circle")
        s.words(rng, 60 + sd, y + 48, 0.7, 2, WHITE)
        note(img, f"is raiding with {rng.randrange(5, 9999)} viewers", (60 + sd, y + 84), 0.6, WHITE)
        y += 130
    foot = H - NAV_H - 110
    while y + 50 < foot:
        x = 30
        if rng.random() < 0.45:
            x += 12 + face_avatar(cast, s, rng, x, y - 4, 20, 26, (1.0, 1.12), "circle")
        for _ in range(rng.choice((0, 1, 1, 2))):
            bs = rng.randrange(18, 23)
            chat_badge(img, rng, x, y, bs)
            x += bs + 6
        note(img, rng.choice(C.WORDS)[:9] + ":", (x, y + 18), 0.6, random_colour(rng, 80, 250), 2)
        s.words(rng, x + 150, y + 18, 0.6, rng.randrange(1, 6))
        y += 44
    cv2.rectangle(img, (0, foot), (w, H - NAV_H), off(page, 8), -1)
    pill(img, 20, foot + 20, w - 160, 70, off(page, 22))
    note(img, "Send a message", (50, foot + 64), 0.7, GREY)
    badge(img, (w - 70, foot + 55), 32, PURPLE, "")
    H5.nav_bar(s)
    return s.finish()


def ticket(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, front: bool) -> None:
    """An event pass: its colour, the event's name and date in its top band, the performer's photo
    strip under it (a portrait, faces 30-100 px, or the band, 20-80 px; a cinema's still framed by
    sprocket holes on some), and, on the front pass, the seat and a QR code past a perforation."""
    img = s.img
    colour = random_colour(rng, 30, 200)
    fill(img, rounded_rect(th, tw, 26), x, y, colour)
    ink = WHITE if sum(colour) < 400 else INK
    s.words(rng, x + 30, y + 50, 0.9, 2, ink)
    note(
        img,
        f"{rng.randrange(1, 29)} {rng.choice(('JAN', 'MAR', 'JUN', 'NOV'))} - {rng.randrange(18, 23)}:00",
        (x + 30, y + 90),
        0.6,
        ink,
    )
    note(img, rng.choice(("GA", "VIP", "CINEMA 4", "ROW K")), (x + tw - 170, y + 60), 0.8, ink, 2)
    if rng.random() < 0.8:
        fp, sd = _size(rng, 18.3, small(rng, 19, 26), (1.05, 1.15))
        cast.stack(s, x + tw - 390, y + 78, rng.randrange(2, 6), fp, sd, round(sd * 0.7), colour)
    sy, sh = y + 120, rng.randrange(190, 300)
    m = rounded_rect(sh, tw - 40, 14)
    if rng.random() < 0.6:
        cast.photo(s, x + 20, sy, tw - 40, sh, small(rng, 30, 100), m)
    else:
        cut_photo(cast, rng, s, x + 20, sy, tw - 40, sh, 14, 80, m, 0.85)
    if rng.random() < 0.35:
        for yy in (sy + 6, sy + sh - 22):
            for xx in range(x + 34, x + tw - 40, 44):
                cv2.rectangle(img, (xx, yy), (xx + 22, yy + 16), (20, 20, 20), -1)
    if not front:
        return
    yy = sy + sh + 30
    for k, (label, value) in enumerate(
        (("SEC", rng.randrange(100, 330)), ("ROW", rng.randrange(1, 30)), ("SEAT", rng.randrange(1, 40)))
    ):
        note(img, label, (x + 40 + k * 200, yy + 20), 0.55, ink)
        note(img, str(value), (x + 40 + k * 200, yy + 64), 1.3, ink, 3)
    yy += 110
    for xx in range(x + 40, x + tw - 40, 30):
        cv2.line(img, (xx, yy), (xx + 14, yy), ink, 2)
    for side in (x, x + tw):
        cv2.circle(img, (side, yy), 22, s.bg, -1, cv2.LINE_AA)
    q = min(300, y + th - yy - 60)
    if q > 100:
        qr(img, rng, x + (tw - q) // 2, yy + 40, q)


def ticket_wallet(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A concert and cinema ticket wallet: the title, upcoming and past tabs, then a stack of three
    to five passes (``ticket``), each laid over the one before 170-300 px lower, so every pass's
    photo strip (faces 30-100 px) is partly under the next pass's rounded top edge (a face with
    under half of its box showing not counted), the front pass whole with the seat, a perforation
    and a QR code."""
    s = new_screen_for(rng, name, cast.kind("tickets"))
    img = s.img
    w = W - 8
    app_bar(s, rng, "Tickets", 2)
    y = STATUS_H + 120
    for k, t in enumerate(("Upcoming", "Past")):
        note(img, t, (40 + k * 220, y + 30), 0.8, s.fg if k == 0 else GREY, 2)
    cv2.line(img, (40, y + 48), (190, y + 48), s.accent, 4)
    y += 80
    n = rng.randrange(3, 6)
    tw = w - 60
    front_h = 120 + 300 + 30 + 110 + 400
    steps = [rng.randrange(170, 301) for _ in range(n - 1)]
    while y + sum(steps) + front_h > H - NAV_H - 20 and steps:
        steps.pop()
    for k in range(len(steps) + 1):
        last = k == len(steps)
        th = front_h if last else 640
        ticket(cast, rng, s, 30, y, tw, th, last)
        if not last:
            y += steps[k]
    H5.nav_bar(s)
    return s.finish()


def karaoke(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A karaoke app: the singer's video over 40-60 % of the screen (faces 80-300 px), or on 40 % a
    duet split side by side (two people, faces 60-200 px, a divider), the pitch guide's note bars
    along the top, translucent lyric lines (``translucent_lines``: blended at 55-80 %, the sung
    words in the accent) over the video's lower part, the faces under them still counted; the song,
    the score and the controls; "up next" (the singers' 24-32 px faces, the song and its length)."""
    s = Screen.new(rng, name, cast.kind("karaoke"), rng.choice(("dark", "dark", "tinted")))
    img, page = s.img, s.bg
    w = W - 8
    y = STATUS_H
    vh = round(H * rng.uniform(0.4, 0.6))
    if rng.random() < 0.6:
        cast.photo(s, 0, y, w, vh, small(rng, 80, 300))
    else:
        half = w // 2
        for k in range(2):
            cast.photo(s, k * half, y, half, vh, small(rng, 60, 200))
        cv2.line(img, (half, y), (half, y + vh), WHITE, 4)
    H3.shade(img, (0, y, w, y + 90), (20, 20, 20), 0.5)
    if rng.random() < 0.7:
        fp, sd = _size(rng, 18.3, small(rng, 19, 24), (1.05, 1.15))
        end = cast.stack(s, w - 330, y + 110, rng.randrange(3, 6), fp, sd, round(sd * 0.7), (30, 30, 30))
        note(img, f"{rng.randrange(2, 999)}", (end + 8, y + 110 + sd // 2 + 8), 0.6, WHITE)
    for _ in range(rng.randrange(5, 10)):
        bx = rng.randrange(0, w - 120)
        pill(
            img,
            bx,
            y + rng.randrange(14, 66),
            rng.randrange(40, 140),
            14,
            rng.choice((s.accent, GOLD, WHITE)),
        )
    lines = rng.randrange(2, 4)
    scale = rng.uniform(1.3, 1.9)
    top = y + vh - lines * round(scale * 48) - 40
    translucent_lines(s, rng, 20, top, w - 40, scale, lines, (s.accent, WHITE), rng.uniform(0.55, 0.8))
    y += vh + 40
    heading(s, 30, y + 20, words(rng, 2).title(), 1.2, WHITE if sum(page) < 400 else INK)
    note(img, f"SCORE {rng.randrange(1000, 99999)}", (w - 300, y + 20), 0.8, GOLD, 2)
    y += 60
    progress(img, 30, y, w - 60, rng.random(), s.accent, off(page, 40))
    y += 100
    controls(img, y, WHITE if sum(page) < 400 else INK, s.accent)
    y += 110
    note(img, "UP NEXT", (30, y), 0.8, GREY, 2)
    y += 30
    while y + 70 < H - NAV_H - 10:
        sd = face_avatar(cast, s, rng, 30, y, 24, 32, (1.1, 1.3), "circle", person=True)
        s.words(rng, 56 + sd, y + sd // 2 + 8, 0.65, rng.randrange(2, 4), WHITE if sum(page) < 400 else INK)
        note(img, f"{rng.randrange(2, 6)}:{rng.randrange(60):02d}", (w - 120, y + sd // 2 + 8), 0.6, GREY)
        y += max(sd, 44) + 26
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    artist_page,
    now_playing,
    podcasts,
    tv_home,
    match_centre,
    card_collection,
    game_lobby,
    game_stream,
    ticket_wallet,
    karaoke,
)
# with people: each twice a round but two
ONCE = (now_playing, karaoke)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, game_lobby, game_stream, ticket_wallet)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT21_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h21", photos, free, seed, reps)
