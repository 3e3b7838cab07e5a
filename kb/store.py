"""Writes documents into the knowledge base, one transaction per document.

A file is known by its resolved path (``files``); a document by its record id, a hash of its
normalized text, so two copies of one text are one document. Re-ingesting a file whose bytes and
extractor version are unchanged does nothing; a changed file replaces its document's rows in
the same transaction that writes the new ones, so a failure leaves the old rows in place.
What the end of the batch must still do for a document (index its passages, resolve the symbols it
cites or issues) is queued in the base in that same transaction, so a killed batch loses nothing:
the next run's ``finish`` does it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from plankb import extractors
from plankb.extractors.names import starts_with_body
from plankb.kb import fts, quotes, rows, similar
from plankb.kb.bodies import body_key, search_key
from plankb.kb.files import storable
from plankb.kb.killpoints import reached
from plankb.kb.lock import WriteLock
from plankb.kb.places import Place
from plankb.kb.schema import HEADING_PREFIX, MIGRATIONS, create_indexes, ensure_schema
from plankb.kb.sqlfuncs import register_functions
from plankb.schema.record import RECORD_VERSION

# Children of a document, deleted before it (foreign keys are enforced while writing).
_CHILD_TABLES = ("records", "citations", "assignments", "recipients", "model_areas")


def extractor_version(record_version: str | None = None) -> str:
    """What produced a record: the plankb extractor and the record's schema version."""
    return f"{extractors.__version__}/{record_version or RECORD_VERSION}"


def file_key(path: str | Path) -> str:
    return storable(str(Path(path).resolve()))


class Store:
    def __init__(self, db_path: str | Path, bulk: bool | None = None, while_served: bool = False):
        """``bulk``: write without the secondary indexes and create them in ``finish`` (a third
        faster); by default when the knowledge base has no document yet, i.e. a first build.
        Each document is still committed on its own; an interrupted build gets its indexes
        when the database is next opened.

        Raises BaseLocked when another Store has the base open for writing, or a server publishes
        it (kb/lock.py); ``while_served`` is for that server finishing an interrupted ingest."""
        self.lock = WriteLock(db_path, while_served=while_served)
        self.lock.acquire()
        try:
            self._open(db_path, bulk)
        except BaseException:
            self.lock.release()
            raise

    def _open(self, db_path: str | Path, bulk: bool | None) -> None:
        self.db = sqlite_utils.Database(db_path)
        self.conn: sqlite3.Connection = self.db.conn
        with self.db.ensure_autocommit_on():
            # WAL: a commit per document costs no fsync; finish() folds the log back into the file.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # Buckets and indexes are written at random places: keep the hot pages in memory.
            self.conn.execute("PRAGMA cache_size=-262144")
            self.conn.execute("PRAGMA wal_autocheckpoint=10000")
        register_functions(self.conn)
        empty = not self.db["documents"].exists() or self.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None
        self.deferred_indexes = empty if bulk is None else bulk
        # A first build fills some tables out of order (buckets, indexes, citations updated when
        # resolved), leaving their pages up to a fifth empty: finish() rewrites the file once, packed.
        self.first_build = empty
        ensure_schema(self.db, defer_indexes=self.deferred_indexes)
        reached("schema")
        self._bodies: dict[str, int] = {}
        self._headings: dict[str, int] = {}

    # --- reading -------------------------------------------------------------------------

    def is_unchanged(self, path: str | Path, sha256: str, version: str | None = None) -> bool:
        row = self.conn.execute(
            "SELECT f.sha256, f.extractor_version FROM files f JOIN documents d ON d.id = f.document_id WHERE f.path = ?",
            (file_key(path),),
        ).fetchone()
        return row is not None and row[0] == sha256 and row[1] == (version or extractor_version())

    # --- writing -------------------------------------------------------------------------

    def ingest(self, record: dict, text: str | None = None, path: str | Path | None = None) -> str:
        """Store one record; returns "added", "updated" or "unchanged"."""
        source = record.get("source") or {}
        key = file_key(path or source.get("path") or record["id"])
        version = extractor_version(record.get("extractor_version"))
        sha = source.get("sha256")
        known = self.conn.execute("SELECT document_id, sha256, extractor_version FROM files WHERE path = ?", (key,)).fetchone()
        if known and known[1] == sha and known[2] == version and self._has_document(known[0]):
            return "unchanged"
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self.db.atomic():
                self._replace(record, text, key, known, version, sha, now)
                reached("document written, not committed")
        except BaseException:
            self._bodies.clear()  # bodies and headings created in the rolled-back transaction are gone
            self._headings.clear()
            raise
        reached("document committed")
        return "updated" if known else "added"

    def _replace(
        self, record: dict, text: str | None, key: str, known: tuple | None, version: str, sha: str | None, now: str
    ) -> None:
        # Foreign keys are checked at commit: rows may be replaced in any order within it.
        self.conn.execute("PRAGMA defer_foreign_keys=ON")
        stored = self.conn.execute("SELECT extractor_version FROM documents WHERE id = ?", (record["id"],)).fetchone()
        if stored is None or stored[0] != version:
            if stored is not None:
                self.delete_document(record["id"], keep_files=True)
            self._write_document(record, text, version, now)
        self.conn.execute(
            "INSERT OR REPLACE INTO files (path, document_id, sha256, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?)",
            (key, record["id"], sha, version, now),
        )
        old = known[0] if known else None
        if old and old != record["id"] and not self._has_file(old):
            self.delete_document(old)
            reached("document of the file's old text deleted")

    def _has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def _has_file(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM files WHERE document_id = ?", (doc_id,)).fetchone() is not None

    def _write_document(self, record: dict, text: str | None, version: str, now: str) -> None:
        place = rows.place_of_record(record)
        doc = rows.document_row(record, text, version, now)
        doc_id = doc["id"]
        issuer = doc["issuer"]
        doc["issuer_id"] = self.body_id(issuer, place) if issuer else None
        self._insert("documents", [doc])
        self._insert("records", [{"document_id": doc_id, "record": rows.stored_record(record, text)}])
        passages = rows.passage_rows(record, text)
        self._insert("passages", [self._passage_row(p, doc_id) for p in passages])
        reached("passages")
        cites = rows.citation_rows(record, place)
        self._insert("citations", [{**c, "document_id": doc_id} for c in cites])
        self._touch([c["symbol"] for c in cites] + [doc["symbol"]])
        assignments = []
        for a in record.get("assignments") or []:
            body_id, name_key = self.body_ref(a["body"], place)
            assignments.append(
                {**rows.assignment_row(a), "document_id": doc_id, "body_id": body_id,
                 "document_date": record.get("date"), "name_key": name_key}
            )  # fmt: skip
        self._insert("assignments", assignments)
        for d in record.get("deadlines") or []:
            cur = self.conn.execute(
                "INSERT INTO deadlines (document_id, date, precision, recurrence, qualifier, due, month_day, task, bodies, text, start, end)"
                " VALUES (:document_id, :date, :precision, :recurrence, :qualifier, :due, :month_day, :task, :bodies, :text, :start, :end)",
                {**rows.deadline_row(d), "document_id": doc_id},
            )
            body_ids = {self.body_id(name, place) for name in d.get("bodies") or [] if name}
            self.conn.executemany(
                "INSERT INTO deadline_bodies (deadline_id, body_id) VALUES (?, ?)", [(cur.lastrowid, b) for b in body_ids]
            )
        self._insert(
            "recipients",
            [
                {"document_id": doc_id, "name": r["name"], "purpose": r.get("purpose"),
                 "body_id": self.body_id(r["name"], place) if starts_with_body(r["name"]) else None}
                for r in record.get("recipients") or [] if r.get("name")
            ],
        )  # fmt: skip
        self._insert("model_areas", [{**rows.model_area_row(m), "document_id": doc_id} for m in record.get("model_areas") or []])
        # Similarity is indexed at the end of the batch (kb/similar.py): queue the passages.
        self.conn.execute("INSERT INTO similar_pending (passage_id) SELECT id FROM passages WHERE document_id = ?", (doc_id,))

    def _touch(self, symbols) -> None:
        """Queue symbols for the end-of-batch resolve, in the caller's transaction."""
        self.conn.executemany("INSERT OR IGNORE INTO resolve_pending (symbol) VALUES (?)", [(s,) for s in set(symbols) if s])

    def _insert(self, table: str, items: list[dict]) -> None:
        if not items:
            return
        items = [quotes.stored_row(table, item) for item in items]  # (a quote stored cut: kb/quotes.py)
        columns = list(items[0])
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.conn.executemany(sql, [tuple(item[c] for c in columns) for item in items])

    def body_id(self, name: str, place: Place) -> int:
        """The id of the body named ``name`` in ``place``, created on first sight."""
        return self.body_ref(name, place)[0]

    def body_ref(self, name: str, place: Place) -> tuple[int, str]:
        """The body's id (created on first sight) and its name key (the name without place)."""
        key = body_key(name, place)
        found = self._bodies.get(key.key)
        if found is not None:
            return found, key.name_key
        row = self.conn.execute("SELECT id FROM bodies WHERE key = ?", (key.key,)).fetchone()
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO bodies (key, name, name_key, search_key, scope, level) VALUES (?, ?, ?, ?, ?, ?)",
                (key.key, " ".join(name.split()), key.name_key, search_key(key.name_key), key.scope, key.level),
            )
            row = (cur.lastrowid,)
        self._bodies[key.key] = row[0]
        return row[0], key.name_key

    def _passage_row(self, passage: dict, doc_id: str) -> dict:
        """A passage as stored: its heading named by id (schema 12)."""
        row = {k: v for k, v in passage.items() if k != "heading"}
        row["heading_id"] = self.heading_id(passage["heading"])
        return {**row, "document_id": doc_id}

    def heading_id(self, heading: str | None) -> int | None:
        """The id of a heading in the headings table, added on first sight."""
        if heading is None:
            return None
        found = self._headings.get(heading)
        if found is not None:
            return found
        # (+heading: an equality on the column itself would let SQLite put the value in the prefix's
        # place, and the index on the prefix would no longer be used)
        row = self.conn.execute(
            f"SELECT id FROM headings WHERE substr(heading, 1, {HEADING_PREFIX}) = ? AND +heading = ?", (heading[:HEADING_PREFIX], heading)
        ).fetchone()
        found = row[0] if row else self.conn.execute("INSERT INTO headings (heading) VALUES (?)", (heading,)).lastrowid
        if len(self._headings) > 100_000:  # (a bounded memory of the headings met)
            self._headings.clear()
        self._headings[heading] = found
        return found

    def delete_document(self, doc_id: str, keep_files: bool = False) -> None:
        """Remove a document and everything that hangs on it (inside the caller's transaction)."""
        c = self.conn
        symbols = c.execute(
            "SELECT symbol FROM citations WHERE document_id = ? UNION SELECT symbol FROM documents WHERE id = ?", (doc_id, doc_id)
        )
        self._touch([s for (s,) in symbols])
        similar.forget_document(c, doc_id)
        c.execute("DELETE FROM passages WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM deadline_bodies WHERE deadline_id IN (SELECT id FROM deadlines WHERE document_id = ?)", (doc_id,))
        c.execute("DELETE FROM deadlines WHERE document_id = ?", (doc_id,))
        for table in _CHILD_TABLES:
            c.execute(f"DELETE FROM [{table}] WHERE document_id = ?", (doc_id,))
        c.execute("UPDATE cited_documents SET documents_id = NULL WHERE documents_id = ?", (doc_id,))
        if not keep_files:
            c.execute("DELETE FROM files WHERE document_id = ?", (doc_id,))
        c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # --- end of a batch ------------------------------------------------------------------

    def create_deferred_indexes(self) -> None:
        """The secondary indexes a bulk build left out (queries and deletes need them)."""
        if self.deferred_indexes:
            create_indexes(self.db)
            self.deferred_indexes = False

    def finish(self) -> None:
        """Index the batch's passages (full text, similarity), resolve what it touched, drop
        bodies nobody names, and leave one plain database file."""
        from plankb.kb.resolve import resolve_symbols

        self.create_deferred_indexes()
        reached("indexes")
        fts.index_pending(self.conn)
        reached("full-text index")
        similar.index_pending(self.conn)
        reached("similar passages")
        with self.db.atomic():
            pending = {s for (s,) in self.conn.execute("SELECT symbol FROM resolve_pending")}
            # Also what a batch interrupted before the queue existed left: unresolved citations,
            # cited documents nobody cites.
            pending |= {s for (s,) in self.conn.execute("SELECT DISTINCT symbol FROM citations WHERE cited_id IS NULL")}
            pending |= {
                s
                for (s,) in self.conn.execute(
                    "SELECT symbol FROM cited_documents cd WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.cited_id = cd.key)"
                )
            }
            resolve_symbols(self.conn, pending)
            reached("symbols resolved, not committed")
            self.conn.execute("DELETE FROM resolve_pending")
            self.conn.execute(
                "DELETE FROM bodies WHERE id NOT IN (SELECT issuer_id FROM documents WHERE issuer_id IS NOT NULL"
                " UNION SELECT body_id FROM assignments WHERE body_id IS NOT NULL"
                " UNION SELECT body_id FROM recipients WHERE body_id IS NOT NULL"
                " UNION SELECT body_id FROM deadline_bodies)"
            )
            # headings nobody names any more (also after a batch killed between a document's removal
            # and this end: the next batch's end finds them)
            self.conn.execute("DELETE FROM headings WHERE id NOT IN (SELECT heading_id FROM passages WHERE heading_id IS NOT NULL)")
        self._bodies.clear()
        self._headings.clear()
        reached("resolved")
        with self.db.ensure_autocommit_on():
            # Datasette serves the file immutable, which ignores a -wal file: fold it back in.
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            reached("checkpoint")
            self.conn.execute("PRAGMA journal_mode=DELETE")
            self.conn.execute("PRAGMA optimize")
            if self.first_build or self._mostly_free():
                self.conn.execute("VACUUM")
                reached("vacuum")
            self.first_build = False

    def _mostly_free(self) -> bool:
        """Whether a quarter of the file is free pages (documents replaced or deleted)."""
        free, pages = (self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
        return free * 4 > pages

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()


def has_pending_work(conn: sqlite3.Connection) -> bool:
    """Whether a batch stopped before its end left work queued (see ``Store.finish``), or the base
    is of an older schema: served as it is, its pages would ask for columns it lacks (a facet on
    documents.province_now), so opening a Store first brings it up to date."""
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "kb_meta" in tables:
        found = conn.execute("SELECT value FROM kb_meta WHERE key = 'schema_version'").fetchone()
        if found and found[0] in MIGRATIONS:
            return True
    return any(
        conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone()
        for table in ("resolve_pending", "fts_pending", "similar_pending")
        if table in tables
    )
