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

from collections import deque
from collections.abc import Iterator
from itertools import islice

from kb.work import Extracted, extract_path

AHEAD = 8  # files submitted ahead per worker thread


def extract_on_cluster(paths: list[str], scheduler) -> Iterator[Extracted]:
    """(path, record, text, error) for each path, in order, extracted on the cluster at
    ``scheduler`` (an address such as "tcp://host:8786", or a Client or LocalCluster)."""
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        todo = iter(paths)
        window = deque(client.submit(extract_path, p, pure=False) for p in islice(todo, threads * AHEAD))
        while window:
            future = window.popleft()
            try:
                result = future.result()
            except Exception as exc:  # a worker lost with the file: that file fails, not the run
                result = (future.args[0] if hasattr(future, "args") else "?", None, None, f"extraction failed on the cluster ({exc})")
            window.extend(client.submit(extract_path, p, pure=False) for p in islice(todo, 1))
            yield result
    finally:
        if client is not scheduler:
            client.close()
