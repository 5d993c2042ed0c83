"""A yes/no question in a modal: used before starting, cancelling and quitting a run."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from slrk_tui.tui.fmt import literal_lines
from slrk_tui.tui.widgets.too_small import TooSmall


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (yes) or False (no / escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer(False)", "No", id="confirm.no"),
        Binding("y", "answer(True)", "Yes", show=False, id="confirm.yes"),
        Binding("n", "answer(False)", "No", show=False, id="confirm.n"),
    ]

    def __init__(self, title: str, body: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self._title, self._body, self._yes, self._no = title, body, yes, no

    def compose(self) -> ComposeResult:
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        with Vertical(id="dialog"):
            # Plain text: titles and bodies quote query ids, typed paths and prefixes.
            yield Static(literal_lines(self._title), id="dialog-title", markup=False)
            yield Static(literal_lines(self._body), id="dialog-body", markup=False)
            with Horizontal(id="dialog-buttons"):
                yield Button(self._yes, variant="primary", id="yes")
                yield Button(self._no, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
