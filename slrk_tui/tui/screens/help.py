"""`?` / F1: what the current screen is for and every key that works on it right now."""

from __future__ import annotations

from typing import ClassVar

from rich.markdown import Markdown as RichMarkdown
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from slrk_tui.tui.widgets.too_small import TooSmall


def binding_rows(screen: Screen) -> list[tuple[str, str]]:
    """(key, what it does) for the active bindings of `screen` (focus, screen and app)."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        description = binding.description or binding.action
        if binding.system or key in seen or not description:
            continue
        seen.add(key)
        display = screen.app.get_key_display(binding)
        rows.append((display, description))
    return rows


def bindings_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 2, 0, 0))
    table.add_column("key", style="bold")
    table.add_column("does")
    for key, description in rows:
        table.add_row(key, description)
    return table


class HelpScreen(ModalScreen[None]):
    """Shows the screen's HELP text and its keys; escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="help.close"),
        Binding("q", "close", "Close", show=False),
        Binding("question_mark", "close", "Close", show=False),
        Binding("f1", "close", "Close", show=False),
    ]

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self._target = target

    def compose(self) -> ComposeResult:
        text = getattr(self._target, "HELP", "") or ""
        self.keys = binding_rows(self._target)
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        with VerticalScroll(id="help-body"):
            yield Static(f"Help: {self._target.title or type(self._target).__name__}", id="help-title")
            # Rich renderables in a Static: a Markdown *widget* takes ~0.4 s to mount, too slow
            # for a help key that must answer at once, even mid-run.
            yield Static(RichMarkdown(text.strip()), id="help-text")
            yield Static("Keys", classes="section-title")
            yield Static(bindings_table(self.keys), id="help-keys")
            yield Static("ctrl+p opens the command palette · escape closes this help", id="help-foot")

    def action_close(self) -> None:
        self.dismiss(None)
