"""Run knobs: batch size, processors, redaction mode and the output folder."""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Select

from slrk_tui.config import REDACTION_MODES, ConfigError

REDACTION_HELP = {
    "black": "black boxes (safe)",
    "blur": "blur (can be reversed)",
    "pixelate": "pixelate (can be reversed)",
}


class RunSettings(Vertical):
    """The settings that do not change which data is selected (except redaction)."""

    DEFAULT_CSS = """
    RunSettings { height: auto; }
    RunSettings .row { height: 1; }
    RunSettings Label { width: 12; }
    RunSettings .short { width: 8; }
    RunSettings #redaction { width: 30; }
    RunSettings #out { width: 1fr; }
    RunSettings .gap { width: 3; }
    """

    class Changed(Message):
        def __init__(self, settings: RunSettings) -> None:
            super().__init__()
            self.settings = settings

        @property
        def control(self) -> RunSettings:
            return self.settings

    def __init__(
        self, batch_size: int, processors: int, redaction: str, out: Path, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._batch, self._procs, self._redaction, self._out = (batch_size, processors, redaction, out)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="row"):
            yield Label("Batch size")
            yield Input(
                str(self._batch),
                id="batch",
                type="integer",
                compact=True,
                classes="short",
                tooltip="Zips per batch (downloaded, then processed)",
            )
            yield Label("", classes="gap")
            yield Label("Processors")
            yield Input(
                str(self._procs),
                id="procs",
                type="integer",
                compact=True,
                classes="short",
                tooltip=f"Worker processes for face redaction (this machine has {os.cpu_count() or 1} cores)",
            )
        with Horizontal(classes="row"):
            yield Label("Redaction")
            yield Select(
                [(f"{m}: {REDACTION_HELP[m]}", m) for m in REDACTION_MODES],
                value=self._redaction,
                allow_blank=False,
                id="redaction",
                compact=True,
            )
        with Horizontal(classes="row"):
            yield Label("Output")
            yield Input(
                str(self._out),
                id="out",
                compact=True,
                tooltip="Folder that receives query_<id>/ (created if missing)",
            )

    def values(self) -> tuple[int, int, str, Path]:
        """(batch_size, processors, redaction, out) or ConfigError naming the field."""
        batch_text = self.query_one("#batch", Input).value.strip()
        procs_text = self.query_one("#procs", Input).value.strip()
        try:
            batch = int(batch_text)
        except ValueError:
            raise ConfigError(f"Batch size {batch_text!r}: type a whole number") from None
        try:
            procs = int(procs_text)
        except ValueError:
            raise ConfigError(f"Processors {procs_text!r}: type a whole number") from None
        if batch < 1:
            raise ConfigError("Batch size must be at least 1")
        if procs < 1:
            raise ConfigError("Processors must be at least 1")
        out_text = self.query_one("#out", Input).value.strip()
        if not out_text:
            raise ConfigError("Output folder: type a folder path")
        redaction = str(self.query_one("#redaction", Select).value)
        return batch, procs, redaction, Path(out_text).expanduser()

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self, event: Message) -> None:
        event.stop()
        self.post_message(self.Changed(self))
