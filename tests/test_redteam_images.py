"""Red-team pass on screenshot image variants, end to end through `slrk run` over S3.

What a phone, a tablet or a broken upload can put in a zip under a `.jpg` name, beside its
screenshot rows. Faces are the repository's hand-annotated ~100 px faces (scaled up to ~130 px),
which the detector certainly finds, so a visible face means the pipeline let it through.

- Written, every face covered (or, face-free, the source bytes): greyscale, CMYK (Adobe),
  progressive, 4:4:4 and 4:2:0 subsampling, arithmetic coding, a landscape phone screen and a
  tablet screen, EXIF orientation 3 and 8 (6 is in test_hostile_jpeg), a malformed ICC profile,
  an unknown APP segment, an upload cut short whose end marker survived (the top half decodes,
  its face is covered), 1x1 and 8x8 images. A frame one pixel wide or high crashed the detector
  ("redaction failed: error", exit 3): such a line holds no face and is written as it is.
- Withheld with a named reason (exit 3): PNG, WebP, GIF and HEIC bytes under a `.jpg` name (the
  reason was "not a JPEG (no start marker)" for all four; it now names the format), an
  upload cut short (no end marker) with a face in its decodable half, a 10000x16 strip (over the
  side limit), a 12-bit JPEG (libjpeg refuses it); a real `.png` member is ignored and reported.
- A colour profile is written byte for byte, so a face JPEG planted as the "ICC profile" of a
  face-free frame (its size field grown to cover it, over two chunks) left with the frame: it is
  dropped now unless the chunks make one well-formed profile holding no JPEG, PNG, GIF or WebP.
- Every screenshot row is kept, whatever became of its image.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from test_engine_exact import SHOT_HEADER, app_csv, shot_row
from test_hostile_jpeg import (
    FACE_BOXES,
    FACE_PHOTO,
    FAST,
    FILL_MAX,
    ICC,
    after_app0,
    decode,
    encode,
    exif,
    screen,
    segment,
)

from slrk_tui.demo.server import LocalS3Server
from slrk_tui.redact import FrameRedactor

from helpers.cli import put_object, server_env, slrk_run_cmd, zip_of

REPO = Path(__file__).resolve().parents[1]
ARITHMETIC = REPO / "tests" / "data" / "jpeg_variants" / "arithmetic_2008_002506.jpg"
BUCKET = "redteam-images"
WHEN = "2026-09-01T03:00:00Z"
PANELISTS = "academia/tenant/t1_one/panel/p1/V_12/panelist"
WRITTEN, WITHHELD = "3001", "3002"
Box = tuple[int, int, int, int]


def face_screen(w: int, h: int, at: tuple[int, int] = (40, 300)) -> tuple[np.ndarray, list[Box]]:
    """A light ``w`` x ``h`` screen with the face photo pasted at ``at`` (faces ~130 px), and its
    face boxes."""
    scale = 1.3
    img = np.full((h, w, 3), 240, np.uint8)
    photo = cv2.resize(decode(FACE_PHOTO.read_bytes()), None, fx=scale, fy=scale)
    ph, pw = photo.shape[:2]
    img[at[1] : at[1] + ph, at[0] : at[0] + pw] = photo
    x0, y0 = at
    boxes = [(x0 + int(a * scale), y0 + int(b * scale), x0 + int(c * scale), y0 + int(d * scale))
             for a, b, c, d in FACE_BOXES]  # fmt: skip
    return img, boxes


def pil_jpeg(img: np.ndarray, mode: str) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(img[:, :, ::-1])).convert(mode).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def icc_chunks(profile: bytes, n: int) -> list[bytes]:
    """``profile`` as ``n`` APP2 ICC_PROFILE segments, numbered 1..n."""
    step = -(-len(profile) // n)
    parts = [profile[i * step : (i + 1) * step] for i in range(n)]
    return [segment(0xE2, b"ICC_PROFILE\x00" + bytes((i + 1, n)) + part) for i, part in enumerate(parts)]


SRGB = ICC[18:]  # the profile itself: after the marker, length and 14-byte chunk header


def with_picture(profile: bytes, picture: bytes) -> bytes:
    """A profile with ``picture`` after its tags and its size field grown to cover it."""
    return (len(profile) + len(picture)).to_bytes(4, "big") + profile[4:] + picture


def face_picture() -> bytes:
    return encode(cv2.resize(decode(FACE_PHOTO.read_bytes()), (300, 225)))


def twelve_bit(data: bytes) -> bytes:
    """``data`` (baseline) with a frame header saying extended, 12-bit samples (SOF1, P=12)."""
    out = bytearray(data)
    sof = out.index(b"\xff\xc0")
    out[sof + 1], out[sof + 4] = 0xC1, 12
    return bytes(out)


def written_variants() -> dict[str, tuple[bytes, list[Box]]]:
    """Image name -> (bytes, face boxes in its raw pixels): written with every face covered."""
    phone, boxes = face_screen(720, 1280)
    base = encode(phone)
    cut = base[: len(base) // 2]
    landscape, lboxes = face_screen(2115, 1088, at=(700, 200))
    tablet, tboxes = face_screen(2560, 1600, at=(900, 300))
    arith_boxes = [(x1 - 112, y1 - 48, x2 - 112, y2 - 48) for x1, y1, x2, y2 in FACE_BOXES]
    sampling = cv2.IMWRITE_JPEG_SAMPLING_FACTOR
    variants = {
        "grey": (encode(cv2.cvtColor(phone, cv2.COLOR_BGR2GRAY)), boxes),
        "cmyk": (pil_jpeg(phone, "CMYK"), boxes),
        "progressive": (encode(phone, cv2.IMWRITE_JPEG_PROGRESSIVE, 1), boxes),
        "s444": (encode(phone, sampling, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444), boxes),
        "s420": (encode(phone, sampling, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_420), boxes),
        "arithmetic": (ARITHMETIC.read_bytes(), arith_boxes),
        "landscape": (encode(landscape), lboxes),
        "tablet": (encode(tablet), tboxes),
        "orient3": (after_app0(base, exif(b"", orientation=3)), boxes),
        "orient8": (after_app0(base, exif(b"", orientation=8)), boxes),
        "bad_icc": (after_app0(base, segment(0xE2, b"ICC_PROFILE\x00\x01\x01garbage")), boxes),
        "app11": (after_app0(base, segment(0xEB, b"JP\x00\x00alpha")), boxes),
        "cut_with_end": (cut + b"\xff\xd9", boxes),  # the faces sit in the top half
        # a face-free screen whose "colour profile" over two chunks is a face JPEG
        "icc_picture": (after_app0(encode(screen()), *icc_chunks(with_picture(SRGB, face_picture()), 2)), []),
    }
    for w, h in ((1, 1), (8, 8), (1, 600), (600, 1)):
        variants[f"tiny{w}x{h}"] = (encode(np.full((h, w, 3), 128, np.uint8)), [])
    return variants


def withheld_variants() -> dict[str, tuple[bytes, str]]:
    """Image name -> (bytes under a .jpg name, a word of the reason it is withheld)."""
    phone, _ = face_screen(720, 1280)
    base = encode(phone)
    rgb = Image.fromarray(np.ascontiguousarray(phone[:, :, ::-1]))
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(2000)
    gif = io.BytesIO()
    rgb.save(gif, "GIF")
    return {
        "png": (cv2.imencode(".png", phone)[1].tobytes(), "not a JPEG (a PNG image)"),
        "webp": (cv2.imencode(".webp", phone)[1].tobytes(), "not a JPEG (a WebP image)"),
        "gif": (gif.getvalue(), "not a JPEG (a GIF image)"),
        "heic": (heic, "not a JPEG (a HEIF/HEIC or AVIF image)"),
        "cut": (base[: len(base) // 2], "truncated"),
        "strip": (encode(np.full((16, 10000, 3), 128, np.uint8)), "10000x16"),
        "twelve_bit": (twelve_bit(base), "not a decodable JPEG"),
    }


def img_name(folder: str, label: str) -> str:
    return f"img_{folder}{len(label):04d}-0000-4000-8000-{label:0>12}_2026_09_01_03_00_00_000.jpg"


def shots_zip(folder: str, images: dict[str, bytes], extra: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    uuid = f"{folder}0000-4444-4444-8444-444444444444"
    name = f"image_zip_{uuid}_{len(images) + len(extra)}.zip"
    rows = [shot_row(n, name, WHEN) for n in [*images, *(n for n, _ in extra)]]
    csv_entry = (f"screenshot_data_csv_{uuid}.csv", app_csv(SHOT_HEADER, rows))
    return name, zip_of([csv_entry, *images.items(), *extra])


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("s3")
    written = {img_name(WRITTEN, k): v for k, v in written_variants().items()}
    withheld = {img_name(WITHHELD, k): v for k, v in withheld_variants().items()}
    png_member = f"img_{WITHHELD}-real-png_2026_09_01_03_00_00_000.png"
    phone, _ = face_screen(720, 1280)
    extra = [(png_member, cv2.imencode(".png", phone)[1].tobytes())]
    keys = {}
    for folder, images, more in (
        (WRITTEN, {n: d for n, (d, _) in written.items()}, []),
        (WITHHELD, {n: d for n, (d, _) in withheld.items()}, extra),
    ):
        name, data = shots_zip(folder, images, more)
        keys[folder] = f"{PANELISTS}/{folder}/{name}"
        put_object(root / BUCKET, keys[folder], data, "2026-09-01T04:00:00Z")
    out = tmp_path_factory.mktemp("out")
    with LocalS3Server(root) as info:
        cmd = slrk_run_cmd(info.endpoint_url, out, "--bucket", BUCKET, "--prefix", "academia/",
                           "--start", "2026-09-01", "--end", "2026-09-01", "--query-id", "q",
                           "--processors", "2")  # fmt: skip
        proc = subprocess.run(cmd, env=server_env(info), capture_output=True, text=True, timeout=240)
    query = out / "q"
    report = json.loads((query / "report.json").read_text())
    return {"proc": proc, "report": report, "query": query, "written": written, "withheld": withheld,
            "png": png_member, "keys": keys}  # fmt: skip


def panelist(run: dict, folder: str) -> Path:
    return run["query"] / "combined" / "panelists" / folder


@pytest.mark.slow
def test_the_run_ends_with_exit_3_naming_each_withheld_image(run: dict) -> None:
    proc, report = run["proc"], run["report"]
    assert proc.returncode == 3, proc.stderr[-3000:]
    withheld = {w["image"]: w["reason"] for w in report["withheld_images"]}
    assert set(withheld) == set(run["withheld"]), withheld
    for name, (_, word) in run["withheld"].items():
        assert word in withheld[name], (name, withheld[name])
    assert report["bad_objects"] == [
        {"key": run["keys"][WITHHELD], "reason": f"entry {run['png']!r} ignored: not a CSV or JPG"}
    ]
    assert not (panelist(run, WITHHELD) / "images").exists() or not any(
        (panelist(run, WITHHELD) / "images").iterdir()
    )


@pytest.mark.slow
def test_every_variant_is_written_with_its_faces_covered(run: dict) -> None:
    images = panelist(run, WRITTEN) / "images"
    assert sorted(p.name for p in images.iterdir()) == sorted(run["written"])
    for name, (source, boxes) in run["written"].items():
        out = (images / name).read_bytes()
        src_img, written = decode(source), decode(out)
        assert written.shape == src_img.shape, name
        assert out.find(b"\xff\xd8\xff", 2) == -1, f"{name}: a second picture in the written bytes"
        if not boxes and name != img_name(WRITTEN, "icc_picture"):
            assert out == source, name  # face-free and nothing to strip: the bytes as uploaded
        for x1, y1, x2, y2 in boxes:
            assert written[y1:y2, x1:x2].max(axis=2).mean() <= FILL_MAX, (name, (x1, y1, x2, y2))


@pytest.mark.slow
def test_every_screenshot_row_is_kept(run: dict) -> None:
    for folder, names in ((WRITTEN, run["written"]), (WITHHELD, [*run["withheld"], run["png"]])):
        table = panelist(run, folder) / "metadata" / "screenshot_data-consolidated.csv"
        rows = list(csv.DictReader(io.StringIO(table.read_text())))
        assert sorted(Path(r["file"]).name for r in rows) == sorted(names), folder


@pytest.mark.parametrize(("w", "h"), [(1, 1), (1, 2115), (1088, 1), (2, 2)])
def test_a_frame_one_pixel_thin_is_written_as_it_is(w: int, h: int) -> None:
    data = encode(np.full((h, w, 3), 128, np.uint8))
    res = FrameRedactor().process(data)
    assert (res.status, res.data, res.reason) == ("clean", data, "")


@pytest.mark.parametrize(
    ("chunks", "dropped"),
    [
        (icc_chunks(SRGB, 1), ""),
        (icc_chunks(SRGB, 3), ""),  # a profile over several chunks, as libjpeg writes large ones
        (icc_chunks(SRGB + bytes(40), 1), ""),  # zero padding after the declared size
        (icc_chunks(b"garbage", 1), "malformed ICC profile"),
        (icc_chunks(SRGB, 2)[1:], "malformed ICC profile"),  # chunk 2 of 2 alone
        (icc_chunks(SRGB, 2)[::-1] + icc_chunks(SRGB, 2)[:1], "malformed ICC profile"),  # a repeat
        (icc_chunks(SRGB[:36] + b"xxxx" + SRGB[40:], 1), "malformed ICC profile"),  # no 'acsp'
        (icc_chunks(SRGB + b"trailing", 1), "malformed ICC profile"),  # past the declared size
        (icc_chunks(with_picture(SRGB, face_picture()), 1), "picture inside ICC profile"),
        (icc_chunks(with_picture(SRGB, b"\x89PNG\r\n\x1a\n" + bytes(50)), 1), "picture inside ICC profile"),
        (icc_chunks(with_picture(SRGB, b"GIF89a" + bytes(50)), 1), "picture inside ICC profile"),
        (
            icc_chunks(with_picture(SRGB, b"RIFF\x40\x00\x00\x00WEBPVP8 " + bytes(50)), 1),
            "picture inside ICC profile",
        ),
    ],
    ids=[
        "one",
        "three",
        "padded",
        "garbage",
        "half",
        "repeated",
        "signature",
        "trailing",
        "jpeg",
        "png",
        "gif",
        "webp",
    ],
)
def test_a_colour_profile_is_kept_only_whole_and_without_a_picture(chunks: list[bytes], dropped: str) -> None:
    clean = encode(screen())
    res = FrameRedactor(FAST).process(after_app0(clean, *chunks))
    assert res.status == "clean"
    if dropped:
        assert res.stripped == (dropped,) and res.data == clean
    else:
        assert res.stripped == () and res.data == after_app0(clean, *chunks)
