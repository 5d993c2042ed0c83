"""Browse: pick tenants, panels, V_ folders or panelists in the bucket tree (space selects).

The count-and-size of the selection runs in a thread as soon as the selection settles, and a
newer selection (or escape) cancels the running count.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, Static
from textual.widgets.tree import TreeNode

from slrk_tui.engine.s3 import S3AccessError, summarize
from slrk_tui.tui.fmt import human_bytes, markup, plural
from slrk_tui.tui.messages import SelectionChanged, SelectionSummarized, SetupRequested
from slrk_tui.tui.widgets.bucket_tree import BucketTree, NodeData, name_of
from slrk_tui.tui.widgets.header import SlrkHeader
from slrk_tui.tui.widgets.too_small import TooSmall

SUMMARY_DEBOUNCE = 0.3
FILTER_DEBOUNCE = 0.15  # a level of 10,000 panelists takes ~1 s to redraw: once per word typed


class BrowseScreen(Screen):
    TITLE = "Browse"
    HELP = """
Choose what to process. The tree lists one level of the bucket each time you open a folder
(`→`, `l`, `enter` or click; `←` or `h` closes it or goes to the parent), starting at
`academia/tenant/`. Labels say what a level is: **tenant**,
**panel**, **version** (`V_12`) or **panelist**.

* `space` selects or unselects the folder under the cursor: any mix of tenants, panels,
  versions and single panelists. `[x]` is selected, `[~]` is included by a selected parent.
* `/` filters the current level by name (escape clears it); `r` lists the level again
  (cursor, selection and filter are kept); `.` hides or shows derived data (`data/`,
  `_manifests/`, `unpacked/`, logs), which can never be selected.
* The bottom line counts the zips and bytes of the selection in the background; `escape`
  stops the count.
* `c` copies the `s3://` URI under the cursor. `n` goes on to dates and settings.
"""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="browse.filter"),
        Binding("n", "next", "Next: dates", id="browse.next"),
        Binding("ctrl+n", "next", "Next: dates", show=False, id="browse.next2"),
        Binding("escape", "escape", "Stop count", show=False, id="browse.escape"),
    ]

    def __init__(self, client: object, bucket: str, *, page_size: int = 1000) -> None:
        super().__init__()
        self.client = client
        self.bucket = bucket
        self.page_size = page_size
        self.summary: tuple[int, int, bool] | None = None  # zips, bytes, done
        self._job = 0
        self._cancel: threading.Event | None = None
        self._debounce: Timer | None = None
        self._filter_level: TreeNode[NodeData] | None = None
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield TooSmall()  # shown instead of the rest below the minimum pane size
        yield SlrkHeader()
        yield BucketTree(self.client, self.bucket, page_size=self.page_size, id="tree")
        with Horizontal(id="filter-bar"):
            yield Label("Filter", id="filter-label")
            yield Input(id="filter", compact=True, placeholder="part of a name; escape clears")
        yield Static("", id="selection")
        yield Footer(compact=True)

    @property
    def bucket_tree(self) -> BucketTree:
        return self.query_one(BucketTree)

    def on_mount(self) -> None:
        self.query_one("#filter-bar").display = False
        self.bucket_tree.focus()
        self._render_selection()

    # ---- filter --------------------------------------------------------------------------

    def action_filter(self) -> None:
        level = self.bucket_tree.current_level()
        if level.data is None or not level.data.populated:
            self.notify("Open a folder first: the filter works inside one listed level.")
            return
        self._filter_level = level
        bar = self.query_one("#filter-bar")
        bar.display = True
        name = name_of(level.data.prefix) or f"s3://{self.bucket}/"
        self.query_one("#filter-label", Label).update(markup("Filter $name", name=name))
        self.query_one("#filter", Input).focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        """Applied when typing pauses: redrawing a wide level on every key queued seconds."""
        self._stop_filter_timer()
        self._filter_timer = self.set_timer(FILTER_DEBOUNCE, self.apply_filter)

    def _stop_filter_timer(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None

    def apply_filter(self) -> None:
        self._stop_filter_timer()
        if self._filter_level is not None:
            self.bucket_tree.set_filter(self._filter_level, self.query_one("#filter", Input).value.strip())

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.apply_filter()
        self.bucket_tree.focus()
        if self._filter_level is not None:
            first = next(iter(self._filter_level.children), None)
            if first is not None:
                self.bucket_tree.move_cursor_now(first)

    def _clear_filter(self) -> bool:
        bar = self.query_one("#filter-bar")
        if not bar.display:
            return False
        self._stop_filter_timer()
        if self._filter_level is not None:
            self.bucket_tree.set_filter(self._filter_level, "")
        with self.prevent(Input.Changed):
            self.query_one("#filter", Input).value = ""
        bar.display = False
        self._filter_level = None
        self.bucket_tree.focus()
        return True

    def action_escape(self) -> None:
        if self._clear_filter():
            return
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.notify("Count stopped.", timeout=2)

    # ---- selection summary ---------------------------------------------------------------

    @on(SelectionChanged)
    def _selection_changed(self, message: SelectionChanged) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.summary = None
        self._render_selection()
        if self._debounce is not None:
            self._debounce.stop()
        if message.prefixes:
            self._debounce = self.set_timer(SUMMARY_DEBOUNCE, self.action_count)

    def action_count(self) -> None:
        """Count zips and bytes under the selection, in a thread; escape stops it."""
        prefixes = sorted(self.bucket_tree.selected)
        if not prefixes:
            return
        if self._cancel is not None:
            self._cancel.set()
        self._job += 1
        self._cancel = threading.Event()
        self.summary = (0, 0, False)
        self._render_selection()
        self._count_worker(self._job, prefixes, self._cancel)

    @work(thread=True, group="summary", exit_on_error=False)
    def _count_worker(self, job: int, prefixes: list[str], cancel: threading.Event) -> None:
        def progress(zips: int, size: int) -> None:
            self.post_message(SelectionSummarized(job, zips, size, False))

        try:
            zips, size = summarize(self.client, self.bucket, prefixes, cancel, progress)
        except S3AccessError as exc:
            self.post_message(SelectionSummarized(job, 0, 0, True, str(exc)))
        except Exception as exc:
            self.post_message(SelectionSummarized(job, 0, 0, True, f"{type(exc).__name__}: {exc}"))
        else:
            self.post_message(SelectionSummarized(job, zips, size, not cancel.is_set()))

    @on(SelectionSummarized)
    def _summarized(self, message: SelectionSummarized) -> None:
        if message.job != self._job:
            return  # an older, cancelled count
        if message.error:
            self.notify(message.error, title="Count failed", severity="error")
            self.summary = None
        else:
            self.summary = (message.zips, message.size, message.done)
        self._render_selection()

    def _render_selection(self) -> None:
        line = self.query_one("#selection", Static)
        selected = sorted(self.bucket_tree.selected)
        if not selected:
            line.update("Nothing selected: [b]space[/b] selects a tenant, panel, version or panelist.")
            return
        names = ", ".join(name_of(p).rstrip("/") for p in selected[:3])
        if len(selected) > 3:
            names += f" +{len(selected) - 3}"
        text = "[b]$folders[/b] ($names)"  # names are data: never markup
        counted = ""
        if self.summary is not None:
            zips, size, done = self.summary
            counted = f"{plural(zips, 'zip')} · {human_bytes(size)}"
            if done:
                text += " · $counted"
            elif self._cancel is not None and self._cancel.is_set():
                text += " · ≥$counted (count stopped)"
            else:
                text += " · counting… $counted [dim](esc stops)[/dim]"
        folders = plural(len(selected), "folder")
        line.update(markup(text + "  [dim]n: next[/dim]", folders=folders, names=names, counted=counted))

    # ---- next ----------------------------------------------------------------------------

    def action_next(self) -> None:
        if not self.bucket_tree.selected:
            self.notify("Select at least one folder with space first.", severity="warning")
            return
        self.app.post_message(SetupRequested(tuple(sorted(self.bucket_tree.selected))))
