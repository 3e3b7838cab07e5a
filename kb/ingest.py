"""The ingest API: records (with their text) in, counts out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

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

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def fail(self, path: str, reason: str) -> None:
        self.failed.append((path, reason))

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        skipped = f", skipped {len(self.skipped)}" if self.skipped else ""
        return f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, failed {len(self.failed)}{skipped}"


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
            status = store_item(store, result, record, text, path)
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
    """No file a reader handles was found in the paths given."""


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: str | Path,
    jobs: int | None = None,
    follow_symlinks: bool = False,
    scheduler: str | None = None,
    on_file: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestResult:
    """Extract the files under ``paths`` and store them in the base at ``db_path``.

    Unchanged files (same bytes, same extractor version) are skipped before extraction; each file
    is stored in its own transaction, and one that fails is counted with its reason, never raised.
    ``on_start(n)`` is told how many files there are, ``on_file(k)`` that k more are done.
    Raises NothingToIngest when the paths hold no file to read; BaseLocked, SchemaError or
    sqlite3.DatabaseError when the base cannot be opened."""
    from plankb.kb.files import find_files, shown
    from plankb.kb.work import extract_all, sha256_of

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
        if on_start:
            on_start(len(files))
        if on_file:
            on_file(len(files) - len(todo))
        if scheduler:
            from plankb.kb.distributed import extract_on_cluster

            extracted = extract_on_cluster(todo, scheduler)
        else:
            extracted = extract_all(todo, jobs)
        for path, record, text, error in extracted:
            if error:
                result.fail(path, error)
            else:
                store_item(store, result, record, text, path)
            if on_file:
                on_file(1)
        store.finish()
    finally:
        store.close()
    return result
