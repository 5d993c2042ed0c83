"""Small tmux panes, with Pilot (no S3 server, fast): every screen stays usable from the minimum
size up, below it a message says to make the pane larger, and states read without colour.

Users run the app in tmux splits (60x20, 80x24) and very short wide panes (200x12), and resize
them while a run goes on.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Footer, RichLog
from textual.widgets._footer import FooterKey

from slrk_tui import events as ev
from slrk_tui.config import RunConfig
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.runner import EngineRun
from slrk_tui.tui.screens.confirm import ConfirmScreen
from slrk_tui.tui.screens.run import RunScreen
from slrk_tui.tui.widgets.dashboard import ProblemTable
from slrk_tui.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall

from helpers.memory_bucket import MemoryBucket
from helpers.pilot import Timeout, wait_for_browse, wait_until

TENANT = "academia/tenant/t1/"
KEYS = [TENANT + "panel/p1/V_1/panelist/0001/image_zip_0b4f7a52-1d3e-4c2a-9c1e-2f4b5d6e7f80_1.zip"]
T0 = 1_800_000_000.0
BAD = "academia/tenant/t/panel/p/V_12/panelist/7822/image_zip_bad_3.zip"


class StaticApp(SlrkApp):
    """The app without its connect step, for screens painted from a fixed event list."""

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()


def on_screen(widget: Widget, rows: int = 1) -> bool:
    """Displayed, at least `rows` rows of it inside the screen, and nothing of it outside."""
    region = widget.region
    screen = Region(0, 0, *widget.app.size)
    return widget.display and region.height >= rows and screen.contains_region(region)


def run_model() -> RunProgress:
    model = RunProgress(clock=lambda: T0 + 24)
    model.apply_all(
        [
            ev.RunStarted("query_0123456789ab", "/data/out/query_0123456789ab", "libfacedetection", at=T0),
            ev.RunPlanned(3, 12, 24_000_000, 4, 0, 0, at=T0 + 1),
            ev.BatchStarted(1, 3, 6_000_000, ("0099", "7822"), at=T0 + 1),
            ev.BatchFinished(1, 3, 119, 18, 1, 1, 14.0, at=T0 + 15),
            ev.Warning(BAD, "not a zip file (truncated upload?)", at=T0 + 16),
            ev.Error(BAD.replace("bad_3", "bad_4"), "download failed: 403", at=T0 + 17),
            ev.BatchStarted(2, 3, 6_000_000, ("7822",), at=T0 + 18),
        ]
    )
    return model


async def show_run(pilot, app: SlrkApp) -> RunScreen:
    screen = RunScreen(EngineRun(RunConfig(), None), run_model(), live=False)
    await app.push_screen(screen)
    await pilot.pause(0.1)
    screen.paint()
    await pilot.pause(0.1)
    return screen


async def test_below_the_minimum_a_message_then_the_screen_with_its_focus(tmp_path: Path) -> None:
    """At 40x15 the tree cut names and dialogs hid their buttons; now every screen says how
    small the pane is and what is needed. Growing the pane gives the screen back with the
    focus where it was, so space still selects (hidden widgets lose the focus)."""
    app = SlrkApp(RunConfig(bucket="b", out=tmp_path), client=MemoryBucket(KEYS))
    async with app.run_test(size=(40, 15)) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query("#tree")), 10, "the browser")
        await pilot.pause(0.3)
        message = app.screen.query_one(TooSmall)
        assert on_screen(message, 3)
        assert "40×15" in str(message.render()) and f"{MIN_WIDTH}×{MIN_HEIGHT}" in str(message.render())
        assert not app.screen.query_one("#tree").display
        await pilot.resize_terminal(80, 24)
        tree = await wait_for_browse(pilot, app)
        await wait_until(pilot, lambda: app.screen.focused is tree, 5, "the focus back on the tree")
        assert not message.display and on_screen(tree, 5)
        await pilot.resize_terminal(59, 24)  # and again, with the focus taken from the tree
        await pilot.pause(0.2)
        assert on_screen(message, 3)
        await pilot.resize_terminal(MIN_WIDTH, MIN_HEIGHT)
        await wait_until(pilot, lambda: app.screen.focused is tree, 5, "the focus back on the tree")
        await pilot.press("down", "down", "down", "space")  # root, academia, tenant, t1
        await wait_until(pilot, lambda: TENANT in tree.selected, 5, "t1 selected")


START_BODY = (
    "2 panelists · 8 zips · 9.6 MB · 2026-09-01 → 2026-09-01 (UTC, capture)\n\nRedaction black, "
    "batches of 25, 2 processor(s).\nOutput: /home/someone/slrk-out/query_baf9d892693c"
)


@pytest.mark.parametrize("size", [(200, 12), (60, 12), (60, 20), (80, 24)])
async def test_confirm_buttons_are_on_screen(size: tuple[int, int]) -> None:
    """At 200x12 the start dialog ran past the bottom of the pane: its buttons were cut."""
    app = StaticApp(RunConfig(), demo=True)
    async with app.run_test(size=size) as pilot:
        await app.push_screen(ConfirmScreen("Start query_baf9d892693c?", START_BODY, "Start", "Back"))
        await pilot.pause(0.2)
        for button in app.screen.query(Button):
            assert on_screen(button), f"{button.label} at {button.region} in {size}"
        assert on_screen(app.screen.query_one("#dialog-title"))
        assert app.screen.focused is app.screen.query_one("#yes", Button)


@pytest.mark.parametrize("size", [(200, 12), (80, 16), (60, 12), (60, 20), (120, 40)])
async def test_dashboard_keeps_batches_problems_and_log_on_screen(size: tuple[int, int]) -> None:
    """At 200x12 the problems and the log were below the bottom of the pane (9 fixed rows)."""
    app = StaticApp(RunConfig(), demo=True)
    async with app.run_test(size=size) as pilot:
        screen = await show_run(pilot, app)
        for selector in ("#run-title", "#stage-download", "#stage-process", "#stage-batches", "#totals"):
            assert on_screen(screen.query_one(selector)), selector
        for selector in ("#batches", "#problems", "#log"):
            assert on_screen(screen.query_one(selector), 2), f"{selector} in {size}"
        assert screen.query_one("#problems", ProblemTable).row_count == 2
        assert screen.query_one("#log", RichLog).lines


def footer_keys(app: SlrkApp) -> dict[str, FooterKey]:
    footer = app.screen.query_one(Footer)
    return {key.description: key for key in footer.query(FooterKey) if key.description}


async def footer_missing(pilot, app: SlrkApp, *wanted: str) -> list[str]:
    """The keys of `wanted` not (yet) wholly on screen; under load the footer is laid out a
    few frames after its screen, so wait for it a while before giving the answer."""

    def missing() -> list[str]:
        keys = footer_keys(app)
        return [d for d in wanted if not (d in keys and on_screen(keys[d]))]

    with contextlib.suppress(Timeout):
        await wait_until(pilot, lambda: not missing(), 10, "the footer")
    return missing()


@pytest.mark.parametrize("width", [MIN_WIDTH, 80])
async def test_footer_shows_the_keys_that_move_on(tmp_path: Path, width: int) -> None:
    """At 60 columns the browser's footer cut `n Next: dates`, quit and help: copy, refresh
    and the palette hint took the room (they are in `?` and ctrl+p still)."""
    app = SlrkApp(RunConfig(bucket="b", out=tmp_path), client=MemoryBucket(KEYS))
    async with app.run_test(size=(width, 20)) as pilot:
        await wait_for_browse(pilot, app)
        browse_keys = ("Select", "Filter", "Next: dates", "Quit", "Help")
        assert await footer_missing(pilot, app, *browse_keys) == [], width
        await show_run(pilot, app)
        assert await footer_missing(pilot, app, "Cancel run", "Quit", "Help") == [], width


async def test_problem_level_is_written_not_only_coloured() -> None:
    """Errors were red and warnings yellow and nothing else: in NO_COLOR, TERM=xterm
    (16 colours) or to a colour-blind user they looked the same."""
    app = StaticApp(RunConfig(), demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await show_run(pilot, app)
        table = screen.query_one("#problems", ProblemTable)
        cells = [" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]
        assert "warning" in cells[0].lower() and "error" not in cells[0].lower()
        assert "error" in cells[1].lower()


async def test_role_labels_read_in_no_color(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR Textual greys colours by brightness: the tenant label (bold magenta) came
    out grey 237 on grey 235 in tmux, unreadable. Without colours the labels are plain bold."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = SlrkApp(RunConfig(bucket="b", out=tmp_path), client=MemoryBucket(KEYS))
    async with app.run_test(size=(80, 24)) as pilot:
        tree = await wait_for_browse(pilot, app)
        await wait_until(pilot, lambda: TENANT in tree._by_prefix, 5, "the tenant")
        label = tree._by_prefix[TENANT].label
        (span,) = [s for s in label.spans if label.plain[s.start : s.end] == "tenant"]
        assert Style.parse(str(span.style)).color is None
