"""The Parquet twin of a consolidated CSV: same rows, same order, every value the exact string.

Researchers open the output in pandas, R or DuckDB, whose CSV readers guess types and turn
`null`, `NA`, `""` and `0042` into something else. In the twin every source column is a Parquet
STRING (Arrow large_string: no 2 GiB limit per chunk, OCR text can be long) holding exactly
what the CSV holds (never null), and typed companion columns carry what is worth parsing once:
the row's normalised time (as `timeparse.row_time_ms`, the value the CSV is sorted by) as epoch
ms and as a UTC timestamp. pyarrow is imported only when a twin is written
(consolidation runs in worker processes that otherwise never need it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from slrk_tui.atomic import atomic_open
from slrk_tui.engine.timeparse import first_time_ms, time_indices

EPOCH_MS_COLUMN = "_t_epoch_ms"  # int64, null when the row holds no time
UTC_COLUMN = "_t_utc"  # timestamp[ms, tz=UTC], the same instant
ROW_GROUP_ROWS = 65_536  # rows converted at a time: memory stays bounded by a chunk


def twin_path(csv_path: Path) -> Path:
    """`<prefix>-consolidated.csv` -> `<prefix>-consolidated.parquet`."""
    return csv_path.with_suffix(".parquet")


def typed_column_names(columns: Sequence[str]) -> tuple[str, str]:
    """The companion columns' names; a leading `_` is added until no source column has it."""
    taken = set(columns)
    names = []
    for name in (EPOCH_MS_COLUMN, UTC_COLUMN):
        while name in taken:
            name = "_" + name
        taken.add(name)
        names.append(name)
    return names[0], names[1]


def write_parquet_twin(
    csv_path: Path, prefix: str, columns: list[str], rows: Sequence[list[str] | tuple[str, ...]]
) -> Path:
    """Write the twin of the CSV just written from `columns` and `rows` (its exact content),
    atomically: a temp file beside it, fsync, os.replace. Returns the twin's path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    epoch_name, utc_name = typed_column_names(columns)
    indices = time_indices(prefix, columns)
    schema = pa.schema(
        [pa.field(c, pa.large_string(), nullable=False) for c in columns]
        + [pa.field(epoch_name, pa.int64()), pa.field(utc_name, pa.timestamp("ms", tz="UTC"))],
        metadata={
            "slrk.source": "consolidated CSV; source columns are the exact strings",
            "slrk.prefix": prefix,
        },
    )
    path = twin_path(Path(csv_path))
    with atomic_open(path, "wb") as fh, pq.ParquetWriter(fh, schema, compression="zstd") as writer:
        for start in range(0, max(len(rows), 1), ROW_GROUP_ROWS):
            chunk = rows[start : start + ROW_GROUP_ROWS]
            times = [first_time_ms(r, indices) for r in chunk]
            by_column = list(zip(*chunk, strict=True)) if chunk else [()] * len(columns)
            arrays = [pa.array(values, pa.large_string()) for values in by_column]
            arrays.append(pa.array(times, pa.int64()))
            arrays.append(pa.array(times, pa.int64()).cast(pa.timestamp("ms", tz="UTC")))
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
    return path
