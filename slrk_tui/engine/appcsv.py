"""The app's CSV dialect in: each source CSV as exact strings, and what could not be read.

The app writes CSV with `DataTransformation.csvOf` (screenlake-format.md §3): every field wrapped
in `"`, joined by `,`, and embedded quotes NOT escaped. pandas and the csv module misread such
rows (the old script shifted columns silently, §5 defect 6), and their defaults turn `null`,
`NA` and `0042` into something else. So this module splits records itself, keeps every value as
the exact source string, and reports what it cannot fit instead of guessing.

Pure stdlib on purpose (hot path of a days-long job; no pandas, no textual).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from dataclasses import dataclass

__all__ = ["FREE_TEXT_COLUMNS", "ParsedCsv", "csv_prefix", "parse_app_csv"]

_SEP = '","'
# Only these columns hold uncleaned text (URL event text, log msg; §3 "Text safety"), so only
# they can contain the separator `","`. A record with too many fields is repaired by giving the
# surplus back to the one free-text column; every other column is cleaned or machine-made.
FREE_TEXT_COLUMNS: tuple[str, ...] = ("text", "msg")
# A record longer than this many physical lines is treated as runaway (an unclosed quote).
MAX_RECORD_LINES = 10_000

# Values can be huge (OCR/SCREEN_TEXT, stack traces); the csv module's default cap is 128 KiB.
csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))


# --------------------------------------------------------------------------- names


_UUID_TAIL = re.compile(r"_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DIGITS_TAIL = re.compile(r"_\d+$")


def csv_prefix(member_name: str) -> str | None:
    """Consolidation prefix of a zip member or file name, or None when it is not a .csv.

    'screenshot_data_csv_<uuid>.csv' -> 'screenshot_data', 'log_data_<uuid>.csv' -> 'log_data',
    legacy 'app_segment_data_1.csv' -> 'app_segment_data'. Generic, so a new kind needs no code:
    strip '.csv', then a trailing _<uuid> or _<digits>, then a trailing '_csv'.
    """
    base = member_name.replace("\\", "/").rsplit("/", 1)[-1]
    if len(base) <= 4 or base[-4:].lower() != ".csv":
        return None
    stem = base[:-4]
    stripped = _UUID_TAIL.sub("", stem)
    if stripped == stem:
        stripped = _DIGITS_TAIL.sub("", stem)
    if stripped[-4:].lower() == "_csv":
        stripped = stripped[:-4]
    if stripped:
        return stripped
    return stem or base  # e.g. '_1.csv' or '_csv.csv': never return an empty prefix


# --------------------------------------------------------------------------- parsing


@dataclass
class ParsedCsv:
    """One source CSV as exact strings; `problems` says what was reported instead of guessed."""

    columns: list[str]
    rows: list[list[str]]  # every row has len(columns) values, exact source strings
    problems: list[str]  # human-readable, with line numbers
    repaired: int = 0  # rows whose unescaped quotes were repaired
    dialect: str = "app"  # "app" (csvOf), "rfc4180" (fallback), "legacy" (unquoted), "empty"
    encoding: str = "utf-8"  # or the UTF-16/32 codec its byte order mark named


# A byte order mark names the file's encoding (a CSV re-saved by a spreadsheet or a Windows tool
# can be UTF-16); UTF-32's marks start with UTF-16's, so they are tried first.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(data: bytes, problems: list[str]) -> tuple[str, str]:
    """(text, encoding): by the byte order mark when there is a UTF-16/32 one, else UTF-8.
    Invalid bytes become U+FFFD and a problem names where they were."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding, len(bom), problems), encoding
    return _decode_as(data, "utf-8", 0, problems), "utf-8"


def _decode_as(data: bytes, encoding: str, skipped: int, problems: list[str]) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as first:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
        offsets = [first.start]
        pos = first.end
        while len(offsets) < 5:  # name a few offsets; each retry re-decodes the tail
            try:
                data[pos:].decode(encoding)
                break
            except UnicodeDecodeError as e:
                offsets.append(pos + e.start)
                pos += e.end
        where = ", ".join(str(o + skipped) for o in offsets) + (", ..." if bad > len(offsets) else "")
        problems.append(
            f"invalid {encoding.upper()} at byte offset {where} ({bad} sequence(s) replaced with U+FFFD); "
            "rows kept"
        )
        return text


def _strip_cr(s: str) -> str:
    return s[:-1] if s.endswith("\r") else s


def _looks_complete(line: str, n: int, free: bool) -> bool:
    """Would this physical line on its own be a whole app-dialect record?"""
    if len(line) < 2 or line[0] != '"' or line[-1] != '"':
        return False
    seps = line.count(_SEP)
    return seps >= n - 1 if free else seps == n - 1


def _fields_word(k: int) -> str:
    return f"{k} field" if k == 1 else f"{k} fields"


def _parse_app(text: str, problems: list[str]) -> ParsedCsv:
    """Split the csvOf dialect: a record ends at a line ending after a closing quote where the
    record (outer quotes stripped) splits on '","' into exactly len(header) fields."""
    # The app ends lines with LF (CRLF is handled line by line). A file with CR and no LF at all
    # (a classic Mac export) was one line: its header swallowed every row.
    eol = "\r" if "\r" in text and "\n" not in text else "\n"
    lines = text.split(eol)
    if lines[-1] in ("", "\r"):
        lines.pop()  # the writer's trailing newline
    header = _strip_cr(lines[0])
    if len(header) >= 2 and header.endswith('"'):
        columns = header[1:-1].split(_SEP)
    else:
        columns = header[1:].split(_SEP)
        problems.append("line 1: header has no closing quote; read as far as it goes")
    n = len(columns)
    free_cols = [i for i, c in enumerate(columns) if c in FREE_TEXT_COLUMNS]
    free = free_cols[0] if len(free_cols) == 1 else None
    clean_quotes = 2 * n  # quote characters in a record without embedded quotes
    rows: list[list[str]] = []
    append = rows.append
    repaired = 0
    total = len(lines)
    i = 1
    while i < total:
        line = lines[i]
        if line.endswith("\r"):
            line = line[:-1]
        # Fast path: one physical line, one record (all but log stack traces).
        if len(line) >= 2 and line[0] == '"' and line[-1] == '"':
            parts = line[1:-1].split(_SEP)
            if len(parts) == n:
                append(parts)
                if line.count('"') != clean_quotes:
                    repaired += 1
                i += 1
                continue
        if not line.strip():
            i += 1  # a blank line between records carries no data
            continue
        if line[0] != '"':
            problems.append(
                f"line {i + 1}: text outside any record (does not start with a quote); reported, not parsed"
            )
            i += 1
            continue
        # Slow path: a multi-line value, a '","' inside a value, or a broken record.
        start = i
        j = i
        seps = 0
        reason = ""
        record = ""
        parts = []
        while True:
            cur = _strip_cr(lines[j])
            seps += cur.count(_SEP)
            if cur.endswith('"') and (j > start or len(cur) >= 2) and seps + 1 >= n:
                record = eol.join([*lines[start:j], cur])
                parts = record[1:-1].split(_SEP)
                if len(parts) == n:
                    break
                if len(parts) > n and free is not None:
                    extra = len(parts) - n
                    parts[free : free + extra + 1] = [_SEP.join(parts[free : free + extra + 1])]
                    break
                if len(parts) > n:
                    reason = ""
                    break
            elif seps + 1 > n and free is None:
                parts = eol.join(lines[start : j + 1])[1:].split(_SEP)
                if len(parts) > n:
                    reason = ", record not closed"
                    break
            if j + 1 >= total:
                parts = eol.join(lines[start : j + 1]).rstrip("\r")[1:].split(_SEP)
                reason = ", record unterminated at end of file (truncated?)"
                break
            nxt = _strip_cr(lines[j + 1])
            if _looks_complete(nxt, n, free is not None):
                parts = eol.join(lines[start : j + 1]).rstrip("\r")[1:].split(_SEP)
                reason = ", record incomplete and the next line starts a new record"
                break
            if j - start + 1 >= MAX_RECORD_LINES:
                parts = []
                reason = f", no record end within {MAX_RECORD_LINES} lines"
                break
            j += 1
        if len(parts) == n and not reason:
            append(parts)
            if record.count('"') != clean_quotes:
                repaired += 1
        else:
            where = f"line {start + 1}" if j == start else f"lines {start + 1}-{j + 1}"
            got = _fields_word(len(parts)) if parts else "no complete fields"
            problems.append(f"{where}: {got} for {n} columns{reason}; row reported, not shifted")
        i = j + 1
    return ParsedCsv(columns, rows, problems, repaired, "app")


def _parse_csv_module(
    text: str, problems: list[str], *, strict: bool, dialect: str
) -> tuple[ParsedCsv, bool]:
    """RFC 4180 via the csv module; returns (result, clean) where clean means no csv error and
    every row fits the header."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=strict)
    columns: list[str] = []
    rows: list[list[str]] = []
    clean = True
    try:
        for rec in reader:
            if not columns:
                columns = rec
                continue
            if not rec:
                continue  # blank line
            if len(rec) == len(columns):
                rows.append(rec)
            else:
                clean = False
                problems.append(
                    f"line {reader.line_num}: {_fields_word(len(rec))} for {len(columns)} "
                    "columns; row reported, not shifted"
                )
    except csv.Error as e:
        clean = False
        problems.append(f"line {reader.line_num}: CSV error ({e}); rest of file not read")
    return ParsedCsv(columns, rows, problems, 0, dialect), clean


def parse_app_csv(data: bytes, source: str) -> ParsedCsv:
    """Parse one CSV of the app (any kind) losslessly; never raises on bad content.

    `source` is for the caller's messages; problems carry line numbers only. Dialect per file:
    the app's csvOf splitting first; if that leaves rows unfitted and a strict RFC 4180 read fits
    every row, the file was a real RFC 4180 file and that read wins. An unquoted header means a
    legacy 2023 file, read as RFC 4180. A column name used twice is renamed (pandas' `name.1`)
    so neither column's values are lost when columns are matched by name.
    """
    del source  # part of the API so callers can log per file; messages here stay file-relative
    parsed = _parse_any(data)
    parsed.columns = _unique_columns(parsed.columns, parsed.problems)
    return parsed


def _parse_any(data: bytes) -> ParsedCsv:
    problems: list[str] = []
    text, encoding = _decode(data, problems)
    parsed = _parse_text(text, problems)
    parsed.encoding = encoding
    return parsed


def _parse_text(text: str, problems: list[str]) -> ParsedCsv:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        problems.append("empty file")
        return ParsedCsv([], [], problems, 0, "empty")
    if not text.startswith('"'):
        result, _ = _parse_csv_module(text, problems, strict=False, dialect="legacy")
        return result
    base = list(problems)
    app = _parse_app(text, list(base))
    if len(app.problems) == len(base):
        return app
    rfc, clean = _parse_csv_module(text, list(base), strict=True, dialect="rfc4180")
    if clean and rfc.columns == app.columns:
        return rfc
    return app


def _unique_columns(columns: list[str], problems: list[str]) -> list[str]:
    taken = set(columns)
    seen: set[str] = set()
    out = []
    for i, name in enumerate(columns):
        if name in seen:
            k = 1
            while f"{name}.{k}" in taken:
                k += 1
            name = f"{name}.{k}"
            taken.add(name)
            problems.append(
                f"header: column {i + 1} repeats the name {columns[i]!r}; its values "
                f"are kept as column {name!r}"
            )
        seen.add(name)
        out.append(name)
    return out
