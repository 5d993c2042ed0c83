"""Publishing staged images: an image in two zips lands once, the same copy whatever the order of
the units or where a crash cut the previous attempt."""

from __future__ import annotations

from pathlib import Path

import pytest

from slrk_tui.engine import publish
from slrk_tui.engine.publish import first_copies, publish_images

UNITS = {  # unit id -> {image: bytes}; "dup.jpg" differs between the two units that hold it
    "b2": {"dup.jpg": b"copy from b2", "only-b.jpg": b"b"},
    "a1": {"dup.jpg": b"copy from a1", "only-a.jpg": b"a"},
    "c3": {"only-c.jpg": b"c"},
}
EXPECTED = {"dup.jpg": b"copy from a1", "only-a.jpg": b"a", "only-b.jpg": b"b", "only-c.jpg": b"c"}


def stage(root: Path, order: list[str]) -> Path:
    staged = root / "staged"
    for unit in order:  # creation order must not matter
        (staged / unit).mkdir(parents=True)
        for name, data in UNITS[unit].items():
            (staged / unit / name).write_bytes(data)
    return staged


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("order", [["a1", "b2", "c3"], ["c3", "b2", "a1"]])
def test_one_file_per_image_first_unit_wins(tmp_path, order):
    staged = stage(tmp_path, order)
    assert publish_images(staged, tmp_path / "images") == 4
    assert tree(tmp_path / "images") == EXPECTED


@pytest.mark.parametrize("crash_after", [1, 2, 3])
def test_crash_mid_publish_then_rerun_gives_the_same_files(tmp_path, monkeypatch, crash_after):
    staged = stage(tmp_path, ["b2", "a1", "c3"])
    calls = {"n": 0}
    real_replace = publish.os.replace

    def dying_replace(src, dst):
        calls["n"] += 1
        if calls["n"] > crash_after:
            raise KeyboardInterrupt("killed")
        real_replace(src, dst)

    monkeypatch.setattr(publish.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        publish_images(staged, tmp_path / "images")
    monkeypatch.setattr(publish.os, "replace", real_replace)
    publish_images(staged, tmp_path / "images")
    assert tree(tmp_path / "images") == EXPECTED


def test_first_copies_is_order_free():
    a = first_copies([("u2", ["x", "y"]), ("u1", ["x"])])
    b = first_copies([("u1", ["x"]), ("u2", ["y", "x"])])
    assert a == b == {"x": "u1", "y": "u2"}
