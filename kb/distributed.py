"""Extraction on a Dask cluster (dask.distributed): files go to the workers, records come back, and
the knowledge base is still written by one process, the client's.

Extraction is a pure function of a file (``kb.work.extract_path``), so any worker that can read
the file, from storage shared with the client, and that has plankb installed, can run it. Results
come back in the order of the files, as on one machine (the same input gives the same base), and
a window of files submitted ahead keeps the workers busy without holding the whole archive's
results at once. A file that fails gives its message, as on one machine; the others go on.

    dask scheduler                              # on one machine
    dask worker tcp://SCHEDULER:8786            # on each worker, with plankb installed
    plankb ingest /shared/archive --scheduler tcp://SCHEDULER:8786
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from itertools import islice

from plankb.kb.limits import limit_envs
from plankb.kb.work import Extracted, extract_path

AHEAD = 8  # files submitted ahead per worker thread


def _with_limits(extract, path: str, limits: dict[str, str | None]) -> Extracted:
    """``extract(path)`` on a worker under the client's limits (a worker started long before has
    its own environment): each limit set as the client has it, or unset."""
    for name, value in limits.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return extract(path)


class ClusterUnavailable(RuntimeError):
    """The scheduler cannot be reached, or no worker has joined it; the message says which."""


def extract_on_cluster(paths: list[str], scheduler, connect_timeout: float = 20) -> Iterator[Extracted]:
    """(path, record, text, error) for each path, in order, extracted on the cluster at
    ``scheduler`` (an address such as "tcp://host:8786", or a Client)."""
    from distributed import Client

    if isinstance(scheduler, Client):
        client = scheduler
    else:
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    try:
        try:
            client.wait_for_workers(1, timeout=connect_timeout)
        except TimeoutError as exc:
            raise ClusterUnavailable(f"no Dask worker has joined the scheduler at {client.scheduler.address}") from exc
        threads = max(1, sum(client.nthreads().values()))
        todo = iter(paths)
        # Each task kept beside its file, so a task lost with its worker still names the file.
        limits = {name: os.environ.get(name) for name in limit_envs()}  # this command's, for the workers
        window = deque((p, client.submit(_with_limits, extract_path, p, limits, pure=False)) for p in islice(todo, threads * AHEAD))
        while window:
            path, future = window.popleft()
            try:
                result = future.result()
            except Exception as exc:  # a worker lost with the file: that file fails, not the run
                result = (path, None, None, f"{path}: extraction failed on the cluster ({type(exc).__name__}: {exc})")
            window.extend((p, client.submit(_with_limits, extract_path, p, limits, pure=False)) for p in islice(todo, 1))
            yield result
    finally:
        if client is not scheduler:
            client.close()
