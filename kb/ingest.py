"""The ingest API: records (with their text) in, counts out."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from plankb.kb.killpoints import reached
from plankb.kb.store import Store

Item = tuple[dict, "str | None", "str | Path | None"]  # (record, normalized text, file path)


@dataclass
class IngestResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): left out by rule, not an error
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, warning) of the records stored
    read: int = 0  # files extracted (not the unchanged ones)
    pages: int = 0  # pages of the files read (PDFs)
    ocr_pages: int = 0  # of which OCR'd
    seconds: float | None = None  # the whole run

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def fail(self, path: str, reason: str) -> None:
        self.failed.append((path, reason))

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        skipped = f", skipped {len(self.skipped)}" if self.skipped else ""
        counts = f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, failed {len(self.failed)}{skipped}"
        if self.seconds is None:
            return counts
        from plankb.kb.progress import duration

        return f"{counts}; {self.read} file(s) read, {self.pages} PDF page(s), {self.ocr_pages} OCR'd, in {duration(self.seconds)}"


def message(path: str, reason: str) -> str:
    """``path: reason``, the path once: readers' messages start with it already."""
    return reason if reason.startswith(f"{path}:") else f"{path}: {reason}"


def ingest_records(
    db_path: str | Path,
    items: Iterable[Item],
    on_done: Callable[[str, str], None] | None = None,
) -> IngestResult:
    """Store each (record, text, path); each document in its own transaction.

    A record that cannot be stored is counted as failed with its reason and leaves the rows
    already stored for its file untouched; the others are still stored. ``on_done(path, status)``
    is called after each item.
    """
    result = IngestResult()
    store = Store(db_path)
    try:
        for record, text, path in items:
            reached("extracted")
            status = store_item(store, result, record, text, path)
            reached("stored")
            if on_done:
                on_done(str(path or (record.get("source") or {}).get("path")), status)
        store.finish()
    finally:
        store.close()
    return result


def store_item(store: Store, result: IngestResult, record: dict, text: str | None, path: str | Path | None) -> str:
    """Store one record and count it; a failure is counted with its reason, never raised."""
    name = str(path or (record.get("source") or {}).get("path") or record.get("id"))
    try:
        status = store.ingest(record, text, path)
    except Exception as exc:  # one bad record must not stop the batch
        result.fail(name, f"cannot store: {type(exc).__name__}: {exc}")
        return "failed"
    result.count(status)
    if status != "unchanged":  # an unchanged file's warnings were shown when it was stored
        for w in record.get("warnings") or []:
            result.warnings.append((name, f"{w.get('message')} [{w.get('code')}]"))
    return status


class NothingToIngest(ValueError):
    """No file a reader handles was found in the paths given; ``result`` holds what was left out and why."""

    def __init__(self, message: str, result: IngestResult):
        super().__init__(message)
        self.result = result


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: str | Path,
    jobs: int | None = None,
    follow_symlinks: bool = False,
    scheduler: str | None = None,
    on_file: Callable[[int], None] | None = None,
    on_start: Callable[[int, int], None] | None = None,
) -> IngestResult:
    """Extract the files under ``paths`` and store them in the base at ``db_path``.

    Unchanged files (same bytes, same extractor version) are skipped before extraction; each file
    is stored in its own transaction, and one that fails is counted with its reason, never raised.
    ``on_start(files, work)`` is told how many files are to be extracted and the work in them (a
    PDF's pages, 1 for any other file); ``on_file(work)`` of each file as its worker finishes it,
    from whichever thread sees that (kb/progress.py counts them).
    Raises NothingToIngest when the paths hold no file to read; BaseLocked, SchemaError or
    sqlite3.DatabaseError when the base cannot be opened."""
    from plankb.kb.files import find_files, shown
    from plankb.kb.work import extract_all, sha256_of, work_units

    began = time.monotonic()
    found = find_files(tuple(str(p) for p in paths), follow_symlinks)
    files = found.files
    result = IngestResult(failed=found.failed, skipped=found.skipped)
    if not files:
        raise NothingToIngest(f"no file to ingest in {' '.join(shown(str(p)) for p in paths)}", result)
    store = Store(db_path)
    try:
        todo = []
        for path in files:  # skip unchanged files before paying for their extraction
            sha = sha256_of(path)
            if sha and store.is_unchanged(path, sha):
                result.count("unchanged")
            else:
                todo.append(path)
        reached("unchanged files skipped")
        work = {path: work_units(path) for path in todo} if (on_start or on_file) else {}
        if on_start:
            on_start(len(todo), sum(work.values()))
        done = (lambda item: on_file(work.get(item[0], 1))) if on_file else None
        if scheduler:
            from plankb.kb.distributed import extract_on_cluster

            extracted = _told(extract_on_cluster(todo, scheduler), done)
        else:
            extracted = extract_all(todo, jobs, on_done=done)
        for item in extracted:
            reached("extracted")
            path, record, text, error = item
            result.read += 1
            result.pages += getattr(item, "pages", 0)
            result.ocr_pages += getattr(item, "ocr_pages", 0)
            if error:
                result.fail(path, error)
            else:
                store_item(store, result, record, text, path)
            reached("stored")
        store.finish()
    finally:
        store.close()
    result.seconds = time.monotonic() - began
    return result


def _told(items, done):
    for item in items:
        if done:
            done(item)
        yield item
