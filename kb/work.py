"""Extracting the files to ingest (found by kb/files.py), in worker processes.

Extraction is CPU-bound and independent per file, so it runs in a process pool; the database has
one writer, the main process, which receives (path, record, text, error) for each file.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from plankb.kb.files import storable

Extracted = tuple[str, "dict | None", "str | None", "str | None"]  # path, record, normalized text, error


def sha256_of(path: str) -> str | None:
    """The file's hash, read in chunks; None when it cannot be read or is no longer a regular
    file (opened without blocking: a file swapped for a FIFO since it was found cannot hang)."""
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return None
            digest = hashlib.sha256()
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
            return digest.hexdigest()
    except OSError:
        return None


def extract_path(path: str) -> Extracted:
    """Read and extract one file; never raises, the error names the file and the problem."""
    from plankb.extractors.extract import extract_with_text
    from plankb.extractors.pipeline import load_pipeline
    from plankb.extractors.readers import read_file
    from plankb.extractors.source import ReadError

    try:
        record, text = extract_with_text(read_file(path), load_pipeline())
        data = record.to_dict()
        if not text.strip() and not any(w.get("code") == "no-text" for w in data.get("warnings") or []):
            # Kept (a scan not yet OCR'd is still a file of the archive), but never silently.
            data.setdefault("warnings", []).append({"code": "no-text", "message": f"{path}: no text could be read"})
        if storable(path) != path:  # a file name that is not UTF-8: stored escaped, as its key is
            data = _storable_strings(data)
        return path, data, text, None
    except ReadError as exc:
        return path, None, None, str(exc)
    except Exception as exc:  # one bad file must not stop the others
        return path, None, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def _storable_strings(value):
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {k: _storable_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable_strings(v) for v in value]
    return value


def extract_all(
    paths: list[str], jobs: int | None = None, extract: Callable[[str], Extracted] = extract_path
) -> Iterator[Extracted]:
    """Extract every path, in ``jobs`` worker processes (1: in this process), in input order.

    Input order, not completion order: what is stored (a body's display name, the passages a
    similar passage is compared with) depends on the order of writing, and the same input must
    give the same base. A window of files submitted ahead keeps the workers busy behind a slow
    file while bounding the results held."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) <= 1:
        yield from map(extract, paths)
        return
    with worker_pool(min(jobs, len(paths))) as pool:
        todo = iter(paths)
        window = deque(pool.submit(extract, p) for p in islice(todo, jobs * 4))
        try:
            while window:
                result = window.popleft().result()
                window.extend(pool.submit(extract, p) for p in islice(todo, 1))
                yield result
        finally:
            for future in window:  # stopped early: drop what has not started
                future.cancel()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers end when the main process ends, however it ends: a killed
    ingest must not leave workers extracting for nobody (and holding memory) for hours."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(os.getpid(),))


def _init_worker(parent: int) -> None:
    # Files already run one per core: a scan's pages are OCR'd one at a time inside each worker.
    os.environ.setdefault("PLANKB_OCR_WORKERS", "1")
    _die_with_parent(parent)


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Linux kills the worker the moment its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, or
    should the parent thread that forked it end first, a watcher thread sees the parent change."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="plankb-parent-watch", daemon=True).start()
