"""Face redaction for screenshot frames (no Textual here: this runs in engine worker processes).

The engine creates one :class:`FrameRedactor` per zip and calls :meth:`FrameRedactor.process`
for each JPEG in capture order. Detector models load once per process, on first use.
"""

from slrk_tui.redact.detect import Pass, detector_description
from slrk_tui.redact.redact import FrameRedactor, FrameResult, RedactionSettings, RedactorStats

__all__ = [
    "FrameRedactor",
    "FrameResult",
    "Pass",
    "RedactionSettings",
    "RedactorStats",
    "detector_description",
]
