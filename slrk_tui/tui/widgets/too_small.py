"""What every screen shows instead of a broken layout when the pane is below the minimum size.

The app sets breakpoint classes on each screen (`-too-narrow`, `-too-short`, see `SlrkApp`); the
stylesheet then hides the screen's widgets and shows this one. Keys keep working as before.
"""

from __future__ import annotations

from textual.widgets import Static

MIN_WIDTH = 60
MIN_HEIGHT = 12


def too_small_text(width: int, height: int) -> str:
    return (
        f"This pane is {width}×{height}: slrk needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n"
        "Make the pane larger (in tmux: prefix z zooms it, prefix : resize-pane).\n"
        "A run goes on meanwhile; ctrl+q quits."
    )


class TooSmall(Static):
    DEFAULT_CSS = """
    TooSmall {
        display: none;
        width: 1fr;
        height: 1fr;
        content-align: center middle;
        text-align: center;
        text-style: bold;
        padding: 0 1;
    }
    """

    def on_mount(self) -> None:
        self.update(too_small_text(*self.app.size))

    def on_resize(self) -> None:
        self.update(too_small_text(*self.app.size))
