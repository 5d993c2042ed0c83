"""The app against hostile names and wide levels, from an in-memory bucket (no server, fast).

A folder name is data: `[bold]`, `[@click=app.quit]` or `x[/b]y` in a tenant, panel or panelist
name must show literally, never crash the app with a MarkupError or run an action.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from slrk_tui import events as ev
from slrk_tui.config import RunConfig
from slrk_tui.progress_model import RunProgress
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.confirm import ConfirmScreen
from slrk_tui.tui.screens.connect import ConnectScreen
from slrk_tui.tui.screens.setup import SetupScreen
from slrk_tui.tui.screens.summary import SummaryScreen
from slrk_tui.tui.widgets.date_range import DateRange

from helpers.memory_bucket import MemoryBucket
from helpers.pilot import (
    move_to,
    open_folder,
    screen_with,
    select,
    wait_for_browse,
    wait_for_tree,
    wait_until,
)

PANELISTS = "academia/tenant/t1/panel/p1/V_1/panelist/"
CLICK_TENANT = "academia/tenant/[@click=app.quit]t/"
MARKUP_NAMES = ["[bold]b0ld", "[@click=app.quit]q", "[old]", "x[", "b]y"]


def zip_under(folder: str) -> str:
    return folder + "image_zip_0b4f7a52-1d3e-4c2a-9c1e-2f4b5d6e7f80_1.zip"


def app_on(keys: list[str], tmp_path: Path, **kw) -> SlrkApp:
    return SlrkApp(RunConfig(bucket="b", out=tmp_path), client=MemoryBucket(keys), **kw)


def shown(widget: Static) -> str:
    return str(widget.render())


async def test_markup_in_folder_names_is_shown_literally(tmp_path: Path) -> None:
    # "x[" and "b]y" under tenant/: the prefix academia/tenant/x[/b]y/ holds a closing tag.
    keys = [zip_under(PANELISTS + n + "/") for n in MARKUP_NAMES]
    keys.append(zip_under("academia/tenant/x[/b]y/panel/p/V_1/panelist/1/"))
    keys.append(zip_under(CLICK_TENANT + "panel/p/V_1/panelist/1/"))
    app = app_on(keys, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        tree = await wait_for_browse(pilot, app)
        for name in MARKUP_NAMES:
            await select(pilot, tree, PANELISTS + name + "/")
        line = shown(app.screen.query_one("#selection", Static))
        assert "5 folders" in line and "[@click=app.quit]q" in line and "[bold]b0ld" in line
        # Toasts name prefixes too: "Already included: academia/tenant/x[/b]y/ is selected."
        await select(pilot, tree, "academia/tenant/x[/b]y/")
        await open_folder(pilot, tree, "academia/tenant/x[/b]y/")
        await move_to(pilot, tree, "academia/tenant/x[/b]y/panel/")
        await pilot.press("space", "c")
        assert app.clipboard == "s3://b/academia/tenant/x[/b]y/panel/"
        # The filter bar names the level it filters.
        await open_folder(pilot, tree, CLICK_TENANT)
        await move_to(pilot, tree, CLICK_TENANT + "panel/")
        await pilot.press("slash")
        assert "Filter [@click=app.quit]t/" in str(app.screen.query_one("#filter-label").render())
        await pilot.press("escape")
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen), 5, "setup screen")
        await pilot.pause()
        selection = shown(app.screen.query_one("#setup-selection", Static))
        assert "[bold]b0ld" in selection and "b]y" in selection
        assert app.is_running  # no MarkupError, no action run from a name


class FormApp(App[None]):
    """One widget or screen of the app on its own, for text typed into a form."""

    def __init__(self, widget: Widget | None = None, screen: Screen | None = None) -> None:
        super().__init__()
        self._widget, self._screen = widget, screen

    def compose(self) -> ComposeResult:
        if self._widget is not None:
            yield self._widget

    def on_mount(self) -> None:
        if self._screen is not None:
            self.push_screen(self._screen)


async def test_markup_typed_into_the_form_is_shown_literally(tmp_path: Path) -> None:
    """Typing '[/]' into the timezone field crashed the date panel (its error line quoted it)."""
    app = FormApp(DateRange(dt.date(2026, 9, 1), dt.date(2026, 9, 2), id="dates"))
    async with app.run_test(size=(100, 20)) as pilot:
        app.query_one("#tz", Input).focus()
        await pilot.press("ctrl+u", *"[/]")
        await pilot.pause()
        assert "Timezone '[/]' is not known" in str(app.query_one("#date-error", Static).render())
    assert app.return_code in (0, None)


async def test_paths_and_messages_with_markup_in_confirm_and_summary(tmp_path: Path) -> None:
    """An output folder typed as '/data/[/]x' is quoted by the start confirmation and the summary;
    the run's final message can quote a key or a path. All show literally."""
    out = str(tmp_path / "[b]out[/]x")
    app = FormApp(screen=ConfirmScreen("Start [/]q?", f"3 zips\nOutput: {out}/query_1"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert f"Output: {out}/query_1" in str(app.screen.query_one("#dialog-body", Static).render())
        assert "Start [/]q?" in str(app.screen.query_one("#dialog-title", Static).render())
    model = RunProgress()
    model.apply(ev.RunStarted("query_1", f"{out}/query_1", "det"))
    model.apply(ev.RunFinished(1, "failed", f"{out}/query_1/x.csv [/]was changed", ""))
    app = FormApp(screen=SummaryScreen(model))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        message = str(app.screen.query_one("#summary-message", Static).render())
        assert f"{out}/query_1/x.csv [/]was changed" in message
        assert f"Output: {out}/query_1" in str(app.screen.query_one("#summary-output", Static).render())


async def test_connect_error_quoting_a_typed_endpoint(tmp_path: Path) -> None:
    """An endpoint typed as '[/]' made boto3 say 'Invalid endpoint: [/]', which crashed the
    connect screen's error line."""
    app = SlrkApp(RunConfig(bucket="b", out=tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        connect = await screen_with(pilot, app, ConnectScreen, "#endpoint", 5)
        connect.query_one("#endpoint", Input).value = "[/]"
        await pilot.press("ctrl+s")
        error = app.screen.query_one("#connect-error", Static)
        await wait_until(pilot, lambda: error.display, 10, "the connect error")
        assert "[/]" in str(error.render())
        assert app.is_running


async def test_a_level_of_thousands_of_panelists_stays_responsive(tmp_path: Path) -> None:
    """5,000 panelists under one V_ folder, in pages of 1,000 ("load more…"). Space used to
    relabel every line of the tree (~1 s here, 4 s at 20,000) and each filter keystroke rebuilt
    the level (~1 s a key, quadratic removal of the old lines)."""
    codes = [f"{i:05d}" for i in range(5000)]
    app = app_on([zip_under(PANELISTS + c + "/") for c in codes], tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await wait_for_browse(pilot, app)
        await open_folder(pilot, tree, PANELISTS)
        level = tree._by_prefix[PANELISTS]
        while str(level.children[-1].label).startswith("load more"):
            tree.move_cursor(level.children[-1])
            await pilot.press("enter")
            await wait_for_tree(pilot, tree)
        assert len(level.children) == 5000  # S3 paged 1,000 at a time, all listed
        client = tree.client
        assert sum(1 for prefix, _token in client.calls if prefix == PANELISTS) == 5
        await move_to(pilot, tree, PANELISTS + "00007/")
        relabelled: list[str] = []
        label = tree._label
        tree._label = lambda data: relabelled.append(data.prefix) or label(data)  # type: ignore[method-assign]
        await pilot.press("space")
        await pilot.pause()
        assert relabelled == [PANELISTS + "00007/"]  # one line, not every line of the tree
        assert tree.selected == {PANELISTS + "00007/"}
        assert str(tree._by_prefix[PANELISTS + "00007/"].label).startswith("[x]")
        rebuilds: list[str] = []
        populate = tree._populate
        tree._populate = lambda node: rebuilds.append(node.data.prefix) or populate(node)  # type: ignore[method-assign]
        await pilot.press("slash")
        await pilot.press(*"0012")
        matching = sum(1 for c in codes if "0012" in c)  # 00012, 00120-00129
        await wait_until(pilot, lambda: len(level.children) == matching, 5, "the filter")
        assert rebuilds == [PANELISTS]  # the typed word rebuilt the level once, not once a key
        await pilot.press("escape")  # the whole level back, selection kept
        assert len(level.children) == 5000 and tree.selected == {PANELISTS + "00007/"}
