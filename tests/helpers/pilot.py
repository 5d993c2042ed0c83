"""Helpers to drive the app with Textual's Pilot: used by the tests and by
scripts/make_screenshots.py, so both walk the app the same way a user does (keys, not internals,
wherever a key exists). Kept under tests/, out of the wheel."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from textual.pilot import Pilot
from textual.screen import Screen

from slrk_tui.config import RunConfig, S3Settings
from slrk_tui.engine.s3 import Credentials
from slrk_tui.tui.app import SlrkApp
from slrk_tui.tui.screens.browse import BrowseScreen
from slrk_tui.tui.screens.setup import SetupScreen
from slrk_tui.tui.widgets.bucket_tree import BucketTree, _ancestors

ScreenT = TypeVar("ScreenT", bound=Screen)

# Places in the demo study (slrk_tui.demo.study, bad_inputs=True, seed 7) the tests walk to.
BUCKET = "screenlake-zip-prod"
TENANT = "academia/tenant/general_tenant_1_general_tenant/"
UT = "academia/tenant/ut_austin_tenant_1_ut_austin/"
PANEL = TENANT + "panel/general_1/"
PANELISTS = PANEL + "V_12/panelist/"
NULL = PANELISTS + "null/"
P2762_V11 = TENANT + "panel/general_2/V_11/panelist/2762/"
UT_0099 = UT + "panel/ut_austin_1/V_12/panelist/0099/"


def demo_app(
    info: Any,
    out: Path,
    *,
    demo: bool = True,
    typed: bool = True,
    today: dt.date = dt.date(2026, 9, 30),
    **kw: Any,
) -> SlrkApp:
    """The app as `slrk demo` opens it, on a LocalS3Server `info` (endpoint and keys)."""
    cfg = RunConfig(bucket=BUCKET, out=out, s3=S3Settings(endpoint_url=info.endpoint_url, region="us-east-1"))
    creds = Credentials(info.access_key, info.secret_key) if typed else None
    return SlrkApp(cfg, creds, demo=demo, today=today, **kw)


class Timeout(AssertionError):
    """A condition did not become true in time (the message says which)."""


async def wait_until(
    pilot: Pilot,
    condition: Callable[[], bool],
    timeout: float = 20.0,
    what: str = "condition",
    step: float = 0.05,
) -> None:
    """Poll `condition` between event-loop turns instead of sleeping a fixed time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout:.0f}s waiting for {what}")
        await pilot.pause(step)


async def wait_for_tree(pilot: Pilot, tree: BucketTree, timeout: float = 20.0) -> None:
    """Until no level is being listed and every open folder shows its children."""
    await wait_until(pilot, lambda: not tree.is_listing, timeout, "the tree listing")
    await pilot.pause()


async def open_folder(pilot: Pilot, tree: BucketTree, prefix: str) -> None:
    """Expand every ancestor of `prefix` and `prefix` itself, the way enter does."""
    for folder in _ancestors(prefix):

        def listed(f: str = folder) -> bool:
            return f in tree._by_prefix

        await wait_until(pilot, listed, 20, f"node {folder}")
        node = tree._by_prefix[folder]
        if not node.is_expanded:
            await move_to(pilot, tree, folder)
            await pilot.press("enter")
        await wait_for_tree(pilot, tree)


async def move_to(pilot: Pilot, tree: BucketTree, prefix: str) -> None:
    """Put the cursor on the line of `prefix` (its folder must be open)."""
    await wait_until(pilot, lambda: prefix in tree._by_prefix, 20, f"node {prefix}")
    tree.move_cursor(tree._by_prefix[prefix])
    await pilot.pause()


async def select(pilot: Pilot, tree: BucketTree, prefix: str) -> None:
    """Open the parent of `prefix`, move there and press space."""
    parent = prefix.rstrip("/").rsplit("/", 1)[0] + "/"
    await open_folder(pilot, tree, parent)
    await move_to(pilot, tree, prefix)
    await pilot.press("space")
    await pilot.pause()


async def screen_with(
    pilot: Pilot, app: SlrkApp, kind: type[ScreenT], widget: str | type, timeout: float = 20.0
) -> ScreenT:
    """The app's screen once it is a ``kind`` and has composed ``widget``: a screen is pushed
    before it composes, and CI runs have queried it in between (NoMatches)."""

    def composed() -> bool:
        return isinstance(app.screen, kind) and bool(app.screen.query(widget))

    await wait_until(pilot, composed, timeout, f"{kind.__name__} with {widget}")
    assert isinstance(app.screen, kind)
    return app.screen


async def browse_tree(pilot: Pilot, app: SlrkApp) -> BucketTree:
    """The browse screen's tree, once the screen has composed it."""
    screen = await screen_with(pilot, app, BrowseScreen, BucketTree)
    return screen.query_one(BucketTree)


async def wait_for_browse(pilot: Pilot, app: SlrkApp) -> BucketTree:
    """Until the browser shows academia/tenant/ with the cursor on it, fully listed."""
    tree = await browse_tree(pilot, app)

    def at_start() -> bool:
        node = tree.cursor_node
        return node is not None and node.data is not None and node.data.prefix == "academia/tenant/"

    await wait_until(pilot, at_start, 20, "cursor on academia/tenant/")
    await wait_for_tree(pilot, tree)
    return tree


async def to_setup(pilot: Pilot, app: SlrkApp, *prefixes: str) -> SetupScreen:
    """Select `prefixes` in the tree (space) and go on to dates & settings (n)."""
    tree = await wait_for_browse(pilot, app)
    for prefix in prefixes:
        await select(pilot, tree, prefix)
    await pilot.press("n")
    await wait_until(pilot, lambda: isinstance(app.screen, SetupScreen), 5, "setup screen")
    await pilot.pause()
    return app.screen  # type: ignore[return-value]
