"""The bucket browser: a Tree that lists one S3 level per expand, never the whole bucket.

Why it is shaped like this: a study bucket can hold millions of keys, so each expand lists
exactly one level (Delimiter='/') in a thread worker, one page at a time ("load more…" for the
next page). Listings are cached per prefix, so filtering and re-expanding are free and only
`refresh` goes back to S3. Selection is a set of prefixes, independent of the nodes on screen,
so refresh and filter never lose it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from slrk_tui.engine.keys import is_noise_prefix, role_of
from slrk_tui.engine.s3 import Listing, ObjectInfo, S3AccessError, list_level
from slrk_tui.tui.fmt import human_bytes, literal
from slrk_tui.tui.messages import LevelLoaded, SelectionChanged

START_PATH = "academia/tenant/"
SELECTABLE_HINT = "Select a folder: a tenant, panel, V_ version or panelist."
ROLE_STYLES = {
    "tenant": "bold magenta",
    "panel": "bold cyan",
    "version": "bold yellow",
    "panelist": "bold green",
}


@dataclass
class NodeData:
    """What a tree line stands for. `prefix` is a folder prefix ('' = bucket root) or a key."""

    prefix: str
    kind: str  # "folder" | "object" | "loading" | "more" | "error" | "empty"
    role: str = "folder"
    noise: bool = False
    size: int = 0
    populated: bool = False
    info: ObjectInfo | None = None


@dataclass
class Level:
    """The pages of one level loaded so far, and the filter typed for it."""

    folders: list[str] = field(default_factory=list)
    objects: list[ObjectInfo] = field(default_factory=list)
    next_token: str | None = None
    filter: str = ""


def name_of(prefix: str) -> str:
    """Last path segment, keeping the trailing '/' of a folder."""
    if not prefix:
        return ""
    stripped = prefix.rstrip("/")
    tail = stripped.rsplit("/", 1)[-1]
    return tail + ("/" if prefix.endswith("/") else "")


class BucketTree(Tree[NodeData]):
    """Lazy S3 tree with multi-select (space), copy URI (c), refresh (r), noise toggle (.);
    right/l opens a folder and left/h closes it, as in file browsers (ranger, mc, vim's netrw)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,l", "open_folder", "Open", show=False, id="tree.open"),
        Binding("left,h", "close_folder", "Close", show=False, id="tree.close"),
        Binding("space", "toggle_select", "Select", id="tree.select"),
        Binding("c", "copy_uri", "Copy", show=False, id="tree.copy"),
        Binding("r", "refresh_level", "Refresh", show=False, id="tree.refresh"),
        Binding("full_stop", "toggle_noise", "Show/hide derived", show=False, id="tree.noise"),
    ]

    def __init__(
        self,
        client: Any,
        bucket: str,
        *,
        page_size: int = 1000,
        start_path: str = START_PATH,
        id: str | None = None,
    ) -> None:
        super().__init__(f"s3://{bucket}/", data=NodeData("", "folder", role="root"), id=id)
        self.client = client
        self.bucket = bucket
        self.page_size = page_size
        self.show_noise = True
        self.selected: set[str] = set()
        self._levels: dict[str, Level] = {}
        self._by_prefix: dict[str, TreeNode[NodeData]] = {"": self.root}
        self._open: set[str] = set()
        self._inflight: set[str] = set()
        self._restore_cursor: str | None = None
        self._auto_path = [p for p in _ancestors(start_path)] if start_path else []
        self.guide_depth = 3

    # ---- loading -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.root.expand()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeData]) -> None:
        data = event.node.data
        if data is None or data.kind != "folder":
            return
        self._open.add(data.prefix)
        if data.populated:
            return
        if data.prefix in self._levels:
            self._populate(event.node)
        else:
            self._start_load(event.node)

    def on_tree_node_collapsed(self, event: Tree.NodeCollapsed[NodeData]) -> None:
        if event.node.data is not None:
            self._open.discard(event.node.data.prefix)

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        data = event.node.data
        if data is not None and data.kind == "more":
            event.stop()
            self.load_more(event.node)

    def _start_load(self, node: TreeNode[NodeData]) -> None:
        data = node.data
        assert data is not None
        if data.prefix in self._inflight:
            return
        self._inflight.add(data.prefix)
        node.remove_children()
        node.add_leaf(Text("loading…", style="italic dim"), NodeData(data.prefix, "loading"))
        self._list_worker(data.prefix, None, False)

    def load_more(self, node: TreeNode[NodeData]) -> None:
        """Fetch the next page of a wide level (the "load more…" line)."""
        data = node.data
        assert data is not None
        level = self._levels.get(data.prefix)
        if level is None or not level.next_token or data.prefix in self._inflight:
            return
        self._inflight.add(data.prefix)
        node.set_label(Text("loading more…", style="italic dim"))
        node.data = NodeData(data.prefix, "loading")
        self._list_worker(data.prefix, level.next_token, True)

    @work(thread=True, group="tree-load", exit_on_error=False)
    def _list_worker(self, prefix: str, token: str | None, more: bool) -> None:
        """Runs in a thread: one ListObjectsV2 page, then a message back to the event loop."""
        try:
            listing = list_level(self.client, self.bucket, prefix, token, self.page_size)
        except S3AccessError as exc:
            self.post_message(LevelLoaded(prefix, None, str(exc), more))
        except Exception as exc:  # network stacks raise many types; show them, never crash
            self.post_message(LevelLoaded(prefix, None, f"{type(exc).__name__}: {exc}", more))
        else:
            self.post_message(LevelLoaded(prefix, listing, None, more))

    def on_level_loaded(self, message: LevelLoaded) -> None:
        message.stop()
        self._inflight.discard(message.prefix)
        node = self._by_prefix.get(message.prefix)
        if message.error is not None or message.listing is None:
            self.app.notify(message.error or "listing failed", title="S3", severity="error")
            if node is not None and node.data is not None:
                node.data.populated = False
                if message.prefix in self._levels:  # a failed "more": keep what we have
                    self._populate(node)
                else:
                    node.remove_children()
                    node.add_leaf(
                        Text(f"error: {literal(message.error)}", style="red"),
                        NodeData(message.prefix, "error"),
                    )
            return
        self._store(message.prefix, message.listing, message.more)
        if node is not None:
            self._populate(node)

    def _store(self, prefix: str, listing: Listing, more: bool) -> None:
        level = self._levels.get(prefix)
        if more and level is not None:
            first_new = next(iter(listing.folders or [o.key for o in listing.objects]), None)
            level.folders.extend(listing.folders)
            level.objects.extend(listing.objects)
            level.next_token = listing.next_token
            self._restore_cursor = first_new
        else:
            old_filter = level.filter if level else ""
            self._levels[prefix] = Level(
                list(listing.folders), list(listing.objects), listing.next_token, old_filter
            )

    # ---- rendering a level ---------------------------------------------------------------

    def visible_entries(self, prefix: str) -> tuple[list[str], list[ObjectInfo]]:
        """The folders and objects of a loaded level after filter and noise rules."""
        level = self._levels.get(prefix)
        if level is None:
            return [], []
        needle = level.filter.lower()
        folders = [f for f in level.folders if needle in name_of(f).lower()]
        if not self.show_noise:
            folders = [f for f in folders if not is_noise_prefix(f)]
        folders.sort(key=is_noise_prefix)  # study data first, derived data last (stable)
        objects = [o for o in level.objects if needle in name_of(o.key).lower()]
        return folders, objects

    def _populate(self, node: TreeNode[NodeData]) -> None:
        data = node.data
        assert data is not None
        level = self._levels[data.prefix]
        cursor = self._restore_cursor or self._cursor_prefix()
        self._restore_cursor = None
        for key in [k for k in self._by_prefix if k.startswith(data.prefix) and k != data.prefix]:
            del self._by_prefix[key]
        self._clear_children(node)
        folders, objects = self.visible_entries(data.prefix)
        for folder in folders:
            child_data = NodeData(folder, "folder", role_of(folder), is_noise_prefix(folder))
            self._by_prefix[folder] = node.add(self._label(child_data), child_data, allow_expand=True)
        for obj in objects:
            obj_data = NodeData(obj.key, "object", "object", size=obj.size, info=obj)
            self._by_prefix[obj.key] = node.add_leaf(self._label(obj_data), obj_data)
        if level.next_token:
            shown = len(level.folders) + len(level.objects)
            node.add_leaf(
                Text(f"load more… ({shown:,} listed so far)", style="italic"), NodeData(data.prefix, "more")
            )
        if not folders and not objects and not level.next_token:
            hint = f"(nothing matches '{literal(level.filter)}')" if level.filter else "(empty)"
            node.add_leaf(Text(hint, style="dim italic"), NodeData(data.prefix, "empty"))
        data.populated = True
        node.set_label(self._label(data))
        for child in node.children:
            cd = child.data
            if cd is not None and cd.kind == "folder" and cd.prefix in self._open:
                child.expand()
        if self._follow_auto_path(node):
            return
        inside = cursor is not None and cursor.startswith(data.prefix) and cursor != data.prefix
        if inside and cursor in self._by_prefix:  # the cursor was on a line just rebuilt
            self.call_after_refresh(self.move_cursor, self._by_prefix[cursor])

    def _follow_auto_path(self, node: TreeNode[NodeData]) -> bool:
        """Open academia/ then tenant/ on first load, like the old script started there.
        True when this moved the cursor (so no other cursor restore applies)."""
        if not self._auto_path or node.data is None:
            return False
        nxt = self._auto_path[0]
        if not nxt.startswith(node.data.prefix):
            return False
        child = self._by_prefix.get(nxt)
        if child is None:
            self._auto_path.clear()
            return False
        self._auto_path.pop(0)
        child.expand()
        if not self._auto_path:
            self.call_after_refresh(self.move_cursor, child)
        return True

    def _cursor_prefix(self) -> str | None:
        node = self.cursor_node
        if node is None or node.data is None or node.data.kind not in {"folder", "object"}:
            return None
        return node.data.prefix

    def _label(self, data: NodeData) -> Text:
        """One tree line. The name is data: control characters in it are shown escaped, or an
        ESC in a key would drive the terminal and a newline would hide the rest of the name."""
        if data.kind == "object":
            when = data.info.last_modified.strftime("%Y-%m-%d %H:%M") if data.info else ""
            return Text.assemble(
                "    ",
                literal(name_of(data.prefix)),
                "  ",
                (f"{human_bytes(data.size)}  {when}", "dim"),
            )
        if data.prefix == "":
            return Text(f"s3://{self.bucket}/", style="bold")
        name = literal(name_of(data.prefix))
        if data.noise:
            return Text.assemble(("    " + name, "dim"), ("  derived, not study input", "dim italic"))
        if data.prefix in self.selected:
            mark, mark_style = "[x]", "bold reverse"
        elif self.selected_ancestor(data.prefix):
            mark, mark_style = "[~]", "bold"
        else:
            mark, mark_style = "[ ]", "dim"
        parts: list[Any] = [(mark, mark_style), " ", (name, "bold" if mark != "[ ]" else "")]
        if data.role in ROLE_STYLES:
            # NO_COLOR greys colours by brightness: magenta came out grey on grey.
            parts += ["  ", (data.role, "bold" if self.app.no_color else ROLE_STYLES[data.role])]
        return Text.assemble(*parts)

    def _relabel_under(self, prefix: str) -> None:
        """Relabel `prefix` and what is below it: the only lines whose mark ([x], [~]) a
        toggle of `prefix` changes. Relabelling every line made space take seconds on a
        level of thousands of panelists."""
        for key, node in self._by_prefix.items():
            if key.startswith(prefix) and node.data is not None and node.data.kind == "folder":
                node.set_label(self._label(node.data))

    def move_cursor_now(self, node: TreeNode[NodeData]) -> None:
        """`move_cursor` right after the lines changed: Textual numbers the lines when idle, so
        a cursor moved before that lands on the line the node is not on yet (the root, where
        the next enter closed the whole bucket). Reading the lines numbers them now."""
        _ = self._tree_lines  # Tree._build, run on demand
        self.move_cursor(node)

    def _clear_children(self, node: TreeNode[NodeData]) -> None:
        """`node.remove_children()` in one pass. Textual 8.2's removes each child with a
        list.index(), quadratic in the children: ~5 s for a level of 20,000 panelists, paid on
        every filter keystroke and every "load more…"."""
        stack = list(node._children)
        node._children.clear()
        while stack:
            child = stack.pop()
            stack.extend(child._children)
            self._tree_nodes.pop(child.id, None)
        self._invalidate()

    # ---- selection and actions -----------------------------------------------------------

    def selected_ancestor(self, prefix: str) -> str | None:
        for anc in _ancestors(prefix)[:-1]:
            if anc in self.selected:
                return anc
        return None

    def action_toggle_select(self) -> None:
        node = self.cursor_node
        data = node.data if node is not None else None
        if data is None or data.kind != "folder" or data.prefix == "":
            self.app.notify(SELECTABLE_HINT, severity="warning")
            return
        if data.noise:
            self.app.notify(
                f"{name_of(data.prefix)} holds derived data or logs, not study uploads; "
                "it cannot be selected.",
                severity="warning",
            )
            return
        ancestor = self.selected_ancestor(data.prefix)
        if ancestor is not None:
            self.app.notify(f"Already included: {ancestor} is selected.")
            return
        if data.prefix in self.selected:
            self.selected.discard(data.prefix)
        else:
            covered = {p for p in self.selected if p.startswith(data.prefix)}
            self.selected -= covered
            self.selected.add(data.prefix)
        self._relabel_under(data.prefix)
        self.post_message(SelectionChanged(tuple(sorted(self.selected))))

    def action_open_folder(self) -> None:
        """Open the folder under the cursor; on an open one, step onto its first child."""
        node = self.cursor_node
        if node is None or node.data is None or node.data.kind != "folder":
            return
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_close_folder(self) -> None:
        """Close the folder under the cursor; on a closed one (or a file), go to the parent."""
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded and node is not self.root:
            node.collapse()
        elif node.parent is not None:
            self.move_cursor(node.parent)

    def uri_of(self, node: TreeNode[NodeData] | None) -> str | None:
        if node is None or node.data is None or node.data.kind not in {"folder", "object"}:
            return None
        return f"s3://{self.bucket}/{node.data.prefix}"

    def action_copy_uri(self) -> None:
        uri = self.uri_of(self.cursor_node)
        if uri is None:
            return
        self.app.copy_to_clipboard(uri)
        self.app.notify(f"Copied {uri}")

    def current_level(self) -> TreeNode[NodeData]:
        """The folder whose children the cursor is among (the level `/` and `r` act on)."""
        node = self.cursor_node
        if node is None:
            return self.root
        if node.data is not None and node.data.kind == "folder" and node.is_expanded and node.data.populated:
            return node
        return node.parent or self.root

    def action_refresh_level(self) -> None:
        """List the current level again; cursor, selection and open folders are kept."""
        node = self.current_level()
        data = node.data
        if data is None:
            return
        for key in [k for k in self._levels if k.startswith(data.prefix) and k != data.prefix]:
            del self._levels[key]  # open sub-levels reload too; this level keeps its filter
        self._restore_cursor = self._cursor_prefix()
        if data.prefix in self._inflight:
            return
        self._inflight.add(data.prefix)
        self._list_worker(data.prefix, None, False)
        self.app.notify(f"Refreshing s3://{self.bucket}/{data.prefix}", timeout=2)

    def set_filter(self, node: TreeNode[NodeData], text: str) -> int:
        """Filter one loaded level by name; returns how many entries remain visible."""
        data = node.data
        if data is None or data.prefix not in self._levels:
            return 0
        self._levels[data.prefix].filter = text
        self._populate(node)
        folders, objects = self.visible_entries(data.prefix)
        return len(folders) + len(objects)

    def action_toggle_noise(self) -> None:
        self.show_noise = not self.show_noise
        for prefix, node in list(self._by_prefix.items()):
            if node.data is not None and node.data.populated and prefix in self._levels:
                self._populate(node)
        self.app.notify(
            "Derived data shown (dimmed)" if self.show_noise else "Derived data hidden (press . to show)",
            timeout=2,
        )

    @property
    def is_listing(self) -> bool:
        """True while any level is being listed (tests wait on this instead of sleeping)."""
        return bool(self._inflight)


def _ancestors(prefix: str) -> list[str]:
    """'a/b/c/' -> ['a/', 'a/b/', 'a/b/c/']."""
    parts = [p for p in prefix.split("/") if p]
    return ["/".join(parts[: i + 1]) + "/" for i in range(len(parts))]
