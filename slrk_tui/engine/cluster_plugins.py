"""Worker plugins for the LocalCluster that `--scheduler local` starts (imports distributed)."""

from __future__ import annotations

import signal

from distributed.diagnostics.plugin import WorkerPlugin


class IgnoreInterrupts(WorkerPlugin):
    """Ctrl-C reaches the whole process group, local workers included; only the engine decides
    how to stop (its cancel shuts the cluster down), as in the process pool's workers."""

    def setup(self, worker) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
