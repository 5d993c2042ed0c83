"""Runs the engine on its own event loop in a thread, so the UI loop only ever drains a deque.

Why a thread: the engine does real CPU work on its loop (planning, parsing listings); on the
UI's loop that would delay key presses. Events cross threads through a `deque` (append and
popleft are atomic), and cancel crosses with `call_soon_threadsafe`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from concurrent.futures import Executor

from slrk_tui import events as ev
from slrk_tui.config import RunConfig
from slrk_tui.engine.run import run_query
from slrk_tui.engine.s3 import Credentials


class EngineRun:
    """One run of `run_query`; `drain()` returns the events that arrived since the last call."""

    def __init__(
        self, config: RunConfig, executor: Executor | None, credentials: Credentials | None = None
    ) -> None:
        self.config = config
        self.executor = executor
        self.credentials = credentials
        self.events: deque[ev.Event] = deque()
        self.exit_code: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._cancel: asyncio.Event | None = None
        self._cancel_requested = False
        self._lock = threading.Lock()
        self._seen_finished = False
        self.thread = threading.Thread(target=self._main, name="slrk-engine", daemon=True)

    def start(self) -> EngineRun:
        self.thread.start()
        return self

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def cancel(self) -> None:
        """Ask the engine to stop after what is in flight; it reports RunFinished(cancelled)."""
        with self._lock:
            self._cancel_requested = True
            if self._loop is not None and self._cancel is not None:
                with contextlib.suppress(RuntimeError):  # the run ended meanwhile: nothing to do
                    self._loop.call_soon_threadsafe(self._cancel.set)

    def drain(self) -> list[ev.Event]:
        out: list[ev.Event] = []
        while True:
            try:
                out.append(self.events.popleft())
            except IndexError:
                return out

    def _main(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException as exc:  # the engine promises RunFinished; make sure of it
            if not self._seen_finished:
                self._push(ev.RunFinished(1, "failed", f"{type(exc).__name__}: {exc}", ""))

    def _push(self, event: ev.Event) -> None:
        if isinstance(event, ev.RunFinished):
            self._seen_finished = True
        self.events.append(event)

    async def _run(self) -> None:
        queue: asyncio.Queue[ev.Event] = asyncio.Queue()
        with self._lock:
            self._loop = asyncio.get_running_loop()
            self._cancel = asyncio.Event()
            if self._cancel_requested:
                self._cancel.set()
        pump = asyncio.create_task(self._pump(queue))
        try:
            self.exit_code = await run_query(
                self.config, queue, self.executor, self.credentials, self._cancel
            )
        finally:
            pump.cancel()
            while not queue.empty():
                self._push(queue.get_nowait())
            if not self._seen_finished:
                self._push(
                    ev.RunFinished(
                        self.exit_code or 1, "failed", "The engine stopped without a final event.", ""
                    )
                )

    async def _pump(self, queue: asyncio.Queue[ev.Event]) -> None:
        while True:
            self._push(await queue.get())
