"""JPEG structure: the declared size before any decoding, and exactly the image, nothing else.

Why parse the markers ourselves: OpenCV decodes only the first image of a file and ignores its
metadata, but a viewer shows more. A face can travel in an EXIF or JFIF thumbnail, in a second
JPEG appended after the end marker, or in an MPF picture, and EXIF carries GPS. So the checked
pixels and the written file must be the same thing: the first image, alone.

Policy for a frame that is written (see :func:`image_only`):

- kept, byte for byte: SOI; APP0 JFIF (rewritten without its thumbnail when it has one); APP2
  ICC_PROFILE (the colour profile: without it colours shift) when its chunks make one
  well-formed profile with no picture inside; APP14 Adobe (it says how to turn the samples into
  colours); DQT, DHT, DAC, DRI, DNL; the frame header (SOFn); every scan (SOS and its
  entropy-coded data, restart markers included; progressive files have many); EOI.
- dropped: everything after the first image's EOI; APP1 (EXIF with its thumbnail and GPS, XMP);
  APP0 JFXX and any other APP0; APP2 other than ICC (MPF multi-picture); an ICC profile that is
  malformed or holds a JPEG, PNG, GIF or WebP (kept byte for byte, it would carry a planted face out like
  an appended image); APP3..APP13, APP15; COM; stray bytes and fill bytes between segments
  (libjpeg skips them too).
- refused (the frame is withheld): a second SOI or SOF inside the first image, hierarchical or
  unknown markers, a frame header that is not the first thing before the scans, or no EOI.

A file holding nothing dropped is returned as the same bytes object (byte-identical output).
Redacted frames are re-encoded; they keep only the source's ICC profile (:func:`add_icc`).

Also here: the source quality estimate from the quantisation tables. A redacted frame must be
re-encoded once, and encoding a quality-50 phone screenshot at quality 95 (as the old tool did)
triples its size for no visible gain. Reading the luminance quantisation table tells the quality
the phone used (IJG scaling).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# IJG standard luminance table (JPEG spec Annex K.1), natural order; the sum is what matters.
_STD_LUMA_SUM = sum(
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ]
)  # fmt: skip

SOI, EOI, SOS, DQT, DHT, DAC, DRI, DNL, COM = 0xD8, 0xD9, 0xDA, 0xDB, 0xC4, 0xCC, 0xDD, 0xDC, 0xFE
APP0, APP1, APP2, APP14 = 0xE0, 0xE1, 0xE2, 0xEE
# Frame headers: C0..CF except DHT (C4), JPG (C8) and DAC (CC).
SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_TABLES = frozenset({DQT, DHT, DAC, DRI, DNL})
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RST0..7: no length field

_JFIF = b"JFIF\x00"
_ICC = b"ICC_PROFILE\x00"
_ADOBE = b"Adobe"
_JFIF_PAYLOAD = 14  # identifier, version, units, densities, thumbnail 0x0 (JFIF 1.02, fig. 7)
_ADOBE_PAYLOAD = 12  # identifier, version, flags0, flags1, transform
_ICC_MIN = 132  # a profile's 128-byte header and its tag count (ICC.1 7.2, 7.3)
# What a carving tool looks for: the start of a JPEG, PNG, GIF or WebP file.
_PICTURE_START = re.compile(rb"\xff\xd8\xff|\x89PNG\r\n\x1a\n|GIF8[79]a|RIFF.{4}WEBP", re.DOTALL)

# The end of entropy-coded data: 0xFF followed by anything but a stuffed zero or RST0..7.
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7]")


class JpegError(ValueError):
    """The bytes are not a JPEG whose structure we can vouch for; the message says why."""


def _broken(why: str) -> JpegError:
    return JpegError(f"not a decodable JPEG: {why}")


@dataclass(frozen=True)
class Header:
    """What the frame header (SOFn) declares, read without decoding a pixel."""

    width: int
    height: int
    components: int
    marker: int  # which SOFn: 0xC0 baseline, 0xC2 progressive, ...


@dataclass(frozen=True)
class Segment:
    """One marker segment of the first image: ``data[start:end]``, from its 0xFF to the next
    marker (for SOS, through the entropy-coded data that follows, restart markers included)."""

    marker: int
    start: int
    end: int

    def payload(self, data: bytes) -> bytes:
        """The bytes after the length field (empty for SOI/EOI)."""
        return data[self.start + 4 : self.end] if self.marker not in (SOI, EOI) else b""


@dataclass(frozen=True)
class ImageOnly:
    """The first image of a file, alone: ``data`` to write, ``dropped`` what was left out."""

    header: Header
    data: bytes
    dropped: tuple[str, ...]  # sorted labels, empty when ``data`` is the input object itself


def is_jpeg(data: bytes) -> bool:
    """Starts with the SOI marker."""
    return data[:3] == b"\xff\xd8\xff"


def _not_jpeg_reason(data: bytes) -> str:
    """Why ``data`` (no SOI) is not a JPEG, naming the format a phone or an upload tool may have
    written under a .jpg name instead, so a user knows what the withheld image was."""
    if not data:
        what = "an empty file"
    elif data.startswith(b"\x89PNG\r\n\x1a\n"):
        what = "a PNG image"
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        what = "a GIF image"
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        what = "a WebP image"
    elif data[4:8] == b"ftyp":
        what = "a HEIF/HEIC or AVIF image"
    else:
        what = "no start marker"
    return f"not a JPEG ({what})"


def _segments(data: bytes) -> Iterator[tuple[Segment, int]]:
    """The first image's segments in file order, each with the count of stray or fill bytes
    skipped before it. Stops after EOI; raises :class:`JpegError` on a broken structure.

    Lazy, so that a caller after the tables only (:func:`luma_table`) never scans image data.
    """
    if not is_jpeg(data):
        raise JpegError(_not_jpeg_reason(data))
    yield Segment(SOI, 0, 2), 0
    i = gap = 2  # gap: where the bytes no segment holds began
    n = len(data)
    while True:
        # Like libjpeg's next_marker: skip anything up to 0xFF, then any fill 0xFF bytes.
        j = data.find(b"\xff", i)
        if j < 0:
            raise JpegError("truncated JPEG (no end marker)")
        while j + 1 < n and data[j + 1] == 0xFF:
            j += 1
        if j + 1 >= n:
            raise JpegError("truncated JPEG (no end marker)")
        skipped, marker = j - gap, data[j + 1]
        if marker == EOI:
            yield Segment(EOI, j, j + 2), skipped
            return
        if marker == SOI:
            raise _broken("a second start marker inside the image")
        if marker in _STANDALONE or marker == 0x00:
            # A restart marker or stuffed zero outside a scan carries nothing: skip it.
            i = j + 2
            continue
        if j + 4 > n:
            raise JpegError("truncated JPEG (no end marker)")
        end = j + 2 + int.from_bytes(data[j + 2 : j + 4], "big")
        if end < j + 4 or end > n:
            raise _broken(f"segment 0xFF{marker:02X} at byte {j} has a bad length")
        if marker == SOS:
            m = _SCAN_END.search(data, end)
            if m is None:
                raise JpegError("truncated JPEG (no end marker)")
            end = m.start()
        yield Segment(marker, j, end), skipped
        i = gap = end


def _header(data: bytes, seg: Segment) -> Header:
    p = seg.payload(data)
    if len(p) < 6 or len(p) != 6 + 3 * p[5]:
        raise _broken("malformed frame header")
    return Header(
        width=int.from_bytes(p[3:5], "big"),
        height=int.from_bytes(p[1:3], "big"),
        components=p[5],
        marker=seg.marker,
    )


def _verdict(data: bytes, seg: Segment) -> tuple[bytes | None, str]:
    """What to write for one non-structural segment, and a label when it was changed or
    dropped (``None``: drop it)."""
    m, p = seg.marker, seg.payload(data)
    whole = data[seg.start : seg.end]
    if m in _TABLES:
        return whole, ""
    if m == APP0 and p.startswith(_JFIF) and len(p) >= _JFIF_PAYLOAD:
        if len(p) == _JFIF_PAYLOAD and p[12:14] == b"\x00\x00":
            return whole, ""
        fixed = p[:12] + b"\x00\x00"
        return _segment(APP0, fixed), "JFIF thumbnail"
    if m == APP2 and p.startswith(_ICC):
        return whole, ""
    if m == APP14 and p.startswith(_ADOBE) and len(p) >= _ADOBE_PAYLOAD:
        if len(p) == _ADOBE_PAYLOAD:
            return whole, ""
        return _segment(APP14, p[:_ADOBE_PAYLOAD]), "data in Adobe segment"
    if m == APP1:
        return None, "EXIF" if p.startswith(b"Exif\x00") else "XMP" if b"xap/1.0" in p[:64] else "APP1"
    if m == APP0:
        return None, "JFXX thumbnail" if p.startswith(b"JFXX\x00") else "APP0"
    if m == APP2:
        return None, "MPF" if p.startswith(b"MPF\x00") else "APP2"
    if 0xE0 <= m <= 0xEF:
        return None, f"APP{m - 0xE0}"
    if m == COM:
        return None, "comment"
    raise _broken(f"unsupported marker 0xFF{m:02X}")


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def image_only(data: bytes) -> ImageOnly:
    """The first image of ``data`` with everything a viewer could show besides it removed
    (the policy is in the module docstring). The compressed image data is copied unchanged.

    Returns ``data`` itself when nothing was removed. Raises :class:`JpegError` on a structure
    it cannot vouch for.
    """
    parts: list[bytes] = []
    dropped: set[str] = set()
    header: Header | None = None
    icc: list[tuple[int, bytes]] = []  # (index in parts, payload) of the ICC_PROFILE chunks
    end = 0
    for seg, skipped in _segments(data):
        if skipped:
            dropped.add("stray bytes between segments")
        m = seg.marker
        if m in SOF_MARKERS:
            if header is not None:
                raise _broken("a second frame header inside the image")
            header = _header(data, seg)
            kept: bytes | None = data[seg.start : seg.end]
        elif m == SOS:
            if header is None:
                raise _broken("image data before the frame header")
            kept = data[seg.start : seg.end]
        elif m in (SOI, EOI):
            kept = data[seg.start : seg.end]
        else:
            kept, label = _verdict(data, seg)
            if label:
                dropped.add(label)
            elif m == APP2:
                icc.append((len(parts), seg.payload(data)))
        if kept is not None:
            parts.append(kept)
        end = seg.end
    if header is None:
        raise _broken("no frame header (SOFn)")
    if end < len(data):
        dropped.add("data after the end marker")
    problem = _icc_problem([payload for _, payload in icc]) if icc else ""
    if problem:
        dropped.add(problem)
        chunks = {i for i, _ in icc}
        parts = [part for i, part in enumerate(parts) if i not in chunks]
    if not dropped:
        return ImageOnly(header, data, ())
    return ImageOnly(header, b"".join(parts), tuple(sorted(dropped)))


def _icc_problem(payloads: list[bytes]) -> str:
    """Why the ICC_PROFILE chunks (APP2 payloads, in file order) are not one colour profile that
    may be written, or "" when they are: chunk i of n (ICC.1 annex B.4) for every i, joined into a
    profile that declares its own size (zero padding after it allowed) and the 'acsp' signature,
    with no JPEG, PNG, GIF or WebP inside."""
    n, chunks = len(payloads), {}
    for p in payloads:
        seq, count = (p[12], p[13]) if len(p) >= 14 else (0, 0)
        if count != n or not 1 <= seq <= n or seq in chunks:
            return "malformed ICC profile"
        chunks[seq] = p[14:]
    profile = b"".join(chunks[i] for i in range(1, n + 1))
    size = int.from_bytes(profile[:4], "big")
    if not _ICC_MIN <= size <= len(profile) or profile[36:40] != b"acsp" or profile[size:].strip(b"\x00"):
        return "malformed ICC profile"
    if _PICTURE_START.search(profile):
        return "picture inside ICC profile"
    return ""


def icc_segments(data: bytes) -> list[bytes]:
    """The APP2 ICC_PROFILE segments of the first image, whole and in order."""
    return [
        data[s.start : s.end]
        for s, _ in _segments(data)
        if s.marker == APP2 and s.payload(data).startswith(_ICC)
    ]


def add_icc(encoded: bytes, icc: list[bytes]) -> bytes:
    """``encoded`` (a fresh libjpeg file: SOI, then usually APP0 JFIF) with the ICC segments
    inserted after SOI and the APP0 that follows it, where readers look for them."""
    if not icc:
        return encoded
    at = 2
    if encoded[2:4] == b"\xff\xe0":
        at = 4 + int.from_bytes(encoded[4:6], "big")
    return encoded[:at] + b"".join(icc) + encoded[at:]


def luma_table(data: bytes) -> list[int] | None:
    """The 64 values of quantisation table 0 from the first DQT segments, or None."""
    try:
        for seg, _ in _segments(data):
            if seg.marker in (SOS, EOI):
                return None
            if seg.marker == DQT:
                table = _table0(seg.payload(data))
                if table is not None:
                    return table
    except JpegError:
        return None
    return None


def _table0(p: bytes) -> list[int] | None:
    j = 0
    while j < len(p):
        pq, tq = p[j] >> 4, p[j] & 0x0F
        size = 128 if pq else 64
        if j + 1 + size > len(p):
            return None
        raw = p[j + 1 : j + 1 + size]
        if tq == 0:
            return [int.from_bytes(raw[2 * k : 2 * k + 2], "big") for k in range(64)] if pq else list(raw)
        j += 1 + size
    return None


def estimate_quality(data: bytes, default: int = 75) -> int:
    """The IJG quality (1..100) that produces this file's luminance table, or ``default``."""
    table = luma_table(data)
    if not table:
        return default
    scale = 100.0 * sum(table) / _STD_LUMA_SUM  # percent of the standard table
    if scale <= 0:
        return default
    quality = 5000.0 / scale if scale > 100 else (200.0 - scale) / 2.0
    return max(1, min(100, round(quality)))
