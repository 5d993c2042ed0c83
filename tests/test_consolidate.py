"""The app's CSV dialect in, lossless consolidated CSV out (screenlake-format.md §2.2, §3, §5.6).

Every test feeds bytes exactly as the app (or an older build) writes them and checks the values a
researcher would read back, with the csv module and with pandas as a researcher would call it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from slrk_tui.engine.appcsv import csv_prefix, parse_app_csv
from slrk_tui.engine.consolidate import consolidate
from slrk_tui.engine.staging import StagedPart, read_staged, write_staged
from slrk_tui.engine.timeparse import epoch_ms, row_time_ms

UUID = "178ecc88-1df2-4661-bde3-2c79349f0d4f"

SCREENSHOT_HEADER = (
    '"id_user","file","zipFileId","apk","id_session","id_segment","app","text","weekday",'
    '"t_epoch_ts_ms","t_natural_utc_ts","t_natural_second_ts","t_natural_day_ts"'
)
ACCESS_HEADER = '"id_user","type","t_unix_ts_ms","apk","id_session","id_interval","text"'
SESSION_HEADER = (
    '"id_user","session_start","session_end","id_session","seconds_since_last_active_ms",'
    '"session_duration_ms","session_count_per_day","interval","id_panel","id_tenant",'
    '"t_natural_second_session_start","t_natural_day_session_start",'
    '"t_natural_second_session_end","t_natural_day_session_end"'
)
SEGMENT_HEADER = (
    '"apk","t_unix_ts_segment_start","duration_segment_ms","id_session","id_segment",'
    '"apk_prev_1","apk_prev_2","apk_prev_3","apk_prev_4","apk_next_1","id_user"'
)
LOG_HEADER = '"event","msg","user","timestamp"'


def app_csv(header: str, *rows: list[str]) -> bytes:
    """Bytes exactly as DataTransformation.csvOf writes them (quotes never escaped)."""
    lines = [header] + [",".join(f'"{v}"' for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def shot(user: str, ms: int, text: str = "hello", apk: str = "com.android.chrome") -> list[str]:
    return [
        user,
        f"/data/user/0/com.screenlake/files/img_x_{ms}.jpg",
        f"image_zip_{UUID}_51.zip",
        apk,
        "8b0bc131-9437-4e9c-b87d-57a5da6c0c53",
        "8f7cf99f-dd1e-4cbb-afd6-21a08be10125",
        "",
        text,
        "Tue",
        str(ms),
        "2024-03-12T20:54:57.506Z",
        "13:54:57",
        "03/12/2024",
    ]


def read_back_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def read_back_pandas(path: Path) -> tuple[list[str], list[list[str]]]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return list(df.columns), df.values.tolist()


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        (f"screenshot_data_csv_{UUID}.csv", "screenshot_data"),
        (f"app_accessibility_data_csv_{UUID}.csv", "app_accessibility_data"),
        (f"session_data_csv_{UUID}.csv", "session_data"),
        (f"app_segment_data_csv_{UUID}.csv", "app_segment_data"),
        (f"log_data_{UUID}.csv", "log_data"),
        (f"manifest_{UUID}.csv", "manifest"),
        (f"package_event_data_csv_{UUID}.csv", "package_event_data"),
        ("app_segment_data_1.csv", "app_segment_data"),
        (f"foo_bar_csv_{UUID}.csv", "foo_bar"),
        (f"SCREENSHOT_DATA_CSV_{UUID.upper()}.CSV", "SCREENSHOT_DATA"),
        (f"some/dir/session_data_csv_{UUID}.csv", "session_data"),
        ("_1.csv", "_1"),
        (f"img_{UUID}_2024_03_12_13_54_57_501.jpg", None),
        ("notes.txt", None),
        (".csv", None),
    ],
)
def test_csv_prefix(name: str, prefix: str | None) -> None:
    assert csv_prefix(name) == prefix


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("value", "ms"),
    [
        ("1710276897506", 1710276897506),
        ("1710276724", 1710276724000),  # SESSION_START seconds bug
        ("1710276897506.0", 1710276897506),
        ("2024-03-12T20:54:57.506Z", 1710276897506),
        ("2024-03-12T20:54:57Z", 1710276897000),  # Instant drops a zero fraction
        ("2024-03-12T20:54:57.506+00:00", 1710276897506),
        ("2024-03-12T13:54:57.506-07:00", 1710276897506),
        ("2024-03-12T20:54:57.506123456Z", 1710276897506),
        ("null", None),
        ("", None),
        ("NA", None),
        ("garbage", None),
        ("2024-13-40T20:54:57Z", None),
        ("-5", None),
    ],
)
def test_epoch_ms(value: str, ms: int | None) -> None:
    assert epoch_ms(value) == ms


def test_row_time_falls_back_for_unknown_prefix() -> None:
    cols = ["event", "msg", "user", "timestamp"]
    assert row_time_ms("log_data", cols, ["e", "m", "1", "2024-03-12 20:54:57"]) == 1710276897000
    assert row_time_ms("log_data", cols, ["e", "m", "1", "null"]) is None


# --------------------------------------------------------------------------- parsing


def test_header_and_tricky_values_survive_parse() -> None:
    data = app_csv(ACCESS_HEADER, ["0042", "CLICKED_EVENT", "1710276732572", "null", "NA", "", " Back "])
    parsed = parse_app_csv(data, "a.csv")
    assert parsed.columns == ACCESS_HEADER.replace('"', "").split(",")
    assert parsed.rows == [["0042", "CLICKED_EVENT", "1710276732572", "null", "NA", "", " Back "]]
    assert parsed.problems == []


def test_unescaped_quotes_repaired_not_shifted() -> None:
    data = b'"a","b","c"\n"x","say "hi", ok","z"\n"1","2","3"\n"q",""quoted" at start","end with "quote""\n'
    parsed = parse_app_csv(data, "t.csv")
    assert parsed.rows == [
        ["x", 'say "hi", ok', "z"],
        ["1", "2", "3"],
        ["q", '"quoted" at start', 'end with "quote"'],
    ]
    assert parsed.repaired == 2
    assert parsed.problems == []


def test_separator_inside_url_text_goes_back_to_text_column() -> None:
    row = '"1234","URL","1710276736700","com.android.chrome","s","i","a.com/?q="x","y""'
    parsed = parse_app_csv(f"{ACCESS_HEADER}\n{row}\n".encode(), "a.csv")
    assert parsed.rows[0][6] == 'a.com/?q="x","y"'
    assert parsed.rows[0][:3] == ["1234", "URL", "1710276736700"]
    assert parsed.repaired == 1


def test_unrepairable_rows_reported_with_line_and_dropped() -> None:
    data = (
        b'"a","b","c"\n'
        b'"1","2","3"\n'
        b'"short","row"\n'  # line 3: 2 fields
        b'"4","5","6"\n'
        b'"too","many","fields","here"\n'  # line 5: 4 fields, no free-text column
        b'"7","8'  # line 6: truncated at end of file
    )
    parsed = parse_app_csv(data, "t.csv")
    assert parsed.rows == [["1", "2", "3"], ["4", "5", "6"]]
    assert len(parsed.problems) == 3
    assert parsed.problems[0].startswith("line 3: 2 fields for 3 columns")
    assert parsed.problems[1].startswith("line 5: 4 fields for 3 columns")
    assert parsed.problems[2].startswith("line 6:")
    assert "end of file" in parsed.problems[2]
    assert all("not shifted" in p for p in parsed.problems)


def test_multiline_log_message() -> None:
    msg = 'java.lang.IllegalStateException: bad "state"\n\tat com.screenlake.A.b(A.kt:10)\n\tat X'
    data = app_csv(
        LOG_HEADER,
        ["ERROR", msg, "1234", "2024-03-12 13:54:57"],
        ["INFO", "ok", "1234", "2024-03-12 13:55:00"],
        ["ERROR", 'java.lang.NumberFormatException: For input string: ""', "1234", "t"],
    )
    parsed = parse_app_csv(data, "log.csv")
    assert parsed.problems == []
    assert parsed.rows == [
        ["ERROR", msg, "1234", "2024-03-12 13:54:57"],
        ["INFO", "ok", "1234", "2024-03-12 13:55:00"],
        # RFC 4180 would read this as one quote: the app dialect keeps the two the app wrote.
        ["ERROR", 'java.lang.NumberFormatException: For input string: ""', "1234", "t"],
    ]


def test_header_only_empty_and_bom() -> None:
    header_only = parse_app_csv((SEGMENT_HEADER + "\n").encode(), "s.csv")
    assert len(header_only.columns) == 11
    assert header_only.rows == [] and header_only.problems == []

    empty = parse_app_csv(b"", "e.csv")
    assert empty.columns == [] and empty.rows == [] and empty.problems == ["empty file"]

    bom = parse_app_csv(b"\xef\xbb\xbf" + app_csv('"a","b"', ["1", "2"]), "b.csv")
    assert bom.columns == ["a", "b"] and bom.rows == [["1", "2"]] and bom.problems == []


def test_invalid_utf8_reported_rows_kept() -> None:
    data = b'"a","b"\n"caf\xe9","x"\n"ok","y"\n'
    parsed = parse_app_csv(data, "u.csv")
    assert parsed.rows == [["caf\ufffd", "x"], ["ok", "y"]]
    assert len(parsed.problems) == 1
    assert "byte offset 12" in parsed.problems[0]


def test_crlf_line_endings() -> None:
    data = b'"event","msg","user","timestamp"\r\n"E","line1\r\nline2","1","t"\r\n"F","m","2","u"\r\n'
    parsed = parse_app_csv(data, "c.csv")
    assert parsed.problems == []
    assert parsed.rows == [["E", "line1\r\nline2", "1", "t"], ["F", "m", "2", "u"]]


def test_legacy_unquoted_app_segment() -> None:
    data = (
        b"apk,t_unix_ts_segment_start,t_unix_ts_segment_end,duration_segment_ms,id_session,"
        b"id_segment,apk_prev_1,apk_prev_2,apk_prev_3,apk_prev_4,apk_next_1,id_user\n"
        b"com.samsung.accessibility,1694402435,1694402435,3,f6609939-1cc6-4f25-9d81-67ea1903f421,"
        b"bf5a82f6-64ec-40d9-bc2b-acd7b04f4e8d,NA,NA,NA,NA,com.android.chrome,"
        b"46ed03b7-84fe-4795-bd97-caa9e2cba9ec"
    )
    parsed = parse_app_csv(data, "app_segment_data_1.csv")
    assert parsed.dialect == "legacy"
    assert parsed.columns[2] == "t_unix_ts_segment_end" and len(parsed.columns) == 12
    assert parsed.rows[0][6:10] == ["NA"] * 4 and parsed.problems == []
    assert row_time_ms("app_segment_data", parsed.columns, parsed.rows[0]) == 1694402435000


def test_rfc4180_used_only_when_app_split_fails() -> None:
    # '","' escaped RFC-style: the app split gives 5 fields, RFC 4180 gives the right 3.
    rfc = parse_app_csv(b'"a","b","c"\n"1","x"",""y","3"\n"4",5,"6"\n', "r.csv")
    assert rfc.dialect == "rfc4180"
    assert rfc.rows == [["1", 'x","y', "3"], ["4", "5", "6"]] and rfc.problems == []
    # App split fits: "" stays an empty value, and "a","" is two fields.
    app = parse_app_csv(b'"a","b"\n"",""\n"x",""\n', "r.csv")
    assert app.dialect == "app" and app.rows == [["", ""], ["x", ""]]


# --------------------------------------------------------------------------- staging


def test_staged_round_trip(tmp_path: Path) -> None:
    rows = [["0042", "null", "NA", "", " Back ", 'q"uote', "a,b", "x\r\ny", "é\x00\u2028"]]
    part = StagedPart("weird", [f"c{i}" for i in range(9)], rows)
    write_staged(tmp_path / "p.jsonl", part)
    assert read_staged(tmp_path / "p.jsonl") == part
    assert [p.name for p in tmp_path.iterdir()] == ["p.jsonl"]  # no temp file left


def test_full_pipeline_is_lossless(tmp_path: Path) -> None:
    values = ["0042", "null", "NA", "", " Back "]
    data = app_csv(
        ACCESS_HEADER,
        *[["0042", "SCREEN_TEXT", str(1710276700000 + i), v, "null", "", v] for i, v in enumerate(values)],
    )
    data += b'"0042","URL","1710276799999","com.x","s","i","say "hi", ok"\n'
    parsed = parse_app_csv(data, f"app_accessibility_data_csv_{UUID}.csv")
    assert parsed.problems == []
    write_staged(tmp_path / "s.jsonl", StagedPart("app_accessibility_data", parsed.columns, parsed.rows))
    out = tmp_path / "out" / "app_accessibility_data-consolidated.csv"
    n = consolidate(out, "app_accessibility_data", [read_staged(tmp_path / "s.jsonl")])
    assert n == 6
    for reader in (read_back_csv, read_back_pandas):
        cols, rows = reader(out)
        assert cols == parsed.columns
        assert rows == parsed.rows  # already in time order in the source
    assert out.read_bytes().endswith(b"\r\n")


# --------------------------------------------------------------------------- consolidation


def test_union_with_stop_reason_either_order(tmp_path: Path) -> None:
    old = parse_app_csv(
        app_csv(
            SESSION_HEADER,
            [
                "null",
                "2024-03-12T20:52:10.155Z",
                "2024-03-12T20:54:59.292Z",
                "s1",
                "0",
                "169137",
                "1",
                "0.3",
                "ut_austin_1",
                "ut_austin_tenant_1",
                "13:52:10",
                "03/12/2024",
                "13:54:59",
                "03/12/2024",
            ],
        ),
        "a.csv",
    )
    new = parse_app_csv(
        app_csv(
            SESSION_HEADER + ',"stop_reason"',
            [
                "1234",
                "2024-03-13T10:00:00Z",
                "2024-03-13T10:01:00Z",
                "s2",
                "5",
                "60000",
                "1",
                "5000.0",
                "general_1",
                "general_tenant_1",
                "03:00:00",
                "03/13/2024",
                "03:01:00",
                "03/13/2024",
                "UNKNOWN",
            ],
        ),
        "b.csv",
    )
    a = StagedPart("session_data", old.columns, old.rows)
    b = StagedPart("session_data", new.columns, new.rows)
    out1, out2 = tmp_path / "1.csv", tmp_path / "2.csv"
    assert consolidate(out1, "session_data", [a, b]) == 2
    assert consolidate(out2, "session_data", [b, a]) == 2
    assert out1.read_bytes() == out2.read_bytes()
    cols, rows = read_back_pandas(out1)
    assert len(cols) == 15 and cols[-1] == "stop_reason"
    assert [r[3] for r in rows] == ["s1", "s2"]
    assert rows[0][-1] == "" and rows[1][-1] == "UNKNOWN"
    assert rows[0][0] == "null"


def test_dedup_across_parts(tmp_path: Path) -> None:
    cols = SCREENSHOT_HEADER.replace('"', "").split(",")
    r1, r2, r3 = (
        shot("0042", 1710276897506),
        shot("0042", 1710276900000),
        shot("0042", 1710276903300),
    )
    out = tmp_path / "s.csv"
    n = consolidate(
        out,
        "screenshot_data",
        [
            StagedPart("screenshot_data", cols, [r1, r2]),
            StagedPart("screenshot_data", cols, [r2, r3, r3]),
        ],
    )
    assert n == 3
    assert read_back_csv(out)[1] == [r1, r2, r3]


def test_sort_mixed_seconds_ms_and_iso(tmp_path: Path) -> None:
    acc = ACCESS_HEADER.replace('"', "").split(",")
    rows = [
        ["1", "SCREEN_TEXT", "1710276742799", "com.a", "s", "i1", "t"],
        ["1", "SESSION_START", "1710276724", "null", "s", "i2", "null"],  # seconds: earliest
        ["1", "URL", "1710276736700", "com.a", "s", "i3", "m.facebook.com"],
        ["1", "CLICKED_EVENT", "null", "com.a", "s", "i4", "x"],  # no time: last
    ]
    out = tmp_path / "a.csv"
    consolidate(out, "app_accessibility_data", [StagedPart("app_accessibility_data", acc, rows)])
    assert [r[5] for r in read_back_csv(out)[1]] == ["i2", "i3", "i1", "i4"]

    ses = SESSION_HEADER.replace('"', "").split(",")
    base = ["1", "", "", "", "0", "1", "1", "0.3", "p", "t", "", "", "", ""]
    starts = {
        "late": "2024-03-12T20:54:57.506Z",
        "early": "2024-03-12T20:54:57Z",
        "mid": "2024-03-12T20:54:57.100Z",
    }
    srows = [[*base[:1], v, "", k, *base[4:]] for k, v in starts.items()]
    out2 = tmp_path / "s.csv"
    consolidate(out2, "session_data", [StagedPart("session_data", ses, srows)])
    assert [r[3] for r in read_back_csv(out2)[1]] == ["early", "mid", "late"]


def test_idempotent_and_order_independent(tmp_path: Path) -> None:
    cols = SCREENSHOT_HEADER.replace('"', "").split(",")
    same_time = 1710276897506  # ties broken by the whole row
    parts = [
        StagedPart("screenshot_data", cols, [shot("1", same_time, "b"), shot("1", 5, "old")]),
        StagedPart("screenshot_data", cols, [shot("1", same_time, "a"), shot("1", 1710276999999)]),
        StagedPart("screenshot_data", cols, [shot("1", same_time, "a")]),
    ]
    out = tmp_path / "o.csv"
    assert consolidate(out, "screenshot_data", parts) == 4
    first = out.read_bytes()
    assert consolidate(out, "screenshot_data", parts) == 4  # rerun merges existing: no dupes
    assert out.read_bytes() == first
    out_rev = tmp_path / "r.csv"
    consolidate(out_rev, "screenshot_data", list(reversed(parts)))
    assert out_rev.read_bytes() == first
    texts = [r[7] for r in read_back_csv(out)[1]]
    assert texts == ["old", "a", "b", "hello"]
    # A crash after the write leaves the same file; merging just one part again changes nothing.
    consolidate(out, "screenshot_data", parts[2:])
    assert out.read_bytes() == first


def test_a_screenshot_in_two_zips_is_one_row_whatever_the_order(tmp_path: Path) -> None:
    cols = SCREENSHOT_HEADER.replace('"', "").split(",")
    zip_at = cols.index("zipFileId")
    copies = []
    for n in (2, 1):  # the same screenshot's row from two batches: only zipFileId differs
        row = shot("1", 1710276897506)
        row[zip_at] = f"image_zip_{n}_1.zip"
        copies.append(row)
    other_text = shot("1", 1710276897506, text="other")  # same file, another text: kept
    parts = [StagedPart("screenshot_data", cols, [c]) for c in copies]
    parts.append(StagedPart("screenshot_data", cols, [other_text]))
    out, rev = tmp_path / "o.csv", tmp_path / "r.csv"
    assert consolidate(out, "screenshot_data", parts) == 2
    assert consolidate(rev, "screenshot_data", list(reversed(parts))) == 2
    assert out.read_bytes() == rev.read_bytes()
    rows = read_back_csv(out)[1]
    assert sorted((r[zip_at], r[7]) for r in rows) == sorted(
        [
            ("image_zip_1_1.zip", "hello"),
            (other_text[zip_at], "other"),
        ]
    )
    assert consolidate(out, "screenshot_data", parts[:1]) == 2  # a rerun merging the other copy
    assert out.read_bytes() == rev.read_bytes()
    # Another kind is not screenshots: only identical rows are merged there.
    assert consolidate(tmp_path / "k.csv", "some_kind", parts) == 3


def test_parse_throughput_smoke() -> None:
    """A 5,000-row file parses with no problems and every row intact (speed is in the report)."""
    rows = [shot("1234", 1710276897506 + i, f"text {i} " * 20) for i in range(5000)]
    parsed = parse_app_csv(app_csv(SCREENSHOT_HEADER, *rows), "big.csv")
    assert parsed.rows == rows and parsed.problems == []
