"""engine/unpack.py on small zips written here: every hostile or broken entry is named in a
problem and skipped, the good entries of the same zip are still used, and a zip that cannot be
read at all is fatal. Limits are met with forged headers, never with big files."""

from __future__ import annotations

import os
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from slrk_tui.engine import unpack
from slrk_tui.engine.unpack import open_zip

CSV = ("screenshot_data_csv_u1.csv", b'"id_user","file"\n"0042","a.jpg"\n')
JPG = ("img_u1_2026_09_01_03_00_00_000.jpg", b"\xff\xd8\xff\xe0" + os.urandom(500) + b"\xff\xd9")


def make_zip(path: Path, entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def with_good(tmp_path: Path, *bad: tuple[str, bytes]) -> Path:
    """A zip holding the hostile entries between a good CSV and a good JPG."""
    return make_zip(tmp_path / "u1.zip", [CSV, *bad, JPG])


@dataclass
class Contents:
    """Everything a worker would read from the zip, entry by entry."""

    csvs: list[tuple[str, bytes]]
    images: list[tuple[str, bytes]]
    problems: list[str]
    fatal: str


def read_zip(path: Path) -> Contents:
    with open_zip(path) as archive:
        if archive.fatal:
            return Contents([], [], archive.problems, archive.fatal)
        csvs = [(n, archive.read(n, i)) for n, i in archive.csvs]
        images = [(n, archive.read(n, i)) for n, i in archive.images]
        return Contents(
            [(n, d) for n, d in csvs if d is not None],
            [(n, d) for n, d in images if d is not None],
            archive.problems,
            "",
        )


def assert_good_kept(contents: Contents) -> None:
    assert contents.fatal == ""
    assert contents.csvs == [CSV]
    assert contents.images == [JPG]


def test_csvs_and_jpgs_are_read_by_base_name(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path / "u.zip",
        [
            ("files/" + CSV[0], CSV[1]),
            ("deep/er/" + JPG[0], JPG[1]),
            ("IMG_2.JPEG", b"jpeg"),
            ("folder/", b""),
        ],
    )
    contents = read_zip(path)
    assert contents.csvs == [CSV]
    assert contents.images == [JPG, ("IMG_2.JPEG", b"jpeg")]
    assert contents.problems == [] and contents.fatal == ""


@pytest.mark.parametrize(
    "name",
    [
        "../evil.csv",
        "a/../../evil.jpg",
        "..\\..\\evil.csv",
        "/etc/evil.csv",
        "C:\\evil.jpg",
        "c:/evil.csv",
        "\\evil.jpg",
    ],
)
def test_zip_slip_names_are_skipped(tmp_path: Path, name: str) -> None:
    contents = read_zip(with_good(tmp_path, (name, b"x")))
    assert_good_kept(contents)
    assert len(contents.problems) == 1
    assert "zip-slip" in contents.problems[0] and repr(name) in contents.problems[0]


def _forge(path: Path, name: str, central_offset: int, value: int, fmt: str = "<I") -> None:
    """Rewrite one field of `name`'s central directory record (sizes, flags): a lying header
    costs nothing to make, so the limits must hold on what is declared."""
    raw = bytearray(path.read_bytes())
    pos = raw.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46 : pos + 46 + name_len].decode() == name:
            struct.pack_into(fmt, raw, pos + central_offset, value)
            path.write_bytes(bytes(raw))
            return
        pos = raw.find(b"PK\x01\x02", pos + 46)
    raise AssertionError(f"{name} not in the central directory")


def test_an_encrypted_entry_is_skipped(tmp_path: Path) -> None:
    path = with_good(tmp_path, ("secret.csv", b"ciphertext"))
    _forge(path, "secret.csv", 8, 0x1, "<H")  # general purpose flags: bit 0 = encrypted
    contents = read_zip(path)
    assert_good_kept(contents)
    assert contents.problems == ["entry 'secret.csv' skipped: encrypted"]


def test_an_entry_declaring_more_than_the_entry_limit_is_skipped(tmp_path: Path) -> None:
    path = with_good(tmp_path, ("huge.jpg", os.urandom(1000)))
    _forge(path, "huge.jpg", 24, unpack.MAX_IMAGE_BYTES + 1)  # uncompressed size
    contents = read_zip(path)
    assert_good_kept(contents)
    assert len(contents.problems) == 1
    assert "'huge.jpg'" in contents.problems[0]
    assert f"{unpack.MAX_IMAGE_BYTES}-byte limit for a JPG" in contents.problems[0]  # not ratio


def test_a_ratio_bomb_is_skipped_but_a_small_compressible_entry_is_not(tmp_path: Path) -> None:
    bomb = ("bomb.csv", b"\0" * (2 * unpack.RATIO_CHECK_ABOVE))  # deflates ~1000:1
    small = ("tiny_csv_u1.csv", b"\0" * (unpack.RATIO_CHECK_ABOVE // 2))  # same ratio, but small
    contents = read_zip(with_good(tmp_path, bomb, small))
    assert contents.csvs == [CSV, small]
    assert contents.images == [JPG]
    assert len(contents.problems) == 1
    assert "'bomb.csv'" in contents.problems[0] and "compression ratio" in contents.problems[0]


def test_a_big_entry_that_compresses_normally_is_read(tmp_path: Path) -> None:
    text = b"".join(b'"0042","%d","com.app","some words of screen text"\n' % i for i in range(60_000))
    assert len(text) > unpack.RATIO_CHECK_ABOVE
    contents = read_zip(with_good(tmp_path, ("big_csv_u1.csv", text)))
    assert contents.problems == []
    assert contents.csvs == [CSV, ("big_csv_u1.csv", text)]


def test_the_zip_total_limit_skips_what_comes_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unpack, "MAX_TOTAL_BYTES", len(CSV[1]) + len(JPG[1]) + 10)
    contents = read_zip(make_zip(tmp_path / "u.zip", [CSV, JPG, ("late.jpg", b"x" * 100)]))
    assert contents.csvs == [CSV] and contents.images == [JPG]
    assert len(contents.problems) == 1 and "'late.jpg'" in contents.problems[0]


@pytest.mark.parametrize("name", ["notes.txt", "photo.png", "manifest.json", "csv", "x.csv.bak"])
def test_other_files_are_ignored_and_said_so(tmp_path: Path, name: str) -> None:
    contents = read_zip(with_good(tmp_path, (name, b"data")))
    assert_good_kept(contents)
    assert contents.problems == [f"entry {name!r} ignored: not a CSV or JPG"]


def test_an_entry_with_damaged_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "u.zip", [CSV, ("broken.jpg", b"A" * 400), JPG], zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    at = raw.find(b"A" * 400)
    raw[at + 100] ^= 0xFF  # the stored CRC-32 no longer matches
    path.write_bytes(bytes(raw))
    contents = read_zip(path)
    assert_good_kept(contents)
    assert len(contents.problems) == 1
    assert "'broken.jpg'" in contents.problems[0] and "unreadable" in contents.problems[0]


@pytest.mark.parametrize(
    "damage",
    [
        lambda good: b"",
        lambda good: os.urandom(2000),
        lambda good: good[: len(good) // 2],  # upload cut off: no central directory
        lambda good: b"<html>403 Forbidden</html>",
    ],
    ids=["empty", "noise", "truncated", "html"],
)
def test_a_zip_that_cannot_be_read_is_fatal(tmp_path: Path, damage) -> None:
    good = make_zip(tmp_path / "good.zip", [CSV, JPG]).read_bytes()
    path = tmp_path / "bad.zip"
    path.write_bytes(damage(good))
    contents = read_zip(path)
    assert contents.fatal.startswith("not a readable zip")
    assert contents.csvs == [] and contents.images == []


def test_a_missing_local_file_is_an_error_of_this_machine_not_bad_input(tmp_path: Path) -> None:
    """A downloaded zip gone from disk says nothing about the upload: the run retries the unit
    (it used to record the object as a bad zip for good)."""
    with pytest.raises(unpack.LocalZipError):
        read_zip(tmp_path / "gone.zip")
