"""Date range panel: two masked dates, presets, a searchable timezone and the date basis.

Textual has no date picker; a `9999-99-99` mask with a real-date check and one-key presets is
faster to use than a calendar and works the same in tmux, over SSH and at 80 columns.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytz
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.suggester import Suggester
from textual.validation import Function
from textual.widgets import Button, Input, Label, MaskedInput, Select, Static

from slrk_tui.config import ConfigError, parse_date
from slrk_tui.tui.fmt import literal

ALL_START = dt.date(2000, 1, 1)
PRESETS: list[tuple[str, str, int | None]] = [
    ("preset-7", "7 days", 7),
    ("preset-30", "30 days", 30),
    ("preset-90", "90 days", 90),
    ("preset-365", "1 year", 365),
    ("preset-all", "All", None),
]
BASIS_HELP = {
    "capture": "Keeps screenshots taken in the range (device clock), whenever uploaded.",
    "upload": "Keeps zips uploaded in the range (S3 time); quicker, ignores capture time.",
}


class TimezoneSuggester(Suggester):
    """Completes pytz names from their start or from the city part ('chic' -> America/Chicago)."""

    def __init__(self) -> None:
        super().__init__(use_cache=True, case_sensitive=False)
        self._names = sorted(pytz.common_timezones, key=lambda n: (n.count("/"), n))

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        for name in self._names:
            if name.lower().startswith(value):
                return name
        return None


def find_timezone(text: str) -> str | None:
    """Exact name, case-insensitive name, or a unique city match; None when unknown."""
    text = text.strip()
    if text in pytz.all_timezones_set:
        return text
    lowered = {n.lower(): n for n in pytz.all_timezones}
    if text.lower() in lowered:
        return lowered[text.lower()]
    cities = [
        n
        for n in pytz.common_timezones
        if n.rsplit("/", 1)[-1].lower().replace("_", " ") == text.lower().replace("_", " ")
    ]
    return cities[0] if len(cities) == 1 else None


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


class DateRange(Vertical):
    """Start/end dates, presets, timezone and basis; `values()` raises ConfigError when wrong."""

    DEFAULT_CSS = """
    DateRange { height: auto; }
    DateRange .row { height: 1; }
    DateRange .row Label { width: auto; padding: 0 1 0 0; }
    DateRange MaskedInput { width: 12; }
    DateRange #tz { width: 32; }
    DateRange #basis { width: 34; }
    DateRange Button { margin-right: 1; min-width: 8; }
    DateRange #date-error { color: $error; height: auto; }
    DateRange #basis-help { color: $text-muted; }
    """

    class Changed(Message):
        """Any field changed; `error` is None when the whole range is valid."""

        def __init__(self, date_range: DateRange, error: str | None) -> None:
            super().__init__()
            self.date_range = date_range
            self.error = error

        @property
        def control(self) -> DateRange:
            return self.date_range

    PRESETS: ClassVar = PRESETS

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        tz: str = "UTC",
        basis: str = "capture",
        *,
        today: dt.date | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._start, self._end, self._tz, self._basis = start, end, tz, basis
        self.today = today or dt.date.today()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="row"):
            yield Label("From")
            yield MaskedInput(
                "9999-99-99",
                value=self._start.isoformat(),
                id="start",
                validators=[Function(_real_date, "not a real date")],
                compact=True,
                tooltip="Start date, inclusive (YYYY-MM-DD)",
            )
            yield Label(" to")
            yield MaskedInput(
                "9999-99-99",
                value=self._end.isoformat(),
                id="end",
                validators=[Function(_real_date, "not a real date")],
                compact=True,
                tooltip="End date, inclusive (YYYY-MM-DD)",
            )
            yield Label("", id="range-days")
        with Horizontal(classes="row"):
            yield Label("Last")
            for button_id, text, _days in PRESETS:
                yield Button(text, id=button_id, compact=True)
        with Horizontal(classes="row"):
            yield Label("Timezone")
            yield Input(
                self._tz,
                id="tz",
                suggester=TimezoneSuggester(),
                compact=True,
                placeholder="e.g. America/Chicago",
                tooltip="Days start at midnight in this timezone (type to search)",
            )
        with Vertical(classes="basis"):
            with Horizontal(classes="row-tight"):
                yield Label("Date by  ")
                yield Select(
                    [("capture time (on the phone)", "capture"), ("upload time (S3)", "upload")],
                    value=self._basis,
                    allow_blank=False,
                    id="basis",
                    compact=True,
                )
            yield Static(BASIS_HELP[self._basis], id="basis-help")
        yield Static("", id="date-error", markup=False)  # it quotes what was typed

    def on_mount(self) -> None:
        self._check()

    # ---- values --------------------------------------------------------------------------

    def values(self) -> tuple[dt.date, dt.date, str, str]:
        """(start, end, tz, basis) or ConfigError naming the field and the fix."""
        start = parse_date(self.query_one("#start", MaskedInput).value, "Start date")
        end = parse_date(self.query_one("#end", MaskedInput).value, "End date")
        if start > end:
            raise ConfigError(f"Start {start} is after end {end}.")
        tz_text = self.query_one("#tz", Input).value
        tz = find_timezone(tz_text)
        if tz is None:
            raise ConfigError(f"Timezone {tz_text!r} is not known (e.g. UTC, America/Chicago).")
        basis = self.query_one("#basis", Select).value
        return start, end, tz, str(basis)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        self.query_one("#start", MaskedInput).value = start.isoformat()
        self.query_one("#end", MaskedInput).value = end.isoformat()
        self._check()

    def apply_preset(self, days: int | None) -> None:
        """Last N days ending today (inclusive: 7 days = today and the 6 before), or all."""
        start = ALL_START if days is None else self.today - dt.timedelta(days=days - 1)
        self.set_range(start, self.today)

    # ---- events --------------------------------------------------------------------------

    @on(Button.Pressed)
    def _preset(self, event: Button.Pressed) -> None:
        for button_id, _text, days in PRESETS:
            if event.button.id == button_id:
                event.stop()
                self.apply_preset(days)

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._check()

    @on(Input.Submitted, "#tz")
    @on(Input.Blurred, "#tz")
    def _tz_settled(self, event: Input.Submitted | Input.Blurred) -> None:
        """Show the canonical name once the user is done typing ('tokyo' -> Asia/Tokyo)."""
        tz = find_timezone(event.value)
        if tz is not None and tz != event.value:
            event.input.value = tz

    @on(Select.Changed, "#basis")
    def _basis_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.query_one("#basis-help", Static).update(BASIS_HELP.get(str(event.value), ""))
        self._check()

    def _check(self) -> None:
        error: str | None = None
        days = self.query_one("#range-days", Label)
        try:
            start, end, _tz, _basis = self.values()
        except ConfigError as exc:
            error = str(exc)
            days.update("")
        else:
            n = (end - start).days + 1
            days.update(f"  {n:,} day{'s' if n != 1 else ''}")
        err = self.query_one("#date-error", Static)
        err.update(literal(error or ""))
        err.display = error is not None
        self.post_message(self.Changed(self, error))
