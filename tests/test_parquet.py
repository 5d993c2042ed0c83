"""The Parquet twin of a consolidated CSV holds the CSV's exact strings, in its order, plus the
row time parsed once; written atomically in the consolidation pass."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from slrk_tui.engine.consolidate import StagedPart, consolidate
from slrk_tui.engine.parquet import twin_path, write_parquet_twin
from slrk_tui.engine.timeparse import row_time_ms


def assert_twin_equals_csv(csv_path: Path) -> pa.Table:
    """Every source column of the twin equals the CSV's, string for string, row for row."""
    with open(csv_path, newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh, strict=True))
    table = pq.read_table(twin_path(csv_path))
    assert table.column_names[: len(header)] == header
    assert len(table.column_names) == len(header) + 2
    for i, name in enumerate(header):
        column = table.column(name)
        assert column.type == pa.large_string(), name
        assert column.null_count == 0, name
        assert column.to_pylist() == [r[i] for r in rows], name
    return table


def tricky_parts() -> list[StagedPart]:
    cols = ["id_user", "t_epoch_ts_ms", "text", "_t_epoch_ms"]
    return [
        StagedPart(
            "screenshot_data",
            cols,
            [
                ["0042", "1788231600000", "null", "x"],
                ["NA", "1788231600", 'say "hi", ok\nline two', ""],  # epoch seconds
                ["", "2026-09-01T03:00:00.5Z", "  spaced  ", "NaN"],
                ["0042", "not a time", "", "None"],
            ],
        ),
        StagedPart(
            "screenshot_data",
            [*cols, "stop_reason"],
            [
                ["007", "1788231601000", "é✓ 文字", "1", "UNKNOWN"],
            ],
        ),
    ]


def test_twin_of_tricky_values_equals_the_csv(tmp_path):
    out = tmp_path / "metadata" / "screenshot_data-consolidated.csv"
    n = consolidate(out, "screenshot_data", tricky_parts(), twin=write_parquet_twin)
    assert n == 5
    table = assert_twin_equals_csv(out)
    # a source column already named like a companion keeps its name and values
    assert table.column_names[-2:] == ["__t_epoch_ms", "_t_utc"]
    assert table.column("_t_epoch_ms").to_pylist() == ["x", "", "NaN", "1", "None"]
    with open(out, newline="", encoding="utf-8") as fh:
        header, *rows = list(csv.reader(fh))
    expected = [row_time_ms("screenshot_data", header, r) for r in rows]
    assert expected[-1] is None and expected[0] == 1788231600000  # unparseable sorts last
    assert table.column("__t_epoch_ms").to_pylist() == expected
    assert table.schema.field("_t_utc").type == pa.timestamp("ms", tz="UTC")
    assert table.column("_t_utc").to_pylist()[0] == dt.datetime(2026, 9, 1, 3, 0, tzinfo=dt.UTC)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temp left

    # what the README tells a researcher to do
    frame = pd.read_parquet(twin_path(out), dtype_backend="numpy_nullable")
    assert frame["id_user"].tolist() == [r[0] for r in rows]
    assert {"null", "NA", "", "0042", "007"} <= set(frame["id_user"]) | set(frame["text"])
    assert str(frame["text"].dtype) == "string" and str(frame["__t_epoch_ms"].dtype) == "Int64"
    assert frame["__t_epoch_ms"].isna().tolist() == [t is None for t in expected]


def test_twin_rewritten_with_the_csv_on_a_second_pass(tmp_path):
    out = tmp_path / "session_data-consolidated.csv"
    cols = ["session_start", "id_session"]
    consolidate(
        out,
        "session_data",
        [StagedPart("session_data", cols, [["2026-09-02T23:00:00Z", "b"]])],
        twin=write_parquet_twin,
    )
    consolidate(
        out,
        "session_data",
        [StagedPart("session_data", cols, [["2026-09-01T02:59:00Z", "a"], ["2026-09-02T23:00:00Z", "b"]])],
        twin=write_parquet_twin,
    )
    table = assert_twin_equals_csv(out)
    assert table.column("id_session").to_pylist() == ["a", "b"]
    assert table.num_rows == 2


def test_header_only_csv_gets_an_empty_twin(tmp_path):
    out = tmp_path / "log_data-consolidated.csv"
    consolidate(out, "log_data", [StagedPart("log_data", ["timestamp", "msg"], [])], twin=write_parquet_twin)
    assert assert_twin_equals_csv(out).num_rows == 0
