"""The app header, tolerant of fast screen changes.

Textual 8.2's Header refreshes its title from watchers that can run before its HeaderTitle child
is mounted, or after the screen is gone; under load that raised NoMatches and crashed the app
(seen when a run ends and the summary is pushed at once). This header ignores those moments.
"""

from __future__ import annotations

import contextlib

from textual.css.query import NoMatches
from textual.events import Mount
from textual.widget import NoScreen
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class SlrkHeader(Header):
    """Header(show_clock=False): no clock, so snapshots stay stable."""

    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()  # replaces Header._on_mount (same watches, safe update)

        async def set_title() -> None:
            with contextlib.suppress(NoScreen, NoMatches):
                self.query_one(HeaderTitle).update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
