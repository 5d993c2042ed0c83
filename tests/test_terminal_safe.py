"""Keys and reasons are data: printed to a terminal they never become terminal codes or markup
(an S3 key or zip member name with an ANSI escape must not clear the screen or forge lines)."""

from __future__ import annotations

import io

from slrk_tui import events as ev
from slrk_tui.engine.report import summary_lines
from slrk_tui.progress import ProgressPrinter

HOSTILE_KEY = "academia/tenant/t/panel/p/V_12/panelist/1\x1b[2J\x1b[1;1H/image_zip_x.zip"


def test_the_cli_printer_escapes_control_characters() -> None:
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=False)
    printer.handle(ev.Warning(HOSTILE_KEY, "entry 'a\rFAKE: all done' skipped"))
    text = out.getvalue()
    assert "\x1b" not in text and "\r" not in text
    assert "1\\x1b[2J" in text and "\\rFAKE" in text


def test_the_printed_summary_escapes_and_report_json_keeps_exact_keys() -> None:
    report = {
        "totals": {"zips": 1, "images": 0, "faces": 0, "withheld_images": 0},
        "panelists": {},
        "withheld_images": [],
        "bad_objects": [{"key": HOSTILE_KEY, "reason": "not a readable zip"}],
    }
    lines = summary_lines(report)
    assert not any("\x1b" in line for line in lines)
    assert any("1\\x1b[2J" in line for line in lines)
    assert report["bad_objects"][0]["key"] == HOSTILE_KEY  # the data itself is untouched


def test_the_app_shows_keys_and_reasons_as_plain_text() -> None:
    from slrk_tui.tui.widgets.dashboard import plain, short_key

    cell = plain("[bold red]fake[/] \x1b]0;title\x07")
    assert cell.plain == "[bold red]fake[/] \\x1b]0;title\\x07"  # no markup, no escape
    assert "\x1b" not in short_key(HOSTILE_KEY)
