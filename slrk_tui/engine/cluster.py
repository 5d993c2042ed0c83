"""The Dask executor behind `--scheduler`: a running scheduler's, or a LocalCluster started here.

`distributed` is an optional extra (`pip install 'slrk-tui[cluster]'`), imported only when a
cluster is opened; `is_remote` tells the engine which path a unit takes without importing it.
Submissions are never `pure` (Client.submit's default would give two submissions of the same
unit one key: a retried unit must be a new task).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

from slrk_tui.config import ConfigError, local_cluster_workers

CONNECT_TIMEOUT_S = 20
WORKERS_TIMEOUT_S = 120


class ClusterExecutor(Executor):
    """Dask's `ClientExecutor` (pure=False) that owns its client and, for `local`, its cluster.

    `shutdown(cancel_futures=True)` cancels what is still queued (Dask's own executor has no
    `cancel_futures`), then closes the client and the cluster it started."""

    def __init__(self, client: Any, cluster: Any = None):
        self.client = client
        self.cluster = cluster
        self._inner = client.get_executor(pure=False)

    def submit(self, fn, /, *args, **kwargs) -> Future:
        return self._inner.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait and not cancel_futures)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def is_remote(executor: Executor | None) -> bool:
    """Does this executor run units elsewhere (no shared filesystem)? True for a Dask executor:
    ours, or `Client.get_executor()` handed in by a library user."""
    return isinstance(executor, ClusterExecutor) or type(executor).__module__.startswith("distributed.")


def cluster_slots(executor: Any) -> int:
    """Worker threads in the cluster now: how many units can run at once."""
    client = executor.client if isinstance(executor, ClusterExecutor) else executor._client
    return sum(client.nthreads().values())


def submit_impure(executor: Any, fn: Callable[..., Any], *args: Any) -> Future:
    """Submit to a Dask executor as a new task every time, whatever the executor's default."""
    return executor.submit(fn, *args, pure=False)


def is_killed_worker(exc: BaseException) -> bool:
    """Dask gave up on a task whose workers kept dying under it (`allowed-failures`)."""
    from distributed import KilledWorker

    return isinstance(exc, KilledWorker)


def open_cluster(scheduler: str, processors: int) -> ClusterExecutor:
    """Connect to `scheduler` (an address), or start a LocalCluster for `local` / `local:N` (N
    single-threaded worker processes; `local` means one per processor). Blocking."""
    from distributed import Client, LocalCluster

    workers = local_cluster_workers(scheduler)
    if workers is not None:
        from slrk_tui.engine.cluster_plugins import IgnoreInterrupts

        # the scheduler's HTTP server on a free loopback port: no clash with another cluster's 8787
        cluster = LocalCluster(
            n_workers=workers or processors,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
        )
        client = Client(cluster)
        client.register_plugin(IgnoreInterrupts())
        return ClusterExecutor(client, cluster)
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except (OSError, TimeoutError):
        client.close()
        raise ConfigError(
            f"--scheduler {scheduler}: no worker joined the scheduler within "
            f"{WORKERS_TIMEOUT_S} s; start `dask worker {scheduler}` first"
        ) from None
    return ClusterExecutor(client)
