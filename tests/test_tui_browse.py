"""Pilot tests of connect and the bucket browser against the real local S3 server (rclone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from slrk_tui.tui.screens.browse import BrowseScreen
from slrk_tui.tui.screens.connect import ConnectScreen

from helpers.pilot import (
    BUCKET,
    NULL,
    PANEL,
    PANELISTS,
    TENANT,
    UT,
    UT_0099,
    browse_tree,
    move_to,
    open_folder,
    select,
    wait_for_tree,
    wait_until,
)
from helpers.pilot import demo_app as make_app
from helpers.pilot import wait_for_browse as browse


def zips_under(demo_root: Path, prefix: str) -> tuple[int, int]:
    """What a count must find: zips (not noise) below the prefix, and their bytes."""
    base = demo_root / BUCKET / prefix
    files = [p for p in base.rglob("*") if p.is_file() and p.name.lower().endswith(".zip")]
    return len(files), sum(p.stat().st_size for p in files)


pytestmark = pytest.mark.slow  # every test here starts the local S3 server


def labels(node) -> list[str]:
    return [str(child.label) for child in node.children]


async def test_connect_with_typed_keys_opens_tree(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path, demo=False, typed=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, ConnectScreen)
        app.screen.query_one("#access-key", Input).value = s3_server.access_key
        app.screen.query_one("#secret-key", Input).value = s3_server.secret_key
        assert app.screen.query_one("#secret-key", Input).password  # masked on screen
        await pilot.press("ctrl+s")
        tree = await browse(pilot, app)
        assert "typed keys" in app.sub_title and s3_server.endpoint_url in app.sub_title
        assert app.credentials is not None
        assert s3_server.secret_key not in repr(app.credentials)  # memory only, never shown
        # The walk starts where the old script did: academia/tenant/ is open, tenants labelled.
        tenant_level = tree._by_prefix["academia/tenant/"]
        assert any("general_tenant_1_general_tenant/" in t and "tenant" in t for t in labels(tenant_level))


@pytest.mark.parametrize(
    ("bucket", "secret", "expected"),
    [
        ("no-such-bucket", None, "No such bucket"),
        (BUCKET, "wrong-secret", "refused"),
    ],
)
async def test_connect_explains_what_went_wrong(
    s3_server, tmp_path: Path, bucket: str, secret: str | None, expected: str
) -> None:
    app = make_app(s3_server, tmp_path, demo=False, typed=False)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        screen.query_one("#bucket", Input).value = bucket
        screen.query_one("#access-key", Input).value = s3_server.access_key
        screen.query_one("#secret-key", Input).value = secret or s3_server.secret_key
        await pilot.press("ctrl+s")
        error = screen.query_one("#connect-error", Static)
        await wait_until(pilot, lambda: error.display, 30, "the connect error")
        text = str(error.render())
        assert expected.lower() in text.lower() or (expected == "refused" and "denied" in text.lower()), text
        assert isinstance(app.screen, ConnectScreen)  # still here, able to fix and retry


async def test_tree_is_lazy_labels_roles_and_keeps_noise_aside(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        tree = await browse(pilot, app)
        # One listing per opened folder, never the whole bucket.
        assert set(tree._levels) == {"", "academia/", "academia/tenant/"}
        await open_folder(pilot, tree, PANELISTS)
        assert set(tree._levels) == {
            "",
            "academia/",
            "academia/tenant/",
            TENANT,
            TENANT + "panel/",
            PANEL,
            PANEL + "V_12/",
            PANELISTS,
        }
        roles = {tree._by_prefix[p].data.role for p in (TENANT, PANEL, PANEL + "V_12/", NULL)}
        assert roles == {"tenant", "panel", "version", "panelist"}
        assert "panelist" in str(tree._by_prefix[NULL].label)
        # Derived data sits last at the root, dimmed, and cannot be selected.
        root_labels = labels(tree.root)
        assert root_labels[0].startswith("[ ] academia/")
        assert {"_manifests/", "data/", "unpacked/"} <= {lbl.split()[0] for lbl in root_labels[1:]}
        assert all("not study input" in lbl for lbl in root_labels[1:])
        await move_to(pilot, tree, "data/")
        await pilot.press("space")
        assert tree.selected == set()
        # `.` hides derived data; pressing it again brings it back.
        await pilot.press("full_stop")
        assert labels(tree.root) == [root_labels[0]]
        await pilot.press("full_stop")
        assert len(labels(tree.root)) == len(root_labels)


async def test_arrow_and_vim_keys_open_and_close_folders(s3_server, tmp_path: Path) -> None:
    """As in file browsers: right/l opens a folder (then steps into it), left/h closes it,
    and on a closed folder goes to the parent."""
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await browse(pilot, app)
        await move_to(pilot, tree, TENANT)
        tenant = tree._by_prefix[TENANT]
        assert not tenant.is_expanded
        await pilot.press("right")
        await wait_for_tree(pilot, tree)
        assert tenant.is_expanded and TENANT + "panel/" in tree._by_prefix
        assert tree.cursor_node is tenant  # opening does not move the cursor
        await pilot.press("right")  # on an open folder: onto its first child
        assert tree.cursor_node is tenant.children[0]
        await pilot.press("h")  # a closed child: up to its parent
        assert tree.cursor_node is tenant and tenant.is_expanded
        await pilot.press("h")  # an open folder: closed, cursor stays
        assert tree.cursor_node is tenant and not tenant.is_expanded
        await pilot.press("l")
        await wait_for_tree(pilot, tree)
        assert tenant.is_expanded
        await pilot.press("left")
        assert not tenant.is_expanded
        await pilot.press("left")
        assert tree.cursor_node is tree._by_prefix["academia/tenant/"]


async def test_multi_select_mix_and_background_count(s3_server, demo_root: Path, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        tree = await browse(pilot, app)
        screen = app.screen
        await select(pilot, tree, PANEL)  # a whole panel
        await select(pilot, tree, UT_0099)  # and one panelist of another tenant
        assert tree.selected == {PANEL, UT_0099}
        assert str(tree._by_prefix[PANEL].label).startswith("[x]")
        # Children of a selected folder show as included and cannot be selected twice.
        await open_folder(pilot, tree, PANELISTS)
        assert str(tree._by_prefix[NULL].label).startswith("[~]")
        await move_to(pilot, tree, NULL)
        await pilot.press("space")
        assert tree.selected == {PANEL, UT_0099}
        # The count runs in a thread and matches what is on the server.
        await wait_until(
            pilot, lambda: screen.summary is not None and screen.summary[2], 20, "the selection count"
        )
        z1, b1 = zips_under(demo_root, PANEL)
        z2, b2 = zips_under(demo_root, UT_0099)
        assert screen.summary[:2] == (z1 + z2, b1 + b2)
        line = str(screen.query_one("#selection", Static).render())
        assert f"{z1 + z2} zips" in line and "2 folders" in line
        # Unselect with space again.
        await move_to(pilot, tree, UT_0099)
        await pilot.press("space")
        assert tree.selected == {PANEL}


async def test_filter_refresh_copy_and_load_more(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path, page_size=1)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await browse_tree(pilot, app)
        await wait_for_tree(pilot, tree)
        # Page size 1: the root shows one entry and a "load more…" line; enter loads the next.
        root_lines = labels(tree.root)
        assert root_lines[-1].startswith("load more…")
        before = len(root_lines)
        await move_to(pilot, tree, tree.root.children[-1].data.prefix)
        tree.move_cursor(tree.root.children[-1])
        await pilot.press("enter")
        await wait_for_tree(pilot, tree)
        assert len(labels(tree.root)) == before + 1

    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        tree = await browse(pilot, app)
        await move_to(pilot, tree, TENANT)
        await pilot.press("space")
        # `/` filters the current level (the tenants); escape clears it.
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"austin")
        tenants = tree._by_prefix["academia/tenant/"]
        # applied once typing pauses
        await wait_until(pilot, lambda: [c.data.prefix for c in tenants.children] == [UT], 5, "the filter")
        await pilot.press("escape")
        assert len(tenants.children) == 2 and tree.has_focus
        # Enter right after typing applies the filter at once and puts the cursor on the first
        # match, so a second enter opens it (not the bucket's root line).
        await pilot.press("slash", *"austin", "enter")
        await pilot.pause()
        assert tree.has_focus and tree.cursor_node.data.prefix == UT
        await pilot.press("escape")
        # Refresh lists the level again and keeps cursor and selection.
        await move_to(pilot, tree, UT)
        await pilot.press("r")
        await wait_for_tree(pilot, tree)
        await pilot.pause(0.1)
        assert tree.cursor_node.data.prefix == UT
        assert tree.selected == {TENANT}
        assert str(tree._by_prefix[TENANT].label).startswith("[x]")
        # c copies the s3:// URI under the cursor.
        await pilot.press("c")
        assert app.clipboard == f"s3://{BUCKET}/{UT}"


async def test_next_needs_a_selection_and_help_lists_keys(s3_server, tmp_path: Path) -> None:
    app = make_app(s3_server, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        tree = await browse(pilot, app)
        await pilot.press("n")
        assert isinstance(app.screen, BrowseScreen)  # nothing selected: stays
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        keys = dict(app.screen.keys)
        assert keys["space"] == "Select" and keys["/"] == "Filter" and "n" in keys
        assert "ctrl+q" in keys or "^q" in keys
        await pilot.press("escape")
        assert isinstance(app.screen, BrowseScreen)
        await select(pilot, tree, NULL)
        await pilot.press("n")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "SetupScreen", 5, "setup")
