"""The ingest API: records (with their text) in, counts out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kb.store import Store

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
