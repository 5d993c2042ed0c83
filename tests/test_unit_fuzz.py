"""Broken phones and attackers write every byte pattern: a unit's processing never raises on its
input, whatever bytes its zip holds; what it cannot use is reported. (Random mutations with fixed
seeds: the first run of these found zlib errors and out-of-file offsets escaping as crashes.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_engine_exact import SESSION_HEADER, app_csv, screen_jpeg
from test_hostile_inputs import good_zip, img_name, shots, uuid, zip_of

from slrk_tui.engine.worker import UnitTask, consolidate_prefix, process_unit
from slrk_tui.redact import RedactionSettings


def mutate(rng: random.Random, data: bytes, edits: int) -> bytes:
    b = bytearray(data)
    for _ in range(edits):
        pos, op = rng.randrange(len(b)), rng.random()
        if op < 0.5:
            b[pos] = rng.choice([0, 10, 13, 34, 44, 92, 255, rng.randrange(256)])
        elif op < 0.75:
            b.insert(pos, rng.choice(b'",\n\r\x00\xff'))
        else:
            del b[pos]
    return bytes(b)


def run_unit(tmp: Path, i: int, data: bytes) -> None:
    path = tmp / f"z{i}.zip"
    path.write_bytes(data)
    task = UnitTask(
        f"u{i:04d}",
        "f",
        (("key", str(path)),),
        str(tmp / "img" / f"u{i:04d}"),
        str(tmp / "staged"),
        (0, 2**62) if i % 2 else None,
        RedactionSettings(),
    )
    result = process_unit(task)  # must not raise
    written = {p.name for p in (tmp / "img" / f"u{i:04d}").iterdir()}
    assert written == set(result.written)  # what is written is what is recorded


@pytest.mark.parametrize("seed", [1, 2])
def test_corrupted_zip_bytes_never_crash_a_unit(tmp_path, seed):
    rng = random.Random(seed)
    _, data, _ = good_zip(uuid(1), 3)
    for i in range(80):
        broken = mutate(rng, data, rng.choice([1, 3, 10]))
        run_unit(tmp_path, i, broken[: rng.randrange(len(broken))] if i % 5 == 0 else broken)


def test_corrupted_csvs_and_jpegs_never_crash_a_unit_or_consolidation(tmp_path):
    rng = random.Random(3)
    names = [img_name(i) for i in range(3)]
    jpgs = [screen_jpeg(40 + 30 * i) for i in range(3)]
    for i in range(80):
        entries = [
            ("screenshot_data_csv_x.csv", mutate(rng, shots(names, "z.zip"), 10)),
            *[(n, mutate(rng, j, 3) if rng.random() < 0.5 else j) for n, j in zip(names, jpgs, strict=True)],
            ("session_data_csv_x.csv", mutate(rng, app_csv(SESSION_HEADER, [["v"] * 14]), 10)),
        ]
        run_unit(tmp_path, i, zip_of(entries))
    for prefix_dir in sorted((tmp_path / "staged").iterdir()):
        out = tmp_path / "out" / f"{prefix_dir.name}.csv"
        rows = consolidate_prefix(str(prefix_dir), str(out), prefix_dir.name)
        assert rows == 0 or out.read_text(encoding="utf-8").count("\n") >= rows
