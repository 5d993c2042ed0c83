"""Small, pure formatting helpers shared by screens (sizes, durations, counts)."""

from __future__ import annotations

from textual.content import Content

from slrk_tui.events import terminal_safe


def human_bytes(n: float) -> str:
    """1,536 -> '1.5 KB' (decimal units, as S3 consoles show them)."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(size) < 1000 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"


def human_duration(seconds: float | None) -> str:
    """Seconds -> '1h02m', '3m05s', '42s'; None -> '–' (unknown)."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "–"
    s = round(seconds)
    if s >= 3600:
        return f"{s // 3600}h{(s % 3600) // 60:02d}m"
    if s >= 60:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s}s"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def markup(template: str, **values: object) -> Content:
    """`template` is markup we wrote; each `$name` in it shows `values[name]` exactly as it is.

    Names, keys, paths and messages are data: a panelist called `[@click=app.quit]x` or a prefix
    holding `x[/b]y` must neither style the line, run an action nor raise a MarkupError, and a
    control character in them must not drive the terminal (it is shown escaped)."""
    return Content.from_markup(template, **{k: terminal_safe(str(v)) for k, v in values.items()})


def literal(text: object) -> str:
    """Data for a place that takes plain text (a toast with markup=False, a Text)."""
    return terminal_safe(str(text))


def literal_lines(text: object) -> str:
    """`literal`, keeping the line breaks of a message we wrote (a dialog's body)."""
    return "\n".join(literal(line) for line in str(text).split("\n"))
