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


class Extracted(tuple):
    """(path, record, normalized text, error) of one file, and what reading it took: its pages (of a
    paged source, a PDF) and how many of them were OCR'd. Still a 4-tuple to unpack; pickles across
    processes with its counts."""

    pages: int = 0
    ocr_pages: int = 0

    def __new__(cls, path: str, record: dict | None, text: str | None, error: str | None, pages: int = 0, ocr_pages: int = 0):
        made = super().__new__(cls, (path, record, text, error))
        made.pages, made.ocr_pages = pages, ocr_pages
        return made

    def __getnewargs__(self):  # pickle: rebuilt through __new__ with its counts
        return (*self, self.pages, self.ocr_pages)


def page_count(path: str) -> int:
    """Pages of a PDF (its page tree only, nothing rendered), 0 for other files or a PDF that
    cannot be opened: the measure of the work ahead, since a page, not a file, is what costs."""
    if not path.lower().endswith(".pdf"):
        return 0
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(path)
        try:
            return len(document)
        finally:
            document.close()
    except Exception:  # a damaged PDF: the reader will say why; here it counts as one file
        return 0


def work_units(path: str) -> int:
    """The share of an ingest's work one file is: its pages for a PDF, 1 for any other file."""
    return max(page_count(path), 1)


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
        source = read_file(path)
        pages = len(source.pages)
        ocr_pages = sum(kind == "ocr" for kind in source.meta.get("page_kinds", ()))
        record, text = extract_with_text(source, load_pipeline())
        data = record.to_dict()
        if not text.strip() and not any(w.get("code") == "no-text" for w in data.get("warnings") or []):
            # Kept (a scan not yet OCR'd is still a file of the archive), but never silently.
            data.setdefault("warnings", []).append({"code": "no-text", "message": f"{path}: no text could be read"})
        if storable(path) != path:  # a file name that is not UTF-8: stored escaped, as its key is
            data = _storable_strings(data)
        return Extracted(path, data, text, None, pages, ocr_pages)
    except ReadError as exc:
        return Extracted(path, None, None, str(exc))
    except Exception as exc:  # one bad file must not stop the others
        return Extracted(path, None, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})")


def _storable_strings(value):
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {k: _storable_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable_strings(v) for v in value]
    return value


def extract_all(
    paths: list[str],
    jobs: int | None = None,
    extract: Callable[[str], Extracted] = extract_path,
    on_done: Callable[[Extracted], None] | None = None,
) -> Iterator[Extracted]:
    """Extract every path, in ``jobs`` worker processes (1: in this process), in input order.

    Input order, not completion order: what is stored (a body's display name, the passages a
    similar passage is compared with) depends on the order of writing, and the same input must
    give the same base. A window of files submitted ahead keeps the workers busy behind a slow
    file while bounding the results held. ``on_done(result)`` is told of each file as its worker
    finishes it (from another thread), so progress follows every worker, not the order of writing."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) <= 1:
        for path in paths:
            result = extract(path)
            if on_done:
                on_done(result)
            yield result
        return

    def submit(pool, path):
        future = pool.submit(extract, path)
        if on_done:
            future.add_done_callback(lambda f: f.cancelled() or f.exception() or on_done(f.result()))
        return future

    with worker_pool(min(jobs, len(paths))) as pool:
        todo = iter(paths)
        window = deque(submit(pool, p) for p in islice(todo, jobs * 4))
        try:
            while window:
                result = window.popleft().result()
                window.extend(submit(pool, p) for p in islice(todo, 1))
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
