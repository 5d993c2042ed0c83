"""Every remappable key of the app: the `id` of each Binding, for the config file's [keymap].

Ids are `<where>.<what>` (`tree.select`, `run.cancel`); Textual's App.set_keymap swaps the keys of
a Binding by its id. A keymap naming an id that does not exist is an error, not a silent no-op.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode

from slrk_tui.config import ConfigError


def binding_ids() -> dict[str, str]:
    """id -> default keys, for every Binding with an id in the app's screens and widgets."""
    import slrk_tui.tui.app  # noqa: F401 (loads every screen and widget class)

    ids: dict[str, str] = {}
    for cls in _our_classes(DOMNode):
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                ids[binding.id] = binding.key
    return dict(sorted(ids.items()))


def check_keymap(keymap: dict[str, str], path: Path) -> None:
    """Raise ConfigError naming the file and the first unknown binding id."""
    known = binding_ids()
    for binding_id in keymap:
        if binding_id not in known:
            raise ConfigError(
                f"{path}: keymap.{binding_id}: no such key binding "
                f"(`slrk config` lists them: {', '.join(known)})"
            )


def _our_classes(base: type) -> Iterator[type]:
    subclasses: list[type] = type.__subclasses__(base)
    for cls in subclasses:
        if cls.__module__.startswith("slrk_tui.tui."):
            yield cls
        yield from _our_classes(cls)
