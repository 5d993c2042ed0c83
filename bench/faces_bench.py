"""Face redaction bench: recall by face size on screenshot composites, false hits, speed, reuse.

Run:  /work/venv/bin/python bench/faces_bench.py [--quick] [--sweep] [--out bench/FACES.md]

What it measures (results written up in bench/FACES.md):
1. Detector configurations, each run through the real FrameRedactor on JPEG (quality 50)
   composites, judged on the WRITTEN pixels: a face counts as hidden when >= 90 % of its annotated
   (visible) box is redaction fill in the output image. Share hidden per size bucket, false hits
   per face-free screen, ms per image on one core. The Haar baseline uses the old script's
   settings (frontal cascade, scaleFactor 1.1, minNeighbors 5, minSize 30).
2. --sweep: every single pass at every threshold, from raw detections (box geometry, not pixels),
   to choose the thresholds and scales of the default configuration.
3. A stream of frames with runs of identical and clock-only frames: images/s with and without
   reuse, against Haar.
Images are generated at run time from tests/data/faces (deterministic seed), never stored.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # "per core" figures: one thread everywhere

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import composites as C
import heldout as HO
import heldout2 as H2
import heldout3 as H3
import heldout4 as H4
import heldout5 as H5
import heldout6 as H6
import heldout7 as H7
import heldout8 as H8
import heldout9 as H9
import heldout10 as H10
import heldout11 as H11
import heldout12 as H12
import heldout13 as H13
import heldout14 as H14
import heldout15 as H15
import heldout16 as H16
import heldout17 as H17
import heldout18 as H18
import heldout19 as H19
import heldout20 as H20
import heldout21 as H21
import heldout22 as H22
import heldout23 as H23
import heldout24 as H24
import heldout25 as H25
import heldout26 as H26
import heldout27 as H27
import heldout28 as H28
import heldout29 as H29
import heldout30 as H30
import heldout31 as H31
import heldout32 as H32
import heldout33 as H33
import heldout34 as H34
import heldout35 as H35
import heldout36 as H36
import heldout37 as H37
import heldout38 as H38
import heldout39 as H39
import heldout40 as H40
import heldout41 as H41
import heldout42 as H42
import heldout43 as H43
import heldout44 as H44
import heldout45 as H45
import heldout46 as H46
import heldout47 as H47
import heldout48 as H48
import heldout49 as H49
import heldout50 as H50
import heldout51 as H51
import heldout52 as H52
import heldout53 as H53
import heldout54 as H54
import heldout55 as H55
import heldout56 as H56
import heldout57 as H57
import heldout58 as H58
import heldout59 as H59
import heldout60 as H60
import heldout61 as H61
import heldout62 as H62
import heldout63 as H63
import heldout64 as H64
import heldout65 as H65
import heldout66 as H66
import heldout67 as H67
import heldout68 as H68
import heldout69 as H69
import heldout70 as H70
import heldout71 as H71
import heldout72 as H72
import heldout73 as H73

from slrk_tui.redact import FrameRedactor, FrameResult, RedactionSettings, RedactorStats
from slrk_tui.redact import detect as det

cv2.setNumThreads(1)

BUCKETS = ("<32", "32-63", "64-127", ">=128")
FILL_MAX = 24  # a written pixel this dark (all channels) is redaction fill: composites are >= 40
DEFAULTS = RedactionSettings()  # the squares faces are hidden under, as users run it


def bucket(size: float) -> str:
    if size < 32:
        return BUCKETS[0]
    if size < 64:
        return BUCKETS[1]
    if size < 128:
        return BUCKETS[2]
    return BUCKETS[3]


@dataclass
class Sample:
    comp: C.Composite
    data: bytes  # the JPEG the redactor sees
    image: np.ndarray  # its decoded pixels


@dataclass(frozen=True)
class HeldOutSet:
    """A held-out screen generator, its face-free photos, its seed, and which set it is ("" for the
    first)."""

    generate: Callable[..., Iterator[C.Composite]]
    free: Sequence[str]
    seed: int
    nth: str = ""

    def title(self, split: str) -> str:
        which = f", {self.nth} set" if self.nth else ""
        return f"Held-out screens{which} (bench/{split}.py, held-out photos, seed {self.seed})"


# In the order they were written; each was blind until its first scoring (bench/FACES.md says
# which figures were), so judge a change to the detector on a new one.
HELDOUT_SETS = {
    "heldout": HeldOutSet(HO.generate, C.FREE_HELDOUT, HO.SEED),
    "heldout2": HeldOutSet(H2.generate, H2.FREE_HELDOUT2, H2.HELDOUT2_SEED, "second"),
    "heldout3": HeldOutSet(H3.generate, H2.FREE_HELDOUT2, H3.HELDOUT3_SEED, "third"),
    "heldout4": HeldOutSet(H4.generate, H2.FREE_HELDOUT2, H4.HELDOUT4_SEED, "fourth"),
    "heldout5": HeldOutSet(H5.generate, H2.FREE_HELDOUT2, H5.HELDOUT5_SEED, "fifth"),
    "heldout6": HeldOutSet(H6.generate, H2.FREE_HELDOUT2, H6.HELDOUT6_SEED, "sixth"),
    "heldout7": HeldOutSet(H7.generate, H2.FREE_HELDOUT2, H7.HELDOUT7_SEED, "seventh"),
    "heldout8": HeldOutSet(H8.generate, H2.FREE_HELDOUT2, H8.HELDOUT8_SEED, "eighth"),
    "heldout9": HeldOutSet(H9.generate, H2.FREE_HELDOUT2, H9.HELDOUT9_SEED, "ninth"),
    "heldout10": HeldOutSet(H10.generate, H2.FREE_HELDOUT2, H10.HELDOUT10_SEED, "tenth"),
    "heldout11": HeldOutSet(H11.generate, H2.FREE_HELDOUT2, H11.HELDOUT11_SEED, "eleventh"),
    "heldout12": HeldOutSet(H12.generate, H2.FREE_HELDOUT2, H12.HELDOUT12_SEED, "twelfth"),
    "heldout13": HeldOutSet(H13.generate, H2.FREE_HELDOUT2, H13.HELDOUT13_SEED, "thirteenth"),
    "heldout14": HeldOutSet(H14.generate, H2.FREE_HELDOUT2, H14.HELDOUT14_SEED, "fourteenth"),
    "heldout15": HeldOutSet(H15.generate, H2.FREE_HELDOUT2, H15.HELDOUT15_SEED, "fifteenth"),
    "heldout16": HeldOutSet(H16.generate, H2.FREE_HELDOUT2, H16.HELDOUT16_SEED, "sixteenth"),
    "heldout17": HeldOutSet(H17.generate, H2.FREE_HELDOUT2, H17.HELDOUT17_SEED, "seventeenth"),
    "heldout18": HeldOutSet(H18.generate, H2.FREE_HELDOUT2, H18.HELDOUT18_SEED, "eighteenth"),
    "heldout19": HeldOutSet(H19.generate, H2.FREE_HELDOUT2, H19.HELDOUT19_SEED, "nineteenth"),
    "heldout20": HeldOutSet(H20.generate, H2.FREE_HELDOUT2, H20.HELDOUT20_SEED, "twentieth"),
    "heldout21": HeldOutSet(H21.generate, H2.FREE_HELDOUT2, H21.HELDOUT21_SEED, "twenty-first"),
    "heldout22": HeldOutSet(H22.generate, H2.FREE_HELDOUT2, H22.HELDOUT22_SEED, "twenty-second"),
    "heldout23": HeldOutSet(H23.generate, H2.FREE_HELDOUT2, H23.HELDOUT23_SEED, "twenty-third"),
    "heldout24": HeldOutSet(H24.generate, H2.FREE_HELDOUT2, H24.HELDOUT24_SEED, "twenty-fourth"),
    "heldout25": HeldOutSet(H25.generate, H2.FREE_HELDOUT2, H25.HELDOUT25_SEED, "twenty-fifth"),
    "heldout26": HeldOutSet(H26.generate, H2.FREE_HELDOUT2, H26.HELDOUT26_SEED, "twenty-sixth"),
    "heldout27": HeldOutSet(H27.generate, H2.FREE_HELDOUT2, H27.HELDOUT27_SEED, "twenty-seventh"),
    "heldout28": HeldOutSet(H28.generate, H2.FREE_HELDOUT2, H28.HELDOUT28_SEED, "twenty-eighth"),
    "heldout29": HeldOutSet(H29.generate, H2.FREE_HELDOUT2, H29.HELDOUT29_SEED, "twenty-ninth"),
    "heldout30": HeldOutSet(H30.generate, H2.FREE_HELDOUT2, H30.HELDOUT30_SEED, "thirtieth"),
    "heldout31": HeldOutSet(H31.generate, H2.FREE_HELDOUT2, H31.HELDOUT31_SEED, "thirty-first"),
    "heldout32": HeldOutSet(H32.generate, H2.FREE_HELDOUT2, H32.HELDOUT32_SEED, "thirty-second"),
    "heldout33": HeldOutSet(H33.generate, H2.FREE_HELDOUT2, H33.HELDOUT33_SEED, "thirty-third"),
    "heldout34": HeldOutSet(H34.generate, H2.FREE_HELDOUT2, H34.HELDOUT34_SEED, "thirty-fourth"),
    "heldout35": HeldOutSet(H35.generate, H2.FREE_HELDOUT2, H35.HELDOUT35_SEED, "thirty-fifth"),
    "heldout36": HeldOutSet(H36.generate, H2.FREE_HELDOUT2, H36.HELDOUT36_SEED, "thirty-sixth"),
    "heldout37": HeldOutSet(H37.generate, H2.FREE_HELDOUT2, H37.HELDOUT37_SEED, "thirty-seventh"),
    "heldout38": HeldOutSet(H38.generate, H2.FREE_HELDOUT2, H38.HELDOUT38_SEED, "thirty-eighth"),
    "heldout39": HeldOutSet(H39.generate, H2.FREE_HELDOUT2, H39.HELDOUT39_SEED, "thirty-ninth"),
    "heldout40": HeldOutSet(H40.generate, H2.FREE_HELDOUT2, H40.HELDOUT40_SEED, "fortieth"),
    "heldout41": HeldOutSet(H41.generate, H2.FREE_HELDOUT2, H41.HELDOUT41_SEED, "forty-first"),
    "heldout42": HeldOutSet(H42.generate, H2.FREE_HELDOUT2, H42.HELDOUT42_SEED, "forty-second"),
    "heldout43": HeldOutSet(H43.generate, H2.FREE_HELDOUT2, H43.HELDOUT43_SEED, "forty-third"),
    "heldout44": HeldOutSet(H44.generate, H2.FREE_HELDOUT2, H44.HELDOUT44_SEED, "forty-fourth"),
    "heldout45": HeldOutSet(H45.generate, H2.FREE_HELDOUT2, H45.HELDOUT45_SEED, "forty-fifth"),
    "heldout46": HeldOutSet(H46.generate, H2.FREE_HELDOUT2, H46.HELDOUT46_SEED, "forty-sixth"),
    "heldout47": HeldOutSet(H47.generate, H2.FREE_HELDOUT2, H47.HELDOUT47_SEED, "forty-seventh"),
    "heldout48": HeldOutSet(H48.generate, H2.FREE_HELDOUT2, H48.HELDOUT48_SEED, "forty-eighth"),
    "heldout49": HeldOutSet(H49.generate, H2.FREE_HELDOUT2, H49.HELDOUT49_SEED, "forty-ninth"),
    "heldout50": HeldOutSet(H50.generate, H2.FREE_HELDOUT2, H50.HELDOUT50_SEED, "fiftieth"),
    "heldout51": HeldOutSet(H51.generate, H2.FREE_HELDOUT2, H51.HELDOUT51_SEED, "fifty-first"),
    "heldout52": HeldOutSet(H52.generate, H2.FREE_HELDOUT2, H52.HELDOUT52_SEED, "fifty-second"),
    "heldout53": HeldOutSet(H53.generate, H2.FREE_HELDOUT2, H53.HELDOUT53_SEED, "fifty-third"),
    "heldout54": HeldOutSet(H54.generate, H2.FREE_HELDOUT2, H54.HELDOUT54_SEED, "fifty-fourth"),
    "heldout55": HeldOutSet(H55.generate, H2.FREE_HELDOUT2, H55.HELDOUT55_SEED, "fifty-fifth"),
    "heldout56": HeldOutSet(H56.generate, H2.FREE_HELDOUT2, H56.HELDOUT56_SEED, "fifty-sixth"),
    "heldout57": HeldOutSet(H57.generate, H2.FREE_HELDOUT2, H57.HELDOUT57_SEED, "fifty-seventh"),
    "heldout58": HeldOutSet(H58.generate, H2.FREE_HELDOUT2, H58.HELDOUT58_SEED, "fifty-eighth"),
    "heldout59": HeldOutSet(H59.generate, H2.FREE_HELDOUT2, H59.HELDOUT59_SEED, "fifty-ninth"),
    "heldout60": HeldOutSet(H60.generate, H2.FREE_HELDOUT2, H60.HELDOUT60_SEED, "sixtieth"),
    "heldout61": HeldOutSet(H61.generate, H2.FREE_HELDOUT2, H61.HELDOUT61_SEED, "sixty-first"),
    "heldout62": HeldOutSet(H62.generate, H2.FREE_HELDOUT2, H62.HELDOUT62_SEED, "sixty-second"),
    "heldout63": HeldOutSet(H63.generate, H2.FREE_HELDOUT2, H63.HELDOUT63_SEED, "sixty-third"),
    "heldout64": HeldOutSet(H64.generate, H2.FREE_HELDOUT2, H64.HELDOUT64_SEED, "sixty-fourth"),
    "heldout65": HeldOutSet(H65.generate, H2.FREE_HELDOUT2, H65.HELDOUT65_SEED, "sixty-fifth"),
    "heldout66": HeldOutSet(H66.generate, H2.FREE_HELDOUT2, H66.HELDOUT66_SEED, "sixty-sixth"),
    "heldout67": HeldOutSet(H67.generate, H2.FREE_HELDOUT2, H67.HELDOUT67_SEED, "sixty-seventh"),
    "heldout68": HeldOutSet(H68.generate, H2.FREE_HELDOUT2, H68.HELDOUT68_SEED, "sixty-eighth"),
    "heldout69": HeldOutSet(H69.generate, H2.FREE_HELDOUT2, H69.HELDOUT69_SEED, "sixty-ninth"),
    "heldout70": HeldOutSet(H70.generate, H2.FREE_HELDOUT2, H70.HELDOUT70_SEED, "seventieth"),
    "heldout71": HeldOutSet(H71.generate, H2.FREE_HELDOUT2, H71.HELDOUT71_SEED, "seventy-first"),
    "heldout72": HeldOutSet(H72.generate, H2.FREE_HELDOUT2, H72.HELDOUT72_SEED, "seventy-second"),
    "heldout73": HeldOutSet(H73.generate, H2.FREE_HELDOUT2, H73.HELDOUT73_SEED, "seventy-third"),
}


def make_samples(quick: bool, split: str = "tuning") -> list[Sample]:
    """The tuning composites (seed 7, tuning photos) or one of HELDOUT_SETS (held-out photos, its
    own seed and face-free photos), each encoded at its capture's JPEG quality."""
    if split == "tuning":
        photos = C.load_photos(split="tuning")
        comps = C.generate_tuning(photos, C.load_free(C.FREE_TUNING) + [p for p in photos if not p.faces],
                                  seed=7, quick=quick)  # fmt: skip
    else:
        held = HELDOUT_SETS[split]
        comps = held.generate(C.load_photos(split="heldout"), C.load_free(held.free),
                              seed=held.seed, reps=1 if quick else 4)  # fmt: skip
    out = []
    for comp in comps:
        data = C.encode(comp.image, comp.quality)
        out.append(Sample(comp, data, cv2.imdecode(np.frombuffer(data, np.uint8), 1)))
    return out


# ----------------------------------------------------------------------------------------------
# 1. Configurations through the real redactor, judged on written pixels.
# ----------------------------------------------------------------------------------------------


@dataclass
class Score:
    name: str
    hidden: dict[str, list[int]]  # bucket -> [>= 90 % hidden, total] (earlier rounds' measure)
    full: dict[str, list[int]]  # bucket -> [wholly hidden, total] (issue 14)
    false_hits: int
    noface_screens: int
    noface_screens_hit: int
    ms: list[float]
    missed: list[str]  # not wholly hidden: name, size, share of the box hidden, where (x1,y1)


def covered_share(written: np.ndarray, box: C.BoxF) -> float:
    x1, y1, x2, y2 = (round(v) for v in box)
    region = written[y1:y2, x1:x2]
    if region.size == 0:
        return 1.0
    return float((region.max(axis=2) <= FILL_MAX).mean())


def score_config(name: str, samples: Sequence[Sample], passes: Sequence[det.Pass] | None) -> Score:
    hidden = {b: [0, 0] for b in BUCKETS}
    full = {b: [0, 0] for b in BUCKETS}
    false_hits = noface = noface_hit = 0
    ms: list[float] = []
    missed: list[str] = []
    settings = RedactionSettings(mode="black", passes=tuple(passes) if passes else None, reuse=False)
    for s in samples:
        red = FrameRedactor(settings)
        t = time.process_time()
        res = red.process(s.data)
        ms.append((time.process_time() - t) * 1000)
        if res.status == "withheld":
            raise RuntimeError(f"{s.comp.name} withheld: {res.reason}")
        if not s.comp.faces:
            noface += 1
            false_hits += res.faces
            noface_hit += res.data != s.data  # altered: anything but the source's bytes
            continue
        written = (
            s.image if res.status == "clean" else cv2.imdecode(np.frombuffer(res.data or b"", np.uint8), 1)
        )
        for box, size in zip(s.comp.faces, s.comp.sizes, strict=True):
            b = bucket(size)
            hidden[b][1] += 1
            full[b][1] += 1
            share = covered_share(written, box)
            hidden[b][0] += share >= 0.9
            if C.wholly_hidden(written, box):
                full[b][0] += 1
            else:
                where = f"{round(box[0])},{round(box[1])}"  # two faces of one size on a screen are told apart
                missed.append(f"{s.comp.name}:{round(size)}px:{share:.0%}@{where}")
    return Score(name, hidden, full, false_hits, noface, noface_hit, ms, missed)


Config = tuple[str, Sequence[det.Pass] | None]


def score_table(title: str, samples: Sequence[Sample], configs: Sequence[Config],
                log: Callable[[str], None]) -> list[Score]:  # fmt: skip
    """One table: wholly hidden per size bucket, the earlier >= 90 % measure beside it, face-free
    screens altered, CPU ms per image."""
    n_faces = sum(len(s.comp.faces) for s in samples)
    n_free = sum(not s.comp.faces for s in samples)
    log(f"\n### {title}: {len(samples)} screens, {n_faces} faces, {n_free} face-free\n")
    log("| configuration | " + " | ".join(BUCKETS) + " | **all, wholly hidden** | all, >= 90 % hidden"
        " | face-free screens altered | boxes / face-free screen | ms/img (CPU) |")  # fmt: skip
    log("|---|" + "---|" * (len(BUCKETS) + 5))
    scores = [score_config(n, samples, p) for n, p in configs]
    for sc in scores:
        cells = " | ".join(_pct(*sc.full[b]) for b in BUCKETS)
        tot = [sum(v[0] for v in sc.full.values()), sum(v[1] for v in sc.full.values())]
        old = [sum(v[0] for v in sc.hidden.values()), sum(v[1] for v in sc.hidden.values())]
        fh = sc.false_hits / max(1, sc.noface_screens)
        altered = _pct(sc.noface_screens_hit, sc.noface_screens)
        log(f"| {sc.name} | {cells} | {_pct(*tot)} | {_pct(*old)} | {altered} | {fh:.2f} "
            f"| {statistics.mean(sc.ms):.0f} |")  # fmt: skip
    layouts = collections.Counter(re.sub(r"\d*_\d+$", "", m.split(":")[0]) for m in scores[0].missed)
    log(f"\nNot wholly hidden by {scores[0].name}, by layout: "
        f"{', '.join(f'{k} {v}' for k, v in layouts.most_common()) or 'none'}")  # fmt: skip
    log(f"\nNot wholly hidden by {scores[0].name} (screen:size:share hidden@x,y): "
        f"{', '.join(scores[0].missed[:60]) or 'none'}")  # fmt: skip
    return scores


# ----------------------------------------------------------------------------------------------
# 2. Sweep: raw detections of single passes, scored by geometry.
# ----------------------------------------------------------------------------------------------

SWEEP_PASSES = (
    ("lfd", 2.0),
    ("lfd", 1.5),
    ("lfd", 1.0),
    ("lfd", 0.5),
    ("lfd", 0.33),
    ("lfd", 0.2),
    ("lfd", 0.15),
    ("centerface", 1.0),
    ("centerface", 0.5),
    ("centerface", 0.33),
    ("centerface", 0.2),
)


def raw_detections(samples: Sequence[Sample]) -> dict[tuple[str, float], list[tuple[list[det.Box], float]]]:
    out: dict[tuple[str, float], list[tuple[list[det.Box], float]]] = {}
    for model, scale in SWEEP_PASSES:
        if not det.model_available(model):
            continue
        rows = []
        for s in samples:
            t = time.perf_counter()
            boxes = det.run_pass(s.image, det.Pass(model, scale, 0.2))
            rows.append((boxes, (time.perf_counter() - t) * 1000))
        out[(model, scale)] = rows
    return out


def rect_cover(face: C.BoxF, rects: Sequence[tuple[int, int, int, int]]) -> float:
    x1, y1, x2, y2 = (round(v) for v in face)
    w, h = max(1, x2 - x1), max(1, y2 - y1)
    m = np.zeros((h, w), bool)
    for a, b, c, d in rects:
        m[max(0, b - y1) : max(0, d - y1), max(0, a - x1) : max(0, c - x1)] = True
    return float(m.mean())


def geometric_score(samples: Sequence[Sample], boxes_per_sample: Sequence[list[det.Box]]
                    ) -> tuple[dict[str, list[int]], int, int]:  # fmt: skip
    from slrk_tui.redact.redact import mask_rects

    hidden = {b: [0, 0] for b in BUCKETS}
    fh = screens_hit = 0
    for s, boxes in zip(samples, boxes_per_sample, strict=True):
        faces = det.merge_faces(boxes)
        if not s.comp.faces:
            fh += len(faces)
            screens_hit += bool(faces)
            continue
        rects = mask_rects(faces, DEFAULTS, C.W, C.H)
        for box, size in zip(s.comp.faces, s.comp.sizes, strict=True):
            bk = bucket(size)
            hidden[bk][1] += 1
            hidden[bk][0] += rect_cover(box, rects) >= 0.9
    return hidden, fh, screens_hit


def sweep(samples: Sequence[Sample], log: Callable[[str], None]) -> None:
    raw = raw_detections(samples)
    log("\n### Sweep: single passes by score threshold (box geometry, the redactor's squares)\n")
    log("| pass | thr | " + " | ".join(BUCKETS) + " | false hits | screens hit | ms/img |")
    log("|---|---|" + "---|" * (len(BUCKETS) + 3))
    for (model, scale), rows in raw.items():
        ms = statistics.mean(r[1] for r in rows)
        for thr in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            per = [[b for b in r[0] if b[4] >= thr] for r in rows]
            hidden, fh, sh = geometric_score(samples, per)
            cells = " | ".join(_pct(*hidden[b]) for b in BUCKETS)
            log(f"| {model}@{scale:g} | {thr} | {cells} | {fh} | {sh} | {ms:.0f} |")
    # Combinations (pass -> threshold, size window) evaluated without re-running detectors.
    log("\n### Sweep: combinations (box geometry)\n")
    log("| combination | " + " | ".join(BUCKETS) + " | all | false hits | ms/img |")
    log("|---|" + "---|" * (len(BUCKETS) + 3))
    for label, combo in COMBOS.items():
        if any(k not in raw for k, *_ in combo):
            continue
        per = []
        for i in range(len(samples)):
            boxes: list[det.Box] = []
            for key, thr, lo, hi in combo:
                for b in raw[key][i][0]:
                    side = max(b[2] - b[0], b[3] - b[1])
                    if b[4] >= thr and lo <= side <= hi:
                        boxes.append(b)
            per.append(boxes)
        hidden, fh, _sh = geometric_score(samples, per)
        ms = sum(statistics.mean(r[1] for r in raw[k]) for k, *_ in combo)
        tot = [sum(hidden[b][0] for b in BUCKETS), sum(hidden[b][1] for b in BUCKETS)]
        cells = " | ".join(_pct(*hidden[b]) for b in BUCKETS)
        log(f"| {label} | {cells} | {_pct(*tot)} | {fh} | {ms:.0f} |")


INF = 1e9
COMBOS: dict[str, list[tuple[tuple[str, float], float, float, float]]] = {
    "lfd@1 .6": [(("lfd", 1.0), 0.6, 0, INF)],
    "lfd@2 .6<64 + lfd@1 .6 + lfd@.33 .6>96": [
        (("lfd", 2.0), 0.6, 0, 64), (("lfd", 1.0), 0.6, 0, INF), (("lfd", 0.33), 0.6, 96, INF)
    ],
    "lfd@1.5 .6<96 + lfd@1 .6 + lfd@.33 .6>96": [
        (("lfd", 1.5), 0.6, 0, 96), (("lfd", 1.0), 0.6, 0, INF), (("lfd", 0.33), 0.6, 96, INF)
    ],
    "lfd@1.5 .5<96 + lfd@1 .5 + lfd@.33 .5>96": [
        (("lfd", 1.5), 0.5, 0, 96), (("lfd", 1.0), 0.5, 0, INF), (("lfd", 0.33), 0.5, 96, INF)
    ],
    "lfd@2 .6<64 + lfd@1 .6 + lfd@.5 .6>96 + cf@1 .5": [
        (("lfd", 2.0), 0.6, 0, 64), (("lfd", 1.0), 0.6, 0, INF), (("lfd", 0.5), 0.6, 96, INF),
        (("centerface", 1.0), 0.5, 0, INF),
    ],
    "lfd@1.5 .6<96 + lfd@1 .6 + lfd@.33 .6>96 + cf@.5 .5>64": [
        (("lfd", 1.5), 0.6, 0, 96), (("lfd", 1.0), 0.6, 0, INF), (("lfd", 0.33), 0.6, 96, INF),
        (("centerface", 0.5), 0.5, 64, INF),
    ],
    "cf@1 .5": [(("centerface", 1.0), 0.5, 0, INF)],
    "cf@1 .4 + cf@.5 .4>64 + cf@.33 .4>128": [
        (("centerface", 1.0), 0.4, 0, INF), (("centerface", 0.5), 0.4, 64, INF),
        (("centerface", 0.33), 0.4, 128, INF),
    ],
}  # fmt: skip


def _pct(h: int, t: int) -> str:
    return f"{100 * h / t:.1f}% ({h}/{t})" if t else "-"


# ----------------------------------------------------------------------------------------------
# 3. Stream: identical and clock-only runs.
# ----------------------------------------------------------------------------------------------


def make_stream(samples: Sequence[Sample], n_screens: int) -> list[bytes]:
    """Screens shown for a while: each screen gives 1 frame, then identical repeats, then
    frames where only the status-bar clock changed (as when a person reads for a minute)."""
    frames: list[bytes] = []
    minute = 0
    screens = [s for s in samples][:n_screens]
    for i, s in enumerate(screens):
        img = s.comp.image.copy()
        for k in range(6):
            if k in (2, 4):  # the clock ticks on the 3rd and 5th frames of the screen
                minute += 1
                C.draw_clock(img, f"12:{minute % 60:02d}")
            frames.append(C.encode(img, 50))
        if i % 3 == 2:  # a face appears in a chat bubble of an otherwise unchanged screen
            face = next((x for x in samples if x.comp.kind == "call"), None)
            if face is not None:
                patch = cv2.resize(face.comp.image[300:900, 100:700], (160, 160))
                img[1400:1560, 500:660] = patch
                frames.append(C.encode(img, 50))
    return frames


def stream_bench(samples: Sequence[Sample], log: Callable[[str], None], quick: bool) -> None:
    frames = make_stream(samples, 6 if quick else 12)
    log(f"\n### Stream: {len(frames)} frames (runs of identical and clock-only frames)\n")
    log("| configuration | images/s (1 core) | full passes | partial | identical | faces found |")
    log("|---|---|---|---|---|---|")
    outputs: dict[str, list[bytes | None]] = {}
    for label, settings in (
        ("default, reuse on", RedactionSettings()),
        ("default, reuse off", RedactionSettings(reuse=False)),
        ("Haar baseline, no reuse", RedactionSettings(passes=det.HAAR_PASSES, reuse=False)),
    ):
        red = FrameRedactor(settings)
        t = time.perf_counter()
        res = [red.process(f) for f in frames]
        dt = time.perf_counter() - t
        outputs[label] = [r.data for r in res]
        st = red.stats
        faces = sum(r.faces for r in res)
        log(f"| {label} | {len(frames) / dt:.2f} | {st.full} | {st.partial} | {st.identical} "
            f"| {faces} |")  # fmt: skip
    # Determinism: a second instance over the same frames writes the same bytes.
    again = FrameRedactor(RedactionSettings())
    same = all(again.process(f).data == d for f, d in
               zip(frames, outputs["default, reuse on"], strict=True))  # fmt: skip
    log(f"\nA fresh instance over the same frames wrote byte-identical output: {same}.")


# ----------------------------------------------------------------------------------------------
# 4. The demo study's stream: per zip, members in capture order, as the engine feeds them.
# ----------------------------------------------------------------------------------------------


@dataclass
class DemoFrame:
    name: str
    data: bytes
    faces: list[list[int]]  # manifest boxes (forehead to chin), image pixels


def demo_zips(root: Path | None) -> list[list[DemoFrame]]:
    """The demo study's JPGs, one list per zip in capture order (generated in a temp dir if
    needed)."""
    import tempfile
    import zipfile

    from slrk_tui.demo.study import StudySpec, generate_study, load_manifest

    if root is None:
        root = Path(tempfile.mkdtemp(prefix="slrk-faces-demo-"))
    if not (root / "manifest.json").is_file():
        generate_study(root, StudySpec())
    manifest = load_manifest(root)
    faces = {(j.zip_key, j.name): j.faces for j in manifest.jpgs}
    # The engine redacts in capture order (the screenshot rows' time), not member-name order:
    # names start with a random UUID per image, so name order would shuffle the frames.
    taken = {(r.zip_key, r.jpg): r.t_epoch_ts_ms for r in manifest.screenshots if r.jpg}
    out: list[list[DemoFrame]] = []
    for obj in sorted(manifest.objects, key=lambda o: o.key):
        if obj.kind != "zip":
            continue
        path = root / manifest.study_spec.bucket / obj.key
        if not path.is_file():
            continue
        with zipfile.ZipFile(path) as zf:
            names = sorted(
                (n for n in zf.namelist() if n.lower().endswith(".jpg")),
                key=lambda n: (taken.get((obj.key, n), 0), n),
            )
            frames = [DemoFrame(n, zf.read(n), faces.get((obj.key, n), [])) for n in names]
        if frames:
            out.append(frames)
    return out


def _run_stream(zips: Sequence[Sequence[DemoFrame]], settings: RedactionSettings
                ) -> tuple[float, list[FrameResult], RedactorStats]:  # fmt: skip
    """One FrameRedactor per zip, as the engine does; returns seconds, results and summed stats."""
    results: list[FrameResult] = []
    total = RedactorStats()
    t = time.perf_counter()
    for frames in zips:
        red = FrameRedactor(settings)
        results.extend(red.process(f.data) for f in frames)
        for k in ("frames", "identical", "partial", "full", "withheld"):
            setattr(total, k, getattr(total, k) + getattr(red.stats, k))
    return time.perf_counter() - t, results, total


def demo_speed(zips: Sequence[Sequence[DemoFrame]], configs: Sequence[tuple[str, RedactionSettings]],
               log: Callable[[str], None]) -> None:  # fmt: skip
    n = sum(len(z) for z in zips)
    frames = [f for z in zips for f in z]
    repeats = sum(a.data == b.data for z in zips for a, b in itertools.pairwise(z))
    log(
        f"\n### Demo study stream: {n} frames in {len(zips)} zips (one FrameRedactor per zip), "
        f"{repeats / n:.0%} byte-identical to the frame before\n"
    )
    log("| configuration | images/s (1 core) | ms/image | vs Haar | full | partial | identical "
        "| manifest faces hidden | face-free frames unchanged |")  # fmt: skip
    log("|---|---|---|---|---|---|---|---|---|")
    rows = []
    for label, settings in configs:
        dt, res, st = _run_stream(zips, settings)
        rows.append((label, n / dt, st, _judge_demo(frames, res)))
    haar = next((r[1] for r in rows if r[0].startswith("Haar")), float("nan"))
    for label, ips, st, (hidden, boxes, same, free, _leaks) in rows:
        log(f"| {label} | {ips:.2f} | {1000 / ips:.0f} | {ips / haar:.2f}x | {st.full} | {st.partial} "
            f"| {st.identical} | {_pct(hidden, boxes)} | {_pct(same, free)} |")  # fmt: skip


def _judge_demo(frames: Sequence[DemoFrame], res: Sequence[FrameResult]
                ) -> tuple[int, int, int, int, list[str]]:  # fmt: skip
    """(boxes hidden, boxes, face-free frames written unchanged, face-free frames, leaks)."""
    boxes = hidden = free = free_same = 0
    leaks: list[str] = []
    for f, r in zip(frames, res, strict=True):
        if r.status == "withheld" or r.data is None:
            leaks.append(f"{f.name}: withheld")
            continue
        if not f.faces:
            free += 1
            free_same += r.data == f.data
            continue
        written = cv2.imdecode(np.frombuffer(r.data, np.uint8), cv2.IMREAD_COLOR)
        for box in f.faces:
            boxes += 1
            if covered_share(written, tuple(float(v) for v in box)) >= 0.9:  # type: ignore[arg-type]
                hidden += 1
            else:
                leaks.append(f"{f.name[-27:]}:{box[2] - box[0]}px")
    return hidden, boxes, free_same, free, leaks


def demo_coverage(zips: Sequence[Sequence[DemoFrame]], settings: RedactionSettings,
                  log: Callable[[str], None]) -> None:  # fmt: skip
    """Every manifest face box covered in the written pixels; face-free frames byte-identical."""
    dt, res, st = _run_stream(zips, settings)
    hidden, boxes, same, free, leaks = _judge_demo([f for z in zips for f in z], res)
    n = sum(len(z) for z in zips)
    log(f"\nWhole demo study ({n} frames), default with reuse: {_pct(hidden, boxes)} of manifest "
        f"face boxes hidden (>= 90 % fill); face-free frames written byte-identical: "
        f"{_pct(same, free)}; {n / dt:.2f} images/s on one core ({st.full} full, {st.partial} "
        f"partial, {st.identical} identical).")  # fmt: skip
    if leaks:
        log("Not hidden: " + ", ".join(leaks[:30]))
    haar_dt, _res, _st = _run_stream(zips, RedactionSettings(passes=det.HAAR_PASSES, reuse=False))
    log(f"Haar baseline over the same frames, no reuse: {n / haar_dt:.2f} images/s; the default "
        f"with reuse is {haar_dt / dt:.2f}x that.")  # fmt: skip


# ----------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="about a third of the composites")
    ap.add_argument("--sweep", action="store_true", help="also sweep single passes/thresholds")
    ap.add_argument("--no-stream", action="store_true")
    ap.add_argument("--no-demo", action="store_true", help="skip the demo-study stream")
    ap.add_argument("--demo-only", action="store_true", help="only the demo-study stream")
    ap.add_argument("--demo-root", type=Path, help="an existing demo study (else generated in /tmp)")
    ap.add_argument("--out", type=Path, help="also write the tables to this file")
    ap.add_argument("--only", choices=(*HELDOUT_SETS, "tuning"), help="one set of screens (two "
                    "processes can then share the work); a new held-out set is blind until its first "
                    "scoring: score it once, on a frozen detector")  # fmt: skip
    ap.add_argument("--count-only", action="store_true", help="count screens and faces per size "
                    "bucket of each set, run no detector")  # fmt: skip
    ap.add_argument("--no-fallback", action="store_true", help="skip the CenterFace-only row")
    args = ap.parse_args(argv)

    lines: list[str] = []

    def log(s: str) -> None:
        print(s, flush=True)
        lines.append(s)

    if args.count_only:
        for split in (args.only,) if args.only else ("tuning", *HELDOUT_SETS):
            comps = [s.comp for s in make_samples(args.quick, split)]
            per = collections.Counter(bucket(size) for c in comps for size in c.sizes)
            sizes = ", ".join(f"{b} {per[b]}" for b in BUCKETS)
            log(f"{split}: {sum(bool(c.faces) for c in comps)} screens with {sum(per.values())} faces "
                f"({sizes}), {sum(not c.faces for c in comps)} face-free")  # fmt: skip
        return 0
    if not args.demo_only:
        log(f"# Face bench ({'quick' if args.quick else 'full'})\n")
        log(f"Detector here: {det.detector_description()}")
        configs: list[Config] = [("default (this platform)", None)]
        if not args.no_fallback:
            configs.append(("CenterFace fallback set", det.CENTERFACE_PASSES))
        configs.append(("Haar baseline (old script)", det.HAAR_PASSES))
        for split, held_set in HELDOUT_SETS.items():
            if args.only in (None, split):
                held = make_samples(args.quick, split)
                score_table(held_set.title(split), held, configs, log)
                del held
        if args.only in HELDOUT_SETS:
            args.no_stream = True
        else:
            samples = make_samples(args.quick, "tuning")
            score_table("Tuning screens (composites.py, tuning photos, seed 7)", samples, configs, log)
            if args.sweep:
                sweep(samples, log)
        if not args.no_stream:
            stream_bench(samples, log, args.quick)
    if not args.no_demo:
        zips = demo_zips(args.demo_root)
        single = (det.Pass("lfd", 1.0, 0.5),) if det.model_available("lfd") else det.CENTERFACE_PASSES[:1]
        demo_configs = [
            ("default, reuse on", RedactionSettings()),
            ("default, reuse off", RedactionSettings(reuse=False)),
            ("single full-resolution pass, no reuse", RedactionSettings(passes=single, reuse=False)),
        ]
        if det.model_available("lfd"):
            demo_configs.append(
                ("default without the 4x pass, reuse on", RedactionSettings(passes=det.LFD_PASSES_WITHOUT_4X))
            )
        demo_configs.append(
            ("Haar baseline, no reuse", RedactionSettings(passes=det.HAAR_PASSES, reuse=False))
        )
        demo_speed(zips[:: 15 if args.quick else 5], demo_configs, log)
        demo_coverage(zips, RedactionSettings(), log)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
