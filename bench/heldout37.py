"""Held-out screens, thirty-seventh set (issue 14), BLIND: scored once, on a frozen detector, before
anyone looks at its results or tunes anything on it.

Earlier sets (heldout.py onwards) came before it and are seen data, or may be. To keep this one
unseen, no face detector ran on its screens while it was written and the detector's code was not
read. Where its pixels come from: people from the held-out face photos only (``composites.HELDOUT``
without two_people.jpg, whose people are in tuning photos); things from heldout2's face-free photos
(``FREE_HELDOUT2``) and, on some, drawn here (``RENDERS``: a briefcase, a résumé page without a
photo, a salary chart, a desk from above, an office's floor plan; nothing with eyes, a mouth or a
mask) or by heldout8 (companies' logos); every random choice from ``HELDOUT37_SEED``. Faces are
pasted through heldout2's ``Screen``, which settles each one on the finished screen (pixels drawn
over a face later are not the face's; a face with under half of its box left is dropped); the
people's places are filled by heldout11's ``Cast`` (through heldout26's, its screens marked h37-; on
face-free screens pets, objects, textures, initials and this set's drawn things), which counts a
face cut by an edge once half of its box is inside. Faces under 18 px are drawn and not counted, as
everywhere in the bench.

What it adds is faces in the apps of job search, recruiting and freelance work, most of them small:
recruiters and "from your network" facepiles on a job board's listings, candidates' cards in a
hiring pipeline, sellers under a freelance marketplace's gigs, sample photos on résumé templates,
InMail threads and referral requests, a virtual career fair's queues and attendees, endorsers of a
profile's skills, the few photos among a reviews site's anonymous initials, and the larger faces
such apps also show (a one-way video interview's own camera, a careers page's team headshots, the
photo on one's résumé, recruiters live at a fair's booths, a CEO's approval portrait). Near repeats
avoided: heldout13's recruiter's view of a candidate (one CV page, the panel's stack; here the
applicant's side: a résumé builder's preview and a gallery of templates with sample photos);
heldout6's and heldout22's professional profiles (banner, profile photo, "people also viewed" or
"people you may know"; here only the skills and endorsements page with endorsers' facepiles and
recommendations); heldout22's task board (here a hiring pipeline's stage columns with scored
candidates' cards, the rejected ones greyed, not dragged cards); heldout22's gallery call and
heldout34's thesis defence (here a one-way recorded answer, no panel on screen, earlier answers'
thumbnails); heldout23's local pros (a tradesperson's card; here gigs in two columns, the seller
small under a work sample or at work); heldout15's attendees' deck and heldout34's poster hall
(here a virtual fair's booths with recruiters' live cameras and queues); heldout11's newsletter's
"meet the team" and heldout22's directory (here a careers page's headshot grid, grey on half);
heldout3's inbox and heldout22's mail (here InMail threads with "open to work" rings, verified ticks
and referral chains); heldout26's facepiles run under games' and creators' posts (here under job
listings, skills and queues). Ten layouts:
- a job board's results (``job_listings``): the search; listings (``job_card``: logos, the
  recruiter's 20-30 px face, "from your network" stacks of 18-22 px, a promoted one's team photo
  with faces 18-60 px cut by its edges);
- a hiring pipeline (``candidate_pipeline``): the hiring team (18-24 px); stage columns, the last cut
  by the right edge, of candidates' cards (``candidate_card``: 26-38 px, new dots, panels' stacks of
  18-20 px; greyed in the rejected column);
- a one-way video interview (``video_answer``): the candidate's own camera (140-380 px) under the
  question's scrim, a countdown ring; earlier answers (``answer_thumb``: 18-40 px); reviewers (18-22
  px);
- a freelance marketplace (``gig_marketplace``): sellers viewed (24-34 px, verified ticks, cut by the
  right edge); gigs in two columns (``gig_card``: the seller at work, faces 24-90 px, or a drawn
  sample; the seller's 18-26 px face, level tags);
- a résumé builder (``cv_builder``): one's CV (the photo, 40-160 px, grey on some; a coach's 22-30 px
  note); templates (``template_tile``: sample photos 18-36 px, grey on some), cut by the right edge;
- a careers page (``careers_team``): the office's photo (18-60 px) under a scrim; the team
  (``headshot``: 40-160 px, grey on half the pages); open roles with managers (20-26 px);
- a recruiter's inbox (``recruiter_inbox``): one's 24-30 px face; referral requests on 60 %
  (``referral_chain``: 24-44 px); threads (``inbox_row``: 28-44 px, "open to work" rings, ticks);
- a virtual career fair (``career_fair``): "who's here" (18-22 px); the stage (20-70 px, the
  speaker 28-36 px); booths (``booth_card``: recruiters live, 30-120 px; queues 18-22 px); attendees
  open to work (24-40 px);
- a company reviews site (``company_reviews``): the CEO (40-80 px) in an approval ring; salaries
  (drawn); reviews (``review_card``: initials on most, 20-28 px faces on some); interviews (18-24
  px);
- a profile's skills (``endorsements``): the member (44-64 px, an "open to work" ring on some);
  skills (``skill_row``: endorsers' stacks of 18-22 px, an endorser's 22-28 px face on some);
  recommendations (36-52 px).
Sizes are what a layout asks for: a photo's other people, a close cut of a gig's or a team's photo
can be larger (the table below counts what is drawn). Light, dark and tinted themes (the video
interview and the fair mostly dark); JPEG quality 30-60. Tags, chips, ticks, dots, badges, "open to
work" arcs, buttons and the tab bar take the pixels they cover; a face under them counts while half
of its box shows; rings are drawn before the faces they ring; the grey of headshots and templates,
the fade of rejected cards and the scrims under titles and questions leave the faces under them
counted as they look; initials, logos, "+N" discs and drawn things are never faces. Only portrait
1088 x 2115 screens (the bench assumes that size; see heldout5).

At the default 4 reps: 72 screens with 1,594 faces (1,288 under 32 px, 170 of 32-63, 106 of 64-127,
30 larger; 1,358 under 40 px) and 52 face-free screens (the same layouts with things in the people's
places: pets, objects, textures, initials and this set's drawn things in avatars, stacks, cards,
thumbnails, headshots and cameras); ``reps=1`` a quarter (18 screens with 408 faces: 329, 55, 16
and 8 by size, 349 under 40 px; 13 face-free). Every layout but the video interview and the reviews
site (a screen of one large face and a few small ones, and one of mostly anonymous initials: 11 and
4.5 faces a screen at 4 reps) is drawn twice a round. Faces by layout at 4 reps (under 32, 32-63,
64-127 and 128 px or more):
    job_listings        8 screens   125 faces: 115,   9,   0,   1
    candidate_pipeline  8 screens   343 faces: 334,   9,   0,   0
    video_answer        4 screens    44 faces:  33,   7,   0,   4
    gig_marketplace     8 screens   222 faces: 165,  41,  15,   1
    cv_builder          8 screens    94 faces:  85,   2,   6,   1
    careers_team        8 screens   140 faces:  52,   9,  61,  18
    recruiter_inbox     8 screens    97 faces:  81,  16,   0,   0
    career_fair         8 screens   297 faces: 228,  41,  23,   5
    company_reviews     4 screens    18 faces:  12,   5,   1,   0
    endorsements        8 screens   214 faces: 183,  31,   0,   0
Counted by running the generator alone (``generate`` over the held-out photos, as ``faces_bench.py
--count-only`` would; no detector).
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
from heldout2 import Colour, Screen, blit, fill, random_colour, rounded_rect
from heldout3 import WHITE, _size, initials
from heldout4 import GOLD, GREEN, GREY, badge, heart, tone
from heldout5 import pill, small
from heldout6 import dots, off, outlined
from heldout8 import logo
from heldout19 import chevron, heading
from heldout20 import cut_photo, face_avatar, icon, note
from heldout21 import chips, tab_bar, words
from heldout22 import open_ring, stack
from heldout23 import WIDTH, new_screen, star, tag, tick_badge
from heldout24 import RED, section
from heldout25 import who

HELDOUT37_SEED = 37373
BLUE: Colour = (190, 110, 20)  # a job board's blue (BGR)
ROLES: tuple[str, ...] = (
    "Product designer", "Data analyst", "Backend engineer", "Staff nurse", "Sales lead", "UX writer",
    "Accountant", "Recruiter", "Site manager", "QA engineer",
)  # fmt: skip
PLACES: tuple[str, ...] = ("Remote", "Berlin", "Lisbon", "Austin", "Toronto", "Hybrid", "London", "Madrid")
STAGES: tuple[str, ...] = ("Applied", "Screening", "Interview", "Offer", "Hired")
STAGE_COLOURS: tuple[Colour, ...] = ((200, 150, 60), (60, 170, 230), (90, 200, 80))  # columns' rules
SKILLS: tuple[str, ...] = (
    "Python", "SQL", "Figma", "Leadership", "Negotiation", "Excel", "Public speaking", "React", "Sourcing",
    "Copywriting",
)  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Drawn things: face-free pictures with no face of any kind (no eyes, no mouths, no masks).
# ----------------------------------------------------------------------------------------------


def briefcase(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A briefcase on a plain backdrop: a rounded leather body, its handle, the flap's seam and one
    brass clasp in the middle."""
    img = np.full((h, w, 3), rng.choice((236, 214, 70)), np.uint8)
    body = rng.choice(((30, 60, 110), (25, 25, 30), (40, 90, 150), (70, 70, 80)))
    bw, bh = round(w * rng.uniform(0.6, 0.85)), round(h * rng.uniform(0.4, 0.55))
    x, y = (w - bw) // 2, round(h * rng.uniform(0.3, 0.45))
    hw = round(bw * rng.uniform(0.25, 0.4))
    cv2.rectangle(
        img, (x + (bw - hw) // 2, y - h // 8), (x + (bw + hw) // 2, y + 4), tone(body, -10), max(3, h // 30)
    )
    fill(img, rounded_rect(bh, bw, max(3, min(bw, bh) // 8)), x, y, body)
    seam = y + bh // 3
    cv2.line(img, (x, seam), (x + bw, seam), tone(body, 35), max(2, h // 80))
    cw, ch = max(3, bw // 9), max(3, bh // 7)
    cv2.rectangle(img, (x + (bw - cw) // 2, seam - ch // 2), (x + (bw + cw) // 2, seam + ch // 2), GOLD, -1)
    return img


def cv_page(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A résumé page without a photo, on a desk: a header band of the template's colour with the
    name as a white bar, then lines of text as grey bars and section heads as short coloured ones."""
    img = np.full((h, w, 3), rng.choice((90, 140, 190)), np.uint8)
    px, py, pw, ph = w // 8, h // 16, w * 3 // 4, h * 7 // 8
    cv2.rectangle(img, (px, py), (px + pw, py + ph), (250, 250, 250), -1)
    accent = random_colour(rng, 40, 200)
    band = max(4, ph // 7)
    cv2.rectangle(img, (px, py), (px + pw, py + band), accent, -1)
    bar = max(2, ph // 40)
    cv2.rectangle(img, (px + pw // 12, py + band // 3), (px + pw // 2, py + band // 3 + bar), WHITE, -1)
    line = max(1, ph // 70)
    y = py + band + max(3, ph // 20)
    while y + line < py + ph - ph // 20:
        if rng.random() < 0.18:
            cv2.rectangle(img, (px + pw // 12, y), (px + pw // 3, y + line + 1), accent, -1)
        else:
            end = px + pw // 12 + round(pw * rng.uniform(0.4, 0.8))
            cv2.rectangle(img, (px + pw // 12, y), (end, y + line), (175, 175, 175), -1)
        y += line * 3 + 1
    return img


def salary_ranges(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A salary chart: a row a role of a pale range bar (its lowest to highest pay) with a darker
    middle half and a dark tick at the median, a scale's ticks along the foot."""
    img = np.full((h, w, 3), 248, np.uint8)
    accent = random_colour(rng, 60, 200)
    rows = rng.randrange(4, 8)
    rh = max(4, (h - h // 8) // rows)
    for r in range(rows):
        y, bh = r * rh + rh // 3, max(2, rh // 3)
        a = rng.uniform(0.05, 0.45)
        x1, x2 = round(a * w), round(min(0.95, a + rng.uniform(0.25, 0.5)) * w)
        cv2.rectangle(img, (x1, y), (x2, y + bh), tone(accent, 80), -1)
        q1, q3 = x1 + (x2 - x1) // 4, x2 - (x2 - x1) // 4
        cv2.rectangle(img, (q1, y), (q3, y + bh), accent, -1)
        m = rng.randrange(q1, q3 + 1)
        cv2.line(img, (m, y - bh // 3), (m, y + bh + bh // 3), (40, 40, 40), max(1, w // 160))
    foot = h - h // 10
    cv2.line(img, (0, foot), (w, foot), (150, 150, 150), 1)
    for k in range(1, 6):
        cv2.line(img, (k * w // 6, foot), (k * w // 6, foot + max(2, h // 40)), (150, 150, 150), 1)
    return img


def desk_top(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A desk from above: wood with its grain, an open laptop (its screen's glow over a grey keyboard
    deck with rows of keys), a lined notebook and a pen."""
    wood = rng.choice(((60, 110, 160), (90, 140, 190), (200, 200, 205), (40, 60, 90)))
    img = np.full((h, w, 3), wood, np.uint8)
    step = max(3, h // 40)
    for yy in range(0, h, step):
        cv2.line(
            img, (0, yy + rng.randrange(3)), (w, yy + rng.randrange(3)), tone(wood, rng.randrange(-14, 15)), 1
        )
    lx, ly, lw, lh = w // 10, h // 6, w // 2, h * 2 // 3
    cv2.rectangle(img, (lx, ly), (lx + lw, ly + lh // 2), (45, 45, 50), -1)
    inset = max(2, lw // 20)
    cv2.rectangle(
        img,
        (lx + inset, ly + inset),
        (lx + lw - inset, ly + lh // 2 - inset),
        random_colour(rng, 120, 230),
        -1,
    )
    cv2.rectangle(img, (lx, ly + lh // 2), (lx + lw, ly + lh), (170, 170, 175), -1)
    for r in range(4):
        yy = ly + lh // 2 + (r + 1) * lh // 12
        cv2.line(img, (lx + inset, yy), (lx + lw - inset, yy), (120, 120, 125), max(1, lh // 60))
    nx, ny, nw, nh = w * 2 // 3, h // 4, w // 4, h // 2
    cv2.rectangle(img, (nx, ny), (nx + nw, ny + nh), (240, 240, 235), -1)
    for yy in range(ny + nh // 8, ny + nh, max(3, nh // 10)):
        cv2.line(img, (nx + 2, yy), (nx + nw - 2, yy), (200, 170, 150), 1)
    cv2.line(
        img, (nx - w // 20, ny + nh + h // 20), (nx + nw, ny + nh - h // 30), (30, 30, 160), max(2, w // 70)
    )
    return img


def office_plan(rng: random.Random, w: int, h: int) -> np.ndarray:
    """An office's floor plan: outer walls, a meeting room split off by inner walls with a door's
    gap and swing, rows of desks as grey rectangles in the open space."""
    img = np.full((h, w, 3), 245, np.uint8)
    wall, t = (60, 60, 60), max(2, min(w, h) // 60)
    cv2.rectangle(img, (t, t), (w - t, h - t), wall, t)
    split, mid = rng.randrange(w // 3, 2 * w // 3), rng.randrange(h // 3, h // 2)
    cv2.line(img, (split, t), (split, mid), wall, t)
    cv2.line(img, (t, mid), (w - t, mid), wall, t)
    door = max(6, w // 8)
    gap = rng.randrange(t * 2, max(t * 2 + 1, split - door - t))
    cv2.line(img, (gap, mid), (gap + door, mid), (245, 245, 245), t + 2)
    cv2.ellipse(img, (gap, mid), (door, door), 0, 270, 360, (150, 150, 150), 1, cv2.LINE_AA)
    dw, dh = max(4, w // 7), max(3, h // 14)
    for yy in range(mid + dh, h - dh - t, dh * 2):
        for xx in range(t * 4, w - dw - t * 2, dw + max(3, w // 20)):
            cv2.rectangle(img, (xx, yy), (xx + dw, yy + dh), (185, 185, 190), -1)
    return img


RENDERS: tuple[H11.Render, ...] = (briefcase, cv_page, salary_ranges, desk_top, office_plan)


@dataclass
class Cast(H26.Cast):
    """heldout26's cast (a scene of people or a thing; half of a face's box showing counts it), its
    screens marked h37-, whose drawn things are this set's: a briefcase, a résumé page, a salary
    chart, a desk from above, an office's floor plan."""

    renders: tuple[H11.Render, ...] = RENDERS

    def kind(self, layout: str) -> str:
        return "h37-" + super().kind(layout).removeprefix("h26-")


# ----------------------------------------------------------------------------------------------
# Small parts.
# ----------------------------------------------------------------------------------------------


def rounded_card(img: np.ndarray, x: int, y: int, w: int, h: int, r: int, colour: Colour) -> None:
    """A card with corners rounded to ``r`` drawn straight onto ``img`` (clipped): heldout2's
    ``fill`` of a ``rounded_rect`` mask takes tens of milliseconds at a card's or a column's size."""
    cv2.rectangle(img, (x + r, y), (x + w - 1 - r, y + h - 1), colour, -1)
    cv2.rectangle(img, (x, y + r), (x + w - 1, y + h - 1 - r), colour, -1)
    for c in ((x + r, y + r), (x + w - 1 - r, y + r), (x + r, y + h - 1 - r), (x + w - 1 - r, y + h - 1 - r)):
        cv2.circle(img, c, r, colour, -1, cv2.LINE_AA)


def faded(page: Colour) -> Callable[[np.ndarray], np.ndarray]:
    """A rejected candidate's card: grey and washed towards the page (for ``heldout10.redrawn``: the
    faces under it stay counted, paler or darker)."""
    wash = np.array(page, np.float32) * 0.4
    return lambda part: (H10.greyed(part) * 0.6 + wash).astype(np.uint8)


def greyed_at(s: Screen, x: int, y: int, side: int) -> None:
    """A photo of ``side`` px at (x, y) drawn again in grey (a styled headshot): its faces stay
    counted as they look."""
    H10.redrawn(s, (x, y, x + side, y + side), H10.greyed)


def wide_photo(
    cast: Cast, s: Screen, x: int, y: int, w: int, h: int, lo: float, hi: float, m: np.ndarray | None = None
) -> None:
    """A photo as wide as the screen at most (people with faces ``lo``-``hi`` px, cut by its edges,
    or a thing), drawn at its size: heldout20's ``cut_photo`` cuts it from one up to 1.5 times
    larger, settled as a screen, whose columns past the screen's width come out black."""
    piece, faces = H11.snapshot(cast, w, h, lo, hi, 0.9)
    H11.paste_photo(cast, s, piece, faces, x, y, m)


def bookmark(img: np.ndarray, x: int, y: int, colour: Colour, saved: bool) -> None:
    """A save-for-later bookmark: a ribbon with a notch at its foot, filled once saved."""
    pts = np.array([[x, y], [x + 26, y], [x + 26, y + 34], [x + 13, y + 24], [x, y + 34]], np.int32)
    if saved:
        cv2.fillPoly(img, [pts], colour, cv2.LINE_AA)
    else:
        cv2.polylines(img, [pts], True, colour, 3, cv2.LINE_AA)


def job_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A job board's listing: on 20 % a "promoted" team photo across its top (faces 18-60 px, cut
    by its edges); the company's logo, the title, the company and place, the pay's chip and a tag;
    a bookmark; on 65 % "posted by" the recruiter's 20-30 px face; on 55 % "N people from your
    network work here" after a stack of 18-22 px faces; the age and applicants. Returns its
    height."""
    img = s.img
    card = off(s.bg, 8)
    banner, recruiter, network = rng.random() < 0.2, rng.random() < 0.65, rng.random() < 0.55
    ch = 200 + 190 * banner + 58 * recruiter + 58 * network
    rounded_card(img, 20, y, WIDTH - 40, ch, 18, card)
    yy = y
    if banner:
        wide_photo(cast, s, 20, y, WIDTH - 40, 190, 18.3, 60, rounded_rect(190, WIDTH - 40, 18))
        tag(img, 36, y + 16, "Promoted", (30, 30, 30), 32)
        yy += 190
    logo(img, rng, 40, yy + 24, 84)
    note(img, rng.choice(ROLES), (146, yy + 52), 0.7, s.fg, 2)
    note(img, f"{who(rng)} Ltd - {rng.choice(PLACES)}", (146, yy + 86), 0.5, GREY)
    bookmark(img, WIDTH - 80, yy + 26, s.accent, rng.random() < 0.3)
    pill(img, 146, yy + 106, 200, 40, off(card, 16))
    note(img, f"${rng.randrange(40, 190)}K - ${rng.randrange(190, 260)}K", (160, yy + 133), 0.5, s.fg)
    tag(
        img,
        362,
        yy + 108,
        rng.choice(("Easy apply", "Actively hiring", "Visa sponsor", "New")),
        off(card, 30),
        36,
    )
    yy += 164
    if recruiter:
        sd = face_avatar(cast, s, rng, 40, yy, 20, 30, (1.1, 1.25), "circle")
        note(img, f"Posted by {who(rng)} - recruiter", (54 + sd, yy + sd // 2 + 6), 0.5, s.fg)
        yy += 58
    if network:
        end = stack(cast, s, rng, 40, yy, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 12))
        note(img, f"{rng.randrange(2, 40)} from your network work here", (end + 12, yy + 24), 0.48, GREY)
        yy += 58
    note(img, f"{rng.randrange(1, 30)}d ago - {rng.randrange(3, 400)} applicants", (40, yy + 20), 0.45, GREY)
    return ch + 20


def candidate_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int, rejected: bool) -> int:
    """A candidate's card in a hiring pipeline: the 26-38 px face in a rounded square (initials on
    some) with a red "new" dot over its corner on some, the name and the role applied for, the
    score's stars, a tag; on 40 % the interview panel's stack (18-20 px). A rejected one is greyed
    and faded. Returns its height."""
    img = s.img
    card = off(s.bg, 10)
    panel = rng.random() < 0.4
    ch = 150 + 52 * panel
    rounded_card(img, x, y, cw, ch, 14, card)
    sd = face_avatar(cast, s, rng, x + 16, y + 16, 26, 38, (1.1, 1.3), "rounded", person=True)
    if rng.random() < 0.3:
        cv2.circle(img, (x + 14 + sd, y + 18), 8, RED, -1, cv2.LINE_AA)
    note(img, who(rng)[:10], (x + 30 + sd, y + 40), 0.55, s.fg, 2)
    note(img, rng.choice(ROLES)[:16], (x + 30 + sd, y + 68), 0.45, GREY)
    score = rng.randrange(1, 6)
    for k in range(5):
        star(img, (x + 28 + k * 26, y + 116), 9, GOLD if k < score else GREY)
    tag(img, x + 170, y + 100, rng.choice(("Referral", "Top match", "Remote", "Visa")), off(card, 30), 28)
    if panel:
        end = stack(cast, s, rng, x + 16, y + 146, rng.randrange(2, 4), 18.3, 20, card)
        note(img, "panel", (end + 8, y + 170), 0.42, GREY)
    if rejected:
        H10.redrawn(s, (x, y, x + cw, y + ch), faded(s.bg))
    return ch + 14


def answer_thumb(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int, k: int) -> None:
    """An answer already recorded: its first frame (the candidate, faces 18-40 px) in a rounded
    thumbnail, the question's number and the length on a band over its foot, a tick's badge over
    its top right corner."""
    img = s.img
    cast.photo(s, x, y, tw, th, small(rng, 18.3, 40), rounded_rect(th, tw, 14))
    H5.scrim(s, (x, y + th - 44, x + tw, y + th), 0.55)
    note(img, f"Q{k}", (x + 12, y + th - 14), 0.55, WHITE, 2)
    note(img, f"0:{rng.randrange(20, 60)}", (x + tw - 62, y + th - 14), 0.5, WHITE)
    badge(img, (x + tw - 10, y + 10), 15, GREEN, "check", s.bg)


def gig_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A freelance gig's card: the thumbnail (the seller at work, faces 24-90 px cut by its edges,
    on 55 %; a drawn work sample otherwise) with a heart over its corner; the seller's 18-26 px face,
    name and on half a level tag; the gig's title; stars and count; "From $N". Returns its
    height."""
    img = s.img
    th = round(cw * rng.uniform(0.6, 0.72))
    if rng.random() < 0.55:
        cut_photo(cast, rng, s, x, y, cw, th, 24, 90, rounded_rect(th, cw, 14), 0.9)
    else:
        blit(img, H11.render(rng, cw, th, RENDERS), x, y, rounded_rect(th, cw, 14))
    cv2.circle(img, (x + cw - 36, y + 36), 22, WHITE, -1, cv2.LINE_AA)
    heart(img, (x + cw - 36, y + 38), 12, RED if rng.random() < 0.3 else GREY)
    yy = y + th + 14
    sd = face_avatar(cast, s, rng, x, yy, 18.3, 26, (1.1, 1.25), "circle")
    note(img, who(rng)[:9], (x + sd + 10, yy + sd // 2 + 6), 0.5, s.fg, 2)
    if rng.random() < 0.5:
        tag(img, x + sd + 140, yy, rng.choice(("Level 2", "Top Rated", "Pro", "Level 1")), off(s.bg, 24), 28)
    yy += max(sd, 30) + 34
    note(img, "I will " + " ".join(rng.choice(C.WORDS) for _ in range(3))[:24], (x, yy), 0.5, s.fg)
    note(img, "your " + rng.choice(C.WORDS)[:12], (x, yy + 28), 0.5, s.fg)
    yy += 62
    star(img, (x + 10, yy - 6), 10, GOLD)
    note(img, f"{rng.uniform(4.2, 5.0):.1f} ({rng.randrange(3, 900)})", (x + 28, yy), 0.5, s.fg)
    note(img, f"From ${rng.randrange(5, 400)}", (x + cw - 140, yy), 0.5, s.fg, 2)
    return yy - y + 30


def template_tile(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, tw: int, th: int) -> None:
    """A résumé template's thumbnail: a white page with a coloured side column or header, a sample
    photo in its top corner (faces 18-36 px, round or square, grey on 30 %), text as grey bars; a
    "PRO" tag on some; the template's name under it."""
    img = s.img
    rounded_card(img, x, y, tw, th, 10, (250, 250, 250))
    colour = random_colour(rng, 40, 200)
    if rng.random() < 0.5:
        cv2.rectangle(img, (x, y + 10), (x + tw // 3, y + th - 10), colour, -1)
    else:
        cv2.rectangle(img, (x + 10, y), (x + tw - 10, y + th // 5), colour, -1)
    fp, side = _size(rng, 18.3, small(rng, 19, 36), (1.15, 1.5))
    cast.avatar(s, x + 12, y + 14, fp, side, rng.choice(("circle", "square")))
    if rng.random() < 0.3:
        greyed_at(s, x + 12, y + 14, side)
    for k in range(8):
        yy = y + th // 4 + 20 + k * (th * 2 // 3) // 9
        cv2.rectangle(
            img,
            (x + tw // 3 + 12, yy),
            (x + tw - 14 - rng.randrange(0, tw // 4), yy + 5),
            (180, 180, 180),
            -1,
        )
    if rng.random() < 0.3:
        tag(img, x + tw - 70, y + th - 40, "PRO", GOLD, 28)
    note(img, words(rng, 1).title()[:12], (x + 4, y + th + 30), 0.5, s.fg)


def headshot(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, side: int, grey: bool) -> int:
    """A team member's headshot on a careers page: a rounded square photo (faces 40-160 px), grey
    when the page styles its team so, the name and role under it. Returns its height."""
    cast.avatar(s, x, y, min(160.0, max(40.0, side / rng.uniform(1.6, 4.0))), side, "rounded")
    if grey:
        greyed_at(s, x, y, side)
    note(s.img, who(rng), (x + 4, y + side + 30), 0.6, s.fg, 2)
    note(s.img, rng.choice(ROLES)[:18], (x + 4, y + side + 58), 0.45, GREY)
    return side + 80


def inbox_row(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A thread in a recruiter's inbox: the 28-44 px face (initials on some) under an "open to work"
    ring on 20 % or a verified tick on 25 %, the name (bold when unread) and time, an "InMail" or
    "Recruiter" tag on some, the preview's line, an unread dot; a job's chip with the company's logo
    on 20 %. Returns its height."""
    img = s.img
    fp, side = _size(rng, 28, small(rng, 29, 44), (1.15, 1.35))
    cast.person(s, 30, y, fp, side, "circle")
    roll = rng.random()
    if roll < 0.2:
        open_ring(img, (30 + side // 2, y + side // 2), side // 2, max(5, side // 9))
    elif roll < 0.45:
        tick_badge(img, (26 + side, y + side - 4), 9, s.bg)
    unread = rng.random() < 0.4
    x = 56 + side
    note(img, who(rng) + " " + who(rng)[:1] + ".", (x, y + 26), 0.6, s.fg, 2 if unread else 1)
    note(img, f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}", (WIDTH - 110, y + 26), 0.45, GREY)
    if rng.random() < 0.35:
        tag(img, x + 250, y + 4, rng.choice(("InMail", "Recruiter", "Sponsored")), off(s.bg, 30), 28)
    line = rng.choice(("Hi! I came across your profile", "Are you open to a chat", "Thanks for applying"))
    note(img, line + " " + rng.choice(C.WORDS), (x, y + 58), 0.5, s.fg if unread else GREY)
    if unread:
        cv2.circle(img, (WIDTH - 50, y + 56), 9, BLUE, -1, cv2.LINE_AA)
    h = max(side, 72)
    if rng.random() < 0.2:
        rounded_card(img, x, y + h + 4, 460, 64, 12, off(s.bg, 12))
        logo(img, rng, x + 10, y + h + 12, 48)
        note(img, rng.choice(ROLES), (x + 72, y + h + 44), 0.5, s.fg)
        h += 74
    cv2.line(img, (x, y + h + 12), (WIDTH, y + h + 12), off(s.bg, 16), 1)
    return h + 24


def referral_chain(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A referral request: the asker's face (30-44 px), an arrow to one's own (24-30 px), an arrow to
    the hiring manager's (30-44 px), the request and the job, accept and decline buttons. Returns
    its height."""
    img = s.img
    card = off(s.bg, 8)
    rounded_card(img, 20, y, WIDTH - 40, 250, 18, card)
    x, mid = 50, y + 62
    for k, (lo, hi) in enumerate(((30, 44), (24, 30), (30, 44))):
        fp, side = _size(rng, lo, small(rng, lo + 1, hi), (1.1, 1.3))
        cast.avatar(s, x, mid - side // 2, fp, side, "circle")
        x += side + 14
        if k < 2:
            cv2.arrowedLine(img, (x, mid), (x + 56, mid), GREY, 3, cv2.LINE_AA, tipLength=0.3)
            x += 70
    note(img, f"{who(rng)} asked you for a referral", (x + 10, mid - 6), 0.55, s.fg, 2)
    note(img, f"{rng.choice(ROLES)} at {who(rng)} Ltd", (x + 10, mid + 24), 0.45, GREY)
    pill(img, 50, y + 150, 300, 64, s.accent)
    note(img, "Refer", (160, y + 192), 0.65, WHITE, 2)
    outlined(img, 370, y + 150, 300, 64, GREY, card)
    note(img, "Not now", (460, y + 192), 0.65, s.fg, 2)
    return 270


def booth_card(cast: Cast, rng: random.Random, s: Screen, x: int, y: int, cw: int) -> int:
    """A virtual fair's booth: the company's logo and name, the recruiter's live camera (faces 30-120
    px) under a LIVE tag, the queue's stack (18-22 px, "+N") and count, a "join queue" button.
    Returns its height."""
    img = s.img
    card = off(s.bg, 9)
    th = round(cw * rng.uniform(0.56, 0.66))
    ch = 88 + th + 140
    rounded_card(img, x, y, cw, ch, 16, card)
    logo(img, rng, x + 16, y + 16, 56)
    note(img, f"{who(rng)} {rng.choice(('Labs', 'Health', 'Bank', 'Group'))}", (x + 86, y + 54), 0.6, s.fg, 2)
    cast.photo(s, x + 16, y + 88, cw - 32, th, small(rng, 30, 120), rounded_rect(th, cw - 32, 12))
    tag(img, x + 28, y + 100, "LIVE", RED, 30)
    yy = y + 88 + th + 14
    end = stack(cast, s, rng, x + 16, yy, rng.randrange(2, 5), 18.3, 22, card, rng.randrange(0, 40))
    note(img, "in queue", (end + 8, yy + 24), 0.45, GREY)
    pill(img, x + 16, yy + 60, cw - 32, 54, s.accent)
    note(img, "Join queue", (x + cw // 2 - 64, yy + 95), 0.6, WHITE, 2)
    return ch


def review_card(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """An employee's review: an initials disc on 70 % (anonymous) or the reviewer's 20-28 px face
    with a verified tick, the review's title and stars, the role and date, a pro and a con, a
    "helpful" count. Returns its height."""
    img = s.img
    if rng.random() < 0.7:
        sd = 48
        initials(img, rng, 30, y, sd, "circle")
    else:
        sd = face_avatar(cast, s, rng, 30, y, 20, 28, (1.1, 1.3), "circle")
        tick_badge(img, (26 + sd, y + sd - 2), 8, s.bg)
    x = 50 + sd
    note(img, '"' + words(rng, 3).title()[:28] + '"', (x, y + 22), 0.6, s.fg, 2)
    score = rng.randrange(1, 6)
    for k in range(5):
        star(img, (x + 10 + k * 26, y + 50), 9, GOLD if k < score else GREY)
    note(
        img,
        f"{rng.choice(ROLES)} - {rng.choice(('2022', '2023', '2024', '2025'))}",
        (x + 150, y + 56),
        0.45,
        GREY,
    )
    note(img, "Pros: " + words(rng, 4).lower(), (x, y + 90), 0.5, s.fg)
    note(img, "Cons: " + words(rng, 4).lower(), (x, y + 120), 0.5, s.fg)
    note(img, f"Helpful ({rng.randrange(0, 90)})", (x, y + 152), 0.45, s.accent)
    cv2.line(img, (30, y + 172), (WIDTH - 30, y + 172), off(s.bg, 16), 1)
    return 190


def skill_row(cast: Cast, rng: random.Random, s: Screen, y: int, skill: str) -> int:
    """A skill on a profile: the name, its endorsements' count, the endorsers' stack (18-22 px, "+N"),
    on 45 % "endorsed by" one endorser's 22-28 px face and line, a "+" to endorse. Returns its
    height."""
    img = s.img
    note(img, skill, (30, y + 30), 0.7, s.fg, 2)
    note(img, f"{rng.randrange(3, 99)} endorsements", (30, y + 62), 0.45, GREY)
    badge(img, (WIDTH - 60, y + 30), 24, s.accent, "+")
    end = stack(cast, s, rng, 300, y + 14, rng.randrange(2, 6), 18.3, 22, s.bg, rng.randrange(0, 60))
    note(img, "endorsed", (end + 8, y + 40), 0.45, GREY)
    h = 84
    if rng.random() < 0.45:
        sd = face_avatar(cast, s, rng, 30, y + h, 22, 28, (1.1, 1.25), "circle")
        note(
            img,
            f"Endorsed by {who(rng)}, who is highly skilled at this",
            (44 + sd, y + h + sd // 2 + 6),
            0.45,
            GREY,
        )
        h += max(sd, 30) + 14
    cv2.line(img, (30, y + h), (WIDTH - 30, y + h), off(s.bg, 16), 1)
    return h + 16


def recommendation(cast: Cast, rng: random.Random, s: Screen, y: int) -> int:
    """A recommendation: the recommender's 36-52 px face (initials on some), the name and how they
    worked together, three lines of the quote. Returns its height."""
    img = s.img
    sd = face_avatar(cast, s, rng, 30, y, 36, 52, (1.1, 1.25), "circle", person=True)
    note(img, who(rng) + " " + who(rng), (50 + sd, y + 28), 0.6, s.fg, 2)
    relation = rng.choice(("managed them directly", "worked on the same team", "was a client"))
    note(img, relation, (50 + sd, y + 58), 0.45, GREY)
    for k in range(3):
        line = " ".join(rng.choice(C.WORDS) for _ in range(rng.randrange(5, 9)))
        note(img, line[:60], (50 + sd, y + 94 + k * 30), 0.5, s.fg)
    return max(sd, 160) + 20


def rows_to_tab_bar(s: Screen, rng: random.Random, y: int, room: int, row: Callable[[int], int]) -> Composite:
    """A feed's rows from ``y`` (``row(top)`` draws one and returns its height) while ``room`` px are
    left above the tab bar, then the tab bar over the last one, the navigation bar: the finished
    screen."""
    foot = H - NAV_H - 120
    while y + room < foot:
        y += row(y)
    tab_bar(s, rng, off(s.bg, 6), 5)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------
# Layouts: each draws people or, with a face-free cast, things in their places.
# ----------------------------------------------------------------------------------------------


def job_listings(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A job board's results: one's 24-30 px face by the search fields (role and place), filter
    chips and the count, then listings (``job_card``) down to the tab bar."""
    s = new_screen(rng, name, cast.kind("jobs"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    sd = face_avatar(cast, s, rng, 30, y + 6, 24, 30, (1.1, 1.25), "circle")
    pill(img, 50 + sd, y, WIDTH - 80 - sd, 60, off(page, 14))
    note(img, rng.choice(ROLES), (90 + sd, y + 40), 0.6, s.fg)
    y += 74
    pill(img, 50 + sd, y, WIDTH - 80 - sd, 60, off(page, 14))
    note(img, rng.choice(PLACES), (90 + sd, y + 40), 0.6, GREY)
    y += 80
    chips(img, rng, 30, y, 4, 44, (130, 220), off(page, 16), s.fg)
    y += 64
    note(img, f"{rng.randrange(40, 4000):,} results", (30, y + 24), 0.5, GREY)
    y += 44
    return rows_to_tab_bar(s, rng, y, 200, lambda top: job_card(cast, rng, s, top))


def candidate_pipeline(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A hiring pipeline: the job's title, the hiring team's stack (18-24 px, "+N"), the stages'
    counts; columns 380-440 px wide of candidates' cards (``candidate_card``), the last cut by the
    right edge; in a rejected column on 30 % the cards are greyed and faded."""
    s = new_screen(rng, name, cast.kind("pipeline"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, rng.choice(ROLES), 0.95)
    y += 80
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 24, page, rng.randrange(0, 9))
    note(img, "hiring team", (end + 10, y + 28), 0.5, GREY)
    pill(img, WIDTH - 230, y, 200, 52, s.accent)
    note(img, "+ Candidate", (WIDTH - 206, y + 34), 0.55, WHITE, 2)
    y += 80
    first = rng.randrange(0, 2)
    names = list(STAGES[first : first + 3])
    if rng.random() < 0.3:
        names[2] = "Rejected"
    cw = rng.randrange(380, 441)
    foot = H - NAV_H - 20
    x = 20
    for k, stage in enumerate(names):
        rounded_card(img, x, y, cw, foot - y, 18, off(page, 5))
        note(img, f"{stage}  {rng.randrange(2, 40)}", (x + 16, y + 42), 0.6, s.fg, 2)
        cv2.line(
            img, (x + 16, y + 60), (x + cw - 16, y + 60), RED if stage == "Rejected" else STAGE_COLOURS[k], 4
        )
        yy = y + 76
        while yy + 150 < foot:
            yy += candidate_card(cast, rng, s, x + 10, yy, cw - 20, stage == "Rejected")
        x += cw + 20
    H5.nav_bar(s)
    return s.finish()


def video_answer(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A one-way video interview: the question's number and dots; the candidate's own camera (faces
    140-380 px) with the question on a scrim over its top, a recording dot and time, the record
    button in a countdown ring over its foot; earlier answers (``answer_thumb``: 18-40 px); the
    reviewers' stack (18-22 px); submit."""
    s = new_screen(rng, name, cast.kind("answer"), ("dark", "dark", "light", "tinted"))
    img, page = s.img, s.bg
    n, q = rng.randrange(4, 7), rng.randrange(2, 4)
    y = STATUS_H + 10
    chevron(img, 40, y + 40, s.fg, back=True)
    heading(s, 80, y + 52, f"Question {q} of {n}", 0.9)
    dots(img, WIDTH - 150, y + 40, n, q - 1, s.accent, GREY)
    y += 90
    vh = rng.randrange(1000, 1181)
    cast.photo(s, 0, y, WIDTH, vh, rng.uniform(140, 380))
    H5.scrim(s, (0, y, WIDTH, y + 180), 0.55)
    for k in range(2):
        note(
            img,
            words(rng, rng.randrange(4, 7)).capitalize() + ("?" if k else ""),
            (30, y + 60 + k * 44),
            0.75,
            WHITE,
            2,
        )
    cv2.circle(img, (44, y + 150), 10, RED, -1, cv2.LINE_AA)
    note(img, f"REC 0:{rng.randrange(10, 60)}", (64, y + 158), 0.55, WHITE, 2)
    c = (WIDTH // 2, y + vh - 110)
    cv2.circle(img, c, 66, (90, 90, 90), 6, cv2.LINE_AA)
    cv2.ellipse(img, c, (66, 66), -90, 0, rng.uniform(40, 340), WHITE, 6, cv2.LINE_AA)
    cv2.circle(img, c, 48, RED, -1, cv2.LINE_AA)
    tag(img, WIDTH - 250, y + vh - 80, f"Retakes left: {rng.randrange(0, 3)}", (30, 30, 30), 34)
    y += vh + 24
    y = section(s, y, "Your answers", False)
    tw, th = 190, rng.randrange(230, 271)
    for k in range(q - 1 + rng.randrange(2, 4)):
        answer_thumb(cast, rng, s, 30 + k * (tw + 20), y, tw, th, k + 1)
    y += th + 30
    end = stack(cast, s, rng, 30, y, rng.randrange(2, 5), 18.3, 22, page, rng.randrange(0, 6))
    note(img, "will review your answers", (end + 10, y + 28), 0.5, GREY)
    pill(img, 30, H - NAV_H - 100, WIDTH - 60, 76, s.accent)
    note(img, "Submit answer", (WIDTH // 2 - 100, H - NAV_H - 52), 0.7, WHITE, 2)
    H5.nav_bar(s)
    return s.finish()


def gig_marketplace(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A freelance marketplace: the search and categories; sellers viewed (round 24-34 px faces,
    verified ticks on some, cut by the right edge); gigs in two columns (``gig_card``) down to the
    tab bar, which cuts the last row."""
    s = new_screen(rng, name, cast.kind("gigs"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    pill(img, 30, y, WIDTH - 60, 64, off(page, 14))
    icon(img, rng, (70, y + 32), 14, GREY)
    query = rng.choice(("logo design", "video editing", "translation", "web developer"))
    note(img, query, (100, y + 42), 0.6, s.fg)
    y += 84
    chips(img, rng, 30, y, 5, 44, (120, 200), off(page, 16), s.fg)
    y += 64
    y = section(s, y, "Sellers you viewed")
    x = 30
    while x < WIDTH:
        sd = face_avatar(cast, s, rng, x, y, 24, 34, (1.15, 1.35), "circle")
        if rng.random() < 0.4:
            tick_badge(img, (x + sd - 6, y + sd - 6), 10, page)
        x += max(sd, 56) + 30
    y += 80
    y = section(s, y, "Recommended for you", False)
    cw = (WIDTH - 60 - 24) // 2

    def row(top: int) -> int:
        return max(gig_card(cast, rng, s, 30 + j * (cw + 24), top, cw) for j in range(2)) + 24

    return rows_to_tab_bar(s, rng, y, 300, row)


def cv_builder(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A résumé builder: the steps; the preview of one's CV (a page with a coloured side column or
    header, the photo in its top corner, faces 40-160 px, round or square, grey on 35 %; lines; a
    coach's note pinned to it, a 22-30 px face); templates (``template_tile``) in rows, the last
    column cut by the right edge."""
    s = new_screen(rng, name, cast.kind("builder"), ("light", "tinted", "dark", "light"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    chevron(img, 40, y + 36, s.fg, back=True)
    heading(s, 80, y + 48, "Resume builder", 0.95)
    pill(img, WIDTH - 220, y + 10, 190, 54, s.accent)
    note(img, "Download", (WIDTH - 186, y + 46), 0.6, WHITE, 2)
    y += 90
    steps = ("Contact", "Photo", "Work", "Skills", "Finish")
    at = rng.randrange(1, 5)
    for k, step in enumerate(steps):
        x = 60 + k * 210
        badge(img, (x, y + 20), 18, s.accent if k <= at else GREY, "check" if k < at else "")
        note(img, step, (x - 34, y + 66), 0.45, s.fg if k == at else GREY)
    y += 90
    pw, ph = rng.randrange(660, 761), rng.randrange(780, 861)
    px = (WIDTH - pw) // 2
    rounded_card(img, px + 8, y + 8, pw, ph, 8, off(page, 40))
    rounded_card(img, px, y, pw, ph, 8, (250, 250, 250))
    colour = random_colour(rng, 40, 190)
    column = rng.random() < 0.5
    if column:
        cv2.rectangle(img, (px, y + 8), (px + pw // 3, y + ph - 8), colour, -1)
    else:
        cv2.rectangle(img, (px + 8, y), (px + pw - 8, y + 150), colour, -1)
    side = rng.randrange(130, 201)
    cast.avatar(s, px + 30, y + 30, min(160.0, max(40.0, side / rng.uniform(1.2, 2.6))), side,
                rng.choice(("circle", "square", "rounded")))  # fmt: skip
    if rng.random() < 0.35:
        greyed_at(s, px + 30, y + 30, side)
    tx = px + (pw // 3 + 30 if column else side + 60)
    for k in range(14):
        yy = y + (60 if column else 200) + k * 40
        end = tx + rng.randrange(120, max(140, px + pw - 40 - tx))
        cv2.rectangle(img, (tx, yy), (min(end, px + pw - 30), yy + (12 if k % 5 == 0 else 7)),
                      colour if k % 5 == 0 else (185, 185, 185), -1)  # fmt: skip
    cy = y + ph - 150
    rounded_card(img, WIDTH - 500, cy, 460, 110, 16, off(page, 12))
    sd = face_avatar(cast, s, rng, WIDTH - 484, cy + 16, 22, 30, (1.1, 1.25), "circle")
    note(img, f"{who(rng)} (coach)", (WIDTH - 470 + sd, cy + 38), 0.5, s.fg, 2)
    note(img, "Add numbers to this", (WIDTH - 470 + sd, cy + 72), 0.45, GREY)
    y += ph + 30
    y = section(s, y, "Templates")
    tw = rng.randrange(210, 251)
    th = round(tw * 1.35)
    foot = H - NAV_H - 20
    while y + th + 40 < foot:
        x = 30
        while x < WIDTH:
            template_tile(cast, rng, s, x, y, tw, th)
            x += tw + 20
        y += th + 50
    H5.nav_bar(s)
    return s.finish()


def careers_team(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A company's careers page: the office's photo (people at work, faces 18-60 px, cut by its
    edges) with a scrim under the company's logo and line; "meet the team" (``headshot``: three or
    four columns, two rows; the whole grid grey on half the pages, as careers pages style it);
    open roles (the hiring manager's 20-26 px face, the place, a chevron)."""
    s = new_screen(rng, name, cast.kind("careers"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H
    hh = rng.randrange(420, 521)
    wide_photo(cast, s, 0, y, WIDTH, hh, 18.3, 60)
    H5.scrim(s, (0, y + hh - 150, WIDTH, y + hh), 0.5)
    logo(img, rng, 30, y + hh - 120, 80)
    note(img, f"Life at {who(rng)}", (130, y + hh - 76), 0.9, WHITE, 2)
    note(img, "We're hiring", (130, y + hh - 38), 0.55, WHITE)
    y += hh + 30
    y = section(s, y, "Meet the team")
    cols = rng.choice((3, 4))
    side = (WIDTH - 60 - 20 * (cols - 1)) // cols
    grey = rng.random() < 0.5
    for _ in range(2):
        for j in range(cols):
            headshot(cast, rng, s, 30 + j * (side + 20), y, side, grey and rng.random() < 0.9)
        y += side + 90
    y = section(s, y, "Open roles")
    foot = H - NAV_H - 20
    while y + 90 < foot:
        note(img, rng.choice(ROLES), (30, y + 32), 0.6, s.fg, 2)
        note(img, rng.choice(PLACES), (30, y + 64), 0.45, GREY)
        sd = face_avatar(cast, s, rng, WIDTH - 170, y + 16, 20, 26, (1.05, 1.2), "circle", person=True)
        note(img, "mgr", (WIDTH - 160 + sd, y + 46), 0.4, GREY)
        chevron(img, WIDTH - 50, y + 44, GREY)
        cv2.line(img, (30, y + 86), (WIDTH - 30, y + 86), off(page, 16), 1)
        y += 92
    H5.nav_bar(s)
    return s.finish()


def recruiter_inbox(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A professional network's messages: one's 24-30 px face, the search field, a compose icon; the
    tabs; referral requests on 60 % (``referral_chain``); the threads (``inbox_row``) down to the
    tab bar."""
    s = new_screen(rng, name, cast.kind("inbox"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 14
    sd = face_avatar(cast, s, rng, 30, y + 6, 24, 30, (1.1, 1.25), "circle")
    pill(img, 50 + sd, y, WIDTH - 150 - sd, 60, off(page, 14))
    note(img, "Search messages", (90 + sd, y + 40), 0.6, GREY)
    icon(img, rng, (WIDTH - 60, y + 30), 20, s.fg)
    y += 90
    for k, label in enumerate(("Focused", "Unread", "InMail", "Jobs")):
        note(img, label, (40 + k * 250, y + 30), 0.6, s.accent if k == 0 else GREY, 2 if k == 0 else 1)
    cv2.line(img, (30, y + 50), (200, y + 50), s.accent, 4)
    y += 70
    if rng.random() < 0.6:
        y = section(s, y, "Referral requests", False)
        y += referral_chain(cast, rng, s, y)
    return rows_to_tab_bar(s, rng, y, 90, lambda top: inbox_row(cast, rng, s, top))


def career_fair(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A virtual career fair: the fair's name, LIVE and "who's here" (18-22 px stack, "+N"); on stage
    now (the stage's photo, faces 20-70 px, cut by its edges, the speaker's 28-36 px face and name);
    booths in two columns (``booth_card``); attendees open to work (round 24-40 px faces with green
    rings, roles) in a row cut by the right edge."""
    s = new_screen(rng, name, cast.kind("fair"), ("light", "dark", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 16
    heading(s, 30, y + 44, rng.choice(("Tech Careers Fair", "Grad Fair 2026", "Health Jobs Expo")), 0.95)
    tag(img, WIDTH - 130, y + 14, "LIVE", RED, 40)
    y += 70
    end = stack(cast, s, rng, 30, y, rng.randrange(3, 6), 18.3, 22, page, rng.randrange(100, 2000))
    note(img, "are here", (end + 10, y + 28), 0.5, GREY)
    y += 70
    sh = rng.randrange(260, 321)
    wide_photo(cast, s, 30, y, WIDTH - 60, sh, 20, 70, rounded_rect(sh, WIDTH - 60, 18))
    H5.scrim(s, (30, y + sh - 90, WIDTH - 30, y + sh), 0.5)
    sd = face_avatar(cast, s, rng, 50, y + sh - 78, 28, 36, (1.1, 1.25), "circle")
    note(img, f"On stage: {who(rng)} - {words(rng, 2).title()}", (66 + sd, y + sh - 36), 0.55, WHITE, 2)
    y += sh + 24
    y = section(s, y, "Booths")
    cw = (WIDTH - 60 - 20) // 2
    foot = H - NAV_H - 230
    while True:
        heights = [booth_card(cast, rng, s, 30 + j * (cw + 20), y, cw) for j in range(2)]
        y += max(heights) + 20
        if y + max(heights) > foot:
            break
    y = section(s, y, "Open to work", False)
    x = 30
    while x < WIDTH:
        fp, side = _size(rng, 24, small(rng, 25, 40), (1.15, 1.35))
        open_ring(img, (x + side // 2, y + side // 2), side // 2 + 6, 6)
        cast.avatar(s, x, y, fp, side, "circle")
        note(img, rng.choice(ROLES)[:9], (x, y + side + 26), 0.4, GREY)
        x += max(side, 90) + 40
    H5.nav_bar(s)
    return s.finish()


def company_reviews(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A company reviews and salaries site: the company's logo, stars and tabs; the CEO's approval
    (the CEO's photo, faces 40-80 px, inside a ring showing the approval share); salaries by role (a
    drawn chart); reviews (``review_card``) down to the interviews' row (18-24 px stack)."""
    s = new_screen(rng, name, cast.kind("reviews"), ("light", "light", "dark", "tinted"))
    img, page = s.img, s.bg
    y = STATUS_H + 20
    logo(img, rng, 30, y, 96)
    heading(s, 150, y + 40, f"{who(rng)} Inc", 0.95)
    note(img, f"{rng.uniform(2.8, 4.8):.1f}", (150, y + 84), 0.7, s.fg, 2)
    for k in range(5):
        star(img, (220 + k * 30, y + 76), 11, GOLD if k < 4 else GREY)
    y += 120
    for k, label in enumerate(("Reviews", "Salaries", "Interviews", "Jobs")):
        note(img, label, (30 + k * 250, y + 30), 0.6, s.accent if k == 0 else GREY, 2 if k == 0 else 1)
    y += 60
    side = rng.randrange(130, 171)
    c, share = (30 + side // 2, y + side // 2), rng.uniform(0.4, 0.97)
    cv2.circle(img, c, side // 2 + 12, off(page, 24), 10, cv2.LINE_AA)
    cv2.ellipse(img, c, (side // 2 + 12, side // 2 + 12), -90, 0, 360 * share, GREEN, 10, cv2.LINE_AA)
    cast.avatar(s, 30, y, min(80.0, max(40.0, side / rng.uniform(1.6, 3.2))), side, "circle")
    note(img, f"{round(share * 100)}% approve of the CEO", (side + 70, y + side // 2 - 8), 0.65, s.fg, 2)
    note(img, who(rng) + " " + who(rng), (side + 70, y + side // 2 + 28), 0.5, GREY)
    y += side + 40
    y = section(s, y, "Salaries")
    blit(img, salary_ranges(rng, WIDTH - 60, 280), 30, y)
    y += 300
    y = section(s, y, f"{rng.randrange(40, 9000):,} reviews")
    foot = H - NAV_H - 100
    while y + 190 < foot:
        y += review_card(cast, rng, s, y)
    end = stack(cast, s, rng, 30, foot + 20, rng.randrange(2, 5), 18.3, 24, page, rng.randrange(0, 300))
    note(img, "shared their interview", (end + 10, foot + 48), 0.5, GREY)
    H5.nav_bar(s)
    return s.finish()


def endorsements(cast: Cast, rng: random.Random, name: str) -> Composite:
    """A profile's skills and endorsements: the member's 44-64 px face (in an "open to work" ring
    on 30 %) with the name and headline; skills (``skill_row``); recommendations
    (``recommendation``) down to the foot."""
    s = new_screen(rng, name, cast.kind("skills"), ("light", "light", "dark", "tinted"))
    img = s.img
    y = STATUS_H + 16
    chevron(img, 40, y + 50, s.fg, back=True)
    fp, side = _size(rng, 44, small(rng, 45, 64), (1.15, 1.3))
    cast.avatar(s, 80, y, fp, side, "circle")
    if rng.random() < 0.3:
        open_ring(img, (80 + side // 2, y + side // 2), side // 2, max(6, side // 9))
    note(img, who(rng) + " " + who(rng), (100 + side, y + side // 2 - 6), 0.75, s.fg, 2)
    note(img, rng.choice(ROLES) + " - " + rng.choice(PLACES), (100 + side, y + side // 2 + 28), 0.5, GREY)
    y += side + 30
    y = section(s, y, "Skills", False)
    for skill in rng.sample(SKILLS, 7):
        if y + 120 > H - NAV_H - 460:
            break
        y += skill_row(cast, rng, s, y, skill)
    y = section(s, y + 10, "Recommendations")
    foot = H - NAV_H - 20
    while y + 170 < foot:
        y += recommendation(cast, rng, s, y)
    H5.nav_bar(s)
    return s.finish()


# ----------------------------------------------------------------------------------------------

Layout = Callable[[Cast, random.Random, str], Composite]
LAYOUTS: tuple[Layout, ...] = (
    job_listings,
    candidate_pipeline,
    video_answer,
    gig_marketplace,
    cv_builder,
    careers_team,
    recruiter_inbox,
    career_fair,
    company_reviews,
    endorsements,
)
# with people: each twice a round but two (a screen of one large face and a few small ones, and a
# screen of mostly anonymous initials)
ONCE = (video_answer, company_reviews)
FACE_LAYOUTS: tuple[Layout, ...] = tuple(fn for fn in LAYOUTS for _ in range(1 if fn in ONCE else 2))
# face-free: each once, then three again (the apps' lookalikes: a careers page's headshots, gigs'
# thumbnails, a fair's booths)
FREE_LAYOUTS: tuple[Layout, ...] = (*LAYOUTS, careers_team, gig_marketplace, career_fair)


def generate(
    photos: list[Photo], free: list[Photo], seed: int = HELDOUT37_SEED, reps: int = 4
) -> Iterator[Composite]:
    """The set: ``reps`` rounds of 18 screens of people and 13 face-free ones (darkest pixel 40)."""
    return H3.rounds(Cast, FACE_LAYOUTS, FREE_LAYOUTS, "h37", photos, free, seed, reps)
