"""Staged parts of one panelist and prefix in, one sorted, deduplicated RFC 4180 CSV out.

The consolidated file is what researchers open: pandas, R and Excel read it back unchanged. A
rerun merges into the existing file, so the same parts always give the same bytes.

Pure stdlib on purpose (hot path of a days-long job; no pandas, no textual).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from slrk_tui.atomic import atomic_open
from slrk_tui.engine.staging import StagedPart
from slrk_tui.engine.timeparse import epoch_ms, time_indices

__all__ = ["EditedOutput", "consolidate"]

# Values can be huge (OCR/SCREEN_TEXT, stack traces); the csv module's default cap is 128 KiB.
csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))


class EditedOutput(ValueError):
    """An earlier consolidated CSV that is no longer slrk's own output (saved back by a
    spreadsheet, edited by hand): new rows are never merged into what cannot be read back.
    One message argument, so it crosses back from a worker process intact."""


def _edited(path: Path, what: str) -> EditedOutput:
    return EditedOutput(
        f"{path} was changed since slrk wrote it ({what}), so new rows are not merged into it. "
        "Move it away or delete it, then rerun: it is rebuilt from the zips"
    )


def _read_existing(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of an earlier consolidated file (our own RFC 4180 output)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh, strict=True)
            header = next(reader, [])
            rows = [r for r in reader if r]
    except UnicodeDecodeError as exc:
        raise _edited(path, f"not UTF-8 at byte {exc.start}") from None
    except csv.Error as exc:
        raise _edited(path, f"not readable as CSV at line {reader.line_num}: {exc}") from None
    for i, r in enumerate(rows, start=2):
        if len(r) != len(header):
            raise _edited(path, f"record {i} has {len(r)} fields for {len(header)} columns")
    return header, rows


@dataclass
class _Union:
    columns: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def add(self, cols: list[str]) -> list[int]:
        for c in cols:
            if c not in self.index:
                self.index[c] = len(self.columns)
                self.columns.append(c)
        return [self.index[c] for c in cols]


# Called with (csv path, prefix, columns, rows) once the CSV is in place: a second format of the
# same ordered rows, written in the same pass (the Parquet twin).
TwinWriter = Callable[[Path, str, list[str], list[tuple[str, ...]]], object]


def consolidate(
    out_path: Path, prefix: str, parts: Iterable[StagedPart], twin: TwinWriter | None = None
) -> int:
    """Merge parts (and an existing out_path) into one sorted, deduplicated RFC 4180 CSV.

    Header = union of column names in order of first appearance (existing file first); missing
    values are "". Identical rows appear once, and so does a screenshot re-uploaded in another
    batch (`_one_row_per_screenshot`). Rows sorted by row time (unparseable last), then by the
    whole row, so re-running with the same parts gives identical bytes. Returns the
    number of data rows written. Nothing is written when there are no columns at all. `twin`,
    when given, writes the same header and rows in another format right after the CSV.
    """
    out_path = Path(out_path)
    union = _Union()
    # Each source keeps its own width until the union is known; padded once at the end.
    sources: list[tuple[list[int], list[list[str]]]] = []
    if out_path.exists():
        header, rows = _read_existing(out_path)
        sources.append((union.add(header), rows))
    for part in parts:
        sources.append((union.add(part.columns), part.rows))
    width = len(union.columns)
    if width == 0:
        return 0

    seen: set[tuple[str, ...]] = set()
    for mapping, rows in sources:
        for r in rows:
            if len(r) != len(mapping):
                raise ValueError(
                    f"{prefix}: a row of {len(r)} values for {len(mapping)} columns; "
                    "parts must be rectangular"
                )
        if mapping == list(range(len(mapping))):  # same leading columns: pad only
            pad = ("",) * (width - len(mapping))
            seen.update(tuple(r) + pad for r in rows)
        else:
            for r in rows:
                full = [""] * width
                for src, dst in enumerate(mapping):
                    full[dst] = r[src]
                seen.add(tuple(full))
    sources.clear()

    idx = time_indices(prefix, union.columns)

    def sort_key(row: tuple[str, ...]) -> tuple[bool, int, tuple[str, ...]]:
        for i in idx:
            t = epoch_ms(row[i])
            if t is not None:
                return (False, t, row)
        return (True, 0, row)

    ordered = _one_row_per_screenshot(prefix, union.columns, sorted(seen, key=sort_key))
    del seen

    with atomic_open(out_path, "w", encoding="utf-8", newline="") as fh:
        quote_all = _header_starts_with_bom(union.columns)
        head = csv.writer(
            fh, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="\r\n"
        )
        head.writerow(union.columns)
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerows(ordered)
    if twin is not None:
        twin(out_path, prefix, union.columns, ordered)
    return len(ordered)


# The same screenshot can arrive in two zips (a batch re-uploaded under a new UUID; the app's
# findDuplicates only logs it, format notes §5). Each copy's row names its own zip in zipFileId,
# so the rows differ, but they are one screenshot: one image is written, so one row is kept.
# Rows that differ in anything else (another text for one file) are both kept: not ours to pick.
_ZIP_COLUMN = "zipFileId"


def _one_row_per_screenshot(
    prefix: str, columns: list[str], ordered: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """``ordered`` without screenshot rows that repeat a kept row in every column but zipFileId:
    the first in sort order wins, so the choice does not depend on which zip arrived first."""
    if prefix != "screenshot_data" or _ZIP_COLUMN not in columns:
        return ordered
    at = columns.index(_ZIP_COLUMN)
    kept: set[tuple[str, ...]] = set()
    out = []
    for row in ordered:
        key = row[:at] + row[at + 1 :]
        if key not in kept:
            kept.add(key)
            out.append(row)
    return out


def _header_starts_with_bom(columns: list[str]) -> bool:
    """Does the first column's name start with U+FEFF (a BOM inside the source header's quotes)?
    Such a header is written fully quoted: unquoted, the file would start with bytes a reader (and
    the rerun's merge, which reads with utf-8-sig) drops as a byte order mark, renaming the column
    and doubling every row on the next merge."""
    return bool(columns) and columns[0].startswith("\ufeff")
