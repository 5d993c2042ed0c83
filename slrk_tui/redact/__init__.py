"""Face redaction for screenshot frames (no Textual here: this runs in engine worker processes).

The engine creates one :class:`FrameRedactor` per zip and calls :meth:`FrameRedactor.process`
for each JPEG in capture order. Detector models load once per process, on first use.
What a frame may write is only its first image (policy in :mod:`slrk_tui.redact.jpeg`); frames
declaring more than ``MAX_PIXELS`` pixels or ``MAX_SIDE`` per side are withheld undecoded.
"""

from slrk_tui.redact.detect import Pass, detector_description
from slrk_tui.redact.redact import (
    MAX_PIXELS,
    MAX_SIDE,
    FrameRedactor,
    FrameResult,
    RedactionSettings,
    RedactorStats,
)

__all__ = [
    "MAX_PIXELS",
    "MAX_SIDE",
    "FrameRedactor",
    "FrameResult",
    "Pass",
    "RedactionSettings",
    "RedactorStats",
    "detector_description",
]
