"""The app against hostile names and wide levels, from an in-memory bucket (no server, fast).

A folder name is data: `[bold]`, `[@click=app.quit]` or `x[/b]y` in a tenant, panel or panelist
name must show literally, never crash the app with a MarkupError or run an action.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from slrk_tui.config import RunConfig
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.setup import SetupScreen

from helpers.memory_bucket import MemoryBucket
from helpers.pilot import move_to, open_folder, select, wait_for_browse, wait_until

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
