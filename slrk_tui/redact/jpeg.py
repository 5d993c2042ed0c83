"""Small JPEG helpers: sanity checks and source-quality estimation from quantisation tables.

Why estimate the quality: a redacted frame must be re-encoded once, and encoding a quality-50
phone screenshot at quality 95 (as the old tool did) triples its size for no visible gain.
Reading the luminance quantisation table tells the quality the phone used (IJG scaling).
"""

from __future__ import annotations

# IJG standard luminance table (JPEG spec Annex K.1), natural order; the sum is what matters.
_STD_LUMA_SUM = sum(
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ]
)  # fmt: skip


def is_jpeg(data: bytes) -> bool:
    """Starts with the SOI marker."""
    return data[:3] == b"\xff\xd8\xff"


def is_complete_jpeg(data: bytes) -> bool:
    """Ends with the EOI marker (allowing zero padding): a cut-off download fails this."""
    return data.rstrip(b"\x00").endswith(b"\xff\xd9")


def luma_table(data: bytes) -> list[int] | None:
    """The 64 values of quantisation table 0 from the first DQT segments, or None."""
    i, n = 2, len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if marker == 0xDA:  # start of scan: no more tables before image data
            return None
        if marker == 0xDB:
            j, end = i + 4, i + 2 + length
            while j < end:
                pq, tq = data[j] >> 4, data[j] & 0x0F
                size = 128 if pq else 64
                if j + 1 + size > n:
                    return None
                if pq:
                    raw = data[j + 1 : j + 129]
                    vals = [int.from_bytes(raw[2 * k : 2 * k + 2], "big") for k in range(64)]
                else:
                    vals = list(data[j + 1 : j + 65])
                if tq == 0:
                    return vals
                j += 1 + size
        i += 2 + length
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
