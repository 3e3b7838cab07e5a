"""Finding the files to ingest and extracting them, in worker processes.

Extraction is CPU-bound and independent per file, so it runs in a process pool; the database has
one writer, the main process, which receives (path, record, text, error) for each file.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from extractors.readers import reader_for

Extracted = tuple[str, "dict | None", "str | None", "str | None"]  # path, record, normalized text, error


def expand_paths(args: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files named by PATH arguments: files as given, folders recursively and globs (the last two
    keep only files some reader handles). Returns (files in order, without repeats; errors)."""
    files: dict[str, None] = {}
    errors: list[tuple[str, str]] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = [p for p in sorted(path.rglob("*")) if p.is_file() and reader_for(p) is not None]
        elif not path.exists() and glob.has_magic(arg):
            matches = [Path(m) for m in sorted(glob.glob(arg, recursive=True))]
            found = [p for p in matches if p.is_file() and reader_for(p) is not None]
            found += [f for m in matches if m.is_dir() for f in sorted(m.rglob("*")) if f.is_file() and reader_for(f) is not None]
            if not found:
                errors.append((arg, f"{arg}: no readable file matches"))
        else:
            found = [path]  # a missing or unreadable file is reported by the reader, with its reason
        for p in found:
            files.setdefault(str(p), None)
    return list(files), errors


def sha256_of(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def extract_path(path: str) -> Extracted:
    """Read and extract one file; never raises, the error names the file and the problem."""
    from extractors.extract import extract_with_text
    from extractors.pipeline import load_pipeline
    from extractors.readers import read_file
    from extractors.source import ReadError

    try:
        record, text = extract_with_text(read_file(path), load_pipeline())
        return path, record.to_dict(), text, None
    except ReadError as exc:
        return path, None, None, str(exc)
    except Exception as exc:  # one bad file must not stop the others
        return path, None, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def extract_all(paths: list[str], jobs: int | None = None) -> Iterator[Extracted]:
    """Extract every path, in ``jobs`` worker processes (1: in this process), in completion order."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) <= 1:
        yield from map(extract_path, paths)
        return
    # Files already run one per core: a scan's pages are OCR'd one at a time inside each worker.
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), initializer=_one_ocr_process) as pool:
        futures = [pool.submit(extract_path, p) for p in paths]
        for future in as_completed(futures):
            yield future.result()


def _one_ocr_process() -> None:
    os.environ.setdefault("PLANKB_OCR_WORKERS", "1")
