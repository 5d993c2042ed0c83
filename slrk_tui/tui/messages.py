"""Messages the TUI's workers and widgets post; typed so handlers read like a contract.

Thread workers never touch widgets: they post one of these and the handler runs on the
event loop (post_message is thread-safe).
"""

from __future__ import annotations

from textual.message import Message

from slrk_tui.engine.s3 import Listing


class LevelLoaded(Message):
    """One page of one tree level arrived from a thread worker (or failed with `error`)."""

    def __init__(self, prefix: str, listing: Listing | None, error: str | None = None,
                 more: bool = False) -> None:
        super().__init__()
        self.prefix = prefix
        self.listing = listing
        self.error = error
        self.more = more


class SelectionChanged(Message):
    """The set of selected prefixes in the bucket tree changed."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes


class SelectionSummarized(Message):
    """The background count of zips and bytes under the selection (partial until `done`)."""

    def __init__(self, job: int, zips: int, size: int, done: bool,
                 error: str | None = None) -> None:
        super().__init__()
        self.job = job
        self.zips = zips
        self.size = size
        self.done = done
        self.error = error


class Connected(Message):
    """The connect worker reached the bucket (error is None) or explains why not."""

    def __init__(self, client: object | None, error: str | None = None) -> None:
        super().__init__()
        self.client = client
        self.error = error


class PreviewReady(Message):
    """The engine's preview of what a run would do, or why it cannot tell."""

    def __init__(self, key: tuple, preview: object | None, error: str | None = None) -> None:
        super().__init__()
        self.key = key
        self.preview = preview
        self.error = error
